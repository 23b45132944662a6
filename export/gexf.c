/*
 * gexf.c - GEXF 1.2 (https://gexf.net/), Gephi's own format, through libxml2's xmlTextWriter.
 *
 * Same content as GraphML: typed node attributes (kind, label_ar, label_en, country) and edge
 * attributes (rel, meetings, reports, modality, confidence, first, last, dates, facts), with the edge's weight and
 * label in GEXF's own attributes. All edges are directed: networkx refuses GEXF that mixes
 * type="undirected" edges into a directed graph, so met/phoned carry symmetric=true instead.
 * GEXF wants <nodes> then <edges>, which is the iterator's order. xmlTextWriter escapes every
 * attribute value; rw_export_xml_clean() drops what XML cannot carry.
 */
#include <libxml/xmlwriter.h>

#include "export/render.h"

typedef struct att_decl {
    const char *id, *type;
} att_decl;

static const att_decl node_atts[] = {
    {"kind", "string"}, {"label_ar", "string"}, {"label_en", "string"}, {"country", "string"}};
static const att_decl edge_atts[] = {
    {"rel", "string"},   {"symmetric", "boolean"}, {"meetings", "integer"}, {"reports", "integer"},
    {"modality", "string"}, {"confidence", "double"},
    {"first", "string"}, {"last", "string"},       {"dates", "string"},    {"facts", "string"}};

/* <attvalue for="id" value="..."/>, nothing for NULL or "". */
static void attvalue(rw_xml_out *x, const char *id, const char *value)
{
    if (!value || !*value) return;
    rw_xml_start(x, "attvalue");
    rw_xml_attr(x, "for", id);
    rw_xml_attr(x, "value", value);
    rw_xml_end(x);
}

static void declare(rw_xml_out *x, const char *cls, const att_decl *atts, size_t n)
{
    rw_xml_start(x, "attributes");
    rw_xml_attr(x, "class", cls);
    for (size_t i = 0; i < n; i++) {
        rw_xml_start(x, "attribute");
        rw_xml_attr(x, "id", atts[i].id);
        rw_xml_attr(x, "title", atts[i].id);
        rw_xml_attr(x, "type", atts[i].type);
        rw_xml_end(x);
    }
    rw_xml_end(x);
}

static void node(rw_xml_out *x, const rw_gentity *e, rw_label_lang labels)
{
    rw_xml_start(x, "node");
    rw_xml_attr(x, "id", e->id);
    rw_xml_attr(x, "label", rw_export_label(e, labels, &x->tmp));
    rw_xml_start(x, "attvalues");
    attvalue(x, "kind", rw_kind_name(e->kind));
    attvalue(x, "label_ar", e->label_ar);
    attvalue(x, "label_en", e->label_en);
    attvalue(x, "country", e->country);
    rw_xml_end(x);
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
    rw_xml_attr(x, "label", rw_rel_name(e->rel));
    snprintf(num, sizeof num, "%zu", e->weight);
    rw_xml_attr(x, "weight", num);
    rw_xml_start(x, "attvalues");
    attvalue(x, "rel", rw_rel_name(e->rel));
    attvalue(x, "symmetric", rw_rel_is_symmetric(e->rel) ? "true" : "false");
    snprintf(num, sizeof num, "%zu", e->meetings);
    attvalue(x, "meetings", num);
    snprintf(num, sizeof num, "%zu", e->reports);
    attvalue(x, "reports", num);
    attvalue(x, "modality", rw_modality_name(s.modality));
    snprintf(num, sizeof num, "%.2f", (double)s.confidence);
    attvalue(x, "confidence", num);
    rw_date_format(e->first, first);
    rw_date_format(e->last, last);
    attvalue(x, "first", first);
    attvalue(x, "last", last);
    attvalue(x, "dates", rw_buf_str(&x->tmp));
    attvalue(x, "facts", rw_export_edge_fact_ids(e, ";", &x->tmp2));
    rw_xml_end(x);
    rw_xml_end(x);
}

int rw_export_gexf_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                          FILE *out, rw_error *err)
{
    (void)fmt;
    rw_xml_out x;
    if (rw_xml_open(&x, out))
        return rw_error_set(err, RW_ENOMEM, "GEXF export: could not open the writer");
    rw_xml_start(&x, "gexf");
    rw_xml_attr(&x, "xmlns", "http://www.gexf.net/1.2draft");
    rw_xml_attr(&x, "version", "1.2");
    rw_xml_start(&x, "meta");
    rw_xml_start(&x, "creator");
    rw_xml_text(&x, "rawabit");
    rw_xml_end(&x);
    rw_xml_end(&x);
    rw_xml_start(&x, "graph");
    rw_xml_attr(&x, "mode", "static");
    rw_xml_attr(&x, "defaultedgetype", "directed");
    declare(&x, "node", node_atts, sizeof node_atts / sizeof node_atts[0]);
    declare(&x, "edge", edge_atts, sizeof edge_atts / sizeof edge_atts[0]);
    rw_xml_start(&x, "nodes");
    int in_nodes = 1;
    size_t n_edges = 0;
    for (rw_event ev; !x.bad && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if ((ev == RW_EV_EDGE || ev == RW_EV_END) && in_nodes) {
            rw_xml_end(&x); /* </nodes> */
            rw_xml_start(&x, "edges");
            in_nodes = 0;
        }
        if (ev == RW_EV_ENTITY)
            node(&x, rw_graph_iter_entity(it), opts->labels);
        else if (ev == RW_EV_EDGE)
            edge(&x, rw_graph_iter_edge(it), n_edges++);
    }
    return rw_xml_close(&x) ? rw_error_set(err, RW_EIO, "GEXF export: xmlTextWriter failed") : 0;
}
