"""``kg export --format turtle`` of a build without serializing its store again: kg.ttl's statements, re-ordered.

A build's kg.ttl holds the graph its store holds (the store is loaded from the same bytes), written by the formatter
the export uses: a statement per subject and block, each ending in a blank line (no statement holds one: literals
escape their line breaks, IRIs percent-encode them). The export writes the prefixes, then one statement per subject in
the order of the subject's IRI. So the export is kg.ttl's statements sorted by subject IRI, a subject stated in several
blocks (a discovered concept is described by each paper that names it) written once: that text when all its
statements are the same text, else the statement the formatter makes of their triples together.

kg.ttl is used only when all of these hold, each checked on every export (else the store is serialized, as before):

- kg.ttl.idx says every byte of kg.ttl was written by this ``WRITER_VERSION`` (an older writer, or a ``kg add`` that
  kept its blocks, may write other text for the same triples: ``"80.0"`` where the store keeps ``"80"``);
- the store is the one the index was written with (its IDENTITY and MANIFEST, see outputs.store_id: any write to it,
  even opening it for writing, names a new MANIFEST), unless the graph exported is kg.ttl itself;
- kg.ttl's bytes hash to the index's digests (its head and every paper block, 64 bits each), whatever the file's
  modification time: a change by hand is seen (c10k: about 0.1 s of hashing, a tenth of the whole);
- kg.ttl starts with the export's prefixes and each statement has the formatter's shape.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import pyoxigraph as ox

from kg import outputs
from kg.export.ntriples import term
from kg.export.turtle import WRITER_VERSION, TurtleFormatter
from kg.graph import Triple
from kg.store import STORE_DIR, TURTLE_FILE, is_store, resolve

Piece = tuple[int, int, int] | bytes  # (start, end, statements) of kg.ttl to copy, or a statement made here
_RUN = 1 << 20  # bytes copied per write at most


class Reordered:
    """kg.ttl's statements in the export's order, ready to write; a context manager that closes the file."""

    def __init__(self, f: BinaryIO, m: mmap.mmap, header: bytes, pieces: list[Piece]) -> None:
        self._f, self._m, self.header, self.pieces = f, m, header, pieces

    def write(self, out: BinaryIO) -> int:
        """Write the export to ``out``; returns the number of triples (as the serializing writer counts them)."""
        out.write(self.header)
        m, n = self._m, 0
        for piece in self.pieces:
            if isinstance(piece, bytes):
                data, statements = piece, 1
                out.write(data)
                n += data.count(b"\n") - 2
                continue
            start, end, statements = piece
            lines = 0
            for a in range(start, end, _RUN):
                data = m[a : min(end, a + _RUN)]
                lines += data.count(b"\n")
                out.write(data)
            n += lines - 2 * statements  # a statement: its subject line, a line per object, a blank line
        return n

    def subject_blocks(self, size: int = 1 << 22) -> Iterator[tuple[str, list[Triple]]]:
        """(subject IRI, its triples) in the order of ``kg.export.ntriples.subject_blocks`` (subjects by IRI), read
        from these statements by Oxigraph's Turtle parser instead of from the store: the writers of N-Triples and
        JSON-LD sort each subject's triples, so they write the same bytes. c10k: 1.9 s of reading where the store's
        scans take 22 s (Python objects made of every quad, twice: once to list the subjects, once per subject).

        Statements are parsed about ``size`` bytes at a time, each batch whole statements after the prefixes; a
        subject has one statement here (``_plan`` merged the others), so it never spans two batches.
        """
        batch: list[bytes] = []
        held = 0
        for data in self._statements():
            batch.append(data)
            held += len(data)
            if held >= size:
                yield from self._parsed(b"".join(batch))
                batch, held = [], 0
        if batch:
            yield from self._parsed(b"".join(batch))

    def _statements(self) -> Iterator[bytes]:
        for piece in self.pieces:
            if isinstance(piece, bytes):
                yield piece
            else:  # a run of kg.ttl, cut after the last statement within _RUN bytes (a statement ends in a blank line)
                start, end, _ = piece
                m = self._m
                while start < end:
                    cut = end
                    if end - start > _RUN:
                        i = m.rfind(b"\n\n", start, start + _RUN)
                        cut = (i if i >= 0 else m.find(b"\n\n", start + _RUN - 1)) + 2
                    yield m[start:cut]
                    start = cut

    def _parsed(self, statements: bytes) -> Iterator[tuple[str, list[Triple]]]:
        subject: str | None = None
        triples: list[Triple] = []
        for t in ox.parse(self.header + statements, format=ox.RdfFormat.TURTLE):
            s = t.subject
            if not isinstance(s, ox.NamedNode):
                term(s)  # raises: papers-kg graphs name every node with an IRI
            if s.value != subject:
                if subject is not None:
                    yield subject, triples
                subject, triples = s.value, []
            triples.append((s.value, t.predicate.value, term(t.object)))
        if subject is not None:
            yield subject, triples

    def close(self) -> None:
        self._m.close()
        self._f.close()

    def __enter__(self) -> Reordered:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def reordered(graph: Path, note: Callable[[str], None] | None = None) -> Reordered | None:
    """The export of ``graph`` from its build's kg.ttl, or None when kg.ttl cannot be trusted to hold it (see above).

    ``note`` hears, in one line, of a build made before this writer (its export is then serialized, about 20 times
    slower: c10k 0.5 s of CPU -> 9.4 s) and what to run to get the fast path back; it is told before the slow work.
    """
    target = resolve(graph)
    if target.is_dir():
        build, check_store = target.parent, True
        if not (build / TURTLE_FILE).is_file():
            return None
    elif target.name == TURTLE_FILE:
        build, check_store = target.parent, False
    else:
        return None
    index = outputs.load_index(build / outputs.INDEX_FILE)
    if index is None or index.writer != WRITER_VERSION or not outputs.tiles(index):
        older = _older_build(build, index)
        if note is not None and older is not None:
            note(
                f"{build} was built by an older kg ({older}): its Turtle, N-Triples and JSON-LD exports read the whole "
                f"store, slow on a large graph; rebuild it once ('kg build INPUT... -o {build}') to export from its kg.ttl"
            )
        return None
    if check_store and (index.store_id is None or index.store_id != outputs.store_id(target)):
        return None
    try:
        f = open(build / TURTLE_FILE, "rb")  # noqa: SIM115 (closed by Reordered, or below)
    except OSError:
        return None
    m = None
    try:
        if os.fstat(f.fileno()).st_size != index.size or index.size == 0:
            raise LookupError
        m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(m)
        try:
            same = outputs.hash_view(view, index) == (index.head_digest, index.digests)
        finally:
            view.release()
        fmt = TurtleFormatter()
        header = fmt.header().encode("utf-8")
        if not same or m[: len(header)] != header:
            raise LookupError
        pieces = _plan(m, len(header), fmt)
        if pieces is None:
            raise LookupError
        return Reordered(f, m, header, pieces)
    except (LookupError, OSError, ValueError):
        if m is not None:
            m.close()
        f.close()
        return None


def _older_build(build: Path, index: outputs.BlockIndex | None) -> str | None:
    """What shows that ``build`` (kg.ttl beside store/) was written before this writer, or None (no build, or none
    that rebuilding would change: the index is this version's)."""
    if index is None:
        if not (build / outputs.INDEX_FILE).exists() and is_store(build / STORE_DIR):
            return f"no {outputs.INDEX_FILE}"
        return None  # unreadable: not a build's own index, or a store-less copy of kg.ttl
    if index.writer != WRITER_VERSION:
        recorded = "no writer version" if index.writer is None else f"writer {index.writer}"
        return f"{outputs.INDEX_FILE} records {recorded}, this kg writes {WRITER_VERSION}"
    if index.digests is None:  # an index of format 1 (they predate writer versions)
        return f"{outputs.INDEX_FILE} without block digests"
    return None


def _plan(m: mmap.mmap, start: int, fmt: TurtleFormatter) -> list[Piece] | None:
    """The pieces of the export after its header: kg.ttl's statements from ``start`` sorted by subject IRI, runs that
    follow one another in kg.ttl joined; None when a statement is not of the formatter's shape."""
    expand = _expander(fmt)
    stated: list[tuple[bytes, int, int]] = []  # (subject's IRI in N-Triples form, start, end)
    size, pos = len(m), start
    find = m.find
    while pos < size:
        nl = find(b"\n", pos)
        end = find(b"\n\n", nl) + 2
        if nl <= pos or end < 2 or m[end - 4 : end] != b" .\n\n":
            return None
        key = expand(m[pos:nl])
        if key is None:
            return None
        stated.append((key, pos, end))
        pos = end
    stated.sort()
    pieces: list[Piece] = []
    i = 0
    while i < len(stated):
        key, a, b = stated[i]
        j = i + 1
        while j < len(stated) and stated[j][0] == key:
            j += 1
        if j - i > 1 and len({m[x:y] for _, x, y in stated[i:j]}) > 1:
            pieces.append(_merged(fmt, [m[x:y] for _, x, y in stated[i:j]]))
        else:
            last = pieces[-1] if pieces else None
            if isinstance(last, tuple) and last[1] == a:  # the statement that follows the last one in kg.ttl
                pieces[-1] = (last[0], b, last[2] + 1)
            else:
                pieces.append((a, b, 1))
        i = j
    return pieces


def _expander(fmt: TurtleFormatter) -> Callable[[bytes], bytes | None]:
    """A subject's name as the formatter writes it (``p:local`` or ``<IRI>``) -> its IRI as the export sorts it."""
    namespaces = {p.encode(): ns.encode() for p, ns in fmt.prefixes}

    def expand(name: bytes) -> bytes | None:
        if name[:1] == b"<":
            return name if name[-1:] == b">" else None
        prefix, colon, local = name.partition(b":")
        ns = namespaces.get(prefix)
        if not colon or ns is None or b" " in local:
            return None
        return b"<" + ns + local + b">"

    return expand


def _merged(fmt: TurtleFormatter, statements: list[bytes]) -> bytes:
    """The statement of one subject stated differently in several blocks: what the export writes of their triples
    together (read through a store, as the export reads the build's)."""
    store = ox.Store()
    store.load(fmt.header().encode("utf-8") + b"".join(statements), ox.RdfFormat.TURTLE)
    triples = [(q.subject.value, q.predicate.value, term(q.object)) for q in store]
    return fmt.block(triples).encode("utf-8")
