"""Census of own names (own22): technique and benchmark links whose text is the name the paper itself introduces.

usage: python benchmarks/own22_census.py [--shard I --shards N] [-o OUT.jsonl] [CORPUS]

Links every unseen corpus record (every eval set's ids excluded, ``hw20_draw.eval_ids``: ids only) that has a title
head ("XAttention: ...") or an introducing verb ("we propose/present/introduce") with the code of the tree it is run
from, and writes each Technique or Benchmark link whose text is the title's head name (or a variant of it, "X-B"),
or follows an introducing phrase ("we introduce X", "this paper presents the X") or is followed by an apposition that
calls it the paper's ("X, a novel ..."). Each row: id, kind, label, text, why, title and sentence, to read by hand.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path.cwd()))
from hw20_draw import eval_ids  # noqa: E402
from technique_audit import sentence  # noqa: E402

CORPUS = "/work/shared/corpus/arxiv-cs-2025.jsonl.gz"
VERB = re.compile(r"propose|introduce|present")
INTRO = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study|article|report)|[Oo]ur (?:paper|work))\s+"
    r"(?:(?:also|further|first|then|here|now)\s+)?(?:propose|introduce|present|develop|design)s?\s+"
    r"(?:(?:the|our)\s+)?(?:(?:new|novel)\s+)?$"
)
APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:novel|new)\b")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=CORPUS)
    ap.add_argument("--shard", type=int, default=0)
    ap.add_argument("--shards", type=int, default=1)
    ap.add_argument("-o", "--output", default="/dev/stdout")
    args = ap.parse_args()
    from kg.build import compile_pipeline
    from kg.linker import fold, title_head
    from kg.records import Paper

    excl = eval_ids()
    pipeline = compile_pipeline(None)
    vocab = pipeline.vocab
    n = 0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh, open(args.output, "w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i % args.shards != args.shard:
                continue
            rec = json.loads(line)
            if rec["id"].replace("arXiv:", "") in excl or not (rec.get("abstract") or "").strip():
                continue
            title = rec.get("title") or ""
            head = title_head(title)
            if head is None and not VERB.search(rec["abstract"]):
                continue
            n += 1
            paper = Paper(id=rec["id"], abstract=rec["abstract"], title=title)
            texts = {"title": title, "abstract": rec["abstract"]}
            for lk in pipeline.linker.link(paper):
                c = vocab.concept(lk.concept)
                if c.kind not in ("Technique", "Benchmark"):
                    continue
                text = texts[lk.field]
                name = fold(lk.text)
                why = []
                if head is not None and (name in (fold(head), fold(head) + "s") or name.startswith(fold(head) + "-")):
                    why.append("head")
                if INTRO.search(text, max(0, lk.start - 80), lk.start) and not lk.text.islower():
                    why.append("intro")
                if APPOSITION.match(text, lk.end):
                    why.append("apposition")
                if why:
                    row = {
                        "record": i,
                        "id": rec["id"],
                        "kind": c.kind,
                        "label": c.pref_label,
                        "text": lk.text,
                        "concept": lk.concept,
                        "method": lk.method,
                        "why": why,
                        "title": title,
                        "sentence": sentence(text, lk.start, lk.end),
                    }
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{n} records linked", file=sys.stderr)


if __name__ == "__main__":
    main()
