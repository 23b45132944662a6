/*
 * ids.c - entity ids and English labels (see ids.h).
 *
 * Unvowelled Arabic writes no short vowels, so any letter-by-letter transliteration of a name is
 * at best a guess at them. Most names in news are built from a few hundred common parts, so a
 * table of those parts (data/name_parts.tsv) gives their usual English spelling; the ICU rule set
 * data/transliteration.txt (loaded into the text layer by rw_names_open) spells only the words the
 * table lacks, reading the vowel letters of foreign names ("fayzulin", not ICU's "fayzwlyn").
 * Matching is on folded words, longest entry first (three words at most), so "عبد الله" can have
 * its own spelling while "عبد" + an article-word becomes "Abdul-" + the word.
 */
#include "graph/ids.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/strmap.h"
#include "extract/morph.h"
#include "rw_config.h"

enum { MAX_KEY_WORDS = 3, MAX_VARIANT_RULES = 32, VARIANT_FORM = 32 };

/* How many words' transliterations rw_names keeps (see struct rw_names); when full it is emptied
 * whole, so its memory stays bounded (a few MB) on any corpus. */
enum { MAX_SPELLED = 1 << 16 };

/* One line of name_variants.tsv, its forms folded. */
typedef struct variant_rule {
    char from[VARIANT_FORM], to[VARIANT_FORM];
    int at_start; /* else at the end of a word */
    int joined;   /* the word FROM is written joined to the word before it, or apart */
    int joins;    /* ... or to the word after it */
    int min;      /* letters the word must keep after the change */
} variant_rule;

struct rw_names {
    rw_strmap *parts; /* folded Arabic part -> malloc'd English */
    /* word as written -> malloc'd ICU transliteration. ICU's rule-based transliterator costs
     * thousands of instructions a word and the same names come back article after article
     * (about 5 % of `rawabit extract` went to it); the rules are set once, at rw_names_open(), so
     * a word's spelling never changes. */
    rw_strmap *spelled;
    rw_text *tx;
    rw_buf scratch, fold;
    variant_rule variants[MAX_VARIANT_RULES];
    size_t n_variants;
};

const char *rw_ids_data_dir(void)
{
    const char *env = getenv("RAWABIT_DATA");
    if (env && *env) return env;
    struct stat st;
    if (stat(RW_DATA_DIR_SOURCE, &st) == 0 && S_ISDIR(st.st_mode)) return RW_DATA_DIR_SOURCE;
    return RW_DATA_DIR_INSTALLED;
}

/* Folds s[0..n) into out (replacing it); without a text layer the key is the text itself. */
static int fold(rw_text *tx, const char *s, size_t n, rw_buf *out)
{
    rw_buf_reset(out);
    if (!tx) return rw_buf_append(out, s, n);
    return rw_text_fold_into(tx, s, n, out);
}

/* Frees the cached transliterations' strings (the map itself stays). */
static void forget_spellings(rw_names *n)
{
    size_t pos = 0;
    void *v;
    while (n->spelled && rw_strmap_next(n->spelled, &pos, NULL, NULL, &v))
        free(v);
}

void rw_names_free(rw_names *n)
{
    if (!n) return;
    if (n->parts) {
        size_t pos = 0;
        void *v;
        while (rw_strmap_next(n->parts, &pos, NULL, NULL, &v))
            free(v);
        rw_strmap_free(n->parts);
    }
    forget_spellings(n);
    rw_strmap_free(n->spelled);
    rw_buf_free(&n->scratch);
    rw_buf_free(&n->fold);
    free(n);
}

size_t rw_names_count(const rw_names *n)
{
    return rw_strmap_count(n->parts);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t len = strlen(s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
        s[--len] = 0;
    return s;
}

/* Folds a rule's form into dst (VARIANT_FORM bytes); -1 when it does not fit. */
static int fold_form(rw_names *n, const char *form, char *dst)
{
    if (fold(n->tx, form, strlen(form), &n->fold) || n->fold.len >= VARIANT_FORM) return -1;
    memcpy(dst, n->fold.len ? n->fold.data : "", n->fold.len + 1);
    return 0;
}

/* Reads the name-variant rules (name_variants.tsv in the data directory); a missing file means
 * none. Forms are folded as names are, so the rules apply to folded names. */
static rw_status read_variants(rw_names *n, rw_error *err)
{
    char path[4096];
    int len = snprintf(path, sizeof path, "%s/name_variants.tsv", rw_ids_data_dir());
    if (len <= 0 || (size_t)len >= sizeof path) return RW_OK;
    FILE *f = fopen(path, "r");
    if (!f) return RW_OK;
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    rw_status st = RW_OK;
    while (st == RW_OK && getline(&line, &cap, f) > 0) {
        lineno++;
        line[strcspn(line, "\n")] = 0;
        char *l = trim(line);
        if (*l == '#' || !*l) continue;
        char *col[4] = {0};
        int nc = 0;
        for (char *p = l; p && nc < 4; nc++) {
            col[nc] = p;
            if ((p = strchr(p, '\t'))) *p++ = 0;
        }
        char *end = NULL;
        long min = nc == 4 ? strtol(trim(col[3]), &end, 10) : -1;
        const char *where = nc == 4 ? trim(col[2]) : "";
        int at_start = strcmp(where, "start") == 0, joined = strcmp(where, "joined") == 0,
            joins = strcmp(where, "joins") == 0;
        if (nc != 4 || (!at_start && !joined && !joins && strcmp(where, "end") != 0) || !end ||
            *end || min < 1 || min > 20 || !*trim(col[0])) {
            st = rw_error_set(err, RW_EINPUT,
                              "%s:%ld: expected FROM<TAB>TO<TAB>start|end|joined|joins<TAB>LETTERS "
                              "(TO - for nothing, LETTERS 1 to 20)",
                              path, lineno);
            break;
        }
        if (n->n_variants == MAX_VARIANT_RULES) {
            st = rw_error_set(err, RW_EINPUT, "%s:%ld: more than %d rules", path, lineno,
                              (int)MAX_VARIANT_RULES);
            break;
        }
        variant_rule *r = &n->variants[n->n_variants];
        const char *to = strcmp(trim(col[1]), "-") == 0 ? "" : trim(col[1]);
        if (fold_form(n, trim(col[0]), r->from) || fold_form(n, to, r->to)) {
            st = rw_error_set(err, RW_EINPUT, "%s:%ld: form too long", path, lineno);
            break;
        }
        r->at_start = at_start;
        r->joined = joined;
        r->joins = joins;
        r->min = (int)min;
        n->n_variants++;
    }
    free(line);
    fclose(f);
    return st;
}

/* A word as name_variants.tsv's start and end rules leave it: its kept part [*start, *stop) of w,
 * with *pre before it and *post after it. */
static void rewrite_word(const rw_names *n, const char *w, size_t wl, size_t *start, size_t *stop,
                         const char **pre, const char **post)
{
    *start = 0, *stop = wl, *pre = "", *post = "";
    for (size_t i = 0; n && i < n->n_variants; i++) {
        const variant_rule *r = &n->variants[i];
        if (r->joined || r->joins) continue;
        size_t fl = strlen(r->from);
        if (fl > *stop - *start) continue;
        const char *at = r->at_start ? w + *start : w + *stop - fl;
        if (memcmp(at, r->from, fl) != 0 || (r->at_start ? **pre : **post)) continue;
        size_t kept = rw_morph_letters(w + *start, *stop - *start) - rw_morph_letters(r->from, fl) +
                      rw_morph_letters(r->to, strlen(r->to));
        if (kept < (size_t)r->min) continue;
        if (r->at_start) {
            *start += fl;
            *pre = r->to;
        } else {
            *stop -= fl;
            *post = r->to;
        }
    }
}

/* Appends a rewritten word. */
static int put_key_word(rw_buf *out, const char *w, size_t start, size_t stop, const char *pre,
                    const char *post)
{
    return rw_buf_puts(out, pre) || rw_buf_append(out, w + start, stop - start) ||
           rw_buf_puts(out, post);
}

int rw_names_variant_key(const rw_names *n, const char *folded, rw_buf *out)
{
    rw_buf_reset(out);
    if (rw_buf_putc(out, '~')) return -1;
    const char *p = folded;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p) break;
        size_t wl = strcspn(p, " ");
        const char *w = p;
        /* A word a `joins` rule's word begins, written joined to the next ("أبوالقاسم"), is
         * that word and the next as the rules leave it ("أبو القاسم" is "أبو" + "قاسم"). */
        size_t lead = 0;
        const variant_rule *leader = NULL;
        for (size_t i = 0; n && i < n->n_variants && !lead; i++) {
            const variant_rule *r = &n->variants[i];
            size_t fl = strlen(r->from);
            /* (only the form the key writes: "أباظة" is no "أبا ظة") */
            if (r->joins && !r->to[0] && fl < wl && memcmp(w, r->from, fl) == 0)
                lead = fl, leader = r;
        }
        if (lead) {
            size_t s2, e2;
            const char *pre2, *post2;
            rewrite_word(n, w + lead, wl - lead, &s2, &e2, &pre2, &post2);
            if ((out->len > 1 && rw_buf_putc(out, ' ')) || rw_buf_puts(out, leader->from) ||
                put_key_word(out, w + lead, s2, e2, pre2, post2))
                return -1;
            p += wl;
            continue;
        }
        size_t start, stop; /* the word's kept part */
        const char *pre, *post;
        rewrite_word(n, w, wl, &start, &stop, &pre, &post);
        /* A part that binds the next word (name_parts.tsv "عبد -> Abdul-") before a word with
         * the article is one word with it: "عبد العزيز" and "عبدالعزيز" have one key - inside a
         * longer name only, so that a bare "عبد الله" stays the two words rule 4b never joins. */
        void *part;
        const char *next = w + wl;
        while (*next == ' ')
            next++;
        size_t next_len = strcspn(next, " ");
        int longer = out->len > 1 || next[next_len] != '\0';
        int whole = start == 0 && stop == wl;
        /* So is a word written apart or joined to the one before it (name_variants.tsv
         * `joined`: "نور الدين" and "نورالدين"), as written. */
        int joined = 0;
        for (size_t i = 0; n && next_len && i < n->n_variants && !joined; i++) {
            const variant_rule *r = &n->variants[i];
            joined = r->joined && strlen(r->from) == next_len && memcmp(r->from, next, next_len) == 0;
        }
        if (n && longer && whole &&
            (joined || (rw_strmap_get(n->parts, w, wl, &part) && ((const char *)part)[0] &&
                        ((const char *)part)[strlen(part) - 1] == '-' &&
                        rw_morph_article_len(next, next_len) > 0))) {
            if ((out->len > 1 && rw_buf_putc(out, ' ')) || rw_buf_append(out, w, wl) ||
                rw_buf_append(out, next, next_len))
                return -1;
            p = next + next_len;
            continue;
        }
        /* ... or to the word after it (`joins`: "أبو بكر" and "أبوبكر"; its TO is the form the
         * key writes, "أبي بكر" is "أبو بكر"), the next word as the rules above leave it: "أبي
         * ضياف" and "أبي الضياف" are one key. */
        const variant_rule *joins = NULL;
        for (size_t i = 0; n && next_len && longer && whole && i < n->n_variants && !joins; i++) {
            const variant_rule *r = &n->variants[i];
            if (r->joins && strlen(r->from) == wl && memcmp(r->from, w, wl) == 0) joins = r;
        }
        if (joins) {
            size_t s2, e2;
            const char *pre2, *post2;
            rewrite_word(n, next, next_len, &s2, &e2, &pre2, &post2);
            if ((out->len > 1 && rw_buf_putc(out, ' ')) ||
                rw_buf_puts(out, joins->to[0] ? joins->to : joins->from) ||
                put_key_word(out, next, s2, e2, pre2, post2))
                return -1;
            p = next + next_len;
            continue;
        }
        if ((out->len > 1 && rw_buf_putc(out, ' ')) || put_key_word(out, w, start, stop, pre, post))
            return -1;
        p += wl;
    }
    return 0;
}

rw_names *rw_names_open(const char *path, rw_text *tx, rw_error *err)
{
    char pathbuf[4096];
    if (!path) {
        snprintf(pathbuf, sizeof pathbuf, "%s/name_parts.tsv", rw_ids_data_dir());
        path = pathbuf;
    }
    rw_names *n = calloc(1, sizeof *n);
    if (!n || !(n->parts = rw_strmap_new())) {
        rw_names_free(n);
        rw_error_set(err, RW_ENOMEM, "%s: out of memory", path);
        return NULL;
    }
    n->tx = tx;
    /* The readable spellings of words the table lacks come from the rule set beside it in the
     * data directory; without that file tx keeps the transliterator it has. */
    if (tx) {
        char rules[4096];
        struct stat sb;
        int len = snprintf(rules, sizeof rules, "%s/%s", rw_ids_data_dir(), RW_TEXT_TRANSLIT_FILE);
        if (len > 0 && (size_t)len < sizeof rules && stat(rules, &sb) == 0 &&
            rw_text_set_transliteration_rules(tx, rules, err)) {
            rw_names_free(n);
            return NULL;
        }
    }
    if (read_variants(n, err) != RW_OK) {
        rw_names_free(n);
        return NULL;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        rw_names_free(n);
        rw_error_set(err, RW_EIO, "%s: cannot open the name-parts table", path);
        return NULL;
    }
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    rw_status st = RW_OK;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        char *l = line;
        l[strcspn(l, "\n")] = 0;
        if (*trim(l) == '#' || !*trim(l)) continue;
        char *tab = strchr(l, '\t');
        if (!tab) {
            st = rw_error_set(err, RW_EINPUT, "%s:%ld: expected ARABIC<TAB>ENGLISH", path, lineno);
            break;
        }
        *tab = 0;
        char *ar = trim(l), *en = trim(tab + 1);
        if (!*ar || !*en || strchr(en, '\t')) {
            st = rw_error_set(err, RW_EINPUT, "%s:%ld: empty or extra column", path, lineno);
            break;
        }
        char *val = strdup(en);
        if (!val || fold(tx, ar, strlen(ar), &n->fold)) {
            free(val);
            st = rw_error_set(err, RW_ENOMEM, "%s:%ld: out of memory", path, lineno);
            break;
        }
        void *old = NULL;
        if (rw_strmap_get(n->parts, n->fold.data, n->fold.len, &old)) {
            /* A later line overrides an earlier one (a user's copy can extend the table). */
            free(old);
        }
        if (rw_strmap_put(n->parts, n->fold.data, n->fold.len, val)) {
            free(val);
            st = rw_error_set(err, RW_ENOMEM, "%s:%ld: out of memory", path, lineno);
            break;
        }
    }
    free(line);
    fclose(f);
    if (st != RW_OK) {
        rw_names_free(n);
        return NULL;
    }
    return n;
}

static int is_ascii_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Is s[i..] the article "al" closing with a hyphen ("al-shibani")? It stays lower case. */
static int is_article_part(const char *s, size_t i, size_t len)
{
    return i + 2 < len && (s[i] == 'a' || s[i] == 'A') && s[i + 1] == 'l' && s[i + 2] == '-';
}

/* Appends the ASCII letters, digits and inner hyphens of s (a transliteration may keep
 * apostrophes for hamza and ayn), each hyphen-joined part capitalised except the article:
 * "al-shibani" -> "al-Shibani", "jean-marie" -> "Jean-Marie". Returns the bytes added. */
static size_t put_readable(const char *s, size_t len, rw_buf *out)
{
    size_t before = out->len;
    int first = 1, part_start = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '-' && !first && i + 1 < len) {
            if (out->data[out->len - 1] != '-') rw_buf_putc(out, '-');
            part_start = 1;
            continue;
        }
        if (!is_ascii_alnum(c)) continue;
        if (part_start && is_article_part(s, i, len)) {
            rw_buf_putc(out, s[i]); /* as written: the rules write "al", Latin input may not */
            rw_buf_putc(out, 'l');
            i++;
            first = part_start = 0;
            continue;
        }
        if (part_start && c >= 'a' && c <= 'z') c = (unsigned char)(c - 'a' + 'A');
        first = part_start = 0;
        rw_buf_putc(out, (char)c);
    }
    while (out->len > before && out->data[out->len - 1] == '-')
        out->data[--out->len] = 0;
    return out->len - before;
}

static int has_non_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return 1;
    return 0;
}

/* Keeps ICU's spelling of word w[0..len) (best effort: without memory it is not kept). */
static void remember_spelling(rw_names *n, const char *w, size_t len, const char *latin,
                              size_t latin_len)
{
    if (!n->spelled) n->spelled = rw_strmap_new();
    if (!n->spelled) return;
    if (rw_strmap_count(n->spelled) >= MAX_SPELLED) {
        forget_spellings(n);
        rw_strmap_free(n->spelled);
        if (!(n->spelled = rw_strmap_new())) return;
    }
    char *copy = malloc(latin_len + 1);
    if (!copy) return;
    memcpy(copy, latin, latin_len);
    copy[latin_len] = '\0';
    if (rw_strmap_put(n->spelled, w, len, copy)) free(copy);
}

/* One word: the table, else ICU; Latin words are only tidied. */
static size_t put_word(rw_names *n, const char *w, size_t len, const char *folded, size_t flen,
                       rw_buf *out)
{
    void *v;
    if (rw_strmap_get(n->parts, folded, flen, &v)) {
        size_t before = out->len;
        rw_buf_puts(out, v);
        return out->len - before;
    }
    if (!has_non_ascii(w, len)) return put_readable(w, len, out);
    if (!n->tx) return 0;
    if (n->spelled && rw_strmap_get(n->spelled, w, len, &v))
        return put_readable(v, strlen(v), out);
    rw_buf_reset(&n->scratch);
    if (rw_text_transliterate(n->tx, w, len, &n->scratch)) return 0;
    const char *latin = n->scratch.data ? n->scratch.data : "";
    remember_spelling(n, w, len, latin, n->scratch.len);
    return put_readable(latin, n->scratch.len, out);
}

/* A word with its article split off: "al-" + the rest (kept lower-case by convention). */
static size_t put_word_article(rw_names *n, const char *w, size_t len, const char *folded,
                               size_t flen, int drop_article, rw_buf *out)
{
    void *v;
    if (rw_strmap_get(n->parts, folded, flen, &v)) {
        size_t before = out->len;
        rw_buf_puts(out, v);
        return out->len - before;
    }
    /* The morphology decides what an article is (two letters at least must follow it). */
    size_t al = rw_morph_article_len(folded, flen);
    if (al) {
        size_t before = out->len;
        if (!drop_article) rw_buf_puts(out, "al-");
        size_t rest_len = len;
        const char *rest = w;
        /* The written word usually starts with the same two letters; otherwise use the fold. */
        size_t wal = rw_morph_article_len(w, len);
        if (wal) {
            rest = w + wal;
            rest_len = len - wal;
        } else {
            rest = folded + al;
            rest_len = flen - al;
        }
        size_t got = put_word(n, rest, rest_len, folded + al, flen - al, out);
        if (!got) {
            out->len = before;
            if (out->data) out->data[before] = 0;
        }
        return out->len - before;
    }
    return put_word(n, w, len, folded, flen, out);
}

typedef struct word {
    const char *s;
    size_t len;
    size_t foff, flen; /* into the fold buffer */
} word;

int rw_names_label_en(rw_names *n, const char *name, rw_buf *out)
{
    enum { MAX_WORDS = 32 };
    word words[MAX_WORDS];
    size_t nw = 0;
    rw_buf folds = {0};
    const char *p = name;
    while (*p && nw < MAX_WORDS) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p) break;
        const char *start = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        word *w = &words[nw++];
        w->s = start;
        w->len = (size_t)(p - start);
        if (fold(n->tx, start, w->len, &n->fold)) goto oom;
        w->foff = folds.len;
        w->flen = n->fold.len;
        if (rw_buf_append(&folds, n->fold.data ? n->fold.data : "", n->fold.len) ||
            rw_buf_putc(&folds, 0))
            goto oom;
    }
    rw_buf key = {0};
    for (size_t i = 0; i < nw;) {
        size_t before = out->len;
        if (before && out->data[before - 1] != '-') rw_buf_putc(out, ' ');
        size_t mark = out->len;
        /* Longest table entry starting at word i. */
        size_t k = nw - i < MAX_KEY_WORDS ? nw - i : MAX_KEY_WORDS;
        void *v = NULL;
        for (; k > 1; k--) {
            rw_buf_reset(&key);
            for (size_t j = i; j < i + k; j++) {
                if (j > i) rw_buf_putc(&key, ' ');
                rw_buf_append(&key, folds.data + words[j].foff, words[j].flen);
            }
            if (key.data && rw_strmap_get(n->parts, key.data, key.len, &v)) break;
        }
        size_t got;
        if (k > 1) {
            rw_buf_puts(out, v);
            got = out->len - mark;
        } else {
            got = put_word_article(n, words[i].s, words[i].len, folds.data + words[i].foff,
                                   words[i].flen, 0, out);
        }
        i += k;
        /* A part spelled with a trailing hyphen ("Abdul-") binds the next word, article and
         * all: عبد الرحمن -> Abdul-Rahman. */
        if (got && out->data[out->len - 1] == '-' && i < nw) {
            size_t m = out->len;
            size_t g2 = put_word_article(n, words[i].s, words[i].len, folds.data + words[i].foff,
                                         words[i].flen, 1, out);
            if (g2 && out->data[m] >= 'a' && out->data[m] <= 'z') out->data[m] -= 'a' - 'A';
            i++;
        }
        if (!got) {
            out->len = before;
            if (out->data) out->data[before] = 0;
        }
    }
    while (out->len && (out->data[out->len - 1] == '-' || out->data[out->len - 1] == ' '))
        out->data[--out->len] = 0;
    rw_buf_free(&key);
    rw_buf_free(&folds);
    return 0;
oom:
    rw_buf_free(&folds);
    return -1;
}

int rw_ids_slug(const char *s, rw_buf *out)
{
    size_t start = out->len;
    int pending = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (is_ascii_alnum(c)) {
            if (pending && out->len > start && rw_buf_putc(out, '-')) return -1;
            pending = 0;
            if (rw_buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c))) return -1;
        } else {
            pending = 1;
        }
    }
    return 0;
}

int rw_ids_entity(const char *key, const char *label_en, int (*taken)(void *ctx, const char *id),
                  void *ctx, rw_buf *out)
{
    rw_buf_reset(out);
    if (key && *key && rw_ids_slug(key, out)) return -1;
    if (!out->len && label_en && rw_ids_slug(label_en, out)) return -1;
    if (!out->len && rw_buf_puts(out, "entity")) return -1;
    int t = taken(ctx, out->data);
    if (t <= 0) return t;
    /* Common names ("al-Assad" alone) collide hundreds of times, so the first free suffix is
     * found by doubling then bisecting (suffixes are handed out in order, so taken ones form a
     * prefix), not by trying -2, -3, ... one by one. The answer is always checked free. */
    size_t base = out->len;
    long lo = 1, hi = 2; /* lo: known taken (1 = the bare id); hi: to probe */
    for (;;) {
        out->len = base;
        if (rw_buf_printf(out, "-%ld", hi)) return -1;
        if ((t = taken(ctx, out->data)) < 0) return -1;
        if (!t) break;
        lo = hi;
        hi *= 2;
    }
    while (hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        out->len = base;
        if (rw_buf_printf(out, "-%ld", mid)) return -1;
        if ((t = taken(ctx, out->data)) < 0) return -1;
        if (t)
            lo = mid;
        else
            hi = mid;
    }
    out->len = base;
    return rw_buf_printf(out, "-%ld", hi) ? -1 : 0;
}
