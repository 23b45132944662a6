/*
 * copies.c - MinHash sketches and a banded index for near-duplicate articles (copies.h).
 *
 * Words are hashed once; a shingle's hash mixes its five words' hashes (the splitmix64
 * finaliser), and each of the RW_SKETCH_HASHES "permutations" is a multiply-shift hash of it, so
 * a sketch costs one pass over the words and one multiplication per shingle and permutation.
 * The index is an open-addressing table of (band hash, slot) entries in which equal band hashes
 * simply follow each other along the probe sequence.
 */
#include "graph/copies.h"

#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/* How many bytes of separator start at p: 0 inside a word. */
static size_t separator_len(const unsigned char *p, const unsigned char *end)
{
    unsigned char c = *p;
    if (c < 0x80) {
        int alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return alnum ? 0 : 1;
    }
    /* ، ؛ ؟ (U+060C, U+061B, U+061F), the tatweel U+0640, the no-break space U+00A0, and the
     * spaces, joiners and direction marks U+2000..U+200F that scraped pages scatter unevenly */
    if (c == 0xD8 && p + 1 < end && (p[1] == 0x8C || p[1] == 0x9B || p[1] == 0x9F)) return 2;
    if (c == 0xD9 && p + 1 < end && p[1] == 0x80) return 2;
    if (c == 0xC2 && p + 1 < end && p[1] == 0xA0) return 2;
    if (c == 0xE2 && p + 2 < end && p[1] == 0x80 && p[2] <= 0x8F) return 3;
    return 0;
}

int rw_sketch_text(const char *text, size_t len, rw_sketch *out)
{
    /* The RW_SKETCH_HASHES "permutations" are multiply-shift hashes of the (already mixed)
     * shingle hash: one multiplication each, with odd multipliers drawn from splitmix64. */
    uint64_t mul[RW_SKETCH_HASHES], add[RW_SKETCH_HASHES];
    uint32_t min[RW_SKETCH_HASHES];
    for (int i = 0; i < RW_SKETCH_HASHES; i++) {
        mul[i] = mix64(0x9e3779b97f4a7c15ULL * (uint64_t)(2 * i + 1)) | 1;
        add[i] = mix64(0x9e3779b97f4a7c15ULL * (uint64_t)(2 * i + 2));
        min[i] = UINT32_MAX;
    }
    const unsigned char *p = (const unsigned char *)text, *end = p + len;
    uint64_t window[RW_SHINGLE_WORDS] = {0};
    size_t words = 0, shingles = 0;
    while (p < end) {
        size_t sep;
        while (p < end && (sep = separator_len(p, end)) > 0)
            p += sep;
        const unsigned char *w = p;
        while (p < end && separator_len(p, end) == 0)
            p++;
        if (p == w) continue;
        window[words++ % RW_SHINGLE_WORDS] = rw_hash64(w, (size_t)(p - w), 0);
        if (words < RW_SHINGLE_WORDS) continue;
        uint64_t sh = 0;
        for (size_t k = 0; k < RW_SHINGLE_WORDS; k++)
            sh = mix64(sh ^ window[(words + k) % RW_SHINGLE_WORDS]);
        shingles++;
        for (int i = 0; i < RW_SKETCH_HASHES; i++) {
            uint32_t v = (uint32_t)((mul[i] * sh + add[i]) >> 32);
            if (v < min[i]) min[i] = v;
        }
    }
    /* The low bits of a minimum are as uniform as the hash; its high bits are mostly zero. */
    for (int i = 0; i < RW_SKETCH_HASHES; i++)
        out->h[i] = (uint16_t)min[i];
    return shingles >= RW_SKETCH_MIN_SHINGLES;
}

double rw_sketch_similarity(const rw_sketch *a, const rw_sketch *b)
{
    int same = 0;
    for (int i = 0; i < RW_SKETCH_HASHES; i++)
        same += a->h[i] == b->h[i];
    return (double)same / RW_SKETCH_HASHES;
}

/* ---- the index ------------------------------------------------------------------------------- */

enum { ROWS = RW_SKETCH_HASHES / RW_SKETCH_BANDS };

typedef struct entry {
    uint64_t band; /* 0 = empty (a real band hash of 0 is moved to 1) */
    size_t slot;
} entry;

struct rw_copy_index {
    rw_sketch *sketches;
    int64_t *docs;
    size_t n, cap;
    entry *table;
    size_t table_cap, table_used; /* table_cap is a power of two */
};

static uint64_t band_hash(const rw_sketch *s, int band)
{
    uint64_t h = rw_hash64(&s->h[band * ROWS], ROWS * sizeof s->h[0], (uint64_t)band + 1);
    return h ? h : 1;
}

static void table_put(entry *t, size_t cap, uint64_t band, size_t slot)
{
    size_t i = (size_t)band & (cap - 1);
    while (t[i].band)
        i = (i + 1) & (cap - 1);
    t[i] = (entry){band, slot};
}

static int grow_table(rw_copy_index *ix)
{
    size_t cap = ix->table_cap ? ix->table_cap * 2 : 1024;
    entry *t = calloc(cap, sizeof *t);
    if (!t) return -1;
    for (size_t i = 0; i < ix->table_cap; i++)
        if (ix->table[i].band) table_put(t, cap, ix->table[i].band, ix->table[i].slot);
    free(ix->table);
    ix->table = t;
    ix->table_cap = cap;
    return 0;
}

rw_copy_index *rw_copy_index_new(void)
{
    return calloc(1, sizeof(rw_copy_index));
}

void rw_copy_index_free(rw_copy_index *ix)
{
    if (!ix) return;
    free(ix->sketches);
    free(ix->docs);
    free(ix->table);
    free(ix);
}

size_t rw_copy_index_count(const rw_copy_index *ix)
{
    return ix->n;
}

int rw_copy_index_add(rw_copy_index *ix, int64_t doc, const rw_sketch *s)
{
    if (ix->n == ix->cap) {
        size_t cap = ix->cap ? ix->cap * 2 : 256;
        rw_sketch *sk = realloc(ix->sketches, cap * sizeof *sk);
        if (!sk) return -1;
        ix->sketches = sk;
        int64_t *d = realloc(ix->docs, cap * sizeof *d);
        if (!d) return -1;
        ix->docs = d;
        ix->cap = cap;
    }
    /* Keep the table at most half full so probe runs stay short. */
    while ((ix->table_used + RW_SKETCH_BANDS) * 2 > ix->table_cap)
        if (grow_table(ix)) return -1;
    size_t slot = ix->n++;
    ix->sketches[slot] = *s;
    ix->docs[slot] = doc;
    for (int b = 0; b < RW_SKETCH_BANDS; b++)
        table_put(ix->table, ix->table_cap, band_hash(s, b), slot);
    ix->table_used += RW_SKETCH_BANDS;
    return 0;
}

static int by_slot(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return a < b ? -1 : a > b;
}

size_t rw_copy_index_find(const rw_copy_index *ix, const rw_sketch *s, int64_t *docs, double *sim,
                          size_t max)
{
    if (!ix->n) return 0;
    /* Candidates from every band, then each compared once, in the order they were added. */
    size_t cap = 64, nc = 0, found = 0;
    size_t *cand = malloc(cap * sizeof *cand);
    if (!cand) return 0;
    for (int b = 0; b < RW_SKETCH_BANDS; b++) {
        uint64_t h = band_hash(s, b);
        for (size_t i = (size_t)h & (ix->table_cap - 1); ix->table[i].band;
             i = (i + 1) & (ix->table_cap - 1)) {
            if (ix->table[i].band != h) continue;
            if (nc == cap) {
                size_t *c = realloc(cand, 2 * cap * sizeof *c);
                if (!c) break;
                cand = c;
                cap *= 2;
            }
            cand[nc++] = ix->table[i].slot;
        }
    }
    qsort(cand, nc, sizeof *cand, by_slot);
    for (size_t i = 0; i < nc; i++) {
        if (i && cand[i] == cand[i - 1]) continue;
        double x = rw_sketch_similarity(s, &ix->sketches[cand[i]]);
        if (x < RW_COPY_THRESHOLD) continue;
        if (found < max) {
            docs[found] = ix->docs[cand[i]];
            if (sim) sim[found] = x;
        }
        found++;
    }
    free(cand);
    return found;
}
