/* utf8.c: not written yet. */
