/*
 * reader_warc.c - a web archive (WARC 1.0/1.1, ISO 28500): its HTML pages through the HTML reader.
 *
 * A crawl (Common Crawl's CC-NEWS, news-please, wget --warc-file) stores each fetch as records:
 * a header block (WARC-Type, WARC-Target-URI, WARC-Date, Content-Length...) and Content-Length
 * bytes of content. A "response" record holds the HTTP response (status line, headers, body), a
 * "resource" record the body alone. Each one whose body is HTML (Content-Type text/html or
 * application/xhtml+xml, status 2xx) goes through the HTML reader with the target URI as its id
 * and URL and the WARC-Date as its date when the page gives none. The other records (warcinfo,
 * request, metadata, revisit, images, PDFs, redirects, compressed or chunked bodies) are skipped
 * and counted in one note at the end of the file.
 *
 * Why not libarchive's WARC format: it is made for unpacking to disk - it turns the target URI
 * into a file path (scheme and host dropped, so the URL is lost), hides every record that is not
 * a response or resource (so nothing can be counted) and hands the HTTP headers over with the
 * body. The record framing itself is a header block and a length, read here in a few lines;
 * .warc.gz (one gzip member per record) is decompressed by libarchive, and streamed through
 * rw_warc_feed() a record at a time, so a crawl file of many gigabytes needs the memory of one
 * record, not of the whole crawl.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/reader_priv.h"
#include "extract/readers.h"

/* A header block: lines "Name: value" from `s` up to an empty line. */
typedef struct headers {
    const char *s;
    size_t len; /* up to the end of the empty line */
} headers;

/* Finds the end of the header block starting at s[0..n): just past its empty line ("\r\n\r\n"
 * or "\n\n"); 0 when there is none. */
static size_t headers_end(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '\n') continue;
        if (s[i + 1] == '\n') return i + 2;
        if (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') return i + 3;
    }
    return 0;
}

/* The value of header `name` (case-insensitive), trimmed, copied into out; "" when absent. */
static void header(const headers *h, const char *name, char *out, size_t cap)
{
    size_t k = strlen(name);
    out[0] = '\0';
    for (size_t i = 0; i < h->len;) {
        const char *eol = memchr(h->s + i, '\n', h->len - i);
        size_t end = eol ? (size_t)(eol - h->s) : h->len;
        if (end - i > k && strncasecmp(h->s + i, name, k) == 0 && h->s[i + k] == ':') {
            size_t a = i + k + 1;
            while (a < end && (h->s[a] == ' ' || h->s[a] == '\t'))
                a++;
            size_t b = end;
            while (b > a && (h->s[b - 1] == '\r' || h->s[b - 1] == ' ' || h->s[b - 1] == '\t'))
                b--;
            size_t m = b - a < cap - 1 ? b - a : cap - 1;
            memcpy(out, h->s + a, m);
            out[m] = '\0';
            return;
        }
        i = end + 1;
    }
}

static int is_html_type(const char *type)
{
    return strncasecmp(type, "text/html", 9) == 0 ||
           strncasecmp(type, "application/xhtml+xml", 21) == 0;
}

/* One record's block: delivers it when it is an HTML page, else counts it. */
static int read_block(rw_warc *w, long offset, const headers *rh, const char *block, size_t len)
{
    const char *name = w->name;
    const rw_reader_opts *opts = w->opts;
    char type[32], uri[2048], date[64], ctype[256];
    header(rh, "WARC-Type", type, sizeof type);
    header(rh, "WARC-Target-URI", uri, sizeof uri);
    header(rh, "WARC-Date", date, sizeof date);
    const char *body = block;
    size_t body_len = len;
    if (strcasecmp(type, "response") == 0) {
        header(rh, "Content-Type", ctype, sizeof ctype);
        size_t he = headers_end(block, len);
        /* Only HTTP responses: a DNS or FTP response record is no page. */
        if (strncasecmp(ctype, "application/http", 16) != 0 || !he ||
            strncmp(block, "HTTP/", 5) != 0) {
            w->not_html++;
            return 0;
        }
        headers hh = {block, he};
        const char *sp = memchr(block, ' ', he);
        int status = sp ? atoi(sp + 1) : 0;
        char enc[64], te[64];
        header(&hh, "Content-Type", ctype, sizeof ctype);
        header(&hh, "Content-Encoding", enc, sizeof enc);
        header(&hh, "Transfer-Encoding", te, sizeof te);
        if (status < 200 || status > 299 || !is_html_type(ctype) ||
            (enc[0] && strcasecmp(enc, "identity") != 0) || strcasecmp(te, "chunked") == 0) {
            w->not_html++;
            return 0;
        }
        body = block + he;
        body_len = len - he;
    } else if (strcasecmp(type, "resource") == 0) {
        header(rh, "Content-Type", ctype, sizeof ctype);
        if (!is_html_type(ctype)) {
            w->not_html++;
            return 0;
        }
    } else {
        w->not_response++;
        return 0;
    }
    w->pages++;
    rw_page_meta meta = {uri[0] ? uri : NULL, uri[0] ? uri : NULL, NULL, RW_DATE_NONE};
    if (date[0] && rw_readers_date(date, &meta.date) != 0) {
        rw_readers_report(opts, RW_WARNING, name, 0, offset, "WARC-Date \"%s\" is not a date",
                          date);
        meta.date = RW_DATE_NONE;
    }
    size_t n = strlen(name) + strlen(uri) + 32;
    char *page = malloc(n);
    if (!page) {
        rw_readers_report(opts, RW_BAD, name, 0, offset, "out of memory");
        return RW_ENOMEM;
    }
    if (uri[0])
        snprintf(page, n, "%s:%s", name, uri);
    else
        snprintf(page, n, "%s@%ld", name, offset);
    int rc = rw_readers_html_with(page, body, body_len, &meta, opts, w->on_doc, w->ud);
    free(page);
    return rc;
}

/* Longest header block we wait for before deciding the stream is not WARC. */
#define MAX_HEADERS ((size_t)1 << 20)

size_t rw_warc_feed(rw_warc *w, const char *bytes, size_t len, int at_end)
{
    size_t i = 0;
    while (!w->rc && !w->done) {
        size_t start = i;
        while (i < len && (bytes[i] == '\r' || bytes[i] == '\n'))
            i++;
        if (i >= len) return i;
        long at = (long)(w->offset + (long long)i);
        if (len - i < 5 && !at_end) return start;
        if (len - i < 5 || strncmp(bytes + i, "WARC/", 5) != 0) {
            rw_readers_report(w->opts, RW_BAD, w->name, 0, at,
                              "not a WARC record (no \"WARC/\" version line); the rest of the "
                              "file is not read");
            w->done = 1;
            break;
        }
        size_t he = headers_end(bytes + i, len - i);
        if (!he && !at_end && len - i < MAX_HEADERS) return start;
        headers rh = {bytes + i, he};
        char clen[32];
        header(&rh, "Content-Length", clen, sizeof clen);
        char *end = NULL;
        unsigned long long n = he ? strtoull(clen, &end, 10) : 0;
        if (!he || !clen[0] || *end || clen[0] == '-') {
            rw_readers_report(w->opts, RW_BAD, w->name, 0, at,
                              "WARC record without a valid Content-Length; the rest of the file "
                              "is not read");
            w->done = 1;
            break;
        }
        if (n > len - i - he) {
            if (!at_end) return start;
            w->records++;
            rw_readers_report(w->opts, RW_BAD, w->name, 0, at,
                              "WARC record cut short (%llu bytes announced, %zu there), skipped", n,
                              len - i - he);
            w->done = 1;
            break;
        }
        w->records++;
        w->rc = read_block(w, at, &rh, bytes + i + he, (size_t)n);
        i += he + (size_t)n;
    }
    return len;
}

int rw_warc_finish(rw_warc *w)
{
    if (!w->records && !w->rc) {
        rw_readers_report(w->opts, RW_BAD, w->name, 0, -1, "no WARC record found");
    } else if (w->not_response || w->not_html) {
        rw_readers_report(w->opts, RW_WARNING, w->name, 0, -1,
                          "%zu of %zu WARC records read as pages; skipped %zu that are not "
                          "responses (warcinfo, request, metadata...) and %zu that are not "
                          "HTML pages",
                          w->pages, w->records, w->not_response, w->not_html);
    }
    return w->rc;
}

int rw_read_warc(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    rw_warc w = {name, opts, on_doc, ud, 0, 0, 0, 0, 0, 0, 0};
    rw_warc_feed(&w, bytes, len, 1);
    return rw_warc_finish(&w);
}
