/*
 * fuzz_extract.c - the whole extractor on one article of arbitrary text, then the article's graph
 * (rw_graph_add_extraction_with, as `rawabit extract` builds it) written as facts JSONL. Every
 * fact must point at a sentence of the article and at entities it has; every span must lie inside
 * the text.
 */
#include <stdio.h>
#include <stdlib.h>

#include "export/export.h"
#include "extract/extract.h"
#include "graph/ids.h"
#include "graph/merge.h"
#include "fuzz.h"

static rw_extractor *ex;
static rw_names *names;

static void check(const rw_extraction *x, size_t len)
{
    for (size_t i = 0; i < x->n_sentences; i++)
        if (x->sentences[i].end > len) fuzz_fail("a sentence past the text", NULL);
    for (size_t i = 0; i < x->n_mentions; i++) {
        const rw_mention *m = &x->mentions[i];
        if (m->start > m->end || m->end > len || m->sentence >= x->n_sentences ||
            m->entity < 0 || (size_t)m->entity >= x->n_entities)
            fuzz_fail("a mention out of the text or of the entities", NULL);
    }
    for (size_t i = 0; i < x->n_facts; i++) {
        const rw_xfact *f = &x->facts[i];
        if (f->subj < 0 || (size_t)f->subj >= x->n_entities || f->obj >= (int)x->n_entities ||
            f->place >= (int)x->n_entities || f->sentence >= x->n_sentences ||
            f->span.start > f->span.end || f->span.end > len)
            fuzz_fail("a fact pointing outside its article", f->trigger);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rw_error err = {0};
    if (!ex && !(ex = rw_extractor_open(NULL, &err))) fuzz_fail("rw_extractor_open failed", err.msg);
    if (!names && !(names = rw_names_open(NULL, rw_extractor_text(ex), &err)))
        fuzz_fail("rw_names_open failed", err.msg);
    rw_doc doc = {0};
    doc.id = (char *)"fuzz";
    doc.text = fuzz_text(data, size, &doc.text_len);
    if (!doc.text) return 0;
    /* Half the inputs carry a date, so relative dates resolve; the others look for one. */
    rw_doc_hash(&doc);
    if (size && data[0] & 1) doc.date = (rw_date){2025, 6, 15};
    rw_extraction x = {0};
    rw_graph *g = NULL;
    FILE *out = fopen("/dev/null", "w");
    if (rw_extract(ex, &doc, &x, &err) == 0) {
        check(&x, doc.text_len);
        if ((g = rw_graph_new()) &&
            rw_graph_add_extraction_with(g, &x, rw_extractor_text(ex), names, &err) == 0 && out)
            rw_export(g, RW_EXPORT_JSONL, &(rw_export_opts){0}, out, &err);
    }
    if (out) fclose(out);
    rw_graph_free(g);
    rw_extraction_clear(&x);
    free(doc.text);
    return 0;
}
