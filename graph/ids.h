/*
 * ids.h - stable entity ids and English labels for names no lexicon knows.
 *
 * An entity found by the lexicon carries its key, and its id is that key made URL-safe
 * ("place:moscow" -> "place-moscow"). Any other entity is named by its English label, built word
 * by word: a table of common name parts first (data/name_parts.tsv: أحمد -> Ahmed, عبد ال ->
 * Abdul-, the article ال -> "al-"), and for a word the table lacks, the readable transliteration
 * of the ICU rule set data/transliteration.txt (rw_text_transliterate: فايزولين -> Fayzulin,
 * بدر -> Badr), each word capitalised and the article kept lower case ("Irik Fayzulin",
 * "al-Badr"). Its id is the slug of that label ("ahmed-al-sharaa"). Ids are stored with the
 * entity, so a name keeps its id across runs even when the table or the rules later improve its
 * label.
 */
#ifndef RW_IDS_H
#define RW_IDS_H

#include "base/buf.h"
#include "base/error.h"
#include "extract/text.h"

/* The name-parts table, read once. */
typedef struct rw_names rw_names;

/* Reads `path` (NULL: name_parts.tsv in $RAWABIT_DATA, else the source tree's data/, else the
 * installed data directory). Keys are folded with `tx` (may be NULL: keys are used as written,
 * and words the table lacks cannot be transliterated). `tx` must outlive the table. When
 * transliteration.txt exists in the data directory (rw_ids_data_dir()), it becomes tx's
 * transliterator (rw_text_set_transliteration_rules: compiled once per tx, however many tables
 * share it); without it tx keeps ICU's letter-for-letter one. Returns NULL and err
 * ("FILE:LINE: problem", for the table or the rules) on failure; free with rw_names_free(). */
rw_names *rw_names_open(const char *path, rw_text *tx, rw_error *err);
void rw_names_free(rw_names *n);
size_t rw_names_count(const rw_names *n);

/* Appends the English label of an Arabic name ("أمجد بدر" -> "Amjad Badr", "الشيباني" ->
 * "al-Shaibani"). Latin input is kept, capitalised. Always ASCII. Returns 0, or -1 when memory
 * runs out. Appends nothing when no word yields Latin letters. */
int rw_names_label_en(rw_names *n, const char *name, rw_buf *out);

/* Writes into `out` (replacing its content) the variant key of a folded name: "~" and its words,
 * each changed by the rules of name_variants.tsv in the data directory (read by rw_names_open;
 * none when the file is missing), so spellings of one name that differ only in ways that never
 * make another person's name have one key: "~منصف خماخم" for both المنصف خماخم and منصف خماخم,
 * "~وديع جري" for وديع الجريء and وديع الجرئ. The "~" keeps keys apart from folded names
 * (docs/merging.md, rule 4b). `n` may be NULL (no rules). Returns 0, or -1 when memory runs out. */
int rw_names_variant_key(const rw_names *n, const char *folded, rw_buf *out);

/* Appends the slug of `s`: ASCII letters and digits lower-cased, every other run of bytes one
 * hyphen, no hyphen at either end ("Ahmed al-Sharaa" -> "ahmed-al-sharaa"). 0 or -1. */
int rw_ids_slug(const char *s, rw_buf *out);

/* Writes into `out` (replacing its content) the id for a new entity: the slug of `key` when there
 * is one, else of `label_en`, else "entity"; when taken(ctx, id) says it belongs to another
 * entity, the next free suffix of "-2", "-3", ... is appended (found by doubling and bisection,
 * so a name shared by hundreds of entities costs a dozen lookups; the result is always free).
 * taken() returns 1 when taken, 0 when free, -1 on error. Returns 0, or -1 on error. */
int rw_ids_entity(const char *key, const char *label_en, int (*taken)(void *ctx, const char *id),
                  void *ctx, rw_buf *out);

/* The data directory: $RAWABIT_DATA if set, else the source tree's data/ when it exists, else
 * the installed one (the same rule as extract.h's rw_default_data_dir()). */
const char *rw_ids_data_dir(void);

#endif
