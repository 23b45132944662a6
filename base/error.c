/* error.c - see error.h. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

rw_status rw_error_set(rw_error *err, rw_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

void rw_error_clear(rw_error *err)
{
    if (err) {
        err->code = RW_OK;
        err->msg[0] = '\0';
    }
}
