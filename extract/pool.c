/*
 * pool.c - see pool.h.
 *
 * A ring of jobs numbered by submission: workers take the next job not yet taken, the caller
 * delivers jobs strictly by number, waiting for the oldest when it is not done yet. The ring
 * holds a few jobs per thread, so a long article holds up delivery but not the other threads,
 * and memory stays bounded by the ring, not the corpus. One mutex guards the counters and the
 * done flags; extraction itself runs outside it.
 */
#include "extract/pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define JOBS_PER_THREAD 4

typedef struct job {
    rw_doc doc;
    rw_extraction x;
    rw_error err;
    int rc;
    int done; /* guarded by the mutex */
} job;

typedef struct worker {
    rw_pool *pool;
    rw_extractor *ex;
    pthread_t thread;
    int started;
} worker;

struct rw_pool {
    worker *workers;
    int n_workers;
    rw_text *own_text; /* the caller's text layer when there are threads */
    job *ring;
    size_t cap;
    size_t submitted, taken, delivered; /* job numbers; guarded by the mutex */
    int closing;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    rw_pool_fn on_result;
    void *ud;
};

int rw_pool_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

static void *run(void *arg)
{
    worker *w = arg;
    rw_pool *p = w->pool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->closing && p->taken == p->submitted) pthread_cond_wait(&p->work, &p->mu);
        if (p->closing) break;
        job *j = &p->ring[p->taken++ % p->cap];
        pthread_mutex_unlock(&p->mu);
        j->rc = rw_extract(w->ex, &j->doc, &j->x, &j->err);
        pthread_mutex_lock(&p->mu);
        j->done = 1;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

rw_pool *rw_pool_open(const rw_extractor_opts *opts, int threads, rw_pool_fn on_result, void *ud,
                      rw_error *err)
{
    if (threads < 1) threads = 1;
    rw_pool *p = calloc(1, sizeof *p);
    if (!p || !(p->workers = calloc((size_t)threads, sizeof *p->workers))) {
        free(p);
        rw_error_set(err, RW_ENOMEM, "extraction pool: out of memory");
        return NULL;
    }
    p->on_result = on_result;
    p->ud = ud;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    p->cap = threads > 1 ? (size_t)threads * JOBS_PER_THREAD : 1;
    if (!(p->ring = calloc(p->cap, sizeof *p->ring))) {
        rw_error_set(err, RW_ENOMEM, "extraction pool: out of memory");
        rw_pool_close(p);
        return NULL;
    }
    for (int i = 0; i < threads; i++) {
        p->workers[i].pool = p;
        if (!(p->workers[i].ex = rw_extractor_open(opts, err))) {
            rw_pool_close(p);
            return NULL;
        }
        p->n_workers++;
    }
    if (threads == 1) return p;
    /* The caller folds and transliterates on its own thread (the store does): it gets a text
     * layer no worker touches. */
    if (!(p->own_text = rw_text_open(err))) {
        rw_pool_close(p);
        return NULL;
    }
    for (int i = 0; i < threads; i++) {
        if (pthread_create(&p->workers[i].thread, NULL, run, &p->workers[i]) != 0) {
            rw_error_set(err, RW_EINTERNAL, "extraction pool: cannot start a thread");
            rw_pool_close(p);
            return NULL;
        }
        p->workers[i].started = 1;
    }
    return p;
}

rw_text *rw_pool_text(rw_pool *p)
{
    return p->own_text ? p->own_text : rw_extractor_text(p->workers[0].ex);
}

/* Delivers the oldest job once it is done. */
static int deliver_one(rw_pool *p, rw_error *err)
{
    job *j = &p->ring[p->delivered % p->cap];
    pthread_mutex_lock(&p->mu);
    while (!j->done) pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    int rc = j->rc;
    if (rc) *err = j->err;
    else rc = p->on_result(&j->x, p->ud);
    rw_extraction_clear(&j->x);
    rw_doc_clear(&j->doc);
    j->done = 0; /* no worker looks at it again until it is submitted anew */
    p->delivered++;
    return rc;
}

int rw_pool_submit(rw_pool *p, rw_doc *doc, rw_error *err)
{
    if (p->n_workers == 1 && !p->own_text) {
        /* No threads: extract and deliver at once, as a plain loop would. */
        job *j = &p->ring[0];
        j->doc = *doc;
        memset(doc, 0, sizeof *doc);
        j->rc = rw_extract(p->workers[0].ex, &j->doc, &j->x, &j->err);
        j->done = 1;
        return deliver_one(p, err);
    }
    while (p->submitted - p->delivered == p->cap) {
        int rc = deliver_one(p, err);
        if (rc) return rc;
    }
    job *j = &p->ring[p->submitted % p->cap];
    j->doc = *doc;
    memset(doc, 0, sizeof *doc);
    pthread_mutex_lock(&p->mu);
    p->submitted++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return 0;
}

int rw_pool_finish(rw_pool *p, rw_error *err)
{
    while (p->delivered < p->submitted) {
        int rc = deliver_one(p, err);
        if (rc) return rc;
    }
    return 0;
}

void rw_pool_close(rw_pool *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->closing = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n_workers; i++)
        if (p->workers[i].started) pthread_join(p->workers[i].thread, NULL);
    for (size_t i = 0; p->ring && i < p->cap; i++) {
        rw_extraction_clear(&p->ring[i].x);
        rw_doc_clear(&p->ring[i].doc);
    }
    for (int i = 0; i < p->n_workers; i++) rw_extractor_close(p->workers[i].ex);
    rw_text_close(p->own_text);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p->ring);
    free(p->workers);
    free(p);
}
