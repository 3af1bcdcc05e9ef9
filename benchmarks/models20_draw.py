"""Draw the models20 sample: 80 unseen 2025 corpus abstracts, most of them naming a model or a data set.

usage: python benchmarks/models20_draw.py [OUT]   (default benchmarks/data/models20-abstracts.jsonl; run from the
repository root)

Pool: every corpus record with an abstract whose id no earlier audit names (``benchmarks/data/*.jsonl``, ``docs/``)
and no eval set holds: the ids of every ``tests/data/eval/*-abstracts.jsonl`` and ``tests/data/offdomain/*.jsonl``
are read from each line's ``id`` key only, blind sets included (nothing else of those files is read or shown).
One ``random.Random(201)`` draws 50 records of the pool whose title or abstract a cheap cue says names a model or a
benchmark (``modelsfield16_draw.MODEL_CUE``, or ``BENCH_CUE``: "dataset", "benchmark", "corpus", a capitalised name
with "Bench"/"QA"/"Eval" or "-\\d+K", ...; plain regular expressions independent of the linker), then 30 of the
rest of the pool at random. Each line keeps its corpus ``record`` and ``group`` ("cued" or "random").
"""

import glob
import gzip
import json
import random
import re
import sys

from benchfield15_draw import CORPUS
from modelsfield16_draw import MODEL_CUE

BENCH_CUE = re.compile(
    r"\b(?:datasets?|benchmarks?|corpus|corpora|[A-Z][A-Za-z0-9]*(?:Bench|QA|Eval)\w*|[A-Z][A-Za-z]+-\d+[Kk]?"
    r"|ImageNet\w*|COCO|CIFAR\w*|GLUE|SQuAD|MMLU|GSM8K|HumanEval|KITTI|nuScenes|LibriSpeech)\b"
)


def audit_ids() -> set[str]:
    """The ids earlier audits name (arXiv numbers and sha1 ids) in ``benchmarks/data/*.jsonl`` and ``docs/``; this
    sample's own file is not read, nor anything under ``tests/data/eval/`` (see :func:`eval_ids`)."""
    files = glob.glob("benchmarks/data/*.jsonl") + glob.glob("docs/*audit*") + glob.glob("docs/benchrecall8/*")
    files += glob.glob("docs/history/*")
    out: set[str] = set()
    for f in files:
        if "models20" in f:
            continue
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        out |= set(re.findall(r"(?:arXiv:)?(\d{4}\.\d{4,5})", text))
        out |= set(re.findall(r"sha1:[0-9a-f]{12}", text))
    return out


def eval_ids() -> set[str]:
    """The ``id`` of every line of the eval sets' abstract files and the off-domain fixtures (blind sets included:
    only that key is read, programmatically)."""
    out: set[str] = set()
    files = glob.glob("tests/data/eval/*-abstracts.jsonl") + glob.glob("tests/data/offdomain/*.jsonl")
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    out.add(json.loads(line)["id"].replace("arXiv:", ""))
    return out


def _cued(text: str) -> bool:
    return bool(MODEL_CUE.search(text) or BENCH_CUE.search(text))


def main(out: str = "benchmarks/data/models20-abstracts.jsonl") -> None:
    audits = audit_ids()
    evals = eval_ids()
    excl = audits | evals
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    pool = [(i, r) for i, r in enumerate(recs) if r["id"].replace("arXiv:", "") not in excl and (r.get("abstract") or "").strip()]
    cue = [(i, r) for i, r in pool if _cued((r.get("title") or "") + " " + r["abstract"])]
    rng = random.Random(201)
    cued = rng.sample(cue, 50)
    taken = {i for i, _ in cued}
    rnd = rng.sample([x for x in pool if x[0] not in taken], 30)
    print(f"{len(audits)} audit ids, {len(evals)} eval ids excluded; pool {len(pool)}, cued {len(cue)}")
    with open(out, "w", encoding="utf-8") as fh:
        for i, r in cued + rnd:
            row = {"id": r["id"], "title": r.get("title"), "abstract": r["abstract"], "record": i}
            row["group"] = "cued" if i in taken else "random"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
