/*
 * rawabit.h - the public API of librawabit: Arabic news articles in, an actor graph out.
 *
 * The pipeline has four stages, each with its own header (installed beside this one):
 *
 *   readers.h  files (text, HTML, JSONL) -> rw_doc
 *   extract.h  rw_doc -> rw_extraction (entities, mentions, facts with provenance)
 *   store.h    rw_extraction -> the SQLite graph, merged across articles -> rw_graph
 *   export.h   rw_graph -> DOT/SVG/PNG/PDF, RDF, JSON-LD, GraphML, GEXF, CSV, JSONL
 *
 * Errors follow one convention (error.h): functions return a status and fill an rw_error with
 * a message that names the input and the problem; nothing is printed by the library.
 */
#ifndef RAWABIT_H
#define RAWABIT_H

#include "base/error.h"
#include "base/date.h"
#include "base/model.h"
#include "extract/document.h"
#include "extract/readers.h"
#include "extract/facts.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "graph/store.h"
#include "export/export.h"

#endif
