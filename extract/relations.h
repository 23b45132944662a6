/*
 * relations.h - trigger frames to facts.
 *
 * For each trigger unit of a sentence (data/triggers.tsv) the frame says where its arguments
 * are: the clause around the trigger (bounded by clause words and other triggers) is split into
 * the mentions before and after it; the side marker مع/ب separates the two sides of a meeting in
 * verb-first order; a missing subject is the previous clause's. Place and date come from the
 * clause, else the sentence; modality from the trigger's own form and the words before it.
 * Events are kept until the end of the article, when role placeholders are resolved (within the
 * article first, then roles.tsv at the document date), delegations are expanded to their leaders
 * and members, and facts are written, one per pair, without duplicates.
 */
#ifndef RW_RELATIONS_H
#define RW_RELATIONS_H

#include "extract/mentions.h"

/* Reads the events of the current sentence (after rw_mentions_sentence). `dx` are the date
 * expressions of the sentence (found by the caller with the tense of its first trigger). */
int rw_relations_sentence(rw_xstate *st, const rw_date_expr *dx, size_t ndx);
/* The tense a sentence's dates should be read with: that of its first trigger. */
rw_tense rw_relations_sentence_tense(const rw_xstate *st);
/* Drops the events of `sentence` among the first `upto` events (freeing them): used when a
 * headline is read again once the whole article is known. */
void rw_relations_drop(rw_xstate *st, uint32_t sentence, size_t upto);
/* Makes every side and companion `from` of the events told so far `to`: a headline's person the
 * second reading named in full ("الرئيس عباس" -> محمود عباس) is the one later sentences meant. */
void rw_relations_rename(rw_xstate *st, int from, int to);
/* Resolves placeholders and writes every fact of the article into st->x. */
int rw_relations_finish(rw_xstate *st);

#endif
