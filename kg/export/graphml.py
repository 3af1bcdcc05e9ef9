"""GraphML for Gephi, Cytoscape and yEd, written by networkx from the property graph (kg.export.network).

Each node has ``label`` and ``kind`` (Paper, Technique, HardwarePlatform, Benchmark, Model) plus the
fields it has of ``identifier``, ``arxiv``, ``url``, ``year``, ``hardware_class``, ``wikidata``; each
edge a ``label`` (mentions / broader), ``weight`` and, for mentions, ``confidence``.
"""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox

from kg.export.network import property_graph


def write_graphml(store: ox.Store, out: BinaryIO) -> tuple[int, int]:
    """Write the property graph as GraphML; returns the numbers of nodes and edges."""
    pg = property_graph(store)
    g = nx.DiGraph()
    for node in pg.nodes:
        g.add_node(node.id, **dict(node.attrs))
    for e in pg.edges:
        attrs: dict[str, object] = {"label": e.label, "weight": e.weight}
        if e.confidence is not None:
            attrs["confidence"] = e.confidence
        g.add_edge(e.source, e.target, **attrs)
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
    return len(pg.nodes), len(pg.edges)
