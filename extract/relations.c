/*
 * relations.c - trigger frames to events, events to facts.
 *
 * Each trigger of a sentence is read in stages, one module each:
 *   1. clause.c     the clause: where its arguments may be;
 *   2. arguments.c  the clause's mentions sorted into participants before and after the
 *                   trigger and places, topics and goals set aside;
 *   3. modality.c   whether the event happened, was announced or was denied;
 *   4. sides.c      who is on which side, by the trigger's frame;
 *   5. here         the event's place and date, then the event is kept.
 * At the end of the article role placeholders are resolved, delegations expanded to their
 * leaders and members, meetings without a place or date take those of the visit they belong to,
 * and duplicate facts are merged (rw_relations_finish).
 */
#include "extract/relations.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "extract/modality.h"
#include "extract/sides.h"

#define CONF_LEXICON 0.9f
#define CONF_CONTEXT 0.8f
#define CONF_INFERRED 0.6f
#define CONF_WEAK_NAME 0.5f /* a participant named only by the shape of an unknown word */

rw_tense rw_relations_sentence_tense(const rw_xstate *st)
{
    int events = 0;
    for (uint32_t u = 0; u < st->n_units; u++)
        if (rw_is_event_trigger(st, u)) {
            const rw_lex_trigger *t = &st->lx->triggers[st->units[u].ref];
            if (t->modality == RW_MOD_PLANNED || t->tense == RW_VT_FUTURE ||
                (st->units[u].pflags & RW_P_FUTURE))
                return RW_TENSE_FUTURE;
            if (t->tense == RW_VT_PAST) return RW_TENSE_PAST;
            events++;
        }
    /* "يؤدي X زيارة رسمية إلى تونس يوم 12 فيفري" in a report of February 10: with only verbal
     * nouns and verbs in the present, a day and month without a year is the nearest one - not
     * last year's. */
    return events ? RW_TENSE_UNKNOWN : RW_TENSE_PAST;
}

/* Source text of tokens [t0, t1) of the sentence. */
static char *tok_text(const rw_xstate *st, uint32_t t0, uint32_t t1)
{
    const rw_token *a = &st->tk->v[t0], *b = &st->tk->v[t1 - 1];
    return strndup(st->text + a->start, b->end - a->start);
}

/* Whether tokens [t0, t1) overlap a mention of a person - or of a group too, with `groups`. */
static int named_in_tokens(const rw_xstate *st, uint32_t t0, uint32_t t1, int groups)
{
    for (size_t i = 0; i < st->n_pms; i++) {
        const rw_pm *m = &st->pms[i];
        if (m->kind == RW_PM_PLACE || (m->kind == RW_PM_GROUP && !groups)) continue;
        uint32_t m0 = st->units[m->unit].tok;
        uint32_t m1 = st->units[m->unit_end - 1].tok + st->units[m->unit_end - 1].ntok;
        if (t0 < m1 && t1 > m0) return 1;
    }
    return 0;
}

/* Whether date expression d is a word of a person's name ("بعد ماي" after Theresa May was
 * named: May the person, not the month). */
static int date_in_name(const rw_xstate *st, const rw_date_expr *d)
{
    return named_in_tokens(st, (uint32_t)d->tok_start, (uint32_t)d->tok_end, 0);
}

/* Whether date d, after the trigger's token tok, dates another noun: "بعد قطع العلاقات
 * الدبلوماسية سنة 2012"، "قبل انطلاق الامتحانات يوم الإربعاء" - a when word (words.tsv
 * `when_of`: بعد، قبل) and a word not of the date between them - not a person: whom one meets
 * after someone else is met on the date. */
static int date_of_other_noun(const rw_xstate *st, uint32_t tok, const rw_date_expr *d)
{
    if (d->tok_start <= tok + 2) return 0;
    for (uint32_t k = tok + 1; k + 1 < (uint32_t)d->tok_start; k++)
        if (st->tk->v[k].kind == RW_TOK_WORD &&
            (rw_lexicon_word_class(st->lx, rw_token_fold(st->tk, k), st->tk->v[k].fold_len) & RW_W_WHEN_OF))
            return !named_in_tokens(st, k + 1, k + 2, 1); /* "سيلتقي بعد ماي X في الـ31 من جانفي" */
    return 0;
}

/* Whether date d, after the trigger's token tok and out of its clause, follows another event
 * told past a comma or a clause word: "عقد جلسة مباحثات مع Y، استعرضا خلالها نتائج زيارة X
 * إلى P في السابع عشر من فبراير" - the day is the visit's. An event the first happens during
 * is none ("خلال زيارته"، "على هامش"). */
static int date_of_later_event(const rw_xstate *st, uint32_t tok, const rw_date_expr *d)
{
    int apart = 0; /* (past a comma or a clause word: "لقاء جمعهما أمس" is one event) */
    for (uint32_t u = 1; u < st->n_units && st->units[u].tok < (uint32_t)d->tok_start; u++) {
        if (st->units[u].tok <= tok) continue;
        if (st->units[u].kind == RW_U_PUNCT || rw_is_clause(st, u)) apart = 1;
        if (apart && rw_is_event_trigger(st, u) &&
            !rw_has_word(st, u - 1, u, RW_W_DURING | RW_W_OCCASION))
            return 1;
    }
    return 0;
}

/* Whether date d, before the trigger's token tok, is the day something was said: a
 * complementizer (words.tsv `that`, `he_that`) stands between them ("أفادت الوزارة في بلاغ
 * أصدرته اليوم الجمعة، بأن X سيعقد ... جلسة عمل مع Y"، "قال ... اليوم ... إن لقاءه الشهير بـ Y
 * بباريس كان ..."): what is reported happened when the report says, if it says. */
static int date_of_saying(const rw_xstate *st, uint32_t tok, const rw_date_expr *d)
{
    /* Units, not tokens: "قبل أن" is one, no complementizer. */
    for (uint32_t u = 0; u < st->n_units && st->units[u].tok < tok; u++)
        if (st->units[u].tok >= (uint32_t)d->tok_end && st->units[u].kind == RW_U_WORD &&
            (st->units[u].cls & (RW_W_THAT | RW_W_HE_THAT)))
            return 1;
    return 0;
}

/* The token of منذ (words.tsv `since`) among the `reach` tokens right before date d, words
 * alone between; UINT32_MAX when there is none. */
static uint32_t since_before(const rw_xstate *st, const rw_date_expr *d, uint32_t reach)
{
    uint32_t k = (uint32_t)d->tok_start;
    for (uint32_t j = k; j-- > 0 && j + reach >= k;) {
        if (st->tk->v[j].kind != RW_TOK_WORD) return UINT32_MAX;
        if (rw_lexicon_word_class(st->lx, rw_token_fold(st->tk, j), st->tk->v[j].fold_len) &
            RW_W_SINCE)
            return j;
    }
    return UINT32_MAX;
}

/* Whether date d follows منذ (words.tsv `since`): it starts a period - the day a visit began
 * ("يؤدي ... منذ أمس الخميس زيارة"), no day of an event to come ("أول لقاء بينهما منذ 2019").
 * With words between (gap), منذ governs another event the date is of ("في أول زيارة له إلى
 * إيران منذ تسلمه منصبه أواخر أكتوبر": the day he took office), at most two - four with gap
 * 2. */
static int date_since(const rw_xstate *st, const rw_date_expr *d, int gap)
{
    uint32_t j = since_before(st, d, gap ? (gap > 1 ? 5 : 3) : 1);
    return j != UINT32_MAX && (!gap || j + 1 < (uint32_t)d->tok_start);
}

/* Whether date d starts the period of another event than the trigger at token tok: it follows
 * منذ, right after it or up to six words on with no event named between ("منذ بدء التدخل
 * العسكري الروسي في أيلول 2015"; "منذ زيارة X في أفريل 2014، والتي استقبله خلالها Y" dates that
 * visit), and the event trigger nearest before it is another ("حيث عقدت الحكومة أول اجتماع لها
 * منذ 2014، والتقى خلال الزيارة Y"; "الذي يزور واشنطن- منذ يوم أمس" is the visit's own day). */
static int period_of_other_event(const rw_xstate *st, uint32_t tok, const rw_date_expr *d)
{
    uint32_t k = (uint32_t)d->tok_start, since = since_before(st, d, 7);
    if (since == UINT32_MAX) return 0;
    for (uint32_t u = 0; u < st->n_units; u++)
        if (st->units[u].tok > since && st->units[u].tok < k && rw_is_event_trigger(st, u))
            return 0;
    for (uint32_t u = st->n_units; u-- > 0;)
        if (st->units[u].tok < k && rw_is_event_trigger(st, u)) return st->units[u].tok != tok;
    return 0;
}

/* The date expression for a trigger at token `tok` in the clause [tl, tr): the nearest one in
 * the clause, else in the sentence from token `floor` up to token `stop`, but not the day of a
 * saying that reports the event (date_of_saying), nor `skip`. */
static const rw_date_expr *pick_date(const rw_xstate *st, const rw_date_expr *dx, size_t ndx,
                                     uint32_t tok, uint32_t tl, uint32_t tr, uint32_t floor,
                                     uint32_t stop, const rw_date_expr *skip)
{
    const rw_date_expr *best = NULL;
    long bestd = 0;
    for (int pass = 0; pass < 2 && !best; pass++)
        for (size_t i = 0; i < ndx; i++) {
            if (!pass && (dx[i].tok_start < tl || dx[i].tok_end > tr)) continue;
            if (pass && (dx[i].tok_start >= stop || dx[i].tok_start < floor)) continue;
            if (pass && (uint32_t)dx[i].tok_end <= tok && date_of_saying(st, tok, &dx[i])) continue;
            if (pass && (uint32_t)dx[i].tok_start > tok && date_of_later_event(st, tok, &dx[i]))
                continue;
            if (&dx[i] == skip || date_in_name(st, &dx[i]) || date_of_other_noun(st, tok, &dx[i]) ||
                date_since(st, &dx[i], 1) || (pass && period_of_other_event(st, tok, &dx[i])))
                continue;
            long d = (long)dx[i].tok_start - (long)tok;
            if (d < 0) d = -d;
            if (!best || d < bestd) {
                best = &dx[i];
                bestd = d;
            }
        }
    /* "الزيارة ... يومي 8 و9 مارس، بلقاء مع X"، "من 15 إلى 17 أكتوبر": the second day of a
     * range is no more the meeting's than the first; the range's start is, as for the visit
     * itself, so that its other reports (dated by the start, or undated) are one event. */
    if (best && best > dx && best[-1].range_start) best--;
    return best;
}

/* Whether the meeting noun at unit p follows "، في أول" in a sentence that told a meeting before
 * ("سيعقد بايدن لقاءات ثنائية مع X و Y، في أول لقاء يجمعه بالرئيس الإماراتي منذ ..."): it
 * describes that meeting, and is no other one with parties and a date of its own - nor is the
 * verb right after it (يجمعه). */
static int first_of_told_meeting(const rw_xstate *st, uint32_t p)
{
    const rw_lexicon *lx = st->lx;
    const rw_lex_trigger *tr = &lx->triggers[st->units[p].ref];
    if (tr->rel != RW_REL_MET || tr->tense != RW_VT_NOUN || p < 3 ||
        !rw_has_word(st, p - 1, p, RW_W_FIRST) || !rw_has_word(st, p - 2, p - 1, RW_W_PREP) ||
        !rw_mentions_is_comma(st, p - 3))
        return 0;
    for (uint32_t k = 0; k + 3 < p; k++)
        if (rw_is_event_trigger(st, k) && lx->triggers[st->units[k].ref].rel == RW_REL_MET)
            return 1;
    return 0;
}

/* Whether the trigger at unit p is no event of its own: a meeting noun that is the occasion of
 * another event ("على هامش القمة"), one that refers back to an event reported already ("هذا
 * اللقاء"), or what people attended ("حضر اللقاء A و B"، "شارك في
 * الاجتماع A و B"، "سيشارك 85 وفدا بهذه القمة"). */
static int not_an_event(const rw_xstate *st, uint32_t p)
{
    const rw_lexicon *lx = st->lx;
    const rw_lex_trigger *tr = &lx->triggers[st->units[p].ref];
    /* "يلتقي منتخب مصر لكرة اليد نظيره التونسي"، "ويلتقي جمهور المعرض بالكتاب": a team or the
     * public for the subject of a meeting verb (words.tsv `collective`) is no person meeting
     * anyone; nor is the verb right after a noun that only describes a meeting told before
     * ("، في أول لقاء يجمعه بـ X"). */
    if (tr->tense != RW_VT_NOUN)
        return tr->rel == RW_REL_MET &&
               ((p + 1 < st->n_units && st->units[p + 1].kind == RW_U_WORD &&
                 (st->units[p + 1].cls & RW_W_COLLECTIVE)) ||
                (p > 0 && rw_is_event_trigger(st, p - 1) && first_of_told_meeting(st, p - 1)));
    /* "على هامش الاجتماع"، "على هامش أعمال القمة": the occasion of what is said, told before or
     * no meeting of the speaker's - but "على هامش زيارته إلى P"، "على هامش زيارة أداها إلى P"
     * is a visit, whose traveller speaks (sides.c). */
    /* (Not "على هامش حضوره لقاء مع X": the occasion is his attending, whose object is the
     * meeting - his own.) */
    int attending = p > 0 && st->units[p - 1].kind == RW_U_OTHER &&
                    st->units[p - 1].suffix == RW_SUF_PRONOUN;
    if (rw_has_word(st, p > 2 ? p - 2 : 0, p, RW_W_OCCASION) && !attending &&
        !(tr->rel == RW_REL_VISITED && rw_visit_of_pronoun(st, p)))
        return 1;
    if (first_of_told_meeting(st, p)) return 1;
    /* "وتأتي الزيارة تتويجا لمسار ...": the event told, framed (words.tsv `comes`) - not one
     * that names its own party ("وتأتي الزيارة المرتقبة للرئيس الفرنسي إلى بيروت") */
    if (p > 0 && rw_has_word(st, p - 1, p, RW_W_COMES) && st->units[p].definite &&
        !rw_possessive(st, p) && !rw_relative_verb(st, p)) {
        int named = 0;
        for (uint32_t k = p + 1; k < st->n_units && k <= p + 3 && !named; k++)
            named = rw_in_mention(st, k) && st->units[k].kind != RW_U_PLACE;
        if (!named) return 1;
    }
    /* "الأطراف المشاركة في الحوار"، "الدول المشاركة": a definite word of taking part right after
     * a definite common noun agrees with it - the participle, those taking part, no event. */
    if (tr->rel == RW_REL_ATTENDED && p > 0 && st->units[p].definite &&
        st->units[p - 1].kind == RW_U_OTHER && st->units[p - 1].definite)
        return 1;
    /* "المقابلة انتهت بالتعادل"، "لقاء الترجي والنجم في البطولة": a match - but a club
     * named in a title is an affiliation ("بين الوزيرة X ورئيس النادي الصفاقسي Y"). A call is
     * never a match ("اتصالا هاتفيا بالمدرب X عقب الفوز"). */
    for (uint32_t k = 0; k < st->n_units && tr->rel != RW_REL_PHONED; k++) {
        /* "اللقاء الدوري": a definite word agreeing with the definite noun right before it is
         * its adjective (periodic), not the league. */
        if (k == p + 1 && st->units[p].definite && st->units[k].definite) continue;
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_SPORT) &&
            !rw_title_before(st, k, 2))
            return 1;
    }
    /* "خلال هذا اللقاء"، "بهذه القمة"، "نفس اللقاء": an event reported already. */
    if (p > 0 && rw_has_word(st, p - 1, p, RW_W_DEMONSTRATIVE)) return 1;
    /* The nearest trigger before it in its clause, up to fourteen units back, is one of taking
     * part ("سيشارك 85 وفدا دوليا بهذه القمة"، "يشارك الوزير، يومي 5 و6 جوان بالجزائر، في
     * الاجتماع"). */
    for (uint32_t k = p, steps = 0; k-- > 0 && steps < 14; steps++) {
        if (rw_is_clause(st, k)) return 0;
        if (rw_is_event_trigger(st, k)) return lx->triggers[st->units[k].ref].rel == RW_REL_ATTENDED;
    }
    return 0;
}

/* Whether a word of words.tsv `one_of` stands right before unit p, or one word before it - a
 * plain word or a trigger too (يتقدمها also tells who leads a delegation). */
static int after_one_of(const rw_xstate *st, uint32_t p)
{
    for (uint32_t k = p > 2 ? p - 2 : 0; k < p; k++)
        if ((st->units[k].kind == RW_U_WORD || st->units[k].kind == RW_U_TRIGGER) &&
            (st->units[k].cls & RW_W_ONE_OF))
            return 1;
    return 0;
}

/* Whether the meeting noun at unit p has an adjective of a public event right after it, before
 * unit R ("لقاء مفتوح"، "لقاءات مفتوحة"). */
static int public_event_noun(const rw_xstate *st, uint32_t p, uint32_t R)
{
    return rw_is_event_trigger(st, p) && st->lx->triggers[st->units[p].ref].tense == RW_VT_NOUN &&
           p + 1 < R && st->units[p + 1].kind == RW_U_WORD &&
           (st->units[p + 1].cls & RW_W_PUBLIC_EVENT);
}

/* Whether the meeting noun of clause c is a public event: one with its adjective, or one picked
 * out of public events named before it ("تحتضن القاعات لقاءات مفتوحة مع كتاب، من بينها لقاء مع
 * الروائي X"). */
static int public_event(const rw_xstate *st, const rw_clause *c)
{
    if (c->tr->tense != RW_VT_NOUN) return 0;
    if (public_event_noun(st, c->p, c->R)) return 1;
    if (!after_one_of(st, c->p)) return 0;
    for (uint32_t k = 0; k + 1 < c->p; k++)
        if (public_event_noun(st, k, c->p)) return 1;
    return 0;
}

/* "سيعقد سمو الأمير سلسلة لقاءات ثنائية مع القادة، يتقدمها لقاء مع X": a meeting noun right
 * after a word of words.tsv `one_of` is one of the meetings its sentence told before it - as much
 * to come as they are, and held by whoever holds them when its own holder was only inferred. */
static void one_of_meetings(const rw_xstate *st, const rw_clause *c, rw_event *e)
{
    if (e->rel != RW_REL_MET || c->tr->tense != RW_VT_NOUN || !after_one_of(st, c->p)) return;
    /* (those meetings may name no one, "مع عدد من القادة", and be no event: their trigger's
     * modality is theirs) */
    for (uint32_t k = c->p; k-- > 0;) {
        if (!rw_is_event_trigger(st, k) || st->lx->triggers[st->units[k].ref].rel != RW_REL_MET)
            continue;
        rw_clause ck;
        rw_clause_of(st, k, &ck);
        e->modality = rw_modality_of(st, &ck);
        break;
    }
    for (size_t i = st->n_ev; i-- > 0;) {
        const rw_event *pv = &st->ev[i];
        if (pv->sentence != st->sentence) return;
        if (pv->rel != RW_REL_MET) continue;
        e->modality = pv->modality;
        if (e->implicit && pv->na) {
            e->na = 0;
            for (int k = 0; k < pv->na; k++) rw_add_side(e->side_a, &e->na, pv->side_a[k]);
        }
        return;
    }
}

/* "وأعرب سموه، خلال اتصاله مع X، عن ...، فيما تناول سموه مع Y سبل ..." after calls told with X
 * and Y: talks told with a verb of discussing in a sentence whose words before it speak of a
 * call, between two whom the article told a call of already, are that call. */
static int talks_during_calls(const rw_xstate *st, const rw_clause *c, const rw_event *e)
{
    if (e->rel != RW_REL_MET || c->tr->frame != RW_FRAME_DISCUSS || e->na != 1 || e->nb != 1)
        return 0;
    int call_noun = 0;
    for (uint32_t k = 0; k < c->p && !call_noun; k++)
        call_noun = rw_is_event_trigger(st, k) &&
                    st->lx->triggers[st->units[k].ref].rel == RW_REL_PHONED &&
                    st->lx->triggers[st->units[k].ref].tense == RW_VT_NOUN;
    if (!call_noun) return 0;
    for (size_t i = 0; i < st->n_ev; i++) {
        const rw_event *g = &st->ev[i];
        if (g != e && g->rel == RW_REL_PHONED && g->sentence != st->sentence &&
            rw_takes_part(g, e->side_a[0]) && rw_takes_part(g, e->side_b[0]))
            return 1;
    }
    return 0;
}

/* Whether a call noun ends the clause of meeting verb c, two units after it at most past its
 * arguments ("بحث الرئيس ونظيره خلال اتصال هاتفي"): what they discussed, they discussed by phone. */
static int call_follows(const rw_xstate *st, const rw_clause *c)
{
    if (c->tr->tense == RW_VT_NOUN || c->R >= st->n_units || !rw_is_event_trigger(st, c->R))
        return 0;
    const rw_lex_trigger *t = &st->lx->triggers[st->units[c->R].ref];
    if (t->rel != RW_REL_PHONED || t->tense != RW_VT_NOUN) return 0;
    uint32_t last = c->p; /* the last unit of a mention in the clause */
    for (size_t i = 0; i < st->n_pms; i++)
        if (st->pms[i].unit > c->p && st->pms[i].unit < c->R && st->pms[i].unit_end > last)
            last = st->pms[i].unit_end - 1;
    /* ("يستقبل X Y في مكة ويتلقى اتصالا من Z": a word with و between opens another event) */
    for (uint32_t k = last + 1; k < c->R; k++)
        if (st->units[k].pflags & RW_P_CONJ) return 0;
    return c->R <= last + 3;
}

/* Whether the verb of clause c follows a call noun set off before it, after في or خلال ("وفي
 * اتصال هاتفي آخر أجراه اليوم، بحث X مع Y"): what they discussed, they discussed by phone. */
static int call_before(const rw_xstate *st, const rw_clause *c)
{
    uint32_t k = c->L;
    if (c->tr->tense == RW_VT_NOUN || k < 2 || !rw_is_event_trigger(st, k - 1)) return 0;
    const rw_lex_trigger *t = &st->lx->triggers[st->units[k - 1].ref];
    return t->rel == RW_REL_PHONED && t->tense == RW_VT_NOUN &&
           rw_has_word(st, k - 2, k - 1, RW_W_PREP | RW_W_DURING) &&
           rw_comma_between(st, k - 1, c->p);
}

/* Whether the call of clause c is an interview: a media word (words.tsv) shortly after the
 * trigger, where the other side would be ("في اتصال هاتفي مع الجوهرة أف أم"); a meeting noun
 * with a media word right before it is one too ("بث مقدم البرنامج لقاء مع الوزيرة"), and so is
 * an interview noun after a preposition. */
static int interview(const rw_xstate *st, const rw_clause *c, rw_rel rel)
{
    uint32_t end = c->p + 6 < c->R ? c->p + 6 : c->R;
    if (rel == RW_REL_PHONED && rw_has_word(st, c->p + 1, end, RW_W_MEDIA)) return 1;
    /* "في اتصال هاتفي بوكالة تونس إفريقيا للأنباء": a known outlet named with a media word. */
    for (uint32_t k = c->p + 1; rel == RW_REL_PHONED && k < end; k++) {
        const rw_unit *u = &st->units[k];
        if (u->kind != RW_U_ACTOR) continue;
        for (uint32_t t = u->tok; t < u->tok + u->ntok; t++)
            if (rw_lexicon_word_class(st->lx, rw_token_fold(st->tk, t), st->tk->v[t].fold_len) &
                RW_W_MEDIA)
                return 1;
        break;
    }
    /* "مراسلنا وليد الجزيري كان في المتابعة و التقى أحد المشرفين": a reporter meeting a source is
     * the report's own work, no meeting between actors. */
    /* (not past a comma: "ووفق البرنامج، يلتقي X Y" - the visit's programme, no radio's) */
    uint32_t from = c->L;
    for (uint32_t k = c->L; k < c->p; k++)
        if (rw_mentions_is_comma(st, k)) from = k + 1;
    if (rel == RW_REL_MET && c->tr->tense != RW_VT_NOUN && rw_has_word(st, from, c->p, RW_W_MEDIA))
        return 1;
    if (c->tr->tense != RW_VT_NOUN) return 0;
    /* "وقالت الزريبي في مقابلة مع رويترز": an interview noun (words.tsv) after a preposition is
     * a talk with the press, whoever is named after it. */
    const rw_unit *t = &st->units[c->p];
    if (rel == RW_REL_MET && c->p > 0 && st->units[c->p - 1].kind == RW_U_WORD &&
        (st->units[c->p - 1].cls & RW_W_PREP) &&
        (rw_lexicon_word_class(st->lx, rw_token_fold(st->tk, t->tok), st->tk->v[t->tok].fold_len) &
         RW_W_INTERVIEW))
        return 1;
    /* "وأوضح X في مؤتمر صحفي عقب مباحثات مع Y": a meeting after or during which the press
     * was told is no interview. */
    if (c->p > 0 && rw_has_word(st, c->p - 1, c->p, RW_W_FOLLOWING | RW_W_DURING)) return 0;
    return rw_has_word(st, c->p > 2 ? c->p - 2 : 0, c->p, RW_W_MEDIA);
}

/* The place of an event that found none of its own: the place of its clause (after the
 * trigger, else before it), else of its sentence. A call has no place of its own; a visit's
 * places are its destinations; an attendance's is the meeting's (sides.c). */
static void event_place(const rw_xstate *st, const rw_args *a, rw_event *e)
{
    (void)st;
    if (e->nplaces || e->rel == RW_REL_PHONED || e->rel == RW_REL_VISITED ||
        e->rel == RW_REL_ATTENDED)
        return;
    int pl = a->hosted_at >= 0     ? a->hosted_at
             : a->place_after >= 0 ? a->place_after
                                   : a->place_before;
    if (pl < 0 && !e->own_trip)
        pl = a->sent_place_before >= 0 ? a->sent_place_before : a->sent_place_after;
    if (pl >= 0) e->places[e->nplaces++] = pl;
}

/* Whether the last visit or motion trigger before unit p in the sentence goes to no place the
 * engine knows ("وزار X معراب حيث التقى Y"، "ثم توجه إلى بكركي حيث التقى Z"): the meeting was
 * there, at no other visit's place. */
static int trip_to_unknown_place(const rw_xstate *st, uint32_t p)
{
    /* (the visit's verb: a visit noun after it, "في زيارة تستغرق يومين"، is the same trip) */
    uint32_t k = p;
    while (k-- > 0)
        if (rw_is_event_trigger(st, k)) {
            const rw_lex_trigger *t = &st->lx->triggers[st->units[k].ref];
            if (t->rel != RW_REL_VISITED) return 0;
            if (t->tense != RW_VT_NOUN) break;
        }
    if (k >= p) return 0;
    for (uint32_t j = k + 1; j < p; j++)
        if (st->units[j].kind == RW_U_PLACE) return 0;
    return 1;
}

/* "حيث التقى الرئيس التركي A في إسطنبول ورئيس الوزراء اليوناني B في أثينا": when two or more
 * of a meeting's side B are each followed by a place of their own, each was met there, one by
 * one - none met another, and none where another was. Sets e->own_places (and separate). */
static void guests_own_places(const rw_xstate *st, uint32_t p, rw_event *e)
{
    int found = 0;
    for (int j = 0; j < e->nb; j++) {
        e->guest_place[j] = -1;
        for (size_t i = rw_first_pm(st, p + 1); i + 1 < st->n_pms; i++) {
            const rw_pm *m = &st->pms[i], *next = &st->pms[i + 1];
            if (m->ref != e->side_b[j] || m->kind == RW_PM_PLACE) continue;
            /* the place right after him, introduced by a preposition (its own word or glued,
             * not و: "وزراء خارجية مصر X والسعودية Y والأردن Z" names the next one's country) */
            const rw_unit *pu = &st->units[next->unit];
            int introduced = (next->unit == m->unit_end + 1 &&
                              st->units[m->unit_end].kind == RW_U_WORD &&
                              (st->units[m->unit_end].cls & RW_W_PREP)) ||
                             (next->unit == m->unit_end && pu->prefix_len && !(pu->pflags & RW_P_CONJ));
            if (next->kind == RW_PM_PLACE && introduced) e->guest_place[j] = next->ref, found++;
            break;
        }
    }
    if (found >= 2) e->own_places = e->separate = 1;
}

/* The tokens [*tl, *tr) of clause c. */
static void clause_tokens(const rw_xstate *st, const rw_clause *c, uint32_t *tl, uint32_t *tr)
{
    *tl = st->units[c->L < st->n_units ? c->L : c->p].tok;
    *tr = c->R < st->n_units ? st->units[c->R].tok : (uint32_t)st->tk->n;
}

/* Whether a verb written in the imperfect that no lexicon knows stands in units [L, p). */
static int imperfect_before(const rw_xstate *st, uint32_t L, uint32_t p)
{
    for (uint32_t k = L; k < p; k++)
        if (st->units[k].kind == RW_U_OTHER && rw_imperfect_written(st, k)) return 1;
    return 0;
}

/* The date of an event: the nearest date expression of its clause, else of its sentence; an
 * undated meeting right after one of the same subject dated to the day is of that day. Returns
 * -1 when memory runs out. */
static int event_date(rw_xstate *st, const rw_clause *c, const rw_date_expr *dx, size_t ndx,
                      rw_event *e)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    uint32_t tok = st->units[p].tok, tl, trr;
    clause_tokens(st, c, &tl, &trr);
    /* "عقدت أمس الاثنين، الوزيرة X جلسة عمل جمعتها بـ Y": the gather verb's meeting is the noun
     * right before it, and that noun's clause holds its time. */
    if (tr->frame == RW_FRAME_GATHER && p > 0 && rw_meeting_noun(st, p - 1)) {
        rw_clause nc;
        rw_clause_of(st, p - 1, &nc);
        if (nc.L < L) tl = st->units[nc.L].tok;
    }
    /* "وأكد النائبان يوم الثلاثاء الفارط اثر زيارة قاما بها إلى ليبيا من 7 إلى 13 أفريل": a
     * day before the word that puts the noun's event before what is said (words.tsv
     * `following`) is the day it was said; the noun's own day, if any, follows it, and no day
     * before it is the noun's ("أسقط عضوية النائب في مارس 2016 ... عقب مقابلته للسفير"). */
    uint32_t floor = 0;
    if (tr->tense == RW_VT_NOUN && p > 0 && rw_has_word(st, p - 1, p, RW_W_FOLLOWING) &&
        st->units[p - 1].tok > tl)
        tl = floor = st->units[p - 1].tok;
    /* "استقبل X Y، بعد أن التقى الأسبوع الماضي Z": past the clause, a clause word opening
     * another event's clause keeps that event's date to it. */
    uint32_t stop = UINT32_MAX, R = c->R;
    if (R + 1 < st->n_units && rw_is_clause(st, R) &&
        (rw_is_event_trigger(st, R + 1) || (R + 2 < st->n_units && rw_is_event_trigger(st, R + 2))))
        stop = st->units[R].tok;
    const rw_date_expr *d = pick_date(st, dx, ndx, tok, tl, trr, floor, stop, NULL);
    /* The sentence's dates were read with its first verb's tense ("وصل الأحد ... على أن
     * يلتقي ... الاثنين"): a planned event reads its own relative date forward. */
    rw_date_expr fut[16];
    if (d && d->relative && e->modality == RW_MOD_PLANNED && rw_date_is_set(st->doc_date) &&
        rw_date_compare(d->date, st->doc_date) < 0) {
        size_t nf = rw_dates_find_with(st->dates, st->tk, rw_mentions_date_heads(st, st->tk),
                                       st->doc_date, RW_TENSE_FUTURE, fut, 16);
        for (size_t i = 0; i < nf; i++)
            if (fut[i].tok_start == d->tok_start && fut[i].tok_end == d->tok_end) d = &fut[i];
    }
    /* ... and the start of a period is no day of an event to come ("سيكون أول لقاء بينهما منذ
     * 2019"), ... */
    if (d && e->modality == RW_MOD_PLANNED && date_since(st, d, 0)) d = NULL;
    /* ... nor, whatever the modality, of a first one since ("في أول زيارة يقوم بها لمصر منذ عام
     * 2012"، "لأول مرة منذ 2015"): the last time, before this one. */
    if (d && date_since(st, d, 0) &&
        rw_has_word(st, L, c->R < st->n_units ? c->R : st->n_units, RW_W_FIRST))
        d = NULL;
    /* ... nor one a few words after that منذ, after the noun: "في أول زيارة يجريها إلى روسيا منذ
     * توليه حقيبة الخارجية في يونيو/حزيران" is the day he took office - the visit's may be
     * another in the sentence ("التقى X، الخميس، نظيره Y ..."). */
    if (d && d->tok_start > st->units[p].tok && date_since(st, d, 2) &&
        rw_has_word(st, L, c->R < st->n_units ? c->R : st->n_units, RW_W_FIRST))
        d = pick_date(st, dx, ndx, tok, tl, trr, floor, stop, d);
    /* ... and a day before the report's, from another clause, is no day of a meeting to come
     * ("كما سيلتقي رئيس الحكومة ...، مشيرا إلى أنه استقبل أمس الجمعة الوفد"). */
    if (d && e->modality == RW_MOD_PLANNED && !(d->tok_start >= tl && d->tok_end <= trr) &&
        rw_date_is_set(st->doc_date) && rw_date_compare(d->date, st->doc_date) < 0)
        d = NULL;
    /* A date after the report's day from another clause is no day of a meeting reported as
     * held ("على اثر لقاء جمعه ... إنه يتمنى أن تكون زيارة رئيس الجمهورية ... شهر ماي المقبل");
     * the present is read below. */
    if (d && e->modality == RW_MOD_ASSERTED && tr->tense != RW_VT_PRESENT &&
        !(d->tok_start >= tl && d->tok_end <= trr) && rw_date_is_set(st->doc_date) &&
        rw_date_compare(d->date, st->doc_date) > 0)
        d = NULL;
    /* A meeting or call noun reported as held took place by the report's day: a later date in
     * its clause is another event's ("خلال لقائه بوزير التربية ... قبيل انطلاق امتحانات
     * الباكالوريا يوم الإربعاء المقبل"). So is a later month or year in a held visit noun's
     * clause ("غادر ... بعد زيارة سريعة اتفق فيها ... على تكريمه مطلع عام 2017"); a later day
     * there makes the visit announced (below). */
    /* ... unless the day comes before the noun, after a verb in the imperfect that governs it
     * ("يبدأ خلالها لقاءاته الرسمية صباح الثلاثاء بلقاء Y"): then the meeting is to come. */
    if (d && e->modality == RW_MOD_ASSERTED && tr->tense == RW_VT_NOUN && d->date.day &&
        rw_date_is_set(st->doc_date) && rw_date_compare(d->date, st->doc_date) > 0 &&
        d->tok_start >= tl && d->tok_end <= st->units[p].tok && imperfect_before(st, c->L, p))
        e->modality = RW_MOD_PLANNED;
    if (d && e->modality == RW_MOD_ASSERTED && tr->tense == RW_VT_NOUN &&
        (e->rel != RW_REL_VISITED || !d->date.day) && rw_date_is_set(st->doc_date) &&
        rw_date_compare(d->date, st->doc_date) > 0)
        d = NULL;
    if (d) {
        e->date = d->date;
        e->date_text = tok_text(st, (uint32_t)d->tok_start, (uint32_t)d->tok_end);
        if (!e->date_text) return -1;
        /* "يزور X القاهرة غدا": a present-tense report with a date to come is announced; so is
         * a visit noun dated to the day in its own clause after the report's day ("يؤدي X زيارة
         * إلى تونس يومي 4 و5 جوان"; "مطلع عام 2017" may date what followed it). A meeting noun's
         * date there is more often another event's
         * ("خلال لقائه ... قبيل الامتحانات يوم الإربعاء المقبل"). */
        int own_visit_day = tr->tense == RW_VT_NOUN && e->rel == RW_REL_VISITED &&
                            d->date.day && d->tok_start >= tl && d->tok_end <= trr;
        if (e->modality == RW_MOD_ASSERTED && (tr->tense == RW_VT_PRESENT || own_visit_day) &&
            rw_date_is_set(st->doc_date) && rw_date_compare(d->date, st->doc_date) > 0)
            e->modality = RW_MOD_PLANNED;
        return 0;
    }
    if (e->modality != RW_MOD_ASSERTED || e->background || !e->na || e->rel != RW_REL_MET)
        return 0;
    /* "عقد، اليوم الخميس، X اجتماعا مع الأطراف الموقعة ... . وضم الاجتماع كلا من ...": the
     * meeting with the article refers back to the one just told, and has its day. */
    if (tr->tense == RW_VT_NOUN && st->units[p].definite && !rw_possessive(st, p) &&
        rw_date_is_set(st->told_date) && st->told_sentence + 2 >= st->sentence &&
        st->told_sentence < st->sentence) {
        e->date = st->told_date;
        return 0;
    }
    /* "وكان X قد اجتمع أمس مع Y ... كما التقى X Z": an undated meeting of the same subject
     * right after one dated to the day is of the same day (a visit's date is not inherited:
     * "زيارة" is often the whole trip or another). "وفي وقت لاحق" says so of any meeting sharing
     * a participant with the one before. */
    int later = rw_has_word(st, 0, p, RW_W_LATER);
    for (size_t i = st->n_ev; i-- > 0;) {
        const rw_event *pv = &st->ev[i];
        if (pv->sentence + 2 < st->sentence) break;
        /* (an earlier event told as background stands between: "وكان X قد زار P في وقت سابق من
         * العام، والتقى خلالها Y" is not of the day of the meeting before) */
        if (pv->background) break;
        if (pv->modality != RW_MOD_ASSERTED || !pv->na ||
            (pv->rel != RW_REL_MET && pv->rel != RW_REL_VISITED && pv->rel != RW_REL_PHONED))
            continue;
        int shared = pv->side_a[0] == e->side_a[0];
        for (int a = 0; later && a < e->na + e->nb; a++)
            if (rw_takes_part(pv, a < e->na ? e->side_a[a] : e->side_b[a - e->na])) shared = 1;
        if (!shared || pv->rel != RW_REL_MET) break;
        if (rw_date_is_set(pv->date) && pv->date.day) {
            e->date = pv->date;
            e->date_text = pv->date_text ? strdup(pv->date_text) : NULL;
        }
        /* The city carries over, not the venue of the other meeting. */
        if (!e->nplaces && pv->nplaces && pv->places[0] >= 0 &&
            st->x->entities[pv->places[0]].key && !rw_place_is_venue(st, pv->places[0]))
            e->places[e->nplaces++] = pv->places[0];
        break;
    }
    return 0;
}

/* Remembers the day a held meeting's own clause gives, for a later "الاجتماع" that refers back
 * to it (event_date), even when the meeting names no side the engine can pair. */
static int note_told_date(rw_xstate *st, const rw_clause *c, const rw_date_expr *dx, size_t ndx)
{
    uint32_t tl, trr;
    clause_tokens(st, c, &tl, &trr);
    for (size_t i = 0; i < ndx; i++)
        if (dx[i].tok_start >= tl && dx[i].tok_end <= trr && dx[i].date.day) {
            st->told_date = dx[i].date;
            st->told_sentence = st->sentence;
            st->told_host = -1;
            return 1;
        }
    return 0;
}

/* Keeps the event at st->ev[st->n_ev] and, for an invitation, the host's planned meeting with
 * each guest. */
static int keep_event(rw_xstate *st, int host)
{
    rw_event *e = &st->ev[st->n_ev];
    /* "استقبل X ... Y ... بمناسبة زيارته الرسمية للبلاد": a verbal noun after a verb whose
     * subject this sentence gave tells of that clause's guest; it makes no new subject. */
    int noun_after_verb = e->tense == RW_VT_NOUN && st->subject_sentence == st->sentence &&
                          st->last_subject >= 0 && st->n_ev > 0 &&
                          st->ev[st->n_ev - 1].sentence == st->sentence &&
                          st->ev[st->n_ev - 1].tense != RW_VT_NOUN;
    if (e->na && !e->implicit && e->side_a[0] >= 0 && !noun_after_verb &&
        (e->rel == RW_REL_MET || e->rel == RW_REL_PHONED || e->rel == RW_REL_VISITED) &&
        st->x->entities[e->side_a[0]].kind == RW_KIND_PERSON)
        st->last_subject = e->side_a[0], st->subject_sentence = st->sentence,
        st->subject_office = RW_NO_SPEAKER, rw_mentions_note_subject(st, e->side_a[0]),
        st->lead_subject = st->lead_subject < 0 ? e->side_a[0] : st->lead_subject;
    /* "التقى سمو ولي العهد الرئيس السوري. كما التقى سموه ...": an office not named yet is the
     * subject too, whom an honorific with a pronoun names next (resolved with the article). */
    else if (e->na && !e->implicit && e->side_a[0] < 0 &&
             (e->rel == RW_REL_MET || e->rel == RW_REL_PHONED || e->rel == RW_REL_VISITED))
        st->subject_office = e->side_a[0], st->office_sentence = st->sentence;
    /* "وكان في استقبال سموه ... . ويلتقي سموه خلال الزيارة Y": a pronoun that names the last
     * subject again keeps him the subject of the sentences that follow. */
    else if (e->na && e->implicit && e->side_a[0] >= 0 && e->side_a[0] == st->last_subject &&
             (e->rel == RW_REL_MET || e->rel == RW_REL_PHONED || e->rel == RW_REL_VISITED))
        st->subject_sentence = st->sentence;
    st->n_ev++;
    if (host == INT_MIN) return 0;
    if (rw_array_reserve((void **)&st->ev, &st->cap_ev, st->n_ev + 1, sizeof *st->ev)) return -1;
    rw_event *g = &st->ev[st->n_ev - 1], *h = &st->ev[st->n_ev];
    *h = *g;
    h->rel = RW_REL_MET;
    h->modality = g->guest ? g->modality : RW_MOD_PLANNED;
    h->nplaces = 0;
    h->nb = 0;
    for (int i = 0; i < g->na; i++) rw_add_side(h->side_b, &h->nb, g->side_a[i]);
    h->na = 1;
    h->side_a[0] = host;
    h->trigger = strdup(g->trigger);
    h->date_text = g->date_text ? strdup(g->date_text) : NULL;
    h->alias = NULL;
    if (!h->trigger) return -1;
    st->n_ev++;
    return 0;
}

/* "يؤدي رئيس الحكومة زيارة الى المانيا يومي 14 و15 فيفري. ويتضمن برنامج هذه الزيارة لقاء مع
 * المستشارة": a meeting told in the present or as a noun after "this visit" is part of the visit
 * reported last, and is no more held than that visit is - when "this visit" is in its own clause
 * ("يذكر أن هذه الزيارة كانت مقررة ... وقد تولى X الاتصال هاتفيا بـ Y": a call of its own). */
static int in_planned_visit(const rw_xstate *st, const rw_clause *c)
{
    int this_visit = 0;
    uint32_t p = c->p;
    for (uint32_t k = c->L > 0 ? c->L : 1; k < p && !this_visit; k++)
        this_visit = rw_is_event_trigger(st, k) &&
                     st->lx->triggers[st->units[k].ref].rel == RW_REL_VISITED &&
                     st->lx->triggers[st->units[k].ref].tense == RW_VT_NOUN &&
                     rw_has_word(st, k - 1, k, RW_W_DEMONSTRATIVE);
    if (!this_visit) return 0;
    for (size_t i = st->n_ev; i-- > 0;)
        if (st->ev[i].rel == RW_REL_VISITED) return st->ev[i].modality == RW_MOD_PLANNED;
    return 0;
}

/* How far into a sentence its subject may stand ("وكان رئيس الجمهورية، X، قد حلّ"). */
#define SUBJECT_REACH 3

/* "وكان رئيس الجمهورية، الباجي قائد السبسي، قد حلّ مساء أمس بعمان ... . وقد كان في استقباله
 * العاهل الأردني": a sentence that reports no meeting, call or visit of its own but opens on a
 * person (after its verb) is about that person, its topic, whom a pronoun of a later sentence
 * may name (see pronoun_owner in sides.c). */
static void sentence_subject(rw_xstate *st, size_t n_ev)
{
    if (st->n_ev > n_ev || !st->n_pms) return;
    const rw_pm *m = &st->pms[0];
    /* (past an opening connective and its comma: "من جهة أخرى، ترأس صاحب السمو الأمير X ...") */
    uint32_t from = 0;
    for (uint32_t k = 0; k < st->n_units && k <= SUBJECT_REACH + 1; k++)
        if (rw_mentions_is_comma(st, k)) {
            from = k + 1;
            break;
        }
    if (from > m->unit) from = 0;
    if (m->unit <= from + SUBJECT_REACH && m->kind == RW_PM_PERSON && m->ref >= 0 &&
        st->x->entities[m->ref].kind == RW_KIND_PERSON) {
        st->topic = m->ref;
        st->topic_sentence = st->sentence;
    }
}

/* "ويرافق سموه خلال الزيارة وفد رسمي يضم X و Y"، "وزيرة الصحة ترافق رئيس الحكومة يوسف الشاهد
 * في جولته"، "سلمى اللومي التي ترافق يوسف الشاهد": a verb of accompanying (words.tsv
 * `accompany`) makes its subject a companion of the visits told before by the one it
 * accompanies - the person right after it, or, for an honorific with a pronoun or a title
 * alone, the last subject. Its subject is the person or delegation right before it (or before
 * the relative pronoun right before it), else the first one after the one accompanied. */
static void accompanying(rw_xstate *st)
{
    for (uint32_t k = 0; k < st->n_units; k++) {
        const rw_unit *u = &st->units[k];
        if (u->kind != RW_U_WORD || !(u->cls & RW_W_ACCOMPANY)) continue;
        size_t i = rw_first_pm(st, k + 1);
        int named = i < st->n_pms && st->pms[i].unit == k + 1 && st->pms[i].kind == RW_PM_PERSON &&
                    st->pms[i].ref >= 0;
        int whom = named ? st->pms[i].ref : st->last_subject;
        if (whom < 0) return;
        /* the companion: right before the verb, or before a relative pronoun right before it */
        uint32_t before = k > 0 && st->units[k - 1].kind == RW_U_WORD &&
                                  (st->units[k - 1].cls & RW_W_RELATIVE) ? k - 1 : k;
        int companion = RW_NO_SPEAKER;
        for (size_t j = 0; j < st->n_pms && companion == RW_NO_SPEAKER; j++)
            if (st->pms[j].unit_end == before &&
                (st->pms[j].kind == RW_PM_PERSON || st->pms[j].kind == RW_PM_GROUP))
                companion = st->pms[j].ref;
        for (size_t j = i + (size_t)named; j < st->n_pms && companion == RW_NO_SPEAKER; j++)
            if (st->pms[j].kind == RW_PM_PERSON || st->pms[j].kind == RW_PM_GROUP)
                companion = st->pms[j].ref;
        if (companion == RW_NO_SPEAKER || companion == whom) return;
        /* the visits told so far by the one accompanied */
        for (size_t e = 0; e < st->n_ev; e++) {
            rw_event *v = &st->ev[e];
            if (v->rel == RW_REL_VISITED && v->na && v->side_a[0] == whom && v->nplaces)
                rw_add_side(v->companions, &v->ncompanions, companion);
        }
        return;
    }
}

/* How far into a sentence its verb of speech may stand ("من جهته، قال X"). */
#define SPEECH_REACH 4
/* ... or right after the comma that closes an opening phrase this long at most. */
#define OPENING_REACH 12

/* How long a title before its holder's name may run after a verb of speech. */
#define APPOSITION_REACH 16

/* Whether units [a, b) are a title and its complements up to a comma right before b: a title or
 * office first, then only titles, words, bodies, places, nationality adjectives and words with
 * the article - no name, no trigger ("مديرة البنك الدولي لمنطقة المغرب العربي ومالطا،"،
 * "رئيسة الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية،"). */
static int title_apposition(const rw_xstate *st, uint32_t a, uint32_t b)
{
    if (b <= a + 1 || b - a > APPOSITION_REACH || !rw_mentions_is_comma(st, b - 1) ||
        (st->units[a].kind != RW_U_TITLE && st->units[a].kind != RW_U_OFFICE))
        return 0;
    for (uint32_t k = a; k + 1 < b; k++) {
        rw_unit_kind uk = st->units[k].kind;
        if ((uk == RW_U_OTHER && !st->units[k].definite) || uk == RW_U_TRIGGER || uk == RW_U_NUMBER ||
            (uk == RW_U_ACTOR && st->lx->actors[st->units[k].ref].kind == RW_KIND_PERSON))
            return 0;
    }
    return 1;
}

/* "أعلن وزير الخارجية X أن ... . وقال في ندوة صحفية على إثر لقاء جمعه مع نظيره ...": a
 * sentence that opens on a verb of speech and names no one after it goes on with the last one
 * who spoke, and that one, not the last event's subject, is whom its pronouns name (see
 * pronoun_owner in sides.c). A verb of speech with a person right after it makes that person
 * the speaker of its sentence and the last speaker ("واعتبر رئيس الدبلوماسية أن اللقاء مع
 * نظيره القطري": the counterpart is his). */
/* Whether unit k is a verb of speech; if so, the speaker is the person right after it, or, on a
 * sentence that opens with it and names no one, the last speaker. */
static int speech_at(rw_xstate *st, uint32_t k)
{
    if (st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_SPEECH)) return 0;
    for (size_t i = 0; i < st->n_pms; i++) {
        const rw_pm *m = &st->pms[i];
        if (m->unit <= k) continue;
        /* "نوهت مديرة البنك الدولي لمنطقة المغرب العربي ومالطا، ماري ..., بما": a title whose
         * body and region are named, then the name after a comma. */
        int person = m->kind == RW_PM_PERSON &&
                     (m->ref < 0 || st->x->entities[m->ref].kind == RW_KIND_PERSON);
        if (!person && m->unit > k + 1 && m->unit < k + APPOSITION_REACH) continue;
        /* "أكد المواطن مصطفى الدبابي": a definite noun the lexicon does not know, right before
         * the name, describes the speaker. */
        int described = m->unit == k + 2 && st->units[k + 1].kind == RW_U_OTHER &&
                        st->units[k + 1].definite && !st->units[k + 1].pflags;
        if (person && (m->unit == k + 1 || described || title_apposition(st, k + 1, m->unit))) {
            st->speaker = m->ref;
            if (m->ref >= 0) st->last_speaker = m->ref;
            return 1;
        }
        break;
    }
    /* "وأعرب الوزير عن شكره ... مؤكدا أن اللقاء مع X": a title no name follows spoke. */
    if (k + 1 < st->n_units && (st->units[k + 1].kind == RW_U_TITLE || st->units[k + 1].kind == RW_U_OFFICE))
        st->unnamed_speaker = 1;
    if (k == 0 && st->last_speaker >= 0) st->speaker = st->last_speaker;
    return 1;
}

/* "رئيس الفريق مهدي دبوبة أوضح أنه التقى ...": a sentence that opens on a person (with a title)
 * and goes on with a verb of speech, with no و on it, is that person's to tell. */
static int subject_speaker(rw_xstate *st)
{
    for (size_t i = 0; i < st->n_pms; i++) {
        const rw_pm *m = &st->pms[i];
        uint32_t k = m->unit_end;
        if (m->unit >= SPEECH_REACH || m->kind != RW_PM_PERSON || m->ref < 0 ||
            st->x->entities[m->ref].kind != RW_KIND_PERSON || k >= st->n_units)
            continue;
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_SPEECH) && !(v->pflags & RW_P_CONJ)) {
            st->speaker = st->last_speaker = m->ref;
            return 1;
        }
    }
    return 0;
}

static void follow_speaker(rw_xstate *st)
{
    st->speaker = RW_NO_SPEAKER;
    st->unnamed_speaker = 0;
    if (subject_speaker(st)) return;
    uint32_t k = 0;
    for (; k < st->n_units && k < SPEECH_REACH; k++)
        if (speech_at(st, k)) return;
    /* "وقبيل لقائه المرتقب مع X، قال الرئيس Y": after an opening phrase and its comma, the
     * verb of speech that follows names the one the phrase's pronoun is about. */
    uint32_t from = 0;
    for (uint32_t c = 0; c < st->n_units && c < OPENING_REACH && !from; c++)
        if (rw_mentions_is_comma(st, c)) from = c + 1;
    for (k = from > k ? from : k; k < st->n_units && k < from + SPEECH_REACH; k++)
        if (speech_at(st, k)) return;
}

/* How far after "وفق ما أكده" its speaker may stand ("ذلك ما أفاد به بتونس X"). */
#define SOURCE_REACH 3

/* "... ذلك ما أفاد به رئيس المجموعة X. وأضاف عقب لقائه ...": a person named as the source of a
 * sentence spoke last; the next sentence's verb of speech with no one after it goes on with
 * them. Their own sentence is not theirs to own: a spokesman quoted at its end often reports
 * another's meeting, so only later sentences take them as speaker. */
static void note_source(rw_xstate *st)
{
    for (uint32_t k = 0; k < st->n_units; k++) {
        if (st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_SOURCE)) continue;
        for (size_t i = 0; i < st->n_pms; i++) {
            const rw_pm *m = &st->pms[i];
            if (m->unit <= k || (m->kind == RW_PM_PLACE && m->unit <= k + SOURCE_REACH)) continue;
            if (m->unit <= k + SOURCE_REACH && m->kind == RW_PM_PERSON && m->ref >= 0 &&
                st->x->entities[m->ref].kind == RW_KIND_PERSON)
                st->last_speaker = m->ref;
            break;
        }
    }
}

/* Whether the guests named last in a's clause travelled together: right after the last one, past
 * a comma, a relative of several (words.tsv `joint`) and a visit within three words ("، الذين
 * يؤدون زيارة عمل إلى بلادنا"، "، اللذين يزوران البلاد"). */
static int joint_visitors(const rw_xstate *st, const rw_args *a)
{
    if (a->npost < 2) return 0;
    uint32_t k = st->pms[a->post[a->npost - 1]].unit_end;
    if (k < st->n_units && rw_mentions_is_comma(st, k)) k++;
    if (!rw_has_word(st, k, k + 1, RW_W_JOINT)) return 0;
    for (uint32_t v = k + 1; v < k + 4 && v < st->n_units; v++)
        if (rw_is_event_trigger(st, v) && st->lx->triggers[st->units[v].ref].rel == RW_REL_VISITED)
            return 1;
    return 0;
}

/* "عقد المجلس الوزاري لمجلس التعاون اجتماعه في الرياض برئاسة X"، "عقد أعضاء اللجنة التنفيذية
 * للاتحاد الإفريقي لكرة القدم اجتماعا برئاسة X": a body's meeting and the one who chaired it
 * are no two parties - when every other side of the event is named after a verb of leading.
 * The event stays, for those who attended it. */
static int chaired_own_meeting(const rw_xstate *st, const rw_args *a, const rw_event *e)
{
    if (e->rel != RW_REL_MET || e->na != 1 || !e->nb || e->side_a[0] < 0 ||
        st->x->entities[e->side_a[0]].kind != RW_KIND_ORG || !a->npost)
        return 0;
    for (int i = 0; i < a->npost; i++) {
        const rw_pm *m = &st->pms[a->post[i]];
        if (m->coord) continue;
        uint32_t k = m->unit; /* (past a nationality: "برئاسة الكاميروني عيسى حياتو") */
        while (k > 0 && st->units[k - 1].kind == RW_U_NISBA) k--;
        if (k == 0 || !rw_is_event_trigger(st, k - 1) ||
            st->lx->triggers[st->units[k - 1].ref].frame != RW_FRAME_LEAD)
            return 0;
    }
    return 1;
}

int rw_relations_sentence(rw_xstate *st, const rw_date_expr *dx, size_t ndx)
{
    const rw_lexicon *lx = st->lx;
    size_t n_ev = st->n_ev;
    follow_speaker(st);
    note_source(st);
    for (uint32_t p = 0; p < st->n_units; p++) {
        if (!rw_is_event_trigger(st, p) || not_an_event(st, p)) continue;
        rw_clause c;
        rw_clause_of(st, p, &c);
        rw_args a;
        rw_arguments(st, &c, &a);
        if (rw_array_reserve((void **)&st->ev, &st->cap_ev, st->n_ev + 1, sizeof *st->ev)) return -1;
        rw_event *e = &st->ev[st->n_ev];
        memset(e, 0, sizeof *e);
        e->rel = c.tr->rel;
        /* "بحث X هاتفياً مع Y": a phone adverb in the clause makes the meeting a call, and so
         * does a call noun right after it ("بحث الرئيسان خلال اتصال هاتفي ..."). */
        if (e->rel == RW_REL_MET &&
            (rw_has_word(st, c.L, c.R, RW_W_PHONE) || call_follows(st, &c) || call_before(st, &c)))
            e->rel = RW_REL_PHONED;
        if ((e->rel == RW_REL_PHONED || e->rel == RW_REL_MET) && interview(st, &c, e->rel)) continue;
        /* "استضافت القاعة لقاءً مفتوحاً مع الروائي X": a public event, no meeting of persons. */
        if (e->rel == RW_REL_MET && public_event(st, &c)) continue;
        e->frame = c.tr->frame;
        e->tense = c.tr->tense;
        e->told_past = c.tr->tense == RW_VT_NOUN && rw_has_word(st, c.L, c.R, RW_W_TOOK_PLACE);
        e->own_trip = trip_to_unknown_place(st, p);
        e->modality = rw_modality_of(st, &c);
        /* "ومن المقرر أن يتوجه X غدا إلى موسكو للمشاركة في اجتماع ثلاثي يضم Y و Z": a verb that
         * lists the parties of the meeting noun right before it (an adjective between) is as
         * much to come as that noun. */
        if (e->modality == RW_MOD_ASSERTED && c.tr->tense != RW_VT_NOUN && rw_imperfect_written(st, p) &&
            (c.tr->frame == RW_FRAME_MEMBER || c.tr->frame == RW_FRAME_GATHER)) {
            uint32_t n = 0;
            /* (... or its relative clause: "قمة رباعية يستضيفها الملك وتجمعه مع Y") */
            for (uint32_t k = p, steps = 0; !n && k-- > 0 && steps < 5; steps++) {
                if (rw_meeting_noun(st, k)) n = k;
                else if (st->units[k].kind == RW_U_PUNCT || rw_is_event_trigger(st, k) ||
                         rw_is_clause(st, k))
                    break;
            }
            if (n && rw_is_event_trigger(st, n)) {
                rw_clause cn;
                rw_clause_of(st, n, &cn);
                if (rw_modality_of(st, &cn) == RW_MOD_PLANNED) e->modality = RW_MOD_PLANNED;
            }
        }
        if (e->modality == RW_MOD_ASSERTED && c.tr->tense != RW_VT_PAST && in_planned_visit(st, &c))
            e->modality = RW_MOD_PLANNED;
        /* A headline, or a first sentence in a headline's order (subject, present tense: "الرئيس
         * يستقبل ..."), tells in the present what the body reports: see headline_modality. */
        e->tentative = e->modality == RW_MOD_ASSERTED &&
                       (c.tr->tense == RW_VT_PRESENT || c.tr->tense == RW_VT_NOUN) &&
                       (rw_headline_order(st, &c) || rw_heading_noun(st, &c));
        e->host_place = -1;
        e->background = rw_has_word(st, c.L, c.R, RW_W_BACKGROUND);
        /* "أكّد ترامب أنه صافح ميركل خمس مرات": a past meeting in what the sentence's speaker
         * says is not dated by the report (the lead rule). */
        /* ... nor is a meeting noun past a complementizer: "أكد X اليوم أن اللقاء الذي جمعه بـ Y
         * ..."، "إن لقاءه الشهير بـ Y بباريس كان ...". */
        int in_saying = st->speaker != RW_NO_SPEAKER &&
                        rw_has_word(st, 0, c.p, RW_W_THAT | RW_W_HE_THAT);
        e->reported = (c.tr->tense == RW_VT_PAST && st->speaker != RW_NO_SPEAKER && c.L > 0 &&
                       rw_has_word(st, c.L - 1, c.L, RW_W_CLAUSE)) ||
                      (c.tr->tense == RW_VT_NOUN && in_saying);
        /* "قال X عقب لقائه بـ Y إن ..."، "أوضح X عقب لقاء جمعه بـ Y أن ...": the meeting noun
         * (or its verb) right after إثر، عقب، خلال or لدى in a sentence that reports what someone
         * said - before what is said, not in it ("وأضاف ... أنه تم الاتفاق خلال اللقاء"). */
        e->before_statement = (c.tr->tense == RW_VT_NOUN || c.tr->tense == RW_VT_PAST) &&
                              st->speaker != RW_NO_SPEAKER && c.p > 0 && !in_saying &&
                              rw_has_word(st, c.p > 3 ? c.p - 3 : 0, c.p, RW_W_FOLLOWING | RW_W_DURING);
        /* "وكان في استقباله X و Y و Z": those with whom one side met, one by one. */
        /* ... and "أجرى لقاءات مع X و Y": a plural meeting noun of the separate class is one
         * meeting with each. */
        uint32_t ttok = st->units[p].tok;
        /* ... and those met "on the sidelines" of something (words.tsv `sidelines`: "التقى X
         * على هامش القمة ولي العهد السعودي وأمين عام الجامعة"), bilaterals each. */
        e->separate = rw_has_word(st, c.L, c.R, RW_W_SEPARATE | RW_W_SIDELINES) ||
                      (c.tr->tense == RW_VT_NOUN && rw_possessive(st, p)) ||
                      (rw_lexicon_word_class(lx, rw_token_fold(st->tk, ttok), st->tk->v[ttok].fold_len) &
                       RW_W_SEPARATE);
        /* (not a meeting of few a relative verb of gathering tells - "القمة الثلاثية التي جمعت
         * A بـ B و C على هامش قمة الاتحاد الأفريقي" was one meeting of the three) */
        if (e->separate && c.tr->frame == RW_FRAME_GATHER &&
            !rw_has_word(st, c.L, c.R, RW_W_SEPARATE) && c.L >= 2 &&
            rw_has_word(st, c.L - 1, c.L, RW_W_RELATIVE) &&
            rw_has_word(st, c.L >= 3 ? c.L - 3 : 0, c.L - 1, RW_W_FEW))
            e->separate = 0;
        /* "وصل X إلى دمشق في زيارة يلتقي خلالها Y": a present-tense meeting after a past
         * arrival in the same sentence is the visit's programme, still to come (not past قبل أن:
         * "وصل X، واجتمع مع Y، قبل أن يلتقي أمس Z"). */
        if (e->modality == RW_MOD_ASSERTED && c.tr->tense == RW_VT_PRESENT &&
            c.tr->rel == RW_REL_MET && !rw_after_past_event(st, &c))
            for (uint32_t k = 0; k < p; k++)
                if (rw_is_event_trigger(st, k) &&
                    lx->triggers[st->units[k].ref].rel == RW_REL_VISITED &&
                    lx->triggers[st->units[k].ref].tense == RW_VT_PAST)
                    e->modality = RW_MOD_PLANNED;
        e->sentence = st->sentence;
        e->span = st->x->sentences[st->sentence];
        e->since = p > 0 && rw_has_word(st, p - 1, p, RW_W_SINCE);
        int host, told = 0;
        if (e->rel == RW_REL_MET && e->modality == RW_MOD_ASSERTED && !e->background)
            told = note_told_date(st, &c, dx, ndx);
        int sided = rw_sides(st, &c, &a, e, &host);
        /* "عقد اليوم X اجتماعا مع الأطراف": whoever held a meeting whose other side its clause
         * does not name is one of the parties a later "وضم الاجتماع كلا من ..." lists. */
        if (told && e->na == 1 && !e->nb && e->side_a[0] >= 0 &&
            st->x->entities[e->side_a[0]].kind == RW_KIND_PERSON)
            st->told_host = e->side_a[0];
        if (!sided) continue;
        if (talks_during_calls(st, &c, e)) e->rel = RW_REL_PHONED;
        one_of_meetings(st, &c, e);
        if (chaired_own_meeting(st, &a, e)) e->nb = 0; /* the body's own meeting: no pair */
        for (int k = 0; k < a.ncompanions && (e->rel == RW_REL_VISITED || e->rel == RW_REL_MET); k++)
            rw_add_side(e->companions, &e->ncompanions, st->pms[a.companions[k]].ref);
        if (e->rel == RW_REL_MET) guests_own_places(st, p, e);
        {
            size_t n; /* (the trigger as written, its proclitics off: "واستقبل") */
            const char *w = rw_mentions_unit_bare(st, p, &n);
            e->received = c.tr->tense != RW_VT_NOUN && a.marker < 0 &&
                          (rw_lexicon_word_class(lx, w, n) & RW_W_RECEIVE);
            e->guests_marked = a.marker >= 0;
        }
        if (e->rel == RW_REL_MET && e->nb >= 2 && joint_visitors(st, &a))
            e->received = e->separate = 0;
        event_place(st, &a, e);
        if (event_date(st, &c, dx, ndx, e)) return -1;
        uint32_t tok = st->units[p].tok;
        e->trigger = tok_text(st, tok, tok + st->units[p].ntok);
        if (!e->trigger || keep_event(st, host)) return -1;
    }
    accompanying(st);
    sentence_subject(st, n_ev);
    return 0;
}

/* ---- the end of the article ---- */

/* The office an entity holds in this article, or in the lexicon at the document date. */
static int entity_office(rw_xstate *st, int ent, const char **cc)
{
    for (size_t i = 0; i < st->n_held; i++)
        if (st->held[i].entity == ent && st->held[i].office >= 0) {
            *cc = st->held[i].country;
            if (!**cc && st->x->entities[ent].country) *cc = st->x->entities[ent].country;
            if (!**cc && st->x->entities[ent].key) {
                int a = rw_lexicon_actor_by_id(st->lx, st->x->entities[ent].key);
                const char *c2;
                if (a >= 0 && rw_lexicon_actor_office(st->lx, a, st->doc_date, &c2) >= 0) *cc = c2;
            }
            return st->held[i].office;
        }
    const char *key = st->x->entities[ent].key;
    int a = key ? rw_lexicon_actor_by_id(st->lx, key) : -1;
    return a >= 0 ? rw_lexicon_actor_office(st->lx, a, st->doc_date, cc) : -1;
}

/* The one country the article's visits go to (asserted or announced), or "" when none or
 * several: where its meetings are, a title of no country is that country's. */
static const char *visit_country(const rw_xstate *st)
{
    const char *cc = "";
    for (size_t i = 0; i < st->n_ev; i++) {
        const rw_event *e = &st->ev[i];
        if (e->rel != RW_REL_VISITED || e->modality == RW_MOD_NEGATED) continue;
        for (int k = 0; k < e->nplaces; k++) {
            const char *c = e->places[k] >= 0 ? st->x->entities[e->places[k]].country : NULL;
            if (!c || !*c) continue;
            if (!*cc) cc = c;
            else if (strcmp(cc, c) != 0) return "";
        }
    }
    return cc;
}

/* Who holds office@cc: in the article, then in roles.tsv at the document date, else an entity
 * keyed "role:OFFICE@CC" for the graph to resolve. */
/* The one person of the article whom roles.tsv gives `office` at the article's date, in any
 * country, or -1 (none, or more than one). */
static int article_holder(const rw_xstate *st, int office)
{
    int found = -1;
    for (size_t e = 0; e < st->x->n_entities; e++) {
        const rw_xentity *en = &st->x->entities[e];
        int actor = en->kind == RW_KIND_PERSON && en->key ? rw_lexicon_actor_by_id(st->lx, en->key) : -1;
        if (actor < 0 || !rw_lexicon_actor_held(st->lx, actor, office, "", &st->doc_date)) continue;
        if (found >= 0) return -1;
        found = (int)e;
    }
    return found;
}

/* The person of the article whom roles.tsv gives `office` of the country the article is about at
 * its date, when the article named him but never with that office; else -1. */
static int named_home_holder(const rw_xstate *st, int office)
{
    const char *home = rw_mentions_home_country(st);
    int a = *home ? rw_lexicon_role_holder(st->lx, office, home, st->doc_date) : -1;
    if (a < 0) return -1;
    for (size_t i = 0; i < st->n_held; i++)
        if (st->held[i].office == office && strcmp(st->held[i].country, home) == 0) return -1;
    const char *id = st->lx->actors[a].id;
    void *v;
    if (!rw_strmap_get(st->keys, id, strlen(id), &v)) return -1; /* (not named in the article) */
    int e = (int)(intptr_t)v - 1;
    for (size_t i = 0; i < st->n_held; i++)
        if (st->held[i].entity == e && st->held[i].office == office) return -1;
    return e;
}

/* The one person the article names with office whom roles.tsv has holding it at the article's
 * date, in any country; -1 when none or several. */
static int sole_dated_holder(const rw_xstate *st, int office)
{
    int found = -1;
    for (size_t i = 0; i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
        const char *key = h->office == office ? st->x->entities[h->entity].key : NULL;
        int actor = key ? rw_lexicon_actor_by_id(st->lx, key) : -1;
        if (actor < 0 || !rw_lexicon_actor_held(st->lx, actor, office, "", &st->doc_date)) continue;
        if (found >= 0 && found != h->entity) return -1;
        found = h->entity;
    }
    return found;
}

static int resolve_role(rw_xstate *st, int office, const char *cc, const char *surface,
                        const char *words, int many, int former, const char *abroad,
                        uint32_t sentence)
{
    int weak = -1, filed_from = -1, same_words = -1;
    const char *weak_stated = "";
    /* "مسقط - العُمانية ... وكان معالي السيد وزير الخارجية قد عقد ... مع نظيره الإيراني", after
     * the Iranian minister was named with his office: of the holders the article named, the one
     * of the country of the agency that filed it. */
    const char *filed = st->filed_cc;
    const int dated_holder = *cc ? -1 : sole_dated_holder(st, office);
    for (size_t i = 0; i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
        if (h->office != office || h->of_pronoun) continue;
        /* "وأشار المحافظ إلى ..." before the article names a governor: an office many hold at
         * once (offices.tsv `many`), unnamed, refers back - to none named only after it. */
        if (st->lx->offices[office].many && h->sentence > sentence) continue;
        const char *hc = h->country;
        if (!*hc && st->x->entities[h->entity].country) hc = st->x->entities[h->entity].country;
        /* (with a filing country, one of no stated country gives way to one of that country:
         * "نواكشوط ـ ... رئيس الجمهورية" after "الرئيس ماكي صال" and "رئيس الجمهورية، السيد
         * محمد ولد الشيخ الغزواني") */
        /* (... but with no country written, of two named with it the one roles.tsv says held
         * it at the article's date: "قداسة البابا" after "البابا فرنسيس" is not "البابا يوحنا
         * بولس الثاني", named for his visit of 1985) */
        if (strcmp(hc, cc) == 0 && (*cc || !*filed))
            return !*cc && dated_holder >= 0 ? dated_holder : h->entity;
        /* A holder of no stated country answers for an office of none; "رئيس جمهورية النيجر"
         * is not the "رئيس الجمهورية" of another country the article named. */
        if (!*cc && weak < 0) {
            weak = h->entity;
            weak_stated = h->country;
        }
        /* (... the one named with the very title: "رئيس الجمهورية، السيد X ... بدعوة من
         * الرئيس Y ... استقبله خلالها رئيس الجمهورية" is X) */
        if (!*cc && same_words < 0 && words && h->words && strcmp(words, h->words) == 0)
            same_words = h->entity;
        if (!*cc && filed_from < 0 && *filed && strcmp(hc, filed) == 0) filed_from = h->entity;
    }
    if (filed_from >= 0) return filed_from;
    if (same_words >= 0) return same_words;
    /* ... and one named only with another country's office is not that office of the agency's
     * country, whose holder roles.tsv knows ("عمّان - بترا ... وزير الخارجية المصري X ...
     * وكان وزير الخارجية قد عقد ... مع نظيره المصري": Jordan's). */
    if (weak >= 0 && *filed && !st->lx->offices[office].many && !former) {
        int a = rw_lexicon_role_holder(st->lx, office, filed, st->doc_date);
        if (a >= 0) return rw_mentions_actor_entity(st, a);
    }
    /* ... nor, with no filing country, of the country the article is about when the article
     * named its holder without the office ("يتوجه بدر عبد العاطي ... حيث يلتقي وزير الخارجية
     * الأمريكي X ... وكان وزير الخارجية قد تلقى": Egypt's, Abdelatty). */
    if (weak >= 0 && !*filed && *weak_stated && !st->lx->offices[office].many && !former) {
        int named = named_home_holder(st, office);
        if (named >= 0) return named;
    }
    if (weak >= 0) return weak;
    /* "رئيس الحكومة" with no country and no holder in the article is the one of the country
     * its visits go to ("وسيجري وزير الخارجية الإيطالي خلال هذه الزيارة محادثات مع رئيس
     * الجمهورية"), else of the country the article is about; with none standing out, nobody in
     * particular. */
    int home = !*cc;
    if (home) cc = st->visit_cc;
    if (home && !*cc) cc = rw_mentions_home_country(st);
    /* ... but a traveller holds no office of the country he goes to ("زيارة رئيس الحكومة إلى
     * الجزائر": not Algeria's prime minister): then the country the article is about, if
     * another. */
    if (home && abroad && strcmp(cc, abroad) == 0) {
        cc = rw_mentions_home_country(st);
        if (strcmp(cc, abroad) == 0) return -1;
    }
    if (!*cc) return -1;
    /* A country has many governors, mayors, spokespersons and party leaders at once (offices.tsv
     * `many`), and a former holder is not the one at the date: unnamed in the article, such a
     * title names nobody - an entity keyed by the office would be resolved by the graph to the
     * last holder it saw (docs/merging.md, rule 5), another person. */
    if (former || st->lx->offices[office].many) return -1;
    /* ... ambassadors too ("سفير الصين لدى سلطنة عمان" is not the one of roles.tsv, at the UN),
     * but an unnamed ambassador of another country stays a node of its own: in the news of the
     * country he is posted to, the one posted there. One of the article's own country ("سفير
     * تونس لدى أوتاوا" in Tunisian news) is any of its ambassadors abroad: nobody. */
    if (many && !home && strcmp(cc, rw_mentions_home_country(st)) == 0) return -1;
    int a = many ? -1 : rw_lexicon_role_holder(st->lx, office, cc, st->doc_date);
    if (a >= 0) return rw_mentions_actor_entity(st, a);
    /* The home country is a guess: only a holder roles.tsv knows makes it a person - or the one
     * person the article names who holds that office elsewhere at its date ("وصل السلطان هيثم
     * بن طارق إلى طهران ... وعقد جلالة السلطان ...": Iran has no sultan). */
    if (home) return article_holder(st, office);
    rw_buf_reset(&st->tmp);
    rw_buf_printf(&st->tmp, "role:%s%s%s", st->lx->offices[office].id, *cc ? "@" : "", cc);
    char *key = rw_buf_detach(&st->tmp);
    if (!key) return -1;
    int e = -1;
    void *v;
    if (rw_strmap_get(st->keys, key, strlen(key), &v)) {
        e = (int)(intptr_t)v - 1;
    } else {
        e = rw_extraction_add_entity(st->x, key, RW_KIND_PERSON, surface, NULL, *cc ? cc : NULL);
        if (e >= 0 && rw_strmap_put(st->keys, key, strlen(key), (void *)(intptr_t)(e + 1))) e = -1;
        if (e >= 0 && rw_extraction_add_name(st->x, e, surface, strlen(surface))) e = -1;
    }
    free(key);
    return e;
}

/* Whether the title words `short_form` name the place's office that `full` names with the
 * place's noun between ("امير نجران" for "امير منطقه نجران"): the same head and the same place
 * word, one word more in the full form. */
static int same_place_office(const char *full, const char *short_form)
{
    const char *s1 = strchr(short_form, ' ');
    if (!s1 || strchr(s1 + 1, ' ')) return 0; /* (a head and a place word) */
    size_t head = (size_t)(s1 - short_form);
    const char *f1 = strchr(full, ' ');
    const char *f2 = f1 ? strchr(f1 + 1, ' ') : NULL;
    if (!f2 || strchr(f2 + 1, ' ') || (size_t)(f1 - full) != head ||
        memcmp(full, short_form, head) != 0)
        return 0;
    return strcmp(f2 + 1, s1 + 1) == 0;
}

/* The one the article named with office@cc in the same words - and no one else: "رئيس إقليم
 * كردستان" after "رئيس إقليم كردستان، نيجيرفان بارزاني"; -1 when none or several. A place's
 * office names no one roles.tsv lists ("أمير منطقة المدينة المنورة" is none of the kingdom's
 * emirs), nor the holder of another place's ("محافظ الأقصر" is not "محافظ أسوان"). */
static int held_in_article(const rw_xstate *st, int office, const char *cc, const char *words)
{
    int found = -1;
    for (size_t i = 0; words && i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
        if (h->office != office || h->title_only || strcmp(h->country, cc) != 0 || !h->words ||
            (strcmp(h->words, words) != 0 && !same_place_office(h->words, words)))
            continue;
        if (found >= 0 && found != h->entity) return -1;
        found = h->entity;
    }
    return found;
}

static int resolve_ref(rw_xstate *st, int ref, int subject, const char *abroad)
{
    if (ref >= 0) return ref;
    rw_placeholder *p = &st->ph[-ref - 1];
    if (p->resolved >= 0) return p->resolved;
    if (p->office >= 0) {
        /* "أمير منطقة المدينة المنورة": the office of a place names only the one the article
         * named with it (held_in_article), none of its other holders; "وزيرا خارجية البلدين"
         * none of the two alone (nor the one other minister the article named). */
        p->resolved = p->several    ? -1
                      : p->of_place ? held_in_article(st, p->office, p->country, p->words)
                                    : resolve_role(st, p->office, p->country, p->surface, p->words,
                                                   p->many, p->former, abroad, p->sentence);
    } else if (subject >= 0 && *p->country) {
        /* "نائب رئيس الوزراء وزير الخارجية الصفدي ... نظيره الألماني": of the subject's offices,
         * the one whose holder in that country the article names. */
        const char *skey = st->x->entities[subject].key;
        int actor = skey ? rw_lexicon_actor_by_id(st->lx, skey) : -1;
        for (size_t k = 0; k < st->n_held && p->resolved < 0; k++) {
            const rw_heldrole *h = &st->held[k];
            if (h->entity == subject || h->office < 0 || strcmp(h->country, p->country) != 0)
                continue;
            int same = 0;
            for (size_t i = 0; i < st->n_held && !same; i++)
                same = st->held[i].entity == subject && st->held[i].office == h->office;
            for (size_t r = 0; actor >= 0 && r < st->lx->n_roles && !same; r++)
                same = st->lx->roles[r].actor == actor && st->lx->roles[r].office == h->office &&
                       !rw_date_is_set(st->lx->roles[r].to);
            if (same) p->resolved = h->entity;
        }
        const char *cc = NULL;
        int office = p->resolved < 0 ? entity_office(st, subject, &cc) : -1;
        if (office >= 0)
            p->resolved =
                resolve_role(st, office, p->country, p->surface, NULL, 0, 0, NULL, p->sentence);
    }
    return p->resolved;
}

static int emit(rw_xstate *st, const rw_event *e, rw_rel rel, int subj, int obj, int place,
                float conf, const char *role)
{
    if (subj < 0 || (obj >= 0 && obj == subj)) return 0;
    rw_xfact f = {0};
    f.rel = rel;
    f.subj = subj;
    f.obj = obj;
    f.place = place;
    f.date = e->date;
    f.date_text = e->date_text;
    f.modality = e->modality;
    f.role = (char *)role;
    f.trigger = e->trigger;
    f.sentence = e->sentence;
    f.span = e->span;
    f.confidence = conf;
    if (rw_array_reserve((void **)&st->fflags, &st->cap_fflags, st->x->n_facts + 1, 1)) return -1;
    st->fflags[st->x->n_facts] = (uint8_t)((e->background ? RW_FACT_BACKGROUND : 0) |
                                           (e->tentative ? RW_FACT_TENTATIVE : 0) |
                                           (e->reported ? RW_FACT_REPORTED : 0) |
                                           (e->before_statement ? RW_FACT_STATEMENT : 0) |
                                           (e->tense == RW_VT_NOUN ? RW_FACT_NOUN : 0) |
                                           (e->tense == RW_VT_PRESENT ? RW_FACT_PRESENT : 0) |
                                           (e->own_trip ? RW_FACT_OWN_TRIP : 0));
    return rw_extraction_add_fact(st->x, &f) < 0 ? -1 : 0;
}

/* An entity's country: its own, else that of an office the article gives it. */
static const char *entity_country(const rw_xstate *st, int e)
{
    if (st->x->entities[e].country) return st->x->entities[e].country;
    for (size_t i = 0; i < st->n_held; i++) /* "وزير الخارجية الليبي الطاهر الباعور" */
        if (st->held[i].entity == e && st->held[i].country[0]) return st->held[i].country;
    return NULL;
}

/* Whether two participants are of different, known countries: parties of a multi-party meeting,
 * not one delegation ("وزيري الخارجية والدفاع السوريين" are one side). */
static int other_countries(const rw_xstate *st, int a, int b)
{
    const char *x = entity_country(st, a), *y = entity_country(st, b);
    return st->x->entities[a].kind == RW_KIND_PERSON && st->x->entities[b].kind == RW_KIND_PERSON &&
           x && y && strcmp(x, y) != 0;
}

/* Whether two guests of host h are of the host's own, known country: a meeting at home of
 * several of its people is one of all of them ("خلال الاجتماع أمس مع رئيس الحكومة X ورئيس
 * الجامعة Y ووزير الداخلية Z"), where a visitor's compatriots are one delegation. */
static int compatriots_at_home(const rw_xstate *st, int h, int a, int b)
{
    /* A host of no known country is of the one the story is about; the guests must be known to
     * be (a list of people with no office, "عددا من الرياضيين وهم ...", is one side). */
    const char *c = entity_country(st, h), *x = entity_country(st, a), *y = entity_country(st, b);
    if (!c) c = rw_mentions_home_country(st);
    return *c && x && y && st->x->entities[h].kind == RW_KIND_PERSON &&
           st->x->entities[a].kind == RW_KIND_PERSON && st->x->entities[b].kind == RW_KIND_PERSON &&
           strcmp(c, x) == 0 && strcmp(c, y) == 0;
}

/* Whether place lies in the country of person who (any place the lexicon files in it). */
static int at_home(const rw_xstate *st, int who, int place)
{
    if (st->x->entities[who].kind != RW_KIND_PERSON) return 0;
    int pl = rw_mentions_lexicon_place(st, place);
    const char *cc = entity_country(st, who);
    return pl >= 0 && cc && st->lx->places[pl].country[0] &&
           strcmp(cc, st->lx->places[pl].country) == 0;
}

/* Whether place entity `place` is the country of person `who` (his own or an office's): no one
 * visits his own country ("للزيارة التي يؤديها رئيس الجمهورية إلى إيطاليا" had made Italy's
 * president the traveller) - he goes home, or the engine took the wrong person. */
static int own_country(const rw_xstate *st, int who, int place)
{
    return at_home(st, who, place) &&
           st->lx->places[rw_mentions_lexicon_place(st, place)].kind == RW_PLACE_COUNTRY;
}

static float event_conf(const rw_xstate *st, const rw_event *e, int a, int b)
{
    float c = CONF_CONTEXT;
    const rw_extraction *x = st->x;
    if (x->entities[a].key && (b < 0 || x->entities[b].key)) c = CONF_LEXICON;
    if (e->implicit) c = CONF_INFERRED;
    if (rw_mentions_weak_name(st, a) || rw_mentions_weak_name(st, b)) c = CONF_WEAK_NAME;
    return c;
}

static int facts_of_event(rw_xstate *st, rw_event *e)
{
    int a[RW_MAX_SIDE], b[RW_MAX_SIDE], na = 0, nb = 0;
    /* the country a visit goes to, whose offices its travellers do not hold (a city or a
     * region may be a trip at home) */
    int goal = e->rel == RW_REL_VISITED && e->nplaces && e->places[0] >= 0
                   ? rw_mentions_lexicon_place(st, e->places[0])
                   : -1;
    const char *abroad =
        goal >= 0 && st->lx->places[goal].kind == RW_PLACE_COUNTRY ? st->lx->places[goal].country : NULL;
    for (int i = 0; i < e->na; i++) {
        int r = resolve_ref(st, e->side_a[i], -1, abroad);
        if (r >= 0) rw_add_side(a, &na, r);
    }
    int bplace[RW_MAX_SIDE];
    for (int i = 0; i < e->nb; i++) {
        int r = resolve_ref(st, e->side_b[i], na ? a[0] : -1, NULL), n0 = nb;
        if (r >= 0) rw_add_side(b, &nb, r);
        if (nb > n0) bplace[nb - 1] = e->own_places ? e->guest_place[i] : -1;
    }
    int place = e->nplaces ? e->places[0] : -1, na0 = na;
    switch (e->rel) {
    case RW_REL_MET:
    case RW_REL_PHONED:
        if (e->host_place >= 0) {
            for (int i = 0; i < nb; i++)
                if (emit(st, e, RW_REL_VISITED, b[i], -1, e->host_place, CONF_CONTEXT, NULL)) return -1;
            return 0;
        }
        if (!nb) {
            for (int i = 0; i < na; i++)
                for (int j = i + 1; j < na; j++)
                    if (emit(st, e, e->rel, a[i], a[j], place, event_conf(st, e, a[i], a[j]), NULL)) return -1;
            return 0;
        }
        for (int i = 0; i < na; i++)
            for (int j = 0; j < nb; j++)
                if (emit(st, e, e->rel, a[i], b[j], bplace[j] >= 0 ? bplace[j] : place,
                         event_conf(st, e, a[i], b[j]), NULL))
                    return -1;
        /* The named persons who came with the guest met the host (arguments.c, companions). */
        for (int k = 0; e->rel == RW_REL_MET && k < e->ncompanions; k++) {
            int r = e->companions[k];
            if (r < 0 || st->x->entities[r].kind != RW_KIND_PERSON) continue;
            for (int i = 0; i < na; i++)
                if (a[i] != r && emit(st, e, RW_REL_MET, a[i], r, place, CONF_INFERRED, NULL)) return -1;
        }
        /* "اجتمع A مع B و C": a multi-party meeting gives every pair, the guests of different
         * countries included, and the host's compatriots at home - named, not titles alone
         * (which may be a second title of the guest named after it). Not those a host received
         * (words.tsv `receive`, no side word: "استقبل X A و B و C المعزين" received each), and
         * with its host unknown no meeting of the guests is told at all. */
        /* (the host's compatriots only when a side word or a meeting noun makes it one
         * meeting: "يلتقي X A و B" may be two) */
        int bare_objects = e->tense != RW_VT_NOUN && !e->guests_marked;
        int named_guests = 1;
        for (int i = 0; i < e->nb; i++)
            if (e->side_b[i] < 0) named_guests = 0;
        for (int i = 0; e->rel == RW_REL_MET && !e->separate && na && !e->received && i < nb; i++)
            for (int j = i + 1; j < nb; j++)
                if ((other_countries(st, b[i], b[j]) ||
                     (na && named_guests && !bare_objects &&
                      compatriots_at_home(st, a[0], b[i], b[j]))) &&
                    emit(st, e, e->rel, b[i], b[j], place, event_conf(st, e, b[i], b[j]), NULL))
                    return -1;
        return 0;
    case RW_REL_VISITED:
        /* Those who came with the travellers went where they went - named persons and
         * delegations only (a title alone, "رفقة رئيس ديوانه", is seldom an office roles.tsv
         * can give a holder of), and not a host of the place's own country who shows a foreign
         * guest round ("زيارة عمل إلى الجزائر ... رفقة وزير الشؤون المغاربية الجزائري"). */
        for (int i = 0; na && i < e->ncompanions; i++) {
            int r = e->companions[i];
            if (r < 0 || (st->x->entities[r].kind != RW_KIND_PERSON &&
                          st->x->entities[r].kind != RW_KIND_GROUP))
                continue;
            const char *rc = entity_country(st, r), *tc = entity_country(st, a[0]);
            const char *pc = e->nplaces ? st->x->entities[e->places[0]].country : NULL;
            if (rc && pc && strcmp(rc, pc) == 0 && !(tc && strcmp(tc, pc) == 0)) continue;
            rw_add_side(a, &na, r);
        }
        for (int i = 0; i < na; i++)
            for (int k = 0; k < e->nplaces; k++)
                if (!own_country(st, a[i], e->places[k]) &&
                    !(e->since && at_home(st, a[i], e->places[k])) &&
                    emit(st, e, RW_REL_VISITED, a[i], -1, e->places[k],
                         i < na0 ? event_conf(st, e, a[i], -1) : CONF_INFERRED, NULL))
                    return -1;
        return 0;
    case RW_REL_ALIAS_OF:
        return na ? emit(st, e, RW_REL_ALIAS_OF, a[0], -1, -1, CONF_LEXICON, e->alias) : 0;
    default:
        for (int i = 0; i < na; i++)
            for (int j = 0; j < nb; j++)
                if (emit(st, e, e->rel, a[i], b[j], place, event_conf(st, e, a[i], b[j]), NULL)) return -1;
        return 0;
    }
}

/* Meetings and visits of a delegation are those of its leader and members. */
static int expand_groups(rw_xstate *st)
{
    rw_extraction *x = st->x;
    size_t n = x->n_facts;
    for (size_t i = 0; i < n; i++) {
        rw_rel rel = x->facts[i].rel;
        if (rel != RW_REL_MET && rel != RW_REL_PHONED && rel != RW_REL_VISITED) continue;
        for (int side = 0; side < 2; side++) {
            int g = side ? x->facts[i].obj : x->facts[i].subj;
            if (g < 0 || x->entities[g].kind != RW_KIND_GROUP) continue;
            for (size_t k = 0; k < n; k++) {
                const rw_xfact *m = &x->facts[k];
                if ((m->rel != RW_REL_LEADS && m->rel != RW_REL_MEMBER_OF) || m->obj != g) continue;
                rw_xfact f = x->facts[i];
                if (side) f.obj = m->subj;
                else f.subj = m->subj;
                if (f.subj == f.obj) continue;
                if (f.obj >= 0 && x->entities[f.obj].kind == RW_KIND_GROUP && x->entities[f.subj].kind == RW_KIND_GROUP)
                    continue;
                f.confidence = CONF_INFERRED;
                if (rw_array_reserve((void **)&st->fflags, &st->cap_fflags, x->n_facts + 1, 1))
                    return -1;
                st->fflags[x->n_facts] = st->fflags[i];
                if (rw_extraction_add_fact(x, &f) < 0) return -1;
            }
        }
    }
    return 0;
}

static void free_fact_strings(rw_xfact *f)
{
    free(f->date_text);
    free(f->role);
    free(f->trigger);
}

/* Removes the facts marked RW_FACT_DROP, keeping the flags of the others beside them. */
static void drop_marked_facts(rw_xstate *st)
{
    rw_extraction *x = st->x;
    size_t out = 0;
    for (size_t i = 0; i < x->n_facts; i++) {
        if (st->fflags[i] & RW_FACT_DROP) {
            free_fact_strings(&x->facts[i]);
            continue;
        }
        st->fflags[out] = st->fflags[i];
        x->facts[out++] = x->facts[i];
    }
    x->n_facts = out;
}

/* Whether group g has, by a fact of this article, a leader or a member: entity p, or any person
 * when p < 0 ("وفد غرفة التجارة برئاسة X"). */
static int group_member(const rw_extraction *x, int p, int g)
{
    if (g < 0 || x->entities[g].kind != RW_KIND_GROUP) return 0;
    for (size_t k = 0; k < x->n_facts; k++) {
        const rw_xfact *f = &x->facts[k];
        if ((f->rel == RW_REL_LEADS || f->rel == RW_REL_MEMBER_OF) && f->obj == g &&
            (p >= 0 ? f->subj == p
                    : f->subj >= 0 && x->entities[f->subj].kind == RW_KIND_PERSON))
            return 1;
    }
    return 0;
}

/* Whether entity e is a group the article names by its noun alone ("استقبل الرئيس وفدا"): no
 * country, no body, no name. A meeting with it tells a user nothing he can place in a graph -
 * its leader's and members' meetings (expand_groups) are what stays. */
static int anonymous_group(const rw_extraction *x, int e)
{
    if (e < 0) return 0;
    const rw_xentity *g = &x->entities[e];
    return g->kind == RW_KIND_GROUP && !g->key && !g->country && g->label && !strchr(g->label, ' ');
}

/* A meeting, call or visit of a group is dropped when the group tells a user nothing more than
 * its persons do: a group named by its noun alone, or one whose leader or members are named -
 * their meetings came from expand_groups, and the group beside them would be a second
 * counterpart of each; and "لقاء جمع وفدا عن الوزارة بقيادة الوزير X والطرف النقابي": a
 * delegation does not meet its own leader or members. */
static void drop_own_group_pairs(rw_xstate *st)
{
    rw_extraction *x = st->x;
    /* Most articles name no delegation's leader or members: then no fact asks group_member(). */
    size_t memberships = 0;
    for (size_t i = 0; i < x->n_facts; i++)
        memberships += x->facts[i].rel == RW_REL_LEADS || x->facts[i].rel == RW_REL_MEMBER_OF;
    for (size_t i = 0; i < x->n_facts; i++) {
        const rw_xfact *f = &x->facts[i];
        int pair = f->rel == RW_REL_MET || f->rel == RW_REL_PHONED;
        if (!pair && f->rel != RW_REL_VISITED) continue;
        int obj = pair ? f->obj : -1;
        if ((memberships &&
             (group_member(x, -1, f->subj) || group_member(x, -1, obj) ||
              (obj >= 0 && (group_member(x, f->subj, obj) || group_member(x, obj, f->subj))))) ||
            anonymous_group(x, f->subj) || anonymous_group(x, obj))
            st->fflags[i] |= RW_FACT_DROP;
    }
    drop_marked_facts(st);
}

/* Whether facts f and g name the same two, in either order. */
static int same_two(const rw_xfact *f, const rw_xfact *g)
{
    return (f->subj == g->subj && f->obj == g->obj) || (f->subj == g->obj && f->obj == g->subj);
}

/* Whether facts f and g are about the same event but for modality: the same relation between
 * the same participants (in either order for a symmetric one), a visit to the same place. */
static int same_event(const rw_xfact *f, const rw_xfact *g)
{
    if (f->rel != g->rel) return 0;
    if (f->rel == RW_REL_VISITED) return f->subj == g->subj && f->place == g->place;
    return rw_rel_is_symmetric(f->rel) ? same_two(f, g) : f->subj == g->subj && f->obj == g->obj;
}

/* ... and with the same modality: one fact told twice. */
static int same_pair(const rw_xfact *a, const rw_xfact *b)
{
    return a->modality == b->modality && same_event(a, b);
}

/* Whether the lexicon place `inner` is the place `outer` or lies inside it (places.tsv's parent
 * chain: a venue's city, a city's country). */
static int place_within(const rw_lexicon *lx, const char *inner, const char *outer)
{
    for (int depth = 0; inner && depth < 16; depth++) { /* (a cyclic lexicon stops here) */
        if (strcmp(inner, outer) == 0) return 1;
        inner = rw_lexicon_place_parent(lx, inner);
    }
    return 0;
}

/* Whether two places of meetings, both known to the lexicon, are apart (neither inside the
 * other): "في أبوظبي" and "في واشنطن" are two meetings, "في قصر الشاطئ" and "في أبوظبي" may be
 * one. */
static int places_apart(const rw_xstate *st, int a, int b)
{
    if (a < 0 || b < 0 || a == b) return 0;
    int la = rw_mentions_lexicon_place(st, a), lb = rw_mentions_lexicon_place(st, b);
    if (la < 0 || lb < 0) return 0;
    const char *ia = st->lx->places[la].id, *ib = st->lx->places[lb].id;
    return !place_within(st->lx, ia, ib) && !place_within(st->lx, ib, ia);
}

/* A past event of the headline or lead sentence, undated, happened on the day of the report
 * (facts of relation `rel`, or of every event relation when rel is -1): a sentence told with a
 * verb in the past, or a meeting noun with its own verb of taking place ("انتهى منذ قليل
 * الإجتماع الذي دار بين X و Y"). */
static void lead_dates(rw_xstate *st, int rel)
{
    rw_extraction *x = st->x;
    if (!rw_date_is_set(st->doc_date)) return;
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (rw_date_is_set(f->date) || f->modality != RW_MOD_ASSERTED ||
            f->sentence > ((st->fflags[i] & RW_FACT_STATEMENT) ? 2u : 1u) ||
            (st->fflags[i] & (RW_FACT_BACKGROUND | RW_FACT_REPORTED)))
            continue;
        if (f->rel != RW_REL_MET && f->rel != RW_REL_PHONED && f->rel != RW_REL_VISITED) continue;
        if (rel >= 0 && (int)f->rel != rel) continue;
        /* ... and so did a meeting a statement of the first sentences followed: the statement
         * is the news. */
        if (st->fflags[i] & RW_FACT_STATEMENT) {
            f->date = st->doc_date;
            continue;
        }
        for (size_t k = 0; k < st->n_ev; k++)
            if (st->ev[k].sentence == f->sentence &&
                (st->ev[k].tense == RW_VT_PAST || st->ev[k].told_past)) {
                f->date = st->doc_date;
                break;
            }
    }
}

static void fill_defaults(rw_xstate *st)
{
    rw_extraction *x = st->x;
    /* The lead visit first, so that the meetings of that visit take its day. */
    lead_dates(st, RW_REL_VISITED);
    /* Without a visit to a place no meeting takes one's place and date (and the long article
     * of many meetings and no visit does not pay the square of its facts). */
    size_t visits = 0;
    for (size_t i = 0; i < x->n_facts; i++)
        visits += x->facts[i].rel == RW_REL_VISITED && x->facts[i].place >= 0;
    for (size_t i = 0; visits && i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (f->rel != RW_REL_MET || f->modality != RW_MOD_ASSERTED ||
            (st->fflags[i] & RW_FACT_BACKGROUND))
            continue;
        if (f->place >= 0 && rw_date_is_set(f->date)) continue;
        /* "واستقبل ولي العهد اليوم X ... . وبحث ولي العهد مع X ... . وكان X قد وصل أمس": the
         * same two told again met on the day the article gave them, not on the visit's first. */
        for (size_t k = 0; !rw_date_is_set(f->date) && k < x->n_facts; k++) {
            const rw_xfact *g = &x->facts[k];
            if (g->rel == RW_REL_MET && g->modality == RW_MOD_ASSERTED && rw_date_is_set(g->date) &&
                !(st->fflags[k] & RW_FACT_BACKGROUND) && !places_apart(st, f->place, g->place) &&
                ((g->subj == f->subj && g->obj == f->obj) || (g->subj == f->obj && g->obj == f->subj)))
                f->date = g->date;
        }
        /* The visit this meeting belongs to: one by a participant, with a place - the last
         * told before it ("وصل X اليوم إلى مطار تونس قرطاج. وكان في استقباله Y" under a headline
         * "X يصل إلى تونس"), else the first told after it. */
        const rw_xfact *visit = NULL;
        for (size_t k = 0; k < x->n_facts; k++) {
            const rw_xfact *v = &x->facts[k];
            /* (an earlier trip told as background is no visit of this meeting's) */
            if (v->rel != RW_REL_VISITED || v->modality != RW_MOD_ASSERTED || v->place < 0 ||
                (st->fflags[k] & RW_FACT_BACKGROUND))
                continue;
            if (v->subj != f->subj && v->subj != f->obj) continue;
            /* "وزار X معراب حيث التقى Y": the visit its own sentence tells, to a place the
             * engine does not know, is the one - no other visit's place */
            if (st->fflags[i] & RW_FACT_OWN_TRIP) continue;
            if (rw_date_is_set(f->date) && rw_date_is_set(v->date) && rw_date_compare(f->date, v->date) != 0)
                continue;
            if (!visit || (v->sentence <= f->sentence && v->sentence > visit->sentence))
                visit = v;
        }
        if (visit) {
            if (f->place < 0) f->place = visit->place;
            if (!rw_date_is_set(f->date) && rw_date_is_set(visit->date)) f->date = visit->date;
        }
    }
    /* A meeting of the first sentences with no place of its own took place where the report
     * was filed: the dateline's city. */
    for (size_t i = 0; st->dateline >= 0 && i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (f->rel == RW_REL_MET && f->modality == RW_MOD_ASSERTED && f->place < 0 &&
            f->sentence <= 2 && !(st->fflags[i] & RW_FACT_BACKGROUND) &&
            (!rw_date_is_set(f->date) || !rw_date_is_set(st->doc_date) ||
             rw_date_compare(f->date, st->doc_date) == 0))
            f->place = st->dateline;
    }
    lead_dates(st, -1);
}

/* "أجرى X اتصالين هاتفيين مع Y و Z ... وأعلن Y أنه أجرى «محادثة مثمرة» مع X": talks told
 * with a noun after a call between the same two, with no place and no day of their own, are
 * that call. Returns -1 when memory runs out. */
static int talks_of_the_call(rw_xstate *st)
{
    rw_extraction *x = st->x;
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (f->rel != RW_REL_MET || f->modality != RW_MOD_ASSERTED || f->place >= 0 ||
            rw_date_is_set(f->date) || !(st->fflags[i] & RW_FACT_NOUN))
            continue;
        for (size_t k = 0; k < x->n_facts; k++) {
            const rw_xfact *g = &x->facts[k];
            if (g->rel != RW_REL_PHONED || g->modality != RW_MOD_ASSERTED ||
                g->sentence >= f->sentence || !same_two(f, g))
                continue;
            f->rel = RW_REL_PHONED;
            f->date = g->date;
            if (g->date_text && !(f->date_text = strdup(g->date_text))) return -1;
            break;
        }
    }
    return 0;
}

/* "الحريري من الإليزيه: ... وأعلن موقفي في بيروت بعد لقاء عون": a headline's meeting or call
 * noun that a verb of the headline governs (no tentative fact) is the meeting the body tells; when
 * the body tells it only as to come, it is to come. */
static void headline_noun_as_body(rw_xstate *st)
{
    rw_extraction *x = st->x;
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if ((f->rel != RW_REL_MET && f->rel != RW_REL_PHONED) || f->modality != RW_MOD_ASSERTED ||
            !(st->fflags[i] & RW_FACT_NOUN) || !rw_headline(st, f->sentence))
            continue;
        int planned = 0, held = 0;
        for (size_t k = 0; k < x->n_facts; k++) {
            const rw_xfact *g = &x->facts[k];
            if (k == i || !same_event(f, g) || rw_headline(st, g->sentence)) continue;
            planned |= g->modality == RW_MOD_PLANNED;
            held |= g->modality == RW_MOD_ASSERTED;
        }
        if (planned && !held) f->modality = RW_MOD_PLANNED;
    }
}

/* A headline tells in the present or with a bare noun what the body reports with its modality
 * ("تبون يستقبل ميلوني" over "سيستقبل الرئيس ..."; "لقاء بين الطبوبي وبوشماوي" over "سيعقد ...
 * لقاء"): a tentative fact takes the modality of the body's report of the same event - asserted
 * when the body says it happened anywhere - and goes when the body does not report it. Returns
 * -1 when memory runs out. */
static int headline_modality(rw_xstate *st)
{
    rw_extraction *x = st->x;
    for (size_t i = 0; i < x->n_facts; i++) {
        if (!(st->fflags[i] & RW_FACT_TENTATIVE)) continue;
        rw_xfact *f = &x->facts[i];
        int found = 0;
        rw_modality m = RW_MOD_PLANNED;
        const rw_xfact *report = NULL;
        for (size_t k = 0; k < x->n_facts; k++) {
            const rw_xfact *g = &x->facts[k];
            if (k == i || (st->fflags[k] & RW_FACT_TENTATIVE) || !same_event(f, g)) continue;
            /* (the first report that says it happened: the lead, not a background paragraph
             * about an earlier meeting of the two) */
            if (!found || (g->modality == RW_MOD_ASSERTED && m != RW_MOD_ASSERTED)) {
                m = g->modality;
                report = g;
            }
            found = 1;
        }
        /* ... and its day and place, when the headline gives none (not those of a visit the
         * meeting is later taken to belong to). */
        if (report && !rw_date_is_set(f->date)) {
            f->date = report->date;
            free(f->date_text);
            f->date_text = report->date_text ? strdup(report->date_text) : NULL;
            if (report->date_text && !f->date_text) return -1;
        }
        if (report && f->place < 0) f->place = report->place;
        /* Unreported in the body, it stands when the body reports a visit of one of its
         * participants (the meeting of that visit: "الحنيفات يلتقي بدر في دمشق" over "وكان
         * الحنيفات قد وصل إلى دمشق"); a visit elsewhere on the same trip has the modality the
         * body gives the trip ("ترامب يزور إسرائيل والسعودية" over "أول جولة له ستتضمن زيارة
         * الفاتيكان"). */
        int trip = 0;
        /* (A call is no part of a trip: "X يلتقي Y ويتلقى اتصالاً من Z" over a body that tells of
         * Y's visit and of X's call.) */
        for (size_t k = 0; k < x->n_facts && !found && f->rel != RW_REL_PHONED; k++) {
            const rw_xfact *g = &x->facts[k];
            if (g->rel != RW_REL_VISITED || (st->fflags[k] & RW_FACT_TENTATIVE) ||
                (g->subj != f->subj && g->subj != f->obj))
                continue;
            /* (a trip of an earlier month is not the one the headline tells: "X يصل عمان
             * غداً.. ويلتقي Y و Z" over "وكان Z قد زار بغداد في مارس الماضي") */
            if (f->rel != RW_REL_VISITED && rw_date_is_set(g->date) &&
                rw_date_is_set(st->doc_date) &&
                (g->date.year < st->doc_date.year ||
                 (g->date.year == st->doc_date.year && g->date.month &&
                  g->date.month < st->doc_date.month)))
                continue;
            if (g->modality == RW_MOD_ASSERTED) {
                found = 1;
                m = RW_MOD_ASSERTED;
            } else if (f->rel == RW_REL_VISITED && g->modality == RW_MOD_PLANNED) {
                trip = 1;
            }
        }
        if (!found && trip) {
            found = 1;
            m = RW_MOD_PLANNED;
        }
        /* A headline's own day after the report's is to come whatever the body says of the
         * trip ("X يتوجه إلى طهران غداً في زيارة يلتقي خلالها Y" over a body that calls the
         * trip "زيارة X" with no tense). */
        if (found && m == RW_MOD_ASSERTED && rw_date_is_set(f->date) &&
            rw_date_is_set(st->doc_date) && rw_date_compare(f->date, st->doc_date) > 0)
            m = RW_MOD_PLANNED;
        if (found) f->modality = m;
        else st->fflags[i] |= RW_FACT_DROP;
    }
    drop_marked_facts(st);
    return 0;
}

/* "يؤدي رئيس الحكومة زيارة رسمية الى المانيا يومي 14 و15 فيفري ... وتمثل ملفات ... ابرز محاور
 * زيارة رئيس الحكومة الى المانيا": a visit noun of no date of its own is the trip the article
 * dates - announced when the only dated report of that traveller's visit to that place is an
 * announcement for a day after the report's. */
static void trip_modality(rw_xstate *st)
{
    rw_extraction *x = st->x;
    if (!rw_date_is_set(st->doc_date)) return;
    long today, today_end;
    rw_date_span(st->doc_date, &today, &today_end);
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (f->rel != RW_REL_VISITED || f->modality != RW_MOD_ASSERTED || rw_date_is_set(f->date) ||
            !(st->fflags[i] & (RW_FACT_NOUN | RW_FACT_PRESENT)) || (st->fflags[i] & RW_FACT_BACKGROUND))
            continue;
        int announced = 0, made = 0;
        for (size_t k = 0; k < x->n_facts; k++) {
            const rw_xfact *g = &x->facts[k];
            if (k == i || g->rel != RW_REL_VISITED || g->subj != f->subj || g->place != f->place ||
                !rw_date_is_set(g->date))
                continue;
            /* A present tense goes with a plan that may still fall on the report's day or
             * after it ("أنه يزور تونس" and "زيارته إلى تونس الأسبوع المقبل", dated by month). */
            long first, last;
            rw_date_span(g->date, &first, &last);
            if (g->modality == RW_MOD_PLANNED &&
                (rw_date_compare(g->date, st->doc_date) > 0 ||
                 ((st->fflags[i] & RW_FACT_PRESENT) && last >= today)))
                announced = 1;
            if (g->modality == RW_MOD_ASSERTED) made = 1;
        }
        if (announced && !made) f->modality = RW_MOD_PLANNED;
    }
}

static void dedupe(rw_extraction *x)
{
    size_t out = 0;
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        int merged = 0;
        for (size_t k = 0; k < out && !merged; k++) {
            rw_xfact *g = &x->facts[k];
            if (!same_pair(g, f)) continue;
            if (f->rel == RW_REL_HOLDS_ROLE || f->rel == RW_REL_ALIAS_OF) {
                if ((f->role && g->role && strcmp(f->role, g->role) == 0) || (!f->role && !g->role)) merged = 1;
                continue;
            }
            /* Two mentions of one event, not two events: same date, or neither dated, or an
             * undated headline ("... يلتقي نظيره الفرنسي في باريس") told again in the body. */
            int headline =
                f->rel != RW_REL_VISITED && ((f->sentence == 0 && !rw_date_is_set(f->date)) ||
                                             (g->sentence == 0 && !rw_date_is_set(g->date)));
            if ((rw_date_is_set(f->date) != rw_date_is_set(g->date) && !headline) ||
                (rw_date_is_set(f->date) && rw_date_is_set(g->date) &&
                 rw_date_compare(f->date, g->date) != 0))
                continue;
            /* The body's report is more precise than the headline's (قصر الشعب, not دمشق). */
            if (g->place < 0 || (headline && g->sentence == 0 && f->place >= 0))
                g->place = f->place;
            if (!rw_date_is_set(g->date) && rw_date_is_set(f->date)) {
                g->date = f->date;
                char *t = g->date_text;
                g->date_text = f->date_text;
                f->date_text = t;
            }
            if (f->confidence > g->confidence) g->confidence = f->confidence;
            merged = 1;
        }
        if (merged) free_fact_strings(f);
        else x->facts[out++] = *f;
    }
    x->n_facts = out;
}

void rw_relations_drop(rw_xstate *st, uint32_t sentence, size_t upto)
{
    size_t out = 0;
    for (size_t i = 0; i < st->n_ev; i++) {
        rw_event *e = &st->ev[i];
        if (i < upto && e->sentence == sentence) {
            free(e->date_text);
            free(e->trigger);
            free(e->alias);
            continue;
        }
        st->ev[out++] = *e;
    }
    st->n_ev = out;
}

static void rename_in(int *side, int n, int from, int to)
{
    for (int i = 0; i < n; i++)
        if (side[i] == from) side[i] = to;
}

void rw_relations_rename(rw_xstate *st, int from, int to)
{
    for (size_t i = 0; i < st->n_ev; i++) {
        rw_event *e = &st->ev[i];
        rename_in(e->side_a, e->na, from, to);
        rename_in(e->side_b, e->nb, from, to);
        rename_in(e->companions, e->ncompanions, from, to);
    }
}

int rw_relations_finish(rw_xstate *st)
{
    /* Once, not for every role resolved: that made an article quadratic in its events. */
    st->visit_cc = visit_country(st);
    for (size_t i = 0; i < st->n_ev; i++)
        if (facts_of_event(st, &st->ev[i])) return -1;
    if (expand_groups(st)) return -1;
    if (rw_array_reserve((void **)&st->fflags, &st->cap_fflags, st->x->n_facts + 1, 1)) return -1;
    drop_own_group_pairs(st);
    size_t n_event_facts = st->x->n_facts;
    /* Offices stated in the text. */
    for (size_t i = 0; i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
        if (h->title_only) continue;
        rw_buf_reset(&st->tmp);
        if (h->office >= 0) {
            const char *cc = h->country;
            if (!*cc && st->x->entities[h->entity].country) cc = st->x->entities[h->entity].country;
            rw_buf_printf(&st->tmp, "%s%s%s", st->lx->offices[h->office].id, *cc ? "@" : "", cc);
        } else {
            rw_buf_puts(&st->tmp, h->text);
        }
        rw_xfact f = {0};
        f.rel = RW_REL_HOLDS_ROLE;
        f.subj = h->entity;
        f.obj = -1;
        f.place = -1;
        f.date = st->doc_date;
        f.role = (char *)rw_buf_str(&st->tmp);
        f.trigger = h->text;
        f.sentence = h->sentence;
        f.span = h->span;
        f.confidence = st->x->entities[h->entity].key ? CONF_LEXICON : CONF_CONTEXT;
        if (rw_extraction_add_fact(st->x, &f) < 0) return -1;
    }
    if (rw_array_reserve((void **)&st->fflags, &st->cap_fflags, st->x->n_facts + 1, 1)) return -1;
    memset(st->fflags + n_event_facts, 0, st->x->n_facts - n_event_facts);
    if (headline_modality(st)) return -1;
    if (talks_of_the_call(st)) return -1;
    headline_noun_as_body(st);
    trip_modality(st);
    fill_defaults(st);
    dedupe(st->x);
    return 0;
}
