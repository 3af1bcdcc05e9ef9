"""Builds the RDF graph from linked papers and the vocabulary; the only place IRIs are minted.

Triples are plain tuples ``(subject, predicate, object)``: subject and predicate are IRI strings,
the object an IRI string or a :class:`Lit`. Writers (kg.export) and the store take them from here.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

import pyoxigraph as ox

from kg.errors import VocabularyError
from kg.records import Link, LinkedPaper, Paper
from kg.vocab import BASE, KG, SKOS, Vocabulary, schema_dir

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
OWL = "http://www.w3.org/2002/07/owl#"
PAPER = BASE + "paper/"
TYPE = RDF + "type"
ARXIV_ABS = "https://arxiv.org/abs/"

PREFIXES = {
    "kg": KG,
    "paper": PAPER,
    "tech": BASE + "technique/",
    "hw": BASE + "hardware/",
    "bench": BASE + "benchmark/",
    "model": BASE + "model/",
    "metric": BASE + "metric/",
    "dcterms": DCTERMS,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "prov": PROV,
    "schema": SCHEMA,
    "sh": "http://www.w3.org/ns/shacl#",
    "fabio": "http://purl.org/spar/fabio/",
    "wd": "http://www.wikidata.org/entity/",
}


class Lit(NamedTuple):
    """An RDF literal: a lexical value with an optional datatype IRI or language tag."""

    value: str
    datatype: str | None = None
    lang: str | None = None


Term = str | Lit
Triple = tuple[str, str, Term]

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_TITLE_ID = re.compile(r"^sha1:([0-9a-f]{12})$")  # ids kg.sources mints for papers known by title only
_RESERVED = ("arxiv-", "sha1-")  # plain ids that could collide with the two forms above get hashed


def paper_iri(paper: Paper) -> str:
    """A readable, stable, always-valid IRI for a paper.

    arXiv papers: ``paper/arxiv-2303.09730``; title-only papers (``sha1:0123456789ab``):
    ``paper/sha1-0123456789ab``. Other ids made of letters, digits, ``._-`` are used as they are;
    any other id becomes a slug plus 8 hex digits of its SHA-1, so distinct ids never meet.
    """
    if paper.arxiv:
        return PAPER + "arxiv-" + paper.arxiv.replace("/", "-")
    m = _TITLE_ID.fullmatch(paper.id)
    if m:
        return PAPER + "sha1-" + m.group(1)
    if _SAFE_ID.fullmatch(paper.id) and not paper.id.lower().startswith(_RESERVED):
        return PAPER + paper.id
    slug = re.sub(r"[^a-z0-9]+", "-", paper.id.lower()).strip("-")[:60] or "id"
    return PAPER + slug + "-" + hashlib.sha1(paper.id.encode("utf-8")).hexdigest()[:8]


_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def arxiv_url(arxiv: str) -> str:
    """The abstract page of an arXiv paper, which every arXiv paper's node links to."""
    return ARXIV_ABS + quote(arxiv, safe="/.-")


def web_iri(url: str | None) -> str | None:
    """An absolute http(s) URL as a valid IRI (characters IRIs forbid percent-encoded), else None.

    Idempotent: ``web_iri(web_iri(u)) == web_iri(u)``. A URL no encoding makes valid (a broken
    host such as ``http://[x``) gives None rather than a Turtle file no parser accepts.
    """
    if not url or not re.match(r"^https?://[^\s/]+", url):
        return None
    for safe in (_URL_SAFE, _URL_SAFE.replace("%", "")):  # then also encode a stray "%"
        candidate = quote(url, safe=safe)
        try:
            ox.NamedNode(candidate)
        except ValueError:
            continue
        return candidate
    return None


def dec(x: float) -> Lit:
    """An xsd:decimal literal (no exponent, trailing zeros trimmed)."""
    text = f"{x:.6f}".rstrip("0")
    return Lit(text + "0" if text.endswith(".") else text, XSD + "decimal")


def integer(n: int) -> Lit:
    """An xsd:integer literal."""
    return Lit(str(n), _XSD_INTEGER)


_XSD_INTEGER = XSD + "integer"
# the IRIs paper_triples writes for every paper, mention and result, made once (the hot path of large builds)
_PAPER, _MENTION, _RESULT = KG + "Paper", KG + "Mention", KG + "Result"
_IDENTIFIER, _TITLE, _ABSTRACT = DCTERMS + "identifier", DCTERMS + "title", DCTERMS + "abstract"
_CREATOR, _ISSUED, _URL = DCTERMS + "creator", DCTERMS + "issued", SCHEMA + "url"
_ARXIV_ID, _CATEGORY, _COMMENT, _SOURCE_FILE = KG + "arxivId", KG + "category", KG + "comment", KG + "sourceFile"
_MENTIONS, _HAS_MENTION, _MENTION_OF, _IN_FIELD = KG + "mentions", KG + "hasMention", KG + "mentionOf", KG + "inField"
_START, _END, _CONFIDENCE = KG + "start", KG + "end", KG + "confidence"
_MATCHED_TEXT, _MATCH_METHOD = KG + "matchedText", KG + "matchMethod"


def paper_triples(lp: LinkedPaper, mention_nodes: bool = True) -> Iterator[Triple]:
    """The triples of one paper: metadata, kg:mentions, and the evidence of every link.

    Without ``mention_nodes``, the triples whose subject is a mention node are left out (see mention_objects).
    """
    p = lp.paper
    s = paper_iri(p)
    yield s, TYPE, _PAPER
    yield s, _IDENTIFIER, Lit(p.id)
    if p.title is not None:
        yield s, _TITLE, Lit(p.title)
    yield s, _ABSTRACT, Lit(p.abstract)
    if p.arxiv:
        yield s, _ARXIV_ID, Lit(p.arxiv)
    url = web_iri(p.url)
    if url:
        yield s, _URL, url
    if p.arxiv:
        abs_url = arxiv_url(p.arxiv)
        if abs_url != url:
            yield s, _URL, abs_url
    for a in p.authors:
        yield s, _CREATOR, Lit(a)
    if p.year is not None:
        yield s, _ISSUED, Lit(f"{p.year:04d}", XSD + "gYear")
    for c in p.categories:
        yield s, _CATEGORY, Lit(c)
    for c in p.comments:
        yield s, _COMMENT, Lit(c)
    for f in p.sources:
        yield s, _SOURCE_FILE, Lit(f)
    for concept in sorted({link.concept for link in lp.links}):
        yield s, _MENTIONS, concept
    if mention_nodes:
        for m, objects in mention_objects(s, lp):
            yield s, _HAS_MENTION, m
            for pred, o in zip(MENTION_PREDICATES, objects, strict=True):
                yield m, pred, o
    else:
        for link in lp.links:
            yield s, _HAS_MENTION, mention_iri(s, link)
    yield from result_triples(s, lp)
    for d in lp.discovered:
        yield d.iri, TYPE, KG + d.kind
        yield d.iri, TYPE, SKOS + "Concept"
        yield d.iri, SKOS + "prefLabel", Lit(d.pref_label)
        for alt in d.alt_labels:
            yield d.iri, SKOS + "altLabel", Lit(alt)
        yield d.iri, SKOS + "inScheme", d.scheme
        yield d.iri, KG + "discovered", Lit("true", XSD + "boolean")
        for b in d.broader:
            yield d.iri, SKOS + "broader", b
        for a in d.ancestors:
            yield d.iri, SKOS + "broaderTransitive", a
        for c in d.hardware_class:
            yield d.iri, KG + "hardwareClass", c
        if d.kind == "HardwarePlatform":
            for key in label_keys((d.pref_label, *d.alt_labels)):
                yield d.iri, _LABEL_KEY, Lit(key)


_LABEL_KEY = KG + "labelKey"
MENTION_CLASS = _MENTION  # the class of a mention node (the object of its rdf:type)
MENTION_PREDICATES = (TYPE, _MENTION_OF, _IN_FIELD, _START, _END, _MATCHED_TEXT, _MATCH_METHOD, _CONFIDENCE)


def mention_iri(s: str, link: Link) -> str:
    """The mention node of a link of the paper ``s``: one per field and span."""
    return f"{s}/mention/{link.field}-{link.start}-{link.end}"


def mention_objects(s: str, lp: LinkedPaper) -> Iterator[tuple[str, tuple[Term, ...]]]:
    """Each link's mention node (paper IRI ``s``) and its one object per MENTION_PREDICATES, in that order."""
    confidences: dict[float, Lit] = {}
    for link in lp.links:
        confidence = confidences.get(link.confidence)
        if confidence is None:
            confidence = confidences[link.confidence] = dec(link.confidence)
        yield (
            mention_iri(s, link),
            (
                _MENTION,
                link.concept,
                Lit(link.field),
                Lit(str(link.start), _XSD_INTEGER),
                Lit(str(link.end), _XSD_INTEGER),
                Lit(link.text),
                Lit(link.method),
                confidence,
            ),
        )


def label_keys(labels: Iterable[str]) -> list[str]:
    """The ``kg:labelKey`` values of a hardware platform: its labels lower-cased, once each.

    ``str.lower`` is the full Unicode lower-casing SPARQL's ``LCASE`` applies, so a query finds a platform
    by ``?hw kg:labelKey LCASE(?name)`` through the index instead of lower-casing every label it holds.
    """
    return sorted({label.lower() for label in labels})


def result_triples(s: str, lp: LinkedPaper) -> Iterator[Triple]:
    """The triples of the quantitative results reported in a paper (see kg.results)."""
    for r in lp.results:
        node = f"{s}/result/{r.field}-{r.start}-{r.end}"
        yield s, KG + "reports", node
        yield node, TYPE, _RESULT
        yield node, KG + "metric", r.metric
        yield node, KG + "valueText", Lit(r.text)
        if r.value is not None:
            yield node, KG + "value", dec(r.value)
        if r.min_value is not None:
            yield node, KG + "minValue", dec(r.min_value)
        if r.max_value is not None:
            yield node, KG + "maxValue", dec(r.max_value)
        if r.baseline_value is not None:
            yield node, KG + "baselineValue", dec(r.baseline_value)
        if r.unit:
            yield node, KG + "unit", Lit(r.unit)
        yield node, KG + "relation", Lit(r.relation)
        if r.qualifier:
            yield node, KG + "qualifier", Lit(r.qualifier)
        for prop, value in (("onBenchmark", r.benchmark), ("onHardware", r.hardware), ("comparedTo", r.compared_to)):
            if value:
                yield node, KG + prop, value
        if r.benchmark and r.benchmark_attachment:
            yield node, KG + "benchmarkAttachment", Lit(r.benchmark_attachment)
        if r.hardware and r.hardware_attachment:
            yield node, KG + "hardwareAttachment", Lit(r.hardware_attachment)
        yield node, _IN_FIELD, Lit(r.field)
        yield node, _START, integer(r.start)
        yield node, _END, integer(r.end)
        yield node, KG + "sentenceStart", integer(r.sentence_start)
        yield node, KG + "sentenceEnd", integer(r.sentence_end)


def _term(t: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, where: Path) -> Term:
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        if t.language:
            return Lit(t.value, None, t.language)
        return Lit(t.value, None if dt == XSD + "string" else dt)
    raise VocabularyError(f"{where}: blank nodes are not allowed in schema files (use IRIs)")


def schema_triples(vocab: Vocabulary) -> Iterator[Triple]:
    """The ontology and every vocabulary file, plus the materialised hierarchy.

    ``skos:broaderTransitive`` holds the closure of ``skos:broader`` (so "any MCU" needs no
    property path over millions of links) and ``kg:hardwareClass`` each platform's top class.
    """
    for path in (schema_dir() / "ontology.ttl", *vocab.files):
        with path.open("rb") as f:
            for t in ox.parse(f, ox.RdfFormat.TURTLE, base_iri=BASE):
                if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
                    raise VocabularyError(f"{path}: blank nodes are not allowed in schema files (use IRIs)")
                yield t.subject.value, t.predicate.value, _term(t.object, path)
    for iri, c in sorted(vocab.concepts.items()):
        for a in vocab.ancestors(iri):
            yield iri, SKOS + "broaderTransitive", a
        if c.kind == "HardwarePlatform":
            for top in vocab.top_concepts(iri):
                yield iri, KG + "hardwareClass", top
            for key in label_keys(vocab.labels(iri)):
                yield iri, _LABEL_KEY, Lit(key)


def build_triples(vocab: Vocabulary, papers: Iterable[LinkedPaper]) -> Iterator[Triple]:
    """Schema, vocabulary and paper triples of a whole graph."""
    yield from schema_triples(vocab)
    for lp in papers:
        yield from paper_triples(lp)
