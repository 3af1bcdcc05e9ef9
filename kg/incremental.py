"""``kg add``: add papers to an existing build without rebuilding it.

Only the papers in the new inputs are linked. A paper the graph already holds is merged with it
as ``kg build`` would have merged the two records (so ``kg build A B`` and ``kg build A`` then
``kg add B`` write byte-identical kg.ttl); a paper whose abstract or title changed replaces the
old version, with all its links, mentions and results. Running the same ``kg add`` twice changes
nothing the second time.

kg.ttl is rewritten by splicing: unchanged paper blocks are copied as bytes (located through
kg.ttl.idx, with their digests), new and changed blocks are inserted in IRI order (and hashed). The store is updated on a
hard-linked copy (``Store.backup``) that is swapped in when complete, so a ``kg add`` killed at
any point leaves the previous build whole. graph.html is redrawn only when asked (``html=True``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg import outputs, sources
from kg.build import Progress, compile_pipeline, finish_outputs, link_papers
from kg.errors import StoreError, VocabularyError
from kg.export.turtle import WRITER_VERSION, TurtleFormatter, paper_block
from kg.graph import DCTERMS, KG, MENTIONS, SCHEMA, arxiv_url, paper_iri
from kg.records import Paper
from kg.store import STORE_DIR, TURTLE_FILE, load_store


@dataclass(frozen=True)
class AddSummary:
    """What ``kg add`` read and changed.

    Exact accounts: ``records == papers read + rejected + duplicates`` and
    ``papers read == added + replaced + updated + unchanged``.
    """

    records: int
    duplicates: int
    rejected: int
    rejected_files: int
    added: int  # papers the graph did not hold
    replaced: int  # papers whose abstract or title changed: old version dropped
    updated: int  # papers merged with the version in the graph (new source file, more metadata)
    unchanged: int  # papers already in the graph exactly so
    papers: int  # papers in the graph after the add
    outputs: tuple[Path, ...]
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    store_rebuilt: bool = False


def paper_from_block(prefixes: bytes, block: bytes) -> Paper:
    """The Paper record a kg.ttl block holds (author order is not kept by the graph: sorted)."""
    s_iri = None
    values: dict[str, list[str]] = {}
    for t in ox.parse(prefixes + block, ox.RdfFormat.TURTLE):
        if s_iri is None:
            s_iri = t.subject.value
        if t.subject.value == s_iri:
            values.setdefault(t.predicate.value, []).append(t.object.value)

    def one(pred: str) -> str | None:
        v = values.get(pred)
        return v[0] if v else None

    year = one(DCTERMS + "issued")
    arxiv = one(KG + "arxivId")
    # the graph adds an arXiv paper's abstract page to its url: that one was not read
    urls = [u for u in values.get(SCHEMA + "url", []) if not (arxiv and u == arxiv_url(arxiv))]
    return Paper(
        id=one(DCTERMS + "identifier") or "",
        abstract=one(DCTERMS + "abstract") or "",
        title=one(DCTERMS + "title"),
        arxiv=arxiv,
        authors=tuple(sorted(values.get(DCTERMS + "creator", []))),
        year=int(year) if year else None,
        url=min(urls, default=None),
        categories=tuple(sorted(values.get(KG + "category", []))),
        comments=tuple(sorted(values.get(KG + "comment", []))),
        sources=tuple(sorted(values.get(KG + "sourceFile", []))),
        origin=s_iri or "",
    )


def _read_span(f: BinaryIO, span: tuple[int, int]) -> bytes:
    f.seek(span[0])
    return f.read(span[1] - span[0])


def _copy_span(src: BinaryIO, dst: BinaryIO, start: int, end: int) -> None:
    """Copy bytes [start, end) of ``src`` to the end of ``dst`` (in the kernel where possible)."""
    dst.flush()
    n = end - start
    offset = start
    try:
        while n > 0:
            done = os.copy_file_range(src.fileno(), dst.fileno(), n, offset)
            if done == 0:
                break
            offset += done
            n -= done
    except (AttributeError, OSError):
        pass
    if n > 0:  # no copy_file_range, or it stopped short: copy the rest through Python
        src.seek(offset)
        while n > 0:
            chunk = src.read(min(n, 1 << 22))
            if not chunk:
                raise StoreError(f"{src.name}: shorter than its index says; run kg build")
            dst.write(chunk)
            n -= len(chunk)
    dst.seek(0, os.SEEK_END)


def _prefix_lines(head: bytes) -> bytes:
    return b"".join(line + b"\n" for line in head.split(b"\n") if line.startswith(b"@prefix"))


def add(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    fmt: str | None = None,
    skip_bad: bool = False,
    vocab_dir: Path | None = None,
    jobs: int = 0,
    html: bool = False,
    progress: Callable[[int], Progress] | None = None,
) -> AddSummary:
    """Add the papers of ``inputs`` to the build in ``out_dir`` (kg.ttl, kg.ttl.idx, store/).

    ``html`` redraws graph.html from the updated graph (as ``kg html`` would; seconds on a large
    graph, so off by default). ``progress(total)``, when given, is called once with the number of papers to link and
    returns a callback told of each one linked (as in build). Raises StoreError when ``out_dir`` holds no build,
    VocabularyError when the build was made with another vocabulary (``kg build`` again, or give the same ``vocab_dir``).
    """
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    ttl = out_dir / TURTLE_FILE
    if not ttl.is_file():
        raise StoreError(f"{out_dir}: no {TURTLE_FILE} here to add to; run 'kg build -o {out_dir}' first")
    pipeline = compile_pipeline(vocab_dir)
    head = pipeline.head.encode("utf-8")
    timings["vocabulary"] = time.perf_counter() - t0

    t = time.perf_counter()
    reading = sources.read_all(inputs, fmt, skip_bad)
    timings["read"] = time.perf_counter() - t

    with outputs.locked(out_dir), outputs.Staging(out_dir) as stage:
        outputs.remove_leftovers(out_dir)
        t = time.perf_counter()
        index, trusted, rehashed = outputs.current_index(out_dir)  # hashes kg.ttl when only its modification time changed
        timings["index"] = time.perf_counter() - t
        t = time.perf_counter()
        with open(ttl, "rb") as f:
            if index.head_end != len(head) or f.read(index.head_end) != head:
                raise VocabularyError(
                    f"{ttl} was built with another vocabulary or schema; add with the same --vocab, or run kg build again"
                )
            position = {iri: i for i, iri in enumerate(index.iris)}
            prefixes = _prefix_lines(head)
            plan: list[tuple[str, str, Paper, bytes | None]] = []  # (kind, IRI, paper to link, old block)
            for paper in reading.papers:
                iri = paper_iri(paper)
                i = position.get(iri)
                if i is None:
                    plan.append(("added", iri, paper, None))
                    continue
                block = _read_span(f, index.span(i))
                before = paper_from_block(prefixes, block)
                if sources.conflict(before, paper):
                    plan.append(("replaced", iri, paper, block))
                else:
                    plan.append(("updated", iri, sources.join(before, paper), block))
            linked = link_papers(pipeline, [p for _, _, p, _ in plan], jobs, progress(len(plan)) if progress else None)
            fmt_ = TurtleFormatter()
            new_blocks: dict[str, str] = {}
            old_blocks: dict[str, bytes] = {}
            counts = {"added": 0, "replaced": 0, "updated": 0, "unchanged": 0}
            for (kind, iri, _, old), lp in zip(plan, linked, strict=True):
                _, text = paper_block(fmt_, lp)
                if old is not None and text.encode("utf-8") == old:
                    kind = "unchanged"
                else:
                    new_blocks[iri] = text
                    if old is not None:
                        old_blocks[iri] = old
                counts[kind] += 1
            timings["link"] = time.perf_counter() - t

            rejects = [*reading.rejected, *reading.rejected_files]
            written: list[Path] = []
            store_rebuilt = False
            if new_blocks or not trusted:
                t = time.perf_counter()
                tmp = stage.path(TURTLE_FILE)
                # the kept blocks' digests come from the index; one of format 1, or rebuilt by a scan, has none yet
                index = outputs.with_digests(ttl, index)
                new_index = _splice(f, index, new_blocks, tmp)
                timings["turtle"] = time.perf_counter() - t
                made = [TURTLE_FILE]
                store = out_dir / STORE_DIR
                graph = tmp  # what graph.html is drawn from: the updated store, else kg.ttl
                if store.is_dir():
                    t = time.perf_counter()
                    staged_store = stage.path(STORE_DIR)
                    if trusted:
                        _update_store(store, staged_store, prefixes, old_blocks, new_blocks, (tmp, new_index))
                    else:  # the store may not match kg.ttl: make it again from the file
                        load_store(tmp, staged_store, ox.RdfFormat.TURTLE)
                        store_rebuilt = True
                    graph = staged_store
                    made.append(STORE_DIR)
                    timings["store"] = time.perf_counter() - t
                finish_outputs(stage, made, graph, html, rejects, new_index, timings)
                written = stage.commit(made, remove=[] if rejects else [outputs.REJECTS_FILE])
                papers = len(new_index.iris)
            else:
                made = []
                if rejects:
                    outputs.write_rejects(stage.path(outputs.REJECTS_FILE), rejects)
                    made.append(outputs.REJECTS_FILE)
                if rehashed:  # kg.ttl was hashed at a new modification time (a cp -r copy): record that time, or the
                    # next add hashes it again (0.3 s at 75k papers); kg.ttl and the store are left as they are
                    outputs.save_index(stage.path(outputs.INDEX_FILE), index)
                    made.append(outputs.INDEX_FILE)
                if made:
                    written = stage.commit(made)
                papers = len(index.iris)

    return AddSummary(
        records=reading.records,
        duplicates=reading.duplicates,
        rejected=len(reading.rejected),
        rejected_files=len(reading.rejected_files),
        papers=papers,
        outputs=tuple(p for p in written if p.name != outputs.INDEX_FILE),
        seconds=time.perf_counter() - t0,
        timings=timings,
        store_rebuilt=store_rebuilt,
        **counts,
    )


def _splice(f: BinaryIO, index: outputs.BlockIndex, new_blocks: dict[str, str], tmp: Path) -> outputs.BlockIndex:
    """Write kg.ttl again: the head and unchanged blocks copied, new blocks merged in IRI order.

    ``index`` has digests (outputs.with_digests): the kept blocks' are copied, the new blocks' hashed here.
    """
    assert index.digests is not None
    merged = sorted(set(index.iris) | set(new_blocks))
    position = {iri: i for i, iri in enumerate(index.iris)}
    starts: list[int] = []
    digests: list[str] = []
    with open(tmp, "wb") as out:
        _copy_span(f, out, 0, index.head_end)
        pos = index.head_end
        run_start: int | None = None  # first old block of a run of unchanged blocks to copy at once
        run_end = 0
        for iri in merged:
            i = position.get(iri)
            if iri not in new_blocks and i is not None:
                a, b = index.span(i)
                if run_start is None:
                    run_start = a
                elif a != run_end:
                    _copy_span(f, out, run_start, run_end)
                    run_start = a
                run_end = b
                starts.append(pos)
                digests.append(index.digests[i])
                pos += b - a
                continue
            if run_start is not None:
                _copy_span(f, out, run_start, run_end)
                run_start = None
            data = new_blocks[iri].encode("utf-8")
            starts.append(pos)
            digests.append(outputs.block_digest(data))
            out.write(data)
            pos += len(data)
        if run_start is not None:
            _copy_span(f, out, run_start, run_end)
        out.flush()
        size = out.tell()
    if size != pos:
        raise StoreError(f"{tmp}: wrote {size} bytes, expected {pos}; kg.ttl does not match its index")
    # the new blocks are this writer's; so is the file when the kept blocks were too
    writer = WRITER_VERSION if index.writer == WRITER_VERSION else None
    return outputs.BlockIndex(
        index.head_end, tuple(merged), tuple(starts), size, head_digest=index.head_digest, digests=tuple(digests), writer=writer
    )


def _update_store(
    store: Path,
    staged: Path,
    prefixes: bytes,
    old: dict[str, bytes],
    new: dict[str, str],
    graph: tuple[Path, outputs.BlockIndex],
) -> None:
    """Make ``staged`` a copy of ``store`` (hard links) with old blocks' triples swapped for new ones.

    A discovered concept is described in the block of every paper that mentions it: the statements an old block
    shared with a block that stays (its label, a family another paper found it under) are stated again from that
    block of ``graph`` (the new kg.ttl and its index), so the store stays the graph kg.ttl holds (issue 3).
    """
    try:
        ox.Store.read_only(str(store)).backup(str(staged))
    except OSError as e:
        raise StoreError(f"{store}: cannot copy the store: {e}") from None
    copy = ox.Store(str(staged))
    try:
        shared: set[ox.NamedNode] = set()
        for paper, block in old.items():
            for t in ox.parse(prefixes + block, ox.RdfFormat.TURTLE):
                copy.remove(ox.Quad(t.subject, t.predicate, t.object))
                if isinstance(t.subject, ox.NamedNode) and not t.subject.value.startswith(paper):
                    # not the paper, its mention or result nodes: a concept it describes
                    shared.add(t.subject)
        added = b"".join(text.encode("utf-8") for text in new.values())
        # not transactional, and twice as fast as load(): a failure leaves only this staged copy half-written,
        # and it is thrown away
        copy.bulk_load(prefixes + added, ox.RdfFormat.TURTLE)
        if shared:
            _restate(copy, prefixes, shared, set(new), graph)
        copy.flush()
    except (OSError, SyntaxError) as e:
        raise StoreError(f"{staged}: cannot update the store copy: {e}") from None
    finally:
        del copy


def _restate(
    copy: ox.Store,
    prefixes: bytes,
    concepts: set[ox.NamedNode],
    loaded: set[str],
    graph: tuple[Path, outputs.BlockIndex],
) -> None:
    """Add again what the blocks of the papers (other than ``loaded``) that mention ``concepts`` say of them."""
    ttl, index = graph
    mentions = ox.NamedNode(MENTIONS)
    quads = (q for c in concepts for q in copy.quads_for_pattern(None, mentions, c))
    papers = sorted({q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)} - loaded)
    if not papers:
        return
    position = {iri: i for i, iri in enumerate(index.iris)}
    with open(ttl, "rb") as f:
        for paper in papers:
            for t in ox.parse(prefixes + _read_span(f, index.span(position[paper])), ox.RdfFormat.TURTLE):
                if t.subject in concepts:
                    copy.add(ox.Quad(t.subject, t.predicate, t.object))
