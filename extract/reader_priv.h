/*
 * reader_priv.h - helpers shared by the format readers (reader_*.c) and the dispatcher
 * (readers.c). Not installed, not for other modules.
 */
#ifndef RW_READER_PRIV_H
#define RW_READER_PRIV_H

#include <stddef.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>

#include "extract/readers.h"

/* Reports a problem through opts->on_problem (a no-op when there is none). */
void rw_readers_report(const rw_reader_opts *opts, rw_problem_level level, const char *file,
                       long line, long offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Copies s[0..n) with runs of white space (ASCII and U+00A0) collapsed to one space and the ends
 * trimmed; NULL when nothing is left or memory runs out. The caller frees the result. */
char *rw_readers_clean(const char *s, size_t n);

/* A copy of the NUL-terminated `s` (NULL for NULL); the caller frees it. */
char *rw_readers_strdup(const char *s);

/* Whether s[0..n) holds nothing but white space. */
int rw_readers_blank(const char *s, size_t n);

/* Whether the first 8 KiB hold a NUL byte: the sign of a binary file. */
int rw_readers_binary(const char *bytes, size_t len);

/* Parses a date or timestamp such as "2025-12-23", "2025-12-23T10:00:00Z",
 * "2025-12-23 10:00:00", "23/12/2025" (day first, unless only month first is possible) or
 * "2025/12/23", ignoring surrounding white space; 0 on success, -1 otherwise. */
int rw_readers_date(const char *s, rw_date *out);

/* A copy of `text` that starts with `title` (then a line break) unless title is NULL, blank or
 * already in the text; *len its length. NULL when memory runs out. */
char *rw_readers_with_headline(const char *title, const char *text, size_t *len);

/* Hashes the document, hands it to on_doc, then clears it; returns what on_doc returned. */
int rw_readers_deliver(rw_doc *doc, rw_doc_fn on_doc, void *ud);
/* The same for a document whose text is known to be well-formed UTF-8, which is not checked
 * again (the JSON readers': jansson hands out only well-formed strings). */
int rw_readers_deliver_valid_text(rw_doc *doc, rw_doc_fn on_doc, void *ud);
/* Replaces each string of doc that is not well-formed UTF-8 by its repaired copy (what a
 * container imposes on a page passes through here too). Returns -1 when memory runs out. */
int rw_readers_repair(rw_doc *doc);

/* rw_utf8_sanitize() with its outcome reported: a warning at the first invalid byte, or
 * "out of memory" (then NULL is returned). *first_bad as there (may be NULL). */
char *rw_readers_utf8(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                      size_t *out_len, long *first_bad);

/* Like rw_readers_clean() but only trims the ends (white space and U+00A0), keeping the line
 * breaks and spacing inside; NULL when nothing is left or memory runs out. */
char *rw_readers_trim(const char *s, size_t n);

/* libxml2's HTML parser over valid UTF-8 (or `encoding`), silenced: libxml2 prints charset
 * conversion failures through its generic handler even with HTML_PARSE_NOERROR, and a library
 * must not print, so both handlers are muted for the parse and the caller's put back. The caller
 * frees the tree with xmlFreeDoc(); NULL when nothing could be parsed. */
htmlDocPtr rw_readers_parse_html(const char *bytes, int len, const char *encoding, int options);
/* The same with libxml2's XML parser (xmlReadMemory). */
xmlDocPtr rw_readers_parse_xml(const char *bytes, int len, const char *encoding, int options);

/* Dispatches bytes that came out of a container (an archive member, a decompressed file): `name`
 * is what problems and ids call them, `hint` the name whose extension decides the format (the
 * member's path, or the compressed file's name without .gz), `depth` how many containers deep
 * they are (nesting is capped, against archive bombs). Returns like the readers. */
int rw_readers_dispatch(const char *name, const char *hint, const char *bytes, size_t len,
                        const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud, int depth);

/* Reads a compressed file or an archive (reader_archive.c), each member back through
 * rw_readers_dispatch(); arguments as there. */
int rw_readers_archive(const char *name, const char *hint, const char *bytes, size_t len,
                       const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud, int depth);

/* Whether an archive member is read: one a directory walk would read by its name (`hint`), a
 * nested container, or one with no extension whose first bytes show a collection format (TREC,
 * WARC, feed, JSON); a README or an image beside the articles is not. */
int rw_readers_wanted(const char *hint, const char *bytes, size_t len);

/* Whether `name` ends in a compression's extension (.gz, .xz, .zst, .bz2, .lz4). */
int rw_readers_is_compression(const char *name);

/* A WARC stream read a record at a time (reader_warc.c): the archive reader feeds a .warc.gz
 * through it as it decompresses, rw_read_warc() a whole buffer at once. */
typedef struct rw_warc {
    const char *name;
    const rw_reader_opts *opts;
    rw_doc_fn on_doc;
    void *ud;
    long long offset; /* of the next byte fed, in the stream */
    size_t records, pages, not_response, not_html;
    int rc;   /* what on_doc stopped with, or RW_ENOMEM: nothing more is read */
    int done; /* a record could not be framed: nothing more is read */
} rw_warc;

/* Reads the whole records at the start of bytes[0..len) and returns how many bytes they span;
 * the caller keeps the rest and feeds it again with more. `at_end`: no more bytes will come (a
 * record still incomplete is reported as cut short). The caller adds the return value to
 * w->offset. */
size_t rw_warc_feed(rw_warc *w, const char *bytes, size_t len, int at_end);

/* Reports the records skipped (or that there were none) and returns w->rc. */
int rw_warc_finish(rw_warc *w);

/* What a container knows about the page inside it (a WARC record, a feed item), imposed on what
 * the HTML reader finds: `id` replaces the page's id, `url` and `title` are used when set (the
 * title also heads the text, as for JSONL), `date` when the page itself gives none. */
typedef struct rw_page_meta {
    const char *id, *url, *title;
    rw_date date;
} rw_page_meta;

/* Runs the HTML reader over `html` and delivers its document with `meta` applied. */
int rw_readers_html_with(const char *name, const char *html, size_t len, const rw_page_meta *meta,
                         const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud);

/* Builds and delivers the article of one JSON object (the JSONL and JSON array readers): the
 * text from text/content/maintext/body, id, url, title, lang and date fields. `line` is where
 * the object starts. A non-object or one without text is reported and skipped (returns 0). */
int rw_readers_json_article(const char *name, long line, json_t *obj, const rw_reader_opts *opts,
                            rw_doc_fn on_doc, void *ud);

#endif
