"""Count generic-class hardware links by surface form, in a corpus dump and against released golds (hwgen21).

usage:
  python benchmarks/hwgen21_forms.py corpus DUMP.jsonl [--exclude-eval] [--top N]
  python benchmarks/hwgen21_forms.py golds DUMPDIR [--sets dev heldout ...] [--show FORM]
  python benchmarks/hwgen21_forms.py table CORPUS.jsonl.gz DUMP.jsonl DUMPDIR [--show FORM]
  python benchmarks/hwgen21_forms.py sample DUMP.jsonl FORM [--k K] [--seed S]

``DUMP`` is a ``technique_audit.py dump --kind HardwarePlatform`` file; ``DUMPDIR`` holds one such dump per released set
(``rel-SET.jsonl``, made from ``tests/data/eval/SET-abstracts.jsonl``). A link is *generic* when its concept is one of
the guideline classes below. Its *form* is the matched text in lower case with a plural "s" dropped, plus the word that
makes a compound of it ("GPU memory", "single GPU", "on edge device"), so the same class word in different roles counts
apart.

``golds`` joins each released set's links with its gold file(s) (``-gold.jsonl`` and ``-gold-b.jsonl``): a link is
*named* when its text is a name or mention of a gold entity (the evaluator's normal form), *taken* when the gold lists
the class under another mention, *left* otherwise. ``table`` counts fixed text patterns (``FORMS``) instead of links:
their occurrences in the corpus (eval ids excluded by id) and how many the linker links, and in the released abstracts
how the golds treat each occurrence (named / class elsewhere / left), both annotators where there are two.
``sample`` prints a seeded sample of a form's corpus links in their sentences, to read.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"
RELEASED = ["dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9"]
GENERIC = {
    "edge-device": "edge device",
    "mobile-device": "mobile device",
    "iot-device": "IoT device",
    "cloud": "cloud",
    "gpu": "GPU",
    "cpu": "CPU",
    "wearable-device": "wearable device",
    "mcu": "MCU",
    "soc": "SoC",
    "npu": "NPU",
    "fpga": "FPGA",
    "asic": "ASIC accelerator",
    "supercomputer": "supercomputer",
    "mobile-cpu": "mobile CPU",
}
_NEXT = re.compile(r"^\]\]([\s-]+)([A-Za-z]+)")
_PREV = re.compile(r"([A-Za-z]+)([\s-]+)\[\[$")
_COMPOUND_NEXT_WORDS = (
    "memory hour hours time budget budgets cluster clusters kernel kernels utilization accelerated based"
    " offloading usage resources resource inference implementation training cost costs days day"
    " consumption footprint count counts node nodes server servers side only friendly efficient level"
    " deployment deployable bound intensive compute computing acceleration parallel parallelism execution"
    " runtime environment environments platform platforms application applications scenario scenarios"
    " setting settings constraint constraints ai intelligence llm llms model models"
)
_COMPOUND_NEXT = set(_COMPOUND_NEXT_WORDS.split())
_COMPOUND_PREV_WORDS = (
    "on consumer commodity single multiple multi cpu gpu edge mobile local modern standard personal low"
    " power cheap affordable limited constrained few many without no same one two eight four high end"
    " laptop desktop server cloud"
)
_COMPOUND_PREV = set(_COMPOUND_PREV_WORDS.split())

# (form, regex whose group "h" is what the linker would link, concept of the class); case-insensitive
FORMS = [
    ("edge device(s)", r"(?<![-\w])(?P<h>edge devices?)\b", "edge-device"),
    (
        "edge and/or X devices (elided)",
        r"\b(?P<h>edge)\s*(?:and|or|/|,)\s*(?:mobile|iot|embedded|wearable|end|personal|low-power)\s+devices\b",
        "edge-device",
    ),
    (
        "mobile and/or X devices (elided)",
        r"\b(?P<h>mobile)\s*(?:and|or|/|,)\s*(?:edge|iot|embedded|wearable|personal|low-power)\s+(?:devices|systems|platforms)\b",
        "mobile-device",
    ),
    (
        "resource-constrained/limited (edge) device(s)",
        r"\b(?P<h>resource[- ](?:constrained|limited|constraint)\s+(?:edge\s+)?devices?)\b",
        "edge-device",
    ),
    (
        "resource-constrained embedded system(s)/device(s)",
        r"\bresource[- ](?:constrained|limited)\s+(?P<h>embedded\s+(?:systems?|devices?|platforms?))\b",
        "edge-device",
    ),
    ("embedded system(s)", r"(?<!constrained )(?<!limited )\b(?P<h>embedded systems?)\b", "edge-device"),
    ("embedded device(s)", r"(?<!constrained )(?<!limited )\b(?P<h>embedded devices?)\b", "edge-device"),
    ("embedded platform(s)/hardware", r"(?<!constrained )\b(?P<h>embedded (?:platforms?|hardware))\b", "edge-device"),
    ("low-power device(s)", r"\b(?P<h>low[- ]power (?:edge |embedded )?devices?)\b", "edge-device"),
    ("tiny device(s)", r"\b(?P<h>tiny devices?)\b", "edge-device"),
    ("edge hardware/platform(s)", r"\b(?P<h>edge (?:hardware|platforms?))\b", "edge-device"),
    ("edge server(s)", r"\b(?P<h>edge servers?)\b", "edge-device"),
    ("on-device", r"\b(?P<h>on-device)\b", "edge-device"),
    ("mobile device(s)", r"\b(?P<h>mobile devices?)\b", "mobile-device"),
    ("smartphone(s)", r"\b(?P<h>smartphones?)\b", "mobile-device"),
    ("mobile phone(s)", r"\b(?P<h>mobile phones?)\b", "mobile-device"),
    ("wearable(s)/wearable device(s)", r"\b(?P<h>wearables?(?: devices?)?)\b", "wearable-device"),
    ("smart glasses / VR headset(s)", r"\b(?P<h>smart glasses|(?:VR|AR|XR|MR) headsets?)\b", "wearable-device"),
    ("IoT device(s)", r"\b(?P<h>IoT devices?)\b", "iot-device"),
    ("IoT system(s)", r"\b(?P<h>IoT systems?)\b", "iot-device"),
    ("the cloud", r"\bthe (?P<h>cloud)\b(?![- ]based)", "cloud"),
    ("cloud-based", r"\b(?P<h>cloud)[- ]based\b", "cloud"),
    (
        "cloud service(s)/computing/platform(s)",
        r"\b(?P<h>cloud (?:services?|computing|platforms?|servers?|infrastructure))\b",
        "cloud",
    ),
    ("edge-cloud / device-cloud", r"\b(?:edge|device)[- ](?P<h>cloud)\b", "cloud"),
    ("GPU memory", r"\b(?P<h>GPUs?)\s+memory\b", "gpu"),
    ("GPU hours/days/time", r"\b(?P<h>GPUs?)[- ](?:hours?|days?|time)\b", "gpu"),
    ("GPU-accelerated/-based", r"\b(?P<h>GPU)-(?:accelerated|based)\b", "gpu"),
    ("single/one GPU", r"\b(?:single|one)[- ](?P<h>GPU)\b", "gpu"),
    ("consumer/commodity GPU(s)", r"\b(?:consumer(?:-grade)?|commodity)\s+(?P<h>GPUs?)\b", "gpu"),
    ("GPU kernel(s)/utilization/resources", r"\b(?P<h>GPUs?)\s+(?:kernels?|utilization|resources)\b", "gpu"),
    ("multi-GPU", r"\bmulti-(?P<h>GPU)\b", "gpu"),
    ("CPU-only / CPU offloading", r"\b(?P<h>CPU)[- ](?:only|offloading)\b", "cpu"),
    ("on (a) CPU(s)", r"\bon (?:a |the |standard |commodity )?(?P<h>CPUs?)\b", "cpu"),
    ("consumer/commodity hardware", r"\b(?:consumer(?:-grade)?|commodity) (?P<h>hardware)\b", "edge-device"),
]


def norm(s: str) -> str:
    """The evaluator's normal form (kg.evaluate.norm): lower-case letters and digits, a plural "s" dropped."""
    s = re.sub(r"[^a-z0-9]+", "", s.lower())
    return s[:-1] if len(s) > 3 and s.endswith("s") and not s.endswith("ss") else s


def concept_key(concept: str) -> str:
    return concept.rsplit("/", 1)[-1]


def form(link: dict) -> str:
    """The link's surface form with the word that makes it a compound."""
    text = link["text"].lower()
    text = text if text.endswith("ss") else re.sub(r"(?<=[a-z])s$", "", text)
    sent = link["sentence"]
    i = sent.index("[[")
    j = sent.index("]]", i)
    after = _NEXT.match(sent[j:])
    before = _PREV.search(sent[: i + 2])
    out = text
    if before and before.group(1).lower() in _COMPOUND_PREV:
        out = before.group(1).lower() + before.group(2)[-1:] + out
    if after and after.group(2).lower() in _COMPOUND_NEXT:
        out = out + after.group(1)[:1] + after.group(2).lower()
    return out


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_gold(path: Path) -> dict[str, dict[str, set[str]]]:
    """Each paper's hardware entities: name in lower case -> name and mentions in the evaluator's normal form."""
    return {
        r["id"]: {h["name"].lower(): {norm(m) for m in [h["name"], *h.get("mentions", [])]} for h in r["hardware"]}
        for r in load(path)
    }


def gold_files(s: str) -> list[Path]:
    return [p for p in (EVAL / f"{s}-gold.jsonl", EVAL / f"{s}-gold-b.jsonl") if p.exists()]


def eval_ids() -> set[str]:
    """The id of every eval set's record (only the ids are read), to keep them out of corpus samples."""
    ids: set[str] = set()
    for p in EVAL.glob("*-abstracts.jsonl"):
        with open(p, encoding="utf-8") as f:
            ids.update(json.loads(line)["id"] for line in f)
    return ids


def corpus(args: argparse.Namespace) -> None:
    links = [x for x in load(Path(args.dump)) if concept_key(x["concept"]) in GENERIC]
    if args.exclude_eval:
        ids = eval_ids()
        links = [x for x in links if x["id"] not in ids]
    print("generic links", len(links), "papers", len({x["id"] for x in links}))
    for c, n in collections.Counter(concept_key(x["concept"]) for x in links).most_common():
        print(f"  {c:16s} {n}")
    papers = collections.defaultdict(set)
    for x in links:
        papers[(concept_key(x["concept"]), form(x))].add(x["id"])
    forms = collections.Counter((concept_key(x["concept"]), form(x)) for x in links)
    for (c, f), n in forms.most_common(args.top):
        print(f"{n:6d} {len(papers[(c, f)]):6d}  {c:16s} {f}")


def golds(args: argparse.Namespace) -> None:
    rows = collections.defaultdict(lambda: [0, 0, 0])  # (concept, form) -> named, taken, left
    show = []
    for s in args.sets:
        for gf in gold_files(s):
            gold = read_gold(gf)
            for x in load(Path(args.dumpdir) / f"rel-{s}.jsonl"):
                c = concept_key(x["concept"])
                if c not in GENERIC or x["id"] not in gold:
                    continue
                f = (c, form(x))
                if any(norm(x["text"]) in names for names in gold[x["id"]].values()):
                    rows[f][0] += 1
                    verdict = "named"
                elif GENERIC[c].lower() in gold[x["id"]]:
                    rows[f][1] += 1
                    verdict = "taken"
                else:
                    rows[f][2] += 1
                    verdict = "left"
                if args.show and re.search(args.show, f[1]):
                    show.append(f"{verdict:5s} {s:7s} {gf.name[-12:]:12s} {x['sentence'][:260]}")
    print(f"{'concept':16s} {'form':32s} named taken-other left")
    for (c, f), (a, b, d) in sorted(rows.items(), key=lambda kv: -sum(kv[1])):
        print(f"{c:16s} {f:32s} {a:5d} {b:5d} {d:5d}")
    for line in show:
        print(line)


def _texts(path: Path) -> Iterator[tuple[str, str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for fld in ("title", "abstract"):
                if r.get(fld):
                    yield r["id"], fld, r[fld]


def _occurrences(path: Path, dump: list[dict], skip: set[str]) -> Iterator[tuple[str, str, str, re.Match, bool]]:
    """(form, id, text, match, linked) for every occurrence of a FORMS pattern."""
    links = collections.defaultdict(list)
    for x in dump:
        links[(x["id"], x["field"])].append((x["start"], x["end"], concept_key(x["concept"])))
    pats = [(name, re.compile(rx, re.I), c) for name, rx, c in FORMS]
    for pid, fld, text in _texts(path):
        if pid in skip:
            continue
        for name, rx, c in pats:
            for m in rx.finditer(text):
                a, b = m.span("h")
                hit = any(s < b and a < e and cc == c for s, e, cc in links.get((pid, fld), ()))
                yield name, pid, text, m, hit


def table(args: argparse.Namespace) -> None:
    corpus_n: collections.Counter[str] = collections.Counter()
    corpus_l: collections.Counter[str] = collections.Counter()
    for name, _, _, _, hit in _occurrences(Path(args.corpus), load(Path(args.dump)), eval_ids()):
        corpus_n[name] += 1
        corpus_l[name] += hit
    cls_of = {name: GENERIC[c].lower() for name, _, c in FORMS}
    rel: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    show = []
    for s in args.sets:
        dump = load(Path(args.dumpdir) / f"rel-{s}.jsonl")
        for gf in gold_files(s):
            gold = read_gold(gf)
            for name, pid, text, m, hit in _occurrences(EVAL / f"{s}-abstracts.jsonl", dump, set()):
                if pid not in gold:
                    continue
                h, whole = norm(m.group("h")), norm(m.group(0))
                # a gold mention that is the linked words, or lies within the form and holds them
                named = any(g == h or (g in whole and h in g) for names in gold[pid].values() for g in names)
                verdict = "named" if named else "class" if cls_of[name] in gold[pid] else "left"
                rel[name][verdict] += 1
                rel[name]["linked"] += hit
                rel[name]["linked-" + verdict] += hit
                if args.show and re.search(args.show, name):
                    lo, hi = max(0, m.start() - 110), m.end() + 110
                    where = f"{verdict:5s} {'L' if hit else '-'} {s}/{gf.name[-12:]}"
                    show.append(f"{where}: ...{text[lo : m.start()]}[[{m.group(0)}]]{text[m.end() : hi]}...")
    cols = ["form", "corpus occurrences", "corpus linked", "released occ. (A+B)", "linked", "gold named"]
    cols += ["gold class elsewhere", "gold left", "linked & left"]
    print("| " + " | ".join(cols) + " |")
    print("|" + " --- |" * len(cols))
    for name, _, _ in FORMS:
        r = rel[name]
        occ = r["named"] + r["class"] + r["left"]
        row = [name, corpus_n[name], corpus_l[name], occ, r["linked"], r["named"], r["class"], r["left"], r["linked-left"]]
        print("| " + " | ".join(map(str, row)) + " |")
    for line in show:
        print(line.replace("\n", " "))


def sample(args: argparse.Namespace) -> None:
    ids = eval_ids()
    links = [
        x
        for x in load(Path(args.dump))
        if concept_key(x["concept"]) in GENERIC and x["id"] not in ids and re.fullmatch(args.form, form(x))
    ]
    random.Random(args.seed).shuffle(links)
    print(len(links), "links")
    for x in links[: args.k]:
        print("-", x["id"], concept_key(x["concept"]), "|", x["sentence"][:300])


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("corpus")
    a.add_argument("dump")
    a.add_argument("--exclude-eval", action="store_true")
    a.add_argument("--top", type=int, default=80)
    b = sub.add_parser("golds")
    b.add_argument("dumpdir")
    b.add_argument("--sets", nargs="+", default=RELEASED)
    b.add_argument("--show", default=None)
    t = sub.add_parser("table")
    t.add_argument("corpus")
    t.add_argument("dump")
    t.add_argument("dumpdir")
    t.add_argument("--sets", nargs="+", default=RELEASED)
    t.add_argument("--show", default=None)
    c = sub.add_parser("sample")
    c.add_argument("dump")
    c.add_argument("form")
    c.add_argument("--k", type=int, default=15)
    c.add_argument("--seed", type=int, default=21)
    args = ap.parse_args()
    {"corpus": corpus, "golds": golds, "table": table, "sample": sample}[args.cmd](args)


if __name__ == "__main__":
    main()
