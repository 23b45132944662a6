/*
 * store.h - the SQLite store: documents, sentences, mentions, entities, names, facts, merges.
 *
 * The schema is documented in docs/schema.md and versioned with PRAGMA user_version; opening an
 * older database migrates it. The database runs in WAL mode so readers (export, queries) work
 * while an ingest writes. Every value is bound as a parameter, never spliced into SQL.
 *
 * Ingest: rw_store_add_extraction() stores one article's extraction and resolves its entities
 * against the graph (merge.h: lexicon keys, folded names, stated aliases, roles at dates), inside
 * the transaction the caller opened with rw_store_begin(); the caller commits in batches.
 * A document whose content hash is already stored is skipped and reported as such.
 */
#ifndef RW_STORE_H
#define RW_STORE_H

#include "base/error.h"
#include "extract/facts.h"
#include "graph/graph.h"

typedef struct rw_store rw_store;

typedef enum rw_store_mode { RW_STORE_READ, RW_STORE_WRITE } rw_store_mode;

/* Opens (RW_STORE_WRITE: creates or migrates) the database at `path`. RW_STORE_READ fails with
 * RW_EIO when the file does not exist. `tx` (may be NULL) is the text layer used to fold names
 * and transliterate labels; it must outlive the store. */
rw_store *rw_store_open(const char *path, rw_store_mode mode, rw_text *tx, rw_error *err);
void rw_store_close(rw_store *s);

int rw_store_begin(rw_store *s, rw_error *err);
int rw_store_commit(rw_store *s, rw_error *err);
int rw_store_rollback(rw_store *s);

typedef struct rw_ingest_result {
    int duplicate;      /* 1: the same content was already stored; nothing changed */
    size_t facts;       /* facts stored */
    size_t new_entities;
    size_t merged;      /* mentions resolved to an entity that already existed */
} rw_ingest_result;

int rw_store_add_extraction(rw_store *s, const rw_extraction *x, rw_ingest_result *res,
                            rw_error *err);

/* Loads the whole merged graph for export and queries; NULL and err on failure. */
rw_graph *rw_store_load_graph(rw_store *s, rw_error *err);

#endif
