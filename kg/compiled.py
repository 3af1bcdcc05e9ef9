"""The compiled vocabulary (linker automata, discovery patterns, results grammar), cached on disk between runs.

Compiling schema/vocab/ takes seconds of CPU in every ``kg build``, ``kg add`` and ``kg link``; reading
the compiled form back takes a fraction of that. A cache file is named by a hash of everything the
compiled form is made from: the vocabulary files (paths and bytes), the source of the ``kg`` package, whether
its compiled core runs, and the versions of Python and of the compiled libraries. A changed input is looked up under another name,
so a cache file is never stale; files are written whole under a temporary name and renamed into place,
so concurrent runs never read half a file (two runs that compile the same input write the same content).
A missing, unreadable or corrupt file (its bytes are checked against a digest written ahead of
them) is compiled again.

Where: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/papers-kg``, else ``~/.cache/papers-kg``.
``KG_CACHE_DIR=off`` turns the cache off. The newest ``KEEP`` files are kept, older ones removed.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, TypeVar, cast

from kg.core import core
from kg.store import atomic_write

T = TypeVar("T")

KEEP = 8  # cache files kept (a few vocabularies and code versions in use at once: worktrees, tests)
_LIBRARIES = ("ahocorasick-rs", "pyoxigraph")


def cache_dir() -> Path | None:
    """Where compiled vocabularies are kept (None: the cache is off)."""
    chosen = os.environ.get("KG_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "papers-kg"


def code_version() -> str:
    """A hash of the ``kg`` package's source, the core it runs (compiled or pure, see kg/core.py) and the
    Python and library versions it runs on."""
    h = hashlib.sha256()
    h.update(sys.version.encode())
    # objects of mypyc-compiled classes pickle and unpickle otherwise than those of the same classes in Python
    h.update(f"\0core={'compiled' if core().compiled else 'pure'}".encode())
    for lib in _LIBRARIES:
        h.update(f"\0{lib}={metadata.version(lib)}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(b"\0" + path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _key(name: str, files: Sequence[Path]) -> str:
    h = hashlib.sha256(f"{name}\0{code_version()}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for path in files:
        h.update(b"\0" + str(path).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


@contextmanager
def _no_gc() -> Iterator[None]:
    """No garbage collection while a large structure of small objects is made, and none of it walked later.

    A cycle collection every few thousand new objects would walk all the earlier ones again (it triples
    the time of reading a compiled vocabulary); after it, the first collections would walk them all
    once more in each generation. The compiled vocabulary lives as long as the process and is freed
    by reference counting (it holds no cycles), so its objects are moved out of the collector's
    sight (``gc.freeze``), as the build does before it forks its workers anyway.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def cached(name: str, files: Sequence[Path], make: Callable[[], T]) -> T:
    """``make()``, or what an earlier run stored for the same ``name``, vocabulary ``files`` and code.

    ``make`` must build its result from ``files`` alone. If a file changes while it runs, the result is
    returned but not stored (it may hold either version).
    """
    where = cache_dir()
    try:
        key = _key(name, files) if where is not None else ""
    except OSError:  # a vocabulary file went missing: let make() say so
        where = None
    if where is not None:
        path = where / f"{name}-{key}.pickle"
        try:
            found = _read(path)
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
            pass  # unreadable or cut short (a full disk): compile again and write it anew
        else:
            if found is not None:
                with suppress(OSError):  # a read-only cache: still a hit
                    os.utime(path)  # recently used: kept by _prune
                return cast(T, found)
    with _no_gc():
        made = make()
    if where is not None:
        try:
            if _key(name, files) == key:
                data = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
                with atomic_write(path, "wb") as f:
                    cast(BinaryIO, f).write(hashlib.sha256(data).digest() + data)
                _prune(where, name)
        except OSError:
            pass  # a read-only or full cache directory: the next run compiles again
    return made


def _read(path: Path) -> object | None:
    """What a cache file holds, or None when its bytes are not those written (the digest ahead of them
    is checked before anything is unpickled: changed bytes can unpickle into another pipeline, or fail in
    any way)."""
    with open(path, "rb") as f:
        data = f.read()
    digest, body = data[:_DIGEST], memoryview(data)[_DIGEST:]
    if len(digest) < _DIGEST or hashlib.sha256(body).digest() != digest:
        return None
    with _no_gc():
        return pickle.loads(body)


_DIGEST = hashlib.sha256().digest_size


def _prune(where: Path, name: str) -> None:
    """Remove all but the ``KEEP`` most recently used cache files of ``name``."""
    entries = []
    for p in where.glob(f"{name}-*.pickle"):
        try:
            entries.append((p.stat().st_mtime_ns, p))
        except FileNotFoundError:
            continue  # removed by a concurrent run
    for _, p in sorted(entries, reverse=True)[KEEP:]:
        p.unlink(missing_ok=True)
