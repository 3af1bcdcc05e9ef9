"""Write a dense synthetic technique vocabulary mined from a corpus, to stress the pipeline.

The packaged vocabulary is still growing; this one links far more often than it will (the most
frequent noun-like bigrams of the corpus become techniques, grouped under their head word), so it
shows where cost goes when links are plentiful. Output: a directory holding the packaged
vocabulary files plus ``stress-techniques.ttl``; pass it to ``kg build --vocab``.

    python benchmarks/stress_vocab.py CORPUS.jsonl.gz OUT_DIR [--concepts 1500]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "for",
    "to",
    "in",
    "on",
    "with",
    "by",
    "from",
    "as",
    "at",
    "is",
    "are",
    "be",
    "this",
    "that",
    "these",
    "those",
    "we",
    "our",
    "their",
    "its",
    "it",
    "which",
    "via",
    "using",
    "based",
    "into",
    "over",
    "under",
    "than",
    "then",
    "such",
    "can",
    "may",
    "also",
    "both",
    "each",
    "more",
    "most",
    "other",
    "some",
    "new",
    "two",
    "one",
    "three",
    "show",
    "shows",
    "shown",
    "propose",
    "proposed",
    "present",
    "presents",
    "paper",
    "approach",
    "method",
    "methods",
    "results",
    "study",
    "work",
    "however",
    "while",
    "where",
    "when",
    "how",
    "what",
    "between",
    "among",
    "across",
    "through",
    "without",
    "within",
    "have",
    "has",
    "been",
    "not",
    "only",
    "well",
    "high",
    "low",
    "large",
    "small",
    "first",
    "second",
    "existing",
    "further",
    "different",
    "various",
    "given",
    "significant",
    "significantly",
    "state",
    "art",
}
WORD = re.compile(r"[a-z][a-z-]{3,}")


def mine(corpus: Path, concepts: int, limit: int) -> list[tuple[str, str]]:
    """(bigram, head word) of the most frequent bigrams, by document frequency."""
    df: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            words = WORD.findall(json.loads(line)["abstract"].lower())
            df.update({f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a not in STOP and b not in STOP})
    return [(bg, bg.split()[1]) for bg, _ in df.most_common(concepts)]


def write(pairs: list[tuple[str, str]], out: Path) -> None:
    slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s).strip("-")  # noqa: E731
    heads = sorted({h for _, h in pairs})
    lines = [
        "@prefix kg:   <https://w3id.org/papers-kg/ontology#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix tech: <https://w3id.org/papers-kg/technique/> .",
        "",
        'tech: a skos:ConceptScheme ; skos:prefLabel "Stress techniques" .',
    ]
    for h in heads:
        lines.append(
            f"tech:family-{slug(h)} a kg:Technique, skos:Concept ; skos:inScheme tech: ; "
            f'skos:topConceptOf tech: ; skos:prefLabel "{h} family (stress)" .'
        )
    for bg, h in sorted(pairs):
        lines.append(
            f"tech:{slug(bg)} a kg:Technique, skos:Concept ; skos:inScheme tech: ; "
            f'skos:broader tech:family-{slug(h)} ; skos:prefLabel "{bg}" .'
        )
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted((ROOT / "schema" / "vocab").glob("*.ttl")):
        shutil.copy(f, out / f.name)
    (out / "stress-techniques.ttl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--concepts", type=int, default=1500)
    ap.add_argument("--sample", type=int, default=20000, help="abstracts to mine")
    a = ap.parse_args()
    write(mine(a.corpus, a.concepts, a.sample), a.out)


if __name__ == "__main__":
    main()
