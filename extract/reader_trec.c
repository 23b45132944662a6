/*
 * reader_trec.c - TREC/CLEF <DOC> collections and LDC Arabic Gigaword SGML: many articles a file.
 *
 * These files are SGML, not XML: no root element around the documents, bare "&" and "<" in the
 * text (the ANT corpus has both), <P> never closed in some collections. An XML parser, even
 * recovering, drops text at the first such error; libxml2's HTML parser takes them as they come
 * (a lone "<" or an unknown "&name" stays literal text, unknown tags become elements). So a small
 * scanner only splits the file into <DOC>...</DOC> records - the one thing the HTML parser would
 * get wrong, since it knows nothing of DOC and would nest a truncated record into the next - and
 * each record is parsed on its own by libxml2, which also bounds the damage of a broken record to
 * that record.
 *
 * Fields, by the names the collections use:
 *   id    <DOCNO> (TREC, CLEF, ANT), else the id attribute of <DOC> (Gigaword), else FILE:LINE;
 *   title <TITLE> (ANT) or <HEADLINE> (TREC, Gigaword);
 *   date  <TIME>, <DATE> or <DATE_TIME>, else the YYYYMMDD inside the id (Gigaword's
 *         AFP_ARB_19940513.0001, ANT's JA-culture-1-20170120), else --date;
 *   url   <URL>;  text <TEXT>.
 * A <TEXT> made of <P> paragraphs gives one line a paragraph, with the hard-wrapped lines of each
 * paragraph joined (a line break is a sentence boundary to the stages after us); a <TEXT> without
 * <P> (ANT) is taken as it is, line breaks included, with only its ends trimmed - exactly what
 * the JSONL copy of ANT holds, so both give the same facts. The headline heads the text, as in
 * the JSONL reader.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "base/buf.h"
#include "extract/reader_priv.h"
#include "extract/readers.h"

/* Whether s[0..n) opens a <DOC> record here: "<DOC>" or "<DOC " (any case), not "<DOCNO>". */
static int doc_open_at(const char *s, size_t n)
{
    return n >= 5 && strncasecmp(s, "<DOC", 4) == 0 &&
           (s[4] == '>' || s[4] == ' ' || s[4] == '\t' || s[4] == '\n' || s[4] == '\r');
}

/* The next "<DOC" opening at or after `from`; n when none. */
static size_t next_doc(const char *s, size_t n, size_t from)
{
    for (size_t i = from; i < n; i++) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt) return n;
        i = (size_t)(lt - s);
        if (doc_open_at(s + i, n - i)) return i;
    }
    return n;
}

/* The end of the "</DOC>" closing a record that starts at `from`, before `limit`; 0 when the
 * record is not closed before the next one starts (a truncated record). */
static size_t doc_close(const char *s, size_t from, size_t limit)
{
    for (size_t i = from; i + 6 <= limit; i++) {
        const char *lt = memchr(s + i, '<', limit - i);
        if (!lt) return 0;
        i = (size_t)(lt - s);
        if (i + 6 <= limit && strncasecmp(s + i, "</DOC>", 6) == 0) return i + 6;
    }
    return 0;
}

static int named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, (const xmlChar *)name) == 0;
}

/* The first element called `name` under n, depth first. */
static const xmlNode *find(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (named(c, name)) return c;
        if (c->type == XML_ELEMENT_NODE) {
            const xmlNode *f = find(c, name);
            if (f) return f;
        }
    }
    return NULL;
}

/* The text of the first `name` element, white space collapsed; NULL when absent or blank. */
static char *field(const xmlNode *root, const char *name)
{
    const xmlNode *n = find(root, name);
    if (!n) return NULL;
    xmlChar *t = xmlNodeGetContent(n);
    if (!t) return NULL;
    char *s = rw_readers_clean((const char *)t, strlen((const char *)t));
    xmlFree(t);
    return s;
}

/* The first YYYYMMDD run of exactly eight digits in an id that is a real date. */
static int date_in_id(const char *id, rw_date *out)
{
    for (const char *p = id; p && *p; p++) {
        size_t k = strspn(p, "0123456789");
        if (k == 8) {
            char iso[11];
            snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", p, p + 4, p + 6);
            if (rw_readers_date(iso, out) == 0) return 0;
        }
        if (k) p += k - 1;
    }
    return -1;
}

/* Appends the paragraphs under n, one a line, each with its white space collapsed. */
static int put_paragraphs(rw_buf *out, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (!named(c, "p")) {
            if (c->type == XML_ELEMENT_NODE && put_paragraphs(out, c)) return -1;
            continue;
        }
        xmlChar *t = xmlNodeGetContent(c);
        char *p = t ? rw_readers_clean((const char *)t, strlen((const char *)t)) : NULL;
        xmlFree(t);
        if (!p) continue;
        int e = (out->len && rw_buf_putc(out, '\n')) || rw_buf_puts(out, p);
        free(p);
        if (e) return -1;
    }
    return 0;
}

/* The article text of <TEXT>: see the file comment. NULL when there is none. */
static char *body_text(const xmlNode *text)
{
    if (!text) return NULL;
    if (find(text, "p")) {
        rw_buf b = {0};
        if (put_paragraphs(&b, text) || !b.len) {
            rw_buf_free(&b);
            return NULL;
        }
        return rw_buf_detach(&b);
    }
    xmlChar *t = xmlNodeGetContent(text);
    if (!t) return NULL;
    char *s = rw_readers_trim((const char *)t, strlen((const char *)t));
    xmlFree(t);
    return s;
}

/* Parses one record and delivers its article. */
static int read_record(const char *name, long line, const char *rec, size_t len,
                       const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud)
{
    if (len > INT_MAX) {
        rw_readers_report(opts, RW_BAD, name, line, -1, "<DOC> larger than 2 GiB, skipped");
        return 0;
    }
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED;
    htmlDocPtr h = rw_readers_parse_html(rec, (int)len, "UTF-8", options);
    const xmlNode *root = h ? (const xmlNode *)h : NULL;
    const xmlNode *docel = root ? find(root, "doc") : NULL;
    const xmlNode *text_el = docel ? find(docel, "text") : NULL;
    char *text = body_text(text_el);
    if (!text) {
        rw_readers_report(opts, RW_BAD, name, line, -1, "<DOC> %s, skipped",
                          text_el ? "with an empty <TEXT>" : "without <TEXT>");
        if (h) xmlFreeDoc(h);
        return 0;
    }
    rw_doc doc = {0};
    size_t cap = strlen(name) + 24;
    doc.source = malloc(cap);
    if (doc.source) snprintf(doc.source, cap, "%s:%ld", name, line);
    doc.id = field(docel, "docno");
    if (!doc.id) {
        xmlChar *a = xmlGetProp(docel, (const xmlChar *)"id");
        if (a) doc.id = rw_readers_clean((const char *)a, strlen((const char *)a));
        xmlFree(a);
    }
    if (!doc.id) doc.id = rw_readers_strdup(doc.source);
    doc.title = field(docel, "title");
    if (!doc.title) doc.title = field(docel, "headline");
    doc.url = field(docel, "url");

    static const char *const date_tags[] = {"time", "date", "date_time"};
    doc.date = RW_DATE_NONE;
    for (size_t i = 0; i < sizeof date_tags / sizeof date_tags[0]; i++) {
        char *d = field(docel, date_tags[i]);
        int ok = d && rw_readers_date(d, &doc.date) == 0;
        if (d && !ok)
            rw_readers_report(opts, RW_WARNING, name, line, -1, "<%s> is not a date, ignored",
                              date_tags[i]);
        free(d);
        if (ok) break;
        doc.date = RW_DATE_NONE;
    }
    if (!rw_date_is_set(doc.date) && doc.id && date_in_id(doc.id, &doc.date) != 0)
        doc.date = RW_DATE_NONE;
    if (!rw_date_is_set(doc.date) && opts) doc.date = opts->default_date;
    if (!rw_date_is_set(doc.date))
        rw_readers_report(opts, RW_WARNING, name, line, -1, "no publication date");

    doc.text = rw_readers_with_headline(doc.title, text, &doc.text_len);
    free(text);
    xmlFreeDoc(h);
    if (!doc.source || !doc.id || !doc.text) {
        rw_doc_clear(&doc);
        rw_readers_report(opts, RW_BAD, name, line, -1, "out of memory");
        return RW_ENOMEM;
    }
    return rw_readers_deliver(&doc, on_doc, ud);
}

int rw_read_trec(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    size_t n = 0;
    char *clean = rw_readers_utf8(name, bytes, len, opts, &n, NULL);
    if (!clean) return RW_ENOMEM;
    long line = 1;
    size_t counted = 0, found = 0;
    int rc = 0;
    for (size_t at = next_doc(clean, n, 0); !rc && at < n;) {
        for (const char *p = clean + counted; (p = memchr(p, '\n', at - (size_t)(p - clean))); p++)
            line++;
        counted = at;
        found++;
        size_t next = next_doc(clean, n, at + 4);
        size_t end = doc_close(clean, at, next);
        if (!end) {
            rw_readers_report(opts, RW_WARNING, name, line, -1,
                              "<DOC> not closed by </DOC>; read up to %s",
                              next < n ? "the next <DOC>" : "the end of the file");
            end = next;
        }
        rc = read_record(name, line, clean + at, end - at, opts, on_doc, ud);
        at = next;
    }
    if (!found) rw_readers_report(opts, RW_BAD, name, 0, -1, "no <DOC> record found");
    free(clean);
    return rc;
}
