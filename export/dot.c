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
 * "gd" renderers do neither. Large graphs are laid out with sfdp, as dot becomes too slow.
 */
#include <gvc.h>
#include <math.h>
#include <string.h>

#include "export/render.h"

/* Beyond this many nodes or edges the hierarchical "dot" layout takes minutes; sfdp takes
 * seconds. */
enum { LARGE_GRAPH_NODES = 400, LARGE_GRAPH_EDGES = 1500 };

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
    static const char *const shapes[RW_KIND_COUNT] = {[RW_KIND_PERSON] = "ellipse",
                                                      [RW_KIND_ORG] = "box",
                                                      [RW_KIND_PLACE] = "house",
                                                      [RW_KIND_GROUP] = "ellipse"};
    static const char *const colours[RW_KIND_COUNT] = {[RW_KIND_PERSON] = "#dbe9f6",
                                                       [RW_KIND_ORG] = "#f6e7d0",
                                                       [RW_KIND_PLACE] = "#dff0d8",
                                                       [RW_KIND_GROUP] = "#eeeeee"};
    set(n, "label", label_text(rw_export_label(e, labels, tmp), esc));
    set(n, "shape", shapes[e->kind < RW_KIND_COUNT ? e->kind : RW_KIND_PERSON]);
    set(n, "fillcolor", colours[e->kind < RW_KIND_COUNT ? e->kind : RW_KIND_PERSON]);
    set(n, "style", e->kind == RW_KIND_GROUP ? "filled,dashed" : "filled");
    set(n, "kind", rw_kind_name(e->kind));
}

static int add_edge(Agraph_t *g, const rw_gedge *e, rw_buf *dates, rw_buf *label, rw_error *err)
{
    Agnode_t *a = agnode(g, e->a->id, 0), *b = agnode(g, e->b->id, 0);
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

static Agraph_t *build(rw_graph_iter *it, const rw_export_opts *opts, rw_error *err)
{
    Agraph_t *g = agopen("rawabit", Agdirected, NULL);
    if (!g) {
        rw_error_set(err, RW_ENOMEM, "DOT export: cgraph could not open a graph");
        return NULL;
    }
    set(g, "charset", "UTF-8");
    set(g, "overlap", "false");
    agattr(g, AGNODE, "fontname", "Noto Sans Arabic");
    agattr(g, AGEDGE, "fontname", "Noto Sans Arabic");
    agattr(g, AGEDGE, "fontsize", "10");
    rw_buf a = {0}, b = {0};
    int rc = 0;
    for (rw_event ev; !rc && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (ev == RW_EV_ENTITY) {
            const rw_gentity *e = rw_graph_iter_entity(it);
            Agnode_t *n = agnode(g, e->id, 1);
            if (!n)
                rc = rw_error_set(err, RW_EINTERNAL, "DOT export: cgraph could not add node %s",
                                  e->id);
            else
                style_node(n, e, opts->labels, &a, &b);
        } else if (ev == RW_EV_EDGE) {
            rc = add_edge(g, rw_graph_iter_edge(it), &a, &b, err);
        }
    }
    rw_buf_free(&a);
    rw_buf_free(&b);
    if (rc) {
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
    const char *layout =
        agnnodes(g) > LARGE_GRAPH_NODES || agnedges(g) > LARGE_GRAPH_EDGES ? "sfdp" : "dot";
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
