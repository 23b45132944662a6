/*
 * dump_extraction.c - a development tool: runs the extraction pipeline on text files and prints
 * what it found, for reading (default) or as facts-contract JSONL for eval/score.py (--jsonl).
 *
 *   dump_extraction [--data DIR] [--lexicon DIR] [--jsonl] [--trace] [--date YYYY-MM-DD] FILE
 *                   [--date YYYY-MM-DD] FILE ...
 *
 * --trace prints, before each file's listing, how the engine read every sentence (its units and
 * mentions).
 *
 * A --date applies to the file after it only. The document id is the file's basename without its
 * extension. --jsonl merges the files' extractions into one in-memory graph and prints it with the
 * JSONL exporter: the same path as `rawabit extract`, so the contract is written in one place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "export/export.h"
#include "extract/extract.h"
#include "graph/merge.h"

static void print_listing(const rw_extraction *x, const char *doc)
{
    char d[11];
    rw_date_format(x->doc_date, d);
    printf("== %s (date %s): %zu sentences, %zu entities, %zu mentions, %zu facts\n", doc, d,
           x->n_sentences, x->n_entities, x->n_mentions, x->n_facts);
    for (size_t i = 0; i < x->n_entities; i++) {
        const rw_xentity *e = &x->entities[i];
        printf("  E%zu %-6s %s [%s]%s%s :", i, rw_kind_name(e->kind), e->label ? e->label : "",
               e->key ? e->key : "-", e->country ? " " : "", e->country ? e->country : "");
        for (size_t k = 0; k < e->n_names; k++) printf(" %s%s", k ? "| " : "", e->names[k]);
        printf("\n");
    }
    for (size_t i = 0; i < x->n_facts; i++) {
        const rw_xfact *f = &x->facts[i];
        rw_date_format(f->date, d);
        printf("  F %-10s %-9s E%d %s -> ", rw_rel_name(f->rel), rw_modality_name(f->modality), f->subj,
               x->entities[f->subj].label);
        if (f->obj >= 0) printf("E%d %s", f->obj, x->entities[f->obj].label);
        else printf("-");
        if (f->place >= 0) printf(" @ %s", x->entities[f->place].label);
        printf(" | %s", d[0] ? d : "no date");
        if (f->date_text) printf(" (%s)", f->date_text);
        if (f->role) printf(" role=%s", f->role);
        printf(" | «%s» s%u c%.2f\n", f->trigger ? f->trigger : "", f->sentence, f->confidence);
    }
}

int main(int argc, char **argv)
{
    const char *data = NULL, *country = NULL;
    const char *users[8];
    size_t n_users = 0;
    int jsonl = 0, trace = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--data") && i + 1 < argc) data = argv[++i];
        else if (!strcmp(argv[i], "--lexicon") && i + 1 < argc && n_users < 8) users[n_users++] = argv[++i];
        else if (!strcmp(argv[i], "--country") && i + 1 < argc) country = argv[++i];
        else if (!strcmp(argv[i], "--jsonl")) jsonl = 1;
        else if (!strcmp(argv[i], "--trace")) trace = 1;
    }
    rw_error err = {0};
    rw_extractor_opts opts = {data, users, n_users, country};
    rw_extractor *ex = rw_extractor_open(&opts, &err);
    if (!ex) {
        fprintf(stderr, "dump_extraction: %s\n", err.msg);
        return 1;
    }
    if (trace) rw_extractor_trace(ex, stdout);
    rw_graph *g = jsonl ? rw_graph_new() : NULL;
    rw_date date = RW_DATE_NONE;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--data") || !strcmp(argv[i], "--lexicon") || !strcmp(argv[i], "--country")) {
            i++;
            continue;
        }
        if (!strcmp(argv[i], "--jsonl") || !strcmp(argv[i], "--trace")) continue;
        if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            if (rw_date_parse(argv[++i], &date)) {
                fprintf(stderr, "dump_extraction: bad date %s\n", argv[i]);
                return 2;
            }
            continue;
        }
        size_t len;
        char *text = rw_read_file(argv[i], &len);
        if (!text) {
            fprintf(stderr, "dump_extraction: cannot read %s\n", argv[i]);
            status = 1;
            continue;
        }
        const char *base = strrchr(argv[i], '/');
        base = base ? base + 1 : argv[i];
        char doc[256];
        snprintf(doc, sizeof doc, "%s", base);
        char *dot = strrchr(doc, '.');
        if (dot) *dot = '\0';
        rw_doc d = {0};
        d.id = doc;
        d.text = text;
        d.text_len = len;
        d.date = date;
        date = RW_DATE_NONE;
        rw_extraction x = {0};
        if (rw_extract(ex, &d, &x, &err)) {
            fprintf(stderr, "dump_extraction: %s\n", err.msg);
            status = 1;
        } else if (!jsonl) {
            print_listing(&x, doc);
        } else if (rw_graph_add_extraction(g, &x, rw_extractor_text(ex), &err)) {
            fprintf(stderr, "dump_extraction: %s\n", err.msg);
            status = 1;
        }
        rw_extraction_clear(&x);
        free(text);
    }
    if (jsonl && rw_export(g, RW_EXPORT_JSONL, &(rw_export_opts){0}, stdout, &err)) {
        fprintf(stderr, "dump_extraction: %s\n", err.msg);
        status = 1;
    }
    rw_graph_free(g);
    rw_extractor_close(ex);
    return status;
}
