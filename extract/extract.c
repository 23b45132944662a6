/*
 * extract.c - the pipeline: text -> sentences -> tokens -> mentions -> dates -> facts.
 *
 * rw_extractor_open() opens every ICU object and reads every lexicon once; rw_extract() then
 * reuses the extractor's scratch buffers (tokens, analyses, units) from article to article, so
 * the hot loop allocates only what the extraction itself keeps. An extractor is not thread-safe:
 * open one per thread.
 */
#include "extract/extract.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/morph.h"
#include "extract/relations.h"
#include "rw_config.h"

#define MAX_DATE_EXPRS 32
#define HEAD_SENTENCES 2 /* the headline and the lead, read again at the end */

struct rw_extractor {
    rw_text *text;
    rw_morph *morph;
    rw_dates *dates;
    rw_lexicon *lx;
    rw_tokens tk;
    rw_tokens head_tk[HEAD_SENTENCES]; /* the first sentences' tokens, read twice (rw_extract) */
    rw_xstate st;
    FILE *trace;
};

const char *rw_default_data_dir(void)
{
    const char *env = getenv("RAWABIT_DATA");
    if (env && *env) return env;
    struct stat sb;
    if (stat(RW_DATA_DIR_SOURCE, &sb) == 0 && S_ISDIR(sb.st_mode)) return RW_DATA_DIR_SOURCE;
    return RW_DATA_DIR_INSTALLED;
}

rw_extractor *rw_extractor_open(const rw_extractor_opts *opts, rw_error *err)
{
    const char *dir = opts && opts->data_dir ? opts->data_dir : rw_default_data_dir();
    rw_extractor *ex = calloc(1, sizeof *ex);
    if (!ex) {
        rw_error_set(err, RW_ENOMEM, "extractor: out of memory");
        return NULL;
    }
    ex->text = rw_text_open(err);
    if (ex->text) ex->morph = rw_morph_open(dir, err);
    if (ex->morph) ex->dates = rw_dates_open(dir, ex->text, err);
    if (ex->dates)
        ex->lx = rw_lexicon_open(ex->text, dir, opts ? opts->user_dirs : NULL,
                                 opts ? opts->n_user_dirs : 0, err);
    if (!ex->lx) {
        rw_extractor_close(ex);
        return NULL;
    }
    const char *home = opts ? opts->home_country : NULL;
    if (home && !rw_lexicon_is_country(ex->lx, home)) {
        rw_error_set(err, RW_EUSAGE,
                     "--country %s: no country of that code in places.tsv (ISO 3166 alpha-2, "
                     "upper case: TN, SA, EG)", home);
        rw_extractor_close(ex);
        return NULL;
    }
    if (home) snprintf(ex->st.default_country, sizeof ex->st.default_country, "%s", home);
    ex->st.lx = ex->lx;
    ex->st.morph = ex->morph;
    ex->st.dates = ex->dates;
    ex->st.t = ex->text;
    ex->st.last_group = ex->st.last_subject = ex->st.lead_subject = -1;
    ex->st.last_speaker = ex->st.topic = -1;
    ex->st.subject_office = RW_NO_SPEAKER;
    ex->st.speaker = RW_NO_SPEAKER;
    return ex;
}

void rw_extractor_close(rw_extractor *ex)
{
    if (!ex) return;
    rw_mentions_free(&ex->st);
    rw_tokens_free(&ex->tk);
    for (size_t s = 0; s < HEAD_SENTENCES; s++) rw_tokens_free(&ex->head_tk[s]);
    rw_lexicon_close(ex->lx);
    rw_dates_close(ex->dates);
    rw_morph_close(ex->morph);
    rw_text_close(ex->text);
    free(ex);
}

void rw_extractor_trace(rw_extractor *ex, FILE *out)
{
    ex->trace = out;
}

rw_text *rw_extractor_text(rw_extractor *ex)
{
    return ex->text;
}

const rw_lexicon *rw_extractor_lexicon(rw_extractor *ex)
{
    return ex->lx;
}

/* The headline's persons its first reading named otherwise than its second, which knows the
 * article's names: a person of the first reading (mentions before m0 in sentence s) that no
 * sentence past the headline and lead names, where the second reading (mentions from m0) names
 * another person over the same words, was that one - and the events told since, which took him
 * for an antecedent ("الرئيس عباس يلتقي ..." then "والتقى سيادته ..."), are his. */
static void rename_headline_persons(const rw_extraction *out, rw_xstate *st, uint32_t s, size_t m0)
{
    for (size_t i = 0; i < m0; i++) {
        const rw_mention *old = &out->mentions[i];
        if (old->sentence != s || old->entity < 0 ||
            out->entities[old->entity].kind != RW_KIND_PERSON)
            continue;
        int named_later = 0;
        for (size_t k = 0; k < m0 && !named_later; k++)
            named_later = out->mentions[k].entity == old->entity &&
                          out->mentions[k].sentence >= HEAD_SENTENCES;
        for (size_t j = m0; j < out->n_mentions && !named_later; j++) {
            const rw_mention *m = &out->mentions[j];
            if (m->start <= old->start && m->end >= old->end && m->entity >= 0 &&
                m->entity != old->entity && out->entities[m->entity].kind == RW_KIND_PERSON) {
                rw_relations_rename(st, old->entity, m->entity);
                break;
            }
        }
    }
}

int rw_extract(rw_extractor *ex, const rw_doc *doc, rw_extraction *out, rw_error *err)
{
    rw_extraction_clear(out);
    out->doc = doc;
    const char *name = doc->id ? doc->id : "(document)";
    rw_date dd = doc->date;
    if (!rw_date_is_set(dd) &&
        rw_dates_document_date(ex->dates, ex->text, doc->text, doc->text_len, &dd) != 0)
        dd = RW_DATE_NONE;
    out->doc_date = dd;
    if (rw_text_sentences(ex->text, doc->text, doc->text_len, &out->sentences, &out->n_sentences, err))
        return err ? err->code : RW_EINTERNAL;
    long cuts = rw_text_bound_sentences(doc->text, &out->sentences, &out->n_sentences,
                                        RW_TEXT_MAX_SENTENCE, &out->stats.first_cut);
    if (cuts < 0) goto nomem;
    out->stats.cut_sentences = (size_t)cuts;
    rw_xstate *st = &ex->st;
    if (rw_mentions_begin(st, out, doc->text, dd)) goto nomem;
    rw_date_expr dx[MAX_DATE_EXPRS];
    size_t persons[HEAD_SENTENCES] = {0};
    for (size_t s = 0; s < out->n_sentences; s++) {
        /* The first sentences keep their tokens for their second reading below. */
        rw_tokens *tk = s < HEAD_SENTENCES ? &ex->head_tk[s] : &ex->tk;
        if (rw_text_tokenize_unit(ex->text, doc->text, out->sentences[s], tk, err))
            return err ? err->code : RW_EINTERNAL;
        if (rw_mentions_sentence(st, tk, (uint32_t)s)) goto nomem;
        if (ex->trace) rw_mentions_trace(st, ex->trace);
        if (s < HEAD_SENTENCES) persons[s] = rw_mentions_persons(st);
        size_t ndx = rw_dates_find_with(ex->dates, tk, rw_mentions_date_heads(st, tk), dd,
                                        rw_relations_sentence_tense(st), dx, MAX_DATE_EXPRS);
        if (rw_relations_sentence(st, dx, ndx)) goto nomem;
    }
    /* A headline names people by the surname the body introduces later ("الحنيفات يلتقي بدر"،
     * "الرئيس عباس يلتقي غوتيريش"): read the first sentences again with the article's names, and
     * keep the second reading when it finds more people, or names more of them in full. */
    size_t n_ev = st->n_ev;
    rw_mentions_restart_story(st);
    for (size_t s = 0; s < out->n_sentences && s < HEAD_SENTENCES; s++) {
        const rw_tokens *tk = &ex->head_tk[s];
        size_t m0 = out->n_mentions;
        if (rw_mentions_sentence(st, tk, (uint32_t)s)) goto nomem;
        if (rw_mentions_persons(st) <= persons[s]) {
            out->n_mentions = m0; /* nothing new: the first reading stands */
            continue;
        }
        rename_headline_persons(out, st, (uint32_t)s, m0);
        size_t k = 0; /* the first reading's mentions of this sentence give way */
        for (size_t i = 0; i < out->n_mentions; i++)
            if (i >= m0 || out->mentions[i].sentence != s) out->mentions[k++] = out->mentions[i];
        out->n_mentions = k;
        rw_relations_drop(st, (uint32_t)s, n_ev);
        n_ev = st->n_ev;
        size_t ndx = rw_dates_find_with(ex->dates, tk, rw_mentions_date_heads(st, tk), dd,
                                        rw_relations_sentence_tense(st), dx, MAX_DATE_EXPRS);
        if (rw_relations_sentence(st, dx, ndx)) goto nomem;
    }
    if (rw_relations_finish(st)) goto nomem;
    return RW_OK;
nomem:
    return rw_error_set(err, RW_ENOMEM, "%s: out of memory during extraction", name);
}
