#!/usr/bin/env python3
"""Checks every export format with an independent tool that reads it (TAP output).

    check_tools.py EXPORT_FIXTURE OUTDIR

Runs EXPORT_FIXTURE OUTDIR (news.* and hostile.* in every format), then:
  - RDF: rapper parses Turtle, N-Triples, N-Quads and RDF/XML, serdi the first three; the triple
    counts agree, and the triple *sets* (as N-Triples from rapper, graphs dropped) are equal across
    the four syntaxes and the JSON-LD expanded by hand through its @context;
  - XML (GraphML, GEXF, RDF/XML, SVG): xmllint --noout;
  - GraphML and GEXF: networkx loads them with the expected node and edge counts;
  - DOT: dot lays it out (-Tsvg) and its -Tjson shows the labels as written;
  - JSONL, JSON-LD: python's json parses them; JSONL keeps the facts contract's fields;
  - CSV: python's csv reads back every field;
  - hostile names come back intact from every format's parser.
Exit 77 (skip) only when a tool is missing.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

N = 0
FAILED = 0


def check(ok, what):
    global N, FAILED
    N += 1
    if not ok:
        FAILED += 1
    print(("ok" if ok else "not ok") + f" {N} - {what}")
    return ok


def run(args, **kw):
    return subprocess.run(args, capture_output=True, **kw)


for tool in ("rapper", "serdi", "xmllint", "dot"):
    if not shutil.which(tool):
        print(f"1..0 # SKIP {tool} not installed")
        sys.exit(77)
try:
    import networkx as nx
except ImportError:
    print("1..0 # SKIP networkx not installed")
    sys.exit(77)

fixture, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
r = run([fixture, outdir])
if not check(r.returncode == 0, f"export_fixture wrote every format ({r.stderr.decode()[:300]})"):
    print(f"1..{N}")
    sys.exit(1)

# The hostile names, as the C fixture has them (tests/export/fixture.c).
HOSTILE = [
    'Quote "double" and \'single\'',
    "back\\slash \\N \\n \\\\",
    "<script>alert(1)</script>",
    '"]',
    "a > b & c < d; e, f",
    "line one\nline two",
    "\u202eevil-rtl \u202cأحمد",
    "lone\ufffdsurrogate",
    '}{"@id": "x"} ]]> --> -- # % %20 ; @prefix',
    '=HYPERLINK("http://x")',
    "nonchar \ufffe\uffff &#x1; &amp; entity",
]


def xml_form(name):
    """What an XML format carries for a name: the characters XML 1.0 forbids become U+FFFD."""
    return "".join("\ufffd" if c in "\ufffe\uffff" or (ord(c) < 32 and c not in "\t\n\r") else c
                   for c in name)


def csv_form(name):
    """What CSV carries: a field a spreadsheet would run as a formula gets an apostrophe."""
    return "'" + name if name[:1] in ("=", "+", "-", "@", "\t", "\r") else name

RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "rdf": "rdfxml"}
SERDI_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads"}


def path(stem, ext):
    return os.path.join(outdir, f"{stem}.{ext}")


def nt_unescape(s):
    """Decodes an N-Triples string literal body (ECHAR and UCHAR escapes)."""
    out, i = [], 0
    simple = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
        elif s[i + 1] == "u":
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        elif s[i + 1] == "U":
            out.append(chr(int(s[i + 2:i + 10], 16)))
            i += 10
        else:
            out.append(simple[s[i + 1]])
            i += 2
    return "".join(out)


TERM = r'(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
NT_LINE = re.compile(r"^" + TERM + r"\s+" + TERM + r"\s+" + TERM + r"(?:\s+" + TERM + r")?\s*\.\s*$")


def norm_term(t):
    """A term as a comparable tuple: ('iri', value) or ('lit', text, lang, datatype)."""
    if t.startswith("<"):
        return ("iri", t[1:-1])
    m = re.match(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$', t, re.S)
    return ("lit", nt_unescape(m.group(1)), (m.group(2) or "").lower(), m.group(3) or "")


def rdf_triples(stem, ext):
    """The triples rapper reads from a file, graphs dropped, as a list of normalised tuples."""
    r = run(["rapper", "-q", "-i", RAPPER_SYNTAX[ext], "-o", "nquads", path(stem, ext)])
    triples = []
    for line in r.stdout.decode("utf-8").splitlines():
        m = NT_LINE.match(line)
        if m:
            triples.append(tuple(norm_term(m.group(k)) for k in (1, 2, 3)))
    return r.returncode, triples


def jsonld_triples(doc):
    """Expands our JSON-LD shape (compact IRIs through the @context prefixes) to triples."""
    ctx = doc["@context"]

    def expand(v):
        if ":" in v and v.split(":", 1)[0] in ctx:
            p, local = v.split(":", 1)
            return ctx[p] + local
        return v

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    triples = []
    for node in doc["@graph"]:
        s = ("iri", node["@id"])
        for key, values in node.items():
            if key == "@id":
                continue
            for v in values:
                if key == "@type":
                    triples.append((s, ("iri", rdf_type), ("iri", expand(v))))
                    continue
                if isinstance(v, str):
                    o = ("lit", v, "", "")
                elif "@id" in v:
                    o = ("iri", v["@id"])
                else:
                    o = ("lit", v["@value"], v.get("@language", "").lower(),
                         expand(v["@type"]) if "@type" in v else "")
                triples.append((s, ("iri", expand(key)), o))
    return triples


for stem in ("news", "hostile"):
    # ---- JSONL: the facts contract -------------------------------------------------------------
    lines = open(path(stem, "jsonl"), encoding="utf-8").read().splitlines()
    try:
        objs = [json.loads(l) for l in lines]
        check(True, f"{stem}.jsonl parses as JSON lines ({len(objs)})")
    except ValueError as e:
        check(False, f"{stem}.jsonl parses as JSON lines: {e}")
        objs = []
    ents = [o for o in objs if o["type"] == "entity"]
    facts = [o for o in objs if o["type"] == "fact"]
    ent_keys = ["type", "id", "kind", "label", "label_en", "names"]
    fact_keys = ["type", "rel", "subj", "obj", "place", "date", "date_text", "modality", "doc",
                 "sentence", "evidence", "confidence", "trigger", "id", "event"]
    event_keys = ["type", "id", "rel", "participants", "date", "place", "modality", "facts",
                  "sources"]
    events = [o for o in objs if o["type"] == "event"]
    check(all(list(e.keys()) == ent_keys for e in ents), f"{stem}.jsonl entity fields exactly")
    check(all([k for k in f.keys() if k != "role"] == fact_keys and
              ("role" in f) == (f["rel"] == "holds_role") for f in facts),
          f"{stem}.jsonl fact fields exactly (role only for holds_role)")
    ids = {e["id"] for e in ents}
    named = {f[k] for f in facts for k in ("subj", "obj", "place") if f[k] is not None}
    check(named <= ids, f"{stem}.jsonl has an entity line for every id a fact names")
    first_fact = next((i for i, o in enumerate(objs) if o["type"] == "fact"), len(objs))
    first_event = next((i for i, o in enumerate(objs) if o["type"] == "event"), len(objs))
    check(all(o["type"] == "entity" for o in objs[:first_fact]) and
          all(o["type"] == "fact" for o in objs[first_fact:first_event]) and
          all(o["type"] == "event" for o in objs[first_event:]),
          f"{stem}.jsonl entities, then facts, then events")
    check(all(list(e.keys()) == event_keys for e in events), f"{stem}.jsonl event fields exactly")
    event_ids = {e["id"] for e in events}
    fact_ids = {f["id"] for f in facts}
    check({f["event"] for f in facts} == event_ids and len(event_ids) == len(events),
          f"{stem}.jsonl: every fact names an event line, every event line is named, ids unique")
    check(all(set(e["facts"]) <= fact_ids and
              all(f["event"] == e["id"] for f in facts if f["id"] in e["facts"]) and
              sum(f["event"] == e["id"] for f in facts) == len(e["facts"]) for e in events),
          f"{stem}.jsonl: an event's facts are exactly the facts that name it")
    n_nodes = len(ents)

    # ---- CSV -----------------------------------------------------------------------------------
    with open(path(stem, "csv-nodes"), newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(path(stem, "csv-edges"), newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    check(len(nodes) == n_nodes, f"{stem} nodes.csv: {len(nodes)} rows, want {n_nodes}")
    n_edges = len(edges)
    check(all(len(r) == 13 and None not in r for r in edges), f"{stem} edges.csv: 13 fields a row")
    check(all(1 <= int(r["meetings"]) <= int(r["Weight"]) and
              int(r["meetings"]) <= int(r["reports"]) <= int(r["Weight"]) for r in edges),
          f"{stem} edges.csv: 1 <= meetings <= reports <= facts")

    # ---- RDF: counts and triple sets agree across syntaxes -------------------------------------
    counts, sets = {}, {}
    for ext, syntax in RAPPER_SYNTAX.items():
        r = run(["rapper", "-i", syntax, "-c", path(stem, ext)])
        m = re.search(rb"returned (\d+) (?:triples|statements)", r.stderr)
        ok = r.returncode == 0 and m is not None and b"Error" not in r.stderr
        check(ok, f"rapper -i {syntax} -c {stem}.{ext} ({r.stderr.decode()[-200:].strip().replace(chr(10), ' ')})")
        counts[ext] = int(m.group(1)) if m else -1
        rc, triples = rdf_triples(stem, ext)
        sets[ext] = triples
        check(rc == 0 and len(triples) == counts[ext],
              f"rapper converts {stem}.{ext} to N-Quads, {len(triples)} statements")
    for ext, syntax in SERDI_SYNTAX.items():
        r = run(["serdi", "-i", syntax, "-o", "ntriples" if ext != "nq" else "nquads",
                 path(stem, ext)])
        n = len([l for l in r.stdout.splitlines() if l.strip()])
        check(r.returncode == 0 and n == counts["ttl"],
              f"serdi reads {stem}.{ext}: {n} statements, Turtle has {counts['ttl']}")
    check(len(set(counts.values())) == 1, f"{stem}: the same triple count in every RDF syntax "
          f"{counts}")
    base = set(sets["ttl"])
    for ext in ("nt", "nq", "rdf"):
        check(set(sets[ext]) == base, f"{stem}.{ext} carries exactly the Turtle triples")
    try:
        ld = json.load(open(path(stem, "jsonld"), encoding="utf-8"))
        ld_triples = jsonld_triples(ld)
        check(len(ld_triples) == counts["ttl"],
              f"{stem}.jsonld: {len(ld_triples)} triples, Turtle has {counts['ttl']}")
        check(set(ld_triples) == base, f"{stem}.jsonld expands to exactly the Turtle triples")
    except (ValueError, KeyError) as e:
        check(False, f"{stem}.jsonld parses: {e}")
    graphs = set()
    r = run(["rapper", "-q", "-i", "nquads", "-o", "nquads", path(stem, "nq")])
    for line in r.stdout.decode().splitlines():
        m = NT_LINE.match(line)
        if m and m.group(4):
            graphs.add(m.group(4))
    n_docs = len({f["doc"] for f in facts})
    check(len(graphs) == n_docs, f"{stem}.nq: {len(graphs)} named graphs, one per article "
          f"({n_docs})")

    # ---- XML -----------------------------------------------------------------------------------
    for ext in ("graphml", "gexf", "rdf", "svg"):
        r = run(["xmllint", "--noout", path(stem, ext)])
        check(r.returncode == 0, f"xmllint --noout {stem}.{ext} {r.stderr.decode()[:200]}")
    try:
        g = nx.read_graphml(path(stem, "graphml"))
        check(g.number_of_nodes() == n_nodes and g.number_of_edges() == n_edges,
              f"networkx reads {stem}.graphml: {g.number_of_nodes()} nodes, "
              f"{g.number_of_edges()} edges (want {n_nodes}, {n_edges})")
        gml_labels = {d.get("label_en") for _, d in g.nodes(data=True)}
    except Exception as e:  # networkx raises many kinds
        check(False, f"networkx reads {stem}.graphml: {e}")
        gml_labels = set()
    try:
        g = nx.read_gexf(path(stem, "gexf"))
        check(g.number_of_nodes() == n_nodes and g.number_of_edges() == n_edges,
              f"networkx reads {stem}.gexf: {g.number_of_nodes()} nodes, "
              f"{g.number_of_edges()} edges (want {n_nodes}, {n_edges})")
        gexf_labels = {d.get("label_en") for _, d in g.nodes(data=True)}
    except Exception as e:
        check(False, f"networkx reads {stem}.gexf: {e}")
        gexf_labels = set()

    # ---- DOT -----------------------------------------------------------------------------------
    r = run(["dot", "-Tsvg", "-o", os.devnull, path(stem, "dot")])
    check(r.returncode == 0 and not r.stderr, f"dot -Tsvg lays out {stem}.dot {r.stderr[:200]}")
    r = run(["dot", "-Tjson0", path(stem, "dot")])
    dot_labels = set()
    try:
        dj = json.loads(r.stdout)
        dot_labels = {o.get("label") for o in dj.get("objects", [])}
        check(len(dj.get("objects", [])) == n_nodes and len(dj.get("edges", [])) == n_edges,
              f"{stem}.dot has {n_nodes} nodes and {n_edges} edges")
    except ValueError as e:
        check(False, f"dot -Tjson0 {stem}.dot: {e}")

    # ---- binary renderings -----------------------------------------------------------------------
    check(open(path(stem, "png"), "rb").read(8) == b"\x89PNG\r\n\x1a\n", f"{stem}.png is a PNG")
    check(open(path(stem, "pdf"), "rb").read(5) == b"%PDF-", f"{stem}.pdf is a PDF")

    if stem != "hostile":
        continue

    # ---- hostile names round-trip ----------------------------------------------------------------
    jsonl_names = {n for e in ents for n in e["names"]}
    rdf_lits = {t[2][1] for t in base if t[2][0] == "lit"}
    node_ids_iri = {t[0][1] for t in base}
    svg_text = "".join(ET.parse(path(stem, "svg")).getroot().itertext())
    rdfxml_lits = set()
    for el in ET.parse(path(stem, "rdf")).getroot().iter():
        if el.text and el.text.strip():
            rdfxml_lits.add(el.text)
    gexf_ns = "{http://www.gexf.net/1.2draft}"
    gexf_attr = {av.get("value") for av in ET.parse(path(stem, "gexf")).getroot().iter(
        gexf_ns + "attvalue")}
    csv_labels = {r["label_en"] for r in nodes}
    for i, name in enumerate(HOSTILE):
        short = repr(name)[:40]
        check(name in jsonl_names, f"hostile {short}: JSONL names")
        check(csv_form(name) in csv_labels, f"hostile {short}: CSV label_en")
        xname = xml_form(name)
        # Every RDF syntax carries the XML-safe form, so they all hold the same triples.
        check(xname in rdf_lits, f"hostile {short}: RDF literal (Turtle via rapper)")
        check(xname in rdfxml_lits, f"hostile {short}: RDF/XML element text")
        check(xname in gml_labels, f"hostile {short}: GraphML label_en via networkx")
        check(xname in gexf_labels and xname in gexf_attr, f"hostile {short}: GEXF attvalue")
        # DOT labels are escStrings: a backslash is written doubled, and & as &amp; since
        # Graphviz decodes entities (dot.c label_text).
        check(xname.replace("\\", "\\\\").replace("&", "&amp;") in dot_labels,
              f"hostile {short}: DOT label")
        if "\n" not in name and "\\" not in name:
            check(xname in svg_text, f"hostile {short}: SVG text, entities shown as written")
    check("https://rawabit.org/id/entity/id%20with%20%22quotes%22%20%26%20%3Ctags%3E"
          in node_ids_iri, "hostile id percent-encoded in its IRI")
    check(any(r["Id"] == 'id with "quotes" & <tags>' for r in nodes), "hostile id in CSV Id")

print(f"1..{N}")
sys.exit(1 if FAILED else 0)
