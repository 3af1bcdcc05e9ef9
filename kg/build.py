"""The build pipeline: read -> merge -> link -> RDF -> Turtle + store + HTML, written atomically."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import sources
from kg.export.turtle import write_turtle
from kg.graph import build_triples, paper_iri, paper_triples, schema_triples
from kg.linker import Linker
from kg.records import LinkedPaper, Paper
from kg.store import STORE_DIR, TURTLE_FILE, atomic_write, write_store
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
        found = sorted({lk.concept for lk in links if lk.method == "pattern"})
        discovered = tuple(d for d in map(self.vocab.describe_discovered, found) if d is not None)
        return LinkedPaper(paper, links, tuple(results), discovered)


def _results_extractor(vocab: Vocabulary) -> Callable[[Paper, Sequence], Sequence] | None:
    try:
        from kg import results
    except ImportError:
        return None
    return results.Extractor(vocab).extract


_WORKER: Pipeline | None = None


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
            for lp in pool.imap(_work, papers, chunksize=256):
                out.append(lp)
                if progress:
                    progress(1)
            return out
    finally:
        _WORKER = None


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
    tick = progress(len(papers)) if progress else None
    linked = link_papers(pipeline, papers, jobs, tick)
    linked.sort(key=lambda lp: paper_iri(lp.paper))
    timings["link"] = time.perf_counter() - t

    t = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    ttl = out_dir / TURTLE_FILE
    with atomic_write(ttl) as f:
        write_turtle(f, schema_triples(vocab), (list(paper_triples(lp)) for lp in linked))  # type: ignore[arg-type]
    outputs = [ttl]
    timings["turtle"] = time.perf_counter() - t

    if store:
        t = time.perf_counter()
        write_store(ttl, out_dir / STORE_DIR)
        outputs.append(out_dir / STORE_DIR)
        timings["store"] = time.perf_counter() - t

    if html:
        t = time.perf_counter()
        from kg.export import html as html_export
        from kg.store import open_graph

        # the same view `kg html` draws, read back from what was just written
        html_export.write_html(open_graph(out_dir / STORE_DIR if store else ttl), out_dir / HTML_FILE)
        outputs.append(out_dir / HTML_FILE)
        timings["html"] = time.perf_counter() - t

    kinds: Counter[str] = Counter()
    for iri in {link.concept for lp in linked for link in lp.links}:
        kinds[vocab.concept(iri).kind] += 1
    return BuildSummary(
        records=records,
        papers=len(linked),
        entities=dict(sorted(kinds.items())),
        links=sum(len({lk.concept for lk in lp.links}) for lp in linked),
        mentions=sum(len(lp.links) for lp in linked),
        results=sum(len(lp.results) for lp in linked),
        outputs=tuple(outputs),
        seconds=time.perf_counter() - t0,
        timings=timings,
    )


__all__ = ["BuildSummary", "Pipeline", "build", "build_triples", "link_papers", "read_inputs"]
