"""The vocabulary: SKOS concepts read from ``schema/vocab/*.ttl``, with the linking hints they carry.

Everything the linker knows comes from here; no entity name lives in Python code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote, unquote

import pyoxigraph as ox

from kg.errors import VocabularyError
from kg.records import Concept, DiscoveredConcept

T = TypeVar("T")

KG = "https://w3id.org/papers-kg/ontology#"
BASE = "https://w3id.org/papers-kg/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KINDS = ("Technique", "HardwarePlatform", "Benchmark", "Model", "Metric")
ENTITY_KINDS = ("Technique", "HardwarePlatform", "Benchmark", "Model")  # what papers mention; metrics qualify results
DISCOVERED = "discovered/"

_POINT_RELEASE = re.compile(r"(?<=\d)(?:\.\d+)+(?=-|$)")  # the ".2" of "GPT-5.2", "Qwen3.5-9B"
_JOINED_NUMBER = re.compile(r"(?<=[A-Za-z])\d+(?:\.\d+)?$")  # the "2" of "Molmo2", the "2021" of "BraTS2021"
# a spaced release or year, or a joined plus: the " V6" of "LiveCodeBench V6", " 2016" of "ISIC 2016", "+" of "MOSE+"
_SPACED_SIZE_END = re.compile(r" \d+(?:\.\d+)?[BM]$")  # a parameter count written spaced after a model's name
# a model's tier written after its name ("Grok 3 mini", "Gemini 2.5 Flash Lite"; kg/discovery.py ``_spaced_tier``)
_TIER_END = re.compile(r"(?:[ -](?i:mini|nano|lite|flash|turbo|pro|plus|max|ultra))+$")
_TASK_END = re.compile(r"(?: (?:Shared|Challenge|Lab))? Task ?\d{1,2}[A-Za-z]?$")  # a shared task's number (kg/linker.py)
_EDITION_SUFFIX = re.compile(r"(?: [vV]?\d+(?:\.\d+)*|\+\+?)$")
_CASED_KINDS = ("Technique", "HardwarePlatform", "Model")  # kinds whose one-word labels case a discovered name's parts
_LETTER_RUN = re.compile(r"[^\W\d_]+")  # a name's parts a vocabulary label may case: "LLama" of "LLama-8B"
# a model's parameter count whose unit letter is lower case: the "7b" of "Mistral-7b-v0.3", "350m" of "GPT-350m"
_LOWER_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)([bm])(?![^\W_])")
# a model's parameter count joined to the name before it by a space or a hyphen: " 124M" of "GPT-2 124M", "-124M" of
# "GPT-2-124M" (after ``_LOWER_SIZE``: the unit is upper case); what follows it stays as written ("-Instruct")
_SIZE_JOINT = re.compile(r"[ -](\d+(?:\.\d+)?[BM])(?=$|[ -])")
_JOINTS = re.compile(r"[ -]+")
# a model's name and its version number, and the joint between them: "Qwen" "" "3.5" of "Qwen3.5-9B", "Gemma" " " "3"
# of "Gemma 3"
# (the name ends there or a size follows: "Gemini-2.0-Flash" and "SAM2-UNet" keep their joints)
_VERSIONED = re.compile(r"([A-Za-z]{2,})([ -]?)(\d+(?:\.\d+)*)(?=$|[ -]\d+(?:\.\d+)?[BM](?:$|[ -]))")
_TIMES = re.compile(r"(?<=\d)\u00d7(?=\d)")  # the "×" of a mixture of experts' size, "8×7B"


@dataclass(frozen=True)
class DiscoveryRule:
    """Head words after which (or before which) a proper name is an entity the vocabulary lacks.

    ``product`` rules (GPU, FPGA, ...) take only names with a digit ("RTX 5090"); ``parent`` is the
    concept a discovered entity goes under.
    """

    iri: str
    kind: str
    scheme: str
    head_words: tuple[str, ...]
    parent: str | None = None
    product: bool = False
    intro_patterns: tuple[str, ...] = ()  # regexes after which a list of names follows
    extends: bool = False  # names hyphen-joined around a linked concept of this kind ("Qwen3-VL")
    name_patterns: tuple[str, ...] = ()  # regexes a name matches by itself ("VSI-Bench", "LLaDA-8B-Instruct")
    generic_bases: frozenset[str] = frozenset()  # family concepts ("LLM") whose variants need a name-like part
    strict: bool = False  # every variant needs a name-like part ("OSWorld-G", not "ImageNet-Scale")
    # families that, hyphen-joined to another family, name two models working together, not one ("LLM-SLM
    # collaboration", "VLM-LLM pipelines", "LLM-GNN co-training"; hsamp30): the pair links its parts
    joint_bases: frozenset[str] = frozenset()
    # a family rule's entities go under the family the words around them name ("HQQ" in "quantization methods such as
    # HQQ"): one IRI per name, ``<scheme>discovered/HQQ``; each paper states the families it found the name under
    # (the linker's ``Linking.broader``), so the graph's node has the union of them (issue #3)
    family: bool = False
    method_words: tuple[str, ...] = ()  # what names a method between a family and its list ("methods", "algorithms")
    # intro phrases after which a name may also modify a noun ("trained on FlatDINO latents", "gains on AIME-style
    # tasks"): their list counts only where no such noun follows its last name (benchrecall7)
    guarded_intros: tuple[str, ...] = ()
    # nouns that call a list's items products, not models ("4 systems (ELIZA, GPT-4o, ...)", "platforms such as ChatGPT,
    # MetaAI, and Grok"): a family rule finds no unknown name in a list they head (models17)
    product_words: tuple[str, ...] = ()
    # a product's variant words ("Mobile", "Laptop", "Max-Q", "Ti", "Super"): written after a linked product beneath
    # ``parent`` they name another product, discovered beneath it ("RTX 4070 Mobile"; hwvar21)
    variant_words: tuple[str, ...] = ()
    variant_of: str | None = None  # the class whose products take ``variant_words`` (hw:gpu)


def discovered_iri(rule: DiscoveryRule, name: str) -> str:
    """The IRI of an entity found by a discovery rule: readable, and the name can be read back from it.

    ``<scheme>discovered/OSWorld``; for rules with a parent, ``<scheme>discovered/<parent slug>/RTX_5090``. A family
    rule's name has one IRI whatever family it was found under (``<scheme>discovered/HQQ``): the family is no part of
    it. A space is written "_"; "_", "/", "%" and every other character outside letters, digits and ".-~" are
    %-encoded, so the name reads back exactly (``discovered_concept``) and holds no "/".
    """
    encoded = quote(name, safe="").replace("_", "%5F").replace("%20", "_")  # "%20" can only be a space: "%" is "%25"
    return rule.scheme + DISCOVERED + (rule.parent.rsplit("/", 1)[1] + "/" if rule.parent else "") + encoded


def discovered_concept(iri: str, rules: tuple[DiscoveryRule, ...]) -> Concept | None:
    """Read a discovered entity's kind, label and parent back from its IRI (None if it is not one).

    A family rule's entity has no parent here: its families are the papers' (``Vocabulary.describe_discovered``).
    """
    for rule in rules:
        prefix = rule.scheme + DISCOVERED + (rule.parent.rsplit("/", 1)[1] + "/" if rule.parent else "")
        rest = iri[len(prefix) :]
        if iri.startswith(prefix) and rest and "/" not in rest:
            name = unquote(rest.replace("_", " "))
            return Concept(iri, rule.kind, name, (), (rule.parent,) if rule.parent else ())
    return None


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
    rules: tuple[DiscoveryRule, ...] = ()
    not_names: frozenset[str] = frozenset()  # lower-cased
    model_suffixes: tuple[str, ...] = ()  # endings of model/method names, never datasets
    not_evidence: frozenset[str] = frozenset()  # concepts (and all beneath them) that do not show the field
    other_senses: tuple[str, ...] = ()  # phrases in which no label links ("closed-loop optimization")
    learning_cues: tuple[str, ...] = ()  # words of training a model: with one concept of the field, a text is of ML
    files: tuple[Path, ...] = ()
    unlinked_labels: dict[str, frozenset[str]] = field(default_factory=dict)  # names shown, never matched in text
    # hardware classes (and all beneath them) whose devices are also cameras and sensors: phones, wearables
    # (kg:recordsData true)
    records_data: frozenset[str] = frozenset()
    # kinds of device that texts mostly name as sensors, displays or trends (wearables): their own labels link a platform
    # only in a sentence of a model running there (kg:platformWhenRun true)
    when_run: frozenset[str] = frozenset()
    # generic family names that name the family only unmodified (kg:bareLabel "attention mechanism"): after a
    # modifier word ("a hybrid attention mechanism") they are the paper's own design, no mention of the family
    bare_labels: dict[str, frozenset[str]] = field(default_factory=dict)
    # words of computing as a discipline (kg:computingCue "algorithm"): a text outside the field that has one is a
    # paper of computing in another area, whose general methods link (offfield18)
    computing_cues: tuple[str, ...] = ()
    # words of communications, power engineering and the life sciences (kg:scienceCue "beamforming"): a text outside the
    # field that has one is a paper of that science, whose general methods do not link even where it writes of algorithms
    science_cues: tuple[str, ...] = ()
    # concepts (and all beneath them) as much at home in the sciences and engineering as in computing (kg:otherScience
    # true: Monte Carlo, Kalman filters, finite elements, edge detection): they never link in a text outside the field
    other_science: frozenset[str] = frozenset()
    # families of learning methods (kg:learningFamily true: machine learning methods): outside the field two distinct
    # general methods beneath one show a paper of machine learning in another area as a computing cue does (gen20)
    learning_families: frozenset[str] = frozenset()
    # a method named by its family word's object (kg:objectTerm "tokens" on token pruning): "pruning redundant visual
    # tokens" is token pruning, not weight pruning (tech20)
    object_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words that show a family's own sense where its one word would otherwise be a narrower-by-name method's short form
    # (kg:senseTerm "teacher", "logits" on knowledge distillation: "distillation" in a dataset-distillation paper that
    # names a teacher is still the model's; tail20)
    sense_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what else a family's one word prunes (kg:otherObject "rollouts", "candidates" on pruning): "prunes low-quality
    # candidates", "online rollout pruning" cut a search, no model (prune22)
    other_objects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words another concept's label links by that, in a text naming this method, are its short form (kg:takesWord
    # "sparsity", "pruning", "token selection" on sparse attention: "high sparsity" there is the attention's; prune22)
    takes_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # concepts a text sets this one against (kg:contrastIn): in a text naming one of them, this concept is the foil
    # ("dLLMs, a promising alternative to autoregressive models"), no method the paper uses (tprec24)
    contrasts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _minted: dict[tuple[str, str], str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _read_back: dict[str, Concept] = field(default_factory=dict, init=False, repr=False, compare=False)

    def concept(self, iri: str) -> Concept:
        """A concept of the vocabulary, or one a discovery rule found (KeyError for neither)."""
        c = self.concepts.get(iri)
        if c is None:
            # a discovered entity's, read back from its IRI once (the linker asks of each found name's kind)
            c = self._read_back.get(iri)
            if c is None:
                c = discovered_concept(iri, self.rules)
                if c is not None:
                    self._read_back[iri] = c
        if c is None:
            raise KeyError(iri)
        return c

    def describe_discovered(self, iri: str, families: Iterable[str] = ()) -> DiscoveredConcept | None:
        """What the graph says of a discovered entity: labels, scheme, parent, ancestors, class.

        ``families``: for a family rule's entity, the families one paper found it under (its parents in that paper).
        Rules that mint under one prefix name one entity (models17: "CXR-LLaVA" listed in one paper, a variant in
        another): its parents are every such rule's (the rule's parent, the model its name extends, the paper's families).
        """
        for rule in self.rules:
            c = discovered_concept(iri, (rule,))
            if c is None:
                continue
            same = [r for r in self.rules if discovered_concept(iri, (r,)) is not None]
            broader = set(c.broader)
            if any(r.family for r in same):
                broader.update(families)
            if any(r.extends for r in same):
                broader.update(self.variant_bases(c.pref_label, rule.kind))
            for r in same:
                broader.update(self.product_variant_bases(c.pref_label, r))
            c = replace(c, broader=tuple(sorted(broader)))
            alts: list[str] = []
            words = c.pref_label.split(" ")
            bare = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in self.not_names else None
            if rule.product:
                head = rule.head_words[0]
                alts += [f"{c.pref_label} {head}"] + ([bare, f"{bare} {head}"] if bare else [])
            for r in same:
                alts += self._variant_labels(c.pref_label, r)
            ancestors = tuple(sorted({*c.broader, *(a for b in c.broader for a in self.ancestors(b))}))
            classes = tuple(sorted({t for b in c.broader for t in self.top_concepts(b)})) if c.kind == "HardwarePlatform" else ()
            return DiscoveredConcept(
                iri, c.kind, c.pref_label, tuple(sorted(set(alts) - {c.pref_label})), rule.scheme, c.broader, ancestors, classes
            )
        return None

    def _variant_labels(self, name: str, rule: DiscoveryRule) -> list[str]:
        """A product variant's names as papers write them (usertest21): each label of the product it extends with the
        variant words, before the label's class word ("RTX 4070 Mobile", "RTX 4070 Mobile GPU", "GeForce GTX 1650 Ti
        Max-Q"), so a label typed as the paper wrote it (``--param``, ``--focus``, ``kg:labelKey``) finds the variant."""
        out: list[str] = []
        for base in self.product_variant_bases(name, rule):
            c = self.concepts[base]
            words = name[len(c.pref_label) :] if name.startswith(c.pref_label + " ") else ""
            if not words:
                continue
            above = set(self.ancestors(base))
            for label in c.alt_labels:
                stem, _, last = label.rpartition(" ")
                if stem and above.intersection(self.labelled(last, rule.kind)):
                    out.append(f"{stem}{words} {last}")  # "RTX 4070 GPU" -> "RTX 4070 Mobile GPU"
                else:
                    out.append(label + words)
        return out

    def product_variant_bases(self, name: str, rule: DiscoveryRule) -> tuple[str, ...]:
        """The product a variant rule's name extends: the name without its variant words ("NVIDIA GeForce RTX 4070 Ti
        Mobile" extends the RTX 4070 Ti, "NVIDIA GeForce GTX 1650 Ti Max-Q" the GTX 1650); none for other rules."""
        words = {w.lower() for w in rule.variant_words}
        parts = name.split(" ")
        while len(parts) > 1 and parts[-1].lower() in words:
            parts.pop()
            if hits := self.labelled(" ".join(parts), rule.kind):
                return hits
        return ()

    def variant_bases(self, name: str, kind: str) -> tuple[str, ...]:
        """The concepts of ``kind`` a hyphen-joined variant name extends: the longest labelled run of its parts."""
        index = self._label_index.get(kind, {})
        tier = _TIER_END.search(name)
        if tier is not None and (hits := index.get(name[: tier.start()].lower())):
            return tuple(sorted(hits))  # "GPT-4 Lite" extends GPT-4, "Gemini 2.5 Flash Lite" Gemini 2.5 (hwbm24)
        # "GPT-5.2" extends GPT-5, "Qwen3.5-9B" Qwen3, "Molmo2" Molmo, "BraTS2021" BraTS
        edition = _EDITION_SUFFIX.search(name)
        bare = _POINT_RELEASE.sub("", name)
        if bare == name:
            bare = _JOINED_NUMBER.sub("", name)
        if bare != name:
            if hits := index.get(bare.lower()):
                return tuple(sorted(hits))
            name = bare if edition is None else name
        if edition is not None and (hits := index.get(name[: edition.start()].lower())):
            return tuple(sorted(hits))  # "SQuAD v1", "WebArena 2.0", "MOSE+" (benchrecall6)
        if (spaced := _SPACED_SIZE_END.search(name)) is not None and (hits := index.get(name[: spaced.start()].lower())):
            return tuple(sorted(hits))  # "Gemma 3 1B" extends Gemma 3 (modelsfield16)
        parts = name.split("-")
        for size in range(len(parts) - 1, 0, -1):
            for i in range(len(parts) - size + 1):
                hits = index.get("-".join(parts[i : i + size]).lower()) or index.get(" ".join(parts[i : i + size]).lower())
                if hits:
                    return tuple(sorted(hits))
        if tier is not None:
            return self.variant_bases(name[: tier.start()], kind)
        if (task := _TASK_END.search(name)) is not None:
            base = name[: task.start()]  # "SemEval-2025 Task 11" is beneath SemEval (hwbm24)
            return tuple(sorted(index.get(base.lower(), ()))) or self.variant_bases(
                base, kind
            )  # "Gemini 3.1 Flash": what the version extends
        return ()

    def labelled(self, label: str, kind: str) -> tuple[str, ...]:
        """The concepts of ``kind`` with this label (any case), sorted."""
        return tuple(sorted(self._label_index.get(kind, {}).get(label.lower(), ())))

    def canonical_name(self, name: str, kind: str) -> str:
        """A discovered name as every paper states it, whatever case one paper wrote it in (``discovered``).

        Each run of letters that equals, in any case, a one-word vocabulary label of ``kind`` with a capital takes that
        label's casing, except in benchmarks' names (see ``_name_casing``): "LLama-8B" -> "Llama-8B", "Olmo-1B" ->
        "OLMo-1B", "transformer-CNN" -> "Transformer-CNN";
        a model's size takes an upper-case unit ("Mistral-7b-v0.3" -> "Mistral-7B-v0.3") and an "x" for experts' "×"
        ("Mixtral-8×7B" -> "Mixtral-8x7B"). A model's size is joined to
        the name before it as the vocabulary writes that name (``_sized``: "GPT-2 124M" = "GPT-2-124M", "Gemma-3 1B" =
        "Gemma 3 1B"). Other parts stay as written.
        """
        casing = self._name_casing.get(kind)
        if casing:
            name = _LETTER_RUN.sub(lambda m: casing.get(m.group().lower(), m.group()), name)
        if kind == "Model" and "\u00d7" in name:
            name = _TIMES.sub("x", name)  # "Mixtral-8×7B" is "Mixtral-8x7B" (models19)
        if kind == "Model" and ("b" in name or "m" in name):
            name = _LOWER_SIZE.sub(lambda m: m.group(1) + m.group(2).upper(), name)
        if kind == "Model" and (m := _VERSIONED.match(name)) is not None:
            joint = self._version_joints.get(m.group(1).lower())
            if joint is not None and joint != m.group(2):
                name = m.group(1) + joint + name[m.end(2) :]  # "Qwen-3.5", "Qwen 3.5" -> "Qwen3.5" (models19)
        if kind == "Model" and ("B" in name or "M" in name):
            name = self._sized(name)
        return name

    @cached_property
    def _version_joints(self) -> dict[str, str]:
        """How the vocabulary joins a model's name to its version number, by the name's lower-case letters: "" for
        "qwen" (Qwen2, Qwen2.5, Qwen3), " " for "gemma" (Gemma 2, Gemma 3), "-" for "gpt" (GPT-4, GPT-5). The joint
        most preferred labels of that name hold wins, then the one in more labels, then "", "-", " " in that order; a
        discovered version is written so whatever joint the text gave it (``canonical_name``)."""
        counts: dict[str, dict[str, tuple[int, int]]] = {}
        for iri, c in self.concepts.items():
            if c.kind != "Model":
                continue
            for label in self.labels(iri):
                m = _VERSIONED.match(label)
                if m is None or label in self.unlinked_labels.get(iri, ()):
                    continue
                by_joint = counts.setdefault(m.group(1).lower(), {})
                n, pref = by_joint.get(m.group(2), (0, 0))
                by_joint[m.group(2)] = (n + 1, pref + (label == c.pref_label))
        order = {"": 0, "-": 1, " ": 2}
        return {
            stem: min(by_joint, key=lambda j: (-by_joint[j][1], -by_joint[j][0], order[j])) for stem, by_joint in counts.items()
        }

    def _sized(self, name: str) -> str:
        """One form for a sized model's name however the text joins its size (models18): the part before the size is
        written as the vocabulary's model label it equals with spaces and hyphens ignored ("Gemma-3" -> "Gemma 3",
        "Llama3.1" -> "Llama 3.1"), in the casing of the name's casing rule, and the size is joined by a space where
        that part holds a space, else by a hyphen: "GPT-2 124M" and "GPT-2-124M" -> "GPT-2-124M", "Gemma-3 1B" and
        "Gemma-3-1B" -> "Gemma 3 1B", "Qwen3.5 9B" -> "Qwen3.5-9B" (no label: only the joint is set)."""
        m = _SIZE_JOINT.search(name)
        if m is None or m.start() == 0:
            return name
        stem = name[: m.start()]
        label = self._size_stems.get(_JOINTS.sub("", stem.lower()))
        if label is not None:
            casing = self._name_casing.get("Model", {})
            stem = _LETTER_RUN.sub(lambda r: casing.get(r.group().lower(), r.group()), label)
        return stem + (" " if " " in stem else "-") + name[m.start() + 1 :]

    @cached_property
    def _size_stems(self) -> dict[str, str]:
        """Model labels by their lower-case letters and digits with spaces and hyphens removed ("gemma3" -> "Gemma 3"):
        the form a sized model's name takes before its size (``_sized``). Where labels differ only there, a preferred
        label wins, then the one with the fewest spaces, then the first in sort order."""
        ranked: dict[str, tuple[int, int, str]] = {}
        for iri, c in self.concepts.items():
            if c.kind != "Model":
                continue
            for label in self.labels(iri):
                if label in self.unlinked_labels.get(iri, ()):
                    continue
                key = _JOINTS.sub("", label.lower())
                rank = (0 if label == c.pref_label else 1, label.count(" "), label)
                if key not in ranked or rank < ranked[key]:
                    ranked[key] = rank
        return {key: rank[2] for key, rank in ranked.items()}

    def discovered(self, rule: DiscoveryRule, name: str) -> str:
        """The concept a discovery rule's ``name`` links: ``discovered_iri`` of its ``canonical_name``, so two papers that
        case one name differently state one IRI and one label; or the vocabulary's concept when the canonical name is
        a label of it that links without context ("Qwen2.5-32b" -> Qwen2.5-32B's), for a model also with its spaces and
        hyphens ignored ("Llama3.1-8B-Instruct" -> Llama 3.1 8B's). Memoised."""
        key = (rule.iri, name)
        hit = self._minted.get(key)
        if hit is None:
            canonical = self.canonical_name(name, rule.kind)
            low = canonical.lower()
            # not by a label that is never matched, nor by one that links only in context: a paper's own data set
            # titled "SEED: A Benchmark Dataset for ..." or "DART: A Structured Dataset ..." is none of the vocabulary's
            label = canonical
            if rule.kind == "Model" and not self.labelled(canonical, rule.kind):
                # a model's label but for its joints is that label (models18: "Llama3.1-8B-Instruct" is the label
                # "Llama-3.1-8B-Instruct" of Llama 3.1 8B)
                label = self._size_stems.get(_JOINTS.sub("", low), canonical)
                low = label.lower()
            known = [
                iri
                for iri in self.labelled(label, rule.kind)
                if not any(u.lower() == low for u in self.unlinked_labels.get(iri, ()))
                and not any(u.lower() == low for u in self.context_labels.get(iri, ()))
            ]
            hit = self._minted[key] = known[0] if len(known) == 1 else discovered_iri(rule, canonical)
        return hit

    @cached_property
    def _name_casing(self) -> dict[str, dict[str, str]]:
        """kind -> lower-cased one-word label (a run of letters with a capital) -> its casing in the vocabulary.

        Where labels differ only in case ("LLaMA", "Llama") the casing more labels of the kind hold as a word wins
        (Llama: 101 model labels, LLaMA: 28), then a preferred label, then the first in sort order: the choice depends
        on the vocabulary alone. Benchmarks have none: their one-word labels are often common words in capitals or
        odd case (MATH, PILE, CUB, ReaL), which would turn "Big-Math" into "Big-MATH" and "Real-Edit" into "ReaL-Edit".
        """
        out: dict[str, dict[str, str]] = {}
        for kind in _CASED_KINDS:
            words: dict[str, int] = {}
            preferred: set[str] = set()
            for iri, c in self.concepts.items():
                if c.kind != kind:
                    continue
                for label in self.labels(iri):
                    for w in _LETTER_RUN.findall(label):
                        words[w] = words.get(w, 0) + 1
                    if label == c.pref_label:
                        preferred.add(label)
            ranked: dict[str, tuple[tuple[int, int, str], str]] = {}
            for iri, c in self.concepts.items():
                if c.kind != kind:
                    continue
                for label in self.labels(iri):
                    if len(label) < 2 or label.islower() or not _LETTER_RUN.fullmatch(label):
                        continue
                    if label in self.unlinked_labels.get(iri, ()):
                        continue
                    rank = (-words.get(label, 0), 0 if label in preferred else 1, label)
                    low = label.lower()
                    if low not in ranked or rank < ranked[low][0]:
                        ranked[low] = (rank, label)
            out[kind] = {low: label for low, (_, label) in ranked.items()}
        return out

    def prepare(self) -> None:
        """Make now the lookup tables that the first lookup would otherwise make (the label index of ``labelled``
        and ``variant_bases``).

        They are kept in the vocabulary and pickle with it: a vocabulary prepared before it is stored (the
        compiled-vocabulary cache, kg.build) or before worker processes fork answers its first lookup in every
        process without building them again (issue 4). Lookups give the same answers prepared or not.
        """
        _ = self._label_index
        _ = self._name_casing
        _ = self._size_stems
        _ = self._version_joints

    @cached_property
    def _label_index(self) -> dict[str, dict[str, set[str]]]:
        """kind -> lower-cased label -> concepts with that label (made by the first lookup, or by ``prepare``).

        Plain dicts (no ``defaultdict`` with a lambda): the index pickles with the vocabulary.
        """
        index: dict[str, dict[str, set[str]]] = {}
        for iri, c in self.concepts.items():
            by_label = index.setdefault(c.kind, {})
            for label in self.labels(iri):
                by_label.setdefault(label.lower(), set()).add(iri)
        return index

    def labels(self, iri: str) -> tuple[str, ...]:
        """Every label of a concept the linker matches: pref, alt and hidden."""
        c = self.concepts[iri]
        return (c.pref_label, *c.alt_labels, *self.hidden_labels.get(iri, ()))

    def restrict(self, kinds: tuple[str, ...]) -> Vocabulary:
        """The same vocabulary with only the concepts of the given kinds (and their hints)."""
        keep = {iri: c for iri, c in self.concepts.items() if c.kind in kinds}

        def only(d: dict[str, T]) -> dict[str, T]:
            return {k: v for k, v in d.items() if k in keep}

        return replace(
            self,
            concepts=keep,
            hidden_labels=only(self.hidden_labels),
            context_labels=only(self.context_labels),
            context_terms=only(self.context_terms),
            exact_match=only(self.exact_match),
        )

    def ancestors(self, iri: str) -> tuple[str, ...]:
        """All broader concepts, transitively, sorted (memoised: the linker asks for them per match)."""
        cached = self._ancestors.get(iri)
        if cached is not None:
            return cached
        seen: set[str] = set()
        stack = list(self.concepts[iri].broader)
        while stack:
            b = stack.pop()
            if b not in seen:
                seen.add(b)
                stack.extend(self.concepts[b].broader if b in self.concepts else ())
        result = self._ancestors[iri] = tuple(sorted(seen))
        return result

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
    return read(files)


def read(files: tuple[Path, ...]) -> Vocabulary:
    """Read and check the given vocabulary files (each call reads them again; ``load`` keeps what it read)."""
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    cues: list[str] = []
    not_names: set[str] = set()
    suffixes: set[str] = set()
    not_evidence: set[str] = set()
    records_data: set[str] = set()
    when_run: set[str] = set()
    other_senses: set[str] = set()
    learning_cues: set[str] = set()
    computing_cues: set[str] = set()
    science_cues: set[str] = set()
    other_science: set[str] = set()
    learning_families: set[str] = set()
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
            elif p == KG + "notAName":
                not_names.add(o.lower())
            elif p == KG + "modelSuffix":
                suffixes.add(o)
            elif p == KG + "otherSense":
                other_senses.add(o)
            elif p == KG + "learningCue":
                learning_cues.add(o)
            elif p == KG + "computingCue":
                computing_cues.add(o)
            elif p == KG + "scienceCue":
                science_cues.add(o)
            elif p == KG + "otherScience" and o == "true":
                other_science.add(s)
            elif p == KG + "learningFamily" and o == "true":
                learning_families.add(s)
            elif p == KG + "domainEvidence" and o == "false":
                not_evidence.add(s)
            elif p == KG + "recordsData" and o == "true":
                records_data.add(s)
            elif p == KG + "platformWhenRun" and o == "true":
                when_run.add(s)
            else:
                props[s][p].append(o)
    concepts: dict[str, Concept] = {}
    hidden: dict[str, tuple[str, ...]] = {}
    ctx_labels: dict[str, frozenset[str]] = {}
    ctx_terms: dict[str, tuple[str, ...]] = {}
    exact: dict[str, tuple[str, ...]] = {}
    unlinked: dict[str, frozenset[str]] = {}
    bare: dict[str, frozenset[str]] = {}
    object_terms: dict[str, tuple[str, ...]] = {}
    sense_terms: dict[str, tuple[str, ...]] = {}
    other_objects: dict[str, tuple[str, ...]] = {}
    takes_words: dict[str, tuple[str, ...]] = {}
    contrasts: dict[str, tuple[str, ...]] = {}
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
        if ul := frozenset(pv.get(KG + "unlinkedLabel", [])):
            if ul - labels:
                raise VocabularyError(f"{s}: kg:unlinkedLabel {sorted(ul - labels)} is not one of its labels")
            unlinked[s] = ul
        if bl := frozenset(pv.get(KG + "bareLabel", [])):
            if bl - labels:
                raise VocabularyError(f"{s}: kg:bareLabel {sorted(bl - labels)} is not one of its labels")
            bare[s] = bl
        ctx_terms[s] = tuple(sorted(set(pv.get(KG + "contextTerm", []))))
        if ot := pv.get(KG + "objectTerm"):
            if " " not in prefs[0]:
                raise VocabularyError(f"{s}: kg:objectTerm needs a preferred label ending in its family's word")
            object_terms[s] = tuple(sorted(set(ot)))
        if st := pv.get(KG + "senseTerm"):
            sense_terms[s] = tuple(sorted(set(st)))
        if oo := pv.get(KG + "otherObject"):
            if not cl:
                raise VocabularyError(f"{s}: kg:otherObject needs a kg:contextLabel whose object it is")
            other_objects[s] = tuple(sorted(set(oo)))
        if tw := pv.get(KG + "takesWord"):
            takes_words[s] = tuple(sorted(set(tw)))
        if ci := pv.get(KG + "contrastIn"):
            contrasts[s] = tuple(sorted(set(ci)))
        exact[s] = tuple(sorted(set(pv.get(SKOS + "exactMatch", []))))
    _check(concepts)
    for s, against in sorted(contrasts.items()):
        if unknown := [a for a in against if a not in concepts]:
            raise VocabularyError(f"{s}: kg:contrastIn {unknown} is not a concept of the vocabulary")
    rules = []
    for s, pv in sorted(props.items()):
        if KG + "DiscoveryRule" in pv.get(RDF_TYPE, []) and pv.get(KG + "extendsKind"):
            kind = pv[KG + "extendsKind"][0].rsplit("#", 1)[-1]
            scheme = pv.get(KG + "discoverScheme", [""])[0]
            if kind not in KINDS or not scheme:
                raise VocabularyError(f"{s}: a variant rule needs kg:extendsKind and kg:discoverScheme")
            generic = frozenset(pv.get(KG + "genericBase", []))
            if generic - concepts.keys():
                raise VocabularyError(f"{s}: kg:genericBase {sorted(generic - concepts.keys())} are not concepts")
            strict = pv.get(KG + "strictVariants", ["false"])[0] == "true"
            joint = frozenset(pv.get(KG + "jointBase", []))
            if joint - generic:
                raise VocabularyError(f"{s}: kg:jointBase {sorted(joint - generic)} are not kg:genericBase")
            rules.append(
                DiscoveryRule(s, kind, scheme, (), None, False, (), True, generic_bases=generic, strict=strict, joint_bases=joint)
            )
        elif KG + "DiscoveryRule" in pv.get(RDF_TYPE, []) and pv.get(KG + "variantWord"):
            kind = pv.get(KG + "discoverKind", [""])[0].rsplit("#", 1)[-1]
            scheme = pv.get(KG + "discoverScheme", [""])[0]
            parent = pv.get(KG + "variantOf", [None])[0]
            if kind not in KINDS or not scheme or parent not in concepts:
                raise VocabularyError(
                    f"{s}: a product variant rule needs kg:discoverKind, kg:discoverScheme and a known kg:variantOf"
                )
            words = tuple(sorted(pv.get(KG + "variantWord", [])))
            rules.append(DiscoveryRule(s, kind, scheme, (), variant_words=words, variant_of=parent))
        elif KG + "DiscoveryRule" in pv.get(RDF_TYPE, []) and pv.get(KG + "discoverFamily", ["false"])[0] == "true":
            kind = pv.get(KG + "discoverKind", [""])[0].rsplit("#", 1)[-1]
            scheme = pv.get(KG + "discoverScheme", [""])[0]
            words = tuple(sorted(pv.get(KG + "methodWord", [])))
            if kind not in KINDS or not scheme or not words:
                raise VocabularyError(f"{s}: a family rule needs kg:discoverKind, kg:discoverScheme and kg:methodWord")
            products = tuple(sorted(pv.get(KG + "productWord", [])))
            rules.append(DiscoveryRule(s, kind, scheme, (), family=True, method_words=words, product_words=products))
        elif KG + "DiscoveryRule" in pv.get(RDF_TYPE, []) and (pv.get(KG + "headWord") or pv.get(KG + "namePattern")):
            kind = pv.get(KG + "discoverKind", [""])[0].rsplit("#", 1)[-1]
            scheme = pv.get(KG + "discoverScheme", [""])[0]
            parent = pv.get(KG + "discoverParent", [None])[0]
            if kind not in KINDS or not scheme or (parent is not None and parent not in concepts):
                raise VocabularyError(f"{s}: a discovery rule needs kg:discoverKind, kg:discoverScheme and a known parent")
            intros = tuple(sorted(pv.get(KG + "introPattern", [])))
            guarded = tuple(sorted(pv.get(KG + "guardedIntroPattern", [])))
            names = tuple(sorted(pv.get(KG + "namePattern", [])))
            for prop, patterns in (("introPattern", intros), ("guardedIntroPattern", guarded), ("namePattern", names)):
                for pattern in patterns:
                    try:
                        compiled = re.compile(pattern)
                    except re.error as e:
                        raise VocabularyError(f"{s}: kg:{prop} {pattern!r} is not a valid regular expression: {e}") from None
                    if compiled.groups:
                        raise VocabularyError(f"{s}: kg:{prop} {pattern!r} must use (?:...) groups only")
            rules.append(
                DiscoveryRule(
                    s,
                    kind,
                    scheme,
                    tuple(sorted(pv.get(KG + "headWord", []))),
                    parent,
                    pv.get(KG + "productName", ["false"])[0] == "true",
                    intros,
                    name_patterns=names,
                    guarded_intros=guarded,
                )
            )
    _check_rules(rules)
    return Vocabulary(
        concepts,
        hidden,
        ctx_labels,
        ctx_terms,
        exact,
        tuple(sorted(set(cues))),
        tuple(rules),
        frozenset(not_names),
        tuple(sorted(suffixes)),
        frozenset(not_evidence),
        tuple(sorted(other_senses)),
        tuple(sorted(learning_cues)),
        files,
        unlinked,
        frozenset(records_data),
        frozenset(when_run),
        bare,
        tuple(sorted(computing_cues)),
        tuple(sorted(science_cues)),
        frozenset(other_science),
        frozenset(learning_families),
        object_terms,
        sense_terms,
        other_objects,
        takes_words,
        contrasts,
    )


def _check_rules(rules: list[DiscoveryRule]) -> None:
    """Every discovered IRI reads back to one kind: rules that mint IRIs under one prefix (``<scheme>discovered/``, plus
    the parent's slug) share a kind. They name one entity per name (models17): its parents are every such rule's
    (``Vocabulary.describe_discovered``)."""
    by_prefix: dict[str, list[DiscoveryRule]] = defaultdict(list)
    for r in rules:
        by_prefix[r.scheme + DISCOVERED + (r.parent.rsplit("/", 1)[1] + "/" if r.parent else "")].append(r)
    for prefix, same in sorted(by_prefix.items()):
        if len({r.kind for r in same}) > 1:
            raise VocabularyError(f"discovery rules {', '.join(sorted(r.iri for r in same))} mint IRIs under one prefix {prefix}")


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
