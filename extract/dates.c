/* dates.c: not written yet. */
