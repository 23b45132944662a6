/*
 * test_translit.c - the readable transliteration of names (data/transliteration.txt compiled by
 * extract/text.c): the spellings it reaches, the fallback to ICU's built-in, and rule files that
 * are missing or broken.
 *
 * Expected spellings were worked out by hand from the rules' comments (a word with no vowel
 * letter gets an "a" after its first consonant; و ي between consonants are u i, at a word's start
 * or after a vowel w y; ي before a vowel letter is iy; ...), not copied from the program.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "extract/text.h"
#include "tests/check.h"

static const char *data_dir(void)
{
    const char *d = getenv("RAWABIT_DATA");
    return d && *d ? d : "data";
}

static char *translit(rw_text *t, const char *s)
{
    rw_buf b = {0};
    if (rw_text_transliterate(t, s, strlen(s), &b)) {
        rw_buf_free(&b);
        return NULL;
    }
    return rw_buf_detach(&b);
}

/* Names as Arabic news writes them, with the spelling the rules must give. */
static const struct {
    const char *ar, *want, *why;
} cases[] = {
    /* The examples: foreign names carry their vowels as letters. */
    {"إريك فايزولين", "irik fayzulin", "إ is i; ي after a is y; و between consonants is u"},
    {"إيغور ليفيتين", "ighur lifitin", "initial إي is one i; غ is gh"},
    {"يونس بك يفكيروف", "yuns bak yafkiruf", "initial ي is y; بك has no vowel letter: bak"},
    {"استفان جيولا شوش", "astfan jiyula shush", "ي before و after a consonant is iy"},
    {"وفد روسي", "wafd rusi", "initial و is w; final ي after a consonant is i"},
    {"فلاديمير بوتين", "fladimir butin", "a cluster before l stays (Vl-)"},
    {"ماريا زاخاروفا", "mariya zakharufa", "يا after a consonant is iya; خ is kh"},
    {"أمجد", "amjd", "initial أ is a; the cluster stays"},
    {"الشيباني", "al-shibani", "the article is al-"},
    /* Words with no vowel letter get one a. */
    {"بدر", "badr", "three consonants"},
    {"رجب", "rajb", "three consonants"},
    {"عمر", "amr", "an initial ayn is dropped, the a stays"},
    {"البدر", "al-badr", "after the article too"},
    /* Initial clusters that foreign names do not open with take an a. */
    {"نتنياهو", "natniyahu", "نت- is not a foreign cluster"},
    {"طهران", "tahran", "طه- likewise"},
    /* و ي ع before a consonant at a word's start are consonants with a vowel. */
    {"يلتسين", "yaltsin", "initial ي before a consonant: ya"},
    {"وليد", "walid", "initial و before a consonant: wa"},
    /* The CaCiC shape of Arabic names. */
    {"عادل", "adil", "CaCiC takes its i"},
    /* Hamza seats and the ayn. */
    {"وائل", "wael", "ئ after a is e"},
    {"ميخائيل", "mikhail", "ئي after a vowel is i"},
    {"رئيس", "rais", "ئي after a consonant is ai"},
    {"سعد", "saad", "ayn after a is heard as a"},
    {"سعيد", "said", "ayn after a consonant is a, and ي stays i"},
    {"حياة", "hiyat", "ة after a long a is t"},
    {"فاطمه", "fatmah", "a final ه after a consonant is a ta marbuta"},
    /* Letters written twice, harakat, Persian letters, the word Allah. */
    {"هوللاند", "huland", "a doubled letter is written once"},
    {"مُحَمَّد", "muhamad", "harakat are read; shadda writes the letter once"},
    {"پوتین", "putin", "Persian پ and ی"},
    {"عبد الله", "abd allah", "Allah keeps its two l"},
    /* What is not an Arabic letter. */
    {"بوتين، دمشق", "butin, damshq", "Arabic comma; a space separates words"},
    {"٢٠٢٥", "2025", "Arabic-Indic digits"},
    {"G7 Paris", "G7 Paris", "Latin passes through"},
    {"Gülen", "Gulen", "Latin-ASCII"},
    {"", "", "empty"},
};

static void test_spellings(rw_text *t)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = translit(t, cases[i].ar);
        CHECK(got && strcmp(got, cases[i].want) == 0, "rules: %s -> \"%s\" (%s; got \"%s\")",
              cases[i].ar, cases[i].want, cases[i].why, got ? got : "(null)");
        free(got);
    }
    /* Appending keeps what the buffer held. */
    rw_buf b = {0};
    rw_buf_puts(&b, "en:");
    int rc = rw_text_transliterate(t, "بدر", strlen("بدر"), &b);
    CHECK(rc == 0 && strcmp(rw_buf_str(&b), "en:badr") == 0, "rules: appended after \"en:\" (%s)",
          rw_buf_str(&b));
    rw_buf_free(&b);
}

/* A word of an Arabic name is never a bare consonant skeleton, and output is ASCII. */
static void test_no_skeleton(rw_text *t)
{
    static const char *const names[] = {
        "يونس بك يفكيروف",
        "وفد روسي",
        "خالد الفيصل",
        "سليم دبلان",
        "مرهف أبو قصرة",
        "حمد بن جاسم",
        "نبيه بري",
        "ثامر السبهان",
        "كمال خرازي",
        "شكري قوتلي",
        "ركن الدين",
        "قبلان",
        "هشام شعلان",
        "غسان صليبا",
        "فتح",
        "جبل طارق",
        "أنطونيو كوستا",
        "ستيفان دوجاريك",
        "كاترين كولونا",
        "ميشال بارنييه",
        "جوزيف عون",
        "فرانك فالتر شتاينماير",
    };
    int ascii = 1, vowels = 1;
    char bad[256] = "";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *got = translit(t, names[i]);
        if (!got) {
            ascii = vowels = 0;
            continue;
        }
        int has_vowel = 0, letters = 0;
        for (const char *p = got;; p++) {
            if ((unsigned char)*p >= 0x80) ascii = 0;
            if (*p == ' ' || *p == '-' || *p == ',' || !*p) {
                if (letters && !has_vowel) {
                    vowels = 0;
                    snprintf(bad, sizeof bad, "%s -> %s", names[i], got);
                }
                has_vowel = letters = 0;
                if (!*p) break;
                continue;
            }
            letters++;
            if (strchr("aeiouy", *p)) has_vowel = 1;
        }
        free(got);
    }
    CHECK(ascii, "rules: %zu news names give ASCII", sizeof names / sizeof names[0]);
    CHECK(vowels, "rules: no word of %zu news names is a bare skeleton %s",
          sizeof names / sizeof names[0], bad);
}

/* rw_text_open() and a missing rule file keep ICU's letter-for-letter transliteration. */
static void test_builtin(void)
{
    rw_error err = {0};
    rw_text *plain = rw_text_open(&err);
    rw_text *none = rw_text_open_with(NULL, &err);
    rw_text *missing = rw_text_open_with("/nonexistent/rawabit-data", &err);
    CHECK(plain && none && missing, "built-in: open, open_with(NULL), open_with(no such dir)");
    rw_text *all[] = {plain, none, missing};
    for (int i = 0; i < 3; i++) {
        char *got = all[i] ? translit(all[i], "بوتين") : NULL;
        CHECK(got && strcmp(got, "bwtyn") == 0, "built-in %d: بوتين -> \"bwtyn\" (got \"%s\")", i,
              got ? got : "(null)");
        free(got);
        rw_text_close(all[i]);
    }
}

static char *write_temp(const char *content)
{
    char *path = strdup("/tmp/rw_translit_XXXXXX");
    int fd = path ? mkstemp(path) : -1;
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        free(path);
        return NULL;
    }
    fputs(content, f);
    fclose(f);
    return path;
}

/* A rule set of one's own, a broken one and a missing one. */
static void test_rule_files(rw_text *t)
{
    rw_error err = {0};
    char *mine = write_temp("# a test rule set\nب > B ;\n:: Arabic-Latin ;\n");
    /* An undefined variable on line 5. (Not an unclosed segment: ICU 72 leaks a parser object
     * on that error, which LeakSanitizer would report.) */
    char *broken = write_temp("# line 1\n$c = [ب] ;\n\n$c > b ;\n$undefined > t ;\n");
    CHECK(mine && broken, "temporary rule files written");
    if (!mine || !broken) goto out;

    CHECK_INT(rw_text_set_transliteration_rules(t, mine, &err), 0, "own rules compile");
    char *got = translit(t, "بدر");
    CHECK(got && strncmp(got, "B", 1) == 0, "own rules are used: بدر -> \"%s\" starts with B",
          got ? got : "(null)");
    free(got);

    int rc = rw_text_set_transliteration_rules(t, broken, &err);
    CHECK(rc == RW_EINPUT && strstr(err.msg, broken) && strstr(err.msg, ":5:"),
          "a broken rule names file and line 5: %s", err.msg);
    got = translit(t, "بدر");
    CHECK(got && strncmp(got, "B", 1) == 0, "after a failure the previous rules stay (\"%s\")",
          got ? got : "(null)");
    free(got);

    rc = rw_text_set_transliteration_rules(t, "/nonexistent/transliteration.txt", &err);
    CHECK(rc == RW_EIO && strstr(err.msg, "/nonexistent/transliteration.txt"),
          "a missing file is RW_EIO naming it: %s", err.msg);

    /* open_with a directory whose transliteration.txt is broken fails with the same message. */
    char dir[] = "/tmp/rw_translit_dir_XXXXXX";
    char target[64];
    if (mkdtemp(dir)) {
        snprintf(target, sizeof target, "%s/%s", dir, RW_TEXT_TRANSLIT_FILE);
        if (rename(broken, target) == 0) {
            rw_text *bad = rw_text_open_with(dir, &err);
            CHECK(bad == NULL && err.code == RW_EINPUT && strstr(err.msg, ":5:"),
                  "open_with a broken rule file fails: %s", err.msg);
            rw_text_close(bad);
            remove(target);
        }
        rmdir(dir);
    }
out:
    if (mine) remove(mine);
    if (broken) remove(broken);
    free(mine);
    free(broken);
}

/* Random strings of Arabic letters, harakat, Persian letters, ligatures, digits, punctuation and
 * malformed UTF-8: the rules never fail and never leave a non-ASCII character. */
static void test_random(rw_text *t)
{
    static const char *const pieces[] = {
        "ا", "أ", "إ", "آ", "ء", "ئ", "ؤ", "و", "ي", "ى", "ة", "ه", "ع", "ب", "ش",    "ل",    "ال",
        "َ",  "ُ",  "ِ",  "ّ",  "ْ",  "ً",  "ـ", "پ", "ی", "ﻻ", "ﷺ", " ", "،", "٢", "\xD8", "\xFF", "-",
    };
    const size_t np = sizeof pieces / sizeof pieces[0];
    unsigned long seed = 2025;
    int ok = 1;
    char first_bad[256] = "";
    rw_buf out = {0};
    for (int round = 0; round < 2000; round++) {
        char text[256];
        size_t n = 0;
        int len = 1 + (int)((seed >> 40) % 12);
        for (int k = 0; k < len; k++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            const char *p = pieces[(seed >> 33) % np];
            size_t l = strlen(p);
            if (n + l >= sizeof text) break;
            memcpy(text + n, p, l);
            n += l;
        }
        rw_buf_reset(&out);
        int rc = rw_text_transliterate(t, text, n, &out);
        for (size_t i = 0; !rc && i < out.len; i++)
            if ((unsigned char)out.data[i] >= 0x80) rc = 1;
        if (rc && ok) {
            ok = 0;
            snprintf(first_bad, sizeof first_bad, "round %d -> \"%s\"", round, rw_buf_str(&out));
        }
    }
    rw_buf_free(&out);
    CHECK(ok, "rules: 2000 random strings transliterate to ASCII %s", first_bad);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Rules compile once: loading the same file again is free. Names are short, so even a rule set
 * of a few hundred rules must keep up with ingest (a few unknown names per article). */
static void test_cost(rw_text *t, const char *path)
{
    rw_error err = {0};
    double a = now();
    int rc = rw_text_set_transliteration_rules(t, path, &err);
    double b = now();
    CHECK(rc == 0, "data/%s compiles: %s", RW_TEXT_TRANSLIT_FILE, rc ? err.msg : "ok");
    const int words = 20000;
    rw_buf out = {0};
    for (int i = 0; i < words; i++) {
        rw_buf_reset(&out);
        rw_text_transliterate(t, cases[i % 9].ar, strlen(cases[i % 9].ar), &out);
    }
    double c = now();
    rc = rw_text_set_transliteration_rules(t, path, &err);
    double d = now();
    rw_buf_free(&out);
    printf("# compiling the rules: %.1f ms; %d names: %.1f ms (%.0f names/s)\n", (b - a) * 1e3,
           words, (c - b) * 1e3, words / (c - b));
    CHECK(rc == 0 && (d - c) < (b - a) / 10, "the same path again is not recompiled (%.3f ms)",
          (d - c) * 1e3);
    CHECK(c - b < 5.0, "%d names transliterated in under 5 s (%.2f s)", words, c - b);
}

int main(void)
{
    rw_error err = {0};
    rw_text *t = rw_text_open_with(data_dir(), &err);
    CHECK(t != NULL, "rw_text_open_with(%s): %s", data_dir(), t ? "ok" : err.msg);
    if (!t) return check_done();
    test_spellings(t);
    test_no_skeleton(t);
    test_random(t);
    test_builtin();
    test_rule_files(t);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", data_dir(), RW_TEXT_TRANSLIT_FILE);
    test_cost(t, path);
    test_spellings(t); /* back on the data rules after the test files */
    rw_text_close(t);
    return check_done();
}
