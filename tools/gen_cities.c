/*
 * gen_cities.c - prints candidate city lines for data/places.tsv from ICU's time-zone data.
 *
 * CLDR names one exemplar city for every time zone ("Asia/Damascus" -> دمشق / Damascus), and ICU
 * carries those names in every locale. Formatting any instant with the pattern "VVV" in the "ar"
 * and "en" locales yields them, so the lexicon can cover the world's zone cities without typing
 * their Arabic spellings by hand. The output is a draft for a person to review and merge, never
 * read by the engine directly: exemplar cities are not always the capital, and some names
 * (such as "عمان" for Amman, also Oman's name) need a human decision.
 *
 * Usage: gen_cities [CC ...]   (ISO 3166 alpha-2 codes; all countries when none is given)
 * Output: one line per canonical location zone, in places.tsv's column order, with the parent
 *         left as the ISO code for the reviewer to replace by that country's slug:
 *         id <TAB> city <TAB> CC <TAB> CC <TAB> English name <TAB> Arabic name|English name
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

enum { NAME_MAX_UNITS = 128, NAME_MAX_BYTES = 512 };

/* One exemplar-city formatter per locale, opened once and re-targeted at each zone. */
typedef struct {
    UDateFormat *ar;
    UDateFormat *en;
} city_formats;

static int open_formats(city_formats *f)
{
    static const UChar pattern[] = {'V', 'V', 'V', 0};
    UErrorCode st = U_ZERO_ERROR;
    f->ar = udat_open(UDAT_PATTERN, UDAT_PATTERN, "ar", NULL, 0, pattern, -1, &st);
    f->en = udat_open(UDAT_PATTERN, UDAT_PATTERN, "en", NULL, 0, pattern, -1, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "gen_cities: cannot open the VVV date formats: %s\n", u_errorName(st));
        return -1;
    }
    return 0;
}

static void close_formats(city_formats *f)
{
    if (f->ar) udat_close(f->ar);
    if (f->en) udat_close(f->en);
}

/* Formats `now` in zone `zone` with `fmt` into UTF-8 `out`; returns 0 or -1 on an ICU error. */
static int exemplar_city(UDateFormat *fmt, const UChar *zone, int32_t zone_len, UDate now,
                         char out[NAME_MAX_BYTES])
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(zone, zone_len, "en", UCAL_GREGORIAN, &st);
    if (U_FAILURE(st)) return -1;
    udat_setCalendar(fmt, cal);
    ucal_close(cal);
    UChar buf[NAME_MAX_UNITS];
    int32_t n = udat_format(fmt, now, buf, NAME_MAX_UNITS, NULL, &st);
    if (U_FAILURE(st) || n >= NAME_MAX_UNITS) return -1;
    u_strToUTF8(out, NAME_MAX_BYTES, NULL, buf, n, &st);
    return U_FAILURE(st) ? -1 : 0;
}

/* Lower-case ASCII slug of an English name: "Kuwait City" -> "kuwait-city"; non-ASCII dropped. */
static void slugify(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    int dash = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p && n + 1 < cap; p++) {
        if (isalnum(*p) && *p < 0x80) {
            if (dash && n > 0 && n + 2 < cap) out[n++] = '-';
            out[n++] = (char)tolower(*p);
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[n] = '\0';
}

/* Prints the lines for one country; returns the number printed or -1 on an ICU error. */
static int print_country(const city_formats *f, const char *cc, UDate now)
{
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *zones =
        ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, cc, NULL, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "gen_cities: %s: cannot list time zones: %s\n", cc, u_errorName(st));
        return -1;
    }
    int printed = 0;
    int32_t len;
    const UChar *zone;
    while ((zone = uenum_unext(zones, &len, &st)) != NULL && U_SUCCESS(st)) {
        char ar[NAME_MAX_BYTES], en[NAME_MAX_BYTES], slug[NAME_MAX_BYTES];
        if (exemplar_city(f->ar, zone, len, now, ar) || exemplar_city(f->en, zone, len, now, en))
            continue;
        slugify(en, slug, sizeof slug);
        if (!slug[0]) continue;
        printf("%s\tcity\t%s\t%s\t%s\t%s|%s\n", slug, cc, cc, en, ar, en);
        printed++;
    }
    uenum_close(zones);
    return printed;
}

int main(int argc, char **argv)
{
    city_formats f = {NULL, NULL};
    if (open_formats(&f)) {
        close_formats(&f);
        return 1;
    }
    UDate now = ucal_getNow();
    int status = 0;
    if (argc > 1) {
        for (int i = 1; i < argc; i++)
            if (print_country(&f, argv[i], now) < 0) status = 1;
    } else {
        for (const char *const *cc = uloc_getISOCountries(); *cc; cc++)
            if (print_country(&f, *cc, now) < 0) status = 1;
    }
    close_formats(&f);
    return status;
}
