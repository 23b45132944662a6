/*
 * modality.h - stage 3 of reading a trigger: whether its event happened.
 *
 * An event is asserted (it happened), planned (announced, proposed, a purpose) or negated. The
 * trigger's own form says first (سيلتقي is planned, data/triggers.tsv); then, in its scope:
 *   - a future or purpose proclitic on it (سـ، لـ: "لبحث");
 *   - a `planned` word of words.tsv up to six units before it in its clause (من المقرر أن،
 *     يعتزم، دعاه), or right after a verbal noun ("اللقاء المرتقب"، "الزيارة المقبلة");
 *   - a `negated` word up to three units before it (لم، لن، تعذر);
 *   - a verb of denial (نفى، أنكر، ألغى) over its complement clause: up to ten units back, further
 *     only across a clause word ("نفى مصدر ... ما تداولته وسائل الإعلام عن أن يكون فلان قد
 *     التقى"), and a denial later in the sentence that refers back ("وهو ما نفته طهران").
 * Internal to extract/.
 */
#ifndef RW_MODALITY_H
#define RW_MODALITY_H

#include "extract/clause.h"

/* The modality of the event the trigger at unit p reports. */
rw_modality rw_modality_of(const rw_xstate *st, uint32_t p);

#endif
