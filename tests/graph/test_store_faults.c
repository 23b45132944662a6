/*
 * test_store_faults.c - the store under I/O errors and a full disk, tested the way SQLite tests
 * itself: a VFS shim wrapping the default VFS counts every xWrite and xSync of a small ingest
 * (two articles of samples/seeds.jsonl, one batch each) and fails the Nth, for every N until an ingest
 * runs through without reaching N. After each run, whatever it returned:
 *
 *   - the database passes PRAGMA integrity_check (or was never created);
 *   - a re-run without faults succeeds and leaves exactly the tables of a clean ingest (row
 *     counts, and the ids of documents, entities and facts).
 *
 * Two kinds of fault: a transient I/O error (SQLITE_IOERR_WRITE / _FSYNC on that one call) and a
 * full disk (SQLITE_FULL on that write and every write after it, until the run ends). The shim is
 * registered only in this test binary; rawabit itself always uses SQLite's default VFS.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/extract.h"
#include "extract/readers.h"
#include "graph/store.h"
#include "tests/check.h"

/* ---- the shim -------------------------------------------------------------------------------- */

enum fault_kind { FAULT_IOERR, FAULT_FULL };

typedef struct faults {
    int armed;
    enum fault_kind kind;
    long fail_at; /* the call (1-based) that fails */
    long calls;   /* xWrite + xSync calls counted while armed */
    int fired;
} faults;

static faults F;

static sqlite3_vfs *real_vfs;

typedef struct shim_file {
    sqlite3_file base;
    sqlite3_file *real; /* the default VFS's file, allocated right after this struct */
} shim_file;

#define REAL(f) (((shim_file *)(f))->real)

/* Whether this call fails: the Nth counted call, and for a full disk every write after it. */
static int fault_now(int is_write)
{
    if (!F.armed) return 0;
    if (F.fired && F.kind == FAULT_FULL) return is_write;
    if (++F.calls != F.fail_at) return 0;
    F.fired = 1;
    return 1;
}

static int shim_close(sqlite3_file *f)
{
    return REAL(f)->pMethods->xClose(REAL(f));
}
static int shim_read(sqlite3_file *f, void *b, int n, sqlite3_int64 off)
{
    return REAL(f)->pMethods->xRead(REAL(f), b, n, off);
}
static int shim_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 off)
{
    if (fault_now(1)) return F.kind == FAULT_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return REAL(f)->pMethods->xWrite(REAL(f), b, n, off);
}
static int shim_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
static int shim_sync(sqlite3_file *f, int flags)
{
    if (fault_now(0)) return SQLITE_IOERR_FSYNC;
    return REAL(f)->pMethods->xSync(REAL(f), flags);
}
static int shim_size(sqlite3_file *f, sqlite3_int64 *size)
{
    return REAL(f)->pMethods->xFileSize(REAL(f), size);
}
static int shim_lock(sqlite3_file *f, int l)
{
    return REAL(f)->pMethods->xLock(REAL(f), l);
}
static int shim_unlock(sqlite3_file *f, int l)
{
    return REAL(f)->pMethods->xUnlock(REAL(f), l);
}
static int shim_check_lock(sqlite3_file *f, int *out)
{
    return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}
static int shim_control(sqlite3_file *f, int op, void *arg)
{
    return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int shim_sector(sqlite3_file *f)
{
    return REAL(f)->pMethods->xSectorSize(REAL(f));
}
static int shim_caps(sqlite3_file *f)
{
    return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
static int shim_shm_map(sqlite3_file *f, int pg, int sz, int extend, void volatile **p)
{
    return REAL(f)->pMethods->xShmMap(REAL(f), pg, sz, extend, p);
}
static int shim_shm_lock(sqlite3_file *f, int off, int n, int flags)
{
    return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}
static void shim_shm_barrier(sqlite3_file *f)
{
    REAL(f)->pMethods->xShmBarrier(REAL(f));
}
static int shim_shm_unmap(sqlite3_file *f, int del)
{
    return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}
static int shim_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **p)
{
    return REAL(f)->pMethods->xFetch(REAL(f), off, n, p);
}
static int shim_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

static const sqlite3_io_methods shim_io = {
    3,           shim_close,  shim_read,       shim_write,   shim_truncate,    shim_sync,
    shim_size,   shim_lock,   shim_unlock,     shim_check_lock, shim_control,  shim_sector,
    shim_caps,   shim_shm_map, shim_shm_lock,  shim_shm_barrier, shim_shm_unmap, shim_fetch,
    shim_unfetch};

static int shim_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out)
{
    (void)vfs;
    shim_file *s = (shim_file *)f;
    s->real = (sqlite3_file *)&s[1];
    int rc = real_vfs->xOpen(real_vfs, name, s->real, flags, out);
    /* The unix VFS always has version 3 methods; a file it failed to open has none. */
    s->base.pMethods = s->real->pMethods ? &shim_io : NULL;
    return rc;
}

static int shim_delete(sqlite3_vfs *v, const char *n, int sync)
{
    (void)v;
    return real_vfs->xDelete(real_vfs, n, sync);
}
static int shim_access(sqlite3_vfs *v, const char *n, int flags, int *out)
{
    (void)v;
    return real_vfs->xAccess(real_vfs, n, flags, out);
}
static int shim_full_path(sqlite3_vfs *v, const char *n, int size, char *out)
{
    (void)v;
    return real_vfs->xFullPathname(real_vfs, n, size, out);
}
static int shim_random(sqlite3_vfs *v, int n, char *out)
{
    (void)v;
    return real_vfs->xRandomness(real_vfs, n, out);
}
static int shim_sleep(sqlite3_vfs *v, int us)
{
    (void)v;
    return real_vfs->xSleep(real_vfs, us);
}
static int shim_time(sqlite3_vfs *v, double *t)
{
    (void)v;
    return real_vfs->xCurrentTime(real_vfs, t);
}
static int shim_last_error(sqlite3_vfs *v, int n, char *out)
{
    (void)v;
    return real_vfs->xGetLastError(real_vfs, n, out);
}
static int shim_time64(sqlite3_vfs *v, sqlite3_int64 *t)
{
    (void)v;
    return real_vfs->xCurrentTimeInt64(real_vfs, t);
}

static sqlite3_vfs shim_vfs;

static int shim_register(void)
{
    real_vfs = sqlite3_vfs_find(NULL);
    if (!real_vfs) return -1;
    shim_vfs = (sqlite3_vfs){
        .iVersion = 2,
        .szOsFile = (int)sizeof(shim_file) + real_vfs->szOsFile,
        .mxPathname = real_vfs->mxPathname,
        .zName = "rawabit-faults",
        .xOpen = shim_open,
        .xDelete = shim_delete,
        .xAccess = shim_access,
        .xFullPathname = shim_full_path,
        .xRandomness = shim_random,
        .xSleep = shim_sleep,
        .xCurrentTime = shim_time,
        .xGetLastError = shim_last_error,
        .xCurrentTimeInt64 = shim_time64,
    };
    return sqlite3_vfs_register(&shim_vfs, 1) == SQLITE_OK ? 0 : -1; /* the default from now on */
}

/* ---- a small ingest, as `rawabit ingest --batch 1` does it ----------------------------------- */

/* The articles, read and extracted once: every run stores the same extractions, so the runs
 * cost SQLite's work only. */
enum { N_DOCS = 2 };

typedef struct corpus {
    rw_extractor *ex;
    rw_doc docs[N_DOCS];
    rw_extraction x[N_DOCS];
    int n;
} corpus;

static int keep_doc(rw_doc *doc, void *ud)
{
    corpus *c = ud;
    c->docs[c->n] = *doc; /* take the strings over: the reader clears what is left */
    memset(doc, 0, sizeof *doc);
    rw_error err = {0};
    if (rw_extract(c->ex, &c->docs[c->n], &c->x[c->n], &err)) {
        printf("# extract: %s\n", err.msg);
        return 1;
    }
    return ++c->n == N_DOCS;
}

/* 0 when every article went in. */
static int run_ingest(const corpus *c, const char *db)
{
    rw_error err = {0};
    rw_store *s = rw_store_open(db, RW_STORE_WRITE, rw_extractor_text(c->ex), &err);
    if (!s) return -1;
    int failed = rw_store_begin(s, &err) != 0;
    for (int i = 0; !failed && i < c->n; i++) {
        rw_ingest_result res = {0};
        failed = rw_store_add_extraction(s, &c->x[i], &res, &err) ||
                 (i == 0 && (rw_store_commit(s, &err) || rw_store_begin(s, &err)));
    }
    if (failed)
        rw_store_rollback(s);
    else
        failed = rw_store_commit(s, &err) != 0;
    rw_store_close(s);
    return failed ? -1 : 0;
}

/* What must be equal between a clean ingest and a faulted one completed by a re-run. */
static char *tables(const char *db)
{
    static const char *const queries[] = {
        "SELECT count(*) FROM documents", "SELECT count(*) FROM sentences",
        "SELECT count(*) FROM mentions",  "SELECT count(*) FROM names",
        "SELECT count(*) FROM merges",    "SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)",
        "SELECT group_concat(id) FROM (SELECT id FROM entities ORDER BY id)",
        "SELECT group_concat(id) FROM (SELECT id FROM facts ORDER BY id)",
    };
    sqlite3 *h;
    char *all = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&all, &len);
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
            sqlite3_stmt *q;
            if (sqlite3_prepare_v2(h, queries[i], -1, &q, NULL) == SQLITE_OK &&
                sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
                fprintf(m, "%s|", (const char *)sqlite3_column_text(q, 0));
            else
                fputs("?|", m);
            sqlite3_finalize(q);
        }
    }
    sqlite3_close(h);
    fclose(m);
    return all;
}

/* "ok", or what integrity_check said; "absent" when there is no database file. */
static const char *integrity(const char *db, char *buf, size_t n)
{
    if (access(db, F_OK) != 0) return "absent";
    sqlite3 *h;
    snprintf(buf, n, "cannot open");
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
        sqlite3_stmt *q;
        if (sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &q, NULL) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            snprintf(buf, n, "%s", (const char *)sqlite3_column_text(q, 0));
        else
            snprintf(buf, n, "%s", sqlite3_errmsg(h));
        sqlite3_finalize(q);
    }
    sqlite3_close(h);
    return buf;
}

static void remove_db(const char *db)
{
    char side[512];
    unlink(db);
    snprintf(side, sizeof side, "%s-wal", db);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", db);
    unlink(side);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_store_faults INPUT\n");
        return 2;
    }
    rw_error err = {0};
    corpus c = {.ex = rw_extractor_open(&(rw_extractor_opts){0}, &err)};
    CHECK(c.ex != NULL, "the extractor opens (%s)", err.msg);
    if (c.ex) rw_read_input(argv[1], NULL, keep_doc, &c, &err);
    CHECK(c.n == N_DOCS, "%d articles read and extracted from %s", c.n, argv[1]);
    CHECK(shim_register() == 0, "the fault-injecting VFS is the default");
    if (c.n != N_DOCS) return check_done();

    char db[256];
    /* Some 500 ingests, each syncing: on tmpfs a sync costs nothing, on a disk a minute. */
    snprintf(db, sizeof db, "%s/rw_test_faults_%d.db",
             access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (int)getpid());
    remove_db(db);
    CHECK(run_ingest(&c, db) == 0, "a clean ingest through the shim succeeds");
    char *clean = tables(db);
    remove_db(db);
    F = (faults){.armed = 1, .fail_at = 1 << 30};
    run_ingest(&c, db);
    long total = F.calls;
    F.armed = 0;
    remove_db(db);
    CHECK(total > 10, "a small ingest makes %ld writes and syncs", total);

    static const char *const kinds[] = {"I/O error", "full disk"};
    for (int kind = FAULT_IOERR; kind <= FAULT_FULL; kind++) {
        long runs = 0, failed_runs = 0, bad_integrity = 0, bad_rerun = 0;
        for (long n = 1;; n++) {
            F = (faults){.armed = 1, .kind = (enum fault_kind)kind, .fail_at = n};
            int rc = run_ingest(&c, db);
            int fired = F.fired;
            F.armed = 0;
            runs++;
            if (rc) failed_runs++;
            char buf[512];
            const char *ok = integrity(db, buf, sizeof buf);
            if (strcmp(ok, "ok") != 0 && strcmp(ok, "absent") != 0) {
                bad_integrity++;
                printf("# %s at call %ld: integrity_check: %s\n", kinds[kind], n, ok);
            }
            char *after = run_ingest(&c, db) == 0 ? tables(db) : NULL;
            if (!after || strcmp(after, clean) != 0) {
                bad_rerun++;
                printf("# %s at call %ld: the re-run %s\n", kinds[kind], n,
                       after ? "left other tables than a clean ingest" : "failed");
            }
            free(after);
            remove_db(db);
            if (!fired) break; /* the ingest ran through before reaching call n: every call done */
        }
        CHECK(runs > total / 2, "%s: one run per write or sync (%ld runs)", kinds[kind], runs);
        CHECK(failed_runs > 0, "%s: faulted runs report failure (%ld of %ld)", kinds[kind],
              failed_runs, runs);
        CHECK(bad_integrity == 0, "%s at every call: integrity_check ok after each (%ld bad)",
              kinds[kind], bad_integrity);
        CHECK(bad_rerun == 0, "%s at every call: a re-run completes to the clean tables (%ld bad)",
              kinds[kind], bad_rerun);
    }
    free(clean);
    for (int i = 0; i < c.n; i++) {
        rw_extraction_clear(&c.x[i]);
        rw_doc_clear(&c.docs[i]);
    }
    rw_extractor_close(c.ex);
    sqlite3_vfs_unregister(&shim_vfs);
    return check_done();
}
