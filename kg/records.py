"""Frozen records that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Field = Literal["title", "abstract"]


@dataclass(frozen=True)
class Paper:
    """One paper as read from an input file, before linking.

    ``id`` becomes ``dcterms:identifier`` unchanged. ``sources`` lists every input file
    (by file name) the paper was read from; readers give one, merging gives several.
    """

    id: str
    abstract: str
    title: str | None = None
    arxiv: str | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None
    url: str | None = None
    categories: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    # where the record was read, for error messages: "file:line"
    origin: str = field(default="", compare=False)


@dataclass(frozen=True)
class Concept:
    """One vocabulary concept (technique, hardware platform, benchmark, model or metric)."""

    iri: str
    kind: str  # "Technique" | "HardwarePlatform" | "Benchmark" | "Model" | "Metric"
    pref_label: str
    alt_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """Evidence that a paper names a concept: one matched span in its title or abstract."""

    concept: str  # concept IRI
    field: Field
    start: int  # 0-based character offset, end exclusive, in Python str (code point) units
    end: int
    text: str  # the matched text, == source[start:end]
    method: str  # how it was matched: see linker.METHODS
    confidence: float

    def as_dict(self) -> dict[str, str | int | float]:
        """The link's evidence as a JSON-ready dict, one key per field (what ``kg link --json`` and the audit tools
        write): field, start, end, text, concept, method, confidence."""
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "concept": self.concept,
            "method": self.method,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Linking:
    """What the linker found in one document: its links, and the families its discovered techniques were found under.

    ``broader`` holds (concept, family) pairs, sorted: "HQQ" in "quantization methods such as HQQ" is found beneath
    quantization. The family is this document's, not the concept's: another paper may find the name under another.
    """

    links: tuple[Link, ...]
    broader: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Result:
    """A quantitative claim stated in an abstract (see kg.results)."""

    metric: str  # metric concept IRI
    field: Field
    start: int
    end: int
    text: str  # the number as written, e.g. "2.62x", "from 67.2% to 80.0%"
    sentence_start: int
    sentence_end: int
    value: float | None = None
    min_value: float | None = None
    max_value: float | None = None
    baseline_value: float | None = None  # "from 67.2% to 80.0%": 67.2 (value is 80.0)
    unit: str | None = None
    relation: str = "absolute"  # "absolute" | "improvement" | "reduction"
    qualifier: str | None = None  # "up to", "on average", "more than", "less than", ...
    benchmark: str | None = None  # concept IRIs of the entities it was measured on
    hardware: str | None = None
    compared_to: str | None = None
    # how the benchmark / hardware was attached: "same-sentence" | "respectively" | "anaphor" | "platform-statement" |
    # "earlier-sentence" (see kg.results and kg.result_scope)
    benchmark_attachment: str | None = None
    hardware_attachment: str | None = None


@dataclass(frozen=True)
class DiscoveredConcept:
    """An entity the vocabulary lacks, found by a discovery rule, with what the graph says of it."""

    iri: str
    kind: str
    pref_label: str
    alt_labels: tuple[str, ...]
    scheme: str
    broader: tuple[str, ...]  # the rule's parent, or the families the paper found a family rule's name under
    ancestors: tuple[str, ...]  # the parent and everything above it
    hardware_class: tuple[str, ...]  # for hardware: the top concepts above it


@dataclass(frozen=True)
class LinkedPaper:
    """A paper with the links and results found in it: what the graph builder consumes."""

    paper: Paper
    links: tuple[Link, ...]
    results: tuple[Result, ...] = ()
    discovered: tuple[DiscoveredConcept, ...] = ()
