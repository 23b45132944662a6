/*
 * test_extract.c - the extraction engine, end to end: lexicon loading, mentions, trigger frames
 * and facts.
 *
 * Three tables: (1) one-sentence cases, one per mechanism (coordination, surname resolution, role
 * at the document date, aliases, counterparts, dual subjects, delegations, planned and negated
 * events, calls versus meetings, venues, both word orders, the lead-sentence date rule, a Hijri
 * dateline); (2) the test articles of tests/extract/articles/ with their hand-made expectations in
 * expected.tsv; (3) the lexicon loader: user directories, errors naming file and line. The
 * expected values were worked out from the Arabic text, not copied from the program's output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "tests/check.h"

#ifndef RW_TEST_DIR
#define RW_TEST_DIR "tests/extract"
#endif

static int has_name(const rw_xentity *e, const char *name)
{
    if (e->label && strcmp(e->label, name) == 0) return 1;
    for (size_t i = 0; i < e->n_names; i++)
        if (strcmp(e->names[i], name) == 0) return 1;
    return 0;
}

/* The entity with this surface form: exact first, then one whose label contains it. */
static int find_entity(const rw_extraction *x, const char *name)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (has_name(&x->entities[i], name)) return (int)i;
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].label && strstr(x->entities[i].label, name)) return (int)i;
    return -1;
}

static int place_matches(const rw_extraction *x, int place, const char *want)
{
    if (place < 0) return 0;
    const rw_xentity *e = &x->entities[place];
    if (e->label && strstr(e->label, want)) return 1;
    for (size_t i = 0; i < e->n_names; i++)
        if (strstr(e->names[i], want)) return 1;
    return 0;
}

/* Whether a fact rel(a, b) with this modality exists (b NULL: any object); place and date, when
 * given, must match too. Meetings and calls match in either order. */
static int has_fact(const rw_extraction *x, const char *rel, const char *a, const char *b,
                    const char *modality, const char *place, const char *date)
{
    int r = rw_rel_from_name(rel), m = rw_modality_from_name(modality);
    int ea = find_entity(x, a), eb = b ? find_entity(x, b) : -1;
    if (r < 0 || m < 0 || ea < 0 || (b && eb < 0)) return 0;
    for (size_t i = 0; i < x->n_facts; i++) {
        const rw_xfact *f = &x->facts[i];
        if ((int)f->rel != r || (int)f->modality != m) continue;
        int same = f->subj == ea && (!b || f->obj == eb);
        int swapped = b && rw_rel_is_symmetric(f->rel) && f->subj == eb && f->obj == ea;
        if (!same && !swapped) continue;
        if (place && !place_matches(x, f->place, place)) continue;
        if (date) {
            char d[11];
            rw_date_format(f->date, d);
            if (strcmp(d, date) != 0) continue;
        }
        return 1;
    }
    return 0;
}

static int extract_text(rw_extractor *ex, const char *text, const char *date, rw_extraction *x)
{
    rw_doc d = {0};
    d.id = "test";
    d.text = (char *)text;
    d.text_len = strlen(text);
    if (date && rw_date_parse(date, &d.date)) return -1;
    rw_error err = {0};
    int rc = rw_extract(ex, &d, x, &err);
    if (rc) printf("# rw_extract: %s\n", err.msg);
    return rc;
}

typedef struct expect {
    const char *rel, *a, *b, *modality, *place, *date;
    int absent; /* 1: this fact must NOT be found */
} expect;

typedef struct mcase {
    const char *what, *date, *text;
    expect facts[4];
} mcase;

static const mcase cases[] = {
    {"VSO with مع", "2025-12-23",
     "التقى الرئيس الروسي فلاديمير بوتين مع وزير الخارجية السوري أسعد الشيباني في الكرملين.",
     {{"met", "فلاديمير بوتين", "أسعد الشيباني", "asserted", "الكرملين", NULL, 0}}},
    {"SVO, subject first", "2025-12-23",
     "وذكرت الوكالة أن الرئيس الروسي فلاديمير بوتين التقى وزير الخارجية السوري أسعد الشيباني.",
     {{"met", "فلاديمير بوتين", "أسعد الشيباني", "asserted", NULL, NULL, 0}}},
    {"coordination: two offices, two names, in order", "2025-12-23",
     "استقبل الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين أسعد الشيباني ومرهف أبو قصرة.",
     {{"met", "فلاديمير بوتين", "أسعد الشيباني", "asserted", NULL, NULL, 0},
      {"met", "فلاديمير بوتين", "مرهف أبو قصرة", "asserted", NULL, NULL, 0},
      {"holds_role", "مرهف أبو قصرة", NULL, "asserted", NULL, NULL, 0}}},
    {"role at the document date: a dual title without names", "2025-12-23",
     "التقى الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين في موسكو.",
     {{"met", "فلاديمير بوتين", "الشيباني", "asserted", "موسكو", "2025-12-23", 0},
      {"met", "فلاديمير بوتين", "أبو قصرة", "asserted", "موسكو", "2025-12-23", 0}}},
    {"surname resolution within the article", "2024-03-05",
     "وصل وزير التجارة الأردني يعرب فلاح القضاة إلى دمشق.\nوبحث القضاة مع وزير الاقتصاد السوري محمد نضال الشعار سبل تعزيز التبادل التجاري.",
     {{"met", "يعرب فلاح القضاة", "محمد نضال الشعار", "asserted", NULL, NULL, 0},
      {"visited", "يعرب فلاح القضاة", NULL, "asserted", "دمشق", "2024-03-05", 0}}},
    {"alias stated in the text", "2025-01-10",
     "التقى القيادي سامر حسن العلي، المعروف باسم أبو خالد الشامي، مع وزير الداخلية التركي علي يرلي قايا في أنقرة.",
     {{"alias_of", "سامر حسن العلي", NULL, "asserted", NULL, NULL, 0},
      {"met", "أبو خالد الشامي", "علي يرلي قايا", "asserted", "أنقرة", NULL, 0}}},
    {"counterpart نظيره resolved through the subject's office", "2025-12-01",
     "وصل وزير الخارجية السوري أسعد الشيباني إلى أنقرة، حيث التقى نظيره التركي.",
     {{"met", "أسعد الشيباني", "هاكان فيدان", "asserted", "أنقرة", NULL, 0}}},
    {"dual subject يتصافحان", "2025-10-16",
     "الرئيس الروسي فلاديمير بوتين والرئيس السوري أحمد الشرع يتصافحان خلال اجتماعهما في قصر الكرملين في 15 أكتوبر 2025.",
     {{"met", "فلاديمير بوتين", "أحمد الشرع", "asserted", "الكرملين", "2025-10-15", 0}}},
    {"delegation members meet the other side", "2026-02-04",
     "جمع لقاء وزير الدفاع السوري مرهف أبو قصرة بوفد روسي في دمشق.\nوضم الوفد الروسي كلاً من نائب وزير الدفاع الجنرال يونس بك يفكيروف ومستشار الرئيس الروسي إيغور ليفيتين.",
     {{"met", "مرهف أبو قصرة", "يونس بك يفكيروف", "asserted", "دمشق", NULL, 0},
      {"met", "مرهف أبو قصرة", "إيغور ليفيتين", "asserted", "دمشق", NULL, 0},
      {"member_of", "إيغور ليفيتين", "الوفد الروسي", "asserted", NULL, NULL, 0}}},
    {"delegation leader برئاسة", "2025-01-20",
     "وفي يناير 2025، استقبلت دمشق وفدا روسيا برئاسة نائب وزير الخارجية الروسي ميخائيل بوغدانوف.",
     {{"leads", "ميخائيل بوغدانوف", "وفد", "asserted", NULL, NULL, 0},
      {"visited", "ميخائيل بوغدانوف", NULL, "asserted", "دمشق", "2025-01", 0}}},
    {"planned: the future prefix", "2025-12-20",
     "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن وزير الخارجية سيرغي لافروف سيجري محادثات مع نظيره السوري أسعد الشيباني.",
     {{"met", "سيرغي لافروف", "أسعد الشيباني", "planned", NULL, NULL, 0},
      {"met", "سيرغي لافروف", "أسعد الشيباني", "asserted", NULL, NULL, 1}}},
    {"planned: من المقرر أن", "2025-05-01",
     "ومن المقرر أن يلتقي الرئيس التونسي قيس سعيد نظيره الجزائري عبد المجيد تبون الشهر المقبل.",
     {{"met", "قيس سعيد", "عبد المجيد تبون", "planned", NULL, NULL, 0},
      {"met", "قيس سعيد", "عبد المجيد تبون", "asserted", NULL, NULL, 1}}},
    {"negated: لم", "2025-07-08",
     "ولم يلتق الرئيس اللبناني جوزاف عون المبعوث الأميركي توم باراك.",
     {{"met", "جوزاف عون", "توم باراك", "negated", NULL, NULL, 0},
      {"met", "جوزاف عون", "توم باراك", "asserted", NULL, NULL, 1}}},
    {"a phone call is never a meeting", "2025-11-02",
     "تلقى الرئيس عبد الفتاح السيسي، اليوم الأحد، اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.",
     {{"phoned", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, "2025-11-02", 0},
      {"met", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"a meeting verb with هاتفياً is a call", "2025-04-20",
     "وبحث الرئيس المصري عبد الفتاح السيسي هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون تطورات الأوضاع.",
     {{"phoned", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"the place is the venue", "2025-04-20",
     "واستقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه رئيس الوزراء اللبناني نواف سلام.",
     {{"met", "إيمانويل ماكرون", "نواف سلام", "asserted", "الإليزيه", NULL, 0}}},
    {"Gulf style: name then office, honorifics", "2025-06-30",
     "استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، في قصر السلام بجدة، وزير الخارجية الأمريكي ماركو روبيو.",
     {{"met", "محمد بن سلمان", "ماركو روبيو", "asserted", "قصر السلام", NULL, 0}}},
    {"unknown names after a head title", "2025-11-20",
     "بحث وزير الزراعة أمجد بدر مع القائم بأعمال السفارة الهنغارية بدمشق استفان جيولا شوش سبل تطوير التعاون الزراعي.",
     {{"met", "أمجد بدر", "استفان جيولا شوش", "asserted", NULL, NULL, 0}}},
    {"a multi-party summit gives every pair", "2025-09-09",
     "وعقد الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين والرئيس الإيراني مسعود بزشكيان قمة ثلاثية في طهران.",
     {{"met", "رجب طيب أردوغان", "فلاديمير بوتين", "asserted", "طهران", NULL, 0},
      {"met", "فلاديمير بوتين", "مسعود بزشكيان", "asserted", "طهران", NULL, 0},
      {"met", "رجب طيب أردوغان", "مسعود بزشكيان", "asserted", "طهران", NULL, 0}}},
    {"a meeting noun and ضم list who met", "2025-10-02",
     "وعقد في الدوحة اليوم اجتماع ثلاثي ضم وزير الخارجية التركي هاكان فيدان ووزير الخارجية الإيراني عباس عراقجي ووزير الخارجية الروسي سيرغي لافروف.",
     {{"met", "هاكان فيدان", "عباس عراقجي", "asserted", "الدوحة", "2025-10-02", 0},
      {"met", "عباس عراقجي", "سيرغي لافروف", "asserted", "الدوحة", NULL, 0},
      {"met", "هاكان فيدان", "سيرغي لافروف", "asserted", "الدوحة", NULL, 0}}},
    {"a call between two presidents with بين", "2025-08-12",
     "وجرى اتصال هاتفي بين الرئيس المصري عبد الفتاح السيسي والرئيس الأمريكي دونالد ترامب أمس.",
     {{"phoned", "عبد الفتاح السيسي", "دونالد ترامب", "asserted", NULL, "2025-08-11", 0},
      {"met", "عبد الفتاح السيسي", "دونالد ترامب", "asserted", NULL, NULL, 1}}},
    {"coordinated counterpart ونظيره", "2025-06-01",
     "بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره الأمريكي دونالد ترامب في باريس الأوضاع في أوكرانيا.",
     {{"met", "إيمانويل ماكرون", "دونالد ترامب", "asserted", "باريس", NULL, 0}}},
    {"a present-tense headline gets no date of the day", "2025-06-01",
     "الرئيس المصري عبد الفتاح السيسي يستقبل ملك البحرين حمد بن عيسى آل خليفة",
     {{"met", "عبد الفتاح السيسي", "حمد بن عيسى", "asserted", NULL, "", 0}}},
    {"the dateline is the place of a lead meeting", "2025-02-16",
     "الرياض - واس\nاستقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم وزير الخارجية الأمريكي ماركو روبيو.",
     {{"met", "محمد بن سلمان", "ماركو روبيو", "asserted", "الرياض", "2025-02-16", 0}}},
    {"the headline names people by surnames the body introduces later", "2025-04-02",
     "الحنيفات يلتقي بدر في دمشق لبحث التعاون الزراعي\nوكان وزير الزراعة الأردني خالد الحنيفات قد وصل إلى دمشق الثلاثاء.\nوأكد وزير الزراعة السوري أمجد بدر أهمية التعاون بين البلدين.",
     {{"met", "خالد الحنيفات", "أمجد بدر", "asserted", "دمشق", NULL, 0}}},
    {"a dual noun followed by two names", "2025-04-02",
     "ووصل الوزيران خالد الحنيفات ويعرب القضاة إلى دمشق صباح اليوم.",
     {{"visited", "خالد الحنيفات", NULL, "asserted", "دمشق", "2025-04-02", 0},
      {"visited", "يعرب القضاة", NULL, "asserted", "دمشق", "2025-04-02", 0}}},
    {"a Hijri dateline gives the document date", NULL,
     "الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م واس\nاستقبل الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في الرياض اليوم رئيس الوزراء اللبناني نواف سلام.",
     {{"met", "محمد بن سلمان", "نواف سلام", "asserted", "الرياض", "2025-03-15", 0}}},
};

static void run_cases(rw_extractor *ex)
{
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        rw_extraction x = {0};
        int rc = extract_text(ex, cases[c].text, cases[c].date, &x);
        CHECK(rc == 0, "%s: extraction runs", cases[c].what);
        for (size_t k = 0; k < 4 && cases[c].facts[k].rel; k++) {
            const expect *e = &cases[c].facts[k];
            int found = has_fact(&x, e->rel, e->a, e->b, e->modality, e->place, e->date);
            CHECK(found != e->absent, "%s: %s%s(%s, %s) %s%s%s%s%s", cases[c].what, e->absent ? "no " : "",
                  e->rel, e->a, e->b ? e->b : "-", e->modality, e->place ? " at " : "",
                  e->place ? e->place : "", e->date ? " on " : "", e->date ? e->date : "");
        }
        rw_extraction_clear(&x);
    }
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    rw_buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) rw_buf_append(&b, chunk, n);
    fclose(f);
    return b.data ? b.data : strdup("");
}

/* tests/extract/articles/expected.tsv: file, date, relation, a, b, modality, place, date. */
static void run_articles(rw_extractor *ex)
{
    char *tsv = slurp(RW_TEST_DIR "/articles/expected.tsv");
    CHECK(tsv != NULL, "articles/expected.tsv is readable");
    if (!tsv) return;
    char cur[256] = "";
    char *text = NULL;
    rw_extraction x = {0};
    for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0]) continue;
        char *f[8];
        int nf = 0;
        for (char *p = line; nf < 8;) {
            f[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        if (nf < 8) {
            CHECK(0, "expected.tsv line has 8 fields: %s", line);
            continue;
        }
        if (strcmp(cur, f[0]) != 0) {
            rw_extraction_clear(&x);
            free(text);
            snprintf(cur, sizeof cur, "%s", f[0]);
            char path[512];
            snprintf(path, sizeof path, "%s/articles/%s", RW_TEST_DIR, f[0]);
            text = slurp(path);
            CHECK(text && extract_text(ex, text, strcmp(f[1], "-") ? f[1] : NULL, &x) == 0,
                  "%s: extraction runs", f[0]);
        }
        int absent = strncmp(f[2], "no-", 3) == 0;
        const char *rel = absent ? f[2] + 3 : f[2];
        const char *b = strcmp(f[4], "-") ? f[4] : NULL;
        const char *place = strcmp(f[6], "-") ? f[6] : NULL;
        const char *date = strcmp(f[7], "-") ? f[7] : NULL;
        int found = has_fact(&x, rel, f[3], b, f[5], place, date);
        CHECK(found != absent, "%s: %s%s(%s, %s) %s%s%s", f[0], absent ? "no " : "", rel, f[3],
              b ? b : "-", f[5], place ? " at " : "", place ? place : "");
    }
    rw_extraction_clear(&x);
    free(text);
    free(tsv);
}

static void run_lexicon(void)
{
    /* A user directory adds entries in the same formats. */
    const char *dirs[] = {RW_TEST_DIR "/lexicon"};
    rw_extractor_opts opts = {NULL, dirs, 1};
    rw_error err = {0};
    rw_extractor *ex = rw_extractor_open(&opts, &err);
    CHECK(ex != NULL, "open with a user lexicon directory (%s)", err.msg);
    if (ex) {
        rw_extraction x = {0};
        extract_text(ex, "استقبل الرئيس الأردني زيد سالم الخيالي في عمان وزير الخارجية المصري بدر عبد العاطي.",
                     "2025-02-02", &x);
        int e = find_entity(&x, "زيد سالم الخيالي");
        CHECK(e >= 0 && x.entities[e].key && strcmp(x.entities[e].key, "test-zaid-khayali") == 0,
              "a user lexicon actor is found with its key");
        CHECK(has_fact(&x, "met", "زيد سالم الخيالي", "بدر عبد العاطي", "asserted", "عمان", NULL),
              "the user lexicon actor takes part in facts");
        rw_extraction_clear(&x);
        rw_extractor_close(ex);
    }
    /* A malformed line is an error naming the file and the line. */
    const char *bad[] = {RW_TEST_DIR "/lexicon-bad"};
    rw_extractor_opts bopts = {NULL, bad, 1};
    rw_error berr = {0};
    rw_extractor *bex = rw_extractor_open(&bopts, &berr);
    CHECK(bex == NULL && berr.code == RW_EINPUT, "a malformed lexicon line fails to open");
    CHECK(strstr(berr.msg, "lexicon-bad/actors.tsv:3:") != NULL, "the error names file and line: %s", berr.msg);
    rw_extractor_close(bex);
    /* A missing data directory is an I/O error naming the file. */
    rw_extractor_opts mopts = {"/nonexistent-rawabit-data", NULL, 0};
    rw_error merr = {0};
    rw_extractor *mex = rw_extractor_open(&mopts, &merr);
    CHECK(mex == NULL && merr.code != RW_OK, "a missing data directory fails to open (%s)", merr.msg);
    rw_extractor_close(mex);
    CHECK(getenv("RAWABIT_DATA") == NULL || strcmp(rw_default_data_dir(), getenv("RAWABIT_DATA")) == 0,
          "rw_default_data_dir honours RAWABIT_DATA");
}

/* Inputs that are not news: empty, punctuation only, an endless word, a title at the very end. */
static void run_robustness(rw_extractor *ex)
{
    static const char *const texts[] = {
        "", "   \n\n", "،،، ... !!! (( ))", "التقى", "وزير الخارجية", "استقبل الرئيس الروسي",
        "برئاسة", "المعروف باسم", "وزيري الخارجية والدفاع السوريين",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        rw_extraction x = {0};
        CHECK(extract_text(ex, texts[i], "2025-01-01", &x) == 0 && x.n_facts == 0,
              "no fact and no failure on \"%s\"", texts[i]);
        rw_extraction_clear(&x);
    }
    rw_buf b = {0};
    rw_buf_puts(&b, "التقى الرئيس ");
    for (int i = 0; i < 400; i++) rw_buf_puts(&b, "ب");
    rw_buf_puts(&b, " مع وزير الخارجية.");
    rw_extraction x = {0};
    CHECK(extract_text(ex, b.data, "2025-01-01", &x) == 0, "an 800-byte word does not break extraction");
    rw_extraction_clear(&x);
    rw_buf_free(&b);
}

int main(void)
{
    rw_error err = {0};
    rw_extractor *ex = rw_extractor_open(NULL, &err);
    CHECK(ex != NULL, "extractor opens on the built-in data (%s)", err.msg);
    if (!ex) return check_done();
    run_cases(ex);
    run_articles(ex);
    run_robustness(ex);
    rw_extractor_close(ex);
    run_lexicon();
    return check_done();
}
