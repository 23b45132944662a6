/*
 * reader_json.c - a JSON array of article objects (or a single object), one element at a time.
 *
 * Dumps of news sites and scrapers often come as one big array: [{"title": ..., "text": ...},
 * ...]. Parsing it whole would build a tree of every article at once (several times the size of
 * the file); jansson has no streaming API, so the array is walked element by element instead:
 * json_loadb() with JSON_DISABLE_EOF_CHECK parses the one object at the current position and
 * stops after its closing brace, reporting in error.position how many bytes it read; the commas
 * and brackets between elements are skipped here. Only one article's tree exists at a time and
 * no JSON is parsed by hand. Each object is an article with the same fields as a JSONL line
 * (reader_jsonl.c builds it). A broken element ends the array there (where the next element
 * starts cannot be known), reported with its line; the elements before it went in.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "extract/reader_priv.h"
#include "extract/readers.h"

static size_t skip_space(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* The line number at `to`, counting on from `line` at `from`. */
static long line_at(const char *s, size_t from, size_t to, long line)
{
    for (const char *p = s + from; (p = memchr(p, '\n', to - (size_t)(p - s))); p++)
        line++;
    return line;
}

static int read_elements(const char *name, const char *s, size_t n, const rw_reader_opts *opts,
                         rw_doc_fn on_doc, void *ud)
{
    size_t i = skip_space(s, n, 0);
    if (i < n && s[i] == '{') { /* one article, not in an array */
        json_error_t jerr;
        json_t *obj = json_loadb(s + i, n - i, 0, &jerr);
        if (!obj) {
            rw_readers_report(opts, RW_BAD, name, jerr.line, -1, "not JSON: %s", jerr.text);
            return 0;
        }
        int rc = rw_readers_json_article(name, line_at(s, 0, i, 1), obj, opts, on_doc, ud);
        json_decref(obj);
        return rc;
    }
    if (i >= n || s[i] != '[') {
        rw_readers_report(opts, RW_BAD, name, 1, -1, "not a JSON array or object");
        return 0;
    }
    long line = 1;
    size_t counted = 0;
    i = skip_space(s, n, i + 1);
    if (i < n && s[i] == ']') return 0;
    for (;;) {
        line = line_at(s, counted, i, line);
        counted = i;
        if (s[i] != '{') {
            rw_readers_report(opts, RW_BAD, name, line, -1,
                              "an element is not a JSON object; the rest of the array is not read");
            return 0;
        }
        json_error_t jerr;
        json_t *obj = json_loadb(s + i, n - i, JSON_DISABLE_EOF_CHECK, &jerr);
        if (!obj) {
            rw_readers_report(opts, RW_BAD, name, line + jerr.line - 1, -1,
                              "not JSON: %s; the rest of the array is not read", jerr.text);
            return 0;
        }
        int rc = rw_readers_json_article(name, line, obj, opts, on_doc, ud);
        json_decref(obj);
        if (rc) return rc;
        i = skip_space(s, n, i + (size_t)jerr.position);
        if (i < n && s[i] == ',') {
            i = skip_space(s, n, i + 1);
            continue;
        }
        if (i < n && s[i] == ']') return 0;
        rw_readers_report(opts, RW_BAD, name, line_at(s, counted, i, line), -1,
                          "expected \",\" or \"]\" after an element%s",
                          i < n ? "" : " (the file ends inside the array)");
        return 0;
    }
}

int rw_read_json(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    /* jansson refuses invalid UTF-8 outright; repair it so one bad byte does not lose the rest. */
    size_t n = 0;
    char *clean = rw_readers_utf8(name, bytes, len, opts, &n, NULL);
    if (!clean) return RW_ENOMEM;
    int rc = read_elements(name, clean, n, opts, on_doc, ud);
    free(clean);
    return rc;
}
