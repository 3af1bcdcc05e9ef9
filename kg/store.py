"""Where the graph lives: an Oxigraph store on disk (``exports/store``), or a Turtle file in memory.

Queries open the on-disk store read-only, so a fresh ``kg query`` process answers without parsing
Turtle again. A build writes the new store beside the old one and swaps them by renaming, so a build
killed mid-way leaves the previous store intact.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox

from kg.errors import StoreError

STORE_DIR = "store"
TURTLE_FILE = "kg.ttl"


def _format_for(path: Path) -> ox.RdfFormat:
    suffix = path.suffix.lower()
    table = {
        ".ttl": ox.RdfFormat.TURTLE,
        ".nt": ox.RdfFormat.N_TRIPLES,
        ".nq": ox.RdfFormat.N_QUADS,
        ".jsonld": ox.RdfFormat.JSON_LD,
        ".rdf": ox.RdfFormat.RDF_XML,
        ".owl": ox.RdfFormat.RDF_XML,
    }
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
    raise StoreError(
        f"{graph}: no graph here (expected a store directory, an RDF file, or a directory holding "
        f"{STORE_DIR}/ or {TURTLE_FILE}); run 'kg build' first"
    )


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


_PR_SET_PDEATHSIG = 1


class StreamLoader:
    """Bulk-loads Turtle written to it into a new on-disk store, in a child process, as it is written.

    The build streams kg.ttl through it while papers are still being linked, so loading the store
    overlaps the rest of the work instead of re-reading the file afterwards. ``finish`` waits for
    the load and returns the store directory (complete); on error or ``abort`` it is removed.

    The child is a fresh interpreter (``python -m kg.store DIR``, Turtle on its stdin), never a
    fork: forking a process whose RocksDB threads hold locks deadlocks the child. Processes forked
    while it runs (the linking pool) inherit the pipe's write end, and the load sees the end of the
    stream only when every copy is closed: they must exit before ``finish`` (a ``Pool`` used as a
    context manager does).
    """

    def __init__(self, directory: Path, optimize: bool = True) -> None:
        self.directory = directory
        shutil.rmtree(directory, ignore_errors=True)
        cmd = [sys.executable, "-m", "kg.store", str(directory), str(os.getpid()), *([] if optimize else ["--no-optimize"])]
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        allocator = _fast_allocator()
        if allocator and "LD_PRELOAD" not in env:
            env["LD_PRELOAD"] = allocator
            env.setdefault("MALLOC_CONF", JEMALLOC_CONF)
        self._err = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the loader process
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._err, env=env)
        self._pipe: IO[bytes] | None = self._proc.stdin

    def write(self, data: bytes) -> None:
        """Send more Turtle to the loader (blocks while the loader catches up)."""
        assert self._pipe is not None
        try:
            self._pipe.write(data)
        except BrokenPipeError:
            self._close()
            self._fail()

    def end(self) -> None:
        """Close the stream: the loader goes on to finish the store (``finish`` waits for it)."""
        self._close()

    def finish(self) -> Path:
        """Close the stream (unless :meth:`end` did), wait for the store to be loaded and flushed, return its directory."""
        self._close()
        if self._proc.wait() != 0:
            self._fail()
        self._err.close()
        return self.directory

    def abort(self) -> None:
        """Stop loading and remove the partial store."""
        self._close()
        if self._proc.poll() is None:
            self._proc.terminate()
        self._proc.wait()
        self._err.close()
        shutil.rmtree(self.directory, ignore_errors=True)

    def _close(self) -> None:
        if self._pipe is not None:
            with suppress(BrokenPipeError):
                self._pipe.close()
            self._pipe = None

    def _fail(self) -> None:
        code = self._proc.wait()
        self._err.seek(0)
        lines = self._err.read().decode("utf-8", "replace").strip().splitlines()
        self._err.close()
        shutil.rmtree(self.directory, ignore_errors=True)
        raise StoreError(f"{self.directory}: cannot load the store: {lines[-1] if lines else f'loader exited with code {code}'}")

    def __enter__(self) -> StreamLoader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if kind is not None:
            self.abort()


# jemalloc's settings for the loader (unless MALLOC_CONF is set): transparent huge pages for its
# memory. Each bulk-load batch fills hash tables and key arrays of a few hundred MB that are freed
# and refaulted a 4 kB page at a time; on 2 MB pages the 75k load takes ~13% less CPU (about 1.4M
# page faults -> 70k), peak RSS +50 MB. Debian's kernel enables THP on request (madvise).
JEMALLOC_CONF = "thp:always,metadata_thp:always"


def _fast_allocator() -> str | None:
    """jemalloc's shared library where the system has one (Debian: libjemalloc2), else None.

    RocksDB's bulk load allocates and frees a small buffer per key it sorts; glibc's malloc spends a
    fifth of the loader's CPU on that, jemalloc much less (same store, ~18% less CPU; see README).
    The loader runs it with JEMALLOC_CONF.
    """
    if os.environ.get("KG_LOADER_MALLOC") == "system":
        return None
    import ctypes.util

    return ctypes.util.find_library("jemalloc")


def die_with_parent(parent: int) -> None:
    """Ask the kernel (Linux) to kill this process when its parent dies; exit now if it already has.

    For the build's helper processes: a killed build must not leave a loader writing a store, or
    workers holding the output directory's lock.
    """
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _load_stdin(argv: list[str]) -> int:
    """The StreamLoader child: bulk-load Turtle from stdin into the store directory ``argv[0]``.

    ``argv[1]`` is the parent's pid: if the build is killed, the loader dies with it (on Linux)
    rather than finish a truncated store in a directory the next build cleans up. Ctrl-C (sent by a terminal to
    the whole process group) is the parent's to handle: it stops the load with ``abort``.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(int(argv[1]))
    store = ox.Store(argv[0])
    try:
        store.bulk_load(sys.stdin.buffer, ox.RdfFormat.TURTLE)
        if "--no-optimize" not in argv:
            store.optimize()
        store.flush()
    except (SyntaxError, OSError, ValueError) as e:
        print(f"{type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0


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


if __name__ == "__main__":
    raise SystemExit(_load_stdin(sys.argv[1:]))
