/* strmap.c - see strmap.h. Keys live in one malloc'd block each; the table stays <= 70% full.
 *
 * Most lookups in extraction miss (is this stem a known word?), and the lexicon tables are
 * larger than the cache, so a probe that touched the 32-byte slots would cost a cache miss per
 * lookup. Beside the slots a dense array of 16-bit tags (the hash's top bits, never 0; 0 = empty)
 * is probed first: a miss usually touches one cache line of tags and no slot at all. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

typedef struct slot {
    char *key; /* NULL = empty */
    size_t len;
    uint64_t hash;
    void *value;
} slot;

enum { FIRST_CAP = 16 };

struct rw_strmap {
    slot *slots;
    uint16_t *tags; /* tags[i] == 0: slots[i] is empty */
    size_t cap; /* a power of two */
    size_t count;
    /* The first table lives in the map itself: extraction makes and frees a dozen small maps an
     * article (130,000 on ANT), and three callocs and frees each were 2 % of the instructions. */
    slot slots0[FIRST_CAP];
    uint16_t tags0[FIRST_CAP];
};

/* FNV-1a 64 */
#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

uint64_t rw_hash64(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t h = FNV_OFFSET ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= FNV_PRIME;
    }
    return h;
}

void rw_hash64_pair(const void *data, size_t len, uint64_t seed_a, uint64_t seed_b, uint64_t *a,
                    uint64_t *b)
{
    const unsigned char *p = data;
    uint64_t ha = FNV_OFFSET ^ seed_a, hb = FNV_OFFSET ^ seed_b;
    for (size_t i = 0; i < len; i++) {
        ha = (ha ^ p[i]) * FNV_PRIME;
        hb = (hb ^ p[i]) * FNV_PRIME;
    }
    *a = ha;
    *b = hb;
}

rw_strmap *rw_strmap_new(void)
{
    rw_strmap *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->cap = FIRST_CAP;
    m->slots = m->slots0;
    m->tags = m->tags0;
    return m;
}

/* Frees a table unless it is the one inside the map. */
static void free_table(rw_strmap *m, slot *slots, uint16_t *tags)
{
    if (slots != m->slots0) free(slots);
    if (tags != m->tags0) free(tags);
}

void rw_strmap_free(rw_strmap *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->cap; i++)
        if (m->tags[i]) free(m->slots[i].key);
    free_table(m, m->slots, m->tags);
    free(m);
}

static uint16_t tag_of(uint64_t h)
{
    uint16_t t = (uint16_t)(h >> 48);
    return t ? t : 1;
}

/* The index of the key's slot, or of the empty slot where it would go. */
static size_t find(const rw_strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t i = h & (m->cap - 1);
    uint16_t t = tag_of(h);
    for (;;) {
        uint16_t ti = m->tags[i];
        if (!ti) return i;
        if (ti == t) {
            const slot *s = &m->slots[i];
            if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) return i;
        }
        i = (i + 1) & (m->cap - 1);
    }
}

static int grow(rw_strmap *m)
{
    size_t cap = m->cap * 2;
    slot *old = m->slots;
    uint16_t *oldtags = m->tags;
    size_t oldcap = m->cap;
    slot *slots = calloc(cap, sizeof *slots);
    uint16_t *tags = calloc(cap, sizeof *tags);
    if (!slots || !tags) {
        free(slots);
        free(tags);
        return -1;
    }
    m->slots = slots;
    m->tags = tags;
    m->cap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key) continue;
        size_t j = find(m, old[i].key, old[i].len, old[i].hash);
        slots[j] = old[i];
        tags[j] = tag_of(old[i].hash);
    }
    free_table(m, old, oldtags);
    return 0;
}

int rw_strmap_put(rw_strmap *m, const char *key, size_t len, void *value)
{
    if ((m->count + 1) * 10 > m->cap * 7 && grow(m)) return -1;
    uint64_t h = rw_hash64(key, len, 0);
    size_t i = find(m, key, len, h);
    slot *s = &m->slots[i];
    if (!s->key) {
        s->key = malloc(len + 1);
        if (!s->key) return -1;
        memcpy(s->key, key, len);
        s->key[len] = '\0';
        s->len = len;
        s->hash = h;
        m->tags[i] = tag_of(h);
        m->count++;
    }
    s->value = value;
    return 0;
}

int rw_strmap_get(const rw_strmap *m, const char *key, size_t len, void **value)
{
    size_t i = find(m, key, len, rw_hash64(key, len, 0));
    /* A miss is told by its tag: reading the empty slot's key was a trip to memory that the
     * tags exist to spare (half of this function's time, most lookups being misses). */
    if (!m->tags[i]) return 0;
    if (value) *value = m->slots[i].value;
    return 1;
}

size_t rw_strmap_count(const rw_strmap *m)
{
    return m->count;
}

int rw_strmap_next(const rw_strmap *m, size_t *pos, const char **key, size_t *len, void **value)
{
    while (*pos < m->cap) {
        slot *s = &m->slots[(*pos)++];
        if (!s->key) continue;
        if (key) *key = s->key;
        if (len) *len = s->len;
        if (value) *value = s->value;
        return 1;
    }
    return 0;
}
