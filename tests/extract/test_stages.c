/*
 * test_stages.c - the stages of reading a trigger, one at a time (extract/clause.h,
 * arguments.h, modality.h, sides.h): a sentence is read into units and mentions as the engine
 * reads it, then each stage is asked about one of its triggers. The sentences were written for
 * these tests; what each stage must answer was worked out from the Arabic, not copied from the
 * program.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/arguments.h"
#include "extract/clause.h"
#include "extract/extract.h"
#include "extract/modality.h"
#include "extract/sides.h"
#include "tests/check.h"

static rw_text *tx;
static rw_morph *morph;
static rw_dates *dates;
static rw_lexicon *lx;

typedef struct reading {
    rw_xstate st;
    rw_extraction x;
    rw_tokens tk;
} reading;

/* Reads every sentence of `text` (dated 2017-03-01); the state holds the last one's units. */
static int read_text(reading *r, const char *text)
{
    memset(r, 0, sizeof *r);
    r->st.lx = lx;
    r->st.morph = morph;
    r->st.dates = dates;
    r->st.t = tx;
    rw_date d = {2017, 3, 1};
    r->x.doc_date = d;
    if (rw_text_sentences(tx, text, strlen(text), &r->x.sentences, &r->x.n_sentences, NULL))
        return -1;
    if (rw_mentions_begin(&r->st, &r->x, text, d)) return -1;
    for (size_t s = 0; s < r->x.n_sentences; s++) {
        if (rw_text_tokenize(tx, text, r->x.sentences[s], &r->tk, NULL)) return -1;
        if (rw_mentions_sentence(&r->st, &r->tk, (uint32_t)s)) return -1;
    }
    return 0;
}

static void done(reading *r)
{
    rw_mentions_free(&r->st);
    rw_tokens_free(&r->tk);
    rw_extraction_clear(&r->x);
}

/* The unit of the last sentence whose first token is written `word`, or -1. */
static int unit_of(const reading *r, const char *word)
{
    const rw_xstate *st = &r->st;
    for (uint32_t u = 0; u < st->n_units; u++) {
        const rw_token *t = &st->tk->v[st->units[u].tok];
        if (t->end - t->start == strlen(word) && memcmp(st->text + t->start, word, strlen(word)) == 0)
            return (int)u;
    }
    return -1;
}

/* The label of the entity (or the surface of the placeholder) of a side reference. */
static const char *ref_label(const reading *r, int ref)
{
    return ref >= 0 ? r->x.entities[ref].label : r->st.ph[-ref - 1].surface;
}

/* Whether mentions pms[v[0..n)] include one labelled `label`. */
static int has_arg(const reading *r, const int *v, int n, const char *label)
{
    for (int i = 0; i < n; i++) {
        const char *l = ref_label(r, r->st.pms[v[i]].ref);
        if (l && strcmp(l, label) == 0) return 1;
    }
    return 0;
}

static void test_clauses(void)
{
    reading r;
    /* A clause runs from the previous clause word (إن) to the next one (حيث). */
    read_text(&r, "قال الوزير إن الرئيس يوسف الشاهد التقى نظيره الفرنسي في باريس، حيث بحثا التعاون.");
    int p = unit_of(&r, "التقى"), inna = unit_of(&r, "إن"), hayth = unit_of(&r, "حيث");
    rw_clause c = {0};
    if (p >= 0) rw_clause_of(&r.st, (uint32_t)p, &c);
    CHECK(p >= 0 && c.L == (uint32_t)inna + 1 && c.R == (uint32_t)hayth,
          "clause: from after إن to حيث (L %u R %u)", c.L, c.R);
    done(&r);

    /* A verb carrying و opens its own clause: nothing before it is its subject. */
    read_text(&r, "وصل الوزير خميس الجهيناوي إلى الجزائر، والتقى الرئيس عبد العزيز بوتفليقة.");
    p = unit_of(&r, "والتقى");
    if (p >= 0) rw_clause_of(&r.st, (uint32_t)p, &c);
    CHECK(p >= 0 && c.own_clause && c.L == (uint32_t)p, "clause: والتقى opens its own clause");
    done(&r);
}

static void test_arguments(void)
{
    static const struct {
        const char *what, *text, *trigger, *in, *out;
    } cases[] = {
        {"a topic's place is no place of the event",
         "بحث الوزير خميس الجهيناوي مع نظيره المصري سامح شكري الأوضاع في ليبيا.", "بحث",
         "سامح شكري", NULL},
        {"the sender of a message is no party",
         "استقبل الرئيس الباجي قائد السبسي وزير الخارجية الجزائري رمطان لعمامرة حاملا رسالة من "
         "الرئيس عبد العزيز بوتفليقة.",
         "استقبل", "رمطان لعمامرة", "عبد العزيز بوتفليقة"},
        {"an entourage is no other side",
         "استقبل والي مدنين رئيس الحكومة يوسف الشاهد والوفد الوزاري المرافق له.", "استقبل",
         "يوسف الشاهد", "الوفد الوزاري"},
        {"the body that holds a meeting is no party",
         "ترأس أحمد أحمد اجتماع اللجنة التنفيذية للاتحاد الأفريقي لكرة القدم.", "اجتماع", NULL,
         "الاتحاد الأفريقي"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        reading r;
        read_text(&r, cases[i].text);
        int p = unit_of(&r, cases[i].trigger);
        rw_clause c = {0};
        rw_args a = {0};
        if (p >= 0) {
            rw_clause_of(&r.st, (uint32_t)p, &c);
            rw_arguments(&r.st, &c, &a);
        }
        int ok = p >= 0 && (!cases[i].in || has_arg(&r, a.post, a.npost, cases[i].in)) &&
                 (!cases[i].out || (!has_arg(&r, a.post, a.npost, cases[i].out) &&
                                    !has_arg(&r, a.pre, a.npre, cases[i].out)));
        if (i == 0) ok = ok && a.place_after < 0;
        CHECK(ok, "arguments: %s", cases[i].what);
        done(&r);
    }
}

static void test_modality(void)
{
    static const struct {
        const char *text, *trigger;
        rw_modality want;
    } cases[] = {
        {"التقى الوزير خميس الجهيناوي نظيره المصري سامح شكري أمس.", "التقى", RW_MOD_ASSERTED},
        {"سيلتقي الوزير خميس الجهيناوي نظيره المصري سامح شكري.", "سيلتقي", RW_MOD_PLANNED},
        {"وصل الوزير خميس الجهيناوي إلى القاهرة للقاء الرئيس عبد الفتاح السيسي.", "للقاء",
         RW_MOD_PLANNED},
        {"ومن المقرر أن يلتقي الوزير خميس الجهيناوي الرئيس عبد الفتاح السيسي.", "يلتقي",
         RW_MOD_PLANNED},
        {"وأعلن الوزير أنه سيعقد، في غضون الساعات القادمة، لقاء مع نظيره.", "لقاء",
         RW_MOD_PLANNED},
        {"قال المصدر إن الوزير قد يلتقي الرئيس عبد الفتاح السيسي.", "يلتقي", RW_MOD_PLANNED},
        {"خبر أول.\nيلتقي الوزير خميس الجهيناوي نظيره المصري قريبا.", "يلتقي", RW_MOD_PLANNED},
        {"خبر أول.\nتلتقي المستشارة أنغيلا ميركل الرئيس الباجي قائد السبسي.", "تلتقي",
         RW_MOD_PLANNED},
        {"خبر أول.\nينعقد حاليا اجتماع بين الوزير والنقابة.", "اجتماع", RW_MOD_ASSERTED},
        {"لم يلتق الوزير خميس الجهيناوي نظيره المصري.", "يلتق", RW_MOD_NEGATED},
        {"نفى المكتب أن يكون الوزير قد التقى قائد الحرس.", "التقى", RW_MOD_NEGATED},
        {"الرئيس الباجي قائد السبسي يستقبل الوزير خميس الجهيناوي", "يستقبل", RW_MOD_ASSERTED},
        {"خبر أول.\nوسيبحث الاجتماع ملف اللاجئين.", "الاجتماع", RW_MOD_PLANNED},
    };
    static const char *const names[] = {"asserted", "planned", "negated"};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        reading r;
        read_text(&r, cases[i].text);
        int p = unit_of(&r, cases[i].trigger);
        rw_modality m = RW_MOD_ASSERTED;
        if (p >= 0) {
            rw_clause c;
            rw_clause_of(&r.st, (uint32_t)p, &c);
            m = rw_modality_of(&r.st, &c);
        }
        CHECK(p >= 0 && m == cases[i].want, "modality: %s in \"%s\" is %s (got %s)",
              cases[i].trigger, cases[i].text, names[cases[i].want], names[m]);
        done(&r);
    }
    /* A headline: the first sentence without a full stop. */
    reading r;
    read_text(&r, "الرئيس يستقبل الوزير\nاستقبل الرئيس الوزير.");
    CHECK(rw_headline(&r.st, 0) && !rw_headline(&r.st, 1), "a headline has no full stop");
    done(&r);
}

static void test_sides(void)
{
    static const struct {
        const char *what, *text, *trigger, *a, *b; /* a NULL: no event */
        int rel;
    } cases[] = {
        {"subject first", "الرئيس الباجي قائد السبسي استقبل الوزير خميس الجهيناوي.", "استقبل",
         "الباجي قائد السبسي", "خميس الجهيناوي", RW_REL_MET},
        {"verb first, the other side after مع",
         "التقى الوزير خميس الجهيناوي مع نظيره المصري سامح شكري.", "التقى", "خميس الجهيناوي",
         "سامح شكري", RW_REL_MET},
        {"discussing without مع: a topic",
         "بحث الوزير خميس الجهيناوي ملف الأزمة مع الأحزاب.", "بحث", NULL, NULL, RW_REL_MET},
        {"discussing with مع", "بحث الوزير خميس الجهيناوي مع الوزير سامح شكري ملف الأزمة.",
         "بحث", "خميس الجهيناوي", "سامح شكري", RW_REL_MET},
        {"جمع brings together the call noun before it",
         "أكد الرئيس الباجي قائد السبسي أن المكالمة الهاتفية التي جمعته بالرئيس دونالد ترامب كانت "
         "ودية.",
         "جمعته", "الباجي قائد السبسي", "دونالد ترامب", RW_REL_PHONED},
        {"جمع with no event noun is no meeting",
         "نشر الموقع صورة تجمعه بالرئيس دونالد ترامب.", "تجمعه", NULL, NULL, RW_REL_MET},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        reading r;
        read_text(&r, cases[i].text);
        int p = unit_of(&r, cases[i].trigger), ok = 0, host;
        rw_event e;
        memset(&e, 0, sizeof e);
        if (p >= 0) {
            rw_clause c;
            rw_args a;
            rw_clause_of(&r.st, (uint32_t)p, &c);
            rw_arguments(&r.st, &c, &a);
            e.rel = c.tr->rel;
            e.host_place = -1;
            ok = rw_sides(&r.st, &c, &a, &e, &host);
        }
        int right;
        if (!cases[i].a) {
            right = p >= 0 && !ok;
        } else {
            const char *la = ok && e.na ? ref_label(&r, e.side_a[0]) : NULL;
            const char *lb = ok && e.nb ? ref_label(&r, e.side_b[0]) : NULL;
            right = ok && la && lb && strcmp(la, cases[i].a) == 0 && strcmp(lb, cases[i].b) == 0 &&
                    (int)e.rel == cases[i].rel;
        }
        CHECK(right, "sides: %s", cases[i].what);
        done(&r);
    }
}

/* rw_lexicon_known() answers 1 + rw_lexicon_max_words(), which the analyser keeps per stem: for
 * every phrase, each word is known and its first word reaches at least as far as the phrase. */
static void test_lexicon_known(void)
{
    size_t pos = 0, len, bad = 0, n = 0;
    const char *key;
    void *v;
    while (rw_strmap_next(lx->phrases, &pos, &key, &len, &v)) {
        const rw_lex_phrase *p = &lx->phrase_v[(intptr_t)v - 1];
        size_t w0 = 0;
        while (w0 < len && key[w0] != ' ') w0++;
        int k = rw_lexicon_known(key, w0, (void *)lx), mw = rw_lexicon_max_words(lx, key, w0);
        if (k != mw + 1 || mw < p->nwords) bad++;
        for (size_t i = w0 + 1; i < len;) {
            size_t j = i;
            while (j < len && key[j] != ' ') j++;
            if (rw_lexicon_known(key + i, j - i, (void *)lx) < 1) bad++;
            i = j + 1;
        }
        n++;
    }
    CHECK(n > 1000 && bad == 0, "known = 1 + max words for every phrase's words (%zu phrases, %zu wrong)",
          n, bad);
    CHECK(rw_lexicon_known("zzqx", 4, (void *)lx) == 0 && rw_lexicon_max_words(lx, "zzqx", 4) == 0,
          "an unknown word is neither known nor starts a phrase");
}

int main(void)
{
    rw_error err = {0};
    const char *dir = rw_default_data_dir();
    tx = rw_text_open(&err);
    morph = tx ? rw_morph_open(dir, &err) : NULL;
    dates = morph ? rw_dates_open(dir, tx, &err) : NULL;
    lx = dates ? rw_lexicon_open(tx, dir, NULL, 0, &err) : NULL;
    CHECK(lx != NULL, "the text layer and lexicons open (%s)", err.msg);
    if (!lx) return check_done();
    test_clauses();
    test_arguments();
    test_modality();
    test_sides();
    test_lexicon_known();
    rw_lexicon_close(lx);
    rw_dates_close(dates);
    rw_morph_close(morph);
    rw_text_close(tx);
    return check_done();
}
