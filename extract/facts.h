/*
 * facts.h - what extraction finds in one article: its entities, mentions and facts.
 *
 * An rw_extraction is self-contained and document-local: entities are numbered within the
 * article, and `key` says which lexicon entry (if any) an entity is, so that the graph can merge
 * it across articles. Every fact points back at its sentence and span. `rawabit extract` prints
 * an extraction as facts-contract JSONL; `rawabit ingest` hands it to the store.
 */
#ifndef RW_FACTS_H
#define RW_FACTS_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/model.h"
#include "extract/document.h"
#include "extract/text.h"

typedef struct rw_xentity {
    char *key;      /* lexicon id ("vladimir-putin", "place:moscow"), NULL if found by context */
    rw_kind kind;
    char *label;    /* the fullest Arabic surface form seen in the article */
    char *label_en; /* English label from the lexicon, NULL when none */
    char **names;   /* every distinct surface form in the article, as written, clitics removed */
    size_t n_names;
    char *country;  /* ISO 3166 alpha-2 of an actor's country or a place's country, or NULL */
} rw_xentity;

typedef struct rw_mention {
    uint32_t start, end; /* bytes in the document text */
    uint32_t sentence;
    int entity;          /* index into rw_extraction.entities */
} rw_mention;

typedef struct rw_xfact {
    rw_rel rel;
    int subj;            /* entity index */
    int obj;             /* entity index, -1 when none (visited has a place, not an object) */
    int place;           /* entity index of the place, -1 when unknown */
    rw_date date;        /* RW_DATE_NONE when not known */
    char *date_text;     /* the date expression as written, NULL when none */
    rw_modality modality;
    char *role;          /* holds_role: the office ("foreign_minister@SY" when known, else as
                            written); alias_of: the alias as written; else NULL */
    char *trigger;       /* the word that signalled the fact, as written */
    uint32_t sentence;   /* index into rw_extraction.sentences */
    rw_span span;        /* the evidence: bytes in the document text (usually the sentence) */
    float confidence;    /* 0..1 */
} rw_xfact;

/* What extraction bounded to stay linear in the length of its input (issue 13). */
typedef struct rw_extract_stats {
    size_t cut_sentences; /* sentences longer than RW_TEXT_MAX_SENTENCE bytes, cut in pieces */
    uint32_t first_cut;   /* byte offset in the text of the first cut */
    uint64_t work;        /* units and mentions the searches made for each trigger read: at most
                             RW_REACH either side of it, so it grows with the text, not with the
                             square of a sentence's length (the tests hold it to that) */
} rw_extract_stats;

typedef struct rw_extraction {
    const rw_doc *doc;   /* borrowed */
    rw_date doc_date;    /* the date used to resolve relative dates (metadata or from the text) */
    rw_span *sentences;
    size_t n_sentences;
    rw_xentity *entities;
    size_t n_entities, cap_entities;
    rw_mention *mentions;
    size_t n_mentions, cap_mentions;
    rw_xfact *facts;
    size_t n_facts, cap_facts;
    rw_extract_stats stats;
} rw_extraction;

/* Frees everything the extraction owns and zeroes it (not the borrowed document). */
void rw_extraction_clear(rw_extraction *x);

/* Adds an entity (strings are copied); returns its index or -1 when memory runs out. */
int rw_extraction_add_entity(rw_extraction *x, const char *key, rw_kind kind, const char *label,
                             const char *label_en, const char *country);
/* Adds a surface form to an entity unless it already has it; 0 or -1. */
int rw_extraction_add_name(rw_extraction *x, int entity, const char *name, size_t len);
/* Appends a fact (strings copied); returns its index or -1. */
int rw_extraction_add_fact(rw_extraction *x, const rw_xfact *f);
int rw_extraction_add_mention(rw_extraction *x, const rw_mention *m);

#endif
