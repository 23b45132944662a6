/*
 * table.c - the plain-text event table (table.h).
 *
 * One row per event (graph/events.h), not per fact: a meeting ten articles reported is one row
 * that says "10 sources". Two passes over the events: the first measures each column in
 * characters (code points, not bytes, so Arabic aligns like Latin), the second prints. Every cell
 * goes through base/term.h: tabs and line ends become spaces so a hostile name cannot break a
 * row, and escape sequences, other controls and bidi overrides become U+FFFD so it cannot drive
 * the terminal.
 */
#include "export/table.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/term.h"

enum { COL_WHO, COL_REL, COL_WHOM, COL_WHERE, COL_WHEN, COL_SOURCES, COL_DOC, N_COLS };

static const char *const headers[N_COLS] = {"who",  "relation", "whom",   "where",
                                            "when", "sources",  "article"};

static void name_of(const rw_gentity *e, rw_label_lang labels, rw_buf *out)
{
    if (!e) return;
    const char *ar = e->label_ar, *en = e->label_en;
    if (labels == RW_LABELS_AR && ar)
        rw_buf_puts(out, ar);
    else if (labels == RW_LABELS_EN || !ar)
        rw_buf_puts(out, en ? en : e->id);
    else if (!en || strcmp(ar, en) == 0)
        rw_buf_puts(out, ar);
    else
        rw_buf_printf(out, "%s (%s)", en, ar);
}

/* The event's other participants: everyone but the first report's subject and, for a visit,
 * the destination (it has its own column). */
static void whom_of(const rw_gevent *ev, const rw_gentity *who, rw_label_lang labels, rw_buf *out)
{
    size_t n = 0;
    for (size_t i = 0; i < ev->n_participants; i++) {
        const rw_gentity *p = ev->participants[i];
        if (p == who || (ev->rel == RW_REL_VISITED && p == ev->place)) continue;
        if (n++) rw_buf_puts(out, ", ");
        name_of(p, labels, out);
    }
}

static void cell(const rw_gevent *ev, int col, rw_label_lang labels, rw_buf *out, rw_buf *raw)
{
    /* The first report (by graph index) speaks for the event where one fact must. */
    const rw_gfact *f = ev->facts[0];
    rw_buf_reset(out);
    rw_buf_reset(raw);
    char date[11];
    switch (col) {
    case COL_WHO: name_of(f->subj, labels, raw); break;
    case COL_REL:
        rw_buf_puts(raw, rw_rel_name(ev->rel));
        if (ev->modality != RW_MOD_ASSERTED) rw_buf_printf(raw, " (%s)", rw_modality_name(ev->modality));
        break;
    case COL_WHOM:
        if (ev->rel == RW_REL_HOLDS_ROLE && f->role)
            rw_buf_puts(raw, f->role);
        else
            whom_of(ev, f->subj, labels, raw);
        break;
    case COL_WHERE: name_of(ev->place, labels, raw); break;
    case COL_WHEN:
        rw_date_format(ev->date, date);
        rw_buf_puts(raw, date[0] ? date : f->date_text ? f->date_text : "");
        break;
    case COL_SOURCES: rw_buf_printf(raw, "%zu", ev->n_sources); break;
    case COL_DOC:
        if (ev->n_sources) rw_buf_puts(raw, ev->sources[0]->id);
        if (ev->n_sources > 1) rw_buf_printf(raw, " +%zu", ev->n_sources - 1);
        break;
    }
    rw_term_clean(out, raw->data ? raw->data : "", raw->len, RW_TERM_ONE_LINE);
}

static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) w++;
    return w;
}

int rw_export_table(const rw_graph *g, const rw_export_opts *opts, FILE *out, rw_error *err)
{
    size_t widths[N_COLS];
    for (int c = 0; c < N_COLS; c++) widths[c] = width(headers[c]);
    rw_buf b = {0}, raw = {0};
    for (int pass = 0; pass < 2; pass++) {
        rw_graph_iter *it = rw_graph_iter_new(g, &opts->filter, err);
        if (!it) {
            rw_buf_free(&b);
            rw_buf_free(&raw);
            return err ? err->code : RW_EUSAGE;
        }
        if (pass == 1) {
            for (int c = 0; c < N_COLS; c++)
                fprintf(out, "%-*s%s", c == N_COLS - 1 ? 0 : (int)widths[c], headers[c], c == N_COLS - 1 ? "\n" : "  ");
        }
        size_t rows = 0;
        rw_event ev;
        while ((ev = rw_graph_iter_next(it)) != RW_EV_DONE) {
            if (ev != RW_EV_EVENT) continue;
            const rw_gevent *e = rw_graph_iter_event(it);
            rows++;
            for (int c = 0; c < N_COLS; c++) {
                cell(e, c, opts->labels, &b, &raw);
                size_t w = width(rw_buf_str(&b));
                if (pass == 0) {
                    if (w > widths[c]) widths[c] = w;
                } else {
                    fputs(rw_buf_str(&b), out);
                    if (c < N_COLS - 1)
                        fprintf(out, "%*s", (int)(widths[c] - w + 2), "");
                }
            }
            if (pass == 1) fputc('\n', out);
        }
        if (pass == 1)
            fprintf(out, "(%zu %s from %zu facts)\n", rows, rows == 1 ? "event" : "events",
                    rw_graph_iter_fact_count(it));
        rw_graph_iter_free(it);
    }
    rw_buf_free(&b);
    rw_buf_free(&raw);
    return ferror(out) ? rw_error_set(err, RW_EIO, "write failed") : 0;
}
