"""A/B of the whole build's CPU: two source trees' ``kg build`` of the same input, in the same run.

    python benchmarks/build_ab.py INPUT --a /work/main [--b .] [--runs 3] [--jobs N] [--out DIR]

Each build is a fresh process (the tree's own ``benchmarks/probes.py build``: the library function
the CLI calls, ``--no-html``), A and B alternating so that both see the same load on a shared
machine. One table: medians (and the smallest value) of wall seconds, CPU seconds of the whole
process tree (wait4), and CPU seconds per process kind from the build's own stage clock: the build
process (every stage), the linking workers (child CPU in ``link+turtle``), the store loader (child
CPU in ``store (after turtle)``, or in ``store`` below the parallel threshold, where the build
process loads it). Also whether both trees wrote the same kg.ttl (SHA-256) and the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def one_build(tree: Path, corpus: Path, out: Path, jobs: int) -> dict[str, Any]:
    """One build by ``tree``'s code in a fresh process: its wall, CPU and stage clock, and kg.ttl's digest."""
    cmd = [sys.executable, str(tree / "benchmarks" / "probes.py"), "build", str(corpus), str(out), "--jobs", str(jobs)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, cwd=tree, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        out_f.seek(0)
        err_f.seek(0)
        stdout, stderr = out_f.read(), err_f.read()
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: build failed:\n{stderr.decode()}")
    summary = json.loads(stdout)
    cpu = summary["cpu"]
    main = sum(me for me, _ in cpu.values())
    workers = cpu.get("link+turtle", (0.0, 0.0))[1]
    loader = cpu.get("store (after turtle)", (0.0, 0.0))[1] + cpu.get("store", (0.0, 0.0))[1]
    digest = hashlib.sha256((out / "kg.ttl").read_bytes()).hexdigest()
    return {
        "wall": wall,
        "main": main,
        "workers": workers,
        "loader": loader,
        "total": usage.ru_utime + usage.ru_stime,
        "digest": digest,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", type=Path, help="abstracts (JSONL, or anything kg build reads)")
    ap.add_argument("--a", type=Path, required=True, help="the baseline tree (e.g. a checkout of main)")
    ap.add_argument("--b", type=Path, default=HERE.parent, help="the tree to compare (default: this one)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-build-ab"))
    a = ap.parse_args()
    trees = {"A": a.a.resolve(), "B": a.b.resolve()}
    runs: dict[str, list[dict[str, Any]]] = {"A": [], "B": []}
    load = [os.getloadavg()[0]]
    for i in range(a.runs):
        for name in ("A", "B") if i % 2 == 0 else ("B", "A"):
            r = one_build(trees[name], a.input.resolve(), a.out / name, a.jobs)
            runs[name].append(r)
            load.append(os.getloadavg()[0])
            print(
                f"run {i + 1} {name}: {r['wall']:.1f} s wall, {r['total']:.1f} s CPU, load {load[-1]:.1f}",
                file=sys.stderr,
                flush=True,
            )
    cols = ("wall", "total", "main", "workers", "loader")
    print(f"{a.input.name}, {a.runs} builds per tree, alternating; load average {min(load):.1f}-{max(load):.1f}")
    print("| tree | wall s | CPU s, all | build process | linking workers | store loader |")
    print("|---|---:|---:|---:|---:|---:|")
    med = {k: {c: statistics.median(r[c] for r in v) for c in cols} for k, v in runs.items()}
    for k, v in runs.items():
        cells = " | ".join(f"{med[k][c]:.2f} ({min(r[c] for r in v):.2f})" for c in cols)
        print(f"| {k} `{trees[k]}` | {cells} |")
    ratios = " | ".join(f"{med['B'][c] / med['A'][c]:.3f}" if med["A"][c] else "-" for c in cols)
    same = len({r["digest"] for v in runs.values() for r in v}) == 1
    print(f"| B/A (medians) | {ratios} |")
    print(f"\nmedian (min) per column; kg.ttl {'identical' if same else 'DIFFERS'} across all builds")


if __name__ == "__main__":
    main()
