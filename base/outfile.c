/*
 * outfile.c - output files that are complete or untouched (see outfile.h).
 *
 * The rule that matters is in rw_outfile_open(): only a regular file (or a name not yet taken) is
 * ever replaced by rename(). Renaming over /dev/stdout, a device or a named pipe would destroy it
 * (as root, /dev/null becomes a regular file), and renaming over a symbolic link would turn the
 * link into a file; so special files are written in place and links are followed to the file
 * they name, whose directory then holds the temporary (rename() only works within one
 * filesystem, and a link may point to another).
 */
#include "base/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Symbolic-link hops followed before giving up, as the kernel does (ELOOP). */
enum { MAX_LINK_HOPS = 40 };

/* The descriptor a path stands for when it names one of this process's own open files
 * (/dev/stdout, /dev/fd/1, /proc/self/fd/1), else -1. Such a path is written through the
 * descriptor: reopening it would truncate what the shell opened for appending, and it is no
 * file of ours to replace. */
static int own_descriptor(const char *path)
{
    static const char *const prefixes[] = {"/dev/fd/", "/proc/self/fd/"};
    if (strcmp(path, "/dev/stdout") == 0) return STDOUT_FILENO;
    if (strcmp(path, "/dev/stderr") == 0) return STDERR_FILENO;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        if (strncmp(path, prefixes[i], n) != 0) continue;
        char *end;
        long fd = strtol(path + n, &end, 10);
        if (end != path + n && !*end && fd >= 0 && fd <= INT_MAX) return (int)fd;
    }
    return -1;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return strdup(".");
    if (slash == path) return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

/* Follows symbolic links from `path` to the file they finally name (which may not exist yet: a
 * dangling link names the file to create). Returns a new string, or NULL with errno set. When a
 * hop lands on one of our own descriptors, *fd is set to it and NULL returned with errno 0. */
static char *follow_links(const char *path, int *fd)
{
    char *cur = strdup(path);
    *fd = -1;
    for (int hops = 0; cur; hops++) {
        if ((*fd = own_descriptor(cur)) >= 0) {
            free(cur);
            errno = 0;
            return NULL;
        }
        struct stat st;
        if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) return cur; /* the end of the chain */
        if (hops == MAX_LINK_HOPS) {
            free(cur);
            errno = ELOOP;
            return NULL;
        }
        char link[PATH_MAX];
        ssize_t n = readlink(cur, link, sizeof link - 1);
        if (n < 0) {
            free(cur);
            return NULL;
        }
        link[n] = '\0';
        char *next;
        if (link[0] == '/') {
            next = strdup(link);
        } else { /* relative to the directory holding the link */
            char *dir = dir_of(cur);
            size_t len = dir ? strlen(dir) + (size_t)n + 2 : 0;
            next = dir ? malloc(len) : NULL;
            if (next) snprintf(next, len, "%s/%s", dir, link);
            free(dir);
        }
        free(cur);
        cur = next;
    }
    errno = ENOMEM;
    return NULL;
}

static int fail(rw_outfile *o, rw_error *err, const char *what, int e)
{
    rw_error_set(err, RW_EIO, "%s: %s: %s", o->name ? o->name : "output", what,
                 e ? strerror(e) : "write error");
    return RW_EIO;
}

static int open_in_place(rw_outfile *o, int fd, rw_error *err)
{
    o->in_place = 1;
    if (fd == STDOUT_FILENO) {
        o->fp = stdout;
        o->is_stdout = 1;
        return 0;
    }
    int copy = dup(fd);
    if (copy < 0 || !(o->fp = fdopen(copy, "wb"))) {
        int e = errno;
        if (copy >= 0) close(copy);
        return fail(o, err, "cannot write to this descriptor", e);
    }
    return 0;
}

int rw_outfile_open(rw_outfile *o, const char *path, rw_error *err)
{
    memset(o, 0, sizeof *o);
    int is_stdout = !path || strcmp(path, "-") == 0;
    o->name = strdup(is_stdout ? "standard output" : path);
    if (!o->name) return rw_error_set(err, RW_ENOMEM, "out of memory");
    if (is_stdout) return open_in_place(o, STDOUT_FILENO, err);

    int fd;
    o->target = follow_links(path, &fd);
    if (!o->target) {
        int e = errno;
        if (fd >= 0) return open_in_place(o, fd, err);
        rw_outfile_abort(o);
        rw_error_set(err, RW_EIO, "%s: cannot follow the link: %s", path, strerror(e));
        return RW_EIO;
    }
    struct stat st;
    int exists = stat(o->target, &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        fail(o, err, "cannot write", EISDIR);
        rw_outfile_abort(o);
        return RW_EIO;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        /* A device, a pipe, a socket: write into it. O_NOCTTY so a terminal named here never
         * becomes our controlling terminal. */
        int out = open(o->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (out < 0 || !(o->fp = fdopen(out, "wb"))) {
            int e = errno;
            if (out >= 0) close(out);
            fail(o, err, "cannot open for writing", e);
            rw_outfile_abort(o);
            return RW_EIO;
        }
        free(o->target);
        o->target = NULL;
        o->in_place = 1;
        return 0;
    }

    size_t n = strlen(o->target) + sizeof ".tmp.XXXXXX";
    if (!(o->tmp = malloc(n))) {
        rw_outfile_abort(o);
        return rw_error_set(err, RW_ENOMEM, "out of memory");
    }
    snprintf(o->tmp, n, "%s.tmp.XXXXXX", o->target);
    int out = mkstemp(o->tmp);
    if (out < 0) {
        int e = errno;
        free(o->tmp);
        o->tmp = NULL;
        fail(o, err, "cannot create the output file", e);
        rw_outfile_abort(o);
        return RW_EIO;
    }
    /* mkstemp makes 0600; the result should look like any file the user creates, or keep the
     * permissions of the file it replaces. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(out, exists ? st.st_mode & 07777 : 0666 & ~mask);
    if (!(o->fp = fdopen(out, "wb"))) {
        int e = errno;
        close(out);
        fail(o, err, "cannot write", e);
        rw_outfile_abort(o);
        return RW_EIO;
    }
    return 0;
}

int rw_outfile_finish(rw_outfile *o, rw_error *err)
{
    if (o->finished || !o->fp) return o->finished ? 0 : fail(o, err, "not open", EBADF);
    errno = 0;
    int bad = fflush(o->fp) != 0 || ferror(o->fp);
    int e = errno;
    /* Data renamed into place must be on disk before its name is; a pipe or device has nothing
     * to sync. */
    if (!bad && o->tmp && fsync(fileno(o->fp)) != 0) bad = 1, e = errno;
    if (o->is_stdout) {
        clearerr(o->fp);
    } else {
        if (fclose(o->fp) != 0 && !bad) bad = 1, e = errno;
    }
    o->fp = NULL;
    if (bad) {
        fail(o, err, "cannot write", e);
        rw_outfile_abort(o);
        return RW_EIO;
    }
    o->finished = 1;
    return 0;
}

int rw_outfile_publish(rw_outfile *o, rw_error *err)
{
    if (!o->finished) return fail(o, err, "not finished", EINVAL);
    if (o->tmp) {
        if (rename(o->tmp, o->target) != 0) {
            fail(o, err, "cannot replace the file", errno);
            rw_outfile_abort(o);
            return RW_EIO;
        }
        /* The new name is durable once its directory is synced; a failure here loses nothing
         * that is visible now, so it is not reported. */
        char *dir = dir_of(o->target);
        int d = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
        if (d >= 0) {
            fsync(d);
            close(d);
        }
        free(dir);
        free(o->tmp);
        o->tmp = NULL;
    }
    rw_outfile_abort(o); /* frees the names; nothing is left to remove */
    return 0;
}

int rw_outfile_commit(rw_outfile *o, rw_error *err)
{
    return rw_outfile_finish(o, err) ? RW_EIO : rw_outfile_publish(o, err);
}

void rw_outfile_abort(rw_outfile *o)
{
    if (o->fp && !o->is_stdout) fclose(o->fp);
    if (o->tmp) unlink(o->tmp);
    free(o->tmp);
    free(o->target);
    free(o->name);
    memset(o, 0, sizeof *o);
}

void rw_outfile_ignore_sigxfsz(void)
{
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_IGN);
#endif
}
