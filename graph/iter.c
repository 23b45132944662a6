/*
 * iter.c - the one walk every exporter makes over the graph (see graph.h).
 *
 * rw_graph_iter_new does all the work up front: it decides which facts survive the filter, which
 * entities and documents they touch, and merges the facts into edges. rw_graph_iter_next then only
 * steps through those arrays, so every format sees exactly the same, deterministic selection and
 * no exporter repeats filtering logic. Everything is ordered by graph index (edges by the index of
 * their first fact), so two runs over the same graph give byte-identical exports.
 *
 * Memory is O(facts + entities): a few index arrays, one edge per (relation, pair) and one pointer
 * per kept fact for the edges' fact lists. Filters are applied in this order: the per-fact tests
 * (relation, dates, confidence, modality), then the neighbourhood (`around`/`depth`), then `top`.
 * A fact survives the neighbourhood and top-N steps only when every entity it names (subject,
 * object, place) is kept, so no exported fact points at an entity that was left out.
 */
#include "graph/graph.h"

#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "graph/graph_ext.h"

struct rw_graph_iter {
    const rw_graph *g;
    const rw_gdoc **docs;
    size_t n_docs;
    const rw_gentity **ents;
    size_t n_ents;
    const rw_gfact **facts;
    size_t n_facts;
    const rw_gevent **events;
    size_t n_events;
    rw_gedge *edges;
    size_t n_edges;
    const rw_gfact **edge_facts; /* the storage every edge's `facts` points into */
    rw_event ev;
    size_t pos;
};

/* ---- per-fact tests -------------------------------------------------------------------------- */

/* The first and last day a (possibly partial) date can stand for, as comparable full dates. */
static rw_date span_start(rw_date d)
{
    return (rw_date){d.year, d.month ? d.month : 1, d.day ? d.day : 1};
}

static rw_date span_end(rw_date d)
{
    int m = d.month ? d.month : 12;
    int day = d.day ? d.day : rw_days_in_month(d.year, m);
    return (rw_date){d.year, (signed char)m, (signed char)day};
}

/* A partial date ("2025-07") is inside the range when any day it may stand for is: a month that
 * straddles `from` is kept rather than silently lost. */
static int date_in_range(rw_date d, rw_date from, rw_date to)
{
    if (!rw_date_is_set(from) && !rw_date_is_set(to)) return 1;
    if (!rw_date_is_set(d)) return 0;
    if (rw_date_is_set(from) && rw_date_compare(span_end(d), span_start(from)) < 0) return 0;
    if (rw_date_is_set(to) && rw_date_compare(span_start(d), span_end(to)) > 0) return 0;
    return 1;
}

static int fact_passes(const rw_gfact *f, const rw_graph_filter *flt)
{
    /* A fact without a subject says nothing; exporters may rely on f->subj being set. */
    if (!f->subj) return 0;
    if (flt->rel_mask && !(flt->rel_mask & (1u << f->rel))) return 0;
    if (f->confidence < flt->min_confidence) return 0;
    if (flt->asserted_only && f->modality != RW_MOD_ASSERTED) return 0;
    return date_in_range(f->date, flt->from, flt->to);
}

/* The entities a fact names, NULLs included; callers skip the NULLs. */
static void fact_entities(const rw_gfact *f, const rw_gentity *out[3])
{
    out[0] = f->subj;
    out[1] = f->obj;
    out[2] = f->place;
}

/* Whether every entity the fact names is marked in `kept`. */
static int fact_inside(const rw_gfact *f, const unsigned char *kept)
{
    const rw_gentity *es[3];
    fact_entities(f, es);
    for (int i = 0; i < 3; i++)
        if (es[i] && !kept[es[i]->index]) return 0;
    return 1;
}

/* ---- around: finding the entity -------------------------------------------------------------- */

/* Folding for the `around` lookup: ASCII letters lower-cased, every other byte (Arabic included)
 * compared as given, so "Ahmed al-Sharaa" finds "ahmed al-sharaa" and Arabic must match exactly. */
static int folded_equal(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y - 'A' + 'a');
        if (x != y) return 0;
    }
    return *a == *b;
}

static int entity_has_name(const rw_gentity *e, const char *name, int folded)
{
    int (*eq)(const char *, const char *) = folded ? folded_equal : NULL;
    const char *cands[2] = {e->label_ar, e->label_en};
    for (int i = 0; i < 2; i++) {
        if (!cands[i]) continue;
        if (eq ? eq(cands[i], name) : strcmp(cands[i], name) == 0) return 1;
    }
    for (size_t i = 0; i < e->n_names; i++) {
        if (!e->names[i]) continue;
        if (eq ? eq(e->names[i], name) : strcmp(e->names[i], name) == 0) return 1;
    }
    return 0;
}

/* By id, then by exact name, then by folded name; the lowest index wins a tie. */
static const rw_gentity *find_around(const rw_graph *g, const char *what)
{
    const rw_gentity *e = rw_graph_find_entity(g, what);
    if (e) return e;
    size_t n = rw_graph_entity_count(g);
    for (int folded = 0; folded < 2; folded++)
        for (size_t i = 0; i < n; i++)
            if (entity_has_name(rw_graph_entity(g, i), what, folded)) return rw_graph_entity(g, i);
    return NULL;
}

/* Marks in `kept` the entities within `depth` hops of `root` over the facts in `keep`. A sweep per
 * hop over the kept facts: O(depth * facts) and no adjacency lists to allocate. */
static int mark_neighbourhood(const rw_graph *g, const unsigned char *keep, const rw_gentity *root,
                              int depth, unsigned char *kept)
{
    size_t nf = rw_graph_fact_count(g), ne = rw_graph_entity_count(g);
    int *dist = malloc((ne ? ne : 1) * sizeof *dist);
    if (!dist) return -1;
    for (size_t i = 0; i < ne; i++)
        dist[i] = -1;
    dist[root->index] = 0;
    for (int d = 0; d < depth; d++) {
        int grew = 0;
        for (size_t i = 0; i < nf; i++) {
            if (!keep[i]) continue;
            const rw_gentity *es[3];
            fact_entities(rw_graph_fact(g, i), es);
            int near = 0;
            for (int k = 0; k < 3; k++)
                if (es[k] && dist[es[k]->index] == d) near = 1;
            if (!near) continue;
            for (int k = 0; k < 3; k++)
                if (es[k] && dist[es[k]->index] < 0) {
                    dist[es[k]->index] = d + 1;
                    grew = 1;
                }
        }
        if (!grew) break;
    }
    for (size_t i = 0; i < ne; i++)
        kept[i] = dist[i] >= 0;
    free(dist);
    return 0;
}

/* ---- top N by distinct occasions ------------------------------------------------------------ */

/* A corpus reports one meeting many times: ten articles on one summit are one occasion, not ten.
 * An entity's rank is the number of distinct occasions among the kept facts naming it, an
 * occasion being one relation between one pair (unordered for met and phoned) at one place on one
 * date; undated reports of a pair at a place count as one occasion. Until events are first-class
 * (a fact pointing at its event), that key is the best stand-in. */
typedef struct occasion {
    uint32_t entity;
    uint64_t key;
} occasion;

typedef struct ranked {
    size_t occasions, facts;
    uint32_t index;
} ranked;

static int by_entity_key(const void *pa, const void *pb)
{
    const occasion *a = pa, *b = pb;
    if (a->entity != b->entity) return a->entity < b->entity ? -1 : 1;
    return a->key < b->key ? -1 : a->key > b->key;
}

static int by_rank(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    if (a->occasions != b->occasions) return a->occasions > b->occasions ? -1 : 1;
    if (a->facts != b->facts) return a->facts > b->facts ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static uint64_t occasion_key(const rw_gfact *f)
{
    uint32_t a = f->subj ? f->subj->index + 1 : 0, b = f->obj ? f->obj->index + 1 : 0;
    if (rw_rel_is_symmetric(f->rel) && b < a) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    uint32_t parts[6] = {(uint32_t)f->rel, a, b, f->place ? f->place->index + 1 : 0,
                         (uint32_t)(uint16_t)f->date.year,
                         (uint32_t)((uint8_t)f->date.month << 8 | (uint8_t)f->date.day)};
    return rw_hash64(parts, sizeof parts, 0);
}

static int mark_top(const rw_graph *g, const unsigned char *keep, size_t top, unsigned char *kept)
{
    size_t nf = rw_graph_fact_count(g), ne = rw_graph_entity_count(g), n = 0;
    ranked *r = calloc(ne ? ne : 1, sizeof *r);
    occasion *occ = malloc((nf ? nf : 1) * 3 * sizeof *occ);
    if (!r || !occ) {
        free(r);
        free(occ);
        return -1;
    }
    for (size_t i = 0; i < ne; i++)
        r[i].index = (uint32_t)i;
    for (size_t i = 0; i < nf; i++) {
        if (!keep[i]) continue;
        const rw_gfact *f = rw_graph_fact(g, i);
        const rw_gentity *es[3];
        fact_entities(f, es);
        uint64_t key = occasion_key(f);
        for (int k = 0; k < 3; k++)
            if (es[k]) {
                r[es[k]->index].facts++;
                occ[n++] = (occasion){es[k]->index, key};
            }
    }
    qsort(occ, n, sizeof *occ, by_entity_key);
    for (size_t i = 0; i < n; i++)
        if (i == 0 || occ[i].entity != occ[i - 1].entity || occ[i].key != occ[i - 1].key)
            r[occ[i].entity].occasions++;
    free(occ);
    qsort(r, ne, sizeof *r, by_rank);
    memset(kept, 0, ne);
    for (size_t i = 0; i < ne && i < top && r[i].facts > 0; i++)
        kept[r[i].index] = 1;
    free(r);
    return 0;
}

/* ---- edges ----------------------------------------------------------------------------------- */

typedef struct edge_key {
    uint32_t rel, a, b, fact; /* `fact` is the position in it->facts */
} edge_key;

static int by_edge_key(const void *pa, const void *pb)
{
    const edge_key *x = pa, *y = pb;
    if (x->rel != y->rel) return x->rel < y->rel ? -1 : 1;
    if (x->a != y->a) return x->a < y->a ? -1 : 1;
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    return x->fact < y->fact ? -1 : x->fact > y->fact;
}

static int by_first_fact(const void *pa, const void *pb)
{
    const rw_gedge *x = pa, *y = pb;
    uint32_t i = x->facts[0]->index, j = y->facts[0]->index;
    return i < j ? -1 : i > j;
}

/* The other end of a fact's edge: the place for visited (the actor goes there), otherwise the
 * object, or the place when there is no object (holds_role: the office's country). */
static const rw_gentity *edge_target(const rw_gfact *f)
{
    if (f->rel == RW_REL_VISITED) return f->place ? f->place : f->obj;
    return f->obj ? f->obj : f->place;
}

typedef struct report_key {
    const rw_gevent *event;
    const rw_gdoc *story;
} report_key;

static int by_report(const void *pa, const void *pb)
{
    const report_key *a = pa, *b = pb;
    if (a->event != b->event) return a->event->index < b->event->index ? -1 : 1;
    uint32_t x = a->story ? a->story->index + 1 : 0, y = b->story ? b->story->index + 1 : 0;
    return x < y ? -1 : x > y;
}

/* An edge's meetings are the distinct events among its facts; its reports the distinct (event,
 * story) pairs, so a copy of an article and a headline repeated in the lead count once. */
static int count_meetings(rw_graph_iter *it)
{
    size_t cap = 0;
    report_key *k = NULL;
    for (size_t i = 0; i < it->n_edges; i++) {
        rw_gedge *e = &it->edges[i];
        if (e->weight > cap) {
            free(k);
            cap = e->weight;
            if (!(k = malloc(cap * sizeof *k))) return -1;
        }
        for (size_t j = 0; j < e->weight; j++) {
            const rw_gfact *f = e->facts[j];
            k[j].event = f->event;
            k[j].story = f->doc && f->doc->story ? f->doc->story : f->doc;
        }
        qsort(k, e->weight, sizeof *k, by_report);
        for (size_t j = 0; j < e->weight; j++) {
            if (j == 0 || k[j].event != k[j - 1].event) e->meetings++;
            if (j == 0 || by_report(&k[j], &k[j - 1])) e->reports++;
        }
    }
    free(k);
    return 0;
}

static int build_edges(rw_graph_iter *it)
{
    edge_key *keys = malloc((it->n_facts ? it->n_facts : 1) * sizeof *keys);
    if (!keys) return -1;
    size_t nk = 0;
    for (size_t i = 0; i < it->n_facts; i++) {
        const rw_gfact *f = it->facts[i];
        const rw_gentity *a = f->subj, *b = edge_target(f);
        if (!a || !b || a == b) continue;
        if (rw_rel_is_symmetric(f->rel) && b->index < a->index) {
            const rw_gentity *t = a;
            a = b;
            b = t;
        }
        keys[nk++] = (edge_key){(uint32_t)f->rel, a->index, b->index, (uint32_t)i};
    }
    qsort(keys, nk, sizeof *keys, by_edge_key);
    it->edge_facts = malloc((nk ? nk : 1) * sizeof *it->edge_facts);
    it->edges = calloc(nk ? nk : 1, sizeof *it->edges);
    if (!it->edge_facts || !it->edges) {
        free(keys);
        return -1;
    }
    for (size_t i = 0; i < nk; i++) {
        const rw_gfact *f = it->facts[keys[i].fact];
        it->edge_facts[i] = f;
        int same = i > 0 && keys[i].rel == keys[i - 1].rel && keys[i].a == keys[i - 1].a &&
                   keys[i].b == keys[i - 1].b;
        if (!same) {
            rw_gedge *e = &it->edges[it->n_edges++];
            e->rel = f->rel;
            e->a = rw_graph_entity(it->g, keys[i].a);
            e->b = rw_graph_entity(it->g, keys[i].b);
            e->facts = &it->edge_facts[i];
            e->first = e->last = RW_DATE_NONE;
        }
        rw_gedge *e = &it->edges[it->n_edges - 1];
        e->weight++;
        if (rw_date_is_set(f->date)) {
            if (!rw_date_is_set(e->first) || rw_date_compare(f->date, e->first) < 0)
                e->first = f->date;
            if (!rw_date_is_set(e->last) || rw_date_compare(f->date, e->last) > 0)
                e->last = f->date;
        }
    }
    free(keys);
    if (count_meetings(it)) return -1;
    qsort(it->edges, it->n_edges, sizeof *it->edges, by_first_fact);
    return 0;
}

/* ---- the iterator ---------------------------------------------------------------------------- */

/* The events the kept facts report, in event order (the graph's, by first report). */
static int collect_events(rw_graph_iter *it)
{
    size_t ne = rw_graph_event_count(it->g);
    unsigned char *seen = calloc(ne + 1, 1);
    it->events = malloc((ne ? ne : 1) * sizeof *it->events);
    if (!seen || !it->events) {
        free(seen);
        return -1;
    }
    for (size_t i = 0; i < it->n_facts; i++)
        if (it->facts[i]->event) seen[it->facts[i]->event->index] = 1;
    for (size_t i = 0; i < ne; i++)
        if (seen[i]) it->events[it->n_events++] = rw_graph_event(it->g, i);
    free(seen);
    return 0;
}

/* Fills the iterator's arrays from the facts marked in `keep`. */
static int collect(rw_graph_iter *it, const unsigned char *keep)
{
    const rw_graph *g = it->g;
    size_t nf = rw_graph_fact_count(g), ne = rw_graph_entity_count(g), nd = rw_graph_doc_count(g);
    unsigned char *touched = calloc(ne + nd + 1, 1);
    it->facts = malloc((nf ? nf : 1) * sizeof *it->facts);
    it->ents = malloc((ne ? ne : 1) * sizeof *it->ents);
    it->docs = malloc((nd ? nd : 1) * sizeof *it->docs);
    if (!touched || !it->facts || !it->ents || !it->docs) {
        free(touched);
        return -1;
    }
    unsigned char *doc_touched = touched + ne;
    for (size_t i = 0; i < nf; i++) {
        if (!keep[i]) continue;
        const rw_gfact *f = rw_graph_fact(g, i);
        it->facts[it->n_facts++] = f;
        const rw_gentity *es[3];
        fact_entities(f, es);
        for (int k = 0; k < 3; k++)
            if (es[k]) touched[es[k]->index] = 1;
        if (f->doc) doc_touched[f->doc->index] = 1;
    }
    for (size_t i = 0; i < ne; i++)
        if (touched[i]) it->ents[it->n_ents++] = rw_graph_entity(g, i);
    for (size_t i = 0; i < nd; i++)
        if (doc_touched[i]) it->docs[it->n_docs++] = rw_graph_doc(g, i);
    free(touched);
    return collect_events(it) ? -1 : build_edges(it);
}

rw_graph_iter *rw_graph_iter_new(const rw_graph *g, const rw_graph_filter *filter, rw_error *err)
{
    static const rw_graph_filter keep_all;
    const rw_graph_filter *flt = filter ? filter : &keep_all;
    if (!g) {
        rw_error_set(err, RW_EUSAGE, "graph iterator: no graph given");
        return NULL;
    }
    const rw_gentity *root = NULL;
    if (flt->around && !(root = find_around(g, flt->around))) {
        rw_error_set(err, RW_EUSAGE,
                     "filter --around \"%s\": no entity has this id or name in the graph",
                     flt->around);
        return NULL;
    }
    /* Events are computed over the whole graph, before any filter, so their ids never depend on
     * what the user asked to see. */
    if (rw_graph_ensure_events(g, err)) return NULL;
    rw_graph_iter *it = calloc(1, sizeof *it);
    size_t nf = rw_graph_fact_count(g), ne = rw_graph_entity_count(g);
    unsigned char *keep = calloc(nf + 1, 1), *kept = calloc(ne + 1, 1);
    if (!it || !keep || !kept) goto nomem;
    it->g = g;
    it->ev = RW_EV_BEGIN;
    for (size_t i = 0; i < nf; i++)
        keep[i] = (unsigned char)fact_passes(rw_graph_fact(g, i), flt);
    if (root) {
        if (mark_neighbourhood(g, keep, root, flt->depth > 0 ? flt->depth : 1, kept) < 0)
            goto nomem;
        for (size_t i = 0; i < nf; i++)
            if (keep[i] && !fact_inside(rw_graph_fact(g, i), kept)) keep[i] = 0;
    }
    if (flt->top) {
        if (mark_top(g, keep, flt->top, kept) < 0) goto nomem;
        for (size_t i = 0; i < nf; i++)
            if (keep[i] && !fact_inside(rw_graph_fact(g, i), kept)) keep[i] = 0;
    }
    if (collect(it, keep) < 0) goto nomem;
    free(keep);
    free(kept);
    /* The first rw_graph_iter_next delivers BEGIN. */
    it->ev = RW_EV_DONE;
    it->pos = (size_t)-1;
    return it;
nomem:
    free(keep);
    free(kept);
    rw_graph_iter_free(it);
    rw_error_set(err, RW_ENOMEM, "graph iterator: out of memory filtering %zu facts", nf);
    return NULL;
}

/* Steps to the next event: each phase delivers its items, an empty phase is skipped. BEGIN, END
 * and DONE carry no item. */
rw_event rw_graph_iter_next(rw_graph_iter *it)
{
    if (it->pos == (size_t)-1) {
        it->pos = 0;
        return it->ev = RW_EV_BEGIN;
    }
    if (it->ev == RW_EV_DONE) return RW_EV_DONE;
    size_t counts[] = {[RW_EV_DOC] = it->n_docs,
                       [RW_EV_ENTITY] = it->n_ents,
                       [RW_EV_FACT] = it->n_facts,
                       [RW_EV_EVENT] = it->n_events,
                       [RW_EV_EDGE] = it->n_edges};
    rw_event ev = it->ev;
    size_t pos = it->pos;
    if (ev == RW_EV_BEGIN) {
        ev = RW_EV_DOC;
        pos = 0;
    } else if (ev >= RW_EV_DOC && ev <= RW_EV_EDGE) {
        pos++;
    } else { /* END */
        it->ev = RW_EV_DONE;
        return RW_EV_DONE;
    }
    while (ev <= RW_EV_EDGE && pos >= counts[ev]) {
        ev++;
        pos = 0;
    }
    it->ev = ev;
    it->pos = pos;
    return ev;
}

const rw_gdoc *rw_graph_iter_doc(const rw_graph_iter *it)
{
    return it->ev == RW_EV_DOC ? it->docs[it->pos] : NULL;
}

const rw_gentity *rw_graph_iter_entity(const rw_graph_iter *it)
{
    return it->ev == RW_EV_ENTITY ? it->ents[it->pos] : NULL;
}

const rw_gfact *rw_graph_iter_fact(const rw_graph_iter *it)
{
    return it->ev == RW_EV_FACT ? it->facts[it->pos] : NULL;
}

const rw_gevent *rw_graph_iter_event(const rw_graph_iter *it)
{
    return it->ev == RW_EV_EVENT ? it->events[it->pos] : NULL;
}

const rw_gedge *rw_graph_iter_edge(const rw_graph_iter *it)
{
    return it->ev == RW_EV_EDGE ? &it->edges[it->pos] : NULL;
}

size_t rw_graph_iter_entity_count(const rw_graph_iter *it)
{
    return it->n_ents;
}

size_t rw_graph_iter_fact_count(const rw_graph_iter *it)
{
    return it->n_facts;
}

void rw_graph_iter_free(rw_graph_iter *it)
{
    if (!it) return;
    free(it->docs);
    free(it->ents);
    free(it->facts);
    free(it->events);
    free(it->edges);
    free(it->edge_facts);
    free(it);
}
