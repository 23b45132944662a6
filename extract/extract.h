/*
 * extract.h - the extraction pipeline: one article in, facts out.
 *
 * rw_extractor_open() loads everything the extractors know (the lexicons and trigger frames in
 * data/, plus any user lexicon directories) and opens the ICU objects, once. rw_extract() then
 * runs text -> sentences -> tokens -> mentions -> dates -> facts on one document. It knows
 * nothing of SQLite or of other articles: cross-article merging is the graph's job.
 */
#ifndef RW_EXTRACT_H
#define RW_EXTRACT_H

#include <stdio.h>

#include "base/error.h"
#include "extract/document.h"
#include "extract/facts.h"
#include "extract/lexicon.h"

typedef struct rw_extractor rw_extractor;

typedef struct rw_extractor_opts {
    const char *data_dir;         /* the built-in lexicons; NULL = rw_default_data_dir() */
    const char *const *user_dirs; /* --lexicon DIR: more entries in the same formats */
    size_t n_user_dirs;
    /* --country CC: the country the articles come from (a code of a country in places.tsv),
     * or NULL. An office an article names with no country ("رئيس الحكومة") when the article
     * itself gives none - no visit abroad, no country standing out - is that country's. */
    const char *home_country;
} rw_extractor_opts;

/* Returns NULL and sets err (naming the file and line of a bad lexicon entry) on failure. */
rw_extractor *rw_extractor_open(const rw_extractor_opts *opts, rw_error *err);
void rw_extractor_close(rw_extractor *ex);

/* Extracts `doc` into `out` (which is cleared first). The document must outlive `out`. */
int rw_extract(rw_extractor *ex, const rw_doc *doc, rw_extraction *out, rw_error *err);

/* Makes every later rw_extract() print, for each sentence, how the engine read it: its units
 * (lexicon matches and unknown words, with their proclitics) and the mentions found in them.
 * A development aid (tests/extract/dump_extraction --trace); NULL turns it off. */
void rw_extractor_trace(rw_extractor *ex, FILE *out);

/* The text layer the extractor opened (for callers that need folding or transliteration). */
rw_text *rw_extractor_text(rw_extractor *ex);
/* The lexicons the extractor loaded (for callers that need the places' containment). */
const rw_lexicon *rw_extractor_lexicon(rw_extractor *ex);

/* The data directory: $RAWABIT_DATA if set, else the source tree's data/ when it exists, else the
 * installed one. */
const char *rw_default_data_dir(void);

#endif
