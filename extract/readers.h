/*
 * readers.h - files in, documents out: text, HTML, JSONL, JSON arrays, TREC/Gigaword
 * collections, WARC web archives, RSS/Atom feeds, and any of them compressed or in an archive.
 *
 * rw_read_input() takes what the user named on the command line (a file, a directory, read
 * recursively in sorted order, or "-" for standard input), picks the reader by extension or by
 * sniffing the first bytes, and calls `on_doc` once per article. Problems with the input (an
 * unreadable file, invalid UTF-8, a JSONL line that is not JSON, an empty file, a broken archive
 * member) are reported through `on_problem` with the file, the line or byte offset and what is
 * wrong; the reader then goes on with the next line, record, member or file. Nothing is printed.
 *
 * Formats (docs/inputs.md has an example of each): .txt/.text = text, .html/.htm/.xhtml = HTML,
 * .jsonl/.ndjson = JSONL, .json = a JSON array of article objects (or one object),
 * .sgml/.sgm/.trec = TREC <DOC> records, .warc = WARC, .rss/.atom/.xml = a feed (any case).
 * Compressed files (gzip, xz, zstd, bzip2, lz4) and archives (zip, tar, 7z) are recognised by
 * their magic bytes and read through libarchive: every member in order, its format by its own
 * name; a compressed file's format is that of its name without .gz (.jsonl.gz is JSONL). A file
 * whose name says nothing, and "-", is sniffed: "<DOC" = TREC (a .txt file that opens with <DOC>
 * too, as the ANT corpus names its files), "WARC/" = WARC, "<rss"/"<feed" = feed, "[" = JSON,
 * "<" = HTML, "{" = JSONL, else text. In a directory, entries whose name starts with "." are
 * skipped, and so are files with none of those extensions (containers included) unless
 * opts->format forces one; entries that are not regular files (a FIFO, a device) and entries that
 * cannot be read (a dangling symlink, no permission) are RW_BAD problems. An archive member is
 * called ARCHIVE/MEMBER in problems and ids.
 *
 * What each reader fills: text = the bytes as they are (BOM dropped, bad UTF-8 replaced), no
 * title, url or lang, date = opts->default_date. HTML = the main article text (boilerplate
 * dropped, one block a line, headline first), title, url, lang and date from the page's metadata.
 * JSONL and JSON = the text/content/maintext/body field and the id, url, title, date, lang
 * fields. TREC = DOCNO (or the DOC id attribute), TITLE or HEADLINE, TIME/DATE (else the date in
 * the id), URL, TEXT. WARC = each HTML response through the HTML reader, the target URI as id and
 * url, the WARC-Date when the page has no date. Feeds = each item's content:encoded, content or
 * description through the HTML reader, with its link (or guid) as id and url, title and
 * pubDate/published/updated.
 * Ids: when a reader has nothing better than the path, the id is the path from the last
 * component of what was named ("corpus/a/x.html" whether "corpus" or "/srv/corpus" was named), so
 * the same corpus read from two places gives the same ids; sources keep the path as given.
 * Offsets in problems are byte offsets in the file (for JSONL too, not in the line).
 */
#ifndef RW_READERS_H
#define RW_READERS_H

#include "base/error.h"
#include "extract/document.h"

typedef enum rw_problem_level {
    RW_WARNING, /* the input was read, with a repair (invalid bytes replaced, no date found) */
    RW_BAD,     /* a part of the input (a file, a JSONL line) was skipped */
} rw_problem_level;

typedef struct rw_problem {
    rw_problem_level level;
    const char *file; /* the path as given, "-" for standard input */
    long line;        /* 1-based line number, 0 when not applicable */
    long offset;      /* 0-based byte offset, -1 when not applicable */
    const char *message;
} rw_problem;

/* Called once per document; the document is the reader's and is cleared after the call, so
 * copy what you keep. Return 0 to go on, non-zero to stop reading (that value is returned). */
typedef int (*rw_doc_fn)(rw_doc *doc, void *ud);
typedef void (*rw_problem_fn)(const rw_problem *p, void *ud);

typedef enum rw_format {
    RW_FORMAT_AUTO,
    RW_FORMAT_TEXT,
    RW_FORMAT_HTML,
    RW_FORMAT_JSONL,
    RW_FORMAT_JSON, /* a JSON array of article objects, read one element at a time */
    RW_FORMAT_TREC, /* TREC/CLEF <DOC> records, Arabic Gigaword SGML */
    RW_FORMAT_WARC, /* a web archive: its HTML responses */
    RW_FORMAT_FEED  /* RSS 2.0, RSS 1.0 (RDF) or Atom: its items */
} rw_format;

typedef struct rw_reader_opts {
    rw_format format;     /* RW_FORMAT_AUTO: by extension, then by sniffing */
    rw_date default_date; /* --date: used when the document's metadata has none */
    rw_problem_fn on_problem;
    void *problem_ud;
    /* Set by rw_read_input() only: the bytes of a file it mapped read-only. A reader given
     * exactly these bytes may release the pages it has read (a large JSONL file then never sits
     * whole in memory); any other buffer - a decompressed member - is never released. */
    const char *mapping;
} rw_reader_opts;

/* Reads `path` (file, directory or "-"). Returns 0 when everything that could be read was
 * delivered (problems are reported, not returned), the non-zero value `on_doc` stopped with, or
 * RW_EIO when `path` itself cannot be opened (err says why). */
int rw_read_input(const char *path, const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud,
                  rw_error *err);

/* The single-format readers, for tests and for callers that already hold the bytes. `name` is
 * what problems and document ids call the input; `opts` may be NULL. Each returns 0, the
 * non-zero value `on_doc` stopped with, or RW_ENOMEM. rw_read_archive() takes a compressed file
 * or an archive and reads each member as rw_read_input() reads a file; `name` also gives a
 * compressed file's format (data.jsonl.gz is JSONL). */
typedef int rw_reader_fn(const char *name, const char *bytes, size_t len,
                         const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud);
rw_reader_fn rw_read_text, rw_read_html, rw_read_jsonl, rw_read_json, rw_read_trec, rw_read_warc,
    rw_read_feed, rw_read_archive;

/* Copies `len` bytes into a new NUL-terminated UTF-8 string, dropping a leading BOM and
 * replacing each invalid sequence by U+FFFD; *first_bad is set to the byte offset of the first
 * invalid sequence or -1. Returns NULL when memory runs out. Shared by all readers. */
char *rw_utf8_sanitize(const char *bytes, size_t len, size_t *out_len, long *first_bad);
/* Whether bytes[0..len) is well-formed UTF-8 (as rw_utf8_sanitize judges it). */
int rw_utf8_valid(const char *bytes, size_t len);

#endif
