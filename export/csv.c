/*
 * csv.c - nodes.csv and edges.csv (RFC 4180), in the column names Gephi's spreadsheet import and
 * pandas/networkx expect (Id, Label; Source, Target, Type, Weight).
 *
 * Every field goes through put_field(), the one place that quotes: a field holding a comma, a
 * quote, CR or LF is wrapped in quotes with its quotes doubled; a field a spreadsheet would run
 * as a formula (starting with = + - @ tab or CR) is quoted and prefixed with an apostrophe, as
 * OWASP recommends; anything else is written as is.
 * Lines end in CRLF as RFC 4180 says. One row per delivered entity (nodes) or merged edge (edges).
 */
#include "export/render.h"

#include <string.h>

/* Whether a spreadsheet would read the field as a formula (=, +, -, @) or strip its first
 * character (tab, CR): OWASP's "CSV injection" list. Such a field gets a leading apostrophe,
 * which spreadsheets show as text and do not display. */
static int formula_like(const char *s)
{
    return *s && strchr("=+-@\t\r", *s) != NULL;
}

static void put_field(FILE *out, const char *s, int last)
{
    if (!s) s = "";
    int neutralise = formula_like(s);
    if (neutralise || strpbrk(s, ",\"\r\n")) {
        fputc('"', out);
        if (neutralise) fputc('\'', out);
        for (; *s; s++) {
            if (*s == '"') fputc('"', out);
            fputc(*s, out);
        }
        fputc('"', out);
    } else {
        fputs(s, out);
    }
    fputs(last ? "\r\n" : ",", out);
}

static void put_row(FILE *out, const char *const *fields, size_t n)
{
    for (size_t i = 0; i < n; i++)
        put_field(out, fields[i], i + 1 == n);
}

static void node_row(FILE *out, const rw_gentity *e, rw_label_lang labels, rw_buf *label)
{
    /* One line per cell: "both" becomes the Arabic label, since a newline in Label shows badly. */
    rw_label_lang one = labels == RW_LABELS_EN ? RW_LABELS_EN : RW_LABELS_AR;
    const char *row[] = {
        e->id,     rw_export_label(e, one, label), rw_kind_name(e->kind), e->label_ar, e->label_en,
        e->country};
    put_row(out, row, sizeof row / sizeof row[0]);
}

static void edge_row(FILE *out, const rw_gedge *e, rw_buf *dates, rw_buf *ids)
{
    rw_edge_summary s = rw_export_edge_summary(e, ";", dates);
    char weight[32], meetings[32], reports[32], conf[16], first[11], last[11];
    snprintf(weight, sizeof weight, "%zu", e->weight);
    snprintf(meetings, sizeof meetings, "%zu", e->meetings);
    snprintf(reports, sizeof reports, "%zu", e->reports);
    snprintf(conf, sizeof conf, "%.2f", (double)s.confidence);
    rw_date_format(e->first, first);
    rw_date_format(e->last, last);
    rw_export_edge_fact_ids(e, ";", ids);
    const char *row[] = {e->a->id,
                         e->b->id,
                         rw_rel_is_symmetric(e->rel) ? "Undirected" : "Directed",
                         weight,
                         meetings,
                         reports,
                         rw_rel_name(e->rel),
                         rw_modality_name(s.modality),
                         conf,
                         first,
                         last,
                         rw_buf_str(dates),
                         rw_buf_str(ids)};
    put_row(out, row, sizeof row / sizeof row[0]);
}

int rw_export_csv_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                         FILE *out, rw_error *err)
{
    (void)err;
    static const char *const node_head[] = {"Id",       "Label",    "kind",
                                            "label_ar", "label_en", "country"};
    static const char *const edge_head[] = {"Source",   "Target",  "Type",     "Weight",
                                            "meetings", "reports", "rel",      "modality",
                                            "confidence", "first", "last",     "dates",
                                            "facts"};
    int nodes = fmt == RW_EXPORT_CSV_NODES;
    rw_buf a = {0}, b = {0};
    if (nodes)
        put_row(out, node_head, sizeof node_head / sizeof node_head[0]);
    else
        put_row(out, edge_head, sizeof edge_head / sizeof edge_head[0]);
    for (rw_event ev; (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (nodes && ev == RW_EV_ENTITY)
            node_row(out, rw_graph_iter_entity(it), opts->labels, &a);
        else if (!nodes && ev == RW_EV_EDGE)
            edge_row(out, rw_graph_iter_edge(it), &a, &b);
    }
    rw_buf_free(&a);
    rw_buf_free(&b);
    return 0;
}
