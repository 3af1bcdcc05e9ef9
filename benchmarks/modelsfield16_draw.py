"""Draw the modelsfield16 sample: 120 unseen 2025 corpus abstracts, most of them naming a model.

usage: python benchmarks/modelsfield16_draw.py [OUT_DIR]   (default benchmarks/data; run from the repository root)

Pool: every record with an abstract whose id no earlier audit (``benchmarks/data/*.jsonl``, ``docs/``) or released
eval set names (the blind sets are not read). One ``random.Random(161)`` draws, in order, 80 records of the pool
whose title or abstract a cheap cue says names a model (``MODEL_CUE``: a capitalised name with digits or a size,
"-7B", GPT, BERT, ResNet, Llama, Qwen, ViT, YOLO, "diffusion model", ...; a plain regular expression, independent of
the linker) and then 40 of the rest of the pool at random. FIT is the first 40 cued + the first 20 random, CHECK the
last 40 + 20 (docs/modelsfield16-audit.md); each line keeps its corpus ``record`` and ``group``.
"""

import json
import random
import re
import sys

from benchfield15_draw import unseen_pool  # the same pool: ids no earlier audit or released set names

MODEL_CUE = re.compile(
    r"\b(?:GPT|BERT|RoBERTa|T5|ResNet|Llama|LLaMA|Qwen|Mistral|Mixtral|Gemma|Gemini|Claude|DeepSeek|Phi-\d|ViT|DeiT|Swin"
    r"|YOLO\w*|CLIP|SigLIP|DINO\w*|SAM\d?|U-?Net|MobileNet\w*|EfficientNet\w*|ConvNeXt|Mamba|Whisper|Stable Diffusion"
    r"|diffusion models?|LLaVA|InternVL|[A-Z][A-Za-z]*-?\d+(?:\.\d+)?[BM]|\d+(?:\.\d+)?[BM] (?:parameters?|model)"
    r"|[A-Z][a-z]+[A-Z]\w*-?\d+(?:\.\d+)?)\b"
)


def main(out_dir: str = "benchmarks/data") -> None:
    excl, pool = unseen_pool("modelsfield16")
    cued = [(i, r) for i, r in pool if MODEL_CUE.search((r.get("title") or "") + " " + r["abstract"])]
    rng = random.Random(161)
    cue = rng.sample(cued, 80)
    taken = {i for i, _ in cue}
    rnd = rng.sample([x for x in pool if x[0] not in taken], 40)
    print(f"{len(excl)} ids excluded, pool {len(pool)}, cued {len(cued)}")
    for half, rows in {"fit": cue[:40] + rnd[:20], "check": cue[40:] + rnd[20:]}.items():
        with open(f"{out_dir}/modelsfield16-{half}-abstracts.jsonl", "w", encoding="utf-8") as fh:
            for i, r in rows:
                row = {"id": r["id"], "title": r.get("title"), "abstract": r["abstract"], "record": i}
                row["group"] = "cued" if i in taken else "random"
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
