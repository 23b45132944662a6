/*
 * tbuild.h - hand-built extractions for the graph tests.
 *
 * An article is given as its sentences; entities, mentions and facts are added by hand the way
 * the extraction engine would add them, with mention spans found in the text, so the store's
 * sentences, mentions and evidence can be checked against text the test wrote itself.
 */
#ifndef RW_TEST_TBUILD_H
#define RW_TEST_TBUILD_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "extract/facts.h"

typedef struct tdoc {
    rw_doc doc;
    rw_extraction x;
} tdoc;

/* sentences: NULL-terminated; the text is them joined by one space. */
static void tdoc_init(tdoc *t, const char *id, const char *date, const char *const *sentences)
{
    memset(t, 0, sizeof *t);
    size_t n = 0, len = 0;
    while (sentences[n])
        len += strlen(sentences[n++]) + 1;
    t->doc.id = strdup(id);
    t->doc.source = strdup(id);
    t->doc.lang = strdup("ar");
    t->doc.text = calloc(1, len + 1);
    t->x.sentences = calloc(n ? n : 1, sizeof *t->x.sentences);
    t->x.n_sentences = n;
    for (size_t i = 0; i < n; i++) {
        if (i) strcat(t->doc.text, " ");
        t->x.sentences[i].start = (uint32_t)strlen(t->doc.text);
        strcat(t->doc.text, sentences[i]);
        t->x.sentences[i].end = (uint32_t)strlen(t->doc.text);
    }
    t->doc.text_len = strlen(t->doc.text);
    if (date) rw_date_parse(date, &t->doc.date);
    t->x.doc_date = t->doc.date;
    uint64_t h = rw_hash64(t->doc.text, t->doc.text_len, 1),
             l = rw_hash64(t->doc.text, t->doc.text_len, 2);
    snprintf(t->doc.hash, sizeof t->doc.hash, "%016llx%016llx", (unsigned long long)h,
             (unsigned long long)l);
    t->x.doc = &t->doc;
}

static void tdoc_free(tdoc *t)
{
    rw_extraction_clear(&t->x);
    free(t->doc.id);
    free(t->doc.source);
    free(t->doc.url);
    free(t->doc.title);
    free(t->doc.lang);
    free(t->doc.text);
}

/* An entity with its names (NULL-terminated); every occurrence of a name in the text becomes a
 * mention. */
static int tent(tdoc *t, const char *key, rw_kind kind, const char *label_en, const char *country,
                const char *const *names)
{
    int e = rw_extraction_add_entity(&t->x, key, kind, NULL, label_en, country);
    for (size_t i = 0; names && names[i]; i++) {
        rw_extraction_add_name(&t->x, e, names[i], strlen(names[i]));
        for (size_t s = 0; s < t->x.n_sentences; s++) {
            rw_span sp = t->x.sentences[s];
            const char *p = t->doc.text + sp.start, *end = t->doc.text + sp.end;
            while ((p = strstr(p, names[i])) && p + strlen(names[i]) <= end) {
                rw_mention m = {(uint32_t)(p - t->doc.text),
                                (uint32_t)(p - t->doc.text + strlen(names[i])), (uint32_t)s, e};
                /* Like the engine, a shorter name inside a longer one is not a second mention. */
                int inside = 0;
                for (size_t k = 0; k < t->x.n_mentions; k++)
                    if (t->x.mentions[k].start <= m.start && t->x.mentions[k].end >= m.end)
                        inside = 1;
                if (!inside) rw_extraction_add_mention(&t->x, &m);
                p += strlen(names[i]);
            }
        }
    }
    return e;
}

static int tfact(tdoc *t, rw_rel rel, int subj, int obj, int place, const char *date,
                 const char *role, rw_modality mod, uint32_t sentence, const char *trigger)
{
    rw_xfact f = {0};
    f.rel = rel;
    f.subj = subj;
    f.obj = obj;
    f.place = place;
    if (date) {
        rw_date_parse(date, &f.date);
        f.date_text = (char *)date;
    }
    f.modality = mod;
    f.role = (char *)role;
    f.trigger = (char *)trigger;
    f.sentence = sentence;
    f.span = t->x.sentences[sentence];
    f.confidence = 0.9f;
    return rw_extraction_add_fact(&t->x, &f);
}

#define NAMES(...) ((const char *const[]){__VA_ARGS__, NULL})

#endif
