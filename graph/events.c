/*
 * events.c - clustering a graph's facts into events (events.h; the rules in docs/merging.md).
 *
 * Three passes over the facts, O(F log F) in all:
 *
 *   1. participants: facts of one sentence, relation and status class are grouped, and a small
 *      union-find over their actors gives each fact the whole set of actors its sentence connects;
 *   2. each fact becomes a report with a group key (relation, class, participants: reports of
 *      different groups are never one event) and a span of days; reports are sorted by group,
 *      then most precise first, then by content (place, fact id), so the order is a property of
 *      the facts and not of the order they were ingested in;
 *   3. within a group each report joins the compatible cluster with the most reports or starts
 *      one; every cluster becomes an event.
 *
 * Ids are assigned in that content order, so even the "-2" of two events whose hash would be
 * equal does not depend on ingest order. Events are then delivered in the order of their first
 * report's graph index, like everything else the iterator delivers.
 */
#include "graph/events.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "graph/graph_ext.h"

/* An asserted or negated report without a date tells of something in the days before its article;
 * a planned one of something in the weeks after. docs/merging.md gives the reasons. */
enum { UNDATED_BEFORE = 3, UNDATED_AHEAD = 45 };
/* Far enough from any real day that spans never overflow when compared. */
#define SPAN_MIN (LONG_MIN / 4)
#define SPAN_MAX (LONG_MAX / 4)
/* Place chains are short (venue, city, region, country); this only stops a cyclic lexicon. */
enum { MAX_PLACE_DEPTH = 16 };

struct rw_events {
    rw_gevent *v;
    size_t n;
    rw_strmap *ids;
};

typedef size_t report_link;
#define NO_REPORT SIZE_MAX

typedef struct report {
    const rw_gfact *f;
    char *group;                  /* relation, class and participant ids: the event's identity */
    const rw_gentity **parts;     /* participants, sorted by id */
    size_t n_parts;
    long lo, hi;                  /* the span of days the report stands for */
    int programme;                /* an announced star of meetings (see separate_programmes) */
    size_t cluster;
    report_link next;             /* the next report of its cluster, or NO_REPORT */
} report;

typedef struct cluster {
    long lo, hi;
    const rw_gentity *place;
    size_t n;                     /* reports so far */
    size_t first;                 /* position of its first report in the sorted order */
    report_link last;             /* its latest report, the head of the `next` chain */
    int held;                     /* a report says it happened */
} cluster;

/* ---- days ------------------------------------------------------------------------------------ */

/* Whether f's date is its article's own day, given by no words of its text: extraction's lead
 * rule dates an undated past meeting of the first sentences by the report ("وصفت الحكومة اللقاء
 * الذي جمع في أبو ظبي بين X و Y" in an article of 4 May about a meeting of 2 May). That says as
 * much as no date: the days before the article. */
static int dated_by_report(const rw_gfact *f)
{
    return rw_date_is_set(f->date) && !f->date_text && f->doc && rw_date_is_set(f->doc->date) &&
           rw_date_compare(f->date, f->doc->date) == 0;
}

static void fact_span(const rw_gfact *f, long *lo, long *hi)
{
    if (rw_date_is_set(f->date) && !dated_by_report(f)) {
        rw_date_span(f->date, lo, hi);
        return;
    }
    /* An undated copy of a dated story was printed when the story was. */
    const rw_gdoc *d = f->doc && !rw_date_is_set(f->doc->date) && f->doc->story ? f->doc->story
                                                                                : f->doc;
    if (!d || !rw_date_is_set(d->date)) {
        *lo = SPAN_MIN;
        *hi = SPAN_MAX;
        return;
    }
    rw_date_span(d->date, lo, hi);
    if (f->modality == RW_MOD_PLANNED)
        *hi += UNDATED_AHEAD;
    else
        *lo -= UNDATED_BEFORE;
}

static int precision(rw_date d)
{
    return !rw_date_is_set(d) ? 0 : !d.month ? 1 : !d.day ? 2 : 3;
}

/* ... and a report's: a day the text gives is more than the report's own day. */
static int report_precision(const rw_gfact *f)
{
    return dated_by_report(f) ? 1 : precision(f->date) * 2;
}

/* ---- which facts are happenings -------------------------------------------------------------- */

/* A denial is its own class: it never joins a report that the thing happened. */
static int status_class(rw_modality m)
{
    return m == RW_MOD_NEGATED;
}

/* The actors a fact joins: subject and object. A visit's destination is its place, compared like
 * any place (a visit to the Kremlin and a visit to Moscow that day are one visit). */
static size_t fact_actors(const rw_gfact *f, const rw_gentity *out[2])
{
    size_t n = 0;
    if (f->subj) out[n++] = f->subj;
    if (f->obj) out[n++] = f->obj;
    return n;
}

/* ---- pass 1: participants -------------------------------------------------------------------- */

static int by_sentence(const void *pa, const void *pb)
{
    const rw_gfact *a = ((const report *)pa)->f, *b = ((const report *)pb)->f;
    uint32_t da = a->doc ? a->doc->index + 1 : 0, db = b->doc ? b->doc->index + 1 : 0;
    if (da != db) return da < db ? -1 : 1;
    if (a->sentence != b->sentence) return a->sentence < b->sentence ? -1 : 1;
    if (a->rel != b->rel) return a->rel < b->rel ? -1 : 1;
    int ca = status_class(a->modality), cb = status_class(b->modality);
    if (ca != cb) return ca - cb;
    return a->index < b->index ? -1 : a->index > b->index;
}

static int same_sentence(const rw_gfact *a, const rw_gfact *b)
{
    return a->doc == b->doc && a->sentence == b->sentence && a->rel == b->rel &&
           status_class(a->modality) == status_class(b->modality);
}

static int by_entity_id(const void *pa, const void *pb)
{
    return strcmp((*(const rw_gentity *const *)pa)->id, (*(const rw_gentity *const *)pb)->id);
}

static size_t uf_find(size_t *up, size_t i)
{
    while (up[i] != i)
        i = up[i] = up[up[i]];
    return i;
}

/* An unnamed group beside named people ("X and a delegation of his party met Y") does not make a
 * different meeting: one article names the delegation, the next does not. Groups are dropped from
 * the participants when the named actors alone still make the happening (two for a meeting or a
 * call, one for a visit); "X met a Russian delegation" keeps its group. */
static void drop_groups(report *r)
{
    size_t named = 0, need = r->f->rel == RW_REL_VISITED ? 1 : 2;
    for (size_t i = 0; i < r->n_parts; i++)
        named += r->parts[i]->kind != RW_KIND_GROUP;
    if (named < need) return;
    size_t k = 0;
    for (size_t i = 0; i < r->n_parts; i++)
        if (r->parts[i]->kind != RW_KIND_GROUP) r->parts[k++] = r->parts[i];
    r->n_parts = k;
}

/* Whether the component of the sentence's facts rooted at `root` is an announced programme of
 * meetings or calls: all its facts planned, and one actor in every one of them ("X will meet A and
 * B"). Not attendance: "A and B will attend the signing" is one happening. `first` gives each
 * fact's first actor position in `up`. */
static int is_programme(const report *r, size_t n, size_t *up, const size_t *first, size_t root)
{
    if (r[0].f->rel != RW_REL_MET && r[0].f->rel != RW_REL_PHONED) return 0;
    const rw_gfact *f0 = NULL;
    for (size_t i = 0; i < n; i++) {
        if (first[i] == SIZE_MAX || uf_find(up, first[i]) != root) continue;
        if (r[i].f->modality != RW_MOD_PLANNED) return 0;
        if (!f0) f0 = r[i].f;
    }
    const rw_gentity *centres[2] = {f0 ? f0->subj : NULL, f0 ? f0->obj : NULL};
    for (size_t c = 0; c < 2; c++) {
        int in_all = centres[c] != NULL;
        for (size_t i = 0; i < n && in_all; i++)
            if (first[i] != SIZE_MAX && uf_find(up, first[i]) == root)
                in_all = r[i].f->subj == centres[c] || r[i].f->obj == centres[c];
        if (in_all) return 1;
    }
    return 0;
}

/* Gives every report of r[0..n) (one sentence) the sorted actors of its connected component. */
static int sentence_participants(report *r, size_t n)
{
    size_t cap = 2 * n, na = 0;
    const rw_gentity **act = malloc(cap * sizeof *act);
    size_t *up = malloc(cap * sizeof *up), *owner = malloc(cap * sizeof *owner);
    size_t *first = malloc(n * sizeof *first);
    int rc = -1;
    if (!act || !up || !owner || !first) goto out;
    for (size_t i = 0; i < n; i++) {
        const rw_gentity *es[2];
        size_t k = fact_actors(r[i].f, es), base = na;
        first[i] = k ? base : SIZE_MAX;
        for (size_t j = 0; j < k; j++) {
            act[na] = es[j];
            owner[na] = i;
            up[na] = na;
            /* Link to the fact's first actor, and to any earlier occurrence of the same actor. */
            if (j > 0) up[uf_find(up, na)] = uf_find(up, base);
            for (size_t p = 0; p < base; p++)
                if (act[p] == es[j]) {
                    up[uf_find(up, na)] = uf_find(up, p);
                    break;
                }
            na++;
        }
    }
    for (size_t i = 0; i < n; i++) {
        r[i].parts = malloc((na ? na : 1) * sizeof *r[i].parts);
        if (!r[i].parts) goto out;
        size_t root = SIZE_MAX;
        for (size_t p = 0; p < na && root == SIZE_MAX; p++)
            if (owner[p] == i) root = uf_find(up, p);
        for (size_t p = 0; p < na && root != SIZE_MAX; p++) {
            if (uf_find(up, p) != root) continue;
            int seen = 0;
            for (size_t q = 0; q < r[i].n_parts && !seen; q++)
                seen = r[i].parts[q] == act[p];
            if (!seen) r[i].parts[r[i].n_parts++] = act[p];
        }
        drop_groups(&r[i]);
        qsort(r[i].parts, r[i].n_parts, sizeof *r[i].parts, by_entity_id);
        r[i].programme = r[i].n_parts >= 3 && is_programme(r, n, up, first, root);
    }
    rc = 0;
out:
    free(act);
    free(up);
    free(owner);
    free(first);
    return rc;
}

/* A condition's participants are its own subject and object. */
static int own_participants(report *r)
{
    const rw_gentity *es[2];
    size_t k = fact_actors(r->f, es);
    r->parts = malloc(2 * sizeof *r->parts);
    if (!r->parts) return -1;
    for (size_t i = 0; i < k; i++)
        r->parts[r->n_parts++] = es[i];
    qsort(r->parts, r->n_parts, sizeof *r->parts, by_entity_id);
    return 0;
}

/* ---- pass 2: groups and spans ---------------------------------------------------------------- */

static int make_group(report *r, rw_buf *b)
{
    const rw_gfact *f = r->f;
    rw_buf_reset(b);
    rw_buf_printf(b, "%s\x1f%d", rw_rel_name(f->rel), status_class(f->modality));
    for (size_t i = 0; i < r->n_parts; i++)
        rw_buf_printf(b, "\x1e%s", r->parts[i]->id);
    /* A condition is its whole statement: the office's country and text, or the alias. */
    if (!rw_rel_is_happening(f->rel))
        rw_buf_printf(b, "\x1f%s\x1f%s", f->place ? f->place->id : "", f->role ? f->role : "");
    return (r->group = strdup(rw_buf_str(b))) ? 0 : -1;
}

/* An announcement that one actor will meet several ("يلتقي X بـ A و B", a visit's programme) lists
 * meetings, and they are usually held one by one: Merkel will meet the president and the prime
 * minister, and then meets each in his own office. Unlike a report that the meeting took place
 * ("A met B and C" is one meeting of three), such a programme is a group only when some other
 * report (held, or an announcement of another shape) names the very same participants, i.e.
 * shows that they met together; otherwise each of its facts is the meeting of its own subject and
 * object, and joins that pair's events. The test looks at groups only, so it does not depend on
 * the order facts were added. */
static int separate_programmes(report *r, size_t n, rw_buf *b)
{
    rw_strmap *shown = rw_strmap_new();
    int rc = -1;
    if (!shown) return -1;
    for (size_t i = 0; i < n; i++)
        if (!r[i].programme && rw_rel_is_happening(r[i].f->rel) &&
            rw_strmap_put(shown, r[i].group, strlen(r[i].group), NULL))
            goto out;
    for (size_t i = 0; i < n; i++) {
        if (!r[i].programme || rw_strmap_get(shown, r[i].group, strlen(r[i].group), NULL))
            continue;
        free(r[i].parts);
        free(r[i].group);
        r[i].parts = NULL;
        r[i].group = NULL;
        r[i].n_parts = 0;
        if (own_participants(&r[i]) || make_group(&r[i], b)) goto out;
    }
    rc = 0;
out:
    rw_strmap_free(shown);
    return rc;
}

static int by_content(const void *pa, const void *pb)
{
    const report *a = pa, *b = pb;
    int c = strcmp(a->group, b->group);
    if (c) return c;
    long wa = a->hi - a->lo, wb = b->hi - b->lo;
    if (wa != wb) return wa < wb ? -1 : 1;
    if (a->lo != b->lo) return a->lo < b->lo ? -1 : 1;
    const char *pa_id = a->f->place ? a->f->place->id : "", *pb_id = b->f->place ? b->f->place->id : "";
    if ((c = strcmp(pa_id, pb_id))) return c;
    if ((c = strcmp(a->f->id, b->f->id))) return c;
    /* Equal ids cannot happen in one graph; the index only keeps qsort's contract total. */
    return a->f->index < b->f->index ? -1 : a->f->index > b->f->index;
}

/* ---- pass 3: clusters ------------------------------------------------------------------------ */

static int place_inside(const rw_gentity *a, const rw_gentity *b, rw_place_parent_fn parent,
                        void *ctx)
{
    if (!parent) return 0;
    const char *id = a->id;
    for (int depth = 0; depth < MAX_PLACE_DEPTH && (id = parent(ctx, id)); depth++)
        if (strcmp(id, b->id) == 0) return 1;
    return 0;
}

/* Whether two places can be one: equal, unknown, or nested. *inner gets the more precise one. */
static int places_fit(const rw_gentity *a, const rw_gentity *b, rw_place_parent_fn parent,
                      void *ctx, const rw_gentity **inner)
{
    if (!a || !b || a == b) {
        *inner = a ? a : b;
        return 1;
    }
    if (place_inside(a, b, parent, ctx)) {
        *inner = a;
        return 1;
    }
    if (place_inside(b, a, parent, ctx)) {
        *inner = b;
        return 1;
    }
    return 0;
}

typedef struct clusters {
    cluster *v;
    size_t n, cap;
} clusters;

static const rw_gdoc *story_of(const rw_gdoc *d)
{
    return d && d->story ? d->story : d;
}

/* Whether a report of this story is already in the cluster. */
static int story_in(const cluster *k, const report *all, const rw_gdoc *story)
{
    for (report_link i = k->last; i != NO_REPORT; i = all[i].next)
        if (story_of(all[i].f->doc) == story) return 1;
    return 0;
}

static void join(cluster *k, report *all, size_t pos, size_t index, const rw_gentity *place)
{
    report *r = &all[pos];
    if (r->lo > k->lo) k->lo = r->lo;
    if (r->hi < k->hi) k->hi = r->hi;
    k->place = place;
    k->n++;
    k->held |= r->f->modality == RW_MOD_ASSERTED;
    r->cluster = index;
    r->next = k->last;
    k->last = pos;
}

/* Places all[pos] in a cluster of its group (clusters c->v[from..]); returns 0 or -1.
 *
 * A report dated to the day joins the fitting event with the most reports. A wider one joins an
 * event its own story reports (a headline beside its dated lead, an undated copy of a dated wire
 * story), else the one event it fits if there is exactly one, else starts its own: a month that
 * holds two meetings does not say which. A report that says nothing of when (no date, in an
 * article without a date) never joins an event as vague as itself, nor turns an announcement
 * into a held meeting. */
static int place_report(clusters *c, size_t from, report *all, size_t pos,
                        rw_place_parent_fn parent, void *ctx)
{
    report *r = &all[pos];
    const rw_gentity *rplace = r->f->place;
    int happening = rw_rel_is_happening(r->f->rel), vague = happening && r->lo == SPAN_MIN;
    /* A report wider than a day (a month, a year, the days around an undated article) that fits
     * several events cannot say which: it joins one only when exactly one fits. */
    int wide = happening && r->hi > r->lo;
    const rw_gdoc *story = story_of(r->f->doc);
    size_t best = SIZE_MAX, own = SIZE_MAX, n_fit = 0;
    const rw_gentity *best_place = NULL, *own_place = NULL;
    for (size_t i = from; i < c->n; i++) {
        cluster *k = &c->v[i];
        const rw_gentity *inner = NULL;
        if (happening &&
            (r->lo > k->hi || r->hi < k->lo || !places_fit(k->place, rplace, parent, ctx, &inner)))
            continue;
        if (wide && own == SIZE_MAX && story_in(k, all, story)) {
            own = i;
            own_place = inner;
        }
        /* Nothing but its own story can place a report with no date at all beside an event as
         * vague as itself, or make an announcement held. */
        if (vague && (k->lo == SPAN_MIN || (!k->held && r->f->modality == RW_MOD_ASSERTED)))
            continue;
        n_fit++;
        if (best == SIZE_MAX || k->n > c->v[best].n ||
            (k->n == c->v[best].n && k->lo < c->v[best].lo)) {
            best = i;
            best_place = inner;
        }
    }
    if (own != SIZE_MAX) {
        best = own;
        best_place = own_place;
    } else if (wide && n_fit > 1) {
        best = SIZE_MAX;
    }
    /* A report with no date of its own, of a story that reports the same actors' meeting held
     * on a day outside the days an undated report is given ("أكّد ترامب أنه صافح ميركل" in the
     * lead of 3 April beside "استقبل ترامب ميركل يوم 17 مارس" in its body), is that meeting
     * when the story holds one such; the event keeps its own days. */
    if (best == SIZE_MAX && happening && (!rw_date_is_set(r->f->date) || dated_by_report(r->f)) &&
        r->f->modality == RW_MOD_ASSERTED) {
        size_t n_own = 0, first = SIZE_MAX;
        const rw_gentity *first_place = NULL;
        for (size_t i = from; i < c->n; i++) {
            const rw_gentity *inner = NULL;
            if (!c->v[i].held || c->v[i].lo == SPAN_MIN || !story_in(&c->v[i], all, story) ||
                !places_fit(c->v[i].place, rplace, parent, ctx, &inner))
                continue;
            if (n_own++ == 0) {
                first = i;
                first_place = inner;
            }
        }
        if (n_own == 1) {
            best = first;
            best_place = first_place;
            r->lo = c->v[best].lo; /* the event keeps its days */
            r->hi = c->v[best].hi;
        }
    }
    if (best != SIZE_MAX) {
        join(&c->v[best], all, pos, best, best_place);
        return 0;
    }
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 64;
        cluster *v = realloc(c->v, cap * sizeof *v);
        if (!v) return -1;
        c->v = v;
        c->cap = cap;
    }
    c->v[c->n] = (cluster){r->lo, r->hi, happening ? rplace : NULL, 0, pos, NO_REPORT, 0};
    join(&c->v[c->n], all, pos, c->n, happening ? rplace : NULL);
    c->n++;
    return 0;
}

/* ---- events ---------------------------------------------------------------------------------- */

static int by_fact_index(const void *pa, const void *pb)
{
    uint32_t a = (*(const rw_gfact *const *)pa)->index, b = (*(const rw_gfact *const *)pb)->index;
    return a < b ? -1 : a > b;
}

static int by_doc_id(const void *pa, const void *pb)
{
    return strcmp((*(const rw_gdoc *const *)pa)->id, (*(const rw_gdoc *const *)pb)->id);
}

static int by_first_report(const void *pa, const void *pb)
{
    uint32_t a = ((const rw_gevent *)pa)->facts[0]->index;
    uint32_t b = ((const rw_gevent *)pb)->facts[0]->index;
    return a < b ? -1 : a > b;
}

static void free_event(rw_gevent *e)
{
    free((void *)e->participants);
    free((void *)e->facts);
    free((void *)e->sources);
}

/* Fills event `e` from the reports r[0..n) of one cluster (facts and sources by content). */
static int fill_event(rw_gevent *e, report *const *r, size_t n, const cluster *k)
{
    const rw_gfact *f0 = r[0]->f;
    e->rel = f0->rel;
    /* A condition's place (the office's country) is part of the statement that groups it. */
    e->place = rw_rel_is_happening(f0->rel) ? k->place : f0->place;
    e->modality = RW_MOD_NEGATED;
    e->date = e->announced = RW_DATE_NONE;
    const rw_gentity **parts = malloc((r[0]->n_parts ? r[0]->n_parts : 1) * sizeof *parts);
    const rw_gfact **facts = malloc(n * sizeof *facts);
    const rw_gdoc **docs = malloc(n * sizeof *docs);
    e->participants = parts;
    e->facts = facts;
    e->sources = docs;
    if (!parts || !facts || !docs) return -1;
    memcpy(parts, r[0]->parts, r[0]->n_parts * sizeof *parts);
    e->n_participants = r[0]->n_parts;
    size_t nd = 0;
    int best = 0; /* the report_precision of e->date */
    for (size_t i = 0; i < n; i++) {
        const rw_gfact *f = r[i]->f;
        facts[i] = f;
        if (f->modality < e->modality) e->modality = f->modality;
        int p = report_precision(f);
        if (p > best || (p == best && p && rw_date_compare(f->date, e->date) < 0)) {
            e->date = f->date;
            best = p;
        }
        if (f->modality == RW_MOD_PLANNED && f->doc && rw_date_is_set(f->doc->date) &&
            (!rw_date_is_set(e->announced) || rw_date_compare(f->doc->date, e->announced) < 0))
            e->announced = f->doc->date;
        if (f->doc) docs[nd++] = story_of(f->doc);
    }
    e->n_facts = n;
    /* Conditions keep no date: the statement is the same whatever day it was printed. */
    if (!rw_rel_is_happening(e->rel)) e->date = RW_DATE_NONE;
    qsort(facts, n, sizeof *facts, by_fact_index);
    qsort(docs, nd, sizeof *docs, by_doc_id);
    size_t u = 0;
    for (size_t i = 0; i < nd; i++)
        if (!u || docs[i] != docs[u - 1]) docs[u++] = docs[i];
    e->n_sources = u;
    return 0;
}

/* "ev-" and 16 hex digits over relation, participants, date (or the span of an undated event),
 * place and class; "-2", "-3" when an earlier event (in content order) took the id. */
static int name_event(rw_events *evs, rw_gevent *e, const cluster *k, rw_buf *b)
{
    rw_buf_reset(b);
    rw_buf_printf(b, "%s\x1f%d", rw_rel_name(e->rel), e->modality == RW_MOD_NEGATED);
    for (size_t i = 0; i < e->n_participants; i++)
        rw_buf_printf(b, "\x1e%s", e->participants[i]->id);
    char iso[11];
    rw_date_format(e->date, iso);
    if (iso[0] || !rw_rel_is_happening(e->rel) || k->lo == SPAN_MIN)
        rw_buf_printf(b, "\x1f%s", iso);
    else
        rw_buf_printf(b, "\x1f~%ld", k->lo);
    rw_buf_printf(b, "\x1f%s", e->place ? e->place->id : "");
    if (!rw_rel_is_happening(e->rel)) /* the statement's office or alias */
        rw_buf_printf(b, "\x1f%s", e->facts[0]->role ? e->facts[0]->role : "");
    uint64_t h = rw_hash64(b->data, b->len, 0);
    snprintf(e->id, sizeof e->id, "ev-%016llx", (unsigned long long)h);
    for (int n = 2; rw_strmap_get(evs->ids, e->id, strlen(e->id), NULL); n++)
        snprintf(e->id, sizeof e->id, "ev-%016llx-%d", (unsigned long long)h, n);
    return rw_strmap_put(evs->ids, e->id, strlen(e->id), NULL);
}

void rw_events_free(rw_events *evs)
{
    if (!evs) return;
    for (size_t i = 0; i < evs->n; i++)
        free_event(&evs->v[i]);
    free(evs->v);
    rw_strmap_free(evs->ids);
    free(evs);
}

/* Passes 1 and 2: every fact with a subject as a report, sorted by content. */
static int make_reports(rw_graph *g, report *r, size_t *n_out, rw_buf *b)
{
    size_t nf = rw_graph_fact_count(g), n = 0;
    for (size_t i = 0; i < nf; i++) {
        const rw_gfact *f = rw_graph_fact(g, i);
        if (f->subj) r[n++].f = f;
    }
    *n_out = n;
    qsort(r, n, sizeof *r, by_sentence);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        if (rw_rel_is_happening(r[i].f->rel)) {
            while (j < n && same_sentence(r[i].f, r[j].f))
                j++;
            if (sentence_participants(r + i, j - i)) return -1;
        } else if (own_participants(&r[i])) {
            return -1;
        }
        i = j;
    }
    for (size_t i = 0; i < n; i++) {
        if (make_group(&r[i], b)) return -1;
        fact_span(r[i].f, &r[i].lo, &r[i].hi);
    }
    if (separate_programmes(r, n, b)) return -1;
    qsort(r, n, sizeof *r, by_content);
    return 0;
}

/* Pass 3 and the events themselves. */
static int make_events(rw_graph *g, rw_events *evs, report *r, size_t n, rw_place_parent_fn parent,
                       void *ctx, rw_buf *b)
{
    clusters c = {0};
    report **members = malloc((n ? n : 1) * sizeof *members);
    size_t *start = NULL;
    int rc = -1;
    if (!members) goto out;
    for (size_t i = 0, group_start = 0; i < n; i++) {
        if (i == 0 || strcmp(r[i].group, r[i - 1].group) != 0) group_start = c.n;
        if (place_report(&c, group_start, r, i, parent, ctx)) goto out;
    }
    /* Counting sort of the reports by cluster keeps each cluster's reports in content order. */
    start = calloc(c.n + 1, sizeof *start);
    evs->v = calloc(c.n ? c.n : 1, sizeof *evs->v);
    if (!start || !evs->v) goto out;
    for (size_t i = 0; i < n; i++)
        start[r[i].cluster + 1]++;
    for (size_t k = 0; k < c.n; k++)
        start[k + 1] += start[k];
    for (size_t i = 0; i < n; i++)
        members[start[r[i].cluster]++] = &r[i];
    for (size_t k = c.n; k > 0; k--)
        start[k] = start[k - 1];
    start[0] = 0;
    for (size_t k = 0; k < c.n; k++) {
        rw_gevent *e = &evs->v[evs->n++];
        if (fill_event(e, members + start[k], start[k + 1] - start[k], &c.v[k]) ||
            name_event(evs, e, &c.v[k], b))
            goto out;
    }
    qsort(evs->v, evs->n, sizeof *evs->v, by_first_report);
    for (size_t k = 0; k < evs->n; k++) {
        rw_gevent *e = &evs->v[k];
        e->index = (uint32_t)k;
        if (rw_strmap_put(evs->ids, e->id, strlen(e->id), e)) goto out;
        for (size_t i = 0; i < e->n_facts; i++)
            rw_graph_fact_mut(g, e->facts[i]->index)->event = e;
    }
    rc = 0;
out:
    free(c.v);
    free(members);
    free(start);
    return rc;
}

rw_events *rw_events_build(rw_graph *g, rw_place_parent_fn parent, void *parent_ctx,
                           rw_error *err)
{
    size_t nf = rw_graph_fact_count(g), n = 0;
    rw_events *evs = calloc(1, sizeof *evs);
    report *r = calloc(nf ? nf : 1, sizeof *r);
    rw_buf b = {0};
    int rc = -1;
    if (evs && r && (evs->ids = rw_strmap_new()) && !make_reports(g, r, &n, &b))
        rc = make_events(g, evs, r, n, parent, parent_ctx, &b);
    for (size_t i = 0; r && i < nf; i++) {
        free(r[i].group);
        free(r[i].parts);
    }
    free(r);
    rw_buf_free(&b);
    if (rc) {
        rw_events_free(evs);
        rw_error_set(err, RW_ENOMEM, "events: out of memory grouping %zu facts", nf);
        return NULL;
    }
    return evs;
}

size_t rw_events_count(const rw_events *evs)
{
    return evs ? evs->n : 0;
}

const rw_gevent *rw_events_get(const rw_events *evs, size_t i)
{
    return evs && i < evs->n ? &evs->v[i] : NULL;
}

const rw_gevent *rw_events_find(const rw_events *evs, const char *id)
{
    void *e = NULL;
    return evs && id && rw_strmap_get(evs->ids, id, strlen(id), &e) ? e : NULL;
}
