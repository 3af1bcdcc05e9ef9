"""kg validate: the seed build conforms to schema/shapes.ttl; deliberately broken graphs are caught and reported."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import ValidationError
from kg.validate import format_report, validate, validate_store
from tests.conftest import MINI_PAPERS

KG = "https://w3id.org/papers-kg/ontology#"
P = "https://w3id.org/papers-kg/paper/"
HW = "https://w3id.org/papers-kg/hardware/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
_AT = json.loads(MINI_PAPERS.read_text(encoding="utf-8").splitlines()[0])["abstract"].index("FPGA")
M = P + f"p1/mention/abstract-{_AT}-{_AT + 4}"  # "FPGA" in p1's abstract


def copy_of(store: ox.Store) -> ox.Store:
    out = ox.Store()
    out.extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return out


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def replace(store: ox.Store, s: str, p: str, new: ox.NamedNode | ox.Literal | None) -> None:
    for q in list(store.quads_for_pattern(n(s), n(p), None, ox.DefaultGraph())):
        store.remove(q)
    if new is not None:
        store.add(ox.Quad(n(s), n(p), new, ox.DefaultGraph()))


def add(store: ox.Store, s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
    store.add(ox.Quad(n(s), n(p), o, ox.DefaultGraph()))


BREAKAGES = {
    "no abstract": (lambda s: replace(s, P + "p3", DCT + "abstract", None), "exactly one dcterms:abstract", "paper:p3"),
    "two identifiers": (
        lambda s: add(s, P + "p1", DCT + "identifier", ox.Literal("p1-bis")),
        "exactly one dcterms:identifier",
        "paper:p1",
    ),
    "two titles": (
        lambda s: add(s, P + "p1", DCT + "title", ox.Literal("Another title")),
        "at most one dcterms:title",
        "paper:p1",
    ),
    "two prefLabels": (
        lambda s: add(s, HW + "fpga", SKOS + "prefLabel", ox.Literal("Field-programmable gate array")),
        "exactly one skos:prefLabel",
        "hw:fpga",
    ),
    "prefLabel with a language tag": (
        lambda s: replace(s, HW + "fpga", SKOS + "prefLabel", ox.Literal("FPGA", language="en")),
        "exactly one skos:prefLabel",
        "hw:fpga",
    ),
    "mentions a non-entity": (
        lambda s: add(s, P + "p1", KG + "mentions", n(P + "p5")),
        "kg:mentions points to an entity",
        "paper:p1",
    ),
    "mention without evidence": (lambda s: add(s, P + "p5", KG + "mentions", n(HW + "fpga")), "no kg:Mention as evidence", ""),
    "field not title or abstract": (
        lambda s: replace(s, M, KG + "inField", ox.Literal("body")),
        'kg:inField is "title" or "abstract"',
        M,
    ),
    "negative start": (
        lambda s: replace(s, M, KG + "start", ox.Literal("-1", datatype=n(XSD + "integer"))),
        "kg:start is one",
        M,
    ),
    "start after end": (
        lambda s: replace(s, M, KG + "start", ox.Literal(str(_AT + 9), datatype=n(XSD + "integer"))),
        "less than kg:end",
        M,
    ),
    "start not an integer": (lambda s: replace(s, M, KG + "start", ox.Literal(str(_AT))), "kg:start is one xsd:integer", M),
    "unknown match method": (lambda s: replace(s, M, KG + "matchMethod", ox.Literal("guess")), "kg:matchMethod is one of", M),
    "confidence above 1": (
        lambda s: replace(s, M, KG + "confidence", ox.Literal("1.5", datatype=n(XSD + "decimal"))),
        "kg:confidence is one xsd:decimal from 0 to 1",
        M,
    ),
    "matched text not at the offsets": (
        lambda s: replace(s, M, KG + "matchedText", ox.Literal("GPU")),
        "kg:matchedText is not the text",
        "",
    ),
    "mention of two entities": (lambda s: add(s, M, KG + "mentionOf", n(HW + "gpu")), "exactly one entity", M),
    "mention of nothing": (lambda s: replace(s, M, KG + "mentionOf", None), "exactly one entity", M),
    "closure incomplete": (
        lambda s: s.remove(ox.Quad(n(HW + "nvidia-h100"), n(SKOS + "broaderTransitive"), n(HW + "gpu"), ox.DefaultGraph())),
        "skos:broaderTransitive misses an ancestor",
        "",
    ),
    "closure misses a direct parent": (
        lambda s: s.remove(
            ox.Quad(n(HW + "nvidia-h100"), n(SKOS + "broaderTransitive"), n(HW + "nvidia-hopper"), ox.DefaultGraph())
        ),
        "skos:broaderTransitive misses a direct parent",
        "",
    ),
    "mention of an entity its paper does not mention": (
        lambda s: replace(s, M, KG + "mentionOf", n(HW + "gpu")),
        "names an entity its paper does not kg:mentions",
        "",
    ),
    "no hardware class": (lambda s: replace(s, HW + "stm32f746", KG + "hardwareClass", None), "kg:hardwareClass", "hw:stm32f746"),
    "bad wikidata match": (
        lambda s: add(s, HW + "fpga", SKOS + "exactMatch", n("http://www.wikidata.org/entity/FPGA")),
        "a Wikidata match is",
        "",
    ),
    "pwc slug not lowercase": (
        lambda s: add(s, HW + "fpga", KG + "pwcSlug", ox.Literal("ImageNet")),
        "kg:pwcSlug is at most one Papers with Code slug",
        "hw:fpga",
    ),
    "two pwc slugs": (
        lambda s: [add(s, HW + "fpga", KG + "pwcSlug", ox.Literal(x)) for x in ("fpga", "fpga-2")],
        "kg:pwcSlug is at most one Papers with Code slug",
        "hw:fpga",
    ),
    "pwc slug a url": (
        lambda s: add(s, HW + "fpga", KG + "pwcSlug", ox.Literal("https://paperswithcode.com/dataset/fpga")),
        "kg:pwcSlug is at most one Papers with Code slug",
        "hw:fpga",
    ),
    "bad arxiv id": (
        lambda s: replace(s, P + "arxiv-2203.00002", KG + "arxivId", ox.Literal("arXiv:2203.00002v2")),
        "kg:arxivId is one arXiv id",
        "paper:arxiv-2203.00002",
    ),
}


def test_the_seed_build_conforms(seed_build):
    report = validate(seed_build[1])
    assert report.conforms, format_report(report)
    assert report.violations == ()


def test_the_mini_build_conforms_without_warnings(mini_store):
    report = validate_store(mini_store)
    assert report.conforms and report.findings == (), format_report(report)


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_a_broken_graph_is_caught(mini_store, case):
    breakage, message, focus = BREAKAGES[case]
    store = copy_of(mini_store)
    breakage(store)
    report = validate_store(store)
    assert not report.conforms
    hits = [f for f in report.violations if message in f.message and (not focus or f.focus in (focus, f"<{focus}>"))]
    assert hits, format_report(report)
    assert message in format_report(report)


def test_the_report_groups_findings_and_counts_them(mini_store):
    store = copy_of(mini_store)
    for s in ("p1", "p3", "p4"):
        replace(store, P + s, DCT + "abstract", None)
    text = format_report(validate_store(store), examples=2)
    assert text.startswith("DOES NOT CONFORM:")
    assert "Violation x3: a paper has exactly one dcterms:abstract, a non-empty string" in text
    assert "    ... and 1 more" in text


def test_unreadable_shapes_are_an_error(mini_store, tmp_path):
    bad = tmp_path / "shapes.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(ValidationError, match="cannot read the shapes"):
        validate_store(mini_store, bad)


def test_cli_exit_code_says_whether_the_graph_conforms(mini_build, tmp_path):
    ok = CliRunner().invoke(main, ["validate", "-g", str(mini_build)])
    assert ok.exit_code == 0, ok.output
    assert ok.output.startswith("conforms:")
    broken = tmp_path / "broken.ttl"
    text = (mini_build / "kg.ttl").read_text(encoding="utf-8")
    broken.write_text(text.replace('kg:matchMethod "label"', 'kg:matchMethod "guess"', 1), encoding="utf-8")
    bad = CliRunner().invoke(main, ["validate", "-g", str(broken)])
    assert bad.exit_code == 1
    assert "DOES NOT CONFORM" in bad.output and "kg:matchMethod is one of" in bad.output
    report = CliRunner().invoke(main, ["validate", "-g", str(broken), "--format", "turtle"])
    assert report.exit_code == 1
    assert "sh:conforms false" in report.output


def test_the_shapes_know_every_match_method_of_the_linker():
    import rdflib
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from kg.linker import METHODS
    from kg.validate import shapes_file

    g = rdflib.Graph().parse(shapes_file())
    prop = next(p for p in g.subjects(SH.path, rdflib.URIRef(KG + "matchMethod")))
    assert {str(v) for v in Collection(g, g.value(prop, SH["in"]))} == set(METHODS)


def test_the_whole_graph_checks_join_only_through_paths_inside_not_exists():
    """rdflib orders a block's triple patterns before it knows the outer row's bindings: a join through a fresh
    variable inside FILTER NOT EXISTS ran as a scan of the whole graph per row (quadratic; 10,000 papers never
    finished). Each NOT EXISTS block is one triple pattern, a property path from the bound subject."""
    import rdflib
    from rdflib.namespace import SH
    from rdflib.plugins.sparql import prepareQuery

    from kg.validate import shapes_file

    def blocks(node, inside=False):
        if isinstance(node, dict):
            name = getattr(node, "name", "")
            now = inside or name in ("Builtin_NOTEXISTS", "Builtin_EXISTS")
            if now and "triples" in node:
                yield len(node["triples"])
            for v in node.values():
                yield from blocks(v, now)
        elif isinstance(node, (list, tuple)):
            for v in node:
                yield from blocks(v, inside)

    g = rdflib.Graph().parse(shapes_file())
    prefixes = "".join(f"PREFIX {g.value(d, SH.prefix)}: <{g.value(d, SH.namespace)}>\n" for d in g.objects(None, SH.declare))
    selects = [str(q) for q in g.objects(None, SH.select)]
    assert len(selects) == 5
    sizes = [size for q in selects for size in blocks(prepareQuery(prefixes + q).algebra)]
    assert sizes and all(size == 1 for size in sizes), sizes
