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
from kg.records import Link, LinkedPaper, Paper, Result
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
    """An xsd:decimal literal in its canonical form (XSD 1.1: no exponent, no trailing zeros, "80" not "80.0").

    The canonical form is what a store keeps (Oxigraph rewrites "80.0" to "80"), so kg.ttl and the store, and every
    export made from the store, hold the same RDF terms.
    """
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    return Lit("0" if text == "-0" else text, XSD + "decimal")


def integer(n: int) -> Lit:
    """An xsd:integer literal."""
    return Lit(str(n), _XSD_INTEGER)


_XSD_INTEGER = XSD + "integer"
# the IRIs paper_triples writes for every paper, mention and result, made once (the hot path of large builds)
PAPER_CLASS, MENTION_CLASS, RESULT_CLASS = KG + "Paper", KG + "Mention", KG + "Result"  # the nodes' classes
IDENTIFIER, TITLE, ABSTRACT = DCTERMS + "identifier", DCTERMS + "title", DCTERMS + "abstract"
CREATOR, ISSUED, URL = DCTERMS + "creator", DCTERMS + "issued", SCHEMA + "url"
ARXIV_ID, CATEGORY, COMMENT, SOURCE_FILE = KG + "arxivId", KG + "category", KG + "comment", KG + "sourceFile"
MENTIONS, HAS_MENTION, _MENTION_OF, IN_FIELD = KG + "mentions", KG + "hasMention", KG + "mentionOf", KG + "inField"
START, END, _CONFIDENCE = KG + "start", KG + "end", KG + "confidence"
_MATCHED_TEXT, _MATCH_METHOD = KG + "matchedText", KG + "matchMethod"
REPORTS, METRIC, VALUE_TEXT, VALUE = KG + "reports", KG + "metric", KG + "valueText", KG + "value"
MIN_VALUE, MAX_VALUE, BASELINE_VALUE = KG + "minValue", KG + "maxValue", KG + "baselineValue"
UNIT, RELATION, QUALIFIER = KG + "unit", KG + "relation", KG + "qualifier"
ON_BENCHMARK, ON_HARDWARE, COMPARED_TO = KG + "onBenchmark", KG + "onHardware", KG + "comparedTo"
BENCHMARK_ATTACHMENT, HARDWARE_ATTACHMENT = KG + "benchmarkAttachment", KG + "hardwareAttachment"
SENTENCE_START, SENTENCE_END = KG + "sentenceStart", KG + "sentenceEnd"


def paper_triples(lp: LinkedPaper) -> Iterator[Triple]:
    """The triples of one paper: metadata, kg:mentions, the evidence of every link, its results and the concepts its
    links discovered (``kg.export.turtle.paper_block`` writes the same text from the fields)."""
    p = lp.paper
    s = paper_iri(p)
    yield s, TYPE, PAPER_CLASS
    yield s, IDENTIFIER, Lit(p.id)
    if p.title is not None:
        yield s, TITLE, Lit(p.title)
    yield s, ABSTRACT, Lit(p.abstract)
    if p.arxiv:
        yield s, ARXIV_ID, Lit(p.arxiv)
    for url in paper_urls(p):
        yield s, URL, url
    for a in p.authors:
        yield s, CREATOR, Lit(a)
    if p.year is not None:
        yield s, ISSUED, Lit(f"{p.year:04d}", XSD + "gYear")
    for c in p.categories:
        yield s, CATEGORY, Lit(c)
    for c in p.comments:
        yield s, COMMENT, Lit(c)
    for f in p.sources:
        yield s, SOURCE_FILE, Lit(f)
    for concept in sorted({link.concept for link in lp.links}):
        yield s, MENTIONS, concept
    for m, objects in mention_objects(s, lp):
        yield s, HAS_MENTION, m
        for pred, o in zip(MENTION_PREDICATES, objects, strict=True):
            yield m, pred, o
    yield from result_triples(s, lp)
    yield from discovered_triples(lp)


def paper_urls(p: Paper) -> list[str]:
    """The objects of a paper's ``schema:url``: its web address (if a valid one) and its arXiv page, once each."""
    urls = []
    url = web_iri(p.url)
    if url:
        urls.append(url)
    if p.arxiv:
        abs_url = arxiv_url(p.arxiv)
        if abs_url != url:
            urls.append(abs_url)
    return urls


def discovered_triples(lp: LinkedPaper) -> Iterator[Triple]:
    """The triples describing the concepts a paper's links found that the vocabulary lacks."""
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
MENTION_PREDICATES = (TYPE, _MENTION_OF, IN_FIELD, START, END, _MATCHED_TEXT, _MATCH_METHOD, _CONFIDENCE)


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
                MENTION_CLASS,
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


def result_iri(s: str, r: Result) -> str:
    """The node of a result reported by the paper ``s``: one per field and span."""
    return f"{s}/result/{r.field}-{r.start}-{r.end}"


def result_triples(s: str, lp: LinkedPaper) -> Iterator[Triple]:
    """The triples of the quantitative results reported in a paper (see kg.results)."""
    for r in lp.results:
        node = result_iri(s, r)
        yield s, REPORTS, node
        yield node, TYPE, RESULT_CLASS
        yield node, METRIC, r.metric
        yield node, VALUE_TEXT, Lit(r.text)
        if r.value is not None:
            yield node, VALUE, dec(r.value)
        if r.min_value is not None:
            yield node, MIN_VALUE, dec(r.min_value)
        if r.max_value is not None:
            yield node, MAX_VALUE, dec(r.max_value)
        if r.baseline_value is not None:
            yield node, BASELINE_VALUE, dec(r.baseline_value)
        if r.unit:
            yield node, UNIT, Lit(r.unit)
        yield node, RELATION, Lit(r.relation)
        if r.qualifier:
            yield node, QUALIFIER, Lit(r.qualifier)
        if r.benchmark:
            yield node, ON_BENCHMARK, r.benchmark
        if r.hardware:
            yield node, ON_HARDWARE, r.hardware
        if r.compared_to:
            yield node, COMPARED_TO, r.compared_to
        if r.benchmark and r.benchmark_attachment:
            yield node, BENCHMARK_ATTACHMENT, Lit(r.benchmark_attachment)
        if r.hardware and r.hardware_attachment:
            yield node, HARDWARE_ATTACHMENT, Lit(r.hardware_attachment)
        yield node, IN_FIELD, Lit(r.field)
        yield node, START, integer(r.start)
        yield node, END, integer(r.end)
        yield node, SENTENCE_START, integer(r.sentence_start)
        yield node, SENTENCE_END, integer(r.sentence_end)


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
    # read through a store, which keeps every literal in its canonical form ("1.5" for "1.50", 7 for 007):
    # kg.ttl then holds the terms the build's store holds, whatever the vocabulary files wrote (see kg.export.reuse)
    quads = []
    for path in (schema_dir() / "ontology.ttl", *vocab.files):
        with path.open("rb") as f:
            for t in ox.parse(f, ox.RdfFormat.TURTLE, base_iri=BASE):
                if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
                    raise VocabularyError(f"{path}: blank nodes are not allowed in schema files (use IRIs)")
                quads.append(ox.Quad(t.subject, t.predicate, t.object))
    canonical = ox.Store()
    canonical.bulk_extend(quads)
    where = schema_dir()
    for q in canonical:
        yield q.subject.value, q.predicate.value, _term(q.object, where)
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
