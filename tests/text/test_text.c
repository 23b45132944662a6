/*
 * test_text.c - the text layer: folding (every rule, and the offset map on real phrases),
 * sentence units of Arabic news, tokens, and transliteration. Expected values are worked out by
 * hand from the rules in extract/text.h.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "extract/text.h"
#include "tests/check.h"

/* ---- folding ---- */

static const struct {
    const char *in, *want, *rule;
} fold_cases[] = {
    {"أحمد", "احمد", "hamza above alef"},
    {"إبراهيم", "ابراهيم", "hamza below alef"},
    {"آمال", "امال", "madda alef"},
    {"ٱلرحمن", "الرحمن", "alef wasla"},
    {"مصطفى", "مصطفي", "alef maqsura"},
    {"القاهرة", "القاهره", "taa marbuta"},
    {"مؤتمر", "موتمر", "hamza on waw"},
    {"رئيس", "رييس", "hamza on yeh"},
    {"الجزائر", "الجزاير", "hamza on yeh, mid-word"},
    {"المسؤول", "المسوول", "hamza on waw, mid-word"},
    {"مُحَمَّدٌ", "محمد", "harakat and shadda"},
    {"الشيبانيّ", "الشيباني", "final shadda"},
    {"الرحمٰن", "الرحمن", "superscript alef"},
    {"القـــاهرة", "القاهره", "tatweel"},
    {"\u200Fبيروت\u200E", "بيروت", "RLM and LRM"},
    {"\u202Bنص\u202C", "نص", "RLE and PDF"},
    {"\u2066Paris\u2069", "paris", "isolates"},
    {"الأمم\u200Dالمتحدة", "الاممالمتحده", "zero-width joiner"},
    {"دمشق\u200B", "دمشق", "zero-width space"},
    {"\xEF\xBB\xBFعمان", "عمان", "byte order mark"},
    {"Café", "cafe", "Latin accent"},
    {"ÉLYSÉE", "elysee", "Latin capitals with accents"},
    {"Müller", "muller", "umlaut"},
    {"São Paulo", "sao paulo", "tilde"},
    {"İstanbul", "istanbul", "dotted capital I"},
    {"Cafe\xCC\x81", "cafe", "decomposed accent"},
    {"٢٠٢٥", "2025", "Arabic-Indic digits"},
    {"۲۰۲۵", "2025", "Extended Arabic-Indic digits"},
    {"٠١٢٣٤٥٦٧٨٩", "0123456789", "all ten Arabic-Indic digits"},
    {"ﻻ", "لا", "lam-alef ligature (NFKC)"},
    {"ﺍﻟﻘﺎﻫﺮﺓ", "القاهره", "presentation forms (NFKC)"},
    {"ﷲ", "الله", "Allah ligature (NFKC)"},
    {"ﷺ", "صلي الله عليه وسلم", "long ligature (NFKC)"},
    {"Ｕ.Ｓ.", "u.s.", "fullwidth Latin (NFKC)"},
    {"a\u00A0b", "a b", "no-break space (NFKC)"},
    {"½", "1\u20442", "vulgar fraction (NFKC)"},
    {"ا\u0653من", "امن", "decomposed madda"},
    {"علی کرد", "علي كرد", "Persian yeh and keheh"},
    {"Vladimir PUTIN فلاديمير بوتين", "vladimir putin فلاديمير بوتين", "mixed scripts"},
    {"وزير الخارجية السوري أسعد حسن الشيبانيّ", "وزير الخارجيه السوري اسعد حسن الشيباني",
     "a full phrase"},
    {"", "", "empty"},
};

static void test_fold(rw_text *t)
{
    rw_fold f = {0}, g = {0};
    rw_error err = {0};
    for (size_t i = 0; i < sizeof fold_cases / sizeof fold_cases[0]; i++) {
        const char *in = fold_cases[i].in;
        int rc = rw_text_fold(t, in, strlen(in), &f, &err);
        CHECK(rc == 0 && strcmp(f.key, fold_cases[i].want) == 0 &&
                  f.len == strlen(fold_cases[i].want) && f.src[f.len] == strlen(in),
              "fold %s: \"%s\" -> \"%s\" (got \"%s\")", fold_cases[i].rule, in, fold_cases[i].want,
              f.key);
        /* A folded key folds to itself, or lexicon keys and text keys would drift apart. */
        rw_text_fold(t, fold_cases[i].want, strlen(fold_cases[i].want), &g, &err);
        CHECK(strcmp(g.key, fold_cases[i].want) == 0, "fold is idempotent on \"%s\"",
              fold_cases[i].want);
    }
    rw_fold_free(&f);
    rw_fold_free(&g);
}

/* Folds `text`, finds the folded form of `needle` in the key and checks that the offset map
 * sends it back to exactly `want` in the source. */
static const struct {
    const char *text, *needle, *want;
} offset_cases[] = {
    {"وزير الخارجية السوري أسعد حسن الشيبانيّ", "الشيباني", "الشيبانيّ"},
    {"وزير الخارجية السوري أسعد حسن الشيبانيّ", "اسعد", "أسعد"},
    {"وزير الخارجية السوري أسعد حسن الشيبانيّ", "الخارجيه", "الخارجية"},
    {"وصل إلى القـــاهرة مساء أمس", "القاهره", "القـــاهرة"},
    {"وصل إلى القـــاهرة مساء أمس", "امس", "أمس"},
    {"في عام ٢٠١٥ م", "2015", "٢٠١٥"},
    {"التقى مُحَمَّدٌ بن سلمان", "محمد", "مُحَمَّدٌ"},
    {"زار Café de Flore في باريس", "cafe", "Café"},
    {"\u200Fالرئيس إيمانويل ماكرون", "الرييس", "الرئيس"},
    {"ﺍﻟﻘﺎﻫﺮﺓ اليوم", "القاهره", "ﺍﻟﻘﺎﻫﺮﺓ"},
};

static void test_offsets(rw_text *t)
{
    rw_fold f = {0};
    rw_error err = {0};
    for (size_t i = 0; i < sizeof offset_cases / sizeof offset_cases[0]; i++) {
        const char *text = offset_cases[i].text;
        rw_text_fold(t, text, strlen(text), &f, &err);
        const char *hit = strstr(f.key, offset_cases[i].needle);
        size_t a = hit ? (size_t)(hit - f.key) : 0, b = a + strlen(offset_cases[i].needle);
        size_t s = hit ? f.src[a] : 0, e = hit ? f.src[b] : 0;
        CHECK(hit && e - s == strlen(offset_cases[i].want) &&
                  memcmp(text + s, offset_cases[i].want, e - s) == 0,
              "offsets: \"%s\" in \"%s\" maps back to \"%s\" (got [%zu, %zu))",
              offset_cases[i].needle, text, offset_cases[i].want, s, e);
    }
    /* The map never goes backwards and ends at the source length. */
    const char *text = "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس) - التقى الرئيس";
    rw_text_fold(t, text, strlen(text), &f, &err);
    int mono = 1;
    for (size_t i = 1; i <= f.len; i++)
        mono &= f.src[i] >= f.src[i - 1];
    CHECK(mono && f.src[f.len] == strlen(text), "offsets: monotonic, src[len] = %zu", strlen(text));
    /* Reuse: a shorter second fold leaves no trace of the first. */
    rw_text_fold(t, "أ", strlen("أ"), &f, &err);
    CHECK(strcmp(f.key, "ا") == 0 && f.len == 2 && f.src[0] == 0 && f.src[2] == 2,
          "offsets: a reused rw_fold holds only the new key");
    rw_fold_free(&f);

    rw_buf b = {0};
    rw_buf_puts(&b, "key=");
    rw_text_fold_into(t, "الأمين العام", strlen("الأمين العام"), &b);
    CHECK_STR(rw_buf_str(&b), "key=الامين العام", "fold_into appends the folded key");
    rw_buf_free(&b);
}

/* ---- sentences ---- */

#define MAXU 6
static const struct {
    const char *what, *text;
    const char *units[MAXU];
} sentence_cases[] = {
    {"headline and dateline",
     "عاجل: بوتين يستقبل الأسد في موسكو\nموسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس) "
     "- التقى الرئيس الروسي نظيره السوري. وبحث الجانبان العلاقات الثنائية.",
     {"عاجل: بوتين يستقبل الأسد في موسكو",
      "موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس) - التقى الرئيس الروسي نظيره "
      "السوري.",
      "وبحث الجانبان العلاقات الثنائية."}},
    {"dateline line of its own",
     "بيروت - رويترز\nقال مسؤول إن المحادثات ستستأنف.",
     {"بيروت - رويترز", "قال مسؤول إن المحادثات ستستأنف."}},
    {"guillemets hold a full stop",
     "وقال لافروف: «نحن مستعدون للحوار. ولن نتراجع». وأضاف أن الاجتماع كان مثمرا.",
     {"وقال لافروف: «نحن مستعدون للحوار. ولن نتراجع».", "وأضاف أن الاجتماع كان مثمرا."}},
    {"question mark and semicolon",
     "هل ستنجح المفاوضات؟ لا أحد يعرف؛ لكن الأمل قائم.",
     {"هل ستنجح المفاوضات؟", "لا أحد يعرف؛", "لكن الأمل قائم."}},
    {"Arabic comma does not end a unit",
     "التقى الوزير نظيره، وبحثا الأزمة، ثم غادر.",
     {"التقى الوزير نظيره، وبحثا الأزمة، ثم غادر."}},
    {"parenthesis spanning a full stop",
     "أعلنت الوزارة (في بيان صدر مساء أمس. ونشرته الوكالة) أن الزيارة ستتم.",
     {"أعلنت الوزارة (في بيان صدر مساء أمس. ونشرته الوكالة) أن الزيارة ستتم."}},
    {"a parenthesis left open to the next line does not hold the line end",
     "قال (المصدر\nإن الوفد وصل.",
     {"قال (المصدر", "إن الوفد وصل."}},
    {"a parenthesis never closed does not hold a full stop",
     "بدأ الاجتماع (بحضور الوزراء. ثم انتهى.",
     {"بدأ الاجتماع (بحضور الوزراء.", "ثم انتهى."}},
    {"straight quotes hold a full stop",
     "قال الوزير \"لن نقبل. أبدا\" ثم غادر.",
     {"قال الوزير \"لن نقبل. أبدا\" ثم غادر."}},
    {"curly quotes hold a full stop",
     "وصف البيان “الاتفاق. التاريخي” بأنه خطوة. ورحبت الدول به.",
     {"وصف البيان “الاتفاق. التاريخي” بأنه خطوة.", "ورحبت الدول به."}},
    {"a quoted question does not end the sentence",
     "سأل الصحفي «هل ستزور دمشق؟» فأجاب الوزير بالنفي.",
     {"سأل الصحفي «هل ستزور دمشق؟» فأجاب الوزير بالنفي."}},
    {"a semicolon inside quotes", "قال «نعم؛ سنحضر» ثم خرج.", {"قال «نعم؛ سنحضر» ثم خرج."}},
    {"blank lines and surrounding spaces",
     "  \n\n  السطر الأول  \n\n\n   \nالسطر الثاني\n",
     {"السطر الأول", "السطر الثاني"}},
    {"CRLF line ends", "عنوان الخبر\r\nنص الخبر.\r\n", {"عنوان الخبر", "نص الخبر."}},
    {"a one-letter title abbreviation",
     "وقال د. محمد البرادعي إن الوضع خطير.",
     {"وقال د. محمد البرادعي إن الوضع خطير."}},
    {"an era letter after a year ends the sentence",
     "وقعت الحادثة عام 2015 م. وأسفرت عن قتلى.",
     {"وقعت الحادثة عام 2015 م.", "وأسفرت عن قتلى."}},
    {"a decimal point",
     "ارتفع المؤشر 3.5 في المئة. وانخفض النفط.",
     {"ارتفع المؤشر 3.5 في المئة.", "وانخفض النفط."}},
    {"exclamation mark", "يا له من يوم! انتهى الاجتماع.", {"يا له من يوم!", "انتهى الاجتماع."}},
    {"a bidi mark before the text is trimmed",
     "\u200Fأعلن الجيش وقف إطلاق النار.",
     {"أعلن الجيش وقف إطلاق النار."}},
    {"list items keep their numbers",
     "1. التقى الوفد بالرئيس.\n٢. وقع الجانبان اتفاقية.",
     {"1. التقى الوفد بالرئيس.", "٢. وقع الجانبان اتفاقية."}},
    {"a number ending a sentence still ends it",
     "بلغ عدد القتلى 12. وأصيب آخرون.",
     {"بلغ عدد القتلى 12.", "وأصيب آخرون."}},
    {"empty text", "", {NULL}},
    {"only white space", " \n\t \n", {NULL}},
};

static void test_sentences(rw_text *t)
{
    rw_error err = {0};
    for (size_t i = 0; i < sizeof sentence_cases / sizeof sentence_cases[0]; i++) {
        const char *text = sentence_cases[i].text;
        rw_span *sp = NULL;
        size_t n = 0;
        int rc = rw_text_sentences(t, text, strlen(text), &sp, &n, &err);
        size_t want = 0;
        while (want < MAXU && sentence_cases[i].units[want])
            want++;
        int ok = rc == 0 && n == want;
        for (size_t k = 0; ok && k < n; k++) {
            const char *u = sentence_cases[i].units[k];
            ok = sp[k].end - sp[k].start == strlen(u) &&
                 memcmp(text + sp[k].start, u, strlen(u)) == 0;
        }
        CHECK(ok, "sentences, %s: %zu units (got %zu)", sentence_cases[i].what, want, n);
        if (!ok)
            for (size_t k = 0; k < n; k++)
                printf("#   unit %zu: [%.*s]\n", k, (int)(sp[k].end - sp[k].start),
                       text + sp[k].start);
        free(sp);
    }
}

/* ---- tokens ---- */

#define MAXT 20
typedef struct tokwant {
    char kind; /* W N P */
    const char *surface, *fold;
    long number;
} tokwant;

static const struct {
    const char *what, *text;
    tokwant toks[MAXT];
} token_cases[] = {
    {"clitics stay on the word; Arabic comma and full stop",
     "وبالعاصمة دمشق، التقى الأسد بوتين.",
     {{'W', "وبالعاصمة", "وبالعاصمه", 0},
      {'W', "دمشق", "دمشق", 0},
      {'P', "،", "،", 0},
      {'W', "التقى", "التقي", 0},
      {'W', "الأسد", "الاسد", 0},
      {'W', "بوتين", "بوتين", 0},
      {'P', ".", ".", 0}}},
    {"digits in three scripts",
     "في 26 أغسطس ٢٠١٥ و۲۰۲۵",
     {{'W', "في", "في", 0},
      {'N', "26", "26", 26},
      {'W', "أغسطس", "اغسطس", 0},
      {'N', "٢٠١٥", "2015", 2015},
      {'W', "و", "و", 0},
      {'N', "۲۰۲۵", "2025", 2025}}},
    {"a year glued to its era letter",
     "عام ١٤٣٦هـ الموافق 2015م",
     {{'W', "عام", "عام", 0},
      {'N', "١٤٣٦", "1436", 1436},
      {'W', "هـ", "ه", 0},
      {'W', "الموافق", "الموافق", 0},
      {'N', "2015", "2015", 2015},
      {'W', "م", "م", 0}}},
    {"punctuation, one token a character",
     "(واس) - «سنرد»: قال/أضاف… “نعم” – انتهى؟",
     {{'P', "(", "(", 0},
      {'W', "واس", "واس", 0},
      {'P', ")", ")", 0},
      {'P', "-", "-", 0},
      {'P', "«", "«", 0},
      {'W', "سنرد", "سنرد", 0},
      {'P', "»", "»", 0},
      {'P', ":", ":", 0},
      {'W', "قال", "قال", 0},
      {'P', "/", "/", 0},
      {'W', "أضاف", "اضاف", 0},
      {'P', "…", "...", 0},
      {'P', "“", "“", 0},
      {'W', "نعم", "نعم", 0},
      {'P', "”", "”", 0},
      {'P', "–", "–", 0},
      {'W', "انتهى", "انتهي", 0},
      {'P', "؟", "؟", 0}}},
    {"Latin inside Arabic",
     "قالت وكالة Reuters إن G20 ستجتمع في New-York.",
     {{'W', "قالت", "قالت", 0},
      {'W', "وكالة", "وكاله", 0},
      {'W', "Reuters", "reuters", 0},
      {'W', "إن", "ان", 0},
      {'W', "G20", "g20", 0},
      {'W', "ستجتمع", "ستجتمع", 0},
      {'W', "في", "في", 0},
      {'W', "New", "new", 0},
      {'P', "-", "-", 0},
      {'W', "York", "york", 0},
      {'P', ".", ".", 0}}},
    {"thousands and decimal separators",
     "بلغ العدد 1,500 شخص و3.5 مليون",
     {{'W', "بلغ", "بلغ", 0},
      {'W', "العدد", "العدد", 0},
      {'N', "1,500", "1,500", 1500},
      {'W', "شخص", "شخص", 0},
      {'W', "و", "و", 0},
      {'N', "3.5", "3.5", 3},
      {'W', "مليون", "مليون", 0}}},
    {"harakat, tatweel and a bidi mark",
     "مُحَمَّد\u200F القـــاهرة",
     {{'W', "مُحَمَّد", "محمد", 0}, {'W', "القـــاهرة", "القاهره", 0}}},
    {"a clock time",
     "الساعة 11:30 صباحا",
     {{'W', "الساعة", "الساعه", 0},
      {'N', "11", "11", 11},
      {'P', ":", ":", 0},
      {'N', "30", "30", 30},
      {'W', "صباحا", "صباحا", 0}}},
    {"a lone tatweel and a lone shadda make no token",
     "قال ـــ ّ نعم",
     {{'W', "قال", "قال", 0}, {'W', "نعم", "نعم", 0}}},
    {"a numeric date",
     "2015/08/26",
     {{'N', "2015", "2015", 2015},
      {'P', "/", "/", 0},
      {'N', "08", "08", 8},
      {'P', "/", "/", 0},
      {'N', "26", "26", 26}}},
};

/* A sentence too long to read whole is cut where a clause ends, else between words, never inside
 * a character; short ones are left alone. Bound 40 bytes here (RW_TEXT_MAX_SENTENCE in use). */
static void test_bound_sentences(rw_text *t)
{
    static const struct {
        const char *what, *text;
        const char *pieces[6];
    } cases[] = {
        {"short enough: untouched", "التقى الرئيس نظيره.", {"التقى الرئيس نظيره."}},
        /* 25 bytes to the first comma, 18 more to the second, 30 after it */
        {"after the last Arabic comma of the second half",
         "التقى الرئيس، ثم استقبل الوزير، وبحث معه التعاون",
         {"التقى الرئيس،", "ثم استقبل الوزير،", "وبحث معه التعاون"}},
        /* words of 12 bytes: three and their spaces make 38 */
        {"no comma: at the last space", "استقبل الرئيس استقبل الرئيس استقبل الرئيس",
         {"استقبل الرئيس استقبل", "الرئيس استقبل الرئيس"}},
        {"one word: between characters, never inside one",
         "ااااااااااااااااااااااااااااااااااااااااااااا",
         {"اااااااااااااااااااا", "اااااااااااااااااااا", "ااااا"}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *text = cases[i].text;
        rw_span *sp = NULL;
        size_t n = 0;
        uint32_t first = 0;
        rw_text_sentences(t, text, strlen(text), &sp, &n, NULL);
        long cuts = rw_text_bound_sentences(text, &sp, &n, 40, &first);
        size_t want = 0;
        while (want < 6 && cases[i].pieces[want])
            want++;
        int ok = cuts == (long)want - 1 && n == want;
        for (size_t k = 0; ok && k < n; k++)
            ok = sp[k].end - sp[k].start == strlen(cases[i].pieces[k]) &&
                 memcmp(text + sp[k].start, cases[i].pieces[k], strlen(cases[i].pieces[k])) == 0;
        CHECK(ok, "bounded sentences, %s: %zu pieces (got %zu, %ld cuts)", cases[i].what, want, n,
              cuts);
        if (want > 1)
            CHECK(first == sp[0].end || (first > sp[0].end && first <= sp[1].start),
                  "bounded sentences, %s: the first cut is reported where it is", cases[i].what);
        free(sp);
    }
}

static void test_tokens(rw_text *t)
{
    rw_tokens tk = {0};
    rw_error err = {0};
    for (size_t i = 0; i < sizeof token_cases / sizeof token_cases[0]; i++) {
        const char *text = token_cases[i].text;
        rw_span span = {0, (uint32_t)strlen(text)};
        int rc = rw_text_tokenize(t, text, span, &tk, &err);
        size_t want = 0;
        while (want < MAXT && token_cases[i].toks[want].surface)
            want++;
        CHECK(rc == 0 && tk.n == want, "tokens, %s: %zu tokens (got %zu)", token_cases[i].what,
              want, tk.n);
        for (size_t k = 0; k < want && k < tk.n; k++) {
            const tokwant *w = &token_cases[i].toks[k];
            const rw_token *g = &tk.v[k];
            rw_tok_kind kind = w->kind == 'W'   ? RW_TOK_WORD
                               : w->kind == 'N' ? RW_TOK_NUMBER
                                                : RW_TOK_PUNCT;
            int ok = g->kind == kind && g->end - g->start == strlen(w->surface) &&
                     memcmp(text + g->start, w->surface, strlen(w->surface)) == 0 &&
                     strcmp(rw_token_fold(&tk, k), w->fold) == 0 &&
                     g->fold_len == strlen(w->fold) &&
                     (kind != RW_TOK_NUMBER || g->number == w->number);
            CHECK(ok, "tokens, %s: #%zu %c \"%s\" folded \"%s\" (got %d \"%.*s\" \"%s\" %ld)",
                  token_cases[i].what, k, w->kind, w->surface, w->fold, g->kind,
                  (int)(g->end - g->start), text + g->start, rw_token_fold(&tk, k), g->number);
        }
    }

    /* Offsets are absolute in the document when the span starts inside it. */
    const char *doc = "أولا. ثانيا جاء الوفد.";
    const char *second = strstr(doc, "ثانيا");
    rw_span span = {(uint32_t)(second - doc), (uint32_t)strlen(doc)};
    rw_text_tokenize(t, doc, span, &tk, &err);
    CHECK(tk.n == 4 && tk.v[0].start == span.start && tk.v[3].end == span.end &&
              strcmp(rw_token_fold(&tk, 2), "الوفد") == 0,
          "tokens: offsets absolute in the document for a span at %u", span.start);
    rw_span empty = {3, 3};
    CHECK(rw_text_tokenize(t, doc, empty, &tk, &err) == 0 && tk.n == 0,
          "tokens: an empty span gives none");
    rw_span reversed = {5, 3};
    CHECK(rw_text_tokenize(t, doc, reversed, &tk, &err) != 0 && strstr(err.msg, "[5, 3)"),
          "tokens: a reversed span is an error naming it (%s)", err.msg);
    rw_tokens_free(&tk);
}

/* ---- transliteration ---- */

static const struct {
    const char *in, *want;
} translit_cases[] = {
    {"بوتين", "bwtyn"},
    {"موسكو", "mwskw"},
    {"دمشق", "dmshq"},
    {"الشيباني", "alshybany"},
    {"أسعد", "asd"},
    {"Paris", "Paris"},
    {"فلاديمير بوتين", "fladymyr bwtyn"},
    {"مُحَمَّد", "muhamad"}, /* vowel signs are read; ICU writes the shadda once */
    {"", ""},
};

static void test_translit(rw_text *t)
{
    for (size_t i = 0; i < sizeof translit_cases / sizeof translit_cases[0]; i++) {
        rw_buf b = {0};
        rw_buf_puts(&b, "en:");
        int rc = rw_text_transliterate(t, translit_cases[i].in, strlen(translit_cases[i].in), &b);
        char want[64];
        snprintf(want, sizeof want, "en:%s", translit_cases[i].want);
        CHECK(rc == 0 && strcmp(rw_buf_str(&b), want) == 0,
              "transliterate \"%s\" -> \"%s\" appended (got \"%s\")", translit_cases[i].in,
              translit_cases[i].want, rw_buf_str(&b));
        rw_buf_free(&b);
    }
}

/* rw_text_tokenize_unit() reads the sentences' UTF-16 copy again: the same tokens as converting
 * each sentence anew, on well-formed text (the copy is used) and malformed (it is not). */
static void test_tokenize_unit(rw_text *t)
{
    static const char *const pieces[] = {
        "وزير", " ", "\n", ".", "؟", "؛", "«", "»", "(", ")", "\"", "٢٠١٥", "2015", "مُ", "ـ",
        "\u200F", "د.", "é", "ﻻ", "ﷺ", "\r\n", ",", "\xF0\x9F\x98\x80", "\u2028", "G20",
        "\xD8", "\xFF", "\xE2\x80",
    };
    const size_t np = sizeof pieces / sizeof pieces[0], malformed = 3;
    unsigned long seed = 777;
    int same = 1, used = 0;
    rw_tokens a = {0}, b = {0};
    for (int round = 0; round < 400; round++) {
        char text[512];
        size_t n = 0;
        for (int k = 0; k < 40; k++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            /* one text in four may hold malformed bytes */
            const char *p = pieces[(seed >> 33) % (round % 4 ? np - malformed : np)];
            size_t l = strlen(p);
            if (n + l >= sizeof text) break;
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = '\0';
        rw_span *sp = NULL;
        size_t ns = 0;
        if (rw_text_sentences(t, text, n, &sp, &ns, NULL)) same = 0;
        for (size_t i = 0; i < ns; i++) {
            int ra = rw_text_tokenize(t, text, sp[i], &a, NULL);
            int rb = rw_text_tokenize_unit(t, text, sp[i], &b, NULL);
            used += round % 4 != 0;
            if (ra != rb || a.n != b.n || a.folded.len != b.folded.len ||
                (a.folded.len && memcmp(a.folded.data, b.folded.data, a.folded.len) != 0))
                same = 0;
            for (size_t k = 0; same && k < a.n; k++)
                same = a.v[k].start == b.v[k].start && a.v[k].end == b.v[k].end &&
                       a.v[k].kind == b.v[k].kind && a.v[k].fold_off == b.v[k].fold_off &&
                       a.v[k].fold_len == b.v[k].fold_len && a.v[k].number == b.v[k].number;
        }
        free(sp);
    }
    CHECK(same && used > 0, "tokenize_unit: the same tokens as rw_text_tokenize, sentence by "
                            "sentence, on 400 random texts");
    rw_tokens_free(&a);
    rw_tokens_free(&b);
}

/* ---- robustness: malformed and random input keeps every invariant ---- */

static void test_robust(rw_text *t)
{
    static const char *const pieces[] = {
        "وزير", " ",    "\n",       ".", "؟", "؛",      "«",  "»", "(", ")", "\"",   "٢٠١٥", "2015",
        "\xD8", "\xFF", "\xE2\x80", "مُ", "ـ", "\u200F", "د.", "é", "ﻻ", "ﷺ", "\r\n", ",",
    };
    const size_t np = sizeof pieces / sizeof pieces[0];
    unsigned long seed = 12345;
    int fold_ok = 1, sent_ok = 1, tok_ok = 1;
    rw_fold f = {0};
    rw_tokens tk = {0};
    rw_error err = {0};
    for (int round = 0; round < 400; round++) {
        char text[512];
        size_t n = 0;
        for (int k = 0; k < 40; k++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            const char *p = pieces[(seed >> 33) % np];
            size_t l = strlen(p);
            if (n + l >= sizeof text) break;
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = '\0';
        if (rw_text_fold(t, text, n, &f, &err)) fold_ok = 0;
        for (size_t i = 1; i <= f.len; i++)
            if (f.src[i] < f.src[i - 1] || f.src[i] > n) fold_ok = 0;
        if (f.src[f.len] != n) fold_ok = 0;
        rw_span *sp = NULL;
        size_t ns = 0;
        if (rw_text_sentences(t, text, n, &sp, &ns, &err)) sent_ok = 0;
        for (size_t i = 0; i < ns; i++) {
            if (sp[i].start >= sp[i].end || sp[i].end > n) sent_ok = 0;
            if (i && sp[i].start < sp[i - 1].end) sent_ok = 0;
            if (rw_text_tokenize(t, text, sp[i], &tk, &err)) tok_ok = 0;
            for (size_t k = 0; k < tk.n; k++)
                if (tk.v[k].start < sp[i].start || tk.v[k].end > sp[i].end ||
                    tk.v[k].start >= tk.v[k].end || (k && tk.v[k].start < tk.v[k - 1].end))
                    tok_ok = 0;
        }
        free(sp);
    }
    CHECK(fold_ok, "robust: 400 random texts with malformed UTF-8 fold with a monotonic map");
    CHECK(sent_ok, "robust: sentence units are non-empty, ordered and in bounds");
    CHECK(tok_ok, "robust: tokens are non-empty, ordered and inside their sentence");

    const char *big = "العدد 99999999999999999999999 شخص";
    rw_span all = {0, (uint32_t)strlen(big)};
    rw_text_tokenize(t, big, all, &tk, &err);
    CHECK(tk.n == 3 && tk.v[1].kind == RW_TOK_NUMBER && tk.v[1].number == LONG_MAX,
          "robust: a number too large for a long saturates");
    rw_fold_free(&f);
    rw_tokens_free(&tk);
}

int main(void)
{
    rw_error err = {0};
    rw_text *t = rw_text_open(&err);
    CHECK(t != NULL, "rw_text_open: %s", t ? "ok" : err.msg);
    if (!t) return check_done();
    test_fold(t);
    test_offsets(t);
    test_sentences(t);
    test_bound_sentences(t);
    test_tokens(t);
    test_translit(t);
    test_robust(t);
    test_tokenize_unit(t);
    rw_text_close(t);
    return check_done();
}
