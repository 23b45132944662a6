/*
 * fuzz_dates.c - dates (dates.h) on arbitrary text: the document's own date from its first lines,
 * and the date expressions of every sentence resolved against a document date the input's first
 * bytes choose (none, a year, a month or a day, any tense). A resolved date must be a date:
 * a month of the year, a day of the month.
 */
#include <stdlib.h>

#include "extract/dates.h"
#include "extract/extract.h"
#include "fuzz.h"

static rw_text *text;
static rw_dates *dates;

static void check_date(rw_date d)
{
    if (!rw_date_is_set(d)) return;
    char iso[16];
    rw_date_format(d, iso);
    if (d.month < 0 || d.month > 12 || d.day < 0 || (d.day && !d.month) ||
        (d.day && d.day > rw_days_in_month(d.year, d.month)))
        fuzz_fail("a resolved date is no date", iso);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!text && !(text = rw_text_open(NULL))) fuzz_fail("rw_text_open failed", NULL);
    if (!dates && !(dates = rw_dates_open(rw_default_data_dir(), text, NULL)))
        fuzz_fail("rw_dates_open failed", NULL);
    if (size < 4) return 0;
    /* The first four bytes: the document date's precision and day, and the sentence tense. */
    rw_date dd = RW_DATE_NONE;
    int precision = data[0] % 4;
    if (precision) {
        dd.year = 1900 + data[1] % 200;
        if (precision > 1) dd.month = 1 + data[2] % 12;
        if (precision > 2) dd.day = 1 + data[3] % 28;
    }
    rw_tense tense = (rw_tense)(data[3] % 3 - 1);
    size_t n;
    char *s = fuzz_text(data + 4, size - 4, &n);
    if (!s) return 0;
    rw_date found;
    if (rw_dates_document_date(dates, text, s, n, &found) == 0) check_date(found);
    rw_span *sp = NULL;
    size_t ns = 0;
    static rw_tokens tk;
    if (rw_text_sentences(text, s, n, &sp, &ns, NULL) == 0)
        for (size_t i = 0; i < ns; i++) {
            if (rw_text_tokenize(text, s, sp[i], &tk, NULL)) continue;
            rw_date_expr dx[32];
            size_t nd = rw_dates_find(dates, &tk, dd, tense, dx, 32);
            for (size_t k = 0; k < nd; k++) check_date(dx[k].date);
        }
    free(sp);
    free(s);
    return 0;
}
