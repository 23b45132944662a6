/*
 * utf8.c - the one place where untrusted bytes become valid UTF-8.
 *
 * Every reader passes its input through rw_utf8_sanitize() before anything else looks at it, so
 * ICU, libxml2, jansson and SQLite downstream only ever see well-formed UTF-8. Decoding uses
 * ICU's U8_NEXT, which rejects overlong forms, surrogates, truncated sequences and code points
 * above U+10FFFF, and consumes the "maximal subpart" of a bad sequence, so the number of U+FFFD
 * written follows the Unicode recommendation (and matches what browsers do).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "extract/readers.h"

/* U8_NEXT indexes with int32_t; longer inputs are decoded in windows of this size (a sequence
 * straddling a window end is re-read from its lead byte in the next window). */
#define WINDOW ((size_t)1 << 30)

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* How many bytes from p (eight of them readable) are whole characters of ASCII and two-byte
 * sequences (a lead C2..DF, a continuation 80..BF): 8, or 7 when the eighth byte is such a lead
 * (its continuation is the next block's), or 0 when the block holds anything else (a longer
 * sequence, C0, C1, a continuation out of place) and must be read character by character. Every
 * byte is classed at once by its top bits: a lead is 11xxxxxx, a continuation 10xxxxxx. */
static inline size_t two_byte_block(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v); /* byte k of the block is byte k of v from the low end */
#endif
    uint64_t high = v & HIGHS;
    if (!high) return 8;
    uint64_t b6 = (v << 1) & HIGHS, b5 = (v << 2) & HIGHS;
    uint64_t lead = high & b6, cont = high & ~b6;
    uint64_t c0 = (v & ~ONES) ^ (ONES * 0xC0); /* 0 in the bytes that are C0 or C1 */
    if ((lead & b5) || ((c0 - ONES) & ~c0 & lead)) return 0; /* E0..FF, C0, C1 */
    /* Each lead's next byte is a continuation, and each continuation follows a lead. */
    if (cont != lead << 8) return 0;
    return lead >> 56 ? 7 : 8;
}

/* The end of the well-formed run of s[i..len); when it stops short of len, *bad gets the length
 * of the bad subpart there. */
static size_t valid_run(const uint8_t *s, size_t i, size_t len, int32_t *bad)
{
    while (i < len) {
        /* Arabic text is two-byte letters and ASCII spaces and marks: eight bytes at a time
         * here, where a decode of each character through U8_NEXT made this loop 3 % of the
         * instructions of extract. A block ends on a character boundary, as i starts on one. */
        size_t k;
        while (i + 8 <= len && (k = two_byte_block(s + i)) != 0)
            i += k;
        if (i >= len) break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t rest = len - i;
        int32_t lim = (int32_t)(rest < WINDOW ? rest : WINDOW), j = 0;
        UChar32 c;
        U8_NEXT(s + i, j, lim, c);
        if (c < 0) {
            *bad = j;
            return i;
        }
        i += (size_t)j;
    }
    return i;
}

int rw_utf8_valid(const char *bytes, size_t len)
{
    int32_t bad;
    return valid_run((const uint8_t *)bytes, 0, len, &bad) == len;
}

char *rw_utf8_sanitize(const char *bytes, size_t len, size_t *out_len, long *first_bad)
{
    const uint8_t *s = (const uint8_t *)bytes;
    size_t i = 0;
    if (first_bad) *first_bad = -1;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;

    /* Each bad byte becomes at most 3 bytes (U+FFFD); size for the worst case only when a bad
     * sequence is actually seen, so clean input costs one allocation of len + 1. */
    size_t cap = len - i + 1, n = 0;
    char *out = malloc(cap);
    if (!out) return NULL;

    while (i < len) {
        /* A run of well-formed text is copied with one memcpy: a call per character was most of
         * the cost of clean input, which is nearly all input. */
        size_t run = i;
        int32_t j = 0;
        i = valid_run(s, i, len, &j);
        memcpy(out + n, s + run, i - run);
        n += i - run;
        if (i >= len) break;
        /* A bad subpart of j bytes at i. */
        if (first_bad && *first_bad < 0) *first_bad = (long)i;
        /* It is replaced by 3 bytes: grow only if it is shorter. */
        if (j < 3) {
            size_t need = n + 3 + (len - i - (size_t)j) + 1;
            if (need > cap) {
                size_t ncap = cap * 2 > need ? cap * 2 : need;
                char *p = realloc(out, ncap);
                if (!p) {
                    free(out);
                    return NULL;
                }
                out = p;
                cap = ncap;
            }
        }
        memcpy(out + n, "\xEF\xBF\xBD", 3);
        n += 3;
        i += (size_t)j;
    }
    out[n] = '\0';
    if (out_len) *out_len = n;
    return out;
}
