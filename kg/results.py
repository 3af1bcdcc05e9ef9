"""Reported results: every quantitative claim of an abstract as a :class:`~kg.records.Result`.

One pass of a compiled number grammar finds the quantities of a text ("2.62x", "80.0\\%",
"1.7x - 2.7x", "6% to 50%", "$3.3$--$3.4\\times$", "56.04ms", "up to 9.4$\\times$", "from 67.2% to 80.0%",
"58.72% -> 61.16%", "+2.44%p", "two orders of magnitude", "1/1000"); the rest is cheap work on the sentences
that hold one:

1. Quantities joined by "," / "and" / "or" form a group that shares its metric ("49% and 89%").
2. The metric is the metric label right after the group ("80.0% top-1 accuracy", "2x faster"),
   else the nearest one before it in the same clause ("accuracy of 88.0%", "latency by 47%";
   "respectively" maps several labels onto several numbers in order), else the metric of its unit
   ("ms" -> latency, from ``kg:unitSymbol``), else, for factors and stated gains, the vocabulary's
   fallback metric ("outperforms X by 8%"). A percentage with no metric and no gain is not a claim.
3. Bare numbers count only right next to a metric label ("R2 of 0.93", "37.70 PSNR", a list after
   one: "C-index of 0.771, 0.742, and 0.734"), or signed ("+0.37"); numbers with a magnitude ("5.7M
   parameters") only next to a label and with a cue ("only", "fewer"); numbers glued to names
   (ResNet-50, GPT-3, 10^13), years, citations and counts ("3 datasets") never.
4. Settings are told from claims by the words around them: a unit before a noun that is no metric
   ("1000 ms exposure", "a 24GB 4090 GPU"), a percentage so placed after "with/at/under" ("under 50%
   wind penetration") or a share of the input ("using only 10% of the labels"), an example with no
   gain ("e.g., 5-10 Hz"), a requirement or threshold ("a requirement of 90 FPS", "the 200ms latency
   threshold") are not results.
5. Benchmark and hardware: the entity the linker found in the same clause (a following "on X"
   first, then the nearest before, one introduced by a preposition first), else one stated earlier
   in the sentence ("On ImageNet, ..."); "respectively" pairs a list of numbers with a list of
   entities. The one platform an abstract says it runs on ("implemented on a ZCU102") is the
   hardware of results that name none or only its class ("on the FPGA"). The baseline
   (``comparedTo``) is the first model or technique after "than/over/compared to/vs".

Metric labels, unit symbols and the fallback metric are data (``schema/vocab/metrics.ttl``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import ahocorasick_rs
import pyoxigraph as ox

from kg.linker import Gazetteer
from kg.records import Field, Link, Paper, Result
from kg.result_scope import BASELINE_PLATFORM, MODIFIER, carry_settings, described_by_class, name_like, own_work_start
from kg.vocab import KG, Vocabulary

Entity = tuple[int, int, str, str]  # (start, end, kind, concept IRI) of a linked entity

# ------------------------------------------------------------------ the number grammar

# A decimal broken by a stray space after its point in the source text ("a 23. 0% improvement", "82. 5\\%"): one to three
# digits, the point, one space, one or two digits and a percent sign. The only form found in the 74,728-abstract
# corpus (18 of them, all such decimals); without the percent sign a point and a space end a sentence or a list item
# ("et al. 2024. 3. The", "doi.org/10. 57745"), so the number is not joined there. Its value reads without the space.
_BROKEN_DECIMAL = r"(?<![\d,.])\d{1,3}\. \d{1,2}(?=\s?\\?%)"
# the same, tried only where a number's digits are followed by a point: at most three digits before it, not after a
# separator (so not "2024. 30%", "1,234. 5%")
_BROKEN_FRACTION = r"(?<!\d{4})(?<![,.]\d)(?<![,.]\d\d)(?<![,.]\d{3})\. \d{1,2}(?=\s?\\?%)"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|{_BROKEN_FRACTION})?|\.\d+"
# a factor: 2x, 2X, 2×, 2\times, $2\times$, 2 times, 2-fold; not a dimension (7x7, 256 times 256, 1\times N, 8x A100)
_FACTOR = (
    r"(?:(?<=\d)[x×X]|\s?×|\s[xX](?=[\s,;.)]|$)|\s?\$?\s?\\times\s?\$?|\s?times|\s?-?\s?fold)(?![A-Za-z0-9])"
    r"(?!\s*\$?\s*(?:\d|[A-Za-z](?![A-Za-z])))"
)
_UNIT_GAP = r"(?:\$?~|\$\s?|\s|\\[,;:!]\s?)?"  # "$54$~ms", "6.09\,MB"
_LATEX_SPACE = r"(?:\\[,;:!]\s?)?"  # "6.09\,MB", "2.42\,pp": a thin space in LaTeX
_PERCENT = _LATEX_SPACE + r"\s?\\?%(?!p(?![A-Za-z]))|\s?percent\b|\s?per\s?cent\b"
# percentage points; "%p" (+2.44%p) is the Korean-style short form
_POINTS = _LATEX_SPACE + r"\s?(?:percentage points?|pp|p\.p\.|points?|pts)(?![A-Za-z])|\\?%p(?![A-Za-z])"
_OOM = r"\s?OOMs?(?![A-Za-z])"
# "4 ROUGE points", "+2.1 F1 points": points of the metric named between (the label stays outside the number's span)
_NAMED_POINTS = r"(?=\s(?=[\w@.-]*[A-Z0-9])[A-Za-z][\w@.-]*\s(?:points?|pts)\b)"
_MAGNITUDE = r"(?:\s?(?:[KMBGT]|[Mm]illion|[Bb]illion|[Tt]rillion)|k)(?![A-Za-z0-9])"
_WORD_CUES = ("magnitude", "twice", "Twice", "thrice", "times", "fold", "one ", "one-", "One ", "1/", "factor ", "\\times", "×")
_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1000,
}
_WORD_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "hundredth": 100, "thousandth": 1000}

_QUALIFIERS = (  # (pattern ending just before the number, canonical qualifier)
    (r"up\s+to|upto|as\s+(?:much|high|large)\s+as", "up to"),
    (r"on\s+average|an\s+average\s+of|average\s+of|averaging|by\s+an\s+average\s+of|average", "on average"),
    (r"more\s+than|over|above|greater\s+than|exceeding|beyond|>|\$>\$|\\textgreater", "more than"),
    (r"at\s+least|≥|\$\\geq?\$", "at least"),
    (r"less\s+than|fewer\s+than|below|under|within|<|\$<\$|<!|\\textless", "less than"),
    (r"at\s+most|as\s+low\s+as|≤|\$\\leq?\$", "at most"),
    (r"about|around|approximately|approx\.?|roughly|nearly|almost|~|≈|\$\\sim\$|\$?\{\\sim\}|\\sim|\$?\\approx\$?", "about"),
)
_QUALIFIER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(" + "|".join(f"(?:{p})" for p, _ in _QUALIFIERS) + r")\s*\$?\s*[+]?\s*$", re.I)
_QUALIFIER_AFTER = re.compile(r"\s*(?:on\s+average|in\s+average|on\s+avg\.?)", re.I)

_PRODUCT_BEFORE = re.compile(r"(?:\d|(?<![A-Za-z\\])[A-Za-z]|[})])\s*\$?\s*$")  # "3 \times", "N \times"
_NUMBER_BEFORE = re.compile(r"[\d})]\s*\$?\s*$")
_REDUCTION = re.compile(
    r"\b(?:reduc\w*|lower\w*|less|fewer|decreas\w*|sav(?:e|es|ed|ing|ings)|cut\w*|drops?|dropp\w*|"
    r"los(?:s|ses|es|t|ing)|degrad\w*|smaller|shrink\w*|slash\w*|decrement\w*|lighter|cheaper|"
    r"shorter|declin\w*|diminish\w*|lessen\w*)\b",
    re.I,
)
_IMPROVEMENT = re.compile(
    r"\b(?:improv\w*|higher|better|faster|speed\s?-?ups?|speeds?\s+up|gains?|increas\w*|more|"
    r"outperform\w*|surpass\w*|boost\w*|exceed\w*|accelerat(?:e|es|ed|ing|ion)|enhanc\w*|larger|quicker|greater|"
    r"superior|beats?|advantage)\b",
    re.I,
)
_BASELINE_CUE = re.compile(
    r"\b(?:than|over|compared\s+(?:to|with|against)|in\s+comparison\s+(?:to|with)|vs\.?|versus|"
    r"relative\s+to|against|w\.r\.t\.|with\s+respect\s+to)(?![A-Za-z])",
    re.I,
)
_SETTING_BEFORE = re.compile(
    r"\b(?:for|at|with|under|of|in|across|retain(?:s|ing|ed)?|keep(?:s|ing)?|kept)\s+"
    r"(?:only\s+|just\s+|both\s+|either\s+)?(?:a|an|the)?\s*$",
    re.I,
)
# an amount of training data, a setting however it compares ("with 5x less data", "using 85% less data", "requiring 50%
# fewer labeled samples"); fewer tokens are a cost the method saves, a claim
_LESS_DATA_AFTER = re.compile(
    r"\s*(?:less|fewer)\s+(?:(?:training|labell?ed|annotated|real|paired|pre-?training|supervised)\s+)?"
    r"(?:data|samples|examples|labels|annotations)\b",
    re.I,
)
# a kept share of a setting-like metric ("while preserving 35% of image tokens"); "preserving 98% of the accuracy" is a claim
_PRESERVED_BEFORE = re.compile(r"\bpreserv(?:e|es|ed|ing)\s+(?:only\s+|just\s+)?(?:a|an|the)?\s*$", re.I)
_SHARE_SETTING = re.compile(
    r"\b(?:using|uses?|used|with|retain(?:s|ing|ed)?|keep(?:s|ing)?|kept|trained\s+on|on)\s+(?:only\s+|just\s+|merely\s+)?(?:a|the)?\s*$",
    re.I,
)
# a verb stating what the work achieves: a unit after it is a claim even before a noun ("supporting 49 FPS animation")
_CLAIM_VERB_BEFORE = re.compile(
    r"\b(?:achiev\w*|reach\w*|deliver\w*|attain\w*|support(?:s|ed|ing)?|sustain\w*|runs?\s+at|running\s+at|"
    r"operat\w*\s+at)\s+(?:(?:up\s+to|over|about|around|nearly|roughly|approximately|more\s+than|a|an|real-time)\s+)*\$?\s*$",
    re.I,
)
# the second of "with <N> parameters and <M> GFLOPs", which describes a model variant as the first does
_WITH_SIZE_AND = re.compile(
    r"\bwith\s+(?:only\s+|just\s+|about\s+|approximately\s+|roughly\s+|~)?\$?[\d.,]+\$?\s?[KMBk]?\s+"
    r"(?:trainable\s+|learnable\s+)?(?:parameters|params|weights)\s+and\s+(?:only\s+|about\s+|approximately\s+|~)?\$?\s*$",
    re.I,
)
_AT_BEFORE = re.compile(r"\bat\s+(?P<both>both\s+|either\s+)?(?:a|an|the)?\s*$", re.I)
# a number stating the condition another claim holds under ("after 50% sensor loss", "despite 30% packet loss")
_CONDITION_BEFORE = re.compile(
    r"\b(?:after|despite|even\s+(?:with|under|at|after)|given|assuming|if|when)\s+(?:only\s+|just\s+)?(?P<article>a|an|the)?\s*$",
    re.I,
)
_CHANGE_NEXT = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:increase|decrease|reduction|drop|rise|gain|loss|improvement|slowdown|overhead)s?\b", re.I
)
# a number given as an example ("e.g., 5-10 Hz") or as a requirement to meet ("a real-time requirement of 90 FPS",
# "the 200ms latency threshold") is not a result
_EXAMPLE_BEFORE = re.compile(r"(?:\be\.g\.|\bsuch\s+as|\bfor\s+(?:example|instance)),?\s*$", re.I)
_CONSTRAINT = r"(?:thresholds?|budgets?|constraints?|requirements?|targets?|deadlines?|limits?|SLOs?|caps?)"
_CONSTRAINT_BEFORE = re.compile(
    rf"\b{_CONSTRAINT}\s+(?:(?:of|at|is|as)\s+)?(?:(?:up\s+to|under|below|within|about|around)\s+)?(?:a|an|the)?\s*\$?\s*$", re.I
)
_CONSTRAINT_AFTER = re.compile(rf"\s*{_CONSTRAINT}\b", re.I)
# Words that may follow a claim's number when no metric label does ("by 30% compared to", "2x over", "5% absolute");
# any other word there is a noun the number describes ("1000 ms exposure", "a 24GB 4090 GPU", "50% wind penetration")
_NEXT_OK = re.compile(
    r"(?:of|for|on|with|to|than|that|which|at|from|by|over|per|when|while|and|or|as|compared|comparable|vs|versus|under|"
    r"against|where|if|but|is|are|was|were|be|being|been|has|have|had|can|could|will|would|may|might|should|the|a|an|in|"
    r"into|across|within|without|after|before|during|using|through|thanks|due|respectively|each|overall|relative|"
    r"relatively|absolute|average|averaged|on-average|total|margin|gap|difference|end-to-end|only|alone|even|still|"
    r"also|both|all|among|between|along|via|upon|beyond|below|above|up|down|while|whereas|yet|so|thus|hence|then|"
    r"its|their|our|this|these|those|it|we|they|not|no|nor|times|fold|per-token|per-image|per-sample|measured|"
    r"achieved|reported|obtained|observed|lead|jump|rise|uplift|delta|change|reach|reaching|real-time|"
    r"w\.r\.t|wrt|i\.e|e\.g|resp|approx|etc|rel|abs|now|today|here|there|\w+ly)$",
    re.I,
)
_LATEX_PUNCT = frozenset("${}\\")
_MAGNITUDE_CUE = re.compile(r"(?<!-)\b(?:only|just|merely|fewer|less|reduc\w*|sav\w*|smaller|cut\w*|decreas\w*)\b", re.I)
_FROM_VERB = re.compile(
    r"\b(?:improv\w*|increas\w*|reduc\w*|decreas\w*|boost\w*|rais\w*|lower\w*|cut\w*|drop\w*|"
    r"raises|enhanc\w*|brings?|push\w*|went|goes|go|rose|fell|ris(?:e|es|ing)|grow\w*|grew|climb\w*|jump\w*|"
    r"shrink\w*|shrank|narrow\w*|fall(?:s|ing)?)\b(?:\([^()]{0,160}\)|[^.;]|\.(?=\d)){0,60}$",
    re.I,
)
# how far before "from" _FROM_VERB looks: 60 characters, and a bracketed aside of up to 160 counts as one ("boosts the
# Autonomous Success Rate (resolving tasks without unnecessary user intervention) from 42.86% to 71.43%")
_FROM_VERB_REACH = 240
_GAIN_NOUNS = r"(?:improvements?|reductions?|gains?|speed-?ups?|savings?|margins?)"  # not "drops", "increases": verbs too
_GAIN_NOUN = re.compile(_GAIN_NOUNS + r"\s", re.I)
_GAIN_NOUN_BEFORE = re.compile(r"\b" + _GAIN_NOUNS + r"\s+$", re.I)
# a change verb, then "to" and the number: the level reached, not the size of the change ("dropping to 37.46%",
# "improves segmentation accuracy to 89.68%", "reduces latency to 12 ms")
_TO_LEVEL = re.compile(
    r"\b(?:improv\w*|increas\w*|reduc\w*|decreas\w*|boost\w*|rais\w*|lower\w*|cut\w*|drop\w*|enhanc\w*|push\w*|"
    r"rose|fell|ris(?:e|es|ing)|grow\w*|grew|climb\w*|jump\w*|shrink\w*|shrank|fall(?:s|ing)?|declin\w*|"
    r"degrad\w*|brings?|brought)\s+(?:[\w-]+\s+){0,4}?(?<!\bup\s)to\s+(?:~\s*)?\$?\s*$",
    re.I,
)
# a sentence opening with the means ("By increasing the frame rate to 16 FPS, ..."): the level it sets is a setting
_MEANS_OPEN = re.compile(r"\s*By\s+[a-z]+ing\b")
# "improvements ranging from 1.62% to 15.22%": the numbers bound a range, whatever verb came before
_RANGE_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?)\s+$", re.I)

# Sentences end at . ! ? followed by a capital, a digit or an opening bracket, unless the word before
# the stop is a known abbreviation ("e.g.", "et al.", "Fig.").
# A stop glued to the next sentence ("2 to 9 FPS.Existing accelerators") ends one too, after a word of 2+ letters.
# The stop is matched first, then the branches look around it: the scan skips to the next stop instead of trying
# the lookbehind at every position (4x faster than "[.!?](?=...)|(?<=...)\.(?=...)", the same matches).
_BROKEN_DECIMAL_RE = re.compile(_BROKEN_DECIMAL)
_SENTENCE_END = re.compile(r"[.!?](?:(?=\s+[\"'(\[A-Z0-9])|(?<=[A-Za-z0-9)%]{2}\.)(?=[A-Z][a-z]{2,}\b))")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|et\s+al|vs|Fig|Figs|Eq|Eqs|cf|etc|approx|resp|No|Sec|Tab|w\.r\.t|res|ca|Inc|Corp|Ltd|"
    r"Dr|Mr|Ms|Prof|St)|\b[A-Z])$"
)
# Clauses: where one claim's scope ends inside a sentence.
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?:while|whereas|but|and\s+(?:we|it|our|they|this))\b|\s(?:while|whereas)\s|"
    r"\(\s?(?:i{1,3}|iv|v|vi{0,3}|[a-h1-9])\s?\)|(?<![\w.])(?:[1-9]|i{1,3}|iv)\)\s"
)
# a number in brackets right after another, for another setting: "40.4x (4.84x) speedup over CPU (GPU) baselines"
_ALTERNATIVE = re.compile(r"\s*\(\s*")
_ALTERNATIVE_END = re.compile(r"\s*\)")
_GROUP_JOIN = re.compile(r"^\s*(?:,|and|or|/|,\s*and|,\s*or|&)?\s*$")
_WORD = re.compile(r"[\w@#^+\-]+(?:[./][\w]+)*|\S")
_AFTER_STOP = re.compile(
    r"^(?:of|for|on|with|to|than|that|which|at|from|by|over|per|when|while|and|or|as|compared|"
    r"vs|versus|under|against|where|if|but|is|are|was|were|the|a|an|respectively|across|among|between)$",
    re.I,
)
_BARE_LINK = re.compile(
    r"^\s*(?:(?:across|on|over)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks|datasets|tasks)\s+)?"
    r"(?:of|=|:|is|was|to|from|reaches|reached|achieves|achieved|score\s+of|scores?|value\s+of|"
    r"by|around|about|\()?\s*(?:of|=|:|is)?\s*"
    r"(?:>|<|≥|≤|≈|~|\$\s*[<>]\s*\$|\$\\[gl]eq?\$|\$\\approx\$|above|over|below|under|up\s+to|around|about|"
    r"approximately|nearly|roughly|only|just)?\s*$",
    re.I,
)
_WORD_THE = re.compile(r"\s+the\s+")
_TARGET_PLATFORM = re.compile(
    r"\b(?:on|to|for)\s+(?:the|this|that|our|such)\s+(?:target|same|given)?\s*"
    r"(?:platform|device|hardware|chip|board|processor|system-on-chip)s?\b",
    re.I,
)
_PLATFORM_STATEMENT = re.compile(
    r"\b(?:implement(?:s|ed|ing)?|deploy(?:s|ed|ing)?|deployment|prototyp\w*|synthesi[sz]\w*|fabricat\w*|port(?:s|ed|ing)|"
    r"mapp(?:ed|ing)|runs|running|execut(?:es|ed|ing)|measured|profiled|benchmarked|"
    r"experiments?\s+(?:are\s+|were\s+)?(?:run|conducted|performed|carried\s+out))"
    r"\s+(?:[\w-]+\s+){0,4}?(?:on|onto|in|inside|to|using|with|atop)\s",
    re.I,
)
# a sentence reporting results measured where the work is deployed ("when deployed on the board", "on-device accuracy")
_DEPLOYED = re.compile(r"\b(?:deploy(?:s|ed|ing|ment)?|on-device|on-board|onboard)\b", re.I)
_DEPLOYED_WORDS = ("deploy", "on-device", "on-board", "onboard")  # one of these, lower-cased, is in every match
_DEVICE_TIME = re.compile(r"-(?:hours?|days?|years?|h|hrs?)\b", re.I)  # "3.8 GPU-days" is spent on the GPU
_STATEMENT_END = re.compile(r"[.;:](?:\s|$)")  # a platform statement names what follows it up to here
# "our FPGA implementation achieves", "the proposed ASIC prototype": the platform the paper's own work is built on
_OWN_PLATFORM_BEFORE = re.compile(r"\b(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,2}$", re.I)
_OWN_PLATFORM_AFTER = re.compile(
    r"(?:-based)?\s+(?:[\w-]+\s+)?(?:implementation|prototype|deployment|design|realization)s?\b", re.I
)
_GLUED_NAME = re.compile(r"-[A-Z][A-Za-z]+(?![\w.])")  # "LRA-EE" (not "SQuAD-v2", "ImageNet-1K", "GPU-based")
_NUMBER_AFTER_LABEL = re.compile(r"\s*(?:of\s+|=\s*|:\s*|is\s+)?\$?\d")
# between a platform and the memory it comes with: "H100 80GB", "A100-40GB", "RTX 4090 (24 GB)", "GPUs with 80 GB"
_SPEC_GAP = re.compile(r"\s*(?:-|\(|,|(?:\s+(?:GPUs?|cards?|boards?|nodes?))?\s*(?:with|,|\()\s*(?:a|an)?)?\s*")
# "by up to 5%", "by a (significant) margin of 22.3%"
_BY_JUST_BEFORE = re.compile(
    r"\bby\s+(?:(?:up\s+to|over|about|around|nearly|almost|roughly|approximately|only|just|more\s+than|a|an)\s+)*"
    r"(?:(?:[\w-]+\s+){0,2}margins?\s+of\s+(?:(?:up\s+to|over|about|around|nearly|almost|roughly|approximately)\s+)*)?"
    r"\$?\s*$",
    re.I,
)
_BY_BEFORE = re.compile(r"\bby\b[^,;]{0,25}$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LABEL_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_SPLIT_LIST = re.compile(r"^\s*(?:,|and|or|/|&|,\s*and|,\s*or)\s*$", re.I)

# how a benchmark or platform was attached to a result (kg:benchmarkAttachment, kg:hardwareAttachment)
SAME_SENTENCE = "same-sentence"  # named in the result's clause or sentence
RESPECTIVELY = "respectively"  # "91.6% and 53.3% on A and B, respectively"
ANAPHOR = "anaphor"  # "on the target platform": the platform named last before
PLATFORM_STATEMENT = "platform-statement"  # the one platform the abstract says the work runs on
COMPARED_PLATFORM = "compared-platform"  # "45.7x speedup over mobile Ampere GPUs": the comparison's, the claim naming no other
EARLIER_SENTENCE = "earlier-sentence"  # the evaluation setting an earlier sentence states (kg.result_scope)

MAX_BEFORE_TOKENS = 15  # how far back a specific metric label may be for a number
MAX_GENERIC_BEFORE_TOKENS = 6  # and the fallback (generic) metric's words
MAX_AFTER_TOKENS = 4  # how far after a number its metric label may be ("73% lower energy consumption")
_MEMO_SIZE = 65536  # concepts whose ancestors an extractor remembers (discovered ones are many over a corpus)


@dataclass(frozen=True)
class Quantity:
    """A number as written with its unit, parsed; ``kind`` says what made it a candidate."""

    start: int
    end: int
    value: float | None
    min_value: float | None
    max_value: float | None
    baseline: float | None
    unit: str  # canonical: "%", "x", "pp", a unit symbol from the vocabulary, a magnitude ("M"), or ""
    kind: str  # "percent" | "factor" | "points" | "unit" | "magnitude" | "bare" | "word"
    sign: str = ""
    first: float | None = None  # "A to B": the end written first (A), so a change can tell old from new


def _trie_pattern(words: Sequence[str]) -> str:
    """One regex for a set of literals, shaped as their prefix trie (longest alternative first at each node).

    Python's re tries the branches of an alternation one by one; a trie tries each character once.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            (re.escape(ch).replace(r"\ ", r"\s") if ch == " " else re.escape(ch)) + walk(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        end = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return walk(trie)


def _to_float(text: str) -> float:
    return float(text.replace(",", "").replace(" ", "")) if " " in text else float(text.replace(",", ""))


def joined_units(symbols: Sequence[str]) -> dict[str, str]:
    """Spaced unit symbols of ``symbols`` -> the same symbol without its spaces, when ``symbols`` lists that too.

    One unit, one ``kg:unit``: "1G FLOPs" and "1 GFLOPs" are the same quantity, and a query that groups or filters
    results by unit must not see two units ("G FLOPs", "GFLOPs"; "kg CO2", "kgCO2"). The text as written stays
    the result's evidence.
    """
    listed = {" ".join(u.split()) for u in symbols}
    return {u: u.replace(" ", "") for u in sorted(listed) if " " in u and u.replace(" ", "") in listed}


_UNIT_PREFIXES = "KMGTP"  # magnitude prefixes written before a unit symbol ("GFLOPs", "TOPS"); "m", "μ" are not spaced


def spaced_prefix_forms(unit_metric: dict[str, str]) -> dict[str, str]:
    """Unit symbols written with their magnitude prefix apart ("T FLOPs") -> the metric of the prefixed symbol.

    A symbol of ``unit_metric`` (symbol -> metric) made of a prefix letter and a unit of two or more characters, which
    ``unit_metric`` also lists for the same metric ("TFLOPs" and "FLOPs"), is also read spaced: "11T FLOPs" is 11
    TFLOPs, not the magnitude 11T before a word. joined_units records the spaced form as the prefixed symbol.
    """
    return {
        f"{u[0]} {u[1:]}": iri
        for u, iri in sorted(unit_metric.items())
        if u[:1] in _UNIT_PREFIXES and len(u) > 2 and u[1].isupper() and unit_metric.get(u[1:]) == iri
    }


class Grammar:
    """The compiled number grammar: numbers with units, ranges, and their word forms."""

    def __init__(self, unit_symbols: Sequence[str] | None = None) -> None:
        if unit_symbols is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        # LaTeX writes the micro sign in math mode: "7525~$μ$J", "12~$\mu$s"
        latex_micro = {f"${mu}${u[1:]}" for u in unit_symbols if u[:1] in "μµ" for mu in ("μ", "µ", "\\mu")}
        units = _trie_pattern(sorted(set(unit_symbols) | latex_micro))
        self.joined = joined_units(unit_symbols)
        unit_alt = f"(?P<pct{{i}}>{_PERCENT})|(?P<fac{{i}}>{_FACTOR})|(?P<pts{{i}}>{_POINTS})|(?P<oom{{i}}>{_OOM})"
        unit_alt += f"|(?P<ptn{{i}}>{_NAMED_POINTS})"
        if units:  # LaTeX may put "$" or a tie "~" between a number and its unit ("$54$~ms")
            # a magnitude may come before a unit of counted things ("50K tokens/s", "1.2M samples/s")
            unit_alt += f"|(?P<du{{i}}>{_UNIT_GAP}(?P<dm{{i}}>[KMB]\\s?(?=[a-z]{{{{3}}}}))?(?:{units})(?![A-Za-z0-9]))"
        unit_alt += f"|(?P<mag{{i}}>{_MAGNITUDE})"
        number = (
            rf"(?P<sign>[+\-−±](?=\d)|\+\s|\$[+\-−]\$\s?(?=\d))?(?P<a>{_NUM})(?:{unit_alt.format(i='a')})?"
            rf"(?:(?:\$?\s*(?P<sep>--|-|–|—|~|\\sim|sim(?=\s))\s*\$?|\$?\s+(?P<to>to)\s+\$?|\$?\s*(?P<arrow>->|→|\$?\\(?:rightarrow|to)\$?)\s*\$?)"
            rf"(?:(?<=to )\+(?=\d))?(?P<b>{_NUM})(?:{unit_alt.format(i='b')})?)?"  # "+11% to +32%": a range of gains
        )
        oom = (  # "two orders of magnitude", "up to $7$ orders of magnitude", "an order-of-magnitude"
            r"(?P<oomw>(?:\b(?:an?|one|two|three|four|five|six)|(?<![\w.])\$?(?P<oomn>\d{1,2})\$?)[\s-]+orders?[\s-]+of[\s-]+magnitudes?\b)"
        )
        # "by a factor of 2.5", "by more than factor 3"
        factor_of = (
            rf"(?P<fof>(?:\ba\s+|(?<=than\s))factor\s+(?:of\s+)?(?:about\s+|approximately\s+|roughly\s+)?\$?(?P<fofn>{_NUM})\$?"
            r"(?![\w%]|\.\d))"
        )
        # a multiplier written before its number: "$\times 16$", "×10" (not "3 \times 3", "N \times 16": see _quantity)
        pre_mul = rf"(?P<pmul>\$?(?:\\times|×)\s*\$?\s*(?P<pmuln>{_NUM})\$?(?![\w.%]|\s*\$?\s*(?:\\times|×)))"
        wmul = (
            r"(?P<wmul>\b(?:twice|thrice)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|"
            r"hundred|a\s+thousand|thousand)(?:\s+times|\s*-\s*fold|\s+fold)\b)"
        )
        # "1/10", "1/8x" (a one-digit denominator only with its "x": "1/2" alone is no claim)
        frac = r"(?P<frac>(?<![\w./])1/(?P<den>\d{2,}|\d(?=[x×]))(?:[x×])?(?![\w/]))"
        wfrac = r"(?P<wfrac>\bone[\s-](?:half|third|quarter|fifth|tenth|hundredth|thousandth)\b)"
        # Python's re tries every alternative at every position: a leading lookahead on the characters a number can
        # start with lets it skip the rest quickly (3x faster), and the word forms run only on texts holding their words
        # "approx60%": a qualifier glued to the number (LaTeX stripped of its backslash)
        self.number = re.compile(f"(?=[0-9+\\-−±.$])(?:(?<![\\w.^/@#])(?<!\\w-)(?<!\\w−)|(?<=approx)){number}")
        self.words = re.compile(f"(?=[aotfsenh1-9$×\\\\])(?:{oom}|{wmul}|{frac}|{wfrac}|{factor_of}|{pre_mul})", re.I)

    def number_matches(self, text: str) -> list[re.Match[str]]:
        """``list(self.number.finditer(text))``, the pattern tried only next to digits.

        Every match holds a digit at most ``_NUMBER_LEAD`` characters after its start (a sign such as "$-$ " or
        "+ ." comes before it), and none starts right after a digit (the pattern's look-behinds): so a match starts in the
        few characters before a run of digits, or at its first digit. A digit-free text (most titles, many
        abstracts) costs one scan for digits, not the pattern's scan; one with digits a few tries per run of them.
        """
        found: list[re.Match[str]] = []
        number = self.number
        free = 0  # no match starts before: the last match's end, or past the positions tried
        for d in _digit_runs(text):
            if d < free:  # inside the last match, or after a digit: no match starts there
                continue
            for x in range(max(free, d - _NUMBER_LEAD), d + 1):
                if x == d or text[x] in _NUMBER_LEADS:
                    m = number.match(text, x)
                    if m is not None:
                        found.append(m)
                        free = m.end()
                        break
            else:
                free = d + 1
        return found

    def quantities(self, text: str) -> list[Quantity]:
        """Every number-with-unit candidate of a text, in order."""
        found: list[Quantity] = []
        for m in self.number_matches(text):
            q = self._quantity(m, text)
            if q is not None:
                found.append(q)
        # word forms: the regex runs only in small windows around their key words
        seen: set[tuple[int, int]] = set()
        for at in cue_positions(text):
            for m in self.words.finditer(text, max(0, at - 30), at + 25):
                if (m.start(), m.end()) in seen:
                    continue
                seen.add((m.start(), m.end()))
                clash = [q for q in found if q.start < m.end() and m.start() < q.end]
                if all(q.kind == "bare" for q in clash):  # "1/1000" is a fraction, not the number 1
                    q = self._quantity(m, text)
                    if q is not None:
                        found = [f for f in found if f not in clash] + [q]
        if seen:
            found.sort(key=lambda q: q.start)
        return _merge_from_to(_slash_pairs(found, text), text)

    def _quantity(self, m: re.Match[str], text: str) -> Quantity | None:
        s, e = m.start(), m.end()
        g = m.groupdict()
        if "oomw" not in g:
            return self._numeric(m, g, text)
        if m.group("oomw"):
            n = int(m.group("oomn")) if m.group("oomn") else _WORD_NUMBERS[re.split(r"[\s-]", m.group("oomw").lower())[0]]
            return Quantity(s, e, 10.0**n, None, None, None, "x", "word")
        if m.group("fof"):
            return Quantity(s, e, _to_float(m.group("fofn")), None, None, None, "x", "factor")
        if m.group("wmul"):
            w = m.group("wmul").lower()
            n = 2 if w == "twice" else 3 if w == "thrice" else _WORD_NUMBERS[re.split(r"[\s-]", w.replace("a ", ""))[0]]
            return Quantity(s, e, float(n), None, None, None, "x", "word")
        if m.group("pmul"):
            before = text[max(0, s - 8) : s]
            # "384$\times$384", "3 \times 16", "N \times 16" are products; a math group of its own ("$\times 16$") opens
            # after a letter only as a multiplier ("achieving $\times 16$")
            if _PRODUCT_BEFORE.search(before) and (not text.startswith("$", s) or _NUMBER_BEFORE.search(before)):
                return None  # "3 \times 16", "$N \times 16$": a product, not a multiplier
            return Quantity(s, e, _to_float(m.group("pmuln")), None, None, None, "x", "factor")
        if m.group("frac"):
            return Quantity(s, e, 1 / int(m.group("den")), None, None, None, "x", "word")
        if m.group("wfrac"):
            w = re.split(r"[\s-]", m.group("wfrac").lower())[1]
            return Quantity(s, e, 1 / _WORD_FRACTIONS[w], None, None, None, "x", "word")
        return None

    def _numeric(self, m: re.Match[str], g: dict[str, str | None], text: str) -> Quantity | None:
        """The quantity of a match of the number pattern; ``g`` is its groupdict (made once: it is costly)."""
        e = m.end()
        ua, kind_a = _unit(g, "a", self.joined)
        ub, kind_b = _unit(g, "b", self.joined) if m.group("b") else ("", "")
        sign = (m.group("sign") or "").strip(" $\t\n")  # "$-$2.42" is "-"
        s = m.start("sign") if sign else m.start("a")
        a = _to_float(m.group("a")) * _scale(g, "a")
        if m.group("b") is None:
            return self._single(text, s, e, a, ua, kind_a, sign)
        b = _to_float(m.group("b")) * _scale(g, "b")
        unit, kind = (ub, kind_b) if kind_b else (ua, kind_a)
        first_only = self._single(text, s, m.end(_unit_group(g, "a")), a, ua, kind_a, sign) if kind_a else None
        if kind_a and kind_b and ua != ub and kind_a != kind_b:
            return first_only  # "50% to 2x" is two claims, not a range: keep the first
        if m.group("arrow"):  # "58.72% -> 61.16%": a change, the new figure with its baseline
            if kind_a and kind_b and ua != ub:
                return first_only
            return Quantity(s, e, b, None, None, a, unit, kind or "bare", sign)
        if m.group("to"):
            # "2 to 9 FPS", "6% to 50%", "from 37.36 to 37.70": the unit is on the second end or on neither
            if kind_a and not kind_b:
                return first_only
            if not kind and not (
                "." in m.group("a") and "." in m.group("b") or re.search(r"\bfrom\s*\$?\s*$", text[max(0, s - 8) : s])
            ):
                return None
            lo, hi = sorted((a, b))
            return Quantity(s, e, None, lo, hi, None, unit, kind or "bare", sign, first=a)
        if not kind or a >= b:
            # "2-4" alone, "1-D", "2019-2021": not a range of a unit
            if kind_a:
                return first_only
            return Quantity(s, m.end("a"), a, None, None, None, "", "bare", sign) if "." in m.group("a") else None
        if kind == "oom":
            return Quantity(s, e, None, 10.0**a, 10.0**b, None, "x", "factor")
        return Quantity(s, e, None, a, b, None, unit, kind)

    @staticmethod
    def _single(text: str, s: int, e: int, a: float, unit: str, kind: str, sign: str) -> Quantity | None:
        if not kind:
            # a bare number can be a result only as a decimal next to its metric's name ("R2 of 0.93")
            return Quantity(s, e, a, None, None, None, "", "bare", sign) if "." in text[s:e] else None
        if kind == "oom":
            return Quantity(s, e, 10.0**a, None, None, None, "x", "factor", sign)
        return Quantity(s, e, a, None, None, None, unit, kind, sign)


_SCALE = {"K": 1e3, "M": 1e6, "B": 1e9}
# every occurrence of every cue, overlapping ones too ("times" in "\\times"), with its cue's index
_CUE_FINDER = ahocorasick_rs.AhoCorasick(
    list(_WORD_CUES), matchkind=ahocorasick_rs.MatchKind.Standard, implementation=ahocorasick_rs.Implementation.DFA
)
# where Grammar.number_matches tries the number pattern: before a run of digits (``\d``: any script's, as the
# pattern's), at most _NUMBER_LEAD characters, from a character a match can start with ("$-$ 2", "+ .5", "-3")
_DIGITS = re.compile(r"\d+")
_DIGIT_CLASSES = bytes(48 if 48 <= i <= 57 else 46 for i in range(256))  # a byte's translation: "0" digit, "." other
_NUMBER_LEAD = 4  # "$-$ 2": the longest sign (\$[+\-−]\$\s) holds 4 characters and a digit follows it
_NUMBER_LEADS = "+-−±.$"  # what a match starts with when not with its digit (the pattern's first look-ahead)


def _clause_breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``_CLAUSE_BREAK.finditer(text, start, end)`` finds, the pattern tried only where a match can start (issue 4:
    finditer tries all its alternatives at every position of the sentence, as two of them open with no literal).

    A match opens with ";", ":", ",", "(", with the space before "while" or "whereas", or with the numeral of up to
    three characters before a list's ")" ("2) ", "iii) "); trying those positions left to right, past the end of the
    last match, is what finditer does.
    """
    starts: set[int] = set()
    for opener in ";:,(":
        at = text.find(opener, start, end)
        while at >= 0:
            starts.add(at)
            at = text.find(opener, at + 1, end)
    for word in ("while", "whereas"):
        at = text.find(word, start + 1, end)
        while at >= 0:
            starts.add(at - 1)
            at = text.find(word, at + 1, end)
    at = text.find(")", start, end)
    while at >= 0:
        starts.update(range(max(start, at - 3), at))
        at = text.find(")", at + 1, end)
    out: list[re.Match[str]] = []
    last = start
    for at in sorted(starts):
        if at >= last and (m := _CLAUSE_BREAK.match(text, at, end)):
            out.append(m)
            last = m.end()
    return out


def _deployed(text: str, start: int, end: int) -> bool:
    """Whether ``_DEPLOYED.search(text, start, end)`` finds a match. In an ASCII window (where lower-casing folds case
    as the pattern does) only where one of the words it is made of is written: most sentences hold none, and the
    search tries every position of the window, as its case-insensitive alternatives open with no literal (issue 4)."""
    window = text[start:end]
    if window.isascii():
        low = window.lower()
        if not any(w in low for w in _DEPLOYED_WORDS):
            return False
    return _DEPLOYED.search(text, start, end) is not None


def cue_positions(text: str) -> list[int]:
    """Where each word-form cue (_WORD_CUES) occurs in a text: the first cue's occurrences in order, then the next's...

    The positions ``text.find(cue, at + 1)`` steps through, cue by cue, found in one pass of an Aho-Corasick
    automaton over the text instead of one ``str.find`` scan of the whole text per cue.
    """
    hits: list[tuple[int, int, int]] = _CUE_FINDER.find_matches_as_indexes(text, overlapping=True)  # typed: see find_all
    if not hits:
        return []
    return [at for _, at, _ in sorted(hits)]


def _digit_runs(text: str) -> list[int]:
    """Where each run of digits (``\\d+``) of a text starts.

    In an ASCII text (nearly all) a digit is one of 0-9: its bytes translated to "0" for a digit and "." for any
    other character, the runs are found by ``bytes.find`` (a C loop of a few instructions a byte), where a regex
    scan costs some ten nanoseconds a character.
    """
    if not text.isascii():
        return [m.start() for m in _DIGITS.finditer(text)]
    classes = text.encode("ascii").translate(_DIGIT_CLASSES)
    starts: list[int] = []
    d = classes.find(48)
    while d >= 0:
        starts.append(d)
        end = classes.find(46, d)
        if end < 0:
            break
        d = classes.find(48, end)
    return starts


def _scale(d: dict[str, str | None], i: str) -> float:
    """The magnitude written before a unit ("50K tokens/s" is 50,000 tokens/s), else 1 (``d``: the match's groupdict)."""
    dm = d.get("dm" + i)
    return _SCALE[dm.strip()] if dm else 1.0


def _unit_group(d: dict[str, str | None], i: str) -> str:
    for g in ("pct", "fac", "pts", "oom", "ptn", "du", "mag"):
        if d.get(g + i) is not None:
            return g + i
    return i


def _unit(d: dict[str, str | None], i: str, joined: dict[str, str]) -> tuple[str, str]:
    """(canonical unit, kind) of end ``i`` ("a" or "b") of a number match, from its groupdict ``d``; a spaced unit
    symbol is written as ``joined`` says ("G FLOPs" -> "GFLOPs", see joined_units)."""
    if d.get("pct" + i):
        return "%", "percent"
    if d.get("fac" + i):
        return "x", "factor"
    if d.get("pts" + i):
        return "pp", "points"
    if d.get("ptn" + i) is not None:
        return "pp", "points"
    if d.get("oom" + i):
        return "x", "oom"
    du = d.get("du" + i)
    if du:
        unit = re.sub(r"^(?:\\[,;:!]|[$~\s])+", "", du).removeprefix(d.get("dm" + i) or "")
        if "$" in unit:  # "$μ$J", "$\\mu$s"
            unit = unit.replace("\\mu", "μ").replace("$", "")
        unit = " ".join(unit.split())
        return joined.get(unit, unit), "unit"
    mag = d.get("mag" + i)
    if mag:
        return mag.strip()[:1].upper(), "magnitude"
    return "", ""


_SLASH_NEXT = re.compile(rf"\s?\$?/\$?\s?\$?(?P<b>{_NUM})(?P<u>\s?\\?%|[x×])?\$?(?![\w/]|\.\d)")
_SCALES = frozenset({1.0, 4.0, 5.0, 7.0, 10.0, 100.0})  # "4.14/5.0", "78.5/100": a score out of a scale


def _slash_pairs(qs: list[Quantity], text: str) -> list[Quantity]:
    """ "75.2/82.1 mAP", "47.9%/34.8%", "0.93/0.85/0.89": numbers joined by "/" are a list, each a claim.

    The unit written on the last is every one's ("75.2/82.1%"). Not a list: integers ("26/96 teams",
    "2022/23"), a score out of a scale ("4.14/5.0"), fractions ("1/1000", read as word forms).
    """
    known = {q.start for q in qs}
    out: list[Quantity] = []
    for q in qs:
        chain = [q]
        cur = q
        while cur.kind in ("percent", "bare", "factor", "points") and cur.value is not None:
            m = _SLASH_NEXT.match(text, cur.end)
            if m is None or m.start("b") in known:
                break
            b, u = m.group("b"), (m.group("u") or "").strip()
            unit = "%" if "%" in u else "x" if u else ""
            value = _to_float(b)
            if "." not in b and not unit or not unit and not cur.unit and value in _SCALES:
                break
            if unit and cur.unit and unit != cur.unit:
                break
            unit = unit or cur.unit
            kind = "percent" if unit == "%" else "factor" if unit == "x" else "points" if unit == "pp" else "bare"
            cur = Quantity(m.start("b"), m.end("b") + len(m.group("u") or ""), value, None, None, None, unit, kind)
            chain.append(cur)
        if len(chain) > 1 and chain[-1].unit:
            kind = chain[-1].kind
            chain = [c if c.unit else replace(c, unit=chain[-1].unit, kind=kind) for c in chain]
        out.extend(chain)
    return out


_BETWEEN = re.compile(rf"\bbetween\s+\$?(?P<a>{_NUM})\$?\s+and\s+\$?$", re.I)
# words before "from A to B" that make A and B the sizes of gains, and words after that make them a spread, a range
_SPREAD_BEFORE = re.compile(
    r"\b(?:improvements?|gains?|boosts?|speed-?ups?|reductions?|savings?|margins?|outperform\w*|surpass\w*|exceed\w*|"
    r"rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?\w*|between|by|achiev\w*|reach\w*|obtain\w*|attain\w*|scor\w*)\b"
    r"[^.;:]{0,50}$",
    re.I,
)
_SPREAD_AFTER = re.compile(r"(?:\s*\([^()]{0,60}\))?\s*,?\s*(?:across|among|depending|for\s+(?:different|various|all))\b", re.I)
_BETWEEN_START = re.compile(r"\bbetween\s+\$?$", re.I)
_AND = re.compile(r"\$?\s+and\s+\$?")


def _changes_from(text: str, start: int, end: int = -1, kind: str = "") -> bool:
    """Whether "from" at ``start`` opens a change ("improves accuracy from A to B"), not a range ("gains ranging from A
    to B").

    With no change verb in reach, percentages from A to B (ending at ``end``) are a change too ("the QA accuracy collapses
    from 95% to 50%", "... on Video-MME from 53.8% to 56.1% and MLVU from 58.9% to 63.4%"), unless the words before read
    them as sizes of gains ("outperforms them from 5% to 20%") or levels reached ("the models achieve top-1 accuracy from
    67.2% to 80.0%"), or the words after as a spread ("IoU scores from 66.3% to 93.3% across tasks"); factors and points
    are gains themselves, a range.
    """
    if _RANGE_FROM.search(text, max(0, start - 12), start):
        return False
    if _FROM_VERB.search(text[max(0, start - _FROM_VERB_REACH) : start]):
        return True
    return (
        kind == "percent"
        and end >= 0
        and not _SPREAD_BEFORE.search(text, max(0, start - 60), start)
        and not _SPREAD_AFTER.match(text, end)
    )


def _merge_from_to(qs: list[Quantity], text: str) -> list[Quantity]:
    """ "from 67.2% to 80.0%": after a change verb a before/after pair (value 80.0, baseline 67.2), else a range;
    "between 7 and 11 W", "between 5% and 12%": a range."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.value is not None and q.kind not in ("bare", "magnitude"):
            # "between 7 and 11 Watts", "between 5% and 12%": a range
            btw = _BETWEEN.search(text, max(0, q.start - 40), q.start)
            r = qs[i + 1] if i + 1 < len(qs) else None
            if (
                btw is None
                and r is not None
                and r.value is not None
                and r.unit == q.unit
                and _BETWEEN_START.search(text, max(0, q.start - 10), q.start)
                and _AND.fullmatch(text, q.end, r.start)
            ):
                lo, hi = sorted((q.value, r.value))
                out.append(Quantity(q.start, r.end, None, lo, hi, None, q.unit, q.kind, q.sign))
                i += 2
                continue
            if btw is not None:
                lo, hi = sorted((_to_float(btw.group("a")), q.value))
                out = [o for o in out if o.start < btw.start("a")]  # "between 2.5 and 3.1 ms": not 2.5 alone too
                out.append(Quantity(btw.start("a"), q.end, None, lo, hi, None, q.unit, q.kind, q.sign))
                i += 1
                continue
        before = text[max(0, q.start - 12) : q.start]
        if q.first is not None and re.search(r"\bfrom\s*\$?\s*$", before, re.I):  # "from 917 to 328" read as one span
            start = q.start - len(before) + before.lower().rfind("from")
            if _changes_from(text, start, q.end, q.kind):
                new = q.max_value if q.first == q.min_value else q.min_value
                out.append(Quantity(start, q.end, new, None, None, q.first, q.unit, q.kind, q.sign))
            else:
                out.append(replace(q, start=start))
            i += 1
            continue
        if i + 1 < len(qs):
            r = qs[i + 1]
            before = text[max(0, q.start - 12) : q.start]
            between = text[q.end : r.start]
            if (
                re.search(r"\bfrom\s*\$?\s*$", before, re.I)
                and re.fullmatch(r"\s*to\s*", between)
                and q.value is not None
                and r.value is not None
                and (q.unit == r.unit or not q.unit or not r.unit)
            ):
                unit, kind = (r.unit, r.kind) if r.unit else (q.unit, q.kind)
                start = q.start - len(before) + before.lower().rfind("from")
                if _changes_from(text, start, r.end, kind):
                    out.append(Quantity(start, r.end, r.value, None, None, q.value, unit, kind, r.sign))
                else:
                    lo, hi = sorted((q.value, r.value))
                    out.append(Quantity(start, r.end, None, lo, hi, None, unit, kind))
                i += 2
                continue
        out.append(q)
        i += 1
    return out


# ------------------------------------------------------------------ sentences, clauses, labels


def _in_broken_decimal(text: str, point: int) -> bool:
    """Whether the full stop at ``point`` is the point of a decimal with a stray space ("23. 0%"): no sentence ends there."""
    b = _BROKEN_DECIMAL_RE.search(text, max(0, point - 3), point + 8)
    return b is not None and b.start() < point < b.end()


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, end exclusive, surrounding whitespace trimmed."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if m.start() and text[m.start() - 1].isdigit() and _in_broken_decimal(text, m.start()):
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


@dataclass(frozen=True, order=True)
class _Label:
    start: int
    end: int
    metric: str
    generic: bool


class Extractor:
    """Finds the results stated in papers; build once per run (it compiles the grammar and metric labels)."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        if vocab is None:  # unpickling: pickle sets the attributes (kg/core.py: compiled classes are made by __init__)
            return
        metrics = vocab.restrict(("Metric",))
        self.vocab = vocab
        self.enabled = bool(metrics.concepts)
        self.gazetteer = Gazetteer(replace(metrics, domain_cues=()))
        props = _metric_annotations(vocab)
        self.unit_metric: dict[str, str] = {}
        for iri in sorted(metrics.concepts):
            for u in props.get((iri, "unitSymbol"), ()):
                self.unit_metric.setdefault(" ".join(u.split()), iri)
        for u, iri in spaced_prefix_forms(self.unit_metric).items():
            self.unit_metric.setdefault(u, iri)
        self.setting_like = frozenset(i for i in metrics.concepts if "true" in props.get((i, "settingLike"), ()))
        fallback = sorted(i for i in metrics.concepts if "true" in props.get((i, "fallbackMetric"), ()))
        self.fallback = fallback[0] if fallback else None
        self.generic = frozenset(fallback)
        score = sorted(i for i in metrics.concepts if "true" in props.get((i, "scoreMetric"), ()))
        self.score_metric = score[0] if score else None
        self.family = {i: (metrics.top_concepts(i) or (i,))[0] for i in metrics.concepts}
        # the kinds of setting a metric's numbers are measured on: its own kg:measuredOn, else its nearest broader one's
        self.measured_on: dict[str, frozenset[str]] = {}
        for iri in metrics.concepts:
            level = [iri]
            while level and not any(props.get((m, "measuredOn")) for m in level):
                level = sorted({b for m in level for b in metrics.concepts[m].broader if b in metrics.concepts})
            kinds = {k.removeprefix(KG) for m in level for k in props.get((m, "measuredOn"), ())}
            self.measured_on[iri] = frozenset(kinds)
        self.grammar = Grammar(list(self.unit_metric))
        self.memory_family = self.unit_metric.get("GB", "")  # a platform's memory size is a spec, not a result
        # an abstract's sentences, read by several steps of one extraction: the last text's are kept
        self._sentences_text = ""
        self._last_sentences: tuple[tuple[int, int], ...] = ()
        self._ancestor_sets: dict[str, frozenset[str]] = {}  # _ancestors, remembered (discovered ones cost most)
        # the ancestors the text extracted last gives the techniques it discovered beneath a family (see extract)
        self._found_under: dict[str, frozenset[str]] = {}

    def extract(self, paper: Paper, links: Sequence[Link] = (), broader: Sequence[tuple[str, str]] = ()) -> tuple[Result, ...]:
        """Every quantitative claim in the paper's title and abstract, in text order.

        ``broader``: the (technique, family) pairs of the paper's ``Linking``, the families it found its discovered
        techniques under ("HQQ" in "quantization methods such as HQQ"). In this paper such a family and what is above
        it are the technique's ancestors, as a vocabulary concept's broader concepts are its own (issue 3).
        """
        if not self.enabled:
            return ()
        self._found_under = self._families(broader)
        fields: list[tuple[Field, str]] = [("abstract", paper.abstract)]
        if paper.title:
            fields.insert(0, ("title", paper.title))
        out: list[Result] = []
        for f, text in fields:
            out.extend(self._extract_text(text, [lk for lk in links if lk.field == f], f))
        if out:
            in_abstract = [lk for lk in links if lk.field == "abstract"]
            kinds = self._kinds(paper.abstract, out)
            platform = self._platform(paper.abstract, in_abstract)
            if platform is not None:
                out = [
                    replace(r, hardware=platform, hardware_attachment=PLATFORM_STATEMENT)
                    if self._under(r.hardware, platform)
                    and (r.hardware is not None or "HardwarePlatform" in kinds(r))
                    or r.hardware_attachment == COMPARED_PLATFORM
                    else r
                    for r in out
                ]
            entities = self._entities(paper.abstract, in_abstract)
            title = [r for r in out if r.field == "title"]
            compared = [r.hardware if r.hardware_attachment == COMPARED_PLATFORM else None for r in out if r.field == "abstract"]
            carried = carry_settings(
                paper.abstract,
                self._sentences_of(paper.abstract),
                [  # an earlier sentence's setting beats the comparison's platform
                    replace(r, hardware=None, hardware_attachment=None) if r.hardware_attachment == COMPARED_PLATFORM else r
                    for r in out
                    if r.field == "abstract"
                ],
                [en for en in entities if not _GLUED_NAME.match(paper.abstract, en[1])],
                # a platform carried from an earlier sentence reaches the other claims of a sentence measuring something
                # on it only when the title says the paper is about running there ("... on Hailo-8L")
                self._kinds(paper.abstract, out, wide=self._titled_platform(paper.title or "", links)),
                self._ancestors,
                EARLIER_SENTENCE,
            )
            carried = [
                replace(r, hardware=c, hardware_attachment=COMPARED_PLATFORM) if r.hardware is None and c is not None else r
                for r, c in zip(carried, compared, strict=True)
            ]
            out = title + carried
        return tuple(out)

    def _kinds(self, text: str, results: Sequence[Result], wide: bool = True) -> Callable[[Result], frozenset[str]]:
        """What each result is measured on: its metric's kinds (``kg:measuredOn``), and a platform too for any claim of
        a sentence that reports a deployment ("By deploying X on the board, we achieve 79.6% accuracy") or, when
        ``wide``, measures something else on the platform ("a success rate of 98% and an inference speed of 6611 FPS").
        """
        on_hw = {
            (r.field, r.sentence_start)
            for r in results
            if wide
            and "HardwarePlatform" in self.measured_on.get(r.metric, frozenset())
            or r.field == "abstract"
            and _deployed(text, r.sentence_start, r.sentence_end)
        }

        def kinds(r: Result) -> frozenset[str]:
            own = self.measured_on.get(r.metric, frozenset())
            return own | {"HardwarePlatform"} if (r.field, r.sentence_start) in on_hw else own

        return kinds

    def _titled_platform(self, title: str, links: Sequence[Link]) -> bool:
        """Whether the title names a platform the work runs on ("... on Hailo-8L", "... in the FPGA's programmable
        logic"), not one it is compared with or that only modifies a word ("GPU-based")."""
        return any(
            lk.field == "title"
            and self._kind(lk.concept) == "HardwarePlatform"
            and not MODIFIER.match(title, lk.end)
            and not BASELINE_PLATFORM.search(title, max(0, lk.start - 60), lk.start)
            for lk in links
        )

    def _sentences_of(self, text: str) -> tuple[tuple[int, int], ...]:
        """``sentences(text)``, made once for the text asked last (an abstract's are read by several steps)."""
        if text is not self._sentences_text:
            self._last_sentences = tuple(sentences(text))
            self._sentences_text = text
        return self._last_sentences

    def _families(self, broader: Sequence[tuple[str, str]]) -> dict[str, frozenset[str]]:
        """Each technique of ``broader`` (a ``Linking.broader``) with its ancestors in that text: the families it was
        found under, what is above them, and what it has anyway."""
        if not broader:
            return {}
        found: dict[str, set[str]] = {}
        for concept, family in broader:
            above = found.setdefault(concept, set())
            above.add(family)
            if family in self.vocab.concepts:
                above.update(self.vocab.ancestors(family))
        return {concept: frozenset(above) | self._ancestors_of(concept) for concept, above in found.items()}

    def _ancestors(self, iri: str) -> frozenset[str]:
        """A linked concept's broader concepts, transitively: a vocabulary concept's, a discovered one's parent or the
        base it is a variant of and what is above them, a technique discovered beneath a family as the text extracted
        last found it (``extract``'s ``broader``)."""
        if self._found_under:
            own = self._found_under.get(iri)
            if own is not None:
                return own
        found = self._ancestor_sets.get(iri)
        if found is None:
            if len(self._ancestor_sets) >= _MEMO_SIZE:
                self._ancestor_sets.clear()
            found = self._ancestor_sets[iri] = self._ancestors_of(iri)
        return found

    def _ancestors_of(self, iri: str) -> frozenset[str]:
        if iri not in self.vocab.concepts and (found := self.vocab.describe_discovered(iri)) is not None:
            return frozenset(found.ancestors)  # "SQuAD-BR" is found beneath SQuAD: one setting, not two
        try:
            broader = self.vocab.concept(iri).broader
        except KeyError:
            return frozenset()
        return frozenset(broader).union(*(self.vocab.ancestors(b) for b in broader if b in self.vocab.concepts))

    def _under(self, hardware: str | None, platform: str) -> bool:
        """Whether a result's hardware is none or a class the platform belongs to ("the FPGA" for a ZCU102)."""
        return hardware is None or hardware != platform and hardware in self._ancestors(platform)

    def _platform(self, text: str, links: Sequence[Link]) -> str | None:
        """The one platform an abstract says its work runs on ("implemented on the Xilinx Kria KV260 FPGA board",
        "All experiments run on ... (NVIDIA DGX Spark)"), or None when it names none or several.

        Each such statement must name one platform (classes of it, like "FPGA board", aside); all must agree, a class
        ("deployed on FPGAs") giving way to a member of it.
        """
        hw = sorted(
            (lk.start, lk.concept)
            for lk in links
            if self._kind(lk.concept) == "HardwarePlatform" and not MODIFIER.match(text, lk.end)  # not "GPU-based"
        )
        if not hw:
            return None
        found: set[str] = set()
        own = own_work_start(text, self._sentences_of(text))  # "Deploying DNNs on embedded systems is hard": background
        spans = [  # not "runs 3x faster than on the A100": that is the baseline's platform
            (m.end(), stop.start() if (stop := _STATEMENT_END.search(text, m.end(), m.end() + 60)) else m.end() + 60)
            for m in _PLATFORM_STATEMENT.finditer(text, own)
            if not re.search(r"\d", m.group()) and not _BASELINE_CUE.search(m.group())
        ]
        spans += [
            (lk.start, lk.end)
            for lk in links
            if self._kind(lk.concept) == "HardwarePlatform"
            and _OWN_PLATFORM_BEFORE.search(text, max(0, lk.start - 40), lk.start)
            and _OWN_PLATFORM_AFTER.match(text, lk.end)
        ]
        for a, b in spans:
            named = {iri for start, iri in hw if a <= start < b}
            specific = {iri for iri in named if not any(iri in self._ancestors(o) for o in named)}
            if len(specific) > 1:
                return None  # "running on a Jetson Nano and a Raspberry Pi": which one a claim ran on is not said
            found |= specific
        found = {iri for iri in found if not any(iri in self._ancestors(o) for o in found)}  # "FPGAs" then "a KV260"
        return next(iter(found)) if len(found) == 1 else None

    def _entities(self, text: str, links: Sequence[Link]) -> list[Entity]:
        """The linked entities a claim may be measured on, in text order: not a platform that modifies a word
        ("GPU-based models") or only describes the platform named before it ("the GAP9 low-power SoC").
        """
        entities = sorted((lk.start, lk.end, kind, lk.concept) for lk in links if (kind := self._kind(lk.concept)))
        entities = [
            en
            for en in entities
            if en[2] != "HardwarePlatform" or not MODIFIER.match(text, en[1]) or _DEVICE_TIME.match(text, en[1])
        ]
        described = described_by_class(text, entities, self._ancestors)
        return [en for en in entities if en[0] not in described]

    def _kind(self, iri: str) -> str | None:
        """The kind of a linked concept, discovered ones included."""
        try:
            return self.vocab.concept(iri).kind
        except KeyError:
            return None

    def extract_text(
        self, text: str, links: Sequence[Link] = (), field: Field = "abstract", broader: Sequence[tuple[str, str]] = ()
    ) -> list[Result]:
        """The results stated in one text, given the links the linker found in it (and ``broader``: see ``extract``)."""
        self._found_under = self._families(broader)
        return self._extract_text(text, links, field)

    def _extract_text(self, text: str, links: Sequence[Link], field: Field) -> list[Result]:
        qs = self.grammar.quantities(text)
        if not qs:
            return []
        spans = [(q.start, q.end) for q in qs]  # a unit ("TOPS/W", "GPU hours") is part of its number, not a label for others
        entities = self._entities(text, links)
        out: list[Result] = []
        for s_start, s_end in self._sentences_of(text):
            in_sentence = [q for q in qs if s_start <= q.start < s_end]
            if not in_sentence:
                continue
            breaks = (
                [s_start]
                + [m.end() for m in _clause_breaks(text, s_start, s_end) if not _label_colon(text, m, s_start)]
                + [s_end]
            )
            # metric labels of this sentence only: most of an abstract holds no number
            cands, _, _ = self.gazetteer.scan(text[s_start:s_end])
            sent_entities = [en for en in entities if s_start <= en[0] < s_end]
            # a label the linker found as a model names that model ("outperforms fine-tuned MAE"), not a metric, unless a
            # number stands right next to it ("MAE: 4.1 years", "-3.14 MAE")
            models = [(a, b) for a, b, kind, _ in sent_entities if kind == "Model"]
            sent_labels = sorted(
                _Label(s_start + c.start, s_start + c.end, min(c.concepts), min(c.concepts) in self.generic)
                for c in _longest(cands)
                if not any(a <= s_start + c.start and s_start + c.end <= b for a, b in spans)
                and not _not_a_label(text, s_start, s_start + c.start, s_start + c.end, models)
            )
            sent_labels = _absorb_score(text, sent_labels)
            in_sentence = [q for q in in_sentence if not _names_a_variant(text, q, sent_labels)]
            groups = _groups(in_sentence, text)
            found: list[Result] = []
            for i, group in enumerate(groups):
                bounds = (groups[i - 1][-1].end if i else s_start, groups[i + 1][0].start if i + 1 < len(groups) else s_end)
                parallel = _parallel_to(text, found, group, breaks)
                rival = _rival_of(text, found, group)
                found.extend(
                    self._group_results(
                        text,
                        group,
                        sent_labels,
                        sent_entities,
                        breaks,
                        (s_start, s_end),
                        field,
                        bounds,
                        in_sentence,
                        parallel,
                        rival,
                    )
                )
            anaphor = _TARGET_PLATFORM.search(text, s_start, s_end)
            if anaphor:  # "17.1 ms on the target platform": the platform named last before
                named = [en[3] for en in entities if en[2] == "HardwarePlatform" and en[1] <= anaphor.start()]
                if named:
                    found = [
                        replace(r, hardware=named[-1], hardware_attachment=ANAPHOR)
                        if r.hardware is None and r.start < anaphor.end() + 40
                        else r
                        for r in found
                    ]
            out.extend(found)
        return out

    # -------------------------------------------------------------- one group of numbers

    def _group_results(
        self,
        text: str,
        group: list[Quantity],
        labels: list[_Label],
        entities: list[tuple[int, int, str, str]],
        breaks: list[int],
        sentence: tuple[int, int],
        field: Field,
        bounds: tuple[int, int],
        others: list[Quantity],
        parallel: Result | None = None,
        rival: Result | None = None,
    ) -> list[Result]:
        """The results of one group of numbers; ``bounds``: where the claims before and after it end and start.

        ``parallel``: the claim this group continues ("2.16x speedup on A and 1.41x on B"), whose metric it takes
        when it names none; ``rival``: the claim whose baseline this number is the figure of ("matching TinyHAR
        (86.16%)"), whose metric it takes when it names none.
        """
        c_start, c_end = _clause(breaks, group[0].start)
        last = group[-1]
        share = last.kind in ("percent", "points") or last.kind == "word" and last.value is not None and last.value < 1
        bracketed = len(group) > 1 and _ALTERNATIVE.fullmatch(text, group[-2].end, last.start)
        closed = _ALTERNATIVE_END.match(text, last.end) if bracketed else None
        after = _label_after(text, closed.end() if closed else last.end, labels, c_end, allow_of=share)
        # "by 22.3% (AUROC) and 13% (TPR01)": a metric alone in brackets after the number is its metric; where the
        # sentence writes its metrics so, a name in those brackets the vocabulary lacks is one too (not a label before)
        unnamed = False
        if after is None and not closed and _BRACKET_OPEN.match(text, last.end) and not _named_before(text, group[0], labels):
            after = _bracket_label(text, last.end, labels)
            if after is not None and _TO_NUMBER.match(text, _ALTERNATIVE_END.match(text, after.end).end()):  # type: ignore[union-attr]
                return []  # "from 0.17 (EM) and 0.36 (F1-score) to 0.85": old figures of a change
            unnamed = (
                after is None
                and _BRACKET_NAME.match(text, last.end) is not None
                and any(_bracket_label(text, o.end, labels) is not None for o in others if o is not last)
            )
        if (
            last.kind == "unit"
            and (after is None or self.family.get(after.metric) != self.family.get(self.unit_metric.get(last.unit, "")))
            and _GLUED_UNIT_NAME.match(text, last.end)
            and not any(c.isspace() for c in text[last.start : last.end])
        ):
            return []  # "a 5W Recall Map", "the 3W Dataset": a name that starts with a number and a letter, not a unit
        if last.kind == "unit" and _DATA_AMOUNT.match(text, last.end):
            return []  # "11 hours of videos", "trained on 3,000 hours of speech": the size of a data set, a setting
        if last.kind == "unit" and _ROUND_PLURAL.fullmatch(text, last.start, last.end) and _OF.match(text, last.end):
            return []  # "at most 1,000s of training instances": a plural, not seconds
        if (
            after is not None
            and last.kind in ("magnitude", "bare")
            and _COUNT_LABEL.fullmatch(text, after.start, after.end)
            and not _RATE_AFTER.match(text, after.end)
        ):
            return []  # "with only 3K samples and 2K iterations", "trained for 100 epochs": a count, a setting
        at = _AT_BEFORE.search(text, max(c_start, group[0].start - 20), group[0].start) if after is not None else None
        if at is not None and after is not None and not _CHANGE_WORD.search(text, last.end, after.start):
            # the point a score is read at is a score too ("TPR at 1% FPR", "recall at 90% precision"); "energy at 26.7 ms
            # latency" and "Recall@10 at 12-47x lower latency" state two claims
            family = self.family.get(after.metric)
            if (
                family == self.family.get(self.score_metric or "")
                and _ABBREVIATION_BEFORE.search(text, max(c_start, at.start() - 16), at.start())
                or any(
                    _OPERATING_POINT.fullmatch(text, lb.end, at.start()) and self.family.get(lb.metric) == family
                    for lb in labels
                    if lb.end <= at.start()
                )
            ):
                return []  # "the true positive rate (TPR) at a 1% false positive rate": the point another metric is read at
        if after is None and last.kind == "word" and (the := _WORD_THE.match(text, last.end)):
            # "twice the throughput": the metric is the noun after; "twice the quantization resilience" names none we know
            after = _label_after(text, the.end(), labels, c_end)
            if after is None:
                return []
        chosen: list[tuple[_Label | None, bool]]  # (label, whether it stands after the number)
        # a unit before a noun describes it ("1000 ms exposure"); a percentage does after "with/at/under" ("with 60%
        # center cropping"), else it is a claim on a metric we do not know ("88.2% length compliance"); a factor
        # multiplies the noun ("24x temporal extrapolation") unless written "N-fold" ("5-fold cross-validation")
        if (
            after is None
            and (
                last.kind == "unit"
                or last.kind == "factor"
                and text[last.start : last.end].endswith("fold")  # "5-fold cross-validation"
                or last.kind in ("percent", "points")
                and _SETTING_BEFORE.search(text, max(c_start, group[0].start - 30), group[0].start)
            )
            and _describes_noun(text, last, c_end, entities)
            and not (last.kind == "unit" and _CLAIM_VERB_BEFORE.search(text, max(c_start, group[0].start - 40), group[0].start))
        ):
            return []
        if (
            after is None
            and last.kind == "percent"
            and _SHARE_SETTING.search(text, max(c_start, group[0].start - 40), group[0].start)
            and re.match(r"\s*of\b", text[last.end : last.end + 4])
        ):
            return []  # "using only 10% of training labels": a share of the input, not a result
        if last.kind in ("factor", "percent", "oom") and _LESS_DATA_AFTER.match(text, last.end):
            return []  # "with 5x less data": an amount of data, a setting
        at = _AT_BEFORE.search(text, max(c_start, group[0].start - 20), group[0].start)
        if after is None and last.kind == "percent" and at and (at.group("both") or len(group) > 1):
            return []  # "at both 25% and 50% routed-expert reduction": operating points, not results
        cond = _CONDITION_BEFORE.search(text, max(c_start, group[0].start - 30), group[0].start)
        if after is None and cond and not (cond.group("article") and _CHANGE_NEXT.match(text, last.end)):
            # "preserves accuracy after 50% sensor loss": the condition a claim holds under ("despite a 12.6% increase in
            # build time" is a claim)
            return []
        if (
            len(group) == 1
            and last.kind == "bare"
            and (close := _ALTERNATIVE_END.match(text, last.end))
            and _NUMBER_AFTER_LABEL.match(text, close.end())
            and any(_THRESHOLD_AFTER.fullmatch(text, lb.end, last.start) for lb in labels if lb.end <= last.start)
        ):
            return []  # "an accuracy (< 1.25) of 98.1%": the threshold the metric counts under (delta < 1.25)
        slashed = _slash_labels(text, group, labels, c_start, c_end)
        if unnamed:
            chosen = [(None, False)] * len(group)
            rival = None
        elif slashed is not None:
            chosen = slashed
        elif after is not None:
            chosen = [(after, True)] * len(group)
        else:
            chosen = [(lb, False) for lb in self._labels_before(text, group, labels, c_start, others)]
            if chosen[0][0] is None and group[0].baseline is not None:
                # a change restating a claim ("by 2.44 points (58.72% -> 61.16%)") is on that claim's metric
                near = [lb for lb in labels if c_start <= lb.start and lb.end <= group[0].start and not lb.generic]
                chosen = [(near[-1] if near else None, False)] * len(group)
        out = []
        for q, (label, is_after) in zip(group, chosen, strict=True):
            anchor = group[-1] if is_after else group[0]
            edge = None  # a "/" list of labels: the bare numbers stand next to its near end, not to each label
            if slashed is not None:
                edge = slashed[0][0] if is_after else slashed[-1][0]
            r = self._result(
                text, q, label, is_after, c_start, c_end, entities, breaks, sentence, field, bounds, anchor, edge, parallel, rival
            )
            if r is not None:
                out.append(r)
        if unnamed and self.fallback is not None:  # a metric the vocabulary lacks: the fallback, not a neighbour's
            out = [replace(r, metric=self.fallback) if r.unit in ("%", "pp", "x") else r for r in out]
        if len(out) > 1:
            out = _respective_entities(text, out, entities, c_end, bounds[1])
        stated = [r.relation for r in out if r.relation != "absolute" and r.baseline_value is None]
        if stated:  # "reduces power and latency by 49% and 89%": the verb governs every number of the group
            out = [replace(r, relation=stated[0]) if r.relation == "absolute" and r.baseline_value is None else r for r in out]
        return out

    def _platform_spec(self, text: str, q: Quantity, entities: list[Entity]) -> bool:
        """Whether a number describes a platform: its memory ("NVIDIA H100 80GB", "8x H100 GPUs, 2TB RAM") or a count of
        devices ("8x H100 GPUs")."""
        hw = [(a, e) for a, e, k, _ in entities if k == "HardwarePlatform"]
        if q.kind == "factor":
            return any(a >= q.end and not text[q.end : a].strip() for a, _ in hw)
        memory = self.family.get(self.memory_family)
        if q.kind != "unit" or self.family.get(self.unit_metric.get(q.unit, "")) != memory:
            return False
        if any(e <= q.start and _SPEC_GAP.fullmatch(text, e, q.start) for _, e in hw):
            return True
        # "Alpamayo-R1-10B (21.52GB) on an RTX 5070Ti (16GB)": the size of the thing named right before, linked or
        # not (not a rival's figure: "outperforming FlashAttention (16GB)")
        named = _NAMED_BRACKET.search(text, max(0, q.start - 40), q.start)
        return bool(
            named
            and (name_like(named.group("name")) or _MODEL_NUMBER.fullmatch(named.group("name")))
            and _RIVAL_CLOSE.match(text, q.end)
            and not _RIVAL_NAMED.search(text, max(0, q.start - 80), q.start)
        )

    def _labels_before(
        self, text: str, group: list[Quantity], labels: list[_Label], c_start: int, others: list[Quantity]
    ) -> list[_Label | None]:
        first = group[0]
        # a label with another claim between it and this number is that claim's ("overhead by 30% and runtime by 15%"),
        # unless the sentence runs parallel ("power and latency respectively by 49% and 89% ... and by 37% and 55%")
        claims = [o for o in others if o.end <= first.start and o.kind not in ("bare", "magnitude")]

        by_gain = bool(_BY_BEFORE.search(text, max(0, first.start - 30), first.start))
        # "0.7127 cIoU and 0.7382 mIoU, ... (+15.3 and +21.9 points, respectively)": the numbers pair with those labels
        respective = len(group) > 1 and bool(_RESPECTIVELY.search(text, group[-1].end, group[-1].end + 24))

        starts = {o.start for o in others}
        # a bare number right before a specific label owns it too ("0.7671 mAP@0.50 for detection, and 100% ...")
        bare_before = [o for o in others if o.end <= first.start and o.kind == "bare"]

        def owned_by_claim(lb: _Label) -> bool:
            if first.sign and _ALTERNATIVE.fullmatch(text, lb.end, first.start):
                return False  # "87.3 AUC (+7.0 pp)": the change of the claim the label is of
            # "18.6% lower latency and 40.9% lower edge growth": a specific label after a claim's comparative is that claim's,
            # unless this number stands in brackets right after it ("faster convergence time (0.8 s)")
            comparative = not lb.generic and not _ALTERNATIVE.fullmatch(text, lb.end, first.start)
            return any(
                o.end <= lb.start
                and (
                    _tokens_between(text, o.end, lb.start) == 0
                    or comparative
                    and _COMPARATIVE_GAP.fullmatch(text, o.end, lb.start)
                )
                for o in claims
            ) or (not lb.generic and any(o.end < lb.start and not text[o.end : lb.start].strip() for o in bare_before))

        def free(lb: _Label, same_unit_ok: bool) -> bool:
            after = _NUMBER_AFTER_LABEL.match(text, lb.end, first.start)
            if after and after.end() - 1 not in starts:
                return False  # "(patch size 2 vs. 28) and up to 23.78%": the label names a setting's number
            if not by_gain and not respective and owned_by_claim(lb):
                return False  # "75.1% mAP with only 40% of the data": the label is 75.1%'s; "... by 3.7%" compares on it
            between = [o for o in claims if lb.end <= o.start]
            if not between or _RESPECTIVELY.search(text, lb.end, first.start):
                return True
            # a label that opens a list of claims of this unit, not one that ends a claim ("50% sparsity")
            owned = any(o.end <= lb.start and _tokens_between(text, o.end, lb.start) == 0 for o in others)
            return (
                same_unit_ok
                and not owned
                and all(o.unit == first.unit for o in between)
                and _tokens_between(text, lb.end, between[0].start) <= 2
                # "GPU memory by 42-45%, training time by 29-48%, and parameter number by 83-87%": a label, "by" and a claim are
                # that claim's when this number has its own "by" ("inference time by 45x for A and 32x for B" shares it)
                and not (_BY_GAP.fullmatch(text, lb.end, between[0].start) and by_gain)
            )

        # a label no other claim stands behind; else one behind claims of the same unit ("speedups of 45x and
        # 6150x for GPU and 17x and 3403x for CPU")
        window = [lb for lb in labels if c_start <= lb.start and lb.end <= first.start and free(lb, False)]
        if not window:
            window = [lb for lb in labels if c_start <= lb.start and lb.end <= first.start and free(lb, True)]
        reach_specific = MAX_BEFORE_TOKENS * (2 if _RESPECTIVELY.search(text, c_start, first.start) else 1)
        specific = [lb for lb in window if not lb.generic and _tokens_between(text, lb.end, first.start) <= reach_specific]
        if len(group) > 1 and len(specific) >= len(group) and _RESPECTIVELY.search(text, specific[-1].end, group[-1].end + 16):
            tail = _distinct_tail(specific, len(group))
            if len(tail) == len(group):
                return list(tail)
        if len(group) > 1 and len(specific) >= len(group):
            # "reduction in power and area by 5.02x and 4.06x": a list of as many labels maps onto the numbers in order
            tail = specific[-len(group) :]
            if len({lb.metric for lb in tail}) == len(tail) and all(
                _LABEL_LIST.fullmatch(text, a.end, b.start) for a, b in zip(tail, tail[1:], strict=False)
            ):
                return list(tail)
        if specific:
            return [specific[-1]] * len(group)
        # "outperforms X on Y by 8%": a stated gain reaches further back
        reach = MAX_BEFORE_TOKENS if _BY_BEFORE.search(text, max(0, first.start - 30), first.start) else MAX_GENERIC_BEFORE_TOKENS
        generic = [lb for lb in window if lb.generic and _tokens_between(text, lb.end, first.start) <= reach]
        return [generic[-1] if generic else None] * len(group)

    def _result(
        self,
        text: str,
        q: Quantity,
        label: _Label | None,
        is_after: bool,
        c_start: int,
        c_end: int,
        entities: list[tuple[int, int, str, str]],
        breaks: list[int],
        sentence: tuple[int, int],
        field: Field,
        bounds: tuple[int, int],
        anchor: Quantity,
        edge: _Label | None = None,
        parallel: Result | None = None,
        rival: Result | None = None,
    ) -> Result | None:
        metric = label.metric if label else None
        # a baseline's own figure: on the metric of the claim it rivals, unless a label right after it names its own
        figure = rival is not None and not (label is not None and is_after)
        if figure:
            assert rival is not None
            metric = rival.metric
        if parallel is not None and (label is None or label.generic and not is_after):
            metric = parallel.metric  # "2.16x speedup on HunyuanVideo and 1.41x on FLUX": the speedup's
        if parallel is not None and parallel.baseline_value is not None and q.first is not None and not is_after:
            # "increases sparsity from 0% to 60% in prefilling (...), and 0% to 57% across both stages": a change too
            metric = parallel.metric
            new = q.max_value if q.first == q.min_value else q.min_value
            q = replace(q, value=new, min_value=None, max_value=None, baseline=q.first)
        before_text = text[max(sentence[0], q.start - 40) : q.start]
        qual_m = _QUALIFIER_BEFORE.search(before_text)
        qualifier = _canonical_qualifier(qual_m.group(1)) if qual_m else None
        if qualifier is None and (
            _QUALIFIER_AFTER.match(text, q.end) or label and is_after and _QUALIFIER_AFTER.match(text, label.end)
        ):
            qualifier = "on average"
        lead = before_text[: qual_m.start()] if qual_m else before_text
        # how the number relates to a baseline: the words around the number and its metric label
        qual_start = q.start - len(before_text) + qual_m.start() if qual_m else None
        # ``wide``: whether the words around it state a gain at all ("reaches 93.92%, exceeding PointMLP"): the next
        # phrase counts there
        ctx, wide = _context(text, q, label, is_after, c_start, c_end, qual_start)
        listed = (
            parallel is not None
            and _LISTED_SETTING.fullmatch(text, parallel.end, q.start)
            and _SETTING_NEXT.match(text, q.end) is not None
        )
        if q.kind == "bare" and not figure and not listed:
            near = anchor if anchor.kind in ("bare", "points") else q  # "4.83 vs 9.56 F1 points": the group's last
            if label is None or not _bare_next_to(text, near, edge or label, is_after):
                return None
        elif q.kind == "magnitude":
            if label is None or not is_after or not _MAGNITUDE_CUE.search(text[max(0, q.start - 30) : label.end + 10]):
                return None
        elif q.kind == "word" and (label is None or label.generic and not is_after):
            return None
        if self._platform_spec(text, q, entities):
            return None
        if q.kind in ("bare", "unit", "magnitude") and q.value is not None and q.value.is_integer() and 1950 <= q.value <= 2050:
            return None  # a year ("in 2019", "the 1990s")
        if q.kind == "unit" and (
            metric is None
            or not is_after
            and (label is None or label.generic or self.family.get(metric) != self.family.get(self.unit_metric.get(q.unit, "")))
        ):
            # "+0.15dB", "requiring 17.1 ms": the unit says more than a word further back
            unit_metric = self.unit_metric.get(q.unit)
            if unit_metric is not None and label is not None and not is_after:
                # nor do the words around that label ("a 47x throughput improvement, completing ... in 18 minutes")
                ctx, wide = _context(text, q, None, False, c_start, c_end, qual_start)
            metric = unit_metric or metric
        if metric is None:
            lead_start = min(q.start, anchor.start)
            on_benchmark = any(k == "Benchmark" and c_start <= a < c_end for a, _, k, _ in entities)
            # how far back the verb of a "by N%" may be: its clause, or 120 characters on a benchmark (where a number
            # with no gain word near is the benchmark's score)
            verb_from = max(c_start, lead_start - 120) if on_benchmark else c_start
            gain = (
                _REDUCTION.search(wide)
                or _IMPROVEMENT.search(wide)
                or q.sign in ("+", "-", "−")
                # "reduces diagnostic escalation in BUSD-Agent from 84.95% to 58.72%": a change (on a benchmark, its score)
                or q.baseline is not None
                and not on_benchmark
                # "reduces average latent refinement steps by 48-60%": the clause's verb, anywhere before
                # (or the first number of its list: "by 33% and 43%")
                or _BY_JUST_BEFORE.search(text, max(c_start, lead_start - 40), lead_start)
                and _verb_relation(text[verb_from:lead_start]) is not None
            )
            if q.kind in ("factor", "oom") or (q.kind in ("percent", "points") and gain):
                metric = self.fallback
            elif (
                q.kind in ("percent", "points")
                and not re.match(r"\s*of\b", text[q.end : q.end + 4])  # "10% of the tokens" is a share, not a score
                and any(k == "Benchmark" and c_start <= a < c_end for a, _, k, _ in entities)
            ):
                metric = self.score_metric  # "averaging 85% on the Long Range Arena benchmark"
        if metric is None:
            return None
        if metric in self.setting_like and (_SETTING_BEFORE.search(lead) or _PRESERVED_BEFORE.search(lead)):
            return None
        if q.kind in ("unit", "magnitude") and _WITH_SIZE_AND.search(lead):
            return None  # "with 0.14M parameters and 0.31 GFLOPs achieves ...": the variant's size, a setting
        relation = _relation(ctx, q)
        if relation == "absolute" and q.baseline is None and _BY_JUST_BEFORE.search(text, max(c_start, q.start - 40), q.start):
            # "improving over the previous best accuracy on Sintel by 77%": the verb of the clause says which way
            relation = _verb_relation(text[c_start : q.start]) or relation
        level = _TO_LEVEL.search(lead) if q.baseline is None and q.kind != "factor" and "to" in lead[-8:] else None
        if level is not None and (_GAIN_NOUN.match(level.group()) or _GAIN_NOUN_BEFORE.search(lead, 0, level.start())):
            level = None  # "this improvement rises to 4.00%": the gain's size
        if level is not None and _MEANS_OPEN.match(text, sentence[0]) and "," not in text[sentence[0] : q.start]:
            return None  # "By increasing the frame rate to 16 FPS, F-16 ...": the means of a claim, a setting
        if figure or level is not None:
            relation = "absolute"  # the baseline's own figure, or the level a change reaches ("dropping to 37.46%")
        elif parallel is not None and metric == parallel.metric and relation == "absolute" and q.baseline is None:
            relation = parallel.relation  # "reduces latency by 40% on A and 35% on B"
        if _CONSTRAINT_BEFORE.search(lead):
            return None
        if (
            relation == "absolute"
            and not q.sign
            and q.baseline is None
            and _EXAMPLE_BEFORE.search(text, max(sentence[0], q.start - 16), q.start)
        ):
            # "(e.g., 5-10 Hz)"; an example of a gain is a claim ("e.g., +16.75% relative improvement", "e.g., from 66.6% to
            # 75.9% on VL-RewardBench")
            return None
        if _CONSTRAINT_AFTER.match(text, max(q.end, label.end) if label and is_after else q.end):
            return None
        benchmark = _attach(text, q, entities, "Benchmark", breaks, sentence, bounds, self._ancestors)
        if figure and rival is not None and rival.benchmark is not None:
            # a baseline's figure is on its rival claim's benchmark, unless its own brackets name one
            close = text.find(")", q.end, sentence[1])
            if not any(k == "Benchmark" and q.end <= a < close for a, _, k, _ in entities):
                benchmark = rival.benchmark
        on_hw = "HardwarePlatform" in self.measured_on.get(metric, frozenset())  # a platform later in the sentence
        hardware = _attach(text, q, entities, "HardwarePlatform", breaks, sentence, bounds, self._ancestors, False, on_hw)
        hardware_attachment = SAME_SENTENCE if hardware else None
        if hardware is None:  # "45.7x speedup over mobile Ampere GPUs": the platform of the comparison, if nothing else
            hardware = _attach(text, q, entities, "HardwarePlatform", breaks, sentence, bounds, self._ancestors, True, on_hw)
            hardware_attachment = COMPARED_PLATFORM if hardware else None
        return Result(
            metric=metric,
            field=field,
            start=q.start,
            end=q.end,
            text=text[q.start : q.end],
            sentence_start=sentence[0],
            sentence_end=sentence[1],
            value=q.value,
            min_value=q.min_value,
            max_value=q.max_value,
            baseline_value=q.baseline,
            unit=q.unit or None,
            relation=relation,
            qualifier=qualifier,
            benchmark=benchmark,
            hardware=hardware,
            compared_to=_compared_to(text, q, entities, min(c_end, bounds[1])),
            benchmark_attachment=SAME_SENTENCE if benchmark else None,
            hardware_attachment=hardware_attachment,
        )


_NUMBER_NEXT = re.compile(r"\s*\$?[+\-−~]?\d")


# a label glued by a hyphen to a participle or adjective it forms with it modifies the noun after ("sensitivity-prioritized
# thresholds", "latency-aware scheduling"): no metric there ("F1-macro", "F1-max", "Dice-score" are still metrics)
_MODIFIER_HYPHEN = re.compile(r"-(?:[a-z]{3,}ed|aware|based|driven|guided|oriented|centric|sensitive|critical|bound)\b")
# "at extreme compression regimes", "under low latency settings": the condition a claim holds under names no metric of it
_REGIME_BEFORE = re.compile(r"\b(?:at|under|in)\s+(?:[\w-]+\s+)?$", re.I)
_REGIME_AFTER = re.compile(r"\s+(?:regimes?|settings?|levels?|conditions?|scenarios?)\b", re.I)
_SCORE_WORD = re.compile(r"\$?\s?-?\s?scores?", re.I)


def _not_a_label(text: str, s_start: int, start: int, end: int, models: list[tuple[int, int]]) -> bool:
    """Whether a metric label found at start..end names no metric there: a model the linker found, away from any number;
    a word it modifies by a hyphen; the regime a claim holds in."""
    if text[end : end + 1] == "-" and _MODIFIER_HYPHEN.match(text, end):
        return True
    if (
        text[end : end + 1] == " "
        and _REGIME_AFTER.match(text, end)
        and _REGIME_BEFORE.search(text, max(s_start, start - 30), start)
    ):
        return True
    return any(
        a <= start and end <= b and not _NUMBER_AFTER_LABEL.match(text, b) and not _NUMBER_BEFORE.search(text, max(0, a - 12), a)
        for a, b in models
    )


def _absorb_score(text: str, labels: list[_Label]) -> list[_Label]:
    """A label, then "score" after a LaTeX closing "$" ("$F_1$ score"): one label, the first one's (the vocabulary's
    "F1 score" is one label already; LaTeX splits it)."""
    if len(labels) < 2:
        return labels
    out: list[_Label] = []
    for lb in labels:
        if out and text[out[-1].end : out[-1].end + 1] == "$" and _SCORE_WORD.fullmatch(text, out[-1].end, lb.end):
            out[-1] = replace(out[-1], end=lb.end)
            continue
        out.append(lb)
    return out


def _label_colon(text: str, m: re.Match[str], s_start: int) -> bool:
    """ "(accuracy: 82.89%)", "(Dice: 84.07%)": a colon inside brackets before a number labels it and ends no clause."""
    return (
        m.group().startswith(":")
        and bool(_NUMBER_NEXT.match(text, m.end()))
        and text.rfind("(", s_start, m.start()) > text.rfind(")", s_start, m.start())
    )


def _names_a_variant(text: str, q: Quantity, labels: list[_Label]) -> bool:
    """ "5 mm DSC of 0.73", "0.5 s latency of 20 ms": a unit right before a metric label that has a number of its own
    names a variant of the metric, not a result."""
    if q.kind != "unit":
        return False
    after = next((lb for lb in labels if lb.start >= q.end), None)
    return after is not None and not text[q.end : after.start].strip() and bool(_NUMBER_AFTER_LABEL.match(text, after.end))


# a number, a comparative and a noun: the number names its own metric, even one the vocabulary lacks
_OWN_NOUN_AFTER = re.compile(
    r"\s+(?:lower|higher|less|more|fewer|smaller|larger|shorter|longer|greater|cheaper)\s+"
    r"(?!(?:than|on|in|for|with|at|over|compared|across|when|while|and|or|but|to|from|by|as)\b)[a-z]",
    re.I,
)
_LISTED_SETTING = re.compile(r"\s+(?:on|for|in|at)\s+[^,;:()]{1,60}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\$?\s*")
_SETTING_NEXT = re.compile(r"\s*\$?\s*(?:on|for|in|at)\s")
_PARALLEL_JOIN = re.compile(
    r"(?:,\s*(?:and\s+|or\s+|but\s+)?|\s+(?:and|or|but|versus|vs\.?)\s+)"
    r"(?:(?:up\s+to|around|about|approximately|roughly|nearly|over|only|just|even|by|a|an|another|further)\s+)*\$?\s*$",
    re.I,
)


def _parallel_to(text: str, found: list[Result], group: list[Quantity], breaks: list[int]) -> Result | None:
    """The claim a group of numbers continues in parallel, if any: "2.16x speedup on A and 1.41x on B",
    "60% sparsity in prefilling and around 57% across both stages".

    The claim before it in the same clause, of the same unit, with a metric of its own, and the group follows a
    conjunction ("and", ",", "or", "versus") within a few words of it.
    """
    if not found:
        return None
    prev = found[-1]
    q = group[0]
    # "AUROC 0.82 on MIMIC, 0.84 on CheXpert": a comma between figures each followed by where it was measured
    listed = _LISTED_SETTING.fullmatch(text, prev.end, q.start) and _SETTING_NEXT.match(text, group[-1].end)
    if (
        prev.unit != (q.unit or None)
        or prev.baseline_value is not None
        and q.first is None
        or _clause(breaks, prev.start) != _clause(breaks, q.start)
        and not listed
        or _tokens_between(text, prev.end, q.start) > (16 if prev.baseline_value is not None else 12)
        or _OWN_NOUN_AFTER.match(text, group[-1].end)  # "18.6% lower latency and 40.9% lower edge growth": its own
    ):
        return None
    return prev if _PARALLEL_JOIN.search(text, prev.end, q.start) else None


# a baseline's own figure, rivalling a claim of its sentence: "matching TinyHAR (86.16%)", "while outperforming the
# standard U-Net (0.7437)", "close to the recurrent CuBa-LIF network (91%)", "compared with approximately 92.0% for
# SNIP", "a higher F1 score (0.73 vs. 0.06)"
_RIVAL_CUE = (
    r"\b(?:than|like|matching|match(?:es|ed)?|outperform\w*|surpass\w*|beat\w*|over|against|versus|vs\.?|"
    r"(?:compared|close|similar|comparable|relative)\s+(?:to|with))"
)
_RIVAL_NAMED = re.compile(_RIVAL_CUE + r"\s+(?:[^\s(),;:]+\s+){0,4}[^\s(),;:]+\s*\(\s*\$?$", re.I)
_RIVAL_CLOSE = re.compile(r"\s*\$?\s*\)")
_MODEL_NUMBER = re.compile(r"\d+[A-Za-z][\w.-]*")  # "5070Ti", "3090Ti"
_NAMED_BRACKET = re.compile(r"(?:^|[\s(])(?P<name>[^\s()]+)\s*\(\s*\$?$")
# "outperforming full token inference at 44.1 and OmniZip at 41.0": each rival's score after "at"
_RIVAL_AT = re.compile(_RIVAL_CUE + r"\s+[^;:()]{0,60}?\bat\s+\$?$", re.I)
_RIVAL_FOR_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|than)\s+(?:(?:approximately|about|around|roughly|nearly|only|just)\s+)?\$?$",
    re.I,
)
_RIVAL_FOR_AFTER = re.compile(r"\s*(?:(?:reported|achieved|obtained)\s+)?(?:for|by)\s+(?:the\s+)?[A-Z]")
_RIVAL_ASIDE = re.compile(
    r"\(\s*(?:vs\.?|versus|compared\s+(?:to|with))\s+(?:(?:approximately|about|around|roughly|nearly|only|just)\s+)?\$?\s*$", re.I
)
_VERSUS = re.compile(r"\s*\$?\s*(?:vs\.?|versus)\s*\$?\s*")


def _rival_of(text: str, found: list[Result], group: list[Quantity]) -> Result | None:
    """The claim of the sentence a lone number is the baseline's figure against, if it is one: the last claim before it
    with its unit, the number standing in brackets after the baseline's name ("like HED (0.7688)"), or "for" it
    ("compared with 92.19% for GraSP"), or a bare number right after "vs." ("(0.73 vs. 0.06)") or "at" ("outperforming
    OmniZip at 41.0").
    """
    if len(group) != 1 or group[0].kind not in ("percent", "points", "bare", "unit"):
        return None
    q = group[0]
    prev = next((r for r in reversed(found) if r.end <= q.start and r.unit == (q.unit or None)), None)
    if prev is None:
        return None
    start = max(prev.end, q.start - 80)
    if _RIVAL_NAMED.search(text, start, q.start) and _RIVAL_CLOSE.match(text, q.end):
        return prev
    if _RIVAL_FOR_BEFORE.search(text, start, q.start) and _RIVAL_FOR_AFTER.match(text, q.end):
        return prev
    if _RIVAL_ASIDE.search(text, start, q.start):
        return prev  # "54.4% accuracy on CausalVLBench (vs. 33.2% with prompt-level supervision)"
    if q.kind == "bare" and (_VERSUS.fullmatch(text, prev.end, q.start) or _RIVAL_AT.search(text, max(0, q.start - 80), q.start)):
        return prev
    return None


def _describes_noun(text: str, q: Quantity, end: int, entities: list[tuple[int, int, str, str]]) -> bool:
    """Whether the words right after a number (no metric label there) are a noun phrase it describes.

    "1000 ms exposure", "a single 24GB 4090 GPU", "under 50% wind penetration": the number states a setting.
    A benchmark name ("72.1% MMLU"), a capitalised word after a percentage (a metric: "67.0% NDS") or a change
    word in the next words ("30% token reduction") keeps it a claim.
    """
    words = [m for m in _WORD.finditer(text, q.end, min(end, q.end + 60)) if m.group() not in _LATEX_PUNCT]
    if not words or not words[0].group()[0].isalnum() or _NEXT_OK.match(words[0].group()):
        return False
    if q.kind in ("percent", "points") and words[0].group()[0].isupper():  # "67.0% NDS", "1.2% Strict Safety"
        return False
    for m in words[:3]:
        w = m.group()
        if not w[0].isalnum() or _NEXT_OK.match(w):
            break
        if (
            _REDUCTION.fullmatch(w)
            or _IMPROVEMENT.fullmatch(w)
            or any(a == m.start() and k == "Benchmark" for a, _, k, _ in entities)
        ):
            return False
    return True


def _bare_next_to(text: str, q: Quantity, label: _Label, is_after: bool) -> bool:
    """A number without a unit is a result only right next to its metric's name ("R2 of 0.93", "37.70 PSNR").

    ``q`` is the number of its group nearest the label ("concordance index of 0.771, 0.742, and 0.734").
    A signed number states a change ("+0.37 on average") and takes the label of its clause.
    """
    if q.sign in ("+", "-", "−") and not is_after:
        return True
    # "reduces token usage on GSM8K from 917 to 328"; not a range of integers ("lengths from 64 to 4096 tokens")
    change = q.baseline is not None or q.first is not None and "." in text[q.start : q.end]
    if "." not in text[q.start : q.end] and not change:
        return False
    if is_after:
        return text[q.end : label.start].strip(" $") in ("", "(", "(in terms of")
    return bool(_BARE_LINK.match(text[label.end : q.start])) or change and _tokens_between(text, label.end, q.start) <= 4


# ------------------------------------------------------------------ helpers


def _metric_annotations(vocab: Vocabulary) -> dict[tuple[str, str], tuple[str, ...]]:
    """(metric IRI, local name) -> values of the kg: annotations metrics carry (unitSymbol, settingLike, measuredOn, ...)."""
    wanted = {KG + n: n for n in ("unitSymbol", "settingLike", "fallbackMetric", "scoreMetric", "measuredOn")}
    out: dict[tuple[str, str], list[str]] = {}
    for path in vocab.files:
        with path.open("rb") as f:
            for t in ox.parse(f, ox.RdfFormat.TURTLE):
                name = wanted.get(t.predicate.value)
                if name and isinstance(t.subject, ox.NamedNode) and isinstance(t.object, (ox.Literal, ox.NamedNode)):
                    out.setdefault((t.subject.value, name), []).append(t.object.value)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _longest(cands: Sequence) -> list:  # type: ignore[type-arg]
    """Metric label candidates without overlaps: longest first, then earliest."""
    kept: list = []  # type: ignore[type-arg]
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return kept


# "18.6% lower latency": the label after a claim's number and its comparative is that claim's
_COMPARATIVE_GAP = re.compile(
    r"\s+(?:lower|higher|less|more|fewer|smaller|larger|faster|slower|better|worse|shorter|longer|greater|cheaper)\s+", re.I
)
# "reducing GPU memory by 42-45%, training time by 29-48%": a label, "by" and the number that label is of
_BY_GAP = re.compile(r"\s+by\s+(?:(?:up\s+to|about|around|over|more\s+than|nearly|approximately|~)\s*)?\$?\s*")
_LIST_UNIT_KINDS = frozenset({"percent", "points", "factor", "unit"})
_LIST_END = re.compile(r"\b(?:and|or)\b", re.I)


def _groups(qs: list[Quantity], text: str) -> list[list[Quantity]]:
    """Numbers joined only by ",", "and", "or" share their metric ("49% and 89%", "12X,20X,33X and 39X")."""
    groups: list[list[Quantity]] = []
    for q in qs:
        if groups:
            prev = groups[-1][-1]
            same = prev.unit == q.unit or prev.kind == "bare" or q.kind == "bare"
            if same and _GROUP_JOIN.match(text[prev.end : q.start].replace("$", "")):  # "$91.6\%$, $53.3\%$"
                if (  # "by 8.7 and 1.6 points": the unit written on the last is every one's
                    q.kind in _LIST_UNIT_KINDS
                    and q.baseline is None
                    and q.first is None
                    and _LIST_END.search(text, prev.end, q.start)
                ):
                    group = groups[-1]
                    i = len(group)
                    while i and group[i - 1].kind == "bare" and group[i - 1].baseline is None and group[i - 1].first is None:
                        i -= 1
                    group[i:] = [replace(b, unit=q.unit, kind=q.kind) for b in group[i:]]
                groups[-1].append(q)
                continue
            if prev.kind == "bare" and q.kind == "points" and _VERSUS.fullmatch(text, prev.end, q.start):
                groups[-1].append(q)  # "loss of 4.83 vs 9.56 F1 points": two figures on the label after both
                continue
            alternative = _ALTERNATIVE.fullmatch(text, prev.end, q.start) and _ALTERNATIVE_END.match(text, q.end)
            if same and q.kind != "bare" and alternative:
                groups[-1].append(q)  # "40.4x (4.84x) speedup over CPU (GPU)": the figure for another setting
                continue
        groups.append([q])
    return groups


def _clause(breaks: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(breaks, pos) - 1
    return breaks[max(i, 0)], breaks[min(i + 1, len(breaks) - 1)]


def _tokens_between(text: str, a: int, b: int) -> int:
    """Words (not punctuation) between two offsets."""
    return sum(1 for w in _WORD.findall(text, a, b) if w[0].isalnum()) if b > a else 0


def _back_tokens(text: str, pos: int, n: int, floor: int) -> int:
    """Where the n-th token before ``pos`` starts (not before ``floor``)."""
    toks = list(_WORD.finditer(text, max(floor, pos - 12 * n - 12), pos))
    return toks[-n].start() if len(toks) >= n else max(floor, toks[0].start() if toks else pos)


def _forward_tokens(text: str, pos: int, n: int, ceiling: int) -> int:
    toks = list(_WORD.finditer(text, pos, min(ceiling, pos + 12 * n + 12)))
    return toks[n - 1].end() if len(toks) >= n else (toks[-1].end() if toks else pos)


# what a unit's amount of data is of: "11 hours of videos", "3,000 hours of multi-lingual, studio-quality speech"
_DATA_AMOUNT = re.compile(
    r"\s+of\s+(?:[\w,-]+\s+){0,3}?(?:videos?|video\s+data|data|audio|speech|recordings?|footage|clips|text|dialogues?|"
    r"conversations?|demonstrations?|trajectories|gameplay|driving\s+data|egocentric)\b(?!\s*(?:per\b|/))",  # not a rate
    re.I,
)
_ROUND_PLURAL = re.compile(r"[1-9]0{2,}s|[1-9]0{0,2}(?:,000)+s")  # "100s", "1,000s" (of): hundreds, thousands
_OF = re.compile(r"\s+of\b")
_COUNT_LABEL = re.compile(r"(?:training\s+)?(?:iterations?|steps?|epochs?)", re.I)  # a label naming counted things
_RATE_AFTER = re.compile(r"\s*(?:/|per\b)", re.I)  # "iterations per second", "steps/s": a rate after all
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_NAME = re.compile(r"\s*\(\s*[A-Za-z][\w@.\-]*\s*\)")  # "(TPR01)": one name alone in brackets
# a number whose unit is glued to it, then a capitalised word: "a 5W Recall Map" (a name), not "5 W"
_GLUED_UNIT_NAME = re.compile(r" [A-Z][a-z]")
# "TPR at a 1% FPR": a metric label, its abbreviation in brackets, "at"
_CHANGE_WORD = re.compile(
    r"\b(?:lower|higher|less|more|fewer|smaller|larger|faster|slower|better|worse|reduc\w*|improv\w*)\b", re.I
)
_ABBREVIATION_BEFORE = re.compile(r"\([A-Z][A-Za-z0-9@-]{1,10}\)\s*$")  # "true positive rate (TPR) at a 1% FPR"
_OPERATING_POINT = re.compile(r"\s*\)?\s*(?:\(\s*[^()]{1,20}\))?\s*")
# "accuracy (< 1.25)", "accuracy ($\delta < 1.25$)": a threshold in brackets right after the metric label
_THRESHOLD_AFTER = re.compile(r"\s*\(\s*\$?\s*(?:\\?delta|δ)?\s*(?:<|>|≤|≥|\\[lg]eq?|\\[lg]t)\s*\$?\s*")


_TO_NUMBER = re.compile(r"\s*to\s+\$?[\d.]")
_FROM_BEFORE = re.compile(r"\bfrom\s*\$?\s*$", re.I)


def _named_before(text: str, q: Quantity, labels: list[_Label]) -> bool:
    """Whether the number's metric is named right before it ("an FID of 95.27 (image quality)"), or it is the old figure
    of a change ("from 0.17 (EM) and 0.36 (F1-score) to 0.85")."""
    if _FROM_BEFORE.search(text, max(0, q.start - 8), q.start):
        return True
    before = [lb for lb in labels if lb.end <= q.start and not lb.generic]  # not "performance gains of +0.4% (mAP)"
    return (
        bool(before)
        and _tokens_between(text, before[-1].end, q.start) <= 2
        and bool(_BARE_LINK.match(text[before[-1].end : q.start]))
    )


def _bracket_label(text: str, pos: int, labels: list[_Label]) -> _Label | None:
    """The metric label alone in brackets right after ``pos`` ("22.3% (AUROC)"), if any."""
    m = _BRACKET_OPEN.match(text, pos)
    if m is None:
        return None
    for lb in labels:
        if lb.start == m.end():
            return lb if _ALTERNATIVE_END.match(text, lb.end) else None
        if lb.start > m.end():
            break
    return None


def _label_after(text: str, pos: int, labels: list[_Label], c_end: int, allow_of: bool = False) -> _Label | None:
    """The metric label right after a number: within a few words, not past a preposition or another clause.

    ``allow_of``: a fraction takes its metric across "of the" ("one tenth of the memory").
    """
    found: list[_Label] = []
    allowed = {"in", "of", "the"} if allow_of else {"in"}
    for lb in labels:
        if lb.start < pos or lb.start >= c_end:
            continue
        gap = text[pos : lb.start]
        words = [w for w in _WORD.findall(gap) if w not in _LATEX_PUNCT]
        if (
            len(words) > MAX_AFTER_TOKENS
            or any(_AFTER_STOP.match(w) for w in words if w.lower() not in allowed)
            or any(w in ",;.()" or w in ("-", "–", "—", "--") for w in words)
        ):
            break
        if words and words[0].lower() == "in" and len(words) > 2:
            break
        found.append(lb)
    specific = [lb for lb in found if not lb.generic]
    # a compound of labels names its last ("94.4% Memory Accuracy" is an accuracy)
    while len(specific) > 1 and not text[specific[0].end : specific[1].start].strip(" -"):
        specific = specific[1:]
    return specific[0] if specific else (found[0] if found else None)


_SLASH_JOIN = re.compile(r"\s*\$?\s*/\s*\$?\s*")
_SLASH_SEP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?/\s*")  # "mean average precision (mAP)/top-1"


def _slash_labels(
    text: str, group: list[Quantity], labels: list[_Label], c_start: int, c_end: int
) -> list[tuple[_Label | None, bool]] | None:
    """ "mAP/top-1 of 0.621/0.820", "PLCC/SRCC by 47.9%/34.8%": the n-th number of a "/" list takes the n-th label
    of a "/" list of as many labels, before or after it; a group of such lists ("0.621/0.820 and 0.865/0.963") too.
    """
    lists: list[list[Quantity]] = [[group[0]]]
    for prev, q in zip(group, group[1:], strict=False):
        if _SLASH_JOIN.fullmatch(text, prev.end, q.start):
            lists[-1].append(q)
        else:
            lists.append([q])
    k = len(lists[0])
    if k < 2 or any(len(lst) != k for lst in lists):
        return None
    runs: list[list[_Label]] = []
    for i, lb in enumerate(labels):
        run = [lb]
        for nxt in labels[i + 1 :]:
            if len(run) == k:
                break
            if _SLASH_SEP.fullmatch(text, run[-1].end, nxt.start):
                run.append(nxt)
            elif not re.fullmatch(r"\s*\(\s*", text[run[-1].end : nxt.start]):  # "(mAP)" after its long form
                break
        if len(run) == k:
            runs.append(run)
    before = [r for r in runs if c_start <= r[0].start and r[-1].end <= group[0].start]
    after = [r for r in runs if group[-1].end <= r[0].start < c_end and _tokens_between(text, group[-1].end, r[0].start) <= 3]
    if after:
        return [(lb, True) for _ in lists for lb in after[0]]
    if before and _tokens_between(text, before[-1][-1].end, group[0].start) <= MAX_BEFORE_TOKENS:
        return [(lb, False) for _ in lists for lb in before[-1]]
    return None


def _distinct_tail(labels: list[_Label], n: int) -> list[_Label]:
    out: list[_Label] = []
    for lb in reversed(labels):
        if not out or lb.metric != out[0].metric or lb.start < out[0].start:
            out.insert(0, lb)
        if len(out) == n:
            break
    return out


def _canonical_qualifier(found: str) -> str | None:
    for pattern, name in _QUALIFIERS:
        if re.fullmatch(pattern, found.strip(), re.I):
            return name
    return None


def _relation(ctx: str, q: Quantity) -> str:
    """ "reduction" or "improvement" when the words around the number say so; a factor is a gain by default.

    "from 67.2% to 80.0%" states the new figure itself: "absolute", with the old one as baseline value.
    """
    if q.baseline is not None:
        return "absolute"
    if q.sign in ("-", "−"):
        return "reduction"
    red = _REDUCTION.search(ctx)
    imp = _IMPROVEMENT.search(ctx)
    if red and imp:
        return "reduction" if abs(red.start() - len(ctx) / 2) < abs(imp.start() - len(ctx) / 2) else "improvement"
    if red:
        return "reduction"
    if imp or q.sign == "+" or q.unit in ("x", "pp") and q.value is not None and q.value >= 1 or q.unit == "x" and q.min_value:
        return "improvement"
    if q.unit == "x" and q.value is not None and q.value < 1:
        return "reduction"
    return "absolute"


def _context(
    text: str,
    q: Quantity,
    label: _Label | None,
    is_after: bool,
    c_start: int,
    c_end: int,
    qual_start: int | None,
) -> tuple[str, str]:
    """The words around a number and its metric label that tell how it relates to a baseline; a qualifier's words
    ("more than 40 GB") do not count, nor do words after a comma that follows it ("68.40% mIoU, surpassing X by +7.0":
    the gain is the next number's). Second, the same words with those after the comma."""
    lo = min(q.start, label.start) if label else q.start
    hi = max(q.end, label.end) if label else q.end
    ctx_start = _back_tokens(text, lo, 3 if lo < q.start else 4, c_start)
    ctx_end = _forward_tokens(text, hi, 2 if is_after or label is None else 1, c_end)
    stop = _PHRASE_END.search(text, hi, ctx_end)
    cut = stop.start() if stop is not None and _NEXT_GAIN.match(text, stop.end()) else ctx_end

    def words(end: int) -> str:
        if qual_start is None:
            return text[ctx_start:end]
        return text[ctx_start:qual_start] + " " + text[q.start : end] if ctx_start < qual_start else text[q.start : end]

    ctx = words(cut)
    return ctx, ctx if cut == ctx_end else words(ctx_end)


_PHRASE_END = re.compile(r"[,;]")
# a gain stated by the next phrase: "..., surpassing Seg-Zero-7B by +7.0", "..., outperforming X by 3%"
_NEXT_GAIN = re.compile(r"\s*(?:[\w-]+\s+){0,1}(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|improv\w*|reduc\w*)\b", re.I)


def _verb_relation(before: str) -> str | None:
    """ "reduction" or "improvement" by the last change word before a number in its clause, if any."""
    red = [m.start() for m in _REDUCTION.finditer(before)]
    imp = [m.start() for m in _IMPROVEMENT.finditer(before)]
    if not red and not imp:
        return None
    return "reduction" if max(red, default=-1) > max(imp, default=-1) else "improvement"


_PREP_BEFORE = re.compile(r"\b(?:on|onto|with|using|across|for|in|inside|by|of|to|from|via)\s+(?:[\w-]+\s+){0,3}\(?\s*$", re.I)
# where a claim was measured, named later in its sentence: "reconstructing avatars in 2 seconds ..., while supporting
# 49 FPS animation on a single NVIDIA A100 GPU"
_PLATFORM_AFTER = re.compile(
    r"\b(?:on|onto|using|across|running\s+on|deployed\s+on)\s+(?:(?:the|a|an|one|single|our|its)\s+){0,2}"
    r"(?:[\w-]+\s+){0,2}\(?$",
    re.I,
)
# a class named, then a member of it: "edge platforms (Jetson Orin)", "GPUs such as the A100", "an MCU, e.g., STM32"
_MEMBER_AFTER = re.compile(
    r"\s*(?:\(\s*|,?\s*(?:such\s+as|e\.g\.,?|i\.e\.,?|like|including|namely|specifically)\s+)(?:the\s+|an?\s+)?", re.I
)


def _attach(
    text: str,
    q: Quantity,
    entities: list[Entity],
    kind: str,
    breaks: list[int],
    sentence: tuple[int, int],
    bounds: tuple[int, int],
    ancestors: Callable[[str], frozenset[str]],
    baseline_ok: bool = False,
    later_ok: bool = False,
) -> str | None:
    """The entity of ``kind`` a number was measured on.

    In its clause: the first one after it in a phrase "on/with/using ... X" before the next claim
    ("54% and 44% on the Jetson and 40% ... on Raspberry PI"), else the nearest one before it (one introduced
    by a preposition first);
    else one named earlier in the sentence ("On ImageNet, ..."); a benchmark also later in it, a platform later in
    it (``later_ok``: the claim's metric is measured on a platform) when introduced as where the work ran ("2 s ...,
    while supporting 49 FPS on a single A100"). A platform that is the
    object of a comparison ("3.7x over a DGX H100", "faster than on the CPU") is the baseline's: it is taken only with
    ``baseline_ok`` (the claim has no platform of its own).
    A class followed by a member of it ("on edge platforms (Jetson Orin)") gives the member. Several benchmarks
    listed before the number, in its clause or earlier in the sentence ("on RULER, PG-19, and InfiniteBench, it achieves
    6x"), give none: which one is not said.
    """
    # a name inside a longer hyphenated name is not named itself ("LRA" in the method "LRA-EE")
    mine = [
        en
        for en in entities
        if en[2] == kind
        and not _GLUED_NAME.match(text, en[1])
        and (baseline_ok or kind != "HardwarePlatform" or not BASELINE_PLATFORM.search(text, max(0, en[0] - 60), en[0]))
    ]
    if not mine:
        return None
    found = _attach_entity(text, q, mine, kind, breaks, sentence, bounds, later_ok, entities)
    if found is None:
        return None
    for en in mine:  # "edge platforms (Jetson Orin)": the member the class is narrowed to
        if en[0] >= found[1] and _MEMBER_AFTER.fullmatch(text, found[1], en[0]) and found[3] in ancestors(en[3]):
            return en[3]
    return found[3]


_CLAIM_AFTER_NAME = re.compile(r"\s*(?:\s(?:by|of|at|to)\s+(?:(?:up\s+to|over|about|around|nearly|almost|a|an)\s+)*)?\$?\s*")


def _attach_entity(
    text: str,
    q: Quantity,
    mine: list[Entity],
    kind: str,
    breaks: list[int],
    sentence: tuple[int, int],
    bounds: tuple[int, int],
    later_ok: bool = False,
    known: Sequence[Entity] = (),
) -> Entity | None:
    """``known``: every entity of the sentence, of any kind."""
    prev_end, next_start = bounds
    c_start, c_end = _clause(breaks, q.start)
    # "3.3 points higher GLUE score", "72.1% MMLU": named inside the claim's own phrase
    adjacent = [en for en in mine if q.end <= en[0] < min(c_end, next_start) and _ADJACENT.fullmatch(text, q.end, en[0])]
    if adjacent:
        return adjacent[0]
    if kind == "Benchmark":
        own = _OWN_SETTING_AFTER.match(text, q.end, min(c_end, next_start))
        if (
            own
            and name_like(own.group("name").rstrip("."))
            and not any(a < own.end("name") and own.start("name") < b for a, b, _, _ in known)
        ):
            return None  # "63.8% AP on COCO, 61.0% mIoU on ADE20k": its own setting, one the linker did not find
    # "improves results on Causal3D from 43.6% to 49.0%", "on Jetson Orin by 3.1x": the name the claim's phrase opens with
    right_before = [
        en
        for en in mine
        if max(c_start, prev_end) <= en[0]
        and en[1] <= q.start
        and _CLAIM_AFTER_NAME.fullmatch(text, en[1], q.start)
        and _PREP_BEFORE.search(text[max(c_start, en[0] - 40) : en[0]])
    ]
    if right_before:
        return right_before[-1]
    following = [
        en
        for en in mine
        if q.end <= en[0] < min(c_end, next_start) and _PREP_BEFORE.search(text[max(c_start, en[0] - 40) : en[0]])
    ]
    if following:
        return following[0]
    before = [en for en in mine if c_start <= en[0] and en[1] <= q.start]
    if before:  # "On ImageNet-1K, LRA-EE reduces FLOPs by 13.4%": one named in a phrase beats one used as a name
        introduced = [en for en in before if en[0] >= prev_end and _PREP_BEFORE.search(text[max(c_start, en[0] - 40) : en[0]])]
        chosen = (introduced or before)[-1]
        if kind == "Benchmark" and len(_listed_with(text, chosen, before)) > 1:
            return None
        return chosen
    # a platform is shared by the claims of its clause ("73.62% top-1 accuracy ... with 320KB memory on STM32F746");
    # a benchmark after the next claim is that claim's ("94.1%, and achieves a 43% token reduction on AIME")
    inside = [
        en
        for en in mine
        if c_start <= en[0] < c_end
        and (kind != "Benchmark" or en[0] < next_start or _BASELINE_CUE.search(text, max(next_start, en[0] - 30), en[0]))
    ]
    if inside:
        return inside[0]
    earlier = [en for en in mine if sentence[0] <= en[0] and en[1] <= q.start]
    if earlier:
        # "When evaluated on MATH500, AIME, and GPQA, X achieves an improvement of 7.4%": which one is not said
        if kind == "Benchmark" and len(_listed_with(text, earlier[-1], earlier)) > 1:
            return None
        return earlier[-1]
    if kind == "Benchmark":  # "... 2.7x faster than X, while achieving similar accuracy on ImageNet": the sentence's benchmark
        later = [en for en in mine if q.end <= en[0] < sentence[1]]
        return later[0] if later else None
    if not later_ok:
        return None
    # "2 seconds ..., while supporting 49 FPS animation on a single A100": the platform the sentence ran on
    later = [en for en in mine if q.end <= en[0] < sentence[1] and _PLATFORM_AFTER.search(text, max(q.end, en[0] - 40), en[0])]
    return later[0] if later else None


def _listed_with(text: str, one: Entity, entities: list[Entity]) -> list[str]:
    """The distinct entities of the list ``one`` is in ("RULER, PG-19, InfiniteBench, and NIAH"), itself alone if none."""
    listed = [one]
    for en in reversed([en for en in entities if en[1] <= one[0]]):
        if not _ENTITY_JOIN.fullmatch(text, en[1], listed[0][0]):
            break
        listed.insert(0, en)
    for en in [en for en in entities if en[0] >= one[1]]:
        if not _ENTITY_JOIN.fullmatch(text, listed[-1][1], en[0]):
            break
        listed.append(en)
    return sorted({en[3] for en in listed})


def _respective_entities(
    text: str, out: list[Result], entities: list[tuple[int, int, str, str]], c_end: int, next_start: int
) -> list[Result]:
    """ "91.6%, 53.3%, and 61.2% on the A, B, and C benchmarks, respectively": the n-th number takes the n-th entity;
    so does a list right after the numbers ("80.1/75.3% accuracy on CIFAR-10/CIFAR-100", "... on A and B").

    Only entities between the numbers and the next claim count ("45x and 6150x for GPU and 17x and 3403x for CPU,
    respectively" pairs the numbers with something else).
    """
    resp = _RESPECTIVELY.search(text, out[-1].end, c_end)
    for kind, key in (("Benchmark", "benchmark"), ("HardwarePlatform", "hardware")):
        mine = [en for en in entities if en[2] == kind]
        named: list[str] = []
        if resp is None:
            named = _entity_list(text, out[-1].end, mine, min(c_end, next_start))
        else:
            for start, _end, _k, iri in mine:
                if out[-1].end <= start < min(resp.start(), next_start) and iri not in named:
                    named.append(iri)
        items: Sequence[str | None] | None = None
        if resp is not None and not named:
            # "across three datasets (HECKTOR, H&N1, and NSCLC Radiogenomics), ... 0.771, 0.742, and 0.734 respectively"
            items = _list_before(text, out[0].start, mine, len(out))
        elif resp is not None and len(named) != len(out):
            # "1.8x and 2.7x faster on H200 and Orin, respectively" with Orin unknown
            items = _respective_items(text, out[-1].end, resp.start(), mine, len(out))
        elif len(named) == len(out):
            items = named
        if items is not None:
            out = [_respective(r, key, iri) for r, iri in zip(out, items, strict=True)]
    return out


def _respective(r: Result, key: str, iri: str | None) -> Result:
    """``r`` with the n-th entity of a "respectively" pairing as its benchmark or hardware (None: an unknown one)."""
    if key == "benchmark":
        return replace(r, benchmark=iri, benchmark_attachment=RESPECTIVELY if iri else None)
    return replace(r, hardware=iri, hardware_attachment=RESPECTIVELY if iri else None)


# up to two words, no preposition or punctuation, between a number and a name it is measured on
_ADJACENT = re.compile(
    r"\s*(?:\\?%|\$)?\s*(?:(?!(?:of|for|on|with|to|than|that|which|at|from|by|over|and|or|as|vs|versus|under|against|"
    r"the|a|an|in|while|compared)\b)[A-Za-z][\w-]*\s+){0,2}",
    re.I,
)
# a claim's own setting right after it: "61.0% mIoU on ADE20k segmentation"
_OWN_SETTING_AFTER = re.compile(r"(?:\s+[\w%$\\-]+){0,3}?\s+(?:on|across)\s+(?:the\s+)?(?P<name>[^\s,;:()]+)")
_LIST_PREPOSITION = re.compile(r"\b(?:on|for|across|with|using|in|under|over)\s+(?:the\s+)?", re.I)
_ITEM_SEP = re.compile(r"\s*(?:,\s*(?:and|or)\s+|,|\s(?:and|or)\s|/)\s*", re.I)


def _respective_items(text: str, start: int, end: int, mine: list[Entity], n: int) -> list[str | None] | None:
    """The entity of each of the ``n`` items listed before "respectively" ("on H200 and Orin"), None for an item the
    linker did not find; None when the list does not have ``n`` items.
    """
    preps = list(_LIST_PREPOSITION.finditer(text, start, end))
    if not preps:
        return None
    a = preps[-1].end()
    b = end - len(text[a:end]) + len(text[a:end].rstrip(" ,"))
    items = _items_between(text, a, b, mine, n)
    return items if items and any(items) else None


def _items_between(text: str, a: int, b: int, mine: list[Entity], n: int) -> list[str | None] | None:
    """The entity of each item of the list written in ``text[a:b]`` (None for an item naming none or several);
    None when the list does not have ``n`` items.
    """
    bounds = [a] + [x for m in _ITEM_SEP.finditer(text, a, b) for x in (m.start(), m.end())] + [b]
    spans = list(zip(bounds[::2], bounds[1::2], strict=True))
    if len(spans) != n:
        return None
    items: list[str | None] = []
    for x, y in spans:
        inside = [en[3] for en in mine if x <= en[0] < y]
        items.append(inside[0] if len(set(inside)) == 1 else None)
    return items


def _list_before(text: str, pos: int, mine: list[Entity], n: int) -> list[str | None] | None:
    """The entity of each of the ``n`` items of the list that holds the last entity before ``pos``: a bracketed list
    ("(HECKTOR, H&N1, and NSCLC Radiogenomics)", an item the linker did not find giving None), else the linked names
    listed together ("on CIFAR-10, CIFAR-100 and SVHN"); None when that list does not have ``n`` items.
    """
    before = [en for en in mine if en[1] <= pos]
    if not before:
        return None
    last = before[-1]
    a = text.rfind("(", 0, last[0])
    b = text.find(")", last[1], pos)
    if a >= 0 and b >= 0 and ")" not in text[a : last[0]] and last[0] - a < 80:
        return _items_between(text, a + 1, b, mine, n)
    listed = _listed_with(text, last, before)
    if len(listed) != n or len(_listed_with(text, last, mine)) != n:
        return None
    order: list[str | None] = [en[3] for en in before if en[3] in listed]  # in the order written
    return list(dict.fromkeys(order))[-n:]


_ENTITY_JOIN = re.compile(r"\s*(?:/|,|&|and|or|,\s*and|,\s*or)\s*(?:the\s+)?", re.I)


def _entity_list(text: str, pos: int, mine: list[tuple[int, int, str, str]], end: int) -> list[str]:
    """The entities listed right after ``pos`` ("80.1/75.3% accuracy on CIFAR-10/CIFAR-100", "... on A and B"), if any.

    The list starts within a few words of ``pos`` and its items are joined only by "/", ",", "and", "or".
    """
    after = [en for en in mine if pos <= en[0] < end]
    if len(after) < 2 or _tokens_between(text, pos, after[0][0]) > 6:
        return []
    listed = [after[0]]
    for en in after[1:]:
        if not _ENTITY_JOIN.fullmatch(text, listed[-1][1], en[0]):
            break
        listed.append(en)
    iris = [en[3] for en in listed]
    return iris if len(set(iris)) == len(iris) and len(iris) > 1 else []


def _compared_to(text: str, q: Quantity, entities: list[tuple[int, int, str, str]], c_end: int) -> str | None:
    """The first model or technique after "than / over / compared to / vs" following the number, in its clause."""
    m = _BASELINE_CUE.search(text, q.end, min(c_end, q.end + 80))
    if not m:
        return None
    for start, _end, kind, iri in entities:
        if m.end() <= start < min(c_end, m.end() + 60) and kind in ("Model", "Technique"):
            return iri
    return None


__all__ = ["Extractor", "Grammar", "Quantity", "sentences"]
