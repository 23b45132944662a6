/*
 * morph.h - Arabic clitics and inflectional endings, lexicon-aware.
 *
 * Arabic glues conjunctions, prepositions and the article to the word (وبالعاصمة = و+ب+ال+عاصمة)
 * and pronouns and number endings to its end (نظيره، وزيري، السوريين). Matching a lexicon needs the
 * bare word, but splitting blindly breaks names: بوتين is not ب+وتين. So analysis is
 * lexicon-aware: the caller says through `known` which folded forms it knows, the whole form is
 * tried first, and a split is offered only when the whole form is unknown (or as a later
 * alternative). The clitic inventory is data (data/clitics.tsv), read once by rw_morph_open().
 *
 * All strings here are folded keys (text.h).
 */
#ifndef RW_MORPH_H
#define RW_MORPH_H

#include <stddef.h>
#include <stdint.h>

#include "base/error.h"

typedef struct rw_morph rw_morph;

/* Reads DATA_DIR/clitics.tsv. Returns NULL and sets err on failure (the file and line). */
rw_morph *rw_morph_open(const char *data_dir, rw_error *err);
void rw_morph_close(rw_morph *m);

typedef enum rw_suffix_class {
    RW_SUF_NONE = 0,
    RW_SUF_PRONOUN, /* ه ها هما هم كم نا ي ...: نظيره -> نظير */
    RW_SUF_DUAL, /* ان ين, and construct dual ا ي: وزيري -> وزير, الوفدان -> الوفد */
    RW_SUF_PLURAL,   /* ون ين ات: السوريين -> السوري */
    RW_SUF_FEMININE, /* ه (folded ة) of an adjective: الروسيه -> الروسي */
} rw_suffix_class;

#define RW_MORPH_MAX_STEM 120

typedef struct rw_analysis {
    char stem[RW_MORPH_MAX_STEM + 1]; /* folded stem, NUL-terminated; keeps the article (ال) and
                                         restores it after ل (للرئيس -> الرئيس) */
    uint8_t stem_len;
    uint8_t prefix_len;   /* proclitic bytes removed from the token's front (و ب وب فل ...) */
    uint8_t has_article;  /* the stem begins with ال */
    uint8_t suffix_class; /* rw_suffix_class of the removed ending */
    uint8_t suffix_len;   /* bytes removed from the end */
    uint8_t known;        /* what `known` returned for the stem (capped at 255); 0 when it is
                             unknown or no `known` was given */
} rw_analysis;

/* Says whether a folded form is a known word (in any lexicon the caller holds): 0 when not, else
 * any value up to 255 the caller wants back in rw_analysis.known (so it needs no second lookup
 * of the same stem). */
typedef int (*rw_known_fn)(const char *fold, size_t len, void *ud);

/* Writes up to `max` analyses of the folded token fold[0..len) into out, most plausible first,
 * and returns how many. When `known` accepts the whole form it comes first, followed only by
 * splits whose stem `known` accepts too (a known name is never split into an unknown stem: بوتين
 * is not ب + وتين). Otherwise splits whose stem `known` accepts come first, then the whole
 * form, then the other splits; `known` may be NULL: every split is then offered after the whole
 * form. Stems keep at least two letters besides the article; a stem is offered once. A token
 * longer than RW_MORPH_MAX_STEM bytes gets no analysis (returns 0). */
size_t rw_morph_analyze(const rw_morph *m, const char *fold, size_t len, rw_known_fn known,
                        void *ud, rw_analysis *out, size_t max);

/* The characters (code points) of the UTF-8 string s[0..n). */
size_t rw_morph_letters(const char *s, size_t n);

/* Returns the length of the article prefix (ال, 4 bytes) if `fold` starts with it and something
 * of at least two letters follows, else 0. */
size_t rw_morph_article_len(const char *fold, size_t len);

#endif
