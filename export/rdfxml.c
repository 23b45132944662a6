/* rdfxml.c: not written yet. */
