/* readers.c: not written yet. */
