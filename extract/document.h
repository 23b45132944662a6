/*
 * document.h - one article, as every reader delivers it.
 *
 * Readers (readers.h) turn files into rw_doc values; the extraction pipeline (extract.h) reads
 * them; the store keeps their metadata. All strings are UTF-8 and owned by the document.
 */
#ifndef RW_DOCUMENT_H
#define RW_DOCUMENT_H

#include <stddef.h>

#include "base/date.h"

typedef struct rw_doc {
    char *id;     /* the JSONL `id` (else "PATH:LINE"); for other formats the path as given
                     ("-" for standard input) */
    char *source; /* where it came from: the path, with ":LINE" for a JSONL line */
    char *url;    /* NULL when unknown */
    char *title;  /* NULL when unknown */
    char *lang;   /* NULL when unknown */
    rw_date date; /* publication date from metadata or --date; RW_DATE_NONE when unknown */
    char *text;   /* the article text: valid UTF-8 (bad bytes replaced by U+FFFD), no BOM */
    size_t text_len;
    char hash[33]; /* hash of the text, 32 hex digits: the identity used to skip re-ingests */
} rw_doc;

/* Fills doc->hash from doc->text. */
void rw_doc_hash(rw_doc *doc);
/* Frees every string of the document and zeroes it; the struct itself is the caller's. */
void rw_doc_clear(rw_doc *doc);

#endif
