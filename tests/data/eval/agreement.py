"""Agreement of two annotators' gold files on the same abstracts, matched as score.py matches (F1 per kind).

    python tests/data/eval/agreement.py A-gold.jsonl B-gold.jsonl [--detail]

An entity of A and one of B agree when their normalised name-or-mention sets intersect (score.py's rule);
F1 = 2 * agreed / (|A| + |B|), the same whichever file is taken as the reference.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import TYPES, norm  # noqa: E402


def entities(gold: dict, kind: str) -> list[set[str]]:
    return [{norm(e["name"])} | {norm(m) for m in e.get("mentions", [])} for e in gold.get(kind, [])]


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    a, b = ([json.loads(line) for line in open(p) if line.strip()] for p in paths)
    if [g["id"] for g in a] != [g["id"] for g in b]:
        sys.exit("agreement.py: the two files do not hold the same ids in the same order")
    total = {"agreed": 0, "a": 0, "b": 0}
    for kind in TYPES:
        agreed = na = nb = 0
        for ga, gb in zip(a, b):
            ea, eb = entities(ga, kind), entities(gb, kind)
            used: set[int] = set()
            for x in ea:
                j = next((j for j, y in enumerate(eb) if j not in used and x & y), None)
                if j is None:
                    if "--detail" in sys.argv:
                        print(f"  {kind} only A {ga['id']}: {sorted(x)[0]}")
                else:
                    used.add(j)
                    agreed += 1
            if "--detail" in sys.argv:
                for j, y in enumerate(eb):
                    if j not in used:
                        print(f"  {kind} only B {ga['id']}: {sorted(y)[0]}")
            na, nb = na + len(ea), nb + len(eb)
        f1 = 2 * agreed / (na + nb) if na + nb else 1.0
        print(f"{kind:11s} A {na:3d}  B {nb:3d}  agreed {agreed:3d}  F1 {f1:.3f}")
        total = {"agreed": total["agreed"] + agreed, "a": total["a"] + na, "b": total["b"] + nb}
    print(f"{'micro':11s} A {total['a']:3d}  B {total['b']:3d}  agreed {total['agreed']:3d}  F1 {2 * total['agreed'] / (total['a'] + total['b']):.3f}")


if __name__ == "__main__":
    main()
