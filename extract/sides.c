/*
 * sides.c - stage 4 of reading a trigger: who is on which side of its event; see sides.h.
 *
 * One function per trigger frame (data/triggers.tsv). Each reads the arguments the clause gave
 * (arguments.h), sometimes the events read before in the article (a visit whose visitors meet, a
 * pair word naming the two sides of the last meeting), and fills side A and side B of the event.
 * It returns whether the event has the sides it needs.
 */
#include "extract/sides.h"

#include "extract/modality.h"

#include <limits.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

void rw_add_side(int *side, int *n, int ref)
{
    for (int i = 0; i < *n; i++)
        if (side[i] == ref) return;
    if (*n < RW_MAX_SIDE) side[(*n)++] = ref;
}

int rw_takes_part(const rw_event *e, int ref)
{
    for (int i = 0; i < e->na + e->nb; i++)
        if ((i < e->na ? e->side_a[i] : e->side_b[i - e->na]) == ref) return 1;
    return 0;
}

/* Makes event e one's with other, two sides the clause did not name as its own (implicit). */
static void implicit_pair(rw_event *e, int one, int other)
{
    rw_add_side(e->side_a, &e->na, one);
    rw_add_side(e->side_b, &e->nb, other);
    e->implicit = 1;
}

/* The verb of the relative clause right after noun p (rw_relative_verb) when it is an engine
 * word of class `cls` ("الزيارة التي قام بها" performed, "الاجتماع الذي يعقده" held_by), else 0. */
static uint32_t relative_verb_of(const rw_xstate *st, uint32_t p, rw_wclass cls)
{
    uint32_t v = rw_relative_verb(st, p);
    return v && rw_has_word(st, v, v + 1, cls) ? v : 0;
}

/* The first mention of entity `ref` in the current sentence before unit `before`, or -1. */
static int pm_of_entity(const rw_xstate *st, int ref, uint32_t before)
{
    for (size_t i = 0; i < st->n_pms; i++)
        if (st->pms[i].ref == ref && st->pms[i].unit < before) return (int)i;
    return -1;
}

/* The participants of a chaired meeting: persons and delegations named after a `participate`
 * word from unit `from` on ("ترأس X الاجتماع بمشاركة B و C"، "اجتماع ترأسه X وشارك فيه B و C"),
 * within its clause (no clause word, no other event in between). Added to side. */
static void participants(const rw_xstate *st, uint32_t from, int *side, int *n)
{
    for (size_t i = 0; i < st->n_pms; i++) {
        const rw_pm *m = &st->pms[i];
        if (m->unit < from || m->kind == RW_PM_PLACE) continue;
        for (uint32_t k = m->unit; k-- > from;) {
            if (rw_is_clause(st, k)) break;
            if (!rw_is_event_trigger(st, k)) continue;
            if (st->units[k].cls & RW_W_PARTICIPATE) rw_add_side(side, n, m->ref);
            if (!rw_meeting_noun(st, k)) break;
        }
    }
}

/* Whether the clause of visit trigger c can name who travelled. Not when
 *   - the verbal noun, after a preposition or a negation, has its place in construct and no
 *     pronoun: "حذرت الدول رعاياها من زيارة تونس", "نصحه بعدم زيارة تونس" - the visitor is
 *     unsaid, not whoever the clause named before. (The object of a verb is its subject's
 *     visit, "يعتزم X زيارة لبنان"; the purpose "دعاه لزيارة تونس" the invited's, read below.);
 *   - its pronoun is plural (زيارتهم) and no group or two persons are named before it
 *     ("موقف حركة النهضة وحزب المؤتمر من زيارتهم": the parties did not travel);
 *   - the clause is a relative one whose antecedent no entity is: "أعضاء الوفد الذي أدّى
 *     زيارة إلى سوريا", "بعثة الصندوق التي زارت تونس" - the delegation, not the subject before. */
/* Whether the verbal noun at unit p follows a preposition, glued (بزيارة) or not (من زيارة), or a
 * negation (بعدم زيارة). */
static int governed_noun(const rw_xstate *st, uint32_t p)
{
    if (st->units[p].pflags & RW_P_SIDE) return 1;
    return p > 0 && st->units[p - 1].kind == RW_U_WORD &&
           (st->units[p - 1].cls & (RW_W_PREP | RW_W_NEGATED));
}

/* How many units a title in apposition spans between a person and a relative pronoun. */
#define RELATIVE_REACH 8

static int visit_has_traveller(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    uint32_t p = c->p;
    const rw_unit *u = &st->units[p];
    if (c->tr->tense == RW_VT_NOUN && !rw_possessive(st, p) && governed_noun(st, p) &&
        p + 1 < st->n_units && st->units[p + 1].kind == RW_U_PLACE &&
        !(st->units[p + 1].pflags & (RW_P_PURPOSE | RW_P_SIDE)))
        return 0;
    /* "اتصلوا للاطمئنان على وصول التمثال إلى تونس": a noun of motion in construct with a thing
     * (a word with the article that names no one) is the thing's arrival. */
    if (c->tr->tense == RW_VT_NOUN && c->tr->frame == RW_FRAME_MOTION && p + 1 < st->n_units &&
        st->units[p + 1].kind == RW_U_OTHER && st->units[p + 1].definite && !st->used[p + 1])
        return 0;
    /* "وصف X الزيارة بالممتازة"، "وصفت اللومي الزيارة الرسمية بالاستراتيجية": the visit with the
     * article, no pronoun and no one after it is one told before, not a visit of whoever speaks
     * of it. */
    if (c->tr->tense == RW_VT_NOUN && u->definite && !rw_possessive(st, p) && a->npre && !a->npost)
        return 0;
    /* "أن يلتقي ولي العهد خلال الزيارة الرئيس الأمريكي": after خلال the visit with the article
     * is one told before, and a person right after it, unmarked, is no genitive (a noun with
     * the article has none) but the verb's object: no visit, and he travelled nowhere. */
    if (c->tr->tense == RW_VT_NOUN && u->definite && !rw_possessive(st, p) && a->npost &&
        p > 0 && rw_has_word(st, p - 1, p, RW_W_DURING) && st->pms[a->post[0]].unit == p + 1 &&
        !st->units[p + 1].pflags)
        return 0;
    if (c->tr->tense == RW_VT_NOUN && rw_possessive(st, p) &&
        rw_mentions_written_plural(st, u->tok + u->ntok - 1) && a->npre) {
        int r = st->pms[a->pre[a->npre - 1]].ref, persons = 0;
        for (int i = 0; i < a->npre; i++) {
            int q = st->pms[a->pre[i]].ref;
            persons += q >= 0 && st->x->entities[q].kind == RW_KIND_PERSON;
        }
        if (persons < 2 && !(r >= 0 && st->x->entities[r].kind == RW_KIND_GROUP)) return 0;
    }
    if (c->L == 0 || st->units[c->L - 1].kind != RW_U_WORD ||
        !(st->units[c->L - 1].cls & RW_W_RELATIVE))
        return 1;
    for (int i = 0; i < a->npre; i++)
        if (st->pms[a->pre[i]].unit >= c->L) return 1;
    if (a->npost) return 1; /* "التي سيقع على ضوئها تحديد موعد لزيارة رئيس الحكومة لولاية الكاف" */
    /* The antecedent: the last one named before the pronoun, a title in apposition between at
     * most ("X كاتب دولة مكلف بالاقتصاد الرقمي، الذي يؤدي زيارة"). */
    for (size_t i = st->n_pms; i-- > 0;) {
        const rw_pm *m = &st->pms[i];
        if (m->unit_end > c->L - 1 || m->kind == RW_PM_PLACE) continue;
        if (m->unit_end + RELATIVE_REACH < c->L - 1 || m->kind == RW_PM_GROUP) return 0;
        return m->ref < 0 || st->x->entities[m->ref].kind == RW_KIND_PERSON;
    }
    return 0;
}

/* Whether person ref was named before unit p in a mention whose first unit `gendered` says is
 * of one sex: rw_mentions_feminine_title (المستشارة الألمانية X) or rw_mentions_masculine_title
 * ("نظيره الألماني X"، "رئيس البندستاغ X"). */
static int named_by_title(const rw_xstate *st, int ref, uint32_t p,
                          int (*gendered)(const rw_xstate *, uint32_t))
{
    for (size_t i = 0; i < st->n_pms && st->pms[i].unit < p; i++)
        if (st->pms[i].ref == ref && gendered(st, st->pms[i].unit)) return 1;
    return 0;
}

/* Whether mention m carries the side's glued بـ, on its first word or on an honorific right
 * before it ("بفضيلة الإمام X"). */
static int behind_glued_side(const rw_xstate *st, const rw_pm *m)
{
    return (st->units[m->unit].pflags & RW_P_SIDE) ||
           (m->unit > 0 && st->units[m->unit - 1].kind == RW_U_WORD &&
            (st->units[m->unit - 1].pflags & RW_P_SIDE));
}

/* Whether the last person named before unit p in its sentence carries the side's glued بـ:
 * another event's other side ("لقاء جلالته غدا بفضيلة X، إلى جانب زيارة عدد من المعالم"), no
 * traveller. */
static int last_person_marked(const rw_xstate *st, uint32_t p)
{
    for (size_t i = st->n_pms; i-- > 0;)
        if (st->pms[i].unit < p && st->pms[i].kind == RW_PM_PERSON)
            return behind_glued_side(st, &st->pms[i]);
    return 0;
}

/* Whether person ref, named before unit p, may be the one a visit noun or verb of unit p speaks
 * of: hers is 1 for a noun written with the feminine pronoun (زيارتها), which is no man's a
 * title named, and -1 for a verb conjugated for a woman or a thing (تصل، وصلت), which is only
 * a woman's a title named - it may be a ship's; his is 1 for a verb conjugated for a man. */
static int may_be_hers(const rw_xstate *st, int ref, uint32_t p, int hers, int his)
{
    if (hers && named_by_title(st, ref, p, rw_mentions_masculine_title)) return 0;
    /* his: a verb conjugated for a man ("أنه سيقوم بزيارة"), no woman's a title named */
    if (his && named_by_title(st, ref, p, rw_mentions_feminine_title) &&
        !named_by_title(st, ref, p, rw_mentions_masculine_title))
        return 0;
    return hers >= 0 || named_by_title(st, ref, p, rw_mentions_feminine_title);
}

/* Whether an event of the sentence told before is a visit with its travellers. */
static int visit_told_in_sentence(const rw_xstate *st)
{
    for (size_t k = st->n_ev; k-- > 0 && st->ev[k].sentence == st->sentence;)
        if (st->ev[k].rel == RW_REL_VISITED && st->ev[k].na) return 1;
    return 0;
}

/* Whether the article told a visit, in any sentence before, to one of the places of a. */
static int visit_told_to(const rw_xstate *st, const rw_args *a)
{
    for (size_t k = 0; k < st->n_ev; k++) {
        const rw_event *v = &st->ev[k];
        if (v->rel != RW_REL_VISITED || !v->na) continue;
        for (int i = 0; i < v->nplaces; i++)
            for (int j = 0; j < a->nplaces; j++)
                if (v->places[i] == a->places[j]) return 1;
    }
    return 0;
}

/* Whether mention m is one spoken to: a counterpart (نظيره، لنظيره) or a person after ل. */
static int addressee(const rw_xstate *st, const rw_pm *m)
{
    const rw_unit *u = &st->units[m->unit];
    return m->kind == RW_PM_PERSON &&
           ((u->kind == RW_U_WORD && (u->cls & RW_W_COUNTERPART)) || (u->pflags & RW_P_PURPOSE));
}

/* Whether mention m is the one something was directed to: after إلى or a glued ل ("وجّه
 * الدعوة إلى X"، "قدم لـ X"), not after a side word (مع، من، ب: the other side anyway). */
static int addressed(const rw_xstate *st, const rw_pm *m)
{
    if (m->side || m->kind != RW_PM_PERSON) return 0;
    if (st->units[m->unit].pflags & RW_P_PURPOSE) return 1;
    rw_wclass before = rw_word_before(st, m);
    return rw_recipient_word(before) && !(before & RW_W_TOPIC);
}

/* Whether mention m, written with ل, stands right after a common noun no mention covers: the
 * noun's complement ("رؤية لا يكون فيها دور للرئيس X": a role for him), no party. */
static int noun_complement(const rw_xstate *st, const rw_pm *m)
{
    return (st->units[m->unit].pflags & RW_P_PURPOSE) && m->unit > 0 &&
           st->units[m->unit - 1].kind == RW_U_OTHER && !rw_in_mention(st, m->unit - 1);
}

/* The person a relative pronoun right before unit L refers to: the one named just before it,
 * a comma between at most ("X، الذي استقبل"), or his office in apposition ("X وزير الثقافة
 * السنغالي، الذي يزور القاهرة"); INT_MIN when there is none. */
static int relative_antecedent(const rw_xstate *st, uint32_t L)
{
    if (L == 0 || st->units[L - 1].kind != RW_U_WORD || !(st->units[L - 1].cls & RW_W_RELATIVE))
        return INT_MIN;
    uint32_t k = L - 1;
    if (k > 0 && rw_mentions_is_comma(st, k - 1)) k--;
    int office = 0;
    for (uint32_t steps = 0;; steps++) {
        for (size_t i = 0; i < st->n_pms; i++) {
            const rw_pm *m = &st->pms[i];
            if (m->unit_end != k || m->kind != RW_PM_PERSON) continue;
            /* (the office may be his mention's: "X وزير الاقتصاد بالجمهورية التركية، الذي"; or
             * a title of its own right after his name, no one else's) */
            if (m->ref < 0 && i > 0 && st->pms[i - 1].unit_end == m->unit &&
                st->pms[i - 1].kind == RW_PM_PERSON)
                m = &st->pms[i - 1], office = 1;
            for (uint32_t u = m->unit; u < m->unit_end; u++)
                office |= st->units[u].kind == RW_U_OFFICE || st->units[u].kind == RW_U_TITLE;
            return (!steps || office) && m->ref >= 0 &&
                           st->x->entities[m->ref].kind == RW_KIND_PERSON
                       ? m->ref
                       : INT_MIN;
        }
        if (k == 0 || steps >= 8) return INT_MIN;
        const rw_unit *v = &st->units[k - 1];
        if (v->kind == RW_U_OFFICE || v->kind == RW_U_TITLE) office = 1;
        else if (v->kind == RW_U_WORD ? (v->cls & (RW_W_CLAUSE | RW_W_PREP)) && !v->pflags
                                      : v->kind != RW_U_NISBA && v->kind != RW_U_PLACE &&
                                            v->kind != RW_U_OTHER && v->kind != RW_U_TITLE)
            return INT_MIN;
        k--;
    }
}

/* How many units before a verb of motion's goal its `toward` word may stand, common words and
 * adjectives of origin between ("إلى العاصمة المغربية الرباط"). */
#define TOWARD_REACH 3

/* Whether a word behind the proclitic ب that names no one stands between the verb of motion at
 * unit p and unit u ("كما توجه الرئيس بالشكر للبنان"، "توجهوا بها إلى السلطات"): what the verb
 * carries is words, and the ل after it is their addressee, no destination. */
static int carried_with(const rw_xstate *st, uint32_t p, uint32_t u)
{
    for (uint32_t k = p + 1; k < u; k++) {
        const rw_unit *v = &st->units[k];
        if (st->used[k]) continue;
        if ((v->pflags & RW_P_SIDE) || (v->kind == RW_U_WORD && (v->cls & RW_W_CARRIED)) ||
            (v->kind == RW_U_OTHER && rw_mentions_clitic_on_article(st, k, RW_W_SIDE)))
            return 1;
    }
    return 0;
}

/* Whether the destination of a verb of motion is its goal: after a `toward` word (إلى، نحو) a
 * few words before it with nothing named between, or with the proclitic ل on it or on the word
 * right before it ("توجه لباريس"، "وصل لمنطقة البحر الميت") - but not after a word with ب
 * (carried_with: "توجه بالشكر للبنان" thanks Lebanon). "توجه بكلمات نحو الحاضرين من
 * مكتب الحزب بالكاف"، "همزة وصل بين حماس وإيران" go to no place. */
static int goal_of_motion(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    if (!a->nplaces || a->place_after < 0) return 0;
    uint32_t u = a->place_after_unit;
    /* ("كما توجّه برسالة إلى مواطنيه للعودة إلى جربة": words carried, their addressee after a
     * first إلى, and the place after a second is where they are asked to go) */
    int towards = 0;
    for (uint32_t k = c->p + 1; k < u; k++)
        towards += st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_TOWARD);
    if (towards >= 2 && carried_with(st, c->p, u)) return 0;
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < TOWARD_REACH; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_TOWARD)) return 1;
        if (v->kind != RW_U_WORD && v->kind != RW_U_OTHER && v->kind != RW_U_NISBA) break;
        if (v->kind == RW_U_WORD && (v->cls & RW_W_PREP)) break; /* "للرياضة في تونس" */
    }
    if (carried_with(st, c->p, u)) return 0;
    return (st->units[u].pflags & RW_P_PURPOSE) ||
           (u > c->p + 1 && (st->units[u - 1].pflags & RW_P_PURPOSE));
}

/* Whether the verb of arrival at p ("حل") reaches a place: the first place after it in its
 * clause carries ب ("بباريس"، "بمطار الملكة علياء الدولي"), and the verb stands where a verb
 * does - first in its sentence or clause, after و, a comma or its subject - not after a word
 * that makes it the noun "solution" ("إيجاد حل بليبيا"، "إلى حل سياسي بسوريا"). */
static int goal_of_arrival(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    uint32_t p = c->p;
    if (!a->nplaces || a->place_after < 0 || !(st->units[a->place_after_unit].pflags & RW_P_SIDE))
        return 0;
    if (p == 0 || (st->units[p].pflags & RW_P_CONJ)) return 1;
    const rw_unit *v = &st->units[p - 1];
    if (v->kind == RW_U_PUNCT || rw_is_clause(st, p - 1)) return 1;
    /* "وكان الملك X قد حل مساء أمس بالرياض": right after its subject, or after قد */
    if (!a->npre) return 0;
    for (uint32_t k = st->pms[a->pre[a->npre - 1]].unit_end; k < p; k++)
        if (st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_MAY)) return 0;
    return 1;
}

/* The subject of a verb of performing (words.tsv `perform_with`) whose act is the visit noun
 * of clause c, written with ب: "وقام X بزيارة Y في مكتبه"، "واستهل X جولته بزيارة Y" - the
 * entity who visits, or RW_NO_SPEAKER. */
static int performer_of_visit(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    if (c->tr->tense != RW_VT_NOUN || !(st->units[c->p].pflags & RW_P_SIDE) ||
        rw_possessive(st, c->p))
        return RW_NO_SPEAKER;
    const rw_pm *m = NULL;
    if (a->npre) m = &st->pms[a->pre[0]];
    for (size_t i = 0; !m && a->near_set && i < st->n_pms && st->pms[i].unit < c->p; i++)
        if (st->pms[i].ref == a->near_before && st->pms[i].unit >= c->L) m = &st->pms[i];
    if (!m || m->kind != RW_PM_PERSON || m->ref < 0 ||
        st->x->entities[m->ref].kind != RW_KIND_PERSON ||
        !rw_has_word(st, c->L, c->p, RW_W_PERFORM_WITH))
        return RW_NO_SPEAKER;
    return m->ref;
}

/* The index into a->post of the person a verb of visiting has for its object - or its noun after
 * a verb of performing ("قام X بزيارة Y": 0, Y met by the performer) - or -1:
 * the first person after the verb when its subject stands before it ("الوزير زار X" - then 0
 * is returned when that one is a->post[0] right after the verb), else the person right after
 * the subject that follows the verb ("زار الوزير X Y"). A person behind a word that names a
 * place of his ("زار ضريح الزعيم") or a side mark is no object. */
static int visited_person(const rw_xstate *st, const rw_clause *c, const rw_args *a, int performer)
{
    if (a->marker >= 0) return -1;
    /* (a visit noun is the traveller's when a verb of performing names him - performer, from
     * performer_of_visit: the one after it is the one visited) */
    if (c->tr->tense == RW_VT_NOUN && performer == RW_NO_SPEAKER) return -1;
    if (performer != RW_NO_SPEAKER) {
        if (!a->npost) return -1;
        const rw_pm *o = &st->pms[a->post[0]];
        return o->kind == RW_PM_PERSON && !o->side && o->ref >= 0 && o->ref != performer &&
                       st->x->entities[o->ref].kind == RW_KIND_PERSON && o->unit <= c->p + 1
                   ? 0
                   : -1;
    }
    int k = a->npre ? 0 : 1;
    if (k >= a->npost) return -1;
    const rw_pm *o = &st->pms[a->post[k]];
    uint32_t before = k ? st->pms[a->post[0]].unit_end : c->p + 1;
    if (o->kind != RW_PM_PERSON || o->side || o->unit < before || o->ref < 0 ||
        st->x->entities[o->ref].kind != RW_KIND_PERSON)
        return -1;
    /* (time words may stand between: "زار أمس الطبيبة X") */
    for (uint32_t u = before; u < o->unit; u++)
        if (st->units[u].kind != RW_U_NUMBER &&
            !(st->units[u].kind == RW_U_WORD && (st->units[u].cls & RW_W_BOUNDARY) &&
              !(st->units[u].cls & (RW_W_PREP | RW_W_SIDE))))
            return -1;
    if (k && (st->pms[a->post[0]].kind != RW_PM_PERSON || st->pms[a->post[0]].ref < 0 ||
              st->x->entities[st->pms[a->post[0]].ref].kind != RW_KIND_PERSON))
        return -1;
    return k;
}

/* Whether person mention m, a verb's one object, is followed right away by the place at unit u
 * behind a preposition of where (في, or ب glued to it; not إلى or عن): where he is, the place
 * of a visit to him. */
static int person_at_his_place(const rw_xstate *st, const rw_pm *m, uint32_t u)
{
    if (m->kind != RW_PM_PERSON || m->ref < 0 || st->x->entities[m->ref].kind != RW_KIND_PERSON)
        return 0;
    if (u == m->unit_end) return (st->units[u].pflags & RW_P_SIDE) != 0;
    const rw_unit *v = &st->units[m->unit_end];
    return u == m->unit_end + 1 && v->kind == RW_U_WORD && (v->cls & RW_W_PREP) &&
           !(v->cls & (RW_W_DIRECTION | RW_W_TOWARD | RW_W_SIDE | RW_W_PARTNER));
}

/* Whether mention m names a person: a person's name, or a title whose holder is found later
 * (a placeholder), not an organisation the actors lexicon files as a person mention. */
static int person_pm(const rw_xstate *st, const rw_pm *m)
{
    return m->kind == RW_PM_PERSON &&
           (m->ref < 0 || st->x->entities[m->ref].kind == RW_KIND_PERSON);
}

/* Whether mention m names a person the engine knows by name - no placeholder of a title. */
static int named_person_pm(const rw_xstate *st, const rw_pm *m)
{
    return m->ref >= 0 && person_pm(st, m);
}

/* How far after a visit noun its genitive may stand: "زيارة رسمية للرئيس X" has one word between. */
#define GENITIVE_REACH 3

/* Whether the first mention after the trigger is a person (a delegation may count its speaker
 * among its members: "وأضاف X على إثر اجتماع وفد من الحزب بـ Y"). */
static int genitive_person(const rw_xstate *st, const rw_args *a)
{
    return person_pm(st, &st->pms[a->post[0]]);
}

/* Whether the first mention after the visit noun of clause c is its genitive, the traveller: a
 * person or delegation a few units after it, with no side word, punctuation or preposition
 * between and before the destination. */
static int genitive_traveller(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    const rw_pm *g = &st->pms[a->post[0]];
    if (g->kind == RW_PM_PLACE || g->side || g->unit > c->p + GENITIVE_REACH) return 0;
    if (a->place_after >= 0 && g->unit > a->place_after_unit) return 0;
    for (uint32_t k = c->p + 1; k < g->unit; k++) {
        const rw_unit *v = &st->units[k];
        /* (an adjective of plan between: "الزيارة المرتقبة لوزير الخارجية البلجيكي") */
        if (v->kind != RW_U_OTHER && v->kind != RW_U_NISBA &&
            !(v->kind == RW_U_WORD && v->definite && (v->cls & RW_W_PLANNED)))
            return 0;
    }
    return 1;
}

/* Whether the clause marks, in units [from, R), another side that names no one: a common
 * noun carrying the side's ب ("بعدد من أعضاء فريقه"، "بممثلين عن"), or one right after مع. */
static int unnamed_side_after(const rw_xstate *st, uint32_t from, uint32_t R)
{
    for (uint32_t k = from; k < R && k < from + 4; k++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_PUNCT) return 0;
        if ((v->pflags & RW_P_SIDE) && (v->kind == RW_U_OTHER || v->kind == RW_U_WORD)) return 1;
        if (v->kind == RW_U_WORD && (v->cls & RW_W_SIDE) && !(v->pflags & RW_P_SIDE) && k + 1 < R &&
            (st->units[k + 1].kind == RW_U_OTHER || st->units[k + 1].kind == RW_U_WORD))
            return 1;
    }
    return 0;
}

/* Whether the verb of clause c has right after it a title with the article and a nationality
 * that the engine read no one in ("ومن المنتظر أن يلتقي المبعوث الإثيوبي، غدا، X"): someone
 * unnamed, not the last subject. */
static int unnamed_title_subject(const rw_xstate *st, const rw_clause *c)
{
    uint32_t p = c->p;
    if (c->tr->tense == RW_VT_NOUN || p + 4 >= st->n_units || rw_in_mention(st, p + 1) ||
        rw_in_mention(st, p + 2))
        return 0;
    const rw_unit *u = &st->units[p + 1], *v = &st->units[p + 2];
    /* (closed by a comma that no name follows: "المبعوث الأميركي الخاص ...، وليام روباك،"
     * names him) */
    return (u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE) && u->definite && !u->pflags &&
           v->kind == RW_U_NISBA && rw_mentions_is_comma(st, p + 3) && !rw_in_mention(st, p + 4);
}

static int title_with_pronoun(const rw_xstate *st, uint32_t k);

/* Whether the verb of clause c has right after it a one-word subject the engine cannot name:
 * an unknown word or an indefinite title of one word, no mention, before a word of the
 * engine's ("وتناول شي العشاء لاحقا مع ..."، "أن يزور رئيسي غدا ..."). Not a pro-drop verb's
 * object, which a known place, a definite or unknown word continues ("ويزور معرض الكتاب"). */
static int unnamed_verb_subject(const rw_xstate *st, const rw_clause *c)
{
    uint32_t p = c->p;
    if (c->tr->tense == RW_VT_NOUN || p + 2 >= st->n_units || rw_in_mention(st, p + 1)) return 0;
    const rw_unit *u = &st->units[p + 1], *v = &st->units[p + 2];
    return (u->kind == RW_U_OTHER || u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE) &&
           !u->definite && u->ntok == 1 && !u->pflags && u->suffix != RW_SUF_PRONOUN &&
           !(u->kind == RW_U_OTHER && rw_mentions_written_pronoun(st, u->tok)) &&
           !title_with_pronoun(st, p + 1) && v->kind == RW_U_WORD;
}

/* Whether the sentence opens on "وكان X قد" (words.tsv `was`, then `may`) with X no one the
 * engine knows ("وكان شي قد زار الرياض ...، فيما استقبل في بكين Y"): its events are that
 * unnamed one's, not those of whoever an earlier sentence was about. */
static int opens_on_unnamed_subject(const rw_xstate *st)
{
    uint32_t k = 0;
    if (k < st->n_units && st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_CONTINUES))
        k++;
    if (k >= st->n_units || st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_WAS))
        return 0;
    int other = 0;
    for (uint32_t j = k + 1; j < st->n_units && j <= k + 4; j++) {
        const rw_unit *u = &st->units[j];
        if (u->kind == RW_U_WORD && (u->cls & RW_W_MAY)) return other;
        if (rw_in_mention(st, j) || u->kind != RW_U_OTHER) return 0;
        other = 1;
    }
    return 0;
}

/* Whether a common noun with the ل of address (للطلبة: on the article too, unknown as the noun
 * may be), no one's mention, stands in units [k0, k1): the addressee of an invitation, whom no
 * one named. */
static int addressed_to_unnamed(const rw_xstate *st, uint32_t k0, uint32_t k1)
{
    for (uint32_t k = k0; k < k1; k++)
        if (st->units[k].kind == RW_U_OTHER && !rw_in_mention(st, k) &&
            ((st->units[k].pflags & RW_P_PURPOSE) ||
             rw_mentions_clitic_on_article(st, k, RW_W_PURPOSE)))
            return 1;
    return 0;
}

/* Whether unit k is a title in construct (no article, no proclitic, no pronoun) that is in no
 * mention: a verb's subject right after it the engine could not read ("وصل رئيس الاتحاد
 * الآسيوي لكرة القدم "AFC" الكوري الجنوبي X" - a two-word nationality broke the title). */
static int unread_title(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    return (u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE) && !u->pflags && !u->prefix_len &&
           !u->definite && !title_with_pronoun(st, k) && !rw_in_mention(st, k);
}

/* Whether a verb before unit L in the sentence has such an unread title right after it. */
static int unread_verb_subject(const rw_xstate *st, uint32_t L)
{
    for (uint32_t k = 0; k + 1 < L; k++)
        if (rw_is_event_trigger(st, k) && st->lx->triggers[st->units[k].ref].tense != RW_VT_NOUN &&
            unread_title(st, k + 1))
            return 1;
    return 0;
}

/* The current sentence's last event, and its subject (a title's placeholder too, resolved at
 * the article's end) or RW_NO_SPEAKER. The members a delegation's verb lists ("على رأس وفد ضم
 * وزير الدفاع X، ... والتقى خلالها Y") are its objects, no subject the sentence goes on with:
 * a membership is passed over. */
static const rw_event *last_sentence_event(const rw_xstate *st)
{
    for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence == st->sentence;)
        if (st->ev[i].rel != RW_REL_MEMBER_OF) return &st->ev[i];
    return NULL;
}

static int sentence_event_subject(const rw_xstate *st)
{
    const rw_event *pv = last_sentence_event(st);
    return pv && pv->na ? pv->side_a[0] : RW_NO_SPEAKER;
}

/* The latest visit of the current sentence that names its travellers, or NULL. */
static const rw_event *sentence_visit(const rw_xstate *st)
{
    for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence == st->sentence;)
        if (st->ev[i].rel == RW_REL_VISITED && st->ev[i].na) return &st->ev[i];
    return NULL;
}

/* Whether the sentence told a meeting of persons x and y, on either side. */
static int met_in_sentence(const rw_xstate *st, int x, int y)
{
    for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence == st->sentence;)
        if (st->ev[i].rel == RW_REL_MET && rw_takes_part(&st->ev[i], x) &&
            rw_takes_part(&st->ev[i], y))
            return 1;
    return 0;
}

/* The person a sentence opens on as its subject (right after its first verb), when named
 * before unit L; else RW_NO_SPEAKER. An opening adverbial closed by a comma in the first words
 * ("وعلى الصعيد البلدي، تفقد وزير ... X") and the title the name follows do not count. */
static int opening_subject(const rw_xstate *st, uint32_t L)
{
    /* "وانتقل سموه ظهر أمس إلى دبي، حيث التقى ..."، "وكان جلالته قد ...": a title with a
     * pronoun right after the verb that opens the sentence is its subject, the one the
     * article honoured so. */
    if (L > 2 && title_with_pronoun(st, 1) && st->units[0].kind != RW_U_PUNCT &&
        (!st->n_pms || st->pms[0].unit > 1)) {
        int honoured = rw_mentions_honoured(st, 1);
        if (honoured >= 0) return honoured;
    }
    if (!st->n_pms) return RW_NO_SPEAKER;
    const rw_pm *m = &st->pms[0];
    uint32_t base = 0, start = m->unit;
    for (uint32_t k = 1; k < 6 && k < m->unit; k++)
        if (rw_mentions_is_comma(st, k)) {
            base = k + 1;
            break;
        }
    /* (the title's head, a few words of complement before the name) */
    for (uint32_t k = m->unit, steps = 0; base && k > base && steps < 6; steps++) {
        const rw_unit *u = &st->units[--k];
        if (u->kind == RW_U_TITLE || u->kind == RW_U_OFFICE) {
            start = k;
            break;
        }
        if (u->kind != RW_U_OTHER && u->kind != RW_U_NISBA && u->kind != RW_U_PLACE) break;
    }
    return start <= base + 2 && m->unit_end <= L && m->kind == RW_PM_PERSON && m->ref >= 0 &&
                   st->x->entities[m->ref].kind == RW_KIND_PERSON
               ? m->ref
               : RW_NO_SPEAKER;
}

/* The person the sentence's first mention names, when it starts before unit `reach` and ends
 * by unit L; else RW_NO_SPEAKER. A title's placeholder counts ("وتوجه خادم الحرمين الشريفين
 * إلى جامعة الأزهر حيث التقى Y"): it is resolved at the article's end. */
static int first_named_person(const rw_xstate *st, uint32_t reach, uint32_t L)
{
    if (!st->n_pms) return RW_NO_SPEAKER;
    const rw_pm *m = &st->pms[0];
    return m->unit < reach && m->unit_end <= L && person_pm(st, m) ? m->ref : RW_NO_SPEAKER;
}

/* The person of the sentence's only mention of a person before unit L, when it ends by L;
 * else RW_NO_SPEAKER. */
static int sole_person_before(const rw_xstate *st, uint32_t L)
{
    int ref = RW_NO_SPEAKER;
    for (size_t i = 0; i < st->n_pms && st->pms[i].unit < L; i++) {
        const rw_pm *m = &st->pms[i];
        if (!person_pm(st, m)) continue;
        if (ref != RW_NO_SPEAKER || m->unit_end > L) return RW_NO_SPEAKER;
        ref = m->ref;
        /* (none after a meeting's trigger, whose object he is: "أن يلتقي الوزير الكازاخستاني X،
         * كما يلتقي Y" - the subject is the title the engine could not name) */
        for (uint32_t k = 0; k < m->unit; k++)
            if (rw_is_event_trigger(st, k) &&
                st->lx->triggers[st->units[k].ref].rel == RW_REL_MET)
                return RW_NO_SPEAKER;
    }
    return ref;
}

/* The person the sentence names first, within its first words with no punctuation, event or
 * other person before it, when named before unit L ("ومن المنتظر أن يغادر X بيروت"); else
 * RW_NO_SPEAKER. */
static int early_person(const rw_xstate *st, uint32_t L)
{
    int ref = first_named_person(st, 6, L);
    for (uint32_t k = 0; ref != RW_NO_SPEAKER && k < st->pms[0].unit; k++)
        if (st->units[k].kind == RW_U_PUNCT || rw_is_event_trigger(st, k)) return RW_NO_SPEAKER;
    return ref;
}

/* The person a sentence that opens on a verb names first, in its first words, as its subject
 * ("وزار الموفد الفرنسي X بلدة بكركي"), when named before unit L; else RW_NO_SPEAKER. */
static int first_subject(const rw_xstate *st, uint32_t L)
{
    if (!st->n_pms || !rw_is_event_trigger(st, 0)) return opening_subject(st, L);
    return first_named_person(st, 5, L);
}

/* The subject of a verb that opens its own clause with no one before it ("، والتقى Y"، "وقد
 * التقى Y"): the subject of the sentence's last event when it has one ("أن الوفد التقى برئيس
 * الجمهورية، كما سيلتقي رئيس الحكومة": the delegation), else the person the sentence opens on. */
static int continued_subject(const rw_xstate *st, uint32_t L)
{
    /* (a membership's members are its objects: passed over) */
    const rw_event *pv = last_sentence_event(st);
    /* ("وصل X، واستقبله Y في المطار، ثم التقى Z": the one received goes on) */
    if (pv && pv->pronoun_guest && pv->nb == 1) return pv->side_b[0];
    if (pv && pv->na) return pv->side_a[0];
    return opening_subject(st, L);
}

/* Makes `subject` the one side of event e, one its verb has no name for, and every argument
 * after the trigger the other. */
static void subject_meets_objects(const rw_xstate *st, const rw_args *a, int subject, rw_event *e)
{
    rw_add_side(e->side_a, &e->na, subject);
    for (int i = 0; i < a->npost; i++)
        rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    e->implicit = 1;
}

/* Makes the person the sentence names first, ending by unit L (a title's placeholder too), the
 * one side of event e and those after the trigger the other; 0 when there is none, or he is one
 * of the clause's own (a side before or after it): no one we know then. */
static int opener_meets_objects(const rw_xstate *st, const rw_args *a, uint32_t L, rw_event *e)
{
    int subject = first_named_person(st, 6, L);
    for (int i = 0; i < a->npre && subject != RW_NO_SPEAKER; i++)
        if (st->pms[a->pre[i]].ref == subject) subject = RW_NO_SPEAKER;
    for (int i = 0; i < a->npost && subject != RW_NO_SPEAKER; i++)
        if (st->pms[a->post[i]].ref == subject) subject = RW_NO_SPEAKER;
    if (subject == RW_NO_SPEAKER) return 0;
    subject_meets_objects(st, a, subject, e);
    return 1;
}

/* Whether the word right after the noun at p is مع، من or ب with a pronoun (words.tsv `side`,
 * `carried`: معه، منه، به). */
static int pronoun_side_after(const rw_xstate *st, uint32_t p)
{
    if (p + 1 >= st->n_units) return 0;
    const rw_unit *d = &st->units[p + 1];
    return rw_mentions_pronoun_unit(st, p + 1, RW_W_SIDE) ||
           (d->kind == RW_U_WORD && d->ntok == 1 && !d->pflags && (d->cls & RW_W_CARRIED));
}

/* Whether a comma and then another event's trigger stand between units u0 and u1. */
static int event_between(const rw_xstate *st, uint32_t u0, uint32_t u1)
{
    int comma = 0;
    for (uint32_t k = u0; k < u1; k++) {
        if (rw_mentions_is_comma(st, k)) comma = 1;
        else if (comma && rw_is_event_trigger(st, k)) return 1;
    }
    return 0;
}

/* Whether the sentence's last event took person `ref` for its object ("وصل X إلى طهران، والتقى
 * الرئيس Y"). */
static int made_object(const rw_xstate *st, int ref)
{
    if (!st->n_ev) return 0;
    const rw_event *pv = &st->ev[st->n_ev - 1];
    if (pv->sentence != st->sentence) return 0;
    for (int i = 0; i < pv->nb; i++)
        if (pv->side_b[i] == ref) return 1;
    return 0;
}

/* Whether the trigger at p is a verb followed by a preposition and its place, and the word right
 * after the place is a common noun no lexicon knows and no mention covers: the verb's subject,
 * a thing ("وصلت إلى مطار بيروت طائرة"). */
static int thing_after_place(const rw_xstate *st, uint32_t p, const rw_args *a)
{
    if (a->place_after < 0 || a->place_after_unit != p + 2 || st->units[p + 1].kind != RW_U_WORD ||
        !(st->units[p + 1].cls & RW_W_PREP))
        return 0;
    size_t i = rw_first_pm(st, a->place_after_unit);
    if (i >= st->n_pms || st->pms[i].unit != a->place_after_unit) return 0;
    uint32_t k = st->pms[i].unit_end;
    if (k >= st->n_units || st->units[k].kind != RW_U_OTHER || st->units[k].cls || st->units[k].pflags)
        return 0;
    return !rw_in_mention(st, k);
}

/* Whether mention m, after a visit's verb, may be its traveller: before the destination, or
 * right after it past time words only ("وصل إلى أنقرة اليوم وفد ..."). Further on it is another
 * clause's: "وصل إلى سوريا عام 2012 وهو قيادي يقاتل في صفوف جبهة النصرة"، "وصل إلى إيطاليا
 * العام الماضي بلغ 181 ألفا ...". */
static int traveller_after_goal(const rw_xstate *st, const rw_args *a, const rw_pm *m)
{
    if (a->place_after < 0 || m->unit < a->place_after_unit) return 1;
    uint32_t k = a->place_after_unit + 1;
    /* the rest of the destination's name ("مطار جربة جرجيس الدولي") */
    while (k < m->unit && (st->units[k].kind == RW_U_PLACE || st->units[k].kind == RW_U_NISBA ||
                           (st->units[k].kind == RW_U_OTHER && st->units[k].definite)))
        k++;
    for (; k < m->unit; k++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_NUMBER) continue;
        if (v->kind == RW_U_WORD && (v->cls & RW_W_BOUNDARY) && !(v->cls & (RW_W_PREP | RW_W_CLAUSE)))
            continue;
        /* "يصل إلى الرياض مساء غد دولة رئيس وزراء باكستان X": a form of address (words.tsv
         * `excellency`) right before him is his */
        if (k + 1 == m->unit && v->kind == RW_U_WORD && (v->cls & RW_W_EXCELLENCY)) continue;
        /* "زيارة لوفد إلى ولاية مدنين يتقدمهم رئيس الحكومة": the delegation's head */
        if (k + 1 == m->unit && rw_is_event_trigger(st, k) &&
            st->lx->triggers[st->units[k].ref].frame == RW_FRAME_LEAD)
            continue;
        return 0;
    }
    return 1;
}

/* Whether a clause word other than a verb of speech, with no pronoun on it, stands before unit p
 * ("أن المدير"، not "أنه" or "قال"): what follows it has a subject of its own. */
static int clause_of_own_subject_before(const rw_xstate *st, uint32_t p)
{
    for (uint32_t k = 0; k < p; k++)
        if (st->units[k].kind == RW_U_WORD &&
            (st->units[k].cls & (RW_W_CLAUSE | RW_W_SPEECH)) == RW_W_CLAUSE &&
            st->units[k].suffix != RW_SUF_PRONOUN)
            return 1;
    return 0;
}

/* The person mention that starts at unit u (a title the article's end resolves counts), or
 * NULL: who performs an act whose verb is right before u ("قام بها X"). */
static const rw_pm *person_starting_at(const rw_xstate *st, uint32_t u)
{
    size_t i = rw_first_pm(st, u);
    return i < st->n_pms && st->pms[i].unit == u && st->pms[i].kind == RW_PM_PERSON ? &st->pms[i]
                                                                                    : NULL;
}

/* The traveller of the last visit noun before unit u whose relative verb of performing has its
 * subject right after it ("الزيارة التي قام بها المالكي إلى البلاد"، "زيارة الدولة التي قام بها
 * رئيس الجمهورية"): 1 with *performer set to the person named there (or the title resolved with
 * the article), -1 when the engine named no one in that subject, 0 when there is no such visit
 * ("الزيارة التي أداها في مارس", with no subject after the verb, is the article's subject's). A
 * later "خلالها" is that traveller's. */
static int relative_visit_performer(const rw_xstate *st, uint32_t u, int *performer)
{
    int found = 0;
    for (uint32_t k = 0; k < u; k++) {
        if (!rw_is_event_trigger(st, k) ||
            st->lx->triggers[st->units[k].ref].rel != RW_REL_VISITED ||
            st->lx->triggers[st->units[k].ref].tense != RW_VT_NOUN)
            continue;
        uint32_t v = relative_verb_of(st, k, RW_W_PERFORMED);
        if (!v || v + 1 >= u) continue;
        const rw_unit *s1 = &st->units[v + 1];
        /* (a title the article's end resolves too: "التي قام بها رئيس الجمهورية") */
        const rw_pm *m = person_starting_at(st, v + 1);
        if (m) {
            *performer = m->ref;
            found = 1;
        } else if (s1->kind == RW_U_OTHER || s1->kind == RW_U_TITLE || s1->kind == RW_U_OFFICE) {
            found = -1; /* (someone the engine cannot name) */
        }
    }
    return found;
}

/* Whether the visit noun of clause c carries a plural pronoun ("زيارتهم"). */
static int plural_visit(const rw_xstate *st, const rw_clause *c)
{
    const rw_unit *u = &st->units[c->p];
    return c->tr->tense == RW_VT_NOUN && rw_possessive(st, c->p) &&
           rw_mentions_written_plural(st, u->tok + u->ntok - 1);
}

/* The unit of a verb of meeting, not of receiving, with nothing but words and titles between it
 * and unit u (the one after it is its object); 0 when none. */
static uint32_t met_verb_before(const rw_xstate *st, uint32_t u)
{
    for (uint32_t k = u; k-- > 0 && k + 4 > u;) {
        const rw_unit *v = &st->units[k];
        if (rw_is_event_trigger(st, k)) {
            const rw_lex_trigger *tr = &st->lx->triggers[v->ref];
            if (tr->rel != RW_REL_MET || tr->tense == RW_VT_NOUN || tr->frame != RW_FRAME_EVENT)
                return 0;
            size_t n;
            const char *w = rw_mentions_unit_bare(st, k, &n);
            return k > 0 && !(rw_lexicon_word_class(st->lx, w, n) & RW_W_RECEIVE) ? k : 0;
        }
        /* (a noun with a pronoun in apposition too: "التقى أخاه الملك X") */
        if (v->kind != RW_U_WORD && v->kind != RW_U_TITLE && v->kind != RW_U_OFFICE &&
            !(v->kind == RW_U_OTHER && v->suffix == RW_SUF_PRONOUN))
            return 0;
    }
    return 0;
}

/* The person mention of this sentence that met entity `guest` as the subject of a meeting told
 * in it, or -1. *subject is that subject's entity, found also when the sentence names him by a
 * title alone that was resolved ("وكان سمو الأمير المفدى قد التقى أخاه الملك X"), else -1. */
static int subject_of_meeting_with(const rw_xstate *st, int guest, int *subject, int met_verb_only)
{
    *subject = -1;
    for (size_t i = st->n_ev; i-- > 0;) {
        const rw_event *pv = &st->ev[i];
        if (pv->sentence != st->sentence) break;
        if (pv->rel != RW_REL_MET || pv->na != 1) continue;
        if (met_verb_only && (pv->received || pv->tense == RW_VT_NOUN ||
                              pv->modality != RW_MOD_ASSERTED))
            continue;
        int met = 0;
        for (int k = 0; k < pv->nb; k++) met |= pv->side_b[k] == guest;
        if (!met) continue;
        *subject = pv->side_a[0];
        for (size_t j = 0; j < st->n_pms; j++)
            if (st->pms[j].kind == RW_PM_PERSON && st->pms[j].ref == pv->side_a[0]) return (int)j;
    }
    return -1;
}

/* How far before a visit noun its unnamed speaker may stand ("أكد رئيس الوفد الكوري أن زيارته"). */
#define SPEAKER_REACH 8

/* Whether a verb of speech with the head of a delegation right after it, named by no one, stands
 * between units u0 and u1 with no one named after it ("فيما أكد رئيس الوفد الكوري أن زيارته"):
 * a pronoun after it is that unnamed speaker's. (A bare title, "وأضاف الوزير خلال زيارة
 * أداها", is the one the article spoke of.) */
static int unnamed_speaker_between(const rw_xstate *st, uint32_t u0, uint32_t u1)
{
    int found = 0;
    for (uint32_t k = u0; k + 1 < u1; k++) {
        size_t i = rw_first_pm(st, k);
        int named = i < st->n_pms && st->pms[i].unit == k && st->pms[i].ref >= 0 &&
                    st->pms[i].kind == RW_PM_PERSON;
        if (named) found = 0;
        if (st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_SPEECH) ||
            (st->units[k + 1].kind != RW_U_TITLE && st->units[k + 1].kind != RW_U_OFFICE) ||
            k + 2 >= u1 || st->units[k + 2].kind != RW_U_WORD ||
            !(st->units[k + 2].cls & RW_W_GROUP))
            continue;
        i = rw_first_pm(st, k + 1);
        if (i >= st->n_pms || st->pms[i].unit != k + 1 || st->pms[i].ref < 0) found = 1;
    }
    return found;
}

/* Whether the noun at unit p, with the preposition ب, is the means of the verb right before it
 * that carries an object pronoun and names no subject ("أعقبها بزيارة"، "استهلها بزيارة"): the
 * visit of that verb's subject, the one the sentence goes on with. */
static int means_of_verb(const rw_xstate *st, uint32_t p)
{
    const rw_unit *v = p > 0 ? &st->units[p - 1] : NULL;
    return v && v->kind == RW_U_OTHER && v->ntok == 1 && !v->definite && rw_possessive(st, p - 1) &&
           (st->units[p].pflags & RW_P_SIDE);
}

/* The travellers clause c names (or those present): narrows the mentions before the trigger
 * (a->pre) and after it (a->post, the first *lim of them counting) to those who went - the one
 * a visit noun's pronoun means, the subject of its verb of performing, its genitive, the
 * latter - and finds who invited them (*host). *speakers tells that the visit is the sentence
 * speaker's. Returns 0 when the clause can name no traveller. */
static int named_travellers(const rw_xstate *st, const rw_clause *c, rw_args *a, int *lim,
                            int *speakers, int *host, int *unnamed)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    /* "خلال زيارته": a verbal noun with a pronoun is the visit of the one person
     * named last - unless that one was spoken to or met, with مع or ب or as a counterpart,
     * while the sentence has a speaker: "أكد X، لدى لقائه نظيره Y، أنه سيطرح لدى زيارته"،
     * "اعتبر X أن الاتفاقيات الموقعة مع Y، خلال زيارته إلى تونس" are X's visits. */
    /* "قدّم أعضاء الوفد وهم X و Y و Z شرحا لرئيس الجمهورية عن أسباب زيارتهم": a plural pronoun
     * is the visit of all of them, not of the one spoken to. */
    if (plural_visit(st, c) && a->npre >= 2) {
        int k = 0;
        for (int i = 0; i < a->npre; i++)
            if (!addressee(st, &st->pms[a->pre[i]])) a->pre[k++] = a->pre[i];
        a->npre = k;
    } else if (tr->tense == RW_VT_NOUN && a->npre >= 1 &&
               (rw_possessive(st, p) || (!st->units[p].definite && rw_performed_after(st, p)) ||
                means_of_verb(st, p))) {
        /* (so is one a verb of performing follows: "في أول زيارة يقوم بها لمصر", and one a
         * verb with the tour's pronoun has for its means: "استهلها بزيارة الأردن، التقى
         * خلالها الملك X، أعقبها بزيارة إلى الكويت") */
        int last = a->npre - 1;
        for (int i = a->npre; i-- > 0;) {
            int r = st->pms[a->pre[i]].ref;
            if (r < 0 || st->x->entities[r].kind != RW_KIND_ORG) {
                last = i;
                break;
            }
        }
        /* "وكان X قد التقى Y في سبتمبر خلال زيارته لنيويورك": the one right after a verb of
         * meeting is its object; the visit is its subject's, named before the verb (a host's
         * guest is the visitor: "استقبل X Y خلال زيارته" stays Y's). */
        /* (... after the subject too, time words between: "التقى X اليوم الثلاثاء Y، وذلك في
         * إطار زيارته" - a verb of meeting, not of receiving, whose object Y is) */
        int met_subject = -1;
        int subject = met_verb_before(st, st->pms[a->pre[last]].unit)
                          ? subject_of_meeting_with(st, st->pms[a->pre[last]].ref, &met_subject, 0)
                          : subject_of_meeting_with(st, st->pms[a->pre[last]].ref, &met_subject, 1);
        if (subject >= 0) a->pre[last] = subject;
        /* (... or named by a title alone, no mention here: he travels, no one named) */
        if (subject < 0 && met_subject >= 0) {
            *unnamed = met_subject;
            a->npre = *lim = 0;
            return 1;
        }
        const rw_pm *m = &st->pms[a->pre[last]];
        *speakers = (m->side || addressee(st, m)) && st->speaker >= 0 && st->speaker != m->ref;
        /* ... not after a verb of meeting, whose guest may well be the visitor ("وقال X إن Y
         * استقبل نظيره Z خلال زيارته"). */
        for (uint32_t k = 0; k < p && *speakers; k++)
            *speakers = !(rw_is_event_trigger(st, k) &&
                          st->lx->triggers[st->units[k].ref].tense != RW_VT_NOUN);
        a->pre[0] = a->pre[last];
        a->npre = 1;
    }
    /* "للزيارة التي يؤديها رئيس الجمهورية إلى إيطاليا": the one after the relative clause's
     * verb of performing travels, not whoever the sentence named before. */
    if (a->npost && tr->tense == RW_VT_NOUN && relative_verb_of(st, p, RW_W_PERFORMED)) a->npre = 0;
    /* "بمناسبة زيارة رسمية أدتها وزيرة السياحة لروسيا": after an indefinite visit noun, whose
     * relative clause has no pronoun, the person or title right after the verb of performing is
     * its subject - the traveller, and no one named before (a title naming no one the engine
     * can resolve leaves the visit without a traveller). */
    uint32_t pv = tr->tense == RW_VT_NOUN && !st->units[p].definite ? rw_performed_after(st, p) : 0;
    /* (... or the one named by his surname alone: "زيارة أجراها الصفدي إلى دمشق") */
    if (pv && pv + 1 < st->n_units &&
        (st->units[pv + 1].kind == RW_U_TITLE || st->units[pv + 1].kind == RW_U_OFFICE ||
         st->units[pv + 1].kind == RW_U_ACTOR ||
         (a->npost && st->pms[a->post[0]].unit == pv + 1 && st->pms[a->post[0]].kind == RW_PM_PERSON &&
          st->pms[a->post[0]].ref >= 0))) {
        const rw_pm *m = a->npost && st->pms[a->post[0]].unit == pv + 1 &&
                                 st->pms[a->post[0]].kind == RW_PM_PERSON
                             ? &st->pms[a->post[0]]
                             : NULL;
        /* (a title naming no one may be the one named before by a title of the same head: "جيم
         * يونغ كيم رئيس مجموعة البنك الدولي ... بمناسبة زيارة رسمية يؤديها رئيس المجموعة
         * الدولية") */
        int before = a->npre ? st->pms[a->pre[a->npre - 1]].ref
                     : st->last_subject >= 0 ? st->last_subject : st->speaker;
        if (before >= 0 && (!m || m->ref < 0) && st->units[pv + 1].kind != RW_U_ACTOR &&
            rw_mentions_same_title_head(st, pv + 1, before))
            a->npost = 0;
        else if (m)
            a->npre = 0;
        else
            return 0;
    }
    /* "مأدبة العشاء التي جمعت ترامب مع نظيره الصيني شي جين بينغ أثناء زيارة الأخير إلى
     * الولايات المتحدة": "the latter" is the one named last, and no one else travelled. */
    if (tr->tense == RW_VT_NOUN && !rw_possessive(st, p) && !st->units[p].definite &&
        p + 1 < st->n_units && st->units[p + 1].kind == RW_U_WORD &&
        (st->units[p + 1].cls & RW_W_LATTER)) {
        if (!a->npre) return 0;
        a->pre[0] = a->pre[a->npre - 1];
        a->npre = 1;
        a->npost = 0;
    }
    /* "أكد X خلال زيارة الرئيس الفرنسي Y إلى تونس": a visit noun in construct with a person
     * right after it is that person's visit, not of whoever the clause named before. */
    if (tr->tense == RW_VT_NOUN && !rw_possessive(st, p) && a->npre && a->npost &&
        genitive_traveller(st, c, a))
        a->npre = 0;
    /* A person named after the verb and before its destination is all who travelled: "وصول X
     * إلى البيت الأبيض كان في استقباله Y" - Y received him ("وصل إلى أنقرة وفد ..." names
     * them after it, "زيارة لوفد إلى مدنين يتقدمهم X" its head). */
    if (a->place_after >= 0 && *lim > 0 && st->pms[a->post[0]].unit < a->place_after_unit &&
        st->pms[a->post[0]].kind == RW_PM_PERSON)
        while (st->pms[a->post[*lim - 1]].unit > a->place_after_unit) (*lim)--;
    /* "دعا X Y لزيارة P": Y is to visit, X is the host who invited him. */
    int inv = -1;
    /* ... and "الدعوة التي وجهها X لـ Y لزيارة P": the invitation heads the relative clause. */
    uint32_t from = L >= 2 && st->units[L - 1].kind == RW_U_WORD &&
                            (st->units[L - 1].cls & RW_W_RELATIVE) ? L - 2 : L;
    for (uint32_t k = from; k < p && inv < 0; k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_INVITE))
            inv = (int)k;
    /* "نقل X تحيات Y إلى Z، ودعوته لزيارة P": an invitation right before the visit, naming no
     * one of its own, invites the one named last - the others named before travel nowhere. */
    if (tr->rel == RW_REL_VISITED && inv >= 0 && (uint32_t)inv + 1 == p && a->npre >= 2 &&
        st->pms[a->pre[a->npre - 1]].unit_end <= (uint32_t)inv) {
        a->pre[0] = a->pre[a->npre - 1];
        a->npre = 1;
    }
    /* "ونقل X تحيات Y إلى Z، ودعوته لسموه لزيارة P": a title with a pronoun right after the
     * invitation, right before the visit, is the one it was brought to, named last. */
    if (tr->rel == RW_REL_VISITED && inv >= 0 && (uint32_t)inv + 2 == p && a->npre >= 2 &&
        st->pms[a->pre[a->npre - 1]].unit_end <= (uint32_t)inv && title_with_pronoun(st, inv + 1)) {
        a->pre[0] = a->pre[a->npre - 1];
        a->npre = 1;
    }
    /* "وجهت X دعوة للطلبة الأجانب لزيارة P": an invitation addressed with ل to those no one
     * named - whoever is named before it invites, and the guests are nobody the clause names. */
    if (tr->rel == RW_REL_VISITED && inv >= 0 && a->npre >= 1 &&
        st->pms[a->pre[a->npre - 1]].unit_end <= (uint32_t)inv &&
        addressed_to_unnamed(st, (uint32_t)inv + 1, p))
        return 0;
    /* "تلقى Y دعوة من X لزيارة P": an invitation received from the one after it, with a side
     * word - he is the host, the one named before the invitation travels. */
    if (tr->rel == RW_REL_VISITED && inv >= 0 && a->npre == 2 &&
        st->pms[a->pre[0]].unit_end <= (uint32_t)inv && st->pms[a->pre[1]].unit > (uint32_t)inv &&
        st->pms[a->pre[1]].side) {
        *host = st->pms[a->pre[1]].ref;
        a->npre = 1;
    } else if (tr->rel == RW_REL_VISITED && inv >= 0 && a->npre >= 2) {
        /* ... and "دعا X Y" or "سلم X المبعوث Y دعوة رسمية للرئيس Z لزيارة P": those after the
         * invitation are invited, the first named before it invites them, and one it was handed
         * to between them carries it - he travels nowhere. */
        /* (all after the invitation, "الدعوة التي وجهها X لـ Y": the first invites) */
        int j = 1;
        while (j < a->npre && st->pms[a->pre[j]].unit <= (uint32_t)inv) j++;
        if (j < a->npre) {
            *host = st->pms[a->pre[0]].ref;
            int k = 0;
            for (int i = j; i < a->npre; i++) a->pre[k++] = a->pre[i];
            a->npre = k;
        }
    }
    return 1;
}

/* A verb of sending (أرسل): the delegation sent and its head travelled, to the places after it
 * ("أرسلت سوريا وفدا إلى موسكو برئاسة X"). */
static int sent_travellers(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e,
                           int lim)
{
    uint32_t p = c->p;
    /* Delegations are sent; persons follow the verb, or the sender right after it ("أرسل
     * الرئيس مبعوثه X"), or one sent before them - what is sent may be a thing, and a
     * person in its construct travels nowhere ("أرسلت السلطات شهادة ميلاد العامري إلى
     * إيطاليا"). */
    for (int i = 0; i < lim; i++) {
        const rw_pm *m = &st->pms[a->post[i]];
        int follows = m->kind == RW_PM_GROUP || m->unit == p + 1 || m->coord ||
                      (m->unit == p + 2 && st->units[p + 1].kind == RW_U_OTHER &&
                       st->units[p + 1].definite);
        /* ("أوفد وزير خارجيته X": a title and his office's noun between the verb and the one
         * sent) */
        int titles = m->unit > p + 1 && m->kind == RW_PM_PERSON;
        for (uint32_t k = p + 1; k < m->unit && titles; k++)
            titles = st->units[k].kind == RW_U_TITLE || st->units[k].kind == RW_U_OFFICE ||
                     st->units[k].kind == RW_U_NISBA ||
                     (st->units[k].kind == RW_U_OTHER &&
                      rw_mentions_written_pronoun(st, st->units[k].tok));
        follows |= titles;
        for (size_t j = 0; j < st->n_pms && !follows; j++)
            follows = st->pms[j].unit_end == m->unit && st->pms[j].unit > p;
        /* ("أرسل ماكرون وزير الخارجية X إلى الرياض": a person right after the verb with the
         * one he sent right after him is the sender) */
        for (int j = 0; j < lim && follows && m->unit == p + 1 && m->kind == RW_PM_PERSON; j++)
            if (st->pms[a->post[j]].unit == m->unit_end && st->pms[a->post[j]].kind == RW_PM_PERSON)
                follows = 0;
        if (follows) rw_add_side(e->side_a, &e->na, m->ref);
    }
    for (int i = 0; i < a->nplaces; i++) e->places[e->nplaces++] = a->places[i];
    return e->na && e->nplaces;
}

/* Side A from the travellers named: the speaker's visit, a relative clause's antecedent, those
 * before the trigger, else those after it (the first lim) up to another clause. */
static void named_side(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e,
                       int lim, int speakers)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    /* Travellers come before the verb when named first; those present are named
     * after "بحضور" and "حضر اللقاء", before "... حضر" only when none follow. */
    int after_first = tr->rel == RW_REL_ATTENDED && lim > 0;
    /* "سلال الذي يؤدي زيارة إلى تونس لترؤس وفد بلاده": a relative clause with no one before its
     * verb is its antecedent's visit, not of those named after the destination - unless the
     * visit's own traveller follows with ل ("X الذي واكب زيارة عمل ليوسف الشاهد"). */
    int owner_after = a->npost && (st->units[st->pms[a->post[0]].unit].pflags & RW_P_PURPOSE);
    int antecedent = tr->rel == RW_REL_VISITED && !a->npre && !owner_after
                         ? relative_antecedent(st, L)
                         : INT_MIN;
    if (speakers) rw_add_side(e->side_a, &e->na, st->speaker);
    else if (antecedent != INT_MIN) rw_add_side(e->side_a, &e->na, antecedent);
    else if (a->npre && !after_first)
        for (int i = 0; i < a->npre; i++) {
            /* "لقاء جلالته غدا بفضيلة X، إلى جانب زيارة عدد من المعالم": one behind a side word
             * is another event's other side, no traveller */
            if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN &&
                behind_glued_side(st, &st->pms[a->pre[i]]))
                continue;
            rw_add_side(e->side_a, &e->na, st->pms[a->pre[i]].ref);
        }
    else
        for (int i = 0; i < lim; i++) {
            const rw_pm *m = &st->pms[a->post[i]];
            /* "لدى وصوله إلى المطار ... الأمير X": a visit noun with its pronoun has its
             * traveller already; who comes after it is someone else (the host who received him) */
            if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && rw_visit_of_pronoun(st, p))
                break;
            /* "سافر إلى شمال سوريا لزيارة القوات الأمريكية ولمناقشة حملة مكافحة داعش": past a
             * word with و that opens another clause or purpose, a name after a visit noun is
             * that clause's - the noun's genitive stands before it. */
            if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN &&
                rw_coordinated_clause_between(st, p + 1, m->unit))
                break;
            /* "حل X ضيفا على Y": the host is no traveller. */
            if (tr->rel == RW_REL_VISITED && rw_has_word(st, p + 1, m->unit, RW_W_GUEST_OF)) break;
            if (tr->rel != RW_REL_VISITED || traveller_after_goal(st, a, m))
                rw_add_side(e->side_a, &e->na, m->ref);
        }
}

static int honorific_subject(const rw_xstate *st, const rw_clause *c);

/* Makes the one the honorific with a pronoun at unit u names (rw_mentions_honoured) event e's
 * traveller; 0 when the article honoured no one so. */
static int honoured_traveller(const rw_xstate *st, uint32_t u, rw_event *e)
{
    int honoured = rw_mentions_honoured(st, u);
    if (honoured < 0) return 0;
    rw_add_side(e->side_a, &e->na, honoured);
    e->implicit = 1;
    return 1;
}

/* "بعد جولة إقليمية قام بها X أواخر الشهر الماضي، زار خلالها القاهرة": a verb opening its
 * clause after a comma with خلالها (words.tsv `during`, with the pronoun) right after it has
 * for subject the one who performed the noun before it - a noun, perhaps its description, and
 * a verb of performing (`performed`: قام بها، أداها) with the person right after it; else
 * RW_NO_SPEAKER. (The nearest such noun before the comma; a person named before it is the
 * sentence's, not the verb's subject.) */
static int performer_during(const rw_xstate *st, const rw_clause *c)
{
    uint32_t p = c->p;
    if (p < 2 || p + 1 >= c->R || !rw_mentions_is_comma(st, p - 1) || st->units[p + 1].ntok != 1 ||
        !rw_mentions_pronoun_on(st, st->units[p + 1].tok, RW_W_DURING))
        return RW_NO_SPEAKER;
    for (uint32_t k = p - 1; k-- > 0;) {
        uint32_t v = rw_performed_after(st, k);
        if (!v || v + 1 >= p - 1) continue;
        const rw_pm *m = person_starting_at(st, v + 1);
        return m && named_person_pm(st, m) ? m->ref : RW_NO_SPEAKER;
    }
    return RW_NO_SPEAKER;
}

/* When the clause names no traveller: the one it implies - the one a title with a pronoun names,
 * the last delegation for a plural pronoun, the main clause's subject after a clause word, the
 * subject the sentence goes on with, the person named just before, the speaker of a visit told
 * as the time of his words, else the last subject - or nobody (returns 0: a thing travelled, the
 * verb has a subject of its own no one named, the visit is one told already or an invited
 * party's). */
static int implied_traveller(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    /* "وصلت إلى مطار بيروت طائرة مساعدات": a verb whose subject, after its place, is a thing
     * names no traveller - not whoever the article spoke of before. */
    int thing = tr->tense != RW_VT_NOUN && !e->na && thing_after_place(st, p, a);
    if (thing) return 0;
    /* "ومن المقرر أن يزور سمو نائب أمير المنطقة محافظة الخرج": a chain of titles right after the
     * verb, naming no one the engine knows, is its subject - someone unnamed, not the last
     * subject (a title with a pronoun, "ويزور سموه", is that one). */
    /* So is a title with the body it heads ("وصل قائد قوات الدعم السريع إلى أديس أبابا"). */
    if (!e->na && tr->tense != RW_VT_NOUN && p + 2 < st->n_units && !rw_in_mention(st, p + 1) &&
        (st->units[p + 1].kind == RW_U_TITLE || st->units[p + 1].kind == RW_U_OFFICE) &&
        st->units[p + 1].suffix != RW_SUF_PRONOUN &&
        (st->units[p + 2].kind == RW_U_TITLE || st->units[p + 2].kind == RW_U_OFFICE ||
         (st->units[p + 2].kind == RW_U_ACTOR &&
          st->lx->actors[st->units[p + 2].ref].kind != RW_KIND_PERSON)))
        return 0;
    /* "وكان الوزيران قد زارا ... سجن صيدنايا": a pair word standing as the verb's subject (right
     * before it, قد between at most, or right after it) are the two guests of the last meeting -
     * never its host, who moves at home ("توجه الرئيسان إلى قصر الاتحادية"): with no two
     * guests, no one we know. */
    if (!e->na && tr->tense != RW_VT_NOUN && !a->npre &&
        ((p >= 1 && rw_has_word(st, p - 1, p, RW_W_PAIR)) ||
         (p >= 2 && rw_has_word(st, p - 2, p - 1, RW_W_PAIR) &&
          rw_has_word(st, p - 1, p, RW_W_MAY)) ||
         (p + 1 < st->n_units && rw_has_word(st, p + 1, p + 2, RW_W_PAIR)))) {
        const rw_event *pv = NULL;
        for (size_t i = st->n_ev; i-- > 0 && !pv;)
            if (st->ev[i].rel == RW_REL_MET && st->ev[i].modality == RW_MOD_ASSERTED)
                pv = &st->ev[i];
        if (!pv || pv->nb != 2) return 0;
        rw_add_side(e->side_a, &e->na, pv->side_b[0]);
        rw_add_side(e->side_a, &e->na, pv->side_b[1]);
        e->implicit = 1;
    }
    /* "وانتقل سموه ظهر أمس إلى دبي"، "وكان سموه قد وصل إلى الدوحة": a title with a pronoun as
     * the verb's subject names the one the article honoured so (no one, when it honoured no
     * one), not the last person named. */
    int honorific = !e->na && tr->tense != RW_VT_NOUN ? honorific_subject(st, c) : -1;
    if (honorific >= 0 && !honoured_traveller(st, (uint32_t)honorific, e)) return 0;
    if (!e->na && unnamed_verb_subject(st, c)) return 0;
    /* "فيما أكد رئيس الوفد الكوري أن زيارته إلى دبي": a visit with a pronoun right after an
     * unnamed speaker is his, not the last one named. */
    if (!e->na && tr->tense == RW_VT_NOUN && rw_visit_of_pronoun(st, p) &&
        unnamed_speaker_between(st, p > SPEAKER_REACH ? p - SPEAKER_REACH : 0, p))
        return 0;
    /* "وطاقة إنتاجية تصل إلى 60 ألف طن ... إلى أسواق دول الخليج": a verb right after a common
     * noun no mention covers has that noun, a thing, for its subject. */
    if (!e->na && tr->tense != RW_VT_NOUN && p > 0 && st->units[p - 1].kind == RW_U_OTHER &&
        !st->units[p - 1].pflags && !(st->units[p].pflags & RW_P_CONJ) && !rw_in_mention(st, p - 1))
        return 0;
    /* "وكان شي قد زار الرياض": the traveller is the one the engine could not name. */
    if (!e->na && st->subject_sentence != st->sentence && opens_on_unnamed_subject(st)) return 0;
    /* A visit noun with the feminine pronoun, or a verb conjugated for a woman or a thing
     * ("متوقعا أن تصل خلال 10 ساعات إلى غزة" after a reporter spoke of a ship), is no visit of a
     * man a title named. */
    const rw_unit *tu = &st->units[p];
    int hers = tr->tense == RW_VT_NOUN ? rw_mentions_written_feminine(st, tu->tok + tu->ntok - 1)
                                       : -rw_mentions_feminine_verb(st, p, tr->tense == RW_VT_PAST);
    int his = tr->tense != RW_VT_NOUN && !hers;
    /* "قدّم أعضاء الوفد ... شرحا لرئيس الجمهورية عن أسباب زيارتهم إلى سوريا": a visit noun with
     * a plural pronoun and no traveller named is the last delegation's, never one person's. */
    if (!e->na && plural_visit(st, c)) {
        if (st->last_group < 0) return 0;
        rw_add_side(e->side_a, &e->na, st->last_group);
        e->implicit = 1;
    }
    /* "كشفت X أن إبنتها قد تحولت إلى النمسا": a common noun right after the clause word is
     * the verb's own subject, whom the text does not name - no one named before travelled. So
     * is an office the engine resolves to no one, or a title with its complement ("مؤكدا أن
     * وزير البيئة والتنمية المستدامة زار"); a bare title right before the verb may be the one
     * the article is about ("قوله إن المهندس زار غزة"). */
    /* (... a nationality too, quoted or not: "وأوضح X أن "التونسي وصل إلى سوريا عام 2012"") */
    uint32_t s0 = L < p && rw_mentions_is_quote(st, L) ? L + 1 : L;
    if (!e->na && L > 0 && s0 < p && rw_is_clause(st, L - 1) && tr->tense != RW_VT_NOUN &&
        (st->units[s0].kind == RW_U_OTHER || st->units[s0].kind == RW_U_OFFICE ||
         st->units[s0].kind == RW_U_NISBA || (st->units[s0].kind == RW_U_TITLE && p > s0 + 1)) &&
        !rw_in_mention(st, s0))
        return 0;
    /* So is a visit noun of no pronoun right after such a subject and its verb ("أكد X أن
     * السائح البلجيكي يفضل زيارة تونس"): the subject, with the article, is the traveller no
     * one named, not X. */
    if (!e->na && L > 0 && L < p && rw_is_clause(st, L - 1) && tr->tense == RW_VT_NOUN &&
        p - L <= 3 && (st->units[L].kind == RW_U_OTHER || st->units[L].kind == RW_U_WORD) &&
        st->units[L].definite &&
        !rw_in_mention(st, L) && !rw_possessive(st, p) && !a->npre)
        return 0;
    /* "حيث التقى X وزير الثقافة السنغالي، الذي يزور القاهرة حاليا": right after a relative
     * the traveller is the one it refers to. */
    int ante = !e->na && tr->tense != RW_VT_NOUN ? relative_antecedent(st, L) : INT_MIN;
    if (ante != INT_MIN && may_be_hers(st, ante, p, hers, his)) {
        rw_add_side(e->side_a, &e->na, ante);
        e->implicit = 1;
    }
    /* ... and after a common noun ("فريق الخبراء الطبيين الصينيين الذي وصل إلى طهران") it is that
     * noun's, no one named. */
    if (!e->na && tr->tense != RW_VT_NOUN && L > 1 && rw_has_word(st, L - 1, L, RW_W_RELATIVE) &&
        (st->units[L - 2].kind == RW_U_OTHER || st->units[L - 2].kind == RW_U_NISBA) &&
        !rw_in_mention(st, L - 2))
        return 0;
    /* "... قبل أن يتوجه إلى باريس": right after a clause word the traveller is the
     * main clause's subject, not the last person named. */
    /* ("ويختم سلام استشاراته اليوم، على أن يزور قصر بعبدا": the one the sentence opened on,
     * when it names one, before the last subject of the sentences before) */
    /* (not in what a speaker says: "وذكر X أن Y عبرت له ...، وقالت إنها ستزور تونس" is hers) */
    int main_subject = !e->na && L > 0 && rw_is_clause(st, L - 1) && tr->tense != RW_VT_NOUN &&
                               st->speaker == RW_NO_SPEAKER
                           ? continued_subject(st, L)
                           : RW_NO_SPEAKER;
    /* ("ومن المنتظر أن يغادر هوكشتاين بيروت مساء اليوم، على أن يتوجه غدا إلى تل أبيب": the one
     * a verb of no event names in the sentence's first words, not the last subject before) */
    if (main_subject == RW_NO_SPEAKER && !e->na && L > 0 && rw_is_clause(st, L - 1) &&
        tr->tense != RW_VT_NOUN && st->speaker == RW_NO_SPEAKER)
        main_subject = early_person(st, L);
    /* (a title's placeholder too, after ثم (words.tsv `continues`) or قبل أن: "قام سمو الأمير
     * بجولة بدأها في جدة حيث التقى X، ثم توجه إلى دبي"، "أن يدشن رئيس الدبلوماسية الإسرائيلية
     * غدا المقر، قبل أن يتوجه إلى الدار البيضاء" - the sentence's subject, not the last subject
     * of the sentences before) */
    int of_sentence = main_subject != RW_NO_SPEAKER &&
                      may_be_hers(st, main_subject, p, hers, his) &&
                      (main_subject >= 0 || rw_has_word(st, L - 1, L, RW_W_CONTINUES) ||
                       (rw_time_clause(st, L - 1) && !rw_has_word(st, p + 1, p + 2, RW_W_PAIR)));
    if (!of_sentence) main_subject = st->last_subject;
    if (!e->na && L > 0 && rw_is_clause(st, L - 1) && (of_sentence || main_subject >= 0) &&
        tr->tense != RW_VT_NOUN && may_be_hers(st, main_subject, p, hers, his)) {
        rw_add_side(e->side_a, &e->na, main_subject);
        e->implicit = 1;
    }
    /* "بدأ X زيارة ...، يلتقي خلالها Y ويزور مدينة وهران": a verb with و opening a clause of
     * the sentence, with no one before or after it, has the sentence's subject - not Y. */
    int opener = !e->na && c->own_clause && !a->npre && !a->npost ? continued_subject(st, L)
                                                                   : RW_NO_SPEAKER;
    if (opener != RW_NO_SPEAKER) {
        rw_add_side(e->side_a, &e->na, opener);
        e->implicit = 1;
    }
    /* "إن وفدا من صندوق النقد الدولي يؤدي زيارة إلى تونس ... ليتم اثر الزيارة اتخاذ قرار": a
     * bare visit noun with the article after a visit the sentence told is that visit, whose
     * travellers are known - not a visit of whoever was named before it. */
    if (!e->na && tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && st->units[p].definite &&
        !rw_possessive(st, p) && !a->npost && visit_told_in_sentence(st))
        return 0;
    /* ... and so is one to a place the article told a visit to ("الترتيبات الخاصة بالزيارة إلى
     * الجزائر" after the president's visit there was announced): its traveller is that visit's,
     * told already, no one named since. */
    if (!e->na && tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && st->units[p].definite &&
        !rw_possessive(st, p) && !a->npost && !a->npre && visit_told_to(st, a))
        return 0;
    /* "واستذكر سموه الزيارة التي قام بها إلى أثينا": a visit noun right after a title with a
     * pronoun, the subject of the verb before, that a relative verb of performing with no one
     * after it describes, is the visit of the one the title names (not the guest's visit the
     * article told: "وثمن سموه الزيارة" alone may be). */
    if (!e->na && tr->tense == RW_VT_NOUN && p > 0 && relative_verb_of(st, p, RW_W_PERFORMED) &&
        title_with_pronoun(st, p - 1) && !a->npost) {
        int honoured = rw_mentions_honoured(st, p - 1);
        if (honoured >= 0) {
            rw_add_side(e->side_a, &e->na, honoured);
            e->implicit = 1;
        }
    }
    /* "الترتيبات الخاصة بزيارة معاليه المرتقبة إلى الرياض": a visit noun in construct with a
     * title with a pronoun is the visit of the one the article honoured so (nobody, when no one
     * was), not of the last subject. */
    if (!e->na && tr->tense == RW_VT_NOUN && p + 1 < st->n_units && title_with_pronoun(st, p + 1) &&
        st->units[p + 1].kind == RW_U_TITLE && !honoured_traveller(st, p + 1, e))
        return 0;
    /* "X يبحث مع Y ملف النازحين ويتلقى دعوة لزيارة عمّان": an invitation right after the verb
     * of receiving that opens its clause invites the one the sentence goes on with, never the
     * counterpart named last (nobody, when the sentence names no such one). */
    if (!e->na && tr->rel == RW_REL_VISITED && L > 0 && L < p &&
        rw_has_word(st, L - 1, L, RW_W_RECEIVED) && rw_has_word(st, L, p, RW_W_INVITE)) {
        int invited = continued_subject(st, L);
        if (invited < 0 || !may_be_hers(st, invited, p, hers, his)) return 0;
        rw_add_side(e->side_a, &e->na, invited);
        e->implicit = 1;
    }
    /* "وقالت ميركل ... بدعوة من نظيره الألماني نوربار لامار ...، مذكرة بزيارتها إلى تونس": a
     * visit noun written with the feminine pronoun is no visit of a man a title named (hers,
     * above). */
    if (!e->na && a->near_before >= 0 && may_be_hers(st, a->near_before, p, hers, his) &&
        !last_person_marked(st, p)) {
        rw_add_side(e->side_a, &e->na, a->near_before);
        e->implicit = 1;
    }
    /* "وأضاف في تصريح خلال زيارته إلى ولاية باجة"، "وأضاف الوزير على هامش زيارة أداها إلى
     * النفيضة": a visit noun with a pronoun, its own or of the verb right after it, and no
     * traveller named is the visit of the one who speaks. */
    /* Only as the time of what is said ("خلال"، "على هامش"، "إثر": "وحول زيارته إلى ولاية
     * تطاوين، قال الشاهد" speaks of a visit, perhaps to come), and not past a clause word with a
     * subject of its own ("وأكدت أن المدير التنفيذي أنهى زيارته"; "أنه أكد خلال زيارته" goes on
     * with the speaker). */
    if (!e->na && tr->tense == RW_VT_NOUN && st->speaker != RW_NO_SPEAKER &&
        rw_has_word(st, p > 2 ? p - 2 : 0, p, RW_W_DURING | RW_W_FOLLOWING | RW_W_OCCASION) &&
        rw_visit_of_pronoun(st, p) && !clause_of_own_subject_before(st, p)) {
        rw_add_side(e->side_a, &e->na, st->speaker);
        e->implicit = 1;
    }
    /* "وأكد الوزير خلال زيارته الأخيرة إلى باريس": a visit with a pronoun told by a title that
     * names no one the article has named is that unknown person's, not the last subject's. */
    if (!e->na && tr->tense == RW_VT_NOUN && rw_visit_of_pronoun(st, p) && st->unnamed_speaker &&
        st->speaker == RW_NO_SPEAKER)
        return 0;
    /* "كما وجهت الوزيرة دعوة للسياح الاسبان لزيارة تونس": after an invitation in its clause,
     * the one the article spoke of invited; those invited travel, and none is named. */
    if (!e->na && tr->rel == RW_REL_VISITED && rw_has_word(st, L, p, RW_W_INVITE)) return 0;
    if (!e->na && st->last_subject >= 0 &&
        may_be_hers(st, st->last_subject, p, hers, his)) {
        rw_add_side(e->side_a, &e->na, st->last_subject);
        e->implicit = 1;
    }
    return 1;
}

/* Travellers are people or delegations: drops organisations from side A when people are there. */
static void people_travel(const rw_xstate *st, rw_event *e)
{
    /* "خطاباته في الأمم المتحدة وزياراته": an organisation named beside them is none; and none
     * is ever present at a meeting ("بمشاركة ممثلي الولايات المتحدة والبنك الدولي"): people are. */
    int people = 0;
    for (int i = 0; i < e->na; i++)
        if (e->side_a[i] < 0 || st->x->entities[e->side_a[i]].kind != RW_KIND_ORG) people++;
    if ((people || e->rel == RW_REL_ATTENDED) && people < e->na) {
        int k = 0;
        for (int i = 0; i < e->na; i++)
            if (e->side_a[i] < 0 || st->x->entities[e->side_a[i]].kind != RW_KIND_ORG)
                e->side_a[k++] = e->side_a[i];
        e->na = k;
    }
}

/* Whether the attendance trigger at unit p is a noun, not the verb حضر or شارك: after the
 * preposition ب glued to it or في before it (بحضور، بمشاركة، في حضور) - triggers.tsv lists
 * them with the verbs. */
static int attending_noun(const rw_xstate *st, uint32_t p)
{
    const rw_unit *u = &st->units[p];
    const char *w = rw_token_fold(st->tk, u->tok);
    if (st->tk->v[u->tok].fold_len > 2 && memcmp(w, "\xd8\xa8", 2) == 0) return 1;
    return p > 0 && rw_has_word(st, p - 1, p, RW_W_PREP);
}

/* The host of the sentence's last reception told so far by a verb (استقبل, no side word), or
 * RW_NO_SPEAKER. */
static int reception_host(const rw_xstate *st)
{
    for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence == st->sentence;) {
        const rw_event *pv = &st->ev[i];
        if (pv->rel == RW_REL_MET && pv->received && pv->na == 1)
            return pv->side_a[0];
    }
    return RW_NO_SPEAKER;
}

/* For a visit noun with a pronoun right after a word of "upon" (لدى، فور), after a verb of
 * receiving in the sentence: 1 with *guest the guest of the sentence's last reception (a
 * title's placeholder too), 0 when that reception named no single guest, -1 when the noun is
 * not so. */
static int received_arrival(const rw_xstate *st, const rw_clause *c, int *guest)
{
    uint32_t p = c->p;
    if (c->tr->rel != RW_REL_VISITED || c->tr->tense != RW_VT_NOUN || p == 0 ||
        !rw_possessive(st, p) || !rw_has_word(st, p - 1, p, RW_W_UPON))
        return -1;
    int receiving = 0;
    for (uint32_t k = 0; k + 1 < p && !receiving; k++) {
        /* (those who receive, a noun: "في مقدمة مستقبليه"، "في مقدمة مستقبلي جلالة الملك" - the
         * person right after it is the guest) */
        if (rw_has_word(st, k, k + 1, RW_W_RECEIVE)) {
            receiving = 1;
            for (size_t i = 0; i < st->n_pms; i++)
                if (st->pms[i].unit == k + 1 && st->pms[i].kind == RW_PM_PERSON) {
                    *guest = st->pms[i].ref;
                    return 1;
                }
        }
        if (!rw_is_event_trigger(st, k) || st->lx->triggers[st->units[k].ref].tense == RW_VT_NOUN)
            continue;
        size_t n;
        const char *w = rw_mentions_unit_bare(st, k, &n);
        receiving = (rw_lexicon_word_class(st->lx, w, n) & RW_W_RECEIVE) != 0;
    }
    if (!receiving) return -1;
    for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence == st->sentence;) {
        const rw_event *pv = &st->ev[i];
        if (pv->rel != RW_REL_MET) continue;
        *guest = pv->side_b[0];
        return pv->nb == 1 && (*guest < 0 || st->x->entities[*guest].kind == RW_KIND_PERSON);
    }
    return 0;
}

/* Visits and attendance: the travellers (or those present) are side A; a visit's places are its
 * destination, an attendance's side B the last meeting's host. An invitation names a host who
 * is to meet the travellers (*host). */
static int sides_travel(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e, int *host)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, R = c->R;
    int ok = 0, speakers = 0;
    int lim = a->marker >= 0 ? a->marker : a->npost;
    if (tr->rel == RW_REL_VISITED && !visit_has_traveller(st, c, a)) return 0;
    /* "وتتزامن الزيارة مع القصف ... في إقليم كردستان": the visit with the article, no pronoun
     * and no one named is one told before; a place far past it, behind other words, is
     * another noun's - no destination of a new visit. */
    if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && st->units[p].definite &&
        !rw_possessive(st, p) && !a->npre && !a->npost && a->place_after >= 0 &&
        a->place_after_unit > p + 3 && !rw_relative_verb(st, p))
        return 0;
    /* "رحب فيه بزيارة الحكومة إلى غزة": a visit noun in construct with a common noun that names
     * no one is that body's visit, no one's named before - unless the noun heads the place
     * visited ("عزمه زيارة العاصمة المؤقتة عدن"). */
    /* (Not when a relative verb of performing names the traveller: "زيارة الدولة التي قام بها
     * رئيس الجمهورية إلى روما".) */
    if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && !rw_possessive(st, p) &&
        !relative_verb_of(st, p, RW_W_PERFORMED) && !st->units[p].definite && p + 1 < st->n_units &&
        st->units[p + 1].definite && !st->units[p + 1].pflags && !rw_in_mention(st, p + 1) &&
        (st->units[p + 1].kind == RW_U_OTHER ||
         (st->units[p + 1].kind == RW_U_WORD && (st->units[p + 1].cls & RW_W_INSTITUTION)))) {
        int place = 0;
        for (uint32_t k = p + 2; k < st->n_units && k <= p + 4 && !place; k++) {
            if (rw_has_word(st, k, k + 1, RW_W_TOWARD) || st->units[k].kind == RW_U_PUNCT) break;
            place = st->units[k].kind == RW_U_PLACE;
        }
        if (!place) return 0;
    }
    /* "لزيارة عدد من النواب إلى سوريا": a visit of a group the text counts names no traveller;
     * nor does one of holders a broken plural heads ("نتائج زيارة رؤساء حكومات دول البنلوكس إلى
     * تونس" under a minister's visit: not his). */
    if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && !rw_possessive(st, p) &&
        p + 1 < st->n_units && st->units[p + 1].kind == RW_U_WORD && !rw_in_mention(st, p + 1) &&
        (st->units[p + 1].cls & (RW_W_QUANTITY | RW_W_PLURAL_HEAD)))
        return 0;
    /* "مشيرا إلى أنه سيقوم بزيارة إلى روما": right after أنه the pronoun is the traveller; who
     * was named before it belongs to the clause before ("... مع رئيسة الوزراء X،"). */
    if (tr->tense != RW_VT_NOUN && p > 0 && rw_has_word(st, p - 1, p, RW_W_HE_THAT)) a->npre = 0;
    /* "استقبل X Y لدى وصوله إلى المطار"، "كان الرئيس في مقدمة مستقبليه لدى وصوله": an arrival
     * with a pronoun right after لدى or فور, after a verb of receiving in its sentence, is the
     * arrival of the one received - the guest of that reception, or no one the engine can name
     * when it named no guest; never the host. */
    int arrival_guest = 0, arrival = received_arrival(st, c, &arrival_guest);
    if (arrival == 0) return 0;
    if (arrival > 0) {
        a->npre = a->npost = 0;
        rw_add_side(e->side_a, &e->na, arrival_guest);
        e->implicit = 1;
    }
    /* "أجرى X مباحثات في دبي مع Y، توجه بعدها إلى الدوحة": a verb of travel after the
     * sentence's meeting goes on with its subject; the one met, after مع, is no traveller
     * (an unmarked guest may be: "استقبل X Y، الذي وصل إلى باريس"). */
    int going_on = tr->rel == RW_REL_VISITED && tr->tense != RW_VT_NOUN && a->npre &&
                           !rw_has_word(st, c->L > 0 ? c->L - 1 : 0, p, RW_W_RELATIVE)
                       ? sentence_event_subject(st)
                       : RW_NO_SPEAKER;
    if (going_on >= 0) {
        int k = 0;
        for (int i = 0; i < a->npre; i++) {
            const rw_pm *m = &st->pms[a->pre[i]];
            if (!(m->side && made_object(st, m->ref))) a->pre[k++] = a->pre[i];
        }
        int i = k ? -1 : pm_of_entity(st, going_on, st->n_units);
        if (i >= 0) a->pre[k++] = i;
        a->npre = k;
    }
    int unnamed = -1;
    if (arrival < 0 && !named_travellers(st, c, a, &lim, &speakers, host, &unnamed)) return 0;
    if (tr->rel == RW_REL_VISITED && rw_send_verb(st, p)) return sent_travellers(st, c, a, e, lim);
    /* "جلسة مباحثات مع Y، بحضور عدد من الوزراء": those present are named after the noun of
     * attending; with none named there, none of those before it was merely present. */
    if (tr->rel == RW_REL_ATTENDED && !a->npost && attending_noun(st, p) && !rw_possessive(st, p))
        return 0;
    /* ... right after it, past words such as كل من: "بمشاركة الأطراف ذاتها، ... وصفها نتنياهو"
     * names no one present. */
    if (tr->rel == RW_REL_ATTENDED && attending_noun(st, p) && !rw_possessive(st, p)) {
        uint32_t q = p + 1;
        /* (a title read with the name after it is the attendee's) */
        while (q < R && !rw_in_mention(st, q) && (st->units[q].kind == RW_U_WORD || st->used[q])) q++;
        if (q >= R || !rw_in_mention(st, q)) return 0;
    }
    /* "وحضر المقابلة عدد من المسؤولين بالوزارة": a verb of attending that names no one in its
     * clause, before or after it, has no attendee from elsewhere. */
    if (tr->rel == RW_REL_ATTENDED && tr->tense != RW_VT_NOUN && !a->npre && !a->npost) return 0;
    if (unnamed >= 0) {
        rw_add_side(e->side_a, &e->na, unnamed);
        e->implicit = 1;
    }
    named_side(st, c, a, e, lim, speakers);
    /* (... "بعد جولة قام بها X، زار خلالها P": the one who performed the tour, none other) */
    int tour_performer = tr->tense != RW_VT_NOUN ? performer_during(st, c) : RW_NO_SPEAKER;
    if (tour_performer != RW_NO_SPEAKER) {
        e->na = 0;
        rw_add_side(e->side_a, &e->na, tour_performer);
        e->implicit = 1;
    }
    /* "استقبل X Y ...، في أول زيارة لوزير خارجية سعودي إلى دمشق": a visit noun with no pronoun
     * after a reception in its sentence is no visit of the host, who received at home. */
    if (tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && !rw_possessive(st, p) && e->na > 1) {
        int h = reception_host(st);
        int k = 0;
        for (int i = 0; i < e->na; i++)
            if (e->side_a[i] != h) e->side_a[k++] = e->side_a[i];
        e->na = k;
    }
    /* "ووصل بومبيو إلى الخرطوم ...، بعد يوم من لقائه نتنياهو في القدس، في زيارة هي الأولى
     * ...": a bare visit noun after a comma, whose one traveller so far is whom the sentence's
     * traveller met, is that traveller's visit - not the one he met ... */
    /* ... and "زيارة الرئيس الأسد إلى عُمان، حيث التقى السلطان هيثم، ثم زيارته إلى الإمارات": a
     * visit noun with a pronoun right after ثم (words.tsv `continues`) goes on with it. */
    int bare_after_comma = !rw_possessive(st, p) && p > 1 && rw_mentions_is_comma(st, p - 2);
    int goes_on = rw_possessive(st, p) && p > 0 && rw_has_word(st, p - 1, p, RW_W_CONTINUES);
    const rw_event *told = tr->rel == RW_REL_VISITED && tr->tense == RW_VT_NOUN && e->na <= 1 &&
                                   (bare_after_comma || goes_on)
                               ? sentence_visit(st)
                               : NULL;
    if (told && e->na == 1 && told->side_a[0] != e->side_a[0] &&
        met_in_sentence(st, told->side_a[0], e->side_a[0])) {
        e->side_a[0] = told->side_a[0];
        e->implicit = 1;
    } else if (told && goes_on && !e->na) {
        rw_add_side(e->side_a, &e->na, told->side_a[0]);
        e->implicit = 1;
    }
    if (!implied_traveller(st, c, a, e)) return 0;
    people_travel(st, e);
    if (tr->rel == RW_REL_VISITED) {
        for (int i = 0; i < a->nplaces; i++) e->places[e->nplaces++] = a->places[i];
        ok = e->na && e->nplaces;
        /* "زار وزير الداخلية X حافظ الأمن Y بالمستشفى": a verb of visiting with a person for its
         * object, named right after the verb or its subject, is a meeting with that person. */
        int performer = performer_of_visit(st, c, a);
        int visited = visited_person(st, c, a, performer);
        /* (... with the place where he is after him: "أن يزور سلام غداً النائب X في دارته في
         * كليمنصو" is a meeting at X's home, no visit of a district) */
        int home_of_object = visited >= 0 && a->place_after >= 0 &&
                             a->place_after_unit > st->pms[a->post[visited]].unit;
        /* (... and, after a clause word, the one person after the verb with the place where he
         * is after him: "وكان X قد التقى أمس Y، فيما زار صباح اليوم Z في معراب" - the subject
         * of the sentence's last event visited Z) */
        int host_at_home = visited < 0 && !a->npre && a->npost == 1 && c->L > 0 &&
                           rw_is_clause(st, c->L - 1) && tr->tense != RW_VT_NOUN &&
                           a->place_after >= 0 &&
                           person_at_his_place(st, &st->pms[a->post[0]], a->place_after_unit);
        int guest_of = host_at_home ? sentence_event_subject(st) : RW_NO_SPEAKER;
        if (guest_of >= 0 && guest_of != st->pms[a->post[0]].ref) {
            e->na = e->nb = 0;
            implicit_pair(e, guest_of, st->pms[a->post[0]].ref);
            e->nplaces = 0;
            e->rel = RW_REL_MET;
            return 1;
        }
        if ((!ok || home_of_object) && tr->frame == RW_FRAME_EVENT && visited >= 0) {
            e->na = e->nb = 0;
            rw_add_side(e->side_a, &e->na,
                        performer != RW_NO_SPEAKER ? performer
                        : visited == 0             ? st->pms[a->pre[0]].ref
                                                   : st->pms[a->post[0]].ref);
            rw_add_side(e->side_b, &e->nb, st->pms[a->post[visited]].ref);
            e->nplaces = 0;
            e->rel = RW_REL_MET;
            return e->na && e->nb;
        }
        /* "سيزور واشنطن تلبية لدعوة من الرئيس ترامب": the one who invited is the host; so is
         * the one after ضيفا على, with the travellers named before him after the verb too
         * ("وحل وزير الخارجية X ضيفا على نظيره Y"). */
        for (uint32_t k = p + 1; *host == INT_MIN && k < R; k++) {
            const rw_unit *w = &st->units[k];
            int guest = w->kind == RW_U_WORD && (w->cls & RW_W_GUEST_OF);
            if (w->kind != RW_U_WORD || !((w->cls & RW_W_INVITE) || guest) || (!a->npre && !guest))
                continue;
            for (int i = 0; i < a->npost; i++)
                if (st->pms[a->post[i]].unit > k && st->pms[a->post[i]].kind == RW_PM_PERSON) {
                    *host = st->pms[a->post[i]].ref;
                    e->guest = guest;
                    break;
                }
        }
    } else {
        /* "شارك X في اجتماع مجلس التعاون": a meeting noun without the article or a pronoun
         * after the verb is a new meeting, whose principals are not those of a meeting told
         * before. */
        /* So is one with the article and an adjective of its own ("ومن المقرر أن يشارك X في
         * الاجتماع الوزاري المشترك"), a meeting named anew, not "حضر اللقاء". */
        for (uint32_t k = p + 1; k < R; k++)
            if (rw_is_event_trigger(st, k) && st->lx->triggers[st->units[k].ref].rel == RW_REL_MET &&
                st->lx->triggers[st->units[k].ref].tense == RW_VT_NOUN && !rw_possessive(st, k) &&
                (!st->units[k].definite ||
                 (k + 1 < st->n_units && st->units[k + 1].definite && !st->units[k + 1].pflags &&
                  (st->units[k + 1].kind == RW_U_OTHER || st->units[k + 1].kind == RW_U_NISBA))))
                return 0;
        /* ... and so is any other event a noun of no article or pronoun names as what is
         * attended - the first word after the verb past its subject, a preposition and another
         * word of attending ("وشارك الوزير X في حضور حفل تخريج"، "شارك في ندوة"). */
        uint32_t q = p + 1;
        while (q < st->n_units &&
               (rw_in_mention(st, q) ||
                (st->units[q].kind == RW_U_WORD && (st->units[q].cls & RW_W_PREP)) ||
                (rw_is_event_trigger(st, q) &&
                 st->lx->triggers[st->units[q].ref].rel == RW_REL_ATTENDED)))
            q++;
        if (q < st->n_units && st->units[q].kind == RW_U_OTHER && !st->units[q].definite &&
            !st->units[q].pflags && st->units[q].suffix != RW_SUF_PRONOUN)
            return 0;
        /* "ومن المقرر أن يعقد الاجتماع الفني الأول في أديس أبابا ...، بمشاركة X": a meeting its
         * own sentence holds (يعقد، سيعقد) before the attendance, whose principals it does not
         * name, is the one attended - no meeting of another sentence. */
        int own_meeting = 0, own_event = 0;
        for (uint32_t k = 1; k < p; k++)
            own_meeting |= rw_meeting_noun(st, k) &&
                           ((st->units[k - 1].kind == RW_U_WORD &&
                             (st->units[k - 1].cls & (RW_W_HOLD_NOW | RW_W_SOON))) ||
                            (st->units[k - 1].pflags & RW_P_FUTURE) ||
                            rw_mentions_future_verb(st, k - 1));
        for (size_t i = 0; i < st->n_ev; i++)
            own_event |= st->ev[i].sentence == st->sentence && st->ev[i].rel == RW_REL_MET;
        if (own_meeting && !own_event) return 0;
        /* ... and the meeting told before is one of this sentence or the one before it - of the
         * three before it when the clause names it with the article ("وقد حضر اللقاء X"، "حضر
         * الاستقبال X"). */
        uint32_t back =
            p + 1 < R && st->units[p + 1].kind == RW_U_OTHER && st->units[p + 1].definite ? 3 : 1;
        for (uint32_t k = p + 1; k < R; k++)
            if (rw_meeting_noun(st, k) && st->units[k].definite) back = 3;
        /* ... or the meeting of an attendance the sentence before told ("حضر الاستقبال X. فيما
         * حضر من الجانب الأمريكي Y"). Those present were where the meeting was: its place, not
         * one its clause names as a topic ("وبحث X مع Y سبل دعم لبنان، بحضور Z"). */
        for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence + back >= st->sentence;) {
            const rw_event *pv = &st->ev[i];
            int attended = pv->rel == RW_REL_ATTENDED && pv->nb && pv->sentence + 1 == st->sentence;
            if ((pv->rel != RW_REL_MET || !pv->na) && !attended) continue;
            rw_add_side(e->side_b, &e->nb, attended ? pv->side_b[0] : pv->side_a[0]);
            for (int k = 0; k < pv->nplaces && e->nplaces < 4; k++)
                e->places[e->nplaces++] = pv->places[k];
            break;
        }
        ok = e->na && e->nb;
    }
    return ok;
}

/* Whether the trigger word at unit p ends in the dual pronoun هما (لقائهما، اجتماعهما). */
static int dual_possessive(const rw_xstate *st, uint32_t p)
{
    return rw_mentions_written_dual(st, st->units[p].tok + st->units[p].ntok - 1);
}

/* The two persons (or role placeholders) named last before unit p, the later first; how many
 * there are, at most two. */
static int last_two_persons(const rw_xstate *st, uint32_t p, int two[2])
{
    int n = 0;
    for (size_t i = st->n_pms; i-- > 0 && n < 2;)
        if (st->pms[i].unit < p && st->pms[i].kind == RW_PM_PERSON) two[n++] = st->pms[i].ref;
    return n;
}

/* Whether the trigger word at unit p ends in the plural pronoun هم (اجتماعهم، لقائهم). */
static int plural_possessive(const rw_xstate *st, uint32_t p)
{
    return rw_mentions_written_plural(st, st->units[p].tok + st->units[p].ntok - 1);
}

/* The distinct persons the sentence before named, the later first, up to max of them in out;
 * how many, or max + 1 when it named more. */
static int persons_before(const rw_xstate *st, int *out, int max)
{
    const rw_extraction *x = st->x;
    int n = 0;
    for (size_t i = x->n_mentions; i-- > 0;) {
        const rw_mention *m = &x->mentions[i];
        if (m->sentence >= st->sentence) continue;
        if (m->sentence + 1 < st->sentence) break;
        if (x->entities[m->entity].kind != RW_KIND_PERSON) continue;
        int seen = 0;
        for (int k = 0; k < n; k++) seen |= out[k] == m->entity;
        if (seen) continue;
        if (n == max) return max + 1;
        out[n++] = m->entity;
    }
    return n;
}

/* Whether unit k is an honorific with a pronoun ("سموه"، "معاليه"): it names the one told
 * before - an office with one does not ("ونائبه يلتقي ...": his deputy, someone else). So does
 * a ruler's honorific alone, with no name after it (words.tsv `ruler`: "تلقى صاحب السمو أمس
 * اتصالا"), as Kuwaiti and other Gulf agencies name the ruler. */
static int title_with_pronoun(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    if (u->kind == RW_U_TITLE && !rw_in_mention(st, k) &&
        (k + 1 >= st->n_units || !rw_in_mention(st, k + 1) ||
         (st->units[k + 1].kind == RW_U_TITLE && st->units[k + 1].ref == u->ref))) {
        if (rw_mentions_ruler_title(st, k)) return 1;
    }
    return u->kind == RW_U_TITLE && st->lx->titles[u->ref].cls == RW_TITLE_HONORIFIC &&
           (u->suffix == RW_SUF_PRONOUN || (u->ntok == 1 && rw_mentions_written_pronoun(st, u->tok)));
}

/* The unit of a title with a pronoun that is the subject of the verb of clause c: right after
 * the verb ("ويلتقي سموه"، "التقى خلالها سموه")، or right before it, over engine words (قد:
 * "وكان جلالته قد التقى"); -1 when there is none. */
static int honorific_subject(const rw_xstate *st, const rw_clause *c)
{
    uint32_t p = c->p;
    if (p + 1 < c->R && title_with_pronoun(st, p + 1)) return (int)(p + 1);
    /* ("التي التقى خلالها سموه"، "ترأس فيها سموه": past a preposition carrying a pronoun) */
    if (p + 2 < c->R &&
        (st->units[p + 1].kind == RW_U_OTHER || st->units[p + 1].kind == RW_U_WORD) &&
        st->units[p + 1].ntok == 1 &&
        rw_mentions_pronoun_on(st, st->units[p + 1].tok, RW_W_PREP | RW_W_DURING) &&
        title_with_pronoun(st, p + 2))
        return (int)(p + 2);
    for (uint32_t k = p; k-- > c->L && k + 3 > p;) {
        if (title_with_pronoun(st, k)) return (int)k;
        if (st->units[k].kind != RW_U_WORD) break;
    }
    return -1;
}

/* Whether a title in construct no one is named for, and that names no office the engine
 * resolves, stands before unit p with no preposition on it: an unnamed subject ("وعبر وزير
 * التكوين المهني خلال لقائه بـ Y"). */
static int unnamed_title_before(const rw_xstate *st, uint32_t p)
{
    for (uint32_t k = 0; k < p; k++) {
        const rw_unit *u = &st->units[k];
        /* A title with the article ("الوزير"، "الصحفية") refers to someone, or describes; so
         * does one with a pronoun ("وكان سموه قد وصل"): the one named before. */
        if ((u->kind != RW_U_TITLE && u->kind != RW_U_OFFICE) || (u->pflags & ~RW_P_CONJ) ||
            u->definite || title_with_pronoun(st, k))
            continue;
        int named = 0;
        for (size_t i = 0; i < st->n_pms && !named; i++)
            named = st->pms[i].unit <= k && k < st->pms[i].unit_end;
        if (!named) return 1;
    }
    return 0;
}

/* Whether an institution noun (words.tsv `institution`) stands in units [0, p): an engine word
 * of the class, or a word no lexicon knew as a whole that is one with its article off
 * ("كما بحث المجلس الرئاسي، خلال اجتماعه": المجلس). */
static int institution_before(const rw_xstate *st, uint32_t p)
{
    for (uint32_t k = 0; k < p; k++) {
        const rw_unit *u = &st->units[k];
        if (u->kind == RW_U_WORD && (u->cls & RW_W_INSTITUTION)) return 1;
        if (u->kind == RW_U_OTHER && u->definite && u->ntok == 1 &&
            (rw_mentions_class_without_article(st, k) & RW_W_INSTITUTION))
            return 1;
    }
    return 0;
}

/* Whom a subjectless event of trigger p is about: the previous clause's subject, or, when the
 * trigger or its counterpart carries a pronoun, the sentence's speaker ("وقال على إثر لقاء
 * جمعه مع ..."، "واعتبر الوزير أن اللقاء مع نظيره"; a role placeholder may be one), else the
 * topic of a later sentence than that subject's ("وكان الرئيس X قد حلّ بعمان. وكان في استقباله
 * ..."); RW_NO_SPEAKER when there is no one. */
static int pronoun_owner(const rw_xstate *st, const rw_args *a, uint32_t p)
{
    int pronoun = rw_possessive(st, p) ||
                  (a->npost && (st->units[st->pms[a->post[0]].unit].cls & RW_W_COUNTERPART));
    if (pronoun && !a->near_set && unnamed_title_before(st, p)) return RW_NO_SPEAKER;
    /* "أقرت الهيئة العامة لشركة X في اجتماعها أمس"، "وعقد مجلس إدارة جمعية المصارف اجتماعه
     * الشهري": the pronoun, with a body and no one named before it in its sentence, is the
     * body's - its own meeting, no person's. */
    if (pronoun && !(st->n_pms && st->pms[0].unit < p && st->pms[0].kind == RW_PM_PERSON) &&
        institution_before(st, p))
        return RW_NO_SPEAKER;
    if (pronoun && st->speaker != RW_NO_SPEAKER) return st->speaker;
    /* The topic only for a third person ("اتصلنا" is the paper's own call) with no one named
     * before it in its sentence ("ميركل ... خلال اللقاء الذي جمعها": the one just named). */
    const rw_unit *u = &st->units[p];
    if (pronoun && st->topic >= 0 && !a->near_set &&
        rw_mentions_written_pronoun(st, u->tok + u->ntok - 1) &&
        (st->last_subject < 0 || st->topic_sentence > st->subject_sentence))
        return st->topic;
    /* The previous clause's subject - for a verbal noun, of this sentence or the two before it,
     * not of a paragraph back ("أعلن ... أن رئيس الجمهورية سيؤدي زيارة ... . [two sentences]
     * وكشف أن المحادثة مع الوزير القطري"); a verb's pro-drop subject reaches further ("وقد
     * التقت اللومي ... . [two sentences] كما التقت بالأمين العام"). */
    int noun = st->lx->triggers[st->units[p].ref].tense == RW_VT_NOUN;
    /* "استقبل الملك X اليوم Y. وأعرب الوزير عن شكره ..., مؤكدا أن اللقاء مع Z": a verbal noun
     * without a pronoun in what an unnamed title says, in a later sentence than that subject, is
     * no meeting of the subject; nobody the engine can name had it. Nor in what someone else
     * says ("وقال X إن الإعلان سيتم بعد لقاء كل من A و B": X's words, not the subject's). */
    if (noun && !pronoun && st->subject_sentence < st->sentence &&
        (st->unnamed_speaker || (st->speaker >= 0 && st->speaker != st->last_subject)))
        return RW_NO_SPEAKER;
    /* "قال ترامب إن ... . كما اتصل برئيس الوزراء الكندي": a verb opening its sentence (past
     * كما، وقد: words.tsv `continues`) goes on with whom the sentence before opened on, when
     * that sentence told no event of its own - more recent than the last event's subject. */
    if (!noun && !pronoun && st->topic >= 0 && st->topic_sentence + 1 == st->sentence &&
        (st->last_subject < 0 || st->topic_sentence > st->subject_sentence)) {
        uint32_t k = 0;
        while (k < p && st->units[k].kind == RW_U_WORD &&
               (st->units[k].cls & (RW_W_CONTINUES | RW_W_CONJ)))
            k++;
        if (k == p) return st->topic;
    }
    return st->last_subject >= 0 && (!noun || st->subject_sentence + 2 >= st->sentence)
               ? st->last_subject
               : RW_NO_SPEAKER;
}

/* Whether trigger p carries the feminine pronoun (جمعها) and the person ref, named before it in
 * its sentence, is a woman by her title ("وأضاف أن المستشارة الالمانية، انجيلا ميركل، تمسكت ...
 * خلال اللقاء الذي جمعها برئيس الحكومة": Merkel's meeting, not the speaker's). */
static int woman_just_named(const rw_xstate *st, uint32_t p, int ref)
{
    const rw_unit *u = &st->units[p];
    return ref >= 0 && ref != st->speaker &&
           rw_mentions_written_feminine(st, u->tok + u->ntok - 1) &&
           named_by_title(st, ref, p, rw_mentions_feminine_title);
}

/* Whether the pronoun trigger p carries, as written (ـه or ـها), may be person ref's. */
static int pronoun_may_be(const rw_xstate *st, uint32_t p, int ref)
{
    const rw_unit *u = &st->units[p];
    int hers = rw_mentions_written_feminine(st, u->tok + u->ntok - 1);
    return may_be_hers(st, ref, p, hers, !hers);
}

/* Whether the pronoun trigger p carries may be subject's, the subject of the sentence's last
 * event, rather than object's, that event's object: one who is not the object, of the pronoun's
 * gender. */
static int pronoun_fits_subject(const rw_xstate *st, uint32_t p, int subject, int object)
{
    return subject >= 0 && subject != object && pronoun_may_be(st, p, subject);
}

/* Whether the meeting noun at p follows خلال or أثناء and has no possessor: the time of what
 * its clause reports ("خلال لقاء"، "أثناء جلسة عمل"). */
static int during_meeting(const rw_xstate *st, uint32_t p)
{
    return p > 0 && rw_has_word(st, p - 1, p, RW_W_DURING) && !rw_possessive(st, p);
}

/* Whether a pair word in [L, p) has its two named right after it ("وبحث الرئيسان X و Y"):
 * then it is no reference to the last meeting's sides ("يعقد الرئيسان وملك الأردن": the pair
 * and a third, coordinated, is). */
static int pair_named(const rw_xstate *st, uint32_t L, uint32_t p)
{
    for (uint32_t k = L; k < p; k++) {
        if (st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_PAIR)) continue;
        for (size_t i = 0; i < st->n_pms; i++)
            if ((st->pms[i].unit == k || (st->pms[i].unit == k + 1 && !st->pms[i].coord)) &&
                st->pms[i].kind == RW_PM_PERSON)
                return 1;
    }
    return 0;
}

/* Adds to side the first mention after the trigger and those coordinated with it ("استقبل Y
 * و Z ... لتشييع جنازة W": Y and Z, not W). */
static void add_first_coordinated(const rw_xstate *st, const rw_args *a, int *side, int *n)
{
    for (int i = 0; i < a->npost && (i == 0 || st->pms[a->post[i]].coord); i++)
        rw_add_side(side, n, st->pms[a->post[i]].ref);
}

/* Every mention after the trigger but a place is a party, every pair of them meeting ("اجتماع
 * ثلاثي ضم X وY وZ"); whether there are two. */
static int all_parties(const rw_xstate *st, const rw_args *a, rw_event *e)
{
    for (int i = 0; i < a->npost; i++)
        if (st->pms[a->post[i]].kind != RW_PM_PLACE) rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
    return e->na >= 2;
}

/* "وقال إنه تلقى اتصالا هاتفيا من طرف X": أنه, one verb, then the meeting noun of clause c -
 * the noun is the pronoun's, as when it follows أنه itself. */
static int he_that_verb_noun(const rw_xstate *st, const rw_clause *c)
{
    uint32_t p = c->p;
    if (c->tr->tense != RW_VT_NOUN || p < 2) return 0;
    /* (past a day set off by commas: "وأضاف أنه أجرى، الأحد، اتصالا هاتفيا مع Y") */
    uint32_t v = p - 1;
    for (int steps = 0; v > 0 && steps < 4 && st->units[v].kind != RW_U_OTHER; steps++, v--)
        if (st->units[v].kind != RW_U_PUNCT && st->units[v].kind != RW_U_WORD) return 0;
    return v >= 1 && v - 1 >= c->L && st->units[v].kind == RW_U_OTHER &&
           rw_has_word(st, v - 1, v, RW_W_HE_THAT);
}

/* "وفي مكالمة هاتفية مع Y، أكد X ...": a meeting or call noun opening the sentence, its clause
 * closed by a comma and a verb of speech, has the speaker after that verb for its subject.
 * Returns the speaker, or RW_NO_SPEAKER. */
static int fronted_subject(const rw_xstate *st, const rw_clause *c)
{
    /* The verb of speech opens a clause: the clause ends at it, right after the comma. */
    if (c->tr->tense != RW_VT_NOUN || c->L > 2 || c->R < 1 || c->R + 1 >= st->n_units ||
        !rw_mentions_is_comma(st, c->R - 1) || !rw_has_word(st, c->R, c->R + 1, RW_W_SPEECH))
        return RW_NO_SPEAKER;
    size_t i = rw_first_pm(st, c->R + 1);
    return i < st->n_pms && st->pms[i].unit == c->R + 1 && st->pms[i].kind == RW_PM_PERSON
               ? st->pms[i].ref
               : RW_NO_SPEAKER;
}

/* Whether mention m is followed, in its clause (before unit R), by a participle's plural with
 * the article (المواطنين، المسؤولين), or within a few words by a count of people (words.tsv
 * `quantity`: "أن يلتقي X خلال زيارته أيضا عددا من أعضاء الكونغرس"): a verb's object after its
 * subject. */
static int plural_object_after(const rw_xstate *st, const rw_pm *m, uint32_t R)
{
    const rw_unit *u = m->unit_end < R ? &st->units[m->unit_end] : NULL;
    if (u && u->kind == RW_U_OTHER && u->definite && !u->pflags && u->ntok == 1 &&
        rw_mentions_participle_plural(st, u->tok))
        return 1;
    /* (past a time of his, "خلال زيارته") */
    for (uint32_t k = m->unit_end; k < R && k < m->unit_end + 4; k++) {
        const rw_unit *v = &st->units[k];
        if (rw_is_event_trigger(st, k) && k > 0 && rw_has_word(st, k - 1, k, RW_W_DURING) &&
            st->lx->triggers[v->ref].tense == RW_VT_NOUN)
            continue;
        if (v->kind == RW_U_PUNCT || v->kind == RW_U_ACTOR || v->kind == RW_U_TITLE ||
            rw_is_event_trigger(st, k) || rw_is_clause(st, k) || rw_in_mention(st, k))
            return 0;
        if (v->kind == RW_U_WORD && (v->cls & RW_W_QUANTITY) && !v->pflags) return 1;
    }
    return 0;
}

/* Whether the clause starting at unit L follows a trigger of the discuss frame (بحث، ناقش). */
static int discussed_before(const rw_xstate *st, uint32_t L)
{
    return L > 0 && rw_is_event_trigger(st, L - 1) &&
           st->lx->triggers[st->units[L - 1].ref].frame == RW_FRAME_DISCUSS;
}

/* The relative verb of holding after meeting noun c->p ("محادثات أجراها"، "اللقاءات التي
 * سيجريها"), or 0. */
static uint32_t noun_holder_verb(const rw_xstate *st, const rw_clause *c)
{
    if (c->tr->tense != RW_VT_NOUN || rw_possessive(st, c->p)) return 0;
    uint32_t v = relative_verb_of(st, c->p, RW_W_HELD_BY);
    /* (or asyndetic after an indefinite noun: "محادثات أجراها") */
    if (!v && !st->units[c->p].definite && rw_has_word(st, c->p + 1, c->p + 2, RW_W_HELD_BY))
        v = c->p + 1;
    return v;
}

/* The second of the first two persons after meeting noun c->p when they stand as its
 * construct pair, else NULL: the first within a few words of the noun (a title of his and its
 * complement between, no punctuation, clause word or other event), the second right after him
 * (his nickname in quotes between at most), not joined by و. */
static const rw_pm *construct_pair(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    const rw_pm *x = &st->pms[a->post[0]], *y = &st->pms[a->post[1]];
    /* (his nickname, a mention of the same person, is no second one) */
    if (y->ref == x->ref && a->npost >= 3) y = &st->pms[a->post[2]];
    if (x->kind != RW_PM_PERSON || y->kind != RW_PM_PERSON || x->ref < 0 || y->ref < 0 ||
        y->coord || x->unit > c->p + GENITIVE_REACH + 2)
        return NULL;
    for (uint32_t k = c->p + 1; k < x->unit; k++)
        if (st->units[k].kind == RW_U_PUNCT || rw_is_event_trigger(st, k) || rw_is_clause(st, k))
            return NULL;
    for (uint32_t k = x->unit_end; k < y->unit; k++)
        if (!rw_mentions_is_quote(st, k) && rw_mentions_quote_span(st, k) < 0 &&
            !rw_in_mention(st, k))
            return NULL;
    return person_pm(st, x) && person_pm(st, y) ? y : NULL;
}

/* Whether unit k looks like a verb the engine does not know, opening a clause with و: one
 * word with the conjunction, no article, no pronoun, and no lexicon entry ("ووقّع"، "وأكد"
 * are words of the engine or not, "ووفدا" is a group word). */
static int unknown_verb_with_and(const rw_xstate *st, uint32_t k)
{
    const rw_unit *u = &st->units[k];
    return u->kind == RW_U_OTHER && u->ntok == 1 && (u->pflags & RW_P_CONJ) && !u->definite &&
           u->suffix != RW_SUF_PRONOUN && !rw_in_mention(st, k);
}

/* Where the clause of the trigger at p ends for its side words: at a comma and a verb with و the
 * engine does not know ("والتقى X و Y، وتسلّم منهم موقفاً ... مع الاحتفاظ": مع is the other
 * verb's), else at R. */
static uint32_t verb_clause_end(const rw_xstate *st, uint32_t p, uint32_t R)
{
    for (uint32_t k = p + 1; k + 1 < R; k++) {
        if (!rw_mentions_is_comma(st, k)) continue;
        const rw_unit *v = &st->units[k + 1];
        /* (or an engine word with و that is no function word: "، وتسلّم منهم") */
        int verb_word = v->kind == RW_U_WORD && v->ntok == 1 && (v->pflags & RW_P_CONJ) &&
                        !v->definite &&
                        !(v->cls & (RW_W_PREP | RW_W_SIDE | RW_W_CLAUSE | RW_W_BETWEEN |
                                    RW_W_TOPIC | RW_W_CONJ | RW_W_WHEN_OF));
        /* (... or a participle of saying: "، محذرا من أن ..."; or a verb of saying, listed with
         * its و: "، وحذر من أن ...") */
        int adding = v->kind == RW_U_WORD && (v->cls & (RW_W_ADDING | RW_W_SPEECH));
        if (unknown_verb_with_and(st, k + 1) || verb_word || adding) return k;
    }
    return R;
}

/* The arguments of a meeting or call trigger as its frame reads them: drops from a (the
 * mentions before and after it, and the side marker) those that are no party - the genitive
 * after a definite noun that refers back, whoever speaks of a meeting in construct with its
 * parties, the guests of a meeting its holder held, a discussion's topic, the side of a later
 * event. Returns 0 when the trigger names no party the engine knows. */
static int meeting_arguments(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L, R = c->R;
    /* "وتناول اللقاء ... ودور منظمة التعاون الإسلامي"، "وبحث الاجتماع ...": a meeting noun with
     * the article that a verb of discussion has for its subject is the meeting just told; what
     * follows is what it discussed, no party of a new one - unless a relative clause names
     * who holds it ("وسيبحث الاجتماع الذي يعقده X مع Y"). */
    if (tr->tense == RW_VT_NOUN && st->units[p].definite && !rw_possessive(st, p) &&
        discussed_before(st, p) && !rw_relative_verb(st, p))
        return 0;
    /* "جدد X خلال الاجتماع اتهام رئيس الجامعة Y": a meeting noun with the article after a
     * preposition refers to a meeting, and takes no genitive - its parties would follow a side
     * word (مع، بـ) or بين; a person right after it belongs to the next words. (As a verb's
     * subject it may have them: "وضم الاجتماع كلا من X و Y".) */
    if (tr->tense == RW_VT_NOUN && st->units[p].definite && !rw_possessive(st, p) &&
        a->marker < 0 && p > 0 && st->units[p - 1].kind == RW_U_WORD &&
        (st->units[p - 1].cls & (RW_W_PREP | RW_W_FOLLOWING)))
        a->npost = 0;
    /* "وقال X إثر لقاء رئيس الحكومة Y بالأمين العام Z": a meeting noun in construct with a
     * person, with the other side marked after him, is the meeting of those two; whoever the
     * clause named before only speaks of it. So too when the other side marked after him is
     * no one named ("وأضاف X على إثر لقاء رئيس الحكومة Y مساء اليوم بعدد من أعضاء فريقه"):
     * the meeting is Y's with them. */
    if (tr->tense == RW_VT_NOUN && !st->units[p].definite && !rw_possessive(st, p) && a->npre &&
        (a->marker >= 1 || (a->marker < 0 && a->npost == 1 &&
                            unnamed_side_after(st, st->pms[a->post[0]].unit_end, R))) &&
        genitive_traveller(st, c, a) && genitive_person(st, a))
        a->npre = 0;
    /* "عقب مشاركة X و Y في لقاء مع Z": a meeting noun after في that a word of taking part
     * governs has those who took part for its subject - named between the two, no one named
     * before the taking part. */
    if (tr->tense == RW_VT_NOUN && a->npre && p > 1 && rw_has_word(st, p - 1, p, RW_W_PREP)) {
        uint32_t part = 0;
        for (uint32_t k = p - 1; k-- > L && !part;) {
            if (rw_has_word(st, k, k + 1, RW_W_PARTICIPATE))
                part = k + 1;
            else if (!rw_in_mention(st, k))
                break;
        }
        if (part) {
            int n = 0;
            for (int i = 0; i < a->npre; i++)
                if (st->pms[a->pre[i]].unit >= part) a->pre[n++] = a->pre[i];
            if (n) a->npre = n;
        }
    }
    /* "بعد أيام من اتصال هاتفي أجراه X بنظيره Y": an indefinite noun whose verb of holding
     * names its holder right after it is that one's call or meeting - no one named before it
     * is a party ("زيارة الوزيرة بعد أيام من اتصال ..."). */
    /* ... so too with the article and a relative ("بعد أيام من الاتصال الهاتفي الذي أجراه X
     * بـ Y"). */
    uint32_t held_verb = 0;
    if (tr->tense == RW_VT_NOUN && a->npre && a->npost)
        held_verb = !st->units[p].definite && rw_has_word(st, p + 1, p + 2, RW_W_HELD_BY) ? p + 1
                    : !rw_possessive(st, p) ? relative_verb_of(st, p, RW_W_HELD_BY)
                                            : 0;
    if (held_verb && st->pms[a->post[0]].unit == held_verb + 1 &&
        st->pms[a->post[0]].kind == RW_PM_PERSON && st->pms[a->post[0]].ref >= 0)
        a->npre = 0;
    /* "على اثر اجتماع عقده في المنستير، ... رئيس الحكومة": a meeting its holder held has no
     * guest but after a side word. */
    if (tr->tense == RW_VT_NOUN && a->marker < 0 && rw_has_word(st, p + 1, p + 2, RW_W_HELD_BY) &&
        !rw_has_word(st, p + 2, R, RW_W_PARTNER))
        a->npost = 0;
    /* "أكد X أنه يتطلع من خلال مشاركته في أشغال الجمعية العامة ... وعبر اللقاءات التي سيجريها مع
     * Y": a meeting noun of no pronoun whose relative verb of holding names no holder after it was
     * held by the clause's first one, not by everyone it named before. */
    uint32_t holder_verb = tr->tense == RW_VT_NOUN && !rw_possessive(st, p)
                               ? relative_verb_of(st, p, RW_W_HELD_BY)
                               : 0;
    if (holder_verb && a->npre > 1 && !(a->npost && st->pms[a->post[0]].unit == holder_verb + 1))
        a->npre = 1;
    /* "أن لقاءه مع المسؤول الدبلوماسي البلجيكي كان مناسبة لبحث العلاقات بين تونس ودول الاتحاد
     * الأوروبي": مع right after the trigger names the other side; when no one after it carries
     * the mark and the first one named comes after بين or a new clause, the side is no one the
     * engine knows and those named are what was discussed. */
    if (a->marker < 0 && a->npost && p + 1 < R && st->units[p + 1].kind == RW_U_WORD &&
        st->units[p + 1].ntok == 1 && (st->units[p + 1].cls & RW_W_SIDE) &&
        !(st->units[p + 1].cls & RW_W_SEPARATE) &&
        rw_has_word(st, p + 2, st->pms[a->post[0]].unit, RW_W_BETWEEN | RW_W_CLAUSE))
        return 0;
    /* "وجرى خلال اللقاء، بحضور X و Y، بحث مستجدات الأوضاع": those named after a word of
     * attendance (بحضور، وحضر) that opens the clause attend what was told before; they are no
     * subject of the verb or noun after them. */
    if (a->npre && L > 0 && rw_is_event_trigger(st, L - 1) &&
        st->lx->triggers[st->units[L - 1].ref].rel == RW_REL_ATTENDED)
        a->npre = 0;
    /* "أبلغ X Y، في اتصال هاتفي، بأن ..."، "وهنأ X Y في اتصال هاتفي": a call noun after a
     * preposition, with no one after it, is the call of the two the clause named before it -
     * its verb's subject and object - when no clause word stands between them and it. */
    /* (the object introduced by its office or by ل: "مستشفى فرحات حشّاد لطفي بوبكر" is a
     * place's name and a man) */
    const rw_unit *obj = a->npre == 2 ? &st->units[st->pms[a->pre[1]].unit] : NULL;
    if (tr->tense == RW_VT_NOUN && tr->rel == RW_REL_PHONED && obj && !a->npost &&
        (obj->kind == RW_U_TITLE || obj->kind == RW_U_OFFICE || (obj->pflags & RW_P_PURPOSE)) &&
        p > 0 && st->units[p - 1].kind == RW_U_WORD &&
        (st->units[p - 1].cls & (RW_W_PREP | RW_W_DURING)) &&
        !rw_has_word(st, st->pms[a->pre[0]].unit, p, RW_W_CLAUSE)) {
        a->post[a->npost++] = a->pre[1];
        a->npre = 1;
        a->marker = 0;
    }
    /* "بحث X ونظيره Y خلال اتصال هاتفي الحرب على تنظيم داعش": a meeting or call noun in the
     * clause of a verb of discussion is where the discussion took place; the verb's object after
     * it is the topic, and only a side word (مع، بـ) names another party. */
    if (tr->tense == RW_VT_NOUN && a->npre && a->marker < 0 && a->npost && discussed_before(st, L))
        a->npost = 0;
    /* "استقبل أردوغان هنية في إسطنبول مطلع شباط/ فبراير، بعد أيام من إعلان الرئيس الأمريكي
     * دونالد ترامب خطته": past a comma, a word of when (قبل، بعد) opens the time of the verb's
     * event, and whoever is named in it is no further guest - once the verb has its subject and
     * its object ("استقبل X، بعد ظهر اليوم، Y": a time of day is the verb's own). */
    if (tr->tense != RW_VT_NOUN && a->npost > 1) {
        for (int i = a->npre ? 1 : 2; i < a->npost; i++) {
            uint32_t from = st->pms[a->post[i - 1]].unit_end, to = st->pms[a->post[i]].unit;
            int cut = 0;
            /* (a date phrase after the word too: "بعد أيام من إعلان Z" - unlike the time of day
             * the rule below lets pass) */
            for (uint32_t k = from; k + 1 < to && !cut; k++)
                cut = rw_mentions_is_comma(st, k) && rw_has_word(st, k + 1, k + 2, RW_W_WHEN_OF);
            if (!cut) continue;
            a->npost = i;
            if (a->marker >= i) a->marker = -1;
            break;
        }
    }
    /* "التقى X في مسقط Y، قبل جولة المفاوضات مع Z": a side word past a comma and a word of
     * when (قبل، بعد) or a clause word marks the other side of another event than this one:
     * the unmarked ones named after the verb are its parties. */
    if (a->marker > 0 && tr->tense != RW_VT_NOUN) {
        uint32_t from = st->pms[a->post[a->marker - 1]].unit_end, to = st->pms[a->post[a->marker]].unit;
        /* (... or a verb with و the engine does not know: "حيث التقى X، ووقّع مع Y مذكرة") */
        /* (not a time of day: "استقبل X، بعد ظهر أمس الأحد بقصر قرطاج، كلا من A، و B" - a date
         * phrase starts at the word after بعد) */
        for (uint32_t k = from; k + 1 < to; k++)
            if (rw_mentions_is_comma(st, k) &&
                ((rw_has_word(st, k + 1, k + 2, RW_W_WHEN_OF | RW_W_CLAUSE) &&
                  !(k + 2 < to && st->dh[st->units[k + 2].tok].head >= 0)) ||
                 unknown_verb_with_and(st, k + 1))) {
                a->npost = a->marker;
                a->marker = -1;
                break;
            }
    }
    return 1;
}

/* Whether unit u is a pair word (words.tsv `pair`) written in the oblique dual, ين
 * (الرئيسين، الوزيرين), not the nominative ان of a subject (الرئيسان). */
static int oblique_pair(const rw_xstate *st, uint32_t u)
{
    const rw_unit *v = &st->units[u];
    return v->kind == RW_U_WORD && (v->cls & RW_W_PAIR) && v->ntok == 1 &&
           rw_mentions_written_oblique_dual(st, v->tok);
}

/* What a stage of sides_meeting decided: no meeting (0), the sides are final (1), the sides
 * are set and the meeting must still have two (STAGE_CHECK), or the stage did not apply. */
enum { STAGE_NONE = 0, STAGE_DONE = 1, STAGE_CHECK = 2, STAGE_NEXT = -1 };
/* (the stages' rules return 0 and 1 as they always did: STAGE_NONE and STAGE_DONE) */

/* What the stages of sides_meeting find in turn and hand on: who the clause's subject is when
 * it names none - a meeting noun's pronoun, the clause before, an honorific, the sentence's
 * course - and whether a pair word made the meeting a group's. */
typedef struct meeting_subject {
    int pair_group;       /* a pair word before the trigger named the last meeting's two sides */
    int owner;            /* the one a meeting noun's pronoun names, or RW_NO_SPEAKER */
    int he_before;        /* أنه right before the trigger */
    int he_that;          /* the clause is a complementizer's with the pronoun of its subject */
    int clause_subject;   /* the subject the clause goes on with, as far as it tells */
    int clause_known;     /* clause_subject names someone */
    int of_sentence;      /* ... named in this sentence */
    int event_subject;    /* the subject of the sentence's last event, or RW_NO_SPEAKER */
    int antecedent;       /* the antecedent of a relative clause, or INT_MIN */
    int opener;           /* the subject a verb opening its clause with و goes on with */
    int honorific;        /* the unit of an honorific with a pronoun as subject, or -1 */
    int honoured;         /* the one the article honoured so, or RW_NO_SPEAKER */
    uint32_t honoured_at; /* ... the sentence that named him */
    int going_on;         /* the subject a verb going on with its sentence keeps, or -1 */
} meeting_subject;

/* Whether units [a, b) are at most four words of time or place - no punctuation, event,
 * clause word, title or person between. */
static int adverbs_only(const rw_xstate *st, uint32_t a, uint32_t b)
{
    if (a > b || b - a > 4) return 0;
    for (uint32_t k = a; k < b; k++) {
        rw_unit_kind kind = st->units[k].kind;
        if ((kind != RW_U_WORD && kind != RW_U_OTHER && kind != RW_U_PLACE &&
             kind != RW_U_NUMBER) ||
            rw_is_event_trigger(st, k) || rw_is_clause(st, k) || rw_in_mention(st, k))
            return 0;
    }
    return 1;
}

/* Forms whose sides need no search of the clause's arguments: an unnamed title or a ruler's
 * honorific as the subject, a host place, a meeting of those the sentence before named, the
 * other side marked right before a noun, a pair word heading a verb's objects. */
static int meeting_special_form(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                                rw_event *e)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    /* "أن يلتقي المبعوث الإثيوبي، غدا، X": a verb whose subject right after it is a title the
     * engine read no one in meets X with someone unnamed - not with the last subject. */
    if (!a->npre && unnamed_title_subject(st, c)) return 0;
    /* "صاحب السمو استقبل ولي العهد والغانم والمبارك": a ruler's honorific alone right before the
     * verb is its subject - the one the article honours so, or no one known yet (a headline's):
     * never the first guest after the verb. */
    if (!a->npre && tr->tense != RW_VT_NOUN && p > 0 && p - 1 >= L &&
        !rw_in_mention(st, p - 1) && rw_mentions_ruler_title(st, p - 1)) {
        int honoured = rw_mentions_honoured(st, p - 1);
        if (honoured < 0 || !a->npost) return 0;
        /* (one the honorific is taken to name who is among the guests is not the ruler: "صاحب
         * السمو استقبل ولي العهد والغانم والمبارك" after the prime minister was named سمو) */
        for (int i = 0; i < a->npost; i++)
            if (st->pms[a->post[i]].ref == honoured) return 0;
        subject_meets_objects(st, a, honoured, e);
        e->separate = 1;
        return 1;
    }
    /* met, phoned */
    /* (not past its subject, a title with a pronoun: "كما اجتمع سموه أمس في مقر وزارة الدفاع
     * «البنتاغون» مع X") */
    if (!a->npre && a->first_after_kind == RW_PM_PLACE && tr->frame == RW_FRAME_EVENT &&
        tr->tense != RW_VT_NOUN && !a->first_after_introduced && honorific_subject(st, c) < 0) {
        e->host_place = a->first_after_ref;
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
        return e->nb > 0;
    }
    /* "أطلق وزراء خارجية روسيا X، وتركيا Y، وقطر Z ... . وأكد الوزراء الثلاثة، في بيان صدر
     * عقب اجتماعهم": a meeting noun with the plural pronoun and no one named in its clause is
     * the meeting of the three or four persons the sentence before named. */
    if (!a->npre && !a->npost && tr->tense == RW_VT_NOUN && plural_possessive(st, p)) {
        int some[4];
        int n = persons_before(st, some, 4);
        if (n < 3 || n > 4) return 0;
        for (int i = n; i-- > 0;) rw_add_side(e->side_a, &e->na, some[i]);
        e->implicit = 1;
        return 1;
    }
    /* "غداة لقاء نائبه في المجلس X ولي العهد Y": an indefinite meeting noun in construct with a
     * person, the other unmarked right after him, is the meeting of those two (the construct
     * state: the first met the second); whoever the clause named before only speaks of it. */
    const rw_pm *second = tr->tense == RW_VT_NOUN && !st->units[p].definite &&
                                  !rw_possessive(st, p) && a->marker < 0 && a->npost >= 2
                              ? construct_pair(st, c, a)
                              : NULL;
    if (second) {
        rw_add_side(e->side_a, &e->na, st->pms[a->post[0]].ref);
        rw_add_side(e->side_b, &e->nb, second->ref);
        return 1;
    }
    /* "وكان X قد عقد مع Y جلسة مباحثات": the other side, marked, right before the noun, with
     * the subject before it and no one after the noun. */
    /* (a time or a place of few words between: "وعقد X مع نظيره في وقت لاحق جلسة محادثات") */
    if (tr->tense == RW_VT_NOUN && !a->npost && a->npre >= 2) {
        const rw_pm *last = &st->pms[a->pre[a->npre - 1]];
        if (last->side && last->kind == RW_PM_PERSON && adverbs_only(st, last->unit_end, p) &&
            !st->pms[a->pre[0]].side) {
            for (int i = 0; i + 1 < a->npre; i++)
                if (!st->pms[a->pre[i]].side)
                    rw_add_side(e->side_a, &e->na, st->pms[a->pre[i]].ref);
            rw_add_side(e->side_b, &e->nb, last->ref);
            return e->na > 0;
        }
    }
    /* "والتقى خلالها الرئيسين الأوكراني X والروسي Y": after a verb, a pair word in the oblique
     * (ين) heads its objects - met one by one by a subject not named here, never each other
     * (the objects of جمع do meet: "اللقاء الذي جمع الرئيسين X و Y"). */
    if (!a->npre && a->npost >= 2 && tr->tense != RW_VT_NOUN && tr->frame == RW_FRAME_EVENT &&
        oblique_pair(st, st->pms[a->post[0]].unit))
        return 0;
    return STAGE_NEXT;
}

/* Whether a pair word (words.tsv `pair`) in units [L, p) stands as a party, not after بين:
 * "اتفاقية للتعاون بين البلدين" names what the agreement is between, no one who met. */
static int pair_word_as_party(const rw_xstate *st, uint32_t L, uint32_t p)
{
    for (uint32_t k = L; k < p; k++)
        if (rw_has_word(st, k, k + 1, RW_W_PAIR) &&
            !(k > 0 && rw_has_word(st, k - 1, k, RW_W_BETWEEN)))
            return 1;
    return 0;
}

/* "وكان الوزيران قد أجريا اتصالين هاتفيين"، "وعقب الاجتماع، التقى الوزيران معا X": a pair word
 * standing alone as the subject - before the trigger in its clause, or right after a verb in the
 * nominative (الوزيران, not the objects' الوزيرين) - with no one named before the trigger, is the
 * two of an earlier meeting or call told as held: the last one whose two both hold a title of
 * the pair word's head (الرئيسان: two presidents), else the last of the sentence or the five
 * before it where one does and the other holds no title the article recorded. Their two entities
 * go to two[]; whether there were. */
static int pair_subject_persons(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                                int two[2])
{
    uint32_t p = c->p, L = c->L;
    if (a->npre) return 0;
    uint32_t word = p + 1; /* (the pair word's unit) */
    if (pair_word_as_party(st, L, p) && !pair_named(st, L, p)) {
        for (uint32_t k = L; k < p; k++)
            if (rw_has_word(st, k, k + 1, RW_W_PAIR)) word = k;
    } else if (!(c->tr->tense != RW_VT_NOUN && p + 1 < c->R &&
                 rw_has_word(st, p + 1, p + 2, RW_W_PAIR) && !oblique_pair(st, p + 1) &&
                 !pair_named(st, p + 1, p + 2)))
        return 0;
    int found = 0;
    for (size_t i = st->n_ev; i-- > 0;) {
        const rw_event *pv = &st->ev[i];
        if (pv->sentence + 8 < st->sentence) break;
        if ((pv->rel != RW_REL_MET && pv->rel != RW_REL_PHONED) ||
            pv->modality != RW_MOD_ASSERTED || pv->na + pv->nb != 2 || !pv->na)
            continue;
        /* (one on each side, or two who met each other: "التقى X ونظيره Y") */
        int x = pv->side_a[0], y = pv->nb ? pv->side_b[0] : pv->side_a[1];
        if (x < 0 || y < 0 || st->x->entities[x].kind != RW_KIND_PERSON ||
            st->x->entities[y].kind != RW_KIND_PERSON)
            continue;
        int fx = rw_mentions_title_head_fits(st, word, x),
            fy = rw_mentions_title_head_fits(st, word, y);
        if (fx == 1 && fy == 1) {
            two[0] = x, two[1] = y;
            return 1;
        }
        if (!found && fx && fy && pv->sentence + 5 >= st->sentence) {
            two[0] = x, two[1] = y;
            found = 1;
        }
    }
    return found;
}

/* A pair word before the trigger, a dual pronoun on a meeting noun, or a pair word with the
 * dual pronoun after it: the two persons it stands for. */
static int meeting_of_pair(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e,
                           meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L, R = c->R;
    /* "يعقد الرئيسان وملك الأردن اجتماعا ثلاثيا": the pair word is the two sides of the
     * last meeting, and with the others named it is a multi-party meeting. */
    int pair_group = 0;
    if (a->npre && pair_word_as_party(st, L, p) && !pair_named(st, L, p)) {
        for (size_t i = st->n_ev; i-- > 0;) {
            const rw_event *pv = &st->ev[i];
            if (pv->sentence + 3 < st->sentence) break;
            /* ... for a meeting told as held, one that happened: the pair of an announced one has
             * not met yet ("ومن المقرر أن يعقد الرئيسان ..." may name an announced pair). */
            if (pv->rel != RW_REL_MET || !pv->na || !pv->nb ||
                (e->modality == RW_MOD_ASSERTED && pv->modality != RW_MOD_ASSERTED))
                continue;
            rw_add_side(e->side_a, &e->na, pv->side_a[0]);
            rw_add_side(e->side_a, &e->na, pv->side_b[0]);
            pair_group = 1;
            break;
        }
    }
    /* "خلال لقائهما في الرباط": a meeting noun with the dual pronoun is the meeting of the two
     * persons named last before it - also when they are named in its clause ("اتفق X مع Y،
     * خلال لقائهما، على ..."); so is a meeting trigger with a pair word of the dual pronoun
     * right after it ("خلال لقاء جمع بينهما الأسبوع الماضي"), of whom the sentence's speaker
     * may be one ("وقال X ... إن رئيس الحكومة جدد التزامه خلال لقاء جمع بينهما"). */
    int between_two = p + 1 < R && st->units[p + 1].kind == RW_U_WORD &&
                      (st->units[p + 1].cls & RW_W_PAIR) && dual_possessive(st, p + 1);
    int dual_noun = (!a->npre || a->npre >= 2) && tr->tense == RW_VT_NOUN && dual_possessive(st, p);
    if (between_two || dual_noun) {
        int two[2] = {INT_MIN, INT_MIN};
        int n = last_two_persons(st, p, two);
        if (between_two && n == 1 && st->speaker != RW_NO_SPEAKER && st->speaker != two[0]) {
            two[1] = st->speaker;
            n = 2;
        }
        /* "والتقى Z في أول لقاء بينهما" after "وصل X يرافقه Y": the two are the meeting's just
         * told, its subject and the one he met - not the last two named. */
        const rw_event *pv = st->n_ev ? &st->ev[st->n_ev - 1] : NULL;
        if (n == 2 && pv && pv->sentence == st->sentence && pv->rel == RW_REL_MET && pv->na == 1 &&
            pv->nb == 1 && pv->side_b[0] == two[0] && pv->side_a[0] != two[1])
            two[1] = pv->side_a[0];
        if (n == 2) {
            implicit_pair(e, two[1], two[0]);
            return e->na && e->nb;
        }
        if (dual_noun) return 0;
    }
    /* ... the pair as subject, the ones after the trigger its other side: both met them; with
     * no one after a call noun, the two called each other. */
    int two[2];
    if (pair_subject_persons(st, c, a, two)) {
        int one_of_two = 0;
        for (int i = 0; i < a->npost; i++)
            one_of_two |= st->pms[a->post[i]].ref == two[0] || st->pms[a->post[i]].ref == two[1];
        if (a->npost && !one_of_two &&
            (a->marker == 0 || (a->marker < 0 && tr->tense != RW_VT_NOUN))) {
            rw_add_side(e->side_a, &e->na, two[0]);
            rw_add_side(e->side_a, &e->na, two[1]);
            add_first_coordinated(st, a, e->side_b, &e->nb);
            e->implicit = 1;
            return STAGE_CHECK;
        }
        if (a->marker < 0 && tr->rel == RW_REL_PHONED && tr->tense == RW_VT_NOUN) {
            implicit_pair(e, two[0], two[1]);
            return STAGE_CHECK;
        }
    }
    ms->pair_group = pair_group;
    return STAGE_NEXT;
}

/* The last person named before unit L, past the sentence's last event before it, right before
 * قد (words.tsv `may`): the subject of a verb in the past told after it ("كان X قد اختار");
 * else RW_NO_SPEAKER. */
static int subject_before_qad(const rw_xstate *st, uint32_t L)
{
    int found = RW_NO_SPEAKER;
    uint32_t from = 0; /* (past the last event before L) */
    for (uint32_t k = L; k-- > 0 && !from;)
        if (rw_is_event_trigger(st, k)) from = k + 1;
    for (size_t i = rw_first_pm(st, from); i < st->n_pms && st->pms[i].unit_end < L; i++) {
        const rw_pm *m = &st->pms[i];
        if (m->kind == RW_PM_PERSON && m->ref >= 0 && !m->side &&
            st->x->entities[m->ref].kind == RW_KIND_PERSON &&
            rw_has_word(st, m->unit_end, m->unit_end + 1, RW_W_MAY))
            found = m->ref;
    }
    return found;
}

/* The person written with ل right after a word of "it happened before" (words.tsv
 * `previously`) and right before the أن that opens the clause at L: "كما سبق للصفدي أن التقى
 * المقداد" - the one who met; else RW_NO_SPEAKER. */
static int earlier_one(const rw_xstate *st, uint32_t L)
{
    if (L < 3 || !rw_has_word(st, L - 1, L, RW_W_THAT)) return RW_NO_SPEAKER;
    for (size_t i = 0; i < st->n_pms; i++) {
        const rw_pm *m = &st->pms[i];
        if (m->unit_end == L - 1 && m->kind == RW_PM_PERSON && m->unit > 0 &&
            (st->units[m->unit].pflags & RW_P_PURPOSE) &&
            rw_has_word(st, m->unit - 1, m->unit, RW_W_PREVIOUSLY))
            return m->ref;
    }
    return RW_NO_SPEAKER;
}

/* The first unit of the common noun with the article and its adjectives, no person's mention,
 * that ends right before the relative at unit L - 1, five units at most: "المسؤولين الغربيين
 * الذين"; L - 1 when there is none. */
static uint32_t noun_phrase_before_relative(const rw_xstate *st, uint32_t L)
{
    uint32_t k = L - 1;
    while (k > 0 && (st->units[k - 1].kind == RW_U_OTHER || st->units[k - 1].kind == RW_U_NISBA) &&
           st->units[k - 1].definite && !rw_in_mention(st, k - 1) && k + 6 > L)
        k--;
    return k;
}

/* Whether a relative pronoun of persons (words.tsv `joint`: الذين) right before unit L follows
 * such a noun, not an event's noun: the verb after it has them for subject. */
static int relative_after_noun(const rw_xstate *st, uint32_t L)
{
    if (L < 2 || !rw_has_word(st, L - 1, L, RW_W_JOINT)) return 0;
    uint32_t k = noun_phrase_before_relative(st, L);
    return k < L - 1 && !(k > 0 && rw_is_event_trigger(st, k - 1));
}

/* The person right before من (words.tsv `among_those`) in front of the noun phrase before the
 * relative at L - 1, a word such as أوائل between at most: "كان X من أوائل المسؤولين الذين";
 * RW_NO_SPEAKER when there is none. */
static int one_of_them(const rw_xstate *st, uint32_t L)
{
    uint32_t k = noun_phrase_before_relative(st, L);
    if (k == 0) return RW_NO_SPEAKER;
    k--;
    if (k > 0 && st->units[k].kind == RW_U_WORD && !rw_has_word(st, k, k + 1, RW_W_AMONG_THOSE))
        k--;
    if (!rw_has_word(st, k, k + 1, RW_W_AMONG_THOSE)) return RW_NO_SPEAKER;
    for (size_t i = 0; i < st->n_pms; i++)
        if (st->pms[i].unit_end == k && named_person_pm(st, &st->pms[i])) return st->pms[i].ref;
    return RW_NO_SPEAKER;
}

/* Whether the clause at unit L opens with حيث right after a place that is the next stop of a
 * tour: written with و, or after ثم (words.tsv `continues`): "... ثم أبوظبي حيث". */
static int tour_stop_before(const rw_xstate *st, uint32_t L)
{
    if (L < 2 || !rw_has_word(st, L - 1, L, RW_W_WHERE) || st->units[L - 2].kind != RW_U_PLACE)
        return 0;
    return (st->units[L - 2].pflags & RW_P_CONJ) ||
           (L >= 3 && rw_has_word(st, L - 3, L - 2, RW_W_CONTINUES));
}

/* The subject a clause that names none goes on with: the pronoun's one after أنه, the one
 * its sentence opened on after a clause word, a relative's antecedent, a visit's traveller. */
static int clause_subject_of(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                             meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L, R = c->R;
    /* A meeting noun with a pronoun and no subject before it has the one it names for one side;
     * when nobody before it can be that one, those after it are no meeting among themselves
     * ("قررت اللجنة في اجتماعها ... التوافق على ثلاثة مترشحين وهم X و Y"). */
    /* "عقد \"اللقاء الديموقراطي\" اجتماعه الأسبوعي برئاسة X": a meeting noun with a pronoun
     * right after a name in quotes is that body's own meeting - no meeting of its chair with
     * whoever the article spoke of before. */
    if (tr->tense == RW_VT_NOUN && !a->npre && p > 1 && rw_possessive(st, p) &&
        st->units[p - 1].kind == RW_U_PUNCT && rw_mentions_quote_span(st, p - 1) >= 0 &&
        rw_mentions_quote_span(st, p) < 0)
        return 0;
    int owner = pronoun_owner(st, a, p);
    /* ("وكان في استقبال فخامته X و Y": a noun that carries an honorific with the pronoun is of
     * the one the article named with that honorific, not of the last subject) */
    if (tr->tense == RW_VT_NOUN && st->units[p].ntok > 1) {
        int h = rw_mentions_honoured_in_token(st, st->units[p].tok + st->units[p].ntok - 1);
        if (h >= 0) owner = h;
    }
    /* "كما أنه اتصل بـ Y"، "X أوضح أنه التقى بـ Y": the pronoun's one - the speaker, else the
     * previous clause's subject - never merely the last person named. */
    int he_before = p > 0 && rw_has_word(st, p - 1, p, RW_W_HE_THAT);
    int he_that = he_before || (L > 0 && rw_has_word(st, L - 1, L, RW_W_HE_THAT)) ||
                  (!a->npre && he_that_verb_noun(st, c));
    int clause_subject = he_that && st->speaker != RW_NO_SPEAKER ? st->speaker : st->last_subject;
    int earlier = earlier_one(st, L);
    if (earlier != RW_NO_SPEAKER) clause_subject = earlier;
    /* "وسيجمع لقاء ... رئيس الجمهورية بـ X، كما أنه اتصل بـ Y": a subject named by his office
     * only is no last subject yet (its holder is found later); the sentence's last event has
     * him. */
    int clause_known = clause_subject >= 0;
    int of_sentence = clause_known && st->subject_sentence == st->sentence;
    /* "فيما كان سلفه X قد اختار الرياض محطة أولى ...، حيث التقى Y": after a clause word of
     * place, the subject of the clause with قد told last before it, past the sentence's last
     * event, goes on. */
    int qad = !he_that && L > 0 && rw_is_clause(st, L - 1) &&
                      !(st->units[L - 1].cls & (RW_W_RELATIVE | RW_W_THAT | RW_W_HE_THAT))
                  ? subject_before_qad(st, L)
                  : RW_NO_SPEAKER;
    if (qad != RW_NO_SPEAKER) clause_subject = qad, clause_known = 1, of_sentence = 1;
    /* "وزار X معراب حيث التقى Y": after a clause word of place or sequence (not أن: what a
     * speaker says has subjects of its own), the clause goes on with the person its sentence
     * opened on, before one of an earlier sentence. */
    if (!he_that && L > 0 && rw_is_clause(st, L - 1) && qad == RW_NO_SPEAKER &&
        !(st->units[L - 1].cls & (RW_W_RELATIVE | RW_W_THAT | RW_W_HE_THAT)) &&
        !(clause_known && st->subject_sentence == st->sentence)) {
        int o = first_subject(st, L);
        /* ("وتشمل الزيارة توجه خادم الحرمين إلى الأزهر حيث يلتقي Y": the one person the
         * sentence named before it, wherever) */
        if (o == RW_NO_SPEAKER) o = sole_person_before(st, L);
        if (o != RW_NO_SPEAKER) clause_subject = o, clause_known = 1, of_sentence = 1;
        /* ... or, inside a relative clause ("أن X، الذي زار دار الفتوى حيث التقى Y، يميل ..."),
         * with the relative's antecedent (unless the sentence's own subject was just found). */
        if (L > 1 && !(o != RW_NO_SPEAKER && st->subject_sentence == st->sentence))
            for (uint32_t r = L - 1; r-- > 0 && !rw_mentions_is_comma(st, r);)
                if (st->units[r].kind == RW_U_WORD && (st->units[r].cls & RW_W_RELATIVE)) {
                    int ante = relative_antecedent(st, r + 1);
                    if (ante != INT_MIN) clause_subject = ante, clause_known = 1, of_sentence = 1;
                    break;
                }
    }
    /* ... and a relative after a common noun, no person: the noun is the verb's subject,
     * someone unnamed - unless a person before it is one of them ("كان X من أوائل المسؤولين
     * الغربيين الذين التقوا Y": X). */
    if (!he_that && p == L && tr->tense != RW_VT_NOUN && relative_after_noun(st, L)) {
        int one = one_of_them(st, L);
        if (one == RW_NO_SPEAKER) return 0;
        clause_subject = one, clause_known = 1, of_sentence = 1;
    }
    /* ... or, with none known yet, with the subject of the sentence's last event - a title
     * resolved only at the article's end ("وكان رئيس الوزراء المصري قد وصل إلى جوبا، حيث
     * التقى الرئيس سلفا كير") */
    /* (before one of an earlier sentence: "يذكر أن جلالة السلطان المعظم كان قد زار ...، حيث
     * التقى Y" is the sultan's meeting, not the last subject's of the paragraph before) */
    const int event_subject = sentence_event_subject(st);
    if (!he_that && L > 0 && rw_is_clause(st, L - 1) && event_subject != RW_NO_SPEAKER &&
        (!clause_known ||
         (!of_sentence && !(st->units[L - 1].cls & (RW_W_RELATIVE | RW_W_THAT | RW_W_HE_THAT)))))
        clause_subject = event_subject, clause_known = 1;
    /* ... and after حيث (words.tsv `where`) right after a visit the sentence told last, its
     * traveller, before the one the sentence opened on ("زيارة دراغي إلى الجزائر ...، وكذا
     * زيارة الدولة التي قادت الرئيس تبون إلى روما، حيث أجرى محادثات مع Y"). */
    const rw_event *last = last_sentence_event(st);
    /* (not past a clause with قد told last: "فيما كان سلفه X قد اختار P محطة، حيث التقى Y") */
    if (!he_that && qad == RW_NO_SPEAKER && L > 0 && rw_has_word(st, L - 1, L, RW_W_WHERE) &&
        last && last->rel == RW_REL_VISITED && last->na == 1 && event_subject == last->side_a[0])
        clause_subject = event_subject, clause_known = 1, of_sentence = 1;
    /* ... and "الزيارة التي قام بها إلى أثينا والتي التقى خلالها Y"، "الرياض التي التقى فيها
     * Y": a relative clause whose verb met Y during it or there (خلالها، فيها) has the
     * traveller of the sentence's visit for subject - after a place, no one else (a tour's
     * stop: "بعد الرياض التي التقى فيها Y" in a sentence whose traveller the engine missed). */
    /* (... and a noun after its verb of holding: "الرياض، التي أجرى فيها أمس مباحثات مع Y") */
    uint32_t there = p == L ? p + 1 : tr->tense == RW_VT_NOUN && L + 1 < p && p < R ? L + 1 : 0;
    if (!he_that && L > 1 && rw_has_word(st, L - 1, L, RW_W_RELATIVE) && there && there < R &&
        (st->units[there].kind == RW_U_OTHER || st->units[there].kind == RW_U_WORD) &&
        st->units[there].ntok == 1 &&
        rw_mentions_pronoun_on(st, st->units[there].tok, RW_W_DURING | RW_W_PREP)) {
        const rw_event *pv = sentence_visit(st);
        int performer = RW_NO_SPEAKER, found = relative_visit_performer(st, L, &performer);
        /* (the antecedent, a comma between or not) */
        uint32_t ante = L - 2;
        if (ante > 0 && rw_mentions_is_comma(st, ante)) ante--;
        if (found > 0)
            clause_subject = performer, clause_known = 1, of_sentence = 1;
        else if (pv && found == 0)
            clause_subject = pv->side_a[0], clause_known = 1, of_sentence = 1;
        else if (st->units[ante].kind == RW_U_PLACE || found < 0)
            return 0;
    }
    /* ... and so does "بعد الرياض ...، والدوحة حيث التقى Y": حيث after a place written with و,
     * one stop of a tour's list, has the traveller of the sentence's visit, or no one. */
    /* (... and after ثم: "زار خلالها القاهرة حيث التقى Y، ثم أبوظبي حيث استقبله Z" - the
     * sentence's visit, its meetings told between) */
    if (!he_that && p == L && tour_stop_before(st, L)) {
        const rw_event *pv = st->n_ev ? &st->ev[st->n_ev - 1] : NULL;
        if (!(st->units[L - 2].pflags & RW_P_CONJ)) pv = sentence_visit(st);
        if (!pv || pv->sentence != st->sentence || pv->rel != RW_REL_VISITED || !pv->na) return 0;
        clause_subject = pv->side_a[0], clause_known = 1, of_sentence = 1;
    }
    /* ... and after one whose verb has for subject a title the engine read no one in ("وصل
     * رئيس الاتحاد الإفريقي لكرة القدم "كاف" الجنوب إفريقي باتريس موتسيبي إلى الدار البيضاء،
     * حيث التقى Y"), the one who met Y is him - no one of an earlier sentence. */
    if (!he_that && L > 0 && rw_is_clause(st, L - 1) && !of_sentence &&
        event_subject == RW_NO_SPEAKER && unread_verb_subject(st, L))
        clause_subject = -1, clause_known = 0;
    /* ... and a sentence that opens on someone the engine cannot name goes on with him, not
     * with the subject of the sentences before ("وكان شي قد زار الرياض، فيما استقبل في بكين
     * الرئيس الإيراني"). */
    if (!he_that && clause_known && st->subject_sentence != st->sentence &&
        opens_on_unnamed_subject(st))
        clause_subject = -1, clause_known = 0;
    if (he_that && !clause_known && st->speaker == RW_NO_SPEAKER) {
        int sentence_subject = continued_subject(st, L);
        if (sentence_subject != RW_NO_SPEAKER) clause_subject = sentence_subject, clause_known = 1;
    }
    ms->owner = owner;
    ms->he_before = he_before;
    ms->he_that = he_that;
    ms->clause_subject = clause_subject;
    ms->clause_known = clause_known;
    ms->of_sentence = of_sentence;
    ms->event_subject = event_subject;
    return STAGE_NEXT;
}

/* The subject a verb opening its own clause goes on with, and the one an honorific with a
 * pronoun names ("ويلتقي سموه"، "وكان جلالته قد التقى"). */
static void honoured_subject(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                             meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    ms->antecedent = relative_antecedent(st, L);
    /* "شارك X في اجتماع ...، والتقى على هامشه Y": a verb with و opening a clause of the
     * sentence, one person after it and no side word, has the sentence's subject. */
    int opener = c->own_clause && a->marker < 0 && a->npost == 1 ? continued_subject(st, L)
                                                                 : RW_NO_SPEAKER;
    /* "ويلتقي سموه خلال الزيارة الرئيس الفرنسي"، "وكان جلالته قد التقى أمس Y": an honorific
     * with a pronoun as the verb's subject is the one the article spoke of: the last subject,
     * of this sentence or the two before it. */
    /* (... or right before a meeting or call noun, after the word before it - the verb that
     * holds or receives it: "تلقى سيادته اتصالا هاتفيا من Y"، "أجرى سموه اتصالا") */
    int honorific = tr->tense != RW_VT_NOUN ? honorific_subject(st, c)
                    : p >= 2 && title_with_pronoun(st, p - 1) &&
                            (st->units[p - 2].kind == RW_U_WORD ||
                             st->units[p - 2].kind == RW_U_OTHER)
                        ? (int)(p - 1)
                        : -1;
    /* (... or, when a later sentence opened on someone and told no event of his - "استقبل
     * الأمير X ... مدير الجامعة", whose guest the engine cannot name - that one) */
    int honoured = st->last_subject;
    uint32_t honoured_at = st->subject_sentence;
    if (st->topic >= 0 && (honoured < 0 || st->topic_sentence > honoured_at))
        honoured = st->topic, honoured_at = st->topic_sentence;
    if (honoured < 0) honoured = RW_NO_SPEAKER;
    if (st->subject_office != RW_NO_SPEAKER &&
        (honoured == RW_NO_SPEAKER || st->office_sentence > honoured_at))
        honoured = st->subject_office, honoured_at = st->office_sentence;
    /* ... and first the last subject named with the same honorific: "كما استقبل سموه" after a
     * paragraph about the chamber's head (الأستاذ X) is the prince's (صاحب السمو الأمير Y). */
    /* (... but one named with it in this very sentence before it comes first: "وكان سمو الشيخ
     * X في مقدمة مستقبلي Z ...، كما كان سموه قد التقى Z" after the attendees' "سمو الشيخ Y") */
    int same_honour = honorific >= 0 ? rw_mentions_honoured(st, (uint32_t)honorific) : -1;
    int named_here = 0;
    for (size_t i = 0; same_honour >= 0 && i < st->n_pms; i++)
        named_here |= st->pms[i].ref == same_honour && st->pms[i].unit < (uint32_t)honorific;
    if (same_honour >= 0 && same_honour != honoured &&
        (named_here || !rw_mentions_same_honour(st, honoured, (uint32_t)honorific)))
        honoured = same_honour, honoured_at = st->sentence;
    /* ... and when the article named no one with it, the one its first event was told of: "وكان
     * سيادته قد التقى ..." in an agency's report of its president's day is the president, not
     * the guest whose arrival the sentence before told. */
    else if (same_honour < 0 && honorific >= 0 && st->lead_subject >= 0 &&
             honoured != st->lead_subject &&
             !rw_mentions_named_with_honour(st, (uint32_t)honorific))
        honoured = st->lead_subject, honoured_at = st->sentence;
    if (honorific >= 0 && !a->npre && a->npost && honoured != RW_NO_SPEAKER &&
        honoured_at + 2 >= st->sentence &&
        st->pms[a->post[0]].unit > (uint32_t)honorific &&
        st->pms[a->post[0]].ref != honoured)
        opener = honoured;
    if (opener != RW_NO_SPEAKER && opener == st->pms[a->post[0]].ref) opener = RW_NO_SPEAKER;
    ms->opener = opener;
    ms->honorific = honorific;
    ms->honoured = honoured;
    ms->honoured_at = honoured_at;
}

/* The subject of the headline item before the current sentence: the first person it names,
 * when it opens on him ("حمدوك يصل القاهرة غداً"), else -1. */
static int headline_item_subject(const rw_xstate *st)
{
    const rw_extraction *x = st->x;
    const rw_span *prev = &x->sentences[st->sentence - 1];
    for (size_t i = 0; i < x->n_mentions; i++) {
        const rw_mention *m = &x->mentions[i];
        if (m->sentence + 1 != st->sentence) continue;
        if (x->entities[m->entity].kind != RW_KIND_PERSON) return -1;
        /* (opening the item: nothing but spaces before the name) */
        for (uint32_t b = prev->start; b < m->start; b++)
            if (st->text[b] != ' ') return -1;
        return m->entity;
    }
    return -1;
}

/* Arguments that belong to the clause before (a name before أنه or before a comma, the other
 * side of an event past a comma), and the subject a verb going on with its sentence keeps. */
static int narrow_meeting_arguments(const rw_xstate *st, const rw_clause *c, rw_args *a,
                                    rw_event *e, meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    int owner = ms->owner;
    /* "كما سيلتقي رئيس الحكومة ...، مشيرا إلى أنه استقبل أمس الوفد": right after أنه the verb's
     * subject is the pronoun; a name before it belongs to the clause before. */
    if (ms->he_before) a->npre = 0;
    /* "على إثر قيام رئيس الحكومة X بإدخال تحوير ...، يجتمع المكتب التنفيذي للحركة": a verb
     * right after a comma, with someone after it, opens its own clause, verb first - unless
     * the comma closes its subject ("أن العاهل المغربي، استقبل اليوم Y"). */
    if (tr->tense != RW_VT_NOUN && p > 0 && rw_mentions_is_comma(st, p - 1) && a->npost &&
        a->npre && st->pms[a->pre[a->npre - 1]].unit_end < p - 1 && !a->visit_subject)
        a->npre = 0;
    /* the subject of the sentence's last event, when it names one */
    int sentence_subject = ms->event_subject >= 0 ? ms->event_subject : -1;
    /* The subject a verb going on with its sentence keeps (below). */
    int opened_on = first_subject(st, L);
    int going_on = !c->own_clause                ? -1
                   : sentence_subject >= 0       ? sentence_subject
                   : opened_on != RW_NO_SPEAKER ? opened_on
                                                 : -1;
    if (going_on < 0 && !a->npre && tr->tense != RW_VT_NOUN && p > 0 &&
        rw_mentions_is_comma(st, p - 1)) {
        going_on = sentence_subject >= 0 ? sentence_subject : opening_subject(st, p);
        if (going_on == RW_NO_SPEAKER) going_on = -1;
    }
    /* "ويشارك في القمة X، ...، وكان قد التقى الشهر الماضي Y في P، و Z في Q": كان قد with no
     * subject between them, past a comma, goes on with the one the sentence named first. */
    if (going_on < 0 && !a->npre && tr->tense != RW_VT_NOUN && L > 0 && L < p &&
        rw_mentions_is_comma(st, L - 1) && rw_was_then_qad(st, L, p)) {
        int first = first_named_person(st, 6, L);
        if (first >= 0) going_on = first;
    }
    /* "X يصل القاهرة غداً في أول زيارة.. ويلتقي Y و Z": a headline's items joined by ".."
     * end sentences, but a verb with و opening the next item goes on with the one before it. */
    if (going_on < 0 && !a->npre && tr->tense != RW_VT_NOUN && p == 0 &&
        (st->units[p].pflags & RW_P_CONJ) && st->sentence > 0 && rw_headline(st, st->sentence))
        going_on = headline_item_subject(st);
    ms->going_on = going_on;
    /* "وصل X إلى طهران، والتقى الرئيس Y، وعقد مؤتمرا صحفيا مع نظيره Z": the one marked past
     * a comma and another event is that event's other side, not this verb's. */
    if (tr->tense != RW_VT_NOUN && !a->npre && a->marker > 0 &&
        event_between(st, st->pms[a->post[a->marker - 1]].unit_end,
                      st->pms[a->post[a->marker]].unit)) {
        a->npost = a->marker;
        a->marker = -1;
    }
    if (!a->npre && tr->tense == RW_VT_NOUN && rw_possessive(st, p) && !a->near_set &&
        owner == RW_NO_SPEAKER)
        return 0;
    /* "X، و Y، سيصلان ...، على أن يعقدا اجتماعاً مع Z و W": a meeting noun right after a verb of
     * holding for two has the two persons named last before it for one side. */
    int two_hold[2];
    if (!a->npre && a->npost && tr->tense == RW_VT_NOUN && p > 0 &&
        rw_has_word(st, p - 1, p, RW_W_DUAL_HOLD) && last_two_persons(st, p, two_hold) == 2) {
        rw_add_side(e->side_a, &e->na, two_hold[1]);
        rw_add_side(e->side_a, &e->na, two_hold[0]);
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
        e->implicit = 1;
        return 1;
    }
    return STAGE_NEXT;
}

/* Sides with subjects named before the trigger ("التقى X بـ Y"، "X يلتقي Y"): those that are
 * no earlier event's object or other side; the other side after it. */
static int sides_named_before(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                              rw_event *e)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    /* "التقى X بـ Y ثم اتصل بـ Z": a mention that carries the side's بـ or follows مع is an
     * earlier event's other side, never this verb's subject. */
    /* ... nor is the first one, right after the trigger before it: its object ("كما أنه
     * اتصل بالرئيس المصري X وتحول للجزائر للقاء الرئيس Y": the caller went to meet Y). */
    const rw_pm *first = &st->pms[a->pre[0]];
    /* ... nor one right after a meeting verb, past a comma from this one ("، والتقى
     * الرئيس Y، وعقد مؤتمرا مع Z"): that verb's object. */
    int object_before =
        L > 0 && rw_is_event_trigger(st, L - 1) &&
        ((first->side && first->unit == L) ||
         (first->unit <= L + 1 && event_between(st, first->unit_end, p + 1) &&
          made_object(st, first->ref)));
    e->na = 0;
    /* "والتقى X Y و Z، ومن المقرر أن يجتمع غدا بـ W": those the sentence's last event met
     * are its objects, no subjects of this verb with X. */
    int subjects = 0;
    for (int i = object_before; i < a->npre; i++)
        subjects += !made_object(st, st->pms[a->pre[i]].ref);
    /* "طلب X من Y، خلال اتصال هاتفي، إرسال الوفد"، "وجّه X الدعوة إلى Y خلال مكالمة هاتفية
     * جمعت الرئيسين": a noun after خلال that names no party of its own is the time of what
     * X did with the one after his side word, or the one he addressed (إلى، ل) when none
     * follows the noun - those after it are what was asked for. */
    int during = tr->tense == RW_VT_NOUN && during_meeting(st, p) && !object_before;
    /* "بايدن في جدة: قبضة يد مع ابن سلمان ولقاء مع الملك سلمان": a meeting noun with و and a
     * marked side of its own, whose only ones before are marked sides too (of the noun before
     * it), has that noun's subject - the one the sentence opened on, else no one we know. */
    int marked_before = 1;
    for (int i = 0; i < a->npre; i++)
        marked_before &= st->pms[a->pre[i]].side;
    if (marked_before && tr->tense == RW_VT_NOUN && (st->units[p].pflags & RW_P_CONJ) && a->npost &&
        a->marker == 0)
        return opener_meets_objects(st, a, p, e) ? STAGE_CHECK : 0;
    /* "خص الملك X، أمس، البابا Y باستقبال رسمي": a meeting noun with ب (the means) after a
     * verb's subject and object, neither marked nor joined by و, is the subject's with the
     * object. */
    if (tr->tense == RW_VT_NOUN && (st->units[p].pflags & RW_P_SIDE) && !a->npost && a->npre == 2 &&
        !object_before && !first->side && !st->pms[a->pre[1]].side && !st->pms[a->pre[1]].coord &&
        person_pm(st, first) && person_pm(st, &st->pms[a->pre[1]])) {
        rw_add_side(e->side_a, &e->na, first->ref);
        rw_add_side(e->side_b, &e->nb, st->pms[a->pre[1]].ref);
        return STAGE_CHECK;
    }
    /* "قرارا بإيقاف وزيرة الخارجية X، ... على خلفية لقائها Y": a meeting noun with the
     * pronoun of one person is that person's - of those named before, not one the pronoun's
     * gender rules out (a man a title named, for ها), when one fits. */
    const rw_unit *tu = &st->units[p];
    int one_owner = tr->tense == RW_VT_NOUN && a->npre >= 2 && a->npost && rw_possessive(st, p) &&
                    !dual_possessive(st, p) &&
                    !rw_mentions_written_plural(st, tu->tok + tu->ntok - 1);
    int fits = 0;
    for (int i = object_before; one_owner && i < a->npre; i++)
        fits += st->pms[a->pre[i]].ref >= 0 && pronoun_may_be(st, p, st->pms[a->pre[i]].ref);
    if (fits == 0 || fits == a->npre - object_before) one_owner = 0;
    for (int i = object_before; i < a->npre; i++) {
        const rw_pm *m = &st->pms[a->pre[i]];
        if (one_owner && (m->ref < 0 || !pronoun_may_be(st, p, m->ref))) continue;
        if ((!m->side || i == 0) && !(i && noun_complement(st, m)) &&
            !(i && subjects && made_object(st, m->ref)) &&
            !(i && during && !a->npost && addressed(st, m)))
            rw_add_side(e->side_a, &e->na, m->ref);
        else if (i && during && (m->side || (!a->npost && addressed(st, m))))
            rw_add_side(e->side_b, &e->nb, m->ref);
    }
    if (!e->na && object_before) {
        int subject = continued_subject(st, L);
        if (subject == RW_NO_SPEAKER) return 0;
        rw_add_side(e->side_a, &e->na, subject);
        e->implicit = 1;
    }
    for (int i = 0, told = e->nb; i < a->npost && !told; i++)
        rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    return STAGE_CHECK;
}

/* The subject of a meeting or call noun written with و right after a comma, when the sentence's
 * last event is one of the same kind told by a noun too: "وتلقى X اتصالا هاتفيا من Y، واتصالا
 * آخر من Z" - the second call is X's as well, the object of the same verb. RW_NO_SPEAKER when
 * not so. */
static int coordinated_noun_subject(const rw_xstate *st, const rw_clause *c)
{
    uint32_t p = c->p;
    if (c->tr->tense != RW_VT_NOUN || !(st->units[p].pflags & RW_P_CONJ) || p == 0 ||
        !rw_mentions_is_comma(st, p - 1) || !st->n_ev)
        return RW_NO_SPEAKER;
    const rw_event *pv = &st->ev[st->n_ev - 1];
    return pv->sentence == st->sentence && pv->rel == c->tr->rel && pv->tense == RW_VT_NOUN &&
                   pv->na == 1
               ? pv->side_a[0]
               : RW_NO_SPEAKER;
}

/* Sides when the other side is marked right after the trigger ("اجتمع بـ Y"، "في لقاء مع
 * Y") and no subject is named: the pronoun's one, the clause's, the honoured, the possessor. */
static int sides_of_unnamed_subject(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                                    rw_event *e, const meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L;
    int he_that = ms->he_that, owner = ms->owner, honoured = ms->honoured;
    int event_subject = ms->event_subject;
    uint32_t honoured_at = ms->honoured_at;
    if (unnamed_verb_subject(st, c)) return 0;
    for (int i = 0; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    /* "أن يكون قد اجتمع بـ Y": the subject is the previous clause's, else the last
     * person this sentence named; a pronoun on the verb names the one just named when no
     * verb of speech names the speaker ("وفق ما أكده الوزير X اثر المحادثة التي جمعته
     * برئيس الجمهورية"). */
    int attached = st->units[p].suffix == RW_SUF_PRONOUN || rw_possessive(st, p);
    int fronted = fronted_subject(st, c);
    /* "وكانت كلينتون التي تواجه ترامب ... قد أعلنت أنها ستلتقي مع Y": with no verb of
     * speech naming its speaker, the pronoun after أن is the one the sentence opens on; so
     * is the subject of a verb right after أن or another clause word but a relative pronoun
     * ("وتمنى ماكرون أن يلتقي بالرئيس الروسي"), not the last subject of an earlier
     * sentence - or the subject of the sentence's last event ("وسيجمع لقاء ... رئيس
     * الجمهورية بـ X، كما أنه اتصل بـ Y"). */
    int opening = opening_subject(st, p);
    int after_that = tr->tense != RW_VT_NOUN && p > 0 && rw_is_clause(st, p - 1) &&
                     !(st->units[p - 1].cls & RW_W_RELATIVE);
    int told = he_that ? continued_subject(st, p) : RW_NO_SPEAKER;
    /* "وتلقى سموه اتصالا هاتفيا من X": a title with a pronoun shortly before the noun is
     * the one the article spoke of, who took the call. */
    int honoured_noun = 0;
    for (uint32_t k = p > L + 3 ? p - 3 : L; k < p && tr->tense == RW_VT_NOUN; k++)
        honoured_noun |= title_with_pronoun(st, k);
    /* ... and so is one before the noun of a relative clause whose verb has a pronoun ("واستذكر
     * سموه اللقاءات التي جمعته بـ Y": his meetings) - the one the article honours so. */
    int relative_honoured = RW_NO_SPEAKER;
    if (tr->tense != RW_VT_NOUN && attached && p >= 4 && rw_has_word(st, p - 1, p, RW_W_RELATIVE))
        for (uint32_t k = p - 4; k < p - 2; k++)
            if (title_with_pronoun(st, k) && rw_mentions_honoured(st, k) >= 0)
                relative_honoured = rw_mentions_honoured(st, k);
    honoured_noun = honoured_noun && honoured != RW_NO_SPEAKER && honoured_at + 2 >= st->sentence;
    int subj =
        he_that                              ? (st->speaker != RW_NO_SPEAKER ? st->speaker
                                                : told != RW_NO_SPEAKER      ? told
                                                                             : owner)
        : fronted != RW_NO_SPEAKER           ? fronted
        : relative_honoured != RW_NO_SPEAKER ? relative_honoured
        : honoured_noun                      ? honoured
        /* "... ونقل إليه تحيات الرئيس X، كما عقد لقاء مع Y": a verb going on with its
         * sentence (كما، و) has the subject of its last event, not the one named last - the
         * one received, after "استقبله X" ("استقبله خلالها الرئيس X، كما أجرى محادثات مع Y") */
        : c->own_clause && event_subject != RW_NO_SPEAKER ? continued_subject(st, L)
        : after_that && opening != RW_NO_SPEAKER          ? opening
        /* ("وكان الوزير الإيراني قد وصل ...، ثم انتقل إلى السراي حيث التقى Y، قبل أن يعقد
         * اجتماعا مع Z": past قبل أن or بعد أن, a time of the sentence's own events, the
         * subject of its last, when the one it opened on is a title not yet resolved) */
        : after_that && event_subject != RW_NO_SPEAKER && rw_time_clause(st, p - 1) ? event_subject
        /* (... and a noun whose clause opens there: "التقى خلالها Y، وذلك بعد أن أجرى مساء
         * الاثنين اتصالا هاتفيا بـ Z" - not Y, named last) */
        : tr->tense == RW_VT_NOUN && event_subject != RW_NO_SPEAKER && L > 0 &&
                rw_time_clause(st, L - 1) && !a->npre
            ? event_subject
        /* "استقبل X Y، الذي أجرى أيضا محادثات مع Z": a noun a few words after a relative (its
         * verb of holding between) is the antecedent's */
        : tr->tense == RW_VT_NOUN && !a->npre && ms->antecedent != INT_MIN && L < p && p <= L + 3
            ? ms->antecedent
        /* "وتأتي هذه الزيارة بعد زيارة الدولة التي قادت رئيس الجمهورية إلى روما، حيث
         * أجرى محادثات مع Y": after a clause word, the subject its sentence goes on
         * with (the traveller of the sentence's visit), before a possessor named earlier */
        : after_that && ms->clause_known && ms->of_sentence && ms->clause_subject != RW_NO_SPEAKER
            ? ms->clause_subject
        /* "التقت خلالها X و Y، وذلك إثر مكالمة جمعتها بـ Z": the pronoun is the one who met
         * them, not the one she met, named just before */
        : attached && a->near_set && made_object(st, a->near_before) &&
                pronoun_fits_subject(st, p, event_subject, a->near_before)
            ? event_subject
        : attached && a->near_set &&
                (st->speaker == RW_NO_SPEAKER || woman_just_named(st, p, a->near_before))
            ? a->near_before
        : owner != RW_NO_SPEAKER ? owner
        : a->near_before >= 0    ? a->near_before
                                 : RW_NO_SPEAKER;
    /* "وزيرا النقل X والتجارة Y، في لقاء جمعهما ... برئيس غينيا Z": the dual pronoun is
     * the two persons named last before it, one side. */
    int two[2];
    if (dual_possessive(st, p) && last_two_persons(st, p, two) == 2) {
        rw_add_side(e->side_a, &e->na, two[1]);
        rw_add_side(e->side_a, &e->na, two[0]);
        e->implicit = 1;
    } else if (dual_possessive(st, p)) {
        /* No two persons before it in its sentence: the two of the sentence before met
         * each other; those after it here (the one who invited them, "بدعوة من X") are
         * no side. With fewer than two, the pronoun names no one we know. */
        /* ("أصدر X و Y بيانا ... . وجاء في البيان أن الاجتماع الذي جمعهما ...": the two the
         * sentence before named last) */
        if (persons_before(st, two, 2) < 2) return 0;
        e->nb = 0;
        implicit_pair(e, two[1], two[0]);
        return 1;
    } else if (subj != RW_NO_SPEAKER) {
        rw_add_side(e->side_a, &e->na, subj);
        e->implicit = 1;
    }
    return STAGE_CHECK;
}

/* Whether the verb at c->p has its subject right after it and an object after that, neither
 * coordinated with the other ("ومن المتوقع أن يلتقي غريفيث رئيس الحكومة X"): a verb of its
 * own, not the purpose of a visit told before it, whose travellers would be its subject. */
static int subject_then_object_after(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    const rw_lex_trigger *tr = c->tr;
    return tr->tense != RW_VT_NOUN && a->npost >= 2 && st->pms[a->post[0]].unit == c->p + 1 &&
           !st->pms[a->post[0]].side && !st->pms[a->post[1]].coord && !st->pms[a->post[1]].side;
}

/* Sides told by a pronoun, a possessor, a subject before the trigger, a visit or a marker. */
static int sides_of_subject(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                            rw_event *e, const meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L, R = c->R;
    int owner = ms->owner;
    const rw_event *visit = st->n_ev ? &st->ev[st->n_ev - 1] : NULL;
    if (!a->npre && tr->tense == RW_VT_NOUN && a->npost && a->marker <= 0 && rw_possessive(st, p) &&
        (a->near_set || owner != RW_NO_SPEAKER)) {
        /* "وأكد ولي العهد ... وذلك خلال استقباله Y": the possessor of the verbal noun is
         * the last person named (else the previous clause's subject), Y the guest. */
        /* (... but the object of a verb right after a clause word is that verb's subject's:
         * "حيث التقى Z، قبل أن يختم لقاءاته بـ Y" - the clause's, not Z's) */
        /* (no one, when the engine cannot name that subject) */
        int verb_object = p >= 2 && st->units[p - 1].kind == RW_U_OTHER &&
                          !st->units[p - 1].pflags && rw_is_clause(st, p - 2);
        if (verb_object && owner == RW_NO_SPEAKER) return 0;
        subject_meets_objects(st, a, a->near_set && !verb_object ? a->near_before : owner, e);
    } else if (!a->npre && a->npost && a->marker < 0 && tr->tense != RW_VT_NOUN &&
               st->units[p].suffix == RW_SUF_PRONOUN && c->L > 0 &&
               rw_has_word(st, c->L - 1, c->L, RW_W_RELATIVE)) {
        /* "بعد زيارته يوم 6 ديسمبر 2017، التي استقبله خلالها الرئيس X"، "Y، التي استقبلها
         * الرئيس X": after a relative, the one a verb's pronoun receives is the one the relative
         * refers to, or the visitor of the visit it refers to, the person named last - of the
         * pronoun's gender; its subject follows it. */
        int guest = relative_antecedent(st, c->L);
        /* (a title's placeholder is someone too: "زيارة وزير الخارجية السعودي إلى دمشق، والتي
         * استقبله خلالها الرئيس X") */
        if (guest == INT_MIN && a->near_set) guest = a->near_before;
        /* (not past a title that names someone unread: "زيارة نائبة كاتب الدولة الأمريكي، X،
         * التي استقبلها الرئيس Y" after "زيارة بلينكن") */
        uint32_t from = c->L;
        for (size_t i = 0; guest != INT_MIN && i < st->n_pms; i++)
            if (st->pms[i].ref == guest && st->pms[i].unit < c->L) from = st->pms[i].unit_end;
        for (uint32_t k = from; k < c->L && guest != INT_MIN; k++)
            if ((st->units[k].kind == RW_U_TITLE || st->units[k].kind == RW_U_OFFICE) &&
                !rw_in_mention(st, k))
                guest = INT_MIN;
        if (guest == INT_MIN || !pronoun_may_be(st, p, guest)) return STAGE_NONE;
        rw_add_side(e->side_a, &e->na, st->pms[a->post[0]].ref);
        rw_add_side(e->side_b, &e->nb, guest);
        e->pronoun_guest = 1;
    } else if (!a->npre && c->own_clause && a->npost && a->marker < 0 &&
               !rw_has_word(st, p + 1, R, RW_W_SIDE) &&
               (st->units[p].suffix == RW_SUF_PRONOUN || rw_possessive(st, p)) &&
               (a->near_before >= 0 || st->last_subject >= 0)) {
        /* "واستقبله X": the subject follows, the pronoun is the one named before - unless he
         * was the object of the sentence's last event: then its subject, whom the sentence
         * follows ("حيث يلتقي Y، ثم إلى مجلس النواب، ويستقبله X": the traveller). */
        for (int i = 0; i < a->npost; i++)
            rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
        int guest = a->near_before >= 0 ? a->near_before : st->last_subject;
        int event_subject = sentence_event_subject(st);
        /* ("وكان رئيس الوزراء الهندي قد وصل إلى أبوظبي، واستقبله X": with no one named before
         * it in the sentence, the one whose arrival it told - a title resolved with the
         * article - not the subject of an earlier sentence) */
        const rw_event *pv = sentence_visit(st);
        if (a->near_before < 0 && pv && pv->na == 1) guest = pv->side_a[0];
        if (a->near_before >= 0 && made_object(st, a->near_before) &&
            event_subject != RW_NO_SPEAKER)
            guest = event_subject;
        /* ("وكان X قد وصل إلى بغداد، وكان في استقباله Y، قبل أن يتوجه إلى القصر، واستقبله Z":
         * the one named before is the host who received the sentence's traveller - the
         * traveller is received again) */
        if (a->near_before >= 0 && pv && pv->na == 1 && pv->side_a[0] != a->near_before &&
            met_in_sentence(st, a->near_before, pv->side_a[0]))
            guest = pv->side_a[0];
        rw_add_side(e->side_b, &e->nb, guest);
        e->pronoun_guest = 1;
    } else if (a->npre >= 2 && !a->npost && tr->tense == RW_VT_NOUN && during_meeting(st, p) &&
               addressee(st, &st->pms[a->pre[1]])) {
        /* "وأكد X لنظيره Y خلال جلسة عمل": a meeting noun after خلال that names no party of
         * its own is the meeting where the clause's subject spoke to the one addressed. */
        rw_add_side(e->side_a, &e->na, st->pms[a->pre[0]].ref);
        for (int i = 1; i < a->npre; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->pre[i]].ref);
    } else if (a->npre && ms->pair_group && !a->npost) {
        for (int i = 0; i < a->npre; i++) rw_add_side(e->side_a, &e->na, st->pms[a->pre[i]].ref);
    } else if (a->npre) {
        return sides_named_before(st, c, a, e);
    } else if (a->npost && a->marker <= 0 && L > 0 && rw_is_event_trigger(st, L - 1) &&
               st->lx->triggers[st->units[L - 1].ref].rel == RW_REL_VISITED &&
               !subject_then_object_after(st, c, a) &&
               ((visit && visit->sentence == st->sentence && visit->rel == RW_REL_VISITED &&
                 visit->na) ||
                a->near_before >= 0)) {
        /* "يزور X القاهرة غدا للقاء Y", "بعد زيارة التقى خلالها Y": the visitors are the
         * ones who meet. */
        if (visit && visit->sentence == st->sentence && visit->rel == RW_REL_VISITED &&
            visit->na)
            for (int i = 0; i < visit->na; i++)
                rw_add_side(e->side_a, &e->na, visit->side_a[i]);
        else
            rw_add_side(e->side_a, &e->na, a->near_before);
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    } else if (a->marker > 0) {
        for (int i = 0; i < a->marker; i++) rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
        for (int i = a->marker; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    } else if (a->marker == 0) {
        return sides_of_unnamed_subject(st, c, a, e, ms);
    } else {
        return STAGE_NEXT;
    }
    return STAGE_CHECK;
}

/* How many persons after the verb of clause c, coordinated with the first, are its subjects: a
 * list of two or more, then words of time or place and no punctuation or event between, then a
 * person with no و ("استقبل X و Y اليوم في القاهرة Z"). 0 when the clause is not so. */
static int coordinated_hosts(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    if (a->marker >= 0 || c->tr->tense == RW_VT_NOUN || c->tr->frame != RW_FRAME_EVENT ||
        a->npost < 3)
        return 0;
    /* (the first's titles, read as a mention of him again or of no one, right after him, are
     * part of him: "محمد بن راشد نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي") */
    int n = 1, coord = 0;
    while (n < a->npost) {
        const rw_pm *m = &st->pms[a->post[n]], *prev = &st->pms[a->post[n - 1]];
        int his_title = !coord && (m->ref == st->pms[a->post[0]].ref || m->ref < 0) &&
                        m->unit <= prev->unit_end + 3;
        for (uint32_t k = prev->unit_end; k < m->unit && his_title; k++)
            his_title = st->units[k].kind == RW_U_OFFICE || st->units[k].kind == RW_U_TITLE ||
                        st->units[k].kind == RW_U_NISBA || st->units[k].kind == RW_U_PLACE ||
                        (st->units[k].kind == RW_U_OTHER && st->units[k].definite);
        if (!m->coord && !his_title) break;
        coord |= m->coord;
        n++;
    }
    if (!coord || n >= a->npost) return 0;
    for (int i = 0; i <= n; i++)
        if (st->pms[a->post[i]].kind != RW_PM_PERSON) return 0;
    uint32_t gap0 = st->pms[a->post[n - 1]].unit_end, gap1 = st->pms[a->post[n]].unit;
    if (gap1 <= gap0) return 0;
    /* (the day or a later time set off by commas: "استقبل X، ...، و Y، ...، صباح أمس، في قصر
     * الرئاسة، Z") */
    int adverbial = 0, commas = 0, day = 0;
    for (uint32_t k = gap0; k < gap1; k++) {
        const rw_unit *u = &st->units[k];
        if (rw_mentions_is_comma(st, k)) {
            commas++;
            continue;
        }
        if (u->kind == RW_U_PUNCT || rw_is_event_trigger(st, k) || rw_is_clause(st, k)) return 0;
        /* (or a time after: "كما التقى X و Y، في وقت لاحق، Z") */
        adverbial |= u->kind == RW_U_PLACE ||
                     (u->kind == RW_U_WORD && (u->cls & (RW_W_BOUNDARY | RW_W_LATER)));
        day |= u->kind == RW_U_WORD && (u->cls & (RW_W_BOUNDARY | RW_W_LATER));
    }
    if (commas && !day) return 0;
    return adverbial ? n : 0;
}

/* Whether each of the coordinated persons after the trigger has a place of his own right after
 * him, before the next ("X في قصر بعبدا، و Y في عين التينة"): separate meetings, none among
 * them. */
static int separate_venues(const rw_xstate *st, const rw_args *a)
{
    /* (right after each, its preposition between: "X في قصر بعبدا") */
    for (int i = 0; i < a->npost; i++) {
        uint32_t k = st->pms[a->post[i]].unit_end;
        if (k < st->n_units && st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_PREP))
            k++;
        if (k >= st->n_units || st->units[k].kind != RW_U_PLACE) return 0;
        /* (before the next one: "وزيرا خارجية السعودية وإيران في بكين" met there together) */
        if (i + 1 < a->npost && k >= st->pms[a->post[i + 1]].unit) return 0;
    }
    return 1;
}

/* Whether the mentions after the trigger are one list joined by و - a counterpart written
 * with و among them ("حيث التقى الرئيس X ونظيره Y": the subject's counterpart, after a clause
 * word whose subject is known). */
static int coordinated_objects(const rw_xstate *st, const rw_args *a)
{
    if (a->npost < 2) return 0;
    for (int i = 1; i < a->npost; i++) {
        const rw_pm *m = &st->pms[a->post[i]];
        /* (the counterpart word right before the name, or heading the mention) */
        const rw_unit *u = &st->units[m->unit];
        if (m->unit > 0 && !(u->kind == RW_U_WORD && (u->cls & RW_W_COUNTERPART))) u--;
        if (!m->coord &&
            !((u->pflags & RW_P_CONJ) && u->kind == RW_U_WORD && (u->cls & RW_W_COUNTERPART)))
            return 0;
    }
    return 1;
}

/* Sides when only those after the trigger are named: a gathering, the clause's subject with
 * its objects, a coordinated subject, or the first named and the rest. */
static int sides_of_objects(const rw_xstate *st, const rw_clause *c, const rw_args *a,
                            rw_event *e, const meeting_subject *ms)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, L = c->L, R = c->R;
    int he_that = ms->he_that, clause_known = ms->clause_known, of_sentence = ms->of_sentence;
    int clause_subject = ms->clause_subject, antecedent = ms->antecedent, opener = ms->opener;
    int honorific = ms->honorific, going_on = ms->going_on;
    const int hosts = coordinated_hosts(st, c, a);
    if (tr->frame == RW_FRAME_GATHER) {
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
    } else if (he_that && a->npost && a->marker < 0 && clause_known &&
               !rw_has_word(st, p + 1, st->pms[a->post[0]].unit, RW_W_SIDE)) {
        /* "مشيرا إلى أنه استقبل أمس الجمعة الوفد": the pronoun's one received the first one
         * named after the verb (and those coordinated with it). */
        rw_add_side(e->side_a, &e->na, clause_subject);
        add_first_coordinated(st, a, e->side_b, &e->nb);
        e->implicit = 1;
    } else if (a->npost && a->marker < 0 && antecedent != INT_MIN) {
        /* "قال الوزير X، الذي استقبل أمس، سفير تونس Y": the one the relative clause is about
         * received Y. */
        rw_add_side(e->side_a, &e->na, antecedent);
        add_first_coordinated(st, a, e->side_b, &e->nb);
    } else if (a->npost >= 2 && tr->tense != RW_VT_NOUN && L > 0 && rw_is_clause(st, L - 1) &&
               coordinated_objects(st, a) && clause_known &&
               !(a->marker < 0 && rw_has_word(st, st->pms[a->post[a->npost - 1]].unit_end,
                                              verb_clause_end(st, p, R), RW_W_SIDE)) &&
               !(!of_sentence && st->subject_sentence != st->sentence &&
                 (st->units[L - 1].cls & RW_W_WHEN_OF))) {
        /* "حيث التقى المرشد خامنئي والرئيس بزشكيان": one coordinated object list after
         * a clause word; the subject is the previous clause's. (Not "أن يلتقي A و B و C بعدد
         * من الفاعلين": with the other side marked after it, the list is the subject; nor a
         * noun, "أن لقاء بوتين وأردوغان": its genitives are the parties; nor after بعد أن or
         * قبل أن in a sentence that named no one before it, "وشهد مسار التقارب دفعة، بعد أن
         * التقى A و B": the one of an earlier sentence does not reach into that time clause.) */
        subject_meets_objects(st, a, clause_subject, e);
        /* ("حيث التقى X، و Y، ضمن جولة": each set off by commas, one meeting each) */
        for (int i = 1; i < a->npost; i++)
            for (uint32_t k = st->pms[a->post[i - 1]].unit_end; k <= st->pms[a->post[i]].unit; k++)
                if (k < st->n_units && rw_mentions_is_comma(st, k)) e->separate = 1;
    } else if (a->npost >= 2 && opener != RW_NO_SPEAKER && honorific >= 0) {
        /* "كما استقبل سموه وفدا من مجلس الشيوخ برئاسة السيناتور Y": the honorific's one
         * received all those named after it, the delegation and its head. */
        subject_meets_objects(st, a, opener, e);
    } else if (a->npost == 1 && a->marker < 0 && tr->tense != RW_VT_NOUN &&
               plural_object_after(st, &st->pms[a->post[0]], R)) {
        /* "كما استقبل سمو نائب أمير المنطقة الأمير X المواطنين": the one named after the verb
         * is its subject, the plural noun right after him its object - not someone the clause
         * before named, received by him. */
        return 0;
    } else if (a->npost == 1 && (opener != RW_NO_SPEAKER ||
                                 (((L > 0 && rw_is_clause(st, L - 1)) ||
                                   (st->units[st->pms[a->post[0]].unit].cls & RW_W_COUNTERPART)) &&
                                  clause_known))) {
        if (opener != RW_NO_SPEAKER) clause_subject = opener;
        /* "حيث التقى نظيره": after a clause word, or with a counterpart as its one
         * argument, the verb's subject is the previous clause's (the sentence's, above). */
        implicit_pair(e, clause_subject, st->pms[a->post[0]].ref);
    } else if (a->npost >= 2 && going_on >= 0 && a->marker < 0 &&
               rw_coordinated(st, a->post, a->npost) &&
               !rw_has_word(st, p + 1, verb_clause_end(st, p, R), RW_W_SIDE)) {
        /* "وكان X قد زار دمشق، والتقى خلالها الرئيس Y ونظيره Z": a verb with و going on with
         * a sentence whose event has its subject keeps that subject; so does a verb right after
         * a comma, with no و, in a sentence that opened on its subject ("وكان X قد أمضى يومين
         * في إسرائيل، التقى خلالهما Y و Z"). The coordinated ones after it are its objects, not
         * a meeting among themselves (that is a verb opening its sentence, below). */
        rw_add_side(e->side_a, &e->na, going_on);
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
        /* (named in its sentence: he stays the subject of what follows, as if named here) */
    } else if (a->npost >= 2 && rw_coordinated(st, a->post, a->npost) && separate_venues(st, a)) {
        /* "يتضمن برنامج الزيارة لقاء X في قصر بعبدا، و Y في عين التينة": each with a venue
         * of his own, they are met one by one - by the one the clause goes on with, or by
         * no one the engine can name. */
        /* (the subject the sentence goes on with before one of an earlier sentence: "ويشارك
         * X ...، وكان قد التقى الشهر الماضي Y في نيوم، و Z في الدوحة") */
        if (!of_sentence && going_on >= 0) clause_subject = going_on, clause_known = 1;
        if (!clause_known || clause_subject == RW_NO_SPEAKER) return 0;
        subject_meets_objects(st, a, clause_subject, e);
    } else if (a->npost >= 2 && tr->tense != RW_VT_NOUN &&
               rw_mentions_pronoun_unit(st, p + 1, RW_W_DURING)) {
        /* "وكان ولي العهد السعودي قد زار البلاد ...، التقى خلالها X، و Y": a verb with خلالها
         * has a subject the visit names, never the ones after it - they met him one by one, a
         * tour's stops, not each other: the one the sentence named first (a title's too), else
         * no one we know. */
        if (!opener_meets_objects(st, a, L, e)) return 0;
        e->separate = 1;
    } else if (a->npost >= 2 && rw_coordinated(st, a->post, a->npost)) {
        /* "اجتمع X وY وZ": a meeting verb with a coordinated subject is reciprocal -
         * they all met each other (every pair, below). */
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
    } else if (a->npost == 1 && a->marker < 0 && tr->tense != RW_VT_NOUN && going_on >= 0 &&
               (st->units[p].pflags & RW_P_CONJ) && p > 0 && rw_mentions_is_comma(st, p - 1) &&
               st->pms[a->post[0]].ref != going_on) {
        /* "وصل X إلى طهران، والتقى الرئيس Y": a verb with و past a comma goes on with its
         * sentence's subject; the one named after it is its object. */
        implicit_pair(e, going_on, st->pms[a->post[0]].ref);
    } else if (a->npost >= 2 && a->marker < 0 && clause_known && L > 0 && rw_is_clause(st, L - 1) &&
               st->pms[a->post[0]].kind == RW_PM_GROUP) {
        /* "حيث التقى صباحا وفد الحكومة اليمنية برئاسة وزير الخارجية X": after a clause word, a
         * delegation and those named with it are the objects of the clause's subject. */
        subject_meets_objects(st, a, clause_subject, e);
    } else if (hosts > 1) {
        /* "استقبل الشيخ X والشيخ Y في قصر الرئاسة اليوم البابا Z": a list right after the verb,
         * then the time or the place, then someone with no و - the list received him. */
        for (int i = 0; i < hosts; i++) /* (not the first's titles read apart) */
            if (i == 0 || st->pms[a->post[i]].coord)
                rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
        for (int i = hosts; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    } else if (a->npost) {
        /* "التقى المبعوث الخاص ... ورئيس بعثة الأمم المتحدة، عبد الله باتيلي، ... Y": two titles
         * joined by و before one name are that one's; the title the engine resolves to no one
         * is no subject of its own. */
        /* (the second title's name set off by a comma: "ورئيس بعثة ...، عبد الله باتيلي،") */
        int first = 0;
        const rw_pm *m1 = a->npost >= 3 ? &st->pms[a->post[1]] : NULL;
        if (m1 && st->pms[a->post[0]].ref < 0 && m1->coord && m1->ref >= 0 &&
            m1->kind == RW_PM_PERSON) {
            for (uint32_t k = m1->unit; k < m1->unit_end && !first; k++)
                first = rw_mentions_is_comma(st, k);
        }
        rw_add_side(e->side_a, &e->na, st->pms[a->post[first]].ref);
        for (int i = first + 1; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    }
    return STAGE_CHECK;
}

/* Whether mention m stands right after a verb of meeting, its object ("يلتقي الشيخ تميم"). */
static int object_of_verb(const rw_xstate *st, const rw_pm *m)
{
    if (m->unit == 0 || m->side || !rw_is_event_trigger(st, m->unit - 1)) return 0;
    const rw_lex_trigger *t = &st->lx->triggers[st->units[m->unit - 1].ref];
    return t->rel == RW_REL_MET && t->tense != RW_VT_NOUN;
}

/* "التقى Y في رام الله، بعد محادثات أجراها في عمّان مع نظيره Z": a meeting noun whose
 * relative verb of holding names no holder was held by the subject of the sentence's last
 * event; the object of that event, named before the noun, is no holder of it. */
static void held_by_sentence_subject(const rw_xstate *st, const rw_clause *c, rw_args *a,
                                     const meeting_subject *ms)
{
    uint32_t holder_verb = noun_holder_verb(st, c);
    if (!holder_verb || (a->npost && st->pms[a->post[0]].unit == holder_verb + 1)) return;
    /* (with no one named before it in its clause, the same: "... وذلك إثر محادثات هاتفية
     * أجراها مع Y" after what a speaker said in between - not the subject of what he said) */
    const rw_pm *m = a->npre ? &st->pms[a->pre[a->npre - 1]] : NULL;
    int holder = ms->event_subject;
    if ((m && !made_object(st, m->ref)) || holder == RW_NO_SPEAKER || (m && holder == m->ref))
        return;
    int i = pm_of_entity(st, holder, c->p);
    if (i >= 0) {
        a->pre[0] = i;
        a->npre = 1;
    } else if (m) {
        a->npre = 0; /* (named in an earlier sentence: the clause's subject, found so) */
    }
}

/* Whether the meeting noun of clause c, right after بعد or قبل (words.tsv `when_of`), is only
 * the time of a verb's meeting: "X يلتقي Y في الدوحة بعد مباحثات مع Z" - the one right after the
 * verb is its object, no subject of the noun (whose subject is the verb's, or no one the engine
 * named when it found none); "وكان X قد اجتمع، قبيل الاجتماع الثلاثي، مع Y" - a noun with the
 * article and no pronoun, the one named after it the sentence's verb's object: no party of the
 * noun's, a meeting told before. */
static int time_of_verb_meeting(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    uint32_t p = c->p;
    if (c->tr->tense != RW_VT_NOUN || p == 0 || !rw_has_word(st, p - 1, p, RW_W_WHEN_OF)) return 0;
    if (a->npre == 1 && object_of_verb(st, &st->pms[a->pre[0]])) return 1;
    if (!st->units[p].definite || rw_possessive(st, p) || !a->npost) return 0;
    const rw_event *pv = last_sentence_event(st);
    if (!pv || pv->rel != RW_REL_MET || pv->tense == RW_VT_NOUN) return 0;
    for (int i = 0; i < pv->nb; i++)
        if (pv->side_b[i] == st->pms[a->post[0]].ref) return 1;
    return 0;
}

/* Meetings and calls of the `event` and `gather` frames: subject before the trigger (SVO) or
 * right after it (VSO), the other side after the side marker, else the rest; a missing subject
 * is the previous clause's (pro-drop), the possessor of a verbal noun, or the visitors of a
 * visit that holds the meeting. In stages: the forms that need no argument search, the pair
 * and dual words, the subject a clause that names none goes on with, the arguments that belong
 * to the clause before, then the sides - told by a subject or a pronoun, else by the objects
 * alone - and last whether the meeting has two. */
static int sides_meeting(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, R = c->R;
    meeting_subject ms = {0};
    int rc = meeting_special_form(st, c, a, e);
    if (rc != STAGE_NEXT) return rc;
    /* "التقى X Y ...، كما تلقى اتصالا هاتفيا منه"، "ثم أجرى اتصالا هاتفيا به": a meeting or
     * call noun that names no one in its clause, its other side a pronoun on مع، من or ب right
     * after it, is the sentence's last event's subject's with the person named last before it
     * - that event's other side. */
    if (tr->tense == RW_VT_NOUN && !a->npre && !a->npost && pronoun_side_after(st, p)) {
        const rw_event *pv = last_sentence_event(st);
        if (!pv || pv->na != 1 || pv->nb != 1 || pv->side_a[0] < 0 || pv->side_b[0] < 0)
            return STAGE_NONE;
        implicit_pair(e, pv->side_a[0], pv->side_b[0]);
        return STAGE_CHECK;
    }
    if (!meeting_arguments(st, c, a)) return STAGE_NONE;
    if (time_of_verb_meeting(st, c, a)) return STAGE_NONE;
    if ((rc = meeting_of_pair(st, c, a, e, &ms)) != STAGE_NEXT) return rc;
    if ((rc = clause_subject_of(st, c, a, &ms)) != STAGE_NEXT) return rc;
    honoured_subject(st, c, a, &ms);
    /* "بدعوة من رئيس الجمهورية X، الذي كان في استقباله لدى نزوله بالمطار": a meeting noun with
     * the pronoun in a relative clause that names no one is the antecedent's with the pronoun's
     * one. */
    if (tr->tense == RW_VT_NOUN && !a->npre && !a->npost && rw_possessive(st, p) &&
        ms.antecedent != INT_MIN && ms.antecedent >= 0 && ms.owner >= 0 &&
        ms.owner != ms.antecedent) {
        implicit_pair(e, ms.antecedent, ms.owner);
        return STAGE_CHECK;
    }
    held_by_sentence_subject(st, c, a, &ms);
    if ((rc = narrow_meeting_arguments(st, c, a, e, &ms)) != STAGE_NEXT) return rc;
    /* "... من بينهم X و Y، تناولت سبل وقف العدوان": a verb in the past of one woman or one thing
     * right after two persons or more joined by و has some noun for its subject (the calls),
     * not them - they would take the dual or the plural. */
    if (a->npre >= 2 && tr->tense == RW_VT_PAST && rw_coordinated(st, a->pre, a->npre) &&
        rw_mentions_feminine_verb(st, p, 1) && st->pms[a->pre[a->npre - 1]].unit_end + 2 >= p)
        return STAGE_NONE;
    int coordinated = coordinated_noun_subject(st, c);
    if (coordinated != RW_NO_SPEAKER && a->npost) {
        rw_add_side(e->side_a, &e->na, coordinated);
        for (int i = a->marker > 0 ? a->marker : 0; i < a->npost; i++)
            rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
        e->implicit = 1;
        rc = STAGE_CHECK;
    } else {
        rc = sides_of_subject(st, c, a, e, &ms);
    }
    if (rc == STAGE_NEXT) rc = sides_of_objects(st, c, a, e, &ms);
    if (rc != STAGE_CHECK) return rc;
    /* A meeting needs its other side; جمع pairs a list among itself, and so does a
     * meeting of coordinated parties ("عقد X و Y و Z قمة ثلاثية") - unless the other side
     * is marked and names nobody: "وصول A و B ... لإجراء مباحثات مع المسؤولين الروس" are
     * travellers together, not a meeting of A with B; so are "يلتقي A و B و C بعدد من الفاعلين
     * الاقتصاديين", the coordinated subject after the verb. */
    /* (for a meeting told anew, with no article, whose parties are all named before it: in its
     * own words up to a comma - "عقد X، و Y، و Z، اجتماعا ثلاثيا في الدوحة، هو الأول من نوعه") */
    uint32_t other_end = verb_clause_end(st, p, R);
    for (uint32_t k = p + 1;
         tr->tense == RW_VT_NOUN && !st->units[p].definite && a->npre && !a->npost && k < other_end;
         k++)
        if (rw_mentions_is_comma(st, k)) other_end = k;
    int unnamed_other = a->marker < 0 && rw_has_word(st, p + 1, other_end, RW_W_SIDE) &&
                        (a->npre ? !a->npost : tr->frame != RW_FRAME_GATHER);
    /* "ورافق ماكرون X و Y، وكان في استقباله ...": a noun with the pronoun of one person is that
     * person's meeting, never one of several named before it among themselves. */
    const rw_unit *tu = &st->units[p];
    int his = tr->tense == RW_VT_NOUN && rw_possessive(st, p) && !dual_possessive(st, p) &&
              !rw_mentions_written_plural(st, tu->tok + tu->ntok - 1);
    return (e->na && e->nb) ||
           (!e->nb && e->na >= 2 && !unnamed_other && !his &&
            (tr->frame == RW_FRAME_GATHER || ms.pair_group ||
             rw_coordinated(st, a->npre ? a->pre : a->post, a->npre ? a->npre : a->npost)));
}

/* Whether the persons before a pair trigger are the sides of the sentence's last event. */
static int pair_of_last_event(const rw_xstate *st, const rw_args *a)
{
    if (!st->n_ev) return 0;
    const rw_event *pv = &st->ev[st->n_ev - 1];
    if (pv->sentence != st->sentence || pv->na + pv->nb != a->npre) return 0;
    for (int i = 0; i < a->npre; i++)
        if (!rw_takes_part(pv, st->pms[a->pre[i]].ref)) return 0;
    return 1;
}

/* A pair trigger (التقيا، يتصافحان): the pair or group named before it, else after it. */
static int sides_pair(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e)
{
    uint32_t L = c->L;
    /* "التقى X Y وناقشا": after another trigger the pair is that event's sides. */
    if (L > 0 && rw_is_event_trigger(st, L - 1)) return 0;
    /* ... and so is a pair the sentence's last event had for its sides ("اتصال هاتفي جرى بين
     * X و Y، بحثا خلاله ..."): their talk was that call or meeting, no other. */
    if (a->npre >= 2 && a->marker < 0 && pair_of_last_event(st, a)) return 0;
    /* "كلينتون وترامب يلتقيان بالسيسي": the pair before the verb is one side, each meeting
     * the marked one (and those coordinated with it) - not each other. */
    if (a->npre >= 2 && a->marker >= 0) {
        for (int i = 0; i < a->npre; i++) rw_add_side(e->side_a, &e->na, st->pms[a->pre[i]].ref);
        for (int i = a->marker; i < a->npost && (i == a->marker || st->pms[a->post[i]].coord); i++)
            rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
        return e->na && e->nb;
    }
    /* "وكان X و Y قد التقيا في وقت سابق اليوم رئيس الوزراء Z": a person right after a verb of
     * the pair, in its clause with no comma between, is the one they met together - not a
     * third party among them, nor a topic (a verb of discussion has topics, not persons). */
    if (a->npre >= 2 && a->marker < 0 && a->npost && c->tr->tense != RW_VT_NOUN &&
        st->pms[a->post[0]].kind == RW_PM_PERSON &&
        !rw_comma_between(st, c->p, st->pms[a->post[0]].unit)) {
        for (int i = 0; i < a->npre; i++)
            rw_add_side(e->side_a, &e->na, st->pms[a->pre[i]].ref);
        for (int i = 0; i < a->npost && (i == 0 || st->pms[a->post[i]].coord); i++)
            rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
        return e->na && e->nb;
    }
    if (a->npre >= 2 || (a->npre == 0 && a->npost >= 2)) {
        int *v = a->npre ? a->pre : a->post, n = a->npre ? a->npre : a->npost;
        for (int i = 0; i < n; i++) rw_add_side(e->side_a, &e->na, st->pms[v[i]].ref);
    } else if (a->npre == 1 && a->npost) {
        rw_add_side(e->side_a, &e->na, st->pms[a->pre[0]].ref);
        for (int i = 0; i < a->npost; i++) rw_add_side(e->side_b, &e->nb, st->pms[a->post[i]].ref);
    }
    return (e->na && e->nb) || (!e->nb && e->na >= 2);
}

/* A chair (ترأس) meets those who took part; a delegation's lead (برئاسة) leads the group named
 * before it. */
static int sides_chair(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e)
{
    const rw_lex_trigger *tr = c->tr;
    uint32_t p = c->p, R = c->R;
    /* "زيارة يرأس خلالها مع X أعمال اللجنة المشتركة"، "ترأس X مع نظيره Y أعمال اللجنة": one who
     * chairs with another (مع after the verb and its subject) meets him - the co-chair named
     * after the verb, before it, or the one the sentence goes on with. */
    if (tr->frame == RW_FRAME_CHAIR && a->npost) {
        int with = a->npost > 1 && !st->pms[a->post[0]].side ? 1 : 0;
        const rw_pm *m = &st->pms[a->post[with]];
        /* (not the one met just before: "حيث يلتقي X، ويترأس مع Y" is the visitor's) */
        int before = a->npre ? st->pms[a->pre[a->npre - 1]].ref : RW_NO_SPEAKER;
        if (before >= 0 && made_object(st, before)) before = RW_NO_SPEAKER;
        /* ("خلال زيارة ترأس فيها سموه مع X الاجتماع": a title with a pronoun as the verb's
         * subject is the one the article honoured so) */
        int honorific = honorific_subject(st, c);
        int honoured = honorific >= 0 ? rw_mentions_honoured(st, (uint32_t)honorific) : -1;
        int cochair = with                      ? st->pms[a->post[0]].ref
                      : honorific >= 0          ? (honoured >= 0 ? honoured : RW_NO_SPEAKER)
                      : before != RW_NO_SPEAKER ? before
                                                : continued_subject(st, c->L);
        if (m->side && m->kind == RW_PM_PERSON && rw_has_word(st, p + 1, m->unit, RW_W_SIDE) &&
            cochair >= 0 && cochair != m->ref &&
            (!with || st->pms[a->post[0]].kind == RW_PM_PERSON)) {
            rw_add_side(e->side_a, &e->na, cochair);
            rw_add_side(e->side_b, &e->nb, m->ref);
            e->rel = RW_REL_MET;
            return 1;
        }
    }
    /* "ترأس X الاجتماع بمشاركة B و C", "اجتماع ترأسه X وشارك فيه B و C": the chair
     * meets the participants (and they one another, as in any multi-party meeting). */
    if (tr->frame == RW_FRAME_CHAIR || (p > 0 && rw_meeting_noun(st, p - 1))) {
        int chair = INT_MIN;
        for (int i = 0; i < a->npost && chair == INT_MIN; i++)
            if (st->pms[a->post[i]].kind == RW_PM_PERSON) chair = st->pms[a->post[i]].ref;
        for (int i = a->npre; i-- > 0 && chair == INT_MIN;)
            if (st->pms[a->pre[i]].kind == RW_PM_PERSON) chair = st->pms[a->pre[i]].ref;
        if (chair != INT_MIN) participants(st, R, e->side_b, &e->nb);
        if (chair != INT_MIN && e->nb) {
            e->rel = RW_REL_MET;
            rw_add_side(e->side_a, &e->na, chair);
            return 1;
        }
        e->nb = 0;
        /* "ترأس X الاجتماع" alone says nothing about a meeting with anyone; "ترأس X
         * وفد بلاده" is a delegation's lead, read below. */
        if (tr->frame == RW_FRAME_CHAIR) e->rel = RW_REL_LEADS;
    }
    int group = -1;
    if (tr->frame == RW_FRAME_CHAIR) { /* the delegation is the verb's object */
        for (int i = 0; i < a->npost && group < 0; i++)
            if (st->pms[a->post[i]].kind == RW_PM_GROUP) group = st->pms[a->post[i]].ref;
        if (group < 0) return 0;
    }
    /* (not past a clause word: "استقبل X وفداً برئاسة Y، ...، فيما تعقد اللجنة الوزارية
     * برئاسة Z اجتماعاً" - Z chairs the committee, not the delegation) */
    for (size_t i = 0; i < st->n_pms && tr->frame != RW_FRAME_CHAIR; i++)
        if (st->pms[i].kind == RW_PM_GROUP && st->pms[i].unit < p) {
            int apart = 0;
            for (uint32_t k = st->pms[i].unit_end; k < p && !apart; k++)
                apart = rw_is_clause(st, k) && !(st->units[k].cls & RW_W_RELATIVE);
            group = apart ? -1 : st->pms[i].ref;
        }
    /* A delegation of a sentence before is led only through a pronoun (يرأسه، يتقدمهم) or from
     * the clause's start: "وناقش مجلس الوزراء برئاسة X" is the cabinet's chair, not the head
     * of a delegation told before. */
    const rw_unit *u = &st->units[p];
    if (group < 0 && (p == c->L || u->suffix == RW_SUF_PRONOUN ||
                      rw_mentions_written_pronoun(st, u->tok + u->ntok - 1)))
        group = st->last_group;
    for (int i = 0; i < a->npost && !e->na; i++)
        if (st->pms[a->post[i]].kind == RW_PM_PERSON) rw_add_side(e->side_a, &e->na, st->pms[a->post[i]].ref);
    if (group >= 0) rw_add_side(e->side_b, &e->nb, group);
    return e->na && e->nb;
}

/* يضم: the persons after it are members of the delegation before it - or, after a meeting noun,
 * those who met. */
static int sides_member(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e)
{
    uint32_t p = c->p;
    /* "اجتماع ثلاثي ضم X وY وZ": after a meeting noun, ضم lists who met. */
    int after_meeting = 0;
    for (uint32_t k = p, steps = 0; k-- > 0 && steps < 4; steps++)
        if (rw_is_event_trigger(st, k)) {
            const rw_lex_trigger *t0 = &st->lx->triggers[st->units[k].ref];
            after_meeting = t0->rel == RW_REL_MET && t0->tense == RW_VT_NOUN;
            break;
        }
    if (after_meeting) {
        e->rel = RW_REL_MET;
        return all_parties(st, a, e);
    }
    int group = -1;
    for (int i = a->npre; i-- > 0 && group < 0;)
        if (st->pms[a->pre[i]].kind == RW_PM_GROUP) group = st->pms[a->pre[i]].ref;
    for (int i = 0; i < a->npost && group < 0; i++)
        if (st->pms[a->post[i]].kind == RW_PM_GROUP) group = st->pms[a->post[i]].ref;
    if (group < 0) group = st->last_group;
    /* "قدم أعضاء الوفد وهم X و Y، شرحا لرئيس الجمهورية": the list is the persons right after
     * وهم and those coordinated with them. */
    for (int i = 0; i < a->npost; i++) {
        const rw_pm *m = &st->pms[a->post[i]];
        if (c->tr->frame == RW_FRAME_LIST && i > 0 && !m->coord) break;
        if (m->kind == RW_PM_PERSON) rw_add_side(e->side_a, &e->na, m->ref);
    }
    /* "ويتكون الوفد من سبعة نواب من ... وهم : X و Y و Z": the names the colon that ends the
     * clause opens are the members. */
    if (!e->na && c->R < st->n_units && rw_is_colon(st, c->R))
        for (size_t i = rw_first_pm(st, c->R + 1); i < st->n_pms; i++) {
            const rw_pm *m = &st->pms[i];
            if (m->kind != RW_PM_PERSON || (e->na && !m->coord)) break;
            rw_add_side(e->side_a, &e->na, m->ref);
        }
    if (group >= 0) rw_add_side(e->side_b, &e->nb, group);
    return e->na && e->nb;
}

/* Whether the punctuation unit k is a quotation mark (Unicode's Quotation_Mark: " « » “ ”). */
static int quote_mark(const rw_xstate *st, uint32_t k)
{
    const rw_token *t = &st->tk->v[st->units[k].tok];
    const uint8_t *s = (const uint8_t *)st->text + t->start;
    int32_t i = 0, n = (int32_t)(t->end - t->start);
    UChar32 c;
    U8_NEXT(s, i, n, c);
    return c >= 0 && i == n && u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

/* How far after a gather verb the meeting it names after those gathered may stand. */
#define GATHERED_REACH 30

/* The relation of the event noun a gather verb (جمع) brings together: "لقاء جمعه بـ Y"، "المكالمة
 * الهاتفية التي جمعته بـ Y"، "جمع اجتماع X بـ Y" - a meeting or call noun up to four units
 * before it (across a relative pronoun) or two after it. -1 when there is none: "صورة تجمعه
 * بـ Y" and "جمعتهما علاقة" are no meetings. */
static int gathered_noun(const rw_xstate *st, uint32_t p, uint32_t R, uint32_t *relative)
{
    *relative = 0;
    for (uint32_t k = p, steps = 0; k-- > 0 && steps < 4;) {
        /* 'اللقاء "الهام" الذي جمع': quotation marks around an adjective do not count. */
        if (st->units[k].kind == RW_U_PUNCT && quote_mark(st, k)) continue;
        steps++;
        if (!rw_is_event_trigger(st, k)) continue;
        const rw_lex_trigger *t = &st->lx->triggers[st->units[k].ref];
        if (t->tense == RW_VT_NOUN && (t->rel == RW_REL_MET || t->rel == RW_REL_PHONED))
            return (int)t->rel;
        break;
    }
    for (uint32_t k = p + 1; k < st->n_units && k <= p + 2; k++) {
        if (!rw_is_event_trigger(st, k)) continue;
        const rw_lex_trigger *t = &st->lx->triggers[st->units[k].ref];
        if (t->tense == RW_VT_NOUN && (t->rel == RW_REL_MET || t->rel == RW_REL_PHONED))
            return (int)t->rel;
    }
    /* "جمع الرئيس X، مساء الثلاثاء، Y، و Z، في لقاء ثلاثي": a verb that names those it
     * gathered and then the meeting after في, in its clause, gathers them in that meeting. */
    for (uint32_t k = p + 2; k < R && k < p + GATHERED_REACH; k++) {
        if (!rw_is_event_trigger(st, k)) continue;
        const rw_lex_trigger *t = &st->lx->triggers[st->units[k].ref];
        if (t->tense == RW_VT_NOUN && t->rel == RW_REL_MET && st->units[k - 1].kind == RW_U_WORD &&
            (st->units[k - 1].cls & RW_W_PREP) && !st->units[k - 1].pflags &&
            (st->units[k - 2].kind == RW_U_PUNCT || rw_in_mention(st, k - 2)))
            return RW_REL_MET;
        break;
    }
    /* "القمة الأولى التي استضافتها القاهرة في 24 مارس 2019، وجمعت X و Y": a verb with و in the
     * relative clause of a meeting noun gathers that meeting's parties (no person named between
     * them). */
    if (!(st->units[p].pflags & RW_P_CONJ)) return -1;
    for (uint32_t k = p, steps = 0; k-- > 1 && steps < 20; steps++) {
        if (rw_in_mention(st, k) && st->units[k].kind != RW_U_PLACE) return -1;
        if (st->units[k].kind != RW_U_WORD || !(st->units[k].cls & RW_W_RELATIVE)) continue;
        /* (past an adjective of the noun: "القمة الأولى التي") */
        uint32_t n = k - 1;
        if (!rw_is_event_trigger(st, n) && n > 0 && st->units[n].definite && !rw_in_mention(st, n))
            n--;
        if (!rw_is_event_trigger(st, n)) return -1;
        const rw_lex_trigger *t = &st->lx->triggers[st->units[n].ref];
        if (t->tense != RW_VT_NOUN || t->rel != RW_REL_MET) return -1;
        *relative = k;
        return RW_REL_MET;
    }
    return -1;
}

/* "اجتماع بين وزراء خارجية تونس والجزائر ومصر"، "لقاء ثلاثي بين X و Y و Z": a meeting noun with
 * بين right after it (over a `few` word) has its parties after بين, every pair of them, and no
 * subject before it. Returns -1 when there is no such بين, else whether the event has sides. */
/* How far after a meeting noun its بين may stand: the noun's adjectives and venue. */
#define BETWEEN_REACH 6

static int between_word(const rw_xstate *st, uint32_t k)
{
    /* (not with the side's ب: "اتصالا هاتفيا بكل من X و Y" names the guests, as مع does) */
    return st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_BETWEEN) &&
           !(st->units[k].pflags & RW_P_SIDE);
}

static int between_parties(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e)
{
    /* A verb with its meeting noun ("عقد لقاء بين X و Y") has them too: whoever held it between
     * them is no party ("استبعد بيسكوف عقد لقاء بين بوتين وأردوغان"). */
    if ((c->tr->tense != RW_VT_NOUN && st->units[c->p].ntok < 2) ||
        (c->tr->rel != RW_REL_MET && c->tr->rel != RW_REL_PHONED))
        return -1;
    /* "قمة ثلاثية بين"، "اجتماع مرتقب بين"، "لقاء مهم في مكتبي بين"، "اجتماعا رباعيا جرى أمس
     * بين": the noun's own words (a number of parties, a word of plan, an adjective, its venue,
     * the verb of its taking place) may stand before بين; a name, a title, another event, a new
     * clause or the other-side marker end the noun's phrase. */
    uint32_t k = c->p + 1, steps = 0;
    while (k < c->R && steps < BETWEEN_REACH && k <= c->p + 2 * BETWEEN_REACH &&
           !between_word(st, k)) {
        const rw_unit *u = &st->units[k];
        /* "برمج لـ"لقاء باريس" بين": the quotation marks around the noun's name. */
        if (u->kind == RW_U_PUNCT && quote_mark(st, k)) {
            k++;
            continue;
        }
        if (rw_took_place_at(st, k) == 2) {
            k += 2;
            steps += 2;
            continue;
        }
        /* "من اليوم": a side word before a time word is part of the noun's time. */
        int of_time = k + 1 < c->R && st->units[k + 1].kind == RW_U_WORD &&
                      (st->units[k + 1].cls & RW_W_BOUNDARY) && (u->cls & RW_W_PREP);
        if (u->kind == RW_U_ACTOR || u->kind == RW_U_TITLE || u->kind == RW_U_OFFICE ||
            u->kind == RW_U_TRIGGER || u->kind == RW_U_PUNCT ||
            (u->kind == RW_U_WORD && (u->cls & (RW_W_CLAUSE | RW_W_SIDE)) &&
             !(u->cls & RW_W_TOOK_PLACE) && !of_time))
            return -1;
        /* "اللقاء الذي جرى في وقت سابق من اليوم في موسكو بين": its time and venue, with their
         * prepositions, do not count against the reach. */
        if (!(u->kind == RW_U_PLACE ||
              (u->kind == RW_U_WORD && (u->cls & (RW_W_PREP | RW_W_BOUNDARY | RW_W_LATER)))))
            steps++;
        k++;
    }
    if (!(k < c->R && between_word(st, k))) return -1;
    /* "بعد لقاء كل من X و Y": كل من (also a side word) gives the parties only to the noun it is
     * in construct with - indefinite, right before it. "وضم الاجتماع كلا من X و Y" lists who
     * attended a meeting its host held. */
    if ((st->units[k].cls & RW_W_SIDE) && (k != c->p + 1 || st->units[c->p].definite)) return -1;
    uint32_t prev_end = k + 1;
    for (int i = 0; i < a->npost; i++) {
        const rw_pm *m = &st->pms[a->post[i]];
        if (m->unit <= k || m->kind == RW_PM_PLACE) continue;
        /* "بين وزيرة الشباب ماجدولين الشارني ورئيس النادي منصف خماخم": the و may stand on the
         * title before the name. */
        int joined = m->coord || m->unit <= k + 1 || e->na == 0;
        for (uint32_t v = prev_end; !joined && v < m->unit; v++)
            joined = (st->units[v].pflags & RW_P_CONJ) != 0;
        if (!joined) continue;
        rw_add_side(e->side_a, &e->na, m->ref);
        prev_end = m->unit_end;
    }
    return e->na >= 2;
}

/* A summit (قمة) is a meeting of many: its pairs count only when it is one of few
 * ("قمة ثلاثية") or names its parties after بين. */
static int few_parties(const rw_xstate *st, const rw_clause *c)
{
    for (uint32_t k = c->p + 1; k < c->R && k <= c->p + 2; k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & (RW_W_FEW | RW_W_BETWEEN)))
            return 1;
    return 0;
}

/* "وعقد الرئيس X قمة افتراضية مع الرئيس Y": an indefinite summit with a subject before it and
 * its other side marked right after it (over an adjective) is a meeting of those two. */
static int summit_with(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    if (st->units[c->p].definite || !a->npre || a->marker != 0) return 0;
    uint32_t k = st->pms[a->post[0]].unit;
    return k > 0 && k <= c->p + 3 && rw_has_word(st, k - 1, k, RW_W_SIDE);
}

/* بحث، ناقش (the `discuss` frame): the other side comes only after مع/بـ, with those coordinated
 * with it ("بحث X مع Y و Z الوضع في ليبيا": the situation is the topic). Without a marker, a
 * coordinated subject discussed together ("بحث الرئيس الفرنسي ونظيره المصري ...") and a pair
 * word names the sides already met; anything else is a topic ("بحث الرئيسان الحرب على داعش"
 * names no one more, "بحثت دراسات قليلة في ..." is research). */
static int sides_discuss(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e)
{
    /* "بأن الاجتماع ناقش عديد المقترحات"، "وتناول اللقاء ...": what a meeting discussed is no
     * new meeting, and its sides are the ones that meeting had. */
    if ((c->p > 0 && rw_meeting_noun(st, c->p - 1)) ||
        (c->p + 1 < st->n_units && rw_meeting_noun(st, c->p + 1)))
        return 0;
    /* "ناقشه الشرع مع قادة دوليين، من بينهم الرئيس ترامب": the other side is the first person
     * after the marker word, even when the word itself is followed by no mention. */
    /* (... not one past a word of what came before, or of a topic: "بحث المجلس برئاسة X ملف
     * رفع اسم السودان من القائمة، عقب إعلان الرئيس Y" - Y's announcement, no side) */
    for (uint32_t k = c->p + 1; k < c->R; k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_SIDE)) {
            for (int i = 0; i < a->npost && i < (a->marker < 0 ? a->npost : a->marker); i++)
                if (st->pms[a->post[i]].unit > k) {
                    if (!rw_has_word(st, k + 1, st->pms[a->post[i]].unit,
                                     RW_W_FOLLOWING | RW_W_TOPIC))
                        a->marker = i;
                    break;
                }
            break;
        }
    if (a->marker < 0) {
        int together = (a->npre >= 2 && rw_coordinated(st, a->pre, a->npre)) ||
                       (!a->npre && a->npost >= 2 && rw_coordinated(st, a->post, a->npost)) ||
                       (a->npre && rw_has_word(st, c->L, c->p, RW_W_PAIR));
        if (!together) return 0;
        return sides_meeting(st, c, a, e);
    }
    /* The marked side and the mentions coordinated with it; the rest after it are topics. */
    int n = a->marker + 1;
    while (n < a->npost && st->pms[a->post[n]].coord) n++;
    a->npost = n;
    return sides_meeting(st, c, a, e);
}

/* "وضم الاجتماع كلا من X و Y و Z"، "وشارك في الاجتماع كل من وزراء ... X و Y": a meeting noun
 * that a verb of inclusion or taking part governs has the list after it for its parties, every
 * pair of them, with the host of the meeting just told if there was one. Returns -1 when the
 * noun has no such verb, else whether the event has sides. */
static int listed_parties(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e)
{
    uint32_t p = c->p;
    if (c->tr->tense != RW_VT_NOUN || c->tr->rel != RW_REL_MET || !st->units[p].definite ||
        rw_possessive(st, p) || p == 0)
        return -1;
    int including = rw_is_event_trigger(st, p - 1) &&
                    st->lx->triggers[st->units[p - 1].ref].frame == RW_FRAME_MEMBER;
    int taking_part = p >= 2 && st->units[p - 1].kind == RW_U_WORD &&
                      (st->units[p - 1].cls & RW_W_PREP) && (st->units[p - 2].cls & RW_W_PARTICIPATE);
    if (!including && !taking_part) return -1;
    /* The meeting told just before ("عقد اليوم X اجتماعا مع الأطراف ... وضم الاجتماع"), and
     * its host with it. */
    if (st->told_host >= 0 && st->told_sentence < st->sentence && st->told_sentence + 2 >= st->sentence)
        rw_add_side(e->side_a, &e->na, st->told_host);
    return all_parties(st, a, e);
}

/* "انطلقت بالخرطوم أمس اجتماعات وزراء الخارجية ...، بمشاركة A، و B، و C": a noun of taking
 * part (words.tsv `participate`) after a meeting noun of its sentence that named no party, with
 * no person named before it in its clause, lists the meeting's parties - every one a person, a
 * few of them, two at least named - who met each other; unless the sentence told a meeting of its
 * own already. */
static int participants_meet(const rw_xstate *st, const rw_clause *c, const rw_args *a)
{
    uint32_t p = c->p;
    if (c->tr->rel != RW_REL_ATTENDED || !(st->units[p].cls & RW_W_PARTICIPATE) || a->npost < 2 ||
        a->npost > 8 || a->marker >= 0)
        return 0;
    for (int i = 0; i < a->npre; i++) /* (a plural title naming no one may stand there) */
        if (named_person_pm(st, &st->pms[a->pre[i]])) return 0;
    int named = 0; /* (a title naming no one the engine knows is a party it cannot name) */
    for (int i = 0; i < a->npost; i++) {
        const rw_pm *m = &st->pms[a->post[i]];
        if (!person_pm(st, m)) return 0;
        named += m->ref >= 0;
    }
    if (named < 2) return 0;
    for (size_t i = st->n_ev; i-- > 0 && st->ev[i].sentence == st->sentence;)
        if (st->ev[i].rel == RW_REL_MET) return 0;
    uint32_t k = p;
    while (k-- > 0 && !rw_meeting_noun(st, k))
        if (rw_is_event_trigger(st, k)) return 0;
    if (k >= p) return 0;
    for (size_t i = 0; i < st->n_pms; i++) /* (no party named between: places may be) */
        if (st->pms[i].unit > k && st->pms[i].unit < p && named_person_pm(st, &st->pms[i]))
            return 0;
    return 1;
}

/* انضم (the `join` frame): "وانضم إلى اللقاء X"، "ثم انضم إليهما رئيس الوزراء X": with إلى
 * (words.tsv `toward`) and a meeting noun right after the verb, or إلى with the pronoun of those
 * who met (`to_them`), the ones who joined - named after it, or before it - meet the parties of
 * the last meeting told as held in this sentence or the two before it, and each other. Joining
 * anything else (a party, a government, an alliance) is no event. */
static int sides_join(const rw_xstate *st, const rw_clause *c, rw_args *a, rw_event *e)
{
    uint32_t p = c->p;
    if (p + 1 >= c->R) return 0;
    const rw_unit *to = &st->units[p + 1];
    int meeting = rw_has_word(st, p + 1, p + 2, RW_W_TOWARD) && p + 2 < c->R &&
                  rw_meeting_noun(st, p + 2) && st->units[p + 2].definite;
    int pronoun = to->ntok == 1 && to->kind == RW_U_WORD && (to->cls & RW_W_TO_THEM);
    if (!meeting && !pronoun) return 0;
    /* (those who joined: named after the verb and joined by و, else the one right before it) */
    int joiners[RW_MAX_SIDE], nj = 0;
    for (int i = 0; i < a->npost && (!nj || st->pms[a->post[i]].coord); i++)
        if (named_person_pm(st, &st->pms[a->post[i]]))
            rw_add_side(joiners, &nj, st->pms[a->post[i]].ref);
    if (!nj && a->npre && named_person_pm(st, &st->pms[a->pre[a->npre - 1]]))
        rw_add_side(joiners, &nj, st->pms[a->pre[a->npre - 1]].ref);
    if (!nj) return 0;
    for (size_t i = st->n_ev; i-- > 0;) {
        const rw_event *pv = &st->ev[i];
        if (pv->sentence + 2 < st->sentence) break;
        if (pv->rel != RW_REL_MET || pv->na + pv->nb < 2 ||
            (e->modality == RW_MOD_ASSERTED && pv->modality != RW_MOD_ASSERTED))
            continue;
        for (int k = 0; k < pv->na; k++)
            rw_add_side(e->side_a, &e->na, pv->side_a[k]);
        for (int k = 0; k < pv->nb; k++)
            rw_add_side(e->side_a, &e->na, pv->side_b[k]);
        /* (one meeting of all: the ones who joined together met each other too) */
        int before = e->na;
        for (int k = 0; k < nj; k++)
            rw_add_side(e->side_a, &e->na, joiners[k]);
        if (e->na == before) return 0;
        /* (where they met, unless the clause names a place of its own) */
        for (int k = 0; k < pv->nplaces && !a->nplaces; k++)
            e->places[e->nplaces++] = pv->places[k];
        return 1;
    }
    return 0;
}

/* Whether a meeting's trigger stands before unit p in its sentence, no other event between. */
static int meeting_noun_before(const rw_xstate *st, uint32_t p)
{
    for (uint32_t k = p; k-- > 0;)
        if (rw_is_event_trigger(st, k)) return st->lx->triggers[st->units[k].ref].rel == RW_REL_MET;
    return 0;
}

static int sides_of_frame(const rw_xstate *st, const rw_clause *c, const rw_args *args, rw_event *e,
                          int *host)
{
    rw_args a = *args; /* a frame may narrow the arguments down */
    *host = INT_MIN;
    int rc = between_parties(st, c, &a, e);
    if (rc >= 0) return rc;
    rc = listed_parties(st, c, &a, e);
    if (rc >= 0) return rc;
    if (participants_meet(st, c, &a)) {
        for (int i = 0; i < a.npost; i++)
            if (st->pms[a.post[i]].ref >= 0) rw_add_side(e->side_a, &e->na, st->pms[a.post[i]].ref);
        e->rel = RW_REL_MET;
        return e->na >= 2;
    }
    /* "عقد X لقاء موسعا مع ممثلي القوى السياسية، شارك فيه A و B": a verb of taking part (words.tsv
     * participate) with the pronoun of a meeting its sentence told before it (فيه) names that
     * meeting's parties, who met its holder - the sentence's first person - and each other. */
    if (c->tr->rel == RW_REL_ATTENDED && c->tr->tense == RW_VT_PAST && a.npost &&
        (st->units[c->p].cls & RW_W_PARTICIPATE) &&
        rw_has_word(st, c->p + 1, c->p + 2, RW_W_IN_WHICH) && meeting_noun_before(st, c->p)) {
        int holder = first_named_person(st, 6, c->p);
        for (int i = 0; i < a.npost && holder != RW_NO_SPEAKER; i++)
            if (st->pms[a.post[i]].ref == holder) holder = RW_NO_SPEAKER;
        if (holder == RW_NO_SPEAKER) return 0;
        rw_add_side(e->side_a, &e->na, holder);
        for (int i = 0; i < a.npost; i++)
            if (person_pm(st, &st->pms[a.post[i]]))
                rw_add_side(e->side_b, &e->nb, st->pms[a.post[i]].ref);
        e->rel = RW_REL_MET;
        e->implicit = 1;
        return e->nb > 0;
    }
    switch (c->tr->frame) {
    case RW_FRAME_SUMMIT:
        return few_parties(st, c) || summit_with(st, c, &a) ? sides_meeting(st, c, &a, e) : 0;
    case RW_FRAME_GATHER: {
        uint32_t relative;
        int rel = gathered_noun(st, c->p, c->R, &relative);
        if (rel < 0) return 0;
        e->rel = (rw_rel)rel;
        int rc = sides_meeting(st, c, &a, e);
        /* (the meeting's venue is the one its relative clause names: "التي استضافتها القاهرة") */
        for (size_t i = 0; rc > 0 && relative && i < st->n_pms && !e->nplaces; i++)
            if (st->pms[i].kind == RW_PM_PLACE && st->pms[i].unit > relative &&
                st->pms[i].unit < c->p && st->pms[i].ref >= 0)
                e->places[e->nplaces++] = st->pms[i].ref;
        return rc;
    }
    case RW_FRAME_EVENT:
        if (c->tr->rel == RW_REL_VISITED || c->tr->rel == RW_REL_ATTENDED)
            return sides_travel(st, c, &a, e, host);
        return sides_meeting(st, c, &a, e);
    case RW_FRAME_MOTION:
        return goal_of_motion(st, c, &a) ? sides_travel(st, c, &a, e, host) : 0;
    case RW_FRAME_ARRIVE: {
        if (!goal_of_arrival(st, c, &a)) return 0;
        int rc = sides_travel(st, c, &a, e, host);
        return rc > 0 && e->implicit ? 0 : rc;
    }
    case RW_FRAME_DISCUSS:
        return sides_discuss(st, c, &a, e);
    case RW_FRAME_TALK: /* a call only when a phone word in the clause said so (rw_relations) */
        return e->rel == RW_REL_PHONED ? sides_discuss(st, c, &a, e) : 0;
    case RW_FRAME_PAIR:
        return sides_pair(st, c, &a, e);
    case RW_FRAME_CHAIR:
    case RW_FRAME_LEAD:
        return sides_chair(st, c, &a, e);
    case RW_FRAME_MEMBER:
    case RW_FRAME_LIST:
        return sides_member(st, c, &a, e);
    case RW_FRAME_JOIN:
        return sides_join(st, c, &a, e);
    default:
        return 0;
    }
}

/* Removes the organisations from the n entities of side. */
static void drop_bodies(const rw_xstate *st, int *side, int *n)
{
    int k = 0;
    for (int i = 0; i < *n; i++)
        if (side[i] < 0 || st->x->entities[side[i]].kind != RW_KIND_ORG) side[k++] = side[i];
    *n = k;
}

/* Whether one of the n entities of side is an organisation. */
static int side_has_body(const rw_xstate *st, const int *side, int n)
{
    for (int i = 0; i < n; i++)
        if (side[i] >= 0 && st->x->entities[side[i]].kind == RW_KIND_ORG) return 1;
    return 0;
}

int rw_sides(const rw_xstate *st, const rw_clause *c, const rw_args *args, rw_event *e, int *host)
{
    /* "اقتصر الأمر على اتصال هاتفي من بنغازي للإعلام بتواجد وفد حزبي لمقابلة المشير": a call
     * noun with no subject before it, no pronoun and no one after مع، ب or من names no caller
     * and no one called; those after it are what the call was about (a pair word before it,
     * "وكان الرئيسان قد أجريا اتصالا", names the two who called each other). */
    if (c->tr->rel == RW_REL_PHONED && c->tr->tense == RW_VT_NOUN && !args->npre &&
        args->marker < 0 && !rw_possessive(st, c->p) &&
        !rw_has_word(st, c->p + 1, c->R, RW_W_BETWEEN) && !pronoun_side_after(st, c->p) &&
        !pair_subject_persons(st, c, args, (int[2]){0, 0}))
        return 0;
    int rc = sides_of_frame(st, c, args, e, host);
    /* "والتقى خلال زيارته لنيويورك للمشاركة في أعمال الجمعية العامة"، "وتناول اللقاء دور منظمة
     * التعاون الإسلامي": persons meet and call, and the delegations that carry them; a body
     * named in the clause is where they went, what was discussed or whom they belong to. */
    if (rc > 0 && (e->rel == RW_REL_MET || e->rel == RW_REL_PHONED)) {
        int before = e->na + e->nb;
        drop_bodies(st, e->side_a, &e->na);
        drop_bodies(st, e->side_b, &e->nb);
        if (e->na + e->nb < before && e->na + e->nb < 2) return 0;
    }
    /* A relative without a name took a side ("سيجتمع والد ميسي مع ..."): a subject the engine
     * would supply from the clause before is not the one who met. */
    if (rc > 0 && args->unnamed && e->implicit) return 0;
    /* ... nor when the verb's own subject stands right after it, a title in construct the engine
     * read no one in ("وصل رئيس الاتحاد الآسيوي لكرة القدم "AFC" الكوري الجنوبي X إلى الدوحة";
     * "أن يزور الوزير غدا" names the minister of before). */
    if (rc > 0 && e->implicit && c->tr->tense != RW_VT_NOUN && c->p + 1 < st->n_units &&
        unread_title(st, c->p + 1))
        return 0;
    /* "اتصل بتنظيم داعش": a verb of calling with no phone word in its sentence is a call only
     * between persons; with an organisation it is a contact, no call. */
    if (rc > 0 && e->rel == RW_REL_PHONED && c->tr->tense != RW_VT_NOUN && !st->phone_word &&
        (side_has_body(st, e->side_a, e->na) || side_has_body(st, e->side_b, e->nb)))
        return 0;
    return rc;
}
