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
 * A document whose content hash is already stored is skipped and reported as such; one whose text
 * is a near-duplicate of a stored one (graph/copies.h) is stored and recorded as its copy, and
 * the loaded graph names each copy's story (rw_gdoc.story) so events count it once.
 */
#ifndef RW_STORE_H
#define RW_STORE_H

#include "base/error.h"
#include "extract/facts.h"
#include "graph/graph.h"

typedef struct rw_store rw_store;

typedef enum rw_store_mode { RW_STORE_READ, RW_STORE_WRITE } rw_store_mode;

/* Opens (RW_STORE_WRITE: creates or migrates) the database at `path`. `tx` (may be NULL) is the
 * text layer used to fold names and transliterate labels; it must outlive the store.
 *
 * Errors say which case the user is in: an empty path (RW_EUSAGE); no file there (reading);
 * "not a rawabit database" (not SQLite at all, an empty file read, or another program's SQLite
 * database); "the database is corrupt"; "read-only" (opening for writing a file that cannot be
 * written); anything else with the system's reason. A database that can be read but not written
 * (read-only media, a read-only file or directory) opens for reading: when WAL's -shm file cannot
 * be created beside it, it is read as immutable (what an unfinished -wal file holds is not seen
 * then; a clean ingest leaves none). */
rw_store *rw_store_open(const char *path, rw_store_mode mode, rw_text *tx, rw_error *err);

/* How long a store waits for another process's write transaction (one batch of its ingest)
 * before giving up with "another process has held the database...". */
#define RW_STORE_BUSY_WAIT_S 3600

/* Calls fn(ud, path) the first time this store has to wait for another process (at most once),
 * so a command can say why it is not moving. */
void rw_store_on_wait(rw_store *s, void (*fn)(void *ud, const char *path), void *ud);
void rw_store_close(rw_store *s);

/* Packs a database this store created (SQLite's VACUUM), once its ingest is committed: inserting
 * in the order articles come leaves B-tree pages partly empty - 2.7 of 92.8 MB on 70,000 articles
 * - and rewriting the new file takes half a second there. A database that existed is left as it
 * is: rewriting a large one for a few more articles costs more than it saves. 0, or RW_EIO (the
 * data stays as committed). */
int rw_store_compact_new(rw_store *s, rw_error *err);

int rw_store_begin(rw_store *s, rw_error *err);
int rw_store_commit(rw_store *s, rw_error *err);
int rw_store_rollback(rw_store *s);

typedef struct rw_ingest_result {
    int duplicate; /* 1: the same content was already stored; nothing changed */
    size_t facts;  /* facts stored */
    size_t new_entities;
    size_t merged; /* the article's entities resolved to an entity that already existed */
    int copy;      /* 1: a near-duplicate of an article already stored (graph/copies.h); it is
                      kept, and recorded as a copy of the same story */
} rw_ingest_result;

int rw_store_add_extraction(rw_store *s, const rw_extraction *x, rw_ingest_result *res,
                            rw_error *err);

/* Loads the whole merged graph for export and queries; NULL and err on failure. The caller
 * frees it with rw_graph_free(). */
rw_graph *rw_store_load_graph(rw_store *s, rw_error *err);

/* User decisions (`rawabit merge`, `rawabit split`, `--aliases FILE`). Entities are named by id,
 * lexicon key or any name (any folding). Each decision is stored and steers every later ingest
 * (merge.h, rule 1), so it survives re-ingesting. Both work inside or outside a transaction. */

/* Merges entity b into entity a: b's names, mentions and facts become a's, b is deleted and its
 * id recorded in `merges` with `reason` (NULL: "user decision"). RW_EUSAGE when either is not
 * found. */
int rw_store_merge(rw_store *s, const char *a, const char *b, const char *reason, rw_error *err);
/* Takes `name` away from `entity` into a new entity, with the mentions written that way and the
 * facts of sentences that mention only that name. RW_EUSAGE when the entity lacks the name. */
int rw_store_split(rw_store *s, const char *entity, const char *name, rw_error *err);
/* Reads a TSV of decisions, one a line: "merge<TAB>A<TAB>B" or "split<TAB>ENTITY<TAB>NAME"
 * ('#' comments). Applies what names existing entities now and stores every decision for later
 * ingests. Errors name the file and line. Loading the same file again changes nothing. */
int rw_store_load_aliases(rw_store *s, const char *path, rw_error *err);

/* One row of an entity's merge history (docs/schema.md, table merges); strings valid during the
 * callback only, NULL when absent. */
typedef struct rw_merge_row {
    const char *merged_from; /* the article entity's lexicon key, or the merged/split entity id */
    const char *name;        /* the name that was resolved */
    const char *reason;
    const char *doc; /* the document id, NULL for a user decision */
    const char *created_at;
} rw_merge_row;

/* Calls fn for each merge recorded for the entity with this id, oldest first; fn returns 0 to go
 * on. Returns 0 or an error status. */
int rw_store_merge_history(rw_store *s, const char *entity_id,
                           int (*fn)(void *ctx, const rw_merge_row *row), void *ctx, rw_error *err);

#endif
