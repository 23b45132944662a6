/* test_base.c - the small shared modules: buffer, string map, dates, model names, output files,
 * terminal safety. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/array.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/error.h"
#include "base/model.h"
#include "base/outfile.h"
#include "base/strmap.h"
#include "base/term.h"
#include "tests/check.h"

static void test_buf(void)
{
    rw_buf b = {0};
    CHECK_STR(rw_buf_str(&b), "", "empty buffer reads as empty string");
    rw_buf_puts(&b, "وزير");
    rw_buf_putc(&b, ' ');
    rw_buf_printf(&b, "%d-%s", 2025, "12");
    CHECK_STR(rw_buf_str(&b), "وزير 2025-12", "puts, putc and printf append in order");
    CHECK_INT(b.len, strlen("وزير 2025-12"), "length counts bytes");
    rw_buf_reset(&b);
    CHECK_STR(rw_buf_str(&b), "", "reset empties");
    for (int i = 0; i < 1000; i++) rw_buf_puts(&b, "ab");
    CHECK_INT(b.len, 2000, "grows past its first capacity");
    char *s = rw_buf_detach(&b);
    CHECK(s && strlen(s) == 2000 && b.data == NULL && b.len == 0, "detach hands over the bytes");
    free(s);
    s = rw_buf_detach(&b);
    CHECK(s && s[0] == '\0', "detach of an empty buffer gives an empty string, not NULL");
    free(s);
    rw_buf_free(&b);
}

static void test_strmap(void)
{
    rw_strmap *m = rw_strmap_new();
    char key[32];
    for (long i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%ld", i);
        rw_strmap_put(m, key, strlen(key), (void *)(i + 1));
    }
    CHECK_INT(rw_strmap_count(m), 5000, "5000 distinct keys stored");
    int all = 1;
    for (long i = 0; i < 5000; i++) {
        void *v = NULL;
        snprintf(key, sizeof key, "k%ld", i);
        if (!rw_strmap_get(m, key, strlen(key), &v) || (long)v != i + 1) all = 0;
    }
    CHECK(all, "every key finds its value after the table grew");
    CHECK(!rw_strmap_get(m, "k5000", 5, NULL), "absent key is absent");
    rw_strmap_put(m, "k7", 2, (void *)99);
    void *v = NULL;
    rw_strmap_get(m, "k7", 2, &v);
    CHECK((long)v == 99 && rw_strmap_count(m) == 5000, "put on an existing key replaces");
    /* Keys are byte strings: an embedded NUL and a prefix are different keys. */
    rw_strmap_put(m, "a\0b", 3, (void *)1);
    CHECK(!rw_strmap_get(m, "a", 1, NULL), "a prefix of a key is not the key");
    size_t pos = 0, n = 0;
    while (rw_strmap_next(m, &pos, NULL, NULL, NULL)) n++;
    CHECK_INT(n, 5001, "iteration visits every key once");
    rw_strmap_free(m);
    CHECK(rw_hash64("abc", 3, 0) != rw_hash64("abc", 3, 1), "the seed changes the hash");
    /* The document hash takes both halves in one pass: each must be rw_hash64's, since stored
     * documents are known by it. */
    static const char text[] = "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xb6\xd8\xa7\xd9\x81 a longer text";
    uint64_t ha, hb;
    rw_hash64_pair(text, sizeof text - 1, 7, 0x9e3779b97f4a7c15ULL, &ha, &hb);
    CHECK(ha == rw_hash64(text, sizeof text - 1, 7) &&
              hb == rw_hash64(text, sizeof text - 1, 0x9e3779b97f4a7c15ULL),
          "rw_hash64_pair gives rw_hash64 under each seed");
    rw_hash64_pair("", 0, 1, 2, &ha, &hb);
    CHECK(ha == rw_hash64("", 0, 1) && hb == rw_hash64("", 0, 2), "... also of no bytes");
}

static void test_dates(void)
{
    static const struct {
        const char *in;
        int ok;
        const char *out;
    } cases[] = {
        {"2025-12-23", 1, "2025-12-23"}, {"2025-07", 1, "2025-07"},
        {"2024", 1, "2024"},             {"2025-12-23T10:00:00Z", 1, "2025-12-23"},
        {"2025-12-23 10:00", 1, "2025-12-23"}, {"2024-02-29", 1, "2024-02-29"},
        {"2025-02-29", 0, ""},           {"2025-13-01", 0, ""},
        {"2025-00", 0, ""},              {"25-12-23", 0, ""},
        {"2025/12/23", 0, ""},           {"", 0, ""},
        {"abcd", 0, ""},                 {"2025-12-3", 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rw_date d = RW_DATE_NONE;
        int ok = rw_date_parse(cases[i].in, &d) == 0;
        char s[11];
        rw_date_format(d, s);
        CHECK(ok == cases[i].ok && strcmp(s, cases[i].out) == 0, "parse \"%s\": want %s \"%s\", got %s \"%s\"",
              cases[i].in, cases[i].ok ? "ok" : "error", cases[i].out, ok ? "ok" : "error", s);
    }
    /* Known weekdays: 2025-12-23 was a Tuesday, 2026-02-04 a Wednesday, 2000-01-01 a Saturday. */
    CHECK_INT(rw_date_weekday((rw_date){2025, 12, 23}), 2, "2025-12-23 is a Tuesday");
    CHECK_INT(rw_date_weekday((rw_date){2026, 2, 4}), 3, "2026-02-04 is a Wednesday");
    CHECK_INT(rw_date_weekday((rw_date){2000, 1, 1}), 6, "2000-01-01 is a Saturday");
    CHECK_INT(rw_date_weekday((rw_date){2025, 7, 0}), -1, "a month has no weekday");
    char s[11];
    rw_date_format(rw_date_add_days((rw_date){2025, 1, 1}, -1), s);
    CHECK_STR(s, "2024-12-31", "one day before new year");
    rw_date_format(rw_date_add_days((rw_date){2024, 2, 28}, 1), s);
    CHECK_STR(s, "2024-02-29", "leap day");
    rw_date_format(rw_date_add_days((rw_date){2026, 2, 4}, -3), s);
    CHECK_STR(s, "2026-02-01", "three days back across a month");
    CHECK(rw_date_compare((rw_date){2025, 7, 0}, (rw_date){2025, 7, 15}) < 0,
          "a month sorts before a day of it");
    CHECK_INT(rw_days_in_month(1900, 2), 28, "1900 is not a leap year");
    CHECK_INT(rw_days_in_month(2000, 2), 29, "2000 is a leap year");
}

static void test_array(void)
{
    int *v = NULL;
    size_t cap = 0, n = 0;
    int ok = 1;
    for (int i = 0; i < 1000; i++) {
        if (rw_array_reserve((void **)&v, &cap, n + 1, sizeof *v)) ok = 0;
        else v[n++] = i * 3;
    }
    for (size_t i = 0; i < n; i++)
        if (v[i] != (int)i * 3) ok = 0;
    CHECK(ok && n == 1000 && cap >= 1000, "1000 appends keep every element (capacity %zu)", cap);
    CHECK(cap == 1024, "capacity doubles from 16: 1024 for 1000 elements, got %zu", cap);
    size_t before = cap;
    int *p = v;
    CHECK(rw_array_reserve((void **)&v, &cap, 10, sizeof *v) == 0 && v == p && cap == before,
          "reserving less than the capacity changes nothing");
    CHECK(rw_array_reserve((void **)&v, &cap, (size_t)-1 / 2, sizeof *v) == -1 && v == p &&
              cap == before,
          "an impossible size fails and leaves the array as it was");
    free(v);
}

static void test_read_file(void)
{
    char path[] = "/tmp/rw_base_XXXXXX";
    int fd = mkstemp(path);
    const char text[] = "التقى الرئيسان\n";
    CHECK(fd >= 0 && write(fd, text, sizeof text - 1) == (ssize_t)(sizeof text - 1),
          "a temporary file is written");
    size_t len = 0;
    char *got = rw_read_file(path, &len);
    CHECK(got && len == sizeof text - 1 && memcmp(got, text, len) == 0 && got[len] == '\0',
          "rw_read_file gives the bytes, their length and a terminating NUL");
    free(got);
    if (fd >= 0) CHECK(ftruncate(fd, 0) == 0, "the file is emptied");
    got = rw_read_file(path, &len);
    CHECK(got && len == 0 && got[0] == '\0', "an empty file reads as an empty string, not NULL");
    free(got);
    unlink(path);
    if (fd >= 0) close(fd);
    errno = 0;
    CHECK(rw_read_file(path, &len) == NULL && errno == ENOENT,
          "a missing file gives NULL with errno ENOENT");
}

static void test_model(void)
{
    for (int r = 0; r < RW_REL_COUNT; r++)
        CHECK_INT(rw_rel_from_name(rw_rel_name((rw_rel)r)), r, "relation name round-trips");
    for (int k = 0; k < RW_KIND_COUNT; k++)
        CHECK_INT(rw_kind_from_name(rw_kind_name((rw_kind)k)), k, "kind name round-trips");
    CHECK_STR(rw_rel_name(RW_REL_MET), "met", "contract name of met");
    CHECK_STR(rw_modality_name(RW_MOD_PLANNED), "planned", "contract name of planned");
    CHECK_INT(rw_rel_from_name("meets"), -1, "unknown relation name");
    CHECK(rw_rel_is_symmetric(RW_REL_PHONED) && !rw_rel_is_symmetric(RW_REL_VISITED),
          "phoned is symmetric, visited is not");
    rw_error e;
    CHECK_INT(rw_error_set(&e, RW_EINPUT, "%s:%d: bad", "a.jsonl", 3), RW_EINPUT, "error code returned");
    CHECK_STR(e.msg, "a.jsonl:3: bad", "error message formatted");
}

/* Terminal safety: what must be replaced, and what must pass untouched (Arabic above all). */
static void test_term(void)
{
    static const struct {
        const char *in, *want;
        unsigned flags;
    } cases[] = {
        {"plain", "plain", 0},
        {"أحمد الشرع", "أحمد الشرع", 0},
        {"بِسْمِ اللَّهِ", "بِسْمِ اللَّهِ", 0}, /* harakat */
        {"a\u200Fb\u200Ec\u061Cd\u200De", "a\u200Fb\u200Ec\u061Cd\u200De", 0}, /* marks, ZWJ */
        {"x\x1b[2Jy", "x\xEF\xBF\xBD[2Jy", 0},
        {"bell\x07", "bell\xEF\xBF\xBD", 0},
        {"del\x7f", "del\xEF\xBF\xBD", 0},
        {"c1 \xC2\x9B" "31m", "c1 \xEF\xBF\xBD" "31m", 0},       /* U+009B, the 8-bit CSI */
        {"raw \x9b byte", "raw \xEF\xBF\xBD byte", 0},           /* not UTF-8 at all */
        {"\xE2\x80\xAE" "evil", "\xEF\xBF\xBD" "evil", 0},       /* U+202E RLO */
        {"\xE2\x81\xA6" "iso\xE2\x81\xA9", "\xEF\xBF\xBDiso\xEF\xBF\xBD", 0}, /* LRI ... PDI */
        {"\xE2\x80\xAA\xE2\x80\xAC", "\xEF\xBF\xBD\xEF\xBF\xBD", 0},
        {"over\rwrite", "over\xEF\xBF\xBDwrite", 0},
        {"two\nlines\tand tab", "two\nlines\tand tab", 0},
        {"two\nlines\tand\rcr", "two lines and cr", RW_TERM_ONE_LINE},
        {"\xC0\xAF overlong", "\xEF\xBF\xBD\xEF\xBF\xBD overlong", 0},
        {"\xED\xA0\x80 surrogate", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD surrogate", 0},
        {"cut \xE2\x80", "cut \xEF\xBF\xBD\xEF\xBF\xBD", 0},
    };
    rw_buf b = {0};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_buf_reset(&b);
        rw_term_clean(&b, cases[i].in, strlen(cases[i].in), cases[i].flags);
        CHECK_STR(rw_buf_str(&b), cases[i].want, "rw_term_clean case");
    }
    rw_buf_free(&b);
}

/* Reads a whole small file into a static buffer ("" when it cannot be read). */
static const char *slurp(const char *path)
{
    static char data[256];
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(data, 1, sizeof data - 1, f) : 0;
    if (f) fclose(f);
    data[n] = '\0';
    return data;
}

static int count_entries(const char *dir)
{
    int n = 0;
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d));)
        if (e->d_name[0] != '.') n++;
    if (d) closedir(d);
    return n;
}

/* Output files: regular files replaced whole, symlinks written through, special files in place,
 * failures leaving the old file and no temporary. */
static void test_outfile(void)
{
    char dir[] = "/tmp/rw-outfile-XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0, "mkdtemp");
        return;
    }
    char file[256], link[256], fifo[256], sub[256];
    snprintf(file, sizeof file, "%s/out.txt", dir);
    snprintf(link, sizeof link, "%s/link.txt", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    rw_outfile o;
    rw_error err = {0};

    /* A new file, then replacing it. */
    CHECK(rw_outfile_open(&o, file, &err) == 0 && !o.in_place, "a new file is written beside");
    fputs("one", o.fp);
    CHECK(rw_outfile_commit(&o, &err) == 0 && strcmp(slurp(file), "one") == 0, "commit: one");
    rw_outfile_open(&o, file, &err);
    fputs("two", o.fp);
    CHECK(strcmp(slurp(file), "one") == 0, "the old content stays until commit");
    rw_outfile_abort(&o);
    CHECK(strcmp(slurp(file), "one") == 0 && count_entries(dir) == 1,
          "abort: old content kept, no temporary left");

    /* Through a symlink: the target changes, the link stays a link. */
    CHECK(symlink("out.txt", link) == 0, "symlink made");
    rw_outfile_open(&o, link, &err);
    fputs("three", o.fp);
    CHECK(rw_outfile_commit(&o, &err) == 0, "commit through a link");
    struct stat st;
    CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode), "the link is still a link");
    CHECK(strcmp(slurp(file), "three") == 0, "its target holds the new content");

    /* A device: written in place, and its failure reported with the file's name. As root, a
     * device node of our own stands for /dev/full, so that a regression cannot replace the
     * machine's. */
    char full[256];
    snprintf(full, sizeof full, "%s/full", dir);
    if (geteuid() != 0) snprintf(full, sizeof full, "/dev/full");
    else if (mknod(full, S_IFCHR | 0666, makedev(1, 7)) != 0) full[0] = '\0';
    if (full[0]) {
        CHECK(rw_outfile_open(&o, full, &err) == 0 && o.in_place, "/dev/full opens in place");
        fputs("x", o.fp);
        CHECK(rw_outfile_commit(&o, &err) == RW_EIO && strstr(err.msg, full) &&
                  strstr(err.msg, "No space"),
              "/dev/full: the write fails, named: %s", err.msg);
        CHECK(stat(full, &st) == 0 && S_ISCHR(st.st_mode), "/dev/full is still a device");
        if (geteuid() == 0) unlink(full);
    }

    /* A named pipe: written in place, its reader gets the data. */
    CHECK(mkfifo(fifo, 0600) == 0, "fifo made");
    pid_t pid = fork();
    if (pid == 0) {
        rw_outfile w;
        if (rw_outfile_open(&w, fifo, NULL) || fputs("piped", w.fp) < 0 || rw_outfile_commit(&w, NULL))
            _exit(1);
        _exit(0);
    }
    FILE *r = fopen(fifo, "rb");
    char got[16] = {0};
    size_t n = r ? fread(got, 1, sizeof got - 1, r) : 0;
    if (r) fclose(r);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(n == 5 && strcmp(got, "piped") == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0,
          "the fifo's reader got the data: '%s'", got);
    CHECK(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode), "the fifo is still a fifo");

    /* A directory, a missing parent: errors that name the path. */
    CHECK(mkdir(sub, 0700) == 0 && rw_outfile_open(&o, sub, &err) == RW_EIO && strstr(err.msg, sub),
          "a directory is refused: %s", err.msg);
    snprintf(sub, sizeof sub, "%s/missing/x.txt", dir);
    CHECK(rw_outfile_open(&o, sub, &err) == RW_EIO && strstr(err.msg, "missing"),
          "a missing parent is refused: %s", err.msg);

    /* A file-size limit: the write fails with EFBIG, the old file stays, no temporary. */
    pid = fork();
    if (pid == 0) {
        rw_outfile_ignore_sigxfsz();
        struct rlimit lim = {1024, 1024};
        setrlimit(RLIMIT_FSIZE, &lim);
        rw_outfile w;
        rw_error e = {0};
        if (rw_outfile_open(&w, file, &e)) _exit(2);
        for (int i = 0; i < 1000; i++)
            fputs("0123456789", w.fp);
        _exit(rw_outfile_commit(&w, &e) == RW_EIO && strstr(e.msg, "too large") ? 0 : 1);
    }
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "RLIMIT_FSIZE: commit fails with EFBIG");
    CHECK(strcmp(slurp(file), "three") == 0, "RLIMIT_FSIZE: the old file is untouched");

    snprintf(sub, sizeof sub, "%s/sub", dir);
    rmdir(sub);
    unlink(link);
    unlink(fifo);
    CHECK(count_entries(dir) == 1, "no temporary file left in the directory");
    unlink(file);
    rmdir(dir);
}

int main(void)
{
    test_buf();
    test_strmap();
    test_dates();
    test_model();
    test_array();
    test_read_file();
    test_term();
    test_outfile();
    return check_done();
}
