/* document.c: not written yet. */
