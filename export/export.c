/* export.c: not written yet. */
