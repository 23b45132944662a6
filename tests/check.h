/*
 * check.h - the unit-test harness: TAP output, one line per check, for `meson test`.
 *
 * CHECK(cond, fmt, ...) records one test; the message says what was expected. check_done()
 * prints the plan and returns the exit status for main(). Tables of cases are the norm: loop
 * over them and CHECK each one with its input in the message.
 */
#ifndef RW_TEST_CHECK_H
#define RW_TEST_CHECK_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int check_count_, check_failed_;

/* Prints a check's description on one line: a line break or tab in it (a test of empty or
 * blank input names that input) is written as \n or \t, or TAP would read a second line. */
static inline void check_describe_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline void check_describe_(const char *fmt, ...)
{
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    for (const char *c = buf; *c; c++) {
        if (*c == '\n') fputs("\\n", stdout);
        else if (*c == '\r') fputs("\\r", stdout);
        else if (*c == '\t') fputs("\\t", stdout);
        else putchar(*c);
    }
}

#define CHECK(cond, ...)                                                                          \
    do {                                                                                          \
        int ok_ = (cond) ? 1 : 0;                                                                 \
        check_count_++;                                                                           \
        if (!ok_) check_failed_++;                                                                \
        printf("%sok %d - ", ok_ ? "" : "not ", check_count_);                                    \
        check_describe_(__VA_ARGS__);                                                             \
        printf("\n");                                                                             \
        if (!ok_) printf("#   failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);               \
    } while (0)

#define CHECK_STR(got, want, what)                                                                \
    do {                                                                                          \
        const char *g_ = (got), *w_ = (want);                                                     \
        CHECK(g_ && w_ ? strcmp(g_, w_) == 0 : g_ == w_, "%s: want \"%s\", got \"%s\"", (what),  \
              w_ ? w_ : "(null)", g_ ? g_ : "(null)");                                            \
    } while (0)

#define CHECK_INT(got, want, what)                                                                \
    do {                                                                                          \
        long g_ = (long)(got), w_ = (long)(want);                                                 \
        CHECK(g_ == w_, "%s: want %ld, got %ld", (what), w_, g_);                                 \
    } while (0)

static inline int check_done(void)
{
    printf("1..%d\n", check_count_);
    if (check_failed_) printf("# %d of %d checks failed\n", check_failed_, check_count_);
    return check_failed_ ? 1 : 0;
}

#endif
