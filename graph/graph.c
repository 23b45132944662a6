/* graph.c: not written yet. */
