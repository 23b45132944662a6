/*
 * pool.h - extraction on every core, results in input order.
 *
 * Articles are independent until they meet in the database, so N threads can extract while one
 * thread stores: rw_pool_submit() hands a document to the pool and, when the pool is full, first
 * delivers the oldest finished extractions to `on_result` - on the caller's thread, in the order
 * the documents were submitted. Whatever the number of threads, the caller sees the same
 * extractions in the same order, so the database it writes is the same byte for byte.
 *
 * Each thread has an extractor of its own (rw_extractor is not thread-safe: ICU objects and
 * scratch buffers); the extraction layer keeps no global state. With one thread there are no
 * threads at all: submit extracts and delivers at once.
 */
#ifndef RW_POOL_H
#define RW_POOL_H

#include "base/error.h"
#include "extract/extract.h"

typedef struct rw_pool rw_pool;

/* Called with each finished extraction, in submission order; x->doc is the submitted document.
 * Both are the pool's and are freed after the call. Return 0 to go on, non-zero to stop: that
 * value comes back from rw_pool_submit() / rw_pool_finish(). */
typedef int (*rw_pool_fn)(const rw_extraction *x, void *ud);

/* Opens `threads` extractors (threads < 1 counts as 1) with the same options and, when threads
 * > 1, starts the threads. Returns NULL and sets err on failure. */
rw_pool *rw_pool_open(const rw_extractor_opts *opts, int threads, rw_pool_fn on_result, void *ud,
                      rw_error *err);

/* Takes the document: its strings move into the pool and *doc is zeroed. Returns 0, the value
 * on_result stopped with, or an extraction error (err says which document). After a non-zero
 * return, call only rw_pool_close(). */
int rw_pool_submit(rw_pool *p, rw_doc *doc, rw_error *err);

/* Delivers every document still in the pool; returns as rw_pool_submit(). */
int rw_pool_finish(rw_pool *p, rw_error *err);

/* Stops the threads (work not yet delivered is dropped) and frees everything. */
void rw_pool_close(rw_pool *p);

/* The text layer of the first extractor, for the caller's own thread (the store folds names
 * with it); never touched by the pool's threads when threads > 1. */
rw_text *rw_pool_text(rw_pool *p);

/* The number of online processors, at least 1: the default for -j. */
int rw_pool_default_threads(void);

#endif
