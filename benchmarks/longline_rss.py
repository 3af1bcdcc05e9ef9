"""Peak memory of reading a JSON Lines file whose one line is huge (the record is refused either way).

    python benchmarks/longline_rss.py [--tree OTHER_TREE ...] [--mb 200]

For each tree (default: this one), a fresh interpreter started in that tree reads, with ``--skip-bad``'s
``read_all``, a plain and a gzip file holding a good record, one ``--mb`` MB line and another good record; it
prints the child's peak RSS (``ru_maxrss``), its wall time and what was rejected. A file of two good records alone
gives the interpreter's own peak, for reference.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import json, sys
from pathlib import Path
from kg.sources import read_all
r = read_all([Path(sys.argv[1])], skip_bad=True)
print(json.dumps({"papers": len(r.papers), "rejected": [f"{e.line}: {e.reason[:60]}" for e in r.rejected]}))
"""


def write(path: Path, mb: int) -> None:
    with gzip.open(path, "wb", compresslevel=1) if path.suffix == ".gz" else path.open("wb") as f:
        f.write(b'{"id": "a", "abstract": "First."}\n')
        if mb:
            f.write(b'{"id": "big", "abstract": "')
            for _ in range(mb):
                f.write(b"x" * 1_000_000)
            f.write(b'"}\n')
        f.write(b'{"id": "c", "abstract": "Third."}\n')


def run(tree: Path, path: Path) -> tuple[float, float, dict[str, object]]:
    """(peak RSS in MB, wall seconds, what was read) of one child; call once per process (ru_maxrss of
    RUSAGE_CHILDREN is the largest child's so far)."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=tree, capture_output=True, text=True, check=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return peak / 1024, time.perf_counter() - t, json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, action="append", help="a papers-kg tree to run (repeatable; default: this one)")
    ap.add_argument("--mb", type=int, default=200, help="size of the long line in MB (default 200)")
    args = ap.parse_args()
    trees = args.tree or [Path(__file__).resolve().parent.parent]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, mb in (("small.jsonl", 0), ("long.jsonl", args.mb), ("long.jsonl.gz", args.mb)):
            write(Path(tmp) / name, mb)
            files.append(Path(tmp) / name)
        for tree in trees:
            for path in files:
                cmd = [sys.executable, __file__, "--one", str(tree), str(path)]
                print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout, end="")


def one(tree: str, path: str) -> None:
    peak, wall, got = run(Path(tree), Path(path))
    print(
        f"{tree}\t{Path(path).name}\t{Path(path).stat().st_size / 1e6:.1f} MB on disk\t"
        f"peak RSS {peak:,.0f} MB\t{wall:.2f} s\t{got}"
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        one(sys.argv[2], sys.argv[3])
    else:
        main()
