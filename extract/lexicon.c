/*
 * lexicon.c - reads the TSV files of data/ (and user lexicon directories) into one hashed phrase table.
 *
 * Loading order matters only for references: offices before titles and roles, actors before
 * roles, places.tsv before the ICU country list (a `country` line there names the slug and adds
 * spellings to ICU's names). Every entry is tokenised and folded by the text layer so it is keyed
 * exactly as article tokens will be. A dangling reference (a role naming an unknown actor) is
 * skipped, so a half-filled data directory still loads; a malformed line is an error naming the
 * file and line.
 */
#include "extract/lexicon.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "base/array.h"
#include "base/buf.h"

#define MAX_FIELDS 8

typedef struct loader {
    rw_lexicon *lx;
    rw_text *t;
    rw_tokens tk;
    rw_buf key, tmp;
    const char *file;
    long line;
    rw_error *err;
    rw_wclass word_cls; /* the classes of the words.tsv line being read */
} loader;

#define GROW(v, n, cap)                                                                          \
    rw_array_reserve((void **)&(v), &(cap), (n) + 1, sizeof *(v))

static int nomem(loader *L)
{
    rw_error_set(L->err, RW_ENOMEM, "%s:%ld: out of memory", L->file, L->line);
    return -1;
}

/* Builds the phrase key of s[0..n): its tokens' folded forms joined by one space. */
static int phrase_key(loader *L, const char *s, size_t n, int *nwords)
{
    rw_buf_reset(&L->key);
    if (rw_text_tokenize(L->t, s, (rw_span){0, (uint32_t)n}, &L->tk, NULL)) return -1;
    *nwords = 0;
    for (size_t i = 0; i < L->tk.n; i++) {
        const char *w = rw_token_fold(&L->tk, i);
        if (!*w) continue;
        if (L->key.len) rw_buf_putc(&L->key, ' ');
        rw_buf_puts(&L->key, w);
        ++*nwords;
    }
    return 0;
}

/* Adds a hit to the phrase of key[0..len) (nwords words), registering its words as known. An
 * engine word's classes (L->word_cls) join the phrase's. */
static int add_key(loader *L, const char *key, size_t len, int nwords, rw_lex_hit hit)
{
    rw_lexicon *lx = L->lx;
    if (nwords <= 0) return 0;
    if (nwords > RW_LEX_MAX_WORDS) {
        /* A longer phrase could never be matched: say so rather than drop it. */
        rw_error_set(L->err, RW_EINPUT, "%s:%ld: a phrase of %d words (at most %d): %.*s", L->file,
                     L->line, nwords, RW_LEX_MAX_WORDS, (int)len, key);
        return -1;
    }
    void *v;
    rw_lex_phrase *p;
    if (rw_strmap_get(lx->phrases, key, len, &v)) {
        p = &lx->phrase_v[(intptr_t)v - 1];
    } else {
        if (GROW(lx->phrase_v, lx->n_phrases, lx->cap_phrases)) return nomem(L);
        p = &lx->phrase_v[lx->n_phrases++];
        memset(p, 0, sizeof *p);
        p->nwords = (uint8_t)nwords;
        if (rw_strmap_put(lx->phrases, key, len, (void *)(intptr_t)lx->n_phrases)) return nomem(L);
    }
    if (hit.type == RW_LEX_WORD) p->cls |= L->word_cls;
    for (int i = 0; i < p->nhits; i++)
        if (p->hits[i].type == hit.type && (hit.type == RW_LEX_WORD || p->hits[i].ref == hit.ref))
            return 0;
    if (p->nhits < RW_LEX_MAX_HITS) p->hits[p->nhits++] = hit;
    /* Register every word as known (value 1), and the first word's reach: 1 + the words of the
     * longest phrase it starts. */
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && key[j] != ' ') j++;
        void *old;
        intptr_t v = rw_strmap_get(lx->words, key + i, j - i, &old) ? (intptr_t)old : 0;
        intptr_t want = i == 0 && nwords + 1 > v ? nwords + 1 : v ? v : 1;
        if (want != v && rw_strmap_put(lx->words, key + i, j - i, (void *)want)) return nomem(L);
        i = j + 1;
    }
    return 0;
}

/* عبد الله and عبدالله are one name written two ways: a key with a word "عبد" followed by a
 * word is also entered joined, and a joined "عبدال..." also split, so either spelling matches. */
static int add_abd_variant(loader *L, int nw, rw_lex_hit hit)
{
    static const char abd[] = "\xd8\xb9\xd8\xa8\xd8\xaf"; /* عبد */
    const size_t an = sizeof abd - 1;
    const char *k = L->key.data;
    size_t len = L->key.len;
    for (size_t i = 0; i + an < len; i++) {
        if ((i && k[i - 1] != ' ') || memcmp(k + i, abd, an) != 0) continue;
        rw_buf_reset(&L->tmp);
        if (k[i + an] == ' ' && i + an + 1 < len) { /* split -> joined */
            rw_buf_append(&L->tmp, k, i + an);
            rw_buf_append(&L->tmp, k + i + an + 1, len - i - an - 1);
            return add_key(L, L->tmp.data, L->tmp.len, nw - 1, hit);
        }
        if (k[i + an] != ' ' && i + an + 4 <= len && memcmp(k + i + an, "\xd8\xa7\xd9\x84", 4) == 0) {
            rw_buf_append(&L->tmp, k, i + an); /* joined "عبدال..." -> split */
            rw_buf_putc(&L->tmp, ' ');
            rw_buf_append(&L->tmp, k + i + an, len - i - an);
            return nw < RW_LEX_MAX_WORDS ? add_key(L, L->tmp.data, L->tmp.len, nw + 1, hit) : 0;
        }
    }
    return 0;
}

static int add_phrase(loader *L, const char *s, size_t n, rw_lex_hit hit)
{
    int nw;
    if (phrase_key(L, s, n, &nw)) return nomem(L);
    if (add_key(L, L->key.data ? L->key.data : "", L->key.len, nw, hit)) return -1;
    return hit.type == RW_LEX_ACTOR ? add_abd_variant(L, nw, hit) : 0;
}

/* Calls add_phrase for each |-separated form of a field. */
/* Calls fn on each form of a `|`-separated field, trimmed; stops at the first that fails. */
static int each_form(loader *L, const char *field,
                     int (*fn)(loader *L, const char *form, size_t n, void *ud), void *ud)
{
    const char *p = field;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && isspace((unsigned char)*p)) p++, n--;
        while (n && isspace((unsigned char)p[n - 1])) n--;
        if (n && fn(L, p, n, ud)) return -1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

static int add_form_hit(loader *L, const char *form, size_t n, void *hit)
{
    return add_phrase(L, form, n, *(const rw_lex_hit *)hit);
}

static int add_forms(loader *L, const char *field, rw_lex_hit hit)
{
    return each_form(L, field, add_form_hit, &hit);
}

static int bad(loader *L, const char *what)
{
    rw_error_set(L->err, RW_EINPUT, "%s:%ld: %s", L->file, L->line, what);
    return -1;
}

static int set_country(char dst[8], const char *s)
{
    if (strcmp(s, "-") == 0 || !*s) {
        dst[0] = '\0';
        return 0;
    }
    size_t n = strlen(s);
    if (n > 7) return -1;
    for (size_t i = 0; i < n; i++) dst[i] = (char)toupper((unsigned char)s[i]);
    dst[n] = '\0';
    return 0;
}

static char *dup_field(const char *s)
{
    return (strcmp(s, "-") == 0 || !*s) ? NULL : strdup(s);
}

/* First form of a |-list, copied. */
static char *first_form(const char *s)
{
    const char *e = strchr(s, '|');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    return strndup(s, n);
}

typedef int (*line_fn)(loader *L, char **f, int nf);

/* Reads dir/name line by line; `required` makes a missing file an error. */
static int load_file(loader *L, const char *dir, const char *name, int required, line_fn fn)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *text = rw_read_file(path, &len);
    if (!text) {
        if (!required && errno == ENOENT) return 0;
        rw_error_set(L->err, RW_EIO, "%s: cannot read: %s", path, strerror(errno));
        return -1;
    }
    L->file = path;
    L->line = 0;
    int rc = 0;
    char *p = text;
    while (*p && rc == 0) {
        char *e = strchr(p, '\n');
        if (e) *e = '\0';
        L->line++;
        size_t n = strlen(p);
        if (n && p[n - 1] == '\r') p[--n] = '\0';
        if (n && p[0] != '#') {
            char *f[MAX_FIELDS];
            int nf = 0;
            char *q = p;
            f[nf++] = q;
            while ((q = strchr(q, '\t')) && nf < MAX_FIELDS) {
                *q++ = '\0';
                f[nf++] = q;
            }
            int blank = 1;
            for (size_t i = 0; i < n && blank; i++)
                if (!isspace((unsigned char)p[i])) blank = 0;
            if (!blank) rc = fn(L, f, nf);
        }
        if (!e) break;
        p = e + 1;
    }
    free(text);
    L->file = "";
    return rc;
}

static int put_id(loader *L, rw_strmap *m, const char *id, size_t idx)
{
    return rw_strmap_put(m, id, strlen(id), (void *)(intptr_t)(idx + 1)) ? nomem(L) : 0;
}

static int get_id(const rw_strmap *m, const char *id)
{
    void *v;
    return rw_strmap_get(m, id, strlen(id), &v) ? (int)(intptr_t)v - 1 : -1;
}

static int line_office(loader *L, char **f, int nf)
{
    rw_lexicon *lx = L->lx;
    if (nf < 3) return bad(L, "an office line needs 3 fields: office, label_en, forms");
    if (nf > 3 && strcmp(f[3], "many") != 0) return bad(L, "an office's 4th field is 'many' or nothing");
    int idx = get_id(lx->office_ids, f[0]);
    if (idx < 0) {
        if (GROW(lx->offices, lx->n_offices, lx->cap_offices)) return nomem(L);
        idx = (int)lx->n_offices++;
        lx->offices[idx] = (rw_lex_office){strdup(f[0]), strdup(f[1]), 0};
        if (put_id(L, lx->office_ids, f[0], (size_t)idx)) return -1;
    }
    if (nf > 3) lx->offices[idx].many = 1;
    return add_forms(L, f[2], (rw_lex_hit){RW_LEX_OFFICE, idx});
}

static int line_actor(loader *L, char **f, int nf)
{
    rw_lexicon *lx = L->lx;
    if (nf < 5) return bad(L, "an actor line needs 5 fields: id, kind, country, label_en, names");
    int kind = rw_kind_from_name(f[1]);
    if (kind < 0 || kind == RW_KIND_PLACE) return bad(L, "actor kind must be person, org or group");
    int idx = get_id(lx->actor_ids, f[0]);
    if (idx < 0) {
        if (GROW(lx->actors, lx->n_actors, lx->cap_actors)) return nomem(L);
        idx = (int)lx->n_actors++;
        rw_lex_actor *a = &lx->actors[idx];
        memset(a, 0, sizeof *a);
        a->id = strdup(f[0]);
        a->label = first_form(f[4]);
        a->label_en = dup_field(f[3]);
        a->kind = (rw_kind)kind;
        if (set_country(a->country, f[2])) return bad(L, "bad country code");
        if (put_id(L, lx->actor_ids, f[0], (size_t)idx)) return -1;
    }
    return add_forms(L, f[4], (rw_lex_hit){RW_LEX_ACTOR, idx});
}

static int place_kind(const char *s)
{
    static const char *const names[] = {"country", "city", "region", "venue"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0) return i;
    return -1;
}

static int new_place(loader *L, const char *id, rw_place_kind kind, const char *cc,
                     const char *parent, const char *label_en, const char *label)
{
    rw_lexicon *lx = L->lx;
    if (GROW(lx->places, lx->n_places, lx->cap_places)) return nomem(L);
    int idx = (int)lx->n_places++;
    rw_lex_place *p = &lx->places[idx];
    memset(p, 0, sizeof *p);
    p->id = strdup(id);
    p->kind = kind;
    p->parent = parent ? dup_field(parent) : NULL;
    p->label_en = label_en ? dup_field(label_en) : NULL;
    p->label = label ? first_form(label) : NULL;
    if (set_country(p->country, cc ? cc : "-")) return bad(L, "bad country code");
    if (put_id(L, lx->place_ids, id, (size_t)idx)) return -1;
    return idx;
}

static int line_place(loader *L, char **f, int nf)
{
    if (nf < 6) return bad(L, "a place line needs 6 fields: id, kind, country, parent, label_en, names");
    int kind = place_kind(f[1]);
    if (kind < 0) return bad(L, "place kind must be country, city, region or venue");
    int idx = get_id(L->lx->place_ids, f[0]);
    if (idx < 0) idx = new_place(L, f[0], (rw_place_kind)kind, f[2], f[3], f[4], f[5]);
    if (idx < 0) return -1;
    return add_forms(L, f[5], (rw_lex_hit){RW_LEX_PLACE, idx});
}

static int country_index(loader *L, const char *cc)
{
    rw_lexicon *lx = L->lx;
    char c[8];
    if (set_country(c, cc) || !c[0]) return -1;
    for (size_t i = 0; i < lx->n_countries; i++)
        if (strcmp(lx->countries[i], c) == 0) return (int)i;
    if (GROW(lx->countries, lx->n_countries, lx->cap_countries)) return -2;
    memcpy(lx->countries[lx->n_countries], c, 8);
    return (int)lx->n_countries++;
}

/* A nationality adjective: the bare form through every inflection pattern of words.tsv. */
static int line_nisba(loader *L, char **f, int nf)
{
    if (nf < 2) return bad(L, "a nisba line needs 2 fields: country, forms");
    int ci = country_index(L, f[0]);
    if (ci == -2) return nomem(L);
    if (ci < 0) return bad(L, "bad country code");
    rw_lexicon *lx = L->lx;
    rw_lex_hit hit = {RW_LEX_NISBA, ci};
    const char *p = f[1];
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        int nw;
        if (phrase_key(L, p, n, &nw)) return nomem(L);
        if (nw == 1 && lx->n_nisba_patterns) {
            rw_buf_reset(&L->tmp);
            rw_buf_append(&L->tmp, L->key.data, L->key.len);
            for (size_t i = 0; i < lx->n_nisba_patterns; i++) {
                const char *pat = lx->nisba_patterns[i];
                const char *star = strchr(pat, '*');
                rw_buf_reset(&L->key);
                rw_buf_append(&L->key, pat, (size_t)(star - pat));
                rw_buf_append(&L->key, L->tmp.data, L->tmp.len);
                rw_buf_puts(&L->key, star + 1);
                if (add_key(L, L->key.data, L->key.len, 1, hit)) return -1;
            }
        } else if (nw > 0 && add_key(L, L->key.data, L->key.len, nw, hit)) {
            return -1;
        }
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

static int line_role(loader *L, char **f, int nf)
{
    rw_lexicon *lx = L->lx;
    if (nf < 4) return bad(L, "a role line needs 5 fields: actor, office, country, from, to");
    int a = get_id(lx->actor_ids, f[0]), o = get_id(lx->office_ids, f[1]);
    if (a < 0 || o < 0) return 0; /* a dangling reference: skipped, see the file comment */
    if (GROW(lx->roles, lx->n_roles, lx->cap_roles)) return nomem(L);
    rw_lex_role *r = &lx->roles[lx->n_roles];
    memset(r, 0, sizeof *r);
    r->actor = a;
    r->office = o;
    if (set_country(r->country, f[2])) return bad(L, "bad country code");
    if (*f[3] && strcmp(f[3], "-") && rw_date_parse(f[3], &r->from))
        return bad(L, "`from` must be YYYY, YYYY-MM or YYYY-MM-DD");
    if (nf > 4 && *f[4] && strcmp(f[4], "-") && rw_date_parse(f[4], &r->to))
        return bad(L, "`to` must be YYYY, YYYY-MM or YYYY-MM-DD");
    lx->n_roles++;
    return 0;
}

static int line_title(loader *L, char **f, int nf)
{
    static const char *const cls[] = {"honorific", "rank", "head", "title"};
    rw_lexicon *lx = L->lx;
    if (nf < 2) return bad(L, "a title line needs: forms, class [, office, country]");
    int c = -1;
    for (int i = 0; i < 4; i++)
        if (strcmp(f[1], cls[i]) == 0) c = i;
    if (c < 0) return bad(L, "title class must be honorific, rank, head or title");
    if (GROW(lx->titles, lx->n_titles, lx->cap_titles)) return nomem(L);
    rw_lex_title *t = &lx->titles[lx->n_titles];
    t->cls = (rw_title_class)c;
    t->office = nf > 2 && strcmp(f[2], "-") ? get_id(lx->office_ids, f[2]) : -1;
    if (set_country(t->country, nf > 3 ? f[3] : "-")) return bad(L, "bad country code");
    int idx = (int)lx->n_titles++;
    return add_forms(L, f[0], (rw_lex_hit){RW_LEX_TITLE, idx});
}

static int line_trigger(loader *L, char **f, int nf)
{
    static const char *const frames[] = {"event",  "pair",   "gather",  "lead",   "member",
                                         "alias",  "chair",  "discuss", "summit", "talk",
                                         "motion", "arrive", "list",    "join"};
    static const char *const tenses[] = {"past", "present", "future", "noun"};
    rw_lexicon *lx = L->lx;
    if (nf < 5) return bad(L, "a trigger line needs 5 fields: forms, relation, frame, tense, modality");
    int rel = rw_rel_from_name(f[1]);
    if (rel < 0) return bad(L, "unknown relation");
    int fr = -1, te = -1;
    for (int i = 0; i < (int)(sizeof frames / sizeof *frames); i++)
        if (strcmp(f[2], frames[i]) == 0) fr = i;
    for (int i = 0; i < 4; i++)
        if (strcmp(f[3], tenses[i]) == 0) te = i;
    int mod = rw_modality_from_name(f[4]);
    if (fr < 0)
        return bad(L, "frame must be event, pair, gather, lead, member, alias, chair, discuss or summit");
    if (te < 0) return bad(L, "tense must be past, present, future or noun");
    if (mod < 0) return bad(L, "modality must be asserted, planned or negated");
    if (GROW(lx->triggers, lx->n_triggers, lx->cap_triggers)) return nomem(L);
    lx->triggers[lx->n_triggers] =
        (rw_lex_trigger){(rw_rel)rel, (rw_frame)fr, (rw_verb_tense)te, (rw_modality)mod};
    int idx = (int)lx->n_triggers++;
    return add_forms(L, f[0], (rw_lex_hit){RW_LEX_TRIGGER, idx});
}

static int line_word(loader *L, char **f, int nf)
{
    /* (one table line holds several classes: clang-format would give each a line) */
    /* clang-format off */
    static const struct {
        const char *name;
        rw_wclass bit;
    } classes[] = {
        {"prep", RW_W_PREP},       {"side", RW_W_SIDE},         {"particle", RW_W_PARTICLE},
        {"clause", RW_W_CLAUSE},   {"boundary", RW_W_BOUNDARY}, {"planned", RW_W_PLANNED},
        {"negated", RW_W_NEGATED}, {"counterpart", RW_W_COUNTERPART},
        {"group", RW_W_GROUP},     {"pair", RW_W_PAIR},         {"alias_skip", RW_W_ALIAS_SKIP},
        {"conj", RW_W_CONJ},       {"purpose", RW_W_PURPOSE},   {"future", RW_W_FUTURE},
        {"institution", RW_W_INSTITUTION}, {"denied", RW_W_DENIED},
        {"phone", RW_W_PHONE}, {"background", RW_W_BACKGROUND}, {"invite", RW_W_INVITE},
        {"given", RW_W_GIVEN}, {"many", RW_W_MANY}, {"direction", RW_W_DIRECTION},
        {"topic", RW_W_TOPIC}, {"occasion", RW_W_OCCASION}, {"message", RW_W_MESSAGE},
        {"separate", RW_W_SEPARATE}, {"later", RW_W_LATER}, {"participate", RW_W_PARTICIPATE},
        {"anaphor", RW_W_ANAPHOR}, {"visitor", RW_W_VISITOR}, {"patronym", RW_W_PATRONYM},
        {"family", RW_W_FAMILY}, {"may", RW_W_MAY}, {"ongoing", RW_W_ONGOING},
        {"soon", RW_W_SOON}, {"media", RW_W_MEDIA}, {"demonstrative", RW_W_DEMONSTRATIVE},
        {"entourage", RW_W_ENTOURAGE}, {"former", RW_W_FORMER}, {"relative", RW_W_RELATIVE},
        {"between", RW_W_BETWEEN}, {"few", RW_W_FEW}, {"sport", RW_W_SPORT},
        {"collective", RW_W_COLLECTIVE}, {"one_of", RW_W_ONE_OF}, {"upon", RW_W_UPON},
        {"to_attend", RW_W_TO_ATTEND}, {"comes", RW_W_COMES}, {"ruler", RW_W_RULER},
        {"received", RW_W_RECEIVED}, {"quantity", RW_W_QUANTITY},
        {"where", RW_W_WHERE}, {"this_country", RW_W_THIS_COUNTRY},
        {"members", RW_W_MEMBERS}, {"place_of", RW_W_PLACE_OF}, {"statement", RW_W_STATEMENT},
        {"current", RW_W_CURRENT}, {"kin", RW_W_KIN}, {"speech", RW_W_SPEECH}, {"among", RW_W_AMONG}, {"following", RW_W_FOLLOWING}, {"took_place", RW_W_TOOK_PLACE}, {"held_by", RW_W_HELD_BY}, {"alleged", RW_W_ALLEGED}, {"during", RW_W_DURING}, {"hold_now", RW_W_HOLD_NOW}, {"adding", RW_W_ADDING}, {"source", RW_W_SOURCE}, {"inner", RW_W_INNER}, {"he_that", RW_W_HE_THAT}, {"when_of", RW_W_WHEN_OF}, {"send", RW_W_SEND}, {"toward", RW_W_TOWARD}, {"named_after", RW_W_NAMED_AFTER},
        {"embassy", RW_W_EMBASSY}, {"street", RW_W_STREET}, {"was", RW_W_WAS}, {"hosts", RW_W_HOSTS}, {"sidelines", RW_W_SIDELINES}, {"receive", RW_W_RECEIVE}, {"plural_head", RW_W_PLURAL_HEAD}, {"author", RW_W_AUTHOR}, {"first", RW_W_FIRST}, {"aim", RW_W_AIM}, {"family_first", RW_W_FAMILY_FIRST}, {"public_event", RW_W_PUBLIC_EVENT}, {"ordinal", RW_W_ORDINAL}, {"death", RW_W_DEATH}, {"outside", RW_W_OUTSIDE},
        {"carried", RW_W_CARRIED}, {"excellency", RW_W_EXCELLENCY},
        {"request", RW_W_REQUEST}, {"refuse", RW_W_REFUSE}, {"performed", RW_W_PERFORMED},
        {"latter", RW_W_LATTER}, {"state", RW_W_STATE},
        {"accompany", RW_W_ACCOMPANY}, {"behalf", RW_W_BEHALF}, {"interview", RW_W_INTERVIEW},
        {"represented", RW_W_REPRESENTED}, {"object_prep", RW_W_OBJECT_PREP},
        {"continues", RW_W_CONTINUES}, {"partner", RW_W_PARTNER},
        {"came_from", RW_W_CAME_FROM}, {"theophoric", RW_W_THEOPHORIC}, {"that", RW_W_THAT},
        {"since", RW_W_SINCE}, {"condition", RW_W_CONDITION}, {"guest_of", RW_W_GUEST_OF},
        {"programme", RW_W_PROGRAMME}, {"relation", RW_W_RELATION}, {"any", RW_W_ANY},
        {"dual_hold", RW_W_DUAL_HOLD}, {"serves", RW_W_SERVES}, {"previously", RW_W_PREVIOUSLY},
        {"envoy", RW_W_ENVOY}, {"return_to", RW_W_RETURN_TO},
        {"joint", RW_W_JOINT}, {"in_which", RW_W_IN_WHICH},
        {"among_those", RW_W_AMONG_THOSE}, {"indirect", RW_W_INDIRECT},
        {"perform_with", RW_W_PERFORM_WITH}, {"to_them", RW_W_TO_THEM},
    };
    /* clang-format on */
    rw_lexicon *lx = L->lx;
    if (nf < 2) return bad(L, "a word line needs 2 fields: class, forms");
    if (strcmp(f[0], "nisba_pattern") == 0) {
        /* Each pattern is folded like any entry; its '*' stands for the bare adjective. */
        const char *p = f[1];
        while (*p) {
            const char *e = strchr(p, '|');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            rw_buf_reset(&L->tmp);
            if (rw_text_fold_into(L->t, p, n, &L->tmp)) return nomem(L);
            if (!strchr(rw_buf_str(&L->tmp), '*')) return bad(L, "a nisba pattern needs a '*'");
            char **v = realloc(lx->nisba_patterns, (lx->n_nisba_patterns + 1) * sizeof *v);
            if (!v) return nomem(L);
            lx->nisba_patterns = v;
            v[lx->n_nisba_patterns++] = rw_buf_detach(&L->tmp);
            if (!e) break;
            p = e + 1;
        }
        return 0;
    }
    rw_wclass bit = 0;
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
        if (strcmp(f[0], classes[i].name) == 0) bit = classes[i].bit;
    if (!bit) return bad(L, "unknown word class");
    L->word_cls = bit;
    int rc = add_forms(L, f[1], (rw_lex_hit){RW_LEX_WORD, 0});
    L->word_cls = 0;
    return rc;
}

/* A forenames value flag: the word heads a compound given name and is not listed alone. */
#define FORENAME_HEAD 4

/* Keys a given name by its folded first word, and a compound one (نور الدين) by its whole form
 * too, so that its second word is known to belong to it; `kind` is 1 (a given name) or 2 (also
 * an ordinary word), and a form listed both ways keeps 2. */
static int put_forename(loader *L, size_t len, intptr_t k)
{
    void *old;
    if (rw_strmap_get(L->lx->forenames, L->key.data, len, &old)) {
        intptr_t o = (intptr_t)old;
        /* a form listed alone keeps its own kind over the head of a compound */
        if (!(o & FORENAME_HEAD) && (k & FORENAME_HEAD)) k = o;
        else if ((o & FORENAME_HEAD) == (k & FORENAME_HEAD) && o > k) k = o;
    }
    return rw_strmap_put(L->lx->forenames, L->key.data, len, (void *)k) ? nomem(L) : 0;
}

static int add_forename(loader *L, const char *form, size_t n, void *kind)
{
    int nw;
    if (phrase_key(L, form, n, &nw)) return nomem(L);
    if (nw <= 0) return 0;
    size_t w0 = 0;
    while (w0 < L->key.len && L->key.data[w0] != ' ') w0++;
    intptr_t k = *(const intptr_t *)kind;
    if (nw > 1 && put_forename(L, L->key.len, k)) return -1;
    /* The first word of a compound not listed alone ("فتح" of فتح الله) is a given name only
     * as an ordinary word is: "على فتح سفارتين" names no one. */
    return put_forename(L, w0, nw > 1 ? k | FORENAME_HEAD : k);
}

/* forenames.tsv: given names, kept apart from the phrase table. They are no lexicon match (a
 * given name alone names no one); the name reader asks whether a word is one. */
static int line_forename(loader *L, char **f, int nf)
{
    intptr_t kind = 1;
    if (nf > 1 && *f[1]) {
        if (strcmp(f[1], "word")) return bad(L, "the second column of forenames.tsv is `word` or empty");
        kind = 2;
    }
    return each_form(L, f[0], add_forename, &kind);
}

/* Country names in Arabic and English from ICU, merged with places.tsv's country lines. */
static int load_icu_countries(loader *L)
{
    rw_lexicon *lx = L->lx;
    L->file = "ICU country names";
    L->line = 0;
    const char *const *codes = uloc_getISOCountries();
    for (size_t i = 0; codes[i]; i++) {
        char loc[16];
        snprintf(loc, sizeof loc, "_%s", codes[i]);
        char names[2][256];
        for (int k = 0; k < 2; k++) {
            UChar u[128];
            UErrorCode st = U_ZERO_ERROR;
            int32_t n = uloc_getDisplayCountry(loc, k ? "en" : "ar", u, 128, &st);
            names[k][0] = '\0';
            if (U_FAILURE(st) || n <= 0) continue;
            st = U_ZERO_ERROR;
            u_strToUTF8(names[k], sizeof names[k], NULL, u, n, &st);
            if (U_FAILURE(st)) names[k][0] = '\0';
        }
        if (!names[0][0] || !names[1][0]) continue;
        /* The place with this code: a `country` line of places.tsv, else a new one. */
        int idx = -1;
        for (size_t p = 0; p < lx->n_places && idx < 0; p++)
            if (lx->places[p].kind == RW_PLACE_COUNTRY && strcmp(lx->places[p].country, codes[i]) == 0)
                idx = (int)p;
        if (idx < 0) {
            char slug[256];
            size_t j = 0;
            for (const char *c = names[1]; *c && j + 1 < sizeof slug; c++) {
                unsigned char ch = (unsigned char)*c;
                if (isalnum(ch)) slug[j++] = (char)tolower(ch);
                else if (j && slug[j - 1] != '-') slug[j++] = '-';
            }
            while (j && slug[j - 1] == '-') j--;
            slug[j] = '\0';
            if (!j || get_id(lx->place_ids, slug) >= 0) snprintf(slug, sizeof slug, "country-%s", codes[i]);
            idx = new_place(L, slug, RW_PLACE_COUNTRY, codes[i], "-", names[1], names[0]);
            if (idx < 0) return -1;
        } else {
            rw_lex_place *p = &lx->places[idx];
            if (!p->label) p->label = strdup(names[0]);
            if (!p->label_en) p->label_en = strdup(names[1]);
        }
        rw_lex_hit hit = {RW_LEX_PLACE, idx};
        if (add_phrase(L, names[0], strlen(names[0]), hit)) return -1;
        if (add_phrase(L, names[1], strlen(names[1]), hit)) return -1;
    }
    return 0;
}

static int load_dir(loader *L, const char *dir, int builtin)
{
    /* Each file of a user's directory is optional, so a mistyped directory would otherwise
     * load nothing without a word. */
    struct stat st;
    int found = !builtin && stat(dir, &st) == 0;
    if (!builtin && (!found || !S_ISDIR(st.st_mode))) {
        rw_error_set(L->err, RW_EUSAGE, "%s: not a lexicon directory: %s", dir,
                     found ? "not a directory" : strerror(errno));
        return -1;
    }
    /* words.tsv first: nisba patterns are needed by nisba.tsv. */
    if (load_file(L, dir, "words.tsv", builtin, line_word)) return -1;
    if (load_file(L, dir, "offices.tsv", 0, line_office)) return -1;
    if (load_file(L, dir, "actors.tsv", 0, line_actor)) return -1;
    if (load_file(L, dir, "places.tsv", 0, line_place)) return -1;
    if (load_file(L, dir, "nisba.tsv", 0, line_nisba)) return -1;
    if (load_file(L, dir, "roles.tsv", 0, line_role)) return -1;
    if (load_file(L, dir, "titles.tsv", 0, line_title)) return -1;
    if (load_file(L, dir, "triggers.tsv", builtin, line_trigger)) return -1;
    if (load_file(L, dir, "forenames.tsv", 0, line_forename)) return -1;
    return 0;
}

rw_lexicon *rw_lexicon_open(rw_text *t, const char *data_dir, const char *const *user_dirs,
                            size_t n_user_dirs, rw_error *err)
{
    rw_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) {
        rw_error_set(err, RW_ENOMEM, "lexicon: out of memory");
        return NULL;
    }
    loader L = {.lx = lx, .t = t, .file = "", .err = err};
    lx->phrases = rw_strmap_new();
    lx->words = rw_strmap_new();
    lx->actor_ids = rw_strmap_new();
    lx->place_ids = rw_strmap_new();
    lx->office_ids = rw_strmap_new();
    lx->forenames = rw_strmap_new();
    int rc = (!lx->phrases || !lx->words || !lx->actor_ids || !lx->place_ids ||
              !lx->office_ids || !lx->forenames) ? nomem(&L) : 0;
    if (!rc) rc = load_dir(&L, data_dir, 1);
    for (size_t i = 0; !rc && i < n_user_dirs; i++) rc = load_dir(&L, user_dirs[i], 0);
    if (!rc) rc = load_icu_countries(&L);
    rw_tokens_free(&L.tk);
    rw_buf_free(&L.key);
    rw_buf_free(&L.tmp);
    if (rc) {
        rw_lexicon_close(lx);
        return NULL;
    }
    return lx;
}

void rw_lexicon_close(rw_lexicon *lx)
{
    if (!lx) return;
    rw_strmap_free(lx->phrases);
    rw_strmap_free(lx->words);
    rw_strmap_free(lx->actor_ids);
    rw_strmap_free(lx->place_ids);
    rw_strmap_free(lx->office_ids);
    rw_strmap_free(lx->forenames);
    for (size_t i = 0; i < lx->n_actors; i++) {
        free(lx->actors[i].id);
        free(lx->actors[i].label);
        free(lx->actors[i].label_en);
    }
    for (size_t i = 0; i < lx->n_places; i++) {
        free(lx->places[i].id);
        free(lx->places[i].label);
        free(lx->places[i].label_en);
        free(lx->places[i].parent);
    }
    for (size_t i = 0; i < lx->n_offices; i++) {
        free(lx->offices[i].id);
        free(lx->offices[i].label_en);
    }
    for (size_t i = 0; i < lx->n_nisba_patterns; i++) free(lx->nisba_patterns[i]);
    free(lx->nisba_patterns);
    free(lx->phrase_v);
    free(lx->actors);
    free(lx->places);
    free(lx->offices);
    free(lx->roles);
    free(lx->titles);
    free(lx->triggers);
    free(lx->countries);
    free(lx);
}

const rw_lex_phrase *rw_lexicon_lookup(const rw_lexicon *lx, const char *key, size_t len)
{
    void *v;
    return rw_strmap_get(lx->phrases, key, len, &v) ? &lx->phrase_v[(intptr_t)v - 1] : NULL;
}

int rw_lexicon_max_words(const rw_lexicon *lx, const char *word, size_t len)
{
    void *v;
    return rw_strmap_get(lx->words, word, len, &v) ? (int)(intptr_t)v - 1 : 0;
}

int rw_lexicon_known(const char *fold, size_t len, void *ud)
{
    const rw_lexicon *lx = ud;
    void *v;
    return rw_strmap_get(lx->words, fold, len, &v) ? (int)(intptr_t)v : 0;
}

int rw_lexicon_forename(const rw_lexicon *lx, const char *word, size_t len)
{
    void *v;
    if (len && rw_strmap_get(lx->forenames, word, len, &v))
        return ((intptr_t)v & FORENAME_HEAD) ? 2 : (int)(intptr_t)v;
    /* "عبدالملك"، "عبدالجليل": a theophoric head glued to the article (words.tsv `theophoric`:
     * عبدال) and a word of two letters at least is a given name, listed or not (one word:
     * "عبدالله اليحيا" is no compound). */
    static const char al[] = "\xd8\xa7\xd9\x84"; /* ال */
    if (memchr(word, ' ', len)) return 0;
    for (size_t k = 4; k <= 16 && k + 4 <= len; k += 2)
        if (memcmp(word + k - 4, al, 4) == 0 &&
            (rw_lexicon_word_class(lx, word, k) & RW_W_THEOPHORIC))
            return 1;
    return 0;
}

rw_wclass rw_lexicon_word_class(const rw_lexicon *lx, const char *word, size_t len)
{
    const rw_lex_phrase *p = rw_lexicon_lookup(lx, word, len);
    return p ? p->cls : 0;
}

/* Whether `date` falls in [from, to]; an unknown date means "now": only open roles. */
static int role_covers(const rw_lex_role *r, rw_date date)
{
    if (!rw_date_is_set(date)) return !rw_date_is_set(r->to);
    if (rw_date_is_set(r->from) && rw_date_compare(date, r->from) < 0) return 0;
    if (rw_date_is_set(r->to) && rw_date_compare(date, r->to) > 0) return 0;
    return 1;
}

int rw_lexicon_role_holder(const rw_lexicon *lx, int office, const char *country, rw_date date)
{
    for (size_t i = 0; i < lx->n_roles; i++) {
        const rw_lex_role *r = &lx->roles[i];
        if (r->office == office && strcmp(r->country, country) == 0 && role_covers(r, date))
            return r->actor;
    }
    return -1;
}

int rw_lexicon_office_of_un(const rw_lexicon *lx, int office)
{
    if (lx->offices[office].many) return 0;
    int any = 0;
    for (size_t i = 0; i < lx->n_roles; i++)
        if (lx->roles[i].office == office) {
            if (strcmp(lx->roles[i].country, "UN") != 0) return 0;
            any = 1;
        }
    return any;
}

int rw_lexicon_actor_held(const rw_lexicon *lx, int actor, int office, const char *country,
                          const rw_date *date)
{
    for (size_t i = 0; i < lx->n_roles; i++) {
        const rw_lex_role *r = &lx->roles[i];
        if (r->actor == actor && r->office == office && (!*country || strcmp(r->country, country) == 0) &&
            (!date || role_covers(r, *date)))
            return 1;
    }
    return 0;
}

int rw_lexicon_actor_office(const rw_lexicon *lx, int actor, rw_date date, const char **country)
{
    for (size_t i = 0; i < lx->n_roles; i++) {
        const rw_lex_role *r = &lx->roles[i];
        if (r->actor == actor && role_covers(r, date)) {
            if (country) *country = r->country;
            return r->office;
        }
    }
    return -1;
}

int rw_lexicon_actor_by_id(const rw_lexicon *lx, const char *id)
{
    return get_id(lx->actor_ids, id);
}

int rw_lexicon_country_place(const rw_lexicon *lx, const char *code)
{
    for (size_t p = 0; p < lx->n_places; p++)
        if (lx->places[p].kind == RW_PLACE_COUNTRY && strcmp(lx->places[p].country, code) == 0)
            return (int)p;
    return -1;
}

int rw_lexicon_is_country(const rw_lexicon *lx, const char *code)
{
    return rw_lexicon_country_place(lx, code) >= 0;
}

int rw_lexicon_place_by_id(const rw_lexicon *lx, const char *id)
{
    return get_id(lx->place_ids, id);
}

const char *rw_lexicon_place_parent(const rw_lexicon *lx, const char *id)
{
    int i = rw_lexicon_place_by_id(lx, id);
    const char *parent = i >= 0 ? lx->places[i].parent : NULL;
    return parent && *parent && strcmp(parent, "-") != 0 ? parent : NULL;
}

int rw_lexicon_office_by_id(const rw_lexicon *lx, const char *id)
{
    return get_id(lx->office_ids, id);
}
