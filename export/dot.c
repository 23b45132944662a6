/*
 * dot.c - the graph as a Graphviz diagram: DOT source, or SVG / PNG / PDF rendered in-process.
 *
 * The diagram is built with cgraph (agopen/agnode/agedge/agsafeset) and never printed by hand:
 * cgraph quotes every name and attribute when it writes DOT, and gvc lays out and renders the
 * same in-memory graph. The one escaping this file owns is Graphviz's label "escString" syntax,
 * in which a backslash starts an escape (\n, \N...): label_text() doubles backslashes so a name
 * containing one shows as written.
 *
 * One node per delivered entity, styled by kind; one edge per merged edge (graph.h), labelled
 * with its relation and dates, its pen width growing with the number of facts. met/phoned are
 * undirected (dir=none) in a directed graph, so visited and the statements keep their arrows.
 * PNG and PDF go through cairo/pango, which shapes Arabic and lays it out right to left; the
 * "gd" renderers do neither.
 *
 * The layout engine and its attributes are chosen by the size of the graph (choose_layout()), so
 * a corpus-sized picture keeps a readable shape: dot only for a handful of nodes (beyond, its
 * ranks make a strip many times wider than high); neato for up to a few hundred, with overlap
 * removal and components packed into a square; sfdp beyond; fdp when actors are grouped by
 * country, the one force layout that draws clusters. The engine is also written into the DOT
 * source (layout=...), so `dot -Tpng graph.dot` draws the same picture. A legend (the node kinds
 * and line styles) is the graph's label, an HTML-like table that every engine places.
 */
#include <gvc.h>
#include <math.h>
#include <string.h>

#include "export/render.h"

/* Up to SMALL_GRAPH_NODES, dot's ranks read well; up to LARGE_GRAPH_NODES and LARGE_GRAPH_EDGES
 * neato (stress majorisation, quadratic in nodes) takes a few seconds; beyond, sfdp (multilevel)
 * keeps it to seconds. Up to CURVED_EDGES edges, edges are routed around nodes as splines; beyond,
 * routing costs more than it helps and edges are straight. */
enum {
    SMALL_GRAPH_NODES = 12,
    LARGE_GRAPH_NODES = 400,
    LARGE_GRAPH_EDGES = 1500,
    CURVED_EDGES = 300
};

/* The kinds and line styles, shared by the nodes and the legend. */
static const char *const kind_shapes[RW_KIND_COUNT] = {[RW_KIND_PERSON] = "ellipse",
                                                       [RW_KIND_ORG] = "box",
                                                       [RW_KIND_PLACE] = "house",
                                                       [RW_KIND_GROUP] = "ellipse"};
static const char *const kind_colours[RW_KIND_COUNT] = {[RW_KIND_PERSON] = "#dbe9f6",
                                                        [RW_KIND_ORG] = "#f6e7d0",
                                                        [RW_KIND_PLACE] = "#dff0d8",
                                                        [RW_KIND_GROUP] = "#eeeeee"};

/* Graphviz reports problems (a bitmap scaled down to fit, a font not found) on stderr; library
 * code must not print, and a failure still comes back as a return code, so they are dropped while
 * this file runs Graphviz. */
static int quiet(char *msg)
{
    (void)msg;
    return 0;
}

/* Graphviz reads labels as escStrings: backslash escapes are interpreted, so a literal backslash
 * is doubled; a newline is kept as a newline (a centred line break either way). It also decodes
 * HTML entities in labels, so "&#x1;" in a name would become a raw control byte in SVG (invalid
 * XML) and PNG: & is written as &amp;, which Graphviz decodes back to &. Characters XML cannot
 * carry become U+FFFD first (rw_export_xml_clean). */
static const char *label_text(const char *s, rw_buf *b)
{
    rw_buf clean = {0};
    s = rw_export_xml_clean(s, &clean);
    rw_buf_reset(b);
    for (; *s; s++) {
        if (*s == '\\') rw_buf_putc(b, '\\');
        if (*s == '&')
            rw_buf_puts(b, "&amp;");
        else
            rw_buf_putc(b, *s);
    }
    rw_buf_free(&clean);
    return rw_buf_str(b);
}

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, "");
}

static void style_node(Agnode_t *n, const rw_gentity *e, rw_label_lang labels, rw_buf *tmp,
                       rw_buf *esc)
{
    set(n, "label", label_text(rw_export_label(e, labels, tmp), esc));
    set(n, "shape", kind_shapes[e->kind < RW_KIND_COUNT ? e->kind : RW_KIND_PERSON]);
    set(n, "fillcolor", kind_colours[e->kind < RW_KIND_COUNT ? e->kind : RW_KIND_PERSON]);
    set(n, "style", e->kind == RW_KIND_GROUP ? "filled,dashed" : "filled");
    set(n, "kind", rw_kind_name(e->kind));
}

static int add_edge(Agraph_t *g, const rw_gedge *e, rw_buf *dates, rw_buf *label, rw_error *err)
{
    Agnode_t *a = rw_export_agnode(g, e->a->id, 0), *b = rw_export_agnode(g, e->b->id, 0);
    Agedge_t *edge = a && b ? agedge(g, a, b, NULL, 1) : NULL;
    if (!edge)
        return rw_error_set(err, RW_EINTERNAL, "DOT export: cgraph could not add the edge %s -> %s",
                            e->a->id, e->b->id);
    rw_edge_summary s = rw_export_edge_summary(e, ", ", dates);
    rw_buf_reset(label);
    rw_buf_puts(label, rw_rel_name(e->rel));
    /* The office is what a holds_role edge means; the first fact's wording stands for all. */
    if (e->rel == RW_REL_HOLDS_ROLE && e->facts[0]->role) {
        rw_buf esc = {0};
        rw_buf_printf(label, "\n%s", label_text(e->facts[0]->role, &esc));
        rw_buf_free(&esc);
    }
    /* Counts, never a list of dates: one meeting printed thirty times is one meeting. */
    rw_buf_printf(label, "\n%s", rw_export_edge_counts(e, dates));
    char num[32];
    set(edge, "label", rw_buf_str(label)); /* the role is escaped above; the rest is ours */
    set(edge, "rel", rw_rel_name(e->rel));
    /* The weight is what happened, not how often it was printed (reports for a condition). */
    size_t weight = rw_rel_is_happening(e->rel) ? e->meetings : e->reports;
    snprintf(num, sizeof num, "%zu", weight);
    set(edge, "weight", num);
    snprintf(num, sizeof num, "%.1f", 1.0 + 1.5 * log2((double)weight));
    set(edge, "penwidth", num);
    if (rw_rel_is_symmetric(e->rel)) set(edge, "dir", "none");
    if (s.modality == RW_MOD_PLANNED) set(edge, "style", "dashed");
    if (s.modality == RW_MOD_NEGATED) set(edge, "style", "dotted");
    return 0;
}

/* Draws the node inside its country's box (a subgraph named cluster_XX, which the engines that
 * draw clusters, dot and fdp, outline and label). */
static void put_in_country(Agraph_t *g, Agnode_t *n, const char *country, rw_buf *name)
{
    rw_buf_reset(name);
    rw_buf_printf(name, "cluster_%s", country);
    Agraph_t *box = agsubg(g, (char *)rw_buf_str(name), 0);
    if (!box) {
        box = agsubg(g, (char *)rw_buf_str(name), 1);
        if (!box) return;
        set(box, "label", country);
        set(box, "style", "rounded,dashed");
        set(box, "color", "#8899aa");
    }
    agsubnode(box, n, 1);
}

/* The legend: node kinds and line styles, as an HTML-like table in the graph's label. Only fixed
 * text goes in it, so nothing needs escaping. */
static void add_legend(Agraph_t *g)
{
    static const char *const names[RW_KIND_COUNT] = {[RW_KIND_PERSON] = "person",
                                                     [RW_KIND_ORG] = "organisation",
                                                     [RW_KIND_PLACE] = "place",
                                                     [RW_KIND_GROUP] = "group (dashed)"};
    rw_buf t = {0};
    rw_buf_puts(&t, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"4\" CELLPADDING=\"3\">"
                    "<TR><TD BORDER=\"0\">legend</TD>");
    for (int k = 0; k < RW_KIND_COUNT; k++)
        if (names[k])
            rw_buf_printf(&t, "<TD BGCOLOR=\"%s\">%s</TD>", kind_colours[k], names[k]);
    rw_buf_puts(&t, "<TD BORDER=\"0\">line: asserted ——  planned – – –  negated ·······</TD>"
                    "<TD BORDER=\"0\">width: number of reports; met, phoned without arrow</TD>"
                    "</TR></TABLE>");
    char *html = agstrdup_html(g, (char *)rw_buf_str(&t));
    if (html) {
        agsafeset(g, "label", html, "");
        agstrfree(g, html);
    }
    set(g, "labelloc", "b");
    set(g, "fontsize", "12");
    rw_buf_free(&t);
}

/* Sets the engine and the attributes that keep the picture readable at this size; returns the
 * engine's name (see the file comment). */
static const char *choose_layout(Agraph_t *g, const rw_export_opts *opts)
{
    int nodes = agnnodes(g), edges = agnedges(g);
    const char *engine = opts->cluster_by_country            ? "fdp"
                         : nodes <= SMALL_GRAPH_NODES        ? "dot"
                         : nodes <= LARGE_GRAPH_NODES &&
                                   edges <= LARGE_GRAPH_EDGES ? "neato"
                                                             : "sfdp";
    set(g, "layout", engine);
    if (strcmp(engine, "dot") == 0) {
        set(g, "rankdir", "LR"); /* names are wider than tall: ranks side by side stay compact */
        return engine;
    }
    set(g, "overlap", "prism"); /* move nodes apart until no two labels overlap */
    set(g, "sep", "+8");
    set(g, "esep", "+4");
    set(g, "splines", edges <= CURVED_EDGES ? "true" : "false");
    set(g, "pack", "true"); /* components side by side in a square, not in a row */
    set(g, "packmode", "graph");
    if (strcmp(engine, "neato") == 0) set(g, "mode", "sgd");
    return engine;
}

static Agraph_t *build(rw_graph_iter *it, const rw_export_opts *opts, rw_error *err)
{
    Agraph_t *g = agopen("rawabit", Agdirected, NULL);
    if (!g) {
        rw_error_set(err, RW_ENOMEM, "DOT export: cgraph could not open a graph");
        return NULL;
    }
    set(g, "charset", "UTF-8");
    agattr(g, AGRAPH, "fontname", "Noto Sans");
    agattr(g, AGNODE, "fontname", "Noto Sans Arabic");
    agattr(g, AGEDGE, "fontname", "Noto Sans Arabic");
    agattr(g, AGEDGE, "fontsize", "10");
    rw_buf a = {0}, b = {0};
    int rc = 0;
    for (rw_event ev; !rc && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (ev == RW_EV_ENTITY) {
            const rw_gentity *e = rw_graph_iter_entity(it);
            Agnode_t *n = rw_export_agnode(g, e->id, 1);
            if (!n)
                rc = rw_error_set(err, RW_EINTERNAL, "DOT export: cgraph could not add node %s",
                                  e->id);
            else
                style_node(n, e, opts->labels, &a, &b);
            if (n && opts->cluster_by_country && e->country && *e->country)
                set(n, "country", e->country);
        } else if (ev == RW_EV_EDGE) {
            rc = add_edge(g, rw_graph_iter_edge(it), &a, &b, err);
        }
    }
    rw_buf_free(&b);
    if (rc) {
        rw_buf_free(&a);
        agclose(g);
        return NULL;
    }
    /* A place named only as where a meeting happened, or an actor whose only facts draw no line
     * (holds_role), would stand alone and clutter the picture: a diagram shows connections.
     * When nothing at all is connected, the lone nodes are all there is, so they stay. */
    if (agnedges(g) > 0) {
        Agnode_t *next;
        for (Agnode_t *n = agfstnode(g); n; n = next) {
            next = agnxtnode(g, n);
            if (!agfstedge(g, n)) agdelnode(g, n);
        }
    }
    /* Boxes only for the countries of nodes that stay (an empty box would still be drawn). */
    if (opts->cluster_by_country)
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
            const char *country = agget(n, "country");
            if (country && *country) put_in_country(g, n, country, &a);
        }
    rw_buf_free(&a);
    add_legend(g);
    choose_layout(g, opts);
    return g;
}

int rw_export_dot_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                         FILE *out, rw_error *err)
{
    Agraph_t *g = build(it, opts, err);
    if (!g) return err->code;
    if (fmt == RW_EXPORT_DOT) {
        int rc = agwrite(g, out);
        agclose(g);
        return rc ? rw_error_set(err, RW_EIO, "DOT export: cgraph could not write the graph") : 0;
    }
    const char *renderer = fmt == RW_EXPORT_SVG   ? "svg"
                           : fmt == RW_EXPORT_PNG ? "png:cairo"
                                                  : "pdf:cairo";
    const char *layout = agget(g, "layout");
    int rc = 0;
    agusererrf previous = agseterrf(quiet);
    GVC_t *gvc = gvContext();
    if (!gvc) {
        rc = rw_error_set(err, RW_ENOMEM, "%s export: could not start Graphviz", renderer);
    } else if (gvLayout(gvc, g, layout) != 0) {
        rc = rw_error_set(err, RW_EINTERNAL, "%s export: Graphviz layout \"%s\" failed on %d nodes",
                          renderer, layout, agnnodes(g));
    } else {
        /* Rendered into memory, then written here: Graphviz's own writer calls exit(1) when a
         * write fails (a full disk), which would end the process without a word and leave a
         * temporary file behind. */
        char *data = NULL;
        unsigned int len = 0;
        if (gvRenderData(gvc, g, renderer, &data, &len) != 0)
            rc = rw_error_set(err, RW_EINTERNAL,
                              "%s export: Graphviz has no \"%s\" renderer (is the cairo plugin "
                              "installed?)",
                              renderer, renderer);
        else if (len && fwrite(data, 1, len, out) != len)
            rc = rw_error_set(err, RW_EIO, "%s export: writing the output failed", renderer);
        if (data) gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    if (gvc) gvFreeContext(gvc);
    agseterrf(previous);
    return rc;
}
