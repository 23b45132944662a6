/*
 * bench_export.c - how long each exporter takes on a large generated graph, and (run under
 * /usr/bin/time -v with one format) how much memory it needs.
 *
 *     bench_export [FACTS [FORMAT|all [OUTDIR [PEOPLE]]]]
 *
 * Builds a graph of FACTS facts (default 100000) over PEOPLE people (default FACTS/10), 200 places
 * and FACTS/20 articles, with Arabic labels and evidence sentences of newspaper length, then exports it in
 * each format (or only FORMAT) to OUTDIR/bench.<format> (default /dev/null for all) and prints
 * one line per format: its name, seconds, output bytes. Laid-out diagrams (svg, png, pdf) of a
 * graph this size are unreadable and take Graphviz minutes, so they are timed with the top-200
 * filter, as a user would ask for them; the plain DOT text is exported whole. The HTML viewer is
 * exported whole: `bench_export 21000 html DIR 4800` gives the 5,000 nodes and about 20,000 edges
 * that bench/bench_viewer.py opens in Chromium.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export/export.h"

static const char *const given[] = {"أحمد", "محمد",  "فيصل",  "سيرغي", "عبد الله", "خالد",
                                    "يوسف", "هاكان", "ماريا", "ليلى",  "عمر",      "سامي"};
static const char *const family[] = {"الشرع",    "الشيباني", "لافروف",   "فيدان", "الصفدي",
                                     "بن فرحان", "عراقجي",   "زاخاروفا", "الحسن", "العلي"};
static const char *const given_en[] = {"Ahmed",    "Mohammed", "Faisal",  "Sergey",
                                       "Abdullah", "Khaled",   "Youssef", "Hakan",
                                       "Maria",    "Laila",    "Omar",    "Sami"};
static const char *const family_en[] = {"al-Sharaa", "al-Shaibani", "Lavrov",   "Fidan",
                                        "Safadi",    "bin Farhan",  "Araghchi", "Zakharova",
                                        "al-Hassan", "al-Ali"};

/* A deterministic generator, so every run builds the same graph. */
static unsigned long next_rand(unsigned long *s)
{
    *s = *s * 6364136223846793005UL + 1442695040888963407UL;
    return *s >> 33;
}

static rw_graph *generate(size_t n_facts, size_t n_people)
{
    rw_graph *g = rw_graph_new();
    size_t n_places = 200, n_docs = n_facts / 20 + 1;
    const rw_gentity **people = malloc(n_people * sizeof *people);
    const rw_gentity **places = malloc(n_places * sizeof *places);
    const rw_gdoc **docs = malloc(n_docs * sizeof *docs);
    if (!g || !people || !places || !docs) goto fail;
    char id[64], ar[128], en[128], title[256];
    for (size_t i = 0; i < n_people; i++) {
        size_t a = i % 12, b = (i / 12) % 10;
        snprintf(id, sizeof id, "person-%zu", i);
        snprintf(ar, sizeof ar, "%s %s %zu", given[a], family[b], i);
        snprintf(en, sizeof en, "%s %s %zu", given_en[a], family_en[b], i);
        if (!(people[i] = rw_graph_add_entity(g, id, RW_KIND_PERSON, ar, en, "SY"))) goto fail;
    }
    for (size_t i = 0; i < n_places; i++) {
        snprintf(id, sizeof id, "place-%zu", i);
        snprintf(ar, sizeof ar, "مدينة %zu", i);
        snprintf(en, sizeof en, "City %zu", i);
        if (!(places[i] = rw_graph_add_entity(g, id, RW_KIND_PLACE, ar, en, NULL))) goto fail;
    }
    for (size_t i = 0; i < n_docs; i++) {
        rw_date d = {2025, (signed char)(1 + i % 12), (signed char)(1 + i % 28)};
        snprintf(id, sizeof id, "doc-%zu", i);
        snprintf(en, sizeof en, "https://news.example/%zu", i);
        snprintf(title, sizeof title, "الرئيس يلتقي نظيره في العاصمة - خبر رقم %zu", i);
        if (!(docs[i] = rw_graph_add_doc(g, id, en, title, d, NULL))) goto fail;
    }
    static const char evidence[] =
        "والتقى الرئيس نظيره في العاصمة يوم الأربعاء، حيث بحث الجانبان العلاقات الثنائية "
        "وسبل تعزيزها، إضافة إلى آخر التطورات في المنطقة، بحضور وزيري الخارجية.";
    static const rw_rel rels[] = {RW_REL_MET,    RW_REL_MET,     RW_REL_MET,
                                  RW_REL_PHONED, RW_REL_VISITED, RW_REL_ATTENDED};
    unsigned long seed = 42;
    for (size_t i = 0; i < n_facts; i++) {
        rw_gfact f = {0};
        f.rel = rels[next_rand(&seed) % 6];
        /* A skewed choice of people, so some are hubs (as heads of state are). */
        size_t a = next_rand(&seed) % n_people, b = next_rand(&seed) % n_people;
        if (next_rand(&seed) % 4 == 0) a = a % 50;
        if (a == b) b = (b + 1) % n_people;
        f.subj = people[a];
        f.obj = f.rel == RW_REL_VISITED ? NULL : people[b];
        f.place = places[next_rand(&seed) % n_places];
        f.date = (rw_date){2025, (signed char)(1 + next_rand(&seed) % 12),
                           (signed char)(1 + next_rand(&seed) % 28)};
        f.modality = next_rand(&seed) % 10 == 0 ? RW_MOD_PLANNED : RW_MOD_ASSERTED;
        f.doc = docs[i % n_docs];
        f.sentence = (uint32_t)(i / n_docs);
        f.evidence = (char *)evidence;
        f.trigger = "التقى";
        f.confidence = 0.5f + (float)(next_rand(&seed) % 50) / 100.0f;
        snprintf(id, sizeof id, "fact-%zu", i);
        f.id = id;
        if (!rw_graph_add_fact(g, &f)) goto fail;
    }
    free(people);
    free(places);
    free(docs);
    return g;
fail:
    free(people);
    free(places);
    free(docs);
    rw_graph_free(g);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 100000;
    const char *only = argc > 2 && strcmp(argv[2], "all") != 0 ? argv[2] : NULL;
    const char *dir = argc > 3 ? argv[3] : NULL;
    size_t people = argc > 4 ? strtoul(argv[4], NULL, 10) : n / 10 + 2;
    if (only && rw_export_format_from_name(only) < 0) {
        fprintf(stderr, "bench_export: unknown format \"%s\"\n", only);
        return 2;
    }
    double t0 = now();
    rw_graph *g = generate(n, people < 2 ? 2 : people);
    if (!g) {
        fprintf(stderr, "bench_export: out of memory building %zu facts\n", n);
        return 1;
    }
    printf("build %zu facts, %zu entities, %zu docs: %.2f s\n", rw_graph_fact_count(g),
           rw_graph_entity_count(g), rw_graph_doc_count(g), now() - t0);
    int bad = 0;
    for (int f = 0; f < RW_EXPORT_COUNT; f++) {
        const char *name = rw_export_format_name((rw_export_format)f);
        if (only && strcmp(only, name) != 0) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/bench.%s", dir ? dir : "", name);
        FILE *out = fopen(dir ? path : "/dev/null", "wb");
        if (!out) {
            fprintf(stderr, "bench_export: cannot write %s\n", path);
            return 1;
        }
        rw_export_opts opts = {0};
        int diagram = f == RW_EXPORT_SVG || f == RW_EXPORT_PNG || f == RW_EXPORT_PDF;
        if (diagram) opts.filter.top = 200;
        rw_error err = {0};
        t0 = now();
        int rc = rw_export(g, (rw_export_format)f, &opts, out, &err);
        double dt = now() - t0;
        long bytes = ftell(out);
        fclose(out);
        if (rc) fprintf(stderr, "bench_export: %s: %s\n", name, err.msg);
        bad |= rc != 0;
        printf("%-10s %7.2f s %12ld bytes%s\n", name, dt, dir ? bytes : -1L,
               diagram ? "  (top 200)" : "");
        fflush(stdout);
    }
    rw_graph_free(g);
    return bad;
}
