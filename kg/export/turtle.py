"""Deterministic Turtle and N-Triples writers.

Output order is fixed by the data, never by input order or hashing: schema and vocabulary first,
subjects sorted; then one block per paper in paper-IRI order, each block's subjects sorted;
``rdf:type`` first, other predicates and all objects sorted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from kg.graph import (
    ABSTRACT,
    ARXIV_ID,
    BASELINE_VALUE,
    BENCHMARK_ATTACHMENT,
    CATEGORY,
    COMMENT,
    COMPARED_TO,
    CREATOR,
    END,
    HARDWARE_ATTACHMENT,
    HAS_MENTION,
    IDENTIFIER,
    IN_FIELD,
    ISSUED,
    MAX_VALUE,
    MENTION_CLASS,
    MENTION_PREDICATES,
    MENTIONS,
    METRIC,
    MIN_VALUE,
    ON_BENCHMARK,
    ON_HARDWARE,
    PAPER_CLASS,
    PREFIXES,
    QUALIFIER,
    RELATION,
    REPORTS,
    RESULT_CLASS,
    SENTENCE_END,
    SENTENCE_START,
    SOURCE_FILE,
    START,
    TITLE,
    TYPE,
    UNIT,
    URL,
    VALUE,
    VALUE_TEXT,
    XSD,
    Lit,
    Term,
    Triple,
    dec,
    discovered_triples,
    mention_iri,
    paper_iri,
    paper_triples,
    paper_urls,
    result_iri,
)
from kg.records import LinkedPaper

_LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESC = re.compile(r'[\\"\x00-\x1f\x7f]')
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_INTEGER = re.compile(r"[+-]?\d+")
_XSD_INTEGER = XSD + "integer"
_NAME_CACHE = 65536  # names remembered per formatter: predicates and concepts recur, node IRIs do not
# The version of the bytes this module (with kg.graph's literal forms) writes for a graph, recorded in kg.ttl.idx:
# ``kg export --format turtle`` copies a build's kg.ttl only when it was written by this version (kg.export.reuse).
# Raise it with any change to the text written for the same triples (layout, order, escapes, a literal's lexical
# form such as graph.dec's); tests/test_export_reuse.py holds a digest of the writer's output to each version.
# 1: every index before versions were recorded (none is stored: those indexes have no "writer"). 2: canonical decimals.
WRITER_VERSION = 2


def _esc_char(m: re.Match[str]) -> str:
    c = m.group(0)
    return _ESC.get(c) or f"\\u{ord(c):04X}"


def _escaped(value: str) -> str:
    """A literal's lexical form with the characters a quoted string may not hold escaped.

    Most texts hold none: ``in`` and ``str.isprintable`` (C loops) rule them out faster than the pattern's scan
    (titles and abstracts are long); a text they cannot clear is left to the pattern.
    """
    if '"' not in value and "\\" not in value and value.isprintable():
        return value  # no quote, backslash or control character: nothing to escape
    return _NEEDS_ESC.sub(_esc_char, value)


def literal(lit: Lit, short_ints: bool = False) -> str:
    """A literal in Turtle/N-Triples syntax (with full datatype IRIs unless shortened later)."""
    v = _escaped(lit.value)
    if lit.lang:
        return f'"{v}"@{lit.lang}'
    if lit.datatype:
        return f'"{v}"^^<{lit.datatype}>'
    return f'"{v}"'


def iri(value: str) -> str:
    """An IRI in angle brackets, percent-encoding the few characters IRIREF forbids."""
    if _IRI_BAD.search(value):
        value = _IRI_BAD.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), value)
    return f"<{value}>"


class TurtleFormatter:
    """Formats terms with the project's prefixes."""

    def __init__(self, prefixes: dict[str, str] | None = None) -> None:
        self.prefixes = sorted((prefixes or PREFIXES).items(), key=lambda kv: -len(kv[1]))
        self._names: dict[str, str] = {}
        self._literals: dict[Lit, str] = {}
        self._orders: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self._plans: dict[tuple[str, ...], tuple[list[str], list[int]]] = {}
        self._plain: dict[str, str] = {}
        self._objects: dict[Term, str] = {}
        # A local name holds no "/" or "#": where every namespace ends in one, an IRI's only possible
        # namespace is the IRI up to its last "/" or "#", found with one lookup instead of a scan.
        self._by_ns: dict[str, str] | None = None
        if all(ns and ns[-1] in "/#" for _, ns in self.prefixes):
            self._by_ns = {}
            for p, ns in self.prefixes:
                self._by_ns.setdefault(ns, p)

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(dict(self.prefixes).items())) + "\n"

    def term(self, t: Term) -> str:
        if t.__class__ is str:
            return self.name(t)  # type: ignore[arg-type]
        if isinstance(t, Lit):
            if t.datatype == _XSD_INTEGER and _INTEGER.fullmatch(t.value):
                return t.value
            if t.datatype and not t.lang:
                v = _escaped(t.value)
                return f'"{v}"^^{self.name(t.datatype)}'
            return literal(t)
        return self.name(t)

    def name(self, value: str) -> str:
        """A prefixed name where one is valid, else the IRI in angle brackets."""
        cached = self._names.get(value)
        if cached is None:
            if len(self._names) >= _NAME_CACHE:
                self._names.clear()
            cached = self._names[value] = self._name(value)
        return cached

    def _name(self, value: str) -> str:
        if self._by_ns is not None:
            cut = max(value.rfind("/"), value.rfind("#")) + 1
            p = self._by_ns.get(value[:cut]) if cut else None
            if p is not None:
                local = value[cut:]
                if local == "" or _LOCAL.match(local):
                    return f"{p}:{local}"
            return iri(value)
        for p, ns in self.prefixes:
            if value.startswith(ns):
                local = value[len(ns) :]
                if local == "" or _LOCAL.match(local):
                    return f"{p}:{local}"
        return iri(value)

    def block(self, triples: Iterable[Triple]) -> str:
        """Turtle statements for a set of triples, subjects sorted, duplicates dropped."""
        return "".join(text for _, text in self.statements(triples))

    def statements(self, triples: Iterable[Triple]) -> list[tuple[str, str]]:
        """(subject, its Turtle statement) for a set of triples, sorted by subject, duplicates dropped."""
        # hot path of large builds: plain dicts, names cached, predicate order computed once per predicate set
        by_subject: dict[str, dict[str, set[str]]] = {}
        names, text_of = self._names, self._object
        for s, p, o in triples:
            preds = by_subject.get(s)
            if preds is None:
                preds = by_subject[s] = {}
            objs = preds.get(p)
            if objs is None:
                objs = preds[p] = set()
            objs.add((names.get(o) or self.name(o)) if isinstance(o, str) else text_of(o))
        out: list[tuple[str, str]] = []
        for s in sorted(by_subject):
            preds = by_subject[s]
            parts = [head + ",\n        ".join(sorted(preds[p])) for p, head in self._order(tuple(preds))]
            out.append((s, self._name(s) + "\n" + " ;\n".join(parts) + " .\n\n"))
        return out

    def statement(self, subject: str, predicates: tuple[str, ...], objects: Sequence[Term]) -> str:
        """The Turtle statement of a subject with one object per predicate (``predicates`` distinct).

        The same text :meth:`statements` makes of those triples, without grouping them first.
        """
        known = self._objects  # IRIs and literals alike: a mention's concept, field, offsets and method recur
        return self.statement_of(subject, predicates, [known.get(o) or self._remember(o) for o in objects])

    def statement_of(self, subject: str, predicates: tuple[str, ...], texts: Sequence[str]) -> str:
        """:meth:`statement`'s text from its objects' texts (``texts[i]``: the text of the object of ``predicates[i]``)."""
        return self.statement_named(self._name(subject), predicates, texts)

    def statement_named(self, name: str, predicates: tuple[str, ...], texts: Sequence[str]) -> str:
        """:meth:`statement_of`'s text given the subject's name (``name(subject)``), for a caller that has it."""
        plan = self._plans.get(predicates)
        if plan is None:
            if len(self._plans) >= _NAME_CACHE:
                self._plans.clear()
            plan = self._plans[predicates] = self._plan(predicates)
        heads, order = plan
        # joined, not filled into a str.format template: format parses its template on every call
        parts = [name]
        for head, i in zip(heads, order, strict=True):
            parts.append(head)
            parts.append(texts[i])
        parts.append(" .\n\n")
        return "".join(parts)

    def _plan(self, predicates: tuple[str, ...]) -> tuple[list[str], list[int]]:
        """The statement of a subject with one object per predicate (``predicates`` distinct) in pieces: (what comes
        before each object, the index in ``predicates`` of each object), in statement order."""
        heads = dict(self._order(predicates))
        ranked = sorted(range(len(predicates)), key=lambda i: (predicates[i] != TYPE, self.name(predicates[i])))
        return [("\n" if k == 0 else " ;\n") + heads[predicates[i]] for k, i in enumerate(ranked)], ranked

    def plain(self, value: str) -> str:
        """The text of the plain literal ``Lit(value)``, remembered (a mention's field, method and matched text recur)."""
        text = self._plain.get(value)
        if text is None:
            if len(self._plain) >= _NAME_CACHE:
                self._plain.clear()
            text = self._plain[value] = literal(Lit(value))
        return text

    @staticmethod
    def integer(n: int) -> str:
        """The text of the xsd:integer literal of ``n`` (``term(Lit(str(n), XSD + "integer"))``): its digits."""
        return str(n)

    def _remember(self, o: Term) -> str:
        if len(self._objects) >= _NAME_CACHE:
            self._objects.clear()
        text = self._objects[o] = self.name(o) if isinstance(o, str) else self.term(o)
        return text

    def _object(self, o: Lit) -> str:
        """A literal object's text; typed literals (offsets, confidences, years) recur, so their form is remembered."""
        if o.datatype is None:  # a plain literal: titles, abstracts, ... rarely recur
            return self.term(o)
        literals = self._literals
        text = literals.get(o)
        if text is None:
            if len(literals) >= _NAME_CACHE:
                literals.clear()
            text = literals[o] = self.term(o)
        return text

    def _order(self, preds: tuple[str, ...]) -> list[tuple[str, str]]:
        """(predicate, indented name) in statement order: ``a`` first, then by name."""
        order = self._orders.get(preds)
        if order is None:
            if len(self._orders) >= _NAME_CACHE:
                self._orders.clear()
            ranked = sorted(preds, key=lambda p: (p != TYPE, self.name(p)))
            order = self._orders[preds] = [(p, "    " + ("a" if p == TYPE else self.name(p)) + " ") for p in ranked]
        return order


def paper_block(fmt: TurtleFormatter, lp: LinkedPaper) -> tuple[str, str]:
    """(paper IRI, its Turtle block) as kg.ttl holds it: ``fmt.block(paper_triples(lp))``'s text, with less work.

    The paper's statement, its mention nodes' and its results' are each written directly from the paper's fields,
    without making its triples and grouping them first (tests check the text is the grouped block's). A node's name
    is made once, for its statement and for the paper's ``kg:hasMention`` or ``kg:reports`` object.
    """
    s = paper_iri(lp.paper)
    nodes = [mention_iri(s, link) for link in lp.links]
    reported = [result_iri(s, r) for r in lp.results]
    if len(set(nodes)) < len(nodes) or len(set(reported)) < len(reported):
        return s, fmt.block(paper_triples(lp))  # two links or results of one span share a node: group its triples
    node_names = [fmt._name(node) for node in nodes]  # nodes do not recur: not remembered
    result_names = [fmt._name(node) for node in reported]
    parts = _mention_statements(fmt, nodes, node_names, lp)
    parts += _result_statements(fmt, reported, result_names, lp)
    parts.append((s, _paper_statement(fmt, s, lp, node_names, result_names)))
    if lp.discovered:
        parts += fmt.statements(discovered_triples(lp))
    parts.sort()
    return s, "".join(text for _, text in parts)


def _plain_text(value: str) -> str:
    """The text of the plain literal ``Lit(value)`` (``literal(Lit(value))``), for texts that rarely recur."""
    return '"' + _escaped(value) + '"'


def _paper_statement(fmt: TurtleFormatter, s: str, lp: LinkedPaper, mentions: list[str], reports: list[str]) -> str:
    """The statement of the paper ``s``: the text :meth:`TurtleFormatter.statements` makes of the triples
    ``paper_triples`` gives it, from its fields (``mentions``, ``reports``: its mention and result nodes' names)."""
    p = lp.paper
    objects: dict[str, list[str]] = {TYPE: [fmt.name(PAPER_CLASS)], IDENTIFIER: [_plain_text(p.id)]}
    if p.title is not None:
        objects[TITLE] = [_plain_text(p.title)]
    objects[ABSTRACT] = [_plain_text(p.abstract)]
    if p.arxiv:
        objects[ARXIV_ID] = [_plain_text(p.arxiv)]
    urls = paper_urls(p)
    if urls:
        objects[URL] = [fmt.name(url) for url in urls]
    if p.authors:
        objects[CREATOR] = [_plain_text(a) for a in p.authors]
    if p.year is not None:
        objects[ISSUED] = [fmt._object(Lit(f"{p.year:04d}", XSD + "gYear"))]
    if p.categories:
        objects[CATEGORY] = [fmt.plain(c) for c in p.categories]  # categories and source files recur
    if p.comments:
        objects[COMMENT] = [_plain_text(c) for c in p.comments]
    if p.sources:
        objects[SOURCE_FILE] = [fmt.plain(f) for f in p.sources]
    if mentions:
        objects[MENTIONS] = [fmt.name(link.concept) for link in lp.links]
        objects[HAS_MENTION] = mentions
    if reports:
        objects[REPORTS] = reports
    parts = []
    for pred, head in fmt._order(tuple(objects)):
        texts = objects[pred]
        # as statements: each object once, sorted by its text
        parts.append(head + (texts[0] if len(texts) == 1 else ",\n        ".join(sorted(set(texts)))))
    return fmt._name(s) + "\n" + " ;\n".join(parts) + " .\n\n"


def _result_statements(fmt: TurtleFormatter, nodes: list[str], names: list[str], lp: LinkedPaper) -> list[tuple[str, str]]:
    """(node, its statement) of each result: the text :meth:`TurtleFormatter.statements` makes of the triples
    ``result_triples`` gives the node (one object per predicate), from the result's fields."""
    kind = fmt.name(RESULT_CLASS)
    out = []
    for node, name, r in zip(nodes, names, lp.results, strict=True):
        predicates = [TYPE, METRIC, VALUE_TEXT]
        texts = [kind, fmt.name(r.metric), _plain_text(r.text)]
        for pred, number in (
            (VALUE, r.value),
            (MIN_VALUE, r.min_value),
            (MAX_VALUE, r.max_value),
            (BASELINE_VALUE, r.baseline_value),
        ):
            if number is not None:
                predicates.append(pred)
                texts.append(fmt._object(dec(number)))
        if r.unit:
            predicates.append(UNIT)
            texts.append(fmt.plain(r.unit))
        predicates.append(RELATION)
        texts.append(fmt.plain(r.relation))
        if r.qualifier:
            predicates.append(QUALIFIER)
            texts.append(fmt.plain(r.qualifier))
        for pred, concept in ((ON_BENCHMARK, r.benchmark), (ON_HARDWARE, r.hardware), (COMPARED_TO, r.compared_to)):
            if concept:
                predicates.append(pred)
                texts.append(fmt.name(concept))
        if r.benchmark and r.benchmark_attachment:
            predicates.append(BENCHMARK_ATTACHMENT)
            texts.append(fmt.plain(r.benchmark_attachment))
        if r.hardware and r.hardware_attachment:
            predicates.append(HARDWARE_ATTACHMENT)
            texts.append(fmt.plain(r.hardware_attachment))
        predicates += (IN_FIELD, START, END, SENTENCE_START, SENTENCE_END)
        texts += (fmt.plain(r.field), str(r.start), str(r.end), str(r.sentence_start), str(r.sentence_end))
        out.append((node, fmt.statement_named(name, tuple(predicates), texts)))
    return out


def _mention_statements(fmt: TurtleFormatter, nodes: list[str], names: list[str], lp: LinkedPaper) -> list[tuple[str, str]]:
    """(node, its statement) of each link's mention node: ``fmt.statement(node, MENTION_PREDICATES, objects)`` of
    graph.mention_objects, its objects' texts made from the link's fields without making their literals first
    (a test checks the text is the grouped block's)."""
    kind = fmt.name(MENTION_CLASS)
    confidences: dict[float, str] = {}
    out = []
    for node, name, link in zip(nodes, names, lp.links, strict=True):
        confidence = confidences.get(link.confidence)
        if confidence is None:
            confidence = confidences[link.confidence] = fmt.term(dec(link.confidence))
        texts = (
            kind,
            fmt.name(link.concept),
            fmt.plain(link.field),
            fmt.integer(link.start),
            fmt.integer(link.end),
            fmt.plain(link.text),
            fmt.plain(link.method),
            confidence,
        )
        out.append((node, fmt.statement_named(name, MENTION_PREDICATES, texts)))
    return out


def write_turtle(out: TextIO, schema: Iterable[Triple], paper_blocks: Iterable[Sequence[Triple]]) -> int:
    """Write a whole graph as Turtle; returns the number of characters written."""
    fmt = TurtleFormatter()
    n = out.write(fmt.header())
    n += out.write(fmt.block(schema))
    for block in paper_blocks:
        n += out.write(fmt.block(block))
    return n


def ntriples_lines(triples: Iterable[Triple]) -> Iterator[str]:
    """One N-Triples line per triple (callers sort and de-duplicate for stable output)."""
    for s, p, o in triples:
        obj = literal(o) if isinstance(o, Lit) else iri(o)
        yield f"{iri(s)} {iri(p)} {obj} .\n"
