"""Time ``kg export --format turtle`` of a build: kg.ttl re-ordered (this version's builds) against the store serialized.

    python benchmarks/export_turtle.py BUILD_DIR [--runs 5] [--work DIR]

BUILD_DIR is a build made by this version (kg.ttl.idx records its writer version). A copy of it whose index names no
writer version (as every build before the version was recorded) makes the export serialize the store instead. Both are
exported by fresh processes (``python -m kg export``, as a user runs it), alternating, ``--runs`` times each; prints
the medians of wall and CPU time (the process's user + system) and the outputs' sha256 (they must be equal).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def unversioned(build: Path, copy: Path) -> None:
    """A copy of ``build`` whose index records no writer version (byte for byte otherwise, the store hard-linked)."""
    shutil.copytree(build, copy, copy_function=shutil.copy2)
    index = copy / "kg.ttl.idx"
    magic, meta, rows = index.read_text(encoding="utf-8").split("\n", 2)
    fields = json.loads(meta)
    fields.pop("writer", None)
    index.write_text(f"{magic}\n{json.dumps(fields, sort_keys=True)}\n{rows}", encoding="utf-8")


def export(build: Path, out: Path) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, sha256 of the output) of one fresh ``kg export`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg", "export", "-g", str(build), "--format", "turtle", "-o", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, hashlib.sha256(out.read_bytes()).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", type=Path, default=None, help="where to put the unversioned copy (default: a temporary dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        old = Path(tmp) / "unversioned"
        unversioned(args.build, old)
        times: dict[str, list[float]] = {"reused": [], "serialized": []}
        cpus: dict[str, list[float]] = {"reused": [], "serialized": []}
        digests: dict[str, set[str]] = {"reused": set(), "serialized": set()}
        for _ in range(args.runs):
            for name, build in (("reused", args.build), ("serialized", old)):
                wall, cpu, digest = export(build, Path(tmp) / f"{name}.ttl")
                times[name].append(wall)
                cpus[name].append(cpu)
                digests[name].add(digest)
        for name in times:
            runs = ", ".join(f"{t:.2f}" for t in times[name])
            wall, cpu = statistics.median(times[name]), statistics.median(cpus[name])
            print(f"{name:>10}: median {wall:.2f} s wall ({runs}), {cpu:.2f} s CPU; sha256 {sorted(digests[name])}")
        same = digests["reused"] == digests["serialized"] and len(digests["reused"]) == 1
        print("outputs byte-identical" if same else "OUTPUTS DIFFER")


if __name__ == "__main__":
    main()
