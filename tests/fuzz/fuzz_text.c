/*
 * fuzz_text.c - the text layer (text.h, morph.h) on arbitrary text: folding, sentences, tokens,
 * transliteration and clitic analysis, with the promises text.h makes checked on every input:
 * folding is idempotent and maps each folded byte back inside the source; sentences are in
 * order, inside the text and apart; tokens lie inside their sentence, in order.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/morph.h"
#include "extract/text.h"
#include "fuzz.h"

static rw_text *text;
static rw_morph *morph;

static void check_fold(const char *s, size_t n)
{
    static rw_fold f, again;
    if (rw_text_fold(text, s, n, &f, NULL)) return;
    for (size_t i = 0; i < f.len; i++)
        if (f.src[i] > n || (i && f.src[i] < f.src[i - 1])) fuzz_fail("fold: offset map out of order", NULL);
    if (f.src[f.len] != n) fuzz_fail("fold: src[len] is not the source length", NULL);
    if (rw_text_fold(text, f.key, f.len, &again, NULL)) return;
    if (again.len != f.len || memcmp(again.key, f.key, f.len) != 0)
        fuzz_fail("fold: a folded key does not fold to itself", f.key);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!text && !(text = rw_text_open_with(rw_default_data_dir(), NULL)))
        fuzz_fail("rw_text_open failed", NULL);
    if (!morph && !(morph = rw_morph_open(rw_default_data_dir(), NULL)))
        fuzz_fail("rw_morph_open failed", NULL);
    size_t n;
    char *s = fuzz_text(data, size, &n);
    if (!s) return 0;
    check_fold(s, n);

    rw_span *sp = NULL;
    size_t ns = 0;
    static rw_tokens tk;
    static rw_buf out;
    if (rw_text_sentences(text, s, n, &sp, &ns, NULL) == 0) {
        for (size_t i = 0; i < ns; i++) {
            if (sp[i].start >= sp[i].end || sp[i].end > n || (i && sp[i].start < sp[i - 1].end))
                fuzz_fail("sentences: a span out of order or out of the text", NULL);
            if (rw_text_tokenize(text, s, sp[i], &tk, NULL)) continue;
            for (size_t k = 0; k < tk.n; k++) {
                const rw_token *t = &tk.v[k];
                if (t->start < sp[i].start || t->end > sp[i].end || t->start >= t->end ||
                    (k && t->start < tk.v[k - 1].end))
                    fuzz_fail("tokens: a token out of its sentence or out of order", NULL);
                rw_analysis an[4];
                const char *f = rw_token_fold(&tk, k);
                rw_morph_analyze(morph, f, strlen(f), NULL, NULL, an, 4);
            }
        }
    }
    free(sp);
    rw_buf_reset(&out);
    rw_text_transliterate(text, s, n, &out);
    free(s);
    return 0;
}
