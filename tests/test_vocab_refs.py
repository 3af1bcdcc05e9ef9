"""The vocabulary's references to public resources: every Papers with Code slug and every Wikidata match in
schema/vocab/*.ttl is well formed and listed with its evidence in schema/vocab/PWC.md or WIKIDATA.md."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.vocab import schema_dir, vocab_files

KG = "https://w3id.org/papers-kg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WD = "http://www.wikidata.org/entity/"
PREFIXES = {
    "https://w3id.org/papers-kg/benchmark/": "bench:",
    "https://w3id.org/papers-kg/model/": "model:",
    "https://w3id.org/papers-kg/technique/": "tech:",
    "https://w3id.org/papers-kg/hardware/": "hw:",
}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FILES = vocab_files()
VOCAB = schema_dir() / "vocab"


def curie(iri: str) -> str:
    for ns, prefix in PREFIXES.items():
        if iri.startswith(ns):
            return prefix + iri[len(ns) :]
    return iri


def objects(path: Path, predicate: str) -> dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]]:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    found: dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]] = defaultdict(list)
    for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
        assert isinstance(quad.subject, ox.NamedNode)
        found[quad.subject.value].append(quad.object)
    return found


def table_rows(name: str) -> set[tuple[str, str]]:
    """(concept, first code or link cell after it) of every table row in the evidence file NAME."""
    rows = set()
    for line in (VOCAB / name).read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 2 and re.fullmatch(r"`[a-z]+:[a-z0-9-]+`", cells[0]):
            concept = cells[0].strip("`")
            for cell in cells[1:]:
                m = re.fullmatch(r"`([a-z0-9-]+)`|\[(Q[0-9]+)\]\(https://www\.wikidata\.org/wiki/Q[0-9]+\)", cell)
                if m:
                    rows.add((concept, m.group(1) or m.group(2)))
                    break
    return rows


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_pwc_slugs_are_single_plain_lowercase_slugs(path):
    for concept, values in objects(path, KG + "pwcSlug").items():
        assert len(values) == 1, f"{curie(concept)} has {len(values)} kg:pwcSlug values"
        (value,) = values
        assert isinstance(value, ox.Literal) and value.datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
        assert SLUG.fullmatch(value.value), f"{curie(concept)}: {value.value!r} is not a lowercase slug"


def test_every_pwc_slug_is_listed_with_its_evidence():
    in_vocab = {(curie(c), v[0].value) for p in FILES for c, v in objects(p, KG + "pwcSlug").items()}
    assert in_vocab, "no kg:pwcSlug in the vocabulary"
    listed = table_rows("PWC.md")
    assert in_vocab - listed == set(), "kg:pwcSlug values missing from schema/vocab/PWC.md"
    assert listed - in_vocab == set(), "PWC.md lists slugs the vocabulary does not have"


@pytest.mark.parametrize("predicate", ["exactMatch", "closeMatch"])
def test_every_wikidata_match_is_listed_with_its_evidence(predicate):
    in_vocab = {
        (curie(c), o.value[len(WD) :])
        for p in FILES
        for c, objs in objects(p, SKOS + predicate).items()
        for o in objs
        if isinstance(o, ox.NamedNode) and o.value.startswith(WD)
    }
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for _, q in in_vocab), in_vocab
    assert in_vocab - table_rows("WIKIDATA.md") == set(), f"skos:{predicate} Q-ids missing from schema/vocab/WIKIDATA.md"


def test_the_evidence_tables_are_read():
    """table_rows reads both evidence formats (so the checks above cannot pass on an unreadable table)."""
    rows = table_rows("WIKIDATA.md")
    assert ("hw:gpu", "Q183484") in rows
    assert ("bench:imagenet", "imagenet") in table_rows("PWC.md")
