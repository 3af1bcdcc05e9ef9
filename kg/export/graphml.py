"""GraphML for Gephi, Cytoscape and yEd, written by networkx from the property graph (kg.export.network).

Each node has ``label`` and ``kind`` (Paper, Technique, HardwarePlatform, Benchmark, Model) plus the
fields it has of ``identifier``, ``arxiv``, ``url``, ``year``, ``hardware_class``, ``wikidata``; each
edge a ``label`` (mentions / broader), ``weight`` and, for mentions, ``confidence``.

XML 1.0 cannot hold most control characters (U+0001-U+0008, U+000B, U+000C, U+000E-U+001F) nor U+FFFE and U+FFFF,
even escaped: a title holding one (kept by the build, escaped in Turtle) is written with U+FFFD in its place, so every
XML reader (networkx, Gephi, yEd) can open the file. The RDF exports and CSV keep every character.
"""

from __future__ import annotations

import re
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox

from kg.export.network import property_graph

# what XML 1.0 cannot hold (its Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF])
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(value: object) -> object:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def write_graphml(store: ox.Store, out: BinaryIO) -> tuple[int, int]:
    """Write the property graph as GraphML; returns the numbers of nodes and edges."""
    pg = property_graph(store)
    g = nx.DiGraph()
    for node in pg.nodes:
        g.add_node(node.id, **{k: _xml_safe(v) for k, v in node.attrs})
    for e in pg.edges:
        attrs: dict[str, object] = {"label": e.label, "weight": e.weight}
        if e.confidence is not None:
            attrs["confidence"] = e.confidence
        g.add_edge(e.source, e.target, **attrs)
    nx.write_graphml(g, out, encoding="utf-8", prettyprint=True)
    return len(pg.nodes), len(pg.edges)
