// papers-kg graph page. Every text from the graph reaches the page through textContent or a
// property (never innerHTML), so titles and abstracts stay text whatever characters they hold.
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var NODES = DATA.nodes;
  var KIND = {};
  DATA.kinds.forEach(function (k) { KIND[k.key] = k; });
  var SVG = 'http://www.w3.org/2000/svg';
  var FADED = 'rgba(200,205,210,0.25)';

  function el(tag, props, children) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') e.textContent = props[k];
      else if (k === 'dataset') Object.assign(e.dataset, props[k]);
      else e[k] = props[k];
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function safeHref(url) { return /^https:\/\/[^\s<>"]+$/.test(url) ? url : null; }

  // ---------------------------------------------------------------- swatches (legend, chips)
  function swatch(kind, size) {
    var k = KIND[kind], s = size || 12, h = s / 2, svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', s); svg.setAttribute('height', s); svg.setAttribute('class', 'swatch');
    var shape;
    if (k.shape === 'dot') { shape = document.createElementNS(SVG, 'circle'); shape.setAttribute('cx', h); shape.setAttribute('cy', h); shape.setAttribute('r', h - 1); }
    else {
      var pts = {
        diamond: [[h, 0.5], [s - 0.5, h], [h, s - 0.5], [0.5, h]],
        square: [[1, 1], [s - 1, 1], [s - 1, s - 1], [1, s - 1]],
        triangle: [[h, 0.5], [s - 0.5, s - 1], [0.5, s - 1]],
        hexagon: [0, 1, 2, 3, 4, 5].map(function (i) { var a = Math.PI / 3 * i; return [h + (h - 0.5) * Math.cos(a), h + (h - 0.5) * Math.sin(a)]; }),
        star: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(function (i) { var r = i % 2 ? h * 0.45 : h - 0.3, a = -Math.PI / 2 + Math.PI / 5 * i; return [h + r * Math.cos(a), h + r * Math.sin(a)]; })
      }[k.shape];
      shape = document.createElementNS(SVG, 'polygon');
      shape.setAttribute('points', pts.map(function (p) { return p[0].toFixed(2) + ',' + p[1].toFixed(2); }).join(' '));
    }
    shape.setAttribute('fill', k.color);
    svg.appendChild(shape);
    return svg;
  }

  // ---------------------------------------------------------------- graph structure
  var adj = NODES.map(function () { return []; });
  var edgeList = DATA.edges.map(function (e, i) {
    adj[e[0]].push(e[1]); adj[e[1]].push(e[0]);
    return { id: i, from: e[0], to: e[1], rel: e[2], w: e[3], hidden: false };
  });
  function plainText(segs) {
    return (segs || []).map(function (s) { return typeof s === 'string' ? s : Array.isArray(s[0]) ? plainText(s[0]) : s[0]; }).join('');
  }
  function fullLabel(n) { return n.k === 'paper' ? (n.t ? plainText(n.t) : n.pid) : n.k === 'result' ? n.text + ' ' + n.metric : n.l; }

  // ---------------------------------------------------------------- vis-network data
  var big = NODES.length > 1500;
  function tooltip(n) {
    var what = KIND[n.k].label;
    if (n.k === 'paper') what += n.ax ? ' \u00b7 arXiv:' + n.ax : ' \u00b7 ' + n.pid;
    else if (n.n !== undefined) what += ' \u00b7 ' + fmt(n.n) + (n.n === 1 ? ' paper' : ' papers');
    return el('div', {}, [el('b', { text: fullLabel(n) }), what]);
  }
  function nodeStyle(n, faded) {
    var c = faded ? FADED : KIND[n.k].color;
    return {
      color: { background: c, border: faded ? FADED : (n.k === 'paper' ? '#6b7a89' : c), highlight: { background: c, border: '#1f2933' }, hover: { background: c, border: '#1f2933' } },
      font: { color: faded ? 'rgba(80,90,100,0.12)' : (n.k === 'paper' ? '#52606d' : '#1f2933'), strokeWidth: faded ? 0 : 3 }
    };
  }
  var visNodes = new vis.DataSet(NODES.map(function (n) {
    var s = nodeStyle(n, false);
    var o = {
      id: n.id, label: n.l, x: n.x, y: n.y, value: DATA.mode === 'entities' ? Math.log(1 + Math.max(1, n.v || 0)) : Math.sqrt(Math.max(1, n.v || 0)), shape: KIND[n.k].shape,
      color: s.color, font: { color: s.font.color, size: n.k === 'paper' ? 11 : 15, strokeWidth: 3, strokeColor: '#ffffff' },
      borderWidth: n.k === 'paper' ? 1 : 1.5, title: tooltip(n)
    };
    // papers and results keep small labels, drawn once zoomed in; entity labels grow with the entity
    if (n.k === 'paper' || n.k === 'result') o.scaling = { label: { enabled: false, drawThreshold: 12 } };
    return o;
  }));
  function edgeStyle(e, faded) {
    var r = DATA.relations[e.rel];
    return { color: { color: faded ? FADED : r.color, highlight: '#1f2933', hover: r.color, opacity: faded ? 0.3 : (e.rel === 0 ? 0.55 : 0.85) },
      font: { color: faded ? 'rgba(0,0,0,0)' : '#52606d', strokeColor: faded ? 'rgba(0,0,0,0)' : '#ffffff' } };
  }
  var visEdges = new vis.DataSet(edgeList.map(function (e) {
    var r = DATA.relations[e.rel], s = edgeStyle(e, false);
    return {
      id: e.id, from: e.from, to: e.to, label: r.label, dashes: r.dashes, arrows: r.arrow ? { to: { enabled: true, scaleFactor: 0.5 } } : '',
      value: e.w, title: r.label + (e.w > 1 ? ' (' + fmt(e.w) + ' papers)' : ''), color: s.color,
      font: { size: 9, color: s.font.color, strokeWidth: 2, strokeColor: s.font.strokeColor, align: 'middle' }
    };
  }));
  var network = new vis.Network(document.getElementById('net'), { nodes: visNodes, edges: visEdges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: !big, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
    nodes: { scaling: { min: 7, max: 42, label: { enabled: true, min: 13, max: 40, drawThreshold: 5, maxVisible: 36 } } },
    edges: { smooth: false, width: 1, scaling: { min: 1, max: 6, label: { enabled: false, drawThreshold: 6 } }, selectionWidth: 1.5 }
  });
  network.once('afterDrawing', function () {
    window.kgFirstDraw = performance.now();
    document.body.dataset.ready = '1';
  });

  // ---------------------------------------------------------------- title bar
  var C = DATA.counts;
  document.getElementById('brand').textContent = DATA.title;
  document.title = DATA.title + ' \u2014 ' + fmt(C.papers) + ' papers';
  document.getElementById('counts').textContent = [fmt(C.papers) + ' papers', fmt(C.entities) + ' entities', fmt(C.links) + ' links',
    fmt(C.results) + ' results'].join(' \u00b7 ');
  var note = [];
  if (DATA.selection !== 'whole graph') note.push(el('p', { text: 'Selection: ' + DATA.selection + ' (' + fmt(C.selected_papers) + ' papers).' }));
  if (DATA.mode === 'entities') {
    note.push(el('p', { text: 'Entity-level view: ' + fmt(C.drawn_entities) + ' entities sized by their papers, linked when papers name both; ' +
      'the ' + fmt(C.drawn_papers) + ' best-linked of ' + fmt(C.selected_papers) + ' papers are drawn. Use kg html --focus or --query for a closer view.' }));
  }
  if (C.linked_papers < C.papers && DATA.selection === 'whole graph') {
    note.push(el('p', { text: fmt(C.papers - C.linked_papers) + ' papers name no entity and are not drawn.' }));
  }
  note.forEach(function (p) { document.getElementById('note').appendChild(p); });

  // ---------------------------------------------------------------- filters
  var kindOn = {};
  var kindCount = {};
  NODES.forEach(function (n) { kindCount[n.k] = (kindCount[n.k] || 0) + 1; });
  var legend = document.getElementById('legend');
  DATA.kinds.forEach(function (k) {
    kindOn[k.key] = true;
    var box = el('input', { type: 'checkbox', checked: true, value: k.key, className: 'kind-filter' });
    box.addEventListener('change', function () { kindOn[k.key] = box.checked; applyFilters(); });
    legend.appendChild(el('li', {}, [el('label', {}, [box, swatch(k.key), k.label, el('span', { className: 'n', text: fmt(kindCount[k.key]) })])]));
  });
  var rel = document.getElementById('rellegend');
  var relCount = {};
  edgeList.forEach(function (e) { relCount[e.rel] = (relCount[e.rel] || 0) + 1; });
  DATA.relations.forEach(function (r, i) {
    if (!relCount[i]) return;
    var line = document.createElementNS(SVG, 'svg');
    line.setAttribute('width', 22); line.setAttribute('height', 8); line.setAttribute('class', 'swatch');
    var l = document.createElementNS(SVG, 'line');
    l.setAttribute('x1', 1); l.setAttribute('y1', 4); l.setAttribute('x2', 21); l.setAttribute('y2', 4);
    l.setAttribute('stroke', r.color); l.setAttribute('stroke-width', 2);
    if (r.dashes) l.setAttribute('stroke-dasharray', '4 3');
    line.appendChild(l);
    rel.appendChild(el('li', {}, [line, r.label, el('span', { className: 'n', text: fmt(relCount[i]) })]));
  });
  var hwSelect = document.getElementById('hwclass');
  hwSelect.appendChild(el('option', { value: '-1', text: 'all classes' }));
  DATA.hwClasses.forEach(function (hc, i) {
    hwSelect.appendChild(el('option', { value: String(i), text: hc[0] + ' (' + fmt(hc[1]) + ')' }));
  });
  if (!DATA.hwClasses.length) document.getElementById('hwsection').hidden = true;
  hwSelect.addEventListener('change', applyFilters);

  var hidden = NODES.map(function () { return false; });
  function computeVisible() {
    var hc = Number(hwSelect.value);
    var anchor = NODES.map(function (n) {
      return hc < 0 || ((n.k === 'paper' || n.k === 'hardware' || n.k === 'result') && (n.h || []).indexOf(hc) >= 0);
    });
    return NODES.map(function (n, i) {
      if (!kindOn[n.k]) return false;
      if (anchor[i]) return true;
      if (n.k === 'hardware' || n.k === 'paper' || n.k === 'result') return false;
      return adj[i].some(function (j) { return anchor[j]; });
    });
  }
  function applyFilters() {
    var vis_ = computeVisible(), changed = [], shown = 0;
    NODES.forEach(function (n, i) {
      if (vis_[i]) shown++;
      if (hidden[i] === !vis_[i]) return;
      hidden[i] = !vis_[i];
      changed.push({ id: i, hidden: hidden[i] });
    });
    if (changed.length) visNodes.update(changed);
    var echanged = [];
    edgeList.forEach(function (e) {
      var h = hidden[e.from] || hidden[e.to];
      if (e.hidden !== h) { e.hidden = h; echanged.push({ id: e.id, hidden: h }); }
    });
    if (echanged.length) visEdges.update(echanged);
    if (selected !== null && hidden[selected]) clearSelection();
    document.getElementById('showing').textContent = 'showing ' + fmt(shown) + ' of ' + fmt(NODES.length) + ' nodes';
  }
  function resetFilters() {
    document.querySelectorAll('input.kind-filter').forEach(function (b) { b.checked = true; kindOn[b.value] = true; });
    hwSelect.value = '-1';
    applyFilters();
  }

  // ---------------------------------------------------------------- selection: highlight the neighbourhood
  var selected = null;
  function highlight(id) {
    var near = {};
    near[id] = true;
    adj[id].forEach(function (j) { near[j] = true; });
    visNodes.update(NODES.map(function (n) { var s = nodeStyle(n, !near[n.id]); return { id: n.id, color: s.color, font: s.font }; }));
    visEdges.update(edgeList.map(function (e) {
      var s = edgeStyle(e, e.from !== id && e.to !== id);
      return { id: e.id, color: s.color, font: s.font };
    }));
  }
  function clearSelection() {
    if (selected === null) return;
    selected = null;
    visNodes.update(NODES.map(function (n) { var s = nodeStyle(n, false); return { id: n.id, color: s.color, font: s.font }; }));
    visEdges.update(edgeList.map(function (e) { var s = edgeStyle(e, false); return { id: e.id, color: s.color, font: s.font }; }));
    network.unselectAll();
    showHint();
  }
  function select(id) {
    selected = id;
    network.selectNodes([id]);
    highlight(id);
    showDetails(id);
  }
  function focusNode(id) {
    if (hidden[id]) resetFilters();
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: 'easeInOutQuad' } });
    select(id);
  }
  network.on('click', function (p) {
    if (p.nodes.length) select(p.nodes[0]);
    else if (!p.edges.length) clearSelection();
  });

  // ---------------------------------------------------------------- details panel
  var details = document.getElementById('details');
  function showHint() {
    details.replaceChildren(el('p', { className: 'hint', text: 'Click a node, or search, to see its details.' }));
  }
  function chip(id) {
    var n = NODES[id];
    var b = el('button', { type: 'button', className: 'chip', title: KIND[n.k].label }, [swatch(n.k, 10), n.l]);
    b.addEventListener('click', function () { focusNode(id); });
    return b;
  }
  function segments(segs) {
    var frag = document.createDocumentFragment();
    (segs || []).forEach(function (s) {
      if (typeof s === 'string') { frag.appendChild(document.createTextNode(s)); return; }
      var target = s[1] >= 0 ? NODES[s[1]] : null;
      var nested = Array.isArray(s[0]);  // marks inside this one: "LLM" in "LLM judges"
      var m = el('mark', { text: nested ? '' : s[0], className: 'k-' + (target ? target.k : 'paper') },
        nested ? [segments(s[0])] : []);
      if (target) {
        m.title = KIND[target.k].label + ': ' + fullLabel(target);
        m.dataset.node = String(target.id);
        m.addEventListener('click', function (ev) { ev.stopPropagation(); focusNode(target.id); });
      }
      frag.appendChild(m);
    });
    return frag;
  }
  function neighboursByKind(id, kinds) {
    return adj[id].filter(function (j) { return kinds.indexOf(NODES[j].k) >= 0; })
      .filter(function (j, i, a) { return a.indexOf(j) === i; })
      .sort(function (a, b) { return (NODES[b].v || 0) - (NODES[a].v || 0) || (NODES[a].l < NODES[b].l ? -1 : 1); });
  }
  function link(url, text) {
    var href = safeHref(url);
    return href ? el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', text: text }) : el('span', { text: text });
  }
  function showDetails(id) {
    var n = NODES[id], out = [];
    out.push(el('div', { className: 'badge' }, [swatch(n.k), KIND[n.k].label]));
    if (n.k === 'paper') {
      out.push(el('h1', { className: 'title' }, [n.t ? segments(n.t) : n.pid]));
      var meta = el('p', { className: 'meta' }, [n.ax ? link('https://arxiv.org/abs/' + encodeURI(n.ax), 'arXiv:' + n.ax) : n.pid]);
      out.push(meta);
      out.push(el('h2', { text: 'Abstract' }));
      out.push(el('p', { className: 'abstract' }, [segments(n.ab)]));
      var ents = neighboursByKind(id, ['technique', 'hardware', 'benchmark', 'model']);
      if (ents.length) { out.push(el('h2', { text: 'Names' })); out.push(el('div', { className: 'chips' }, ents.map(chip))); }
      var res = neighboursByKind(id, ['result']);
      if (res.length) { out.push(el('h2', { text: 'Reports' })); out.push(el('div', { className: 'chips' }, res.map(chip))); }
    } else if (n.k === 'result') {
      out.push(el('h1', { className: 'title', text: n.text + ' ' + n.metric }));
      var dl = el('dl');
      dl.appendChild(el('dt', { text: 'metric' })); dl.appendChild(el('dd', { text: n.metric }));
      dl.appendChild(el('dt', { text: 'value' })); dl.appendChild(el('dd', { text: n.text }));
      out.push(dl);
      var papers = neighboursByKind(id, ['paper']), on = neighboursByKind(id, ['hardware', 'benchmark', 'model', 'technique']);
      if (papers.length) { out.push(el('h2', { text: 'Reported by' })); out.push(el('div', { className: 'chips' }, papers.map(chip))); }
      if (on.length) { out.push(el('h2', { text: 'On' })); out.push(el('div', { className: 'chips' }, on.map(chip))); }
    } else {
      out.push(el('h1', { className: 'title', text: n.l }));
      var d = el('dl');
      function row(k, v) { d.appendChild(el('dt', { text: k })); d.appendChild(el('dd', {}, [v])); }
      if (n.alt && n.alt.length) row('also', n.alt.join(', '));
      if (n.br && n.br.length) {
        row('broader', el('span', { className: 'chips' }, n.br.map(function (b) {
          return b[1] === null ? el('button', { type: 'button', className: 'chip', disabled: true, text: b[0] }) : chip(b[1]);
        })));
      }
      if (n.hc && n.hc.length) row('class', n.hc.join(', '));
      row('papers', fmt(n.n) + ' in the graph' + (n.nv !== n.n ? ', ' + fmt(n.nv) + ' in this selection' : ''));
      if (n.wd) row('Wikidata', link(n.wd, n.wd.replace(/^https:\/\/www\.wikidata\.org\/entity\//, '')));
      row('IRI', n.iri);
      out.push(d);
      var ps = neighboursByKind(id, ['paper']);
      if (ps.length) {
        out.push(el('h2', { text: 'Papers drawn (' + fmt(ps.length) + ')' }));
        out.push(el('ol', { className: 'papers' }, ps.slice(0, 100).map(function (j) {
          var li = el('li', { text: fullLabel(NODES[j]) });
          li.addEventListener('click', function () { focusNode(j); });
          return li;
        })));
      }
      var rel = neighboursByKind(id, ['technique', 'hardware', 'benchmark', 'model']);
      if (rel.length) { out.push(el('h2', { text: 'Linked entities' })); out.push(el('div', { className: 'chips' }, rel.slice(0, 60).map(chip))); }
    }
    details.replaceChildren.apply(details, out);
    details.scrollTop = 0;
  }

  // ---------------------------------------------------------------- search
  var index = NODES.map(function (n) {
    var names = [n.l, fullLabel(n)];
    if (n.alt) names = names.concat(n.alt);
    if (n.pid) names.push(n.pid);
    if (n.ax) names.push(n.ax, 'arXiv:' + n.ax);
    return names.map(function (s) { return String(s).toLowerCase(); });
  });
  var KIND_ORDER = { technique: 0, hardware: 0, benchmark: 0, model: 0, result: 1, paper: 2 };
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    index.forEach(function (names, i) {
      var best = 9;
      names.forEach(function (s) {
        var at = s.indexOf(q);
        if (at < 0) return;
        var score = s === q ? 0 : at === 0 ? 1 : /[\s\-_/(.:]/.test(s.charAt(at - 1)) ? 2 : 3;
        if (score < best) best = score;
      });
      if (best < 9) hits.push([best, KIND_ORDER[NODES[i].k], -(NODES[i].v || 0), NODES[i].l, i]);
    });
    hits.sort(function (a, b) { for (var k = 0; k < 4; k++) { if (a[k] < b[k]) return -1; if (a[k] > b[k]) return 1; } return a[4] - b[4]; });
    return hits.slice(0, 12).map(function (h) { return h[4]; });
  }
  var input = document.getElementById('search'), hitList = document.getElementById('hits'), current = [], active = 0;
  function renderHits() {
    hitList.replaceChildren.apply(hitList, current.map(function (id, i) {
      var n = NODES[id];
      var li = el('li', { role: 'option', className: i === active ? 'active' : '' }, [swatch(n.k), el('span', { className: 'label', text: fullLabel(n) }),
        el('span', { className: 'kind', text: KIND[n.k].label })]);
      li.dataset.node = String(id);
      li.addEventListener('mousedown', function (ev) { ev.preventDefault(); pick(id); });
      return li;
    }));
    hitList.hidden = current.length === 0;
  }
  function pick(id) {
    hitList.hidden = true;
    input.value = fullLabel(NODES[id]);
    input.blur();
    focusNode(id);
  }
  input.addEventListener('input', function () { current = search(input.value); active = 0; renderHits(); });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!current.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : current.length - 1)) % current.length;
      renderHits(); ev.preventDefault();
    } else if (ev.key === 'Enter') {
      current = search(input.value);
      if (current.length) pick(current[Math.min(active, current.length - 1)]);
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      hitList.hidden = true; input.blur();
    }
  });
  input.addEventListener('blur', function () { hitList.hidden = true; });
  input.addEventListener('focus', function () { if (current.length) hitList.hidden = false; });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === '/' && document.activeElement !== input) { input.focus(); ev.preventDefault(); }
  });

  applyFilters();
  window.kg = { network: network, nodes: visNodes, edges: visEdges, data: DATA, search: search, focusNode: focusNode, select: select,
    clearSelection: clearSelection, applyFilters: applyFilters, hidden: hidden };
})();
