/*
 * readers.c - what the user named (a file, a directory, "-") in, one call per article out.
 *
 * This is the dispatcher: it reads bytes, decides the format and hands them to one of the format
 * readers (reader_text.c, reader_html.c, reader_jsonl.c, reader_json.c, reader_trec.c,
 * reader_warc.c, reader_feed.c). Compressed files and archives are recognised by their magic
 * bytes, whatever their name, and go to reader_archive.c, which brings each member back here.
 * The format is the extension's, else the first bytes': "<DOC" a TREC/Gigaword collection (also
 * in a .txt file, as ANT names them), "WARC/" a web archive, "<rss" or "<feed" a feed, "[" a JSON
 * array, "<" HTML, "{" JSONL, anything else text. Directories are walked recursively in byte order
 * of their names, so a run over the same tree always sees the articles in the same order. Inside a
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
#include <sys/mman.h>
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
    if (add) {
        /* strstr (two-way, vectorised in the C library) rather than a memcmp at every byte. The
         * text holds no NUL before xl, nor the title before tl. */
        char *needle = strndup(title, tl);
        if (!needle) return NULL;
        add = strstr(text, needle) == NULL;
        free(needle);
    }
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

/* Replaces *field by its repaired copy when it is not well-formed UTF-8 (a feed's CDATA or an
 * attribute may carry bytes its parser let through). Returns -1 when memory runs out. */
static int repair_field(char **field, size_t *len)
{
    if (!*field) return 0;
    size_t n = len ? *len : strlen(*field);
    if (rw_utf8_valid(*field, n)) return 0;
    size_t out = 0;
    char *clean = rw_utf8_sanitize(*field, n, &out, NULL);
    if (!clean) return -1;
    free(*field);
    *field = clean;
    if (len) *len = out;
    return 0;
}

static int repair_doc(rw_doc *doc, int text_too)
{
    return repair_field(&doc->id, NULL) || repair_field(&doc->source, NULL) ||
                   repair_field(&doc->url, NULL) || repair_field(&doc->title, NULL) ||
                   repair_field(&doc->lang, NULL) ||
                   (text_too && repair_field(&doc->text, &doc->text_len))
               ? -1
               : 0;
}

int rw_readers_repair(rw_doc *doc)
{
    return repair_doc(doc, 1);
}

static int deliver(rw_doc *doc, int text_too, rw_doc_fn on_doc, void *ud)
{
    /* Every reader's documents keep the promise of document.h, whatever its parser passed on. */
    if (repair_doc(doc, text_too)) {
        rw_doc_clear(doc);
        return RW_ENOMEM;
    }
    rw_doc_hash(doc);
    int rc = on_doc(doc, ud);
    rw_doc_clear(doc);
    return rc;
}

int rw_readers_deliver(rw_doc *doc, rw_doc_fn on_doc, void *ud)
{
    return deliver(doc, 1, on_doc, ud);
}

int rw_readers_deliver_valid_text(rw_doc *doc, rw_doc_fn on_doc, void *ud)
{
    /* Checking the whole text again was 1.6 % of the instructions of extract on JSONL. */
    return deliver(doc, 0, on_doc, ud);
}

char *rw_readers_utf8(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                      size_t *out_len, long *first_bad)
{
    long bad = -1;
    char *clean = rw_utf8_sanitize(bytes, len, out_len, &bad);
    if (!clean)
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
    else if (bad >= 0)
        rw_readers_report(opts, RW_WARNING, name, 0, bad, "invalid UTF-8, replaced by U+FFFD");
    if (first_bad) *first_bad = bad;
    return clean;
}

char *rw_readers_trim(const char *s, size_t n)
{
    size_t a = 0, w;
    while (a < n && (w = space_at(s + a, n - a)))
        a += w;
    while (n > a) {
        if (space_at(s + n - 1, 1)) {
            n--;
        } else if (n - a >= 2 && space_at(s + n - 2, 2) == 2) {
            n -= 2;
        } else {
            break;
        }
    }
    if (n == a) return NULL;
    char *out = malloc(n - a + 1);
    if (!out) return NULL;
    memcpy(out, s + a, n - a);
    out[n - a] = '\0';
    return out;
}

/* ---- choosing the format ---- */

typedef struct ext_format {
    const char *ext;
    rw_format format;
} ext_format;

static const ext_format extensions[] = {
    {".txt", RW_FORMAT_TEXT},     {".text", RW_FORMAT_TEXT},  {".html", RW_FORMAT_HTML},
    {".htm", RW_FORMAT_HTML},     {".xhtml", RW_FORMAT_HTML}, {".jsonl", RW_FORMAT_JSONL},
    {".ndjson", RW_FORMAT_JSONL}, {".json", RW_FORMAT_JSON},  {".sgml", RW_FORMAT_TREC},
    {".sgm", RW_FORMAT_TREC},     {".trec", RW_FORMAT_TREC},  {".warc", RW_FORMAT_WARC},
    {".rss", RW_FORMAT_FEED},     {".atom", RW_FORMAT_FEED},  {".xml", RW_FORMAT_FEED},
};

/* Containers: read in a directory walk like article files, opened by reader_archive.c. The
 * compressions among them name one file; their extension is dropped to find its format. */
static const char *const container_extensions[] = {".zip",  ".tar",  ".tgz", ".txz",
                                                   ".tbz2", ".tzst", ".7z"};
static const char *const compression_extensions[] = {".gz", ".xz", ".zst", ".bz2", ".lz4"};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static const char *extension(const char *path)
{
    const char *slash = strrchr(path, '/');
    return strrchr(slash ? slash + 1 : path, '.');
}

static int in_list(const char *dot, const char *const *list, size_t n)
{
    for (size_t i = 0; dot && i < n; i++)
        if (strcasecmp(dot, list[i]) == 0) return 1;
    return 0;
}

static rw_format format_by_extension(const char *path)
{
    const char *dot = extension(path);
    if (!dot) return RW_FORMAT_AUTO;
    for (size_t i = 0; i < N_OF(extensions); i++)
        if (strcasecmp(dot, extensions[i].ext) == 0) return extensions[i].format;
    return RW_FORMAT_AUTO;
}

/* Whether a directory walk reads this file: an article format or a container. */
static int ours_by_extension(const char *path)
{
    const char *dot = extension(path);
    return format_by_extension(path) != RW_FORMAT_AUTO ||
           in_list(dot, container_extensions, N_OF(container_extensions)) ||
           in_list(dot, compression_extensions, N_OF(compression_extensions));
}

/* Magic bytes of the compressions and archives libarchive reads for us. */
static int container_by_magic(const char *b, size_t len)
{
    static const struct {
        size_t at, n;
        const char *magic;
    } magics[] = {
        {0, 2, "\x1F\x8B"},           /* gzip */
        {0, 6, "\xFD\x37zXZ\0"},      /* xz */
        {0, 4, "\x28\xB5\x2F\xFD"},   /* zstd */
        {0, 4, "\x04\x22\x4D\x18"},   /* lz4 */
        {4, 6, "1AY&SY"},             /* bzip2, after "BZh" and the block size */
        {0, 4, "PK\x03\x04"},         /* zip */
        {0, 4, "PK\x05\x06"},         /* empty zip */
        {0, 6, "7z\xBC\xAF\x27\x1C"}, /* 7-Zip */
        {257, 5, "ustar"},            /* tar */
    };
    for (size_t i = 0; i < N_OF(magics); i++)
        if (len >= magics[i].at + magics[i].n &&
            memcmp(b + magics[i].at, magics[i].magic, magics[i].n) == 0)
            return i != 4 || memcmp(b, "BZh", 3) == 0;
    return 0;
}

/* Whether the first thing in bytes (after a BOM, white space and an XML declaration or comments
 * when `past_prolog`) starts with `word`, in any case. */
static int opens_with(const char *bytes, size_t len, const char *word, int past_prolog)
{
    size_t i = 0, n = strlen(word);
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) i = 3;
    for (;;) {
        while (i < len &&
               (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
            i++;
        if (!past_prolog || i + 1 >= len || bytes[i] != '<' ||
            (bytes[i + 1] != '?' && bytes[i + 1] != '!'))
            break;
        const char *gt = memchr(bytes + i, '>', len - i < 4096 ? len - i : 4096);
        if (!gt) break;
        i = (size_t)(gt - bytes) + 1;
    }
    return len - i >= n && strncasecmp(bytes + i, word, n) == 0;
}

/* The first bytes decide: a TREC collection, a WARC, a feed, a JSON array, markup, a JSON object
 * a line, or prose. */
static rw_format format_by_sniffing(const char *bytes, size_t len)
{
    if (opens_with(bytes, len, "<DOC>", 0) || opens_with(bytes, len, "<DOC ", 0))
        return RW_FORMAT_TREC;
    if (opens_with(bytes, len, "WARC/", 0)) return RW_FORMAT_WARC;
    if (opens_with(bytes, len, "<rss", 1) || opens_with(bytes, len, "<feed", 1) ||
        opens_with(bytes, len, "<rdf:RDF", 1))
        return RW_FORMAT_FEED;
    if (opens_with(bytes, len, "[", 0)) return RW_FORMAT_JSON;
    if (opens_with(bytes, len, "<", 0)) return RW_FORMAT_HTML;
    if (opens_with(bytes, len, "{", 0)) return RW_FORMAT_JSONL;
    return RW_FORMAT_TEXT;
}

int rw_readers_dispatch(const char *name, const char *hint, const char *bytes, size_t len,
                        const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud, int depth)
{
    if (container_by_magic(bytes, len))
        return rw_readers_archive(name, hint, bytes, len, opts, on_doc, ud, depth);
    rw_format f = opts->format;
    if (f == RW_FORMAT_AUTO && strcmp(hint, "-") != 0) f = format_by_extension(hint);
    /* ANT and other TREC collections name their files .txt. */
    if (f == RW_FORMAT_AUTO || (f == RW_FORMAT_TEXT && opts->format == RW_FORMAT_AUTO &&
                                format_by_sniffing(bytes, len) == RW_FORMAT_TREC))
        f = format_by_sniffing(bytes, len);
    /* .xml names feeds and much else (sitemaps, exports): only a feed is ours, and any other
     * XML beside the articles is passed over with a word, not counted as bad input. */
    if (f == RW_FORMAT_FEED && opts->format == RW_FORMAT_AUTO && extension(hint) &&
        strcasecmp(extension(hint), ".xml") == 0 &&
        format_by_sniffing(bytes, len) != RW_FORMAT_FEED) {
        rw_readers_report(opts, RW_WARNING, name, 0, -1,
                          "XML that is not an RSS or Atom feed, skipped");
        return 0;
    }
    static rw_reader_fn *const by_format[] = {
        [RW_FORMAT_AUTO] = rw_read_text, [RW_FORMAT_TEXT] = rw_read_text,
        [RW_FORMAT_HTML] = rw_read_html, [RW_FORMAT_JSONL] = rw_read_jsonl,
        [RW_FORMAT_JSON] = rw_read_json, [RW_FORMAT_TREC] = rw_read_trec,
        [RW_FORMAT_WARC] = rw_read_warc, [RW_FORMAT_FEED] = rw_read_feed,
    };
    rw_reader_fn *reader = (size_t)f < N_OF(by_format) ? by_format[f] : rw_read_text;
    return reader(name, bytes, len, opts, on_doc, ud);
}

int rw_readers_wanted(const char *hint, const char *bytes, size_t len)
{
    if (ours_by_extension(hint) || container_by_magic(bytes, len)) return 1;
    if (extension(hint)) return 0;
    rw_format f = format_by_sniffing(bytes, len);
    return f != RW_FORMAT_TEXT && f != RW_FORMAT_HTML;
}

int rw_readers_is_compression(const char *name)
{
    return in_list(extension(name), compression_extensions, N_OF(compression_extensions));
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
    /* A large regular file is mapped rather than read whole into memory: the JSONL reader
     * releases what it has read, so a 100 MB corpus does not add 100 MB to the peak. */
    struct stat fst;
    if (!is_stdin && fstat(fd, &fst) == 0 && S_ISREG(fst.st_mode) && fst.st_size >= (1 << 20)) {
        size_t len = (size_t)fst.st_size;
        void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            close(fd);
            madvise(map, len, MADV_SEQUENTIAL);
            rw_reader_opts mapped = *opts;
            mapped.mapping = map;
            int rc = rw_readers_dispatch(path, path, map, len, &mapped, on_doc, ud, 0);
            munmap(map, len);
            return rc;
        }
    }
    rw_buf b = {0};
    int e = rw_buf_read_fd(&b, fd);
    if (!is_stdin) close(fd);
    if (e) {
        rw_buf_free(&b);
        *sys_err = e;
        return 0;
    }
    int rc = rw_readers_dispatch(path, path, b.data ? b.data : "", b.len, opts, on_doc, ud, 0);
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
        int ours = opts->format != RW_FORMAT_AUTO || ours_by_extension(path);
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

/* ---- stable ids ---- */

/* Readers that know no better call a document by its path (a text or HTML file, a JSONL line
 * without an id). The path as typed depends on where the ingest ran from, so such ids are
 * rewritten to start from the last component of what was named: "/home/a/corpus/x.html" and
 * "../corpus/x.html" both become "corpus/x.html", and the same corpus gives the same ids and IRIs
 * from any directory. Ids the content gives (DOCNO, a JSON id, a URL) are left alone; so is the
 * source, which names the file as typed for the user to find it. */
typedef struct stable_ids {
    const char *given; /* the path as typed, without trailing slashes */
    size_t given_len;
    char *stable; /* its last component */
    rw_doc_fn on_doc;
    void *ud;
} stable_ids;

static int with_stable_id(rw_doc *doc, void *ud)
{
    stable_ids *s = ud;
    if (doc->id && doc->source && strcmp(doc->id, doc->source) == 0 &&
        strncmp(doc->id, s->given, s->given_len) == 0) {
        const char *rest = doc->id + s->given_len;
        size_t n = strlen(s->stable) + strlen(rest) + 1;
        char *id = malloc(n);
        if (!id) return RW_ENOMEM;
        snprintf(id, n, "%s%s", s->stable, rest);
        free(doc->id);
        doc->id = id;
    }
    return s->on_doc(doc, s->ud);
}

/* The last component of `path` (without trailing slashes); for ".", ".." and the like, that of
 * the directory they resolve to. NULL when there is none (the root) or memory runs out. */
static char *last_component(const char *path, size_t len)
{
    size_t a = len;
    while (a && path[a - 1] != '/')
        a--;
    const char *base = path + a;
    size_t n = len - a;
    if (n && !(n == 1 && base[0] == '.') && !(n == 2 && base[0] == '.' && base[1] == '.'))
        return strndup(base, n);
    char *real = realpath(path, NULL);
    if (!real) return NULL;
    const char *slash = strrchr(real, '/');
    char *out = slash && slash[1] ? strdup(slash + 1) : NULL;
    free(real);
    return out;
}

int rw_read_input(const char *path, const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud,
                  rw_error *err)
{
    static const rw_reader_opts defaults = {RW_FORMAT_AUTO, {0, 0, 0}, NULL, NULL, NULL};
    if (!opts) opts = &defaults;
    if (!path || !on_doc) return rw_error_set(err, RW_EUSAGE, "rw_read_input: no path or callback");
    stable_ids ids = {path, strlen(path), NULL, on_doc, ud};
    while (ids.given_len > 1 && path[ids.given_len - 1] == '/')
        ids.given_len--;
    if (strcmp(path, "-") != 0) {
        ids.stable = last_component(path, ids.given_len);
        if (ids.stable) {
            on_doc = with_stable_id;
            ud = &ids;
        }
    }
    int rc = 0;
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) != 0) {
        rc = rw_error_set(err, RW_EIO, "%s: cannot open: %s", path, strerror(errno));
    } else if (strcmp(path, "-") != 0 && S_ISDIR(st.st_mode)) {
        rc = read_dir(path, &st, NULL, opts, on_doc, ud, err);
    } else {
        int e = 0;
        rc = read_file(path, opts, on_doc, ud, &e);
        if (e == ENOMEM)
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory reading it", path);
        else if (e)
            rc = rw_error_set(err, RW_EIO, "%s: cannot read: %s", path, strerror(e));
    }
    free(ids.stable);
    return rc;
}
