/*
 * arguments.c - a trigger's clause sorted into its arguments; see arguments.h.
 */
#include "extract/arguments.h"

#include <string.h>

/* How far before an organisation its occasion word (على هامش) may stand: the name of the
 * meeting it was the margin of lies between. */
#define OCCASION_REACH 7

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
    /* "بمقر اتحاد عمال المغرب العربي": a country or region in construct at the end of a body's
     * name (an institution noun, one noun at most between) is part of the name. */
    for (uint32_t k = u, steps = 0; !st->units[u].prefix_len && k-- > 0 && steps < 2; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_INSTITUTION)) return 1;
        if (v->kind != RW_U_OTHER || v->prefix_len) break;
    }
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

int rw_place_is_venue(const rw_xstate *st, int ent)
{
    int pl = rw_mentions_lexicon_place(st, ent);
    return pl >= 0 && st->lx->places[pl].kind == RW_PLACE_VENUE;
}

/* Whether a word of class `words` stands shortly before the place mention at unit u, in its
 * phrase (past places listed with it). */
static int place_after_word(const rw_xstate *st, uint32_t u, rw_wclass words)
{
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 4; steps++) {
        const rw_unit *v = &st->units[k];
        /* "العلاقات بين تونس والسنغال": a place after بين is what lies between, no venue */
        if (v->kind == RW_U_WORD && (v->cls & words)) return 1;
        /* "جولة تشمل الدوحة وأبوظبي": coordinated with a listed place */
        if (v->kind == RW_U_PLACE && k + 1 == u && (st->units[u].pflags & RW_P_CONJ))
            return place_after_word(st, k, words);
        if (v->kind == RW_U_PUNCT || v->kind == RW_U_TRIGGER || v->kind == RW_U_ACTOR) return 0;
    }
    return 0;
}

/* Whether the place mention at unit u, after a meeting's trigger, is not where it happened: a
 * goal, source or beneficiary ("دعم بلاده للبنان"، "قادماً من باريس"), a topic ("بحثا الأوضاع
 * في غزة") or where it is not ("خارج القارة العجوز أوروبا"). */
static int topic_place(const rw_xstate *st, uint32_t u)
{
    return place_after_word(st, u, RW_W_TOPIC | RW_W_BETWEEN | RW_W_OUTSIDE);
}

/* Whether a topic word (words.tsv `topic`) stands between the trigger at p and unit u, with
 * no other event between: "قمة جمعت X وY وZ، لبحث التطورات في الأراضي المحتلة في ظل تصاعد
 * اقتحامات المستوطنين في الضفة الغربية" - past the topic, the places are what was discussed,
 * however far, not where they met. */
static int past_topic(const rw_xstate *st, uint32_t p, uint32_t u)
{
    for (uint32_t k = p + 1; k < u; k++) {
        if (rw_is_event_trigger(st, k)) return 0;
        if (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_TOPIC)) return 1;
    }
    return 0;
}

/* Whether the place mention at unit u follows a verb of hosting (words.tsv `hosts`), a word of
 * what the place is between at most ("استضافت مدينة العقبة"). */
static int hosting_before(const rw_xstate *st, uint32_t u)
{
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 2; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_HOSTS)) return 1;
        if (v->kind != RW_U_WORD && v->kind != RW_U_OTHER) return 0;
    }
    return 0;
}

/* Whether a preposition of topic (words.tsv `topic` and `prep`: بشأن، حول) stands between the
 * trigger at p and unit u, outside any mention, with no other event between. */
static int past_topic_preposition(const rw_xstate *st, uint32_t p, uint32_t u)
{
    for (uint32_t k = p + 1; k < u; k++) {
        if (rw_is_event_trigger(st, k)) return 0;
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_TOPIC) && (v->cls & RW_W_PREP) &&
            !v->prefix_len)
            return 1;
    }
    return 0;
}

/* "قال X، في طريق عودته إلى واشنطن، إنه أجرى محادثة مع Y": before the trigger, a place right
 * after a return (words.tsv `return_to`) and إلى is where someone went home, not where the event
 * took place. */
static int goal_before(const rw_xstate *st, uint32_t u)
{
    return u > 1 && rw_has_word(st, u - 1, u, RW_W_TOWARD) &&
           rw_has_word(st, u - 2, u - 1, RW_W_RETURN_TO);
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

/* Whether the word at unit k, a noun without the article or a proclitic, can have the word after
 * it in construct ("استعداد ألمانيا"، "موقف تونس"). */
static int genitive_head(const rw_xstate *st, uint32_t k)
{
    const rw_unit *v = &st->units[k];
    if (v->definite || v->prefix_len || v->ntok != 1) return 0;
    /* an engine word too, but no preposition, time or clause word ("وصل أمس تونس") */
    return v->kind == RW_U_OTHER ||
           (v->kind == RW_U_WORD && !(v->cls & (RW_W_PREP | RW_W_SIDE | RW_W_DIRECTION | RW_W_BOUNDARY |
                                                RW_W_CLAUSE | RW_W_CONJ)));
}

/* Whether the place at unit u, with no preposition on it, follows a noun that has it in
 * construct. */
static int genitive_place(const rw_xstate *st, uint32_t u)
{
    return u > 0 && !st->units[u].prefix_len && genitive_head(st, u - 1);
}

/* Whether the place mention pms[i] cannot be where the meeting of the trigger at unit p took
 * place, whatever stands around it:
 *   - one of a list of places ("لدول البينيلوكس (بلجيكيا وهولندا ولوكسمبورغ)"، "تمثل الجزائر
 *     ومصر وتونس أضلعه الثلاثة"): a meeting happens in one place, a list names parties or topics;
 *   - the bare subject of a new clause ("أكد لدى لقائه ... أن فرنسا تعتبر شريكا"): a country
 *     that acts or is spoken of;
 *   - inside a quotation the trigger is not in ("عن برلمان "طبرق""، "بأن "ايران هي حامية العالم
 *     الاسلامي من اسرائيل" خلال لقائه"): a name or someone's words. */
static int never_venue(const rw_xstate *st, size_t i, uint32_t p)
{
    const rw_pm *m = &st->pms[i];
    if (m->coord && i > 0 && st->pms[i - 1].kind == RW_PM_PLACE && st->pms[i - 1].unit_end == m->unit)
        return 1;
    if (i + 1 < st->n_pms && st->pms[i + 1].kind == RW_PM_PLACE && st->pms[i + 1].coord &&
        st->pms[i + 1].unit == m->unit_end)
        return 1;
    if (m->unit > 0 && !st->units[m->unit].prefix_len && st->units[m->unit - 1].kind == RW_U_WORD &&
        (st->units[m->unit - 1].cls & RW_W_CLAUSE) && !st->units[m->unit - 1].prefix_len)
        return 1;
    int q = rw_mentions_quote_span(st, m->unit);
    if (q < 0 || q == rw_mentions_quote_span(st, p)) return 0;
    /* A place quoted alone is still named as a place ("بالعاصمة الإثيوبية "أديس أبابا"") unless
     * a noun before the quotation has it in construct ("عن برلمان "طبرق""). */
    if ((uint32_t)q + 1 == m->unit && m->unit_end < st->n_units &&
        rw_mentions_quote_span(st, m->unit_end + 1) < 0)
        return q > 0 && genitive_head(st, (uint32_t)q - 1);
    return 1;
}

/* Whether the mention at unit u follows "بين + country + و" within a few words. */
static int between_countries(const rw_xstate *st, uint32_t u)
{
    for (uint32_t k = u, steps = 0; k-- > 1 && steps < 4; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_PUNCT || rw_is_event_trigger(st, k)) return 0;
        if (v->kind == RW_U_PLACE && st->lx->places[v->ref].kind == RW_PLACE_COUNTRY &&
            st->units[k - 1].kind == RW_U_WORD && (st->units[k - 1].cls & RW_W_BETWEEN))
            return k + 1 < st->n_units && (st->units[k + 1].pflags & RW_P_CONJ);
    }
    return 0;
}

/* Whether the country at unit u owns an embassy or consulate named right before it ("سفارة
 * جمهورية ألمانيا الاتحادية"، "بسفارة فرنسا"): the embassy stands in another country. */
static int embassy_owner(const rw_xstate *st, uint32_t u)
{
    if (st->units[u].kind != RW_U_PLACE || st->lx->places[st->units[u].ref].kind != RW_PLACE_COUNTRY ||
        st->units[u].prefix_len)
        return 0;
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 2; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind != RW_U_WORD) return 0;
        if (v->cls & RW_W_EMBASSY) return 1;
        if (!(v->cls & RW_W_INSTITUTION)) return 0; /* جمهورية، دولة، مملكة */
    }
    return 0;
}

/* Whether the place at unit u, with no proclitic, names the street, road or square right before
 * it ("طريق تونس"، "شارع باريس"). */
static int street_name(const rw_xstate *st, uint32_t u)
{
    return u > 0 && !st->units[u].prefix_len && st->units[u - 1].kind == RW_U_WORD &&
           (st->units[u - 1].cls & RW_W_STREET);
}

/* Whether a message noun stands shortly before unit u, in the same phrase (no punctuation, no
 * other event between): the message's description may come between them, its addressee too
 * ("رسالة خطية موجهة إلى الشيخ X رئيس الدولة "حفظه الله" من الرئيس Y": the names and the
 * quoted benediction count no words). */
static int after_message(const rw_xstate *st, uint32_t u)
{
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 7;) {
        const rw_unit *v = &st->units[k];
        if (rw_mentions_is_quote(st, k) || rw_mentions_quote_span(st, k) >= 0 ||
            rw_in_mention(st, k))
            continue;
        steps++;
        if (v->kind == RW_U_PUNCT || rw_is_event_trigger(st, k)) return 0;
        if (v->kind == RW_U_WORD && (v->cls & RW_W_MESSAGE)) return 1;
    }
    return 0;
}

/* Whether a kin word (والد، شقيقة) stands right before mention m, or before the descriptive
 * words that come ahead of the name ("بوالد الفتى الفلسطيني محمد أبو خضير"): the relative,
 * not the one named, took part. */
static int kin_before(const rw_xstate *st, const rw_pm *m)
{
    uint32_t k = m->unit;
    for (int skipped = 0; k > 0 && skipped <= 2; skipped++) {
        const rw_unit *v = &st->units[k - 1];
        if (v->kind == RW_U_WORD) return (v->cls & RW_W_KIN) != 0;
        if (!((v->kind == RW_U_OTHER && v->definite && !v->pflags) || v->kind == RW_U_NISBA)) return 0;
        k--;
    }
    return 0;
}

int rw_recipient_word(rw_wclass before)
{
    return (before & RW_W_DIRECTION) && !(before & (RW_W_SIDE | RW_W_BETWEEN));
}

rw_wclass rw_word_before(const rw_xstate *st, const rw_pm *m)
{
    const rw_unit *v = m->unit > 0 ? &st->units[m->unit - 1] : NULL;
    return v && v->kind == RW_U_WORD ? v->cls : 0;
}

int rw_coordinated(const rw_xstate *st, const int *v, int n)
{
    if (n < 2) return 0;
    for (int i = 1; i < n; i++)
        if (!st->pms[v[i]].coord) return 0;
    return 1;
}

/* Whether the call noun at unit k is one received: a verb of receiving (تلقى) before it in its
 * clause ("تلقى X اتصالا هاتفيا من Y"). */
static int call_received(const rw_xstate *st, uint32_t k)
{
    while (k-- > 0 && st->units[k].kind != RW_U_PUNCT) {
        if (rw_has_word(st, k, k + 1, RW_W_RECEIVED)) return 1;
        if (rw_is_clause(st, k)) break;
    }
    return 0;
}

/* Whether mention m, before the meeting or call at p, is the other side of one told just
 * before it (of a meeting only, with meetings_only) - after its side word (مع): "أجرى X اتصالا
 * هاتفيا مع Y، وفي اليوم ذاته أجرى اتصالا مماثلا مع Z" is no call of Y's. */
static int side_of_earlier_event(const rw_xstate *st, const rw_pm *m, uint32_t p, rw_wclass before,
                                  int meetings_only)
{
    if (m->unit == 0 || m->coord ||
        !((before & RW_W_SIDE) || (st->units[m->unit].pflags & RW_P_SIDE)))
        return 0;
    for (uint32_t k = m->unit; k-- > 0;) {
        if (k + 1 < m->unit && rw_is_clause(st, k)) return 0;
        if (rw_is_event_trigger(st, k)) {
            rw_rel r = st->lx->triggers[st->units[k].ref].rel;
            /* (the one called is no caller: "أجرى X اتصالا بـ Y، أطلعه خلاله على نتائج
             * محادثاته" - X's talks; the one after من of a call received is) */
            int made_call = r == RW_REL_PHONED && !call_received(st, k);
            return k < p &&
                   (r == RW_REL_MET || (r == RW_REL_PHONED && (!meetings_only || made_call)));
        }
    }
    return 0;
}

/* Whether a trigger of another kind than a visit lies in units (p, unit): "وصل X إلى الرباط في
 * زيارة رسمية يرافقه Y" is one trip, "زار X الرياض والتقى الملك برفقة Y" a meeting Y came to. */
static int other_event_between(const rw_xstate *st, uint32_t p, uint32_t unit)
{
    for (uint32_t k = p + 1; k < unit; k++)
        if (rw_is_event_trigger(st, k) && st->lx->triggers[st->units[k].ref].rel != RW_REL_VISITED)
            return 1;
    return 0;
}

/* Whether an entourage preposition comes right before mention m ("برفقة وزير التربية"،
 * "مرفوقا بكل من X و Y", and those coordinated with that one): m accompanies someone named
 * before it. */
static int entourage_before(const rw_xstate *st, const rw_pm *m)
{
    /* Over the words of a list ("بكل من") and the mentions coordinated with it. */
    uint32_t k = m->unit;
    for (size_t i = (size_t)(m - st->pms); i > 0 && st->pms[i].coord && st->pms[i - 1].kind != RW_PM_PLACE; i--)
        k = st->pms[i - 1].unit;
    for (uint32_t steps = 0; k-- > 0 && steps < 3; steps++) {
        const rw_unit *v = &st->units[k];
        /* (a definite adjective is the entourage's own, before the next one named: "والتقى X
         * والوفد المرافق له Y" - Y is the one met, no companion) */
        if (v->kind == RW_U_WORD && (v->cls & RW_W_ENTOURAGE)) return !v->definite;
        if (!(v->kind == RW_U_WORD && (v->cls & (RW_W_SIDE | RW_W_PREP)))) break;
    }
    return 0;
}

/* Whether person mention m is the one accompanied: right after a definite entourage adjective,
 * with ل ("الوفد المرافق للرئيس"). */
static int accompanied(const rw_xstate *st, const rw_pm *m)
{
    if (m->unit == 0 || !(st->units[m->unit].pflags & RW_P_PURPOSE)) return 0;
    const rw_unit *v = &st->units[m->unit - 1];
    return v->kind == RW_U_WORD && (v->cls & RW_W_ENTOURAGE) && v->definite;
}

/* Whether mention m accompanies someone: an entourage preposition right before it, or an
 * entourage adjective right after it (past a nationality or a definite word: "والوفد الوزاري
 * المرافق له"). After it only the definite adjective: in "X مرفوقة بممثل اللجنة"، "X يرافقه Y"
 * X is the one accompanied. */
static int entourage(const rw_xstate *st, const rw_pm *m)
{
    for (uint32_t k = m->unit_end; k < st->n_units && k < m->unit_end + 3; k++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_ENTOURAGE) && v->definite) return 1;
        if (!(v->kind == RW_U_NISBA || (v->kind == RW_U_OTHER && v->definite))) break;
    }
    return entourage_before(st, m);
}

/* Whether organisation mention m is in construct with the meeting noun at q, up to four units
 * after it over institution nouns and definite words ("اجتماع اللجنة التنفيذية للاتحاد
 * الأفريقي"): the body holds the meeting. */
static int owner_of_noun(const rw_xstate *st, uint32_t q, const rw_pm *m)
{
    if (m->unit <= q || m->unit > q + 4 || m->side) return 0;
    for (uint32_t k = q + 1; k < m->unit; k++) {
        const rw_unit *v = &st->units[k];
        if (!(v->kind == RW_U_WORD && (v->cls & RW_W_INSTITUTION)) &&
            !(v->kind == RW_U_OTHER && v->definite) && v->kind != RW_U_NISBA)
            return 0;
    }
    return 1;
}

/* Whether organisation mention m holds the meeting of clause c, or another meeting named between
 * c's trigger and m ("ترامب سيلتقي مع السيسي خلال اجتماع الجمعية العامة للأمم المتحدة": the
 * Assembly's session is where they meet, no party of theirs). */
static int owner_of_meeting(const rw_xstate *st, const rw_clause *c, const rw_pm *m)
{
    if (c->tr->tense == RW_VT_NOUN && owner_of_noun(st, c->p, m)) return 1;
    /* ... or of another meeting noun before it ("على هامش مشاركته في أشغال قمة مجموعة الدول السبع
     * ... كان للرئيس لقاءات مع ..."): the body holds that meeting, whichever event this is. */
    for (uint32_t q = m->unit > 4 ? m->unit - 4 : 0; q < m->unit; q++)
        if (q != c->p && rw_meeting_noun(st, q) && owner_of_noun(st, q, m)) return 1;
    /* ... and so is the same body named again right after ("قمة مجموعة الدول السبع الكبار
     * (G7)"). */
    for (const rw_pm *o = m; o-- > st->pms && o->unit + 4 >= m->unit;)
        if (o->ref == m->ref && owner_of_meeting(st, c, o)) return 1;
    return 0;
}

/* "وزير خارجية النرويج، الذي يؤدي زيارة إلى تونس على رأس وفد، قد التقى أمس Y": a trigger right
 * after a comma (and قد) that closes a relative clause has for subject the one the clause
 * describes (right before the pronoun), not a mention inside the clause. */
static void after_relative_clause(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    uint32_t k = c->p;
    if (k > 0 && st->units[k - 1].kind == RW_U_WORD && (st->units[k - 1].cls & RW_W_MAY)) k--;
    if (k == 0 || st->units[k - 1].kind != RW_U_PUNCT) return;
    uint32_t rel = 0;
    int found = 0;
    for (uint32_t j = k - 1, steps = 0; j-- > 0 && steps < 30 && !found; steps++) {
        const rw_unit *v = &st->units[j];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_RELATIVE)) {
            rel = j;
            found = 1;
        } else if (rw_is_clause(st, j) && v->kind != RW_U_PUNCT) {
            return; /* another clause opens first */
        }
    }
    if (!found) return;
    uint32_t before = rel; /* a comma may stand between the pronoun and what it describes */
    if (before > 0 && st->units[before - 1].kind == RW_U_PUNCT) before--;
    for (size_t i = 0; i < st->n_pms; i++)
        if (st->pms[i].unit_end == before && st->pms[i].kind == RW_PM_PERSON) {
            a->pre[0] = (int)i;
            a->npre = 1;
            return;
        }
}

/* "واصل X جولته على المرجعيات، ... ، فزار رئيس الجمهورية Y في قصر بعبدا": a past verb with ف
 * right after a comma goes on with the sentence's first person, its subject; whoever is named
 * after the verb is its object, not a subject of its own (verb first). */
static void fa_continuation(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    const rw_unit *v = &st->units[c->p];
    if (a->npre || c->p == 0 || c->tr->tense != RW_VT_PAST || !v->prefix_len ||
        !rw_mentions_is_comma(st, c->p - 1))
        return;
    const rw_token *t = &st->tk->v[v->tok];
    if (t->end - t->start < 2 || memcmp(st->text + t->start, "\xd9\x81", 2) != 0) return; /* ف */
    for (size_t i = 0; i < st->n_pms && st->pms[i].unit < c->p; i++)
        if (st->pms[i].kind == RW_PM_PERSON) {
            a->pre[0] = (int)i;
            a->npre = 1;
            return;
        }
}

/* "أن لافروف بحث في اتصال هاتفي، السبت، مع وزير الخارجية الأمريكي": a call or meeting noun
 * right after a verb of discussion and في is where that verb's subject discussed - he is the
 * noun's subject, the person right before the verb. */
static void discussed_in_subject(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    uint32_t p = c->p;
    if (a->npre || c->tr->tense != RW_VT_NOUN || p < 3 || st->units[p - 1].kind != RW_U_WORD ||
        !(st->units[p - 1].cls & RW_W_PREP) || !rw_is_event_trigger(st, p - 2) ||
        st->lx->triggers[st->units[p - 2].ref].frame != RW_FRAME_DISCUSS)
        return;
    for (size_t i = st->n_pms; i-- > 0;)
        if (st->pms[i].unit_end == p - 2) {
            if (st->pms[i].kind == RW_PM_PERSON) {
                a->pre[0] = (int)i;
                a->npre = 1;
            }
            return;
        }
}

/* Whether a death noun (words.tsv `death`) stands right before unit u, past at most two words
 * of title or honour ("وفاة المغفور له الشيخ خليفة"). */
static int after_death_noun(const rw_xstate *st, uint32_t u)
{
    for (uint32_t k = u, steps = 0; k-- > 0 && steps < 3; steps++) {
        const rw_unit *v = &st->units[k];
        if (v->kind == RW_U_WORD && (v->cls & RW_W_DEATH)) return 1;
        if (v->kind == RW_U_PUNCT || v->kind == RW_U_TRIGGER || (v->pflags & RW_P_CONJ)) return 0;
    }
    return 0;
}

/* "زيارة أجراها الصفدي إلى دمشق، التقى خلالها الشرع": a verb of meeting with no subject before
 * it, followed by خلالها (during it), has for subject the traveller of the visit that pronoun
 * names - the last one this sentence told; who follows is the one he met. */
static void during_visit_subject(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    uint32_t p = c->p;
    if (a->npre || c->tr->tense == RW_VT_NOUN || c->tr->rel != RW_REL_MET || p + 1 >= st->n_units)
        return;
    if (!rw_mentions_pronoun_unit(st, p + 1, RW_W_DURING)) return;
    for (size_t i = st->n_ev; i-- > 0;) {
        const rw_event *v = &st->ev[i];
        if (v->sentence != st->sentence) break;
        if (v->rel != RW_REL_VISITED || !v->na) continue;
        /* (a traveller named by his title alone is resolved with the article: "زيارة الدولة
         * التي قام بها رئيس الجمهورية إلى روما، والتي التقى خلالها Y" is his, not that of an
         * earlier visit of the sentence) */
        if (v->side_a[0] < 0) return;
        for (size_t k = 0; k < st->n_pms; k++)
            if (st->pms[k].kind == RW_PM_PERSON && st->pms[k].ref == v->side_a[0] &&
                st->pms[k].unit < p) {
                a->pre[0] = (int)k;
                a->npre = 1;
                a->visit_subject = 1;
                return;
            }
        return;
    }
}

/* "خلال لقائه برئيس الجمهورية X، حرص الرئيس المصري Y على ...": past the marked side and a
 * comma, a content word that starts a new statement ends the participants; Y is its subject.
 * An apposition ("الوزير الأول الجزائري،، عبد المالك سلال"), time or place words between commas
 * ("X، صباح اليوم بقصر قرطاج، Y") and a benediction after a verb-first subject ("استقبل الملك
 * محمد السادس، نصره الله، ...") do not. */
static void after_comma_statement(const rw_xstate *st, rw_args *a)
{
    for (int i = a->marker + 1; a->marker >= 0 && i < a->npost; i++) {
        const rw_pm *prev = &st->pms[a->post[i - 1]], *m = &st->pms[a->post[i]];
        if (m->coord || m->unit <= prev->unit_end) continue;
        uint32_t k = prev->unit_end;
        while (k < m->unit && st->units[k].kind != RW_U_PUNCT) k++;
        if (k + 1 < m->unit && rw_mentions_is_comma(st, k) && st->units[k + 1].kind == RW_U_OTHER &&
            !(st->units[k + 1].pflags & RW_P_CONJ)) {
            a->npost = i;
            return;
        }
    }
}

/* Whether person mention m is the genitive of a body noun behind the preposition ل, just
 * before his name or opening the mention ("المعارضين لحكومة نتانياهو"): the body's owner. Not
 * a form of address (دولة رئيس الوزراء X). */
static int owner_of_body(const rw_xstate *st, const rw_pm *m)
{
    for (uint32_t k = m->unit > 0 ? m->unit - 1 : 0; k + 1 < m->unit_end; k++) {
        const rw_unit *v = &st->units[k];
        if (v->kind != RW_U_WORD || !(v->cls & RW_W_INSTITUTION) || (v->cls & RW_W_EXCELLENCY) ||
            !v->prefix_len || st->units[k + 1].kind != RW_U_ACTOR)
            continue;
        /* (the clitic ل, as written) */
        const rw_token *t = &st->tk->v[v->tok];
        if (t->end - t->start >= 2 && (unsigned char)st->text[t->start] == 0xD9 &&
            (unsigned char)st->text[t->start + 1] == 0x84)
            return 1;
    }
    return 0;
}

/* Whether the mention at unit u is in construct with the common noun right before it: an
 * unknown word, indefinite, of no proclitic and no given name, that no mention covers
 * ("مؤتمر الأمم المتحدة"). */
static int genitive_of_noun(const rw_xstate *st, uint32_t u)
{
    const rw_unit *n = &st->units[u - 1];
    if (n->kind != RW_U_OTHER || n->definite || n->pflags || n->ntok != 1 ||
        rw_is_event_trigger(st, u - 1) || rw_in_mention(st, u - 1))
        return 0;
    return !rw_mentions_forename(st, n->tok);
}

/* Whether the mention at unit u follows من (words.tsv `author`) right after a common noun no
 * lexicon knows, of no event ("استجابة لمبادرة من X"، "بطلب من X"): the noun's author, not
 * the side of the event
 * before it - which takes its side right after its own noun or verb ("تلقى اتصالا من X"،
 * "اتصال هاتفي تلقاه من X"). */
static int agent_of_noun(const rw_xstate *st, uint32_t u)
{
    const rw_unit *w = &st->units[u - 1], *n = &st->units[u - 2];
    if (w->kind != RW_U_WORD || w->ntok != 1 || n->kind != RW_U_OTHER || n->ntok != 1 ||
        rw_is_event_trigger(st, u - 2))
        return 0;
    if (!(w->cls & RW_W_AUTHOR)) return 0;
    /* a noun for sure: behind the clitic ل or ب, or written with ة (not "اتصال تلقاه من X") */
    const rw_token *nt = &st->tk->v[n->tok];
    return (n->pflags & (RW_P_PURPOSE | RW_P_SIDE)) ||
           (nt->end - nt->start >= 2 && (unsigned char)st->text[nt->end - 2] == 0xD8 &&
            (unsigned char)st->text[nt->end - 1] == 0xA9);
}

/* "بدليل عدم حضوره الكلمات التالية للقادة العرب وبينهم الرئيس الفلسطيني ...": the persons
 * after "among them", when no مع before it makes them the other side ("مع قادة دوليين، من بينهم
 * الرئيس ترامب"), are members of a group named before, no parties of the event at p. */
static int listed_among(const rw_xstate *st, uint32_t p, uint32_t unit)
{
    /* (... but a group a verb of meeting takes for its object, with no preposition before it,
     * is the other side: "حيث التقى ممثلي القوى السياسية، وبينهم النائب X" - X was met) */
    const rw_lex_trigger *tr = &st->lx->triggers[st->units[p].ref];
    int met_object = tr->rel == RW_REL_MET && tr->tense != RW_VT_NOUN;
    int side = 0;
    for (uint32_t k = p + 1; k < unit; k++) {
        const rw_unit *u = &st->units[k];
        if (u->pflags & (RW_P_PURPOSE | RW_P_SIDE)) met_object = 0;
        if (rw_is_event_trigger(st, k)) met_object = 0;
        if (u->kind != RW_U_WORD) continue;
        if (u->cls & (RW_W_SIDE | RW_W_PREP)) met_object = 0;
        if (u->cls & RW_W_SIDE) side = 1;
        if ((u->cls & RW_W_AMONG) && !side && !met_object) return 1;
    }
    return 0;
}

/* Whether a word of aim (words.tsv `aim`: لبحث، لمناقشة) stands between the trigger at p
 * and unit `unit`, with no side word (مع) after it: "يستقبل X Y لبحث التحضيرات ... ودور البرلمان
 * العربي" - past the aim, those named are what is discussed, not guests. */
static int past_aim(const rw_xstate *st, uint32_t p, uint32_t unit)
{
    int aim = 0;
    for (uint32_t k = p + 1; k < unit; k++) {
        const rw_unit *u = &st->units[k];
        /* (another verb's event ends it; a noun is more of the topic: "لبحث التحضيرات لأعمال
         * القمة العربية ودور البرلمان") */
        if (rw_is_event_trigger(st, k) && st->lx->triggers[u->ref].tense != RW_VT_NOUN) return 0;
        if ((u->pflags & RW_P_SIDE) || (u->kind == RW_U_WORD && (u->cls & RW_W_SIDE))) aim = 0;
        if (u->kind == RW_U_WORD && (u->cls & RW_W_AIM)) aim = 1;
    }
    return aim;
}

/* "كما سيلتقي الشيخ X خلال وجوده في جدة رئيس نادي الاتحاد": past the one named after a verb, a
 * title that names no one the engine can name (no mention covers it) is a party too - the one
 * named is the subject, and no one supplied from the clause before may stand in for the other. */
static void unnamed_title_after(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    if (c->tr->tense == RW_VT_NOUN || a->npre || a->npost != 1) return;
    uint32_t k = st->pms[a->post[0]].unit_end;
    /* (a title right after the name, with the words of its complement, is his in apposition:
     * "مع معالي الدكتور X القائم بأعمال وزير الدفاع الأمريكي") */
    while (k < c->R && k < st->n_units && !rw_in_mention(st, k) && !st->units[k].pflags &&
           (st->units[k].kind == RW_U_TITLE || st->units[k].kind == RW_U_OFFICE ||
            (k > st->pms[a->post[0]].unit_end &&
             (st->units[k].kind == RW_U_NISBA || st->units[k].kind == RW_U_PLACE))))
        k++;
    for (; k < c->R && k < st->n_units; k++) {
        const rw_unit *u = &st->units[k];
        /* (a comma or a word of company ends the clause's parties: "الدكتور X، يرافقه عميد
         * المعهد" is his companion) */
        if (rw_is_event_trigger(st, k) || rw_is_clause(st, k) || u->kind == RW_U_PUNCT ||
            (u->kind == RW_U_WORD && (u->cls & (RW_W_ACCOMPANY | RW_W_AIM))))
            return;
        if ((u->kind == RW_U_OFFICE || u->kind == RW_U_TITLE) && !rw_in_mention(st, k) &&
            !(u->pflags & (RW_P_CONJ | RW_P_PURPOSE))) {
            a->unnamed = 1;
            return;
        }
    }
}

/* "رئيس حركة النهضة راشد الغنوشي الذي اتصل هاتفيا بكل من X و Y": a verb right after a relative
 * pronoun has for subject the person the pronoun follows, a comma between or not ("الرئيس
 * الإيراني إبراهيم رئيسي، الذي قام بزيارة"): the pronoun opens the verb's clause, so that
 * person is outside it. */
/* The person mention that ends right before the relative pronoun at unit r (a comma between or
 * not), or -1. */
static int relative_antecedent_pm(const rw_xstate *st, uint32_t r)
{
    uint32_t before = r;
    if (before > 0 && rw_mentions_is_comma(st, before - 1)) before--;
    for (size_t i = 0; i < st->n_pms; i++)
        if ((st->pms[i].unit_end == r || st->pms[i].unit_end == before) &&
            st->pms[i].kind == RW_PM_PERSON)
            return (int)i;
    return -1;
}

static void relative_subject(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    uint32_t p = c->p;
    /* ("شكري، الذي أجرى بدوره مباحثات مع Y": a noun after the relative's verb and an adverb -
     * the verb and its noun told apart - has that subject too) */
    if (c->tr->tense == RW_VT_NOUN && p > 3 && st->units[p - 1].kind == RW_U_OTHER &&
        st->units[p - 1].ntok == 1 && !st->units[p - 1].definite &&
        st->units[p - 2].kind == RW_U_OTHER && !st->units[p - 2].definite &&
        st->units[p - 3].kind == RW_U_WORD && (st->units[p - 3].cls & RW_W_RELATIVE)) {
        int i = relative_antecedent_pm(st, p - 3);
        if (i >= 0) {
            a->pre[0] = i;
            a->npre = 1;
        }
        return;
    }
    if (a->npre || c->tr->tense == RW_VT_NOUN || p == 0 || st->units[p - 1].kind != RW_U_WORD ||
        !(st->units[p - 1].cls & RW_W_RELATIVE))
        return;
    int i = relative_antecedent_pm(st, p - 1);
    if (i >= 0) a->pre[a->npre++] = i;
}

/* Whether unit u stands in an aside of when set off by commas before unit p: a comma and a word
 * of when (words.tsv `when_of`: بعد، قبل) a few words before it, a comma after it, and the
 * trigger after that comma. */
static int in_when_aside(const rw_xstate *st, uint32_t u, uint32_t p)
{
    int opened = 0;
    for (uint32_t k = u, steps = 0;
         !opened && k-- > 1 && steps < 6 && !rw_mentions_is_comma(st, k); steps++)
        opened = rw_has_word(st, k, k + 1, RW_W_WHEN_OF) && rw_mentions_is_comma(st, k - 1);
    for (uint32_t k = u + 1; opened && k < p; k++)
        if (rw_mentions_is_comma(st, k)) return 1;
    return 0;
}

/* What rw_arguments carries from one mention of the clause to the next. */
typedef struct arg_scan {
    const rw_xstate *st;
    const rw_clause *c;
    rw_args *a;
    int meeting;    /* the trigger is a meeting's or a call's */
    int side_after; /* its other side is marked after it (a side word or proclitic: مع، ب) */
    int recipient;  /* the last person read is a recipient or a topic: so are those coordinated
                       with him */
    int blocked;    /* past the clause, another meeting, visit or call was reported: no later
                       place is this event's */
    int last_place; /* the mention index of the last destination taken, or -1 */
} arg_scan;

static void clear_args(rw_args *a)
{
    a->npre = a->npost = a->nplaces = 0;
    a->place_after = a->place_before = a->first_after_kind = a->first_after_ref = -1;
    a->near_before = a->sent_place_before = a->sent_place_after = a->hosted_at = -1;
    a->near_set = 0;
    a->unnamed = 0;
    a->visit_subject = 0;
    a->marker = -1;
    a->first_after_introduced = 0;
    a->ncompanions = 0;
}

/* Stage 1: mention i is no argument of the trigger at all, whichever side of it it stands on -
 * a place that is part of a title, a topic or a street, a message's sender, a name in a list
 * of others, a country of a relation, the owner of a place, the one a statement is given to.
 * `before` is the class of the word right before it. */
static int never_argument(const arg_scan *s, size_t i, rw_wclass before)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    const rw_lex_trigger *tr = s->c->tr;
    uint32_t p = s->c->p;
    if (m->kind == RW_PM_PLACE && tr->rel != RW_REL_VISITED && title_place(st, m->unit)) return 1;
    if (m->kind == RW_PM_PLACE && tr->rel != RW_REL_VISITED &&
        (m->unit > p ? not_venue(st, m->unit) || past_topic(st, p, m->unit)
                     : topic_place(st, m->unit) || goal_before(st, m->unit)))
        return 1;
    if (m->kind == RW_PM_PLACE && tr->rel != RW_REL_VISITED &&
        (never_venue(st, i, p) || (m->unit > p && genitive_place(st, m->unit))))
        return 1;
    if (m->kind == RW_PM_PLACE && (embassy_owner(st, m->unit) || street_name(st, m->unit))) return 1;
    /* "حاملا رسالة من الملك محمد السادس"، "رسالة دعوة خطية موجهة إليه من العاهل الأردني":
     * the sender of a message is no party. */
    if (m->kind != RW_PM_PLACE && m->unit > p && after_message(st, m->unit)) return 1;
    if (m->kind != RW_PM_PLACE && m->unit > p && listed_among(st, p, m->unit)) return 1;
    if (m->kind != RW_PM_PLACE && m->unit > p && s->a->npost > 0 && s->meeting &&
        past_aim(st, p, m->unit))
        return 1;
    /* "لبحث العلاقات بين تونس ودول الاتحاد الأوروبي": coordinated with a country after بين,
     * the relations talked about, not a party. */
    if (m->kind != RW_PM_PLACE && m->unit > p && between_countries(st, m->unit)) return 1;
    /* "اجتماع ... بمنزل رئيس حركة النهضة راشد الغنوشي": the owner of the place. */
    if (m->kind == RW_PM_PERSON && (before & RW_W_PLACE_OF)) return 1;
    /* "في تصريح لوكالة الأنباء الجزائرية": the one a statement is given to (ل), not the
     * one who gave it ("تصريحات محسن مرزوق"). */
    return m->kind != RW_PM_PLACE && (before & RW_W_STATEMENT) &&
           (st->units[m->unit].pflags & RW_P_PURPOSE);
}

/* Stage 2: person i is a recipient or a topic of a meeting or call, not a party - or is
 * coordinated with one. Keeps s->recipient for the next person. */
static int recipient_or_topic(arg_scan *s, size_t i, rw_wclass before)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    uint32_t p = s->c->p;
    /* "تم عرض الوثيقة على رئيس الحكومة ورئيس البرلمان في انتظار عقد لقاء مع رئيس
     * الجمهورية": before a trigger whose other side is marked after it, those a direction
     * word introduces (no side word: مع، من) and those coordinated with them are recipients
     * or topics, not its subject. (Unmarked, they may be its parties: "ورفع النتائج إلى
     * رؤساء X و Y و Z، تمهيدا للقمة الثلاثية".) */
    if (m->kind == RW_PM_PERSON && m->unit < p && m->unit >= s->c->L && s->side_after) {
        if (rw_recipient_word(before)) s->recipient = 1;
        else if (!m->coord) s->recipient = 0;
        if (s->recipient) return 1;
    }
    /* "ورفع نتائج الاجتماع الوزاري إلى رئيس الجمهورية X ورئيس الجزائر Y": those a
     * direction word (إلى، عن، حول), a preposition that marks no side ("الثقة في القيادي
     * X"، "في الأمم المتحدة") or a noun (below) introduces after the trigger, and those
     * coordinated with them, are recipients, topics or venues, not parties. */
    if (m->kind == RW_PM_PERSON && m->unit > p && s->meeting) {
        const rw_unit *v = &st->units[m->unit - 1]; /* m->unit > p */
        if (rw_recipient_word(before) ||
            /* ... unless it joins a title to its complement: "كاتب الدولة لدى وزير الخارجية" */
            ((before & RW_W_PREP) && !(before & (RW_W_SIDE | RW_W_BETWEEN)) &&
             !rw_title_before(st, m->unit - 1, 1)) ||
            /* "طالبت خلال لقاء اليوم بإستقالة وزير الداخلية": the complement of a noun
             * that carries the side's ب */
            (!m->coord && v->kind == RW_U_OTHER && !v->definite &&
             rw_mentions_side_proclitic(st, m->unit - 1) &&
             !rw_mentions_kin_apposition(st, m->unit - 1)) ||
            /* "وفد حزبي لمقابلة المشير حفتر، لدعم مبادرة رئيس الجمهورية": the one a noun
             * in construct with him belongs to (a noun written with ة, never a verb) */
            (!m->coord && v->kind == RW_U_OTHER && !v->definite && !v->pflags &&
             rw_mentions_written_ta_marbuta(st, v->tok) && (i == 0 ||
             st->pms[i - 1].unit_end < m->unit)))
            s->recipient = 1;
        else if (!m->coord)
            s->recipient = 0;
        if (s->recipient) return 1;
    }
    return 0;
}

/* Whether person mention m, written with ل, follows an envoy word (words.tsv `envoy`), an
 * adjective between at most: the one who sent the envoy ("الموفد الشخصي للرئيس الفرنسي X"). */
static int envoy_word(const rw_xstate *st, uint32_t k)
{
    size_t n;
    const char *w = rw_mentions_unit_bare(st, k, &n);
    /* (its head word: "المبعوث الخاص" is one office) */
    const char *sp = memchr(w, ' ', n);
    return (rw_lexicon_word_class(st->lx, w, sp ? (size_t)(sp - w) : n) & RW_W_ENVOY) != 0;
}

static int sent_envoy(const rw_xstate *st, const rw_pm *m)
{
    /* (the envoy's title read into the mention of the one who sent him: "المبعوث الخاص
     * للرئيس الأمريكي X") */
    /* (... when the name after the ل holds that office at the article's date: "للرئيس
     * الأمريكي جو بايدن" sent him; "للأمين العام للأمم المتحدة إلى اليمن X" names the envoy) */
    if (envoy_word(st, m->unit)) {
        int office = -1;
        for (uint32_t k = m->unit + 1; k < m->unit_end; k++) {
            const rw_unit *u = &st->units[k];
            if (u->kind == RW_U_OFFICE && (u->pflags & RW_P_PURPOSE)) office = u->ref;
            const char *cc;
            if (office >= 0 && u->kind == RW_U_ACTOR)
                return rw_lexicon_actor_office(st->lx, u->ref, st->doc_date, &cc) == office;
        }
    }
    if (!(st->units[m->unit].pflags & RW_P_PURPOSE)) return 0;
    for (uint32_t k = m->unit, steps = 0; k-- > 0 && steps < 2; steps++) {
        if (envoy_word(st, k)) return 1;
        if (!(st->units[k].kind == RW_U_OTHER && st->units[k].definite && !st->units[k].pflags))
            return 0;
    }
    return 0;
}

/* Stage 3: mention i stands outside the event - someone's unnamed relative (the clause then has
 * a party it cannot name), the one an institution is named after, an entourage (kept as
 * companions where they go with the traveller or the guest), the body whose own meeting it
 * is or where the next person works, an occasion, the one represented or spoken for. */
static int outside_the_event(arg_scan *s, size_t i, rw_wclass before)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    const rw_clause *c = s->c;
    const rw_lex_trigger *tr = c->tr;
    rw_args *a = s->a;
    uint32_t p = c->p;
    /* "سيجتمع والد ميسي مع رئيس برشلونة": Messi's father, whose name is not given. */
    if (m->kind == RW_PM_PERSON && kin_before(st, m)) {
        if (m->unit >= c->L && m->unit < c->R) a->unnamed = 1;
        return 1;
    }
    /* "تجديد الثقة في حكومة الحبيب الصيد": the one an institution is named after (a title
     * or a name after دولة is a person addressed so: "دولة رئيس الوزراء"، "دولة ناريندرا
     * مودي"; words.tsv `excellency`). */
    /* (A title after the noun is the object when the noun has the article, which ends the
     * construct - "استقبل بمقر الرئاسة رئيس الوزراء X" - and the genitive when it has none:
     * "مسؤول في إدارة الرئيس جو بايدن" is no party.) */
    if (m->kind == RW_PM_PERSON && (before & RW_W_INSTITUTION) && !(before & RW_W_EXCELLENCY) &&
        ((st->units[m->unit].kind != RW_U_OFFICE && st->units[m->unit].kind != RW_U_TITLE) ||
         (!st->units[m->unit - 1].definite && !st->units[m->unit - 1].pflags &&
          st->units[m->unit].definite)) &&
        !(st->units[m->unit].pflags & RW_P_CONJ))
        return 1;
    /* "ضمن الوفد المرافق للسراج": the one a delegation accompanies, written with ل after
     * the entourage adjective, is neither a party nor a companion of this event. */
    if (m->kind == RW_PM_PERSON && accompanied(st, m)) return 1;
    /* "رئيس الحكومة والوفد الوزاري المرافق له"، "برفقة وزير التربية": an entourage. */
    if (m->kind != RW_PM_PLACE && entourage(st, m)) {
        /* "أدى X زيارة لولاية المهدية مرفوقا بوزير الشؤون الاجتماعية Y"، "قام X مرفوقا
         * بوزير الداخلية Y بزيارة ...": the persons who come with a traveller, in the visit's
         * clause with no other event between, go where he goes. */
        /* "التقى X ... مديرة البنك الدولي Y، مرفوقة بممثلة البنك بتونس، Z": a person who
         * comes with the guest named after a meeting verb meets the host too. */
        int with_traveller = tr->rel == RW_REL_VISITED && m->unit >= c->L && m->unit != p;
        int with_guest = tr->rel == RW_REL_MET && m->unit > p && a->npost > 0;
        if ((with_traveller || with_guest) && m->kind == RW_PM_PERSON && m->unit < c->R &&
            entourage_before(st, m) &&
            !(m->unit > p ? other_event_between(st, p, m->unit) : other_event_between(st, m->unit, p)) &&
            a->ncompanions < RW_MAX_ARGS)
            a->companions[a->ncompanions++] = (int)i;
        return 1;
    }
    /* "اجتماع اللجنة التنفيذية للاتحاد الأفريقي"، "اجتماع مجلس إدارة الشركة": the body
     * whose own meeting it is, not a party to it. */
    int org = m->kind != RW_PM_PLACE && m->ref >= 0 && st->x->entities[m->ref].kind == RW_KIND_ORG;
    if (org && owner_of_meeting(st, c, m)) return 1;
    /* "مديرة منطقة المغرب العربي بالبنك الدولي ماري نيلي": a body right before a person's
     * name is where that person works, no party of its own. */
    if (org && i + 1 < st->n_pms && st->pms[i + 1].unit == m->unit_end &&
        st->pms[i + 1].kind == RW_PM_PERSON && !st->pms[i + 1].coord)
        return 1;
    /* "على هامش أعمال الجمعية العامة"، "على هامش قمة الدول السبع الكبار (G7)": the occasion,
     * not a participant. */
    if (org && rw_has_word(st, m->unit > OCCASION_REACH ? m->unit - OCCASION_REACH : 0, m->unit,
                           RW_W_OCCASION))
        return 1;
    /* "نيابة عن خادم الحرمين الشريفين، استقبل الأمير X ...": the one represented is no
     * party. */
    if (m->kind != RW_PM_PLACE && m->unit > 0 &&
        rw_has_word(st, m->unit - 1, m->unit, RW_W_REPRESENTED))
        return 1;
    /* ... nor is the one a spokesperson speaks for ("المتحدث باسم الرئيس التركي X"). */
    if (m->kind == RW_PM_PERSON && sent_envoy(st, m)) return 1;
    return m->kind == RW_PM_PERSON && rw_mentions_spoken_for(st, m->unit);
}

/* Stage 4: what the sentence around the clause says of mention i - the places before the
 * trigger and past its clause, a venue of hosting, the last person before the trigger. Returns
 * 1 when the mention goes no further: a place someone came from. */
static int note_sentence_context(arg_scan *s, size_t i, rw_wclass before)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    const rw_clause *c = s->c;
    rw_args *a = s->a;
    uint32_t p = c->p;
    if (m->kind == RW_PM_PLACE) {
        /* "الاتفاق الذي وقعته تونس وجمهورية ألمانيا الاتحادية ... اثر اجتماع بين X و Y":
         * places coordinated before the event are its parties or topic, not its venue. */
        int paired = m->coord || (i + 1 < st->n_pms && st->pms[i + 1].kind == RW_PM_PLACE &&
                                  st->pms[i + 1].coord && st->pms[i + 1].unit == m->unit_end);
        /* "بعد عودته من بنغازي : رئيس الجمهورية يستقبل X": where someone came from is no
         * place of the event, nor a traveller's goal (below). */
        if (m->unit > 0 && rw_has_word(st, m->unit - 1, m->unit, RW_W_CAME_FROM)) return 1;
        if (m->unit < p && !paired) a->sent_place_before = m->ref;
        if (m->unit < p && hosting_before(st, m->unit)) a->hosted_at = m->ref;
        if (m->unit >= c->R && a->sent_place_after < 0 && !s->blocked) {
            /* Past the clause, a place still belongs to this event until another
             * meeting, visit or call is reported. */
            for (uint32_t k = c->R; k < m->unit && !s->blocked; k++)
                if (rw_is_event_trigger(st, k)) {
                    rw_rel r2 = st->lx->triggers[st->units[k].ref].rel;
                    if (r2 == RW_REL_MET || r2 == RW_REL_PHONED || r2 == RW_REL_VISITED) s->blocked = 1;
                }
            /* ... unless a noun has it in construct: "معلنة عن استعداد ألمانيا لاستقبال
             * اللاجئين" names a country that acts, no venue. */
            if (!s->blocked && !genitive_place(st, m->unit)) a->sent_place_after = m->ref;
        }
    } else if (m->unit < p && m->kind == RW_PM_PERSON &&
               (m->ref < 0 || st->x->entities[m->ref].kind == RW_KIND_PERSON) &&
               !(s->meeting && side_of_earlier_event(st, m, p, before, 1))) {
        /* (not the other side of a meeting told just before: "عقد اجتماعاً مع الحريري ...،
         * قبل أن يختتم لقاءاته مع باسيل" are not Hariri's meetings; a caller may go on:
         * "تلقى اتصالا من X، وضعه خلاله في صورة نتائج لقائه مع Y" is X's) */
        a->near_before = m->ref;
        a->near_set = 1;
    }
    return 0;
}

/* Stage 5: mention i, in the clause before the trigger, is a place of the clause or one of the
 * subjects - unless it is the other side of an event told just before, or the time of this
 * one. */
static void take_before_trigger(arg_scan *s, size_t i, rw_wclass before)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    rw_args *a = s->a;
    uint32_t p = s->c->p;
    if (m->kind == RW_PM_PLACE) a->place_before = m->ref;
    else if (s->meeting && side_of_earlier_event(st, m, p, before, 0)) return;
    /* "وفي انتظار بومبيو، استقبل عون أمس Y": one named right after a word of when is
     * the time of the event, no party of it (as after the trigger, below). */
    else if (m->unit > 0 && rw_has_word(st, m->unit - 1, m->unit, RW_W_WHEN_OF))
        return;
    /* "وكان X أجرى الخميس الماضي، بعد ساعات من إعلان ترامب قراره، اتصالا بـ Y": nor is one
     * named in an aside of when between commas. */
    else if (in_when_aside(st, m->unit, p))
        return;
    else if (a->npre < RW_MAX_ARGS) a->pre[a->npre++] = (int)i;
}

/* Whether place i, after a visit's trigger, is no destination of it: the sender named before
 * the travellers, a partner, an office's or an institution's place, one of the two of a
 * relation, a topic, a place of another clause or of a quoted name, where the visit is not. */
static int no_destination(const arg_scan *s, size_t i)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    const rw_lex_trigger *tr = s->c->tr;
    uint32_t p = s->c->p;
    if (tr->rel != RW_REL_VISITED) return 0;
    /* A visit's destination is introduced (إلى موسكو، بالعاصمة موسكو); a place
     * right after the verb and before the travellers is the sender. */
    /* ... but with the travellers named before the verb ("السوداني سيزور واشنطن
     * ... تلبية لدعوة من ترامب") a bare place is the destination. */
    /* (Those after it who come with the traveller are no travellers: "زار X دمشق
     * برفقة Y".) */
    /* (Not the object of the verb زار right after it: "زار بيروت وكيل وزارة الخارجية
     * ديفيد هيل" names the place first, the traveller after it.) */
    int object = tr->tense != RW_VT_NOUN && tr->frame == RW_FRAME_EVENT &&
                 m->unit == p + 1 && !rw_send_verb(st, p);
    /* (... and a bare place after the traveller is his goal: "زار X عمّان على رأس وفد") */
    if (!s->a->npre && !s->a->npost && !object && !introduced(st, m->unit, p) &&
        i + 1 < st->n_pms && st->pms[i + 1].kind != RW_PM_PLACE && st->pms[i + 1].unit < s->c->R &&
        !st->pms[i + 1].side && !entourage_before(st, &st->pms[i + 1]))
        return 1;
    /* "في جزيرتين ... بالقرب من حدود بحرية متنازع عليها مع كوريا الجنوبية": a place
     * after مع (words.tsv `partner`) is a partner, never where the traveller went. */
    if (rw_has_word(st, m->unit - 1, m->unit, RW_W_PARTNER)) return 1;
    /* "يزور سمو أمير المنطقة الشرقية غدا محافظة الأحساء": a place in construct with an
     * office right before it is that office's, no goal. */
    /* (not a title head that is a place noun too: "غدا محافظة الطائف") */
    if (m->unit > 0 && !st->units[m->unit].pflags &&
        st->units[m->unit - 1].kind == RW_U_OFFICE && !st->units[m->unit - 1].definite)
        return 1;
    /* "منذ قطع العلاقات الدبلوماسية بين الرياض ونظام الأسد": a place after بين is
     * one of two parties of a relation, never where the traveller went. */
    if (m->unit > 0 && rw_has_word(st, m->unit - 1, m->unit, RW_W_BETWEEN) &&
        !rw_has_word(st, m->unit - 1, m->unit, RW_W_SEPARATE))
        return 1;
    /* "منذ بدء الحرب على غزة"، "العدوان على لبنان": a place a topic noun governs
     * through a preposition is what the noun is about, no goal */
    if (m->unit >= 2 && !st->units[m->unit].prefix_len &&
        st->units[m->unit - 1].kind == RW_U_WORD && (st->units[m->unit - 1].cls & RW_W_PREP) &&
        st->units[m->unit - 2].kind == RW_U_WORD && (st->units[m->unit - 2].cls & RW_W_TOPIC) &&
        !(st->units[m->unit - 2].cls & RW_W_PREP) && !rw_is_event_trigger(st, m->unit - 2))
        return 1;
    /* "لزيارة القوات الأمريكية ولمناقشة ... السيطرة على مدينة الرقة": past a new
     * clause or purpose with و, a place is that clause's, not the goal. */
    if (rw_coordinated_clause_between(st, p + 1, m->unit)) return 1;
    /* "منذ توليه رئاسة البيت الأبيض"، "حكومة تونس": a place in construct with an
     * institution noun is the institution's, no goal */
    /* (not when the noun is itself the goal: "زيارة إلى جمهورية ألمانيا"، "إلى متحف
     * باردو") */
    if (m->unit > p + 2 && genitive_place(st, m->unit) &&
        st->units[m->unit - 1].kind == RW_U_WORD &&
        (st->units[m->unit - 1].cls & RW_W_INSTITUTION) &&
        !(st->units[m->unit - 1].cls & RW_W_STATE) &&
        st->units[m->unit - 2].kind == RW_U_OTHER && !st->units[m->unit - 2].prefix_len)
        return 1;
    /* "بزيارة \"فريق أوروبا\"": a place inside a quoted name that opens right after
     * the visit noun, past another word, is a word of that name, no goal */
    if (tr->tense == RW_VT_NOUN && m->unit > p + 2 &&
        rw_mentions_quote_span(st, m->unit) == (int)p + 1)
        return 1;
    /* "وتأتي زيارة الرئيس في وقت تشهد فيه باريس توترا": past "in which" (words.tsv
     * `in_which`), a clause of its own speaks of the place - no goal of the visit noun. */
    if (tr->tense == RW_VT_NOUN && rw_has_word(st, p + 1, m->unit, RW_W_IN_WHICH)) return 1;
    /* "في أول زيارة له خارج القارة العجوز أوروبا": where the visit is not */
    return place_after_word(st, m->unit, RW_W_OUTSIDE);
}

/* Whether person or body i, after the trigger and with no side word of its own, is no party:
 * the one whose body, noun or death is named, a topic, an initiative's author, whom one meets
 * after, a relation's partner. */
static int no_party_after(const arg_scan *s, size_t i)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    uint32_t p = s->c->p;
    /* "المعارضين لحكومة نتانياهو": the one whose government, party or office a body
     * noun names is no party */
    if (!m->side && m->unit > p + 1 && m->kind == RW_PM_PERSON && owner_of_body(st, m)) return 1;
    /* "لاستضافة مؤتمر الأمم المتحدة لتغير المناخ": a body in construct with a common
     * noun is what the noun is of, no party */
    if (!m->side && m->unit > p + 1 && m->ref >= 0 &&
        st->x->entities[m->ref].kind == RW_KIND_ORG && genitive_of_noun(st, m->unit))
        return 1;
    /* "وقدم له التعازي في وفاة المغفور له الشيخ خليفة": the deceased, no party */
    if (m->kind == RW_PM_PERSON && after_death_noun(st, m->unit)) return 1;
    /* "التقى X Y و Z لاحتواء الخلاف بشأن دمج قوات الدعم السريع": past a preposition
     * of topic, one named with no side word is what was discussed */
    if (!m->side && past_topic_preposition(st, p, m->unit)) return 1;
    /* "أن المحادثات جرت استجابة لمبادرة من الرئيس الصيني": the one after من is
     * the initiative's author, no party */
    if (m->unit > p + 2 && agent_of_noun(st, m->unit)) return 1;
    /* "سيلتقي بعد ماي الرئيس المكسيكي": whom one meets after, no party; nor the
     * partner of a relation discussed ("بحث X العلاقات مع الاتحاد الأوروبي") */
    return m->unit > 0 && rw_has_word(st, m->unit - 1, m->unit, RW_W_WHEN_OF | RW_W_RELATION);
}

/* Stage 6: mention i, in the clause after the trigger, is its first mention after it, a visit's
 * destination (with the places coordinated with it) or one of the objects. */
static void take_after_trigger(arg_scan *s, size_t i)
{
    const rw_xstate *st = s->st;
    const rw_pm *m = &st->pms[i];
    rw_args *a = s->a;
    if (a->first_after_kind < 0) {
        a->first_after_kind = m->kind;
        a->first_after_ref = m->ref;
        a->first_after_introduced = m->kind == RW_PM_PLACE && introduced(st, m->unit, s->c->p);
    }
    if (m->kind == RW_PM_PLACE) {
        if (no_destination(s, i)) return;
        /* Coordinated with the destination itself, not with any place after it ("إلى
         * الرياض في مستهل جولة تشمل الدوحة وأبوظبي": Abu Dhabi is not reached yet). */
        if (a->place_after < 0) {
            a->place_after = m->ref;
            a->place_after_unit = m->unit;
            a->places[a->nplaces++] = m->ref;
            s->last_place = (int)i;
        } else if (m->coord && a->nplaces < 4 && a->nplaces && s->last_place == (int)i - 1 &&
                   m->unit <= st->pms[i - 1].unit_end + 1) {
            a->places[a->nplaces++] = m->ref;
            s->last_place = (int)i;
        }
    } else if (!no_party_after(s, i) && a->npost < RW_MAX_ARGS) {
        if (a->marker < 0 && m->side) a->marker = a->npost;
        a->post[a->npost++] = (int)i;
    }
}

void rw_arguments(const rw_xstate *st, const rw_clause *c, rw_args *a)
{
    arg_scan s = {st, c, a, 0, 0, 0, 0, -1};
    s.meeting = c->tr->rel == RW_REL_MET || c->tr->rel == RW_REL_PHONED;
    for (uint32_t k = c->p + 1; s.meeting && k < c->R && !s.side_after; k++)
        s.side_after = (st->units[k].pflags & RW_P_SIDE) ||
                       (st->units[k].kind == RW_U_WORD && (st->units[k].cls & RW_W_SIDE));
    clear_args(a);
    size_t i0 = rw_first_pm(st, c->lo), i = i0;
    for (; i < st->n_pms && st->pms[i].unit < c->hi; i++) {
        const rw_pm *m = &st->pms[i];
        rw_wclass before = rw_word_before(st, m);
        if (never_argument(&s, i, before) || recipient_or_topic(&s, i, before) ||
            outside_the_event(&s, i, before) || note_sentence_context(&s, i, before))
            continue;
        if (m->unit >= c->L && m->unit < c->p) take_before_trigger(&s, i, before);
        else if (m->unit > c->p && m->unit < c->R) take_after_trigger(&s, i);
    }
    rw_count_work(st, i - i0);
    /* Then what the clause's shape says of the arguments sorted. */
    after_relative_clause(st, c, a);
    fa_continuation(st, c, a);
    during_visit_subject(st, c, a);
    discussed_in_subject(st, c, a);
    after_comma_statement(st, a);
    relative_subject(st, c, a);
    unnamed_title_after(st, c, a);
}
