"""Graph building: IRIs, paper triples, evidence, the materialised hierarchy."""

from __future__ import annotations

import re

import pytest

from kg.graph import KG, PAPER, SKOS, Lit, paper_iri, paper_triples, schema_triples
from kg.records import Link, LinkedPaper, Paper

HW = "https://w3id.org/papers-kg/hardware/"


@pytest.mark.parametrize(
    "paper, iri",
    [
        (Paper(id="arXiv:2303.09730", abstract="a", arxiv="2303.09730"), PAPER + "arxiv-2303.09730"),
        (Paper(id="sha1:095dcfdc7847", abstract="a", title="t"), PAPER + "sha1-095dcfdc7847"),
        (Paper(id="W2741809807", abstract="a"), PAPER + "W2741809807"),
        (Paper(id="cs/0101001", abstract="a", arxiv="cs/0101001"), PAPER + "arxiv-cs-0101001"),
    ],
)
def test_readable_iris(paper, iri):
    assert paper_iri(paper) == iri


@pytest.mark.parametrize("pid", ["a b", 'q"uote', "<x>", "ünï cödé", "sha1-095dcfdc7847", "arxiv-1", "a/b#c?d", "x" * 500])
def test_hostile_ids_give_valid_distinct_iris(pid):
    iri = paper_iri(Paper(id=pid, abstract="a"))
    assert re.fullmatch(r"https://w3id\.org/papers-kg/paper/[A-Za-z0-9._-]+", iri)
    assert len(iri) < 200
    assert iri != paper_iri(Paper(id=pid + "x", abstract="a"))


def test_paper_triples_carry_contract_and_evidence():
    p = Paper(
        id="arXiv:2301.00001",
        abstract="Runs on MCUs.",
        title="T",
        arxiv="2301.00001",
        url="https://arxiv.org/abs/2301.00001",
        sources=("a.txt", "b.txt"),
    )
    link = Link(HW + "mcu", "abstract", 8, 12, "MCUs", "variant", 0.9)
    triples = set(paper_triples(LinkedPaper(p, (link,))))
    s = PAPER + "arxiv-2301.00001"
    m = s + "/mention/abstract-8-12"
    assert (s, "http://purl.org/dc/terms/identifier", Lit("arXiv:2301.00001")) in triples
    assert (s, KG + "mentions", HW + "mcu") in triples
    assert (s, KG + "hasMention", m) in triples
    assert (m, KG + "matchedText", Lit("MCUs")) in triples
    assert (m, KG + "start", Lit("8", "http://www.w3.org/2001/XMLSchema#integer")) in triples
    assert (m, KG + "matchMethod", Lit("variant")) in triples
    assert {o for (_, pr, o) in triples if pr == KG + "sourceFile"} == {Lit("a.txt"), Lit("b.txt")}


def test_hierarchy_is_materialised(mini_vocab):
    triples = set(schema_triples(mini_vocab))
    assert (HW + "nvidia-h100", SKOS + "broaderTransitive", HW + "gpu") in triples
    assert (HW + "nvidia-h100", SKOS + "broaderTransitive", HW + "nvidia-hopper") in triples
    assert (HW + "nvidia-h100", KG + "hardwareClass", HW + "gpu") in triples
    assert (HW + "gpu", KG + "hardwareClass", HW + "gpu") in triples


@pytest.mark.parametrize(
    "x, text",
    [
        (80.0, "80"),
        (3.0, "3"),
        (0.0, "0"),
        (-0.0, "0"),
        (100.0, "100"),
        (0.5, "0.5"),
        (67.25, "67.25"),
        (-2.42, "-2.42"),
        (1e-7, "0"),
        (12345678.5, "12345678.5"),
        (0.95, "0.95"),
    ],
)
def test_decimals_are_written_in_their_canonical_form(x, text):
    """usertest17: kg.ttl wrote "80.0"^^xsd:decimal where a store (Oxigraph) and every export made from it hold "80"
    (XSD 1.1's canonical form): the same value, but another RDF term, so kg.ttl and `kg export` were not the same
    graph (2,501 triples of c10k). The writer now writes the canonical form, which any store keeps as it is."""
    import pyoxigraph as ox

    from kg.graph import XSD, dec

    assert dec(x) == Lit(text, XSD + "decimal")
    store = ox.Store()
    s, p = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p")
    store.add(ox.Quad(s, p, ox.Literal(dec(x).value, datatype=ox.NamedNode(XSD + "decimal"))))
    assert [q.object.value for q in store] == [text]  # what the store keeps is what kg.ttl says


def test_kg_ttl_and_its_store_hold_the_same_terms(seed_build):
    """usertest17: the seed build's kg.ttl, parsed, is the graph its store holds, term for term (results included)."""
    import pyoxigraph as ox

    out = seed_build[1]
    with open(out / "kg.ttl", "rb") as f:
        parsed = {str(ox.Quad(t.subject, t.predicate, t.object)) for t in ox.parse(f, ox.RdfFormat.TURTLE)}
    stored = {str(q) for q in ox.Store.read_only(str(out / "store"))}
    assert parsed == stored
    assert any('#value> "' in q and '"^^' in q for q in parsed)  # results are there
