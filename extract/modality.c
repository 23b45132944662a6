/*
 * modality.c - whether a trigger's event happened; see modality.h.
 */
#include "extract/modality.h"

#include <string.h>

/* Whether a verb of denial before trigger p covers it (see rw_modality_of). */
static int denied_at(const rw_xstate *st, uint32_t p, int depth)
{
    const rw_unit *u = &st->units[p];
    const rw_lex_trigger *t = &st->lx->triggers[u->ref];
    if ((u->pflags & RW_P_CONJ) && t->tense != RW_VT_NOUN) return 0;
    int clause_between = 0;
    for (uint32_t k = p, steps = 0; k-- > 0; steps++) {
        const rw_unit *v = &st->units[k];
        /* "نفى أن يكون التقى X أو أن يكون اجتمع بـ Y": a second complement of the same denial. */
        /* ("نفى ... ما تداولته المواقع عن لقاء مرتقب يجمع X بـ Y": the meeting noun a gathering
         * verb describes, a word between at most, is the verb's own event - the scan goes on) */
        if (rw_is_event_trigger(st, k)) {
            const rw_lex_trigger *t0 = &st->lx->triggers[st->units[k].ref];
            if (t->frame == RW_FRAME_GATHER && t0->tense == RW_VT_NOUN && k + 3 >= p) continue;
            return clause_between && depth < 4 && denied_at(st, k, depth + 1);
        }
        if (v->kind != RW_U_WORD) continue;
        if (v->cls & RW_W_ADDING) return 0; /* "... مشيرا الى ان الرئيس التقى": a new statement */
        if ((v->cls & RW_W_DENIED) && (steps < 10 || clause_between)) return 1;
        if (v->cls & RW_W_CLAUSE) clause_between = 1;
    }
    return 0;
}

/* Whether a sentence ends without a full stop: a headline, a sub-heading, a "link:" line. */
static int unstopped(const rw_xstate *st, uint32_t sentence)
{
    if (sentence >= st->x->n_sentences) return 0;
    rw_span s = st->x->sentences[sentence];
    const char *t = st->text;
    uint32_t e = s.end;
    while (e > s.start && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\r')) e--;
    if (e == s.start) return 0;
    /* A headline ends without a full stop ("." or the Arabic question and exclamation marks). */
    unsigned char last = (unsigned char)t[e - 1];
    if (last == '.' || last == '!' || last == '?') return 0;
    return !(e - s.start >= 2 && (unsigned char)t[e - 2] == 0xD8 && last == 0x9F); /* ؟ */
}

int rw_headline(const rw_xstate *st, uint32_t sentence)
{
    const rw_span *s = st->x->sentences;
    size_t n = st->x->n_sentences;
    if (sentence >= n) return 0;
    if (sentence == 0) return unstopped(st, 0);
    /* Headlines join their items with ".." ("X يستقبل Y.. وZ يلتقي W"), which ends a sentence:
     * every sentence of the text's first line is the headline when the line's last one is. */
    uint32_t last = 0;
    while (last + 1 < n && !memchr(st->text + s[0].start, '\n', s[last + 1].start - s[0].start))
        last++;
    return sentence <= last && unstopped(st, last);
}

int rw_heading_noun(const rw_xstate *st, const rw_clause *c)
{
    if (c->tr->tense != RW_VT_NOUN || !unstopped(st, st->sentence)) return 0;
    uint32_t start = 0;
    for (uint32_t k = 0; k < st->n_units; k++) {
        if (rw_is_event_trigger(st, k) && st->lx->triggers[st->units[k].ref].tense != RW_VT_NOUN)
            return 0;
        if (k < c->p && rw_is_colon(st, k)) start = k + 1;
    }
    return c->p <= start + 1;
}

/* The scope a planned word reaches before a trigger: its clause, at most this many units. */
#define PLANNED_REACH 10
/* ... and after a trigger that is not a past-tense verb ("يلتقي ... قريبا"، "الاجتماع سيبحث"). */
#define PLANNED_AFTER 8
/* ... and back from a meeting noun to the verb that holds it ("يعقد X ونظيره Y اجتماعا"). */
#define HOLD_REACH 10

/* Whether only an aside set off by commas stands between the word of plan at unit k and the أن
 * that opens the clause starting at L ("ومن المتوقع، وفق معلومات MTV، أن يتوجه X"): the plan
 * reaches over it. */
static int aside_before_that(const rw_xstate *st, uint32_t k, uint32_t L)
{
    if (L < k + 4 || L - k > 12 || !rw_has_word(st, L - 1, L, RW_W_THAT) ||
        !rw_mentions_is_comma(st, k + 1) || !rw_mentions_is_comma(st, L - 2))
        return 0;
    for (uint32_t j = k + 2; j + 2 < L; j++)
        if (rw_is_event_trigger(st, j) || rw_mentions_is_comma(st, j)) return 0;
    return 1;
}

/* The word classes of the verb whose object the meeting noun at p is: the word right before
 * it, or right before the person right before it ("وطلب نتنياهو لقاء ترامب"، "رفض لقاءه") - over
 * the preposition a verb takes its object with (words.tsv `object_prep`: "واعتذر بايدن عن لقاء
 * نتنياهو"; not في or خلال, "وطلب X خلال لقائه بـ Y" asked for something during a meeting held). */
static rw_wclass governing_verb(const rw_xstate *st, uint32_t p)
{
    if (p == 0) return 0;
    uint32_t k = p - 1;
    if (k > 0 && st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_OBJECT_PREP)) k--;
    for (size_t i = 0; i < st->n_pms; i++)
        if (st->pms[i].unit_end == k + 1 && st->pms[i].kind == RW_PM_PERSON && st->pms[i].unit > 0) {
            k = st->pms[i].unit - 1;
            break;
        }
    return st->units[k].kind == RW_U_WORD ? st->units[k].cls : 0;
}

/* Whether units [a, b) are only a noun's genitive: titles, offices, nationality adjectives and
 * names. */
static int genitive_between(const rw_xstate *st, uint32_t a, uint32_t b)
{
    if (a >= b) return 0;
    for (uint32_t k = a; k < b; k++) {
        rw_unit_kind kind = st->units[k].kind;
        if (kind != RW_U_TITLE && kind != RW_U_OFFICE && kind != RW_U_NISBA && kind != RW_U_ACTOR &&
            kind != RW_U_OTHER)
            return 0;
    }
    return 1;
}

/* Whether كان (words.tsv `was`) stands before the verb at p in its sentence, with no word of
 * plan and no أن between them: "كان X أول زعيم يستقبله Y في البيت الأبيض" tells what was ("كان
 * مقررا أن يلتقي" what was to be). */
static int told_with_was(const rw_xstate *st, uint32_t p)
{
    for (uint32_t k = p; k-- > 0;) {
        const rw_unit *v = &st->units[k];
        if (v->kind != RW_U_WORD) continue;
        if (v->cls & (RW_W_PLANNED | RW_W_THAT)) return 0;
        if (v->cls & RW_W_WAS) return 1;
    }
    return 0;
}

/* "واستقبل الملك X الرئيس Y في قصر السلام، قبل أن يعقد Y جلسة مباحثات مع Z": see modality.h. */
int rw_after_past_event(const rw_xstate *st, const rw_clause *c)
{
    uint32_t k = c->L;
    /* ("قبل أن يزور اليرزة ويلتقي Y"، "قبل أن يحط منتصف نيسان في الدوحة ويلتقي Y": a verb
     * joined by و to the verb of قبل أن's clause, a few words on, is in that clause of time
     * too) */
    if (c->p == c->L && (st->units[c->p].pflags & RW_P_CONJ) && c->tr->tense != RW_VT_NOUN)
        for (uint32_t j = c->L, steps = 0; j-- > 1 && steps < 8; steps++) {
            if (st->units[j].kind == RW_U_PUNCT || rw_is_clause(st, j)) break;
            if (rw_time_clause(st, j - 1)) {
                k = j;
                break;
            }
        }
    if (k == 0 || !rw_time_clause(st, k - 1)) return 0;
    int noun_seen = 0;
    for (uint32_t j = k - 1; j-- > 0;)
        if (rw_is_event_trigger(st, j)) {
            const rw_lex_trigger *t0 = &st->lx->triggers[st->units[j].ref];
            /* ("واجتمع فور وصوله مع X، قبل أن يلتقي أمس Y": the arrival only dates the verb) */
            if (t0->tense == RW_VT_NOUN && j > 0 && rw_has_word(st, j - 1, j, RW_W_UPON)) continue;
            /* ("وكان X قد وصل ...، وبدأ جولته بزيارة P، قبل أن يلتقي Y": a noun between goes
             * with the verb told with كان before it) */
            if (t0->tense == RW_VT_NOUN && !noun_seen) {
                noun_seen = 1;
                continue;
            }
            if (noun_seen && !told_with_was(st, j)) return 0;
            return t0->tense == RW_VT_PAST && t0->modality == RW_MOD_ASSERTED &&
                   !(st->units[j].pflags & RW_P_FUTURE);
        }
    return 0;
}

/* Whether the trigger unit u, read as a past verb of the forms that start with a bare alef
 * (التقى، اجتمع، استقبل), is written with أ and ت as its third letter: the speaker's "I meet"
 * (ألتقي، أجتمع، أستقبل), which folding makes the past - what a quote announces ("سأعلن موقفي
 * بعد أن ألتقي فخامة الرئيس"). Form IV's past is written with أ too, but not so (أجرى، أكد). */
static int first_person_imperfect(const rw_xstate *st, const rw_unit *u)
{
    const rw_token *t = &st->tk->v[u->tok];
    const unsigned char *w = (const unsigned char *)st->text + t->start;
    size_t n = t->end - t->start;
    size_t skip = u->prefix_len; /* its proclitics' bytes; with harakat written, no match */
    if (skip + 6 > n) return 0;
    w += skip;
    return w[0] == 0xD8 && w[1] == 0xA3 && w[4] == 0xD8 && w[5] == 0xAA; /* أ ? ت */
}

/* Whether the meeting noun at unit p (and its adjectives with the article) is followed by a
 * relative pronoun and a verb of holding it in the past ("المباحثات الهاتفية التي أجراها X"):
 * the relative clause tells it was held. */
static int held_in_relative_past(const rw_xstate *st, uint32_t p)
{
    uint32_t k = p + 1;
    while (k < st->n_units && k < p + 4 && st->units[k].definite && !st->units[k].pflags &&
           (st->units[k].kind == RW_U_OTHER || st->units[k].kind == RW_U_NISBA))
        k++;
    if (k + 1 >= st->n_units || !rw_has_word(st, k, k + 1, RW_W_RELATIVE) ||
        !rw_has_word(st, k + 1, k + 2, RW_W_HELD_BY))
        return 0;
    return !rw_imperfect_written(st, k + 1);
}

/* Sets *mod to the modality v a rule of modality_of_form settled; returns 1, that it did. */
static int settled(rw_modality *mod, rw_modality v)
{
    *mod = v;
    return 1;
}

/* The modality of the trigger's own form and of the words right around it: its tense and
 * proclitics, a denial of it, a noun after إثر (held) or in construct with a verb of asking or
 * refusing. Returns 1 when that settles *mod, 0 when the clause is to be read on with *mod so
 * far (and *presupposed: a meeting noun the sentence takes for granted, which no negation
 * before it reaches). */
static int modality_of_form(const rw_xstate *st, const rw_clause *c, rw_modality *mod,
                            int *presupposed_out)
{
    uint32_t p = c->p;
    const rw_unit *u = &st->units[p];
    const rw_lex_trigger *t = c->tr;
    rw_modality m = t->modality;
    /* ("تتويجا للمباحثات الهاتفية التي أجراها X يوم الخميس الماضي": no purpose but the genitive
     * of the noun before, when a relative clause holds it in the past) */
    if (m == RW_MOD_ASSERTED && (u->pflags & (RW_P_FUTURE | RW_P_PURPOSE)) &&
        !(t->tense == RW_VT_NOUN && u->definite && !(u->pflags & RW_P_FUTURE) &&
          held_in_relative_past(st, p)))
        m = RW_MOD_PLANNED;
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_PAST && first_person_imperfect(st, u))
        m = RW_MOD_PLANNED;
    /* A verb of denial reaches over its complement clause ("نفى أن يكون فلان قد التقى"), and
     * past ten words only through a clause word ("نفى مصدر ... ما تداولته وسائل الإعلام عن أن
     * يكون فلان قد التقى ..."), back to the previous event. A verb coordinated by و opens a
     * clause of its own ("نفى ... التقارير، والتقى لاحقا"). */
    /* "نفى ... ما تداولته المواقع بخصوص تصريحه خلال لقائه أمس بالوزير X": a meeting noun
     * right after خلال or إثر is the time of what is denied, and took place. */
    int presupposed =
        t->tense == RW_VT_NOUN && p > 0 && rw_has_word(st, p - 1, p, RW_W_DURING | RW_W_FOLLOWING);
    if (!presupposed && denied_at(st, p, 0)) return settled(mod, RW_MOD_NEGATED);
    /* "أجرى X و Y مباحثات غير مباشرة": talks through mediators are no meeting of the two. */
    if (t->tense == RW_VT_NOUN && t->rel == RW_REL_MET && p + 1 < st->n_units &&
        rw_has_word(st, p + 1, p + 2, RW_W_INDIRECT))
        return settled(mod, RW_MOD_NEGATED);
    /* "التقى X Y ..., وهو ما نفته طهران لاحقا": a denial of it later in the sentence. */
    for (uint32_t k = p + 1; k < st->n_units && !rw_is_event_trigger(st, k); k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_DENIED) &&
            (st->units[k].suffix == RW_SUF_PRONOUN || rw_possessive(st, k)))
            return settled(mod, RW_MOD_NEGATED);
    /* "ودعا ساركوزي ... على اثر لقاءه مع السبسي": a meeting noun right after إثر or عقب is
     * what a statement followed, so it has happened, whatever word of plan stands before. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p > 0 &&
        rw_has_word(st, p > 2 ? p - 2 : 0, p, RW_W_FOLLOWING))
        return settled(mod, m);
    /* "بناء على اقتراح X، وفي ضوء الاتصالات الهاتفية التي أجراها سموه أمس مع Y": a noun that a
     * relative verb of holding in the past describes was held, whatever plan stands before. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && u->definite && !u->pflags &&
        held_in_relative_past(st, p))
        return settled(mod, m);
    /* "جدد الدعوة للرئيس لأداء زيارة رسمية": an indefinite noun right after a verbal noun of
     * purpose is what is to be done ("لتقرير زيارته", the report of his visit, tells one). */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p >= 1 && !u->definite &&
        !rw_possessive(st, p) && rw_mentions_purpose_noun(st, p - 1))
        m = RW_MOD_PLANNED;
    /* "إن أول جولة له ستتضمن زيارة الفاتيكان": a noun right after a verb in the future is its
     * object, still to come. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p >= 1 &&
        ((st->units[p - 1].pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, p - 1)))
        m = RW_MOD_PLANNED;
    /* "أن جلسات التفاوض ستستأنف يوم السبت، بلقاء يجمع X بـ Y": a meeting noun with ب right after
     * a comma is the means of the verb before it - as much to come as that verb in the future. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p >= 2 && (u->pflags & RW_P_SIDE) &&
        rw_mentions_is_comma(st, p - 1))
        for (uint32_t k = p - 1, steps = 0; k-- > 0 && steps < 6; steps++) {
            if (rw_is_event_trigger(st, k) || rw_is_clause(st, k) || rw_mentions_is_comma(st, k))
                break;
            if ((st->units[k].pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, k)) {
                m = RW_MOD_PLANNED;
                break;
            }
        }
    /* "أنه سيطرح لدى زيارته إلى أنقرة"، "وسيبحث X الملف في اتصال هاتفي مع Y": a noun right
     * after the preposition of a verb in the future, its subject and object between at most,
     * is a time or a means still to come. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p >= 2 &&
        st->units[p - 1].kind == RW_U_WORD && (st->units[p - 1].cls & (RW_W_PREP | RW_W_DURING)))
        for (uint32_t k = p - 1, steps = 0; k-- > 0 && steps < 3; steps++) {
            for (size_t i = 0; i < st->n_pms; i++)
                if (st->pms[i].unit_end == k + 1 && st->pms[i].kind == RW_PM_PERSON &&
                    st->pms[i].unit < k && st->pms[i].unit > 0) {
                    k = st->pms[i].unit; /* (a name of several units is one step) */
                    break;
                }
            const rw_unit *v = &st->units[k];
            const rw_lex_trigger *vt = v->kind == RW_U_TRIGGER ? &st->lx->triggers[v->ref] : NULL;
            if ((v->pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, k) ||
                (vt && (vt->tense == RW_VT_FUTURE || vt->modality == RW_MOD_PLANNED))) {
                m = RW_MOD_PLANNED;
                break;
            }
            if (v->kind == RW_U_PUNCT || rw_is_event_trigger(st, k) || rw_is_clause(st, k)) break;
        }
    /* "وطلب نتنياهو لقاء ترامب"، "ورفض عباس لقاء المبعوث": a meeting asked for, or refused -
     * also when the trigger reads as a verb: right after the asking verb and its subject, with
     * no و, "عقد لقاء" is the verbal noun ("وطلب ماكرون عقد لقاء مع ترامب"). */
    if (m == RW_MOD_ASSERTED && t->rel == RW_REL_MET &&
        (t->tense == RW_VT_NOUN || !(u->pflags & RW_P_CONJ))) {
        rw_wclass gv = governing_verb(st, p);
        if (gv & RW_W_REFUSE) return settled(mod, RW_MOD_NEGATED);
        if (gv & RW_W_REQUEST) m = RW_MOD_PLANNED;
    }
    /* "رفض X طلبا أميركيا لإجراء اتصال هاتفي مع Y"، "ورفض عباس إجراء اتصال هاتفي مع ترامب": a
     * meeting or call noun a refusal governs from a few words back in its clause - past a
     * request, its adjective and a verbal noun of holding - did not take place. */
    if (t->tense == RW_VT_NOUN && (t->rel == RW_REL_MET || t->rel == RW_REL_PHONED))
        for (uint32_t k = p, steps = 0; k-- > c->L && steps < 6; steps++) {
            const rw_unit *v = &st->units[k];
            if (v->kind == RW_U_PUNCT || rw_is_event_trigger(st, k) || rw_is_clause(st, k)) break;
            if (v->kind == RW_U_WORD && (v->cls & RW_W_REFUSE)) return settled(mod, RW_MOD_NEGATED);
        }
    /* "إذ كان قد دعا في نوفمبر الأطراف الخمسة، أي A و B و C، إلى اجتماع تحضيري": a meeting
     * noun after إلى, with an invitation before it in its sentence and no event between, is
     * the meeting invited to, however long the list of those invited. */
    /* (... and so is an indefinite one joined by و to what the invitation is for: "أن الدعوة
     * وجهت إلى كل من X و Y للحضور إلى العاصمة الألمانية ولقاء المستشارة") */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p > 0 &&
        (rw_has_word(st, p - 1, p, RW_W_TOWARD) ||
         ((u->pflags & RW_P_CONJ) && !u->definite && !rw_possessive(st, p))))
        for (uint32_t k = p - 1; k-- > 0 && !rw_is_event_trigger(st, k);)
            if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_INVITE)) {
                m = RW_MOD_PLANNED;
                break;
            }
    /* "ولم يُسجَّل إلى غاية كتابة هذه الأسطر أي لقاء ثنائي بين X و Y": a meeting noun after أي
     * ("any") is denied by a negation anywhere before it in its sentence, however far, and
     * otherwise supposed ("أي لقاء بين الطرفين"); it is never told as held. */
    if (t->tense == RW_VT_NOUN && p > 0 && rw_has_word(st, p - 1, p, RW_W_ANY))
        return settled(mod,
                       rw_has_word(st, 0, p - 1, RW_W_NEGATED) ? RW_MOD_NEGATED : RW_MOD_PLANNED);
    /* "لقاء مزعوم مع X": a claim the report disputes. */
    if (t->tense == RW_VT_NOUN && p + 1 < st->n_units && st->units[p + 1].kind == RW_U_WORD &&
        (st->units[p + 1].cls & RW_W_ALLEGED))
        return settled(mod, RW_MOD_NEGATED);
    /* "وإذا التقى ترامب بوتين": what would happen if. */
    if (m == RW_MOD_ASSERTED && p > 0 && rw_has_word(st, p - 1, p, RW_W_CONDITION))
        m = RW_MOD_PLANNED;
    /* "اللقاء المرتقب", "الزيارة المقبلة": an announced event. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p + 1 < st->n_units &&
        st->units[p + 1].kind == RW_U_WORD && (st->units[p + 1].cls & (RW_W_PLANNED | RW_W_SOON)))
        m = RW_MOD_PLANNED;
    *mod = m;
    *presupposed_out = presupposed;
    return 0;
}

/* The modality the words before the trigger in its clause give: a negation right before it,
 * a word of plan or schedule, a possibility before a present tense, a verb in the future
 * before a noun. */
/* The comma that opens an aside set off by commas whose closing comma is unit k: a relative
 * clause ("، التي تستمر يومين،") or a time of the visit told ("، خلال هذه الزيارة التي ستقوده
 * إلى الجزائر ثم إلى وهران،") - a few words, no event of their own; 0 when k closes none. */
static uint32_t aside_before(const rw_xstate *st, uint32_t k)
{
    if (!rw_mentions_is_comma(st, k)) return 0;
    int relative = 0, during = 0;
    for (uint32_t j = k, steps = 0; j-- > 1 && steps < 14; steps++) {
        if (rw_mentions_is_comma(st, j)) return relative || during ? j : 0;
        if (rw_is_event_trigger(st, j)) {
            /* (only the visit or meeting told already that the aside's time is: "خلال هذه
             * الزيارة") */
            const rw_lex_trigger *t = &st->lx->triggers[st->units[j].ref];
            if (t->tense != RW_VT_NOUN || !rw_has_word(st, j - 1, j, RW_W_DEMONSTRATIVE)) return 0;
            continue;
        }
        if (rw_has_word(st, j, j + 1, RW_W_RELATIVE))
            relative = 1;
        else if (rw_has_word(st, j, j + 1, RW_W_DURING))
            during = 1;
        else if (rw_is_clause(st, j) && !rw_has_word(st, j, j + 1, RW_W_CONTINUES))
            return 0;
    }
    return 0;
}

static rw_modality modality_before(const rw_xstate *st, const rw_clause *c, rw_modality m,
                                   int presupposed)
{
    uint32_t p = c->p;
    const rw_lex_trigger *t = c->tr;
    /* Before it, in its clause: a negation right before it, a word of plan or schedule
     * ("من المقرر أن"، "على أن يلتقي"، "سيعقد، في غضون الساعات القادمة، لقاء"), a possibility
     * right before a present tense ("قد يلتقي"). */
    for (uint32_t k = p, steps = 0; k-- > 0 && steps < PLANNED_REACH; steps++) {
        /* (an aside set off by commas is one step: "سيعقد خلال الزيارة، التي تستمر يومين، لقاءات
         * مع Y"، "أن يجري X، خلال هذه الزيارة التي ستقوده إلى P ثم إلى Q، محادثات مع Y") */
        uint32_t aside = t->tense == RW_VT_NOUN ? aside_before(st, k) : 0;
        if (aside) {
            k = aside;
            continue;
        }
        /* (before a noun, a person's mention, title and name, is one step: "ومن المنتظر أن
         * يجري الرئيس الموريتاني X خلال هذه الزيارة محادثات") */
        size_t in = t->tense == RW_VT_NOUN ? rw_first_pm(st, k) : 0;
        if (in > 0 && (in >= st->n_pms || st->pms[in].unit != k) && st->pms[in - 1].unit_end > k &&
            st->pms[in - 1].kind == RW_PM_PERSON)
            k = st->pms[in - 1].unit;
        const rw_unit *v = &st->units[k];
        /* "وسيبحث الاجتماع ...": a meeting noun right after a verb in the future. */
        if (rw_is_event_trigger(st, k)) {
            const rw_lex_trigger *t0 = &st->lx->triggers[v->ref];
            /* "وسيجري الوزير خلال هذه الزيارة محادثات": a noun that refers back to an event
             * is no event of its own, nor is the visit a noun after خلال names ("سيعقد خلال زيارته
             * جلسة عمل مع Y"; "خلال لقاء جمعه" is the gathering verb's own noun), and the scan
             * goes on past it. */
            /* (The phrase counts as one step of the reach: "ومن المنتظر أن يجري X خلال هذه
             * الزيارة محادثات مع Y".) */
            if (t0->tense == RW_VT_NOUN && k > 0 &&
                rw_has_word(st, k - 1, k,
                            t0->rel == RW_REL_VISITED ? RW_W_DEMONSTRATIVE | RW_W_DURING
                                                      : RW_W_DEMONSTRATIVE)) {
                while (k > 1 && rw_has_word(st, k - 2, k - 1, RW_W_DEMONSTRATIVE | RW_W_DURING) &&
                       rw_has_word(st, k - 1, k, RW_W_DEMONSTRATIVE))
                    k--;
                k--;
                continue;
            }
            /* (nor is the occasion: "سيعقد على هامش القمة سلسلة لقاءات ثنائية") */
            if (t0->tense == RW_VT_NOUN && k > 0 &&
                rw_has_word(st, k > 2 ? k - 2 : 0, k, RW_W_OCCASION))
                continue;
            /* "ومن المرتقب عقد قمة تجمع X و Y": the meeting noun a gathering verb (or يضم)
             * describes is that verb's own event; what governs the noun governs it (not after
             * خلال or إثر: "خلال لقاء جمعه بـ Y" took place). An adjective may stand between
             * ("يستضيف X غدا قمة ثلاثية تجمعه بـ Y"). */
            const rw_unit *adj = k + 2 == p ? &st->units[k + 1] : NULL;
            int described =
                k + 1 == p ||
                (adj && !adj->pflags &&
                 ((adj->kind == RW_U_WORD && (adj->cls & RW_W_FEW)) || adj->kind == RW_U_OTHER));
            if (t0->tense == RW_VT_NOUN && described &&
                (t->frame == RW_FRAME_GATHER || t->frame == RW_FRAME_MEMBER) && !v->definite &&
                !(k > 0 && rw_has_word(st, k - 1, k, RW_W_DURING | RW_W_FOLLOWING)))
                continue;
            if (steps < 2 && t->tense == RW_VT_NOUN && m == RW_MOD_ASSERTED &&
                (t0->modality == RW_MOD_PLANNED || (v->pflags & RW_P_FUTURE)))
                m = RW_MOD_PLANNED;
            /* ... or a noun right after a verb in the future: "سيختتم زيارته اليوم بلقاءين مع
             * Y" - the meeting is how the visit will end. */
            if (steps < 3 && t->tense == RW_VT_NOUN && m == RW_MOD_ASSERTED &&
                t0->tense == RW_VT_NOUN && k > 0 &&
                ((st->units[k - 1].pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, k - 1)))
                m = RW_MOD_PLANNED;
            /* "ويتضمن جدول أعمال الزيارة لقاء مع X": a noun a plan governs passes it on to the
             * meeting noun right after it in its clause - or after its genitive ("ويتضمن برنامج
             * زيارة الرئيس الفرنسي إيمانويل ماكرون لقاء مع Y"). */
            /* (Not past the comma that closes an aside of time: "أجرى، قبيل اللقاء، اتصالاً
             * هاتفياً بـ Y" made the call before the meeting - held.) */
            if ((steps < 3 || genitive_between(st, k + 1, p)) && t->tense == RW_VT_NOUN &&
                m == RW_MOD_ASSERTED && k + 1 >= c->L && k > 0 && t0->tense == RW_VT_NOUN &&
                rw_has_word(st, k - 1, k, RW_W_PLANNED) && !rw_comma_between(st, k, p))
                m = RW_MOD_PLANNED;
            /* "ومن المنتظر أن يشارك X في اجتماع يضم Y و Z": a meeting one is to take part in is
             * as much to come as the taking part - a verb of attending, announced or in the
             * future, before it in the sentence with no other event between. */
            if (m == RW_MOD_ASSERTED && t0->rel == RW_REL_ATTENDED && t0->tense != RW_VT_NOUN &&
                ((v->pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, k) ||
                 (k > 0 && rw_has_word(st, k > 3 ? k - 3 : 0, k, RW_W_PLANNED))))
                m = RW_MOD_PLANNED;
            break;
        }
        if (v->kind != RW_U_WORD) continue;
        /* "كان مقرراً أن يتوجه X إلى عمّان للمشاركة في قمة تجمعه مع Y": a meeting noun right
         * after a purpose of taking part (words.tsv `to_attend`) and its preposition is what
         * one goes for. */
        if (steps < 2 && m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN &&
            (v->cls & RW_W_TO_ATTEND) && k + 1 < p && rw_has_word(st, k + 1, k + 2, RW_W_PREP))
            m = RW_MOD_PLANNED;
        /* (Not ما asking what: "ما الذي يعنيه لقاء X و Y في النجف؟" - a relative right after
         * the negation makes it a question about a meeting that took place.) */
        if ((v->cls & RW_W_NEGATED) && steps < 3 && !presupposed &&
            !(k + 1 < st->n_units && st->units[k + 1].kind == RW_U_WORD &&
              (st->units[k + 1].cls & RW_W_RELATIVE)))
            return RW_MOD_NEGATED;
        /* "لم يعقد X حتى الآن أي لقاء مع Y": a negation right before the verb of holding the
         * noun is the noun's, however far the verb's subject and adverbs put it. */
        if ((v->cls & RW_W_HOLD_NOW) && k > 0 && st->units[k - 1].kind == RW_U_WORD &&
            (st->units[k - 1].cls & RW_W_NEGATED) && !presupposed)
            return RW_MOD_NEGATED;
        if (m != RW_MOD_ASSERTED) continue;
        /* "من المقرر أن يعقد الرئيس، على هامش القمة، عدداً من اللقاءات": a word of plan right
         * before the verb of holding the noun is the noun's, however far the verb's subject and
         * an aside put it - as a negation there is. */
        if (t->tense == RW_VT_NOUN && (v->cls & RW_W_HOLD_NOW) && k > 0 &&
            st->units[k - 1].kind == RW_U_WORD && (st->units[k - 1].cls & RW_W_PLANNED))
            m = RW_MOD_PLANNED;
        /* A word of plan reaches six units back, or to the أن that opens the trigger's clause
         * ("من المنتظر أن يجدد X يوم الاثنين لقاءاته"); an invitation made during a meeting
         * leaves that meeting held ("ودعا X نظيره Y، خلال جلسة عمل انعقدت أمس، إلى ..."). */
        /* "Later the same day" (words.tsv `later` as well as `soon`) does not make a verb in the
         * past announced: "وفي وقت لاحق من اليوم نفسه، استقبل X ..." was held. */
        if (((v->cls & RW_W_PLANNED) ||
             ((v->cls & RW_W_SOON) && !((v->cls & RW_W_LATER) && t->tense == RW_VT_PAST))) &&
            (steps < 6 || k + 2 >= c->L || aside_before_that(st, k, c->L)) &&
            !(presupposed && (v->cls & RW_W_INVITE)) &&
            !((v->cls & RW_W_WHEN_OF) && rw_comma_between(st, k, p)))
            m = RW_MOD_PLANNED;
        if ((v->cls & RW_W_MAY) && steps < 2 && t->tense == RW_VT_PRESENT) m = RW_MOD_PLANNED;
    }
    return m;
}

/* The modality of a present tense or a noun told as asserted so far, from what follows it
 * or governs it: a programme, a relative verb in the future, a word of what is to come after
 * it, a present tense in the body of a report. */
static rw_modality modality_after(const rw_xstate *st, const rw_clause *c, rw_modality m)
{
    uint32_t p = c->p;
    const rw_lex_trigger *t = c->tr;
    /* "ويتضمن برنامج زيارة الضيف، إلى جانب تنظيم جلسة عمل مع X، إجراء لقاءات مع ...": a
     * programme lists what is to come, as far as its sentence goes - up to a verb in the past. */
    for (uint32_t k = p; k-- > 0;) {
        if (rw_is_event_trigger(st, k) && st->lx->triggers[st->units[k].ref].tense == RW_VT_PAST)
            break;
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_PROGRAMME))
            return RW_MOD_PLANNED;
    }
    /* "الزيارة التي سيؤديها ماكرون إلى الجزائر": a verbal noun whose relative clause's verb
     * is in the future is announced. */
    uint32_t rel_verb = t->tense == RW_VT_NOUN ? rw_relative_verb(st, p) : 0;
    if (rel_verb &&
        ((st->units[rel_verb].pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, rel_verb)))
        return RW_MOD_PLANNED;
    /* After a present tense or a verbal noun, in its clause: a word of what is to come
     * ("يلتقي الوزير نظيره قريبا"، "لقاء الأسبوع القادم"، "الاجتماع سيبحث ..."). */
    int future_verb_reach = 1;
    for (uint32_t k = p + 1; k < st->n_units && k <= p + PLANNED_AFTER; k++) {
        /* "أن لقاء بوتين وأردوغان لن يعقد هذا الأسبوع": the noun, subject of a negated verb of
         * holding, does not take place (not "اللقاء لم يتطرق إلى ...": it took place). */
        if (t->tense == RW_VT_NOUN && future_verb_reach && k < c->R && k + 1 < st->n_units &&
            st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_NEGATED) &&
            st->units[k + 1].kind == RW_U_WORD &&
            (st->units[k + 1].cls & (RW_W_HOLD_NOW | RW_W_TOOK_PLACE)))
            return RW_MOD_NEGATED;
        /* Not past a comma and a clause word ("خلال زيارة أداها إلى ولاية باجة اليوم، أنه سيتم
         * توريد اللحوم" was held), but a trigger of the soon class that ends the clause is
         * read first ("... سيعقد"). */
        if ((st->units[k].cls & RW_W_SOON) && (future_verb_reach || rw_is_event_trigger(st, k)))
            return RW_MOD_PLANNED;
        if (k >= c->R) break;
        /* "زيارة رئيس الجمهورية بهذه المناسبة ستتزامن مع ...": in its clause, the noun is the
         * subject of a verb in the future (not past a comma or a clause word: "لدى لقائه نظيره،
         * أنه سيطرح"). */
        if (st->units[k].kind == RW_U_PUNCT || rw_is_clause(st, k)) future_verb_reach = 0;
        if (t->tense == RW_VT_NOUN && future_verb_reach &&
            ((st->units[k].pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, k)))
            return RW_MOD_PLANNED;
    }
    /* "سيعلن ماكرون اليوم تعيين رئيس للوزراء، قبل أن يتوجه إلى ألمانيا": a present tense after
     * قبل أن (or بعد أن) comes after the sentence's main event, still to come when that one is. */
    /* So does a meeting noun right after بعد or قبل ("سيحسم الحزب موقفه بعد لقائه مع رئيس
     * الحكومة"). */
    if (p >= 1 && st->units[p - 1].kind == RW_U_WORD && (st->units[p - 1].cls & RW_W_WHEN_OF) &&
        ((t->tense == RW_VT_PRESENT && (st->units[p - 1].cls & RW_W_CLAUSE)) ||
         t->tense == RW_VT_NOUN))
        for (uint32_t k = 0; k + 1 < p; k++)
            if ((st->units[k].pflags & RW_P_FUTURE) || rw_mentions_future_verb(st, k) ||
                (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_PLANNED)) ||
                (rw_is_event_trigger(st, k) &&
                 st->lx->triggers[st->units[k].ref].modality == RW_MOD_PLANNED))
                return RW_MOD_PLANNED;
    /* "ويتوجه كيشيدا بعد ذلك إلى أبوظبي": a present tense with a word of later in its clause
     * tells what comes after the report's events - a visit too, which in the present is
     * otherwise under way ("يؤدي X زيارة إلى P"). Not in a headline, whose present is the
     * news ("محمد بن زايد يستقبل الرئيس التركي في ختام جولته الخليجية"), read against the
     * body below. */
    if (t->tense == RW_VT_PRESENT && rw_has_word(st, c->L, c->R, RW_W_LATER) &&
        !rw_headline(st, st->sentence))
        return RW_MOD_PLANNED;
    /* "... حيث يلتقي شيخ الأزهر، ثم إلى مجلس النواب. كما يزور العاهل جامعة القاهرة": a present
     * tense that opens its sentence after كما or ثم goes on with the sentence before, a
     * programme still to come when that one's last event is. */
    if (t->tense == RW_VT_PRESENT && p == 1 && rw_has_word(st, 0, 1, RW_W_CONTINUES) && st->n_ev &&
        st->ev[st->n_ev - 1].sentence + 1 == st->sentence &&
        st->ev[st->n_ev - 1].modality == RW_MOD_PLANNED && !rw_headline(st, st->sentence))
        return RW_MOD_PLANNED;
    /* A present-tense meeting or call in the body of a report is announced ("تلتقي المستشارة
     * الرئيس ورئيس الحكومة"), unless it is happening now ("ينعقد حاليا اجتماع"); a headline
     * tells past events in the present ("تبون يستقبل ميلوني") and is read in
     * rw_relations_finish against the body. */
    if (t->tense == RW_VT_PRESENT &&
        (t->rel == RW_REL_MET || t->rel == RW_REL_PHONED || t->rel == RW_REL_ATTENDED) &&
        !rw_headline_order(st, c) && !rw_has_word(st, c->L, c->R, RW_W_ONGOING) &&
        !rw_after_past_event(st, c) && !told_with_was(st, p))
        return RW_MOD_PLANNED;
    /* "ويعقد الوزيران اجتماعا مساء اليوم": a meeting noun that a verb in the present holds
     * (the headline exception is the verb's sentence's: see rw_headline). */
    if (t->tense == RW_VT_NOUN && (t->rel == RW_REL_MET || t->rel == RW_REL_PHONED) &&
        rw_has_word(st, p < c->L + HOLD_REACH ? c->L : p - HOLD_REACH, p, RW_W_HOLD_NOW) &&
        !rw_headline(st, st->sentence) && !rw_has_word(st, c->L, c->R, RW_W_ONGOING) &&
        !rw_after_past_event(st, c))
        return RW_MOD_PLANNED;
    return m;
}

rw_modality rw_modality_of(const rw_xstate *st, const rw_clause *c)
{
    rw_modality m;
    int presupposed;
    if (modality_of_form(st, c, &m, &presupposed)) return m;
    /* "سيصل X غدا إلى بيروت، وكان قد التقى الأسبوع الماضي Y": a past verb right after كان قد
     * tells what had happened, whatever plan the sentence announced before it. */
    if (m == RW_MOD_ASSERTED && c->tr->tense == RW_VT_PAST && c->p >= 2 &&
        rw_was_then_qad(st, c->p - 2, c->p))
        return m;
    m = modality_before(st, c, m, presupposed);
    if (m != RW_MOD_ASSERTED || c->tr->tense == RW_VT_PAST) return m;
    return modality_after(st, c, m);
}

int rw_headline_order(const rw_xstate *st, const rw_clause *c)
{
    if (rw_headline(st, st->sentence)) return 1;
    if (st->sentence != 0 || c->tr->tense != RW_VT_PRESENT) return 0;
    for (size_t i = 0; i < st->n_pms; i++)
        if (st->pms[i].kind != RW_PM_PLACE && st->pms[i].unit >= c->L && st->pms[i].unit < c->p)
            return 1;
    return 0;
}
