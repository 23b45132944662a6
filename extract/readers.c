/*
 * readers.c - what the user named (a file, a directory, "-") in, one call per article out.
 *
 * This is the dispatcher: it reads bytes, decides the format (by extension, else by sniffing the
 * first non-blank byte) and hands them to one of the format readers (reader_text.c,
 * reader_html.c, reader_jsonl.c). Directories are walked recursively in byte order of their
 * names, so a run over the same tree always sees the articles in the same order. Inside a
 * directory, hidden entries are skipped, and so are files whose extension is not one of ours
 * (a README or an image next to the articles) unless a format was forced; an entry that cannot
 * be read is reported and the walk goes on. Also home of the helpers the readers share
 * (reader_priv.h).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "extract/reader_priv.h"
#include "extract/readers.h"

/* ---- shared helpers ---- */

void rw_readers_report(const rw_reader_opts *opts, rw_problem_level level, const char *file,
                       long line, long offset, const char *fmt, ...)
{
    if (!opts || !opts->on_problem) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rw_problem p = {level, file, line, offset, msg};
    opts->on_problem(&p, opts->problem_ud);
}

/* Length of the white space at s[0..n): an ASCII space or control, or U+00A0 (C2 A0). */
static size_t space_at(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && n > 1 && (unsigned char)s[1] == 0xA0) return 2;
    return 0;
}

char *rw_readers_clean(const char *s, size_t n)
{
    if (!s) return NULL;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t k = 0;
    int gap = 0;
    for (size_t i = 0; i < n;) {
        size_t w = space_at(s + i, n - i);
        if (w) {
            gap = 1;
            i += w;
            continue;
        }
        if (gap && k) out[k++] = ' ';
        gap = 0;
        out[k++] = s[i++];
    }
    if (!k) {
        free(out);
        return NULL;
    }
    out[k] = '\0';
    return out;
}

char *rw_readers_strdup(const char *s)
{
    return s ? strdup(s) : NULL;
}

int rw_readers_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t w = space_at(s + i, n - i);
        if (!w) return 0;
        i += w;
    }
    return 1;
}

int rw_readers_binary(const char *bytes, size_t len)
{
    return memchr(bytes, '\0', len < 8192 ? len : 8192) != NULL;
}

/* Reads `n` digits at s; -1 when one of them is not a digit. */
static int digits_at(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "17/05/2015", "17.05.2015", "17-05-2015" (day first, as Arab and European sites write it; month
 * first only when the day-first reading is impossible: "05/17/2015"), and "2015/05/17". A time
 * may follow after a space or a 'T'. */
static int numeric_date(const char *s, rw_date *out)
{
    int y, m, d;
    size_t n = strlen(s);
    if (n < 10 || (n > 10 && s[10] != ' ' && s[10] != 'T')) return -1;
    if (s[4] == '/' && s[7] == '/') { /* YYYY/MM/DD */
        y = digits_at(s, 4);
        m = digits_at(s + 5, 2);
        d = digits_at(s + 8, 2);
    } else if ((s[2] == '/' || s[2] == '.' || s[2] == '-') && s[5] == s[2]) {
        d = digits_at(s, 2);
        m = digits_at(s + 3, 2);
        y = digits_at(s + 6, 4);
        if (m > 12 && d >= 1 && d <= 12) { /* the month came first */
            int t = m;
            m = d;
            d = t;
        }
    } else {
        return -1;
    }
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > rw_days_in_month(y, m)) return -1;
    *out = (rw_date){(short)y, (signed char)m, (signed char)d};
    return 0;
}

int rw_readers_date(const char *s, rw_date *out)
{
    if (!s) return -1;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    char tmp[64];
    if (n == 0 || n >= sizeof tmp) return -1;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    if (rw_date_parse(tmp, out) == 0) return 0;
    return numeric_date(tmp, out);
}

char *rw_readers_with_headline(const char *title, const char *text, size_t *len)
{
    size_t tl = title ? strlen(title) : 0, xl = strlen(text);
    while (tl && (title[tl - 1] == ' ' || title[tl - 1] == '\n' || title[tl - 1] == '.'))
        tl--;
    /* Pages copied with their navigation hold the headline further down: anywhere will do. */
    int add = tl && !rw_readers_blank(title, tl);
    for (size_t i = 0; add && i + tl <= xl; i++)
        if (memcmp(text + i, title, tl) == 0) add = 0;
    *len = add ? tl + 1 + xl : xl;
    char *out = malloc(*len + 1);
    if (!out) return NULL;
    if (add) {
        memcpy(out, title, tl);
        out[tl] = '\n';
        memcpy(out + tl + 1, text, xl + 1);
    } else {
        memcpy(out, text, xl + 1);
    }
    return out;
}

int rw_readers_deliver(rw_doc *doc, rw_doc_fn on_doc, void *ud)
{
    rw_doc_hash(doc);
    int rc = on_doc(doc, ud);
    rw_doc_clear(doc);
    return rc;
}

/* ---- choosing the format ---- */

typedef struct ext_format {
    const char *ext;
    rw_format format;
} ext_format;

static const ext_format extensions[] = {
    {".txt", RW_FORMAT_TEXT},     {".text", RW_FORMAT_TEXT},  {".html", RW_FORMAT_HTML},
    {".htm", RW_FORMAT_HTML},     {".xhtml", RW_FORMAT_HTML}, {".jsonl", RW_FORMAT_JSONL},
    {".ndjson", RW_FORMAT_JSONL},
};

static rw_format format_by_extension(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    if (!dot) return RW_FORMAT_AUTO;
    for (size_t i = 0; i < sizeof extensions / sizeof extensions[0]; i++)
        if (strcasecmp(dot, extensions[i].ext) == 0) return extensions[i].format;
    return RW_FORMAT_AUTO;
}

/* The first byte after a BOM and white space decides: markup, a JSON object, or prose. */
static rw_format format_by_sniffing(const char *bytes, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < len && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
        i++;
    if (i < len && bytes[i] == '<') return RW_FORMAT_HTML;
    if (i < len && bytes[i] == '{') return RW_FORMAT_JSONL;
    return RW_FORMAT_TEXT;
}

static int read_bytes(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                      rw_doc_fn on_doc, void *ud)
{
    rw_format f = opts->format;
    if (f == RW_FORMAT_AUTO && strcmp(name, "-") != 0) f = format_by_extension(name);
    if (f == RW_FORMAT_AUTO) f = format_by_sniffing(bytes, len);
    switch (f) {
    case RW_FORMAT_HTML:
        return rw_read_html(name, bytes, len, opts, on_doc, ud);
    case RW_FORMAT_JSONL:
        return rw_read_jsonl(name, bytes, len, opts, on_doc, ud);
    default:
        return rw_read_text(name, bytes, len, opts, on_doc, ud);
    }
}

/* ---- reading files ---- */

/* Reads one file and dispatches it. When the file cannot be opened or read, sets *sys_err to the
 * errno value (ENOMEM included) and delivers nothing; else *sys_err is 0 and the readers' return
 * value is passed on. */
static int read_file(const char *path, const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud,
                     int *sys_err)
{
    int is_stdin = strcmp(path, "-") == 0;
    *sys_err = 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *sys_err = errno;
        return 0;
    }
    rw_buf b = {0};
    int e = rw_buf_read_fd(&b, fd);
    if (!is_stdin) close(fd);
    if (e) {
        rw_buf_free(&b);
        *sys_err = e;
        return 0;
    }
    int rc = read_bytes(path, b.data ? b.data : "", b.len, opts, on_doc, ud);
    rw_buf_free(&b);
    return rc;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* The directories from the top of the walk down to the current one, to notice a symlink that
 * leads back up (which would otherwise read the same files again and again). */
typedef struct dir_chain {
    dev_t dev;
    ino_t ino;
    const struct dir_chain *up;
} dir_chain;

/* Walks a directory. A directory that cannot be listed is an error at the top (no `up`) and a
 * reported problem below it. */
static int read_dir(const char *dir, const struct stat *dst, const dir_chain *up,
                    const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud, rw_error *err)
{
    for (const dir_chain *c = up; c; c = c->up)
        if (c->dev == dst->st_dev && c->ino == dst->st_ino) {
            rw_readers_report(opts, RW_BAD, dir, 0, -1,
                              "directory already being read (a symlink loop), skipped");
            return 0;
        }
    dir_chain here = {dst->st_dev, dst->st_ino, up};
    struct dirent **names = NULL;
    int n = scandir(dir, &names, NULL, by_name);
    if (n < 0) {
        if (!up)
            return rw_error_set(err, RW_EIO, "%s: cannot read directory: %s", dir, strerror(errno));
        rw_readers_report(opts, RW_BAD, dir, 0, -1, "cannot read directory: %s", strerror(errno));
        return 0;
    }
    size_t dlen = strlen(dir);
    int sep = dlen && dir[dlen - 1] != '/';
    int rc = 0;
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        if (rc || name[0] == '.') continue;
        size_t plen = dlen + (size_t)sep + strlen(name) + 1;
        char *path = malloc(plen);
        if (!path) {
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory", dir);
            continue;
        }
        snprintf(path, plen, "%s%s%s", dir, sep ? "/" : "", name);
        int ours = opts->format != RW_FORMAT_AUTO || format_by_extension(path) != RW_FORMAT_AUTO;
        struct stat st;
        int e = 0;
        if (stat(path, &st) != 0) {
            /* A dangling symlink or an entry that vanished: only worth a word if it was ours. */
            if (ours)
                rw_readers_report(opts, RW_BAD, path, 0, -1, "cannot read: %s", strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            rc = read_dir(path, &st, &here, opts, on_doc, ud, err);
        } else if (!ours) {
            /* not an article file (a README, an image): skipped without a word */
        } else if (!S_ISREG(st.st_mode)) {
            /* Opening a FIFO or a device could block forever. */
            rw_readers_report(opts, RW_BAD, path, 0, -1, "not a regular file, skipped");
        } else {
            rc = read_file(path, opts, on_doc, ud, &e);
            if (e == ENOMEM)
                rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory reading it", path);
            else if (e)
                rw_readers_report(opts, RW_BAD, path, 0, -1, "cannot read: %s", strerror(e));
        }
        free(path);
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int rw_read_input(const char *path, const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud,
                  rw_error *err)
{
    static const rw_reader_opts defaults = {RW_FORMAT_AUTO, {0, 0, 0}, NULL, NULL};
    if (!opts) opts = &defaults;
    if (!path || !on_doc) return rw_error_set(err, RW_EUSAGE, "rw_read_input: no path or callback");
    if (strcmp(path, "-") != 0) {
        struct stat st;
        if (stat(path, &st) != 0)
            return rw_error_set(err, RW_EIO, "%s: cannot open: %s", path, strerror(errno));
        if (S_ISDIR(st.st_mode)) return read_dir(path, &st, NULL, opts, on_doc, ud, err);
    }
    int e = 0;
    int rc = read_file(path, opts, on_doc, ud, &e);
    if (e) {
        if (e == ENOMEM) return rw_error_set(err, RW_ENOMEM, "%s: out of memory reading it", path);
        return rw_error_set(err, RW_EIO, "%s: cannot read: %s", path, strerror(e));
    }
    return rc;
}
