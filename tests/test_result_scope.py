"""The evaluation setting earlier sentences state, carried to later claims (kg.result_scope), on the packaged vocabulary."""

from __future__ import annotations

import pytest

from kg.records import Paper, Result

HW = "https://w3id.org/papers-kg/hardware/"
BENCH = "https://w3id.org/papers-kg/benchmark/"


@pytest.fixture(scope="module")
def pipeline():
    from kg.build import Pipeline
    from kg.vocab import load

    return Pipeline(load())


def claim(pipeline, text: str, value_text: str) -> Result:
    found = [r for r in pipeline.process(Paper("t", text)).results if r.text == value_text]
    assert len(found) == 1, [r.text for r in pipeline.process(Paper("t", text)).results]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value_text", "bench"),
    [
        ("We evaluate our method on ImageNet. It improves top-1 accuracy by 2.1%.", "2.1%", "imagenet"),
        ("Experiments are conducted on the COCO dataset. Our detector reaches 45.3% mAP.", "45.3%", "coco"),
        (
            "The efficacy of our pruning pattern is proved with experiments on ILSVRC-2012. For example, our pattern "
            "obtains about 3.0% improvements over filter pruning in the top-1 accuracy of MobileNet-V2.",
            "3.0%",
            "imagenet",
        ),
        ("Experiments on CIFAR-10 show the benefit. Our network also runs 2x faster than the baseline.", "2x", "cifar-10"),
        (  # the setting stays in force over sentences without one
            "We evaluate on CIFAR-100. We also propose a new loss. With it, accuracy improves by 1.5%.",
            "1.5%",
            "cifar-100",
        ),
        (  # a count of devices says nothing of how many benchmarks
            "We train on ImageNet across eight devices. Top-1 accuracy improves by 0.9%.",
            "0.9%",
            "imagenet",
        ),
        (  # a later setting replaces an earlier one
            "We first evaluate on CIFAR-10 and CIFAR-100. We then evaluate on ImageNet. Accuracy improves by 0.8%.",
            "0.8%",
            "imagenet",
        ),
        (  # a name before a hardware class is a platform, no benchmark setting of the claim's sentence
            "We evaluate ConvNets on the EuroSAT dataset. Despite deployment on the IMX500 platform, our models maintain a "
            "96.68% accuracy.",
            "96.68%",
            "eurosat",
        ),
        ("We test on CIFAR-10. On the Foo3 board, the model reaches 91.2% accuracy.", "91.2%", "cifar-10"),
        (  # "the same benchmark" names the one in force, for metrics measured on a platform too
            "We fine-tune BERT on SQuAD v1.1. A study of LLMs on the same extractive QA benchmark shows they need up to "
            "4.2x more GPU memory than BERT.",
            "4.2x",
            "squad",
        ),
        (
            "We evaluate on CIFAR-100. On this dataset, training takes 3x less time than the baseline.",
            "3x",
            "cifar-100",
        ),
    ],
)
def test_a_benchmark_an_earlier_sentence_sets_is_the_claims(pipeline, text, value_text, bench):
    r = claim(pipeline, text, value_text)
    assert (r.benchmark, r.benchmark_attachment) == (BENCH + bench, "earlier-sentence")


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # background: before the paper speaks of its own work
        ("ImageNet has driven progress in vision for a decade. We propose X, which improves accuracy by 2.1%.", "2.1%"),
        # several benchmarks in force: which one is not said
        ("We evaluate on CIFAR-10 and CIFAR-100. Our method improves accuracy by 2.1%.", "2.1%"),
        # the sentence says there are more than it names
        ("We evaluate on three datasets including ImageNet. Our method improves accuracy by 2%.", "2%"),
        # a list with names the linker does not know
        ("We evaluate on LERF-OVS, ImageNet, and DL3DV-OVS. Our method improves accuracy by 2%.", "2%"),
        # a later setting the linker cannot name replaces it
        ("We evaluate on ImageNet. We further test our model on FooSuite-2. It improves accuracy by 2%.", "2%"),
        # the claim's own sentence names a setting the linker does not know
        # (a sentence opening "On CalMS21, ..." now names the data set: benchrecall2)
        ("We evaluate on ImageNet and report results. Using CalMS21, our model achieves 87.1% accuracy.", "87.1%"),
        # the claim is on several benchmarks
        ("We evaluate on ImageNet. Our model obtains a 2x speedup on both benchmarks.", "2x"),
        # a property of the model, not measured on a benchmark
        ("We evaluate our method on ImageNet. Our model has 40% fewer parameters than ResNet-50.", "40%"),
        ("We evaluate on ImageNet. On the same dataset, our model has 40% fewer parameters than ResNet-50.", "40%"),
        # "this dataset" as the subject, not the setting of a claim ("55.53 hours of speech" is a setting, no claim)
        ("We evaluate on ImageNet. This dataset is processed in 55.53 hours.", "55.53 hours"),
        # a platform-only metric with no reference back to the benchmark
        ("We evaluate on ImageNet. Our model needs 2x less GPU memory than ResNet-50.", "2x"),
        # pretraining data is not where results are measured
        ("We fine-tune ResNet-50 from ImageNet-pretrained weights. It achieves 95% accuracy on our scans.", "95%"),
        ("We fine-tune models using pretrained ImageNet weights. The best reaches 79.7% accuracy.", "79.7%"),
    ],
)
def test_no_benchmark_when_the_earlier_setting_is_not_unambiguous(pipeline, text, value_text):
    assert claim(pipeline, text, value_text).benchmark is None


@pytest.mark.parametrize(
    ("text", "value_text", "hardware"),
    [
        ("We evaluate the detector on an NVIDIA Jetson Nano. It runs at 30 FPS.", "30 FPS", "nvidia-jetson-nano"),
        ("Our kernels run on A100 GPUs. They achieve a 3.2x speedup over cuBLAS.", "3.2x", "nvidia-a100"),
        ("Experiments are run across CPU and GPU. Our model needs 75% less memory on both.", None, None),
    ],
)
def test_a_platform_an_earlier_sentence_runs_on_is_the_claims(pipeline, text, value_text, hardware):
    if value_text is None:  # two platforms in force: none
        assert all(r.hardware is None for r in pipeline.process(Paper("t", text)).results)
        return
    r = claim(pipeline, text, value_text)
    assert (r.hardware, r.hardware_attachment) == (HW + hardware, "earlier-sentence")


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # a target, not where it was measured
        ("We propose X, a segmentation network designed for resource-constrained edge devices. It runs at 82 FPS.", "82 FPS"),
        # a modifier, not a platform
        ("We propose GPU-based kernels for attention. They are 3x faster than the baseline.", "3x"),
        # the paper's own hardware replaces the platform named before
        (
            "We profile neural graphics on current GPUs. We propose a NG processing cluster, a hardware architecture "
            "for these kernels. It gives up to 58x speedup.",
            "58x",
        ),
        # accuracy is not measured on a platform
        ("We evaluate the detector on an NVIDIA Jetson Nano. It reaches 91% accuracy.", "91%"),
    ],
)
def test_no_platform_when_the_earlier_one_is_no_setting(pipeline, text, value_text):
    assert claim(pipeline, text, value_text).hardware is None


@pytest.mark.parametrize(
    ("title", "text", "hardware"),
    [
        # issue #8: "inside" states where the work runs, like "on"
        (
            None,
            "In this work, we use FINN to deploy three ANNs, MobileNet and two CNVs, inside an FPGA's programmable logic. "
            "The models were trained on our own dataset. MobileNet reaches an inference speed of 6611 FPS.",
            {"6611 FPS": "fpga"},
        ),
        # a core inside a system-on-chip: the system-on-chip is the platform; a deployment sentence takes it
        (
            None,
            "We demonstrate the first implementation on a dual-core XTensa LX7 microcontroller inside the ESP32-S3 "
            "system-on-chip. By deploying the small model, we achieve 79.64% top-1 accuracy.",
            {"79.64%": "esp32-s3"},
        ),
        # "over" a platform with no comparison before it is where the work ran
        (
            None,
            "In our experiments, we train several networks over an AWS Lambda cluster of 256 workers. The latter scheme "
            "yields a 16% improvement in runtime over the baseline scheme.",
            {"16%": "aws-lambda"},
        ),
        # a paper whose title names its platform: the other claims of a sentence measuring speed there are on it too
        (
            "Efficient On-Chip Implementation of 3D Object Detection on Hailo-8L",
            "We present the first on-chip implementation of a detector on the Hailo-8L AI accelerator. The proposed "
            "system achieves 46.47% AP_3D while achieving an inference speed of 13.76 Hz.",
            {"46.47%": "hailo", "13.76 Hz": "hailo"},
        ),
        # ... but not when the title names none (quantized accuracy next to a latency measured on the GPU)
        (
            "Dyadic Neural Network Quantization",
            "Our kernels run on an NVIDIA T4 GPU. Our INT8 model achieves an accuracy of 77.58% and reduces latency by 23%.",
            {"77.58%": None, "23%": "nvidia-t4"},
        ),
    ],
)
def test_where_the_work_ran_reaches_claims_of_later_sentences(pipeline, title, text, hardware):
    got = pipeline.process(Paper("t", text, title)).results
    assert {r.text: r.hardware.rsplit("/", 1)[1] if r.hardware else None for r in got if r.text in hardware} == hardware


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # a comparison before "over": the baseline's platform, not a setting
        ("We train the networks 3x faster over an AWS Lambda cluster. The scheme cuts runtime by 16%.", "16%"),
        # "into" packs layers into devices; it states no platform the claims ran on
        ("It packs active layers into fewer GPUs and forks more replicas. It attains a 2.4 fold speedup.", "2.4 fold"),
    ],
)
def test_phrases_that_state_no_platform_for_later_claims(pipeline, text, value_text):
    assert claim(pipeline, text, value_text).hardware is None


def test_attachments_in_the_claims_sentence_say_so(pipeline):
    r = claim(pipeline, "On ImageNet, our model reaches 80.0% top-1 accuracy on an NVIDIA A100.", "80.0%")
    assert (r.benchmark_attachment, r.hardware_attachment) == ("same-sentence", "same-sentence")
    r = claim(pipeline, "Our model reaches 80.0% top-1 accuracy.", "80.0%")
    assert (r.benchmark_attachment, r.hardware_attachment) == (None, None)


def test_attachments_are_in_the_graph(tmp_path):
    from kg.build import build
    from kg.graph import PREFIXES
    from kg.store import open_graph

    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "p1", "title": "T", "abstract": "We evaluate our method on ImageNet. It improves top-1 accuracy by 2.1%."}\n'
    )
    build([src], tmp_path / "out", html=False, jobs=1)
    rows = list(
        open_graph(tmp_path / "out").query(
            "SELECT ?b ?how WHERE { ?r kg:onBenchmark ?b ; kg:benchmarkAttachment ?how }", prefixes=PREFIXES
        )
    )
    assert [(row["b"].value, row["how"].value) for row in rows] == [(BENCH + "imagenet", "earlier-sentence")]


def _eval_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data" / "eval"
    out = []
    for name in ("dev", "heldout", "test2"):
        for line in (data / f"{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            out += [record["abstract"], record.get("title") or ""]
    return out


COUNT_TEXTS = [
    "We test on three datasets and two GPUs.",
    "Results on SEVERAL BENCHMARKS and 4 Edge Devices.",  # case folded
    "We use various public datasets; none of it counts here.",
    "On a suite of  eight  vision benchmarks.",
    "Evaluated on two dataſets.",  # a long s: re.IGNORECASE folds it to "s", str.lower does not
    "Evaluated on two datasets with naïve baselines.",  # not ASCII: the pattern runs
    "Across ٣ datasets and 2+ accelerators.",  # a non-ASCII digit is a count's number too
    "No count at all, only a dataset and a GPU.",
    "",
]


@pytest.mark.parametrize("text", COUNT_TEXTS)
def test_counts_shortcut_gives_the_patterns_counts(text):
    """_counts skips the pattern on ASCII texts holding no counted noun: it must find what the pattern finds."""
    from kg import result_scope

    kinds = [k for k in result_scope._COUNT.groupindex if k != "n"]
    want = tuple(
        (m.group("n"), frozenset(k for k in kinds if m.group(k))) for m in result_scope._COUNT.finditer(text, 0, len(text))
    )
    assert result_scope._counts(text, 0, len(text)) == want


def test_counts_shortcut_on_eval_abstracts():
    """The same on every sentence of three eval sets' titles and abstracts (most of them take the shortcut)."""
    from kg import result_scope
    from kg.results import sentences

    kinds = [k for k in result_scope._COUNT.groupindex if k != "n"]
    checked = 0
    for text in _eval_texts():
        for s, e in sentences(text):
            want = tuple(
                (m.group("n"), frozenset(k for k in kinds if m.group(k))) for m in result_scope._COUNT.finditer(text, s, e)
            )
            assert result_scope._counts(text, s, e) == want, text[s:e]
            checked += bool(want)
    assert checked > 10


@pytest.mark.parametrize(
    ("name", "module", "plain"),
    [
        ("_COUNT", "kg.result_scope", None),  # None: the pattern without its leading lookahead
        ("_OWN_WORK", "kg.result_scope", None),
        ("_OWN_HARDWARE", "kg.result_scope", None),
        ("_EVALUATION", "kg.result_scope", None),
        # the plain form of the sentence-end pattern (change both together)
        ("_SENTENCE_END", "kg.results", r"[.!?](?=\s+[\"'(\[A-Z0-9])|(?<=[A-Za-z0-9)%]{2})\.(?=[A-Z][a-z]{2,}\b)"),
    ],
)
def test_fast_pattern_matches_where_its_plain_form_does(name, module, plain):
    """A pattern rewritten to scan faster (a leading lookahead on the characters it can start with, or its one
    character matched before the branches) matches exactly where its plain form does."""
    import importlib
    import re

    fast = getattr(importlib.import_module(module), name)
    if plain is None:
        head = re.match(r"\(\?=\[[^\]]*\]\)", fast.pattern)
        assert head is not None, "the pattern starts with its lookahead"
        plain = fast.pattern[head.end() :]
    reference = re.compile(plain, fast.flags)
    texts = [*_eval_texts(), *COUNT_TEXTS, "Fig. 3 shows it.Then FPS.Existing ones! Yes? (No) e.g. This. 4%.Then a)."]
    # letters IGNORECASE folds onto ASCII ones (long s, Kelvin sign, dotted and dotless i), in words these patterns hold
    texts += ["ſeveral tests, thiſ paper; WE DESIGN A CHIP", "İn thıs work we evaluate", "our KERNEL", "Two datasets"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def _result(start: int, **kw) -> Result:
    return Result("https://w3id.org/papers-kg/metric/x", "abstract", start, start + 2, "2%", 0, 1, **kw)


@pytest.mark.parametrize(
    ("results", "measured", "want"),
    [
        ([], frozenset({"Benchmark"}), {"Benchmark": -1, "HardwarePlatform": -1}),
        ([_result(0), _result(25)], frozenset({"Benchmark"}), {"Benchmark": 2, "HardwarePlatform": -1}),
        ([_result(12), _result(25, benchmark=BENCH + "b")], frozenset({"Benchmark"}), {"Benchmark": 1, "HardwarePlatform": -1}),
        # "on the same benchmark" reaches a claim measured on anything: a platform metric's claim may take a benchmark
        ([_result(12)], frozenset({"HardwarePlatform"}), {"Benchmark": 1, "HardwarePlatform": 1}),
        ([_result(12), _result(25)], frozenset(), {"Benchmark": -1, "HardwarePlatform": -1}),  # measured on nothing
    ],
)
def test_last_taker_is_the_last_sentence_a_setting_can_reach(results, measured, want):
    # carry_settings reads no sentence's setting past these: nothing later takes one
    from kg.result_scope import _last_taker

    sentences = [(0, 10), (12, 20), (25, 30)]
    assert _last_taker(sentences, results, lambda r: measured) == want
