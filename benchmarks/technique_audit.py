"""List every technique link of a corpus slice in its sentence, to read by hand; compare two such lists.

usage:
  python benchmarks/technique_audit.py dump INPUT [--start N] [--stop M] [--kind KIND ...] [-o OUT.jsonl]
  python benchmarks/technique_audit.py show OUT.jsonl
  python benchmarks/technique_audit.py diff A.jsonl B.jsonl [--sample K] [--seed S]

``dump`` links records N..M-1 (0-based) of INPUT (JSONL, gzip or not) with the code of the tree it is run
from and writes one JSON line per technique link (``--kind Model --kind Technique``: the links of those kinds, each
with its ``kind``): paper id, field, offsets, matched text, concept, its
preferred label, match method, and the sentence around the match with the match set off by ``[[ ]]``.
``show`` prints a dump as numbered lines to read (one per link, grouped by paper). ``diff`` prints the links
one dump has and the other lacks (keyed by paper, field, offsets and concept), optionally a seeded sample of
them, with their sentences: the corpus check of a linker change (run ``dump`` in each tree on the same slice).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[])")


def _records(path: Path, start: int, stop: int | None) -> Iterator[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if stop is not None and i >= stop:
                break
            if i >= start:
                yield json.loads(line)


def sentence(text: str, start: int, end: int) -> str:
    """The sentence of text holding [start, end), with the span set off by [[ ]]."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end)
    hi = m.start() if m else len(text)
    return f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}".replace("\n", " ")


def dump(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(Path.cwd()))
    from kg.build import compile_pipeline

    pipeline = compile_pipeline(None)
    with open(args.output or "/dev/stdout", "w", encoding="utf-8") as out:
        _dump(pipeline, Path(args.input), args.start, args.stop, out, frozenset(getattr(args, "kind", None) or ["Technique"]))


def _dump(
    pipeline: Any, path: Path, start: int, stop: int | None, out: TextIO, kinds: frozenset[str] = frozenset({"Technique"})
) -> None:
    from kg.records import Paper

    vocab = pipeline.vocab
    for n, rec in enumerate(_records(path, start, stop), start):
        paper = Paper(id=rec["id"], abstract=rec["abstract"], title=rec.get("title"))
        texts = {"title": paper.title or "", "abstract": paper.abstract}
        for lk in pipeline.linker.link(paper):
            c = vocab.concept(lk.concept)
            if c.kind not in kinds:
                continue
            row = {
                "record": n,
                "id": paper.id,
                **lk.as_dict(),
                "label": c.pref_label,
                **({"kind": c.kind} if kinds != {"Technique"} else {}),
                "sentence": sentence(texts[lk.field], lk.start, lk.end),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _load(path: str) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _line(i: int, r: dict[str, object]) -> str:
    where = f"{r['id']} {r['field']}[{r['start']}:{r['end']}]"
    return f"{i:4d} {where} {r['text']!r} -> {r['label']} ({r['method']})\n     {r['sentence']}"


def show(args: argparse.Namespace) -> None:
    for i, r in enumerate(_load(args.dump)):
        print(_line(i, r))


def diff(args: argparse.Namespace) -> None:
    def key(r: dict[str, object]) -> tuple[object, ...]:
        return (r["id"], r["field"], r["start"], r["end"], r["concept"])

    a, b = _load(args.a), _load(args.b)
    ka, kb = {key(r): r for r in a}, {key(r): r for r in b}
    for name, rows in (
        ("removed (in A only)", [r for k, r in ka.items() if k not in kb]),
        ("added (in B only)", [r for k, r in kb.items() if k not in ka]),
    ):
        print(f"## {name}: {len(rows)}")
        picked = rows if not args.sample or len(rows) <= args.sample else random.Random(args.seed).sample(rows, args.sample)
        for i, r in enumerate(sorted(picked, key=key)):
            print(_line(i, r))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("input")
    d.add_argument("--start", type=int, default=0)
    d.add_argument("--stop", type=int, default=None)
    d.add_argument("--kind", action="append", help="a kind of entity to list (repeatable; default Technique)")
    d.add_argument("-o", "--output")
    d.set_defaults(func=dump)
    s = sub.add_parser("show")
    s.add_argument("dump")
    s.set_defaults(func=show)
    f = sub.add_parser("diff")
    f.add_argument("a")
    f.add_argument("b")
    f.add_argument("--sample", type=int, default=0)
    f.add_argument("--seed", type=int, default=11)
    f.set_defaults(func=diff)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
