/*
 * buf.h - a growable byte buffer, always NUL-terminated.
 *
 * The one string builder of rawabit (in the spirit of Redis' sds, but a plain struct). A zeroed
 * rw_buf is a valid empty buffer. Appends return 0 on success and -1 when memory runs out, after
 * which the buffer keeps its previous content.
 */
#ifndef RW_BUF_H
#define RW_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct rw_buf {
    char *data; /* NUL-terminated when len > 0 or after any append; may be NULL when empty */
    size_t len;
    size_t cap;
} rw_buf;

int rw_buf_reserve(rw_buf *b, size_t extra);
int rw_buf_puts(rw_buf *b, const char *s);

/* rw_buf_append and rw_buf_putc are inlined where the buffer has room: a call to each, then to
 * rw_buf_reserve and memcpy, for every byte the mentions and ids append one at a time, were
 * 1.5 % of the instructions of extract. C99 inline: buf.c holds the external definitions, and
 * no other declaration of them may lack `inline` (it would define them in every file). */
int rw_buf_append_grow_(rw_buf *b, const char *s, size_t n);

inline int rw_buf_append(rw_buf *b, const char *s, size_t n)
{
    if (n >= b->cap - b->len) return rw_buf_append_grow_(b, s, n); /* no room for n and NUL */
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

inline int rw_buf_putc(rw_buf *b, char c)
{
    if (b->cap - b->len < 2) return rw_buf_append_grow_(b, &c, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}

int rw_buf_printf(rw_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int rw_buf_vprintf(rw_buf *b, const char *fmt, va_list ap);
/* Empties the buffer but keeps its memory for reuse. */
void rw_buf_reset(rw_buf *b);
/* Returns the content ("" when empty); the pointer is valid until the next append. */
const char *rw_buf_str(const rw_buf *b);
/* Hands the content to the caller (free() it) and leaves the buffer empty; never NULL unless
 * memory runs out. */
char *rw_buf_detach(rw_buf *b);
void rw_buf_free(rw_buf *b);

/* Appends everything readable from `fd` (a file, a pipe, standard input) to the buffer. Returns
 * 0, or an errno value (ENOMEM when memory runs out); the fd stays open. */
int rw_buf_read_fd(rw_buf *b, int fd);
/* Appends the whole file at `path`; 0, or an errno value (ENOENT, EACCES, ENOMEM ...). */
int rw_buf_read_file(rw_buf *b, const char *path);
/* The whole file as a new NUL-terminated string ("" for an empty file; free() it), its length in
 * *len when len is not NULL. NULL with errno set when it cannot be read. */
char *rw_read_file(const char *path, size_t *len);

#endif
