/*
 * replay.c - main() for a harness built without libFuzzer: runs every file named on the command
 * line (directories are read recursively) through LLVMFuzzerTestOneInput once, printing a TAP
 * line per directory. This is how seed corpora and saved crashes (tests/fuzz/regressions/) are
 * replayed by `meson test` with gcc, ASan or valgrind, where libFuzzer is not available.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *b = realloc(buf, cap *= 2);
            if (!b) free(buf);
            buf = b;
        }
    }
    int err = ferror(f) || !buf;
    fclose(f);
    /* libFuzzer hands over exactly `n` bytes in a buffer of that size: so do we. */
    uint8_t *exact = err ? NULL : malloc(n ? n : 1);
    if (exact) {
        memcpy(exact, buf, n);
        LLVMFuzzerTestOneInput(exact, n);
    }
    free(exact);
    free(buf);
    return exact ? 0 : -1;
}

/* Runs path (a file, or a directory's files in sorted order); returns files run or -1. */
static long run_path(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0) return -1;
    if (!S_ISDIR(sb.st_mode)) return run_file(path) == 0 ? 1 : -1;
    struct dirent **ents;
    int n = scandir(path, &ents, NULL, alphasort);
    if (n < 0) return -1;
    long total = 0;
    for (int i = 0; i < n; i++) {
        if (ents[i]->d_name[0] != '.' && total >= 0) {
            size_t len = strlen(path) + strlen(ents[i]->d_name) + 2;
            char *sub = malloc(len);
            long k = sub ? (snprintf(sub, len, "%s/%s", path, ents[i]->d_name), run_path(sub)) : -1;
            total = k < 0 ? -1 : total + k;
            free(sub);
        }
        free(ents[i]);
    }
    free(ents);
    return total;
}

int main(int argc, char **argv)
{
    int failed = 0;
    printf("1..%d\n", argc - 1);
    for (int i = 1; i < argc; i++) {
        long n = run_path(argv[i]);
        if (n < 0) failed = 1;
        if (n < 0) printf("not ok %d - %s: cannot be read\n", i, argv[i]);
        else printf("ok %d - %s: %ld inputs ran clean\n", i, argv[i], n);
    }
    return failed;
}
