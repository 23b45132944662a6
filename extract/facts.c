/* facts.c: not written yet. */
