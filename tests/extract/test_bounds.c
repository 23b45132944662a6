/*
 * test_bounds.c - extraction stays linear in the length of its input (issue 13): a page of
 * "استقبل الرئيس " with no full stop took 180 s for 5 MB, and ordinary sentences joined by commas
 * quadrupled their time when doubled. No clock is read here: the extractor counts the units and
 * mentions its searches for each trigger read (rw_extract_stats.work), and that count must grow
 * like the input, and per byte stay near that of a normal article measured in the same run.
 * Sentences past RW_TEXT_MAX_SENTENCE bytes are cut, and the cut is counted.
 *
 * Usage: test_bounds SAMPLES_TXT_DIR (the sample articles: the normal news)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "tests/check.h"

static rw_extractor *ex;

typedef struct run {
    uint64_t work;
    size_t bytes, cuts, sentences, longest, facts;
} run;

static run extract(const char *text)
{
    rw_doc doc = {0};
    doc.id = (char *)"test";
    doc.text = (char *)text;
    doc.text_len = strlen(text);
    doc.date = (rw_date){2025, 10, 15};
    rw_extraction x = {0};
    rw_error err = {0};
    run r = {0};
    if (rw_extract(ex, &doc, &x, &err) == 0) {
        r.work = x.stats.work;
        r.cuts = x.stats.cut_sentences;
        r.sentences = x.n_sentences;
        r.facts = x.n_facts;
        for (size_t i = 0; i < x.n_sentences; i++)
            if (x.sentences[i].end - x.sentences[i].start > r.longest)
                r.longest = x.sentences[i].end - x.sentences[i].start;
    }
    r.bytes = doc.text_len;
    rw_extraction_clear(&x);
    return r;
}

/* `unit` repeated to `bytes` bytes (at least). */
static char *repeat(const char *unit, size_t bytes)
{
    size_t n = strlen(unit), k = bytes / n + 1;
    char *s = malloc(k * n + 1);
    for (size_t i = 0; i < k; i++) memcpy(s + i * n, unit, n);
    s[k * n] = '\0';
    return s;
}

/* The sample articles, one after another: normal news. */
static char *samples(const char *dir)
{
    struct dirent **ents;
    int n = scandir(dir, &ents, NULL, alphasort);
    size_t len = 0, cap = 1 << 16;
    char *all = calloc(cap, 1);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
        FILE *f = ents[i]->d_name[0] != '.' ? fopen(path, "rb") : NULL;
        free(ents[i]);
        if (!f) continue;
        char buf[8192];
        size_t got;
        while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
            while (len + got + 2 > cap) all = realloc(all, cap *= 2);
            memcpy(all + len, buf, got);
            len += got;
        }
        all[len++] = '\n';
        fclose(f);
    }
    free(n >= 0 ? ents : NULL);
    all[len] = '\0';
    return all;
}

/* The sample articles with every full stop and line end made an Arabic comma: one sentence. */
static char *joined_by_commas(const char *news)
{
    size_t n = strlen(news);
    char *s = malloc(2 * n + 1), *o = s;
    for (const char *p = news; *p; p++) {
        if (*p == '.' || *p == '\n') {
            memcpy(o, "\xD8\x8C", 2); /* ، */
            o += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return s;
}

static double per_byte(run r)
{
    return r.bytes ? (double)r.work / (double)r.bytes : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s SAMPLES_TXT_DIR\n", argv[0]);
        return 2;
    }
    rw_error err = {0};
    ex = rw_extractor_open(NULL, &err);
    if (!ex) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    char *news = samples(argv[1]);
    run normal = extract(news);
    CHECK(normal.facts > 0 && normal.work > 0 && normal.cuts == 0,
          "the sample articles: facts found, work counted (%llu for %zu bytes), nothing cut",
          (unsigned long long)normal.work, normal.bytes);

    /* The two shapes of issue 13, each at two lengths, and the same words in sentences of about
     * a kilobyte, as long as news sentences get: a long sentence must cost no more per byte. */
    char *commas = joined_by_commas(news);
    struct {
        const char *what;
        char *small, *large, *sentences;
    } shapes[] = {
        {"\"استقبل الرئيس \" with no full stop", repeat("استقبل الرئيس ", 100000),
         repeat("استقبل الرئيس ", 400000), NULL},
        {"the sample articles joined by commas", repeat(commas, 100000), repeat(commas, 400000),
         NULL},
    };
    char *kb = repeat("استقبل الرئيس ", 1000);
    size_t kn = strlen(kb);
    kb = realloc(kb, kn + 2);
    memcpy(kb + kn - 1, ".\n", 3); /* the last space becomes a full stop and a line end */
    shapes[0].sentences = repeat(kb, 400000);
    shapes[1].sentences = repeat(news, 400000);
    free(kb);
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        run s = extract(shapes[i].small), l = extract(shapes[i].large);
        run k = extract(shapes[i].sentences);
        double growth = (double)l.work / (double)(s.work ? s.work : 1);
        double size = (double)l.bytes / (double)s.bytes;
        /* Quadratic work would grow 16-fold for 4 times the text. */
        CHECK(growth < 1.25 * size, "%s: 4 times the text, %.2f times the work (%llu -> %llu)",
              shapes[i].what, growth, (unsigned long long)s.work, (unsigned long long)l.work);
        /* Within its reach a trigger reads about what it reads in a sentence of a kilobyte (3
         * times, triggers being this dense); without the reach it read all its 16 KB piece, 15
         * times. */
        CHECK(per_byte(l) < 5 * per_byte(k) && k.cuts == 0,
              "%s: %.2f units read per byte, %.2f in sentences of a kilobyte or less (a normal "
              "article: %.2f)",
              shapes[i].what, per_byte(l), per_byte(k), per_byte(normal));
        CHECK(l.cuts > 0 && l.longest <= RW_TEXT_MAX_SENTENCE,
              "%s: the one sentence of %zu bytes is cut (%zu cuts), no piece longer than %d bytes",
              shapes[i].what, l.bytes, l.cuts, RW_TEXT_MAX_SENTENCE);
        free(shapes[i].small);
        free(shapes[i].large);
        free(shapes[i].sentences);
    }
    /* Cut where a clause ends, the news joined by commas still gives most of its facts (its
     * copies' facts are one article's: told again, they merge; sentence starts are lost). */
    char *many = repeat(commas, 100000);
    run m = extract(many);
    CHECK(2 * m.facts >= normal.facts,
          "the news joined by commas still gives most of its facts (%zu, the articles %zu)",
          m.facts, normal.facts);
    free(many);
    free(commas);
    free(news);
    rw_extractor_close(ex);
    return check_done();
}
