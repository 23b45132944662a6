/*
 * outfile.h - output files that are complete or untouched, and never destroy what they name.
 *
 * What a path names decides how it is written:
 *
 *   - "-" or NULL: standard output, written in place.
 *   - /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: that descriptor, in place (its
 *     owner opened it; we neither reopen nor truncate it, so `>> log` keeps appending).
 *   - anything that exists and is not a regular file (a device such as /dev/full or /dev/null,
 *     a named pipe, a socket): opened and written in place. Such a file cannot be replaced
 *     without destroying it, and it has no "old content" to keep.
 *   - a regular file, or a name that does not exist yet: written to a temporary file in the
 *     same directory as the final file and renamed over it once complete, so readers see the
 *     old file or the new one, never half of one. A symbolic link is followed: the file it
 *     points to is replaced, the link stays a link.
 *
 * Every write, flush, fsync and close is checked; a failure leaves the old file as it was and
 * no temporary file behind, and the error names the file. Several outputs that must appear
 * together (CSV's nodes.csv and edges.csv) are finished first, all of them, and only then
 * published: if any write fails, none is renamed.
 *
 * A process that may hit RLIMIT_FSIZE (`ulimit -f`) should ignore SIGXFSZ, so that the write
 * fails with EFBIG and is reported here instead of killing the process with a temporary file
 * left behind; rw_outfile_ignore_sigxfsz() does that.
 */
#ifndef RW_OUTFILE_H
#define RW_OUTFILE_H

#include <stdio.h>

#include "base/error.h"

typedef struct rw_outfile {
    FILE *fp;     /* where to write; valid between open and finish/abort */
    char *name;   /* the path as the user gave it, for messages ("standard output" for -) */
    char *target; /* the file the temporary replaces (symlinks resolved); NULL when in place */
    char *tmp;    /* the temporary file; NULL when in place */
    int in_place; /* 1: written straight into the target (stdout, a device, a pipe) */
    int is_stdout; /* fp is the process's stdout: flushed, never closed */
    int finished;  /* rw_outfile_finish() succeeded; only the rename is left */
} rw_outfile;

/* Opens `path` for writing as described above. Returns 0, or RW_EIO with err naming the path
 * (a directory, a missing parent, no permission). */
int rw_outfile_open(rw_outfile *o, const char *path, rw_error *err);

/* Flushes, fsyncs (regular files) and closes the data; nothing is renamed yet. Returns 0, or
 * RW_EIO after removing the temporary file (the target is untouched). */
int rw_outfile_finish(rw_outfile *o, rw_error *err);

/* Renames a finished temporary over its target (and syncs the directory). In place: nothing to
 * do. Returns 0 or RW_EIO (the temporary is removed). */
int rw_outfile_publish(rw_outfile *o, rw_error *err);

/* rw_outfile_finish() then rw_outfile_publish(): the usual way to end one output. */
int rw_outfile_commit(rw_outfile *o, rw_error *err);

/* Gives up: closes, removes the temporary file, frees. Safe after any of the above and on a
 * zeroed rw_outfile. Data already written in place (to a pipe, a terminal) stays written. */
void rw_outfile_abort(rw_outfile *o);

/* Makes a file-size limit fail writes with EFBIG instead of killing the process. */
void rw_outfile_ignore_sigxfsz(void);

#endif
