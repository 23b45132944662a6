/* mentions.c: not written yet. */
