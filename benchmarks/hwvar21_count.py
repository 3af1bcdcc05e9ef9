"""Count product-variant name forms in the unseen 2025 corpus (hwvar21): which variants of a known hardware product
("RTX 4070 Mobile", "A100 80GB", "Orin AGX", "M4 Max", "TPU v5e", ...) abstracts write, and how often.

usage: python benchmarks/hwvar21_count.py [CORPUS]   (default: /work/shared/corpus/arxiv-cs-2025.jsonl.gz)

Every eval set's ids are excluded (``hw20_draw.eval_ids``: ids only, the blind sets' abstracts are never read).
Prints, per class, its mentions, papers and most frequent forms.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hw20_draw import eval_ids  # noqa: E402

PATTERNS = {
    "titan_xp": r"\bTitan\s?Xp\b|\bTITAN\s?Xp\b",
    "titan_x_pascal": r"\bTitan X \(?Pascal\)?|\bTITAN X \(?Pascal",
    "titan_x": r"\b(?:GTX )?Titan X\b(?!p| \(?Pascal)",
    "rtx_titan": r"\bRTX Titan\b|\bRTX TITAN\b",
    "titan_rtx": r"\bTitan RTX\b|\bTITAN RTX\b",
    "gpu_mobile_laptop": (
        r"\b(?:RTX|GTX|MX)\s?\d{3,4}(?:\s?Ti)?(?:\s?Super)?\s"
        r"(?:Mobile|mobile|Laptop|laptop|Max-Q|Notebook|notebook)\b"
    ),
    "gpu_ti_super_D": r"\b(?:RTX|GTX)\s?\d{3,4}\s?(?:Ti|TI|Super|SUPER|D)\b",
    "a100_mem": r"\bA100[ -]?(?:\(?(?:40|80)\s?GB)",
    "h100_var": r"\bH100[ -](?:NVL|PCIe|SXM\d?|80\s?GB|94\s?GB)",
    "h200_h20_h800": r"\b(?:H200|H20|H800|A800|L40S|L40|L4)\b",
    "jetson_orin_nano": r"\bOrin Nano\b",
    "jetson_nano_only": r"\bJetson Nano\b",
    "agx_orin": r"\bAGX Orin\b",
    "orin_agx": r"\bOrin AGX\b",
    "orin_nx": r"\bOrin NX\b",
    "xavier_nx": r"\bXavier NX\b",
    "agx_xavier": r"\bAGX Xavier\b|\bXavier AGX\b",
    "jetson_agx_bare": r"\bJetson AGX\b(?! (?:Orin|Xavier|Thor))",
    "apple_m_pro_max_ultra": r"\bM[1-5] (?:Pro|Max|Ultra)\b",
    "apple_m_bare": r"\b(?:Apple )?M[1-5](?: chip| SoC)\b",
    "snapdragon_gen": r"\bSnapdragon \d\+? ?(?:s )?Gen \d\b|\bSnapdragon 8s? Gen \d|\bSnapdragon 8 Elite",
    "raspberry_models": r"\bRaspberry Pi ?(?:[345][ -]?(?:Model )?B\+?|[345]|Zero(?: 2)?(?: W)?|Pico|400|CM\d)\b",
    "cortex_suffix": r"\bCortex-?[AMR]\d+(?:F|\+|AE)?\b",
    "tpu_versions": r"\bTPU\s?v\d[a-z]?\b|\bTPUv\d[a-z]?\b",
    "mi_versions": r"\bMI\d{2,3}[AX]?\b",
    "xeon_models": r"\bXeon (?:Gold|Platinum|Silver|E5|E7|W|Max|Phi)\b",
    "core_gen": r"\bCore (?:i[3579]|Ultra \d)[- ]\d{4,5}[A-Z]*\b",
    "zcu": r"\bZCU\d{3}\b",
}


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/arxiv-cs-2025.jsonl.gz"
    excluded = eval_ids()
    rx = {k: re.compile(v) for k, v in PATTERNS.items()}
    mentions: Counter[str] = Counter()
    papers: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if str(r["id"]).replace("arXiv:", "") in excluded:
                continue
            text = (r.get("title") or "") + " \n " + (r.get("abstract") or "")
            for k, x in rx.items():
                found = [m.group(0) for m in x.finditer(text)]
                if found:
                    mentions[k] += len(found)
                    papers[k] += 1
                    forms[k].update(found)
    for k in PATTERNS:
        print(f"{k:24s} {mentions[k]:5d} mentions {papers[k]:5d} papers  ", dict(forms[k].most_common(12)))


if __name__ == "__main__":
    main()
