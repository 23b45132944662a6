/* rdf.c: not written yet. */
