/*
 * graph.c - the in-memory container of graph.h: documents, entities and facts, with id lookup.
 *
 * Facts point at entities and documents, and exporters hold on to all three while they walk the
 * graph, so items never move: each is its own allocation and only the arrays of pointers to
 * them grow. Three rw_strmaps index the items by id. The iterator lives in iter.c.
 */
#include "graph/graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "graph/events.h"
#include "graph/graph_ext.h"

typedef struct ptrvec {
    void **v;
    size_t n, cap;
} ptrvec;

struct rw_graph {
    ptrvec docs, entities, facts;
    rw_strmap *doc_ids, *entity_ids, *fact_ids;
    void *ext;
    void (*free_ext)(void *);
    rw_events *events;     /* NULL until asked for, and again after a fact is added */
    rw_place_parent_fn place_parent;
    void *place_parent_ctx;
};

static int push(ptrvec *pv, void *item)
{
    if (pv->n == pv->cap) {
        size_t cap = pv->cap ? pv->cap * 2 : 64;
        void **v = realloc(pv->v, cap * sizeof *v);
        if (!v) return -1;
        pv->v = v;
        pv->cap = cap;
    }
    pv->v[pv->n++] = item;
    return 0;
}

/* strdup that keeps NULL as NULL; *fail is set when memory runs out. */
static char *dup_or_null(const char *s, int *fail)
{
    if (!s) return NULL;
    char *d = strdup(s);
    if (!d) *fail = 1;
    return d;
}

rw_graph *rw_graph_new(void)
{
    rw_graph *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->doc_ids = rw_strmap_new();
    g->entity_ids = rw_strmap_new();
    g->fact_ids = rw_strmap_new();
    if (!g->doc_ids || !g->entity_ids || !g->fact_ids) {
        rw_graph_free(g);
        return NULL;
    }
    return g;
}

static void free_doc(rw_gdoc *d)
{
    if (!d) return;
    free(d->id);
    free(d->url);
    free(d->title);
    free(d->hash);
    free(d);
}

static void free_entity(rw_gentity *e)
{
    if (!e) return;
    free(e->id);
    free(e->label_ar);
    free(e->label_en);
    for (size_t i = 0; i < e->n_names; i++)
        free(e->names[i]);
    free(e->names);
    free(e->country);
    free(e);
}

static void free_fact(rw_gfact *f)
{
    if (!f) return;
    free(f->id);
    free(f->date_text);
    free(f->role);
    free(f->trigger);
    free(f->evidence);
    free(f);
}

void rw_graph_free(rw_graph *g)
{
    if (!g) return;
    if (g->free_ext) g->free_ext(g->ext);
    rw_events_free(g->events);
    for (size_t i = 0; i < g->docs.n; i++)
        free_doc(g->docs.v[i]);
    for (size_t i = 0; i < g->entities.n; i++)
        free_entity(g->entities.v[i]);
    for (size_t i = 0; i < g->facts.n; i++)
        free_fact(g->facts.v[i]);
    free(g->docs.v);
    free(g->entities.v);
    free(g->facts.v);
    rw_strmap_free(g->doc_ids);
    rw_strmap_free(g->entity_ids);
    rw_strmap_free(g->fact_ids);
    free(g);
}

rw_gdoc *rw_graph_add_doc(rw_graph *g, const char *id, const char *url, const char *title,
                          rw_date date, const char *hash)
{
    if (!id || rw_strmap_get(g->doc_ids, id, strlen(id), NULL)) return NULL;
    rw_gdoc *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    int fail = 0;
    d->index = (uint32_t)g->docs.n;
    d->id = dup_or_null(id, &fail);
    d->url = dup_or_null(url, &fail);
    d->title = dup_or_null(title, &fail);
    d->hash = dup_or_null(hash, &fail);
    d->date = date;
    if (fail || push(&g->docs, d)) {
        free_doc(d);
        return NULL;
    }
    if (rw_strmap_put(g->doc_ids, id, strlen(id), d)) {
        g->docs.n--;
        free_doc(d);
        return NULL;
    }
    return d;
}

rw_gentity *rw_graph_add_entity(rw_graph *g, const char *id, rw_kind kind, const char *label_ar,
                                const char *label_en, const char *country)
{
    if (!id || rw_strmap_get(g->entity_ids, id, strlen(id), NULL)) return NULL;
    rw_gentity *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    int fail = 0;
    e->index = (uint32_t)g->entities.n;
    e->id = dup_or_null(id, &fail);
    e->kind = kind;
    e->label_ar = dup_or_null(label_ar, &fail);
    /* label_en is "always set": an entity built without one shows its id. */
    e->label_en = dup_or_null(label_en ? label_en : id, &fail);
    e->country = dup_or_null(country, &fail);
    if (fail || push(&g->entities, e)) {
        free_entity(e);
        return NULL;
    }
    if (rw_strmap_put(g->entity_ids, id, strlen(id), e)) {
        g->entities.n--;
        free_entity(e);
        return NULL;
    }
    /* The labels are names too (graph.h: names include the labels). */
    if ((e->label_ar && rw_graph_add_name(g, e, e->label_ar)) ||
        (label_en && rw_graph_add_name(g, e, e->label_en)))
        return NULL;
    return e;
}

int rw_graph_add_name(rw_graph *g, rw_gentity *e, const char *name)
{
    (void)g;
    if (!name || !*name) return 0;
    for (size_t i = 0; i < e->n_names; i++)
        if (strcmp(e->names[i], name) == 0) return 0;
    char **names = realloc(e->names, (e->n_names + 1) * sizeof *names);
    if (!names) return -1;
    e->names = names;
    if (!(names[e->n_names] = strdup(name))) return -1;
    e->n_names++;
    return 0;
}

void rw_graph_fact_id(const char *doc_id, uint32_t sentence, rw_rel rel, const char *subj_id,
                      const char *obj_id, const char *place_id, char out[17])
{
    /* Fields are separated by a byte no id contains, so ("ab","c") and ("a","bc") differ. */
    char num[32];
    uint64_t h = 0;
    const char *parts[6];
    snprintf(num, sizeof num, "%u", (unsigned)sentence);
    parts[0] = doc_id ? doc_id : "";
    parts[1] = num;
    parts[2] = rw_rel_name(rel) ? rw_rel_name(rel) : "";
    parts[3] = subj_id ? subj_id : "";
    parts[4] = obj_id ? obj_id : "";
    parts[5] = place_id ? place_id : "";
    for (int i = 0; i < 6; i++) {
        h = rw_hash64(parts[i], strlen(parts[i]), h);
        h = rw_hash64("\x1f", 1, h);
    }
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

rw_gfact *rw_graph_add_fact(rw_graph *g, const rw_gfact *f)
{
    char idbuf[17];
    const char *id = f->id;
    if (!id) {
        rw_graph_fact_id(f->doc ? f->doc->id : "", f->sentence, f->rel, f->subj ? f->subj->id : "",
                         f->obj ? f->obj->id : "", f->place ? f->place->id : "", idbuf);
        id = idbuf;
    }
    if (rw_strmap_get(g->fact_ids, id, strlen(id), NULL)) return NULL;
    rw_gfact *c = malloc(sizeof *c);
    if (!c) return NULL;
    *c = *f;
    int fail = 0;
    c->index = (uint32_t)g->facts.n;
    c->event = NULL;
    c->id = dup_or_null(id, &fail);
    c->date_text = dup_or_null(f->date_text, &fail);
    c->role = dup_or_null(f->role, &fail);
    c->trigger = dup_or_null(f->trigger, &fail);
    c->evidence = dup_or_null(f->evidence, &fail);
    if (fail || push(&g->facts, c)) {
        free_fact(c);
        return NULL;
    }
    if (rw_strmap_put(g->fact_ids, id, strlen(id), c)) {
        g->facts.n--;
        free_fact(c);
        return NULL;
    }
    /* A new report can change every event of its participants: recompute on next use. */
    rw_events_free(g->events);
    g->events = NULL;
    return c;
}

void rw_graph_set_place_parent(rw_graph *g, rw_place_parent_fn fn, void *ctx)
{
    g->place_parent = fn;
    g->place_parent_ctx = ctx;
    rw_events_free(g->events);
    g->events = NULL;
}

int rw_graph_ensure_events(const rw_graph *g, rw_error *err)
{
    if (g->events) return 0;
    /* The cache is the only thing written through a const graph (graph_ext.h). */
    rw_graph *mg = (rw_graph *)g;
    mg->events = rw_events_build(mg, g->place_parent, g->place_parent_ctx, err);
    return mg->events ? 0 : err ? err->code : RW_ENOMEM;
}

size_t rw_graph_event_count(const rw_graph *g)
{
    return rw_graph_ensure_events(g, NULL) ? 0 : rw_events_count(g->events);
}

const rw_gevent *rw_graph_event(const rw_graph *g, size_t i)
{
    return rw_graph_ensure_events(g, NULL) ? NULL : rw_events_get(g->events, i);
}

const rw_gevent *rw_graph_find_event(const rw_graph *g, const char *id)
{
    return rw_graph_ensure_events(g, NULL) ? NULL : rw_events_find(g->events, id);
}

rw_gfact *rw_graph_fact_mut(rw_graph *g, size_t i)
{
    return i < g->facts.n ? g->facts.v[i] : NULL;
}

size_t rw_graph_doc_count(const rw_graph *g)
{
    return g->docs.n;
}
size_t rw_graph_entity_count(const rw_graph *g)
{
    return g->entities.n;
}
size_t rw_graph_fact_count(const rw_graph *g)
{
    return g->facts.n;
}

const rw_gdoc *rw_graph_doc(const rw_graph *g, size_t i)
{
    return i < g->docs.n ? g->docs.v[i] : NULL;
}

const rw_gentity *rw_graph_entity(const rw_graph *g, size_t i)
{
    return i < g->entities.n ? g->entities.v[i] : NULL;
}

const rw_gfact *rw_graph_fact(const rw_graph *g, size_t i)
{
    return i < g->facts.n ? g->facts.v[i] : NULL;
}

static void *lookup(const rw_strmap *m, const char *id)
{
    void *v = NULL;
    if (!id || !rw_strmap_get(m, id, strlen(id), &v)) return NULL;
    return v;
}

const rw_gentity *rw_graph_find_entity(const rw_graph *g, const char *id)
{
    return lookup(g->entity_ids, id);
}

const rw_gdoc *rw_graph_find_doc(const rw_graph *g, const char *id)
{
    return lookup(g->doc_ids, id);
}

const rw_gfact *rw_graph_find_fact(const rw_graph *g, const char *id)
{
    return lookup(g->fact_ids, id);
}

void rw_graph_set_ext(rw_graph *g, void *ext, void (*free_ext)(void *))
{
    if (g->free_ext && g->ext != ext) g->free_ext(g->ext);
    g->ext = ext;
    g->free_ext = free_ext;
}

void *rw_graph_ext(const rw_graph *g)
{
    return g->ext;
}
