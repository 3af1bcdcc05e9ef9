"""Draw hardware-heavy corpus abstracts that no earlier audit read (hwfield15).

usage:
  python benchmarks/hw_sample.py CORPUS --seed 153 --n 120 -o PREFIX

A record is *hardware-heavy* when its title or abstract names hardware by one of the words in ``HARDWARE``
(FPGA, ASIC, accelerator, microcontroller, MCU, RISC-V, Jetson, Raspberry Pi, NPU, TPU, neuromorphic, Loihi,
SpiNNaker, GPU model names, SoC, in-memory computing, systolic). The pattern is a plain regular expression over
the raw text, independent of the linker, so the draw does not favour what the linker already finds.

Left out, as read by earlier audits: records 60,000-68,119 (blind-errors, techrecall14's exclusions) and
72,000-72,049 (techrecall13); the ids of every gold file in ``benchmarks/data/`` and of the released sets in
``tests/data/eval/`` (the blind sets are not opened); and the first 13,000 records of hwbench14's shuffled order
(``random.Random(141)`` over all records but 65,000-65,299 and 67,000-68,119: its 400 sampled abstracts lie within
the first 11,732 of them). The eligible records, in corpus order, are shuffled with ``random.Random(seed)`` and
the first ``n`` kept: FIT = the first half, CHECK = the second. Writes ``PREFIX-fit-abstracts.jsonl`` and
``PREFIX-check-abstracts.jsonl`` (id, title, abstract, record).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

HARDWARE = re.compile(
    r"\b(?:FPGAs?|ASICs?|accelerators?|microcontrollers?|MCUs?|RISC-V|Jetson|Raspberry\s+Pi|NPUs?|TPUs?"
    r"|neuromorphic|Loihi|SpiNNaker|SoCs?|systolic|in-memory\s+comput\w*|compute-in-memory|processing-in-memory"
    r"|[AH]\d{2,3}|V100|P100|B[12]00|L40S?|T4|GH200|GB200|RTX\s*\d{3,4}|GTX\s*\d{3,4}|MI\d{3}X?|Titan\s+[XV]|Xavier|Orin)\b",
)
_ROOT = Path(__file__).resolve().parent.parent
_RELEASED = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")


def _seen_ids() -> set[str]:
    files = sorted((_ROOT / "benchmarks" / "data").glob("*.jsonl"))
    files += [_ROOT / "tests" / "data" / "eval" / f"{s}-abstracts.jsonl" for s in _RELEASED]
    seen: set[str] = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line)["id"])
    return seen


def _hwbench14_head(n_records: int, head: int = 13000) -> set[int]:
    skip = ((65000, 65300), (67000, 68120))
    order = [i for i in range(n_records) if not any(a <= i < b for a, b in skip)]
    random.Random(141).shuffle(order)
    return set(order[:head])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=153)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("-o", "--prefix", required=True)
    args = ap.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        corpus = [json.loads(line) for line in f]
    seen = _seen_ids()
    head = _hwbench14_head(len(corpus))
    ranges = ((60000, 68120), (72000, 72050))
    eligible = [
        i
        for i, rec in enumerate(corpus)
        if not any(a <= i < b for a, b in ranges)
        and i not in head
        and rec["id"] not in seen
        and HARDWARE.search(f"{rec.get('title') or ''}\n{rec['abstract']}")
    ]
    random.Random(args.seed).shuffle(eligible)
    picked = eligible[: args.n]
    half = len(picked) // 2
    for name, part in (("fit", picked[:half]), ("check", picked[half:])):
        with open(f"{args.prefix}-{name}-abstracts.jsonl", "w", encoding="utf-8") as out:
            for i in part:
                rec = corpus[i]
                row = {"id": rec["id"], "title": rec.get("title"), "abstract": rec["abstract"], "record": i}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"eligible {len(eligible)}, picked {len(picked)}")


if __name__ == "__main__":
    main()
