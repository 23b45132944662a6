/*
 * test_readers.c - the readers: UTF-8 repair, the document hash, the text, HTML and JSONL
 * readers over in-memory pages, the directory walk over fixture files and a temporary directory
 * with entries that cannot be read, and the real samples/ folder.
 *
 * Usage: test_readers FIXTURES_DIR SAMPLES_DIR
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/utf8.h>

#include "extract/readers.h"
#include "tests/check.h"

/* ---- a sink that records what the readers deliver ---- */

typedef struct got_doc {
    char *id, *source, *url, *title, *lang, *text;
    size_t text_len;
    char date[11];
    char hash[33];
} got_doc;

typedef struct got_problem {
    rw_problem_level level;
    char file[512];
    long line, offset;
    char msg[512];
} got_problem;

#define MAX_GOT 64

typedef struct sink {
    got_doc docs[MAX_GOT];
    int ndocs;
    got_problem probs[MAX_GOT];
    int nprobs;
    int stop_at; /* on_doc returns 7 on this document (1-based); 0 = never */
} sink;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static int on_doc(rw_doc *d, void *ud)
{
    sink *s = ud;
    if (s->ndocs < MAX_GOT) {
        got_doc *g = &s->docs[s->ndocs];
        g->id = dup_or_null(d->id);
        g->source = dup_or_null(d->source);
        g->url = dup_or_null(d->url);
        g->title = dup_or_null(d->title);
        g->lang = dup_or_null(d->lang);
        g->text = dup_or_null(d->text);
        g->text_len = d->text_len;
        rw_date_format(d->date, g->date);
        memcpy(g->hash, d->hash, sizeof g->hash);
    }
    s->ndocs++;
    return s->stop_at && s->ndocs == s->stop_at ? 7 : 0;
}

static void on_problem(const rw_problem *p, void *ud)
{
    sink *s = ud;
    if (s->nprobs < MAX_GOT) {
        got_problem *g = &s->probs[s->nprobs];
        g->level = p->level;
        snprintf(g->file, sizeof g->file, "%s", p->file ? p->file : "");
        g->line = p->line;
        g->offset = p->offset;
        snprintf(g->msg, sizeof g->msg, "%s", p->message ? p->message : "");
    }
    s->nprobs++;
}

static void sink_free(sink *s)
{
    for (int i = 0; i < s->ndocs && i < MAX_GOT; i++) {
        got_doc *g = &s->docs[i];
        free(g->id);
        free(g->source);
        free(g->url);
        free(g->title);
        free(g->lang);
        free(g->text);
    }
    memset(s, 0, sizeof *s);
}

static rw_reader_opts opts_for(sink *s, rw_date default_date)
{
    rw_reader_opts o = {RW_FORMAT_AUTO, default_date, on_problem, s, NULL};
    return o;
}

static const got_doc *find_doc(const sink *s, const char *id)
{
    for (int i = 0; i < s->ndocs && i < MAX_GOT; i++)
        if (s->docs[i].id && strcmp(s->docs[i].id, id) == 0) return &s->docs[i];
    return NULL;
}

static int has(const char *hay, const char *needle)
{
    return hay && strstr(hay, needle) != NULL;
}

/* ---- UTF-8 repair ---- */

#define FFFD "\xEF\xBF\xBD"

static void test_utf8(void)
{
    static const struct {
        const char *what, *in;
        size_t in_len; /* 0 = strlen */
        const char *out;
        long first_bad;
    } cases[] = {
        {"ASCII", "Putin met al-Shaibani", 0, "Putin met al-Shaibani", -1},
        {"Arabic", "التقى بوتين الشيباني", 0, "التقى بوتين الشيباني", -1},
        {"leading BOM dropped", "\xEF\xBB\xBFسانا", 0, "سانا", -1},
        {"inner BOM kept", "a\xEF\xBB\xBF", 0, "a\xEF\xBB\xBF", -1},
        {"overlong slash",
         "a\xC0\xAF"
         "b",
         0, "a" FFFD FFFD "b", 1},
        {"overlong 3-byte", "\xE0\x80\xAF", 0, FFFD FFFD FFFD, 0},
        {"surrogate D800", "x\xED\xA0\x80y", 0, "x" FFFD FFFD FFFD "y", 1},
        {"truncated at end", "ab\xD8", 0, "ab" FFFD, 2},
        {"truncated 3-byte then ASCII", "\xE2\x80X", 0, FFFD "X", 0},
        {"above U+10FFFF", "\xF4\x90\x80\x80", 0, FFFD FFFD FFFD FFFD, 0},
        {"F5 lead", "z\xF5\x80", 0, "z" FFFD FFFD, 1},
        {"lone continuation in Arabic", "بوتين\x80 موسكو", 0, "بوتين" FFFD " موسكو", 10},
        {"largest code point kept", "\xF4\x8F\xBF\xBF", 0, "\xF4\x8F\xBF\xBF", -1},
        {"empty", "", 0, "", -1},
        {"BOM only", "\xEF\xBB\xBF", 0, "", -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t in_len = cases[i].in_len ? cases[i].in_len : strlen(cases[i].in);
        size_t out_len = 99;
        long bad = 99;
        char *out = rw_utf8_sanitize(cases[i].in, in_len, &out_len, &bad);
        CHECK(out && strcmp(out, cases[i].out) == 0, "utf8 %s: output", cases[i].what);
        CHECK_INT(out_len, strlen(cases[i].out), cases[i].what);
        CHECK_INT(bad, cases[i].first_bad, cases[i].what);
        free(out);
    }
    /* An embedded NUL is valid UTF-8 and is kept; the length says where the text ends. */
    size_t n = 0;
    long bad = 0;
    char *out = rw_utf8_sanitize("a\0b", 3, &n, &bad);
    CHECK(out && n == 3 && out[1] == '\0' && out[2] == 'b' && bad == -1,
          "utf8: NUL kept, length 3");
    free(out);
}

/* What rw_utf8_sanitize() wrote before it passed over blocks of two-byte text: U8_NEXT at each
 * character, U+FFFD for each bad subpart (a leading BOM dropped). */
static char *sanitize_by_char(const uint8_t *s, size_t len, size_t *out_len, long *first_bad)
{
    char *out = malloc(3 * len + 1);
    size_t n = 0, i = len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
    *first_bad = -1;
    while (i < len) {
        int32_t j = 0, lim = (int32_t)(len - i);
        UChar32 c;
        U8_NEXT(s + i, j, lim, c);
        if (c < 0) {
            if (*first_bad < 0) *first_bad = (long)i;
            memcpy(out + n, FFFD, 3);
            n += 3;
        } else {
            memcpy(out + n, s + i, (size_t)j);
            n += (size_t)j;
        }
        i += (size_t)j;
    }
    out[n] = '\0';
    *out_len = n;
    return out;
}

/* Random texts of Arabic letters, ASCII, longer sequences and stray bytes, well-formed and not,
 * at every alignment: the block-wise scan judges them as the scan by character did. */
static void test_utf8_random(void)
{
    static const char *const pieces[] = {
        "ب", "و", "ت", "ي", "ن", "ال", " ", ".", "a", "Z", "0", "\n", "“", "”", "\xE2\x80\x8F",
        "😀", "\xEF\xBB\xBF", "\xD8", "\xD9", "\x80", "\xBF", "\xC0", "\xC1", "\xC2", "\xDF",
        "\xE0", "\xED\xA0\x80", "\xF4\x90", "\xF5", "\xFF", "\xC3\xA9", "\xDF\xBF",
    };
    const size_t np = sizeof pieces / sizeof pieces[0];
    unsigned seed = 12345;
    char buf[256];
    int failures = 0;
    for (int round = 0; round < 200000 && failures < 5; round++) {
        size_t n = 0;
        int words = (int)(rand_r(&seed) % 40);
        /* Mostly clean Arabic: a bad piece one time in eight. */
        for (int w = 0; w < words; w++) {
            size_t k = (size_t)rand_r(&seed) % (rand_r(&seed) % 8 ? 12 : np);
            size_t m = strlen(pieces[k]);
            if (n + m >= sizeof buf) break;
            memcpy(buf + n, pieces[k], m);
            n += m;
        }
        size_t skip = n ? (size_t)rand_r(&seed) % (n < 3 ? n : 3) : 0;
        size_t got_len = 0, want_len = 0;
        long got_bad = 0, want_bad = 0;
        char *got = rw_utf8_sanitize(buf + skip, n - skip, &got_len, &got_bad);
        char *want = sanitize_by_char((const uint8_t *)buf + skip, n - skip, &want_len, &want_bad);
        int valid = rw_utf8_valid(buf + skip, n - skip);
        /* (A leading BOM is well-formed: dropping it does not change the verdict.) */
        int same = got && got_len == want_len && memcmp(got, want, got_len) == 0 &&
                   got_bad == want_bad && valid == (want_bad < 0);
        if (!same) failures++;
        free(got);
        free(want);
    }
    CHECK_INT(failures, 0, "utf8: block-wise scan = scan by character, 200,000 random texts");
}

/* ---- the document hash ---- */

static void test_hash(void)
{
    /* Expected values computed independently (Python FNV-1a, offset basis XOR the seeds). */
    rw_doc d = {0};
    d.text = strdup("التقى بوتين الشيباني");
    d.text_len = strlen(d.text);
    d.id = strdup("first");
    rw_doc_hash(&d);
    CHECK_STR(d.hash, "8e64c1e0cc61f432ad2cf4668ee32aac", "hash of an Arabic sentence");
    char first[33];
    memcpy(first, d.hash, sizeof first);
    free(d.id);
    d.id = strdup("another id, same text");
    rw_doc_hash(&d);
    CHECK_STR(d.hash, first, "hash ignores the id");
    d.text[d.text_len - 1] = 'X';
    rw_doc_hash(&d);
    CHECK(strcmp(d.hash, first) != 0, "one changed byte changes the hash");
    rw_doc_clear(&d);
    CHECK(d.text == NULL && d.id == NULL && d.text_len == 0, "rw_doc_clear zeroes the document");
    rw_doc e = {0};
    rw_doc_hash(&e);
    CHECK_STR(e.hash, "8a5276090cd77f96d6d7a18d5449e8cc", "hash of no text");
    rw_doc_clear(&e);
}

/* ---- plain text ---- */

static void test_text(void)
{
    sink s = {0};
    rw_reader_opts o = opts_for(&s, (rw_date){2025, 12, 23});
    const char *article = "\xEF\xBB\xBFاستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري.\n"
                          "وبحث الجانبان التعاون العسكري.\n";
    int rc = rw_read_text("news/kremlin.txt", article, strlen(article), &o, on_doc, &s);
    CHECK_INT(rc, 0, "text: return value");
    CHECK_INT(s.ndocs, 1, "text: one document");
    CHECK_INT(s.nprobs, 0, "text: no problem");
    const got_doc *g = &s.docs[0];
    CHECK_STR(g->id, "news/kremlin.txt", "text: id is the path as given");
    CHECK_STR(g->source, "news/kremlin.txt", "text: source");
    CHECK_STR(g->text, article + 3, "text: BOM dropped, the rest byte for byte");
    CHECK_INT(g->text_len, strlen(article) - 3, "text: text_len");
    CHECK(g->title == NULL && g->url == NULL && g->lang == NULL, "text: no title, url or lang");
    CHECK_STR(g->date, "2025-12-23", "text: date is the default date");
    CHECK_INT(strlen(g->hash), 32, "text: hash has 32 hex digits");
    sink_free(&s);

    /* Bad inputs: nothing delivered, one RW_BAD saying why. */
    static const struct {
        const char *what, *bytes;
        size_t len;
        const char *msg;
        long offset;
    } bad[] = {
        {"empty file", "", 0, "empty document", -1},
        {"white space only", " \n\t\r\n  ", 7, "empty document", -1},
        {"BOM and blank", "\xEF\xBB\xBF\n\n", 5, "empty document", -1},
        {"binary (NUL in the first bytes)", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16,
         "binary file, not text", 8},
        /* random bytes with no NUL, and Arabic in windows-1256: mostly invalid as UTF-8 */
        {"random bytes", "ab\xC3\x28\xA0\xA1\xE2\x28\xA1\xF0\x28\x8C\xBC\xFF\xFE\x80\x81", 17,
         "not UTF-8 text", 2},
        {"windows-1256", "\xE6\xD5\xE1 \xC7\xE1\xD4\xD1\xDA \xC5\xE1\xEC \xE3\xE6\xD3\xDF\xE6", 18,
         "not UTF-8 text", 0},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sink b = {0};
        rw_reader_opts bo = opts_for(&b, RW_DATE_NONE);
        rc = rw_read_text("in.txt", bad[i].bytes, bad[i].len, &bo, on_doc, &b);
        CHECK(rc == 0 && b.ndocs == 0, "text %s: no document, rc 0", bad[i].what);
        CHECK(b.nprobs == 1 && b.probs[0].level == RW_BAD && has(b.probs[0].msg, bad[i].msg) &&
                  strcmp(b.probs[0].file, "in.txt") == 0 && b.probs[0].offset == bad[i].offset,
              "text %s: one RW_BAD \"%s\" naming in.txt at offset %ld (got \"%s\" at %ld)",
              bad[i].what, bad[i].msg, bad[i].offset, b.nprobs ? b.probs[0].msg : "",
              b.nprobs ? b.probs[0].offset : -2);
        sink_free(&b);
    }

    /* Invalid UTF-8: warned with its offset, repaired, still delivered. */
    const char *broken = "وصل الشرع إلى موسكو\xFF\xFE يوم الأربعاء.";
    /* "وصل الشرع إلى موسكو" is 3+1+5+1+3+1+5 letters... count bytes instead of trusting that. */
    long off = (long)(strchr(broken, '\xFF') - broken);
    rc = rw_read_text("broken.txt", broken, strlen(broken), &o, on_doc, &s);
    CHECK(rc == 0 && s.ndocs == 1, "invalid UTF-8: document still delivered");
    CHECK(s.nprobs == 1 && s.probs[0].level == RW_WARNING && s.probs[0].offset == off,
          "invalid UTF-8: one RW_WARNING at byte %ld (got %ld)", off,
          s.nprobs ? s.probs[0].offset : -2);
    CHECK(has(s.docs[0].text, "موسكو" FFFD FFFD " يوم"),
          "invalid UTF-8: each bad byte became U+FFFD");
    sink_free(&s);

    /* A NUL after the first 8 KiB is not "binary" but must not cut the text short. */
    size_t big = 9000;
    char *late = malloc(big + 1);
    memset(late, 'a', big);
    late[8500] = '\0';
    late[big] = '\0';
    rc = rw_read_text("late-nul.txt", late, big, &o, on_doc, &s);
    CHECK(s.ndocs == 1 && s.docs[0].text_len == big && strlen(s.docs[0].text) == big,
          "late NUL: replaced, text keeps its %zu bytes", big);
    free(late);
    sink_free(&s);
}

/* ---- HTML ---- */

/* Reads one in-memory page; the caller frees the sink. */
static void read_page(sink *s, const char *html, rw_date def)
{
    memset(s, 0, sizeof *s);
    rw_reader_opts o = opts_for(s, def);
    rw_read_html("page.html", html, strlen(html), &o, on_doc, s);
}

static void test_html_fields(void)
{
    static const struct {
        const char *what, *html, *title, *url, *lang;
    } cases[] = {
        {"og:title over <title> and <h1>",
         "<html lang='ar'><head><title>عنوان الصفحة | الموقع</title>"
         "<meta property='og:title' content='  بوتين يستقبل الشيباني  '>"
         "<meta property='og:url' content='https://example.org/a/1'>"
         "<link rel='canonical' href='https://example.org/canonical/1'></head>"
         "<body><h1>عنوان رئيسي</h1><p>نص.</p></body></html>",
         "بوتين يستقبل الشيباني", "https://example.org/a/1", "ar"},
        {"<title> when no og:title; canonical when no og:url",
         "<html lang='ar-SY'><head><title>الشرع في موسكو</title>"
         "<link rel='stylesheet' href='/s.css'><link rel='Canonical' "
         "href='https://example.org/c/2'></head>"
         "<body><h1>عنوان آخر</h1><p>نص.</p></body></html>",
         "الشرع في موسكو", "https://example.org/c/2", "ar-SY"},
        {"first <h1> when no <title>",
         "<html><body><header><h1>شعار الموقع</h1></header>"
         "<div><h1>لقاء  سوري\n روسي</h1><h1>ثاني</h1><p>نص.</p></div></body></html>",
         "لقاء سوري روسي", NULL, NULL},
        {"og:locale gives the language when <html> has none",
         "<html><head><meta property='og:locale' "
         "content='ar_AR'></head><body><p>نص.</p></body></html>",
         NULL, NULL, "ar"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sink s;
        read_page(&s, cases[i].html, RW_DATE_NONE);
        CHECK_INT(s.ndocs, 1, cases[i].what);
        if (s.ndocs == 1) {
            CHECK_STR(s.docs[0].title, cases[i].title, cases[i].what);
            CHECK_STR(s.docs[0].url, cases[i].url, cases[i].what);
            CHECK_STR(s.docs[0].lang, cases[i].lang, cases[i].what);
            CHECK_STR(s.docs[0].id, "page.html", "html: id is the name as given");
            CHECK_STR(s.docs[0].source, "page.html", "html: source");
        }
        sink_free(&s);
    }
}

static void test_html_dates(void)
{
    static const struct {
        const char *what, *head, *body, *date;
    } cases[] = {
        {"article:published_time",
         "<meta property='article:published_time' content='2025-12-23T14:30:00+03:00'>", "",
         "2025-12-23"},
        {"published_time beats JSON-LD and <time>",
         "<meta property='article:published_time' content='2025-12-23'>"
         "<script type='application/ld+json'>{\"datePublished\":\"2024-01-01\"}</script>",
         "<time datetime='2023-05-05'>x</time>", "2025-12-23"},
        {"JSON-LD object",
         "<script "
         "type='application/"
         "ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-10-15T08:00:00Z\"}</script>",
         "", "2025-10-15"},
        {"JSON-LD array",
         "<script "
         "type=\"application/"
         "ld+json\">[{\"@type\":\"Organization\"},{\"@type\":\"NewsArticle\",\"datePublished\":"
         "\"2025-07-30\"}]</script>",
         "", "2025-07-30"},
        {"JSON-LD @graph",
         "<script "
         "type='application/"
         "ld+json'>{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"NewsArticle\","
         "\"datePublished\":\"2026-02-04T10:00:00+02:00\"}]}</script>",
         "", "2026-02-04"},
        {"broken JSON-LD falls through to <time>",
         "<script type='application/ld+json'>{\"datePublished\":</script>",
         "<time datetime='2025-01-12T09:00'>12 كانون الثاني</time>", "2025-01-12"},
        {"<time datetime>", "", "<p>نشر في <time datetime='2024-12-08'>8 كانون الأول</time></p>",
         "2024-12-08"},
        {"<time> in the site header ignored", "<meta name='pubdate' content='2025-03-03'>",
         "<header><time datetime='2026-01-05'>اليوم</time></header>", "2025-03-03"},
        {"meta name=pubdate", "<meta name='pubdate' content='2025-03-03'>", "", "2025-03-03"},
        {"meta name=publish-date", "<meta name='publish-date' content='2025-04-04 10:00:00'>", "",
         "2025-04-04"},
        {"meta name=date", "<meta name='date' content='2025-05-05'>", "", "2025-05-05"},
        {"meta DC.date.issued", "<meta name='DC.date.issued' content='2025-06-06'>", "",
         "2025-06-06"},
        {"itemprop=datePublished", "<meta itemprop='datePublished' content='2025-08-08T00:00:00Z'>",
         "", "2025-08-08"},
        {"unreadable date skipped",
         "<meta property='article:published_time' content='Tuesday'>"
         "<meta name='date' content='2025-09-09'>",
         "", "2025-09-09"},
        {"no date: the default", "", "", "2025-12-31"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[2048];
        snprintf(html, sizeof html,
                 "<html><head>%s</head><body>%s<article><p>استقبل الرئيس ضيفه.</p></article>"
                 "</body></html>",
                 cases[i].head, cases[i].body);
        sink s;
        read_page(&s, html, (rw_date){2025, 12, 31});
        CHECK(s.ndocs == 1 && strcmp(s.docs[0].date, cases[i].date) == 0,
              "html date, %s: want %s, got %s", cases[i].what, cases[i].date,
              s.ndocs ? s.docs[0].date : "(no document)");
        sink_free(&s);
    }
    sink s;
    /* The article's own header is the article's: its <time> is the publication date. */
    read_page(&s,
              "<html><body><header><time datetime='2026-01-05'>اليوم</time></header>"
              "<article><header><h1>عنوان</h1><time datetime='2025-11-17'>17 تشرين الثاني</time>"
              "</header><p>نص الخبر.</p></article></body></html>",
              RW_DATE_NONE);
    CHECK(s.ndocs == 1 && strcmp(s.docs[0].date, "2025-11-17") == 0,
          "html date: <time> in the article's header (got %s)", s.ndocs ? s.docs[0].date : "-");
    sink_free(&s);
    read_page(&s, "<html><body><p>نص بلا تاريخ.</p></body></html>", RW_DATE_NONE);
    CHECK(s.ndocs == 1 && s.docs[0].date[0] == '\0', "html: no date and no default: no date");
    CHECK(s.nprobs == 1 && s.probs[0].level == RW_WARNING &&
              has(s.probs[0].msg, "no publication date"),
          "html: no date is a warning");
    sink_free(&s);
}

static const char *const boilerplate_page =
    "<!DOCTYPE html><html lang='ar'><head><title>خبر</title>"
    "<style>.x{color:red}</style><script>var tracker = 'STYLE_OR_SCRIPT';</script></head>"
    "<body class='single has-sidebar'>"
    "<header class='site-header'><h1>اسم الموقع</h1><p>شعار الموقع</p></header>"
    "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/p'>سياسة</a></li></ul></nav>"
    "<div class='breadcrumb'>الرئيسية › سياسة</div>"
    "<article><header><h1>الشيباني   في\n موسكو</h1><span class='byline'>كتب: "
    "المحرر</span></header>"
    "<div class='share-buttons'><a href='#'>فيسبوك</a> شارك</div>"
    "<p>وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو.</p>"
    "<p>والتقى   نظيره الروسي\n\n سيرغي لافروف.<br>وبحثا العلاقات.</p>"
    "<ul class='points'><li>التعاون العسكري</li><li>إعادة الإعمار</li></ul>"
    "<div class='see-also'><ul><li><a href='/1'>خبر قديم أول</a></li><li><a href='/2'>خبر قديم "
    "ثان</a></li></ul></div>"
    "<blockquote>قال لافروف إن العلاقات متينة.</blockquote>"
    "<div class='comments'><p>تعليق: مقال رائع</p></div>"
    "<iframe src='https://ads.example'></iframe>"
    "<noscript>فعّل جافاسكربت</noscript>"
    "<div style='display: none'>نص مخفي</div>"
    "<table><tr><td>الخارجية</td><td>الشيباني</td></tr><tr><td>الدفاع</td><td>أبو "
    "قصرة</td></tr></table>"
    "</article>"
    "<aside><p>الأكثر قراءة</p></aside>"
    "<div id='sidebar'><p>إعلان جانبي طويل جدا جدا</p></div>"
    "<form><p>اشترك في النشرة</p><button>اشترك</button></form>"
    "<footer><p>جميع الحقوق محفوظة</p></footer>"
    "<script>document.write('<p>SCRIPT_TEXT</p>');</script>"
    "</body></html>";

static void test_html_cleaning(void)
{
    sink s;
    read_page(&s, boilerplate_page, RW_DATE_NONE);
    CHECK_INT(s.ndocs, 1, "cleaning: one document");
    const char *t = s.ndocs ? s.docs[0].text : "";
    const char *want = "الشيباني في موسكو\n"
                       "وصل وزير الخارجية السوري أسعد الشيباني إلى موسكو.\n"
                       "والتقى نظيره الروسي سيرغي لافروف.\n"
                       "وبحثا العلاقات.\n"
                       "التعاون العسكري\n"
                       "إعادة الإعمار\n"
                       "قال لافروف إن العلاقات متينة.\n"
                       "الخارجية الشيباني\n"
                       "الدفاع أبو قصرة";
    CHECK_STR(t, want, "cleaning: the article text, one block a line");
    static const char *const absent[] = {
        "STYLE_OR_SCRIPT", "SCRIPT_TEXT", "color:red", "اسم الموقع",  "شعار الموقع", "الرئيسية",
        "كتب: المحرر",     "فيسبوك",      "خبر قديم",  "تعليق",       "فعّل",         "نص مخفي",
        "الأكثر قراءة",    "إعلان جانبي", "اشترك",     "جميع الحقوق",
    };
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
        CHECK(!has(t, absent[i]), "cleaning: \"%s\" dropped", absent[i]);
    CHECK_STR(s.ndocs ? s.docs[0].title : NULL, "خبر", "cleaning: title from <title>");
    sink_free(&s);
}

static void test_html_containers(void)
{
    static const struct {
        const char *what, *html, *text;
    } cases[] = {
        {"no <article>: the element with most paragraph text, h1 first",
         "<html><body><div class='top'><h1>وفد روسي في دمشق</h1></div>"
         "<div class='teaser'><p>قصير</p></div>"
         "<div class='story'><p>استقبل الرئيس أحمد الشرع وفدا روسيا.</p><p>وضم الوفد نائب وزير "
         "الدفاع.</p></div>"
         "<div class='footer-links'><p>روابط</p></div></body></html>",
         "وفد روسي في دمشق\nاستقبل الرئيس أحمد الشرع وفدا روسيا.\nوضم الوفد نائب وزير الدفاع."},
        {"itemprop=articleBody",
         "<html><body><h1>العنوان</h1><div itemprop='articleBody'><span>سطر "
         "أول</span><br><span>سطر ثان</span></div>"
         "<div><p>نص خارج المقال أطول بكثير من المقال نفسه هنا</p></div></body></html>",
         "العنوان\nسطر أول\nسطر ثان"},
        {"the <article> with most text, not the related cards",
         "<html><body><main><article><h2>بطاقة</h2><p>قصير</p></article>"
         "<article><h1>الخبر</h1><p>هذا هو نص الخبر الكامل "
         "والطويل.</p></article></main></body></html>",
         "الخبر\nهذا هو نص الخبر الكامل والطويل."},
        {"articleBody inside <article>: the headline from the article's <header> comes first",
         "<html><body><header><h1>اسم الموقع</h1></header><article><header><h1>عراقجي في بيروت</h1>"
         "<div class='meta'>منذ ساعة</div></header>"
         "<div itemprop='articleBody'><p>وصل وزير الخارجية الإيراني عباس عراقجي إلى "
         "بيروت.</p></div>"
         "</article></body></html>",
         "عراقجي في بيروت\nوصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت."},
        {"teaser <article> cards do not win over the story",
         "<html><body><div class='story'><h1>الشرع في الرياض</h1>"
         "<p>وصل الرئيس السوري أحمد الشرع إلى الرياض في زيارة رسمية يلتقي خلالها ولي العهد "
         "السعودي.</p>"
         "<p>وكان في استقباله في المطار وزير الخارجية السعودي فيصل بن فرحان.</p></div>"
         "<div class='more'><article><p>خبر قصير أول</p></article><article><p>خبر قصير "
         "ثان</p></article></div>"
         "</body></html>",
         "الشرع في الرياض\nوصل الرئيس السوري أحمد الشرع إلى الرياض في زيارة رسمية يلتقي خلالها ولي "
         "العهد السعودي.\n"
         "وكان في استقباله في المطار وزير الخارجية السعودي فيصل بن فرحان."},
        {"no <p> at all: the body, without the site header",
         "<html><body><header><h1>اسم الموقع</h1></header><nav>قائمة</nav>سطر أول<br>سطر ثان"
         "</body></html>",
         "سطر أول\nسطر ثان"},
        {"entities decoded, NBSP collapsed",
         "<html><body><p>بوتين&nbsp;&nbsp;و&quot;الشرع&quot; &amp; لافروف</p></body></html>",
         "بوتين و\"الشرع\" & لافروف"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sink s;
        read_page(&s, cases[i].html, RW_DATE_NONE);
        CHECK_STR(s.ndocs == 1 ? s.docs[0].text : NULL, cases[i].text, cases[i].what);
        sink_free(&s);
    }

    static const struct {
        const char *what, *html, *msg;
    } bad[] = {
        {"empty page", "", "empty document"},
        {"only boilerplate",
         "<html><body><nav>الرئيسية</nav><footer>حقوق</footer><script>x()</script></body></html>",
         "empty document"},
        {"only a <title>", "<html><head><title>عنوان فقط</title></head><body></body></html>",
         "empty document"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sink s;
        read_page(&s, bad[i].html, RW_DATE_NONE);
        CHECK(s.ndocs == 0 && s.nprobs >= 1 && s.probs[0].level == RW_BAD &&
                  has(s.probs[0].msg, bad[i].msg),
              "html %s: RW_BAD \"%s\"", bad[i].what, bad[i].msg);
        sink_free(&s);
    }

    /* Charset declarations: valid UTF-8 wins over a stale one; an unknown one is ignored. */
    static const struct {
        const char *what, *html, *text;
        int warnings;
    } charsets[] = {
        {"windows-1256 declared, UTF-8 served",
         "<html><head><meta charset='windows-1256'></head><body><p>وصل الصفدي إلى "
         "الرياض.</p></body></html>",
         "وصل الصفدي إلى الرياض.", 0},
        {"unknown charset, bad bytes repaired",
         "<html><head><meta "
         "charset='x-no-such-charset'></head><body><p>الصفدي\xE9</p></body></html>",
         "الصفدي" FFFD, 1},
    };
    for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++) {
        sink c;
        read_page(&c, charsets[i].html, (rw_date){2025, 1, 1});
        CHECK_STR(c.ndocs == 1 ? c.docs[0].text : NULL, charsets[i].text, charsets[i].what);
        CHECK_INT(c.nprobs, charsets[i].warnings, charsets[i].what);
        sink_free(&c);
    }

    /* Invalid UTF-8 inside a page: repaired, warned with its offset, the page still read. */
    const char *page = "<html><body><p>الشرع\xC3 في موسكو</p></body></html>";
    sink s;
    read_page(&s, page, RW_DATE_NONE);
    long off = (long)(strchr(page, '\xC3') - page);
    CHECK(s.ndocs == 1 && has(s.docs[0].text, "الشرع" FFFD " في موسكو"),
          "html invalid UTF-8: repaired");
    CHECK(s.nprobs >= 1 && s.probs[0].level == RW_WARNING && s.probs[0].offset == off,
          "html invalid UTF-8: warning at byte %ld", off);
    sink_free(&s);
}

/* Pages nested deeper than libxml2's 256 levels lost the article with exit 0 (issue 13): now
 * every level's text comes out, in order. Past 512 levels nesting is flattened and said. */
static void test_html_deep(void)
{
    static const struct {
        int depth, closed;
        int warned; /* the flattening is reported */
    } cases[] = {{300, 1, 0}, {10000, 1, 1}, {10000, 0, 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int d = cases[i].depth;
        /* <div>w0 <div>w1 ... <div>w9999 </div>...</div> <p>tail</p>: one word per level. */
        size_t cap = (size_t)d * 32 + 256, n = 0;
        char *html = malloc(cap), *want = malloc(cap);
        size_t wn = 0;
        n += (size_t)snprintf(html + n, cap - n, "<html><body><article>");
        for (int k = 0; k < d; k++) {
            n += (size_t)snprintf(html + n, cap - n, "<div>w%d ", k);
            wn += (size_t)snprintf(want + wn, cap - wn, "w%d\n", k);
        }
        for (int k = 0; cases[i].closed && k < d; k++) n += (size_t)snprintf(html + n, cap - n, "</div>");
        snprintf(html + n, cap - n, "<p>ونفى أن يكون التقى أحدا.</p></article></body></html>");
        snprintf(want + wn, cap - wn, "ونفى أن يكون التقى أحدا.");
        sink s;
        read_page(&s, html, RW_DATE_NONE);
        int warned = 0;
        for (int k = 0; k < s.nprobs && k < MAX_GOT; k++)
            if (s.probs[k].level == RW_WARNING && has(s.probs[k].msg, "nested deeper than") &&
                strcmp(s.probs[k].file, "page.html") == 0)
                warned = 1;
        CHECK(s.ndocs == 1 && s.docs[0].text && strcmp(s.docs[0].text, want) == 0,
              "%d levels of <div>%s: every level's word and the last paragraph come out, in order",
              d, cases[i].closed ? "" : " never closed");
        CHECK_INT(warned, cases[i].warned, "a page nested that deep is reported as flattened");
        sink_free(&s);
        free(html);
        free(want);
    }
}

/* ---- JSONL ---- */

static void test_jsonl(void)
{
    const char *feed =
        "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"title\":\"لقاء في "
        "الكرملين\",\"date\":\"2025-12-23\","
        "\"lang\":\"ar\",\"text\":\"استقبل بوتين الشيباني.\"}\n"
        "{\"id\":42,\"content\":\"اتصل ماكرون "
        "بالشرع.\",\"date_publish\":\"2025-12-23T10:00:00Z\"}\r\n"
        "\n"
        "   \n"
        "{\"maintext\":\"زار فيدان دمشق.\",\"published\":\"2025-12-23 10:00:00\"}\n"
        "this is not JSON\n"
        "[1, 2, 3]\n"
        "{\"id\":\"no-text\",\"title\":\"بلا نص\",\"text\":\"  \"}\n"
        "{\"body\":\"وصل عراقجي إلى "
        "بيروت.\",\"text\":\"\",\"date\":\"\",\"date_extracted\":\"2024-02-29\"}\n"
        "{\"id\":\"\",\"text\":\"نص\",\"date\":\"23 déc. 2025\",\"published\":1766484000}\n"
        "{\"id\":7.0,\"text\":\"معرّف عددي عشري.\",\"date\":null}\n"
        "{\"id\":\"last\",\"text\":\"آخر سطر بلا نهاية.\"}";
    sink s = {0};
    rw_reader_opts o = opts_for(&s, RW_DATE_NONE);
    int rc = rw_read_jsonl("feed.jsonl", feed, strlen(feed), &o, on_doc, &s);
    CHECK_INT(rc, 0, "jsonl: return value");
    CHECK_INT(s.ndocs, 7, "jsonl: seven good lines delivered");

    static const struct {
        int i;
        const char *id, *source, *title, *url, *lang, *date, *text;
    } want[] = {
        /* the headline, which the text lacks, comes first */
        {0, "a1", "feed.jsonl:1", "لقاء في الكرملين", "https://example.org/a1", "ar", "2025-12-23",
         "لقاء في الكرملين\nاستقبل بوتين الشيباني."},
        {1, "42", "feed.jsonl:2", NULL, NULL, NULL, "2025-12-23", "اتصل ماكرون بالشرع."},
        {2, "feed.jsonl:5", "feed.jsonl:5", NULL, NULL, NULL, "2025-12-23", "زار فيدان دمشق."},
        {3, "feed.jsonl:9", "feed.jsonl:9", NULL, NULL, NULL, "2024-02-29",
         "وصل عراقجي إلى بيروت."},
        /* 1766484000 = 2025-12-23T10:00:00Z */
        {4, "feed.jsonl:10", "feed.jsonl:10", NULL, NULL, NULL, "2025-12-23", "نص"},
        {5, "7", "feed.jsonl:11", NULL, NULL, NULL, "", "معرّف عددي عشري."},
        {6, "last", "feed.jsonl:12", NULL, NULL, NULL, "", "آخر سطر بلا نهاية."},
    };
    for (size_t k = 0; k < sizeof want / sizeof want[0] && s.ndocs == 7; k++) {
        const got_doc *g = &s.docs[want[k].i];
        char what[64];
        snprintf(what, sizeof what, "jsonl doc %d", want[k].i);
        CHECK_STR(g->id, want[k].id, what);
        CHECK_STR(g->source, want[k].source, what);
        CHECK_STR(g->title, want[k].title, what);
        CHECK_STR(g->url, want[k].url, what);
        CHECK_STR(g->lang, want[k].lang, what);
        CHECK_STR(g->date, want[k].date, what);
        CHECK_STR(g->text, want[k].text, what);
    }

    static const struct {
        rw_problem_level level;
        long line;
        const char *msg;
    } probs[] = {
        {RW_BAD, 6, "not JSON"},
        {RW_BAD, 7, "not a JSON object"},
        {RW_BAD, 8, "no article text"},
        {RW_WARNING, 10, "\"date\" is not a date"},
        {RW_WARNING, 11, "no publication date"},
        {RW_WARNING, 12, "no publication date"},
    };
    CHECK_INT(s.nprobs, 6, "jsonl: six problems");
    for (size_t k = 0; k < sizeof probs / sizeof probs[0] && (int)k < s.nprobs; k++)
        CHECK(s.probs[k].level == probs[k].level && s.probs[k].line == probs[k].line &&
                  has(s.probs[k].msg, probs[k].msg) && strcmp(s.probs[k].file, "feed.jsonl") == 0,
              "jsonl problem %zu: line %ld \"%s\" (got line %ld \"%s\")", k, probs[k].line,
              probs[k].msg, s.probs[k].line, s.probs[k].msg);
    /* jansson's own message comes along. */
    CHECK(s.nprobs > 0 && has(s.probs[0].msg, "column"), "jsonl: the jansson message is kept (%s)",
          s.nprobs ? s.probs[0].msg : "");
    sink_free(&s);

    /* The callback can stop the reading; its value is returned. */
    s.stop_at = 2;
    rc = rw_read_jsonl("feed.jsonl", feed, strlen(feed), &o, on_doc, &s);
    CHECK(rc == 7 && s.ndocs == 2, "jsonl: on_doc returning 7 stops after 2 documents (rc %d)", rc);
    sink_free(&s);

    /* Invalid UTF-8 inside a line: repaired, the offset is the file's. */
    const char *dirty = "{\"text\":\"أول\"}\n{\"text\":\"ثان\xFF\"}\n";
    rc = rw_read_jsonl("dirty.jsonl", dirty, strlen(dirty), &o, on_doc, &s);
    long off = (long)(strchr(dirty, '\xFF') - dirty);
    CHECK(s.ndocs == 2 && has(s.docs[1].text, "ثان" FFFD),
          "jsonl invalid UTF-8: line repaired and delivered");
    /* (Both lines also lack a date: those warnings come too.) */
    const got_problem *w = NULL;
    for (int i = 0; i < s.nprobs && i < MAX_GOT; i++)
        if (has(s.probs[i].msg, "invalid UTF-8")) w = &s.probs[i];
    CHECK(w && w->level == RW_WARNING && w->line == 2 && w->offset == off,
          "jsonl invalid UTF-8: warning on line 2 at byte %ld", off);
    sink_free(&s);

    /* \u0000 and unpaired surrogate escapes, which jansson refuses: repaired to U+FFFD, the
     * article kept; a pair stays a pair and an escaped backslash stays text. */
    const char *escapes = "{\"text\":\"a\\u0000b\"}\n"
                          "{\"text\":\"c\\ud800d \\udc00e\"}\n"
                          "{\"text\":\"f\\ud83d\\ude00g \\\\u0000h\"}\n";
    rc = rw_read_jsonl("esc.jsonl", escapes, strlen(escapes), &o, on_doc, &s);
    CHECK(rc == 0 && s.ndocs == 3, "jsonl escapes: all three articles delivered (%d)", s.ndocs);
    CHECK(s.ndocs == 3 && has(s.docs[0].text, "a" FFFD "b"), "jsonl \\u0000 becomes U+FFFD");
    CHECK(s.ndocs == 3 && has(s.docs[1].text, "c" FFFD "d " FFFD "e"),
          "jsonl lone high and low surrogates become U+FFFD");
    CHECK(s.ndocs == 3 && has(s.docs[2].text, "f\xF0\x9F\x98\x80g \\u0000h"),
          "jsonl a surrogate pair and an escaped backslash are kept");
    int warned = 0;
    for (int i = 0; i < s.nprobs && i < MAX_GOT; i++)
        warned += has(s.probs[i].msg, "surrogate") && s.probs[i].level == RW_WARNING;
    CHECK(warned == 2, "jsonl escapes: a warning for each repaired line (%d)", warned);
    sink_free(&s);

    /* A line of several megabytes. */
    size_t big = 3 * 1024 * 1024;
    char *line = malloc(big + 64);
    size_t k = (size_t)sprintf(line, "{\"id\":\"long\",\"text\":\"");
    for (size_t j = 0; j + 2 <= big; j += 2) {
        line[k++] = '\xD8';
        line[k++] = '\xA8';
    } /* ب */
    k += (size_t)sprintf(line + k, "\"}\n");
    rc = rw_read_jsonl("big.jsonl", line, k, &o, on_doc, &s);
    CHECK(rc == 0 && s.ndocs == 1 && s.docs[0].text_len == big,
          "jsonl: a %zu-byte line is read whole", big);
    free(line);
    sink_free(&s);

    /* The headline goes first unless the text holds it already (anywhere: pages copied with
     * their navigation put it further down); a blank one adds nothing; its final stop does not
     * count. */
    static const struct {
        const char *what, *title, *text, *want;
    } heads[] = {
        {"headline added", "لقاء في قرطاج", "استقبل الرئيس الوزير.", "لقاء في قرطاج\nاستقبل الرئيس الوزير."},
        {"headline already first", "لقاء في قرطاج", "لقاء في قرطاج.\nنص", "لقاء في قرطاج.\nنص"},
        {"headline further down", "لقاء في قرطاج.", "الأخبار\nلقاء في قرطاج\nنص", "الأخبار\nلقاء في قرطاج\nنص"},
        {"blank headline", "  ", "نص", "نص"},
    };
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char line[256], text[128];
        size_t k = 0;
        for (const char *c = heads[i].text; *c && k + 3 < sizeof text; c++) {
            if (*c == '\n') text[k++] = '\\', text[k++] = 'n';
            else text[k++] = *c;
        }
        text[k] = '\0';
        snprintf(line, sizeof line, "{\"title\":\"%s\",\"text\":\"%s\"}\n", heads[i].title, text);
        rc = rw_read_jsonl("heads.jsonl", line, strlen(line), &o, on_doc, &s);
        CHECK(s.ndocs == 1 && strcmp(s.docs[0].text, heads[i].want) == 0, "jsonl %s", heads[i].what);
        sink_free(&s);
    }

    /* Dates as news sites write them: day first with / . or -, month first only when the day
     * cannot come first, year first with /; impossible ones are not dates. */
    static const struct {
        const char *date, *want;
    } forms[] = {
        {"17/05/2015", "2015-05-17"}, {"06/01/2017", "2017-01-06"},
        {"17.05.2015", "2015-05-17"}, {"17-05-2015", "2015-05-17"},
        {"05/17/2015", "2015-05-17"}, {"2015/05/17", "2015-05-17"},
        {"17/05/2015 14:36", "2015-05-17"}, {" 2017-01-25T14:36:00+01:00 ", "2017-01-25"},
        {"31/02/2015", ""}, {"17/13/2015", ""}, {"17/05/15", ""}, {"17/05-2015", ""},
        {"1a/05/2015", ""},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        char buf[160];
        snprintf(buf, sizeof buf, "{\"text\":\"نص\",\"date\":\"%s\"}\n", forms[i].date);
        rc = rw_read_jsonl("dates.jsonl", buf, strlen(buf), &o, on_doc, &s);
        CHECK(s.ndocs == 1 && strcmp(s.docs[0].date, forms[i].want) == 0,
              "jsonl date \"%s\" reads as \"%s\" (got \"%s\")", forms[i].date, forms[i].want,
              s.ndocs ? s.docs[0].date : "no document");
        sink_free(&s);
    }

    /* Nothing but blank lines: nothing, and no complaint. */
    rc = rw_read_jsonl("blank.jsonl", "\n\n  \n", 5, &o, on_doc, &s);
    CHECK(rc == 0 && s.ndocs == 0 && s.nprobs == 0, "jsonl: blank lines are skipped silently");
    sink_free(&s);
}

/* ---- files and directories ---- */

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", a, b);
    return p;
}

static void test_tree(const char *fixtures)
{
    char *tree = join(fixtures, "tree");
    sink s = {0};
    rw_reader_opts o = opts_for(&s, (rw_date){2025, 1, 1});
    rw_error err = {0};
    int rc = rw_read_input(tree, &o, on_doc, &s, &err);
    CHECK_INT(rc, 0, "tree: return value");
    CHECK_INT(s.ndocs, 5, "tree: five documents (hidden, notes.md and the empty file skipped)");
    static const char *const order[] = {"a-bom.txt", "b-page.htm", "c1", "c2", "sub/d-nested.txt"};
    for (int i = 0; i < 5 && i < s.ndocs; i++) {
        const char *id = s.docs[i].id;
        size_t n = strlen(id), m = strlen(order[i]);
        CHECK(n >= m && strcmp(id + n - m, order[i]) == 0, "tree doc %d is %s (got %s)", i,
              order[i], id);
    }
    if (s.ndocs == 5) {
        CHECK(strncmp(s.docs[0].text, "استقبل", strlen("استقبل")) == 0,
              "tree: BOM dropped from a-bom.txt");
        CHECK_STR(s.docs[0].date, "2025-01-01", "tree: text file gets the default date");
        CHECK_STR(s.docs[1].title, "الشيباني يلتقي فيدان في دمشق - وكالة الأنباء",
                  "tree: .htm title");
        CHECK_STR(s.docs[1].date, "2025-01-12", "tree: .htm date from meta pubdate");
        CHECK_STR(s.docs[1].text,
                  "الشيباني يلتقي فيدان في دمشق\n"
                  "التقى وزير الخارجية السوري أسعد الشيباني نظيره التركي هاكان فيدان في دمشق.\n"
                  "وناقش الوزيران ملف عودة اللاجئين.",
                  "tree: .htm text");
        CHECK_STR(s.docs[2].title, "خبر أول", "tree: jsonl title");
        CHECK_STR(s.docs[2].date, "2025-03-01", "tree: jsonl date");
        CHECK_STR(s.docs[3].date, "2025-01-01", "tree: jsonl line without date gets the default");
        char *src = join(tree, "c-feed.jsonl:3");
        CHECK_STR(s.docs[3].source, src, "tree: jsonl source is PATH:LINE");
        free(src);
    }
    char *empty = join(tree, "sub/empty.txt");
    CHECK(s.nprobs == 1 && s.probs[0].level == RW_BAD && strcmp(s.probs[0].file, empty) == 0 &&
              has(s.probs[0].msg, "empty document"),
          "tree: one problem, sub/empty.txt is an empty document (%d problems)", s.nprobs);
    free(empty);
    sink_free(&s);

    /* A directory path with a trailing slash gives the same paths, without "//". */
    char *slash = join(tree, "");
    rc = rw_read_input(slash, &o, on_doc, &s, &err);
    CHECK(s.ndocs == 5 && !has(s.docs[4].id, "//"), "tree/: no double slash in ids");
    free(slash);
    sink_free(&s);

    /* Forcing a format reads every visible file in that format. */
    char *page = join(tree, "b-page.htm");
    o.format = RW_FORMAT_TEXT;
    rc = rw_read_input(page, &o, on_doc, &s, &err);
    CHECK(rc == 0 && s.ndocs == 1 && has(s.docs[0].text, "<nav>"),
          "forced text: the markup is kept");
    o.format = RW_FORMAT_AUTO;
    sink_free(&s);
    free(page);
    free(tree);

    static const struct {
        const char *file, *title, *date, *text;
    } pages[] = {
        /* No og:title, <title> or <h1>: no title (the <h2> is still text). */
        {"jsonld-graph.html", NULL, "2024-11-05",
         "لقاء في عمّان\nاستقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية المصري في عمّان."},
        {"truncated.html", "خبر مقطوع", "2025-01-01",
         "خبر مقطوع\nالفقرة الأولى كاملة.\nالفقرة الثانية تنقطع هنا و"},
        {"cp1256.html", "زيارة إلى الرياض", "2025-01-01",
         "وصل وزير الخارجية الأردني أيمن الصفدي إلى الرياض."},
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        char *path = join(fixtures, pages[i].file);
        rc = rw_read_input(path, &o, on_doc, &s, &err);
        CHECK(rc == 0 && s.ndocs == 1, "%s: one document", pages[i].file);
        if (s.ndocs == 1) {
            CHECK_STR(s.docs[0].title, pages[i].title, pages[i].file);
            CHECK_STR(s.docs[0].date, pages[i].date, pages[i].file);
            CHECK_STR(s.docs[0].text, pages[i].text, pages[i].file);
            /* The id starts from the last component of what was named, whatever the path to
             * it; the source keeps the path as given, for the user to find the file. */
            CHECK_STR(s.docs[0].id, pages[i].file, "html id: the file's name, not its path");
            CHECK_STR(s.docs[0].source, path, "html source: the path as given");
        }
        free(path);
        sink_free(&s);
    }

    /* A path that does not exist is the caller's error, not a problem. */
    rw_error_clear(&err);
    rc = rw_read_input("/nonexistent/rawabit/news.txt", &o, on_doc, &s, &err);
    CHECK(rc == RW_EIO && err.code == RW_EIO && has(err.msg, "/nonexistent/rawabit/news.txt"),
          "missing path: RW_EIO naming it (%s)", err.msg);
    sink_free(&s);
}

static void write_file(const char *path, const char *content)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(content, f);
        fclose(f);
    }
}

/* A JSONL file large enough to be mapped, and read past the point where the pages read are
 * given back (readers.c, reader_jsonl.c): every article arrives whole, in order. */
typedef struct {
    long n, bad_order, bad_text;
} seq_sink;

static int on_seq_doc(rw_doc *d, void *ud)
{
    seq_sink *s = ud;
    char want[32], tail[64];
    snprintf(want, sizeof want, "big-%ld", s->n);
    snprintf(tail, sizeof tail, "نهاية المقال %ld.", s->n);
    if (!d->id || strcmp(d->id, want) != 0) s->bad_order++;
    size_t tn = strlen(tail);
    if (d->text_len < tn || memcmp(d->text + d->text_len - tn, tail, tn) != 0) s->bad_text++;
    s->n++;
    return 0;
}

static void test_large_jsonl(void)
{
    char path[] = "/tmp/rw-readers-big-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        CHECK(0, "mkstemp: %s", strerror(errno));
        return;
    }
    FILE *f = fdopen(fd, "w");
    const long n = 6000; /* about 9 MB */
    for (long i = 0; f && i < n; i++) {
        fprintf(f, "{\"id\":\"big-%ld\",\"text\":\"", i);
        for (int k = 0; k < 25; k++) fputs("التقى الوزير نظيره في العاصمة. ", f);
        fprintf(f, "نهاية المقال %ld.\"}\n", i);
    }
    if (f) fclose(f);
    seq_sink s = {0};
    rw_reader_opts o = {RW_FORMAT_AUTO, RW_DATE_NONE, NULL, NULL, NULL};
    rw_error err = {0};
    int rc = rw_read_input(path, &o, on_seq_doc, &s, &err);
    CHECK(rc == 0, "a 9 MB JSONL file reads (%d: %s)", rc, err.msg);
    CHECK(s.n == n, "every line of a mapped JSONL file is an article: %ld of %ld", s.n, n);
    CHECK(s.bad_order == 0 && s.bad_text == 0,
          "the articles of a mapped file arrive in order and whole past the released pages "
          "(%ld out of order, %ld cut)", s.bad_order, s.bad_text);
    unlink(path);
}

static void test_unreadable(void)
{
    char dir[] = "/tmp/rw-readers-XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0, "mkdtemp: %s", strerror(errno));
        return;
    }
    char *good = join(dir, "b-good.txt"), *gone = join(dir, "a-gone.txt"),
         *fifo = join(dir, "c-pipe.txt");
    char *locked = join(dir, "d-locked.txt"), *noext = join(dir, "e-article"),
         *json = join(dir, "f-feed");
    write_file(good, "زار وزير الخارجية السعودي دمشق.\n");
    int sym = symlink("/tmp/rw-readers-no-such-target.txt", gone);
    int ff = mkfifo(fifo, 0600);
    write_file(locked, "نص مقفل.\n");
    chmod(locked, 0);
    write_file(noext, "<html><body><p>صفحة بلا امتداد.</p></body></html>");
    write_file(json, "{\"id\":\"sniffed\",\"text\":\"سطر JSON بلا امتداد.\"}\n");
    char *sub = join(dir, "g-sub"), *loop = join(dir, "g-sub/loop");
    mkdir(sub, 0700);
    int lp = symlink("..", loop); /* g-sub/loop is the directory itself again */
    /* root reads a mode-000 file anyway: then it is just another good file. */
    int root = geteuid() == 0;

    sink s = {0};
    rw_reader_opts o = opts_for(&s, RW_DATE_NONE);
    rw_error err = {0};
    int rc = rw_read_input(dir, &o, on_doc, &s, &err);
    CHECK_INT(rc, 0, "unreadable entries: the walk goes on");
    CHECK_INT(s.ndocs, root ? 2 : 1, "unreadable entries: the readable files delivered");
    CHECK(s.ndocs >= 1 && strcmp(s.docs[0].source, good) == 0, "unreadable entries: b-good.txt read");
    const char *dir_name = strrchr(dir, '/') + 1;
    char *stable_good = join(dir_name, "b-good.txt");
    CHECK(s.ndocs >= 1 && strcmp(s.docs[0].id, stable_good) == 0,
          "a file in a directory: id from the directory's name on (%s)",
          s.ndocs >= 1 ? s.docs[0].id : "");
    free(stable_good);
    int want_probs = (sym == 0) + (ff == 0) + (root ? 0 : 1) + (lp == 0);
    CHECK_INT(s.nprobs, want_probs, "unreadable entries: one RW_BAD each");
    for (int i = 0; i < s.nprobs && i < MAX_GOT; i++) {
        const got_problem *p = &s.probs[i];
        int named = strcmp(p->file, gone) == 0 || strcmp(p->file, fifo) == 0 ||
                    strcmp(p->file, locked) == 0 || strcmp(p->file, loop) == 0;
        CHECK(p->level == RW_BAD && named, "unreadable entry reported: %s: %s", p->file, p->msg);
    }
    sink_free(&s);

    /* Named on their own, extension-less files are sniffed. */
    rc = rw_read_input(noext, &o, on_doc, &s, &err);
    CHECK(rc == 0 && s.ndocs == 1 && strcmp(s.docs[0].text, "صفحة بلا امتداد.") == 0,
          "sniffing: \"<\" means HTML");
    sink_free(&s);
    rc = rw_read_input(json, &o, on_doc, &s, &err);
    CHECK(rc == 0 && s.ndocs == 1 && strcmp(s.docs[0].id, "sniffed") == 0,
          "sniffing: \"{\" means JSONL");
    sink_free(&s);

    /* Standard input. */
    int saved = dup(STDIN_FILENO);
    int fd = open(good, O_RDONLY);
    dup2(fd, STDIN_FILENO);
    close(fd);
    rc = rw_read_input("-", &o, on_doc, &s, &err);
    dup2(saved, STDIN_FILENO);
    close(saved);
    CHECK(rc == 0 && s.ndocs == 1 && strcmp(s.docs[0].id, "-") == 0 &&
              strcmp(s.docs[0].text, "زار وزير الخارجية السعودي دمشق.\n") == 0,
          "\"-\": standard input read as text, id \"-\"");
    sink_free(&s);

    unlink(loop);
    rmdir(sub);
    free(loop);
    free(sub);
    unlink(good);
    unlink(gone);
    unlink(fifo);
    unlink(locked);
    unlink(noext);
    unlink(json);
    rmdir(dir);
    free(good);
    free(gone);
    free(fifo);
    free(locked);
    free(noext);
    free(json);
}

/* ---- the real samples/ ---- */

static void test_samples(const char *samples)
{
    sink s = {0};
    rw_reader_opts o = opts_for(&s, RW_DATE_NONE);
    rw_error err = {0};
    int rc = rw_read_input(samples, &o, on_doc, &s, &err);
    CHECK_INT(rc, 0, "samples: return value");
    CHECK_INT(s.ndocs, 11, "samples: 1 HTML page + 5 JSONL lines + 5 text files");

    /* JSONL: ids and dates as in seeds.docs.tsv. */
    static const struct {
        const char *id, *date, *title;
    } seeds[] = {
        {"000", "2025-12-23",
         "التقى الرئيس الروسي فلاديمير بوتين مع وزيري الخارجية والدفاع السوريين"},
        {"001", "2025-12-23", "وفد سوري رفيع يصل موسكو لإجراء مباحثات رسمية مع مسؤولين روس"},
        {"002", "2025-12-23", "بوتين يستقبل وزيري الخارجية والدفاع السوريين في الكرملين"},
        {"003", "", "الرئيس السوري يزور موسكو لبحث ملفات الأمن وإعادة الإعمار مع نظيره الروسي"},
        {"004", "2026-02-04",
         "لقاءات سورية-روسية رفيعة المستوى في دمشق تبحث التواجد العسكري وتعزيز التعاون الثنائي"},
    };
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        const got_doc *g = find_doc(&s, seeds[i].id);
        CHECK(g != NULL, "samples: JSONL document %s", seeds[i].id);
        if (!g) continue;
        CHECK_STR(g->date, seeds[i].date, seeds[i].id);
        CHECK_STR(g->title, seeds[i].title, seeds[i].id);
        CHECK_STR(g->lang, "ar", seeds[i].id);
        /* The same article as a text file has the same text, hence the same hash - with the
         * JSONL headline first when the text lacks it (002). */
        const got_doc *txt = NULL;
        for (int k = 0; k < s.ndocs && k < MAX_GOT; k++) {
            const char *slash = strrchr(s.docs[k].id, '/');
            if (slash && strncmp(slash + 1, seeds[i].id, 3) == 0 && slash[4] == '-' &&
                has(slash, ".txt"))
                txt = &s.docs[k];
        }
        int same = 0;
        if (txt && strstr(txt->text, seeds[i].title)) {
            same = strcmp(txt->hash, g->hash) == 0 && strcmp(txt->text, g->text) == 0;
        } else if (txt) {
            size_t tl = strlen(seeds[i].title);
            same = strncmp(g->text, seeds[i].title, tl) == 0 && g->text[tl] == '\n' &&
                   strcmp(g->text + tl + 1, txt->text) == 0 && strcmp(txt->hash, g->hash) != 0;
        }
        CHECK(same, "samples %s: txt and JSONL hold the same text (JSONL with its headline first)",
              seeds[i].id);
    }

    const got_doc *html = NULL;
    for (int k = 0; k < s.ndocs && k < MAX_GOT; k++)
        if (has(s.docs[k].id, "/html/002-")) html = &s.docs[k];
    CHECK(html != NULL, "samples: the HTML page of seed 002");
    if (html) {
        CHECK_STR(html->title, "بوتين يستقبل وزيري الخارجية والدفاع السوريين في الكرملين",
                  "samples html title");
        CHECK_STR(html->date, "2025-12-23", "samples html date");
        CHECK_STR(html->url, "https://example.org/news/002-kremlin-receives-syrian-ministers",
                  "samples html url");
        CHECK_STR(html->lang, "ar", "samples html lang");
        CHECK(strncmp(html->text,
                      "بوتين يستقبل وزيري الخارجية والدفاع السوريين في الكرملين\n"
                      "استقبل الرئيس الروسي فلاديمير بوتين، في الكرملين، وزيري الخارجية",
                      200) == 0,
              "samples html: headline, then the article's first sentence");
        CHECK(has(html->text, "\nإعادة إعمار سوريا\n"), "samples html: subheading on its own line");
        CHECK(has(html->text, "التي ناقشها الجانبان من أجل إعطاء دفعة جديدة للعلاقات."),
              "samples html: the last paragraph is there");
        static const char *const absent[] = {
            "الرئيسية",          "رياضة",        "شارك الخبر",  "فيسبوك",
            "اقرأ أيضاً",         "لافروف يبحث",  "الوسوم",      "أخبار ذات صلة",
            "اترك تعليقاً",       "الأكثر قراءة", "جميع الحقوق", "من نحن",
            "pageViews",         "إعلان",        "font-family", "الشبكة الإخبارية",
            "كانون الثاني 2026",
        };
        for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
            CHECK(!has(html->text, absent[i]), "samples html: no \"%s\"", absent[i]);
        /* Each line of the page's text is a line of the seed (the headline aside). */
        const got_doc *seed = NULL;
        for (int k = 0; k < s.ndocs && k < MAX_GOT; k++)
            if (has(s.docs[k].id, "/txt/002-")) seed = &s.docs[k];
        int all = seed != NULL;
        const char *line = strchr(html->text, '\n');
        while (all && line) {
            line++;
            const char *end = strchr(line, '\n');
            size_t n = end ? (size_t)(end - line) : strlen(line);
            char buf[2048];
            snprintf(buf, sizeof buf, "%.*s\n", (int)n, line);
            if (!has(seed->text, buf)) all = 0;
            line = end;
        }
        CHECK(all, "samples html: every body line is a line of seed 002");
    }
    /* Only 003 has no date in the seeds: one warning. */
    CHECK(s.nprobs == 1 && s.probs[0].level == RW_WARNING && s.probs[0].line == 4,
          "samples: one problem, seeds.jsonl line 4 has no date (%d problems)", s.nprobs);
    sink_free(&s);
}

/* ---- TREC / Gigaword ---- */

static void read_with(sink *s, rw_reader_fn *reader, const char *name, const char *bytes)
{
    rw_reader_opts o = opts_for(s, RW_DATE_NONE);
    reader(name, bytes, strlen(bytes), &o, on_doc, s);
}

static void test_trec(void)
{
    sink s = {0};
    /* SGML as ANT writes it: a bare "&" and a lone "<" in the text, line breaks kept. */
    read_with(&s, rw_read_trec, "ant.txt",
              "<DOC>\n<DOCNO>JA-x-1-20170120</DOCNO>\n<URL>http://e.tn/a?x=1&utm=2</URL>\n"
              "<TITLE> عنوان & آخر </TITLE>\n<TIME>2017-01-20T21:43:00+01:00</TIME>\n"
              "<TEXT>\nسطر أول & ثان.\n< سطر بعلامة.  \n</TEXT>\n</DOC>\n");
    CHECK_INT(s.ndocs, 1, "trec: one document");
    if (s.ndocs == 1) {
        CHECK_STR(s.docs[0].id, "JA-x-1-20170120", "trec: DOCNO is the id");
        CHECK_STR(s.docs[0].title, "عنوان & آخر", "trec: TITLE, bare & kept");
        CHECK_STR(s.docs[0].url, "http://e.tn/a?x=1&utm=2", "trec: URL");
        CHECK_STR(s.docs[0].date, "2017-01-20", "trec: TIME, the day written");
        CHECK_STR(s.docs[0].text, "عنوان & آخر\nسطر أول & ثان.\n< سطر بعلامة.",
                  "trec: headline, then TEXT as it is, ends trimmed");
        CHECK_STR(s.docs[0].source, "ant.txt:1", "trec: source is FILE:LINE");
    }
    sink_free(&s);

    /* Gigaword: id attribute, HEADLINE, <P> paragraphs with hard-wrapped lines, date in the id;
     * a record without TEXT, and a last record cut short. */
    read_with(&s, rw_read_trec, "afp",
              "<DOC id=\"AFP_ARB_19940513.0001\" type=\"story\" >\n<HEADLINE>\nعنوان\n</HEADLINE>\n"
              "<TEXT>\n<P>\nفقرة\nأولى.\n</P>\n<P>\nفقرة ثانية &amp; &AMP; أخيرة.\n</P>\n</TEXT>\n"
              "</DOC>\n<doc id=\"AFP_ARB_19940514.0002\">\n<HEADLINE>x</HEADLINE>\n</doc>\n"
              "<DOC id=\"AFP_ARB_19940515.0003\">\n<TEXT>\n<P>\nنص مقطوع");
    CHECK_INT(s.ndocs, 2, "gigaword: two documents of three");
    if (s.ndocs == 2) {
        CHECK_STR(s.docs[0].id, "AFP_ARB_19940513.0001", "gigaword: id attribute");
        CHECK_STR(s.docs[0].date, "1994-05-13", "gigaword: date from the id");
        CHECK_STR(s.docs[0].text, "عنوان\nفقرة أولى.\nفقرة ثانية & &AMP; أخيرة.",
                  "gigaword: one line a paragraph, wrapped lines joined, &amp; decoded");
        CHECK_STR(s.docs[1].id, "AFP_ARB_19940515.0003", "gigaword: the cut record still read");
        CHECK_STR(s.docs[1].source, "afp:18", "gigaword: its line");
    }
    CHECK(s.nprobs == 2 && s.probs[0].level == RW_BAD && s.probs[0].line == 15 &&
              has(s.probs[0].msg, "without <TEXT>") && s.probs[1].level == RW_WARNING &&
              s.probs[1].line == 18 && has(s.probs[1].msg, "not closed"),
          "gigaword: the record without TEXT and the unclosed one reported with their lines "
          "(%d problems)", s.nprobs);
    sink_free(&s);

    read_with(&s, rw_read_trec, "none", "<DOCNO>x</DOCNO> no record here");
    CHECK(s.ndocs == 0 && s.nprobs == 1 && has(s.probs[0].msg, "no <DOC>"),
          "trec: a file without <DOC> is reported");
    sink_free(&s);
}

/* ---- JSON arrays ---- */

static int count_bad(const sink *s)
{
    int n = 0;
    for (int i = 0; i < s->nprobs && i < MAX_GOT; i++)
        n += s->probs[i].level == RW_BAD;
    return n;
}

/* The first RW_BAD problem (an empty one when there is none). */
static const got_problem *first_bad(const sink *s)
{
    static const got_problem none = {RW_BAD, "", 0, -1, ""};
    for (int i = 0; i < s->nprobs && i < MAX_GOT; i++)
        if (s->probs[i].level == RW_BAD) return &s->probs[i];
    return &none;
}

static void test_json_array(void)
{
    sink s = {0};
    read_with(&s, rw_read_json, "a.json",
              "[\n {\"id\": \"j1\", \"text\": \"نص [أول], {بأقواس}\", \"date\": \"2024-05-06\"},\n"
              " {\"text\": \"نص ثان\"}\n,{\"id\": 3, \"title\": \"بلا نص\"}]");
    CHECK_INT(s.ndocs, 2, "json: two articles");
    if (s.ndocs == 2) {
        CHECK_STR(s.docs[0].text, "نص [أول], {بأقواس}", "json: brackets inside strings are text");
        CHECK_STR(s.docs[0].date, "2024-05-06", "json: date field");
        CHECK_STR(s.docs[1].id, "a.json:3", "json: no id gives FILE:LINE of the element");
    }
    const got_problem *p = first_bad(&s);
    CHECK(count_bad(&s) == 1 && p->line == 4 && has(p->msg, "no article text"),
          "json: the element without text reported at its line");
    sink_free(&s);

    read_with(&s, rw_read_json, "b.json", "[{\"text\": \"واحد\"}, {\"text\": \"اثنان\"");
    CHECK(s.ndocs == 1 && count_bad(&s) == 1,
          "json: a broken element ends the array, the ones before it delivered");
    sink_free(&s);

    read_with(&s, rw_read_json, "c.json", "{\"id\": \"one\", \"text\": \"مقال وحيد\"}");
    CHECK(s.ndocs == 1 && count_bad(&s) == 0, "json: a single object is one article");
    sink_free(&s);
}

/* ---- WARC ---- */

/* Appends a WARC record with its Content-Length counted. */
static void warc_record(char *out, size_t cap, const char *headers, const char *block)
{
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "WARC/1.0\r\n%sContent-Length: %zu\r\n\r\n%s\r\n\r\n", headers,
             strlen(block), block);
}

static void test_warc(void)
{
    char warc[2048] = "";
    warc_record(warc, sizeof warc, "WARC-Type: warcinfo\r\nWARC-Date: 2024-06-01T00:00:00Z\r\n",
                "info");
    warc_record(warc, sizeof warc,
                "WARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\n"
                "WARC-Date: 2024-06-01T10:00:00Z\r\n"
                "Content-Type: application/http; msgtype=response\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                "<html><body><p>زار الوزير عمّان.</p></body></html>");
    warc_record(warc, sizeof warc,
                "WARC-Type: response\r\nWARC-Target-URI: https://x.example/b.pdf\r\n"
                "WARC-Date: 2024-06-01T10:00:00Z\r\n"
                "Content-Type: application/http; msgtype=response\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF");
    strcat(warc, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\ncut");
    sink s = {0};
    read_with(&s, rw_read_warc, "c.warc", warc);
    CHECK_INT(s.ndocs, 1, "warc: one page");
    if (s.ndocs == 1) {
        CHECK_STR(s.docs[0].id, "https://x.example/a", "warc: the target URI is the id");
        CHECK_STR(s.docs[0].url, "https://x.example/a", "warc: and the URL");
        CHECK_STR(s.docs[0].date, "2024-06-01", "warc: WARC-Date when the page has none");
        CHECK_STR(s.docs[0].text, "زار الوزير عمّان.", "warc: the body without HTTP headers");
    }
    int cut = 0, counted = 0;
    for (int i = 0; i < s.nprobs && i < MAX_GOT; i++) {
        cut += s.probs[i].level == RW_BAD && has(s.probs[i].msg, "cut short");
        counted += s.probs[i].level == RW_WARNING && has(s.probs[i].msg, "1 of 4 WARC records") &&
                   has(s.probs[i].msg, "skipped 1 that are not responses") &&
                   has(s.probs[i].msg, "and 1 that are not HTML");
    }
    CHECK(cut == 1 && counted == 1, "warc: the cut record reported, the skipped ones counted");
    sink_free(&s);
}

/* ---- feeds ---- */

static void test_feeds(void)
{
    sink s = {0};
    read_with(&s, rw_read_feed, "f.rss",
              "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
              "<item><title>أ &amp; ب</title><link>https://f.example/1</link>"
              "<pubDate>Sun, 02 Feb 2020 23:59:59 -0800</pubDate>"
              "<description><![CDATA[<p>نص <b>عريض</b> &amp; عادي.</p>]]></description></item>"
              "<item><title>ج</title><guid>g-2</guid><pubDate>5 Sep 99 10:00 GMT</pubDate>"
              "<description>&lt;p&gt;نص مهرب&lt;/p&gt;</description></item>"
              "</channel></rss>");
    CHECK_INT(s.ndocs, 2, "rss: two items");
    if (s.ndocs == 2) {
        CHECK_STR(s.docs[0].id, "https://f.example/1", "rss: link is the id");
        CHECK_STR(s.docs[0].date, "2020-02-02", "rss: RFC 822 pubDate, the day written");
        CHECK_STR(s.docs[0].text, "أ & ب\nنص عريض & عادي.", "rss: CDATA is HTML; title first");
        CHECK_STR(s.docs[1].id, "g-2", "rss: guid when there is no link");
        CHECK_STR(s.docs[1].date, "1999-09-05", "rss: two-digit year, no weekday");
        CHECK_STR(s.docs[1].text, "ج\nنص مهرب", "rss: escaped markup is HTML too");
    }
    sink_free(&s);

    read_with(&s, rw_read_feed, "f.atom",
              "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>عنوان</title>"
              "<link rel=\"edit\" href=\"https://a.example/edit\"/>"
              "<link href=\"https://a.example/1\"/><id>urn:1</id>"
              "<updated>2024-04-02T10:00:00Z</updated><published>2024-04-01T09:00:00Z</published>"
              "<summary>ملخص</summary></entry></feed>");
    CHECK(s.ndocs == 1 && strcmp(s.docs[0].id, "https://a.example/1") == 0 &&
              strcmp(s.docs[0].date, "2024-04-01") == 0,
          "atom: the alternate link, published before updated");
    sink_free(&s);

    read_with(&s, rw_read_feed, "x.rss", "<?xml version=\"1.0\"?><svg/>");
    CHECK(s.ndocs == 0 && s.nprobs == 1 && s.probs[0].level == RW_BAD &&
              has(s.probs[0].msg, "not an RSS or Atom feed"),
          "feed: other XML is bad input");
    sink_free(&s);

    /* A "billion laughs" feed: refused before any text is read. */
    read_with(&s, rw_read_feed, "laughs.rss",
              "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
              "<rss><channel><item><title>&c;</title><description>&c;&c;</description></item>"
              "</channel></rss>");
    CHECK(s.ndocs == 0 && s.nprobs == 1 && has(s.probs[0].msg, "declares entities"),
          "feed: entities declared in a DTD are refused");
    sink_free(&s);

    /* A sitemap beside the articles is no feed and no error either. */
    char dir[] = "/tmp/rw-feeds-XXXXXX";
    if (mkdtemp(dir)) {
        char *sitemap = join(dir, "sitemap.xml");
        write_file(sitemap, "<?xml version=\"1.0\"?>\n<!-- generated -->\n<urlset><url/></urlset>");
        rw_reader_opts o = opts_for(&s, RW_DATE_NONE);
        rw_error err = {0};
        rw_read_input(dir, &o, on_doc, &s, &err);
        CHECK(s.ndocs == 0 && s.nprobs == 1 && s.probs[0].level == RW_WARNING &&
                  has(s.probs[0].msg, "not an RSS or Atom feed"),
              "a .xml that is no feed: a warning, skipped");
        sink_free(&s);
        unlink(sitemap);
        rmdir(dir);
        free(sitemap);
    }
}

/* ---- the fixtures of each format, through rw_read_input ---- */

static void test_format_fixtures(const char *fixtures)
{
    static const struct {
        const char *file;
        int docs, bad;
        const char *first_id;
    } cases[] = {
        {"ant-style.txt", 1, 0, "JA-politic-9001-20170305"},
        {"gigaword.sgml", 2, 1, "AFP_ARB_20050612.0001"},
        {"articles.json", 2, 2, "arr-1"},
        {"crawl.warc", 2, 0, "https://warc.example.org/news/1"},
        {"feed-rss.xml", 3, 0, "https://news.example.org/2024/03/12/visit"},
        {"feed-atom.xml", 2, 0, "https://atom.example.org/a/1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *dir = join(fixtures, "formats");
        char *path = join(dir, cases[i].file);
        sink s = {0};
        rw_reader_opts o = opts_for(&s, RW_DATE_NONE);
        rw_error err = {0};
        rw_read_input(path, &o, on_doc, &s, &err);
        int bad = count_bad(&s);
        CHECK(s.ndocs == cases[i].docs && bad == cases[i].bad, "%s: %d documents, %d bad (got %d, %d)",
              cases[i].file, cases[i].docs, cases[i].bad, s.ndocs, bad);
        if (s.ndocs) CHECK_STR(s.docs[0].id, cases[i].first_id, cases[i].file);
        sink_free(&s);
        free(path);
        free(dir);
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s FIXTURES_DIR SAMPLES_DIR\n", argv[0]);
        return 2;
    }
    test_utf8();
    test_utf8_random();
    test_hash();
    test_text();
    test_html_fields();
    test_html_dates();
    test_html_cleaning();
    test_html_containers();
    test_html_deep();
    test_jsonl();
    test_tree(argv[1]);
    test_unreadable();
    test_large_jsonl();
    test_samples(argv[2]);
    test_trec();
    test_json_array();
    test_warc();
    test_feeds();
    test_format_fixtures(argv[1]);
    return check_done();
}
