/* lexicon.c: not written yet. */
