"""Measure ``kg add``: N new abstracts into a build of the rest of the corpus, without a rebuild.

    python benchmarks/bench_add.py [CORPUS] [--add 1000] [--runs 5] [--work DIR] [--check] [--reuse] [--plain-copy]

Splits the corpus (every k-th record goes to the add set, so new papers land all over the IRI
order, the harder case for splicing kg.ttl), builds the rest once, then times ``python -m kg add``
(a fresh process, as a user runs it) on a fresh copy of that build, ``--runs`` times; prints the
median and the phases. ``--plain-copy`` copies the build as ``cp -r`` does (new modification times), so
kg.ttl is checked against the digests of its index. ``--check`` also builds the whole corpus and compares kg.ttl byte for byte.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/arxiv-cs-2025.jsonl.gz")


def split(corpus: Path, n_add: int, work: Path) -> tuple[Path, Path, int]:
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    step = max(1, len(lines) // n_add)
    picked = set(range(0, step * n_add, step))
    base, new = work / "base.jsonl.gz", work / "new.jsonl"
    with gzip.open(base, "wt", encoding="utf-8") as f:
        f.writelines(line for i, line in enumerate(lines) if i not in picked)
    new.write_text("".join(lines[i] for i in sorted(picked)), encoding="utf-8")
    return base, new, len(lines)


def kg(*args: str) -> tuple[float, str]:
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return time.perf_counter() - t, done.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    ap.add_argument("--add", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-bench-add"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="keep the base build of an earlier run (same corpus and --add)")
    ap.add_argument("--plain-copy", action="store_true", help="copy the build without its modification times, as cp -r")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    base, new, total = split(a.corpus, a.add, a.work)
    built = a.work / "base-build"
    if a.reuse and (built / "kg.ttl").is_file():
        print(f"corpus: {total} records; base build of {total - a.add}: reused")
    else:
        shutil.rmtree(built, ignore_errors=True)
        secs, _ = kg("build", str(base), "-o", str(built), "--no-html", "--no-progress")
        print(f"corpus: {total} records; base build of {total - a.add}: {secs:.1f} s")
    # copy2 keeps mtimes (as cp -a): kg.ttl matches its index at once; copy does not (as cp -r)
    copy = shutil.copy if a.plain_copy else shutil.copy2
    times = []
    out = ""
    for _ in range(a.runs):
        run = a.work / "run"
        shutil.rmtree(run, ignore_errors=True)
        shutil.copytree(built, run, copy_function=copy)
        secs, out = kg("add", str(new), "-o", str(run))
        times.append(secs)
    print(out, end="")
    print(
        f"kg add of {a.add} abstracts: median {statistics.median(times):.2f} s over {a.runs} runs "
        f"({', '.join(f'{t:.2f}' for t in times)})"
    )
    # the phases, from one more run in this process
    sys.path.insert(0, str(ROOT))
    from kg.incremental import add

    run = a.work / "run"
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(built, run, copy_function=copy)
    s = add([new], run)
    phases = ", ".join(f"{k} {v:.2f}" for k, v in s.timings.items())
    print(f"in-process: {s.seconds:.2f} s ({phases}); kg.ttl {(run / 'kg.ttl').stat().st_size / 1e6:.0f} MB")
    if a.check:
        full = a.work / "full-build"
        shutil.rmtree(full, ignore_errors=True)
        kg("build", str(base), str(new), "-o", str(full), "--no-html", "--no-progress")
        same = (full / "kg.ttl").read_bytes() == (a.work / "run" / "kg.ttl").read_bytes()
        print(f"kg.ttl after add == kg.ttl of a full build: {same}")


if __name__ == "__main__":
    main()
