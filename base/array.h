/*
 * array.h - growing a plain C array by doubling.
 *
 * The modules keep their items in ordinary arrays (pointer + count + capacity) and call this
 * before appending, so that growth policy and the out-of-memory path are written once.
 */
#ifndef RW_ARRAY_H
#define RW_ARRAY_H

#include <stddef.h>

/* Makes room for at least `need` elements of `size` bytes in *v, whose capacity is *cap
 * (doubling from 16). Returns 0, or -1 when memory runs out, leaving *v and *cap as they were. */
int rw_array_reserve(void **v, size_t *cap, size_t need, size_t size);

#endif
