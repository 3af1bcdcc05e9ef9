"""Writes a copy of the vocabulary without the benchmarks that the released gold names and the corpus rarely does.

Discovery (kg/discovery.py) must find data sets the vocabulary does not know. On the released eval sets every
benchmark the gold names is (by now) a vocabulary label, so the gazetteer finds it and discovery is never tried.
Removing those concepts that are rare in the corpus (the long tail, where new names come from) gives a vocabulary
on which the eval sets measure discovery on names it has never seen (issue #3). Frequent names (ImageNet, COCO)
stay: they are the anchors a list of new names stands beside in unseen abstracts too.

A removed concept's children are put beneath its parents; nothing else changes.

    python benchmarks/ablate_vocab.py /tmp/ablated-vocab [--max-abstracts 25]
    python -m kg build tests/data/eval/test2-abstracts.jsonl -o /tmp/t2 --vocab /tmp/ablated-vocab --no-html

The BLIND set (test8) is never read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

import ahocorasick_rs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.vocab import load  # noqa: E402

EVAL = ROOT / "tests" / "data" / "eval"
RELEASED = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")
CORPUS = Path("/work/shared/corpus/arxiv-cs-2025.jsonl.gz")
_CONCEPT = re.compile(r"^(bench:[\w-]+) a kg:Benchmark", re.MULTILINE)
_CONTEXT_TERMS = re.compile(r"^(\s*kg:contextTerm )((?:\"[^\"]*\"(?:, )?)+)( [;.])$", re.MULTILINE)


def _strip_terms(m: re.Match[str], gone: set[str]) -> str:
    terms = [t for t in re.findall(r'"([^"]*)"', m.group(2)) if t.lower() not in gone]
    if not terms:
        return "" if m.group(3).strip() == ";" else m.group(0)  # a statement's last line keeps its full stop
    return m.group(1) + ", ".join(f'"{t}"' for t in terms) + m.group(3)


def gold_names() -> set[str]:
    """Every benchmark name and mention in the released gold files."""
    names: set[str] = set()
    for path in sorted(EVAL.glob("*-gold*.jsonl")):
        if not path.name.startswith(tuple(f"{s}-" for s in RELEASED)):
            continue
        for line in path.open(encoding="utf-8"):
            for b in json.loads(line).get("benchmarks", ()):
                names.add(b["name"])
                names.update(b.get("mentions", ()))
    return names


def corpus_counts(labels: dict[str, set[str]], corpus: Path) -> Counter[str]:
    """Abstracts (title and text) of the corpus that name each concept by one of its labels, case-sensitively."""
    keys = sorted({lab for labs in labels.values() for lab in labs})
    owners: dict[str, set[str]] = {}
    for iri, labs in labels.items():
        for lab in labs:
            owners.setdefault(lab, set()).add(iri)
    automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
    counts: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = f"{rec.get('title', '')} {rec.get('abstract', '')}"
            seen: set[str] = set()
            for k, s, e in automaton.find_matches_as_indexes(text, overlapping=True):
                if text[s - 1 : s].isalnum() or text[e : e + 1].isalnum():
                    continue  # inside a word
                seen |= owners[keys[k]]
            counts.update(seen)
    return counts


def ablate(out: Path, max_abstracts: int, corpus: Path) -> list[tuple[str, int]]:
    """Write the ablated vocabulary to ``out``; return the removed concepts with their corpus counts."""
    vocab = load()
    names = gold_names()
    named: dict[str, set[str]] = {}
    for n in names:
        for iri in vocab.labelled(n, "Benchmark"):
            c = vocab.concepts[iri]
            if "(category)" in c.pref_label or not c.broader:
                continue  # a category names no data set
            named.setdefault(iri, set()).update(vocab.labels(iri))
    counts = corpus_counts(named, corpus)
    removed = sorted((iri, counts[iri]) for iri in named if counts[iri] <= max_abstracts)
    gone = {iri for iri, _ in removed}
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ROOT / "schema" / "vocab", out)
    path = out / "benchmarks.ttl"
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    prefix = "https://w3id.org/papers-kg/benchmark/"

    def curie(iri: str) -> str:
        return "bench:" + iri[len(prefix) :]

    parents = {curie(i): [curie(b) for b in vocab.concepts[i].broader] for i in gone}

    def lift(ref: str) -> list[str]:
        return [p for q in parents[ref] for p in lift(q)] if ref in parents else [ref]

    kept = []
    for block in blocks:
        m = _CONCEPT.search(block)
        if m and m.group(1) in parents:
            continue
        broader = re.search(r"skos:broader ([^;.]+?)\s*([;.])\s*$", block, re.MULTILINE)
        if broader:
            refs = [r.strip() for r in broader.group(1).split(",")]
            new = list(dict.fromkeys(p for r in refs for p in lift(r)))
            block = block[: broader.start(1)] + ", ".join(new) + block[broader.end(1) :]
        kept.append(block)
    path.write_text("\n\n".join(kept), encoding="utf-8")
    # a removed label that another concept lists as a context term would still be a known word to discovery
    gone_labels = {lab.lower() for i in gone for lab in vocab.labels(i)}
    for ttl in sorted(out.glob("*.ttl")):
        text = ttl.read_text(encoding="utf-8")
        ttl.write_text(_CONTEXT_TERMS.sub(lambda m: _strip_terms(m, gone_labels), text), encoding="utf-8")
    load(out)  # the copy must still be a valid vocabulary
    return removed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("out", type=Path)
    ap.add_argument(
        "--max-abstracts", type=int, default=25, help="remove gold-named concepts named in at most this many corpus abstracts"
    )
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    removed = ablate(args.out, args.max_abstracts, args.corpus)
    for iri, n in removed:
        print(f"{n:5d}  {iri.rsplit('/', 1)[-1]}")
    print(f"{len(removed)} benchmark concepts removed -> {args.out}")


if __name__ == "__main__":
    main()
