"""Scores the reported results of a built graph against gold ``results``, through SPARQL on the graph.

A predicted result matches a gold one of the same paper when

- their values are the same number in the same unit: both texts are read by the extractor's number
  grammar (so "6times" = "6x" = "6 fold", "80.0\\%" = "80%", "1.7x - 2.7x" = "1.7-2.7x",
  "an order of magnitude" = "10x", "one tenth" = "1/10"); a range matches a range with the same ends;
  a change ("from 67.2% to 80.0%", "67.2% -> 80.0%") counts with its new figure (80.0%), and a gold
  change "from A to B" matches either that or the range A..B (the gold does not say which it means); and
- their metric families agree: the gold metric text ("top-1 accuracy improvement over MobileNetV2")
  is read with the graph's own metric labels; the prediction's family (its top metric concept) must be
  one of the families named there, unless either side names no metric: the gold text names none it
  knows (words of the fallback metric alone, "improvement over the strongest baseline", name none),
  or the prediction has the fallback metric (``kg:fallbackMetric``, "outperforms X by 8%").

A gold value listing numbers with "/" ("mAP/top-1": "0.621/0.820") is one claim per number (the guidelines ask
for one object per claim), its metric text split alike when it names as many. The gold has one object per
claim, so a claim the abstract states twice ("256KB" twice) is one
prediction: predictions of a paper with the same value, baseline, unit and family are counted once. Matching
is one-to-one, in text order. Precision = matched predictions / predictions; recall = matched gold
results / gold results. Benchmark and hardware are scored on matched pairs whose gold names one: the
prediction's entity, or one of its ancestors, must carry the gold name as a label (normalised as for
entities), or the gold name must contain every word of one of the entity's labels ("RISC-V multi-core
MCU" and MCU).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pyoxigraph as ox

from kg.evaluate import Score, norm
from kg.graph import PREFIXES
from kg.linker import Gazetteer
from kg.records import Concept
from kg.results import Grammar, Quantity
from kg.vocab import Vocabulary

RESULTS_QUERY = """
SELECT ?id ?r ?metric ?text ?start ?value ?min ?max ?base ?unit ?bench ?hw WHERE {
  ?p a kg:Paper ; dcterms:identifier ?id ; kg:reports ?r .
  ?r kg:metric ?metric ; kg:valueText ?text ; kg:start ?start .
  OPTIONAL { ?r kg:value ?value } OPTIONAL { ?r kg:minValue ?min } OPTIONAL { ?r kg:maxValue ?max }
  OPTIONAL { ?r kg:baselineValue ?base }
  OPTIONAL { ?r kg:unit ?unit } OPTIONAL { ?r kg:onBenchmark ?bench } OPTIONAL { ?r kg:onHardware ?hw }
}"""
METRICS_QUERY = """
SELECT ?m ?p ?label ?hidden ?broader ?unit WHERE {
  ?m a kg:Metric ; skos:prefLabel ?p .
  OPTIONAL { ?m skos:altLabel ?label } OPTIONAL { ?m skos:hiddenLabel ?hidden }
  OPTIONAL { ?m skos:broader ?broader } OPTIONAL { ?m kg:unitSymbol ?unit }
}"""
ENTITY_LABELS_QUERY = """
SELECT ?e ?label WHERE {
  VALUES ?kind { kg:Benchmark kg:HardwarePlatform } ?e a ?kind ; skos:prefLabel|skos:altLabel ?label .
}"""
_SLASH = re.compile(r"\s*\$?\s*/\s*\$?\s*")
UNIT_SYNONYMS = {"times": "x", "×": "x", "fold": "x", "%": "%", "\\%": "%", "percent": "%"}


@dataclass(frozen=True)
class Predicted:
    """A result read from the graph."""

    paper: str
    text: str
    start: int
    value: tuple[float | None, float | None, float | None, str]  # (value, min, max, unit)
    baseline: float | None  # "from 0% to 60%" is another claim than "up to 60%" in the same paper
    family: str
    benchmark: str | None
    hardware: str | None


@dataclass(frozen=True)
class ResultsEvaluation:
    """Value precision/recall, attachment accuracy, and the errors: ("FP"|"FN"|"benchmark"|"hardware", paper, what)."""

    values: Score  # tp counts matched gold results; precision uses matched predictions (the same number, one-to-one)
    benchmark: tuple[int, int]  # (correct, matched gold results naming a benchmark)
    hardware: tuple[int, int]
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    papers_scored: int = 0

    @staticmethod
    def accuracy(pair: tuple[int, int]) -> float:
        return pair[0] / pair[1] if pair[1] else 0.0


class _Reader:
    """Reads value texts and metric names with the metric vocabulary stored in the graph."""

    def __init__(self, store: ox.Store) -> None:
        pref: dict[str, str] = {}
        alts: dict[str, set[str]] = defaultdict(set)
        hidden: dict[str, set[str]] = defaultdict(set)
        broader: dict[str, set[str]] = defaultdict(set)
        units: set[str] = set()
        for row in _select(store, METRICS_QUERY, prefixes=PREFIXES):
            m = row["m"].value
            pref[m] = row["p"].value
            for key, into in (("label", alts), ("hidden", hidden), ("broader", broader)):
                if row[key] is not None:
                    into[m].add(row[key].value)
            if row["unit"] is not None:
                units.add(row["unit"].value)
        concepts = {m: Concept(m, "Metric", p, tuple(sorted(alts[m] - {p})), tuple(sorted(broader[m]))) for m, p in pref.items()}
        self.vocab = Vocabulary(concepts, {m: tuple(sorted(h)) for m, h in hidden.items()})
        self.gazetteer = Gazetteer(self.vocab)
        self.grammar = Grammar(sorted(units))
        # a unit the gold writes in its metric text ("throughput (FPS)": "64.47"), longest first
        self.units = re.compile(
            r"(?<![\w/])(" + "|".join(re.escape(u) for u in sorted(units, key=lambda u: (-len(u), u))) + r")(?![\w/])"
        )
        self.fallback = {
            row["m"].value for row in _select(store, "SELECT ?m WHERE { ?m kg:fallbackMetric true }", prefixes=PREFIXES)
        }

    def family(self, metric: str) -> str:
        if metric not in self.vocab.concepts:
            return metric
        tops = self.vocab.top_concepts(metric)
        return tops[0] if tops else metric

    def families(self, metric_text: str) -> set[str]:
        """The families a gold metric text names; words of the fallback metric alone ("improvement") name none."""
        cands, _, _ = self.gazetteer.scan(metric_text)
        return {self.family(c) for cand in cands for c in cand.concepts} - self.fallback

    def value(self, text: str) -> tuple[float | None, float | None, float | None, str] | None:
        qs = self.grammar.quantities(text)
        return _key(qs[-1]) if qs else None

    def split(self, gold: dict[str, object]) -> list[dict[str, object]]:
        """A gold result whose value is a "/" list ("mAP/top-1": "0.621/0.820") as one gold result per number.

        The metric text is split the same way when it lists as many names, else every number keeps it whole.
        """
        text = str(gold["value"])
        qs = self.grammar.quantities(text)
        if len(qs) < 2 or any(not _SLASH.fullmatch(text, a.end, b.start) for a, b in zip(qs, qs[1:], strict=False)):
            return [gold]
        metrics = str(gold["metric"]).split("/")
        if len(metrics) != len(qs):
            metrics = [str(gold["metric"])] * len(qs)
        return [
            dict(
                gold,
                value=text[q.start : q.end] + (q.unit if q.unit == "%" and "%" not in text[q.start : q.end] else ""),
                metric=m.strip(),
            )
            for q, m in zip(qs, metrics, strict=True)
        ]

    def values(self, text: str, metric: str = "") -> set[tuple[float | None, float | None, float | None, str]]:
        """The readings a gold value admits: its value, and for a change "from A to B" both the range and B.

        A value with no unit, or only a magnitude, also reads with a unit its metric text names ("throughput (FPS)":
        "64.47" is 64.47 FPS; "FLOPs": "295M" is 295 M FLOPs).
        """
        qs = self.grammar.quantities(text)
        if not qs:
            return set()
        q = qs[-1]
        keys = {_key(q)}
        if q.unit in ("", "K", "M", "B", "G", "T"):
            for m in self.units.finditer(metric):
                k = _key(q)
                keys.add((*k[:3], _unit(q.unit + m.group(1))))
        if q.baseline is not None and q.value is not None:
            lo, hi = sorted((q.baseline, q.value))
            keys.add(_key(replace(q, value=None, min_value=lo, max_value=hi, baseline=None)))
        elif q.first is not None and q.min_value is not None and q.max_value is not None:
            new = q.max_value if q.first == q.min_value else q.min_value
            keys.add(_key(replace(q, value=new, min_value=None, max_value=None)))
        return keys


def _select(store: ox.Store, query: str, prefixes: dict[str, str]) -> ox.QuerySolutions:
    solutions = store.query(query, prefixes=prefixes)
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions


def _key(q: Quantity) -> tuple[float | None, float | None, float | None, str]:
    r = lambda x: None if x is None else round(x, 6)  # noqa: E731
    return r(q.value), r(q.min_value), r(q.max_value), _unit(q.unit)


def _unit(u: str) -> str:
    u = "".join(u.split())
    return UNIT_SYNONYMS.get(u, UNIT_SYNONYMS.get(u.lower(), u.lower()))


def _num(term: ox.Literal | None) -> float | None:
    return None if term is None else round(float(term.value), 6)


def _entity_ok(gold_name: str, iri: str | None, labels: dict[str, set[str]], own: dict[str, list[set[str]]]) -> bool:
    if iri is None:
        return False
    if norm(gold_name) in labels.get(iri, set()):
        return True
    words = {norm(w) for w in gold_name.replace("-", " ").split()}
    return any(ws and ws <= words for ws in own.get(iri, []))


def evaluate_results(store: ox.Store, gold: Sequence[dict[str, object]]) -> ResultsEvaluation:
    """Score the results in ``store`` against the ``results`` of gold annotations (JSON objects)."""
    reader = _Reader(store)
    by_paper: dict[str, list[Predicted]] = defaultdict(list)
    for row in _select(store, RESULTS_QUERY, prefixes=PREFIXES):
        value = (_num(row["value"]), _num(row["min"]), _num(row["max"]), _unit(row["unit"].value if row["unit"] else ""))
        by_paper[row["id"].value].append(
            Predicted(
                row["id"].value,
                row["text"].value,
                int(row["start"].value),
                value,
                _num(row["base"]),
                reader.family(row["metric"].value),
                row["bench"].value if row["bench"] else None,
                row["hw"].value if row["hw"] else None,
            )
        )
    # labels of attached entities and of their ancestors (normalised), and each entity's own labels as word sets
    labels: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, ENTITY_LABELS_QUERY, prefixes=PREFIXES):
        labels[row["e"].value].add(norm(row["label"].value))
    closure: dict[str, set[str]] = defaultdict(set)
    own: dict[str, list[set[str]]] = defaultdict(list)
    for row in _select(store, "SELECT ?e ?a WHERE { ?e skos:broaderTransitive ?a }", prefixes=PREFIXES):
        closure[row["e"].value].add(row["a"].value)
    for row in _select(
        store, "SELECT ?e ?l WHERE { ?r kg:onBenchmark|kg:onHardware ?e . ?e skos:prefLabel|skos:altLabel ?l }", prefixes=PREFIXES
    ):
        own[row["e"].value].append({norm(w) for w in row["l"].value.replace("-", " ").split()})
    full = {e: set(labels.get(e, set())).union(*(labels.get(a, set()) for a in closure.get(e, ()))) for e in labels}

    tp_gold = n_gold = tp_pred = n_pred = 0
    bench = [0, 0]
    hw = [0, 0]
    errors: list[tuple[str, str, str]] = []
    for g in gold:
        pid = str(g["id"])
        preds: list[Predicted] = []
        seen: set[tuple[object, ...]] = set()
        for p in sorted(by_paper.get(pid, []), key=lambda p: p.start):
            if (p.value, p.baseline, p.family) not in seen:
                seen.add((p.value, p.baseline, p.family))
                preds.append(p)
        used: set[int] = set()
        results = g.get("results") or []
        assert isinstance(results, list)
        for gr in (split for one in results for split in reader.split(one)):
            n_gold += 1
            gv = reader.values(str(gr["value"]), str(gr["metric"]))
            fams = reader.families(str(gr["metric"]))
            hit = None
            for i, p in enumerate(preds):
                if i in used:
                    continue
                if p.value in gv and (not fams or p.family in fams or p.family in reader.fallback):
                    hit = i
                    break
            if hit is None:
                errors.append(("FN", pid, f"{gr['metric']}: {gr['value']}"))
                continue
            used.add(hit)
            tp_gold += 1
            p = preds[hit]
            for key, pred_iri, counts in (("benchmark", p.benchmark, bench), ("hardware", p.hardware, hw)):
                name = gr.get(key)
                if name:
                    counts[1] += 1
                    if _entity_ok(str(name), pred_iri, full, own):
                        counts[0] += 1
                    else:
                        errors.append(
                            (
                                key,
                                pid,
                                f"{gr['value']}: gold {name}, predicted {pred_iri.rsplit('/', 1)[-1] if pred_iri else None}",
                            )
                        )
        n_pred += len(preds)
        tp_pred += len(used)
        errors.extend(("FP", pid, f"{p.text} ({p.family.rsplit('/', 1)[-1]})") for i, p in enumerate(preds) if i not in used)
    return ResultsEvaluation(Score(tp_gold, n_gold, n_pred), (bench[0], bench[1]), (hw[0], hw[1]), errors, len(gold))
