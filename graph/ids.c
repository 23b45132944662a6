/* ids.c: not written yet. */
