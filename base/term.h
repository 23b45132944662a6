/*
 * term.h - text made safe for a terminal.
 *
 * Names, sentences and document ids come from articles nobody here wrote. Printed raw, an
 * escape sequence in a name can move the cursor, rewrite earlier lines, set the window title or
 * (on some terminals) worse, and a bidi override (U+202E) can make a line read backwards from
 * what it holds. Everything rawabit prints for a person to read (query answers, the fact table,
 * error messages that echo input) goes through here:
 *
 *   - C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls (U+0080-U+009F, among them the
 *     single-byte CSI) are replaced by U+FFFD;
 *   - the bidi embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069 likewise;
 *   - a byte that is not part of well-formed UTF-8 likewise (a stray 0x9B is a CSI to some
 *     terminals);
 *   - tab and line feed are kept, or become spaces with RW_TERM_ONE_LINE (a field of a
 *     tab-separated record must stay one field on one line); a carriage return, which lets text
 *     overwrite what came before it on the line, is a space or U+FFFD.
 *
 * Everything else passes unchanged: Arabic letters, harakat, the marks that shape it (ZWJ, ZWNJ)
 * and the implicit direction marks (LRM, RLM, ALM), which cannot reorder text beyond them.
 */
#ifndef RW_TERM_H
#define RW_TERM_H

#include <stddef.h>
#include <stdio.h>

#include "base/buf.h"

enum {
    RW_TERM_ONE_LINE = 1 /* tab, LF and CR become spaces */
};

/* Appends the safe form of s[0..n) to `b`. Returns 0, or -1 when memory runs out. */
int rw_term_clean(rw_buf *b, const char *s, size_t n, unsigned flags);

/* Writes the safe form of the NUL-terminated `s` (NULL writes nothing) to `out`. */
void rw_term_puts(FILE *out, const char *s, unsigned flags);

/* Whether the code point would be replaced (for callers that measure or test). */
int rw_term_unsafe(unsigned long cp);

#endif
