/*
 * dates.h - date and time expressions in Arabic news, resolved to ISO 8601.
 *
 * Finds expressions in a sentence's tokens and resolves them against the document's date:
 * every month convention (Egypt/Gulf يناير..ديسمبر, Levant/Iraq كانون الثاني..كانون الأول, Maghreb
 * جانفي..ديسمبر, paired forms "23 كانون الأول/ديسمبر"), Hijri dates (ICU's Islamic calendars,
 * Umm al-Qura first), weekdays, and relative words (اليوم، أمس، الأسبوع الماضي، مطلع العام المقبل).
 * A date that cannot be resolved keeps its text and gets RW_DATE_NONE: never a guess.
 * Month names and relative words are data (data/months.tsv, data/relative_dates.tsv).
 */
#ifndef RW_DATES_H
#define RW_DATES_H

#include <stddef.h>

#include "base/date.h"
#include "base/error.h"
#include "extract/text.h"

typedef struct rw_dates rw_dates;

/* Reads the date lexicons from data_dir (months.tsv, relative_dates.tsv; each documents its
 * format at its top) and opens the ICU calendars once. `t` is used to fold the lexicon and must
 * outlive the result. Returns NULL and sets err on failure: a bad line is named as file:line.
 * The result is never modified afterwards: the find functions only read it and clone the ICU
 * calendars they need for the length of one call. Free with rw_dates_close. */
rw_dates *rw_dates_open(const char *data_dir, rw_text *t, rw_error *err);
void rw_dates_close(rw_dates *d);

typedef enum rw_tense { RW_TENSE_PAST = -1, RW_TENSE_UNKNOWN = 0, RW_TENSE_FUTURE = 1 } rw_tense;

typedef struct rw_date_expr {
    /* Token indices [start, end) in the sentence. The span covers the whole expression: a
     * leading يوم or time of day (مساء أمس) and both sides of a Hijri/Gregorian pair. */
    size_t tok_start, tok_end;
    rw_date date; /* resolved; RW_DATE_NONE when it cannot be */
    /* Needed the document date (أمس، الثلاثاء، الشهر الماضي, a day and month without a year);
     * 0 when the year is written. */
    int relative;
    /* The first day of a range whose last day is the next expression ("يومي 8 و9 مارس"، "من 15
     * إلى 17 أكتوبر"). */
    int range_start;
} rw_date_expr;

/* Finds the date expressions among the sentence's tokens, left to right, non-overlapping, and
 * resolves them against `doc_date` (which may be RW_DATE_NONE: relative expressions then stay
 * unresolved; a partial doc_date resolves only what its precision allows, e.g. الشهر الماضي from
 * a month). `tense` is the tense of the sentence's main verb: a weekday or a day and month
 * without a year goes back from the document date in the past tense (on or before it) and
 * forward in the future (on or after it); with RW_TENSE_UNKNOWN the nearest wins. A written
 * الماضي/المقبل overrides the tense and excludes the document date's own day or month
 * ("أكتوبر الماضي" written in October is last year's). Precision is kept: "نهاية يوليو 2025" is
 * 2025-07. A week, which ISO dates cannot hold, resolves to the month (or year) holding every
 * day it can mean, or RW_DATE_NONE. Hijri dates resolve to the Gregorian day; a Hijri month to
 * the Gregorian month it starts in; a Hijri year to the Gregorian year holding most of it.
 * Writes up to `max` into out and returns how many were found. */
size_t rw_dates_find(const rw_dates *d, const rw_tokens *tk, rw_date doc_date, rw_tense tense,
                     rw_date_expr *out, size_t max);

/* Where the tables' phrases may start at one folded token: the chain of phrases whose first
 * word is the token (head), and the chain once a proclitic is taken off it (chead); -1 when
 * none. rw_dates_find() needs them at every token, two hash lookups; they depend on the folded
 * token alone, so a caller that keeps them per distinct token (mentions.c caches them with the
 * token's analyses) can hand them over instead. */
typedef struct rw_date_heads {
    int32_t head, chead;
} rw_date_heads;

/* The heads of the folded token fold[0..len); with d NULL both are -1. */
void rw_dates_heads(const rw_dates *d, const char *fold, size_t len, rw_date_heads *out);

/* rw_dates_find() with the heads of every token of tk given (heads[i] for token i, as
 * rw_dates_heads() finds them); heads may be NULL: they are found here then. */
size_t rw_dates_find_with(const rw_dates *d, const rw_tokens *tk, const rw_date_heads *heads,
                          rw_date doc_date, rw_tense tense, rw_date_expr *out, size_t max);

/* Looks for the document's own date in its text: a dateline at the top ("موسكو 26 شوال 1436 هـ
 * الموافق 11 أغسطس 2015 م") or a publication line ("نشر ... بتاريخ ٤ شباط ٢٠٢٦"). Only the
 * first 8 non-empty lines are read; a line with a publication cue (data: `published`) wins,
 * else the first line whose date starts within its first 8 tokens. Only a full date with a
 * written year counts. Returns 0 and sets *out when found, -1 otherwise. */
int rw_dates_document_date(const rw_dates *d, rw_text *t, const char *text, size_t len,
                           rw_date *out);

/* Converts a Hijri date (Umm al-Qura, falling back to the civil Islamic calendar) to Gregorian.
 * day may be 0 (month precision: the Gregorian month the Hijri month starts in). Returns 0 and
 * sets *out, or -1 for a day the month does not have (30 Ramadan 1446) or a bad argument. */
int rw_dates_hijri_to_gregorian(const rw_dates *d, int year, int month, int day, rw_date *out);

#endif
