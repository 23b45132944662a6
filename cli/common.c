/* common.c - the plumbing every subcommand shares; see cli.h. */
#include "cli/cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/model.h"
#include "base/term.h"

/* Every message goes out through base/term.h: messages echo file names, ids and text from the
 * input, which must not drive the terminal. The prefix and suffix are ours and go out as they
 * are. */
static void say(const char *prefix, const char *fmt, va_list ap, const char *suffix)
{
    rw_buf line = {0};
    rw_buf_vprintf(&line, fmt, ap);
    fputs(prefix, stderr);
    rw_term_puts(stderr, rw_buf_str(&line), 0);
    fputs(suffix, stderr);
    rw_buf_free(&line);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("rawabit: ", fmt, ap, "\n");
    va_end(ap);
}

int cli_fail(const rw_error *err)
{
    cli_error("%s", err->msg[0] ? err->msg : "failed");
    switch (err->code) {
    case RW_OK: return EXIT_OK;
    case RW_EUSAGE: return EXIT_USAGE;
    case RW_EINPUT: return EXIT_INPUT;
    default: return EXIT_FAILURE_;
    }
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    char prefix[64], suffix[96];
    snprintf(prefix, sizeof prefix, "rawabit %s: ", cmd);
    snprintf(suffix, sizeof suffix, "\nTry 'rawabit %s --help'.\n", cmd);
    va_list ap;
    va_start(ap, fmt);
    say(prefix, fmt, ap, suffix);
    va_end(ap);
    return EXIT_USAGE;
}

/* say() with its arguments as ... */
static void say_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say_line(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("", fmt, ap, "\n");
    va_end(ap);
}

void cli_on_problem(const rw_problem *p, void *ud)
{
    cli_problems *c = ud;
    if (p->level == RW_WARNING) {
        c->warnings++;
        if (c->quiet) return;
    } else {
        c->bad++;
    }
    const char *what = p->level == RW_WARNING ? "warning" : "error";
    if (p->line > 0)
        say_line("%s:%ld: %s: %s", p->file, p->line, what, p->message);
    else if (p->offset >= 0)
        say_line("%s: byte %ld: %s: %s", p->file, p->offset, what, p->message);
    else
        say_line("%s: %s: %s", p->file, what, p->message);
}

void cli_report_extraction(const rw_doc *doc, const rw_extraction *x, cli_problems *problems)
{
    if (!x->stats.cut_sentences) return;
    char msg[256];
    snprintf(msg, sizeof msg,
             "a sentence longer than %d bytes (no full stop) was cut at byte %u of the text, "
             "%zu cut%s in all: facts across a cut are not found",
             RW_TEXT_MAX_SENTENCE, x->stats.first_cut, x->stats.cut_sentences,
             x->stats.cut_sentences == 1 ? "" : "s");
    rw_problem p = {RW_WARNING, doc->source ? doc->source : doc->id, 0, -1, msg};
    cli_on_problem(&p, problems);
}

size_t cli_read_inputs(char *const *paths, int n, const rw_reader_opts *ro, rw_doc_fn on_doc,
                       void *ud, const int *stop)
{
    size_t unreadable = 0;
    for (int i = 0; i < n && !*stop; i++) {
        rw_error err = {0};
        if (rw_read_input(paths[i], ro, on_doc, ud, &err) && !*stop) {
            cli_error("%s", err.msg[0] ? err.msg : "cannot read input");
            unreadable++;
        }
    }
    return unreadable;
}

int cli_parse_date(const char *cmd, const char *opt, const char *value, rw_date *out)
{
    if (rw_date_parse(value, out) == 0 && strlen(value) <= 10) return 0;
    cli_usage(cmd, "%s wants a date as YYYY-MM-DD, YYYY-MM or YYYY, not '%s'", opt, value);
    return -1;
}

int cli_parse_count(const char *cmd, const char *opt, const char *value, long min, long max,
                    long *out)
{
    char *end;
    errno = 0;
    long n = *value >= '0' && *value <= '9' ? strtol(value, &end, 10) : -1;
    if (n < 0 || *end || errno == ERANGE || n < min || n > max) {
        cli_usage(cmd, "%s wants a whole number from %ld to %ld, not '%s'", opt, min, max, value);
        return -1;
    }
    *out = n;
    return 0;
}

int cli_parse_fraction(const char *cmd, const char *opt, const char *value, double *out)
{
    char *end;
    double v = strtod(value, &end);
    /* "!(v >= 0 && v <= 1)" is also true for nan, which compares false with everything. */
    if (!*value || *end || !(v >= 0 && v <= 1)) {
        cli_usage(cmd, "%s wants a number from 0 to 1, not '%s'", opt, value);
        return -1;
    }
    *out = v;
    return 0;
}

int cli_parse_rels(const char *cmd, const char *value, unsigned *mask)
{
    char *copy = strdup(value), *save = NULL;
    *mask = 0;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        int r = rw_rel_from_name(t);
        if (r < 0) {
            cli_usage(cmd, "'%s' is not a relation (met, phoned, visited, attended, leads, "
                           "member_of, holds_role, alias_of)", t);
            free(copy);
            return -1;
        }
        *mask |= 1u << r;
    }
    free(copy);
    if (!*mask) {
        cli_usage(cmd, "--rel wants at least one relation, e.g. met,phoned");
        return -1;
    }
    return 0;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_init(cli_progress *p)
{
    const char *ci = getenv("CI");
    p->enabled = isatty(STDERR_FILENO) && !(ci && *ci);
    p->start = p->last = cli_now();
}

void cli_progress_update(cli_progress *p, const char *fmt, ...)
{
    if (!p->enabled) return;
    double now = cli_now();
    if (now - p->last < 0.1) return;
    p->last = now;
    va_list ap;
    va_start(ap, fmt);
    say("\r\033[K", fmt, ap, "");
    va_end(ap);
    fflush(stderr);
}

void cli_progress_done(cli_progress *p)
{
    if (p->enabled) fputs("\r\033[K", stderr);
}
