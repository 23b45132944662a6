/*
 * query.h - answers for `rawabit entities | show | neighbors | path`, over a loaded graph.
 *
 * An rw_query indexes one rw_graph once (folded names, facts per entity) and then answers each
 * question by writing plain text to a FILE* the caller gives: one record a line, fields separated
 * by tabs, so the output reads in a terminal and pipes into cut, sort and awk. Nothing here runs
 * SQL except rw_query_show()'s merge history, which asks the store (store.h) when one is given.
 */
#ifndef RW_QUERY_H
#define RW_QUERY_H

#include <stdio.h>

#include "base/error.h"
#include "extract/text.h"
#include "graph/graph.h"
#include "graph/store.h"

typedef struct rw_query rw_query;

/* Indexes `g`, which must outlive the query. `tx` (may be NULL: names compare as written) folds
 * names and search text. NULL and err when memory runs out. */
rw_query *rw_query_new(const rw_graph *g, rw_text *tx, rw_error *err);
void rw_query_free(rw_query *q);

/* The entity named by `ref`: its id, else any of its names in any folding (Arabic with or without
 * hamza and harakat, English in any case). When several entities share the name, the one with the
 * most facts. NULL when none. */
const rw_gentity *rw_query_find(rw_query *q, const char *ref);
/* Facts that involve the entity (as subject, object or place). */
size_t rw_query_fact_count(const rw_query *q, const rw_gentity *e);

typedef struct rw_entity_filter {
    int kind;           /* an rw_kind, or -1 for every kind */
    const char *search; /* keep entities with a name or id containing this (folded); NULL = all */
    size_t limit;       /* at most this many lines; 0 = all */
} rw_entity_filter;

/* `rawabit entities`: "ID<TAB>KIND<TAB>FACTS<TAB>LABEL_EN<TAB>LABEL_AR" per entity, most facts
 * first (then by id). Returns the number of lines written, or -1 and err on a write error. */
long rw_query_entities(rw_query *q, const rw_entity_filter *f, FILE *out, rw_error *err);

/* `rawabit show`: "FIELD<TAB>VALUE..." lines: id, kind, label_en, label_ar, country, one "name"
 * per name, "facts" and "facts.REL" counts, one "role<TAB>OFFICE@CC<TAB>DATE<TAB>DOC" per
 * holds_role fact, one "fact<TAB>" + the neighbours fields (below) + "<TAB>EVIDENCE" per fact by
 * date, and, when `store` is not NULL, one "merge<TAB>REASON<TAB>NAME<TAB>DOC" per merge that
 * made the entity (store.h). 0, or an error status. */
int rw_query_show(rw_query *q, const rw_gentity *e, rw_store *store, FILE *out, rw_error *err);

typedef struct rw_neighbor_filter {
    unsigned rel_mask; /* bit (1u << rel) per relation kept; 0 = all */
    rw_date from, to;  /* keep facts dated inside [from, to] (a partial bound covers its whole
                          month or year); when either is set, undated facts
                          are dropped (as in rw_graph_filter) */
    int asserted_only; /* drop planned and negated facts: a meeting that did not happen is no link */
} rw_neighbor_filter;

/* `rawabit neighbors`: one line per fact touching the entity, by date (undated last):
 * "DATE<TAB>REL<TAB>DIRECTION<TAB>OTHER_ID<TAB>OTHER_LABEL_EN<TAB>MODALITY<TAB>DOC" where
 * DIRECTION is "->" (the entity is the subject), "<-" (the object) or "@" (the place). A fact
 * without another side (holds_role) shows "-" for the other. Returns the lines written or -1. */
long rw_query_neighbors(rw_query *q, const rw_gentity *e, const rw_neighbor_filter *f, FILE *out,
                        rw_error *err);

/* `rawabit path`: the shortest chain of kept facts from a to b (breadth-first, facts taken as
 * undirected links subject-object and subject-place), at most max_hops long (0 = no limit). Writes
 * one line per hop: "FROM_ID<TAB>REL<TAB>TO_ID<TAB>DATE<TAB>DOC<TAB>FACT_ID". Returns the number
 * of hops (0 when a == b), -1 with err RW_EINPUT when no path exists, or -1 on other errors. */
long rw_query_path(rw_query *q, const rw_gentity *a, const rw_gentity *b,
                   const rw_neighbor_filter *f, size_t max_hops, FILE *out, rw_error *err);

#endif
