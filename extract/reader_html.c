/* reader_html.c: not written yet. */
