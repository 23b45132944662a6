/*
 * fuzz_common.c - helpers every harness links; see fuzz.h.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

#include "extract/readers.h"

void fuzz_fail(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    abort();
}

char *fuzz_text(const uint8_t *data, size_t size, size_t *len)
{
    long bad;
    char *text = rw_utf8_sanitize((const char *)data, size, len, &bad);
    for (size_t i = 0; text && i < *len; i++)
        if (!text[i]) text[i] = ' ';
    return text;
}
