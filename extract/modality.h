/*
 * modality.h - stage 3 of reading a trigger: whether its event happened.
 *
 * An event is asserted (it happened), planned (announced, proposed, a purpose) or negated. The
 * trigger's own form says first (سيلتقي is planned, data/triggers.tsv); then, in its scope:
 *   - a future or purpose proclitic on it (سـ، لـ: "لبحث");
 *   - a `planned` word of words.tsv up to six units before it in its clause (من المقرر أن،
 *     يعتزم، دعاه), or right after a verbal noun ("اللقاء المرتقب"، "الزيارة المقبلة");
 *   - a `planned` word further back in its clause (up to ten units: "سيعقد، في غضون الساعات
 *     القادمة، لقاء")، and after a present tense or a verbal noun, one in its clause ("يلتقي
 *     ... قريبا"، "الاجتماع سيبحث ...");
 *   - a `may` word right before a present tense ("قد يلتقي");
 *   - a present-tense meeting or call in the body of a report (not a headline) is announced,
 *     unless an `ongoing` word says it is happening now ("ينعقد حاليا اجتماع");
 *   - a `negated` word up to three units before it (لم، لن، تعذر);
 *   - a verb of denial (نفى، أنكر، ألغى) over its complement clause: up to ten units back, further
 *     only across a clause word ("نفى مصدر ... ما تداولته وسائل الإعلام عن أن يكون فلان قد
 *     التقى"), and a denial later in the sentence that refers back ("وهو ما نفته طهران").
 * Internal to extract/.
 */
#ifndef RW_MODALITY_H
#define RW_MODALITY_H

#include "extract/clause.h"

/* The modality of the event the trigger of clause c reports. */
rw_modality rw_modality_of(const rw_xstate *st, const rw_clause *c);

/* Whether the present tense of clause c, right after قبل أن or بعد أن, follows an event told in
 * the past, nearest before it in its sentence: then it is that event's sequel, as past as it is
 * (a subjunctive, no present): "واستقبل الملك X الرئيس Y، قبل أن يعقد Y جلسة مباحثات مع Z". */
int rw_after_past_event(const rw_xstate *st, const rw_clause *c);

/* Whether sentence `sentence` of the article is a headline: the first, with no full stop, or one
 * of the sentences ".." joins on a first line that ends with none. A headline tells past events
 * in the present (rw_relations_finish gives its events the modality of the body's report). */
int rw_headline(const rw_xstate *st, uint32_t sentence);
/* Whether the trigger of clause c is told as a headline tells: in a headline, or a present tense
 * after its subject in the first sentence ("الرئيس المصري يستقبل العاهل الأردني ..."). */
int rw_headline_order(const rw_xstate *st, const rw_clause *c);

/* Whether trigger c is a meeting noun heading a verbless line without a full stop anywhere in
 * the article - a sub-heading or a "رابط الخبر: لقاء ثلاثي بين X و Y" line - which, like a
 * headline, tells what the body reports and takes the body's modality. */
int rw_heading_noun(const rw_xstate *st, const rw_clause *c);

#endif
