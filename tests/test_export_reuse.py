"""kg export --format turtle from a build's kg.ttl: byte-identical to serializing the store, and only when safe."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import outputs
from kg.build import build
from kg.cli import main
from kg.export import export
from kg.export.ntriples import write_turtle
from kg.export.reuse import reordered
from kg.export.turtle import WRITER_VERSION, TurtleFormatter, paper_block
from kg.graph import KG, PAPER, SKOS, XSD, Lit, dec, paper_triples
from kg.incremental import add
from kg.records import DiscoveredConcept, Link, LinkedPaper, Paper, Result
from kg.store import STORE_DIR, TURTLE_FILE, open_graph
from tests.conftest import MINI_VOCAB, SEEDS

SEED = sorted(SEEDS.iterdir())
# two papers that find the same new technique under different families: its statement differs between their blocks
SHARED = [
    {"id": "p1", "abstract": "We compare quantization methods such as ZQuant and GPTQ on LLaMA models on an NVIDIA A100 GPU."},
    {"id": "p2", "abstract": "We compare pruning methods such as ZQuant and SparseGPT on LLaMA models on an NVIDIA A100 GPU."},
]


def serialized(graph: Path) -> tuple[bytes, int]:
    """What the export writes without kg.ttl: the graph read from the store (or file) and serialized."""
    buf = io.BytesIO()
    n = write_turtle(open_graph(graph), buf)
    return buf.getvalue(), n


def exported(graph: Path, tmp_path: Path) -> tuple[bytes, int, bool]:
    out = tmp_path / "export.ttl"
    summary = export(graph, "turtle", out)
    return out.read_bytes(), summary.count, summary.reused


def assert_reused(graph: Path, tmp_path: Path, reused: bool = True) -> None:
    data, n, was = exported(graph, tmp_path)
    assert was is reused
    assert (data, n) == serialized(graph)


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def seeds_copy(seed_build, tmp_path):
    out = tmp_path / "seeds"
    shutil.copytree(seed_build[1], out)
    return out


def test_a_fresh_build_exports_its_kg_ttl_reordered_byte_for_byte(seeds_copy, tmp_path):
    assert outputs.load_index(seeds_copy / outputs.INDEX_FILE).writer == WRITER_VERSION
    assert_reused(seeds_copy, tmp_path)
    assert_reused(seeds_copy / STORE_DIR, tmp_path)  # the store named itself
    assert_reused(seeds_copy / TURTLE_FILE, tmp_path)  # kg.ttl named itself: read into memory without the reuse


def test_a_subject_stated_differently_in_two_blocks_is_written_once_from_all_its_triples(tmp_path):
    out = tmp_path / "b"
    build([_jsonl(tmp_path / "p.jsonl", SHARED)], out, jobs=1, html=False)
    concept = b"<https://w3id.org/papers-kg/technique/discovered/ZQuant>\n"
    assert (out / TURTLE_FILE).read_bytes().count(concept) == 2  # in each paper's block, with its own family
    data, _, reused = exported(out, tmp_path)
    assert reused and data.count(concept) == 1
    assert b"skos:broader tech:pruning,\n        tech:quantization ;" in data
    assert_reused(out, tmp_path)


def test_a_vocabulary_with_literals_in_other_forms_is_written_canonical_and_reused(tmp_path):
    """kg.ttl's head holds the terms the store holds ("1.5", 7), whatever form the vocabulary file wrote ("1.50", 007)."""
    vocab = tmp_path / "vocab"
    shutil.copytree(MINI_VOCAB, vocab)
    (vocab / "notes.ttl").write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<https://w3id.org/papers-kg/hardware/gpu> skos:note "Graphics"@en-GB, "1.50"^^xsd:decimal, "007"^^xsd:integer .\n',
        encoding="utf-8",
    )
    out = tmp_path / "b"
    build(SEED[:1], out, jobs=1, html=False, vocab_dir=vocab)
    head = (out / TURTLE_FILE).read_bytes()[: outputs.load_index(out / outputs.INDEX_FILE).head_end]
    assert b'"1.5"^^xsd:decimal,\n        "Graphics"@en-gb,\n        7 ;' in head
    assert_reused(out, tmp_path)


def test_after_kg_add_the_export_is_still_reused_and_identical(tmp_path):
    out = tmp_path / "b"
    build(SEED[:2], out, jobs=1, html=False, vocab_dir=MINI_VOCAB)
    add(SEED[2:], out, jobs=1, vocab_dir=MINI_VOCAB)
    assert outputs.load_index(out / outputs.INDEX_FILE).writer == WRITER_VERSION
    assert_reused(out, tmp_path)


def _rewrite_index(out: Path, **meta: object) -> None:
    path = out / outputs.INDEX_FILE
    magic, head, rows = path.read_text(encoding="utf-8").split("\n", 2)
    fields = {k: v for k, v in {**json.loads(head), **meta}.items() if v is not None}
    path.write_text(f"{magic}\n{json.dumps(fields, sort_keys=True)}\n{rows}", encoding="utf-8")


@pytest.mark.parametrize("writer", [None, 1, WRITER_VERSION + 1, "2", True])
def test_a_build_of_another_writer_version_is_serialized(seeds_copy, tmp_path, writer):
    """An index written before versions were recorded (no "writer"), or by another version: the store is serialized."""
    _rewrite_index(seeds_copy, writer=writer)
    assert_reused(seeds_copy, tmp_path, reused=False)


def test_kg_add_over_an_older_build_keeps_it_unversioned(tmp_path):
    """The blocks kg add keeps were written by the older writer: the spliced kg.ttl is not this version's."""
    out = tmp_path / "b"
    build(SEED[:2], out, jobs=1, html=False, vocab_dir=MINI_VOCAB)
    _rewrite_index(out, writer=None)
    add(SEED[2:], out, jobs=1, vocab_dir=MINI_VOCAB)
    assert outputs.load_index(out / outputs.INDEX_FILE).writer is None
    assert_reused(out, tmp_path, reused=False)
    build(SEED, out, jobs=1, html=False, vocab_dir=MINI_VOCAB)  # a build writes every byte again
    assert_reused(out, tmp_path)


def test_old_decimals_in_kg_ttl_are_never_copied(seeds_copy, tmp_path):
    """What versions are for: a build before canonical decimals wrote "80.0"; its store (and so the export) holds "80"."""
    ttl = seeds_copy / TURTLE_FILE
    old = ttl.read_bytes().replace(b'"3"^^xsd:decimal', b'"3.0"^^xsd:decimal')
    assert old != ttl.read_bytes()
    ttl.write_bytes(old)
    index = outputs.scan_blocks(ttl)
    store = outputs.store_id(seeds_copy / STORE_DIR)
    outputs.save_index(seeds_copy / outputs.INDEX_FILE, outputs.with_digests(ttl, replace(index, store_id=store)))
    assert outputs.load_index(seeds_copy / outputs.INDEX_FILE).writer is None
    data, _, reused = exported(seeds_copy, tmp_path)
    assert not reused and b'"3.0"^^xsd:decimal' not in data and data == serialized(seeds_copy)[0]


@pytest.mark.parametrize(
    "edit",
    [
        lambda b: b.replace(b"GPU", b"GPX", 1),  # same size
        lambda b: b.replace(b"GPU", b"GPUs", 1),
        lambda b: b[:-2],  # cut short
        lambda b: b + b"<http://example.org/x> <http://example.org/p> <http://example.org/o> .\n\n",
    ],
    ids=["same-size", "longer", "cut", "appended"],
)
def test_a_kg_ttl_edited_by_hand_is_not_copied_whatever_its_time(seeds_copy, tmp_path, edit):
    ttl = seeds_copy / TURTLE_FILE
    st = ttl.stat()
    ttl.write_bytes(edit(ttl.read_bytes()))
    os.utime(ttl, ns=(st.st_atime_ns, st.st_mtime_ns))  # even with its old modification time
    data, _, reused = exported(seeds_copy, tmp_path)
    assert not reused
    assert data == serialized(seeds_copy / STORE_DIR)[0]  # the store's graph, which the edit did not touch


def test_a_store_changed_by_other_means_is_serialized(seeds_copy, tmp_path):
    store = ox.Store(str(seeds_copy / STORE_DIR))
    store.add(ox.Quad(ox.NamedNode(PAPER + "extra"), ox.NamedNode(KG + "comment"), ox.Literal("added by hand")))
    del store
    data, _, reused = exported(seeds_copy, tmp_path)
    assert not reused and b'"added by hand"' in data
    assert data == serialized(seeds_copy)[0]


def test_a_store_only_opened_for_writing_is_serialized(seeds_copy, tmp_path):
    """Opening a store for writing names a new MANIFEST: whether anything was written is not known, so not reused."""
    store = ox.Store(str(seeds_copy / STORE_DIR))
    del store
    assert_reused(seeds_copy, tmp_path, reused=False)


def test_a_build_without_a_store_reuses_kg_ttl(tmp_path):
    out = tmp_path / "b"
    build(SEED[:2], out, jobs=1, html=False, store=False, vocab_dir=MINI_VOCAB)
    assert not (out / STORE_DIR).exists()
    assert_reused(out, tmp_path)


def test_no_index_or_an_index_of_format_1_is_serialized(seeds_copy, tmp_path):
    index = seeds_copy / outputs.INDEX_FILE
    text = index.read_text(encoding="utf-8").split("\n")
    rows = [r.split("\t") for r in text[2:] if r]
    index.write_text("\n".join([outputs._INDEX_MAGIC_1, text[1], *(f"{r[0]}\t{r[2]}" for r in rows)]) + "\n", encoding="utf-8")
    assert_reused(seeds_copy, tmp_path, reused=False)
    index.unlink()
    assert_reused(seeds_copy, tmp_path, reused=False)


def test_cli_export_to_stdout_is_the_same_bytes(seeds_copy, tmp_path):
    result = CliRunner().invoke(main, ["export", "-g", str(seeds_copy), "--format", "turtle"])
    assert result.exit_code == 0
    assert result.stdout_bytes == serialized(seeds_copy)[0]


# ---- a build made before this writer says so (cli19) -------------------------------------------------------------------


def _cli_export(graph: Path, *args: str) -> tuple[str, bytes, str]:
    r = CliRunner().invoke(main, ["export", "-g", str(graph), "--format", "turtle", *args])
    assert r.exit_code == 0, r.output
    return r.stdout, r.stdout_bytes, r.stderr


def _old_build_note(build: Path, why: str) -> str:
    return (
        f"kg: note: {build} was built by an older kg ({why}): its Turtle, N-Triples and JSON-LD exports read the whole"
        f" store, slow on a large graph; rebuild it once ('kg build INPUT... -o {build}') to export from its kg.ttl\n"
    )


@pytest.mark.parametrize(
    ("writer", "why"),
    [
        (None, "kg.ttl.idx records no writer version, this kg writes 2"),
        (1, "kg.ttl.idx records writer 1, this kg writes 2"),
        (WRITER_VERSION + 1, f"kg.ttl.idx records writer {WRITER_VERSION + 1}, this kg writes 2"),
        ("2", "kg.ttl.idx records no writer version, this kg writes 2"),
    ],
)
def test_cli_export_of_an_older_build_says_why_it_is_slow_and_what_to_run(seeds_copy, tmp_path, writer, why):
    """cli19: a build made before the reuse writer exported 20 times slower than a fresh one, silently."""
    _rewrite_index(seeds_copy, writer=writer)
    out = tmp_path / "out.ttl"
    stdout, _, stderr = _cli_export(seeds_copy, "-o", str(out))
    assert stderr == _old_build_note(seeds_copy, why)
    assert stdout.startswith("wrote ") and out.read_bytes() == serialized(seeds_copy)[0]
    _, data, stderr = _cli_export(seeds_copy / STORE_DIR)  # the store named, to standard output
    assert stderr == _old_build_note(seeds_copy, why) and data == serialized(seeds_copy)[0]
    assert WRITER_VERSION == 2  # the messages above name it


def test_cli_export_notes_a_build_without_an_index_or_with_one_of_format_1(seeds_copy, tmp_path):
    index = seeds_copy / outputs.INDEX_FILE
    text = index.read_text(encoding="utf-8").split("\n")
    rows = [r.split("\t") for r in text[2:] if r]
    index.write_text("\n".join([outputs._INDEX_MAGIC_1, text[1], *(f"{r[0]}\t{r[2]}" for r in rows)]) + "\n", encoding="utf-8")
    assert _cli_export(seeds_copy)[2] == _old_build_note(seeds_copy, "kg.ttl.idx without block digests")
    index.unlink()
    assert _cli_export(seeds_copy)[2] == _old_build_note(seeds_copy, "no kg.ttl.idx")


def test_no_note_where_rebuilding_would_not_help_or_nothing_is_slow(seeds_copy, tmp_path):
    """A fresh build, kg.ttl itself, another format, a Turtle file of no build: no note. A store changed after the
    build (by other means than kg) is serialized without a note: it is this writer's build, rebuilt or not."""
    assert _cli_export(seeds_copy)[2] == ""
    assert _cli_export(seeds_copy / TURTLE_FILE)[2] == ""
    loose = tmp_path / "loose.ttl"
    shutil.copy(seeds_copy / TURTLE_FILE, loose)
    assert _cli_export(loose)[2] == ""
    _rewrite_index(seeds_copy, writer=None)
    r = CliRunner().invoke(main, ["export", "-g", str(seeds_copy), "--format", "graphml"])
    assert r.exit_code == 0 and r.stderr == ""
    build_dir = tmp_path / "fresh"
    build(SEED[:2], build_dir, jobs=1, html=False, vocab_dir=MINI_VOCAB)
    store = ox.Store(str(build_dir / STORE_DIR))
    del store
    assert _cli_export(build_dir)[2] == ""


def test_kg_add_over_an_older_build_is_noted_until_rebuilt(tmp_path):
    out = tmp_path / "b"
    build(SEED[:2], out, jobs=1, html=False, vocab_dir=MINI_VOCAB)
    _rewrite_index(out, writer=None)
    add(SEED[2:], out, jobs=1, vocab_dir=MINI_VOCAB)
    assert _cli_export(out)[2] == _old_build_note(out, "kg.ttl.idx records no writer version, this kg writes 2")
    build(SEED, out, jobs=1, html=False, vocab_dir=MINI_VOCAB)
    assert _cli_export(out)[2] == ""


def test_the_note_comes_before_the_slow_work(seeds_copy):
    events: list[str] = []

    class Sink(io.BytesIO):
        def write(self, b) -> int:  # type: ignore[no-untyped-def]
            events.append("write")
            return super().write(b)

    _rewrite_index(seeds_copy, writer=1)
    summary = export(seeds_copy, "turtle", Sink(), note=lambda m: events.append("note"))
    assert not summary.reused and events[0] == "note" and events.count("note") == 1 and "write" in events


# ---- the writer's version ---------------------------------------------------------------------------------------------

# sha256 of probe_turtle() for each WRITER_VERSION. When this test fails, kg.ttl's bytes for the same triples changed:
# raise WRITER_VERSION in kg/export/turtle.py (builds of the old version are then serialized, not copied) and record
# the new digest here under the new number.
WRITER_DIGESTS = {2: "901dfcc33dbedc831f19a8d5146bec3a5c0b826a4b82d8c5f3875128c68de915"}


def probe_turtle() -> bytes:
    """The writer's text for every kind of term and statement a build writes (paper blocks, mentions, results with
    decimals, discovered concepts, IRIs needing angle brackets, literals needing escapes)."""
    text = 'A "quoted" \\ text\nwith a line break, a tab\t, \x00 and \x7f, \u00e9\u6f22 .\n\nnext'
    paper = Paper(
        id="arXiv:2501.00001",
        abstract=text,
        title="T",
        arxiv="2501.00001",
        authors=("B, A", "C"),
        year=2025,
        url="https://example.org/a b",
        categories=("cs.LG",),
        comments=("10 pages",),
        sources=("in.jsonl",),
    )
    links = (
        Link("https://w3id.org/papers-kg/technique/quantization", "abstract", 0, 1, "A", "exact", 0.9),
        Link("https://w3id.org/papers-kg/technique/discovered/Z-Q", "title", 0, 1, "T", "discovered", 1.0),
    )
    results = (
        Result(
            "https://w3id.org/papers-kg/metric/speedup",
            "abstract",
            2,
            8,
            "2.50x",
            0,
            10,
            2.5,
            1.0,
            80.0,
            -0.0,
            "x",
            "improvement",
        ),
    )
    found = DiscoveredConcept(
        "https://w3id.org/papers-kg/technique/discovered/Z-Q",
        "Technique",
        "Z-Q",
        ("ZQ",),
        "https://w3id.org/papers-kg/technique/",
        ("https://w3id.org/papers-kg/technique/quantization",),
        ("https://w3id.org/papers-kg/technique/quantization",),
        (),
    )
    lp = LinkedPaper(paper, links, results, (found,))
    fmt = TurtleFormatter()
    extra = [
        ("http://example.org/s#x", SKOS + "note", Lit("x", None, "en")),
        ("http://example.org/s#x", SKOS + "note", Lit("12", XSD + "integer")),
        ("http://example.org/s#x", SKOS + "note", dec(1e-7)),
        ("http://example.org/s#x", SKOS + "note", dec(123456789.125)),
    ]
    parts = [fmt.header(), paper_block(fmt, lp)[1], fmt.block(paper_triples(lp)), fmt.block(extra)]
    return "".join(parts).encode("utf-8")


def test_the_writer_version_names_the_writer_output():
    digest = hashlib.sha256(probe_turtle()).hexdigest()
    assert WRITER_DIGESTS.get(WRITER_VERSION) == digest, (
        "kg.ttl's text for the same triples changed: raise WRITER_VERSION in kg/export/turtle.py and record "
        f"{digest} for it in WRITER_DIGESTS"
    )


def test_the_probe_round_trips_through_a_store_as_the_export_writes_it(tmp_path):
    """The reuse's premise on the probe: the formatter's text, read into a store and serialized, is reordered kg.ttl."""
    ttl = tmp_path / TURTLE_FILE
    data = probe_turtle()  # the paper's statements twice (the same text): written once
    ttl.write_bytes(data)
    head = outputs.block_digest(data)
    index = outputs.BlockIndex(len(data), (), (), len(data), head_digest=head, digests=(), writer=WRITER_VERSION)
    outputs.save_index(tmp_path / outputs.INDEX_FILE, index)
    with reordered(ttl) as copy:
        buf = io.BytesIO()
        n = copy.write(buf)
    assert (buf.getvalue(), n) == serialized(ttl)


# ---- N-Triples and JSON-LD from kg.ttl's statements (cli20) ----------------------------------------------------------

HOSTILE = [
    {
        "id": "h1",
        "title": 'A "quoted" \\ title\twith a tab',
        "abstract": "INT8 quantization on an FPGA.\r\nA second line, caf\u00e9 \U0001f600.",
    },
    {
        "id": "h2",
        "title": "Cafe\u0301 \u4e2d\u6587 \x01\x0b\x0c\x7f \ufffe",
        "abstract": "Pruning of BERT on GLUE with an NVIDIA A100 GPU \u2028 end.",
    },
    {"id": "sha1:x,y", "abstract": 'LoRA fine-tuning of LLaMA-2 7B reaches 71.8% on MMLU; "3.50" and 1e3 and 007.'},
]


def _store_written(graph: Path, fmt: str) -> tuple[bytes, int]:
    """The reference: the writer of ``fmt`` reading the store (the export before cli20)."""
    from kg.export.jsonld import write_jsonld
    from kg.export.ntriples import write_ntriples

    buf = io.BytesIO()
    n = (write_ntriples if fmt == "ntriples" else write_jsonld)(open_graph(graph), buf)
    return buf.getvalue(), n


@pytest.fixture(scope="module")
def builds(seed_build, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Builds by kind, made once (the exports only read them)."""
    tmp = tmp_path_factory.mktemp("cli20")
    made = {"seeds": seed_build[1]}
    made["shared"] = tmp / "shared"  # a subject stated differently in two blocks: merged
    build([_jsonl(tmp / "p.jsonl", SHARED)], made["shared"], jobs=1, html=False)
    made["hostile"] = tmp / "hostile"
    build([_jsonl(tmp / "h.jsonl", HOSTILE)], made["hostile"], jobs=1, html=False)
    made["added"] = tmp / "added"
    build(SEED[:2], made["added"], jobs=1, html=False, vocab_dir=MINI_VOCAB)
    add([_jsonl(tmp / "h.jsonl", HOSTILE), *SEED[2:]], made["added"], jobs=1, vocab_dir=MINI_VOCAB)
    return made


@pytest.mark.parametrize("kind", ["seeds", "shared", "hostile", "added"])
@pytest.mark.parametrize("fmt", ["ntriples", "jsonld"])
def test_ntriples_and_jsonld_of_a_build_are_read_from_kg_ttl_and_are_the_stores_bytes(builds, tmp_path, kind, fmt):
    """cli20: kg export --format ntriples / jsonld read the store twice (every quad to list the subjects, then each
    subject's): c10k 24 s and 32 s. From kg.ttl's statements: 2.8 s and 5.5 s of CPU, the same bytes."""
    graph = builds[kind]
    out = tmp_path / f"export.{fmt}"
    summary = export(graph, fmt, out)
    assert summary.reused
    assert (out.read_bytes(), summary.count) == _store_written(graph, fmt)


@pytest.mark.parametrize("kind", ["seeds", "hostile", "added"])
@pytest.mark.parametrize(("run", "size"), [(1, 1), (97, 500), (4096, 1 << 22)])
def test_subject_blocks_of_kg_ttl_are_the_stores_in_any_batching(builds, monkeypatch, kind, run, size):
    """Runs of kg.ttl are cut after a whole statement, batches parsed whole: every subject once, in the store's order,
    with the store's triples, however small the runs (a statement longer than a run) and the batches."""
    from kg.export import reuse
    from kg.export.ntriples import subject_blocks

    graph = builds[kind]
    monkeypatch.setattr(reuse, "_RUN", run)
    copy = reordered(graph)
    assert copy is not None
    with copy:
        got = [(s, sorted(set(triples), key=repr)) for s, triples in copy.subject_blocks(size)]
    want = [(s, sorted(set(triples), key=repr)) for s, triples in subject_blocks(open_graph(graph))]
    assert got == want


def test_ntriples_of_a_store_or_an_older_build_is_still_read_from_the_store(seeds_copy, tmp_path):
    _rewrite_index(seeds_copy, writer=1)
    for fmt in ("ntriples", "jsonld"):
        summary = export(seeds_copy, fmt, tmp_path / fmt)
        assert not summary.reused and ((tmp_path / fmt).read_bytes(), summary.count) == _store_written(seeds_copy, fmt)
