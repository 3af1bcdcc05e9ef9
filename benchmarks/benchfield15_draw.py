"""Draw the benchfield15 recall sample: 80 random and 80 field abstracts of the 2025 corpus, unseen by earlier audits.

usage: python benchmarks/benchfield15_draw.py [OUT_DIR]   (default benchmarks/data; run from the repository root)

Pool: every record with an abstract whose id no earlier audit or eval set names (the eval sets, blind ones included, by their
records' ids only).
80 at random (``random.Random(151)``); 80 of the field (``random.Random(152)`` over the pool records whose title or
abstract names accelerators, FPGA, MCU/TinyML, GPU, neuromorphic, quantization/pruning/distillation, NAS or LLM
inference/serving). FIT is the first 40 of each group, CHECK the last 40 (docs/benchfield15-audit.md).
"""

import glob
import gzip
import json
import random
import re
import sys

CORPUS = "/work/shared/corpus/arxiv-cs-2025.jsonl.gz"
FIELD = re.compile(
    r"\b(accelerators?|FPGAs?|MCUs?|microcontrollers?|TinyML|GPUs?|neuromorphic|quantiz\w*|quantis\w*|prun\w*|distill\w*|"
    r"neural architecture search|NAS|LLM (?:inference|serving)|inference serving|serving systems?)\b",
    re.I,
)


def used_ids(own: str = "benchfield15") -> set[str]:
    """The ids earlier audits name (arXiv numbers and sha1 ids) and the ids of every eval set's records (blind sets
    by their ``id`` fields only); files whose name holds ``own`` are the sample's own and are not read."""
    files = glob.glob("benchmarks/data/*.jsonl") + glob.glob("docs/*audit*") + glob.glob("docs/benchrecall8/*")
    files += glob.glob("docs/history/*")
    out: set[str] = set()
    for f in files:
        if own in f:
            continue  # this sample's own files
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        out |= set(re.findall(r"(?:arXiv:)?(\d{4}\.\d{4,5})", text))
        out |= set(re.findall(r"sha1:[0-9a-f]{12}", text))
    # the eval sets, blind ones included, by their records' ids only (no other text of a blind set is read)
    for f in sorted(glob.glob("tests/data/eval/*-abstracts.jsonl")):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rid = str(json.loads(line)["id"])
                    out |= set(re.findall(r"(?:arXiv:)?(\d{4}\.\d{4,5})", rid)) | set(re.findall(r"sha1:[0-9a-f]{12}", rid))
    return out


def unseen_pool(own: str = "benchfield15") -> tuple[set[str], list[tuple[int, dict]]]:
    """The ids excluded (:func:`used_ids`) and the corpus records, with their record numbers, that have an abstract
    and whose id is not among them."""
    excl = used_ids(own)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    pool = [
        (i, r)
        for i, r in enumerate(recs)
        if r["id"].replace("arXiv:", "") not in excl and r["id"] not in excl and (r.get("abstract") or "").strip()
    ]
    return excl, pool


def main(out_dir: str = "benchmarks/data") -> None:
    excl, pool = unseen_pool()
    field = [(i, r) for i, r in pool if FIELD.search((r.get("title") or "") + " " + r["abstract"])]
    rnd = random.Random(151).sample(pool, 80)
    taken = {i for i, _ in rnd}
    fld = [x for x in random.Random(152).sample(field, 120) if x[0] not in taken][:80]
    print(f"{len(excl)} ids excluded, pool {len(pool)}, field {len(field)}")
    for half, rows in {"fit": rnd[:40] + fld[:40], "check": rnd[40:] + fld[40:]}.items():
        with open(f"{out_dir}/benchfield15-{half}-abstracts.jsonl", "w", encoding="utf-8") as fh:
            for i, r in rows:
                row = {"id": r["id"], "title": r.get("title"), "abstract": r["abstract"], "record": i}
                row["group"] = "random" if i in taken else "field"
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
