"""The graph as a property graph (nodes and edges with attributes), for GraphML and CSV node/edge lists.

Nodes: every paper, every entity a paper names, and the broader concepts above those (so the
hierarchy stays connected). Edges: ``mentions`` (paper -> entity; ``weight`` = the number of spans
naming it, ``confidence`` = the highest of theirs) and ``broader`` (entity -> its direct parent).
Node and edge ids are the RDF IRIs, so rows join back to the RDF graph.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg import query as q

NODE_FIELDS = ("label", "kind", "identifier", "arxiv", "url", "year", "hardware_class", "wikidata")
EDGE_FIELDS = ("label", "weight", "confidence")

_PAPERS = """
SELECT ?id ?identifier ?title ?arxiv ?issued (MIN(STR(?u)) AS ?url) WHERE {
  ?id a kg:Paper ; dcterms:identifier ?identifier .
  OPTIONAL { ?id dcterms:title ?title }
  OPTIONAL { ?id kg:arxivId ?arxiv }
  OPTIONAL { ?id dcterms:issued ?issued }
  OPTIONAL { ?id schema:url ?u }
} GROUP BY ?id ?identifier ?title ?arxiv ?issued"""

_MENTIONS = """
SELECT ?paper ?entity (COUNT(?m) AS ?spans) (MAX(?c) AS ?confidence) WHERE {
  ?paper kg:mentions ?entity .
  OPTIONAL { ?paper kg:hasMention ?m . ?m kg:mentionOf ?entity ; kg:confidence ?c }
} GROUP BY ?paper ?entity"""

_NAMED_AND_ABOVE = """{ SELECT DISTINCT ?id WHERE {
    { ?p kg:mentions ?id } UNION { ?p kg:mentions ?e . ?e skos:broaderTransitive ?id } } }"""

_ENTITIES = f"""
SELECT ?id ?label ?kind WHERE {{
  {_NAMED_AND_ABOVE}
  ?id skos:prefLabel ?label .
  OPTIONAL {{ ?id a ?kind . FILTER(?kind IN (kg:Technique, kg:HardwarePlatform, kg:Benchmark, kg:Model, kg:Metric)) }}
}}"""

_ENTITY_LISTS = f"""
SELECT ?id ?p ?o WHERE {{
  {_NAMED_AND_ABOVE}
  VALUES ?p {{ kg:hardwareClass skos:exactMatch skos:broader }}
  ?id ?p ?o .
}}"""

KG = "https://w3id.org/papers-kg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True)
class Node:
    id: str
    attrs: tuple[tuple[str, str], ...]  # (field, value) for the NODE_FIELDS that have a value


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str  # "mentions" | "broader"
    weight: int = 1
    confidence: float | None = None


@dataclass(frozen=True)
class PropertyGraph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _v(t: object | None) -> str:
    return t.value if isinstance(t, (ox.NamedNode, ox.Literal)) else ""


def property_graph(store: ox.Store) -> PropertyGraph:
    """Papers, named entities and their ancestors, with mentions and broader edges; sorted by id."""
    nodes: dict[str, dict[str, str]] = {}
    for pid, ident, title, arxiv, issued, url in q.run(store, _PAPERS).rows:
        nodes[_v(pid)] = {
            "label": _v(title) or _v(ident),
            "kind": "Paper",
            "identifier": _v(ident),
            "arxiv": _v(arxiv),
            "url": _v(url),
            "year": _v(issued)[:4],
        }
    for eid, label, kind in q.run(store, _ENTITIES).rows:
        attrs = nodes.setdefault(_v(eid), {"label": _v(label), "kind": ""})
        kind_name = _v(kind).removeprefix(KG)
        if kind_name and (not attrs["kind"] or kind_name < attrs["kind"]):
            attrs["kind"] = kind_name
    lists: dict[tuple[str, str], set[str]] = {}
    edges: list[Edge] = []
    for e, p, o in q.run(store, _ENTITY_LISTS).rows:
        if _v(p) == SKOS + "broader":
            if _v(o) in nodes:
                edges.append(Edge(_v(e), _v(o), "broader"))
        else:
            lists.setdefault((_v(e), _v(p)), set()).add(_v(o))
    labels = {i: a["label"] for i, a in nodes.items()}
    for (entity_iri, prop), values in lists.items():
        if prop == KG + "hardwareClass":
            nodes[entity_iri]["hardware_class"] = "|".join(sorted(labels.get(v, v) for v in values))
        else:
            nodes[entity_iri]["wikidata"] = "|".join(sorted(values))
    for paper, entity, spans, conf in q.run(store, _MENTIONS).rows:
        edges.append(Edge(_v(paper), _v(entity), "mentions", int(_v(spans)), float(_v(conf)) if conf is not None else None))
    return PropertyGraph(
        nodes=tuple(Node(i, tuple((f, a[f]) for f in NODE_FIELDS if a.get(f))) for i, a in sorted(nodes.items())),
        edges=tuple(sorted(edges, key=lambda e: (e.source, e.target, e.label))),
    )
