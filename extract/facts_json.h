/*
 * facts_json.h - one article's extraction as one JSON line, and back.
 *
 * The facts contract (docs/facts.md) gives entity and fact lines resolved within the article;
 * the database needs more than that to merge an article into a corpus exactly as `rawabit
 * ingest` would: the lexicon keys and countries of the entities, the mentions, the sentences
 * with their spans, the document's metadata and content hash. The "article" line carries all of
 * it, so that `rawabit extract --for-ingest` on one machine and `rawabit ingest --facts` on
 * another build the same database as ingesting the articles directly (docs/scale.md).
 *
 * The line is self-contained: a file of them can be split at any line, concatenated, or fed
 * through a map step. The article text itself is not carried, only its sentences.
 */
#ifndef RW_FACTS_JSON_H
#define RW_FACTS_JSON_H

#include <stdio.h>

#include "base/error.h"
#include "extract/facts.h"

/* Writes x (and its document) as one "article" line, newline included. Returns 0, RW_ENOMEM or
 * RW_EIO. */
int rw_extraction_write_json(const rw_extraction *x, FILE *out, rw_error *err);

/* Whether a JSON line is an article line (a cheap test on its first bytes: lines written by
 * rw_extraction_write_json start with {"type":"article"). */
int rw_extraction_json_is_article(const char *line, size_t len);

/* Reads an article line into doc and x (both cleared first; x->doc = doc). The document's text
 * is rebuilt from the sentences: blanks elsewhere, so the sentence spans read as they did. The
 * caller owns both: rw_extraction_clear(x), then rw_doc_clear(doc). Returns 0, or RW_EINPUT with
 * err saying what is wrong (the caller adds the file and line), or RW_ENOMEM. */
int rw_extraction_read_json(const char *line, size_t len, rw_doc *doc, rw_extraction *x,
                            rw_error *err);

#endif
