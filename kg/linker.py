"""Entity linking: find candidate spans with a compiled gazetteer, then decide what they name.

Candidate generation (``Gazetteer.candidates``) is kept apart from the decision (``Linker.link``):

1. Every label of every concept, with generated variants (plurals, hyphen/space forms), goes into
   one Aho-Corasick automaton over case-folded text, together with the vocabulary's domain cues and
   context terms. One pass over a text finds them all.
2. A hit counts only on word boundaries, and acronym-like labels only in their own case.
3. Abbreviations the text defines ("Spiking Neural Networks (SNNs)") link their short form to the
   long form's concept; a known short form defined as something else is not linked.
4. Context labels (words with other meanings: "transformer", "pruning", "edge") link only when the
   text is of the field and, where the concept lists context terms, one of them occurs (for a technique:
   in the same sentence, unless the text names the concept or a narrower one plainly). Phrases of other
   senses ("table pruning", "point cloud") are blanked before matching.
5. An alias shared by several concepts goes to the one whose context terms occur; else to none.
6. Overlaps: the longest span wins, ties go to the earliest start.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final, cast

from kg.discovery import (
    Discoverer,
    Found,
    aho_corasick,
    find_all,
    find_listed_models,
    find_techniques,
    prefilter,
    variant_span,
)
from kg.records import Field, Link, Linking, Paper
from kg.vocab import DISCOVERED, ENTITY_KINDS, DiscoveryRule, Vocabulary

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
_TITLED_KINDS = frozenset({"Technique", "Model"})  # what else links in a text outside the field whose title names it
_GENERAL_METHODS = ("label", "variant")  # how a general method links outside the field (offfield18)
_DOUBTFUL = ("context", "disambiguated")  # methods of a link that needed the text's help
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
_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in _FOLD.items())
# the map's only ASCII entries, for an ASCII text: a bytes translation reads it without a dict lookup per character
_FOLD_ASCII = bytes.maketrans(b"\n\t\r", b"   ")
_PROPER_KINDS = frozenset({"Benchmark", "HardwarePlatform"})  # whose context labels starting with a capital are names
_LABEL: Final = 0
_CUE: Final = 1
_TERM: Final = 2


def unify(text: str) -> str:
    """``text.translate(_FOLD)``: dashes, line breaks, tabs and odd spaces made plain (one character each)."""
    if not text.isascii():
        # a replace per character the map holds: str.translate looks a non-ASCII text's every character up in the
        # map (12 ns each; linking a long text asks for its rescans' folds per candidate). No replacement is a key
        for char, plain in _FOLD_PAIRS:
            if char in text:
                text = text.replace(char, plain)
        return text
    if "\n" in text or "\t" in text or "\r" in text:
        return text.encode("ascii").translate(_FOLD_ASCII).decode("ascii")
    return text


def fold(text: str) -> str:
    """Case-fold for matching, keeping one character per character so offsets stay valid."""
    low = unify(text).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))


def is_case_sensitive(label: str) -> bool:
    """Acronyms (no lower-case letters), short mixed-case names (LoRA, MoE, ViT) and names of three
    characters with a digit ("o1", so not the "(O1)" of a list) match in their own case."""
    letters = [c for c in label if c.isalpha()]
    if not letters:
        return True
    if not any(c.islower() for c in letters) or (len(label) <= 3 and any(c.isdigit() for c in label)):
        return True
    if label.endswith("-based") and len(label) > 6:
        return is_case_sensitive(label[:-6])  # "GAN-based" is no "GaN-based" (gallium nitride)
    return len(letters) <= 5 and any(c.isupper() for c in label[1:])


def _cue_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern of whole words or phrases (the longest first), or None for none: the vocabulary's
    learning, computing and science cues."""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.I) if alternatives else None


def _cue_words(words: Iterable[str]) -> tuple[str, ...] | None:
    """The cues lower-cased, less those that hold a shorter one ("algorithms" holds "algorithm"): a text whose lower-cased
    form holds none of them has no match of ``_cue_pattern(words)`` if it is ASCII (``_cue_found``); None where a cue is
    not ASCII (a case-insensitive match may then take another character for one of its letters)."""
    lowered = sorted({w.lower() for w in words}, key=len)
    if not all(w.isascii() for w in lowered):
        return None
    kept: list[str] = []
    for w in lowered:
        if not any(k in w for k in kept):
            kept.append(w)
    return tuple(kept)


def _cue_found(pattern: re.Pattern[str], words: tuple[str, ...] | None, text: str) -> bool:
    """``pattern.search(text) is not None`` for a pattern of ``_cue_pattern``, ``words`` its ``_cue_words``: the
    whole-text search (a lookbehind and a long alternation tried at every character) made only where an ASCII text
    holds one of the words (issue 4; most texts outside the field hold none)."""
    if words is not None and text.isascii():
        lowered = text.lower()
        if not any(w in lowered for w in words):
            return False
    return pattern.search(text) is not None


def _is_name(label: str) -> bool:
    """One word (hyphens allowed) written with a capital and lower-case letters ("Glow", "Performer", "HuBERT")."""
    letters = [c for c in label if c.isalpha()]
    return " " not in label and bool(letters) and letters[0].isupper() and any(c.islower() for c in letters)


# a method's name of letters with two capitals or more ("LoRA", "InfoNCE", "DBSCAN", "GRPO"; not "INT8", "N:M",
# "Mean-Teacher"): a family after it is no part of it ("QLoRA fine-tuning" names fine-tuning too; trec24)
_CAPITALS_NAME = re.compile(r"[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*")
_ID_AFTER = re.compile(r"[-:][\w.:-]*\d")  # "-haiku-4-5", ":7b", "-k2.6": a version or size joined after a name
_ID_BEFORE = re.compile(r"\d[\w.]*[-:]$")  # "gpt-5.2-": one joined before it


# a model's head word after the name, or after it and one more name ("falcon series of models", "llama and qwen models")
# what follows a benchmark's name in the singular ("Hateful Meme" of Hateful Memes) where it names a task or another
# thing, not the data set: a capitalised word other than a data set's head word ("Hateful Meme Detection", "Speech
# Command Recognition"), or a task's noun ("Hateful Meme detection", "TED Talk transcripts"); fixes13
_ONE_NOT_NAMED = re.compile(
    r" (?:(?!(?:Datasets?|Benchmarks?|Challenges?|Corpus|Corpora|Data|Database|Suite|Split|Test|Set|V\d)\b)[A-Z][a-z]"
    r"|(?:detection|classification|recognition|moderation|generation|analysis|identification|transcripts?)\b)"
)
# a word coordinated with a name, before or after it ("gpt-5 and claude", "llama, mistral"), and a lower-case name with a
# version or size joined on ("gemini-2.5-flash", "qwen2.5"): its name part (leftovers14)
_COORDINATED_BEFORE = re.compile(r"(?<![\w.:-])([\w.:-]+)(?:,|,? and|,? or|/) ?$")
_COORDINATED_AFTER = re.compile(r"(?:,|,? and|,? or|/) ?([\w.:-]+)")
_VERSIONED = re.compile(r"([a-z]+)[-.:]?\d")
_MODEL_HEAD_AFTER = re.compile(r"(?:,? (?:and|or) [\w.-]+)? (?:series|family|models?|LLMs?|checkpoints?)\b")


def _named_as_model(text: str, start: int, end: int) -> bool:
    """text[start:end], in lower case, is named as a model: a part of a model's identifier as an API or a model hub
    writes it, with a version or size joined on ("claude-haiku-4-5", "kimi-k2-instruct-0905", "mistral:7b",
    "gpt-5.2-codex"), or a name before a model's head word ("falcon series of models", "llama and qwen models")."""
    return (
        bool(_ID_AFTER.match(text, end))
        or bool(_ID_BEFORE.search(text, max(0, start - 12), start))
        or bool(_MODEL_HEAD_AFTER.match(text, end))
    )


def _inner_capital(text: str) -> bool:
    """A word of the text, not all capitals, has a capital after its first letter ("PerFormer", "LLaMA"; not "Kling AI")."""
    return any(not w.isupper() and any(c.isupper() for c in w[1:]) for w in re.split(r"[\s-]+", text))


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


def singular(label: str) -> str | None:
    """A name of several words ending in a capitalised plural noun, in the singular ("Speech Commands" -> "Speech
    Command", "Stanford Cars" -> "Stanford Car"); None for one word ("Kinetics"), acronyms and other endings."""
    head, _, last = label.rpartition(" ")
    if not head or len(last) < 4 or not last[0].isupper() or not last[1:].islower() or not last.endswith("s"):
        return None  # a capitalised name's last word: "an Amazon review" is no data set
    if last.endswith(("ss", "us", "is", "as", "ics", "ies", "ews", "thes")):
        return None
    cut = 2 if last.endswith(("ses", "xes", "zes", "ches", "shes")) else 1
    return f"{head} {last[:-cut]}"


def participle(label: str) -> str | None:
    """A method named by a modifier and a noun in "-ization", as the participle it is also written as ("product
    quantization" -> "product-quantized", "INT8 quantization" -> "INT8-quantized"), or a co-design label as "co-designed";
    None for other labels."""
    if label.endswith("co-design"):  # "algorithm-system co-designed", "co-designed for inference"
        return f"{label}ed"
    head, _, last = label.rpartition(" ")
    if not head or not last.endswith("ization") or last.endswith(("optimization", "specialization")):
        return None  # "code-optimized", "hardware-specialized" read "for code", "for hardware"
    return f"{head}-{last[: -len('ation')]}ed"


def singulars(label: str) -> tuple[str, ...]:
    """A method's name of several words ending in a plural, as the singular it is also written in ("Functional maps" ->
    "functional map", "Bayesian networks" -> "Bayesian network", "Behavior trees" -> "behavior tree"); where the ending
    allows two readings ("caches", "branches") both, as the one that is no word never occurs in a text. Read for
    preferred labels only: a plural alternative label ("shared weights", "large kernels") is listed plural as its
    singular mostly modifies another noun ("shared weight matrices", "large-kernel design")."""
    head, _, last = label.rpartition(" ")
    if not head or len(last) < 4 or not last.islower() or not last.isalpha() or not last.endswith("s"):
        return ()
    if last.endswith(("ss", "us", "is", "ics", "ous")):
        return ()  # "loss", "corpus", "analysis", "dynamics", "continuous"
    if last.endswith("ies"):
        return (f"{head} {last[:-3]}y",)
    if last.endswith(("ses", "xes", "zes", "ches", "shes")):
        return (f"{head} {last[:-2]}", f"{head} {last[:-1]}")
    return (f"{head} {last[:-1]}",)


_BRITISH = re.compile(r"(?<=[a-z]{2})([a-z])iz(ation|e|ed|es|ing|er|ers)(?![a-z])")


# a space or hyphen between two word characters: the joints of a name of several words
_JOINT = re.compile(r"(?<=[A-Za-z0-9])[ -](?=[A-Za-z0-9])")
_MAX_MIXED_JOINTS = 3  # a name of up to four words is written with any mix of spaces and hyphens

# a one-letter word of a name of several words, a variable ("k" of "k-means", "N" of "Best-of-N", "t" of "t-SNE")
_MATH_LETTER = re.compile(r"(?<![^ -])([A-Za-z])(?![^ -])")

# the joint between a name of letters and the version number after it: the " " of "Llama 4 Maverick"
_VERSION_JOINT = re.compile(r"(\b[A-Za-z][a-z]{2,})[ -](?=\d+(?:\.\d+)?[ -][A-Za-z])")

_SHORT_LAST_WORD = re.compile(r"(?<=[A-Za-z0-9]) (?=(?:[A-Z]{2,}|[A-Z][a-z]{1,2})$)")


def variants(label: str) -> set[str]:
    """The label and its generated surface variants: hyphen/space/joined forms, British "-ise" spellings and plurals.

    A name ending in an acronym or a short capitalised word is also written with that word joined on
    ("Edge TPU" as "EdgeTPU", "Rubik Pi" as "RubikPi", "RTX 5070 Ti" as "RTX 5070Ti"). An ampersand is also
    written escaped ("Tanks\\&Temples", as LaTeX sources of abstracts have it), and a one-letter word of a name of
    several words, a variable, in LaTeX's math ("best-of-$N$", "$k$-means")."""
    forms = {label}
    if "-" in label:
        forms.add(label.replace("-", " "))
        if len(label) <= 12 or any(ch.isdigit() for ch in label):
            forms.add(label.replace("-", ""))
    if " " in label:
        forms.add(label.replace(" ", "-"))
        forms.add(_SHORT_LAST_WORD.sub("", label))
    joints = [m.start() for m in _JOINT.finditer(label)]
    if 2 <= len(joints) <= _MAX_MIXED_JOINTS:  # "KV cache reuse" is also "KV-cache reuse", "KV cache-reuse"
        for marks in itertools.product(" -", repeat=len(joints)):
            chars = list(label)
            for at, mark in zip(joints, marks, strict=True):
                chars[at] = mark
            forms.add("".join(chars))
    if _VERSION_JOINT.search(label) and len(joints) >= 2:
        # a family's version glued to its name inside a longer name ("Llama4 Maverick", "Llama4-Scout" are "Llama 4
        # Maverick", "Llama 4 Scout"; modhw27): the one-joint names list their glued forms ("Llama-4" -> "Llama4")
        forms.update({_VERSION_JOINT.sub(r"\1", f) for f in forms})
    if "-" in label:  # "actor--critic", "Reed--Solomon": LaTeX's en dash between two names' parts
        forms.add(label.replace("-", "--"))
    if "&" in label:  # "Tanks\&Temples": LaTeX escapes the ampersand in abstracts written for it
        forms.update({f.replace("&", "\\&") for f in forms})
    if _MATH_LETTER.search(label):  # "best-of-$N$", "$k$-means": LaTeX sources set a name's variable in math
        forms.update({_MATH_LETTER.sub(r"$\1$", f) for f in forms if " " in f or "-" in f})
    acronym = is_case_sensitive(label)
    if acronym and label.endswith("-based"):  # "LLM-Based", "LLM Based" in a title's capitals
        forms.update({f[:-5] + "Based" for f in forms})
    if not acronym:  # British spelling: "quantisation", "quantised" are "quantization", "quantized"
        forms.update({_BRITISH.sub(r"\1is\2", f) for f in forms})
    out = set(forms)
    for f in forms:
        out.update(_plural(f, acronym))
    return {f for f in out if f.strip()}


class Candidate:
    """A span whose text equals a label (or variant) of one or more concepts; never changed once made.

    A plain class, not a frozen dataclass: the linker makes one per span found, and a frozen dataclass's
    ``__init__`` (Python code setting each field through ``object.__setattr__``) cost more than its scan
    of the text (a compiled core makes this one a native class).
    """

    __slots__ = ("start", "end", "concepts", "exact", "context_label")

    def __init__(self, start: int, end: int, concepts: frozenset[str], exact: bool, context_label: frozenset[str]) -> None:
        self.start = start
        self.end = end
        self.concepts = concepts
        self.exact = exact  # written exactly as a vocabulary label
        self.context_label = context_label  # the concepts for which this label needs context


@dataclass
class _Entry:
    kind: int
    surface: str  # the variant as generated (case matters for case-sensitive ones)
    case_sensitive: bool
    concept: str  # concept IRI (labels), term (cues, context terms)
    exact: bool
    context: bool
    capital: bool = False  # a proper name that links only written with its capital ("Places", not "places")
    written: bool = False  # a model's or method's name that is a word: only with its capital ("Glow", not "glow")
    camel: bool = False  # the concept has a label with inner capitals ("LLaMA"): "LLaMa" is it, but "PerFormer" no Performer
    loud: bool = False  # an acronym's plural whose capitals ("LLMS") link in running text too: its singular names it plainly
    one: bool = False  # a data set's plural name in the singular ("Speech Command"): not before a task's word


class Gazetteer:
    """All labels, domain cues and context terms compiled into automata (build once per run).

    Case-insensitive labels go into one table of case-folded keys; case-sensitive ones (acronyms, "LoRA") into
    another, taken only as written, so "CT" or "PE" are no match in "ct" or "pe". One automaton finds the keys of
    both on word boundaries (``_Words``), with the phrases of other senses (``senses``: case-folded) when given.
    """

    def __init__(self, vocab: Vocabulary | None = None, senses: Iterable[str] = ()) -> None:
        if vocab is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        self.vocab = vocab
        folded: dict[str, list[_Entry]] = defaultdict(list)
        exact: dict[str, list[_Entry]] = defaultdict(list)

        def add(v: str, entry: _Entry) -> None:
            if entry.case_sensitive:
                key = v.translate(_FOLD)
                exact[key].append(entry)
                if key.upper() != key:
                    # a label in capitals ("LORA", "SOC", an acronym's plural "FPGAS") only in a text written in
                    # capitals (see scan): "SOC" (state of charge) in running text is no "SoC", nor "GPS" (the
                    # positioning system) Gaussian processes' "GPs", "DPS" data parallelism's "DPs" (techaudit11)
                    exact[key.upper()].append(entry)
            else:
                folded[fold(v)].append(entry)

        # the concepts each label's forms name (case-folded): a form derived from another label (a participle, a
        # singular) is none of another concept's, so that it never makes that concept's label ambiguous
        listed: dict[str, set[str]] = defaultdict(set)
        for iri in vocab.concepts:
            for label in vocab.labels(iri):
                if label not in vocab.unlinked_labels.get(iri, ()):
                    for v in variants(label):
                        listed[fold(v)].add(iri)

        def derived(iri: str, forms: dict[str, bool], labels: Iterable[str]) -> dict[str, bool]:
            return {v: False for one in labels for v in variants(one) if v not in forms and listed.get(fold(v), {iri}) <= {iri}}

        # an acronym's plural in capitals ("VLMS", "FPGAS") names a family of models or a class of platforms in running
        # text where that acronym is the family's label alone and needs no context: the model families the variant rule
        # lists (kg:genericBase: LLM, VLM, GAN, ...) and the top-level platform classes. Other acronyms' capitals are
        # other names ("GPS" is no plural of Gaussian processes' context label "GP"; "CLIPS", "YOLOS", "ICAS" are
        # names of their own; techaudit11, fixes12)
        owners: dict[str, set[str]] = defaultdict(set)
        for iri in vocab.concepts:
            for label in vocab.labels(iri):
                owners[label].add(iri)
        families = {b for rule in vocab.rules for b in rule.generic_bases} | {
            iri for iri, c in vocab.concepts.items() if c.kind == "HardwarePlatform" and not c.broader
        }

        # a member's label is no form of its family's (models18): "YOLOv5s" is YOLOv5's small model, no plural of YOLOv5,
        # and "EfficientNetV2S" (EfficientNetV2-S written joined) no plural of EfficientNetV2
        # (a case-sensitive label's forms as written: "ViTS", ViT-S joined, leaves "ViTs" to ViT)
        members: dict[str, set[str]] = defaultdict(set)
        for iri, c in vocab.concepts.items():
            if c.kind != "Model":
                continue
            for label in vocab.labels(iri):
                cs = is_case_sensitive(label)
                for v in variants(label):
                    members[v if cs else fold(v)].update(c.broader)

        def member(iri: str, label: str, v: str) -> bool:
            """A form of a family's label ("YOLOv5s", plural) that is a member's label: not where they differ only at
            their joints (a label the family and a member share stays as ambiguous as it is)."""
            return (iri in members.get(fold(v), ()) or iri in members.get(v, ())) and _joint_free(v) != _joint_free(label)

        proper = {iri for iri in vocab.concepts if not any(lb[:1].islower() for lb in vocab.labels(iri))}
        camel = {iri for iri in proper if any(_inner_capital(lb) for lb in vocab.labels(iri))}

        def loud(iri: str, v: str, ctx: frozenset[str]) -> bool:
            one = v[:-1]
            return (
                iri in families
                and v.endswith("s")
                and len(one) >= 2
                and one.isupper()
                and sum(c.isalpha() for c in one) >= 2
                and owners.get(one) == {iri}
                and one not in ctx
            )

        for iri in sorted(vocab.concepts):
            ctx = vocab.context_labels.get(iri, frozenset())
            named = vocab.concepts[iri].kind in _PROPER_KINDS
            for label in vocab.labels(iri):
                if label in vocab.unlinked_labels.get(iri, ()):
                    continue  # a name to show, not a mention ("activation functions")
                cs = is_case_sensitive(label)
                # a data set's or platform's name that is also a word ("Places", "Traffic", "Habitat", "Summit")
                capital = named and label in ctx and label[0].isupper() and not cs
                # a one-word context label of a model or method the vocabulary writes by names only (no label of it
                # starts in lower case: "Glow", "Performer", "Whisper"; not "Pruning", which is also "iterative pruning")
                # links only with its capital ("the glow of", "a top performer" are none), and with inner capitals only
                # where a label of the concept has some ("LLaMa" is LLaMA's, "PerFormer" another paper's name)
                name = not named and label in ctx and not cs and _is_name(label) and iri in proper
                forms = dict.fromkeys((v for v in variants(label) if not member(iri, label, v)), cs)
                if vocab.concepts[iri].kind == "Technique" and not cs:
                    forms.update(derived(iri, forms, [done] if (done := participle(label)) else []))
                    if label == vocab.concepts[iri].pref_label:  # "Bayesian networks" is also "a Bayesian network"
                        forms.update(derived(iri, forms, singulars(label)))
                if vocab.concepts[iri].kind == "Benchmark" and (one := singular(label)):
                    # "Speech Commands" is also written "Speech Command", capitalised as the name ("an open image" is none)
                    ones = {v for v in variants(one) if v not in forms}
                    forms.update(dict.fromkeys(ones, True))
                else:
                    ones = set()
                for v in sorted(forms):
                    cased = forms[v]
                    entry = _Entry(_LABEL, v, cased, iri, v == label, label in ctx, capital and not cased)
                    entry.written, entry.loud = name and not cased, cased and loud(iri, v, ctx)
                    entry.camel = entry.written and iri in camel
                    entry.one = v in ones
                    add(v, entry)
        for cue in vocab.domain_cues:
            for v in sorted(variants(cue)):
                add(v, _Entry(_CUE, v, is_case_sensitive(cue), cue, True, False))
        for term in sorted({t for ts in vocab.context_terms.values() for t in ts}):
            for v in sorted(variants(term)):
                add(v, _Entry(_TERM, v, is_case_sensitive(term), term, True, False))
        self.folded = _Table(folded)
        self.exact = _Table(exact)
        self.words = _Words(self.folded, self.exact, sorted(senses))
        # each context term's keys, in the folded text and in the text as written (see Linker._absent_outside)
        term_keys: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
        for i, table in enumerate((folded, exact)):
            for key, entries in table.items():
                for e in entries:
                    if e.kind == _TERM:
                        term_keys[e.concept][i].add(key)
        self.term_keys = {t: (tuple(sorted(a)), tuple(sorted(b))) for t, (a, b) in term_keys.items()}
        # the longest run of spaces inside a term's key (None: a key starts or ends with a space)
        keys = [k for ks in term_keys.values() for k in (*ks[0], *ks[1])]
        edged = any(k != k.strip(" ") for k in keys)
        runs = (len(r) for k in keys for r in re.findall(" +", k))
        self.term_key_spaces: int | None = None if edged else max(runs, default=0)
        self.surfaces = {fold(k) for k in (*folded, *exact)}
        # each label entry's concept as a set of one, made once here rather than at each of its matches (issue 4)
        every = (e for es in (*folded.values(), *exact.values()) for e in es)
        self.singletons = {e.concept: frozenset((e.concept,)) for e in every if e.kind == _LABEL}
        # one-word names of models, in lower case, not of a family ("claude", "gpt-5", "llama"; not "cnn"): a lower-case
        # name coordinated with one of them is named as a model ("gpt-5 and claude", "llama and mistral"; leftovers14)
        self.model_names = frozenset(
            lb.lower()
            for iri, c in vocab.concepts.items()
            if c.kind == "Model" and iri not in families
            for lb in vocab.labels(iri)
            if " " not in lb and lb not in vocab.unlinked_labels.get(iri, ())
        )

    def scan(
        self, text: str, folded: str | None = None, senses: list[tuple[int, int]] | None = None
    ) -> tuple[list[Candidate], set[str], set[str]]:
        """Candidates, domain cues and context terms found on word boundaries in one text (``folded``:
        ``fold(text)``, when the caller has it; ``senses``: a list to which the spans of the phrases of other
        senses found on word boundaries are added, in no order).

        One automaton pass finds the keys of both tables (``_Words``); the case-sensitive keys' matches
        are judged after all case-folded ones, in their order, as when each table had its own pass: the
        candidates come in the same order (the order of their spans' first matches).
        """
        found: dict[object, Candidate] = {}  # by span (see _add)
        cues: set[str] = set()
        terms: set[str] = set()
        shouting: bool | None = None  # an all-capitals text, where "FPGAS" is "FPGAs" and "SIT" may be "SiT"
        hay = fold(text) if folded is None else folded
        written = unify(text)
        payloads = self.folded.payloads
        hits = self.words.hits
        settled: set[object] = set()  # keys of cues and terms only, taken already: another occurrence adds nothing
        later: list[tuple[int, int, int]] = []  # (end, start, key) of the case-sensitive keys' matches
        last_end = last_start = -1
        ordered = True  # the case-folded keys' spans came in the order of their ends, then starts (as in their own pass)
        # each key index kept as the automaton's int object: a compiled core would make a new one (an
        # index over 256) for each lookup of an unboxed index in ``settled`` (issue 4)
        for index, mstart, mend in cast("list[tuple[object, int, int]]", self.words.matches(hay)):
            if index in settled:
                continue
            group = hits[cast(int, index)]
            for table, key, before, after, whole, counted in group:
                start = mstart + before
                end = mend - after
                if table == _EXACT:
                    if written[start:end] == whole and not (counted and not _counted(written, start, end)):
                        later.append((end, start, key))
                    continue
                if table == _SENSE:
                    if senses is not None and (whole is None or hay[start:end] == whole):
                        senses.append((start, end))
                    continue
                if (whole is not None and hay[start:end] != whole) or (counted and not _counted(hay, start, end)):
                    continue
                if end < last_end or (end == last_end and start < last_start):
                    ordered = False
                last_end, last_start = end, start
                head, tail, key_cues, key_terms, labels, entries = payloads[key]
                if entries is None:  # no entry of this key is case-sensitive: take them all at once
                    if key_terms:
                        terms.update(key_terms)
                    if key_cues:
                        cues.update(key_cues)
                    if labels is not None:
                        concepts, context, surfaces = labels
                        _add(found, start, end, concepts, context, text[start:end] in surfaces)
                    elif len(group) == 1:
                        settled.add(index)
                    continue
                shouting = self._take(text, start, end, entries, found, cues, terms, shouting)
        if not ordered:  # keys of one span's first letters, found in another order (see _Words): as their own pass
            found = dict(sorted(found.items(), key=_span_order))
        if later:
            later.sort()
            payloads = self.exact.payloads
            for end, start, key in later:
                head, tail, key_cues, key_terms, labels, entries = payloads[key]
                if entries is None:
                    terms.update(key_terms)
                    cues.update(key_cues)
                    if labels is not None:
                        concepts, context, surfaces = labels
                        _add(found, start, end, concepts, context, text[start:end] in surfaces)
                    continue
                shouting = self._take(text, start, end, entries, found, cues, terms, shouting)
        return list(found.values()), cues, terms

    def _take(
        self,
        text: str,
        start: int,
        end: int,
        entries: tuple[_Entry, ...],
        found: dict[object, Candidate],
        cues: set[str],
        terms: set[str],
        shouting: bool | None,
    ) -> bool | None:
        """The entries of a key found at text[start:end] that hold there, each judged on its own (a case-sensitive
        label in capitals only in a text written in capitals, a name only with its capital); returns ``shouting``
        (whether the text is written in capitals, None: not asked yet)."""
        span = text[start:end]
        for e in entries:
            if e.capital and not span[0].isupper():
                continue  # "an adversary places a sticker", "underwater habitats"
            if e.one and _ONE_NOT_NAMED.match(text, end):
                continue  # "Hateful Meme Detection" is a task, no Hateful Memes
            if e.written:
                if span[0].isupper():
                    if (
                        span != e.surface
                        and not span.isupper()
                        and (_inner_capital(e.surface) or not e.camel and _inner_capital(span))
                    ):
                        continue  # "PerFormer" is another name than Performer, "Superpoints" or "Rotate" no SuperPoint, RotatE
                elif not _named_as_model(text, start, end) and not self._coordinated_with_model(text, start, end):
                    continue  # "the glow of", "a top performer"; not "claude-haiku-4-5", "mistral:7b", "gpt-5 and claude"
            elif e.case_sensitive and not e.loud and span != e.surface and span.isupper():
                if shouting is None:
                    shouting = _shouting(text)
                if not shouting:
                    continue
            if e.kind == _CUE:
                cues.add(e.concept)
            elif e.kind == _TERM:
                terms.add(e.concept)
            else:
                concept = self.singletons[e.concept]
                _add(found, start, end, concept, concept if e.context else frozenset(), e.exact and span == e.surface)
        return shouting

    def _coordinated_with_model(self, text: str, start: int, end: int) -> bool:
        """text[start:end] is coordinated with a model's one-word name: the word right before or after it across a
        comma, "and", "or" or a slash is one ("gpt-5 and claude", "llama and mistral") or one with a version joined on
        ("gemini-2.5-flash, claude"). Such a word alone says nothing ("the glow and the flare")."""
        before = _COORDINATED_BEFORE.search(text, max(0, start - 48), start)
        after = _COORDINATED_AFTER.match(text, end)
        for m in (before, after):
            if m is not None:
                word = m.group(1).rstrip(".:-").lower()
                stem = _VERSIONED.match(word)
                if word in self.model_names or (stem is not None and stem.group(1) in self.model_names):
                    return True
        return False

    def scan_terms(self, text: str, words: Iterable[str]) -> set[str]:
        """``scan(text)[2] & set(words)``: which of these context terms one text holds.

        Found by substring searches for the terms' own keys, each occurrence judged as ``scan`` judges
        it (word boundaries, a case-sensitive key's case): a text asked about a few terms is not run
        through the automata of all keys (issue 4: these rescans were a fifth of the text scanned).
        """
        found: set[str] = set()
        hays: list[str] = []
        shouting: bool | None = None
        for w in words:
            for i, (keys, wanted) in enumerate(zip((self.folded, self.exact), self.term_keys.get(w, ((), ())), strict=True)):
                if not wanted:
                    continue
                if not hays:
                    hays.extend((fold(text), unify(text)))
                hay = hays[i]
                n = len(hay)
                for k in wanted:
                    at = hay.find(k)
                    if at < 0:
                        continue
                    head, tail, _, _, _, entries = keys.payloads[bisect.bisect_left(keys.keys, k)]
                    while at >= 0 and w not in found:
                        end = at + len(k)
                        if not _joins_word(hay, n, at, end, head, tail):
                            if entries is None:
                                found.add(w)
                                break
                            span = text[at:end]
                            for e in entries:
                                if e.kind != _TERM or e.concept != w or (e.capital and not span[0].isupper()):
                                    continue
                                if e.case_sensitive and span != e.surface and span.isupper():
                                    if shouting is None:
                                        shouting = _shouting(text)
                                    if not shouting:
                                        continue
                                found.add(w)
                                break
                        at = hay.find(k, at + 1)
                    if w in found:
                        break
                if w in found:
                    break
        return found


_COUNT = re.compile(r"(?<![\w.])\d{1,4}[x×]$")


def _joint_free(form: str) -> str:
    """A form case-folded without its spaces and hyphens ("YOLO-v5" -> "yolov5")."""
    return fold(form).replace(" ", "").replace("-", "")


def _joins_word(hay: str, n: int, start: int, end: int, head: bool, tail: bool) -> bool:
    """A key found at hay[start:end] that starts (ends) with a letter or digit continues a word there, so it is no
    match (``scan`` and ``scan_terms`` judge alike); a count joined to a product code is no word ("48xGH200", "8×H100")."""
    return bool(
        (head and start and hay[start - 1].isalnum() and not _counted(hay, start, end))
        or (tail and end < n and hay[end].isalnum())
    )


_NOT_UPPER = bytes(b for b in range(128) if not chr(b).isupper())  # ASCII bytes deleted to leave the capitals
_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())


def _shouting(text: str) -> bool:
    """An all-capitals text, where "FPGAS" is "FPGAs" and "SIT" may be "SiT": most of its letters capitals."""
    if text.isascii():  # its letters are A-Z and a-z: counted by C loops, not a Python test per character (issue 4)
        raw = text.encode("ascii")
        return len(raw.translate(None, _NOT_UPPER)) * 2 > len(raw.translate(None, _NOT_LETTER))
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


def _counted(haystack: str, start: int, end: int) -> bool:
    """The key at start..end is a product code (letters and digits) after a count such as "48x"."""
    return (
        haystack[start - 1] in "x×"
        and haystack[start].isalpha()
        and any(c.isdigit() for c in haystack[start:end])
        and _COUNT.search(haystack, max(0, start - 6), start) is not None
    )


def _add(
    found: dict[object, Candidate],
    start: int,
    end: int,
    concepts: frozenset[str],
    context: frozenset[str],
    exact: bool,
) -> None:
    """Record label matches of a span (a span can match several keys: case-folded and as written): its candidate,
    made anew with the union when another key matches it too."""
    span: object = (start, end)  # made once: a compiled core would make a tuple[int, int] anew for each use
    seen = found.get(span)
    if seen is None:
        found[span] = Candidate(start, end, concepts, exact, context)
    else:
        found[span] = Candidate(start, end, seen.concepts | concepts, seen.exact or exact, seen.context_label | context)


# per automaton key: whether it starts / ends with a letter or digit (then it needs a word boundary
# there), the cues and context terms it is, (concepts, context-label concepts, surfaces written exactly
# as a label) when it is a label, and its entries when one is case-sensitive (each is judged on its own)
_Payload = tuple[
    bool,
    bool,
    frozenset[str],
    frozenset[str],
    tuple[frozenset[str], frozenset[str], frozenset[str]] | None,
    tuple["_Entry", ...] | None,
]


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
        tuple(entries) if any(e.case_sensitive or e.capital or e.written for e in entries) else None,
    )


class _Table:
    """Keys in order, with each key's payload (``scan_terms`` finds a key's by bisection)."""

    def __init__(self, table: dict[str, list[_Entry]] | None = None) -> None:
        if table is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        self.keys = sorted(table)
        self.payloads = [_payload(k, table[k]) for k in self.keys]

    def __len__(self) -> int:
        return len(self.payloads)


# a key found by an automaton key of _Words: its table (_FOLDED, _EXACT, _SENSE) and index there, what to add to
# the automaton match's start and take from its end to have the key's span, the key itself when the match does
# not settle that it is there (None: it does), and whether it may follow a count ("48xGH200", see _counted); the
# tables' numbers Final, so that a compiled core reads them as constants, not module attributes
_Hit = tuple[int, int, int, int, str | None, bool]
_FOLDED: Final = 0  # a key of the gazetteer's case-folded table
_EXACT: Final = 1  # a key of its case-sensitive table
_SENSE: Final = 2  # a phrase of another sense (case-folded; its index: in the sorted phrases)

_NOT_WORD = re.compile(r"[\W_]")  # a character that is no letter or digit (str.isalnum): re's \w is those and "_"
_WORD_BYTES = bytes(b if b >= 0x80 or chr(b).isalnum() else 0 for b in range(256))  # the same, of an ASCII text


def _word_mask(text: str) -> str:
    """The text with every character that is no letter or digit made NUL (offsets kept)."""
    return _NOT_WORD.sub("\0", text)


def _span_order(item: tuple[object, Candidate]) -> tuple[int, int]:
    return item[1].end, item[1].start


def _end_start(span: tuple[int, int]) -> tuple[int, int]:
    return span[1], span[0]


def _hit_order(hit: _Hit) -> tuple[int, int, int, bool]:
    return hit[2], hit[0], hit[1], hit[5]


def _folded_forms(key: str) -> list[str]:
    """A case-sensitive key as ``fold`` may write it: each character in lower case where that is one character;
    a capital sigma as either small sigma (``str.lower`` writes a word's last one final)."""
    low = "".join(c.lower() if len(c.lower()) == 1 else c for c in key)
    forms = [low]
    for i, c in enumerate(key):
        if c == "\u03a3":
            forms += [f[:i] + "\u03c2" + f[i + 1 :] for f in forms]
    return forms


class _Words:
    """The keys of the case-folded and the case-sensitive table in one automaton, found on word boundaries only.

    It reads the folded text with every character that is no letter or digit made NUL, between two NULs; a key
    is written so too, with a NUL before it where it starts with a letter or digit (it needs a word boundary
    there) and one after it where it ends with one. So no key is found inside a word (half of the matches of
    an automaton over the text itself, each a Python tuple and a step of the scan: issue 4), and keys that
    differ only in their other characters ("1-bit", "1 bit") are one automaton key, told apart by their text.
    A case-sensitive key is found in its folded form and taken where the text as written (``unify``) has it;
    a key that may follow a count ("GH200" in "48xGH200", see ``_counted``) is also written after an "x".
    The phrases of other senses are found so too, on word boundaries as ``_on_word_boundaries`` judges them.
    ``hits[i]``: the keys of automaton key ``i``, earliest start first.
    """

    def __init__(self, folded: _Table | None = None, exact: _Table | None = None, senses: Sequence[str] = ()) -> None:
        if folded is None or exact is None:  # unpickling: pickle sets the attributes
            return
        groups: dict[str, list[_Hit]] = defaultdict(list)
        for table, keys in ((_FOLDED, folded.keys), (_EXACT, exact.keys), (_SENSE, senses)):
            cased = table == _EXACT
            for index, key in enumerate(keys):
                head, tail = key[0].isalnum(), key[-1].isalnum()
                # the automaton's start is the NUL before the key (the text's first is the one put before it)
                before, after = (0 if head else -1), (2 if tail else 1)
                whole = key if cased or not key.isalnum() else None  # letters and digits found are the key's
                # a phrase of another sense is never found after a count
                counted = table != _SENSE and head and key[0].isalpha() and any(c.isdigit() for c in key)
                for form in _folded_forms(key) if cased else [key]:
                    masked = _word_mask(form) + ("\0" if tail else "")
                    groups[("\0" if head else "") + masked].append((table, index, before, after, whole, False))
                    if counted:
                        groups["x" + masked].append((table, index, before, after, whole, True))
        if groups:
            # keys of control characters, which a masked text never holds: with NUL and "x" alone opening keys, the
            # library's automaton would call a prefilter (a search for those bytes) at each word, which costs more
            # than the bytes it skips (a fifth of the automaton's instructions)
            groups.update({chr(c): [] for c in range(1, 4)})
        self.keys = sorted(groups)
        self.hits = [tuple(sorted(groups[k], key=_hit_order)) for k in self.keys]
        self.automaton = aho_corasick(self.keys)

    def __getstate__(self) -> tuple[list[str], list[tuple[_Hit, ...]]]:
        return self.keys, self.hits  # the automaton is no Python object: built again from the keys

    def __setstate__(self, state: tuple[list[str], list[tuple[_Hit, ...]]]) -> None:
        self.keys, self.hits = state
        self.automaton = aho_corasick(self.keys)

    def matches(self, folded: str) -> list[tuple[int, int, int]]:
        """(automaton key, start, end) of every match in a folded text, offsets in the text between two NULs."""
        if self.automaton is None:
            return []
        if folded.isascii():  # a byte per character, made NUL or kept by one table
            return self.automaton.find_matches_as_indexes(
                ("\0" + folded + "\0").encode("ascii").translate(_WORD_BYTES), overlapping=True
            )
        return find_all(self.automaton, _word_mask("\0" + folded + "\0"))


class _Keys:
    """Keys compiled into one Aho-Corasick automaton, with each key's payload.

    ``matches`` gives every occurrence of every key, overlapping ones included, as (key index, start,
    end) in characters, in one call (no Python object per automaton step).
    """

    def __init__(self, table: dict[str, list[_Entry]] | None = None) -> None:
        if table is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        self.keys = sorted(table)
        self.payloads = [_payload(k, table[k]) for k in self.keys]
        self.automaton = aho_corasick(self.keys)

    def __getstate__(self) -> tuple[list[str], list[_Payload]]:
        return self.keys, self.payloads  # the automaton is no Python object: built again from the keys

    def __setstate__(self, state: tuple[list[str], list[_Payload]]) -> None:
        self.keys, self.payloads = state
        self.automaton = aho_corasick(self.keys)

    def __len__(self) -> int:
        return len(self.payloads)

    def matches(self, haystack: str) -> list[tuple[int, int, int]]:
        if self.automaton is None:
            return []
        return find_all(self.automaton, haystack)


# words before a generic family name (kg:bareLabel) that do not modify it: determiners, pronouns, prepositions,
# conjunctions, quantities and adjectives that say nothing of the design ("a new attention mechanism")
_NOT_MODIFYING = (
    "a an the this that these those its their our his her my your each every any all some no both either its "
    "of in on at to for from with without by via into onto through over under within across between among as than "
    "and or nor but also then thus which that whose where when while using use uses used employ employs employing "
    "adopt adopts adopting introduce introduces introducing propose proposes proposing leverage leverages leveraging "
    "is are was were be been being has have had how why what whether "
    "one two three four five six seven eight nine ten multiple several many various different other such same "
    "new novel standard vanilla conventional traditional existing original classic classical typical common popular "
    "general generic simple basic usual default current whole entire well-known widely-used "
    # words of cost or quality, which say nothing of the design ("complex attention mechanisms", "costly attention")
    "advanced scalable complex costly expensive sophisticated simplistic powerful effective elaborate heavy "
    "modern recent prior previous more most less "
    # words of standing among other methods ("one of the most promising compression approaches", tprec27)
    "promising complementary alternative naive practical successful prominent representative state-of-the-art sota "
    # a title's opening gerund ("Understanding Attention Mechanism in Video Diffusion Models")
    "understanding rethinking revisiting towards"
)
_OBJECT_VERBS = (
    # verbs whose object the family name is ("widely adopted attention mechanisms", "integrating attention mechanisms")
    "adopted utilize utilizes utilized utilizing utilise utilises utilised utilising incorporate incorporates "
    "incorporated incorporating integrate integrates integrated integrating employed replace replaces replaced "
    "replacing introduced proposed leveraged exploit exploits exploited exploiting combine combines combined combining "
    "develop develops developed developing present presents presented presenting include includes included including "
    "features featured featuring explore explores explored exploring examine examines examined examining analyze "
    "analyzes analyzed analyse analyses analysed investigate investigates investigated disrupt disrupts disrupted "
    "rely relies relied build builds built building add adds added adding apply applies applied applying "
    "equip equips equipped based"
)
_NO_MODIFIERS = frozenset(_NOT_MODIFYING.split()) | frozenset(_OBJECT_VERBS.split())
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "from", "with", "in", "on", "to", "a", "an", "by", "via", "based"})


def _content_words(text: str) -> set[str]:
    """Lower-cased words of a text less function words, a plural "s" dropped."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _FUNCTION_WORDS}


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start].isalnum() and text[start - 1].isalnum()) and not (
        end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    )


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces (offsets unchanged)."""
    for s, e in spans:  # a few spans: copies of the text cost less than a list of its characters
        text = text[:s] + " " * (e - s) + text[e:]
    return text


# Schwartz & Hearst (2003): a parenthesised short form after its long form.
_SHORT = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-+/&.]{0,11}?)(s?)\s*\)")


class Abbreviation:
    """A short form the text defines, with where its long form stands; never changed once made (a plain
    class, as ``Candidate`` is)."""

    __slots__ = ("short", "long_start", "long_end")

    def __init__(self, short: str, long_start: int, long_end: int) -> None:
        self.short = short
        self.long_start = long_start
        self.long_end = long_end


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
        floor = len(before) - len(rest.lstrip())
        start = _long_form_start(short, before, floor)
        if start is not None and (initial := _initials_start(short, before, floor)) is not None and initial < start:
            # "self-supervised learning (SSL)", "Proximal Policy Optimization (PPO)", "the Turing Eye Test (TET)": the
            # search ends at the nearest word that opens with the first letter ("supervised learning", "Test"); words
            # whose initials spell the short form are the long form
            start = initial
        if start is None and _WORD_DIGIT.search(short):
            # "grapheme-to-phoneme (G2P)", "vehicle-to-everything (V2X)": a 2 between letters is "to", a 4 "for"
            start = _long_form_start(_WORD_DIGIT.sub(lambda d: "t" if d.group(0) == "2" else "f", short), before, floor)
        if start is not None:
            out.append(Abbreviation(short, start, len(before)))
    return out


_WORD_DIGIT = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")
_LAST_WORDS = re.compile(r"[A-Za-z0-9]+")


def _initials_start(short: str, text: str, floor: int) -> int | None:
    """Where the last words of ``text`` start whose initials spell ``short`` (letters only; words split at spaces and
    hyphens: "Test-Time Adaptation (TTA)"), if they do."""
    letters = [c.lower() for c in short if c.isalnum()]
    if not all(c.isalpha() for c in letters):
        return None
    words = list(_LAST_WORDS.finditer(text, floor))[-len(letters) :]
    if len(words) < len(letters) or text[words[-1].end() :].strip() or [w.group(0)[0].lower() for w in words] != letters:
        return None
    return words[0].start()


def _long_form_start(short: str, text: str, floor: int) -> int | None:
    s = [c.lower() for c in short if c.isalnum()]
    si, li = len(s) - 1, len(text) - 1
    # the part searched lower-cased at once, where that keeps each character in place (an ASCII text); else each
    # character as it is read
    low = text[floor:].lower() if text.isascii() else None
    while si >= 0:
        c = s[si]
        while li >= floor and (
            (low[li - floor] if low is not None else text[li].lower()) != c or (si == 0 and li > floor and text[li - 1].isalnum())
        ):
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

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        if vocab is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        metrics = frozenset(lb.lower() for iri, c in vocab.concepts.items() if c.kind == "Metric" for lb in vocab.labels(iri))
        vocab = vocab.restrict(ENTITY_KINDS)  # metric labels ("accuracy", "latency") are not entities
        self.vocab = vocab
        other_senses: dict[str, list[_Entry]] = {
            fold(v): [] for phrase in vocab.other_senses for v in variants(phrase) if not is_case_sensitive(phrase)
        }
        # the phrases of other senses are found by the gazetteer's scan too (_senses_and_scan), and by their own
        # automaton where no scan of the text is wanted (_scan_terms)
        self.gazetteer = Gazetteer(vocab, other_senses)
        self.discoverer = Discoverer(vocab, self.gazetteer.surfaces, metrics)
        self._technique_rules = tuple(r for r in vocab.rules if r.family and r.kind == "Technique")
        self._model_list_rules = tuple(r for r in vocab.rules if r.family and r.kind == "Model")
        # the rules ``_discover`` reads per text, chosen once (each attribute of a rule read per text is a lookup: no
        # compiled class): the variant rules in a text of the field and outside it, and the data sets' rule
        self._variant_rules = tuple(r for r in vocab.rules if r.extends)
        self._off_field_variant_rules = tuple(r for r in self._variant_rules if r.kind in _OFF_FIELD_DISCOVERY)
        self._data_rule = next((r for r in vocab.rules if r.kind == "Benchmark" and r.head_words and not r.extends), None)
        # a product's variant words after its name, each rule's as one pattern ("RTX 4070 Mobile"; hwvar21)
        # with the products that take a variant, chosen once: beneath the rule's ``variant_of``, a digit in the name (a test of
        # every span of every text cost 3% of linking the sources; speed22)
        self._product_variant_rules = tuple(
            (r, _variant_words_pattern(r.variant_words), _variant_products(vocab, r)) for r in vocab.rules if r.variant_words
        )
        # ``_label_end``'s patterns and each label's first word, per label
        self._label_patterns: dict[str, re.Pattern[str]] = {}
        self._label_heads: dict[str, str] = {}
        self.other_senses = _Keys(other_senses)
        self._shortest_other_sense = min(map(len, other_senses), default=0)
        self.evidence = frozenset(
            iri
            for iri in vocab.concepts
            if iri not in vocab.not_evidence and not vocab.not_evidence.intersection(vocab.ancestors(iri))
        )
        # concepts a path of broader links joins to a family of the field that no ``kg:domainEvidence false`` cuts:
        # the evidence, and methods also filed under a general family ("machine unlearning", beneath security
        # methods and machine learning methods; not MCMC, whose one path runs through probabilistic inference)
        self.of_field = _of_field(vocab)
        # models named by a name ("Grounding DINO", "YOLOv8", "nnU-Net", "wav2vec 2.0"), not a family (kg:genericBase:
        # Transformer, CNN, LLM) nor a class written as a common noun ("large reasoning model", "neural operator")
        families = {b for rule in vocab.rules for b in rule.generic_bases}
        self.named_models = frozenset(
            iri
            for iri, c in vocab.concepts.items()
            if c.kind == "Model" and iri not in families and any(ch.isupper() or ch.isdigit() for ch in c.pref_label)
        )
        # models and techniques a paper may introduce by their name (``_introduced_models``): the named models, and the
        # techniques whose preferred label is one coined word ("XAttention", "ROME", "DAPO"; own22)
        self.introducible = self.named_models | frozenset(
            iri for iri, c in vocab.concepts.items() if c.kind == "Technique" and _coined_name(c.pref_label)
        )
        # the prefix of the models the rules find ("model/discovered/"), none without a model rule
        self._minted = next((r.scheme + DISCOVERED for r in vocab.rules if r.kind == "Model"), "\x00")
        # the families' acronym labels ("LLM", "VLM", "CNN"), found inside a technique's span (``_families_in_techniques``)
        acronyms: dict[str, set[str]] = defaultdict(set)
        for iri in families:
            for label in vocab.labels(iri):
                if _FAMILY_ACRONYM.fullmatch(label) and label not in vocab.context_labels.get(iri, ()):
                    acronyms[label].add(iri)
        self.family_acronyms = {a: next(iter(c)) for a, c in acronyms.items() if len(c) == 1}
        self._family_acronym = (
            re.compile(
                r"(?<![\w.-])("
                + "|".join(sorted(map(re.escape, self.family_acronyms), key=len, reverse=True))
                + r")s?(?![\w.]|-[A-Z0-9])"
            )
            if self.family_acronyms
            else None
        )
        # words of computing (kg:computingCue) and the general methods that link outside the field in a text that has
        # one: techniques no kg:otherScience mark covers (``_general_method``)
        self.computing_cues = _cue_pattern(vocab.computing_cues)
        self.science_cues = _cue_pattern(vocab.science_cues)
        self._computing_words = _cue_words(vocab.computing_cues)
        self._science_words = _cue_words(vocab.science_cues)
        self.computing_methods = frozenset(
            iri
            for iri, c in vocab.concepts.items()
            if c.kind == "Technique"
            and iri not in vocab.other_science
            and not vocab.other_science.intersection(vocab.ancestors(iri))
        )
        self.learning_cues = _cue_pattern(vocab.learning_cues)
        self._learning_words = _cue_words(vocab.learning_cues)
        # the general methods filed beneath a family of learning methods (kg:learningFamily): two of them corroborate a
        # paper of computing (``_corroborated``)
        self.learning_methods = frozenset(
            iri
            for iri in self.computing_methods
            if iri in vocab.learning_families or not vocab.learning_families.isdisjoint(vocab.ancestors(iri))
        )
        # each concept's kind and ancestors (``vocab.ancestors``), and the context terms, read from the vocabulary once:
        # it is no compiled class, so each ``vocab.concepts[c].kind`` was three attribute lookups and each
        # ``vocab.ancestors(c)`` a call into the interpreter, several per candidate (issue 4)
        self.kinds = {iri: c.kind for iri, c in vocab.concepts.items()}
        self.above = {iri: vocab.ancestors(iri) for iri in vocab.concepts}
        # phones, wearables and what is beneath them (kg:recordsData): devices that are also cameras and sensors
        self.records_data = frozenset(
            iri for iri in vocab.concepts if iri in vocab.records_data or vocab.records_data.intersection(self.above[iri])
        )
        # wearables (kg:platformWhenRun): a platform only in a sentence of a model running there
        self.when_run = vocab.when_run
        self.context_terms = vocab.context_terms
        # a benchmark's context label in capitals that is also a task's acronym (kg:notAName: "VQA"): in a list of data
        # sets only ("ReaL" is no task's)
        self.task_names = frozenset(
            form
            for iri, labels in vocab.context_labels.items()
            if self.kinds[iri] == "Benchmark"
            for lb in labels
            if lb.isupper() and lb.lower() in vocab.not_names
            for form in (lb, lb + "s")
        )
        # a concept's context label in capitals that is also a metric's short form ("MAE": Masked Autoencoder and
        # mean absolute error); written as a measured value it is the metric (``_measured``)
        # (and its plural: "MAEs between 3.77 and 5.04 years"), one set lookup per candidate
        self.metric_forms = frozenset(
            form
            for labels in vocab.context_labels.values()
            for lb in labels
            if lb.isupper() and lb.lower() in metrics
            for form in (lb, lb + "s")
        )
        # a metric's name opened by a model's label ("CLIP score", "CLIP-T", "Inception Score"; modhw27): the rest of
        # each such metric name, folded, by the model label's folded form
        tails: dict[str, set[str]] = defaultdict(set)
        for lb in metrics:
            for m in re.finditer(r"[ -]", lb):
                if vocab.labelled(lb[: m.start()], "Model"):
                    tails[fold(lb[: m.start()])].add(fold(lb[m.start() :]))
        self.metric_tails = {head: tuple(sorted(rest)) for head, rest in tails.items()}
        # generic family names that link only unmodified (kg:bareLabel): their folded forms and concepts
        self.bare_forms = frozenset(fold(v) for labels in vocab.bare_labels.values() for lb in labels for v in variants(lb))
        self.bare_concepts = frozenset(vocab.bare_labels)
        self.cue_surfaces = {fold(v): cue for cue in vocab.domain_cues for v in variants(cue)}
        # each technique's families below the top of the scheme ("PEFT" for adapters, "continual learning"
        # for experience replay; not "machine learning method", which any text of the field is about)
        self.families = {
            iri: frozenset(b for b in c.broader if vocab.concepts[b].broader)
            for iri, c in vocab.concepts.items()
            if c.kind == "Technique"
        }
        self._own_terms_cache: dict[str, set[str]] = {}
        self.context_surfaces = frozenset(
            fold(v) for labels in vocab.context_labels.values() for label in labels for v in variants(label)
        )
        self.label_owners: dict[str, set[str]] = defaultdict(set)
        for iri in vocab.concepts:
            for lb in vocab.labels(iri):
                for v in variants(lb):
                    self.label_owners[fold(v)].add(iri)
        # each technique -> the other techniques its context terms name ("pruning" of Sparsity, "KV cache" of
        # offloading), its families left to their own rule: a text that names one of them without doubt shows the
        # technique's sense in every sentence, as its family's plain name does ("35% sparsity" in a layer-pruning
        # paper; trec23). A method one of whose labels holds the technique's word shows nothing: LoRA is also "LoRA
        # adapter", so "adapter" in a LoRA paper may be LoRA's, or a power adapter
        self.term_methods: dict[str, frozenset[str]] = {}
        for iri, terms in vocab.context_terms.items():
            if self.kinds[iri] != "Technique":
                continue
            own = [re.compile(rf"(?<![\w-]){re.escape(fold(lb))}s?(?![\w-])") for lb in vocab.context_labels.get(iri, ())]
            self.term_methods[iri] = frozenset(
                o
                for t in terms
                if len(owned := self.label_owners.get(fold(t), ())) == 1  # "SAM": a model, and an optimizer
                for o in owned
                if o != iri
                and self.kinds[o] == "Technique"
                and o not in self.above[iri]
                and not any(w.search(fold(lb)) for lb in vocab.labels(o) for w in own)
            )
        # a family (the owner of the word "pruning") -> the narrower methods its word names by their object
        # (kg:objectTerm: "pruning redundant visual tokens" is token pruning; tech20)
        self.object_targets: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for target, words in sorted(vocab.object_terms.items()):
            head = fold(vocab.concepts[target].pref_label).rsplit(" ", 1)[1]
            for family in sorted(self.label_owners.get(head, ())):
                if family != target and self.kinds[family] == self.kinds[target]:
                    self.object_targets.setdefault(family, []).append((target, frozenset(fold(w) for w in words)))
        # a family (the owner of "pruning") -> the words that, as its one word's object, name something else pruned
        # (kg:otherObject: "prunes low-quality candidates" cuts a search), and the words that name its own sense there
        # (its one-word context terms and its narrower methods' object terms: "pruning redundant heads", "... tokens")
        # and a pattern of its one word's forms (its one-word context labels), to read every use of the word, linked or not
        self.other_object_words: dict[str, tuple[frozenset[str], frozenset[str], re.Pattern[str]]] = {
            family: (
                frozenset(fold(w) for w in words),
                self._own_object_words(family),
                re.compile(
                    r"\b(?:"
                    + "|".join(
                        sorted(
                            {
                                re.escape(fold(v))
                                for lb in vocab.context_labels.get(family, ())
                                if " " not in lb
                                for v in variants(lb)
                            }
                        )
                    )
                    + r")\b"
                ),
            )
            for family, words in sorted(vocab.other_objects.items())
        }
        # a folded surface form -> the method whose short form it is in a text that names that method (kg:takesWord),
        # and the own words of the concepts those forms link otherwise ("sparsity of the weights" stays Sparsity)
        self.taken_words: dict[str, str] = {
            fold(v): iri for iri, words in sorted(vocab.takes_words.items()) for w in words for v in variants(w)
        }
        self.object_own_words: dict[str, frozenset[str]] = {
            c: self._own_object_words(c) for form in self.taken_words for c in sorted(self.label_owners.get(form, ()))
        }
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

    def _own_object_words(self, concept: str) -> frozenset[str]:
        """Words that, as the object of the concept's one word, show its own sense: its one-word context terms and its
        narrower methods' object terms ("pruning 5 layers", "pruning redundant tokens", "sparsity of the weights")."""
        return frozenset(fold(t) for t in self.vocab.context_terms.get(concept, ()) if " " not in t) | frozenset(
            w for _, ws in self.object_targets.get(concept, ()) for w in ws
        )

    def link(self, paper: Paper) -> tuple[Link, ...]:
        """Every concept named in the paper's title or abstract, one Link per matched span."""
        return self.linking(paper).links

    def linking(self, paper: Paper) -> Linking:
        """The paper's links, and the families its discovered techniques were found under."""
        fields: list[tuple[Field, str]] = [("abstract", paper.abstract)]
        if paper.title:
            fields.insert(0, ("title", paper.title))
        return self.link_fields(fields)

    def link_texts(self, fields: Sequence[tuple[Field, str]]) -> tuple[Link, ...]:
        """Link several fields of one document, which share context and abbreviations."""
        return self.link_fields(fields).links

    def link_fields(self, fields: Sequence[tuple[Field, str]]) -> Linking:
        """``link_texts``'s links, and the families its discovered techniques were found under (``Linking.broader``)."""
        written = dict(fields)
        # LaTeX's non-breaking space ("Raspberry Pi~5") is a space; offsets stay those of the text as written
        fields = [(f, _TILDE.sub(" ", t) if "~" in t else t) for f, t in fields]
        folded = {f: fold(t) for f, t in fields}
        senses: dict[Field, list[tuple[int, int]]] = {}  # blanked for the scan and for discovery
        scans: dict[Field, tuple[list[Candidate], set[str], set[str]]] = {}
        for f, t in fields:
            senses[f], scans[f] = self._senses_and_scan(t, folded[f])
        texts = dict(fields)
        abbreviations = {f: find_abbreviations(t) for f, t in fields}
        for f, text in fields:
            scans[f][0].extend(self._across_definitions(text, abbreviations[f]))
        cues: set[str] = set()
        terms: set[str] = set()
        for _, field_cues, field_terms_found in scans.values():  # unions built in place: no tuple of the sets first
            cues |= field_cues
            terms |= field_terms_found
        # the field's concepts show it; general methods (FFT, Kalman filters, LDPC codes: families marked
        # kg:domainEvidence false) are as much at home in physics and communications
        unambiguous = {
            next(iter(c.concepts))
            for cands, _, _ in scans.values()
            for c in cands
            if len(c.concepts) == 1 and not c.context_label and next(iter(c.concepts)) in self.evidence
        }
        in_field = len(cues) + len(unambiguous) >= MIN_DOMAIN_EVIDENCE
        # a concept named without doubt (or a narrower one: "post-training quantization") settles the
        # sense of its context labels for the whole text
        named = {
            next(iter(c.concepts))
            for cands, _, _ in scans.values()
            for c in cands
            if len(c.concepts) == 1 and not c.context_label
        }
        # a paper of machine learning in another area names one concept of the field and corroborates it
        # (offgate14): it is judged of the field
        if not in_field and not cues and len(unambiguous) == 1 and self._learned(named, texts):
            in_field = True
        # outside the field only named things link, unless the title names the field plainly (a paper of ML or
        # computing that is not about efficient ML: "Scaling of Gaussian Kolmogorov-Arnold Networks")
        titled = not in_field and self._titled(scans)
        present = {c for cands, _, _ in scans.values() for cand in cands for c in cand.concepts}
        confirmed = set(named)
        for c in named:
            confirmed.update(self.above[c])

        def accepted(cand: Candidate) -> bool:
            return self._decide(cand, in_field, terms, present) is not None

        local = self._local_abbreviations(scans, texts, abbreviations, accepted)
        resolved: dict[Field, list[tuple[int, int, str, str]]] = {}
        sentence_terms: dict[tuple[str, int], set[str]] = {}
        field_terms = {f: scans[f][2] for f in texts}
        field_urls = {f: _url_spans(text) if _url_trigger(text) else [] for f, text in fields}
        for f, text in fields:
            cands, _, _ = scans[f]
            decided: list[tuple[int, int, str, str]] = []
            waiting: list[Candidate] = []  # a model's context label without its terms: a list of models may show it
            unsettled: list[Candidate] = []  # a technique's context label without its terms (``_narrower_of_linked``)
            initials: dict[str, frozenset[str]] | None = None  # made when a candidate first asks (most texts: none does)
            urls = field_urls[f]
            # a device named as a sensor or a maker ("captured with Meta Quest Pro"): no name inside it links either
            other_use = [(c.start, c.end) for c in cands if self._names_other_use(text, c, texts)]
            for cand in cands:
                if urls and any(a <= cand.start and cand.end <= b for a, b in urls):
                    continue  # "github.com/org/LLaMA-Factory" names a repository
                short = text[cand.start : cand.end]
                base = short[:-1] if short.endswith("s") and short[:-1] in local else short
                if base in local:
                    continue  # the text defines this short form itself; handled below
                if (
                    not cand.exact
                    and short[-1] == "S"
                    and short.isupper()
                    and any(ab.short == short for a in abbreviations.values() for ab in a)
                ):
                    continue  # "Vision-Language Agentic Systems (VLAS)": the text's own short form, no plural of "VLA"
                if self._modifier_compound(text, cand) or any(a <= cand.start and cand.end <= b for a, b in other_use):
                    continue
                if self._spaced_name_tail(text, cand):
                    continue  # "one-step video diffusion": the tail of a compound, no "Step-Video"
                if text[cand.start - 1 : cand.start] == "-" and _cut_compound(
                    text, cand, cands, {self.kinds[c] for c in cand.concepts}
                ):
                    continue  # "non-convex optimization", "self-supervised fine-tuning": no mention of the tail's concept
                if cand.context_label and _defined_name_head(cand, abbreviations[f], self.kinds):
                    continue  # "Visual Geometry Grounded Transformer (VGGT)": VGGT's name, no mention of the Transformer
                tails = self.metric_tails.get(fold(short))
                if tails and _metric_named(text, cand.end, tails):
                    continue  # "CLIP score", "CLIP-T": a metric's name opened by the model's
                if short in self.metric_forms and _measured(text, cand.start, cand.end):
                    continue  # "an MAE of 3.65 years", "MSE, MAE, and R2", "reduces test MAE by 6.3%": the metric
                if cand.concepts <= self.bare_concepts and self._modified_family_name(text, cand, cands):
                    continue  # "a hybrid attention mechanism": the paper's own design, no mention of the family
                acronym = bool(cand.context_label) and (short.isupper() or any(c.isdigit() for c in short))
                if acronym and _glued(text, cand.start, cand.end):
                    continue  # "LRA-EE", "[SPEC]", "DriveLMM-o1": part of another name, or a special token
                if acronym and initials is None:
                    initials = _initialisms(text, cands)
                if acronym and initials is not None and (spelt := initials.get(short)) and not spelt & cand.concepts:
                    continue  # "relaxed SD" after "speculative decoding": the short form of that name, no Stable Diffusion
                # a technique's context label finds its term in its own sentence, unless the text names the
                # concept, a narrower one, its family ("replay" where "continual learning" is named) or another
                # method among its context terms ("sparsity" where "layer pruning" is named)
                sentence = bool(cand.context_label) and any(
                    self.kinds[c] == "Technique"
                    and c not in confirmed
                    and not self.families[c] & named
                    and not self.term_methods[c] & confirmed
                    for c in cand.context_label
                )
                local_terms = self._sentence_terms(text, cand, sentence_terms) if sentence else terms
                if cand.context_label and (own_words := self._own_terms(short)):
                    # a context label's own words are no evidence of its sense: "policy learning" holds "policy"
                    # and "learning", but only "reward" or "agent" elsewhere show reinforcement learning
                    local_terms = local_terms - own_words | self._terms_outside(texts, f, cand, sentence, own_words, field_terms)
                if in_field and short in self.task_names:
                    waiting.append(cand)  # "VQA" is a task's name too: the data set only in a list of data sets
                    continue
                choice = self._decide(cand, in_field, terms, present, local_terms)
                if choice and not (
                    choice[1] in _DOUBTFUL
                    and self._glued_to_name(text, cand.start, cand.end, self.vocab.concepts[choice[0]].kind == "Model")
                ):
                    decided.append((cand.start, cand.end, *choice))
                elif choice is None and in_field and self._listed_model_label(cand):
                    waiting.append(cand)
                elif choice is None and in_field and cand.context_label:
                    unsettled.append(cand)
            if waiting:
                decided += self._names_in_lists(text, waiting, decided)
            listed: list[tuple[int, int, str, str]] = []
            if unsettled:
                narrower = self._narrower_of_linked(unsettled, decided)
                decided += narrower
                listed = self._listed_techniques(text, unsettled, decided, {(s, e) for s, e, _, _ in narrower})
            for short, concept in local.items():
                if concept is None:
                    continue
                hardware = self.kinds[concept] == "HardwarePlatform"
                long_forms = [(ab.long_start, ab.long_end) for ab in abbreviations[f] if ab.short == short]
                for start, end in occurrences(text, short, plural=True):
                    if hardware and (
                        _device_other_use(text, start, end)
                        or any(e < start <= e + 3 and _device_other_use(text, s, e) for s, e in long_forms)
                    ):
                        continue  # "developed by Amazon Web Services (AWS)", "implemented by AWS": a maker, no platform
                    if not self._glued_to_name(text, start, end) and not _negated(text, start, (self.kinds[concept],)):
                        decided.append((start, end, concept, "abbreviation"))
            decided += self._product_class_words(decided)
            if "/" in text:
                decided += self._numbered_pairs(text)
            if urls:  # a short form the text defines, or a numbered pair, inside "github.com/x/SAM-CEM-CD" names a repository
                decided = [d for d in decided if not _inside(d[0], d[1], urls)]
            if len(decided) > 1:
                decided = self._broader_heads(text, decided)
            resolved[f] = self._compound_heads(
                text, self._hardware_forms(text, _resolve_overlaps(decided), in_field, terms, present)
            )
            resolved[f] = self._interposed(text, resolved[f])
            if listed:  # after the coordinated modifiers: "CP or Tucker decompositions" is CP decomposition
                resolved[f] = _resolve_overlaps(
                    [*resolved[f], *(x for x in listed if not any(s < x[1] and x[0] < e for s, e, _, _ in resolved[f]))]
                )
        self._coined_names(texts, abbreviations, resolved)
        self._most_specific(resolved)
        self._family_word_short_forms(texts, resolved, named)
        if self.object_targets:
            self._object_named(texts, resolved)
        if self.other_object_words:
            self._other_objects(texts, resolved)
        if self.taken_words:
            self._taken_words(texts, resolved)
        if self.vocab.contrasts:
            self._contrasted(resolved)
        own = title_head(texts.get("title", ""))
        families: dict[str, set[str]] = defaultdict(set)  # a discovered technique's IRI -> the families it was found under
        if self.vocab.rules:
            # outside the field only benchmarks that say what they are are found ("VP-Bench", "the TrackRAD2025
            # challenge"), as their vocabulary labels link there too; a name in a list after "Experiments on"
            # is there mostly a tool or an image set ("Experiments on MATLAB built-in images")
            self._discover(fields, resolved, abbreviations, senses, own, in_field, field_urls, families)
        for f, text in fields:
            if "/" in text or "@" in text:
                resolved[f] = self._patch_sizes(text, resolved[f])
        concepts = self.vocab.concepts
        introduced = self._introduced_models(fields, resolved, field_urls) if in_field else {}
        # the kinds the title's head name is the paper's own of, read where a span is written as that name (few papers)
        own_kinds = (
            self._own_kinds(texts, own)
            if own is not None
            and any(
                e - s in (len(own), len(own) + 1) and fold(text[s:e]).rstrip("s") == fold(own).rstrip("s")
                for f, text in fields
                for s, e, _, _ in resolved[f]
            )
            else _OWN_KINDS
        )
        # outside the field a paper of computing in another area (robotics, graphics, optimization, social choice) names
        # general methods too ("cutting planes", "Bayesian networks"); a paper of physics, biology or power engineering
        # does not write of algorithms as computing does; the text is read for that only when it names a general method
        general = (
            set()
            if in_field
            else {
                concept
                for f, text in fields
                for start, end, concept, method in resolved[f]
                if self._general_method(concept, method, text[start:end])
            }
        )
        # two general methods of computing named side by side (neither beneath the other: "conformal prediction" and
        # "uncertainty quantification", "machine unlearning" and "adversarial attacks") show a paper of computing as a
        # computing cue does (gen20)
        computing = bool(general) and self._computing(
            texts,
            any(self.kinds.get(c) == "Benchmark" for spans in resolved.values() for _, _, c, _ in spans)
            or self._corroborated(general),
        )
        links = tuple(
            # a discovered name whose canonical form is a label (``Vocabulary.discovered``: "Qwen2.5-32b") is a case
            # variant of it
            _link(concept, f, start, end, written[f][start:end], method, METHODS[method])
            if method != "pattern" or concept not in concepts
            else _link(concept, f, start, end, written[f][start:end], "variant", METHODS["variant"])
            for f, text in fields
            for start, end, concept, method in resolved[f]
            if (
                in_field
                or self._named_anywhere(concept, titled)
                or (computing and self._general_method(concept, method, text[start:end]))
            )
            and not self._own_name(text[start:end], concept, own, own_kinds if method != "abbreviation" else _OWN_KINDS)
            # a context label inside the paper's own name, spaced or hyphenated ("Brain-Adapter: ...": not PEFT adapters)
            and not (method == "context" and own is not None and (" " in own or "-" in own) and _within(text, start, end, own))
            and not (concept in introduced and fold(text[start:end]).rstrip("s") in introduced[concept])
            # a known data set's name the paper gives its own method ("we propose DAVIS, a ... framework"; bsamp29)
            and not (
                method != "pattern"
                and self.kinds.get(concept) == "Benchmark"
                and any(self.discoverer.method_introduced(t, written[f][start:end]) for _, t in fields)
            )
        )
        if in_field and self._family_acronym is not None:
            links = self._families_in_techniques(links)
        if not families:
            return Linking(links)
        linked = {lk.concept for lk in links}
        return Linking(
            links, tuple(sorted((c, f) for c, fs in families.items() if c in linked and c not in concepts for f in fs))
        )

    def _narrower_of_linked(
        self, unsettled: list[Candidate], decided: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """A technique's context label that found no term of its own, whose last words link its family here, is that
        narrower method: "selective vector quantization for higher-degree spherical harmonics" in a text whose
        "quantization" is the model-compression kind is vector quantization, no plain quantization (trec23)."""
        inner = {(s, e): c for s, e, c, _ in decided}
        out: list[tuple[int, int, str, str]] = []
        for cand in unsettled:
            for (s, e), family in inner.items():
                if e != cand.end or not cand.start < s:
                    continue
                narrower = sorted(c for c in cand.context_label if self.kinds[c] == "Technique" and family in self.above[c])
                if len(narrower) == 1:
                    out.append((cand.start, cand.end, narrower[0], "context"))
                    break
        return out

    def _listed_techniques(
        self,
        text: str,
        unsettled: list[Candidate],
        decided: list[tuple[int, int, str, str]],
        done: set[tuple[int, int]],
    ) -> list[tuple[int, int, str, str]]:
        """A technique's context label that found no term of its own but stands in a coordinated list with a linked
        technique is that technique: the list says what it is ("AttentionPack combined with eviction, quantization and
        kernel fusion"), as a linked model shows a listed model's sense (techrecall14). A label so confirmed confirms
        the next one in the list (``done``: the spans already linked otherwise)."""
        linked = [(s, e, c) for s, e, c, _ in decided if self.kinds.get(c) == "Technique"]
        pending = [
            cand
            for cand in unsettled
            if (cand.start, cand.end) not in done
            and not any(s < cand.end and cand.start < e for s, e, _, _ in decided)
            and len(cand.concepts) == 1
            and cand.concepts == cand.context_label
            and self.kinds[next(iter(cand.concepts))] == "Technique"
            and not _OBJECT_AFTER.match(text, cand.end)  # "sparse updates and offload the runtime ...": a verb
        ]
        added: list[tuple[int, int, str, str]] = []
        while pending and linked:
            found = [
                cand
                for cand in pending
                if any(
                    (
                        (e <= cand.start and _listed_beside(text, e, cand.start, cand.end))
                        or (s >= cand.end and _listed_beside(text, cand.end, s, e, cand.start))
                    )
                    and self._kin(next(iter(cand.concepts)), c)
                    for s, e, c in linked
                )
            ]
            if not found:
                break
            for cand in found:
                pending.remove(cand)
                concept = next(iter(cand.concepts))
                linked.append((cand.start, cand.end, concept))
                added.append((cand.start, cand.end, concept, "context"))
        return added

    def _kin(self, a: str, b: str) -> bool:
        """Two vocabulary concepts of one family: they share a broader concept, or one is beneath the other."""
        up_a, up_b = self.above.get(a), self.above.get(b)
        if up_a is None or up_b is None:
            return False  # a discovered name: no family of its own
        return a == b or a in up_b or b in up_a or not set(up_a).isdisjoint(up_b)

    def _families_in_techniques(self, links: tuple[Link, ...]) -> tuple[Link, ...]:
        """A model family written as an acronym inside a technique's span is a mention of the family too (models17): "LLM
        judges", "LLM-based multi-agent systems", "multi-agent LLM systems" name LLMs (the golds count the family there),
        where the paper names the family nowhere else (one mention, the first; a span links one concept otherwise). Not
        inside a name ("PB-LLM", "LLM-QAT", "LLM.int8()")."""
        have = {lk.concept for lk in links}
        added: dict[str, Link] = {}
        pattern = self._family_acronym
        assert pattern is not None
        for lk in links:
            if self.kinds.get(lk.concept) != "Technique" or lk.text.islower():
                continue  # the acronyms are capitals (``_FAMILY_ACRONYM``): a span with no capital holds none
            for m in pattern.finditer(lk.text):
                concept = self.family_acronyms[m.group(1)]
                if concept not in have and concept not in added:
                    s = lk.start + m.start()
                    added[concept] = _link(concept, lk.field, s, s + len(m.group(0)), m.group(0), "variant", METHODS["variant"])
        if not added:
            return links
        fields_order = {f: i for i, f in enumerate(dict.fromkeys(lk.field for lk in links))}
        return tuple(sorted((*links, *added.values()), key=lambda lk: (fields_order[lk.field], lk.start, -lk.end)))

    def _introduced_models(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        urls: dict[Field, list[tuple[int, int]]],
    ) -> dict[str, set[str]]:
        """The vocabulary's models the paper introduces as its own (models17), each with the names it introduces them by
        (case-folded, without a plural "s"): "We introduce the Describe Anything Model (DAM)", "In this work, we present
        Qwen3, the latest version of ...", "we present SAM 2: a model for ...". A model named by its name right after "we
        propose/introduce/present [the|our]" (or "this paper presents"), then a bracket, a colon, a stop or an apposition,
        is what the paper proposes (GUIDELINES' ``proposes``; the golds list it there and not among models), not a model
        it mentions, wherever the paper names it so or by the short form it defines in the bracket. Not a family ("we
        propose a CNN"), nor a model the sentence does something with ("we present GPT-4o with images", "we introduce BERT
        embeddings", "we introduce the XLNet model", "we propose a ViViT model for ...", "we introduce Mamba, a ... model,
        to capture ..."), nor a describing compound ("we present Mamba-based models"). A technique the same way, where its
        preferred label is one coined word (own22: "we introduce ROME (Red-team Orchestrated Multi-agent Evolution), a
        ... pipeline", "we introduce DAPO, a novel approach for Defect-aware Prompt Optimization": the paper's own, or a
        method of another paper that shares its name; not "we introduce LoRA to ...") and by that label only (not "we
        present PC-DARTS, which ...": another label of DARTS, the method that paper extends). A model word after it ("we propose
        the UniRepLKNet architecture") introduces it only where the paper's web address ends with its name
        (".../AILab-CVC/UniRepLKNet": the paper's code). The concept's other names still link ("Nemotron-H" in the paper
        that introduces Nemotron-Nano-9B-v2, a label of it; "Legendre Memory Units" beside "LMUFormer")."""
        out: dict[str, set[str]] = {}
        for f, text in fields:
            if not _introduce_verb(text, 0, len(text)):
                continue  # most texts introduce nothing
            for s, e, concept, _ in resolved[f]:
                if (
                    concept in self.introducible
                    and (concept in self.named_models or fold(text[s:e]) == fold(self.vocab.concepts[concept].pref_label))
                    and _introduce_verb(text, max(0, s - 80), s)  # what _INTRODUCES needs, found without trying it
                    and _INTRODUCES.search(text, max(0, s - 80), s) is not None
                    and (
                        _INTRODUCED_AFTER.match(text, e) is not None
                        or (_INTRODUCED_AS.match(text, e) is not None and self._repository_named(fields, urls, text[s:e]))
                    )
                    and not _DESCRIBING_END.search(text, s, e)
                ):
                    names = out.setdefault(concept, set())
                    names.add(fold(text[s:e]).rstrip("s"))
                    if (short := _SHORT_AFTER.match(text, e)) is not None:
                        names.add(fold(short.group(1)).rstrip("s"))  # "the Describe Anything Model (DAM)"
        return out

    @staticmethod
    def _repository_named(fields: Sequence[tuple[Field, str]], urls: dict[Field, list[tuple[int, int]]], name: str) -> bool:
        """A web address of the paper ends with ``name`` ("github.com/AILab-CVC/UniRepLKNet"): the paper's own code."""
        mine = "/" + fold(name)
        return any(fold(text[s:e]).rstrip("/.").endswith(mine) for f, text in fields for s, e in urls.get(f, ()))

    def _hardware_forms(
        self, text: str, spans: list[tuple[int, int, str, str]], in_field: bool, terms: set[str], present: set[str]
    ) -> list[tuple[int, int, str, str]]:
        """Coordinated heads and class words of hardware names.

        "Intel and ARM CPUs", "IoT, mobile, and embedded systems", "tensor and pipeline parallelism": each
        coordinated modifier names the platform (or method) it forms with the head ("Intel CPU", "tensor
        parallelism"), where the vocabulary has one. "Snapdragon 865 CPU",
        "A100-40GB GPU", "Hailo-8™ AI Accelerator": a platform class written after a named product (and its
        glued memory size, variant or trademark sign) is the product's class word, not another platform, and so is
        a class the product belongs to ("GAP9 RISC-V SoC"), or a kind of platform under the product's classes ("RTX 3050
        mobile GPU"; not "Snapdragon 8 Gen 3 mobile GPU", an SoC's unit); a class word in a bracket right after a
        product names the unit of it that ran ("Raspberry Pi 5 (CPU-only)", "RB5 Gen2 (QNN GPU FP16)"), no platform of
        its own.
        """
        hw = [s for s in spans if self.kinds[s[2]] == "HardwarePlatform"]
        headed = [s for s in spans if self.kinds[s[2]] in _HEADED_KINDS]
        if not headed:
            return spans
        out = set(spans)
        for a, b in zip(hw, hw[1:], strict=False):
            if a not in out or b not in out:
                continue
            between = text[a[1] : b[0]]
            # the class word is a top-level class or one the product belongs to ("GAP9 RISC-V SoC")
            classed = self.above[a[2]] and (not self.above[b[2]] or b[2] in self.above[a[2]])
            # ... or a kind of platform under classes the product belongs to ("RTX 3050 mobile GPU"; hw20)
            named = (classed or self._kind_within(b[2], a[2])) and _PRODUCT_TAIL.fullmatch(between)
            if named:
                out -= {a, b}
                out.add((a[0], b[1], a[2], a[3]))
            elif self._family_of(a[2], b[2]) and between == " ":
                out -= {a, b}  # "Zynq ZCU104": the family's name is part of the product's
                out.add((a[0], b[1], b[2], b[3]))
            elif self._family_of(a[2], b[2]) and between == " (" and text.startswith(")", b[1]):
                out.discard(a)  # "NVIDIA Blackwell (RTX 5090)": the family names the product in brackets
                out.add((a[0], a[1], b[2], b[3]))
            elif classed and _UNIT_BEFORE.fullmatch(between) and _UNIT_AFTER.match(text, b[1]):
                out.discard(b)  # "Raspberry Pi 5 (CPU-only)": the product's own unit, no platform of its own
        for s, e, concept, _ in headed:
            kind = self.kinds[concept]
            cut = text.rfind(" ", s, e)
            lo = max(0, s - 80)
            m = _COORDINATED.search(text, lo, s) if cut > s and _may_end_coordination(text, lo, s) else None
            if m is None:
                continue
            head = text[cut:e]
            for w in _COORDINATED_WORD.finditer(m.group(1)):
                ws, we = m.start(1) + w.start(), m.start(1) + w.end()
                if any(a < we and ws < b for a, b, _, _ in out):
                    continue  # linked already ("V100 and P100 GPUs")
                phrase = w.group(0) + head
                cand = next((c for c in self._scan(phrase)[0] if c.start == 0 and c.end == len(phrase)), None)
                choice = self._decide(cand, in_field, terms, present) if cand else None
                if choice and self.kinds[choice[0]] == kind:
                    out.add((ws, we, choice[0], "variant"))
        return self._apposed_class_words(text, self._shared_class_words(text, _resolve_overlaps(out)))

    def _kind_within(self, kind: str, product: str) -> bool:
        """A kind of platform (preferred label in lower case: "mobile GPU") whose classes are all classes of the product
        ("NVIDIA GeForce RTX 3050" is a GPU): written after the product, it is the product's class word."""
        return (
            kind != product
            and bool(self.above[product])
            and self.vocab.concepts[kind].pref_label[:1].islower()
            and all(c in self.above[product] for c in self.above[kind])
        )

    def _apposed_class_words(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Class words of a phrase that a product then names ("an FPGA System-on-Chip (SoC) platform, specifically the
        AMD/Xilinx Zynq UltraScale+", "one of the latest edge GPUs, namely NVIDIA Jetson AGX Orin") describe that
        product: no platform of their own there (hwsense17; a class that only exemplifies, "GPUs such as the A100",
        stays, and so does one a list of products follows, "GPU architectures, namely Hopper, Ada, and Ampere")."""
        drop = set()
        for i, (s, e, product, _) in enumerate(spans):
            if i == 0 or self.kinds[product] != "HardwarePlatform" or not self.above[product]:
                continue
            if i + 1 < len(spans) and _LIST_GAP.fullmatch(text, e, spans[i + 1][0]):
                continue  # "GPU architectures, namely Hopper, Ada, and Ampere": the class of them all, as a shared class word
            m = _APPOSED.search(text, max(0, s - 40), s)
            if m is None:
                continue
            base = max(0, m.start() - 100)  # the phrase: back to a comma, colon or stop, at most 100 characters
            lo = max(base - 1, *(text.rfind(c, base, m.start()) for c in ",;:."))
            for span in spans[:i]:
                cs, ce, c, _ = span
                if (
                    cs > lo
                    and ce <= m.start()
                    and self.kinds[c] == "HardwarePlatform"
                    and c != product
                    and (not self.above[c] or c in self.above[product])
                ):
                    drop.add(span)
        return [span for span in spans if span not in drop] if drop else spans

    def _shared_class_words(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A plural class word after a list of products is the class of them all ("P100 and P4000 GPUs",
        "the Polaris, Sunspot, and Frontier supercomputers"): the last product keeps its name, the class
        word names the class. After one product it stays the product's ("two H100 GPUs")."""
        out = list(spans)
        for i, (s, e, concept, method) in enumerate(spans):
            if i == 0 or not self.above[concept]:
                continue
            cut = text.rfind(" ", s, e)
            word = text[cut + 1 : e]
            if cut < 0 or not word.endswith("s"):
                continue
            tops = [c for c in self.label_owners.get(fold(word), ()) if c in self.above[concept] and not self.above[c]]
            ps, pe, previous, _ = spans[i - 1]
            if len(tops) != 1 or previous == concept or not self.above[previous] or not _LIST_GAP.fullmatch(text, pe, s):
                continue
            if previous not in self.label_owners.get(fold(text[ps:pe]), ()):
                continue  # "Intel and ARM CPUs": "Intel" names a platform only with the class word (Intel CPU)
            out[i] = (s, cut, concept, "label" if text[s:cut] in self.vocab.labels(concept) else method)
            out.append((cut + 1, e, tops[0], "variant"))
        return sorted(out)

    def _compound_heads(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A technique written right after a narrower one is the head of that one's name ("sliding-window
        self-attention" is sliding window attention, one mention): the head does not link there itself; so is
        one written right after a narrower one's bracketed short form ("Structured Chain-of-Thought (SCoT)
        prompting" is one mention of chain-of-thought prompting). A family written after a method's own name, an acronym
        or a coined word of capitals ("InfoNCE contrastive learning", "GRPO reinforcement learning", "DBSCAN clustering"), is
        a mention of the family too, unless the two words are one of the method's labels ("LoRA fine-tuning"; trec24).
        A family's one word that waited for context, written right before a narrower method, describes that method and
        names no other ("parameter-efficient LoRA fine-tuning", "parameter-efficient adapters" name LoRA and adapters,
        no parameter-efficient fine-tuning beside them; tmod29: test18 A/B); a verb's form is none ("fine-tuning adapters
        or the entire network" fine-tunes them)."""
        modifiers = {
            i
            for i, (a, b) in enumerate(itertools.pairwise(spans))
            if a[3] == "context"
            and text[a[1] : b[0]] == " "
            and not any(ch.isspace() for ch in text[a[0] : a[1]])
            and not text[a[0] : a[1]].lower().endswith(("ing", "ed"))  # a verb's object: "fine-tuning adapters"
            and self.kinds[a[2]] == "Technique" == self.kinds[b[2]]
            and a[2] in self.above[b[2]]
        }
        heads = {
            i
            for i, (a, b) in enumerate(itertools.pairwise(spans), 1)
            if ((bracket := text[a[1] : b[0]] == ") " and text[a[0] - 1 : a[0]] == "(") or text[a[1] : b[0]] in (" ", "-"))
            and self.kinds[a[2]] == "Technique" == self.kinds[b[2]]
            and self._head_of(a[2], b[2], sibling=bracket)
            and (
                bracket
                or not _CAPITALS_NAME.fullmatch(text[a[0] : a[1]])
                or self._labelled_with_head(a[2], text[a[0] : a[1]], b[2])
            )
        }
        return [span for i, span in enumerate(spans) if i not in heads and i not in modifiers]

    def _labelled_with_head(self, concept: str, name: str, head: str) -> bool:
        """One of ``concept``'s labels is ``name`` followed by a label of ``head`` ("LoRA fine-tuning" of LoRA): the
        vocabulary makes the two words one mention of the method, however the head is written ("LoRA-finetuned")."""
        stem = _joint_free(name)
        tails = {_joint_free(label) for label in self.vocab.labels(head)}
        return any(
            (free := _joint_free(label)).startswith(stem) and free[len(stem) :] in tails for label in self.vocab.labels(concept)
        )

    def _interposed(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A method's modifier written before another method of the same family and head noun names both
        ("post-training INT8 quantization" is post-training quantization too): the whole phrase also links to the
        outer method (on the modifier, as spans do not overlap), where the modifier and the head form one of its labels;
        an inner method that is only the outer one's family ("structured iterative pruning": pruning) is its head and
        does not link there itself (the whole phrase is one mention of the outer method)."""
        out = list(spans)
        for span in spans:
            start, end, concept, _ = span
            if self.kinds[concept] != "Technique" or " " not in text[start:end].strip():
                continue
            lo = max(0, start - 40)
            before = _modifier_before(text, lo, start)
            if not before or any(a < start and b > before.start() for a, b, _, _ in spans if (a, b) != (start, end)):
                continue
            head = text[start:end].rsplit(" ", 1)[1]
            label = fold(f"{before.group(1)} {head}")
            owners = self.label_owners.get(label, set())
            if len(owners) != 1 or label in self.context_surfaces:
                continue
            outer = next(iter(owners))
            if outer == concept or self.kinds[outer] != "Technique" or not self._family_head(head, outer, concept):
                continue
            if outer in self.above[concept]:
                continue  # "sparse magnitude pruning": the modifier is part of the narrower name
            if concept in self.above[outer]:
                out.remove(span)  # "structured iterative pruning": one mention of structured pruning
                out.append((before.start(1), end, outer, "variant"))
            else:  # both stay, on spans that do not overlap: "post-training" names post-training quantization
                out.append((before.start(1), before.end(1), outer, "variant"))
        return sorted(out)

    def _family_head(self, head: str, a: str, b: str) -> bool:
        """The head noun names the family both concepts belong to ("quantization" for post-training and INT8
        quantization), so the modifier before the inner name qualifies the family's method, not a word of its own."""
        return any(all(f == c or f in self.above[c] for c in (a, b)) for f in self.label_owners.get(fold(head), ()))

    def _head_of(self, modifier: str, head: str, sibling: bool = False) -> bool:
        """``head`` names the kind ``modifier`` is: an ancestor of it, or a less specific member of the same family
        ("self-attention" after "sliding-window", a kind of efficient attention); top-level classes are no family.
        A sibling written after it ("INT8 post-training quantization") is a method of its own, except (``sibling``)
        after the modifier's bracketed short form ("Low-Rank Adaptation (LoRA) adapters": one mention)."""
        above = self.above[modifier]
        if head in above:
            return True
        family = {a for a in self.above[head] if self.above[a]}
        inner = {a for a in above if self.above[a]}
        return bool(family) and (family < inner or (sibling and family == inner))

    def _coined_names(
        self,
        texts: dict[Field, str],
        abbreviations: dict[Field, list[Abbreviation]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
    ) -> None:
        """A technique label that modifies a module's noun in a name the text coins, written as a proper name with its
        own short form ("Hybrid Uncertainty Quantification Network (HUQNet)", "Temporal Difference Encoder (TDE)",
        "Sliding Window Mamba (SWM)"), is a word of that module's name, the paper's own (GUIDELINES: not the paper's own
        system name): it links neither there nor where the name is written again (the title). A label that is the
        name's head still links: at its end ("Timestep-forcing Pipeline Parallelism"), before a preposition
        ("Reinforcement Learning from Verifiable Rewards"), before another method ("Optimal Transport Conditional Flow
        Matching"), or before a noun that is no module's ("Denoising Diffusion Implicit Models"); so does one in a long
        form in lower case ("zero-shot neural architecture search"), which describes a kind and coins nothing."""
        names: set[str] = set()
        for f, abbrs in abbreviations.items():
            text = texts[f]
            spans = resolved[f]
            for ab in abbrs:
                lo, hi = ab.long_start, ab.long_end
                tail = [(e, s) for s, e, c, _ in spans if lo <= s and e < hi and self.kinds[c] == "Technique"]
                if not tail or not _coined(text[lo:hi]):
                    continue
                end, method = max(tail)  # the last method before the name's head, and where it starts
                after = text[end:hi].lstrip(" -").split()
                if (
                    after
                    and after[0].lower() not in _FUNCTION_WORDS
                    and (after[-1].lower() in _MODULE_NOUNS or after[-1].lower().removesuffix("s") in _MODULE_NOUNS)
                    and not _spelt_by(text[method:end], ab.short)
                    and not any(end <= s < hi and self.kinds[c] == "Technique" for s, _, c, _ in spans)
                ):
                    names.add(text[lo:hi])
        if not names:
            return
        for f, spans in resolved.items():
            text = texts[f]
            within = [(i, i + len(n)) for n in names for i in _find_every(text, n)]
            if within:
                resolved[f] = [
                    (s, e, c, m)
                    for s, e, c, m in spans
                    if not (any(a <= s and e < b for a, b in within) and self.kinds[c] == "Technique")
                ]

    def _most_specific(self, resolved: dict[Field, list[tuple[int, int, str, str]]]) -> None:
        """A platform family named together with exactly one product of it ("Phytium processors" and
        "Phytium FT-2000/4") means that product: the family's mentions link to it. Top-level classes
        ("GPU") stay what they are, and so do kinds of platform, whose preferred label is in lower case
        ("computing-in-memory" beside an "RRAM-based CIM architecture", "wearable devices such as HoloLens"):
        a product and a generic class named apart are two entities (hwsense17). So is a family named by a chip's own
        model number beside a variant that joins a suffix to it ("the ESP32 microcontroller" and "the ESP32-S3": the
        ESP32 is a chip too; not "STM32" and "STM32F746", nor "Jetson" and "Jetson Nano"; hwleft17)."""
        linked = {c for spans in resolved.values() for _, _, c, _ in spans if self.kinds[c] == "HardwarePlatform"}
        target = {}
        for c in linked:
            if not self.above[c] or self.vocab.concepts[c].pref_label[:1].islower():
                continue
            narrower = {n for n in linked if c in self.above[n]}
            leaves = [n for n in narrower if not any(n in self.above[m] for m in narrower)]
            if len(leaves) == 1 and not self._chip_and_variant(c, leaves[0]):
                target[c] = leaves[0]
        if target:
            for f, spans in resolved.items():
                resolved[f] = [(s, e, target.get(c, c), m) for s, e, c, m in spans]

    def _chip_and_variant(self, family: str, product: str) -> bool:
        """The family's name is a chip's model number ("ESP32") and the product's a variant of it with a joined
        suffix ("ESP32-S3"): two chips, no family and its one member (see ``_most_specific``)."""
        name = self.vocab.concepts[family].pref_label
        return any(c.isdigit() for c in name) and self.vocab.concepts[product].pref_label.startswith(name + "-")

    def _family_word_short_forms(
        self, texts: dict[Field, str], resolved: dict[Field, list[tuple[int, int, str, str]]], named: set[str]
    ) -> None:
        """A method's family word that links only by context ("pruning") in a text that names one other method by a
        label ending in that word, outside the family ("token pruning"), is that method's short form: "prunes redundant
        tokens" there is token pruning, no weight pruning. A narrower member of the family named too keeps the family.
        So is a family's one-word plain label where the text names the family by nothing else and holds none of its
        kg:senseTerms: "distillation" in a dataset-distillation paper is the data set's, unless a teacher, a student
        or logits say that a model is distilled (tail20)."""
        linked = {c for spans in resolved.values() for _, _, c, m in spans if m == "context"}
        spans_of = {c for spans in resolved.values() for _, _, c, _ in spans}  # a name in a URL links nowhere
        worded: dict[str, bool] = {}  # a technique with kg:senseTerms -> every span of it is one of its one-word labels
        for f, spans in resolved.items():
            for s, e, c, _ in spans:
                if c in self.vocab.sense_terms and worded.get(c, True):
                    written = texts[f][s:e]
                    worded[c] = " " not in written and c in self.label_owners.get(fold(written), ())
        sensed = {
            c
            for c, terms in self.vocab.sense_terms.items()
            if c in spans_of and any(next(occurrences(t, w, plural=True), None) for t in texts.values() for w in terms)
        }
        only_word = {c for c, w in worded.items() if w} - linked - sensed
        target = {}
        for family in (linked - sensed) | only_word:
            if self.kinds[family] != "Technique" or (family in named and family not in only_word):
                continue
            if any(family in self.above[n] for n in named):
                continue
            heads = {fold(lb) for lb in self.vocab.labels(family) if " " not in lb}
            others = {
                n
                for n in named
                if n != family
                and n in spans_of
                and self.kinds[n] == "Technique"
                and n not in self.above[family]
                and " " in (pref := self.vocab.concepts[n].pref_label)
                and fold(pref).rsplit(" ", 1)[1] in heads
            }
            if len(others) == 1:
                target[family] = others.pop()
        if target:
            for f, spans in resolved.items():
                resolved[f] = [
                    (s, e, target[c] if c in target and (m == "context" or c in only_word) else c, m) for s, e, c, m in spans
                ]

    def _object_named(self, texts: dict[Field, str], resolved: dict[Field, list[tuple[int, int, str, str]]]) -> None:
        """A family's one word ("pruning", "prunes", "pruned") whose object, in the words right after it, is a narrower
        method's object term (kg:objectTerm) names that method: "pruning redundant visual tokens", "prunes 92.6% of
        visual tokens", "the pruned tokens" are token pruning (tech20: 45 corpus links, 44 right). The object ends at
        punctuation, a function word, a method's noun or a granularity word ("pruning methods for tokens", "pruning
        approaches treat tokens": no object)."""
        for f, spans in resolved.items():
            text = texts[f]
            out: list[tuple[int, int, str, str]] | None = None
            for i, (s, e, c, m) in enumerate(spans):
                targets = self.object_targets.get(c)
                if targets is None or " " in text[s:e]:
                    continue
                target = _object_target(text, e, targets)
                if target is not None:
                    if out is None:
                        out = list(spans)
                    out[i] = (s, e, target, m)
            if out is not None:
                resolved[f] = out

    def _other_objects(self, texts: dict[Field, str], resolved: dict[Field, list[tuple[int, int, str, str]]]) -> None:
        """A family's one word that links by context ("pruning", "prunes") whose object, in the words right after it or
        the word right before it, is something else pruned (kg:otherObject: "prunes low-quality candidates", "online
        rollout pruning", "pruning the search space") names no method of the family: that span goes. Where the text
        gives the word such objects only, and none of the family's own (its one-word context terms, its narrower methods'
        object terms: "pruning 5 layers", "pruning redundant tokens"), every span of the word goes: "uses it to make early
        pruning decisions" in a paper that prunes rollouts is the rollouts' pruning too (prune22)."""
        for family, (other, own, forms) in self.other_object_words.items():
            if not any(c == family and m == "context" for spans in resolved.values() for _, _, c, m in spans):
                continue
            # every use of the word counts, linked or not: a sentence without a context term links none of its own
            kinds = {
                (f, hit.start()): _object_kind(texts[f], hit.start(), hit.end(), other, own)
                for f in resolved
                for hit in forms.finditer(fold(texts[f]))
            }
            if "other" not in kinds.values():
                continue
            every = "own" not in kinds.values()
            for f, spans in resolved.items():
                resolved[f] = [
                    (s, e, c, m)
                    for s, e, c, m in spans
                    if not (c == family and m == "context" and (every or kinds.get((f, s)) == "other"))
                ]

    def _taken_words(self, texts: dict[Field, str], resolved: dict[Field, list[tuple[int, int, str, str]]]) -> None:
        """In a text that names a method with kg:takesWord, a span of one of those words that links a concept owning
        the word as a label ("sparsity" of Sparsity, "pruning" of Pruning, "token selection" of token pruning) is that
        method's short form: "existing sparse attention methods degrade under high sparsity" is the attention's
        sparsity, no sparse model, unless the word's object is one of the concept's own ("50% sparsity of the weights",
        "pruning 5 layers": ``_object_kind``) (prune22)."""
        linked = {c for spans in resolved.values() for _, _, c, _ in spans}
        takers = {c for c in set(self.taken_words.values()) if c in linked}
        if not takers:
            return
        for f, spans in resolved.items():
            text = texts[f]
            out: list[tuple[int, int, str, str]] | None = None
            for i, (s, e, c, m) in enumerate(spans):
                word = fold(text[s:e])
                target = self.taken_words.get(word)
                if (
                    target is not None
                    and target in takers
                    and target != c
                    and c in self.label_owners.get(word, ())
                    and _object_kind(text, s, e, frozenset(), self.object_own_words.get(c, frozenset())) != "own"
                ):
                    if out is None:
                        out = list(spans)
                    out[i] = (s, e, target, m)
            if out is not None:
                resolved[f] = out

    def _contrasted(self, resolved: dict[Field, list[tuple[int, int, str, str]]]) -> None:
        """A concept with kg:contrastIn links nothing in a text that names one of the concepts it lists: there it is
        the foil the text sets that one against ("diffusion language models, a promising alternative to autoregressive
        models", "MDMs offer more flexibility than autoregressive models"), no method the paper uses (tprec24)."""
        linked = {c for spans in resolved.values() for _, _, c, _ in spans}
        foils = {c for c in linked if any(a in linked for a in self.vocab.contrasts.get(c, ()))}
        if foils:
            for f, spans in resolved.items():
                resolved[f] = [sp for sp in spans if sp[2] not in foils]

    def _broader_heads(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A broader model's label that runs from inside a narrower model's name on past its end, and whose part inside
        that name is a label of the broader model too, is the narrower model's head word with another word of the
        broader's: "Vision Transformer architecture" (ViT, not a Transformer through "Transformer architecture"), "the
        Diffusion Transformer architecture" (DiT; no "Diffusion" technique left over), "Swin Transformer
        architecture". The broader model's span gives way to the narrower one (tech20)."""
        models = [sp for sp in spans if self.kinds[sp[2]] == "Model"]
        if len(models) < 2:
            return spans
        drop: set[tuple[int, int, str, str]] = set()
        for a in models:
            for b in models:
                if (
                    a[0] < b[0] < a[1] < b[1]
                    and b[2] in self.above[a[2]]
                    and b[2] in self.label_owners.get(fold(text[b[0] : a[1]]), ())
                ):
                    drop.add(b)
        return [sp for sp in spans if sp not in drop] if drop else spans

    def _family_of(self, family: str, product: str) -> bool:
        """A named platform family (not a top-level class such as "GPU") that the product belongs to."""
        return bool(self.above[family]) and family in self.above[product]

    def _product_class_words(self, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Products whose name runs into a label of their own class ("the HBM-PIM system": "PIM system"
        is processing-in-memory), as one span of the product, which then outlasts the class's longer label."""
        hw = sorted(s for s in spans if self.kinds[s[2]] == "HardwarePlatform")
        out = []
        for i, a in enumerate(hw):
            for b in hw[i + 1 :]:
                if b[0] >= a[1]:
                    break
                if a[0] < b[0] and a[1] < b[1] and b[2] in self.above[a[2]]:
                    out.append((a[0], b[1], a[2], a[3]))
        return out

    def _numbered_pairs(self, text: str) -> list[tuple[int, int, str, str]]:
        """ "CIFAR-10/100", "ModelNet10/40", "ResNet-18/50/101", "ImageNet-C/R/Sketch": numbered (or, after a
        hyphen, lettered) members of one family written with one stem link each to its own concept; the first
        with the stem, the others by their number. At least two must be members the vocabulary knows."""
        out = []
        for m in _numbered_pair_matches(text):
            stem = m.group(1)
            members: list[tuple[int, int, str]] = []
            pos = m.start(2)
            for item in m.group(2).split("/"):
                bare = item.lstrip("-")
                start = pos + len(item) - len(bare)
                pos += len(item) + 1
                if not (bare.isdigit() or stem.endswith("-")):
                    members = []
                    break
                concept = self._numbered(stem + bare)
                if concept is not None:
                    members.append((m.start() if not members and start == m.start(2) else start, start + len(bare), concept))
            kinds = {self.kinds[c] for _, _, c in members}
            if len({c for _, _, c in members}) >= 2 and len(kinds) == 1 and members[0][0] == m.start():
                out += [(s, e, c, "variant") for s, e, c in members]
        return out

    def _title_dataset(self, title: str, own: str, abstract: str) -> bool:
        """The name the title opens with is a dataset's: by its subtitle ("REHEARSE-3D: A Multi-modal Emulated Rain
        Dataset for ..."), or by a probing subtitle and the abstract's apposition ("MedBLINK: Probing ...", "We introduce
        Medblink, a benchmark ...")."""
        end = title.index(own) + len(own)
        # the bare form: "TARAZ: Persian Short-Answer Question Benchmark for ...", "HalluLens: LLM Hallucination Benchmark"
        if _head_word_after(title, end) and (
            _TITLE_DATASET.match(title, end) or (not own.istitle() and _TITLE_DATASET_BARE.match(title, end))
        ):
            return True
        return (
            bool(_TITLE_PROBE.match(title, end))
            and re.search(r"(?<![\w-])" + re.escape(own) + _CALLED_DATASET, abstract, re.I) is not None
        )

    def _numbered(self, name: str) -> str | None:
        owners = [c for c in self.label_owners.get(fold(name), ()) if self.kinds[c] in _NUMBERED_KINDS]
        return owners[0] if len(owners) == 1 else None

    def _own_name(self, surface: str, concept: str, own: str | None, kinds: frozenset[str] | None = None) -> bool:
        """The name the title opens with ("FBNet: Hardware-Aware ...") is the paper's own model or platform:
        what it proposes, not an entity it mentions (its variants, "FBNet-B", are its own too; other
        names of the concept, "MCUNet" in the MCUNetV2 paper, still link). ``kinds``: the kinds it is the paper's own
        of (``_own_kinds``: techniques and the vocabulary's benchmarks too, by the paper's words); a technique or a
        benchmark only by the name itself ("X-Bench" in the paper titled "X: ..." is the data set it built, which links),
        a technique by its preferred label ("PC-DARTS: ..." extends DARTS, whose other label it is: a method it applies)."""
        if own is None:
            return False
        kind = self._kind(concept)
        if kind not in (kinds or _OWN_KINDS):  # first: most links are of other kinds
            return False
        name, mine = fold(surface), fold(own)
        if kind == "Benchmark":
            return concept in self.kinds and name in (mine, mine + "s")
        if kind == "Technique":
            # the concept's own name, not a variant filed beneath a method the paper extends ("PC-DARTS", an other
            # label of DARTS: "PC-DARTS: ..." applies DARTS, which the seeds' gold lists)
            return name in (mine, mine + "s") and concept in self.kinds and fold(self.vocab.concepts[concept].pref_label) == mine
        return name in (mine, mine + "s") or name.startswith(mine + "-")

    def _own_kinds(self, texts: dict[Field, str], own: str) -> frozenset[str]:
        """The kinds whose concept written as the title's head name is the paper's own (own22), beyond models and
        platforms (``_OWN_KINDS``). A technique, where the head is written as a coined name ("XAttention: Block Sparse
        Attention ...", "DFlash: ...", "Flow-GRPO: ...", "SLAM: Structural Linguistic Activation Marking"): the method
        the paper proposes (the golds' ``proposes``), or another method that shares its name; not a family's words
        ("Knowledge Distillation: ...", "LLM-as-a-Judge: ...", "Sim-to-Real: ..."), which the paper is about. A
        vocabulary's benchmark, where nothing says the paper presents a data set by that name ("BEHAVE: A Hybrid AI
        Framework ...", "DART: Diffusion-Inspired Speculative Decoding ..."): its own method named as another paper's
        data set; a benchmark's own paper ("MicroVQA: A Multimodal Reasoning Benchmark ...", "HealthBench: Evaluating
        ...", "We introduce Video-Holmes, a benchmark ...") still links it, as the golds do."""
        kinds = _OWN_KINDS | _OWN_TECHNIQUE if _coined_name(own) else _OWN_KINDS
        title = texts.get("title", "")
        tail = title[title.find(own) + len(own) :]
        if not (_DATA_NAME.search(own) or _DATA_TITLE.search(tail) or _called_data(texts.get("abstract", ""), own)):
            kinds |= _OWN_BENCHMARK
        return kinds

    def _kind(self, iri: str) -> str:
        """``vocab.concept(iri).kind``: a vocabulary concept's read from ``kinds``, a discovered one's from its rule."""
        kind = self.kinds.get(iri)
        return kind if kind is not None else self.vocab.concept(iri).kind

    def _scan(
        self, text: str, spans: list[tuple[int, int]] | None = None, folded: str | None = None
    ) -> tuple[list[Candidate], set[str], set[str]]:
        """The gazetteer's scan of a text whose phrases of other senses ("point cloud", "Turing test") are
        blanked out: no label, context term or cue inside one counts (a phrase that is itself a cue still does).
        ``spans``: those phrases' spans, and ``folded``: ``fold(text)``, when the caller has them already."""
        if folded is None:
            folded = fold(text)
        if spans is None:
            return self._senses_and_scan(text, folded)[1]
        if spans:
            cands, cues, terms = self.gazetteer.scan(_blank(text, spans))
            cues.update(c for s, e in spans if (c := self.cue_surfaces.get(folded[s:e])))
            return cands, cues, terms
        return self.gazetteer.scan(text, folded)

    def _senses_and_scan(
        self, text: str, folded: str
    ) -> tuple[list[tuple[int, int]], tuple[list[Candidate], set[str], set[str]]]:
        """``_other_sense_spans(text, folded)`` and ``_scan(text, those spans, folded)``, from one scan of the text
        where it holds no phrase of another sense outside a longer label (issue 4: no pass of their own automaton)."""
        found: list[tuple[int, int]] = []
        scan = self.gazetteer.scan(text, folded, found)
        if not found:
            return found, scan
        found.sort(key=_end_start)  # as their automaton gives them
        # a longer vocabulary label holding the phrase keeps its own sense ("Neural Turing Machines")
        labels = [(c.start, c.end) for c in scan[0]]
        spans = [(s, e) for s, e in found if not any(a <= s and e <= b and b - a > e - s for a, b in labels)]
        return spans, self._scan(text, spans, folded) if spans else scan

    def _other_sense_spans(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        if not len(self.other_senses):
            return []
        if folded is None:
            folded = fold(text)
        spans = [(start, end) for _, start, end in self.other_senses.matches(folded) if _on_word_boundaries(folded, start, end)]
        if not spans:
            return spans
        # a longer vocabulary label holding the phrase keeps its own sense ("Neural Turing Machines")
        labels = [(c.start, c.end) for c in self.gazetteer.scan(text, folded)[0]]
        return [(s, e) for s, e in spans if not any(a <= s and e <= b and b - a > e - s for a, b in labels)]

    def _glued_to_name(self, text: str, start: int, end: int, model: bool = False) -> bool:
        """A capitalised span hyphen-joined to a name part the vocabulary does not know is inside a longer
        name ("Ada-MK", "Ref-L4", "CIM-NET"): a word that needed context or a definition names nothing there. A number
        joined after a ``model``'s name is its version ("Matrix-Game-2.0", "Genie-3"; benchrecall8), no other name."""
        if not (text[start].isupper() or text[start].isdigit()):
            return False
        after = _GLUED_AFTER.match(text, end)
        if model and after is not None and after.group(1).isdigit():
            after = None
        before = _GLUED_BEFORE.search(text, _glued_run_start(text, start), start)
        return any(m is not None and fold(m.group(1)) not in self.gazetteer.surfaces for m in (after, before))

    def _modifier_compound(self, text: str, cand: Candidate) -> bool:
        """A platform's spaced name hyphenated into a longer modifier ("edge-device-friendly"): the
        compound describes a design, it does not name the platform. A product's name does ("Raspberry-Pi-class
        devices", "Jetson-Nano-based")."""
        if cand.exact:
            return False
        span = text[cand.start : cand.end]
        return (
            "-" in span
            and _HYPHEN_LOWER.match(text, cand.end, cand.end + 2) is not None
            and all(self.kinds[c] == "HardwarePlatform" for c in cand.concepts)
            and not (span[0].isupper() and all(self.above[c] for c in cand.concepts))
        )

    def _spaced_name_tail(self, text: str, cand: Candidate) -> bool:
        """A model's hyphenated name written with spaces, right after a word joined by a hyphen: the words are the tail
        of a compound ("one-step video diffusion", "few-step video generation", "single-step videos"), no mention of
        the name ("Step-Video"). test8other: all 32 such "Step-Video" links of the 74,728 corpus abstracts were these."""
        start = cand.start
        if cand.exact or start < 2 or text[start - 1] != "-" or not text[start - 2].isalnum():
            return False
        span = text[start : cand.end]
        if " " not in span or "-" in span or not all(self.kinds[c] == "Model" for c in cand.concepts):
            return False
        joined = span.replace(" ", "-")
        return not self.vocab.labelled(span, "Model") and bool(
            self.vocab.labelled(joined, "Model") or (joined[-1:] in "sS" and self.vocab.labelled(joined[:-1], "Model"))
        )

    def _modified_family_name(self, text: str, cand: Candidate, cands: Sequence[Candidate]) -> bool:
        """A generic family name (kg:bareLabel) after a modifier word names one design of the family, mostly the
        paper's own ("a context-aware hybrid attention mechanism", "a prompt-attention mechanism", "efficient attention
        mechanisms such as FlashAttention"): no mention of the family. Unmodified it is one ("the attention mechanism",
        "a new attention mechanism", "diffusion models and attention mechanisms"), and so is a model's own ("the
        Transformer attention mechanism")."""
        if not cand.concepts or fold(text[cand.start : cand.end]) not in self.bare_forms:
            return False
        start = cand.start
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
            return True  # "prompt-attention mechanism", "self-attention mechanism"
        end = start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        lo = end
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "-'\u2019"):
            lo -= 1
        word = text[lo:end].lower()
        if (
            not word
            or word in _NO_MODIFIERS
            or word.endswith(("'s", "\u2019s", "s'", "s\u2019"))
            or not any(c.isalpha() for c in word)
        ):
            return False
        return not any(c.end == end and c.start >= lo and all(self.kinds[k] == "Model" for k in c.concepts) for c in cands)

    def _names_other_use(self, text: str, cand: Candidate, texts: dict[Field, str]) -> bool:
        """A device named as what records data ("smartphone images", "images captured with smartphones") or as
        a maker ("developed by AWS"), an accelerator that is another class ("accelerators such as GPUs", "GPU
        accelerators"), or a benchmark's short name used for its task ("VQA tasks"): no platform a model runs on, no
        data set evaluated on."""
        # of one kind: all its concepts hardware (or all benchmarks), none unknown; read in one pass, no set of the kinds
        # made per candidate (each candidate of every text is asked; issue 4)
        hardware = benchmark = bool(cand.concepts)
        for c in cand.concepts:
            kind = self.kinds[c]
            hardware = hardware and kind == "HardwarePlatform"
            benchmark = benchmark and kind == "Benchmark"
        if hardware and _device_other_use(text, cand.start, cand.end):
            return True
        if (
            hardware
            and cand.concepts <= self.records_data
            and (_recording_device(text, cand.start, cand.end) or _agent_operated(text, cand.start, cand.end, texts))
        ):
            return True
        if hardware and cand.concepts <= self.when_run and not _run_there(text, cand.start, cand.end):
            return True
        if hardware and _exemplified_accelerator(text, cand.start, cand.end, texts):
            return True
        if hardware and self._glued_dataset_name(text, cand.start, cand.end):
            return True
        return bool(cand.context_label) and benchmark and bool(_TASK_WORD.match(text, cand.end, cand.end + 24))

    def _glued_dataset_name(self, text: str, start: int, end: int) -> bool:
        """A platform's name hyphen-joined to a name part the vocabulary does not know, the whole a data set's or a
        benchmark's name ("iPhone-PTZ, a new VTE benchmark", "the Jetson-PTZ dataset"; hwleft17): the platform names
        the data, no platform run on. A joined version or size is still the platform ("iPhone-15", "A100-SXM4 GPU")."""
        if end >= len(text) or text[end] != "-" and (start == 0 or text[start - 1] != "-"):
            return False  # most spans are joined to nothing: no search
        after = _GLUED_NAME_AFTER.match(text, end)
        if after is not None and fold(after.group(1)) not in self.gazetteer.surfaces:
            return bool(_DATA_NAMED.match(text, after.end()))
        before = _GLUED_BEFORE.search(text, _glued_run_start(text, start), start)
        if (
            before is not None
            and fold(before.group(1)) not in self.gazetteer.surfaces
            and any(c.isalpha() for c in before.group(1))
        ):
            return bool(_DATA_NAMED.match(text, end))
        return False

    def _named_anywhere(self, concept: str, titled: bool = False) -> bool:
        """Outside the field only named things link (a GPU, ImageNet); method words there mean other
        things ("vector quantization" in estimation theory, a "transformer" in a substation). In a paper
        whose title names the field (``titled``, see ``_titled``) the techniques and models that show the
        field link too, but not general methods (``kg:domainEvidence false``: the successive convex
        approximation of a paper on mobile edge computing, a wavelet transform)."""
        kind = self._kind(concept)
        return kind in OFF_FIELD_KINDS or (titled and kind in _TITLED_KINDS and concept in self.evidence)

    def _computing(self, texts: dict[Field, str], data: bool = False) -> bool:
        """A text outside the field is a paper of computing in another area when it writes of computing as a
        discipline does (a ``kg:computingCue``: "algorithm", "NP-hard", "polynomial time", "user study", "robot") or
        names a benchmark or data set of the vocabulary (``data``: "FAUST", "ShapeNet"; not one found by a pattern, often
        a test problem of engineering there: "the MBB beam") or two distinct general methods (``data`` too, see
        ``_corroborated``), and not one of communications, power
        engineering or the life sciences (a ``kg:scienceCue``: "beamforming", "antenna", "inverter", "neurons"), whose
        algorithms are an engineer's or a biologist's."""
        pattern = self.computing_cues
        if not data and (pattern is None or not any(_cue_found(pattern, self._computing_words, t) for t in texts.values())):
            return False
        science = self.science_cues
        return science is None or not any(_cue_found(science, self._science_words, t) for t in texts.values())

    def _corroborated(self, general: set[str]) -> bool:
        """Two of the general methods a text outside the field names are methods of learning (``learning_methods``,
        beneath a ``kg:learningFamily``: "conformal prediction" and "uncertainty quantification", "machine unlearning"
        and "adversarial attacks"): the text is a paper of machine learning in another area. One alone is often a word
        of another discipline (the "particle swarm optimization" of an engineering study), and methods of geometry and
        rendering are a graphics engineer's too (the signed distance fields and ray casting of a mesher)."""
        return len(general & self.learning_methods) >= 2

    def _general_method(self, concept: str, method: str, surface: str) -> bool:
        """A general method links outside the field, in a paper of computing (``_computing``), when the text names it by
        a label of several words, as written or varied ("cutting planes", "Bayesian optimization"): no short form,
        no context label, no one-word name ("scheduling", "clustering"), and no method as
        much at home in the sciences and engineering (``kg:otherScience``: Monte Carlo, Kalman filters, finite
        elements, wavelets, edge detection), which a paper of physics or signal processing writing of its algorithm
        uses in its own sense."""
        return concept in self.computing_methods and method in _GENERAL_METHODS and " " in surface

    def _learned(self, named: set[str], texts: dict[Field, str]) -> bool:
        """A text outside the field that names one concept of it without doubt (its only evidence) is of machine
        learning in another area when it corroborates that concept: the concept is a model named by its name
        ("Grounding DINO", "XLNet"; not a family such as "Transformer architectures" or "large reasoning model"),
        the text names a second concept filed under a family of the field ("adversarial attacks", "machine
        unlearning": ``of_field``), or it trains something (a ``kg:learningCue``: "a detector trained on ...").
        One concept alone is often background or another sense (an "enwik8" of a physics paper, the Gaussian
        processes of cosmology), and so is a task cue ("point cloud") beside the training of someone else's network."""
        if len(named & self.of_field) >= 2 or not named.isdisjoint(self.named_models):
            return True
        pattern = self.learning_cues
        return pattern is not None and any(_cue_found(pattern, self._learning_words, t) for t in texts.values())

    def _titled(self, scans: dict[Field, tuple[list[Candidate], set[str], set[str]]]) -> bool:
        """The title names a concept that shows the field plainly (unambiguous, no context label, domain
        evidence: "Scaling of Gaussian Kolmogorov-Arnold Networks", "Differential Privacy for ..."): the
        paper is one of ML or computing, though its abstract has less than ``MIN_DOMAIN_EVIDENCE``. One
        such word in an abstract is often background or another sense; a title says what the paper is about."""
        scan = scans.get("title")
        return scan is not None and any(
            len(c.concepts) == 1 and not c.context_label and next(iter(c.concepts)) in self.evidence for c in scan[0]
        )

    def _find_unwrapped(
        self,
        text: str,
        taken: list[tuple[int, int]],
        defined: dict[str, str],
        anchors: dict[str, list[tuple[int, int]]],
    ) -> list[Found]:
        """``Discoverer.find`` on the text read without LaTeX's formatting commands around names ("we introduce
        \\textbf{SpatialAct}, a benchmark" is "we introduce SpatialAct, a benchmark"; benchrecall8), its spans those of
        the text as written."""
        plain = _unwrapped(text) if "\\" in text else None
        if plain is None:
            return list(self.discoverer.find(text, taken, defined, anchors))
        read, back = plain
        # an offset of the text as written -> its offset in ``read`` (a dropped character's: the next kept one's)
        moved = [(bisect.bisect_left(back, s), bisect.bisect_left(back, e)) for s, e in taken]
        kinds = {
            k: [(bisect.bisect_left(back, s), bisect.bisect_left(back, e)) for s, e in spans] for k, spans in anchors.items()
        }
        return [
            Found(back[fd.start], back[fd.end - 1] + 1, fd.iri, fd.name, fd.method, fd.named, fd.family)
            for fd in self.discoverer.find(read, moved, defined, kinds)
        ]

    def _discover(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        abbreviations: dict[Field, list[Abbreviation]],
        senses: dict[Field, list[tuple[int, int]]],
        own: str | None,
        in_field: bool,
        urls: dict[Field, list[tuple[int, int]]],
        families: dict[str, set[str]],
    ) -> None:
        """Add names the discovery rules find, and their other occurrences in any field (``senses``: each
        field's phrases of other senses, blanked for the rules too; ``urls``: each field's web addresses, where a
        name ("github.com/org/ZorbBench", "https://x.io/?set=Foo-Bench") names a repository or a page: no mention,
        and no evidence that the name is one; ``families``: filled with the family each technique was found under)."""
        names: dict[str, str] = {}
        kinds = self.kinds
        defined = {ab.short: text[ab.long_start : ab.long_end] for f, text in fields for ab in abbreviations[f]}
        read: list[set[str]] = []  # the names the paper proposes, read the first time one is asked about (most never are)

        def proposes(name: str) -> bool:
            if not read:
                texts = (text for _, text in fields if _PROPOSES_TRIGGER.search(text))
                read.append({name for text in texts for m in _PROPOSES.finditer(text) for name in _proposed_names(text, m)})
                read[0].update({own} if own else ())
            return _proposed(name, read[0])

        for f, text in fields:
            taken = [(s, e) for s, e, _, _ in resolved[f]]
            anchors: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for s, e, concept, _ in resolved[f]:
                linked_kind = kinds.get(concept)  # a vocabulary concept's kind (``kinds``: no attribute read per span)
                if linked_kind is not None:
                    anchors[linked_kind].append((s, e))
            # the discovery rules read the text with its phrases of other senses blanked too ("the COCO benchmark suite")
            masked = _blank(text, senses[f])
            founds = list(self._find_unwrapped(masked, taken, defined, anchors))
            beside = self._listed_with_models(text, founds, resolved[f]) if anchors["Model"] and founds else set()
            for found in founds:
                if _inside(found.start, found.end, urls[f]) or (found.start, found.end) in beside:
                    continue
                if not in_field and not (found.named and self.vocab.concept(found.iri).kind in _OFF_FIELD_DISCOVERY):
                    continue
                if found.method == "pattern" and self.vocab.concept(found.iri).kind == "Model" and proposes(found.name):
                    continue  # the paper's own model is what it proposes, not a model it mentions
                if found.method == "pattern":
                    names.setdefault(found.name, found.iri)
                resolved[f] = _resolve_overlaps([*resolved[f], (found.start, found.end, found.iri, found.method)])
            for tech_rule in self._technique_rules if in_field else ():
                # "quantization methods such as HQQ", "LoRA, DoRA and QDoRA": other papers' methods (not the paper's own)
                for found in find_techniques(self.discoverer, tech_rule, masked, resolved[f]):
                    if not _inside(found.start, found.end, urls[f]) and not proposes(found.name):
                        names.setdefault(found.name, found.iri)
                        if found.family is not None:
                            families[found.iri].add(found.family)
                        resolved[f] = _resolve_overlaps([*resolved[f], (found.start, found.end, found.iri, found.method)])
        title = dict(fields).get("title")
        if own and title and self._title_dataset(title, own, dict(fields).get("abstract", "")):
            start = title.index(own)
            # "REHEARSE-3D: A Multi-modal Emulated Rain Dataset for ...": the title's name is a dataset's
            rule = self._data_rule
            if rule is not None and not any(s < start + len(own) and e > start for s, e, _, _ in resolved["title"]):
                names.setdefault(own, self.vocab.discovered(rule, own))
        variant_rules = self._variant_rules if in_field else self._off_field_variant_rules
        data_rule = self._data_rule
        for rule in variant_rules:
            kind, strict, bases = rule.kind, rule.strict, rule.generic_bases  # read once (no compiled class)
            for f, text in fields:
                for s, e, concept, method in list(resolved[f]):
                    of_kind = kinds.get(concept) == kind
                    family = self._known_model if concept in bases else None
                    span = variant_span(text, s, e, strict, family) if of_kind else None
                    if span is None and of_kind and kind == "Model" and s > 1 and text[s - 1] == "-" and " " in text[s:e]:
                        # "Hybrid CNN-Transformer architectures": the label's span ("Transformer architectures") ends the
                        # pair, whose first part waited for context
                        joined = _JOINED_BEFORE.search(text, max(0, s - 40), s - 1)
                        pair = (joined.start(), text.index(" ", s)) if joined else None
                        if pair is not None and self._hybrid_pair(text, pair):
                            resolved[f] = _resolve_overlaps(self._hybrid_parts(text, pair, resolved[f]))
                            continue
                    if span is None and strict and of_kind and self._listed(text, s, e, kind, resolved[f]):
                        span = variant_span(text, s, e, False, family)  # "COCO-Stuff and ImageNet-Texture": a list of names
                    cut = text.find(" ", s, e) if span is None and strict and s and text[s - 1] == "-" else -1
                    if cut > 0 and of_kind:
                        # "the I2E-ImageNet dataset": a name joined before a label that holds its head word ("ImageNet
                        # dataset") is a derived data set's; the head word stays outside the name
                        inner = variant_span(text, s, cut, strict, family)
                        if inner is not None and inner[1] == cut and (s, e, concept, method) in resolved[f]:
                            known = self.vocab.labelled(text[inner[0] : inner[1]], kind)
                            resolved[f].remove((s, e, concept, method))
                            if len(known) == 1:
                                # "the Occ3D-nuScenes dataset", "Video-MME benchmarks": the joined name is a label
                                # itself (the "nuScenes dataset" inside it is none), no derived data set
                                resolved[f].append((inner[0], inner[1], known[0], method))
                                continue
                            span = inner
                            resolved[f].append((inner[0], inner[1], concept, method))  # what the checks below drop
                            s, e = inner
                    if span is not None and kind == "Model" and proposes(text[span[0] : span[1]]):
                        resolved[f].remove((s, e, concept, method))  # "We present Qwen3-VL-Seg": their own model
                        continue
                    if (
                        span is not None
                        and kind == "Model"
                        and (self._hybrid_pair(text, span) or self._joint_pair(text, span, rule))
                    ):
                        # "a hybrid Mamba-Transformer model": both architectures, no model of its own; a part that waited
                        # for context ("CNN" in "Hybrid CNN-Transformer architectures") has it in "hybrid"
                        resolved[f] = _resolve_overlaps(self._hybrid_parts(text, span, resolved[f]))
                        continue
                    if span is not None and self._variant_defined_otherwise(text[span[0] : span[1]], defined, concept):
                        resolved[f].remove((s, e, concept, method))  # "Multi-Scale ... Distillation (MS-SARD)"
                        continue
                    if span is not None and kind == "Model" and _DATASET_AFTER.match(text, span[1]):
                        # "on the NeRF-DS dataset", "on the D-NeRF and HyperNeRF datasets": a data set named after the model
                        resolved[f].remove((s, e, concept, method))
                        if data_rule is not None:
                            names.setdefault(text[span[0] : span[1]], self.vocab.discovered(data_rule, text[span[0] : span[1]]))
                        continue
                    if span is not None:
                        if (s, e) == span:
                            resolved[f].remove((s, e, concept, method))  # the label cut to its name above
                        iri = self.vocab.discovered(rule, text[span[0] : span[1]])
                        names.setdefault(text[span[0] : span[1]], iri)
                        resolved[f] = _resolve_overlaps([*resolved[f], (span[0], span[1], iri, "pattern")])
            for f, text in fields:
                for s, e, name in self._numbered_variants(text, rule, resolved[f]):
                    if (rule.kind == "Model" and proposes(name)) or _inside(s, e, urls[f]):
                        continue
                    iri = self.vocab.discovered(rule, name)
                    names.setdefault(name, iri)
                    resolved[f] = _resolve_overlaps([*resolved[f], (s, e, iri, "pattern")])
        for rule, words, products in self._product_variant_rules:
            for f, text in fields:
                resolved[f] = self._product_variants(text, resolved[f], rule, words, products)
        for f, text in fields if in_field and self._model_list_rules else ():
            # "LLMs, such as LLaMa, Jais, and ALLaM": other papers' models listed with linked ones (after the variant
            # rules, which name "PaLM2", "Claude3" and "DeepSeek-Math-7B" in such lists under their own IRIs)
            if not any(c in self.named_models for _, _, c, _ in resolved[f]):
                continue  # no model named by its name: no list of models (most texts)
            masked = _blank(text, senses[f])
            for model_rule in self._model_list_rules:
                listed = find_listed_models(self.discoverer, model_rule, masked, resolved[f], self.named_models, f != "title")
                for found in listed:
                    if not _inside(found.start, found.end, urls[f]) and not proposes(found.name):
                        names.setdefault(found.name, found.iri)
                        if found.family is not None:
                            families[found.iri].add(found.family)
                        resolved[f] = _resolve_overlaps([*resolved[f], (found.start, found.end, found.iri, found.method)])
        sized_rule = next((r for r in variant_rules if r.kind == "Model"), None)
        if sized_rule is not None:
            self._spaced_sizes(fields, resolved, names, sized_rule, proposes)
        if data_rule is not None:  # the name says what it is (a head word follows it): in any field
            self._longer_names(fields, resolved, names, data_rule)
        edition_rule = next((r for r in variant_rules if r.kind == "Benchmark"), None)
        if edition_rule is not None:
            self._shared_tasks(fields, resolved, names, edition_rule)
        if not names:
            return
        for f, text in fields:
            spans = list(resolved[f])
            for name, iri in names.items():
                for start, end in occurrences(text, name):
                    if not any(start < e and end > s for s, e, _, _ in resolved[f]) and not _inside(start, end, urls[f]):
                        spans.append(self._joined_occurrence(text, start, end, iri, data_rule, resolved[f], own, defined))
            resolved[f] = _resolve_overlaps(spans)
        self._one_data_set_per_definition(fields, resolved)
        self._long_forms_of_data_sets(fields, resolved, abbreviations)
        self._one_spelling_per_name(resolved)

    def _shared_tasks(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        names: dict[str, str],
        rule: DiscoveryRule,
    ) -> None:
        """A numbered task written after a benchmark's name is that task's data set (hwbm24): "SemEval-2025 Task 11",
        "the CCL25-Eval Task 5 benchmark", "the NLPCC 2025 Shared Task 4", discovered beneath the benchmark (test15's
        golds name the task; the 2025 corpus writes 184 such tasks in 117 abstracts, 155 of them SemEval's)."""
        for f, text in fields:
            for s, e, concept, _ in list(resolved[f]):
                task = _TASK_AFTER.match(text, e) if text[e : e + 1] == " " else None
                if task is None or self.vocab.concept(concept).kind != "Benchmark":
                    continue
                name = text[s : task.end()]
                iri = names.setdefault(name, self.vocab.discovered(rule, name))
                resolved[f] = _resolve_overlaps([*resolved[f], (s, task.end(), iri, "pattern")])

    def _listed_with_models(
        self, text: str, founds: Sequence[Found], spans: Sequence[tuple[int, int, str, str]]
    ) -> set[tuple[int, int]]:
        """Names found as benchmarks only by their place after an intro phrase ("Experiments on MAR, TransDiff, and
        NextStep-1") that stand in one coordinated list with a model named by its name and no linked benchmark: the list
        is one of models, and so are they (hw23; the model list rule may find them as models). Not where a data word
        heads the list, after it ("the SECOND and Landsat-SCD datasets") or before it in its sentence ("reasoning
        benchmarks of Gaokao, ..., GradeSchoolMath, and Minerva"): there a model's label names a data set."""
        placed = [(fd.start, fd.end, "") for fd in founds if not fd.named and self._kind(fd.iri) == "Benchmark"]
        if not placed:
            return set()
        items = sorted([*placed, *((s, e, c) for s, e, c, _ in spans)])
        out: set[tuple[int, int]] = set()
        group = [items[0]]
        coordinated = False
        for item in [*items[1:], None]:
            gap = _LIST_GAP.fullmatch(text, group[-1][1], item[0]) if item is not None else None
            if gap is not None and item is not None:
                group.append(item)
                coordinated = coordinated or _COORDINATOR_WORD.search(gap.group(0)) is not None
                continue
            linked = [c for _, _, c in group if c]
            start, end = group[0][0], group[-1][1]
            if (
                coordinated
                and any(c in self.named_models for c in linked)
                and not any(self.kinds.get(c) == "Benchmark" for c in linked)
                and not _DATASET_AFTER.match(text, end)
                and not _DATA_NOUN.search(text, max(text.rfind(". ", 0, start), 0), start)
            ):
                out.update((s, e) for s, e, c in group if not c)
            if item is not None:
                group, coordinated = [item], False
        return out

    def _product_variants(
        self,
        text: str,
        spans: list[tuple[int, int, str, str]],
        rule: DiscoveryRule,
        words: re.Pattern[str],
        products: frozenset[str],
    ) -> list[tuple[int, int, str, str]]:
        """A variant word after a linked product names another product (hwvar21): "RTX 4070 Mobile", "RTX 3080 Laptop
        GPU", "GTX 1650 Ti Max-Q" are laptop GPUs, "RTX 4070 Ti Super" another card, not the products their names
        extend. The variant is discovered beneath that product, named by its preferred label and the variant words
        ("NVIDIA GeForce RTX 4070 Mobile": one IRI whichever label the text wrote); a class of the product right after it
        is its class word ("Laptop GPU"). A variant the vocabulary lists ("RTX 4070 Ti") links its own concept by the
        longest match before this runs; only products beneath ``rule.variant_of`` whose name holds a digit take a variant
        (no "Titan RTX Mobile", no class): ``products`` (``_variant_products``)."""
        out = list(spans)
        for s, e, concept, method in spans:
            if concept not in products:
                continue
            c = self.vocab.concepts[concept]
            base = self._label_end(text, s, concept)
            m = words.match(text, base) if base is not None else None
            if m is None:
                continue
            canonical = {w.lower(): w for w in rule.variant_words}
            name = " ".join([c.pref_label, *(canonical[w.lower()] for w in _VARIANT_WORD.findall(m.group(0)))])
            end = max(e, m.end())
            ancestors = self.vocab.ancestors(concept)
            classed = e > m.end()  # the product's span holds a class after the word ("RTX 3050 mobile GPU": hw20)
            for s2, e2, c2, m2 in out:
                if s2 == end + 1 and text[end] == " " and c2 in ancestors:
                    out.remove((s2, e2, c2, m2))  # "RTX 3080 Laptop GPU": the laptop card's class word
                    end, classed = e2, True
                    break
            if m.group(0)[1].islower() and not classed:
                continue  # a word in lower case names a variant before a class only: "the RTX 4090 super fast"
            out.remove((s, e, concept, method))
            out = _resolve_overlaps([*out, (s, end, self.vocab.discovered(rule, name), "pattern")])
        return out

    def _label_end(self, text: str, start: int, concept: str) -> int | None:
        """Where the longest label of ``concept`` written at ``start`` ends (any case, a space or hyphen at its joints)."""
        best = None
        plain = text.isascii()
        heads, patterns = self._label_heads, self._label_patterns
        for label in self.vocab.labels(concept):
            head = heads.get(label)
            if head is None:  # the label's first word, lower-cased ("" where it is not ASCII: no test)
                first = re.split(r"[ -]", label, maxsplit=1)[0]
                head = heads[label] = first.lower() if first.isascii() else ""
            if plain and text[start : start + len(head)].lower() != head:
                continue  # its first word is not written there: the pattern cannot match (no compile of it; speed22)
            pattern = patterns.get(label)
            if pattern is None:  # compiled once: re's cache does not keep them (2 ms a call of the code before; speed22)
                pattern = patterns[label] = _label_pattern(label)
            m = pattern.match(text, start)
            if m is not None and (m.end() == len(text) or not text[m.end()].isalnum()) and (best is None or m.end() > best):
                best = m.end()
        return best

    def _spaced_sizes(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        names: dict[str, str],
        rule: DiscoveryRule,
        proposes: Callable[[str], bool],
    ) -> None:
        """A model named by its name with its parameter count written spaced after it is that size of the model
        (modelsfield16): "Qwen 2.5 32B Instruct" is Qwen2.5-32B (a vocabulary label written with hyphens), "Gemma 3 27B"
        a discovered model beneath Gemma 3, as its hyphenated form ("Gemma-3-27B") is. A count of data after it
        ("Llama 3 1B tokens") is none. A size after a colon, in any case, is one too: a local model runner's tag
        ("gpt-oss:120b", "Llama3.3:70b"; hw23), also of a model named in lower case."""
        minted = rule.scheme + DISCOVERED
        for f, text in fields:
            if "B" not in text and "M" not in text and ":" not in text:
                continue
            for s, e, concept, method in list(resolved[f]):
                # a named model of the vocabulary, or one the rules found ("Qwen3.5 9B": models19)
                found = concept.startswith(minted)
                tagged = _TAGGED_SIZE.match(text, e)
                # a tag names a model whose name is in lower case too ("gpt-oss:120b"), never a family ("llm:7b")
                if (
                    not found
                    and concept not in self.named_models
                    and (tagged is None or self.kinds.get(concept) != "Model" or concept in rule.generic_bases)
                ):
                    continue
                m = _SPACED_SIZE.match(text, e) or tagged
                if m is not None and text[e] == "-" and " " not in text[s:e]:
                    m = None  # a hyphen joins a size only to a spaced version ("Qwen 2.5-32B"; hsamp29): "Zorb-7B" is a name
                if m is None or any(s2 < m.end() and e2 > e for s2, e2, _, _ in resolved[f]) or _MORE_SIZES.match(text, m.end()):
                    continue  # "Llama-3 3B and 8B models": sizes of the family, which the family's link stands for
                # a mixture of experts' size is written "8x7B", "8×7B", "8$\times$7B" (models19): one form, "8x7B"
                size = f"{m.group(1)}x{m.group(2)}" if m.group(1) else m.group(2)[:-1] + m.group(2)[-1].upper()
                # the name as written, or a label of its concept written with other joints ("Qwen 2.5" = "Qwen2.5"); not
                # another label of it: "OLMo 2 7B" is no "OLMo-7B", though OLMo 2 is a label of OLMo (models18)
                written = _joint_free(text[s:e])
                labels = () if found else self.vocab.labels(concept)
                forms = {text[s:e], *(lb for lb in labels if _joint_free(lb) == written)}
                known = {
                    k
                    for label in forms
                    for form in (f"{label}-{size}", f"{label} {size}", f"{label.replace(' ', '-')}-{size}")
                    for k in self.vocab.labelled(form, "Model")
                }
                resolved[f].remove((s, e, concept, method))
                if len(known) == 1:
                    resolved[f].append((s, m.end(), known.pop(), "variant"))
                    continue
                name = text[s : m.end()]
                if proposes(name):
                    resolved[f].append((s, e, concept, method))
                    continue
                iri = self.vocab.discovered(rule, f"{text[s:e]} {size}")
                names.setdefault(name, iri)
                resolved[f] = _resolve_overlaps([*resolved[f], (s, m.end(), iri, "pattern")])

    def _patch_sizes(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A vision model's patch size and input resolution written after its name are part of it (models19): "DeiT-B/16",
        "ViT-B/16@384" are DeiT-Base and ViT-B, the span the whole form. A backbone with its patch size after a named
        model ("CLIP ViT-L/14", "DINOv2 ViT-L/14", "DINO ViT-S/16") is that model's member: the sized concept beneath
        it where the vocabulary has one ("DINOv2-L": the model's label with the backbone's size), else the model; the
        backbone is no model of its own there."""
        out: list[tuple[int, int, str, str]] = []
        for s, e, concept, method in sorted(spans):
            if not self._model(concept):
                out.append((s, e, concept, method))
                continue
            m = _PATCH.match(text, e)
            if m is not None and m.group(1) is not None and not _SIZE_LETTER_END.search(text, s, e):
                m = None  # "Llama-2/3", "GPT-4/5": two versions, no patch size (that follows a size: "ViT-B/16")
            end = m.end() if m is not None else e
            patched = (m is not None and m.group(1) is not None) or _PATCH_END.search(text, s, e) is not None
            prev = out[-1] if out else None
            if patched and prev is not None and prev[1] == s - 1 and text[s - 1] == " " and prev[2] != concept:
                family = prev[2]
                if family in self.named_models or (family.startswith(self._minted) and self._model(family)):
                    backbone = _PATCH_END.sub("", text[s:e])
                    size = backbone.split("-", 1)[1] if "-" in backbone else None
                    labels = self.vocab.labels(family) if family in self.kinds else (text[prev[0] : prev[1]],)
                    known = {
                        k
                        for lb in labels
                        for form in ((f"{lb}-{size}", f"{lb} {size}") if size else ()) + (f"{lb} {backbone}",)
                        for k in self.vocab.labelled(form, "Model")
                    }
                    out[-1] = (prev[0], end, known.pop() if len(known) == 1 else family, prev[3])
                    continue
            out.append((s, end, concept, method))
        return out

    def _model(self, concept: str) -> bool:
        """A model of the vocabulary or one the rules found."""
        kind = self.kinds.get(concept)
        return kind == "Model" if kind is not None else self.vocab.concept(concept).kind == "Model"

    def _one_data_set_per_definition(
        self, fields: Sequence[tuple[Field, str]], resolved: dict[Field, list[tuple[int, int, str, str]]]
    ) -> None:
        """A discovered data set's name followed by a bracket that holds nothing but another data set's name is one data set
        with it: "the Emory Breast Imaging Dataset (EMBED)", "the COVID-19 Open Research Dataset (CORD-19)" name EMBED and
        CORD-19, where both names would be discovered (benchrecall8); the long name links the bracketed one's concept,
        wherever it is written."""
        merged: dict[str, str] = {}
        for f, text in fields:
            starts = {s: (e, c) for s, e, c, _ in resolved[f]}
            for _, e, c, _ in resolved[f]:
                inner = starts.get(e + 2) if text.startswith(" (", e) else None
                if (
                    inner is not None
                    and text.startswith(")", inner[0])
                    and inner[1] != c
                    and c not in self.vocab.concepts  # discovered
                    and self.vocab.concept(c).kind == "Benchmark"
                    and self.vocab.concept(inner[1]).kind == "Benchmark"
                ):
                    merged[c] = inner[1]
        if merged:
            for f in resolved:
                resolved[f] = [(s, e, merged.get(c, c), m) for s, e, c, m in resolved[f]]

    def _long_forms_of_data_sets(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        abbreviations: dict[Field, list[Abbreviation]],
    ) -> None:
        """The long form of a new data set's short form names that data set, not a model inside it: "we construct Molmo-2
        Moments (M2M), a benchmark" names M2M and no Molmo-2 (test15, both golds); the long form links the data set."""
        for f, text in fields:
            for ab in abbreviations[f]:
                short = ab.long_end + 2 if text.startswith(" (", ab.long_end) else -1
                hit = next((c for s, e, c, _ in resolved[f] if s == short and e == short + len(ab.short)), None)
                if hit is None or hit in self.kinds or self.vocab.concept(hit).kind != "Benchmark":
                    continue
                if not all(
                    w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS
                    for w in text[ab.long_start : ab.long_end].split()
                ):
                    continue  # a long form written as a title only ("method that weights ... Applied to benchmark (Mini-ARC)")
                inside = [
                    sp
                    for sp in resolved[f]
                    if sp[0] >= ab.long_start and sp[1] <= ab.long_end and self.vocab.concept(sp[2]).kind == "Model"
                ]
                if inside:
                    kept = [sp for sp in resolved[f] if sp not in inside]
                    resolved[f] = _resolve_overlaps([*kept, (ab.long_start, ab.long_end, hit, "pattern")])

    def _one_spelling_per_name(self, resolved: dict[Field, list[tuple[int, int, str, str]]]) -> None:
        """A discovered name written in one paper with other capitals is one entity (models20: 52 corpus papers held two,
        "MDBENCH" in the title and "MDBench" in the abstract, "LoCoMo-Plus" and "Locomo-Plus", "OPERA" and "OPeRA"): the
        spelling not in capitals only, then the one written most often, then the abstract's first, names it."""
        spellings: dict[str, dict[str, list[int]]] = {}
        for f, spans in resolved.items():
            for s, _, c, _ in spans:
                if c not in self.kinds and DISCOVERED in c:
                    seen = spellings.setdefault(c.casefold(), {}).setdefault(c, [0, 1 << 30])
                    seen[0] += 1
                    if f == "abstract":
                        seen[1] = min(seen[1], s)
        merged: dict[str, str] = {}
        for group in spellings.values():
            if len(group) > 1:
                name = min(group, key=lambda c: (c.rsplit("/", 1)[1].isupper(), -group[c][0], group[c][1], c))
                merged.update((c, name) for c in group if c != name)
        if merged:
            for f in resolved:
                resolved[f] = [(s, e, merged.get(c, c), m) for s, e, c, m in resolved[f]]

    def _longer_names(
        self,
        fields: Sequence[tuple[Field, str]],
        resolved: dict[Field, list[tuple[int, int, str, str]]],
        names: dict[str, str],
        data_rule: DiscoveryRule,
    ) -> None:
        """A benchmark label that ends a longer data set's name before a head word links that name instead: "the Sign
        Language MNIST dataset" (see ``Discoverer.name_before_label``); so does one followed by another edition's year
        ("ISIC 2016" beside the label "ISIC 2018", ``Discoverer.spaced_edition``)."""
        for f, text in fields:
            for s, e, concept, method in list(resolved[f]):
                c = self.vocab.concepts.get(concept)
                if c is None or c.kind != "Benchmark":
                    continue
                wide = self.discoverer.name_before_label(text, s, e)
                edition = self.discoverer.spaced_edition(text, s, e, concept) if wide is None else None
                wide = (s, edition) if edition is not None else wide
                if wide is None or any(ws < wide[1] and we > wide[0] and ws != s for ws, we, _, _ in resolved[f]):
                    continue
                name = text[wide[0] : wide[1]]
                iri = names.setdefault(name, self.vocab.discovered(data_rule, name))
                resolved[f].remove((s, e, concept, method))
                resolved[f].append((wide[0], wide[1], iri, "pattern"))

    def _joined_occurrence(
        self,
        text: str,
        start: int,
        end: int,
        iri: str,
        data_rule: DiscoveryRule | None,
        spans: Sequence[tuple[int, int, str, str]],
        own: str | None,
        defined: dict[str, str],
    ) -> tuple[int, int, str, str]:
        """Another occurrence of a discovered name; joined to a name part, a data set's occurrence is another data
        set's name ("N-Caltech" beside a discovered "Caltech", "CIFAR-DVS" beside "CIFAR"), as a label's is (issue #3)."""
        wide = variant_span(text, start, end, strict=True) if data_rule is not None else None
        name = text[wide[0] : wide[1]] if wide is not None else ""
        if (
            wide is None
            or data_rule is None
            or self.vocab.concept(iri).kind != "Benchmark"
            or any(wide[0] < e and wide[1] > s for s, e, _, _ in spans)
            or self.discoverer.refuses(name)
            or name.endswith(self.vocab.model_suffixes)  # "EyePCR-MLLM": a model tuned on the data set
            or name == own  # "Proto-FG3D: Prototype-based ...": the paper's own method
            or name in defined  # "multi-objective multi-agent path finding (MO-MAPF)": a task's short form
            or "/" in name  # "MMFineReason-2B/4B/8B": sizes of a model
            or self.discoverer.refuses(text[wide[0] : start].rstrip("-"))  # "RGB-NIR": a modality joined before
            or self.discoverer.method_named(text, name)  # "we propose GeoMeld-FM, a pretraining framework"
            or "/" in text[text.rfind(" ", 0, wide[0]) + 1 : wide[0]]  # a part of a web address
        ):
            return start, end, iri, "pattern"
        return wide[0], wide[1], self.vocab.discovered(data_rule, name), "pattern"

    def _listed_model_label(self, cand: Candidate) -> bool:
        """The candidate is one model's context label ("HuBERT", "Whisper", "Gemini"), which waits for its terms."""
        return (
            len(cand.concepts) == 1 and cand.concepts == cand.context_label and self.kinds[next(iter(cand.concepts))] == "Model"
        )

    def _names_in_lists(
        self, text: str, waiting: Sequence[Candidate], decided: Sequence[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Models' context labels that stand in a list with a linked model ("pretrained models including VideoMAE,
        HuBERT, Qwen, and BridgeTower"; "GPT-4o, Claude, and Gemini"): the list says what they are, as a sibling
        acronym shows a post-training method's sense. A label so confirmed confirms the next one in the list. A
        benchmark's label that is also a task's name ("VQA", ``task_names``) waits the same way for a list of linked
        benchmarks ("evaluated on VQA and GQA"; models20)."""
        linked: dict[str, list[tuple[int, int]]] = {"Model": [], "Benchmark": []}
        for s, e, c, _ in decided:
            if (kind := self.kinds[c]) in linked:
                linked[kind].append((s, e))
        added: list[tuple[int, int, str, str]] = []
        pending = []
        for cand in waiting:
            # a model's word or size beside the name says what it is too (models19): "Aya 3.35B", "BAGEL (7B)", "the
            # Granite models", "the unified VLM BAGEL", "LLMs such as Aya"
            concept = next(iter(cand.concepts))
            if self.kinds[concept] == "Model" and (
                _MODEL_AFTER.match(text, cand.end) or _MODEL_BEFORE.search(text, max(0, cand.start - 40), cand.start)
            ):
                linked["Model"].append((cand.start, cand.end))
                added.append((cand.start, cand.end, concept, "context"))
            else:
                pending.append(cand)
        while pending:
            found = [
                cand
                for cand in pending
                if any(
                    (e <= cand.start and _LIST_GAP.fullmatch(text, e, cand.start))
                    or (s >= cand.end and _LIST_GAP.fullmatch(text, cand.end, s))
                    for s, e in linked[self.kinds[next(iter(cand.concepts))]]
                )
            ]
            if not found:
                break
            for cand in found:
                pending.remove(cand)
                concept = next(iter(cand.concepts))
                linked[self.kinds[concept]].append((cand.start, cand.end))
                added.append((cand.start, cand.end, concept, "context"))
        return added

    def _listed(self, text: str, start: int, end: int, kind: str, spans: Sequence[tuple[int, int, str, str]]) -> bool:
        """The hyphen-joined word around text[start:end] stands in a list with another name of its kind
        ("COCO-Stuff and ImageNet-Texture", "(RoboSpatial-Home, BLINK, BOP-ASK)"): there a capitalised word
        joined to a benchmark is part of a dataset's name, elsewhere ("ImageNet-Scale pretraining") it may not be."""
        ws, we = _word_run(text, start, end)
        for s, e, c, _ in spans:
            if (s, e) == (start, end) or self.vocab.concept(c).kind != kind:
                continue
            if (e <= ws and _LIST_GAP.fullmatch(text, e, ws)) or (s >= we and _LIST_GAP.fullmatch(text, we, s)):
                return True
        return False

    def _variant_defined_otherwise(self, name: str, defined: dict[str, str], base: str) -> bool:
        """The text defines the variant name as the short form of words none of the base concept's labels hold."""
        long_form = defined.get(name)
        if long_form is None:
            return False
        words = _content_words(long_form)
        return not any(words & _content_words(label) for label in self.vocab.labels(base))

    def _numbered_variants(
        self, text: str, rule: DiscoveryRule, spans: Sequence[tuple[int, int, str, str]]
    ) -> Iterator[tuple[int, int, str]]:
        """Names written as a known name with a number joined on: another version of a model ("Molmo2",
        "CogVideoX1.5"), a benchmark's edition by its year ("BraTS2021", "ISIC2019", "COCO17").

        The stem must be written as one of the kind's labels is, and be no generic family ("LLM2")."""
        for m in _numbered_names(text):
            stem, number = m.group(1), m.group(2)
            if any(m.start() < e and m.end() > s for s, e, _, _ in spans):
                continue
            if rule.kind == "Benchmark" and not _EDITION.fullmatch(number) and not self._numbered_family(stem, number):
                continue
            bases = [
                c for c in self.vocab.labelled(stem, rule.kind) if c not in rule.generic_bases and stem in self.vocab.labels(c)
            ]
            if len(bases) == 1:
                yield m.start(), m.end(), m.group(0)

    def _numbered_family(self, stem: str, number: str) -> bool:
        """The benchmark named by ``stem`` has members numbered by size ("Kinetics-400"), so "Kinetics600", with
        another number of two or more digits, is another member of it (a single digit, "ALFRED2", is not; nor is a
        number beside editions named by year: "DAVIS 2017" makes no "DAVIS346" camera a data set)."""
        if len(number) < 2 or not number.isdigit():
            return False
        numbered = _NUMBERED_MEMBERS.get(stem)
        if numbered is None:  # compiled once per stem (a compile per call cost more than the rest of the test)
            numbered = _NUMBERED_MEMBERS[stem] = re.compile(re.escape(stem) + r"[- ]?(\d{2,})")
        return any(
            (m := numbered.fullmatch(label)) is not None and m.group(1) != number and not _EDITION.fullmatch(m.group(1))
            for c in self.vocab.labelled(stem, "Benchmark")
            for label in self.vocab.labels(c)
        )

    def _known_model(self, name: str) -> bool:
        return bool(self.vocab.labelled(name, "Model"))

    def _hybrid_parts(
        self, text: str, span: tuple[int, int], spans: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """``spans`` with each part of the hybrid pair text[span] that names one model and has no link yet linked to it."""
        out = list(spans)
        start = span[0]
        for part in text[span[0] : span[1]].split("-"):
            end = start + len(part)
            models = self.vocab.labelled(part, "Model")
            if len(models) == 1 and not any(s < end and e > start for s, e, _, _ in out):
                out.append((start, end, models[0], "context"))
            start = end + 1
        return out

    def _joint_pair(self, text: str, span: tuple[int, int], rule: DiscoveryRule) -> bool:
        """Whether text[span] joins two families one of which is a language model's (``rule.joint_bases``): "LLM-SLM
        collaboration", "VLM-LLM pipelines", "LLM-GNN co-training" name two models working together (hsamp30)."""
        parts = text[span[0] : span[1]].split("-")
        if len(parts) != 2 or not rule.joint_bases:
            return False
        families = [[c for c in self.vocab.labelled(p, "Model") if c in rule.generic_bases] for p in parts]
        return all(families) and any(c in rule.joint_bases for fam in families for c in fam)

    def _hybrid_pair(self, text: str, span: tuple[int, int]) -> bool:
        """Whether text[span] joins two architectures that "hybrid" calls a mix ("a hybrid Mamba-Transformer model",
        "Hybrid CNN-Transformer architectures", "a Transformer-SSM hybrid"; tmod29): two parts, each a model's label or a
        technique's ("hybrid Mamba-Attention"), name what is mixed, as the golds list them (test2, test9 A/B, test18
        A/B), and no model of its own ("CNN-LSTM" alone, "Mamba-Transformer" in a title without "hybrid", stay one)."""
        start, end = span
        if not (_HYBRID_BEFORE.search(text, max(0, start - 8), start) or _HYBRID_AFTER.match(text, end)):
            return False
        parts = text[start:end].split("-")
        return len(parts) == 2 and all(
            p.lower() in _MIXED_LAYERS or self.vocab.labelled(p, "Model") or self.vocab.labelled(p, "Technique") for p in parts
        )

    def _sentence_terms(self, text: str, cand: Candidate, cache: dict[tuple[str, int], set[str]]) -> set[str]:
        """The context terms of the sentence a candidate stands in (a context label's sense is local)."""
        start, end = sentence_bounds(text, cand.start, cand.end)
        key = (text, start)
        if key not in cache:
            cache[key] = self._scan(text[start:end])[2]
        return cache[key]

    def _across_definitions(self, text: str, abbreviations: list[Abbreviation]) -> list[Candidate]:
        """Labels that run across a short form's definition: "key-value (KV) caching" is "key-value caching"
        (and "KV caching"), one mention from the long form's first word to the label's last."""
        out: list[Candidate] = []
        for ab in abbreviations:
            paren = _DEFINITION_PAREN.match(text, ab.long_end)
            if paren is None or paren.group(1) != ab.short:
                continue
            long_form = text[ab.long_start : ab.long_end]
            stop = sentence_bounds(text, paren.end(), paren.end())[1]
            rest = text[paren.end() : min(stop, paren.end() + _ACROSS_REACH)]
            # the label must read the same with the short form ("KV caching"): "Matrix Multiplication (MM)
            # kernels" or "Generative Adversarial (GA) learning" are no names of their own
            across = [c for c in self._scan(long_form + " " + rest)[0] if c.start < len(long_form) < c.end - 1]
            if not across:
                continue  # no label runs across: the short form's reading need not be scanned
            shorts = {(c.end - len(ab.short), c.concepts) for c in self._scan(ab.short + " " + rest)[0] if c.start == 0}
            for c in across:
                if (c.end - len(long_form), c.concepts) in shorts:
                    end = paren.end() + c.end - len(long_form) - 1
                    out.append(Candidate(ab.long_start + c.start, end, c.concepts, False, c.context_label))
        return out

    def _own_terms(self, surface: str) -> set[str]:
        """The context terms a label's surface holds itself."""
        if surface not in self._own_terms_cache:
            self._own_terms_cache[surface] = self.gazetteer.scan(surface)[2]
        return self._own_terms_cache[surface]

    def _terms_outside(
        self,
        texts: dict[Field, str],
        field: Field,
        cand: Candidate,
        sentence: bool,
        words: set[str],
        field_terms: dict[Field, set[str]],
    ) -> set[str]:
        """Which of ``words`` occur outside the candidate's span (in its sentence, or in any field;
        ``field_terms``: each field's context terms, its scan's own)."""
        if sentence:
            start, end = sentence_bounds(texts[field], cand.start, cand.end)
            if self._absent_outside(texts[field], cand, words, start, end):
                return set()  # none of them written in the sentence outside the span: no scan would find them
            return self._scan_terms(_blank(texts[field], [(cand.start, cand.end)])[start:end], words)
        elsewhere = words.intersection(set().union(*(field_terms[f] for f in texts if f != field)))
        if elsewhere == words:
            return elsewhere  # all of them in another field: the rest of this one need not be read again
        if self._absent_outside(texts[field], cand, words - elsewhere):
            return elsewhere  # none of the others written outside the span: no scan would find them
        return self._scan_terms(_blank(texts[field], [(cand.start, cand.end)]), words - elsewhere) | elsewhere

    def _scan_terms(self, text: str, words: set[str]) -> set[str]:
        """``self._scan(text)[2] & words``: which of these context terms a text holds outside its phrases of other senses."""
        spans = self._other_sense_spans(text)
        return self.gazetteer.scan_terms(_blank(text, spans) if spans else text, words)

    def _absent_outside(self, text: str, cand: Candidate, words: set[str], start: int = 0, end: int | None = None) -> bool:
        """No scan of text[start:end] with the candidate's span blanked (and then its phrases of other
        senses) finds any of ``words``, as no key of theirs is written there before or after the span.

        A key lies wholly outside the blanks where a scan finds it, so it is in the text as written there
        (in an ASCII text folding keeps each character in place): its spaces could stand only for a whole
        run of blanks, and every run is longer than the longest run of spaces inside a key (the span, the
        shortest phrase of other senses). Elsewhere (a text outside ASCII, a key that starts or ends with
        a space or holds a longer run of them) this does not follow: False.
        """
        spaces = self.gazetteer.term_key_spaces
        blanks = min(cand.end - cand.start, self._shortest_other_sense or cand.end - cand.start)
        end = len(text) if end is None else end
        if not text.isascii() or spaces is None or spaces >= blanks or not start <= cand.start <= cand.end <= end:
            return False
        hays = (fold(text), unify(text))
        for w in words:
            for hay, keys in zip(hays, self.gazetteer.term_keys[w], strict=True):
                for k in keys:
                    if hay.find(k, start, cand.start) >= 0 or hay.find(k, cand.end, end) >= 0:
                        return False
        return True

    def _decide(
        self, cand: Candidate, in_field: bool, terms: set[str], present: set[str], local_terms: set[str] | None = None
    ) -> tuple[str, str] | None:
        options = sorted(cand.concepts)
        keep = []
        for c in options:
            if c in cand.context_label:
                if not in_field:
                    continue
                needed = self.context_terms.get(c, ())
                if needed and not (terms if local_terms is None else local_terms).intersection(needed):
                    continue
            keep.append(c)
        if not keep:
            return None
        if len(keep) == 1:
            c = keep[0]
            if c in cand.context_label:
                return c, "context"
            return c, "label" if cand.exact else "variant"
        scored = sorted(((len(terms.intersection(self.context_terms.get(c, ()))), c) for c in keep), reverse=True)
        if scored[0][0] > scored[1][0]:
            return scored[0][1], "disambiguated"
        return None

    def _defined_otherwise(self, short: str, long_form: str) -> bool:
        """A label's short form defined with a long form that shares no word with its concepts' labels
        ("State of Charge (SOC)" is not a system-on-chip, "tokens per second (TPS)" not tensor parallelism)."""
        owners = self.label_owners.get(fold(short))
        if owners and all(self.kinds[c] == "Benchmark" for c in owners) and _TASK_LONG_FORM.search(long_form):
            # a data set's short form defined as a task's ("RS visual question answering (RSVQA)", "Visual Question
            # Answering (VQA)") names the task in this text, not the data set named after it (benchfield15)
            return True
        if not owners or any(
            self.vocab.concepts[c].pref_label == short and not any(_spells(lb, short) for lb in self.vocab.labels(c))
            for c in owners
        ):
            # the short form is the name itself ("BERT", "VGGT"); its expansion need not be listed. One that lists
            # it ("microcontroller unit" for MCU) is named otherwise by another: "Minor Component Unlearning (MCU)"
            return False
        words = _content_words(long_form)
        return bool(words) and not any(words & _content_words(lb) for c in owners for lb in self.vocab.labels(c))

    def _local_abbreviations(
        self,
        scans: dict[Field, tuple[list[Candidate], set[str], set[str]]],
        texts: dict[Field, str],
        abbreviations: dict[Field, list[Abbreviation]],
        accepted: Callable[[Candidate], bool],
    ) -> dict[str, str | None]:
        """Short forms the text defines -> the concept of their long form (None: defined as something unknown).

        A long form ending in a word with other senses defines nothing unless that word would link there
        ("charge exchange (CX)" in a physics text is no Exchange-rate dataset)."""
        local: dict[str, str | None] = {}
        for f in texts:
            cands = scans[f][0]
            for ab in abbreviations[f]:
                # the candidate that ends where the long form ends and starts nearest its start, inside it or
                # just before ("1-bit quantisation (BNN)", whose long form the initials cut to "bit quantisation")
                inside = [
                    c
                    for c in cands
                    if c.end == ab.long_end
                    and len(c.concepts) == 1
                    and (not c.context_label or (accepted(c) and not _defined_name_head(c, [ab], self.kinds)))
                ]
                if inside:
                    best = min(inside, key=lambda c: (abs(c.start - ab.long_start), c.start))
                    if (best.end - best.start) * 2 >= ab.long_end - ab.long_start:
                        local.setdefault(ab.short, next(iter(best.concepts)))
                        continue
                if ab.short in self.ambiguous_labels or self._defined_otherwise(ab.short, texts[f][ab.long_start : ab.long_end]):
                    # defined as something the vocabulary does not know ("State of Charge (SOC)"): not the
                    # vocabulary's sense
                    local.setdefault(ab.short, None)
        return local


# a task's long form: it ends in a task's noun and holds no head word of a data set nor a preposition ("Visual Question
# Answering"; not "Stanford Question Answering Dataset", "Long Range Arena", "Workshop on Spoken Language Translation")
_TASK_LONG_FORM = re.compile(
    r"^(?!.*\b(?:[Dd]ata ?[Ss]ets?|[Bb]enchmarks?|[Cc]orpus|[Cc]orpora|[Cc]hallenges?|[Ss]uite|on|of|for|in)\b)"
    r".*\b(?:[Aa]nswering|[Gg]rounding|[Dd]etection|[Ss]egmentation|[Rr]ecognition|[Cc]lassification|[Rr]etrieval|[Cc]aptioning|[Ee]stimation|[Tt]racking|"
    r"[Ss]ummarization|[Ff]orecasting|[Rr]e-?[Ii]dentification|[Tt]ranslation)$"
)
# the nouns of a model's parts that a coined name ends in ("... Attention Network", "... Encoder", "... Block", "... Router"):
# English, no names. Not a planner, scheduler, controller or predictor: a whole system, whose method word is often its
# method ("Tree-guided Diffusion Planner", "Model Predictive Controller"; tprec24)
_MODULE_NOUNS = frozenset(
    {"network", "net", "encoder", "decoder", "block", "module", "unit", "layer", "head", "branch", "bridge", "cell"}
    | {"connection", "integration", "fusion", "mamba", "transformer", "matrix", "loss", "backbone", "extractor"}
    | {"router", "gate", "gating", "selector"}
)
_NAME_WORD = re.compile(r"[A-Za-z][\w-]*")
_NAME_RUN = re.compile(r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)+")


def _of_field(vocab: Vocabulary) -> frozenset[str]:
    """Concepts joined to a top concept of the field by a path of broader links that no ``kg:domainEvidence false``
    mark cuts (``Linker.of_field``)."""
    memo: dict[str, bool] = {}

    def joined(iri: str) -> bool:
        if iri in memo:
            return memo[iri]
        memo[iri] = False  # a cycle joins nothing
        c = vocab.concepts.get(iri)
        ok = c is not None and iri not in vocab.not_evidence and (not c.broader or any(joined(b) for b in c.broader))
        memo[iri] = ok
        return ok

    return frozenset(iri for iri in vocab.concepts if joined(iri))


def _coined(long_form: str) -> bool:
    """A long form written as a proper name: two or more words, each capitalised but function words, and nothing
    else ("Hybrid Uncertainty Quantification Network"; not "Deep Reinforcement Learning (DRL)-based SoC Scheduler")."""
    if not _NAME_RUN.fullmatch(long_form):
        return False
    words = [w for w in _NAME_WORD.findall(long_form) if w.lower() not in _FUNCTION_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _spelt_by(words: str, short: str) -> bool:
    """The short form is the initials of the words, with their function words or without ("Mixture-of-Experts": MoE,
    "Squeeze-and-Excitation": SE): in "Squeeze-and-Excitation Block (SE)" it names the method, of which the text writes a
    standard module, no name it coins ("Weight Self-Attention Module (WSA)", "Temporal Difference Encoder (TDE)")."""
    found = _INITIAL_WORDS.findall(words)
    s = short.lower()
    content = [w for w in found if w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in found).lower() == s or "".join(w[0] for w in content).lower() == s


def _find_every(text: str, name: str) -> Iterator[int]:
    """Where ``name`` starts in ``text``, each occurrence (a few names per text: plain finds)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


def _spells(label: str, short: str) -> bool:
    """The label is an expansion of the short form: its words' initials spell it ("micro-controller unit": MCU)."""
    words = re.findall(r"[A-Za-z0-9]+", label)
    return len(words) > 1 and "".join(w[0] for w in words).lower() == short.lower()


_GLUED_AFTER = re.compile(r"-([A-Z0-9][A-Za-z0-9]*)")
# a name part with a capital (no number alone: "iPhone-15" is a version) joined after a platform's name ("iPhone-PTZ")
_GLUED_NAME_AFTER = re.compile(r"-((?=[A-Za-z0-9]*[A-Z])[A-Z0-9][A-Za-z0-9]*)(?![\w-])")
# what says the joined name is a data set's: its head word, or an apposition "X, a new ... benchmark"
_DATA_NAMED = re.compile(
    r"\s+(?:data\s*sets?|benchmarks?|corpus|corpora)\b"
    r"|,?\s+(?:a|an|the|our)\s+(?:(?!(?:for|of|on|in|with|to|by)\b)[\w-]+\s+){0,4}(?:data\s*sets?|benchmarks?|corpus)\b",
    re.IGNORECASE,
)
_GLUED_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z0-9][A-Za-z0-9]*)-$")
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _glued_run_start(text: str, start: int) -> int:
    """Where a match of ``_GLUED_BEFORE`` in text[:start] can start: the letters and digits before its
    hyphen, which stands at the end or before a final newline ("$"); none starts before them, so a search
    from there finds what a search of the whole text[:start] finds, without reading it all."""
    i = start - 1 if start and text[start - 1] == "\n" else start
    i = max(i - 1, 0)  # the hyphen
    while i > 0 and text[i - 1] in _ALNUM:
        i -= 1
    return i


_DEFINITION_PAREN = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9\-+/&.]{0,11}?)s?\s*\)\s+(?=[A-Za-z])")
_ACROSS_REACH = 60  # how far past a definition's bracket a label may run on


# a stop before a capital, a digit or a bracket, or a full stop at the end ("[.!?;](?=\s+[A-Z0-9(\[])|[.!?](?=\s*$)",
# written to open with its one class of stops, which the regex engine finds by a fast scan)
_SENTENCE_END = re.compile(r"[.!?;](?:(?=\s+[A-Z0-9(\[])|(?<=[.!?])(?=\s*$))")
_SENTENCE_END_SPLIT = re.compile(f"({_SENTENCE_END.pattern})")
_STOP_MARKS = bytes.maketrans(b"!?;", b"...")  # every character that may end a sentence as "." (a bytes table)


def _word_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The hyphen-joined word text[start:end] stands in ("ImageNet-Texture" around "ImageNet"), a full stop excepted."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "-_"):
        end += 1
    return start, end


def _initialisms(text: str, cands: Sequence[Candidate]) -> dict[str, frozenset[str]]:
    """The concepts a text names by several words, keyed by the initials of those words in capitals
    ("speculative decoding" under "SD"): an undefined short form with these initials may stand for them."""
    out: dict[str, frozenset[str]] = {}
    for cand in cands:
        if _one_word(text, cand.start, cand.end):
            continue  # most labels: one word of ASCII letters and digits, no initials of several
        words = _INITIAL_WORDS.findall(text, cand.start, cand.end)
        if len(words) > 1:
            key = "".join(w[0] for w in words).upper()
            out[key] = out.get(key, frozenset()) | cand.concepts
    return out


_INITIAL_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _one_word(text: str, start: int, end: int) -> bool:
    """text[start:end] holds ASCII letters and digits only, so ``_INITIAL_WORDS`` finds at most one word in it."""
    span = text[start:end]
    return span.isascii() and span.isalnum()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds text[start:end] (a full stop or semicolon, then a capital, ends one)."""
    starts, ends = _sentence_stops(text)
    i = bisect.bisect_right(ends, start)  # the stops before the span
    j = bisect.bisect_left(starts, end, i)  # the first stop after it (those between are inside it)
    return ends[i - 1] if i else 0, ends[j] if j < len(starts) else len(text)


@functools.lru_cache(maxsize=8)
def _sentence_stops(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the sentence stops of a text start and end, in text order (read once: a text is asked
    for the sentences of several spans)."""
    if not text.isascii():
        # from the lengths of the pieces a split leaves (separator, stop, ..., separator): no match object each
        bounds = tuple(itertools.accumulate(map(len, _SENTENCE_END_SPLIT.split(text))))
        return bounds[:-1:2], bounds[1::2]
    # in an ASCII text, the pattern tried only at its stop characters, found by a substring search (a stop is
    # one character: the matches are these positions, as a split finds them); its lookaheads are read here, not
    # by a call of the pattern per stop (issue 4): spaces, then a capital, a digit or a bracket; or, after a
    # stop other than ";", spaces to the end ("$" before a final line break: the line break is a space too)
    stops = text.encode("ascii").translate(_STOP_MARKS)
    n = len(text)
    starts = []
    at = stops.find(b".")
    while at >= 0:
        after = at + 1
        while after < n and text[after].isspace():
            after += 1
        if (after < n and after > at + 1 and text[after] in _SENTENCE_OPENERS) or (after == n and text[at] != ";"):
            starts.append(at)
        at = stops.find(b".", at + 1)
    return tuple(starts), tuple(a + 1 for a in starts)


_SENTENCE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789([")  # what _SENTENCE_END's lookahead reads after spaces


# "we propose TabTrim, ...", "We present Qwen3-VL-Seg": names a paper gives its own method or model
# a name of letters with a number joined on ("Molmo2", "CogVideoX1.5", "BraTS2021"); a letter after the
# first capital, so "H100" or "A6000" (product codes) are not read as "H" + 100
_NUMBERED = re.compile(r"(?<![\w.+/-])([A-Za-z][A-Za-z]*[A-Za-z])(\d+(?:\.\d+)?)(?![\w+/-]|\.\d)")
_LETTER_DIGIT = re.compile(r"\d(?<=[A-Za-z]\d)")  # a digit after an ASCII letter: found by a fast scan for digits
_ASCII_LETTERS = frozenset(string.ascii_letters)


# an ASCII text's shape: its letters "a", its digits "0", the rest as written (none of them a letter or a digit)
_SHAPE = bytes.maketrans((string.ascii_letters + string.digits).encode(), b"a" * 52 + b"0" * 10)


def _letter_digits(text: str) -> list[int]:
    """Where ``_LETTER_DIGIT`` matches: the digits after an ASCII letter. In an ASCII text, found as "a0" in its
    shape (a substring search, cheaper than the pattern's test of every character)."""
    if not text.isascii():
        return [m.start() for m in _LETTER_DIGIT.finditer(text)]
    shape = text.encode("ascii").translate(_SHAPE)
    out = []
    at = shape.find(b"a0")
    while at >= 0:
        out.append(at + 1)
        at = shape.find(b"a0", at + 2)
    return out


@functools.lru_cache(maxsize=8)
def _numbered_names(text: str) -> tuple[re.Match[str], ...]:
    """What ``_NUMBERED.finditer(text)`` finds, trying the pattern only where a match can start (a text is
    asked once per discovery rule).

    A match's letters run from its start to its first digit (a letter before the start fails the lookbehind),
    so it starts where the run of ASCII letters before a letter-digit boundary starts; elsewhere the pattern
    cannot match. Trying those starts left to right, past the end of the last match, is what finditer does.
    """
    out = []
    end = 0
    for digit in _letter_digits(text):
        start = digit - 1
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start >= end and (m := _NUMBERED.match(text, start)):
            out.append(m)
            end = m.end()
    return tuple(out)


_EDITION = re.compile(r"(?:19|20)\d\d|[12]\d")  # a year, written in full or by its last two digits
_PROPOSES = re.compile(
    r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|develop(?:s|ed)?|design(?:s|ed)?)\s+"
    r"(?:(?:a|an)\s+[^.;]{0,80}?(?:called|named|dubbed|termed)\s+)?([A-Z][\w.+]*(?:-[\w.+]+)*)"
)
# a sentence that introduces the paper's own model right before it: "We introduce the", "In this paper, we present a new",
# "This work proposes" (models17; see Linker._introduced_models)
_INTRODUCES = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study|article|report)|[Oo]ur (?:paper|work))\s+"
    r"(?:(?:also|further|first|then|here|now)\s+)?(?:propose|introduce|present)s?\s+(?:(?:the|our)\s+)?(?:(?:new|novel)\s+)?$"
)
_INTRODUCE_TRIGGER = re.compile(r"propose|introduce|present")  # what _introduce_verb finds (a test holds them equal)
# what follows a model the sentence introduces: a bracket ("(DAM)"), a colon, a stop, an apposition (", a ..."), not one
# that goes on with a purpose ("we introduce Mamba, a selective state-space model ..., to capture ...": a known model put
# to use). No model word: "we introduce the XLNet model", "we propose a ViViT model for ..." put known models to use
_INTRODUCED_AFTER = re.compile(
    r"\s*(?:\(|:|\.(?!\w)|,\s+(?:(?:a|an|the)\b(?![^.;]*?,\s+(?:to|in order to)\s)|which\b|that\b))|\s+(?:which|that)\b"
)
_FAMILY_ACRONYM = re.compile(r"[A-Z]{3,5}")  # a family's acronym label: "LLM", "VLM", "MLLM", "CNN"
_INTRODUCED_AS = re.compile(r"\s+(?:models?|architectures?|networks?|family|series)\b")  # "the UniRepLKNet architecture"
_SHORT_AFTER = re.compile(r" \(([A-Za-z][\w.+-]*)\)")  # the short form a bracket defines right after a name
_DESCRIBING_END = re.compile(r"-[a-z]+$")  # "Mamba-based", "GPT-style": a describing compound, no name

_PROPOSES_TRIGGER = prefilter(_PROPOSES.pattern) or _PROPOSES  # "propose", "present", ... then a name, found fast


# "FBNet: ...", "iTransformer: ...", "SambaNova SN40L: ...": one or two capitalised words, then a colon
_TITLE_HEAD = re.compile(r"\s*((?:[A-Z0-9]|[a-z]+[A-Z])[\w.+-]*(?: [A-Z0-9][\w.+-]*)?)\s*:\s")
# not benchmarks: a paper's own dataset is one it evaluates on ("LongSpecBench: ..." is its benchmark too)
_OFF_FIELD_DISCOVERY = frozenset({"Benchmark"})  # what discovery finds in a text that is not of the field
_OWN_KINDS = frozenset({"Model", "HardwarePlatform"})
_OWN_TECHNIQUE = frozenset({"Technique"})  # where the title's head is a coined name (Linker._own_kinds)
_OWN_BENCHMARK = frozenset({"Benchmark"})  # where the paper presents no data set by it (Linker._own_kinds)
# what says a title's head name is a data set's (own22, Linker._own_kinds): the name itself ("HealthBench", "Claw-Eval",
# "SHADE-Arena", "LaMP-QA"), a word of data or evaluation in the title after it ("MicroVQA: A ... Benchmark for",
# "HaluMem: Evaluating Hallucinations in ...", "SWE-smith: Scaling Data for ..."), or the abstract calling it one
# ("Video-Holmes, a benchmark", "Ambiguous Visual Question Answering (AQuA), a fine-grained dataset", "the WideSearch
# benchmark", "a dataset called X")
_DATA_NAME = re.compile(r"bench|eval|arena|gym|set|qa|data|corpus|suite", re.IGNORECASE)
_DATA_WORD = r"(?:bench\w*|datasets?|data set|corpus|corpora|suite|arena|testbed|leaderboard|challenge|collection)"
_DATA_TITLE = re.compile(r"\b(?:" + _DATA_WORD + r"|data|evaluat\w*|probing|assessing|measuring)\b", re.IGNORECASE)
# what calls the name a data set, compiled once: the words after it ("X, a benchmark", "X (...) dataset") and those
# before it, which must end where the name starts ("a dataset called X")
_DATA_AFTER = re.compile(
    r"\)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?" + _DATA_WORD + r"\b|(?:\s+\([^)]*\))?\s+" + _DATA_WORD + r"\b", re.IGNORECASE
)
_DATA_BEFORE = re.compile(
    r"\b" + _DATA_WORD + r",?\s+(?:(?:called|named|dubbed|termed)\s+)?(?:\w+\s+)?(?:\([^)]*\)\s+)?\Z", re.IGNORECASE
)
_NAME_EDGE = re.compile(r"[\w-]")


def _name_spans(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Every occurrence of ``name`` in ``text``, in any case (as a pattern of it with re.IGNORECASE finds them,
    overlapping ones too), by ``_find_every`` on the lower case; a text whose lower case changes its length (a few non-ASCII
    letters) is searched with that pattern."""
    low, key = text.lower(), name.lower()
    if len(low) == len(text) and len(key) == len(name):
        for i in _find_every(low, key):
            yield i, i + len(key)
        return
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    m = pattern.search(text)
    while m is not None:
        yield m.start(), m.end()
        m = pattern.search(text, m.start() + 1)


def _called_data(abstract: str, name: str) -> bool:
    """The abstract calls ``name`` a data set ("Video-Holmes, a benchmark", "the WideSearch benchmark", "a dataset
    called X"): each occurrence of the name, in any case, not inside a longer word, tried with the words after and
    before it. Not one pattern built around the name per paper: own22's first form did so, and compiling it cost 3.6M
    instructions a call, 7% of linking on c500."""
    for i, j in _name_spans(abstract, name):
        if (i == 0 or not _NAME_EDGE.match(abstract, i - 1)) and _DATA_AFTER.match(abstract, j):
            return True
        if (j == len(abstract) or not _NAME_EDGE.match(abstract, j)) and _DATA_BEFORE.search(abstract, 0, i):
            return True
    return False


def _within(text: str, start: int, end: int, name: str) -> bool:
    """text[start:end] lies inside an occurrence of ``name`` ("Aya" in "Tiny Aya", the title's own model: models19)."""
    i = text.find(name, max(0, end - len(name)), start + len(name))
    return i >= 0 and i <= start and end <= i + len(name)


def _introduce_verb(text: str, start: int, end: int) -> bool:
    """``_INTRODUCE_TRIGGER.search(text, start, end) is not None`` by substring searches (issue 4: the pattern's search
    tried its alternation at every character of every text of the field, and ``_INTRODUCES``'s at every character
    before each model's name; each match of either holds one of these verbs)."""
    return (
        text.find("propose", start, end) >= 0 or text.find("introduce", start, end) >= 0 or text.find("present", start, end) >= 0
    )


def _head_word_after(title: str, end: int) -> bool:
    """A data set's head word ("dataset", "benchmark", "corpus", in any case) after ``end``, which every match of
    ``_TITLE_DATASET`` and ``_TITLE_DATASET_BARE`` at ``end`` holds (issue 4: their words were tried one by one, a few
    at a time, in every title that opens with a name); True for a title not ASCII (a case-insensitive match may there
    take another character for one of the words' letters)."""
    if not title.isascii():
        return True
    rest = title[end:].lower()
    return "dataset" in rest or "benchmark" in rest or "corpus" in rest


def title_head(title: str) -> str | None:
    """The name a title opens with before a colon, the paper's own contribution ("FBNet" in "FBNet: ...")."""
    if ":" not in title:
        return None  # most titles: the pattern's match needs a colon (issue 4)
    m = _TITLE_HEAD.match(title)
    return m.group(1) if m else None


def _coined_name(name: str) -> bool:
    """A name written as one coined word ("XAttention", "DFlash", "SLAM", "Flow-GRPO", "Once-For-All"): no space, a
    capital or a digit after its first letter, and no word of lower case between its hyphens ("LLM-as-a-Judge",
    "Human-in-the-Loop", "Sim-to-Real" are a family's words)."""
    return (
        " " not in name
        and any(ch.isupper() or ch.isdigit() for ch in name[1:])
        and not any(part.islower() for part in name.split("-"))
    )


# "hybrid" right before or after a hyphen-joined pair of architectures ("a hybrid Mamba-Transformer", "CNN-ViT hybrid")
_HYBRID_BEFORE = re.compile(r"(?<![\w-])[Hh]ybrid[ -]$")
_HYBRID_AFTER = re.compile(r"[ -][Hh]ybrids?\b")
_JOINED_BEFORE = re.compile(r"(?<![\w-])[A-Za-z][\w.]*$")  # the part joined by a hyphen before a label's span
_MIXED_LAYERS = frozenset({"attention"})  # a layer, no label of its own, that a hybrid mixes ("hybrid Mamba-Attention")
# spaced parts that go on a proposed name up to its apposition, bracket, colon or stop: "We introduce Nemotron 3 Ultra, a
# 550 billion ... model" proposes "Nemotron 3 Ultra" (a version and a tier), "We present Nemotron 3 Nano 30B-A3B, a ..."
# "Nemotron 3 Nano" and its size; their discovered names are no mentions (tmod29)
_PROPOSED_TAIL = re.compile(r"(?: (?:\d[\w.+-]*|[A-Z][\w.+-]*)){1,3}(?=\s*(?:[,:(]|\.(?!\w)))")
_PROPOSED_SIZE = re.compile(r" \d+(?:\.\d+)?[BMK](?:-[\w.]+)?$")  # a parameter count last: " 30B-A3B", " 7B"


def _proposed_names(text: str, m: re.Match[str]) -> tuple[str, ...]:
    """The name a ``_PROPOSES`` match proposes, with the spaced parts that go on it ("Nemotron 3 Ultra"), and without a
    parameter count last ("Nemotron 3 Nano 30B-A3B" is "Nemotron 3 Nano" too). No shorter name: "we develop Seedream 3.0
    Fill, a ..." builds on Seedream 3.0, another paper's model."""
    name = m.group(1).rstrip(".")
    tail = _PROPOSED_TAIL.match(text, m.end(1)) if not m.group(1).endswith(".") else None
    if tail is None:
        return (name,)
    whole = name + tail.group(0)
    sized = _PROPOSED_SIZE.search(whole)
    return (name, whole, whole[: sized.start()]) if sized else (name, whole)


def _proposed(name: str, proposed: set[str]) -> bool:
    """The paper proposes this name, or the name it extends ("TabTrim-8B" after "we propose TabTrim")."""
    return name in proposed or name.split("-")[0] in proposed


# "Intel and ARM", "IoT, mobile, and": single-word modifiers coordinated before a hardware name's last word
_HEADED_KINDS = frozenset({"HardwarePlatform", "Technique"})  # whose coordinated modifiers share a head word
# what may stand between a product's name and its class word: glued variants and sizes ("-PCIE-40GB", "-SXM4-40 GB"),
# a spaced memory size ("16GB", "80 GB"), a trademark sign
_PRODUCT_TAIL = re.compile(r"(?:-[A-Za-z0-9.]+)*(?: ?\d+(?:\.\d+)? ?[GMT]i?B| ?[GMT]i?B)?(?: ?(?:™|®|\(TM\)|\(R\)|TM|T M))? ")
# a bracket right after a product that says which of its units ran: "Raspberry Pi 5 (CPU-only)", "Jetson Nano board
# (GPU-based)", "RB5 Gen2 (QNN GPU FP16)": up to two words before the class word, a suffix and two words after it
_UNIT_BEFORE = re.compile(r" \((?:[\w.+-]+ ){0,2}")
_UNIT_AFTER = re.compile(r"(?:-[a-z]+)?(?: [\w.+-]+){0,2}\)")
# a coordinated modifier is a word with a letter: "8-bit and 4-bit quantization", no "2 and 4-bit"
_COORDINATED = re.compile(r"(?<![\w-])((?:[A-Za-z0-9][\w-]*,\s+)*[A-Za-z0-9][\w-]*),?\s+(?:and|or)\s+$")
_COORDINATED_WORD = re.compile(r"(?<![\w-])(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]*")
_MODIFIER = re.compile(r"(?<![\w-])([A-Za-z][\w-]*[A-Za-z0-9]) $")  # one word right before a span


def _may_end_coordination(text: str, lo: int, end: int) -> bool:
    """Whether ``_COORDINATED.search(text, lo, end)`` can match: text[lo:end] ends with "and" or "or", then
    spaces (most spans follow neither, and the search tries every position of its window)."""
    return end > lo and text[end - 1].isspace() and text[lo:end].rstrip().endswith(("and", "or"))


def _may_end_modifier(text: str, lo: int, end: int) -> bool:
    """Whether ``_MODIFIER.search(text, lo, end)`` can match: text[lo:end] ends with a space ("$" matches
    before a final line break too)."""
    return text.endswith((" ", " \n"), lo, end)


def _modifier_before(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_MODIFIER.search(text, lo, end)``, tried only where a match can start (the search tried every position
    of its window, and ran each try's word to the window's end; issue 4).

    A match is a run of word characters and hyphens ("\\w": ``str.isalnum`` or "_") before the window's final
    space (or its space before a final line break), which none of them precedes (the lookbehind): it starts
    where that run starts, and nowhere if the run starts before the window."""
    if not _may_end_modifier(text, lo, end):
        return None
    at = end - 1 if text[end - 1] == " " else end - 2  # the space before "$"
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-"):
        at -= 1
    return _MODIFIER.match(text, at, end) if at >= lo else None


_NUMBERED_PAIR = re.compile(r"(?<![\w./-])([A-Za-z][A-Za-z]*-?)([A-Za-z0-9]+(?:/-?[A-Za-z0-9]+)+)(?![\w/])")
_PAIR_CHARS = _ASCII_LETTERS | frozenset(string.digits + "-")


def _numbered_pair_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_NUMBERED_PAIR.finditer(text)`` finds, trying the pattern only where a match can start (it
    backtracks through every word otherwise).

    Up to its first slash a match holds only ASCII letters, digits and hyphens, and none of them stands
    before it (the lookbehind), so it starts where the run of those before a slash starts. Trying those
    starts left to right, past the end of the last match, is what finditer does.
    """
    end = 0
    slash = text.find("/")
    while slash >= 0:
        start = slash
        while start > 0 and text[start - 1] in _PAIR_CHARS:
            start -= 1
        if start >= end and start < slash and (m := _NUMBERED_PAIR.match(text, start)):
            end = m.end()
            yield m
        slash = text.find("/", max(slash + 1, end))


_NUMBERED_KINDS = frozenset({"Benchmark", "Model"})
# a title's subtitle that says its name is a dataset's: ": A Multi-modal Emulated Rain Dataset for ...", ": A Benchmark for ..."
_TITLE_DATASET = re.compile(
    r"\s*:\s*(?:An?|The)\s+(?:(?!(?:for|of|on|in|with|via|to|from|and|by|towards?)\b)[\w-]+\s+){0,5}?"
    r"(?:Dataset|Benchmark|Corpus)s?(?=$|[\s,:;])",
    re.IGNORECASE,
)
# the same without an article (models20: of 61 such corpus titles whose name the abstract does not link, 59 name a
# data set): the head word ends the subtitle or a phrase follows it ("for", "of", "on", ...), not "and" ("ClimbingCap:
# Multi-Modal Dataset and Method", "GSM-SEM: Benchmark and Framework" are a method's too); a subtitle that opens with a
# verb's "-ing" form makes or adapts data ("Text2VLM: Adapting Text-Only Datasets to ..."); a one-capital name
# ("Descriptor: Dataset of Parasitoid Wasps") may be a word, and needs the article
_TITLE_DATASET_BARE = re.compile(
    r"\s*:\s*(?!(?:An?|The)\s)(?![\w-]+ing\s)(?:(?!(?:for|of|on|in|with|via|to|from|and|by|towards?)\b)[\w-]+\s+){0,5}?"
    r"(?:Dataset|Benchmark|Corpus)(?=$|\s*[,:;]|\s+(?:for|of|on|in|with|to|towards?|from|via|at)\b)",
    re.IGNORECASE,
)
# a subtitle that opens with what a benchmark does ("MedBLINK: Probing Basic Perception in ..."; "Benchmarking" opens a
# benchmarking tool's title too, "Bench360: Benchmarking Local LLM Inference"): the name is a dataset's where the
# abstract calls it one too ("We introduce Medblink, a benchmark designed to ..."), not where it is an evaluation framework
_TITLE_PROBE = re.compile(r"\s*:\s*(?:Probing|Evaluating|Assessing|Measuring|Diagnosing)\s")
_CALLED_DATASET = r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:benchmark|dataset|corpus)\b"
# a product set after a phrase as the one it means: ", specifically the AMD/", ", namely ", " (i.e., the "
_APPOSED = re.compile(r"(?:,|\()\s*(?:specifically|namely|i\.e\.,?)\s+(?:the\s+|an?\s+)?(?:[A-Za-z]+/)?$")
# what says a model's one-word name is the model's (models19): a size, a "v" release or a model's word after it ("Aya
# 3.35B", "BAGEL (7B)", "Granite v3", "the Zephyr model"; no bare number: "MAE 0.81", "SD 10.8" are a score's; not
# "family": "the HuBERT family lives in ..."), a family's acronym or "model(s)" right before it, or such a word and
# "such as" ("the unified VLM BAGEL", "LLMs such as Aya")
_MODEL_AFTER = re.compile(
    r"(?:'s)? (?:\(\d+(?:\.\d+)?[BM]\)|\d+(?:\.\d+)?[BM](?![\w.]| (?:tokens?|parameters?|params))|[vV]\d+(?:\.\d+)*(?![\w.%])"
    r"|(?:(?:large )?(?:language|vision-language|foundation|base|chat) )?"
    r"(?:models?|LLMs?|VLMs?|MLLMs?|LMMs?|series|checkpoints?)\b)"
)
_MODEL_BEFORE = re.compile(r"\b(?:LLMs?|VLMs?|MLLMs?|LMMs?|models?)(?:,? (?:such as|like|including|e\.g\.,?))? $")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|this|these|those|our|his|her)\s", re.IGNORECASE)  # a verb's object
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
_LIST_GAP_BEFORE = re.compile(r"(?:,\s*|\s(?:and|or|&)\s+)$")  # a list's gap right before an item
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:\d{1,4}\s*[x×]\s*)?")  # ", ", " and ", ", 8x"
# what a device records, written right after its name: the device is a sensor there, not a compute platform
_CAPTURED = re.compile(
    r"[- ](?:images?|photos?|photographs?|photography|pictures?|cameras?|IMUs?|sensors?|sensor data|videos?|recordings?"
    r"|footage|screenshots?|users?|owners?|ISPs?|LiDARs?|screens?|captured|recorded|acquired)\b"
)
# what a device is named after when it is the instrument data were taken with ("images captured with smartphones",
# "data collection with uncalibrated smartphones", "logs collected from the Titan supercomputer"): a data source there
_CAPTURED_BY = re.compile(
    r"\b(?:captur|record|collect|acquir|taken|shot|film|photograph|scann|gather)\w*\s+(?:with|by|using|via|from)\s+"
    r"(?:(?:the|a|an|their|our|commodity|consumer|off-the-shelf|uncalibrated|standard|ordinary|everyday|regular|multiple|two"
    r"|several|different|various|handheld|hand-held|low-cost|personal|participants'|users')\s+){0,2}$",
    re.IGNORECASE,
)
# a device whose sensors took the data ("camera-equipped mobile devices", "the sensor suites of modern smartphones")
_SENSED_BY = re.compile(
    r"\b(?:(?:camera|sensor|LiDAR)-(?:equipped|enabled)\s+|(?:cameras?|sensors?|sensor suites?|IMUs?|microphones?|LiDARs?"
    r"|accelerometers?|gyroscopes?)\s+(?:of|in)\s+(?:(?:the|a|an|their|modern|commodity|consumer|off-the-shelf|everyday"
    r"|standard|mobile)\s+){0,2})$",
    re.IGNORECASE,
)
# a platform's name as the maker of something ("an AI accelerator developed by Amazon Web Services", "created by
# Alibaba Cloud"): a company there, no platform
_MADE_BY = re.compile(
    r"\b(?:developed|designed|built|implemented|released|introduced|offered|provided|proposed|made|manufactured|produced"
    r"|launched|maintained|created|operated|hosted|owned|funded|supported|sponsored|run)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _device_other_use(text: str, start: int, end: int) -> bool:
    """The platform named at text[start:end] is a sensor that recorded data or a maker, not a platform run on."""
    if _CAPTURED.match(text, end, end + 24):
        return True
    before = max(0, start - 80)
    window = text[before:start]
    if window.isascii():
        # what a match of each case-insensitive search holds, in an ASCII text lower-cased (the searches try every
        # position of their window; most windows hold none of these words: issue 4)
        low = window.lower()
        return bool(
            (any(w in low for w in _CAPTURED_BY_WORDS) and _CAPTURED_BY.search(text, before, start))
            or (low.rstrip().endswith(("by", "the")) and _MADE_BY.search(text, before, start))
            or (any(w in low for w in _SENSED_BY_WORDS) and _SENSED_BY.search(text, before, start))
        )
    return bool(
        _CAPTURED_BY.search(text, before, start) or _MADE_BY.search(text, before, start) or _SENSED_BY.search(text, before, start)
    )


# what a phone or a wearable (kg:recordsData) is when the words around it make it the camera or sensor that took the
# data, or a good of a market, not a platform a model runs on (hwbench14: 400 corpus abstracts with a hardware link
# read; 18 of their 32 wrong hardware links were such devices):
# right after its name: "Smartphone Photography", "smartphone IQA", "the iPhone dataset", "Aria Glasses to record",
# "smartphones with multiple cameras", "smartphone usage predictions", "6 smartphone brands"
_RECORDING_AFTER = re.compile(
    r"(?i:[- ](?:imaging|photography|IQA|datasets?|data\s+sets?|benchmarks?|sequences?|usage|brands?|market|sales|prices?"
    r"|positions?|placements?|holders?)\b)"
    r"|,?\s+(?:to|in\s+order\s+to)\s+(?:record|capture|collect|film|acquire|photograph|monitor|measure|sense)\b"
    r"|\s+with\s+(?:(?:multiple|dual|two|three|several|many|their|its|built-in|front|rear|different)\s+){0,2}cameras?\b"
    # the device as the subject of its sensing (hw20): "Wearable devices record physiological signals", "wearable devices
    # can continuously lifelog ambient conversations", "Consumer wearables enable continuous measurement of ..."
    r"|\s+(?:that\s+|which\s+|can\s+)?(?:(?:continuously|passively|unobtrusively)\s+)?"
    r"(?:record|measure|monitor|sense|capture|collect|lifelog)(?:s|ed)?\b"
    r"|\s+(?:enable|allow|offer|provide|permit)s?\s+(?:(?:the|continuous|passive|unobtrusive|convenient|real-time|long-term)\s+)*"
    r"(?:monitoring|measurement|sensing|capture|collection|recording)\b"
    # one word between the name and what it took: "smartphone skin photos", "iPhone portrait-mode images", "Smartphone LR
    # images", "smartphone slow-motion videos" (hw20; a word joining another thing is no such word: "and", "or")
    r"|[- ](?!(?i:and|or|nor|to|for|with|in|on|of|as|vs)\b)[\w-]+ (?i:images?|photos?|photographs?|videos?|footage|pictures?)\b"
    # a data set the device names (hwprec25): "the Aria Gen 2 Pilot Dataset", "the ScanNet++ iPhone RGB-D subset", or a
    # list of data sets it is one of, their data word after the list: "on the Kubric-4D, iPhone, and DL3DV datasets"
    r"|[- ](?!(?i:and|or|nor|to|for|with|in|on|of|as|vs)\b)[\w-]+ (?i:datasets?|subsets?)\b"
    r"|(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\w.+-]+(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\w.+-]+){0,4}"
    r"\s+(?i:datasets?|data\s+sets?|benchmarks?)\b"
    # what it took, in a title's case, or a data set or image kind based on it: "from a Single Smartphone Video",
    # "a smartphone-based astrophotography dataset" (hwprec25)
    r"|[- ](?i:videos?|photos?|images?|pictures?|footage)\b"
    r"|-based\s+(?:[\w-]+\s+){0,2}(?i:datasets?|photography|astrophotography|imaging|photos?|images?|videos?)\b"
    # the device as what was used to take the data: "one head-mounted HoloLens 2 headset were used to capture 3D hand ..."
    r"|\s+(?:(?:was|were|is|are)\s+)?used\s+to\s+(?:record|capture|collect|film|acquire)\b"
)
_DEVICE_WORDS = (
    r"(?:(?:the|a|an|their|our|its|his|her|commodity|consumer|commercial|off-the-shelf|uncalibrated|standard|ordinary|everyday"
    r"|regular|multiple|two|three|several|different|various|handheld|hand-held|low-cost|personal|participants'|users'|modern"
    r"|mobile|egocentric|wearable|smart|used|new|state-of-the-art|latest|[\w]+-mounted|head-worn|worn)\s+){0,3}"
)
_DEVICE_LIST = r"(?:[\w-]+(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,2}"  # "sensors available on smartphones and smartwatches"
# before its name: "data collected on smartphones", "video recording through smartphones", "acquired with a
# vehicle-mounted smartphone", "captured by participants wearing AR glasses", "trajectories collected using commodity
# mobile hardware", "using DSLR cameras and egocentric AR glasses", "cameras embedded in smartphones", "sensors
# commonly available on smartphones", "fingerprint sensing on mobile devices", "handheld cameras, such as our
# smartphones", "a user holding a smartphone", "datasets (NeRF-DS, DAVIS, iPhone", "the price of a used iPhone"
_RECORDING_BEFORE = re.compile(
    r"(?:\b(?:captur|collect|acquir|gather|film|photograph)\w*\s+(?:on|in|through|via)\s+"
    r"|\bobserv\w*\s+(?:by|with|on|through)\s+"
    r"|\bshoot\w*\s+(?:[\w-]+\s+){0,2}(?:with|using)\s+"
    # what monitors through the device (hwprec25): "Real-time monitoring through wearable devices"
    r"|\bmonitor\w*\s+(?:through|via|with|using|by)\s+"
    # a gap of a few words, none of them what a run measures ("latency recorded with a Pixel 7" is a platform's)
    r"|\b(?:captur|record|collect|acquir|gather|film)\w*\s+"
    r"(?:(?!(?:latenc|times?\b|energy|power|throughput|speed|runtime|measure|memory|results|benchmark))[\w,'-]+\s+){0,5}?"
    r"(?:with|using|via|through|by|wearing)\s+"
    r"(?:[\w-]+\s+)?(?:cameras?\s+(?:and|or)\s+)?"
    r"|\b(?:cameras?|sensors?|sensor suites?|IMUs?|microphones?|accelerometers?|gyroscopes?|GPS)\)?,?\s+"
    r"(?:(?:\w+ly\s+)?(?:embedded|built|integrated|available|mounted|found|present|installed|deployed)\s+)?"
    r"(?:in|into|on|of|within|inside|from)\s+"
    r"|\bcameras?,?\s+(?:such\s+as|like|e\.g\.,?|including)\s+"
    r"|\bsensing\s+(?:on|in|with|via|through)\s+"
    r"|\b(?:holding|carrying|held|carried)\s+"
    r"|\b(?:prices?|costs?|sales|value)\s+of\s+"
    r"|\b(?:datasets?|benchmarks?)\s*(?:\(|:|,)\s*(?:[\w.+-]+(?:,\s*|\s+(?:and|or)\s+)){0,6}"
    # what the device's sensors gave (hw20): "sensor data from wearable devices", "physiological signals from wearable
    # devices", "Behavioral Data from Wearables", "raw measurements from a smartphone"
    r"|\b(?:data|signals?|streams?|readings?|recordings?|raw\s+measurements)\s+"
    r"(?:(?:collected|gathered|obtained|acquired|captured|recorded|derived|streamed)\s+)?(?:from|by)\s+"
    r")" + _DEVICE_WORDS + _DEVICE_LIST + "$",
    re.IGNORECASE,
)


def _recording_device(text: str, start: int, end: int) -> bool:
    """A phone or a wearable named at text[start:end] as the camera or sensor that took the data, a data set's name or
    a good, not a platform a model runs on (only asked of kg:recordsData devices)."""
    if _RECORDING_AFTER.match(text, end, end + 40):
        return True
    lo = max(0, start - 120)
    stop = max(text.rfind(". ", lo, start), text.rfind("; ", lo, start))
    if _RECORDING_BEFORE.search(text, stop + 2 if stop >= 0 else lo, start):
        return True
    if _ON_BEFORE.search(text, max(0, start - 60), start) or _FOR_BEFORE.search(text, max(0, start - 60), start):
        return False
    lo, hi = sentence_bounds(text, start, end)
    return _CAMERA_WORDS.search(text, lo, hi) is not None and _PHONE_RUNS.search(text, lo, hi) is None


# a phone in a sentence of its camera or sensors and of no model running there ("Hundreds of millions of people take
# photos using their smartphones", "diagonal artifacts in images captured by several Samsung smartphones", "Cameras are
# used with IMUs in applications such as self-driving cars, smartphones and UAVs"): the camera, no platform (hwprec25)
_CAMERA_WORDS = re.compile(
    r"\b(?:cameras?|photo\w*|images?|imaging|imagery|videos?|lens(?:es)?|optic\w*|exposure|selfies?|RAW|sensors?|IMUs?"
    r"|LiDARs?|captur\w*|pictures?)\b",
    re.IGNORECASE,
)
_PHONE_RUNS = re.compile(
    r"\b(?:deploy\w*|on-device|locally|run\w*|inference|execut\w*|operat(?:es?|ing)|resource[- ](?:constrained|limited)"
    r"|LLMs?|VLMs?|LMMs?|DNNs?|CNNs?|TinyML|models?|networks?|real-time|latency|FPS|fast|speed\w*|efficien\w*|lightweight|memory"
    r"|comput\w*|hardware|energy|power|app|apps|application|enhancement|generation|editing|super-resolution)\b",
    re.IGNORECASE,
)


# a text about agents that operate a device through its screen ("GUI agents", "mobile agents", "Computer-using agents",
# "Mobile Phone Agents", "agents interacting with smartphone GUIs"): the phones it names are what the agent operates, the
# environment of its tasks ("Mobile GUI agents execute complex tasks on mobile devices", "PSPA-Bench: A Personalized
# Benchmark for Smartphone GUI Agent"), no platform a model runs on (hw20: 34 of the 45 such corpus links were wrong)
_AGENT_TEXT = re.compile(
    r"\b(?:GUIs?|UI|mobile|phone|smartphone|Android|computer[- ]use|computer-using|device[- ]control)\)?"
    r"(?:-based|-powered)?[- ](?:use\s+)?agents?\b",
    re.IGNORECASE,
)
# ... or a text that names both a GUI and an agent ("whether an agent can correctly ground an instruction", "fine-grained
# GUI interaction")
_GUI_WORD = re.compile(r"\bGUIs?\b|\b(?i:graphical\s+user\s+interfaces?)\b")
_AGENT_WORD = re.compile(r"\b(?i:agents?|agentic)\b")
# ... unless the sentence of the name says a model runs there ("Small GUI agents that can be deployed directly on mobile
# devices", "low-latency execution on mobile devices", "on-device inference on smartphones"; "long-latency tasks" are
# the agent's)
_RUNS_THERE = re.compile(
    r"\b(?:deploy\w*|on-device|locally|local|runs?|running|inference|(?<!long-)latency|resource-constrained|low-power|energy"
    r"|speed\w*|FPS|throughput|lightweight|edge|hardware)\b",
    re.IGNORECASE,
)


# ... or, in a text that names agents, the device as what is operated ("agents that autonomously operate mobile devices",
# "Vision-Language Agents for Mobile Device Control", "App agents that ... operate smartphone Apps", "agents for
# smartphone operation"; hwprec25)
_OPERATED_BEFORE = re.compile(
    r"\b(?i:operat(?:e|es|ed)|control(?:s|led|ling)?|automat(?:e|es|ed|ing)|(?:automatic\s+)?control\s+of)\s+"
    r"(?:(?:the|a|an|their|real|physical|(?:[\w-]+\s+)?autonomously)\s+)?$"
)
_OPERATED_AFTER = re.compile(r"[- ](?i:control|operations?|interaction|automation|apps?(?:\s+operation)?)\b")


def _agent_operated(text: str, start: int, end: int, texts: dict[Field, str]) -> bool:
    """A phone or a wearable named at text[start:end] in a text about agents that operate devices through their screens,
    or as what a text's agents operate, in a sentence with no words of a model running there: what the agent operates,
    not a platform (only asked of kg:recordsData devices)."""
    stop = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    hi = text.find(". ", end)
    if _RUNS_THERE.search(text, stop + 2 if stop >= 0 else 0, hi if hi >= 0 else len(text)):
        return False
    agents = any(_AGENT_WORD.search(t) is not None for t in texts.values())
    if agents and (_OPERATED_AFTER.match(text, end, end + 24) or _OPERATED_BEFORE.search(text, max(0, start - 60), start)):
        return True
    return any(_AGENT_TEXT.search(t) is not None for t in texts.values()) or (
        agents and any(_GUI_WORD.search(t) is not None for t in texts.values())
    )


# words of a model running on a device: all a wearable right after "for" may link by (_RUNS_ON); _RUN_THERE takes them
# and words of the device as compute
_MODEL_RUNS = (
    r"deploy\w*|on-device|locally|run\w*|inference|execut\w*|operat(?:es?|ing)|resource[- ](?:constrained|limited)"
    r"|models?\s+on|LLMs?|VLMs?|LMMs?|neural\s+networks?|DNNs?|CNNs?|TinyML"
)


# words of a model running on a device, or of the device as compute, in the sentence of a wearable's name
# (kg:platformWhenRun; hwgen21): "deployed on wearable devices", "runs entirely on smartwatches", "HAR on wearable and
# mobile devices is constrained by memory footprint and computational budget", "Real-time Text Recognition ... in
# Wearables"; not "Continuous monitoring of behavior via wearable devices", "flicker due to low-persistence in VR headsets".
# Nor words of the device or of the task it serves (hwprec22, 10 corpus links, all wrong, and test13's one): a computer
# ("human-computer interaction, especially in wearable devices"), a lightweight wearable ("a lightweight, necklace-style
# form factor"; "lightweight models" still run), speed ("high-speed motion"; "speedups" count) and latency ("Eye tracking
# for wearable systems demands low latency": what the application needs)
_RUN_THERE = re.compile(
    r"\b(?:" + _MODEL_RUNS + r"|local|low-power|energy|speed-?ups?|FPS|throughput|edge|hardware|on-?board"
    r"|lightweight(?=[\s-]+(?:[\w-]+\s+)?(?:models?|networks?|architectures?|backbones?|classifiers?|detectors?|CNNs?|DNNs?"
    r"|transformers?|encoders?|neural))"
    r"|real-time|comput(?!ers?\b)\w*|memory|processors?|chips?|accelerat\w*|efficien\w*|power\s+consumption|battery)\b",
    re.IGNORECASE,
)


# ... or the name right after "on" ("EEG Analysis on Wearable Devices", "reasoning on smart glasses", "slicing on
# consumer-grade VR headsets"), unless the device is what something is worn or mounted on ("IMUs mounted on smart glasses")
_ON_BEFORE = re.compile(
    r"(?<![\w-])(?<!worn )(?<!mounted )(?<!attached )(?<!placed )(?<!strapped )(?<!fixed )(?i:on)\s+(?:[\w-]+\s+){0,2}$"
)


# ... but a wearable right after "for" is what a task or a design is for ("Eye tracking for wearable systems demands low
# latency and milliwatt-level power, but conventional pipelines struggle with ... high compute cost", "remains challenging
# for wearable platforms", "critical for wearable devices capturing egocentric data"): the device the application serves,
# a platform only where the sentence runs a model there ("adapting DNN-based online EEG analysis for wearable devices",
# "HAR for resource-constrained wearables", "a lightweight model for smartwatches"; hwprec22)
_FOR_BEFORE = re.compile(r"(?<![\w-])(?i:for)\s+(?:(?!(?i:in|on|of|with|to|from|by|at|via|and|or)\b)[\w-]+\s+){0,2}$")
_RUNS_ON = re.compile(r"\b(?:" + _MODEL_RUNS + r"|lightweight(?=[\s-]+(?:[\w-]+\s+)?models?\b))\b", re.IGNORECASE)


def _run_there(text: str, start: int, end: int) -> bool:
    """The sentence of text[start:end] has words of a model running on the device named there, or of the device as
    compute, or the name comes right after "on" (kg:platformWhenRun devices link only so); right after "for", only
    words of a model running there count."""
    if _ON_BEFORE.search(text, max(0, start - 60), start):
        return True
    lo, hi = sentence_bounds(text, start, end)
    if _FOR_BEFORE.search(text, max(0, start - 60), start):
        return _RUNS_ON.search(text, lo, hi) is not None
    return _RUN_THERE.search(text, lo, hi) is not None


# a generic accelerator that the text exemplifies by another class: "devices lacking hardware accelerators like GPUs",
# "accelerators such as GPUs and TPUs", "low-power accelerators (i.e., both mobile GPU and NPU)": the accelerator is that
# class, no ASIC (hwbench14, hwfield15)
_EXEMPLIFIED = re.compile(
    r",?\s+(?:such\s+as|like|e\.g\.,?|i\.e\.,?|including|\((?:[ei]\.[eg]\.,?\s*)?)\s*(?:(?:the|both)\s+)?"
    r"(?:[A-Z][\w-]*\s+|mobile\s+|embedded\s+|edge\s+)?"
    r"(?:GPUs?|TPUs?|NPUs?|CPUs?|graphics\s+processing)\b"
)


# a class right before "accelerator(s)" is the class the accelerators are ("massive GPU accelerators", "TPU accelerator")
_CLASS_BEFORE = re.compile(r"(?<![\w-])(?:GPUs?|TPUs?|NPUs?|CPUs?|DSPs?|IPUs?)[- ]$")
# an in-memory design before "-based" is the kind the accelerators are ("Compute-In-Memory (CIM)-based neural network
# accelerators", "ReRAM-based DNN accelerators"; hwsense17): computing-in-memory, no ASIC
_IN_MEMORY_BEFORE = re.compile(
    r"(?i:\b(?:CIM|PIM|IMC|in-memory|ReRAM|RRAM|memristor|memristive|crossbar)\)?[- ]based\s+(?:[\w-]+\s+){0,3})$"
)
# a class that the sentence says is an accelerator ("Graphics Processing Units (GPUs) have been a popular accelerator for
# computer vision", "FPGAs are an attractive accelerator"; hwleft17): the accelerator is that class, no ASIC nor FPGA; a
# comparison or a possessive between them puts another accelerator there ("CPUs are slower than our accelerator")
_CLASS_IS_ACCELERATOR = re.compile(
    r"(?<![\w-])(?:GPUs?|TPUs?|NPUs?|CPUs?|DSPs?|IPUs?|FPGAs?)\)?\s+"
    r"(?:have\s+been|has\s+been|are|is|was|were|remains?|became|become|serves?\s+as|acts?\s+as)\s+"
    r"(?:(?:a|an|the|one\s+of\s+the)\s+)?"
    r"(?:(?!(?:than|our|their|its|this|that|these|those|to|for|with|by|on|in|of|from|and|or|as|while|not)\b)[\w-]+\s+){0,3}$"
)
# an exemplified accelerator anywhere in the title or abstract says what the text's bare accelerators are
_EXEMPLIFYING = re.compile(r"\b[Aa]ccelerators?" + _EXEMPLIFIED.pattern)


def _exemplified_accelerator(text: str, start: int, end: int, texts: dict[Field, str]) -> bool:
    """A generic accelerator that is another class: exemplified by it ("accelerators such as GPUs"), written after it
    ("GPU accelerators", "CIM-based DNN accelerators"), said to be one ("GPUs have been a popular accelerator"), or
    bare where the text exemplifies its accelerators so ("low-power accelerators (i.e., both mobile GPU and NPU)" ...
    "a multi-accelerator device")."""
    word = text[start:end].lower().rstrip("s")
    if not word.endswith("accelerator"):
        return False
    if _EXEMPLIFIED.match(text, end, end + 48) or _CLASS_BEFORE.search(text, max(0, start - 5), start):
        return True
    if _IN_MEMORY_BEFORE.search(text, max(0, start - 64), start):
        return True
    if _CLASS_IS_ACCELERATOR.search(text, max(0, start - 72), start):
        return True
    return word == "accelerator" and any(_EXEMPLIFYING.search(t) for t in texts.values())


# one of these opens every match of _CAPTURED_BY, and one of those every match of _SENSED_BY (lower-cased)
_CAPTURED_BY_WORDS = ("captur", "record", "collect", "acquir", "taken", "shot", "film", "photograph", "scann", "gather")
_SENSED_BY_WORDS = ("camera", "sensor", "lidar", "imu", "microphone", "accelerometer", "gyroscope")


# a short word between the name and the head word describes the data set ("the NeRF-DS and HyperNeRF datasets", "the
# D-NeRF synth dataset"); a preposition or "model" puts the name outside it ("surpasses X-671B on three math benchmarks")
# A name "/"-joined to it is another data set's ("the FinRL-DeepSeek/FNSPID task"), and a task named by the name alone or
# in such a pair is a benchmark's task, no model (leftovers14; not before a noun: "the Ministral-8B task baseline")
# a parameter count written spaced after a model's name ("Gemma 3 27B", "Qwen 2.5 32B Instruct"), not a count of data
_SPACED_SIZE = re.compile(
    r"[ -](?:(\d{1,2}) ?(?:[x\u00d7]|\$\\times\$|\\times) ?)?"  # the experts of "8x7B", "8×7B", "8$\times$7B" (models19)
    r"(\d+(?:\.\d+)?[BM])(?![\w+/-]|\.\w)(?! (?:tokens?|images?|samples?|examples?|words?|pairs?|instances?|frames?|videos?|"
    r"documents?|sentences?|hours?|users?|queries|rows?|records?|steps?|points?|params?|parameters?))"
)
# a model's tag with its parameter count after a colon, as local model runners name them ("gpt-oss:120b",
# "Llama3.3:70b", "qwen2.5-coder:32b"; 61 in the 2025 corpus): that size of the model, as "gpt-oss 120B" is (hw23)
_TAGGED_SIZE = re.compile(r":()(\d+(?:\.\d+)?[BbMm])(?![\w+/:-]|\.\w)")
_MORE_SIZES = re.compile(r"(?:,|,? and|,? or|/) ?\d+(?:\.\d+)?[BM]\b")
# the lower-case words of a name written as a title ("Fairness Benchmark in LLM under Extreme Scenarios")
_TITLE_SMALL_WORDS = frozenset({"of", "and", "for", "with", "on", "in", "under", "the", "to", "a", "an", "&"})
# a shared task's number after its benchmark's name: "SemEval-2025 Task 11", "NLPCC 2025 Shared Task 4", "DCASE Challenge
# Task 1", "Medical Segmentation Decathlon Task01" (``Linker._shared_tasks``)
_TASK_AFTER = re.compile(r"(?: (?:Shared|Challenge|Lab))? Task ?\d{1,2}[A-Za-z]?\b")
_DATASET_AFTER = re.compile(
    r"(?:\s*/\s*[A-Z][\w-]*|\s+(?:and|or|&|[A-Z][\w-]*|(?!(?:on|in|at|of|for|to|by|with|from|over|than|all|models?)\b)[a-z]{1,5}),?){0,3}"
    r"\s+(?:datasets?|benchmarks?)\b|(?:\s*/\s*[A-Z][\w-]*)?\s+tasks?\b(?![\s-]+[a-z])"
)
_COORDINATOR_WORD = re.compile(r"\b(?:and|or)\b|&")
_DATA_NOUN = re.compile(r"\b" + _DATA_WORD + r"\b", re.IGNORECASE)  # a data word before a list in its sentence
_TASK_WORD = re.compile(r"[- ]tasks?\b")
# a metric's short form written as a measured value (models20: "MAE" is also Masked Autoencoder; on the 2025 corpus 41
# such context links of MAE, all the metric, none the model): a value, a relation or a comparison after it ("MAE =
# 0.0875", "MAE of 3.2 bpm", "MAE from 13.18 m to 1.80 m", "MAE/MSE", "MAE and RMSE"), a number with its unit, a split or
# a comparison before it ("6.1 degrees MAE", "-0.07 MAE on SHB", "test MAE", "lower MAE", "reduction in MAE", "MSE, MAE")
_VALUE_AFTER = re.compile(
    r"\$?\s*(?:[=:<>≤≥≈]|\\(?:approx|leq|geq|sim)\b|\\?_|of\s+(?:only\s+|about\s+|~|≈)?[-+]?\.?\d"
    r"|(?:from|to|between)\s+[~≈]?[-+]?\.?\d|[-+]?\d|/\s*R?MSE\b|\s*(?:,\s*|\s+and\s+)(?:R?MSE|RMSE|MAPE|R2|R\^2|\$R\^2)"
    r"|\s+(?:increases|decreases|drops|rises)\s+(?:from|to|by)\b|\s+(?:reductions?|errors?|values?|scores?)\b)"
)
_VALUE_BEFORE = re.compile(
    r"(?:(?<![\w.])[-+]?\d(?:[\d.,]*\d)?\s*(?:%|(?!D\b)[A-Za-zµ°]{1,7}\b)?\s+(?:[A-Za-z]+\s+){0,2}"
    r"|(?<![\w-])(?:test|validation|val|training|train|lower|higher|lowest|highest|mean|average|overall|final|in\s+terms\s+of"
    r"|(?:reduc|decreas|improv|increas)\w*(?:\s+in)?)\s+(?:[a-z]+\s+)?"
    r"|(?:R?MSE|RMSE|MAPE|R2|R\^2)\s*(?:,\s*(?:and\s+)?|\s+and\s+|/\s*))\$?$"
)


def _defined_name_head(cand: Candidate, abbreviations: list[Abbreviation], kinds: dict[str, str]) -> bool:
    """``cand``, a model's context label, is the last word of a longer name the text defines by a short form after it
    ("Visual Geometry Grounded Transformer (VGGT)", modhw27): a word of that model's name, no mention of its own."""
    return all(kinds[c] == "Model" for c in cand.concepts) and any(
        ab.long_end == cand.end and ab.long_start < cand.start for ab in abbreviations
    )


def _metric_named(text: str, end: int, tails: tuple[str, ...]) -> bool:
    """A metric's name runs on from a model's label ending at ``end``: one of ``tails`` (its rest, folded, from the
    joint on: " score", "-t") follows there and ends at a word's end ("CLIP score", "CLIP-T"; not "CLIP-Tiny")."""
    after = fold(text[end : end + max(map(len, tails)) + 1])
    return any(after.startswith(t) and not after[len(t) : len(t) + 1].isalnum() for t in tails)


def _measured(text: str, start: int, end: int) -> bool:
    """text[start:end], a metric's short form, is written as a measured value (``_VALUE_AFTER``, ``_VALUE_BEFORE``)."""
    return _VALUE_AFTER.match(text, end) is not None or _VALUE_BEFORE.search(text, max(0, start - 40), start) is not None


# a benchmark stem's members numbered by size ("Kinetics-400"), compiled per stem once (see Linker._numbered_family)
_NUMBERED_MEMBERS: dict[str, re.Pattern[str]] = {}
_HYPHEN_LOWER = re.compile(r"-[a-z]")  # a hyphen and a lower-case word glued after a platform's name ("-friendly")
_TILDE = re.compile(r"(?<=\w)~(?=\w)")
# a vision model's patch size and input resolution after its name: the "/16" of "DeiT-B/16", "@384" of "ViT-B/16@384"
_PATCH = re.compile(r"(?:/(\d{1,2})(?:@\d{3,4})?|@\d{3,4})(?![\w/]|[.-]\w)")
_SIZE_LETTER_END = re.compile(r"-(?:Ti|T|S|B|M|L|H|G|g|XL|XXL|Tiny|Small|Base|Medium|Large|Huge|Giant)$")
_PATCH_END = re.compile(r"/\d{1,2}(?:@\d{3,4})?$")  # a label that holds the patch size ("ViT-L/14")
# the top-level domains of addresses written without "http" or "www." ("huggingface.co/datasets/x",
# "anonymous.4open.science/r/x"): generic ones and countries' (not "js", "cpp": "Node.js/Deno", "llama.cpp/vLLM")
_TLD = (
    r"(?:com|org|net|edu|gov|io|ai|co|app|dev|science|info|page|site|xyz|tech|group|top|earth|"
    r"de|cn|uk|fr|jp|kr|be|ly|me|in|il|ms|eu|ch|nl|ca|au|it|cz|tw|dk|es|ru|br|se|fi|at|pl|sg|hk)"
)
# a web address: "http(s)://...", "www....", a dotted host ending in a top-level domain and "/" ("github.com/x/y"),
# or an e-mail address ("name@lab.example.edu")
_URL = re.compile(r"(?:https?://|www\.|\b[\w-]+(?:\.[\w-]+)*\." + _TLD + r"/|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b)\S*")
# what every web address holds ("://", "www.", ".co/", "@"), searched for before any address is
_URL_TRIGGER = re.compile(r"://|www\.|\." + _TLD + r"/|@")
_URL_DOMAIN_END = re.compile(r"\." + _TLD + r"/")  # where _URL's third form ("github.com/") ends its domain

# LaTeX's formatting commands around a word or name ("\\textbf{SpatialAct}", "\\textsc{LongTraceRL}"): discovery reads
# their argument alone (benchrecall8)
_LATEX_FORMAT = re.compile(
    r"\\(?:textbf|textit|textsc|texttt|textsf|textrm|emph|underline|mathbf|mathrm|mathit|mathsf|mathtt|boldsymbol)"
    r"\{([^{}\\$]*)\}"
)


def _unwrapped(text: str) -> tuple[str, list[int]] | None:
    """The text with LaTeX's formatting commands taken off their arguments, and the offset in ``text`` of each of its
    characters (and of its end), or None where the text has none."""
    parts: list[str] = []
    back: list[int] = []
    last = 0
    for m in _LATEX_FORMAT.finditer(text):
        parts += (text[last : m.start()], m.group(1))
        back += range(last, m.start())
        back += range(m.start(1), m.end(1))
        last = m.end()
    if not parts:
        return None
    parts.append(text[last:])
    back += range(last, len(text))
    back.append(len(text))
    return "".join(parts), back


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """text[start:end] lies within one of ``spans`` (a few web addresses)."""
    return any(a <= start and end <= b for a, b in spans)


def _url_trigger(text: str) -> bool:
    """``_URL_TRIGGER.search(text) is not None`` by substring searches, the pattern of its third form searched only in
    a text with a slash (issue 4: the pattern's search tried its alternation at every character of every text)."""
    if "/" not in text:
        return "@" in text or "www." in text
    return "://" in text or "www." in text or "@" in text or _URL_DOMAIN_END.search(text) is not None


def _url_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_URL.finditer(text)``, the pattern tried only where a match can start (its third form,
    "\\b[\\w-]+", tried at every word, backtracked through it: a twelfth of linking; issue 4).

    A match starts with "http" or "www.", or in the run of word characters and hyphens before a domain's end
    (".com/"); trying those starts left to right, past the end of the last match, is what finditer does.
    """
    starts: set[int] = set()
    for lead in ("http", "www."):
        at = text.find(lead)
        while at >= 0:
            starts.add(at)
            at = text.find(lead, at + 1)
    for m in _URL_DOMAIN_END.finditer(text):
        at = m.start()
        while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-."):  # [\w.-] ("\w": isalnum or "_")
            at -= 1
            starts.add(at)
    at = text.find("@")
    while at >= 0:  # an e-mail address starts in the run of [\w.+-] before its "@"
        lo = at
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "_.+-"):
            lo -= 1
            starts.add(lo)
        at = text.find("@", at + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for at in sorted(starts):
        if at >= end and (url := _URL.match(text, at)):
            out.append(url.span())
            end = url.end()
    return out


_JOINING = re.compile(r"\w-(?:to|vs|versus|and|or)-$")


def _compound_start(text: str, start: int) -> int:
    """Where the hyphenated word that text[start] continues starts ("non-" of "non-LLM", "self-" of "self-supervised")."""
    at = start
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at


def _negated(text: str, start: int, kinds: Collection[str]) -> bool:
    """A span starting inside a hyphenated word opened by "non-" names what it is not, where it is a property or a
    method ("non-convex optimization", "non-convolutional models", "non-fine-tuned models", "non-RAG settings"; trap29).
    A named model, platform or data set after "non-" ("non-LLM baselines", "the strongest non-Claude baseline", "non-GPU
    platforms") is the class the text contrasts with, which its own thing mostly belongs to: it still links.

    ``kinds``: the kinds of the span's concepts."""
    if start < 4 or text[start - 1] != "-":
        return False
    at = _compound_start(text, start)
    if at == start or text[at : at + 4].lower() != "non-":
        return False
    return text[start].islower() or "Technique" in kinds


def _cut_compound(text: str, cand: Candidate, cands: Sequence[Candidate], kinds: Collection[str]) -> bool:
    """A span that starts inside a hyphenated word (the caller checked the hyphen before it) cuts that word: a
    negation (``_negated``; ``kinds``: the kinds of the span's concepts), or a compound another candidate matches from
    its start ("self-supervised fine-tuning" is fine-tuning of a self-supervised kind, no supervised fine-tuning;
    trap29)."""
    if cand.start < 2 or not text[cand.start - 2].isalnum():
        return False
    if _negated(text, cand.start, kinds):
        return True
    if kinds and all(k == "HardwarePlatform" for k in kinds):
        return False  # "HBM-PIM system": a product running into its class's label is the product (``_hardware_forms``)
    at = _compound_start(text, cand.start)
    return any(c.start == at and cand.start < c.end < cand.end for c in cands)


def _glued(text: str, start: int, end: int) -> bool:
    """The span is part of a hyphenated or dotted name ("LRA-EE", "X-SPEC", "Dr.JIT") or a bracketed
    token ("[SPEC]"); "GQA-to-MLA" joins two names, it is not one."""
    left = (
        start >= 2
        and text[start - 1] in "-."
        and text[start - 2].isalnum()
        and not _JOINING.search(text, max(0, start - 12), start)
    )
    right = end + 1 < len(text) and (
        (text[end] == "-" and (text[end + 1].isupper() or text[end + 1].isdigit()))
        or (text[end] == "." and text[end + 1].isalpha())
    )
    bracket = start > 0 and text[start - 1] == "[" and text[end : end + 1] == "]"
    return left or right or bracket


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


_VARIANT_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _takes_variant(vocab: Vocabulary, rule: DiscoveryRule, concept: str) -> bool:
    """A concept of the vocabulary whose name holds a digit, beneath ``rule.variant_of``: a product that takes a variant
    word after its name (``Linker._product_variants``)."""
    c = vocab.concepts.get(concept)
    return c is not None and any(ch.isdigit() for ch in c.pref_label) and rule.variant_of in vocab.ancestors(concept)


def _variant_products(vocab: Vocabulary, rule: DiscoveryRule) -> frozenset[str]:
    """Every concept that takes a variant word of ``rule`` (``_takes_variant``), chosen once (speed22)."""
    return frozenset(iri for iri in vocab.concepts if _takes_variant(vocab, rule, iri))


def _label_pattern(label: str) -> re.Pattern[str]:
    """A label written at a place in any case, a space or hyphen at its joints (``Linker._label_end``)."""
    return re.compile(r"[ -]?".join(re.escape(part) for part in re.split(r"[ -]", label)), re.IGNORECASE)


def _variant_words_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """One or more of a product's variant words, each after a space or hyphen, as written ("Mobile"), in capitals
    ("MAX-Q", "TI") or, the first and of more than three letters, in lower case ("mobile GPU": before a class only, read by
    ``Linker._product_variants``); no word may run on
    ("Ti" is no "Tiny", "Mobile" no "Mobile-friendly")."""

    def alternatives(forms: set[str]) -> str:
        return "|".join(map(re.escape, sorted(forms, key=lambda w: (-len(w), w))))

    named = {f for w in words for f in (w, w.upper())}
    lower = {w.lower() for w in words if len(w) > 3}
    # a word in lower case only first: "GTX 1070 Max-Q laptop GPU" is the Max-Q card, "laptop GPU" its class
    return re.compile(rf"[ -](?:{alternatives(named | lower)})(?:[ -](?:{alternatives(named)}))*(?![\w-])")


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


def _link(concept: str, field: Field, start: int, end: int, text: str, method: str, confidence: float) -> Link:
    """``Link(concept, field, start, end, text, method, confidence)``, its fields written into its attribute dictionary.

    A frozen dataclass's ``__init__`` is interpreted Python that sets each field through ``object.__setattr__``:
    about three times what this costs per link (issue 4). The record is the same in every respect (its attribute
    dictionary, in the fields' order: equality, hash, repr and pickle bytes); tests/test_linker.py holds it to
    ``Link``'s fields, so a field added there fails them rather than go missing here.
    """
    link = object.__new__(Link)
    attributes = link.__dict__
    attributes["concept"] = concept
    attributes["field"] = field
    attributes["start"] = start
    attributes["end"] = end
    attributes["text"] = text
    attributes["method"] = method
    attributes["confidence"] = confidence
    return link


# words that end a family word's object (``_object_target``): function words, verbs of a clause, a method's nouns
_OBJECT_END_WORDS = (
    "to for with by in on at from via into onto and or but nor while which that whose where when than as is are was "
    "were be been being can could may might will would should must has have had do does did "
    "method methods approach approaches technique techniques strategy strategies framework frameworks algorithm "
    "algorithms scheme schemes criterion criteria ratio ratios rate rates module modules mechanism mechanisms "
    "process stage stages step steps pipeline pipelines policy policies granularity granularities level levels"
)
_OBJECT_ENDS: Final = frozenset(_OBJECT_END_WORDS.split())
_OBJECT_WORD = re.compile(r"[\s~]+([A-Za-z0-9][\w%\\'\u2019-]*(?:\.\d+)?[%\\]*)")
_OBJECT_WORDS: Final = 4


def _object_words(text: str, end: int, joins: frozenset[str] = frozenset()) -> list[str]:
    """The (at most four) words right after ``end``, lower case, before punctuation, a function word or a method's
    noun: a family word's object ("pruning [redundant visual tokens]", "prunes [92.6% of visual tokens]"). A word of
    ``joins`` ("and") is passed over, not counted: "co-pruning of [data] and [model structure]"."""
    words: list[str] = []
    pos = end
    while len(words) < _OBJECT_WORDS:
        m = _OBJECT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1).lower()
        pos = m.end()
        if word in joins:
            continue
        if word in _OBJECT_ENDS or "-" in word and any(part in _OBJECT_ENDS for part in word.split("-")):
            break  # "pruning granularities-including channels": the object was "granularities"
        words.append(word)
    return words


def _object_target(text: str, end: int, targets: list[tuple[str, frozenset[str]]]) -> str | None:
    """The method whose object term is among the family word's object words (``_object_words``), the first found."""
    for word in _object_words(text, end):
        for target, words in targets:
            if word in words:
                return target
    return None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ -]$")
_JOINS: Final = frozenset({"and", "or"})  # "pruning of data and model structure" prunes the model too


def _object_kind(text: str, start: int, end: int, other: frozenset[str], own: frozenset[str]) -> str:
    """What the family word at [start, end) prunes: "own" where its object words (``_object_words``) or the word right
    before it ("layer pruning") hold one of its own words, else "other" where they hold something else pruned
    ("pruning low-quality candidates", "rollout pruning"), else "". A singular noun right after the gerund is the head
    of a compound, no object ("the pruning trajectory forms nested subnetworks")."""
    words = _object_words(text, end, _JOINS)
    if words and text[start:end].lower().endswith("ing") and not words[0].endswith("s"):
        words[0] = ""
    if m := _WORD_BEFORE.search(text, max(0, start - 40), start):
        words.append(m.group(1).lower())
    if any(w in own for w in words):
        return "own"
    return "other" if any(w in other for w in words) else ""


def _listed_beside(text: str, lo: int, hi: int, end: int, start: int | None = None) -> bool:
    """text[lo:hi] joins two items of a list: an "and"/"or", or a bare comma where the list goes on after the later item
    (``end``: its end) or, where the linked item is the later one, before the earlier item (``start``: its start).
    ", boosting performance" after a method is a clause, no item; "LoRA, TTT, MoE", "X, Y, and Z" are lists."""
    gap = _LIST_GAP.fullmatch(text, lo, hi)
    if gap is None:
        return False
    if _CONJUNCTION.search(gap.group(0)) or _LIST_GAP.match(text, end) is not None:
        return True
    return start is not None and _LIST_GAP_BEFORE.search(text, max(0, start - 8), start) is not None


def _resolve_overlaps(spans: Iterable[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Longest first, then earliest start; a span overlapping one already kept is dropped.

    Of the same span found by several methods (a label and a variant: "CIFAR-10" in "CIFAR-10/100"), the
    most confident wins, then the first method name: never the order of a set, which changes with the
    interpreter's string hash seed.
    """
    unique = sorted(set(spans))
    # spans none of which overlaps another (nor is empty) all stay: most calls add one name where no span was (issue 4)
    end = unique[0][0] if unique else 0
    for s in unique:
        if s[0] < end or s[1] <= s[0]:
            break
        end = s[1]
    else:
        return unique
    kept: list[tuple[int, int, str, str]] = []
    starts: list[int] = []  # of the kept spans, in text order; they do not overlap, so their ends are in order too
    ends: list[int] = []
    # the order's keys sorted, not the spans by a key function: a key gives its span back (start, -length, concept, method)
    for shorter, start, concept, _, method in sorted((a - b, a, c, -METHODS.get(m, 0.0), m) for a, b, c, m in unique):
        s = (start, start - shorter, concept, method)
        i = bisect.bisect_left(starts, s[1])  # the kept spans that start before this one ends
        if i and ends[i - 1] > s[0]:
            continue
        kept.append(s)
        if s[1] > s[0]:  # an empty span overlaps nothing that comes after it (the empty ones come last)
            j = bisect.bisect_right(starts, s[0])
            starts.insert(j, s[0])
            ends.insert(j, s[1])
    return sorted(kept)
