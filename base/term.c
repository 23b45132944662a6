/*
 * term.c - text made safe for a terminal (see term.h).
 *
 * One pass over the bytes, decoding UTF-8 strictly (no overlong forms, no surrogates, nothing
 * past U+10FFFF), so that what is judged safe is exactly what the terminal will see. Runs of
 * safe text are passed on whole; only the rare unsafe character costs a replacement.
 */
#include "base/term.h"

#include <string.h>

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

int rw_term_unsafe(unsigned long cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* The length of the well-formed UTF-8 sequence at p (at most n bytes) and its code point in
 * *cp; 0 when the bytes there are not well-formed UTF-8. */
static size_t decode(const unsigned char *p, size_t n, unsigned long *cp)
{
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    size_t len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
    if (!len || len > n || p[0] > 0xF4) return 0;
    unsigned long c = p[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        c = c << 6 | (p[i] & 0x3F);
    }
    static const unsigned long least[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < least[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return len;
}

/* What replaces the character at hand: NULL when it is safe and passes as it is. */
static const char *replace(unsigned long cp, size_t len, unsigned flags)
{
    if (len && cp == '\n' && !(flags & RW_TERM_ONE_LINE)) return NULL;
    if (len && cp == '\t' && !(flags & RW_TERM_ONE_LINE)) return NULL;
    if (len && (cp == '\t' || cp == '\n' || cp == '\r') && (flags & RW_TERM_ONE_LINE)) return " ";
    return !len || rw_term_unsafe(cp) ? replacement : NULL;
}

typedef void (*sink_fn)(void *ctx, const char *s, size_t n);

static void clean(const char *s, size_t n, unsigned flags, sink_fn sink, void *ctx)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t safe = 0; /* start of the pending run of safe bytes */
    for (size_t i = 0; i < n;) {
        unsigned long cp = 0;
        size_t len = decode(p + i, n - i, &cp);
        const char *r = replace(cp, len, flags);
        if (!r) {
            i += len;
            continue;
        }
        if (i > safe) sink(ctx, s + safe, i - safe);
        sink(ctx, r, strlen(r));
        i += len ? len : 1;
        safe = i;
    }
    if (n > safe) sink(ctx, s + safe, n - safe);
}

typedef struct buf_sink {
    rw_buf *b;
    int failed;
} buf_sink;

static void to_buf(void *ctx, const char *s, size_t n)
{
    buf_sink *k = ctx;
    if (rw_buf_append(k->b, s, n) < 0) k->failed = 1;
}

static void to_file(void *ctx, const char *s, size_t n)
{
    fwrite(s, 1, n, ctx);
}

int rw_term_clean(rw_buf *b, const char *s, size_t n, unsigned flags)
{
    buf_sink k = {b, 0};
    if (rw_buf_reserve(b, n) < 0) return -1;
    clean(s, n, flags, to_buf, &k);
    return k.failed ? -1 : 0;
}

void rw_term_puts(FILE *out, const char *s, unsigned flags)
{
    if (s) clean(s, strlen(s), flags, to_file, out);
}
