"""Score the technique (and model) links of a built graph against a recall-audit annotation that marks arguable ones.

usage: python benchmarks/technique_recall.py GRAPH GOLD.jsonl [GOLD2.jsonl ...] [--detail]

GOLD lines are ``{"id", "title", "techniques": [{"name", "mentions"}], "optional": [{"name", "mentions"}]}``
(``benchmarks/data/techrecall12-*-gold.jsonl``), optionally with ``"models"`` and ``"optional_models"`` lists of the
same shape (``benchmarks/data/techrecall14-*-gold.jsonl``): when any line has ``"models"``, models are scored too and
one JSON line is printed per kind, ``{"kind": ..., "P", "R", "F1", ...}``; otherwise the single techniques line.
Matching is the evaluation's (``tests/data/eval/score.py``): a predicted technique matches a gold one when one of its
labels, normalised, equals the gold name or a mention. An
``optional`` entry is a technique the annotator judged arguable under ``tests/data/eval/GUIDELINES.md`` (a task
rather than a method, a statistics default, a word the gold files disagree on): a link to it is neither right nor
wrong, and its absence is no miss. ``--detail`` lists every miss (FN) and wrong link (FP) with the gold mentions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data" / "eval"))
from score import load_graph, norm  # noqa: E402  (the evaluation's own matching)


def _keys(entry: dict[str, object]) -> set[str]:
    return {norm(str(entry["name"]))} | {norm(str(m)) for m in entry.get("mentions", [])}  # type: ignore[union-attr]


KINDS = {"techniques": ("Technique", "optional"), "models": ("Model", "optional_models")}


def score(
    graph: str, golds: list[dict[str, object]], kind: str = "techniques", loaded: tuple | None = None
) -> tuple[dict[str, float], list[tuple[str, ...]]]:
    rdf_type, optional_key = KINDS[kind]
    by_id, by_title, _ = loaded or load_graph(graph)
    tp = n_gold = n_pred = 0
    errors: list[tuple[str, ...]] = []
    for g in golds:
        key = g["id"] if g["id"] in by_id else by_title.get(norm(str(g.get("title") or "")))
        pred = list((by_id.get(key) or {}).get(rdf_type, {}).items()) if key else []
        used: set[int] = set()
        for entry in g.get(kind, []):  # type: ignore[union-attr]
            keys = _keys(entry)
            hit = next((i for i, (_, labels) in enumerate(pred) if i not in used and labels & keys), None)
            if hit is None:
                errors.append(
                    (
                        "FN" if kind == "techniques" else "FN-model",
                        str(g["id"]),
                        str(entry["name"]),
                        " | ".join(entry.get("mentions", [])),
                    )
                )
            else:
                used.add(hit)
                tp += 1
        n_gold += len(g.get(kind, []))  # type: ignore[arg-type]
        optional = [_keys(e) for e in g.get(optional_key, [])]  # type: ignore[union-attr]
        for i, (iri, labels) in enumerate(pred):
            if i in used:
                continue
            if any(labels & keys for keys in optional):
                continue  # an arguable technique: neither right nor wrong
            n_pred += 1
            errors.append(("FP" if kind == "techniques" else "FP-model", str(g["id"]), iri.rsplit("/", 1)[-1], ""))
        n_pred += len(used)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "tp": tp, "gold": n_gold, "pred": n_pred}, errors


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    golds: list[dict[str, object]] = []
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            golds += [json.loads(line) for line in f if line.strip()]
    loaded = load_graph(args[0])
    kinds = ["techniques", "models"] if any("models" in g for g in golds) else ["techniques"]
    results = [(kind, *score(args[0], golds, kind, loaded)) for kind in kinds]
    if "--detail" in sys.argv:
        for e in sorted(e for _, _, errors in results for e in errors):
            print(*e, sep="\t")
    for kind, out, _ in results:
        print(json.dumps({"kind": kind, **out} if len(kinds) > 1 else out))


if __name__ == "__main__":
    main()
