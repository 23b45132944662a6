/*
 * export.h - the graph out, in the formats other tools read.
 *
 * One file per format in export/, each a renderer over rw_graph_iter (graph.h), in the manner of
 * cmark's renderers, with the escaping of its target syntax in exactly one place. Output is
 * streamed to a FILE; a caller that must not leave half-written files writes to a temporary file
 * and renames it (the CLI does).
 */
#ifndef RW_EXPORT_H
#define RW_EXPORT_H

#include <stdio.h>

#include "base/error.h"
#include "graph/graph.h"

typedef enum rw_export_format {
    RW_EXPORT_DOT,
    RW_EXPORT_SVG,
    RW_EXPORT_PNG,
    RW_EXPORT_PDF,
    RW_EXPORT_TURTLE,
    RW_EXPORT_NTRIPLES,
    RW_EXPORT_NQUADS,
    RW_EXPORT_RDFXML,
    RW_EXPORT_JSONLD,
    RW_EXPORT_GRAPHML,
    RW_EXPORT_GEXF,
    RW_EXPORT_CSV_NODES, /* nodes.csv */
    RW_EXPORT_CSV_EDGES, /* edges.csv */
    RW_EXPORT_JSONL,     /* the facts contract (docs/facts.md) */
    RW_EXPORT_HTML,      /* the interactive viewer, one self-contained page */
    RW_EXPORT_COUNT
} rw_export_format;

/* One merge that made an entity (graph/store.h keeps them): the name resolved, why, and the
 * article it was resolved in (NULL: a user decision). Strings valid during the callback only. */
typedef struct rw_export_merge {
    const char *name, *reason, *doc;
} rw_export_merge;
typedef int (*rw_export_merge_fn)(void *ctx, const rw_export_merge *m);

typedef struct rw_export_opts {
    rw_graph_filter filter;
    rw_label_lang labels; /* which labels diagrams show */
    const char *base_iri; /* RDF: IRIs are minted under it; NULL = "https://rawabit.org/id/";
                           * rw_export() refuses one that is not rw_export_base_is_valid() */
    int cluster_by_country; /* diagrams: draw actors of one country inside one box */
    /* HTML: where the viewer's "merges" come from. The graph does not hold them, so the caller
     * that has the store passes a function calling fn for each merge of the entity; NULL = none. */
    void (*merge_history)(void *source, const char *entity_id, rw_export_merge_fn fn, void *ctx);
    void *merge_source;
} rw_export_opts;

/* "dot", "svg", "png", "pdf", "ttl", "nt", "nq", "rdf", "jsonld", "graphml", "gexf",
 * "csv-nodes", "csv-edges", "jsonl", "html"; -1 when unknown. */
int rw_export_format_from_name(const char *name);
const char *rw_export_format_name(rw_export_format f);
/* Whether the format is binary (png, pdf): it must not go to a terminal. */
int rw_export_format_is_binary(rw_export_format f);

/* Whether `iri` can serve as the base of minted IRIs: an absolute IRI (RFC 3987: a scheme,
 * then ':'), with no space, control character or any of <>"{}|\^` that no IRI may hold. */
int rw_export_base_is_valid(const char *iri);

/* Writes the (filtered) graph to `out`. Returns 0, or a status with err set. */
int rw_export(const rw_graph *g, rw_export_format fmt, const rw_export_opts *opts, FILE *out,
              rw_error *err);

#endif
