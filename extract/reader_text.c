/* reader_text.c: not written yet. */
