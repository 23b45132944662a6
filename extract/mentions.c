/*
 * mentions.c - units and mentions of one sentence; the article's entities and names.
 *
 * See mentions.h for what is recognised. The rules here are general Arabic news grammar:
 *   - a title phrase is [counterpart] office|title-head|honorific|rank (complements: definite
 *     nouns, a nationality adjective, a country, a preposition + place or definite noun, other
 *     offices in construct: "مستشار رئيس الاتحاد الروسي") followed by 0..n names;
 *   - a name starts with an unknown indefinite word or a particle (أبو، عبد) and runs over unknown
 *     words and particles, 1-5 words; it stops at any known word (a trigger, a preposition, a
 *     title, a nationality, a place), punctuation, a number, or a word that carries the
 *     conjunction و (the next coordinated name);
 *   - a dual or plural title ("وزيري الخارجية والدفاع") collects its coordinated complements as
 *     further offices (head + complement looked up again) and pairs them with names in order.
 * Names and surnames seen are remembered for the rest of the article.
 */
#include "extract/mentions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"

#define MAX_NAME_WORDS 5

/* ---- small helpers ---- */

static const char *tfold(const rw_xstate *st, uint32_t i)
{
    return rw_token_fold(st->tk, i);
}

static size_t tfold_len(const rw_xstate *st, uint32_t i)
{
    return st->tk->v[i].fold_len;
}

static const rw_analysis *ana(const rw_xstate *st, uint32_t tok, int k)
{
    return &st->an[tok][k];
}

/* The word classes of the proclitic letters s[0..prefix_len) of a folded token, looked up. */
static uint8_t lookup_prefix_flags(const rw_lexicon *lx, const char *s, size_t prefix_len)
{
    uint8_t f = 0;
    for (size_t i = 0; i < prefix_len;) {
        size_t n = ((unsigned char)s[i] & 0xE0) == 0xC0 ? 2 : 1;
        if (i + n > prefix_len) break;
        rw_wclass c = rw_lexicon_word_class(lx, s + i, n);
        if (c & RW_W_CONJ) f |= RW_P_CONJ;
        if (c & RW_W_SIDE) f |= RW_P_SIDE;
        if (c & RW_W_PURPOSE) f |= RW_P_PURPOSE;
        if (c & RW_W_FUTURE) f |= RW_P_FUTURE;
        i += n;
    }
    return f;
}

/* The word classes of the proclitic letters of analysis k of word token `tok`. */
static uint8_t prefix_flags(const rw_xstate *st, uint32_t tok, int k)
{
    return st->tf[tok].pflags[k];
}

/* The one-word phrase of a lexicon answer kept in rw_tokfacts, or NULL. */
static const rw_lex_phrase *phrase_at(const rw_xstate *st, uint32_t phrase)
{
    return phrase ? &st->lx->phrase_v[phrase - 1] : NULL;
}

/* rw_lexicon_forename() of token i as written: remembered for a word, looked up otherwise. */
static int tok_forename(const rw_xstate *st, uint32_t i)
{
    if (st->tk->v[i].kind == RW_TOK_WORD) return st->tf[i].forename;
    return rw_lexicon_forename(st->lx, tfold(st, i), tfold_len(st, i));
}

int rw_mentions_side_proclitic(const rw_xstate *st, uint32_t u)
{
    const rw_unit *v = &st->units[u];
    if (v->pflags & RW_P_SIDE) return 1;
    if (v->kind != RW_U_OTHER || v->ntok != 1 || v->definite) return 0;
    /* A verbal noun of five letters at least ("بإستقالة"، "باغتيال"): shorter words that begin
     * with ب are rarely ب + noun ("بينهم"). */
    for (int k = 0; k < st->n_an[v->tok]; k++)
        if (prefix_flags(st, v->tok, k) == RW_P_SIDE &&
            ana(st, v->tok, k)->stem_len >= 10) /* Arabic letters are two bytes */
            return 1;
    return 0;
}

/* An analysis of token `tok` that removes a leading conjunction, or -1. */
static int conj_analysis(const rw_xstate *st, uint32_t tok)
{
    /* Only the bare conjunction: وساديو is و+ساديو, not وس+اديو. */
    int best = -1;
    for (int k = 0; k < st->n_an[tok]; k++) {
        const rw_analysis *a = ana(st, tok, k);
        if (a->prefix_len && a->suffix_len == 0 && prefix_flags(st, tok, k) == RW_P_CONJ &&
            (best < 0 || a->prefix_len < ana(st, tok, best)->prefix_len))
            best = k;
    }
    return best;
}

static int kind_rank(int type)
{
    switch (type) {
    case RW_LEX_ACTOR: return 7;
    case RW_LEX_PLACE: return 6;
    case RW_LEX_OFFICE: return 5;
    case RW_LEX_TITLE: return 4;
    case RW_LEX_TRIGGER: return 3;
    case RW_LEX_NISBA: return 2;
    case RW_LEX_WORD: return 1;
    default: return 0;
    }
}

static uint8_t unit_kind_of(int type)
{
    switch (type) {
    case RW_LEX_ACTOR: return RW_U_ACTOR;
    case RW_LEX_PLACE: return RW_U_PLACE;
    case RW_LEX_OFFICE: return RW_U_OFFICE;
    case RW_LEX_TITLE: return RW_U_TITLE;
    case RW_LEX_TRIGGER: return RW_U_TRIGGER;
    case RW_LEX_NISBA: return RW_U_NISBA;
    default: return RW_U_WORD;
    }
}

/* ---- units ---- */

/* 1 + the index of the one-word phrase fold[0..len) in the lexicon, 0 when none. */
static uint32_t lookup_phrase(const rw_lexicon *lx, const char *fold, size_t len)
{
    const rw_lex_phrase *p = rw_lexicon_lookup(lx, fold, len);
    return p ? (uint32_t)(p - lx->phrase_v) + 1 : 0;
}

/* The lexicon's answers about word token i and its n analyses an (see rw_tokfacts). */
static void lookup_facts(const rw_xstate *st, uint32_t i, const rw_analysis *an, size_t n,
                         rw_tokfacts *f)
{
    const char *fold = tfold(st, i);
    size_t len = tfold_len(st, i);
    memset(f, 0, sizeof *f);
    f->phrase = lookup_phrase(st->lx, fold, len);
    f->forename = (uint8_t)rw_lexicon_forename(st->lx, fold, len);
    /* A phrase key splits its words at spaces: a token holding one is not looked up alone. */
    f->in_phrases = memchr(fold, ' ', len) || rw_lexicon_known(fold, len, (void *)st->lx);
    for (size_t k = 0; k < n; k++) {
        f->stem_phrase[k] = lookup_phrase(st->lx, an[k].stem, an[k].stem_len);
        f->stem_forename[k] = (uint8_t)rw_lexicon_forename(st->lx, an[k].stem, an[k].stem_len);
        f->pflags[k] = lookup_prefix_flags(st->lx, fold, an[k].prefix_len);
    }
    rw_dates_heads(st->dates, fold, strlen(fold), &f->dates);
}

static int analyse_tokens(rw_xstate *st)
{
    size_t n = st->tk->n;
    if (rw_array_reserve((void **)&st->an, &st->cap_an, n + 1, sizeof *st->an) ||
        rw_array_reserve((void **)&st->tf, &st->cap_tf, n + 1, sizeof *st->tf) ||
        rw_array_reserve((void **)&st->dh, &st->cap_dh, n + 1, sizeof *st->dh) ||
        rw_array_reserve((void **)&st->th, &st->cap_th, n + 1, sizeof *st->th))
        return -1;
    /* Without a cache (no memory for one) every token is analysed: slower, the same result. */
    if (!st->anacache) st->anacache = rw_anacache_new(RW_ANACACHE_WORDS, sizeof(rw_tokfacts));
    size_t cap = st->cap_an;
    uint8_t *na = realloc(st->n_an, cap);
    if (!na) return -1;
    st->n_an = na;
    /* Most tokens are found in the cache, and each costs two reads from memory (its slot, then
     * its record): started for the whole sentence first, they overlap. */
    if (st->anacache) {
        /* (each token hashed once for its two prefetches and its get) */
        for (size_t i = 0; i < n; i++)
            if (st->tk->v[i].kind == RW_TOK_WORD) {
                st->th[i] = rw_anacache_hash(tfold(st, (uint32_t)i), st->tk->v[i].fold_len);
                rw_anacache_prefetch_slot_h(st->anacache, st->th[i]);
            }
        for (size_t i = 0; i < n; i++)
            if (st->tk->v[i].kind == RW_TOK_WORD)
                rw_anacache_prefetch_record_h(st->anacache, st->th[i]);
    }
    for (size_t i = 0; i < n; i++) {
        const rw_token *t = &st->tk->v[i];
        st->n_an[i] = 0;
        if (t->kind != RW_TOK_WORD) {
            const char *f = tfold(st, (uint32_t)i);
            rw_dates_heads(st->dates, f, strlen(f), &st->dh[i]);
            continue;
        }
        int cached = st->anacache ? rw_anacache_get_h(st->anacache, tfold(st, (uint32_t)i),
                                                      t->fold_len, st->th[i], st->an[i],
                                                      RW_MAX_ANALYSES, &st->tf[i])
                                  : -1;
        if (cached >= 0) {
            st->n_an[i] = (uint8_t)cached;
            st->dh[i] = st->tf[i].dates;
            continue;
        }
        size_t k = rw_morph_analyze(st->morph, tfold(st, (uint32_t)i), t->fold_len,
                                    rw_lexicon_known, (void *)st->lx, st->an[i], RW_MAX_ANALYSES);
        if (k == 0) {
            /* No analysis (a word longer than any stem): the whole form, cut to fit, so every
             * word token has one analysis to read. */
            rw_analysis *a = &st->an[i][0];
            memset(a, 0, sizeof *a);
            size_t n = t->fold_len <= RW_MORPH_MAX_STEM ? t->fold_len : RW_MORPH_MAX_STEM;
            memcpy(a->stem, tfold(st, (uint32_t)i), n);
            a->stem[n] = '\0';
            a->stem_len = (uint8_t)n;
            a->known = (uint8_t)rw_lexicon_known(a->stem, n, (void *)st->lx);
            k = 1;
        }
        st->n_an[i] = (uint8_t)k;
        lookup_facts(st, (uint32_t)i, st->an[i], k, &st->tf[i]);
        st->dh[i] = st->tf[i].dates;
        /* Not remembered (a token too long, no memory): it is analysed again next time. */
        if (st->anacache) (void)rw_anacache_put(st->anacache, tfold(st, (uint32_t)i), t->fold_len,
                                                st->an[i], k, &st->tf[i]);
    }
    st->dh_valid = 1;
    return 0;
}

/* Builds "stem w1 w2 ..." for a phrase of nw words starting at token i in st->key. */
static int build_key(rw_xstate *st, uint32_t i, const rw_analysis *a, int nw)
{
    rw_buf_reset(&st->key);
    if (rw_buf_append(&st->key, a->stem, a->stem_len)) return -1;
    for (int w = 1; w < nw; w++) {
        if (rw_buf_putc(&st->key, ' ') ||
            rw_buf_append(&st->key, tfold(st, i + (uint32_t)w), tfold_len(st, i + (uint32_t)w)))
            return -1;
    }
    return 0;
}

/* Whether a phrase may be matched through analysis `a` of its first word: an ending is only
 * taken off where the grammar puts one (a nationality adjective inflects freely; a title takes a
 * dual or plural, in construct only its one-letter ending; a trigger or a counterpart noun takes
 * a pronoun). Otherwise مديرية would be read as مدير + ية. */
static int ending_fits(const rw_lex_phrase *p, const rw_analysis *a, int nw)
{
    if (!a->suffix_len) return 1;
    int type = 0, rank = 0;
    rw_wclass cls = p->cls;
    for (int h = 0; h < p->nhits; h++) {
        if (kind_rank(p->hits[h].type) > rank) {
            rank = kind_rank(p->hits[h].type);
            type = p->hits[h].type;
        }
    }
    int number = a->suffix_class == RW_SUF_DUAL || a->suffix_class == RW_SUF_PLURAL;
    switch (type) {
    case RW_LEX_NISBA: return 1;
    case RW_LEX_TRIGGER: return a->suffix_class == RW_SUF_PRONOUN;
    case RW_LEX_OFFICE:
    case RW_LEX_TITLE:
        /* A construct dual (وزيرا، وزيري الخارجية) never carries the article: الحاجي is a
         * name, not "the two pilgrims of". */
        if (a->suffix_class == RW_SUF_DUAL && a->suffix_len <= 2 && a->has_article) return 0;
        return number && (nw == 1 || a->suffix_len <= 2);
    case RW_LEX_WORD:
        if (cls & (RW_W_COUNTERPART | RW_W_GROUP)) return number || a->suffix_class == RW_SUF_PRONOUN;
        return 0;
    default: return 0;
    }
}

/* Whether the word carries the article as written: ال with a bare alef after the proclitics
 * (or لل). Folding turns ألينا and إلياس into "ال...", but those are names, not definite nouns. */
static int written_article(const rw_xstate *st, uint32_t tok, const rw_analysis *a)
{
    if (!a->has_article && rw_morph_article_len(a->stem, a->stem_len) == 0) return 0;
    const rw_token *t = &st->tk->v[tok];
    const unsigned char *s = (const unsigned char *)st->text + t->start;
    size_t n = t->end - t->start, off = 0;
    /* Skip the proclitic letters (two bytes each in Arabic script). */
    for (size_t i = 0; i < a->prefix_len && off + 2 <= n; i += 2) off += 2;
    if (off + 4 <= n && s[off] == 0xD8 && s[off + 1] == 0xA7 && s[off + 2] == 0xD9 && s[off + 3] == 0x84)
        return 1;
    /* لل: the preposition swallowed the alef of the article. */
    return a->prefix_len && off >= 2 && s[off - 2] == 0xD9 && s[off - 1] == 0x84 && s[off] == 0xD9 &&
           s[off + 1] == 0x84;
}

/* Whether token `tok` is written و or ف, then the article, then three letters or more:
 * "والتعاون" is and + التعاون; والي and والد are not. */
static int conj_article_written(const rw_xstate *st, uint32_t tok)
{
    const rw_token *t = &st->tk->v[tok];
    const unsigned char *s = (const unsigned char *)st->text + t->start;
    size_t n = t->end - t->start;
    if (n < 12 || s[0] != 0xD9 || (s[1] != 0x88 && s[1] != 0x81)) return 0; /* و ف */
    return s[2] == 0xD8 && s[3] == 0xA7 && s[4] == 0xD9 && s[5] == 0x84;   /* ال */
}

/* The one-word lexicon phrase of word token i as written, or NULL (none, or no word token: only
 * word tokens keep a lexicon answer). */
static const rw_lex_phrase *tok_phrase(const rw_xstate *st, uint32_t i)
{
    return i < st->tk->n && st->tk->v[i].kind == RW_TOK_WORD ? phrase_at(st, st->tf[i].phrase) : NULL;
}

/* The word classes (data/words.tsv) of token i as written; 0 past the end. */
static rw_wclass tok_class(const rw_xstate *st, uint32_t i)
{
    if (i >= st->tk->n) return 0;
    if (st->tk->v[i].kind == RW_TOK_WORD) {
        const rw_lex_phrase *p = tok_phrase(st, i);
        return p ? p->cls : 0;
    }
    return rw_lexicon_word_class(st->lx, tfold(st, i), tfold_len(st, i));
}

/* Whether word classes c are those of a name particle that heads a two-word name (عبد الرحمن،
 * أبو بكر), not a link or a family. */
static int heads_two_word_name(rw_wclass c)
{
    return (c & RW_W_PARTICLE) && !(c & (RW_W_PATRONYM | RW_W_FAMILY));
}

/* Whether token i is such a particle. */
static int compound_head(const rw_xstate *st, uint32_t i)
{
    return heads_two_word_name(tok_class(st, i));
}

/* A Gulf name with a longer patronymic chain than the lexicon's: "محمد بن عبدالرحمن بن جاسم آل
 * ثاني" is the lexicon's "محمد بن عبد الرحمن آل ثاني" - same first name, father and family, more
 * "بن X" links between. Looks the short form up through analysis `a` of token i; returns the
 * lexicon actor phrase and sets *ntok to the tokens the whole chain covers, or NULL. */
static const rw_lex_phrase *chain_lookup(rw_xstate *st, uint32_t i, const rw_analysis *a, int *ntok)
{
    if (!(tok_class(st, i + 1) & RW_W_PATRONYM) || i + 2 >= st->tk->n) return NULL;
    uint32_t f0 = i + 2, f1 = compound_head(st, f0) ? f0 + 2 : f0 + 1; /* the father [f0, f1) */
    uint32_t j = f1;
    int links = 0;
    while ((tok_class(st, j) & RW_W_PATRONYM) && j + 1 < st->tk->n && links < 6) {
        j += compound_head(st, j + 1) ? 3 : 2;
        links++;
    }
    if (!links || !(tok_class(st, j) & RW_W_FAMILY) || j + 1 >= st->tk->n) return NULL;
    for (uint32_t k = i; k <= j + 1; k++)
        if (st->tk->v[k].kind != RW_TOK_WORD) return NULL;
    /* The lexicon's short form: first name, the first link, the father, the family. */
    rw_buf_reset(&st->key);
    rw_buf_append(&st->key, a->stem, a->stem_len);
    for (uint32_t k = i + 1; k < f1; k++) {
        rw_buf_putc(&st->key, ' ');
        rw_buf_append(&st->key, tfold(st, k), tfold_len(st, k));
    }
    for (uint32_t k = j; k <= j + 1; k++) {
        rw_buf_putc(&st->key, ' ');
        rw_buf_append(&st->key, tfold(st, k), tfold_len(st, k));
    }
    const rw_lex_phrase *p = rw_lexicon_lookup(st->lx, st->key.data, st->key.len);
    if (!p) return NULL;
    for (int h = 0; h < p->nhits; h++)
        if (p->hits[h].type == RW_LEX_ACTOR &&
            st->lx->actors[p->hits[h].ref].kind == RW_KIND_PERSON) {
            *ntok = (int)(j + 2 - i);
            return p;
        }
    return NULL;
}

static int has_hit(const rw_lex_phrase *p, int type)
{
    for (int h = 0; h < p->nhits; h++)
        if (p->hits[h].type == type) return 1;
    return 0;
}

/* The longest lexicon phrase of at most `cap` words starting at token i, over every analysis of
 * its first word (a name chain counts as a phrase); *nw its length in tokens (-1 when memory ran
 * out) and *k the analysis used. NULL when none. */
/* Whether analysis a of token i keeps the article and takes off an ending that carries a
 * pronoun (يه of نظيريه): a word cannot have both, so الملكية is no "his two kings". */
static int definite_with_pronoun(const rw_xstate *st, uint32_t i, const rw_analysis *a)
{
    if (!a->has_article || a->suffix_len < 2) return 0;
    const char *w = tfold(st, i);
    size_t n = tfold_len(st, i);
    return n >= 2 && memcmp(w + n - 2, "\xd9\x87", 2) == 0; /* ends in ه */
}

/* Whether analysis a of token i reads a one-word title as a construct (وزيري، وزيرا: "the two
 * ministers of") with no noun after it to be "of": "رضا صالحي اميري." is a name, not "my
 * emir" nor "the two emirs of". */
static int construct_without_noun(const rw_xstate *st, uint32_t i, const rw_analysis *a, int n)
{
    if (n != 1 || a->has_article || a->suffix_len == 0 || a->suffix_len > 2 ||
        (a->suffix_class != RW_SUF_DUAL && a->suffix_class != RW_SUF_PLURAL))
        return 0;
    return i + 1 >= st->tk->n || st->tk->v[i + 1].kind != RW_TOK_WORD;
}

/* Whether phrase p, read through analysis k of token i, is a past-tense verb with a preposition
 * glued to it (بوصل، لزار): a verb never takes one, so the word is a noun of the same letters
 * ("بوصل إيداع", a receipt). */
static int past_verb_with_preposition(const rw_xstate *st, uint32_t i, int k, const rw_lex_phrase *p)
{
    if (!(prefix_flags(st, i, k) & (RW_P_SIDE | RW_P_PURPOSE))) return 0;
    for (int h = 0; h < p->nhits; h++)
        if (p->hits[h].type == RW_LEX_TRIGGER && st->lx->triggers[p->hits[h].ref].tense == RW_VT_PAST)
            return 1;
    return 0;
}

/* Whether analysis k of token i strips exactly the future proclitic (words.tsv "future"). */
static int future_split(const rw_xstate *st, uint32_t i, int k)
{
    const rw_analysis *a = ana(st, i, k);
    return a->prefix_len > 0 &&
           (rw_lexicon_word_class(st->lx, tfold(st, i), a->prefix_len) & RW_W_FUTURE) != 0;
}

/* Whether the phrase p of n words at token i is an organisation's name that ends on a word of
 * time (words.tsv boundary: اليوم) right after a word of direction or a visit's trigger: "يتوجه
 * البشير إلى روسيا اليوم" goes to Russia today - no channel (روسيا اليوم, RT) is meant. */
static int name_ending_on_today(const rw_xstate *st, uint32_t i, const rw_lex_phrase *p, int n)
{
    if (n < 2 || i == 0 || !has_hit(p, RW_LEX_ACTOR) ||
        !(tok_class(st, i + (uint32_t)n - 1) & RW_W_BOUNDARY))
        return 0;
    if (tok_class(st, i - 1) & RW_W_TOWARD) return 1;
    const rw_lex_phrase *q = tok_phrase(st, i - 1);
    if (!q) return 0;
    for (int h = 0; h < q->nhits; h++)
        if (q->hits[h].type == RW_LEX_TRIGGER && st->lx->triggers[q->hits[h].ref].rel == RW_REL_VISITED)
            return 1;
    return 0;
}

static const rw_lex_phrase *longest_at(rw_xstate *st, uint32_t i, int cap, int *nw, int *k_out)
{
    const rw_lex_phrase *best = NULL;
    *nw = 0;
    *k_out = 0;
    /* A phrase's later words are tokens as written, each a word of some phrase: a phrase of
     * more words than the run of such tokens after i is never looked up (most runs are short,
     * and a failed lookup in the phrase table costs a trip to memory). Only word tokens' answers
     * are kept; any other token counts as one. (A name chain is no lexicon phrase: `cap`
     * still bounds it.) */
    int run = 1;
    for (uint32_t j = i + 1; j < st->tk->n && run < cap; j++, run++)
        if (st->tk->v[j].kind == RW_TOK_WORD && !st->tf[j].in_phrases) break;
    for (int k = 0; k < st->n_an[i]; k++) {
        const rw_analysis *a = ana(st, i, k);
        /* The future prefix س comes before a verb in the present, three letters at least (يرى):
         * ساي is a name, not س + أي. (Arabic letters are two bytes.) */
        if (a->stem_len < 6 && future_split(st, i, k)) continue;
        /* The analyser kept rw_lexicon_known()'s answer: 1 + the longest phrase's words. */
        int maxw = a->known ? a->known - 1 : 0;
        if (maxw > (int)(st->tk->n - i)) maxw = (int)(st->tk->n - i);
        if (maxw > run) maxw = run;
        /* A stripped ending only makes sense on the last word of a phrase or a head. */
        for (int n = maxw; n > *nw; n--) {
            const rw_lex_phrase *p;
            if (n == 1) {
                p = phrase_at(st, st->tf[i].stem_phrase[k]);
            } else {
                if (build_key(st, i, a, n)) {
                    *nw = -1;
                    return NULL;
                }
                p = rw_lexicon_lookup(st->lx, st->key.data, st->key.len);
            }
            if (p && p->nwords == n && ending_fits(p, a, n) && !definite_with_pronoun(st, i, a) &&
                !construct_without_noun(st, i, a, n) && !past_verb_with_preposition(st, i, k, p) &&
                !name_ending_on_today(st, i, p, n)) {
                best = p;
                *nw = n;
                *k_out = k;
                break;
            }
        }
        int cn = 0;
        const rw_lex_phrase *cp = a->suffix_len ? NULL : chain_lookup(st, i, a, &cn);
        if (cp && cn > *nw && cn <= cap) {
            best = cp;
            *nw = cn;
            *k_out = k;
        }
    }
    /* One word read either as a trigger behind a proclitic or, whole, as a lexicon word with a
     * pronoun: the whole word is meant ("وزارتها" is وزارة + ها, her ministry - not و + زارت +
     * ها, and she visited nothing); it is no trigger. */
    if (best && *nw == 1 && ana(st, i, *k_out)->prefix_len && has_hit(best, RW_LEX_TRIGGER))
        for (int k = 0; k < st->n_an[i]; k++) {
            const rw_analysis *a = ana(st, i, k);
            if (a->prefix_len || a->suffix_class != RW_SUF_PRONOUN) continue;
            const rw_lex_phrase *p = phrase_at(st, st->tf[i].stem_phrase[k]);
            if (p && p->nwords == 1 && !has_hit(p, RW_LEX_TRIGGER)) {
                *nw = 0;
                *k_out = k;
                return NULL;
            }
        }
    return best;
}

static int name_lookup(const rw_xstate *st, const char *key, size_t len);

static int build_units(rw_xstate *st)
{
    const rw_tokens *tk = st->tk;
    st->n_units = 0;
    if (rw_array_reserve((void **)&st->units, &st->cap_units, tk->n + 1, sizeof *st->units)) return -1;
    for (uint32_t i = 0; i < tk->n;) {
        rw_unit *u = &st->units[st->n_units++];
        memset(u, 0, sizeof *u);
        u->tok = i;
        u->ntok = 1;
        const rw_token *t = &tk->v[i];
        if (t->kind == RW_TOK_PUNCT) {
            u->kind = RW_U_PUNCT;
            u->cls = rw_lexicon_word_class(st->lx, tfold(st, i), tfold_len(st, i));
            i++;
            continue;
        }
        if (t->kind == RW_TOK_NUMBER) {
            u->kind = RW_U_NUMBER;
            i++;
            continue;
        }
        int best_nw = 0, best_k = 0;
        const rw_lex_phrase *best = longest_at(st, i, RW_LEX_MAX_WORDS, &best_nw, &best_k);
        if (!best && best_nw < 0) return -1;
        /* Leftmost-longest would let a lexicon form that starts on an honorific ("الشيخ محمد
         * بن عبد الرحمن") swallow the head of a longer name starting one word later ("محمد بن
         * عبدالرحمن بن جاسم آل ثاني"). The name that ends later wins; the honorific stands alone. */
        if (best && best_nw > 1 && has_hit(best, RW_LEX_ACTOR) && i + 1 < tk->n) {
            int nw2 = 0, k2 = 0;
            const rw_lex_phrase *next = longest_at(st, i + 1, RW_LEX_MAX_WORDS, &nw2, &k2);
            if (!next && nw2 < 0) return -1;
            if (next && has_hit(next, RW_LEX_ACTOR) && 1 + nw2 > best_nw) {
                best_nw = 0;
                best = longest_at(st, i, 1, &best_nw, &best_k);
                if (!best && best_nw < 0) return -1;
            }
        }
        /* After بن or بنت a known person is the father of a longer name, not a second person:
         * "الأمير فهد بن سلطان بن عبد العزيز" is Fahd, son of the lexicon's Sultan bin Abdulaziz.
         * His first word stays one unit of the chain; the longest name wins. */
        if (best && best_nw > 1 && has_hit(best, RW_LEX_ACTOR) && i > 0 &&
            (tok_class(st, i - 1) & RW_W_PATRONYM)) {
            best_nw = 0;
            best = longest_at(st, i, 1, &best_nw, &best_k);
            if (!best && best_nw < 0) return -1;
        }
        /* A given name is not a proclitic glued to a word: فيصل is Faisal, not ف + يصل. */
        if (best && ana(st, i, best_k)->prefix_len && best_nw == 1 &&
            tok_forename(st, i)) {
            best = NULL;
            best_k = 0;
        }
        /* "ومن المقرر أن يلتقي رئيسي غدا" after "إبراهيم رئيسي": a word the article named
         * someone by is his name, not a title with an ending ("رئيسي الوزراء", the two prime
         * ministers). */
        /* (not inside a name: "رضا صالحي أميري") */
        if (best && best_nw == 1 && ana(st, i, best_k)->suffix_len &&
            (has_hit(best, RW_LEX_OFFICE) || has_hit(best, RW_LEX_TITLE)) &&
            !(st->n_units > 1 && st->units[st->n_units - 2].kind == RW_U_OTHER) &&
            name_lookup(st, tfold(st, i), tfold_len(st, i)) >= 0) {
            best = NULL;
            for (int k = 0; k < st->n_an[i]; k++)
                if (!ana(st, i, k)->prefix_len && !ana(st, i, k)->suffix_len) {
                    best_k = k;
                    break;
                }
        }
        /* The future prefix س belongs to verbs, which the triggers know; on a word no lexicon
         * knows it is part of the word: سامي is a name, not س + امي. */
        if (!best && future_split(st, i, best_k)) {
            for (int k = 0; k < st->n_an[i]; k++)
                if (!future_split(st, i, k)) {
                    best_k = k;
                    break;
                }
        }
        u->ana = best_k;
        if (best) {
            int rank = 0;
            u->cls = best->cls;
            for (int h = 0; h < best->nhits; h++) {
                const rw_lex_hit *hit = &best->hits[h];
                if (kind_rank(hit->type) > rank) {
                    rank = kind_rank(hit->type);
                    u->kind = unit_kind_of(hit->type);
                    u->ref = hit->ref;
                }
            }
            u->ntok = (uint32_t)best_nw;
        } else {
            u->kind = RW_U_OTHER;
            u->ref = -1;
        }
        const rw_analysis *a = ana(st, i, u->ana);
        u->prefix_len = a->prefix_len;
        u->suffix = a->suffix_class;
        u->definite = written_article(st, i, a);
        for (int k = 0; k < st->n_an[i] && u->kind == RW_U_OTHER && !u->definite; k++)
            if (ana(st, i, k)->has_article) u->definite = written_article(st, i, ana(st, i, k));
        u->pflags = prefix_flags(st, i, u->ana);
        /* A lexicon phrase that holds "والتعاون" makes the analyser keep that form whole; as
         * written it is still و + التعاون. */
        if (u->kind == RW_U_OTHER && !u->definite && conj_article_written(st, i)) {
            u->definite = 1;
            u->pflags |= RW_P_CONJ;
        }
        /* "الطاهر الباعور": a given name that carries the article is an unknown name word; so
         * is a Chinese family name ("هوانغ") and a regnal number (الثاني), which stays the
         * definite word it is. */
        if (u->kind == RW_U_WORD && u->ntok == 1 &&
            (u->cls == RW_W_GIVEN || u->cls == RW_W_FAMILY_FIRST || u->cls == RW_W_ORDINAL)) {
            u->kind = RW_U_OTHER;
            u->ref = -1;
            if (u->cls != RW_W_ORDINAL) u->definite = 0;
        }
        if (u->kind == RW_U_OTHER && conj_analysis(st, i) >= 0) u->pflags |= RW_P_CONJ;
        i += u->ntok;
    }
    return 0;
}

/* ---- entities ---- */

static int entity_by_key(rw_xstate *st, const char *key)
{
    void *v;
    return rw_strmap_get(st->keys, key, strlen(key), &v) ? (int)(intptr_t)v - 1 : -1;
}

static int new_keyed_entity(rw_xstate *st, const char *key, rw_kind kind, const char *label,
                            const char *label_en, const char *country)
{
    int e = entity_by_key(st, key);
    if (e >= 0) return e;
    e = rw_extraction_add_entity(st->x, key, kind, label, label_en,
                                 country && *country ? country : NULL);
    if (e < 0) return -1;
    if (rw_strmap_put(st->keys, key, strlen(key), (void *)(intptr_t)(e + 1))) return -1;
    return e;
}

int rw_mentions_actor_entity(rw_xstate *st, int actor)
{
    const rw_lex_actor *a = &st->lx->actors[actor];
    return new_keyed_entity(st, a->id, a->kind, a->label, a->label_en, a->country);
}

int rw_mentions_place_entity(rw_xstate *st, int place)
{
    const rw_lex_place *p = &st->lx->places[place];
    rw_buf_reset(&st->tmp);
    rw_buf_printf(&st->tmp, "place:%s", p->id);
    char *key = rw_buf_detach(&st->tmp);
    if (!key) return -1;
    int e = new_keyed_entity(st, key, RW_KIND_PLACE, p->label, p->label_en, p->country);
    free(key);
    return e;
}

/* The article's key of a folded name: a particle that heads a two-word name, written apart
 * from a word with the article, is joined to it - "عبد العزيز" and "عبدالعزيز" are one spelling
 * (words.tsv `particle`, neither `patronym` nor `family`). Writes at most cap bytes to out and
 * returns the key's length; 0 when the key is longer than cap (it is then used as it is). */
static size_t article_key(const rw_xstate *st, const char *key, size_t len, char *out, size_t cap)
{
    if (len > cap) return 0;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        const char *sp = memchr(key + i, ' ', len - i);
        size_t wl = sp ? (size_t)(sp - (key + i)) : len - i;
        memcpy(out + n, key + i, wl);
        n += wl;
        i += wl;
        if (i >= len) break;
        i++; /* the space */
        const char *next = key + i, *sp2 = memchr(next, ' ', len - i);
        size_t nl = sp2 ? (size_t)(sp2 - next) : len - i;
        int join = wl >= 6 && heads_two_word_name(rw_lexicon_word_class(st->lx, key + i - 1 - wl, wl)) &&
                   rw_morph_article_len(next, nl) > 0;
        if (!join) out[n++] = ' ';
    }
    return n;
}

/* The class of a name head for st->head_classes: its length, its second byte (the first
 * letter's, in Arabic) and its last byte, mixed into 0..255. */
static inline unsigned head_class(const char *s, size_t n)
{
    if (n < 2) return (unsigned)n;
    return ((unsigned)n * 7u + (unsigned char)s[1] * 13u + (unsigned char)s[n - 1]) & 255u;
}

/* Adds a first word to name_heads and its class to head_classes. */
static int put_head(rw_xstate *st, const char *s, size_t n)
{
    unsigned c = head_class(s, n);
    st->head_classes[c >> 6] |= (uint64_t)1 << (c & 63);
    return rw_strmap_put(st->name_heads, s, n, NULL);
}

/* Whether s[0, n) is in name_heads. */
static int is_head(rw_xstate *st, const char *s, size_t n)
{
    unsigned c = head_class(s, n);
    if (!(st->head_classes[c >> 6] >> (c & 63) & 1)) return 0;
    return rw_strmap_get(st->name_heads, s, n, NULL);
}

/* Remembers a name (its folded key) for the entity, keeping the first owner of a key. */
static int remember(rw_xstate *st, const char *key, size_t len, int entity)
{
    void *v;
    char buf[512];
    /* (the first word as written heads the name too: the key joins a particle to the word
     * after it, "عبدالمهدي", but known_name asks with the stem "عبد") */
    const char *sp0 = memchr(key, ' ', len);
    size_t head0 = sp0 ? (size_t)(sp0 - key) : len;
    if (len >= 4 && put_head(st, key, head0)) return -1;
    size_t n = article_key(st, key, len, buf, sizeof buf);
    if (n) {
        key = buf;
        len = n;
    }
    if (len < 4) return 0;
    /* A name first seen alone ("الرئيس عباس يلتقي ..." in a headline) gives way to the full
     * name that ends with it ("الرئيس محمود عباس"): the one-word person was a guess. */
    if (rw_strmap_get(st->names, key, len, &v)) {
        int old = (int)(intptr_t)v - 1;
        const rw_xentity *o = old >= 0 ? &st->x->entities[old] : NULL;
        const rw_xentity *e = &st->x->entities[entity];
        if (!o || old == entity || o->key || !o->label || strchr(o->label, ' ') ||
            !(e->key || (e->label && strchr(e->label, ' '))))
            return 0;
        /* (what the guess held - "الرئيس" - is the full name's from now on) */
        for (size_t i = 0; i < st->n_held; i++)
            if (st->held[i].entity == old) st->held[i].entity = entity;
    }
    const char *sp = memchr(key, ' ', len);
    if (put_head(st, key, sp ? (size_t)(sp - key) : len)) return -1;
    return rw_strmap_put(st->names, key, len, (void *)(intptr_t)(entity + 1));
}

/* The length of "first بن father" when folded key is a Gulf lineage, a chain of two or more
 * links ("فيصل بن بندر بن عبد العزيز") or of a link and a family ("محمد بن سلمان آل سعود"),
 * else 0. Such a name's last word is a grandfather's or the dynasty's, shared by hundreds of
 * princes: its short form is the first name and the father's. */
static size_t lineage_short_form(const rw_xstate *st, const char *key, size_t len)
{
    int links = 0, family = 0, words = 0;
    size_t short_len = 0;
    rw_wclass prev = 0;
    for (const char *w = key, *end = key + len; w < end;) {
        const char *sp = memchr(w, ' ', (size_t)(end - w));
        size_t wl = sp ? (size_t)(sp - w) : (size_t)(end - w);
        rw_wclass c = rw_lexicon_word_class(st->lx, w, wl);
        words++;
        if (words > 1 && (c & RW_W_PATRONYM)) links++;
        if (links && (c & RW_W_FAMILY)) family = 1;
        /* The father's name may be two words: "بن عبد الرحمن". */
        if (words == 3 || (words == 4 && short_len && (size_t)(w - 1 - key) == short_len &&
                           heads_two_word_name(prev)))
            short_len = (size_t)(w + wl - key);
        prev = c;
        w += wl + 1;
    }
    return (links >= 2 || (links && family)) && short_len < len ? short_len : 0;
}

/* Appended to a "first last" key that came from a name with a link (see other_father). */
static const char link_marker[] = " \xd8\xa8\xd9\x86"; /* " بن" */

/* The length of "first بن father" when folded key has that link and more words after it
 * ("سعود بن صقر القاسمي"), else 0. */
static size_t first_link_father(const rw_xstate *st, const char *key, size_t len)
{
    const char *sp1 = memchr(key, ' ', len);
    if (!sp1) return 0;
    const char *w2 = sp1 + 1, *end = key + len, *sp2 = memchr(w2, ' ', (size_t)(end - w2));
    if (!sp2 || !(rw_lexicon_word_class(st->lx, w2, (size_t)(sp2 - w2)) & RW_W_PATRONYM)) return 0;
    const char *sp3 = memchr(sp2 + 1, ' ', (size_t)(end - sp2 - 1));
    return sp3 ? (size_t)(sp3 - key) : 0;
}

/* The "first last" key fl of a name with a link names another person than entity e when e's
 * own "first last" came with a link and another father: "سعود بن صقر القاسمي" and "سعود بن فهد
 * القاسمي" are two men. Marker keys "first last بن" record which "first last" came so. */
static int other_father(rw_xstate *st, const char *key, size_t len, const char *fl, size_t fl_len,
                        int e)
{
    size_t father = first_link_father(st, key, len);
    if (!father || name_lookup(st, key, father) == e) return 0;
    char buf[520];
    size_t m = sizeof link_marker - 1;
    if (fl_len + m > sizeof buf) return 0;
    memcpy(buf, fl, fl_len);
    memcpy(buf + fl_len, link_marker, m);
    return name_lookup(st, buf, fl_len + m) == e;
}

static const char the_article[] = "\xd8\xa7\xd9\x84"; /* ال, four bytes */

/* Remembers "first الfather" for the folded name key of three words or more whose second word
 * has no article and none is a particle (sp1: the first space). Returns -1 when memory ran out. */
static int gulf_short_form(rw_xstate *st, const char *key, size_t len, const char *sp1,
                           int entity)
{
    const char *w2 = sp1 + 1, *sp2 = memchr(w2, ' ', (size_t)(key + len - w2));
    if (!sp2 || sp2 - w2 < 4 || rw_morph_article_len(w2, (size_t)(sp2 - w2)) > 0) return 0;
    for (const char *w = key; w < key + len;) {
        const char *sp = memchr(w, ' ', (size_t)(key + len - w));
        size_t wl = sp ? (size_t)(sp - w) : (size_t)(key + len - w);
        if (rw_lexicon_word_class(st->lx, w, wl) & (RW_W_PARTICLE | RW_W_BOUNDARY)) return 0;
        w += wl + 1;
    }
    char buf[256];
    size_t n1 = (size_t)(sp1 - key), n2 = (size_t)(sp2 - w2);
    if (n1 + 1 + 4 + n2 > sizeof buf) return 0;
    memcpy(buf, key, n1);
    buf[n1] = ' ';
    memcpy(buf + n1 + 1, the_article, 4);
    memcpy(buf + n1 + 5, w2, n2);
    return remember(st, buf, n1 + 5 + n2, entity);
}

/* The key under which a given name alone is remembered: a byte no folded text has, then the
 * name's first word as article_key() joins it ("عبدالله" of "عبد الله الثاني"). Its length,
 * or 0 when the name has one word only (or `one_word`: when it has more). */
static size_t given_key(const rw_xstate *st, const char *key, size_t len, int one_word, char *out,
                        size_t cap)
{
    char buf[512];
    size_t n = article_key(st, key, len, buf, sizeof buf);
    if (!n) {
        if (len > sizeof buf) return 0;
        memcpy(buf, key, len);
        n = len;
    }
    /* (a lexicon actor's name may open on his title: "الملك عبد الله الثاني") */
    size_t skip = 0;
    for (const char *sp0; !one_word && (sp0 = memchr(buf + skip, ' ', n - skip));) {
        size_t wl = (size_t)(sp0 - (buf + skip));
        char with_article[64];
        const rw_lex_phrase *p = rw_lexicon_lookup(st->lx, buf + skip, wl);
        if (!p && wl + 4 <= sizeof with_article) { /* (the stem lost its article) */
            memcpy(with_article, the_article, 4);
            memcpy(with_article + 4, buf + skip, wl);
            p = rw_lexicon_lookup(st->lx, with_article, wl + 4);
        }
        if (!p || !(has_hit(p, RW_LEX_TITLE) || has_hit(p, RW_LEX_OFFICE))) break;
        skip += wl + 1;
    }
    const char *sp = memchr(buf + skip, ' ', n - skip);
    if (one_word ? sp != NULL : sp == NULL) return 0;
    size_t first = sp ? (size_t)(sp - (buf + skip)) : n - skip;
    if (first < 4 || first + 1 > cap ||
        (rw_lexicon_word_class(st->lx, buf + skip, first) & RW_W_PARTICLE))
        return 0;
    out[0] = '\x01';
    memcpy(out + 1, buf + skip, first);
    return first + 1;
}

/* "الملك عبدالله"، "الأمير فيصل" after "الملك عبد الله الثاني"، "الأمير فيصل بن فرحان": a
 * given name alone names the one person of the article whose full name starts with it - no
 * one when two such persons were named. */
static int remember_given(rw_xstate *st, const char *key, size_t len, int entity)
{
    char gk[512];
    size_t n = given_key(st, key, len, 0, gk, sizeof gk);
    void *v;
    if (!n) return 0;
    if (rw_strmap_get(st->names, gk, n, &v))
        return (int)(intptr_t)v - 1 == entity ? 0 : rw_strmap_put(st->names, gk, n, NULL);
    return rw_strmap_put(st->names, gk, n, (void *)(intptr_t)(entity + 1));
}

/* The one person remember_given() knows by the one-word name key, or -1. */
static int given_lookup(const rw_xstate *st, const char *key, size_t len)
{
    char gk[512];
    size_t n = given_key(st, key, len, 1, gk, sizeof gk);
    void *v;
    return n && rw_strmap_get(st->names, gk, n, &v) ? (int)(intptr_t)v - 1 : -1;
}

/* Registers a person's full folded name, its "first last", its surname and its given name. */
static int remember_person(rw_xstate *st, const char *key, size_t len, int entity)
{
    if (remember(st, key, len, entity) || remember_given(st, key, len, entity)) return -1;
    const char *sp1 = memchr(key, ' ', len);
    if (!sp1) return 0;
    size_t lineage = lineage_short_form(st, key, len);
    if (lineage) return remember(st, key, lineage, entity);
    /* "شي جين بينغ": a family name written first is his surname too. */
    if ((rw_lexicon_word_class(st->lx, key, (size_t)(sp1 - key)) & RW_W_FAMILY_FIRST) &&
        remember(st, key, (size_t)(sp1 - key), entity))
        return -1;
    size_t father = first_link_father(st, key, len);
    if (father && remember(st, key, father, entity)) return -1;
    /* "فهد يوسف سعود الصباح" is "فهد اليوسف" too: Gulf papers name a man by his given name and
     * his father's with the article - three words at least, none a particle, the second bare. */
    if (!father && gulf_short_form(st, key, len, sp1, entity) < 0) return -1;
    const char *last = key + len;
    while (last > key && last[-1] != ' ') last--;
    size_t last_len = (size_t)(key + len - last);
    /* The surname: the last word, or particle + last word (أبو قصرة). */
    const char *pen = last - 1;
    while (pen > key && pen[-1] != ' ') pen--;
    if (pen < last - 1 &&
        (rw_lexicon_word_class(st->lx, pen, (size_t)(last - 1 - pen)) & RW_W_PARTICLE)) {
        if (remember(st, pen, (size_t)(key + len - pen), entity)) return -1;
        /* ("الأمير فيصل بن فرحان" is "ابن فرحان" too: the son of, written whole) */
        static const char bin[] = "\xd8\xa8\xd9\x86", ibn[] = "\xd8\xa7\xd8\xa8\xd9\x86 ";
        if ((size_t)(last - 1 - pen) == sizeof bin - 1 && memcmp(pen, bin, sizeof bin - 1) == 0 &&
            pen > key) {
            rw_buf_reset(&st->tmp);
            rw_buf_append(&st->tmp, ibn, sizeof ibn - 1);
            rw_buf_append(&st->tmp, last, last_len);
            if (remember(st, st->tmp.data, st->tmp.len, entity)) return -1;
        }
        if (pen == key) return 0;
    } else if (pen < last - 1 && rw_lexicon_forename(st->lx, pen, (size_t)(key + len - pen)) &&
               !rw_lexicon_forename(st->lx, last, last_len)) {
        /* "حسن نصر الله"، "محمد نور الدين": a compound name (forenames.tsv) whose last word is
         * no given name alone ends the name whole - that word alone is no surname (الله would
         * name him in "لحزب الله"); "محمد الناصر" is still "الناصر". */
        if (pen == key) return 0;
        if (remember(st, pen, (size_t)(key + len - pen), entity)) return -1;
    } else if (last_len >= 6 && !(rw_lexicon_word_class(st->lx, last, last_len) & RW_W_ORDINAL)) {
        if (remember(st, last, last_len, entity)) return -1;
        /* "الرئيس غزواني" after "محمد ولد الشيخ الغزواني": a family nisba of five letters or more
         * loses its article in Maghreb papers - no adjective that long is written alone after a
         * title. */
        size_t al = rw_morph_article_len(last, last_len);
        if (al && last_len - al >= 10 && memcmp(last + last_len - 2, "\xd9\x8a", 2) == 0 &&
            remember(st, last + al, last_len - al, entity))
            return -1;
    }
    rw_buf_reset(&st->tmp);
    rw_buf_append(&st->tmp, key, (size_t)(sp1 - key));
    rw_buf_putc(&st->tmp, ' ');
    rw_buf_append(&st->tmp, last, last_len);
    if (remember(st, st->tmp.data, st->tmp.len, entity)) return -1;
    if (!father) return 0;
    rw_buf_append(&st->tmp, link_marker, sizeof link_marker - 1);
    return remember(st, st->tmp.data, st->tmp.len, entity);
}

static int name_lookup(const rw_xstate *st, const char *key, size_t len)
{
    void *v;
    char buf[512];
    size_t n = article_key(st, key, len, buf, sizeof buf);
    if (n) {
        key = buf;
        len = n;
    }
    return rw_strmap_get(st->names, key, len, &v) ? (int)(intptr_t)v - 1 : -1;
}

/* A lexicon person whose phrase is exactly key, or -1. */
static int lexicon_person(const rw_xstate *st, const char *key, size_t len)
{
    const rw_lex_phrase *p = rw_lexicon_lookup(st->lx, key, len);
    if (!p) return -1;
    for (int h = 0; h < p->nhits; h++)
        if (p->hits[h].type == RW_LEX_ACTOR && st->lx->actors[p->hits[h].ref].kind == RW_KIND_PERSON)
            return p->hits[h].ref;
    return -1;
}

/* The article's entity for a person named by folded key / surface, created when new. */
static int person_entity(rw_xstate *st, const char *key, size_t len, const char *surface,
                         size_t slen)
{
    int e = name_lookup(st, key, len);
    if (e < 0) {
        int a = lexicon_person(st, key, len);
        /* "first last" of a longer name: أسعد حسن الشيباني is أسعد الشيباني; a Gulf lineage's
         * is "first بن father". */
        size_t lineage = a < 0 ? lineage_short_form(st, key, len) : 0;
        if (lineage) {
            e = name_lookup(st, key, lineage);
            if (e < 0) a = lexicon_person(st, key, lineage);
        } else if (a < 0) {
            const char *sp1 = memchr(key, ' ', len);
            const char *last = key + len;
            while (last > key && last[-1] != ' ') last--;
            if (sp1 && last > sp1 + 1) {
                char fl[512];
                size_t n1 = (size_t)(sp1 - key), n2 = (size_t)(key + len - last);
                if (n1 + 1 + n2 < sizeof fl) {
                    memcpy(fl, key, n1);
                    fl[n1] = ' ';
                    memcpy(fl + n1 + 1, last, n2);
                    e = name_lookup(st, fl, n1 + 1 + n2);
                    if (e >= 0 && other_father(st, key, len, fl, n1 + 1 + n2, e)) e = -1;
                    else if (e < 0) a = lexicon_person(st, fl, n1 + 1 + n2);
                }
            }
        }
        if (e < 0 && a >= 0) e = rw_mentions_actor_entity(st, a);
        if (e < 0 && a < 0) e = given_lookup(st, key, len);
        if (e < 0) {
            char *label = strndup(surface, slen);
            if (!label) return -1;
            e = rw_extraction_add_entity(st->x, NULL, RW_KIND_PERSON, label, NULL, NULL);
            free(label);
            if (e < 0) return -1;
        }
    }
    if (remember_person(st, key, len, e)) return -1;
    if (rw_extraction_add_name(st->x, e, surface, slen)) return -1;
    return e;
}

static int name_lookup(const rw_xstate *st, const char *key, size_t len);

/* ---- mentions ---- */

/* Whether the unit before u0 is a noun with the article that carries the side's ب, describing
 * the one named right after it ("اتصالا هاتفيا بالمدرب وليد الركراكي"): he is the other side.
 * (Not a word that is never part of a name: "بالأمس".) */
static int side_descriptor(const rw_xstate *st, uint32_t u0)
{
    if (u0 == 0) return 0;
    const rw_unit *v = &st->units[u0 - 1];
    return (v->pflags & RW_P_SIDE) && v->definite && v->ntok == 1 && !st->used[u0 - 1] &&
           (v->kind == RW_U_OTHER || (v->kind == RW_U_WORD && !(v->cls & RW_W_BOUNDARY)));
}

static int written_ending(const rw_xstate *st, uint32_t tok, const char *const *endings, size_t n,
                          size_t rest);

/* Whether unit k is a kin word with a possessive pronoun (أخيه، أخاه، شقيقه) - with the side's
 * ب glued to it when `prefixed` ("اتصالا هاتفيا بأخيه صاحب السمو X"). */
static int kin_with_pronoun_prefixed(const rw_xstate *st, uint32_t k, int prefixed)
{
    const rw_unit *v = &st->units[k];
    if (v->kind != RW_U_OTHER || v->ntok != 1) return 0;
    if (prefixed && !(v->pflags & RW_P_SIDE)) return 0;
    /* (written with ه, not ة: the analyser folds both alike, and "شقيقة X" is X's sister) */
    static const char *const his[] = {"\xd9\x87"}; /* ه */
    if (!written_ending(st, v->tok, his, 1, 2)) return 0;
    for (int i = 0; i < st->n_an[v->tok]; i++) {
        const rw_analysis *a = ana(st, v->tok, i);
        if ((prefixed ? a->prefix_len > 0 : !a->prefix_len) && a->suffix_class != RW_SUF_NONE &&
            (rw_lexicon_word_class(st->lx, a->stem, a->stem_len) & RW_W_KIN))
            return 1;
    }
    return 0;
}

static int kin_with_pronoun(const rw_xstate *st, uint32_t k)
{
    return kin_with_pronoun_prefixed(st, k, 0);
}

int rw_mentions_kin_apposition(const rw_xstate *st, uint32_t k)
{
    return kin_with_pronoun_prefixed(st, k, 0) || kin_with_pronoun_prefixed(st, k, 1);
}

static int verb_shaped_unknown(const rw_xstate *st, uint32_t tok);

/* Whether the person named at unit u0 follows an office no lexicon knows that carries و right
 * after a comma: an unknown word of no verb's shape in construct with a noun with the article,
 * and the words of its body and nationality after it ("، وأمين المجلس الأعلى للأمن القومي
 * الإيراني X"). */
static int unknown_office_with_and(const rw_xstate *st, uint32_t u0)
{
    uint32_t k = u0;
    while (k > 0 && u0 - k < 7 &&
           (st->units[k - 1].kind == RW_U_OTHER || st->units[k - 1].kind == RW_U_NISBA) &&
           !(st->units[k - 1].pflags & RW_P_CONJ))
        k--;
    if (k < 2 || k == u0) return 0;
    const rw_unit *head = &st->units[k - 1];
    return head->kind == RW_U_OTHER && head->pflags == RW_P_CONJ && !head->definite &&
           st->units[k].definite && rw_mentions_is_comma(st, k - 2) &&
           !verb_shaped_unknown(st, head->tok);
}

static int push_pm(rw_xstate *st, uint32_t u0, uint32_t u1, int ref, rw_pm_kind kind, int coord)
{
    if (rw_array_reserve((void **)&st->pms, &st->cap_pms, st->n_pms + 1, sizeof *st->pms)) return -1;
    rw_pm *m = &st->pms[st->n_pms++];
    m->unit = u0;
    m->unit_end = u1;
    m->ref = ref;
    m->kind = (uint8_t)kind;
    /* ("، وسعادة السيد X": the و of a form of address before the title is the mention's) */
    if (!coord && u0 > 0 && st->units[u0 - 1].kind == RW_U_WORD &&
        (st->units[u0 - 1].cls & RW_W_EXCELLENCY) && (st->units[u0 - 1].pflags & RW_P_CONJ))
        coord = 1;
    /* ("، وأمين المجلس الأعلى للأمن القومي علي شمخاني": an office no lexicon knows, in
     * construct with its body, carries the و of the next one listed) */
    if (!coord) coord = unknown_office_with_and(st, u0);
    m->coord = (uint8_t)coord;
    const rw_unit *u = &st->units[u0];
    /* (a relation's مع marks its partner as any مع does: "علاقاته مع حماس"; a kin word with
     * its pronoun between them is the protocol's apposition: "اتصالا من أخيه صاحب السمو X") */
    uint32_t w = u0 > 1 && kin_with_pronoun(st, u0 - 1) ? u0 - 1 : u0;
    /* (... and so is a counterpart word before the name: "مع نظيره X"، "بنظيره X") */
    const rw_unit *cp = w > 0 && st->units[w - 1].kind == RW_U_WORD &&
                                (st->units[w - 1].cls & RW_W_COUNTERPART)
                            ? &st->units[w - 1]
                            : NULL;
    if (cp && !(cp->pflags & RW_P_SIDE)) w--;
    m->side = (u->pflags & RW_P_SIDE) || (cp && (cp->pflags & RW_P_SIDE)) ||
              (w > 0 && st->units[w - 1].kind == RW_U_WORD &&
               (st->units[w - 1].cls & (RW_W_SIDE | RW_W_RELATION))) ||
              side_descriptor(st, u0) || (u0 > 0 && kin_with_pronoun_prefixed(st, u0 - 1, 1));
    for (uint32_t k = u0; k < u1; k++) st->used[k] = 1;
    if (ref >= 0) {
        const rw_token *a = &st->tk->v[u->tok];
        const rw_token *b = &st->tk->v[st->units[u1 - 1].tok + st->units[u1 - 1].ntok - 1];
        rw_mention mm = {a->start, b->end, st->sentence, ref};
        if (rw_extraction_add_mention(st->x, &mm)) return -1;
    }
    return 0;
}

/* Source bytes of units [u0, u1), without the first token's proclitics. */
/* Whether the first word of a name, unit u read through analysis first_ana (or its own), is a
 * given name as written that the analysis cut a preposition from (لسعد، لزهر: not ل + سعد). */
static int whole_given_name(const rw_xstate *st, const rw_unit *u, int first_ana)
{
    int k = first_ana >= 0 ? first_ana : u->ana;
    const rw_analysis *a = ana(st, u->tok, k);
    if (!a->prefix_len) return 0;
    /* "وكانت السيدة فايون" after "تانيا فايون": a word the article knows as a name, as written,
     * carries no conjunction - unless its stem is a name it knows too, or a given name
     * ("ونذير"). */
    if (name_lookup(st, tfold(st, u->tok), tfold_len(st, u->tok)) >= 0 &&
        name_lookup(st, a->stem, a->stem_len) < 0 && !st->tf[u->tok].stem_forename[k])
        return 1;
    return prefix_flags(st, u->tok, k) != RW_P_CONJ && tok_forename(st, u->tok);
}

static void unit_surface(const rw_xstate *st, uint32_t u0, uint32_t u1, int skip_prefix,
                         const char **s, size_t *n)
{
    const rw_unit *a = &st->units[u0];
    const rw_token *ta = &st->tk->v[a->tok];
    const rw_token *tb = &st->tk->v[st->units[u1 - 1].tok + st->units[u1 - 1].ntok - 1];
    uint32_t start = ta->start;
    const rw_analysis *an = ana(st, a->tok, skip_prefix >= 0 ? skip_prefix : a->ana);
    /* Proclitics are plain letters, folded to themselves: skip them when the bytes agree - not
     * from a given name written so (لسعد). */
    if (an->prefix_len && ta->end - ta->start > an->prefix_len && !whole_given_name(st, a, skip_prefix) &&
        memcmp(st->text + start, tfold(st, a->tok), an->prefix_len) == 0)
        start += an->prefix_len;
    *s = st->text + start;
    *n = tb->end - start;
}

/* Folding merges ى and ي, so the name علي reads as the preposition على. Prepositions of three
 * letters or more are written with ى (على، إلى، لدى، حتى); a word of that length whose source
 * ends in ي is a name. */
static int yaa_name(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    /* "وعلي الصلابي": the conjunction may be glued to it. */
    if (!(u->cls & RW_W_PREP) || (u->prefix_len && u->pflags != RW_P_CONJ)) return 0;
    const rw_token *t = &st->tk->v[u->tok];
    return t->end - t->start >= 6u + u->prefix_len && (unsigned char)st->text[t->end - 2] == 0xD9 &&
           (unsigned char)st->text[t->end - 1] == 0x8A;
}

/* Whether the nationality adjective or one-word title at unit k is a given name: بن or بنت
 * follows it (تركي بن طلال، مساعد بن محمد). */
static int nisba_given_name(const rw_xstate *st, uint32_t k)
{
    /* ... and so is a one-word title there: "الدكتور مساعد بن محمد العيبان" (مساعد, assistant). */
    const rw_unit *u = &st->units[k];
    return (u->kind == RW_U_NISBA || ((u->kind == RW_U_TITLE || u->kind == RW_U_OFFICE) && u->ntok == 1)) &&
           !u->definite &&
           !u->pflags && k + 1 < st->n_units && st->units[k + 1].kind == RW_U_WORD &&
           (st->units[k + 1].cls & RW_W_PATRONYM);
}

/* Whether the one-word office at unit k is a given name (forenames.tsv: سلطان، أمير) with a
 * family name with the article after it: after a title, "وزير الصناعة سلطان الجابر" names
 * Sultan Al Jaber, no sultan. (Not where a name may start without a title: "أمير الشرقية".) */
static int office_given_name(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (!(u->kind == RW_U_OFFICE && u->ntok == 1 && !u->definite && !u->pflags &&
          tok_forename(st, u->tok) && k + 1 < st->n_units && st->units[k + 1].kind == RW_U_OTHER &&
          st->units[k + 1].definite && !st->units[k + 1].pflags))
        return 0;
    /* ... not an institution noun with the article ("سمو نائب أمير المنطقة": the office of the
     * region, no أمير called المنطقة) */
    return !(rw_mentions_class_without_article(st, k + 1) & RW_W_INSTITUTION);
}

/* Whether the office at unit k reads only as a construct dual that has no complement after it
 * ("رضا صالحي اميري الذي": أميري, "two emirs of", is a family name): a construct dual is always
 * followed by what it is in construct with. */
static int dual_without_complement(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (u->kind != RW_U_OFFICE || u->suffix != RW_SUF_DUAL || u->definite || u->prefix_len || u->ntok != 1)
        return 0;
    if (k + 1 >= st->n_units) return 1;
    const rw_unit *v = &st->units[k + 1];
    return v->kind == RW_U_PUNCT || (v->kind == RW_U_WORD && (v->cls & RW_W_CLAUSE));
}

/* Whether unit k may be a word of a name. */
static int name_word(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (nisba_given_name(st, k) || dual_without_complement(st, k)) return 1;
    if (u->kind == RW_U_OTHER) {
        /* Tanween marks an indefinite noun or adverb (عضواً، دائماً): never a name. */
        const rw_token *t = &st->tk->v[u->tok];
        for (uint32_t b = t->start; b + 1 < t->end; b++)
            if ((unsigned char)st->text[b] == 0xD9 && (unsigned char)st->text[b + 1] >= 0x8B &&
                (unsigned char)st->text[b + 1] <= 0x8D)
                return 0;
        return 1;
    }
    if (u->kind != RW_U_WORD || u->ntok != 1) return 0;
    if ((u->cls & RW_W_PARTICLE) && !(u->cls & (RW_W_BOUNDARY | RW_W_PREP | RW_W_CLAUSE))) return 1;
    return yaa_name(st, k);
}

/* Whether unit k is a person the actors lexicon knows ("وقيس سعيد" after an unknown name). */
static int person_unit(const rw_xstate *st, uint32_t k)
{
    return st->units[k].kind == RW_U_ACTOR && st->lx->actors[st->units[k].ref].kind == RW_KIND_PERSON;
}

/* ---- does it look like a name? ---- */

/* Whether token `tok` (through any of its analyses) is a given name of forenames.tsv: 0 not, 1
 * a given name, 2 one that is also an ordinary word. */
static int forename_at(const rw_xstate *st, uint32_t tok)
{
    int kind = tok_forename(st, tok);
    for (int k = 0; k < st->n_an[tok]; k++) {
        const rw_analysis *a = ana(st, tok, k);
        /* Only the conjunction may be taken off: لطفي is a name, not ل + طفي. */
        if (a->suffix_len || (a->prefix_len && !(prefix_flags(st, tok, k) == RW_P_CONJ)))
            continue;
        int k2 = st->tf[tok].stem_forename[k];
        if (k2 > kind) kind = k2;
    }
    return kind;
}

/* Whether a folded word has the shape of a verbal noun of the derived forms استفعال, افتعال or
 * تفعيل (استكمال، اعتبار، ارتداء، تدشين): ا، then س and ت or a consonant and ت, then a long ا
 * before the last letter; or ت, two consonants and a long ي before the last letter. Given
 * names of these shapes (ابتسام، تيسير) are in forenames.tsv, which callers ask first. (إفعال,
 * إجراء، is left out: ال + two letters with a long ا - الواد، الزار - and foreign names -
 * إدغار، أرماش - have its shape too.) */
static int derived_verbal_noun(const char *w, size_t n)
{
    return (n == 14 && memcmp(w, "\xd8\xa7\xd8\xb3\xd8\xaa", 6) == 0 && memcmp(w + 10, "\xd8\xa7", 2) == 0) ||
           (n == 12 && memcmp(w, "\xd8\xa7", 2) == 0 && memcmp(w + 4, "\xd8\xaa", 2) == 0 &&
            memcmp(w + 8, "\xd8\xa7", 2) == 0) ||
           (n == 10 && memcmp(w, "\xd8\xaa", 2) == 0 && memcmp(w + 6, "\xd9\x8a", 2) == 0);
}

/* Whether a folded word has the shape of a past verb of form VII or VIII conjugated for a woman
 * or a plural thing: ا، then ن or a consonant and ت, two more letters and ت (انسحبت، اعتقلت،
 * اجتمعت). */
static int derived_past_feminine(const char *w, size_t n)
{
    return n == 12 && memcmp(w, "\xd8\xa7", 2) == 0 && memcmp(w + 10, "\xd8\xaa", 2) == 0 &&
           (memcmp(w + 4, "\xd8\xaa", 2) == 0 || memcmp(w + 2, "\xd9\x86", 2) == 0);
}

/* Whether token tok is a past verb of form IV conjugated for a woman, written with its hamza:
 * أفعلت، أفالت (أثارت، أعلنت، أكدت), five letters - no word of a name, which does not start so. */
static int form_iv_past_feminine(const rw_xstate *st, uint32_t tok)
{
    const rw_token *t = &st->tk->v[tok];
    const unsigned char *raw = (const unsigned char *)st->text + t->start;
    const char *w = tfold(st, tok);
    size_t n = tfold_len(st, tok);
    return n == 10 && t->end - t->start >= 2 && raw[0] == 0xD8 && raw[1] == 0xA3 &&
           memcmp(w + 8, "\xd8\xaa", 2) == 0;
}

/* Whether token tok is written ending in ته: a noun in ة with his pronoun ("وزير خارجيته X": his
 * foreign minister; حكومته، وزارته), no word of a name. */
static int noun_with_his_pronoun(const rw_xstate *st, uint32_t tok)
{
    static const char *const ta_his[] = {"\xd8\xaa\xd9\x87"}; /* ته */
    return written_ending(st, tok, ta_his, 1, 3);
}

/* Whether token tok is written with a shadda after its first letter: "قدّم" (form II, a verb or
 * its noun); given names so written (محمّد، عمّار) are in forenames.tsv, which callers ask first,
 * and foreign names have none. */
static int written_with_shadda(const rw_xstate *st, uint32_t tok)
{
    const rw_token *t = &st->tk->v[tok];
    for (size_t i = t->start + 2; i + 1 < t->end; i++)
        if ((unsigned char)st->text[i] == 0xd9 && (unsigned char)st->text[i + 1] == 0x91) return 1;
    return 0;
}

static int ends_in_plural_at(const rw_xstate *st, uint32_t tok);
static int ends_in_ta_marbuta(const rw_xstate *st, uint32_t tok);

/* Whether units [j, end) hold a word in ات followed by one written with ة: a plural noun and
 * its adjective ("قرارات شعبوية"). */
static int plural_with_adjective(const rw_xstate *st, uint32_t j, uint32_t end)
{
    for (uint32_t k = j; k + 1 < end; k++)
        if (st->units[k].ntok == 1 && st->units[k + 1].ntok == 1 &&
            ends_in_plural_at(st, st->units[k].tok) && ends_in_ta_marbuta(st, st->units[k + 1].tok))
            return 1;
    return 0;
}

/* Whether a folded word is the plural in ات of a verbal noun of the forms تفعّل or تفعيل: ت,
 * then three or four letters and ات (تحركات، تصريحات، تطورات). */
static int derived_verbal_noun_plural(const char *w, size_t n)
{
    return (n == 12 || n == 14) && memcmp(w, "\xd8\xaa", 2) == 0 &&
           memcmp(w + n - 4, "\xd8\xa7\xd8\xaa", 4) == 0;
}

/* Whether a folded word has the shape of a participle of the derived form استفعل, مستفعل
 * (مستقبل، مستثمر): مست and three letters (مستورة, a given name, has seven). */
static int derived_participle(const char *w, size_t n)
{
    return n == 12 && memcmp(w, "\xd9\x85\xd8\xb3\xd8\xaa", 6) == 0;
}

/* Whether token tok is a one-letter preposition of word class `cls` (words.tsv: ل، ب، ك) glued to
 * a word with the article: بال، كال, and لل where ل took the article's alef (clitics.tsv:
 * lam-article). Read off the folded form: the analyses need not hold that split. */
static int clitic_on_article(const rw_xstate *st, uint32_t tok, rw_wclass cls)
{
    const char *w = tfold(st, tok);
    size_t n = tfold_len(st, tok);
    if (n < 6 || !(rw_lexicon_word_class(st->lx, w, 2) & cls)) return 0;
    return rw_morph_article_len(w + 2, n - 2) || (memcmp(w, "\xd9\x84\xd9\x84", 4) == 0 && n >= 8);
}

/* The word classes of unit u's bare form when it is one noun written with the article, read
 * past `pre` bytes of proclitic (none when they would be the whole word); 0 otherwise. */
static rw_wclass definite_noun_class(const rw_xstate *st, const rw_unit *u, size_t pre)
{
    if (u->kind != RW_U_OTHER || !u->definite || u->ntok != 1) return 0;
    const char *w = tfold(st, u->tok);
    size_t n = tfold_len(st, u->tok);
    if (pre >= n) pre = 0;
    size_t al = rw_morph_article_len(w + pre, n - pre);
    return al && n > pre + al ? rw_lexicon_word_class(st->lx, w + pre + al, n - pre - al) : 0;
}

/* Whether unit k is a noun written with the article whose bare form is an institution noun
 * (words.tsv `institution`: الاتحاد، الحركة، الجمعية). */
static int definite_institution(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    return !u->pflags && (definite_noun_class(st, u, 0) & RW_W_INSTITUTION);
}

/* Whether the word at unit k names what is named after someone (words.tsv `named_after`:
 * مركز، جامعة), as the engine word or written with the article and a preposition ("بالمركز"). */
static int named_after_at(const rw_xstate *st, uint32_t k)
{
    const rw_unit *v = &st->units[k];
    if (v->kind == RW_U_WORD) return (v->cls & RW_W_NAMED_AFTER) != 0;
    return (definite_noun_class(st, v, v->prefix_len) & RW_W_NAMED_AFTER) != 0;
}

int rw_mentions_clitic_on_article(const rw_xstate *st, uint32_t u, rw_wclass cls)
{
    return clitic_on_article(st, st->units[u].tok, cls);
}

static int prepositional(const rw_xstate *st, uint32_t k);

int rw_mentions_purpose_noun(const rw_xstate *st, uint32_t u)
{
    const rw_unit *v = &st->units[u];
    if (v->kind != RW_U_OTHER || v->ntok != 1) return 0;
    if (v->pflags & RW_P_PURPOSE) return 1;
    return (rw_lexicon_word_class(st->lx, tfold(st, v->tok), 2) & RW_W_PURPOSE) &&
           prepositional(st, u);
}

/* Whether the word at unit k is a preposition (ل، ب، ك) glued to a noun - "لكرة القدم"،
 * "لحركة مشروع"، "بمنزل"، "للتربية" - rather than a word that begins with that letter: the rest
 * carries the article (لل، بال), or is a word some lexicon knows, or a definite word follows (a
 * construct: "لمكافحة الفساد"). Read off the written form, not the analyses: a form a lexicon
 * phrase knows whole ("لشؤون") keeps no split. A given name never is one (لطفي، بسام، كمال). */
static int preposition_on(const rw_xstate *st, uint32_t k, int after_given);

static int prepositional(const rw_xstate *st, uint32_t k)
{
    return preposition_on(st, k, 0);
}

/* ... and right after a given name (after_given), "نبيل بفون"، "مبروك كرشيد": a word with ب or ك
 * whose rest is a given name or no word, place or title of its own (only a word inside a longer
 * lexicon name: فون of "فون دير لاين") is the family name written whole. */
static int verbal_noun_ifaa(const char *w, size_t n);

static int preposition_on(const rw_xstate *st, uint32_t k, int after_given)
{
    const rw_unit *u = &st->units[k];
    if (u->kind != RW_U_OTHER || u->ntok != 1 || forename_at(st, u->tok)) return 0;
    const char *w = tfold(st, u->tok);
    size_t n = tfold_len(st, u->tok);
    /* The first letter is a preposition of words.tsv (ل، ب، ك). */
    if (n < 6 || !(rw_lexicon_word_class(st->lx, w, 2) & RW_W_PREP)) return 0;
    const char *rest = w + 2;
    size_t rn = n - 2;
    /* "بإعتماد"، "لإيجاد"، "بأسلحة": after ب, ل or ك, a hamza on alef opens the preposition's
     * noun - names written in Arabic script do not start so. Folding drops the hamza: read it
     * off the text. */
    const rw_token *t = &st->tk->v[u->tok];
    const unsigned char *raw = (const unsigned char *)st->text + t->start;
    if (t->end - t->start >= 4 && (unsigned char)w[0] == raw[0] && (unsigned char)w[1] == raw[1] &&
        raw[2] == 0xD8 && (raw[3] == 0xA3 || raw[3] == 0xA5))
        return 1;
    /* The verbal nouns تفعيل, استفعال and افتعال ("بتكوين"، "لاستكمال"، "باعتباره", its pronoun
     * after it) are no names either. */
    if (derived_verbal_noun(rest, rn) || verbal_noun_ifaa(rest, rn) ||
        (rn == 14 && memcmp(rest + 12, "\xd9\x87", 2) == 0 && derived_verbal_noun(rest, 12)))
        return 1;
    if (clitic_on_article(st, u->tok, RW_W_PREP)) return 1;
    int construct = k + 1 < st->n_units && !st->units[k + 1].pflags &&
                    ((st->units[k + 1].kind == RW_U_OTHER && st->units[k + 1].definite) ||
                     st->units[k + 1].kind == RW_U_NISBA);
    /* Right after a given name, a word the lexicon does not know after its ب is a family name
     * - before a definite word too when it has a nisba's ي: "جدد السفير وليد بخاري التزام
     * حكومته" (verb, subject, object), not ب + خاري in construct. */
    int nisba_shape = (unsigned char)w[n - 2] == 0xD9 && (unsigned char)w[n - 1] == 0x8A;
    if (after_given && (!construct || nisba_shape) &&
        !(rw_lexicon_word_class(st->lx, w, 2) & RW_W_PURPOSE) &&
        (rw_lexicon_forename(st->lx, rest, rn) || !rw_lexicon_lookup(st->lx, rest, rn)))
        return 0;
    if (rw_lexicon_known(rest, rn, (void *)st->lx)) return 1;
    /* (in construct with a place written with the article too: "لشؤون الشرق الأوسط") */
    return k + 1 < st->n_units && !st->units[k + 1].pflags &&
           (((st->units[k + 1].kind == RW_U_OTHER || st->units[k + 1].kind == RW_U_PLACE) &&
             st->units[k + 1].definite) ||
            st->units[k + 1].kind == RW_U_NISBA);
}

/* Whether the unknown word at unit k, with no article, opens with the letter of purpose (ل,
 * words.tsv `purpose`) and is no given name. Not ب or ك: Maghrebi surnames open with بو and
 * ك (بوخاطر، كرشان), and a name may still be "لوبان" - but not after a surname with the article. */
static int glued_purpose(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (u->kind != RW_U_OTHER || u->ntok != 1 || u->definite || forename_at(st, u->tok)) return 0;
    const char *w = tfold(st, u->tok);
    return tfold_len(st, u->tok) >= 6 && (rw_lexicon_word_class(st->lx, w, 2) & RW_W_PURPOSE);
}

/* Whether the two bytes at w are a long vowel letter (ا و ي, folded). */
static int long_vowel(const unsigned char *w)
{
    return (w[0] == 0xD8 && w[1] == 0xA7) || (w[0] == 0xD9 && (w[1] == 0x88 || w[1] == 0x8A));
}

/* Whether a word has the shape of a participle: م, a consonant, then at least two more letters
 * (مرفوقا، مشيرا، متوجهة). */
static int participle_shape(const unsigned char *w, size_t n)
{
    return n >= 10 && w[0] == 0xD9 && w[1] == 0x85 && !long_vowel(w + 2);
}

/* ... an accusative one: with a final alef (مرفوقا، مشيرا). */
static int accusative_participle(const unsigned char *w, size_t n)
{
    return participle_shape(w, n) && w[n - 2] == 0xD8 && w[n - 1] == 0xA7;
}

/* Whether a folded word has the shape of the broken plural مفاعل: م, a letter, ا and two more
 * letters (مناسك، مساجد، مدارس); the given name of that shape, مبارك, is in forenames.tsv. So
 * has مفاعيل, with ي before the last letter (مراسيم، مشاريع، مواعيد). */
static int broken_plural_mafaail(const char *w, size_t n)
{
    if (n < 10 || memcmp(w, "\xd9\x85", 2) != 0 || memcmp(w + 4, "\xd8\xa7", 2) != 0) return 0;
    return n == 10 || (n == 12 && memcmp(w + 8, "\xd9\x8a", 2) == 0);
}

/* Whether a folded word has the shape of the verbal noun إفعال of a root in hamza or weak
 * letter: ا, two letters, ا and ء (إنهاء، إجراء، إلغاء; folding drops the hamza seat). */
static int verbal_noun_ifaa(const char *w, size_t n)
{
    return n == 10 && memcmp(w, "\xd8\xa7", 2) == 0 && memcmp(w + 6, "\xd8\xa7\xd8\xa1", 4) == 0;
}

/* Whether token tok, as written, ends in يين or يون after four letters or more (الأمنيين،
 * التونسيون): the plural of a nisba. */
static int nisba_plural(const rw_xstate *st, uint32_t tok)
{
    static const char *const plural[] = {"\xd9\x8a\xd9\x8a\xd9\x86", "\xd9\x8a\xd9\x88\xd9\x86"};
    return written_ending(st, tok, plural, 2, 8);
}

/* Whether an unknown word has the shape of a verb or a participle rather than a name: an
 * imperfect verb or a verbal noun, ي or ت then a consonant (يطلب، تشكيل), or an accusative
 * participle, م then a consonant and a final alef (مرفوقا، مشيرا). Foreign names start with a
 * long vowel after those letters (يوهان، توبياس، ماريا); Arabic given names of those shapes
 * (يحيى، تميم، مصطفى) are in forenames.tsv, which is asked first. */
static int verb_shaped_word(const unsigned char *w, size_t n)
{
    /* "والرئيس الصيني يوقعان اتفاقية": ي or ت, then four letters or more ending in ان - the
     * dual of an imperfect verb, whatever letter follows the prefix */
    if (n >= 12 && ((w[0] == 0xD9 && w[1] == 0x8A) || (w[0] == 0xD8 && w[1] == 0xAA)) &&
        w[n - 4] == 0xD8 && w[n - 3] == 0xA7 && w[n - 2] == 0xD9 && w[n - 1] == 0x86)
        return 1;
    if (n < 8 || w[0] < 0xD8 || long_vowel(w + 2)) return 0;
    if ((w[0] == 0xD9 && w[1] == 0x8A) || (w[0] == 0xD8 && w[1] == 0xAA)) return 1; /* ي ت */
    return accusative_participle(w, n);
}

/* ... the word at token tok, or its stem without a glued conjunction ("وتجديد العقد"). */
static int verb_shaped(const rw_xstate *st, uint32_t tok)
{
    const unsigned char *w = (const unsigned char *)tfold(st, tok);
    size_t n = tfold_len(st, tok);
    if (verb_shaped_word(w, n)) return 1;
    /* "لتقام بعدها مراسم استقبال": the ل of purpose before an imperfect in ت, five letters at
     * least (not ي: ليبرمان، ليفني are names) */
    if (n >= 10 && w[0] == 0xD9 && w[1] == 0x84 && w[2] == 0xD8 && w[3] == 0xAA && !long_vowel(w + 4))
        return 1;
    int k = conj_analysis(st, tok);
    return k >= 0 && verb_shaped_word((const unsigned char *)ana(st, tok, k)->stem, ana(st, tok, k)->stem_len);
}

/* Whether the folded word at token tok has an imperfect verb's shape itself, ي or ت then a
 * consonant - no proclitic read off it ("تسيبراس", not "لسحبت"). */
static int imperfect_shape(const rw_xstate *st, uint32_t tok)
{
    const unsigned char *w = (const unsigned char *)tfold(st, tok);
    size_t n = tfold_len(st, tok);
    return n >= 8 && ((w[0] == 0xD9 && w[1] == 0x8A) || (w[0] == 0xD8 && w[1] == 0xAA)) &&
           !long_vowel(w + 2);
}

static int forename_at(const rw_xstate *st, uint32_t tok);

/* Whether token tok, of four letters or more, is written ي or ت then a hamza (يأذن، تؤكد،
 * يئس): an imperfect verb of a hamzated root. Folding makes that hamza the long ا of foreign
 * names (ياسين، يوهان), so the written letters decide. */
static int hamza_after_prefix(const rw_xstate *st, uint32_t tok)
{
    const rw_token *t = &st->tk->v[tok];
    const unsigned char *s = (const unsigned char *)st->text + t->start;
    size_t n = t->end - t->start;
    if (n < 8) return 0;
    int prefix = (s[0] == 0xD9 && s[1] == 0x8A) || (s[0] == 0xD8 && s[1] == 0xAA); /* ي ت */
    int hamza = s[2] == 0xD8 && (s[3] == 0xA3 || s[3] == 0xA4 || s[3] == 0xA6);  /* أ ؤ ئ */
    return prefix && hamza;
}

/* Whether token tok, no given name, has the shape of a verb or a verbal noun - unless it opens
 * on تش, the way Arabic writes a foreign ch ("السفير الصيني تشي تشياجين") - or is written as a
 * hamzated imperfect verb. */
static int verb_shaped_unknown(const rw_xstate *st, uint32_t tok)
{
    const char *w = tfold(st, tok);
    if (forename_at(st, tok)) return 0;
    return (verb_shaped_word((const unsigned char *)w, tfold_len(st, tok)) &&
            memcmp(w, "\xd8\xaa\xd8\xb4", 4) != 0) ||
           hamza_after_prefix(st, tok);
}

/* Whether token tok reads as the future proclitic on an imperfect verb (سيبدأ، ستقوم). */
static int future_verb(const rw_xstate *st, uint32_t tok)
{
    for (int k = 0; k < st->n_an[tok]; k++)
        if (future_split(st, tok, k) && verb_shaped_word((const unsigned char *)ana(st, tok, k)->stem,
                                                         ana(st, tok, k)->stem_len))
            return 1;
    return 0;
}

int rw_mentions_future_verb(const rw_xstate *st, uint32_t u)
{
    return st->units[u].kind == RW_U_OTHER && future_verb(st, st->units[u].tok);
}

enum { NAME_NONE, NAME_WEAK, NAME_STRONG };

static int plural_pronoun_ending(const rw_xstate *st, uint32_t k);

static int name_lookup(const rw_xstate *st, const char *key, size_t len);

/* How much the word at unit k (its first token through analysis `first_ana`, or the unit's own)
 * looks like the first word of a person's name no lexicon knows. NAME_STRONG: a given name
 * (forenames.tsv), a name particle that heads a name (أبو، عبد) or a name the article knows;
 * NAME_WEAK: an unknown word of a name's shape (no article, no glued preposition, no tanween);
 * NAME_NONE: anything else - "رئيس مجلس نواب الشعب" names no one called نواب الشعب. */
static int name_start(const rw_xstate *st, uint32_t k, int first_ana)
{
    const rw_unit *u = &st->units[k];
    if (!name_word(st, k)) return NAME_NONE;
    /* (a link opens a name only with a name word after it: "بن علي", not "ولد يوم", born on) */
    if (u->kind == RW_U_WORD && (u->cls & RW_W_PATRONYM) &&
        (k + 1 >= st->n_units || !name_word(st, k + 1)))
        return NAME_NONE;
    if (u->kind == RW_U_WORD) return NAME_STRONG; /* a particle, or the name علي */
    /* "وممثليه في قصر قرطاج وملحقاتهم الحكومية"، "أنهم تمكنوا" (أن + هم, not آن): a plural
     * pronoun on it makes a noun or a particle with its possessors. */
    if (plural_pronoun_ending(st, k)) return NAME_NONE;
    int ka = first_ana >= 0 ? first_ana : u->ana;
    const rw_analysis *a = ana(st, u->tok, ka);
    /* A given name takes the feminine ending (عزيزة) and no other: "رياضية" is not رياض. */
    if (forename_at(st, u->tok) || (a->suffix_len <= 2 && st->tf[u->tok].stem_forename[ka]) ||
        name_lookup(st, a->stem, a->stem_len) >= 0)
        return NAME_STRONG;
    if (u->definite || prepositional(st, k)) return NAME_NONE;
    if (verb_shaped(st, u->tok)) return NAME_NONE;
    /* "واختتم قداسة البابا يومه الأول": a word of words.tsv that never ends a name (يوم)
     * with a possessive pronoun is his day, no given name. */
    if (rw_mentions_pronoun_on(st, u->tok, RW_W_BOUNDARY)) return NAME_NONE;
    /* "وجدد الأمين العام تأكيد الموقف"، "وأرجع عضو الحكومة استئناف نسق النمو": a verbal noun
     * of a derived form is what the title's holder does, not his given name - but for افتعال,
     * six letters (12 bytes folded), the shape of foreign given names too (استفان); nor is a
     * participle مستفعل ("ناقش X مع نظيره الأمريكي مستقبل الرئيس السوري"). */
    const char *f = tfold(st, u->tok);
    size_t fn = tfold_len(st, u->tok);
    if ((fn != 12 && derived_verbal_noun(f, fn)) || derived_participle(f, fn)) return NAME_NONE;
    return NAME_WEAK;
}

/* Records the honorific (a titles.tsv line) person e was named with, the first one. */
static int note_honorific(rw_xstate *st, int e, int title)
{
    size_t old = st->cap_honorific;
    if (rw_array_reserve((void **)&st->honorific, &st->cap_honorific, (size_t)e + 1,
                         sizeof *st->honorific))
        return -1;
    if (st->cap_honorific > old)
        memset(st->honorific + old, 0xff, (st->cap_honorific - old) * sizeof *st->honorific);
    if (st->honorific[e] < 0) st->honorific[e] = title;
    return 0;
}

void rw_mentions_note_subject(rw_xstate *st, int e)
{
    if (e < 0 || (size_t)e >= st->cap_honorific || st->honorific[e] < 0) return;
    int title = st->honorific[e], i = 0;
    while (i < st->n_honoured && st->honoured[i].title != title) i++;
    if (i == st->n_honoured) {
        if (i == (int)(sizeof st->honoured / sizeof *st->honoured)) return;
        st->n_honoured++;
    }
    st->honoured[i].title = title;
    st->honoured[i].entity = e;
    st->honoured[i].sentence = st->sentence;
}

const char *rw_mentions_unit_bare(const rw_xstate *st, uint32_t u, size_t *n)
{
    const rw_unit *v = &st->units[u];
    const char *w = rw_token_fold(st->tk, v->tok);
    *n = st->tk->v[v->tok].fold_len;
    if (v->prefix_len < *n) w += v->prefix_len, *n -= v->prefix_len;
    return w;
}

const char *rw_mentions_unit_stem(const rw_xstate *st, uint32_t u, size_t *n)
{
    const rw_unit *v = &st->units[u];
    if (v->ntok != 1 || v->ana < 0 || v->ana >= st->n_an[v->tok]) return rw_mentions_unit_bare(st, u, n);
    const rw_analysis *a = ana(st, v->tok, v->ana);
    *n = a->stem_len;
    return a->stem;
}

int rw_mentions_ruler_title(const rw_xstate *st, uint32_t u)
{
    /* (a unit carries the word classes of the phrase it matched: "صاحب السمو" is a title and,
     * by words.tsv, a ruler's honorific) */
    return st->units[u].kind == RW_U_TITLE && (st->units[u].cls & RW_W_RULER);
}

int rw_mentions_same_honour(const rw_xstate *st, int e, uint32_t u)
{
    return e >= 0 && (size_t)e < st->cap_honorific && st->units[u].kind == RW_U_TITLE &&
           st->honorific[e] == st->units[u].ref;
}

int rw_mentions_named_with_honour(const rw_xstate *st, uint32_t u)
{
    if (st->units[u].kind != RW_U_TITLE) return 0;
    for (size_t e = 0; e < st->cap_honorific && e < st->x->n_entities; e++)
        if (st->honorific[e] == st->units[u].ref) return 1;
    return 0;
}

int rw_mentions_honoured_in_token(const rw_xstate *st, uint32_t tok)
{
    for (int a = 0; a < st->n_an[tok]; a++) {
        const rw_analysis *an = ana(st, tok, a);
        if (an->suffix_class != RW_SUF_PRONOUN) continue;
        const rw_lex_phrase *ph = rw_lexicon_lookup(st->lx, an->stem, an->stem_len);
        for (int i = 0; ph && i < ph->nhits; i++) {
            if (ph->hits[i].type != RW_LEX_TITLE) continue;
            for (size_t e = 0; e < st->cap_honorific && e < st->x->n_entities; e++)
                if (st->honorific[e] == ph->hits[i].ref) return (int)e;
        }
    }
    return -1;
}

int rw_mentions_honoured(const rw_xstate *st, uint32_t u)
{
    const rw_unit *v = &st->units[u];
    if (v->kind != RW_U_TITLE) return -1;
    /* the nearest one named so before it in its sentence ("زيارة صاحب السمو الأمير X ... التي
     * التقى خلالها سموه Y"), else the last subject named so */
    for (size_t i = st->n_pms; i-- > 0;) {
        const rw_pm *m = &st->pms[i];
        if (m->unit_end <= u && m->kind == RW_PM_PERSON && rw_mentions_same_honour(st, m->ref, u))
            return m->ref;
    }
    for (int i = 0; i < st->n_honoured; i++)
        if (st->honoured[i].title == v->ref && st->honoured[i].sentence + 6 >= st->sentence)
            return st->honoured[i].entity;
    /* ... else the one person the article named so, subject of nothing yet ("ويتزامن ذلك مع
     * مشاركة جلالة الملك X ...، حيث وصل جلالته ... وكان جلالته التقى Y"); of several, the
     * first the article named so - the one it is about ("اختتم حضرة صاحب السمو أمير البلاد X
     * جولة ...، وكان في مقدمة مستقبليه أخوه حضرة صاحب السمو Y ... وانتقل سموه إلى دبي": X) */
    for (size_t e = 0; e < st->cap_honorific && e < st->x->n_entities; e++)
        if (st->honorific[e] == v->ref) return (int)e;
    return -1;
}

/* Records how an entity's name was found: a person read only by the shape of an unknown word
 * stays "weak" (its facts get a lower confidence) until the article names it with a stronger
 * sign. */
static int note_name_evidence(rw_xstate *st, int e, int shape)
{
    if (e < 0) return 0;
    size_t old = st->cap_weak;
    if (rw_array_reserve((void **)&st->weak, &st->cap_weak, (size_t)e + 1, 1)) return -1;
    if (st->cap_weak > old) memset(st->weak + old, 0xff, st->cap_weak - old);
    if (st->weak[e] == 0xff) st->weak[e] = shape == NAME_WEAK;
    else if (shape != NAME_WEAK) st->weak[e] = 0;
    return 0;
}

int rw_mentions_weak_name(const rw_xstate *st, int e)
{
    return e >= 0 && (size_t)e < st->cap_weak && st->weak[e] == 1;
}

static int pronoun_ending(const rw_xstate *st, uint32_t k);

static int name_lookup(const rw_xstate *st, const char *key, size_t len);

/* Whether unit k is a one-word title that opens a family name the article knows: "حافظ قايد
 * السبسي" after "الباجي قايد السبسي" (قائد is a commander too). */
static int title_in_surname(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (u->ntok != 1 || u->pflags || u->definite || (u->kind != RW_U_TITLE && u->kind != RW_U_OFFICE) ||
        k + 1 >= st->n_units || st->units[k + 1].ntok != 1)
        return 0;
    uint32_t t = st->units[k + 1].tok;
    return st->units[k + 1].kind == RW_U_OTHER && name_lookup(st, tfold(st, t), tfold_len(st, t)) >= 0;
}

/* Whether unit k is a one-word title right after بن or بنت, or آل: a father's or a family's
 * name, whatever else the word means ("الأمير فهد بن سلطان"، "محمد بن أمير"، "عبد الله آل
 * الشيخ"); or after عبد, the second half of a given name ("عبد الملك المخلافي"، "عبد الأمير"). */
static int after_patronym(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k], *v = k > 0 ? &st->units[k - 1] : NULL;
    if (!v || v->kind != RW_U_WORD || u->ntok != 1 || u->pflags) return 0;
    if ((v->cls & (RW_W_PATRONYM | RW_W_FAMILY | RW_W_THEOPHORIC)) &&
        (u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE))
        return 1;
    /* "عبدالعزيز بن تركي الفيصل"، "مشعل بن فهم السلمي": right after بن the father's given name
     * may be a nationality or an ordinary word (not a preposition or a clause word). */
    return (v->cls & RW_W_PATRONYM) && !u->definite &&
           (u->kind == RW_U_NISBA ||
            (u->kind == RW_U_WORD && !(u->cls & (RW_W_PREP | RW_W_CLAUSE | RW_W_PARTICLE))));
}

/* Whether unit k is an honorific of words.tsv `inner` between two words of a name: "كمال الحاج
 * ساسي" is one man, no "ساسي" announced by an honorific. */
static int inner_honorific(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (u->ntok != 1 || u->pflags || !(u->cls & RW_W_INNER) || k + 1 >= st->n_units) return 0;
    const rw_unit *v = &st->units[k + 1];
    return name_word(st, k + 1) && !v->definite && !v->pflags && v->ntok == 1;
}

/* Reads a name at unit k (its first token through analysis `first_ana`, or the unit's own);
 * returns the end unit and sets the folded key in st->key, or returns k when no name. */
/* Whether unit f, a word with the article after another name word, is a family name: no given
 * name by itself (الحبيب) and no second half of a compound given name (عبد الرحمان، نور الدين،
 * زين العابدين). */
static int family_name_at(const rw_xstate *st, uint32_t f)
{
    const rw_unit *u = &st->units[f], *before = &st->units[f - 1];
    if (u->kind != RW_U_OTHER || !u->definite || u->ntok != 1 || forename_at(st, u->tok)) return 0;
    if (before->kind == RW_U_WORD && (before->cls & RW_W_PARTICLE)) return 0;
    if (before->ntok != 1) return 1;
    char pair[128];
    size_t a = tfold_len(st, before->tok), b = tfold_len(st, u->tok);
    if (a + b + 1 > sizeof pair) return 1;
    memcpy(pair, tfold(st, before->tok), a);
    pair[a] = ' ';
    memcpy(pair + a + 1, tfold(st, u->tok), b);
    return !rw_lexicon_forename(st->lx, pair, a + b + 1);
}

/* Whether unit j, right after the given name at unit k, is a Maghrebi family name of ب and a
 * given name, an inner honorific or a title with the article: "سمير بالطيب"، "رضا بالحاج" (Belhaj),
 * "عبد الرحمان بالحاج علي" after a two-word given name of a particle - not the preposition (a
 * given name alone is seldom followed by ب and such a word). */
static int bel_family_name(const rw_xstate *st, uint32_t k, uint32_t j)
{
    const rw_unit *g = &st->units[k], *u = &st->units[j];
    int two_word_given = g->kind == RW_U_WORD && (g->cls & RW_W_PARTICLE) &&
                         !(g->cls & (RW_W_PATRONYM | RW_W_FAMILY));
    int after_given = two_word_given ? j == k + 2 : j == k + 1 && forename_at(st, g->tok);
    /* ("محمد بالشيخ،": so is ب and a title with the article, when nothing follows it before a
     * stop - "with the sheikh" would name him) */
    int closed = j + 1 >= st->n_units || st->units[j + 1].kind == RW_U_PUNCT;
    return after_given && u->ntok == 1 && (u->pflags & RW_P_SIDE) &&
           ((u->cls & (RW_W_GIVEN | RW_W_INNER)) || (u->kind == RW_U_TITLE && u->definite && closed));
}

/* Whether folded word w starts with a preposition glued to the article: بال، لل. */
static int preposition_on_article(const char *w, size_t n)
{
    return n > 6 && (memcmp(w, "\xd8\xa8\xd8\xa7\xd9\x84", 6) == 0 || memcmp(w, "\xd9\x84\xd9\x84", 4) == 0);
}

/* Whether unit j, past a name's first two words, is an unknown word of a shape no name takes
 * there, the sentence going on: an accusative participle ("كارلوس لوباز معربا عن"); its
 * feminine, written with ة, not after a particle ("كريستيان توبيرا متوجهة بخطاب"; "محمد بن
 * مسعودة" is one name); the إفعال of a root in hamza ("عثمان بطيخ انهاء مهام X"); the plural of
 * تفعّل or تفعيل ("محسن مرزوق تحركات رئيس الحركة"); a participle behind the preposition ل
 * ("جياني إنفانتينو لمنافس حياتو"); a word with بال or لل. */
static int sentence_word_shape(const rw_xstate *st, uint32_t j)
{
    const rw_unit *u = &st->units[j];
    if (u->kind != RW_U_OTHER || forename_at(st, u->tok)) return 0;
    const char *w = tfold(st, u->tok);
    size_t n = tfold_len(st, u->tok);
    if (accusative_participle((const unsigned char *)w, n)) return 1;
    /* ... a word with a preposition glued to its article, and a noun with ة right before one
     * ("جلال كريفة عقوبة بألف دينار") */
    if (preposition_on_article(w, n)) return 1;
    if (!u->definite && ends_in_ta_marbuta(st, u->tok) && j + 1 < st->n_units &&
        st->units[j + 1].kind == RW_U_OTHER &&
        preposition_on_article(tfold(st, st->units[j + 1].tok), tfold_len(st, st->units[j + 1].tok)))
        return 1;
    if (u->definite) return 0;
    int after_particle =
        st->units[j - 1].kind == RW_U_WORD && (st->units[j - 1].cls & RW_W_PARTICLE);
    if (n > 2 && memcmp(w, "\xd9\x84", 2) == 0 && participle_shape((const unsigned char *)w + 2, n - 2))
        return 1;
    return (participle_shape((const unsigned char *)w, n) && ends_in_ta_marbuta(st, u->tok) &&
            !after_particle) ||
           verbal_noun_ifaa(w, n) || derived_verbal_noun_plural(w, n);
}

/* Whether the word at unit k is written with a plural or dual pronoun at its end (ـهم، ـهما،
 * ـهن) after two letters at least: a name never is. */
static int plural_pronoun_ending(const rw_xstate *st, uint32_t k)
{
    static const char *const plural[] = {"\xd9\x87\xd9\x85", "\xd9\x87\xd9\x85\xd8\xa7",
                                         "\xd9\x87\xd9\x86"}; /* هم هما هن */
    return written_ending(st, st->units[k].tok, plural, sizeof plural / sizeof *plural, 4);
}

/* ... and with ـها after three letters at least (خلالها، بلادها; مها is a given name). */
static int feminine_pronoun_ending(const rw_xstate *st, uint32_t k)
{
    static const char *const her[] = {"\xd9\x87\xd8\xa7"}; /* ها */
    return written_ending(st, st->units[k].tok, her, 1, 6);
}

int rw_mentions_pronoun_on(const rw_xstate *st, uint32_t tok, rw_wclass cls)
{
    if (!rw_mentions_written_pronoun(st, tok)) return 0;
    for (int a = 0; a < st->n_an[tok]; a++) {
        const rw_analysis *an = ana(st, tok, a);
        if (an->suffix_class == RW_SUF_PRONOUN && !an->prefix_len &&
            (rw_lexicon_word_class(st->lx, an->stem, an->stem_len) & cls))
            return 1;
    }
    return 0;
}

int rw_mentions_pronoun_unit(const rw_xstate *st, uint32_t u, rw_wclass cls)
{
    if (u >= st->n_units) return 0;
    const rw_unit *d = &st->units[u];
    return d->ntok == 1 && !d->pflags && rw_mentions_pronoun_on(st, d->tok, cls);
}

static int country_office_at(rw_xstate *st, uint32_t u);

/* Whether the word at unit j, one of words.tsv's that end names, is the family name of the
 * given name at unit k right before it, as the country's office after it in apposition shows:
 * "فخامة داني فور رئيس جمهورية سيشل" (فور, "at once"). */
static int word_surname_before_office(rw_xstate *st, uint32_t k, uint32_t j)
{
    const rw_unit *u = &st->units[j];
    return j == k + 1 && u->kind == RW_U_WORD && u->ntok == 1 && !u->pflags && !u->prefix_len &&
           !u->definite && (u->cls & RW_W_BOUNDARY) &&
           !(u->cls & (RW_W_PREP | RW_W_CLAUSE | RW_W_CONJ | RW_W_PARTICLE)) &&
           st->units[k].kind == RW_U_OTHER && forename_at(st, st->units[k].tok) == 1 &&
           country_office_at(st, j + 1);
}

/* Whether the office or title word at unit j, written with a final ي and no article, is the
 * family name of the given name at unit k right before it: "مسعود سلطاني فر" (سلطاني reads as
 * سلطان with the pronoun of the first person). */
static int office_nisba_surname(const rw_xstate *st, uint32_t k, uint32_t j)
{
    const rw_unit *u = &st->units[j];
    if (j != k + 1 || (u->kind != RW_U_OFFICE && u->kind != RW_U_TITLE) || u->ntok != 1 ||
        u->pflags || u->prefix_len || u->definite || st->units[k].kind != RW_U_OTHER ||
        !forename_at(st, st->units[k].tok))
        return 0;
    const rw_token *t = &st->tk->v[u->tok];
    return t->end - t->start >= 6 && (unsigned char)st->text[t->end - 2] == 0xD9 &&
           (unsigned char)st->text[t->end - 1] == 0x8A;
}

static int date_starts_at(const rw_xstate *st, uint32_t u);

/* Whether the word at unit j, right after a given name, is a given name that is also a word of time
 * (words.tsv boundary: صباح) with a family word after it: "الشيخ سلمان صباح السالم الحمود
 * الصباح" is one Kuwaiti name, not سلمان in the morning. */
static int boundary_given_name(const rw_xstate *st, uint32_t j)
{
    const rw_unit *u = &st->units[j];
    if (u->kind != RW_U_WORD || u->ntok != 1 || u->pflags || u->prefix_len ||
        !(u->cls & RW_W_BOUNDARY) || !forename_at(st, u->tok) || j + 1 >= st->n_units)
        return 0;
    const rw_unit *v = &st->units[j + 1];
    return v->kind == RW_U_OTHER && v->definite && !v->pflags && v->ntok == 1 &&
           !date_starts_at(st, j + 1);
}

/* Whether the lexicon person `actor` has for given name the first word of folded key[0..len):
 * "محمد ريكان" before الحلبوسي opens on his, "هانز يورغ" before شولتس on no one's of Olaf Scholz. */
static int actor_given_name_is(rw_xstate *st, int actor, const char *key, size_t len)
{
    const char *label = st->lx->actors[actor].label;
    const char *sp = strchr(label, ' ');
    const char *ksp = memchr(key, ' ', len);
    size_t kn = ksp ? (size_t)(ksp - key) : len;
    rw_buf_reset(&st->tmp);
    if (!sp || rw_text_fold_into(st->t, label, (size_t)(sp - label), &st->tmp)) return 0;
    /* (one a prefix of the other, of three letters at least: خوسي and خوسيه are one name) */
    size_t n = st->tmp.len < kn ? st->tmp.len : kn;
    return n >= 6 && memcmp(st->tmp.data, key, n) == 0;
}

static uint32_t read_name(rw_xstate *st, uint32_t k, int first_ana)
{
    uint32_t j = k;
    rw_buf_reset(&st->key);
    /* A name runs 1-5 words; each particle link (بن صالح) lets a Gulf chain run one further. */
    uint32_t links = 0;
    while (j < st->n_units && j - k < MAX_NAME_WORDS + links &&
           (name_word(st, j) || (j == k && office_given_name(st, j)) || after_patronym(st, j) ||
            bel_family_name(st, k, j) || word_surname_before_office(st, k, j) ||
            office_nisba_surname(st, k, j) || (j == k + 1 && boundary_given_name(st, j)) ||
            (j > k && (title_in_surname(st, j) || inner_honorific(st, j)))) &&
           !st->used[j]) {
        if (j > k && links < 4 && st->units[j].kind == RW_U_WORD &&
            (st->units[j].cls & RW_W_PARTICLE))
            links++;
        const rw_unit *u = &st->units[j];
        /* "خليفة بن علي آل خليفة بجولة تفقدية": the family after آل (words.tsv `family`) ends
         * the chain; what follows is the sentence going on. */
        if (j >= k + 2 && st->units[j - 2].kind == RW_U_WORD &&
            (st->units[j - 2].cls & RW_W_FAMILY) && st->units[j - 2].ntok == 1)
            break;
        /* A word carrying و is the next coordinated name - unless the name so far is one word and
         * the "next name" would be one word too: "بيني وونغ"، "جو ويلسون" are one name (not one
         * with the article: "أمن البلدين واحد والمعركة واحدة" names no one). */
        if (j > k && (u->pflags & RW_P_CONJ) &&
            !(j == k + 1 && !u->definite &&
              (j + 1 >= st->n_units || !name_word(st, j + 1) || (st->units[j + 1].pflags & RW_P_CONJ))))
            break;
        if (u->ntok != 1) break;
        /* An unknown word that is no given name opens no name when it is an إفعال of a root in
         * hamza ("يحق لرئيس الحكومة اجراء التعديل": what the holder does) or is written with the
         * pronoun ها، هم، هما or هن ("ووقع البلدان خلالها خمس اتفاقيات"; ه alone ends too many
         * names: طه، عبده). */
        if (j == k && u->kind == RW_U_OTHER && !u->definite && !forename_at(st, u->tok) &&
            (verbal_noun_ifaa(tfold(st, u->tok), tfold_len(st, u->tok)) ||
             plural_pronoun_ending(st, j) || feminine_pronoun_ending(st, j) ||
             noun_with_his_pronoun(st, u->tok)))
            break;
        /* "عاهل مملكة البحرين، قدم خلاله التهنئة": a preposition carrying a pronoun (خلاله،
         * معه، لديه) is the sentence going on, never a word of a name. */
        if (u->kind == RW_U_OTHER && rw_mentions_pronoun_on(st, u->tok, RW_W_PREP | RW_W_DURING))
            break;
        /* "هيله ثورنينج شميت أثارت": past the second word, a past verb of form IV said of a
         * woman ends the name. */
        if (j >= k + 2 && u->kind == RW_U_OTHER && !forename_at(st, u->tok) &&
            form_iv_past_feminine(st, u->tok))
            break;
        /* "ليونيل ميسي سيبدأ": past the second word, a verb in the future ends the name (a
         * second word may be a foreign one of that shape: "ايساكا سيديبي"). */
        if (j >= k + 2 && u->kind == RW_U_OTHER && future_verb(st, u->tok)) break;
        /* "كارلوس لوباز معربا عن": ... and so does a word of a participle's or verbal noun's
         * shape (sentence_word_shape). */
        if (j >= k + 2 && sentence_word_shape(st, j)) break;
        /* "عناصر أمنية اعتقلت القيادي": after a given name that is also a word, a past verb of
         * the derived forms conjugated for a woman (افتعلت، انفعلت) is the sentence going on. */
        if (j == k + 1 && u->kind == RW_U_OTHER && !forename_at(st, u->tok) &&
            derived_past_feminine(tfold(st, u->tok), tfold_len(st, u->tok)))
            break;
        /* "ورفض عباس إجراء اتصال": after a given name, the إفعال of a root in hamza that is no
         * given name is the verb's object, no family name. */
        if (j == k + 1 && u->kind == RW_U_OTHER && forename_at(st, st->units[k].tok) &&
            !forename_at(st, u->tok) &&
            verbal_noun_ifaa(tfold(st, u->tok), tfold_len(st, u->tok)))
            break;
        /* "توزيعها علي الأمنيين": the plural of a nationality or nisba adjective (يين، يون) is no
         * family name, which keeps the singular (الأمني). */
        if (j > k && u->kind == RW_U_OTHER && u->definite && nisba_plural(st, u->tok)) break;
        /* "رضا شرف الدين للحديث"، "عبد الله المحارب لتدارس": a preposition glued to the next
         * word ends the name. */
        if (j > k && preposition_on(st, j, j == k + 1 && forename_at(st, st->units[k].tok)) &&
            !bel_family_name(st, k, j))
            break;
        /* "شاكر العرضاوي لخطة"، "عصام الشابي لحادث": after a surname with the article, a word
         * that opens with the glued ل is no more of the name. */
        if (j > k && st->units[j - 1].definite && glued_purpose(st, j)) break;
        /* "والي الجهة خصصت لضبط حاجيات": ... nor after a first word that is no given name, when
         * what follows ل is a bare verbal noun of three letters ("نوربار لامار" is a name). */
        if (j == k + 1 && st->units[k].kind == RW_U_OTHER && !forename_at(st, st->units[k].tok) &&
            glued_purpose(st, j) && tfold_len(st, u->tok) == 8)
            break;
        /* "كريم الهلالي لاعبي المنتخب": past the second word, an unknown indefinite word followed
         * by a definite one heads a construct ("the players of the team"); a name's words do
         * not, but for given names in compound ones ("محمد صالح العرفاوي") and the father's
         * name right after بن ("خالد بن صقر القاسمي"). */
        if (j >= k + 2 && u->kind == RW_U_OTHER && !u->definite && j + 1 < st->n_units &&
            !(st->units[j - 1].kind == RW_U_WORD && (st->units[j - 1].cls & RW_W_PATRONYM)) &&
            st->units[j + 1].definite && !st->units[j + 1].prefix_len && !forename_at(st, u->tok))
            break;
        /* "لسعد اليعقوبي قرار وزارة التربية": after a family name with the article (no given
         * name written so - الحبيب، الناصر - nor the end of a compound one: عبد الله، نور الدين),
         * an unknown word without it is the sentence going on. */
        if (j >= k + 2 && u->kind == RW_U_OTHER && !u->definite && !forename_at(st, u->tok) &&
            family_name_at(st, j - 1))
            break;
        /* "ترفض مارين ارتداء الحجاب"، "أنيس غديرة تدشين باخرة": past the first word, a verbal
         * noun of a derived form is what the person does, not her name (a given name of that
         * shape is one: انتصار، تيسير) - the form VIII of a root in ل too, which looks definite
         * ("وليد بخاري التزام حكومته"). */
        if (j > k && u->kind == RW_U_OTHER && !forename_at(st, u->tok) &&
            derived_verbal_noun(tfold(st, u->tok), tfold_len(st, u->tok)))
            break;
        /* "محسن مرزوق التصريحات الأخيرة"، "سليم خلبوس الميزانية المخصصة": past a given and a
         * family name, a word with the article ending in ات or ة with an adjective with the
         * article after it is a noun the sentence goes on with. Family names may end so
         * ("خالد الحنيفات"، "يعرب فلاح القضاة"، "شفيق الجراية") but are no noun with an
         * adjective - one no lexicon knows, or an engine word (الأخيرة، الجديدة). So it is
         * right after a given name that is also a word ("رئيس حكومة كامل الصلاحيات الدستورية":
         * full powers, no one called Kamel). */
        if ((j >= k + 2 || (j == k + 1 && forename_at(st, st->units[k].tok) == 2)) &&
            u->kind == RW_U_OTHER && u->definite && !forename_at(st, u->tok) &&
            (ends_in_plural_at(st, u->tok) || ends_in_ta_marbuta(st, u->tok)) && j + 1 < st->n_units &&
            st->units[j + 1].definite && !st->units[j + 1].pflags &&
            (st->units[j + 1].kind == RW_U_OTHER || st->units[j + 1].kind == RW_U_NISBA ||
             (st->units[j + 1].kind == RW_U_WORD && !(st->units[j + 1].cls & RW_W_RELATIVE))))
            break;
        /* "دشن الأمير فيصل بن مشعل بن سعود مشروعات تنموية": past a link's name (بن X) a name goes
         * on with another link or a family name with the article ("خالد بن محمد العطية"), not
         * with an indefinite word no lexicon knows - the sentence's object - unless a title in
         * apposition or a stop closes the name right after it ("أنور بن محمد قرقاش وزير الدولة"). */
        if (j >= k + 3 && u->kind == RW_U_OTHER && !u->definite && !forename_at(st, u->tok) &&
            st->units[j - 2].kind == RW_U_WORD && (st->units[j - 2].cls & RW_W_PATRONYM) &&
            !(j + 1 < st->n_units && (st->units[j + 1].kind == RW_U_TITLE ||
                                      st->units[j + 1].kind == RW_U_OFFICE ||
                                      st->units[j + 1].kind == RW_U_PUNCT)))
            break;
        /* "يغادر الوزير أبوبكر عبدالله القربي العاصمة صنعاء": past a family name with the
         * article, a noun with the article written with ة is the sentence's object (not after a
         * given name written so, "محمد الطاهر الجراية", or a compound's second word). */
        if (j >= k + 2 && u->kind == RW_U_OTHER && u->definite && !u->pflags &&
            !forename_at(st, u->tok) && ends_in_ta_marbuta(st, u->tok) &&
            st->units[j - 1].kind == RW_U_OTHER && st->units[j - 1].definite &&
            !forename_at(st, st->units[j - 1].tok) &&
            !(st->units[j - 2].kind == RW_U_WORD && (st->units[j - 2].cls & RW_W_PARTICLE)))
            break;
        /* "وزار وزير التربية ماجد بن علي النعيمي المعرض": past a link, its name and a family
         * name with the article, a name is whole; a word with the article after it is the
         * sentence's object. (Not past a compound given name: "بن رجاء الله السلمي".) */
        if (j >= k + 4 && u->kind == RW_U_OTHER && u->definite && !u->pflags &&
            family_name_at(st, j - 1) && !st->units[j - 2].definite &&
            st->units[j - 3].kind == RW_U_WORD && (st->units[j - 3].cls & RW_W_PATRONYM))
            break;
        /* "استقبل نائب أمير المنطقة الأمير منصور بن بندر بن سعود المواطنين": past a link's name,
         * a participle's plural with the article is the sentence's object, no family name. */
        if (j >= k + 3 && st->units[j - 2].kind == RW_U_WORD &&
            (st->units[j - 2].cls & RW_W_PATRONYM) && family_name_at(st, j) &&
            rw_mentions_participle_plural(st, u->tok))
            break;
        /* "ميشل عون هنأه فيها": past the second word, an unknown word with an attached pronoun
         * is a verb or a noun with its possessor, no name - but for the father's name right
         * after a link, which is one whatever its ending ("أحمد ولد داداه"). */
        if (j >= k + 2 && u->kind == RW_U_OTHER && !u->definite && !forename_at(st, u->tok) &&
            pronoun_ending(st, j) &&
            !(st->units[j - 1].kind == RW_U_WORD && (st->units[j - 1].cls & RW_W_PATRONYM)))
            break;
        if (j > k) rw_buf_putc(&st->key, ' ');
        if (j == k && whole_given_name(st, u, first_ana)) {
            /* "لسعد اليعقوبي": the given name as written, not ل + سعد */
            rw_buf_append(&st->key, tfold(st, u->tok), tfold_len(st, u->tok));
        } else if (j == k) {
            const rw_analysis *a = ana(st, u->tok, first_ana >= 0 ? first_ana : u->ana);
            rw_buf_append(&st->key, a->stem, a->stem_len);
        } else {
            rw_buf_append(&st->key, tfold(st, u->tok), tfold_len(st, u->tok));
        }
        j++;
    }
    /* "السيدة الأولى الفرنسية بريجيت ماكرون": a given name before a lexicon surname alone is
     * another member of that family, not the lexicon person; so are two or more ("هانز يورغ
     * شولتس"، "نجل المرجع محمد رضا السيستاني") that do not open on the lexicon person's own
     * ("محمد ريكان الحلبوسي" may be محمد الحلبوسي). */
    if (j > k && j < st->n_units && !st->used[j] && st->units[j].kind == RW_U_ACTOR &&
        st->units[j].ntok == 1 && !(st->units[j].pflags & RW_P_CONJ) &&
        st->lx->actors[st->units[j].ref].kind == RW_KIND_PERSON &&
        (j == k + 1 || !actor_given_name_is(st, st->units[j].ref, st->key.data, st->key.len))) {
        rw_buf_putc(&st->key, ' ');
        rw_buf_append(&st->key, tfold(st, st->units[j].tok), tfold_len(st, st->units[j].tok));
        return j + 1;
    }
    /* A name the article already knows ends there: "الرئيس بوتين دعم" is بوتين - unless بن,
     * بنت or آل follows it, a chain that names her in full ("الشيخة موزا" in the headline, "الشيخة
     * موزا بنت ناصر" in the body; "مشعل بن عبدالعزيز" then "مشعل بن عبد العزيز آل سعود"). */
    if (j - k > 1 && name_lookup(st, st->key.data, st->key.len) < 0) {
        const char *kd = st->key.data;
        for (size_t cut = st->key.len; cut-- > 0;) {
            if (kd[cut] != ' ') continue;
            if (name_lookup(st, kd, cut) >= 0) {
                size_t words = 1;
                for (size_t c = 0; c < cut; c++) words += kd[c] == ' ';
                const rw_unit *after = &st->units[k + words];
                if (after->kind == RW_U_WORD && (after->cls & (RW_W_PATRONYM | RW_W_FAMILY))) break;
                j = k + (uint32_t)words;
                st->key.len = cut;
                st->key.data[cut] = '\0';
                break;
            }
        }
    }
    /* A name does not end on a particle (أبو alone is no name). */
    while (j > k && st->units[j - 1].kind == RW_U_WORD && (st->units[j - 1].cls & RW_W_PARTICLE)) {
        j--;
        const char *sp = st->key.len ? strrchr(st->key.data, ' ') : NULL;
        if (sp) {
            st->key.len = (size_t)(sp - st->key.data);
            st->key.data[st->key.len] = '\0';
        } else {
            rw_buf_reset(&st->key);
        }
    }
    return j;
}

/* Whether token tok, as written, ends in one of the n `endings` with at least `rest` bytes
 * before it. */
static int written_ending(const rw_xstate *st, uint32_t tok, const char *const *endings, size_t n,
                          size_t rest)
{
    const rw_token *t = &st->tk->v[tok];
    const char *s = st->text + t->start;
    size_t len = t->end - t->start;
    for (size_t i = 0; i < n; i++) {
        size_t m = strlen(endings[i]);
        if (len >= m + rest && memcmp(s + len - m, endings[i], m) == 0) return 1;
    }
    return 0;
}

/* Whether token tok is written with a bare alef (no hamza) as its second letter: "لاورا"،
 * "لافروف" are foreign names, where the preposition ل before a noun is written لأ، لإ or لل. */
static int bare_alef_second(const rw_xstate *st, uint32_t tok)
{
    const rw_token *t = &st->tk->v[tok];
    const unsigned char *w = (const unsigned char *)st->text + t->start;
    return t->end - t->start >= 4 && w[2] == 0xD8 && w[3] == 0xA7;
}

/* Whether token tok is written with ة at its end (not ه, which folding makes it). */
static int ends_in_ta_marbuta(const rw_xstate *st, uint32_t tok)
{
    static const char *const ta[] = {"\xd8\xa9"}; /* ة */
    return written_ending(st, tok, ta, 1, 2);
}

/* Whether token tok, as written, ends in alef (ا، اً): the accusative of an adverb ("صباحا")
 * or of a noun. */
static int ends_in_alef(const rw_xstate *st, uint32_t tok)
{
    static const char *const alef[] = {"\xd8\xa7", "\xd8\xa7\xd9\x8b"}; /* ا اً */
    return written_ending(st, tok, alef, 2, 2);
}

/* Whether token tok, as written, ends as a sound feminine plural does (ات): a noun or an
 * adjective, seldom a family name. */
static int ends_in_plural_at(const rw_xstate *st, uint32_t tok)
{
    static const char *const at[] = {"\xd8\xa7\xd8\xaa"}; /* ات */
    return written_ending(st, tok, at, 1, 6);
}

int rw_mentions_participle_plural(const rw_xstate *st, uint32_t tok)
{
    static const char *const plural[] = {"\xd9\x8a\xd9\x86", "\xd9\x88\xd9\x86"}; /* ين ون */
    static const char al_m[] = "\xd8\xa7\xd9\x84\xd9\x85", alef[] = "\xd8\xa7"; /* الم ا */
    const rw_token *t = &st->tk->v[tok];
    const char *w = st->text + t->start;
    size_t len = t->end - t->start;
    if (len < 16 || memcmp(w, al_m, 4) != 0 || !written_ending(st, tok, plural, 2, 10)) return 0;
    /* الم...: المواطنين، المسؤولين; or فاعل, eight letters: الفائزين، الحاضرين */
    return memcmp(w, al_m, 6) == 0 || (len == 16 && memcmp(w + 6, alef, 2) == 0);
}

int rw_mentions_forename(const rw_xstate *st, uint32_t tok)
{
    return forename_at(st, tok) != 0;
}

int rw_mentions_written_pronoun(const rw_xstate *st, uint32_t tok)
{
    /* Third person only: "my" and "our" (ي، نا) end too many names (سامي، حسنا). */
    static const char *const third[] = {"\xd9\x87", "\xd9\x87\xd8\xa7", "\xd9\x87\xd9\x85",
                                        "\xd9\x87\xd9\x85\xd8\xa7"}; /* ه ها هم هما */
    return written_ending(st, tok, third, sizeof third / sizeof *third, 1);
}

int rw_mentions_written_feminine(const rw_xstate *st, uint32_t tok)
{
    static const char *const her[] = {"\xd9\x87\xd8\xa7"}; /* ها */
    return written_ending(st, tok, her, 1, 1);
}

int rw_mentions_feminine_verb(const rw_xstate *st, uint32_t u, int past)
{
    static const char ta[] = "\xd8\xaa"; /* ت */
    const rw_unit *v = &st->units[u];
    const char *w = rw_token_fold(st->tk, v->tok);
    size_t len = st->tk->v[v->tok].fold_len;
    if (v->ntok != 1 || v->suffix != RW_SUF_NONE || len < (size_t)v->prefix_len + 6) return 0;
    return past ? memcmp(w + len - 2, ta, 2) == 0 : memcmp(w + v->prefix_len, ta, 2) == 0;
}

int rw_mentions_written_ta_marbuta(const rw_xstate *st, uint32_t tok)
{
    return ends_in_ta_marbuta(st, tok);
}

int rw_mentions_feminine_title(const rw_xstate *st, uint32_t u)
{
    const rw_unit *v = &st->units[u];
    return (v->kind == RW_U_TITLE || v->kind == RW_U_OFFICE) && ends_in_ta_marbuta(st, v->tok);
}

int rw_mentions_spoken_for(const rw_xstate *st, uint32_t u)
{
    if (u == 0 || u >= st->n_units) return 0;
    const rw_unit *v = &st->units[u - 1], *w = &st->units[u];
    if (!((v->kind == RW_U_OFFICE || v->kind == RW_U_WORD) &&
          (tok_class(st, v->tok + v->ntok - 1) & RW_W_BEHALF) &&
          (w->kind == RW_U_OFFICE || w->kind == RW_U_TITLE)))
        return 0;
    /* A known person after the title is the one spoken for; an unknown name is the
     * spokesperson's own ("الناطق الرسمي باسم رئيس مجلس النواب حسان الفطحلي"). */
    for (uint32_t k = u + 1; k < st->n_units && k < u + 4; k++) {
        const rw_unit *x = &st->units[k];
        if (x->kind == RW_U_ACTOR) return person_unit(st, k);
        if (x->kind != RW_U_NISBA && x->kind != RW_U_PLACE && !(x->kind == RW_U_OTHER && x->definite))
            return 0;
    }
    return 0;
}

int rw_mentions_masculine_title(const rw_xstate *st, uint32_t u)
{
    static const char *const her_side[] = {"\xd8\xaa\xd9\x87", "\xd8\xaa\xd9\x87\xd8\xa7"}; /* ته، تها */
    const rw_unit *v = &st->units[u];
    if (v->kind == RW_U_TITLE || v->kind == RW_U_OFFICE) return !ends_in_ta_marbuta(st, v->tok);
    /* نظيره (his counterpart, a man) against نظيرته (a woman) */
    return v->kind == RW_U_WORD && (v->cls & RW_W_COUNTERPART) && v->ntok == 1 &&
           !written_ending(st, v->tok, her_side, 2, 1) && !ends_in_ta_marbuta(st, v->tok);
}

int rw_mentions_written_dual(const rw_xstate *st, uint32_t tok)
{
    static const char *const dual[] = {"\xd9\x87\xd9\x85\xd8\xa7"}; /* هما */
    return written_ending(st, tok, dual, 1, 1);
}

int rw_mentions_written_oblique_dual(const rw_xstate *st, uint32_t tok)
{
    static const char *const dual[] = {"\xd9\x8a\xd9\x86"}; /* ين */
    return written_ending(st, tok, dual, 1, 1);
}

int rw_mentions_written_plural(const rw_xstate *st, uint32_t tok)
{
    static const char *const plural[] = {"\xd9\x87\xd9\x85", "\xd9\x87\xd9\x86"}; /* هم هن */
    return written_ending(st, tok, plural, 2, 1);
}

/* Whether a one-word candidate ends in an attached pronoun - a verbal noun with its possessor
 * ("تأكيده"), not a name: the analyser found one and the written word has it. */
static int pronoun_ending(const rw_xstate *st, uint32_t k)
{
    uint32_t tok = st->units[k].tok;
    for (int a = 0; a < st->n_an[tok]; a++)
        if (ana(st, tok, a)->suffix_class == RW_SUF_PRONOUN) return rw_mentions_written_pronoun(st, tok);
    return 0;
}

/* Whether unit k is a title that names no office - an honorific or a rank (السيد، الدكتور،
 * العقيد) - rather than one that heads an office (وزير) or is one (خادم الحرمين الشريفين). */
static int honorific_title(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    return u->kind == RW_U_TITLE && st->lx->titles[u->ref].cls != RW_TITLE_FULL &&
           st->lx->titles[u->ref].cls != RW_TITLE_HEAD;
}

/* Whether unit k is one office word with the article that titles.tsv lists as an honorific
 * too (الأمير، المستشار): before a name it is the name's title. */
static int honorific_office_word(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (u->kind != RW_U_OFFICE || u->ntok != 1 || !u->definite) return 0;
    const rw_lex_phrase *p = rw_lexicon_lookup(st->lx, tfold(st, u->tok), tfold_len(st, u->tok));
    for (int h = 0; p && h < p->nhits; h++)
        if (p->hits[h].type == RW_LEX_TITLE &&
            st->lx->titles[p->hits[h].ref].cls == RW_TITLE_HONORIFIC)
            return 1;
    return 0;
}

/* The bare form of token tok of unit u for matching titles: folded, without the و the unit
 * carries, a glued preposition (لـ، بـ) or the article. */
static void bare_word(const rw_xstate *st, const rw_unit *u, uint32_t tok, const char **w, size_t *n)
{
    *w = tfold(st, tok);
    *n = tfold_len(st, tok);
    if (tok == u->tok && u->prefix_len && u->prefix_len < *n) {
        *w += u->prefix_len;
        *n -= u->prefix_len;
    }
    size_t art = rw_morph_article_len(*w, *n);
    if (art && art < *n) {
        *w += art;
        *n -= art;
    }
}

rw_wclass rw_mentions_class_without_article(const rw_xstate *st, uint32_t u)
{
    size_t n;
    const char *w = rw_mentions_unit_bare(st, u, &n);
    size_t art = rw_morph_article_len(w, n);
    return art && art < n ? rw_lexicon_word_class(st->lx, w + art, n - art) : 0;
}

/* Writes into *out (malloc'd) the bare words of units [u0, u1), one space apart. */
static int title_words(const rw_xstate *st, uint32_t u0, uint32_t u1, char **out)
{
    size_t len = 0;
    for (uint32_t k = u0; k < u1; k++)
        for (uint32_t t = st->units[k].tok; t < st->units[k].tok + st->units[k].ntok; t++)
            len += tfold_len(st, t) + 1;
    char *p = *out = malloc(len + 1);
    if (!p) return -1;
    for (uint32_t k = u0; k < u1; k++) {
        const rw_unit *u = &st->units[k];
        if (u->kind == RW_U_PUNCT) continue;
        for (uint32_t t = u->tok; t < u->tok + u->ntok; t++) {
            const char *w;
            size_t n;
            bare_word(st, u, t, &w, &n);
            if (p > *out) *p++ = ' ';
            memcpy(p, w, n);
            p += n;
        }
    }
    *p = 0;
    return 0;
}

/* A copy of the surface s..s+n of units from u0 on, its article given back where the preposition
 * ل took the article's alif ("للسفير الإسرائيلي" is ل + "السفير الإسرائيلي", not "لسفير ..."):
 * unit_surface() only skips the proclitic's bytes. */
static const char alif[] = "\xd8\xa7";

/* Whether surface s of n bytes, starting at unit u0, lost the alif of its article to ل. */
static int alif_lost(const rw_xstate *st, uint32_t u0, const char *s, size_t n)
{
    static const char lam[] = "\xd9\x84";
    const rw_token *t = &st->tk->v[st->units[u0].tok];
    /* (only for a word the analyser read with the article: "للبنان" is ل + لبنان) */
    return st->units[u0].definite && s == st->text + t->start + 2 && n >= 2 &&
           memcmp(st->text + t->start, lam, 2) == 0 && memcmp(s, lam, 2) == 0;
}

static char *surface_copy(const rw_xstate *st, uint32_t u0, const char *s, size_t n)
{
    if (!alif_lost(st, u0, s, n)) return strndup(s, n);
    char *out = malloc(n + 3);
    if (!out) return NULL;
    memcpy(out, alif, 2);
    memcpy(out + 2, s, n);
    out[n + 2] = 0;
    return out;
}

/* Adds the words of units [u0, u1) as written to the names of entity e - with the article
 * that ل took off given back ("للرياض": الرياض, not لرياض). 0, or -1 when memory ran out. */
static int add_unit_name(rw_xstate *st, int e, uint32_t u0, uint32_t u1)
{
    const char *s;
    size_t n;
    unit_surface(st, u0, u1, -1, &s, &n);
    if (!alif_lost(st, u0, s, n)) return rw_extraction_add_name(st->x, e, s, n);
    char name[256];
    if (n + 2 > sizeof name) { /* (no name is that long; kept right all the same) */
        char *copy = surface_copy(st, u0, s, n);
        int rc = copy ? rw_extraction_add_name(st->x, e, copy, n + 2) : -1;
        free(copy);
        return rc;
    }
    memcpy(name, alif, 2);
    memcpy(name + 2, s, n);
    return rw_extraction_add_name(st->x, e, name, n + 2);
}

static int add_held(rw_xstate *st, int entity, int office, const char *cc, uint32_t u0,
                    uint32_t u1)
{
    if (rw_array_reserve((void **)&st->held, &st->cap_held, st->n_held + 1, sizeof *st->held)) return -1;
    rw_heldrole *h = &st->held[st->n_held];
    memset(h, 0, sizeof *h);
    h->entity = entity;
    h->office = office;
    snprintf(h->country, sizeof h->country, "%s", cc);
    /* "وزير الشؤون الثقافية، محمد زين العابدين": the comma before the name is no part of it,
     * nor an honorific or rank right before the name, after a comma or not ("مدير البحث
     * الطبي، الدكتور X"، "المدير الجهوي للحماية المدنية العقيد X": the office is the
     * director's, the rank the man's) - but not one in construct with a lone head ("قائد
     * الفريق" is the team's captain, "نائب الأميرال" a rank) or behind a proclitic ("للفريق"). */
    while (u1 > u0 + 2 && (honorific_title(st, u1 - 1) || honorific_office_word(st, u1 - 1)) &&
           !st->units[u1 - 1].prefix_len)
        u1--;
    while (u1 > u0 + 1 && st->units[u1 - 1].kind == RW_U_PUNCT) u1--;
    /* ... nor one that opens the title ("معالي وزير الخارجية الأمريكي"): its head is the
     * office's, which a later "الوزير الأمريكي" names again (title_anaphor). */
    while (u0 + 1 < u1 && honorific_title(st, u0) && !st->units[u0].prefix_len) u0++;
    h->of_pronoun = pronoun_ending(st, u0);
    const char *s;
    size_t n;
    unit_surface(st, u0, u1, -1, &s, &n);
    h->text = surface_copy(st, u0, s, n);
    if (!h->text || title_words(st, u0, u1, &h->words)) return -1;
    h->sentence = st->sentence;
    h->span = (rw_span){(uint32_t)(s - st->text), (uint32_t)(s - st->text + n)};
    st->n_held++;
    return 0;
}

/* The person of the last mention holds the title in units [u0, u1), written right after his
 * name: the title joins his mention. Returns 0, or -1 when memory ran out. */
static int last_person_holds(rw_xstate *st, int office, const char *cc, uint32_t u0, uint32_t u1)
{
    if (add_held(st, st->pms[st->n_pms - 1].ref, office, cc, u0, u1)) return -1;
    for (uint32_t k = u0; k < u1; k++) st->used[k] = 1;
    st->pms[st->n_pms - 1].unit_end = u1;
    return 0;
}

static int add_placeholder(rw_xstate *st, int office, const char *cc, uint32_t u0, uint32_t u1)
{
    if (rw_array_reserve((void **)&st->ph, &st->cap_ph, st->n_ph + 1, sizeof *st->ph)) return -1;
    rw_placeholder *p = &st->ph[st->n_ph];
    p->office = office;
    snprintf(p->country, sizeof p->country, "%s", cc);
    p->resolved = -1;
    p->many = p->former = 0;
    p->of_place = p->several = 0;
    p->words = NULL;
    p->sentence = st->sentence;
    /* (a stop after the title, where no name came, is no part of its label) */
    while (u1 > u0 + 1 && st->units[u1 - 1].kind == RW_U_PUNCT) u1--;
    const char *s;
    size_t n;
    unit_surface(st, u0, u1, -1, &s, &n);
    p->surface = surface_copy(st, u0, s, n);
    if (!p->surface) return -1;
    return (int)st->n_ph++;
}

int rw_mentions_is_comma(const rw_xstate *st, uint32_t k)
{
    if (st->units[k].kind != RW_U_PUNCT) return 0;
    const char *f = tfold(st, st->units[k].tok);
    return strcmp(f, ",") == 0 || strcmp(f, "\xd8\x8c") == 0; /* , or ، */
}

/* The entity of the lexicon actor at unit u; its surface joins the names and, for a person, its
 * surname is remembered for the rest of the article. */
/* Puts in st->key the name of the actor at unit u as the article's names are keyed: its first
 * word without clitics, the others folded; with `more`, the word of the unit after it too. */
static void actor_key(rw_xstate *st, uint32_t u, int more)
{
    const rw_unit *un = &st->units[u];
    const rw_analysis *a = ana(st, un->tok, un->ana);
    rw_buf_reset(&st->key);
    rw_buf_append(&st->key, a->stem, a->stem_len);
    for (uint32_t t = 1; t < un->ntok; t++) {
        rw_buf_putc(&st->key, ' ');
        rw_buf_append(&st->key, tfold(st, un->tok + t), tfold_len(st, un->tok + t));
    }
    if (more) {
        const rw_unit *v = &st->units[u + 1];
        rw_buf_putc(&st->key, ' ');
        rw_buf_append(&st->key, tfold(st, v->tok), tfold_len(st, v->tok));
    }
}

/* "البابا فرنسيس": a lexicon person whose name, as the actors lexicon writes it, opens on an
 * office he holds at the article's date (roles.tsv) holds it in the article - a later "قداسة
 * البابا" is he, not another pope the article names with the title. 0, or -1 when memory ran
 * out. */
static int office_in_actor_name(rw_xstate *st, uint32_t u, int e)
{
    const rw_unit *un = &st->units[u];
    /* (the office's words, one or more: "البابا فرنسيس"، "بابا الفاتيكان فرنسيس") */
    rw_buf_reset(&st->tmp);
    for (uint32_t n = 1; n < un->ntok; n++) {
        if (n > 1) rw_buf_putc(&st->tmp, ' ');
        rw_buf_append(&st->tmp, tfold(st, un->tok + n - 1), tfold_len(st, un->tok + n - 1));
        const rw_lex_phrase *ph = rw_lexicon_lookup(st->lx, st->tmp.data, st->tmp.len);
        for (int i = 0; ph && i < ph->nhits; i++) {
            const rw_lex_hit *h = &ph->hits[i];
            if (h->type != RW_LEX_OFFICE ||
                !rw_lexicon_actor_held(st->lx, un->ref, h->ref, "", &st->doc_date))
                continue;
            return add_held(st, e, h->ref, st->lx->actors[un->ref].country, u, u + 1) ? -1 : 0;
        }
    }
    return 0;
}

static int actor_mention(rw_xstate *st, uint32_t u)
{
    const rw_unit *un = &st->units[u];
    int e = rw_mentions_actor_entity(st, un->ref);
    if (e < 0) return -1;
    if (add_unit_name(st, e, u, u + 1)) return -1;
    if (st->lx->actors[un->ref].kind != RW_KIND_PERSON) return e;
    actor_key(st, u, 0);
    char *key = strndup(st->key.data, st->key.len);
    if (!key) return -1;
    int rc = remember_person(st, key, strlen(key), e);
    free(key);
    if (rc || office_in_actor_name(st, u, e)) return -1;
    return e;
}

/* "المشير أركان حرب خليفة بلقاسم حفتر"، "محمد ريكان الحلبوسي": whether the given names of units
 * [u0, end), read by read_name (their key in st->key), are two or more that open on the given
 * name of the lexicon person whose surname alone stands at `end` - that person named with his
 * father's name, not another of his family (read_name stopped before the surname for those). */
static int given_names_of_actor(rw_xstate *st, uint32_t u0, uint32_t end)
{
    if (end < u0 + 2 || end >= st->n_units || st->used[end]) return 0;
    const rw_unit *v = &st->units[end];
    return v->kind == RW_U_ACTOR && v->ntok == 1 && !(v->pflags & RW_P_CONJ) &&
           st->lx->actors[v->ref].kind == RW_KIND_PERSON &&
           actor_given_name_is(st, v->ref, st->key.data, st->key.len);
}

/* The lexicon person of given_names_of_actor, the whole run [u0, end] one of his names: the
 * entity, or -1 when memory ran out. */
static int actor_named_in_full(rw_xstate *st, uint32_t u0, uint32_t end)
{
    int e = actor_mention(st, end);
    if (e < 0 || add_unit_name(st, e, u0, end + 1)) return -1;
    return e;
}

/* Whether unit k is the word "بن"/"بنت"/"آل" of a name chain: a one-token particle. */
static int chain_particle(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    return k < st->n_units && u->kind == RW_U_WORD && u->ntok == 1 && (u->cls & RW_W_PARTICLE) &&
           !(u->pflags & RW_P_CONJ);
}

/* Whether unit k may be the name after a chain particle: after بن or آل any one-token word is a
 * name (بن سلطان، بن خليفة، آل سعيد), whatever else it means. */
static int chain_name(const rw_xstate *st, uint32_t k)
{
    if (k >= st->n_units) return 0;
    const rw_unit *u = &st->units[k];
    if (u->ntok != 1 || u->pflags & RW_P_CONJ) return 0;
    if (u->kind == RW_U_PUNCT || u->kind == RW_U_NUMBER || u->kind == RW_U_TRIGGER) return 0;
    if (u->kind == RW_U_WORD && (u->cls & (RW_W_CLAUSE | RW_W_PREP)) && !(u->cls & RW_W_PARTICLE))
        return 0;
    return 1;
}

/* The end of the chain of links "بن عبدالرحمن بن جاسم آل ثاني" starting at unit j (j itself
 * when there is none): particle + name, where the name may be "عبد" + word. */
static uint32_t name_chain_end(const rw_xstate *st, uint32_t j)
{
    uint32_t k = j;
    while (k - j < 10 && chain_particle(st, k) && chain_name(st, k + 1)) {
        if (st->units[k + 1].kind == RW_U_WORD && (st->units[k + 1].cls & RW_W_PARTICLE)) {
            if (!chain_name(st, k + 2)) break;
            k += 3;
        } else {
            k += 2;
        }
    }
    return k;
}

/* Gulf apposition: "محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء" - the
 * offices right after a known person's name are his when the lexicon says he holds them. Consumes
 * the rest of the name (particles and their words), then the offices; returns the unit after. */
static int apposition(rw_xstate *st, uint32_t j, int entity, int actor, uint32_t *next,
                      uint32_t *tail)
{
    /* The tail of a long name: "بن عبدالعزيز آل سعود", "بن سلطان آل نهيان". */
    uint32_t k = name_chain_end(st, j);
    uint32_t t0 = k;
    if (tail) *tail = k;
    int found = 0;
    while (k < st->n_units && !st->used[k] && st->units[k].kind == RW_U_OFFICE &&
           !(st->units[k].pflags & RW_P_CONJ)) {
        uint32_t u = k + 1;
        char cc[8] = "";
        if (u < st->n_units && st->units[u].kind == RW_U_NISBA)
            snprintf(cc, sizeof cc, "%s", st->lx->countries[st->units[u++].ref]);
        else if (u < st->n_units && st->units[u].kind == RW_U_PLACE && !st->units[u].prefix_len &&
                 st->lx->places[st->units[u].ref].kind == RW_PLACE_COUNTRY)
            snprintf(cc, sizeof cc, "%s", st->lx->places[st->units[u++].ref].country); /* وزير خارجية روسيا */
        /* "استقبل رئيس الجمهورية X الرئيس الفرنسي Y": an office of another country, or one with
         * a person named right after it, is the next person's title. */
        if (!rw_lexicon_actor_held(st->lx, actor, st->units[k].ref, cc, NULL) ||
            (u < st->n_units && st->units[u].kind == RW_U_ACTOR && !(st->units[u].pflags & RW_P_CONJ) &&
             st->lx->actors[st->units[u].ref].kind == RW_KIND_PERSON))
            break;
        if (add_held(st, entity, st->units[k].ref, cc, k, u)) return -1;
        k = u;
        found = 1;
    }
    if (!found) k = t0 > j && t0 < st->n_units ? t0 : j;
    for (uint32_t u = j; u < k; u++) st->used[u] = 1;
    *next = k;
    return 0;
}

/* Whether unit k is a definite noun that may complete a title: an unknown one, or, coordinated
 * by و, one of the topic nouns words.tsv keeps out of names ("وزير التجارة والتعاون الدولي":
 * التعاون is no name but is a portfolio; "الرئيس اليوم" is no title). */
static int definite_complement(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (!u->definite) return 0;
    if (u->kind == RW_U_OTHER) return 1;
    if (u->kind != RW_U_WORD || u->ntok != 1 || !u->cls) return 0;
    /* "رئيس الترجي الرياضي التونسي حمدي المدب": a club's name (a word of sport) completes the
     * title - it is the club's president, not the country's. */
    if (!(u->cls & ~RW_W_SPORT)) return 1;
    /* "رئيس هيئة الانتخابات شفيق صرصار": a topic noun completes the institution noun before it;
     * "وزير التعاون الإنمائي ألكسندر دي كرو": and a bare title head in construct with it. */
    if (!(u->cls & ~(RW_W_BOUNDARY | RW_W_TOPIC)) && k > 0 &&
        ((st->units[k - 1].kind == RW_U_WORD && (st->units[k - 1].cls & RW_W_INSTITUTION)) ||
         (st->units[k - 1].kind == RW_U_TITLE && !st->units[k - 1].definite &&
          st->units[k - 1].ntok == 1 && st->lx->titles[st->units[k - 1].ref].cls == RW_TITLE_HEAD)))
        return 1;
    return (u->pflags & RW_P_CONJ) && !(u->cls & ~(RW_W_BOUNDARY | RW_W_TOPIC));
}

/* Whether unit k is an institution noun with no clitic right after a preposition ("في حكومة"). */
static int government_after_preposition(const rw_xstate *st, uint32_t k)
{
    if (k == 0) return 0;
    const rw_unit *u = &st->units[k], *before = &st->units[k - 1];
    return u->kind == RW_U_WORD && (u->cls & RW_W_INSTITUTION) && !u->pflags &&
           u->ntok == 1 && before->kind == RW_U_WORD && (before->cls & RW_W_PREP) &&
           !(before->cls & RW_W_SIDE);
}

/* Whether a name starts at or shortly after unit k (past definite words and nationality
 * adjectives that complete a title): an unknown indefinite word, a particle, a lexicon person or
 * a rank. */
static int name_follows(const rw_xstate *st, uint32_t k)
{
    for (uint32_t steps = 0; k < st->n_units && steps < 6; k++, steps++) {
        const rw_unit *u = &st->units[k];
        if (u->kind == RW_U_ACTOR) return st->lx->actors[u->ref].kind == RW_KIND_PERSON;
        if (u->kind == RW_U_TITLE) return st->lx->titles[u->ref].cls == RW_TITLE_RANK ||
                                           st->lx->titles[u->ref].cls == RW_TITLE_HONORIFIC;
        /* "سفير خادم الحرمين الشريفين لدى البلاد الأمير سلطان بن سعد": an honorific that is an
         * office word too, and the name after it (a particle after its first word at most) */
        if (honorific_office_word(st, k) && k + 1 < st->n_units) {
            const rw_unit *v = &st->units[k + 1];
            uint32_t after = k + 2 < st->n_units ? k + 2 : k + 1;
            return (v->kind == RW_U_ACTOR && st->lx->actors[v->ref].kind == RW_KIND_PERSON) ||
                   (v->kind == RW_U_OTHER && !v->definite && name_word(st, k + 1)) ||
                   ((v->kind == RW_U_OFFICE || v->kind == RW_U_OTHER) && k + 2 < st->n_units &&
                    st->units[after].kind == RW_U_WORD &&
                    (st->units[after].cls & RW_W_PARTICLE));
        }
        if (u->kind == RW_U_OTHER && !u->definite) return name_word(st, k);
        if (u->kind == RW_U_WORD && ((u->cls & RW_W_PARTICLE) || yaa_name(st, k))) return 1;
        if (u->kind == RW_U_NISBA || definite_complement(st, k) || u->kind == RW_U_PLACE)
            continue;
        /* "وزير الخارجية في الإدارة السورية الجديدة أسعد الشيباني": an adjective of the
         * present (words.tsv `current`) closing a body's name */
        if (u->kind == RW_U_WORD && u->definite && (u->cls & RW_W_CURRENT) && steps > 0 && k > 0 &&
            (st->units[k - 1].kind == RW_U_NISBA || st->units[k - 1].kind == RW_U_OTHER))
            continue;
        /* "مبعوث الأمم المتحدة الخاص إلى سوريا غير بيدرسن": a preposition + place inside */
        /* (or + a government: "وزير الطاقة والمياه في حكومة تصريف الأعمال ريمون غجر") */
        if (u->kind == RW_U_WORD && (u->cls & RW_W_PREP) && !(u->cls & RW_W_SIDE) && k + 1 < st->n_units &&
            (st->units[k + 1].kind == RW_U_PLACE || (st->units[k + 1].kind == RW_U_OTHER && st->units[k + 1].definite) ||
             government_after_preposition(st, k + 1)))
            continue;
        /* (a government named by what it is, not by whom it is named after: "في حكومة يوسف
         * الشاهد زياد العذاري" - a name right after it is its head's) */
        if (government_after_preposition(st, k) && k + 1 < st->n_units &&
            ((st->units[k + 1].kind == RW_U_WORD && (st->units[k + 1].cls & RW_W_CURRENT)) ||
             st->units[k + 1].kind == RW_U_NISBA ||
             (st->units[k + 1].kind == RW_U_OTHER && st->units[k + 1].definite)))
            continue;
        if (u->kind == RW_U_WORD && (u->cls & RW_W_CURRENT) && k > 0 && government_after_preposition(st, k - 1))
            continue;
        return 0;
    }
    return 0;
}

/* name_follows(), or a comma and then a name ("والي صفاقس، الحبيب شواط"، "سفير الولايات المتحدة
 * بتونس، دانيال روبينستين"): the comma a title's last word may have before its holder's name. */
static int name_follows_comma(const rw_xstate *st, uint32_t k)
{
    return name_follows(st, k) ||
           (k + 1 < st->n_units && rw_mentions_is_comma(st, k) && name_follows(st, k + 1));
}

/* Whether a name follows the delegation noun at unit k and its adjectives (a nationality, nouns
 * with the article): "رئيس الوفد الحكومي رياض ياسين" names the head of the delegation. */
static int name_after_group(const rw_xstate *st, uint32_t k)
{
    uint32_t j = k + 1;
    while (j < st->n_units && j < k + 3 &&
           (st->units[j].kind == RW_U_NISBA ||
            (st->units[j].kind == RW_U_OTHER && st->units[j].definite && !st->units[j].pflags)))
        j++;
    return j > k + 1 && j < st->n_units && !rw_mentions_is_comma(st, j) && name_follows(st, j);
}

/* Whether up to three words of a body from unit k (nouns with the article, nisbas) end at a
 * comma that a name follows: "في حكومة الوحدة الوطنية، X" after a title's preposition. */
static int body_ends_at_comma_name(const rw_xstate *st, uint32_t k)
{
    uint32_t end = k;
    /* (an adjective of the present among them: "في حكومة تصريف الأعمال السورية، X") */
    while (end < st->n_units && end < k + 3 && !st->used[end] &&
           ((st->units[end].kind == RW_U_OTHER && st->units[end].definite) ||
            st->units[end].kind == RW_U_NISBA ||
            (st->units[end].kind == RW_U_WORD && (st->units[end].cls & RW_W_CURRENT))))
        end++;
    return end < st->n_units && rw_mentions_is_comma(st, end) && name_follows_comma(st, end);
}

/* Whether units k... are words with the article (the rest of a body's name, some carrying و)
 * up to a comma right before a name of two words at least ("والتجارة والصناعات التقليدية، وداد
 * بوشماوي"; not "... البحري، سمير بالطيب", whose second word the reader would cut). */
static int body_words_to_name(const rw_xstate *st, uint32_t k)
{
    for (uint32_t j = k; j < st->n_units && j < k + 6; j++) {
        const rw_unit *u = &st->units[j];
        if (rw_mentions_is_comma(st, j))
            return j > k && name_follows(st, j + 1) && j + 2 < st->n_units && name_word(st, j + 2) &&
                   !prepositional(st, j + 2);
        if (!((u->kind == RW_U_OTHER || u->kind == RW_U_NISBA) && u->definite)) return 0;
    }
    return 0;
}

/* A title being read: "[counterpart] office|title-head|honorific|rank + complements". */
typedef struct title {
    uint32_t u0, end;   /* units [u0, end) */
    int offices[4];     /* "وزيري الخارجية والدفاع": coordinated offices of a dual or plural head */
    int n_off;
    int plural;         /* a dual or plural head: several names may follow */
    int counterpart;    /* نظيره: the holder of the subject's office elsewhere */
    int titled;         /* a title of titles.tsv (head, honorific, rank) */
    int honorific;      /* an honorific or rank: a name follows, no office */
    int headed;         /* a title head or a full title */
    char cc[8];         /* the country the title names, "" when none */
    char ccs[4][8];     /* "وزراء خارجية قطر ومصر وتركيا": one office, coordinated countries */
    int n_cc;
    uint32_t head_tok;  /* the office's token and analysis, to look its coordinated portfolios up */
    int head_ana;
    int former;         /* "الرئيس السابق"، "رئيس الحكومة المكلف": no holder at the date */
    int of_body;        /* "رئيس حركة النهضة": the office of an organisation, not of a country */
    int pronoun;        /* it ends on an honorific with a pronoun (سموه): no name follows */
    int honorific_title; /* the first honorific's titles.tsv line, or -1 */
    int generic;        /* "لرئيس حكومة لبناني": an indefinite title with an indefinite
                         * nationality is any holder - "a Lebanese prime minister" - no one */
    int served;         /* "المستشار لدى رئيس الجمهورية، X": right after a word of service
                         * (words.tsv `serves`), the office of the one X serves, not X's */
} title;

/* Whether title t stands right after a visit's trigger, as its traveller ("زيارة رئيس
 * الجمهورية إلى ايطاليا تنتهي بتوقيع"): a preposition and a place after it are where the visit
 * goes, never part of the title, whatever word follows them. */
static int traveller_title(const rw_xstate *st, const title *t)
{
    const rw_unit *v = t->u0 > 0 ? &st->units[t->u0 - 1] : NULL;
    /* (not after one whose pronoun is the traveller: "والتقى فور وصوله السفير السعودي في
     * لبنان وليد بخاري" - the title is the verb's object, its place its complement) */
    return v && v->kind == RW_U_TRIGGER && st->lx->triggers[v->ref].rel == RW_REL_VISITED &&
           !pronoun_ending(st, t->u0 - 1);
}

/* Whether title t is one bare word of a title or an office (no article, no complement, no
 * honorific or rank: سفير، مبعوث، مستشار) with the name at unit j right after it. */
static int bare_title_before(const rw_xstate *st, const title *t, uint32_t j)
{
    const rw_unit *h = &st->units[t->u0];
    return j == t->u0 + 1 && t->end == j && h->ntok == 1 && !h->definite &&
           !pronoun_ending(st, t->u0) && /* "بلد رئيسه دونالد ترامب": its president */
           (h->kind == RW_U_TITLE || h->kind == RW_U_OFFICE) && !t->honorific &&
           !t->counterpart && !t->plural && !t->pronoun;
}

/* Whether title t is one bare word (no article, no complement, no honorific or rank: مستشار،
 * نائب) standing right after a person's mention, with the name at unit j right after it: the
 * title of the one before, in construct with the one after ("كوشنر مستشار ترامب"). */
static int title_in_construct(const rw_xstate *st, const title *t, uint32_t j)
{
    const rw_unit *h = &st->units[t->u0];
    if (j != t->u0 + 1 || t->end != j || h->ntok != 1 || h->definite || h->kind != RW_U_TITLE ||
        t->honorific || t->counterpart || t->plural || !st->n_pms)
        return 0;
    const rw_pm *m = &st->pms[st->n_pms - 1];
    return m->unit_end == t->u0 && m->kind == RW_PM_PERSON;
}

/* Whether title t is one unit of no article and no complement - an office or a title head
 * ("نائب رئيس"، "مستشار") - with, at unit j right after it, the family name alone of a person the
 * article named in full before: that person is the title's genitive ("فلوريان فيليبوت، نائب
 * رئيس لوبان في حزب الجبهة الوطنية": Le Pen's vice-president), not its holder - a title that
 * introduces its holder has the article or a complement ("الرئيس لوبان"، "رئيس الحزب X"). */
static int title_before_known_surname(const rw_xstate *st, const title *t, uint32_t j)
{
    const rw_unit *h = &st->units[t->u0], *u = &st->units[j];
    if (j != t->u0 + 1 || t->end != j || h->definite || t->honorific || t->counterpart ||
        t->plural || t->pronoun || pronoun_ending(st, t->u0) ||
        (h->kind != RW_U_TITLE && h->kind != RW_U_OFFICE))
        return 0;
    for (uint32_t k = 0; k < h->ntok; k++) /* ("ولي العهد X" names its holder) */
        if (tfold_len(st, h->tok + k) > 4 && memcmp(tfold(st, h->tok + k), "\xd8\xa7\xd9\x84", 4) == 0)
            return 0;
    if (u->kind != RW_U_OTHER || u->ntok != 1 || u->pflags || u->definite || forename_at(st, u->tok))
        return 0;
    int e = name_lookup(st, tfold(st, u->tok), tfold_len(st, u->tok));
    const rw_xentity *x = e >= 0 ? &st->x->entities[e] : NULL;
    return x && x->kind == RW_KIND_PERSON && x->label && strchr(x->label, ' ');
}

/* Whether office_given_name() holds at unit k right after the title t read so far: after an
 * office or a title head ("وزير الصناعة سلطان الجابر"), or right after a rank or an honorific
 * with the article ("معالي الدكتور سلطان الجابر") - not after a form of address ("سمو أمير
 * البلاد" is the emir). */
static int given_name_after_title(const rw_xstate *st, const title *t, uint32_t k)
{
    const rw_unit *b = k > 0 ? &st->units[k - 1] : NULL;
    int cls = b && b->kind == RW_U_TITLE ? (int)st->lx->titles[b->ref].cls : -1;
    int rank = cls == RW_TITLE_RANK || (cls == RW_TITLE_HONORIFIC && b->definite);
    return (t->n_off || t->headed || rank) && office_given_name(st, k);
}

/* Whether title t names one office of the article's own country, with no country written
 * ("رئيس الحكومة"، "وزير الداخلية"), whose holder at the article's date roles.tsv gives. (A
 * foreign title with its country, "وزيرة الدفاع الإسبانية مارغريتا روبليس", is often followed by
 * its holder in a spelling of its own.) */
static int known_holder(const rw_xstate *st, const title *t)
{
    if (t->n_off != 1 || t->former || t->of_body || t->plural || t->cc[0]) return 0;
    /* ... or an office of the United Nations ("الأمين العام للأمم المتحدة قيام الكيان ..."). */
    if (rw_lexicon_office_of_un(st->lx, t->offices[0]) &&
        rw_lexicon_role_holder(st->lx, t->offices[0], "UN", st->doc_date) >= 0)
        return 1;
    const char *cc = rw_mentions_home_country(st);
    /* ("رئيس الوزراء اليوناني X ووزير الخارجية Y": a title with و right after a person of
     * another country is of his country, and Y is its holder's name) */
    if (t->u0 > 0 && (st->units[t->u0].pflags & RW_P_CONJ) && st->n_pms &&
        st->pms[st->n_pms - 1].unit_end == t->u0 && st->pms[st->n_pms - 1].ref >= 0) {
        const char *pc = st->x->entities[st->pms[st->n_pms - 1].ref].country;
        if (pc && cc && strcmp(pc, cc) != 0) return 0;
    }
    return cc && *cc && rw_lexicon_role_holder(st->lx, t->offices[0], cc, st->doc_date) >= 0;
}

/* Whether the office at unit j, after the office title t read so far, is the title of a second
 * person rather than one more office of the first: a nationality follows it, and either that
 * nationality is another country than the one t names ("استقبل الرئيس الروسي وزير الخارجية
 * السوري") or j has the article after a title complete in itself - an office of more than one
 * word, or one written with the article ("التقى ولي العهد الرئيس السوري"). A chain of one
 * person's offices names one country ("ولي العهد رئيس مجلس الوزراء"), and a bare office in
 * construct takes the next as its complement ("مستشار الرئيس الأمريكي"). */
static int second_office_of_its_own(const rw_xstate *st, const title *t, uint32_t j)
{
    if (j + 1 >= st->n_units) return 0;
    const rw_unit *h = &st->units[t->u0], *u = &st->units[j], *v = &st->units[j + 1];
    if (u->prefix_len || u->pflags) return 0; /* "المبعوث الخاص للملك الأردني": its complement */
    for (uint32_t k = t->u0; k < j; k++)
        if (st->units[k].kind == RW_U_OFFICE) h = &st->units[k];
    int whole = h->ntok > 1 || h->definite;
    /* "والتقى سمو وزير الخارجية الأمين العام للأمم المتحدة أنطونيو غوتيريش": an office with the
     * article and a body of its own after it (glued ل), with a name after them, is the named
     * one's. */
    if (v->kind != RW_U_NISBA || nisba_given_name(st, j + 1))
        return whole && u->definite && u->ntok > 1 &&
               (name_follows(st, j + 1) || (v->prefix_len && (v->kind == RW_U_ACTOR || v->kind == RW_U_OTHER) &&
                                             name_follows(st, j + 2)));
    const char *cc = st->lx->countries[v->ref];
    if (t->cc[0]) return strcmp(t->cc, cc) != 0;
    /* "واستقبل سمو الأمير وزير الخارجية العراقي هوشيار زيباري": the one named after the
     * nationality is a known person of that country who never held the first office - the
     * guest; the host's office names no country. */
    if (t->n_off && j + 2 < st->n_units && person_unit(st, j + 2)) {
        int a = st->units[j + 2].ref;
        if (strcmp(st->lx->actors[a].country, cc) == 0 &&
            !rw_lexicon_actor_held(st->lx, a, t->offices[0], "", NULL))
            return 1;
    }
    return u->definite && whole;
}

/* Reads the title at u0 and its complements into t: definite nouns, a nationality adjective, a
 * country, institution nouns and the body they name, a noun with a glued preposition, an
 * organisation, a city in construct or a preposition + place when a name follows. */
static int is_quote(const rw_xstate *st, uint32_t k);

/* Whether units k..k+2 are a short name in round brackets: "(فيفا)"، "(أوبك)". */
static int bracketed_short_name(const rw_xstate *st, uint32_t k)
{
    if (k + 2 >= st->n_units || st->units[k].kind != RW_U_PUNCT || st->units[k + 2].kind != RW_U_PUNCT)
        return 0;
    const rw_unit *v = &st->units[k + 1];
    int short_name = (v->kind == RW_U_ACTOR && st->lx->actors[v->ref].kind != RW_KIND_PERSON) ||
                     (v->kind == RW_U_OTHER && v->ntok == 1);
    return short_name && strcmp(tfold(st, st->units[k].tok), "(") == 0 &&
           strcmp(tfold(st, st->units[k + 2].tok), ")") == 0;
}

/* What a step of read_title did with the unit at r->j: not its kind (the next step reads
 * it), took it into the title (go on with the next unit), or ended the title there. */
enum { TITLE_NEXT_STEP, TITLE_GO_ON, TITLE_ENDS };

/* Where read_title stands: the title's first unit, the unit read, and what it has read. */
typedef struct title_reading {
    uint32_t u0, j;
    int complement; /* an office or a head was read: what follows completes it */
    int comma;      /* a comma was passed before the holder's name */
    int in_body;    /* inside the name of a body the title is of */
} title_reading;

/* An office of offices.tsv: the title's office, or a coordinated one of a plural head. */
static int title_step_office(rw_xstate *st, title *t, title_reading *r)
{
    uint32_t u0 = r->u0;
    const rw_unit *u = &st->units[r->j];
    int conj = (u->pflags & RW_P_CONJ) != 0;
    if (u->kind == RW_U_OFFICE) {
        if (r->j > u0 && t->n_off && !conj && second_office_of_its_own(st, t, r->j))
            return TITLE_ENDS;
        /* "رئيس هيئة البيعة في المملكة العربية السعودية الأمير مشعل بن عبدالعزيز": an
         * honorific that is an office word too, past the title's complement, is the name's
         * honorific: the title ends with it, the name comes next */
        if (r->j > u0 + 1 && r->complement && !conj && honorific_office_word(st, r->j) &&
            r->j + 1 < st->n_units && st->units[r->j + 1].kind != RW_U_NISBA &&
            st->units[r->j + 1].kind != RW_U_PLACE && name_follows(st, r->j)) {
            r->j++;
            return TITLE_ENDS;
        }
        if (t->n_off == 0 && !r->complement && (r->j == u0 || !conj)) {
            t->offices[t->n_off++] = u->ref;
            t->head_tok = u->tok;
            t->head_ana = u->ana;
            if (u->suffix == RW_SUF_DUAL || u->suffix == RW_SUF_PLURAL) t->plural = 1;
        } else if (t->plural && conj && t->n_off < 4) {
            t->offices[t->n_off++] = u->ref;
        } else if (conj) {
            return TITLE_ENDS; /* "... ووزير الدفاع": the next coordinated person */
        }
        r->complement = 1;
        /* "قال إبراهيم كالين المتحدث باسم الرئيس التركي رجب طيب إردوغان": a person's title
         * after باسم begins the one spoken for, a person of his own - the spokesman's title
         * ends there. */
        if (rw_mentions_spoken_for(st, r->j + 1)) {
            r->j++;
            return TITLE_ENDS;
        }
        /* "الناطق الرسمي باسم موظفي الشرطة البلدية منتصر بربيرو": after an office that ends
         * with باسم, the body spoken for begins - an indefinite noun too, in construct with
         * the definite words that follow it. */
        if ((tok_class(st, u->tok + u->ntok - 1) & RW_W_BEHALF) && r->j + 2 < st->n_units &&
            st->units[r->j + 1].kind == RW_U_OTHER && !st->units[r->j + 1].definite &&
            !st->units[r->j + 1].pflags && st->units[r->j + 2].definite)
            r->j++;
        r->j++;
        return TITLE_GO_ON;
    }
    return TITLE_NEXT_STEP;
}

/* A title of titles.tsv (a head, an honorific, a rank), or a body's name in quotes. */
static int title_step_title(rw_xstate *st, title *t, title_reading *r)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = r->u0;
    const rw_unit *u = &st->units[r->j];
    int conj = (u->pflags & RW_P_CONJ) != 0;
    /* "نقيب الصحفيين ناجي البغوري": a definite title word after a head is its complement
     * (of the journalists), no second head - unless the head has the article, which no noun
     * in construct has: "واستقبل الأمير الوزير الفرنسي X" (the emir received the minister). */
    if (u->kind == RW_U_TITLE && r->j > u0 && !conj && u->definite && (t->n_off || t->headed) &&
        lx->titles[u->ref].cls == RW_TITLE_HEAD) {
        if (r->j == u0 + 1 && st->units[u0].definite) return TITLE_ENDS;
        r->j++;
        return TITLE_GO_ON;
    }
    if (u->kind == RW_U_TITLE) {
        const rw_lex_title *lt = &lx->titles[u->ref];
        if (r->j > u0 && conj) return TITLE_ENDS;
        /* "واستقبل صاحب السمو سمو الشيخ X": an honorific of the same rank again after a
         * ruler's (words.tsv `ruler`) opens the next person's name; the first, alone, names
         * the one the article honours so. */
        if (r->j > u0 && lt->cls == RW_TITLE_HONORIFIC && st->units[r->j - 1].kind == RW_U_TITLE &&
            st->units[r->j - 1].ref == u->ref && rw_mentions_ruler_title(st, r->j - 1))
            return TITLE_ENDS;
        t->titled = 1;
        if (lt->cls == RW_TITLE_FULL || lt->cls == RW_TITLE_HEAD) {
            t->headed = 1;
            if (t->n_off == 0 && !r->complement && lt->office >= 0)
                t->offices[t->n_off++] = lt->office;
            if (lt->country[0] && !t->cc[0]) snprintf(t->cc, sizeof t->cc, "%s", lt->country);
            if (u->suffix == RW_SUF_DUAL || u->suffix == RW_SUF_PLURAL) t->plural = 1;
            r->complement = 1;
        } else {
            t->honorific = 1;
            if (t->honorific_title < 0 && lt->cls == RW_TITLE_HONORIFIC)
                t->honorific_title = u->ref;
            /* "كما استقبل سموه وزير الشؤون البلدية X": written with a pronoun it is the one
             * the article spoke of (titles.tsv), no title of the one after it */
            if (u->suffix == RW_SUF_PRONOUN ||
                (u->ntok == 1 && rw_mentions_written_pronoun(st, u->tok))) {
                t->pronoun = 1;
                r->j++;
                return TITLE_ENDS;
            }
        }
        r->j++;
        return TITLE_GO_ON;
    }
    /* "رئيس حزب "القوات اللبنانية" سمير جعجع"، "رئيس "التيار الوطني الحر" النائب X": the
     * body's name in quotes is the same complement. */
    if (is_quote(st, r->j) && r->j > u0 && (t->n_off || t->headed || r->in_body) &&
        r->j + 2 < st->n_units && st->units[r->j + 1].kind == RW_U_ACTOR &&
        lx->actors[st->units[r->j + 1].ref].kind != RW_KIND_PERSON && !st->used[r->j + 1] &&
        is_quote(st, r->j + 2)) {
        t->of_body = 1;
        r->j += 3;
        return TITLE_GO_ON;
    }
    /* ... and so is a body the lexicon does not know, a few words in quotes after an office
     * or a body's noun, when a name follows - a given name, a known person, or a rank or an
     * honorific before one, a nationality between: "رئيس «جبهة النضال الوطني» النائب وليد
     * جنبلاط" is Jumblatt, no head of state. (Not after a description: "الناشطة الهندية
     * "تشانو إيروم شارميلا"" has her name in quotes.) */
    if (is_quote(st, r->j) && r->j > u0 && (t->n_off || t->headed) && r->j + 2 < st->n_units) {
        uint32_t close = r->j + 1;
        while (close < st->n_units && close < r->j + 6 && !is_quote(st, close) &&
               st->units[close].kind != RW_U_PUNCT && st->units[close].kind != RW_U_ACTOR)
            close++;
        uint32_t n = close + 1;
        if (n < st->n_units && st->units[n].kind == RW_U_NISBA) n++;
        const rw_unit *v = n < st->n_units ? &st->units[n] : NULL;
        int rank = v && v->kind == RW_U_TITLE &&
                   (lx->titles[v->ref].cls == RW_TITLE_RANK ||
                    lx->titles[v->ref].cls == RW_TITLE_HONORIFIC);
        int person = v && v->kind == RW_U_ACTOR && lx->actors[v->ref].kind == RW_KIND_PERSON;
        int given =
            v && v->kind == RW_U_OTHER && !v->definite && !v->pflags && forename_at(st, v->tok);
        if (close > r->j + 1 && close < st->n_units && is_quote(st, close) &&
            (rank || person || given) && (t->n_off || r->in_body)) {
            t->of_body = 1;
            r->j = close + 1;
            return TITLE_GO_ON;
        }
    }
    return TITLE_NEXT_STEP;
}

/* Whether units k and k + 1 are two unknown words, indefinite and with no clitic, that a comma
 * or the end of the sentence closes: a name of two words ("نائب رئيس حكومة الإقليم قوباد
 * طالباني،"). */
static int two_word_name_to_comma(const rw_xstate *st, uint32_t k)
{
    if (k + 2 > st->n_units) return 0;
    for (uint32_t j = k; j < k + 2; j++) {
        const rw_unit *u = &st->units[j];
        if (u->kind != RW_U_OTHER || u->definite || u->pflags || u->prefix_len || u->ntok != 1)
            return 0;
    }
    /* (not a place's name before the holder's: "كاتب عام النقابة ... بدوار هيشر، حسان
     * العرفاوي") */
    /* (nor a verb with its complement: "لرئيس مجلس الدولة أصيبا بجروح") */
    if (prepositional(st, k) || glued_purpose(st, k) || verb_shaped(st, st->units[k].tok) ||
        verb_shaped_unknown(st, st->units[k].tok) ||
        (rw_lexicon_word_class(st->lx, tfold(st, st->units[k + 1].tok), 2) & RW_W_PREP))
        return 0;
    return k + 2 == st->n_units ||
           (st->units[k + 2].kind == RW_U_PUNCT &&
            !(rw_mentions_is_comma(st, k + 2) && name_follows(st, k + 3)));
}

/* The body an office belongs to, the words that qualify the title (former, current), the
 * institution and the words of its name, a pair or counterpart word. */
static int title_step_body(rw_xstate *st, title *t, title_reading *r)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = r->u0;
    const rw_unit *u = &st->units[r->j];
    int conj = (u->pflags & RW_P_CONJ) != 0;
    if (u->kind == RW_U_ACTOR && lx->actors[u->ref].kind != RW_KIND_PERSON && r->j > u0 && !conj &&
        (t->n_off || t->headed)) {
        /* "قائد فيلق القدس إسماعيل قاآني"، "رئيس حركة النهضة": the body the office belongs
         * to - an affiliation, no party of the event - and no office of a country. */
        t->of_body = 1;
        r->j++;
        /* "رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو": the body's short name in
         * brackets is the same complement. */
        if (bracketed_short_name(st, r->j)) r->j += 3;
        return TITLE_GO_ON;
    }
    if (u->kind == RW_U_WORD && (u->cls & RW_W_FORMER) && r->j > u0 && !conj &&
        (t->n_off || t->titled || t->counterpart)) {
        t->former = 1;
        r->j++;
        /* "الرئيس المكلف تأليف الحكومة تمام سلام": the charge - an indefinite noun and a
         * definite one - between the adjective and the name. */
        const rw_unit *charge = r->j + 2 < st->n_units ? &st->units[r->j + 1] : NULL;
        if (charge && st->units[r->j].kind == RW_U_OTHER && !st->units[r->j].definite &&
            ((charge->kind == RW_U_OTHER && charge->definite) ||
             (charge->kind == RW_U_WORD && (charge->cls & RW_W_INSTITUTION))) &&
            name_follows(st, r->j + 2))
            r->j += 2;
        return TITLE_GO_ON;
    }
    /* "الرئيس الجديد دونالد ترامب"، "وزير التربية بالنيابة سليم خلبوس" */
    if (u->kind == RW_U_WORD && (u->cls & RW_W_CURRENT) && r->j > u0 && !conj &&
        (t->n_off || t->titled) && name_follows(st, r->j + 1)) {
        r->j++;
        return TITLE_GO_ON;
    }
    /* "رئيس وفد المليشيات الحوثية محمد عبدالسلام": a delegation noun in construct right
     * after an office heads that delegation's body - no head of state, no group of its own. */
    if (u->kind == RW_U_WORD && (u->cls & RW_W_GROUP) && r->j == u0 + 1 && !conj && !u->pflags &&
        (!u->definite || name_after_group(st, r->j)) && st->units[u0].kind == RW_U_OFFICE &&
        st->units[u0].ntok == 1) {
        t->of_body = 1;
        r->j++;
        r->in_body = 1;
        return TITLE_GO_ON;
    }
    /* ("رئيس الرابطة المحترفة لكرة القدم": a sports body too, words.tsv `sport`) */
    if (u->kind == RW_U_WORD &&
        (u->cls & RW_W_INSTITUTION || (r->j == u0 + 1 && u->definite && (u->cls & RW_W_SPORT))) &&
        r->j > u0 && !conj) {
        /* "رئيس مجلس نواب الشعب": a one-word office heads the body it is in construct with
         * - unless a country follows ("رئيس جمهورية موريتانيا", below). */
        if (r->j == u0 + 1 && st->units[u0].kind == RW_U_OFFICE && st->units[u0].ntok == 1)
            t->of_body = 1;
        r->j++;
        r->in_body = 1;
        return TITLE_GO_ON;
    }
    /* "وفد برئاسة رئيس مكتبها السياسي إسماعيل هنية"، "رئيس حزبه": a one-word office in
     * construct with a noun that carries a pronoun heads that body (its, his), no country. */
    if (r->j == u0 + 1 && !conj && st->units[u0].kind == RW_U_OFFICE && !st->units[u0].definite &&
        st->units[u0].ntok == 1 && !st->units[u0].pflags && u->kind == RW_U_OTHER && !u->pflags &&
        u->ntok == 1 && !rw_mentions_written_ta_marbuta(st, u->tok) &&
        !rw_mentions_forename(st, u->tok) &&
        (u->suffix == RW_SUF_PRONOUN || rw_mentions_written_pronoun(st, u->tok))) {
        t->of_body = 1;
        r->in_body = 1;
        r->j++;
        return TITLE_GO_ON;
    }
    /* "نائب رئيس الاتحاد التونسي للصناعة"، "نائب رئيس الحركة": an office in construct with an
     * institution noun written with the article heads that body, whose nationality
     * adjective is the body's - no vice president of Tunisia. (No body name runs on after
     * it: "رئيس النادي دورسون اوزبيك" is named. An office that ends on its own body, "رئيس
     * حكومة الوحدة الوطنية", is that body's and keeps its country.) */
    if (r->j == u0 + 1 && !conj && st->units[u0].kind == RW_U_OFFICE && !st->units[u0].definite &&
        !(tok_class(st, st->units[u0].tok + st->units[u0].ntok - 1) & RW_W_INSTITUTION) &&
        definite_institution(st, r->j)) {
        t->of_body = 1;
        r->j++;
        return TITLE_GO_ON;
    }
    /* "رئيس الجامعة التونسية لكرة القدم"، "الأمين العام لحركة مشروع تونس": a noun with a glued
     * preposition is the title's complement (its body or its domain), never a name. */
    if (u->kind == RW_U_OTHER && r->j > u0 && !conj && (t->n_off || t->titled) &&
        prepositional(st, r->j)) {
        r->j++;
        r->in_body = 1;
        return TITLE_GO_ON;
    }
    /* The name of a body runs on ("رئيس كتلة نداء تونس"، "رئيس حزب آفاق تونس ياسين إبراهيم")
     * until a word that surely starts a person's name. */
    /* (A definite word ends a construct: an indefinite word past it, before a given name
     * that is no ordinary word, starts the name - "كاتب عام النقابة العامة للتعليم الثانوي
     * مرشد إدريس".) */
    /* (... nor past an adjective of the present, which closes the body's name: "وزير الطاقة
     * في حكومة تصريف الأعمال ريمون غجر" is named, his government is no "تصريف الأعمال ريمون".) */
    int shape = u->kind == RW_U_OTHER && r->in_body && !conj && r->j - u0 < 10
                    ? name_start(st, r->j, -1)
                    : NAME_STRONG;
    const rw_unit *before = r->j > 0 ? &st->units[r->j - 1] : u;
    if (shape != NAME_STRONG &&
        !(shape == NAME_WEAK && !u->definite && !u->prefix_len && !glued_purpose(st, r->j) &&
          ((before->definite && before->kind == RW_U_OTHER && r->j + 1 < st->n_units &&
            st->units[r->j + 1].kind == RW_U_OTHER &&
            (forename_at(st, st->units[r->j + 1].tok) == 1 ||
             two_word_name_to_comma(st, r->j))) ||
           (before->kind == RW_U_WORD && (before->cls & RW_W_CURRENT) && r->j + 1 < st->n_units &&
            name_word(st, r->j + 1))))) {
        r->j++;
        return TITLE_GO_ON;
    }
    if (u->kind == RW_U_WORD && (u->cls & RW_W_PAIR) && r->j == u0 && name_follows(st, r->j + 1)) {
        t->titled = 1; /* "الوزيران خالد الحنيفات ويعرب القضاة" */
        t->plural = 1;
        r->j++;
        return TITLE_GO_ON;
    }
    if (u->kind == RW_U_WORD && (u->cls & RW_W_COUNTERPART) && r->j == u0) {
        t->counterpart = 1;
        r->j++;
        return TITLE_GO_ON;
    }
    if (r->j == u0) return TITLE_ENDS;
    return TITLE_NEXT_STEP;
}

/* The country or place a title is of: a nationality, a place, a coordinated place. */
static int title_step_place(rw_xstate *st, title *t, title_reading *r)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = r->u0;
    const rw_unit *u = &st->units[r->j];
    int conj = (u->pflags & RW_P_CONJ) != 0;
    /* "المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط وبلدان إفريقيا ميخائيل بوغدانوف": a
     * noun with و and a place or a word after a place of the title is more of its
     * complement when a name follows. */
    if (u->kind == RW_U_OTHER && conj && !u->definite && u->ntok == 1 && r->j > u0 &&
        st->units[r->j - 1].kind == RW_U_PLACE && r->j + 1 < st->n_units &&
        (st->units[r->j + 1].kind == RW_U_PLACE || st->units[r->j + 1].kind == RW_U_OTHER) &&
        !st->units[r->j + 1].pflags && name_follows_comma(st, r->j + 2)) {
        r->j += 2;
        return TITLE_GO_ON;
    }
    /* "وزير الشؤون الخارجية والسنغاليين في الخارج، السيد أمادو با": a nationality's plural
     * with و, abroad, is a portfolio of the office (its people abroad), no other country. */
    if (u->kind == RW_U_NISBA && conj && t->n_off && u->ntok == 1 && nisba_plural(st, u->tok) &&
        r->j + 2 < st->n_units && st->units[r->j + 1].kind == RW_U_WORD &&
        (st->units[r->j + 1].cls & RW_W_PREP) && st->units[r->j + 2].definite &&
        name_follows_comma(st, r->j + 3)) {
        r->j += 3;
        return TITLE_GO_ON;
    }
    /* "الأمير تركي بن طلال": a nisba before بن is a given name, the name starts there. */
    if (u->kind == RW_U_NISBA && nisba_given_name(st, r->j)) return TITLE_ENDS;
    if (u->kind == RW_U_NISBA && !conj) {
        if (!t->cc[0]) snprintf(t->cc, sizeof t->cc, "%s", lx->countries[u->ref]);
        if (!u->definite && !u->prefix_len && !st->units[u0].definite && !t->honorific &&
            !t->counterpart)
            t->generic = 1;
        r->j++;
        return TITLE_GO_ON;
    }
    if (u->kind == RW_U_PLACE && conj && t->n_off == 1 && t->n_cc > 0 && t->n_cc < 4 && r->j > u0 &&
        st->units[r->j - 1].kind == RW_U_PLACE && lx->places[u->ref].kind == RW_PLACE_COUNTRY) {
        snprintf(t->ccs[t->n_cc++], sizeof t->ccs[0], "%s", lx->places[u->ref].country);
        r->j++;
        return TITLE_GO_ON;
    }
    /* ... and a place with و after a place of the title is more of its complement when a name
     * follows ("وزير الدولة البريطاني لشؤون الشرق الأوسط وشمال إفريقيا أليستر بيرت"). */
    if (u->kind == RW_U_PLACE && conj && r->j > u0 && st->units[r->j - 1].kind == RW_U_PLACE &&
        name_follows_comma(st, r->j + 1)) {
        r->in_body = 0; /* (the name is next, no body's words) */
        r->j++;
        return TITLE_GO_ON;
    }
    if (u->kind == RW_U_PLACE && !conj) {
        const rw_lex_place *p = &lx->places[u->ref];
        /* (ل may be glued to a country written with the article: "لرئيس الحكومة للنيجر") */
        int after_prep =
            u->prefix_len || clitic_on_article(st, u->tok, RW_W_PREP) ||
            (st->units[r->j - 1].kind == RW_U_WORD && (st->units[r->j - 1].cls & RW_W_PREP));
        /* "زار خادم الحرمين الشريفين الصين": a title that names its country already takes no
         * other one after it - that is the verb's object, the place visited. */
        const rw_unit *before = &st->units[r->j - 1];
        if (p->kind == RW_PLACE_COUNTRY && !after_prep && before->kind == RW_U_TITLE &&
            lx->titles[before->ref].country[0] &&
            strcmp(lx->titles[before->ref].country, p->country) != 0)
            return TITLE_ENDS;
        if (p->kind == RW_PLACE_COUNTRY && !after_prep) {
            r->in_body = 0; /* "رئيس جمهورية النيجر ايسوفو مامادو": the body ends there */
            if (r->j == u0 + 2 && st->units[u0 + 1].kind == RW_U_WORD &&
                (st->units[u0 + 1].cls & RW_W_INSTITUTION) && (st->units[u0 + 1].cls & RW_W_STATE))
                t->of_body = 0;
            if (!t->cc[0]) snprintf(t->cc, sizeof t->cc, "%s", p->country);
            if (t->n_cc == 0) snprintf(t->ccs[t->n_cc++], sizeof t->ccs[0], "%s", p->country);
            r->j++;
            return TITLE_GO_ON;
        }
        /* "محافظ البصرة أسعد العيداني"، "رئيسة بلدية باريس آن هيدالغو"، "والي صفاقس، الحبيب
         * شواط": a city in construct with the title, when a name follows (past a comma); so
         * is a region or a venue ("رئيس الديوان الملكي الهاشمي يوسف العيسوي"، "مدير مطار
         * الملكة علياء الدولي X"). */
        if (p->kind != RW_PLACE_COUNTRY && !after_prep && name_follows_comma(st, r->j + 1)) {
            if (!t->cc[0]) snprintf(t->cc, sizeof t->cc, "%s", p->country);
            /* (it closes a body's name: "نائب رئيس حكومة إقليم كردستان قوباد طالباني") */
            r->in_body = 0;
            r->j++;
            return TITLE_GO_ON;
        }
        /* "السفارة الهنغارية بدمشق استفان ...": a place inside a title only when a name
         * follows; "وزيري الخارجية السوريين في موسكو." ends the title before the place. */
        /* ... not one of a list of places ("لرئيس الحكومة للنيجر ومالي وبوركينافاسو"). */
        int listed = r->j + 1 < st->n_units && st->units[r->j + 1].kind == RW_U_PLACE &&
                     (st->units[r->j + 1].pflags & RW_P_CONJ);
        if (after_prep && !listed && !traveller_title(st, t) && name_follows_comma(st, r->j + 1)) {
            if (!t->cc[0] && p->kind == RW_PLACE_COUNTRY)
                snprintf(t->cc, sizeof t->cc, "%s", p->country);
            r->j++;
            return TITLE_GO_ON;
        }
        return TITLE_ENDS;
    }
    return TITLE_NEXT_STEP;
}

/* A preposition's complement, a relation's, and a comma before the holder's name. */
static int title_step_complement(rw_xstate *st, title *t, title_reading *r)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = r->u0;
    const rw_unit *u = &st->units[r->j];
    int conj = (u->pflags & RW_P_CONJ) != 0;
    if (u->kind == RW_U_WORD && (u->cls & RW_W_PREP) && !(u->cls & RW_W_SIDE) &&
        r->j + 1 < st->n_units && (t->n_off || t->titled) && !traveller_title(st, t)) {
        const rw_unit *v = &st->units[r->j + 1];
        /* (past a comma too, but for a direction: "رئيس بعثة صندوق النقد الدولي الى تونس،
         * X" is a title without its goal, whose country is no office's) */
        if ((v->kind == RW_U_PLACE || (v->kind == RW_U_OTHER && v->definite)) &&
            (name_follows(st, r->j + 2) ||
             (!(u->cls & RW_W_DIRECTION) && name_follows_comma(st, r->j + 2)))) {
            r->j++;
            return TITLE_GO_ON;
        }
        /* ("سفير الولايات المتحدة لدى بلادنا ستيفن فاجن": a noun with a pronoun, the land
         * of those who write) */
        if (v->kind == RW_U_OTHER && !v->pflags && v->suffix == RW_SUF_PRONOUN &&
            name_follows(st, r->j + 2)) {
            r->j += 2;
            return TITLE_GO_ON;
        }
        /* "رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي بوب مينينديز": a preposition
         * and a body, when a name follows the body */
        /* (past a comma too, after the body's words: "وزير الخارجية في حكومة النظام، فيصل
         * المقداد"، "في حكومة الوحدة الوطنية، X") */
        if (v->kind == RW_U_WORD && (v->cls & RW_W_INSTITUTION) &&
            (name_follows(st, r->j + 3) ||
             (!(u->cls & RW_W_DIRECTION) && body_ends_at_comma_name(st, r->j + 2)))) {
            r->j++;
            return TITLE_GO_ON;
        }
    }
    /* "وزير العلاقة مع الهيئات الدستورية": a relation with its مع (words.tsv `relation`) right
     * after a title head is its portfolio, the body after it its complement. */
    if (u->kind == RW_U_WORD && (u->cls & RW_W_RELATION) && !conj && r->j > u0 &&
        (t->n_off || t->titled) && r->j + 1 < st->n_units && st->units[r->j + 1].definite) {
        r->j++;
        return TITLE_GO_ON;
    }
    if (definite_complement(st, r->j) && (t->n_off || t->titled || t->counterpart)) {
        const rw_analysis *a = ana(st, u->tok, u->ana);
        if (name_lookup(st, a->stem, a->stem_len) >= 0) return TITLE_ENDS; /* "الوزير الشيباني" */
        /* "وزير الزراعة والإصلاح الزراعي أمجد بدر": one office with two portfolios when a
         * name follows (a singular head: a dual one coordinates offices, below). */
        if (conj && !t->plural && name_follows(st, r->j + 1)) {
            r->j++;
            return TITLE_GO_ON;
        }
        /* "رئيسة الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية، وداد بوشماوي": a
         * body's name may coordinate its words; a comma and a name end it. */
        if (conj && !t->plural && r->j > u0 + 1 && body_words_to_name(st, r->j)) {
            r->j++;
            return TITLE_GO_ON;
        }
        if (conj) {
            /* "وزيري الخارجية والدفاع": head + the coordinated complement. */
            int k = conj_analysis(st, u->tok);
            if (!t->plural || t->n_off == 0 || t->n_off >= 4 || k < 0) return TITLE_ENDS;
            const rw_analysis *h = ana(st, t->head_tok, t->head_ana);
            const rw_analysis *c = ana(st, u->tok, k);
            rw_buf_reset(&st->key);
            rw_buf_append(&st->key, h->stem, h->stem_len);
            rw_buf_putc(&st->key, ' ');
            rw_buf_append(&st->key, c->stem, c->stem_len);
            const rw_lex_phrase *p = rw_lexicon_lookup(lx, st->key.data, st->key.len);
            int found = 0;
            for (int hh = 0; p && hh < p->nhits; hh++)
                if (p->hits[hh].type == RW_LEX_OFFICE) {
                    t->offices[t->n_off++] = p->hits[hh].ref;
                    found = 1;
                    break;
                }
            if (!found) return TITLE_ENDS;
            r->j++;
            return TITLE_GO_ON;
        }
        if (r->j - u0 < 7) {
            /* "رئيس الهيئة العليا المستقلة للانتخابات"، "محافظ البنك المركزي": a one-word
             * office in construct with a noun heads that body, no country's office. */
            if (r->j == u0 + 1 && st->units[u0].kind == RW_U_OFFICE && st->units[u0].ntok == 1 &&
                (u->kind == RW_U_OTHER || u->kind == RW_U_WORD) && !conj)
                t->of_body = 1;
            r->j++;
            return TITLE_GO_ON;
        }
    }
    if (rw_mentions_is_comma(st, r->j) && !r->comma && (t->n_off || t->titled || t->counterpart) &&
        r->j + 1 < st->n_units) {
        const rw_unit *v = &st->units[r->j + 1];
        /* "بمدير عام الالكسو، الدكتور عبد الله حمد المحارب": an honorific and a name, or a
         * name that opens on a particle (عبد، أبو), may stand after the comma too - a name of
         * two words at least after an honorific ("الشيخ سلمان صباح": صباح is the morning
         * here, and سلمان alone names no one). */
        const rw_unit *w = r->j + 2 < st->n_units ? &st->units[r->j + 2] : NULL;
        const rw_unit *w2 = r->j + 3 < st->n_units ? &st->units[r->j + 3] : NULL;
        int particle = v->kind == RW_U_WORD && v->ntok == 1 && (v->cls & RW_W_PARTICLE) &&
                       !(v->cls & (RW_W_BOUNDARY | RW_W_PREP | RW_W_CLAUSE));
        int honorific =
            honorific_title(st, r->j + 1) && !v->pflags && w &&
            (w->kind == RW_U_ACTOR || (w->kind == RW_U_WORD && (w->cls & RW_W_PARTICLE)) ||
             (w->kind == RW_U_OTHER && !w->definite && w2 && !(w2->pflags & RW_P_CONJ) &&
              (w2->kind == RW_U_OTHER || (w2->kind == RW_U_WORD && (w2->cls & RW_W_PARTICLE)))));
        if ((v->kind == RW_U_OTHER && !v->definite) || v->kind == RW_U_ACTOR || particle ||
            honorific) {
            r->comma = 1;
            r->j++;
            return TITLE_GO_ON;
        }
    }
    return TITLE_NEXT_STEP;
}

static void read_title(rw_xstate *st, uint32_t u0, title *t)
{
    memset(t, 0, sizeof *t);
    t->honorific_title = -1;
    t->u0 = u0;
    t->head_tok = st->units[u0].tok;
    t->head_ana = st->units[u0].ana;
    t->served = u0 > 0 && !st->units[u0].pflags && st->units[u0 - 1].kind == RW_U_WORD &&
                (st->units[u0 - 1].cls & RW_W_SERVES);
    title_reading reading = {u0, u0, 0, 0, 0}, *r = &reading;
    while (r->j < st->n_units && !st->used[r->j]) {
        const rw_unit *u = &st->units[r->j];
        int conj = (u->pflags & RW_P_CONJ) != 0;
        /* "رئيس جمعية مديري الصحف، الطيب الزهار": a title in construct inside a body's name is
         * a word of that name (the directors of the papers), no title of its own. */
        if ((u->kind == RW_U_TITLE || u->kind == RW_U_OFFICE) && r->in_body && !conj &&
            r->j - u0 < 10 && r->j + 1 < st->n_units && st->units[r->j + 1].kind == RW_U_OTHER &&
            st->units[r->j + 1].definite && !name_follows(st, r->j + 1)) {
            r->j++;
            continue;
        }
        /* "الدكتور مساعد بن محمد"، "معالي الدكتور سلطان بن أحمد الجابر": a one-word title or
         * office right before بن is a given name. */
        if ((u->kind == RW_U_TITLE || u->kind == RW_U_OFFICE) && r->j > u0 &&
            (nisba_given_name(st, r->j) || given_name_after_title(st, t, r->j)))
            break;
        /* "رئيس لجنة الخارجية والأمن بالكنيست رام بن باراك": past the first words, an unknown
         * bare word right before بن is a given name - the holder's name starts there. */
        if (u->kind == RW_U_OTHER && r->j > u0 + 1 && !conj && !u->definite && !u->pflags &&
            u->ntok == 1 && r->j + 2 < st->n_units && chain_particle(st, r->j + 1) &&
            (st->units[r->j + 1].cls & RW_W_PATRONYM) && chain_name(st, r->j + 2))
            break;
        /* "جمع لقاء رئيس الجمهورية بوزير الخارجية الجزائري ...": a title behind the side's ب
         * starts the other side of a meeting, never a complement of the title before it. */
        if ((u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE) && r->j > u0 &&
            (u->pflags & RW_P_SIDE))
            break;
        /* "كاتب الدولة لدى وزير النقل X"، "المستشار لدى رئيس الجمهورية، X": past a head or an
         * office, a word of service and the title after it name the one served - a complement
         * of this title, whose holder then holds it as written, no office of a country (an
         * adviser to the president is no chancellor). */
        if (r->complement && u->kind == RW_U_WORD && (u->cls & RW_W_SERVES) &&
            r->j + 1 < st->n_units && !st->used[r->j + 1] && !st->units[r->j + 1].pflags &&
            (st->units[r->j + 1].kind == RW_U_OFFICE || st->units[r->j + 1].kind == RW_U_TITLE)) {
            title served;
            read_title(st, r->j + 1, &served);
            r->j = served.end;
            t->n_off = 0;
            t->cc[0] = 0;
            t->headed = 1;
            continue;
        }
        /* "لقاء هو الأول بين رئيس للدولة السودانية ورئيس حكومة إسرائيلي": an indefinite office
         * whose complement is written with ل, not in construct, is any holder - "a head of the
         * Sudanese state" - no one (a title that names its holder is in construct: "رئيس الدولة"،
         * or has the article: "الرئيس المدير العام للديوان"). */
        if (r->j == u0 + 1 && t->n_off && !st->units[u0].definite && !st->units[u0].pflags &&
            st->units[u0].ntok == 1 && !t->honorific && !t->counterpart && u->kind == RW_U_OTHER &&
            u->definite && u->ntok == 1 && tfold_len(st, u->tok) > 4 &&
            memcmp(tfold(st, u->tok), "\xd9\x84\xd9\x84", 4) == 0) /* لل */
            t->generic = 1;
        int rc = title_step_office(st, t, r);
        if (rc == TITLE_NEXT_STEP) rc = title_step_title(st, t, r);
        if (rc == TITLE_NEXT_STEP) rc = title_step_body(st, t, r);
        if (rc == TITLE_NEXT_STEP) rc = title_step_place(st, t, r);
        if (rc == TITLE_NEXT_STEP) rc = title_step_complement(st, t, r);
        if (rc != TITLE_GO_ON) break;
    }
    t->end = r->j;
}

/* Whether the word at unit k carries the conjunction و before a name: its analysis took it off,
 * or it did not but the rest is a given name (وسميرة). A given name that starts with و is none
 * (وداد، وليد). */
static int next_conjunct(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    /* A person of the lexicon, of any length ("ونور الدين الطبوبي"), carries it as its proclitic. */
    if (u->kind == RW_U_ACTOR) return (u->pflags & RW_P_CONJ) != 0;
    if (u->ntok != 1 || tok_forename(st, u->tok)) return 0;
    if (u->pflags & RW_P_CONJ) return 1;
    int c = u->kind == RW_U_OTHER ? conj_analysis(st, u->tok) : -1;
    return c >= 0 && st->tf[u->tok].stem_forename[c];
}

/* Whether unit j is one word no lexicon knows, without the article, right before a lexicon
 * person of several words ("محمد شهباز شريف"، "لياو لي تشيانغ"). */
static int word_before_lexicon_person(const rw_xstate *st, uint32_t j)
{
    const rw_unit *u = &st->units[j];
    if (u->kind != RW_U_OTHER || u->definite || u->ntok != 1 || j + 1 >= st->n_units ||
        st->used[j + 1])
        return 0;
    const rw_unit *v = &st->units[j + 1];
    return person_unit(st, j + 1) && v->ntok > 1 && !(v->pflags & RW_P_CONJ);
}

/* Whether the lexicon person at unit j is written with fewer words than his label: his family
 * name alone ("دي ميستورا" of "ستيفان دي ميستورا"). */
static int family_name_alone(const rw_xstate *st, uint32_t j)
{
    const rw_unit *v = &st->units[j];
    const char *label = st->lx->actors[v->ref].label;
    uint32_t words = 1;
    for (const char *c = label; c && *c; c++) words += *c == ' ';
    return label && words > v->ntok;
}

/* Reads the names after the title (one, or one per coordinated office after a dual or plural
 * head) and makes them persons holding its office. Returns how many, -1 when memory ran out;
 * *next is the unit after the last name. */
static int is_quote(const rw_xstate *st, uint32_t k);

/* Whether title t is an office word alone that titles.tsv lists as an honorific too, with no
 * country or complement: "الأمير طلال بن عبد العزيز"، "الأمير تشارلز" are princes, no
 * reigning emirs ("أمير قطر" is one); "المستشار X" no chancellor. Its name holds no office; a
 * later bare "الأمير" still names him (rw_heldrole.title_only). */
static int honorific_office(const rw_xstate *st, const title *t)
{
    if (t->n_off != 1 || t->cc[0] || t->of_body || t->end == 0) return 0;
    /* (honorifics may follow it before the name: "المستشار الدكتور حنفي جبالي" is no chancellor) */
    uint32_t last = t->end - 1;
    while (last > t->u0 && st->units[last].kind == RW_U_TITLE &&
           st->lx->titles[st->units[last].ref].cls == RW_TITLE_HONORIFIC)
        last--;
    for (uint32_t k = t->u0; k < last; k++) /* "أمير منطقة الرياض الأمير X": an emir */
        if (st->units[k].kind == RW_U_OFFICE) return 0;
    return honorific_office_word(st, last);
}

/* Whether `office`, read in title t, is held in the article by someone other than entity e: of
 * the same country - and, for an office a country holds many of (محافظ), in the same words
 * ("محافظ أسوان" is not "محافظ الأقصر"). 1 when so, 0 when not, -1 when memory ran out. */
static int held_by_other(const rw_xstate *st, const title *t, int office, int e)
{
    char *words = NULL;
    int found = 0;
    for (size_t i = 0; i < st->n_held && !found; i++) {
        const rw_heldrole *h = &st->held[i];
        if (h->office != office || h->entity == e || h->title_only ||
            strcmp(h->country, t->cc) != 0)
            continue;
        if (!st->lx->offices[office].many) {
            found = 1;
        } else {
            if (!words && title_words(st, t->u0, t->end, &words)) return -1;
            found = h->words && strcmp(h->words, words) == 0;
        }
    }
    free(words);
    return found;
}

/* Whether a comma and a title or an office follow unit u - a name's own title in apposition. */
static int title_after_comma(const rw_xstate *st, uint32_t u)
{
    if (u + 1 >= st->n_units || !rw_mentions_is_comma(st, u)) return 0;
    const rw_unit *v = &st->units[u + 1];
    return (v->kind == RW_U_TITLE || v->kind == RW_U_OFFICE) && !(v->pflags & RW_P_CONJ);
}

/* Whether title t is of several holders: a dual or plural head, or one opening on a broken
 * plural (words.tsv `plural_head`: "وزراء الخارجية"), its honorifics skipped. */
static int title_of_several(const rw_xstate *st, const title *t)
{
    if (t->plural) return 1;
    size_t n;
    const char *w = rw_mentions_unit_bare(st, t->u0, &n);
    return (rw_lexicon_word_class(st->lx, w, n) & RW_W_PLURAL_HEAD) != 0;
}

/* Whether the known person's name at unit k, set off by commas after a title, has one more
 * word of a name before the closing comma ("وقال رئيس اللجنة، محمد الناصر جبيرة، ..."): the name
 * between the commas is another person's, longer one - the longest name wins. */
static int longer_name_between_commas(const rw_xstate *st, uint32_t k)
{
    if (k == 0 || k + 2 >= st->n_units || !rw_mentions_is_comma(st, k - 1) ||
        !rw_mentions_is_comma(st, k + 2) || st->used[k + 1])
        return 0;
    const rw_unit *v = &st->units[k + 1];
    return v->kind == RW_U_OTHER && v->ntok == 1 && !v->pflags && name_word(st, k + 1) &&
           !verb_shaped(st, v->tok) && !pronoun_ending(st, k + 1);
}

static int title_anaphor_entity(const rw_xstate *st, const title *t);


/* The person the article named with the actor at unit u and the word after it, or -1: "محمد
 * الناصر جبيرة" named so before (longer_name_between_commas) is him again, not the actor. */
static int known_longer_name(rw_xstate *st, uint32_t u)
{
    if (u + 1 >= st->n_units || st->used[u + 1]) return -1;
    const rw_unit *v = &st->units[u + 1];
    if (v->kind != RW_U_OTHER || v->ntok != 1 || v->pflags) return -1;
    actor_key(st, u, 1);
    return name_lookup(st, st->key.data, st->key.len);
}

/* What unknown_name_after_title returns when the words after a title are no name. */
#define NO_NAME (-2)

/* The name no lexicon knows at unit j after title t (n_names read before it; conj: j carries
 * و; office_name: j is a given name read_title took for an office; quoted: the end of a name in
 * quotation marks, or 0): its entity, with *end_out and *shape_out set; NO_NAME when the words
 * there are the sentence going on, no name; -1 when memory runs out. */
static int unknown_name_after_title(rw_xstate *st, const title *t, uint32_t j, int n_names,
                                    int conj, int office_name, uint32_t quoted, uint32_t *end_out,
                                    int *shape_out)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = t->u0;
    const rw_unit *u = &st->units[j];
    uint32_t end = j;
    int e, shape = NAME_STRONG;
    int k = (n_names > 0 || (conj && u->kind == RW_U_OTHER)) ? conj_analysis(st, u->tok) : -1;
    if (n_names > 0 && k < 0) return NO_NAME;
    if (n_names == 0) k = -1;
    if (u->definite && name_lookup(st, ana(st, u->tok, u->ana)->stem,
                                   ana(st, u->tok, u->ana)->stem_len) < 0)
        return NO_NAME;
    end = read_name(st, j, k);
    if (given_names_of_actor(st, j, end) && !(quoted && end + 1 != quoted)) {
        *end_out = end + 1;
        *shape_out = NAME_STRONG;
        return actor_named_in_full(st, j, end);
    }
    if (end == j || (quoted && end != quoted)) return NO_NAME;
    /* "الوزير فوزي" after "الوزير خالد فوزي": one word the article gave a person for his family
     * name is him, whole - not its stem without the ending ي read as a pronoun (فوز). */
    if (end == j + 1 && !u->prefix_len && name_lookup(st, st->key.data, st->key.len) < 0) {
        int known = name_lookup(st, tfold(st, u->tok), tfold_len(st, u->tok));
        if (known >= 0 && st->x->entities[known].kind == RW_KIND_PERSON) {
            if (add_unit_name(st, known, j, end)) return -1;
            *end_out = end;
            *shape_out = NAME_STRONG;
            return known;
        }
    }
    if (end == j + 1 && pronoun_ending(st, j)) return NO_NAME; /* "الرئيس الروسي تأكيده" */
    /* "محمد الضويني وكيل الأزهر": a given name written with the article (words.tsv
     * `given`) alone right after a title is the noun it also is - a name has a family
     * name after it, or the article named that person already. (After a comma it is
     * the holder's name, its family name maybe a word: "الناطق، المنجي القاضي".) */
    if (end == j + 1 && j == t->end && !rw_mentions_is_comma(st, j - 1) &&
        (u->cls & RW_W_GIVEN) &&
        name_lookup(st, tfold(st, u->tok), tfold_len(st, u->tok)) < 0)
        return NO_NAME;
    shape = office_name ? NAME_STRONG : name_start(st, j, k);
    /* An unknown word alone is no one's name ("الرئيس أو"، "المدير مرفوقا"): a name known
     * only by its shape has a given name and a family name - unless a counterpart or an
     * honorific announced a person ("نظيرها الإندونيسي سوجيونو"، "السيد فلان"), right
     * before the name ("نائب رئيس النادي السيد فلان") - one before an office names its
     * holder ("السيد الرئيس رحب بزيارة"). */
    int announced = t->honorific && !(t->n_off && honorific_title(st, t->u0) &&
                                      !honorific_title(st, j - 1));
    if (shape == NAME_NONE ||
        (shape == NAME_WEAK && end < j + 2 && !t->counterpart && !announced))
        return NO_NAME;
    /* "قال الفاتيكان إن البابا شكر السيستاني": a bare word of three letters known only by its
     * shape before the name a lexicon person goes by, who is not his given name
     * (given_names_of_actor), or before a name the article gave a person, is the title
     * holder's verb and its object - not a relative of that person. (A longer word is his
     * given name spelt another way: "رئيس الوزراء الإسرائيلي بينيامين نتانياهو"، "الرئيس
     * الفرنسي فرانسو هولاند".) */
    const rw_unit *next = end == j + 2 ? &st->units[j + 1] : NULL;
    if (next && shape == NAME_WEAK && !t->counterpart && !announced && u->kind == RW_U_OTHER &&
        tfold_len(st, u->tok) == 6 &&
        ((next->kind == RW_U_ACTOR && st->lx->actors[next->ref].kind == RW_KIND_PERSON) ||
         (next->kind == RW_U_OTHER && next->definite &&
          name_lookup(st, tfold(st, next->tok), tfold_len(st, next->tok)) >= 0)))
        return NO_NAME;
    /* "وبحث أمير عسير مع الوزير سير العمل": after a bare title that names the one
     * person named before with a title of its head (title_anaphor), words known only by
     * their shape are the sentence going on - he was named already. */
    if (shape == NAME_WEAK && !t->counterpart && !t->honorific && !t->n_off &&
        t->end == u0 + 1 && st->units[u0].definite && n_names == 0 &&
        name_lookup(st, st->key.data, st->key.len) < 0 && title_anaphor_entity(st, t) >= 0)
        return NO_NAME;
    /* "لتعهدات رئيس الدولة دعم تحسين الأوضاع": two unknown words whose last has the shape
     * of a verb or verbal noun are the sentence going on, not a name. */
    const rw_unit *last = &st->units[end - 1];
    if (shape == NAME_WEAK && !t->counterpart && last->kind == RW_U_OTHER &&
        verb_shaped_unknown(st, last->tok))
        return NO_NAME;
    /* "رئيس الحكومة أصبح مضطرب"، "قرار رئيس الجمهورية ختم القانون": after a home
     * office whose holder at the article's date the lexicon knows, a word known only by
     * its shape is the sentence going on - the holder's own name would be known, and
     * the title alone resolves to him. Not a chain of given names that opens on an
     * unknown one ("نائب رئيس الجمهورية حسبو محمد عبد الرحمن": the lexicon has a
     * holder, the article another of that office's holders), nor a name the article
     * named already ("الرئيس أداما بارو" after "فخامة الرئيس أداما بارو"). */
    if (shape == NAME_WEAK && !t->counterpart && !t->honorific && known_holder(st, t) &&
        !(end >= j + 3 && st->units[j + 1].kind != RW_U_WORD &&
          forename_at(st, st->units[j + 1].tok) && !verb_shaped_unknown(st, u->tok)) &&
        name_lookup(st, st->key.data, st->key.len) < 0)
        return NO_NAME;
    /* "رئيس الحكومة يوضّح حقيقة نيّته"، "يمنح رئيس الحكومة صلاحيات إحداث": nor on a
     * word of a verb's shape or a plural in ات (given names so shaped are in
     * forenames.tsv). */
    const rw_unit *first = &st->units[j];
    if (shape == NAME_WEAK && !t->counterpart && first->kind == RW_U_OTHER &&
        !first->definite && !forename_at(st, first->tok) &&
        (verb_shaped_unknown(st, first->tok) || ends_in_plural_at(st, first->tok) ||
         written_with_shadda(st, first->tok) ||
         broken_plural_mafaail(tfold(st, first->tok), tfold_len(st, first->tok))))
        return NO_NAME;
    /* "قرارات وزير التربية مجرد قرارات شعبوية": a plural in ات with a word in ة right
     * after it, its adjective, is a noun phrase, no name. */
    if (shape == NAME_WEAK && !t->counterpart && plural_with_adjective(st, j, end)) return NO_NAME;
    /* "وزير العدل وحقوق الإنسان والعدالة الانتقالية X": after a singular title, a word
     * known only by its shape, written with the conjunction (words.tsv `conj`) and in
     * construct with a definite noun, is the title's next portfolio ("وانغ يي" is a name). */
    if (shape == NAME_WEAK && n_names == 0 && !t->plural && u->kind == RW_U_OTHER &&
        tfold_len(st, u->tok) >= 6 &&
        (rw_lexicon_word_class(lx, tfold(st, u->tok), 2) & RW_W_CONJ) &&
        j + 1 < st->n_units && st->units[j + 1].definite && !st->units[j + 1].pflags)
        return NO_NAME;
    /* "إصابة المخرج بنوبة قلبية": after a description with no office (القيادي،
     * المخرج), an unknown word that may be ب, ل or ك on a noun starts no name. */
    if (shape == NAME_WEAK && !t->n_off && t->titled && !t->honorific &&
        (rw_lexicon_word_class(lx, tfold(st, u->tok), 2) & RW_W_PREP))
        return NO_NAME;
    /* "رئيس الجمعية التونسية لممتحني رخص السياقة"، "لمساعدة العائلات متوسطة الدخل": a
     * name known only by its shape does not open with ل glued to an unknown word, nor
     * on a word written with ة - a noun or an adjective (given names so written are in
     * forenames.tsv). */
    if (shape == NAME_WEAK && !t->counterpart && !t->honorific &&
        ((glued_purpose(st, j) && !bare_alef_second(st, st->units[j].tok)) ||
         ends_in_ta_marbuta(st, st->units[j].tok)))
        return NO_NAME;
    /* "والممثل القانوني للحركة إستمر كامل مساء أمس": a given name that is also an
     * ordinary word (كامل whole, سعيد happy) is no name alone after a title with
     * complements - a person there has a family name too, or a counterpart or an
     * honorific announced him; right after a lone title of one word it may be one
     * ("الملك فهد"، "الرئيس سعيد"; not "رئيس الحكومة خير الذهاب" - he chose). */
    if (end == j + 1 && u->kind == RW_U_OTHER && forename_at(st, u->tok) == 2 &&
        !t->counterpart && !t->honorific &&
        (t->end > t->u0 + 1 || st->units[t->u0].ntok > 1))
        return NO_NAME;
    /* "أول زعيم عالمي يحظى": after a lone indefinite title word an unknown word is its
     * adjective - titles before names are definite ("الزعيم"، "رئيس الحكومة"). */
    if (shape == NAME_WEAK && t->end == u0 + 1 && st->units[u0].ntok == 1 &&
        !st->units[u0].definite && !t->counterpart && !t->honorific)
        return NO_NAME;
    /* After a dual or plural title an unknown name is one of coordinated names ("الوزيران
     * X و Y"، "أستاذي القانون الدستوري الصادق بلعيد وقيس سعيد"); a lone word sequence is
     * the rest of the sentence ("وناقش الرئيسان مستقبل الوجود العسكري", "أن الجانبين
     * شددا على") - after a broken plural too ("وزراء خارجية دول الشمال"). */
    if (title_of_several(st, t) && n_names == 0 &&
        !(end < st->n_units && (st->units[end].pflags & RW_P_CONJ) &&
          (name_word(st, end) || person_unit(st, end))))
        return NO_NAME;
    const char *s;
    size_t n;
    unit_surface(st, j, end, k, &s, &n);
    char *key = strndup(st->key.data, st->key.len);
    if (!key) return -1;
    e = person_entity(st, key, strlen(key), s, n);
    free(key);
    *end_out = end;
    *shape_out = shape;
    return e;
}

static int title_names(rw_xstate *st, const title *t, uint32_t *next)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = t->u0, j = t->end;
    int limit = t->plural ? (t->n_off > 1 ? t->n_off : 4) : 1;
    int n_names = 0;
    int first_coord = (st->units[u0].pflags & RW_P_CONJ) != 0;
    int several = title_of_several(st, t);
    while (j < st->n_units && n_names < limit && !st->used[j]) {
        /* "وزراء خارجية الدول الضامنة، الروسي X والإيراني Y والتركي Z": past a comma, the
         * holders of a plural title, each with his nationality before him (the list's و on
         * it). */
        int nisba_conj = -1;
        if (several && n_names == 0 && j == t->end && rw_mentions_is_comma(st, j) &&
            j + 2 < st->n_units && st->units[j + 1].kind == RW_U_NISBA &&
            !st->units[j + 1].pflags && person_unit(st, j + 2))
            j++;
        if (several && j > t->end && st->units[j].kind == RW_U_NISBA && j + 1 < st->n_units &&
            !st->used[j + 1] && person_unit(st, j + 1)) {
            nisba_conj = (st->units[j].pflags & RW_P_CONJ) != 0;
            st->used[j] = 1;
            j++;
        }
        const rw_unit *u = &st->units[j];
        int conj = nisba_conj >= 0 ? nisba_conj : (u->pflags & RW_P_CONJ) != 0;
        if (n_names > 0 && !conj) break;
        /* "محمد الطرابلسي وزير الشؤون الاجتماعية، وعبيد البريكي وزير ...": a name with و after
         * one title is the next of a list, not that title's holder (a title of many takes its
         * first name bare: "الوزيران X و Y"). A given name that starts with و is no و: وداد. */
        if (n_names == 0 && !t->plural && next_conjunct(st, j)) break;
        /* ... and a title of many takes no first name with و either ("النقابة الوطنية
         * للصحفيين التونسيين ومصالح الإعلام": the next of a list of bodies). */
        if (n_names == 0 && t->plural && conj) break;
        /* "رئيس الجمهورية بالمشير خليفة حفتر": a known person behind the side's ب is the other
         * side, not the holder of the title before him. */
        if (n_names == 0 && u->kind == RW_U_ACTOR && (u->pflags & RW_P_SIDE)) break;
        /* "حافظ الأمن \"أمين الجليلي\"": the name may stand in quotation marks after the title -
         * all of it, up to the closing mark. */
        uint32_t quoted = 0;
        if (n_names == 0 && j > u0 && is_quote(st, j) && j + 2 < st->n_units && !st->used[j + 1] &&
            name_word(st, j + 1) && !st->units[j + 1].definite &&
            (st->units[j - 1].kind == RW_U_TITLE || st->units[j - 1].kind == RW_U_OFFICE ||
             st->units[j - 1].kind == RW_U_NISBA) &&
            name_start(st, j + 1, -1) == NAME_STRONG) {
            uint32_t close = j + 2;
            while (close < st->n_units && close < j + 5 && !is_quote(st, close)) close++;
            if (close < st->n_units && is_quote(st, close)) {
                quoted = close;
                st->used[j] = 1;
                u = &st->units[++j];
            }
        }
        int e = -1, shape = NAME_STRONG;
        uint32_t end = j;
        /* "وزير الصناعة سلطان الجابر": read_title stopped at a given name that is also an office */
        int office_name = j == t->end && given_name_after_title(st, t, j);
        /* "رئيس وزراء باكستان محمد شهباز شريف": a given name before a lexicon person is his. */
        uint32_t name0 = j;
        int before_person = word_before_lexicon_person(st, j);
        /* ("السيد استافان دي ميستورا": before the family name alone of one the lexicon knows
         * by a longer name, an unknown word is his given name in another spelling) */
        if (before_person && name_word(st, j) &&
            (forename_at(st, u->tok) || family_name_alone(st, j + 1))) {
            st->used[j] = 1;
            u = &st->units[++j];
        } else if (before_person && n_names == 0 && !(u->pflags & (RW_P_CONJ | RW_P_SIDE)) &&
                   !forename_at(st, u->tok) && !ends_in_alef(st, u->tok) &&
                   !noun_with_his_pronoun(st, u->tok)) {
            /* "السفير الصيني لياو لي تشيانغ": any other word (not an adverb's accusative,
             * صباحا) makes a longer name that holds his - someone else (Liao Liqiang, not Li
             * Qiang). The title names no one the engine can tell. */
            st->used[j] = st->used[j + 1] = 1;
            break;
        }
        /* "جاريد كوشنر مستشار ترامب وصهره": a bare title word right after someone's name, in
         * construct with a known person, is the first one's title - Trump's adviser is
         * Kushner. The known person is its genitive, no one named here. */
        if (n_names == 0 && person_unit(st, j) && title_in_construct(st, t, j)) {
            st->used[j] = 1;
            j++;
            break;
        }
        /* "سفير ترامب في إسرائيل يسعى ..."، "التقى X مبعوث بوتين": so is one before a known
         * person wherever it stands: his ambassador, his envoy - not a title he holds. */
        /* (... but for a given name: "أن يلتقي أمير عبداللهيان" is the minister named so,
         * who holds no office of أمير) */
        int given_name_title = n_names == 0 && person_unit(st, j) && bare_title_before(st, t, j) &&
                               forename_at(st, st->units[t->u0].tok);
        if ((n_names == 0 && person_unit(st, j) && bare_title_before(st, t, j) &&
             !given_name_title) ||
            (n_names == 0 && title_before_known_surname(st, t, j))) {
            st->used[j] = 1;
            j++;
            break;
        }
        /* "بيتر نافارو المستشار التجاري لترامب": a known person written with ل right after the
         * title is the one it serves, never its holder. */
        if (u->kind == RW_U_ACTOR && (u->pflags & RW_P_PURPOSE) && n_names == 0) break;
        if (u->kind == RW_U_ACTOR && lx->actors[u->ref].kind == RW_KIND_PERSON &&
            (longer_name_between_commas(st, j) || known_longer_name(st, j) >= 0)) {
            actor_key(st, j, 1);
            end = j + 2;
            const char *s;
            size_t n;
            unit_surface(st, j, end, -1, &s, &n);
            char *key = strndup(st->key.data, st->key.len);
            if (!key) return -1;
            e = person_entity(st, key, strlen(key), s, n);
            free(key);
        } else if (u->kind == RW_U_ACTOR && lx->actors[u->ref].kind == RW_KIND_PERSON) {
            e = actor_mention(st, j);
            end = j + 1;
            if (e >= 0 && apposition(st, end, e, u->ref, &end, NULL)) return -1;
        } else if ((name_word(st, j) || office_name) && (!u->definite || n_names == 0)) {
            e = unknown_name_after_title(st, t, j, n_names, conj, office_name, quoted, &end,
                                         &shape);
            if (e == NO_NAME) break;
        } else {
            break;
        }
        if (e < 0) return -1;
        int office = t->n_off && !t->of_body ? t->offices[n_names < t->n_off ? n_names : t->n_off - 1] : -1;
        /* "كما استقبل محافظ أسوان عبدالقادر عبدالله محمد، القنصل العام لجمهورية السودان" after
         * "اللواء أشرف عطية، محافظ أسوان": an office of a country someone else holds in the
         * article, with a name after it that has a title of its own in apposition, is the
         * subject; the name is the object's. (Not after an honorific: "فخامة الرئيس X، رئيس
         * جمهورية السنغال" is X.) */
        int other = n_names == 0 && !t->plural && !t->former && !t->honorific && t->cc[0] &&
                    office >= 0 && title_after_comma(st, end) ? held_by_other(st, t, office, e) : 0;
        if (other < 0) return -1;
        if (other) {
            j = name0;
            break;
        }
        if (note_name_evidence(st, e, shape)) return -1;
        if (t->honorific_title >= 0 && note_honorific(st, e, t->honorific_title)) return -1;
        if ((t->n_off || (t->headed && t->end - u0 > 1)) && !t->former && !t->served &&
            !given_name_title) {
            if (add_held(st, e, office, t->cc, u0, t->end)) return -1;
            st->held[st->n_held - 1].title_only = honorific_office(st, t);
        }
        if (push_pm(st, n_names ? name0 : u0, end, e, RW_PM_PERSON, n_names ? 1 : first_coord))
            return -1;
        n_names++;
        j = end;
    }
    *next = j;
    return n_names;
}

/* Whether a date expression may start at unit u (its first token heads one: اليوم، أمس، الأحد). */
static int date_starts_at(const rw_xstate *st, uint32_t u)
{
    const rw_date_heads *h = &st->dh[st->units[u].tok];
    return st->dh_valid && (h->head >= 0 || h->chead >= 0);
}

/* The office `office` of no country entity e was named with in this sentence, or NULL. */
static rw_heldrole *held_here_of_no_country(rw_xstate *st, int e, int office)
{
    for (size_t i = st->n_held; i-- > 0 && st->held[i].sentence == st->sentence;) {
        rw_heldrole *h = &st->held[i];
        if (h->entity == e && h->office == office && !h->country[0] && !h->title_only) return h;
    }
    return NULL;
}

/* Whether mention m, not the sentence's first word, is a name with no office of its own: no
 * office or title head opens it or stands right before it - an honorific or a rank may ("معالي
 * ماريز باين، وزيرة الخارجية الأسترالية،"). */
static int untitled(const rw_xstate *st, const rw_pm *m)
{
    if (m->unit == 0) return 0;
    for (uint32_t k = m->unit - 1; k <= m->unit; k++)
        if ((st->units[k].kind == RW_U_TITLE && !honorific_title(st, k)) ||
            st->units[k].kind == RW_U_OFFICE)
            return 0;
    return 1;
}

/* Whether one of the sentence's mentions before mention i is a person's. */
static int person_before(const rw_xstate *st, size_t i)
{
    while (i-- > 0)
        if (st->pms[i].kind == RW_PM_PERSON) return 1;
    return 0;
}

/* Whether the office at unit j, coordinated with the office before it, is a second office of
 * the same man: it names no country and no one is named after it. */
static int second_office_his(rw_xstate *st, uint32_t j)
{
    title t2;
    read_title(st, j, &t2);
    return t2.n_off == 1 && !t2.cc[0] && !t2.of_body && !t2.plural && !t2.former &&
           !name_follows(st, t2.end) &&
           !(t2.end < st->n_units && (st->units[t2.end].kind == RW_U_PLACE ||
                                      st->units[t2.end].kind == RW_U_NISBA));
}

/* Whether unit k is a region or a city of the lexicon, no country: "منطقة عسير"، "جدة". */
static int local_place_at(const rw_xstate *st, uint32_t k)
{
    return st->units[k].kind == RW_U_PLACE &&
           st->lx->places[st->units[k].ref].kind != RW_PLACE_COUNTRY;
}

/* Whether title t names the office of a region or a city (a place of the lexicon inside it that
 * is no country): "أمير منطقة عسير"، "محافظ جدة". */
static int office_of_local_place(const rw_xstate *st, const title *t)
{
    for (uint32_t k = t->u0 + 1; k < t->end; k++)
        if (local_place_at(st, k)) return 1;
    return 0;
}

/* Whether person mention m opens with honorifics alone, no office of its own: "صاحب السمو
 * الملكي الأمير فلان"، "الشيخ فلان" (an honorific that is an office word too counts as one). */
static int honorific_only(const rw_xstate *st, const rw_pm *m)
{
    if (m->kind != RW_PM_PERSON || m->unit >= m->unit_end) return 0;
    /* (the words before the name: an office word inside it is a given name, بن سلطان) */
    uint32_t k = m->unit;
    for (; k < m->unit_end; k++) {
        const rw_unit *u = &st->units[k];
        if (u->kind != RW_U_TITLE && u->kind != RW_U_OFFICE) break;
        if (u->kind == RW_U_TITLE ? !honorific_title(st, k) : !honorific_office_word(st, k))
            return 0;
    }
    return k > m->unit;
}

/* Gulf apposition around a title: offices right after a name an honorific introduced ("الأمير
 * محمد بن سلمان ولي ولي العهد") are that person's, and so is a title with no country and no name
 * right after such a person ("الشيخ فلان نائب رئيس مجلس الوزراء وزير الخارجية"). Returns 1 when
 * the title was his (nothing else to read), 0 when not, -1 when memory ran out. */
static int title_apposition(rw_xstate *st, const title *t, int n_names, uint32_t *next)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = t->u0, j = *next;
    /* Gulf style: "الأمير محمد بن سلمان ولي ولي العهد" - an office right after a name that an
     * honorific introduced is that person's. */
    while (n_names == 1 && t->honorific && !t->n_off && j < st->n_units && !st->used[j] &&
           st->units[j].kind == RW_U_OFFICE && !(st->units[j].pflags & RW_P_CONJ)) {
        /* (... not one of a body with a name after it: "يستقبل الشيخ X رئيس الاتحاد الدولي لكرة
         * القدم (فيفا) جياني إنفانتينو" - the next person's) */
        uint32_t w = j + 1;
        if (w < st->n_units && st->units[w].kind == RW_U_ACTOR &&
            lx->actors[st->units[w].ref].kind != RW_KIND_PERSON) {
            w++;
            if (bracketed_short_name(st, w)) w += 3;
            if (name_follows(st, w)) break;
        }
        /* (... nor one of a country a name follows: "استقبل اللواء X سفير إيطاليا بالقاهرة
         * جامباولو كانتيني" - the ambassador is the one named after it) */
        if (w < st->n_units &&
            (st->units[w].kind == RW_U_PLACE || st->units[w].kind == RW_U_NISBA) &&
            name_follows(st, w))
            break;
        uint32_t t0 = j++;
        char cc2[8] = "";
        if (j < st->n_units && st->units[j].kind == RW_U_NISBA)
            snprintf(cc2, sizeof cc2, "%s", lx->countries[st->units[j++].ref]);
        /* "الشيخ X رئيس الاتحاد الآسيوي لكرة القدم، الذي يزور ...": the office's body and its
         * other complements are his title too (so that a relative after it follows him). */
        title t2;
        read_title(st, t0, &t2);
        if (t2.of_body && t2.end > j && !name_follows(st, t2.end)) j = t2.end;
        /* ("معالي X وزير خارجية الجمهورية الهيلينية الذي يقوم ...": of the country after it) */
        else if (!cc2[0] && t2.cc[0] && !t2.of_body && t2.end > j && !name_follows(st, t2.end)) {
            snprintf(cc2, sizeof cc2, "%s", t2.cc);
            j = t2.end;
        }
        if (last_person_holds(st, st->units[t0].ref, cc2, t0, j)) return -1;
    }
    /* "الشيخ X رئيس مجلس الوزراء ووزير الداخلية بمكتبه": a second office with و right after
     * the office a person's mention took is his too (second_office_his). */
    if (n_names == 0 && (st->units[u0].pflags & RW_P_CONJ) && t->n_off == 1 && !t->cc[0] &&
        !t->counterpart && !t->plural && !t->former && st->n_pms) {
        const rw_pm *prev = &st->pms[st->n_pms - 1];
        int titled = 0;
        for (uint32_t k = prev->unit; k < u0 && prev->unit_end == u0; k++)
            titled |= st->units[k].kind == RW_U_OFFICE;
        if (prev->kind == RW_PM_PERSON && prev->ref >= 0 && titled &&
            st->x->entities[prev->ref].kind == RW_KIND_PERSON && second_office_his(st, u0)) {
            if (last_person_holds(st, t->offices[0], "", u0, t->end)) return -1;
            *next = t->end;
            return 1;
        }
    }
    /* "الشيخ فلان نائب رئيس مجلس الوزراء وزير الخارجية": a title with no country right after a
     * person an honorific introduced, not coordinated, is that person's (Gulf apposition); so is
     * the office of a region or a city of his, when no office came before his name ("صاحب السمو
     * الملكي الأمير فلان أمير منطقة عسير، ويتابع ..."): a guest of a region's office would be
     * named, or his title would come before the host's name. */
    if (n_names == 0 && (!t->cc[0] || (st->n_pms && office_of_local_place(st, t) &&
                                       honorific_only(st, &st->pms[st->n_pms - 1]))) &&
        !t->counterpart && !t->plural && t->n_off == 1 && st->n_pms &&
        !(st->units[u0].pflags & RW_P_CONJ)) {
        const rw_pm *prev = &st->pms[st->n_pms - 1];
        const rw_unit *pu = &st->units[prev->unit];
        /* ... and so is one right after a coordinated name: "وعبيد البريكي وزير الوظيفة
         * العمومية ونور الدين الطبوبي الأمين العام المساعد للاتحاد" (a verb's object comes after
         * its subject, never after the second name of a list). */
        if (prev->kind == RW_PM_PERSON && prev->ref >= 0 && prev->unit_end == u0 &&
            st->x->entities[prev->ref].kind == RW_KIND_PERSON &&
            ((pu->kind == RW_U_TITLE && lx->titles[pu->ref].cls == RW_TITLE_HONORIFIC) ||
             honorific_only(st, prev) || (prev->coord && (pu->pflags & RW_P_CONJ)))) {
            /* (a chain of titles stays his; and the region or city right after the office is
             * his office's: "أمير منطقة الجوف"، whose words a later unnamed "أمير منطقة الجوف"
             * names him by - held_in_article) */
            uint32_t end = t->end;
            const char *pcc = "";
            if (!t->cc[0] && end < st->n_units && local_place_at(st, end) &&
                !st->units[end].pflags)
                pcc = lx->places[st->units[end++].ref].country;
            if (last_person_holds(st, t->offices[0], pcc, u0, end)) return -1;
            *next = end;
            return 1;
        }
    }
    /* "وفدا روسيا برئاسة ألكسندر لافرنتييف المبعوث الخاص للرئيس الروسي"، "وقال X المبعوث
     * الخاص ...": a title with the article and no name right after a person who is no meeting
     * verb's subject (where it would be the object: "استقبل الرئيس X المبعوث الأمريكي") is that
     * person's - when it names no country or his - and so is one between commas, or a comma
     * and the sentence's end ("بحضور سمو الأمير الحسين بن عبدالله الثاني، ولي العهد."), wherever
     * the person stands. */
    if (n_names == 0 && !t->counterpart && !t->plural && !t->former && t->n_off >= 1 && st->n_pms &&
        !(st->units[u0].pflags & RW_P_CONJ)) {
        /* (the place of his title read before is no one: "X، نائب حاكم إمارة أبوظبي، مستشار
         * الأمن الوطني،") */
        size_t last = st->n_pms - 1;
        while (last > 0 && st->pms[last].kind == RW_PM_PLACE && st->used[st->pms[last].unit] &&
               st->pms[last - 1].kind == RW_PM_PERSON &&
               st->pms[last - 1].unit_end < st->pms[last].unit)
            last--;
        const rw_pm *prev = &st->pms[last];
        const rw_xentity *pe = prev->ref >= 0 ? &st->x->entities[prev->ref] : NULL;
        int object_slot = prev->unit > 0 && st->units[prev->unit - 1].kind == RW_U_TRIGGER &&
                          lx->triggers[st->units[prev->unit - 1].ref].frame != RW_FRAME_LEAD;
        /* ... unless the verb's subject is the one the sentence named before a clause word of
         * place or sequence ("زار X المعرض، حيث التقى Y وزير الثقافة السنغالي": Y is the
         * object, the office his). */
        if (object_slot && prev->unit >= 2 && st->units[prev->unit - 2].kind == RW_U_WORD &&
            (st->units[prev->unit - 2].cls & RW_W_CLAUSE) &&
            !(st->units[prev->unit - 2].cls & (RW_W_RELATIVE | RW_W_THAT | RW_W_HE_THAT)) &&
            person_before(st, st->n_pms - 1))
            object_slot = 0;
        /* "X، محافظ أسوان،": the office of the place after the title, in that place's country */
        uint32_t end = t->end;
        const char *cc = t->cc;
        int read_on = 0; /* (the title read on past its end: a goal, a post, a second office) */
        if (!cc[0] && t->n_off == 1 && end + 1 < st->n_units && st->units[end].kind == RW_U_PLACE &&
            !st->units[end].pflags && st->units[end + 1].kind == RW_U_PUNCT) {
            cc = lx->places[st->units[end].ref].country;
            end++;
        } else if (end + 2 < st->n_units && st->units[end].kind == RW_U_WORD &&
                   (st->units[end].cls & RW_W_PREP) &&
                   (st->units[end + 1].kind == RW_U_PLACE ||
                    (t->n_off && (st->units[end].cls & RW_W_DIRECTION) &&
                     st->units[end + 1].kind == RW_U_OTHER && st->units[end + 1].definite &&
                     !st->units[end + 1].pflags)) &&
                   st->units[end + 2].kind == RW_U_PUNCT) {
            /* "المبعوث الشخصي ... إلى الصحراء الغربية،"، "... إلى الصحراء،": its goal, a
             * place or a region the lexicon does not know, no country of his */
            end += 2;
            read_on = 1;
        } else if (cc[0] && end < st->n_units) {
            /* "سفير جمهورية الصين الشعبية بالقاهرة،"، "... لدى مصر.": a country's office and where
             * its holder is posted, before a stop */
            uint32_t post = end;
            if (st->units[post].kind == RW_U_WORD && (st->units[post].cls & RW_W_PREP) &&
                !(st->units[post].cls & RW_W_DIRECTION) && post + 1 < st->n_units)
                post++;
            else if (!(st->units[post].pflags & RW_P_SIDE))
                post = st->n_units;
            if (post + 1 < st->n_units && st->units[post].kind == RW_U_PLACE &&
                st->units[post + 1].kind == RW_U_PUNCT) {
                end = post + 1;
                read_on = 1;
            }
        }
        if (!read_on && !t->plural) {
            /* "X، المبعوث الخاص للأمين العام ورئيس بعثة الأمم المتحدة للدعم في ليبيا،": a second
             * office with و (and its nationality) before a stop is his too, no other guest */
            uint32_t k = end;
            while (k < st->n_units && st->units[k].kind == RW_U_OFFICE &&
                   (st->units[k].pflags & RW_P_CONJ)) {
                k++;
                if (k < st->n_units && st->units[k].kind == RW_U_NISBA) k++;
            }
            if (k > end && k < st->n_units && st->units[k].kind == RW_U_PUNCT) {
                end = k;
                read_on = 1;
            }
        }
        /* (past his titles already read between commas: "X، نائب حاكم إمارة أبوظبي، مستشار
         * الأمن الوطني، قد التقى": each is his) */
        uint32_t after_name = prev->unit_end;
        while (after_name + 1 < u0 && rw_mentions_is_comma(st, after_name) &&
               st->used[after_name + 1]) {
            after_name++;
            while (after_name < u0 && st->used[after_name])
                after_name++;
        }
        int between_commas = after_name + 1 == u0 && rw_mentions_is_comma(st, after_name) &&
                             (end >= st->n_units || st->units[end].kind == RW_U_PUNCT);
        int adjacent = prev->unit_end == u0 && (end == t->end || read_on) &&
                       st->units[u0].definite && !object_slot;
        /* A country's office between commas after one of no known country is his when the day
         * follows it, before the verb's object ("استقبل اللواء X، محافظ أسوان، اليوم الأحد،
         * وفدا ..."): a guest's title would come after the time words. */
        int dated_after = between_commas && pe && !pe->country && end + 1 < st->n_units &&
                          rw_mentions_is_comma(st, end) && date_starts_at(st, end + 1);
        /* "فخامة الرئيس ماكي صال، رئيس جمهورية السنغال،": the office he was named with, its
         * country given now. */
        rw_heldrole *same_office =
            between_commas && pe ? held_here_of_no_country(st, prev->ref, t->offices[0]) : NULL;
        /* "التقى X، في مقر الوزارة، ديفيد شينكر مساعد وزير الخارجية الأمريكي لشؤون الشرق
         * الأدنى،": a country's office right after a bare name of no known country, the
         * object of someone named before (or the other side after مع، من), closed by a stop,
         * is his; so is one between commas ("التقى X اليوم تشانغ وانغ، سفير الصين بالقاهرة."،
         * "تلقى سموه اتصالا من معالي ماريز باين، وزيرة الخارجية الأسترالية،"). */
        int object_apposition =
            (prev->unit_end == u0 || between_commas) && !object_slot &&
            (end == t->end || read_on) && cc[0] && pe && !pe->country &&
            (person_before(st, st->n_pms - 1) || prev->side) && untitled(st, prev) &&
            (end >= st->n_units || st->units[end].kind == RW_U_PUNCT);
        if (prev->kind == RW_PM_PERSON && pe && pe->kind == RW_KIND_PERSON &&
            (adjacent || between_commas || object_apposition) &&
            (!cc[0] || (pe->country && strcmp(pe->country, cc) == 0) || dated_after ||
             same_office || object_apposition)) {
            /* His office only when it names his country: "الرئيس التنفيذي لشركة ..." is no
             * presidency, and a title of no country would answer for a bare "الرئيس" later. */
            if (same_office) snprintf(same_office->country, sizeof same_office->country, "%s", cc);
            if (cc[0] && add_held(st, prev->ref, t->offices[0], cc, u0, end)) return -1;
            /* "محمد بن زايد آل نهيان، رئيس الدولة،": an office alone, no complement, between
             * commas after one the lexicon gives a country is his in that country - the one a
             * later "رئيس الدولة" names. */
            if (!cc[0] && between_commas && pe->country && end == u0 + 1 && !t->of_body &&
                st->units[u0].kind == RW_U_OFFICE &&
                add_held(st, prev->ref, t->offices[0], pe->country, u0, end))
                return -1;
            /* "السيد X، المبعوث الشخصي للأمين العام للأمم المتحدة،": a title with complements
             * and no country is his as written (no office of a country), so that "المبعوث
             * الأممي" later names him (title_anaphor). */
            else if (!cc[0] && between_commas && end > u0 + 1 &&
                     add_held(st, prev->ref, -1, "", u0, end))
                return -1;
            for (uint32_t k = u0; k < end; k++) st->used[k] = 1;
            st->pms[st->n_pms - 1].unit_end = end;
            *next = end;
            return 1;
        }
    }
    *next = j;
    return 0;
}

static int title_phrase(rw_xstate *st, uint32_t u0, uint32_t *next);

/* A title without a name: one role placeholder per office, or per country ("وزراء خارجية قطر
 * ومصر وتركيا"), that relations.c resolves once the article is read. */
static int title_placeholders(rw_xstate *st, const title *t, uint32_t *next)
{
    const rw_lexicon *lx = st->lx;
    uint32_t u0 = t->u0;
    /* "رئيس وزراء جمهورية شمال قبرص التركية": an office whose state noun names no country
     * the engine knows is that unknown state's - no holder of another country the article
     * named, no one to resolve. */
    int unknown_state = !t->cc[0] && t->end > u0 + 1 && st->units[t->end - 1].kind == RW_U_WORD &&
                        (st->units[t->end - 1].cls & RW_W_STATE);
    /* "رئيس الحكومة المؤقتة": an adjective of the present written with ة after a man's office
     * agrees with the body, not with him - the interim government is a body of its own, whose
     * head is not the country's prime minister roles.tsv knows. */
    if (t->end < st->n_units && st->units[t->end].kind == RW_U_WORD &&
        (st->units[t->end].cls & RW_W_CURRENT) && st->units[t->end].ntok == 1 &&
        rw_mentions_written_ta_marbuta(st, st->units[t->end].tok) &&
        rw_mentions_masculine_title(st, u0))
        unknown_state = 1;
    /* (and an organisation's office nobody here is named to: no one to resolve either) */
    if (t->of_body || unknown_state) {
        for (uint32_t k = u0; k < t->end; k++) st->used[k] = 1;
        *next = t->end;
        return 0;
    }
    /* "أمير منطقة المدينة المنورة"، "محافظ جدة": a title with a place after it is the office of
     * that place. */
    int of_place = !*t->cc && t->end < st->n_units && st->units[t->end].kind == RW_U_PLACE &&
                   !st->units[t->end].pflags;
    /* Two titles of the one person named after the second, no placeholder for the first: a
     * former office and a second title with و ("الرئيس الفرنسي السابق وزعيم حزب الجمهوريين
     * نيكولا ساركوزي"); a place's office and a title right after the place ("استقبل أمير منطقة
     * تبوك الأمير فهد بن سلطان"). */
    uint32_t second = of_place ? t->end + 1 : t->end;
    if ((t->former || of_place) && second < st->n_units &&
        (st->units[second].kind == RW_U_TITLE || st->units[second].kind == RW_U_OFFICE) &&
        (of_place ? !st->units[second].pflags : (st->units[second].pflags & RW_P_CONJ))) {
        for (uint32_t k = u0; k < t->end; k++) st->used[k] = 1;
        *next = t->end;
        return 0;
    }
    /* ... and a verb's object given two offices of one country before his name, after its
     * subject was named ("استقبل X اليوم المبعوث الخاص للرئيس الروسي للشرق الأوسط وإفريقيا نائب
     * وزير الخارجية الروسي ميخائيل بوغدانوف"). */
    uint32_t next_title = t->end;
    /* (past a region with و after the title's place: "للشرق الأوسط وإفريقيا") */
    if (next_title + 1 < st->n_units && next_title > u0 &&
        st->units[next_title - 1].kind == RW_U_PLACE && st->units[next_title].kind == RW_U_OTHER &&
        (st->units[next_title].pflags & RW_P_CONJ) && !st->units[next_title].definite)
        next_title++;
    if (t->cc[0] && !t->plural && !t->counterpart && next_title < st->n_units &&
        st->units[next_title].kind == RW_U_OFFICE && !st->units[next_title].pflags &&
        person_before(st, st->n_pms)) {
        title t2;
        read_title(st, next_title, &t2);
        if (t2.n_off && strcmp(t2.cc, t->cc) == 0 && !t2.plural && name_follows(st, t2.end)) {
            for (uint32_t k = u0; k < next_title; k++) st->used[k] = 1;
            size_t before = st->n_pms;
            if (title_phrase(st, next_title, next)) return -1;
            /* (the name read after the second office holds the first too) */
            const rw_pm *m = st->n_pms > before ? &st->pms[st->n_pms - 1] : NULL;
            if (m && m->kind == RW_PM_PERSON && m->ref >= 0 && t->n_off && !t->served &&
                add_held(st, m->ref, t->offices[0], t->cc, u0, t->end))
                return -1;
            return 0;
        }
    }
    int first_coord = (st->units[u0].pflags & RW_P_CONJ) != 0;
    int per_country = !t->counterpart && t->n_off == 1 && t->n_cc > 1;
    /* (an office of a place is known by its words without the honorific that opens it, as a
     * held office's: "سمو أمير منطقة الجوف" is the "أمير منطقة الجوف" named before) */
    uint32_t w0 = u0;
    while (of_place && w0 + 1 < t->end && honorific_title(st, w0)) w0++;
    int n = t->counterpart ? 1 : per_country ? t->n_cc : t->n_off;
    for (int i = 0; i < n; i++) {
        /* "وزراء خارجية قطر ومصر وتركيا": the holder in each country */
        /* (a place's office is of the place's country: "رئيس إقليم كردستان" is Iraq's) */
        const char *cc = per_country ? t->ccs[i]
                         : of_place  ? lx->places[st->units[t->end].ref].country
                                     : t->cc;
        int ph = add_placeholder(st, t->counterpart ? -1 : t->offices[per_country ? 0 : i], cc,
                                 u0, t->end);
        if (ph < 0) return -1;
        st->ph[ph].many = (st->units[u0].cls & RW_W_MANY) != 0;
        st->ph[ph].former = t->former;
        st->ph[ph].of_place = of_place;
        if (title_words(st, w0, t->end + of_place, &st->ph[ph].words)) return -1;
        st->ph[ph].several =
            title_of_several(st, t) && !t->counterpart && !per_country && !t->cc[0];
        if (push_pm(st, u0, t->end, -(ph + 1), RW_PM_PERSON, i ? 1 : first_coord)) return -1;
    }
    for (uint32_t k = u0; k < t->end; k++) st->used[k] = 1;
    *next = t->end > u0 ? t->end : u0 + 1;
    return 0;
}

/* Whether the title at u0 is a predicate in the accusative, no mention: "عيّنه رئيسا للحكومة"،
 * "انتخب أمينا عاما". Its ending reads as a construct dual (وزيرا الخارجية = the two ministers
 * of foreign affairs), but a construct is followed by a definite noun without a preposition. */
static int accusative_title(const rw_xstate *st, uint32_t u0)
{
    const rw_unit *u = &st->units[u0];
    /* "وزيري الخارجية" (one unit): the construct's noun is there already. */
    if ((u->kind != RW_U_OFFICE && u->kind != RW_U_TITLE) || u->suffix != RW_SUF_DUAL ||
        u->definite || u->ntok != 1)
        return 0;
    if (ana(st, u->tok, u->ana)->suffix_len > 2) return 0; /* وزيرين: a true dual */
    if (u0 + 1 >= st->n_units) return 1;
    const rw_unit *v = &st->units[u0 + 1];
    return !(v->definite && !v->prefix_len) && v->kind != RW_U_PLACE && v->kind != RW_U_NISBA;
}

/* A title phrase at u0 and the names it introduces. Returns the unit after it. */
/* Whether the bare word w (n bytes) matches one of the space-separated bare words of `words`:
 * equal, or - both long enough - the same first four letters, so that an adjective and its noun
 * agree ("الثقافة" and "الثقافية", "الخارجية" and "الخارجي"). */
static int has_word_like(const char *words, const char *w, size_t n)
{
    for (const char *p = words; *p;) {
        const char *e = strchr(p, ' ');
        size_t m = e ? (size_t)(e - p) : strlen(p);
        if ((m == n && memcmp(p, w, n) == 0) || (n >= 8 && m >= 8 && memcmp(p, w, 8) == 0))
            return 1;
        /* (the nisba of one of them, which may carry ل or لل inside the title: "المبعوث الأممي"
         * after "المبعوث ... للأمم المتحدة") */
        for (size_t cut = 0; cut <= 4; cut += 2) {
            if (cut && (m < cut + 4 || memcmp(p + cut - 2, "\xd9\x84", 2) != 0)) break;
            size_t r = m - cut;
            if (n == r + 2 && r >= 4 && memcmp(p + cut, w, r) == 0 &&
                memcmp(w + r, "\xd9\x8a", 2) == 0)
                return 1;
        }
        p += m;
        if (*p) p++;
    }
    return 0;
}

static void candidate(int *v, int *n, int e);

/* Whether the title words of held role h start with the word w (its head). */
static int held_head_is(const rw_heldrole *h, const char *w, size_t wn)
{
    const char *e = strchr(h->words, ' ');
    size_t hn = e ? (size_t)(e - h->words) : strlen(h->words);
    return hn == wn && memcmp(h->words, w, wn) == 0;
}

int rw_mentions_same_title_head(const rw_xstate *st, uint32_t u, int entity)
{
    const rw_unit *v = &st->units[u];
    const char *w;
    size_t wn;
    bare_word(st, v, v->tok, &w, &wn);
    for (size_t i = 0; i < st->n_held; i++)
        if (st->held[i].entity == entity && st->held[i].words && held_head_is(&st->held[i], w, wn))
            return 1;
    return 0;
}

int rw_mentions_title_head_fits(const rw_xstate *st, uint32_t u, int entity)
{
    int of_title = 0, titled = 0;
    uint32_t tok = st->units[u].tok;
    for (size_t i = 0; i < st->n_held; i++) {
        if (!st->held[i].words) continue;
        titled |= st->held[i].entity == entity;
        /* (any reading's stem: الوزيران is وزير with the article and the dual's ending) */
        for (int k = 0; k < st->n_an[tok]; k++) {
            const rw_analysis *a = ana(st, tok, k);
            size_t art = rw_morph_article_len(a->stem, a->stem_len);
            if (art < a->stem_len && held_head_is(&st->held[i], a->stem + art, a->stem_len - art)) {
                if (st->held[i].entity == entity) return 1;
                of_title = 1;
            }
        }
    }
    return !of_title ? 1 : titled ? 0 : -1;
}

/* Whether every person of the article read so far but entity e holds a title of its own (one
 * st->held records): then a bare title head none of them holds cannot be a guest the article
 * named with a title it did not record. */
static int others_all_titled(const rw_xstate *st, int e)
{
    for (size_t i = 0; i < st->x->n_entities; i++) {
        if ((int)i == e || st->x->entities[i].kind != RW_KIND_PERSON) continue;
        int held = 0;
        for (size_t k = 0; k < st->n_held && !held; k++) held = st->held[k].entity == (int)i;
        if (!held) return 0;
    }
    return 1;
}

/* "وعبر وزير الثقافة خلال لقائه بالفخراني": a title that no office table knows, without a
 * name, is the one person of the article named before with a title of the same head whose words
 * include each of its own ("وزير الشؤون الثقافية محمد زين العابدين"). Returns 1
 * when it named that person, 0 when no single person fits, -1 when memory ran out. */
static int title_anaphor(rw_xstate *st, const title *t, uint32_t *next)
{
    int e = title_anaphor_entity(st, t);
    if (e < 0) return 0;
    for (uint32_t k = t->u0; k < t->end; k++) st->used[k] = 1;
    *next = t->end;
    return push_pm(st, t->u0, t->end, e, RW_PM_PERSON, (st->units[t->u0].pflags & RW_P_CONJ) != 0)
               ? -1 : 1;
}

/* The person title_anaphor names by title t, or -1 when no single person fits. */
static int title_anaphor_entity(const rw_xstate *st, const title *t)
{
    int cand[2], n = 0, bare_cand[2], n_bare = 0;
    for (size_t i = 0; i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
        if (h->entity < 0 || !h->words || st->x->entities[h->entity].kind != RW_KIND_PERSON) continue;
        int fits = 1, first = 1, words = 0;
        for (uint32_t k = t->u0; k < t->end && fits; k++) {
            const rw_unit *u = &st->units[k];
            if (u->kind == RW_U_PUNCT || (u->kind == RW_U_WORD && !(u->cls & RW_W_INSTITUTION))) continue;
            for (uint32_t tok = u->tok; tok < u->tok + u->ntok && fits; tok++) {
                const char *w;
                size_t wn;
                bare_word(st, u, tok, &w, &wn);
                if (first) { /* the heads are the same word */
                    fits = held_head_is(h, w, wn);
                    first = 0;
                } else {
                    fits = has_word_like(h->words, w, wn);
                    words++;
                }
            }
        }
        if (fits) candidate(words ? cand : bare_cand, words ? &n : &n_bare, h->entity);
    }
    /* A bare head ("الوزير") may be anyone's: a guest's title the article gave with no office
     * ("وزير أوروبا والشؤون الخارجية الفرنسي، جون إيف لودريان") is not held. It is the one
     * person who holds a title of that head only when everyone else named holds one too. */
    if (n == 0 && n_bare == 1 && t->end == t->u0 + 1 && st->units[t->u0].definite &&
        others_all_titled(st, bare_cand[0])) {
        cand[0] = bare_cand[0];
        n = 1;
    }
    return n == 1 ? cand[0] : -1;
}

/* The unit where title t's second office starts, when t names a country's office by its
 * nationality ("الرئيس الفرنسي") and another office right after it ("رئيس الحكومة"), and a
 * lexicon person of another country follows the whole title: else 0. */
static uint32_t second_office_of_other(const rw_xstate *st, const title *t)
{
    if (!t->cc[0] || t->plural || t->counterpart || t->end >= st->n_units) return 0;
    const rw_unit *name = &st->units[t->end];
    if (name->kind != RW_U_ACTOR || st->lx->actors[name->ref].kind != RW_KIND_PERSON ||
        !st->lx->actors[name->ref].country[0] ||
        strcmp(st->lx->actors[name->ref].country, t->cc) == 0)
        return 0;
    for (uint32_t k = t->u0 + 1; k + 1 < t->end; k++)
        if (st->units[k].kind == RW_U_NISBA && st->units[k + 1].kind == RW_U_OFFICE &&
            !st->units[k + 1].pflags && strcmp(st->lx->countries[st->units[k].ref], t->cc) == 0)
            return k + 1;
    return 0;
}

/* Whether a noun of what is named after someone (words.tsv `named_after`) stands in units
 * [k0, k1) right before an office or title: "مدير جامعة الملك خالد" holds the university's name.
 * Folding makes ة an ه: such a noun written with ه is another word with a pronoun ("عضو مكتبه
 * الإعلامي محمد مقديش", his office, is no "مكتبة"). */
static int named_after_in(const rw_xstate *st, uint32_t k0, uint32_t k1)
{
    for (uint32_t k = k0; k < k1 && k + 1 < st->n_units; k++) {
        const rw_unit *u = &st->units[k];
        if (u->kind != RW_U_WORD || !(u->cls & RW_W_NAMED_AFTER) ||
            !(st->units[k + 1].kind == RW_U_OFFICE || st->units[k + 1].kind == RW_U_TITLE))
            continue;
        const char *f = tfold(st, u->tok);
        size_t n = tfold_len(st, u->tok);
        if (n >= 2 && memcmp(f + n - 2, "\xd9\x87", 2) == 0 && !ends_in_ta_marbuta(st, u->tok))
            continue; /* ه as written */
        return 1;
    }
    return 0;
}

static int title_phrase(rw_xstate *st, uint32_t u0, uint32_t *next)
{
    if (accusative_title(st, u0)) {
        *next = u0 + 1;
        return 0;
    }
    /* "وانغ جيان هوا، رئيس الوفد الصيني": a bare office in construct with the delegation
     * heads it - no office of a country, and no one else ("رئيس وفد الحركات الأزوادية X"
     * names its head after it). */
    if (st->units[u0].kind == RW_U_OFFICE && !st->units[u0].definite && st->units[u0].ntok == 1 &&
        u0 + 1 < st->n_units && st->units[u0 + 1].kind == RW_U_WORD &&
        (st->units[u0 + 1].cls & RW_W_GROUP) && st->units[u0 + 1].definite &&
        !st->units[u0 + 1].pflags && !name_after_group(st, u0 + 1)) {
        *next = u0 + 1;
        return 0;
    }
    title t;
    read_title(st, u0, &t);
    if (t.end == u0 + (uint32_t)t.counterpart && !t.n_off && !t.titled) {
        *next = u0 + 1;
        return 0;
    }
    /* "التقى الرئيس الفرنسي رئيس الحكومة سعد الحريري": an office of a country its nationality
     * names, then another office, then a lexicon person of another country are two persons -
     * the first office's holder, the subject, and the one the second office names ("ولي العهد
     * السعودي نائب رئيس مجلس الوزراء الأمير محمد بن سلمان" is one: a Saudi). */
    uint32_t second = second_office_of_other(st, &t);
    if (second) {
        t.end = second;
        return title_placeholders(st, &t, next);
    }
    /* "جامعة الملك فهد للبترول"، "بمستشفى الملك فيصل"، "مطار الملك عبدالعزيز": after a noun of
     * what is named after someone (words.tsv `named_after`), the title and the name are the
     * place's name - no one is mentioned, and no one holds the title; so too inside a title's
     * complements ("مدير جامعة الملك خالد الدكتور فالح": the director is named after it). */
    if (named_after_in(st, u0 > 0 ? u0 - 1 : u0, t.end)) {
        uint32_t j = t.end;
        if (j < st->n_units && st->units[j].kind == RW_U_ACTOR) j++;
        else if (j < st->n_units && name_word(st, j)) j = read_name(st, j, -1);
        *next = j > t.end ? j : t.end;
        return 0;
    }
    /* "رئيس جامعة طيبة الدكتور عبدالعزيز السراني": a name right after a noun of what is named
     * after someone (written with ة: see named_after_in), ending the title's complement, is the
     * place's when a title of the holder's own (الدكتور) follows it; the holder is named after
     * that title. */
    if (t.end > u0 + 1 && t.end < st->n_units && st->units[t.end - 1].kind == RW_U_WORD &&
        (st->units[t.end - 1].cls & RW_W_NAMED_AFTER) &&
        ends_in_ta_marbuta(st, st->units[t.end - 1].tok) && name_word(st, t.end)) {
        uint32_t j = read_name(st, t.end, -1);
        if (j > t.end && j + 1 < st->n_units && st->units[j].kind == RW_U_TITLE)
            t.end = j + 1;
    }
    /* "هنأ خلاله سموه بحلول شهر رمضان": the pronoun is the one named, the word after it none. */
    if (t.pronoun && !t.n_off) {
        *next = t.end;
        return 0;
    }
    int n_names = title_names(st, &t, next);
    if (n_names < 0) return -1;
    int rc = title_apposition(st, &t, n_names, next);
    if (rc) return rc < 0 ? -1 : 0;
    if (n_names) return 0;
    if (!t.n_off && t.headed && !t.honorific && !t.plural && !t.counterpart && !t.former &&
        !t.of_body) {
        rc = title_anaphor(st, &t, next);
        if (rc) return rc < 0 ? -1 : 0;
    }
    /* "وكان معالي الوزير قد زار ...": an honorific that no name follows leaves the title after
     * it to be read so - the one person named before with a title of that head. */
    if (!t.n_off && t.headed && t.honorific && !t.plural && !t.counterpart && !t.former &&
        !t.of_body) {
        title bare = t;
        while (bare.u0 < bare.end && honorific_title(st, bare.u0)) bare.u0++;
        if (bare.u0 > t.u0 && bare.u0 < bare.end) {
            rc = title_anaphor(st, &bare, next);
            if (rc) return rc < 0 ? -1 : 0;
        }
    }
    /* "وكان رئيس الاتحاد الآسيوي قد وصل" after "رئيس الاتحاد الآسيوي لكرة القدم الشيخ سلمان بن
     * إبراهيم": the office of a body, unnamed, is the one person named before with that title. */
    if (t.n_off == 1 && t.of_body && !t.plural && !t.counterpart && !t.former) {
        rc = title_anaphor(st, &t, next);
        if (rc) return rc < 0 ? -1 : 0;
    }
    if (t.generic) {
        *next = t.end;
        return 0;
    }
    return title_placeholders(st, &t, next);
}

/* A delegation: "وفد", "الوفد السوري", "وفدا تركيا". */
/* A delegation's English label from its country's English name (ICU's, through places.tsv):
 * "delegation of Russia"; a delegation of no known country is "delegation". Never a
 * transliteration of وفد روسي. Returns 0 or -1 when memory runs out. */
static int group_label_en(rw_xstate *st, int e, const char *cc)
{
    const char *name = NULL;
    for (size_t i = 0; cc && *cc && i < st->lx->n_places && !name; i++)
        if (st->lx->places[i].kind == RW_PLACE_COUNTRY &&
            strcmp(st->lx->places[i].country, cc) == 0)
            name = st->lx->places[i].label_en;
    rw_buf_reset(&st->tmp);
    rw_buf_puts(&st->tmp, "delegation");
    if (name) rw_buf_printf(&st->tmp, " of %s", name);
    char *label = strdup(rw_buf_str(&st->tmp));
    if (!label) return -1;
    free(st->x->entities[e].label_en);
    st->x->entities[e].label_en = label;
    return 0;
}

/* Which quotation mark unit k is: 1 for one that opens (« “), 2 for one that closes (» ”), 3 for
 * the straight mark that does both ("), 0 for none. */
static int quote_kind(const rw_xstate *st, uint32_t k)
{
    if (st->units[k].kind != RW_U_PUNCT) return 0;
    const char *f = tfold(st, st->units[k].tok);
    if (strcmp(f, "\"") == 0) return 3;
    if (strcmp(f, "\xc2\xab") == 0 || strcmp(f, "\xe2\x80\x9c") == 0) return 1; /* « “ */
    if (strcmp(f, "\xc2\xbb") == 0 || strcmp(f, "\xe2\x80\x9d") == 0) return 2; /* » ” */
    return 0;
}

static int is_quote(const rw_xstate *st, uint32_t k)
{
    return quote_kind(st, k) != 0;
}

int rw_mentions_is_quote(const rw_xstate *st, uint32_t k)
{
    return is_quote(st, k);
}

int rw_mentions_quote_span(const rw_xstate *st, uint32_t u)
{
    int open = -1;
    for (uint32_t k = 0; k < u && k < st->n_units; k++) {
        int q = quote_kind(st, k);
        if (q == 1 || (q == 3 && open < 0)) open = (int)k;
        else if (q == 2 || q == 3) open = -1;
    }
    return open;
}

/* The unit after an organisation of the lexicon that follows unit u - right after it, after من,
 * or in quotation marks ("قادة \"الجيش السوري الحر\""، "أعضاء من حركة النهضة") - or u when none. */
static uint32_t body_after(const rw_xstate *st, uint32_t u)
{
    uint32_t b = u + 1;
    if (b < st->n_units && st->units[b].kind == RW_U_WORD && (st->units[b].cls & RW_W_PREP) &&
        !st->units[b].prefix_len)
        b++;
    if (b < st->n_units && is_quote(st, b)) b++;
    if (!(b < st->n_units && st->units[b].kind == RW_U_ACTOR && !(st->units[b].pflags & RW_P_CONJ) &&
          st->lx->actors[st->units[b].ref].kind == RW_KIND_ORG))
        return u;
    b++;
    if (b < st->n_units && is_quote(st, b)) b++;
    return b;
}

/* Whether an organisation of the lexicon follows unit u (see body_after). */
static int body_follows(const rw_xstate *st, uint32_t u)
{
    return body_after(st, u) > u;
}

static int group_mention(rw_xstate *st, uint32_t u0, uint32_t *next)
{
    uint32_t j = u0 + 1;
    char cc[8] = "";
    /* "وفدا برلمانيا تونسيا": an adjective the lexicons do not know may stand before the
     * nationality. */
    if (j + 1 < st->n_units && st->units[j].kind == RW_U_OTHER && !st->units[j].definite &&
        !st->units[j].pflags && st->units[j + 1].kind == RW_U_NISBA && !st->units[j + 1].definite)
        j++;
    if (j < st->n_units && st->units[j].kind == RW_U_NISBA) {
        snprintf(cc, sizeof cc, "%s", st->lx->countries[st->units[j].ref]);
        j++;
    } else if (j < st->n_units && st->units[j].kind == RW_U_PLACE &&
               !(st->units[j].pflags & RW_P_CONJ) &&
               st->lx->places[st->units[j].ref].kind == RW_PLACE_COUNTRY) {
        /* "وفد مصر", and "وفداً ألمانياً", whose accusative adjective folds to the country's
         * name: after a group noun the country is the group's, not a place of the event. */
        snprintf(cc, sizeof cc, "%s", st->lx->places[st->units[j].ref].country);
        j++;
    }
    /* "قادة الجيش السوري الحر"، "أعضاء من حركة النهضة": the body is the group's, no party. */
    if (body_follows(st, j - 1)) j = body_after(st, j - 1);
    int e = -1;
    void *v;
    /* An indefinite noun introduces a group ("مع وفد روسي برئاسة ..." is another delegation than
     * the one met before); only the definite one ("الوفد الروسي") refers back. */
    int refers_back = st->units[u0].definite;
    if (!refers_back) {
        /* the first group of the article is new anyway */
    } else if (cc[0] && rw_strmap_get(st->groups, cc, strlen(cc), &v)) {
        e = (int)(intptr_t)v - 1;
    } else if (st->last_group >= 0 && (!cc[0] || !st->x->entities[st->last_group].country)) {
        e = st->last_group;
        if (cc[0]) {
            st->x->entities[e].country = strdup(cc);
            if (!st->x->entities[e].country || group_label_en(st, e, cc)) return -1;
        }
    }
    /* "استقبل الأسد وفدا برلمانيا تونسيا ... . يذكر أن وفدا برلمانيا توجه إلى سوريا ... ويتكون
     * الوفد من ...": an indefinite delegation described by the adjective of one the article
     * named before, and of no other country, is that one again. */
    char desc[96] = "";
    const rw_unit *adj = u0 + 1 < st->n_units ? &st->units[u0 + 1] : NULL;
    if (!refers_back && adj && adj->kind == RW_U_OTHER && !adj->definite && !adj->pflags) {
        const rw_analysis *a = ana(st, adj->tok, adj->ana);
        snprintf(desc, sizeof desc, "groupdesc:%.*s", (int)a->stem_len, a->stem);
        /* (a country right after the adjective is the group's too: "وفدا برلمانيا ألمانيا",
         * whose accusative adjective folds to the country's name) */
        const char *gc = cc;
        const rw_unit *w = u0 + 2 < st->n_units ? &st->units[u0 + 2] : NULL;
        if (!gc[0] && w && w->kind == RW_U_PLACE && !w->pflags &&
            st->lx->places[w->ref].kind == RW_PLACE_COUNTRY)
            gc = st->lx->places[w->ref].country;
        int g = entity_by_key(st, desc);
        if (g >= 0 && (!gc[0] || !st->x->entities[g].country || strcmp(gc, st->x->entities[g].country) == 0))
            e = g;
    }
    /* An indefinite delegation is keyed by where it is written: reading a sentence again (the
     * headline pass of extract.c) finds the group of the first reading, not a new empty one. */
    char at[32];
    snprintf(at, sizeof at, "group@%u", (unsigned)st->tk->v[st->units[u0].tok].start);
    if (e < 0 && !refers_back) e = entity_by_key(st, at);
    const char *s;
    size_t n;
    unit_surface(st, u0, j, -1, &s, &n);
    if (e < 0) {
        char *label = strndup(s, n);
        if (!label) return -1;
        e = rw_extraction_add_entity(st->x, NULL, RW_KIND_GROUP, label, NULL, cc[0] ? cc : NULL);
        free(label);
        if (e < 0 || group_label_en(st, e, cc)) return -1;
        if (!refers_back && rw_strmap_put(st->keys, at, strlen(at), (void *)(intptr_t)(e + 1)))
            return -1;
    }
    if (desc[0] && entity_by_key(st, desc) < 0 &&
        rw_strmap_put(st->keys, desc, strlen(desc), (void *)(intptr_t)(e + 1)))
        return -1;
    if (cc[0] && rw_strmap_put(st->groups, cc, strlen(cc), (void *)(intptr_t)(e + 1))) return -1;
    if (rw_extraction_add_name(st->x, e, s, n)) return -1;
    st->last_group = e;
    *next = j;
    return push_pm(st, u0, j, e, RW_PM_GROUP, (st->units[u0].pflags & RW_P_CONJ) != 0);
}

/* Whether unit u0 follows a person's mention with one or two unknown words with the article
 * between (the rest of his full name: "صباح الخالد الحمد الصباح"; right after him, "استقبل
 * الملك عبدالله الثاني الشيباني", it is the verb's object). */
static int continues_name_before(const rw_xstate *st, uint32_t u0)
{
    uint32_t k = u0;
    for (int w = 0; w < 2 && k > 0 && st->units[k - 1].kind == RW_U_OTHER &&
                    st->units[k - 1].definite && !st->units[k - 1].pflags && !st->used[k - 1];
         w++)
        k--;
    if (k == u0) return 0;
    for (size_t i = st->n_pms; i-- > 0;)
        if (st->pms[i].unit_end == k) return st->pms[i].kind == RW_PM_PERSON;
    return 0;
}

/* A name or surname seen earlier in the article, 1-3 words starting at u0. */
static int known_name(rw_xstate *st, uint32_t u0, uint32_t *next)
{
    const rw_unit *u = &st->units[u0];
    for (int k = 0; k < st->n_an[u->tok]; k++) {
        const rw_analysis *a = ana(st, u->tok, k);
        /* Every key starts with the stem: a stem that heads no name of the article needs no key
         * built (this runs on most words, and most start no name). */
        const char *sp = memchr(a->stem, ' ', a->stem_len);
        if (!is_head(st, a->stem, sp ? (size_t)(sp - a->stem) : a->stem_len)) continue;
        for (int nw = 3; nw >= 1; nw--) {
            if (u0 + (uint32_t)nw > st->n_units) continue;
            int ok = 1;
            rw_buf_reset(&st->key);
            rw_buf_append(&st->key, a->stem, a->stem_len);
            for (int w = 1; w < nw && ok; w++) {
                uint32_t v = u0 + (uint32_t)w;
                if ((!name_word(st, v) && !word_surname_before_office(st, v - 1, v)) ||
                    st->units[v].ntok != 1 || st->used[v])
                    ok = 0;
                else {
                    rw_buf_putc(&st->key, ' ');
                    rw_buf_append(&st->key, tfold(st, st->units[v].tok), tfold_len(st, st->units[v].tok));
                }
            }
            if (!ok) continue;
            int e = name_lookup(st, st->key.data, st->key.len);
            if (e < 0) continue;
            /* "لتعزيته بوفاة شقيقه منير الفرا" after "السفير عبد الرحيم الفرا": a family name the
             * article knows, after a given name that is not the known one's (that would have
             * matched the whole name), is his brother's or his father's - someone else. */
            if (nw == 1 && u0 > 0 && !st->used[u0 - 1] && st->units[u0 - 1].kind == RW_U_OTHER &&
                st->units[u0 - 1].ntok == 1 && forename_at(st, st->units[u0 - 1].tok))
                break;
            /* "الشيخ صباح الخالد الحمد الصباح" after "الشيخ مشعل الأحمد الجابر الصباح": a family
             * name that ends the full name of the person named right before it, past family
             * names with the article, is his - no one else's. */
            if (nw == 1 && continues_name_before(st, u0)) {
                st->used[u0] = 1;
                *next = u0 + 1;
                return 0;
            }
            uint32_t end = u0 + (uint32_t)nw;
            const char *s;
            size_t n;
            unit_surface(st, u0, end, k, &s, &n);
            if (rw_extraction_add_name(st->x, e, s, n)) return -1;
            *next = end;
            const rw_analysis *a0 = ana(st, u->tok, k);
            int coord = a0->prefix_len && (prefix_flags(st, u->tok, k) & RW_P_CONJ);
            int rc = push_pm(st, u0, end, e, RW_PM_PERSON, coord);
            if (a0->prefix_len && (prefix_flags(st, u->tok, k) & RW_P_SIDE)) st->pms[st->n_pms - 1].side = 1;
            return rc;
        }
    }
    *next = u0 + 1;
    return 0;
}

static void read_title(rw_xstate *st, uint32_t u0, title *t);

/* The person of the name in units [u0, end), whose folded key is in st->key (its first token
 * read through analysis k, -1 for the unit's own), mentioned here with evidence `shape`: 1, or
 * -1 when memory ran out. bare_person() gives a strong one. */
static int bare_person_shaped(rw_xstate *st, uint32_t u0, uint32_t end, int k, int shape)
{
    const char *s;
    size_t n;
    unit_surface(st, u0, end, k, &s, &n);
    char *key = strndup(st->key.data, st->key.len);
    if (!key) return -1;
    int e = person_entity(st, key, strlen(key), s, n);
    free(key);
    if (e < 0 || note_name_evidence(st, e, shape)) return -1;
    const rw_unit *u = &st->units[u0];
    int coord = ana(st, u->tok, k >= 0 ? k : u->ana)->prefix_len > 0 && (u->pflags & RW_P_CONJ);
    return push_pm(st, u0, end, e, RW_PM_PERSON, coord) ? -1 : 1;
}

static int bare_person(rw_xstate *st, uint32_t u0, uint32_t end, int k)
{
    return bare_person_shaped(st, u0, end, k, NAME_STRONG);
}

/* Whether an office of a country in construct, with no proclitic, starts at unit u ("رئيس وزراء
 * اليونان"; not "رئيسا للهيئة السياسية لنداء تونس": what someone was made, of a body). */
static int country_office_at(rw_xstate *st, uint32_t u)
{
    if (u + 1 >= st->n_units || st->units[u].kind != RW_U_OFFICE || st->units[u].pflags ||
        st->units[u + 1].prefix_len || clitic_on_article(st, st->units[u + 1].tok, RW_W_PREP) ||
        accusative_title(st, u))
        return 0;
    title t;
    read_title(st, u, &t);
    if (!t.n_off || !t.cc[0] || t.of_body || t.former) return 0;
    /* (the country itself or its nationality: not a city's, "نائب رئيس جامعة المنستير") */
    for (uint32_t k = u + 1; k < t.end; k++)
        if (st->units[k].kind == RW_U_NISBA ||
            (st->units[k].kind == RW_U_PLACE &&
             st->lx->places[st->units[k].ref].kind == RW_PLACE_COUNTRY))
            return 1;
    return 0;
}

/* The end of a foreign name at u0 when one follows there: two or three bare unknown words of a
 * name's shape (no article, no proclitic, no verb's shape) with the office of a country right
 * after them - its nationality or the country, a state noun between ("وزيرة خارجية جمهورية
 * إندونيسيا"); 0 when none. The key of the name is left in st->key. */
/* How far before a foreign name the event it is a party of may be told: the host's chain of
 * titles, an honorific formula and the venue stand between ("استقبل صاحب السمو الشيخ X، نائب
 * رئيس الدولة رئيس مجلس الوزراء حاكم دبي، رعاه الله، في قصر زعبيل أمس، جيورجي
 * كفيريكاشفيلي، رئيس وزراء جورجيا"). */
#define FOREIGN_NAME_EVENT_REACH 30

/* Whether unit k is a title or office with the article and a nationality right after it, with
 * no proclitic: "المبعوث الأمريكي"، "السفير الفرنسي" - whose holder the name before it is. */
static int titled_nationality(const rw_xstate *st, uint32_t k)
{
    const rw_unit *v = &st->units[k];
    return k + 1 < st->n_units && (v->kind == RW_U_TITLE || v->kind == RW_U_OFFICE) &&
           v->definite && !v->pflags && st->units[k + 1].kind == RW_U_NISBA &&
           !st->units[k + 1].pflags;
}

static uint32_t foreign_name_before_office(rw_xstate *st, uint32_t u0)
{
    /* Only as a party of an event told right before it, and not after a preposition: "في موكب
     * عزاء سفير تونس"، "منذ قليل خبر نجاة رئيس المجلس" are common nouns. */
    int event = 0;
    for (uint32_t k = u0 > FOREIGN_NAME_EVENT_REACH ? u0 - FOREIGN_NAME_EVENT_REACH : 0; k < u0 && !event; k++)
        event = st->units[k].kind == RW_U_TRIGGER && st->lx->triggers[st->units[k].ref].rel != RW_REL_ATTENDED;
    if (!event || (u0 > 0 && st->units[u0 - 1].kind == RW_U_WORD && (st->units[u0 - 1].cls & RW_W_PREP) &&
                   !(st->units[u0 - 1].cls & RW_W_SIDE)))
        return 0;
    /* (an office two or three words on, a comma between or not, before reading any name: most
     * words have none) */
    int found = 0;
    for (uint32_t k = u0 + 2; k <= u0 + 4 && k < st->n_units && !found; k++)
        found = st->units[k].kind == RW_U_OFFICE || titled_nationality(st, k);
    if (!found) return 0;
    /* ("، وجيسون جرينبلات المبعوث الأمريكي": the next of a list, with و after a comma) */
    const rw_unit *first = &st->units[u0];
    int k0 = first->pflags == RW_P_CONJ && u0 > 0 && rw_mentions_is_comma(st, u0 - 1)
                 ? conj_analysis(st, first->tok)
                 : -1;
    uint32_t end = read_name(st, u0, k0);
    if (end < u0 + 2 || end > u0 + 3 || end + 1 >= st->n_units) return 0;
    /* "مع سيلبيو أوفيلار، رئيس مجلس الشيوخ والكونغرس الوطني بجمهورية الباراغواي": past a comma,
     * the office's country may close its complement, a few words on. */
    uint32_t office = end;
    if (rw_mentions_is_comma(st, end) && end + 2 < st->n_units) office = end + 1;
    for (uint32_t j = u0; j < end; j++) {
        const rw_unit *v = &st->units[j];
        if (v->kind != RW_U_OTHER || v->definite || v->ntok != 1 ||
            ((v->pflags || v->prefix_len) && !(j == u0 && k0 >= 0)) ||
            (j > u0 && verb_shaped(st, v->tok)) || pronoun_ending(st, j))
            return 0;
    }
    if (k0 < 0 && verb_shaped(st, first->tok)) return 0;
    /* (a title with the article names the holder of a name only in a list, and no word of it
     * written with ة - a noun: "استجابة لمبادرة الرئيس الصيني") */
    if (office == end && titled_nationality(st, office)) {
        if (k0 < 0) return 0;
        for (uint32_t j = u0; j < end; j++)
            if (ends_in_ta_marbuta(st, st->units[j].tok)) return 0;
        return end;
    }
    const rw_unit *o = &st->units[office], *c = &st->units[office + 1];
    if (o->kind != RW_U_OFFICE || o->pflags || o->definite) return 0;
    if (office > end) {
        for (uint32_t k = office + 1; k < st->n_units && k <= office + 6; k++) {
            const rw_unit *v = &st->units[k];
            if (v->kind == RW_U_PUNCT || v->kind == RW_U_TRIGGER || st->used[k]) return 0;
            if (v->kind == RW_U_NISBA ||
                (v->kind == RW_U_PLACE && st->lx->places[v->ref].kind == RW_PLACE_COUNTRY))
                return end;
        }
        return 0;
    }
    if (c->kind == RW_U_WORD && (c->cls & RW_W_STATE) && end + 2 < st->n_units) c = &st->units[end + 2];
    if (c->kind == RW_U_NISBA) return end;
    return c->kind == RW_U_PLACE && !c->prefix_len &&
                   st->lx->places[c->ref].kind == RW_PLACE_COUNTRY
               ? end
               : 0;
}

/* The end of a foreign name at u0 right after the trigger that names a delegation's head
 * (برئاسة، يترأسه: triggers.tsv `lead`): two or three bare unknown words of a name's shape with a
 * stop, a comma or a title after them ("وفداً برلمانياً روسياً برئاسة ليونيد سلوتسكي رئيس لجنة
 * الشؤون الدولية"); 0 when none. The key of the name is left in st->key. */
static uint32_t foreign_name_after_lead(rw_xstate *st, uint32_t u0)
{
    if (u0 == 0 || st->units[u0 - 1].kind != RW_U_TRIGGER ||
        st->lx->triggers[st->units[u0 - 1].ref].frame != RW_FRAME_LEAD)
        return 0;
    uint32_t end = read_name(st, u0, -1);
    if (end < u0 + 2 || end > u0 + 3) return 0;
    for (uint32_t j = u0; j < end; j++) {
        const rw_unit *v = &st->units[j];
        if (v->kind != RW_U_OTHER || v->definite || v->pflags || v->prefix_len || v->ntok != 1 ||
            verb_shaped(st, v->tok) || pronoun_ending(st, j))
            return 0;
    }
    if (end >= st->n_units) return end;
    const rw_unit *after = &st->units[end];
    return after->kind == RW_U_PUNCT || after->kind == RW_U_TITLE || after->kind == RW_U_OFFICE
               ? end
               : 0;
}

/* Whether a title in apposition, set off by commas on both sides, follows unit u - 1 (u is
 * the first comma): "الحبيب المالكي، رئيس مجلس النواب، ...". st->key (a name being read) is
 * kept: reading the title looks words up through it. */
static int title_between_commas(rw_xstate *st, uint32_t u)
{
    if (!title_after_comma(st, u)) return 0;
    char *key = strndup(st->key.data ? st->key.data : "", st->key.len);
    if (!key) return 0;
    size_t len = st->key.len;
    title t;
    read_title(st, u + 1, &t);
    rw_buf_reset(&st->key);
    int kept = rw_buf_append(&st->key, key, len) == 0;
    free(key);
    return kept && t.end > u + 1 && t.end < st->n_units && rw_mentions_is_comma(st, t.end);
}

/* Whether the word at u0 carries و right after a person's name ends: "وهم زياد التلمساني وعادل
 * الدعداع" - the next name of a list, where a given name that is also an ordinary word (عادل،
 * كمال) starts a name as surely as after a title. */
static int next_in_list(const rw_xstate *st, uint32_t u0)
{
    if (!(st->units[u0].pflags & RW_P_CONJ) || !st->n_pms) return 0;
    const rw_pm *m = &st->pms[st->n_pms - 1];
    return m->kind == RW_PM_PERSON && m->unit_end == u0 &&
           (m->ref < 0 || st->x->entities[m->ref].kind == RW_KIND_PERSON);
}

/* Whether token tok is written with ه at its end over a given name without it ("وأمينه العام":
 * أمين + its pronoun, "its secretary general"): a given name ending in ة written so (أمينة) is
 * read that way only after a title. */
static int pronoun_on_given_name(const rw_xstate *st, uint32_t tok)
{
    static const char *const heh[] = {"\xd9\x87"}; /* ه */
    const char *w = tfold(st, tok);
    size_t n = tfold_len(st, tok);
    if (!written_ending(st, tok, heh, 1, 4) || n < 6) return 0;
    if (rw_lexicon_forename(st->lx, w, n - 2)) return 1;
    /* the folded word may carry the و the unit took off */
    return memcmp(w, "\xd9\x88", 2) == 0 && rw_lexicon_forename(st->lx, w + 2, n - 4);
}

/* Whether the word at unit u and the next are a compound given name of forenames.tsv ("فتح
 * الله"): its first word alone may be an ordinary word (فتح, an opening), the two are a name. */
static int compound_forename(rw_xstate *st, uint32_t u)
{
    if (u + 1 >= st->n_units || st->units[u].ntok != 1 || st->units[u + 1].ntok != 1) return 0;
    uint32_t a = st->units[u].tok, b = st->units[u + 1].tok;
    if (st->tk->v[b].kind != RW_TOK_WORD) return 0;
    rw_buf_reset(&st->key);
    if (rw_buf_append(&st->key, tfold(st, a), tfold_len(st, a)) || rw_buf_putc(&st->key, ' ') ||
        rw_buf_append(&st->key, tfold(st, b), tfold_len(st, b)))
        return 0;
    return rw_lexicon_forename(st->lx, st->key.data, st->key.len) == 1;
}

/* A person named without a title ("استقبل الرئيس ... الفنانة اللبنانية ماجدة الرومي"، "عيّن الملك
 * سعد الدين العثماني رئيسا للحكومة"): a given name that is no ordinary word (forenames.tsv), then
 * one name word at least - not inside the name of a place or a body ("شارع الحبيب بورقيبة"،
 * "جامعة محمد الخامس": no institution noun before it). Returns 1 with *next set when it made a
 * mention, 0 when not, -1 when memory ran out. */
static int bare_name(rw_xstate *st, uint32_t u0, uint32_t *next)
{
    const rw_unit *u = &st->units[u0];
    if (u->definite || u->ntok != 1) return 0;
    /* (nor after what is named after someone: "في مصيف صلاح الدين" is a resort; دولة before
     * a name is a form of address: "دولة ألكسيس تسيبراس") */
    /* (... the whole name: "ملعب مجمع فؤاد شهاب الرياضي" names no شهاب either) */
    if (u0 > 0 && st->units[u0 - 1].kind == RW_U_WORD &&
        (st->units[u0 - 1].cls & (RW_W_INSTITUTION | RW_W_GROUP | RW_W_NAMED_AFTER)) &&
        !(st->units[u0 - 1].cls & RW_W_EXCELLENCY)) {
        if (st->units[u0 - 1].cls & RW_W_NAMED_AFTER) {
            uint32_t end = read_name(st, u0, -1);
            if (end > u0 + 1) *next = end;
        }
        return 0;
    }
    /* ... nor in quotes a few words after it: "بالمركز الدولي للمؤتمرات "عبد اللطيف رحال"" */
    if (u0 > 1 && is_quote(st, u0 - 1))
        for (uint32_t k = u0 - 1; k-- > 0 && k + 5 > u0;) {
            const rw_unit *v = &st->units[k];
            if (named_after_at(st, k)) return 0;
            if (v->kind == RW_U_PUNCT || v->kind == RW_U_TRIGGER || v->kind == RW_U_ACTOR) break;
        }
    /* "أن بلجيكا رفعت اشارات التحذير": right after a place that opens its clause (the subject
     * of a nominal clause), a given name (رفعت is a verb too) is the place's verb. */
    if (u0 > 0 && st->units[u0 - 1].kind == RW_U_PLACE && !st->units[u0 - 1].pflags &&
        !st->units[u0 - 1].prefix_len &&
        (u0 == 1 || (st->units[u0 - 2].kind == RW_U_WORD && (st->units[u0 - 2].cls & RW_W_CLAUSE))))
        return 0;
    /* "عبد الإله بن كيران"، "أبو محمد الجولاني": a particle heading a two-word given name, then a
     * family name: three words at least. */
    if (u->kind == RW_U_WORD && (u->cls & RW_W_PARTICLE) && !u->prefix_len &&
        compound_head(st, u->tok)) {
        /* (or two, the short form of one named before: "ابن فرحان" after "فيصل بن فرحان") */
        uint32_t end = read_name(st, u0, -1);
        if (end < u0 + 3 && !(end == u0 + 2 && name_lookup(st, st->key.data, st->key.len) >= 0))
            return 0;
        *next = end;
        return bare_person(st, u0, end, -1);
    }
    /* A given name that is also an ordinary word (سلمى، أمل) starts a name here only when a
     * title follows the name in apposition ("استقبل ... سلمى المولهي رئيسة الجامعة"). */
    int given = forename_at(st, u->tok);
    int compound = given == 2 && compound_forename(st, u0);
    /* "استقبل شيخ الأزهر اليوم ريتنو مارسودي وزيرة خارجية جمهورية إندونيسيا": a foreign name
     * no list knows, two or three bare words of a name's shape, is read when the office of a
     * country follows it in apposition. */
    if (!given && u->kind == RW_U_OTHER) {
        uint32_t end = foreign_name_before_office(st, u0);
        if (!end) end = foreign_name_after_lead(st, u0);
        if (!end) return 0;
        *next = end;
        int rc = bare_person_shaped(
            st, u0, end, u->pflags == RW_P_CONJ ? conj_analysis(st, u->tok) : -1, NAME_WEAK);
        if (rc <= 0) return rc;
        /* ... whose office it is, no one else's */
        title t;
        read_title(st, end, &t);
        if (t.n_off && !t.former && !t.plural && t.end > end) {
            if (last_person_holds(st, t.offices[0], t.cc, end, t.end)) return -1;
            *next = t.end;
        }
        return rc;
    }
    /* (a one-word title or office right before بن is a given name: "سلطان بن أحمد") */
    if (!(u->kind == RW_U_OTHER || (u->kind == RW_U_WORD && yaa_name(st, u0)) ||
          ((u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE) && nisba_given_name(st, u0))) ||
        !given)
        return 0;
    if (pronoun_on_given_name(st, u->tok)) return 0;
    /* "الموقعين علي وثيقة"، "علي مستوى": the preposition على is often written with ي; read
     * without a title, the name علي needs a family name with the article ("علي الصلابي"), a
     * particle or a given name after it ("علي بن علي"), never a word with و. */
    if (u->kind == RW_U_WORD) {
        const rw_unit *v = u0 + 1 < st->n_units ? &st->units[u0 + 1] : NULL;
        if (!v || v->ntok != 1 || v->pflags ||
            !((v->kind == RW_U_OTHER && (v->definite || forename_at(st, v->tok))) ||
              (v->kind == RW_U_WORD && (v->cls & RW_W_PARTICLE))))
            return 0;
    }
    /* The analysis that leaves the given name: the whole word, or the word without its و. */
    int k = -1;
    for (int i = 0; i < st->n_an[u->tok] && k < 0; i++) {
        const rw_analysis *a = ana(st, u->tok, i);
        if (!a->suffix_len && st->tf[u->tok].stem_forename[i] == given &&
            (!a->prefix_len || prefix_flags(st, u->tok, i) == RW_P_CONJ))
            k = i;
    }
    if (k < 0) return 0;
    uint32_t end = read_name(st, u0, k);
    if (given_names_of_actor(st, u0, end)) {
        int e = actor_named_in_full(st, u0, end);
        *next = end + 1;
        return e < 0 || push_pm(st, u0, end + 1, e, RW_PM_PERSON, (u->pflags & RW_P_CONJ) != 0) ? -1
                                                                                                : 1;
    }
    /* With no title to end it, a name stops before a verb ("يوسف الشاهد يرفض ..."): not a
     * foreign family name of that shape between the given name and a country's office in
     * apposition ("ألكسيس تسيبراس رئيس وزراء اليونان"). */
    for (uint32_t j = u0 + 1; j < end; j++)
        if (st->units[j].kind == RW_U_OTHER && verb_shaped(st, st->units[j].tok) &&
            !(j == u0 + 1 && end == u0 + 2 && imperfect_shape(st, st->units[j].tok) &&
              country_office_at(st, end))) {
            end = j;
            break;
        }
    if (end < u0 + 2) return 0;
    /* (the title in apposition may stand between commas: "أجرى الحبيب المالكي، رئيس مجلس
     * النواب، مباحثات") */
    if (given == 2 && !compound &&
        !(end < st->n_units && !st->units[end].pflags &&
          (st->units[end].kind == RW_U_TITLE || st->units[end].kind == RW_U_OFFICE)) &&
        !title_between_commas(st, end) && !next_in_list(st, u0))
        return 0;
    /* read_name left the folded key of the whole run in st->key: cut it to [u0, end). */
    size_t words = 0, cut = 0;
    for (; cut < st->key.len; cut++)
        if (st->key.data[cut] == ' ' && ++words == end - u0) break;
    st->key.len = cut;
    st->key.data[cut] = '\0';
    *next = end;
    int rc = bare_person(st, u0, end, k);
    /* ... and the office of a country right after it is his, no one else's ("التقى خلالها
     * فيكتور أوربان رئيس وزراء المجر": no second guest, nor Orban the host) - unless his last
     * word may open on ل, the sentence going on ("لو كنت مكان الباجي لسحبت سفير تونس") */
    uint32_t lt = st->units[end - 1].tok;
    int lam = tfold_len(st, lt) >= 2 &&
              (rw_lexicon_word_class(st->lx, tfold(st, lt), 2) & RW_W_PURPOSE);
    if (rc > 0 && !lam && country_office_at(st, end)) {
        title t;
        read_title(st, end, &t);
        if (last_person_holds(st, t.offices[0], t.cc, end, t.end)) return -1;
        *next = t.end;
    }
    return rc;
}

/* "المعروف سابقا باسمه الحركي أبو محمد الجولاني": the name after the trigger is another name of
 * the person mentioned last. Records an alias event for relations.c.
 * The trigger is an adjective of the noun right before it, so that noun must be the person's
 * mention, at most punctuation (a comma, a quote, a bracket) or و between: "سقراط الملقب بأب
 * الفلاسفة" after another name, "مادة القنب الهندي المعروفة بالزطلة" after a reporter's, give
 * no one an alias. And what follows
 * must be named as a name - a kunya (أبو عياض), a known actor, a given name, a quoted name or
 * a naming word (باسمه، لقب، إعلاميا: words.tsv alias_skip): "المعروف بانتقاده للسلطات" is what
 * he is known for. A wrong alias would merge strangers: it joins the person's names. */
static int alias_statement(rw_xstate *st, uint32_t u0, uint32_t *next)
{
    *next = u0 + 1;
    int subj = -1;
    uint32_t subj_end = 0;
    for (size_t i = st->n_pms; i-- > 0;)
        if (st->pms[i].kind == RW_PM_PERSON && st->pms[i].ref >= 0) {
            subj = st->pms[i].ref;
            subj_end = st->pms[i].unit_end;
            break;
        }
    if (subj < 0 || subj_end > u0) return 0;
    for (uint32_t k = subj_end; k < u0; k++)
        if (st->units[k].kind != RW_U_PUNCT &&
            !(st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_CONJ)))
            return 0;
    uint32_t j = u0 + 1;
    int named = 0;
    while (j < st->n_units && j - u0 < 5) {
        const rw_unit *u = &st->units[j];
        if (u->kind == RW_U_WORD && (u->cls & (RW_W_ALIAS_SKIP | RW_W_PREP)) && !(u->cls & RW_W_PARTICLE)) {
            if (u->cls & RW_W_ALIAS_SKIP) named = 1;
            j++;
        } else if (u->kind == RW_U_PUNCT && !rw_mentions_is_comma(st, j)) {
            if (is_quote(st, j)) named = 1;
            j++;
        } else {
            break;
        }
    }
    if (j >= st->n_units) return 0;
    const rw_unit *first = &st->units[j];
    if (!named && first->kind != RW_U_ACTOR &&
        !(first->kind == RW_U_WORD && (first->cls & RW_W_PARTICLE)) && !forename_at(st, first->tok))
        return 0;
    uint32_t end;
    const char *s;
    size_t n;
    if (st->units[j].kind == RW_U_ACTOR) {
        end = j + 1;
        rw_buf_reset(&st->key);
        const rw_analysis *a = ana(st, st->units[j].tok, st->units[j].ana);
        rw_buf_append(&st->key, a->stem, a->stem_len);
    } else {
        end = read_name(st, j, -1);
        if (end == j) return 0;
        /* "المعروف سابقا بأبي محمد الجولاني": a family name the lexicon knows as someone's ends
         * the name, and stays part of it. */
        const rw_unit *v = end < st->n_units ? &st->units[end] : NULL;
        if (v && v->kind == RW_U_ACTOR && v->ntok == 1 && v->definite && !v->pflags) {
            rw_buf_putc(&st->key, ' ');
            rw_buf_append(&st->key, tfold(st, v->tok), tfold_len(st, v->tok));
            end++;
        }
    }
    /* A quoted alias is the whole quotation or none: "المعروف بـ"صديق تونس"" is no صديق. */
    if (j > u0 + 1 && is_quote(st, j - 1) && end < st->n_units && !is_quote(st, end)) return 0;
    unit_surface(st, j, end, -1, &s, &n);
    if (remember_person(st, st->key.data, st->key.len, subj)) return -1;
    /* The alias joins the names but does not become the label. */
    char *label = st->x->entities[subj].label;
    st->x->entities[subj].label = NULL;
    if (rw_extraction_add_name(st->x, subj, s, n)) {
        st->x->entities[subj].label = label;
        return -1;
    }
    free(st->x->entities[subj].label);
    st->x->entities[subj].label = label;
    for (uint32_t k = u0; k < end; k++) st->used[k] = 1;
    if (rw_array_reserve((void **)&st->ev, &st->cap_ev, st->n_ev + 1, sizeof *st->ev)) return -1;
    rw_event *e = &st->ev[st->n_ev];
    memset(e, 0, sizeof *e);
    e->rel = RW_REL_ALIAS_OF;
    e->frame = RW_FRAME_ALIAS;
    e->side_a[0] = subj;
    e->na = 1;
    e->host_place = -1;
    e->alias = strndup(s, n);
    const char *ts;
    size_t tn;
    unit_surface(st, u0, u0 + 1, -1, &ts, &tn);
    e->trigger = strndup(ts, tn);
    if (!e->alias || !e->trigger) {
        free(e->alias);
        free(e->trigger);
        return -1;
    }
    e->sentence = st->sentence;
    e->span = st->x->sentences[st->sentence];
    st->n_ev++;
    *next = end;
    return 0;
}

/* A person named at unit u: a name the article or a lexicon knows, else one of a name's shape.
 * *found (when asked) tells whether a mention was made; returns -1 on error. */
static int person_at(rw_xstate *st, uint32_t u, uint32_t *next, int *found)
{
    size_t before = st->n_pms;
    int rc = known_name(st, u, next);
    if (!rc && st->n_pms == before) rc = bare_name(st, u, next) < 0 ? -1 : 0;
    if (found) *found = st->n_pms > before;
    return rc;
}

int rw_mentions_lexicon_place(const rw_xstate *st, int ent)
{
    const char *key = ent >= 0 ? st->x->entities[ent].key : NULL;
    return key && strncmp(key, "place:", 6) == 0 ? rw_lexicon_place_by_id(st->lx, key + 6) : -1;
}

/* Whether an organisation (a news agency: "(شينخوا)") is named from unit u on. */
static int agency_in_sentence(const rw_xstate *st, uint32_t u)
{
    for (; u < st->n_units; u++)
        if (st->units[u].kind == RW_U_ACTOR && st->lx->actors[st->units[u].ref].kind == RW_KIND_ORG)
            return 1;
    return 0;
}

/* A dateline opens one of the first sentences: a city, then a dash, a comma, a number (the
 * date) or a bracket ("الرياض - واس", "القاهرة في 3 مايو", "جدة 5 محرم 1447 هـ") - the third
 * too when it is a short line of its own, after a headline cut in two by its dots ("العاهل
 * يتسلم ... وولي العهد يستقبل ..."). */
static void dateline(rw_xstate *st)
{
    if (st->dateline >= 0 || st->n_pms == 0) return;
    if (st->sentence > 1 && !(st->sentence == 2 && st->n_units <= 6)) return;
    const rw_pm *m = &st->pms[0];
    if (m->kind != RW_PM_PLACE || m->unit != 0 || m->ref < 0) return;
    int p = rw_mentions_lexicon_place(st, m->ref);
    /* (a city-state's agency files under the country's name, "الكويت - 17 - 10 (كونا)": a
     * country with a dash or a number after it, never a comma - "الكويت، التي ..." is a
     * sentence about it) */
    int country = p >= 0 && st->lx->places[p].kind == RW_PLACE_COUNTRY &&
                  m->unit_end < st->n_units &&
                  (st->units[m->unit_end].kind == RW_U_NUMBER ||
                   (st->units[m->unit_end].kind == RW_U_PUNCT &&
                    !rw_mentions_is_comma(st, m->unit_end)));
    if (p < 0 || (st->lx->places[p].kind != RW_PLACE_CITY && !country)) return;
    /* (a line of the city alone: "نواكشوط ـ") */
    if (m->unit_end >= st->n_units) {
        st->dateline = m->ref;
        snprintf(st->filed_cc, sizeof st->filed_cc, "%s", st->lx->places[p].country);
        return;
    }
    const rw_unit *next = &st->units[m->unit_end];
    if (next->kind == RW_U_NUMBER || (next->kind == RW_U_PUNCT && !rw_mentions_is_comma(st, m->unit_end)) ||
        rw_mentions_is_comma(st, m->unit_end) ||
        (next->kind == RW_U_WORD && (next->cls & RW_W_PREP) && m->unit_end + 1 < st->n_units &&
         st->units[m->unit_end + 1].kind == RW_U_NUMBER))
        st->dateline = m->ref;
    /* The agency after it: a known one, or a nationality standing for one ("مسقط - العُمانية"),
     * past the date's numbers too ("الكويت - 17 - 10 (كونا)"). */
    for (uint32_t k = m->unit_end; st->dateline >= 0 && k < st->n_units && k < m->unit_end + 8;
         k++) {
        const rw_unit *u = &st->units[k];
        const char *cc = u->kind == RW_U_ACTOR && st->lx->actors[u->ref].kind == RW_KIND_ORG
                             ? st->lx->actors[u->ref].country
                         : u->kind == RW_U_NISBA ? st->lx->countries[u->ref]
                                                 : NULL;
        if (cc && *cc && strcmp(cc, "-") != 0) {
            snprintf(st->filed_cc, sizeof st->filed_cc, "%s", cc);
            break;
        }
        if (u->kind != RW_U_PUNCT && u->kind != RW_U_NUMBER) break;
    }
    /* A city and a date, or a city and nothing but punctuation, with no agency ("انواكشوط،
     * 17/01/2022"، "نواكشوط -"): the outlet files from home. So does one whose line ends on
     * one word no table knows after the dash, with no article - a home agency's short name
     * the actors table leaves out because it is a word too ("المنامة - بنا"); a paper's name
     * has one ("الرباط - المرصد": a Libyan site's reporter abroad). */
    uint32_t k = m->unit_end;
    while (k < st->n_units && st->units[k].kind == RW_U_PUNCT) k++;
    uint32_t after = k + 1;
    while (after < st->n_units && st->units[after].kind == RW_U_PUNCT) after++;
    int short_name = k > m->unit_end && k < st->n_units && st->units[k].kind == RW_U_OTHER &&
                     st->units[k].ntok == 1 && !st->units[k].definite && after == st->n_units;
    if (st->dateline >= 0 && !st->filed_cc[0] &&
        (k == st->n_units || short_name ||
         (st->units[k].kind == RW_U_NUMBER && !agency_in_sentence(st, k))))
        snprintf(st->filed_cc, sizeof st->filed_cc, "%s", st->lx->places[p].country);
}

/* The country of a person entity: its own (lexicon), else that of an office the article gave
 * it ("وزير الخارجية الإسباني فلان"); NULL when unknown. */
static const char *person_country(const rw_xstate *st, int e)
{
    if (st->x->entities[e].country) return st->x->entities[e].country;
    for (size_t i = 0; i < st->n_held; i++)
        if (st->held[i].entity == e && st->held[i].country[0]) return st->held[i].country;
    return NULL;
}

/* Whether entity e was mentioned before byte `at` of the current sentence. */
static int mentioned_before(const rw_xstate *st, int e, uint32_t at)
{
    for (size_t i = 0; i < st->x->n_mentions; i++) {
        const rw_mention *m = &st->x->mentions[i];
        if (m->entity == e &&
            (m->sentence < st->sentence || (m->sentence == st->sentence && m->start < at)))
            return 1;
    }
    return 0;
}

/* Adds e to the candidates v[0..*n) (at most 2 are kept: one is all a caller needs to know). */
static void candidate(int *v, int *n, int e)
{
    for (int i = 0; i < *n && i < 2; i++)
        if (v[i] == e) return;
    if (*n < 2) v[*n] = e;
    (*n)++;
}

/* Whether entity e is the first side of a meeting, call or visit read so far. */
static int led_event(const rw_xstate *st, int e)
{
    for (size_t i = 0; i < st->n_ev; i++)
        if (st->ev[i].na && st->ev[i].side_a[0] == e && st->ev[i].rel != RW_REL_ATTENDED) return 1;
    return 0;
}

/* Role anaphora: a generic noun with a nationality ("المسؤول الإسباني"، "الضيف الإسباني"، "الوزير
 * الإسباني") is the one person of that country the article named before it; a visitor noun
 * alone ("الضيف") is the one traveller of the visits read so far. Conservative: with two
 * candidates, or a name following (a first mention: "الوزير الإسباني خوسيه ..."), it is not
 * read here. Returns 1 with *next set when it made a mention, 0 when not, -1 on no memory. */
static int role_anaphor(rw_xstate *st, uint32_t u0, uint32_t *next)
{
    const rw_unit *un = &st->units[u0];
    if (!un->definite || un->suffix == RW_SUF_PRONOUN) return 0;
    uint32_t j = u0 + 1;
    const char *cc = NULL;
    if (j < st->n_units && st->units[j].kind == RW_U_NISBA) cc = st->lx->countries[st->units[j++].ref];
    else if (!(un->cls & RW_W_VISITOR)) return 0;
    if (j < st->n_units) {
        const rw_unit *v = &st->units[j];
        if ((v->kind == RW_U_ACTOR && st->lx->actors[v->ref].kind == RW_KIND_PERSON) ||
            v->kind == RW_U_TITLE ||
            (v->kind == RW_U_OTHER && !v->definite && !v->prefix_len && name_word(st, j)))
            return 0;
    }
    uint32_t at = st->tk->v[un->tok].start;
    int cand[2], n = 0;
    if (cc) {
        /* "استقبل X معالي سوبراهمانيام جايشانكر وزير الشؤون الخارجية في جمهورية الهند ... ونقل
         * الوزير الهندي تحيات ناريندرا مودي": one named before with a title of the same head
         * (وزير) is the one, though his country went unread - not the one person the lexicon
         * knows of that country. */
        int titled = un->kind == RW_U_TITLE || un->kind == RW_U_OFFICE;
        for (size_t e = 0; titled && e < st->x->n_entities; e++) {
            if (st->x->entities[e].kind != RW_KIND_PERSON) continue;
            const char *c = person_country(st, (int)e);
            if ((!c || strcmp(c, cc) == 0) && mentioned_before(st, (int)e, at) &&
                rw_mentions_same_title_head(st, u0, (int)e))
                candidate(cand, &n, (int)e);
        }
        /* "الدبلوماسي الأميركي" after the envoy's meetings, held "بحضور السفيرة الأميركية":
         * of several of that country, the one alone who led an event told so far. */
        int by_title = n, led[2], n_led = 0;
        for (size_t e = 0; !by_title && e < st->x->n_entities; e++) {
            if (st->x->entities[e].kind != RW_KIND_PERSON) continue;
            const char *c = person_country(st, (int)e);
            if (c && strcmp(c, cc) == 0 && mentioned_before(st, (int)e, at)) {
                candidate(cand, &n, (int)e);
                if (led_event(st, (int)e)) candidate(led, &n_led, (int)e);
            }
        }
        if (n > 1 && n_led == 1) cand[0] = led[0], n = 1;
    } else {
        /* (an announced visit too: "يصل غدا X في زيارة ... كما يلتقي الضيف خلال الزيارة Y") */
        for (size_t i = 0; i < st->n_ev; i++)
            if (st->ev[i].rel == RW_REL_VISITED && st->ev[i].modality != RW_MOD_NEGATED)
                for (int k = 0; k < st->ev[i].na; k++) {
                    int e = st->ev[i].side_a[k];
                    if (e >= 0 && st->x->entities[e].kind == RW_KIND_PERSON) candidate(cand, &n, e);
                }
    }
    if (n != 1) return 0;
    *next = j;
    return push_pm(st, u0, j, cand[0], RW_PM_PERSON, (un->pflags & RW_P_CONJ) != 0) ? -1 : 1;
}

/* Counts a country the article names. */
static void tally_country(rw_xstate *st, const char *cc)
{
    if (!cc || !*cc) return;
    for (int i = 0; i < st->n_countries; i++)
        if (strcmp(st->countries[i].cc, cc) == 0) {
            st->countries[i].n++;
            return;
        }
    if (st->n_countries == (int)(sizeof st->countries / sizeof *st->countries)) return;
    snprintf(st->countries[st->n_countries].cc, sizeof st->countries[0].cc, "%s", cc);
    st->countries[st->n_countries++].n = 1;
}

/* "إلى البلاد"، "أمير البلاد": the word for "the country" (words.tsv `this_country`) is the
 * country the article is filed from - a place unit of that country when the dateline or the
 * agency gave one (or the caller named the corpus's country), else an ordinary noun as it was
 * before words.tsv knew it. */
static void this_country_units(rw_xstate *st)
{
    const char *cc = st->filed_cc[0] ? st->filed_cc : st->default_country;
    int place = -2; /* (looked up at the first such word) */
    for (uint32_t u = 0; u < st->n_units; u++) {
        rw_unit *x = &st->units[u];
        if (x->kind != RW_U_WORD || !(x->cls & RW_W_THIS_COUNTRY)) continue;
        if (place == -2) place = cc && *cc ? rw_lexicon_country_place(st->lx, cc) : -1;
        x->cls = 0;
        x->kind = place >= 0 ? RW_U_PLACE : RW_U_OTHER;
        x->ref = place;
    }
}

/* Counts the countries the units of the sentence name: places, nationalities, actors. */
static void tally_units(rw_xstate *st)
{
    const rw_lexicon *lx = st->lx;
    st->phone_word = 0;
    for (uint32_t u = 0; u < st->n_units; u++) {
        const rw_unit *x = &st->units[u];
        if (x->kind == RW_U_WORD && (x->cls & RW_W_PHONE)) st->phone_word = 1;
        if (x->kind == RW_U_NISBA) tally_country(st, lx->countries[x->ref]);
        else if (x->kind == RW_U_PLACE) tally_country(st, lx->places[x->ref].country);
        else if (x->kind == RW_U_ACTOR) tally_country(st, lx->actors[x->ref].country);
    }
}

const char *rw_mentions_home_country(const rw_xstate *st)
{
    int best = -1, second = 0;
    for (int i = 0; i < st->n_countries; i++) {
        if (best < 0 || st->countries[i].n > st->countries[best].n) {
            if (best >= 0) second = st->countries[best].n;
            best = i;
        } else if (st->countries[i].n > second) {
            second = st->countries[i].n;
        }
    }
    return best >= 0 && st->countries[best].n >= 2 && st->countries[best].n > second
               ? st->countries[best].cc
               : st->default_country;
}

/* How many "topic : headline" colons make a sentence a list of links to other stories. */
#define LINK_LIST_COLONS 3

/* "المهدية : شلل تام في البرادعة ... بعد عودته من بنغازي : رئيس الجمهورية يستقبل محسن مرزوق
 * ... حمة الهمامي : ...": a page's list of links to other stories, run together into one
 * sentence with no full stop, reports nothing of this article: its names and meetings, each cut
 * from its own story, would be read with the wrong neighbours. It is read as having no words. */
static int link_list_sentence(const rw_xstate *st, const rw_tokens *tk)
{
    int colons = 0;
    for (size_t i = 0; i < tk->n; i++) {
        const rw_token *t = &tk->v[i];
        if (t->end - t->start == 1 && st->text[t->start] == ':' && ++colons >= LINK_LIST_COLONS)
            return 1;
    }
    return 0;
}

int rw_mentions_sentence(rw_xstate *st, const rw_tokens *tk, uint32_t sentence)
{
    st->tk = tk;
    st->sentence = sentence;
    st->n_pms = 0;
    st->dh_valid = 0;
    if (link_list_sentence(st, tk)) {
        st->n_units = 0;
        st->phone_word = 0;
        return 0;
    }
    if (analyse_tokens(st) || build_units(st)) return -1;
    this_country_units(st);
    tally_units(st);
    if (rw_array_reserve((void **)&st->used, &st->cap_used, st->n_units + 1, 1)) return -1;
    memset(st->used, 0, st->n_units);
    for (uint32_t u = 0; u < st->n_units;) {
        const rw_unit *un = &st->units[u];
        uint32_t next = u + 1;
        int rc = 0;
        if (st->used[u]) {
            u++;
            continue;
        }
        if ((un->kind == RW_U_WORD || un->kind == RW_U_TITLE) && (un->cls & RW_W_ANAPHOR)) {
            rc = role_anaphor(st, u, &next);
            if (rc < 0) return -1;
            if (rc > 0) {
                u = next;
                continue;
            }
        }
        switch (un->kind) {
        case RW_U_ACTOR: {
            int longer = st->lx->actors[un->ref].kind == RW_KIND_PERSON ? known_longer_name(st, u)
                                                                          : -1;
            if (longer >= 0) {
                const char *s;
                size_t n;
                unit_surface(st, u, u + 2, -1, &s, &n);
                if (rw_extraction_add_name(st->x, longer, s, n)) return -1;
                rc = push_pm(st, u, u + 2, longer, RW_PM_PERSON, (un->pflags & RW_P_CONJ) != 0);
                next = u + 2;
                break;
            }
            int e = actor_mention(st, u);
            if (e < 0) return -1;
            uint32_t tail = u + 1;
            if (st->lx->actors[un->ref].kind == RW_KIND_PERSON &&
                apposition(st, u + 1, e, un->ref, &next, &tail))
                return -1;
            rw_pm_kind k = st->lx->actors[un->ref].kind == RW_KIND_GROUP ? RW_PM_GROUP : RW_PM_PERSON;
            if (tail > u + 1) { /* "الملك سلمان بن عبد العزيز": the whole chain is a name too */
                const char *s;
                size_t n;
                unit_surface(st, u, tail, -1, &s, &n);
                if (rw_extraction_add_name(st->x, e, s, n)) return -1;
            }
            /* The mention covers the whole name chain. */
            rc = push_pm(st, u, tail > u + 1 ? tail : u + 1, e, k, (un->pflags & RW_P_CONJ) != 0);
            break;
        }
        case RW_U_PLACE: {
            int e = rw_mentions_place_entity(st, un->ref);
            if (e < 0 || add_unit_name(st, e, u, u + 1)) return -1;
            rc = push_pm(st, u, u + 1, e, RW_PM_PLACE, (un->pflags & RW_P_CONJ) != 0);
            break;
        }
        case RW_U_OFFICE:
        case RW_U_TITLE: {
            /* "وحضر اللقاء سلطان بن أحمد الجابر": a one-word title or office right before بن
             * opens a name - it is the given name. */
            int found = 0;
            if (nisba_given_name(st, u) && ((rc = person_at(st, u, &next, &found)) || found)) break;
            rc = title_phrase(st, u, &next);
            break;
        }
        case RW_U_WORD:
            if (un->cls & (RW_W_COUNTERPART | RW_W_PAIR)) rc = title_phrase(st, u, &next);
            else if (un->cls & RW_W_GROUP) rc = group_mention(st, u, &next);
            else if ((un->cls & RW_W_MEMBERS) && body_follows(st, u)) rc = group_mention(st, u, &next);
            else if (yaa_name(st, u)) rc = bare_name(st, u, &next) < 0 ? -1 : 0; /* "وعلي الصلابي" */
            else if (un->cls & RW_W_PARTICLE) rc = person_at(st, u, &next, NULL);
            break;
        case RW_U_TRIGGER:
            if (st->lx->triggers[un->ref].frame == RW_FRAME_ALIAS) rc = alias_statement(st, u, &next);
            break;
        case RW_U_OTHER:
            rc = person_at(st, u, &next, NULL);
            break;
        case RW_U_NISBA:
            /* السوداني is Sudanese and al-Sudani: a surname of this article when it stands
             * alone, not as the adjective of a noun before it - which agrees with it in
             * definiteness: "وتلقى السوداني" is a verb and its subject. */
            if (u == 0 ||
                !((st->units[u - 1].kind == RW_U_OTHER && st->units[u - 1].definite == un->definite) ||
                  st->units[u - 1].kind == RW_U_PLACE ||
                  (st->units[u - 1].kind == RW_U_WORD && (st->units[u - 1].cls & RW_W_GROUP))))
                rc = known_name(st, u, &next);
            break;
        default:
            break;
        }
        if (rc) return -1;
        u = next > u ? next : u + 1;
    }
    dateline(st);
    return 0;
}

void rw_mentions_trace(const rw_xstate *st, FILE *out)
{
    static const char *const kinds[] = {"other", "actor",  "place", "office", "title",
                                        "trigger", "nisba", "word", "number", "punct"};
    fprintf(out, "sentence %u\n", (unsigned)st->sentence);
    for (uint32_t u = 0; u < st->n_units; u++) {
        const rw_unit *x = &st->units[u];
        const rw_token *a = &st->tk->v[x->tok], *b = &st->tk->v[x->tok + x->ntok - 1];
        unsigned long long hi = (unsigned long long)(x->cls >> 64), lo = (unsigned long long)x->cls;
        char cls[40];
        if (hi) snprintf(cls, sizeof cls, "%llx%016llx", hi, lo);
        else snprintf(cls, sizeof cls, "%llx", lo);
        fprintf(out, "  u%-3u %-7s%s%s%s%s cls=%s  %.*s\n", (unsigned)u, kinds[x->kind],
                x->definite ? " def" : "", (x->pflags & RW_P_CONJ) ? " +w" : "",
                (x->pflags & RW_P_SIDE) ? " +side" : "", (x->pflags & RW_P_FUTURE) ? " +fut" : "",
                cls, (int)(b->end - a->start), st->text + a->start);
        for (int k = 0; x->kind == RW_U_OTHER && k < st->n_an[x->tok]; k++) {
            const rw_analysis *an = ana(st, x->tok, k);
            fprintf(out, "        %s%d: %.*s+%s+%.*s\n", k == x->ana ? "*" : " ", k,
                    (int)an->prefix_len, tfold(st, x->tok), an->stem,
                    (int)an->suffix_len, tfold(st, x->tok) + tfold_len(st, x->tok) - an->suffix_len);
        }
    }
    static const char *const pm_kinds[] = {"person", "group", "place"};
    for (size_t i = 0; i < st->n_pms; i++) {
        const rw_pm *m = &st->pms[i];
        const char *label = m->ref >= 0 ? st->x->entities[m->ref].label
                                         : st->ph[-m->ref - 1].surface;
        fprintf(out, "  mention u%u-u%u %s%s%s%s: %s\n", (unsigned)m->unit, (unsigned)m->unit_end,
                pm_kinds[m->kind], m->side ? " side" : "", m->coord ? " coord" : "",
                rw_mentions_weak_name(st, m->ref) ? " weak" : "", label ? label : "?");
    }
}

size_t rw_mentions_persons(const rw_xstate *st)
{
    size_t n = 0, full = 0;
    for (size_t i = 0; i < st->n_pms; i++) {
        if (st->pms[i].kind != RW_PM_PERSON) continue;
        n++;
        const rw_xentity *e = st->pms[i].ref >= 0 ? &st->x->entities[st->pms[i].ref] : NULL;
        full += e && (e->key || (e->label && strchr(e->label, ' ')));
    }
    return n * 4096 + full; /* (one more person outweighs every full name: no sentence names
                                * thousands) */
}

void rw_mentions_restart_story(rw_xstate *st)
{
    st->last_subject = st->lead_subject = st->last_speaker = st->topic = -1;
    st->subject_office = RW_NO_SPEAKER;
    st->told_date = RW_DATE_NONE;
    st->told_host = -1;
}

int rw_mentions_begin(rw_xstate *st, rw_extraction *x, const char *text, rw_date doc_date)
{
    st->x = x;
    st->text = text;
    st->doc_date = doc_date;
    st->last_group = -1;
    rw_mentions_restart_story(st);
    st->speaker = RW_NO_SPEAKER;
    st->dateline = -1;
    st->filed_cc[0] = '\0';
    st->n_countries = 0;
    for (size_t i = 0; i < st->n_ph; i++) {
        free(st->ph[i].surface);
        free(st->ph[i].words);
    }
    for (size_t i = 0; i < st->n_held; i++) {
        free(st->held[i].text);
        free(st->held[i].words);
    }
    for (size_t i = 0; i < st->n_ev; i++) {
        free(st->ev[i].date_text);
        free(st->ev[i].trigger);
        free(st->ev[i].alias);
    }
    st->n_ph = st->n_held = st->n_ev = 0;
    if (st->weak) memset(st->weak, 0xff, st->cap_weak);
    if (st->honorific) memset(st->honorific, 0xff, st->cap_honorific * sizeof *st->honorific);
    st->n_honoured = 0;
    rw_strmap_free(st->names);
    rw_strmap_free(st->name_heads);
    rw_strmap_free(st->keys);
    rw_strmap_free(st->groups);
    st->names = rw_strmap_new();
    st->name_heads = rw_strmap_new();
    memset(st->head_classes, 0, sizeof st->head_classes);
    st->keys = rw_strmap_new();
    st->groups = rw_strmap_new();
    return st->names && st->name_heads && st->keys && st->groups ? 0 : -1;
}

void rw_mentions_free(rw_xstate *st)
{
    rw_mentions_begin(st, NULL, NULL, RW_DATE_NONE);
    rw_strmap_free(st->names);
    rw_strmap_free(st->name_heads);
    rw_strmap_free(st->keys);
    rw_strmap_free(st->groups);
    rw_anacache_free(st->anacache);
    free(st->an);
    free(st->n_an);
    free(st->tf);
    free(st->dh);
    free(st->th);
    free(st->units);
    free(st->pms);
    free(st->weak);
    free(st->honorific);
    free(st->used);
    free(st->ph);
    free(st->held);
    free(st->ev);
    free(st->fflags);
    rw_buf_free(&st->key);
    rw_buf_free(&st->tmp);
    memset(st, 0, sizeof *st);
}

const rw_date_heads *rw_mentions_date_heads(const rw_xstate *st, const rw_tokens *tk)
{
    return st->dh_valid && st->tk == tk ? st->dh : NULL;
}
