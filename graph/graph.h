/*
 * graph.h - the merged actor graph in memory, and the one iterator every exporter walks.
 *
 * The store (store.h) loads an rw_graph from SQLite; tests build one by hand. Exporters never see
 * SQL: like cmark's renderers they walk rw_graph_iter, which applies the user's filters (relations,
 * dates, neighbourhood, confidence, top-N) once for all formats and delivers events in a fixed
 * order: BEGIN, every DOC, every ENTITY, every FACT, every EVENT (the happenings the facts report,
 * graph/events.h), every EDGE (facts of one relation between one pair merged, with their count,
 * meetings and dates), END.
 *
 * Everything returned by accessors is owned by the graph and valid until rw_graph_free().
 */
#ifndef RW_GRAPH_H
#define RW_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/error.h"
#include "base/model.h"

typedef struct rw_gdoc rw_gdoc;
struct rw_gdoc {
    uint32_t index;
    char *id;
    char *url;   /* NULL when unknown */
    char *title; /* NULL when unknown */
    rw_date date;
    char *hash;
    const rw_gdoc *story; /* the first (smallest id) of the near-duplicate articles this one is a
                             copy of (docs/merging.md); NULL when it is a story of its own */
};

typedef struct rw_gentity {
    uint32_t index;
    char *id;       /* stable across runs: "ahmed-al-sharaa", "place-moscow" */
    rw_kind kind;
    char *label_ar; /* the best Arabic name, NULL when the entity has none */
    char *label_en; /* always set: the lexicon's English label or a transliteration */
    char **names;   /* every surface form seen in the corpus (includes the labels) */
    size_t n_names;
    char *country;  /* ISO 3166 alpha-2 or NULL */
} rw_gentity;

typedef struct rw_gevent rw_gevent;

typedef struct rw_gfact {
    uint32_t index;
    char *id;     /* stable: derived from document, sentence, relation and arguments */
    rw_rel rel;
    rw_modality modality;
    const rw_gentity *subj;
    const rw_gentity *obj;   /* NULL when none */
    const rw_gentity *place; /* NULL when unknown */
    rw_date date;
    char *date_text;         /* NULL when none */
    char *role;              /* holds_role only */
    char *trigger;
    const rw_gdoc *doc;
    uint32_t sentence;
    uint32_t span_start, span_end;
    char *evidence;          /* the sentence the fact came from */
    float confidence;
    const rw_gevent *event;  /* the event this fact reports; set by the iterator (events.h) */
} rw_gfact;

/* One happening and every fact that reports it (docs/merging.md, graph/events.h). Events are
 * computed from the whole graph, never from a filtered view, so ids do not depend on filters. */
struct rw_gevent {
    uint32_t index;
    char id[32];                 /* "ev-" and 16 hex digits, "-2"... when two would be equal */
    rw_rel rel;
    rw_modality modality;        /* asserted (held) when any report is; else planned or negated */
    const rw_gentity *const *participants; /* sorted by id */
    size_t n_participants;
    const rw_gentity *place;     /* the most precise place of its reports, NULL when unknown */
    rw_date date;                /* the most precise date of its reports, RW_DATE_NONE if none */
    rw_date announced;           /* the date of the first article announcing it (planned), or
                                    RW_DATE_NONE */
    const rw_gfact *const *facts; /* its reports, by graph index */
    size_t n_facts;
    const rw_gdoc *const *sources; /* one article per story (copies counted once), by id */
    size_t n_sources;
};
/* All facts of one relation between one pair (unordered for symmetric relations). */
typedef struct rw_gedge {
    rw_rel rel;
    const rw_gentity *a, *b; /* b is the place for visited */
    size_t weight;           /* number of facts (after filtering) */
    const rw_gfact *const *facts;
    rw_date first, last;     /* earliest and latest known date, RW_DATE_NONE when none */
    size_t meetings;         /* distinct events among the facts */
    size_t reports;          /* distinct (event, story) pairs: each source counted once */
} rw_gedge;

typedef struct rw_graph rw_graph;

rw_graph *rw_graph_new(void);
void rw_graph_free(rw_graph *g);

/* Building (strings are copied). Each returns the new item, or NULL when memory runs out or the
 * id is already taken. */
rw_gdoc *rw_graph_add_doc(rw_graph *g, const char *id, const char *url, const char *title,
                          rw_date date, const char *hash);
rw_gentity *rw_graph_add_entity(rw_graph *g, const char *id, rw_kind kind, const char *label_ar,
                                const char *label_en, const char *country);
int rw_graph_add_name(rw_graph *g, rw_gentity *e, const char *name);
/* Copies `f` (its strings, not the entities and document it points at, which must be this
 * graph's). The index and, when f->id is NULL, the id are assigned. */
rw_gfact *rw_graph_add_fact(rw_graph *g, const rw_gfact *f);

size_t rw_graph_doc_count(const rw_graph *g);
size_t rw_graph_entity_count(const rw_graph *g);
size_t rw_graph_fact_count(const rw_graph *g);
const rw_gdoc *rw_graph_doc(const rw_graph *g, size_t i);
const rw_gentity *rw_graph_entity(const rw_graph *g, size_t i);
const rw_gfact *rw_graph_fact(const rw_graph *g, size_t i);
const rw_gentity *rw_graph_find_entity(const rw_graph *g, const char *id);
const rw_gdoc *rw_graph_find_doc(const rw_graph *g, const char *id);

/* Place containment for events: the id of the place that directly encloses `place_id` (an entity
 * id such as "place-jeddah"), or NULL. Without one, places are compatible only when equal. */
typedef const char *(*rw_place_parent_fn)(void *ctx, const char *place_id);
void rw_graph_set_place_parent(rw_graph *g, rw_place_parent_fn fn, void *ctx);

/* The events of the whole graph (graph/events.h), computed on first use and again after facts
 * were added; 0 / NULL when memory ran out computing them. */
size_t rw_graph_event_count(const rw_graph *g);
const rw_gevent *rw_graph_event(const rw_graph *g, size_t i);
const rw_gevent *rw_graph_find_event(const rw_graph *g, const char *id);

/* The common export options. A zeroed filter keeps everything. */
typedef enum rw_label_lang { RW_LABELS_BOTH = 0, RW_LABELS_AR, RW_LABELS_EN } rw_label_lang;

typedef struct rw_graph_filter {
    unsigned rel_mask;    /* bit (1u << rel) per kept relation; 0 = all */
    rw_date from, to;     /* keep dated facts inside [from, to]; undated facts are dropped when
                             either bound is set */
    const char *around;   /* keep the neighbourhood of this entity (id or any name)... */
    int depth;            /* ...up to this many hops (default 1 when around is set) */
    float min_confidence; /* drop facts below */
    size_t top;           /* keep the N entities in most distinct occasions: facts of one relation
                             between one pair at one place and date count once (0 = all) */
    int asserted_only;    /* drop planned and negated facts */
} rw_graph_filter;

typedef enum rw_event {
    RW_EV_BEGIN,
    RW_EV_DOC,
    RW_EV_ENTITY,
    RW_EV_FACT,
    RW_EV_EVENT,
    RW_EV_EDGE,
    RW_EV_END,
    RW_EV_DONE, /* after END: nothing more */
} rw_event;

typedef struct rw_graph_iter rw_graph_iter;

/* Applies the filter; fails (RW_EUSAGE) when `around` names no entity. Only entities touched by a
 * kept fact are delivered (with `around`/`top`, only those kept); docs only when a kept fact cites
 * them; events only when a kept fact reports them (an event is delivered whole, with all its
 * reports). */
rw_graph_iter *rw_graph_iter_new(const rw_graph *g, const rw_graph_filter *filter, rw_error *err);
rw_event rw_graph_iter_next(rw_graph_iter *it);
/* The current item for the matching event; NULL otherwise. */
const rw_gdoc *rw_graph_iter_doc(const rw_graph_iter *it);
const rw_gentity *rw_graph_iter_entity(const rw_graph_iter *it);
const rw_gfact *rw_graph_iter_fact(const rw_graph_iter *it);
const rw_gevent *rw_graph_iter_event(const rw_graph_iter *it);
const rw_gedge *rw_graph_iter_edge(const rw_graph_iter *it);
/* Counts of what the iterator delivers (after filtering). */
size_t rw_graph_iter_entity_count(const rw_graph_iter *it);
size_t rw_graph_iter_fact_count(const rw_graph_iter *it);
void rw_graph_iter_free(rw_graph_iter *it);

#endif
