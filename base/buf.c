/* buf.c - see buf.h. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int rw_buf_reserve(rw_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int rw_buf_append(rw_buf *b, const char *s, size_t n)
{
    if (rw_buf_reserve(b, n)) return -1;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int rw_buf_puts(rw_buf *b, const char *s)
{
    return rw_buf_append(b, s, strlen(s));
}

int rw_buf_putc(rw_buf *b, char c)
{
    return rw_buf_append(b, &c, 1);
}

int rw_buf_vprintf(rw_buf *b, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0 || rw_buf_reserve(b, (size_t)n)) return -1;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int rw_buf_printf(rw_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = rw_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return r;
}

void rw_buf_reset(rw_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

const char *rw_buf_str(const rw_buf *b)
{
    return b->data ? b->data : "";
}

char *rw_buf_detach(rw_buf *b)
{
    char *p = b->data ? b->data : calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void rw_buf_free(rw_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
