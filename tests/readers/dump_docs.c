/*
 * dump_docs.c - a test tool: the documents the readers deliver, one JSON object a line.
 *
 *   dump_docs [--format text|html|jsonl|json|trec|warc|feed] INPUT...
 *
 * Each line holds id, source, url, title, lang, date and text, as the readers filled them;
 * problems go to standard error as "FILE:LINE: warning|error: MESSAGE" (":@OFFSET" when there is
 * a byte offset). Exit status 2 when an input or a part of one was skipped, as rawabit does, so
 * the tests can compare what two inputs deliver without going through extraction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "extract/readers.h"

static void on_problem(const rw_problem *p, void *ud)
{
    int *bad = ud;
    if (p->level == RW_BAD) *bad = 1;
    fprintf(stderr, "%s:%ld", p->file, p->line);
    if (p->offset >= 0) fprintf(stderr, ":@%ld", p->offset);
    fprintf(stderr, ": %s: %s\n", p->level == RW_BAD ? "error" : "warning", p->message);
}

static void put(json_t *o, const char *k, const char *v)
{
    json_object_set_new(o, k, v ? json_string(v) : json_null());
}

static int on_doc(rw_doc *d, void *ud)
{
    (void)ud;
    char date[11];
    rw_date_format(d->date, date);
    json_t *o = json_object();
    put(o, "id", d->id);
    put(o, "source", d->source);
    put(o, "url", d->url);
    put(o, "title", d->title);
    put(o, "lang", d->lang);
    put(o, "date", rw_date_is_set(d->date) ? date : NULL);
    put(o, "text", d->text);
    char *s = json_dumps(o, JSON_COMPACT);
    puts(s ? s : "null");
    free(s);
    json_decref(o);
    return 0;
}

int main(int argc, char **argv)
{
    static const char *const names[] = {"auto", "text", "html", "jsonl",
                                        "json", "trec", "warc", "feed"};
    int bad = 0, i = 1;
    rw_reader_opts opts = {RW_FORMAT_AUTO, RW_DATE_NONE, on_problem, &bad, NULL};
    if (argc > 2 && strcmp(argv[1], "--format") == 0) {
        for (size_t f = 0; f < sizeof names / sizeof names[0]; f++)
            if (strcmp(argv[2], names[f]) == 0) opts.format = (rw_format)f;
        i = 3;
    }
    for (; i < argc; i++) {
        rw_error err = {0};
        if (rw_read_input(argv[i], &opts, on_doc, NULL, &err)) {
            fprintf(stderr, "%s\n", err.msg);
            bad = 1;
        }
    }
    return bad ? 2 : 0;
}
