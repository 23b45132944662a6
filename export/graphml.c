/* graphml.c: not written yet. */
