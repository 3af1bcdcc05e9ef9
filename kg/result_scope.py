"""The evaluation setting an abstract states once and its later claims share: "We evaluate on ImageNet. ... +2.1%".

A claim whose sentence names no benchmark (or no platform) takes the one an earlier sentence set as the setting,
when that is unambiguous. The abstract is read sentence by sentence, keeping for each kind (benchmark, hardware)
the *setting in force*:

- A sentence naming entities of the kind sets it to them ("Experiments on ImageNet show ...", "On RatSI, X
  achieves 75.4%"): one entity after dropping the classes of others ("ImageNet-1K" and "ImageNet"). It is *open*
  when the sentence says there are more than it names ("on two datasets: RatSI and CalMS21" with one linked).
- A sentence that sets up an evaluation on a name the linker does not know ("We further test SEER on tau-bench")
  opens the setting: later claims are not attached to the earlier benchmark.
- A sentence where the paper proposes hardware of its own ("We propose a NG processing cluster, a scalable
  hardware architecture") opens the hardware setting: later claims are measured on that, not on a platform before.
- Background sentences (before the paper first speaks of its own work: "we", "our", "this paper") set nothing: a
  benchmark there is prior work's.

A claim with no entity of its sentence takes the setting in force when it names exactly one entity and is not
open, the claim's metric is measured on that kind (``kg:measuredOn`` in ``schema/vocab/metrics.ttl``: accuracy on
a benchmark, latency on a benchmark and a platform, parameters on neither), and, for a benchmark, its own sentence
does not name a setting of its own that the linker does not know ("On CalMS21, it achieves 87.1%"). Several
entities in force leave the claim unattached: which one a claim was measured on is not said.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kg.records import Result

Entity = tuple[int, int, str, str]  # (start, end, kind, concept IRI)
KINDS = (("Benchmark", "benchmark"), ("HardwarePlatform", "hardware"))

# the paper speaks of its own work: what it names from here on is its setting, not background
_OWN_WORK = re.compile(
    r"(?=[wouthipe])\b(?:we|our|us|this\s+(?:paper|work|study|article|letter|report|thesis)|in\s+this|here|the\s+proposed|"
    r"propos\w*|present\w*|introduc\w*|experiment\w*|evaluat\w*)\b",
    re.I,
)
# "on two datasets", "across four medical reasoning benchmarks", "several platforms": how many the setting holds
_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "both": 2,
}
# the leading lookahead holds the characters a count can start with (case-folded like the rest): most positions
# fail on it at once instead of trying each alternative (about 40% less time)
_COUNTED = {  # the nouns a count counts, per kind of setting
    "Benchmark": ("datasets", "benchmarks", "corpora", "suites"),
    "HardwarePlatform": ("platforms", "devices", "GPUs", "CPUs", "boards", "chips", "processors", "accelerators"),
}
_COUNT = re.compile(
    r"(?=[\dtfsebnmvda])\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|\d+\+?|several|multiple|various|"
    r"diverse|many|numerous|different|a\s+range\s+of|a\s+variety\s+of|a\s+suite\s+of)\s+(?:[\w-]+\s+){0,3}?"
    + "(?:"
    + "|".join(f"(?P<{kind}>{'|'.join(nouns)})" for kind, nouns in _COUNTED.items())
    + r")\b",
    re.I,
)
_COUNTED_LOWER = tuple(n.lower() for nouns in _COUNTED.values() for n in nouns)
# the paper's own hardware: results from here on are measured on it, not on a platform named before
_OWN_HARDWARE = re.compile(
    r"(?=[wt])\b(?:we|this\s+(?:paper|work))\s+(?:\w+\s+){0,2}?(?:propos|present|design|introduc|develop|build|buil|implement|fabricat)\w*"
    r"\b[^.;]{0,80}?\b(?:accelerators?|chips?|processors?|co-?processors?|hardware(?:\s+architecture|\s+design)?|"
    r"processing\s+(?:clusters?|units?|engines?|elements?)|ASICs?|macros?|SoCs?|system-on-chips?)\b",
    re.I,
)
# the baseline's platform, object of a comparison: "3.7x over a DGX H100", "than prior LLM accelerators ANT", "compared to
# running on a CPU" (not "than baselines on the GPU", where the platform is where both ran)
BASELINE_PLATFORM = re.compile(
    r"\b(?:than|over|compared\s+(?:to|with|against)|in\s+comparison\s+(?:to|with)|vs\.?|versus|relative\s+to|against)"
    r"\s+(?:(?:running|run|executed|deployed|implemented)\s+)?(?:(?:on|using|with)\s+)?(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?!(?:on|onto|using|with|in|across|at|by|for)\s)[A-Za-z][\w-]*\s+){0,3}\(?$",
    re.I,
)
MODIFIER = re.compile(r"-[a-z]")  # the entity modifies a word it is glued to: "GPU-based", "edge-device-friendly"
# where the work runs: "on a single K2 GPU", "using an AMD Kria K26", "inside an FPGA's PL" (not "designed for edge devices")
_PLATFORM_PHRASE = re.compile(r"\b(?:on|onto|using|across|with|in|inside|via|over)\s+(?:[\w.+-]+,?\s+){0,4}$", re.I)
# "over" states where the work runs ("training networks over an AWS Lambda cluster") unless a comparison comes before
# it in the sentence ("3.7x over a DGX H100", "a speedup over the GPU")
_OVER = re.compile(r"\bover\s+(?:[\w.+-]+\s+){0,3}$", re.I)
_COMPARISON = re.compile(
    r"\d|\b(?:\w+er|faster|speed-?ups?|improv\w*|gains?|outperform\w*|reduc\w*|better|compar\w*|relative)\b", re.I
)
# the next item of a list of platforms: "a Jetson Nano board (GPU-based) and a Raspberry Pi", "the A100, and the H100"
_LIST_GOES_ON = re.compile(
    r"(?:\s+(?:board|card|device|GPU|CPU)s?)?\s*(?:\([^()]{0,40}\))?\s*(?:,\s*(?:and|or)?|and|or|&)\s*(?:(?:the|a|an)\s+)?", re.I
)
# words inside one noun phrase between a platform and its class: " low-power ", ", an ultra-low-power RISC-V multicore "
_PHRASE_WORD = (
    r"(?!(?:and|or|than|over|on|onto|with|vs|versus|to|for|in|of|from|by|at|into|against|compared|via|using|is|are)\b)"
    r"[\w.+-]+"
)
_COMPOUND = re.compile(rf"(?:\s+{_PHRASE_WORD}){{0,4}}\s+|\s*,\s+(?:an?|the)\s+(?:{_PHRASE_WORD}\s+){{0,4}}", re.I)
# the list item right after / before an entity: "ScanNet, and DL3DV-OVS", "LERF-OVS, ScanNet"
_NEXT_ITEM = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?(?P<name>[^\s,;:()]+?)(?=[\s,;:()]|\.?$|\.\s)"
)
_PREVIOUS_ITEM = re.compile(r"(?:^|[\s(])(?P<name>[^\s,;:()]+)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$")
_EVALUATION = re.compile(r"(?=[etvba])\b(?:evaluat\w*|experiment\w*|test(?:s|ed|ing)?|validat\w*|benchmark\w*|assess\w*)\b", re.I)
# a setting phrase naming something: "on CalMS21", "across the SF20K-Test split", "using $\tau$-bench"
_SETTING_PHRASE = re.compile(
    r"\b(?:on|On|across|Across|over|using|Using)\s+(?:(?:the|a|an|our|their|its|[a-z][\w-]*)\s+){0,2}(?P<name>[^\s,;:()]+)"
)
# a name followed by a hardware class is a platform the linker does not know, no benchmark ("on the IMX500 platform")
_HARDWARE_HEAD = re.compile(
    r"\s+(?:platforms?|devices?|boards?|chips?|sensors?|processors?|accelerators?|GPUs?|CPUs?|MCUs?|FPGAs?|SoCs?|"
    r"hardware|microcontrollers?)\b",
    re.I,
)
# the sentence evaluates on the benchmark named before: "on the same extractive QA benchmark", "on this dataset" (not
# "This dataset contains 55.53 hours of speech": the subject)
_SAME_BENCHMARK = re.compile(
    r"\b(?:on|in|for|across|over|using)\s+(?:the\s+same|this|these)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:benchmarks?|datasets?|corpus|corpora|test\s+sets?)\b",
    re.I,
)
_NAME_SHAPE = re.compile(r"[A-Za-z$\\][\w$\\{}.+&/-]*")
# a name, not a word: "StoryCloze", "MMLU", "CalMS21", "Insects-1M", "Tau-bench" (not "Easy", "average", "3D")
_NAME_MARK = re.compile(r"[a-z][A-Z]|[A-Z]{2}|[A-Za-z]-?\d|\d[A-Za-z]|^[A-Z][a-z]+-\w|[Bb]ench$")
# a model's pretraining data is not where its results are measured ("fine-tuned from pretrained ImageNet weights")
_PRETRAINED_BEFORE = re.compile(r"\bpre-?train\w*\s+(?:on|with|using|from)?\s*(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_PRETRAINED_AFTER = re.compile(r"[\s-]*(?:pre-?train\w*|weights|checkpoints?|initiali[sz]\w*)\b", re.I)


@dataclass(frozen=True)
class Setting:
    """The entities of one kind an abstract's claims are measured on from some sentence on."""

    named: tuple[str, ...]  # distinct concept IRIs, classes of other named ones dropped
    open: bool  # the sentence says there are more than it names, or names one the linker does not know


def carry_settings(
    text: str,
    sentences: Sequence[tuple[int, int]],
    results: Sequence[Result],
    entities: Sequence[Entity],
    kinds: Callable[[Result], frozenset[str]],
    ancestors: Callable[[str], frozenset[str]],
    attachment: str,
) -> list[Result]:
    """``results`` (of one text) with the benchmark / hardware of the setting earlier sentences state.

    ``kinds``: what a result is measured on ("Benchmark", "HardwarePlatform"), from its metric and sentence;
    ``ancestors``: an entity's broader concepts; ``attachment``: the label kept on an attachment made here.
    """
    out = list(results)
    in_force: dict[str, Setting | None] = {kind: None for kind, _ in KINDS}
    # a sentence's setting of a kind matters only to the claims of later sentences that could take it: past the
    # last of them it is not read (most of the cost is reading settings)
    last = _last_taker(sentences, out, kinds)
    started = False
    for j, (s, e) in enumerate(sentences):
        mine = [i for i, r in enumerate(out) if s <= r.start < e]
        for kind, key in KINDS:
            setting = in_force[kind]
            if not mine or setting is None or setting.open or len(setting.named) != 1:
                continue
            if kind == "Benchmark" and _unknown_setting(text, s, e, entities):
                continue
            if (_count(text, s, e, kind) or 0) > 1:
                continue  # "on both benchmarks", "across three datasets": not the one in force
            # "on the same benchmark": the sentence names the one in force, for any metric measured on something
            same = kind == "Benchmark" and bool(_SAME_BENCHMARK.search(text, s, e))
            for i in mine:
                r = out[i]
                if getattr(r, key) is not None or kind not in kinds(r) and not (same and kinds(r)):
                    continue
                if key == "benchmark":
                    out[i] = replace(r, benchmark=setting.named[0], benchmark_attachment=attachment)
                else:
                    out[i] = replace(r, hardware=setting.named[0], hardware_attachment=attachment)
        wanted = [kind for kind, _ in KINDS if j < last[kind]]
        if not wanted:
            break  # no later claim takes a setting
        started = started or bool(_OWN_WORK.search(text, s, e))
        if started:
            for kind in wanted:
                new = _setting(text, s, e, entities, kind, ancestors)
                if new is not None:
                    in_force[kind] = new
    return out


def _last_taker(
    sentences: Sequence[tuple[int, int]], results: Sequence[Result], kinds: Callable[[Result], frozenset[str]]
) -> dict[str, int]:
    """Per kind, the index of the last sentence holding a claim that could take a setting of that kind (-1: none):
    one not attached to an entity of the kind and measured on it (or, for a benchmark, on anything: "on the same
    benchmark" gives it to any claim carry_settings reaches)."""
    last = {kind: -1 for kind, _ in KINDS}
    for j, (s, e) in enumerate(sentences):
        for r in results:
            if not s <= r.start < e:
                continue
            measured = kinds(r)
            for kind, key in KINDS:
                if getattr(r, key) is None and (kind in measured or kind == "Benchmark" and measured):
                    last[kind] = j
    return last


def described_by_class(text: str, entities: Sequence[Entity], ancestors: Callable[[str], frozenset[str]]) -> set[int]:
    """The starts of platforms that only describe another one of their noun phrase: in a compound, all but its last
    name that is no class (a top concept) ("the GAP9 low-power SoC", "the Hailo-8 AI hardware accelerator", "the AMD
    Zynq ZCU104 FPGA"); in an appositive whose head is a class (a top one, or one of the first), all but the first
    ("GAP9, an ultra-low-power RISC-V multicore MCU").
    """
    hw = [en for en in entities if en[2] == "HardwarePlatform"]
    out: set[int] = set()
    i = 0
    while i < len(hw):
        j = i
        appositive = False
        while j + 1 < len(hw) and (m := _COMPOUND.fullmatch(text, hw[j][1], hw[j + 1][0])):
            appositive = appositive or "," in m.group()
            j += 1
        chain = hw[i : j + 1]
        head, first = chain[-1][3], chain[0][3]
        if appositive and head != first and (not ancestors(head) or head in ancestors(first)):
            out.update(en[0] for en in chain[1:])  # "GAP9, an ultra-low-power RISC-V multicore MCU": GAP9
        elif not appositive and len(chain) > 1:  # "the AMD Zynq ZCU104 FPGA": the last name that is no class
            named = [en for en in chain if ancestors(en[3])]
            keep = named[-1] if named else chain[-1]
            out.update(en[0] for en in chain if en != keep)
        i = j + 1
    return out


def own_work_start(text: str, sentences: Sequence[tuple[int, int]]) -> int:
    """Where the paper first speaks of its own work (the start of that sentence); 0 when no sentence tells it apart."""
    return next((s for s, e in sentences if _OWN_WORK.search(text, s, e)), 0)


def _setting(
    text: str, s: int, e: int, entities: Sequence[Entity], kind: str, ancestors: Callable[[str], frozenset[str]]
) -> Setting | None:
    """The setting a sentence states for ``kind``, or None when it states none (the one in force stays)."""
    named: list[str] = []
    unknown_sibling = False
    last_end = -1  # the end of the last entity taken: a list goes on from it ("on a Jetson Nano (GPU) and a Raspberry Pi")
    for start, end, k, iri in entities:
        if k != kind or not s <= start < e or MODIFIER.match(text, end):  # "GPU-based", "cloud-hosted"
            continue
        if _PRETRAINED_BEFORE.search(text, max(s, start - 30), start) or _PRETRAINED_AFTER.match(text, end):
            continue
        if (
            kind == "HardwarePlatform"
            and not _PLATFORM_PHRASE.search(text, max(s, start - 40), start)
            and not (last_end >= 0 and _LIST_GOES_ON.fullmatch(text, last_end, start))
        ):
            continue  # a platform is a setting where the work runs "on/using/for" it, not where it is talked about
        if (
            kind == "HardwarePlatform"
            and BASELINE_PLATFORM.search(text, max(s, start - 60), start)
            and not ((over := _OVER.search(text, max(s, start - 40), start)) and not _COMPARISON.search(text, s, over.start()))
        ):
            continue  # "3x faster than on the CPU": the baseline's platform
        last_end = end
        if iri not in named:
            named.append(iri)
        unknown_sibling = unknown_sibling or _unknown_sibling(text, start, end, s, e, entities)
    named = [iri for iri in named if not any(iri in ancestors(other) for other in named if other != iri)]
    count = _count(text, s, e, kind)
    if named:
        return Setting(tuple(named), unknown_sibling or count is not None and count > len(named))
    if kind == "HardwarePlatform" and _OWN_HARDWARE.search(text, s, e):
        return Setting((), True)  # "We propose a NG processing cluster": the paper's own (unlinked) hardware
    if kind == "Benchmark" and _EVALUATION.search(text, s, e) and (count is not None or _unknown_setting(text, s, e, entities)):
        return Setting((), True)  # "We further test SEER on tau-bench": a setting we cannot name
    return None


def _unknown_sibling(text: str, start: int, end: int, s: int, e: int, entities: Sequence[Entity]) -> bool:
    """Whether a name listed next to an entity is one the linker does not know ("LERF-OVS, ScanNet, and DL3DV-OVS")."""
    after = _NEXT_ITEM.match(text, end, e)
    before = _PREVIOUS_ITEM.search(text, max(s, start - 60), start)
    for m in (after, before):
        if m is None or not name_like(m.group("name")):
            continue
        a, b = m.start("name"), m.end("name")
        if not any(x < b and a < y for x, y, _k, _iri in entities):
            return True
    return False


def name_like(token: str) -> bool:
    """Whether a token is shaped like a name, not a word ("CalMS21", "MMLU", "Tau-bench"; not "Easy", "3D")."""
    return bool(_NAME_SHAPE.fullmatch(token) and _NAME_MARK.search(token))


@functools.lru_cache(maxsize=4)
def _counts_nothing(text: str) -> bool:
    """Whether a text is sure to state no count: ASCII (where lower-casing folds case as the count's pattern does)
    and holding none of the counted nouns. Most abstracts; the pattern then need not run on their sentences."""
    if not text.isascii():
        return False
    low = text.lower()
    return not any(n in low for n in _COUNTED_LOWER)


@functools.lru_cache(maxsize=64)
def _counts(text: str, s: int, e: int) -> tuple[tuple[str, frozenset[str]], ...]:
    """The counts a sentence states, in order: (number word, the kinds its noun counts); read once per
    sentence, which is asked about each kind, in more than one step."""
    if _counts_nothing(text):
        return ()
    kinds = [k for k in _COUNT.groupindex if k != "n"]
    return tuple((m.group("n"), frozenset(k for k in kinds if m.group(k))) for m in _COUNT.finditer(text, s, e))


def _count(text: str, s: int, e: int, kind: str) -> int | None:
    """How many entities of ``kind`` a sentence says its setting holds ("on two datasets", "several GPUs"), if it does."""
    n = next((n for n, kinds in _counts(text, s, e) if kind in kinds), None)
    if n is None:
        return None
    n = n.lower().rstrip("+")
    if n.isdigit():
        return int(n) if int(n) < 1000 else None  # "1000 benchmarks" may be a count too, but "2,880 tokens" is not
    return _COUNT_WORDS.get(n, 1000)  # "several datasets": more than any list names


def _unknown_setting(text: str, s: int, e: int, entities: Sequence[Entity]) -> bool:
    """Whether a sentence names a setting the linker found nothing in ("On CalMS21, ...", "on spoken StoryCloze")."""
    for m in _SETTING_PHRASE.finditer(text, s, e):
        name = m.group("name").rstrip(".")
        if not name_like(name):
            continue
        a, b = m.start("name"), m.start("name") + len(name)
        if _HARDWARE_HEAD.match(text, b):
            continue
        if not any(start < b and a < end for start, end, _k, _iri in entities):
            return True
    return False


__all__ = [
    "BASELINE_PLATFORM",
    "KINDS",
    "MODIFIER",
    "Setting",
    "carry_settings",
    "described_by_class",
    "name_like",
    "own_work_start",
]
