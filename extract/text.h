/*
 * text.h - the text layer: folding, sentences and tokens, on ICU.
 *
 * Everything the extractors match goes through here. Display text is never changed; matching
 * uses a folded key (NFKC; harakat, shadda, superscript alef, tatweel, bidi and zero-width marks
 * removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, and the Persian ی ک -> ي ك; Latin
 * lower-cased without accents (canonical decomposition, non-spacing marks dropped, simple case
 * folding); decimal digits of any script, Arabic-Indic and Extended Arabic-Indic included, -> ASCII
 * digits) that keeps, for every folded byte, the byte offset it came from, so a match in the key
 * points at its exact span in the original. Folding is idempotent: a folded key folds to itself.
 * Malformed UTF-8 folds to U+FFFD.
 *
 * An rw_text holds the ICU objects (normalizer, break iterators, transliterator), opened once by
 * rw_text_open() (or rw_text_open_with(), which also compiles data/transliteration.txt) and
 * reused for every call; it is not thread-safe: one per thread.
 */
#ifndef RW_TEXT_H
#define RW_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/error.h"

typedef struct rw_text rw_text;

/* Opens the ICU objects and builds the folding table (a few ms; the first open in a process also
 * loads ICU's data). Returns NULL and sets err when ICU fails. rw_text_close(NULL) is a no-op. */
rw_text *rw_text_open(rw_error *err);
void rw_text_close(rw_text *t);

/* The ICU transform rule set for readable name spellings, in a data directory. */
#define RW_TEXT_TRANSLIT_FILE "transliteration.txt"

/* As rw_text_open(), but the transliterator is compiled from DATA_DIR/transliteration.txt
 * (rw_text_set_transliteration_rules) when that file exists; when it does not, the built-in one
 * is kept. data_dir NULL: exactly rw_text_open(). A rule file that exists but cannot be read or
 * compiled is an error (NULL, err as below). */
rw_text *rw_text_open_with(const char *data_dir, rw_error *err);

/* Replaces t's transliterator with one compiled from the ICU transform rules (UTF-8, ICU rule
 * syntax, `#` comments) in the file `path`; a call with the path already loaded costs nothing.
 * Returns 0; or RW_EIO when the file cannot be read, RW_EINPUT when it is not UTF-8 or ICU cannot
 * compile it (err: "PATH:LINE: ICU cannot compile the rule \"...\": U_..."), RW_ENOMEM; on
 * failure t keeps the transliterator it had. */
int rw_text_set_transliteration_rules(rw_text *t, const char *path, rw_error *err);

/* A span of bytes [start, end) in a document's text. */
typedef struct rw_span {
    uint32_t start, end;
} rw_span;

/* A folded key with its map back to the source. Zero-initialise; reused across calls. */
typedef struct rw_fold {
    char *key; /* folded UTF-8, NUL-terminated */
    size_t len;
    uint32_t *src; /* src[i] = offset in the source of the character folded byte i came from;
                      src[len] = the source length */
    size_t cap;
} rw_fold;

/* Folds s[0..n) into out (its buffers are reused). Offsets in out->src are relative to `s`.
 * Returns 0, or an rw_status with err set (out of memory, or a text of 2 GB or more). */
int rw_text_fold(rw_text *t, const char *s, size_t n, rw_fold *out, rw_error *err);
void rw_fold_free(rw_fold *f);
/* Folds into `out` (appended), without offsets: for lexicon entries and command-line names.
 * Returns 0, or -1 when memory runs out. */
int rw_text_fold_into(rw_text *t, const char *s, size_t n, rw_buf *out);

/* Sentence units of a whole document: ICU sentence breaks refined for Arabic news. ؟ ؛ ! . and
 * line ends close a unit, so a headline or dateline line is its own unit; an Arabic comma never
 * does. « » “ ” " " ( ) [ ] hold a stop when they close on the same line, and a quoted question
 * does not end the sentence around it. A full stop after a one-letter title (د.) or after a list
 * number at a line's start (1.) ends nothing. Spans exclude surrounding white space and bidi
 * marks; empty units are dropped. *out is malloc'd (caller frees; NULL when there are no units);
 * *count set. */
int rw_text_sentences(rw_text *t, const char *text, size_t n, rw_span **out, size_t *count,
                      rw_error *err);

/* The longest sentence the extractor reads, in bytes: twice the longest of the 520 ANT articles
 * (7,941). A page with no full stop, or thousands of sentences joined by commas, is one unit of
 * megabytes; every fact found in it would carry all of it as evidence. */
#define RW_TEXT_MAX_SENTENCE 16384

/* Cuts every span of spans[0..*count) longer than `max` bytes into pieces of at most `max`: after
 * the last comma, semicolon or colon (Arabic or Latin) in the piece's second half, else at its
 * last space there, else before the last character that fits; pieces are trimmed as sentences
 * are. Returns how many cuts it made (0: the spans are untouched), or -1 when memory runs out
 * (the spans are untouched too); *first_cut gets the byte offset of the first cut. */
long rw_text_bound_sentences(const char *text, rw_span **spans, size_t *count, size_t max,
                             uint32_t *first_cut);

typedef enum rw_tok_kind {
    RW_TOK_WORD,   /* letters (any script), possibly with clitics */
    RW_TOK_NUMBER, /* digits in any script, read into `number` (thousands separators skipped,
                      the integer part of a decimal); a number glued to an Arabic word is split
                      from it (2015م -> 2015 م), a Latin mix stays a word (G20) */
    RW_TOK_PUNCT,  /* one punctuation or symbol character: , ، . : ؛ ( ) « » " / - … */
} rw_tok_kind;

typedef struct rw_token {
    uint32_t start, end; /* bytes in the document text */
    rw_tok_kind kind;
    uint32_t fold_off, fold_len; /* the folded form: tokens->folded.data + fold_off */
    long number;                 /* RW_TOK_NUMBER only */
} rw_token;

/* The tokens of one sentence. Zero-initialise; reused across calls. */
typedef struct rw_tokens {
    rw_token *v;
    size_t n, cap;
    rw_buf folded; /* folded forms, each NUL-terminated */
} rw_tokens;

/* Tokenises text[span) (ICU word breaks) into out, replacing its previous content. White space
 * and bidi marks make no token, nor does anything that folds to nothing (a lone tatweel); every
 * other character outside a word or number is a PUNCT token of its own. Token offsets are
 * absolute in `text`. */
int rw_text_tokenize(rw_text *t, const char *text, rw_span span, rw_tokens *out, rw_error *err);
/* As rw_text_tokenize(), for a span of the text last given to rw_text_sentences() with this t,
 * its bytes unchanged since: the UTF-16 copy made for the sentences is read again instead of
 * converting the span anew (the same tokens; a text that is not well-formed UTF-8, or a span not
 * on character boundaries, is converted as rw_text_tokenize() does). */
int rw_text_tokenize_unit(rw_text *t, const char *text, rw_span span, rw_tokens *out,
                          rw_error *err);
void rw_tokens_free(rw_tokens *tk);
/* The folded form of token i (NUL-terminated). */
static inline const char *rw_token_fold(const rw_tokens *tk, size_t i)
{
    /* inline: the mention rules ask for a token's folded form over a million times on ANT */
    return tk->folded.data + tk->v[i].fold_off;
}

/* Latin transliteration of an Arabic string, appended to out; used for English labels and ids of
 * names no lexicon knows. With rw_text_open() it is ICU's letter-for-letter "Arabic-Latin;
 * Latin-ASCII" with the ayn and hamza marks ʿ ʾ removed (بوتين -> bwtyn); after
 * rw_text_set_transliteration_rules() (or rw_text_open_with()) it is that rule set's: with
 * data/transliteration.txt, readable lower-case ASCII with vowels (بوتين -> butin, بدر -> badr,
 * الشيباني -> al-shibani). Returns 0, or -1 (out unchanged) when memory runs out. */
int rw_text_transliterate(rw_text *t, const char *s, size_t n, rw_buf *out);

#endif
