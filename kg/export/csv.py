"""CSV node and edge lists (``nodes.csv``, ``edges.csv``) in the columns Gephi's spreadsheet import knows.

``nodes.csv``: Id, Label, then kind, identifier, arxiv, url, year, hardware_class, wikidata.
``edges.csv``: Source, Target, Type (always Directed), Label (mentions / broader), Weight, confidence.
Ids are IRIs. Same nodes and edges as the GraphML export (kg.export.network).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyoxigraph as ox

from kg.export.network import NODE_FIELDS, property_graph
from kg.store import atomic_write

NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"


def write_csv(store: ox.Store, directory: Path) -> int:
    """Write ``nodes.csv`` and ``edges.csv`` into ``directory``; returns the number of nodes plus edges."""
    pg = property_graph(store)
    extra = NODE_FIELDS[1:]  # after the label
    with atomic_write(directory / NODES_FILE) as f:
        w = csv.writer(f, lineterminator="\n")  # type: ignore[arg-type]
        w.writerow(["Id", "Label", *extra])
        for node in pg.nodes:
            a = dict(node.attrs)
            w.writerow([node.id, a.get("label", ""), *(a.get(k, "") for k in extra)])
    with atomic_write(directory / EDGES_FILE) as f:
        w = csv.writer(f, lineterminator="\n")  # type: ignore[arg-type]
        w.writerow(["Source", "Target", "Type", "Label", "Weight", "confidence"])
        for e in pg.edges:
            w.writerow([e.source, e.target, "Directed", e.label, e.weight, "" if e.confidence is None else e.confidence])
    return len(pg.nodes) + len(pg.edges)
