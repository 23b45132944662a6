/*
 * error.h - the one error convention of rawabit.
 *
 * Library functions never print. A function that can fail takes an `rw_error *` (which may be
 * NULL when the caller does not care), fills it with a status and a message naming the input,
 * the position and the problem, and returns a non-zero status. The CLI prints the message and
 * maps the status to its exit code.
 */
#ifndef RW_ERROR_H
#define RW_ERROR_H

#include <stddef.h>

typedef enum rw_status {
    RW_OK = 0,
    RW_EUSAGE = 1,    /* the caller asked for something that does not make sense */
    RW_EINPUT = 2,    /* the input is malformed: a bad file, line or value */
    RW_EIO = 3,       /* a file or the database could not be read or written */
    RW_ENOMEM = 4,    /* out of memory */
    RW_EINTERNAL = 5, /* a library (ICU, SQLite, Graphviz) failed where it should not */
} rw_status;

typedef struct rw_error {
    rw_status code;
    char msg[1024];
} rw_error;

/* Sets `err` (if not NULL) to `code` and a printf-style message; returns `code`. */
rw_status rw_error_set(rw_error *err, rw_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Clears `err` (if not NULL) to RW_OK and an empty message. */
void rw_error_clear(rw_error *err);

#endif
