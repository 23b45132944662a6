/*
 * render.h - what the exporters in export/ share (private to export/; users include export.h).
 *
 * rw_export() in export.c opens the iterator once and hands it to the renderer of the asked
 * format; each renderer walks the events (BEGIN, DOC*, ENTITY*, FACT*, EDGE*, END) and writes its
 * syntax to `out`. The helpers below are the pieces several formats need: labels as the user asked
 * for them, IRIs minted under the base, and the XSD type of a partial date.
 */
#ifndef RW_EXPORT_RENDER_H
#define RW_EXPORT_RENDER_H

#include <stdio.h>

#include "base/buf.h"
#include "export/export.h"

/* A renderer: walks `it` and writes `fmt` to `out`. `err` is never NULL (rw_export sees to it). */
typedef int (*rw_export_render_fn)(rw_graph_iter *it, rw_export_format fmt,
                                   const rw_export_opts *opts, FILE *out, rw_error *err);

int rw_export_dot_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                         FILE *out, rw_error *err);
int rw_export_rdf_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                         FILE *out, rw_error *err);
int rw_export_rdfxml_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                            FILE *out, rw_error *err);
int rw_export_jsonld_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                            FILE *out, rw_error *err);
int rw_export_graphml_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                             FILE *out, rw_error *err);
int rw_export_gexf_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                          FILE *out, rw_error *err);
int rw_export_csv_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                         FILE *out, rw_error *err);
int rw_export_html_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                          FILE *out, rw_error *err);
int rw_export_jsonl_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                           FILE *out, rw_error *err);

/* The label a diagram shows for `e`: Arabic, English, or "Arabic\nEnglish" (one of them when the
 * other is missing or equal). Written into `b` (reset first); returns rw_buf_str(b). */
const char *rw_export_label(const rw_gentity *e, rw_label_lang labels, rw_buf *b);

/* The contract label (docs/facts.md): the Arabic label, or the English one when there is none. */
const char *rw_export_main_label(const rw_gentity *e);

/* Appends base + kind + the percent-encoded id to `b` (reset first): every byte outside RFC 3986's
 * unreserved set is %XX-encoded, so any id makes a valid IRI. `kind` is "entity/", "fact/",
 * "doc/" or "". Returns rw_buf_str(b), or NULL when memory runs out. */
const char *rw_export_iri(rw_buf *b, const char *base, const char *kind, const char *id);

/* The cgraph name of the node of entity `id`: the id itself, or "id:" and the id when it starts
 * with '%' - cgraph takes such a name for one of its anonymous ones, maps it in a table of its
 * own and never frees it (a leak per graph; found by fuzzing). Written into `b` (reset first)
 * when changed; returns the name, or NULL when memory runs out. */
const char *rw_export_node_name(const char *id, rw_buf *b);

/* agnode() of that name in cgraph graph g: the node of entity `id`, created if `create`. */
struct Agraph_s;
struct Agnode_s;
struct Agnode_s *rw_export_agnode(struct Agraph_s *g, const char *id, int create);

/* opts->base_iri or the default "https://rawabit.org/id/". */
const char *rw_export_base(const rw_export_opts *opts);

/* The XSD datatype local name of a date's precision: "date", "gYearMonth" or "gYear". */
const char *rw_export_xsd_date_type(rw_date d);

/* The vocabulary of docs/rdf.md, shared by Turtle/N-Triples/N-Quads, RDF/XML and JSON-LD. */
#define RW_NS_RW "https://rawabit.org/ns#"
#define RW_NS_SEM "http://semanticweb.cs.vu.nl/2009/11/sem/"
#define RW_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RW_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define RW_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define RW_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define RW_NS_FOAF "http://xmlns.com/foaf/0.1/"
#define RW_NS_ORG "http://www.w3.org/ns/org#"
#define RW_NS_SCHEMA "https://schema.org/"
#define RW_NS_PROV "http://www.w3.org/ns/prov#"
#define RW_NS_DCT "http://purl.org/dc/terms/"

/* The class of a relation's event ("Meeting" for met), or NULL when the relation is a plain
 * statement rather than an event (leads, member_of, holds_role, alias_of). */
const char *rw_export_event_class(rw_rel r);
/* The rdf:type of an entity kind, as a full IRI (foaf:Person, org:Organization, schema:Place,
 * rw:Group). */
const char *rw_export_kind_class(rw_kind k);

/* ---- the RDF statements, shared by every RDF syntax ------------------------------------------ */

/* One RDF object: an IRI, or a literal with an optional language tag or datatype IRI. */
typedef struct rw_term {
    int is_literal;
    const char *value;
    const char *lang;     /* literal only; NULL = none */
    const char *datatype; /* literal only; full IRI, NULL = plain string */
} rw_term;

/* Receives one statement. `graph` is the named graph (the source article's IRI) or NULL for the
 * default graph; subjects and predicates are full IRIs. Returns 0, or non-zero to stop the walk
 * (the callback has set `err`). */
typedef int (*rw_triple_fn)(void *ctx, const char *graph, const char *subj, const char *pred,
                            const rw_term *obj, rw_error *err);

/* Walks the iterator and emits the statements of docs/rdf.md, one subject's statements together:
 * each document, each entity, each fact. Every RDF syntax is a serialiser behind this, so they all
 * carry exactly the same triples. Returns 0 or the callback's / an out-of-memory status. */
int rw_export_triples(rw_graph_iter *it, const rw_export_opts *opts, rw_triple_fn fn, void *ctx,
                      rw_error *err);

/* ---- XML ------------------------------------------------------------------------------------- */

/* XML 1.0 cannot carry most C0 control characters, U+FFFE, U+FFFF or surrogates, escaped or not.
 * Returns `s` itself when it is clean, else a copy in `b` with each such character replaced by
 * U+FFFD; NULL stays NULL. Graphviz labels go through it too, since SVG is XML. */
const char *rw_export_xml_clean(const char *s, rw_buf *b);

/* ---- merged edges ---------------------------------------------------------------------------- */

/* What a table or diagram says about one merged edge: the strongest modality among its facts
 * (asserted over planned over negated: one reported meeting is a meeting), the highest confidence,
 * and its distinct dates in order, joined by `sep` into `dates` (reset first). */
typedef struct rw_edge_summary {
    rw_modality modality;
    float confidence;
    size_t n_dates;
} rw_edge_summary;

rw_edge_summary rw_export_edge_summary(const rw_gedge *e, const char *sep, rw_buf *dates);

/* What an edge counts, for a label: "3 meetings · 11 reports · 2015-07-20 … 2015-08-03" (calls
 * for phoned, visits for visited; a single date when first and last are equal; no dates when
 * none is known). Conditions (holds_role, member_of...) are not happenings: "40 reports". Written
 * into `b` (reset first); returns rw_buf_str(b). Never a list of dates. */
const char *rw_export_edge_counts(const rw_gedge *e, rw_buf *b);

/* The ids of the edge's facts joined by `sep`, written into `b` (reset first); returns
 * rw_buf_str(b). Lets a table or graph file point back at each fact's provenance. */
const char *rw_export_edge_fact_ids(const rw_gedge *e, const char *sep, rw_buf *b);

/* The prefixes of the vocabulary, in the order prefixed syntaxes declare them: rw_export_ns(i)
 * gives prefix i ("rw") and its namespace, NULL past the end. */
const char *rw_export_ns(size_t i, const char **ns);
/* Splits a vocabulary IRI into its prefix and the local name that follows the namespace; returns
 * the prefix, or NULL when the IRI is under none of the namespaces. */
const char *rw_export_ns_split(const char *iri, const char **local);

/* An xmlTextWriter streaming to `out`, indented, or NULL when memory runs out. Free it with
 * xmlFreeTextWriter(), which flushes but does not close `out`. */
struct _xmlTextWriter *rw_export_xml_writer(FILE *out);

/* The element writer GraphML and GEXF share. Errors are sticky: after the first failure every
 * call does nothing and `bad` stays set, so a renderer writes straight through and checks once,
 * at rw_xml_close(). Every value goes through rw_export_xml_clean(), then xmlTextWriter escapes
 * it: XML escaping lives here and nowhere else in those two formats. tmp and tmp2 are scratch
 * buffers for the renderer. */
typedef struct rw_xml_out {
    struct _xmlTextWriter *w;
    rw_buf clean, tmp, tmp2;
    int bad;
} rw_xml_out;

/* Opens a writer on `out` and starts the document; -1 when memory runs out. */
int rw_xml_open(rw_xml_out *x, FILE *out);
void rw_xml_start(rw_xml_out *x, const char *element);
void rw_xml_end(rw_xml_out *x);
void rw_xml_attr(rw_xml_out *x, const char *name, const char *value);
void rw_xml_text(rw_xml_out *x, const char *text);
/* Ends the document and frees everything; returns 0, or -1 when any write failed. */
int rw_xml_close(rw_xml_out *x);

#endif
