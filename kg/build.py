"""The build pipeline: read -> merge -> link -> RDF -> Turtle + store + HTML, written atomically."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kg import sources
from kg.export.turtle import TurtleFormatter
from kg.graph import build_triples, paper_iri, paper_triples, schema_triples
from kg.linker import Linker
from kg.records import LinkedPaper, Paper
from kg.store import STORE_DIR, TURTLE_FILE, StreamLoader, atomic_write, swap_dir
from kg.vocab import Vocabulary, load

HTML_FILE = "graph.html"
PARALLEL_MIN_PAPERS = 4000  # below this, starting worker processes costs more than it saves

Progress = Callable[[int], None]


@dataclass(frozen=True)
class BuildSummary:
    """What a build read and wrote."""

    records: int
    papers: int
    entities: dict[str, int]
    links: int
    mentions: int
    results: int
    outputs: tuple[Path, ...]
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)


class Pipeline:
    """Links papers; holds the compiled gazetteer so it is built once per run."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.linker = Linker(vocab)
        self.extract = _results_extractor(vocab)

    def process(self, paper: Paper) -> LinkedPaper:
        links = self.linker.link(paper)
        results = self.extract(paper, links) if self.extract else ()
        return LinkedPaper(paper, links, tuple(results))


def _results_extractor(vocab: Vocabulary) -> Callable[[Paper, Sequence], Sequence] | None:
    try:
        from kg import results
    except ImportError:
        return None
    return results.Extractor(vocab).extract


_WORKER: Pipeline | None = None
_JOB: tuple[Pipeline, TurtleFormatter, Sequence[Paper], bool] | None = None
CHUNK = 256  # papers per task handed to a worker


def _work(paper: Paper) -> LinkedPaper:
    assert _WORKER is not None
    return _WORKER.process(paper)


def link_papers(pipeline: Pipeline, papers: Sequence[Paper], jobs: int = 0, progress: Progress | None = None) -> list[LinkedPaper]:
    """Link every paper, across ``jobs`` processes for large inputs (0: one per core)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(papers) < PARALLEL_MIN_PAPERS or "fork" not in mp.get_all_start_methods():
        out = []
        for p in papers:
            out.append(pipeline.process(p))
            if progress:
                progress(1)
        return out
    global _WORKER
    _WORKER = pipeline  # inherited by the forked workers: the automaton is not rebuilt or pickled
    try:
        with mp.get_context("fork").Pool(jobs) as pool:
            out = []
            for lp in pool.imap(_work, papers, chunksize=CHUNK):
                out.append(lp)
                if progress:
                    progress(1)
            return out
    finally:
        _WORKER = None


class Chunk(NamedTuple):
    """Consecutive papers linked and formatted: their Turtle blocks and what the summary counts."""

    turtle: bytes  # the papers' blocks, concatenated in paper order, UTF-8
    concepts: tuple[frozenset[str], ...]  # per paper, the concepts it mentions
    mentions: int
    results: int
    linked: tuple[LinkedPaper, ...]  # empty unless asked for (the HTML view needs them)


def _chunk(pipeline: Pipeline, fmt: TurtleFormatter, papers: Sequence[Paper], keep: bool) -> Chunk:
    blocks: list[str] = []
    concepts: list[frozenset[str]] = []
    mentions = results = 0
    kept: list[LinkedPaper] = []
    for p in papers:
        lp = pipeline.process(p)
        blocks.append(fmt.block(paper_triples(lp)))
        concepts.append(frozenset(lk.concept for lk in lp.links))
        mentions += len(lp.links)
        results += len(lp.results)
        if keep:
            kept.append(lp)
    return Chunk("".join(blocks).encode(), tuple(concepts), mentions, results, tuple(kept))


def _work_chunk(span: tuple[int, int]) -> Chunk:
    assert _JOB is not None
    pipeline, fmt, papers, keep = _JOB
    return _chunk(pipeline, fmt, papers[span[0] : span[1]], keep)


def link_and_format(
    pipeline: Pipeline, papers: Sequence[Paper], jobs: int = 0, progress: Progress | None = None, keep: bool = False
) -> Iterator[Chunk]:
    """Link papers and format their Turtle blocks, in input order, across ``jobs`` processes for large inputs.

    Workers are forked after the papers are read, so neither papers nor the compiled gazetteer are
    pickled; they send back formatted text and counts (and the linked papers when ``keep``).
    """
    jobs = jobs or os.cpu_count() or 1
    spans = [(i, min(i + CHUNK, len(papers))) for i in range(0, len(papers), CHUNK)]
    if jobs == 1 or len(papers) < PARALLEL_MIN_PAPERS or "fork" not in mp.get_all_start_methods():
        fmt = TurtleFormatter()
        for a, b in spans:
            yield _chunk(pipeline, fmt, papers[a:b], keep)
            if progress:
                progress(b - a)
        return
    global _JOB
    _JOB = (pipeline, TurtleFormatter(), papers, keep)
    try:
        with mp.get_context("fork").Pool(jobs) as pool:
            for (a, b), chunk in zip(spans, pool.imap(_work_chunk, spans), strict=True):
                yield chunk
                if progress:
                    progress(b - a)
    finally:
        _JOB = None


def read_inputs(inputs: Iterable[Path], fmt: str | None = None) -> tuple[int, list[Paper]]:
    """(records read, merged papers) from the inputs."""
    count = 0

    def counted() -> Iterator[Paper]:
        nonlocal count
        for p in sources.read_papers(inputs, fmt):
            count += 1
            yield p

    papers = sources.merge_papers(counted())
    return count, papers


def build(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    fmt: str | None = None,
    html: bool = True,
    store: bool = True,
    jobs: int = 0,
    vocab_dir: Path | None = None,
    progress: Callable[[int], Progress] | None = None,
) -> BuildSummary:
    """Build the graph of ``inputs`` into ``out_dir``: kg.ttl, store/ and graph.html.

    ``vocab_dir`` replaces schema/vocab/ (a directory of SKOS Turtle files).

    ``progress(total)`` is called once with the number of papers and returns a callback that is
    called as papers are linked.
    """
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    vocab = load(vocab_dir)
    pipeline = Pipeline(vocab)
    timings["vocabulary"] = time.perf_counter() - t0

    t = time.perf_counter()
    records, papers = read_inputs(inputs, fmt)
    timings["read"] = time.perf_counter() - t

    t = time.perf_counter()
    papers.sort(key=paper_iri)  # the order of kg.ttl, so blocks are written as they arrive
    tick = progress(len(papers)) if progress else None
    out_dir.mkdir(parents=True, exist_ok=True)
    ttl = out_dir / TURTLE_FILE
    store_dir = out_dir / STORE_DIR
    writer = TurtleFormatter()
    linked: list[LinkedPaper] = []
    concepts: set[str] = set()
    links = mentions = results = 0
    # the store loads in a child process from the same stream as kg.ttl, while papers are linked
    loader = StreamLoader(store_dir.with_name(f".{store_dir.name}.tmp-{os.getpid()}")) if store else None
    with atomic_write(ttl, "wb") as f, loader or nullcontext():
        head = (writer.header() + writer.block(schema_triples(vocab))).encode()
        f.write(head)
        if loader:
            loader.write(head)
        for chunk in link_and_format(pipeline, papers, jobs, tick, keep=html):
            f.write(chunk.turtle)
            if loader:
                loader.write(chunk.turtle)
            for cs in chunk.concepts:
                concepts.update(cs)
                links += len(cs)
            mentions += chunk.mentions
            results += chunk.results
            linked.extend(chunk.linked)
        timings["link+turtle"] = time.perf_counter() - t
        if loader:
            t = time.perf_counter()
            loaded = loader.finish()
            timings["store (after turtle)"] = time.perf_counter() - t
    outputs = [ttl]
    if loader:
        swap_dir(loaded, store_dir)
        outputs.append(store_dir)

    if html:
        t = time.perf_counter()
        from kg.export import html as html_export

        html_export.write_html(vocab, linked, out_dir / HTML_FILE)
        outputs.append(out_dir / HTML_FILE)
        timings["html"] = time.perf_counter() - t

    kinds: Counter[str] = Counter(vocab.concepts[iri].kind for iri in concepts)
    return BuildSummary(
        records=records,
        papers=len(papers),
        entities=dict(sorted(kinds.items())),
        links=links,
        mentions=mentions,
        results=results,
        outputs=tuple(outputs),
        seconds=time.perf_counter() - t0,
        timings=timings,
    )


__all__ = ["BuildSummary", "Chunk", "Pipeline", "build", "build_triples", "link_and_format", "link_papers", "read_inputs"]
