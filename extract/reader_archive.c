/*
 * reader_archive.c - compressed files and archives, through libarchive.
 *
 * libarchive does the unpacking (zip, tar, 7z; gzip, xz, zstd, bzip2, lz4 and the other filters
 * it knows, stacked as in .tar.xz) so that none of it is written here. A compressed single file
 * (.jsonl.gz, a Gigaword .gz) is libarchive's "raw" format: one member, called by the file's own
 * name, whose format is that of the name without its .gz. Each member goes back to the
 * dispatcher (readers.c), so a .jsonl.gz inside a zip works; nesting stops at MAX_DEPTH against
 * archive bombs. Members are named ARCHIVE/MEMBER in problems and ids.
 *
 * Damage: a member that cannot be read (a bad CRC, an unsupported method) is reported and
 * skipped, and the next member is read. A single compressed stream cut short (a download that
 * stopped) is reported and what came out before the damage is still read - it is all there is.
 * Damage that libarchive cannot get past (a tar.gz cut in the middle) ends the archive there,
 * reported; the members before it went in.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <archive.h>
#include <archive_entry.h>

#include "base/buf.h"
#include "extract/reader_priv.h"
#include "extract/readers.h"

#define MAX_DEPTH 4
#define MAX_MEMBER ((size_t)INT_MAX) /* the readers' own limit (libxml2 takes an int length) */

/* A member worth reading: not hidden, not macOS's resource-fork shadow folder. */
static int wanted(const char *path)
{
    if (strncmp(path, "__MACOSX/", 9) == 0) return 0;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return base[0] && base[0] != '.';
}

/* Reads the current member whole into b. Returns ARCHIVE_OK, or the libarchive status of the
 * failure (b then holds what came out before it); -2 when the member is too large. */
static int read_member(struct archive *a, rw_buf *b)
{
    char chunk[65536];
    for (;;) {
        la_ssize_t n = archive_read_data(a, chunk, sizeof chunk);
        if (n == 0) return ARCHIVE_OK;
        if (n < 0) return (int)n;
        if (b->len + (size_t)n > MAX_MEMBER) return -2;
        if (rw_buf_append(b, chunk, (size_t)n)) return ARCHIVE_FATAL;
    }
}

static int is_warc_name(const char *hint)
{
    size_t n = strlen(hint);
    return n >= 5 && strcasecmp(hint + n - 5, ".warc") == 0;
}

/* A WARC member (a CC-NEWS .warc.gz holds gigabytes) is never held whole: it is decompressed a
 * chunk at a time and each complete record handed on, keeping only the incomplete tail. */
static int stream_warc(struct archive *a, const char *mname, int raw, rw_buf *pending,
                       const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud)
{
    rw_warc w = {mname, opts, on_doc, ud, 0, 0, 0, 0, 0, 0, 0};
    char chunk[65536];
    for (;;) {
        la_ssize_t n = archive_read_data(a, chunk, sizeof chunk);
        int end = n <= 0;
        if (n < 0)
            rw_readers_report(opts, RW_BAD, mname, 0, -1,
                              "compressed data damaged or cut short (%s) after %lld bytes%s",
                              archive_error_string(a), w.offset + (long long)pending->len,
                              raw ? "; the records before the damage are read" : "");
        if (n > 0 && rw_buf_append(pending, chunk, (size_t)n)) {
            rw_readers_report(opts, RW_BAD, mname, 0, -1, "out of memory");
            return RW_ENOMEM;
        }
        size_t used = rw_warc_feed(&w, pending->data ? pending->data : "", pending->len, end);
        w.offset += (long long)used;
        if (used) {
            memmove(pending->data, pending->data + used, pending->len - used);
            pending->len -= used;
        }
        if (end || w.rc || w.done) break;
    }
    return rw_warc_finish(&w);
}

/* The name a compressed single file's content is known by for its format: "x.jsonl.gz" gives
 * "x.jsonl" ("x.gz" gives "x", to be sniffed). The caller frees it. */
static char *without_compression(const char *hint)
{
    char *h = strdup(hint);
    if (h && rw_readers_is_compression(h)) *strrchr(h, '.') = '\0';
    return h;
}

int rw_readers_archive(const char *name, const char *hint, const char *bytes, size_t len,
                       const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud, int depth)
{
    if (depth >= MAX_DEPTH) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "archive nested more than %d deep, skipped",
                          MAX_DEPTH);
        return 0;
    }
    struct archive *a = archive_read_new();
    if (!a) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
        return RW_ENOMEM;
    }
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_zip(a);
    archive_read_support_format_7zip(a);
    archive_read_support_format_cpio(a);
    archive_read_support_format_raw(a); /* bids only when no archive format does */
    if (archive_read_open_memory(a, bytes, len) != ARCHIVE_OK) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "not a readable archive: %s",
                          archive_error_string(a));
        archive_read_free(a);
        return 0;
    }
    int rc = 0;
    rw_buf data = {0};
    while (!rc) {
        struct archive_entry *e;
        int r = archive_read_next_header(a, &e);
        if (r == ARCHIVE_EOF) break;
        if (r < ARCHIVE_WARN) {
            rw_readers_report(opts, RW_BAD, name, 0, -1,
                              "archive damaged, members after this point lost: %s",
                              archive_error_string(a));
            break;
        }
        if (archive_entry_filetype(e) != AE_IFREG) continue;
        int raw = archive_format(a) == ARCHIVE_FORMAT_RAW;
        const char *path = archive_entry_pathname(e);
        if (!raw && (!path || !wanted(path))) continue;
        char *mname = NULL, *mhint = NULL;
        if (raw) {
            mname = strdup(name);
            mhint = without_compression(hint);
        } else {
            size_t n = strlen(name) + strlen(path) + 2;
            mname = malloc(n);
            if (mname) snprintf(mname, n, "%s/%s", name, path);
            mhint = strdup(path);
        }
        if (!mname || !mhint) {
            free(mname);
            free(mhint);
            rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
            rc = RW_ENOMEM;
            break;
        }
        rw_buf_reset(&data);
        if (is_warc_name(mhint) &&
            (opts->format == RW_FORMAT_AUTO || opts->format == RW_FORMAT_WARC)) {
            rc = stream_warc(a, mname, raw, &data, opts, on_doc, ud);
            free(mname);
            free(mhint);
            if (raw) break;
            continue;
        }
        int got = read_member(a, &data);
        if (got == -2) {
            rw_readers_report(opts, RW_BAD, mname, 0, -1, "member larger than 2 GiB, skipped");
        } else if (got != ARCHIVE_OK && !raw) {
            rw_readers_report(opts, RW_BAD, mname, 0, -1, "member cannot be read, skipped: %s",
                              archive_error_string(a));
        } else {
            if (got != ARCHIVE_OK)
                rw_readers_report(opts, RW_BAD, mname, 0, -1,
                                  "compressed data damaged or cut short (%s); the %zu bytes "
                                  "before the damage are read",
                                  archive_error_string(a), data.len);
            if (raw || rw_readers_wanted(mhint, data.data ? data.data : "", data.len))
                rc = rw_readers_dispatch(mname, mhint, data.data ? data.data : "", data.len, opts,
                                         on_doc, ud, depth + 1);
        }
        free(mname);
        free(mhint);
        if (raw) break;
    }
    rw_buf_free(&data);
    archive_read_free(a);
    return rc;
}

int rw_read_archive(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                    rw_doc_fn on_doc, void *ud)
{
    static const rw_reader_opts defaults = {RW_FORMAT_AUTO, {0, 0, 0}, NULL, NULL, NULL};
    return rw_readers_archive(name, name, bytes, len, opts ? opts : &defaults, on_doc, ud, 0);
}
