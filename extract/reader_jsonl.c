/* reader_jsonl.c: not written yet. */
