/*
 * strmap.h - a hash table from byte strings to pointer-sized values.
 *
 * Open addressing with linear probing and FNV-1a hashing; keys are copied into the map. Used
 * wherever a folded form, an id or a name must be looked up fast (lexicons, the graph). Not
 * thread-safe; no hidden globals.
 */
#ifndef RW_STRMAP_H
#define RW_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct rw_strmap rw_strmap;

rw_strmap *rw_strmap_new(void);
void rw_strmap_free(rw_strmap *m);
/* Inserts or replaces; returns 0, or -1 when memory runs out. */
int rw_strmap_put(rw_strmap *m, const char *key, size_t len, void *value);
/* Returns 1 and sets *value when the key is present, else 0. */
int rw_strmap_get(const rw_strmap *m, const char *key, size_t len, void **value);
size_t rw_strmap_count(const rw_strmap *m);
/* Iteration: start with *pos = 0; returns 0 at the end. Order is unspecified. */
int rw_strmap_next(const rw_strmap *m, size_t *pos, const char **key, size_t *len, void **value);

/* 64-bit FNV-1a of a byte string: for hashing only, not for security. */
uint64_t rw_hash64(const void *data, size_t len, uint64_t seed);
/* rw_hash64 of the same bytes under two seeds, in one pass: each FNV step waits for the
 * multiply before it, and two independent chains overlap (a whole article is hashed so). */
void rw_hash64_pair(const void *data, size_t len, uint64_t seed_a, uint64_t seed_b, uint64_t *a,
                    uint64_t *b);

#endif
