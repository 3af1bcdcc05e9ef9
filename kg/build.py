"""The build pipeline: read -> merge -> link -> RDF -> Turtle + store + HTML, written atomically."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg import outputs, sources
from kg.errors import InputError
from kg.export.turtle import TurtleFormatter
from kg.graph import build_triples, paper_iri, paper_triples, schema_triples
from kg.linker import Linker
from kg.records import LinkedPaper, Paper
from kg.store import STORE_DIR, TURTLE_FILE, load_store
from kg.vocab import Vocabulary, load

HTML_FILE = "graph.html"
PARALLEL_MIN_PAPERS = 4000  # below this, starting worker processes costs more than it saves

Progress = Callable[[int], None]


@dataclass(frozen=True)
class BuildSummary:
    """What a build read and wrote.

    ``records == papers + rejected + duplicates``: every record read is in the graph, rejected
    (``skip_bad``; listed in ``rejects.tsv``) or a duplicate folded into another record.
    """

    records: int
    papers: int
    entities: dict[str, int]
    links: int
    mentions: int
    results: int
    outputs: tuple[Path, ...]
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    rejected: int = 0
    duplicates: int = 0
    rejected_files: int = 0


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
    reading = sources.read_all(inputs, fmt)
    return reading.records, reading.papers


def graph_head(vocab: Vocabulary) -> str:
    """The part of kg.ttl before the paper blocks: prefixes, ontology, vocabulary."""
    fmt = TurtleFormatter()
    return fmt.header() + fmt.block(schema_triples(vocab))


def paper_block(fmt: TurtleFormatter, lp: LinkedPaper) -> tuple[str, str]:
    """(paper IRI, its Turtle block) as kg.ttl holds it."""
    return paper_iri(lp.paper), fmt.block(paper_triples(lp))


def draw_html(graph: Path, page: Path) -> None:
    """Draw graph.html (the view ``kg html`` draws) from a staged store directory or Turtle file."""
    from kg.export import html as html_export

    if graph.is_dir():
        store = ox.Store.read_only(str(graph))
    else:
        store = ox.Store()
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    html_export.write_html(store, page)


def write_outputs(
    out_dir: Path,
    vocab: Vocabulary,
    linked: Sequence[LinkedPaper],
    rejects: Sequence[InputError],
    *,
    store: bool,
    html: bool,
    timings: dict[str, float],
) -> list[Path]:
    """Write kg.ttl, store/, graph.html, rejects.tsv and kg.ttl.idx, all or nothing.

    Each is staged under a temporary name and renamed into place only when all are written, so
    a build killed at any point leaves the previous outputs intact. An output this build does
    not make (``--no-store``, ``--no-html``, no rejects) is removed rather than left stale.
    """
    with outputs.locked(out_dir), outputs.Staging(out_dir) as stage:
        outputs.remove_leftovers(out_dir)
        t = time.perf_counter()
        ttl = stage.path(TURTLE_FILE)
        fmt = TurtleFormatter()
        with open(ttl, "wb", buffering=1 << 20) as f:
            index = outputs.write_blocks(f, graph_head(vocab), (paper_block(fmt, lp) for lp in linked))
        timings["turtle"] = time.perf_counter() - t
        made = [TURTLE_FILE]
        store_id = None
        graph = ttl
        if store:
            t = time.perf_counter()
            graph = stage.path(STORE_DIR)
            load_store(ttl, graph, ox.RdfFormat.TURTLE)
            store_id = outputs.store_id(graph)
            made.append(STORE_DIR)
            timings["store"] = time.perf_counter() - t
        if html:
            t = time.perf_counter()
            draw_html(graph, stage.path(HTML_FILE))
            made.append(HTML_FILE)
            timings["html"] = time.perf_counter() - t
        if rejects:
            outputs.write_rejects(stage.path(outputs.REJECTS_FILE), rejects)
            made.append(outputs.REJECTS_FILE)
        outputs.save_index(stage.path(outputs.INDEX_FILE), replace(index, ttl_id=outputs.file_id(ttl), store_id=store_id))
        made.append(outputs.INDEX_FILE)
        gone = [n for n in (STORE_DIR, HTML_FILE, outputs.REJECTS_FILE) if n not in made]
        return stage.commit(made, remove=gone)


def build(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    fmt: str | None = None,
    skip_bad: bool = False,
    html: bool = True,
    store: bool = True,
    jobs: int = 0,
    vocab_dir: Path | None = None,
    progress: Callable[[int], Progress] | None = None,
) -> BuildSummary:
    """Build the graph of ``inputs`` into ``out_dir``: kg.ttl, store/ and graph.html.

    ``vocab_dir`` replaces schema/vocab/ (a directory of SKOS Turtle files). ``skip_bad`` keeps
    going past bad records and files, and lists them in ``out_dir/rejects.tsv``.

    ``progress(total)`` is called once with the number of papers and returns a callback that is
    called as papers are linked.
    """
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    vocab = load(vocab_dir)
    pipeline = Pipeline(vocab)
    timings["vocabulary"] = time.perf_counter() - t0

    t = time.perf_counter()
    reading = sources.read_all(inputs, fmt, skip_bad)
    papers = reading.papers
    timings["read"] = time.perf_counter() - t

    t = time.perf_counter()
    tick = progress(len(papers)) if progress else None
    linked = link_papers(pipeline, papers, jobs, tick)
    linked.sort(key=lambda lp: paper_iri(lp.paper))
    timings["link"] = time.perf_counter() - t

    rejects = [*reading.rejected, *reading.rejected_files]
    written = write_outputs(out_dir, vocab, linked, rejects, store=store, html=html, timings=timings)
    outputs_ = tuple(p for p in written if p.name != outputs.INDEX_FILE)

    kinds: Counter[str] = Counter()
    for iri in {link.concept for lp in linked for link in lp.links}:
        kinds[vocab.concept(iri).kind] += 1
    return BuildSummary(
        records=reading.records,
        papers=len(linked),
        entities=dict(sorted(kinds.items())),
        links=sum(len({lk.concept for lk in lp.links}) for lp in linked),
        mentions=sum(len(lp.links) for lp in linked),
        results=sum(len(lp.results) for lp in linked),
        outputs=outputs_,
        seconds=time.perf_counter() - t0,
        timings=timings,
        rejected=len(reading.rejected),
        duplicates=reading.duplicates,
        rejected_files=len(reading.rejected_files),
    )


__all__ = ["BuildSummary", "Pipeline", "build", "build_triples", "graph_head", "link_papers", "paper_block", "read_inputs"]
