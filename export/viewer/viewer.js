/*
 * viewer.js - the rawabit graph viewer: search, filters, focus and the "why" of every line.
 *
 * Reads the graph that `rawabit export -f html` put in the JSON element #rw-graph (docs/exports.md:
 * docs, nodes with their names, folded search keys and Graphviz positions, facts, merged edges)
 * and draws it with Cytoscape.js. Filters decide, for each merged edge, which of its facts are
 * kept; an edge shows while one is, and is styled by the strongest kept modality, as in the
 * diagrams. All text from the data goes in with textContent (never as markup) inside elements
 * with dir="auto", so Arabic runs right to left and cannot reorder what surrounds it.
 */
(function () {
  'use strict';

  const timings = { start: performance.now() }; /* load phases, for bench/bench_viewer.py */
  const data = JSON.parse(document.getElementById('rw-graph').textContent);
  timings.parsed = performance.now();
  const $ = (id) => document.getElementById(id);

  /* ---- search folding: the JS twin of the engine's (extract/text.c) ------------------------
   * The C export stores each name folded by the engine itself (node.keys); this folds what the
   * user types the same way: NFKC; harakat, superscript alef, tatweel, bidi and zero-width marks
   * dropped; أ إ آ ٱ ٲ ٳ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي, ی -> ي, ک -> ك; Latin lower-cased
   * without accents; Arabic-Indic digits -> ASCII. The browser test checks that this gives every
   * name of the samples exactly the key the engine gave it. On top of that, search drops a
   * leading ال from each word on both sides, so الجولاني finds جولاني and the reverse. */
  const ARABIC_MAP = {
    '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627',
    '\u0672': '\u0627', '\u0673': '\u0627', '\u0649': '\u064A', '\u0629': '\u0647',
    '\u0624': '\u0648', '\u0626': '\u064A', '\u06CC': '\u064A', '\u06A9': '\u0643',
  };
  const REMOVED = /[\u064B-\u065F\u0670\u0640\u061C\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
  function fold(s) {
    s = s.normalize('NFKC').replace(REMOVED, '');
    s = s.replace(/[\u0622\u0623\u0625\u0671-\u0673\u0649\u0629\u0624\u0626\u06CC\u06A9]/g,
      (c) => ARABIC_MAP[c]);
    s = s.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
    s = s.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06F0));
    return s.toLowerCase();
  }
  function dropArticle(key) {
    return key.split(' ').map((w) => (w.length > 3 && w.startsWith('\u0627\u0644') ? w.slice(2) : w))
      .join(' ');
  }

  /* ---- the data, indexed ------------------------------------------------------------------ */
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const factById = new Map(data.facts.map((f) => [f.id, f]));
  const docById = new Map(data.docs.map((d) => [d.id, d]));
  const SYMMETRIC = new Set(['met', 'phoned']);
  for (const n of data.nodes) {
    n.searchKeys = [];
    for (const k of n.keys || []) n.searchKeys.push(k, dropArticle(k));
    n.factIds = [];
  }
  for (const f of data.facts) {
    for (const id of [f.s, f.o, f.p]) if (id && nodeById.has(id)) nodeById.get(id).factIds.push(f.id);
  }
  /* Dates as month numbers for the slider; a year alone counts as its whole span. */
  function monthRange(iso) {
    if (!iso) return null;
    const [y, m] = iso.split('-').map(Number);
    return m ? [y * 12 + m - 1, y * 12 + m - 1] : [y * 12, y * 12 + 11];
  }
  for (const f of data.facts) f.months = monthRange(f.date);

  /* ---- styles: as the diagrams (export/dot.c) -------------------------------------------- */
  const KINDS = {
    person: { shape: 'ellipse', colour: '#dbe9f6', border: 'solid', name: 'person' },
    org: { shape: 'round-rectangle', colour: '#f6e7d0', border: 'solid', name: 'organisation' },
    place: { shape: 'pentagon', colour: '#dff0d8', border: 'solid', name: 'place' },
    group: { shape: 'ellipse', colour: '#eeeeee', border: 'dashed', name: 'group' },
  };
  const REL_COLOURS = {
    met: '#1f5fa8', phoned: '#7b3fa0', visited: '#2e7d32', attended: '#00838f',
    leads: '#8d6e63', member_of: '#9e9e9e', holds_role: '#bdbdbd', alias_of: '#bdbdbd',
  };
  const MODS = ['asserted', 'planned', 'negated'];
  const LINE = { asserted: 'solid', planned: 'dashed', negated: 'dotted' };
  const big = data.edges.length > 3000 || data.nodes.length > 1500;

  /* ---- labels ---------------------------------------------------------------------------- */
  let labelMode = data.meta.labels || 'both';
  function label(n, mode) {
    const ar = n.ar || null, en = n.en || null;
    if (mode === 'ar') return ar || en || n.id;
    if (mode === 'en') return en || ar || n.id;
    return ar && en && ar !== en ? ar + '\n' + en : ar || en || n.id;
  }

  /* ---- the graph ------------------------------------------------------------------------- */
  const elements = [];
  const hasPositions = data.nodes.length > 0 && data.nodes.every((n) => typeof n.x === 'number');
  for (const n of data.nodes) {
    const el = { group: 'nodes', data: { id: n.id, label: label(n, labelMode), kind: n.kind } };
    if (hasPositions) el.position = { x: n.x, y: n.y };
    elements.push(el);
  }
  data.edges.forEach((e, i) => {
    e.id = 'e' + i;
    elements.push({ group: 'edges', data: { id: e.id, source: e.a, target: e.b, rel: e.rel,
      width: 1 + 1.5 * Math.log2(e.facts.length), colour: REL_COLOURS[e.rel] || '#555' },
      classes: SYMMETRIC.has(e.rel) ? [] : ['directed'] });
  });
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  /* What each element looks like now (apply() touches only those that change). */
  for (const e of data.edges) e.look = 'asserted';
  for (const n of data.nodes) n.shown = true;

  const style = [
    { selector: 'node', style: {
      label: 'data(label)', 'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-margin-y': 6, 'line-height': 1.25,
      'font-size': 11, 'font-family': '"Noto Sans Arabic", "Noto Sans", sans-serif',
      'min-zoomed-font-size': big ? 9 : 0, 'border-width': 1, 'border-color': '#667',
      width: 18, height: 18 } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
      'curve-style': big ? 'haystack' : 'bezier', opacity: big ? 1 : 0.75 } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': big ? 'none' : 'triangle' } },
    { selector: 'edge.planned', style: { 'line-style': 'dashed' } },
    { selector: 'edge.negated', style: { 'line-style': 'dotted' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: ':selected', style: { 'overlay-color': '#f5a623', 'overlay-opacity': 0.35,
      'overlay-padding': 4 } },
    { selector: 'node.found', style: { 'border-width': 4, 'border-color': '#f5a623' } },
  ];
  for (const [kind, k] of Object.entries(KINDS))
    style.push({ selector: `node[kind = "${kind}"]`, style: {
      shape: k.shape, 'background-color': k.colour, 'border-style': k.border } });

  const cy = cytoscape({
    container: $('cy'), elements, style,
    layout: hasPositions ? { name: 'preset' } : { name: 'cose', animate: false },
    wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 8,
    hideEdgesOnViewport: big, textureOnViewport: big, pixelRatio: big ? 1 : 'auto',
    motionBlur: false,
  });
  timings.drawn = performance.now();

  /* ---- filters --------------------------------------------------------------------------- */
  const state = { rels: new Set(), mods: new Set(MODS), kinds: new Set(), minConf: 0,
    lo: null, hi: null, undated: true, focus: null, depth: 2 };

  function checkbox(container, value, text, checked, onChange, extra) {
    const lab = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = value;
    box.checked = checked;
    box.addEventListener('change', () => onChange(box.checked));
    lab.appendChild(box);
    if (extra) lab.appendChild(extra);
    lab.appendChild(document.createTextNode(text));
    container.appendChild(lab);
    return box;
  }
  const rels = [...new Set(data.edges.map((e) => e.rel))].sort();
  for (const r of rels) {
    state.rels.add(r);
    checkbox($('f-rel'), r, r.replace('_', ' '), true, (on) => {
      on ? state.rels.add(r) : state.rels.delete(r);
      apply();
    });
  }
  for (const m of MODS)
    checkbox($('f-mod'), m, m, true, (on) => {
      on ? state.mods.add(m) : state.mods.delete(m);
      apply();
    });
  const kinds = [...new Set(data.nodes.map((n) => n.kind))].sort();
  for (const k of kinds) {
    state.kinds.add(k);
    checkbox($('f-kind'), k, (KINDS[k] || { name: k }).name, true, (on) => {
      on ? state.kinds.add(k) : state.kinds.delete(k);
      apply();
    });
  }
  const months = data.facts.filter((f) => f.months).flatMap((f) => f.months);
  const minMonth = months.length ? Math.min(...months) : 0;
  const maxMonth = months.length ? Math.max(...months) : 0;
  const monthText = (m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  for (const id of ['date-lo', 'date-hi']) {
    const r = $(id);
    r.min = minMonth;
    r.max = maxMonth;
    r.step = 1;
    r.value = id === 'date-lo' ? minMonth : maxMonth;
    r.disabled = !months.length;
    r.addEventListener('input', () => {
      let lo = Number($('date-lo').value), hi = Number($('date-hi').value);
      if (lo > hi) [lo, hi] = [hi, lo];
      state.lo = lo === minMonth ? null : lo;
      state.hi = hi === maxMonth ? null : hi;
      showDates(lo, hi);
      apply();
    });
  }
  function showDates(lo, hi) {
    $('date-lo-text').textContent = months.length ? monthText(lo) : '—';
    $('date-hi-text').textContent = months.length ? monthText(hi) : '—';
  }
  showDates(minMonth, maxMonth);
  $('undated').addEventListener('change', (ev) => {
    state.undated = ev.target.checked;
    apply();
  });
  $('min-conf').addEventListener('input', (ev) => {
    state.minConf = Number(ev.target.value);
    $('min-conf-text').textContent = ev.target.value;
    apply();
  });
  $('depth').addEventListener('change', (ev) => {
    state.depth = Number(ev.target.value);
    apply();
  });
  $('unfocus').addEventListener('click', () => focus(null));
  $('relayout').addEventListener('click', () => {
    const shown = cy.elements().not('.hidden');
    shown.layout({ name: 'cose', animate: false, fit: true, nodeDimensionsIncludeLabels: true })
      .run();
  });
  $('labels').value = labelMode;
  $('labels').addEventListener('change', (ev) => {
    labelMode = ev.target.value;
    cy.batch(() => cy.nodes().forEach((el) => el.data('label', label(nodeById.get(el.id()), labelMode))));
  });

  function factKept(f) {
    if (!state.mods.has(f.mod) || f.conf < state.minConf) return false;
    if (!f.months) return state.undated;
    if (state.lo !== null && f.months[1] < state.lo) return false;
    if (state.hi !== null && f.months[0] > state.hi) return false;
    return true;
  }
  /* The kept facts of an edge, or null when the edge is filtered out. */
  function keptFacts(e) {
    if (!state.rels.has(e.rel)) return null;
    const kept = e.facts.map((id) => factById.get(id)).filter((f) => f && factKept(f));
    return kept.length ? kept : null;
  }

  function apply() {
    const shownEdges = new Map();
    for (const e of data.edges) {
      const kept = keptFacts(e);
      const a = nodeById.get(e.a), b = nodeById.get(e.b);
      if (kept && a && b && state.kinds.has(a.kind) && state.kinds.has(b.kind)) shownEdges.set(e.id, kept);
    }
    let within = null;
    if (state.focus) { /* breadth-first over the shown edges */
      const adj = new Map();
      for (const id of shownEdges.keys()) {
        const e = edgeById.get(id);
        if (!adj.has(e.a)) adj.set(e.a, []);
        if (!adj.has(e.b)) adj.set(e.b, []);
        adj.get(e.a).push(e.b);
        adj.get(e.b).push(e.a);
      }
      within = new Set([state.focus]);
      let frontier = [state.focus];
      for (let d = 0; d < state.depth; d++) {
        const next = [];
        for (const id of frontier)
          for (const m of adj.get(id) || []) if (!within.has(m)) { within.add(m); next.push(m); }
        frontier = next;
      }
    }
    const degree = new Map();
    let nEdges = 0, nNodes = 0;
    /* Only elements whose look changes are touched: restyling all of a large graph is what
     * makes a filter slow. */
    cy.batch(() => {
      for (const e of data.edges) {
        const kept = shownEdges.get(e.id);
        const show = !!kept && (!within || (within.has(e.a) && within.has(e.b)));
        let look = 'hidden';
        if (show) {
          nEdges++;
          degree.set(e.a, (degree.get(e.a) || 0) + 1);
          degree.set(e.b, (degree.get(e.b) || 0) + 1);
          look = MODS.find((m) => kept.some((f) => f.mod === m));
        }
        if (look === e.look) continue;
        const el = cy.getElementById(e.id);
        el.toggleClass('hidden', !show);
        el.toggleClass('planned', look === 'planned');
        el.toggleClass('negated', look === 'negated');
        e.look = look;
      }
      const noEdges = data.edges.length === 0;
      for (const n of data.nodes) {
        const show = state.kinds.has(n.kind) && (degree.has(n.id) || noEdges || n.id === state.focus) &&
          (!within || within.has(n.id));
        if (show) nNodes++;
        if (show === n.shown) continue;
        cy.getElementById(n.id).toggleClass('hidden', !show);
        n.shown = show;
      }
    });
    $('counts').textContent = `${nNodes} of ${data.nodes.length} nodes · ${nEdges} of ${data.edges.length} edges`;
  }

  function focus(id) {
    state.focus = id;
    $('focus-name').textContent = id ? label(nodeById.get(id), labelMode).replace('\n', ' · ') :
      'none: the whole graph';
    apply();
    const shown = cy.elements().not('.hidden');
    if (shown.length) cy.animate({ fit: { eles: shown, padding: 40 }, duration: big ? 0 : 250 });
  }

  /* ---- details: why a node, why an edge -------------------------------------------------- */
  const details = $('details');
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }
  const bidi = (text) => el('bdi', text, { dir: 'auto' });
  function nodeName(id) {
    const n = nodeById.get(id);
    return n ? label(n, labelMode).replace('\n', ' · ') : id;
  }
  /* The article a fact came from, linked when its URL is a web address. */
  function source(f) {
    const d = docById.get(f.doc);
    const p = el('div', null, { class: 'meta' });
    const title = d && d.title ? d.title : f.doc || '';
    if (d && d.url && /^https?:\/\//i.test(d.url)) {
      const a = el('a', null, { href: d.url, target: '_blank', rel: 'noopener noreferrer' });
      a.appendChild(bidi(title));
      p.appendChild(a);
    } else {
      p.appendChild(bidi(title));
    }
    if (d && d.date) p.appendChild(document.createTextNode(` · ${d.date}`));
    return p;
  }
  function evidence(f) {
    const box = el('div', null, { class: 'evidence' });
    box.appendChild(el('div', f.ev || '', { dir: 'auto', lang: 'ar', class: 'sentence' }));
    box.appendChild(source(f));
    return box;
  }
  function factLine(f, selfId) {
    const li = el('li');
    const other = [f.s, f.o].filter((x) => x && x !== selfId);
    li.appendChild(el('strong', f.rel + (f.mod !== 'asserted' ? ` (${f.mod})` : '')));
    if (other.length) { li.appendChild(document.createTextNode(' ')); li.appendChild(bidi(nodeName(other[0]))); }
    if (f.role) { li.appendChild(document.createTextNode(' ')); li.appendChild(bidi(f.role)); }
    if (f.p && f.p !== selfId) { li.appendChild(document.createTextNode(' @ ')); li.appendChild(bidi(nodeName(f.p))); }
    li.appendChild(document.createTextNode(` · ${f.date || f.dt || 'undated'} · ${f.conf.toFixed(2)}`));
    li.appendChild(evidence(f));
    return li;
  }
  function showNode(id) {
    const n = nodeById.get(id);
    details.replaceChildren();
    details.appendChild(el('h2', n.ar || n.en, { dir: 'auto', lang: n.ar ? 'ar' : 'en' }));
    if (n.ar && n.en) details.appendChild(el('div', n.en, { dir: 'auto', class: 'en-name' }));
    details.appendChild(el('div', `${(KINDS[n.kind] || { name: n.kind }).name}` +
      (n.country ? ` · ${n.country}` : '') + ` · ${n.id}`, { class: 'meta' }));
    const focusBtn = el('button', 'Focus on its neighbourhood', { type: 'button' });
    focusBtn.addEventListener('click', () => focus(id));
    details.appendChild(focusBtn);
    details.appendChild(el('h3', 'Names'));
    const names = el('ul', null, { class: 'names' });
    for (const name of n.names || []) names.appendChild(el('li', name, { dir: 'auto' }));
    details.appendChild(names);
    const facts = n.factIds.map((fid) => factById.get(fid));
    const roles = facts.filter((f) => f.rel === 'holds_role' && f.s === id);
    if (roles.length) {
      details.appendChild(el('h3', 'Roles'));
      const ul = el('ul');
      const seen = new Map(); /* one line per role wording, with its dates */
      for (const f of roles) {
        const key = f.role || '';
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key).add(f.date || f.dt || 'undated');
      }
      for (const [role, dates] of seen) {
        const li = el('li');
        li.appendChild(bidi(role));
        li.appendChild(document.createTextNode(' · ' + [...dates].sort().join(', ')));
        ul.appendChild(li);
      }
      details.appendChild(ul);
    }
    if (n.merges && n.merges.length) {
      details.appendChild(el('h3', 'Merges'));
      const ul = el('ul');
      for (const m of n.merges) {
        const li = el('li');
        li.appendChild(bidi(m.name || ''));
        li.appendChild(document.createTextNode(' — ' + (m.reason || '')));
        if (m.doc) {
          const d = docById.get(m.doc);
          li.appendChild(document.createTextNode(' · '));
          li.appendChild(bidi(d && d.title ? d.title : m.doc));
        }
        ul.appendChild(li);
      }
      details.appendChild(ul);
    }
    const others = facts.filter((f) => f.rel !== 'holds_role' && factKept(f));
    details.appendChild(el('h3', `Facts (${others.length})`));
    const ul = el('ul', null, { class: 'facts' });
    for (const f of others.slice(0, 200)) ul.appendChild(factLine(f, id));
    details.appendChild(ul);
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    const kept = keptFacts(e) || [];
    details.replaceChildren();
    const h = el('h2');
    h.appendChild(bidi(nodeName(e.a)));
    h.appendChild(document.createTextNode(SYMMETRIC.has(e.rel) ? ` — ${e.rel} — ` : ` — ${e.rel} → `));
    h.appendChild(bidi(nodeName(e.b)));
    details.appendChild(h);
    /* One entry per occasion: facts of the same date and place are reports of one meeting. */
    const occasions = new Map();
    for (const f of kept) {
      const key = `${f.date || f.dt || ''}|${f.p || ''}`;
      if (!occasions.has(key)) occasions.set(key, []);
      occasions.get(key).push(f);
    }
    const n = occasions.size;
    details.appendChild(el('div', `${n} ${n === 1 ? 'occasion' : 'occasions'} · ${kept.length} ${kept.length === 1 ? 'report' : 'reports'}`, { class: 'meta' }));
    const sorted = [...occasions.values()].sort((x, y) => (x[0].date || '~').localeCompare(y[0].date || '~'));
    for (const facts of sorted) {
      const f0 = facts[0];
      const head = el('h3');
      head.appendChild(document.createTextNode(f0.date || (f0.dt ? '' : 'undated')));
      if (!f0.date && f0.dt) head.appendChild(bidi(f0.dt));
      if (f0.p) { head.appendChild(document.createTextNode(' · ')); head.appendChild(bidi(nodeName(f0.p))); }
      const mods = [...new Set(facts.map((f) => f.mod))].filter((m) => m !== 'asserted');
      if (mods.length) head.appendChild(document.createTextNode(` (${mods.join(', ')})`));
      details.appendChild(head);
      for (const f of facts) details.appendChild(evidence(f));
    }
  }
  cy.on('tap', 'node', (ev) => showNode(ev.target.id()));
  cy.on('tap', 'edge', (ev) => showEdge(ev.target.id()));

  /* ---- search ---------------------------------------------------------------------------- */
  function search(text) {
    const q = fold(text.trim());
    if (!q) return [];
    const qa = dropArticle(q);
    const scored = [];
    for (const n of data.nodes) {
      let best = 0;
      for (const k of n.searchKeys) {
        if (k === q || k === qa) best = Math.max(best, 3);
        else if (k.startsWith(q) || k.startsWith(qa)) best = Math.max(best, 2);
        else if (k.includes(q) || k.includes(qa)) best = Math.max(best, 1);
      }
      if (best) scored.push([best, n.factIds.length, n]);
    }
    scored.sort((x, y) => y[0] - x[0] || y[1] - x[1]);
    return scored.slice(0, 20).map((s) => s[2]);
  }
  const results = $('results');
  function choose(n) {
    results.replaceChildren();
    cy.nodes('.found').removeClass('found');
    cy.getElementById(n.id).addClass('found');
    $('search').value = (labelMode === 'en' ? n.en : n.ar) || n.en || n.ar;
    showNode(n.id);
    focus(n.id);
  }
  $('search').addEventListener('input', (ev) => {
    results.replaceChildren();
    for (const n of search(ev.target.value)) {
      const li = el('li', null, { 'data-id': n.id });
      li.appendChild(bidi(n.ar || n.en));
      if (n.ar && n.en) { li.appendChild(document.createTextNode(' · ')); li.appendChild(bidi(n.en)); }
      const typed = fold(ev.target.value.trim());
      const alias = (n.names || []).find((nm) => fold(nm).includes(typed) && nm !== n.ar && nm !== n.en);
      if (alias) {
        const sub = el('div', 'also: ', { class: 'sub', dir: 'ltr' });
        sub.appendChild(bidi(alias));
        li.appendChild(sub);
      }
      li.addEventListener('click', () => choose(n));
      results.appendChild(li);
    }
  });
  $('search').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      const first = search(ev.target.value)[0];
      if (first) choose(first);
    } else if (ev.key === 'Escape') {
      results.replaceChildren();
    }
  });

  /* ---- legend ---------------------------------------------------------------------------- */
  const legend = $('legend');
  for (const k of kinds) {
    const row = el('div');
    row.appendChild(el('span', null, { class: 'swatch', style: `background:${(KINDS[k] || {}).colour || '#fff'};border-style:${(KINDS[k] || {}).border || 'solid'};border-radius:${(KINDS[k] || {}).shape === 'ellipse' ? '50%' : '2px'}` }));
    row.appendChild(document.createTextNode((KINDS[k] || { name: k }).name));
    legend.appendChild(row);
  }
  for (const r of rels) {
    const row = el('div');
    row.appendChild(el('span', null, { class: 'line', style: `border-top-color:${REL_COLOURS[r] || '#555'}` }));
    row.appendChild(document.createTextNode(r.replace('_', ' ') + (SYMMETRIC.has(r) ? '' : ' →')));
    legend.appendChild(row);
  }
  for (const m of MODS) {
    const row = el('div');
    row.appendChild(el('span', null, { class: 'line', style: `border-top-style:${LINE[m]}` }));
    row.appendChild(document.createTextNode(m));
    legend.appendChild(row);
  }
  legend.appendChild(el('div', 'line width: number of reports', { class: 'meta' }));

  apply();
  cy.fit(undefined, 30);
  timings.ready = performance.now();
  /* For scripts and tests: the graph, the folding and the panels. */
  window.rawabit = { cy, data, fold, search, showNode, showEdge, focus, timings, ready: true };
})();
