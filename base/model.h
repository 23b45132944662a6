/*
 * model.h - the vocabulary shared by every stage: kinds of entities, relations, modalities.
 *
 * These names are the facts contract (docs/facts.md): they appear as they are in JSONL, in the
 * database and in every export, so they never change meaning.
 */
#ifndef RW_MODEL_H
#define RW_MODEL_H

typedef enum rw_kind {
    RW_KIND_PERSON = 0,
    RW_KIND_ORG,
    RW_KIND_PLACE,
    RW_KIND_GROUP, /* a delegation, "the Syrian side": actors that are no single person or body */
    RW_KIND_COUNT
} rw_kind;

typedef enum rw_rel {
    RW_REL_MET = 0,   /* an in-person meeting; symmetric */
    RW_REL_PHONED,    /* a phone call; symmetric */
    RW_REL_VISITED,   /* actor -> place */
    RW_REL_ATTENDED,  /* present at a meeting without being one of its sides; obj = a principal */
    RW_REL_LEADS,     /* person -> group (a delegation) */
    RW_REL_MEMBER_OF, /* person -> group */
    RW_REL_HOLDS_ROLE, /* person -> (office text in `role`, country in `place`) */
    RW_REL_ALIAS_OF,  /* a name stated in the text to be another name of the subject */
    RW_REL_COUNT
} rw_rel;

typedef enum rw_modality {
    RW_MOD_ASSERTED = 0, /* reported as having happened */
    RW_MOD_PLANNED,      /* announced, intended, invited: not (yet) happened */
    RW_MOD_NEGATED,      /* reported as not having happened */
    RW_MOD_COUNT
} rw_modality;

/* The contract names ("person", "met", "asserted"); NULL for an out-of-range value. */
const char *rw_kind_name(rw_kind k);
const char *rw_rel_name(rw_rel r);
const char *rw_modality_name(rw_modality m);
/* The reverse; -1 when the name is unknown. */
int rw_kind_from_name(const char *s);
int rw_rel_from_name(const char *s);
int rw_modality_from_name(const char *s);
/* Whether A rel B implies B rel A (met, phoned). */
int rw_rel_is_symmetric(rw_rel r);
/* Whether the relation is something that happens on a day (met, phoned, visited, attended), as
 * opposed to a condition stated about someone (holds_role, member_of, leads, alias_of). Events
 * (graph/events.h) date the first and group the second by their statement. */
int rw_rel_is_happening(rw_rel r);

#endif
