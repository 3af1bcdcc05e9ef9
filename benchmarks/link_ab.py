"""A/B of the linker: two source trees' ``Linker.link`` on the same abstracts, in the same run.

    python benchmarks/link_ab.py INPUT --a /work/main [--b .] [--runs 5] [--vocab DIR] [--a-pure] [--b-pure]
    python benchmarks/link_ab.py INPUT --a . --a-pure        # the sources against the compiled core of this tree

Each run is a fresh process (``probes.py link --root TREE``: one core, CPU time by
``time.process_time``), A and B alternating so that both see the same load on a shared machine (the
best run is the least disturbed one). Prints medians and best runs of abstracts per CPU second, and
whether both trees gave the same links (a digest of every Link record). Each tree links with its
own packaged vocabulary unless ``--vocab`` is given. ``--a-pure`` / ``--b-pure`` run that side with
``KG_PURE=1`` (the sources, even where an install compiled the core); each side's core is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def probe(tree: Path, corpus: Path, vocab: Path | None, pure: bool) -> dict[str, Any]:
    cmd = [sys.executable, str(HERE / "probes.py"), "link", str(corpus), "--root", str(tree)]
    cmd += ["--vocab", str(vocab)] if vocab else []
    env = {k: v for k, v in os.environ.items() if k != "KG_PURE"} | ({"KG_PURE": "1"} if pure else {})
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", type=Path, help="abstracts (JSONL, or anything kg build reads)")
    ap.add_argument("--a", type=Path, required=True, help="the baseline tree (e.g. a checkout of main)")
    ap.add_argument("--b", type=Path, default=HERE.parent, help="the tree to compare (default: this one)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--vocab", type=Path, default=None)
    ap.add_argument("--a-pure", action="store_true", help="run A's sources even where its core is compiled (KG_PURE=1)")
    ap.add_argument("--b-pure", action="store_true", help="run B's sources even where its core is compiled (KG_PURE=1)")
    a = ap.parse_args()
    pure = {"A": a.a_pure, "B": a.b_pure}
    trees = {"A": a.a.resolve(), "B": a.b.resolve()}
    runs: dict[str, list[dict[str, Any]]] = {"A": [], "B": []}
    for i in range(a.runs):
        for name in ("A", "B") if i % 2 == 0 else ("B", "A"):
            r = probe(trees[name], a.input, a.vocab, pure[name])
            runs[name].append(r)
            print(f"run {i + 1} {name}: {r['cpu']:.2f} s CPU, {r['per_cpu_second']:,.0f}/CPU-s", file=sys.stderr, flush=True)
    med = {k: statistics.median(r["cpu"] for r in v) for k, v in runs.items()}
    low = {k: min(r["cpu"] for r in v) for k, v in runs.items()}
    papers = runs["A"][0]["papers"]
    print(f"| tree (core) | abstracts | mentions | CPU s, median of {a.runs} (min) | abstracts per CPU second, median (best) |")
    print("|---|---:|---:|---:|---:|")
    for k, v in runs.items():
        print(
            f"| {k} `{trees[k]}` ({v[0]['core']}) | {papers:,} | {v[0]['mentions']:,} | {med[k]:.2f} ({low[k]:.2f}) | "
            f"{papers / med[k]:,.0f} ({papers / low[k]:,.0f}) |"
        )
    same = {r["digest"] for v in runs.values() for r in v}
    verdict = "identical" if len(same) == 1 else f"DIFFER ({len(same)} digests)"
    print(f"\nB/A speed-up: {med['A'] / med['B']:.2f}x on medians, {low['A'] / low['B']:.2f}x on the best runs; links {verdict}")
    for k, v in runs.items():
        cpus = ", ".join(f"{r['cpu']:.2f}" for r in v)
        print(f"{k} runs (CPU s): {cpus}")


if __name__ == "__main__":
    main()
