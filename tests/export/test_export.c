/*
 * test_export.c - the graph iterator's filters and order, the exporters' shared helpers, and the
 * golden outputs of the news fixture (tests/export/golden/, each read and checked by hand).
 *
 * Expected counts are worked out from the fixture (fixture.c) by hand; the reasoning for each is
 * in the table's comments. The independent-tool checks (rapper, xmllint, networkx...) are in
 * check_tools.py.
 */
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "base/buf.h"
#include "export/export.h"
#include "export/render.h"
#include "fixture.h"

/* Fixture entity indexes, for readable expectations. */
enum { SHARAA, PUTIN, MOSCOW, SHAIBANI, LAVROV, DELEGATION, DAMASCUS, UNMENTIONED, SYRIA };

typedef struct walk {
    size_t docs, ents, facts, edges, begins, ends;
    int order_ok; /* events came in BEGIN, DOC*, ENTITY*, FACT*, EVENT*, EDGE*, END */
    int items_ok; /* each event's accessor gave an item, the others NULL */
} walk;

static walk walk_all(rw_graph_iter *it)
{
    walk w = {0};
    w.order_ok = w.items_ok = 1;
    rw_event last = RW_EV_BEGIN, ev;
    int first = 1;
    while ((ev = rw_graph_iter_next(it)) != RW_EV_DONE) {
        if (first && ev != RW_EV_BEGIN) w.order_ok = 0;
        if (!first && ev < last) w.order_ok = 0;
        first = 0;
        last = ev;
        int n = !!rw_graph_iter_doc(it) + !!rw_graph_iter_entity(it) + !!rw_graph_iter_fact(it) +
                !!rw_graph_iter_event(it) + !!rw_graph_iter_edge(it);
        if (n != (ev >= RW_EV_DOC && ev <= RW_EV_EDGE)) w.items_ok = 0;
        switch (ev) {
        case RW_EV_BEGIN:
            w.begins++;
            break;
        case RW_EV_DOC:
            w.docs++;
            break;
        case RW_EV_ENTITY:
            w.ents++;
            break;
        case RW_EV_FACT:
            w.facts++;
            break;
        case RW_EV_EDGE:
            w.edges++;
            break;
        case RW_EV_END:
            w.ends++;
            break;
        default:
            break;
        }
    }
    if (last != RW_EV_END) w.order_ok = 0;
    return w;
}

static void test_unfiltered(const rw_graph *g)
{
    rw_error err = {0};
    rw_graph_iter *it = rw_graph_iter_new(g, NULL, &err);
    CHECK(it != NULL, "iterator over the news fixture opens (%s)", err.msg);
    if (!it) return;
    CHECK_INT(rw_graph_iter_entity_count(it), 8,
              "entities touched by a fact (not the unmentioned org)");
    CHECK_INT(rw_graph_iter_fact_count(it), 8, "facts without a filter");
    walk w = walk_all(it);
    CHECK(w.order_ok, "events in BEGIN, DOC*, ENTITY*, FACT*, EDGE*, END order");
    CHECK(w.items_ok, "each event's accessor gives its item, the others NULL");
    CHECK_INT(w.begins, 1, "one BEGIN");
    CHECK_INT(w.ends, 1, "one END");
    CHECK_INT(w.docs, 2, "both articles cited");
    CHECK_INT(w.ents, 8, "entity events");
    CHECK_INT(w.facts, 8, "fact events");
    /* met Sharaa-Putin (facts 0 and 6 merge), visited Sharaa->Moscow, met Shaibani-Lavrov,
     * leads, holds_role (to the office's country), phoned (own edge: other relation), visited
     * Lavrov->Damascus. */
    CHECK_INT(w.edges, 7, "merged edges");
    CHECK(rw_graph_iter_next(it) == RW_EV_DONE, "DONE stays DONE");
    rw_graph_iter_free(it);

    /* The edges themselves, in order of their first fact. */
    static const struct {
        rw_rel rel;
        int a, b;
        size_t weight;
        const char *first, *last;
    } want[] = {
        {RW_REL_MET, SHARAA, PUTIN, 2, "2025-10-15", "2026-01"},
        {RW_REL_VISITED, SHARAA, MOSCOW, 1, "2025-10-15", "2025-10-15"},
        {RW_REL_MET, SHAIBANI, LAVROV, 1, "2025-10-15", "2025-10-15"}, /* Lavrov is the subject */
        {RW_REL_LEADS, SHAIBANI, DELEGATION, 1, "", ""},
        {RW_REL_HOLDS_ROLE, SHAIBANI, SYRIA, 1, "", ""},
        {RW_REL_PHONED, SHARAA, PUTIN, 1, "2025-11-02", "2025-11-02"}, /* Putin called */
        {RW_REL_VISITED, LAVROV, DAMASCUS, 1, "2025", "2025"},
    };
    it = rw_graph_iter_new(g, NULL, &err);
    size_t i = 0;
    for (rw_event ev; (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (ev != RW_EV_EDGE || i >= sizeof want / sizeof want[0]) continue;
        const rw_gedge *e = rw_graph_iter_edge(it);
        char first[11], last[11];
        rw_date_format(e->first, first);
        rw_date_format(e->last, last);
        CHECK(e->rel == want[i].rel && e->a->index == (uint32_t)want[i].a &&
                  e->b->index == (uint32_t)want[i].b,
              "edge %zu is %s %s -> %s (got %s %s -> %s)", i, rw_rel_name(want[i].rel),
              rw_graph_entity(g, want[i].a)->id, rw_graph_entity(g, want[i].b)->id,
              rw_rel_name(e->rel), e->a->id, e->b->id);
        CHECK_INT(e->weight, want[i].weight, "edge weight");
        CHECK_STR(first, want[i].first, "edge first date");
        CHECK_STR(last, want[i].last, "edge last date");
        i++;
    }
    rw_graph_iter_free(it);
}

static void test_filters(const rw_graph *g)
{
    static const struct {
        const char *what;
        rw_graph_filter f;
        size_t facts, ents, edges;
    } cases[] = {
        {"rel=met: facts 0, 2, 6; Moscow stays as their place",
         {.rel_mask = 1u << RW_REL_MET},
         3,
         5,
         2},
        {"rel=met,phoned", {.rel_mask = 1u << RW_REL_MET | 1u << RW_REL_PHONED}, 4, 5, 3},
        {"October 2025: 3 dated the 15th, and the year-only 2025 denial overlaps",
         {.from = {2025, 10, 1}, .to = {2025, 10, 31}},
         4,
         6,
         4},
        {"from 2025-11: the call, the planned 2026 visit, the 2025 denial",
         {.from = {2025, 11, 1}},
         3,
         4,
         3},
        {"to mid-2025: only the year-only fact can fall before July",
         {.to = {2025, 6, 30}},
         1,
         2,
         1},
        {"from/to given as months", {.from = {2026, 1, 0}, .to = {2026, 1, 0}}, 1, 2, 1},
        {"min confidence 0.85: 0.95, 0.90, 0.85, 0.90, 0.90 kept",
         {.min_confidence = 0.85f},
         5,
         6,
         5},
        {"asserted only: the planned meeting and the denial go", {.asserted_only = 1}, 6, 7, 6},
        {"around Putin by id, depth 1: Sharaa and Moscow are one hop",
         {.around = "vladimir-putin"},
         4,
         3,
         3},
        {"around by English label", {.around = "Vladimir Putin", .depth = 1}, 4, 3, 3},
        {"around by folded English", {.around = "VLADIMIR putin"}, 4, 3, 3},
        {"around by an Arabic name", {.around = "بوتين"}, 4, 3, 3},
        {"around Putin depth 2 adds Shaibani and Lavrov (met in Moscow)",
         {.around = "vladimir-putin", .depth = 2},
         5,
         5,
         4},
        {"around Putin, asserted only: the planned meeting goes",
         {.around = "vladimir-putin", .asserted_only = 1},
         3,
         3,
         3},
        {"top 2: Sharaa (4 facts) and Putin (3, lowest index of the ties)", {.top = 2}, 2, 2, 2},
        {"top 3 adds Moscow", {.top = 3}, 4, 3, 3},
        {"top 3 of the met facts only: Sharaa 2, Moscow 2, Putin 2",
         {.rel_mask = 1u << RW_REL_MET, .top = 3},
         2,
         3,
         1},
        {"everything filtered away", {.min_confidence = 0.99f}, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_error err = {0};
        rw_graph_iter *it = rw_graph_iter_new(g, &cases[i].f, &err);
        CHECK(it != NULL, "%s: iterator opens (%s)", cases[i].what, err.msg);
        if (!it) continue;
        walk w = walk_all(it);
        CHECK(w.facts == cases[i].facts && w.ents == cases[i].ents && w.edges == cases[i].edges,
              "%s: want %zu facts, %zu entities, %zu edges; got %zu, %zu, %zu", cases[i].what,
              cases[i].facts, cases[i].ents, cases[i].edges, w.facts, w.ents, w.edges);
        CHECK(w.order_ok && w.begins == 1 && w.ends == 1, "%s: BEGIN .. END in order",
              cases[i].what);
        rw_graph_iter_free(it);
    }

    rw_error err = {0};
    rw_graph_filter f = {.around = "Bashar"};
    CHECK(rw_graph_iter_new(g, &f, &err) == NULL, "around an unknown name fails");
    CHECK_INT(err.code, RW_EUSAGE, "unknown around is a usage error");
    CHECK(strstr(err.msg, "\"Bashar\"") != NULL, "the message names the entity: %s", err.msg);
}

static void test_helpers(void)
{
    static const struct {
        const char *id, *want;
    } iris[] = {
        {"ahmed-al-sharaa", "https://rawabit.org/id/entity/ahmed-al-sharaa"},
        {"a b/c#d", "https://rawabit.org/id/entity/a%20b%2Fc%23d"},
        {"<\">", "https://rawabit.org/id/entity/%3C%22%3E"},
        {"بوتين", "https://rawabit.org/id/entity/%D8%A8%D9%88%D8%AA%D9%8A%D9%86"},
        {"x_y.z~1", "https://rawabit.org/id/entity/x_y.z~1"},
    };
    rw_buf b = {0};
    for (size_t i = 0; i < sizeof iris / sizeof iris[0]; i++)
        CHECK_STR(rw_export_iri(&b, rw_export_base(NULL), "entity/", iris[i].id), iris[i].want,
                  iris[i].id);
    rw_export_opts o = {.base_iri = "http://example.org/kg/"};
    CHECK_STR(rw_export_iri(&b, rw_export_base(&o), "doc/", "d1"), "http://example.org/kg/doc/d1",
              "base IRI option");

    CHECK_STR(rw_export_xml_clean("plain\ttab\nnewline", &b), "plain\ttab\nnewline",
              "XML keeps tab and newline");
    CHECK_STR(rw_export_xml_clean("bell\x07here", &b), "bell\xEF\xBF\xBDhere",
              "XML-forbidden control byte becomes U+FFFD");

    static const struct {
        rw_date d;
        const char *want;
    } types[] = {{{2025, 10, 15}, "date"}, {{2025, 7, 0}, "gYearMonth"}, {{2025, 0, 0}, "gYear"}};
    for (size_t i = 0; i < 3; i++)
        CHECK_STR(rw_export_xsd_date_type(types[i].d), types[i].want, "xsd type of a date");

    rw_gentity e = {
        .id = "vladimir-putin", .label_ar = "فلاديمير بوتين", .label_en = "Vladimir Putin"};
    CHECK_STR(rw_export_label(&e, RW_LABELS_BOTH, &b), "فلاديمير بوتين\nVladimir Putin",
              "label both");
    CHECK_STR(rw_export_label(&e, RW_LABELS_AR, &b), "فلاديمير بوتين", "label ar");
    CHECK_STR(rw_export_label(&e, RW_LABELS_EN, &b), "Vladimir Putin", "label en");
    e.label_ar = NULL;
    CHECK_STR(rw_export_label(&e, RW_LABELS_AR, &b), "Vladimir Putin", "ar falls back to en");
    CHECK_STR(rw_export_main_label(&e), "Vladimir Putin", "contract label without Arabic");
    rw_buf_free(&b);

    static const char *const names[] = {"dot",  "svg",       "png",       "pdf",    "ttl",
                                        "nt",   "nq",        "rdf",       "jsonld", "graphml",
                                        "gexf", "csv-nodes", "csv-edges", "jsonl",  "html"};
    for (int i = 0; i < RW_EXPORT_COUNT; i++) {
        CHECK_INT(rw_export_format_from_name(names[i]), i, names[i]);
        CHECK_STR(rw_export_format_name((rw_export_format)i), names[i], "format name");
    }
    CHECK_INT(rw_export_format_from_name("xlsx"), -1, "unknown format name");
    CHECK(rw_export_format_is_binary(RW_EXPORT_PNG) && rw_export_format_is_binary(RW_EXPORT_PDF) &&
              !rw_export_format_is_binary(RW_EXPORT_SVG),
          "png and pdf are binary, svg is not");
}

/* Exports into memory; the caller frees the result. */
static char *export_str(const rw_graph *g, rw_export_format fmt, const rw_export_opts *o,
                        size_t *len, rw_error *err)
{
    char *data = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&data, &n);
    int rc = rw_export(g, fmt, o, f, err);
    fclose(f);
    if (len) *len = n;
    if (rc) {
        free(data);
        return NULL;
    }
    return data;
}

static void test_golden(const rw_graph *g)
{
    static const struct {
        rw_export_format fmt;
        const char *file;
    } golden[] = {
        {RW_EXPORT_DOT, "news.dot"},
        {RW_EXPORT_TURTLE, "news.ttl"},
        {RW_EXPORT_JSONL, "news.jsonl"},
        {RW_EXPORT_CSV_NODES, "news.nodes.csv"},
        {RW_EXPORT_CSV_EDGES, "news.edges.csv"},
    };
    for (size_t i = 0; i < sizeof golden / sizeof golden[0]; i++) {
        rw_error err = {0};
        size_t got_n = 0, want_n = 0;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", GOLDEN_DIR, golden[i].file);
        char *got = export_str(g, golden[i].fmt, NULL, &got_n, &err);
        char *want = rw_read_file(path, &want_n);
        CHECK(want != NULL, "golden file %s exists", path);
        int same = got && want && got_n == want_n && memcmp(got, want, got_n) == 0;
        CHECK(same, "%s output equals the golden file (%zu bytes, want %zu)%s%s", golden[i].file,
              got_n, want_n, err.msg[0] ? ": " : "", err.msg);
        if (!same && got && getenv("RW_GOLDEN_DIFF")) fwrite(got, 1, got_n, stdout);
        free(got);
        free(want);
    }
}

/* Facts-contract details worth naming one by one. */
static void test_jsonl_contract(const rw_graph *g)
{
    rw_error err = {0};
    char *s = export_str(g, RW_EXPORT_JSONL, NULL, NULL, &err);
    CHECK(s != NULL, "jsonl export (%s)", err.msg);
    if (!s) return;
    char *first_fact = strstr(s, "{\"type\":\"fact\"");
    char *last_entity = NULL;
    for (char *p = s; (p = strstr(p, "{\"type\":\"entity\"")); p++)
        last_entity = p;
    CHECK(first_fact && last_entity && last_entity < first_fact, "entities before facts");
    CHECK(strstr(s, "\"id\":\"place-moscow\"") != NULL, "places get entity lines");
    CHECK(strstr(s, "\"date\":\"2026-01\"") != NULL, "month precision kept");
    CHECK(strstr(s, "\"date\":\"2025\",") != NULL, "year precision kept");
    CHECK(strstr(s, "\"role\":\"وزير الخارجية والمغتربين\"") != NULL, "holds_role has its role");
    size_t roles = 0;
    for (char *p = s; (p = strstr(p, "\"role\":")); p++)
        roles++;
    CHECK_INT(roles, 1, "only the holds_role fact has a role field");
    CHECK(strstr(s, "\"confidence\":0.95,") != NULL, "confidence printed short (0.95)");
    CHECK(strstr(s, "\"obj\":null,\"place\":\"place-moscow\"") != NULL, "null object for visited");
    free(s);
}

static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* The options reach the renderers: filters, label language, base IRI. */
static void test_options(const rw_graph *g)
{
    rw_error err = {0};
    rw_export_opts o = {.filter = {.rel_mask = 1u << RW_REL_PHONED}};
    char *s = export_str(g, RW_EXPORT_JSONL, &o, NULL, &err);
    CHECK(s && count(s, "\"type\":\"fact\"") == 1 && count(s, "\"type\":\"entity\"") == 2,
          "jsonl --rel phoned: the one call and its two parties");
    free(s);

    o = (rw_export_opts){.filter = {.around = "sergey-lavrov"}};
    s = export_str(g, RW_EXPORT_CSV_EDGES, &o, NULL, &err);
    /* Lavrov's hop: Shaibani, Moscow (the meeting's place), Damascus. Kept facts: the meeting
     * (all three named entities inside) and the denied visit; Shaibani's leads/holds_role name
     * entities two hops away. Header + 2 edges. */
    CHECK(s && count(s, "\r\n") == 3, "csv-edges --around sergey-lavrov: header and 2 edges");
    /* weight 1, 1 visit, 1 report */
    CHECK(s && strstr(s, "sergey-lavrov,place-damascus,Directed,1,1,1,visited,negated") != NULL,
          "the denied visit is an edge marked negated");
    free(s);

    o = (rw_export_opts){.labels = RW_LABELS_AR, .filter = {.top = 2}};
    s = export_str(g, RW_EXPORT_DOT, &o, NULL, &err);
    CHECK(s && strstr(s, "label=\"أحمد الشرع\"") && !strstr(s, "Ahmed al-Sharaa"),
          "dot --labels ar: Arabic labels only");
    CHECK(s && count(s, " -> ") == 2, "dot --top 2: the call and the planned meeting");
    CHECK(s && strstr(s, "style=dashed") != NULL, "planned meeting drawn dashed");
    free(s);

    /* Meetings only: the fixture's meetings happen in Moscow, whose node would stand alone (a
     * meeting's place is an attribute, not a line); a diagram shows connections. */
    o = (rw_export_opts){.filter = {.rel_mask = 1u << RW_REL_MET}};
    s = export_str(g, RW_EXPORT_DOT, &o, NULL, &err);
    CHECK(s && count(s, " -> ") >= 1 && !strstr(s, "kind=place"),
          "dot --rel met: the meetings' place is no lone node");
    free(s);
    s = export_str(g, RW_EXPORT_JSONL, &o, NULL, &err);
    CHECK(s && strstr(s, "\"id\":\"place-moscow\""), "while jsonl still names the meetings' place");
    free(s);

    o = (rw_export_opts){.labels = RW_LABELS_EN, .filter = {.top = 2}};
    s = export_str(g, RW_EXPORT_DOT, &o, NULL, &err);
    CHECK(s && strstr(s, "label=\"Ahmed al-Sharaa\"") && !strstr(s, "أحمد الشرع"),
          "dot --labels en: English labels only");
    free(s);

    o = (rw_export_opts){.base_iri = "http://example.org/kg/", .filter = {.top = 2}};
    s = export_str(g, RW_EXPORT_NTRIPLES, &o, NULL, &err);
    CHECK(s && strstr(s, "<http://example.org/kg/entity/vladimir-putin>") &&
              !strstr(s, "rawabit.org/id/"),
          "--base-iri mints every IRI under the given base");
    free(s);

    o = (rw_export_opts){.filter = {.rel_mask = 1u << RW_REL_PHONED}};
    s = export_str(g, RW_EXPORT_NQUADS, &o, NULL, &err);
    CHECK(s && count(s, "<https://rawabit.org/id/doc/rt-2025-11-02-call> .\n") > 0 &&
              !strstr(s, "sana-2025-10-15"),
          "nq: the call's statements in its article's graph; the other article not cited");
    free(s);
}

static void test_errors(const rw_graph *g)
{
    rw_error err = {0};
    CHECK(rw_export(g, RW_EXPORT_COUNT, NULL, stdout, &err) == RW_EUSAGE,
          "an out-of-range format is a usage error");
    rw_export_opts o = {.filter = {.around = "nobody-at-all"}};
    char *s = export_str(g, RW_EXPORT_JSONL, &o, NULL, &err);
    CHECK(s == NULL && err.code == RW_EUSAGE, "export with an unknown --around fails: %s", err.msg);
    free(s);
}

/* --top ranks by distinct occasions: five articles reporting one meeting of A and B are one
 * occasion each for A and B, while C and D met on three days: --top 2 keeps C and D (ranked by
 * facts it kept A and B). */
static void test_top_occasions(void)
{
    rw_graph *g = rw_graph_new();
    const rw_gentity *e[4];
    static const char *const ids[4] = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) e[i] = rw_graph_add_entity(g, ids[i], RW_KIND_PERSON, NULL, ids[i], NULL);
    for (int i = 0; i < 5; i++) {
        char doc[16];
        snprintf(doc, sizeof doc, "doc-%d", i);
        rw_date d = {2025, 10, 15};
        rw_gfact f = {.rel = RW_REL_MET, .subj = e[i % 2], .obj = e[1 - i % 2], .date = d,
                      .doc = rw_graph_add_doc(g, doc, NULL, NULL, d, NULL)};
        CHECK(rw_graph_add_fact(g, &f) != NULL, "report %d of the one meeting", i);
    }
    const rw_gdoc *doc = rw_graph_add_doc(g, "doc-c", NULL, NULL, RW_DATE_NONE, NULL);
    for (int i = 0; i < 3; i++) {
        rw_gfact f = {.rel = RW_REL_MET, .subj = e[2], .obj = e[3], .date = {2025, 11, (signed char)(1 + i)},
                      .doc = doc, .sentence = (uint32_t)i};
        CHECK(rw_graph_add_fact(g, &f) != NULL, "c meets d on day %d", i + 1);
    }
    rw_error err = {0};
    rw_graph_filter flt = {.top = 2};
    rw_graph_iter *it = rw_graph_iter_new(g, &flt, &err);
    rw_buf got = {0};
    for (rw_event ev; it && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;)
        if (ev == RW_EV_ENTITY) rw_buf_puts(&got, rw_graph_iter_entity(it)->id);
    CHECK_STR(rw_buf_str(&got), "cd", "--top 2: three meetings outrank five reports of one");
    rw_buf_free(&got);
    rw_graph_iter_free(it);
    rw_graph_free(g);
}

/* The diagram's engine follows its size (dot.c, choose_layout): dot for a handful of nodes, neato
 * with overlap removal and packing beyond, fdp with a box per country for --cluster country. A
 * country whose actors are all left out (lone nodes) gets no empty box. */
static void test_dot_layout(void)
{
    rw_graph *g = rw_graph_new();
    const rw_gentity *prev = NULL;
    rw_gdoc *doc = rw_graph_add_doc(g, "doc", NULL, NULL, RW_DATE_NONE, NULL);
    for (int i = 0; i < 20; i++) {
        char id[16];
        snprintf(id, sizeof id, "p%d", i);
        const rw_gentity *e = rw_graph_add_entity(g, id, RW_KIND_PERSON, NULL, id, i % 2 ? "SY" : "RU");
        if (prev) {
            rw_gfact f = {.rel = RW_REL_MET, .subj = prev, .obj = e, .doc = doc, .sentence = (uint32_t)i};
            rw_graph_add_fact(g, &f);
        }
        prev = e;
    }
    rw_graph_add_entity(g, "lone", RW_KIND_PERSON, NULL, "lone", "NL");
    rw_gfact role = {.rel = RW_REL_HOLDS_ROLE, .subj = rw_graph_find_entity(g, "lone"), .doc = doc,
                     .role = "minister", .sentence = 99};
    rw_graph_add_fact(g, &role);
    rw_error err = {0};
    char *s = export_str(g, RW_EXPORT_DOT, NULL, NULL, &err);
    CHECK(s && strstr(s, "layout=neato") && strstr(s, "overlap=prism") && strstr(s, "pack=true") &&
              strstr(s, ">legend</TD>"),
          "20 nodes: neato, overlap removal, packed components, a legend");
    free(s);
    rw_export_opts o = {.cluster_by_country = 1};
    s = export_str(g, RW_EXPORT_DOT, &o, NULL, &err);
    CHECK(s && strstr(s, "layout=fdp") && strstr(s, "subgraph cluster_SY") &&
              strstr(s, "subgraph cluster_RU") && !strstr(s, "cluster_NL"),
          "--cluster country: fdp, a box per country, none for a country left empty");
    free(s);
    rw_graph_free(g);
}

static void fake_merges(void *source, const char *entity_id, rw_export_merge_fn fn, void *ctx)
{
    (void)source;
    rw_export_merge m = {"أبو محمد الجولاني", "stated alias </script>", NULL};
    if (strcmp(entity_id, "hostile-3") == 0) fn(ctx, &m);
}

/* The page holds the graph as JSON inside <script>: nothing in a name may end that element or
 * open a comment in it, and U+2028/2029 are escaped for the JavaScript parsers that take them as
 * line ends. Only the three <script> elements of the template are in the page. */
static void test_html(void)
{
    rw_graph *g = fixture_hostile();
    rw_gentity *e = (rw_gentity *)rw_graph_entity(g, 4);
    CHECK(rw_graph_add_name(g, e, "x\xE2\x80\xA8y\xE2\x80\xA9z <!-- </SCRIPT") == 0, "add a name");
    rw_error err = {0};
    rw_export_opts o = {.merge_history = fake_merges};
    size_t n = 0;
    char *page = export_str(g, RW_EXPORT_HTML, &o, &n, &err);
    CHECK(page != NULL, "html export: %s", err.msg);
    if (page) {
        const char *open = strstr(page, "<script type=\"application/json\" id=\"rw-graph\">");
        const char *json = open ? strchr(open, '>') + 1 : NULL;
        const char *end = json ? strstr(json, "</script>") : NULL;
        CHECK(json && end, "the graph is in its <script> element");
        if (json && end) {
            CHECK(memchr(json, '<', (size_t)(end - json)) == NULL, "no '<' inside the JSON");
            CHECK(strstr(json, "\\u003cscript>alert(1)\\u003c/script>") != NULL,
                  "a <script> name is there, escaped");
            CHECK(strstr(json, "x\\u2028y\\u2029z \\u003c!-- \\u003c/SCRIPT") != NULL,
                  "U+2028, U+2029, <!-- and </SCRIPT escaped");
            CHECK(strstr(json, "stated alias \\u003c/script>") != NULL,
                  "the merge history the caller gave is in the page");
            CHECK(strstr(json, "\"keys\":[") != NULL && strstr(json, "\"x\":") != NULL,
                  "nodes carry folded search keys and layout positions");
        }
        size_t scripts = 0;
        for (const char *p = page; (p = strstr(p, "<script")); p++) scripts++;
        CHECK(scripts == 3, "three <script> elements, none from the data (found %zu)", scripts);
        CHECK(!strstr(page, "{{graph}}") && !strstr(page, "{{viewer}}") && !strstr(page, "{{style}}"),
              "every slot filled");
        CHECK(n > 400000 && strstr(page, "Cytoscape Consortium") != NULL,
              "Cytoscape.js is inlined with its licence header");
    }
    free(page);
    rw_graph_free(g);
}

/* A string that is not UTF-8 in the graph (the readers never let one through, a database edited
 * by hand might): the JSONL export builds its lines without jansson's check of each string and,
 * when the dump refuses one, builds the line again with the checks; the error is the check's, as
 * when every string was checked, and nothing of the line is written. */
static void test_jsonl_bad_utf8(void)
{
    static const char *const names[] = {"\xD8", "a\xC0\xAF", "\xED\xA0\x80", "بوتين الكرملين"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        rw_graph *g = fixture_news();
        rw_gentity *e = g ? (rw_gentity *)rw_graph_find_entity(g, "vladimir-putin") : NULL;
        int added = e && rw_graph_add_name(g, e, names[i]) == 0;
        rw_error err = {0};
        char *s = added ? export_str(g, RW_EXPORT_JSONL, NULL, NULL, &err) : NULL;
        if (i < 3)
            CHECK(!s && err.code == RW_EINPUT &&
                      strstr(err.msg, "entity \"vladimir-putin\" holds a string that is not valid "
                                      "UTF-8") != NULL,
                  "jsonl: a name that is not UTF-8 (case %zu) is reported as before: %s", i,
                  err.msg);
        else
            CHECK(s && strstr(s, "\"بوتين الكرملين\"") != NULL, "jsonl: a good name is written");
        free(s);
        rw_graph_free(g);
    }
}

int main(void)
{
    rw_graph *g = fixture_news();
    CHECK(g != NULL, "news fixture builds");
    if (!g) return check_done();
    test_unfiltered(g);
    test_filters(g);
    test_helpers();
    test_golden(g);
    test_jsonl_contract(g);
    test_jsonl_bad_utf8();
    test_options(g);
    test_errors(g);
    test_html();
    test_top_occasions();
    test_dot_layout();
    rw_graph_free(g);
    return check_done();
}
