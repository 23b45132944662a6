/*
 * test_events.c - events (graph/events.h, docs/merging.md) and near-duplicate sketches
 * (graph/copies.h), on graphs and texts built by hand.
 *
 * Both sides of every rule are tested: reports of one meeting become one event, and different
 * meetings stay apart (two days, a group photo and a bilateral, a denial, an announcement nothing
 * confirmed, an announced programme of separate meetings). The order test builds one fact set in
 * many orders and compares events and ids.
 */
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "graph/copies.h"
#include "graph/graph.h"

/* ---- building graphs --------------------------------------------------------------------------- */

typedef struct fact_spec {
    rw_rel rel;
    const char *subj, *obj, *place, *date;
    rw_modality mod;
    const char *doc;
    uint32_t sentence;
} fact_spec;

typedef struct doc_spec {
    const char *id, *date;
    const char *story; /* the doc it is a copy of, or NULL */
} doc_spec;

static const char *const actors[] = {"putin", "shaibani", "abu-qasra", "lavrov", "sharaa",
                                     "place-kremlin", "place-moscow", "place-russia",
                                     "place-damascus", "delegation", NULL};

/* The places lexicon in miniature: the Kremlin is in Moscow, Moscow in Russia. */
static const char *parent_of(void *ctx, const char *id)
{
    (void)ctx;
    if (strcmp(id, "place-kremlin") == 0) return "place-moscow";
    if (strcmp(id, "place-moscow") == 0) return "place-russia";
    return NULL;
}

/* A fact's date as its spec gives it: "2025-07-20" is a date the text gave in words (the words
 * are the date itself here); "~2025-07-20" one that no words gave - extraction's lead rule dated
 * the report by its article. */
static rw_date date_of(const char *s)
{
    rw_date d = RW_DATE_NONE;
    if (s) rw_date_parse(s + (*s == '~'), &d);
    return d;
}

/* Docs and facts are added in the order given by `order` (NULL: as listed). */
static rw_graph *build(const doc_spec *docs, size_t nd, const fact_spec *facts, size_t nf,
                       const size_t *doc_order, const size_t *fact_order)
{
    rw_graph *g = rw_graph_new();
    for (size_t i = 0; actors[i]; i++)
        rw_graph_add_entity(g, actors[i],
                            !strncmp(actors[i], "place-", 6)   ? RW_KIND_PLACE
                            : !strcmp(actors[i], "delegation") ? RW_KIND_GROUP
                                                               : RW_KIND_PERSON,
                            NULL, actors[i], NULL);
    for (size_t k = 0; k < nd; k++) {
        const doc_spec *d = &docs[doc_order ? doc_order[k] : k];
        rw_graph_add_doc(g, d->id, NULL, NULL, date_of(d->date), d->id);
    }
    for (size_t k = 0; k < nd; k++)
        if (docs[k].story)
            ((rw_gdoc *)rw_graph_find_doc(g, docs[k].id))->story =
                rw_graph_find_doc(g, docs[k].story);
    for (size_t k = 0; k < nf; k++) {
        const fact_spec *s = &facts[fact_order ? fact_order[k] : k];
        rw_gfact f = {0};
        f.rel = s->rel;
        f.modality = s->mod;
        f.subj = rw_graph_find_entity(g, s->subj);
        f.obj = s->obj ? rw_graph_find_entity(g, s->obj) : NULL;
        f.place = s->place ? rw_graph_find_entity(g, s->place) : NULL;
        f.date = date_of(s->date);
        f.date_text = s->date && *s->date != '~' ? (char *)s->date : NULL;
        f.doc = rw_graph_find_doc(g, s->doc);
        f.sentence = s->sentence;
        f.confidence = 0.9f;
        if (!rw_graph_add_fact(g, &f)) {
            rw_graph_free(g);
            return NULL;
        }
    }
    rw_graph_set_place_parent(g, parent_of, NULL);
    return g;
}

/* The event of the k-th fact as listed (fact ids do not depend on the order facts were added). */
static const rw_gevent *event_of(const rw_graph *g, const fact_spec *f)
{
    for (size_t i = 0; i < rw_graph_fact_count(g); i++) {
        const rw_gfact *x = rw_graph_fact(g, i);
        if (x->rel == f->rel && strcmp(x->doc->id, f->doc) == 0 && x->sentence == f->sentence &&
            strcmp(x->subj->id, f->subj) == 0 &&
            (f->obj ? x->obj && strcmp(x->obj->id, f->obj) == 0 : !x->obj) &&
            (f->place ? x->place && strcmp(x->place->id, f->place) == 0 : !x->place))
            return rw_graph_event_count(g) ? x->event : NULL;
    }
    return NULL;
}

/* The event of every fact of facts[0..n), into ev. */
static void events_of(const rw_graph *g, const fact_spec *facts, size_t n, const rw_gevent **ev)
{
    for (size_t i = 0; i < n; i++)
        ev[i] = event_of(g, &facts[i]);
}

/* Checks that event e, when there is one, is dated `want` (ISO). */
static void check_event_day(const rw_gevent *e, const char *want, const char *what)
{
    if (!e) return;
    char iso[11];
    rw_date_format(e->date, iso);
    CHECK_STR(iso, want, what);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define MET RW_REL_MET
#define ASSERTED RW_MOD_ASSERTED
#define PLANNED RW_MOD_PLANNED
#define NEGATED RW_MOD_NEGATED

/* ---- the same meeting is one event --------------------------------------------------------------- */

static void test_same_meeting(void)
{
    /* Sample 002 as JSONL, as the HTML page and as text: "Putin met al-Shaibani (and Abu Qasra),
     * Kremlin, 2025-12-23" three times, plus article 000 saying Moscow the same day; the text copy
     * has no date of its own (it is a copy of the dated story). Within 000 the headline (sentence
     * 0) is undated and the lead (sentence 1) dated: one event too. */
    static const doc_spec docs[] = {{"002", "2025-12-23", NULL},
                                    {"html-002", "2025-12-23", "002"},
                                    {"txt-002", NULL, "002"},
                                    {"000", "2025-12-23", NULL}};
    static const fact_spec facts[] = {
        {MET, "putin", "shaibani", "place-kremlin", "2025-12-23", ASSERTED, "002", 0},
        {MET, "putin", "abu-qasra", "place-kremlin", "2025-12-23", ASSERTED, "002", 0},
        {MET, "putin", "shaibani", "place-kremlin", "2025-12-23", ASSERTED, "html-002", 0},
        {MET, "putin", "abu-qasra", "place-kremlin", "2025-12-23", ASSERTED, "html-002", 0},
        {MET, "putin", "shaibani", "place-kremlin", NULL, ASSERTED, "txt-002", 0},
        {MET, "putin", "abu-qasra", "place-kremlin", NULL, ASSERTED, "txt-002", 0},
        {MET, "shaibani", "putin", NULL, NULL, ASSERTED, "000", 0},
        {MET, "abu-qasra", "putin", NULL, NULL, ASSERTED, "000", 0},
        {MET, "putin", "shaibani", "place-moscow", "2025-12-23", ASSERTED, "000", 1},
        {MET, "putin", "abu-qasra", "place-moscow", "2025-12-23", ASSERTED, "000", 1},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    CHECK(g != NULL, "same meeting: the graph builds");
    if (!g) return;
    CHECK_INT(rw_graph_event_count(g), 1, "ten reports of one meeting in four articles: one event");
    const rw_gevent *e = rw_graph_event(g, 0);
    if (e) {
        CHECK_INT(e->n_facts, 10, "the event keeps every report");
        CHECK_INT(e->n_participants, 3, "participants: Putin and both ministers");
        CHECK_INT(e->n_sources, 2, "sources: story 002 (three copies) and article 000");
        CHECK(e->place && strcmp(e->place->id, "place-kremlin") == 0,
              "the most precise place: the Kremlin, inside Moscow");
        check_event_day(e, "2025-12-23", "the event's date");
        CHECK(e->modality == ASSERTED, "held");
        CHECK(strncmp(e->id, "ev-", 3) == 0 && strlen(e->id) == 19, "id ev- and 16 hex: %s", e->id);
    }
    rw_graph_free(g);
}

/* ---- different meetings stay apart --------------------------------------------------------------- */

static void test_apart(void)
{
    static const doc_spec docs[] = {{"a", "2025-07-20", NULL}, {"b", "2025-07-22", NULL},
                                    {"c", "2025-09-30", NULL}};
    static const fact_spec facts[] = {
        /* 0, 1: the same two ministers on two days */
        {MET, "shaibani", "lavrov", "place-moscow", "2025-07-20", ASSERTED, "a", 0},
        {MET, "lavrov", "shaibani", "place-moscow", "2025-07-22", ASSERTED, "b", 0},
        /* 2-4: a group photo of three, and 5: a bilateral of two of them, the same day */
        {MET, "putin", "shaibani", "place-kremlin", "2025-07-20", ASSERTED, "a", 1},
        {MET, "putin", "lavrov", "place-kremlin", "2025-07-20", ASSERTED, "a", 1},
        {MET, "shaibani", "lavrov", "place-kremlin", "2025-07-20", ASSERTED, "a", 1},
        {MET, "putin", "shaibani", "place-kremlin", "2025-07-20", ASSERTED, "a", 2},
        /* 6: a month-only report fits both July meetings of the ministers: it cannot say which,
         * so it joins neither, and does not make them one */
        {MET, "shaibani", "lavrov", NULL, "2025-07", ASSERTED, "c", 0},
        /* 7: a denial the same day as meeting 0 */
        {MET, "shaibani", "lavrov", "place-moscow", "2025-07-20", NEGATED, "b", 1},
        /* 8: same day, same pair, places not inside one another */
        {MET, "shaibani", "lavrov", "place-damascus", "2025-07-22", ASSERTED, "b", 2},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    if (!g) return;
    const rw_gevent *ev[N(facts)];
    events_of(g, facts, N(facts), ev);
    CHECK(ev[0] && ev[1] && ev[0] != ev[1], "the same two ministers on two days: two events");
    CHECK(ev[2] && ev[2] == ev[3] && ev[3] == ev[4], "the group photo's three pairs: one event");
    CHECK(ev[2] && ev[2]->n_participants == 3, "the group photo has three participants");
    CHECK(ev[5] && ev[5] != ev[2], "a bilateral and a group photo the same day: two events");
    CHECK(ev[6] && ev[6] != ev[0] && ev[6] != ev[1] && ev[0] != ev[1],
          "a month-only report that fits two July meetings joins neither and fuses nothing");
    CHECK(ev[7] && ev[7] != ev[0] && ev[7]->modality == NEGATED,
          "a denial never joins the meeting it denies");
    CHECK(ev[8] && ev[8] != ev[1], "Damascus and Moscow the same day: two events");
    /* 0, 1, the photo, the bilateral, the month-only report, the denial, Damascus */
    CHECK_INT(rw_graph_event_count(g), 7, "seven events in all");

    /* The edge Shaibani–Putin counts the group photo and the bilateral: two meetings. */
    rw_graph_filter flt = {.rel_mask = 1u << MET, .asserted_only = 1};
    rw_graph_iter *it = rw_graph_iter_new(g, &flt, NULL);
    size_t meetings = 0, reports = 0, events = 0;
    for (rw_event e; it && (e = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (e == RW_EV_EVENT) events++;
        const rw_gedge *edge = rw_graph_iter_edge(it);
        if (edge && strcmp(edge->a->id, "putin") == 0 && strcmp(edge->b->id, "shaibani") == 0) {
            meetings = edge->meetings;
            reports = edge->reports;
        }
    }
    rw_graph_iter_free(it);
    CHECK_INT(meetings, 2, "edge Putin–Shaibani: 2 meetings");
    CHECK_INT(reports, 2, "edge Putin–Shaibani: 2 reports (one article, two events)");
    CHECK_INT(events, 6, "--asserted-only delivers the six events with an asserted report");
    rw_graph_free(g);
}

/* ---- an undated report in the story of a dated meeting ------------------------------------------ */

static void test_undated_in_story(void)
{
    /* Article a (3 April) says in its lead that they shook hands (no date of its own) and in its
     * body that they met on 17 March; article b (17 March) reported that meeting. Article c
     * reports two meetings of Lavrov and Shaibani on two days and one more, undated: it cannot
     * say which, and joins neither. */
    static const doc_spec docs[] = {{"a", "2017-04-03", NULL}, {"b", "2017-03-17", NULL},
                                    {"c", "2017-05-30", NULL}};
    static const fact_spec facts[] = {
        {MET, "putin", "sharaa", NULL, NULL, ASSERTED, "a", 1},
        {MET, "putin", "sharaa", "place-moscow", "2017-03-17", ASSERTED, "a", 3},
        {MET, "putin", "sharaa", "place-kremlin", "2017-03-17", ASSERTED, "b", 1},
        {MET, "lavrov", "shaibani", NULL, "2017-05-02", ASSERTED, "c", 1},
        {MET, "lavrov", "shaibani", NULL, "2017-05-09", ASSERTED, "c", 2},
        {MET, "lavrov", "shaibani", NULL, NULL, ASSERTED, "c", 3},
        /* an announcement with no date stays apart from the meeting its story reports held */
        {MET, "putin", "sharaa", NULL, NULL, PLANNED, "a", 4},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    CHECK(g != NULL, "undated in story: the graph builds");
    if (!g) return;
    const rw_gevent *ev[N(facts)];
    events_of(g, facts, N(facts), ev);
    CHECK(ev[0] && ev[0] == ev[1] && ev[1] == ev[2],
          "an undated lead joins the dated meeting its own article reports");
    check_event_day(ev[0], "2017-03-17", "the event keeps its day");
    CHECK(ev[3] && ev[4] && ev[5] && ev[3] != ev[4] && ev[5] != ev[3] && ev[5] != ev[4],
          "an undated report beside two dated meetings of its story joins neither");
    CHECK(ev[6] && ev[6] != ev[0] && ev[6]->modality == PLANNED, "an undated announcement stays apart");
    rw_graph_free(g);
}

/* ---- a report dated by its article alone ------------------------------------------------------- */

static void test_dated_by_report(void)
{
    /* Article b (4 May) describes in its lead "the meeting that gathered them in Abu Dhabi"; no
     * words date it, extraction's lead rule gave it the article's day. Article a (2 May) dates it
     * "today". One meeting: the days before b's article hold 2 May, and the event keeps the day
     * the text gave. Article c (4 May) says "today" in words of Putin and Abu Qasra, whom a
     * dates to 2 May: two meetings. Article d's headline (19 February), dated by the lead rule,
     * tells the call its body dates "two days ago": one call. */
    static const doc_spec docs[] = {{"a", "2017-05-02", NULL}, {"b", "2017-05-04", NULL},
                                    {"c", "2017-05-04", NULL}, {"d", "2017-02-19", NULL}};
    static const fact_spec facts[] = {
        {MET, "sharaa", "shaibani", "place-moscow", "2017-05-02", ASSERTED, "a", 1},
        {MET, "shaibani", "sharaa", "place-moscow", "~2017-05-04", ASSERTED, "b", 1},
        {MET, "putin", "abu-qasra", NULL, "2017-05-04", ASSERTED, "c", 1},
        {MET, "putin", "abu-qasra", NULL, "2017-05-02", ASSERTED, "a", 2},
        {RW_REL_PHONED, "putin", "lavrov", NULL, "~2017-02-19", ASSERTED, "d", 0},
        {RW_REL_PHONED, "putin", "lavrov", NULL, "2017-02-17", ASSERTED, "d", 1},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    CHECK(g != NULL, "dated by report: the graph builds");
    if (!g) return;
    const rw_gevent *ev[N(facts)];
    events_of(g, facts, N(facts), ev);
    CHECK(ev[0] && ev[0] == ev[1], "a lead dated by its article alone joins the meeting two days before");
    check_event_day(ev[0], "2017-05-02", "the event keeps the day the text gave, not the report's");
    CHECK(ev[2] && ev[3] && ev[2] != ev[3], "a meeting dated in words two days later is another");
    CHECK(ev[4] && ev[4] == ev[5], "a headline dated by its article joins the call its body dates");
    check_event_day(ev[4], "2017-02-17", "the call's day is the body's");
    rw_graph_free(g);
}

/* ---- unnamed groups ---------------------------------------------------------------------------- */

static void test_groups(void)
{
    static const doc_spec docs[] = {{"a", "2017-02-22", NULL}, {"b", "2017-02-22", NULL}};
    static const fact_spec facts[] = {
        /* "Marzouk and a delegation of his party met Haftar in Benghazi" */
        {MET, "lavrov", "sharaa", "place-damascus", "2017-02-22", ASSERTED, "a", 0},
        {MET, "delegation", "sharaa", "place-damascus", "2017-02-22", ASSERTED, "a", 0},
        /* "Marzouk met Haftar" */
        {MET, "lavrov", "sharaa", NULL, "2017-02-22", ASSERTED, "b", 0},
        /* "Putin met a delegation": the group is all there is on one side */
        {MET, "putin", "delegation", NULL, "2017-02-22", ASSERTED, "b", 1},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    if (!g) return;
    const rw_gevent *a = event_of(g, &facts[0]), *b = event_of(g, &facts[2]);
    const rw_gevent *c = event_of(g, &facts[3]);
    CHECK(a && a == b && a->n_participants == 2,
          "a delegation named beside the two leaders does not make another meeting");
    CHECK(c && c != a && c->n_participants == 2, "a meeting with a delegation keeps it");
    rw_graph_free(g);
}

/* ---- an announced programme of meetings ---------------------------------------------------------- */

static void test_programme(void)
{
    static const doc_spec docs[] = {{"announce", "2017-03-03", NULL},
                                    {"held", "2017-03-03", NULL},
                                    {"joint", "2017-05-15", NULL},
                                    {"joint-held", "2017-05-16", NULL},
                                    {"summit", "2017-06-01", NULL},
                                    {"held-3", "2017-07-01", NULL}};
    static const fact_spec facts[] = {
        /* 0, 1: "Merkel will meet the president and the prime minister" (no date, announced on
         * the day of the visit); 2: "the president received Merkel at Carthage" that day */
        {MET, "putin", "sharaa", NULL, NULL, PLANNED, "announce", 2},
        {MET, "putin", "shaibani", NULL, NULL, PLANNED, "announce", 2},
        {MET, "sharaa", "putin", "place-kremlin", "2017-03-03", ASSERTED, "held", 1},
        /* 3, 4: "Jary will meet the presidents of the two clubs tomorrow"; 5, 6: the next day
         * "Jary met the two presidents": the held report names the same three, they met together */
        {MET, "lavrov", "sharaa", NULL, "2017-05-16", PLANNED, "joint", 1},
        {MET, "lavrov", "abu-qasra", NULL, "2017-05-16", PLANNED, "joint", 1},
        {MET, "lavrov", "sharaa", NULL, "2017-05-16", ASSERTED, "joint-held", 1},
        {MET, "lavrov", "abu-qasra", NULL, "2017-05-16", ASSERTED, "joint-held", 1},
        /* 7-9: an announced summit of three, every pair named: one meeting of three */
        {MET, "putin", "lavrov", NULL, "2017-06-05", PLANNED, "summit", 1},
        {MET, "putin", "sharaa", NULL, "2017-06-05", PLANNED, "summit", 1},
        {MET, "lavrov", "sharaa", NULL, "2017-06-05", PLANNED, "summit", 1},
        /* 10, 11: "A and B will attend the signing (of C)": one happening */
        {RW_REL_ATTENDED, "putin", "abu-qasra", NULL, "2017-06-10", PLANNED, "summit", 2},
        {RW_REL_ATTENDED, "lavrov", "abu-qasra", NULL, "2017-06-10", PLANNED, "summit", 2},
        /* 12, 13: a held report that X met A and B stays one meeting of three */
        {MET, "shaibani", "putin", NULL, "2017-07-01", ASSERTED, "held-3", 1},
        {MET, "shaibani", "lavrov", NULL, "2017-07-01", ASSERTED, "held-3", 1},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    CHECK(g != NULL, "programme: the graph builds");
    if (!g) return;
    const rw_gevent *ev[N(facts)];
    events_of(g, facts, N(facts), ev);
    CHECK(ev[0] && ev[0] == ev[2] && ev[0]->n_participants == 2 && ev[0]->modality == ASSERTED,
          "a programme's meeting joins the held meeting of its own two actors");
    CHECK(ev[1] && ev[1] != ev[0] && ev[1]->n_participants == 2 && ev[1]->modality == PLANNED,
          "the programme's other meeting is its own, still planned");
    CHECK(ev[3] && ev[3] == ev[4] && ev[4] == ev[5] && ev[5] == ev[6] &&
              ev[3]->n_participants == 3 && ev[3]->modality == ASSERTED,
          "an announcement of three that a held report of the same three confirms: one meeting");
    CHECK(ev[7] && ev[7] == ev[8] && ev[8] == ev[9] && ev[7]->n_participants == 3,
          "an announced summit where every pair meets is one meeting of three");
    CHECK(ev[10] && ev[10] == ev[11] && ev[10]->n_participants == 3,
          "two people to attend one signing: one happening");
    CHECK(ev[12] && ev[12] == ev[13] && ev[12]->n_participants == 3,
          "a held report that X met A and B is one meeting of three");
    rw_graph_free(g);

    /* Without the held report of the three, the same announcement is a programme of two. */
    static const fact_spec alone[] = {
        {MET, "lavrov", "sharaa", NULL, "2017-05-16", PLANNED, "joint", 1},
        {MET, "lavrov", "abu-qasra", NULL, "2017-05-16", PLANNED, "joint", 1},
    };
    g = build(docs, N(docs), alone, N(alone), NULL, NULL);
    if (!g) return;
    const rw_gevent *a = event_of(g, &alone[0]), *b = event_of(g, &alone[1]);
    CHECK(a && b && a != b && a->n_participants == 2 && b->n_participants == 2,
          "an announcement nothing shows was joint: two planned meetings");
    rw_graph_free(g);
}

/* ---- planned -> held ---------------------------------------------------------------------------- */

static void test_planned_held(void)
{
    static const doc_spec docs[] = {{"announce", "2025-12-01", NULL},
                                    {"held", "2025-12-10", NULL},
                                    {"announce-2", "2026-03-01", NULL},
                                    {"vague", NULL, NULL},
                                    {"held-2", "2026-02-05", NULL}};
    static const fact_spec facts[] = {
        /* 0: "Sharaa will meet Putin" (undated) announced on Dec 1; 1: held on Dec 10 */
        {MET, "sharaa", "putin", NULL, NULL, PLANNED, "announce", 0},
        {MET, "putin", "sharaa", "place-kremlin", "2025-12-10", ASSERTED, "held", 0},
        /* 2: announced in March, never reported held */
        {MET, "sharaa", "putin", NULL, "2026-04", PLANNED, "announce-2", 0},
        /* 3: a report with no date at all, in an undated article: it fits the two held
         * meetings (December, and 4: February), so it joins neither; and it could never turn the
         * April announcement into a held meeting */
        {MET, "sharaa", "putin", NULL, NULL, ASSERTED, "vague", 0},
        {MET, "sharaa", "putin", NULL, "2026-02-05", ASSERTED, "held-2", 0},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    if (!g) return;
    const rw_gevent *a = event_of(g, &facts[0]), *b = event_of(g, &facts[1]);
    const rw_gevent *c = event_of(g, &facts[2]), *d = event_of(g, &facts[3]);
    CHECK(a && a == b, "the announcement and the held meeting are one event");
    CHECK(b && b->modality == ASSERTED && b->n_facts == 2, "its status is held, both reports kept");
    char iso[11];
    rw_date_format(b ? b->announced : RW_DATE_NONE, iso);
    CHECK_STR(iso, "2025-12-01", "announced on the announcement's date");
    CHECK(c && c != b && c->modality == PLANNED, "an announcement nothing confirms stays planned");
    const rw_gevent *e = event_of(g, &facts[4]);
    CHECK(d && e && d != b && d != c && d != e,
          "an undated report in an undated article that fits two meetings joins neither");
    rw_graph_free(g);

    /* Without the February meeting the same vague report fits one held meeting: it joins it. */
    g = build(docs, N(docs) - 1, facts, N(facts) - 1, NULL, NULL);
    if (!g) return;
    d = event_of(g, &facts[3]);
    b = event_of(g, &facts[1]);
    c = event_of(g, &facts[2]);
    CHECK(d && d == b && d != c, "a vague report that fits exactly one held meeting joins it, "
                                 "never the announcement");
    rw_graph_free(g);
}

/* ---- order independence -------------------------------------------------------------------------- */

/* "id:fact,fact;..." for every event, sorted, so two graphs compare as strings. */
static char *signature(const rw_graph *g)
{
    size_t n = rw_graph_event_count(g), cap = 256 * (n + 1);
    char **lines = calloc(n + 1, sizeof *lines);
    char *out = calloc(cap, 1);
    for (size_t i = 0; i < n; i++) {
        const rw_gevent *e = rw_graph_event(g, i);
        char *fs[64];
        size_t nf = e->n_facts < 64 ? e->n_facts : 64;
        for (size_t k = 0; k < nf; k++)
            fs[k] = e->facts[k]->id;
        for (size_t x = 1; x < nf; x++) /* insertion sort: fact ids by value */
            for (size_t y = x; y > 0 && strcmp(fs[y - 1], fs[y]) > 0; y--) {
                char *t = fs[y];
                fs[y] = fs[y - 1];
                fs[y - 1] = t;
            }
        lines[i] = calloc(256, 1);
        snprintf(lines[i], 256, "%s:", e->id);
        for (size_t k = 0; k < nf; k++) {
            strncat(lines[i], fs[k], 255 - strlen(lines[i]));
            strncat(lines[i], ",", 255 - strlen(lines[i]));
        }
    }
    for (size_t x = 1; x < n; x++)
        for (size_t y = x; y > 0 && strcmp(lines[y - 1], lines[y]) > 0; y--) {
            char *t = lines[y];
            lines[y] = lines[y - 1];
            lines[y - 1] = t;
        }
    for (size_t i = 0; i < n; i++) {
        strncat(out, lines[i], cap - strlen(out) - 2);
        strcat(out, "\n");
        free(lines[i]);
    }
    free(lines);
    return out;
}

static void shuffle(size_t *v, size_t n, unsigned *seed)
{
    for (size_t i = n; i > 1; i--) {
        *seed = *seed * 1103515245u + 12345u;
        size_t j = (*seed >> 8) % i, t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

static void test_order(void)
{
    static const doc_spec docs[] = {{"a", "2025-07-20", NULL}, {"b", "2025-07-22", NULL},
                                    {"c", "2025-09-30", NULL}, {"d", "2025-07-21", NULL},
                                    {"e", NULL, "a"}};
    static const fact_spec facts[] = {
        {MET, "shaibani", "lavrov", "place-moscow", "2025-07-20", ASSERTED, "a", 0},
        {MET, "lavrov", "shaibani", "place-moscow", "2025-07-22", ASSERTED, "b", 0},
        {MET, "putin", "shaibani", "place-kremlin", "2025-07-20", ASSERTED, "a", 1},
        {MET, "putin", "lavrov", "place-kremlin", "2025-07-20", ASSERTED, "a", 1},
        {MET, "shaibani", "lavrov", "place-kremlin", "2025-07-20", ASSERTED, "a", 1},
        {MET, "putin", "shaibani", NULL, "2025-07", ASSERTED, "c", 2},
        {MET, "shaibani", "lavrov", NULL, "2025-07", ASSERTED, "c", 0},
        {MET, "shaibani", "lavrov", NULL, NULL, PLANNED, "d", 0},
        {MET, "shaibani", "lavrov", NULL, NULL, ASSERTED, "d", 1},
        {MET, "shaibani", "lavrov", "place-russia", NULL, ASSERTED, "e", 0},
        {RW_REL_VISITED, "shaibani", NULL, "place-moscow", "2025-07-20", ASSERTED, "a", 3},
        {RW_REL_VISITED, "shaibani", NULL, "place-russia", NULL, ASSERTED, "d", 2},
        {MET, "shaibani", "lavrov", "place-moscow", "2025-07-21", NEGATED, "d", 3},
        /* a programme: Lavrov will meet Shaibani (held on the 22nd) and Sharaa */
        {MET, "lavrov", "shaibani", NULL, "2025-07-22", PLANNED, "d", 4},
        {MET, "lavrov", "sharaa", NULL, "2025-07-22", PLANNED, "d", 4},
    };
    rw_graph *g = build(docs, N(docs), facts, N(facts), NULL, NULL);
    if (!g) return;
    CHECK(event_of(g, &facts[13]) == event_of(g, &facts[1]),
          "order test: the programme's meeting joins the held one");
    char *want = signature(g);
    rw_graph_free(g);
    size_t dorder[N(docs)], forder[N(facts)];
    for (size_t i = 0; i < N(docs); i++)
        dorder[i] = i;
    for (size_t i = 0; i < N(facts); i++)
        forder[i] = i;
    unsigned seed = 12345;
    int same = 1;
    for (int round = 0; round < 50; round++) {
        shuffle(dorder, N(docs), &seed);
        shuffle(forder, N(facts), &seed);
        rw_graph *h = build(docs, N(docs), facts, N(facts), dorder, forder);
        char *got = h ? signature(h) : NULL;
        if (!got || strcmp(got, want) != 0) {
            if (same) printf("# want:\n%s# got:\n%s", want, got ? got : "(null)");
            same = 0;
        }
        free(got);
        rw_graph_free(h);
    }
    CHECK(same, "50 shuffled orders of docs and facts give the same events and ids");
    free(want);
}

/* ---- near-duplicate sketches --------------------------------------------------------------------- */

static const char story[] =
    "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم وزير الخارجية والمغتربين أسعد حسن "
    "الشيباني ووزير الدفاع مرهف أبو قصرة، وبحث معهما العلاقات الثنائية بين البلدين وسبل تطويرها "
    "في المجالات السياسية والاقتصادية والعسكرية. وأكد الجانبان خلال اللقاء أهمية مواصلة التنسيق "
    "المشترك حيال القضايا الإقليمية والدولية ذات الاهتمام المشترك. وقال الشيباني إن سوريا تتطلع "
    "إلى شراكة استراتيجية مع روسيا تقوم على الاحترام المتبادل وعدم التدخل في الشؤون الداخلية. "
    "ومن جهته، أكد بوتين دعم بلاده لوحدة سوريا وسيادتها وسلامة أراضيها، ودعا إلى تعزيز التعاون "
    "في مجالات الطاقة وإعادة الإعمار والنقل. وحضر اللقاء وزير الخارجية الروسي سيرغي لافروف.";

static void test_copies(void)
{
    /* A reprint: a new opening line, the last sentence trimmed. */
    const char *cut = strstr(story, " وحضر اللقاء");
    char copy[4096];
    snprintf(copy, sizeof copy, "موسكو - سانا: %.*s", (int)(cut - story), story);
    static const char other[] =
        "أعلنت وزارة الاقتصاد والتجارة الخارجية اليوم عن حزمة جديدة من الإجراءات لدعم المشاريع "
        "الصغيرة والمتوسطة في المحافظات، تشمل قروضا ميسرة وإعفاءات ضريبية لمدة ثلاث سنوات. وقال "
        "وزير الاقتصاد إن الحزمة تهدف إلى تشجيع الاستثمار وتوفير فرص العمل للشباب، مشيرا إلى أن "
        "الوزارة ستتابع تنفيذها بالتعاون مع غرف التجارة والصناعة والمصارف العامة والخاصة في "
        "جميع المحافظات.";
    rw_sketch a, b, c, tiny;
    CHECK(rw_sketch_text(story, strlen(story), &a), "a full article is sketched");
    CHECK(rw_sketch_text(copy, strlen(copy), &b), "its reprint is sketched");
    CHECK(rw_sketch_text(other, strlen(other), &c), "another article is sketched");
    CHECK(!rw_sketch_text("التقى بوتين الشيباني في الكرملين", 60, &tiny),
          "a one-line brief is too short to judge");
    double ab = rw_sketch_similarity(&a, &b), ac = rw_sketch_similarity(&a, &c);
    CHECK(ab >= RW_COPY_THRESHOLD, "a reprint with a new first line and a trimmed end: %.2f >= 0.8",
          ab);
    CHECK(ac < 0.2, "an unrelated article: %.2f", ac);
    CHECK(rw_sketch_similarity(&a, &a) == 1.0, "an article is its own copy");

    rw_copy_index *ix = rw_copy_index_new();
    rw_copy_index_add(ix, 10, &a);
    rw_copy_index_add(ix, 11, &c);
    int64_t found[4];
    size_t n = rw_copy_index_find(ix, &b, found, NULL, 4);
    CHECK(n == 1 && found[0] == 10, "the index finds the story the reprint copies (%zu found)", n);
    rw_copy_index_free(ix);
}

int main(void)
{
    test_same_meeting();
    test_apart();
    test_groups();
    test_programme();
    test_undated_in_story();
    test_dated_by_report();
    test_planned_held();
    test_order();
    test_copies();
    return check_done();
}
