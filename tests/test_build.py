"""The build pipeline end to end on the seeds with the packaged vocabulary."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import sources
from kg.build import Pipeline, compile_pipeline, link_papers, paper_block
from kg.export.turtle import TurtleFormatter
from kg.graph import paper_triples
from kg.records import Link, LinkedPaper, Paper
from kg.vocab import load
from tests.conftest import DATA


def test_seed_build_outputs(seed_build):
    summary, out = seed_build
    assert summary.records == 199
    assert summary.papers == 188
    assert (out / "kg.ttl").is_file() and (out / "graph.html").is_file() and (out / "store" / "CURRENT").is_file()
    assert set(summary.entities) == {"Benchmark", "HardwarePlatform", "Model", "Technique"}
    assert summary.links > 300


def test_store_answers_the_contract(seed_store):
    q = """SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
             ?p a kg:Paper ; dcterms:identifier ?id ; dcterms:abstract ?a ; kg:mentions ?e .
             ?e a skos:Concept ; skos:prefLabel ?l }"""
    from kg.graph import PREFIXES

    [row] = list(seed_store.query(q, prefixes=PREFIXES))
    assert int(row["n"].value) > 120


def test_evidence_offsets_point_at_the_matched_text(seed_store):
    from kg.graph import PREFIXES

    q = """SELECT ?text ?field ?start ?end ?title ?abstract WHERE {
             ?p kg:hasMention ?m ; dcterms:abstract ?abstract . OPTIONAL { ?p dcterms:title ?title }
             ?m kg:matchedText ?text ; kg:inField ?field ; kg:start ?start ; kg:end ?end }"""
    rows = list(seed_store.query(q, prefixes=PREFIXES))
    assert len(rows) > 300
    for r in rows:
        source = (r["title"] if r["field"].value == "title" else r["abstract"]).value
        assert source[int(r["start"].value) : int(r["end"].value)] == r["text"].value


def test_parallel_linking_equals_serial(monkeypatch):
    import kg.build as b

    monkeypatch.setattr(b, "PARALLEL_MIN_PAPERS", 1)
    pipeline = Pipeline(load())
    papers = [Paper(id=f"p{i}", abstract=f"We run NAS on FPGAs and MCUs with ImageNet, case {i}.") for i in range(40)]
    assert link_papers(pipeline, papers, jobs=2) == link_papers(pipeline, papers, jobs=1)


def test_sparql_offsets_agree_with_python_for_non_bmp_text(tmp_path):
    from kg.build import build

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "x", "abstract": "\\ud83d\\ude80\\ud83d\\ude80 We deploy deep learning inference on FPGAs and MCUs."}\n'
    )
    build([src], tmp_path / "out", html=False)
    store = ox.Store.read_only(str(tmp_path / "out" / "store"))
    q = """PREFIX kg: <https://w3id.org/papers-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
           SELECT ?t (SUBSTR(?a, ?s + 1, ?e - ?s) AS ?cut) WHERE { ?p dcterms:abstract ?a ; kg:hasMention ?m .
           ?m kg:matchedText ?t ; kg:start ?s ; kg:end ?e }"""
    rows = list(store.query(q))
    assert rows and all(r["t"].value == r["cut"].value for r in rows)


def test_streamed_parallel_build_equals_serial_build(tmp_path, monkeypatch, seed_store):
    """Scale issue: workers format blocks and the store loads from the stream; same bytes, same graph.

    ``seed_store`` is open in this process first: a loader forked from a process with RocksDB
    threads used to deadlock (the loader is now a fresh interpreter).
    """
    import kg.build as b
    from tests.conftest import SEEDS

    serial = tmp_path / "serial"
    b.build([SEEDS], serial, jobs=1, html=False)
    monkeypatch.setattr(b, "PARALLEL_MIN_PAPERS", 1)
    monkeypatch.setattr(b, "CHUNK", 7)
    streamed = tmp_path / "streamed"
    summary = b.build([SEEDS], streamed, jobs=2, html=False)
    assert summary.timings.get("store (after turtle)") is not None
    assert (streamed / "kg.ttl").read_bytes() == (serial / "kg.ttl").read_bytes()
    idx = [(p / "kg.ttl.idx").read_text().splitlines()[2:] for p in (serial, streamed)]
    assert idx[0] == idx[1] and len(idx[0]) == summary.papers
    a, z = (ox.Store.read_only(str(p / "store")) for p in (serial, streamed))
    assert set(a) == set(z)


@pytest.mark.parametrize("name", ["dev", "heldout", "test2"])
def test_paper_block_is_the_grouped_block_of_the_papers_triples(name):
    # mention nodes are formatted one statement each, without grouping: the text must be what grouping gives
    pipeline = compile_pipeline()
    fmt, grouped = TurtleFormatter(), TurtleFormatter()
    papers = sources.read_all([DATA / "eval" / f"{name}-abstracts.jsonl"], None).papers
    linked = [pipeline.process(p) for p in papers]
    assert sum(len(lp.links) for lp in linked) > len(linked)
    for lp in linked:
        assert paper_block(fmt, lp)[1] == grouped.block(paper_triples(lp))


def test_paper_block_groups_the_mention_node_two_links_share():
    text = 'A "quoted"\tNPU\\ name'
    paper = Paper(id="p1", abstract=text, title="T")
    links = tuple(
        Link(f"https://w3id.org/papers-kg/{c}", "abstract", 12, 15, "NPU", "label", conf)
        for c, conf in (("hardware/npu", 0.9), ("technique/x", 0.75))
    ) + (Link("https://w3id.org/papers-kg/hardware/npu", "title", 0, 1, "T", "alias", 0.5),)
    lp = LinkedPaper(paper, links)
    block = paper_block(TurtleFormatter(), lp)[1]
    assert block == TurtleFormatter().block(paper_triples(lp))
    node = "<https://w3id.org/papers-kg/paper/p1/mention/abstract-12-15>"
    assert block.count(node + "\n") == 1  # one statement, both concepts and confidences in it
    assert "kg:mentionOf hw:npu,\n        tech:x" in block


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_paused_restores_the_collector(enabled):
    """Issue #4: the read runs without cyclic GC; the collector comes back as it was, also after an error."""
    import gc

    from kg.build import _gc_paused

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with pytest.raises(KeyError), _gc_paused():
            assert not gc.isenabled()
            raise KeyError("x")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# issue 3: one name found under two families in two papers of one build
FOUND_UNDER_TWO = (
    {
        "id": "ptq",
        "abstract": "We compare with post-training quantization methods such as GPTQ, AWQ and ZorbQ. "
        "We train deep learning models with neural networks for inference.",
    },
    {
        "id": "peft",
        "abstract": "We evaluate four PEFT methods (LoRA, DoRA, QLoRA, ZorbQ) across two model sizes. "
        "We train deep learning models with neural networks for inference.",
    },
)
ZORBQ = "https://w3id.org/papers-kg/technique/discovered/ZorbQ"
TECH = "https://w3id.org/papers-kg/technique/"


def discovered_families(store: ox.Store, iri: str) -> dict[str, set[str]]:
    """Who mentions ``iri``, the node's labels, parents and ancestors, and which papers each family's
    ``kg:mentions/skos:broader*`` reaches (by family slug)."""
    from kg.graph import PREFIXES

    node = ox.NamedNode(iri)

    def values(q: str, **bound: ox.Term) -> set[str]:
        rows = store.query(q, prefixes=PREFIXES, substitutions={ox.Variable(k): v for k, v in bound.items()})
        return {r[0].value.rsplit("/", 1)[-1] for r in rows}

    out = {
        "papers": values("SELECT ?id ?c WHERE { ?p kg:mentions ?c ; dcterms:identifier ?id }", c=node),
        "labels": values("SELECT ?l ?c WHERE { ?c skos:prefLabel ?l }", c=node),
        "broader": values("SELECT ?b ?c WHERE { ?c skos:broader ?b }", c=node),
        "ancestors": values("SELECT ?b ?c WHERE { ?c skos:broaderTransitive ?b }", c=node),
    }
    for family in out["broader"]:
        out[family] = values(
            "SELECT ?id ?f WHERE { ?p kg:mentions/skos:broader* ?f ; dcterms:identifier ?id }", f=ox.NamedNode(TECH + family)
        )
    return out


def test_a_name_found_under_two_families_is_one_node_with_both(tmp_path):
    import json

    from kg.build import build

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in FOUND_UNDER_TWO))
    build([src], tmp_path / "out", html=False, jobs=1)
    store = ox.Store.read_only(str(tmp_path / "out" / "store"))
    got = discovered_families(store, ZORBQ)
    assert got["papers"] == {"ptq", "peft"}  # a query by the one IRI finds both papers
    assert got["labels"] == {"ZorbQ"} and got["broader"] == {"post-training-quantization", "peft"}
    assert {"quantization", "fine-tuning", "post-training-quantization", "peft"} <= got["ancestors"]
    # each family reaches its paper (and, the node being one, the other paper too: the graph holds the union)
    assert got["post-training-quantization"] == got["peft"] == {"ptq", "peft"}
    # no other node carries the name
    [[n]] = store.query('SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> "ZorbQ" }')
    assert n.value == "1"


def test_the_tally_of_chunks_counts_each_papers_distinct_concepts():
    from kg.build import Tally, link_and_format

    pipeline = compile_pipeline()
    papers = sources.read_all([DATA / "eval" / "dev-abstracts.jsonl"], None).papers
    linked = [pipeline.process(p) for p in papers]
    tally = Tally()
    for chunk in link_and_format(pipeline, papers, jobs=1):
        tally.add(chunk)
    per_paper = [{lk.concept for lk in lp.links} for lp in linked]
    assert sum(map(len, per_paper)) < sum(len(lp.links) for lp in linked)  # papers name a concept more than once
    assert tally.links == sum(map(len, per_paper)) and tally.concepts == set().union(*per_paper)
    assert (tally.papers, tally.mentions) == (len(papers), sum(len(lp.links) for lp in linked))
    assert tally.results == sum(len(lp.results) for lp in linked) > 0


def _dispositions(_: object) -> tuple[object, ...]:
    import signal

    held = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), bool({signal.SIGINT, signal.SIGTERM} & held)


@pytest.mark.parametrize("link, work", [("link_papers", "_work"), ("link_and_format", "_work_chunk")])
def test_linking_workers_ignore_ctrl_c_and_die_of_sigterm_in_the_kernel(monkeypatch, link, work):
    """cli16: a kg add of 5,000 papers with -j 2 sometimes hung at the end of linking. The closing pool holds its task
    queue's lock for good and ends its workers with SIGTERM; a worker ran kg's inherited Python handler for it, which
    runs only between bytecodes, so a SIGTERM that came just before the worker blocked on that lock was never acted
    on, and the pool waited for it forever. Workers now leave SIGTERM to the kernel (and Ctrl-C to the build)."""
    import signal

    import kg.build as b
    from kg.cli import _stop_on_signals

    monkeypatch.setattr(b, "PARALLEL_MIN_PAPERS", 1)
    monkeypatch.setattr(b, work, _dispositions)
    papers = [Paper(id=str(i), abstract="x") for i in range(8)]
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with _stop_on_signals():
        assert callable(signal.getsignal(signal.SIGTERM))  # what a forked worker inherits
        seen = set(getattr(b, link)(None, papers, jobs=2))  # type: ignore[arg-type]
    assert seen == {(signal.SIG_IGN, signal.SIG_DFL, False)}  # and neither is held back any more
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == mask  # nor in this process


# closes a 2-worker linking pool of trivial tasks again and again under kg's signal handlers; exit 3 if one hangs
_CLOSE_POOLS = """
import multiprocessing as mp, os, signal, sys
import kg.build as b
from kg.cli import _stop_on_signals
from kg.records import Paper

def work(p):
    return 1

def hung(*_):
    for c in mp.active_children():
        os.kill(c.pid, signal.SIGKILL)
    os._exit(3)

b.PARALLEL_MIN_PAPERS, b._work = 1, work
papers = [Paper(id=str(i), abstract="x") for i in range(2000)]
signal.signal(signal.SIGALRM, hung)
with _stop_on_signals():
    for i in range(int(sys.argv[1])):
        signal.alarm(20)
        b.link_papers(None, papers, jobs=2)
"""


@pytest.mark.slow
def test_a_linking_pool_closed_again_and_again_never_hangs():
    """cli16: the stress that showed the hang: merge15's pool hung within 3 to 29 closings under load, a pool whose
    workers only set SIGTERM to default in their initializer within 21 to 184; none in 1,900 since."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    r = subprocess.run([sys.executable, "-c", _CLOSE_POOLS, "300"], cwd=ROOT, capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr.decode()


@pytest.mark.parametrize(
    ("files", "skip_bad", "message"),
    [
        ({"papers.csv": "id,title,abstract\n"}, False, "no paper to build: 0 records read"),
        (
            {"feed.xml": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>\n'},
            False,
            "no paper to build: 0 records read",
        ),
        (
            {"a.jsonl": '{"id": "a"}\n{"id": "b", "abstract": ""}\n'},
            True,
            "no paper left to build: 2 records read, 2 rejected or unreadable (the first: ",
        ),
        ({"a.txt": "notes, not papers\n"}, True, "no paper left to build: 0 records read, 1 rejected or unreadable (the first: "),
    ],
)
def test_a_build_left_with_no_paper_is_refused_and_keeps_the_previous_outputs(tmp_path, files, skip_bad, message):
    """cli20: a CSV header alone, an Atom feed without entries, or --skip-bad rejecting every record built an empty
    graph with exit 0, over whatever the directory held."""
    from kg.build import build
    from kg.errors import InputError
    from tests.conftest import MINI_PAPERS, MINI_VOCAB

    out = tmp_path / "out"
    build([MINI_PAPERS], out, jobs=1, vocab_dir=MINI_VOCAB, html=False)
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    inputs = [tmp_path / name for name in files]
    with pytest.raises(InputError) as e:
        build(inputs, out, jobs=1, vocab_dir=MINI_VOCAB, html=False, skip_bad=skip_bad)
    assert str(e.value).startswith(f"{inputs[0]}: {message}")
    assert str(e.value).endswith("nothing written, the previous outputs are left as they were")
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before
