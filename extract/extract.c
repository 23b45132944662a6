/* extract.c: not written yet. */
