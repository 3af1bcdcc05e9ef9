"""Draw the techfield15 sample: abstracts *of the field* (efficient ML, ML hardware, LLM systems) for a recall audit.

usage: python benchmarks/techfield_sample.py [CORPUS] [-o OUTDIR]
       python benchmarks/techfield_sample.py [CORPUS] --seed 20 --count 100 --name tech20 [-o OUTDIR]

Rule (documented in docs/techfield15-audit.md): a record of the corpus is *of the field* when its title + abstract,
lower-cased, contains one of ``KEYWORDS`` (or the word NPU); records annotated by earlier audits are excluded (their
``record`` ranges, the ids in ``benchmarks/data/*.jsonl`` and in the released sets of ``tests/data/eval/``).
``random.Random(15).sample`` draws 120 of the eligible records (in corpus order); FIT is the first 60 drawn, CHECK the
last 60. Writes
``techfield15-{fit,check}-abstracts.jsonl`` (id, title, abstract, record) into OUTDIR.

With ``--seed S --count N --name NAME`` (later audits: tech20 drew seed 20, 100 records) it draws N records into
``NAME-abstracts.jsonl`` (one file, in draw order) and also excludes the ids of *every* ``tests/data/eval/*-abstracts.jsonl``
(blind sets included: their ids are read, nothing else) and of every earlier sample in ``benchmarks/data/``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYWORDS = (
    "quantiz",
    "pruning",
    "distillation",
    "accelerator",
    "fpga",
    "microcontroller",
    "tinyml",
    "neuromorphic",
    "spiking",
    "gpu kernel",
    "inference serving",
    "kv cache",
    "kv-cache",
    "llm inference",
    "edge device",
    "systolic",
)
WORD_KEYWORDS = re.compile(r"\bnpus?\b")  # a word: "npu" is inside "input"
EXCLUDED_RECORDS = [(65_000, 65_299), (67_000, 68_119), (72_000, 72_049)]  # techaudit, techrecall12/14, techrecall13
RELEASED = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")


def excluded_ids(name: str = "techfield15") -> set[str]:
    ids: set[str] = set()
    files = [p for p in (ROOT / "benchmarks" / "data").glob("*.jsonl") if not p.name.startswith(name)]
    if name == "techfield15":  # the techfield15 draw as it was made (kept reproducible)
        files += [ROOT / "tests" / "data" / "eval" / f"{n}-abstracts.jsonl" for n in RELEASED]
    else:
        files += sorted((ROOT / "tests" / "data" / "eval").glob("*-abstracts.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpus/arxiv-cs-2025.jsonl.gz")
    ap.add_argument("-o", "--outdir", default=str(ROOT / "benchmarks" / "data"))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--name", default="techfield15", help="output name; other than techfield15: one file of --count")
    args = ap.parse_args()
    skip = excluded_ids(args.name)
    eligible = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if any(lo <= i <= hi for lo, hi in EXCLUDED_RECORDS):
                continue
            rec = json.loads(line)
            text = f"{rec.get('title') or ''} {rec.get('abstract') or ''}".lower()
            if rec["id"] not in skip and (any(k in text for k in KEYWORDS) or WORD_KEYWORDS.search(text)):
                eligible.append((i, rec))
    drawn = random.Random(args.seed).sample(eligible, args.count)
    print(f"{len(eligible)} eligible records; drew {args.count}")
    if args.name == "techfield15":
        parts = [("techfield15-fit", drawn[:60]), ("techfield15-check", drawn[60:])]
    else:
        parts = [(args.name, drawn)]
    for name, part in parts:
        with open(Path(args.outdir) / f"{name}-abstracts.jsonl", "w", encoding="utf-8") as out:
            for i, rec in part:
                row = {"id": rec["id"], "title": rec.get("title"), "abstract": rec.get("abstract"), "record": i}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
