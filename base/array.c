/* array.c - see array.h. */
#include "array.h"

#include <stdint.h>
#include <stdlib.h>

int rw_array_reserve(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 16;
    while (c < need) {
        if (c > SIZE_MAX / 2) return -1;
        c *= 2;
    }
    if (size && c > SIZE_MAX / size) return -1;
    void *p = realloc(*v, c * size);
    if (!p) return -1;
    *v = p;
    *cap = c;
    return 0;
}
