"""Reported results (kg.results) and their scorer (kg.evaluate_results), on the packaged vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.records import Paper, Result

DATA = Path(__file__).resolve().parent / "data"
EVAL = DATA / "eval"
METRIC = "https://w3id.org/papers-kg/metric/"
HW = "https://w3id.org/papers-kg/hardware/"
BENCH = "https://w3id.org/papers-kg/benchmark/"
MODEL = "https://w3id.org/papers-kg/model/"


@pytest.fixture(scope="module")
def pipeline():
    from kg.build import Pipeline
    from kg.vocab import load

    return Pipeline(load())


def results(pipeline, text: str) -> list[Result]:
    return list(pipeline.process(Paper("t", text)).results)


def only(pipeline, text: str) -> Result:
    rs = results(pipeline, text)
    assert len(rs) == 1, [r.text for r in rs]
    return rs[0]


# ------------------------------------------------------------------ the forms the seeds use


@pytest.mark.parametrize(
    ("text", "value_text", "metric", "value", "unit", "relation"),
    [
        ("Our model runs 2.62x faster than EfficientNet-B0.", "2.62x", "speedup", 2.62, "x", "improvement"),
        ("It reaches 80.0% top-1 accuracy on ImageNet.", "80.0%", "top-1-accuracy", 80.0, "%", "absolute"),
        ("It reaches 80.0\\% top-1 accuracy on ImageNet.", "80.0\\%", "top-1-accuracy", 80.0, "%", "absolute"),
        ("The kernel is 3.5× faster than cuBLAS.", "3.5×", "speedup", 3.5, "x", "improvement"),
        ("It achieves 2.4 fold speedup compared to the baseline.", "2.4 fold", "speedup", 2.4, "x", "improvement"),
        ("It achieves a 2,000-fold reduction in energy.", "2,000-fold", "energy", 2000.0, "x", "reduction"),
        ("Our kernels run 1.72times faster than the FP32 baseline.", "1.72times", "speedup", 1.72, "x", "improvement"),
        ("Our kernels run 1.6 times faster than FP32 kernels.", "1.6 times", "speedup", 1.6, "x", "improvement"),
        ("The design gives a 4.2$\\times$ speedup over the baseline.", "4.2$\\times$", "speedup", 4.2, "x", "improvement"),
        ("It obtains 56.04ms inference savings on Cortex-A7 CPU.", "56.04ms", "latency", 56.04, "ms", "reduction"),
        ("A training step takes 17.1 ms on the board.", "17.1 ms", "latency", 17.1, "ms", "absolute"),
        ("Inference finishes within 2.5 s per image.", "2.5 s", "latency", 2.5, "s", "absolute"),
        ("Training fits in 256KB of memory.", "256KB", "memory", 256.0, "KB", "absolute"),
        ("The model needs 40 GB of memory for long inputs.", "40 GB", "memory", 40.0, "GB", "absolute"),
        ("The network needs only 300 MFLOPs per image.", "300 MFLOPs", "flops", 300.0, "MFLOPs", "absolute"),
        ("The model has 4.1 G FLOPs per image.", "4.1 G FLOPs", "flops", 4.1, "GFLOPs", "absolute"),
        ("It reduces data transfer time by 47.1%.", "47.1%", "latency", 47.1, "%", "reduction"),
        ("We achieve 28.4 BLEU on the test set.", "28.4", "bleu", 28.4, None, "absolute"),
        ("It reaches a perplexity of 5.21 after training.", "5.21", "perplexity", 5.21, None, "absolute"),
        ("It achieves a new SOTA R2 of 0.93 for slack prediction.", "0.93", "r2", 0.93, None, "absolute"),
        ("The chip draws 12 mW while running.", "12 mW", "power", 12.0, "mW", "absolute"),
        ("The accelerator reaches 9.2 TOPS/W at 0.6 V.", "9.2 TOPS/W", "energy-efficiency", 9.2, "TOPS/W", "absolute"),
        ("It renders 8k res. at 120FPS for our applications.", "120FPS", "throughput", 120.0, "FPS", "absolute"),
        ("It gains 2.3 points of accuracy over the baseline.", "2.3 points", "accuracy", 2.3, "pp", "improvement"),
        ("It performs significantly better (+0.15dB on Images).", "+0.15dB", "psnr", 0.15, "dB", "improvement"),
        ("The search takes 1200 GPU hours.", "1200 GPU hours", "training-cost", 1200.0, "GPU hours", "absolute"),
        (
            "It is an order of magnitude faster than CNN-based methods.",
            "an order of magnitude",
            "speedup",
            10.0,
            "x",
            "improvement",
        ),
        (
            "It is more than two orders of magnitude faster than TFLite Micro.",
            "two orders of magnitude",
            "speedup",
            100.0,
            "x",
            "improvement",
        ),
        ("It uses less than 1/1000 of the memory of PyTorch.", "1/1000", "memory", 0.001, "x", "reduction"),
        ("It matches the accuracy for one tenth of the memory.", "one tenth", "memory", 0.1, "x", "reduction"),
        ("The model is twice as fast and twice faster than the baseline.", "twice", "speedup", 2.0, "x", "improvement"),
        ("The head model is 83 times smaller.", "83 times", "model-size", 83.0, "x", "reduction"),
        ("It uses 6times fewer parameters than AmoebaNet-B.", "6times", "parameters", 6.0, "x", "reduction"),
        ("It reaches 2.08% test error with only 5.7M parameters.", "2.08%", "error-rate", 2.08, "%", "absolute"),
    ],
)
def test_seed_forms_become_results(pipeline, text, value_text, metric, value, unit, relation):
    r = next(r for r in results(pipeline, text) if r.text == value_text)
    assert r.metric == METRIC + metric
    assert r.value == pytest.approx(value)
    assert r.unit == unit
    assert r.relation == relation
    assert text[r.start : r.end] == value_text
    assert r.sentence_start <= r.start < r.end <= r.sentence_end


def test_parameter_count_with_a_cue_is_a_result(pipeline):
    rs = {r.text: r for r in results(pipeline, "It reaches 2.08% test error with only 5.7M parameters.")}
    assert rs["5.7M"].metric == METRIC + "parameters" and rs["5.7M"].unit == "M" and rs["5.7M"].value == 5.7


@pytest.mark.parametrize(
    ("text", "value_text", "lo", "hi", "unit"),
    [
        ("ResNet-RS is 1.7x - 2.7x faster than EfficientNets.", "1.7x - 2.7x", 1.7, 2.7, "x"),
        ("Sparse networks run 1.3-2.4times faster than dense ones.", "1.3-2.4times", 1.3, 2.4, "x"),
        ("There is a gap of 1.5X-55X in the desired speed on current GPUs.", "1.5X-55X", 1.5, 55.0, "x"),
        ("The models achieve top-1 accuracy from 67.2% to 80.0% on ImageNet.", "from 67.2% to 80.0%", 67.2, 80.0, "%"),
        ("It gives speedups ranging from 2x to 13x on various benchmarks.", "from 2x to 13x", 2.0, 13.0, "x"),
        ("The gap in power is 2-4 OOM for AR/VR.", "2-4 OOM", 100.0, 10000.0, "x"),
    ],
)
def test_ranges_have_min_and_max_and_no_value(pipeline, text, value_text, lo, hi, unit):
    r = next(r for r in results(pipeline, text) if r.text == value_text)
    assert (r.min_value, r.max_value, r.value, r.unit) == (pytest.approx(lo), pytest.approx(hi), None, unit)


def test_from_to_after_a_change_verb_is_the_new_figure_with_its_baseline(pipeline):
    r = only(pipeline, "NIRVANA improves encoding quality from 37.36 to 37.70 (in terms of PSNR).")
    assert (r.value, r.baseline_value, r.relation, r.metric) == (37.70, 37.36, "absolute", METRIC + "psnr")


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed aside between the verb and "from" (arXiv:2603.16207; the verb was 85 characters back)
        "It boosts the Autonomous Success Rate (resolving tasks without unnecessary user intervention) from 42.86% to "
        "71.43%, while maintaining high precision.",
        "It raises the rank correlation (Kendall's $\\tau$ ) between price and cost rankings from 42.86 to 71.43.",
        "It reduces latency (from 42.86 ms to 71.43 ms) on the device.",
    ],
)
def test_from_to_after_a_change_verb_and_an_aside_is_a_change(pipeline, text):
    r = next(r for r in results(pipeline, text) if r.text.startswith("from"))
    assert (r.value, r.baseline_value, r.min_value, r.max_value) == (71.43, 42.86, None, None)


def test_from_to_with_no_change_verb_before_it_stays_a_range(pipeline):
    r = only(pipeline, "Accuracy (on the (nested) validation set) ranges from 42.86% to 71.43% in our tests.")
    assert (r.value, r.min_value, r.max_value) == (None, 42.86, 71.43)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("It achieves up to 9.4x speedup over state-of-art solutions.", "up to"),
        ("It achieves up to 9.4$\\times$ speedup over state-of-art solutions.", "up to"),
        ("It achieves 9.4x speedup on average over existing solutions.", "on average"),
        ("It achieves an average of 9.4x speedup over existing solutions.", "on average"),
        ("It achieves compression rates of more than 10x for ResNet-34.", "more than"),
        ("The accuracy loss is <5% for every task.", "less than"),
        ("The accuracy loss is $<$5\\% for every task.", "less than"),
        ("The accuracy loss is less than 0.6% for any new task.", "less than"),
        ("The pattern obtains about 3.0% improvements in top-1 accuracy.", "about"),
        ("It achieves at least 2x speedup in all settings.", "at least"),
        ("It achieves 2x speedup over the baseline.", None),
    ],
)
def test_qualifiers(pipeline, text, qualifier):
    assert only(pipeline, text).qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 and 2021, several papers appeared (Tan & Le, 2019).",
        "As shown in Section 3.2 and Table 4, prior work [4,27] differs.",
        "The search space holds 10^13 architectures.",  # a property of the space, not a measured result
        "We evaluate ResNet-50, GPT-3 (175B), Llama-3.1 8B and EfficientNet-B0.",
        "We use 3 datasets and 8 devices in 2 settings.",
        "We quantize weights to 4-bit and 8-bit precision with FP16 accumulation.",
        "A $1\\times N$ block pattern and 7x7 depthwise convolution on 256 times 256 images.",
        "For a Transformer model with 70B parameters we train a 1B and a 3B model on 3B tokens.",
        "In the case of 50% sparsity, for 30% sparse MobileNet-v1, we shrink the model when it is partially trained (~50%).",
        "We train on CIFAR-10, CIFAR-100 and ImageNet-1K with 1-D and 2-D kernels on 8x A100 GPUs.",
        "Half of the tasks use 10% of the data.",
    ],
)
def test_negatives_are_not_results(pipeline, text):
    assert results(pipeline, text) == []


# ------------------------------------------------------------------ metric choice and lists


def test_respectively_maps_metrics_to_numbers_in_order(pipeline):
    text = (
        "BottleFit decreases power consumption and latency respectively by up to 49% and 89% with respect to local "
        "computing and by 37% and 55% w.r.t. edge offloading."
    )
    got = [(r.text, r.metric.rsplit("/", 1)[1], r.relation) for r in results(pipeline, text)]
    assert got == [
        ("49%", "power", "reduction"),
        ("89%", "latency", "reduction"),
        ("37%", "power", "reduction"),
        ("55%", "latency", "reduction"),
    ]


def test_a_list_of_numbers_shares_the_metric_after_it(pipeline):
    text = "The kernels give 12X,20X,33X and 39X speedups for scaling factors of 8, 16, 32 and 64."
    assert [(r.text, r.metric) for r in results(pipeline, text)] == [
        (t, METRIC + "speedup") for t in ("12X", "20X", "33X", "39X")
    ]


def test_a_label_behind_another_claim_belongs_to_that_claim(pipeline):
    text = "C4 cuts error-induced overhead by roughly 30% and enhances runtime performance by about 15%."
    got = {r.text: r.metric.rsplit("/", 1)[1] for r in results(pipeline, text)}
    assert got == {"30%": "training-cost", "15%": "performance"}


def test_a_percentage_on_a_benchmark_without_a_metric_is_a_task_score(pipeline):
    r = only(pipeline, "S4D performs comparably to S4, averaging 85\\% on the Long Range Arena benchmark.")
    assert (r.metric, r.benchmark, r.qualifier) == (METRIC + "task-quality", BENCH + "long-range-arena", "on average")


def test_metric_labels_are_not_linked_as_entities(pipeline):
    lp = pipeline.process(Paper("t", "Top-1 accuracy, latency, throughput, FLOPs and perplexity on GPUs."))
    assert {lk.concept for lk in lp.links} == {HW + "gpu"}


# ------------------------------------------------------------------ attachment


def test_benchmark_hardware_and_baseline_in_the_same_sentence(pipeline):
    r = only(pipeline, "On ImageNet, our model runs 2.62x faster than EfficientNet-B0 on an STM32F746 microcontroller.")
    assert (r.benchmark, r.hardware, r.compared_to) == (BENCH + "imagenet", HW + "stm32f746", MODEL + "efficientnet-b0")


def test_each_number_takes_the_platform_of_its_own_phrase(pipeline):
    text = (
        "BottleFit reduces power consumption and execution time respectively by up to 54% and 44% on the Jetson "
        "and 40% and 62% on Raspberry PI."
    )
    hw = {r.text: r.hardware.rsplit("/", 1)[1] for r in results(pipeline, text)}
    assert hw == {"54%": "nvidia-jetson", "44%": "nvidia-jetson", "40%": "raspberry-pi", "62%": "raspberry-pi"}


def test_hardware_in_another_clause_is_not_attached(pipeline):
    text = "On ImageNet, our model achieves 3.1% better top-1 accuracy than MobileNetV2, while being 1.2x faster on GPU."
    rs = {r.text: r for r in results(pipeline, text)}
    assert rs["3.1%"].hardware is None and rs["1.2x"].hardware == HW + "gpu"
    assert rs["3.1%"].benchmark == rs["1.2x"].benchmark == BENCH + "imagenet"
    assert rs["3.1%"].compared_to == MODEL + "mobilenet-v2"


def test_attachment_stops_at_the_next_claim(pipeline):
    text = "MCUNetV2 sets a record ImageNet accuracy on MCU (71.8%), and achieves >90% accuracy on the visual wake words dataset."
    bench = {r.text: r.benchmark.rsplit("/", 1)[1] for r in results(pipeline, text)}
    assert bench == {"71.8%": "imagenet", "90%": "visual-wake-words"}


def test_the_target_platform_refers_to_the_platform_named_before(pipeline):
    text = "We train on a RISC-V MCU. End-to-end training requires 17.1 ms and 6.4 ms on the target platform."
    assert {r.hardware for r in results(pipeline, text)} == {HW + "risc-v-mcu"}


def test_no_entities_no_attachment(pipeline):
    r = only(pipeline, "Our method achieves a 2x speedup.")
    assert (r.benchmark, r.hardware, r.compared_to) == (None, None, None)


def test_title_results_carry_the_title_field(pipeline):
    lp = pipeline.process(Paper("t", "We study kernels.", title="A 3x Faster Attention Kernel"))
    assert [(r.field, r.text) for r in lp.results] == [("title", "3x")]


# ------------------------------------------------------------------ graph, queries, scorer


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory):
    from kg.build import build

    out = tmp_path_factory.mktemp("dev-build")
    build([EVAL / "dev-abstracts.jsonl"], out, html=False, jobs=1)
    return out


def test_results_follow_the_data_contract(dev_build):
    from kg.graph import PREFIXES
    from kg.store import open_graph

    store = open_graph(dev_build)
    rows = list(
        store.query(
            """SELECT ?r ?v ?m ?abs ?s ?e ?t WHERE { ?p kg:reports ?r ; dcterms:abstract ?abs .
        ?r a kg:Result ; kg:metric ?m ; kg:valueText ?t ; kg:start ?s ; kg:end ?e ; kg:inField "abstract" ;
           kg:relation ?rel . OPTIONAL { ?r kg:value ?v } ?m a kg:Metric .
           FILTER(?rel IN ("absolute", "improvement", "reduction")) }""",
            prefixes=PREFIXES,
        )
    )
    assert len(rows) > 100
    for row in rows:
        s, e = int(row["s"].value), int(row["e"].value)
        assert row["abs"].value[s:e] == row["t"].value
        if row["v"] is not None:
            assert row["v"].datatype.value.endswith("#decimal")


def test_dev_set_floor(dev_build):
    """Regression guard: value precision/recall and attachment on the dev gold (111 results, 60 abstracts)."""
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    ev = evaluate_results(open_graph(dev_build), read_gold([EVAL / "dev-gold.jsonl"]))
    assert ev.values.gold == 111
    assert ev.values.precision >= 0.96, ev.errors
    assert ev.values.recall >= 0.98, ev.errors
    assert ev.accuracy(ev.benchmark) >= 0.97  # ImageNet named as ILSVRC-2012 a sentence before: kg.result_scope
    assert ev.accuracy(ev.hardware) >= 0.75  # 7 of the 29 name NGPC, a paper's own design the vocabulary cannot know


def test_heldout_set_floor(tmp_path):
    """Regression guard on the 90 held-out abstracts (130 results), used for error analysis of classes of errors.

    Not an estimate of generalization any more (see README "Reported results" for the blind test2 figures).
    """
    from kg.build import build
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    build([EVAL / "heldout-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    ev = evaluate_results(open_graph(tmp_path), read_gold([EVAL / "heldout-gold.jsonl"]))
    assert ev.values.gold == 130  # 128 objects, two of them a "/" list of two numbers ("mAP/top-1": "0.621/0.820")
    assert ev.values.precision >= 0.95, ev.errors
    assert ev.values.recall >= 0.96, ev.errors
    # 4 of the 52 left: H&N1 and NSCLC Radiogenomics (not linked), TOSCA as the second of "FAUST ... and TOSCA" paired
    # with a second pair of numbers without "respectively"
    assert ev.accuracy(ev.benchmark) >= 0.90
    assert ev.accuracy(ev.hardware) >= 0.95


def test_seeds_set_floor(tmp_path):
    """Regression guard on the 128 seed papers outside dev (212 results, tests/data/eval/SEEDS.md): blind gold by two
    annotators, used for error analysis of hardware attachment only.
    """
    from kg.build import build
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    build([EVAL / "seeds-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    ev = evaluate_results(open_graph(tmp_path), read_gold([EVAL / "seeds-gold.jsonl"]))
    assert ev.values.gold == 212
    assert ev.values.precision >= 0.93, ev.errors
    assert ev.values.recall >= 0.93, ev.errors
    assert ev.accuracy(ev.benchmark) >= 0.82  # 9 of the 12 misses: SDSS, 4MOST and DESI spectra, which are not linked
    # 1 of the 46 names Intel PIUMA, which is not linked
    assert ev.accuracy(ev.hardware) >= 0.97


def test_test3_set_floor(tmp_path):
    """Regression guard on test3 (62 papers, 129 results), released for error analysis of hardware attachment (issue #8).

    Also guards over-attachment: claims whose gold names no platform but get one (scored as neither right nor wrong by
    the scorer), counted by scoring against the gold with a name no platform carries where it has none.
    """
    from kg.build import build
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    build([EVAL / "test3-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    gold = read_gold([EVAL / "test3-gold.jsonl"])
    ev = evaluate_results(open_graph(tmp_path), gold)
    assert ev.values.gold == 129
    assert ev.values.precision >= 0.94, ev.errors
    assert ev.values.recall >= 0.95, ev.errors
    assert ev.accuracy(ev.benchmark) >= 0.96
    # left: the GPU of a "GPU-accelerated framework" on two claims (dev's gold leaves such claims without a platform)
    assert ev.accuracy(ev.hardware) >= 0.95
    nobody = "no such platform"
    marked = [dict(g, results=[dict(r, hardware=r.get("hardware") or nobody) for r in g.get("results") or []]) for g in gold]
    extra = [e for e in evaluate_results(open_graph(tmp_path), marked).errors if e[0] == "hardware" and nobody in e[2]]
    assert sum(not e[2].endswith("predicted None") for e in extra) <= 8, extra
    marked = [dict(g, results=[dict(r, benchmark=r.get("benchmark") or nobody) for r in g.get("results") or []]) for g in gold]
    extra = [e for e in evaluate_results(open_graph(tmp_path), marked).errors if e[0] == "benchmark" and nobody in e[2]]
    assert sum(not e[2].endswith("predicted None") for e in extra) <= 7, extra  # model sizes on ImageNet, among others


def test_test2_set_floor(tmp_path):
    """Regression guard on test2 (50 papers, 88 results), blind for two sessions, released for error analysis (issue #8).

    Most misses left are the annotation's convention: it attaches a benchmark named in another sentence to 13 of 27
    claims (the user's dev gold to 2 of 18), for speed, memory and energy claims too.
    """
    from kg.build import build
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    build([EVAL / "test2-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    ev = evaluate_results(open_graph(tmp_path), read_gold([EVAL / "test2-gold.jsonl"]))
    assert ev.values.gold == 88
    # a baseline's own figure is a result (TEST4.md, seeds: "PSNR 26.15 vs. 25.91"); this gold leaves out some of them
    # ("F1=81.32 vs 84.86", "2.1GB vs 3.2-4.5GB"): .952 before they were read
    assert ev.values.precision >= 0.94, ev.errors
    assert ev.values.recall >= 0.93, ev.errors
    # left: DeepScaleR (vocabulary has "DeepScaleR dataset"), SMOKE (a detector) linked as a benchmark, benchmarks of
    # other sentences on training-time and energy claims
    assert ev.accuracy(ev.benchmark) >= 0.74
    assert ev.accuracy(ev.hardware) >= 0.99


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("6times", "6x", True),
        ("80.0\\%", "80%", True),
        ("an order of magnitude faster", "10x", True),
        ("1.7x - 2.7x", "1.7-2.7x", True),
        ("more than 10x", "10 fold", True),
        ("one tenth", "1/10", True),
        ("2.5x", "2.5%", False),
        ("17.1 ms", "17.1 s", False),
        ("1.3-2.4x", "2.4x", False),
    ],
)
def test_scorer_reads_values_with_the_number_grammar(dev_build, gold, pred, same):
    from kg.evaluate_results import _Reader
    from kg.store import open_graph

    reader = _Reader(open_graph(dev_build))
    assert (reader.value(gold) == reader.value(pred)) is same


def test_evaluate_results_cli_prints_the_table(dev_build):
    from kg.cli import main

    out = CliRunner().invoke(main, ["evaluate-results", str(EVAL / "dev-gold.jsonl"), "-g", str(dev_build)])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split() == ["measure", "score", "hits", "of"]
    assert lines[1].startswith("value precision") and lines[4].startswith("hardware attached")


def test_saved_result_queries_on_the_seeds(seed_store):
    from kg.query import run_saved

    best = {str(r[1].value): float(r[2].value) for r in run_saved(seed_store, "results-best-speedup-per-hardware-class").rows}
    assert best["MCU"] == 100.0 and best["TPU"] == 4.7 and best["GPU"] >= 100
    mcu = {(r[0].value, r[2].value, r[8].value) for r in run_saved(seed_store, "results-on-mcu").rows}
    assert ("sha1:391bb48126e2", "73.62\\%", "STM32F746") in mcu
    nas = {(r[0].value, r[2].value) for r in run_saved(seed_store, "results-nas-imagenet-accuracy").rows}
    assert ("arXiv:2303.09730", "from 67.2% to 80.0%") in nas


def test_results_on_hardware_gathers_the_platform_and_what_lies_beneath_it(seed_store, tmp_path):
    """usertest21: "what is reported on any Jetson", "on the RTX 4090 and its laptop card": results measured on the
    platform the parameter names or on one beneath it, one row per result, the platform named; a name of nothing, none."""
    from kg.build import build
    from kg.query import run_saved
    from kg.store import open_graph

    rows = run_saved(seed_store, "results-on-hardware", {"hardware": "Jetson"}).rows
    assert {(r[0].value, r[1].value, r[3].value) for r in rows} == {
        ("NVIDIA Jetson Nano", "sha1:4ad2450e52e3", "44%"),
        ("NVIDIA Jetson Nano", "sha1:4ad2450e52e3", "54%"),
    }
    assert run_saved(seed_store, "results-on-hardware", {"hardware": "TPU v9"}).rows == ()
    src = tmp_path / "v.jsonl"
    text = "Pruning gives a 3.1x speedup on an RTX 4090 and a 2.2x speedup on an RTX 4090 Laptop GPU; 2x on a TPU."
    src.write_text(json.dumps({"id": "v2", "title": "Cards", "abstract": text}) + "\n", encoding="utf-8")
    build([src], tmp_path / "out", jobs=1, html=False)
    store = open_graph(tmp_path / "out")
    got = {(r[0].value, r[3].value) for r in run_saved(store, "results-on-hardware", {"hardware": "rtx 4090"}).rows}
    assert got == {("NVIDIA GeForce RTX 4090", "3.1x"), ("NVIDIA GeForce RTX 4090 Laptop", "2.2x")}


def test_a_label_right_after_a_claim_is_not_lent_to_a_later_setting(pipeline):
    text = "It reaches 78.4% mAP@0.5 with all labels and 75.1% mAP@0.5 with only 40% of the labeled data."
    assert [r.text for r in results(pipeline, text)] == ["78.4%", "75.1%"]


# ------------------------------------------------------------------ forms and metric families of unseen abstracts


@pytest.mark.parametrize(
    ("text", "value_text", "metric", "value", "lo", "hi", "unit"),
    [
        ("It improves draft accuracy by 6% to 50% over vanilla decoding.", "6% to 50%", "accuracy", None, 6.0, 50.0, "%"),
        ("It achieves a speedup of 1.10x to 2.64x in LLM inference.", "1.10x to 2.64x", "speedup", None, 1.1, 2.64, "x"),
        ("Current methods achieve only 2 to 9 FPS on phones.", "2 to 9 FPS", "throughput", None, 2.0, 9.0, "FPS"),
        ("It achieves $3.3$--$3.4\\times$ speedup over one thread.", "3.3$--$3.4\\times$", "speedup", None, 3.3, 3.4, "x"),
        ("It has a per-iteration time of ${\\sim}47$--$54$~ms on the tree.", "47$--$54$~ms", "latency", None, 47.0, 54.0, "ms"),
        (
            "It improves generation fidelity in long tasks (2.3-3.2 %) at no cost.",
            "2.3-3.2 %",
            "task-quality",
            None,
            2.3,
            3.2,
            "%",
        ),
        ("It improves Top-1 accuracy by +2.44%p over the INT8 baseline.", "+2.44%p", "top-1-accuracy", 2.44, None, None, "pp"),
        ("It reaches effective frame rates of up to $\\approx$66 Hz.", "66 Hz", "throughput", 66.0, None, None, "Hz"),
        (
            "It gives a stable throughput of >60 tokens/second on the laptop.",
            "60 tokens/second",
            "throughput",
            60.0,
            None,
            None,
            "tokens/second",
        ),
        ("It keeps quality at ultra-low bitrates (< 0.0003 bpp) for video.", "0.0003 bpp", "bitrate", 0.0003, None, None, "bpp"),
        ("The algorithm achieved a DSC of 0.56 on the test set.", "0.56", "dice", 0.56, None, None, None),
        ("The algorithm achieved an HD95 of 41.1 mm on the test set.", "41.1 mm", "surface-distance", 41.1, None, None, "mm"),
        ("The model reaches an RMSE of 0.21 on held-out sites.", "0.21", "regression-error", 0.21, None, None, None),
        ("MASSeg achieves a J&F score of 0.8628 on the test set.", "0.8628", "j-and-f", 0.8628, None, None, None),
        (
            "The method gives a state-of-the-art temporal consistency (26.07) on video.",
            "26.07",
            "video-quality",
            26.07,
            None,
            None,
            None,
        ),
        ("It achieves success rates of 28.0% on the agent tasks.", "28.0%", "pass-at-k", 28.0, None, None, "%"),
        ("The model reaches 58.1% EM on the questions.", "58.1%", "exact-match", 58.1, None, None, "%"),
        ("The retriever reaches 71.5% recall@10 on the corpus.", "71.5%", "task-quality", 71.5, None, None, "%"),
        ("Our model lowers FVD to 120.5 and keeps a 0.31 CLIP score on clips.", "0.31", "psnr", 0.31, None, None, None),
        ("It achieves a 43% token reduction on long prompts.", "43%", "token-usage", 43.0, None, None, "%"),
        ("The detector reaches 67.0% NDS on the nuScenes validation split.", "67.0%", "task-quality", 67.0, None, None, "%"),
        # a spaced capital X is a factor before a word or a stop, not before a number or a name
        ("HAMSA runs with 2.2 X faster inference than DeiT-S.", "2.2 X", "speedup", 2.2, None, None, "x"),
        ("Our kernel gives a 3.1 x speedup.", "3.1 x", "speedup", 3.1, None, None, "x"),
        # a colon before a number ends no clause: "(accuracy: 82.89%)"
        ("The fusion model is best (accuracy: 82.89\\%) on fundus images.", "82.89\\%", "accuracy", 82.89, None, None, "%"),
        # no metric label past "across": "70% across different model sizes" is on the FLOPs named before
        (
            "It reduces the number of FLOPs in attention by around 70% across different model sizes.",
            "70%",
            "flops",
            70.0,
            None,
            None,
            "%",
        ),
        (
            "It reaches an efficiency rating of 42.26 GMAC/J on the sensor.",
            "42.26 GMAC/J",
            "energy-efficiency",
            42.26,
            None,
            None,
            "GMAC/J",
        ),
        # a bare score after "across N benchmarks to"
        (
            "O-MARC improves the average score across four benchmarks to 45.8 on Qwen.",
            "45.8",
            "task-quality",
            45.8,
            None,
            None,
            None,
        ),
        # "twice the <metric>": the metric after
        ("Our accelerator achieves twice the throughput of the baseline.", "twice", "throughput", 2.0, None, None, "x"),
    ],
)
def test_unseen_forms_and_metric_families(pipeline, text, value_text, metric, value, lo, hi, unit):
    r = next(r for r in results(pipeline, text) if r.text == value_text)
    assert (r.metric, r.value, r.min_value, r.max_value, r.unit) == (METRIC + metric, value, lo, hi, unit)


@pytest.mark.parametrize(
    ("text", "value_text", "value", "baseline"),
    [
        ("It improves Top-1 accuracy by 2.44 points (58.72% -> 61.16%) over the INT8 model.", "58.72% -> 61.16%", 61.16, 58.72),
        ("It raises accuracy ($91\\%\\rightarrow92\\%$) with the new prompt.", "91\\%\\rightarrow92\\%", 92.0, 91.0),
        ("DRP reduces average token usage on GSM8K from 917 to 328 at equal accuracy.", "from 917 to 328", 328.0, 917.0),
        ("It increases the attention sparsity from 0% to 60% during prefilling.", "from 0% to 60%", 60.0, 0.0),
        (  # the change verb reaches past a decimal point
            "It lowers energy per 2.56 s window from 14200 mJ to 10750 mJ on the Pi.",
            "from 14200 mJ to 10750 mJ",
            10750.0,
            14200.0,
        ),
    ],
)
def test_changes_give_the_new_figure_and_the_baseline(pipeline, text, value_text, value, baseline):
    r = next(r for r in results(pipeline, text) if r.text == value_text)
    assert (r.value, r.baseline_value, r.min_value, r.relation) == (value, baseline, None, "absolute")
    assert r.metric != METRIC + "performance"


def test_a_list_of_bare_numbers_shares_the_label_before_it(pipeline):
    text = "RobSurv performs well, achieving concordance index of 0.771, 0.742, and 0.734 respectively - outperforming others."
    assert [(r.text, r.metric) for r in results(pipeline, text)] == [
        (t, METRIC + "concordance-index") for t in ("0.771", "0.742", "0.734")
    ]


def test_a_signed_number_takes_the_label_of_its_clause(pipeline):
    r = only(pipeline, "Experiments show consistent ROUGE-L gains, particularly on unseen data (+0.37 on average).")
    assert (r.value, r.metric, r.relation, r.qualifier) == (0.37, METRIC + "bleu", "improvement", "on average")


@pytest.mark.parametrize(
    "text",
    [
        "Under severe motion blur (1000 ms exposure), the image-only policy fails.",
        "We run the pruned model on a single 24GB GPU by engineering work.",
        "The agent is compared under 50% wind penetration in winter.",
        "3DGS struggles to meet the real-time requirement of 90 frames per second (FPS) on phones.",
        "Our design meets the 200ms psycholinguistic latency threshold without dependencies.",
        "Many LiDAR systems operate at low frame rates (e.g., 5-10 Hz) in practice.",
        "Algorithm methodology included 5-fold cross-validation with STAPLE ensembling.",
        "The model keeps high diagnostic precision using only 10% of training labels.",
        "When retaining only 10% of the visual tokens, the planner still works.",
        "Larger models show twice the quantization resilience in our study.",  # "twice the" a noun no metric names
        "Experiments in 4 x 4 grids and 8 x A100 nodes show it.",  # a spaced x between numbers or before a name
        "Through preprocessing with 60% center cropping, the model is robust.",
        # tail21: an amount of training data compared ("with 5x less data"), a kept share of the input tokens
        "Our method matches the baseline accuracy on ImageNet with 5x less data.",
        "It requires nearly 50% fewer labeled samples to reach comparable accuracy.",
        "FastV keeps accuracy while preserving only 35% of image tokens.",
    ],
)
def test_settings_stated_by_their_surrounding_words_are_not_results(pipeline, text):
    assert results(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        ("The model achieves 88.2% length compliance on MMLU prompts.", "88.2%"),  # a metric the vocabulary lacks
        ("Gemini achieved 92.6% Reading Accuracy but only 1.2% Strict Safety.", "1.2%"),
        ("It enables a remarkable 24x temporal extrapolation at no cost.", "24x"),
        ("COMAP outperforms the baselines, e.g., +16.75% relative improvement with a small model.", "+16.75%"),
        ("It improves on prior work by 3.2% w.r.t. edge offloading.", "3.2%"),
    ],
)
def test_claims_on_metrics_the_vocabulary_lacks_are_kept(pipeline, text, value_text):
    assert value_text in [r.text for r in results(pipeline, text)]


# ------------------------------------------------------------------ attachment in unseen abstracts


def test_respectively_maps_benchmarks_to_numbers_in_order(pipeline):
    text = (
        "The agent attains scores of $91.6\\%$, $53.3\\%$, and $61.2\\%$ on the ScreenSpot-Pro, OSWorld, and ImageNet "
        "benchmarks, respectively."
    )
    assert [r.benchmark.rsplit("/", 1)[1] for r in results(pipeline, text)] == ["screenspot-pro", "osworld", "imagenet"]


def test_respectively_does_not_pair_numbers_with_entities_past_the_next_claim(pipeline):
    text = "The kernels have median and maximum speedups of 45x and 6150x for GPU and 17x and 3403x for CPU, respectively."
    hw = [r.hardware.rsplit("/", 1)[1] for r in results(pipeline, text)]
    assert hw == ["gpu", "gpu", "cpu", "cpu"]


def test_a_benchmark_after_the_next_claim_is_that_claims(pipeline):
    text = (
        "DRP reduces the LLM's average token usage on GSM8K from 917 to 328 while improving accuracy from 91.7% to 94.1%, "
        "and achieves a 43% token reduction on AIME."
    )
    bench = {r.text: r.benchmark.rsplit("/", 1)[1] for r in results(pipeline, text)}
    assert bench == {"from 917 to 328": "gsm8k", "from 91.7% to 94.1%": "gsm8k", "43%": "aime"}


@pytest.mark.parametrize(
    ("text", "hardware"),
    [
        (
            "The accelerator is implemented on a Xilinx ZCU102 board. On the FPGA, it runs at 30 FPS and draws 3.5 W.",
            "xilinx-zcu102",
        ),
        ("Our method cuts latency to 12 ms on ImageNet. All experiments run on a single NVIDIA A100 GPU.", "nvidia-a100"),
    ],
)
def test_the_platform_an_abstract_runs_on_is_the_hardware_of_its_results(pipeline, text, hardware):
    assert {r.hardware for r in results(pipeline, text)} == {HW + hardware}


@pytest.mark.parametrize(
    ("text", "hardware"),
    [
        # issue #8: an accuracy is measured on a benchmark, not on the platform the work runs on ...
        (
            "Our method reaches 80.1% top-1 accuracy on ImageNet. All experiments run on a single NVIDIA A100 GPU.",
            {"80.1%": None},
        ),
        # ... unless its sentence reports a deployment or measures something else there
        (
            "The models were deployed on a Xilinx ZCU102 board. The detector reaches a success rate of 98% and an "
            "inference speed of 6611 FPS.",
            {"98%": "xilinx-zcu102", "6611 FPS": "xilinx-zcu102"},
        ),
        (
            "Our accelerator is implemented on a Xilinx ZCU102 board. By deploying the small model, we achieve 79.6% "
            "top-1 accuracy.",
            {"79.6%": "xilinx-zcu102"},
        ),
        # a background sentence before the paper speaks of its own work states no platform of its own
        (
            "Deploying deep learning models on embedded systems has been challenging. We propose CoDeNet, which "
            "reaches 26.9 frames per second.",
            {"26.9 frames per second": None},
        ),
        # a statement naming several platforms leaves the claims' platform unsaid; "GPU-based" names none
        (
            "We measure an application running on a NVIDIA Jetson Nano board (GPU-based) and a Raspberry PI board. "
            "Our method decreases power consumption by up to 49%.",
            {"49%": None},
        ),
    ],
)
def test_which_claims_take_the_platform_an_abstract_runs_on(pipeline, text, hardware):
    got = {r.text: r.hardware.rsplit("/", 1)[1] if r.hardware else None for r in results(pipeline, text)}
    assert got == hardware


@pytest.mark.parametrize(
    ("text", "hardware"),
    [
        # the baseline's platform gives way to the platform the abstract runs on
        (
            "We deploy our model on the SambaNova SN40L. It achieves a speedup of 3.7x over a DGX H100 and 6.6x over a DGX A100.",
            {"3.7x": "sambanova-sn40l", "6.6x": "sambanova-sn40l"},
        ),
        # ... and to the setting an earlier sentence states
        (
            "We run all experiments on a Jetson Orin. The pruned model is 3.1x faster than on an Intel CPU.",
            {"3.1x": "nvidia-jetson-orin"},
        ),
        # with no other platform, a claim keeps the comparison's ("over mobile Ampere GPUs", as annotators read it)
        (
            "Our design achieves up to 45.7x speedup and 62.9x energy savings over mobile GPUs.",
            {"45.7x": "mobile-gpu", "62.9x": "mobile-gpu"},
        ),
        # not a comparison's object: a platform both sides ran on, a number after the cue
        ("Our kernel is 2.1x faster than baselines on the NVIDIA A100 GPU.", {"2.1x": "nvidia-a100"}),
        ("It reaches over 90% utilization on an NVIDIA A100 GPU.", {"90%": "nvidia-a100"}),
        # several words between the cue and the platform
        (
            "We run on a Jetson Orin. X is 1.69x faster than the older high-end datacenter NVIDIA A100 GPU.",
            {"1.69x": "nvidia-jetson-orin"},
        ),
    ],
)
def test_the_platform_a_claim_is_compared_with_is_the_baselines(pipeline, text, hardware):
    assert {r.text: r.hardware.rsplit("/", 1)[1] for r in results(pipeline, text) if r.hardware} == hardware
    if "over a DGX" in text or "Intel CPU" in text:
        assert {r.hardware_attachment for r in results(pipeline, text)} <= {"platform-statement", "earlier-sentence"}


@pytest.mark.parametrize(
    ("text", "hardware"),
    [
        # a time measured on the platform the sentence names later, after a clause break
        (
            "FFAvatar reconstructs avatars in 2 seconds without personalization, while supporting 49 FPS animation "
            "on a single NVIDIA A100 GPU.",
            {"2 seconds": "nvidia-a100", "49 FPS": "nvidia-a100"},
        ),
        ("The system cuts energy by 35%, and runs inference on a Raspberry Pi 4.", {"35%": "raspberry-pi-4"}),
        # accuracy is not measured on a platform: the later platform is the next claim's
        (
            "On ImageNet, our model achieves 3.1% better top-1 accuracy than MobileNetV2, while being 1.2x faster on GPU.",
            {"1.2x": "gpu"},
        ),
        # a platform talked about, not run on ("designed for")
        ("The model cuts latency by 40%, and it is designed for edge devices.", {}),
    ],
)
def test_a_platform_later_in_the_sentence_is_where_the_work_ran(pipeline, text, hardware):
    assert {r.text: r.hardware.rsplit("/", 1)[1] for r in results(pipeline, text) if r.hardware} == hardware


def test_no_platform_when_the_abstract_names_several(pipeline):
    text = "We deploy on an NVIDIA A100 GPU. We also deploy on a Xilinx ZCU102 board. Our method reaches 80.1% top-1 accuracy."
    assert [r.hardware for r in results(pipeline, text)] == [None]


# ------------------------------------------------------------------ scorer fairness


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("from 91.7% to 94.1%", (94.1, None, None, "%"), True),  # a change predicted with its new figure
        ("from 91.7% to 94.1%", (None, 91.7, 94.1, "%"), True),  # or as a range
        ("88.25% to 96.54%", (None, 88.25, 96.54, "%"), True),
        ("from 917 to 328", (328.0, None, None, ""), True),
        ("from 91.7% to 94.1%", (91.7, None, None, "%"), False),
        ("up to 60%", (None, 0.0, 60.0, "%"), False),
    ],
)
def test_scorer_reads_changes_both_ways(dev_build, gold, pred, same):
    from kg.evaluate_results import _Reader
    from kg.store import open_graph

    assert (pred in _Reader(open_graph(dev_build)).values(gold)) is same


@pytest.mark.parametrize(
    ("metric_text", "families"),
    [
        ("improvement over strongest baseline", set()),  # words of the fallback metric name no family
        ("top-1 accuracy improvement", {METRIC + "task-quality"}),
        ("energy savings over mobile GPUs", {METRIC + "energy-and-power"}),
    ],
)
def test_scorer_families_of_gold_metric_texts(dev_build, metric_text, families):
    from kg.evaluate_results import _Reader
    from kg.store import open_graph

    assert _Reader(open_graph(dev_build)).families(metric_text) == families


# ------------------------------------------------------------------ "/" lists and entity lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The model reaches mAP/top-1 of 0.621/0.820 on the test split.",
            [("0.621", "mean-average-precision"), ("0.820", "top-1-accuracy")],
        ),
        ("Our model achieved IoU/Dice scores of 76.79%/86.87%.", [("76.79%", "miou"), ("86.87%", "dice")]),
        (
            "It obtains the best scores ($0.621/0.820$ and $0.865/0.963$ mean average precision (mAP)/top-1).",
            [
                ("0.621", "mean-average-precision"),
                ("0.820", "top-1-accuracy"),
                ("0.865", "mean-average-precision"),
                ("0.963", "top-1-accuracy"),
            ],
        ),
        ("We obtain 75.2/82.1 mAP on both splits.", [("75.2", "mean-average-precision"), ("82.1", "mean-average-precision")]),
        ("It reaches 80.1/75.3% top-1 accuracy.", [("80.1", "top-1-accuracy"), ("75.3%", "top-1-accuracy")]),
    ],
)
def test_a_slash_list_of_numbers_is_one_claim_per_number(pipeline, text, expected):
    assert [(r.text, r.metric.removeprefix(METRIC)) for r in results(pipeline, text)] == expected


def test_the_unit_on_the_last_of_a_slash_list_is_every_ones(pipeline):
    assert [(r.value, r.unit) for r in results(pipeline, "It reaches 80.1/75.3% top-1 accuracy.")] == [(80.1, "%"), (75.3, "%")]


@pytest.mark.parametrize(
    "text",
    [
        "Experts rated our approach 4.14/5.0 versus 3.14/5.0 for random selection.",  # a score out of a scale
        "We got an F1-macro of 0.7546 (26/96 teams) for the English subset.",  # a rank among teams
        "We use a 90/10 train/test split and the 2022/23 season.",  # integers
    ],
)
def test_slashes_that_are_no_list_of_claims(pipeline, text):
    assert all("/" not in text[r.start - 1 : r.start] for r in results(pipeline, text)), [r.text for r in results(pipeline, text)]
    assert not any(r.value in (5.0, 96.0, 10.0, 23.0) for r in results(pipeline, text))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("It reaches 80.1/75.3% accuracy on CIFAR-10/CIFAR-100.", "benchmark", ["cifar-10", "cifar-100"]),
        ("Our model achieves 80.1% and 75.3% accuracy on CIFAR-10 and CIFAR-100.", "benchmark", ["cifar-10", "cifar-100"]),
        ("We get 1.8x/2.1x speedup on A100/H100.", "hardware", ["nvidia-a100", "nvidia-h100"]),
        # three entities for two numbers: no pairing, the first one named
        (
            "Our model achieves 80.1% and 75.3% accuracy on CIFAR-10, CIFAR-100 and ImageNet.",
            "benchmark",
            ["cifar-10", "cifar-10"],
        ),
    ],
)
def test_a_list_of_entities_right_after_the_numbers_pairs_in_order(pipeline, text, kind, expected):
    got = [getattr(r, kind).rsplit("/", 1)[1] for r in results(pipeline, text)]
    assert got == expected


# ------------------------------------------------------------------ round 2 (issue 8): forms from unseen 2025 abstracts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class narrowed to its member in brackets or by "such as"
        (
            "TensorBLEU gives speedups of over 13x on consumer-grade GPUs (NVIDIA T4) and exceeding 40x on "
            "data-center-class hardware (NVIDIA A100).",
            {"13x": "nvidia-t4", "40x": "nvidia-a100"},
        ),
        (
            "We deploy on edge platforms (Jetson Orin), where it reduces inference power by 26% and latency by 43%.",
            {"26%": "nvidia-jetson-orin", "43%": "nvidia-jetson-orin"},
        ),
        # the one platform the paper deploys on, its own implementation on it
        ("We deploy the detector on a Raspberry Pi 4. It reaches 12 FPS.", {"12 FPS": "raspberry-pi-4"}),
        ("The model runs on an NVIDIA Jetson Nano. Inference takes 35 ms.", {"35 ms": "nvidia-jetson-nano"}),
        ("Our FPGA implementation is described. It reaches 45 FPS at 2 W.", {"45 FPS": "fpga", "2 W": "fpga"}),
        # a baseline's platform in the statement is no statement
        ("It runs 3x faster than on the A100. Inference takes 5 ms.", {"3x": "nvidia-a100", "5 ms": None}),
    ],
)
def test_hardware_of_unseen_forms(pipeline, text, expected):
    got = {r.text: r.hardware.rsplit("/", 1)[1] if r.hardware else None for r in results(pipeline, text)}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our evaluations on RULER, PG-19, and InfiniteBench reveal that it achieves a 6x higher throughput.", None),
        ("On ImageNet, it reaches 80.1% top-1 accuracy.", "imagenet"),
    ],
)
def test_several_benchmarks_listed_before_a_claim_give_none(pipeline, text, expected):
    r = only(pipeline, text)
    assert (r.benchmark.rsplit("/", 1)[1] if r.benchmark else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We test input and output lengths from 64 to 4096 tokens on the cluster.",  # a range of integers: a setting
        "It preserves accuracy after 50 % sensor loss.",  # the condition a claim holds under
        "It keeps working despite 30% packet loss.",
        "Both models use identical hardware (NVIDIA H100 80GB).",  # the platform's memory
        "It runs on a single server (8x NVIDIA H100 GPUs, 2TB RAM).",
        "It runs on an A100 GPU with 40 GB of memory.",
    ],
)
def test_numbers_that_are_no_claims_in_unseen_forms(pipeline, text):
    assert results(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim continuing a parallel one takes its metric (and its direction)
        (
            "It achieves up to 2.16x speedup on HunyuanVideo and 1.41x on FLUX.1-dev.",
            {"2.16x": ("speedup", "improvement"), "1.41x": ("speedup", "improvement")},
        ),
        (
            "It achieves up to 60% sparsity during the prefilling stage and around 57% across both stages.",
            {"60%": ("sparsity", "absolute"), "57%": ("sparsity", "absolute")},
        ),
        (
            "It improves balanced accuracy by up to 12.78% for 2D datasets (patch size 2 vs. 28) and up to 23.78% for "
            "3D datasets (patch size 1 vs. 14).",
            {"12.78%": ("accuracy", "improvement"), "23.78%": ("accuracy", "improvement")},
        ),
        # "by N%": the clause's verb says which way
        (
            "It reduces inference power by 26% and latency by 43%.",
            {"26%": ("power", "reduction"), "43%": ("latency", "reduction")},
        ),
        ("It improves over the previous best detection accuracy on our scans by 77%.", {"77%": ("accuracy", "improvement")}),
        # a qualifier between a metric and a bare number
        ("It keeps R2 > 0.95 for solar output and R2 = 0.98 overall.", {"0.95": ("r2", "absolute"), "0.98": ("r2", "absolute")}),
        ("PSNR rises from 37.36 to 37.70.", {"from 37.36 to 37.70": ("psnr", "absolute")}),
    ],
)
def test_metric_and_relation_of_unseen_forms(pipeline, text, expected):
    got = {r.text: (r.metric.rsplit("/", 1)[1], r.relation) for r in results(pipeline, text)}
    assert got == expected


def test_a_label_followed_by_a_setting_number_is_not_lent(pipeline):
    # "patch size 2": "size" names the number after it, not the claim later
    assert [r.metric.rsplit("/", 1)[1] for r in results(pipeline, "Using patch size 2 vs. 28, we gain 3.1% on it.")] == [
        "performance"
    ]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "It reaches only 2 to 9 FPS.Existing accelerators fail.",
            ["It reaches only 2 to 9 FPS.", "Existing accelerators fail."],
        ),
        ("It beats Dr.JIT by 2x.", ["It beats Dr.JIT by 2x."]),
        ("See e.g.Their work.", ["See e.g.Their work."]),
    ],
)
def test_sentences_glued_without_a_space(text, spans):
    from kg.results import sentences

    assert [text[a:b] for a, b in sentences(text)] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Throughput is comparable (~50K tokens/second).", {"50K tokens/second": ("throughput", 50000.0, "tokens/second")}),
        ("It serves 1.2M samples/s.", {"1.2M samples/s": ("throughput", 1200000.0, "samples/s")}),
        ("It draws 5 MW of power.", {"5 MW": ("power", 5.0, "MW")}),  # a unit's own prefix stays the unit's
        (
            "It reaches an RMSE of 5164 mm and 17,203 mm.",
            {"5164 mm": ("regression-error", 5164.0, "mm"), "17,203 mm": ("regression-error", 17203.0, "mm")},
        ),
        (
            "Carbon intensity falls to 23.96 grams of carbon dioxide per kilowatt-hour.",
            {"23.96 grams of carbon dioxide per kilowatt-hour": ("energy", 23.96, "grams of carbon dioxide per kilowatt-hour")},
        ),
        ("TrashDet-l achieves 19.5 mAP50 on the subset.", {"19.5": ("mean-average-precision", 19.5, None)}),
        ("It lowers transmission overhead by 35%.", {"35%": ("data-movement", 35.0, "%")}),
        ("It reaches 94.4% memory accuracy.", {"94.4%": ("accuracy", 94.4, "%")}),  # a compound names its last label
        # a verb of achievement makes a unit before a noun a claim
        ("It supports 49 FPS animation on one GPU.", {"49 FPS": ("throughput", 49.0, "FPS")}),
        # "despite a 12.6% increase": a claim, not a condition
        ("Despite a 12.6% increase in build time, it is faster.", {"12.6%": ("performance", 12.6, "%")}),
        # "5 mm DSC of 0.73": the unit names a variant of the metric
        ("It achieved a DSC of 0.56, 5 mm DSC of 0.73.", {"0.56": ("dice", 0.56, None), "0.73": ("dice", 0.73, None)}),
    ],
)
def test_units_and_labels_of_unseen_forms(pipeline, text, expected):
    got = {r.text: (r.metric.rsplit("/", 1)[1], r.value, r.unit) for r in results(pipeline, text)}
    assert got == expected


def test_a_range_parallel_to_a_change_is_a_change_on_its_metric(pipeline):
    text = (
        "It increases the attention sparsity from 0% to 60% during prefilling with slight accuracy improvement on the "
        "task, and 0% to 57% across both stages."
    )
    got = {r.text: (r.metric.rsplit("/", 1)[1], r.value, r.baseline_value) for r in results(pipeline, text)}
    assert got == {"from 0% to 60%": ("sparsity", 60.0, 0.0), "0% to 57%": ("sparsity", 57.0, 0.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by N%" far from its verb is still a stated gain
        ("It reduces average latent refinement steps by 48-60% under the same budget.", ["48-60%"]),
        # several operating points after "at" are settings; one with a change word is a claim
        ("It achieves the best average score at both 25% and 50% routed-expert reduction.", []),
        ("It compresses the model from 80B to 20B parameters at 75% reduction ratio.", ["75%"]),
    ],
)
def test_gains_and_operating_points(pipeline, text, expected):
    assert [r.text for r in results(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "hardware"),
    [
        # issue #8: a platform's class in the same noun phrase only describes it
        ("The pipeline on the GAP9 low-power SoC reduces RMSE by a factor of 3.65x.", {"3.65x": "gap9"}),
        (
            "When deployed on GAP9, an ultra-low-power RISC-V multicore MCU, our method yields up to 55% energy savings.",
            {"55%": "gap9"},
        ),
        ("The Hailo-8 AI hardware accelerator has lower latency than before (reduced 20 ms).", {"20 ms": "hailo"}),
        # a list is not a noun phrase
        ("It runs 2x faster on the CPU and the GPU.", {"2x": "cpu"}),
        # in a compound, the last name that is no class: a board of a family
        (
            "We present ImageHD. ImageHD is implemented on the AMD Zynq ZCU104 FPGA. It achieves a 40.4x speedup.",
            {"40.4x": "xilinx-zcu104"},
        ),
        # "GPU-based" names no platform a claim ran on; "GPU-days" does
        ("The system achieves an inference speed of 13.76 Hz, comparable to GPU-based models.", {"13.76 Hz": None}),
        ("The search costs only 3.8 GPU-days.", {"3.8 GPU-days": "gpu"}),
    ],
)
def test_the_platform_a_claim_names_not_its_class_or_modifier(pipeline, text, hardware):
    got = {r.text: r.hardware.rsplit("/", 1)[1] if r.hardware else None for r in results(pipeline, text)}
    assert got == hardware


@pytest.mark.parametrize(
    ("text", "metric", "hardware"),
    [
        # issue #8: a bracketed figure for another setting shares the metric after it
        (
            "On CORe50, ImageHD achieves up to 40.4x (4.84x) speedup and 383x (105.1x) energy efficiency over CPU (GPU) "
            "baselines.",
            {"40.4x": "speedup", "4.84x": "speedup", "383x": "energy-efficiency", "105.1x": "energy-efficiency"},
            None,
        ),
        # serving concurrency is a throughput, measured on the platform the evaluation names
        (
            "We propose YouZhi. When evaluated on Ascend NPUs, it is efficient. YouZhi-7B yields a 2.69x increase in "
            "maximum concurrency.",
            {"2.69x": "throughput"},
            "huawei-ascend",
        ),
    ],
)
def test_bracketed_alternatives_and_concurrency(pipeline, text, metric, hardware):
    found = results(pipeline, text)
    assert {r.text: r.metric.rsplit("/", 1)[1] for r in found} == metric
    if hardware:
        assert {r.hardware for r in found} == {HW + hardware}


def test_respectively_leaves_an_item_the_linker_did_not_find_unattached(pipeline):
    # issue #8: "Orin" alone is not linked; the 2.7x is not the H200's
    text = "LAS2-H is faster than Fast-FoundationStereo, with 1.8x and 2.7x faster inference on H200 and Orin, respectively."
    got = {r.text: r.hardware.rsplit("/", 1)[1] if r.hardware else None for r in results(pipeline, text)}
    assert got == {"1.8x": "nvidia-h200", "2.7x": None}


# ------------------------------------------------------------------ issue #8: value forms and benchmark attachment, round 7


@pytest.mark.parametrize(
    ("text", "value_text", "value", "lo", "hi", "unit"),
    [
        ("The ternary model needs only 6.09\\,MB of memory.", "6.09\\,MB", 6.09, None, None, "MB"),
        ("It loses only $-$2.42\\,pp of accuracy vs. FP32.", "$-$2.42\\,pp", 2.42, None, None, "pp"),
        ("The token count can be reduced by a factor of 2.5 compared to patching.", "a factor of 2.5", 2.5, None, None, "x"),
        (
            "Our method achieves errors up to $7$ orders of magnitude lower than RBF-PIELMs.",
            "$7$ orders of magnitude",
            1e7,
            None,
            None,
            "x",
        ),
        ("It gives up to an order-of-magnitude speedup over prior solvers.", "an order-of-magnitude", 10.0, None, None, "x"),
        ("It gives a reduction in inference latency (approx60%).", "60%", 60.0, None, None, "%"),
        ("The detector with only 68.77k parameters runs on phones.", "68.77k", 68.77, None, None, "K"),
        ("The optimisation reduced the power consumption between 7 and 11 Watts.", "7 and 11 Watts", None, 7.0, 11.0, "Watts"),
        ("It improves accuracy by between 5% and 12% over the baseline.", "5% and 12%", None, 5.0, 12.0, "%"),
        ("It saves 15times sim 24times storage compared with MobileNeRF.", "15times sim 24times", None, 15.0, 24.0, "x"),
        ("The search time was reduced to 0.52 GPU day.", "0.52 GPU day", 0.52, None, None, "GPU day"),
        ("The model outperformed the state of the art by nearly 4 ROUGE points.", "4", 4.0, None, None, "pp"),
        ("It ran approximately four times as fast as ConvNeXt.", "four times", 4.0, None, None, "x"),
    ],
)
def test_value_forms_of_round_seven(pipeline, text, value_text, value, lo, hi, unit):
    r = only(pipeline, text)
    assert (r.text, r.value, r.min_value, r.max_value, r.unit) == (value_text, value, lo, hi, unit)


def test_from_to_inside_latex_math_is_a_change(pipeline):
    r = only(pipeline, "The method reduces the BD-rate overhead of a GDN-based model from $30\\%$ to $6.3\\%$.")
    assert (r.value, r.baseline_value, r.unit) == (6.3, 30.0, "%")


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("It has reduction in power and area by 5.02 $\\times$ and 4.06 $\\times$ at 28 nm.", ["power", "chip-area"]),
        ("It reduces latency and energy by 30% and 40%.", ["latency", "energy"]),
        ("It reduces latency by 30% and 40% on two boards.", ["latency", "latency"]),
    ],
)
def test_a_list_of_labels_maps_onto_a_list_of_numbers(pipeline, text, metrics):
    assert [r.metric for r in results(pipeline, text)] == [METRIC + m for m in metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name inside the claim's own phrase beats one named before
        (
            "It lets Hyena reach 2.3 points better perplexity on the PILE and M2-BERT reach 3.3 points higher GLUE score.",
            ["the-pile", "glue"],
        ),
        # a claim naming its own setting the linker does not know takes none, not the one of the claim before
        ("Our model reaches 63.8% APbox on COCO detection, 61.0% mIoU on ADE20q segmentation.", ["coco", None]),
        # a comparison's object is no setting
        ("On ImageNet, it improves the accuracy by 4.6% over SimLingo and 2.5% over HiP-AD.", ["imagenet", "imagenet"]),
        # "respectively" over a list before the numbers; the items discovered in the list take theirs (benchrecall6: the
        # numbered "H&Z1" keeps the list going), an item the linker does not find stays unattached
        (
            "Across three datasets (HECKTOR, H&Z1, and NSCLC Radiogenomics), RobSurv achieves concordance index of "
            "0.771, 0.742, and 0.734 respectively.",
            ["hecktor", "discovered/H%26Z1", "discovered/NSCLC_Radiogenomics"],
        ),
        (
            "Across three datasets (HECKTOR, H&N, and NSCLC Radiogenomics), RobSurv achieves concordance index of "
            "0.771, 0.742, and 0.734 respectively.",
            ["hecktor", None, None],
        ),
        (
            "On CIFAR-10, CIFAR-100 and SVHN, our model achieves 95.1%, 78.2% and 97.0% accuracy, respectively.",
            ["cifar-10", "cifar-100", "svhn"],
        ),
    ],
)
def test_benchmark_attachment_of_round_seven(pipeline, text, expected):
    got = [r.benchmark.removeprefix(BENCH) if r.benchmark else None for r in results(pipeline, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ({"metric": "throughput (FPS)", "value": "64.47"}, "The detector runs at 64.47 FPS on the phone.", True),
        ({"metric": "FLOPs", "value": "295M"}, "FBNet-B needs 295M FLOPs per image.", True),
        ({"metric": "throughput", "value": "64.47"}, "The detector runs at 64.47 FPS on the phone.", False),
    ],
)
def test_scorer_reads_a_unit_the_gold_writes_in_its_metric(tmp_path, gold, pred, same):
    from kg.build import build
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "p1", "title": "", "abstract": pred}) + "\n", encoding="utf-8")
    build([src], tmp_path / "out", html=False, jobs=1)
    ev = evaluate_results(open_graph(tmp_path / "out"), [{"id": "p1", "results": [gold]}])
    assert (ev.values.tp == 1) is same, ev.errors


# ------------------------------------------------------------------ issue #8: forms of test4 (released for error analysis)


@pytest.mark.parametrize(
    ("text", "value_text", "value", "unit"),
    [
        ("Runtime optimizations accelerate the average inference speed by more than factor 3.", "factor 3", 3.0, "x"),
        ("It is faster by a factor of 2.5.", "a factor of 2.5", 2.5, "x"),  # the full stop after the number
        ("It offers efficiency gains, achieving $\\times 16$ improvements on classification.", "$\\times 16$", 16.0, "x"),
        ("The decoder is ×4 faster than the baseline decoder.", "×4", 4.0, "x"),
        ("The VAE needs only 1/8x the computational cost of standard VAEs.", "1/8x", 0.125, "x"),
        ("TrashDet-ResNet achieves 7525~$μ$J energy per inference.", "7525~$μ$J", 7525.0, "μJ"),
        ("The encoder takes 12~$\\mu$s latency per frame.", "12~$\\mu$s", 12.0, "μs"),
    ],
)
def test_multipliers_and_units_written_in_unseen_ways(pipeline, text, value_text, value, unit):
    r = only(pipeline, text)
    assert (r.text, r.value, r.unit) == (value_text, value, unit)


def test_a_list_of_multipliers_written_before_their_numbers(pipeline):
    text = "It matches ANN methods, achieving $\\times 16$, $\\times 10$ and $\\times 5$ improvements on the three tasks."
    assert [(r.value, r.unit) for r in results(pipeline, text)] == [(16.0, "x"), (10.0, "x"), (5.0, "x")]


@pytest.mark.parametrize(
    "text",
    [
        "Our ternary model at 384$\\times$384 resolution is trained with distillation.",  # a product: an image size
        "We tile the input into $N \\times 16$ blocks and a $3 \\times 3$ kernel.",
        "It is within 1/2 of the optimum.",  # a one-digit fraction without its "x" is no multiplier
    ],
)
def test_products_and_fractions_that_are_no_multipliers(pipeline, text):
    assert results(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On ModelNet40, SLNet-S with 0.14M parameters and 0.31 GFLOPs achieves 93.64% overall accuracy.", ["93.64%"]),
        ("The model with approximately 27K parameters and 2.21M MACs reaches 86.52% macro F1-score.", ["86.52%"]),
        # a claim after "with ... and" is kept when the first item is no model size
        ("It runs with 2x speedup and 30% lower energy consumption.", ["2x", "30%"]),
    ],
)
def test_the_size_listed_with_a_parameter_count_is_a_setting(pipeline, text, kept):
    assert [r.text for r in results(pipeline, text)] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue #8: a baseline's own figure is a result on the metric of the claim it rivals
        (
            "It achieves an ODS F-score of 0.7628, matching baselines like HED (0.7688) while outperforming the standard "
            "U-Net (0.7437).",
            {"0.7628": "f1-score", "0.7688": "f1-score", "0.7437": "f1-score"},
        ),
        ("It achieves 86.52% macro F1-score, matching TinyHAR (86.16%) while using fewer MACs.", None),
        (
            "It achieves 93.13\\% accuracy on VGG at 97\\% sparsity, compared with approximately 92.0\\% for SNIP.",
            {"93.13\\%": "accuracy", "92.0\\%": "accuracy"},
        ),
        (
            "It improves the average score to 45.8, outperforming full token inference at 44.1 and OmniZip at 41.0.",
            {"45.8": "task-quality", "44.1": "task-quality", "41.0": "task-quality"},
        ),
        ("It reaches a substantially higher F1 score (0.73 vs. 0.06).", {"0.73": "f1-score", "0.06": "f1-score"}),
        # two bare figures before one label share it
        ("Larger models show more resilience (loss of 4.83 vs 9.56 F1 points).", {"4.83": "f1-score", "9.56": "f1-score"}),
    ],
)
def test_a_baselines_own_figure_is_a_result(pipeline, text, expected):
    got = {r.text: r.metric.removeprefix(METRIC) for r in results(pipeline, text)}
    if expected is None:  # the rival's percentage takes the claim's metric, whatever it is
        assert set(got) == {"86.52%", "86.16%"} and got["86.16%"] == got["86.52%"]
        return
    assert got == expected
    assert all(r.relation == "absolute" for r in results(pipeline, text) if r.text in ("0.7688", "92.0\\%", "44.1", "0.06"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no claim of the same unit before: a bracketed number after a name is no figure
        ("It reaches 80.1% accuracy, outperforming HED (0.7688).", ["80.1%"]),
        # no rival cue before the bracket
        ("It reaches an F-score of 0.7628 on BSDS500 (0.7688 with flips).", ["0.7628"]),
        # "for" a lower-case word: a share, not a rival
        ("It reaches 80.1% accuracy, compared with 20% for training.", ["80.1%"]),
    ],
)
def test_numbers_that_are_no_baselines_figure(pipeline, text, kept):
    assert [r.text for r in results(pipeline, text)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # issue #8: the size of a model or platform in brackets after its name is a spec, linked or not
        (
            "Applied to NVIDIA's Alpamayo-R1-10B (21.52GB) on an RTX 5070Ti (16GB), our work achieves up to 3.55x speedup "
            "over offloading.",
            ["3.55x"],
        ),
        ("We fine-tune LLaMA-7B (13GB) on a single GPU and reduce memory by 40%.", ["40%"]),
        # ... but a rival's figure is a result
        ("Our method needs 8GB of memory, compared to FlashAttention (16GB).", ["8GB", "16GB"]),
        # a sparsity "across" a range is the setting a claim holds over
        (
            "Accuracy remains within 0.1 percentage points of the dense baseline across 70--85\\% sparsity.",
            ["0.1 percentage points"],
        ),
    ],
)
def test_conditions_of_a_claim_are_no_results(pipeline, text, kept):
    assert [r.text for r in results(pipeline, text)] == kept


def test_test4_set_floor(tmp_path):
    """Regression guard on test4 (60 papers, 139 results), blind for a session, released for error analysis (issue #8).

    Baselines' own figures ("like HED (0.7688)", "compared with 92.19% for GraSP") count as results, as its notes say.
    """
    from kg.build import build
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    build([EVAL / "test4-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    ev = evaluate_results(open_graph(tmp_path), read_gold([EVAL / "test4-gold.jsonl"]))
    assert ev.values.gold == 139
    assert ev.values.precision >= 0.93, ev.errors
    assert ev.values.recall >= 0.89, ev.errors  # baselines' own figures ("like HED (0.7688)") are results
    assert ev.accuracy(ev.benchmark) >= 0.84  # left: "the TACO dataset" (2, unlinked), SL-LPR (2), TIdigits (1)
    assert ev.accuracy(ev.hardware) >= 0.99


@pytest.mark.parametrize(
    "name, gold, floors",
    [
        # blind sets of session 4: test5 scored value P .917 R .869, benchmark .852 (23/27), hardware .667 (14/21)
        # while blind; the blind5 round (linker only) gave .918 / .882 / 1.0 (29/29) / .714 (15/21)
        ("test5", 153, (0.91, 0.88, 1.0, 0.71)),
        # value P .942 R .845, benchmark 1.0 (22/22), hardware 1.0 (15/15)
        ("test6", 116, (0.94, 0.84, 1.0, 1.0)),
        # blind set of session 5: value P .954 (103/108) R .880, benchmark .765 (13/17), hardware 1.0 (11/11)
        ("test7", 117, (0.95, 0.87, 0.76, 1.0)),
        # blind set of session 5's end: value P .944 (119/126) R .888, benchmark .719 (23/32), hardware .800 (16/20)
        ("test8", 134, (0.94, 0.88, 0.71, 0.8)),
        # session 6's two-annotator set, scored blind against gold A: value P .955 (105/110) R .820, benchmark .952 (20/21),
        # hardware 1.0 (9/9)
        ("test9", 128, (0.95, 0.81, 0.95, 1.0)),
    ],
)
def test_blind_set_floor(tmp_path, name, gold, floors):
    """Tripwires just under the level scored on the blind sets; issue #8 reads them pooled, as scored while blind.

    Pooled (test5 + test6, 269 results): value P .928, R .859, benchmark attached .918 (45/49), hardware .806 (29/36).
    test7 (session 5, 117 results): value P .954, R .880, benchmark attached .765 (13/17), hardware 1.0 (11/11).
    """
    from kg.build import build
    from kg.evaluate import read_gold
    from kg.evaluate_results import evaluate_results
    from kg.store import open_graph

    build([EVAL / f"{name}-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    ev = evaluate_results(open_graph(tmp_path), read_gold([EVAL / f"{name}-gold.jsonl"]))
    p, r, bench, hw = floors
    assert ev.values.gold == gold
    assert ev.values.precision >= p and ev.values.recall >= r, (ev.values.precision, ev.values.recall)
    assert ev.accuracy(ev.benchmark) >= bench and ev.accuracy(ev.hardware) >= hw


def test_extractor_remembers_the_last_texts_sentences_and_concepts_ancestors():
    from kg.results import Extractor, sentences
    from kg.vocab import load

    ex = Extractor(load())
    a, b = "We run it. It is 2x faster.", "One sentence only"
    assert ex._sentences_of(a) == tuple(sentences(a))
    assert ex._sentences_of(b) == tuple(sentences(b))  # another text: made anew
    assert ex._sentences_of(a) == tuple(sentences(a))
    iri = sorted(ex.vocab.concepts)[0]
    assert ex._ancestors(iri) == ex._ancestors_of(iri) == ex._ancestors(iri)


@pytest.fixture(scope="module")
def grammar():
    from kg.results import Extractor
    from kg.vocab import load

    return Extractor(load()).grammar


def _scanned(grammar, text):
    return [(m.span(), m.groups()) for m in grammar.number.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no digits at all, only words - and $ signs.",
        "$-$2.42 and $+$ 3% or $-$ .5x or $-$ 2x",  # the longest lead: a sign of four characters
        "+ .5 and - 7 and ±0.3 and −12%",
        "approx60% approx 60%",  # glued to a word the look-behind allows
        "ResNet-50, GPT-4, x86, top-1, 1.2.3, a/4, @5, #6, ^7",  # after a word, a point, a slash: no match
        "1,234,567.89 1,2345 12,34",
        "2-4 2019-2021 2 to 9 FPS 58.72% -> 61.16% 5--10 3~4",
        "12 34 5 6 7 8 9 0",  # runs close together: windows overlap
        "x 3.5 $4$~ms 7525~$μ$J 50K tokens/s ٣٫٥ ٣ %",  # non-ASCII text, digits of another script
        "1\n2\t3\u00a04",
        "9",
        ".5",
        "-",
        "$",
    ],
)
def test_number_matches_are_the_patterns_scan(grammar, text):
    assert [(m.span(), m.groups()) for m in grammar.number_matches(text)] == _scanned(grammar, text)


_ALPHABET = "0123456789٣ .,-−+±$~x%\\/@#^()tomeaprox→>sK\n"


@given(st.text(alphabet=_ALPHABET, max_size=60))
@settings(max_examples=400)
def test_number_matches_never_miss_what_the_pattern_finds(grammar, text):
    assert [(m.span(), m.groups()) for m in grammar.number_matches(text)] == _scanned(grammar, text)


@given(st.text(alphabet="0123456789a .-٣é", max_size=40))
def test_digit_runs_start_where_the_patterns_runs_start(text):
    import re

    from kg.results import _digit_runs

    assert _digit_runs(text) == [m.start() for m in re.finditer(r"\d+", text)]
    assert _digit_runs(text + "x") == _digit_runs(text)  # a text that ends in a digit, and one that does not


@given(st.text(alphabet="onetimsfoldagucrwTOh1/\\×x -é", max_size=60))
@settings(max_examples=300)
def test_cue_positions_are_the_find_loops(text):
    from kg.results import _WORD_CUES, cue_positions

    want = []
    for cue in _WORD_CUES:
        at = text.find(cue)
        while at >= 0:
            want.append(at)
            at = text.find(cue, at + 1)
    assert cue_positions(text) == want


@pytest.mark.parametrize("text", ["", "no cue", "3\\times faster, one-fold, One 1/10 × twice Twice", "éé×× one one "])
def test_cue_positions_of_hand_written_texts(text):
    from kg.results import _WORD_CUES, cue_positions

    want = [at for cue in _WORD_CUES for at in range(len(text)) if text.startswith(cue, at)]
    assert cue_positions(text) == want


def test_a_technique_discovered_beneath_a_family_has_it_as_an_ancestor_in_its_paper():
    """Issue 3 (review of session 11): where results read the hierarchy, a technique a paper discovered beneath a
    family ("ZorbQ" in "post-training quantization methods such as ... ZorbQ") has that family and what is above it as
    ancestors, as a vocabulary concept has its broader ones; the family is that paper's (another paper may find the
    name under another), so the next paper's extraction does not keep it."""
    from kg.build import compile_pipeline
    from kg.records import Paper

    tech = "https://w3id.org/papers-kg/technique/"
    zorbq, ptq = tech + "discovered/ZorbQ", tech + "post-training-quantization"
    pipeline = compile_pipeline()
    paper = Paper(
        "p", "We compare with post-training quantization methods such as GPTQ, AWQ and ZorbQ. ZorbQ runs 2.1x faster than AWQ."
    )
    linking = pipeline.linker.linking(paper)
    assert (zorbq, ptq) in linking.broader
    family = frozenset({ptq, *pipeline.vocab.ancestors(ptq)})
    ex = pipeline.extract.__self__  # the build's extractor: Pipeline.process hands it the paper's families
    pipeline.process(paper)
    assert ex._ancestors(zorbq) == family
    assert ex._ancestors(tech + "gptq") == frozenset(pipeline.vocab.ancestors(tech + "gptq"))
    pipeline.process(Paper("q", "ZorbQ runs 2.1x faster than AWQ."))
    assert ex._ancestors(zorbq) == frozenset()
    # extract and extract_text take them as the build hands them
    ex.extract(paper, linking.links, linking.broader)
    assert ex._ancestors(zorbq) == family
    ex.extract_text(paper.abstract, linking.links)
    assert ex._ancestors(zorbq) == frozenset()
    ex.extract_text(paper.abstract, linking.links, broader=linking.broader)
    assert ex._ancestors(zorbq) == family


_DEPLOY_PIECES = ["deploy", "Deploy", "DEPLOYS", "deployed", "deployment", "redeploy", "on-device", "On-Board", "onboard"]
_DEPLOY_PIECES += ["on", "-", "device", "board", " ", ".", "s", "ing", "_", "9", "é", "ſ", "K", "\0", "\n"]


def _deployed_windows(text):
    n = len(text)
    return [(a, b) for a in range(0, n + 1, 3) for b in range(a, n + 2, 5)]


@given(st.lists(st.sampled_from(_DEPLOY_PIECES), max_size=12))
@settings(max_examples=300)
def test_deployed_is_the_search(parts):
    # issue 4: an ASCII window holding none of the pattern's words is not searched; the same answer as the search
    from kg.results import _DEPLOYED, _deployed

    text = "".join(parts)
    for written in (text, text.upper(), text.lower()):
        for a, b in _deployed_windows(written):
            assert _deployed(written, a, b) == (_DEPLOYED.search(written, a, b) is not None)


def test_deployed_is_the_search_in_released_abstracts():
    from kg.results import _DEPLOYED, _deployed, sentences

    root = Path(__file__).parent / "data" / "eval"
    found = 0
    for name in ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9"):
        for line in (root / f"{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for text in (record.get("title") or "", record.get("abstract") or ""):
                for written in (text, text.upper()):
                    for s, e in [*sentences(written), (0, len(written)), (5, 5)]:
                        expected = _DEPLOYED.search(written, s, e) is not None
                        assert _deployed(written, s, e) == expected
                        found += expected
    assert found > 50  # the abstracts exercise the search


_CLAUSE_PIECES = [";", ":", ": ", ",", ", ", ", while ", " while ", " whereas ", "while", "(", ")", "(i)", "(iv) ", "2) "]
_CLAUSE_PIECES += ["iii) ", "ii)", "iv)", "a)", "x.2) ", ", and we ", ", but ", "and it", " ", "\n", "a", "1", "é", "_", "."]


def _clause_windows(text):
    n = len(text)
    return [(a, b) for a in range(0, n + 1, 2) for b in range(a, n + 2, 3)]


def _spans(matches):
    return [(m.span(), m.group()) for m in matches]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=14))
@settings(max_examples=300)
def test_clause_breaks_are_what_finditer_finds(parts):
    # issue 4: the pattern tried only where a match can start; the same matches as finditer over the window
    from kg.results import _CLAUSE_BREAK, _clause_breaks

    text = "".join(parts)
    for a, b in _clause_windows(text):
        assert _spans(_clause_breaks(text, a, b)) == _spans(_CLAUSE_BREAK.finditer(text, a, b))


def test_clause_breaks_are_what_finditer_finds_in_released_abstracts():
    from kg.results import _CLAUSE_BREAK, _clause_breaks, sentences

    root = Path(__file__).parent / "data" / "eval"
    found = 0
    for name in ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9"):
        for line in (root / f"{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for text in (record.get("title") or "", record.get("abstract") or ""):
                for written in (text, text.upper(), text.lower()):
                    for s, e in [*sentences(written), (0, len(written)), (3, 40)]:
                        expected = _spans(_CLAUSE_BREAK.finditer(written, s, e))
                        assert _spans(_clause_breaks(written, s, e)) == expected
                        found += len(expected)
    assert found > 1000  # the abstracts exercise the pattern


@pytest.mark.parametrize(
    ("text", "value_text", "unit"),
    [
        ("The network needs only 1G FLOPs per image.", "1G FLOPs", "GFLOPs"),
        ("The network needs only 1 G FLOPs per image.", "1 G FLOPs", "GFLOPs"),
        ("The network needs only 1 GFLOPs per image.", "1 GFLOPs", "GFLOPs"),
        ("The network needs only 1GFLOPs per image.", "1GFLOPs", "GFLOPs"),
        ("The network needs only 300M FLOPs per image.", "300M FLOPs", "MFLOPs"),
        ("The network needs only 300M MACs per image.", "300M MACs", "MMACs"),
        ("The network needs only 300 MMACs per image.", "300 MMACs", "MMACs"),
        ("The network needs only 2.5 G MACs per image.", "2.5 G MACs", "GMACs"),
        ("Training emits only 12 kg CO2 in total.", "12 kg CO2", "kgCO2"),
        # usertest17 (cli16's leftover): "11T FLOPs" was the magnitude "T" (11 trillion), not the unit TFLOPs; a
        # magnitude prefix written apart from a unit is read as the prefixed symbol the vocabulary lists
        ("The model needs only 11T FLOPs per image.", "11T FLOPs", "TFLOPs"),
        ("The model needs only 11 T FLOPs per image.", "11 T FLOPs", "TFLOPs"),
        ("The model needs only 2 P FLOPs in total.", "2 P FLOPs", "PFLOPs"),
        ("The accelerator reaches up to 4.2 T OPS at 1 GHz.", "4.2 T OPS", "TOPS"),
    ],
)
def test_one_unit_has_one_spelling_and_the_evidence_keeps_the_text(pipeline, text, value_text, unit):
    """cli15: "1G FLOPs" had kg:unit "G FLOPs" and "1 GFLOPs" "GFLOPs": one quantity, two units for a query that
    groups results by unit. A spaced symbol is recorded as its unspaced form when the vocabulary lists that too."""
    r = only(pipeline, text)
    assert (r.text, r.unit) == (value_text, unit)
    assert text[r.start : r.end] == value_text


def test_every_spaced_unit_symbol_joins_a_symbol_of_the_same_metric(pipeline):
    from kg.results import joined_units

    ex = pipeline.extract.__self__
    joined = joined_units(list(ex.unit_metric))
    assert {"G FLOPs": "GFLOPs", "M FLOPs": "MFLOPs", "G MACs": "GMACs", "M MACs": "MMACs"}.items() <= joined.items()
    assert all(ex.unit_metric[spaced] == ex.unit_metric[one] for spaced, one in joined.items())
    assert not set(joined.values()) & set(joined)  # a joined form is final
    assert joined_units(["G FLOPs", "FLOPs"]) == {} and joined_units(["G  FLOPs", "GFLOPs"]) == {"G FLOPs": "GFLOPs"}


def test_a_magnitude_prefix_spaced_from_its_unit_is_a_unit_symbol(pipeline):
    """usertest17: every symbol made of a magnitude prefix and a unit the vocabulary also lists for the same metric is
    read spaced too ("T FLOPs" -> TFLOPs); a one-letter unit ("MW": "M W") and a lower-case prefix ("ms") are not."""
    from kg.results import spaced_prefix_forms

    ex = pipeline.extract.__self__
    assert {"T FLOPs", "P FLOPs", "G FLOPs", "M FLOPs", "G MACs", "M MACs", "T OPS"} <= set(ex.unit_metric)
    assert "M W" not in ex.unit_metric and "m s" not in ex.unit_metric
    assert spaced_prefix_forms({"TFLOPs": "f", "FLOPs": "f", "MW": "p", "W": "p", "TOPS": "t", "OPS": "u"}) == {
        "T FLOPs": "f"
    }  # "T OPS" only where OPS is of the metric TOPS is
    assert all(ex.unit_metric[s] == ex.unit_metric[s.replace(" ", "")] for s in ex.unit_metric if " " in s[:2])


# ------------------------------------------------------------------ a decimal broken by a stray space ("23. 0%")


@pytest.mark.parametrize(
    ("text", "value_text", "value", "baseline"),
    [
        ("It gives a 6.1% increase in NTA-IoU, a 23. 0% improvement in FID, and a 4.5% gain.", "23. 0%", 23.0, None),
        ("SpaRTAN achieves 77. 7% accuracy on ImageNet.", "77. 7%", 77.7, None),
        ("The method reaches a classification accuracy of 83. 3\\% on the test set.", "83. 3\\%", 83.3, None),
        ("Accuracy rose from 7. 34\\% to 21. 25\\% on ADNI.", "from 7. 34\\% to 21. 25\\%", 21.25, 7.34),
    ],
)
def test_a_decimal_with_a_stray_space_after_its_point_is_one_number(pipeline, text, value_text, value, baseline):
    """usertest17: "a 23. 0% improvement in FID" (a space after the point in the source text) gave a "0%" result, the
    point read as a sentence end. One to three digits, ". ", one or two digits and a percent sign are one decimal
    (the only form of the corpus: 18 of them, all decimals); its text is the source's, at its offsets."""
    r = next(r for r in results(pipeline, text) if value_text in r.text)
    assert (r.text, text[r.start : r.end], r.value, r.baseline_value) == (value_text, value_text, value, baseline)
    # the same claim as the clean text's, the space aside
    clean = text.replace(". ", ".", 1) if baseline is None else text.replace("7. 34", "7.34").replace("21. 25", "21.25")
    c = next(c for c in results(pipeline, clean) if c.value == value)
    assert (c.metric, c.relation, c.benchmark, c.baseline_value) == (r.metric, r.relation, r.benchmark, r.baseline_value)


@pytest.mark.parametrize(
    "text",
    [
        "As shown by Barak et al. 2024. 3. The limitations of the method are discussed.",
        "The data are available at https://doi.org/10. 57745/DYIVVU, with all the code.",
        "The study ran in 2024. 30% of the users left after a week.",
        "We use 3. 5 runs are averaged for each setting.",
    ],
)
def test_a_point_and_a_space_without_a_percent_sign_join_no_number(pipeline, text):
    from kg.results import sentences

    for r in results(pipeline, text):
        assert ". " not in r.text, r.text
    assert len(sentences(text)) >= 2 or "doi.org" in text


def test_no_sentence_ends_inside_a_broken_decimal():
    from kg.results import sentences

    text = "It achieves a 23. 0% improvement in FID. The rest is 82. 5\\% accurate."
    expected = ["It achieves a 23. 0% improvement in FID.", "The rest is 82. 5\\% accurate."]
    assert [text[s:e] for s, e in sentences(text)] == expected


# ------------------------------------------------------------------ usertest18's misreadings (session 18, results19)


def _by_text(pipeline, text: str) -> dict[str, Result]:
    return {r.text: r for r in results(pipeline, text)}


def test_a_metric_alone_in_brackets_after_the_number_is_its_metric(pipeline):
    rs = _by_text(
        pipeline,
        "It improves the strong baseline by a significant margin of 22.3% (AUROC) and 13% (TPR01) on the after-attack "
        "subset, and by 9.1% (AUROC) and 22% (TPR01) on the adversarial split.",
    )
    assert rs["22.3%"].metric == rs["9.1%"].metric == METRIC + "auc"
    # a name the vocabulary lacks, written the same way: its own metric, not the bracketed one before it
    assert rs["13%"].metric == rs["22%"].metric == METRIC + "performance"
    assert {r.relation for r in rs.values()} == {"improvement"}
    assert only(pipeline, "It improves performance by up to 14.91 (mIoU) on the task.").metric == METRIC + "miou"
    # not when the metric is named right before it ("an FID of 95.27 (image quality)"), nor for the old figures of a change
    assert only(pipeline, "It reaches an FID of 95.27 (image quality) on the set.").metric == METRIC + "fid"
    text = "The correlation with human judgments improves significantly, from 0.17 (EM) and 0.36 (F1-score) to 0.85."
    assert results(pipeline, text) == []


def test_a_bare_number_listed_before_a_number_with_its_unit_takes_that_unit(pipeline):
    text = (
        "Pretraining with DINOv2 and V-JEPA 2 improves top-1 accuracy on Something-Something V2 by 8.7 and 1.6 points, "
        "respectively."
    )
    rs = results(pipeline, text)
    assert [(r.text, r.value, r.unit, r.metric) for r in rs] == [
        ("8.7", 8.7, "pp", METRIC + "top-1-accuracy"),
        ("1.6 points", 1.6, "pp", METRIC + "top-1-accuracy"),
    ]
    rs = results(pipeline, "FID is improved by 15.3, 0.84 and 2.7 points on AFHQ, CelebA-HQ and COCO datasets, respectively.")
    assert [(r.value, r.unit, r.benchmark) for r in rs] == [
        (15.3, "pp", BENCH + "afhq"),
        (0.84, "pp", BENCH + "celeba-hq"),
        (2.7, "pp", BENCH + "coco"),
    ]
    # a comma alone lists nothing: "AUC: 0.85, 95% CI" keeps the AUC a score without a unit
    r = results(pipeline, "Cases with non-invasive cancers (AUC: 0.85, 95% CI: 0.83-0.87) were harder.")[0]
    assert (r.text, r.unit, r.metric) == ("0.85", None, METRIC + "auc")


def test_a_unit_glued_to_a_number_before_a_capitalised_name_is_part_of_the_name(pipeline):
    assert results(pipeline, "Specifically, we design a 5W Recall Map to classify memory queries into five scenarios.") == []
    assert results(pipeline, "We evaluate on the 3W Dataset of oil wells.") == []
    # a unit spaced from the number, or before a noun of its own metric, is still a unit
    assert only(pipeline, "The chip draws 5W Power at peak load.").unit == "W"
    assert only(pipeline, "The accelerator consumes 5 W on the board.").unit == "W"


def test_an_operating_point_or_a_threshold_is_not_a_claim(pipeline):
    rs = results(
        pipeline,
        "Our method achieves the highest true positive rate (TPR) at a 1% false positive rate (FPR) in most scenarios.",
    )
    assert rs == []
    rs = results(pipeline, "It reaches 95.1% accuracy at 1% FPR on the test set.")
    assert [r.text for r in rs] == ["95.1%"]
    r = only(pipeline, "Our approach achieves an accuracy (< 1.25) of 98.1% on SCARED.")
    assert (r.text, r.metric) == ("98.1%", METRIC + "accuracy")
    # a bound stated as the claim ("a correlation (> 0.96) with full evaluations") stays a claim
    assert [r.value for r in results(pipeline, "Our benchmarks keep a strong correlation (> 0.96) with full evaluations.")] == [
        0.96
    ]
    assert results(pipeline, "Detections count as correct above an IoU threshold 0.5 on COCO.") == []


def test_gains_ranging_from_a_to_b_are_a_range(pipeline):
    r = only(pipeline, "GradWATCH achieves relative improvements ranging from 1.62% to 15. 22% in the MRR.")
    assert (r.text, r.value, r.min_value, r.max_value, r.baseline_value, r.relation) == (
        "from 1.62% to 15. 22%",
        None,
        1.62,
        15.22,
        None,
        "improvement",
    )
    r = only(pipeline, "BODHI improves every model tested, with gains ranging from +11% to +32%.")
    assert (r.min_value, r.max_value, r.relation) == (11.0, 32.0, "improvement")
    r = only(pipeline, "It achieves consistent performance gains of +0.4% to +7.6% (mAP) on the dataset.")
    assert (r.text, r.min_value, r.max_value, r.metric) == ("+0.4% to +7.6%", 0.4, 7.6, METRIC + "mean-average-precision")
    r = only(pipeline, "It improves accuracy from 67.2% to 80.0% on ImageNet.")  # a change stays a change
    assert (r.value, r.baseline_value) == (80.0, 67.2)


def test_a_benchmark_opening_the_claims_phrase_is_its_benchmark(pipeline):
    rs = _by_text(
        pipeline,
        "Our model achieves 54.4% accuracy on intervention tasks on MMLU (vs. 33.2% with prompt-level "
        "supervision), improves results on GSM8K from 43.6% to 49.0%, and substantially improves reasoning on MMLU.",
    )
    assert rs["54.4%"].benchmark == rs["33.2%"].benchmark == BENCH + "mmlu"
    assert rs["54.4%"].metric == rs["33.2%"].metric == METRIC + "accuracy"  # the rival's figure, on its claim's metric
    assert rs["from 43.6% to 49.0%"].benchmark == BENCH + "gsm8k"
    # "54% and 44% on the Jetson and 40% and 62% on Raspberry PI": a name after the claim still wins over the last one's
    rs = results(pipeline, "Latency drops by 54% and 44% on the Jetson Nano and 40% and 62% on the Raspberry Pi 4.")
    assert [r.hardware for r in rs] == [HW + "nvidia-jetson-nano"] * 2 + [HW + "raspberry-pi-4"] * 2


def test_a_bare_number_right_before_a_label_owns_it(pipeline):
    rs = _by_text(
        pipeline,
        "FADA-SKD achieves 0.8820 mean Dice for segmentation, 0.7671 mAP@0.50 for detection, and 100% structured "
        "interpretation compliance.",
    )
    assert rs["0.7671"].metric == METRIC + "mean-average-precision"
    assert "100%" not in rs or rs["100%"].metric != METRIC + "mean-average-precision"
    # not across a comma: "precision of 0.87, recall of 0.83"
    assert {
        r.text for r in results(pipeline, "The model records a precision of 0.87, recall of 0.83, and F1-score of 0.85.")
    } == {
        "0.87",
        "0.83",
        "0.85",
    }
    # "respectively" pairs a list of changes with the labels of the claims before it
    rs = results(
        pipeline,
        "Our model achieves 0.7127 cIoU and 0.7382 mIoU, outperforming the baselines (+15.3 and +21.9 points, respectively).",
    )
    assert [r.metric for r in rs][-2:] == [METRIC + "miou"] * 2


def test_a_gain_after_a_comma_is_the_next_numbers_and_a_level_reached_is_absolute(pipeline):
    rs = _by_text(pipeline, "On ReasonSeg, our model reaches 68.40% mIoU, surpassing Seg-Zero-7B by +7.0 points.")
    assert rs["68.40%"].relation == "absolute"
    assert rs["+7.0 points"].relation == "improvement"
    assert only(pipeline, "Even the strongest model's accuracy drops to 37.46% after the adjustment.").relation == "absolute"
    assert only(pipeline, "Our framework reduces peak memory to 7GB on the board.").relation == "absolute"
    assert only(pipeline, "The accuracy decreased by up to 9% for both setups.").relation == "reduction"
    assert only(pipeline, "On public datasets, this improvement rises to 4.00%.").relation == "improvement"  # the gain's size
    rs = _by_text(
        pipeline, "Batch inference achieves a 47x throughput improvement, completing 2000 episodes in about 18 minutes."
    )
    assert rs["47x"].relation == "improvement"
    assert rs["18 minutes"].relation == "absolute"


def test_an_amount_of_data_or_a_count_of_iterations_is_a_setting(pipeline):
    text = (
        "We release a dataset of about 11 hours of videos. The models were trained on 3,000 hours of multi-lingual speech. "
        "Existing datasets are small, with at most 1,000s of training instances. Our model rivals FLUX1.1 with only 3K "
        "samples and 2K iterations. It matches the quality of Scaffold-GS in just 15K iterations."
    )
    assert results(pipeline, text) == []
    # a rate of data, time spent computing, and a reduction in iterations stay claims
    assert only(pipeline, "The reader sustains a buffering rate of 1.36 GB of image data per second.").unit == "GB"
    assert only(pipeline, "It needs only 10 minutes of training per patient.").unit == "minutes"
    assert only(pipeline, "Decoding takes 100s on the CPU.").value == 100.0
    r = only(pipeline, "Our model achieves a 50% reduction in required training iterations.")
    assert (r.value, r.relation) == (50.0, "reduction")


# ------------------------------------------------------------------ session 19 (results20): classes of a fresh sample


def test_percentages_from_a_to_b_are_a_change_unless_read_as_a_spread(pipeline):
    # no change verb in reach: a change all the same, falling or rising
    r = only(pipeline, "Once a few words are altered, the QA accuracy collapses from 95% to 50%.")
    assert (r.value, r.baseline_value, r.min_value, r.metric) == (50.0, 95.0, None, METRIC + "accuracy")
    rs = results(pipeline, "It raises accuracy on Video-MME from 53.8% to 56.1% and on the MLVU benchmark from 58.9% to 63.4%.")
    assert [(r.value, r.baseline_value) for r in rs] == [(56.1, 53.8), (63.4, 58.9)]
    # an example of a change is a claim ("e.g.," is no bare example then)
    rs = results(pipeline, "It improves reward models on both task families (e.g., from 66.6% to 75.9% on VL-RewardBench).")
    assert [(r.value, r.baseline_value) for r in rs] == [(75.9, 66.6)]
    # a change names its gain: no metric needed
    r = only(pipeline, "The workflow cuts escalation of hard cases in our agent from 84.95% to 58.72%.")
    assert (r.value, r.baseline_value, r.metric) == (58.72, 84.95, METRIC + "performance")
    # sizes of gains, a spread across settings, factors: ranges
    r = only(pipeline, "It generally outperforms existing techniques from 5% to 20%.")
    assert (r.min_value, r.max_value, r.baseline_value) == (5.0, 20.0, None)
    r = only(pipeline, "The model reached IoU scores from 66.3% to 93.3% across different segmentation tasks.")
    assert (r.min_value, r.max_value, r.baseline_value) == (66.3, 93.3, None)
    r = only(pipeline, "Our kernels deliver speedups from 2x to 13x.")
    assert (r.min_value, r.max_value) == (2.0, 13.0)


def test_a_label_after_a_claims_comparative_is_that_claims(pipeline):
    rs = results(pipeline, "It achieves +39.3 EM@1 with 18.6% lower latency and 40.9% lower edge growth.")
    assert [(r.value, r.metric, r.relation) for r in rs] == [
        (39.3, METRIC + "exact-match", "improvement"),
        (18.6, METRIC + "latency", "reduction"),
        (40.9, METRIC + "performance", "reduction"),  # a noun the vocabulary lacks: not the latency before
    ]
    rs = results(pipeline, "It cuts GPU memory usage by 42-45%, training time by 29-48%, and label noise by 83-87%.")
    assert [r.metric for r in rs] == [METRIC + "memory", METRIC + "training-time", METRIC + "performance"]
    # one label, "by" and a list: the label is every one's
    rs = results(pipeline, "It cuts inference time by over 45x for reconstruction and 32x for generation.")
    assert [(r.metric, r.relation) for r in rs] == [(METRIC + "latency", "reduction")] * 2
    # a number in brackets right after the label restates the claim's level
    rs = results(pipeline, "We report an order of magnitude faster convergence time (0.8 s) than marker-free methods.")
    assert [r.metric for r in rs] == [METRIC + "training-time"] * 2
    # a list of claims of one unit after a label still takes it
    rs = results(pipeline, "Our accelerator achieves speedups of 45x and 6150x for GPU and 17x and 3403x for CPU.")
    assert {r.metric for r in rs} == {METRIC + "speedup"}


def test_bare_numbers_listed_before_a_unit_take_it_and_a_gain_by_a_list_is_a_gain(pipeline):
    rs = results(pipeline, "These three variants are 0.2588, 0.2586, and 0.2839 dB below the full model, respectively.")
    assert [(r.value, r.unit) for r in rs] == [(0.2588, "dB"), (0.2586, "dB"), (0.2839, "dB")]
    # "by 33% and 43%": the clause's verb, however far before, states the gain of every number of the list
    rs = results(
        pipeline,
        "This approach improved the classification tasks related to both the persuasion techniques used and the "
        "vulnerability of the victims by 33% and 43%, respectively.",
    )
    assert [(r.value, r.relation) for r in rs] == [(33.0, "improvement"), (43.0, "improvement")]


def test_metric_labels_of_latex_sensitivity_and_models(pipeline):
    assert only(pipeline, "Our detector reaches an $F_1$ score of 0.91 on the test split.").metric == METRIC + "f1-score"
    assert only(pipeline, "The $F_1$-score rises from 33.4% to 75.1%.").metric == METRIC + "f1-score"
    r = only(pipeline, "It yields an average improvement of 28.6% in Mean Reciprocal Rank (MRR) across datasets.")
    assert r.metric == METRIC + "task-quality"
    rs = results(pipeline, "It reached an accuracy of 90.1%, with an improvement in sensitivity of 8.6% and 10.4%.")
    assert [r.metric for r in rs] == [METRIC + "accuracy", METRIC + "task-quality", METRIC + "task-quality"]
    assert only(pipeline, "We obtain 9.76% EER on the collected dataset.").metric == METRIC + "error-rate"
    # nor is one naming the regime a claim holds in
    r = only(pipeline, "It doubles the test accuracy at extreme compression regimes (e.g., 26.0% -> 54.1% for DM).")
    assert (r.value, r.baseline_value, r.metric) == (54.1, 26.0, METRIC + "accuracy")
    # a label glued by a hyphen to a word it modifies is no metric there
    rs = results(pipeline, "Sensitivity-prioritized thresholds reduced the need for staining by 44.4%, 42.0%, and 20.7%.")
    assert {r.metric for r in rs} == {METRIC + "performance"}
    assert only(pipeline, "It achieves a Dice-score of 0.91 on the test split.").metric == METRIC + "dice"
    # a label the linker found as a model names it: "fine-tuned MAE" is the masked autoencoder, not an error
    r = only(pipeline, "Our method outperforms supervised ViT and fine-tuned MAE, with gains of +9.24% on CIFAR-10.")
    assert r.metric == METRIC + "performance"
    assert only(pipeline, "Our model reduces the MAE by 12% on KITTI.").metric == METRIC + "regression-error"
    # ... and next to a number it is the metric whatever the linker made of it
    assert only(pipeline, "The age prediction reaches MAE: 4.1 against RMSE of 5.2 years.").metric == METRIC + "regression-error"


def test_a_level_set_by_the_means_is_a_setting_and_a_share_of_parameters_is_a_claim(pipeline):
    # "By <verb>ing ... to N" opening a sentence: what the method does, not what it achieves
    rs = results(pipeline, "By increasing the frame rate to 16 FPS and merging tokens, our model improves accuracy to 61.2%.")
    assert [r.value for r in rs] == [61.2]
    assert only(pipeline, "Our method improves the frame rate to 16 FPS.").value == 16.0
    # a share of the parameters trained or kept is a claim of parameter efficiency (the golds' practice), not a share
    # of the input ("using only 10% of training labels")
    r = only(pipeline, "It matches full fine-tuning while modifying only around 3.66% of the LLM parameters.")
    assert (r.value, r.metric, r.qualifier) == (3.66, METRIC + "parameters", "about")
    assert results(pipeline, "It matches full fine-tuning while using only 10% of the training labels.") == []


def test_a_list_of_benchmarks_earlier_in_the_sentence_attaches_none(pipeline):
    text = "Experiments on the {} datasets demonstrate its strength: it reduces the mean absolute error by at least 42%."
    assert only(pipeline, text.format("MVSEC and DSEC")).benchmark is None
    r = only(
        pipeline,
        "Evaluation across ALFWorld, LogisticsQA, and GAIA benchmarks demonstrates that it outperforms existing approaches "
        "while reducing prompt token consumption by 56.3%.",
    )
    assert (r.value, r.benchmark) == (56.3, None)
    # one benchmark earlier in the sentence is still the claim's
    assert only(pipeline, text.format("DSEC")).benchmark == BENCH + "dsec"


def test_kept_shares_and_fewer_tokens_stay_claims(pipeline):
    # tail21: "preserving" a share of a score, and fewer tokens a method spends, are claims
    assert only(pipeline, "It prunes tokens while preserving 98% of the original accuracy.").metric == METRIC + "accuracy"
    r = only(pipeline, "Our reasoner reduces the generated tokens by 3.6x on GSM8K.")
    assert (r.value, r.relation) == (3.6, "reduction")


@pytest.mark.parametrize(
    "text, values",
    [
        # tail21: figures listed with commas, each followed by where it was measured, continue the labelled first one
        ("Our model reaches AUROC 0.82 on MIMIC, 0.84 on CheXpert and 0.85 on CT-RATE.", [0.82, 0.84, 0.85]),
        ("We obtain BLEU 28.4 on WMT14, 30.1 on WMT16 and 33.2 on IWSLT.", [28.4, 30.1, 33.2]),
        # a bare number after the comma with no setting after it stays out
        ("It scores 0.91 F1 on task A, 12 of 20 on task B.", [0.91]),
        ("It reaches 0.91 F1 on task A, trained for 3 epochs.", [0.91]),
    ],
)
def test_parallel_bare_figures_each_with_its_setting_are_claims(pipeline, text, values):
    rs = results(pipeline, text)
    assert [r.value for r in rs] == values
    assert len({r.metric for r in rs}) == 1
