/*
 * anacache.h - the analyses of every folded token seen, kept so a repeated word is not analysed
 * again.
 *
 * Analysing a token (morph.h) asks the lexicons whether its whole form and each candidate stem
 * is known: several hash lookups per token in tables larger than the processor's cache, the
 * largest single cost of extraction. News repeats its words: on ANT nine word tokens in ten
 * were seen before in the corpus (only one in five earlier in the same article), so the cache
 * lives as long as the extractor, not the article. A repeated token then costs one probe in a
 * dense table of 8-byte slots and a copy of its analyses from one packed record.
 *
 * The analyses of a token depend only on its folded form, the clitic table and the lexicons,
 * all read-only once the extractor is open, so the cache never changes what is extracted. It
 * holds at most `max_words` tokens; when full it is emptied and filled again (the common
 * words come back at once), so its memory stays bounded on any corpus.
 *
 * Beside the analyses each token carries `extra_size` bytes of the caller's own (mentions.c keeps
 * the lexicon's answers about the token and its stems there, so that a repeated word needs no
 * lexicon lookup either); the cache only copies them.
 *
 * One cache per extractor; not thread-safe; no globals.
 */
#ifndef RW_ANACACHE_H
#define RW_ANACACHE_H

#include <stddef.h>

#include "extract/morph.h"

typedef struct rw_anacache rw_anacache;

/* A cache for up to max_words distinct tokens (at least 16), each with extra_size bytes of the
 * caller's (at most RW_ANACACHE_MAX_EXTRA). Returns NULL when memory runs out or extra_size is
 * too large. */
rw_anacache *rw_anacache_new(size_t max_words, size_t extra_size);
void rw_anacache_free(rw_anacache *c);

/* The longest token the cache keeps: longer ones are never found (and rarely repeat). */
#define RW_ANACACHE_MAX_TOKEN 255
#define RW_ANACACHE_MAX_EXTRA 255

/* When the folded token fold[0..len) is cached, writes its analyses to out (at most max) and its
 * extra bytes to extra (which may be NULL when extra_size is 0), and returns how many analyses
 * (0 is a valid answer: a token with no analysis); else returns -1 and writes nothing. */
int rw_anacache_get(const rw_anacache *c, const char *fold, size_t len, rw_analysis *out,
                    size_t max, void *extra);

/* Asks the processor to start loading what rw_anacache_get() will read for fold[0..len): first
 * the token's slot (rw_anacache_prefetch_slot), then, once the slot has arrived, its record
 * (rw_anacache_prefetch_record). Both tables are larger than the processor's cache, so each read
 * is a trip to memory; called for every token of a sentence before getting them one by one, the
 * trips of all the tokens overlap instead of following one another. Neither changes any answer. */
void rw_anacache_prefetch_slot(const rw_anacache *c, const char *fold, size_t len);
void rw_anacache_prefetch_record(const rw_anacache *c, const char *fold, size_t len);

/* The same three with the token's hash given (rw_anacache_hash of fold[0..len)): a caller that
 * prefetches and then gets each token of a sentence hashes it once instead of three times. */
uint32_t rw_anacache_hash(const char *fold, size_t len);
void rw_anacache_prefetch_slot_h(const rw_anacache *c, uint32_t h);
void rw_anacache_prefetch_record_h(const rw_anacache *c, uint32_t h);
int rw_anacache_get_h(const rw_anacache *c, const char *fold, size_t len, uint32_t h,
                      rw_analysis *out, size_t max, void *extra);

/* Remembers the n analyses of fold[0..len), which must not be cached yet, and extra_size bytes
 * from extra. Returns 0, or -1 when the token is too long or memory runs out (nothing is
 * remembered then; the cache stays usable). */
int rw_anacache_put(rw_anacache *c, const char *fold, size_t len, const rw_analysis *an,
                    size_t n, const void *extra);

/* How many tokens are cached now. */
size_t rw_anacache_count(const rw_anacache *c);

#endif
