"""Linker: candidate generation and the linking decision, on the hermetic mini vocabulary."""

from __future__ import annotations

import pytest

from kg.linker import Linker, find_abbreviations, fold, is_case_sensitive, variants

HW = "https://w3id.org/papers-kg/hardware/"
TECH = "https://w3id.org/papers-kg/technique/"
BENCH = "https://w3id.org/papers-kg/benchmark/"
MODEL = "https://w3id.org/papers-kg/model/"

IN_FIELD = " We train a deep learning model for inference on an accelerator."


@pytest.fixture(scope="module")
def linker(mini_vocab):
    return Linker(mini_vocab)


def links(linker, text, title=None):
    fields = [("abstract", text)] if title is None else [("title", title), ("abstract", text)]
    return [(lk.text, lk.concept.rsplit("/", 1)[1], lk.method) for lk in linker.link_texts(fields)]


def concepts(linker, text):
    return {c for _, c, _ in links(linker, text)}


@pytest.mark.parametrize(
    "label, sensitive",
    [
        ("NAS", True),
        ("MCU", True),
        ("INT8", True),
        ("LoRA", True),
        ("MoE", True),
        ("ViT", True),
        ("ImageNet", False),
        ("ResNet-50", False),
        ("microcontroller", False),
        ("NVIDIA Hopper GPU", False),
        ("o1", True),  # three characters with a digit: not the "(O1)" of a list
        ("mT5", True),
        ("Qwen3", False),  # longer than three: any case
    ],
)
def test_case_sensitivity_rule(label, sensitive):
    assert is_case_sensitive(label) is sensitive


@pytest.mark.parametrize(
    "label, expected",
    [
        ("FPGA", {"FPGA", "FPGAs"}),
        ("Cortex-A7", {"Cortex-A7", "Cortex A7", "CortexA7", "Cortex-A7s", "Cortex A7s", "CortexA7s"}),
        ("accelerator", {"accelerator", "accelerators"}),
        ("memory", {"memory", "memories", "memorys"}),
    ],
)
def test_variants(label, expected):
    assert expected <= variants(label)


def test_fold_keeps_length_for_odd_unicode():
    text = "İstanbul \u2013 GPU"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Runs on STM32F746 MCUs." + IN_FIELD, {"stm32f746", "mcu"}),
        ("A microcontroller unit and two microcontrollers." + IN_FIELD, {"mcu"}),
        ("On the NVIDIA H100 and H100 GPUs." + IN_FIELD, {"nvidia-h100", "gpu"}),
        ("We use Cortex A7 and Cortex-A7 cores." + IN_FIELD, {"arm-cortex-a7"}),
        ("Results on ImageNet-1K and ILSVRC-2012." + IN_FIELD, {"imagenet"}),
        ("Fine-tuning with LoRA." + IN_FIELD, {"lora"}),
        ("Field-programmable gate arrays (FPGAs) win." + IN_FIELD, {"fpga"}),
    ],
)
def test_positive_cases(linker, text, expected):
    assert concepts(linker, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "LoRa radios send packets over long range." + IN_FIELD,  # LoRa is not LoRA
        "The mcu and nas are lower-case words here." + IN_FIELD,  # acronyms only in their case
        "FPGAsX and XGPU are not words of ours." + IN_FIELD,  # word boundaries
    ],
)
def test_negative_cases(linker, text):
    assert concepts(linker, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # a context acronym glued into another name or bracketed as a token is not the vocabulary's sense
        ("Spiking SSC results, spiking neurons." + IN_FIELD, {"ssc"}),
        ("We propose SSC-Net for spiking audio." + IN_FIELD, set()),
        ("We propose Net-SSC for spiking audio." + IN_FIELD, set()),
        ("A special [SSC] token for spiking audio." + IN_FIELD, set()),
        ("The SSC-based loader for spiking audio." + IN_FIELD, {"ssc"}),  # "-based" is no other name
        # nothing links inside a web address
        ("Code: https://github.com/org/BERT-tools and BERT." + IN_FIELD, {"bert"}),
        ("Code at github.com/org/ResNet-50." + IN_FIELD, set()),
    ],
)
def test_glued_and_addresses(linker, text, expected):
    assert concepts(linker, text) - {"cnn"} == expected


def test_upper_cased_variant_only_in_an_all_capitals_text(linker):
    assert concepts(linker, "WE FINE-TUNE WITH LORA ON NVIDIA H100 GPUS" + IN_FIELD.upper()) >= {"lora"}
    assert "lora" not in concepts(linker, "The LORA field and LoRa radios." + IN_FIELD)


def test_longest_match_wins(linker):
    got = links(linker, "We apply INT8 quantized kernels." + IN_FIELD)
    assert ("INT8 quantized", "int8-quantization", "label") in got
    assert not any(c == "quantization" for _, c, _ in got)


def test_abbreviation_defined_in_text_links_short_form(linker):
    got = links(linker, "Spiking Speech Commands (SSC) is hard. We report SSC results." + IN_FIELD)
    assert [g for g in got if g[1] == "ssc"] == [
        ("Spiking Speech Commands", "ssc", "label"),
        ("SSC", "ssc", "abbreviation"),
        ("SSC", "ssc", "abbreviation"),
    ]


def test_abbreviation_defined_as_something_else_blocks_vocabulary_sense(linker):
    text = "A network-attached storage (NAS) box serves files. The NAS search space and architecture." + IN_FIELD
    assert "nas" not in concepts(linker, text)


def test_abbreviations_from_abstract_apply_to_title(linker):
    got = links(linker, "Neural Architecture Search (NAS) designs networks." + IN_FIELD, title="Fast NAS for MCUs")
    assert ("NAS", "nas", "abbreviation") in got


@pytest.mark.parametrize(
    "text",
    [
        "The power transformer in the substation failed under synaptic pruning of the grid.",
        "Quantization of the electromagnetic field yields photons.",
        "Hopper and grasshopper populations were counted in the field.",
    ],
)
def test_context_labels_do_not_link_off_domain(linker, text):
    assert links(linker, text) == []


def test_context_label_links_in_field_with_context_terms(linker):
    got = links(linker, "We apply pruning to the network weights and quantization to 4 bit." + IN_FIELD)
    assert {c for _, c, _ in got} == {"pruning", "quantization"}
    assert all(m == "context" for _, _, m in got)


def test_context_label_needs_its_context_terms(linker):
    # in the field, but nothing about NVIDIA or GPUs: "Hopper" is not the GPU
    assert "nvidia-hopper" not in concepts(linker, "Hopper is our system name." + IN_FIELD)
    assert "nvidia-hopper" in concepts(linker, "Hopper is NVIDIA's newest GPU." + IN_FIELD)


def test_offsets_and_text_agree(linker, mini_vocab):
    text = "Neural Architecture Search (NAS) on İstanbul MCUs \u2013 and STM32F746." + IN_FIELD
    for lk in Linker(mini_vocab).link_texts([("abstract", text)]):
        assert text[lk.start : lk.end] == lk.text


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("Spiking Neural Networks (SNNs) are", "SNN", "Spiking Neural Networks"),
        ("a Neural Architecture Search (NAS) method", "NAS", "Neural Architecture Search"),
        ("the Google Speech Commands v0.02 (GSC) set", "GSC", "Google Speech Commands v0.02"),
    ],
)
def test_find_abbreviations(text, short, long):
    [ab] = find_abbreviations(text)
    assert ab.short == short
    assert text[ab.long_start : ab.long_end] == long


def test_outside_the_field_only_named_things_link(linker):
    # no domain cues: a method word means something else here, but a GPU is a GPU
    assert concepts(linker, "We study INT8 quantized sensor readings for the estimation problem.") == set()
    assert concepts(linker, "We solve the estimation problem on a GPU.") == {"gpu"}
    assert concepts(linker, "We study INT8 quantized sensor readings." + IN_FIELD) == {"int8-quantization"}


# The packaged vocabulary: names of 2024-2025 models and benchmarks, and words that must not link.
FIELD = " We train deep learning models with neural networks for inference."


@pytest.fixture(scope="module")
def full_linker():
    from kg.vocab import load

    return Linker(load())


def full(full_linker, text):
    return {lk.concept.split("/papers-kg/")[1] for lk in full_linker.link_texts([("abstract", text + FIELD)])}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We compare LLaDA with Qwen-Image and SAM 3.", {"model/llada", "model/qwen-image", "model/sam3"}),
        ("Backbones: ModernBERT, MedGemma-27B and V-JEPA 2.", {"model/modernbert", "model/medgemma", "model/v-jepa"}),
        ("YOLO11n and YOLO26 detectors beat RF-DETR.", {"model/yolov11", "model/yolo26", "model/rf-detr"}),
        ("Camera-only PETR and StreamPETR on nuScenes for 3D detection.", {"model/petr", "model/streampetr"}),
        ("We distill from OpenAI o1 and DeepSeek-R1 with reasoning.", {"model/openai-o1", "model/deepseek-r1"}),
        ("Gemini-3-Pro and Grok-4 answer.", {"model/gemini-3", "model/grok"}),
        ("Evaluated on LoCoMo and LongMemEval.", {"benchmark/locomo", "benchmark/longmemeval"}),
        ("Forgery detection on FaceForensics++ and Celeb-DF.", {"benchmark/faceforensics", "benchmark/celeb-df"}),
        ("Grounding on ScanRefer, Nr3D and ScanQA.", {"benchmark/scanrefer", "benchmark/referit3d", "benchmark/scanqa"}),
        ("SAR ship detection on SSDD and HRSID.", {"benchmark/ssdd", "benchmark/hrsid"}),
    ],
)
def test_packaged_vocabulary_names(full_linker, text, expected):
    assert expected <= full(full_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Two observations: (O1) tasks differ and (O2) losses conflict.", "model/openai-o1"),
        ("The DriveLMM-o1 benchmark is hard.", "model/openai-o1"),
        ("Moshi and a parakeet are in the zoo.", "model/moshi"),
        ("A PETR scan of the patient.", "model/petr"),
        ("The SMPL dataset of sales.", "model/smpl"),
    ],
)
def test_packaged_vocabulary_traps(full_linker, text, absent):
    assert absent not in full(full_linker, text)
