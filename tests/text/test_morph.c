/*
 * test_morph.c - clitic and ending analysis (extract/morph.c over data/clitics.tsv): names a
 * lexicon knows are never split, clitic-laden forms split to the stem the lexicon knows, and the
 * table's errors name the file and line.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/morph.h"
#include "extract/text.h"
#include "tests/check.h"

/* A small lexicon of folded forms standing in for the names, titles and places ones. */
static const char *const lexicon[] = {
    "بوتين",    "ليفيتين",  "بدر",    "بشار", "لافروف", "العاصمه", "الرييس",
    "الوزير",   "وزير",     "السوري", "نظير", "الوفد",  "الروسي",  "الحكومه",
    "المحادثه", "الاجتماع", "موسكو",  "دمشق", "الطرف",  "سوريا",   "ليبيا",
    "وزاره",    "قاعده",    "يزور",   "بل",   "كان",    "ان",      "لحزب",  "حزب",
    "محافظ",    "محافظه",   NULL,
};

static int known(const char *f, size_t n, void *ud)
{
    int *calls = ud;
    if (calls) (*calls)++;
    for (size_t i = 0; lexicon[i]; i++)
        if (strlen(lexicon[i]) == n && memcmp(lexicon[i], f, n) == 0) return 1;
    return 0;
}

static const struct {
    const char *token, *stem;
    int prefix_len, suffix_len, suffix_class, has_article;
    int only; /* the analysis is the only one offered */
} cases[] = {
    /* Known names are never split. */
    {"بوتين", "بوتين", 0, 0, RW_SUF_NONE, 0, 1},
    {"ليفيتين", "ليفيتين", 0, 0, RW_SUF_NONE, 0, 1},
    {"بدر", "بدر", 0, 0, RW_SUF_NONE, 0, 1},
    {"بشار", "بشار", 0, 0, RW_SUF_NONE, 0, 1},
    {"لافروف", "لافروف", 0, 0, RW_SUF_NONE, 0, 1},
    {"سوريا", "سوريا", 0, 0, RW_SUF_NONE, 0, 1},
    {"ليبيا", "ليبيا", 0, 0, RW_SUF_NONE, 0, 1},
    {"الرييس", "الرييس", 0, 0, RW_SUF_NONE, 1, 1},
    /* Proclitics; the article stays in the stem. */
    {"وبالعاصمه", "العاصمه", 4, 0, RW_SUF_NONE, 1, 0},
    {"بالعاصمه", "العاصمه", 2, 0, RW_SUF_NONE, 1, 0},
    {"فالرييس", "الرييس", 2, 0, RW_SUF_NONE, 1, 0},
    {"والرييس", "الرييس", 2, 0, RW_SUF_NONE, 1, 0},
    {"ولافروف", "لافروف", 2, 0, RW_SUF_NONE, 0, 0},
    {"وبوتين", "بوتين", 2, 0, RW_SUF_NONE, 0, 0},
    {"بموسكو", "موسكو", 2, 0, RW_SUF_NONE, 0, 0},
    {"ودمشق", "دمشق", 2, 0, RW_SUF_NONE, 0, 0},
    {"وبدمشق", "دمشق", 4, 0, RW_SUF_NONE, 0, 0},
    {"لبشار", "بشار", 2, 0, RW_SUF_NONE, 0, 0},
    /* ل + ال = لل: the article comes back. */
    {"للرييس", "الرييس", 2, 0, RW_SUF_NONE, 1, 0},
    {"وللرييس", "الرييس", 4, 0, RW_SUF_NONE, 1, 0},
    {"فللوزير", "الوزير", 4, 0, RW_SUF_NONE, 1, 0},
    {"للحكومه", "الحكومه", 2, 0, RW_SUF_NONE, 1, 0},
    /* Endings. */
    {"وزيري", "وزير", 0, 2, RW_SUF_DUAL, 0, 0},
    {"وزيرا", "وزير", 0, 2, RW_SUF_DUAL, 0, 0},
    {"السوريين", "السوري", 0, 4, RW_SUF_PLURAL, 1, 0},
    {"السوريون", "السوري", 0, 4, RW_SUF_PLURAL, 1, 0},
    {"الروسيه", "الروسي", 0, 2, RW_SUF_FEMININE, 1, 0},
    {"نظيره", "نظير", 0, 2, RW_SUF_PRONOUN, 0, 0},
    {"نظيريه", "نظير", 0, 4, RW_SUF_DUAL, 0, 0},
    {"الوفدان", "الوفد", 0, 4, RW_SUF_DUAL, 1, 0},
    {"الطرفين", "الطرف", 0, 4, RW_SUF_DUAL, 1, 0},
    {"المحادثات", "المحادثه", 0, 4, RW_SUF_PLURAL, 1, 0},
    {"الاجتماعات", "الاجتماع", 0, 4, RW_SUF_PLURAL, 1, 0},
    {"الحكومتين", "الحكومه", 0, 6, RW_SUF_DUAL, 1, 0},
    {"وزارتي", "وزاره", 0, 4, RW_SUF_DUAL, 0, 0},
    {"وزارتا", "وزاره", 0, 4, RW_SUF_DUAL, 0, 0},
    {"قاعدتي", "قاعده", 0, 4, RW_SUF_DUAL, 0, 0},
    /* A ة noun's construct dual is written تا: a stem left in ه by ا is no ة noun (محافظة), the
     * ending is the pronoun ها (محافظها, its governor). */
    {"محافظها", "محافظ", 0, 4, RW_SUF_PRONOUN, 0, 0},
    /* Both ends at once. */
    {"ونظيره", "نظير", 2, 2, RW_SUF_PRONOUN, 0, 0},
    {"والسوريين", "السوري", 2, 4, RW_SUF_PLURAL, 1, 0},
    {"بالحكومتين", "الحكومه", 2, 6, RW_SUF_DUAL, 1, 0},
    {"وللوفدان", "الوفد", 4, 4, RW_SUF_DUAL, 1, 0},
    /* Future س only before an imperfect verb; the longer stem wins a tie between known stems. */
    {"سيزور", "يزور", 2, 0, RW_SUF_NONE, 0, 0},
    {"وسيزور", "يزور", 4, 0, RW_SUF_NONE, 0, 0},
    {"سبل", "سبل", 0, 0, RW_SUF_NONE, 0, 0},
    {"وكان", "كان", 2, 0, RW_SUF_NONE, 0, 0},
    /* Unknown whole forms with no known split: the whole form comes first. */
    {"كتاب", "كتاب", 0, 0, RW_SUF_NONE, 0, 0},
    {"والكتاب", "والكتاب", 0, 0, RW_SUF_NONE, 0, 0},
};

static size_t letters(const char *s)
{
    size_t k = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) k++;
    return k;
}

static void test_cases(const rw_morph *m)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_analysis a[8];
        size_t n = rw_morph_analyze(m, cases[i].token, strlen(cases[i].token), known, NULL, a, 8);
        CHECK(n >= 1 && strcmp(a[0].stem, cases[i].stem) == 0 &&
                  a[0].stem_len == strlen(cases[i].stem) &&
                  a[0].prefix_len == cases[i].prefix_len &&
                  a[0].suffix_len == cases[i].suffix_len &&
                  a[0].suffix_class == cases[i].suffix_class &&
                  a[0].has_article == cases[i].has_article && (!cases[i].only || n == 1),
              "analyze %s -> %s (prefix %d, suffix %d, class %d, article %d%s); got %s (%d, %d, "
              "%d, %d) of %zu",
              cases[i].token, cases[i].stem, cases[i].prefix_len, cases[i].suffix_len,
              cases[i].suffix_class, cases[i].has_article, cases[i].only ? ", alone" : "",
              n ? a[0].stem : "-", n ? a[0].prefix_len : -1, n ? a[0].suffix_len : -1,
              n ? a[0].suffix_class : -1, n ? a[0].has_article : -1, n);
    }
}

/* Without a lexicon the whole form comes first and every split follows it. */
static void test_without_lexicon(const rw_morph *m)
{
    static const struct {
        const char *token, *second;
    } c[] = {
        {"وبالعاصمه", "العاصمه"},
        {"للرييس", "الرييس"},
        {"فالوفد", "الوفد"},
        {"نظيره", "نظير"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        rw_analysis a[8];
        size_t n = rw_morph_analyze(m, c[i].token, strlen(c[i].token), NULL, NULL, a, 8);
        CHECK(n >= 2 && strcmp(a[0].stem, c[i].token) == 0 && strcmp(a[1].stem, c[i].second) == 0,
              "no lexicon: %s first, then %s (got %s, %s)", c[i].token, c[i].second,
              n ? a[0].stem : "-", n > 1 ? a[1].stem : "-");
    }
    /* A name with no split the table allows stays whole. */
    rw_analysis a[8];
    size_t n = rw_morph_analyze(m, "عمرو", strlen("عمرو"), NULL, NULL, a, 8);
    CHECK(n == 1 && strcmp(a[0].stem, "عمرو") == 0, "no lexicon: عمرو has no split (got %zu)", n);
}

/* No analysis ever leaves a stem under two letters besides the article. */
static void test_min_stem(const rw_morph *m)
{
    static const char *const tokens[] = {"وله", "والد", "بها", "لنا", "فيه", "وبال", "كما"};
    for (size_t i = 0; i < sizeof tokens / sizeof tokens[0]; i++) {
        rw_analysis a[16];
        size_t n = rw_morph_analyze(m, tokens[i], strlen(tokens[i]), NULL, NULL, a, 16);
        int ok = n >= 1;
        for (size_t k = 0; k < n; k++) {
            size_t l = letters(a[k].stem);
            if (strncmp(a[k].stem, "ال", strlen("ال")) == 0) l -= 2;
            if (l < 2) ok = 0;
        }
        CHECK(ok, "stems of %s keep at least two letters (%zu analyses)", tokens[i], n);
    }
}

/* known() answers with the word's place in the lexicon + 1: any value, not just 1. */
static int known_index(const char *f, size_t n, void *ud)
{
    (void)ud;
    for (size_t i = 0; lexicon[i]; i++)
        if (strlen(lexicon[i]) == n && memcmp(lexicon[i], f, n) == 0) return (int)i + 1;
    return 0;
}

static int lexicon_index(const char *w)
{
    for (size_t i = 0; lexicon[i]; i++)
        if (strcmp(lexicon[i], w) == 0) return (int)i;
    return -1;
}

/* Each analysis keeps what known() said of its stem, so callers need not ask again. */
static void test_known_value(const rw_morph *m)
{
    rw_analysis a[8];
    size_t n = rw_morph_analyze(m, "لحزب", strlen("لحزب"), known_index, NULL, a, 8);
    CHECK(n == 2 && a[0].known == lexicon_index("لحزب") + 1 && a[1].known == lexicon_index("حزب") + 1,
          "each analysis keeps known()'s value for its stem (got %zu: %d, %d)", n, n ? a[0].known : -1,
          n > 1 ? a[1].known : -1);
    n = rw_morph_analyze(m, "وكتاب", strlen("وكتاب"), known_index, NULL, a, 8);
    int zero = n > 0;
    for (size_t k = 0; k < n; k++)
        if (a[k].known) zero = 0;
    CHECK(zero, "unknown stems keep 0 (%zu analyses)", n);
    n = rw_morph_analyze(m, "لحزب", strlen("لحزب"), NULL, NULL, a, 8);
    zero = n > 0;
    for (size_t k = 0; k < n; k++)
        if (a[k].known) zero = 0;
    CHECK(zero, "without known() every analysis keeps 0 (%zu analyses)", n);
}

static void test_limits(const rw_morph *m)
{
    rw_analysis a[8];
    int calls = 0;
    size_t n = rw_morph_analyze(m, "بوتين", strlen("بوتين"), known, &calls, a, 8);
    CHECK(n == 1 && strcmp(a[0].stem, "بوتين") == 0,
          "a known word no split of which is known is its only analysis (got %zu, %d lookups)", n,
          calls);
    /* لحزب is known whole (a word of a longer phrase) and as ل + حزب: both, the whole first. */
    n = rw_morph_analyze(m, "لحزب", strlen("لحزب"), known, NULL, a, 8);
    CHECK(n == 2 && strcmp(a[0].stem, "لحزب") == 0 && a[0].prefix_len == 0 &&
              strcmp(a[1].stem, "حزب") == 0 && a[1].prefix_len == 2,
          "a known whole form comes first, then its known split (got %zu)", n);
    n = rw_morph_analyze(m, "وبالعاصمه", strlen("وبالعاصمه"), NULL, NULL, a, 1);
    CHECK(n == 1, "max = 1 gives one analysis (got %zu)", n);
    n = rw_morph_analyze(m, "وبالعاصمه", strlen("وبالعاصمه"), NULL, NULL, a, 0);
    CHECK(n == 0, "max = 0 gives none (got %zu)", n);
    char longer[200];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    n = rw_morph_analyze(m, longer, strlen(longer), NULL, NULL, a, 8);
    CHECK(n == 0, "a token longer than RW_MORPH_MAX_STEM gives none (got %zu)", n);

    static const struct {
        const char *s;
        size_t want;
    } art[] = {
        {"الرييس", 4}, {"العاصمه", 4}, {"الم", 0}, {"الي", 0}, {"ال", 0}, {"بالعاصمه", 0}, {"", 0},
    };
    for (size_t i = 0; i < sizeof art / sizeof art[0]; i++)
        CHECK_INT(rw_morph_article_len(art[i].s, strlen(art[i].s)), art[i].want, art[i].s);
}

/* Raw newspaper spellings go through the fold first, as the extractor does. */
static void test_with_fold(const rw_morph *m)
{
    static const struct {
        const char *raw, *stem;
    } c[] = {
        {"وبالعاصمة", "العاصمه"},  {"للرئيس", "الرييس"},  {"الروسية", "الروسي"},
        {"بالحكومتين", "الحكومه"}, {"ولافروف", "لافروف"}, {"نظيرُهُ", "نظير"},
    };
    rw_error err = {0};
    rw_text *t = rw_text_open(&err);
    rw_fold f = {0};
    for (size_t i = 0; t && i < sizeof c / sizeof c[0]; i++) {
        rw_text_fold(t, c[i].raw, strlen(c[i].raw), &f, &err);
        rw_analysis a[8];
        size_t n = rw_morph_analyze(m, f.key, f.len, known, NULL, a, 8);
        CHECK(n >= 1 && strcmp(a[0].stem, c[i].stem) == 0, "fold then analyze %s -> %s (got %s)",
              c[i].raw, c[i].stem, n ? a[0].stem : "-");
    }
    rw_fold_free(&f);
    rw_text_close(t);
}

static void test_errors(void)
{
    rw_error err = {0};
    rw_morph *m = rw_morph_open("/nonexistent-rawabit-dir", &err);
    CHECK(m == NULL && strstr(err.msg, "/nonexistent-rawabit-dir/clitics.tsv"),
          "a missing table names its path (%s)", err.msg);

    static const struct {
        const char *content, *want;
    } bad[] = {
        {"# c\nو\tproclitic\t-\tand\nب\tbogus\t-\n", "clitics.tsv:3: unknown class 'bogus'"},
        {"و\n", "clitics.tsv:1: expected form"},
        {"ه\tpronoun\tbeside:ي\n", "clitics.tsv:1: bad condition 'beside:ي'"},
        {"ول\tlam-article\t-\n", "clitics.tsv:1: a lam-article form must end in لل"},
        {"س\tproclitic\tbefore:\n", "clitics.tsv:1: bad condition 'before:'"},
        {"ا\tdual\tnot_after:\n", "clitics.tsv:1: bad condition 'not_after:'"},
        {"ات\tplural\trestore:ة\n", "clitics.tsv:1: 'ات' is not folded (U+0629)"},
        {"ة\tfeminine\t-\n", "clitics.tsv:1: 'ة' is not folded (U+0629)"},
        {"و\tproclitic\t-\nأ\tproclitic\t-\n", "clitics.tsv:2: 'أ' is not folded (U+0623)"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char dir[] = "/tmp/rw-morph-XXXXXX";
        if (!mkdtemp(dir)) continue;
        char path[64];
        snprintf(path, sizeof path, "%s/clitics.tsv", dir);
        FILE *f = fopen(path, "w");
        if (!f) continue;
        fputs(bad[i].content, f);
        fclose(f);
        m = rw_morph_open(dir, &err);
        CHECK(m == NULL && err.code == RW_EINPUT && strstr(err.msg, bad[i].want),
              "a bad table is refused: want \"%s\", got \"%s\"", bad[i].want, err.msg);
        rw_morph_close(m);
        unlink(path);
        rmdir(dir);
    }
}

int main(void)
{
    const char *dir = getenv("RAWABIT_DATA");
    rw_error err = {0};
    rw_morph *m = rw_morph_open(dir ? dir : "data", &err);
    CHECK(m != NULL, "rw_morph_open: %s", m ? "ok" : err.msg);
    if (!m) return check_done();
    test_cases(m);
    test_without_lexicon(m);
    test_min_stem(m);
    test_limits(m);
    test_known_value(m);
    test_with_fold(m);
    test_errors();
    rw_morph_close(m);
    return check_done();
}
