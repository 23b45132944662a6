/*
 * relations.c - trigger frames to events, events to facts.
 *
 * The argument rules (see relations.h and docs/lexicons.md, "Trigger frames"):
 *   - The clause of a trigger runs from the previous clause word or trigger to the next one.
 *   - Subject-first (SVO: "X التقى Y"): side A is every participant before the trigger, side B
 *     every one after it. Verb-first (VSO: "التقى X مع Y", "استقبل X Y"): a side marker (مع,
 *     ب) opens side B; without one, the first participant is side A and the rest side B. When
 *     side A is empty but side B is marked ("حيث التقى مع نظيره"), the subject is the previous
 *     clause's (pro-drop), at a lower confidence.
 *   - A verb-first meeting whose first argument is a place ("استقبلت دمشق وفدا") is a visit by
 *     the guests to that place.
 *   - A pair frame (التقيا، يتصافحان) with two or more participants before it pairs them all.
 *   - A visit's travellers are the participants before the trigger, else after it, else the
 *     nearest person before it in the sentence (the possessor of "زياراته"), else the previous
 *     subject; its places are the place after the trigger and places coordinated with it.
 *   - Modality: the trigger's own (its data line), a future or purpose proclitic on it (سـ، لـ),
 *     a planned word (من المقرر أن، يعتزم) within six units before, a negation within two, a verb
 *     of denial (نفى أن يكون ... التقى) within ten.
 * At the end of the article role placeholders are resolved, delegations expanded to their
 * leaders and members, meetings without a place or date take those of the visit they belong to,
 * and duplicate facts are merged.
 */
#include "extract/relations.h"

#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"

#define CONF_LEXICON 0.9f
#define CONF_CONTEXT 0.8f
#define CONF_INFERRED 0.6f
#define CONF_WEAK_NAME 0.5f /* a participant named only by the shape of an unknown word */

static int is_event_trigger(const rw_xstate *st, uint32_t u)
{
    return st->units[u].kind == RW_U_TRIGGER &&
           st->lx->triggers[st->units[u].ref].frame != RW_FRAME_ALIAS;
}

static int is_dash(const rw_xstate *st, uint32_t u)
{
    if (st->units[u].kind != RW_U_PUNCT) return 0;
    const rw_token *t = &st->tk->v[st->units[u].tok];
    size_t n = t->end - t->start;
    const char *s = st->text + t->start;
    return (n == 1 && *s == '-') ||
           (n == 3 && (memcmp(s, "\xe2\x80\x93", 3) == 0 || memcmp(s, "\xe2\x80\x94", 3) == 0));
}

/* "ولي العهد رئيس مجلس الوزراء - حفظه الله - في مكتبه": a short aside of plain words between two
 * dashes is no clause boundary (a dateline's "- وام -" names an agency and still is one). */
static int aside_dash(const rw_xstate *st, uint32_t u)
{
    for (int dir = -1; dir <= 1; dir += 2) {
        int words = 0;
        for (long k = (long)u + dir; k >= 0 && k < (long)st->n_units && words <= 4; k += dir) {
            if (is_dash(st, (uint32_t)k)) {
                if (words) return 1;
                break;
            }
            if (st->units[k].kind != RW_U_OTHER) break;
            words++;
        }
    }
    return 0;
}

static int is_clause(const rw_xstate *st, uint32_t u)
{
    return (st->units[u].kind == RW_U_WORD || st->units[u].kind == RW_U_PUNCT) &&
           (st->units[u].cls & RW_W_CLAUSE) && !(is_dash(st, u) && aside_dash(st, u));
}

rw_tense rw_relations_sentence_tense(const rw_xstate *st)
{
    for (uint32_t u = 0; u < st->n_units; u++)
        if (is_event_trigger(st, u)) {
            const rw_lex_trigger *t = &st->lx->triggers[st->units[u].ref];
            if (t->modality == RW_MOD_PLANNED || t->tense == RW_VT_FUTURE ||
                (st->units[u].pflags & RW_P_FUTURE))
                return RW_TENSE_FUTURE;
            if (t->tense == RW_VT_PAST) return RW_TENSE_PAST;
        }
    return RW_TENSE_PAST;
}

/* Whether the place at unit u is introduced by a preposition: its own proclitic, or a
 * preposition before it across at most three title-like words ("إلى العاصمة الروسية موسكو"). */
static int introduced(const rw_xstate *st, uint32_t u, uint32_t trigger)
{
    if (st->units[u].prefix_len) return 1;
    for (uint32_t k = u, steps = 0; k-- > trigger + 1 && steps < 4; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_PREP)) return 1;
        if (v->prefix_len && v->kind != RW_U_PLACE) return 1;
        if (!(v->kind == RW_U_NISBA || (v->kind == RW_U_OTHER && v->definite))) return 0;
    }
    return 0;
}

/* Whether the trigger word carries an attached pronoun (زيارته، زيارتها، زيارتهما): the source
 * letter ه, never the folded ة, ends it, or the analyser removed a pronoun. */
static int possessive(const rw_xstate *st, uint32_t p)
{
    const rw_unit *u = &st->units[p];
    if (u->suffix == RW_SUF_PRONOUN) return 1;
    return rw_mentions_written_pronoun(st, u->tok + u->ntok - 1);
}

/* Whether the place mention at unit u completes the title of the person named before it, Gulf
 * style ("بدر عبد العاطي وزير الخارجية والهجرة ... في جمهورية مصر العربية"): walking back over
 * prepositions and title complements reaches an office or title head without crossing
 * punctuation, a trigger or a name. Such a country says whose minister, not where the event
 * was. Only countries and regions are read so ("في القاهرة" after a title is still where it
 * happened), and cities in construct with the title ("محافظ البصرة"). */
static int title_place(const rw_xstate *st, uint32_t u)
{
    if (st->units[u].kind != RW_U_PLACE) return 0;
    rw_place_kind pk = st->lx->places[st->units[u].ref].kind;
    /* A city in construct with a title ("محافظ بغداد"، "رئيس بلدية باريس") is part of it. */
    if (pk == RW_PLACE_CITY && u > 0 && !st->units[u].prefix_len &&
        (st->units[u - 1].kind == RW_U_OFFICE || st->units[u - 1].kind == RW_U_TITLE ||
         (st->units[u - 1].kind == RW_U_WORD && (st->units[u - 1].cls & RW_W_INSTITUTION))))
        return 1;
    if (pk != RW_PLACE_COUNTRY && pk != RW_PLACE_REGION) return 0;
    /* "وزراء خارجية مصر بدر عبد العاطي والأردن أيمن الصفدي": a coordinated country between two
     * names is the next one's. */
    int person_before = 0, person_after = 0;
    for (size_t i = 0; i < st->n_pms; i++) {
        if (st->pms[i].kind == RW_PM_PLACE) continue;
        if (st->pms[i].unit_end == u) person_before = 1;
        if (st->pms[i].unit == u + 1) person_after = 1;
    }
    if ((st->units[u].pflags & RW_P_CONJ) && person_before && person_after) return 1;
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 10; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_OFFICE || v->kind == RW_U_TITLE) return 1;
        if (v->kind == RW_U_PUNCT || v->kind == RW_U_TRIGGER || v->kind == RW_U_ACTOR ||
            v->kind == RW_U_NUMBER)
            return 0;
        if (v->kind == RW_U_WORD && (v->cls & RW_W_CLAUSE)) return 0;
        /* Inside a person's mention: the place completes it when the mention has its title. */
        for (size_t i = 0; i < st->n_pms; i++)
            if (st->pms[i].kind != RW_PM_PLACE && k >= st->pms[i].unit && k < st->pms[i].unit_end) {
                for (uint32_t w = st->pms[i].unit; w <= k; w++)
                    if (st->units[w].kind == RW_U_OFFICE || st->units[w].kind == RW_U_TITLE)
                        return 1;
                return 0;
            }
    }
    return 0;
}

/* Whether a place entity is a venue of the lexicon (قصر الحسينية), not a city or country. */
static int place_is_venue(const rw_xstate *st, int ent)
{
    const char *key = st->x->entities[ent].key;
    if (!key || strncmp(key, "place:", 6) != 0) return 0;
    int pl = rw_lexicon_place_by_id(st->lx, key + 6);
    return pl >= 0 && st->lx->places[pl].kind == RW_PLACE_VENUE;
}

/* Whether the place mention at unit u, after a meeting's trigger, is not where it happened: a
 * goal, source or beneficiary ("دعم بلاده للبنان"، "قادماً من باريس") or a topic ("بحثا الأوضاع
 * في غزة"). */
static int topic_place(const rw_xstate *st, uint32_t u)
{
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 4; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_TOPIC)) return 1;
        /* "جولة تشمل الدوحة وأبوظبي": coordinated with a listed place */
        if (v->kind == RW_U_PLACE && k + 1 == u && (st->units[u].pflags & RW_P_CONJ))
            return topic_place(st, k);
        if (v->kind == RW_U_PUNCT || v->kind == RW_U_TRIGGER || v->kind == RW_U_ACTOR) return 0;
    }
    return 0;
}

static int not_venue(const rw_xstate *st, uint32_t u)
{
    if (st->units[u].pflags & RW_P_PURPOSE) return 1; /* the proclitic ل */
    if (u > 0 && st->units[u - 1].kind == RW_U_WORD && (st->units[u - 1].cls & RW_W_DIRECTION))
        return 1;
    /* "التعاون بين سوريا وهنغاريا", "إلى عمان والقاهرة": a place coordinated with a goal or a
     * topic is one too. */
    if (u > 0 && st->units[u - 1].kind == RW_U_PLACE && (st->units[u].pflags & RW_P_CONJ))
        return not_venue(st, u - 1);
    return topic_place(st, u);
}

/* Whether a unit in [u0, u1) is an engine word of class `cls`. */
static int has_word(const rw_xstate *st, uint32_t u0, uint32_t u1, unsigned cls)
{
    for (uint32_t k = u0; k < u1 && k < st->n_units; k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & cls)) return 1;
    return 0;
}

/* Whether mentions v[0..n) form one coordinated list: every one after the first joined by و. */
static int coordinated(const rw_xstate *st, const int *v, int n)
{
    if (n < 2) return 0;
    for (int i = 1; i < n; i++)
        if (!st->pms[v[i]].coord) return 0;
    return 1;
}

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
        if (is_event_trigger(st, k))
            return clause_between && depth < 4 && denied_at(st, k, depth + 1);
        if (v->kind != RW_U_WORD) continue;
        if ((v->cls & RW_W_DENIED) && (steps < 10 || clause_between)) return 1;
        if (v->cls & RW_W_CLAUSE) clause_between = 1;
    }
    return 0;
}

static rw_modality modality_of(const rw_xstate *st, uint32_t p)
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
    for (uint32_t k = p + 1; k < st->n_units && !is_event_trigger(st, k); k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_DENIED) &&
            (st->units[k].suffix == RW_SUF_PRONOUN || possessive(st, k)))
            return RW_MOD_NEGATED;
    /* "اللقاء المرتقب", "الزيارة المقبلة": an announced event. */
    if (m == RW_MOD_ASSERTED && t->tense == RW_VT_NOUN && p + 1 < st->n_units &&
        st->units[p + 1].kind == RW_U_WORD && (st->units[p + 1].cls & RW_W_PLANNED))
        m = RW_MOD_PLANNED;
    for (uint32_t k = p, steps = 0; k-- > 0 && steps < 6; steps++) {
        const rw_unit *v = &st->units[k];
        if (is_event_trigger(st, k)) break;
        if (v->kind != RW_U_WORD) continue;
        if ((v->cls & RW_W_NEGATED) && steps < 3) return RW_MOD_NEGATED;
        if ((v->cls & RW_W_PLANNED) && m == RW_MOD_ASSERTED) m = RW_MOD_PLANNED;
    }
    return m;
}

static void add_side(int *side, int *n, int ref)
{
    for (int i = 0; i < *n; i++)
        if (side[i] == ref) return;
    if (*n < 8) side[(*n)++] = ref;
}

/* Source text of tokens [t0, t1) of the sentence. */
static char *tok_text(const rw_xstate *st, uint32_t t0, uint32_t t1)
{
    const rw_token *a = &st->tk->v[t0], *b = &st->tk->v[t1 - 1];
    return strndup(st->text + a->start, b->end - a->start);
}

/* The date expression for a trigger at token `tok` in the clause [tl, tr): the nearest one in
 * the clause, else in the sentence. */
static const rw_date_expr *pick_date(const rw_date_expr *dx, size_t ndx, uint32_t tok, uint32_t tl,
                                     uint32_t tr)
{
    const rw_date_expr *best = NULL;
    long bestd = 0;
    for (int pass = 0; pass < 2 && !best; pass++)
        for (size_t i = 0; i < ndx; i++) {
            if (!pass && (dx[i].tok_start < tl || dx[i].tok_end > tr)) continue;
            long d = (long)dx[i].tok_start - (long)tok;
            if (d < 0) d = -d;
            if (!best || d < bestd) {
                best = &dx[i];
                bestd = d;
            }
        }
    return best;
}

/* Whether a trigger unit is a meeting's verbal noun (اجتماع، لقاء). */
static int meeting_noun(const rw_xstate *st, uint32_t u)
{
    if (!is_event_trigger(st, u)) return 0;
    const rw_lex_trigger *t = &st->lx->triggers[st->units[u].ref];
    return t->rel == RW_REL_MET && t->tense == RW_VT_NOUN;
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
            if (is_clause(st, k)) break;
            if (!is_event_trigger(st, k)) continue;
            if (st->units[k].cls & RW_W_PARTICIPATE) add_side(side, n, m->ref);
            if (!meeting_noun(st, k)) break;
        }
    }
}

int rw_relations_sentence(rw_xstate *st, const rw_date_expr *dx, size_t ndx)
{
    const rw_lexicon *lx = st->lx;
    for (uint32_t p = 0; p < st->n_units; p++) {
        if (!is_event_trigger(st, p)) continue;
        const rw_lex_trigger *tr = &lx->triggers[st->units[p].ref];
        /* "على هامش القمة": the meeting noun is the occasion of another event. */
        if (tr->tense == RW_VT_NOUN && has_word(st, p > 2 ? p - 2 : 0, p, RW_W_OCCASION)) continue;
        /* "حضر اللقاء A و B", "شارك في الاجتماع A و B": the meeting noun is what they attended,
         * not a meeting of theirs. */
        if (tr->tense == RW_VT_NOUN &&
            ((p > 0 && is_event_trigger(st, p - 1) &&
              lx->triggers[st->units[p - 1].ref].rel == RW_REL_ATTENDED) ||
             (p > 1 && is_event_trigger(st, p - 2) &&
              lx->triggers[st->units[p - 2].ref].rel == RW_REL_ATTENDED &&
              st->units[p - 1].kind == RW_U_WORD && (st->units[p - 1].cls & RW_W_PREP))))
            continue;
        uint32_t L = p, R = p + 1;
        /* "، والتقى X Y": a verb carrying و opens its own clause, verb first. */
        int own_clause = (st->units[p].pflags & RW_P_CONJ) && tr->tense != RW_VT_NOUN &&
                         tr->frame == RW_FRAME_EVENT;
        while (!own_clause && L > 0 && !is_event_trigger(st, L - 1) && !is_clause(st, L - 1))
            L--;
        /* "يتصافحان خلال اجتماعهما في قصر الكرملين": a verbal noun of the same relation
         * continues the clause. */
        for (;;) {
            while (R < st->n_units && !is_event_trigger(st, R) && !is_clause(st, R)) R++;
            /* ... and "مع وفد روسي برئاسة X، أمس في دمشق": a delegation's leader or members
             * are part of the meeting's clause. */
            const rw_lex_trigger *t2 = R < st->n_units && is_event_trigger(st, R) ? &lx->triggers[st->units[R].ref] : NULL;
            if (t2 && tr->frame != RW_FRAME_LEAD && tr->frame != RW_FRAME_MEMBER &&
                ((t2->rel == tr->rel && t2->tense == RW_VT_NOUN && tr->tense != RW_VT_NOUN) ||
                 t2->frame == RW_FRAME_LEAD ||
                 /* "حضر اللقاء X": the meeting noun is what was attended */
                 (tr->rel == RW_REL_ATTENDED && t2->rel == RW_REL_MET && t2->tense == RW_VT_NOUN))) {
                R++;
                continue;
            }
            break;
        }
        int pre[16], post[16], npre = 0, npost = 0;
        int place_after = -1, place_before = -1, first_after_kind = -1, first_after_ref = -1;
        int near_before = -1, sent_place_before = -1, sent_place_after = -1, blocked = 0;
        int near_set = 0; /* near_before holds a person (a placeholder's ref may be -1 too) */
        int marker = -1, first_after_introduced = 0;
        int places[4], nplaces = 0, last_place = -1;
        for (size_t i = 0; i < st->n_pms; i++) {
            const rw_pm *m = &st->pms[i];
            if (m->kind == RW_PM_PLACE && tr->rel != RW_REL_VISITED && title_place(st, m->unit))
                continue;
            if (m->kind == RW_PM_PLACE && tr->rel != RW_REL_VISITED &&
                (m->unit > p ? not_venue(st, m->unit) : topic_place(st, m->unit)))
                continue;
            /* "حاملا رسالة من الملك محمد السادس": the sender of a message is no party. */
            if (m->kind != RW_PM_PLACE && m->unit > p &&
                has_word(st, m->unit > 3 ? m->unit - 3 : 0, m->unit, RW_W_MESSAGE))
                continue;
            /* "على هامش أعمال الجمعية العامة": the occasion, not a participant. */
            if (m->kind != RW_PM_PLACE && m->ref >= 0 &&
                st->x->entities[m->ref].kind == RW_KIND_ORG &&
                has_word(st, m->unit > 3 ? m->unit - 3 : 0, m->unit, RW_W_OCCASION))
                continue;
            if (m->kind == RW_PM_PLACE) {
                if (m->unit < p) sent_place_before = m->ref;
                if (m->unit >= R && sent_place_after < 0 && !blocked) {
                    /* Past the clause, a place still belongs to this event until another
                     * meeting, visit or call is reported. */
                    for (uint32_t k = R; k < m->unit && !blocked; k++)
                        if (is_event_trigger(st, k)) {
                            rw_rel r2 = lx->triggers[st->units[k].ref].rel;
                            if (r2 == RW_REL_MET || r2 == RW_REL_PHONED || r2 == RW_REL_VISITED) blocked = 1;
                        }
                    if (!blocked) sent_place_after = m->ref;
                }
            } else if (m->unit < p && m->kind == RW_PM_PERSON &&
                       (m->ref < 0 || st->x->entities[m->ref].kind == RW_KIND_PERSON)) {
                near_before = m->ref;
                near_set = 1;
            }
            if (m->unit >= L && m->unit < p) {
                if (m->kind == RW_PM_PLACE) place_before = m->ref;
                else if (npre < 16) pre[npre++] = (int)i;
            } else if (m->unit > p && m->unit < R) {
                if (first_after_kind < 0) {
                    first_after_kind = m->kind;
                    first_after_ref = m->ref;
                    first_after_introduced = m->kind == RW_PM_PLACE && introduced(st, m->unit, p);
                }
                if (m->kind == RW_PM_PLACE) {
                    /* A visit's destination is introduced (إلى موسكو، بالعاصمة موسكو); a place
                     * right after the verb and before the travellers is the sender. */
                    /* ... but with the travellers named before the verb ("السوداني سيزور واشنطن
                     * ... تلبية لدعوة من ترامب") a bare place is the destination. */
                    if (tr->rel == RW_REL_VISITED && !npre && !introduced(st, m->unit, p) &&
                        i + 1 < st->n_pms && st->pms[i + 1].kind != RW_PM_PLACE &&
                        st->pms[i + 1].unit < R && !st->pms[i + 1].side)
                        continue;
                    /* Coordinated with the destination itself, not with any place after it ("إلى
                     * الرياض في مستهل جولة تشمل الدوحة وأبوظبي": Abu Dhabi is not reached yet). */
                    if (place_after < 0) {
                        place_after = m->ref;
                        places[nplaces++] = m->ref;
                        last_place = (int)i;
                    } else if (m->coord && nplaces < 4 && nplaces && last_place == (int)i - 1 &&
                               m->unit <= st->pms[i - 1].unit_end + 1) {
                        places[nplaces++] = m->ref;
                        last_place = (int)i;
                    }
                } else if (npost < 16) {
                    if (marker < 0 && m->side) marker = npost;
                    post[npost++] = (int)i;
                }
            }
        }
        if (rw_array_reserve((void **)&st->ev, &st->cap_ev, st->n_ev + 1, sizeof *st->ev)) return -1;
        rw_event *e = &st->ev[st->n_ev];
        memset(e, 0, sizeof *e);
        e->rel = tr->rel;
        /* "بحث X هاتفياً مع Y": a phone adverb in the clause makes the meeting a call. */
        for (uint32_t k = L; e->rel == RW_REL_MET && k < R; k++)
            if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_PHONE)) e->rel = RW_REL_PHONED;
        e->frame = tr->frame;
        e->tense = tr->tense;
        e->modality = modality_of(st, p);
        e->host_place = -1;
        e->background = has_word(st, L, R, RW_W_BACKGROUND);
        e->separate = has_word(st, L, R, RW_W_SEPARATE);
        /* "وصل X إلى دمشق في زيارة يلتقي خلالها Y": a present-tense meeting after a past
         * arrival in the same sentence is the visit's programme, still to come. */
        if (e->modality == RW_MOD_ASSERTED && tr->tense == RW_VT_PRESENT && tr->rel == RW_REL_MET)
            for (uint32_t k = 0; k < p; k++)
                if (is_event_trigger(st, k) &&
                    lx->triggers[st->units[k].ref].rel == RW_REL_VISITED &&
                    lx->triggers[st->units[k].ref].tense == RW_VT_PAST)
                    e->modality = RW_MOD_PLANNED;
        e->sentence = st->sentence;
        e->span = st->x->sentences[st->sentence];
        int ok = 0, host = INT_MIN;
        switch (tr->frame) {
        case RW_FRAME_EVENT:
        case RW_FRAME_GATHER:
            if (tr->rel == RW_REL_VISITED || tr->rel == RW_REL_ATTENDED) {
                int lim = marker >= 0 ? marker : npost;
                /* "خلال زيارته": a verbal noun with a pronoun is the visit of the one person
                 * named last. */
                if (tr->tense == RW_VT_NOUN && possessive(st, p) && npre > 1) {
                    int last = npre - 1;
                    for (int i = npre; i-- > 0;) {
                        int r = st->pms[pre[i]].ref;
                        if (r < 0 || st->x->entities[r].kind != RW_KIND_ORG) {
                            last = i;
                            break;
                        }
                    }
                    pre[0] = pre[last];
                    npre = 1;
                }
                /* "دعا X Y لزيارة P": Y is to visit, X is the host who invited him. */
                int inv = -1;
                for (uint32_t k = L; k < p && inv < 0; k++)
                    if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_INVITE))
                        inv = (int)k;
                if (tr->rel == RW_REL_VISITED && inv >= 0 && npre >= 2 &&
                    st->pms[pre[1]].unit > (uint32_t)inv) {
                    host = st->pms[pre[0]].ref;
                    for (int i = 1; i < npre; i++)
                        pre[i - 1] = pre[i];
                    npre--;
                }
                /* Travellers come before the verb when named first; those present are named
                 * after "بحضور" and "حضر اللقاء", before "... حضر" only when none follow. */
                int after_first = tr->rel == RW_REL_ATTENDED && lim > 0;
                if (npre && !after_first) for (int i = 0; i < npre; i++) add_side(e->side_a, &e->na, st->pms[pre[i]].ref);
                else for (int i = 0; i < lim; i++) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
                /* "... قبل أن يتوجه إلى باريس": right after a clause word the traveller is the
                 * main clause's subject, not the last person named. */
                if (!e->na && L > 0 && is_clause(st, L - 1) && st->last_subject >= 0 &&
                    tr->tense != RW_VT_NOUN) {
                    add_side(e->side_a, &e->na, st->last_subject);
                    e->implicit = 1;
                }
                if (!e->na && near_before != -1 && near_before >= 0) {
                    add_side(e->side_a, &e->na, near_before);
                    e->implicit = 1;
                }
                if (!e->na && st->last_subject >= 0) {
                    add_side(e->side_a, &e->na, st->last_subject);
                    e->implicit = 1;
                }
                /* Travellers are people or delegations; an organisation named beside them
                 * ("خطاباته في الأمم المتحدة وزياراته") is not one of them. */
                int people = 0;
                for (int i = 0; i < e->na; i++)
                    if (e->side_a[i] < 0 || st->x->entities[e->side_a[i]].kind != RW_KIND_ORG) people++;
                if (people && people < e->na) {
                    int k = 0;
                    for (int i = 0; i < e->na; i++)
                        if (e->side_a[i] < 0 || st->x->entities[e->side_a[i]].kind != RW_KIND_ORG)
                            e->side_a[k++] = e->side_a[i];
                    e->na = k;
                }
                if (tr->rel == RW_REL_VISITED) {
                    for (int i = 0; i < nplaces; i++) e->places[e->nplaces++] = places[i];
                    ok = e->na && e->nplaces;
                    /* "سيزور واشنطن تلبية لدعوة من الرئيس ترامب": the one who invited is the host.
                     */
                    for (uint32_t k = p + 1; host == INT_MIN && npre && k < R; k++)
                        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_INVITE))
                            for (int i = 0; i < npost; i++)
                                if (st->pms[post[i]].unit > k &&
                                    st->pms[post[i]].kind == RW_PM_PERSON) {
                                    host = st->pms[post[i]].ref;
                                    break;
                                }
                } else {
                    for (size_t i = st->n_ev; i-- > 0;)
                        if (st->ev[i].rel == RW_REL_MET && st->ev[i].na) {
                            add_side(e->side_b, &e->nb, st->ev[i].side_a[0]);
                            break;
                        }
                    ok = e->na && e->nb;
                }
                break;
            }
            /* met, phoned */
            if (!npre && first_after_kind == RW_PM_PLACE && tr->frame == RW_FRAME_EVENT &&
                tr->tense != RW_VT_NOUN && !first_after_introduced) {
                e->host_place = first_after_ref;
                for (int i = 0; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
                ok = e->nb > 0;
                break;
            }
            const rw_event *visit = st->n_ev ? &st->ev[st->n_ev - 1] : NULL;
            /* "يعقد الرئيسان وملك الأردن اجتماعا ثلاثيا": the pair word is the two sides of the
             * last meeting, and with the others named it is a multi-party meeting. */
            int pair_group = 0;
            if (npre && has_word(st, L, p, RW_W_PAIR)) {
                for (size_t i = st->n_ev; i-- > 0;) {
                    const rw_event *pv = &st->ev[i];
                    if (pv->sentence + 3 < st->sentence) break;
                    if (pv->rel != RW_REL_MET || !pv->na || !pv->nb) continue;
                    add_side(e->side_a, &e->na, pv->side_a[0]);
                    add_side(e->side_a, &e->na, pv->side_b[0]);
                    pair_group = 1;
                    break;
                }
            }
            if (!npre && tr->tense == RW_VT_NOUN && npost && marker <= 0 && possessive(st, p) &&
                (near_set || st->last_subject >= 0)) {
                /* "وأكد ولي العهد ... وذلك خلال استقباله Y": the possessor of the verbal noun is
                 * the last person named (else the previous clause's subject), Y the guest. */
                add_side(e->side_a, &e->na, near_set ? near_before : st->last_subject);
                for (int i = 0; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
                e->implicit = 1;
            } else if (!npre && own_clause && npost && marker < 0 && !has_word(st, p + 1, R, RW_W_SIDE) &&
                (st->units[p].suffix == RW_SUF_PRONOUN || possessive(st, p)) &&
                (near_before >= 0 || st->last_subject >= 0)) {
                /* "واستقبله X": the subject follows, the pronoun is the one named before. */
                for (int i = 0; i < npost; i++)
                    add_side(e->side_a, &e->na, st->pms[post[i]].ref);
                add_side(e->side_b, &e->nb, near_before >= 0 ? near_before : st->last_subject);
            } else if (npre && pair_group && !npost) {
                for (int i = 0; i < npre; i++) add_side(e->side_a, &e->na, st->pms[pre[i]].ref);
            } else if (npre) {
                e->na = 0;
                for (int i = 0; i < npre; i++)
                    add_side(e->side_a, &e->na, st->pms[pre[i]].ref);
                for (int i = 0; i < npost; i++)
                    add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
            } else if (npost && marker <= 0 && L > 0 && is_event_trigger(st, L - 1) &&
                       lx->triggers[st->units[L - 1].ref].rel == RW_REL_VISITED &&
                       ((visit && visit->sentence == st->sentence && visit->rel == RW_REL_VISITED &&
                         visit->na) ||
                        near_before >= 0)) {
                /* "يزور X القاهرة غدا للقاء Y", "بعد زيارة التقى خلالها Y": the visitors are the
                 * ones who meet. */
                if (visit && visit->sentence == st->sentence && visit->rel == RW_REL_VISITED &&
                    visit->na)
                    for (int i = 0; i < visit->na; i++)
                        add_side(e->side_a, &e->na, visit->side_a[i]);
                else
                    add_side(e->side_a, &e->na, near_before);
                for (int i = 0; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
            } else if (marker > 0) {
                for (int i = 0; i < marker; i++) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
                for (int i = marker; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
            } else if (marker == 0) {
                for (int i = 0; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
                /* "أن يكون قد اجتمع بـ Y": the subject is the previous clause's, else the last
                 * person this sentence named. */
                int subj = st->last_subject >= 0 ? st->last_subject : near_before;
                if (subj >= 0) {
                    add_side(e->side_a, &e->na, subj);
                    e->implicit = 1;
                }
            } else if (tr->frame == RW_FRAME_GATHER) {
                for (int i = 0; i < npost; i++) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
            } else if (npost >= 2 && L > 0 && is_clause(st, L - 1) &&
                       coordinated(st, post, npost) && st->last_subject >= 0) {
                /* "حيث التقى المرشد خامنئي والرئيس بزشكيان": one coordinated object list after
                 * a clause word; the subject is the previous clause's. */
                add_side(e->side_a, &e->na, st->last_subject);
                for (int i = 0; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
                e->implicit = 1;
            } else if (npost == 1 &&
                       ((L > 0 && is_clause(st, L - 1)) ||
                        (st->units[st->pms[post[0]].unit].cls & RW_W_COUNTERPART)) &&
                       st->last_subject >= 0) {
                /* "حيث التقى نظيره": after a clause word, or with a counterpart as its one
                 * argument, the verb's subject is the previous clause's. */
                add_side(e->side_a, &e->na, st->last_subject);
                add_side(e->side_b, &e->nb, st->pms[post[0]].ref);
                e->implicit = 1;
            } else if (npost >= 2 && coordinated(st, post, npost)) {
                /* "اجتمع X وY وZ": a meeting verb with a coordinated subject is reciprocal -
                 * they all met each other (every pair, below). */
                for (int i = 0; i < npost; i++) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
            } else if (npost) {
                add_side(e->side_a, &e->na, st->pms[post[0]].ref);
                for (int i = 1; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
            }
            /* A meeting needs its other side; جمع pairs a list among itself, and so does a
             * meeting of coordinated parties ("عقد X و Y و Z قمة ثلاثية") - unless the other side
             * is marked and names nobody: "وصول A و B ... لإجراء مباحثات مع المسؤولين الروس" are
             * travellers together, not a meeting of A with B. */
            ok = (e->na && e->nb) ||
                 (!e->nb && e->na >= 2 && !(npre && !npost && has_word(st, p + 1, R, RW_W_SIDE)) &&
                  (tr->frame == RW_FRAME_GATHER || pair_group ||
                   coordinated(st, npre ? pre : post, npre ? npre : npost)));
            break;
        case RW_FRAME_PAIR:
            /* "التقى X Y وناقشا": after another trigger the pair is that event's sides. */
            if (L > 0 && is_event_trigger(st, L - 1)) break;
            if (npre >= 2 || (npre == 0 && npost >= 2)) {
                int *v = npre ? pre : post, n = npre ? npre : npost;
                for (int i = 0; i < n; i++) add_side(e->side_a, &e->na, st->pms[v[i]].ref);
            } else if (npre == 1 && npost) {
                add_side(e->side_a, &e->na, st->pms[pre[0]].ref);
                for (int i = 0; i < npost; i++) add_side(e->side_b, &e->nb, st->pms[post[i]].ref);
            }
            ok = (e->na && e->nb) || (!e->nb && e->na >= 2);
            break;
        case RW_FRAME_CHAIR:
        case RW_FRAME_LEAD: {
            /* "ترأس X الاجتماع بمشاركة B و C", "اجتماع ترأسه X وشارك فيه B و C": the chair
             * meets the participants (and they one another, as in any multi-party meeting). */
            if (tr->frame == RW_FRAME_CHAIR || (p > 0 && meeting_noun(st, p - 1))) {
                int chair = INT_MIN;
                for (int i = 0; i < npost && chair == INT_MIN; i++)
                    if (st->pms[post[i]].kind == RW_PM_PERSON) chair = st->pms[post[i]].ref;
                for (int i = npre; i-- > 0 && chair == INT_MIN;)
                    if (st->pms[pre[i]].kind == RW_PM_PERSON) chair = st->pms[pre[i]].ref;
                if (chair != INT_MIN) participants(st, R, e->side_b, &e->nb);
                if (chair != INT_MIN && e->nb) {
                    e->rel = RW_REL_MET;
                    add_side(e->side_a, &e->na, chair);
                    ok = 1;
                    break;
                }
                e->nb = 0;
                /* "ترأس X الاجتماع" alone says nothing about a meeting with anyone; "ترأس X
                 * وفد بلاده" is a delegation's lead, read below. */
                if (tr->frame == RW_FRAME_CHAIR) e->rel = RW_REL_LEADS;
            }
            int group = -1;
            if (tr->frame == RW_FRAME_CHAIR) { /* the delegation is the verb's object */
                for (int i = 0; i < npost && group < 0; i++)
                    if (st->pms[post[i]].kind == RW_PM_GROUP) group = st->pms[post[i]].ref;
                if (group < 0) break;
            }
            for (size_t i = 0; i < st->n_pms && tr->frame != RW_FRAME_CHAIR; i++)
                if (st->pms[i].kind == RW_PM_GROUP && st->pms[i].unit < p) group = st->pms[i].ref;
            if (group < 0) group = st->last_group;
            for (int i = 0; i < npost && !e->na; i++)
                if (st->pms[post[i]].kind == RW_PM_PERSON) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
            if (group >= 0) add_side(e->side_b, &e->nb, group);
            ok = e->na && e->nb;
            break;
        }
        case RW_FRAME_MEMBER: {
            /* "اجتماع ثلاثي ضم X وY وZ": after a meeting noun, ضم lists who met. */
            int after_meeting = 0;
            for (uint32_t k = p, steps = 0; k-- > 0 && steps < 4; steps++)
                if (is_event_trigger(st, k)) {
                    const rw_lex_trigger *t0 = &lx->triggers[st->units[k].ref];
                    after_meeting = t0->rel == RW_REL_MET && t0->tense == RW_VT_NOUN;
                    break;
                }
            if (after_meeting) {
                e->rel = RW_REL_MET;
                for (int i = 0; i < npost; i++)
                    if (st->pms[post[i]].kind != RW_PM_PLACE) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
                ok = e->na >= 2;
                break;
            }
            int group = -1;
            for (int i = npre; i-- > 0 && group < 0;)
                if (st->pms[pre[i]].kind == RW_PM_GROUP) group = st->pms[pre[i]].ref;
            for (int i = 0; i < npost && group < 0; i++)
                if (st->pms[post[i]].kind == RW_PM_GROUP) group = st->pms[post[i]].ref;
            if (group < 0) group = st->last_group;
            for (int i = 0; i < npost; i++)
                if (st->pms[post[i]].kind == RW_PM_PERSON) add_side(e->side_a, &e->na, st->pms[post[i]].ref);
            if (group >= 0) add_side(e->side_b, &e->nb, group);
            ok = e->na && e->nb;
            break;
        }
        default:
            break;
        }
        if (!ok) continue;
        if (!e->nplaces && e->rel != RW_REL_PHONED) { /* a call has no place of its own */
            int pl = place_after >= 0 ? place_after : place_before;
            if (pl < 0 && e->rel != RW_REL_VISITED) pl = sent_place_before >= 0 ? sent_place_before : sent_place_after;
            if (pl >= 0 && e->rel != RW_REL_VISITED) e->places[e->nplaces++] = pl;
        }
        uint32_t tok = st->units[p].tok;
        uint32_t tl = st->units[L < st->n_units ? L : p].tok;
        uint32_t trr = R < st->n_units ? st->units[R].tok : (uint32_t)st->tk->n;
        const rw_date_expr *d = pick_date(dx, ndx, tok, tl, trr);
        /* The sentence's dates were read with its first verb's tense ("وصل الأحد ... على أن
         * يلتقي ... الاثنين"): a planned event reads its own relative date forward. */
        rw_date_expr fut[16];
        if (d && d->relative && e->modality == RW_MOD_PLANNED && rw_date_is_set(st->doc_date) &&
            rw_date_compare(d->date, st->doc_date) < 0) {
            size_t nf = rw_dates_find(st->dates, st->tk, st->doc_date, RW_TENSE_FUTURE, fut, 16);
            for (size_t i = 0; i < nf; i++)
                if (fut[i].tok_start == d->tok_start && fut[i].tok_end == d->tok_end) d = &fut[i];
        }
        if (d) {
            e->date = d->date;
            e->date_text = tok_text(st, (uint32_t)d->tok_start, (uint32_t)d->tok_end);
            /* "يزور X القاهرة غدا": a present-tense report with a date to come is announced. */
            if (e->modality == RW_MOD_ASSERTED && tr->tense == RW_VT_PRESENT &&
                rw_date_is_set(st->doc_date) && rw_date_compare(d->date, st->doc_date) > 0)
                e->modality = RW_MOD_PLANNED;
        } else if (e->modality == RW_MOD_ASSERTED && !e->background && e->na &&
                   e->rel == RW_REL_MET) {
            /* "وكان X قد اجتمع أمس مع Y ... كما التقى X Z": an undated meeting of the same
             * subject right after one dated to the day is of the same day (a visit's date is not
             * inherited: "زيارة" is often the whole trip or another). "وفي وقت لاحق" says so of
             * any meeting sharing a participant with the one before. */
            int later = has_word(st, 0, p, RW_W_LATER);
            for (size_t i = st->n_ev; i-- > 0;) {
                const rw_event *pv = &st->ev[i];
                if (pv->sentence + 2 < st->sentence) break;
                if (pv->modality != RW_MOD_ASSERTED || pv->background || !pv->na ||
                    (pv->rel != RW_REL_MET && pv->rel != RW_REL_VISITED &&
                     pv->rel != RW_REL_PHONED))
                    continue;
                int shared = pv->side_a[0] == e->side_a[0];
                for (int a = 0; later && a < e->na; a++)
                    for (int b = 0; b < pv->na + pv->nb; b++)
                        if (e->side_a[a] == (b < pv->na ? pv->side_a[b] : pv->side_b[b - pv->na]))
                            shared = 1;
                for (int a = 0; later && a < e->nb; a++)
                    for (int b = 0; b < pv->na + pv->nb; b++)
                        if (e->side_b[a] == (b < pv->na ? pv->side_a[b] : pv->side_b[b - pv->na]))
                            shared = 1;
                if (!shared || pv->rel != RW_REL_MET) break;
                if (rw_date_is_set(pv->date) && pv->date.day) {
                    e->date = pv->date;
                    e->date_text = pv->date_text ? strdup(pv->date_text) : NULL;
                }
                /* The city carries over, not the venue of the other meeting. */
                if (!e->nplaces && pv->nplaces && pv->places[0] >= 0 &&
                    st->x->entities[pv->places[0]].key && !place_is_venue(st, pv->places[0]))
                    e->places[e->nplaces++] = pv->places[0];
                break;
            }
        }
        e->trigger = tok_text(st, tok, tok + st->units[p].ntok);
        if (!e->trigger) return -1;
        if (e->na && !e->implicit && e->side_a[0] >= 0 &&
            (e->rel == RW_REL_MET || e->rel == RW_REL_PHONED || e->rel == RW_REL_VISITED) &&
            st->x->entities[e->side_a[0]].kind == RW_KIND_PERSON)
            st->last_subject = e->side_a[0];
        st->n_ev++;
        if (host != INT_MIN) {
            /* The invitation: the host is to meet each guest. */
            if (rw_array_reserve((void **)&st->ev, &st->cap_ev, st->n_ev + 1, sizeof *st->ev)) return -1;
            rw_event *g = &st->ev[st->n_ev - 1], *h = &st->ev[st->n_ev];
            *h = *g;
            h->rel = RW_REL_MET;
            h->modality = RW_MOD_PLANNED;
            h->nplaces = 0;
            h->nb = 0;
            for (int i = 0; i < g->na; i++)
                add_side(h->side_b, &h->nb, g->side_a[i]);
            h->na = 1;
            h->side_a[0] = host;
            h->trigger = strdup(g->trigger);
            h->date_text = g->date_text ? strdup(g->date_text) : NULL;
            h->alias = NULL;
            if (!h->trigger) return -1;
            st->n_ev++;
        }
    }
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

/* Who holds office@cc: in the article, then in roles.tsv at the document date, else an entity
 * keyed "role:OFFICE@CC" for the graph to resolve. */
static int resolve_role(rw_xstate *st, int office, const char *cc, const char *surface, int many)
{
    int weak = -1;
    for (size_t i = 0; i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
        if (h->office != office) continue;
        const char *hc = h->country;
        if (!*hc && st->x->entities[h->entity].country) hc = st->x->entities[h->entity].country;
        if (strcmp(hc, cc) == 0) return h->entity;
        if ((!*hc || !*cc) && weak < 0) weak = h->entity;
    }
    if (weak >= 0) return weak;
    /* "الرئيس" with no country and no holder in the article names nobody in particular. */
    if (!*cc) return -1;
    /* A country has many ambassadors at once: "سفير الصين لدى سلطنة عمان" is not the one of
     * roles.tsv (at the UN). */
    int a = many ? -1 : rw_lexicon_role_holder(st->lx, office, cc, st->doc_date);
    if (a >= 0) return rw_mentions_actor_entity(st, a);
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

static int resolve_ref(rw_xstate *st, int ref, int subject)
{
    if (ref >= 0) return ref;
    rw_placeholder *p = &st->ph[-ref - 1];
    if (p->resolved >= 0) return p->resolved;
    if (p->office >= 0) {
        p->resolved = resolve_role(st, p->office, p->country, p->surface, p->many);
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
        if (office >= 0) p->resolved = resolve_role(st, office, p->country, p->surface, 0);
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
    if (rw_array_reserve((void **)&st->fbackground, &st->cap_fbackground, st->x->n_facts + 1, 1)) return -1;
    st->fbackground[st->x->n_facts] = (uint8_t)(e->background != 0);
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
    int a[8], b[8], na = 0, nb = 0;
    for (int i = 0; i < e->na; i++) {
        int r = resolve_ref(st, e->side_a[i], -1);
        if (r >= 0) add_side(a, &na, r);
    }
    for (int i = 0; i < e->nb; i++) {
        int r = resolve_ref(st, e->side_b[i], na ? a[0] : -1);
        if (r >= 0) add_side(b, &nb, r);
    }
    int place = e->nplaces ? e->places[0] : -1;
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
                if (emit(st, e, e->rel, a[i], b[j], place, event_conf(st, e, a[i], b[j]), NULL)) return -1;
        /* "اجتمع A مع B و C": a multi-party meeting gives every pair, the guests of different
         * countries included. */
        for (int i = 0; e->rel == RW_REL_MET && !e->separate && i < nb; i++)
            for (int j = i + 1; j < nb; j++)
                if (other_countries(st, b[i], b[j]) &&
                    emit(st, e, e->rel, b[i], b[j], place, event_conf(st, e, b[i], b[j]), NULL))
                    return -1;
        return 0;
    case RW_REL_VISITED:
        for (int i = 0; i < na; i++)
            for (int k = 0; k < e->nplaces; k++)
                if (emit(st, e, RW_REL_VISITED, a[i], -1, e->places[k], event_conf(st, e, a[i], -1), NULL))
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
                if (rw_array_reserve((void **)&st->fbackground, &st->cap_fbackground, x->n_facts + 1, 1))
                    return -1;
                st->fbackground[x->n_facts] = st->fbackground[i];
                if (rw_extraction_add_fact(x, &f) < 0) return -1;
            }
        }
    }
    return 0;
}

static int same_pair(const rw_xfact *a, const rw_xfact *b)
{
    if (a->rel != b->rel || a->modality != b->modality) return 0;
    if (a->subj == b->subj && a->obj == b->obj) return a->rel != RW_REL_VISITED || a->place == b->place;
    return rw_rel_is_symmetric(a->rel) && a->subj == b->obj && a->obj == b->subj;
}

/* A past event of the headline or lead sentence, undated, happened on the day of the report
 * (facts of relation `rel`, or of every event relation when rel is -1). */
static void lead_dates(rw_xstate *st, int rel)
{
    rw_extraction *x = st->x;
    if (!rw_date_is_set(st->doc_date)) return;
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (rw_date_is_set(f->date) || f->modality != RW_MOD_ASSERTED || f->sentence > 1 ||
            st->fbackground[i])
            continue;
        if (f->rel != RW_REL_MET && f->rel != RW_REL_PHONED && f->rel != RW_REL_VISITED) continue;
        if (rel >= 0 && (int)f->rel != rel) continue;
        for (size_t k = 0; k < st->n_ev; k++)
            if (st->ev[k].sentence == f->sentence && st->ev[k].tense == RW_VT_PAST) {
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
    for (size_t i = 0; i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (f->rel != RW_REL_MET || f->modality != RW_MOD_ASSERTED || st->fbackground[i]) continue;
        if (f->place >= 0 && rw_date_is_set(f->date)) continue;
        /* The visit this meeting belongs to: one by a participant, with a place. */
        for (size_t k = 0; k < x->n_facts; k++) {
            const rw_xfact *v = &x->facts[k];
            if (v->rel != RW_REL_VISITED || v->modality != RW_MOD_ASSERTED || v->place < 0) continue;
            if (v->subj != f->subj && v->subj != f->obj) continue;
            if (rw_date_is_set(f->date) && rw_date_is_set(v->date) && rw_date_compare(f->date, v->date) != 0)
                continue;
            if (f->place < 0) f->place = v->place;
            if (!rw_date_is_set(f->date) && rw_date_is_set(v->date)) f->date = v->date;
            break;
        }
    }
    /* A meeting of the first sentences with no place of its own took place where the report
     * was filed: the dateline's city. */
    for (size_t i = 0; st->dateline >= 0 && i < x->n_facts; i++) {
        rw_xfact *f = &x->facts[i];
        if (f->rel == RW_REL_MET && f->modality == RW_MOD_ASSERTED && f->place < 0 &&
            f->sentence <= 2 && !st->fbackground[i] &&
            (!rw_date_is_set(f->date) || !rw_date_is_set(st->doc_date) ||
             rw_date_compare(f->date, st->doc_date) == 0))
            f->place = st->dateline;
    }
    lead_dates(st, -1);
}

static void free_fact_strings(rw_xfact *f)
{
    free(f->date_text);
    free(f->role);
    free(f->trigger);
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

int rw_relations_finish(rw_xstate *st)
{
    for (size_t i = 0; i < st->n_ev; i++)
        if (facts_of_event(st, &st->ev[i])) return -1;
    if (expand_groups(st)) return -1;
    size_t n_event_facts = st->x->n_facts;
    /* Offices stated in the text. */
    for (size_t i = 0; i < st->n_held; i++) {
        const rw_heldrole *h = &st->held[i];
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
    if (rw_array_reserve((void **)&st->fbackground, &st->cap_fbackground, st->x->n_facts + 1, 1)) return -1;
    memset(st->fbackground + n_event_facts, 0, st->x->n_facts - n_event_facts);
    fill_defaults(st);
    dedupe(st->x);
    return 0;
}
