/* model.c - see model.h. */
#include "model.h"

#include <string.h>

static const char *const kind_names[RW_KIND_COUNT] = {"person", "org", "place", "group"};
static const char *const rel_names[RW_REL_COUNT] = {
    "met", "phoned", "visited", "attended", "leads", "member_of", "holds_role", "alias_of"};
static const char *const modality_names[RW_MOD_COUNT] = {"asserted", "planned", "negated"};

static int lookup(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0) return i;
    return -1;
}

const char *rw_kind_name(rw_kind k)
{
    return (unsigned)k < RW_KIND_COUNT ? kind_names[k] : NULL;
}
const char *rw_rel_name(rw_rel r)
{
    return (unsigned)r < RW_REL_COUNT ? rel_names[r] : NULL;
}
const char *rw_modality_name(rw_modality m)
{
    return (unsigned)m < RW_MOD_COUNT ? modality_names[m] : NULL;
}
int rw_kind_from_name(const char *s)
{
    return lookup(kind_names, RW_KIND_COUNT, s);
}
int rw_rel_from_name(const char *s)
{
    return lookup(rel_names, RW_REL_COUNT, s);
}
int rw_modality_from_name(const char *s)
{
    return lookup(modality_names, RW_MOD_COUNT, s);
}
int rw_rel_is_happening(rw_rel r)
{
    return r == RW_REL_MET || r == RW_REL_PHONED || r == RW_REL_VISITED || r == RW_REL_ATTENDED;
}

int rw_rel_is_symmetric(rw_rel r)
{
    return r == RW_REL_MET || r == RW_REL_PHONED;
}
