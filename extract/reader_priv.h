/*
 * reader_priv.h - helpers shared by the three readers (reader_text.c, reader_html.c,
 * reader_jsonl.c) and the dispatcher (readers.c). Not installed, not for other modules.
 */
#ifndef RW_READER_PRIV_H
#define RW_READER_PRIV_H

#include <stddef.h>

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

#endif
