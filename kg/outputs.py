"""How a build directory is written: staged outputs committed together, a lock, and a block index.

Every output of a ``kg build`` or ``kg add`` is first written under a temporary name beside its
target (``.kg.ttl.tmp-PID``, ``.store.tmp-PID``, ...) and only renamed into place once all of
them are complete, so a run killed at any moment (even SIGKILL) leaves the previous outputs whole.
The index ``kg.ttl.idx`` is renamed last: it records which ``kg.ttl`` and store it describes, so
a run killed between two renames is detected by the next ``kg add``, which then repairs.

``kg.ttl`` is a head (prefixes, ontology, vocabulary) followed by one block per paper, in
paper-IRI order; the index holds each block's byte offset, so ``kg add`` can splice changed and
new blocks into the file without re-linking or even re-reading the papers that did not change.
It also holds a digest of the head and of each block, so a kg.ttl whose modification time changed
but not its size (a copy made with ``cp -r``, a ``touch``) is recognised by its bytes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import json
import mmap
import os
import re
import shutil
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

from kg.errors import ExportError, InputError, StoreError
from kg.graph import PAPER
from kg.sources import error_order
from kg.store import STORE_DIR, TURTLE_FILE, swap_dir

INDEX_FILE = "kg.ttl.idx"
REJECTS_FILE = "rejects.tsv"
LOCK_FILE = ".kg.lock"
INDEX_MAGIC = "kg-turtle-index 2"  # format 2: rows "start TAB digest TAB iri", the head's digest in the metadata
_INDEX_MAGIC_1 = "kg-turtle-index 1"  # format 1 (no digests), still read
DIGEST_CHARS = 16  # hex digits of SHA-256 kept per block: 64 bits, far past any chance collision in one file
_LEFTOVER = re.compile(r"^\..+\.(?:tmp|old)-\d+(?:\.tmp)?$")  # pyoxigraph backup stages in DIR.tmp


_HELD: set[Path] = set()  # build directories this process holds the lock of


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the build directory's lock: one ``kg build`` or ``kg add`` writes it at a time.

    A POSIX record lock (``lockf``) on ``.kg.lock``, which belongs to this process alone: the linking workers it
    forks do not inherit it, so a build killed with SIGKILL frees the directory at once, not only when the
    last of its workers has died (as an ``flock`` shared with them would). Such a lock never conflicts
    within one process, so the directories held here are also kept in a set.

    The lock file is removed on release (while still locked), so a finished or stopped run leaves none behind
    (only SIGKILL does, and the next run takes it over). A run that opened the file just before it was removed
    then holds a lock on a file no longer in the directory: it sees that and takes the lock again.
    """
    import fcntl

    path = out_dir / LOCK_FILE
    key = out_dir.resolve() if out_dir.exists() else None
    busy = StoreError(f"{out_dir}: another kg build or kg add is writing here")
    if key is not None and key in _HELD:
        raise busy
    while True:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            f = open(path, "a")  # noqa: SIM115 (closed below)
        except OSError as e:  # a read-only or missing parent, a file in the way, no permission
            # mkdir(exist_ok) of a path holding something else (a device such as /dev/null, a FIFO) says "File exists"
            reason = "Not a directory" if isinstance(e, FileExistsError) else e.strerror or str(e)
            raise ExportError(f"{out_dir}: cannot write the build directory: {reason}") from None
        try:
            fcntl.lockf(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EACCES or EAGAIN: held by another process
            f.close()
            raise busy from None
        try:
            same = os.path.samestat(os.fstat(f.fileno()), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        f.close()  # the file was removed (or replaced) by the run that held it: lock the one there now
    key = out_dir.resolve()
    _HELD.add(key)
    try:
        yield
    finally:
        _HELD.discard(key)
        with contextlib.suppress(OSError):
            path.unlink()
        f.close()  # releases the lock


def remove_leftovers(out_dir: Path) -> list[Path]:
    """Delete what killed runs left behind (``.NAME.tmp-PID``, ``.NAME.old-PID``); call under the lock."""
    gone = []
    for p in sorted(out_dir.iterdir()) if out_dir.is_dir() else ():
        if _LEFTOVER.match(p.name):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            gone.append(p)
    return gone


class Staging:
    """Outputs written under temporary names, renamed into place together by :meth:`commit`."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.staged: dict[str, Path] = {}

    def path(self, name: str) -> Path:
        """Where to write the output ``name`` (a file or a directory) before the commit."""
        tmp = self.out_dir / f".{name}.tmp-{os.getpid()}"
        self.staged[name] = tmp
        return tmp

    def commit(self, order: Iterable[str], remove: Iterable[str] = ()) -> list[Path]:
        """Rename staged outputs into place in ``order``; delete the outputs named in ``remove``.

        Ctrl-C and SIGTERM wait until all are renamed (a run stopped halfway would leave a new kg.ttl beside the
        old store); one that came meanwhile is then raised, marked ``outputs_written``.
        """
        with _signals_deferred():
            return self._commit(order, remove)

    def _commit(self, order: Iterable[str], remove: Iterable[str]) -> list[Path]:
        done = []
        for name in order:
            tmp = self.staged.pop(name)
            target = self.out_dir / name
            if tmp.is_dir():
                if target.exists():
                    swap_dir(tmp, target)
                else:
                    os.replace(tmp, target)
            else:
                _fsync(tmp)
                os.replace(tmp, target)
            done.append(target)
        for name in remove:
            target = self.out_dir / name
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            else:
                target.unlink(missing_ok=True)
        _fsync_dir(self.out_dir)
        return done

    def discard(self) -> None:
        for tmp in self.staged.values():
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                tmp.unlink(missing_ok=True)
        self.staged.clear()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self.discard()  # whatever was not committed
        if isinstance(exc, OSError) and exc.errno in _WRITE_ERRNOS:  # a full disk while staging: one line, not a traceback
            where = f" ({exc.filename})" if exc.filename else ""
            raise ExportError(
                f"{self.out_dir}: cannot write: {exc.strerror}{where}; the previous outputs are left as they were"
            ) from None


# what writing an output meets on the way (a full disk or quota, a file too large, a file system remounted read-only);
# other OSErrors are not about the outputs' room and keep their own message
_WRITE_ERRNOS = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS))


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM held back inside (main thread only); one that came meanwhile is handled on the way out
    (as its handler would have), a KeyboardInterrupt then marked ``outputs_written``: what was inside is done.

    By swapping the handlers, not with the signal mask: a mask is per thread, and a signal sent to the process
    reaches a thread that does not block it (RocksDB's), whose Python handler then runs in the main thread anyway.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []

    def hold(signum: int, _frame: object) -> None:
        came.append(signum)

    previous: dict[int, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        h = signal.getsignal(signum)
        if h is not None and h is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, hold)
    try:
        yield
    finally:
        for held, h in previous.items():
            signal.signal(held, h)
        if came:
            handler = previous[came[0]]
            try:
                if callable(handler):
                    handler(came[0], None)
                else:  # SIG_DFL: the signal's default action, now
                    os.kill(os.getpid(), came[0])
            except KeyboardInterrupt as e:
                e.outputs_written = True  # type: ignore[attr-defined]
                raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform opens directories
        _fsync(path)


# ---- the block index of kg.ttl -------------------------------------------------------------


@dataclass(frozen=True)
class BlockIndex:
    """Where each paper's block lies in ``kg.ttl``, and which files the index describes.

    ``starts[i]`` is the byte offset of the block of ``iris[i]``; it ends where the next starts
    (the last at ``size``). ``head_end`` is where the first block starts.
    """

    head_end: int
    iris: tuple[str, ...]
    starts: tuple[int, ...]
    size: int
    ttl_id: tuple[int, int] | None = None  # (size, mtime_ns) of kg.ttl
    store_id: str | None = None  # see store_id(); None when the build wrote no store
    head_digest: str | None = None  # block_digest() of the head; None in an index of format 1 or made by scan_blocks
    digests: tuple[str, ...] | None = None  # block_digest() of each block, in the order of iris; None likewise
    # the kg.export.turtle.WRITER_VERSION that wrote every byte of kg.ttl; None when unknown (an index written before
    # versions were recorded, made by scan_blocks, or a kg add that kept blocks of another version)
    writer: int | None = None

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.starts[i + 1] if i + 1 < len(self.starts) else self.size


def block_digest(data: bytes | memoryview) -> str:
    """What the index records of a block's bytes: the first DIGEST_CHARS hex digits of their SHA-256."""
    return hashlib.sha256(data).hexdigest()[:DIGEST_CHARS]


def hash_blocks(path: Path, index: BlockIndex) -> tuple[str, tuple[str, ...]]:
    """(head digest, block digests) of the file at ``path`` cut where ``index`` says (about 0.3 s for 350 MB).

    Read through an mmap: no copy of the blocks is made. Raises StoreError when the file is shorter than the index.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < index.size:
            raise StoreError(f"{path}: shorter than its index says; run kg build")
        if size == 0:
            return block_digest(b""), ()
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            view = memoryview(m)
            try:
                return hash_view(view, index)
            finally:
                view.release()


def hash_view(view: memoryview, index: BlockIndex) -> tuple[str, tuple[str, ...]]:
    """(head digest, block digests) of the bytes ``view`` cut where ``index`` says."""
    head = block_digest(view[: index.head_end])
    return head, tuple(block_digest(view[a:b]) for a, b in map(index.span, range(len(index.starts))))


def with_digests(path: Path, index: BlockIndex) -> BlockIndex:
    """``index`` with its digests, hashed from ``path`` when it has none (format 1, or made by scan_blocks)."""
    if index.digests is not None and index.head_digest is not None:
        return index
    head, digests = hash_blocks(path, index)
    return replace(index, head_digest=head, digests=digests)


def tiles(index: BlockIndex) -> bool:
    """Whether the index's blocks follow one another from the head's end to the file's end, and it has their digests."""
    if index.digests is None or index.head_digest is None or len(index.digests) != len(index.starts):
        return False
    edges = (*index.starts, index.size)
    return edges[0] == index.head_end and index.head_end >= 0 and all(a < b for a, b in itertools.pairwise(edges))


def describes(path: Path, index: BlockIndex) -> bool:
    """Whether ``index`` describes the bytes of the file at ``path``, whatever its modification time.

    True only when its blocks tile the file (head first, blocks in order, ending at the file's size) and the
    head and every block hash to the digests the index holds: a file edited at the same size, with a block changed,
    blocks swapped or cut short, is not described. An index without digests (format 1) describes nothing this way.
    """
    try:
        if path.stat().st_size != index.size:
            return False
    except OSError:
        return False
    if not tiles(index):
        return False  # not one block after another from the head's end to the file's end: not what a build wrote
    try:
        return hash_blocks(path, index) == (index.head_digest, index.digests)
    except (OSError, ValueError, StoreError):
        return False


def file_id(path: Path) -> tuple[int, int]:
    """What tells one version of a file from another: size and modification time (kept by copies)."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def store_id(path: Path) -> str | None:
    """What tells one version of an Oxigraph store from another, None when there is no store.

    RocksDB gives every database (and every backup of one) a new IDENTITY, and every change to
    it a new MANIFEST, named in CURRENT; opening it read-only changes neither.
    """
    try:
        return (path / "IDENTITY").read_text().strip() + ":" + (path / "CURRENT").read_text().strip()
    except OSError:
        return None


def save_index(path: Path, index: BlockIndex) -> None:
    """Write the index (caller stages and commits it)."""
    meta = {
        "head_end": index.head_end,
        "size": index.size,
        "papers": len(index.iris),
        "ttl": list(index.ttl_id) if index.ttl_id else None,
        "store": index.store_id,
        "head": index.head_digest,
        "writer": index.writer,
    }
    if index.digests is None or index.head_digest is None:
        raise ValueError("an index is saved with the digests of its blocks (with_digests)")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(INDEX_MAGIC + "\n" + json.dumps(meta, sort_keys=True) + "\n")
        f.writelines(f"{s}\t{d}\t{iri}\n" for s, d, iri in zip(index.starts, index.digests, index.iris, strict=True))


def load_index(path: Path) -> BlockIndex | None:
    """The index at ``path`` (format 2, or 1 without digests), or None when it is missing or unreadable."""
    try:
        with open(path, encoding="utf-8") as f:
            magic = f.readline().rstrip("\n")
            if magic not in (INDEX_MAGIC, _INDEX_MAGIC_1):
                return None
            meta = json.loads(f.readline())
            fields = 3 if magic == INDEX_MAGIC else 2
            rows = [line.rstrip("\n").split("\t", fields - 1) for line in f]
        if any(len(r) != fields for r in rows) or int(meta["papers"]) != len(rows):
            return None  # not a whole index
        starts = tuple(int(r[0]) for r in rows)
        iris = tuple(r[-1] for r in rows)
        digests = tuple(r[1] for r in rows) if fields == 3 else None
        head = meta.get("head") if fields == 3 else None
        ttl = meta.get("ttl")
        if digests is not None and not isinstance(head, str):
            return None
        writer = meta.get("writer")
        return BlockIndex(
            int(meta["head_end"]),
            iris,
            starts,
            int(meta["size"]),
            tuple(ttl) if ttl else None,  # type: ignore[arg-type]
            meta.get("store"),
            head,
            digests,
            writer if isinstance(writer, int) and not isinstance(writer, bool) else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _paper_subject(line: bytes, fmt_prefix: bytes, full_prefix: bytes) -> str | None:
    """The paper IRI a subject line names, or None for another subject (a mention, a concept)."""
    if line.startswith(fmt_prefix):
        local = line[len(fmt_prefix) :].rstrip(b"\r\n").decode("utf-8")
    elif line.startswith(full_prefix):
        local = line[len(full_prefix) :].rstrip(b"\r\n").removesuffix(b">").decode("utf-8")
    else:
        return None
    return None if "/" in local else PAPER + local


def scan_blocks(path: Path) -> BlockIndex:
    """Rebuild the block index of a ``kg.ttl`` by reading it (when the saved index is stale)."""
    iris: list[str] = []
    starts: list[int] = []
    pos = 0
    head_end: int | None = None
    prev_blank = True
    with open(path, "rb") as f:
        for line in f:
            if prev_blank and line[:1] not in (b" ", b"\n", b"@", b""):
                iri = _paper_subject(line, b"paper:", b"<" + PAPER.encode())
                if iri is not None:
                    if head_end is None:
                        head_end = pos
                    if iris and iri <= iris[-1]:
                        raise StoreError(f"{path}: paper blocks are not in IRI order at byte {pos}; run kg build")
                    iris.append(iri)
                    starts.append(pos)
            prev_blank = line == b"\n"
            pos += len(line)
    return BlockIndex(pos if head_end is None else head_end, tuple(iris), tuple(starts), pos)


class CurrentIndex(NamedTuple):
    """What :func:`current_index` found: the block index, whether the store matches it, and whether kg.ttl was hashed."""

    blocks: BlockIndex
    trusted: bool
    rehashed: bool = False  # kg.ttl's bytes matched the digests at a new modification time: blocks.ttl_id is the new one


def current_index(out_dir: Path) -> CurrentIndex:
    """The block index of ``out_dir/kg.ttl`` and whether the store is known to match it.

    The saved index describes kg.ttl when the file's (size, modification time) are those it recorded; when only
    the time differs (a copy by ``cp -r``, which keeps no times, a ``touch``), when the file's bytes hash to the
    digests it holds (see describes; ``rehashed`` is then true, and the index returned names the new time, for the
    caller to save so that the next run need not hash again). A saved index that does not describe the current
    ``kg.ttl`` and store (a run killed between renames, a file edited by hand, a build by an older version) is
    rebuilt by scanning kg.ttl, and the store is then not trusted.
    """
    ttl = out_dir / TURTLE_FILE
    saved = load_index(out_dir / INDEX_FILE)
    if saved is not None and saved.store_id == store_id(out_dir / STORE_DIR):
        size, mtime = file_id(ttl)
        if saved.ttl_id == (size, mtime):
            return CurrentIndex(saved, True)
        if saved.ttl_id is not None and saved.ttl_id[0] == size and describes(ttl, saved):
            return CurrentIndex(replace(saved, ttl_id=(size, mtime)), True, rehashed=True)
    return CurrentIndex(scan_blocks(ttl), False)


# ---- the rejects report --------------------------------------------------------------------


def _tsv(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text.encode("utf-8", errors="backslashreplace").decode("utf-8")


def write_rejects(path: Path, rejects: Iterable[InputError]) -> int:
    """A TSV report of rejected records and files (file, line, record, reason), sorted."""
    rows = sorted(rejects, key=error_order)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tline\trecord\treason\n")
        for e in rows:
            f.write("\t".join(_tsv(v) for v in (e.path, e.line, e.record, e.reason)) + "\n")
    return len(rows)
