"""Draw the second off-domain trap sample (traps2-*.jsonl) from the arXiv CS corpus: a seeded, repeatable draw.

Run from the repository root: ``python tests/data/offdomain/select_traps.py CORPUS OUT`` (CORPUS is
/work/shared/corpus/arxiv-cs-2025.jsonl.gz). It writes OUT as JSONL (id, title, abstract, categories, trap) and
prints each stratum's pool size. Records considered: odd arXiv ids (even ones are drawn for blind test sets), not in
any tests/data/eval/*-abstracts.jsonl nor tests/data/offdomain/*.jsonl, of a non-ML area (no cs.LG/AI/NE/AR/DC/PF or
stat.ML category; first category cs.IT/GT/CE/GR/NI/CR/SY/SD/DB, eess.*, q-bio.*, physics.*, math.*, quant-ph,
cond-mat.*, astro-ph.*, stat.*) or a CV/CL paper that names no efficiency or hardware term. Each stratum is a trap word
in a sense outside ML systems; ``PER_STRATUM`` abstracts are drawn from each (non-ML pool first, CV/CL to fill).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

SEED = 20260503
PER_STRATUM = 4
ROOT = Path(__file__).resolve().parents[3]

ML = {"cs.LG", "cs.AI", "cs.NE", "cs.AR", "cs.DC", "cs.PF", "stat.ML"}
NON_ML_FIRST = re.compile(r"^(cs\.(IT|GT|CE|GR|NI|CR|SY|SD|DB)|eess\.|q-bio\.|physics\.|math\.|quant-ph|cond-mat\.|astro-ph|stat\.)")
CV_CL = {"cs.CV", "cs.CL"}
EFFICIENCY = re.compile(
    r"quanti[sz]|prun|distill|low-bit|FLOPs|latency|speed-?up|throughput|hardware|GPU|FPGA|accelerat|edge devices?"
    r"|on-device|mobile devices?|memory footprint|lightweight|real-time|compression|efficien",
    re.IGNORECASE,
)

# stratum -> (trap word, sense that makes it a trap); both must match (case-insensitive)
STRATA: dict[str, tuple[str, str]] = {
    "transformer-electrical": (r"\btransformers?\b", r"power|voltage|grid|substation|winding|electric"),
    "pruning-non-ML": (r"\bprun(e|es|ed|ing)\b", r"synap|neuron|brain|tree|search|branch|candidate"),
    "quantization-physics-SP": (r"quanti[sz](ation|ed|er)", r"channel|signal|quantum|MIMO|ADC|analog|feedback|lattice"),
    "edge-image-graph": (r"\bedges?\b", r"edge detection|edge map|image|graph|vertex|vertices|node"),
    "kernel-OS-math": (r"\bkernels?\b", r"operating system|Linux|eBPF|driver|Gaussian|integral|smoothing|density"),
    "point-cloud": (r"point[- ]clouds?", r"scan|LiDAR|geometry|surface|mesh|registration"),
    "accelerate-non-ML": (r"\baccelerat", r"."),
    "pipeline-generic": (r"\bpipelines?\b", r"data|processing|analysis|workflow|software|clinical"),
    "mobile-networks": (r"\bmobile\b", r"network|cellular|5G|6G|base station|wireless|user"),
    "sparse-imaging-stats": (r"\bspars(e|ity)\b", r"imaging|regression|recovery|reconstruction|signal|estimat|matri"),
    "cloud-non-computing": (r"\bclouds?\b", r"weather|satellite|atmospher|remote sensing|cover"),
    "attention-inference-human": (r"\b(attention|inference|distillation)\b", r"human|patient|clinical|statistic|Bayesian|chemi"),
}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _taken() -> set[str]:
    ids = {r["id"] for p in sorted((ROOT / "tests/data/eval").glob("*-abstracts.jsonl")) for r in _read(p)}
    return ids | {r["id"] for p in sorted((ROOT / "tests/data/offdomain").glob("*.jsonl")) for r in _read(p)}


def _area(record: dict) -> str | None:
    cats = record["categories"]
    if ML & set(cats):
        return None
    if NON_ML_FIRST.match(cats[0]):
        return "non-ML"
    text = f"{record['title']} {record['abstract']}"
    if cats[0] in CV_CL and not EFFICIENCY.search(text):
        return "CV/CL"
    return None


def main(corpus: Path, out: Path) -> None:
    taken = _taken()
    pools: dict[str, dict[str, list[dict]]] = {s: {"non-ML": [], "CV/CL": []} for s in STRATA}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"][-1] not in "13579" or r["id"] in taken:
                continue
            area = _area(r)
            if area is None:
                continue
            text = f"{r['title']} {r['abstract']}"
            for stratum, (word, sense) in STRATA.items():
                if re.search(word, text, re.IGNORECASE) and re.search(sense, text, re.IGNORECASE):
                    pools[stratum][area].append(r)
    rng = random.Random(SEED)
    chosen: list[dict] = []
    seen: set[str] = set()
    for stratum in STRATA:
        picked: list[dict] = []
        for area in ("non-ML", "CV/CL"):
            pool = sorted((r for r in pools[stratum][area] if r["id"] not in seen), key=lambda r: r["id"])
            rng.shuffle(pool)
            picked += pool[: PER_STRATUM - len(picked)]
        print(f"{stratum}: non-ML {len(pools[stratum]['non-ML'])}, CV/CL {len(pools[stratum]['CV/CL'])}, drawn {len(picked)}")
        for r in picked:
            seen.add(r["id"])
            chosen.append({k: r[k] for k in ("id", "title", "abstract", "categories")} | {"trap": stratum})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
