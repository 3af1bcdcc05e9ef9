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

NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"


def write_csv(store: ox.Store, directory: Path) -> tuple[int, int]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``directory``, replacing both together or neither; returns the
    numbers of nodes and edges."""
    from kg.outputs import Staging

    pg = property_graph(store)
    extra = NODE_FIELDS[1:]  # after the label
    directory.mkdir(parents=True, exist_ok=True)
    with Staging(directory) as stage:
        with open(stage.path(NODES_FILE), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["Id", "Label", *extra])
            for node in pg.nodes:
                a = dict(node.attrs)
                w.writerow([node.id, a.get("label", ""), *(a.get(k, "") for k in extra)])
        with open(stage.path(EDGES_FILE), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["Source", "Target", "Type", "Label", "Weight", "confidence"])
            for e in pg.edges:
                w.writerow([e.source, e.target, "Directed", e.label, e.weight, "" if e.confidence is None else e.confidence])
        stage.commit([NODES_FILE, EDGES_FILE])
    return len(pg.nodes), len(pg.edges)
