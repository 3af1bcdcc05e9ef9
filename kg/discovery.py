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
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from kg.vocab import DiscoveryRule, Vocabulary, discovered_iri

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+'./\-]*[A-Za-z0-9+]|[A-Za-z0-9]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # split() keeps the tokens: separator, token, ..., separator
_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|\d+(?:\.\d+)*[kKmMbB]?|Pro|Plus|Lite|Mini|XL|Max|Ultra)$")
_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)$")
_INTRO = re.compile(r"\s*(?:\(\s*|,?\s*(?:such as|including|like|namely|e\.g\.,?|i\.e\.,?|:)\s*)")
_INTRO_OR_DIRECT = re.compile(_INTRO.pattern + "| ")  # "the synthetic dataset BEDLAM"
_SPACE = re.compile(r"\s+")
_NEXT_IN_LIST = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_UNIT_WORD = re.compile(r"^(?:[KMGT]B|[KMG]Hz|W|mW|nm|TOPS|TFLOPS|GOPS)$")
_UNIT = re.compile(r"^\d+(?:\.\d+)?(?:[KMGT]B|[KMG]Hz|W|nm|GB/s|TOPS|TFLOPS)$", re.IGNORECASE)
_LOWER_STOP = {"the", "a", "an", "our", "this", "these", "each", "single", "two", "four", "eight", "multiple", "with", "on", "of"}


@dataclass(frozen=True)
class Found:
    """A name a discovery rule found: its span and the IRI of the entity it names."""

    start: int
    end: int
    iri: str
    name: str
    method: str = "pattern"  # "context" for a vocabulary label confirmed by the words around it


def name_like(text: str) -> bool:
    """Looks like a proper name: two capitals, a capital inside a word, or a capital with digits.

    Judged part by part for hyphenated words ("Large-Scale" is not a name, "SWE-bench" is), and an
    all-capital name needs three characters ("OR", "AD" are not names).
    """
    parts = [p for p in text.split("-") if p]
    if len(parts) > 1:
        return any(_name_part(p) for p in parts)
    return _name_part(text)


def _name_part(text: str) -> bool:
    if text.isupper() and sum(map(str.isalnum, text)) < 3:
        return False
    if sum(map(str.isalpha, text)) < 2:
        return False
    if sum(map(str.isupper, text)) >= 2:
        return True
    camel = any(a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False))
    return camel or (text[0].isupper() and any(map(str.isdigit, text)))


class Discoverer:
    """Applies the discovery rules to one text; build once per vocabulary."""

    def __init__(self, vocab: Vocabulary, known: set[str]) -> None:
        self.vocab = vocab
        self.known = known  # case-folded vocabulary labels, cues and terms
        # one pattern for every rule's head words and intro phrases: a text is scanned once. Every
        # alternative starts where no letter or digit precedes; that test comes first, once, so the
        # scan gives up at once inside words instead of trying each alternative there
        self.rules = [r for r in vocab.rules if r.head_words]
        groups = []
        for i, rule in enumerate(self.rules):
            words = "|".join(re.escape(h).replace(r"\ ", r"\s+") + r"(?:e?s)?" for h in rule.head_words)
            case = "" if all(h.isupper() for h in rule.head_words) else "?i:"
            groups.append(rf"(?P<h{i}>(?<!-)({case}{words})(?![A-Za-z0-9]))")
            if rule.intro_patterns:
                groups.append(rf"(?P<i{i}>(?:{'|'.join(rule.intro_patterns)}))")
        self.pattern = re.compile("(?<![A-Za-z0-9])(?:" + "|".join(groups) + ")") if groups else None

    def _refused(self, name: str) -> bool:
        return self._not_a_name(name) or self._known(name)

    def _not_a_name(self, name: str) -> bool:
        base = name[:-1] if name.endswith("s") and len(name) > 3 else name
        return name.lower() in self.vocab.not_names or base.lower() in self.vocab.not_names

    def _known(self, name: str) -> bool:
        base = name[:-1] if name.endswith("s") and len(name) > 3 else name
        return name.lower() in self.known or base.lower() in self.known

    def find(self, text: str, taken: list[tuple[int, int]], defined: dict[str, str] | None = None) -> Iterator[Found]:
        """Every discovered name in ``text`` that overlaps no span of ``taken``.

        ``defined`` maps the short forms the document defines to their long forms: "Facial Expression
        Recognition (FER) datasets" names a task, so a defined short form is a name only when its long
        form holds a head word ("Spiking Heidelberg Dataset (SHD)").
        """
        defined = defined or {}
        if self.pattern is None:
            return
        hits: dict[int, list[tuple[str, re.Match[str]]]] = {}
        for m in self.pattern.finditer(text):
            assert m.lastgroup is not None
            hits.setdefault(int(m.lastgroup[1:]), []).append((m.lastgroup[0], m))
        if not hits:
            return
        # the tokens' (start, end), from the lengths of the pieces a split leaves (no match object each)
        bounds = list(accumulate(map(len, _TOKEN_SPLIT.split(text))))
        starts, ends = bounds[:-1:2], bounds[1::2]
        toks = list(zip(starts, ends, strict=True))
        for index in sorted(hits):
            rule = self.rules[index]
            spans: list[tuple[int, int, int]] = []  # start, end of the name, end of the span linked
            for what, m in hits[index]:
                if what == "i":
                    spans += [(s, e, e) for s, e in self._after(text, toks, starts, m.end(), _SPACE)]
                elif rule.product:
                    # "two RTX 5090 GPUs" is one mention of the product, as "H100 GPUs" is
                    spans += [(s, e, m.end()) for s, e in self._product(text, toks, ends, m.start())]
                else:
                    plural = m.group(0).lower().endswith("s")
                    spans += [(s, e, e) for s, e in self._before(text, toks, ends, m.start(), plural)]
                    intro = _INTRO if plural else _INTRO_OR_DIRECT
                    spans += [(s, e, e) for s, e in self._after(text, toks, starts, m.end(), intro)]
            for s, e, span_end in spans:
                name = text[s:e]
                if any(s < b and e > a for a, b in taken):
                    continue
                if not rule.product and self._known(name):
                    # a vocabulary label the gazetteer left unlinked for want of context ("MOSE"):
                    # "the MOSE benchmark" is that context
                    known = self.vocab.labelled(name, rule.kind) or self.vocab.labelled(name[:-1], rule.kind)
                    if len(known) == 1:
                        yield Found(s, span_end, known[0], name, "context")
                    continue
                if self._named_after_known(name, rule):
                    continue
                if not rule.product and name.endswith(self.vocab.model_suffixes):
                    continue
                long_form = defined.get(name) or defined.get(name[:-1] if name.endswith("s") else name)
                if long_form is not None and not any(h.lower() in long_form.lower() for h in rule.head_words):
                    continue
                yield Found(s, span_end, discovered_iri(rule, name), name)

    def _named_after_known(self, name: str, rule: DiscoveryRule) -> bool:
        """ "Qwen3-8B", "Llama-3.1", "GPT-4o": a known name with a version is not a new benchmark."""
        if rule.product:
            return False
        stem = re.split(r"[-\d_.]", name, maxsplit=1)[0]
        return len(stem) >= 3 and stem != name and stem.lower() in self.known

    def _token_before(self, text: str, toks: list[tuple[int, int]], ends: list[int], pos: int) -> int | None:
        i = bisect.bisect_right(ends, pos) - 1
        return i if i >= 0 and toks[i][1] <= pos else None

    def _name_ending_at(self, text: str, toks: list[tuple[int, int]], i: int) -> tuple[int, int, bool] | None:
        """(start, end, new) of the name ending with token i; new is False for a vocabulary label."""
        s, e = toks[i]
        if _VERSION.match(text[s:e]) and i > 0 and text[toks[i - 1][1] : s] in (" ", "-"):
            ps, pe = toks[i - 1]
            if name_like(text[ps:pe]) and not self._not_a_name(text[ps:pe]):
                return ps, e, not (self._known(text[ps:pe]) or self._known(text[ps:e]))
        name = text[s:e]
        if not name_like(name) or self._not_a_name(name):
            return None
        return s, e, not self._known(name)

    def _before(self, text: str, toks: list[tuple[int, int]], ends: list[int], hs: int, plural: bool) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        i = self._token_before(text, toks, ends, hs)
        if i is None or text[toks[i][1] : hs] not in (" ", "-"):
            return out
        while i is not None:
            span = self._name_ending_at(text, toks, i)
            if span is None:
                break
            out.append(span[:2])
            j = self._token_before(text, toks, ends, span[0] - 1)
            if j is not None and text[toks[j][0] : toks[j][1]] in ("and", "or") and j > 0:
                j -= 1
            if not plural or j is None or not _LIST_SEP.match(text[toks[j][1] : span[0]]):
                break
            i = j
        return out

    def _after(
        self, text: str, toks: list[tuple[int, int]], starts: list[int], he: int, intro: re.Pattern[str]
    ) -> list[tuple[int, int]]:
        m = intro.match(text, he)
        if not m:
            return []
        out: list[tuple[int, int]] = []
        pos = m.end()
        while True:
            i = bisect.bisect_left(starts, pos)
            if i >= len(toks) or toks[i][0] != pos:
                break
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            versioned = nxt is not None and _VERSION.match(text[nxt[0] : nxt[1]]) and text[toks[i][1] : nxt[0]] in (" ", "-")
            span = self._name_ending_at(text, toks, i + 1 if versioned else i)
            if span is None:
                break
            out.append(span[:2])
            sep = _NEXT_IN_LIST.match(text, span[1])
            if not sep:
                break
            pos = sep.end()
        return out

    def _product(self, text: str, toks: list[tuple[int, int]], ends: list[int], hs: int) -> list[tuple[int, int]]:
        i = self._token_before(text, toks, ends, hs)
        if i is None or text[toks[i][1] : hs] not in (" ", "-"):
            return []
        first = last = i
        while True:
            word = text[toks[first][0] : toks[first][1]]
            before = text[: toks[first][0]].rstrip()
            vendorish = word[0].isupper() and word.isalpha() and bool(before) and before[-1] not in ".!?:;"
            productish = name_like(word) or any(c.isdigit() for c in word) or word.lower() in self.vocab.not_names or vendorish
            if word.lower() in _LOWER_STOP or _UNIT_WORD.match(word) or word.endswith("'s") or not productish:
                first += 1
                break
            j = first - 1
            if j < 0 or text[toks[j][1] : toks[first][0]] not in (" ", "-") or last - j >= 4:
                break
            first = j
        if first > last:
            return []
        while first <= last and _UNIT.match(text[toks[first][0] : toks[first][1]]):
            first += 1
        if first > last:
            return []
        s, e = toks[first][0], toks[last][1]
        name = text[s:e]
        if not any(c.isdigit() for c in name) or not any(c.isalpha() for c in name) or self._refused(name):
            return []
        return [(s, e)]


_SIZE = re.compile(r"-(?:\d+(?:\.\d+)?[BMK]|[xX]?\d+(?:\.\d+)?[BMK]-[A-Za-z]+)$")
_JOINED = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+/]*(?:-[A-Za-z0-9][A-Za-z0-9.+/]*)*")


def variant_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The hyphen-joined name around text[start:end] ("Qwen3-VL-8B" around "Qwen3"), less a size suffix.

    None when the label stands alone, or when a joined part is an ordinary word ("BERT-based").
    """
    s, e = start, end
    while s > 1 and text[s - 1] == "-" and text[s - 2].isalnum():
        left = list(_JOINED.finditer(text, 0, s - 1))
        if not left or left[-1].end() != s - 1:
            break
        s = left[-1].start()
    if e < len(text) - 1 and text[e] == "-" and text[e + 1].isalnum():
        right = _JOINED.match(text, e + 1)
        if right:
            e = right.end()
    while e > end and text[e - 1] in ".":
        e -= 1
    name = text[s:e]
    size = _SIZE.search(name)
    if size and s + size.start() >= end:
        e = s + size.start()
        name = text[s:e]
    if (s, e) == (start, end):
        return None
    extra = [p for p in (text[s:start] + " " + text[end:e]).replace("-", " ").split() if p]
    if not all(name_like(p) or _VERSION.match(p) or p[0].isupper() or p[0].isdigit() for p in extra):
        return None
    return s, e
