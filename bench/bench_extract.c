/*
 * bench_extract.c - end-to-end extraction throughput: bench_extract [MEGABYTES [FILE...]].
 *
 * Builds a corpus by cycling through the given articles (default: the sample articles in
 * samples/txt/) until MEGABYTES (default 20) of Arabic text have been processed, extracts
 * every article with one extractor, and prints MB/s, articles/s and sentences/s. The extractor is
 * opened before the clock starts: the figure is the per-article cost, lexicon loading excluded
 * (printed separately).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "extract/extract.h"
#include "rw_config.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    double mb = argc > 1 ? atof(argv[1]) : 20.0;
    char *texts[64];
    size_t lens[64];
    int n = 0;
    if (argc > 2) {
        for (int i = 2; i < argc && n < 64; i++)
            if ((texts[n] = rw_read_file(argv[i], &lens[n]))) n++;
    } else {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/../samples/txt", RW_DATA_DIR_SOURCE);
        DIR *d = opendir(dir);
        struct dirent *de;
        while (d && (de = readdir(d)) && n < 64) {
            if (!strstr(de->d_name, ".txt")) continue;
            char path[8192];
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            if ((texts[n] = rw_read_file(path, &lens[n]))) n++;
        }
        if (d) closedir(d);
    }
    if (!n) {
        fprintf(stderr, "bench_extract: no articles to read\n");
        return 1;
    }
    rw_error err = {0};
    double t0 = now();
    rw_extractor *ex = rw_extractor_open(NULL, &err);
    if (!ex) {
        fprintf(stderr, "bench_extract: %s\n", err.msg);
        return 1;
    }
    double t_open = now() - t0;
    size_t bytes = 0, docs = 0, sentences = 0, facts = 0;
    rw_extraction x = {0};
    t0 = now();
    while ((double)bytes < mb * 1e6) {
        int i = (int)(docs % (size_t)n);
        rw_doc doc = {0};
        doc.id = "bench";
        doc.text = texts[i];
        doc.text_len = lens[i];
        doc.date = (rw_date){2025, 12, 23};
        if (rw_extract(ex, &doc, &x, &err)) {
            fprintf(stderr, "bench_extract: %s\n", err.msg);
            return 1;
        }
        bytes += lens[i];
        sentences += x.n_sentences;
        facts += x.n_facts;
        docs++;
    }
    double dt = now() - t0;
    rw_extraction_clear(&x);
    printf("lexicons and ICU opened in %.3f s\n", t_open);
    printf("%zu articles, %.1f MB, %zu sentences, %zu facts in %.3f s\n", docs, (double)bytes / 1e6,
           sentences, facts, dt);
    printf("%.2f MB/s, %.0f articles/s, %.0f sentences/s\n", (double)bytes / 1e6 / dt,
           (double)docs / dt, (double)sentences / dt);
    rw_extractor_close(ex);
    for (int i = 0; i < n; i++) free(texts[i]);
    return 0;
}
