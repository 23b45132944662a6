/*
 * anacache.c - see anacache.h.
 *
 * A slot is 8 bytes: 32 bits of the token's hash and the offset + 1 of its record in one
 * growing byte arena (0 = empty), so a probe reads one cache line of slots and, on a hash
 * match, the record, whose first bytes are the key. Records are packed:
 *
 *   key length, analysis count, key bytes, the caller's extra bytes,
 *   then per analysis: stem_len prefix_len has_article suffix_class suffix_len known, stem bytes
 *
 * so the analyses of a common word take a few dozen bytes, not RW_MAX_ANALYSES structs of 128.
 * Nothing is ever removed one by one: when max_words tokens are held, the whole cache is
 * emptied, which keeps the code trivial and the memory bounded.
 *
 * The slots (2 MB for the extractor's 2^17 words) and the arena (8 MB on ANT) are read at random,
 * a few times per word token: on 4 KB pages nearly every read also missed the TLB, and every page
 * was a page fault the first time it was touched. Blocks of 2 MB and more are therefore aligned
 * to 2 MB and offered to the kernel's transparent huge pages (madvise; a hint only, which changes
 * no answer and is simply ignored where huge pages are off).
 */
#include "extract/anacache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef struct slot {
    uint32_t hash;
    uint32_t off; /* record offset + 1; 0 = empty */
} slot;

struct rw_anacache {
    slot *slots;
    size_t cap; /* a power of two, >= max_words / 0.7 */
    size_t count, max_words;
    size_t extra_size;
    uint8_t *arena;
    size_t arena_len, arena_cap;
};

/* Header bytes of a record and of each analysis in it. */
#define RECORD_HEAD 2
#define ANALYSIS_HEAD 6
/* Bytes the arena keeps beyond its last record, which copy_stem() may read. */
#define SLACK 8

/* A huge page's size, and the smallest block worth one (see the top of the file). */
#define HUGE_PAGE ((size_t)2 << 20)

/* malloc, or for a block of HUGE_PAGE bytes and more, memory aligned to HUGE_PAGE and offered to
 * transparent huge pages. Freed with free(). */
static void *big_alloc(size_t n)
{
    if (n < HUGE_PAGE) return malloc(n);
    void *p;
    if (posix_memalign(&p, HUGE_PAGE, n)) return NULL;
#ifdef MADV_HUGEPAGE
    (void)madvise(p, n, MADV_HUGEPAGE);
#endif
    return p;
}

rw_anacache *rw_anacache_new(size_t max_words, size_t extra_size)
{
    if (max_words < 16) max_words = 16;
    if (extra_size > RW_ANACACHE_MAX_EXTRA) return NULL;
    rw_anacache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->max_words = max_words;
    c->extra_size = extra_size;
    c->cap = 16;
    while (c->cap * 7 < max_words * 10) c->cap *= 2;
    c->slots = big_alloc(c->cap * sizeof *c->slots);
    if (c->slots) memset(c->slots, 0, c->cap * sizeof *c->slots);
    if (!c->slots) {
        free(c);
        return NULL;
    }
    return c;
}

void rw_anacache_free(rw_anacache *c)
{
    if (!c) return;
    free(c->slots);
    free(c->arena);
    free(c);
}

size_t rw_anacache_count(const rw_anacache *c)
{
    return c->count;
}

/* Eight bytes at a time with a multiply-xorshift mix: tokens are short, and this table is never
 * iterated, so unlike base/strmap.c its hash may be anything fast. */
static uint32_t hash_token(const char *s, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    if (i < len) {
        /* The last 1..7 bytes in at most two loads, which may overlap: a memcpy of a length
         * known only at run time was a call into the C library for nearly every token. */
        const uint8_t *p = (const uint8_t *)s + i;
        size_t r = len - i;
        uint64_t w;
        if (r >= 4) {
            uint32_t a, b;
            memcpy(&a, p, 4);
            memcpy(&b, p + r - 4, 4);
            w = a | (uint64_t)b << 8 * (r - 4);
        } else {
            w = p[0] | (uint64_t)p[r / 2] << 8 * (r / 2) | (uint64_t)p[r - 1] << 8 * (r - 1);
        }
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    h *= 0xC4CEB9FE1A85EC53ULL;
    return (uint32_t)(h >> 32);
}

/* The slot holding the token, or the empty slot where it would go. */
static size_t find(const rw_anacache *c, const char *fold, size_t len, uint32_t h)
{
    size_t i = h & (c->cap - 1);
    for (;;) {
        const slot *s = &c->slots[i];
        if (!s->off) return i;
        if (s->hash == h) {
            const uint8_t *r = c->arena + s->off - 1;
            if (r[0] == len && memcmp(r + RECORD_HEAD, fold, len) == 0) return i;
        }
        i = (i + 1) & (c->cap - 1);
    }
}

uint32_t rw_anacache_hash(const char *fold, size_t len)
{
    return hash_token(fold, len);
}

int rw_anacache_get(const rw_anacache *c, const char *fold, size_t len, rw_analysis *out,
                    size_t max, void *extra)
{
    return rw_anacache_get_h(c, fold, len, hash_token(fold, len), out, max, extra);
}

/* Copies a stem in whole words of eight bytes: a memcpy of a length known only at run time
 * became `rep movsq` for stems of eight bytes and more, whose start-up took half the time of
 * rw_anacache_get_h. The last word may read up to 7 bytes past the stem (the arena keeps
 * SLACK bytes beyond its end) and write them into stem[] (RW_MORPH_MAX_STEM, a multiple of 8,
 * bounds the rounded length). */
static inline void copy_stem(char *stem, const uint8_t *src, size_t n)
{
    for (size_t j = 0; j < n; j += 8) {
        uint64_t w;
        memcpy(&w, src + j, 8);
        memcpy(stem + j, &w, 8);
    }
}

_Static_assert(RW_MORPH_MAX_STEM % 8 == 0, "copy_stem() writes whole words into stem[]");

int rw_anacache_get_h(const rw_anacache *c, const char *fold, size_t len, uint32_t h,
                      rw_analysis *out, size_t max, void *extra)
{
    if (len > RW_ANACACHE_MAX_TOKEN) return -1;
    const slot *s = &c->slots[find(c, fold, len, h)];
    if (!s->off) return -1;
    const uint8_t *r = c->arena + s->off - 1;
    size_t n = r[1] < max ? r[1] : max;
    r += RECORD_HEAD + len;
    if (c->extra_size) memcpy(extra, r, c->extra_size);
    r += c->extra_size;
    for (size_t k = 0; k < n; k++) {
        rw_analysis *a = &out[k];
        a->stem_len = r[0];
        a->prefix_len = r[1];
        a->has_article = r[2];
        a->suffix_class = r[3];
        a->suffix_len = r[4];
        a->known = r[5];
        copy_stem(a->stem, r + ANALYSIS_HEAD, a->stem_len);
        a->stem[a->stem_len] = '\0';
        r += ANALYSIS_HEAD + a->stem_len;
    }
    return (int)n;
}

void rw_anacache_prefetch_slot(const rw_anacache *c, const char *fold, size_t len)
{
    rw_anacache_prefetch_slot_h(c, hash_token(fold, len));
}

void rw_anacache_prefetch_slot_h(const rw_anacache *c, uint32_t h)
{
    __builtin_prefetch(&c->slots[h & (c->cap - 1)]);
}

void rw_anacache_prefetch_record(const rw_anacache *c, const char *fold, size_t len)
{
    rw_anacache_prefetch_record_h(c, hash_token(fold, len));
}

/* Only the token's first slot is read: most tokens are found there or not at all, and a
 * prefetch that guesses wrong costs nothing but a line of cache. */
void rw_anacache_prefetch_record_h(const rw_anacache *c, uint32_t h)
{
    const slot *s = &c->slots[h & (c->cap - 1)];
    if (s->off && s->hash == h) {
        const uint8_t *r = c->arena + s->off - 1;
        __builtin_prefetch(r);
    }
}

static void empty(rw_anacache *c)
{
    memset(c->slots, 0, c->cap * sizeof *c->slots);
    c->count = 0;
    c->arena_len = 0;
}

int rw_anacache_put(rw_anacache *c, const char *fold, size_t len, const rw_analysis *an,
                    size_t n, const void *extra)
{
    if (len > RW_ANACACHE_MAX_TOKEN || n > UINT8_MAX) return -1;
    size_t need = RECORD_HEAD + len + c->extra_size;
    for (size_t k = 0; k < n; k++) need += ANALYSIS_HEAD + an[k].stem_len;
    if (c->count >= c->max_words) empty(c);
    if (c->arena_len + need >= UINT32_MAX) return -1;
    if (c->arena_len + need + SLACK > c->arena_cap) {
        size_t cap = c->arena_cap ? c->arena_cap * 2 : 4096;
        while (cap < c->arena_len + need + SLACK) cap *= 2;
        uint8_t *a;
        if (cap < HUGE_PAGE) {
            if (!(a = realloc(c->arena, cap))) return -1;
        } else { /* (realloc would lose the alignment) */
            if (!(a = big_alloc(cap))) return -1;
            memcpy(a, c->arena, c->arena_len);
            free(c->arena);
        }
        c->arena = a;
        c->arena_cap = cap;
    }
    uint32_t h = hash_token(fold, len);
    size_t i = find(c, fold, len, h);
    uint8_t *r = c->arena + c->arena_len;
    c->slots[i].hash = h;
    c->slots[i].off = (uint32_t)c->arena_len + 1;
    c->arena_len += need;
    c->count++;
    r[0] = (uint8_t)len;
    r[1] = (uint8_t)n;
    memcpy(r + RECORD_HEAD, fold, len);
    r += RECORD_HEAD + len;
    if (c->extra_size) memcpy(r, extra, c->extra_size);
    r += c->extra_size;
    for (size_t k = 0; k < n; k++) {
        const rw_analysis *a = &an[k];
        r[0] = a->stem_len;
        r[1] = a->prefix_len;
        r[2] = a->has_article;
        r[3] = a->suffix_class;
        r[4] = a->suffix_len;
        r[5] = a->known;
        memcpy(r + ANALYSIS_HEAD, a->stem, a->stem_len);
        r += ANALYSIS_HEAD + a->stem_len;
    }
    return 0;
}
