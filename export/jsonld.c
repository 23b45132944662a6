/* jsonld.c: not written yet. */
