"""Speed of result extraction (kg.results) on real abstracts, one core.

CPU time (robust on a shared machine), medians of several runs: abstracts/s for linking alone, for
extraction alone (given the links), and for both.

usage: python benchmarks/results_speed.py [CORPUS.jsonl.gz] [--limit N] [--runs R]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.linker import Linker  # noqa: E402
from kg.records import Paper  # noqa: E402
from kg.results import Extractor  # noqa: E402
from kg.vocab import load  # noqa: E402

DEFAULT = Path("/work/shared/corpus/arxiv-cs-2025.jsonl.gz")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    papers = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            papers.append(Paper(d["id"], d["abstract"], d.get("title")))
            if len(papers) >= args.limit:
                break
    vocab = load()
    linker, extractor = Linker(vocab), Extractor(vocab)
    links = [linker.link(p) for p in papers]
    link_t, extract_t, found = [], [], 0
    for _ in range(args.runs):
        t = time.process_time()
        for p in papers:
            linker.link(p)
        link_t.append(time.process_time() - t)
        t = time.process_time()
        found = sum(len(extractor.extract(p, lk)) for p, lk in zip(papers, links, strict=True))
        extract_t.append(time.process_time() - t)
    n = len(papers)
    lk, ex = statistics.median(link_t), statistics.median(extract_t)
    print(
        f"abstracts: {n}; results found: {found} ({found / n:.2f} per abstract, "
        f"{sum(1 for p, lk_ in zip(papers, links, strict=True) if extractor.extract(p, lk_)) / n:.0%} of abstracts have one)"
    )
    print(f"linking alone:          {n / lk:8.0f} abstracts/s  ({lk:.2f} s)")
    print(f"result extraction:      {n / ex:8.0f} abstracts/s  ({ex:.2f} s)")
    print(f"linking + extraction:   {n / (lk + ex):8.0f} abstracts/s  (extraction adds {ex / lk:.0%} to linking)")


if __name__ == "__main__":
    main()
