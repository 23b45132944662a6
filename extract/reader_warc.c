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
 * .warc.gz (one gzip member per record) is decompressed by libarchive before it reaches us.
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

typedef struct counts {
    size_t records, pages, not_response, not_html;
} counts;

/* One record's block: delivers it when it is an HTML page, else counts it. */
static int read_block(const char *name, long offset, const headers *rh, const char *block,
                      size_t len, const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud,
                      counts *c)
{
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
            c->not_html++;
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
            c->not_html++;
            return 0;
        }
        body = block + he;
        body_len = len - he;
    } else if (strcasecmp(type, "resource") == 0) {
        header(rh, "Content-Type", ctype, sizeof ctype);
        if (!is_html_type(ctype)) {
            c->not_html++;
            return 0;
        }
    } else {
        c->not_response++;
        return 0;
    }
    c->pages++;
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
    int rc = rw_readers_html_with(page, body, body_len, &meta, opts, on_doc, ud);
    free(page);
    return rc;
}

int rw_read_warc(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    counts c = {0};
    int rc = 0;
    size_t i = 0;
    while (!rc) {
        while (i < len && (bytes[i] == '\r' || bytes[i] == '\n'))
            i++;
        if (i >= len) break;
        if (len - i < 5 || strncmp(bytes + i, "WARC/", 5) != 0) {
            rw_readers_report(opts, RW_BAD, name, 0, (long)i,
                              "not a WARC record (no \"WARC/\" version line); the rest of the "
                              "file is not read");
            break;
        }
        size_t he = headers_end(bytes + i, len - i);
        headers rh = {bytes + i, he};
        char clen[32];
        header(&rh, "Content-Length", clen, sizeof clen);
        char *end = NULL;
        unsigned long long n = he ? strtoull(clen, &end, 10) : 0;
        if (!he || !clen[0] || *end || clen[0] == '-') {
            rw_readers_report(opts, RW_BAD, name, 0, (long)i,
                              "WARC record without a valid Content-Length; the rest of the file "
                              "is not read");
            break;
        }
        c.records++;
        if (n > len - i - he) {
            rw_readers_report(opts, RW_BAD, name, 0, (long)i,
                              "WARC record cut short (%llu bytes announced, %zu there), skipped",
                              n, len - i - he);
            break;
        }
        rc = read_block(name, (long)i, &rh, bytes + i + he, (size_t)n, opts, on_doc, ud, &c);
        i += he + (size_t)n;
    }
    if (!c.records && !rc) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "no WARC record found");
    } else if (c.not_response || c.not_html) {
        rw_readers_report(opts, RW_WARNING, name, 0, -1,
                          "%zu of %zu WARC records read as pages; skipped %zu that are not "
                          "responses (warcinfo, request, metadata...) and %zu that are not "
                          "HTML pages",
                          c.pages, c.records, c.not_response, c.not_html);
    }
    return rc;
}
