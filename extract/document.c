/*
 * document.c - the rw_doc helpers: the content hash and the destructor.
 *
 * The hash is the document's identity when the same article is ingested twice (from a .txt and
 * from a JSONL dump, say), so it depends on the text alone, never on the id or the path. Two
 * FNV-1a passes with unrelated seeds give 128 bits: FNV is not cryptographic, but accidental
 * collisions between news articles are what matters here, and 128 bits make those negligible.
 */
#include "extract/document.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"

/* Arbitrary odd constants; they only need to differ so the two halves are independent. */
static const uint64_t seed_hi = 0x9e3779b97f4a7c15ULL;
static const uint64_t seed_lo = 0xc2b2ae3d27d4eb4fULL;

void rw_doc_hash(rw_doc *doc)
{
    const char *text = doc->text ? doc->text : "";
    size_t len = doc->text ? doc->text_len : 0;
    uint64_t hi, lo;
    rw_hash64_pair(text, len, seed_hi, seed_lo, &hi, &lo);
    snprintf(doc->hash, sizeof doc->hash, "%016llx%016llx", (unsigned long long)hi,
             (unsigned long long)lo);
}

void rw_doc_clear(rw_doc *doc)
{
    if (!doc) return;
    free(doc->id);
    free(doc->source);
    free(doc->url);
    free(doc->title);
    free(doc->lang);
    free(doc->text);
    memset(doc, 0, sizeof *doc);
}
