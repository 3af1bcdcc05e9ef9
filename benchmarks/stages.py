"""Where a ``kg build`` spends its time: wall and CPU seconds per stage, medians of several builds.

    python benchmarks/stages.py [INPUT] [--runs 3] [--out DIR] [--jobs N] [--vocab DIR]

Each build runs in a fresh child process (benchmarks/probes.py build, the library function the
CLI calls, ``--no-html``). A stage's CPU is split into the build process and its child processes:
the linking workers count in ``link+turtle``, the store loader (which runs beside the linking) in
``store (after turtle)``. Also prints the total wall and CPU (wait4), the peak RSS of the whole
process tree, and the load average before and after: the machine is shared, so compare CPU
seconds first, and wall times only from runs at a similar load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import CORPUS, measure  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", type=Path, default=CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-bench-stages"))
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--vocab", type=Path, default=None)
    a = ap.parse_args()
    cmd = [sys.executable, str(HERE / "probes.py"), "build", str(a.input), str(a.out), "--jobs", str(a.jobs)]
    if a.vocab:
        cmd += ["--vocab", str(a.vocab)]
    load_before = os.getloadavg()
    runs = []
    for i in range(a.runs):
        run = measure(cmd)
        if run.returncode != 0:
            raise SystemExit(f"build failed:\n{run.stderr}")
        summary = json.loads(run.stdout)
        runs.append((run, summary))
        print(f"run {i + 1}: {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    med = statistics.median
    stages = list(runs[0][1]["timings"])
    print(f"{a.input.name}: {runs[0][1]['papers']:,} papers; median of {a.runs} builds")
    print(f"load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after ({os.cpu_count()} cores)")
    print()
    print("| stage | wall s | CPU s, build process | CPU s, child processes |")
    print("|---|---:|---:|---:|")
    for k in stages:
        cpu = [s["cpu"].get(k, (0.0, 0.0)) for _, s in runs]
        main_cpu = f"{med(c[0] for c in cpu):.1f}" if any(k in s["cpu"] for _, s in runs) else "–"
        kids = f"{med(c[1] for c in cpu):.1f}" if any(k in s["cpu"] for _, s in runs) else "–"
        print(f"| {k} | {med(s['timings'][k] for _, s in runs):.1f} | {main_cpu} | {kids} |")
    print(f"| **total** | **{med(r.wall for r, _ in runs):.1f}** | **{med(r.cpu for r, _ in runs):.1f}** (all processes) | |")
    print()
    tree, largest = max(r.tree_rss_mb for r, _ in runs), max(r.max_rss_mb for r, _ in runs)
    print(f"peak RSS: {tree:.0f} MB all processes, {largest:.0f} MB largest")


if __name__ == "__main__":
    main()
