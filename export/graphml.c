/*
 * graphml.c - GraphML (http://graphml.graphdrawing.org/) through libxml2's xmlTextWriter, for
 * networkx (nx.read_graphml), Gephi, yEd and Cytoscape.
 *
 * Typed attributes are declared once as <key>s (the key id is the attribute name, so tools show
 * readable columns): nodes carry kind, label, label_ar, label_en, country; edges carry rel,
 * symmetric, weight, meetings (distinct events), reports (sources of those events), modality, confidence, first, last, dates and the ids of their facts. The
 * graph is directed and every edge keeps that default: networkx refuses a file that mixes in
 * directed="false" edges, so met/phoned say symmetric=true instead (their source is the lower
 * entity index, as in every export). xmlTextWriter escapes everything it writes;
 * rw_export_xml_clean() drops what XML cannot carry.
 */
#include <libxml/xmlwriter.h>

#include "export/render.h"

typedef struct key_decl {
    const char *id, *domain, *type;
} key_decl;

static const key_decl keys[] = {
    {"kind", "node", "string"},       {"label", "node", "string"},   {"label_ar", "node", "string"},
    {"label_en", "node", "string"},   {"country", "node", "string"}, {"rel", "edge", "string"},
    {"symmetric", "edge", "boolean"}, {"weight", "edge", "int"},     {"meetings", "edge", "int"},
    {"reports", "edge", "int"},       {"modality", "edge", "string"},
    {"confidence", "edge", "double"}, {"first", "edge", "string"},   {"last", "edge", "string"},
    {"dates", "edge", "string"},      {"facts", "edge", "string"},
};

/* <data key="key">value</data>; nothing for NULL so a missing country stays missing. */
static void data(rw_xml_out *x, const char *key, const char *value)
{
    if (!value) return;
    rw_xml_start(x, "data");
    rw_xml_attr(x, "key", key);
    rw_xml_text(x, value);
    if (!x->bad) x->bad = xmlTextWriterFullEndElement(x->w) < 0; /* <data key="k"></data> for "" */
}

static void node(rw_xml_out *x, const rw_gentity *e, rw_label_lang labels)
{
    rw_xml_start(x, "node");
    rw_xml_attr(x, "id", e->id);
    data(x, "kind", rw_kind_name(e->kind));
    data(x, "label", rw_export_label(e, labels, &x->tmp));
    data(x, "label_ar", e->label_ar);
    data(x, "label_en", e->label_en);
    data(x, "country", e->country);
    rw_xml_end(x);
}

static void edge(rw_xml_out *x, const rw_gedge *e, size_t n)
{
    rw_edge_summary s = rw_export_edge_summary(e, ";", &x->tmp);
    char num[32], first[11], last[11];
    rw_xml_start(x, "edge");
    snprintf(num, sizeof num, "e%zu", n);
    rw_xml_attr(x, "id", num);
    rw_xml_attr(x, "source", e->a->id);
    rw_xml_attr(x, "target", e->b->id);
    data(x, "rel", rw_rel_name(e->rel));
    data(x, "symmetric", rw_rel_is_symmetric(e->rel) ? "true" : "false");
    snprintf(num, sizeof num, "%zu", e->weight);
    data(x, "weight", num);
    snprintf(num, sizeof num, "%zu", e->meetings);
    data(x, "meetings", num);
    snprintf(num, sizeof num, "%zu", e->reports);
    data(x, "reports", num);
    data(x, "modality", rw_modality_name(s.modality));
    snprintf(num, sizeof num, "%.2f", (double)s.confidence);
    data(x, "confidence", num);
    rw_date_format(e->first, first);
    rw_date_format(e->last, last);
    if (*first) data(x, "first", first);
    if (*last) data(x, "last", last);
    if (s.n_dates) data(x, "dates", rw_buf_str(&x->tmp));
    data(x, "facts", rw_export_edge_fact_ids(e, ";", &x->tmp2));
    rw_xml_end(x);
}

int rw_export_graphml_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                             FILE *out, rw_error *err)
{
    (void)fmt;
    rw_xml_out x;
    if (rw_xml_open(&x, out))
        return rw_error_set(err, RW_ENOMEM, "GraphML export: could not open the writer");
    rw_xml_start(&x, "graphml");
    rw_xml_attr(&x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        rw_xml_start(&x, "key");
        rw_xml_attr(&x, "id", keys[i].id);
        rw_xml_attr(&x, "for", keys[i].domain);
        rw_xml_attr(&x, "attr.name", keys[i].id);
        rw_xml_attr(&x, "attr.type", keys[i].type);
        rw_xml_end(&x);
    }
    rw_xml_start(&x, "graph");
    rw_xml_attr(&x, "id", "rawabit");
    rw_xml_attr(&x, "edgedefault", "directed");
    size_t n_edges = 0;
    for (rw_event ev; !x.bad && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (ev == RW_EV_ENTITY)
            node(&x, rw_graph_iter_entity(it), opts->labels);
        else if (ev == RW_EV_EDGE)
            edge(&x, rw_graph_iter_edge(it), n_edges++);
    }
    return rw_xml_close(&x) ? rw_error_set(err, RW_EIO, "GraphML export: xmlTextWriter failed")
                            : 0;
}
