/* buf.c - see buf.h. */
#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

int rw_buf_append_grow_(rw_buf *b, const char *s, size_t n)
{
    if (rw_buf_reserve(b, n)) return -1;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

extern inline int rw_buf_append(rw_buf *b, const char *s, size_t n);
extern inline int rw_buf_putc(rw_buf *b, char c);

int rw_buf_puts(rw_buf *b, const char *s)
{
    return rw_buf_append(b, s, strlen(s));
}

int rw_buf_vprintf(rw_buf *b, const char *fmt, va_list ap)
{
    /* Written straight into the room left when it fits, which it nearly always does: measuring
     * first made every call format twice (1.3 % of the instructions of extract). */
    size_t room = b->data ? b->cap - b->len : 0;
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, copy);
    va_end(copy);
    if (n >= 0 && (size_t)n < room) {
        b->len += (size_t)n;
        return 0;
    }
    if (room) b->data[b->len] = '\0'; /* the buffer keeps its content if what follows fails */
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

int rw_buf_read_fd(rw_buf *b, int fd)
{
    /* A regular file's size is known: one allocation instead of doubling. */
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        if (rw_buf_reserve(b, (size_t)st.st_size)) return ENOMEM;
    for (;;) {
        if (rw_buf_reserve(b, 65536)) return ENOMEM;
        ssize_t r = read(fd, b->data + b->len, b->cap - b->len - 1);
        if (r < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (r == 0) break;
        b->len += (size_t)r;
    }
    b->data[b->len] = '\0';
    return 0;
}

int rw_buf_read_file(rw_buf *b, const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    int e = rw_buf_read_fd(b, fd);
    close(fd);
    return e;
}

char *rw_read_file(const char *path, size_t *len)
{
    rw_buf b = {0};
    int e = rw_buf_read_file(&b, path);
    if (e) {
        rw_buf_free(&b);
        errno = e;
        return NULL;
    }
    if (len) *len = b.len;
    return rw_buf_detach(&b);
}
