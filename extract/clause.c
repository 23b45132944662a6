/*
 * clause.c - where a trigger's arguments may be; see clause.h.
 */
#include "extract/clause.h"

#include <string.h>


int rw_group_ends_at(const rw_xstate *st, uint32_t u)
{
    for (size_t i = 0; i < st->n_pms && st->pms[i].unit < u; i++)
        if (st->pms[i].kind == RW_PM_GROUP && st->pms[i].unit_end == u) return 1;
    return 0;
}

int rw_is_event_trigger(const rw_xstate *st, uint32_t u)
{
    if (st->units[u].kind != RW_U_TRIGGER) return 0;
    rw_frame f = st->lx->triggers[st->units[u].ref].frame;
    /* "نفى ... الأنباء التي تحدثت عن لقائه": talking, with no phone word to make it a call, is
     * no event and bounds no clause. */
    if (f == RW_FRAME_LIST) return rw_group_ends_at(st, u);
    return f != RW_FRAME_ALIAS && (f != RW_FRAME_TALK || st->phone_word);
}

/* Whether unit u is the punctuation mark written as the `n` bytes `mark`. */
static int punct_is(const rw_xstate *st, uint32_t u, const char *mark, size_t n)
{
    if (u >= st->n_units || st->units[u].kind != RW_U_PUNCT) return 0;
    const rw_token *t = &st->tk->v[st->units[u].tok];
    return t->end - t->start == n && memcmp(st->text + t->start, mark, n) == 0;
}

static int is_dash(const rw_xstate *st, uint32_t u)
{
    return punct_is(st, u, "-", 1) || punct_is(st, u, "\xe2\x80\x93", 3) || /* - – */
           punct_is(st, u, "\xe2\x80\x94", 3);                                /* — */
}

/* Whether unit u is one of two marks around a short aside ("- حفظه الله -"): at most max_words
 * units that plain() accepts stand between it and the other mark, on one side or the other. */
static int bracketed_aside(const rw_xstate *st, uint32_t u,
                           int (*mark)(const rw_xstate *, uint32_t),
                           int (*plain)(const rw_xstate *, uint32_t), int max_words)
{
    for (int dir = -1; dir <= 1; dir += 2) {
        int words = 0;
        for (long k = (long)u + dir; k >= 0 && k < (long)st->n_units && words <= max_words;
             k += dir) {
            if (mark(st, (uint32_t)k)) {
                if (words) return 1;
                break;
            }
            if (!plain(st, (uint32_t)k)) break;
            words++;
        }
    }
    return 0;
}

/* A plain word of an aside between dashes: an unknown one, or one that ends names, as a
 * benediction's ("حفظه الله"). */
static int dash_aside_word(const rw_xstate *st, uint32_t k)
{
    const rw_unit *v = &st->units[k];
    return v->kind == RW_U_OTHER || (v->kind == RW_U_WORD && (v->cls & RW_W_BOUNDARY));
}

/* "ولي العهد رئيس مجلس الوزراء - حفظه الله - في مكتبه": a short aside of plain words between two
 * dashes is no clause boundary (a dateline's "- وام -" names an agency and still is one). */
static int aside_dash(const rw_xstate *st, uint32_t u)
{
    return bracketed_aside(st, u, is_dash, dash_aside_word, 4);
}

int rw_is_colon(const rw_xstate *st, uint32_t u)
{
    return punct_is(st, u, ":", 1);
}

static int is_slash(const rw_xstate *st, uint32_t u)
{
    return punct_is(st, u, "/", 1);
}

/* A word of an aside between slashes: an unknown one, a number, an engine word of no clause. */
static int slash_aside_word(const rw_xstate *st, uint32_t k)
{
    const rw_unit *v = &st->units[k];
    return v->kind == RW_U_OTHER || v->kind == RW_U_NUMBER ||
           (v->kind == RW_U_WORD && !(v->cls & RW_W_CLAUSE));
}

/* "ويتوجه فهمي غدا /الثلاثاء/ إلى الكويت": the agencies that set a day between slashes set no
 * clause apart - a few words, numbers among them, with no one, no place and no event. */
static int aside_slash(const rw_xstate *st, uint32_t u)
{
    return bracketed_aside(st, u, is_slash, slash_aside_word, 3);
}

/* "صباح اليوم السبت 6 آذار/ مارس، المرجع ...": a slash between a month's two names (the
 * Levant's and the West's, months.tsv) is part of the date, no clause boundary - a date phrase
 * starts right after it and one or two words before it. */
static int month_names_slash(const rw_xstate *st, uint32_t u)
{
    if (u == 0 || u + 1 >= st->n_units) return 0;
    if (st->dh[st->units[u + 1].tok].head < 0) return 0;
    return st->dh[st->units[u - 1].tok].head >= 0 ||
           (u >= 2 && st->dh[st->units[u - 2].tok].head >= 0);
}

/* Whether unit u is a colon that opens the list of "كل من:" - the list goes on with the
 * clause ("تسلم X أوراق اعتماد كل من: سفير ...، وسفيرة ..."); so does one after a plural title
 * (words.tsv `plural_head`) before the titles of its holders. */
static int list_colon(const rw_xstate *st, uint32_t u)
{
    if (u == 0 || !rw_is_colon(st, u)) return 0;
    if (st->units[u - 1].kind == RW_U_WORD && (st->units[u - 1].cls & RW_W_BETWEEN) &&
        (st->units[u - 1].cls & RW_W_SEPARATE))
        return 1;
    /* (... and after a plural title, its holders named by their titles: "عقد اجتماعا مع
     * الرؤساء الثلاثة: رئيس الجمهورية X ورئيس مجلس النواب Y") */
    if (u + 1 >= st->n_units ||
        (st->units[u + 1].kind != RW_U_TITLE && st->units[u + 1].kind != RW_U_OFFICE))
        return 0;
    for (uint32_t k = u; k-- > 0 && k + 3 > u;)
        if ((st->units[k].cls & RW_W_PLURAL_HEAD) ||
            (st->units[k].kind == RW_U_OTHER &&
             (rw_mentions_class_without_article(st, k) & RW_W_PLURAL_HEAD))) /* (الرؤساء) */
            return 1;
    return 0;
}

/* Whether unit u is "ثم" (words.tsv `continues`) between a comma and a title: "استقبل X في قصر
 * الصنوبر Y، ثم رئيس كتلة الوفاء للمقاومة Z" names the next guest, no new clause. */
static int then_next_guest(const rw_xstate *st, uint32_t u)
{
    if (!(st->units[u].cls & RW_W_CONTINUES) || u == 0 || u + 1 >= st->n_units ||
        !rw_mentions_is_comma(st, u - 1))
        return 0;
    rw_unit_kind k = st->units[u + 1].kind;
    return k == RW_U_TITLE || k == RW_U_OFFICE;
}

int rw_is_clause(const rw_xstate *st, uint32_t u)
{
    return (st->units[u].kind == RW_U_WORD || st->units[u].kind == RW_U_PUNCT) &&
           (st->units[u].cls & RW_W_CLAUSE) && !(is_dash(st, u) && aside_dash(st, u)) &&
           !(is_slash(st, u) && (aside_slash(st, u) || month_names_slash(st, u))) &&
           !list_colon(st, u) && !then_next_guest(st, u);
}

int rw_has_word(const rw_xstate *st, uint32_t u0, uint32_t u1, rw_wclass cls)
{
    for (uint32_t k = u0; k < u1 && k < st->n_units; k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & cls)) return 1;
    return 0;
}

int rw_time_clause(const rw_xstate *st, uint32_t u)
{
    return rw_is_clause(st, u) && rw_has_word(st, u, u + 1, RW_W_WHEN_OF);
}

int rw_was_then_qad(const rw_xstate *st, uint32_t L, uint32_t p)
{
    if (p < L + 2 || !rw_has_word(st, L, L + 1, RW_W_WAS)) return 0;
    for (uint32_t k = L + 1; k < p; k++)
        if (!rw_has_word(st, k, k + 1, RW_W_MAY)) return 0;
    return 1;
}

int rw_comma_between(const rw_xstate *st, uint32_t a, uint32_t b)
{
    for (uint32_t k = a + 1; k < b; k++)
        if (rw_mentions_is_comma(st, k)) return 1;
    return 0;
}

int rw_imperfect_written(const rw_xstate *st, uint32_t u)
{
    size_t n;
    const char *w = rw_mentions_unit_bare(st, u, &n);
    return n >= 2 && (memcmp(w, "\xd9\x8a", 2) == 0 || memcmp(w, "\xd8\xaa", 2) == 0); /* ي ت */
}

int rw_send_verb(const rw_xstate *st, uint32_t p)
{
    size_t n;
    const char *w = rw_mentions_unit_bare(st, p, &n);
    if (rw_lexicon_word_class(st->lx, w, n) & RW_W_SEND) return 1;
    /* (with the pronoun of what is sent: "أرسلتها"، "أوفده") */
    w = rw_mentions_unit_stem(st, p, &n);
    return (rw_lexicon_word_class(st->lx, w, n) & RW_W_SEND) != 0;
}

int rw_coordinated_clause_between(const rw_xstate *st, uint32_t u0, uint32_t u1)
{
    for (uint32_t k = u0; k < u1 && k < st->n_units; k++)
        if (st->units[k].kind == RW_U_WORD && (st->units[k].pflags & RW_P_CONJ) &&
            (st->units[k].cls & (RW_W_PLANNED | RW_W_CLAUSE)))
            return 1;
    return 0;
}

/* Whether a trigger unit is a meeting's verbal noun (اجتماع، لقاء). */
int rw_meeting_noun(const rw_xstate *st, uint32_t u)
{
    if (!rw_is_event_trigger(st, u)) return 0;
    const rw_lex_trigger *t = &st->lx->triggers[st->units[u].ref];
    return t->rel == RW_REL_MET && t->tense == RW_VT_NOUN;
}

/* Whether the trigger word carries an attached pronoun (زيارته، زيارتها، زيارتهما): the source
 * letter ه, never the folded ة, ends it, or the analyser removed a pronoun. */
int rw_possessive(const rw_xstate *st, uint32_t p)
{
    const rw_unit *u = &st->units[p];
    if (u->suffix == RW_SUF_PRONOUN) return 1;
    return rw_mentions_written_pronoun(st, u->tok + u->ntok - 1);
}

uint32_t rw_relative_verb(const rw_xstate *st, uint32_t p)
{
    /* (past one word of description that agrees with the noun in definiteness, or its
     * definite genitive: "الزيارة الرسمية التي"، "زيارة الدولة التي") */
    const rw_unit *d = p + 3 < st->n_units ? &st->units[p + 1] : NULL;
    if (d && d->kind == RW_U_OTHER && d->ntok == 1 && !d->pflags && d->definite &&
        st->units[p + 2].kind == RW_U_WORD && (st->units[p + 2].cls & RW_W_RELATIVE))
        p++;
    return p + 2 < st->n_units && st->units[p + 1].kind == RW_U_WORD &&
                   (st->units[p + 1].cls & RW_W_RELATIVE)
               ? p + 2
               : 0;
}

uint32_t rw_performed_after(const rw_xstate *st, uint32_t p)
{
    /* (an adjective may stand between: "زيارة ميدانية أداها"، "زيارة عمل أداها") */
    uint32_t v = p + 1;
    if (v + 1 < st->n_units && !st->units[v].definite && !st->units[v].pflags &&
        (st->units[v].kind == RW_U_OTHER ||
         (st->units[v].kind == RW_U_WORD &&
          !(st->units[v].cls & (RW_W_PREP | RW_W_CLAUSE | RW_W_SIDE | RW_W_GROUP | RW_W_PERFORMED)))) &&
        st->units[v + 1].kind == RW_U_WORD && (st->units[v + 1].cls & RW_W_PERFORMED))
        v++;
    return v < st->n_units && st->units[v].kind == RW_U_WORD && (st->units[v].cls & RW_W_PERFORMED) ? v : 0;
}

int rw_visit_of_pronoun(const rw_xstate *st, uint32_t p)
{
    if (rw_possessive(st, p)) return 1;
    /* "على هامش زيارة تفقدية إلى ولاية المنستير": an indefinite visit noun going straight,
     * past one adjective at most, to its destination has no genitive - no traveller of its
     * own, as with a pronoun. */
    if (!st->units[p].definite) {
        uint32_t d = p + 1;
        if (d < st->n_units && st->units[d].kind == RW_U_OTHER && !st->units[d].definite &&
            !st->units[d].pflags)
            d++;
        if (d < st->n_units && st->units[d].kind == RW_U_WORD &&
            (st->units[d].cls & RW_W_DIRECTION) && !(st->units[d].cls & RW_W_SIDE))
            return 1;
    }
    uint32_t v = rw_performed_after(st, p);
    if (!v) return 0;
    if (v + 1 >= st->n_units) return 1;
    rw_unit_kind next = st->units[v + 1].kind;
    if (next == RW_U_WORD) return !(st->units[v + 1].cls & RW_W_GROUP);
    return next == RW_U_PUNCT || next == RW_U_PLACE || next == RW_U_NUMBER;
}

int rw_title_before(const rw_xstate *st, uint32_t k, uint32_t reach)
{
    for (uint32_t j = k, steps = 0; j-- > 0 && steps < reach; steps++)
        if (st->units[j].kind == RW_U_OFFICE || st->units[j].kind == RW_U_TITLE) return 1;
    return 0;
}

int rw_took_place_at(const rw_xstate *st, uint32_t u)
{
    if (u >= st->n_units || st->units[u].kind != RW_U_WORD) return 0;
    const rw_unit *v = &st->units[u];
    if (v->cls & RW_W_TOOK_PLACE) return 1;
    /* "الاجتماع الذي دار بين X و Y": the verb may come in a relative clause. */
    return (v->cls & RW_W_RELATIVE) && u + 1 < st->n_units && st->units[u + 1].kind == RW_U_WORD &&
                   (st->units[u + 1].cls & RW_W_TOOK_PLACE)
               ? 2
               : 0;
}

/* Whether the trigger noun at u follows خلال (or خلال هذه) and names an event already told (a
 * demonstrative before it, its own pronoun, the article or a `latter` word after it), or
 * follows على هامش. */
static int during_told(const rw_xstate *st, uint32_t u)
{
    /* "في لقاء جمعه على هامش مشاركته في القمة مع X": the occasion, whatever it is. */
    if (u > 0 && rw_has_word(st, u - 1, u, RW_W_OCCASION)) return 1;
    uint32_t k = u;
    int shown = k > 0 && rw_has_word(st, k - 1, k, RW_W_DEMONSTRATIVE);
    if (shown) k--;
    if (k == 0 || !rw_has_word(st, k - 1, k, RW_W_DURING)) return 0;
    /* "أثناء زيارة الأخير إلى الولايات المتحدة": the visit of the one named last. */
    int latter = u + 1 < st->n_units && rw_has_word(st, u + 1, u + 2, RW_W_LATTER);
    return shown || latter || rw_possessive(st, u) || st->units[u].definite;
}

/* Where the guest of the meeting noun at unit p ends: right after it for its pronoun
 * (استقباله), after the person named right after it (استقبال الرئيس X); 0 when neither. */
static uint32_t guest_after(const rw_xstate *st, uint32_t p)
{
    if (rw_possessive(st, p)) return p + 1;
    size_t g = rw_first_pm(st, p + 1);
    return g < st->n_pms && st->pms[g].unit == p + 1 && st->pms[g].kind == RW_PM_PERSON
               ? st->pms[g].unit_end
               : 0;
}

/* Whether the trigger at k is a meeting noun with a pronoun ("لقاءاته"، "محادثاته") that the
 * meeting noun at p, carrying ب, opens: "واستهل X لقاءاته صباح أمس بلقاء Y" - his meetings in
 * general, then the first of them, whose clause reaches back to X - with only engine words
 * (time words) between the two. */
static int opened_with(const rw_xstate *st, uint32_t k, uint32_t p)
{
    const rw_lex_trigger *tk = &st->lx->triggers[st->units[k].ref];
    const rw_lex_trigger *tp = &st->lx->triggers[st->units[p].ref];
    if (tk->rel != RW_REL_MET || tk->tense != RW_VT_NOUN || tp->rel != RW_REL_MET ||
        tp->tense != RW_VT_NOUN || !(st->units[p].pflags & RW_P_SIDE) || !rw_possessive(st, k))
        return 0;
    for (uint32_t u = k + 1; u < p; u++)
        if (st->units[u].kind != RW_U_WORD) return 0;
    return 1;
}

/* Whether unit u opens a new statement after an event: "إنه تحدث هاتفيا مع X، وإنه طلب منه
 * ...، مضيفا أنه سيتحدث أيضا مع Y" - a complementizer with its pronoun (words.tsv `he_that`) or a
 * participle of adding (`adding`) starts what the speaker says next; whom it names is no party of
 * the event before it. Only to the right: before a verb, "أكد أنه التقى" is the verb's own. */
static int new_statement(const rw_xstate *st, uint32_t u)
{
    return st->units[u].kind == RW_U_WORD && (st->units[u].cls & (RW_W_HE_THAT | RW_W_ADDING));
}

/* "وتعد هذه الزيارة الأولى لسمو الأمير ...، وكان سموه قد التقى Y": whether unit u, before the
 * trigger p, is a verb of being with و right after a comma - it opens the trigger's clause; what
 * the words before the comma told is no part of it. */
static int was_after_comma(const rw_xstate *st, uint32_t u, uint32_t p)
{
    if (!(u < p && u > 0 && rw_mentions_is_comma(st, u - 1) && st->units[u].kind == RW_U_WORD &&
          (st->units[u].cls & RW_W_WAS)))
        return 0;
    size_t n;
    const char *w = rw_mentions_unit_bare(st, u, &n);
    return n > 2 && memcmp(w, "\xd9\x88", 2) == 0; /* و */
}

void rw_clause_of(const rw_xstate *st, uint32_t p, rw_clause *c)
{
    const rw_lexicon *lx = st->lx;
    const rw_lex_trigger *tr = &lx->triggers[st->units[p].ref];
    uint32_t L = p, R = p + 1;
    uint32_t lo = p > RW_REACH ? p - RW_REACH : 0;
    uint32_t hi = st->n_units - p - 1 > RW_REACH ? p + 1 + RW_REACH : (uint32_t)st->n_units;
    /* "، والتقى X Y": a verb carrying و opens its own clause, verb first; so does one right
     * after a word that continues the sentence (words.tsv `continues`: "وقد التقى"، "ثم التقى"). */
    int continued = p > 0 && rw_has_word(st, p - 1, p, RW_W_CONTINUES);
    int own_clause = ((st->units[p].pflags & RW_P_CONJ) || continued) && tr->tense != RW_VT_NOUN &&
                     (tr->frame == RW_FRAME_EVENT || tr->frame == RW_FRAME_DISCUSS ||
                      tr->frame == RW_FRAME_MOTION || tr->frame == RW_FRAME_ARRIVE);
    /* ("ويرافق الأمير X و Y، وكان في استقبال الأمير Z": a noun right after وكان, words.tsv
     * `was`, opens a clause of its own - whom it names follow it) */
    while (!own_clause && L > lo && !rw_is_clause(st, L - 1) &&
           (!rw_is_event_trigger(st, L - 1) || opened_with(st, L - 1, p)) &&
           !(L == p && tr->tense == RW_VT_NOUN && rw_has_word(st, L - 1, L, RW_W_WAS)) &&
           !was_after_comma(st, L, p))
        L--;
    uint32_t guest_end = tr->tense == RW_VT_NOUN ? guest_after(st, p) : 0;
    /* "يتصافحان خلال اجتماعهما في قصر الكرملين": a verbal noun of the same relation
     * continues the clause. */
    for (;;) {
        while (R < hi && !rw_is_event_trigger(st, R) && !rw_is_clause(st, R) &&
               !new_statement(st, R))
            R++;
        /* ... and "مع وفد روسي برئاسة X، أمس في دمشق": a delegation's leader or members
         * are part of the meeting's clause. */
        const rw_lex_trigger *t2 =
            R < hi && rw_is_event_trigger(st, R) ? &lx->triggers[st->units[R].ref] : NULL;
        if (t2 && tr->frame != RW_FRAME_LEAD && tr->frame != RW_FRAME_MEMBER &&
            tr->frame != RW_FRAME_LIST &&
            ((t2->rel == tr->rel && t2->tense == RW_VT_NOUN && tr->tense != RW_VT_NOUN) ||
             t2->frame == RW_FRAME_LEAD || t2->frame == RW_FRAME_LIST ||
             /* "حضر اللقاء X": the meeting noun is what was attended */
             (tr->rel == RW_REL_ATTENDED && t2->rel == RW_REL_MET && t2->tense == RW_VT_NOUN))) {
            R++;
            continue;
        }
        /* "ويلتقي X خلال هذه الزيارة Y"، "التقى X خلال زيارته Y": a visit or meeting noun after
         * خلال that refers to an event already told (a demonstrative, its pronoun or the
         * article) is when the verb's event happens, inside its clause. */
        if (t2 && t2->tense == RW_VT_NOUN && (tr->tense != RW_VT_NOUN || tr->frame == RW_FRAME_GATHER) &&
            during_told(st, R)) {
            R++;
            continue;
        }
        /* "وكان في استقبال سموه لدى وصوله مطار أورلي، X"، "وكان في استقبال الرئيس X لدى وصوله
         * مطار جدة، Y": the guest's arrival, a noun of motion with a pronoun right after a
         * reception noun and its guest (its pronoun or the person named) and its time word, is
         * when the reception happened, inside its clause. */
        if (t2 && tr->rel == RW_REL_MET && tr->tense == RW_VT_NOUN && guest_end &&
            t2->frame == RW_FRAME_MOTION && t2->tense == RW_VT_NOUN && R <= guest_end + 1 &&
            rw_possessive(st, R)) {
            R++;
            continue;
        }
        /* "واجتمع فور وصوله مع X": the subject's own arrival, a noun of motion with a pronoun
         * right after a time word (words.tsv `upon`) a word or two after the verb, is when the
         * verb's event happened, inside its clause. */
        if (t2 && tr->tense != RW_VT_NOUN && t2->frame == RW_FRAME_MOTION &&
            t2->tense == RW_VT_NOUN && R <= p + 3 && rw_has_word(st, R - 1, R, RW_W_UPON) &&
            rw_possessive(st, R)) {
            R++;
            continue;
        }
        /* "اجتماعا رباعيا جرى أمس بين X و Y": a meeting noun's verb of taking place, right
         * after it, is part of its clause. */
        if (tr->tense == RW_VT_NOUN && R < st->n_units && R <= p + 4 && rw_took_place_at(st, R)) {
            R += (uint32_t)rw_took_place_at(st, R);
            continue;
        }
        /* "الاجتماع الذي يعقده X مع Y": a relative clause right after the noun whose verb holds
         * it (words.tsv `held_by`) names its parties: the holder, and the guests after مع/بـ. */
        /* ... and "الزيارة التي يؤديها X اليوم إلى تونس": a visit noun's relative clause whose
         * verb performed it (words.tsv `performed`) names the traveller and the destination. */
        uint32_t v = tr->tense == RW_VT_NOUN && R <= p + 2 ? rw_relative_verb(st, p) : 0;
        if (v && R + 1 == v && st->units[v].kind == RW_U_WORD &&
            ((st->units[v].cls & RW_W_HELD_BY) ||
             (tr->rel == RW_REL_VISITED && (st->units[v].cls & RW_W_PERFORMED)))) {
            R = v + 1;
            continue;
        }
        break;
    }
    rw_count_work(st, (p - L) + (R - p));
    c->p = p;
    c->L = L;
    c->R = R;
    c->lo = lo;
    c->hi = hi;
    c->tr = tr;
    c->own_clause = own_clause;
}

size_t rw_first_pm(const rw_xstate *st, uint32_t unit)
{
    size_t a = 0, b = st->n_pms;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (st->pms[m].unit < unit) a = m + 1;
        else b = m;
    }
    return a;
}

int rw_in_mention(const rw_xstate *st, uint32_t u)
{
    size_t i = rw_first_pm(st, u);
    if (i < st->n_pms && st->pms[i].unit == u) return 1;
    return i > 0 && st->pms[i - 1].unit_end > u;
}
