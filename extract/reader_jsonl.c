/*
 * reader_jsonl.c - one JSON object a line, one article an object.
 *
 * The field names are those of common news crawls (news-please, Trafilatura, CommonCrawl
 * extracts), so a dump from any of them reads without conversion: the text is the first
 * non-blank of `text`, `content`, `maintext`, `body`; the date the first readable of `date`,
 * `date_publish`, `published`, `date_extracted`. A bad line is reported with its number and
 * skipped; the rest of the file still goes in. Lines are sliced out of the buffer in place, so a
 * line of several megabytes needs no more than a copy of itself. The JSON array reader
 * (reader_json.c) shares the article-building half, rw_readers_json_article().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "extract/reader_priv.h"
#include "extract/readers.h"

static const char *const text_fields[] = {"text", "content", "maintext", "body"};
static const char *const date_fields[] = {"date", "date_publish", "published", "date_extracted"};

/* A string member, or NULL when absent, not a string or blank. */
static const char *string_field(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    if (!json_is_string(v)) return NULL;
    const char *s = json_string_value(v);
    return rw_readers_blank(s, strlen(s)) ? NULL : s;
}

/* A date member: an ISO string or a Unix time in seconds. 1 = found and readable, 0 = absent,
 * -1 = present but unreadable. */
static int date_field(json_t *obj, const char *key, rw_date *out)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) return 0;
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        if (rw_readers_blank(s, strlen(s))) return 0;
        return rw_readers_date(s, out) == 0 ? 1 : -1;
    }
    if (json_is_integer(v)) {
        time_t t = (time_t)json_integer_value(v);
        struct tm tm;
        if (!gmtime_r(&t, &tm) || tm.tm_year + 1900 < 1 || tm.tm_year + 1900 > 9999) return -1;
        *out = (rw_date){(short)(tm.tm_year + 1900), (signed char)(tm.tm_mon + 1),
                         (signed char)tm.tm_mday};
        return 1;
    }
    return -1;
}

/* Builds and delivers the document of one parsed line. Returns what on_doc returned, or
 * RW_ENOMEM. */
static int deliver_object(const char *name, long lineno, json_t *obj, const char *text,
                          const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud)
{
    rw_doc doc = {0};
    size_t cap = strlen(name) + 24; /* ":" and a long in decimal */
    doc.source = malloc(cap);
    if (doc.source) snprintf(doc.source, cap, "%s:%ld", name, lineno);

    json_t *id = json_object_get(obj, "id");
    if (json_is_string(id) && json_string_length(id) > 0) {
        doc.id = strdup(json_string_value(id));
    } else if (json_is_integer(id)) {
        char num[32];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        doc.id = strdup(num);
    } else if (json_is_real(id)) {
        char num[32];
        snprintf(num, sizeof num, "%.17g", json_real_value(id));
        doc.id = strdup(num);
    } else {
        doc.id = rw_readers_strdup(doc.source);
    }

    const char *s;
    if ((s = string_field(obj, "url"))) doc.url = rw_readers_clean(s, strlen(s));
    if ((s = string_field(obj, "title"))) doc.title = rw_readers_clean(s, strlen(s));
    if ((s = string_field(obj, "lang"))) doc.lang = rw_readers_clean(s, strlen(s));

    doc.date = RW_DATE_NONE;
    for (size_t i = 0; i < sizeof date_fields / sizeof date_fields[0]; i++) {
        int r = date_field(obj, date_fields[i], &doc.date);
        if (r == 1) break;
        if (r == -1)
            rw_readers_report(opts, RW_WARNING, name, lineno, -1, "\"%s\" is not a date, ignored",
                              date_fields[i]);
        doc.date = RW_DATE_NONE;
    }
    if (!rw_date_is_set(doc.date) && opts) doc.date = opts->default_date;
    if (!rw_date_is_set(doc.date))
        rw_readers_report(opts, RW_WARNING, name, lineno, -1, "no publication date");

    /* The headline is part of the report (it often names the meeting and its sides): it
     * comes first, as the HTML reader puts a page's <h1>, unless the text already opens with
     * it. */
    doc.text = rw_readers_with_headline(doc.title, text, &doc.text_len);

    if (!doc.source || !doc.id || !doc.text) {
        rw_doc_clear(&doc);
        rw_readers_report(opts, RW_BAD, name, lineno, -1, "out of memory");
        return RW_ENOMEM;
    }
    /* The text is jansson's strings, and the title's end trimmed of ASCII: well-formed. */
    return rw_readers_deliver_valid_text(&doc, on_doc, ud);
}

int rw_readers_json_article(const char *name, long lineno, json_t *obj, const rw_reader_opts *opts,
                            rw_doc_fn on_doc, void *ud)
{
    if (!json_is_object(obj)) {
        rw_readers_report(opts, RW_BAD, name, lineno, -1, "not a JSON object");
        return 0;
    }
    const char *text = NULL;
    for (size_t i = 0; !text && i < sizeof text_fields / sizeof text_fields[0]; i++)
        text = string_field(obj, text_fields[i]);
    if (!text) {
        rw_readers_report(opts, RW_BAD, name, lineno, -1,
                          "no article text (none of text, content, maintext, body)");
        return 0;
    }
    return deliver_object(name, lineno, obj, text, opts, on_doc, ud);
}

static int hex4(const char *p, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return 0;
        *v = *v << 4 | (unsigned)d;
    }
    return 1;
}

/* The escapes jansson refuses although the rest of the article is fine: \u0000 (a NUL in the
 * text) and a UTF-16 surrogate escape without its other half. Returns the offset of the first at
 * or after *from, and moves *from past it; -1 when there is none. Backslashes only occur inside
 * JSON strings, so pairing them off is enough to tell an escape from an escaped backslash. */
static long next_bad_escape(const char *s, size_t n, size_t *from)
{
    unsigned v, w;
    for (size_t i = *from; i + 1 < n; i++) {
        const char *b = memchr(s + i, '\\', n - 1 - i);
        if (!b) break;
        i = (size_t)(b - s);
        if (s[i + 1] != 'u' || i + 6 > n || !hex4(s + i + 2, &v)) {
            i++; /* \\, \", \n ...: skip the escaped character */
            continue;
        }
        int paired = v >= 0xD800 && v <= 0xDBFF && i + 12 <= n && s[i + 6] == '\\' &&
                     s[i + 7] == 'u' && hex4(s + i + 8, &w) && w >= 0xDC00 && w <= 0xDFFF;
        if (paired) {
            i += 11;
            continue;
        }
        if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) {
            *from = i + 6;
            return (long)i;
        }
        i += 5;
    }
    *from = n;
    return -1;
}

/* Rewrites, in place, each escape next_bad_escape() finds as \uFFFD, six characters for six, so
 * one bad escape no longer loses the whole article. Returns the offset of the first one, or -1. */
static long repair_escapes(char *s, size_t n)
{
    long first = -1, at;
    for (size_t i = 0; (at = next_bad_escape(s, n, &i)) >= 0;) {
        memcpy(s + at + 2, "FFFD", 4);
        if (first < 0) first = at;
    }
    return first;
}

/* Parses one line (already valid UTF-8, without its newline). */
static int read_line(const char *name, long lineno, const char *line, size_t len,
                     const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud)
{
    json_error_t jerr;
    json_t *obj = json_loadb(line, len, 0, &jerr);
    if (!obj) {
        rw_readers_report(opts, RW_BAD, name, lineno, -1, "not JSON: %s (column %d)", jerr.text,
                          jerr.column);
        return 0;
    }
    int rc = rw_readers_json_article(name, lineno, obj, opts, on_doc, ud);
    json_decref(obj);
    return rc;
}

int rw_read_jsonl(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                  rw_doc_fn on_doc, void *ud)
{
    long lineno = 0;
    /* A file rw_read_input() mapped: the pages already read are given back every 4 MB. */
    int release = opts && opts->mapping == bytes;
    size_t page = release ? (size_t)sysconf(_SC_PAGESIZE) : 0, released = 0;
    for (size_t start = 0; start < len;) {
        if (release && start - released >= ((size_t)1 << 22)) {
            size_t upto = start / page * page;
            madvise((char *)bytes + released, upto - released, MADV_DONTNEED);
            released = upto;
        }
        const char *nl = memchr(bytes + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - bytes) : len;
        size_t next = nl ? end + 1 : len;
        lineno++;
        size_t n = end - start;
        if (n && bytes[start + n - 1] == '\r') n--;
        if (rw_readers_blank(bytes + start, n)) {
            start = next;
            continue;
        }
        /* A line that is well-formed, opens with no BOM and holds no escape jansson refuses is
         * parsed where it stands: copying each line was 2 % of the instructions of extract. */
        size_t from = 0;
        if (!(n >= 3 && memcmp(bytes + start, "\xEF\xBB\xBF", 3) == 0) &&
            rw_utf8_valid(bytes + start, n) && next_bad_escape(bytes + start, n, &from) < 0) {
            int rc = read_line(name, lineno, bytes + start, n, opts, on_doc, ud);
            if (rc) return rc;
            start = next;
            continue;
        }
        /* jansson refuses invalid UTF-8 outright; repair it so one bad byte does not lose the
         * whole article. */
        size_t clean_len = 0;
        long bad = -1;
        char *clean = rw_utf8_sanitize(bytes + start, n, &clean_len, &bad);
        if (!clean) {
            rw_readers_report(opts, RW_BAD, name, lineno, -1, "out of memory");
            return RW_ENOMEM;
        }
        if (bad >= 0)
            rw_readers_report(opts, RW_WARNING, name, lineno, (long)start + bad,
                              "invalid UTF-8, replaced by U+FFFD");
        long escape = repair_escapes(clean, clean_len);
        if (escape >= 0)
            rw_readers_report(opts, RW_WARNING, name, lineno, -1,
                              "\\u0000 or an unpaired surrogate escape (column %ld), read as U+FFFD",
                              escape + 1);
        int rc = read_line(name, lineno, clean, clean_len, opts, on_doc, ud);
        free(clean);
        if (rc) return rc;
        start = next;
    }
    return 0;
}
