/* jsonl.c: not written yet. */
