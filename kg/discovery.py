"""Finds entities the vocabulary does not know, by the words around a proper name.

"the OSWorld benchmark", "on the JRDB and ETH/UCY datasets", "benchmarks such as GAIA and WebShop",
"two RTX 5090 GPUs": the head words and the parent concept come from the discovery rules of
``schema/vocab/discovery.ttl``. A name must look like one (capitals inside it, or letters with
digits), must not be a vocabulary label or a listed non-name (``kg:notAName``), and must not overlap
a span the gazetteer already linked.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Final

import ahocorasick_rs

if sys.version_info >= (3, 11):
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
else:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_constants as _constants
    import sre_parse as _parser

from kg.vocab import ENTITY_KINDS, DiscoveryRule, Vocabulary

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+'./\-_]*[A-Za-z0-9+]|[A-Za-z0-9]")  # "RS_C11" is one name
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # split() keeps the tokens: separator, token, ..., separator
# an ASCII character's part in a token: a letter or digit "a", "+" itself, what else may join one ("'./-_") ".",
# the rest " " (a bytes table)
_TOKEN_SHAPE = bytes(
    ord("a" if c.isascii() and c.isalnum() else "+" if c == "+" else "." if c in "'./-_" else " ") for c in map(chr, range(256))
)
_SHAPE_LETTER: Final = 97  # ord("a"): constants, so that the compiled core compares them as numbers
_SHAPE_BLANK: Final = 32  # ord(" ")
_SHAPE_PLUS: Final = 43  # ord("+")
# the offsets of a text of up to this many characters as int objects made once, that token_bounds hands over: appending
# one is a reference, an int made per offset cost half of token_bounds in the compiled core (issue 4)
_OFFSETS: Final = 1 << 15
_OFFSET_INTS: Final[tuple[Any, ...]] = tuple(range(_OFFSETS))
_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|\d+(?:\.\d+)*[kKmMbB]?|Pro|Plus|Lite|Mini|XL|Max|Ultra)$")
_VERSION_OPENS = frozenset("vVPLMXU")  # what opens a match of _VERSION, but a digit
_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)$")
_INTRO = re.compile(
    r"\s*(?:\(\s*(?:(?:e\.g\.|i\.e\.|namely|including|such as),?\s*)?|"
    r",?\s*(?:such as|including|like|namely|e\.g\.,?|i\.e\.,?|:|dubbed|named|called|termed|coined)\s*)"
)
_INTRO_OR_DIRECT = re.compile(_INTRO.pattern + "| ")  # "the synthetic dataset BEDLAM"
_COMMA = re.compile(r",\s*")
_COORD = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
_COORD_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)$")
_COORDINATOR = re.compile(r"\b(?:and|or)\b|&|/")
# "ELiDAR, a dataset", "SA1B-ORS, an SA-1B-derived dataset": up to five describing words between; "the" only before
# a word that makes the data set the one of its kind ("OccNL, the first benchmark", "X, the largest corpus";
# benchfield15: 364 corpus abstracts of 30,000 write such an apposition, 148 of them missed)
_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the\s+(?=(?:first|only|new|largest|biggest|most|[a-z]+est|[a-z]+-scale)\b))\s*"
    # a describing word may be the task's short form in brackets: "Gaza-Change-v2, a new multi-class change detection
    # (MCD) dataset" (test8other); describing words may be listed with commas: "GenWorld, a large-scale, high-quality,
    # and real-world simulation dataset" (bsamp30)
    r"((?:[A-Za-z0-9][\w-]*,?\s+|\([A-Z][A-Za-z0-9-]*\)\s+){0,5})$"
)
# a bracketed long form between a name and its apposition: "DUAL (Dual Unlearning Evaluation across Training Stages), a
# benchmark" (benchfield15: 124 of 30,000 corpus abstracts, 69 of them missed)
_BRACKET_BEFORE = re.compile(r" \([^() ]+ [^()]{1,160}\)$")  # a long form of words, no short form ("RGB-Depth (KITTI), a")
_BRACKET_AFTER = re.compile(r" \([^()]{2,160}\)")
# "FindTheFlaws, a group of five diverse datasets", "ZorbSuite, a suite of 12 benchmarks": a name for several data sets
_APPOSITIVE_GROUP = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:suite|collection|set|group|family|series)\s+of\s+((?:[A-Za-z0-9][\w-]*\s+){0,4})$"
)
# a bracketed short form right before an apposition: "Molmo-2 Moments (M2M), a benchmark" (``_short_form_apposed``)
_SHORT_BEFORE = re.compile(r" \(([A-Z][A-Za-z0-9+.-]*)\)$")
_LONG_FORM_JOINS = frozenset({"of", "for", "and", "in", "on", "the", "with", "to"})  # lower-case words inside a long form
_APPOSITIVE_LEAD = re.compile(
    r"(?:^|[.!?(]\s*|\b(?:introduce[sd]?|present(?:s|ed)?|propose[sd]?|release[sd]?|construct(?:s|ed)?|curate[sd]?|"
    r"build|built|collect(?:s|ed)?|create[sd]?|contribute[sd]?|develop(?:s|ed)?|establish(?:es|ed)?|assemble[sd]?|"
    # "we design VGMED, a novel evaluation dataset", "by introducing TIDE, a dataset", "this pipeline yields Arch-300K, a
    # ... dataset", "the release of SynFundus-1M, a ... dataset" (bench29)
    r"design(?:s|ed)?|introducing|presenting|compile[sd]?|produce[sd]?|yield(?:s|ed)?|"
    r"(?:creation|construction|curation|release|development) of|"
    r"on|use|using|adopt(?:s|ed)?|from)\s+"
    r"(?:the\s+)?)$"
)
_ARTICLE_PHRASE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+,?\s+){0,8}$")  # "the largest open SAR vessel "
_APPOSITION_END = re.compile(
    r",\s+(?:and|to|which|that|a|an|the|comprising|containing|consisting|with|where|for)\b|\.(?:\s|$)|\s\("
)
_THE = re.compile(r"\bthe\s$")
# "the" and up to three describing words before a data set's name of plain capitalised words: "on the challenging
# Chameleon dataset", "on the more recent Mandibular Defect dataset", "the recently published Galar dataset" (bench29);
# not a word that ranks the data set among others ("X, the first Turkish benchmark", "the largest ...": a description)
_THE_DESCRIBING = re.compile(r"\bthe\s((?:[a-z][a-z-]*[a-z]\s){1,3})$")
_RANKING = re.compile(r"first|only|sole|[a-z]+est|new|novel|own|same|above|following|\w+-first")
# a naming verb before a name whose capitalised head word ends it: "a custom industrial dataset, named MMS Dataset" names
# the data set "MMS Dataset", as "the MMS Dataset" does (bench27; both test16 golds)
# and an edition's year may stand between "the" and the name: "of the 2021 Smoky Mountains Conference Data Challenge"
_NAMED = re.compile(r"\b(?:the|named|called|termed|dubbed)\s(?:(?:19|20)\d\d\s)?$")
# a paper's own data set introduced with its size and no head word: "we introduce MS-Q2P, comprising 7,500 queries", "we
# construct KCaQA, comprising 34.1k open-ended QA pairs", "we propose DanQing, which contains 100 million image-text pairs"
# (benchrec26: 16 such sentences in the 74,728 corpus abstracts, 15 a data set; "comprising two key components" and
# "including 1) ..." are a method's parts)
_COUNTED_INTRO = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:work|paper)) (?:introduces?|presents?|releases?|constructs?|builds?|curates?|proposes?|"
    r"contributes?)\s+(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*),\s+(?:comprising|containing|which (?:contains|comprises|"
    r"consists of)|consisting of)\s+(?:about |around |approximately |nearly |over |more than )?\d[\d,.]*\s*"
    r"(?:[kKMB]\b|million|billion|thousand)?\s*(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)"
)
# a question-answering data set named as a sentence's subject, with what it holds or tests: "TimeLogicQA evaluates whether
# video question answering systems ...", "MangaVQA consists of 526 ... questions" (bench27: 32 such sentences open with a
# "-QA" name in the unseen corpus, 29 of them a data set; the others a method's parts, "RTQA consists of three core
# components", and a metric, "PQA measures": measuring is no verb of it)
# the words _COUNTED_INTRO needs after the name, searched first: a pattern that opens with a comma is searched fast
_COUNTED_CUE = re.compile(r",\s+(?:comprising|containing|which (?:contains|comprises|consists of)|consisting of)\s")
_QA_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?-?V?QA(?:-[A-Za-z0-9]+)?)\s+(?:evaluates|tests|probes|"
    r"benchmarks|comprises|contains|consists of|spans|covers|includes)\s+(?P<rest>[^.]{0,60})"
)
# a sentence whose subject is a name and whose verb says it is a data set: "SciLaD is a novel, large-scale dataset of ...",
# "Daily Activity Recordings for Artificial Intelligence (DARai, pronounced ...) is a multimodal, hierarchically annotated
# dataset" (bench29: 18 such sentences in c50k had no link, 16 a data set); the verb and head word are searched first,
# the subject read back to the sentence's start
_COPULA_HEAD = re.compile(r" (?:is|was) an? ((?:[\w-]+,? ){0,5}?)(?:dataset|benchmark|corpus|data set)(?![\w-])")
_COPULA_SUBJECT = re.compile(
    r"(?:(?P<name>[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?: \([^()]{1,80}\))?|"
    r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|for|and|in|on|the|with|to)){1,9} \((?P<short>[A-Z][A-Za-z0-9-]*)(?:[,;][^()]{0,60})?\))"
)
# a head word that modifies what follows it: "CatShift, a label-only dataset-inference framework", "ProbeLLM, a
# benchmark-agnostic ... framework", "Robo2VLM, a ... dataset generation framework" (bench29) name no data set; "a
# benchmark framework" is one
_HEAD_MODIFIES = re.compile(
    r"(?:data set|[A-Za-z]+)(?:-|\s+(?:generation|construction|creation|curation|distillation|condensation|synthesis|"
    r"generator|pipeline|toolkit|engine|method)\b)"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?] |\|\| )(?=[^.!?]*$)")
# the model suffixes (kg:modelSuffix) that end a model family's or a metric's name, which an apposition's head word does not
# make a data set's ("SSUFormer, a ... TransFormer benchmark", "EfficientLLM, a novel benchmark and ... study"; test4's gold);
# the others name what a data set holds as well ("ReefNet", "UVLM", "RealDet", "SeqAffordSplat", "EmpathyAgent"; bench29)
_MODEL_FAMILY_ENDINGS = (
    "Former",
    "Transformer",
    "GPT",
    "BERT",
    "LLM",
    "LLaMA",
    "Llama",
    "ViT",
    "GAN",
    "Mamba",
    "Diffusion",
    "Attention",
    "Coder",
    "BLEU",
    "ROUGE",
    "CIDEr",
    "METEOR",
    "Score",
)
_COUNT_WORDS = frozenset(
    {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "several",
        "multiple",
        "various",
        "numerous",
        "many",
    }
)
_PARTS = frozenset({"components", "modules", "stages", "steps", "layers", "branches", "parts", "phases", "blocks", "agents"})
# "the", or "the public", before a name a domain's words follow ("the public CCMT plant disease dataset"; benchrec25)
_THE_DESCRIBED = re.compile(r"\b[Tt]he\s(?:(?:public|publicly available|open|open-source|large-scale|real-world)\s)?$")
_SPACED_YEAR = re.compile(r" ((?:19|20)\d\d)(?![\w.-])")  # an edition's year after a benchmark's name ("ISIC 2016")
# a point version after a benchmark's name ("Terminal-Bench 2.0", "MultiWOZ 2.4"); a score has more digits ("SciFact 0.61")
# or a unit ("gains on MMLU 2.3 points", "HotpotQA 1.5 pp"; review9)
_SPACED_VERSION = re.compile(
    r" (?:[1-9]\.\d(?![\w%-]|\.\d|\s*(?:%|pp\b|p\.p\.|pts?\b|points?\b|percent(?:age)?\b))"
    # or a "v" release ("LiveCodeBench v6", "OmniDocBench v1.5"; benchrecall6): no score is written so
    r"|[vV]\d{1,2}(?:\.\d{1,2})?(?![\w%-]|\.\d))"
)
# a plus sign or two joined after a benchmark's name: an extended edition ("FLORES+", "WMT24++", "MOSE+"; benchrecall6);
# "ImageNet+CIFAR" joins two names
_FIRST_RELEASE = re.compile(r" [vV]1(?:\.0)?")
_PLUS_EDITION = re.compile(r"\+\+?(?![\w+])")
_LIST_LEAD = re.compile(r"(?:,|\band|\bor)\s$")
# what makes a name a method's or a model's: "we propose MVRD-rPPG, a unified ... learning framework", "a model termed X"
_METHOD_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:framework|model|method|approach|architecture|network|pipeline|system|"
    r"module|agent|variant\s+of)\b"
)
_METHOD_BEFORE = re.compile(
    r"\b(?:propose[sd]?|termed|called|dubbed|named|train(?:s|ed)?|fine-tune[sd]?|produced?)\s+(?:the\s+|a\s+)?$"
)
# a paper's own method that shares a known data set's name (bsamp29): "we propose DAVIS, a Diffusion-based Audio-VIsual
# Separation framework", "This paper presents XSum, a modular pipeline"; describing words of data keep the data set
# ("an evaluation framework", "a benchmark framework", "a simulation environment")
_OWN_METHOD_LEAD = re.compile(
    r"\b(?:introduce[sd]?|present(?:s|ed)?|propose[sd]?|develop(?:s|ed)?|design(?:s|ed)?|introducing|presenting|proposing)"
    r"\s+(?:the\s+)?$"
)
_OWN_METHOD_AFTER = re.compile(
    r"(?:\s+\([^()]{1,80}\))?,\s+(?:a|an|the)\s+((?:[\w-]+,?\s+){0,6}?)(?:framework|model|method|approach|architecture|"
    r"network|pipeline|system|module|agent|technique|mechanism|tokenizer|algorithm|strategy|paradigm)\b"
)
_DATA_WORDS = re.compile(
    r"bench|data|corpus|suite|evaluat|test|challenge|leaderboard|collection|environment|simulat|gym|arena", re.I
)
# a subject or "to" right before a head word that is also a verb ("we benchmark", "to challenge"): the verb
_VERB_HEADS = frozenset({"benchmark", "challenge"})
_VERB_BEFORE = re.compile(r"\b(?:[Ww]e|[Tt]hey|to|also|further|then)\s+$")
_NOT_ADJECTIVE = {
    "a",
    "an",
    "the",
    "on",
    "of",
    "for",
    "in",
    "with",
    "from",
    "by",
    "to",
    "and",
    "or",
    "that",
    "which",
    "is",
    "are",
    "using",
    "trained",
    "evaluated",
    "tested",
    "our",
    "its",
    "their",
    "this",
    "each",
}
_SPACE = re.compile(r"\s+")
_WORD_NUMBER = re.compile(r"[-_]?\d+(?:\.\d+)?[KMkm]?")  # what joins a word in "Task01", "Stage-2", "Graph200K"
_COUNT_TIMES = re.compile(r"\d+\s*[x×]\s*[A-Z]")  # "4xL20", "8×A100": a count of devices, no data set
_OPENING = re.compile(r"On\b")  # the intro pattern of a sentence that opens with what it reports on
# what closes the list such a sentence opens with: its clause's comma, a bracket ("On Manga109 (4x), ..."), a split
_OPENING_END = re.compile(r",|\s\(|\s(?:validation|val|test|testing|training|train|dev)\s(?:set|split|subset)s?\b")
# a note in brackets after a list's item, a score or a short remark: "CIFAR10-DVS (+2.70%), N-Caltech101 (+1.94%), and
# ImageNet-1K", "CIFAR-10 (a small set), SVHN and ...", "EasyCall (Italian), and SSNCE (Tamil)"
# (leftovers14: such a remark ended the list); a bracket of capitals only is a short form ("Comprehension (GREC)"), and a
# cross-reference ("(see Table 2)") no remark on the item: both still end it
_SCORE_NOTE = re.compile(
    r"\s\((?:[+\-−]?\d+(?:\.\d+)?\s*\\?%"
    r"|(?!(?:see|cf|Table|Tab|Fig|Figure|Section|Sec|Appendix|Eq|Ref)\b)(?=[^()\n]{0,59}[a-z0-9])[^()\n]{1,60})\)"
)
# what describes a plural head word before its list: "benchmarks for multimodal-conditioned (audio, image, and text) avatar
# video generation including HDTF, AVSpeech, and CelebV-HQ"; or a colon: "benchmarks on problem-solving: FormalMath500 and ..."
# (benchrecall8)
_HEAD_GAP = re.compile(
    r"\s+(?:for|of|on|in|from|across|covering|spanning|with|representing|targeting)\s(?:[^.;:!?()]|\([^()]*\)){0,100}?"
    r"(?=,?\s*(?:including|such as)\s|:\s)"
)
# what a colon's list after such a gap enumerates where the gap ends with it: "datasets across three different tasks:
# Multi-Image Reasoning, ...", "datasets covering two imaging modalities: RGB/Drone and ..." name no data sets
_GAP_KIND = re.compile(
    r"\b(?:tasks|subtasks|modalities|domains|dimensions|languages|categories|components|types|settings|aspects|sources|"
    r"levels|regions|axes|scenarios|families|classes|groups|stages|modes|formats|genres|styles|paradigms|architectures|"
    r"models|methods|metrics|criteria|splits|subsets)$"
)
# a title's words in lower case in title case ("Benchmark and Model Adaptation", "Learning from Data with Noise")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z]{3,}(?![\w-])")
_TITLE_SMALL_WORDS = frozenset(
    [
        "with",
        "from",
        "into",
        "onto",
        "over",
        "upon",
        "than",
        "that",
        "this",
        "when",
        "what",
        "towards",
        "toward",
        "using",
        "through",
        "across",
        "without",
        "within",
        "between",
        "beyond",
        "under",
        "about",
        "against",
        "among",
        "along",
        "versus",
    ]
)
_TITLE_CHARS = 300
_POSSESSIVE = ("'s", "\u2019s")  # a possessive ends no name ("NASA's", "Meta\u2019s")
_ACRONYM_STEM = re.compile(r"[A-Z]{2}")  # a name pattern's match that opens with an acronym ("VP-Bench", "CL-bench")
_ACRONYM = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,5}s?")  # "LLM", "EHR", "T2I", "3DGS", "KGs"
# a name that ends as a benchmark's does, with an optional edition: "MCP-Bench", "VLA-Arena", "EHR-Bench-v2"
_BENCH_ENDED = re.compile(r"(?:Bench|bench|BENCH|Arena|Gym)(?:-[A-Za-z0-9.]+)?$")
# a capitalised word joined to a capitalised suffix: "Phun-Bench", "Risky-Bench", "Claw-Eval" ("Testbench" is a word)
_CAPITAL_SUFFIXED = re.compile(r"[A-Z][A-Za-z]*-(?:Bench|Eval|Arena|Gym)(?![a-z])")
_UNIT_WORD = re.compile(r"^(?:[KMGT]B|[KMG]Hz|W|mW|nm|TOPS|TFLOPS|GOPS)$")
_BIT_WIDTHS = re.compile(r"^W\d+A\d+(?:KV\d+)?$")  # a quantization setting: "W4A4", "W3A3KV4"
# a size, rate or unit before a product's class word; also a speedup or a time ("10.5x GPU", "15ms GPU time"), a size or
# a count written short ("40G GPU", "~20k GPU-hours": usertest21)
_UNIT = re.compile(r"^\d+(?:\.\d+)?(?:[KMGT]B?|[KMG]Hz|W|nm|GB/s|TOPS|TFLOPS|x|×|ms|µs|μs|us)$", re.IGNORECASE)
_GLUED_BEFORE = ("^", "-", "_", "&", "\\")  # a word right after one of these is part of a name ("Tanks\\&Temples")
_GLUED_AFTER = ("&", "\\")
_NUMBER_LED = re.compile(r"\d+[A-Z][a-z]+$")  # "50Salads", not "3-Bench" or "4K"
# a label of these kinds names no data set, even in a list of data sets ("MNIST and ResNet")
_OTHER_KINDS = ("Model", "Technique", "HardwarePlatform")
# the head words after which one capitalised word is a name ("the Spring benchmark", "the Crello test set")
# a capitalised word joined to a number of two or more digits, where a list or a head word makes it a name: "Path-512",
# "Places-365", "Market-1501" (benchrecall7); a rank or a count is none ("Top-10", "Rank-10", "Covid-19" is no name)
_WORD_NUMBERED = re.compile(r"(?!Top-|Rank-|Figure-|Table-|Section-)[A-Z][a-z]{2,}-\d{2,}$")
# a word joined to a count of thousands or millions: "Lens-800M", "VisCode-200K", "Planktonzilla-17M", the size of a data
# set ("-7B" is a model's; benchfield15: 58 corpus abstracts of 30,000 name one in apposition, 15 of them missed)
_WORD_SIZED = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-\d+(?:\.\d+)?[KM]$")
_SINGLE_HEAD = re.compile(r"(?:dataset|data set|corpus|benchmark|test set|evaluation set|challenge)(?![\w-])")
# what may follow a capitalised head word that ends a bracketed long form's head ("Korean Benchmark for Advanced Linguistic
# Tasks)", "Mobile OS Navigation Task Dataset for Agents"): the bracket's end, a comma, a lower-case word, a preposition or
# a participle; a capitalised noun makes the head word a modifier ("Self-Play In Corpus Environments")
_BRACKET_HEAD_END = re.compile(r"\)|[,;]|\s+(?:[a-z]|(?:For|Of|On|In|From|With|To|And|Across|Under)\b|[A-Z][a-z]+ing\b)")
_NEXT_CAPITALISED = re.compile(r" [A-Z][a-z]+\b")
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")
# what may follow a data set's name in a sentence: function words, head words, splits and the verbs a finding is reported
# with ("Experiments on X show", "models trained on X outperform"; a verb in "-s" or "-ed" is also taken)
_AFTER_A_NAME = frozenset(
    [
        "and",
        "or",
        "but",
        "nor",
        "with",
        "without",
        "using",
        "by",
        "to",
        "in",
        "into",
        "for",
        "from",
        "at",
        "as",
        "than",
        "across",
        "under",
        "over",
        "on",
        "of",
        "via",
        "while",
        "where",
        "whereas",
        "which",
        "that",
        "who",
        "when",
        "whose",
        "if",
        "after",
        "before",
        "during",
        "since",
        "until",
        "against",
        "between",
        "among",
        "beside",
        "besides",
        "alongside",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "may",
        "might",
        "will",
        "would",
        "shall",
        "should",
        "must",
        "also",
        "only",
        "alone",
        "both",
        "each",
        "all",
        "respectively",
        "too",
        "yet",
        "even",
        "still",
        "not",
        "dataset",
        "datasets",
        "benchmark",
        "benchmarks",
        "corpus",
        "corpora",
        "suite",
        "challenge",
        "leaderboard",
        "data",
        "set",
        "sets",
        "test",
        "val",
        "validation",
        "dev",
        "train",
        "training",
        "testing",
        "split",
        "splits",
        "subset",
        "subsets",
        "track",
        "tracks",
        "version",
        "edition",
        "show",
        "demonstrate",
        "reveal",
        "confirm",
        "indicate",
        "suggest",
        "highlight",
        "achieve",
        "outperform",
        "yield",
        "prove",
        "verify",
        "illustrate",
        "establish",
        "exhibit",
        "generalize",
        "transfer",
        "surpass",
        "match",
        "reach",
        "remain",
        "perform",
        "improve",
        "obtain",
        "attain",
        "set",
    ]
)
_LOWER_STOP = {"the", "a", "an", "our", "this", "these", "each", "single", "two", "four", "eight", "multiple", "with", "on", "of"}


@dataclass(frozen=True)
class Found:
    """A name a discovery rule found: its span and the IRI of the entity it names."""

    start: int
    end: int
    iri: str
    name: str
    method: str = "pattern"  # "context" for a vocabulary label confirmed by the words around it
    # found by its own form ("VP-Bench") or its head word ("the TrackRAD2025 challenge"), not only by its
    # place in a list or after an intro phrase ("Experiments on MATLAB built-in images")
    named: bool = False
    family: str | None = None  # a family rule's: the family the words around the name put it under


def token_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where the tokens (``_TOKEN``'s matches) of a text start, and where they end.

    In an ASCII text without the pattern (tried at every character, it cost a tenth of linking; issue 4):
    a token is a run of letters, digits and the characters that join them, from its first letter or digit
    to its last letter, digit or "+". The runs are the pieces of the text's shape (``_TOKEN_SHAPE``)
    between its blanks, most of them a token as they are.
    """
    if not text.isascii():
        # from the lengths of the pieces a split leaves (separator, token, ..., separator)
        bounds = list(accumulate(map(len, _TOKEN_SPLIT.split(text))))
        return bounds[:-1:2], bounds[1::2]
    starts: list[Any] = []  # of ints, from ``ints`` (no int made per offset)
    ends: list[Any] = []
    ints = _OFFSET_INTS if len(text) < _OFFSETS else tuple(range(len(text) + 1))
    shape = text.encode("ascii").translate(_TOKEN_SHAPE)
    start = -1  # the first letter or digit of the run read, -1 before it
    end = 0  # the end of its last letter, digit or "+" after that
    for k in range(len(shape)):  # one pass over the shape's codes, no piece of it made per run (issue 4)
        c = shape[k]
        if c == _SHAPE_LETTER:
            if start < 0:
                start = k
            end = k + 1
        elif c == _SHAPE_BLANK:
            if start >= 0:
                starts.append(ints[start])
                ends.append(ints[end])
                start = -1
        elif c == _SHAPE_PLUS and start >= 0:
            end = k + 1
    if start >= 0:
        starts.append(ints[start])
        ends.append(ints[end])
    return starts, ends


def _guarded_list(text: str, listed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names a guarded intro phrase lists, where the list reads as one (benchrecall7): it ends where the sentence
    goes on, not at a word no name is ("across FGSM, PGD, CW, and DAmageNet attacks" stops at "CW"), and no noun
    follows it ("models trained on FlatDINO latents"); without "and" or "or" it is its first name ("fine-tuned on GSM8K,
    GuardSpace outperforms")."""
    end = listed[-1][1]
    note = _SCORE_NOTE.match(text, end)
    sep = _COORD.match(text, note.end() if note else end)
    if (sep is not None and not text[sep.end() : sep.end() + 1].islower()) or _noun_follows(text, end):
        return []  # the list goes on with a word that is no name ("CW"), or a noun follows it
    if len(listed) > 1 and not any(_COORDINATOR.search(text[a[1] : b[0]]) for a, b in zip(listed, listed[1:], strict=False)):
        return listed[:1]
    return listed


def _noun_follows(text: str, end: int) -> bool:
    """A lower-case word right after a list's last name that is no function word, head word, split's name or verb, or a
    capitalised word: the name modifies it or is part of a longer one ("models trained on FlatDINO latents", "gains on
    AIME-style tasks", "validation on the BlueROV2 platform", "improvement on VDE Subject"), so it names no data set
    there."""
    if _NEXT_CAPITALISED.match(text, end):
        return True  # "gains on VDE Subject and VDE Clarity": the name is part of a longer one, or modifies it
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word not in _AFTER_A_NAME and not word.endswith("ed") and not (word.endswith("s") and word[:-1] in _AFTER_A_NAME)


def _is_version(word: str) -> bool:
    """``_VERSION.match(word)``, tried only on a word that opens as a match does (most words do not: no call; issue 4)."""
    c = word[:1]
    return (c.isdigit() or c in _VERSION_OPENS) and _VERSION.match(word) is not None


def _spelling(name: str) -> str:
    """A name without case, spaces or hyphens: "LVIS V1" and "LVIS-v1" are "lvisv1"."""
    return name.replace(" ", "").replace("-", "").lower()


def name_like(text: str) -> bool:
    """Looks like a proper name: two capitals, a capital inside a word, or a capital with digits.

    Judged part by part for hyphenated words ("Large-Scale" is not a name, "SWE-bench" is), and an
    all-capital name needs three characters ("OR", "AD" are not names).
    """
    if text.islower():
        return False  # no capital anywhere (most words): no test below passes without one
    parts = [p for p in text.split("-") if p]
    if len(parts) > 1:
        # "MP-100", "MA-12": two capitals with a number are a name too
        return any(_name_part(p) for p in parts) or (
            len(parts) == 2 and len(parts[0]) > 1 and parts[0].isalpha() and parts[0].isupper() and parts[1].isdigit()
        )
    return _name_part(text)


def _titled_compound(word: str) -> bool:
    """Two or more capitalised words joined by hyphens, with an optional version last: "Gaza-Change-v2", "Drive-Gaze"."""
    parts = word.split("-")
    if len(parts) > 2 and _TRAILING_VERSION.fullmatch(parts[-1]):
        parts = parts[:-1]
    return len(parts) > 1 and all(p[:1].isupper() and p.isalpha() and p[1:].islower() for p in parts)


_TRAILING_VERSION = re.compile(r"[vV]?\d{1,2}(?:\.\d{1,2})?")


def _name_part(text: str) -> bool:
    if text.isascii():
        return _ascii_name_part(text)
    return _name_part_read(text)


def _ascii_name_part(text: str) -> bool:
    """``_name_part_read`` of an ASCII text, in one pass over its characters' codes (where the compiled core compares
    numbers, not a call per character and test: a tenth of the cost; issue 4)."""
    alnum = alpha = upper = 0
    lower = digit = camel = after_lower = False
    for c in text:
        o = ord(c)
        if 65 <= o <= 90:  # A-Z
            upper += 1
            alpha += 1
            alnum += 1
            camel = camel or after_lower
            after_lower = False
        elif 97 <= o <= 122:  # a-z
            alpha += 1
            alnum += 1
            lower = after_lower = True
        else:
            if 48 <= o <= 57:
                alnum += 1
                digit = True
            after_lower = False
    if upper and not lower and alnum < 3:  # text.isupper()
        return False
    if alpha < 2:
        return False
    if upper >= 2:
        return True
    return camel or (65 <= ord(text[0]) <= 90 and digit)


def _name_part_read(text: str) -> bool:
    if text.isupper() and sum(map(str.isalnum, text)) < 3:
        return False
    if sum(map(str.isalpha, text)) < 2:
        return False
    if sum(map(str.isupper, text)) >= 2:
        return True
    camel = any(a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False))
    return camel or (text[0].isupper() and any(map(str.isdigit, text)))


def _required(pattern: str, ascii_text: bool = False) -> frozenset[str] | None:
    """Strings of which every match of a regular expression holds one (None: none found).

    Read from the parsed pattern: a run of literal characters in sequence, the union over the
    branches of an alternation, the body of a repeat that runs at least once. Case-insensitive parts
    require nothing (their literals match other spellings).

    With ``ascii_text``, strings of which every match in an ASCII text holds one: a run of literals is read on
    with each of the few characters that may follow it ("-" before "\\d" is "-0", ..., "-9": a hyphen is in
    most texts, a hyphen before a digit in few; see ``_first_chars``).
    """
    parsed = _parser.parse(pattern)
    return _required_in(parsed.data, bool(parsed.state.flags & re.IGNORECASE), ascii_text)


def _required_in(items: Sequence[tuple[Any, Any]], ignorecase: bool, ascii_text: bool = False) -> frozenset[str] | None:
    best: frozenset[str] | None = None

    def consider(need: frozenset[str] | None) -> None:
        nonlocal best
        if need and all(need) and (best is None or min(map(len, need)) > min(map(len, best))):
            best = need

    def ran(run: str, rest: Sequence[tuple[Any, Any]]) -> frozenset[str]:
        after = _first_chars(rest, ignorecase) if ascii_text else None
        return frozenset({run + c for c in after}) if after else frozenset({run})

    run = ""
    for k, (op, av) in enumerate(items):
        if op is _constants.LITERAL and not ignorecase:
            run += chr(av)
            continue
        consider(ran(run, items[k:]) if run else None)
        run = ""
        if op is _constants.SUBPATTERN:
            _, add, remove, sub = av
            ic = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            consider(_required_in(sub.data, ic, ascii_text))
        elif op is _constants.BRANCH:
            needs = [_required_in(branch.data, ignorecase, ascii_text) for branch in av[1]]
            if all(needs):
                consider(frozenset().union(*needs))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(_required_in(av[2].data, ignorecase, ascii_text))
    consider(frozenset({run}) if run else None)
    return best


_FIRST_CHARS = 16  # a run of literals is read on with at most this many characters


def _first_chars(items: Sequence[tuple[Any, Any]], ignorecase: bool) -> set[str] | None:
    """The characters one of which a match of ``items`` in an ASCII text starts with, as written (None: none read, or
    more than ``_FIRST_CHARS``, or the match may be empty). Assertions take no text and are passed; a repeat that may
    run no time opens with its body's characters or with those of what follows it; a case-insensitive part reads
    nothing."""
    if ignorecase:
        return None
    for k, (op, av) in enumerate(items):
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue
        out: set[str] | None
        if op is _constants.LITERAL:
            out = {chr(av)}
        elif op is _constants.IN:
            out = _exact_class(av)
        elif op is _constants.SUBPATTERN:
            _, add, remove, sub = av
            if add & re.IGNORECASE and not remove & re.IGNORECASE:
                return None
            # a group that may match empty: what follows it may open the match
            out = _first_chars([*sub.data, *items[k + 1 :]], False)
        elif op is _constants.BRANCH:
            parts = [_first_chars([*b.data, *items[k + 1 :]], False) for b in av[1]]
            out = None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            out = _first_chars(av[2].data, False)
        elif op in _REPEATS:
            body, rest = _first_chars(av[2].data, False), _first_chars(items[k + 1 :], False)
            out = None if body is None or rest is None else body | rest
        else:
            return None
        return out if out is not None and len(out) <= _FIRST_CHARS else None
    return None  # nothing consumed: the match may end here


def _exact_class(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class in an ASCII text, as written ("[Bb]", "\\d"), None for a negated one or a category
    other than digits."""
    out: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            out.add(chr(av))
        elif op is _constants.RANGE:
            if av[1] - av[0] >= _FIRST_CHARS:
                return None
            out.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
            out.update("0123456789")  # in an ASCII text
        else:
            return None
    return out


_REPEATS = tuple(getattr(_constants, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_constants, n))


def prefilter(pattern: str) -> re.Pattern[str] | None:
    """A cheaper pattern that every text matching ``pattern`` matches too (None: none cheaper found).

    The pattern less its leading items up to the first literal character or alternation, where each
    branch of that alternation is cut the same way: "[A-Za-z0-9][A-Za-z0-9.+]*(?:-?Bench|-?Eval)(?!\\w)"
    gives "(?:Bench|Eval)(?!\\w)", "[A-Za-z][\\w.]*-\\d+[Bb]" gives "-\\d+[Bb]". A match of the pattern
    holds a match of what is left, and a pattern that starts with a literal is searched for fast.
    """
    parsed = _parser.parse(pattern)
    cut = _from_literal(parsed.data, parsed.state)
    if cut == list(parsed.data):
        return None
    return _compiler.compile(_parser.SubPattern(parsed.state, cut), 0)  # type: ignore[no-any-return]


def _list_end(before: Sequence[str], after: Sequence[str]) -> int:
    """How many of the separators ``after`` an anchor still join its list: a bare comma after the list's
    "and" ("On COCO and LVIS, PicoSAM3 achieves") starts the sentence's clause, not another item."""
    joined = any(_COORDINATOR.search(sep) for sep in before)
    for n, sep in enumerate(after):
        if joined and not _COORDINATOR.search(sep):
            return n
        joined = joined or bool(_COORDINATOR.search(sep))
    return len(after)


_DFA_KEYS = 40_000  # automata of up to this many keys are compiled as a DFA


def aho_corasick(keys: list[str]) -> ahocorasick_rs.BytesAhoCorasick | None:
    """An automaton reporting every (overlapping) match of ``keys``; None for no keys. Search it with ``find_all``.

    A DFA scans about twice as fast as the default NFA where it stays small (discovery's openings, the
    case-sensitive labels, the phrases of other senses); over the tens of thousands of case-folded labels it is
    slower (it outgrows the CPU caches) and slow to build. Either finds the same matches.

    The keys' UTF-8 bytes: the library's automaton over strings is this one over their UTF-8 bytes, and maps
    each match's byte offsets to characters through a table of every byte of the text that it fills per search
    (a third of a scan's cost, for texts that are nearly all ASCII, where the offsets are the same; issue 4).
    """
    fast = ahocorasick_rs.Implementation.DFA if len(keys) <= _DFA_KEYS else None
    if not keys:
        return None
    return ahocorasick_rs.BytesAhoCorasick(
        [k.encode() for k in keys], matchkind=ahocorasick_rs.MatchKind.Standard, implementation=fast
    )


def find_all(automaton: ahocorasick_rs.BytesAhoCorasick, text: str) -> list[tuple[int, int, int]]:
    """Every occurrence of every key of ``automaton`` (``aho_corasick``) in ``text``, overlapping ones included, as
    (key index, start, end) in characters, in the order the automaton reports them.

    A key's UTF-8 bytes occur in the text's only where the key occurs (UTF-8 marks where a character starts), so
    these are the string automaton's matches, in its order.
    """
    data = text.encode()
    # typed here, not only by the library's stubs: a build whose mypy does not see them compiled the loops over the
    # matches with generic object operations (speed21)
    found: list[tuple[int, int, int]] = automaton.find_matches_as_indexes(data, overlapping=True)
    if len(data) == len(text) or not found:
        return found  # ASCII: a byte per character
    at = [0] * (len(data) + 1)  # byte offset -> character offset, at the bytes that start a character
    b = 0
    for i, c in enumerate(text):
        at[b] = i
        o = ord(c)
        b += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
    at[b] = len(text)
    return [(k, at[s], at[e]) for k, s, e in found]


def word_run(pattern: str) -> tuple[frozenset[str], bool] | None:
    """Characters in a run of which every match of ``pattern`` lies, from the run's start (None: none read); and
    whether that holds in any text, not only an ASCII one.

    Read from the parsed pattern: it opens with a lookbehind of one character that none of the characters passes
    ("(?<![\\w.+/-])"), and every character it consumes is one of them; so a match starts where the run of these
    characters around any part of it starts (the character before is none of them). "[A-Za-z0-9][A-Za-z0-9.+-]*Bench"
    after that lookbehind gives the letters, digits, ".", "+" and "-". A category ("\\d" takes other digits) or a
    case-insensitive part (where "K" (Kelvin) matches "k") consumes characters outside the set in a non-ASCII text:
    the second value is False then.
    """
    parsed = _parser.parse(pattern)
    items = list(parsed.data)
    if not items or items[0][0] is not _constants.ASSERT_NOT or items[0][1][0] != -1:
        return None
    behind = items[0][1][1]
    if len(behind.data) != 1 or behind.data[0][0] not in (_constants.IN, _constants.LITERAL):
        return None  # a lookbehind of one character
    read = _consumed(items[1:], bool(parsed.state.flags & re.IGNORECASE))
    if read is None or not read[0]:
        return None
    check = _compiler.compile(behind, 0)
    if not all(check.fullmatch(c) for c in read[0]):
        return None
    return frozenset(read[0]), read[1]


def _consumed(items: Sequence[tuple[Any, Any]], ignorecase: bool) -> tuple[set[str], bool] | None:
    """(every character a match of ``items`` may consume in an ASCII text, whether in any text), None when unread."""
    out: set[str] = set()
    exact = True
    for op, av in items:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue  # they consume nothing
        got: set[str] = set()
        if op is _constants.LITERAL:
            got.add(chr(av))
        elif op is _constants.IN:
            for cop, cav in av:
                if cop is _constants.LITERAL:
                    got.add(chr(cav))
                elif cop is _constants.RANGE:
                    got.update(map(chr, range(cav[0], cav[1] + 1)))
                elif cop is _constants.CATEGORY and cav is _constants.CATEGORY_DIGIT:
                    got.update("0123456789")
                    exact = False  # other digits in a non-ASCII text
                else:
                    return None  # a negated class, another category
        elif op is _constants.SUBPATTERN:
            _, add, remove, sub = av
            inner = _consumed(sub.data, (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
            if inner is None:
                return None
            got, exact = inner[0], exact and inner[1]
        elif op is _constants.BRANCH:
            for branch in av[1]:
                inner = _consumed(branch.data, ignorecase)
                if inner is None:
                    return None
                got.update(inner[0])
                exact = exact and inner[1]
        elif op in _REPEATS:
            inner = _consumed(av[2].data, ignorecase)
            if inner is None:
                return None
            got, exact = inner[0], exact and inner[1]
        else:
            return None
        if ignorecase and op is not _constants.SUBPATTERN:
            got.update({c.swapcase() for c in got if c.isascii()})
            exact = False
        out.update(got)
    return out, exact


def _from_literal(items: Sequence[tuple[Any, Any]], state: Any) -> list[tuple[Any, Any]]:
    for k, (op, av) in enumerate(items):
        if op is _constants.LITERAL or op is _constants.SUBPATTERN:
            return list(items[k:])
        if op is _constants.BRANCH:
            branches = [_parser.SubPattern(state, _from_literal(b.data, state)) for b in av[1]]
            return [(op, (av[0], branches)), *items[k + 1 :]]
    return list(items)


# what an _Alternatives pickles: groups, needs, sources, compiled, whole
_AlternativesState = tuple[
    list[str],
    list[frozenset[str] | None],
    list[tuple[str, ...]],
    dict[tuple[int, ...], re.Pattern[str] | None],
    re.Pattern[str] | None,
]


class _Alternatives:
    """Named groups joined into one pattern, searched in a text without the groups that cannot match
    there: the same matches (a group that matches nowhere in a text wins nowhere), fewer alternatives
    tried at every position.

    A group is left out when the text holds none of the strings every match of the group holds, or none
    of its triggers (see ``prefilter``) matches the text.

    ``finditer`` tries the pattern only at the starts of the runs (see ``word_run``) around those strings,
    where every group's patterns allow it: the same matches, without a try at every position of the text
    (a name pattern backtracks through each word; issue 4).

    In an ASCII text it finds those strings, read on with what may follow them (``_required``'s ``ascii_text``: "-0"
    to "-9", not every hyphen), by one Aho-Corasick scan, without a substring test per string or a trigger's search
    (a trigger that opens with no literal, "(?:-?Bench|...)", is tried at every position: a tenth of discovery's
    cost; issue 4), and tries each run's start with only the groups whose strings that run holds, in their order:
    a group can match only where a run of its own strings starts, so the first of them that matches there is the
    whole pattern's match there.
    """

    def __init__(self, groups: Sequence[str] | None = None, triggers: Sequence[Sequence[str]] = ()) -> None:
        if groups is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        self.groups = list(groups)
        self.needs = [_required(g) for g in groups]
        self.sources = [tuple(ps) for ps in triggers]
        self.triggers = self._triggers()
        self.runs = self._runs()
        self.compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self.whole = self._compile(tuple(range(len(self.groups))))
        self._scanned()

    def _triggers(self) -> list[list[re.Pattern[str]] | None]:
        out: list[list[re.Pattern[str]] | None] = []
        for patterns in self.sources:
            cut = [prefilter(p) for p in patterns]
            out.append([t for t in cut if t is not None] if cut and None not in cut else None)
        return out

    def _runs(self) -> list[list[tuple[frozenset[str], bool]] | None]:
        """Per group, each of its patterns' runs (``word_run``); None where one is unread."""
        out: list[list[tuple[frozenset[str], bool]] | None] = []
        for patterns in self.sources:
            runs = [word_run(p) for p in patterns]
            out.append([r for r in runs if r is not None] if runs and None not in runs else None)
        return out

    def __getstate__(self) -> _AlternativesState:
        # a prefilter is compiled from a parsed pattern and has no source text to be pickled by: cut again on
        # load (fields named one by one: a class compiled by mypyc has no __dict__)
        return self.groups, self.needs, self.sources, self.compiled, self.whole

    def __setstate__(self, state: _AlternativesState) -> None:
        self.groups, self.needs, self.sources, self.compiled, self.whole = state
        self.triggers = self._triggers()
        self.runs = self._runs()
        self._scanned()

    def _scanned(self) -> None:
        """The automaton of the strings every group's matches hold in an ASCII text, and per string the groups whose
        they are, each with the characters of its patterns' runs; no automaton where a group has none read."""
        self.automaton: ahocorasick_rs.BytesAhoCorasick | None = None
        self.keys: tuple[str, ...] = ()  # the strings, the automaton's keys
        self.key_runs: list[list[tuple[int, frozenset[str]]]] = []  # per key: (the group's bit, its runs' characters)
        self.by_mask: dict[int, re.Pattern[str]] = {}  # the pattern of the groups of a mask's bits
        keys: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for i, (group, runs) in enumerate(zip(self.groups, self.runs, strict=True)):
            need = _required(group, ascii_text=True)
            if runs is None or need is None:
                return  # a match of the group may be anywhere
            for n in sorted(need):
                keys.setdefault(n, []).extend((1 << i, chars) for chars in sorted({c for c, _ in runs}, key=sorted))
        self.keys = tuple(keys)
        self.key_runs = list(keys.values())
        self.automaton = aho_corasick(list(keys))

    def _masked(self, mask: int) -> re.Pattern[str]:
        """The pattern of the groups of ``mask``'s bits, in their order."""
        pattern = self.by_mask.get(mask)
        if pattern is None:
            compiled = self._compile(tuple(i for i in range(len(self.groups)) if mask >> i & 1))
            assert compiled is not None  # a mask has a bit
            pattern = self.by_mask[mask] = compiled
        return pattern

    def _compile(self, which: tuple[int, ...]) -> re.Pattern[str] | None:
        if which not in self.compiled:
            self.compiled[which] = re.compile("|".join(self.groups[i] for i in which)) if which else None
        return self.compiled[which]

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The pattern with only the groups that may match in ``text``."""
        return self._compile(self._which(text))

    def finditer(self, text: str, found: list[tuple[int, int]] | None = None) -> Iterator[re.Match[str]]:
        """``for_text(text).finditer(text)``: tried only where a match may start (see the class). ``found``: every
        occurrence of the strings (``keys``) in an ASCII text, as (index, start), when the caller's scan found them (see
        ``Openings.read``)."""
        if self.automaton is not None and text.isascii():
            yield from self._scan(text, found)
            return
        which = self._which(text)
        pattern = self._compile(which)
        if pattern is None:
            return
        starts = self._run_starts(text, which)
        if starts is None:
            yield from pattern.finditer(text)
            return
        end = 0
        for start in starts:
            # a match starts at one of these: the leftmost from a position is the first of them where the pattern matches
            if start >= end and (m := pattern.match(text, start)):
                end = m.end()  # not empty: it holds one of the strings
                yield m

    def _scan(self, text: str, found: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
        """``finditer`` of an ASCII text, by the automaton or the strings ``found`` (see the class)."""
        assert self.automaton is not None
        if found is None:
            hits: list[tuple[int, int, int]] = self.automaton.find_matches_as_indexes(text.encode("ascii"), overlapping=True)
            found = [(key, at) for key, at, _ in hits]
        at: dict[int, int] = {}  # each run's start: the groups whose strings the run holds
        key_runs = self.key_runs
        for key, where in found:
            for bit, chars in key_runs[key]:
                start = where
                while start and text[start - 1] in chars:
                    start -= 1
                at[start] = at.get(start, 0) | bit
        end = 0
        for start in sorted(at):
            if start >= end and (m := self._masked(at[start]).match(text, start)):
                end = m.end()  # not empty: it holds one of the strings
                yield m

    def _run_starts(self, text: str, which: tuple[int, ...]) -> list[int] | None:
        """Where a match of the groups may start in ``text``, sorted (None: anywhere): the start of each run around an
        occurrence of a string one of which every match of a group holds."""
        ascii_text = text.isascii()
        found: set[int] = set()
        for i in which:
            runs, need = self.runs[i], self.needs[i]
            if runs is None or need is None:
                return None
            for chars, exact in runs:
                if not exact and not ascii_text:
                    return None
                for n in need:
                    at = text.find(n)
                    while at >= 0:
                        start = at
                        while start and text[start - 1] in chars:
                            start -= 1
                        found.add(start)
                        at = text.find(n, at + 1)
        return sorted(found)

    def _which(self, text: str) -> tuple[int, ...]:
        """The groups that may match in ``text``."""
        # the strings a match needs first: a substring test is cheaper than a trigger's search ("-?Bench" is
        # tried at every position), and a group left out for want of them matches nowhere in the text either
        return tuple(
            i
            for i, (need, trig) in enumerate(zip(self.needs, self.triggers, strict=True))
            if (need is None or any(n in text for n in need)) and (trig is None or any(t.search(text) for t in trig))
        )


def openings(pattern: str, flags: int = 0, limit: int = 512) -> frozenset[str] | None:
    """Lower-case strings one of which opens every match of ``pattern`` in an ASCII text (None: none found).

    Read from the parsed pattern: its literal characters and small ASCII classes from the start on,
    through groups and across alternations (one set of strings per branch), until an item that is
    neither (a large class, a non-ASCII character, a repeat that may run no time: one that runs at least
    once gives its body's openings, and ends the reading); assertions take no text and are passed.
    "(?<![A-Za-z0-9])(?i:bench(?:mark)?s?|corpus)" gives {"bench", "corpus"}, "\\d+%" the ten digits. A
    case-insensitive part matches only ASCII case variants in an ASCII text, so the lower-cased text
    holds the lower-cased string. None when some match may open with no such string.
    """
    return _openings_of(_parser.parse(pattern, flags).data, limit)


def _openings_of(items: Sequence[tuple[Any, Any]], limit: int = 512) -> frozenset[str] | None:
    """``openings`` of a parsed pattern's items."""
    outs, _ = _openings(items, limit)
    # a string that opens with another opens only where that one does
    return None if "" in outs else frozenset(o for o in outs if not any(p != o and o.startswith(p) for p in outs))


def _openings(items: Sequence[tuple[Any, Any]], limit: int) -> tuple[set[str], bool]:
    """(strings one of which opens every match of ``items``, whether they are the whole matches)."""
    outs = {""}
    for op, av in items:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT):
            continue
        if op is _constants.LITERAL:
            nxt, whole = ({chr(av).lower()}, True) if av < 128 else (None, False)
        elif op is _constants.IN:
            nxt, whole = _class_chars(av), True
        elif op is _constants.SUBPATTERN:
            nxt, whole = _openings(av[3].data, limit)
        elif op is _constants.BRANCH:
            parts = [_openings(b.data, limit) for b in av[1]]
            nxt, whole = set().union(*(p for p, _ in parts)), all(w for _, w in parts)
        elif op in _REPEATS and av[0] >= 1:
            # a body that runs at least once opens the match ("\\d+" opens with a digit); the rest is not read
            nxt, whole = _openings(av[2].data, limit)[0], False
        elif op in _REPEATS and av[1] == 1:
            # at most once: the body read whole, or nothing ("s?", "(?: the)?"); and on ("results on": issue 4)
            body, body_whole = _openings(av[2].data, limit)
            nxt, whole = (body | {""}, True) if body_whole else (None, False)
        else:
            nxt, whole = None, False
        if nxt is None or len(outs) * len(nxt) > limit:
            return outs, False
        outs = {o + n for o in outs for n in nxt}
        if not whole:
            return outs, False
    return outs, True


def _class_chars(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The lower-cased ASCII characters of a class ("[A-Ca]", "\\d"), None for a negated or non-ASCII one."""
    out: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL and av < 128:
            out.add(chr(av).lower())
        elif op is _constants.RANGE and av[1] < 128:
            out.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
            out.update("0123456789")  # in an ASCII text
        else:
            return None
    return out


_WORD_START = "(?<![A-Za-z0-9])"  # a pattern that opens with this matches only where no ASCII letter or digit precedes
# an ASCII byte as the scan for word-start openings reads it: a letter lower-cased, a digit itself, any other byte 0 (what
# ``_WORD_START`` lets precede a match); a bytes table
_MARKED = bytes(c | 0x20 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 0 for c in range(256))


class Openings:
    """A pattern's ``finditer``, trying the pattern only where one of its openings (see ``openings``)
    starts: the same matches, without a try at every position of the text.

    The openings are found by one Aho-Corasick scan of the lower-cased text; a match can start nowhere
    else, so the leftmost match from a position is the first opening from there where the pattern
    matches, as ``finditer`` finds it. A text with a character outside ASCII (where "ſ", "K" (Kelvin)
    or "ı" match letters case-insensitively, and a digit may be Arabic) is searched in full.
    A pattern that opens with ``_WORD_START`` is not tried where a letter or digit precedes an opening
    ("on" in "evaluation", "5" in "2025": two in three of discovery's openings); the scan does not even report them
    there: it reads the text with every byte but a letter or digit made 0 (``_MARKED``) and a 0 put before it, for
    the openings read so with a 0 before them. What it finds is every opening the lower-cased text holds where no
    letter or digit precedes (and a few more: "e.g" where "e-g" stands), with a third of the matches to hand over
    (issue 4).

    Given the pattern's ``alternatives`` (it is ``_WORD_START`` and their alternation), a position is tried
    with only those of them that one of the openings there opens, in their order: the same first match,
    without trying every alternative at every opening (a tenth of what the whole pattern costs, at "on" or
    a digit; issue 4).

    The same scan finds every occurrence of the ASCII strings ``also`` (anywhere, as written: read as the scanned
    text holds them, then checked in the text), for another search of the text to start from (the name patterns'
    strings, see ``_Alternatives``: a scan of its own cost as much as this one; issue 4). See ``read``.
    """

    def __init__(
        self, pattern: re.Pattern[str] | None = None, alternatives: tuple[str, ...] = (), also: tuple[str, ...] = ()
    ) -> None:
        if pattern is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        if alternatives and pattern.pattern != _WORD_START + "(?:" + "|".join(alternatives) + ")":
            raise ValueError("the alternatives are not those of the pattern")
        self.pattern = pattern
        self.alternatives = alternatives
        self.also = also if all(a and a.isascii() for a in also) else ()
        self.firsts = tuple(a[0] for a in self.also)
        parts = alternatives or (pattern.pattern,)
        # the pattern parsed once: each alternative's openings are read from its branch, and the pattern of a mask's
        # alternatives is made from their branches (see ``_tried``), not parsed again
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        self.state: Any = parsed.state
        self.head: Any = parsed.data[0]  # the word start's lookbehind, where the pattern opens with it
        self.branches: list[Any] | None = _branches(parsed, len(alternatives)) if alternatives else None
        items = [b.data for b in self.branches] if self.branches is not None else None
        opened = [_openings_of(i) for i in items] if items is not None else [openings(p, pattern.flags) for p in parts]
        # each opening's alternatives, one bit each (all of them: the whole pattern)
        keys = sorted({k for ks in opened for k in ks or ()}) if None not in opened else []
        masks = [sum(1 << j for j, ks in enumerate(opened) if ks is not None and k in ks) for k in keys]
        # its first item, not only its first branch's ("(?<![A-Za-z0-9])on|\\d" may match inside a word)
        self.word_start = pattern.pattern.startswith(_WORD_START) and parsed.data[0][0] is _constants.ASSERT_NOT
        self.shifts = [0] * len(keys)  # per key: how far its opening starts after its match in the marked text, but one
        if self.word_start:
            # the openings as the marked text holds them, after what every match of their alternative has before it (a
            # word start's 0, or a lookbehind's: see ``_behind``); two that read the same there share their alternatives
            behind = [_behind_of(i) for i in items] if items is not None else [_behind(p, pattern.flags) for p in parts]
            marked = _marked_keys(keys, masks, behind)
            if len({k for _, k in marked}) < len(marked):
                marked = _marked_keys(keys, masks, ["\0"] * len(parts))  # a key read two ways: read after the 0 alone
            self.shifts = [shift for shift, _ in marked]
            keys, masks = [k for _, k in marked], list(marked.values())
        self.opened = bool(keys)  # openings read: the pattern is tried only there
        # per key: the strings of ``also`` that read as it (a key of no opening has no alternative: mask 0)
        self.also_of: list[tuple[int, ...]] = [()] * len(keys)
        index = {k: n for n, k in enumerate(keys)}
        for j, a in enumerate(self.also):
            k = a.encode("ascii").translate(_MARKED).decode("ascii") if self.word_start else a.lower()
            if k not in index:
                index[k] = len(keys)
                keys, masks = [*keys, k], [*masks, 0]
                self.shifts.append(0)
                self.also_of.append(())
            self.also_of[index[k]] += (j,)
        self.masks = masks
        self.automaton = aho_corasick(keys)  # a few dozen openings: a DFA
        self.compiled: dict[int, re.Pattern[str]] = {(1 << len(parts)) - 1: pattern}

    def __getstate__(self) -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
        return self.pattern, self.alternatives, self.also  # the automaton is no Python object: built again from the pattern

    def __setstate__(self, state: tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]) -> None:
        pattern, alternatives, also = state  # not __init__(*state): the compiled class's __init__ then set no attribute
        self.__init__(pattern, alternatives, also)  # type: ignore[misc]

    def _tried(self, mask: int) -> re.Pattern[str]:
        """The pattern with only the alternatives of ``mask``'s bits (in their order)."""
        pattern = self.compiled.get(mask)
        if pattern is None:
            if self.branches is None:
                chosen = "|".join(a for j, a in enumerate(self.alternatives) if mask >> j & 1)
                pattern = re.compile(_WORD_START + "(?:" + chosen + ")", self.pattern.flags)
            else:
                pattern = self._from_branches(mask)
            self.compiled[mask] = pattern
        return pattern

    def _from_branches(self, mask: int) -> re.Pattern[str]:
        """The pattern of ``mask``'s alternatives compiled from the branches of the parsed pattern: what
        ``re.compile(_WORD_START + "(?:" + chosen + ")")`` makes of them, but for the groups' numbers, which stay those
        of the whole pattern (the same ``lastgroup``), without a parse per mask (a compile cost a twentieth of linking
        500 abstracts, each mask's first try in a process; issue 4)."""
        assert self.branches is not None
        chosen = [b for j, b in enumerate(self.branches) if mask >> j & 1]
        body = list(chosen[0].data) if len(chosen) == 1 else [(_constants.BRANCH, (None, chosen))]
        # the groups numbered from 1 in their order, as a parse of the source numbers them: sre fills every mark below
        # the one a match sets, so the whole pattern's numbers made each try dearer (issue 4)
        numbers: dict[int, int] = {}
        items = _renumbered([self.head, *body], numbers)
        if items is None:  # a reference to a group: compiled from the source
            chosen_source = "|".join(a for j, a in enumerate(self.alternatives) if mask >> j & 1)
            return re.compile(_WORD_START + "(?:" + chosen_source + ")", self.pattern.flags)
        state = _parser.State()
        state.flags = self.state.flags
        state.groupwidths = [None] * (len(numbers) + 1)
        state.groupdict = {name: numbers[n] for name, n in self.state.groupdict.items() if n in numbers}
        return _compiler.compile(_parser.SubPattern(state, items), self.pattern.flags)  # type: ignore[no-any-return]

    def read(self, text: str) -> tuple[dict[int, int], list[tuple[int, int]]] | None:
        """The scan of an ASCII text: each opening's start with the alternatives that open there, and every occurrence
        of a string of ``also`` as (its index, its start), in the scan's order; None where there is no scan (a text
        with a character outside ASCII, no key read)."""
        if self.automaton is None or not text.isascii():
            return None
        masks, shifts, also_of, also, firsts = self.masks, self.shifts, self.also_of, self.also, self.firsts
        at: dict[int, int] = {}  # each opening's start: the alternatives that open there
        found: list[tuple[int, int]] = []
        if self.word_start:
            # a match of a key at byte b of the marked text (its 0) is an opening at character b of the text
            marked = b"\0" + text.encode("ascii").translate(_MARKED)
            matches: list[tuple[int, int, int]] = self.automaton.find_matches_as_indexes(marked, overlapping=True)
            lead = 1  # and a string of ``also`` at character b - 1
        else:
            matches = find_all(self.automaton, text.lower())
            lead = 0
        for key, start, _ in matches:
            mask = masks[key]
            if mask:
                at[start + shifts[key]] = at.get(start + shifts[key], 0) | mask
            at_also = start - lead  # -1: the 0 put before the marked text
            for j in also_of[key]:
                # most that read as a key but are none differ in their first character ("-7" where " 7" stands)
                if at_also >= 0 and text[at_also] == firsts[j] and text.startswith(also[j], at_also):
                    found.append((j, at_also))
        return at, found

    def finditer(self, text: str, scanned: tuple[dict[int, int], list[tuple[int, int]]] | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; ``scanned``: ``read(text)``, when the caller has it."""
        if scanned is None:
            scanned = self.read(text)
        if scanned is None or not self.opened:
            yield from self.pattern.finditer(text)
            return
        at = scanned[0]
        end = 0
        for start in sorted(at):
            if start >= end and (m := self._tried(at[start]).match(text, start)):
                end = m.end()
                yield m


def _branches(parsed: Any, n: int) -> list[Any] | None:
    """The branches of ``parsed``, the parse of ``_WORD_START + "(?:" + "|".join(alternatives) + ")"`` for ``n``
    alternatives (the parser puts a group without a name or flags in line), one per alternative in their order; None
    where the parser joined or changed them (a prefix they all share moved before the branches, single characters made
    one class)."""
    data = parsed.data
    if not data or data[0][0] is not _constants.ASSERT_NOT:
        return None
    if n == 1:
        return [_parser.SubPattern(parsed.state, list(data[1:]))]
    if len(data) != 2 or data[1][0] is not _constants.BRANCH or len(data[1][1][1]) != n:
        return None
    return list(data[1][1][1])


def _renumbered(items: Sequence[tuple[Any, Any]], numbers: dict[int, int]) -> list[tuple[Any, Any]] | None:
    """A copy of parsed items with their groups numbered on from ``len(numbers) + 1`` in the order they open (``numbers``:
    old number -> new, filled); None where an item refers to a group (a backreference, a conditional)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _constants.SUBPATTERN:
            group, add, remove, sub = av
            if group is not None:
                group = numbers.setdefault(group, len(numbers) + 1)
            inner = _renumbered(sub.data, numbers)
            if inner is None:
                return None
            av = (group, add, remove, _parser.SubPattern(sub.state, inner))
        elif op is _constants.BRANCH:
            branches = [_renumbered(b.data, numbers) for b in av[1]]
            if any(b is None for b in branches):
                return None
            av = (av[0], [_parser.SubPattern(b.state, x) for b, x in zip(av[1], branches, strict=True)])
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            inner = _renumbered(av[1].data, numbers)
            if inner is None:
                return None
            av = (av[0], _parser.SubPattern(av[1].state, inner))
        elif op in _REPEATS:
            inner = _renumbered(av[2].data, numbers)
            if inner is None:
                return None
            av = (av[0], av[1], _parser.SubPattern(av[2].state, inner))
        elif op in _GROUP_REFERENCES:
            return None
        out.append((op, av))
    return out


# what refers to a group by its number, or holds items that are not read here (an atomic group's)
_GROUP_REFERENCES = tuple(
    getattr(_constants, n)
    for n in ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE", "ATOMIC_GROUP")
    if hasattr(_constants, n)
)


def _behind(pattern: str, flags: int = 0) -> str:
    """What the marked text (see ``Openings``) holds right before every match of a word-start alternative: the 0 of
    the character before it, or more where the alternative opens with a lookbehind whose characters each read as
    one byte there: "(?<=[.!?] )On" gives two 0s, as "." and " " are no letter or digit (the sentence-opening "On"
    is then not tried at every "on" and "only"; issue 4)."""
    return _behind_of(_parser.parse(pattern, flags).data)


def _behind_of(items: Sequence[tuple[Any, Any]]) -> str:
    """``_behind`` of a parsed pattern's items."""
    while items and items[0][0] is _constants.SUBPATTERN:
        items = items[0][1][3].data  # the first group's first item opens the match
    if not items or items[0][0] is not _constants.ASSERT or items[0][1][0] != -1:
        return "\0"
    out = ""
    for op, av in items[0][1][1].data:
        chars = (
            ({chr(av)} if av < 128 else None) if op is _constants.LITERAL else _class_chars(av) if op is _constants.IN else None
        )
        marks = {c.encode("ascii").translate(_MARKED) for c in chars or ()}
        if len(marks) != 1:
            return "\0"  # no character, or characters read as different bytes
        out += marks.pop().decode("ascii")
    return out if out.endswith("\0") else "\0"  # no 0 right before: no word start, no match (left to the pattern)


def _marked_keys(keys: Sequence[str], masks: Sequence[int], behind: Sequence[str]) -> dict[tuple[int, str], int]:
    """(shift, key in the marked text) -> the alternatives whose opening it is, for ``Openings``: each opening after what
    its alternatives have before it; the shift is how many bytes of the key stand between its match's start and the 0
    right before the opening."""
    out: dict[tuple[int, str], int] = {}
    for k, mask in zip(keys, masks, strict=True):
        opening = k.encode("ascii").translate(_MARKED).decode("ascii")
        for j, before in enumerate(behind):
            if mask >> j & 1:
                key = (len(before) - 1, before + opening)
                out[key] = out.get(key, 0) | 1 << j
    return out


def _head_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """One of ``words`` (or its plural) at a position of a lower-cased text, as a whole word: a head word after a name."""
    return re.compile("|".join(re.escape(h.lower()) + r"(?:e?s)?(?![a-z0-9])" for h in words))


def _labels_of(vocab: Vocabulary, kinds: Sequence[str]) -> frozenset[str]:
    """The case-folded labels of the concepts of ``kinds``: ``label.lower()`` is one exactly where
    ``any(vocab.labelled(label, k) for k in kinds)``."""
    return frozenset(lb.lower() for iri, c in vocab.concepts.items() if c.kind in kinds for lb in vocab.labels(iri))


def _title_cased(text: str) -> bool:
    """A short text whose words are all capitalised but its small ones: a title ("Slovak Massive Text Embedding Benchmark
    and Model Adaptation"), where a run of capitalised words is no name."""
    return len(text) <= _TITLE_CHARS and not any(w not in _TITLE_SMALL_WORDS for w in _LOWER_WORD.findall(text))


# a short form in brackets right before one data set's head word: "the Video Detailed Captioning (VDC) benchmark", "we
# construct a Multi-Drone Multi-Object Tracking (MDMOT) dataset"
_BRACKET_HEAD = re.compile(r"\)\s+(?:dataset|corpus|benchmark)(?![\w-])", re.IGNORECASE)
# the short form's bracket, then an apposition that calls it one data set: "(M2M), a benchmark in which", "(TET), a
# challenging perception-oriented benchmark" (``_APPOSITIVE``'s describing words; no plural, no "framework")
_BRACKET_APPOSED = re.compile(
    r"\),\s+(?:an?|the\s+(?:first|only|new|largest|biggest|most|[a-z]+est|[a-z]+-scale))\s+"
    r"(?:[A-Za-z0-9][\w-]*\s+){0,5}?(?:dataset|corpus|benchmark)(?![\w-])"
)
# what opens a data set's titled long form: "the", "our", "this", or a verb of making with its article ("we construct a",
# "introduces the"), with up to two words that introduce a name between ("the first public", "the widely used", "a new
# large-scale"); a describing word is no such ("the external graph-based Power Distribution Network (PDN) benchmark")
_NAMED_LEAD = re.compile(
    r"(?:\b(?:the|our|this)|\b(?:introduc|present|propos|construct|buil|collect|establish|creat|releas|curat|develop)\w*"
    r"\s+(?:an?|the|our))\s+(?:(?:first|new|novel|public|publicly|available|open|large-scale|proposed|recently|introduced"
    r"|released|widely|used|well-known|popular|standard|benchmark)\s+){0,2}$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"of", "and", "for", "with", "on", "in", "the", "to", "a", "an", "&"})


def _named_long_form(text: str, start: int, end: int, long_form: str) -> bool:
    """The short form text[start:end], defined by ``long_form`` that holds no head word, names one data set all the same
    (models20): it stands in brackets right after its long form and before a singular head word, the long form is written
    as a title (each word capitalised but "of", "and", ...), and "the", "our" or a verb of making opens it ("the Fatality
    Analysis Reporting System (FARS) dataset", "we construct a Multi-Drone Multi-Object Tracking (MDMOT) dataset"). A
    task's name stays a task's: "Facial Expression Recognition (FER) datasets" (plural), "speech emotion recognition
    (SER) dataset" (lower case), "serves as a Knowledge Graph Question Answering (KGQA) benchmark", "evaluate on a British
    Sign Language (BSL) dataset" (no such opening), "the BOBSL (BSL) dataset" (one name in brackets after another: the
    long form is spelt out in two words or more, "Chain-of-Perform" too)."""
    apposed = _BRACKET_APPOSED.match(text, end) is not None  # "Molmo-2 Moments (M2M), a benchmark" (hwbm24)
    if (_BRACKET_HEAD.match(text, end) is None and not apposed) or text[start - 2 : start] != " (":
        return False
    at = start - 2 - len(long_form)
    if at < 0 or text[at : start - 2] != long_form:
        return False
    words = [w for w in re.split(r"[\s,]+", long_form) if w]
    if len(re.split(r"[\s,-]+", long_form)) < 2:
        return False  # "BOBSL (BSL)": one name after another
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    if apposed and _APPOSITIVE_LEAD.search(text, max(0, at - 40), at) is not None:
        return True  # "we construct Molmo-2 Moments (M2M), a benchmark", "introduce the Turing Eye Test (TET), a ... benchmark"
    return _NAMED_LEAD.search(text, max(0, at - 60), at) is not None


class Discoverer:
    """Applies the discovery rules to one text; build once per vocabulary."""

    def __init__(
        self,
        vocab: Vocabulary | None = None,
        known: set[str] | frozenset[str] = frozenset(),
        metrics: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        if vocab is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        self.vocab = vocab
        self.known = known  # case-folded vocabulary labels, cues and terms
        # lower-cased labels of metrics ("RMSE", "G-Eval"): the linker's vocabulary is restricted to the entity kinds,
        # so a metric is asked for here, not of ``vocab``
        self.metrics = metrics
        # the labels of models, which open the names of their sized versions ("Qwen2.5-Zorb-7B", "Llamaz-13B")
        models = (c.iri for c in vocab.concepts.values() if c.kind == "Model")
        self.model_labels = tuple(sorted({lb for iri in models for lb in vocab.labels(iri)}))
        # the case-folded labels of the other kinds' concepts and of every entity's: asked of a list's words, a set's
        # lookup instead of a call of ``Vocabulary.labelled`` per kind (a tenth of discovery's cost; issue 4)
        self.other_labels = _labels_of(vocab, _OTHER_KINDS)
        self.entity_labels = _labels_of(vocab, ENTITY_KINDS)
        # benchmark labels without case, spaces or hyphens: "lvisv1.0" (see ``spaced_edition``)
        benchmarks = (c.iri for c in vocab.concepts.values() if c.kind == "Benchmark")
        self.benchmark_spellings = frozenset(_spelling(lb) for iri in benchmarks for lb in vocab.labels(iri))
        # one pattern for every rule's head words and intro phrases: a text is scanned once. Every
        # alternative starts where no letter or digit precedes; that test comes first, once, so the
        # scan gives up at once inside words instead of trying each alternative there
        self.rules = [r for r in vocab.rules if r.head_words or r.name_patterns]
        self.families = frozenset(b for r in vocab.rules for b in r.generic_bases)  # "LLM", "VLM": no model's own name
        groups = []
        names = []
        guarded: set[str] = set()
        for i, rule in enumerate(self.rules):
            if rule.head_words:
                words = "|".join(re.escape(h).replace(r"\ ", r"\s+") + r"(?:e?s)?" for h in rule.head_words)
                case = "" if all(h.isupper() for h in rule.head_words) else "?i:"
                groups.append(rf"(?P<h{i}>(?<!-)({case}{words})(?![A-Za-z0-9]))")
            # one group per intro phrase, tried in the same order as their alternation: the same first match, and a
            # position tried with only the phrases that open there ("on", a digit; see Openings)
            groups += [rf"(?P<i{i}_{k}>(?i:{intro}))" for k, intro in enumerate(rule.intro_patterns)]
            # guarded intro phrases come after them, numbered on ("trained on": see ``_noun_follows``)
            n = len(rule.intro_patterns)
            groups += [rf"(?P<i{i}_{n + k}>(?i:{intro}))" for k, intro in enumerate(rule.guarded_intros)]
            guarded.update(f"i{i}_{n + k}" for k in range(len(rule.guarded_intros)))
            if rule.name_patterns:
                names.append(rf"(?P<n{i}>{'|'.join(rule.name_patterns)})")
        # name patterns are costly to try at every word ("...Bench" backtracks through each word): a text
        # where no match of a rule's patterns can be (no "Bench", no "-7B") is searched without them
        self.guarded = frozenset(guarded)  # the group names of guarded intro phrases
        self.pattern = re.compile(_WORD_START + "(?:" + "|".join(groups) + ")") if groups else None
        named = [r for r in self.rules if r.name_patterns]
        self.names = _Alternatives(names, [r.name_patterns for r in named]) if names else None
        # and tried only where a head word or intro phrase opens; the same scan finds the name patterns' strings
        also = self.names.keys if self.names is not None else ()
        self.scan = Openings(self.pattern, tuple(groups), also) if self.pattern is not None else None
        # each family technique rule's intro after a family and its method word's list intro (see find_techniques),
        # compiled once: made per call they cost a third of find_techniques (issue 4)
        self.technique_patterns = {
            r.iri: (_technique_intro(r.method_words), _technique_listed(r.method_words))
            for r in vocab.rules
            if r.family and r.kind in ("Technique", "Model")
        }
        # a family rule's product nouns before a list (see ``find_listed_models``), compiled once
        self.product_heads = {r.iri: _product_head(r.product_words) for r in vocab.rules if r.product_words}
        # each rule's head words after a name (see ``_headed``), compiled once: a pattern per head word made per call cost
        # a fortieth of discovery (issue 4)
        self.head_patterns = {r.iri: _head_pattern(r.head_words) for r in vocab.rules if r.head_words}
        # the token bounds of the last text asked (find and find_techniques read the same text in turn)
        self._bounds_of: tuple[str, list[int], list[int]] | None = None

    def token_bounds(self, text: str) -> tuple[list[int], list[int]]:
        """``token_bounds(text)``, kept for the next call on the same text (callers only read the lists)."""
        last = self._bounds_of
        if last is not None and (last[0] is text or last[0] == text):
            return last[1], last[2]
        starts, ends = token_bounds(text)
        self._bounds_of = (text, starts, ends)
        return starts, ends

    def refuses(self, name: str) -> bool:
        """The name is a listed non-name or a vocabulary label: no discovered entity's."""
        return self._not_a_name(name) or self._known(name)

    def method_introduced(self, text: str, name: str) -> bool:
        """Some occurrence of ``name`` is introduced as the paper's own method: a lead verb before it, an apposition
        headed by a method's word after it, no word of data among the describing words ("we propose SAV, a novel
        framework"; not "we introduce OneIG-Bench, a ... benchmark framework")."""
        for at in _occurrences(text, name):
            if _OWN_METHOD_LEAD.search(text, max(0, at - 30), at) is not None:
                m = _OWN_METHOD_AFTER.match(text, at + len(name))
                if m is not None and not _DATA_WORDS.search(m.group(0)):
                    return True
        return False

    def method_named(self, text: str, name: str) -> bool:
        """The words around some occurrence of ``name`` in the text make it a method's or a model's: "we propose X, a
        ... framework", "a model termed X", "we train X"."""
        return any(
            _METHOD_AFTER.match(text, at + len(name)) or _METHOD_BEFORE.search(text, max(0, at - 30), at)
            for at in _occurrences(text, name)
        )

    def spaced_edition(self, text: str, start: int, end: int, concept: str) -> int | None:
        """The end of another edition's name after a benchmark label, by its year: "ISIC 2016" where the vocabulary names
        "ISIC 2018" as an edition of ISIC (issue #3); None where the label's concept has no edition named so. A point
        version names one whatever the vocabulary holds ("Terminal-Bench 2.0", "MultiWOZ 2.4"; not "SciFact 0.61"), so
        does a "v" release ("LiveCodeBench v6") or a plus sign joined to the label ("FLORES+", "WMT24++")."""
        plus = _PLUS_EDITION.match(text, end)
        if plus is not None:
            return plus.end()
        m = _SPACED_YEAR.match(text, end)
        label = text[start:end]
        if m is None:
            version = _SPACED_VERSION.match(text, end)
            if version is None:
                return None
            if _FIRST_RELEASE.fullmatch(version.group(0)):
                return None  # "a translation of SQuAD v1", "NAVSIM v1": the first release is the label's own data set
            # "LVIS V2" where the vocabulary names "LVIS v2.0": a known edition, no new one
            spelled = _spelling(text[start : version.end()])
            known = spelled in self.benchmark_spellings or spelled + ".0" in self.benchmark_spellings
            return None if known else version.end()
        editions = {lab[len(label) + 1 :] for lab in self.vocab.labels(concept) if lab.startswith(label + " ")}
        if m.group(1) in editions:
            return None
        if not any(_SPACED_YEAR.fullmatch(" " + y) for y in editions):
            # no edition by year in the vocabulary: two named in one text are two data sets ("YouTube-VIS 2019,
            # YouTube-VIS 2021, and OVIS"; benchfield15), one alone is the label's
            years = {y.group(1) for y in re.finditer(re.escape(label) + _SPACED_YEAR.pattern, text)}
            if len(years) < 2:
                return None
        return m.end()

    def name_before_label(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The longer data set's name a benchmark label at text[start:end] ends, before a head word: "the Sign Language
        MNIST dataset" names Sign Language MNIST, not MNIST (issue #3); None where no capitalised word joins it.

        The words are those ``_widened`` joins ("the THU EACT-50 dataset"): after a lower-case word, at most three, no
        known name or listed non-name among them. A label that holds its head word ("MNIST dataset") ends before it."""
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
            return None  # most labels: no word right before them
        rule = next((r for r in self.rules if r.kind == "Benchmark" and r.head_words), None)
        if rule is None:
            return None
        space = text.rfind(" ", start, end)
        name_end = space if space > 0 and self._headed(text, rule, space) else end
        if name_end == end and not self._headed(text, rule, end):
            return None
        head = text[name_end + 1 : name_end + 40].split(" ", 1)[0]
        if not head.islower():
            return None  # "with a Comprehensive VQA Benchmark": a title's words
        at = max(0, start - 120)
        starts, ends = token_bounds(text[at:name_end])
        starts, ends = [s + at for s in starts], [e + at for e in ends]
        i = len(starts) - 1
        while i >= 0 and starts[i] > start:
            i -= 1
        if i <= 0 or starts[i] != start:
            return None
        first = self._widened(text, starts, ends, i, start, labels_only=True)
        words = text[first:start].split()
        if not words or len(words) == 1 and (words[0].isupper() or not any(c == "-" or c.isdigit() for c in words[0])):
            # a single word before a data set's name is mostly its maker's ("the NYU fastMRI dataset", "the Teledyne FLIR
            # ADAS benchmark"), not part of another name ("the TAP-Vid DAVIS dataset")
            return None
        # one data set: "the" before it; a plural head word closes a list ("on KITTI, Waymo, and Virtual KITTI datasets"),
        # not a task's name ("on several public Video TextVQA datasets", "challenging Complex VQA benchmarks")
        lead = _LIST_LEAD if head.endswith("s") else _THE
        return (first, name_end) if lead.search(text, max(0, first - 8), first) else None

    def _not_a_name(self, name: str) -> bool:
        base = name[:-1] if name.endswith("s") and len(name) > 3 else name
        if name.lower() in self.vocab.not_names or base.lower() in self.vocab.not_names:
            return True
        # a unit and a count of devices open with a digit, a bit width with "W": the patterns are tried on no other name
        digit = name[:1].isdigit()
        if (digit and _UNIT.match(name)) or (name[:1] == "W" and _BIT_WIDTHS.match(name)):
            return True  # "(24GB VRAM limit)", "W3A3 quantization"
        if name.rsplit("-", 1)[-1].lower() in _MODIFIER_PARTS:
            return True  # "RGB-based datasets"
        if digit and _COUNT_TIMES.match(name):
            return True  # "On 4xL20, it achieves": four L20 GPUs
        # "RMSE/MAE", "T2V/T2I", "PET/CT": a pair of metrics, tasks or modalities ("ETH/UCY" is a name)
        parts = name.split("/")
        return len(parts) > 1 and all(p and (self._not_a_name(p) or self._metric(p)) for p in parts)

    def _metric(self, name: str) -> bool:
        return name.lower() in self.metrics

    def _known(self, name: str) -> bool:
        base = name[:-1] if name.endswith("s") and len(name) > 3 else name
        return name.lower() in self.known or base.lower() in self.known

    def find(
        self,
        text: str,
        taken: list[tuple[int, int]],
        defined: dict[str, str] | None = None,
        anchors: dict[str, list[tuple[int, int]]] | None = None,
    ) -> Iterator[Found]:
        """Every discovered name in ``text`` that overlaps no span of ``taken``.

        ``defined`` maps the short forms the document defines to their long forms: "Facial Expression
        Recognition (FER) datasets" names a task, so a defined short form is a name only when its long
        form holds a head word ("Spiking Heidelberg Dataset (SHD)"). ``anchors`` are the spans already
        linked, by kind: a name coordinated with a linked benchmark ("ShapeNet, ModelNet40, and 8iVFB")
        is one too.
        """
        defined = defined or {}
        anchors = anchors or {}
        hits: dict[int, list[tuple[str, re.Match[str]]]] = {}
        for m in self._matches(text):
            assert m.lastgroup is not None
            # "h3": rule 3's head word, "i0_2": its intro phrase 2, "n5": its name pattern
            hits.setdefault(int(m.lastgroup[1:].split("_", 1)[0]), []).append((m.lastgroup[0], m))
        coordinated = [i for i, r in enumerate(self.rules) if not r.product and r.head_words and anchors.get(r.kind)]
        counted = self._counted(text)
        if counted:
            coordinated += [i for i, r in enumerate(self.rules) if r.kind == "Benchmark" and r.head_words and not r.product][:1]
        if not hits and not coordinated:
            return
        starts, ends = self.token_bounds(text)
        for index in sorted({*hits, *coordinated}):
            rule = self.rules[index]
            # start, end of the name, end of the span linked, whether the name says what it is (Found.named)
            spans: list[tuple[int, int, int, bool]] = []
            headed: set[tuple[int, int]] = set()  # the names a head word closes
            single: set[tuple[int, int]] = set()  # the name "dataset" or "corpus" closes ("the TACO dataset")
            if index in coordinated and anchors.get(rule.kind):
                spans += [(s, e, e, False) for s, e in self._coordinated(text, starts, ends, anchors[rule.kind], taken)]
            if rule.kind == "Benchmark" and counted and rule.head_words and not rule.product:
                spans += [(s, e, e, True) for s, e in counted]
                counted = []
            for what, m in hits.get(index, ()):
                if what == "n":
                    s, e = m.start(), m.end()
                    while e > s and text[e - 1] == ".":
                        e -= 1
                    name = text[s:e]
                    # "Dream-7B" is a name by its size, "VP-Bench" by its acronym; "Testbench" is a word
                    if rule.kind == "Model" and not self._sized_name(text, name, e):
                        continue  # "WebVid-10M", "VLM-150M": a data set's size, a family's
                    stem = name.split("-")[0]
                    # "MCP-Bench", "EHR-Bench", "T2I-CoReBench": an acronym that names no data set opens many a
                    # benchmark's name; a word does not ("Public-Bench"), nor does it open "-Eval" names, which are
                    # as often a metric or a judge ("HOI-Eval", "MCP-Eval", "T2I-Eval-R1"; benchrec25)
                    acronym_led = len(name) > len(stem) and _ACRONYM.fullmatch(stem) and _BENCH_ENDED.search(name)
                    if (self._not_a_name(stem) and not acronym_led) or not (
                        name_like(name)
                        or (name[0].isupper() and any(c.isdigit() for c in name))
                        or _ACRONYM_STEM.match(name)
                        or _CAPITAL_SUFFIXED.match(name)
                    ):
                        continue
                    spans.append((s, e, e, True))
                elif what == "i" and _OPENING.match(m.group(0)):
                    spans += [(s, e, e, False) for s, e in self._opening(text, starts, ends, m.start(), m.end())]
                elif what == "i":
                    items = self._after(text, starts, ends, m.end(), _SPACE)
                    if items and m.lastgroup in self.guarded:
                        items = _guarded_list(text, items)
                    spans += [(s, e, e, False) for s, e in items]
                elif rule.product:
                    # "two RTX 5090 GPUs" is one mention of the product, as "H100 GPUs" is
                    spans += [(s, e, m.end(), True) for s, e in self._product(text, starts, ends, m.start())]
                elif (
                    m.group(0).lower() in _VERB_HEADS
                    and _VERB_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    and not text.startswith(" (", m.end())  # "applied to benchmark (Mini-ARC) tasks": the noun
                ):
                    continue  # "we benchmark GeoTIFF loading", "to challenge X": a verb, no head word of a name
                else:
                    head = m.group(0).lower()
                    plural = head.endswith("s")
                    # a list's items named by place only under a head word in lower case: in a title ("Reasoning
                    # and Contest-Innovation Benchmarks") every word is capitalised
                    listed = plural and m.group(0)[0].islower()
                    listed_before = self._before(text, starts, ends, m.start(), plural, listed)
                    if not listed_before and head == "corpus":  # read as a plural above: "the Buckeye corpus" is one
                        word_i = self._token_before(text, starts, ends, m.start())
                        listed_before = [] if word_i is None else self._the_word(text, starts, ends, word_i, m.start())
                    headed.update(listed_before)  # "Humaneval, ShareGPT, GSM8k, and Litbench benchmarks"
                    if head in ("dataset", "corpus"):  # "the MMSE benchmark" may be a baseline
                        single.update(listed_before)
                    spans += [(s, e, e, True) for s, e in listed_before]
                    if not plural and not listed_before:
                        spans += [(s, e, e, True) for s, e in self._domain_worded(text, starts, ends, m.start())]
                    apposed = self._appositive(text, starts, ends, m.start())
                    single.update(apposed)  # "we introduce DUAL (...), a benchmark": named as one, as "the X dataset" is
                    # "we introduce ReefNet, a ... coral reef image dataset": a "-Net" the apposition names a data set is one, not
                    # a model's; a model family's ending stays a model's ("SSUFormer, a ... TransFormer benchmark") (bench29)
                    headed.update(sp for sp in apposed if not text[sp[0] : sp[1]].endswith(_MODEL_FAMILY_ENDINGS))
                    spans += [(s, e, e, True) for s, e in apposed]
                    if plural:
                        spans += [(s, e, e, True) for s, e in self._appositive(text, starts, ends, m.start(), group=True)]
                    spans += [(s, e, e, True) for s, e in self._titled(text, starts, ends, m.start(), m.end())]
                    if not plural:
                        spans += [(s, e, e, True) for s, e in self._named_after(text, starts, ends, m.start(), m.end())]
                    spans += [(s, e, e, True) for s, e in self._bracketed(text, starts, ends, m.start(), m.end())]
                    after = self._after(text, starts, ends, m.end(), _INTRO if plural else _INTRO_OR_DIRECT, loose=listed)
                    if (
                        plural
                        and not after
                        and (gap := _HEAD_GAP.match(text, m.end()))
                        and not (text.startswith(":", gap.end()) and _GAP_KIND.search(gap.group(0)))
                    ):
                        after = self._after(text, starts, ends, gap.end(), _INTRO, loose=listed)
                    spans += [(s, e, e, True) for s, e in after]
                    if plural:  # "on two driving benchmarks, DriveLM and DriveLMM-o1"
                        spans += [
                            (s, e, e, False)
                            for s, e in self._after(text, starts, ends, m.end(), _COMMA, coordinated=True, loose=listed)
                        ]
            for s, e, span_end, named in spans:
                name = text[s:e]
                if any(s < b and e > a for a, b in taken) and not (
                    # "GraphRAG-Bench", "SiT-Bench": a benchmark's name holds the label of the method or model it is
                    # named after, which the gazetteer linked; the whole name is the longer span (benchrec25)
                    # a joined name that opens with a capital: "ImgEdit Bench" is ImgEdit, "benchmarks-MVBench" a dash
                    rule.kind == "Benchmark"
                    and named
                    and name[:1].isupper()
                    and " " not in name
                    and _BENCH_ENDED.search(name)
                    and all(s <= a and b <= e for a, b in taken if s < b and e > a)
                ):
                    continue
                if text[s - 1 : s].isalnum() or text[e : e + 1].isalnum():
                    continue  # a piece of a word whose other letters no token holds: "berNet" of "ÜberNet"
                if name.endswith(_POSSESSIVE):
                    continue  # "NASA's C-MAPSS dataset": the maker's name, not a data set's (the name after it may be one)
                if rule.kind == "Benchmark" and self._metric(name):
                    continue  # a metric's label ("G-Eval", an LLM judge's score) names no data set, though named like C-Eval
                if not rule.product and self._known(name):
                    # a vocabulary label the gazetteer left unlinked for want of context ("MOSE"):
                    # "the MOSE benchmark" is that context
                    known = self.vocab.labelled(name, rule.kind) or self.vocab.labelled(name[:-1], rule.kind)
                    if len(known) == 1:
                        yield Found(s, span_end, known[0], name, "context", named)
                    if (
                        known
                        or (s, e) not in single
                        or not (
                            _THE.search(text, max(0, s - 4), s)
                            or (self._apposed(text, e) and name.lower() not in self.other_labels)
                        )
                        or self._metric(name)
                    ):
                        continue
                    # "the TACO dataset" (TACO: a compiler the text does not name), "the TUM dataset": a name between "the" and
                    # "dataset" or "corpus" that no label of the rule's kind (nor a metric's) has is a new one, though known
                    # otherwise ("a decentralized MMSE benchmark", "adversarial BiAs benchmarK" are none)
                if self._named_after_known(name, rule):
                    continue
                if (
                    rule.kind == "Benchmark"
                    and name.endswith(self.vocab.model_suffixes)
                    and (s, e) not in headed
                    and not self._headed(text, rule, e)
                ):
                    continue  # "XMANet" is a model's name, but "the TrashNet dataset" a data set's
                if (
                    rule.kind == "Benchmark"
                    and not named
                    and (s, e) not in headed
                    and not self._headed(text, rule, e)
                    and self._sized_model(text, name, e)
                ):
                    continue  # "Experiments on ZorbLM-13B and GSM8K": a model's name with its size, in a list by place only
                last = name.rsplit(" ", 1)[-1]  # "Hebrew G2P benchmarks" after "grapheme-to-phoneme (G2P)": a task's
                long_form = defined.get(last) or defined.get(last[:-1] if last.endswith("s") else last)
                if (
                    long_form is not None
                    and not any(h.lower() in long_form.lower() for h in rule.head_words)
                    and not _named_long_form(text, s, e, long_form)
                ):
                    continue
                yield Found(s, span_end, self.vocab.discovered(rule, name), name, named=named)

    def _counted(self, text: str) -> list[tuple[int, int]]:
        """The paper's own data sets a lead verb introduces with their size and no head word ("we introduce MS-Q2P,
        comprising 7,500 queries"; ``_COUNTED_INTRO``), and "-QA" names a sentence opens with what they hold or test
        ("TimeLogicQA evaluates whether ..."; ``_QA_SUBJECT``): a name by its form, no known or listed non-name, and no
        count of a method's parts ("comprising 3 modules")."""
        out: list[tuple[int, int]] = []
        # each pattern tried only where the words it needs stand: searched at every offset, the two cost 16% of linking
        if _COUNTED_CUE.search(text):
            for m in _COUNTED_INTRO.finditer(text):
                name = m.group("name")
                if m.group("noun") in _PARTS or not name_like(name) or self.refuses(name):
                    continue
                out.append(m.span("name"))
        if " is a" in text or " was a" in text:
            for m in _COPULA_HEAD.finditer(text):
                span = self._copula_subject(text, m)
                if span is not None:
                    out.append(span)
        if "QA" in text:
            for m in _QA_SUBJECT.finditer(text):
                name = m.group("name")
                rest = re.findall(r"[a-z]+", m.group("rest"))[:5]
                if _PARTS.intersection(rest) or not name_like(name) or self.refuses(name):
                    continue
                out.append(m.span("name"))
        return out

    def _copula_subject(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """The name a sentence opens with, where ``m`` ("is a ... dataset") is its verb (``_COPULA_HEAD``): a name by its
        form, alone or with a bracket after it, or the short form in brackets after a long form; describing words only
        before the head word ("is a framework and dataset" is none)."""
        words = m.group(1).replace(",", " ").split()
        if _HEAD_MODIFIES.match(text, m.end(1)) or any(
            w.lower() in _NOT_ADJECTIVE and not (w in ("and", "or") and 0 < k < len(words) - 1) for k, w in enumerate(words)
        ):
            return None
        lead = _SENTENCE_START.search(text, max(0, m.start() - 200), m.start())
        if lead is None:
            return None
        subject = _COPULA_SUBJECT.fullmatch(text, lead.end(), m.start())
        if subject is None:
            return None
        group = "name" if subject.group("name") else "short"
        name = subject.group(group)
        if not name_like(name) or self.refuses(name):
            return None
        return subject.span(group)

    def _matches(self, text: str) -> list[re.Match[str]]:
        """The head words' and intro phrases' matches in ``text``, then the name patterns': one scan finds where to try
        either (see ``Openings.read``)."""
        scanned = self.scan.read(text) if self.scan is not None else None
        out = list(self.scan.finditer(text, scanned)) if self.scan is not None else []
        if self.names is not None:
            shared = scanned is not None and self.scan is not None and self.scan.also == self.names.keys
            out += self.names.finditer(text, scanned[1] if shared and scanned is not None else None)
        return out

    def _headed(self, text: str, rule: DiscoveryRule, end: int) -> bool:
        """A head word of the rule follows the name at ``end``: "the TrashNet dataset", "the MipNeRF datasets"."""
        rest = text[end : end + 40].lower()
        if rest[:1] not in (" ", "-") or not rule.head_words:
            return False
        pattern = self.head_patterns.get(rule.iri)
        return (pattern or _head_pattern(rule.head_words)).match(rest, 1) is not None

    def _sized_model(self, text: str, name: str, end: int) -> bool:
        """A name with a parameter count ("-13B") that shows a model's sign: a model's label opens it ("Llama-3-8B",
        "Qwenix-7B"), its stem ends as models' names do ("ZorbLM-13B", "FooGPT-7B"), a part after the size is a model's
        ("-Instruct", "-Chat", "-A1.8B": active parameters), or "model" follows it. Data sets carry sizes too
        ("LAION-5B", "DataComp-1B", "GraspNet-1B"): a size alone says nothing."""
        size = _PARAMETERS.search(name)
        if size is None:
            return False
        stem, rest = name[: size.start()], name[size.end() :]
        return bool(self.model_stem(stem) or _MODEL_PART.search(rest) or _MODEL_HEAD.match(text, end))

    def _sized_name(self, text: str, name: str, end: int) -> bool:
        """A sized model's name: its size is in billions ("Qwenix-7B"), or in millions after a model's vocabulary label that
        is no family ("Mamba-130M", "SmolLM-135M"; not "VLM-150M", "WebVid-10M") with no data word after it (models17:
        most names with a size in millions are data sets')."""
        if _PARAMETERS.search(name) is not None:
            return True
        size = _MILLIONS.search(name)
        if size is None:
            return True  # no size in millions ("Mixtral-8x7b" reads its size otherwise)
        stem = name[: size.start()]
        return not _DATA_AFTER.match(text, end) and any(c not in self.families for c in self.vocab.labelled(stem, "Model"))

    def model_stem(self, stem: str) -> bool:
        """A name (or the part before its size) reads as a model's: it ends as models' names do ("ZorbLM", "FooGPT"), or
        a model's label opens it ("Llama-3", "Qwenix")."""
        first = stem.split("-", 1)[0]
        return stem.endswith((*self.vocab.model_suffixes, *_MODEL_STEM_ENDINGS)) or any(
            first == lb or (len(lb) >= 4 and first.startswith(lb)) for lb in self.model_labels
        )

    def _named_after_known(self, name: str, rule: DiscoveryRule) -> bool:
        """ "Qwen3-8B", "Llama-3.1", "GPT-4o": a known name with a version is not a new benchmark.

        A known name of the rule's own kind with a joined suffix is a new one of that kind ("OSWorld-G",
        "MOSE+"); "ALFRED2" is still ALFRED.
        """
        if rule.product:
            return False
        stem = _STEM_END.split(name, maxsplit=1)[0]
        if len(stem) < 3 or stem == name or stem.lower() not in self.known:
            return False
        if rule.kind == "Benchmark" and _BENCH_ENDED.search(name) and not self.vocab.labelled(stem, rule.kind):
            return (
                False  # "SiT-Bench", "GraphRAG-Bench", "VLM-RobustBench": a benchmark named after a model or method (benchrec25)
            )
        rest = name[len(stem) :]
        if not any(stem in self.vocab.labels(c) for k in ENTITY_KINDS for c in self.vocab.labelled(stem, k)):
            # the known word written otherwise is no version of it ("CORe50" of a processor "core", "Brain4Cars",
            # "Text-ADBench"); a word with a number alone still is none ("Task01", "Stage2"), nor a describing
            # compound of a non-name ("fMRI-video datasets")
            plain = stem[1:].islower() and _WORD_NUMBER.fullmatch(rest) is not None
            return plain or (self._not_a_name(stem) and rest[1:].isalpha() and rest[1:].islower())
        return not (self.vocab.labelled(stem, rule.kind) and name[len(stem)] in "-+")

    def _token_before(self, text: str, starts: list[int], ends: list[int], pos: int) -> int | None:
        i = bisect.bisect_right(ends, pos) - 1
        return i if i >= 0 and ends[i] <= pos else None

    def _name_ending_at(
        self, text: str, starts: list[int], ends: list[int], i: int, loose: bool = False
    ) -> tuple[int, int, bool] | None:
        """(start, end, new) of the name ending with token i; new is False for a vocabulary label.

        With ``loose``, a word that is a name only by its place (a member of a list of data sets) counts
        too: "Breakfast", "Messidor", "50Salads", "Food-101" (see ``_listed_word``).
        """
        s, e = starts[i], ends[i]
        if _is_version(text[s:e]) and i > 0 and text[ends[i - 1] : s] in (" ", "-"):
            ps, pe = starts[i - 1], ends[i - 1]
            if name_like(text[ps:pe]) and not self._not_a_name(text[ps:pe]):
                return ps, e, not (self._known(text[ps:pe]) or self._known(text[ps:e]))
        name = text[s:e]
        if loose and not name_like(name) and self._listed_word(name) and self._set_apart(text, starts, ends, i):
            return s, e, not self._known(name)
        if loose and (run := self._run_start(text, starts, ends, i)) is not None:
            # "Long Range Arena", "Stanford Cars", "DVS128 Gesture": a list's item of several capitalised words
            return starts[run], e, not self._known(text[starts[run] : e])
        if not (name_like(name) or _WORD_NUMBERED.match(name) or _WORD_SIZED.match(name)) or self._not_a_name(name):
            return None
        return s, e, not self._known(name)

    def _run_word(self, word: str) -> bool:
        """A capitalised word that may be part of a data set's name of several words ("Long", "Range", "Arena")."""
        return (
            word[:1].isupper()
            and not word.endswith("'s")
            and word.lower() not in _NOT_ADJECTIVE
            and not self._not_a_name(word)
            and word.lower() not in self.other_labels
        )

    def _run_start(self, text: str, starts: list[int], ends: list[int], i: int) -> int | None:
        """The first token of a run of two to four capitalised words ending with token i and set apart from other
        capitalised words ("Long Range Arena" in "on WikiText-103, Long Range Arena, and ETT"), or None. Its last word
        is a list's word (``_listed_word``); a run of words that are all names by form is no run (each is one)."""
        last = text[starts[i] : ends[i]]
        if not (self._listed_word(last) or name_like(last)) or not self._run_word(last):
            return None
        j = i
        while j > 0 and i - j < 3 and text[ends[j - 1] : starts[j]] == " " and self._run_word(text[starts[j - 1] : ends[j - 1]]):
            j -= 1
        if j == i or all(name_like(text[starts[k] : ends[k]]) for k in range(j, i + 1)):
            return None
        if j > 1 and text[starts[j - 1] : ends[j - 1]] in ("in", "of", "for", "on", "the") and text[starts[j - 2]].isupper():
            return None  # "Road Traffic" of "Pedestrians and Cyclists in Road Traffic": the end of a longer name
        # set apart: no capitalised word or number joins the run by a space on either side, nothing glued to it
        before = j > 0 and text[ends[j - 1] : starts[j]] == " " and not text[starts[j - 1]].islower()
        after = i + 1 < len(starts) and text[ends[i] : starts[i + 1]] == " " and not text[starts[i + 1]].islower()
        glued = text[starts[j] - 1 : starts[j]] in _GLUED_BEFORE or text[ends[i] : ends[i] + 1] in _GLUED_AFTER
        return None if before or after or glued or _title_cased(text) else j

    def _run_end(self, text: str, starts: list[int], ends: list[int], i: int) -> int:
        """The last token of a run of capitalised words starting with token i (i itself for none)."""
        j = i
        while (
            j + 1 < len(starts)
            and j - i < 3
            and text[ends[j] : starts[j + 1]] == " "
            and self._run_word(text[starts[j + 1] : ends[j + 1]])
        ):
            j += 1
        return i if j == i or self._run_start(text, starts, ends, j) != i else j

    def _set_apart(self, text: str, starts: list[int], ends: list[int], i: int) -> bool:
        """No capitalised word or number joins token i by a space: "Breakfast" is a list's item in "50Salads,
        Breakfast, and", "Tiny" in "Tiny ImageNet" or "Arena" in "Long Range Arena" only part of one."""
        before = i > 0 and text[ends[i - 1] : starts[i]] == " " and not text[starts[i - 1]].islower()
        # "Bias in Bios": a word after "in", "of" and a capitalised word ends a name of several words
        before = before or (
            i > 1
            and text[starts[i - 1] : ends[i - 1]] in ("in", "of", "for", "on", "the")
            and text[ends[i - 2] : starts[i - 1]] == " "
            and text[starts[i - 2]].isupper()
            and text[ends[i - 1] : starts[i]] == " "
        )
        after = i + 1 < len(starts) and text[ends[i] : starts[i + 1]] == " " and not text[starts[i + 1]].islower()
        # glued to what is next to it, it is part of a longer name: "Temples" in "Tanks\&Temples"
        glued = text[starts[i] - 1 : starts[i]] in _GLUED_BEFORE or text[ends[i] : ends[i] + 1] in _GLUED_AFTER
        return not before and not after and not glued

    def _listed_word(self, word: str) -> bool:
        """A word that names a data set where a list of data sets holds it: capitalised or opening with a
        number ("Breakfast", "Messidor", "50Salads", "Food-101"), no function word, listed non-name, or
        label of a model, method or platform (a known model in "MNIST and ResNet" is no data set)."""
        if not (word[0].isupper() or _NUMBER_LED.match(word)) or sum(map(str.isalpha, word)) < 3:
            return False
        if word.lower() in _NOT_ADJECTIVE or self._not_a_name(word):
            return False
        return word.lower() not in self.other_labels

    def _strong(self, text: str, span: tuple[int, int]) -> bool:
        """The name is one by its form or the vocabulary, not only by its place in a list."""
        name = text[span[0] : span[1]]
        # a name of several words by its capitals alone is none by form ("Long Range Arena"; "DVS128 Gesture" is); a word
        # joined to a number of two or more digits is one beside a head word too ("the Icons-50 dataset", "Office-31")
        return (
            any(map(name_like, name.split(" ")))
            or bool(_WORD_NUMBERED.match(name) or _WORD_SIZED.match(name))
            or self._known(name)
        )

    def _keep_listed(self, text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A list's names by place only count beside a name by form: "the 50Salads, Breakfast and Assembly101
        datasets", not "the Chinese and English datasets"."""
        if len(out) > 1 and any(self._strong(text, sp) for sp in out):
            return out
        return [sp for sp in out if self._strong(text, sp)]

    def _widened(self, text: str, starts: list[int], ends: list[int], i: int, first: int, labels_only: bool = False) -> int:
        """The start of a name of several capitalised words ending at token i (its own name starting at
        ``first``), right before a head word: "the large-scale THU EACT-50 dataset", "the Sign Language MNIST
        dataset". The words must follow a lower-case word (not a sentence's first word, "Using MNIST dataset",
        "The PerAnsSumm 2025 challenge"); at most three are joined, and no known name ("the MeViS PVUW
        challenge" is PVUW's, on MeViS); with ``labels_only``, a word the vocabulary knows only as a context word
        ("Language") may join."""
        start = first
        for _ in range(3):
            j = self._token_before(text, starts, ends, start)
            if j is None or text[ends[j] : start] != " ":
                break
            word = text[starts[j] : ends[j]]
            if not word[0].isupper() or not self._listed_word(word) and not name_like(word):
                break
            if word.endswith(_POSSESSIVE):
                break  # "on Meta's ZorbSet dataset": the maker's name before the data set's
            if any(part[:1].islower() for part in word.split("-")[1:]):
                break  # "the Dual-camera RGB-MS dataset", "High-resolution": a describing compound, no part of the name
            known = word.lower() in self.entity_labels if labels_only else self._known(word)
            if self._not_a_name(word) or known or word.lower() in self.other_labels:
                break
            start = starts[j]
        if start == first:
            return start
        j = self._token_before(text, starts, ends, start)
        if j is None or text[ends[j] : start] != " " or not text[starts[j]].islower():
            return first
        return start

    def _before(
        self, text: str, starts: list[int], ends: list[int], hs: int, plural: bool, listed: bool = False
    ) -> list[tuple[int, int]]:
        """The names right before a head word: one ("the TrashNet dataset", "the THU EACT-50 dataset"), or the
        list a plural head word closes ("the 50Salads, Breakfast, and Assembly101 datasets")."""
        out: list[tuple[int, int]] = []
        i = self._token_before(text, starts, ends, hs)
        if i is None:
            return out
        if text[ends[i] : hs] == ") " and text[starts[i] - 1 : starts[i]] == "(":
            # "the Driver Simulated Gesture (DSG-18) dataset": the short form names it
            span = self._name_ending_at(text, starts, ends, i)
            return [span[:2]] if span is not None and span[0] == starts[i] else out
        if text[ends[i] : hs] not in (" ", "-"):
            return out
        if not plural and text[hs].islower() and self._name_ending_at(text, starts, ends, i) is None:
            return self._the_run(text, starts, ends, i, hs)
        while i is not None:
            span = self._name_ending_at(text, starts, ends, i, loose=listed)
            if span is None:
                break
            if not out and text[ends[i] : hs] == " ":
                span = (self._widened(text, starts, ends, i, span[0]), span[1], span[2])
            out.append(span[:2])
            item = span[0]
            j = self._token_before(text, starts, ends, item - 1)
            if j is not None and text[ends[j] : item] == " " and self._describing(text[starts[j] : ends[j]]):
                # "both English LRW and Mandarin LRW-1000 datasets": a language or a word such as "Public" before an
                # item describes it; the list goes on before it
                item = starts[j]
                j = self._token_before(text, starts, ends, item - 1)
            if j is not None and text[starts[j] : ends[j]] in ("and", "or") and j > 0:
                j -= 1
            if not plural or j is None or not _LIST_SEP.match(text[ends[j] : item]):
                break
            i = j
        if plural and len(out) == 1 and self._counted_kind(text, starts, ends, out[0]):
            return []
        return self._keep_listed(text, out)

    def _counted_kind(self, text: str, starts: list[int], ends: list[int], span: tuple[int, int]) -> bool:
        """ "6 diverse Med-VQA benchmarks", "two public LDCT datasets", "several RAC benchmarks": after a count, an acronym
        (or a task's or modality's acronym with a word joined: "UAV-captured") before a plural head word names a kind of
        data set, a task or a modality, not one (bench29: 14 such c50k names, 12 a kind; "three CASAS datasets" is a
        collection's); a name the vocabulary knows ("four MedMNIST datasets") or one in mixed case ("17 MMTab benchmarks")
        stays."""
        name = text[span[0] : span[1]]
        parts = name.split("-")
        if self._known(name) or not (
            _ACRONYM.fullmatch(name) or (len(parts) > 1 and (self._not_a_name(parts[-1]) or parts[-1].islower()))
        ):
            return False
        at, words = span[0], 0
        while (j := self._token_before(text, starts, ends, at)) is not None and text[ends[j] : at] == " ":
            word = text[starts[j] : ends[j]]
            if word.isdigit() or word.lower() in _COUNT_WORDS:
                return True
            if words == 2 or not word.islower() or word in _NOT_ADJECTIVE or word in _AFTER_A_NAME:
                return False
            at, words = starts[j], words + 1
        return False

    def _the_run(self, text: str, starts: list[int], ends: list[int], i: int, hs: int) -> list[tuple[int, int]]:
        """ "the Long Range Arena benchmark", "the Stanford Quill dataset": two to four capitalised words, none a name by its
        form, between "the" and a singular head word in lower case name one data set (issue #3)."""
        if text[ends[i] : hs] != " ":
            return []
        run = self._run_start(text, starts, ends, i)
        if run is None:
            return self._the_word(text, starts, ends, i, hs)
        if not _THE.search(text, max(0, starts[run] - 4), starts[run]) and (
            any(name_like(text[starts[k] : ends[k]]) for k in range(run, i + 1)) or not self._after_the(text, starts[run])
        ):
            # after describing words only a run of plain words: "the recently proposed DeepfakeArt Challenge benchmark"
            # stays DeepfakeArt's, as discovery names it by its form
            return []
        return [(starts[run], ends[i])]

    def _after_the(self, text: str, start: int) -> bool:
        """ "the" right before ``start``, or "the" and up to three describing words in lower case ("the challenging",
        "the more recent", "the publicly available"; bench29): none a function word, a verb a name is followed by, or a
        word that ranks the data set ("the first", "the largest")."""
        if _THE.search(text, max(0, start - 4), start):
            return True
        m = _THE_DESCRIBING.search(text, max(0, start - 60), start)
        return m is not None and not any(
            w in _NOT_ADJECTIVE or w in _AFTER_A_NAME or _RANKING.fullmatch(w) for w in m.group(1).split()
        )

    def _the_word(self, text: str, starts: list[int], ends: list[int], i: int, hs: int) -> list[tuple[int, int]]:
        """ "the Adience dataset", "the Buckeye corpus", "the Spring benchmark", "the Forest-Change dataset": one capitalised
        word, no name by its form, between "the" and a singular head word in lower case names a data set (benchrecall7),
        also with an edition's year after it ("the Algonauts 2025 challenge", bench28);
        not a word the vocabulary knows, a listed non-name ("the English dataset"), a word that ends a longer name ("Date
        Estimation in the Wild dataset") or a title-cased title's word."""
        if not _SINGLE_HEAD.match(text, hs):
            return []
        end = ends[i]
        if i > 1 and _SPACED_YEAR.fullmatch(" " + text[starts[i] : end]) and text[ends[i - 1] : starts[i]] == " ":
            i -= 1  # "the Algonauts 2025 challenge", "the Gleason 2019 challenge": the word and its edition's year (bench28)
        word = text[starts[i] : ends[i]]
        if (
            len(word) < 4
            or not all(part[:1].isupper() for part in word.split("-"))
            or name_like(word)
            or not self._listed_word(word)
            or not self._run_word(word)
            or self._known(word)
            or i < 1
            or not self._after_the(text, starts[i])
        ):
            return []
        if i > 2 and text[starts[i - 2] : ends[i - 2]] in ("in", "of", "for", "on") and text[starts[i - 3]].isupper():
            return []  # "Date Estimation in the Wild dataset": the end of a longer name
        return [] if _title_cased(text) else [(starts[i], end)]

    def _domain_worded(self, text: str, starts: list[int], ends: list[int], hs: int) -> list[tuple[int, int]]:
        """ "the CCMT plant disease dataset", "the SOTS dehazing dataset", "the public C3VD phantom colon dataset": a name by
        its form, then one to three lower-case words of its domain, between "the" and a singular head word in lower case
        name one data set (benchrec25; three since bench27: "the CarHoods10K automotive hood frame dataset")."""
        if not _SINGLE_HEAD.match(text, hs) or not text[hs].islower():
            return []
        i, words = self._token_before(text, starts, ends, hs), 0
        end = hs
        while i is not None and words < 3 and text[ends[i] : end] == " ":
            word = text[starts[i] : ends[i]]
            if not (word.isalpha() and word.islower() and len(word) > 2) or word in _AFTER_A_NAME or word in _NOT_ADJECTIVE:
                break
            words, end = words + 1, starts[i]
            i = self._token_before(text, starts, ends, end)
        if not words or i is None or text[ends[i] : end] != " ":
            return []
        name = text[starts[i] : ends[i]]
        if not name_like(name) or self._not_a_name(name):
            return []  # a known name goes on: one of the rule's kind is linked by this context, another's is not
        if not _THE_DESCRIBED.search(text, max(0, starts[i] - 40), starts[i]):
            return []
        return [(starts[i], ends[i])]

    def _describing(self, word: str) -> bool:
        """A capitalised word that describes a data set and names none: a language or region, "Public", "Large"
        (listed in kg:notAName)."""
        return word[:1].isupper() and word[1:].islower() and word.isalpha() and self._not_a_name(word)

    def _titled(self, text: str, starts: list[int], ends: list[int], hs: int, he: int) -> list[tuple[int, int]]:
        """ "the Classroom Emotion Dataset", "the AG-MG Parallel Corpus": a capitalised head word after "the" (or a naming
        verb: "named MMS Dataset") and capitalised words ends the name of one dataset, which it is part of."""
        if not text[hs].isupper():
            return []
        start, words = hs, 0
        i = self._token_before(text, starts, ends, hs)
        while i is not None and words < 5 and text[ends[i] : start] == " ":
            word = text[starts[i] : ends[i]]
            if not word[0].isupper() or word.lower() in _NOT_ADJECTIVE:
                break
            start, words = starts[i], words + 1
            i = self._token_before(text, starts, ends, start)
        named = _NAMED.search(text, max(0, start - 13), start) if words else None
        if named is None and (dated := self._titled_dated(text, starts, ends, hs, he)):
            return dated
        if named is None or (words < 2 and named.group(0)[-2].isdigit()):
            return []  # after a year, a name of several words: "the 2025 PANTHER Challenge" is PANTHER's (heldout's gold)
        if not named.group(0).startswith("the") and _NEXT_CAPITALISED.match(text, he):
            return []  # "termed Constrained Dataset Distillation (CD2)": the head word modifies a method's noun
        return [(start, he)]

    def _titled_dated(self, text: str, starts: list[int], ends: list[int], hs: int, he: int) -> list[tuple[int, int]]:
        """ "the EVENTA 2025 Grand Challenge", "the MSLR 2025 Workshop Challenge": after "the", capitalised words with an
        edition's year among them (not first: "the 2025 PANTHER Challenge" is PANTHER's; not last: "the PENGWIN 2024
        Challenge" is "PENGWIN 2024", as discovery names it by its form) and a capitalised head word name one challenge;
        none of the words may be a name the vocabulary knows ("the NTIRE 2025 Image Denoising Challenge" is NTIRE's)
        (bench28)."""
        start, words, year = hs, 0, False
        i = self._token_before(text, starts, ends, hs)
        while i is not None and words < 6 and text[ends[i] : start] == " ":
            word = text[starts[i] : ends[i]]
            if not year and words and _SPACED_YEAR.fullmatch(" " + word):
                year = True  # not right before the head word: "the PENGWIN 2024 Challenge" stays "PENGWIN 2024"
            elif not word[0].isupper() or word.lower() in _NOT_ADJECTIVE:
                break
            elif self._known(word) or word.lower() in self.other_labels or self._not_a_name(word):
                return []
            start, words = starts[i], words + 1
            i = self._token_before(text, starts, ends, start)
        if not year or _SPACED_YEAR.fullmatch(" " + text[start : text.find(" ", start)]):
            return []
        return [(start, he)] if text[max(0, start - 4) : start] == "the " else []

    def _named_after(self, text: str, starts: list[int], ends: list[int], hs: int, he: int) -> list[tuple[int, int]]:
        """ "an enhanced dataset, MOSE+, which ...", "the largest SAR vessel dataset, xView3-SAR, and ...": a
        name set off by commas after "a/the ... dataset" is that dataset's (not "On the dataset, FooNet improves")."""
        comma = _COMMA.match(text, he)
        i = bisect.bisect_left(starts, comma.end()) if comma else len(starts)
        if comma is None or i >= len(starts) or starts[i] != comma.end():
            return []
        if not _ARTICLE_PHRASE.search(text, max(0, hs - 100), hs):  # the costlier test, on the few left
            return []
        span = self._name_ending_at(text, starts, ends, i)
        if span is None or not _APPOSITION_END.match(text, span[1]):
            return []
        return [span[:2]]

    def _bracketed(self, text: str, starts: list[int], ends: list[int], hs: int, he: int) -> list[tuple[int, int]]:
        """ "PreVAD (Pre-training Video Anomaly Dataset)", "KoBALT (Korean Benchmark for Advanced Linguistic Tasks)": a name
        right before a bracket whose capitalised words hold a capitalised head word is that data set's short form
        (benchrecall8); the bracket opens with a word of the name's first letter ("Canvas (UTC Benchmark; UTCB)" is none)."""
        if not text[hs].isupper():
            return []
        opening = text.rfind("(", max(0, hs - 80), hs)
        if opening < 2 or text[opening - 1] != " " or ")" in text[opening:hs]:
            return []
        words = text[opening + 1 : hs].split()
        if not words or len(words) > 6 or not all(w[:1].isupper() for w in words) or not _BRACKET_HEAD_END.match(text, he):
            return []
        i = self._token_before(text, starts, ends, opening - 1)
        if i is None or ends[i] != opening - 1:
            return []
        span = self._name_ending_at(text, starts, ends, i)
        if span is None or span[0] != starts[i] or text[span[0]].lower() != words[0][0].lower():
            return []
        # a vocabulary label spelt out otherwise is another data set ("VERI (Visual Emergency Recognition Dataset)" is no
        # VeRi-776): neither that label's concept nor a new one
        return [] if self._known(text[span[0] : span[1]]) else [span[:2]]

    def _apposed(self, text: str, end: int) -> bool:
        """A name set apart by an apposition, its long form in brackets or not: ", a benchmark", " (...), the first
        dataset"; a word known only as another concept's context term ("DUAL": "dual" is one of optimization) is then a
        new name (benchfield15)."""
        at = end
        if (bracket := _BRACKET_AFTER.match(text, end)) is not None:
            at = bracket.end()
        return text.startswith(",", at)

    def _appositive(self, text: str, starts: list[int], ends: list[int], hs: int, group: bool = False) -> list[tuple[int, int]]:
        """ "ELiDAR, a dataset", "ORS-Bench, a manually screened benchmark": the name before ", a ..."; with ``group``,
        a name of several ("FindTheFlaws, a group of five diverse datasets"; issue #3)."""
        m = (_APPOSITIVE_GROUP if group else _APPOSITIVE).search(text, max(0, hs - 120), hs)
        if m is None or _HEAD_MODIFIES.match(text, hs):
            return []
        words = m.group(1).split()
        if words and words[-1].endswith(","):
            return []  # a comma closes the describing words before the head word
        words = [w.rstrip(",") for w in words]
        # "and" / "or" only between two describing words: "CSFormula, a large-scale and challenging dataset" (bench29), not
        # "X, a framework and benchmark"
        if any(w.lower() in _NOT_ADJECTIVE and not (w in ("and", "or") and 0 < k < len(words) - 1) for k, w in enumerate(words)):
            return []
        at = m.start()
        if text[at - 1 : at] == ")" and (bracket := _BRACKET_BEFORE.search(text, max(0, at - 170), at)) is not None:
            at = bracket.start()  # "DUAL (Dual Unlearning Evaluation across Training Stages), a benchmark"
        elif text[at - 1 : at] == ")" and not group and (short := _SHORT_BEFORE.search(text, max(0, at - 40), at)) is not None:
            return self._short_form_apposed(text, starts, ends, short.start(1), short.end(1))
        i = self._token_before(text, starts, ends, at)
        if i is None or ends[i] != at:
            return []
        span = self._name_ending_at(text, starts, ends, i)
        if span is None and _titled_compound(word := text[starts[i] : ends[i]]) and not self._not_a_name(word):
            # "we construct Gaza-Change-v2, a new ... dataset", "Cancer-Myth, an adversarial dataset": capitalised words
            # joined by hyphens are no name by their form alone ("Large-Scale"), but are one where a lead verb
            # introduces them as a data set (test8other)
            span = (starts[i], ends[i], not self._known(word))
        # "we introduce X, a dataset", "on X, a benchmark"; not "To train X, a new dataset ... is created"
        if span is None or not _APPOSITIVE_LEAD.search(text, max(0, span[0] - 40), span[0]):
            return []
        if at != m.start() and self.vocab.labelled(text[span[0] : span[1]], "Benchmark"):
            return []  # a label spelt out otherwise is another data set: "VERI (Visual Emergency Recognition Dataset), a"
        return [span[:2]]

    def _short_form_apposed(self, text: str, starts: list[int], ends: list[int], s: int, e: int) -> list[tuple[int, int]]:
        """ "we construct Molmo-2 Moments (M2M), a benchmark", "the Turing Eye Test (TET), a ... benchmark": a long form of
        capitalised words that a lead verb introduces, then its bracketed short form, then the apposition, name a new data
        set by the short form (the long form is the same data set, ``Linker._one_data_set_per_definition``). The long
        form opens with the short form's first letter (hwbm24)."""
        i = bisect.bisect_left(starts, s)
        if i >= len(starts) or (starts[i], ends[i]) != (s, e) or not name_like(text[s:e]) or self._not_a_name(text[s:e]):
            return []
        first, words = s - 2, 0  # the long form's first word: capitalised words (and "of", "for", ...) before the bracket
        k = self._token_before(text, starts, ends, s - 2)
        while k is not None and words < 8 and text[ends[k] : first] in (" ", ""):
            word = text[starts[k] : ends[k]]
            if not (word[:1].isupper() or word[:1].isdigit() or (words and word in _LONG_FORM_JOINS)):
                break
            first, words = starts[k], words + 1
            k = self._token_before(text, starts, ends, first - 1)
        while words and text[first : text.find(" ", first)].lower() in _LONG_FORM_JOINS:
            first, words = text.index(" ", first) + 1, words - 1  # "of"/"and" open no long form
        if words < 2 or text[first].lower() != text[s].lower() or self._known(text[s:e]):
            return []
        if not _APPOSITIVE_LEAD.search(text, max(0, first - 40), first):
            return []
        return [(s, e)]

    def _coordinated(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        anchors: list[tuple[int, int]],
        taken: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """Names in one coordinated list with a linked anchor: "ShapeNet, ModelNet40, and 8iVFB", "(JRDB, SIT)".

        A list counts when it is coordinated ("and", "or", "/") or fills a parenthesis, so "On ImageNet,
        FooNet improves ..." does not make FooNet a benchmark.
        """
        out: list[tuple[int, int]] = []
        # the first linked span starting (ending) at each offset: a lookup, not a scan of every span per list item
        # (a list of hundreds of linked names took seconds)
        starting: dict[int, tuple[int, int]] = {}
        ending: dict[int, tuple[int, int]] = {}
        for s, e in taken:
            starting.setdefault(s, (s, e))
            ending.setdefault(e, (s, e))
        for a_start, a_end in anchors:
            items: list[tuple[int, int, bool]] = [(a_start, a_end, False)]
            seps: list[str] = []
            pos = a_end
            while m := _COORD.match(text, pos):  # rightwards
                i = bisect.bisect_left(starts, m.end())
                if i >= len(starts) or starts[i] != m.end():
                    break
                nxt = starting.get(m.end())
                if nxt is not None and nxt[1] < ends[i]:
                    nxt = (nxt[0], ends[i])  # "CIFAR10-DVS" around a linked "CIFAR10": the list goes on after the word
                span = nxt or self._list_item(text, starts, ends, i, loose=True)
                if span is None:
                    break
                items.append((span[0], span[1], nxt is None))
                seps.append(m.group(0))
                pos = span[1]
            right = len(seps)
            pos = a_start
            while m := _COORD_BEFORE.search(text, max(0, pos - 12), pos):  # leftwards
                prev = ending.get(m.start())
                k = self._token_before(text, starts, ends, m.start())
                found = (
                    self._name_ending_at(text, starts, ends, k, loose=True)
                    if prev is None and k is not None and ends[k] == m.start()
                    else None
                )
                span = prev or (found[:2] if found else None)
                if span is None:
                    break
                items.insert(0, (span[0], span[1], prev is None))
                seps.append(m.group(0))
                pos = span[0]
            kept = _list_end(seps[right:], seps[:right])
            items, seps = items[: len(items) - right + kept], seps[:kept] + seps[right:]
            if not any(c for _, _, c in items):
                continue
            closed = text[: items[0][0]].rstrip().endswith("(") and text[items[-1][1] :].lstrip().startswith(")")
            if closed or any(_COORDINATOR.search(sep) for sep in seps):
                out += [(s, e) for s, e, new in items if new]
        return out

    def _list_item(self, text: str, starts: list[int], ends: list[int], i: int, loose: bool = False) -> tuple[int, int] | None:
        nxt = (starts[i + 1], ends[i + 1]) if i + 1 < len(starts) else None
        if (
            nxt is not None
            and text[starts[i] : ends[i]].endswith(_POSSESSIVE)
            and text[ends[i] : nxt[0]] == " "
            and text[nxt[0]].isupper()
        ):
            # "ZorbSet, NASA's QuuxData and MEDIQ": the maker's name before an item is no part of it, nor the list's end
            # (leftovers14)
            return self._list_item(text, starts, ends, i + 1, loose)
        if (
            nxt is not None
            and text[ends[i] : nxt[0]] in ("&", "\\&")
            and ends[i] - starts[i] <= 3
            and text[starts[i]].isupper()
            and text[nxt[0]].isupper()
            and any(c.isdigit() for c in text[nxt[0] : nxt[1]])
        ):
            return starts[i], nxt[1]  # "H\&N1": one numbered name whose parts an ampersand joins ("R&D" none; benchrecall6)
        versioned = (
            nxt is not None
            and _is_version(text[nxt[0] : nxt[1]])
            and text[ends[i] : nxt[0]] in (" ", "-")
            and not text.startswith(_GLUED_AFTER, nxt[1])  # "S-NIAH 1\&2\&3 tasks": numbered tasks, no version
        )
        last = i + 1 if versioned else self._run_end(text, starts, ends, i) if loose else i
        span = self._name_ending_at(text, starts, ends, last, loose)
        return span[:2] if span is not None else None

    def _skipped_item(self, text: str, starts: list[int], ends: list[int], i: int) -> int | None:
        """The end of a list's item that is no name by form but does not end the list (benchrec26): one or two
        capitalised words a separator follows ("including IBM AML and SAML-D": "IBM" is a maker's name, "AML" a
        listed non-name). The list must go on after it; the item itself is not taken. Not in a title, whose capitalised
        words name no list's items ("Teeth and Pulp Segmentation and CBCT-IOS Registration")."""
        if _title_cased(text):
            return None
        for k in (i, i + 1):
            if k >= len(starts) or not text[starts[k]].isupper():
                return None
            if k > i and text[ends[i] : starts[k]] != " ":
                return None
            sep = _COORD.match(text, ends[k])
            if sep and sep.end() < len(text) and text[sep.end()].isupper():
                return ends[k]
        return None

    def _after(
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        he: int,
        intro: re.Pattern[str],
        coordinated: bool = False,
        loose: bool = False,
    ) -> list[tuple[int, int]]:
        """The names listed after a head word or intro phrase; with ``coordinated``, only a list of two or
        more ("benchmarks, DriveLM and DriveLMM-o1", not "benchmarks, FooNet improves"); with ``loose``, a
        list's words named only by their place count beside a name by form ("datasets (APTOS, Messidor and
        ODIR)")."""
        m = intro.match(text, he)
        if not m:
            return []
        found: list[tuple[int, int] | None] = []
        seps: list[str] = []
        pos = m.end()
        while True:
            i = bisect.bisect_left(starts, pos)
            if i >= len(starts) or starts[i] != pos:
                break
            span = self._list_item(text, starts, ends, i, loose)
            end = span[1] if span is not None else self._skipped_item(text, starts, ends, i)
            if end is None:
                break
            found.append(span)  # None: an item that names nothing by form, read past ("including IBM AML and SAML-D")
            note = _SCORE_NOTE.match(text, end) if span is not None else None
            sep = _COORD.match(text, note.end() if note else end)
            if (
                not sep
                and span is not None
                and note is None
                and span == (starts[i], ends[i])
                and self.refuses(text[span[0] : span[1]])
            ):
                # "IBM AML and SAML-D": a word, then a capitalised word, then a separator is one item of two words
                two = self._skipped_item(text, starts, ends, i)
                sep = _COORD.match(text, two) if two is not None else None
                if sep:
                    found[-1] = None
            if not sep:
                break
            seps.append(sep.group(0))
            pos = sep.end()
        # "such as MMMU-Pro and BabyVision, Squeeze Evolve improves": after the list's "and", a bare comma ends it
        found = found[: _list_end([], seps) + 1]
        if None in found:
            # read past an item only in a list an "and" or "or" joins after it ("on noisy datasets like Pick-a-Pic V2,
            # Poly-DPO achieves": no list), and keep only names by form after it ("such as Video Hallucination, Video QA")
            skip = found.index(None)
            kept = [sp for sp in found[skip:] if sp is not None and any(map(name_like, text[sp[0] : sp[1]].split(" ")))]
            if not any(_COORDINATOR.search(sep) for sep in seps[skip:]):
                kept = []
            before = [sp for sp in found[:skip] if sp is not None]
            if coordinated and len(before) + len(kept) < 2:
                return []
            return (self._keep_listed(text, before) if loose else before) + kept
        out = [sp for sp in found if sp is not None]  # none is None here
        if coordinated and (len(out) < 2 or not any(_COORDINATOR.search(x) for x in seps)):
            return []
        return self._keep_listed(text, out) if loose else out

    def _opening(self, text: str, starts: list[int], ends: list[int], os: int, oe: int) -> list[tuple[int, int]]:
        """ "On CORe50, ImageHD achieves", "On MMLU and GSM8K, our model", "On the REDS validation set": a sentence that
        opens with "On" and names what it reports on. The list ends where the sentence's clause starts: after its
        "and" at the next bare comma, without one after its first name ("On CORe50, ImageHD" is no list); and the
        list must be closed by a comma, a bracket or a split's name ("On Average, ..." has no name to find)."""
        if not (os == 0 or text[os - 1] == " " and text[max(0, os - 2)] in ".!?"):
            return []
        items: list[tuple[int, int]] = []
        seps: list[str] = []
        space = _SPACE.match(text, oe)
        if space is None:
            return []
        pos = space.end()
        while True:
            i = bisect.bisect_left(starts, pos)
            if i >= len(starts) or starts[i] != pos:
                break
            span = self._list_item(text, starts, ends, i)
            if span is None:
                break
            items.append(span)
            sep = _COORD.match(text, span[1])
            if not sep:
                break
            seps.append(sep.group(0))
            pos = sep.end()
        if not items:
            return []
        kept = _list_end([], seps) if any(_COORDINATOR.search(x) for x in seps) else 0
        items = items[: kept + 1]
        return items if _OPENING_END.match(text, items[-1][1]) else []

    def _product(self, text: str, starts: list[int], ends: list[int], hs: int) -> list[tuple[int, int]]:
        i = self._token_before(text, starts, ends, hs)
        if i is None or text[ends[i] : hs] not in (" ", "-"):
            return []
        first = last = i
        while True:
            word = text[starts[first] : ends[first]]
            before = text[: starts[first]].rstrip()
            vendorish = word[0].isupper() and word.isalpha() and bool(before) and before[-1] not in ".!?:;"
            productish = name_like(word) or any(c.isdigit() for c in word) or word.lower() in self.vocab.not_names or vendorish
            if word.lower() in _LOWER_STOP or _UNIT_WORD.match(word) or word.endswith("'s") or not productish:
                first += 1
                break
            j = first - 1
            if j < 0 or text[ends[j] : starts[first]] not in (" ", "-") or last - j >= 4:
                break
            first = j
        if first > last:
            return []
        while first <= last and _UNIT.match(text[starts[first] : ends[first]]):
            first += 1
        if first > last:
            return []
        words = [text[starts[k] : ends[k]] for k in range(first, last + 1)]
        if all(w.isdigit() or _UNIT.match(w) for w in words):
            return []  # a count and a size: "8 80G GPUs", "100 80GB GPU" (usertest21)
        s, e = starts[first], ends[last]
        name = text[s:e]
        if not any(c.isdigit() for c in name) or not any(c.isalpha() for c in name) or self.refuses(name):
            return []
        return [(s, e)]


# a parameter count joined to a name ("-13B", "-8x7B", "-1.5b"), a model's part after it, and what names a model after it
_PARAMETERS = re.compile(r"-(?:\d+x)?\d+(?:\.\d+)?[Bb](?=-|$)")
_MILLIONS = re.compile(r"-(?:\d+x)?\d+(?:\.\d+)?M(?=-|$)")  # a size in millions ("Mamba-130M")
# a data word after a name: "the Koala-36M dataset", "Panda-70M videos", "Llama-2M tokens"
_DATA_AFTER = re.compile(
    r"[\s-]+(?:datasets?|data|corpus|corpora|benchmarks?|videos?|images?|samples?|examples?|pairs?|clips?|tokens?|words?|documents?|sentences?|instances?|frames?|hours?)\b",
    re.I,
)
_MODEL_PART = re.compile(
    r"(?i:-(?:instruct|chat|base|coder|it|inst|distill|preview|thinking|hf|sft|dpo|rlhf)(?![a-z]))|-A\d+(?:\.\d+)?B"
)
_MODEL_HEAD = re.compile(r"\s+(?:models?|LLMs?|LMs?|checkpoints?|backbones?)\b")
_MODEL_STEM_ENDINGS = ("LM",)  # "ZorbLM", "StableLM": a language model's name
_SIZE = re.compile(r"-(?:\d+(?:\.\d+)?[BMK]|[xX]?\d+(?:\.\d+)?[BMK]-[A-Za-z]+)$")
# a "×" joins a mixture of experts' size ("Mixtral-8×7B", models19)
_JOINED = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+/\u00d7]*(?:-[A-Za-z0-9][A-Za-z0-9.+/\u00d7]*)*")
_RELEASE = re.compile(r"(?:\.\d+)+(?![\w])|(?:\.\d+)+(?=-)")
# capitalised words of a title that join a name as modifiers, not as parts of it ("CLIP-Based", "LLM-Guided")
_MODIFIER_PARTS = frozenset(
    {
        "based",
        "guided",
        "driven",
        "aware",
        "style",
        "like",
        "enhanced",
        "powered",
        "assisted",
        "generated",
        "only",
        "free",
        "specific",
        "level",
        "scale",
        "agnostic",
        "inspired",
        "augmented",
        "conditioned",
        "centric",
        "friendly",
        "compatible",
        "oriented",
        "empowered",
        "enabled",
        "induced",
        "informed",
        "integrated",
    }
)
_URL_PART = re.compile(r"://|^www\.|[a-z0-9]\.(?:com|org|net|io|ai)\b", re.IGNORECASE)
# a split's or a form's word after a benchmark's label, no name of its own ("MPII-Test", "ARC-AGI-1-Eval", "ImageNet-Pretrained")
_SPLIT_PARTS = frozenset(
    {"test", "testing", "dev", "train", "training", "val", "valid", "validation", "eval", "full", "set", "pretrained", "trained"}
)
# a capitalised word joined after a benchmark's label that names a subset or edition of it ("CulturalBench-Hard", "VBench-Long",
# "PartNet-Mobility", "MeViS-Text"; issue #3): a capital and two or more lower-case letters
_EDITION_WORD = re.compile(r"[A-Z][a-z]{2,}")
# a language's code joined after a benchmark's label names its split in that language, a benchmark of its own, as the
# golds name it ("WideSearch-en", "BrowseComp-zh"; test18 A and B): in capitals a short part joins already ("MMLU-ZH")
_LANGUAGE_SPLITS = frozenset(
    {"en", "zh", "cn", "ja", "ko", "fr", "de", "es", "it", "pt", "ru", "ar", "hi", "vi", "th", "tr", "nl", "pl", "id", "sv"}
)


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` starts in ``text``, every occurrence, overlapping ones too."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def variant_span(
    text: str, start: int, end: int, strict: bool = False, family: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """The hyphen-joined name around text[start:end] ("Qwen3-VL-8B" around "Qwen3").

    Joined parts count while they look like names or versions ("Point-BERT-inspired" gives "Point-BERT");
    with ``strict`` a capitalised word is not enough ("OSWorld-G" is a new benchmark, "ImageNet-Scale"
    none). Around a model family ("LLM", "CNN") a part must be another known name (``family`` says
    which: "CNN-LSTM") or a mixed-case name ("PedX-LLM"); "Video-LLM", "RAG-LLM" are no new models.
    A model's trailing size stays in its name ("FLUX.1-12B" is the 12B model, as annotators name it); a
    benchmark's (``strict``) does not. None when no part joins the label, or the name is part of a web address.
    """
    if not _may_widen(text, start, end):
        return None
    return _joined_span(text, start, end, strict, family)


def _may_widen(text: str, start: int, end: int) -> bool:
    """A part may join text[start:end]: a hyphen before it, a hyphen or point release's "." after it, or a spaced "V"
    release ("DeepSeek V4"). Elsewhere ``_joined_span`` finds nothing, as it widens the span only across these (most
    labels)."""
    return (
        text[end : end + 1] in ("-", ".")
        or (start >= 2 and text[start - 1] == "-")
        or (text[end : end + 1] == " " and _SPACED_TIER.match(text, end) is not None)
        or (
            text[end : end + 1] == " "
            and text[end + 1 : end + 2] in _RELEASE_OPENS
            and _SPACED_RELEASE.match(text, end) is not None
        )
    )


# a model's release written spaced after its name: "DeepSeek V4", "SkyReels V4", "DALL-E v3", "Matrix-Game 2.0",
# "HunyuanWorld 1.0" (benchrecall8); the first, "ResNet-50 V1", is the model itself; a score has a unit or more digits
# ("Whisper 2.3 points"); a benchmark's release is read by ``Discoverer.spaced_edition``
_RELEASE_OPENS = frozenset("vV123456789")  # what opens a spaced release, after its space
_SPACED_RELEASE = re.compile(
    r" (?![vV]1(?:\.0)?(?![\w.]))(?:[vV]\d{1,2}(?:\.\d{1,2})?|[1-9]\.\d)"
    r"(?![\w%]|\.\d|\s*(?:%|pp\b|p\.p\.|pts?\b|points?\b|percent))"
)


# a model's tier after its version names another model (hwbm24): "GPT-5.4-mini", "LLaDA-2.1-mini", "GPT-4 Lite", "Gemini 3.1
# Flash-Lite", "Grok 3 mini", "YOLOv8 nano"; the golds name the tier (test5, test15 A/B), and the vocabulary lists a tier
# the golds fold into its version ("Gemini 2.5 Flash") as a label of the version. Joined by a hyphen, a tier word of any case
# counts; spaced, a capitalised one or a lower-case one that is no English conjunction or adjective of quality ("plus",
# "pro", "max" are), and only after a name with a version (a digit): "Claude Pro", "ChatGPT Plus" are subscriptions
_TIER_WORDS = frozenset({"mini", "nano", "lite", "flash", "turbo", "pro", "plus", "max", "ultra"})
_SPACED_TIER = re.compile(
    r"(?:(?: (?:Mini|Nano|Lite|Flash|Turbo|Pro|Plus|Max|Ultra|mini|nano|lite|flash|turbo))"
    r"(?:[ -](?:Mini|Nano|Lite|Flash|Turbo|Pro|Plus|Max|Ultra|mini|nano|lite|flash|turbo))*)(?![\w+])"
)
_HYPHEN_TIER = re.compile(r"(?:-(?i:mini|nano|lite|flash|turbo|pro|plus|max|ultra))+(?![\w+])")


def _spaced_tier(text: str, start: int, end: int) -> int | None:
    """Where a tier word (or a run of them) written after the model name text[start:end] ends, or None: spaced after a name
    with a digit ("GPT-4 Lite", "Gemini 3.1 Flash Lite"), or joined by hyphens after a spaced name ("Gemini 2.5
    Flash-Lite")."""
    m = _HYPHEN_TIER.match(text, end) or (_SPACED_TIER.match(text, end) if any(c.isdigit() for c in text[start:end]) else None)
    return m.end() if m else None


def _joined_span(text: str, start: int, end: int, strict: bool, family: Callable[[str], bool] | None) -> tuple[int, int] | None:
    """``variant_span`` read in full."""
    tiers = not strict and family is None
    whole = None
    for m in _JOINED.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start and m.end() >= end:
            whole = m
            break
    # a point release joined to a numbered name is another version of it ("GPT-5" in "GPT-5.2", "Claude 4" in
    # "Claude 4.6", "Qwen3" in "Qwen3.5-9B")
    release = _RELEASE.match(text, end) if text[end - 1].isdigit() else None
    if whole is None and release is not None:
        return start, (_spaced_tier(text, start, release.end()) if tiers else None) or release.end()
    spaced = _SPACED_RELEASE.match(text, end) if not strict and family is None else None
    if spaced is not None and whole is not None and whole.end() == end:
        # "DeepSeek V4-Flash": the release, then the parts joined to it as to a name
        token = _JOINED.match(text, spaced.start() + 1)
        whole, release = token, spaced
    if whole is None:
        # "Gemini 3.1 Flash-Lite", "Gemini 2.5 Flash Lite": a tier word after a spaced model label
        tier = _spaced_tier(text, start, end) if tiers else None
        if tier is not None:
            return start, tier
    if whole is None or _URL_PART.search(whole.group(0)):
        return None

    def ok(part: str) -> bool:
        if part.lower() in _MODIFIER_PARTS:
            return False  # "CLIP-Based", "LLM-Guided" in a title: a modifier, no name part
        if family is not None:
            return family(part) or (name_like(part) and not part.isupper() and not _is_version(part))
        if name_like(part) or _is_version(part):
            return True
        if strict:  # "ImageNet-C", "ImageNet-LT", "LegalBench-BR": a letter or two in capitals
            return len(part) <= 2 and part.isalpha() and part.isupper()
        return bool(part) and (part[0].isupper() or part[0].isdigit())

    def ok_before(part: str) -> bool:
        # a capitalised word joined before a benchmark names a data set derived from it ("Urban-ImageNet",
        # "Wild-OmniDocBench", "Refer-KITTI"); after it, it may be a modifier ("ImageNet-Scale pretraining")
        return ok(part) or (strict and part[:1].isupper() and part.isalpha() and part.lower() not in _MODIFIER_PARTS)

    def ok_after(part: str) -> bool:
        # a benchmark's subset or edition by a word ("CulturalBench-Hard", "VBench-Long"); not a split ("MPII-Test");
        # a model's tier in lower case ("LLaDA-2.1-mini", "GPT-5.4-mini", "Qwen3.6-plus")
        return (
            ok(part)
            or (strict and _EDITION_WORD.fullmatch(part) is not None and part.lower() not in _MODIFIER_PARTS | _SPLIT_PARTS)
            or (strict and part.lower() in _LANGUAGE_SPLITS and not part[1:].isupper())
            or (tiers and part.lower() in _TIER_WORDS)
        )

    s, e = start, end
    if release is not None:
        e = release.end()
    while s - 1 > whole.start() and text[s - 1] == "-":
        left = text.rfind("-", whole.start(), s - 1)
        part_start = whole.start() if left < 0 else left + 1
        if not ok_before(text[part_start : s - 1]):
            break
        s = part_start
    stop = whole.end()
    while stop > e and text[stop - 1] == ".":
        stop -= 1  # a sentence's full stop is no part of the name ("... and LegalBench-BR.")
    while e + 1 < stop and text[e] == "-":
        right = text.find("-", e + 1, stop)
        part_end = stop if right < 0 else right
        if not ok_after(text[e + 1 : part_end]):
            break
        e = part_end
    while e > end and text[e - 1] in ".":
        e -= 1
    if tiers and e == whole.end():
        e = _spaced_tier(text, s, e) or e  # "GPT-5.4 Mini", "Qwen-3.5 Plus"
    size = _SIZE.search(text[s:e]) if strict else None
    if size and s + size.start() >= end:
        e = s + size.start()
    if (s, e) == (start, end):
        return None
    return s, e


# a technique's list: "... methods such as", "... approaches (e.g.,", "... techniques, including"; the method word is
# the rule's (kg:methodWord, in its plural too) and may be part of the technique's label ("compression approach")
_TECHNIQUE_INTRO = (
    r"\s*,?\s*(?:\(\s*(?:e\.g\.,?|i\.e\.,?|such as|including|namely)?\s*|(?:such as|like|including|e\.g\.,?|namely)\s+)"
)


class _TechniqueList:
    """What ``Discoverer.find_techniques`` reads one list with: its items, linked or not."""

    def __init__(self) -> None:
        self.linked: list[str] = []  # the linked techniques of the list
        self.new: list[tuple[int, int]] = []  # the unknown names in it
        self.other = False  # a linked model, data set or platform stands in it: a list of another kind
        self.coordinated = False


def _technique_intro(words: tuple[str, ...]) -> re.Pattern[str]:
    """After a family: its method word (a bracket's list needs one: "Quantization (DRAQ)" defines a short form) and an
    intro, "quantization methods such as", "PEFT methods (LoRA, ...", "token merging methods (e.g.,"."""
    alternatives = _method_words(words)
    return re.compile(rf"(?:[\s-]+(?:{alternatives}){_TECHNIQUE_INTRO}|\s*,?\s*(?:such as|like|including|e\.g\.,?|namely)\s+)")


# a comparison right before a list (techrecall19): "speedups of 1.7x over FlashAttn, ZigZagRing, and APB", "outperforms
# baselines such as" (a list of three or more names there is one of the methods compared with, one of them linked)
_COMPARED = re.compile(
    r"\b(?:over|than|against|versus|vs\.?|compared (?:to|with)|relative to|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?)"
    r"\s+(?:the\s+)?(?:(?:state-of-the-art|SOTA|prior|previous|existing|baseline|strong|competing|recent)\s+)*"
    r"(?:(?:methods?|baselines?|approaches|techniques|works?|kernels?|implementations?)\s*(?:,|:|\()?\s*"
    r"(?:such as|like|including|e\.g\.,?)?\s*)?$"
)
# an intro after which one name may be the paper's own ("an ... approach, namely DiCo", "a ... strategy (SePL)"): a
# list of two or more names is other papers' ("attacks, namely FGSM and PGD")
_NAMING_INTRO = re.compile(r"(?:namely|i\.e\.,?)\s*$|\(\s*$")
# the sentence proposes what it names: "we propose ..., namely A3PO", "we have designed the ... method (DCSD)"
_OWN_SENTENCE = re.compile(
    r"\b(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|design(?:s|ed)?|develop(?:s|ed)?|devise[sd]?|dub(?:s|bed)?|"
    r"call(?:s|ed)?|term(?:s|ed)?|name[sd]?)\b[^.!?]*$"
)


def _technique_listed(words: tuple[str, ...]) -> re.Pattern[str]:
    """A method word's list intro before a list's first item: "prior techniques, including", "methods such as"."""
    return re.compile(rf"\b(?:{_method_words(words)}),?\s*\(?\s*(?:such as|like|including|e\.g\.,?|namely)\s*$")


def _method_words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) + r"(?:s|es)?" for w in words)


# what may follow a list's name: punctuation, or a word that is no noun the name modifies ("Real2Sim transfer", "FFN
# modules", "HQQ quantization" name no method of their own)
# a list of models closing its sentence's subject: "Experiments on MAR, TransDiff, and NextStep-1 demonstrate ..." (hw23)
_MODEL_VERB_AFTER = re.compile(r"\s+(?:demonstrate[sd]?|confirm|confirms|validate|validates|reveal|reveals)\b")
_AFTER_NAME = re.compile(
    r"(?:\s*[,.;:)\]]|\s*$|\s+(?:and|or|which|that|who|as|are|is|were|was|have|has|had|in|on|for|to|by|from|at|under|"
    r"while|but|achieve[sd]?|perform|performs|require|requires|rely|relies|use|uses|suffer|suffers|show|shows|yield|yields|"
    r"struggle|struggles|fail|fails|can|may|often|only|also|still)\b)"
)


def _deepest_common(vocab: Vocabulary, concepts: Sequence[str], within: bool) -> str | None:
    """The most specific concept above every one of ``concepts`` (``within``: or one of them, for a family named
    before its members' list), None for none."""
    common: set[str] | None = None
    for c in concepts:
        above = set(vocab.ancestors(c)) | ({c} if within else set())
        common = above if common is None else common & above
    if not common:
        return None
    return min(common, key=lambda a: (-len(vocab.ancestors(a)), a))


def find_techniques(
    discoverer: Discoverer, rule: DiscoveryRule, text: str, spans: Sequence[tuple[int, int, str, str]]
) -> list[Found]:
    """Named methods of other papers (issue #3): an unknown name in a coordinated list with linked techniques
    ("PEFT methods (LoRA, DoRA, QLoRA, QDoRA)", "Behavioral Cloning and TD3BC"), or listed after a linked technique,
    a method word and an intro ("quantization methods such as HQQ", "token merging methods like ToMe"), is a
    technique beneath the family the linked ones share (the named family itself, after an intro).

    A list that holds a linked model, data set or platform is none; a name with a model's sign (a size, a model's
    ending or label, "model" after it), a vocabulary label, a metric or a listed non-name is none.
    """
    vocab = discoverer.vocab
    concepts = vocab.concepts  # read once: Vocabulary is no compiled class
    kinds = {s: concepts[c].kind for s, _, c, _ in spans if c in concepts}
    techniques = [(s, e, c) for s, e, c, _ in spans if kinds.get(s) == "Technique"]
    if not techniques:
        return []
    starting = {s: (s, e, c) for s, e, c, _ in spans}
    ending = {e: (s, e, c) for s, e, c, _ in spans}
    # the text's token bounds, read the first time an item is asked for that no linked span is (most linked techniques
    # stand in no list: a third of the texts' bounds were read for nothing; issue 4)
    bounds: list[list[int]] = []
    patterns = discoverer.technique_patterns.get(rule.iri)
    # "prior techniques, including Behavioral Cloning and TD3BC": a method word's list needs one linked technique, others two
    intro, listed = patterns or (_technique_intro(rule.method_words), _technique_listed(rule.method_words))
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()

    def item_at(pos: int) -> tuple[int, int, str | None] | None:
        linked = starting.get(pos)
        if linked is not None:
            return linked
        if not bounds:
            bounds.extend(discoverer.token_bounds(text))
        starts, ends = bounds[0], bounds[1]
        i = bisect.bisect_left(starts, pos)
        if i >= len(starts) or starts[i] != pos:
            return None
        return starts[i], ends[i], None

    def item_before(pos: int) -> tuple[int, int, str | None] | None:
        linked = ending.get(pos)
        if linked is not None:
            return linked
        if not bounds:
            bounds.extend(discoverer.token_bounds(text))
        starts, ends = bounds[0], bounds[1]
        i = bisect.bisect_right(ends, pos) - 1
        if i < 0 or ends[i] != pos:
            return None
        return starts[i], ends[i], None

    def add(lst: _TechniqueList, item: tuple[int, int, str | None]) -> bool:
        s, e, c = item
        if c is None:
            name = text[s:e]
            if not name_like(name):
                return False  # a word: the list ends before it
            known = vocab.labelled(name, "Technique")
            if len(known) == 1:
                c = known[0]  # a technique's label left unlinked ("ToMe"): a member of the list still
            elif not _technique_name(discoverer, text, s, e):
                lst.other = True  # a name of another kind or a non-name ("ViViT", "LLM"): no list of methods
                return True
            else:
                lst.new.append((s, e))
                return True
        if kinds.get(s) == "Technique" or c in concepts and concepts[c].kind == "Technique":
            lst.linked.append(c)
        else:
            lst.other = True
        return True

    def read_right(lst: _TechniqueList, pos: int, opened: bool) -> None:
        """The items after ``pos``; a bare comma goes on only in a list an "and" closes or a bracket holds ("methods
        like ToMe, QuarterMap is tailored": no QuarterMap)."""
        items: list[tuple[int, int, str | None]] = []
        seps: list[str] = []
        while (
            (m := _COORD.match(text, pos))
            and (item := item_at(m.end())) is not None
            and (item[2] is not None or name_like(text[item[0] : item[1]]))
        ):
            items.append(item)
            seps.append(m.group(0))
            pos = item[1]
        if not (opened and text[pos:].lstrip().startswith(")")):
            keep = _list_end([], seps) if any(_COORDINATOR.search(x) for x in seps) else 0
            items, seps = items[:keep], seps[:keep]
        lst.coordinated = lst.coordinated or any(_COORDINATOR.search(x) for x in seps)
        for item in items:
            add(lst, item)

    for s, e, c in techniques:
        # "PEFT methods (LoRA, DoRA, QLoRA, QDoRA)", "quantization methods such as HQQ and MBQ": the family before the list
        m = intro.match(text, e)
        if m is not None and (first := item_at(m.end())) is not None:
            lst = _TechniqueList()
            if add(lst, first):
                read_right(lst, first[1], "(" in m.group(0))
                if len(lst.new) + len(lst.linked) < 2 and _NAMING_INTRO.search(m.group(0)):
                    continue  # one name after "namely" or a bracket: the short form or name of what the sentence describes
                family = _deepest_common(vocab, [c], within=True) if not lst.other else None
                out += _technique_found(vocab, rule, text, lst.new, family, seen)
        # a coordinated list around a linked technique: "Behavioral Cloning and TD3BC", "GPTQ, AWQ and HQQ"
        lst = _TechniqueList()
        lst.linked.append(c)
        pos = s
        while (b := _COORD_BEFORE.search(text, max(0, pos - 12), pos)) and (item := item_before(b.start())) is not None:
            if not add(lst, item):
                break
            lst.coordinated = lst.coordinated or bool(_COORDINATOR.search(b.group(0)))
            pos = item[0]
        read_right(lst, e, text[:pos].rstrip().endswith("("))
        if not (lst.new and lst.coordinated and not lst.other):
            continue  # most linked techniques stand in no list with an unknown name: no intro to look for
        enough = 1 if listed.search(text, max(0, pos - 40), pos) else 2
        if enough == 2 and len(lst.linked) + len(lst.new) >= 3 and _COMPARED.search(text, max(0, pos - 60), pos):
            enough = 1  # the baselines a result is compared with: "speedups over FlashAttn, ZigZagRing, and APB"
        if len(lst.linked) >= enough:
            family = _deepest_common(vocab, lst.linked, within=False)
            if len(lst.linked) == 1 and family is not None:
                # one sibling says little of the family: "For pruning, techniques including magnitude pruning and
                # ZorbPrune" puts ZorbPrune beneath the pruning the sentence names, not magnitude pruning's parent
                family = _named_family(vocab, text, techniques, pos, lst.linked[0]) or family
            out += _technique_found(vocab, rule, text, lst.new, family, seen)
    return out


def _named_family(vocab: Vocabulary, text: str, techniques: Sequence[tuple[int, int, str]], pos: int, c: str) -> str | None:
    """The most specific family above ``c`` that a linked technique of the sentence names before ``pos``."""
    sentence = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos)) + 1
    above = vocab.ancestors(c)
    named = {t for s, e, t in techniques if sentence <= s and e <= pos and t in above}
    return max(named, key=lambda a: (len(vocab.ancestors(a)), a)) if named else None


def _technique_found(
    vocab: Vocabulary,
    rule: DiscoveryRule,
    text: str,
    names: Sequence[tuple[int, int]],
    family: str | None,
    seen: set[tuple[int, int]],
) -> list[Found]:
    out = []
    for s, e in names:
        sentence = max(text.rfind(". ", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s)) + 1
        if _OWN_SENTENCE.search(text, sentence, s):
            continue  # "we propose an ... method for Policy Optimization, namely A3PO": the paper's own
        if family is not None and (s, e) not in seen:
            seen.add((s, e))
            out.append(Found(s, e, vocab.discovered(rule, text[s:e]), text[s:e], named=True, family=family))
    return out


_NOT_TECHNIQUE_AFTER = re.compile(
    r"[\s-]+(?:models?|LLMs?|LMs?|VLMs?|checkpoints?|backbones?|architectures?|networks?|datasets?|benchmarks?|corpus|GPUs?|CPUs?)\b"
)


def _technique_name(discoverer: Discoverer, text: str, s: int, e: int) -> bool:
    """text[s:e] may name another paper's method: a name by form that no label, metric or non-name is, with no
    model's sign (a parameter count, a model's ending, a model's label opening it, "model" or "dataset" after it)."""
    name = text[s:e]
    if not name_like(name) or discoverer.refuses(name) or discoverer._metric(name) or name.endswith("'s"):
        return False
    if not _AFTER_NAME.match(text, e) or "/" in name:
        return False  # "AutoAugment/ColorJitter": a pair of methods, no name of one
    if any(len(part) > 3 and part.islower() for part in name.split("-")):
        return False  # "LoRA-adapted", "information-extraction-to-SQL": a describing compound, no name
    return not (
        name[0].isdigit()  # a size or a count ("30B-A3B", "4xA100")
        or _PARAMETERS.search(name)
        or discoverer.model_stem(name)
        or _NOT_TECHNIQUE_AFTER.match(text, e)
    )


def find_listed_models(
    discoverer: Discoverer,
    rule: DiscoveryRule,
    text: str,
    spans: Sequence[tuple[int, int, str, str]],
    named: frozenset[str],
    loose: bool = True,
) -> list[Found]:
    """Models of other papers named in a list with linked ones (issue #3, modelsfield16): "multilingual LLMs, such as
    LLaMa, Jais, and ALLaM", "four GAN baselines: Pix2Pix, SwinPix2Pix, CycleGAN, CUT". An unknown name in a coordinated
    list that holds a model named by its name (``named``: "LLaMA", "CycleGAN"; not a family such as "CNN" or "LLM") and
    nothing linked of another kind is a model beneath the family the listed models share. The list needs two linked
    models, or one with three names in all, or one after a model word and an intro ("models such as", "LLMs, e.g.,").

    A name that no label, metric or non-name is, with no noun after it ("HQQ quantization", "the Foo dataset") and
    not in a sentence that proposes it, counts; the linker drops the paper's own names too.
    """
    vocab = discoverer.vocab
    concepts = vocab.concepts  # read once: Vocabulary is no compiled class
    models = [(s, e, c) for s, e, c, _ in spans if c in named]
    if not models:
        return []
    kinds = {s: concepts[c].kind for s, _, c, _ in spans if c in concepts}
    starting = {s: (s, e, c) for s, e, c, _ in spans}
    ending = {e: (s, e, c) for s, e, c, _ in spans}
    # the text's token bounds, read the first time an item is asked for that no linked span is (most linked models stand
    # in no list)
    bounds: list[list[int]] = []
    patterns = discoverer.technique_patterns.get(rule.iri)
    listed = patterns[1] if patterns else _technique_listed(rule.method_words)
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    products = discoverer.product_heads.get(rule.iri)

    def item(pos: int, before: bool) -> tuple[int, int, str | None] | None:
        linked = (ending if before else starting).get(pos)
        if linked is not None:
            return linked
        if not bounds:
            bounds.extend(discoverer.token_bounds(text))
        starts, ends = bounds[0], bounds[1]
        i = bisect.bisect_right(ends, pos) - 1 if before else bisect.bisect_left(starts, pos)
        if i < 0 or i >= len(starts) or (ends[i] if before else starts[i]) != pos:
            return None
        s, e = starts[i], ends[i]
        inner = next((c for s2, e2, c, _ in spans if s <= s2 and e2 <= e), None)
        if inner is not None:
            # "DeepSeek-Math-7B-Instruct" around a linked "DeepSeek": a variant the variant rule names, a member as it is
            return s, e, inner
        if before and i > 0 and ends[i - 1] == s - 1 and text[s - 1] == " " and text[starts[i - 1]].isupper():
            return None  # the last word of an item of several capitalised words ("Naive Bayes"): no name of its own
        return s, e, None

    def add(lst: _TechniqueList, it: tuple[int, int, str | None]) -> bool:
        s, e, c = it
        if c is None:
            name = text[s:e]
            if not name_like(name):
                if loose and _CAPITALISED.fullmatch(name) and _model_name(discoverer, text, s, e) and _set_apart(text, s):
                    words.append((s, e))  # "Jais", "Fennec": a name only by its place in a list
                    return True
                return False  # a word: the list ends before it
            if _model_name(discoverer, text, s, e):
                lst.new.append((s, e))
            else:
                lst.other = True  # a label of another kind, a metric or a non-name ("LLM", "RL")
            return True
        if c in named:
            lst.linked.append(c)
        elif kinds.get(s, _discovered_kind(vocab, c)) != "Model":
            lst.other = True  # a data set, technique or platform in the list: no list of models
        return True

    for s, e, c in models:
        lst = _TechniqueList()
        lst.linked.append(c)
        words: list[tuple[int, int]] = []
        pos = s
        while (b := _COORD_BEFORE.search(text, max(0, pos - 12), pos)) and (it := item(b.start(), True)) is not None:
            if not add(lst, it):
                break
            lst.coordinated = lst.coordinated or bool(_COORDINATOR.search(b.group(0)))
            pos = it[0]
        right: list[tuple[int, int, str | None]] = []
        seps: list[str] = []
        at = e
        while (m := _COORD.match(text, at)) and (it := item(m.end(), False)) is not None:
            if it[2] is None and not (name_like(text[it[0] : it[1]]) or _CAPITALISED.fullmatch(text[it[0] : it[1]])):
                break
            right.append(it)
            seps.append(m.group(0))
            at = it[1]
        # a list a colon or bracket opens and a semicolon, stop or bracket closes needs no "and": "four GAN baselines:
        # Pix2Pix, SwinPix2Pix, CycleGAN, CUT; the ..."
        enclosed = text[:pos].rstrip().endswith((":", "(")) and text[at:].lstrip()[:1] in (";", ".", ")")
        if not (enclosed or text[at:].lstrip().startswith(")")):
            keep = _list_end([], seps) if any(_COORDINATOR.search(x) for x in seps) else 0
            right, seps = right[:keep], seps[:keep]
        lst.coordinated = lst.coordinated or enclosed or any(_COORDINATOR.search(x) for x in seps)
        for it in right:
            if not add(lst, it):
                break
        if not ((lst.new or words) and lst.coordinated and not lst.other):
            continue
        if products is not None and products.search(text, max(0, pos - 60), pos):
            continue  # "4 systems (ELIZA, GPT-4o, ...)", "platforms such as ChatGPT, MetaAI": products, not models
        linked = len(set(lst.linked))
        intro = listed.search(text, max(0, pos - 40), pos) is not None
        if linked >= 2 or intro or (linked + len(lst.new) >= 3 and not words):
            # a capitalised word is a name by its place only in a list of two linked models or after an intro
            family = _deepest_common(vocab, lst.linked, within=False)
            out += _technique_found(vocab, rule, text, sorted(lst.new + words), family, seen)
    return out


_CAPITALISED = re.compile(r"[A-Z][a-z]{3,}")
_STEM_END = re.compile(r"[-\d_.+]")  # where a known name's stem ends in a name with a version ("Qwen" of "Qwen3-8B")


def _product_head(words: tuple[str, ...]) -> re.Pattern[str]:
    """A list's head noun that calls its items products (``DiscoveryRule.product_words``), right before the list: "4
    systems (", "platforms such as", "chatbots, e.g.,", "tools:" (a noun further back heads no list: "systems trained on
    large-scale data, including F5-TTS, E2-TTS")."""
    nouns = "|".join(re.escape(w) + "s?" for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?i:{nouns}),?\s*(?:\(|:|(?:such as|like|including|e\.g\.,?|i\.e\.,?|namely)\s*\(?)?\s*$")


def _set_apart(text: str, s: int) -> bool:
    """A capitalised word stands as a list's item of its own: not a sentence's first word ("Notably, GPT-2 and ...") nor
    a word after a number ("3.5 Turbo, 4 Turbo")."""
    before = text[max(0, s - 12) : s].rstrip(" ,;:(")
    return bool(before) and not before.endswith((".", "!", "?")) and not before[-1].isdigit() and s > 0


def _discovered_kind(vocab: Vocabulary, iri: str) -> str | None:
    """The kind of a linked concept the vocabulary does not hold (a discovered one), None if none reads back."""
    try:
        return vocab.concept(iri).kind
    except (KeyError, ValueError):
        return None


def _model_name(discoverer: Discoverer, text: str, s: int, e: int) -> bool:
    """text[s:e] may name another paper's model in a list of models: a name by form that no label, metric or non-name
    is, with no noun after it ("FooNet features", "the Bar dataset")."""
    name = text[s:e]
    if discoverer.refuses(name) or discoverer._metric(name) or name.endswith("'s") or "/" in name:
        return False
    if any(len(part) > 3 and part.islower() for part in name.split("-")):
        return False  # "LoRA-adapted": a describing compound, no name
    return (_AFTER_NAME.match(text, e) is not None or _MODEL_VERB_AFTER.match(text, e) is not None) and not name[0].isdigit()
