"""Pooled, label-level calibration of technique linking against every released gold set.

usage: python benchmarks/technique_calibration.py BUILD_PREFIX [--json OUT.json] [--min-sets 3]

BUILD_PREFIX is the prefix of one build per released set: BUILD_PREFIX-<set>/kg.ttl, made by
``python -m kg build tests/data/eval/<set>-abstracts.jsonl -o BUILD_PREFIX-<set> --no-html``. test9 is scored
against both annotators' golds (test9A, test9B). test8 is blind and never read.

It prints three tables:

1. per technique concept: pooled TP/FP of our links (scored as tests/data/eval/score.py scores them),
   precision, and the sets in which it is right / wrong;
2. per (matched surface form, match method) of a technique link (the graph's kg:matchedText and
   kg:matchMethod): the same, the unit a vocabulary label or a linker rule controls;
3. per gold technique surface form we miss: in how many released abstracts the form occurs (word-bounded,
   case-insensitive), in how many of those gold annotates it as a technique (the annotation rate), and
   in how many we miss it.

A link's precision p under the set's F1 decides it: keeping a link is right for F1 when p > F1/2 (~.35).
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"
SETS = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")
KG = "https://w3id.org/papers-kg/ontology#"
_MENTIONS = f"""
PREFIX kg: <{KG}> PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id ?e ?text ?method WHERE {{
  ?p a kg:Paper ; dcterms:identifier ?id ; kg:hasMention ?m .
  ?m kg:mentionOf ?e ; kg:matchedText ?text ; kg:matchMethod ?method .
  ?e a kg:Technique .
}}"""


def _score_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    right: collections.Counter[str] = field(default_factory=collections.Counter)
    wrong: collections.Counter[str] = field(default_factory=collections.Counter)

    def add(self, ok: bool, where: str) -> None:
        if ok:
            self.tp += 1
            self.right[where] += 1
        else:
            self.fp += 1
            self.wrong[where] += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def sets(self) -> int:
        """Distinct abstract sets (test9's two golds are one set)."""
        return len({_base(s) for s in set(self.right) | set(self.wrong)})

    def row(self) -> dict[str, object]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "p": round(self.precision, 3),
            "sets": self.sets(),
            "right": dict(sorted(self.right.items())),
            "wrong": dict(sorted(self.wrong.items())),
        }


def _base(name: str) -> str:
    return name.rstrip("AB") if name.startswith("test9") else name


def golds() -> list[tuple[str, str, Path]]:
    """(name, build set, gold file) for each released gold."""
    out = [(s, s, EVAL / f"{s}-gold.jsonl") for s in SETS if s != "test9"]
    return out + [("test9A", "test9", EVAL / "test9-gold.jsonl"), ("test9B", "test9", EVAL / "test9-gold-b.jsonl")]


def _word_re(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(form) + r"s?(?![A-Za-z0-9])", re.IGNORECASE)


def analyse(prefix: str) -> dict[str, object]:
    score = _score_module()
    norm = score.norm
    concepts: dict[str, Tally] = collections.defaultdict(Tally)
    forms: dict[tuple[str, str, str], Tally] = collections.defaultdict(Tally)
    missed: collections.Counter[str] = collections.Counter()
    missed_sets: dict[str, set[str]] = collections.defaultdict(set)
    gold_forms: set[str] = set()
    per_set: dict[str, dict[str, int]] = {}
    abstracts: dict[str, list[tuple[str, str]]] = {}
    annotated: dict[str, list[set[str]]] = {}
    for name, build, gold_path in golds():
        graph = f"{prefix}-{build}/kg.ttl"
        by_id, by_title, _ = score.load_graph(graph)
        store = ox.Store()
        with open(graph, "rb") as f:
            store.bulk_load(f, ox.RdfFormat.TURTLE)
        evidence: dict[tuple[str, str], set[tuple[str, str]]] = collections.defaultdict(set)
        solutions = store.query(_MENTIONS)
        assert isinstance(solutions, ox.QuerySolutions)
        for row in solutions:
            evidence[(row["id"].value, row["e"].value)].add((row["text"].value, row["method"].value))
        gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
        lines = (EVAL / f"{build}-abstracts.jsonl").read_text().splitlines()
        rows = {json.loads(line)["id"]: json.loads(line) for line in lines if line.strip()}
        abstracts[name] = []
        annotated[name] = []
        c: collections.Counter[str] = collections.Counter()
        for g in gold:
            key = g["id"] if g["id"] in by_id else by_title.get(norm(g.get("title") or ""))
            pred = by_id.get(key, {}) if key else {}
            gold_ents = [{norm(x["name"])} | {norm(m) for m in x.get("mentions", [])} for x in g.get("techniques", [])]
            pred_ents = list(pred.get("Technique", {}).items())
            used: set[int] = set()
            for ge, x in zip(gold_ents, g.get("techniques", []), strict=True):
                for i, (_, labels) in enumerate(pred_ents):
                    if i not in used and labels & ge:
                        used.add(i)
                        break
                else:
                    for m in x.get("mentions", []) or [x["name"]]:
                        missed[m.lower()] += 1
                        missed_sets[m.lower()].add(name)
            for i, (iri, _) in enumerate(pred_ents):
                concept = iri.rsplit("/", 1)[-1]
                ok = i in used
                concepts[concept].add(ok, name)
                for text, method in evidence.get((g["id"], iri), set()) or {("?", "?")}:
                    forms[(concept, text.lower(), method)].add(ok, name)
            c["tp"] += len(used)
            c["pred"] += len(pred_ents)
            c["gold"] += len(gold_ents)
            row = rows.get(g["id"], {})
            abstracts[name].append((g["id"], f"{row.get('title') or ''}\n{row.get('abstract') or ''}"))
            ann = {norm(m) for x in g.get("techniques", []) for m in [x["name"], *x.get("mentions", [])]}
            annotated[name].append(ann)
            gold_forms |= {m.lower() for x in g.get("techniques", []) for m in x.get("mentions", [])}
        per_set[name] = dict(c)
    # annotation rate of each missed form: where it occurs in a released abstract, does gold annotate it?
    miss_rows = []
    for form, n in missed.most_common():
        if n < 2:
            break
        pattern = _word_re(form)
        occ = hits = 0
        occ_sets: collections.Counter[str] = collections.Counter()
        for name in abstracts:
            for (_, text), gold_norms in zip(abstracts[name], annotated[name], strict=True):
                if pattern.search(text):
                    occ += 1
                    occ_sets[name] += 1
                    hits += norm(form) in gold_norms
        miss_rows.append(
            {
                "form": form,
                "missed": n,
                "missed_sets": sorted(missed_sets[form]),
                "occurs": occ,
                "annotated": hits,
                "rate": round(hits / occ, 3) if occ else 0.0,
                "occ_sets": len({_base(s) for s in occ_sets}),
            }
        )
    return {
        "per_set": per_set,
        "concepts": {k: v.row() for k, v in sorted(concepts.items(), key=lambda kv: (kv[1].precision, -kv[1].fp))},
        "forms": {" | ".join(k): v.row() for k, v in sorted(forms.items(), key=lambda kv: (kv[1].precision, -kv[1].fp))},
        "missed": miss_rows,
    }


def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _set_row(name: str, c: collections.Counter[str] | dict[str, int]) -> str:
    scores = "  ".join(f"{x:.3f}" for x in _f1(c["tp"], c["pred"], c["gold"]))
    return f"{name:8} {c['tp']:4} {c['pred']:4} {c['gold']:4}  {scores}"


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    min_sets = int(argv[argv.index("--min-sets") + 1]) if "--min-sets" in argv else 3
    out = analyse(args[0])
    tot: collections.Counter[str] = collections.Counter()
    print("set       tp  pred gold   P     R     F1")
    for name, c in out["per_set"].items():  # type: ignore[attr-defined]
        tot.update(c)
        print(_set_row(name, c))
    print(_set_row("pooled", tot))
    print(f"\n# concepts with pooled precision < .5 and links in >= {min_sets} sets")
    for k, v in out["concepts"].items():  # type: ignore[attr-defined]
        if v["p"] < 0.5 and v["sets"] >= min_sets:
            print(f"{v['p']:.2f} tp={v['tp']:3} fp={v['fp']:3} sets={v['sets']:2} {k}  wrong={v['wrong']}")
    print("\n# forms (concept | matched text | method) with pooled precision < .5 and fp >= 2")
    for k, v in out["forms"].items():  # type: ignore[attr-defined]
        if v["p"] < 0.5 and v["fp"] >= 2:
            print(f"{v['p']:.2f} tp={v['tp']:3} fp={v['fp']:3} sets={v['sets']:2} {k}")
    print("\n# missed gold forms (missed >= 2): occurrences in released abstracts, gold annotation rate")
    for r in out["missed"]:  # type: ignore[attr-defined]
        counts = f"missed={r['missed']:3} occurs={r['occurs']:3} annotated={r['annotated']:3} rate={r['rate']:.2f}"
        print(f"{counts} occ_sets={r['occ_sets']:2} {r['form']!r} {r['missed_sets']}")
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(out, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
