/*
 * modality.c - whether a trigger's event happened; see modality.h.
 */
#include "extract/modality.h"

/* Whether a verb of denial before trigger p covers it (see modality_of). */
static int denied_at(const rw_xstate *st, uint32_t p, int depth)
{
    const rw_unit *u = &st->units[p];
    const rw_lex_trigger *t = &st->lx->triggers[u->ref];
    if ((u->pflags & RW_P_CONJ) && t->tense != RW_VT_NOUN) return 0;
    int clause_between = 0;
    for (uint32_t k = p, steps = 0; k-- > 0; steps++) {
        const rw_unit *v = &st->units[k];
        /* "نفى أن يكون التقى X أو أن يكون اجتمع بـ Y": a second complement of the same denial. */
        if (rw_is_event_trigger(st, k))
            return clause_between && depth < 4 && denied_at(st, k, depth + 1);
        if (v->kind != RW_U_WORD) continue;
        if ((v->cls & RW_W_DENIED) && (steps < 10 || clause_between)) return 1;
        if (v->cls & RW_W_CLAUSE) clause_between = 1;
    }
    return 0;
}

rw_modality rw_modality_of(const rw_xstate *st, uint32_t p)
{
    const rw_unit *u = &st->units[p];
    const rw_lex_trigger *t = &st->lx->triggers[u->ref];
    rw_modality m = t->modality;
    if (m == RW_MOD_ASSERTED && (u->pflags & (RW_P_FUTURE | RW_P_PURPOSE))) m = RW_MOD_PLANNED;
    /* A verb of denial reaches over its complement clause ("نفى أن يكون فلان قد التقى"), and
     * past ten words only through a clause word ("نفى مصدر ... ما تداولته وسائل الإعلام عن أن
     * يكون فلان قد التقى ..."), back to the previous event. A verb coordinated by و opens a
     * clause of its own ("نفى ... التقارير، والتقى لاحقا"). */
    if (denied_at(st, p, 0)) return RW_MOD_NEGATED;
    /* "التقى X Y ..., وهو ما نفته طهران لاحقا": a denial of it later in the sentence. */
    for (uint32_t k = p + 1; k < st->n_units && !rw_is_event_trigger(st, k); k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_DENIED) &&
            (st->units[k].suffix == RW_SUF_PRONOUN || rw_possessive(st, k)))
            return RW_MOD_NEGATED;
    /* "اللقاء المرتقب", "الزيارة المقبلة": an announced event. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p + 1 < st->n_units &&
        st->units[p + 1].kind == RW_U_WORD && (st->units[p + 1].cls & RW_W_PLANNED))
        m = RW_MOD_PLANNED;
    for (uint32_t k = p, steps = 0; k-- > 0 && steps < 6; steps++) {
        const rw_unit *v = &st->units[k];
        if (rw_is_event_trigger(st, k)) break;
        if (v->kind != RW_U_WORD) continue;
        if ((v->cls & RW_W_NEGATED) && steps < 3) return RW_MOD_NEGATED;
        if ((v->cls & RW_W_PLANNED) && m == RW_MOD_ASSERTED) m = RW_MOD_PLANNED;
    }
    return m;
}
