"""Writers per output format. :func:`export` writes a built graph in any of them."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from kg.errors import ExportError

FORMATS = {"turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld", "graphml": ".graphml", "csv": ""}


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: ``count`` is triples for RDF formats, nodes plus edges for graphml and csv (which also
    give ``nodes`` and ``edges``)."""

    format: str
    count: int
    outputs: tuple[Path, ...]
    seconds: float
    nodes: int | None = None
    edges: int | None = None
    reused: bool = False  # Turtle of a build: its kg.ttl's statements re-ordered, not the store serialized again

    def describe(self) -> str:
        """What was written, for people: "12 triples", "3 nodes, 4 edges"."""
        if self.nodes is None or self.edges is None:
            return f"{self.count} triple{'s' if self.count != 1 else ''}"
        return f"{self.nodes} node{'s' if self.nodes != 1 else ''}, {self.edges} edge{'s' if self.edges != 1 else ''}"


def export(graph: Path, fmt: str, out: Path | BinaryIO, note: Callable[[str], None] | None = None) -> ExportSummary:
    """Write the graph at ``graph`` (store, RDF file or build directory) in format ``fmt``.

    ``out`` is a file path (written atomically) or a binary stream; for ``csv`` it is the directory
    that receives ``nodes.csv`` and ``edges.csv``. ``note`` hears why a Turtle export of a build made by an older kg
    is slow (``kg.export.reuse.reordered``), before the work starts.
    """
    from kg.store import open_graph

    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    t0 = time.perf_counter()
    if fmt in ("turtle", "ntriples", "jsonld"):
        from kg.export.reuse import reordered

        copy = reordered(graph, note)  # the same bytes as the store's serialization, from kg.ttl when it is safe
        if copy is not None:
            with copy:
                if fmt == "turtle":
                    return replace(_write(fmt, copy.write, out, t0), reused=True)
                blocks_writer = _blocks_writer(fmt)
                return replace(_write(fmt, lambda f: blocks_writer(copy.subject_blocks(), f), out, t0), reused=True)
    store = open_graph(graph)
    if fmt == "csv":
        from kg.export.csv import EDGES_FILE, NODES_FILE, write_csv

        if not isinstance(out, Path):
            raise ExportError("csv writes two files (nodes.csv, edges.csv): give an output directory")
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out}: csv writes two files (nodes.csv, edges.csv) into a directory, and this is a file")
        try:
            nodes, edges = write_csv(store, out)
        except OSError as e:
            raise cannot_write(out, e) from None
        return ExportSummary(fmt, nodes + edges, (out / NODES_FILE, out / EDGES_FILE), time.perf_counter() - t0, nodes, edges)
    writer = _writer(fmt)
    return _write(fmt, lambda f: writer(store, f), out, t0)


def _write(fmt: str, write: Callable[[BinaryIO], int | tuple[int, int]], out: Path | BinaryIO, t0: float) -> ExportSummary:
    """Run ``write`` on ``out``: a file path written atomically, or a binary stream."""
    from kg.store import atomic_write

    if isinstance(out, Path):
        if out.is_dir():
            raise ExportError(f"{out}: is a directory; give a file name such as {out / ('kg' + FORMATS[fmt])}")
        try:
            with atomic_write(out, "wb") as f:
                n = write(f)  # type: ignore[arg-type]
        except OSError as e:
            raise cannot_write(out, e) from None
        return _summary(fmt, n, (out,), t0)
    return _summary(fmt, write(out), (), t0)


def _summary(fmt: str, n: int | tuple[int, int], written: tuple[Path, ...], t0: float) -> ExportSummary:
    if isinstance(n, tuple):  # a property graph: (nodes, edges)
        return ExportSummary(fmt, sum(n), written, time.perf_counter() - t0, *n)
    return ExportSummary(fmt, n, written, time.perf_counter() - t0)


def cannot_write(out: Path, e: OSError) -> ExportError:
    """The one-line error of an output that cannot be written (a missing or read-only directory, a full disk)."""
    where = f" ({e.filename})" if e.filename and str(e.filename) != str(out) else ""
    reason = "Not a directory" if isinstance(e, FileExistsError) else e.strerror or str(e)  # mkdir of a path under a file
    return ExportError(f"{out}: cannot write: {reason}{where}")


def _blocks_writer(fmt: str):  # type: ignore[no-untyped-def]
    """The writer of ``fmt`` that takes subject blocks (``kg.export.ntriples.subject_blocks``' shape) from elsewhere."""
    if fmt == "ntriples":
        from kg.export.ntriples import write_ntriples_blocks

        return write_ntriples_blocks
    from kg.export.jsonld import write_jsonld_blocks

    return write_jsonld_blocks


def _writer(fmt: str):  # type: ignore[no-untyped-def]
    if fmt == "turtle":
        from kg.export.ntriples import write_turtle

        return write_turtle
    if fmt == "ntriples":
        from kg.export.ntriples import write_ntriples

        return write_ntriples
    if fmt == "jsonld":
        from kg.export.jsonld import write_jsonld

        return write_jsonld
    from kg.export.graphml import write_graphml

    return write_graphml
