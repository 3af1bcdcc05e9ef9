"""Where the graph lives: an Oxigraph store on disk (``exports/store``), or a Turtle file in memory.

Queries open the on-disk store read-only, so a fresh ``kg query`` process answers without parsing
Turtle again. A build writes the new store beside the old one and swaps them by renaming, so a build
killed mid-way leaves the previous store intact.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

STORE_DIR = "store"
TURTLE_FILE = "kg.ttl"


def _format_for(path: Path) -> ox.RdfFormat:
    suffix = path.suffix.lower()
    table = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
             ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}
    if suffix not in table:
        raise StoreError(f"{path}: cannot tell the RDF format from the extension {suffix!r}")
    return table[suffix]


def is_store(path: Path) -> bool:
    """True for a directory holding an Oxigraph store."""
    return path.is_dir() and (path / "CURRENT").is_file()


def resolve(graph: Path) -> Path:
    """The store or RDF file a user named: a store directory, an RDF file, or an exports directory."""
    if is_store(graph) or graph.is_file():
        return graph
    if is_store(graph / STORE_DIR):
        return graph / STORE_DIR
    if (graph / TURTLE_FILE).is_file():
        return graph / TURTLE_FILE
    raise StoreError(f"{graph}: no graph here (expected a store directory, an RDF file, or a directory holding "
                     f"{STORE_DIR}/ or {TURTLE_FILE}); run 'kg build' first")


def open_graph(graph: Path) -> ox.Store:
    """Open a graph for querying: a store directory read-only, an RDF file loaded into memory."""
    target = resolve(graph)
    if target.is_dir():
        try:
            return ox.Store.read_only(str(target))
        except OSError as e:
            raise StoreError(f"{target}: cannot open the store: {e}") from None
    store = ox.Store()
    try:
        store.bulk_load(path=str(target), format=_format_for(target))
    except (SyntaxError, ValueError) as e:
        raise StoreError(f"{target}: not valid RDF: {e}") from None
    return store


def load_store(rdf_file: Path, directory: Path, rdf_format: ox.RdfFormat | None = None) -> int:
    """Bulk-load an RDF file into a new on-disk store at ``directory``; returns the number of triples.

    The format is ``rdf_format``, else read from the file's extension.
    """
    shutil.rmtree(directory, ignore_errors=True)
    store = ox.Store(str(directory))
    try:
        store.bulk_load(path=str(rdf_file), format=rdf_format or _format_for(rdf_file))
        store.optimize()
        store.flush()
        n = len(store)
    except (SyntaxError, OSError) as e:
        del store
        shutil.rmtree(directory, ignore_errors=True)
        raise StoreError(f"{rdf_file}: cannot load into the store: {e}") from None
    del store
    return n


def write_store(rdf_file: Path, store_dir: Path) -> int:
    """Bulk-load an RDF file into a fresh on-disk store that atomically replaces ``store_dir``.

    Returns the number of triples loaded.
    """
    tmp = store_dir.with_name(f".{store_dir.name}.tmp-{os.getpid()}")
    n = load_store(rdf_file, tmp)
    swap_dir(tmp, store_dir)
    return n


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where that is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    ok = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0
    return ok


def swap_dir(new: Path, target: Path) -> None:
    """Put directory ``new`` in place of ``target``; ``target`` is complete before and after.

    On Linux the two directories are exchanged in one atomic step, so there is no moment without
    ``target``; elsewhere ``target`` is moved aside, then ``new`` renamed in.
    """
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists() and _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now names the previous directory
        return
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[object]:
    """Write a file through a temporary sibling renamed over it on success (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
