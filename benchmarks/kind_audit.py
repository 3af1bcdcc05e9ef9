"""Links of one kind in a seeded sample of corpus abstracts, in their sentences, to read by hand.

usage:
  python benchmarks/kind_audit.py sample CORPUS --kind HardwarePlatform --n 400 --seed 141 \
      [--exclude 65000-65300 --exclude 67000-68120] [--ids IDS.txt] -o OUT.jsonl
  python benchmarks/kind_audit.py relink IDS.txt CORPUS --kind HardwarePlatform -o OUT.jsonl

``sample`` shuffles the corpus's record numbers (``random.Random(seed)``, excluded ranges left out), links them
in that order with the code of the tree it is run from, and keeps the first ``n`` abstracts with at least one link
of ``kind``; it writes one JSON line per link of that kind (as ``technique_audit.py dump`` does) and, with ``--ids``,
the sampled record numbers. ``relink`` links the same records again (another tree's code) so that the two dumps
can be compared with ``technique_audit.py diff``. ``--all-kinds`` writes every link of the sampled abstracts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from technique_audit import sentence  # noqa: E402


def _corpus(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _rows(pipeline: Any, n: int, rec: dict[str, str], kinds: set[str] | None) -> list[dict[str, Any]]:
    from kg.records import Paper

    paper = Paper(id=rec["id"], abstract=rec["abstract"], title=rec.get("title"))
    texts = {"title": paper.title or "", "abstract": paper.abstract}
    rows = []
    for lk in pipeline.linker.link(paper):
        c = pipeline.vocab.concept(lk.concept)
        if kinds is not None and c.kind not in kinds:
            continue
        rows.append(
            {
                "record": n,
                "id": paper.id,
                **lk.as_dict(),
                "kind": c.kind,
                "label": c.pref_label,
                "sentence": sentence(texts[lk.field], lk.start, lk.end),
            }
        )
    return rows


def _pipeline() -> Any:
    sys.path.insert(0, str(Path.cwd()))
    from kg.build import compile_pipeline

    return compile_pipeline(None)


def sample(args: argparse.Namespace) -> None:
    pipeline = _pipeline()
    corpus = _corpus(Path(args.corpus))
    skip = [tuple(int(x) for x in r.split("-")) for r in args.exclude]
    order = [i for i in range(len(corpus)) if not any(a <= i < b for a, b in skip)]
    random.Random(args.seed).shuffle(order)
    picked: list[int] = []
    with open(args.output, "w", encoding="utf-8") as out:
        for i in order:
            rows = _rows(pipeline, i, corpus[i], {args.kind})
            if not rows:
                continue
            picked.append(i)
            if args.all_kinds:
                rows = _rows(pipeline, i, corpus[i], None)
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
            if len(picked) == args.n:
                break
    if args.ids:
        Path(args.ids).write_text("".join(f"{i}\n" for i in picked), encoding="utf-8")


def relink(args: argparse.Namespace) -> None:
    pipeline = _pipeline()
    corpus = _corpus(Path(args.corpus))
    ids = [int(x) for x in Path(args.ids).read_text(encoding="utf-8").split()]
    kinds = None if args.all_kinds else {args.kind}
    with open(args.output, "w", encoding="utf-8") as out:
        for i in ids:
            for r in _rows(pipeline, i, corpus[i], kinds):
                out.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus")
    s.add_argument("--n", type=int, default=400)
    s.add_argument("--seed", type=int, default=141)
    s.add_argument("--exclude", action="append", default=[], help="a range of record numbers A-B (B excluded)")
    s.add_argument("--ids")
    s.set_defaults(func=sample)
    r = sub.add_parser("relink")
    r.add_argument("ids")
    r.add_argument("corpus")
    r.set_defaults(func=relink)
    for p in (s, r):
        p.add_argument("--kind", default="HardwarePlatform")
        p.add_argument("--all-kinds", action="store_true")
        p.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
