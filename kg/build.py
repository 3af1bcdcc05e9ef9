"""The build pipeline: read -> merge -> link -> RDF -> Turtle + store + HTML, written atomically."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import resource
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from multiprocessing.pool import Pool
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg import outputs, sources
from kg.errors import InputError
from kg.export.turtle import WRITER_VERSION, TurtleFormatter, paper_block
from kg.graph import build_triples, paper_iri, schema_triples
from kg.linker import Linker
from kg.records import Link, LinkedPaper, Paper, Result
from kg.store import STORE_DIR, TURTLE_FILE, StreamLoader, die_with_parent, load_store
from kg.vocab import Vocabulary, load, read, schema_dir, vocab_files

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
    cpu: dict[str, tuple[float, float]] = field(default_factory=dict)  # stage -> (this process, child processes)


def _cpu_seconds() -> tuple[float, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


class Clock:
    """Wall and CPU seconds per stage of a build.

    A stage's CPU is that of this process, and that of the child processes that ended during the stage:
    all of a child's CPU counts in the stage that waits for it (the linking workers in ``link+turtle``,
    the store loader, which runs beside the linking, in ``store (after turtle)``).
    """

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, tuple[float, float]] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t, (me, kids) = time.perf_counter(), _cpu_seconds()
        try:
            yield
        finally:
            me2, kids2 = _cpu_seconds()
            self.wall[name] = time.perf_counter() - t
            self.cpu[name] = (me2 - me, kids2 - kids)


class Pipeline:
    """Links papers; holds the compiled gazetteer so it is built once per run, and the head of kg.ttl."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.linker = Linker(vocab)
        self.extract = _results_extractor(vocab)

    @cached_property
    def head(self) -> str:
        """The part of kg.ttl before the paper blocks (see graph_head)."""
        return graph_head(self.vocab)

    def process(self, paper: Paper) -> LinkedPaper:
        """The paper's links, results and discovered concepts: what its block of kg.ttl is written from."""
        linking = self.linker.linking(paper)
        links = linking.links
        results = self.extract(paper, links, linking.broader) if self.extract else ()
        found = sorted({lk.concept for lk in links if lk.method == "pattern"})
        # a discovered technique's families are this paper's: the graph's node has every paper's (issue #3)
        families: dict[str, list[str]] = {}
        for concept, family in linking.broader:
            families.setdefault(concept, []).append(family)
        described = (self.vocab.describe_discovered(iri, families.get(iri, ())) for iri in found)
        return LinkedPaper(paper, links, tuple(results), tuple(d for d in described if d is not None))

    def process_text(self, abstract: str, title: str | None = None) -> LinkedPaper:
        """``process`` of a paper with this abstract and title: what ``kg build`` finds in the same text (the links,
        their evidence, the concepts discovered and the families they were found under); ``kg link`` shows it.

        A blank title is none, as the readers make it (kg.sources).
        """
        return self.process(Paper(id="text", abstract=abstract, title=title if title and title.strip() else None))


def compile_pipeline(vocab_dir: Path | None = None) -> Pipeline:
    """The pipeline of the vocabulary in ``vocab_dir`` (default schema/vocab/), read from the
    compiled-vocabulary cache (see kg.compiled) when an earlier run compiled the same files with the same code."""
    from kg import compiled

    files = vocab_files(vocab_dir)
    if not files:
        load(vocab_dir)  # raises: no vocabulary files
    return compiled.cached("pipeline", (schema_dir() / "ontology.ttl", *files), lambda: _compile(files))


def _compile(files: tuple[Path, ...]) -> Pipeline:
    pipeline = Pipeline(read(files))
    _ = pipeline.head  # made now, so it is cached too (the ontology is among the cache key's files)
    # the lookup tables too (of the full vocabulary and of the linker's entity-only one): made lazily, their
    # first lookup would fall in every process's linking (issue 4)
    pipeline.vocab.prepare()
    pipeline.linker.vocab.prepare()
    return pipeline


def _results_extractor(
    vocab: Vocabulary,
) -> Callable[[Paper, Sequence[Link], Sequence[tuple[str, str]]], Sequence[Result]] | None:
    try:
        from kg import results
    except ImportError:
        return None
    return results.Extractor(vocab).extract


_WORKER: Pipeline | None = None
_JOB: tuple[Pipeline, TurtleFormatter, Sequence[Paper]] | None = None
CHUNK = 256  # papers per task handed to a worker


_STOPS = {signal.SIGINT, signal.SIGTERM}


def _quiet_worker() -> None:
    """A linking worker leaves Ctrl-C to the build (a terminal sends SIGINT to the whole process group; the build
    unwinds and ends its pool, and a worker's own KeyboardInterrupt would only print "Process ForkPoolWorker-1:" and a
    traceback), and dies of SIGTERM in the kernel; then takes the signals held since its fork (see _worker_pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)


@contextmanager
def _worker_pool(jobs: int, initializer: Callable[..., None], initargs: tuple[object, ...] = ()) -> Iterator[Pool]:
    """A pool of ``jobs`` forked workers set up by ``initializer`` (which calls _quiet_worker), ended on the way out.

    The pool ends its workers with SIGTERM every time it closes, while it holds its task queue's lock for good. A
    worker that met that SIGTERM with the Python handler it inherits from kg.cli lost it (Python clears the signals
    caught between a fork and its own after-fork set-up) or acted on it only between bytecodes, too late once it had
    blocked on that lock: the pool then waited for it for ever (a kg add of 5,000 papers with -j 2 hung at the end of
    linking). So the workers are forked with SIGINT and SIGTERM blocked, and unblock them only once they are set.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    pool = None
    try:
        pool = mp.get_context("fork").Pool(jobs, initializer=initializer, initargs=initargs)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a stop that came meanwhile is raised here: the pool is ended
        yield pool
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        if pool is not None:
            pool.terminate()


def _start_worker(parent: int) -> None:
    """A linking worker of the build: _quiet_worker, and dies with the build."""
    _quiet_worker()
    die_with_parent(parent)


def _work(paper: Paper) -> LinkedPaper:
    assert _WORKER is not None
    return _WORKER.process(paper)


def link_papers(
    pipeline: Pipeline, papers: Sequence[Paper], jobs: int = 0, progress: Progress | None = None
) -> list[LinkedPaper]:
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
        with _worker_pool(jobs, _quiet_worker) as pool:
            out = []
            for lp in pool.imap(_work, papers, chunksize=256):
                out.append(lp)
                if progress:
                    progress(1)
            return out
    finally:
        _WORKER = None


class Chunk(NamedTuple):
    """Consecutive papers linked and formatted: their Turtle blocks and what the summary counts."""

    iris: tuple[str, ...]  # paper IRIs, in order
    blocks: tuple[bytes, ...]  # their Turtle blocks, UTF-8
    digests: tuple[str, ...]  # outputs.block_digest of each block: hashed here, in the workers, for kg.ttl.idx
    concepts: frozenset[str]  # the concepts the papers mention (one set, not one per paper: less to send and merge)
    links: int  # (paper, concept) pairs: each paper's distinct concepts, summed
    mentions: int
    results: int


def _chunk(pipeline: Pipeline, fmt: TurtleFormatter, papers: Sequence[Paper]) -> Chunk:
    iris: list[str] = []
    blocks: list[bytes] = []
    digests: list[str] = []
    concepts: set[str] = set()
    links = mentions = results = 0
    for p in papers:
        lp = pipeline.process(p)
        iri, text = paper_block(fmt, lp)
        iris.append(iri)
        block = text.encode("utf-8")
        blocks.append(block)
        digests.append(outputs.block_digest(block))
        mentioned = {lk.concept for lk in lp.links}
        concepts |= mentioned
        links += len(mentioned)
        mentions += len(lp.links)
        results += len(lp.results)
    return Chunk(tuple(iris), tuple(blocks), tuple(digests), frozenset(concepts), links, mentions, results)


def _work_chunk(span: tuple[int, int]) -> Chunk:
    assert _JOB is not None
    pipeline, fmt, papers = _JOB
    return _chunk(pipeline, fmt, papers[span[0] : span[1]])


def link_and_format(
    pipeline: Pipeline, papers: Sequence[Paper], jobs: int = 0, progress: Progress | None = None
) -> Iterator[Chunk]:
    """Link papers and format their Turtle blocks, in input order, across ``jobs`` processes for large inputs.

    Workers are forked after the papers are read, so neither the papers nor the compiled gazetteer
    are pickled; they send back formatted Turtle and counts, never the linked papers.
    """
    jobs = jobs or os.cpu_count() or 1
    spans = [(i, min(i + CHUNK, len(papers))) for i in range(0, len(papers), CHUNK)]
    if jobs == 1 or len(papers) < PARALLEL_MIN_PAPERS or "fork" not in mp.get_all_start_methods():
        fmt = TurtleFormatter()
        for a, b in spans:
            yield _chunk(pipeline, fmt, papers[a:b])
            if progress:
                progress(b - a)
        return
    global _JOB
    _JOB = (pipeline, TurtleFormatter(), papers)
    gc.freeze()  # the workers' collections then skip the papers and gazetteer they inherit, and leave their pages shared
    try:
        with _worker_pool(jobs, _start_worker, (os.getpid(),)) as pool:
            for (a, b), chunk in zip(spans, pool.imap(_work_chunk, spans), strict=True):
                yield chunk
                if progress:
                    progress(b - a)
    finally:
        gc.unfreeze()
        _JOB = None


@dataclass
class Tally:
    """What the summary counts, gathered as chunks stream past."""

    concepts: set[str] = field(default_factory=set)
    papers: int = 0
    links: int = 0
    mentions: int = 0
    results: int = 0

    def add(self, chunk: Chunk) -> None:
        self.papers += len(chunk.iris)
        self.concepts |= chunk.concepts
        self.links += chunk.links
        self.mentions += chunk.mentions
        self.results += chunk.results


def read_inputs(inputs: Iterable[Path], fmt: str | None = None) -> tuple[int, list[Paper]]:
    """(records read, merged papers) from the inputs."""
    reading = sources.read_all(inputs, fmt)
    return reading.records, reading.papers


def graph_head(vocab: Vocabulary) -> str:
    """The part of kg.ttl before the paper blocks: prefixes, ontology, vocabulary."""
    fmt = TurtleFormatter()
    return fmt.header() + fmt.block(schema_triples(vocab))


def draw_html(graph: Path, page: Path) -> None:
    """Draw graph.html (the view ``kg html`` draws) from a staged store directory or Turtle file."""
    from kg.export import html as html_export

    if graph.is_dir():
        store = ox.Store.read_only(str(graph))
    else:
        store = ox.Store()
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    html_export.write_html(store, page)


def finish_outputs(
    stage: outputs.Staging,
    made: list[str],
    graph: Path,
    html: bool,
    rejects: Sequence[InputError],
    index: outputs.BlockIndex,
    timings: dict[str, float],
) -> None:
    """Stage the outputs written after kg.ttl and the store: graph.html (drawn from ``graph``), rejects, the index.

    ``made`` gets the names of the staged outputs; the index is written last, as it names the kg.ttl and
    store it describes (``index`` gains their ids here).
    """
    ttl = stage.staged[TURTLE_FILE]
    store_id = outputs.store_id(stage.staged[STORE_DIR]) if STORE_DIR in made else None
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


def write_outputs(
    out_dir: Path,
    head: str,
    chunks: Iterable[Chunk],
    rejects: Sequence[InputError],
    *,
    store: bool,
    html: bool,
    clock: Clock,
    stream: bool = False,
) -> tuple[list[Path], Tally]:
    """Write kg.ttl, store/, graph.html, rejects.tsv and kg.ttl.idx from linked chunks, all or nothing.

    Each is staged under a temporary name and renamed into place only when all are written, so
    a build killed at any point leaves the previous outputs intact. An output this build does
    not make (``--no-store``, ``--no-html``, no rejects) is removed rather than left stale.
    With ``stream``, the store is loaded in a child process from the same bytes as kg.ttl while
    papers are still being linked (see StreamLoader); else from kg.ttl once it is written.
    """
    tally = Tally()
    with outputs.locked(out_dir), outputs.Staging(out_dir) as stage:
        outputs.remove_leftovers(out_dir)
        ttl = stage.path(TURTLE_FILE)
        made = [TURTLE_FILE]
        graph = ttl
        loader = StreamLoader(stage.path(STORE_DIR)) if store and stream else None
        try:
            with clock.stage("link+turtle"), open(ttl, "wb", buffering=1 << 20) as f:
                encoded = head.encode("utf-8")
                pos = f.write(encoded)
                if loader:
                    loader.write(encoded)
                iris: list[str] = []
                starts: list[int] = []
                digests: list[str] = []
                for chunk in chunks:
                    data = b"".join(chunk.blocks)
                    for iri, block in zip(chunk.iris, chunk.blocks, strict=True):
                        iris.append(iri)
                        starts.append(pos)
                        pos += len(block)
                    digests.extend(chunk.digests)
                    f.write(data)
                    if loader:
                        loader.write(data)
                    tally.add(chunk)
                if loader:  # kg.ttl reaches the disk while the loader finishes the store (the commit's fsync is then quick)
                    loader.end()
                    f.flush()
                    os.fsync(f.fileno())
            index = outputs.BlockIndex(
                len(encoded),
                tuple(iris),
                tuple(starts),
                pos,
                head_digest=outputs.block_digest(encoded),
                digests=tuple(digests),
                writer=WRITER_VERSION,
            )
            if store:
                with clock.stage("store (after turtle)" if loader else "store"):
                    if loader:
                        graph = loader.finish()
                    else:
                        graph = stage.path(STORE_DIR)
                        load_store(ttl, graph, ox.RdfFormat.TURTLE)
                made.append(STORE_DIR)
        except BaseException:
            if loader:
                loader.abort()
            raise
        with clock.stage("finish"):
            finish_outputs(stage, made, graph, html, rejects, index, clock.wall)
            gone = [n for n in (STORE_DIR, HTML_FILE, outputs.REJECTS_FILE) if n not in made]
            return stage.commit(made, remove=gone), tally


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: reading makes records and dicts by the hundred thousand and no cycles,
    so the collections it would set off find nothing (about 8% of the read's CPU at 75k)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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
    clock = Clock()
    with clock.stage("vocabulary"):
        pipeline = compile_pipeline(vocab_dir)
        vocab = pipeline.vocab

    with clock.stage("read"), _gc_paused():
        reading = sources.read_all(inputs, fmt, skip_bad)
        papers = sorted(reading.papers, key=paper_iri)  # the order of kg.ttl, so blocks are written as they arrive

    rejects = [*reading.rejected, *reading.rejected_files]
    if not papers:  # an empty graph written over a good build (exit 0) is never what was meant
        raise _nothing_to_build(inputs, reading.records, rejects)
    tick = progress(len(papers)) if progress else None
    chunks = link_and_format(pipeline, papers, jobs, tick)
    written, tally = write_outputs(
        out_dir, pipeline.head, chunks, rejects, store=store, html=html, clock=clock, stream=len(papers) >= PARALLEL_MIN_PAPERS
    )
    outputs_ = tuple(p for p in written if p.name != outputs.INDEX_FILE)

    kinds: Counter[str] = Counter(vocab.concept(iri).kind for iri in tally.concepts)
    return BuildSummary(
        records=reading.records,
        papers=tally.papers,
        entities=dict(sorted(kinds.items())),
        links=tally.links,
        mentions=tally.mentions,
        results=tally.results,
        outputs=outputs_,
        seconds=time.perf_counter() - t0,
        timings=clock.wall,
        cpu=clock.cpu,
        rejected=len(reading.rejected),
        duplicates=reading.duplicates,
        rejected_files=len(reading.rejected_files),
    )


def _nothing_to_build(inputs: Sequence[Path], records: int, rejects: Sequence[InputError]) -> InputError:
    """The error of inputs that leave no paper: none held a record (a CSV header alone, a feed without entries), or
    ``skip_bad`` rejected them all."""
    where = str(inputs[0]) + (f" (and {len(inputs) - 1} more)" if len(inputs) > 1 else "") if inputs else "the input"
    kept = "nothing written, the previous outputs are left as they were"
    if not rejects:
        return InputError(
            where, f"no paper to build: {records} records read (a header without rows, a feed without entries?); {kept}"
        )
    first = rejects[0]
    return InputError(
        where,
        f"no paper left to build: {records} records read, {len(rejects)} rejected or unreadable (the first: {first}); {kept}",
    )


__all__ = [
    "BuildSummary",
    "Chunk",
    "Clock",
    "Pipeline",
    "build",
    "build_triples",
    "compile_pipeline",
    "graph_head",
    "link_and_format",
    "link_papers",
    "paper_block",
    "read_inputs",
]
