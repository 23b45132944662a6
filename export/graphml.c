/*
 * graphml.c - GraphML (http://graphml.graphdrawing.org/) through libxml2's xmlTextWriter, for
 * networkx (nx.read_graphml), Gephi, yEd and Cytoscape.
 *
 * Typed attributes are declared once as <key>s (the key id is the attribute name, so tools show
 * readable columns): nodes carry kind, label, label_ar, label_en, country; edges carry rel,
 * symmetric, weight, modality, confidence, first, last, dates and the ids of their facts. The
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
    {"symmetric", "edge", "boolean"}, {"weight", "edge", "int"},     {"modality", "edge", "string"},
    {"confidence", "edge", "double"}, {"first", "edge", "string"},   {"last", "edge", "string"},
    {"dates", "edge", "string"},      {"facts", "edge", "string"},
};

typedef struct gml {
    xmlTextWriterPtr w;
    rw_buf clean, tmp, tmp2;
    int bad;
} gml;

/* <data key="key">value</data>; nothing for NULL so a missing country stays missing. */
static void data(gml *x, const char *key, const char *value)
{
    if (!value || x->bad) return;
    x->bad = xmlTextWriterStartElement(x->w, BAD_CAST "data") < 0 ||
             xmlTextWriterWriteAttribute(x->w, BAD_CAST "key", BAD_CAST key) < 0 ||
             xmlTextWriterWriteString(x->w, BAD_CAST rw_export_xml_clean(value, &x->clean)) < 0 ||
             xmlTextWriterFullEndElement(x->w) < 0;
}

static void attr(gml *x, const char *name, const char *value)
{
    if (!x->bad)
        x->bad = xmlTextWriterWriteAttribute(x->w, BAD_CAST name,
                                             BAD_CAST rw_export_xml_clean(value, &x->clean)) < 0;
}

static void start(gml *x, const char *name)
{
    if (!x->bad) x->bad = xmlTextWriterStartElement(x->w, BAD_CAST name) < 0;
}

static void end(gml *x)
{
    if (!x->bad) x->bad = xmlTextWriterEndElement(x->w) < 0;
}

static void node(gml *x, const rw_gentity *e, rw_label_lang labels)
{
    start(x, "node");
    attr(x, "id", e->id);
    data(x, "kind", rw_kind_name(e->kind));
    data(x, "label", rw_export_label(e, labels, &x->tmp));
    data(x, "label_ar", e->label_ar);
    data(x, "label_en", e->label_en);
    data(x, "country", e->country);
    end(x);
}

static void edge(gml *x, const rw_gedge *e, size_t n)
{
    rw_edge_summary s = rw_export_edge_summary(e, ";", &x->tmp);
    char num[32], first[11], last[11];
    start(x, "edge");
    snprintf(num, sizeof num, "e%zu", n);
    attr(x, "id", num);
    attr(x, "source", e->a->id);
    attr(x, "target", e->b->id);
    data(x, "rel", rw_rel_name(e->rel));
    data(x, "symmetric", rw_rel_is_symmetric(e->rel) ? "true" : "false");
    snprintf(num, sizeof num, "%zu", e->weight);
    data(x, "weight", num);
    data(x, "modality", rw_modality_name(s.modality));
    snprintf(num, sizeof num, "%.2f", (double)s.confidence);
    data(x, "confidence", num);
    rw_date_format(e->first, first);
    rw_date_format(e->last, last);
    if (*first) data(x, "first", first);
    if (*last) data(x, "last", last);
    if (s.n_dates) data(x, "dates", rw_buf_str(&x->tmp));
    data(x, "facts", rw_export_edge_fact_ids(e, ";", &x->tmp2));
    end(x);
}

int rw_export_graphml_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                             FILE *out, rw_error *err)
{
    (void)fmt;
    gml x = {rw_export_xml_writer(out), {0}, {0}, {0}, 0};
    if (!x.w) return rw_error_set(err, RW_ENOMEM, "GraphML export: could not open the writer");
    x.bad = xmlTextWriterStartDocument(x.w, NULL, "UTF-8", NULL) < 0;
    start(&x, "graphml");
    attr(&x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        start(&x, "key");
        attr(&x, "id", keys[i].id);
        attr(&x, "for", keys[i].domain);
        attr(&x, "attr.name", keys[i].id);
        attr(&x, "attr.type", keys[i].type);
        end(&x);
    }
    start(&x, "graph");
    attr(&x, "id", "rawabit");
    attr(&x, "edgedefault", "directed");
    size_t n_edges = 0;
    for (rw_event ev; !x.bad && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (ev == RW_EV_ENTITY)
            node(&x, rw_graph_iter_entity(it), opts->labels);
        else if (ev == RW_EV_EDGE)
            edge(&x, rw_graph_iter_edge(it), n_edges++);
    }
    if (!x.bad) x.bad = xmlTextWriterEndDocument(x.w) < 0;
    xmlFreeTextWriter(x.w);
    rw_buf_free(&x.clean);
    rw_buf_free(&x.tmp);
    rw_buf_free(&x.tmp2);
    return x.bad ? rw_error_set(err, RW_EIO, "GraphML export: xmlTextWriter failed") : 0;
}
