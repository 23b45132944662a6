/* relations.c: not written yet. */
