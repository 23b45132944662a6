/*
 * date.h - a calendar date that keeps its precision.
 *
 * News gives dates as a day ("15 October 2025"), a month ("July 2025") or a year. rawabit keeps
 * what the text says and no more: a zero month or day means "not known", never "the first".
 * Formatted as ISO 8601: "2025-10-15", "2025-07" or "2025". Shared by extraction, the graph and
 * the exporters, so it lives down here.
 */
#ifndef RW_DATE_H
#define RW_DATE_H

typedef struct rw_date {
    short year; /* 0 = no date at all */
    signed char month; /* 1-12, 0 = unknown */
    signed char day;   /* 1-31, 0 = unknown */
} rw_date;

#define RW_DATE_NONE ((rw_date){0, 0, 0})

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (and a longer ISO timestamp, whose time is ignored).
 * Returns 0 and sets *out, or -1 when `s` is not such a date or names an impossible day. */
int rw_date_parse(const char *s, rw_date *out);
/* Writes the ISO form into out (at least 11 bytes); writes "" for RW_DATE_NONE. */
void rw_date_format(rw_date d, char out[11]);
int rw_date_is_set(rw_date d);
/* Orders dates by their known parts (a month sorts before any day of it); <0, 0, >0. */
int rw_date_compare(rw_date a, rw_date b);
/* Days in a Gregorian month. */
int rw_days_in_month(int year, int month);
/* Day of the week of a full date, 0 = Sunday .. 6 = Saturday; -1 when the date is partial. */
int rw_date_weekday(rw_date d);
/* The first and last day a (possibly partial) set date can stand for, as day numbers (days since
 * 1970-01-01): a day is itself, "2025-07" is July 1 to 31, "2025" the whole year. Day numbers
 * compare and subtract like days, which is what comparing spans of dates needs. */
void rw_date_span(rw_date d, long *first, long *last);
/* Adds `days` to a full date (proleptic Gregorian). A partial date is returned unchanged. */
rw_date rw_date_add_days(rw_date d, int days);

#endif
