/*
 * test_query.c - entity lookup, listings, neighbours and paths (query.c) on a small hand-built
 * graph of October 2025 diplomacy.
 */
#include <stdlib.h>
#include <string.h>

#include "graph/query.h"
#include "tests/check.h"

static rw_text *tx;
static rw_graph *g;
static rw_gentity *sharaa, *lavrov, *putin, *shaibani, *fidan, *lonely, *damascus, *moscow;

static rw_date D(const char *s)
{
    rw_date d = RW_DATE_NONE;
    if (s) rw_date_parse(s, &d);
    return d;
}

static void fact(rw_rel rel, rw_gentity *s, rw_gentity *o, rw_gentity *p, const char *date,
                 const char *doc, uint32_t sentence)
{
    rw_gfact f = {0};
    f.rel = rel;
    f.subj = s;
    f.obj = o;
    f.place = p;
    f.date = D(date);
    f.doc = rw_graph_find_doc(g, doc);
    f.sentence = sentence;
    f.role = rel == RW_REL_HOLDS_ROLE ? "president@SY" : NULL;
    /* One fact carries its sentence, with a tab and a line end that must not break the line. */
    if (rel == RW_REL_MET && s == sharaa && o == lavrov)
        f.evidence = "استقبل الرئيس أحمد الشرع\tالوزير سيرغي لافروف\nفي دمشق.";
    rw_graph_add_fact(g, &f);
}

static void build(void)
{
    g = rw_graph_new();
    rw_graph_add_doc(g, "doc1", NULL, NULL, D("2025-10-15"), "h1");
    rw_graph_add_doc(g, "doc2", NULL, NULL, D("2025-10-20"), "h2");
    rw_graph_add_doc(g, "doc3", NULL, NULL, D("2025-09-01"), "h3");
    sharaa = rw_graph_add_entity(g, "ahmed-al-sharaa", RW_KIND_PERSON, "أحمد الشرع",
                                 "Ahmed al-Sharaa", "SY");
    rw_graph_add_name(g, sharaa, "أبو محمد الجولاني");
    lavrov = rw_graph_add_entity(g, "sergey-lavrov", RW_KIND_PERSON, "سيرغي لافروف",
                                 "Sergey Lavrov", "RU");
    putin = rw_graph_add_entity(g, "vladimir-putin", RW_KIND_PERSON, "فلاديمير بوتين",
                                "Vladimir Putin", "RU");
    shaibani = rw_graph_add_entity(g, "asaad-al-shaibani", RW_KIND_PERSON, "أسعد الشيباني",
                                   "Asaad al-Shaibani", "SY");
    fidan =
        rw_graph_add_entity(g, "hakan-fidan", RW_KIND_PERSON, "هاكان فيدان", "Hakan Fidan", "TR");
    lonely =
        rw_graph_add_entity(g, "mohammed-ali", RW_KIND_PERSON, "محمد علي", "Mohammed Ali", NULL);
    damascus = rw_graph_add_entity(g, "place-damascus", RW_KIND_PLACE, "دمشق", "Damascus", "SY");
    moscow = rw_graph_add_entity(g, "place-moscow", RW_KIND_PLACE, "موسكو", "Moscow", "RU");
    fact(RW_REL_MET, sharaa, lavrov, damascus, "2025-10-15", "doc1", 0);
    fact(RW_REL_VISITED, sharaa, NULL, moscow, "2025-10-20", "doc2", 0);
    fact(RW_REL_MET, putin, sharaa, moscow, "2025-10-20", "doc2", 1);
    fact(RW_REL_PHONED, shaibani, fidan, NULL, "2025-09-01", "doc3", 0);
    fact(RW_REL_MET, shaibani, lavrov, damascus, "2025-10-15", "doc1", 2);
    fact(RW_REL_HOLDS_ROLE, sharaa, NULL, NULL, NULL, "doc1", 3);
}

/* Runs fn into a memory stream and returns what it wrote (caller frees). */
#define CAPTURE(var, ret, call)                                                                    \
    do {                                                                                           \
        size_t len_;                                                                               \
        FILE *out = open_memstream(&var, &len_);                                                   \
        ret = call;                                                                                \
        fclose(out);                                                                               \
    } while (0)

static void test_find(rw_query *q)
{
    static const struct {
        const char *ref, *want;
    } cases[] = {
        {"ahmed-al-sharaa", "ahmed-al-sharaa"},
        {"احمد الشرع", "ahmed-al-sharaa"},        /* no hamza */
        {"أَحْمَد الشَّرْع", "ahmed-al-sharaa"},        /* vowelled */
        {"AHMED AL-SHARAA", "ahmed-al-sharaa"},   /* English, any case */
        {"ابو محمد الجولاني", "ahmed-al-sharaa"}, /* another name */
        {"لافروف", NULL},                         /* a part of a name is not a name */
        {"place-moscow", "place-moscow"},
        {"موسكو", "place-moscow"},
        {"nobody", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const rw_gentity *e = rw_query_find(q, cases[i].ref);
        CHECK_STR(e ? e->id : NULL, cases[i].want, cases[i].ref);
    }
    static const struct {
        rw_gentity **e;
        size_t n;
    } counts[] = {{&sharaa, 4}, {&lavrov, 2}, {&damascus, 2}, {&moscow, 2},
                  {&putin, 1},  {&fidan, 1},  {&lonely, 0}};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
        CHECK_INT(rw_query_fact_count(q, *counts[i].e), counts[i].n, (*counts[i].e)->id);
}

static void test_entities(rw_query *q)
{
    char *s;
    long n;
    rw_entity_filter f = {RW_KIND_PERSON, NULL, 0};
    CAPTURE(s, n, rw_query_entities(q, &f, out, NULL));
    CHECK_INT(n, 6, "6 persons");
    CHECK_STR(s,
              "ahmed-al-sharaa\tperson\t4\tAhmed al-Sharaa\tأحمد الشرع\n"
              "asaad-al-shaibani\tperson\t2\tAsaad al-Shaibani\tأسعد الشيباني\n"
              "sergey-lavrov\tperson\t2\tSergey Lavrov\tسيرغي لافروف\n"
              "hakan-fidan\tperson\t1\tHakan Fidan\tهاكان فيدان\n"
              "vladimir-putin\tperson\t1\tVladimir Putin\tفلاديمير بوتين\n"
              "mohammed-ali\tperson\t0\tMohammed Ali\tمحمد علي\n",
              "persons by fact count, then id");
    free(s);
    static const struct {
        int kind;
        const char *search;
        size_t limit;
        long want;
    } cases[] = {
        {RW_KIND_PLACE, NULL, 0, 2}, {-1, NULL, 0, 8},       {-1, NULL, 3, 3},
        {-1, "لافروف", 0, 1},        {-1, "الشيباني", 0, 1}, {-1, "sharaa", 0, 1},
        {-1, "الجولاني", 0, 1},      {-1, "RU", 0, 0},       {RW_KIND_PLACE, "مو", 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_entity_filter ef = {cases[i].kind, cases[i].search, cases[i].limit};
        CAPTURE(s, n, rw_query_entities(q, &ef, out, NULL));
        CHECK(n == cases[i].want, "entities kind %d search \"%s\" limit %zu: want %ld, got %ld",
              cases[i].kind, cases[i].search ? cases[i].search : "", cases[i].limit, cases[i].want,
              n);
        free(s);
    }
}

static void test_neighbors(rw_query *q)
{
    char *s;
    long n;
    CAPTURE(s, n, rw_query_neighbors(q, sharaa, NULL, out, NULL));
    CHECK_INT(n, 4, "al-Sharaa: 4 facts");
    CHECK_STR(s,
              "2025-10-15\tmet\t->\tsergey-lavrov\tSergey Lavrov\tasserted\tdoc1\n"
              "2025-10-20\tvisited\t->\tplace-moscow\tMoscow\tasserted\tdoc2\n"
              "2025-10-20\tmet\t<-\tvladimir-putin\tVladimir Putin\tasserted\tdoc2\n"
              "-\tholds_role\t->\t-\t-\tasserted\tdoc1\n",
              "al-Sharaa's neighbours by date, undated last");
    free(s);
    rw_neighbor_filter met = {.rel_mask = 1u << RW_REL_MET};
    CAPTURE(s, n, rw_query_neighbors(q, sharaa, &met, out, NULL));
    CHECK_INT(n, 2, "al-Sharaa: 2 meetings");
    free(s);
    rw_neighbor_filter late = {.from = D("2025-10-16")};
    CAPTURE(s, n, rw_query_neighbors(q, sharaa, &late, out, NULL));
    CHECK_INT(n, 2, "al-Sharaa from 2025-10-16: 2 facts (undated dropped)");
    free(s);
    rw_neighbor_filter oct = {.from = D("2025-10"), .to = D("2025-10")};
    CAPTURE(s, n, rw_query_neighbors(q, shaibani, &oct, out, NULL));
    CHECK_INT(n, 1, "al-Shaibani in October 2025: 1 (the September call is out)");
    free(s);
    CAPTURE(s, n, rw_query_neighbors(q, damascus, NULL, out, NULL));
    CHECK_STR(s,
              "2025-10-15\tmet\t@\tahmed-al-sharaa\tAhmed al-Sharaa\tasserted\tdoc1\n"
              "2025-10-15\tmet\t@\tasaad-al-shaibani\tAsaad al-Shaibani\tasserted\tdoc1\n",
              "Damascus as a place");
    free(s);
}

static void test_paths(rw_query *q)
{
    char *s;
    long n;
    rw_error err = {0};
    CAPTURE(s, n, rw_query_path(q, fidan, putin, NULL, 0, out, &err));
    CHECK_INT(n, 4, "Fidan to Putin: 4 hops");
    int lines = 0;
    for (const char *p = s; p && *p; p++)
        lines += *p == '\n';
    CHECK_INT(lines, 4, "one line per hop");
    CHECK(s && strncmp(s, "hakan-fidan\tphoned\tasaad-al-shaibani\t2025-09-01\tdoc3\t", 51) == 0,
          "first hop: the call (%s)", s ? s : "");
    CHECK(s && strstr(s, "ahmed-al-sharaa\tmet\tvladimir-putin\t2025-10-20\tdoc2\t"),
          "last hop: the Moscow meeting");
    free(s);
    CAPTURE(s, n, rw_query_path(q, fidan, putin, NULL, 3, out, &err));
    CHECK(n == -1 && err.code == RW_EINPUT, "no path within 3 hops: %s", err.msg);
    free(s);
    CAPTURE(s, n, rw_query_path(q, fidan, lonely, NULL, 0, out, &err));
    CHECK(n == -1 && err.code == RW_EINPUT && strstr(err.msg, "mohammed-ali"),
          "no path to an isolated entity: %s", err.msg);
    free(s);
    rw_neighbor_filter no_calls = {.rel_mask = (1u << RW_REL_MET) | (1u << RW_REL_VISITED)};
    CAPTURE(s, n, rw_query_path(q, fidan, putin, &no_calls, 0, out, &err));
    CHECK_INT(n, -1, "without phone calls Fidan is cut off");
    free(s);
    /* The object and the place of one fact are not linked directly. */
    CAPTURE(s, n, rw_query_path(q, lavrov, damascus, NULL, 0, out, &err));
    CHECK_INT(n, 2, "Lavrov to Damascus: through a subject, 2 hops");
    free(s);
    CAPTURE(s, n, rw_query_path(q, putin, putin, NULL, 0, out, &err));
    CHECK(n == 0 && s && !*s, "a path to itself is empty");
    free(s);
}

static void test_show(rw_query *q)
{
    char *s;
    int rc;
    CAPTURE(s, rc, rw_query_show(q, sharaa, NULL, out, NULL));
    CHECK_INT(rc, 0, "show returns 0");
    CHECK(s && strstr(s, "id\tahmed-al-sharaa\nkind\tperson\nlabel_en\tAhmed al-Sharaa\n"),
          "show: id, kind, label");
    CHECK(s && strstr(s, "name\tأبو محمد الجولاني\n"), "show: every name");
    CHECK(s && strstr(s, "facts\t4\n") && strstr(s, "facts.met\t2\n") &&
              strstr(s, "facts.holds_role\t1\n") && !strstr(s, "facts.phoned"),
          "show: facts per relation");
    CHECK(s && strstr(s, "role\tpresident@SY\t-\tdoc1\n"), "show: the office held");
    CHECK(s && strstr(s, "fact\t2025-10-15\tmet\t->\tsergey-lavrov\tSergey Lavrov\tasserted\tdoc1\t"
                         "استقبل الرئيس أحمد الشرع الوزير سيرغي لافروف في دمشق.\n"),
          "show: a fact with its evidence");
    CHECK(s && strstr(s, "fact\t2025-10-20\tmet\t<-\tvladimir-putin\tVladimir Putin\tasserted"
                         "\tdoc2\t-\n"),
          "show: a fact without evidence shows -");
    free(s);
}

int main(void)
{
    rw_error err = {0};
    tx = rw_text_open(&err);
    CHECK(tx != NULL, "text layer: %s", err.msg);
    build();
    rw_query *q = rw_query_new(g, tx, &err);
    CHECK(q != NULL, "query index: %s", err.msg);
    if (q && tx) {
        test_find(q);
        test_entities(q);
        test_neighbors(q);
        test_paths(q);
        test_show(q);
    }
    rw_query_free(q);
    rw_graph_free(g);
    rw_text_close(tx);
    return check_done();
}
