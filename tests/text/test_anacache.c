/*
 * test_anacache.c - the cache of token analyses (extract/anacache.c): what is put comes back
 * field for field with the caller's extra bytes, what was not put is not found, too long a token
 * is refused, and a full cache empties itself and goes on working.
 */
#include <stdio.h>
#include <string.h>

#include "extract/anacache.h"
#include "tests/check.h"

static rw_analysis analysis(const char *stem, int prefix, int article, int cls, int suffix,
                            int known)
{
    rw_analysis a;
    memset(&a, 0, sizeof a);
    a.stem_len = (uint8_t)strlen(stem);
    memcpy(a.stem, stem, a.stem_len + 1);
    a.prefix_len = (uint8_t)prefix;
    a.has_article = (uint8_t)article;
    a.suffix_class = (uint8_t)cls;
    a.suffix_len = (uint8_t)suffix;
    a.known = (uint8_t)known;
    return a;
}

static int same(const rw_analysis *x, const rw_analysis *y)
{
    return x->stem_len == y->stem_len && memcmp(x->stem, y->stem, x->stem_len + 1) == 0 &&
           x->prefix_len == y->prefix_len && x->has_article == y->has_article &&
           x->suffix_class == y->suffix_class && x->suffix_len == y->suffix_len &&
           x->known == y->known;
}

static void round_trip(void)
{
    rw_anacache *c = rw_anacache_new(1000, 0);
    CHECK(c != NULL, "a cache opens");
    /* للرييس: ل + الرييس (the article restored), and the whole form after it. */
    rw_analysis two[2] = {analysis("الرييس", 2, 1, RW_SUF_NONE, 0, 3),
                          analysis("للرييس", 0, 0, RW_SUF_NONE, 0, 0)};
    rw_analysis one[1] = {analysis("وزير", 0, 0, RW_SUF_DUAL, 2, 1)};
    CHECK_INT(rw_anacache_get(c, "للرييس", strlen("للرييس"), two, 4, NULL), -1,
              "nothing is found in an empty cache");
    CHECK_INT(rw_anacache_put(c, "للرييس", strlen("للرييس"), two, 2, NULL), 0, "put للرييس");
    CHECK_INT(rw_anacache_put(c, "وزيري", strlen("وزيري"), one, 1, NULL), 0, "put وزيري");
    CHECK_INT(rw_anacache_put(c, "x", 1, NULL, 0, NULL), 0, "put a token with no analysis");
    CHECK_INT(rw_anacache_count(c), 3, "three tokens cached");

    rw_analysis out[4];
    memset(out, 0xAA, sizeof out);
    /* Prefetching changes no answer, for tokens cached or not (the sanitizer builds check that
     * it reads nothing out of bounds). */
    const char *ahead[] = {"للرييس", "وزيري", "x", "وزير", ""};
    for (size_t i = 0; i < sizeof ahead / sizeof *ahead; i++) {
        rw_anacache_prefetch_slot(c, ahead[i], strlen(ahead[i]));
        rw_anacache_prefetch_record(c, ahead[i], strlen(ahead[i]));
    }
    CHECK_INT(rw_anacache_get(c, "للرييس", strlen("للرييس"), out, 4, NULL), 2, "للرييس: two analyses");
    CHECK(same(&out[0], &two[0]) && same(&out[1], &two[1]), "للرييس: both analyses as put");
    CHECK_INT(rw_anacache_get(c, "وزيري", strlen("وزيري"), out, 4, NULL), 1, "وزيري: one analysis");
    CHECK(same(&out[0], &one[0]), "وزيري: the dual ending and `known` as put");
    CHECK_INT(rw_anacache_get(c, "x", 1, out, 4, NULL), 0, "a cached token with no analysis: 0");
    CHECK_INT(rw_anacache_get(c, "للرييس", strlen("للرييس"), out, 1, NULL), 1,
              "no more analyses than the caller has room for");
    CHECK(same(&out[0], &two[0]), "the first analysis comes first");
    /* A prefix or an extension of a cached token is another token. */
    CHECK_INT(rw_anacache_get(c, "وزير", strlen("وزير"), out, 4, NULL), -1, "a prefix is not found");
    CHECK_INT(rw_anacache_get(c, "وزيريه", strlen("وزيريه"), out, 4, NULL), -1,
              "an extension is not found");
    CHECK_INT(rw_anacache_get(c, "", 0, out, 4, NULL), -1, "the empty token is not found");
    rw_anacache_free(c);
}

static void long_token(void)
{
    rw_anacache *c = rw_anacache_new(16, 0);
    char tok[RW_ANACACHE_MAX_TOKEN + 2];
    memset(tok, 'a', sizeof tok);
    CHECK_INT(rw_anacache_put(c, tok, RW_ANACACHE_MAX_TOKEN + 1, NULL, 0, NULL), -1,
              "a token longer than RW_ANACACHE_MAX_TOKEN is refused");
    CHECK_INT(rw_anacache_get(c, tok, RW_ANACACHE_MAX_TOKEN + 1, NULL, 0, NULL), -1,
              "and never found");
    CHECK_INT(rw_anacache_put(c, tok, RW_ANACACHE_MAX_TOKEN, NULL, 0, NULL), 0,
              "a token of exactly RW_ANACACHE_MAX_TOKEN bytes is kept");
    CHECK_INT(rw_anacache_get(c, tok, RW_ANACACHE_MAX_TOKEN, NULL, 0, NULL), 0, "and found");
    rw_anacache_free(c);
}

/* Many more tokens than the cache holds: it empties itself when full, and every token put
 * since is found with its own analysis. */
static void full_cache(void)
{
    rw_anacache *c = rw_anacache_new(16, 0);
    int bad = 0, emptied = 0;
    size_t last_count = 0;
    for (int i = 0; i < 1000; i++) {
        char tok[16], stem[16];
        snprintf(tok, sizeof tok, "t%d", i);
        snprintf(stem, sizeof stem, "s%d", i);
        rw_analysis a = analysis(stem, 1, 0, RW_SUF_NONE, 0, (i % 200) + 1);
        if (rw_anacache_put(c, tok, strlen(tok), &a, 1, NULL)) bad++;
        if (rw_anacache_count(c) < last_count) emptied++;
        last_count = rw_anacache_count(c);
        if (rw_anacache_count(c) > 16) bad++;
        rw_analysis out;
        if (rw_anacache_get(c, tok, strlen(tok), &out, 1, NULL) != 1 || !same(&out, &a)) bad++;
    }
    CHECK_INT(bad, 0, "1000 tokens through a cache of 16: each found right after it is put");
    CHECK(emptied > 0, "the full cache was emptied (%d times)", emptied);
    CHECK_INT(rw_anacache_get(c, "t0", 2, NULL, 0, NULL), -1, "an early token is gone");
    rw_anacache_free(c);
}

/* The caller's extra bytes come back with the analyses, token by token; a cache that keeps none
 * never touches the pointer; too many are refused at creation. */
static void extra_bytes(void)
{
    rw_anacache *c = rw_anacache_new(100, 6);
    CHECK(c != NULL, "a cache with 6 extra bytes a token opens");
    rw_analysis a = analysis("وزير", 0, 0, RW_SUF_NONE, 0, 2);
    CHECK_INT(rw_anacache_put(c, "وزير", strlen("وزير"), &a, 1, "abcdef"), 0, "put وزير");
    CHECK_INT(rw_anacache_put(c, "y", 1, NULL, 0, "uvwxyz"), 0, "put y, no analysis");
    char got[7] = {0};
    rw_analysis out;
    CHECK_INT(rw_anacache_get(c, "وزير", strlen("وزير"), &out, 1, got), 1, "وزير found");
    CHECK(same(&out, &a), "its analysis intact after the extra bytes");
    CHECK_STR(got, "abcdef", "its extra bytes");
    CHECK_INT(rw_anacache_get(c, "y", 1, &out, 1, got), 0, "y found, no analysis");
    CHECK_STR(got, "uvwxyz", "y's extra bytes");
    memcpy(got, "------", 6);
    CHECK_INT(rw_anacache_get(c, "z", 1, &out, 1, got), -1, "z not found");
    CHECK_STR(got, "------", "nothing written for a token not found");
    rw_anacache_free(c);
    CHECK(rw_anacache_new(100, RW_ANACACHE_MAX_EXTRA + 1) == NULL, "too many extra bytes refused");
}

int main(void)
{
    round_trip();
    extra_bytes();
    long_token();
    full_cache();
    rw_anacache_free(NULL);
    return check_done();
}
