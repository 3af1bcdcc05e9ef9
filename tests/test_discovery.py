"""Discovery: names the vocabulary lacks, found by the words around them."""

from __future__ import annotations

import pytest

from kg.discovery import name_like
from kg.linker import Linker
from kg.vocab import load

FIELD = " We train deep learning models with neural networks for inference."


@pytest.fixture(scope="module")
def vocab():
    return load()


@pytest.fixture(scope="module")
def linker(vocab):
    return Linker(vocab)


def found(linker, text):
    return [
        (lk.text, lk.concept.split("/papers-kg/")[1])
        for lk in linker.link_texts([("abstract", text + FIELD)])
        if lk.method == "pattern"
    ]


@pytest.mark.parametrize(
    "name, ok",
    [
        ("ZorbWorld", True),
        ("QXRDB", True),
        ("Bench2Drive", True),
        ("SWE-bench", True),
        ("ScreenSpot-Pro", True),
        ("Large-Scale", False),
        ("OR", False),
        ("The", False),
        ("dataset", False),
        ("3D", False),
    ],
)
def test_name_like(name, ok):
    assert name_like(name) is ok


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We evaluate on the ZorbWorld benchmark.", [("ZorbWorld", "benchmark/discovered/ZorbWorld")]),
        (
            "Results on the QXRDB and ZTH/QCY datasets.",
            [("QXRDB", "benchmark/discovered/QXRDB"), ("ZTH/QCY", "benchmark/discovered/ZTH%2FQCY")],
        ),
        (
            "Across five benchmarks (Zorbench2, GAIAQ, and WebArenaX), we win.",
            [
                ("Zorbench2", "benchmark/discovered/Zorbench2"),
                ("GAIAQ", "benchmark/discovered/GAIAQ"),
                ("WebArenaX", "benchmark/discovered/WebArenaX"),
            ],
        ),
        (
            "Extensive experiments on QZ240hz and COESOTQ demonstrate gains.",
            [("QZ240hz", "benchmark/discovered/QZ240hz"), ("COESOTQ", "benchmark/discovered/COESOTQ")],
        ),
        ("It scores 28.0% on ZorbDroid.", [("ZorbDroid", "benchmark/discovered/ZorbDroid")]),
        ("It runs on two Zorblax 9000X GPUs.", [("Zorblax 9000X GPUs", "hardware/discovered/gpu/Zorblax_9000X")]),
        ("Known names with a version are not new: ALFRED2 benchmark.", []),
        (
            "We fine-tune Qwen3-ZZ-8B and compare with Point-BERT.",
            [("Qwen3-ZZ", "model/discovered/Qwen3-ZZ"), ("Point-BERT", "model/discovered/Point-BERT")],
        ),
        ("BERT-based models are common.", []),
    ],
)
def test_discovers(linker, text, expected):
    assert found(linker, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Facial Expression Recognition (FER) datasets are small.",  # a defined task acronym
        "We release LLM benchmarks and QA datasets.",  # generic acronyms
        "Our XMANet model and the MCUFormer design were trained on the dataset.",  # model names
        "Experiments on Qwen3-8B and Llama-3.1 show gains.",  # known families with versions
        "It has 833 MB GPUs. Using 20 GPUs helps.",  # units and sentence words are no products
        "A Large-Scale Dataset for driving.",
    ],
)
def test_does_not_discover(linker, text):
    assert found(linker, text) == []


def test_no_discovery_off_domain(linker):
    text = "We measured rainfall on the RAINX2 dataset and the HYDRO9 benchmark in Kenya."
    assert linker.link_texts([("abstract", text)]) == ()


def test_discovered_concept_described_for_the_graph(vocab, linker):
    [lk] = [
        lk for lk in linker.link_texts([("abstract", "It runs on NVIDIA Zorblax 9000X GPUs." + FIELD)]) if lk.method == "pattern"
    ]
    d = vocab.describe_discovered(lk.concept)
    assert d.kind == "HardwarePlatform" and d.pref_label == "NVIDIA Zorblax 9000X"
    assert {"Zorblax 9000X", "Zorblax 9000X GPU", "NVIDIA Zorblax 9000X GPU"} <= set(d.alt_labels)
    assert d.broader == ("https://w3id.org/papers-kg/hardware/gpu",)
    assert d.hardware_class == ("https://w3id.org/papers-kg/hardware/gpu",)


def test_pattern_confirms_a_context_label(linker, vocab):
    # a benchmark label that needs context links when the words around it say it is a benchmark
    ctx = [
        iri for iri, c in vocab.concepts.items() if c.kind == "Benchmark" and c.pref_label in vocab.context_labels.get(iri, ())
    ]
    assert ctx, "the vocabulary has benchmark context labels"
    label = vocab.concepts[ctx[0]].pref_label
    got = [
        (lk.text, lk.concept, lk.method) for lk in linker.link_texts([("abstract", f"Results on the {label} benchmark." + FIELD)])
    ]
    assert (label, ctx[0], "context") in got or (label, ctx[0], "label") in got
