/*
 * graph_ext.h - what graph.c offers beyond graph.h to the rest of graph/: the stable fact id, and
 * one slot where the in-memory merger (merge.c) keeps its indexes beside the graph it builds.
 *
 * Kept out of graph.h because exporters have no business with either.
 */
#ifndef RW_GRAPH_EXT_H
#define RW_GRAPH_EXT_H

#include "graph/graph.h"

/* The stable id of a fact: 16 hex digits of rw_hash64 over its document id, sentence, relation
 * and the ids of subject, object and place ("" for none). Written into out (17 bytes). The store
 * and the graph use the same function, so a fact has one id wherever it is printed. */
void rw_graph_fact_id(const char *doc_id, uint32_t sentence, rw_rel rel, const char *subj_id,
                      const char *obj_id, const char *place_id, char out[17]);

/* Attaches `ext` to the graph; `free_ext` (may be NULL) is called on it by rw_graph_free() or
 * when another value replaces it. */
void rw_graph_set_ext(rw_graph *g, void *ext, void (*free_ext)(void *));
void *rw_graph_ext(const rw_graph *g);

/* Computes the events (events.h) unless they are up to date with the facts; 0 or RW_ENOMEM.
 * The graph is logically const: events are a cache of a function of its facts. */
int rw_graph_ensure_events(const rw_graph *g, rw_error *err);

/* The fact at index i, writable: events.c sets each fact's `event`. NULL past the end. */
rw_gfact *rw_graph_fact_mut(rw_graph *g, size_t i);

/* The fact with this id, NULL when none. */
const rw_gfact *rw_graph_find_fact(const rw_graph *g, const char *id);

#endif
