"""The interactive HTML view of a built graph: which nodes to draw, laid out beforehand.

The view is read from the store with the named queries of ``html_assets/queries/`` and drawn by
:mod:`kg.export.html_page` as one self-contained page. Small selections draw every paper with the
entities it mentions; above ``top`` papers the view becomes entity-level (entities sized by paper
count, linked by co-occurrence, plus the ``top`` best-linked papers) so a 75k-paper build still
gives a page that opens in a second or two instead of one that hangs.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pyoxigraph as ox

from kg import query as q
from kg.errors import QueryError, ViewError
from kg.export.html_layout import layout
from kg.graph import SKOS
from kg.store import atomic_write, is_store
from kg.vocab import KG

QUERIES = Path(__file__).resolve().parent / "html_assets" / "queries"
DEFAULT_TOP = 300  # papers drawn; above this many the view becomes entity-level
MAX_ENTITIES = 1500  # entities drawn in the entity-level view, by paper count
MAX_COOCCURRENCE_EDGES = 2500
COOCCURRENCE_PARTNERS = 4  # strongest co-occurrence edges kept per entity
LABEL_CHARS = 32

KIND_OF = {
    KG + "Technique": "technique",
    KG + "HardwarePlatform": "hardware",
    KG + "Benchmark": "benchmark",
    KG + "Model": "model",
}
RELATIONS = ("mentions", "reports", "on hardware", "on benchmark", "compared to", "broader", "co-occurs with")
WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class Entity:
    """An entity of the vocabulary as the page shows it."""

    iri: str
    kind: str
    label: str
    alt_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    wikidata: str | None = None
    hardware_classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResultRow:
    """A reported result (kg:Result) and the entities it names."""

    iri: str
    paper: str
    metric: str
    text: str
    on: tuple[tuple[str, str], ...]  # (relation, entity IRI)


@dataclass(frozen=True)
class Snapshot:
    """What the page needs of the whole graph, read once with the named queries."""

    papers: frozenset[str]
    mentions: dict[str, tuple[str, ...]]  # paper -> entities it mentions, sorted
    entities: dict[str, Entity]
    results: tuple[ResultRow, ...]

    def papers_of(self) -> dict[str, list[str]]:
        """entity -> papers mentioning it, sorted."""
        out: dict[str, list[str]] = defaultdict(list)
        for p in sorted(self.mentions):
            for e in self.mentions[p]:
                out[e].append(p)
        return out


@dataclass(frozen=True)
class View:
    """What the page draws: nodes, edges and the numbers the title bar shows."""

    mode: str  # "papers" | "entities"
    selection: str  # what was asked: "whole graph", "query ...", "focus ..."
    nodes: tuple[dict[str, object], ...]
    edges: tuple[tuple[int, int, int, int], ...]  # (from, to, relation index, weight)
    hardware_classes: tuple[tuple[str, int], ...]  # (label, hardware nodes drawn in that class)
    counts: dict[str, int] = field(default_factory=dict)


def _rows(store: ox.Store, name: str, **params: str) -> list[tuple[str | None, ...]]:
    """The rows of a named query as plain values (IRI, lexical form, or None when unbound).

    ``params`` bind IRIs (written into the query, ``kg.query.run``) and leave the result's columns, as in ``kg query``.
    """
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    try:
        result = q.run(store, text, {k: f"<{v}>" for k, v in params.items()})
    except QueryError as e:
        raise ViewError(f"{name}.rq: {e}") from None
    return [tuple(None if t is None else t.value for t in row) for row in result.rows]  # type: ignore[union-attr]


def snapshot(store: ox.Store) -> Snapshot:
    """Read papers, links, entities and results from the store."""
    papers = frozenset(str(r[0]) for r in _rows(store, "papers"))
    mentions: dict[str, set[str]] = defaultdict(set)
    for p, e in _rows(store, "links"):
        mentions[str(p)].add(str(e))
    facts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for e, prop, value in _rows(store, "entity_facts"):
        facts[str(e)][str(prop)].append(str(value))
    entities: dict[str, Entity] = {}
    for e, kind, label in _rows(store, "entities"):
        iri, f = str(e), facts.get(str(e), {})
        wd = sorted(x for x in f.get(SKOS + "exactMatch", []) if x.startswith(WIKIDATA))
        entities[iri] = Entity(
            iri,
            KIND_OF[str(kind)],
            str(label),
            tuple(sorted(set(f.get(SKOS + "altLabel", [])))),
            tuple(sorted(set(f.get(SKOS + "broader", [])))),
            wd[0] if wd else None,
            tuple(sorted(set(f.get(KG + "hardwareClass", [])))),
        )
    results: dict[str, ResultRow] = {}
    for paper, r, metric, mlabel, text, hw, bench, comp in _rows(store, "results"):
        iri = str(r)
        on = {(rel, str(t)) for rel, t in (("on hardware", hw), ("on benchmark", bench), ("compared to", comp)) if t in entities}
        prev = results.get(iri)
        label = mlabel or str(metric).rsplit("/", 1)[-1]
        results[iri] = ResultRow(iri, str(paper), label, str(text), tuple(sorted(on | set(prev.on if prev else ()))))
    return Snapshot(
        papers,
        {p: tuple(sorted(es & entities.keys())) for p, es in mentions.items()},
        entities,
        tuple(results[k] for k in sorted(results)),
    )


def _narrower_or_self(snap: Snapshot, iri: str) -> set[str]:
    children: dict[str, set[str]] = defaultdict(set)
    for e in snap.entities.values():
        for b in e.broader:
            children[b].add(e.iri)
    out, stack = set(), [iri]
    while stack:
        x = stack.pop()
        if x not in out:
            out.add(x)
            stack.extend(children[x])
    return out


def _resolve_focus(store: ox.Store, snap: Snapshot, label: str) -> str:
    """The node a ``--focus`` names: an entity label or alias, a paper id, arXiv id or title (case-insensitive)."""
    want = label.strip().casefold()
    hits = sorted(e.iri for e in snap.entities.values() if want in {x.casefold() for x in (e.label, *e.alt_labels)})
    if not hits:  # the first paper (in IRI order) one of whose names it is; one query, not one per paper
        named: dict[str, set[str]] = defaultdict(set)
        for p, pid, title, arxiv in _rows(store, "paper_names"):
            named[str(p)].update(x.casefold() for x in (pid, title, arxiv) if x is not None)
        hits = [p for p in sorted(snap.papers) if want in named.get(p, ())][:1]
    if not hits:
        raise ViewError(f"--focus {label!r}: no entity label or alias, paper id or title is {label!r}")
    if len(hits) > 1:
        names = ", ".join(snap.entities[h].label for h in hits)
        raise ViewError(f"--focus {label!r} names several entities ({names}); use a preferred label")
    return hits[0]


def _query_iris(store: ox.Store, query_text: str) -> set[str]:
    res = q.run(store, query_text)
    if res.boolean is not None:
        raise ViewError("--query: an ASK query selects no nodes; use SELECT or CONSTRUCT")
    terms: Iterable[object] = [t for row in res.rows for t in row] + [x for t in res.triples for x in (t.subject, t.object)]
    return {str(t.value) for t in terms if isinstance(t, ox.NamedNode)}


def select(
    store: ox.Store, snap: Snapshot, *, query_text: str | None = None, focus: str | None = None
) -> tuple[str, list[str], set[str], set[str]]:
    """(selection, papers ranked best first, entities, entities that must be drawn) of what to draw."""
    bonus: dict[str, int] = {}
    pinned: set[str] = set()
    if query_text is not None:
        iris = _query_iris(store, query_text)
        by_result = {r.paper for r in snap.results if r.iri in iris}
        papers = (iris & snap.papers) | by_result
        pinned = iris & snap.entities.keys()
        entities = pinned | {e for p in papers for e in snap.mentions.get(p, ())}
        if not papers and not entities:
            raise ViewError("--query selected no paper, entity or result of the graph (it must return their IRIs)")
        selection = "query"
    elif focus is not None:
        node = _resolve_focus(store, snap, focus)
        if node in snap.entities:
            family = _narrower_or_self(snap, node)
            papers = {p for p, es in snap.mentions.items() if family & set(es)}
            bonus = {p: 1 for p in papers if node in snap.mentions[p]}
            # its direct broader concepts too, named or not, so the edge to them is drawn (usertest21: a discovered
            # laptop card beside the desktop card it extends)
            pinned = {node} | {b for b in snap.entities[node].broader if b in snap.entities}
            entities = pinned | {e for p in papers for e in snap.mentions[p]}
        else:
            mine = set(snap.mentions.get(node, ()))
            shared = Counter({p: len(mine & set(es)) for p, es in snap.mentions.items() if p != node and mine & set(es)})
            papers = {node} | set(shared)
            bonus = {node: 10**6, **shared}
            entities = {e for p in papers for e in snap.mentions.get(p, ())}
        selection = f"focus: {snap.entities[node].label if node in snap.entities else focus}"
    else:
        papers = set(snap.mentions) | {r.paper for r in snap.results}
        entities = {e for p in papers for e in snap.mentions.get(p, ())}
        selection = "whole graph"
    n_results: Counter[str] = Counter(r.paper for r in snap.results)
    ranked = sorted(papers, key=lambda p: (-bonus.get(p, 0), -(len(snap.mentions.get(p, ())) + n_results[p]), p))
    return selection, ranked, entities, pinned


def _segments(text: str, spans: list[tuple[int, int, int]]) -> list[object]:
    """``text`` cut into plain strings and ``[content, node id]`` marks, where content is the span's text or, when
    other spans lie inside it ("LLM" in "LLM judges"), its own segments; a span crossing another's boundary, an empty
    one, one out of range and a second span of the same extent are dropped."""
    ordered = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: (s[0], -s[1], s[2]))
    return _cut(text, ordered, 0, len(text))


def _cut(text: str, spans: list[tuple[int, int, int]], lo: int, hi: int) -> list[object]:
    out: list[object] = []
    pos, i = lo, 0
    while i < len(spans):
        start, end, node = spans[i]
        i += 1
        if start < pos or end > hi:
            continue
        inner = []
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end and (spans[i][0], spans[i][1]) != (start, end):
                inner.append(spans[i])
            i += 1
        if start > pos:
            out.append(text[pos:start])
        out.append([_cut(text, inner, start, end) if inner else text[start:end], node])
        pos = end
    if pos < hi:
        out.append(text[pos:hi])
    return out


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "\u2026"


def build_view(
    store: ox.Store,
    *,
    query_text: str | None = None,
    focus: str | None = None,
    top: int = DEFAULT_TOP,
    max_entities: int = MAX_ENTITIES,
) -> View:
    """The view of a graph: all of it, what a SPARQL query selects, or the neighbourhood of one node."""
    if top < 1:
        raise ViewError(f"--top must be at least 1, not {top}")
    snap = snapshot(store)
    selection, ranked, entities, pinned = select(store, snap, query_text=query_text, focus=focus)
    mode = "papers" if len(ranked) <= top else "entities"
    drawn = ranked[:top]
    in_view: Counter[str] = Counter(e for p in ranked for e in snap.mentions.get(p, ()))
    everywhere = {e: len(ps) for e, ps in snap.papers_of().items()}
    if mode == "entities" and len(entities) > max_entities:
        keep = sorted(entities, key=lambda e: (e not in pinned, -in_view[e], e))[:max_entities]
        entities = set(keep)
    drawn_set = set(drawn)
    results = [r for r in snap.results if r.paper in drawn_set]
    for r in results:
        entities.update(e for _, e in r.on)

    ids: dict[str, int] = {}
    nodes: list[dict[str, object]] = []
    for p in drawn:
        ids[p] = len(nodes)
        nodes.append({"k": "paper", "iri": p})
    for e in sorted(entities):
        ids[e] = len(nodes)
        nodes.append({"k": snap.entities[e].kind, "iri": e})
    for r in results:
        ids[r.iri] = len(nodes)
        nodes.append({"k": "result", "iri": r.iri})

    rel = {name: i for i, name in enumerate(RELATIONS)}
    edges: list[tuple[int, int, int, int]] = []
    for p in drawn:
        edges.extend((ids[p], ids[e], rel["mentions"], 1) for e in snap.mentions.get(p, ()) if e in ids)
    for r in results:
        edges.append((ids[r.paper], ids[r.iri], rel["reports"], 1))
        edges.extend((ids[r.iri], ids[e], rel[name], 1) for name, e in r.on if e in ids)
    for e in sorted(entities):
        edges.extend((ids[e], ids[b], rel["broader"], 1) for b in snap.entities[e].broader if b in ids)
    if mode == "entities":
        edges.extend(_cooccurrence(snap, ranked, ids, in_view, rel["co-occurs with"]))
    edges = sorted(set(edges))

    degree: Counter[int] = Counter()
    for a, b, _r, _w in edges:
        degree[a] += 1
        degree[b] += 1
    hw_classes = sorted(
        {c for e in entities for c in snap.entities[e].hardware_classes}, key=lambda c: snap.entities[c].label.casefold()
    )
    hc_index = {c: i for i, c in enumerate(hw_classes)}
    result_by_iri = {r.iri: r for r in results}
    for node, (x, y) in zip(nodes, _positions(mode, nodes, edges), strict=True):
        node["x"], node["y"] = x, y
    for i, node in enumerate(nodes):
        iri = str(node["iri"])
        node["id"] = i
        if node["k"] == "paper":
            _paper_details(store, node, iri, ids, snap, hc_index)
            node["v"] = degree[i]
        elif node["k"] == "result":
            r = result_by_iri[iri]
            node.update(l=_short(f"{r.text} {r.metric}"), metric=r.metric, text=r.text, v=degree[i])
            node["h"] = sorted({hc_index[c] for _, e in r.on for c in snap.entities[e].hardware_classes if c in hc_index})
        else:
            ent = snap.entities[iri]
            node.update(
                l=ent.label,
                alt=list(ent.alt_labels),
                n=everywhere.get(iri, 0),
                nv=in_view[iri],
                br=[[snap.entities[b].label, ids.get(b)] for b in ent.broader if b in snap.entities],
                hc=[snap.entities[c].label for c in ent.hardware_classes if c in snap.entities],
                h=[hc_index[c] for c in ent.hardware_classes],
            )
            if ent.wikidata:
                node["wd"] = ent.wikidata.replace("http://", "https://", 1)
            node["v"] = in_view[iri] if mode == "entities" else degree[i]
    counts_hc: Counter[int] = Counter(h for n in nodes if n["k"] == "hardware" for h in n["h"])  # type: ignore[attr-defined]
    counts = {
        "papers": len(snap.papers),
        "linked_papers": len(snap.mentions),
        "entities": len(everywhere),
        "links": sum(len(es) for es in snap.mentions.values()),
        "results": len(snap.results),
        "selected_papers": len(ranked),
        "drawn_papers": len(drawn),
        "drawn_entities": len(entities),
        "drawn_results": len(results),
        "edges": len(edges),
    }
    return View(
        mode,
        selection,
        tuple(nodes),
        tuple(edges),
        tuple((snap.entities[c].label, counts_hc[hc_index[c]]) for c in hw_classes),
        counts,
    )


def _paper_details(
    store: ox.Store, node: dict[str, object], iri: str, ids: dict[str, int], snap: Snapshot, hc_index: dict[str, int]
) -> None:
    """Title, ids and abstract of a paper node, its linked spans (mentions and results) marked."""
    rows = _rows(store, "paper", paper=iri)
    if not rows:
        raise ViewError(f"{iri}: a paper without dcterms:identifier or dcterms:abstract")
    pid, title, abstract, arxiv = rows[0]
    spans: dict[str, list[tuple[int, int, int]]] = {"title": [], "abstract": []}
    for name in ("paper_mentions", "paper_results"):
        for target, fld, start, end in _rows(store, name, paper=iri):
            if fld in spans and start is not None and end is not None:
                spans[fld].append((int(start), int(end), ids.get(str(target), -1)))
    node.update(l=_short(title or str(pid)), pid=pid, ab=_segments(str(abstract), spans["abstract"]))
    if title is not None:
        node["t"] = _segments(title, spans["title"])
    if arxiv is not None:
        node["ax"] = arxiv
    # an entity-level view may leave out every platform of a class a drawn paper names: the menu does not offer it
    node["h"] = sorted(
        {hc_index[c] for e in snap.mentions.get(iri, ()) for c in snap.entities[e].hardware_classes if c in hc_index}
    )


def _cooccurrence(
    snap: Snapshot, papers: list[str], ids: dict[str, int], in_view: Counter[str], rel: int
) -> list[tuple[int, int, int, int]]:
    """Entity-entity edges weighted by the papers naming both.

    Each entity keeps its most *associated* partners (papers naming both over the geometric mean of
    the papers naming each), not its most frequent ones: otherwise every entity would link to the
    few that half the corpus names, and the picture would be one hairball around them.
    """
    pairs: Counter[tuple[str, str]] = Counter()
    for p in papers:
        es = [e for e in snap.mentions.get(p, ()) if e in ids]
        pairs.update(combinations(es, 2))
    least = 2 if len(papers) > 1000 else 1  # one shared paper among thousands is noise

    def score(pair: tuple[str, str]) -> float:
        return pairs[pair] / math.sqrt(in_view[pair[0]] * in_view[pair[1]])

    best: dict[str, list[tuple[float, tuple[str, str]]]] = defaultdict(list)
    for pair, n in pairs.items():
        if n >= least:
            for e in pair:
                best[e].append((-score(pair), pair))
    keep: set[tuple[str, str]] = set()
    for e in sorted(best):
        keep.update(pair for _, pair in sorted(best[e])[:COOCCURRENCE_PARTNERS])
    strongest = sorted(keep, key=lambda pr: (-score(pr), pr))[:MAX_COOCCURRENCE_EDGES]
    return [(ids[a], ids[b], rel, pairs[(a, b)]) for a, b in strongest]


def _positions(mode: str, nodes: list[dict[str, object]], edges: list[tuple[int, int, int, int]]) -> list[tuple[float, float]]:
    """Pixel positions. Entity-level: the entities are laid out by their own links and each paper
    or result sits among what it names, so a few hundred hub papers do not pull everything together."""
    if mode == "papers":
        return layout(len(nodes), [(a, b, 1.0 + 0.25 * math.log1p(w)) for a, b, _r, w in edges])
    core = [i for i, n in enumerate(nodes) if n["k"] not in ("paper", "result")]
    local = {i: j for j, i in enumerate(core)}
    links = [(local[a], local[b], 1.0 + 0.25 * math.log1p(w)) for a, b, _r, w in edges if a in local and b in local]
    pos: dict[int, tuple[float, float]] = dict(zip(core, layout(len(core), links, spacing=45.0), strict=True))
    neighbours: dict[int, list[int]] = defaultdict(list)
    for a, b, _r, _w in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    for rank in ("paper", "result"):  # papers first: a result sits by its paper
        for i, n in enumerate(nodes):
            if n["k"] == rank:
                near = [pos[j] for j in neighbours[i] if j in pos] or [(0.0, 0.0)]
                angle = (i * 2.399963) % (2 * math.pi)  # golden angle: spread papers naming the same entities
                pos[i] = (
                    round(sum(p[0] for p in near) / len(near) + 25 * math.cos(angle), 1),
                    round(sum(p[1] for p in near) / len(near) + 25 * math.sin(angle), 1),
                )
    return [pos[i] for i in range(len(nodes))]


def default_output(graph: Path) -> Path:
    """Where ``kg html -g GRAPH`` writes by default: GRAPH/graph.html for a build directory, else beside the store or file."""
    return (graph if graph.is_dir() and not is_store(graph) else graph.parent) / "graph.html"


def write_html(
    store: ox.Store,
    path: Path,
    *,
    query_text: str | None = None,
    focus: str | None = None,
    top: int = DEFAULT_TOP,
    title: str = "papers-kg",
) -> View:
    """Draw the graph in ``store`` (see :func:`build_view`) into one self-contained page at ``path``, atomically."""
    from kg.export import cannot_write
    from kg.export.html_page import render

    view = build_view(store, query_text=query_text, focus=focus, top=top)
    page = render(view, title=title)
    try:
        with atomic_write(path) as f:
            f.write(page)  # type: ignore[attr-defined]
    except OSError as e:
        raise cannot_write(path, e) from None
    return view
