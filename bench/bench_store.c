/*
 * bench_store.c - ingest speed of the SQLite store on a generated corpus.
 *
 * Usage: bench_store [DB [N [BATCH]]]   (defaults: /tmp/rw_bench.db, 10000 articles, 500 a batch)
 *
 * Each generated article has three sentences, four to six entities (a few lexicon places, people
 * whose full names recur across articles, one-word surnames, now and then a role-only entity) and
 * four facts, so every merge rule is exercised at the rates a news corpus has. Prints the ingest
 * time, articles per second, the time to load the graph back and the database size. Run under
 * /usr/bin/time -v for the peak memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "extract/facts.h"
#include "graph/store.h"

static const char *const given[] = {"أحمد", "محمد", "علي",     "حسن",  "خالد", "سعيد", "فيصل",
                                    "ناصر", "يوسف", "إبراهيم", "عمر",  "طارق", "وليد", "سامي",
                                    "ماهر", "بسام", "عماد",    "رامي", "زياد", "فادي"};
static const char *const family[] = {
    "الشرع",  "الشيباني", "الأسد",    "الحريري",   "الصفدي",  "الخطيب",   "الحداد", "النجار",
    "الخوري", "المصري",   "الحلبي",   "الشامي",    "العطار",  "الزعبي",   "السعدي", "العبادي",
    "الحكيم", "الجعفري",  "البرزاني", "الطالباني", "الكاظمي", "السوداني", "المالكي"};
static const char *const places[][2] = {{"place:damascus", "دمشق"}, {"place:moscow", "موسكو"},
                                        {"place:cairo", "القاهرة"}, {"place:beirut", "بيروت"},
                                        {"place:amman", "عمّان"},    {"place:riyadh", "الرياض"},
                                        {"place:baghdad", "بغداد"}, {"place:ankara", "أنقرة"}};
#define COUNT(a) (sizeof a / sizeof a[0])

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A deterministic generator, so two runs build the same corpus. */
static unsigned long rng = 88172645463325252UL;
static unsigned pick(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static int person(rw_extraction *x, rw_buf *text, char *name, size_t size)
{
    snprintf(name, size, "%s %s", given[pick(COUNT(given))], family[pick(COUNT(family))]);
    rw_buf_puts(text, name);
    int e = rw_extraction_add_entity(x, NULL, RW_KIND_PERSON, NULL, NULL, "SY");
    rw_extraction_add_name(x, e, name, strlen(name));
    return e;
}

static void make_doc(unsigned i, rw_doc *d, rw_extraction *x)
{
    rw_buf text = {0};
    char a[128], b[128], idbuf[64];
    memset(x, 0, sizeof *x);
    x->sentences = calloc(3, sizeof *x->sentences);
    x->n_sentences = 3;
    rw_buf_puts(&text, "استقبل ");
    int p1 = person(x, &text, a, sizeof a);
    rw_buf_puts(&text, " في ");
    unsigned pl = pick(COUNT(places));
    rw_buf_puts(&text, places[pl][1]);
    int place =
        rw_extraction_add_entity(x, places[pl][0], RW_KIND_PLACE, places[pl][1], NULL, NULL);
    rw_buf_puts(&text, " ");
    int p2 = person(x, &text, b, sizeof b);
    rw_buf_printf(&text, " في اليوم %u.", i);
    x->sentences[0] = (rw_span){0, (uint32_t)text.len};
    size_t s1 = text.len + 1;
    rw_buf_puts(&text, " وأجرى ");
    int p3 = person(x, &text, a, sizeof a);
    rw_buf_puts(&text, " اتصالا هاتفيا مع ");
    const char *fam = family[pick(COUNT(family))];
    rw_buf_puts(&text, fam);
    int sur = rw_extraction_add_entity(x, NULL, RW_KIND_PERSON, NULL, NULL, NULL);
    rw_extraction_add_name(x, sur, fam, strlen(fam));
    rw_buf_puts(&text, ".");
    x->sentences[1] = (rw_span){(uint32_t)s1, (uint32_t)text.len};
    size_t s2 = text.len + 1;
    rw_buf_puts(&text, " وقال الرئيس إن المحادثات كانت بناءة.");
    x->sentences[2] = (rw_span){(uint32_t)s2, (uint32_t)text.len};
    int pres = -1;
    if (pick(4) == 0) {
        pres = rw_extraction_add_entity(x, "role:president@SY", RW_KIND_PERSON, NULL, NULL, "SY");
        rw_extraction_add_name(x, pres, "الرئيس", strlen("الرئيس"));
    }
    d->text_len = text.len;
    d->text = rw_buf_detach(&text);
    snprintf(idbuf, sizeof idbuf, "bench-%06u", i);
    d->id = strdup(idbuf);
    d->date =
        (rw_date){(short)(2020 + i % 6), (signed char)(1 + i % 12), (signed char)(1 + i % 28)};
    x->doc_date = d->date;
    snprintf(d->hash, sizeof d->hash, "%032x", i + 1);
    x->doc = d;
    rw_xfact f = {0};
    f.confidence = 0.8f;
    f.rel = RW_REL_MET, f.subj = p1, f.obj = p2, f.place = place, f.date = d->date;
    f.span = x->sentences[0];
    rw_extraction_add_fact(x, &f);
    f.rel = RW_REL_VISITED, f.subj = p2, f.obj = -1;
    rw_extraction_add_fact(x, &f);
    f.rel = RW_REL_PHONED, f.subj = p3, f.obj = sur, f.place = -1, f.sentence = 1;
    f.span = x->sentences[1];
    rw_extraction_add_fact(x, &f);
    f.rel = RW_REL_HOLDS_ROLE, f.subj = pres >= 0 ? pres : p1, f.obj = -1, f.sentence = 2;
    f.role = "president@SY";
    f.span = x->sentences[2];
    rw_extraction_add_fact(x, &f);
    /* One mention per entity (its span is not what is measured). */
    for (size_t e = 0; e < x->n_entities; e++) {
        rw_mention m = {x->sentences[0].start, x->sentences[0].start + 1, 0, (int)e};
        rw_extraction_add_mention(x, &m);
    }
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "/tmp/rw_bench.db";
    unsigned n = argc > 2 ? (unsigned)atoi(argv[2]) : 10000;
    unsigned batch = argc > 3 ? (unsigned)atoi(argv[3]) : 500;
    char side[4200];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    rw_error err = {0};
    rw_text *tx = rw_text_open(&err);
    rw_store *s = tx ? rw_store_open(path, RW_STORE_WRITE, tx, &err) : NULL;
    if (!s) {
        fprintf(stderr, "bench_store: %s\n", err.msg);
        rw_text_close(tx);
        return 1;
    }
    double t0 = now();
    size_t facts = 0, entities = 0;
    for (unsigned i = 0; i < n; i++) {
        if (i % batch == 0 && rw_store_begin(s, &err)) break;
        rw_doc d = {0};
        rw_extraction x;
        make_doc(i, &d, &x);
        rw_ingest_result r;
        if (rw_store_add_extraction(s, &x, &r, &err)) {
            fprintf(stderr, "bench_store: %s\n", err.msg);
            return 1;
        }
        facts += r.facts;
        entities += r.new_entities;
        rw_extraction_clear(&x);
        free(d.text);
        free(d.id);
        if ((i + 1) % batch == 0 || i + 1 == n) rw_store_commit(s, &err);
    }
    double t1 = now();
    rw_graph *g = rw_store_load_graph(s, &err);
    double t2 = now();
    struct stat st;
    stat(path, &st);
    printf("ingest: %u articles in %.2f s (%.0f articles/s), %zu facts, %zu entities\n", n, t1 - t0,
           n / (t1 - t0), facts, entities);
    printf("load graph: %zu entities, %zu facts in %.3f s\n", g ? rw_graph_entity_count(g) : 0,
           g ? rw_graph_fact_count(g) : 0, t2 - t1);
    printf("database: %.1f MB\n", (double)st.st_size / 1e6);
    rw_graph_free(g);
    rw_store_close(s);
    rw_text_close(tx);
    return 0;
}
