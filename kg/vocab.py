"""The vocabulary: SKOS concepts read from ``schema/vocab/*.ttl``, with the linking hints they carry.

Everything the linker knows comes from here; no entity name lives in Python code.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg.errors import VocabularyError
from kg.records import Concept

T = TypeVar("T")

KG = "https://w3id.org/papers-kg/ontology#"
BASE = "https://w3id.org/papers-kg/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KINDS = ("Technique", "HardwarePlatform", "Benchmark", "Model", "Metric")
ENTITY_KINDS = ("Technique", "HardwarePlatform", "Benchmark", "Model")  # what papers mention; metrics qualify results


def schema_dir() -> Path:
    """Where the schema files are: inside the installed package, else the source checkout's schema/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "schema", here.parent / "schema"):
        if (candidate / "ontology.ttl").is_file():
            return candidate
    raise VocabularyError(f"schema files not found next to {here} (expected schema/ontology.ttl)")


@dataclass(frozen=True)
class Vocabulary:
    """Concepts by IRI, with the hints the linker uses.

    ``context_labels[iri]`` are labels of that concept that link only in context;
    ``context_terms[iri]`` the words that show the concept's own sense; ``domain_cues`` the words
    that mark an abstract as belonging to the field.
    """

    concepts: dict[str, Concept]
    hidden_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    context_labels: dict[str, frozenset[str]] = field(default_factory=dict)
    context_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exact_match: dict[str, tuple[str, ...]] = field(default_factory=dict)
    domain_cues: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()

    def labels(self, iri: str) -> tuple[str, ...]:
        """Every label of a concept the linker matches: pref, alt and hidden."""
        c = self.concepts[iri]
        return (c.pref_label, *c.alt_labels, *self.hidden_labels.get(iri, ()))

    def restrict(self, kinds: tuple[str, ...]) -> Vocabulary:
        """The same vocabulary with only the concepts of the given kinds (and their hints)."""
        keep = {iri: c for iri, c in self.concepts.items() if c.kind in kinds}

        def only(d: dict[str, T]) -> dict[str, T]:
            return {k: v for k, v in d.items() if k in keep}

        return replace(self, concepts=keep, hidden_labels=only(self.hidden_labels), context_labels=only(self.context_labels),
                       context_terms=only(self.context_terms), exact_match=only(self.exact_match))

    def ancestors(self, iri: str) -> tuple[str, ...]:
        """All broader concepts, transitively, sorted."""
        seen: set[str] = set()
        stack = list(self.concepts[iri].broader)
        while stack:
            b = stack.pop()
            if b not in seen:
                seen.add(b)
                stack.extend(self.concepts[b].broader if b in self.concepts else ())
        return tuple(sorted(seen))

    def top_concepts(self, iri: str) -> tuple[str, ...]:
        """The top concepts (no broader) above a concept, or the concept itself when it is one."""
        c = self.concepts[iri]
        if not c.broader:
            return (iri,)
        return tuple(a for a in self.ancestors(iri) if a in self.concepts and not self.concepts[a].broader)


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)


def vocab_files(directory: Path | None = None) -> tuple[Path, ...]:
    """The vocabulary files, sorted by name."""
    d = directory or schema_dir() / "vocab"
    return tuple(sorted(d.glob("*.ttl")))


def load(directory: Path | None = None) -> Vocabulary:
    """Read and check every ``*.ttl`` file of the vocabulary directory."""
    files = vocab_files(directory)
    if not files:
        raise VocabularyError(f"no vocabulary files in {directory or schema_dir() / 'vocab'}")
    return _load(files)


@cache
def _load(files: tuple[Path, ...]) -> Vocabulary:
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    cues: list[str] = []
    for path in files:
        try:
            with path.open("rb") as f:
                triples = list(ox.parse(f, ox.RdfFormat.TURTLE, base_iri=BASE))
        except (SyntaxError, OSError) as e:
            raise VocabularyError(f"{path}: {e}") from None
        for t in triples:
            s, p, o = _value(t.subject), t.predicate.value, _value(t.object)
            if p == KG + "domainCue":
                cues.append(o)
            else:
                props[s][p].append(o)
    concepts: dict[str, Concept] = {}
    hidden: dict[str, tuple[str, ...]] = {}
    ctx_labels: dict[str, frozenset[str]] = {}
    ctx_terms: dict[str, tuple[str, ...]] = {}
    exact: dict[str, tuple[str, ...]] = {}
    for s, pv in props.items():
        kinds = [t[len(KG) :] for t in pv.get(RDF_TYPE, []) if t.startswith(KG) and t[len(KG) :] in KINDS]
        if not kinds:
            continue
        if len(kinds) > 1:
            raise VocabularyError(f"{s}: more than one kind ({', '.join(sorted(kinds))})")
        prefs = pv.get(SKOS + "prefLabel", [])
        if len(prefs) != 1:
            raise VocabularyError(f"{s}: needs exactly one skos:prefLabel, has {len(prefs)}")
        alts = tuple(sorted(set(pv.get(SKOS + "altLabel", [])) - {prefs[0]}))
        concepts[s] = Concept(s, kinds[0], prefs[0], alts, tuple(sorted(set(pv.get(SKOS + "broader", [])))))
        hidden[s] = tuple(sorted(set(pv.get(SKOS + "hiddenLabel", []))))
        labels = {prefs[0], *alts, *hidden[s]}
        cl = frozenset(pv.get(KG + "contextLabel", []))
        if cl - labels:
            raise VocabularyError(f"{s}: kg:contextLabel {sorted(cl - labels)} is not one of its labels")
        ctx_labels[s] = cl
        ctx_terms[s] = tuple(sorted(set(pv.get(KG + "contextTerm", []))))
        exact[s] = tuple(sorted(set(pv.get(SKOS + "exactMatch", []))))
    _check(concepts)
    return Vocabulary(concepts, hidden, ctx_labels, ctx_terms, exact, tuple(sorted(set(cues))), files)


def _check(concepts: dict[str, Concept]) -> None:
    prefs: dict[str, str] = {}
    for iri, c in concepts.items():
        if c.pref_label in prefs:
            raise VocabularyError(f"prefLabel {c.pref_label!r} is used by {prefs[c.pref_label]} and {iri}")
        prefs[c.pref_label] = iri
        for b in c.broader:
            if b not in concepts:
                raise VocabularyError(f"{iri}: skos:broader {b} is not a concept of the vocabulary")
            if concepts[b].kind != c.kind:
                raise VocabularyError(f"{iri}: skos:broader {b} is a {concepts[b].kind}, not a {c.kind}")
    state: dict[str, int] = {}

    def visit(iri: str, path: tuple[str, ...]) -> None:
        if state.get(iri) == 2:
            return
        if state.get(iri) == 1:
            raise VocabularyError("skos:broader cycle: " + " -> ".join((*path, iri)))
        state[iri] = 1
        for b in concepts[iri].broader:
            visit(b, (*path, iri))
        state[iri] = 2

    for iri in sorted(concepts):
        visit(iri, ())
