/* date.c - see date.h. Day arithmetic goes through a day number (days since 1970-01-01). */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int rw_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int rw_date_parse(const char *s, rw_date *out)
{
    if (!s) return -1;
    size_t n = strlen(s);
    int y, m = 0, d = 0;
    if (n < 4 || (y = digits(s, 4)) < 1) return -1;
    if (n > 4) {
        if (s[4] != '-' || n < 7 || (m = digits(s + 5, 2)) < 1 || m > 12) return -1;
        if (n > 7) {
            if (s[7] != '-' || n < 10 || (d = digits(s + 8, 2)) < 1) return -1;
            if (d > rw_days_in_month(y, m)) return -1;
            if (n > 10 && s[10] != 'T' && s[10] != ' ') return -1;
        }
    }
    out->year = (short)y;
    out->month = (signed char)m;
    out->day = (signed char)d;
    return 0;
}

void rw_date_format(rw_date d, char out[11])
{
    /* Years are 1..9999 by construction (rw_date_parse); clamp so the output always fits. */
    int y = d.year < 0 ? 0 : d.year > 9999 ? 9999 : d.year;
    int m = d.month < 0 ? 0 : d.month > 12 ? 12 : d.month;
    int day = d.day < 0 ? 0 : d.day > 31 ? 31 : d.day;
    char tmp[32];
    if (!y)
        tmp[0] = '\0';
    else if (!m)
        snprintf(tmp, sizeof tmp, "%04d", y);
    else if (!day)
        snprintf(tmp, sizeof tmp, "%04d-%02d", y, m);
    else
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, day);
    memcpy(out, tmp, 11);
    out[10] = '\0';
}

int rw_date_is_set(rw_date d)
{
    return d.year != 0;
}

int rw_date_compare(rw_date a, rw_date b)
{
    if (a.year != b.year) return a.year - b.year;
    if (a.month != b.month) return a.month - b.month;
    return a.day - b.day;
}

/* Howard Hinnant's days_from_civil. */
static long day_number(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static rw_date from_day_number(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    return (rw_date){(short)(y + (m <= 2)), (signed char)m, (signed char)d};
}

void rw_date_span(rw_date d, long *first, long *last)
{
    int m0 = d.month ? d.month : 1, m1 = d.month ? d.month : 12;
    *first = day_number(d.year, m0, d.day ? d.day : 1);
    *last = day_number(d.year, m1, d.day ? d.day : rw_days_in_month(d.year, m1));
}

int rw_date_weekday(rw_date d)
{
    if (!d.year || !d.month || !d.day) return -1;
    long n = day_number(d.year, d.month, d.day);
    return (int)(((n % 7) + 7 + 4) % 7); /* 1970-01-01 was a Thursday */
}

rw_date rw_date_add_days(rw_date d, int days)
{
    if (!d.year || !d.month || !d.day) return d;
    return from_day_number(day_number(d.year, d.month, d.day) + days);
}
