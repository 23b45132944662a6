/*
 * dates.c - date expressions in Arabic news, found among a sentence's tokens and resolved to
 * ISO 8601 against the document's date (see dates.h).
 *
 * The words come from two data files read once by rw_dates_open(): months.tsv (every month
 * spelling of every convention) and relative_dates.tsv (relative days, weekdays, units,
 * directions, positions, calendar markers and the small words of the grammar). Both go into one
 * phrase lexicon keyed by the folded first word; an entry carries a kind and a value, and the
 * grammar asks "is there a phrase of kind K at token i". The grammar itself is generic:
 *
 *   expr     := [time of day] [يوم] ( relative-day [weekday]
 *                                   | weekday ( [،|-|الموافق] absolute-with-day | [direction] )
 *                                   | (قبل|منذ) (يومين | count أيام)
 *                                   | [position] ( [هذا] unit [direction] | absolute ) )
 *   absolute := ( day | ordinal ) [من] [شهر] month [(/|-) month | "(" month ")"]
 *                   [ [من] year-part | direction ]
 *             | ( day | ordinal ) [من] ( الشهر direction | هذا الشهر )
 *             | day (إلى|و|-) absolute-with-day   (the first day alone, in the second's month)
 *             | year-part  |  d/m/y  |  y-m-d  |  d.m.y
 *               ... then optionally (الموافق | "(" | - | /) absolute [")"] when the two are in
 *               different calendars (a Hijri date with its Gregorian equivalent)
 *   year-part := [عام] year [هـ|م] | العام الماضي | هذا العام
 *
 * A bare number is a year only after a month, a position word (أواخر 2024) or a year-introducing
 * word before the expression (منذ 2011); an ambiguous month name (مارس is also "he practised")
 * needs a day, a year, a direction, شهر, a paired month or a word such as في before it. Blocked
 * phrases (اليوم التالي، ثورة 25 يناير) are skipped whole. A proclitic (وأمس، للعام) is stripped
 * from the first word of an expression only, and only when the word does not match as it is.
 *
 * Resolution keeps what the text says and no more: "نهاية يوليو 2025" is 2025-07, "أواخر عام
 * 2024" is 2024. A month or day without a year takes the year that puts it nearest the document
 * date in the direction of the sentence's tense (or of الماضي/المقبل when written). A week is not
 * an ISO precision, so "الأسبوع الماضي" resolves to the month (or year) that holds every day it
 * could mean, and to nothing when that straddles a year. Anything needing a document date it
 * does not have stays RW_DATE_NONE.
 *
 * Hijri dates use ICU's Islamic calendars (Umm al-Qura, the civil calendar where that is
 * missing), opened once in rw_dates_open(). rw_dates_find() takes a const handle, so a call
 * clones the calendars on first need and closes the clones when it returns: sentences without
 * Hijri dates or year-less dates never touch ICU.
 */
#include "extract/dates.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>

#include "base/buf.h"
#include "base/strmap.h"

/* What a lexicon phrase does in a date; the names are relative_dates.tsv's second column. */
enum kind {
    K_MONTH,
    K_DAY,
    K_WEEKDAY,
    K_UNIT,
    K_DIRECTION,
    K_THIS,
    K_POSITION,
    K_HIJRI,
    K_GREGORIAN,
    K_EQUALS,
    K_DAY_WORD,
    K_MONTH_WORD,
    K_YEAR_WORD,
    K_OF,
    K_ORDINAL,
    K_MONTH_INTRO,
    K_YEAR_INTRO,
    K_AGO,
    K_DAYS,
    K_NUMBER_WORD,
    K_RANGE,
    K_TIME_OF_DAY,
    K_BLOCK,
    K_PUBLISHED,
    K_PROCLITIC,
    K_KINDS
};

static const char *const kind_names[K_KINDS] = {
    "month",       "day",         "weekday",    "unit",      "direction",  "this",      "position",
    "hijri",       "gregorian",   "equals",     "day_word",  "month_word", "year_word", "of",
    "ordinal",     "month_intro", "year_intro", "ago",       "days",       "count",     "range",
    "time_of_day", "block",       "published",  "proclitic",
};

enum { CAL_GREGORIAN, CAL_HIJRI };
enum { UNIT_WEEK, UNIT_MONTH, UNIT_YEAR };
/* Directions are -1 (الماضي), 0 (الجاري) and 1 (المقبل); DIR_NONE when none is written. */
#define DIR_NONE 9

#define MAX_WORDS 8       /* words in one lexicon phrase */
#define MAX_KEY 128       /* bytes of a folded token tried without its proclitic */
#define DOC_LINES 8       /* lines searched for the document's own date */
#define DATELINE_TOKENS 8 /* a dateline's date starts within this many tokens of its line */
#define MS_PER_DAY 86400000.0

typedef struct entry {
    uint32_t words; /* offset in the pool of the folded words, each NUL-terminated */
    int32_t next;   /* next entry with the same first word, -1 at the end of the chain */
    uint8_t kind, nwords, cal, ambiguous;
    int16_t value;
} entry;

typedef struct proclitic {
    uint32_t form, repl; /* offsets in the pool (folded) */
    uint32_t form_len, repl_len;
} proclitic;

struct rw_dates {
    rw_text *text;
    entry *e;
    size_t n, cap;
    rw_buf pool;
    rw_strmap *first; /* folded first word -> index of its chain's head + 1 */
    proclitic *pc;    /* longest first */
    size_t npc, pccap;
    UCalendar *hijri, *greg; /* templates, cloned per call (see the file comment) */
};

/* ---- lexicon loading ---- */

static const char *pool_str(const rw_dates *d, uint32_t off)
{
    return d->pool.data + off;
}

/* Folds one word of a lexicon form and appends it, NUL-terminated, to the pool. */
static int pool_fold(rw_dates *d, const char *s, size_t n, uint32_t *off, uint32_t *len)
{
    rw_buf tmp = {0};
    int rc = rw_text_fold_into(d->text, s, n, &tmp);
    if (!rc && tmp.len == 0) rc = -1;
    if (!rc) {
        *off = (uint32_t)d->pool.len;
        *len = (uint32_t)tmp.len;
        rc = rw_buf_append(&d->pool, tmp.data, tmp.len) || rw_buf_putc(&d->pool, '\0') ? -1 : 0;
    }
    rw_buf_free(&tmp);
    return rc;
}

static int add_phrase(rw_dates *d, const char *form, int kind, int value, int cal, int ambiguous,
                      const char **problem)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 256;
        entry *e = realloc(d->e, cap * sizeof *e);
        if (!e) return *problem = "out of memory", -1;
        d->e = e;
        d->cap = cap;
    }
    entry *e = &d->e[d->n];
    memset(e, 0, sizeof *e);
    uint32_t first_off = 0, first_len = 0;
    const char *s = form;
    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s) break;
        const char *w = s;
        while (*s && *s != ' ')
            s++;
        uint32_t off, len;
        if (e->nwords == MAX_WORDS) return *problem = "more than 8 words in the form", -1;
        if (pool_fold(d, w, (size_t)(s - w), &off, &len))
            return *problem = "the form folds to nothing (or memory ran out)", -1;
        if (e->nwords++ == 0) first_off = off, first_len = len;
    }
    if (!e->nwords) return *problem = "empty form", -1;
    e->words = first_off;
    e->kind = (uint8_t)kind;
    e->value = (int16_t)value;
    e->cal = (uint8_t)cal;
    e->ambiguous = (uint8_t)ambiguous;
    void *head = NULL;
    /* The pool may move while words are appended, so the key is read only now. */
    e->next = rw_strmap_get(d->first, pool_str(d, first_off), first_len, &head)
                  ? (int32_t)(uintptr_t)head - 1
                  : -1;
    if (rw_strmap_put(d->first, pool_str(d, first_off), first_len, (void *)(uintptr_t)(d->n + 1)))
        return *problem = "out of memory", -1;
    d->n++;
    return 0;
}

static int add_proclitic(rw_dates *d, const char *form, const char *repl, const char **problem)
{
    if (d->npc == d->pccap) {
        size_t cap = d->pccap ? d->pccap * 2 : 16;
        proclitic *p = realloc(d->pc, cap * sizeof *p);
        if (!p) return *problem = "out of memory", -1;
        d->pc = p;
        d->pccap = cap;
    }
    proclitic p = {0};
    if (strchr(form, ' ')) return *problem = "a proclitic is one word", -1;
    if (pool_fold(d, form, strlen(form), &p.form, &p.form_len))
        return *problem = "the proclitic folds to nothing", -1;
    if (strcmp(repl, "-") != 0 && pool_fold(d, repl, strlen(repl), &p.repl, &p.repl_len))
        return *problem = "the replacement folds to nothing", -1;
    /* Longest first, so وب is tried before و. */
    size_t i = d->npc;
    while (i > 0 && d->pc[i - 1].form_len < p.form_len) {
        d->pc[i] = d->pc[i - 1];
        i--;
    }
    d->pc[i] = p;
    d->npc++;
    return 0;
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return -1;
    *out = (int)v;
    return 0;
}

static int word_index(const char *s, const char *const *words, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(s, words[i]) == 0) return i;
    return -1;
}

/* One line of months.tsv: form, calendar, month[, flags]. */
static int months_line(rw_dates *d, char **f, int nf, const char **problem)
{
    static const char *const cals[] = {"gregorian", "hijri"};
    int cal, month;
    if (nf < 3 || nf > 4) return *problem = "want 3 or 4 tab-separated fields", -1;
    if ((cal = word_index(f[1], cals, 2)) < 0)
        return *problem = "calendar must be gregorian or hijri", -1;
    if (parse_int(f[2], 1, 12, &month)) return *problem = "month must be 1-12", -1;
    int ambiguous = 0;
    if (nf == 4) {
        if (strcmp(f[3], "ambiguous") != 0) return *problem = "unknown flag (only: ambiguous)", -1;
        ambiguous = 1;
    }
    return add_phrase(d, f[0], K_MONTH, month, cal, ambiguous, problem);
}

/* One line of relative_dates.tsv: form, kind, value. */
static int relative_line(rw_dates *d, char **f, int nf, const char **problem)
{
    static const char *const units[] = {"week", "month", "year"};
    static const char *const dirs[] = {"past", "current", "next"};
    static const char *const positions[] = {"start", "early", "mid", "late", "end"};
    if (nf != 3) return *problem = "want 3 tab-separated fields", -1;
    int kind = word_index(f[1], kind_names, K_KINDS);
    if (kind < 0 || kind == K_MONTH) return *problem = "unknown kind", -1;
    int value = 0;
    switch (kind) {
    case K_DAY:
        if (parse_int(f[2], -31, 31, &value)) return *problem = "day offset must be -31..31", -1;
        break;
    case K_WEEKDAY:
        if (parse_int(f[2], 0, 6, &value)) return *problem = "weekday must be 0 (Sunday)..6", -1;
        break;
    case K_ORDINAL:
        if (parse_int(f[2], 1, 31, &value)) return *problem = "ordinal day must be 1-31", -1;
        break;
    case K_NUMBER_WORD:
        if (parse_int(f[2], 1, 31, &value)) return *problem = "count must be 1-31", -1;
        break;
    case K_DAYS:
        if (parse_int(f[2], 0, 31, &value)) return *problem = "days must be 0-31", -1;
        break;
    case K_UNIT:
        if ((value = word_index(f[2], units, 3)) < 0)
            return *problem = "unit must be week, month or year", -1;
        break;
    case K_DIRECTION:
        if ((value = word_index(f[2], dirs, 3)) < 0)
            return *problem = "direction must be past, current or next", -1;
        value -= 1;
        break;
    case K_POSITION:
        if ((value = word_index(f[2], positions, 5)) < 0)
            return *problem = "position must be start, early, mid, late or end", -1;
        break;
    case K_PROCLITIC:
        return add_proclitic(d, f[0], f[2], problem);
    default:
        if (strcmp(f[2], "-") != 0) return *problem = "this kind takes no value (write -)", -1;
    }
    return add_phrase(d, f[0], kind, value, CAL_GREGORIAN, 0, problem);
}

static int load_file(rw_dates *d, const char *dir, const char *name,
                     int (*line_fn)(rw_dates *, char **, int, const char **), rw_error *err)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path)
        return rw_error_set(err, RW_EUSAGE, "%s/%s: path too long", dir, name);
    FILE *fp = fopen(path, "r");
    if (!fp) return rw_error_set(err, RW_EIO, "%s: cannot open: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    unsigned lineno = 0;
    int rc = 0;
    while (!rc && (got = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        const char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s || *s == '#') continue;
        char *f[5];
        int nf = 0;
        for (char *p = line; nf < 5;) {
            f[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        const char *problem = NULL;
        if (line_fn(d, f, nf, &problem))
            rc = rw_error_set(err, RW_EINPUT, "%s:%u: %s", path, lineno, problem);
    }
    if (!rc && ferror(fp)) rc = rw_error_set(err, RW_EIO, "%s: read error", path);
    free(line);
    fclose(fp);
    return rc;
}

static UCalendar *open_calendar(const char *locale, UCalendarType type)
{
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *c = ucal_open(utc, -1, locale, type, &st);
    if (U_FAILURE(st)) {
        if (c) ucal_close(c);
        return NULL;
    }
    /* Strict: a 30th of a 29-day Hijri month is an error, not the next month's 1st. */
    ucal_setAttribute(c, UCAL_LENIENT, 0);
    return c;
}

rw_dates *rw_dates_open(const char *data_dir, rw_text *t, rw_error *err)
{
    if (!data_dir || !t) {
        rw_error_set(err, RW_EUSAGE, "rw_dates_open: no data directory or text layer");
        return NULL;
    }
    rw_dates *d = calloc(1, sizeof *d);
    if (!d || !(d->first = rw_strmap_new())) {
        free(d);
        rw_error_set(err, RW_ENOMEM, "rw_dates_open: out of memory");
        return NULL;
    }
    d->text = t;
    if (load_file(d, data_dir, "months.tsv", months_line, err) ||
        load_file(d, data_dir, "relative_dates.tsv", relative_line, err)) {
        rw_dates_close(d);
        return NULL;
    }
    d->greg = open_calendar("en@calendar=gregorian", UCAL_GREGORIAN);
    d->hijri = open_calendar("ar@calendar=islamic-umalqura", UCAL_DEFAULT);
    UErrorCode st = U_ZERO_ERROR;
    if (d->hijri && strcmp(ucal_getType(d->hijri, &st), "islamic-umalqura") != 0) {
        /* An ICU without Umm al-Qura gives a Gregorian calendar back: use the civil one. */
        ucal_close(d->hijri);
        d->hijri = NULL;
    }
    if (!d->hijri) d->hijri = open_calendar("ar@calendar=islamic-civil", UCAL_DEFAULT);
    if (d->greg) {
        /* Proleptic Gregorian, like base/date.c: no Julian dates before 1582. */
        st = U_ZERO_ERROR;
        ucal_setGregorianChange(d->greg, -8.64e15, &st);
    }
    if (!d->greg || !d->hijri) {
        rw_error_set(err, RW_EINTERNAL, "rw_dates_open: ICU could not open the %s calendar",
                     d->greg ? "Islamic" : "Gregorian");
        rw_dates_close(d);
        return NULL;
    }
    return d;
}

void rw_dates_close(rw_dates *d)
{
    if (!d) return;
    if (d->hijri) ucal_close(d->hijri);
    if (d->greg) ucal_close(d->greg);
    rw_strmap_free(d->first);
    rw_buf_free(&d->pool);
    free(d->e);
    free(d->pc);
    free(d);
}

/* ---- per-call state ---- */

typedef struct ctx {
    const rw_dates *d;
    const rw_tokens *tk;
    const rw_date_heads *h;  /* per token: where the tables' phrases may start (dates.h) */
    UCalendar *greg, *hijri; /* clones made on first need, closed by ctx_done() */
} ctx;

static int32_t chain_of(const rw_dates *d, const char *key, size_t len)
{
    void *v;
    return rw_strmap_get(d->first, key, len, &v) ? (int32_t)(uintptr_t)v - 1 : -1;
}

static const char *fold_at(const ctx *c, size_t i)
{
    return i < c->tk->n ? rw_token_fold(c->tk, i) : NULL;
}

void rw_dates_heads(const rw_dates *d, const char *f, size_t len, rw_date_heads *out)
{
    char key[MAX_KEY];
    out->head = out->chead = -1;
    if (!d) return;
    out->head = chain_of(d, f, len);
    for (size_t p = 0; p < d->npc && out->chead < 0; p++) {
        const proclitic *pc = &d->pc[p];
        if (len <= pc->form_len) continue;
        /* Arabic letters share their lead byte: the second tells most proclitics apart without a
         * memcmp call (this runs for every proclitic at every token). */
        const char *form = pool_str(d, pc->form);
        size_t b = pc->form_len > 1 ? 1 : 0;
        if ((pc->form_len && f[b] != form[b]) || memcmp(f, form, pc->form_len) != 0) continue;
        size_t rest = len - pc->form_len;
        if (pc->repl_len + rest >= sizeof key) continue;
        memcpy(key, pool_str(d, pc->repl), pc->repl_len);
        memcpy(key + pc->repl_len, f + pc->form_len, rest);
        out->chead = chain_of(d, key, pc->repl_len + rest);
    }
}

/* Looks each token up once: the grammar asks about the same token many times. */
static void index_tokens(const rw_dates *d, const rw_tokens *tk, rw_date_heads *heads)
{
    for (size_t i = 0; i < tk->n; i++) {
        const char *f = rw_token_fold(tk, i);
        rw_dates_heads(d, f, strlen(f), &heads[i]);
    }
}

static void ctx_done(ctx *c)
{
    if (c->greg) ucal_close(c->greg);
    if (c->hijri) ucal_close(c->hijri);
    c->greg = c->hijri = NULL;
}

static UCalendar *clone_of(const UCalendar *tmpl, UCalendar **slot)
{
    if (!*slot) {
        UErrorCode st = U_ZERO_ERROR;
        UCalendar *c = ucal_clone(tmpl, &st);
        if (U_FAILURE(st)) {
            if (c) ucal_close(c);
            return NULL;
        }
        *slot = c;
    }
    return *slot;
}

/* ---- token matching ---- */

/* The longest phrase of `kind` whose first word is chain `k` and whose other words follow token
 * i; returns its length in tokens (0 when none) and the entry in *out. */
static size_t match_chain(const ctx *c, int32_t k, size_t i, int kind, const entry **out)
{
    size_t best = 0;
    for (; k >= 0; k = c->d->e[k].next) {
        const entry *e = &c->d->e[k];
        if (e->kind != kind || e->nwords <= best) continue;
        const char *w = pool_str(c->d, e->words);
        size_t j = 1;
        for (; j < e->nwords; j++) {
            w += strlen(w) + 1;
            const char *f = fold_at(c, i + j);
            if (!f || strcmp(f, w) != 0) break;
        }
        if (j == e->nwords) {
            best = e->nwords;
            *out = e;
        }
    }
    return best;
}

/* A phrase of `kind` at token i; `clitic` lets its first word carry a proclitic (وأمس). */
static size_t match(const ctx *c, size_t i, int kind, int clitic, const entry **out)
{
    if (i >= c->tk->n) return 0;
    /* Most tokens head no phrase at all: answered without the call (4 million a run on ANT). */
    int32_t head = c->h[i].head, chead = clitic ? c->h[i].chead : -1;
    size_t n = head >= 0 ? match_chain(c, head, i, kind, out) : 0;
    if (!n && chead >= 0) n = match_chain(c, chead, i, kind, out);
    return n;
}

static int is_tok(const ctx *c, size_t i, const char *s)
{
    const char *f = fold_at(c, i);
    return f && strcmp(f, s) == 0;
}

/* A token that starts with digits (folded forms have ASCII digits whatever the script): *n gets
 * the value and *rest what follows them in the same token ("1436هـ" gives 1436 and "ه"). */
static int num_at(const ctx *c, size_t i, long *n, const char **rest)
{
    const char *f = fold_at(c, i);
    if (!f) return 0;
    if (!isdigit((unsigned char)f[0])) {
        if (c->tk->v[i].kind != RW_TOK_NUMBER) return 0;
        *n = c->tk->v[i].number;
        *rest = "";
        return 1;
    }
    long v = 0;
    int k = 0;
    for (; isdigit((unsigned char)*f); f++) {
        if (++k > 9) return 0;
        v = v * 10 + (*f - '0');
    }
    *n = v;
    *rest = f;
    return 1;
}

static int plain_num(const ctx *c, size_t i, long *n)
{
    const char *rest;
    return num_at(c, i, n, &rest) && !*rest;
}

/* The calendar a marker word names (هـ, م), or -1. */
static int marker_cal(const ctx *c, size_t i, size_t *len)
{
    const entry *e;
    if ((*len = match(c, i, K_HIJRI, 0, &e))) return CAL_HIJRI;
    if ((*len = match(c, i, K_GREGORIAN, 0, &e))) return CAL_GREGORIAN;
    return -1;
}

/* The calendar a marker glued to a number names ("1436هـ"), -1 when `rest` is none. */
static int glued_marker(const ctx *c, const char *rest)
{
    int32_t k = chain_of(c->d, rest, strlen(rest));
    for (; k >= 0; k = c->d->e[k].next) {
        if (c->d->e[k].nwords != 1) continue;
        if (c->d->e[k].kind == K_HIJRI) return CAL_HIJRI;
        if (c->d->e[k].kind == K_GREGORIAN) return CAL_GREGORIAN;
    }
    return -1;
}

/* ---- parsing ---- */

/* An absolute date as written, before resolution. */
typedef struct parsed {
    int cal;           /* of the month name, else of the year's marker */
    int year;          /* 0 = not written */
    int month, day;    /* 0 = not written */
    int has_year_off;  /* the year is relative: "من العام الماضي" */
    int has_month_off; /* the month is relative: "15 من الشهر الجاري" (Gregorian) */
    int month_off;
    int year_off;
    int dir; /* direction written after a year-less month: أكتوبر الماضي */
} parsed;

static void parsed_init(parsed *pd)
{
    memset(pd, 0, sizeof *pd);
    pd->dir = DIR_NONE;
}

/* How far a number with neither year word nor calendar marker may be read as a year. */
enum { BARE_NO, BARE_WIDE, BARE_NARROW };

/* `bare` says how the number was written: BARE_NO means with a year word or marker (any year);
 * BARE_WIDE after a month or a position word (four digits); BARE_NARROW after a word like منذ,
 * which also counts things ("منذ 1000 عام"), so only years of modern news. */
static int year_ok(long y, int cal, int bare)
{
    if (bare == BARE_NARROW) return y >= 1900 && y <= 2100;
    if (bare == BARE_WIDE)
        return cal == CAL_HIJRI ? y >= 1000 && y <= 1999 : y >= 1000 && y <= 2999;
    return y >= 1 && y <= 2999;
}

/* [عام] year [هـ|م], or a relative year (العام الماضي، هذا العام). `bare` (BARE_*) allows a
 * number with neither year word nor marker; `month_cal` is the calendar of the month before, -1
 * when none.
 * Returns the end, 0 when there is no year part. */
static size_t year_part(const ctx *c, size_t q, int month_cal, int bare, int first, parsed *pd)
{
    const entry *e;
    size_t r = q, n;
    int word = 0;
    if ((n = match(c, r, K_YEAR_WORD, first, &e))) {
        r += n;
        word = 1;
    }
    long y;
    const char *rest;
    if (num_at(c, r, &y, &rest)) {
        size_t end = r + 1;
        int marker = -1;
        if (*rest) {
            if ((marker = glued_marker(c, rest)) < 0) return 0;
        } else if ((marker = marker_cal(c, end, &n)) >= 0) {
            end += n;
        }
        int bare_num = !word && marker < 0;
        if (bare_num && bare == BARE_NO) return 0;
        /* The month's calendar wins over a stray marker. */
        int cal = month_cal >= 0 ? month_cal : marker >= 0 ? marker : CAL_GREGORIAN;
        if (!year_ok(y, cal, bare_num ? bare : BARE_NO)) return 0;
        pd->year = (int)y;
        pd->cal = cal;
        return end;
    }
    /* A relative year: العام الماضي, هذا العام. */
    r = q;
    int this = 0;
    if ((n = match(c, r, K_THIS, first, &e))) {
        r += n;
        this = 1;
    }
    if (!(n = match(c, r, K_UNIT, first && !this, &e)) || e->value != UNIT_YEAR) return 0;
    r += n;
    int dir = 0;
    if (!this) {
        if (!(n = match(c, r, K_DIRECTION, 0, &e))) return 0;
        dir = e->value;
        r += n;
    }
    pd->has_year_off = 1;
    pd->year_off = dir;
    return r;
}

/* d/m/y, y-m-d, y/m/d or d.m.y, with an optional هـ for a Hijri one. */
static size_t numeric_date(const ctx *c, size_t p, parsed *pd)
{
    long a, b, y;
    const char *rest;
    size_t end;
    if (!num_at(c, p, &a, &rest)) return 0;
    if (rest[0] == '.') {
        /* ICU keeps "15.10.2025" as one token. */
        char *e1, *e2;
        b = strtol(rest + 1, &e1, 10);
        if (e1 == rest + 1 || *e1 != '.') return 0;
        y = strtol(e1 + 1, &e2, 10);
        if (e2 == e1 + 1 || *e2) return 0;
        end = p + 1;
    } else {
        const char *sep = fold_at(c, p + 1);
        if (*rest || !sep || (strcmp(sep, "/") && strcmp(sep, "-") && strcmp(sep, ".")) ||
            !plain_num(c, p + 2, &b) || !is_tok(c, p + 3, sep) || !plain_num(c, p + 4, &y))
            return 0;
        end = p + 5;
    }
    long day = a;
    if (a >= 1000) {
        day = y;
        y = a;
    }
    size_t n;
    int cal = marker_cal(c, end, &n);
    if (cal >= 0)
        end += n;
    else
        cal = CAL_GREGORIAN;
    if (y < 1000 || y > 2999 || b < 1 || b > 12 || day < 1 || day > 31) return 0;
    if (cal == CAL_GREGORIAN && day > rw_days_in_month((int)y, (int)b)) return 0;
    pd->cal = cal;
    pd->year = (int)y;
    pd->month = (int)b;
    pd->day = (int)day;
    return end;
}

/* الشهر الماضي، الشهر الجاري، هذا الشهر after a day: the month relative to the document's.
 * Returns the end, 0 when there is none. */
static size_t relative_month(const ctx *c, size_t q, parsed *pd)
{
    const entry *e;
    size_t n;
    int this = 0, dir = 0;
    if ((n = match(c, q, K_THIS, 0, &e))) {
        q += n;
        this = 1;
    }
    if (!(n = match(c, q, K_UNIT, 0, &e)) || e->value != UNIT_MONTH) return 0;
    q += n;
    if (!this) {
        if (!(n = match(c, q, K_DIRECTION, 0, &e))) return 0;
        dir = e->value;
        q += n;
    }
    pd->cal = CAL_GREGORIAN;
    pd->has_month_off = 1;
    pd->month_off = dir;
    return q;
}

/* An absolute date at p (see the grammar in the file comment). `month_ok` vouches for an
 * ambiguous month name (a month-introducing word or a position word came before); `bare_year`
 * (BARE_*) says whether a year number may stand alone. Returns the end, 0 when none. */
static size_t abs_date(const ctx *c, size_t p, int first, int month_ok, int bare_year, parsed *pd)
{
    const entry *e, *m;
    size_t q = p, n, end;
    long v;
    parsed_init(pd);
    if ((end = numeric_date(c, p, pd))) return end;
    int day = 0;
    if (plain_num(c, q, &v) && v >= 1 && v <= 31) {
        day = (int)v;
        q++;
    } else if ((n = match(c, q, K_ORDINAL, first, &e))) {
        day = e->value;
        q += n;
    }
    /* A day is one only with its month: "الأول من أكتوبر", never "الأول" alone. */
    if (day && (n = match(c, q, K_OF, 0, &e))) q += n;
    int mword = 0;
    if ((n = match(c, q, K_MONTH_WORD, first && q == p, &e))) {
        q += n;
        mword = 1;
    }
    if (!(n = match(c, q, K_MONTH, first && q == p, &m))) {
        if (day && !mword && (end = relative_month(c, q, pd))) {
            pd->day = day; /* "العاشر من الشهر الجاري" */
            return end;
        }
        if (day || mword) return 0;
        /* A year alone: عام 2024، 1436هـ، 2015 م. */
        return year_part(c, p, -1, bare_year, first, pd);
    }
    q += n;
    pd->cal = m->cal;
    pd->month = m->value;
    pd->day = day;
    int paired = 0;
    /* The same month in a second convention: كانون الأول/ديسمبر, ديسمبر (كانون الأول). */
    int paren = is_tok(c, q, "(");
    if (paren || is_tok(c, q, "/") || is_tok(c, q, "-")) {
        const entry *m2;
        size_t n2 = match(c, q + 1, K_MONTH, 0, &m2);
        if (n2 && m2->value == m->value && m2->cal == m->cal &&
            (!paren || is_tok(c, q + 1 + n2, ")"))) {
            q += 1 + n2 + (size_t)paren;
            paired = 1;
        }
    }
    size_t r = q;
    if ((n = match(c, r, K_OF, 0, &e))) r += n;
    if ((end = year_part(c, r, m->cal, BARE_WIDE, 0, pd))) {
        q = end;
    } else if ((n = match(c, q, K_DIRECTION, 0, &e))) {
        pd->dir = e->value;
        q += n;
    }
    if (m->ambiguous && !(day || mword || paired || pd->year || pd->has_year_off ||
                          pd->dir != DIR_NONE || month_ok))
        return 0;
    /* 30 فبراير is no date; Hijri days are checked by ICU at conversion. */
    if (pd->cal == CAL_GREGORIAN && day &&
        day > rw_days_in_month(pd->year ? pd->year : 2000, pd->month))
        return 0;
    return q;
}

/* A Hijri date given with its Gregorian equivalent, or the other way round: "26 شوال 1436 هـ
 * الموافق 11 أغسطس 2015 م", "11 أغسطس 2015 (26 شوال 1436 هـ)", "12 شعبان 1447 هـ - 31 يناير 2026".
 * The Gregorian one, as written, is the expression's date. Returns the new end (q when there is
 * no equivalent). */
static size_t with_equivalent(const ctx *c, size_t q, parsed *pd)
{
    const entry *e;
    size_t r = q, n;
    int paren = 0;
    if ((n = match(c, r, K_EQUALS, 0, &e))) {
        r += n;
        /* "الموافق لـ 11 أغسطس": the preposition stands alone once the tatweel is folded. */
        const char *f = fold_at(c, r);
        for (size_t k = 0; f && k < c->d->npc; k++)
            if (strcmp(f, pool_str(c->d, c->d->pc[k].form)) == 0) {
                r++;
                break;
            }
    } else if (is_tok(c, r, "(")) {
        r++;
        paren = 1;
    } else if (is_tok(c, r, "-") || is_tok(c, r, "/") || is_tok(c, r, "،") || is_tok(c, r, ",")) {
        r++; /* "12 شعبان 1447 هـ - 31 يناير 2026 م": only when the calendars differ, below */
    } else {
        return q;
    }
    parsed alt;
    size_t end = abs_date(c, r, 0, 1, BARE_WIDE, &alt);
    if (!end || alt.cal == pd->cal) return q;
    if (paren) {
        if (!is_tok(c, end, ")")) return q;
        end++;
    }
    if (alt.cal == CAL_GREGORIAN) *pd = alt;
    return end;
}

/* ---- resolution ---- */

static rw_date mkdate(int y, int m, int d)
{
    return (rw_date){(short)y, (signed char)m, (signed char)d};
}

static int is_full(rw_date d)
{
    return d.year && d.month && d.day;
}

static int greg_millis(ctx *c, rw_date g, UDate *out)
{
    UCalendar *cal = clone_of(c->d->greg, &c->greg);
    if (!cal) return -1;
    UErrorCode st = U_ZERO_ERROR;
    ucal_clear(cal);
    ucal_setDate(cal, g.year, g.month - 1, g.day, &st);
    *out = ucal_getMillis(cal, &st);
    return U_FAILURE(st) ? -1 : 0;
}

static int day_number(ctx *c, rw_date g, long *out)
{
    UDate t;
    if (greg_millis(c, g, &t)) return -1;
    /* Midnight UTC: an exact multiple of a day, so the division is exact either side of 1970. */
    *out = (long)(t / MS_PER_DAY);
    return 0;
}

static int hijri_to_greg(ctx *c, int y, int m, int d, rw_date *out)
{
    UCalendar *h = clone_of(c->d->hijri, &c->hijri), *g = clone_of(c->d->greg, &c->greg);
    if (!h || !g || y < 1 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 30) return -1;
    UErrorCode st = U_ZERO_ERROR;
    ucal_clear(h);
    ucal_setDate(h, y, m - 1, d, &st);
    UDate t = ucal_getMillis(h, &st);
    ucal_setMillis(g, t, &st);
    int era = ucal_get(g, UCAL_ERA, &st);
    int gy = ucal_get(g, UCAL_YEAR, &st);
    int gm = ucal_get(g, UCAL_MONTH, &st) + 1;
    int gd = ucal_get(g, UCAL_DATE, &st);
    if (U_FAILURE(st) || era != 1 || gy < 1 || gy > 9999) return -1;
    *out = mkdate(gy, gm, gd);
    return 0;
}

static int greg_to_hijri_year(ctx *c, rw_date g, int *out)
{
    UCalendar *h = clone_of(c->d->hijri, &c->hijri);
    UDate t;
    if (!h || greg_millis(c, g, &t)) return -1;
    UErrorCode st = U_ZERO_ERROR;
    ucal_setMillis(h, t, &st);
    *out = ucal_get(h, UCAL_YEAR, &st);
    return U_FAILURE(st) ? -1 : 0;
}

/* A written date in its calendar to a Gregorian rw_date of the same precision. A Hijri month
 * becomes the Gregorian month it starts in (dates.h); a Hijri year, which straddles two
 * Gregorian years, becomes the one holding most of it: the year of 1 Rajab, its midpoint. */
static rw_date to_gregorian(ctx *c, int cal, int y, int m, int d)
{
    rw_date g;
    if (cal == CAL_GREGORIAN) {
        if (y < 1 || y > 9999 || m < 0 || m > 12) return RW_DATE_NONE;
        if (m && d > rw_days_in_month(y, m)) return RW_DATE_NONE;
        return mkdate(y, m, m ? d : 0);
    }
    if (!m) return hijri_to_greg(c, y, 7, 1, &g) ? RW_DATE_NONE : mkdate(g.year, 0, 0);
    if (hijri_to_greg(c, y, m, d ? d : 1, &g)) return RW_DATE_NONE;
    return d ? g : mkdate(g.year, g.month, 0);
}

/* The first and last Gregorian days of a written month or day in calendar year y. */
static int span_of(ctx *c, int cal, int y, int m, int d, rw_date *lo, rw_date *hi)
{
    if (cal == CAL_GREGORIAN) {
        if (d && d > rw_days_in_month(y, m)) return -1; /* 29 February of a common year */
        *lo = mkdate(y, m, d ? d : 1);
        *hi = mkdate(y, m, d ? d : rw_days_in_month(y, m));
        return 0;
    }
    if (hijri_to_greg(c, y, m, d ? d : 1, lo)) return -1;
    if (d) {
        *hi = *lo;
        return 0;
    }
    rw_date next;
    if (hijri_to_greg(c, m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1, &next)) return -1;
    *hi = rw_date_add_days(next, -1);
    return 0;
}

/* A month or day without a year: the year nearest the document date in the direction written
 * (الماضي strictly before, المقبل strictly after, الجاري the document's own year) or else in the
 * tense's (past: on or before, future: on or after, unknown: nearest, the earlier on a tie). */
static rw_date resolve_yearless(ctx *c, const parsed *pd, rw_date doc, rw_tense tense)
{
    if (!doc.year || !doc.month) return RW_DATE_NONE;
    /* A month needs only the document's month; a day or a Hijri month needs its day. */
    if ((pd->day || pd->cal == CAL_HIJRI) && !doc.day) return RW_DATE_NONE;
    rw_date ref = doc.day ? doc : mkdate(doc.year, doc.month, 1);
    int base = ref.year;
    if (pd->cal == CAL_HIJRI && greg_to_hijri_year(c, ref, &base)) return RW_DATE_NONE;
    int best = -1;
    long best_dist = 0, ref_n = 0;
    rw_date lo[3], hi[3];
    if (pd->dir == DIR_NONE && tense == RW_TENSE_UNKNOWN && day_number(c, ref, &ref_n))
        return RW_DATE_NONE;
    for (int k = 0; k < 3; k++) {
        if (span_of(c, pd->cal, base - 1 + k, pd->month, pd->day, &lo[k], &hi[k])) continue;
        int lo_cmp = rw_date_compare(lo[k], ref), hi_cmp = rw_date_compare(hi[k], ref);
        if (pd->dir == -1) {
            if (hi_cmp < 0) best = k; /* latest wins */
        } else if (pd->dir == 1) {
            if (lo_cmp > 0 && best < 0) best = k; /* earliest wins */
        } else if (pd->dir == 0) {
            if (k == 1) best = k;
        } else if (tense == RW_TENSE_PAST) {
            if (lo_cmp <= 0) best = k;
        } else if (tense == RW_TENSE_FUTURE) {
            if (hi_cmp >= 0 && best < 0) best = k;
        } else {
            long a, b, dist = 0;
            if (day_number(c, lo[k], &a) || day_number(c, hi[k], &b)) continue;
            if (ref_n < a) dist = a - ref_n;
            if (ref_n > b) dist = ref_n - b;
            if (best < 0 || dist < best_dist) best = k, best_dist = dist;
        }
    }
    if (best < 0) return RW_DATE_NONE;
    return pd->day ? lo[best] : mkdate(lo[best].year, lo[best].month, 0);
}

static rw_date resolve_parsed(ctx *c, const parsed *pd, rw_date doc, rw_tense tense, int *relative)
{
    if (pd->year) {
        *relative = 0;
        return to_gregorian(c, pd->cal, pd->year, pd->month, pd->day);
    }
    *relative = 1;
    if (pd->has_month_off) {
        if (!doc.year || !doc.month) return RW_DATE_NONE;
        int m = doc.month + pd->month_off, y = doc.year;
        if (m < 1) m = 12, y--;
        if (m > 12) m = 1, y++;
        return to_gregorian(c, CAL_GREGORIAN, y, m, pd->day);
    }
    if (pd->has_year_off) {
        int base = doc.year;
        if (!doc.year) return RW_DATE_NONE;
        if (pd->cal == CAL_HIJRI && (!is_full(doc) || greg_to_hijri_year(c, doc, &base)))
            return RW_DATE_NONE;
        return to_gregorian(c, pd->cal, base + pd->year_off, pd->month, pd->day);
    }
    return resolve_yearless(c, pd, doc, tense);
}

/* A weekday: الماضي the one strictly before the document date, المقبل strictly after; else by
 * tense (past: on or before, future: on or after, unknown: the nearest). */
static rw_date resolve_weekday(rw_date doc, int wd, int dir, rw_tense tense)
{
    int dw = rw_date_weekday(doc);
    if (dw < 0) return RW_DATE_NONE;
    int fwd = (wd - dw + 7) % 7, back = (dw - wd + 7) % 7, off;
    if (dir == -1)
        off = -(back ? back : 7);
    else if (dir == 1)
        off = fwd ? fwd : 7;
    else if (tense == RW_TENSE_PAST)
        off = -back;
    else if (tense == RW_TENSE_FUTURE)
        off = fwd;
    else
        off = fwd <= 3 ? fwd : -back;
    return rw_date_add_days(doc, off);
}

/* The coarsest date holding every day from lo to hi: a month, a year, or none. */
static rw_date covering(rw_date lo, rw_date hi)
{
    if (lo.year != hi.year) return RW_DATE_NONE;
    return mkdate(lo.year, lo.month == hi.month ? lo.month : 0, 0);
}

enum { POS_START, POS_EARLY, POS_MID, POS_LATE, POS_END }; /* relative_dates.tsv positions */

/* The week, month or year before (-1), of (0) or after (1) the document date. Weeks start on
 * Saturday, Sunday or Monday depending on the country, so "last week" is any 7 days within the
 * 13 before the document date and resolves to what holds them all; "this week" any of the 6
 * days either side - but its start (position, -1 for none) was on or before the document date
 * and its end is on or after it ("أدى بداية الأسبوع الجاري زيارة" on a Friday: days of that
 * month), and a sentence told in the past or the future keeps to that side. */
static rw_date resolve_unit(rw_date doc, int unit, int dir, int position, rw_tense tense)
{
    if (!doc.year) return RW_DATE_NONE;
    if (unit == UNIT_YEAR) return mkdate(doc.year + dir, 0, 0);
    if (!doc.month) return RW_DATE_NONE;
    if (unit == UNIT_MONTH) {
        int m = doc.month + dir, y = doc.year;
        if (m < 1) m = 12, y--;
        if (m > 12) m = 1, y++;
        return mkdate(y, m, 0);
    }
    if (!doc.day) return RW_DATE_NONE;
    int before = position == POS_START || position == POS_EARLY || tense == RW_TENSE_PAST,
        after = position == POS_LATE || position == POS_END || tense == RW_TENSE_FUTURE;
    int from = dir < 0 ? -13 : dir > 0 ? 1 : after && !before ? 0 : -6,
        to = dir < 0 ? -1 : dir > 0 ? 13 : before && !after ? 0 : 6;
    return covering(rw_date_add_days(doc, from), rw_date_add_days(doc, to));
}

/* After قبل or منذ: يومين, or a count and أيام ("3 أيام", "ثلاثة أيام"). Returns the end and sets
 * *days, or 0: also when من follows, for "قبل يومين من القمة" counts from the summit, not from
 * the document date. */
static size_t days_ago(const ctx *c, size_t q, size_t *days)
{
    const entry *e;
    size_t n;
    long count = 0;
    if ((n = match(c, q, K_DAYS, 0, &e)) && e->value > 0) {
        count = e->value;
        q += n;
    } else {
        if (plain_num(c, q, &count))
            q++;
        else if ((n = match(c, q, K_NUMBER_WORD, 0, &e)))
            count = e->value, q += n;
        if (!(n = match(c, q, K_DAYS, 0, &e)) || e->value != 0) return 0;
        q += n;
    }
    if (count < 1 || count > 31 || match(c, q, K_OF, 0, &e)) return 0;
    *days = (size_t)count;
    return q;
}

/* Parses one expression starting at token i. Returns the token after it and sets *is_expr; a
 * blocked phrase (اليوم العالمي) returns its end with *is_expr 0; no expression returns 0. */
static size_t parse_at(ctx *c, size_t i, rw_date doc, rw_tense tense, rw_date_expr *out,
                       int *is_expr)
{
    const entry *e;
    size_t p = i, n, end;
    *is_expr = 0;
    if ((n = match(c, p, K_BLOCK, 1, &e))) return i + n;
    int first = 1, lead = 0;
    if ((n = match(c, p, K_TIME_OF_DAY, first, &e))) {
        p += n;
        first = 0;
        lead = 1;
    }
    if ((n = match(c, p, K_DAY_WORD, first, &e))) {
        p += n;
        first = 0;
        lead = 1;
    }
    if (lead && match(c, p, K_BLOCK, 0, &e)) return 0;
    rw_date_expr x = {i, i, RW_DATE_NONE, 1, 0};
    parsed pd;

    if ((n = match(c, p, K_DAY, first, &e))) {
        int off = e->value;
        p += n;
        if ((n = match(c, p, K_WEEKDAY, 0, &e))) p += n; /* أمس الأحد: the weekday is redundant */
        x.date = is_full(doc) ? rw_date_add_days(doc, off) : RW_DATE_NONE;
        goto found;
    }

    if ((n = match(c, p, K_WEEKDAY, first, &e))) {
        int wd = e->value;
        p += n;
        /* "الأحد 4 شباط": the written day wins over the weekday, which may be wrong. */
        size_t q = p;
        if (is_tok(c, q, "،") || is_tok(c, q, ",") || is_tok(c, q, "-"))
            q++;
        else if ((n = match(c, q, K_EQUALS, 0, &e))) /* "يوم الأحد الموافق 3 مارس 2024" */
            q += n;
        if ((end = abs_date(c, q, 0, 1, BARE_NO, &pd)) && pd.day) {
            p = with_equivalent(c, end, &pd);
            x.date = resolve_parsed(c, &pd, doc, tense, &x.relative);
            goto found;
        }
        int dir = DIR_NONE;
        if ((n = match(c, p, K_DIRECTION, 0, &e))) {
            dir = e->value;
            p += n;
        }
        x.date = resolve_weekday(doc, wd, dir, tense);
        goto found;
    }

    if ((n = match(c, p, K_AGO, first, &e)) && (end = days_ago(c, p + n, &n))) {
        p = end;
        x.date = is_full(doc) ? rw_date_add_days(doc, -(int)n) : RW_DATE_NONE;
        goto found;
    }

    int pos = 0, position = -1;
    if ((n = match(c, p, K_POSITION, first, &e))) {
        p += n;
        first = 0;
        pos = 1;
        position = e->value;
    }

    {
        /* الأسبوع الماضي، هذا الشهر، مطلع العام المقبل */
        size_t q = p;
        int this = 0;
        if ((n = match(c, q, K_THIS, first, &e))) {
            q += n;
            this = 1;
        }
        if ((n = match(c, q, K_UNIT, first && !this, &e))) {
            int unit = e->value, dir = this ? 0 : DIR_NONE;
            q += n;
            if (!this && (n = match(c, q, K_DIRECTION, 0, &e))) {
                dir = e->value;
                q += n;
            }
            /* "نهاية العام", "مطلع الشهر": a position alone refers to the current one. */
            if (dir == DIR_NONE && pos) dir = 0;
            if (dir != DIR_NONE) {
                p = q;
                x.date = resolve_unit(doc, unit, dir, position, tense);
                goto found;
            }
        }
    }

    /* The word before the expression can vouch for it: في مارس، منذ 2011. */
    int month_intro = i > 0 && match(c, i - 1, K_MONTH_INTRO, 1, &e);
    int year_intro = i > 0 && match(c, i - 1, K_YEAR_INTRO, 1, &e);
    int bare = pos ? BARE_WIDE : year_intro ? BARE_NARROW : BARE_NO;
    if (!(end = abs_date(c, p, first, pos || month_intro, bare, &pd))) {
        /* "من 15 إلى 17 أكتوبر", "يومي 15 و16 أكتوبر": the first day takes the second's month
         * and year; the expression is the day alone, the second is found next. */
        long v;
        if (pos || !plain_num(c, p, &v) || v < 1 || v > 31 ||
            !(n = match(c, p + 1, K_RANGE, 0, &e)) || !abs_date(c, p + 1 + n, 0, 1, BARE_NO, &pd) ||
            !pd.day || pd.day <= v)
            return 0;
        pd.day = (int)v;
        x.date = resolve_parsed(c, &pd, doc, tense, &x.relative);
        x.range_start = 1;
        p++;
        goto found;
    }
    p = with_equivalent(c, end, &pd);
    x.date = resolve_parsed(c, &pd, doc, tense, &x.relative);

found:
    x.tok_end = p;
    *out = x;
    *is_expr = 1;
    return p;
}

size_t rw_dates_find(const rw_dates *d, const rw_tokens *tk, rw_date doc_date, rw_tense tense,
                     rw_date_expr *out, size_t max)
{
    return rw_dates_find_with(d, tk, NULL, doc_date, tense, out, max);
}

size_t rw_dates_find_with(const rw_dates *d, const rw_tokens *tk, const rw_date_heads *given,
                          rw_date doc_date, rw_tense tense, rw_date_expr *out, size_t max)
{
    if (!d || !tk || !out || !max || !tk->n) return 0;
    enum { STACK_TOKENS = 256 };
    rw_date_heads stack[STACK_TOKENS], *own = NULL;
    const rw_date_heads *heads = given;
    if (!given) {
        own = tk->n <= STACK_TOKENS ? stack : malloc(tk->n * sizeof *own);
        if (!own) return 0;
        index_tokens(d, tk, own);
        heads = own;
    }
    ctx c = {d, tk, heads, NULL, NULL};
    size_t found = 0, i = 0;
    while (i < tk->n && found < max) {
        /* Every expression starts with a phrase of the tables (its first word has a chain, with or
         * without a proclitic) or a number; parse_at would try each kind of phrase at every other
         * token and find nothing. */
        long num;
        const char *rest;
        if (heads[i].head < 0 && heads[i].chead < 0 && !num_at(&c, i, &num, &rest)) {
            i++;
            continue;
        }
        int is_expr;
        size_t end = parse_at(&c, i, doc_date, tense, &out[found], &is_expr);
        if (end > i) {
            found += (size_t)is_expr;
            i = end;
        } else {
            i++;
        }
    }
    ctx_done(&c);
    if (own != stack) free(own);
    return found;
}

int rw_dates_hijri_to_gregorian(const rw_dates *d, int year, int month, int day, rw_date *out)
{
    if (!d || month < 1 || month > 12 || day < 0 || day > 30) return -1;
    ctx c = {d, NULL, NULL, NULL, NULL};
    rw_date g = to_gregorian(&c, CAL_HIJRI, year, month, day);
    ctx_done(&c);
    if (!rw_date_is_set(g)) return -1;
    *out = g;
    return 0;
}

/* Whether the tokens hold a publication cue (نشر، بتاريخ، آخر تحديث). */
static int has_cue(const rw_dates *d, const rw_tokens *tk)
{
    rw_date_heads *heads = malloc(tk->n * sizeof *heads);
    if (!heads) return 0;
    index_tokens(d, tk, heads);
    ctx c = {d, tk, heads, NULL, NULL};
    const entry *e;
    int cue = 0;
    for (size_t i = 0; i < tk->n && !cue; i++)
        cue = match(&c, i, K_PUBLISHED, 1, &e) > 0;
    free(heads);
    return cue;
}

int rw_dates_document_date(const rw_dates *d, rw_text *t, const char *text, size_t len,
                           rw_date *out)
{
    if (!d || !t || !text || !out) return -1;
    rw_tokens tk = {0};
    rw_date_expr ex[16];
    rw_date dateline = RW_DATE_NONE;
    int found = -1, lines = 0;
    size_t pos = 0;
    while (pos < len && pos < UINT32_MAX && lines < DOC_LINES) {
        size_t s = pos, e = pos;
        while (e < len && text[e] != '\n')
            e++;
        pos = e + 1;
        while (s < e && isspace((unsigned char)text[s]))
            s++;
        while (e > s && isspace((unsigned char)text[e - 1]))
            e--;
        if (s == e || e > UINT32_MAX) continue;
        lines++;
        if (rw_text_tokenize(t, text, (rw_span){(uint32_t)s, (uint32_t)e}, &tk, NULL)) continue;
        size_t n = rw_dates_find(d, &tk, RW_DATE_NONE, RW_TENSE_UNKNOWN, ex, 16);
        int cue = n && has_cue(d, &tk);
        /* Only a full date written with its year: a year-less one would be a guess. */
        for (size_t k = 0; k < n; k++) {
            if (ex[k].relative || !is_full(ex[k].date)) continue;
            if (cue) {
                *out = ex[k].date;
                found = 0;
                goto done;
            }
            if (!rw_date_is_set(dateline) && ex[k].tok_start < DATELINE_TOKENS)
                dateline = ex[k].date;
            break;
        }
    }
    if (rw_date_is_set(dateline)) {
        *out = dateline;
        found = 0;
    }
done:
    rw_tokens_free(&tk);
    return found;
}
