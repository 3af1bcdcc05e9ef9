"""Draw the techsense17 word-sense sample: technique links per surface form of the 50k corpus slice, to read by hand.

usage:
  python benchmarks/technique_audit.py dump /work/wt/c50k.jsonl -o DUMP.jsonl     (main's code: the links to judge)
  python benchmarks/techsense17_draw.py DUMP.jsonl [OUT.jsonl]   (default benchmarks/data/techsense17-sample.jsonl)

A form is a technique link's (concept, matched text in lower case). Forms drawn: the 150 most frequent forms written as
one token (a word, an acronym, a hyphenated word: where another sense hides), the 50 most frequent of several words,
and every form whose text is one of the everyday or other-field words of ``WORDS`` (bare "ensemble", "scheduling",
"dropout", ...), whatever its frequency. Links of papers an earlier audit or a released eval set names are left out
(the pool of ``benchfield15_draw.used_ids``; the blind sets are not read). One ``random.Random(171)`` per form, keyed
by the form, draws up to 5 links of a one-token form (FIT the first 3, CHECK the last 2) and 2 of a longer one (FIT 1,
CHECK 1); each line keeps the form's corpus count, its half and the link's sentence (docs/techsense17-audit.md). The
committed benchmarks/data/techsense17-sample.jsonl is this draw as read: sentences cut to 100 characters around the link,
with the reading's verdict (``sense``: right, wrong or unsure; ``note``) and the link's number in its half (``n``).
"""

import collections
import json
import random
import re
import sys

from benchfield15_draw import used_ids

WORDS = [
    "attention",
    "pruning",
    "distillation",
    "caching",
    "tiling",
    "scheduling",
    "sparsity",
    "compression",
    "kernel",
    "embedding",
    "routing",
    "boosting",
    "bagging",
    "annealing",
    "filtering",
    "sampling",
    "search",
    "transfer",
    "adapter",
    "prompt",
    "agent",
    "diffusion",
    "fusion",
    "dropout",
    "normalization",
    "pooling",
    "ensemble",
    "replay",
    "curriculum",
    "augmentation",
    "watermark",
]
_WORD = re.compile(r"(?:{})(?:s|es|ed|ing|d)?".format("|".join(WORDS)))


def main(dump: str, out: str = "benchmarks/data/techsense17-sample.jsonl") -> None:
    excl = used_ids("techsense17")
    with open(dump, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [r for r in rows if r["id"].replace("arXiv:", "") not in excl and r["id"] not in excl]
    forms: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for r in rows:
        forms[(r["concept"].rsplit("/", 1)[1], r["text"].lower())].append(r)
    ranked = sorted(forms, key=lambda k: (-len(forms[k]), k))
    one = [k for k in ranked if " " not in k[1]][:150]
    several = [k for k in ranked if " " in k[1]][:50]
    words = [k for k in ranked if _WORD.fullmatch(k[1]) and k not in one]
    with open(out, "w", encoding="utf-8") as fh:
        for k in sorted(set(one) | set(several) | set(words), key=ranked.index):
            n, fit = (5, 3) if " " not in k[1] else (2, 1)
            links = forms[k]
            picked = random.Random(f"171 {k[0]} {k[1]}").sample(links, min(n, len(links)))
            for j, r in enumerate(picked):
                row = {"form": f"{k[0]} | {k[1]}", "count": len(links), "half": "fit" if j < fit else "check"}
                row |= {x: r[x] for x in ("id", "field", "start", "end", "text", "concept", "method", "sentence")}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"{len(rows)} links outside earlier samples, {len(forms)} forms; drawn {len(one)} one-token, {len(several)} longer, "
        f"{len(words)} more everyday words"
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
