/*
 * reader_text.c - a plain UTF-8 file is one article.
 *
 * The text is kept as it is (line breaks included: they often separate headline, paragraphs and
 * captions, and later stages use them as sentence boundaries), except that a BOM is dropped and
 * invalid UTF-8 is replaced by U+FFFD. Nothing in a plain file says when it was published, so
 * the date is the caller's --date.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/reader_priv.h"
#include "extract/readers.h"

/* Whether more than a quarter of the characters of repaired text are U+FFFD: random bytes, or
 * a legacy encoding (windows-1256 Arabic is almost all invalid as UTF-8), read as UTF-8. Such a
 * file is no article, and the repair would store a page of replacement marks. */
static int mostly_repaired(const char *text, size_t n)
{
    size_t chars = 0, repaired = 0;
    for (size_t i = 0; i < n; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80) chars++;
        if (i + 2 < n && memcmp(text + i, "\xEF\xBF\xBD", 3) == 0) repaired++;
    }
    return repaired * 4 > chars;
}

int rw_read_text(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    if (rw_readers_binary(bytes, len)) {
        rw_readers_report(opts, RW_BAD, name, 0,
                          (long)((const char *)memchr(bytes, 0, len) - bytes),
                          "binary file, not text (NUL byte)");
        return 0;
    }
    size_t n = 0;
    long bad = -1;
    char *text = rw_utf8_sanitize(bytes, len, &n, &bad);
    if (!text) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
        return RW_ENOMEM;
    }
    if (rw_readers_blank(text, n)) {
        free(text);
        rw_readers_report(opts, RW_BAD, name, 0, -1, "empty document");
        return 0;
    }
    if (bad >= 0 && mostly_repaired(text, n)) {
        free(text);
        rw_readers_report(opts, RW_BAD, name, 0, bad,
                          "not UTF-8 text (convert it first, e.g. iconv -f windows-1256 -t utf-8)");
        return 0;
    }
    if (bad >= 0)
        rw_readers_report(opts, RW_WARNING, name, 0, bad, "invalid UTF-8, replaced by U+FFFD");
    /* A NUL past the first 8 KiB would cut every C string made from the text: make it a space. */
    for (char *p = memchr(text, 0, n); p; p = memchr(p, 0, n - (size_t)(p - text)))
        *p = ' ';

    rw_doc doc = {0};
    doc.id = strdup(name);
    doc.source = strdup(name);
    doc.text = text;
    doc.text_len = n;
    doc.date = opts ? opts->default_date : RW_DATE_NONE;
    if (!doc.id || !doc.source) {
        rw_doc_clear(&doc);
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
        return RW_ENOMEM;
    }
    return rw_readers_deliver(&doc, on_doc, ud);
}
