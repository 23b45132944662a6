/*
 * morph.c - lexicon-aware clitic and ending analysis of folded Arabic tokens.
 *
 * The affix inventory comes from data/clitics.tsv (its header documents the format). Analysis
 * generates every (proclitic, ending) split the table allows, keeps stems of at least two letters
 * besides the article, and ranks them:
 *   1. splits whose stem the caller knows (a name, a title, a place),
 *   2. the whole form (first of all when the caller knows it: then nothing else is offered, since
 *      a known word like بوتين is never ب+وتين),
 *   3. the remaining splits.
 * Within a rank, a proclitic followed by the article counts as strong evidence (وبالعاصمة is
 * surely وب+العاصمة), fewer removed pieces beat more, a longer stem beats a shorter one (وكان is
 * و+كان before وك+ان), then a longer proclitic and an earlier ending line of the table win. A
 * stem reached twice keeps its best analysis.
 */
#include "extract/morph.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AFFIX_MAX 32 /* bytes of a form, a condition or a restored ending */
#define CAND_MAX 96  /* candidate analyses of one token */

static const char ARTICLE[] = "\xd8\xa7\xd9\x84"; /* ال */

enum { PRE_PROCLITIC = 1, PRE_LAM_ARTICLE = 2 };

typedef struct affix {
    char form[AFFIX_MAX];
    char after[AFFIX_MAX];   /* the stem must end in one of these, |-separated ("" = any) */
    char not_after[AFFIX_MAX]; /* ... and in none of these ("" = no such rule) */
    char before[AFFIX_MAX];  /* the stem must begin with one of these, |-separated ("" = any) */
    char restore[AFFIX_MAX]; /* appended to the stem */
    uint8_t len, restore_len;
    uint8_t cls; /* PRE_* for proclitics, rw_suffix_class for endings */
    unsigned line;
} affix;

/* The affixes a token may carry, by one byte: an ending by its last byte, a proclitic by its
 * second (Arabic letters share their lead byte; a one-byte proclitic is in every bucket). Each
 * bucket lists table indices in table order, so trying a bucket tries the same affixes in the same
 * order as the whole table, less those that cannot match: every token is tried against every
 * affix, and almost every try failed. */
typedef struct affix_index {
    uint16_t start[257]; /* bucket b is at[start[b] .. start[b + 1]) */
    uint16_t *at;
} affix_index;

struct rw_morph {
    affix *pre, *suf;
    size_t npre, nsuf;
    affix_index pre_by, suf_by;
};

/* ---- reading clitics.tsv ---- */

static int push_affix(affix **v, size_t *n, const affix *a)
{
    affix *p = realloc(*v, (*n + 1) * sizeof *p);
    if (!p) return -1;
    p[(*n)++] = *a;
    *v = p;
    return 0;
}

static int set_field(char *dst, uint8_t *len, const char *src, size_t n)
{
    if (n >= AFFIX_MAX) return -1;
    memcpy(dst, src, n);
    dst[n] = '\0';
    *len = (uint8_t)n;
    return 0;
}

/* Adds one alternative to a |-separated list. */
static int add_alternative(char *list, const char *x)
{
    size_t n = strlen(list), k = strlen(x);
    if (!k || n + k + 2 > AFFIX_MAX) return -1;
    if (n) list[n++] = '|';
    memcpy(list + n, x, k + 1);
    return 0;
}

/* Parses one "after:X,not_after:W,before:Y,restore:Z" condition field into a; a repeated
 * after:, not_after: or before: adds an alternative. */
static int parse_condition(char *field, affix *a, const char **bad)
{
    if (strcmp(field, "-") == 0 || !*field) return 0;
    char *save = NULL;
    for (char *tok = strtok_r(field, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        int rc = -1;
        if (strncmp(tok, "after:", 6) == 0)
            rc = add_alternative(a->after, tok + 6);
        else if (strncmp(tok, "not_after:", 10) == 0)
            rc = add_alternative(a->not_after, tok + 10);
        else if (strncmp(tok, "before:", 7) == 0)
            rc = add_alternative(a->before, tok + 7);
        else if (strncmp(tok, "restore:", 8) == 0)
            rc = set_field(a->restore, &a->restore_len, tok + 8, strlen(tok + 8));
        if (rc) {
            *bad = tok;
            return -1;
        }
    }
    return 0;
}

/* Whether s[0..n) begins (at_end: ends) with one of the |-separated alternatives; an empty list
 * allows anything. */
static int matches_any(const char *alts, const char *s, size_t n, int at_end)
{
    if (!*alts) return 1;
    for (const char *p = alts; *p;) {
        size_t k = strcspn(p, "|");
        if (k <= n && memcmp(at_end ? s + n - k : s, p, k) == 0) return 1;
        p += k + (p[k] == '|');
    }
    return 0;
}

static unsigned unfolded_letter(const char *form)
{
    const unsigned char *p = (const unsigned char *)form;
    for (; *p; p++) {
        if ((p[0] != 0xD8 && p[0] != 0xD9) || (p[1] & 0xC0) != 0x80) continue;
        unsigned c = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        if (c == 0x622 || c == 0x623 || c == 0x624 || c == 0x625 || c == 0x626 || c == 0x629 ||
            c == 0x649 || c == 0x640 || (c >= 0x64B && c <= 0x65F) || c == 0x670 || c == 0x671)
            return c;
        p++;
    }
    return 0;
}

static int class_of(const char *s, int *is_prefix)
{
    static const struct {
        const char *name;
        int cls, prefix;
    } classes[] = {
        {"proclitic", PRE_PROCLITIC, 1}, {"lam-article", PRE_LAM_ARTICLE, 1},
        {"pronoun", RW_SUF_PRONOUN, 0},  {"dual", RW_SUF_DUAL, 0},
        {"plural", RW_SUF_PLURAL, 0},    {"feminine", RW_SUF_FEMININE, 0},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (strcmp(s, classes[i].name) == 0) {
            *is_prefix = classes[i].prefix;
            return classes[i].cls;
        }
    return 0;
}

/* Longer proclitics first, so وب is tried before و; file order otherwise. */
static int by_length_desc(const void *a, const void *b)
{
    const affix *x = a, *y = b;
    if (x->len != y->len) return x->len > y->len ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* The byte an affix is filed under (see affix_index), -1 for a one-byte proclitic (every bucket). */
static int key_byte(const affix *a, int ending)
{
    if (ending) return (unsigned char)a->form[a->len - 1];
    return a->len > 1 ? (unsigned char)a->form[1] : -1;
}

static int index_affixes(affix_index *ix, const affix *v, size_t n, int ending)
{
    if (n > UINT16_MAX) return -1;
    size_t count[256] = {0}, total = 0;
    for (size_t i = 0; i < n; i++) {
        int k = key_byte(&v[i], ending);
        for (int b = 0; b < 256; b++)
            if (k < 0 || k == b) count[b]++;
    }
    for (int b = 0; b < 256; b++) {
        ix->start[b] = (uint16_t)total;
        total += count[b];
    }
    if (total > UINT16_MAX) return -1;
    ix->start[256] = (uint16_t)total;
    ix->at = malloc((total ? total : 1) * sizeof *ix->at);
    if (!ix->at) return -1;
    size_t fill[256];
    for (int b = 0; b < 256; b++) fill[b] = ix->start[b];
    for (size_t i = 0; i < n; i++) { /* in table order, so each bucket is */
        int k = key_byte(&v[i], ending);
        for (int b = 0; b < 256; b++)
            if (k < 0 || k == b) ix->at[fill[b]++] = (uint16_t)i;
    }
    return 0;
}

static int read_table(rw_morph *m, FILE *f, const char *path, rw_error *err)
{
    char *line = NULL;
    size_t cap = 0;
    unsigned lineno = 0;
    int rc = 0;
    while (getline(&line, &cap, f) >= 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        char *fields[4] = {0};
        size_t nf = 0;
        for (char *p = line; p && nf < 4; nf++) {
            fields[nf] = p;
            p = strchr(p, '\t');
            if (p) *p++ = '\0';
        }
        affix a = {.line = lineno};
        int is_prefix = 0;
        const char *bad = NULL;
        unsigned bad_cp = 0;
        if (nf < 2 || !*fields[0]) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%u: expected form<TAB>class[<TAB>condition]",
                              path, lineno);
        } else if (set_field(a.form, &a.len, fields[0], strlen(fields[0]))) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%u: form '%s' is too long", path, lineno,
                              fields[0]);
        } else if (!(a.cls = (uint8_t)class_of(fields[1], &is_prefix))) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%u: unknown class '%s'", path, lineno, fields[1]);
        } else if (nf > 2 && parse_condition(fields[2], &a, &bad)) {
            rc = rw_error_set(err, RW_EINPUT,
                              "%s:%u: bad condition '%s' (after:X, not_after:X, before:X or "
                              "restore:X)", path, lineno, bad);
        } else if ((bad_cp = unfolded_letter(a.form)) != 0 ||
                   (bad_cp = unfolded_letter(a.after)) != 0 ||
                   (bad_cp = unfolded_letter(a.not_after)) != 0 ||
                   (bad_cp = unfolded_letter(a.before)) != 0 ||
                   (bad_cp = unfolded_letter(a.restore)) != 0) {
            rc = rw_error_set(err, RW_EINPUT,
                              "%s:%u: '%s' is not folded (U+%04X); write it as text.h folds", path,
                              lineno, a.form, bad_cp);
        } else if (is_prefix && a.cls == PRE_LAM_ARTICLE &&
                   (a.len < 4 || memcmp(a.form + a.len - 4, "\xd9\x84\xd9\x84", 4) != 0)) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%u: a lam-article form must end in لل", path,
                              lineno);
        } else if (push_affix(is_prefix ? &m->pre : &m->suf, is_prefix ? &m->npre : &m->nsuf, &a)) {
            rc = rw_error_set(err, RW_ENOMEM, "%s:%u: out of memory", path, lineno);
        }
        if (rc) break;
    }
    if (!rc && ferror(f)) rc = rw_error_set(err, RW_EIO, "%s: read error", path);
    free(line);
    return rc;
}

rw_morph *rw_morph_open(const char *data_dir, rw_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/clitics.tsv", data_dir ? data_dir : ".");
    FILE *f = fopen(path, "r");
    if (!f) {
        rw_error_set(err, RW_EIO, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    rw_morph *m = calloc(1, sizeof *m);
    if (!m) {
        fclose(f);
        rw_error_set(err, RW_ENOMEM, "%s: out of memory", path);
        return NULL;
    }
    int rc = read_table(m, f, path, err);
    fclose(f);
    if (rc) {
        rw_morph_close(m);
        return NULL;
    }
    if (m->npre) qsort(m->pre, m->npre, sizeof *m->pre, by_length_desc);
    if (index_affixes(&m->pre_by, m->pre, m->npre, 0) || index_affixes(&m->suf_by, m->suf, m->nsuf, 1)) {
        rw_error_set(err, RW_ENOMEM, "%s: out of memory", path);
        rw_morph_close(m);
        return NULL;
    }
    return m;
}

void rw_morph_close(rw_morph *m)
{
    if (!m) return;
    free(m->pre);
    free(m->suf);
    free(m->pre_by.at);
    free(m->suf_by.at);
    free(m);
}

/* ---- analysis ---- */

size_t rw_morph_letters(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
    return k;
}

size_t rw_morph_article_len(const char *fold, size_t len)
{
    if (len < 4 || memcmp(fold, ARTICLE, 4) != 0) return 0;
    return rw_morph_letters(fold + 4, len - 4) >= 2 ? 4 : 0;
}

/* Whether fold[0..len) ends (begins) with the affix's form, the form shorter than len. Every
 * token is tried against every affix of the table, and most tries fail: the last (first) byte
 * tells most of them apart before memcmp is called - a third of the analyser's time went into
 * those calls. */
static inline int ends_in(const char *fold, size_t len, const affix *a)
{
    return fold[len - 1] == a->form[a->len - 1] && memcmp(fold + len - a->len, a->form, a->len) == 0;
}

static inline int begins_with(const char *fold, const affix *a)
{
    /* Arabic letters share their lead byte: the second byte decides. */
    size_t b = a->len > 1 ? 1 : 0;
    return fold[b] == a->form[b] && memcmp(fold, a->form, a->len) == 0;
}

static uint8_t known_value(int v)
{
    return v <= 0 ? 0 : v > 255 ? 255 : (uint8_t)v;
}

typedef struct cand {
    rw_analysis a;
    int rank;   /* -1 known whole form, 0 known split, 1 whole form, 2 other split */
    int pieces; /* removed pieces, less one when a proclitic is followed by the article */
    int pre_order, suf_order;
} cand;

static int cand_cmp(const cand *x, const cand *y)
{
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    if (x->pieces != y->pieces) return x->pieces < y->pieces ? -1 : 1;
    if (x->a.stem_len != y->a.stem_len) return x->a.stem_len > y->a.stem_len ? -1 : 1;
    if (x->pre_order != y->pre_order) return x->pre_order < y->pre_order ? -1 : 1;
    if (x->suf_order != y->suf_order) return x->suf_order < y->suf_order ? -1 : 1;
    return 0;
}

/* Builds the stem head + body + tail into c; returns -1 when it would be too long or too short. */
static int make_stem(rw_analysis *a, const char *head, size_t hn, const char *body, size_t bn,
                     const char *tail, size_t tn)
{
    if (hn + bn + tn > RW_MORPH_MAX_STEM) return -1;
    memcpy(a->stem, head, hn);
    memcpy(a->stem + hn, body, bn);
    memcpy(a->stem + hn + bn, tail, tn);
    a->stem_len = (uint8_t)(hn + bn + tn);
    a->stem[a->stem_len] = '\0';
    /* The letters are counted once for both questions (rw_morph_article_len's and ours). */
    int article = a->stem_len >= 4 && memcmp(a->stem, ARTICLE, 4) == 0;
    size_t letters = rw_morph_letters(a->stem, a->stem_len) - (article ? 2 : 0); /* ال is two */
    a->has_article = article && letters >= 2;
    return letters >= 2 ? 0 : -1;
}

size_t rw_morph_analyze(const rw_morph *m, const char *fold, size_t len, rw_known_fn known,
                        void *ud, rw_analysis *out, size_t max)
{
    if (max == 0 || len > RW_MORPH_MAX_STEM) return 0;
    /* A known whole form comes first and is never split into an unknown stem (بوتين is not
     * ب + وتين); a split whose stem is known too may follow it: لحزب is known as a word of
     * "الأمين العام لحزب الله" and is still ل + حزب elsewhere. */
    int whole = known ? known(fold, len, ud) : 0, whole_known = whole != 0;
    /* Candidates are built in place (no zeroing of whole analyses: this runs on every word) and
     * sorted through an index. */
    cand c[CAND_MAX];
    size_t order[CAND_MAX];
    size_t nc = 0;
    make_stem(&c[0].a, "", 0, fold, len, "", 0);
    c[0].a.prefix_len = c[0].a.suffix_len = c[0].a.suffix_class = 0;
    c[0].a.known = known_value(whole);
    c[0].rank = whole_known ? -1 : known ? 1 : 0;
    c[0].pieces = c[0].pre_order = c[0].suf_order = 0;
    nc = 1;

    /* The endings the token carries, found once rather than once per proclitic: this runs on
     * every word, and comparing every ending under every proclitic was a tenth of extraction. */
    long ends[CAND_MAX];
    size_t n_ends = 0;
    ends[n_ends++] = -1;
    if (m && len) {
        const affix_index *ix = &m->suf_by;
        unsigned char last = (unsigned char)fold[len - 1];
        for (size_t x = ix->start[last]; x < ix->start[last + 1] && n_ends < CAND_MAX; x++) {
            size_t j = ix->at[x];
            if (m->suf[j].len < len && ends_in(fold, len, &m->suf[j])) ends[n_ends++] = (long)j;
        }
    }

    /* i = -1 stands for "no proclitic", j = -1 for "no ending". The proclitics tried are those of
     * the bucket of the token's second byte (a proclitic is shorter than the token, so a token
     * of one byte has none). */
    const affix_index *pix = m ? &m->pre_by : NULL;
    unsigned char second = len > 1 ? (unsigned char)fold[1] : 0;
    size_t x0 = pix && len > 1 ? pix->start[second] : 0, x1 = pix && len > 1 ? pix->start[second + 1] : 0;
    for (size_t x = x0; x <= x1 && nc < CAND_MAX; x++) {
        long i = x == x0 ? -1 : (long)pix->at[x - 1];
        const affix *p = i >= 0 ? &m->pre[i] : NULL;
        if (p && (p->len >= len || !begins_with(fold, p))) continue;
        /* For لل the second ل is the article's: it stays, and its alef comes back. */
        size_t cut = !p ? 0 : p->cls == PRE_LAM_ARTICLE ? p->len - 2 : p->len;
        const char *head = p && p->cls == PRE_LAM_ARTICLE ? "\xd8\xa7" : "";
        size_t hn = strlen(head);
        for (size_t e = 0; e < n_ends && nc < CAND_MAX; e++) {
            long j = ends[e];
            const affix *s = j >= 0 ? &m->suf[j] : NULL;
            if (!p && !s) continue; /* the whole form is already there */
            size_t slen = s ? s->len : 0;
            if (cut + slen >= len) continue;
            const char *body = fold + cut;
            size_t bn = len - cut - slen;
            if (s && !matches_any(s->after, body, bn, 1)) continue;
            if (s && s->not_after[0] && matches_any(s->not_after, body, bn, 1)) continue;
            if (p && !matches_any(p->before, body, bn, 0)) continue;
            cand *k = &c[nc];
            if (make_stem(&k->a, head, hn, body, bn, s ? s->restore : "", s ? s->restore_len : 0))
                continue;
            k->a.prefix_len = (uint8_t)cut;
            k->a.suffix_len = (uint8_t)slen;
            k->a.suffix_class = s ? s->cls : RW_SUF_NONE;
            k->pre_order = (int)(i + 1);
            k->suf_order = (int)(j + 1);
            k->pieces = (p ? 1 : 0) + (s ? 1 : 0) - (p && k->a.has_article ? 1 : 0);
            int kv = known ? known(k->a.stem, k->a.stem_len, ud) : 0;
            k->rank = !known ? 1 : kv ? 0 : 2;
            k->a.known = known_value(kv);
            if (whole_known && k->rank != 0) continue;
            nc++;
        }
    }

    /* Insertion sort of the index (stable, and nc is small), then drop stems already offered. */
    for (size_t i = 0; i < nc; i++) {
        size_t j = i;
        while (j > 0 && cand_cmp(&c[order[j - 1]], &c[i]) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    size_t n = 0;
    for (size_t i = 0; i < nc && n < max; i++) {
        const rw_analysis *a = &c[order[i]].a;
        int dup = 0;
        for (size_t k = 0; k < n && !dup; k++)
            dup = out[k].stem_len == a->stem_len && memcmp(out[k].stem, a->stem, a->stem_len) == 0;
        if (!dup) out[n++] = *a;
    }
    return n;
}
