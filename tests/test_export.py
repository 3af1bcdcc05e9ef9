"""kg export: every format parses in independent parsers (pyoxigraph, rapper, rdflib, networkx) to the built graph."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.errors import ExportError
from kg.export import FORMATS, export
from kg.store import open_graph
from tests.conftest import MINI_PAPERS, MINI_VOCAB

P = "https://w3id.org/papers-kg/paper/"
HW = "https://w3id.org/papers-kg/hardware/"
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def triples_of(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def parsed(data: bytes | None = None, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES, path: Path | None = None) -> set[ox.Triple]:
    quads = ox.parse(data, format=fmt) if path is None else ox.parse(path=str(path), format=fmt)
    return {q.triple for q in quads}


@pytest.fixture(scope="module")
def seed_exports(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    for fmt, ext in FORMATS.items():
        export(seed_build[1], fmt, out / ("csv" if fmt == "csv" else "kg" + ext))
    return out


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_exports_parse_in_pyoxigraph_to_the_built_graph(seed_store, seed_exports, fmt):
    assert parsed(path=seed_exports / ("kg" + FORMATS[fmt]), fmt=RDF_FORMATS[fmt]) == triples_of(seed_store)


@pytest.mark.skipif(shutil.which("rapper") is None, reason="needs rapper (Debian raptor2-utils)")
@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_rdf_exports_parse_in_rapper_to_the_built_graph(seed_store, seed_exports, fmt):
    path = seed_exports / ("kg" + FORMATS[fmt])
    res = subprocess.run(["rapper", "-q", "-i", fmt, "-o", "ntriples", str(path)], capture_output=True, check=True)
    assert res.stderr == b""
    assert parsed(res.stdout) == triples_of(seed_store)


def test_jsonld_parses_in_rdflib_and_carries_its_context(seed_store, seed_exports):
    import rdflib

    path = seed_exports / "kg.jsonld"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/papers-kg/ontology#"
    assert any("kg:mentions" in node for node in doc["@graph"])
    g = rdflib.Graph().parse(path, format="json-ld")
    assert len(g) == len(triples_of(seed_store))
    nt = g.serialize(format="nt", encoding="utf-8")
    assert parsed(nt) == triples_of(seed_store)


def test_ntriples_lines_are_sorted(seed_exports):
    lines = (seed_exports / "kg.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))


@pytest.fixture(scope="module")
def shuffled_build(tmp_path_factory):
    """The mini corpus with its records in reverse order: a different input order, the same graph."""
    d = tmp_path_factory.mktemp("shuffled")
    lines = MINI_PAPERS.read_text(encoding="utf-8").splitlines()
    (d / "papers.jsonl").write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    build([d / "papers.jsonl"], d / "out", jobs=1, vocab_dir=MINI_VOCAB, html=False)
    return d / "out"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_exports_are_byte_identical_whatever_the_input_order(mini_build, shuffled_build, tmp_path, fmt):
    a, b = tmp_path / ("a" + FORMATS[fmt]), tmp_path / ("b" + FORMATS[fmt])
    export(mini_build, fmt, a)
    export(shuffled_build, fmt, b)
    files = sorted(p.name for p in a.iterdir()) if fmt == "csv" else [""]
    for name in files:
        assert (a / name if name else a).read_bytes() == (b / name if name else b).read_bytes()


def test_graphml_holds_papers_entities_and_their_ancestors(mini_build, tmp_path):
    export(mini_build, "graphml", tmp_path / "kg.graphml")
    g = nx.read_graphml(tmp_path / "kg.graphml")
    assert g.nodes[P + "p1"] == {
        "label": "INT8 quantization of ResNet-50 on FPGAs",
        "kind": "Paper",
        "identifier": "p1",
        "year": "2021",
    }
    assert g.nodes[P + "arxiv-2203.00002"]["url"] == "https://arxiv.org/abs/2203.00002"
    assert g.nodes[HW + "nvidia-h100"] == {"label": "NVIDIA H100", "kind": "HardwarePlatform", "hardware_class": "GPU"}
    # NVIDIA Hopper GPU is named by no paper, but sits between H100 and GPU
    assert g.nodes[HW + "nvidia-hopper"]["label"] == "NVIDIA Hopper GPU"
    assert g.edges[HW + "nvidia-h100", HW + "nvidia-hopper"]["label"] == "broader"
    assert g.edges[P + "p1", HW + "fpga"] == {"label": "mentions", "weight": 2, "confidence": 0.95}  # "FPGAs", "FPGA"
    assert HW + "mobile-cpu" not in g  # in the vocabulary, named by no paper
    # "NVIDIA H100 GPUs" is one mention of the H100 (the class word is the product's)
    assert sum(1 for _, _, d in g.edges(data=True) if d["label"] == "mentions") == 18
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "Paper") == 5
    keys = [k.get("id") for k in ET.parse(tmp_path / "kg.graphml").getroot() if k.tag.endswith("key")]
    assert len(keys) == len(set(keys)), "GraphML key ids must be unique"


def test_graphml_of_titles_with_control_characters_is_well_formed_xml(tmp_path):
    """usertest18: a title holding U+0001 or a form feed (kept by the build, escaped in Turtle) made the GraphML
    export unreadable: "not well-formed (invalid token)" in networkx (and so in Gephi). XML 1.0 cannot hold them even
    as character references; they become U+FFFD there, and CSV keeps them."""
    titles = ["Ctrl\x01 title \x0b with \x0c and \ufffe", "Tab\tnew\nline \x7f \U0001f600 e\u0301"]
    papers = tmp_path / "papers.jsonl"
    papers.write_text(
        "".join(
            json.dumps({"id": f"p{i}", "title": t, "abstract": "INT8 quantization on FPGAs."}) + "\n"
            for i, t in enumerate(titles)
        ),
        encoding="utf-8",
    )
    build([papers], tmp_path / "out", jobs=1, vocab_dir=MINI_VOCAB, html=False)
    export(tmp_path / "out", "graphml", tmp_path / "kg.graphml")
    export(tmp_path / "out", "csv", tmp_path / "csv")
    g = nx.read_graphml(tmp_path / "kg.graphml")
    assert g.nodes[P + "p0"]["label"] == "Ctrl\ufffd title \ufffd with \ufffd and \ufffd"
    assert g.nodes[P + "p1"]["label"] == titles[1]  # tab, newline, DEL, astral and combining characters are XML
    with open(tmp_path / "csv" / "nodes.csv", newline="", encoding="utf-8") as f:
        assert {n["Label"] for n in csv.DictReader(f)} >= set(titles)


def test_csv_node_and_edge_lists_match_the_graphml(mini_build, tmp_path):
    export(mini_build, "graphml", tmp_path / "kg.graphml")
    export(mini_build, "csv", tmp_path / "csv")
    g = nx.read_graphml(tmp_path / "kg.graphml")
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8"))))
    edges = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "edges.csv").read_text(encoding="utf-8"))))
    assert list(nodes[0])[:2] == ["Id", "Label"] and list(edges[0])[:4] == ["Source", "Target", "Type", "Label"]
    assert {n["Id"]: n["Label"] for n in nodes} == {n: d["label"] for n, d in g.nodes(data=True)}
    assert {(e["Source"], e["Target"], e["Label"], int(e["Weight"])) for e in edges} == {
        (s, t, d["label"], d["weight"]) for s, t, d in g.edges(data=True)
    }


def test_entities_carry_their_wikidata_match(tmp_path):
    vocab = tmp_path / "vocab"
    vocab.mkdir()
    text = (MINI_VOCAB / "mini.ttl").read_text(encoding="utf-8")
    (vocab / "mini.ttl").write_text(
        text.replace('skos:prefLabel "FPGA" ;', 'skos:prefLabel "FPGA" ; skos:exactMatch <http://www.wikidata.org/entity/Q1> ;'),
        encoding="utf-8",
    )
    build([MINI_PAPERS], tmp_path / "out", jobs=1, vocab_dir=vocab, html=False)
    store = open_graph(tmp_path / "out")
    assert ox.Triple(
        ox.NamedNode(HW + "fpga"),
        ox.NamedNode("http://www.w3.org/2004/02/skos/core#exactMatch"),
        ox.NamedNode("http://www.wikidata.org/entity/Q1"),
    ) in triples_of(store)
    export(tmp_path / "out", "csv", tmp_path / "csv")
    rows = {r["Id"]: r for r in csv.DictReader(io.StringIO((tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8")))}
    assert rows[HW + "fpga"]["wikidata"] == "http://www.wikidata.org/entity/Q1"


def test_every_arxiv_paper_carries_its_abs_url(seed_store):
    missing = seed_store.query(
        """SELECT ?p WHERE { ?p kg:arxivId ?id .
        FILTER NOT EXISTS { ?p schema:url ?u . FILTER(STR(?u) = CONCAT("https://arxiv.org/abs/", ?id)) } }""",
        prefixes={"kg": "https://w3id.org/papers-kg/ontology#", "schema": "https://schema.org/"},
    )
    assert list(missing) == []


@pytest.mark.parametrize(
    ("fmt", "target", "message"),
    [
        ("rdfxml", "kg.rdf", "unknown format"),
        ("csv", "file.txt", "into a directory"),
        ("turtle", ".", "is a directory"),
        # usertest14: an output that cannot be written was a FileExistsError / FileNotFoundError traceback
        ("ntriples", "file.txt/kg.nt", r"file.txt/kg.nt: cannot write: Not a directory \(.*file.txt\)$"),
        ("csv", "file.txt/csv", "file.txt/csv: cannot write: Not a directory"),
        ("graphml", "/proc/no-such-dir/kg.graphml", r"^/proc/no-such-dir/kg.graphml: cannot write: No such file or directory"),
    ],
)
def test_bad_export_requests_are_errors(mini_build, tmp_path, fmt, target, message):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ExportError, match=message):
        export(mini_build, fmt, tmp_path / target)


def test_cli_exports_to_a_file_and_to_stdout(mini_build, tmp_path):
    r = CliRunner().invoke(main, ["export", "-g", str(mini_build), "--format", "ntriples", "-o", str(tmp_path / "kg.nt")])
    assert r.exit_code == 0, r.output
    assert "kg.nt" in r.output
    r2 = CliRunner().invoke(main, ["export", "-g", str(mini_build), "--format", "ntriples"])
    assert r2.exit_code == 0
    assert r2.output == (tmp_path / "kg.nt").read_text(encoding="utf-8")


def test_cli_csv_needs_an_output_directory(mini_build):
    r = CliRunner().invoke(main, ["export", "-g", str(mini_build), "--format", "csv"])
    assert r.exit_code == 1
    assert r.output.startswith("kg: error: csv writes two files")


@pytest.mark.parametrize("fmt", ["graphml", "csv"])
def test_cli_says_how_many_nodes_and_how_many_edges(mini_build, tmp_path, fmt):
    """usertest14: "wrote 2177 nodes and edges" was the sum of 686 nodes and 1491 edges."""
    target = tmp_path / ("csv" if fmt == "csv" else "kg.graphml")
    r = CliRunner().invoke(main, ["export", "-g", str(mini_build), "--format", fmt, "-o", str(target)])
    assert r.exit_code == 0, r.output
    if fmt == "csv":
        nodes = len((target / "nodes.csv").read_text(encoding="utf-8").splitlines()) - 1
        edges = len((target / "edges.csv").read_text(encoding="utf-8").splitlines()) - 1
    else:
        g = nx.read_graphml(target)
        nodes, edges = g.number_of_nodes(), g.number_of_edges()
    assert nodes > 1 and edges > 1
    assert r.output.startswith(f"wrote {nodes} nodes, {edges} edges to ")


def test_csv_files_are_replaced_together(mini_build, tmp_path, monkeypatch):
    """nodes.csv and edges.csv are staged and renamed together: a failure (or Ctrl-C) while writing the second
    leaves both old files, not a new nodes.csv beside an old edges.csv."""
    import kg.export.network as network

    out = tmp_path / "csv"
    export(mini_build, "csv", out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = network.property_graph

    def shrunk(store):  # another graph, so the files would change
        pg = real(store)
        return type(pg)(pg.nodes[:1], _Failing(pg.edges))

    class _Failing(list):
        def __iter__(self):
            yield from super().__iter__()
            raise KeyboardInterrupt

    monkeypatch.setattr("kg.export.csv.property_graph", shrunk)
    with pytest.raises(KeyboardInterrupt):
        export(mini_build, "csv", out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
