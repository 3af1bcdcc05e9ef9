"""Turtle: valid for independent parsers, deterministic, faithful to the literals."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.export.turtle import TurtleFormatter, write_turtle
from kg.graph import XSD, Lit
from tests.conftest import MINI_VOCAB, SEEDS


def test_seed_turtle_parses_in_pyoxigraph(seed_build):
    _, out = seed_build
    store = ox.Store()
    store.bulk_load(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    papers = list(
        store.query("PREFIX kg: <https://w3id.org/papers-kg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }")
    )
    assert int(papers[0]["n"].value) == 188


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (Debian raptor2-utils) not installed")
def test_seed_turtle_parses_in_rapper(seed_build):
    _, out = seed_build
    res = subprocess.run(["rapper", "-i", "turtle", "-c", str(out / "kg.ttl")], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "rapper: Parsing returned" in res.stderr


def test_rebuild_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build([SEEDS], a, html=False, store=False, vocab_dir=MINI_VOCAB)
    files = sorted(SEEDS.iterdir(), reverse=True)  # another input order
    build(files, b, html=False, store=False, vocab_dir=MINI_VOCAB)
    digest = [hashlib.sha256((d / "kg.ttl").read_bytes()).hexdigest() for d in (a, b)]
    assert digest[0] == digest[1]


@pytest.mark.parametrize(
    "value",
    ['quote " and backslash \\ and \\%', "new\nline\ttab\r", "ctrl \x00\x01\x1f\x7f", "<script>alert(1)</script>", "émoji 🚀 ü"],
)
def test_literals_round_trip(value):
    buf = io.StringIO()
    s = "https://w3id.org/papers-kg/paper/x"
    write_turtle(buf, [], [[(s, "http://purl.org/dc/terms/abstract", Lit(value))]])
    [t] = list(ox.parse(buf.getvalue().encode(), ox.RdfFormat.TURTLE))
    assert t.object.value == value


def test_integers_are_bare_and_decimals_typed():
    f = TurtleFormatter()
    assert f.term(Lit("12", XSD + "integer")) == "12"
    assert f.term(Lit("0.9", XSD + "decimal")) == '"0.9"^^xsd:decimal'


ODD_TEXTS = ['a "quoted"\tname\\', "{0} and {1}", "line\nbreak", "naïve – ü", "\x07bell", ""]


@pytest.mark.parametrize("value", ODD_TEXTS)
def test_plain_is_the_text_of_the_plain_literal(value):
    fmt = TurtleFormatter()
    assert fmt.plain(value) == fmt.term(Lit(value))
    assert fmt.plain(value) == fmt.plain(value)  # remembered: the same text again


@pytest.mark.parametrize("n", [0, 7, 1054, 10**12])
def test_integer_is_the_text_of_the_integer_literal(n):
    assert TurtleFormatter.integer(n) == TurtleFormatter().term(Lit(str(n), XSD + "integer"))


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_statement_of_texts_is_the_grouped_statement(text):
    # statement / statement_of join pieces (once a str.format template): braces in a text or subject stay as they are
    kg = "https://w3id.org/papers-kg/ontology#"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    subject = "https://w3id.org/papers-kg/paper/p{1}/mention/abstract-1-2"
    predicates = (rdf_type, kg + "start", kg + "matchedText", kg + "mentionOf", kg + "end")
    objects = (
        kg + "Mention",
        Lit("1", XSD + "integer"),
        Lit(text),
        "https://w3id.org/papers-kg/hardware/gpu",
        Lit("12", XSD + "integer"),
    )
    want = TurtleFormatter().block([(subject, p, o) for p, o in zip(predicates, objects, strict=True)])
    fmt = TurtleFormatter()
    assert fmt.statement(subject, predicates, objects) == want
    texts = [fmt.name(objects[0]), fmt.integer(1), fmt.plain(text), fmt.name(objects[3]), fmt.integer(12)]
    assert fmt.statement_of(subject, predicates, texts) == want


@pytest.mark.parametrize("value", [*ODD_TEXTS, "plain words", "\x7f", "line\u2028sep", "no\xa0break", 'only "quotes"'])
def test_escaped_is_the_escaping_patterns_text(value):
    # the quick check (no quote, backslash, non-printable character) must never skip a text the pattern would change
    from kg.export.turtle import _NEEDS_ESC, _esc_char, _escaped

    assert _escaped(value) == _NEEDS_ESC.sub(_esc_char, value)


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_statement_named_is_statement_of_with_the_subjects_name(text):
    kg = "https://w3id.org/papers-kg/ontology#"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    subject = "https://w3id.org/papers-kg/paper/p1/mention/abstract-1-2"
    predicates = (kg + "matchedText", rdf_type, kg + "start")
    fmt = TurtleFormatter()
    texts = [fmt.plain(text), fmt.name(kg + "Mention"), fmt.integer(1)]
    assert fmt.statement_named(fmt.name(subject), predicates, texts) == fmt.statement_of(subject, predicates, texts)
    assert fmt.statement_named("{0}", predicates, texts).startswith("{0}\n    a kg:Mention ;\n")


def test_paper_block_is_the_grouped_block_with_results_and_odd_texts():
    from kg.export.turtle import paper_block
    from kg.graph import paper_iri, paper_triples
    from kg.records import Link, LinkedPaper, Paper, Result

    paper = Paper(id="p{0}", abstract='Runs "fast" on the NPU\\ at 2.5x.\tDone', title="T {1}")
    links = (
        Link("https://w3id.org/papers-kg/hardware/npu", "abstract", 18, 21, "NPU", "label", 0.9),
        Link("https://w3id.org/papers-kg/technique/x", "title", 0, 1, "T", "alias", 0.5),
    )
    result = Result(
        "https://w3id.org/papers-kg/metric/speedup", "abstract", 26, 30, "2.5x", 0, 31, value=2.5, unit="x",
        hardware="https://w3id.org/papers-kg/hardware/npu", hardware_attachment="same-sentence",
    )  # fmt: skip
    lp = LinkedPaper(paper, links, (result,))
    fmt = TurtleFormatter()
    for _ in range(2):  # names remembered from the first block give the same text
        iri, block = paper_block(fmt, lp)
        assert block == TurtleFormatter().block(paper_triples(lp))
    assert iri == paper_iri(paper)
    assert block.count("kg:hasMention") == 1 and block.count("kg:Mention ;") == 2


def _full_paper(arxiv, url, shared_span):
    from kg.records import DiscoveredConcept, Link, LinkedPaper, Paper, Result

    base = "https://w3id.org/papers-kg/"
    paper = Paper(
        id=f"arXiv:{arxiv}" if arxiv else "p x",
        abstract='Runs "fast" on the NPU at 2.5x and 40% on ImageNet.\nDone',
        title=None if arxiv else "T\\x",
        arxiv=arxiv,
        authors=("B. Author", "A. Author", "B. Author", 'Q "q"'),
        year=987,
        url=url,
        categories=("cs.LG", "cs.AR", "cs.LG"),
        comments=("10 pages", "accepted\tat X"),
        sources=("b.jsonl", "a.jsonl"),
    )
    links = (
        Link(base + "hardware/npu", "abstract", 18, 21, "NPU", "label", 0.9),
        Link(base + "benchmark/imagenet", "abstract", 42, 50, "ImageNet", "label", 1.0),
        Link(base + "hardware/npu", "abstract", 60, 63, "NPU", "alias", 0.9),
    )
    speedup = Result(
        base + "metric/speedup", "abstract", 25, 29, "2.5x", 0, 51, value=2.5, unit="x", relation="improvement",
        qualifier="up to", hardware=base + "hardware/npu", hardware_attachment="same-sentence",
        compared_to=base + "hardware/gpu",
    )  # fmt: skip
    accuracy = Result(
        base + "metric/top1", "abstract", *((25, 29) if shared_span else (34, 38)), "40%", 0, 51, min_value=38.0,
        max_value=40.0, baseline_value=1e-7, unit="%", benchmark=base + "benchmark/imagenet",
        benchmark_attachment="same-sentence", hardware=base + "hardware/npu",
    )  # fmt: skip
    discovered = (
        DiscoveredConcept(
            base + "hardware/npu-x9",
            "HardwarePlatform",
            "NPU-X9",
            ("X9", "npu-x9"),
            base + "hardware",
            (base + "hardware/npu",),
            (base + "hardware/npu", base + "hardware/accelerator"),
            (base + "hardware/accelerator",),
        ),  # fmt: skip
        DiscoveredConcept(base + "technique/zz", "Technique", "ZZ", (), base + "technique", (), (), ()),
    )
    return LinkedPaper(paper, links, (speedup, accuracy), discovered)


@pytest.mark.parametrize(
    "arxiv, url, shared_span",
    [
        ("2401.00001", None, False),
        ("2401.00001", "https://arxiv.org/abs/2401.00001", False),  # the web address is the arXiv page: once
        ("hep-th/9901001", "http://example.org/a b", False),
        (None, "http://[x", False),  # no valid web address, no arXiv page
        (None, "https://example.org/p", True),  # two results of one span share a node: grouped
    ],
)
def test_paper_block_writes_every_field_as_the_grouped_block(arxiv, url, shared_span):
    # the paper's statement and its results' are written from the fields, not grouped: the text must be the same
    from kg.export.turtle import paper_block
    from kg.graph import paper_triples

    lp = _full_paper(arxiv, url, shared_span)
    fmt = TurtleFormatter()
    for _ in range(2):  # names and literals remembered from the first block give the same text
        block = paper_block(fmt, lp)[1]
        assert block == TurtleFormatter().block(paper_triples(lp))
    assert block.count("kg:reports") == 1 and block.count("a kg:Result ;") == 2 - shared_span
    assert "dcterms:creator " in block and block.count('"B. Author"') == 1
    assert block.count("a skos:Concept") == 0 and block.count("skos:Concept") == 2
