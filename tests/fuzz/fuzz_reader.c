/*
 * fuzz_reader.c - one reader (FUZZ_READER: rw_read_text, rw_read_html, rw_read_jsonl, ...) on
 * arbitrary file contents. Every document it delivers must hold what readers.h promises: an id, a
 * text of text_len bytes with no NUL inside, valid UTF-8; every problem a message.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/readers.h"
#include "fuzz.h"

#ifndef FUZZ_READER
#error "FUZZ_READER names the reader under test (meson.build sets it)"
#endif

static void on_problem(const rw_problem *p, void *ud)
{
    (void)ud;
    if (!p->file || !p->message || !*p->message) fuzz_fail("a problem without file or message", NULL);
}

static int on_doc(rw_doc *doc, void *ud)
{
    (void)ud;
    if (!doc->id || !doc->text) fuzz_fail("a document without id or text", doc->id);
    if (strlen(doc->text) != doc->text_len) fuzz_fail("text_len is not the text's length", doc->id);
    size_t n;
    long bad;
    char *again = rw_utf8_sanitize(doc->text, doc->text_len, &n, &bad);
    if (again && bad >= 0) fuzz_fail("a document's text is not valid UTF-8", doc->id);
    free(again);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw_reader_opts opts = {.on_problem = on_problem};
    FUZZ_READER("fuzz-input", (const char *)data, size, &opts, on_doc, NULL);
    return 0;
}
