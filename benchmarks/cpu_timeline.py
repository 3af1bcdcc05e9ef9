"""Which process of a build is busy when: a ``kg build`` with its process tree's CPU sampled over time.

    python benchmarks/cpu_timeline.py INPUT [--out DIR] [--interval 0.5] [--bin 4] [--json FILE]

Runs ``python -m kg build INPUT -o DIR --no-html`` (this tree's code) and reads the CPU time
(utime + stime from /proc/PID/stat) of the build process and of every process below it each
``--interval`` seconds. Prints one row per ``--bin`` seconds: the cores in use in all, and per
process (the build, the linking workers, the store loader, told apart by their pids and the order
they start). It shows where the wall time of a build is serial: the start (vocabulary, reading)
and the store's tail after the last Turtle block, where one core works and the other waits.
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
HZ = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2 :].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / HZ


def tree_cpu(root: int) -> dict[int, float]:
    """CPU seconds of ``root`` and of every process below it, by pid."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit() and (st := _stat(int(entry.name))) is not None:
            parents[int(entry.name)], cpu[int(entry.name)] = st
    keep = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in keep and pid not in keep:
                keep.add(pid)
                grew = True
    return {pid: cpu[pid] for pid in keep if pid in cpu}


def sample(cmd: list[str], interval: float) -> tuple[list[tuple[float, dict[int, float]]], float, int]:
    """Run ``cmd``, sampling its tree's CPU: (samples of (seconds since start, CPU by pid)), wall, exit code."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=HERE.parent, stdout=subprocess.DEVNULL)
    samples: list[tuple[float, dict[int, float]]] = []
    while proc.poll() is None:
        samples.append((time.perf_counter() - t0, tree_cpu(proc.pid)))
        time.sleep(interval)
    return samples, time.perf_counter() - t0, proc.returncode


def bins(samples: list[tuple[float, dict[int, float]]], width: float) -> list[tuple[float, dict[int, float]]]:
    """Cores in use per process in bins of ``width`` seconds (CPU gained within the bin / width)."""
    out: dict[int, dict[int, float]] = {}
    last: dict[int, float] = {}
    for t, cpu in samples:
        row = out.setdefault(int(t // width), {})
        for pid, seconds in cpu.items():
            row[pid] = row.get(pid, 0.0) + seconds - last.get(pid, seconds)
            last[pid] = seconds
    return [(b * width, {pid: s / width for pid, s in row.items()}) for b, row in sorted(out.items())]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", type=Path, help="abstracts to build (e.g. the 75k corpus)")
    ap.add_argument("--out", type=Path, help="build directory (default: a temporary one)")
    ap.add_argument("--interval", type=float, default=0.5, help="seconds between samples")
    ap.add_argument("--bin", type=float, default=4.0, help="seconds per printed row")
    ap.add_argument("--json", type=Path, help="also write the raw samples here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = a.out or Path(tmp) / "out"
        cmd = [sys.executable, "-m", "kg", "build", str(a.input), "-o", str(out), "--no-html"]
        samples, wall, code = sample(cmd, a.interval)
    if code != 0:
        sys.exit(f"cpu_timeline: kg build exited with {code}")
    if a.json:
        a.json.write_text(json.dumps([[t, {str(p): s for p, s in c.items()}] for t, c in samples]), encoding="utf-8")
    pids = sorted({pid for _, cpu in samples for pid in cpu})
    names = {pid: ("build" if i == 0 else f"child{i}") for i, pid in enumerate(pids)}
    totals = {pid: max(cpu.get(pid, 0.0) for _, cpu in samples) for pid in pids}
    print(f"kg build: {wall:.1f} s wall; CPU by process: " + ", ".join(f"{names[p]} {totals[p]:.1f} s" for p in pids))
    print("(children in the order they started: with parallel linking the store loader, then the linking workers)")
    print(f"\n| from (s) | cores in use | {' | '.join(names[p] for p in pids)} |")
    print(f"|---:|---:|{'---:|' * len(pids)}")
    for start, row in bins(samples, a.bin):
        cells = " | ".join(f"{row.get(p, 0.0):.2f}" for p in pids)
        print(f"| {start:.0f} | {sum(row.values()):.2f} | {cells} |")


if __name__ == "__main__":
    main()
