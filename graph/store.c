/*
 * store.c - the SQLite store (see store.h; the schema is docs/schema.md).
 *
 * One connection per rw_store, with every statement prepared once and reset after use (the
 * st[] cache). Values are always bound. The schema is created and upgraded by the migrations[]
 * table, one entry (SQL, and a C function when data must move) per PRAGMA user_version step,
 * so version 2 is one more entry.
 *
 * Ingest is a sequence of plain INSERTs inside the caller's transaction: if the process dies
 * mid-batch, SQLite rolls the whole batch back, no document of it has its hash stored, and the
 * next run ingests them again. Entity resolution is merge.c's; this file only answers its
 * lookups (the rw_merge_ops below) and writes what it decides.
 */
#include "graph/store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/array.h"
#include "base/buf.h"
#include "graph/copies.h"
#include "graph/graph_ext.h"
#include "graph/ids.h"
#include "graph/merge.h"
#include "rw_config.h"

/* Each entry upgrades the schema from version i to i + 1: its SQL, then (when a step must move
 * data in ways SQL cannot) its function, inside the same transaction. */
typedef struct migration {
    const char *sql;
    int (*fn)(rw_store *s, rw_error *err);
} migration;

static const char schema_v1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
    "INSERT INTO meta(key, value) VALUES ('created_by', 'rawabit " RW_VERSION "');"
    "CREATE TABLE documents("
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT, url TEXT, title TEXT,"
    "  date TEXT, lang TEXT, hash TEXT NOT NULL UNIQUE,"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
    "CREATE TABLE sentences("
    "  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  idx INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,"
    "  text TEXT NOT NULL, PRIMARY KEY(doc, idx)) WITHOUT ROWID;"
    "CREATE TABLE entities("
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
    "  label_ar TEXT, label_en TEXT NOT NULL, country TEXT, lexicon_key TEXT,"
    "  role TEXT);" /* set for an unresolved role-only entity: OFFICE@CC */
    "CREATE INDEX entities_key ON entities(lexicon_key) WHERE lexicon_key IS NOT NULL;"
    "CREATE TABLE names("
    "  rowid INTEGER PRIMARY KEY,"
    "  entity INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,"
    "  name TEXT NOT NULL, folded TEXT NOT NULL, alias INTEGER NOT NULL DEFAULT 0,"
    "  doc TEXT, UNIQUE(entity, folded));"
    "CREATE INDEX names_folded ON names(folded);"
    "CREATE TABLE mentions("
    "  rowid INTEGER PRIMARY KEY,"
    "  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  sentence INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,"
    "  entity INTEGER NOT NULL REFERENCES entities(rowid));"
    "CREATE INDEX mentions_entity ON mentions(entity);"
    "CREATE INDEX mentions_doc ON mentions(doc, sentence);"
    "CREATE TABLE facts("
    "  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rel TEXT NOT NULL,"
    "  subj INTEGER NOT NULL REFERENCES entities(rowid),"
    "  obj INTEGER REFERENCES entities(rowid), place INTEGER REFERENCES entities(rowid),"
    "  date TEXT, date_text TEXT, modality TEXT NOT NULL, role TEXT, trigger TEXT,"
    "  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  sentence INTEGER NOT NULL, span_start INTEGER, span_end INTEGER, confidence REAL);"
    "CREATE INDEX facts_subj ON facts(subj);"
    "CREATE INDEX facts_obj ON facts(obj) WHERE obj IS NOT NULL;"
    "CREATE INDEX facts_place ON facts(place) WHERE place IS NOT NULL;"
    "CREATE INDEX facts_role ON facts(role, date) WHERE rel = 'holds_role';"
    "CREATE TABLE merges("
    "  rowid INTEGER PRIMARY KEY,"
    "  entity INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,"
    "  merged_from TEXT, name TEXT, reason TEXT NOT NULL,"
    "  doc INTEGER REFERENCES documents(rowid) ON DELETE SET NULL,"
    "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
    "CREATE INDEX merges_entity ON merges(entity);"
    "CREATE TABLE decisions("
    "  rowid INTEGER PRIMARY KEY,"
    "  action TEXT NOT NULL CHECK (action IN ('merge', 'split')),"
    "  a TEXT NOT NULL, b TEXT NOT NULL, a_folded TEXT, b_folded TEXT, reason TEXT,"
    "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    "  UNIQUE(action, a, b));"
    "CREATE INDEX decisions_a ON decisions(a_folded);"
    "CREATE INDEX decisions_b ON decisions(b_folded);";

/* Version 2 keeps only the sentences facts cite (the evidence) and gives each mention its own
 * surface text, which is all `rawabit split` read the other sentences for: a month of news stored
 * every sentence of every article, and the database outgrew the text. facts_doc finds the facts
 * of a sentence (the migration's own query, and provenance lookups). */
static const char schema_v2[] =
    "ALTER TABLE mentions ADD COLUMN text TEXT;"
    "UPDATE mentions SET text = (SELECT CAST(substr(CAST(t.text AS BLOB),"
    "  mentions.start_byte - t.start_byte + 1, mentions.end_byte - mentions.start_byte) AS TEXT)"
    "  FROM sentences t WHERE t.doc = mentions.doc AND t.idx = mentions.sentence);"
    "CREATE INDEX facts_doc ON facts(doc, sentence);"
    "DELETE FROM sentences WHERE NOT EXISTS (SELECT 1 FROM facts f"
    "  WHERE f.doc = sentences.doc AND f.sentence = sentences.idx);";

/* Near-duplicate articles (graph/copies.h): each article's MinHash sketch, and every pair of
 * articles found to be copies of one story. Articles stored before this version have no sketch
 * and are never found to be copies. */
static const char schema_v3[] =
    "CREATE TABLE sketches("
    "  doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  minhash BLOB NOT NULL);"
    "CREATE TABLE copies("
    "  doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  of_doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,"
    "  similarity REAL NOT NULL, PRIMARY KEY(doc, of_doc)) WITHOUT ROWID;";

/* Version 4 keeps the lowest 16 bits of each of a sketch's minimum hashes (graph/copies.h):
 * half the bytes, estimates within 0.0001 - the 32-bit words of version 3 are cut in place. And
 * an article's entity resolved to an entity as an earlier article's was (same entity, lexicon
 * key, name and reason) is recorded once, by the first article: ANT seven times over logged
 * 190,877 resolutions, 5,700 of them distinct. A user's merges and splits (no article) stay. */
static const char schema_v4[] =
    "DELETE FROM merges WHERE doc IS NOT NULL AND rowid NOT IN (SELECT min(rowid) FROM merges "
    "WHERE doc IS NOT NULL GROUP BY entity, merged_from, name, reason);";
enum { SKETCH_BYTES = 2 * RW_SKETCH_HASHES, SKETCH_BYTES_V3 = 4 * RW_SKETCH_HASHES };
static int narrow_sketches(rw_store *s, rw_error *err);

/* Version 5 stores each content hash as its 16 bytes, not 32 hex digits: the column and its
 * unique index are 2.7 MB smaller on 70,000 articles. Loading writes them as hex again. */
static int pack_hashes(rw_store *s, rw_error *err);

static const migration migrations[] = {
    {schema_v1, NULL},            /* 0 -> 1 */
    {schema_v2, NULL},            /* 1 -> 2 */
    {schema_v3, NULL},            /* 2 -> 3 */
    {schema_v4, narrow_sketches}, /* 3 -> 4 */
    {"", pack_hashes},            /* 4 -> 5 */
};

enum { SCHEMA_VERSION = sizeof migrations / sizeof migrations[0] };

/* The statement cache: each SQL text is prepared on first use and kept. */
enum stmt_id {
    ST_DOC_BY_HASH,
    ST_DOC_ID_TAKEN,
    ST_DOC_INSERT,
    ST_SENT_INSERT,
    ST_MENTION_INSERT,
    ST_FACT_INSERT,
    ST_ENTITY_ID,
    ST_ENTITY_ID_TAKEN,
    ST_ENTITY_INSERT,
    ST_ENTITY_FILL,
    ST_BY_KEY,
    ST_BY_NAME,
    ST_BY_ALIAS,
    ST_ROLE_OBS,
    ST_NAME_INSERT,
    ST_MERGE_INSERT,
    ST_RESOLVED_INSERT,
    ST_DECIDED,
    ST_FORBIDDEN,
    ST_REF_BY_ID,
    ST_REF_BY_NAME,
    ST_SKETCH_INSERT,
    ST_COPY_INSERT,
    ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_DOC_BY_HASH] = "SELECT 1 FROM documents WHERE hash = ?1",
    [ST_DOC_ID_TAKEN] = "SELECT 1 FROM documents WHERE id = ?1",
    [ST_DOC_INSERT] = "INSERT INTO documents(id, source, url, title, date, lang, hash) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [ST_SENT_INSERT] = "INSERT INTO sentences(doc, idx, start_byte, end_byte, text) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_MENTION_INSERT] = "INSERT INTO mentions(doc, sentence, start_byte, end_byte, entity, text) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [ST_FACT_INSERT] = "INSERT OR IGNORE INTO facts(id, rel, subj, obj, place, date, date_text, "
                       "modality, role, trigger, doc, sentence, span_start, span_end, confidence) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    [ST_ENTITY_ID] = "SELECT id FROM entities WHERE rowid = ?1",
    [ST_ENTITY_ID_TAKEN] = "SELECT 1 FROM entities WHERE id = ?1",
    [ST_ENTITY_INSERT] = "INSERT INTO entities(id, kind, label_ar, label_en, country, lexicon_key, "
                         "role) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    /* An entity found by its name before the lexicon knew it takes the lexicon's key and English
     * label then (its id stays). */
    [ST_ENTITY_FILL] = "UPDATE entities SET label_ar = coalesce(label_ar, ?2), "
                       "country = coalesce(country, ?3), "
                       "label_en = CASE WHEN lexicon_key IS NULL AND ?4 IS NOT NULL "
                       "THEN coalesce(?5, label_en) ELSE label_en END, "
                       "lexicon_key = coalesce(lexicon_key, ?4) WHERE rowid = ?1",
    [ST_BY_KEY] = "SELECT rowid FROM entities WHERE lexicon_key = ?1 ORDER BY rowid LIMIT 1",
    [ST_BY_NAME] = "SELECT n.entity FROM names n JOIN entities e ON e.rowid = n.entity "
                   "WHERE n.folded = ?1 AND e.kind = ?2 AND e.role IS NULL "
                   "AND (?3 IS NULL OR e.lexicon_key IS NULL OR e.lexicon_key = ?3) "
                   "ORDER BY n.entity LIMIT 1",
    [ST_BY_ALIAS] = "SELECT n.entity, n.doc FROM names n JOIN entities e ON e.rowid = n.entity "
                    "WHERE n.folded = ?1 AND n.alias = 1 "
                    "AND (?2 IS NULL OR e.lexicon_key IS NULL OR e.lexicon_key = ?2) "
                    "ORDER BY n.rowid LIMIT 1",
    /* ISO dates sort as text the way rw_date_compare orders them ("2025" < "2025-01" <
     * "2025-01-05"), so the latest observation on or before a date is an index seek on
     * facts_role: the dated facts of that latest date, plus the latest undated one by its
     * document's date. */
    [ST_ROLE_OBS] =
        "SELECT subj, date, modality FROM facts WHERE rel = 'holds_role' AND role = ?1 AND "
        "date = (SELECT max(date) FROM facts WHERE rel = 'holds_role' AND role = ?1 AND "
        "date <= ?2) "
        "UNION ALL SELECT * FROM (SELECT f.subj, d.date, f.modality FROM facts f JOIN documents d "
        "ON d.rowid = f.doc WHERE f.rel = 'holds_role' AND f.role = ?1 AND f.date IS NULL AND "
        "d.date <= ?2 ORDER BY d.date DESC, f.modality = 'negated' DESC LIMIT 1)",
    [ST_NAME_INSERT] = "INSERT OR IGNORE INTO names(entity, name, folded, alias, doc) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_MERGE_INSERT] = "INSERT INTO merges(entity, merged_from, name, reason, doc) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)",
    /* an article's entity resolved as before, by the same name and reason, adds nothing */
    [ST_RESOLVED_INSERT] = "INSERT INTO merges(entity, merged_from, name, reason, doc) "
                           "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM merges "
                           "WHERE entity = ?1 AND merged_from IS ?2 AND name IS ?3 AND "
                           "reason = ?4 AND doc IS NOT NULL)",
    [ST_DECIDED] = "SELECT a, b FROM decisions WHERE action = 'merge' "
                   "AND (a = ?1 OR b = ?1 OR a_folded = ?2 OR b_folded = ?2) ORDER BY rowid",
    [ST_FORBIDDEN] = "SELECT 1 FROM decisions d JOIN entities e ON e.id = d.a "
                     "WHERE d.action = 'split' AND d.b_folded = ?1 AND e.rowid = ?2",
    [ST_REF_BY_ID] = "SELECT rowid FROM entities WHERE id = ?1 OR lexicon_key = ?1 "
                     "ORDER BY id = ?1 DESC, rowid LIMIT 1",
    [ST_REF_BY_NAME] = "SELECT entity FROM names WHERE folded = ?1 ORDER BY entity LIMIT 1",
    [ST_SKETCH_INSERT] = "INSERT INTO sketches(doc, minhash) VALUES (?1, ?2)",
    [ST_COPY_INSERT] = "INSERT OR IGNORE INTO copies(doc, of_doc, similarity) VALUES (?1, ?2, ?3)",
};

struct rw_store {
    sqlite3 *db;
    char *path;
    rw_store_mode mode;
    rw_text *tx;
    rw_names *names;
    sqlite3_stmt *st[ST_COUNT];
    rw_buf tmp, tmp2, id;
    int has_decisions; /* whether rule 1 can apply at all: most databases have no decisions */
    void (*on_wait)(void *ud, const char *path); /* rw_store_on_wait() */
    void *wait_ud;
    int waited; /* the caller has been told of a wait */
    rw_copy_index *copies; /* the stored sketches, read on the first ingest of this session */
    int created;           /* this store made the schema: the file was new (or empty) */
    /* The ingest in progress (for the merge callbacks). */
    int64_t doc_rowid;
    const char *doc_id;
    rw_ingest_result *res;
};

/* What went wrong, in the user's terms: the states a user must tell apart (not a database at
 * all, a damaged one, one that cannot be written, one held by another process) named as such,
 * and the system's reason for an I/O failure ("disk I/O error" alone says nothing). */
static const char *db_why(rw_store *s, char *buf, size_t n)
{
    const char *msg = sqlite3_errmsg(s->db);
    int code = sqlite3_extended_errcode(s->db), sys = sqlite3_system_errno(s->db);
    switch (code & 0xff) {
    case SQLITE_NOTADB: return "not a rawabit database (not an SQLite file at all)";
    case SQLITE_CORRUPT:
        snprintf(buf, n, "the database is corrupt (%s); restore a copy or ingest again", msg);
        break;
    case SQLITE_READONLY:
        snprintf(buf, n, "the database is read-only (%s)", msg);
        break;
    case SQLITE_BUSY:
        snprintf(buf, n, "another process has held the database for more than %d s (%s)",
                 RW_STORE_BUSY_WAIT_S, msg);
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        if (sys) {
            snprintf(buf, n, "%s (%s)", msg, strerror(sys));
            break;
        }
        /* fall through */
    default: snprintf(buf, n, "%s", msg);
    }
    return buf;
}

static rw_status db_error(rw_store *s, rw_error *err, const char *what)
{
    char why[512];
    return rw_error_set(err, RW_EIO, "%s: %s: %s", s->path, what, db_why(s, why, sizeof why));
}

/* The cached statement, reset and with its bindings cleared; NULL (and err) on failure. */
static sqlite3_stmt *stmt(rw_store *s, enum stmt_id id, rw_error *err)
{
    sqlite3_stmt *q = s->st[id];
    if (!q) {
        if (sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &s->st[id],
                               NULL) != SQLITE_OK) {
            db_error(s, err, "preparing a statement");
            return NULL;
        }
        return s->st[id];
    }
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return q;
}

static void bind_text(sqlite3_stmt *q, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(q, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(q, i);
}

/* The 16 bytes of a content hash written as 32 lower-case hex digits (rw_doc_hash); 0 when it
 * is not one. */
static int hash_bytes(const char *hex, unsigned char out[16])
{
    if (!hex || strlen(hex) != 32) return 0;
    for (int i = 0; i < 32; i++) {
        char c = hex[i];
        /* (lower case only, as rw_doc_hash writes it: loading gives back the same text) */
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (v < 0) return 0;
        if (i % 2)
            out[i / 2] = (unsigned char)(out[i / 2] | v);
        else
            out[i / 2] = (unsigned char)(v << 4);
    }
    return 1;
}

/* Binds a content hash as its 16 bytes (schema version 5); one that is not 32 hex digits (from
 * someone else's facts file) as the text it is. */
static void bind_hash(sqlite3_stmt *q, int i, const char *hex)
{
    unsigned char b[16];
    if (hash_bytes(hex, b))
        sqlite3_bind_blob(q, i, b, sizeof b, SQLITE_TRANSIENT);
    else
        bind_text(q, i, hex);
}

static void bind_date(sqlite3_stmt *q, int i, rw_date d)
{
    char buf[11];
    rw_date_format(d, buf);
    bind_text(q, i, rw_date_is_set(d) ? buf : NULL);
}

static rw_date column_date(sqlite3_stmt *q, int i)
{
    rw_date d = RW_DATE_NONE;
    const char *t = (const char *)sqlite3_column_text(q, i);
    if (t) rw_date_parse(t, &d);
    return d;
}

/* Runs a statement that returns at most one integer; 0 when it returns no row, -1 on error. */
static int64_t query_int(rw_store *s, sqlite3_stmt *q, rw_error *err)
{
    int rc = sqlite3_step(q);
    int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        db_error(s, err, "query");
        v = -1;
    }
    sqlite3_reset(q);
    return v;
}

static int exec_step(rw_store *s, sqlite3_stmt *q, rw_error *err, const char *what)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return db_error(s, err, what);
    return 0;
}

static int exec_sql(rw_store *s, const char *sql, rw_error *err)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
        char why[512];
        return rw_error_set(err, RW_EIO, "%s: %s", s->path, db_why(s, why, sizeof why));
    }
    return 0;
}

/* The schema version, or -1 with err set when the file cannot be read as a database at all. */
static int schema_version(rw_store *s, rw_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL) != SQLITE_OK) {
        db_error(s, err, "reading the schema version");
        return -1;
    }
    int v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    if (v < 0) db_error(s, err, "reading the schema version");
    sqlite3_finalize(q);
    return v;
}

/* How many tables a file holds; -1 on error. A version-0 file with tables is some other
 * program's database, which rawabit must neither read as empty nor fill with its own tables. */
static int count_tables(rw_store *s, rw_error *err)
{
    sqlite3_stmt *q;
    int n = -1;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        n = sqlite3_column_int(q, 0);
    else
        db_error(s, err, "reading the tables");
    sqlite3_finalize(q);
    return n;
}

static int migrate(rw_store *s, rw_error *err)
{
    int version = schema_version(s, err);
    if (version < 0) return RW_EIO;
    if (version == 0) {
        int tables = count_tables(s, err);
        if (tables < 0) return RW_EIO;
        if (tables > 0)
            return rw_error_set(err, RW_EIO,
                                "%s: not a rawabit database (an SQLite database without rawabit's "
                                "schema version)",
                                s->path);
        if (s->mode == RW_STORE_READ)
            return rw_error_set(err, RW_EIO,
                                "%s: not a rawabit database (an empty file; 'rawabit ingest' "
                                "creates one)",
                                s->path);
        s->created = 1;
    }
    if (version > SCHEMA_VERSION)
        return rw_error_set(err, RW_EIO, "%s: schema version %d is newer than this rawabit (%d)",
                            s->path, version, (int)SCHEMA_VERSION);
    if (version < SCHEMA_VERSION && s->mode == RW_STORE_READ)
        return rw_error_set(err, RW_EIO,
                            "%s: schema version %d needs migrating; open it for "
                            "writing once",
                            s->path, version);
    while (version < SCHEMA_VERSION) {
        char pragma[64];
        if (exec_sql(s, "BEGIN IMMEDIATE", err)) return RW_EIO;
        /* Read again under the write lock: a second process that opened the same new file at the
         * same moment may have created the schema while this one waited. */
        if ((version = schema_version(s, err)) < 0) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return RW_EIO;
        }
        if (version >= SCHEMA_VERSION) return exec_sql(s, "COMMIT", err) ? RW_EIO : 0;
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", version + 1);
        if (exec_sql(s, migrations[version].sql, err) ||
            (migrations[version].fn && migrations[version].fn(s, err)) ||
            exec_sql(s, pragma, err)) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return RW_EIO;
        }
        if (exec_sql(s, "COMMIT", err)) return RW_EIO;
        version++;
    }
    return 0;
}

/* Waits for another process's transaction: the write lock is held for one batch of an ingest,
 * so a second ingest (or a merge) waits its turn, up to RW_STORE_BUSY_WAIT_S. The first time a
 * wait begins, the caller hears of it (rw_store_on_wait), so a user sees why nothing moves. */
static int on_busy(void *ud, int count)
{
    enum { STEP_MS = 50 };
    rw_store *s = ud;
    if (count == 0 && s->on_wait && !s->waited++) s->on_wait(s->wait_ud, s->path);
    if ((long)count * STEP_MS >= RW_STORE_BUSY_WAIT_S * 1000L) return 0;
    sqlite3_sleep(STEP_MS);
    return 1;
}

void rw_store_on_wait(rw_store *s, void (*fn)(void *ud, const char *path), void *ud)
{
    s->on_wait = fn;
    s->wait_ud = ud;
}

/* "file:" + the path percent-encoded + "?immutable=1": the URI that reads a database nobody can
 * be writing (the file or its directory is read-only to us), without the -shm and -wal files
 * that WAL mode would otherwise have to create beside it. NULL when memory runs out. */
static char *immutable_uri(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    rw_buf b = {0};
    rw_buf_puts(&b, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p == '?' || *p == '#' || *p == '%' || *p < 0x21 || *p >= 0x7F) {
            char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            rw_buf_append(&b, esc, 3);
        } else {
            rw_buf_putc(&b, (char)*p);
        }
    }
    if (rw_buf_puts(&b, "?immutable=1") < 0) {
        rw_buf_free(&b);
        return NULL;
    }
    return rw_buf_detach(&b);
}

static int open_db(rw_store *s, const char *name, int flags, rw_error *err)
{
    if (s->db) sqlite3_close(s->db);
    s->db = NULL;
    if (sqlite3_open_v2(name, &s->db, flags, NULL) != SQLITE_OK) {
        int sys = s->db ? sqlite3_system_errno(s->db) : 0;
        rw_error_set(err, RW_EIO, "%s: cannot %s the database: %s%s%s%s", s->path,
                     s->mode == RW_STORE_WRITE ? "create or open" : "open",
                     s->db ? sqlite3_errmsg(s->db) : "out of memory", sys ? " (" : "",
                     sys ? strerror(sys) : "", sys ? ")" : "");
        return RW_EIO;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_handler(s->db, on_busy, s);
    return 0;
}

/* Checks what a path names before SQLite sees it, so the user hears "no database here" or "is
 * a directory" rather than SQLite's "unable to open database file". */
static int check_path(const char *path, rw_store_mode mode, rw_error *err)
{
    struct stat st;
    if (!path || !*path)
        return rw_error_set(err, RW_EUSAGE, "the database path is empty: name a file with --db FILE");
    if (stat(path, &st) != 0) {
        if (errno == ENOENT && mode == RW_STORE_READ)
            return rw_error_set(err, RW_EIO, "%s: no database here ('rawabit ingest --db %s ...' "
                                "creates one)", path, path);
        if (errno != ENOENT)
            return rw_error_set(err, RW_EIO, "%s: cannot open the database: %s", path, strerror(errno));
        /* SQLite would say "unable to open database file" with a stale errno. */
        const char *slash = strrchr(path, '/');
        char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
        int ok = dir && access(dir, W_OK | X_OK) == 0;
        int e = errno;
        free(dir);
        if (!ok && e == ENOENT)
            return rw_error_set(err, RW_EIO, "%s: cannot create the database: the directory does "
                                "not exist", path);
        if (!ok)
            return rw_error_set(err, RW_EIO, "%s: cannot create the database: the directory is "
                                "read-only to us (%s)", path, strerror(e));
        return 0;
    }
    if (S_ISDIR(st.st_mode))
        return rw_error_set(err, RW_EIO, "%s: is a directory, not a database", path);
    if (mode == RW_STORE_WRITE && access(path, W_OK) != 0)
        return rw_error_set(err, RW_EIO, "%s: the database is read-only (%s): it can be exported "
                            "and queried, not written", path, strerror(errno));
    return 0;
}

rw_store *rw_store_open(const char *path, rw_store_mode mode, rw_text *tx, rw_error *err)
{
    if (check_path(path, mode, err)) return NULL;
    rw_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        rw_error_set(err, RW_ENOMEM, "%s: out of memory", path);
        return NULL;
    }
    s->mode = mode;
    s->tx = tx;
    int flags =
        mode == RW_STORE_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (open_db(s, path, flags, err)) {
        rw_store_close(s);
        return NULL;
    }
    /* A reader on read-only media, or in a directory it cannot write, cannot create the -shm
     * file WAL mode needs; nobody can be writing such a database, so it is read as immutable. */
    if (mode == RW_STORE_READ && schema_version(s, NULL) < 0) {
        int code = sqlite3_errcode(s->db) & 0xff;
        /* Not on an I/O error: that may pass, and an immutable read would then ignore what the
         * -wal file holds without a word. */
        char *uri = code == SQLITE_CANTOPEN || code == SQLITE_READONLY ? immutable_uri(path) : NULL;
        if (uri) {
            if (open_db(s, uri, flags | SQLITE_OPEN_URI, err)) {
                free(uri);
                rw_store_close(s);
                return NULL;
            }
            free(uri);
        }
    }
    /* WAL lets exports read while an ingest writes; NORMAL sync is safe in WAL against a killed
     * process (only a power cut can lose the last commits, never consistency). */
    if (exec_sql(s, "PRAGMA foreign_keys = ON", err) ||
        (mode == RW_STORE_WRITE &&
         (exec_sql(s, "PRAGMA journal_mode = WAL", err) ||
          exec_sql(s, "PRAGMA synchronous = NORMAL", err) ||
          exec_sql(s, "PRAGMA cache_size = -65536", err) ||
          /* Each document is a savepoint inside the caller's batch; its sub-journal stays in
           * memory instead of spilling to a temporary file. */
          exec_sql(s, "PRAGMA temp_store = MEMORY", err))) ||
        migrate(s, err)) {
        rw_store_close(s);
        return NULL;
    }
    if (mode == RW_STORE_WRITE && !(s->names = rw_names_open(NULL, tx, err))) {
        rw_store_close(s);
        return NULL;
    }
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT EXISTS (SELECT 1 FROM decisions)", -1, &q, NULL) ==
        SQLITE_OK) {
        s->has_decisions = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
    }
    return s;
}

int rw_store_compact_new(rw_store *s, rw_error *err)
{
    if (!s->created || s->mode != RW_STORE_WRITE) return 0;
    /* (a small page cache: the rewrite reads every page once, and would fill a large one) */
    return exec_sql(s, "PRAGMA cache_size = -4096; VACUUM", err) ? RW_EIO : 0;
}

void rw_store_close(rw_store *s)
{
    if (!s) return;
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    rw_names_free(s->names);
    rw_copy_index_free(s->copies);
    rw_buf_free(&s->tmp);
    rw_buf_free(&s->tmp2);
    rw_buf_free(&s->id);
    free(s->path);
    free(s);
}

int rw_store_begin(rw_store *s, rw_error *err)
{
    return exec_sql(s, "BEGIN IMMEDIATE", err);
}

int rw_store_commit(rw_store *s, rw_error *err)
{
    return exec_sql(s, "COMMIT", err);
}

int rw_store_rollback(rw_store *s)
{
    return sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK ? 0 : RW_EIO;
}

/* Folds s into out (replacing it); without a text layer, as written. */
static int fold(rw_store *s, const char *text, rw_buf *out)
{
    rw_buf_reset(out);
    if (!s->tx) return rw_buf_puts(out, text);
    return rw_text_fold_into(s->tx, text, strlen(text), out);
}

/* ---- rw_merge_ops over SQL ------------------------------------------------------------------ */

/* An entity named by a user: its id, its lexicon key, or any of its names (any folding). */
static int64_t resolve_ref(rw_store *s, const char *ref)
{
    sqlite3_stmt *q = stmt(s, ST_REF_BY_ID, NULL);
    if (!q) return 0;
    bind_text(q, 1, ref);
    int64_t id = query_int(s, q, NULL);
    if (id > 0) return id;
    if (fold(s, ref, &s->tmp2) || !(q = stmt(s, ST_REF_BY_NAME, NULL))) return 0;
    bind_text(q, 1, rw_buf_str(&s->tmp2));
    id = query_int(s, q, NULL);
    return id > 0 ? id : 0;
}

static int st_forbidden(void *ctx, int64_t entity, const char *folded);

static int64_t decided_one(rw_store *s, const char *key, const char *folded)
{
    sqlite3_stmt *q = stmt(s, ST_DECIDED, NULL);
    if (!q) return 0;
    bind_text(q, 1, key);
    bind_text(q, 2, folded);
    /* Collect the refs first: resolving them reuses other statements. */
    char *refs[8];
    int n = 0;
    while (n < 8 && sqlite3_step(q) == SQLITE_ROW) {
        for (int c = 0; c < 2 && n < 8; c++) {
            const char *t = (const char *)sqlite3_column_text(q, c);
            if (t) refs[n++] = strdup(t);
        }
    }
    sqlite3_reset(q);
    int64_t id = 0;
    for (int i = 0; i < n; i++) {
        if (!id && refs[i]) id = resolve_ref(s, refs[i]);
        free(refs[i]);
    }
    /* A later split of this name from that entity overrides the merge. */
    if (id && folded && st_forbidden(s, id, folded)) id = 0;
    return id;
}

static int64_t st_decided(void *ctx, const char *key, const char *const *folded, size_t n)
{
    rw_store *s = ctx;
    if (!s->has_decisions) return 0;
    int64_t id = key ? decided_one(s, key, NULL) : 0;
    for (size_t i = 0; !id && i < n; i++)
        id = decided_one(s, NULL, folded[i]);
    return id;
}

static int st_forbidden(void *ctx, int64_t entity, const char *folded)
{
    rw_store *s = ctx;
    sqlite3_stmt *q = stmt(s, ST_FORBIDDEN, NULL);
    if (!q) return 0;
    bind_text(q, 1, folded);
    sqlite3_bind_int64(q, 2, entity);
    return query_int(s, q, NULL) > 0;
}

static int64_t st_by_key(void *ctx, const char *key)
{
    rw_store *s = ctx;
    sqlite3_stmt *q = stmt(s, ST_BY_KEY, NULL);
    if (!q) return 0;
    bind_text(q, 1, key);
    int64_t id = query_int(s, q, NULL);
    return id > 0 ? id : 0;
}

static int64_t st_by_name(void *ctx, const char *folded, rw_kind kind, const char *key,
                          int alias_only, char *doc, size_t doc_size)
{
    rw_store *s = ctx;
    sqlite3_stmt *q = stmt(s, alias_only ? ST_BY_ALIAS : ST_BY_NAME, NULL);
    if (!q) return 0;
    bind_text(q, 1, folded);
    if (alias_only) {
        bind_text(q, 2, key);
    } else {
        bind_text(q, 2, rw_kind_name(kind));
        bind_text(q, 3, key);
    }
    int64_t id = 0;
    if (sqlite3_step(q) == SQLITE_ROW) {
        id = sqlite3_column_int64(q, 0);
        const char *d = alias_only ? (const char *)sqlite3_column_text(q, 1) : NULL;
        if (doc && doc_size) snprintf(doc, doc_size, "%s", d ? d : "");
    }
    sqlite3_reset(q);
    return id;
}

static int st_role_obs(void *ctx, const char *role, rw_date when, rw_role_obs **obs, size_t *n,
                       rw_error *err)
{
    rw_store *s = ctx;
    size_t cap = 0;
    *obs = NULL;
    *n = 0;
    sqlite3_stmt *q = stmt(s, ST_ROLE_OBS, err);
    if (!q) return RW_EIO;
    bind_text(q, 1, role);
    bind_date(q, 2, when);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            rw_role_obs *v = realloc(*obs, cap * sizeof *v);
            if (!v) {
                sqlite3_reset(q);
                return rw_error_set(err, RW_ENOMEM, "role %s: out of memory", role);
            }
            *obs = v;
        }
        rw_role_obs *o = &(*obs)[(*n)++];
        o->entity = sqlite3_column_int64(q, 0);
        o->date = column_date(q, 1);
        const char *m = (const char *)sqlite3_column_text(q, 2);
        o->held = !(m && strcmp(m, "negated") == 0);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return db_error(s, err, "reading holds_role facts");
    return 0;
}

static int st_taken(void *ctx, const char *id)
{
    rw_store *s = ctx;
    sqlite3_stmt *q = stmt(s, ST_ENTITY_ID_TAKEN, NULL);
    if (!q) return -1;
    bind_text(q, 1, id);
    return (int)query_int(s, q, NULL);
}

/* Inserts an entity with a fresh id; *out = its rowid. */
static int insert_entity(rw_store *s, const char *key, rw_kind kind, const char *label_ar,
                         const char *label_en, const char *country, const char *role, int64_t *out,
                         rw_error *err)
{
    rw_buf label = {0};
    if (label_en && *label_en)
        rw_buf_puts(&label, label_en);
    else if (label_ar && s->names)
        rw_names_label_en(s->names, label_ar, &label);
    if (rw_ids_entity(key, rw_buf_str(&label), st_taken, s, &s->id)) {
        rw_buf_free(&label);
        return db_error(s, err, "choosing an entity id");
    }
    sqlite3_stmt *q = stmt(s, ST_ENTITY_INSERT, err);
    if (!q) {
        rw_buf_free(&label);
        return RW_EIO;
    }
    bind_text(q, 1, s->id.data);
    bind_text(q, 2, rw_kind_name(kind));
    bind_text(q, 3, label_ar);
    bind_text(q, 4, label.len ? label.data : s->id.data);
    bind_text(q, 5, country);
    bind_text(q, 6, key);
    bind_text(q, 7, role);
    rw_buf_free(&label);
    if (exec_step(s, q, err, "storing an entity")) return RW_EIO;
    *out = sqlite3_last_insert_rowid(s->db);
    return 0;
}

static int st_create(void *ctx, const rw_xentity *e, int is_role, int64_t *out, rw_error *err)
{
    rw_store *s = ctx;
    const char *role = is_role ? rw_merge_role_of_key(e->key) : NULL;
    rw_buf label = {0};
    if (role && !(e->label_en && *e->label_en) && rw_merge_role_label(role, &label))
        return rw_error_set(err, RW_ENOMEM, "out of memory");
    int rc = insert_entity(s, is_role ? NULL : e->key, e->kind, e->label,
                           label.len ? label.data : e->label_en, e->country, role, out, err);
    rw_buf_free(&label);
    if (rc) return RW_EIO;
    if (s->res) s->res->new_entities++;
    return 0;
}

static int insert_name(rw_store *s, int64_t entity, const char *name, const char *folded,
                       int alias, rw_error *err)
{
    sqlite3_stmt *q = stmt(s, ST_NAME_INSERT, err);
    if (!q) return RW_EIO;
    sqlite3_bind_int64(q, 1, entity);
    bind_text(q, 2, name);
    bind_text(q, 3, folded);
    sqlite3_bind_int(q, 4, alias);
    bind_text(q, 5, alias ? s->doc_id : NULL);
    return exec_step(s, q, err, "storing a name");
}

/* The name's folded form, and for a person's name whose spelling-variant key differs from it
 * the "~KEY" row that merging's rule 4b looks up (merge.h). */
static int add_name(rw_store *s, int64_t entity, rw_kind kind, const char *name, int alias,
                    rw_error *err)
{
    if (!name || !*name) return 0;
    if (fold(s, name, &s->tmp)) return rw_error_set(err, RW_ENOMEM, "out of memory");
    if (!s->tmp.len) return 0;
    if (insert_name(s, entity, name, s->tmp.data, alias, err)) return RW_EIO;
    int v = rw_merge_variant_row(s->names, kind, s->tmp.data, &s->tmp2);
    if (v < 0) return rw_error_set(err, RW_ENOMEM, "out of memory");
    return v ? insert_name(s, entity, name, s->tmp2.data, alias, err) : 0;
}

static int st_attach(void *ctx, int64_t entity, const rw_xentity *e, const char *const *folded,
                     size_t n_folded, int is_role, int alias, const char *reason, rw_error *err)
{
    rw_store *s = ctx;
    (void)folded;
    (void)n_folded;
    if (!(is_role && reason)) {
        if (add_name(s, entity, e->kind, e->label, alias, err)) return RW_EIO;
        for (size_t i = 0; i < e->n_names; i++)
            if (add_name(s, entity, e->kind, e->names[i], alias, err)) return RW_EIO;
    }
    if (!reason) return 0;
    sqlite3_stmt *q = stmt(s, ST_ENTITY_FILL, err);
    if (!q) return RW_EIO;
    sqlite3_bind_int64(q, 1, entity);
    bind_text(q, 2, is_role ? NULL : e->label);
    bind_text(q, 3, is_role ? NULL : e->country);
    bind_text(q, 4, is_role ? NULL : e->key);
    bind_text(q, 5, is_role ? NULL : e->label_en);
    if (exec_step(s, q, err, "updating an entity")) return RW_EIO;
    if (!(q = stmt(s, ST_RESOLVED_INSERT, err))) return RW_EIO;
    sqlite3_bind_int64(q, 1, entity);
    bind_text(q, 2, e->key);
    bind_text(q, 3, e->label);
    bind_text(q, 4, reason);
    sqlite3_bind_int64(q, 5, s->doc_rowid);
    if (exec_step(s, q, err, "recording a merge")) return RW_EIO;
    if (s->res) s->res->merged++;
    return 0;
}

static const rw_merge_ops store_ops = {
    .decided = st_decided,
    .forbidden = st_forbidden,
    .by_key = st_by_key,
    .by_name = st_by_name,
    .role_obs = st_role_obs,
    .create = st_create,
    .attach = st_attach,
};

/* ---- Ingest -----------------------------------------------------------------------------------
 */

/* The entity's id (into s->id), for fact ids. */
static const char *entity_id(rw_store *s, int64_t rowid, rw_buf *out)
{
    rw_buf_reset(out);
    if (rowid <= 0) return "";
    sqlite3_stmt *q = stmt(s, ST_ENTITY_ID, NULL);
    if (!q) return "";
    sqlite3_bind_int64(q, 1, rowid);
    if (sqlite3_step(q) == SQLITE_ROW) rw_buf_puts(out, (const char *)sqlite3_column_text(q, 0));
    sqlite3_reset(q);
    return rw_buf_str(out);
}

static int store_doc(rw_store *s, const rw_extraction *x, rw_buf *docid, rw_error *err)
{
    const rw_doc *d = x->doc;
    const char *base = d->id ? d->id : "doc";
    rw_buf_reset(docid);
    rw_buf_puts(docid, base);
    /* Two different texts under one name (a file edited and ingested again): both are kept. */
    for (int k = 2;; k++) {
        sqlite3_stmt *q = stmt(s, ST_DOC_ID_TAKEN, err);
        if (!q) return RW_EIO;
        bind_text(q, 1, docid->data);
        int64_t t = query_int(s, q, err);
        if (t < 0) return RW_EIO;
        if (!t) break;
        rw_buf_reset(docid);
        rw_buf_printf(docid, "%s#%d", base, k);
    }
    sqlite3_stmt *q = stmt(s, ST_DOC_INSERT, err);
    if (!q) return RW_EIO;
    bind_text(q, 1, docid->data);
    bind_text(q, 2, d->source);
    bind_text(q, 3, d->url);
    bind_text(q, 4, d->title);
    bind_date(q, 5, rw_date_is_set(d->date) ? d->date : x->doc_date);
    bind_text(q, 6, d->lang);
    bind_hash(q, 7, d->hash);
    if (exec_step(s, q, err, "storing a document")) return RW_EIO;
    s->doc_rowid = sqlite3_last_insert_rowid(s->db);
    /* Only the evidence: the sentences a storable fact cites (store_facts skips the others). */
    unsigned char *cited = calloc(x->n_sentences ? x->n_sentences : 1, 1);
    if (!cited) return rw_error_set(err, RW_ENOMEM, "%s: out of memory", docid->data);
    for (size_t i = 0; i < x->n_facts; i++) {
        const rw_xfact *f = &x->facts[i];
        if (f->subj >= 0 && (size_t)f->subj < x->n_entities && f->sentence < x->n_sentences)
            cited[f->sentence] = 1;
    }
    int rc = 0;
    for (size_t i = 0; i < x->n_sentences && !rc; i++) {
        rw_span sp = x->sentences[i];
        if (!cited[i] || sp.end > d->text_len || sp.start > sp.end) continue;
        if (!(q = stmt(s, ST_SENT_INSERT, err))) {
            rc = RW_EIO;
            break;
        }
        sqlite3_bind_int64(q, 1, s->doc_rowid);
        sqlite3_bind_int64(q, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(q, 3, sp.start);
        sqlite3_bind_int64(q, 4, sp.end);
        sqlite3_bind_text(q, 5, d->text + sp.start, (int)(sp.end - sp.start), SQLITE_STATIC);
        if (exec_step(s, q, err, "storing a sentence")) rc = RW_EIO;
    }
    free(cited);
    return rc;
}

static int store_facts(rw_store *s, const rw_extraction *x, const int64_t *ids, rw_error *err)
{
    rw_buf subj = {0}, obj = {0}, place = {0};
    int rc = 0;
    for (size_t i = 0; i < x->n_facts && !rc; i++) {
        const rw_xfact *f = &x->facts[i];
        size_t n = x->n_entities;
        if (f->subj < 0 || (size_t)f->subj >= n) continue;
        int64_t o = f->obj >= 0 && (size_t)f->obj < n ? ids[f->obj] : 0;
        int64_t p = f->place >= 0 && (size_t)f->place < n ? ids[f->place] : 0;
        if (!rw_merge_keeps_fact(f->rel, ids[f->subj], o)) continue;
        char fid[17];
        entity_id(s, ids[f->subj], &subj);
        entity_id(s, o, &obj);
        entity_id(s, p, &place);
        rw_graph_fact_id(s->doc_id, f->sentence, f->rel, rw_buf_str(&subj), rw_buf_str(&obj),
                         rw_buf_str(&place), fid);
        sqlite3_stmt *q = stmt(s, ST_FACT_INSERT, err);
        if (!q) {
            rc = RW_EIO;
            break;
        }
        bind_text(q, 1, fid);
        bind_text(q, 2, rw_rel_name(f->rel));
        sqlite3_bind_int64(q, 3, ids[f->subj]);
        if (o) sqlite3_bind_int64(q, 4, o);
        if (p) sqlite3_bind_int64(q, 5, p);
        bind_date(q, 6, f->date);
        bind_text(q, 7, f->date_text);
        bind_text(q, 8, rw_modality_name(f->modality));
        bind_text(q, 9, f->role);
        bind_text(q, 10, f->trigger);
        sqlite3_bind_int64(q, 11, s->doc_rowid);
        sqlite3_bind_int64(q, 12, f->sentence);
        sqlite3_bind_int64(q, 13, f->span.start);
        sqlite3_bind_int64(q, 14, f->span.end);
        sqlite3_bind_double(q, 15, f->confidence);
        rc = exec_step(s, q, err, "storing a fact");
        if (!rc && s->res) s->res->facts += (size_t)sqlite3_changes(s->db);
    }
    rw_buf_free(&subj);
    rw_buf_free(&obj);
    rw_buf_free(&place);
    return rc;
}

/* ---- Near-duplicate articles (copies.h) ------------------------------------------------------ */

/* Rewrites one column of the rows `select_sql` reads (key, value): convert() turns a value into
 * `size` bytes, or returns 0 to leave it alone; then `update_sql` (?1 the key, ?2 the bytes)
 * stores them. All rows are read first, then written: not both at once on one table. */
static int rewrite_column(rw_store *s, const char *what, const char *select_sql,
                          const char *update_sql, size_t size,
                          int (*convert)(sqlite3_stmt *q, unsigned char *out), rw_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, select_sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(s, err, what);
    int64_t *keys = NULL;
    unsigned char *vals = NULL;
    size_t n = 0, keys_cap = 0, vals_cap = 0;
    int rc = 0, step;
    while (!rc && (step = sqlite3_step(q)) == SQLITE_ROW) {
        if (rw_array_reserve((void **)&keys, &keys_cap, n + 1, sizeof *keys) ||
            rw_array_reserve((void **)&vals, &vals_cap, n + 1, size)) {
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory %s", s->path, what);
            break;
        }
        if (!convert(q, vals + n * size)) continue;
        keys[n++] = sqlite3_column_int64(q, 0);
    }
    if (!rc && step != SQLITE_DONE) rc = db_error(s, err, what);
    sqlite3_finalize(q);
    q = NULL;
    if (!rc && n && sqlite3_prepare_v2(s->db, update_sql, -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, what);
    for (size_t i = 0; !rc && i < n; i++) {
        sqlite3_bind_int64(q, 1, keys[i]);
        sqlite3_bind_blob(q, 2, vals + i * size, (int)size, SQLITE_STATIC);
        if (sqlite3_step(q) != SQLITE_DONE) rc = db_error(s, err, what);
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    free(keys);
    free(vals);
    return rc;
}

/* Version 3's sketches, little-endian 32-bit words, to version 4's 16-bit ones: each word's low
 * half. A blob of another size is not ours and is left alone. */
static int narrow_sketch(sqlite3_stmt *q, unsigned char *out)
{
    if (sqlite3_column_bytes(q, 1) != SKETCH_BYTES_V3) return 0;
    const unsigned char *in = sqlite3_column_blob(q, 1);
    for (int i = 0; i < RW_SKETCH_HASHES; i++) {
        out[2 * i] = in[4 * i];
        out[2 * i + 1] = in[4 * i + 1];
    }
    return 1;
}

static int narrow_sketches(rw_store *s, rw_error *err)
{
    return rewrite_column(s, "narrowing the sketches", "SELECT doc, minhash FROM sketches",
                          "UPDATE sketches SET minhash = ?2 WHERE doc = ?1", SKETCH_BYTES,
                          narrow_sketch, err);
}

/* Version 4's hex content hashes to version 5's bytes; one that is no hex stays text. */
static int pack_hash(sqlite3_stmt *q, unsigned char *out)
{
    return hash_bytes((const char *)sqlite3_column_text(q, 1), out);
}

static int pack_hashes(rw_store *s, rw_error *err)
{
    return rewrite_column(s, "packing the content hashes",
                          "SELECT rowid, hash FROM documents WHERE typeof(hash) = 'text'",
                          "UPDATE documents SET hash = ?2 WHERE rowid = ?1", 16, pack_hash, err);
}

/* Sketches are stored as little-endian 16-bit words, so a database moves between machines. */
static void sketch_encode(const rw_sketch *sk, unsigned char *out)
{
    for (int i = 0; i < RW_SKETCH_HASHES; i++) {
        out[2 * i] = (unsigned char)(sk->h[i] & 0xff);
        out[2 * i + 1] = (unsigned char)(sk->h[i] >> 8);
    }
}

static void sketch_decode(const unsigned char *in, rw_sketch *sk)
{
    for (int i = 0; i < RW_SKETCH_HASHES; i++)
        sk->h[i] = (uint16_t)(in[2 * i] | (unsigned)in[2 * i + 1] << 8);
}

/* Reads every stored sketch into the index once per session: the next articles of this ingest
 * are compared in memory. */
static int load_sketches(rw_store *s, rw_error *err)
{
    if (s->copies) return 0;
    if (!(s->copies = rw_copy_index_new()))
        return rw_error_set(err, RW_ENOMEM, "%s: out of memory", s->path);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT doc, minhash FROM sketches ORDER BY doc", -1, &q,
                           NULL) != SQLITE_OK)
        return db_error(s, err, "reading the articles' sketches");
    int rc = 0, step;
    while (!rc && (step = sqlite3_step(q)) == SQLITE_ROW) {
        if (sqlite3_column_bytes(q, 1) != SKETCH_BYTES) continue; /* not ours: ignore */
        rw_sketch sk;
        sketch_decode(sqlite3_column_blob(q, 1), &sk);
        if (rw_copy_index_add(s->copies, sqlite3_column_int64(q, 0), &sk))
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory reading sketches", s->path);
    }
    if (!rc && step != SQLITE_DONE) rc = db_error(s, err, "reading the articles' sketches");
    sqlite3_finalize(q);
    return rc;
}

/* Stores the article's sketch and a `copies` row for each stored article it is a near-duplicate
 * of; *sketched says whether it has a sketch to add to the index once the article is kept. */
enum { MAX_COPIES_RECORDED = 64 };

static int record_copies(rw_store *s, const rw_doc *d, rw_sketch *sk, int *sketched,
                         rw_ingest_result *res, rw_error *err)
{
    *sketched = rw_sketch_text(d->text, d->text_len, sk);
    if (!*sketched) return 0;
    if (load_sketches(s, err)) return err ? err->code : RW_EIO;
    int64_t of[MAX_COPIES_RECORDED];
    double sim[MAX_COPIES_RECORDED];
    size_t n = rw_copy_index_find(s->copies, sk, of, sim, MAX_COPIES_RECORDED);
    if (n > MAX_COPIES_RECORDED) n = MAX_COPIES_RECORDED;
    res->copy = n > 0;
    for (size_t i = 0; i < n; i++) {
        sqlite3_stmt *q = stmt(s, ST_COPY_INSERT, err);
        if (!q) return RW_EIO;
        sqlite3_bind_int64(q, 1, s->doc_rowid);
        sqlite3_bind_int64(q, 2, of[i]);
        sqlite3_bind_double(q, 3, sim[i]);
        if (exec_step(s, q, err, "recording a copy")) return RW_EIO;
    }
    unsigned char blob[SKETCH_BYTES];
    sketch_encode(sk, blob);
    sqlite3_stmt *q = stmt(s, ST_SKETCH_INSERT, err);
    if (!q) return RW_EIO;
    sqlite3_bind_int64(q, 1, s->doc_rowid);
    sqlite3_bind_blob(q, 2, blob, (int)sizeof blob, SQLITE_TRANSIENT);
    return exec_step(s, q, err, "storing a sketch") ? RW_EIO : 0;
}

int rw_store_add_extraction(rw_store *s, const rw_extraction *x, rw_ingest_result *res,
                            rw_error *err)
{
    rw_ingest_result local;
    if (!res) res = &local;
    memset(res, 0, sizeof *res);
    if (s->mode != RW_STORE_WRITE)
        return rw_error_set(err, RW_EUSAGE, "%s: opened read-only", s->path);
    if (!x->doc)
        return rw_error_set(err, RW_EUSAGE, "%s: an extraction without a document", s->path);
    /* The hash is the article's identity: without one, every article would be the first one. */
    if (!x->doc->hash[0])
        return rw_error_set(err, RW_EUSAGE, "%s: document %s has no content hash (rw_doc_hash)",
                            s->path, x->doc->id ? x->doc->id : "(no id)");
    sqlite3_stmt *q = stmt(s, ST_DOC_BY_HASH, err);
    if (!q) return RW_EIO;
    bind_hash(q, 1, x->doc->hash);
    int64_t dup = query_int(s, q, err);
    if (dup < 0) return RW_EIO;
    if (dup) {
        res->duplicate = 1;
        return 0;
    }
    int64_t *ids = calloc(x->n_entities ? x->n_entities : 1, sizeof *ids);
    if (!ids) return rw_error_set(err, RW_ENOMEM, "%s: out of memory", x->doc->id);
    /* A savepoint, so a failure leaves the caller's batch as it was before this document. */
    if (exec_sql(s, "SAVEPOINT rw_doc", err)) {
        free(ids);
        return RW_EIO;
    }
    rw_buf docid = {0};
    int rc = store_doc(s, x, &docid, err);
    s->doc_id = docid.data;
    s->res = res;
    if (!rc) rc = rw_merge_resolve(&store_ops, s, s->tx, s->names, x, docid.data, ids, err);
    for (size_t i = 0; !rc && i < x->n_mentions; i++) {
        const rw_mention *m = &x->mentions[i];
        if (m->entity < 0 || (size_t)m->entity >= x->n_entities) continue;
        if (!(q = stmt(s, ST_MENTION_INSERT, err))) {
            rc = RW_EIO;
            break;
        }
        sqlite3_bind_int64(q, 1, s->doc_rowid);
        sqlite3_bind_int64(q, 2, m->sentence);
        sqlite3_bind_int64(q, 3, m->start);
        sqlite3_bind_int64(q, 4, m->end);
        sqlite3_bind_int64(q, 5, ids[m->entity]);
        if (m->start < m->end && m->end <= x->doc->text_len)
            sqlite3_bind_text(q, 6, x->doc->text + m->start, (int)(m->end - m->start), SQLITE_STATIC);
        else
            sqlite3_bind_null(q, 6);
        rc = exec_step(s, q, err, "storing a mention");
    }
    if (!rc) rc = store_facts(s, x, ids, err);
    rw_sketch sketch;
    int sketched = 0;
    if (!rc) rc = record_copies(s, x->doc, &sketch, &sketched, res, err);
    int64_t doc_rowid = s->doc_rowid;
    s->doc_id = NULL;
    s->res = NULL;
    free(ids);
    rw_buf_free(&docid);
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK TO rw_doc; RELEASE rw_doc", NULL, NULL, NULL);
        memset(res, 0, sizeof *res);
        return rc;
    }
    if (exec_sql(s, "RELEASE rw_doc", err)) return RW_EIO;
    if (sketched && rw_copy_index_add(s->copies, doc_rowid, &sketch))
        return rw_error_set(err, RW_ENOMEM, "%s: out of memory", s->path);
    return 0;
}

/* ---- Loading the graph ---------------------------------------------------------------------- */

typedef struct rowmap {
    int64_t *rowid;
    void **item;
    size_t n, cap;
} rowmap;

static int rowmap_push(rowmap *m, int64_t rowid, void *item)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        int64_t *r = realloc(m->rowid, cap * sizeof *r);
        if (!r) return -1;
        m->rowid = r;
        void **it = realloc(m->item, cap * sizeof *it);
        if (!it) return -1;
        m->item = it;
        m->cap = cap;
    }
    m->rowid[m->n] = rowid;
    m->item[m->n++] = item;
    return 0;
}

/* Rows are read in rowid order, so the map is sorted and a binary search finds a row. */
static void *rowmap_get(const rowmap *m, int64_t rowid)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->rowid[mid] < rowid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m->n && m->rowid[lo] == rowid ? m->item[lo] : NULL;
}

static void rowmap_free(rowmap *m)
{
    free(m->rowid);
    free(m->item);
}

static const char *col(sqlite3_stmt *q, int i)
{
    return (const char *)sqlite3_column_text(q, i);
}

static size_t story_root(size_t *up, size_t i)
{
    while (up[i] != i)
        i = up[i] = up[up[i]];
    return i;
}

/* Each group of copies (connected through `copies`) is one story named by its smallest document
 * id, whatever order its articles came in; every other member points at it (rw_gdoc.story). */
static int load_stories(rw_store *s, const rowmap *docs, rw_error *err)
{
    size_t *up = malloc((docs->n ? docs->n : 1) * sizeof *up);
    if (!up) return rw_error_set(err, RW_ENOMEM, "%s: out of memory loading copies", s->path);
    for (size_t i = 0; i < docs->n; i++)
        up[i] = i;
    sqlite3_stmt *q = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT doc, of_doc FROM copies", -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, "reading copies");
    while (!rc && sqlite3_step(q) == SQLITE_ROW) {
        const rw_gdoc *a = rowmap_get(docs, sqlite3_column_int64(q, 0));
        const rw_gdoc *b = rowmap_get(docs, sqlite3_column_int64(q, 1));
        if (!a || !b) continue;
        size_t ra = story_root(up, a->index), rb = story_root(up, b->index);
        if (ra == rb) continue;
        const rw_gdoc *da = docs->item[ra], *db = docs->item[rb];
        if (strcmp(da->id, db->id) < 0)
            up[rb] = ra;
        else
            up[ra] = rb;
    }
    sqlite3_finalize(q);
    for (size_t i = 0; !rc && i < docs->n; i++) {
        size_t r = story_root(up, i);
        if (r != i) ((rw_gdoc *)docs->item[i])->story = docs->item[r];
    }
    free(up);
    return rc;
}

rw_graph *rw_store_load_graph(rw_store *s, rw_error *err)
{
    rw_graph *g = rw_graph_new();
    rowmap docs = {0}, ents = {0};
    sqlite3_stmt *q = NULL;
    int rc = g ? 0 : rw_error_set(err, RW_ENOMEM, "%s: out of memory", s->path);
    /* One read transaction, so the graph is one consistent snapshot while ingests go on. */
    if (!rc) rc = exec_sql(s, "SAVEPOINT rw_load", err);
    if (!rc && sqlite3_prepare_v2(s->db,
                                  "SELECT rowid, id, url, title, date, CASE WHEN typeof(hash) "
                                  "= 'blob' THEN lower(hex(hash)) ELSE hash END FROM documents "
                                  "ORDER BY rowid",
                                  -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, "reading documents");
    while (!rc && sqlite3_step(q) == SQLITE_ROW) {
        rw_gdoc *d =
            rw_graph_add_doc(g, col(q, 1), col(q, 2), col(q, 3), column_date(q, 4), col(q, 5));
        if (!d || rowmap_push(&docs, sqlite3_column_int64(q, 0), d))
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory loading documents", s->path);
    }
    sqlite3_finalize(q);
    q = NULL;
    if (!rc) rc = load_stories(s, &docs, err);
    if (!rc && sqlite3_prepare_v2(s->db,
                                  "SELECT rowid, id, kind, label_ar, label_en, country "
                                  "FROM entities ORDER BY rowid",
                                  -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, "reading entities");
    while (!rc && sqlite3_step(q) == SQLITE_ROW) {
        int kind = rw_kind_from_name(col(q, 2));
        rw_gentity *e = rw_graph_add_entity(g, col(q, 1), kind < 0 ? RW_KIND_PERSON : (rw_kind)kind,
                                            col(q, 3), col(q, 4), col(q, 5));
        if (!e || rowmap_push(&ents, sqlite3_column_int64(q, 0), e))
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory loading entities", s->path);
    }
    sqlite3_finalize(q);
    q = NULL;
    /* Rows of variant keys ("~...", rule 4b) repeat a name for lookups: a split can leave one
     * with the entity the name was taken from, so names are read from folded forms only. */
    if (!rc && sqlite3_prepare_v2(s->db,
                                  "SELECT entity, name FROM names WHERE folded NOT LIKE '~%' "
                                  "ORDER BY entity, rowid",
                                  -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, "reading names");
    while (!rc && sqlite3_step(q) == SQLITE_ROW) {
        rw_gentity *e = rowmap_get(&ents, sqlite3_column_int64(q, 0));
        if (e && rw_graph_add_name(g, e, col(q, 1)))
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory loading names", s->path);
    }
    sqlite3_finalize(q);
    q = NULL;
    if (!rc && sqlite3_prepare_v2(
                   s->db,
                   "SELECT f.id, f.rel, f.subj, f.obj, f.place, f.date, f.date_text, f.modality, "
                   "f.role, f.trigger, f.doc, f.sentence, f.span_start, f.span_end, f.confidence, "
                   "s.text FROM facts f LEFT JOIN sentences s ON s.doc = f.doc AND s.idx = "
                   "f.sentence ORDER BY f.rowid",
                   -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, "reading facts");
    while (!rc && sqlite3_step(q) == SQLITE_ROW) {
        rw_gfact f = {0};
        int rel = rw_rel_from_name(col(q, 1)), mod = rw_modality_from_name(col(q, 7));
        f.id = (char *)col(q, 0);
        f.subj = rowmap_get(&ents, sqlite3_column_int64(q, 2));
        f.obj = rowmap_get(&ents, sqlite3_column_int64(q, 3));
        f.place = rowmap_get(&ents, sqlite3_column_int64(q, 4));
        f.doc = rowmap_get(&docs, sqlite3_column_int64(q, 10));
        if (rel < 0 || !f.subj || !f.doc) continue; /* a relation this version does not know */
        f.rel = (rw_rel)rel;
        f.modality = mod < 0 ? RW_MOD_ASSERTED : (rw_modality)mod;
        f.date = column_date(q, 5);
        f.date_text = (char *)col(q, 6);
        f.role = (char *)col(q, 8);
        f.trigger = (char *)col(q, 9);
        f.sentence = (uint32_t)sqlite3_column_int64(q, 11);
        f.span_start = (uint32_t)sqlite3_column_int64(q, 12);
        f.span_end = (uint32_t)sqlite3_column_int64(q, 13);
        f.confidence = (float)sqlite3_column_double(q, 14);
        f.evidence = (char *)col(q, 15);
        if (!rw_graph_add_fact(g, &f))
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory loading facts", s->path);
    }
    sqlite3_finalize(q);
    if (g) sqlite3_exec(s->db, "RELEASE rw_load", NULL, NULL, NULL);
    rowmap_free(&docs);
    rowmap_free(&ents);
    if (rc) {
        rw_graph_free(g);
        return NULL;
    }
    return g;
}

/* ---- User decisions ------------------------------------------------------------------------- */

static int record_decision(rw_store *s, const char *action, const char *a, const char *b,
                           const char *reason, int *is_new, rw_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(
            s->db,
            "INSERT OR IGNORE INTO decisions(action, a, b, a_folded, b_folded, reason) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            -1, &q, NULL) != SQLITE_OK)
        return db_error(s, err, "recording a decision");
    rw_buf fa = {0}, fb = {0};
    if (s->tx) {
        rw_text_fold_into(s->tx, a, strlen(a), &fa);
        rw_text_fold_into(s->tx, b, strlen(b), &fb);
    } else {
        rw_buf_puts(&fa, a);
        rw_buf_puts(&fb, b);
    }
    bind_text(q, 1, action);
    bind_text(q, 2, a);
    bind_text(q, 3, b);
    bind_text(q, 4, rw_buf_str(&fa));
    bind_text(q, 5, rw_buf_str(&fb));
    bind_text(q, 6, reason);
    int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : db_error(s, err, "recording a decision");
    if (is_new) *is_new = sqlite3_changes(s->db) > 0;
    if (!rc) s->has_decisions = 1;
    sqlite3_finalize(q);
    rw_buf_free(&fa);
    rw_buf_free(&fb);
    return rc;
}

/* Runs one SQL statement with up to three integer parameters. */
static int exec_ints(rw_store *s, const char *sql, int64_t a, int64_t b, int64_t c, rw_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_error(s, err, "preparing an update");
    int np = sqlite3_bind_parameter_count(q);
    if (np >= 1) sqlite3_bind_int64(q, 1, a);
    if (np >= 2) sqlite3_bind_int64(q, 2, b);
    if (np >= 3) sqlite3_bind_int64(q, 3, c);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : db_error(s, err, "updating");
}

static int merge_entities(rw_store *s, int64_t a, int64_t b, const char *reason, rw_error *err)
{
    static const char *const moves[] = {
        "INSERT OR IGNORE INTO names(entity, name, folded, alias, doc) "
        "SELECT ?1, name, folded, alias, doc FROM names WHERE entity = ?2 ORDER BY rowid",
        "DELETE FROM names WHERE entity = ?2",
        "UPDATE mentions SET entity = ?1 WHERE entity = ?2",
        "UPDATE facts SET subj = ?1 WHERE subj = ?2",
        "UPDATE facts SET obj = ?1 WHERE obj = ?2",
        "UPDATE facts SET place = ?1 WHERE place = ?2",
        "UPDATE merges SET entity = ?1 WHERE entity = ?2",
        "UPDATE entities SET lexicon_key = coalesce(lexicon_key, "
        "(SELECT lexicon_key FROM entities WHERE rowid = ?2)), label_ar = coalesce(label_ar, "
        "(SELECT label_ar FROM entities WHERE rowid = ?2)) WHERE rowid = ?1",
    };
    for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++)
        if (exec_ints(s, moves[i], a, b, 0, err)) return RW_EIO;
    rw_buf bid = {0};
    entity_id(s, b, &bid);
    sqlite3_stmt *q = stmt(s, ST_MERGE_INSERT, err);
    int rc = RW_EIO;
    if (q) {
        sqlite3_bind_int64(q, 1, a);
        bind_text(q, 2, rw_buf_str(&bid));
        bind_text(q, 4, reason ? reason : "user decision");
        rc = exec_step(s, q, err, "recording a merge");
    }
    rw_buf_free(&bid);
    if (rc) return rc;
    return exec_ints(s, "DELETE FROM entities WHERE rowid = ?1", b, 0, 0, err);
}

/* Ends the rw_user savepoint that user edits run in (so they work inside or outside the caller's
 * transaction): released on success, rolled back on failure. */
static int in_savepoint(rw_store *s, int rc, rw_error *err)
{
    (void)err;
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK TO rw_user; RELEASE rw_user", NULL, NULL, NULL);
        return rc;
    }
    return exec_sql(s, "RELEASE rw_user", err);
}

int rw_store_merge(rw_store *s, const char *a, const char *b, const char *reason, rw_error *err)
{
    if (s->mode != RW_STORE_WRITE)
        return rw_error_set(err, RW_EUSAGE, "%s: opened read-only", s->path);
    int64_t ea = resolve_ref(s, a), eb = resolve_ref(s, b);
    if (!ea) return rw_error_set(err, RW_EUSAGE, "merge: no entity is named \"%s\"", a);
    if (!eb) return rw_error_set(err, RW_EUSAGE, "merge: no entity is named \"%s\"", b);
    if (exec_sql(s, "SAVEPOINT rw_user", err)) return RW_EIO;
    int rc = record_decision(s, "merge", a, b, reason, NULL, err);
    if (!rc && ea != eb) rc = merge_entities(s, ea, eb, reason, err);
    return in_savepoint(s, rc, err);
}

/* The surface text of each of the entity's mentions, folded, decides which ones go. */
static int split_mentions(rw_store *s, int64_t from, int64_t to, const char *folded, rw_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(
            s->db,
            "SELECT rowid, text FROM mentions WHERE entity = ?1", -1, &q, NULL) != SQLITE_OK)
        return db_error(s, err, "reading mentions");
    sqlite3_bind_int64(q, 1, from);
    int64_t *move = NULL;
    size_t n = 0, cap = 0;
    rw_buf f = {0};
    while (sqlite3_step(q) == SQLITE_ROW) {
        const char *t = col(q, 1);
        int len = sqlite3_column_bytes(q, 1);
        if (!t || len <= 0) continue;
        rw_buf_reset(&f);
        if (s->tx)
            rw_text_fold_into(s->tx, t, (size_t)len, &f);
        else
            rw_buf_append(&f, t, (size_t)len);
        if (strcmp(rw_buf_str(&f), folded) != 0) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            int64_t *v = realloc(move, cap * sizeof *v);
            if (!v) break;
            move = v;
        }
        move[n++] = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    rw_buf_free(&f);
    int rc = 0;
    for (size_t i = 0; !rc && i < n; i++)
        rc = exec_ints(s, "UPDATE mentions SET entity = ?1 WHERE rowid = ?2", to, move[i], 0, err);
    free(move);
    return rc;
}

int rw_store_split(rw_store *s, const char *entity, const char *name, rw_error *err)
{
    if (s->mode != RW_STORE_WRITE)
        return rw_error_set(err, RW_EUSAGE, "%s: opened read-only", s->path);
    int64_t e = resolve_ref(s, entity);
    if (!e) return rw_error_set(err, RW_EUSAGE, "split: no entity is named \"%s\"", entity);
    rw_buf folded = {0}, eid = {0};
    if (fold(s, name, &s->tmp) || rw_buf_puts(&folded, rw_buf_str(&s->tmp)))
        return rw_error_set(err, RW_ENOMEM, "out of memory");
    entity_id(s, e, &eid);
    sqlite3_stmt *q;
    int rc = 0;
    int64_t name_row = 0;
    rw_kind kind = RW_KIND_PERSON;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT n.rowid, e.kind FROM names n JOIN entities e ON "
                           "e.rowid = n.entity WHERE n.entity = ?1 AND n.folded = ?2",
                           -1, &q, NULL) != SQLITE_OK)
        rc = db_error(s, err, "reading names");
    if (!rc) {
        sqlite3_bind_int64(q, 1, e);
        bind_text(q, 2, folded.data);
        if (sqlite3_step(q) == SQLITE_ROW) {
            name_row = sqlite3_column_int64(q, 0);
            int k = rw_kind_from_name(col(q, 1));
            kind = k < 0 ? RW_KIND_PERSON : (rw_kind)k;
        }
        sqlite3_finalize(q);
        if (!name_row)
            rc = rw_error_set(err, RW_EUSAGE, "split: entity %s has no name \"%s\"",
                              rw_buf_str(&eid), name);
    }
    if (!rc) rc = exec_sql(s, "SAVEPOINT rw_user", err);
    if (rc) {
        rw_buf_free(&folded);
        rw_buf_free(&eid);
        return rc;
    }
    int64_t n = 0;
    rc = record_decision(s, "split", rw_buf_str(&eid), name, "user split", NULL, err);
    if (!rc) rc = insert_entity(s, NULL, kind, name, NULL, NULL, NULL, &n, err);
    if (!rc)
        rc = exec_ints(s, "UPDATE names SET entity = ?1 WHERE rowid = ?2", n, name_row, 0, err);
    /* The name's variant key goes with it, so its other spellings no longer find the entity. */
    int v = rc ? 0 : rw_merge_variant_row(s->names, kind, folded.data, &s->tmp2);
    if (v < 0) rc = rw_error_set(err, RW_ENOMEM, "out of memory");
    if (v > 0) {
        if (sqlite3_prepare_v2(s->db, "UPDATE names SET entity = ?1 WHERE entity = ?2 AND folded = ?3",
                               -1, &q, NULL) != SQLITE_OK) {
            rc = db_error(s, err, "moving a name");
        } else {
            sqlite3_bind_int64(q, 1, n);
            sqlite3_bind_int64(q, 2, e);
            bind_text(q, 3, s->tmp2.data);
            rc = exec_step(s, q, err, "moving a name");
            sqlite3_finalize(q);
        }
    }
    if (!rc) rc = split_mentions(s, e, n, folded.data, err);
    /* A fact moves when its sentence mentions the split-off name and not the entity's others. */
    static const char *const facts[] = {
        "UPDATE facts SET subj = ?1 WHERE subj = ?2 AND EXISTS (SELECT 1 FROM mentions m WHERE "
        "m.doc = facts.doc AND m.sentence = facts.sentence AND m.entity = ?1) AND NOT EXISTS "
        "(SELECT 1 FROM mentions m WHERE m.doc = facts.doc AND m.sentence = facts.sentence AND "
        "m.entity = ?2)",
        "UPDATE facts SET obj = ?1 WHERE obj = ?2 AND EXISTS (SELECT 1 FROM mentions m WHERE "
        "m.doc = facts.doc AND m.sentence = facts.sentence AND m.entity = ?1) AND NOT EXISTS "
        "(SELECT 1 FROM mentions m WHERE m.doc = facts.doc AND m.sentence = facts.sentence AND "
        "m.entity = ?2)",
        "UPDATE facts SET place = ?1 WHERE place = ?2 AND EXISTS (SELECT 1 FROM mentions m WHERE "
        "m.doc = facts.doc AND m.sentence = facts.sentence AND m.entity = ?1) AND NOT EXISTS "
        "(SELECT 1 FROM mentions m WHERE m.doc = facts.doc AND m.sentence = facts.sentence AND "
        "m.entity = ?2)",
    };
    for (size_t i = 0; !rc && i < sizeof facts / sizeof facts[0]; i++)
        rc = exec_ints(s, facts[i], n, e, 0, err);
    if (!rc && (q = stmt(s, ST_MERGE_INSERT, err))) {
        sqlite3_bind_int64(q, 1, n);
        bind_text(q, 2, rw_buf_str(&eid));
        bind_text(q, 3, name);
        bind_text(q, 4, "user split");
        rc = exec_step(s, q, err, "recording a split");
    } else if (!rc) {
        rc = RW_EIO;
    }
    rw_buf_free(&folded);
    rw_buf_free(&eid);
    return in_savepoint(s, rc, err);
}

int rw_store_load_aliases(rw_store *s, const char *path, rw_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f) return rw_error_set(err, RW_EIO, "%s: cannot open the aliases file", path);
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    int rc = 0;
    while (!rc && getline(&line, &cap, f) > 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        char *f1 = line, *f2 = strchr(f1, '\t'), *f3 = f2 ? strchr(f2 + 1, '\t') : NULL;
        if (!f2 || !f3 || strchr(f3 + 1, '\t') || !f2[1] || !f3[1]) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%ld: expected ACTION<TAB>A<TAB>B", path, lineno);
            break;
        }
        *f2++ = 0;
        *f3++ = 0;
        int merge = strcmp(f1, "merge") == 0;
        if (!merge && strcmp(f1, "split") != 0) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%ld: unknown action \"%s\" (merge or split)",
                              path, lineno, f1);
            break;
        }
        /* Apply what can be applied now; the decision itself is kept either way and steers
         * every later ingest. */
        int64_t ea = resolve_ref(s, f2), eb = merge ? resolve_ref(s, f3) : 0;
        rw_error e2;
        if (merge && ea && eb && ea != eb) {
            rc = rw_store_merge(s, f2, f3, "aliases file", &e2);
        } else if (!merge && ea) {
            rc = rw_store_split(s, f2, f3, &e2);
            if (rc == RW_EUSAGE) rc = 0; /* already split */
        } else {
            rc = record_decision(s, merge ? "merge" : "split", f2, f3, "aliases file", NULL, &e2);
        }
        if (rc) rw_error_set(err, (rw_status)rc, "%s:%ld: %s", path, lineno, e2.msg);
    }
    free(line);
    fclose(f);
    return rc;
}

int rw_store_merge_history(rw_store *s, const char *entity_id,
                           int (*fn)(void *ctx, const rw_merge_row *row), void *ctx, rw_error *err)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(
            s->db,
            "SELECT m.merged_from, m.name, m.reason, d.id, m.created_at FROM merges m "
            "JOIN entities e ON e.rowid = m.entity LEFT JOIN documents d ON "
            "d.rowid = m.doc WHERE e.id = ?1 ORDER BY m.rowid",
            -1, &q, NULL) != SQLITE_OK)
        return db_error(s, err, "reading merges");
    bind_text(q, 1, entity_id);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        rw_merge_row row = {col(q, 0), col(q, 1), col(q, 2), col(q, 3), col(q, 4)};
        if (fn(ctx, &row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? 0 : db_error(s, err, "reading merges");
}
