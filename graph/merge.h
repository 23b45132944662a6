/*
 * merge.h - one entity per real actor: resolving an article's local entities against a graph.
 *
 * Extraction numbers entities inside one article; merging decides which of the graph's entities
 * each one is. The rules are tried in order, and the first that applies is recorded with its
 * reason (docs/merging.md):
 *
 *   1. a user decision (rw_store_merge / rw_store_split / an --aliases file)      "user decision"
 *   2. the same lexicon key                                                            "lexicon"
 *   3. a name stated in a text to be another name of an actor (alias_of)  "alias stated in DOC"
 *   4. the same folded full name and kind; a person's name needs two words or more,
 *      and groups (delegations) never merge by name                                    "name"
 *   4b. a person's full name equal to a known one after the spelling-variant rules of
 *      data/name_variants.tsv (المنصف خماخم = منصف خماخم, الجريء = الجرئ)          "name variant"
 *   5. a role-only entity ("role:OFFICE@CC") -> whoever held that office at the
 *      document's date, from holds_role facts already in the graph  "role OFFICE@CC at DATE"
 *
 * otherwise a new entity. The rules are written once, here, against a small table of lookups
 * (rw_merge_ops) that the SQLite store and the in-memory graph each implement.
 */
#ifndef RW_MERGE_H
#define RW_MERGE_H

#include <stdint.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/error.h"
#include "extract/facts.h"
#include "graph/graph.h"
#include "graph/ids.h"

/* One observation that someone held an office: a holds_role fact. `held` is 0 for a negated one
 * ("the former president"), which ends a tenure. */
typedef struct rw_role_obs {
    int64_t entity;
    rw_date date; /* the fact's date, else its document's */
    int held;
} rw_role_obs;

/* The lookups a backend provides. Entity handles are > 0; 0 means "none". */
typedef struct rw_merge_ops {
    /* Step 1: the entity a user decision assigns to an actor with this key (may be NULL) or any
     * of these folded names; 0 when none. May be NULL (no decisions). */
    int64_t (*decided)(void *ctx, const char *key, const char *const *folded, size_t n);
    /* Whether a user split took the folded name away from the entity. May be NULL. */
    int (*forbidden)(void *ctx, int64_t entity, const char *folded);
    int64_t (*by_key)(void *ctx, const char *key);
    /* An entity of this kind with this folded name; with alias_only, only names stated as
     * aliases (any kind), and `doc` receives the id of the document that stated it. When `key`
     * is not NULL, an entity with a different lexicon key is not a match: two lexicon entries
     * are two actors even when they share a name. */
    int64_t (*by_name)(void *ctx, const char *folded, rw_kind kind, const char *key, int alias_only,
                       char *doc, size_t doc_size);
    /* The holds_role observations of `role` ("OFFICE@CC") that can decide who held it at `when`:
     * all of them, or at least all those of the latest date on or before `when`.
     * *obs malloc'd (caller frees). */
    int (*role_obs)(void *ctx, const char *role, rw_date when, rw_role_obs **obs, size_t *n,
                    rw_error *err);
    /* Creates an entity for local entity `e` (role: the unresolved role phrase, kept apart). */
    int (*create)(void *ctx, const rw_xentity *e, int is_role, int64_t *out, rw_error *err);
    /* Gives the entity the local entity's names and their folded forms (and its lexicon key
     * when the entity had none, so the next article finds it by key), and records why:
     * `reason` is NULL for a new entity. A role phrase (is_role) is never made a name of the
     * person it resolved to, nor matched by name later. alias: stated as aliases. */
    int (*attach)(void *ctx, int64_t entity, const rw_xentity *e, const char *const *folded,
                  size_t n_folded, int is_role, int alias, const char *reason, rw_error *err);
} rw_merge_ops;

/* Resolves every entity of `x` in turn (creating the new ones as it goes, so two local entities
 * of one article can meet), writing the handles into out[x->n_entities]. `tx` folds names (may
 * be NULL: names match as written). `names` gives the variant rules of rule 4b (may be NULL: no
 * variants). `doc_id` names the document in reasons. */
int rw_merge_resolve(const rw_merge_ops *ops, void *ctx, rw_text *tx, rw_names *names,
                     const rw_extraction *x, const char *doc_id, int64_t *out, rw_error *err);

/* Rule 4b's index: whether an entity of `kind` named `folded` needs a name row for its variant
 * key, written into `key` ("~..."; rw_names_variant_key). A backend stores that row beside the
 * folded name, so by_name(key) finds it; only full person names whose key differs from the
 * folded form get one (the others are found by their folded form). 1 yes, 0 no, -1 out of
 * memory. */
int rw_merge_variant_row(rw_names *names, rw_kind kind, const char *folded, rw_buf *key);

/* Whether a fact of `rel` between entities `subj` and `obj` (handles; obj 0 = none) is kept once
 * merged: a meeting or call whose two sides resolved to one actor (two spellings of one name in
 * one sentence, "وديع الجريء ... وديع الجرئ") says nothing and is dropped. */
int rw_merge_keeps_fact(rw_rel rel, int64_t subj, int64_t obj);

/* Picks who held an office at `when` from observations: the latest observation on or before
 * `when` decides (a negated one means nobody known); 0 when none is before. */
int64_t rw_merge_role_holder(const rw_role_obs *obs, size_t n, rw_date when);

/* Whether a folded person name is specific enough to merge on: two words or more. */
int rw_merge_name_is_full(const char *folded);

/* Parses "role:OFFICE@CC" into "OFFICE@CC" (pointer into key); NULL when not a role key. */
const char *rw_merge_role_of_key(const char *key);

/* Appends the English label of an unresolved role: "foreign_minister@SY" -> "Foreign Minister
 * (SY)", "president" -> "President". 0, or -1 when memory runs out. */
int rw_merge_role_label(const char *role, rw_buf *out);

/* `rawabit extract` without a database: adds the article's document, entities (merged with
 * those already in `g` by rules 2-4, ids per ids.h) and facts (evidence = the sentence) to g.
 * The name-parts table is read on the first call and kept with the graph. */
int rw_graph_add_extraction(rw_graph *g, const rw_extraction *x, rw_text *tx, rw_error *err);

/* The same with a name-parts table the caller opened once (ids.h; borrowed, must outlive g), for
 * callers that build many short-lived graphs: `rawabit extract` makes one per article, and
 * reading the table for each was a fifth of its time. names NULL = as above. */
int rw_graph_add_extraction_with(rw_graph *g, const rw_extraction *x, rw_text *tx,
                                 rw_names *names, rw_error *err);

#endif
