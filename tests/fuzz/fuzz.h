/*
 * fuzz.h - what the libFuzzer harnesses of tests/fuzz/ share.
 *
 * Each harness defines LLVMFuzzerTestOneInput() and feeds one layer of rawabit the bytes it is
 * given, as an attacker would: a file to a reader, text to the text layer, dates or the whole
 * extractor, names to every exporter. A harness fails by crashing (a sanitizer report, or abort()
 * when an output breaks its own syntax). Built with -Dfuzz=true (clang, libFuzzer) they fuzz;
 * built without, replay.c gives them a main() that runs the seed corpora and every saved crash
 * once, so a crash found stays fixed (tests/fuzz/meson.build).
 */
#ifndef RW_FUZZ_H
#define RW_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with `what` on stderr: a harness's own check failed (not a sanitizer). */
void fuzz_fail(const char *what, const char *detail);

/* The input as readers deliver text: valid UTF-8 (bad bytes replaced), NUL-terminated, NULs made
 * spaces. The caller frees it; NULL when memory runs out. */
char *fuzz_text(const uint8_t *data, size_t size, size_t *len);

#endif
