"""Draw the hw20 sample: unseen corpus abstracts that the linker links to at least one hardware platform.

usage:
  python benchmarks/technique_audit.py dump /work/shared/corpus/arxiv-cs-2025.jsonl.gz --kind HardwarePlatform -o DUMP
  python benchmarks/hw20_draw.py DUMP [--seed 2019] [--field 80] [--other 40] -o OUT.jsonl

Pool: the papers of DUMP (every hardware link of the corpus, made with main's code) whose id is not excluded.
Excluded: every id that ``tests/data/eval/*-abstracts.jsonl`` holds (the ``id`` field only, read by this script and
never printed, so the blind sets' abstracts cannot enter the sample), and the ids earlier audits name
(``benchfield15_draw.used_ids``: ``benchmarks/data/*.jsonl``, ``docs/*audit*``, ``docs/history/*``, the released
golds). A paper is *field* when its title or abstract matches ``benchfield15_draw.FIELD`` (accelerators, FPGA, MCU,
GPU, neuromorphic, compression, NAS, LLM serving), else *other*. One ``random.Random(seed)`` samples ``--field`` field
papers, then ``--other`` other papers, each from the sorted pool. Writes one line per paper (record, id, group, title,
abstract) and prints the pool sizes. With ``--hardware N -o2 OUT2``, a second sample of N hardware-heavy papers: those of
the pool not drawn above whose title or abstract matches ``hw_sample.HARDWARE`` (FPGA, ASIC, accelerator, MCU, Jetson,
NPU, GPU model names, ...), sampled with ``random.Random(seed + 1)`` in record order.

The hw20 audit (docs/hw20-audit.md): ``--seed 2019 --field 80 --other 40 -o benchmarks/data/hw20-sample.jsonl
--hardware 30 -o2 benchmarks/data/hw20-sample2.jsonl``.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchfield15_draw import CORPUS, FIELD, used_ids  # noqa: E402
from hw_sample import HARDWARE  # noqa: E402


def eval_ids() -> set[str]:
    """The ids of every eval set's abstracts file, blind ones included (ids only)."""
    out: set[str] = set()
    for f in glob.glob("tests/data/eval/*-abstracts.jsonl"):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    out.add(str(json.loads(line)["id"]).replace("arXiv:", ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump")
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--field", type=int, default=80)
    ap.add_argument("--other", type=int, default=40)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--hardware", type=int, default=0)
    ap.add_argument("-o2", "--output2")
    args = ap.parse_args()
    excl = eval_ids() | used_ids("hw20")
    linked: set[int] = set()
    with open(args.dump, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                linked.add(int(json.loads(line)["record"]))
    field: list[tuple[int, dict[str, str]]] = []
    other: list[tuple[int, dict[str, str]]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i not in linked:
                continue
            rec = json.loads(line)
            if str(rec["id"]).replace("arXiv:", "") in excl or rec["id"] in excl:
                continue
            text = (rec.get("title") or "") + " " + (rec.get("abstract") or "")
            (field if FIELD.search(text) else other).append((i, rec))
    rng = random.Random(args.seed)
    draw = [(i, r, "field") for i, r in rng.sample(field, args.field)]
    draw += [(i, r, "other") for i, r in rng.sample(other, args.other)]
    print(f"{len(linked)} papers with a hardware link; pool after exclusion: field {len(field)}, other {len(other)}")
    with open(args.output, "w", encoding="utf-8") as out:
        for i, r, g in draw:
            row = {"record": i, "id": r["id"], "group": g, "title": r.get("title", ""), "abstract": r["abstract"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.hardware and args.output2:
        taken = {i for i, _, _ in draw}
        heavy = sorted(
            (
                x
                for x in field + other
                if x[0] not in taken and HARDWARE.search((x[1].get("title") or "") + " " + x[1]["abstract"])
            ),
            key=lambda x: x[0],
        )
        print(f"hardware-heavy pool {len(heavy)}")
        with open(args.output2, "w", encoding="utf-8") as out:
            for i, r in random.Random(args.seed + 1).sample(heavy, args.hardware):
                row = {
                    "record": i,
                    "id": r["id"],
                    "group": "hardware-heavy",
                    "title": r.get("title", ""),
                    "abstract": r["abstract"],
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
