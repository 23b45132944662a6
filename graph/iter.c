/* iter.c: not written yet. */
