/*
 * text.c - the text layer on ICU: folded matching keys with a map back to the source, sentence
 * units refined for Arabic news, word/number/punctuation tokens, and Latin transliteration.
 *
 * Folding runs on every token of every article, so it is table-driven: rw_text_open() folds each
 * code point below U+0800 (ASCII, Latin, Greek, Cyrillic, Arabic) once through the full ICU path
 * and keeps the result, and the hot loop is then a UTF-8 decode and a table copy. Code points
 * above that (presentation forms, Latin Extended Additional, CJK, format characters) take the
 * full path each time: NFKC of the code point and the marks that combine with it, then per code
 * point canonical decomposition with the non-spacing marks dropped, simple case folding, the
 * Arabic letter table below and digits of any script to ASCII. Folding one code point at a time
 * is exact here because every NFKC composition in the tables folds back to its base letter once
 * marks are dropped (ا+ٓ -> آ -> ا, و+ٔ -> ؤ -> و, e+́ -> é -> e).
 *
 * Sentence and word breaks come from ICU iterators opened once and re-targeted with ubrk_setText
 * on a UTF-16 copy kept in a reused buffer, with a UTF-16 -> UTF-8 offset map beside it.
 *
 * Transliteration is one ICU transliterator: the built-in "Arabic-Latin; Latin-ASCII", or a rule
 * set read from data/transliteration.txt and compiled once (the rules, not C, know how Arabic
 * names are read).
 */
#include "extract/text.h"

#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

/* Code points below this are folded through the precomputed table. */
#define FAST_LIMIT 0x800
/* Longest folded form a table entry holds; longer ones (ligatures like U+FDFA never occur below
 * FAST_LIMIT, but ½ -> 1⁄2 does) are marked SLOW and folded at run time. */
#define FAST_MAX 14
#define SLOW 0xFF

typedef struct fast_entry {
    uint8_t len; /* bytes in b, or SLOW */
    char b[FAST_MAX];
} fast_entry;

/* A UTF-16 copy of some UTF-8 text with, per UTF-16 unit, the byte offset it came from. */
typedef struct u16text {
    UChar *u;
    uint32_t *map; /* map[len] = the UTF-8 length */
    int32_t len;
    size_t cap;
    int bad; /* the UTF-8 was not well-formed (U+FFFD stands for a bad sequence) */
} u16text;

struct rw_text {
    const UNormalizer2 *nfkc, *nfd; /* owned by ICU, never closed */
    UBreakIterator *sent, *word;
    UTransliterator *latin;
    char *rules_path; /* the rule file t->latin was compiled from; NULL: the built-in */
    u16text sent_text, word_text, tr_text;
    const char *sent_of; /* the text sent_text was made from (rw_text_tokenize_unit) */
    size_t sent_len;
    rw_fold scratch; /* folds whose offsets nobody needs (fold_into, tokens) */
    /* Sentence scratch, per byte of the document: break flags, and the bracket stack. */
    uint8_t *flags;
    int32_t *stack;
    UChar32 *want;
    size_t brk_cap;
    fast_entry fast[FAST_LIMIT];
};

/* ---- folding: the per-code-point definition ---- */

/* Letters whose variants are one letter for matching: hamza seats, alef wasla, alef maqsura, taa
 * marbuta, and the Persian yeh and keheh that Arabic text typed on Persian layouts carries. */
static const struct {
    UChar32 from, to;
} arabic_map[] = {
    {0x0622, 0x0627}, {0x0623, 0x0627}, {0x0625, 0x0627}, {0x0671, 0x0627},
    {0x0672, 0x0627}, {0x0673, 0x0627}, {0x0649, 0x064A}, {0x0629, 0x0647},
    {0x0624, 0x0648}, {0x0626, 0x064A}, {0x06CC, 0x064A}, {0x06A9, 0x0643},
};

static UChar32 map_arabic(UChar32 c)
{
    if (c < 0x0622 || c > 0x06CC) return c;
    for (size_t i = 0; i < sizeof arabic_map / sizeof arabic_map[0]; i++)
        if (arabic_map[i].from == c) return arabic_map[i].to;
    return c;
}

/* Characters that carry no letter: harakat, superscript alef, tatweel, bidi controls, zero-width
 * characters, the BOM and the soft hyphen. */
static int is_removed(UChar32 c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x061C ||
           c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

static size_t put_utf8(char *out, UChar32 c)
{
    size_t i = 0;
    UBool bad = 0;
    U8_APPEND((uint8_t *)out, i, 4, c, bad);
    return bad ? 0 : i;
}

static size_t fold_letter(UChar32 c, char *out)
{
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
        out[0] = (char)('0' + u_charDigitValue(c));
        return 1;
    }
    return put_utf8(out, map_arabic(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
}

/* Folds one code point of NFKC text into out (room for 64 bytes); returns the bytes written. */
static size_t fold_final(const rw_text *t, UChar32 c, char *out)
{
    if (is_removed(c)) return 0;
    UChar32 m = map_arabic(c);
    if (m != c) return put_utf8(out, m);
    UChar d[16];
    UErrorCode st = U_ZERO_ERROR;
    int32_t dn = unorm2_getDecomposition(t->nfd, c, d, 16, &st);
    int has_mark = 0;
    if (U_SUCCESS(st) && dn > 0) {
        for (int32_t i = 0; i < dn;) {
            UChar32 e;
            U16_NEXT(d, i, dn, e);
            if (u_charType(e) == U_NON_SPACING_MARK) has_mark = 1;
        }
    }
    if (!has_mark) /* Hangul and the like decompose without marks: keep them whole */
        return u_charType(c) == U_NON_SPACING_MARK ? 0 : fold_letter(c, out);
    size_t n = 0;
    for (int32_t i = 0; i < dn && n < 48;) {
        UChar32 e;
        U16_NEXT(d, i, dn, e);
        if (u_charType(e) != U_NON_SPACING_MARK && !is_removed(e)) n += fold_letter(e, out + n);
    }
    return n;
}

/* Folds a short UTF-16 sequence (one code point and the marks that combine with it) into out,
 * which has room for `cap` bytes; returns the bytes written. */
static size_t fold_group(const rw_text *t, const UChar *u, int32_t un, char *out, size_t cap)
{
    UChar norm[512];
    UErrorCode st = U_ZERO_ERROR;
    int32_t nn = unorm2_normalize(t->nfkc, u, un, norm, 512, &st);
    if (U_FAILURE(st)) { /* cannot happen for a group of at most 16 units; fold it unnormalised */
        memcpy(norm, u, (size_t)un * sizeof *u);
        nn = un;
    }
    size_t n = 0;
    char tmp[64];
    for (int32_t i = 0; i < nn;) {
        UChar32 c;
        U16_NEXT(norm, i, nn, c);
        size_t m = fold_final(t, c, tmp);
        if (n + m > cap) break;
        memcpy(out + n, tmp, m);
        n += m;
    }
    return n;
}

static void build_fast_table(rw_text *t)
{
    for (UChar32 c = 0; c < FAST_LIMIT; c++) {
        UChar u[2];
        int32_t un = 0;
        U16_APPEND_UNSAFE(u, un, c);
        char out[64];
        size_t n = fold_group(t, u, un, out, sizeof out);
        fast_entry *e = &t->fast[c];
        if (n > FAST_MAX) {
            e->len = SLOW;
        } else {
            e->len = (uint8_t)n;
            memcpy(e->b, out, n);
        }
    }
}

/* ---- folding: the hot loop ---- */

static int fold_grow(rw_fold *f, size_t need)
{
    size_t cap = f->cap ? f->cap : 64;
    while (cap < need)
        cap *= 2;
    char *k = realloc(f->key, cap + 1);
    if (!k) return -1;
    f->key = k;
    uint32_t *s = realloc(f->src, (cap + 1) * sizeof *s);
    if (!s) return -1;
    f->src = s;
    f->cap = cap;
    return 0;
}

static inline int fold_put(rw_fold *f, const char *b, size_t m, uint32_t off)
{
    if (f->len + m > f->cap && fold_grow(f, f->len + m)) return -1;
    for (size_t j = 0; j < m; j++) {
        f->key[f->len] = b[j];
        f->src[f->len++] = off;
    }
    return 0;
}

/* Folds s[0..n) into f (replacing its content); offsets are relative to s. */
static int fold_core(const rw_text *t, const char *str, size_t n, rw_fold *f)
{
    const uint8_t *s = (const uint8_t *)str;
    f->len = 0;
    if ((!f->cap || n + 1 > f->cap) && fold_grow(f, n + 1)) return -1;
    int32_t i = 0, len = (int32_t)n;
    while (i < len) {
        uint32_t off = (uint32_t)i;
        UChar32 c = s[i];
        if (c < 0x80) {
            i++;
            const fast_entry *e = &t->fast[c];
            if (f->len + 1 > f->cap && fold_grow(f, f->len + 1)) return -1;
            if (e->len) {
                f->key[f->len] = e->b[0];
                f->src[f->len++] = off;
            }
            continue;
        }
        U8_NEXT(s, i, len, c);
        if (c < 0) c = 0xFFFD; /* malformed UTF-8: a replacement character keeps offsets sane */
        if (c < FAST_LIMIT && t->fast[c].len != SLOW) {
            if (fold_put(f, t->fast[c].b, t->fast[c].len, off)) return -1;
            continue;
        }
        /* The slow path: c and whatever follows it without a normalisation boundary. */
        UChar u[20];
        int32_t un = 0;
        U16_APPEND_UNSAFE(u, un, c);
        while (i < len && un < 16) {
            int32_t j = i;
            UChar32 d;
            U8_NEXT(s, j, len, d);
            if (d < 0 || unorm2_hasBoundaryBefore(t->nfkc, d)) break;
            U16_APPEND_UNSAFE(u, un, d);
            i = j;
        }
        char out[256];
        size_t m = fold_group(t, u, un, out, sizeof out);
        if (fold_put(f, out, m, off)) return -1;
    }
    f->key[f->len] = '\0';
    f->src[f->len] = (uint32_t)n;
    return 0;
}

int rw_text_fold(rw_text *t, const char *s, size_t n, rw_fold *out, rw_error *err)
{
    if (n >= UINT32_MAX / 2)
        return rw_error_set(err, RW_EUSAGE, "fold: text of %zu bytes is too long", n);
    if (fold_core(t, s, n, out))
        return rw_error_set(err, RW_ENOMEM, "fold: out of memory folding %zu bytes", n);
    return 0;
}

void rw_fold_free(rw_fold *f)
{
    free(f->key);
    free(f->src);
    memset(f, 0, sizeof *f);
}

int rw_text_fold_into(rw_text *t, const char *s, size_t n, rw_buf *out)
{
    if (n >= UINT32_MAX / 2 || fold_core(t, s, n, &t->scratch)) return -1;
    return rw_buf_append(out, t->scratch.key, t->scratch.len);
}

/* ---- UTF-16 copies ---- */

static int u16_reserve(u16text *x, size_t units)
{
    if (units <= x->cap) return 0;
    size_t cap = x->cap ? x->cap : 256;
    while (cap < units)
        cap *= 2;
    UChar *u = realloc(x->u, cap * sizeof *u);
    if (!u) return -1;
    x->u = u;
    uint32_t *m = realloc(x->map, cap * sizeof *m);
    if (!m) return -1;
    x->map = m;
    x->cap = cap;
    return 0;
}

static int to_u16(u16text *x, const char *str, size_t n)
{
    const uint8_t *s = (const uint8_t *)str;
    if (u16_reserve(x, n + 1)) return -1;
    /* UTF-16 never needs more units than UTF-8 has bytes. */
    int32_t i = 0, k = 0, len = (int32_t)n;
    x->bad = 0;
    while (i < len) {
        uint32_t off = (uint32_t)i;
        UChar32 c;
        U8_NEXT(s, i, len, c);
        if (c < 0) {
            c = 0xFFFD;
            x->bad = 1;
        }
        if (c <= 0xFFFF) {
            x->u[k] = (UChar)c;
            x->map[k++] = off;
        } else {
            x->u[k] = U16_LEAD(c);
            x->map[k++] = off;
            x->u[k] = U16_TRAIL(c);
            x->map[k++] = off;
        }
    }
    x->map[k] = (uint32_t)n;
    x->len = k;
    return 0;
}

static void u16_free(u16text *x)
{
    free(x->u);
    free(x->map);
}

/* ---- open / close ---- */

rw_text *rw_text_open(rw_error *err)
{
    return rw_text_open_with(NULL, err);
}

rw_text *rw_text_open_with(const char *data_dir, rw_error *err)
{
    rw_text *t = calloc(1, sizeof *t);
    if (!t) {
        rw_error_set(err, RW_ENOMEM, "text: out of memory");
        return NULL;
    }
    UErrorCode st = U_ZERO_ERROR;
    const char *what = "the NFKC normaliser";
    t->nfkc = unorm2_getNFKCInstance(&st);
    if (U_SUCCESS(st)) {
        what = "the NFD normaliser";
        t->nfd = unorm2_getNFDInstance(&st);
    }
    if (U_SUCCESS(st)) {
        what = "the sentence break iterator";
        t->sent = ubrk_open(UBRK_SENTENCE, "ar", NULL, 0, &st);
    }
    if (U_SUCCESS(st)) {
        what = "the word break iterator";
        t->word = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    }
    if (U_SUCCESS(st)) {
        what = "the Arabic-Latin; Latin-ASCII transliterator";
        /* ʿ and ʾ (ayn, hamza) are the only non-ASCII letters Latin-ASCII leaves. */
        static const UChar id[] = u"Arabic-Latin; Latin-ASCII; [\u02BE\u02BF] Remove";
        t->latin = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
    }
    if (U_FAILURE(st)) {
        rw_error_set(err, RW_EINTERNAL, "text: ICU could not open %s: %s", what, u_errorName(st));
        rw_text_close(t);
        return NULL;
    }
    build_fast_table(t);
    if (data_dir) {
        char path[4096];
        struct stat sb;
        int n = snprintf(path, sizeof path, "%s/%s", data_dir, RW_TEXT_TRANSLIT_FILE);
        if (n > 0 && (size_t)n < sizeof path && stat(path, &sb) == 0 &&
            rw_text_set_transliteration_rules(t, path, err)) {
            rw_text_close(t);
            return NULL;
        }
    }
    return t;
}

void rw_text_close(rw_text *t)
{
    if (!t) return;
    if (t->sent) ubrk_close(t->sent);
    if (t->word) ubrk_close(t->word);
    if (t->latin) utrans_close(t->latin);
    free(t->rules_path);
    u16_free(&t->sent_text);
    u16_free(&t->word_text);
    u16_free(&t->tr_text);
    rw_fold_free(&t->scratch);
    free(t->flags);
    free(t->stack);
    free(t->want);
    free(t);
}

/* ---- sentences ---- */

/* UTF-8 steps that read malformed bytes as U+FFFD, so ICU property lookups never see a negative
 * code point. */
static inline UChar32 next_cp(const uint8_t *s, int32_t *i, int32_t n)
{
    UChar32 c;
    U8_NEXT(s, *i, n, c);
    return c < 0 ? 0xFFFD : c;
}

static inline UChar32 prev_cp(const uint8_t *s, int32_t start, int32_t *i)
{
    UChar32 c;
    U8_PREV(s, start, *i, c);
    return c < 0 ? 0xFFFD : c;
}

static int is_line_end(UChar32 c)
{
    return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

/* White space and invisible format characters (bidi marks, zero-width) trimmed from units. */
static int is_blank(UChar32 c)
{
    /* The common letters of the Arabic block and ASCII letters and digits, which end most
     * units and words, are neither: answered without two ICU property lookups. */
    if ((c >= 0x0621 && c <= 0x064A) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9'))
        return 0;
    return u_isUWhiteSpace(c) || u_charType(c) == U_FORMAT_CHAR;
}

/* The closing mark of an opening bracket or quote, 0 when c opens nothing. */
static UChar32 closer_of(UChar32 c)
{
    switch (c) {
    case '(':
        return ')';
    case '[':
        return ']';
    case '{':
        return '}';
    case 0x00AB:
        return 0x00BB; /* « » */
    case 0x201C:
        return 0x201D; /* “ ” */
    case 0x2039:
        return 0x203A; /* ‹ › */
    case 0xFD3E:
        return 0xFD3F; /* ornate parentheses */
    default:
        return 0;
    }
}

enum { BRK_CAND = 1, BRK_OPEN = 2, BRK_CLOSE = 4 };

/* The loops over a line below look at whole characters only where one of these bytes stands;
 * every other byte is passed over, eight at a time where a block holds none of them (see
 * block_may_line). Each of them is ASCII or a UTF-8 lead byte,
 * never a continuation byte, so a character starts there wherever it stands, even in malformed
 * text (U8_NEXT takes only continuation bytes after a lead), and the characters skipped are
 * none the loops act on: a byte scan visits the same characters a decode of every one would,
 * at a few instructions a byte instead of a decode a character (the loops were 5 % of the
 * instructions of extract). BYTE_LINE starts every line end (\n \v \f \r U+0085 U+2028
 * U+2029), BYTE_BRACKET every quote and bracket closer_of() and mark_brackets() know (" ( ) [ ]
 * { } « » “ ” ‹ › ﴾ ﴿). */
enum { BYTE_LINE = 1, BYTE_BRACKET = 2 };
static const uint8_t byte_role[256] = {
    ['\n'] = BYTE_LINE,    ['\v'] = BYTE_LINE,    ['\f'] = BYTE_LINE,    ['\r'] = BYTE_LINE,
    [0xC2] = BYTE_LINE | BYTE_BRACKET, [0xE2] = BYTE_LINE | BYTE_BRACKET,
    ['"'] = BYTE_BRACKET,  ['('] = BYTE_BRACKET,  [')'] = BYTE_BRACKET,  ['['] = BYTE_BRACKET,
    [']'] = BYTE_BRACKET,  ['{'] = BYTE_BRACKET,  ['}'] = BYTE_BRACKET,  [0xEF] = BYTE_BRACKET,
};

/* Eight bytes as one word, so a block of them can be passed over at once: only "is any byte of
 * it ..." is asked of the word, which does not depend on the byte order. */
static inline uint64_t load8(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
/* Non-zero when some byte of v is below n (n <= 128) / is c / is in 0x21..0x7F (ASCII other
 * than controls and space). Each is exact as to "some byte": no carry crosses a byte that
 * answers no. */
static inline uint64_t some_below(uint64_t v, uint64_t n)
{
    return (v - ONES * n) & ~v & HIGHS;
}
static inline uint64_t some_is(uint64_t v, uint64_t c)
{
    return some_below(v ^ (ONES * c), 1);
}
static inline uint64_t some_ascii_mark(uint64_t v)
{
    return ((v & ~HIGHS) + ONES * 0x5F) & ~v & HIGHS;
}

/* Whether the eight bytes at p may hold a BYTE_LINE / BYTE_BRACKET byte (a superset: a block
 * that answers no holds none). Arabic text is mostly blocks of letters and spaces that hold
 * neither, passed over eight bytes at a time. */
static inline int block_may_line(const uint8_t *p)
{
    uint64_t v = load8(p);
    return (some_below(v, 0x0E) | some_is(v, 0xC2) | some_is(v, 0xE2)) != 0;
}
static inline int block_may_bracket(const uint8_t *p)
{
    uint64_t v = load8(p);
    return (some_ascii_mark(v) | some_is(v, 0xC2) | some_is(v, 0xE2) | some_is(v, 0xEF)) != 0;
}

/* The start of the first line end in s[i, len), or len. */
static int32_t line_end_at(const uint8_t *s, int32_t i, int32_t len)
{
    for (; i < len; i++) {
        while (i + 8 <= len && !block_may_line(s + i))
            i += 8;
        if (i >= len) break;
        if (!(byte_role[s[i]] & BYTE_LINE)) continue;
        int32_t j = i;
        if (is_line_end(next_cp(s, &j, len))) return i;
    }
    return len;
}

/* Marks, in one line [a, b), the openers whose closing mark follows on the same line and those
 * closers: a stack of openers, where a closer pops to its opener (dropping unclosed ones above
 * it) and a straight double quote closes an open one or opens. */
static void mark_brackets(const uint8_t *s, int32_t a, int32_t b, uint8_t *flags, int32_t *stack,
                          UChar32 *want)
{
    int32_t depth = 0;
    for (int32_t i = a; i < b;) {
        while (i + 8 <= b && !block_may_bracket(s + i))
            i += 8;
        if (i >= b) break;
        if (!(byte_role[s[i]] & BYTE_BRACKET)) { /* no quote or bracket starts here */
            i++;
            continue;
        }
        int32_t at = i;
        UChar32 c = next_cp(s, &i, b);
        int32_t k = depth - 1;
        if (c == '"') {
            while (k >= 0 && want[k] != '"')
                k--;
            if (k < 0) {
                stack[depth] = at;
                want[depth++] = '"';
                continue;
            }
        } else if (closer_of(c)) {
            stack[depth] = at;
            want[depth++] = closer_of(c);
            continue;
        } else {
            while (k >= 0 && want[k] != c)
                k--;
            if (k < 0) continue;
        }
        flags[stack[k]] |= BRK_OPEN;
        flags[at] |= BRK_CLOSE;
        depth = k;
    }
}

/* A full stop after a one-letter word (د. for doctor, أ. for professor) abbreviates a title and
 * ends nothing, unless a number precedes the letter (2015 م. is a year and its era). */
static int is_initial_stop(const uint8_t *s, int32_t line, int32_t brk)
{
    int32_t i = brk;
    UChar32 c = 0;
    while (i > line) { /* back over spaces to the stop */
        c = prev_cp(s, line, &i);
        if (!u_isUWhiteSpace(c)) break;
    }
    if (c != '.') return 0;
    int32_t letters = 0;
    while (i > line) {
        int32_t j = i;
        c = prev_cp(s, line, &j);
        if (c == 0x0640 || is_removed(c)) { /* tatweel and harakat: هـ is one letter */
            i = j;
            continue;
        }
        if (!u_isalpha(c)) break;
        letters++;
        i = j;
    }
    if (letters != 1) return 0;
    while (i > line) {
        c = prev_cp(s, line, &i);
        if (!u_isUWhiteSpace(c)) return u_charType(c) != U_DECIMAL_DIGIT_NUMBER;
    }
    return 1;
}

/* ICU ends a sentence after a quoted question («هل ستزور دمشق؟» فأجاب ...); in news the
 * sentence goes on after the closing mark unless a stop of its own follows it. */
static int follows_closer(const uint8_t *s, int32_t unit, int32_t brk, const uint8_t *flags)
{
    int32_t i = brk;
    while (i > unit) {
        int32_t j = i;
        UChar32 c = prev_cp(s, unit, &j);
        if (!is_blank(c)) return (flags[j] & BRK_CLOSE) != 0;
        i = j;
    }
    return 0;
}

/* A unit that would hold only a list number ("1." "٢." at a line's start) is not a sentence: the
 * item's text follows it. */
static int is_list_number(const uint8_t *s, int32_t unit, int32_t brk)
{
    int32_t i = unit, digits = 0;
    UChar32 c = 0;
    while (i < brk && is_blank(c = next_cp(s, &i, brk))) {
    }
    while (u_charType(c) == U_DECIMAL_DIGIT_NUMBER && i < brk) {
        digits++;
        c = next_cp(s, &i, brk);
    }
    if (digits == 0 || digits > 3 || c != '.') return 0;
    while (i < brk)
        if (!is_blank(next_cp(s, &i, brk))) return 0;
    return 1;
}

/* Narrows [*a, *b) past the white space and format characters at both ends. */
static void trim_blanks(const uint8_t *s, int32_t *a, int32_t *b)
{
    while (*a < *b) {
        int32_t j = *a;
        /* An Arabic letter starts most units and words, as one ends them (below). */
        if (j + 1 < *b && (s[j] == 0xD8 || s[j] == 0xD9) && (s[j + 1] & 0xC0) == 0x80) {
            UChar32 c = (s[j] & 0x1F) << 6 | (s[j + 1] & 0x3F);
            if (c >= 0x0621 && c <= 0x064A) break;
        }
        if (!is_blank(next_cp(s, &j, *b))) break;
        *a = j;
    }
    while (*b > *a) {
        int32_t j = *b;
        /* An Arabic letter ends most units and words: two bytes, a lead and a continuation,
         * are the character U8_PREV would read there, and it is no blank. */
        if (j - 2 >= *a && (s[j - 2] == 0xD8 || s[j - 2] == 0xD9) && (s[j - 1] & 0xC0) == 0x80) {
            UChar32 c = (s[j - 2] & 0x1F) << 6 | (s[j - 1] & 0x3F);
            if (c >= 0x0621 && c <= 0x064A) break;
        }
        if (!is_blank(prev_cp(s, *a, &j))) break;
        *b = j;
    }
}

typedef struct span_vec {
    rw_span *v;
    size_t n, cap;
} span_vec;

static int add_unit(span_vec *sv, const uint8_t *s, int32_t a, int32_t b)
{
    trim_blanks(s, &a, &b);
    if (a >= b) return 0;
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 32;
        rw_span *v = realloc(sv->v, cap * sizeof *v);
        if (!v) return -1;
        sv->v = v;
        sv->cap = cap;
    }
    sv->v[sv->n++] = (rw_span){(uint32_t)a, (uint32_t)b};
    return 0;
}

static int brk_reserve(rw_text *t, size_t n)
{
    if (n <= t->brk_cap) return 0;
    size_t cap = t->brk_cap ? t->brk_cap : 4096;
    while (cap < n)
        cap *= 2;
    uint8_t *f = realloc(t->flags, cap);
    if (!f) return -1;
    t->flags = f;
    int32_t *s = realloc(t->stack, cap * sizeof *s);
    if (!s) return -1;
    t->stack = s;
    UChar32 *w = realloc(t->want, cap * sizeof *w);
    if (!w) return -1;
    t->want = w;
    t->brk_cap = cap;
    return 0;
}

int rw_text_sentences(rw_text *t, const char *text, size_t n, rw_span **out, size_t *count,
                      rw_error *err)
{
    if (n >= UINT32_MAX / 2)
        return rw_error_set(err, RW_EUSAGE, "sentences: text of %zu bytes is too long", n);
    const uint8_t *s = (const uint8_t *)text;
    int32_t len = (int32_t)n;
    span_vec sv = {0};
    t->sent_of = NULL;
    if (brk_reserve(t, n + 1) || to_u16(&t->sent_text, text, n)) goto nomem;
    t->sent_of = text;
    t->sent_len = n;
    uint8_t *flags = t->flags;
    int32_t *stack = t->stack;
    UChar32 *want = t->want;
    memset(flags, 0, n + 1);

    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(t->sent, t->sent_text.u, t->sent_text.len, &st);
    if (U_FAILURE(st))
        return rw_error_set(err, RW_EINTERNAL, "sentences: ICU break iterator: %s",
                            u_errorName(st));
    for (int32_t b = ubrk_first(t->sent); b != UBRK_DONE; b = ubrk_next(t->sent))
        flags[t->sent_text.map[b]] |= BRK_CAND;

    /* Lines first: each is balanced on its own, and a line end always closes a unit. */
    for (int32_t line = 0; line < len;) {
        int32_t end = line_end_at(s, line, len);
        mark_brackets(s, line, end, flags, stack, want);
        int32_t unit = line, depth = 0;
        for (int32_t i = line; i < end;) {
            /* Only flagged characters and ؛ (D8 9B) change anything below; flags are set at
             * the start of a character only, and D8 is a lead byte. Eight bytes without a flag
             * and without a 9B after any of them are passed over at once. */
            while (i + 9 <= end && load8(flags + i) == 0 && !some_is(load8(s + i + 1), 0x9B))
                i += 8;
            if (i >= end) break;
            if (!flags[i] && !(s[i] == 0xD8 && i + 1 < end && s[i + 1] == 0x9B)) {
                i++;
                continue;
            }
            if ((flags[i] & BRK_CAND) && depth == 0 && i > unit && !is_initial_stop(s, line, i) &&
                !is_list_number(s, unit, i) && !follows_closer(s, unit, i, flags)) {
                if (add_unit(&sv, s, unit, i)) goto nomem;
                unit = i;
            }
            UChar32 c;
            int32_t at = i;
            c = next_cp(s, &i, end);
            if (flags[at] & BRK_OPEN) depth++;
            if ((flags[at] & BRK_CLOSE) && depth > 0) depth--;
            /* ICU leaves the Arabic semicolon inside a sentence; news uses it to end one. */
            if (c == 0x061B && depth == 0) flags[i] |= BRK_CAND;
        }
        if (add_unit(&sv, s, unit, end)) goto nomem;
        line = end;
        while (line < len) { /* past the line end(s) */
            int32_t j = line;
            UChar32 c = next_cp(s, &j, len);
            if (!is_line_end(c)) break;
            line = j;
        }
    }
    *out = sv.v;
    *count = sv.n;
    return 0;
nomem:
    free(sv.v);
    return rw_error_set(err, RW_ENOMEM, "sentences: out of memory on a text of %zu bytes", n);
}

/* Where to cut a piece of at most `max` bytes starting at a, in s[a, end): after the last clause
 * mark in its second half, else at its last white space there, else before the last character
 * that fits. */
static int32_t cut_point(const uint8_t *s, int32_t a, int32_t max)
{
    int32_t lim = a + max, half = a + max / 2;
    for (int32_t i = lim; i > half; i--) {
        uint8_t c = s[i - 1];
        if (c == ',' || c == ';' || c == ':') return i;
        if (i - 2 >= a && s[i - 2] == 0xD8 && (c == 0x8C || c == 0x9B)) return i; /* ، ؛ */
    }
    for (int32_t i = lim; i > half; i--)
        if (s[i] == ' ' || s[i] == '\t') return i;
    int32_t i = lim;
    while (i > a + 1 && (s[i] & 0xC0) == 0x80) /* not inside a character */
        i--;
    return i;
}

long rw_text_bound_sentences(const char *text, rw_span **spans, size_t *count, size_t max,
                             uint32_t *first_cut)
{
    size_t n = *count;
    size_t i = 0;
    while (i < n && (*spans)[i].end - (*spans)[i].start <= max)
        i++;
    if (i == n || max < 8) return 0;
    const uint8_t *s = (const uint8_t *)text;
    span_vec sv = {0};
    long cuts = 0;
    for (size_t k = 0; k < n; k++) {
        int32_t a = (int32_t)(*spans)[k].start, b = (int32_t)(*spans)[k].end;
        while (b - a > (int32_t)max) {
            int32_t cut = cut_point(s, a, (int32_t)max);
            if (!cuts++) *first_cut = (uint32_t)cut;
            if (add_unit(&sv, s, a, cut)) goto nomem;
            a = cut;
            trim_blanks(s, &a, &b);
        }
        if (add_unit(&sv, s, a, b)) goto nomem;
    }
    free(*spans);
    *spans = sv.v;
    *count = sv.n;
    return cuts;
nomem:
    free(sv.v);
    return -1;
}

/* ---- tokens ---- */

/* Folds a token made only of ASCII and well-formed two-byte characters whose folds the table
 * holds (Arabic, Latin: nearly every token) straight onto the end of `out`, without the offsets
 * nobody reads for a token: what fold_core() writes for those characters, table entry by table
 * entry. Folding tokens through fold_core() and copying the key out was 7 % of the instructions
 * of extract. Returns the folded length, -1 for a token with any other character (the caller
 * then uses fold_core), -2 when memory runs out; out->len is left as it was. */
static long fold_token(const rw_text *t, const uint8_t *s, size_t n, rw_buf *out)
{
    if (rw_buf_reserve(out, n * FAST_MAX + 1)) return -2;
    char *o = out->data + out->len, *o0 = o;
    for (size_t i = 0; i < n;) {
        UChar32 c = s[i];
        if (c < 0x80) {
            i++;
        } else if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
            c = (c & 0x1F) << 6 | (s[i + 1] & 0x3F); /* as U8_NEXT decodes it */
            i += 2;
        } else {
            return -1;
        }
        const fast_entry *e = &t->fast[c];
        if (e->len == SLOW) return -1;
        if (e->len == 2) { /* most Arabic letters */
            o[0] = e->b[0];
            o[1] = e->b[1];
            o += 2;
        } else {
            memcpy(o, e->b, e->len);
            o += e->len;
        }
    }
    return (long)(o - o0);
}

static int add_token(rw_text *t, rw_tokens *tk, const char *text, uint32_t a, uint32_t b,
                     rw_tok_kind kind, long number)
{
    if (tk->n == tk->cap) {
        size_t cap = tk->cap ? tk->cap * 2 : 64;
        rw_token *v = realloc(tk->v, cap * sizeof *v);
        if (!v) return -1;
        tk->v = v;
        tk->cap = cap;
    }
    uint32_t off = (uint32_t)tk->folded.len;
    long fl = fold_token(t, (const uint8_t *)text + a, b - a, &tk->folded);
    if (fl == -2) return -1;
    if (fl > 0) { /* (the key is in place: terminate it) */
        tk->folded.data[off + (size_t)fl] = '\0';
        tk->folded.len += (size_t)fl + 1;
        tk->folded.data[tk->folded.len] = '\0';
    } else if (fl < 0) { /* (a character fold_token leaves to fold_core) */
        if (fold_core(t, text + a, b - a, &t->scratch)) return -1;
        fl = (long)t->scratch.len;
        if (fl && rw_buf_append(&tk->folded, t->scratch.key, t->scratch.len + 1)) return -1;
    }
    if (fl == 0) return 0; /* a lone tatweel or mark: nothing to match */
    tk->v[tk->n++] = (rw_token){.start = a,
                                .end = b,
                                .kind = kind,
                                .fold_off = off,
                                .fold_len = (uint32_t)fl,
                                .number = number};
    return 0;
}

/* The value of a number token: digits of any script, thousands separators (, ٬ ') followed by
 * three digits skipped, and the integer part only when there is a decimal separator. */
static long number_value(const uint8_t *s, int32_t a, int32_t b)
{
    long v = 0;
    for (int32_t i = a; i < b;) {
        UChar32 c = next_cp(s, &i, b);
        int32_t d = u_charDigitValue(c);
        if (d >= 0 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
            v = v > (LONG_MAX - d) / 10 ? LONG_MAX : v * 10 + d;
            continue;
        }
        if (c == ',' || c == 0x066C || c == '\'') {
            int32_t j = i, digits = 0;
            while (j < b) {
                UChar32 e = next_cp(s, &j, b);
                if (u_charType(e) != U_DECIMAL_DIGIT_NUMBER) break;
                digits++;
            }
            if (digits >= 3) continue;
        }
        break;
    }
    return v;
}

enum { CH_DIGIT, CH_ARABIC, CH_OTHER };

static int char_class(UChar32 c)
{
    if (c < 0x80) return c >= '0' && c <= '9' ? CH_DIGIT : CH_OTHER;
    if (c >= 0x0621 && c <= 0x064A) return CH_ARABIC; /* the common letters, without lookups */
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) return CH_DIGIT;
    UErrorCode st = U_ZERO_ERROR;
    if (u_isalpha(c) && uscript_getScript(c, &st) == USCRIPT_ARABIC) return CH_ARABIC;
    return CH_OTHER;
}

static int add_run(rw_text *t, rw_tokens *tk, const char *text, uint32_t base, int32_t a, int32_t b,
                   int number)
{
    const uint8_t *s = (const uint8_t *)text + base;
    return add_token(t, tk, text, base + (uint32_t)a, base + (uint32_t)b,
                     number ? RW_TOK_NUMBER : RW_TOK_WORD, number ? number_value(s, a, b) : 0);
}

/* Whether the eight bytes at p are four common Arabic letters (U+0621..U+064A, D8 A1..D9 8A),
 * each pair of bytes tested at once as a 16-bit lane: its lead is D8 or D9 and its trail a
 * continuation byte, and the letter's low 7 bits (the lead's last bit, the trail's last six)
 * are 0x21..0x4A. The pair-by-pair loop of add_word_segment() was 1 % of the time of extract. */
static inline int four_common_letters(const uint8_t *p)
{
    uint64_t v = load8(p);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v); /* lanes as on a little-endian machine: lead low, trail high */
#endif
    const uint64_t lanes = 0x0001000100010001ULL;
    if ((v & lanes * 0xC0FE) != lanes * 0x80D8) return 0; /* D8/D9, then 80..BF */
    uint64_t low7 = ((v << 6) & lanes * 0x40) | ((v >> 8) & lanes * 0x3F);
    uint64_t from = low7 + lanes * (0x8000 - 0x21), past = low7 + lanes * (0x8000 - 0x4B);
    return (from & ~past & lanes * 0x8000) == lanes * 0x8000;
}

/* One word-break segment that holds letters or digits. ICU joins digits and letters
 * (2015م, 1436هـ); a digit/Arabic-letter boundary is split here so dates see their numbers,
 * while Latin mixes (G20, F16) stay whole. */
static int add_word_segment(rw_text *t, rw_tokens *tk, const char *text, uint32_t base, int32_t a,
                            int32_t b)
{
    const uint8_t *s = (const uint8_t *)text + base;
    trim_blanks(s, &a, &b); /* format characters (bidi marks) ride along with words */
    /* Most segments are all common Arabic letters (U+0621..U+064A: D8 A1..BF, D9 80..8A): the
     * loop below would read each as CH_ARABIC and make one word of them. */
    int32_t k = a;
    while (k + 8 <= b && four_common_letters(s + k))
        k += 8;
    while (k + 1 < b && ((s[k] == 0xD8 && s[k + 1] >= 0xA1 && s[k + 1] <= 0xBF) ||
                         (s[k] == 0xD9 && s[k + 1] >= 0x80 && s[k + 1] <= 0x8A)))
        k += 2;
    if (k == b) return b > a ? add_run(t, tk, text, base, a, b, 0) : 0;
    int32_t run = a, only_digits = 1;
    int prev = CH_OTHER;
    for (int32_t i = a; i < b;) {
        int32_t at = i;
        UChar32 c = next_cp(s, &i, b);
        int cls = char_class(c);
        if (at > run &&
            ((cls == CH_DIGIT && prev == CH_ARABIC) || (cls == CH_ARABIC && prev == CH_DIGIT))) {
            if (add_run(t, tk, text, base, run, at, only_digits)) return -1;
            run = at;
            only_digits = 1;
        }
        /* A number is digits with separators between them; anything else makes a word. */
        if (cls != CH_DIGIT && (cls == CH_ARABIC || at == run || !u_ispunct(c))) only_digits = 0;
        if (cls != CH_OTHER) prev = cls;
    }
    if (b > run && add_run(t, tk, text, base, run, b, only_digits)) return -1;
    return 0;
}

/* The first index of map[0, n] (non-decreasing) holding a value >= v. */
static int32_t first_at_least(const uint32_t *map, int32_t n, uint32_t v)
{
    int32_t lo = 0, hi = n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (map[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The word breaks of the UTF-16 units u[0, len), whose unit k came from byte map[k] - sub of
 * the span, turned into tokens. */
static int tokenize_u16(rw_text *t, const char *text, rw_span span, const UChar *u, int32_t len,
                        const uint32_t *map, uint32_t sub, rw_tokens *out, rw_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(t->word, u, len, &st);
    if (U_FAILURE(st))
        return rw_error_set(err, RW_EINTERNAL, "tokenize: ICU break iterator at byte %u: %s",
                            span.start, u_errorName(st));
    const uint8_t *s = (const uint8_t *)text + span.start;
    int32_t prev = ubrk_first(t->word);
    for (int32_t b = ubrk_next(t->word); b != UBRK_DONE; prev = b, b = ubrk_next(t->word)) {
        int32_t a8 = (int32_t)(map[prev] - sub), b8 = (int32_t)(map[b] - sub);
        /* A lone space between words, nearly every other segment, makes no token whatever its
         * rule status (a word segment is trimmed of blanks, a space is skipped as one): neither
         * the status nor the loop below is needed. */
        if (b8 - a8 == 1 && s[a8] == ' ') continue;
        int32_t status = ubrk_getRuleStatus(t->word);
        if (status >= UBRK_WORD_NONE_LIMIT) {
            if (add_word_segment(t, out, text, span.start, a8, b8)) goto nomem;
            continue;
        }
        for (int32_t i = a8; i < b8;) { /* spaces and punctuation: one token a character */
            int32_t at = i;
            UChar32 c = next_cp(s, &i, b8);
            if (is_blank(c) || u_charType(c) == U_NON_SPACING_MARK) continue;
            if (add_token(t, out, text, span.start + (uint32_t)at, span.start + (uint32_t)i,
                          RW_TOK_PUNCT, 0))
                goto nomem;
        }
    }
    return 0;
nomem:
    return rw_error_set(err, RW_ENOMEM, "tokenize: out of memory at byte %u", span.start);
}

int rw_text_tokenize(rw_text *t, const char *text, rw_span span, rw_tokens *out, rw_error *err)
{
    out->n = 0;
    rw_buf_reset(&out->folded);
    if (span.end < span.start)
        return rw_error_set(err, RW_EUSAGE, "tokenize: span [%u, %u) is reversed", span.start,
                            span.end);
    if (to_u16(&t->word_text, text + span.start, span.end - span.start))
        return rw_error_set(err, RW_ENOMEM, "tokenize: out of memory at byte %u", span.start);
    return tokenize_u16(t, text, span, t->word_text.u, t->word_text.len, t->word_text.map, 0,
                        out, err);
}

int rw_text_tokenize_unit(rw_text *t, const char *text, rw_span span, rw_tokens *out,
                          rw_error *err)
{
    /* Converting each sentence to UTF-16 again was 2 % of the instructions of extract. In
     * well-formed UTF-8, the units of a span that starts and ends on character boundaries are
     * exactly the whole text's units between them, with the same offsets less the start. */
    const u16text *x = &t->sent_text;
    if (text != t->sent_of || x->bad || span.end < span.start || span.end > t->sent_len)
        return rw_text_tokenize(t, text, span, out, err);
    int32_t k0 = first_at_least(x->map, x->len, span.start);
    int32_t k1 = first_at_least(x->map, x->len, span.end);
    if (x->map[k0] != span.start || x->map[k1] != span.end)
        return rw_text_tokenize(t, text, span, out, err);
    out->n = 0;
    rw_buf_reset(&out->folded);
    return tokenize_u16(t, text, span, x->u + k0, k1 - k0, x->map + k0, span.start, out, err);
}

void rw_tokens_free(rw_tokens *tk)
{
    free(tk->v);
    rw_buf_free(&tk->folded);
    memset(tk, 0, sizeof *tk);
}

/* ---- transliteration ---- */

int rw_text_transliterate(rw_text *t, const char *s, size_t n, rw_buf *out)
{
    if (n >= UINT32_MAX / 8) return -1;
    u16text *x = &t->tr_text;
    /* Arabic-Latin writes up to a few Latin letters per Arabic one: leave room for 4x. */
    int32_t len = 0;
    for (size_t room = 4 * n + 16;; room *= 4) {
        if (u16_reserve(x, room) || to_u16(x, s, n)) return -1;
        len = x->len;
        int32_t limit = x->len;
        UErrorCode st = U_ZERO_ERROR;
        utrans_transUChars(t->latin, x->u, &len, (int32_t)x->cap, 0, &limit, &st);
        if (U_SUCCESS(st)) break;
        if (st != U_BUFFER_OVERFLOW_ERROR || room > 64 * n + 64) return -1;
    }
    int32_t need = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &need, x->u, len, &st);
    if (rw_buf_reserve(out, (size_t)need)) return -1;
    st = U_ZERO_ERROR;
    u_strToUTF8(out->data + out->len, need + 1, NULL, x->u, len, &st);
    if (U_FAILURE(st)) return -1;
    out->len += (size_t)need;
    out->data[out->len] = '\0';
    return 0;
}

/* Reads a whole file; *len set. NULL when it cannot be read (errno says why). */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 16384;
            char *g = realloc(s, cap);
            if (!g) break;
            s = g;
        }
        size_t got = fread(s + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) break;
            fclose(f);
            s[n] = '\0';
            *len = n;
            return s;
        }
    }
    free(s);
    fclose(f);
    return NULL;
}

/* The line (from 1) holding UTF-16 offset `off` of u, and the text of that line (its first 60
 * units). */
static int rule_line(const UChar *u, int32_t un, int32_t off, char *text, size_t cap)
{
    int line = 1;
    if (off > un) off = un;
    for (int32_t i = 0; i < off; i++)
        if (u[i] == '\n') line++;
    while (off > 0 && u[off - 1] != '\n')
        off--;
    int32_t end = off;
    while (end < un && u[end] != '\n' && end - off < 60)
        end++;
    UErrorCode st = U_ZERO_ERROR;
    u_strToUTF8(text, (int32_t)cap, NULL, u + off, end - off, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING) text[0] = '\0';
    return line;
}

int rw_text_set_transliteration_rules(rw_text *t, const char *path, rw_error *err)
{
    if (t->rules_path && strcmp(t->rules_path, path) == 0) return 0;
    size_t n = 0;
    char *src = read_file(path, &n);
    if (!src) return rw_error_set(err, RW_EIO, "%s: cannot read the transliteration rules", path);
    rw_status rc = RW_OK;
    UChar *u = NULL;
    char *keep = strdup(path);
    int32_t un = 0;
    UErrorCode st = U_ZERO_ERROR;
    if (n >= INT32_MAX / 2 || !keep || !(u = malloc((n + 1) * sizeof *u))) {
        rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory reading the rules", path);
        goto done;
    }
    u_strFromUTF8WithSub(u, (int32_t)n + 1, &un, src, (int32_t)n, 0xFFFD, NULL, &st);
    if (U_FAILURE(st)) {
        rc = rw_error_set(err, RW_EINPUT, "%s: cannot read the rules as UTF-8 text (%s)", path, u_errorName(st));
        goto done;
    }
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    UTransliterator *tr = utrans_openU(u"rawabit-names", -1, UTRANS_FORWARD, u, un, &pe, &st);
    if (U_FAILURE(st)) {
        /* ICU reports the offset of the rule it stopped at, counted in UTF-16 units from the
         * start of the rules; turn it into a line a person can find. */
        char at[256];
        int line = pe.line > 0 ? pe.line : rule_line(u, un, pe.offset, at, sizeof at);
        if (pe.line > 0) at[0] = '\0';
        rc = rw_error_set(err, RW_EINPUT, "%s:%d: ICU cannot compile the rule \"%s\": %s", path,
                          line, at, u_errorName(st));
        goto done;
    }
    if (t->latin) utrans_close(t->latin);
    t->latin = tr;
    free(t->rules_path);
    t->rules_path = keep;
    keep = NULL;
done:
    free(keep);
    free(u);
    free(src);
    return rc;
}
