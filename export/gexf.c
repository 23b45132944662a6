/* gexf.c: not written yet. */
