/*
 * bench_text.c - throughput of the text layer: folds, segments into sentences and tokenises a
 * large generated Arabic news text, runs the clitic analysis on every word, and prints MB/s for
 * each stage. Usage: bench_text [MEGABYTES]   (default 20; RAWABIT_DATA overrides the data dir)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract/morph.h"
#include "extract/text.h"
#include "rw_config.h"

/* Sentences in the style of the wires: datelines, quotes, harakat, digits of both kinds. */
static const char *const lines[] = {
    "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس) - استقبل الرئيس الروسي فلاديمير "
    "بوتين في الكرملين اليوم وزير الخارجية السوري أسعد حسن الشيبانيّ.",
    "وقال لافروف في مؤتمر صحفي مشترك: «نحن مستعدون للحوار. ولن نتراجع عن مواقفنا»، مضيفاً أن "
    "الجانبين بحثا العلاقات الثنائية.",
    "وأفادت وكالة الأنباء الرسمية بأن الوفدين وقّعا ٣ اتفاقيات للتعاون في مجالات الطاقة "
    "والنقل والتعليم يوم ١٢ كانون الأول/ديسمبر ٢٠٢٥.",
    "هل ستنجح المفاوضات؟ لا أحد يعرف؛ لكن المراقبين يرون أن اللقاء خطوة مهمة نحو التهدئة.",
    "وأجرى وزير الخارجية الأمريكي اتصالاً هاتفياً بنظيره التركي، بحثا خلاله تطورات الأوضاع "
    "في المنطقة (بحسب بيان الخارجية).",
    "عاجل: الرئيس المصري يستقبل ولي العهد السعودي بالقاهرة",
    "وبالعاصمة دمشق، التقى المبعوث الأممي بممثلي المعارضة السورية في فندق Four Seasons "
    "لمدة 3 ساعات.",
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    size_t mb = argc > 1 ? (size_t)atol(argv[1]) : 20;
    if (mb == 0) mb = 1;
    rw_error err = {0};
    rw_text *t = rw_text_open(&err);
    if (!t) {
        fprintf(stderr, "bench_text: %s\n", err.msg);
        return 1;
    }
    rw_fold f = {0};
    rw_tokens tk = {0};
    /* Articles of ten lines (about 2.5 KB), the size the pipeline sees, in one buffer. */
    rw_buf text = {0};
    size_t nl = sizeof lines / sizeof lines[0], narts = 0, cap = 1024;
    rw_span *arts = malloc(cap * sizeof *arts);
    for (size_t i = 0; text.len < mb << 20; i++) {
        if (i % 10 == 0) {
            if (!arts) goto fail;
            if (narts == cap) {
                rw_span *p = realloc(arts, 2 * cap * sizeof *arts);
                if (!p) goto fail;
                arts = p;
                cap *= 2;
            }
            arts[narts++].start = (uint32_t)text.len;
        }
        rw_buf_puts(&text, lines[(i * 3 + i / 7) % nl]);
        rw_buf_puts(&text, "\n");
        arts[narts - 1].end = (uint32_t)text.len;
    }
    double size = text.len / 1048576.0;

    double t0 = now();
    for (size_t a = 0; a < narts; a++)
        rw_text_fold(t, text.data + arts[a].start, arts[a].end - arts[a].start, &f, &err);
    double t1 = now();

    rw_span *sp = NULL;
    size_t ns = 0, nsent = 0, ntok = 0;
    for (size_t a = 0; a < narts; a++) {
        if (rw_text_sentences(t, text.data + arts[a].start, arts[a].end - arts[a].start, &sp, &ns,
                              &err))
            goto fail;
        nsent += ns;
        free(sp);
    }
    double t2 = now();

    for (size_t a = 0; a < narts; a++) {
        const char *doc = text.data + arts[a].start;
        rw_text_sentences(t, doc, arts[a].end - arts[a].start, &sp, &ns, &err);
        for (size_t i = 0; i < ns; i++) {
            if (rw_text_tokenize(t, doc, sp[i], &tk, &err)) goto fail;
            ntok += tk.n;
        }
        free(sp);
    }
    double t3 = now();
    double tok_only = (t3 - t2) - (t2 - t1); /* the third pass segments again */

    /* Clitic analysis of every word of the last pass's tokens, repeated to cover the corpus. */
    const char *dir = getenv("RAWABIT_DATA") ? getenv("RAWABIT_DATA") : RW_DATA_DIR_SOURCE;
    rw_morph *m = rw_morph_open(dir, &err);
    if (!m) goto fail;
    rw_analysis an[8];
    size_t nwords = 0, nan = 0;
    double t4 = now();
    while (nwords < ntok) {
        for (size_t i = 0; i < tk.n; i++) {
            if (tk.v[i].kind != RW_TOK_WORD) continue;
            nan += rw_morph_analyze(m, rw_token_fold(&tk, i), tk.v[i].fold_len, NULL, NULL, an, 8);
            nwords++;
        }
        if (tk.n == 0) break;
    }
    double t5 = now();
    rw_morph_close(m);

    printf("bench_text: %.1f MB of Arabic news text, %zu articles, %zu sentences, %zu tokens\n",
           size, narts, nsent, ntok);
    printf("  fold (each article)     %8.1f MB/s\n", size / (t1 - t0));
    printf("  sentences               %8.1f MB/s\n", size / (t2 - t1));
    printf("  tokenize (+ fold each)  %8.1f MB/s\n", size / tok_only);
    printf("  sentences + tokens      %8.1f MB/s\n", size / (t3 - t2));
    printf("  clitic analysis         %8.0f ns a word (%zu words, %.1f analyses each)\n",
           (t5 - t4) * 1e9 / (double)(nwords ? nwords : 1), nwords,
           (double)nan / (double)(nwords ? nwords : 1));
    free(arts);
    rw_tokens_free(&tk);
    rw_fold_free(&f);
    rw_buf_free(&text);
    rw_text_close(t);
    return 0;
fail:
    fprintf(stderr, "bench_text: %s\n", err.msg[0] ? err.msg : "out of memory");
    free(arts);
    rw_tokens_free(&tk);
    rw_fold_free(&f);
    rw_buf_free(&text);
    rw_text_close(t);
    return 1;
}
