"""Entity linking: find candidate spans with a compiled gazetteer, then decide what they name.

Candidate generation (``Gazetteer.candidates``) is kept apart from the decision (``Linker.link``):

1. Every label of every concept, with generated variants (plurals, hyphen/space forms), goes into
   one Aho-Corasick automaton over case-folded text, together with the vocabulary's domain cues and
   context terms. One pass over a text finds them all.
2. A hit counts only on word boundaries, and acronym-like labels only in their own case.
3. Abbreviations the text defines ("Spiking Neural Networks (SNNs)") link their short form to the
   long form's concept; a known short form defined as something else is not linked.
4. Context labels (words with other meanings: "transformer", "pruning", "edge") link only when the
   text is of the field and, where the concept lists context terms, one of them occurs.
5. An alias shared by several concepts goes to the one whose context terms occur; else to none.
6. Overlaps: the longest span wins, ties go to the earliest start.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import ahocorasick_rs

from kg.discovery import Discoverer, variant_span
from kg.records import Field, Link, Paper
from kg.vocab import ENTITY_KINDS, Vocabulary, discovered_iri

# how a link was made, with the confidence it carries
METHODS = {
    "label": 0.95,  # the text has a label exactly as written in the vocabulary
    "variant": 0.9,  # a case, plural or hyphenation variant of a label
    "abbreviation": 0.9,  # a short form the text itself defines for a concept's long form
    "context": 0.8,  # a label with other meanings, accepted because the text is of the field
    "disambiguated": 0.7,  # an alias of several concepts, resolved by the text's context terms
    "pattern": 0.6,  # a name the vocabulary lacks, found by a discovery rule ("the OSWorld benchmark")
}
OFF_FIELD_KINDS = ("HardwarePlatform", "Benchmark")  # what links in a text that is not of the field
MIN_DOMAIN_EVIDENCE = 2  # distinct domain cues plus distinct unambiguous concepts that make a text "of the field"

_FOLD = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\n": " ",
        "\t": " ",
        "\r": " ",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_LABEL = 0
_CUE = 1
_TERM = 2


def fold(text: str) -> str:
    """Case-fold for matching, keeping one character per character so offsets stay valid."""
    low = text.translate(_FOLD).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))


def is_case_sensitive(label: str) -> bool:
    """Acronyms (no lower-case letters) and short mixed-case names (LoRA, MoE, ViT) match in their own case."""
    letters = [c for c in label if c.isalpha()]
    if not letters:
        return True
    if not any(c.islower() for c in letters):
        return True
    return len(letters) <= 5 and any(c.isupper() for c in label[1:])


def _plural(word: str, acronym: bool) -> list[str]:
    if not word:
        return []
    if word[-1].isdigit():
        return [word + "s"]  # H100s, Cortex-A53s
    if not word[-1].isalpha():
        return []
    if acronym:
        return [word + "s"]
    low = word.lower()
    if low.endswith(("s", "x", "ch", "sh")):
        return [word + "es"]
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return [word[:-1] + "ies", word + "s"]
    return [word + "s"]


def variants(label: str) -> set[str]:
    """The label and its generated surface variants: hyphen/space/joined forms and plurals."""
    forms = {label}
    if "-" in label:
        forms.add(label.replace("-", " "))
        if len(label) <= 12 or any(ch.isdigit() for ch in label):
            forms.add(label.replace("-", ""))
    if " " in label:
        forms.add(label.replace(" ", "-"))
    acronym = is_case_sensitive(label)
    out = set(forms)
    for f in forms:
        out.update(_plural(f, acronym))
    return {f for f in out if f.strip()}


@dataclass(frozen=True)
class Candidate:
    """A span whose text equals a label (or variant) of one or more concepts."""

    start: int
    end: int
    concepts: frozenset[str]
    exact: bool  # written exactly as a vocabulary label
    context_label: frozenset[str]  # the concepts for which this label needs context


@dataclass
class _Entry:
    kind: int
    surface: str  # the variant as generated (case matters for case-sensitive ones)
    case_sensitive: bool
    concept: str  # concept IRI (labels), term (cues, context terms)
    exact: bool
    context: bool


class Gazetteer:
    """All labels, domain cues and context terms compiled into automata (build once per run).

    Case-insensitive labels go into one automaton over case-folded text; case-sensitive ones (acronyms,
    "LoRA") into another over the text as written, so "CT" or "PE" are not tried inside every word.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        folded: dict[str, list[_Entry]] = defaultdict(list)
        exact: dict[str, list[_Entry]] = defaultdict(list)

        def add(v: str, entry: _Entry) -> None:
            if entry.case_sensitive:
                key = v.translate(_FOLD)
                exact[key].append(entry)
                if key.upper() != key:
                    exact[key.upper()].append(entry)  # "FPGAS" in an all-capitals title is still "FPGAs"
            else:
                folded[fold(v)].append(entry)

        for iri in sorted(vocab.concepts):
            ctx = vocab.context_labels.get(iri, frozenset())
            for label in vocab.labels(iri):
                cs = is_case_sensitive(label)
                for v in sorted(variants(label)):
                    add(v, _Entry(_LABEL, v, cs, iri, v == label, label in ctx))
        for cue in vocab.domain_cues:
            for v in sorted(variants(cue)):
                add(v, _Entry(_CUE, v, is_case_sensitive(cue), cue, True, False))
        for term in sorted({t for ts in vocab.context_terms.values() for t in ts}):
            for v in sorted(variants(term)):
                add(v, _Entry(_TERM, v, is_case_sensitive(term), term, True, False))
        self.folded = _Keys(folded)
        self.exact = _Keys(exact)
        self.surfaces = {fold(k) for k in (*folded, *exact)}

    def scan(self, text: str) -> tuple[list[Candidate], set[str], set[str]]:
        """Candidates, domain cues and context terms found on word boundaries in one text."""
        found: dict[tuple[int, int], tuple[frozenset[str], frozenset[str], bool]] = {}
        cues: set[str] = set()
        terms: set[str] = set()
        for keys, haystack in ((self.folded, fold(text)), (self.exact, text.translate(_FOLD))):
            n = len(haystack)
            payloads = keys.payloads
            for index, start, end in keys.matches(haystack):
                head, tail, key_cues, key_terms, labels = payloads[index]
                # a key that starts (ends) with a letter or digit must not continue a word there
                if (head and start and haystack[start - 1].isalnum()) or (tail and end < n and haystack[end].isalnum()):
                    continue
                if key_terms:
                    terms.update(key_terms)
                if key_cues:
                    cues.update(key_cues)
                if labels is not None:
                    # a span is matched at most twice: by a case-folded key and by a key as written
                    concepts, context, surfaces = labels
                    exact = text[start:end] in surfaces
                    seen = found.get((start, end))
                    if seen is None:
                        found[(start, end)] = (concepts, context, exact)
                    else:
                        found[(start, end)] = (seen[0] | concepts, seen[1] | context, seen[2] or exact)
        cands = [Candidate(s, e, concepts, exact, context) for (s, e), (concepts, context, exact) in found.items()]
        return cands, cues, terms


# per automaton key: whether it starts / ends with a letter or digit (then it needs a word boundary
# there), the cues and context terms it is, and (concepts, context-label concepts, surfaces written
# exactly as a label) when it is a label
_Payload = tuple[bool, bool, frozenset[str], frozenset[str], tuple[frozenset[str], frozenset[str], frozenset[str]] | None]


def _payload(key: str, entries: list[_Entry]) -> _Payload:
    labels = [e for e in entries if e.kind == _LABEL]
    return (
        key[0].isalnum(),
        key[-1].isalnum(),
        frozenset(e.concept for e in entries if e.kind == _CUE),
        frozenset(e.concept for e in entries if e.kind == _TERM),
        (
            frozenset(e.concept for e in labels),
            frozenset(e.concept for e in labels if e.context),
            frozenset(e.surface for e in labels if e.exact),
        )
        if labels
        else None,
    )


class _Keys:
    """Keys compiled into one Aho-Corasick automaton, with each key's payload.

    ``matches`` gives every occurrence of every key, overlapping ones included, as (key index, start,
    end) in characters, in one call (no Python object per automaton step).
    """

    def __init__(self, table: dict[str, list[_Entry]]) -> None:
        keys = sorted(table)
        self.payloads = [_payload(k, table[k]) for k in keys]
        self.automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard) if keys else None

    def __len__(self) -> int:
        return len(self.payloads)

    def matches(self, haystack: str) -> list[tuple[int, int, int]]:
        if self.automaton is None:
            return []
        return self.automaton.find_matches_as_indexes(haystack, overlapping=True)


# Schwartz & Hearst (2003): a parenthesised short form after its long form.
_SHORT = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-+/&.]{0,11}?)(s?)\s*\)")


@dataclass(frozen=True)
class Abbreviation:
    """A short form the text defines, with where its long form stands."""

    short: str
    long_start: int
    long_end: int


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Definitions "Long Form (LF)" in a text, by the Schwartz-Hearst long-form search."""
    out: list[Abbreviation] = []
    for m in _SHORT.finditer(text):
        short = m.group(1)
        if not any(c.isupper() for c in short) or len([c for c in short if c.isalnum()]) < 2:
            continue
        before = text[: m.start()].rstrip()
        # the long form starts at most `limit` words back: where the first of the last `limit` words starts
        limit = min(len(short) + 5, len(short) * 2)
        words = before.rsplit(None, limit)
        if not words:
            continue
        rest = before[len(words[0]) :] if len(words) > limit else before  # the words to search in
        start = _long_form_start(short, before, len(before) - len(rest.lstrip()))
        if start is not None:
            out.append(Abbreviation(short, start, len(before)))
    return out


def _long_form_start(short: str, text: str, floor: int) -> int | None:
    s = [c.lower() for c in short if c.isalnum()]
    si, li = len(s) - 1, len(text) - 1
    while si >= 0:
        c = s[si]
        while li >= floor and (text[li].lower() != c or (si == 0 and li > floor and text[li - 1].isalnum())):
            li -= 1
        if li < floor:
            return None
        si -= 1
        li -= 1
    start = li + 1
    while start > floor and text[start - 1].isalnum():
        start -= 1
    return start


class Linker:
    """Links papers to vocabulary concepts; build once, then call ``link`` per paper."""

    def __init__(self, vocab: Vocabulary) -> None:
        vocab = vocab.restrict(ENTITY_KINDS)  # metric labels ("accuracy", "latency") are not entities
        self.vocab = vocab
        self.gazetteer = Gazetteer(vocab)
        self.discoverer = Discoverer(vocab, self.gazetteer.surfaces)
        self.evidence = frozenset(
            iri
            for iri in vocab.concepts
            if iri not in vocab.not_evidence and not vocab.not_evidence.intersection(vocab.ancestors(iri))
        )
        owners: dict[str, set[str]] = defaultdict(set)
        for iri in vocab.concepts:
            for lb in vocab.labels(iri):
                owners[lb].add(iri)
        # labels that are shared by several concepts, or context labels of all they name
        self.ambiguous_labels = frozenset(
            lb
            for lb, iris in owners.items()
            if len(iris) > 1 or all(lb in vocab.context_labels.get(i, frozenset()) for i in iris)
        )

    def link(self, paper: Paper) -> tuple[Link, ...]:
        """Every concept named in the paper's title or abstract, one Link per matched span."""
        fields: list[tuple[Field, str]] = [("abstract", paper.abstract)]
        if paper.title:
            fields.insert(0, ("title", paper.title))
        return self.link_texts(fields)

    def link_texts(self, fields: Sequence[tuple[Field, str]]) -> tuple[Link, ...]:
        """Link several fields of one document, which share context and abbreviations."""
        scans = {f: self.gazetteer.scan(t) for f, t in fields}
        texts = dict(fields)
        cues = set().union(*(s[1] for s in scans.values()))
        terms = set().union(*(s[2] for s in scans.values()))
        # the field's concepts show it; general methods (FFT, Kalman filters, LDPC codes: families marked
        # kg:domainEvidence false) are as much at home in physics and communications
        unambiguous = {
            next(iter(c.concepts))
            for cands, _, _ in scans.values()
            for c in cands
            if len(c.concepts) == 1 and not c.context_label and next(iter(c.concepts)) in self.evidence
        }
        in_field = len(cues) + len(unambiguous) >= MIN_DOMAIN_EVIDENCE
        present = {c for cands, _, _ in scans.values() for cand in cands for c in cand.concepts}
        abbreviations = {f: find_abbreviations(t) for f, t in fields}
        local = self._local_abbreviations(scans, texts, abbreviations)
        resolved: dict[Field, list[tuple[int, int, str, str]]] = {}
        for f, text in fields:
            cands, _, _ = scans[f]
            decided: list[tuple[int, int, str, str]] = []
            for cand in cands:
                short = text[cand.start : cand.end]
                base = short[:-1] if short.endswith("s") and short[:-1] in local else short
                if base in local:
                    continue  # the text defines this short form itself; handled below
                choice = self._decide(cand, in_field, terms, present)
                if choice:
                    decided.append((cand.start, cand.end, *choice))
            for short, concept in local.items():
                if concept is None:
                    continue
                for start, end in occurrences(text, short, plural=True):
                    decided.append((start, end, concept, "abbreviation"))
            resolved[f] = _resolve_overlaps(decided)
        if in_field and self.vocab.rules:
            self._discover(fields, resolved, abbreviations)
        return tuple(
            Link(concept, f, start, end, text[start:end], method, METHODS[method])
            for f, text in fields
            for start, end, concept, method in resolved[f]
            if in_field or self._named_anywhere(concept)
        )

    def _named_anywhere(self, concept: str) -> bool:
        """Outside the field only named things link (a GPU, ImageNet); method words there mean other
        things ("vector quantization" in estimation theory, a "transformer" in a substation)."""
        c = self.vocab.concepts.get(concept)
        return c is not None and c.kind in OFF_FIELD_KINDS

    def _discover(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        abbreviations: dict[Field, list[Abbreviation]],
    ) -> None:
        """Add names the discovery rules find, and their other occurrences in any field."""
        names: dict[str, str] = {}
        defined = {ab.short: text[ab.long_start : ab.long_end] for f, text in fields for ab in abbreviations[f]}
        for f, text in fields:
            taken = [(s, e) for s, e, _, _ in resolved[f]]
            for found in self.discoverer.find(text, taken, defined):
                if found.method == "pattern":
                    names.setdefault(found.name, found.iri)
                resolved[f] = _resolve_overlaps([*resolved[f], (found.start, found.end, found.iri, found.method)])
        variant_rules = [r for r in self.vocab.rules if r.extends]
        for rule in variant_rules:
            for f, text in fields:
                for s, e, concept, _ in list(resolved[f]):
                    c = self.vocab.concepts.get(concept)
                    span = variant_span(text, s, e) if c is not None and c.kind == rule.kind else None
                    if span is not None:
                        iri = discovered_iri(rule, text[span[0] : span[1]])
                        names.setdefault(text[span[0] : span[1]], iri)
                        resolved[f] = _resolve_overlaps([*resolved[f], (span[0], span[1], iri, "pattern")])
        if not names:
            return
        for f, text in fields:
            spans = list(resolved[f])
            for name, iri in names.items():
                for start, end in occurrences(text, name):
                    if not any(start < e and end > s for s, e, _, _ in resolved[f]):
                        spans.append((start, end, iri, "pattern"))
            resolved[f] = _resolve_overlaps(spans)

    def _decide(self, cand: Candidate, in_field: bool, terms: set[str], present: set[str]) -> tuple[str, str] | None:
        options = sorted(cand.concepts)
        keep = []
        for c in options:
            if c in cand.context_label:
                if not in_field:
                    continue
                needed = self.vocab.context_terms.get(c, ())
                if needed and not terms.intersection(needed):
                    continue
            keep.append(c)
        if not keep:
            return None
        if len(keep) == 1:
            c = keep[0]
            if c in cand.context_label:
                return c, "context"
            return c, "label" if cand.exact else "variant"
        scored = sorted(((len(terms.intersection(self.vocab.context_terms.get(c, ()))), c) for c in keep), reverse=True)
        if scored[0][0] > scored[1][0]:
            return scored[0][1], "disambiguated"
        return None

    def _local_abbreviations(
        self,
        scans: dict[Field, tuple[list[Candidate], set[str], set[str]]],
        texts: dict[Field, str],
        abbreviations: dict[Field, list[Abbreviation]],
    ) -> dict[str, str | None]:
        """Short forms the text defines -> the concept of their long form (None: defined as something unknown)."""
        local: dict[str, str | None] = {}
        for f in texts:
            cands = scans[f][0]
            for ab in abbreviations[f]:
                # the longest candidate that ends where the long form ends and starts inside it
                inside = [c for c in cands if c.end == ab.long_end and c.start >= ab.long_start and len(c.concepts) == 1]
                if inside:
                    best = min(inside, key=lambda c: c.start)
                    if (best.end - best.start) * 2 >= ab.long_end - ab.long_start:
                        local.setdefault(ab.short, next(iter(best.concepts)))
                        continue
                if ab.short in self.ambiguous_labels:
                    # defined as something the vocabulary does not know: not the vocabulary's sense
                    local.setdefault(ab.short, None)
        return local


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def occurrences(text: str, name: str, plural: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``name`` (and, with ``plural``, of ``name`` + "s") that no ASCII
    letter or digit touches, left to right, not overlapping.

    What ``re.finditer(r"(?<![A-Za-z0-9])" + re.escape(name) + r"s?(?![A-Za-z0-9])", text)`` finds,
    without compiling a pattern for every name.
    """
    n, size = len(text), len(name)
    i = text.find(name) if size else -1
    while i >= 0:
        end = i + size
        if plural and end < n and text[end] == "s":
            end += 1
        if (i == 0 or text[i - 1] not in _ASCII_ALNUM) and (end == n or text[end] not in _ASCII_ALNUM):
            yield i, end
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)


def _resolve_overlaps(spans: Iterable[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Longest first, then earliest start; a span overlapping one already kept is dropped."""
    kept: list[tuple[int, int, str, str]] = []
    starts: list[int] = []  # of the kept spans, in text order; they do not overlap, so their ends are in order too
    ends: list[int] = []
    for s in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0], x[2])):
        i = bisect.bisect_left(starts, s[1])  # the kept spans that start before this one ends
        if i and ends[i - 1] > s[0]:
            continue
        kept.append(s)
        if s[1] > s[0]:  # an empty span overlaps nothing that comes after it (the empty ones come last)
            j = bisect.bisect_right(starts, s[0])
            starts.insert(j, s[0])
            ends.insert(j, s[1])
    return sorted(kept)
