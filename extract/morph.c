/* morph.c: not written yet. */
