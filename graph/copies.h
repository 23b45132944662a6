/*
 * copies.h - near-duplicate articles: one wire story printed by several papers.
 *
 * A paper that reprints an agency story changes the headline, trims a paragraph, adds a line;
 * the content hash (exact re-ingests) no longer matches, yet it is not a second source. Each
 * article gets a MinHash sketch: RW_SKETCH_HASHES minimum hashes over its word 5-shingles, whose
 * share of equal positions estimates the Jaccard similarity of the two shingle sets. Only the
 * lowest 16 bits of each minimum are kept (b-bit MinHash): two different minima agree on them
 * once in 65,536, which moves an estimate by less than 0.0001, and a sketch weighs 128 bytes.
 * Two articles whose estimate is at least RW_COPY_THRESHOLD are copies of one story
 * (docs/merging.md).
 *
 * Finding the candidates is locality-sensitive hashing: the sketch is cut into RW_SKETCH_BANDS
 * bands, and articles that agree on a whole band are compared. With 16 bands of 4 hashes a pair
 * at similarity 0.8 is compared with probability 0.9998, one at 0.3 with 0.12. The relation is
 * symmetric, so the pairs found do not depend on the order articles arrive in.
 */
#ifndef RW_COPIES_H
#define RW_COPIES_H

#include <stddef.h>
#include <stdint.h>

enum { RW_SKETCH_HASHES = 64, RW_SKETCH_BANDS = 16, RW_SHINGLE_WORDS = 5 };

/* The estimated Jaccard similarity from which two articles are copies of one story. 0.8 keeps a
 * reprint with a new headline and a trimmed or added paragraph (measured on ANT: docs/merging.md)
 * and leaves apart two stories of one series that share their boilerplate. */
#define RW_COPY_THRESHOLD 0.8

/* An article too short to judge (fewer shingles than this) gets no sketch and is never a copy:
 * two one-line briefs share most of their words by chance. */
enum { RW_SKETCH_MIN_SHINGLES = 20 };

typedef struct rw_sketch {
    uint16_t h[RW_SKETCH_HASHES]; /* the lowest 16 bits of each minimum */
} rw_sketch;

/* Sketches `text` (UTF-8; words split on ASCII spaces and punctuation, the Arabic comma,
 * semicolon and question mark, the tatweel, no-break and other Unicode spaces and direction
 * marks). Returns 1, or 0 when the text is too short to judge. */
int rw_sketch_text(const char *text, size_t len, rw_sketch *out);

/* The share of equal hashes: an estimate of the Jaccard similarity of the two shingle sets. */
double rw_sketch_similarity(const rw_sketch *a, const rw_sketch *b);

/* An index of sketches by band, for finding copies among many articles. */
typedef struct rw_copy_index rw_copy_index;

rw_copy_index *rw_copy_index_new(void);
void rw_copy_index_free(rw_copy_index *ix);
/* Adds the sketch of article `doc` (any caller's id); 0 or -1 when memory runs out. */
int rw_copy_index_add(rw_copy_index *ix, int64_t doc, const rw_sketch *s);
size_t rw_copy_index_count(const rw_copy_index *ix);

/* The articles of the index that `s` is a copy of (similarity >= RW_COPY_THRESHOLD), at most
 * `max`, in the order they were added; their similarities in sim (may be NULL). Returns how many
 * there are (which may exceed max). */
size_t rw_copy_index_find(const rw_copy_index *ix, const rw_sketch *s, int64_t *docs, double *sim,
                          size_t max);

#endif
