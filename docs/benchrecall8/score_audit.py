"""Score a built graph against the benchrecall8 audit gold (benchmarks and models only).

usage: python docs/benchrecall8/score_audit.py GRAPH docs/benchrecall8/gold.jsonl [--detail]
(GRAPH: the kg.ttl of `kg build docs/benchrecall8/abstracts.jsonl`)

Matching is the evaluation's score.py (imported from tests/data/eval). An entity listed under a record's
"uncertain" (a judgement call) counts neither way: a link to it is no false positive, its absence no false
negative. Prints P/R/F1 per kind for each half ("fix", "check") and both.
"""

import collections
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "eval"))
from score import load_graph, norm  # noqa: E402

KINDS = {"benchmarks": "Benchmark", "models": "Model"}


def main() -> None:
    graph, gold_path = sys.argv[1], sys.argv[2]
    by_id, _, _ = load_graph(graph)
    counts: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines = []
    for line in pathlib.Path(gold_path).read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        pred = by_id.get(g["id"], {})
        for kind, rdf_type in KINDS.items():
            c = counts[(g["half"], kind)]
            gold = [({norm(x["name"])} | {norm(m) for m in x["mentions"]}, x["name"]) for x in g[kind]]
            doubtful = [{norm(x["name"])} | {norm(m) for m in x["mentions"]} for x in g["uncertain"][kind]]
            preds = list(pred.get(rdf_type, {}).items())
            used: set[int] = set()
            for names, name in gold:
                hit = next((i for i, (_, labels) in enumerate(preds) if i not in used and labels & names), None)
                if hit is None:
                    c["fn"] += 1
                    lines.append(f"FN {g['half']} {kind} {g['id']} {name}")
                else:
                    used.add(hit)
                    c["tp"] += 1
            for i, (iri, labels) in enumerate(preds):
                if i in used:
                    continue
                what = "unc" if any(labels & d for d in doubtful) else "fp"
                c[what] += 1
                lines.append(f"{what.upper()} {g['half']} {kind} {g['id']} {iri}")
    for half in ("fix", "check", "all"):
        for kind in KINDS:
            s: collections.Counter[str] = collections.Counter()
            for h in ("fix", "check"):
                if half in (h, "all"):
                    s.update(counts[(h, kind)])
            p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0
            r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"{half:<6} {kind:<10} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {s['tp']} fp {s['fp']} fn {s['fn']}"
                f" (judgement calls linked: {s['unc']})"
            )
    if "--detail" in sys.argv:
        print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
