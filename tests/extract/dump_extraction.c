/*
 * dump_extraction.c - a development tool: runs the extraction pipeline on text files and prints
 * what it found, for reading (default) or as facts-contract JSONL for eval/score.py (--jsonl).
 *
 *   dump_extraction [--data DIR] [--lexicon DIR] [--jsonl] [--date YYYY-MM-DD] FILE
 *                   [--date YYYY-MM-DD] FILE ...
 *
 * A --date applies to the file after it only. Entity ids in JSONL are the lexicon key, else
 * "x-DOC-N"; the document is the file's basename. Entities met in several files are printed once
 * with all their names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "extract/extract.h"

typedef struct gent {
    char *id, *kind, *label;
    rw_buf names; /* JSON array body */
    char **seen;
    size_t n_seen;
} gent;

static void json_str(rw_buf *b, const char *s)
{
    rw_buf_putc(b, '"');
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') rw_buf_printf(b, "\\%c", c);
        else if (c == '\n') rw_buf_puts(b, "\\n");
        else if (c < 0x20) rw_buf_printf(b, "\\u%04x", c);
        else rw_buf_putc(b, (char)c);
    }
    rw_buf_putc(b, '"');
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rw_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rw_buf_append(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return b.data ? b.data : strdup("");
}

static const char *eid(const rw_extraction *x, int i, const char *doc, char *buf, size_t n)
{
    if (i < 0) return NULL;
    if (x->entities[i].key) return x->entities[i].key;
    snprintf(buf, n, "x-%s-%d", doc, i);
    return buf;
}

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
    const char *data = NULL;
    const char *users[8];
    size_t n_users = 0;
    int jsonl = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--data") && i + 1 < argc) data = argv[++i];
        else if (!strcmp(argv[i], "--lexicon") && i + 1 < argc && n_users < 8) users[n_users++] = argv[++i];
        else if (!strcmp(argv[i], "--jsonl")) jsonl = 1;
    }
    rw_error err = {0};
    rw_extractor_opts opts = {data, users, n_users};
    rw_extractor *ex = rw_extractor_open(&opts, &err);
    if (!ex) {
        fprintf(stderr, "dump_extraction: %s\n", err.msg);
        return 1;
    }
    gent *ents = NULL;
    size_t n_ents = 0;
    rw_buf facts = {0};
    rw_date date = RW_DATE_NONE;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--data") || !strcmp(argv[i], "--lexicon")) {
            i++;
            continue;
        }
        if (!strcmp(argv[i], "--jsonl")) continue;
        if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            if (rw_date_parse(argv[++i], &date)) {
                fprintf(stderr, "dump_extraction: bad date %s\n", argv[i]);
                return 2;
            }
            continue;
        }
        size_t len;
        char *text = read_file(argv[i], &len);
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
        } else {
            char b1[300], b2[300], b3[300];
            for (size_t k = 0; k < x.n_entities; k++) {
                const rw_xentity *e = &x.entities[k];
                const char *id = eid(&x, (int)k, doc, b1, sizeof b1);
                gent *g = NULL;
                for (size_t j = 0; j < n_ents && !g; j++)
                    if (!strcmp(ents[j].id, id)) g = &ents[j];
                if (!g) {
                    ents = realloc(ents, (n_ents + 1) * sizeof *ents);
                    g = &ents[n_ents++];
                    memset(g, 0, sizeof *g);
                    g->id = strdup(id);
                    g->kind = strdup(rw_kind_name(e->kind));
                    g->label = strdup(e->label ? e->label : id);
                }
                for (size_t n = 0; n < e->n_names; n++) {
                    int dup = 0;
                    for (size_t s = 0; s < g->n_seen && !dup; s++) dup = !strcmp(g->seen[s], e->names[n]);
                    if (dup) continue;
                    g->seen = realloc(g->seen, (g->n_seen + 1) * sizeof *g->seen);
                    g->seen[g->n_seen++] = strdup(e->names[n]);
                    if (g->names.len) rw_buf_putc(&g->names, ',');
                    json_str(&g->names, e->names[n]);
                }
            }
            for (size_t k = 0; k < x.n_facts; k++) {
                const rw_xfact *f = &x.facts[k];
                char dt[11];
                rw_date_format(f->date, dt);
                rw_buf_printf(&facts, "{\"type\":\"fact\",\"rel\":\"%s\",\"subj\":", rw_rel_name(f->rel));
                json_str(&facts, eid(&x, f->subj, doc, b1, sizeof b1));
                rw_buf_puts(&facts, ",\"obj\":");
                if (f->obj >= 0) json_str(&facts, eid(&x, f->obj, doc, b2, sizeof b2));
                else rw_buf_puts(&facts, "null");
                rw_buf_puts(&facts, ",\"place\":");
                if (f->place >= 0) json_str(&facts, eid(&x, f->place, doc, b3, sizeof b3));
                else rw_buf_puts(&facts, "null");
                rw_buf_puts(&facts, ",\"date\":");
                if (dt[0]) json_str(&facts, dt);
                else rw_buf_puts(&facts, "null");
                rw_buf_printf(&facts, ",\"modality\":\"%s\",\"doc\":", rw_modality_name(f->modality));
                json_str(&facts, doc);
                if (f->role) {
                    rw_buf_puts(&facts, ",\"role\":");
                    json_str(&facts, f->role);
                }
                rw_buf_puts(&facts, ",\"trigger\":");
                json_str(&facts, f->trigger);
                rw_buf_printf(&facts, ",\"confidence\":%.2f}\n", f->confidence);
            }
        }
        rw_extraction_clear(&x);
        free(text);
    }
    if (jsonl) {
        for (size_t j = 0; j < n_ents; j++) {
            rw_buf line = {0};
            rw_buf_puts(&line, "{\"type\":\"entity\",\"id\":");
            json_str(&line, ents[j].id);
            rw_buf_printf(&line, ",\"kind\":\"%s\",\"label\":", ents[j].kind);
            json_str(&line, ents[j].label);
            rw_buf_printf(&line, ",\"names\":[%s]}", rw_buf_str(&ents[j].names));
            puts(rw_buf_str(&line));
            rw_buf_free(&line);
        }
        fputs(rw_buf_str(&facts), stdout);
    }
    for (size_t j = 0; j < n_ents; j++) {
        free(ents[j].id);
        free(ents[j].kind);
        free(ents[j].label);
        rw_buf_free(&ents[j].names);
        for (size_t s = 0; s < ents[j].n_seen; s++) free(ents[j].seen[s]);
        free(ents[j].seen);
    }
    free(ents);
    rw_buf_free(&facts);
    rw_extractor_close(ex);
    return status;
}
