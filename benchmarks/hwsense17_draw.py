"""Draw hardware links per (concept, surface form) to read for wrong senses (hwsense17).

usage:
  python benchmarks/technique_audit.py dump /work/wt/c50k.jsonl --kind HardwarePlatform -o DUMP.jsonl
  python benchmarks/hwsense17_draw.py DUMP.jsonl --seed 17 --k 3 -o PREFIX

The dump holds every hardware link of the slice with its sentence. Links are grouped by (concept, surface form
folded to lower case). A group is drawn when its form is frequent (one of the ``--top`` most linked forms) or
ambiguous by its shape: a form of one word (a common word, "cloud", "mobile", "edge", an acronym, "NPU", "PIM", a
short name, "Orin", "M2", "A100"), or a form whose last word is a generic head ("devices", "systems", "platforms",
"hardware", "servers", "nodes", "boards", "chips", "processors", "cores", "clusters", "memory").
From each drawn group up to ``2k`` links are taken in ``random.Random(seed)`` order (the groups in sorted order,
one generator): the first ``k`` go to FIT, the next ``k`` to CHECK. Writes ``PREFIX-fit.jsonl`` and
``PREFIX-check.jsonl`` (the dump's rows, each with its ``group``), and prints the group sizes.
"""

from __future__ import annotations

import argparse
import collections
import json
import random

_HEADS = frozenset(
    [
        "device",
        "devices",
        "system",
        "systems",
        "platform",
        "platforms",
        "hardware",
        "server",
        "servers",
        "node",
        "nodes",
        "board",
        "boards",
        "chip",
        "chips",
        "processor",
        "processors",
        "core",
        "cores",
        "cluster",
        "clusters",
        "memory",
        "unit",
        "units",
    ]
)


def _group(row: dict[str, object]) -> tuple[str, str]:
    return str(row["concept"]).rsplit("/", 1)[-1], str(row["text"]).lower()


def ambiguous(form: str) -> bool:
    """Whether a surface form (lower case) is ambiguous by its shape."""
    words = form.replace("-", " ").split()
    return len(words) == 1 or words[-1] in _HEADS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("-o", "--prefix", required=True)
    args = ap.parse_args()
    with open(args.dump, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    groups: dict[tuple[str, str], list[dict[str, object]]] = collections.defaultdict(list)
    for row in rows:
        groups[_group(row)].append(row)
    top = {g for g, _ in collections.Counter({g: len(v) for g, v in groups.items()}).most_common(args.top)}
    rng = random.Random(args.seed)
    fit: list[dict[str, object]] = []
    check: list[dict[str, object]] = []
    drawn = 0
    for g in sorted(groups):
        if g not in top and not ambiguous(g[1]):
            continue
        drawn += 1
        members = list(groups[g])
        rng.shuffle(members)
        label = f"{g[0]} | {g[1]}"
        fit += [{**r, "group": label} for r in members[: args.k]]
        check += [{**r, "group": label} for r in members[args.k : 2 * args.k]]
    for name, part in (("fit", fit), ("check", check)):
        with open(f"{args.prefix}-{name}.jsonl", "w", encoding="utf-8") as out:
            for r in part:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} links in {len(groups)} groups; {drawn} drawn; FIT {len(fit)}, CHECK {len(check)}")


if __name__ == "__main__":
    main()
