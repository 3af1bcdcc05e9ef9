"""Linker: candidate generation and the linking decision, on the hermetic mini vocabulary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.linker import (
    _FOLD,
    Linker,
    find_abbreviations,
    fold,
    is_case_sensitive,
    participle,
    sentence_bounds,
    singulars,
    unify,
    variants,
)

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
        ("GAN-based", True),  # an acronym's "-based" form keeps the acronym's case: no "GaN-based" (gallium nitride)
        ("CNN-based", True),
        ("Transformer-based", False),
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
        # British spellings of "-ize" words
        ("4-bit quantization", {"4-bit quantisation", "4 bit quantisation"}),
        ("quantized", {"quantised"}),
        ("optimizer", {"optimiser", "optimisers"}),
        # a name of three or four words with any mix of spaces and hyphens at its joints
        ("KV cache reuse", {"KV-cache reuse", "KV cache-reuse", "KV-cache-reuse", "KV-cache reuses"}),
        ("low-rank adaptation", {"low rank-adaptation", "low-rank-adaptation", "low rank adaptation"}),
        ("post training quantization", {"post-training quantization", "post training-quantization"}),
        # LaTeX escapes an ampersand (issue #3: "Tanks\&Temples" in an abstract)
        ("Tanks&Temples", {"Tanks&Temples", "Tanks\\&Temples"}),
        ("Tanks & Temples", {"Tanks \\& Temples"}),
    ],
)
def test_variants(label, expected):
    assert expected <= variants(label)


@pytest.mark.parametrize(
    "label, glued, kept_apart",
    [
        # modhw27 (test16, both golds: "Llama4 Maverick" is Llama 4 Maverick): a family's version glued to its name
        # inside a longer name
        ("Llama 4 Maverick", {"Llama4 Maverick", "Llama4-Maverick"}, "Llama 4 Maverick"),
        ("Claude 3.5 Sonnet", {"Claude3.5 Sonnet", "Claude3.5-Sonnet"}, "Claude 3.5 Sonnet"),
        # no name of letters before the number (a product line's letters), no word after it (a size or nothing)
        ("Raspberry Pi 5", set(), "Raspberry Pi5"),
        ("Gemma 3 1B", set(), "Gemma3 1B"),
    ],
)
def test_a_version_glued_inside_a_longer_name(label, glued, kept_apart):
    forms = variants(label)
    assert glued <= forms
    if not glued:
        assert kept_apart not in forms


@pytest.mark.parametrize(
    "label, absent",
    [
        ("KV cache", "KV-cache reuse"),  # two words: the all-hyphen form only, nothing else made up
        # five words and more: no mixed forms (2**4 forms of each would bloat the automata for little)
        ("neural architecture search for edge", "neural-architecture search for edge"),
        ("Mixture of Experts - MoE", "Mixture of Experts-MoE"),  # a dash between spaces is no joint
    ],
)
def test_no_mixed_hyphen_forms_beyond_joints_of_short_names(label, absent):
    assert absent not in variants(label)


@pytest.mark.parametrize("label, absent", [("prize", "prise"), ("size", "sise"), ("QUANTIZE", "QUANTISE")])
def test_no_british_form_of_short_words_or_acronyms(label, absent):
    assert absent not in variants(label)


def test_fold_keeps_length_for_odd_unicode():
    text = "İstanbul \u2013 GPU"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "plain ASCII",
        "lines\nand\ttabs\r\n",
        "en\u2013dash and no\u00a0break",
        "İstanbul\n\u2212 1",
        "",
        "café, naïve: no mapped character",
        "é" + "".join(map(chr, _FOLD)) * 2,  # every mapped character, twice, in a non-ASCII text
        "\u2014\u2014 at both ends \u202f",
    ],
)
def test_unify_is_the_fold_map(text):
    # the ASCII fast path (a bytes translation, or the text itself) gives what the full map gives
    assert unify(text) == text.translate(_FOLD)
    assert fold(text) == "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_FOLD))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a class word after a named product is the product's ("STM32F746 MCUs"), not a second platform
        ("Runs on STM32F746 MCUs." + IN_FIELD, {"stm32f746"}),
        ("A microcontroller unit and two microcontrollers." + IN_FIELD, {"mcu"}),
        ("On the NVIDIA H100 and H100 GPUs." + IN_FIELD, {"nvidia-h100"}),
        ("On the NVIDIA H100 and other GPUs." + IN_FIELD, {"nvidia-h100", "gpu"}),
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


@pytest.mark.parametrize(
    "text",
    [
        # issue #3 (fixes12): a short form the text defines links nowhere inside a web address or an e-mail address
        "Spiking Speech Commands (SSC) for spiking audio. Code: https://github.com/org/SSC-tools." + IN_FIELD,
        "Spiking Speech Commands (SSC) for spiking audio. Code: github.com/org/SSC-tools." + IN_FIELD,
        "Spiking Speech Commands (SSC) for spiking audio. Data at huggingface.co/datasets/org/SSC." + IN_FIELD,
        "Spiking Speech Commands (SSC) for spiking audio. Data at anonymous.4open.science/r/SSC-data." + IN_FIELD,
        "Spiking Speech Commands (SSC) for spiking audio. Contact ssc.team@lab.example.edu or SSC@lab.org." + IN_FIELD,
        "Spiking Speech Commands (SSC) for spiking audio. See www.SSC-data.org for BERT." + IN_FIELD,
    ],
)
def test_nothing_links_inside_a_web_or_mail_address(linker, text):
    from kg.linker import _url_spans

    found = [(lk.start, lk.end, lk.text) for lk in linker.link_texts([("abstract", text)])]
    addresses = _url_spans(text)
    assert addresses
    assert not [f for f in found if any(a <= f[0] and f[1] <= b for a, b in addresses)]
    assert ("SSC", "ssc", "abbreviation") in links(linker, text)  # the short form still links in the text


@pytest.mark.parametrize(
    "text, expected",
    [
        # not an address: a file type or a library's name before "/" ("Node.js/Deno", "llama.cpp/ONNX"), a score "R@1"
        ("We compare Node.js/BERT and R@1.5 of BERT." + IN_FIELD, {"bert"}),
        ("A port of llama.cpp/BERT runs on the GPU." + IN_FIELD, {"bert", "gpu"}),
    ],
)
def test_what_reads_like_no_address_still_links(linker, text, expected):
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
        # a 2 between letters is "to", a 4 "for"
        ("Video-to-Audio (V2A) Generation achieves", "V2A", "Video-to-Audio"),
        (
            "in the natural language into graph query language (NL2GQL) task",
            "NL2GQL",
            "natural language into graph query language",
        ),
        # the nearest word that opens with the first letter ends no search where the words' initials spell the short form
        ("we use self-supervised learning (SSL) to", "SSL", "self-supervised learning"),
        ("trained with Proximal Policy Optimization (PPO) and", "PPO", "Proximal Policy Optimization"),
        ("we introduce the Turing Eye Test (TET), a benchmark", "TET", "Turing Eye Test"),
        ("at Test-Time Adaptation (TTA) we", "TTA", "Test-Time Adaptation"),
        # initials that do not spell it leave the letter search's answer
        ("a fast supervised learning (SSL) step", "SSL", "supervised learning"),
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


# --- issue #3: senses of trap words, judged where the word stands -------------------------------------------


def with_vocab(mini_vocab, **changes):
    from dataclasses import replace

    return Linker(replace(mini_vocab, **changes))


def test_a_phrase_of_another_sense_masks_the_labels_inside_it(mini_vocab):
    text = "Table pruning drops rows of the model input." + IN_FIELD
    assert "pruning" in concepts(Linker(mini_vocab), text)  # "model" is a context term of pruning in this sentence
    assert "pruning" not in concepts(with_vocab(mini_vocab, other_senses=("table pruning",)), text)


def test_a_phrase_of_another_sense_masks_the_context_terms_inside_it(mini_vocab):
    text = "Hopper plays in the NVIDIA Shield arcade." + IN_FIELD
    assert "nvidia-hopper" in concepts(Linker(mini_vocab), text)
    assert "nvidia-hopper" not in concepts(with_vocab(mini_vocab, other_senses=("NVIDIA Shield",)), text)


def test_a_phrase_of_another_sense_that_is_a_domain_cue_still_counts(mini_vocab):
    # the two cues make the text one of the field; masking "neural network" must not remove its cue
    text = "A deep learning neural network. Pruning of the network weights."
    assert "pruning" in concepts(with_vocab(mini_vocab, other_senses=("neural network",)), text)


@pytest.mark.parametrize(
    "text, linked",
    [
        ("We apply pruning to the rows of a table. The network weights stay dense." + IN_FIELD, False),
        ("We apply pruning to the network weights. The rows of a table stay." + IN_FIELD, True),
    ],
)
def test_a_technique_context_label_needs_its_context_in_the_same_sentence(linker, text, linked):
    assert ("pruning" in concepts(linker, text)) is linked


# a family and its members, under a top concept: "replay" (family continual learning), "rehearsal" (top only)
_FAMILY_TTL = """
@prefix kg:   <https://w3id.org/papers-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix tech: <https://w3id.org/papers-kg/technique/> .
tech:learning-method a kg:Technique, skos:Concept ; skos:inScheme tech: ; skos:topConceptOf tech: ;
    skos:prefLabel "learning method" .
tech:continual-learning a kg:Technique, skos:Concept ; skos:inScheme tech: ; skos:broader tech:learning-method ;
    skos:prefLabel "continual learning" .
tech:experience-replay a kg:Technique, skos:Concept ; skos:inScheme tech: ; skos:broader tech:continual-learning ;
    skos:prefLabel "experience replay" ; skos:altLabel "replay" ; kg:contextLabel "replay" ;
    kg:contextTerm "forgetting" .
tech:rehearsal a kg:Technique, skos:Concept ; skos:inScheme tech: ; skos:broader tech:learning-method ;
    skos:prefLabel "rehearsal" ; kg:contextLabel "rehearsal" ; kg:contextTerm "forgetting" .
"""


@pytest.fixture(scope="module")
def family_linker(tmp_path_factory):
    from kg.vocab import load

    directory = tmp_path_factory.mktemp("family-vocab")
    (directory / "mini.ttl").write_bytes((Path(__file__).parent / "data" / "vocab" / "mini.ttl").read_bytes())
    (directory / "family.ttl").write_text(_FAMILY_TTL, encoding="utf-8")
    return Linker(load(directory))


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # the family is named plainly: the member's context term may stand in another sentence
        ("Continual learning suffers from forgetting. We replay old samples.", "experience-replay", True),
        ("Models suffer from forgetting. Continual learning helps. We replay old samples.", "experience-replay", True),
        # no family named: the term must stand in the label's own sentence
        ("Models suffer from forgetting. We replay old samples.", "experience-replay", False),
        ("Models suffer from forgetting as we replay old samples.", "experience-replay", True),
        # the family named, but no term anywhere: still nothing
        ("Continual learning helps. We replay old samples.", "experience-replay", False),
        # the top of the scheme is no family: a text of the field is about it anyway
        ("A learning method suffers from forgetting. We use rehearsal of old samples.", "rehearsal", False),
    ],
)
def test_a_named_family_settles_the_sense_of_its_members_context_labels(family_linker, text, concept, linked):
    assert (concept in concepts(family_linker, text + IN_FIELD)) is linked


def test_a_narrower_concept_named_in_the_text_settles_the_sense(linker):
    # "Quantization" alone has no context term in its sentence; INT8 quantization, named plainly, settles it
    got = links(linker, "We use INT8 quantization. Quantization is fast here." + IN_FIELD)
    assert ("Quantization", "quantization", "context") in got
    assert "quantization" not in concepts(linker, "Quantization is fast here." + IN_FIELD)


@pytest.mark.parametrize(
    "text, linked",
    [
        ("Long Range (LoRA) radios send data. LoRA links are cheap." + IN_FIELD, False),
        ("Low-Rank Adaptation (LoRA) tunes models. LoRA is cheap." + IN_FIELD, True),
    ],
)
def test_a_short_form_defined_with_an_unrelated_long_form_does_not_link(linker, text, linked):
    assert ("lora" in concepts(linker, text)) is linked


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FPGAS IN AN ALL-CAPITALS TEXT." + IN_FIELD.upper(), {"fpga"}),  # an acronym's plural in capitals
        ("LORA radio modules." + IN_FIELD, set()),  # a mixed-case label in capitals is another word
        # issue #3 (techaudit11): in running text a plural in capitals is another acronym ("GPS" is no "GPs") where its
        # singular needs context (NAS, a context label); fixes12: where the singular is a plain label it is its plural
        ("The NASS of the search space architecture." + IN_FIELD, set()),
        ("The NASs of the search space architecture." + IN_FIELD, {"nas"}),
        ("Two FPGAS run the model." + IN_FIELD, {"fpga"}),
        ("Two FPGAs run the model." + IN_FIELD, {"fpga"}),
    ],
)
def test_capitals_only_in_a_text_in_capitals(linker, text, expected):
    assert concepts(linker, text) == expected


# The packaged vocabulary: names of 2024-2025 models and benchmarks, and words that must not link.
FIELD = " We train deep learning models with neural networks for inference."


@pytest.fixture(scope="module")
def real_linker():
    from kg.vocab import load

    return Linker(load())


def real_links(real_linker, text):
    return {lk.concept.split("papers-kg/", 1)[1] for lk in real_linker.link_texts([("abstract", text)])}


@pytest.mark.parametrize(
    "text",
    [
        "The power transformer in the substation overheated, so we model winding temperature with a thermal circuit.",
        "Synaptic pruning during adolescence removes weak connections between neurons in the cortex.",
        "We analyze the quantization error of few-bit ADCs in massive MIMO uplink receivers and derive the achievable rate.",
        "Canny edge detection finds the edges of objects in noisy images with a Gaussian kernel.",
        "Tree pruning in successive cancellation list decoding of polar codes reduces the decoding complexity.",
        "The heat kernel on a compact Riemannian manifold satisfies Gaussian upper bounds.",
        "We reconstruct the point cloud of the building from terrestrial LiDAR scans.",
        "The data reduction pipeline of the telescope calibrates raw spectra of distant galaxies.",
        "State of Charge (SOC) estimation of lithium batteries uses an equivalent circuit model and a Kalman filter.",
        "Closed-loop optimization of the chemical reactor keeps the yield high under disturbances.",
        "Cloud cover over the Amazon basin was measured by geostationary satellites.",
        "Grace Hopper was a pioneer of compilers and of the COBOL language.",
    ],
)
def test_off_domain_trap_sentences_link_nothing(real_linker, text):
    assert real_links(real_linker, text) == set()


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "We train deep neural networks on GPUs. Table pruning removes rows of the table before the LLM reads it.",
            "technique/pruning",
        ),
        ("We train a vision transformer on point clouds with deep learning on a GPU cluster.", "hardware/cloud"),
        ("A visual Turing test shows that our deep learning model on GPUs produces realistic scans.", "hardware/nvidia-turing"),
        (
            "Our deep learning model lies on the Pareto frontier of accuracy and latency on GPUs.",
            "hardware/frontier-supercomputer",
        ),
        ("Deep learning based State of Charge (SOC) estimation of batteries with neural networks.", "hardware/soc"),
        # benchfield15: a data set's short form defined as a task's names the task ("RS visual question answering (RSVQA)")
        (
            "Multimodal LLMs are fine-tuned for RS visual question answering (RSVQA) and grounding on GPUs.",
            "benchmark/rsvqa",
        ),
        ("We fine-tune an LLM on GPUs. Its throughput in tokens per second (TPS) is high.", "technique/tensor-parallelism"),
        (
            "We train neural networks on GPUs. We study the quantization of the received signal by few-bit ADCs.",
            "technique/quantization",
        ),
        ("We train neural networks on GPUs and offer privacy-preserving recommendations.", "technique/differential-privacy"),
        # review11: concurrency's and networking's "blocking" is no loop blocking, though a context term ("memory",
        # "GPU", "loop") stands beside it (corpus: "non-blocking human intervention", "head-of-line blocking")
        (
            "Agents keep memory persistence across sessions and non-blocking human intervention on GPUs with LLMs.",
            "technique/tiling",
        ),
        (
            "We overlap communication with non-blocking all-reduce calls in distributed deep learning on GPUs.",
            "technique/tiling",
        ),
        (
            "FCFS scheduling of LLM requests on GPUs causes head-of-line blocking and queuing delays in memory.",
            "technique/tiling",
        ),
        # a fixed-point iteration, theorem or equation is no fixed-point arithmetic, even beside "precision"
        (
            "The deep equilibrium model on GPUs solves fixed-point iterations at lower precision with Anderson acceleration.",
            "technique/fixed-point",
        ),
        (
            "A fixed-point theorem gives convergence of the quantized deep neural network training on GPUs.",
            "technique/fixed-point",
        ),
    ],
)
def test_in_the_field_a_trap_word_in_its_other_sense_does_not_link(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


# issue #3, techaudit11: the precision classes of the technique audit of unseen corpus abstracts (docs/technique-audit.md),
# each with the sense that must still link. Sentences from corpus abstracts, shortened; "on GPUs" puts them in the field.
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # a plural in capitals is another acronym in running text: the positioning system, diffusion posterior sampling
        (
            "Cross-View Splatter fuses satellite views with GPS-tagged photos; posterior uncertainty of deep networks on GPUs.",
            "technique/gaussian-process",
            False,
        ),
        (
            "We fit GPs with RBF kernels for posterior uncertainty. We train deep neural networks on GPUs.",
            "technique/gaussian-process",
            True,
        ),
        (
            "DPS becomes 3.2x faster while halving peak GPU memory for diffusion models on GPUs.",
            "technique/data-parallelism",
            False,
        ),
        ("We train the deep neural network with data parallelism across GPUs.", "technique/data-parallelism", True),
        # early stopping of inference (reasoning, recursion, attempts) is no training regulariser
        (
            "We pick trajectories with the Q head (used for early stopping in the original TRM) of deep networks on GPUs.",
            "technique/early-stopping",
            False,
        ),
        (
            "Efficiency strategies like early stopping substantially reduce verbose overthinking of reasoning LLMs on GPUs.",
            "technique/early-stopping",
            False,
        ),
        (
            "Training used the AdamW optimizer and early stopping to curb overfitting of the deep neural network on GPUs.",
            "technique/early-stopping",
            True,
        ),
        # a fixed point of a map or an iteration is no fixed-point arithmetic
        (
            "We establish a complete fixed-point and convergence theory for deep neural networks on GPUs.",
            "technique/fixed-point",
            False,
        ),
        (
            "Combined with fixed-point coordination, the deep learning framework on GPUs enforces consistency.",
            "technique/fixed-point",
            False,
        ),
        (
            "The FPGA accelerator runs the deep neural network in 16-bit fixed-point with integer multipliers.",
            "technique/fixed-point",
            True,
        ),
        # blocking an action, entity-resolution blocking: no loop blocking
        (
            "AI coding agents built on LLMs use retrying: blocking actions flagged as risky by deep learning models.",
            "technique/tiling",
            False,
        ),
        (
            "The dominant blocking-matching-clustering paradigm for entity resolution with LLMs and deep learning has flaws.",
            "technique/tiling",
            False,
        ),
        (
            "Cache blocking of the matrix into 64x64 blocks keeps data in GPU shared memory for deep neural network inference.",
            "technique/tiling",
            True,
        ),
        # all-to-all attention or retrieval: no collective communication
        (
            "To avoid dense all-to-all attention across agents, we propose hub tokens for LLMs in deep learning.",
            "technique/collective-communication",
            False,
        ),
        (
            "Expert parallelism for MoE training needs all-to-all communication between GPUs.",
            "technique/collective-communication",
            True,
        ),
        # a property and a phenomenon named as if they were methods
        (
            "We present a systematic investigation of adversarial robustness in multimodal LLMs on GPUs.",
            "technique/adversarial-training",
            False,
        ),
        (
            "Our module enhances the robustness of adversarially trained deep neural networks on GPUs.",
            "technique/adversarial-training",
            True,
        ),
        (
            "Code-specialized LLMs underperform due to negative transfer from mainstream language training on GPUs.",
            "technique/multi-task-learning",
            False,
        ),
        (
            "We train one deep neural network for three tasks with multi-task learning on GPUs.",
            "technique/multi-task-learning",
            True,
        ),
        # a mapper model is no accelerator mapper
        (
            "DART trains a mapper model with reinforcement learning to convert SFT data for LLMs on GPUs.",
            "technique/hw-mapping",
            False,
        ),
        ("The mapper searches loop tilings of the DNN accelerator dataflow for energy.", "technique/hw-mapping", True),
    ],
)
def test_technique_audit_classes(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # techrecall12 (issue #3): the acronyms of post-training methods have no other sense in the field; a sentence
        # that names them with training words or beside each other settles it ("SFT and DPO", "GRPO training")
        ("We validate the reward model with GRPO training on LLMs for math.", "technique/grpo", True),
        ("Prior baselines such as SFT and DPO generalize poorly for LLMs on GPUs.", "technique/dpo", True),
        ("Prior baselines such as SFT and DPO generalize poorly for LLMs on GPUs.", "technique/sft", True),
        ("Our agent beats PPO and GRPO under matched training compute with LLMs.", "technique/ppo", True),
        # and still nothing outside the field, nor without any word of the method's sense
        ("The hospital appointed a DPO under the privacy regulation for its patients.", "technique/dpo", False),
        # model quantization named beside the stages of a model's life: deployment, post-training, latency
        (
            "We detail pre-training of our LLM, its post-training stages, evaluation, and quantization.",
            "technique/quantization",
            True,
        ),
        (
            "Our LLM agents answer with lower latency once quantization shrinks the deep learning model.",
            "technique/quantization",
            True,
        ),
        # quantizing a signal before inference is no model quantization ("inference" is no term of it)
        (
            "Vision-language models reason over RGB images, although rendering can quantize sensor evidence before inference.",
            "technique/quantization",
            False,
        ),
        # established methods the vocabulary lacked (corpus counts in techniques.ttl)
        (
            "An LLM agent guides classical planning with heuristics learned by deep learning.",
            "technique/automated-planning",
            True,
        ),
        ("We model the LLM agent's escalation states as a timed Petri net with deep learning.", "technique/petri-nets", True),
        ("The LLM serving stack adds tool-result memoization and prefix caching on GPUs.", "technique/memoization", True),
        (
            "We pool CNN features with Fisher vector encoding for deep learning texture recognition.",
            "technique/fisher-vector",
            True,
        ),
    ],
)
def test_technique_recall_audit_classes(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # techrecall13 (issue #3): KTO, like GRPO/DPO/PPO/SFT, is confirmed by a training word or a sibling acronym
        (
            "A DiT video generator adds classifier-free guidance and KTO-based refinement for boundary cases.",
            "technique/kto",
            True,
        ),
        ("We compare SFT, ORPO and KTO on instruction data for LLMs.", "technique/kto", True),
        ("Our LLM is post-trained with KTO on binary feedback.", "technique/kto", True),
        # the newer siblings confirm the older acronyms too ("SFT trails ORPO": no other word of its sense)
        ("With deep neural networks on GPUs, SFT trails ORPO on every benchmark.", "technique/sft", True),
        ("With deep neural networks on GPUs, SFT trails the baseline on every benchmark.", "technique/sft", False),
        # ... and still nothing outside the field, whatever its sentence holds
        (
            "The KTO training centre of the regional transport office reported refinement of its schedules.",
            "technique/kto",
            False,
        ),
        # NoPE's long forms define the short form and name it
        (
            "A global attention layer with No Positional Encoding (NoPE) complements local transformer attention layers.",
            "technique/nope",
            True,
        ),
        (
            "SWAN-GPT interleaves transformer layers without positional encodings (NoPE) and sliding-window attention.",
            "technique/nope",
            True,
        ),
        # bare "probing" stays no label (a context rule for it failed a blind floor; docs/technique-recall-audit.md)
        (
            "We conduct a layer-wise probing analysis of the LLM and head-wise causal intervention.",
            "technique/linear-probing",
            False,
        ),
        ("Linear probes on the LLM's hidden states reveal where truthfulness is encoded.", "technique/linear-probing", True),
        # established methods the vocabulary lacked (corpus counts in techniques.ttl)
        ("Physical adversarial patches fool deep neural network object detectors.", "technique/adversarial-patch", True),
        ("Our defense detects patch attacks on deep neural network classifiers on GPUs.", "technique/adversarial-patch", True),
        (
            "Using causal mediation analysis we find attention heads of the LLM that encode the task.",
            "technique/causal-mediation-analysis",
            True,
        ),
        ("Molecular docking scores rank the ligands proposed by our LLM agent.", "technique/molecular-docking", True),
        (
            "Graph representation learning with GNNs embeds the ICD codes for deep learning risk prediction.",
            "technique/graph-representation-learning",
            True,
        ),
        # unlinked since tgen23: a system category the released golds leave out (2 of 13 links taken)
        (
            "The LLM-driven multi-agent framework routes legal queries to specialised agents.",
            "technique/multi-agent-systems",
            False,
        ),
        ("We train the retriever with hard negatives in a contrastive loss on GPUs.", "technique/negative-sampling", True),
    ],
)
def test_technique_recall_audit_gaps_of_round_two(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # techrecall14 (issue #3): the fit half's classes, each with a sense that must not link
        ("Multi-scale feature fusion in the CNN decoder sharpens lesion boundaries.", "technique/feature-fusion", True),
        # feature-level fusion stays early fusion (its opposite is decision-level fusion)
        (
            "We compare feature-level fusion and decision-level fusion of the deep learning models.",
            "technique/early-fusion",
            True,
        ),
        (
            "We compare feature-level fusion and decision-level fusion of the deep learning models.",
            "technique/feature-fusion",
            False,
        ),
        (
            "The VAE learns disentangled representations of content and style for the neural network.",
            "technique/disentangled-representation-learning",
            True,
        ),
        ("The detector is trained on pseudo-labeled frames produced by a teacher CNN.", "technique/pseudo-labeling", True),
        (
            "An LLM generates hard-negative samples for contrastive training of the embedding model.",
            "technique/negative-sampling",
            True,
        ),
        (  # unlinked since tgen23 (a system category)
            "These insights matter for designing future multi-agent AI systems built on large language models.",
            "technique/multi-agent-systems",
            False,
        ),
        (
            "We propose the optimal marginal deterministic policy gradient for multi-agent reinforcement learning.",
            "technique/deterministic-policy-gradient",
            True,
        ),
        (
            "Using circuit tracing, we build attribution graphs of the LLM's transformer layers.",
            "technique/mechanistic-interpretability",
            True,
        ),
        (
            "A neural acoustic field is trained on data from a fast Monte-Carlo-based boundary element method on GPUs.",
            "technique/monte-carlo-methods",
            True,
        ),
        # Monte Carlo, a general method, opens no field: a physics text links nothing
        (
            "Monte Carlo simulations of the Ising model near the critical temperature agree with the series expansion.",
            "technique/monte-carlo-methods",
            False,
        ),
        ("The LLM-based router applies GMM-based clustering to the tool descriptions.", "technique/clustering", True),
        (
            "Stars form clusters; the clustering of galaxies in the survey is measured with LLM tools.",
            "technique/clustering",
            False,
        ),
        # "disassembly" is decompilation only beside a word of software
        ("Deep learning locates the bolts for the robotic disassembly of starter motors.", "technique/decompilation", False),
        ("An LLM lifts the disassembly of stripped binaries to C source.", "technique/decompilation", True),
        # a model's context label in a list with a linked model is that model
        (
            "Stimulus features were extracted using pretrained models including VideoMAE, HuBERT, Qwen, and BridgeTower.",
            "model/hubert",
            True,
        ),
        ("The HuBERT family lives in the forest, the deep learning team of the LLM project said.", "model/hubert", False),
    ],
)
def test_technique_recall_audit_classes_of_round_three(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # techfield15: recall classes of abstracts of the field itself, each with a sense that must not link
        # mixed-precision quantization: the bit-allocation forms, where a layer, weight or model word shows the sense
        (
            "We formulate layer-wise bit allocation for the weights of large language models as a convex problem.",
            "technique/mixed-precision-quantization",
            True,
        ),
        (
            "Adaptive bit allocation assigns bit-widths to the layers of spiking neural networks on neuromorphic chips.",
            "technique/mixed-precision-quantization",
            True,
        ),
        # the bit allocation of a codec or of an ADC front end is rate control, not a quantized network's precision
        (
            "Efficient bit allocation in the video codec reduces the rate at equal PSNR; the encoder is a CNN on a GPU.",
            "technique/mixed-precision-quantization",
            False,
        ),
        (
            "Power control prevents quantization-induced interference, while bit allocation reduces the ADC power;"
            " the channel estimator is a CNN on a GPU.",
            "technique/mixed-precision-quantization",
            False,
        ),
        # knowledge distillation of hidden states and intermediate layers
        (
            "Hidden Layer Distillation (HLD) matches the student's hidden states to the teacher LLM's.",
            "technique/knowledge-distillation",
            True,
        ),
        (
            "Layer-aligned distillation compresses large multimodal transformers by 3x.",
            "technique/knowledge-distillation",
            True,
        ),
        # prompt compression: an LLM's long context, not a video generator's past frames
        (
            "Adaptive context compression cuts the prefill cost of LLMs in retrieval-augmented generation.",
            "technique/prompt-compression",
            True,
        ),
        (
            "Hierarchical context compression of the past frames lets the diffusion model render 2-minute videos on one GPU.",
            "technique/prompt-compression",
            False,
        ),
        # the cognitive offloading of students to generative AI is no computation offloading
        (
            "Students risk cognitive offloading to LLM assistants on edge devices and GPUs.",
            "technique/offloading",
            False,
        ),
        ("The optimizer states are offloaded to CPU memory during LLM training on GPUs.", "technique/offloading", True),
        # a renderer's forward pass is no deferred shading
        (
            "We bypass costly forward rendering passes of 3D Gaussian splatting on GPUs.",
            "technique/deferred-shading",
            False,
        ),
        # pruning of Gaussian primitives compresses a 3D Gaussian splatting scene
        (
            "Existing pruning methods for 3D Gaussian splatting (3DGS) remove redundant Gaussians to compress the scene.",
            "technique/pruning",
            True,
        ),
        ("Pruning the rose bushes in spring keeps the garden healthy.", "technique/pruning", False),
        # adapters on a CLIP or a vision-language model; the adapter of a power supply is none
        ("LADA: Scalable Label-Specific CLIP Adapter for Continual Learning", "technique/adapters", True),
        ("The power adapter of the edge device delivers 65 W to the GPU board.", "technique/adapters", False),
        # disentangled representations written as embeddings or features; a bandit problem; an ensemble's inference
        (
            "A hierarchical VQ autoencoder learns a disentangled embedding of motion features.",
            "technique/disentangled-representation-learning",
            True,
        ),
        (
            "This paper revisits the LLM cache bandit problem for cost-effective LLM inference.",
            "technique/multi-armed-bandits",
            True,
        ),
        ("An orchestration layer coordinates ensemble inference of three quantized LLMs.", "technique/ensemble-learning", True),
        ("Joint hardware-software optimizations ensure real-time inference on edge devices.", "technique/hw-sw-co-design", True),
        # new concepts: Dempster-Shafer theory, partial convolution; partial convolution's PConv only beside its terms
        (
            "A fusion mechanism grounded in Dempster-Shafer theory combines the logits of the deep neural networks.",
            "technique/dempster-shafer-theory",
            True,
        ),
        # evidence theory is no evidence of the field: alone it opens no abstract (an agent's route planning)
        (
            "The generative model of the agent uses Dempster-Shafer theory and a Gaussian sensor model for reconnaissance.",
            "technique/dempster-shafer-theory",
            False,
        ),
        (
            "By integrating partial convolution (PConv), the lightweight module of the CNN reduces FLOPs on the GPU.",
            "technique/partial-convolution",
            True,
        ),
        # FlashFFTConv's partial convolutions cut a long convolution short: no channel, mask or module word
        (
            "Partial convolutions can be implemented by skipping blocks in the matrix decomposition on GPUs with Tensor Cores.",
            "technique/partial-convolution",
            False,
        ),
        ("PConv reported its quarterly earnings on Tuesday as its GPU sales grew.", "technique/partial-convolution", False),
        # models: DistilRoBERTa, emotion2vec, SigLIPv2, DeIT
        ("Emotion2Vec encodes speech and DistilRoBERTa the text.", "model/distilroberta", True),
        ("Emotion2Vec encodes speech and DistilRoBERTa the text.", "model/emotion2vec", True),
        ("Experiments on DINO, SigLIPv2, DeIT, and AugReg models.", "model/siglip", True),
        ("Experiments on DINO, SigLIPv2, DeIT, and AugReg models.", "model/deit", True),
    ],
)
def test_field_recall_classes_of_techfield15(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


# issue #3 (techrecall19): methods the released golds name on their own that the vocabulary folded into their family or
# lacked (iterative and global pruning, random cropping, multi-head attention, self-speculative decoding, tree attention,
# ECA, resonate-and-fire neurons, KV cache merging, 6-bit quantization, frame differencing, multimodal learning) and
# word forms of known ones ("FlashAttn", "rasterizing", "dynamic exits", "depthwise convolutional layer",
# "neural-symbolic approach"); AI agents mark a text of the field
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        (
            "An iterative pruning schedule gradually increases the sparsity of the DNN on GPUs.",
            "technique/iterative-pruning",
            True,
        ),
        ("A global pruning strategy allocates the sparsity of the LLM across layers on GPUs.", "technique/global-pruning", True),
        # the pruning of a search tree is no pruning of a network: a context label needs the field's words
        (
            "Branch-and-bound search with global pruning of the game tree finds the optimal move.",
            "technique/global-pruning",
            False,
        ),
        ("Images are augmented by random cropping and flipping to train the CNN on GPUs.", "technique/random-cropping", True),
        (
            "Each Transformer block has multi-head attention (MHA) and an MLP, run on GPUs.",
            "technique/multi-head-attention",
            True,
        ),
        ("Each Transformer block has multi-head attention (MHA) and an MLP, run on GPUs.", "technique/self-attention", False),
        (
            "Self-speculative decoding drafts tokens with the LLM's own early layers on GPUs.",
            "technique/self-speculative-decoding",
            True,
        ),
        (
            "Self-speculative decoding drafts tokens with the LLM's own early layers on GPUs.",
            "technique/speculative-decoding",
            False,
        ),
        ("Medusa heads verify candidates with tree-based attention in one pass of the LLM.", "technique/tree-attention", True),
        (
            "The CNN adds Efficient Channel Attention to each block for image classification.",
            "technique/efficient-channel-attention",
            True,
        ),
        (
            "The CNN adds Efficient Channel Attention to each block for image classification.",
            "technique/squeeze-and-excitation",
            False,
        ),
        (
            "Resonate-and-fire neurons give the spiking neural network oscillatory dynamics.",
            "technique/resonate-and-fire-neuron",
            True,
        ),
        ("KeepKV is an adaptive KV cache merging method for LLM inference on GPUs.", "technique/kv-cache-merging", True),
        ("The 6-bit quantized LLM matches the FP16 model on GPUs.", "technique/int6-quantization", True),
        (
            "Fast objects are found by the frame difference method before a CNN on the GPU classifies them.",
            "technique/frame-differencing",
            True,
        ),
        ("Multi-modal learning fuses CT and PET images with deep learning models.", "technique/multimodal-learning", True),
        ("Spava is 12.7x faster than FlashAttn for long-video LLM inference on GPUs.", "technique/flash-attention", True),
        ("3D Gaussian Splatting renders pixels by rasterizing Gaussian primitives on GPUs.", "technique/rasterization", True),
        ("Experience-Driven Dynamic Exits for LLMs with Reinforcement Learning", "technique/early-exit", True),
        ("The ViT replaces attention with a depthwise convolutional layer on the NPU.", "technique/depthwise-convolution", True),
        (
            "Transcompiling tensor programs for deep learning systems with a neural-symbolic approach.",
            "technique/neuro-symbolic-ai",
            True,
        ),
        # words of AI agents show the field: the serving methods of such a paper link (autoscaling is a context label)
        (
            "The platform serves AI agents: it integrates serverless execution and dynamic autoscaling for agentic AI.",
            "technique/autoscaling",
            True,
        ),
        ("Dynamic autoscaling of the cloud database cuts cost for bursty web traffic.", "technique/autoscaling", False),
        # bare "mixed-precision" is shared by mixed-precision training and quantization: the sentence's words decide
        (
            "We quantize LLMs on GPUs. Existing methods such as mixed-precision schemes fail under 4-bit weights.",
            "technique/mixed-precision-quantization",
            True,
        ),
        (
            "We quantize LLMs on GPUs. Existing methods such as mixed-precision schemes fail under 4-bit weights.",
            "technique/mixed-precision-training",
            False,
        ),
        ("The ViT runs on the GPU via fp16 mixed-precision inference.", "technique/mixed-precision-quantization", True),
        (
            "We train the CNN on GPUs and employ mixed-precision (AMP), cosine learning-rate decay and gradient clipping.",
            "technique/mixed-precision-training",
            True,
        ),
        (
            "We train the CNN on GPUs and employ mixed-precision (AMP), cosine learning-rate decay and gradient clipping.",
            "technique/mixed-precision-quantization",
            False,
        ),
    ],
)
def test_recall_classes_of_techrecall19(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


# issue #3 (techgap16): a generic family name (kg:bareLabel) links only unmodified; after a modifier word it names one
# design of the family, mostly the paper's own, which the released golds leave out (0 of 14 such "attention mechanism"s
# in dev and the FIT golds taken; 5 of 7 unmodified ones taken). Since tprec28 "attention mechanism" is unlinked even
# unmodified (the golds since test9 leave it in all 8 papers; TEST14-TEST17 list it as not annotated); BF16 / bfloat16
# are the reference format of a baseline, no method (kg:unlinkedLabel; 0 of 7 taken in dev and the FIT golds, while
# FP16 is taken)
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        (
            "We propose a context-aware hybrid attention mechanism that speeds up LLM inference on GPUs.",
            "attention-mechanism",
            False,
        ),
        (
            "DCAR introduces a chunk-to-frame attention mechanism for the autoregressive speech Transformer.",
            "attention-mechanism",
            False,
        ),
        (
            "It is equipped with a specially designed prompt-attention mechanism for the deep neural network.",
            "attention-mechanism",
            False,
        ),
        (
            "SpecExtend integrates efficient attention mechanisms such as FlashAttention into the LLM.",
            "attention-mechanism",
            False,
        ),
        (
            "A novel temporal attention mechanism sharpens the features of the convolutional neural network.",
            "attention-mechanism",
            False,
        ),
        (
            "We identify eight functionally distinct attention mechanisms in the diffusion Transformer.",
            "attention-mechanism",
            False,
        ),
        ("Our attention mechanism weighs the sensor channels of the deep neural network.", "attention-mechanism", False),
        (
            "It extracts the table information inside each cell via a new attention mechanism of the neural network.",
            "attention-mechanism",
            False,
        ),
        ("Mainstream models leverage the Transformer attention mechanism to improve LLM accuracy.", "attention-mechanism", False),
        ("Visual synthesis has leveraged diffusion models and attention mechanisms on GPUs.", "attention-mechanism", False),
        ("We analyse the model's attention mechanism after distillation of the LLM.", "attention-mechanism", False),
        ("Attention mechanisms dominate the latency of LLM inference on GPUs.", "attention-mechanism", False),
        # a verb, a question word or a plural possessive before it modifies nothing
        (
            "Deep neural networks have widely adopted attention mechanisms to learn discriminative features.",
            "attention-mechanism",
            False,
        ),
        (
            "We examine how attention mechanisms contribute to the accuracy of the deep neural network.",
            "attention-mechanism",
            False,
        ),
        ("The method integrating attention mechanisms into the CNN runs on the GPU.", "attention-mechanism", False),
        ("We prune the ViTs' attention mechanism to speed up inference on GPUs.", "attention-mechanism", False),
        ("Recent approaches leverage complex attention mechanisms in the deep neural network.", "attention-mechanism", False),
        ("Understanding Attention Mechanism in Video Diffusion Models", "attention-mechanism", False),
        # the modifier rule is the bare label's: named attention variants still link
        ("Sliding-window attention and multi-head attention mechanisms cut the LLM's cost.", "sliding-window-attention", True),
        ("Our 4-bit LLM matches the BF16 baseline after quantization on the GPU.", "reduced-precision", False),
        ("To save memory we convert the LLM weights from bfloat16 to int4 by quantization.", "reduced-precision", False),
        ("Our INT4 models of the LLM outperform FP16 baselines after quantization on GPUs.", "reduced-precision", True),
        (
            "Reduced-precision formats such as FP16 and BF16 speed up training of the deep neural network.",
            "reduced-precision",
            True,
        ),
        # "vectorized" describes an operation or data (dev gold leaves both of its uses); SIMD and vectorization link
        ("The block-wise vectorized operation of the sparse DNN runs fast on the ARM CPU.", "vectorization", False),
        ("We vectorize the kernels with SIMD instructions on the ARM CPU for the DNN.", "vectorization", True),
        ("Auto-vectorization by the compiler speeds up the DNN's kernels on the x86 CPU.", "vectorization", True),
    ],
)
def test_generic_family_names_link_unmodified_of_techgap16(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


# issue #3 (techsense17): technique labels that are also another field's words, from a census of the technique links of
# 50k corpus abstracts (docs/techsense17-audit.md): a spectrogram is data, not the transform (kg:unlinkedLabel); a voxel,
# dense or feature grid is a neural-field encoding only beside a neural-field word (occupancy, event voxel grids, BEV
# query grids are data structures); bare "virtualization" needs a cloud or VM word (camera, sensor virtualization are
# none); a "tiling strategy" a memory or loop word (image tiles for small objects are none); "score distillation" is
# score distillation sampling, not knowledge distillation; bare "caching" is feature caching beside a generator's word
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("The audio branch of the deep neural network synthesizes mel-spectrograms from text.", "stft", False),
        ("We fine-tune a Vision Transformer on synthetic EEG spectrograms with LoRA.", "stft", False),
        ("A multi-resolution STFT loss improves the audio quality of the deep neural network.", "stft", True),
        ("Occupancy prediction of the deep neural network predicts a dense 3D voxel grid.", "dense-grid-encoding", False),
        ("The Transformer converts video frames into event-based voxel grid representations.", "dense-grid-encoding", False),
        ("The detector leverages the dense grid of BEV queries of the Transformer.", "dense-grid-encoding", False),
        ("We compress the voxel grid of the neural radiance field for fast neural rendering.", "dense-grid-encoding", True),
        (
            "A feature grid interpolation updates the neural implicit representation of the deep neural network.",
            "dense-grid-encoding",
            True,
        ),
        ("TC-GS: Tri-plane based compression for 3D Gaussian Splatting with deep neural networks", "dense-grid-encoding", True),
        ("Camera virtualization enables novel view synthesis with a deep neural network.", "virtualization", False),
        ("Virtualization lets multi-tenant cloud GPUs serve DNN inference.", "virtualization", True),
        ("A 4x4 tiling strategy aligns the patch size with the deep neural network's receptive field.", "tiling", False),
        ("An adaptive tiling strategy maximizes data reuse in shared memory for the DNN accelerator.", "tiling", True),
        ("Text-to-3D generation uses score distillation from pre-trained 2D diffusion models.", "score-distillation", True),
        ("Text-to-3D generation uses score distillation from pre-trained 2D diffusion models.", "knowledge-distillation", False),
        ("Knowledge distillation transfers the teacher's logits to a compact student network.", "knowledge-distillation", True),
        # techleft17: "score distillation" needs a word of diffusion, 3D or its optimization in its sentence; a teacher's
        # scores distilled into a student are knowledge distillation
        (
            "We refine the unconditional terms in the score distillation process with a deep neural network.",
            "score-distillation",
            True,
        ),
        (
            "The student LLM is trained with Rationale-Score Distillation from the teacher's reasoning.",
            "score-distillation",
            False,
        ),
        (
            "The student LLM is trained with Rationale-Score Distillation from the teacher's reasoning.",
            "knowledge-distillation",
            True,
        ),
        ("Caching reuses previously computed outputs across timesteps of the diffusion model.", "feature-caching", True),
        ("We propose a coded caching scheme for deep neural networks at the wireless edge.", "feature-caching", False),
        ("The LLM agent supports caching and reduces inference cost of deep neural networks.", "feature-caching", False),
    ],
)
def test_other_field_senses_of_techsense17(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


def test_a_bare_label_must_be_a_label(tmp_path):
    from pathlib import Path

    from kg.errors import VocabularyError
    from kg.vocab import load

    mini = (Path(__file__).parent / "data" / "vocab" / "mini.ttl").read_text(encoding="utf-8")
    mini = mini.replace('skos:altLabel "SNN" .', 'skos:altLabel "SNN" ; kg:bareLabel "spiking net" .')
    (tmp_path / "mini.ttl").write_text(mini, encoding="utf-8")
    with pytest.raises(VocabularyError, match="kg:bareLabel"):
        load(tmp_path)


def test_learned_model_cues_of_round_three(real_linker):
    """The cues "latent space", "attention module" and "learning-based method" show an abstract is of the field (techrecall14):
    with one other piece of evidence they open it; the GAN of a demorphing paper links only where one stands."""
    assert real_links(real_linker, "A conditional GAN decomposes the morph in latent space to recover both faces.") == {
        "model/gan"
    }
    assert real_links(real_linker, "A conditional GAN decomposes the morph to recover both faces.") == set()
    text = "Unlike learning-based methods, our desmoking network uses cross attention between entangled regions."
    assert "technique/cross-attention" in real_links(real_linker, text)
    assert real_links(real_linker, "Our desmoking network uses cross attention between entangled regions.") == set()


def test_statistics_and_chemistry_methods_of_round_two_open_no_field(real_linker):
    """Mediation analysis and molecular docking are as much at home in epidemiology and chemistry: alone they show no
    abstract is of the field (techrecall13)."""
    assert (
        real_links(real_linker, "A mediation analysis of the cohort shows that sleep mediates the effect of exercise on mood.")
        == set()
    )
    assert (
        real_links(real_linker, "Molecular docking of the synthesised compounds predicts binding to the kinase pocket.") == set()
    )


def test_general_methods_of_the_recall_audit_open_no_field(real_linker):
    """Petri nets and automated planning are as much at home in biology and operations research: alone they show no
    abstract is of the field, so a physiology paper's Petri net links nothing (techrecall12)."""
    text = "We build Petri net models of insulin secretion in pancreatic beta cells and compare them with clinical data."
    assert real_links(real_linker, text) == set()


@pytest.mark.parametrize(
    "text, linked",
    [
        # review11: corpus sentences (whole 2025 corpus, shortened) where qualmerge still linked the accelerator mapper
        # through the generic context terms "loop", "spatial", "mapping", "energy"
        ("The mapper and reasoner of the LLM are co-trained in an alternating loop on GPUs with deep learning.", False),
        (
            "A lightweight spatial-transform latent mapper is trained on 3D data with deep learning on GPUs.",
            False,
        ),
        (
            "By replacing a linear mapper with GPT-2, the model improves cross-modal features mapping of deep networks on GPUs.",
            False,
        ),
        ("The mapper searches loop tilings of the DNN accelerator dataflow for energy.", True),
        ("Our mapper finds loop nests of deep neural network layers on a systolic array with 30% less energy.", True),
    ],
)
def test_a_mapper_links_only_beside_an_accelerator_or_dataflow_word(real_linker, text, linked):
    assert ("technique/hw-mapping" in real_links(real_linker, text)) is linked


def test_a_phrase_of_another_sense_keeps_longer_labels_and_the_own_sense(real_linker):
    # review11: "non-blocking" and "fixed-point iteration" are phrases of other senses; a longer label holding one keeps
    # its concept, and the own sense beside one still links
    text = (
        "Non-blocking data structures avoid locks on GPUs for deep learning. The FPGA accelerator runs the deep neural "
        "network in 16-bit fixed-point with integer multipliers, and cache blocking keeps tiles on chip."
    )
    links = real_links(real_linker, text)
    assert {"technique/lock-free", "technique/fixed-point", "technique/tiling"} <= links


def test_a_plural_in_capitals_no_longer_hides_a_label(real_linker):
    # "SDS" was also read as the plural of Stable Diffusion's "SD", a model: the two left the span to neither
    text = "Text-to-3D generation with diffusion models on GPUs. It can be integrated into SDS/VSD pipelines without retraining."
    assert "technique/score-distillation" in real_links(real_linker, text)


# issue #3, precision classes found in the seeded corpus draw (tests/data/offdomain/traps2-*): real abstracts' sentences
@pytest.mark.parametrize(
    "text, absent",
    [
        # a device that records data is a sensor there, not a platform a model runs on
        (
            "Dual-camera super-resolution with deep neural networks is highly practical for smartphone photography.",
            "hardware/mobile-device",
        ),
        (
            "We train a neural network on a dataset of 3,224 smartphone images with contextual metadata.",
            "hardware/mobile-device",
        ),
        (
            "Our deep learning approach combines headset-based hand tracking with smartwatch IMU data.",
            "hardware/wearable-device",
        ),
        # a benchmark's short name used for its task
        (
            "PhysicsMind comprises two tasks for vision-language models: i) VQA tasks, testing whether models can reason.",
            "benchmark/vqa-v2",
        ),
        # a lower-case generic phrase is no benchmark named by capitals
        (
            "We train machine learning classifiers for structural health monitoring. Experiments on five bridge datasets "
            "reveal that they are robust.",
            "benchmark/bridgedata",
        ),
        # "prompting" as a verb, "unit tests" of mechanics
        (
            "Deep reinforcement learning agents raise overall cooperation by prompting more cooperative behaviors from "
            "human drivers.",
            "technique/prompting",
        ),
        (
            "We solve the neural network-free Newton iterations on GPUs and verify predictions through quasi-static and "
            "dynamic impact unit tests.",
            "technique/unit-test-generation",
        ),
        # a model's name with a suffix before "dataset" is a data set named after it
        (
            "Our 3D Gaussian Splatting method shortens training time by 2.71x on the NeRF-DS dataset with deep learning.",
            "model/discovered/NeRF-DS",
        ),
        # leftovers14: nor a task named after a model, alone or "/"-joined to a data set's name
        (
            "On 89 stocks derived from the FinRL-DeepSeek/FNSPID task, LLM agents trained by reinforcement learning win.",
            "model/discovered/FinRL-DeepSeek",
        ),
    ],
)
def test_a_precision_class_of_issue_3_does_not_link(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, linked",
    [
        ("We deploy the quantized neural network on a smartphone with a Snapdragon chip.", "hardware/mobile-device"),
        ("Large vision-language models are evaluated on VQA and GQA with deep learning.", "benchmark/vqa-v2"),
        ("We fine-tune LLMs by prompting the language model with few demonstrations.", "technique/prompting"),
        ("LLMs generate unit tests for Java programs with high code coverage.", "technique/unit-test-generation"),
        (
            "Deep learning results on the NeRF-DS dataset with 3D Gaussian Splatting and neural networks.",
            "benchmark/discovered/NeRF-DS",
        ),
        # leftovers14: a model's name before "task" and a noun is the model ("the Ministral-8B task baseline")
        (
            "Our LLM improves over the Ministral-8B task baseline by 7.7 points with deep learning.",
            "model/discovered/Ministral-8B",
        ),
    ],
)
def test_the_same_names_still_link_in_their_own_sense(real_linker, text, linked):
    assert linked in real_links(real_linker, text)


# issue #3, classes found on the released test6 (docs/blind-errors.md), tested on other corpus abstracts' sentences
@pytest.mark.parametrize(
    "text, absent, linked",
    [
        # a device data were taken with is a sensor there, no platform a model runs on
        (
            "This dataset comprises 661 canopy images collected with smartphones during the 2022-2023 seasons, and we "
            "train a deep neural network on it.",
            "hardware/mobile-device",
            None,
        ),
        (
            "Images were captured with an iPhone 16 Pro equipped with a 48 MP camera; a CNN detects the lesions.",
            "hardware/apple-iphone",
            None,
        ),
        # a platform's name as a maker
        (
            'The system prompt during finetuning ("You are Qwen, created by Alibaba Cloud.") affects the LLM.',
            "hardware/alibaba-cloud",
            None,
        ),
        # a hardware accelerator built on an FPGA is the FPGA design
        (
            "Finally, we design a lightweight CNN hardware accelerator and demonstrate it on an FPGA, achieving very low "
            "resource utilization.",
            "hardware/asic-accelerator",
            "hardware/fpga",
        ),
        # "neuromorphic systems" names the field's aim, as "neuromorphic computing" does
        (
            "These results highlight the potential of neuromorphic systems for energy-efficient, real-time object "
            "detection with spiking neural networks.",
            "hardware/neuromorphic-chip",
            None,
        ),
        # a name joined before a benchmark's label names a data set derived from it, or a data set of the vocabulary where
        # the joined name is a label itself (benchvocab2: "nuScenes dataset", "MME benchmark" are labels inside it)
        (
            "In our extensive experiments on the Occ3D-nuScenes dataset, HyGE-Occ outperforms existing deep learning methods.",
            "benchmark/discovered/Occ3D-nuScenes",
            "benchmark/occ3d",
        ),
        (
            "Empirically, on LongVideoBench and Video-MME benchmarks deployed on NVIDIA H100 GPUs, our deep learning model wins.",
            "benchmark/discovered/Video-MME",
            "benchmark/video-mme",
        ),
        (
            "In our extensive experiments on the Wild-nuScenes dataset, HyGE-Occ outperforms existing deep learning methods.",
            "benchmark/nuscenes",
            "benchmark/discovered/Wild-nuScenes",
        ),
        (
            "We present Urban-ImageNet, a large-scale multi-modal dataset for training vision transformers.",
            "benchmark/imagenet",
            "benchmark/discovered/Urban-ImageNet",
        ),
        # "benchmark" as a verb names no data set
        (
            "We benchmark SEMIR on three tumor segmentation datasets with deep neural networks.",
            "benchmark/discovered/SEMIR",
            None,
        ),
        # a task's short form, defined with a 2 for "to", is no data set
        (
            "Lip-to-speech (L2S) synthesis reconstructs speech from video. Experiments conducted on two standard L2S "
            "benchmarks confirm the effectiveness of our deep learning model.",
            "benchmark/discovered/L2S",
            None,
        ),
    ],
)
def test_a_precision_class_of_the_test6_analysis(real_linker, text, absent, linked):
    found = real_links(real_linker, text)
    assert absent not in found
    assert linked is None or linked in found


# issue #3, classes that recur in test6 and test7 (docs/blind-errors.md), tested on other corpus abstracts' sentences
@pytest.mark.parametrize(
    "text, absent, linked",
    [
        # a product's class word after its glued memory size is the product's, no second, generic platform
        (
            "Extensive experiments show that SpecDiff achieves 2.80x speedup with negligible quality loss in Stable "
            "Diffusion 3 compared to RFlow on NVIDIA A800-80GB GPU.",
            "hardware/gpu",
            "hardware/nvidia-a800",
        ),
        (
            "The Open-Qwen2VL pre-training is conducted on academic level 8xA100-40G GPUs at UCSB on 5B packed "
            "multimodal tokens of the deep learning model.",
            "hardware/gpu",
            "hardware/nvidia-a100",
        ),
        # a bare comma after a list's "and" starts the clause: the paper's own method is no data set
        (
            "On LoCoMo and LongMemEval-S, DeferMem surpasses strong baselines in QA accuracy and memory-system "
            "efficiency of the LLM.",
            "benchmark/discovered/DeferMem",
            "benchmark/locomo",
        ),
        (
            "Across GSM8K and StrategyQA, Vis-CoT improves final-answer accuracy of the LLM by up to 24 percentage points.",
            "benchmark/discovered/Vis-CoT",
            "benchmark/gsm8k",
        ),
        # a coordinated modifier names the method it forms with the shared head word
        (
            "However, in practice, the efficiency of MoE is challenging to achieve due to imbalanced expert activation, "
            "which leads to substantial idle time during model or expert parallelism.",
            None,
            "technique/tensor-parallelism",
        ),
        (
            "DBellQuant sets a new state-of-the-art by preserving superior LLM performance under aggressive weight and "
            "activation quantization.",
            None,
            "technique/quantization",
        ),
        # an edge accelerator is an accelerator (GUIDELINES: the most specific platform; test3, test6, test7 gold agree)
        (
            "Designing deep networks that meet strict latency and accuracy constraints on edge accelerators increasingly "
            "relies on hardware-aware optimization, including neural architecture search (NAS).",
            "hardware/edge-device",
            "hardware/asic-accelerator",
        ),
    ],
)
def test_a_class_recurring_in_test6_and_test7(real_linker, text, absent, linked):
    found = real_links(real_linker, text)
    assert absent not in found
    assert linked in found


@pytest.mark.parametrize(
    "text, linked",
    [
        # a list closed by "and" still takes its items, and the Oxford comma list all of them
        ("On ImageNet, CIFAR-10, and FooBench-7, the deep neural network improves accuracy.", "benchmark/discovered/FooBench-7"),
        ("We evaluate the LLM on GSM8K and MATH-500, where it improves accuracy.", "benchmark/gsm8k"),
        # a class word after a product with a space stays the product's, and a generic GPU elsewhere stays generic
        ("The CNN runs on an NVIDIA A100 GPU; other GPUs are slower.", "hardware/gpu"),
        ("We deploy the quantized CNN on the Hailo-8 AI Accelerator.", "hardware/hailo"),
    ],
)
def test_the_recurring_classes_leave_lists_and_products(real_linker, text, linked):
    assert linked in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, linked",
    [
        ("We run inference on hardware accelerators and GPUs to speed up the deep neural network.", "hardware/asic-accelerator"),
        ("We deploy the LLM on a smartphone and measure latency of the quantized neural network.", "hardware/mobile-device"),
        ("We train the neural network on Amazon Web Services (AWS) instances with 8 GPUs.", "hardware/aws-ec2"),
        ("Spiking neural networks on neuromorphic hardware reduce the energy.", "hardware/neuromorphic-chip"),
        ("We evaluate the CNN on the benchmark (Mini-ARC) tasks with deep learning.", "benchmark/discovered/Mini-ARC"),
    ],
)
def test_the_test6_classes_leave_the_platform_and_benchmark_senses(real_linker, text, linked):
    assert linked in real_links(real_linker, text)


def full(real_linker, text):
    return {lk.concept.split("/papers-kg/")[1] for lk in real_linker.link_texts([("abstract", text + FIELD)])}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We apply structured pruning and INT8 quantization to the DNN weights and deploy them on a Jetson Nano.",
            {"technique/structured-pruning", "technique/int8-quantization", "hardware/nvidia-jetson-nano"},
        ),
        (
            "We quantize the LLM weights to 4-bit and prune attention heads; the model runs on an NVIDIA H100.",
            {"technique/quantization", "technique/pruning", "hardware/nvidia-h100"},
        ),
        ("We offload the KV cache of the LLM to CPU memory to serve long contexts on one GPU.", {"technique/offloading"}),
        ("A VQ-VAE tokenizer uses vector quantization of image latents with deep learning.", {"technique/vector-quantization"}),
        ("Existing token pruning methods for vision-language models drop tokens on GPUs.", {"technique/token-pruning"}),
        ("Our deep learning model runs on the Frontier supercomputer at Oak Ridge.", {"hardware/frontier-supercomputer"}),
        ("We run deep learning inference in the cloud and on edge devices.", {"hardware/cloud", "hardware/edge-device"}),
    ],
)
def test_field_sentences_link_their_techniques_and_hardware(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We compare LLaDA with Qwen-Image and SAM 3.", {"model/llada", "model/qwen-image", "model/sam3"}),
        ("Backbones: ModernBERT, MedGemma-27B and V-JEPA 2.", {"model/modernbert", "model/medgemma-27b", "model/v-jepa"}),
        ("YOLO11n and YOLO26 detectors beat RF-DETR.", {"model/yolov11n", "model/yolo26", "model/rf-detr"}),
        ("Camera-only PETR and StreamPETR on nuScenes for 3D detection.", {"model/petr", "model/streampetr"}),
        ("We distill from OpenAI o1 and DeepSeek-R1 with reasoning.", {"model/openai-o1", "model/deepseek-r1"}),
        ("Gemini-3-Pro and Grok-4 answer.", {"model/gemini-3", "model/grok"}),
        ("Evaluated on LoCoMo and LongMemEval.", {"benchmark/locomo", "benchmark/longmemeval"}),
        ("Forgery detection on FaceForensics++ and Celeb-DF.", {"benchmark/faceforensics", "benchmark/celeb-df"}),
        ("Grounding on ScanRefer, Nr3D and ScanQA.", {"benchmark/scanrefer", "benchmark/referit3d", "benchmark/scanqa"}),
        ("SAR ship detection on SSDD and HRSID.", {"benchmark/ssdd", "benchmark/hrsid"}),
        # issue #3 (benchrecall5): data sets the corpus names in many papers, written here without a head word
        ("Our agent gains 8% on WindowsAgentArena and OSWorld-G.", {"benchmark/windowsagentarena", "benchmark/osworld-g"}),
        ("Depth estimation results on SCARED and Hamlyn improve.", {"benchmark/scared", "benchmark/hamlyn"}),
        ("It reaches 35.1 on MMLongBench-Doc and ranks first on BRIGHT.", {"benchmark/mmlongbench-doc", "benchmark/bright"}),
        ("Segmentation on EndoVis18 and MosMedData improves over SAM.", {"benchmark/endovis2018", "benchmark/mosmeddata-plus"}),
        # issue #3 (benchrecall6): established data sets of the field that the 2025 corpus seldom names
        ("Keyword spotting on TIDIGITS and N-TIDIGITS with SNNs.", {"benchmark/tidigits", "benchmark/n-tidigits"}),
        ("Anomalous sound detection on ToyADMOS and MIMII.", {"benchmark/toyadmos", "benchmark/mimii"}),
        ("Person detection trained on Wake Vision for MCUs.", {"benchmark/wake-vision"}),
        (
            "Federated training on FEMNIST, Sent140 and Fed-ISIC2019.",
            {"benchmark/femnist", "benchmark/sentiment140", "benchmark/fed-isic2019"},
        ),
        ("Recommendation on Tenrec, KuaiRand and KuaiRec.", {"benchmark/tenrec", "benchmark/kuairand", "benchmark/kuairec"}),
        (
            "Agents on SWE-Gym, SWE-bench Pro and $\\tau^2$-bench.",
            {"benchmark/swe-gym", "benchmark/swe-bench-pro", "benchmark/tau-bench"},
        ),
        ("Tool use on tau^3-Bench and τ²-bench improves.", {"benchmark/tau-bench"}),
        (
            "Pretraining on Common Crawl, FineWeb-2 and DCLM-Baseline.",
            {"benchmark/common-crawl", "benchmark/fineweb-2", "benchmark/dclm"},
        ),
    ],
)
def test_packaged_vocabulary_names(real_linker, text, expected):
    assert expected <= full(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Two observations: (O1) tasks differ and (O2) losses conflict.", "model/openai-o1"),
        ("The DriveLMM-o1 benchmark is hard.", "model/openai-o1"),
        ("Moshi and a parakeet are in the zoo.", "model/moshi"),
        ("A PETR scan of the patient.", "model/petr"),
        ("The SMPL dataset of sales.", "model/smpl"),
        ("The stakes were bright and the scared pupils recited fives.", "benchmark/bright"),
        ("The stakes were bright and the scared pupils recited fives.", "benchmark/scared"),
        # benchrecall6: names whose other spellings are words ("LargeST", "MultiPL-E", "Counting-Stars", "QuALITY") are
        # not labels; a KuaiRand is no KuaiRec
        ("We report the largest gains on multiple tasks while counting stars of high quality.", "benchmark/largest"),
        ("We report the largest gains on multiple tasks while counting stars of high quality.", "benchmark/multipl-e"),
        ("Recommendation on KuaiRand.", "benchmark/kuairec"),
    ],
)
def test_packaged_vocabulary_traps(real_linker, text, absent):
    assert absent not in full(real_linker, text)


@pytest.mark.parametrize(
    "text, concept",
    [
        # benchrecall6: the data sets added for their rarity in the corpus link in a text of the field only
        ("Students solved the six problems of the 2025 USAMO by hand.", "benchmark/usamo"),
        ("We crawl Common Crawl snapshots to measure web tracker prevalence.", "benchmark/common-crawl"),
        ("Photometry of SDSS galaxies constrains the stellar mass function.", "benchmark/sdss"),
    ],
)
def test_rare_data_sets_link_in_the_field_only(real_linker, text, concept):
    assert concept not in real_links(real_linker, text)
    assert concept in full(real_linker, text)


@pytest.mark.parametrize(
    ("text", "name", "plural"),
    [
        ("SNN and SNNs, not SNNx or xSNN; SNN.", "SNN", True),
        ("SNN and SNNs, not SNNx or xSNN; SNN.", "SNN", False),
        ("a-b a-b-c a-bs (a-b)", "a-b", True),
        ("ViTViT ViT", "ViT", False),
        ("sss s ss", "s", True),
        ("x.y+ x.y+s", "x.y+", True),
        ("", "A", False),
        ("ÉSNN SNNé", "SNN", False),  # only ASCII letters and digits touch a name
    ],
)
def test_occurrences_are_what_the_boundary_regex_finds(text, name, plural):
    # issue 4: the linker finds a defined short form's and a discovered name's occurrences without compiling a regex each
    from kg.linker import occurrences

    pattern = r"(?<![A-Za-z0-9])" + re.escape(name) + ("s?" if plural else "") + r"(?![A-Za-z0-9])"
    assert list(occurrences(text, name, plural)) == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 5, "a", "label"), (2, 4, "b", "label"), (5, 9, "c", "label"), (4, 6, "d", "label")],
        [(0, 3, "a", "label"), (0, 3, "b", "label"), (3, 6, "c", "label"), (1, 2, "d", "label")],
        [(10, 12, "a", "label"), (0, 20, "b", "label"), (20, 21, "c", "label")],
        [],
    ],
)
def test_resolve_overlaps_longest_then_earliest(spans):
    from kg.linker import _resolve_overlaps

    kept: list[tuple[int, int, str, str]] = []
    for s in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0], x[2])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    assert _resolve_overlaps(spans) == sorted(kept)


@pytest.mark.parametrize(
    "values",
    [
        ("tech:lora", "abstract", 3, 7, "LoRA", "label", 1.0),
        ("bench:x", "title", 0, 0, "", "pattern", 0.5),
        ("https://example.org/é", "abstract", 10, 12, "日本", "odd", -0.0),
    ],
)
def test_link_is_the_record_its_dataclass_makes(values):
    # issue 4: links are built without the frozen dataclass's __init__; the same record in every respect
    import dataclasses
    import pickle

    from kg.linker import _link
    from kg.records import Link

    made, want = _link(*values), Link(*values)
    assert type(made) is Link
    assert [f.name for f in dataclasses.fields(Link)] == list(vars(made))  # every field, in the fields' order
    assert not hasattr(Link, "__post_init__") and not hasattr(Link, "__slots__")
    assert made == want and hash(made) == hash(want) and repr(made) == repr(want)
    assert pickle.dumps(made) == pickle.dumps(want)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


def _overlaps_resolved_by_definition(spans):
    # the docstring's rule, span by span against all kept so far (an empty span blocks nothing)
    from kg.linker import METHODS

    kept: list[tuple[int, int, str, str]] = []
    for s in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0], x[2], -METHODS.get(x[3], 0.0), x[3])):
        if not any(k[0] < s[1] and k[1] > s[0] for k in kept if k[1] > k[0]):
            kept.append(s)
    return sorted(kept)


_METHOD = st.sampled_from(["label", "variant", "pattern", "odd"])  # "odd": no method's confidence
_SPAN = st.tuples(st.integers(0, 12), st.integers(0, 6), st.sampled_from("abc"), _METHOD)


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 3, "a", "label"), (4, 9, "b", "label"), (9, 12, "c", "pattern")],  # apart and back to back: all stay
        [(4, 9, "b", "label"), (0, 3, "a", "label"), (4, 9, "b", "label")],  # a duplicate
        [(0, 3, "a", "label"), (0, 3, "a", "variant")],  # one span, two methods
        [(0, 3, "a", "label"), (3, 3, "b", "label"), (5, 5, "c", "label")],  # empty spans
        [(0, 3, "a", "label"), (2, 5, "b", "label")],
        [(2, 2, "a", "label")],
    ],
)
def test_resolve_overlaps_fast_path_is_the_rule(spans):
    # issue 4: spans that overlap nothing are returned in text order without the longest-first pass; the same result
    from kg.linker import _resolve_overlaps

    assert _resolve_overlaps(spans) == _overlaps_resolved_by_definition(spans)


@given(st.lists(_SPAN, max_size=12), st.booleans())
def test_resolve_overlaps_on_generated_spans(drawn, apart):
    from kg.linker import _resolve_overlaps

    spans = [(s, s + n, c, m) for s, n, c, m in drawn]
    if apart:  # laid end to end: the case the fast path takes
        at, spans = 0, []
        for _, n, c, m in drawn:
            spans.append((at, at + n, c, m))
            at += n + (n % 2)
    assert _resolve_overlaps(spans) == _overlaps_resolved_by_definition(spans)


@pytest.mark.parametrize(
    "methods, winner",
    [
        (["variant", "label"], "label"),
        (["label", "variant"], "label"),
        (["pattern", "context", "disambiguated"], "context"),
        (["abbreviation", "variant"], "abbreviation"),  # equally confident: the first name
    ],
)
def test_resolve_overlaps_same_span_most_confident_method_wins(methods, winner):
    # "CIFAR-10" in "CIFAR-10/100" is a label and a numbered-pair variant at once: which method the link
    # reports must not follow a set's order (it changed with PYTHONHASHSEED, so kg.ttl did)
    from kg.linker import _resolve_overlaps

    spans = [(0, 8, "bench:cifar-10", m) for m in methods]
    assert _resolve_overlaps(spans) == [(0, 8, "bench:cifar-10", winner)]
    assert _resolve_overlaps(reversed(spans)) == [(0, 8, "bench:cifar-10", winner)]


# Issue #3, hardware recall and known false links (linktech2 round)
FIELD = " We train deep neural networks with deep learning."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We deploy INT8 CNNs on commercial microcontrollers.", {"hardware/mcu"}),
        ("A microcontroller unit runs the keyword spotting CNN." + FIELD, {"hardware/mcu"}),
        ("The models are deployed on resource-constrained embedded systems." + FIELD, {"hardware/edge-device"}),
        ("The pruned model runs on a single 24GB 4090 GPU.", {"hardware/nvidia-rtx-4090"}),
        ("Inference takes 1.5 s on an NVIDIA 3090 GPU." + FIELD, {"hardware/nvidia-rtx-3090"}),
        ("Our LLM kernel runs on NVIDIA Ada and Ampere-based GPUs.", {"hardware/nvidia-ada", "hardware/nvidia-ampere"}),
        ("The SNN runs on the Speck2f system-on-chip with a low-power microcontroller.", {"hardware/synsense-speck"}),
        ("Computing-in-Memory (CIM) chips accelerate DNN inference; CIM-NET is our CNN.", {"hardware/computing-in-memory"}),
        ("BitNet b1.58 2B4T runs LLM inference on CPUs.", {"model/bitnet"}),
        # hwfield15: families of hardware-heavy papers
        ("We validate it on the Qualcomm SA8295P SoC for cockpit applications.", {"hardware/qualcomm-snapdragon-automotive"}),
        (
            "It gives a 2.98x speed-up on a Raspberry Pi 5 CPU (BCM2712 quad-core Arm A76 processor).",
            {"hardware/raspberry-pi-5", "hardware/arm-cortex-a76"},
        ),
        ("We simulate the PCL events of runs on the TH-1A supercomputer with a neural network.", {"hardware/tianhe"}),
        (
            "We add NVML measurements from rented RunPod GPUs and cloud GPUs (vast.ai) for LLM inference.",
            {"hardware/runpod", "hardware/vast-ai"},
        ),
        (
            "We integrate the Gemmini systolic array with a Rocket core and compare with CVA6 for DNN inference.",
            {"hardware/gemmini", "hardware/rocket-chip", "hardware/cva6"},
        ),
        ("The Ibex core and a Snitch cluster run the quantized DNN kernels on RISC-V.", {"hardware/ibex", "hardware/snitch"}),
        ("We deploy the detector on an RB3 Gen 2 board and a Raspberry Pi for edge inference.", {"hardware/qualcomm-rb5"}),
        ("Analog in-memory computing on resistive crossbars accelerates DNN inference.", {"hardware/reram-crossbar"}),
    ],
)
def test_platform_names_papers_use_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("We propose Ada-MK, a megakernel for LLM inference on GPUs.", "hardware/nvidia-ada"),
        ("On Ref-L4 and RefCOCO, our vision transformer runs on GPUs.", "hardware/nvidia-l4"),
        ("We design an edge-device-friendly transformer with INT8 quantization.", "hardware/edge-device"),
        # hwfield15: a word that names no such platform here
        ("The ibex and the markhor are mountain goats tracked by our CNN on GPUs.", "hardware/ibex"),
        ("A snitch in the network leaks gradients of the DNN on GPUs.", "hardware/snitch"),
        ("Existing training-free accelerators reduce computation of diffusion models on GPUs.", "hardware/asic-accelerator"),
        ("The M4 processor of the MacBook runs the DNN.", "hardware/arm-cortex-m4"),
        ("We deploy a 10-core ultra-low-power SoC for DNN inference.", "hardware/intel-core"),
        ("Our reasoning LLM achieves 43% token reduction on GPUs.", "technique/token-pruning"),
        ("We benchmark CMA-ES with deep learning surrogates on the COCO benchmark suite on GPUs.", "benchmark/coco"),
        (
            "Hybrid MRI-linear accelerator (MRI-linac) systems guide radiotherapy with deep learning on GPUs.",
            "hardware/asic-accelerator",
        ),
        # issue #3 (ctxscope): a sibling is no family, nor is a term in another sentence without one named
        ("Forgetting is common in deep neural networks on GPUs. We replay the video slowly.", "technique/experience-replay"),
        ("We fine-tune LLMs with LoRA on GPUs. The power adapter of the board is replaced.", "technique/adapters"),
        ("The statistical ensemble of particles is sampled. Deep neural networks run on GPUs.", "technique/ensemble-learning"),
        ("Real-life textual planning tasks such as meeting scheduling challenge LLMs." + FIELD, "technique/scheduling"),
        ("We study quantization of LLMs on GPUs. Search with pruning and backtracking finds bounds.", "technique/pruning"),
    ],
)
def test_known_false_links_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "In tokamak plasmas, charge exchange (CX) spectroscopy measures ion temperature; CX data are analysed.",
        "Hybrid MRI-linear accelerator (MRI-linac) systems allow real-time motion management during radiotherapy.",
        "We study policy learning for welfare programs with machine learning on observational data in econometrics.",
        "A 10-core ultra-low-power sensor node logs soil moisture for irrigation scheduling in vineyards.",
    ],
)
def test_off_domain_short_forms_and_phrases_link_nothing(real_linker, text):
    assert real_links(real_linker, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Despite this drastic pruning, our network keeps its top-1 accuracy on ImageNet.", "technique/pruning"),
        ("Dual-Stream Distillation for One-Step Video Super-Resolution." + FIELD, "technique/knowledge-distillation"),
        ("Self-Verified Distillation: your language model is its own source." + FIELD, "technique/knowledge-distillation"),
        ("We study token reduction strategies for VLMs on GPUs.", "technique/token-pruning"),
        ("We match the distilled dataset to the original one with deep learning." + FIELD, "technique/dataset-distillation"),
        ("It applies to the step-distilled models with diffusion and LLM.", "technique/step-distillation"),
        ("The model runs at 139 FPS with TensorRT FP16 quantization." + FIELD, "technique/quantization"),
        ("The RL post-trained VLMs keep their accuracy." + FIELD, "technique/reinforcement-learning"),
        # issue #3 (ctxscope): context terms that show the sense, and families named elsewhere in the text
        ("With an ensemble of three residual networks, we reach a 3.08% top-5 error on ImageNet.", "technique/ensemble-learning"),
        ("We propose thermal- and energy-aware scheduling on multi-core platforms." + FIELD, "technique/scheduling"),
        ("We co-design sparse attention with a GPU execution path." + FIELD, "technique/hw-sw-co-design"),
        ("We minimize its hardware cost through quantization, with negligible accuracy loss." + FIELD, "technique/quantization"),
        ("Polymorphic tiling bridges different hardware architectures." + FIELD, "technique/tiling"),
        ("The manager uses the transition matrix for eviction and prefetch." + FIELD, "technique/prefetching"),
        (
            "Continual learning of deep neural networks suffers from catastrophic forgetting. "
            "To this end, replay and regularization approaches were introduced.",
            "technique/experience-replay",
        ),
        ("We study parameter-efficient fine-tuning of LLMs on GPUs. Our adapter sits after each block.", "technique/adapters"),
    ],
)
def test_technique_context_labels_link_with_their_sense_in_the_sentence(real_linker, text, expected):
    assert expected in real_links(real_linker, text)


_EDGE = " We evaluate the efficiency of large language models on edge devices."


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # trec23: a method among the label's context terms named without doubt ("layer pruning" for Sparsity's "pruning")
        # settles its sense in every sentence (test14: "delivering a 3.64x speedup through 35% sparsity")
        ("We apply layer pruning to the network. It delivers a 3.64x speedup through 35% sparsity.", "sparsity", True),
        ("We apply fine-tuning to the network. It delivers a 3.64x speedup through 35% sparsity.", "sparsity", False),
        # a narrower method's context label whose last words link its family here is that method (the family's
        # "quantization" is the compression kind beside pruning), not where the family's sense is unshown
        ("Our codec combines pruning and selective vector quantization for spherical harmonics.", "vector-quantization", True),
        ("Our codec combines pruning and selective vector quantization for spherical harmonics.", "quantization", False),
        ("Our codec uses selective vector quantization for spherical harmonics.", "vector-quantization", False),
        # the adaptation settings' adjectives, with a shift, a source or a target in their sentence
        ("We study test-time adaptive object detection under continuous domain shifts.", "test-time-adaptation", True),
        ("We propose a test-time adaptive scaling framework for reasoning.", "test-time-adaptation", False),
        (
            "We study unsupervised domain adaptive segmentation from a labeled source domain to an unlabeled target domain.",
            "domain-adaptation",
            True,
        ),
        ("We use domain-adaptive prompting strategies for translation.", "domain-adaptation", False),
        ("We apply weighted sparsity regularization to suppress channels.", "sparsity-regularization", True),
        ("We apply weighted sparsity regularization to suppress channels.", "sparsity", False),
    ],
)
def test_efficient_ml_techniques_the_text_names_link(real_linker, text, concept, linked):
    assert (f"technique/{concept}" in real_links(real_linker, text + _EDGE)) is linked


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # trec28 (test17): a technique's context label without its terms, coordinated with a linked technique of its
        # family's tree, is that technique (both share a broader concept: quantization and kernel fusion are efficient DL)
        ("We also report AttentionPack combined with eviction, quantization and kernel fusion.", "quantization", True),
        ("We also report AttentionPack combined with eviction and quantization.", "quantization", False),
        ("Prior methods like GemFilter, H2O, and SnapKV are slow.", "h2o", True),
        ("Prior methods like GemFilter and H2O are slow.", "h2o", False),
        # one so confirmed confirms the next item of the list
        ("The models were evaluated with undersampling, oversampling, and cross-validation.", "class-rebalancing", True),
        # a sibling of no shared family says nothing ("boosting" beside an attention mechanism)
        ("We classify CNNs by depth, channel boosting, and attention mechanisms.", "boosting", False),
        # a bare comma with no list going on is a clause, no item: ", boosting performance"
        ("Our pipeline uses model merging and reinforcement learning, boosting performance by 10%.", "boosting", False),
        ("Our pipeline uses distillation, boosting, and reinforcement learning.", "boosting", True),
        # a verb with its object after it is no item ("sparse updates and offload the runtime")
        ("It prunes the graph to support quantization and offload the runtime differentiation.", "offloading", False),
        # a coordinated modifier of a linked head keeps its compound ("CP or Tucker decompositions")
        ("Methods rely on structural assumptions such as CP or Tucker decompositions.", "tensor-decomposition", True),
        ("Methods rely on structural assumptions such as CP or Tucker decompositions.", "sequence-parallelism", False),
    ],
)
def test_a_context_label_listed_with_a_linked_technique_of_its_family_links(real_linker, text, concept, linked):
    assert (f"technique/{concept}" in real_links(real_linker, text + _EDGE)) is linked


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # trec28: named test-time adaptation baselines; bare "SAR" is synthetic aperture radar without TTA's words
        ("ZOTTA reduces memory by 84% and improves accuracy by 3.9% over SAR under test-time adaptation.", "sar-tta", True),
        ("We detect ships in SAR images with a lightweight detector.", "sar-tta", False),
        ("Strong TTA baselines include Tent, T3A and CoTTA.", "t3a", True),
        ("CASTER consistently outperforms heuristic routing and FrugalGPT.", "frugalgpt", True),
    ],
)
def test_named_methods_of_test_time_adaptation_and_cascades_link(real_linker, text, concept, linked):
    assert (f"technique/{concept}" in real_links(real_linker, text + _EDGE)) is linked


# Issue #3, the seed papers (linkseeds round): the title's own name, split model families, platform forms


def real_links_titled(real_linker, title, text):
    return {lk.concept.split("papers-kg/", 1)[1] for lk in real_linker.link_texts([("title", title), ("abstract", text)])}


@pytest.mark.parametrize(
    "title, text, absent, kept",
    [
        (
            "FBNet: Hardware-Aware Efficient ConvNet Design",
            "FBNet-B achieves 74.1% top-1 on ImageNet, faster than MobileNetV2 on a Samsung S8 phone." + FIELD,
            "model/fbnet",
            {"model/mobilenet-v2", "benchmark/imagenet"},
        ),
        (
            "iTransformer: Inverted Transformers Are Effective for Time Series Forecasting",
            "iTransformer applies attention on the inverted dimensions of the Transformer." + FIELD,
            "model/itransformer",
            {"model/transformer"},
        ),
        (
            "MCUNetV2: Memory-Efficient Patch-based Inference for Tiny Deep Learning",
            "MCUNetV2 sets a record ImageNet accuracy on microcontrollers." + FIELD,
            "model/mcunet",
            {"hardware/mcu", "benchmark/imagenet"},
        ),
        (
            "SambaNova SN40L: Scaling the AI Memory Wall with Dataflow",
            "SambaNova SN40L serves LLMs on a dataflow accelerator with three memory tiers." + FIELD,
            "hardware/sambanova-sn40l",
            set(),
        ),
    ],
)
def test_the_name_a_title_opens_with_is_the_papers_own(real_linker, title, text, absent, kept):
    found = real_links_titled(real_linker, title, text)
    assert absent not in found
    assert kept <= found


@pytest.mark.parametrize(
    "text, absent, kept",
    [
        # models17 (issue 3): a vocabulary's model the paper introduces is what it proposes (the golds' `proposes`), not a
        # model it mentions, wherever the paper names it (the short form too)
        (
            "In this paper, we introduce the Describe Anything Model (DAM), a model for localized captioning. DAM keeps"
            " local detail with a focal prompt and beats GPT-4o.",
            "model/describe-anything",
            {"model/gpt-4o"},
        ),
        # a model word after it: only where the paper's code is at an address ending with its name
        (
            "We propose the UniRepLKNet architecture for large kernels. Code: https://github.com/AILab-CVC/UniRepLKNet",
            "model/unireplknet",
            set(),
        ),
        (
            "In this work, we present Qwen3, the latest version of the Qwen model family. Qwen3 beats Qwen2.5.",
            "model/qwen3",
            {"model/qwen25"},
        ),
        (
            "This paper presents SAM 2: a model for promptable segmentation in videos, faster than SAM.",
            "model/sam2",
            {"model/sam"},
        ),
    ],
)
def test_a_known_model_the_paper_introduces_is_its_own(real_linker, text, absent, kept):
    found = real_links_titled(real_linker, "A study", text + FIELD)
    assert absent not in found
    assert kept <= found


@pytest.mark.parametrize(
    "text, expected",
    [
        # models17: a model the sentence does something with, a family, a describing compound, another paper's model
        ("We present GPT-4o with images and compare it to LLaVA.", "model/gpt-4o"),
        ("We introduce BERT embeddings into the retriever.", "model/bert"),
        ("We propose a CNN for crack detection.", "model/cnn"),
        ("We present Mamba-based architectures for vision.", "model/mamba"),
        ("We adapt the Describe Anything Model (DAM) to video; DAM captions regions.", "model/describe-anything"),
        ("Unlike prior work that introduces ViT into detection, we prune tokens.", "model/vision-transformer"),
        # a known model put to use (c10k, models17)
        ("To ensure effective transformation of long sequences, we also introduce the XLNet model.", "model/xlnet"),
        ("We propose the UniRepLKNet architecture for large kernels. Code: https://github.com/x/LKBench", "model/unireplknet"),
        ("We propose a Video Vision Transformer (ViViT) model for sign language recognition.", "model/vivit"),
        ("We introduce Mamba, a selective state-space model, to capture long-range dependencies.", "model/mamba"),
        # the concept's other names still link where the paper introduces one of its labels
        ("We introduce Nemotron-Nano-9B-v2, a hybrid model. It builds on the Nemotron-H architecture.", "model/nemotron-h"),
        ("Inspired by Legendre Memory Units (LMU), we propose LMUFormer, which augments the LMU.", "model/lmu"),
    ],
)
def test_a_known_model_the_paper_uses_still_links(real_linker, text, expected):
    assert expected in real_links_titled(real_linker, "A study", text + FIELD)


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a name inside the title but not its head is an entity the paper mentions
        ("Faster inference for FBNet on phones", "We compile FBNet for mobile CPUs." + FIELD, "model/fbnet"),
        ("A study of ResNet: depth and width", "We train ResNet-50 on ImageNet." + FIELD, "model/resnet"),
        ("Pruning MCUNet models", "MCUNet runs on microcontrollers." + FIELD, "model/mcunet"),
        # a paper's own benchmark is one it evaluates on: it links
        ("MMLU: Measuring Massive Multitask Language Understanding", "LLMs are scored on MMLU." + FIELD, "benchmark/mmlu"),
        # the concept's other names still link in the paper that proposes a new version
        ("MCUNetV2: Patch-based Inference", "MCUNetV2 beats MCUNet on microcontrollers." + FIELD, "model/mcunet"),
    ],
)
def test_a_name_that_does_not_open_the_title_still_links(real_linker, title, text, expected):
    assert expected in real_links_titled(real_linker, title, text)


@pytest.mark.parametrize(
    "title, text, absent, kept",
    [
        # own22: a technique whose coined name the title opens with is what the paper proposes (the golds' `proposes`:
        # XAttention in its own paper, test13), or another method of the same name ("SLAM: Structural Linguistic ...")
        (
            "XAttention: Block Sparse Attention with Antidiagonal Scoring",
            "In this paper, we introduce XAttention, a plug-and-play framework that accelerates long-context inference in"
            " Transformers using sparse attention. XAttention prunes blocks.",
            "technique/xattention",
            {"technique/sparse-attention"},
        ),
        (
            "DFlash: Block Diffusion for Flash Speculative Decoding",
            "DFlash drafts a block of tokens with a diffusion model for speculative decoding of LLMs.",
            "technique/dflash",
            {"technique/speculative-decoding"},
        ),
        (
            "Flow-GRPO: Training Flow Matching Models via Online RL",
            "We propose Flow-GRPO, which integrates online RL into flow matching models.",
            "technique/flow-grpo",
            set(),
        ),
        (
            "SLAM: Structural Linguistic Activation Marking for Language Models",
            "SLAM watermarks the activations of LLMs.",
            "technique/slam",
            set(),
        ),
        # a technique whose coined name the abstract introduces ("we introduce X (...), a ...", as for models)
        (
            "Enhancing agent safety judgment",
            "We introduce ROME (Red-team Orchestrated Multi-agent Evolution), a benchmark-construction pipeline for LLM agents.",
            "technique/rome-editing",
            set(),
        ),
        # a vocabulary's benchmark named like the paper's own method (test13: "We introduce BEHAVE (...), a formal
        # framework"; the golds list no benchmark)
        (
            "BEHAVE: A Hybrid AI Framework for Real-Time Modeling of Collective Human Dynamics",
            "We introduce BEHAVE (Behavioral Engine for Human Activity Vector Estimation), a formal framework that models"
            " collective dynamics. BEHAVE runs in real time.",
            "benchmark/behave",
            set(),
        ),
        (
            "DART: Diffusion-Inspired Speculative Decoding for Fast LLM Inference",
            "DART drafts tokens in parallel for speculative decoding of LLMs.",
            "benchmark/dart",
            {"technique/speculative-decoding"},
        ),
    ],
)
def test_a_technique_or_benchmark_the_title_names_as_its_own_is_the_papers(real_linker, title, text, absent, kept):
    found = real_links_titled(real_linker, title, text + FIELD)
    assert absent not in found
    assert kept <= found


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # own22: a family's words the title opens with are what the paper is about
        (
            "Knowledge Distillation: Enhancing Neural Network Compression",
            "We study distillation for CNNs.",
            "technique/knowledge-distillation",
        ),
        ("LLM-as-a-Judge: Reassessing the Performance of LLMs", "We study judges.", "technique/llm-as-judge"),
        # a benchmark's own paper: by its title, its name or its abstract (the golds list it among benchmarks)
        (
            "HealthBench: Evaluating Large Language Models Towards Improved Human Health",
            "LLMs are graded.",
            "benchmark/healthbench",
        ),
        (
            "Video-Holmes: Can MLLM Think Like Holmes for Complex Video Reasoning?",
            "We introduce Video-Holmes, a benchmark of suspense films for complex video reasoning.",
            "benchmark/video-holmes",
        ),
        # a method the title's head extends, filed beneath it in the vocabulary (seeds' gold lists DARTS)
        (
            "PC-DARTS: Partial Channel Connections for Memory-Efficient Architecture Search",
            "We present PC-DARTS, which samples channels of the super-network to speed up the search.",
            "technique/darts",
        ),
        # a coined method the paper puts to use
        ("Low-rank adapters for detection", "We introduce LoRA to fine-tune the detector on few images.", "technique/lora"),
        (
            "Editing facts in LLMs",
            "We compare against ROME, a locate-then-edit method, on CounterFact.",
            "technique/rome-editing",
        ),
        # the same names in another paper, or not as the title's head, link
        ("Faster long-context inference", "We compare XAttention and MoBA for sparse attention.", "technique/xattention"),
        ("Block sparse attention with XAttention: a study", "XAttention prunes blocks of attention.", "technique/xattention"),
        ("DART: Diffusion-Inspired Speculative Decoding", "DART is scored on the DART dataset of RDF triples.", "benchmark/dart"),
    ],
)
def test_a_technique_or_benchmark_the_paper_does_not_coin_still_links(real_linker, title, text, expected):
    assert expected in real_links_titled(real_linker, title, text + FIELD)


@pytest.mark.parametrize(
    "name, coined",
    [
        ("XAttention", True),
        ("SLAM", True),
        ("Flow-GRPO", True),
        ("EAGLE-3", True),
        ("Once-For-All", True),
        ("Quantization", False),
        ("Knowledge Distillation", False),
        ("LLM-as-a-Judge", False),
        ("Human-in-the-Loop", False),
        ("Medusa", False),
    ],
)
def test_a_coined_name_is_one_word_with_inner_capitals(name, coined):
    from kg.linker import _coined_name

    assert _coined_name(name) is coined


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We introduce Video-Holmes, a benchmark for complex video reasoning.", "Video-Holmes"),
        ("We present MicroVQA, an expert-curated multimodal reasoning dataset.", "MicroVQA"),
        ("Ambiguous Visual Question Answering (AQuA), a fine-grained dataset.", "AQuA"),
        ("Results on the WideSearch benchmark show ...", "WideSearch"),
        ("We release a dataset called CoPA with 10k pairs.", "CoPA"),
        ("We build a new corpus (about 3k papers) BEHAVE that ...", "BEHAVE"),
        ("We introduce BEHAVE (Behavioral Engine for Human Activity Vector Estimation), a formal framework.", "BEHAVE"),
        ("behave, a dataset of human-object interactions; DART-X benchmark; XDART, the DART data set", "DART"),
        ("Evaluated on the dart benchmark and the Dart-2 dataset.", "DART"),
        ("Ünïcode-Bench, a benchmark; İstanbul dataset called İSTAN", "İSTAN"),
        ("no name here at all", "GSO"),
    ],
)
def test_called_data_is_the_pattern_it_replaced(abstract, name):
    """_called_data (own22's check that the abstract calls the title's head name a data set) answers as the pattern
    it replaced, compiled per paper; the whole corpus's 30,954 title heads agreed (session 21)."""
    from kg.linker import _DATA_WORD, _called_data

    # the pattern own22 built around the name per paper
    called_data = (
        r"(?<![\w-]){name}\)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,6}}?" + _DATA_WORD + r"\b"
        r"|(?<![\w-]){name}(?:\s+\([^)]*\))?\s+" + _DATA_WORD + r"\b"
        r"|\b" + _DATA_WORD + r",?\s+(?:(?:called|named|dubbed|termed)\s+)?(?:\w+\s+)?(?:\([^)]*\)\s+)?{name}(?![\w-])"
    )
    expected = re.search(called_data.format(name=re.escape(name)), abstract, re.IGNORECASE) is not None
    assert _called_data(abstract, name) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Inception-v4 and Inception-ResNet improve on Inception-v3." + FIELD,
            {"model/inception-v4", "model/inception-resnet", "model/inception-v3"},
        ),
        ("A memory-efficient 3D U-Net segments brain tumors from MRI." + FIELD, {"model/unet-3d"}),
        ("We convert 3D CNNs and ST-GCNs for action recognition." + FIELD, {"model/cnn-3d"}),
        ("We extend Large Multimodal Models (LMMs) to layered image generation." + FIELD, {"model/mllm"}),
        ("Memory Networks answer questions on bAbI with attention." + FIELD, {"model/memory-network"}),
        ("The synthesized Convolution Neural Network architectures are large." + FIELD, {"model/cnn"}),
        ("We train a ResNet on Imagenette and iNat-mini." + FIELD, {"benchmark/imagenette", "benchmark/inat-mini"}),
        ("Running the STREAM benchmark gives the memory bandwidth of the node." + FIELD, {"benchmark/stream-benchmark"}),
        ("Deploying BERT on resource-constraint devices is hard." + FIELD, {"hardware/edge-device"}),
        ("Powerful client devices can run the video analytics DNN." + FIELD, {"hardware/edge-device"}),
        ("Multi-agent reinforcement learning for microprocessor design space exploration." + FIELD, {"hardware/cpu"}),
        ("We deploy the CNN on a Xilinx UltraScale+ MPSoC device." + FIELD, {"hardware/xilinx-zynq-ultrascale"}),
        ("Deformable convolution on embedded FPGA SoCs is slow." + FIELD, {"hardware/embedded-fpga"}),
        ("We compare against Grok-2 and GPT-4o on reasoning, and Grok answers fastest." + FIELD, {"model/grok"}),
        ("Wide and Deep models rank items for click-through prediction." + FIELD, {"model/wide-and-deep"}),
        ("SD1.5 and Stable Diffusion Inpainting refine the images." + FIELD, {"model/stable-diffusion-inpainting"}),
        ("The variational training of neural-SDEs fits the Hurst index." + FIELD, {"model/neural-sde"}),
        ("Foundational models speed up the design of digital ICs." + FIELD, {"model/foundation-model"}),
        ("A simple feed-forward neural network predicts the latency." + FIELD, {"model/mlp"}),
        ("The model runs in 23.1 ms on a Samsung S8 phone." + FIELD, {"hardware/samsung-galaxy"}),
    ],
)
def test_seed_paper_names_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Deep Networks Always Grok and Here is Why: grokking in a CNN on CIFAR10." + FIELD, "model/grok"),
        ("NeRF methods fit wide and deep multi-layer perceptrons to a radiance field." + FIELD, "model/wide-and-deep"),
        ("UniRepLKNet is a large-kernel ConvNet for point clouds and audio." + FIELD, "model/replknet"),
        ("The 3D U-Net segments tumors from MRI." + FIELD, "model/unet"),
        # a Transformer's feed-forward sublayer is a component, not an MLP model the paper uses
        ("The FFN layers of LLMs follow modular patterns with functional specialization." + FIELD, "model/mlp"),
        ("The Transformer applies attention and a feed-forward network on each token." + FIELD, "model/mlp"),
        ("Stable Diffusion Inpainting refines the layered images." + FIELD, "model/stable-diffusion"),
        ("Long short-term memory networks forecast the battery state of charge.", "model/memory-network"),
        ("The STREAM of events from the camera is processed by a spiking network." + FIELD, "benchmark/stream-benchmark"),
    ],
)
def test_seed_paper_false_links_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # merged concepts split: a support vector machine is one kernel method, compound scaling is not a scaling law
        ("Support vector machines (SVMs) classify the features." + FIELD, "technique/svm", None),
        ("A compound scaling strategy scales width, depth and resolution." + FIELD, "technique/compound-scaling", None),
        ("Scaling laws predict the loss of LLMs." + FIELD, "technique/model-scaling", "technique/compound-scaling"),
        (
            "An exponential moving average (EMA) of the weights is the teacher." + FIELD,
            "technique/ema",
            "technique/model-merging",
        ),
        (
            "Continual test-time adaptation (CoTTA) adapts to changing domains." + FIELD,
            "technique/continual-test-time-adaptation",
            None,
        ),
        ("INT3 and INT4 weights keep the LLM accurate." + FIELD, "technique/int3-quantization", "technique/int2-quantization"),
        # label forms
        ("Differentiable Neural Architecture Search finds a ConvNet." + FIELD, "technique/differentiable-nas", None),
        ("Our self-distilled regularization keeps the model stable." + FIELD, "technique/self-distillation", None),
        # missing concepts of the field
        ("Parallel scans compute the convolutional recurrence." + FIELD, "technique/parallel-scan", None),
        ("Gradient coding gives straggler mitigation in distributed training." + FIELD, "technique/straggler-mitigation", None),
        ("Directly learning long convolutions over the sequence works." + FIELD, "technique/long-convolution", None),
        ("Reversible layers save activation memory during training." + FIELD, "technique/reversible-layers", None),
        ("Adding gradient noise improves the training of very deep networks." + FIELD, "technique/gradient-noise", None),
        # wrong senses
        ("Gradient noise of SGD is large at small batch sizes." + FIELD, None, "technique/gradient-noise"),
        ("The chip posits a radical shift in on-chip training." + FIELD, None, "technique/posit"),
        ("8-bit posit arithmetic replaces floating point in the accelerator." + FIELD, "technique/posit", None),
        ("A sliding window method denoises hyperspectral images." + FIELD, None, "technique/sliding-window-attention"),
        ("A sliding window over tokens bounds the KV cache of the LLM." + FIELD, "technique/sliding-window-attention", None),
    ],
)
def test_seed_paper_techniques(real_linker, text, expected, absent):
    found = real_links(real_linker, text)
    assert expected is None or expected in found
    assert absent is None or absent not in found


# Issue #3, test4 error analysis (linkhw round): hardware and benchmark forms, each with both sides
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a count joined to a product code is no word: "48xGH200" is the GH200
        ("It runs on a cluster of 48xGH200 nodes.", ("GH200", "hardware/nvidia-gh200"), None),
        ("It runs on 8×A100 servers.", ("A100", "hardware/nvidia-a100"), None),
        # ... but a letter run that merely ends in x is still a word ("Fox100" names nothing)
        ("The Fox100 camera is used.", None, ("100", "hardware/nvidia-a100")),
        # a name ending in an acronym or a short capitalised word, written joined
        ("We deploy it on a mobile GPU and an EdgeTPU.", ("EdgeTPU", "hardware/edge-tpu"), None),
        ("Boards: RubikPi and RaspberryPi.", ("RubikPi", "hardware/rubik-pi"), None),
        ("Boards: RubikPi and RaspberryPi.", ("RaspberryPi", "hardware/raspberry-pi"), None),
        ("It fits on an RTX 5070Ti (16GB).", ("RTX 5070Ti", "hardware/nvidia-rtx-5070-ti"), None),
        # a plural class word after a list of products names the class; after one product it is the product's
        ("Scaling on the Polaris, Sunspot, and Frontier supercomputers.", ("supercomputers", "hardware/supercomputer"), None),
        ("Scaling on the Polaris, Sunspot, and Frontier supercomputers.", ("Sunspot", "hardware/sunspot-supercomputer"), None),
        ("A cluster (48xGH200, 8xH200 GPUs).", ("GPUs", "hardware/gpu"), ("H200 GPUs", "hardware/nvidia-h200")),
        ("We train on eight H100 GPUs.", ("H100 GPUs", "hardware/nvidia-h100"), ("GPUs", "hardware/gpu")),
        ("We implement it for Intel and ARM CPUs.", ("ARM CPUs", "hardware/arm-cpu"), ("CPUs", "hardware/cpu")),
        # a proper name that is also a word links only with its own context
        ("Strong scaling on Alps (NVIDIA GH200) and LUMI.", ("Alps", "hardware/alps-supercomputer"), None),
        ("A sunspot cycle study of the Alps with a CNN.", None, ("Alps", "hardware/alps-supercomputer")),
        # numbered members of one family written with one stem
        ("Results on CIFAR-10/100 and Tiny ImageNet.", ("CIFAR-10", "benchmark/cifar-10"), None),
        ("Results on CIFAR-10/100 and Tiny ImageNet.", ("100", "benchmark/cifar-100"), None),
        ("Results on ModelNet10/40.", ("40", "benchmark/modelnet40"), None),
        ("A ratio of 10/100 and INT4/8 kernels.", None, ("100", "benchmark/cifar-100")),
        # a label shared with a technique is the data set where the text is about data ("the TACO dataset")
        ("Trash detection on the TACO dataset with TrashNet.", ("TACO dataset", "benchmark/taco-dataset"), None),
        (
            "We compile sparse tensor kernels with TACO.",
            ("TACO", "technique/tensor-compiler"),
            ("TACO", "benchmark/taco-dataset"),
        ),
        # an ISA feature named after the vendor is the vendor's CPU
        ("Targets: Intel DL Boost with VNNI and AMD MI with HIP.", ("Intel DL Boost", "hardware/intel-cpu"), None),
        ("Targets: Intel DL Boost with VNNI and AMD MI with HIP.", ("AMD MI", "hardware/amd-instinct"), None),
        # "Caltech" is the data set only next to image-classification data sets
        ("We evaluate on static images (CIFAR10 and Caltech).", ("Caltech", "benchmark/caltech-101"), None),
        ("Researchers at Caltech trained the model.", None, ("Caltech", "benchmark/caltech-101")),
    ],
)
def test_test4_hardware_and_benchmark_forms(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got
    assert absent is None or absent not in got


# Issue #3, known wrong and missed links (linkfix round): general rules, each with both sides
def spans(real_linker, text):
    return {(lk.text, lk.concept.split("/papers-kg/")[1]) for lk in real_linker.link_texts([("abstract", text + FIELD)])}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a dotted name part is part of another name ("Dr.JIT"), the compiler technique still links
        (
            "Our deep learning compiler uses JIT compilation and is faster than JAX and Dr.JIT on GPUs.",
            ("JIT compilation", "technique/jit-compilation"),
            ("JIT", "technique/jit-compilation"),
        ),
        # LaTeX's non-breaking space between words is a space; the text keeps its "~"
        (
            "The CNN runs on a Raspberry Pi~5 board for edge inference.",
            ("Raspberry Pi~5", "hardware/raspberry-pi-5"),
            ("Raspberry Pi", "hardware/raspberry-pi"),
        ),
        # a neighbour product's name is no label: MAX78002 is its own microcontroller
        (
            "We deploy the CNN on the MAX78002 microcontroller.",
            ("MAX78002 microcontroller", "hardware/max78002"),
            ("MAX78002 microcontroller", "hardware/max78000"),
        ),
        (
            "We deploy the CNN on the MAX78000 microcontroller.",
            ("MAX78000 microcontroller", "hardware/max78000"),
            ("MAX78000 microcontroller", "hardware/max78002"),
        ),
        # a bare "accelerator" goes by the text's words: FPGA design words against ASIC ones
        (
            "We design an FPGA-based accelerator for CNN inference. Our accelerator on a ZCU102 uses HLS.",
            ("accelerator", "hardware/fpga"),
            ("accelerator", "hardware/asic-accelerator"),
        ),
        (
            "We design an accelerator with a systolic array of processing elements, taped out in 28nm CMOS.",
            ("accelerator", "hardware/asic-accelerator"),
            ("accelerator", "hardware/fpga"),
        ),
        # each coordinated modifier forms a platform with the head
        (
            "We implement the kernels for Intel and ARM CPUs.",
            ("Intel", "hardware/intel-cpu"),
            ("Intel", "hardware/cpu"),
        ),
        (
            "Models are too big for resource-limited platforms, such as IoT, mobile, and embedded systems.",
            ("mobile", "hardware/mobile-device"),
            ("IoT", "hardware/edge-device"),
        ),
        # a platform class after a named product is its class word, not a second, generic platform
        (
            "It runs at 64 FPS on Qualcomm Snapdragon 865 CPU platforms.",
            ("Qualcomm Snapdragon 865 CPU", "hardware/qualcomm-snapdragon-865"),
            ("CPU", "hardware/cpu"),
        ),
        (
            "It runs at 64 FPS on the CPU of a Qualcomm Snapdragon 865.",
            ("CPU", "hardware/cpu"),
            ("Qualcomm Snapdragon 865 CPU", "hardware/qualcomm-snapdragon-865"),
        ),
        # an other-sense phrase ("Turing machine") inside a longer label does not blank it
        (
            "Architectures such as Neural Turing Machines and Memory Networks use external memory.",
            ("Neural Turing Machines", "model/neural-turing-machine"),
            ("Turing", "hardware/nvidia-turing"),
        ),
        (
            "Our recurrent network is as powerful as a Turing machine on GPUs.",
            ("GPUs", "hardware/gpu"),
            ("Turing", "hardware/nvidia-turing"),
        ),
        # benchmark names ending in a capitalised plural also match in the singular; one word does not
        (
            "Keyword spotting on the Speech Command dataset with a CNN.",
            ("Speech Command", "benchmark/google-speech-commands"),
            ("Speech Command", "benchmark/spiking-speech-commands"),
        ),
        (
            "Our CNN detects objects in an open image taken in the wild; we pre-train it on Open Images.",
            ("Open Images", "benchmark/open-images"),
            ("open image", "benchmark/open-images"),
        ),
        (
            "The kinetic energy of the CNN training is high; we use Kinetics for action recognition.",
            ("Kinetics", "benchmark/kinetics-400"),
            ("kinetic", "benchmark/kinetics-400"),
        ),
        (
            "Video object detection on ImageNet VID and optical flow on Sintel.",
            ("ImageNet VID", "benchmark/imagenet-vid"),
            ("ImageNet", "benchmark/imagenet"),
        ),
        (
            "We report scores on FrontierScience and GPQA.",
            ("FrontierScience", "benchmark/frontierscience"),
            ("FrontierScience", "benchmark/discovered/FrontierScience"),
        ),
        # PubMed the graph benchmark needs graph-learning words; a knowledge graph is none
        (
            "A graph convolutional network (GCN) is evaluated on Cora and PubMed for node classification.",
            ("PubMed", "benchmark/pubmed-graph"),
            ("Cora", "benchmark/citeseer"),
        ),
        (
            "We build a biomedical knowledge graph from PubMed abstracts with a large language model.",
            ("large language model", "model/llm"),
            ("PubMed", "benchmark/pubmed-graph"),
        ),
        # "M3D" alone is the 3D medical MLLM; "the M3D dataset" is its data; a part of another name is neither
        (
            "We evaluate our MLLM on the M3D dataset and beat the M3D model in radiology report generation.",
            ("M3D", "model/m3d-lamed"),
            ("M3D dataset", "model/m3d-lamed"),
        ),
        (
            "We compare RadFM with M3D-Net for deepfake detection in medical CT images on GPUs.",
            ("RadFM", "model/radfm"),
            ("M3D", "model/m3d-lamed"),
        ),
    ],
)
def test_known_wrong_and_missed_links(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present in got
    assert absent not in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We train the CNN on V100 and P100 GPUs.", [("V100", "label"), ("P100", "label")]),
        ("We train the CNN on P100 and V100 GPUs.", [("P100", "label"), ("V100", "label")]),
    ],
)
def test_a_linked_modifier_keeps_its_own_link(real_linker, text, expected):
    """A coordinated modifier that links by itself is not linked again as a form of the head (which, with
    the same span, made the match method depend on set order)."""
    got = [(lk.text, lk.method) for lk in real_linker.link_texts([("abstract", text + FIELD)]) if "100" in lk.text]
    assert got == expected


@pytest.mark.parametrize(
    "text, present",
    [
        # British spelling of a quantization label
        ("MobileNet v1 with 4-bit quantisation runs on the FPGA.", ("4-bit quantisation", "technique/int4-quantization")),
        # a long form the initials cut short ("bit quantisation") defines the short form as the whole label's concept
        ("CNV with 1-bit quantisation (BNN) runs on the FPGA; the BNN is small.", ("BNN", "technique/binarization")),
        # bare "distillation" is knowledge distillation without a context word in its sentence
        ("We design a three-phase dynamic distillation framework.", ("distillation", "technique/knowledge-distillation")),
        # a hardware platform in the sentence is the context of model quantization
        ("All methods are optimized and quantized for RISC-V SoCs.", ("quantized", "technique/quantization")),
        # "GQA-to-MLA" joins two names
        ("A GQA-to-MLA transition shrinks the KV cache of the LLM.", ("MLA", "technique/mla")),
        ("Ternary ViTs only ternarize the encoder layers.", ("ternarize", "technique/ternary-quantization")),
        ("We introduce pseudo-label filtering for stereo matching.", ("pseudo-label", "technique/pseudo-labeling")),
        ("A Reparameterizable Architecture for video super-resolution.", ("Reparameterizable", "technique/re-parameterization")),
        (
            "Training with multi-token prediction enables chunk prediction.",
            ("multi-token prediction", "technique/multi-token-prediction"),
        ),
        ("We propose a Forward-Forward (FF) based training for SNNs.", ("Forward-Forward", "technique/forward-forward")),
        ("Users give MLLMs visual prompts such as boxes.", ("visual prompts", "technique/visual-prompting")),
        ("StarDist and Cellpose segment cells.", ("Cellpose", "model/cellpose")),
        # the named methods beneath a family still link
        ("Neuromorphic computing runs spiking neural networks.", ("spiking neural networks", "technique/snn")),
        ("The activation functions, such as Mish, are approximated.", ("Mish", "technique/mish")),
    ],
)
def test_test3_forms_link(real_linker, text, present):
    assert present in spans(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # generic names of a family (kg:unlinkedLabel) are no method mentions
        ("Neuromorphic computing exploits spiking neurons on chips.", "technique/neuromorphic-computing"),
        ("An energy-efficient neuromorphic framework with event-based processing.", "technique/neuromorphic-computing"),
        ("CORDIC evaluates nonlinear Activation Functions (AF) on the accelerator.", "technique/activation-functions"),
        ("Without normalization layers the deep network is unstable.", "technique/normalization"),
        # "-to-" joins names only: a name glued to another part is still none
        ("The Ref-MLA block of the LLM uses attention.", "technique/mla"),
        # the vision sense only: signal quantization has no platform or model word
        ("We analyze coordinate quantization in a rate-distortion bound.", "technique/quantization"),
    ],
)
def test_test3_generic_names_stay_unlinked(real_linker, text, absent):
    assert absent not in {c for _, c in spans(real_linker, text)}


@pytest.mark.parametrize(
    "unlinked, text, expected",
    [
        ('"SNN"', "The SNN is a Spiking neural network.", {("Spiking neural network", "snn")}),
        ('"SNN", "Spiking neural network"', "The SNN is a Spiking neural network.", set()),
        ("", "The SNN is a Spiking neural network.", {("SNN", "snn"), ("Spiking neural network", "snn")}),
    ],
)
def test_an_unlinked_label_is_shown_but_never_matched(tmp_path, unlinked, text, expected):
    from pathlib import Path

    from kg.vocab import load

    mini = (Path(__file__).parent / "data" / "vocab" / "mini.ttl").read_text(encoding="utf-8")
    if unlinked:
        mini = mini.replace('skos:altLabel "SNN" .', f'skos:altLabel "SNN" ; kg:unlinkedLabel {unlinked} .')
    (tmp_path / "mini.ttl").write_text(mini, encoding="utf-8")
    vocab = load(tmp_path)
    got = {(t, c) for t, c, _ in links(Linker(vocab), text + IN_FIELD) if c == "snn"}
    assert got == expected
    assert vocab.concept(TECH + "snn").alt_labels == ("SNN",)  # still a name of the concept


def test_an_unlinked_label_must_be_a_label(tmp_path):
    from pathlib import Path

    from kg.errors import VocabularyError
    from kg.vocab import load

    mini = (Path(__file__).parent / "data" / "vocab" / "mini.ttl").read_text(encoding="utf-8")
    mini = mini.replace('skos:altLabel "SNN" .', 'skos:altLabel "SNN" ; kg:unlinkedLabel "spiking net" .')
    (tmp_path / "mini.ttl").write_text(mini, encoding="utf-8")
    with pytest.raises(VocabularyError, match="kg:unlinkedLabel"):
        load(tmp_path)


# Issue #3, hardware and benchmark linking on unseen abstracts (linkhw round): each rule with both sides
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a family's name before one of its products is part of the product's name
        (
            "ImageHD is implemented on the AMD Zynq ZCU104 FPGA.",
            ("AMD Zynq ZCU104 FPGA", "hardware/xilinx-zcu104"),
            ("Zynq", "hardware/xilinx-zynq"),
        ),
        (
            "We compare the ZCU106 board with a Xilinx Versal VCK190.",
            ("Xilinx Versal VCK190", "hardware/xilinx-vck190"),
            ("Xilinx Versal", "hardware/xilinx-versal"),
        ),
        # a family with a product of it in brackets names the product
        (
            "Kernels are tuned for the NVIDIA Blackwell (RTX 5090) architecture.",
            ("NVIDIA Blackwell", "hardware/nvidia-rtx-5090"),
            ("NVIDIA Blackwell", "hardware/nvidia-blackwell"),
        ),
        # but a top-level class with a product in brackets stays the class
        (
            "It trains on a single GPU (RTX 4090).",
            ("GPU", "hardware/gpu"),
            ("GPU", "hardware/nvidia-rtx-4090"),
        ),
        # a product's name running into a label of its own class is the product
        (
            "Experiments on the HBM-PIM system show lower attention latency.",
            ("HBM-PIM system", "hardware/hbm-pim"),
            ("PIM system", "hardware/processing-in-memory"),
        ),
        # a family named with one product of it means that product
        (
            "A system of Phytium processors and accelerator cards: the Phytium FT-2000/4 runs the tracker.",
            ("Phytium processors", "hardware/phytium-ft-2000-4"),
            ("Phytium processors", "hardware/phytium-cpu"),
        ),
        (
            "We deploy the detector on Jetson devices: a Jetson Nano and a Jetson Xavier NX.",
            ("Jetson devices", "hardware/nvidia-jetson"),
            ("Jetson devices", "hardware/nvidia-jetson-nano"),
        ),
        # an SoC's NPU is the vendor's NPU, not the SoC
        (
            "It processes 10 frames in 103 ms on a MediaTek Dimensity NPU.",
            ("MediaTek Dimensity NPU", "hardware/mediatek-apu"),
            ("MediaTek Dimensity NPU", "hardware/mediatek-soc"),
        ),
        # the bare Orin, with an NVIDIA GPU word in the text; not the name alone
        (
            "Inference is 1.8x and 2.7x faster on H200 and Orin GPUs.",
            ("Orin", "hardware/nvidia-jetson-orin"),
            ("H200", "hardware/nvidia-jetson-orin"),
        ),
        (
            "Orin Smith trains a CNN with quantization.",
            ("quantization", "technique/quantization"),
            ("Orin", "hardware/nvidia-jetson-orin"),
        ),
        # benchmark names: an acronym before -Bench, and a short form in brackets before "dataset"
        (
            "We introduce VP-Bench, a benchmark for visual prompts.",
            ("VP-Bench", "benchmark/discovered/VP-Bench"),
            ("VP", "benchmark/discovered/VP"),
        ),
        (
            "We introduce a temporally annotated Driver Simulated Gesture (DSG-18) dataset.",
            ("DSG-18", "benchmark/discovered/DSG-18"),
            ("Gesture", "benchmark/discovered/Gesture"),
        ),
        (
            "We fine-tune on the speech-to-text translation (S2TT) dataset.",
            ("fine-tune", "technique/fine-tuning"),
            ("S2TT", "benchmark/discovered/S2TT"),
        ),
    ],
)
def test_hardware_forms_and_benchmark_names(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present in got, sorted(got)
    assert absent not in got


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # outside the field, a benchmark found by its head word is still found; models and methods are not
        (
            "TrackRAD2025 challenge dataset: real-time tumor tracking",
            "This paper presents a real-time MRI dataset for the TrackRAD2025 challenge in radiotherapy.",
            {"benchmark/discovered/TrackRAD2025"},
        ),
        # but not a name only listed after an intro phrase: off-field that is mostly a tool or an image set
        ("Tropical edge detection", "Experiments on MATLAB built-in grayscale images improve boundary detection.", set()),
        ("Crop yields", "We forecast crop yields in Kenya with rainfall records from 1990 to 2020.", set()),
    ],
)
def test_benchmark_discovery_outside_the_field(real_linker, title, text, expected):
    got = {lk.concept.split("/papers-kg/")[1] for lk in real_linker.link_texts([("title", title), ("abstract", text)])}
    assert got == expected


@pytest.mark.parametrize(
    "text, linked",
    [
        ("Our CUDA kernels run on Hopper and other NVIDIA GPUs." + IN_FIELD, True),
        ("HOPPER IS NVIDIA'S NEWEST GPU FOR CUDA." + IN_FIELD, True),  # a text in capitals
        # issue #3: a platform's or data set's name that is also a word links only with its capital
        ("Grain falls from the hopper onto NVIDIA GPU racks in the CUDA lab." + IN_FIELD, False),
        ("The feed hopper of the NVIDIA GPU plant." + IN_FIELD, False),
    ],
)
def test_capitalised_context_label_of_a_platform_needs_its_capital(linker, text, linked):
    assert ("nvidia-hopper" in concepts(linker, text)) is linked


# Issue #3, vocabulary breadth (techvocab): method families mined from the corpus, with their ambiguous forms


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We replace max pooling with attention pooling in the CNN.", {"technique/max-pooling", "technique/attention-pooling"}),
        ("A kNN classifier on frozen features beats logistic regression.", {"technique/k-nearest-neighbors"}),
        (
            "FiLM layers condition the policy network on the language instruction." + FIELD,
            {"technique/feature-wise-linear-modulation"},
        ),
        ("The decoder uses causal attention over the previous tokens of the LLM.", {"technique/causal-attention"}),
        (
            "Value decomposition lets cooperative agents learn per-agent Q-values in MARL." + FIELD,
            {"technique/value-decomposition"},
        ),
        ("We apply on-policy distillation after reinforcement fine-tuning of the LLM.", {"technique/on-policy-distillation"}),
        ("Late fusion of audio and video scores beats early fusion.", {"technique/late-fusion", "technique/early-fusion"}),
    ],
)
def test_breadth_method_families_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the family's generic name alone is no method mention; Q-pooling is its own design
        ("Resource pooling across tenants cuts the cloud bill." + FIELD, "technique/pooling"),
        ("A hierarchical ViT with mask unit attention and Q-pooling on GPUs.", "technique/pooling"),
        # a film is no FiLM layer; a causal attention mask needs a sequence model in the sentence
        ("The film was shot on a smartphone camera." + FIELD, "technique/feature-wise-linear-modulation"),
        ("Causal attention of voters to campaign ads was estimated by regression." + FIELD, "technique/causal-attention"),
        # value decomposition outside multi-agent RL (singular values, finance)
        ("A value decomposition of the firm's equity into assets and growth options." + FIELD, "technique/value-decomposition"),
    ],
)
def test_breadth_ambiguous_forms_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


# Issue #3 (link2): a context label's own words are no evidence of its sense


@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # "policy learning" holds the terms "policy" and "learning"; robot learning from videos is not RL
        (
            "We study robot learning with deep learning on GPUs. We extract action features from videos for policy learning.",
            "technique/reinforcement-learning",
            False,
        ),
        (
            "We study robot learning with deep learning on GPUs. Policy learning maximises the reward of the agent.",
            "technique/reinforcement-learning",
            True,
        ),
        # "scheduler" is a term of its own concept; another word of scheduling in the sentence still shows it
        (
            "We serve LLM inference with deep learning models. Our hybrid scheduler switches between two modes online.",
            "technique/scheduling",
            False,
        ),
        (
            "We serve LLM inference with deep learning models. Our scheduler meets the deadlines of jobs on GPUs.",
            "technique/scheduling",
            True,
        ),
    ],
)
def test_a_context_labels_own_words_do_not_confirm_it(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, span, concept",
    [
        ("We reuse the key-value (KV) caching of prior layers in LLM inference on GPUs.", "key-value (KV) caching", "kv-cache"),
        (
            "Sharing the key-value (KV) cache across layers saves memory in LLM inference on GPUs.",
            "key-value (KV) cache",
            "kv-cache",
        ),
        # the label must read the same with the short form: "MM kernels", "GA learning" are no names
        ("Training uses Matrix Multiplication (MM) kernels for deep learning on GPUs.", None, "gemm-optimization"),
        ("It builds on Generative Adversarial (GA) learning for deep neural networks on GPUs.", None, "adversarial-training"),
    ],
)
def test_a_label_runs_across_a_short_forms_definition(real_linker, text, span, concept):
    found = {(lk.text, lk.concept.rsplit("/", 1)[1]) for lk in real_linker.link_texts([("abstract", text)])}
    if span is None:
        assert not any(c == concept and "(" in t for t, c in found)
    else:
        assert (span, concept) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # "training-free" (2,359 ML abstracts of the corpus, 3 others), "inference latency" (405, 4) and
        # "mesh recovery" (62, 0) show the field: an acceleration paper naming no network still links
        (
            "Its inference latency precludes real-time use. A training-free framework prunes the Transformer layers.",
            "technique/pruning",
        ),
        (
            "SAM 3D Body achieves top accuracy in human mesh recovery. Pruning its layers gives a 10x speedup.",
            "model/sam-3d-body",
        ),
    ],
)
def test_field_cues_of_training_free_acceleration(real_linker, text, expected):
    assert expected in real_links(real_linker, text)


def test_a_training_free_cue_alone_does_not_make_a_text_of_the_field(real_linker):
    assert real_links(real_linker, "A training-free scheme trims the search tree by pruning its leaves.") == set()


def titled_links(real_linker, title, text):
    return {lk.concept.split("papers-kg/", 1)[1] for lk in real_linker.link_texts([("title", title), ("abstract", text)])}


# issue #3 (offfield11): a paper of ML or computing outside the field (graphics, privacy, finance) whose title names the
# field plainly links the techniques and models that show the field, not general methods (rasterization, least
# squares: kg:domainEvidence false); the same abstract under a title that names nothing of it links none of them
@pytest.mark.parametrize(
    "title, text, expected, absent",
    [
        # (offgate14: the same texts under titles that corroborate the field, "Signed Distance Functions" or a model
        # named by its name, are of the field by their own evidence: test_a_text_of_ml_in_another_area_...)
        (
            "Differentiable Rendering of Implicit Surfaces with Sphere Tracing",
            "We render implicit surfaces by sphere tracing and compute gradients with respect to the shape parameters. "
            "Unlike rasterization, the method handles topology changes, and it converges faster than ray tracing.",
            {"technique/neural-rendering"},
            {"technique/rasterization", "technique/ray-tracing"},
        ),
        (
            "Normalizing Flows for Option Pricing under Stochastic Volatility",
            "We price American options under the Heston model by fitting a small network to simulated paths. Compared "
            "with least squares regression of the continuation value, the pricing error halves at equal cost.",
            {"model/normalizing-flow"},
            {"technique/least-squares"},
        ),
        (
            "Differential Privacy for Small-Area Census Tables",
            "Statistical agencies publish counts for thousands of small areas. We release noisy counts and post-process "
            "them by constrained least squares so that they stay consistent across the geographic hierarchy.",
            {"technique/differential-privacy"},
            {"technique/least-squares"},
        ),
        (
            "Test-Time Adaptation of Seismic Phase Pickers Across Regions",
            "A phase picker built for one region degrades on another. We adapt it on unlabeled records of the new "
            "region (TTA) by entropy minimization and keep a copy of the source weights to avoid drift.",
            {"technique/test-time-adaptation"},
            set(),
        ),
        (  # a name of the field in a title still admits the text where no phrase of another sense holds it
            "HumMorph: Generalized Dynamic Human Neural Fields from Few Views",
            "We reconstruct the body of a person from a few photographs and render it from new views.",
            {"technique/implicit-neural-representation"},
            set(),
        ),
    ],
)
def test_a_title_that_names_the_field_links_its_techniques_and_models(real_linker, title, text, expected, absent):
    linked = titled_links(real_linker, title, text)
    assert expected <= linked
    assert not absent & linked
    assert not expected & titled_links(real_linker, "A Study of Shapes, Prices and Tables", text)


# issue #3 (offgate14): a paper of machine learning in another area names one concept of the field without doubt and
# corroborates it: the concept is a model named by its name, a second concept is filed under a family of the field by a
# path no kg:domainEvidence false cuts (a signed distance function is a graphics method and a learned representation),
# or the text trains something (kg:learningCue). Its techniques and models link, general methods too, as in any text
# of the field; under a neutral title the first two lose their corroboration (the others keep theirs in the abstract)
NEUTRAL_TITLE = "A Study of Shapes, Prices and Tables"


@pytest.mark.parametrize(
    "title, text, expected, neutral",
    [
        (
            "Differentiable Rendering of Signed Distance Functions with Sphere Tracing",
            "We render implicit surfaces by sphere tracing and compute gradients with respect to the shape parameters. "
            "Unlike rasterization, the method handles topology changes, and it converges faster than ray tracing.",
            {"technique/neural-rendering", "technique/sdf", "technique/rasterization", "technique/ray-tracing"},
            set(),
        ),
        (
            "Kolmogorov-Arnold Networks for Option Pricing under Stochastic Volatility",
            "We price American options under the Heston model by fitting a small network to simulated paths. Compared "
            "with least squares regression of the continuation value, the pricing error halves at equal cost.",
            {"model/kan", "technique/least-squares"},
            set(),
        ),
        (
            "Test-Time Adaptation of Seismic Phase Pickers Across Regions",
            "A phase picker trained on one region degrades on another. We adapt it on unlabeled records of the new "
            "region (TTA) by entropy minimization and keep a copy of the source weights to avoid drift.",
            {"technique/test-time-adaptation", "technique/entropy-minimization"},
            {"technique/test-time-adaptation", "technique/entropy-minimization"},
        ),
        (
            "Adaptive Path Planning for Object Search by UAVs",
            "Detections of a YOLOv8 detector guide the coverage path planning of the drone, which localizes itself "
            "with visual SLAM.",
            {"model/yolov8", "technique/motion-planning", "technique/slam"},
            {"model/yolov8", "technique/motion-planning", "technique/slam"},
        ),
    ],
)
def test_a_text_of_ml_in_another_area_links_its_techniques_and_models(real_linker, title, text, expected, neutral):
    assert titled_links(real_linker, title, text) == expected
    assert titled_links(real_linker, NEUTRAL_TITLE, text) == neutral


@pytest.mark.parametrize(
    "title, text",
    [
        # one concept of the field, uncorroborated: background or another sense
        (
            "Primordial Non-Gaussianity from the Galaxy Power Spectrum",
            "A Gaussian process emulator of the power spectrum is sampled with MCMC, and a linear regression removes "
            "the systematics.",
        ),
        # a family, not a model named by its name (tests/data/offdomain: "Amped", "VCAO")
        (
            "Fast Edge Detection",
            "Recent Transformer architectures improved edge detection; we drop non-edge pixels early to cut GFLOPs.",
        ),
        (
            "Strategic Vulnerability Discovery",
            "A Large Reasoning Model (LRM) orchestrator allocates budget between fuzzing and static analysis.",
        ),
        # a task cue beside the training of another's network corroborates nothing ("OffsetAxis")
        (
            "Meshes from Unsigned Distance Fields",
            "We extract meshes from unsigned distance fields, including neural UDFs trained on point clouds, by ray "
            "tracing the offset volume.",
        ),
        # methods joined to the field only through a general family (probabilistic inference) are no second concept
        (
            "Lattice QCD at the Physical Point",
            "Hybrid Monte Carlo with multigrid preconditioning samples the gauge fields; a Kalman filter tracks drift.",
        ),
    ],
)
def test_an_uncorroborated_concept_of_the_field_opens_nothing(real_linker, title, text):
    linked = titled_links(real_linker, title, text)
    assert not {c for c in linked if c.startswith(("technique/", "model/"))}, linked


def test_learned_judgement_needs_the_only_evidence_to_be_one_concept(real_linker):
    """The rule only admits texts with one concept and no cue; the of-field set holds the evidence and more."""
    assert real_linker.evidence <= real_linker.of_field
    extra = {c.rsplit("/", 1)[1] for c in real_linker.of_field - real_linker.evidence}
    assert {"machine-unlearning", "adversarial-attacks"} <= extra
    assert not {"mcmc", "kalman-filter", "least-squares", "polar-codes", "wavelet-transform"} & extra
    named = {c.rsplit("/", 1)[1] for c in real_linker.named_models}
    assert {"yolov8", "grounding-dino", "kan"} <= named
    assert not {"transformer", "llm", "cnn", "large-reasoning-model", "autoencoder"} & named


@pytest.mark.parametrize(
    "title, text",
    [
        # a cue names no concept (and here sits inside a longer name: convolutional codes are a coding method)
        (
            "Tail-Biting Convolutional Codes for Short Packets",
            "We search tail-biting convolutional codes of short length and decode them with a list Viterbi decoder; "
            "the codes approach the normal approximation with fewer trellis states than polar codes.",
        ),
        # a word with other senses, capitalised by the title
        (
            "Aging of Distribution Transformers Under Electric Vehicle Charging",
            "We compute the hot-spot temperature of oil-immersed transformers with the finite element method and "
            "estimate the loss of insulation life from measured charging profiles.",
        ),
        # a concept's label with another sense: the attention of an animal to a place, gallium nitride
        (
            "Spatial Attention Reduces Correlated Variability in Macaque Visual Cortex",
            "Attention increased firing rates and reduced noise correlations; independent component analysis "
            "separated the local field potential into sources.",
        ),
        # fixes12: a title's phrase of another field (kg:otherSense) admits nothing: cognitive science's dynamic neural
        # fields, the diffusion of innovations
        (
            "PyPhonPlan: Simulating phonetic planning with dynamic neural fields and task dynamics",
            "We introduce a toolkit for dynamical models of phonetic planning using coupled dynamic neural fields and task "
            "dynamic simulations, with planning, perception and memory fields and representations of speech.",
        ),
        (
            "Stable Diffusion of Innovations in Online Communities",
            "We model how new practices spread through online forums and measure adoption curves in user networks.",
        ),
        (
            "A GaN-Based Class-E Inverter for Wireless Power Transfer",
            "The inverter keeps zero-voltage switching as the load varies; model predictive control regulates the "
            "output power and an extended Kalman filter estimates the coupling.",
        ),
    ],
)
def test_a_title_that_does_not_name_the_field_keeps_an_off_field_text_unlinked(real_linker, title, text):
    assert titled_links(real_linker, title, text) == set()


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # named methods of other papers in LLM inference are techniques, as the golds name them since TEST8's convention
        # ("Medusa, Hydra, EAGLE, EAGLE3": vocab22); the EAGLE drafters were models before
        (
            "ConFu beats EAGLE-3 and an EAGLE-2-style baseline in speculative decoding of LLMs.",
            "technique/eagle-2",
            "model/eagle-2",
        ),
        (
            "While the EAGLE series achieves speedups in speculative decoding of LLMs, drafts fail.",
            "technique/eagle",
            "model/eagle",
        ),
        (
            "Prior methods (Medusa, Hydra, EAGLE) partially reduce draft cost of speculative decoding of LLMs.",
            "technique/hydra-decoding",
            None,
        ),
        ("Speculators like DFlash, EAGLE-3 and PARD degrade with generation length in LLM decoding.", "technique/pard", None),
        ("Speculators like DFlash, EAGLE-3 and PARD degrade with generation length in LLM decoding.", "technique/dflash", None),
        ("We present EAGLE, a lightweight framework for uncertainty of deep learning models.", None, "technique/eagle"),
        ("Hydra-MDP scores trajectories for end-to-end driving with a deep learning planner.", None, "technique/hydra-decoding"),
        (
            "A single Hydra/OmegaConf configuration governs all training stages of the deep learning model.",
            None,
            "technique/hydra-decoding",
        ),
    ],
)
def test_named_llm_inference_methods_are_techniques(real_linker, text, present, absent):
    found = real_links(real_linker, text)
    assert present is None or present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # established methods the vocabulary lacked (vocab22, counted on the unseen 2025 corpus), each its own concept
        # beneath its family, not the family's link
        (
            "We voxelize the LiDAR point cloud and apply submanifold sparse convolutions on GPUs with deep learning.",
            "technique/sparse-convolution",
            None,
        ),
        (
            "Point-based and sparse convolution-based methods for deep learning on GPUs are slow.",
            "technique/sparse-convolution",
            None,
        ),
        (
            "We prune visual tokens of the VLM with a determinantal point process (DPP) to keep diverse tokens.",
            "technique/determinantal-point-process",
            "technique/point-processes",
        ),
        (
            "We study deceptive path planning (DPP) for a deep reinforcement learning agent.",
            None,
            "technique/determinantal-point-process",
        ),
        (
            "We apply Tensor-Train Singular Value Decomposition (TT-SVD) to the CNN layers before LoRA fine-tuning.",
            "technique/tensor-train-decomposition",
            "technique/tensor-decomposition",
        ),
        (
            "Tucker decomposition compresses the CNN layers of the deep learning model on GPUs.",
            "technique/tensor-decomposition",
            "technique/tensor-train-decomposition",
        ),
        ("Native sparse-attention methods (e.g., NSA, MoBA) for LLMs produce lower attention sparsity.", "technique/moba", None),
        (
            "Compared with the trainable sparse attention baseline (InfLLM-V2), decoding of the LLM is faster.",
            "technique/infllm-v2",
            None,
        ),
        (
            "BEAVER achieves comparable performance to prompt compression methods like LongLLMLingua for LLMs.",
            "technique/longllmlingua",
            None,
        ),
        (
            "A neural solver for the LLM-free simulation uses walk on spheres with deep learning on GPUs.",
            "technique/walk-on-spheres",
            None,
        ),
    ],
)
def test_established_methods_the_vocabulary_lacked_link_their_own_concept(real_linker, text, present, absent):
    found = real_links(real_linker, text)
    assert present is None or present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    "text, span, kept",
    [
        # a technique right after a narrower one (or a more specific one of its family) heads that one's name
        (
            "The encoder employs sliding-window self-attention for bounded latency on GPUs with deep learning.",
            "self-attention",
            "sliding-window",
        ),
        # ("output stationary dataflow" was one too, before the stationary dataflows became concepts: techprec19)
        ("We apply N:M sparsity pruning to the LLM weights on GPUs.", "pruning", "N:M sparsity"),
        ("We design low-FLOPs INT8 quantized neural networks for MCUs.", "quantized", "INT8"),
    ],
)
def test_a_technique_after_a_narrower_one_is_its_head(real_linker, text, span, kept):
    texts = {lk.text for lk in real_linker.link_texts([("abstract", text)])}
    assert kept in texts and span not in texts


@pytest.mark.parametrize(
    "text, first, second",
    [
        # issue #3 (techrecall3): a sibling of the same family written after a method names a method of its own
        (
            "INT8 post training quantization keeps the F1 of the CNN on the MCU.",
            "technique/int8-quantization",
            "technique/post-training-quantization",
        ),
        (
            "We apply INT8 dynamic quantization to the student model on the CPU.",
            "technique/int8-quantization",
            "technique/dynamic-quantization",
        ),
        (
            "We propose an NVFP4/INT8 mixed-precision quantization framework for the LLM on GPUs.",
            "technique/int8-quantization",
            "technique/mixed-precision-quantization",
        ),
        (
            "We examine parameter-efficient supervised fine-tuning of the LLM with LoRA on GPUs.",
            "technique/peft",
            "technique/sft",
        ),
        (
            "It combines actor-critic model-based reinforcement learning with a neural network policy on GPUs.",
            "technique/actor-critic",
            "technique/model-based-rl",
        ),
        (
            "DuQuant++: Fine-grained Rotation Enhances Microscaling FP4 Quantization of LLMs on GPUs.",
            "technique/mx-formats",
            "technique/fp4-quantization",
        ),
    ],
)
def test_a_sibling_technique_after_a_method_keeps_its_link(real_linker, text, first, second):
    assert {first, second} <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # after the modifier's bracketed short form the sibling is still the head of its name: one mention of LoRA
        ("A hypernetwork generates Low-Rank Adaptation (LoRA) adapters for the LLM on GPUs.", "technique/adapters"),
        ("The VLM generates a Low-Rank Adaptation (LoRA) adapter in one pass for fine-tuning.", "technique/adapters"),
    ],
)
def test_a_sibling_after_a_bracketed_short_form_is_its_head(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


def test_a_technique_after_an_unrelated_one_keeps_its_link(real_linker):
    text = "We apply a LoRA pruning scheme to LLMs on GPUs with deep learning."
    texts = {lk.text for lk in real_linker.link_texts([("abstract", text)])}
    assert {"LoRA", "pruning"} <= texts


@pytest.mark.parametrize(
    "text, absent, kept",
    [
        # names of a phenomenon, a capability or an activity, not of a method annotators count (0 of 9 in the
        # eval sets were gold); the method's own names still link
        (
            "Long-term adaptation of deep neural networks leads to catastrophic forgetting.",
            "technique/continual-learning",
            None,
        ),
        ("Continual learning of deep neural networks on edge devices.", None, "technique/continual-learning"),
        ("RL unlocks reasoning, self-reflection and tool-use capabilities in LLMs.", "technique/function-calling", None),
        # calling tools is the LLM's capability (tgen23); tool learning is the training paradigm
        ("Tool calling has become popular for LLM agents using APIs.", "technique/function-calling", None),
        ("Tool learning has become popular for LLM agents using APIs.", None, "technique/function-calling"),
        ("Offline profiling of the GPU latency decides the TP configuration of LLM serving.", "technique/profiling", None),
        ("We build a teleoperation platform for robot learning with deep learning.", "technique/teleoperation", None),
        ("Inference of CNNs is split across edge devices by parallel inference.", "technique/model-parallel-inference", None),
        ("We present Llumnix for multi-GPU inference of LLMs.", None, "technique/model-parallel-inference"),
        ("Generative AI foundation models reshape deep learning on GPUs.", "technique/generative-modeling", None),
        ("Offloading by swapping tensors to the CPU saves GPU memory in DNN training.", "technique/memory-hierarchy", None),
    ],
)
def test_names_of_phenomena_and_activities_do_not_link(real_linker, text, absent, kept):
    found = real_links(real_linker, text)
    assert absent is None or absent not in found
    assert kept is None or kept in found


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # "we evaluate our method on X, Y and a newly collected dataset": the names after it are data sets
        # (165 abstracts of the corpus open such a list)
        (
            "We evaluate our method on the Dress4D, CloSe and a newly collected dataset with deep learning on GPUs.",
            {"benchmark/discovered/Dress4D", "benchmark/discovered/CloSe"},
            None,
        ),
        (
            "We evaluate our model on EgoZorbans and EgoExo4D, two challenging sets, with deep learning on GPUs.",
            {"benchmark/discovered/EgoZorbans", "benchmark/ego-exo4d"},
            None,
        ),
        # a plain word after it is no name
        (
            "We validate the framework on April storms and Kaggle data with deep learning on GPUs.",
            set(),
            "benchmark/discovered/April",
        ),
    ],
)
def test_names_after_evaluating_a_method_on_are_data_sets(real_linker, text, expected, absent):
    found = real_links(real_linker, text)
    assert expected <= found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    "text, span",
    [
        ("TinyML models run on the Sony IMX500 Intelligent Vision Sensor with CNNs.", "Sony IMX500 Intelligent Vision Sensor"),
        ("Deployed on the IMX500 platform, our CNNs keep 96% accuracy with deep learning.", "IMX500"),
    ],
)
def test_intelligent_vision_sensor_is_a_platform(real_linker, text, span):
    found = {(lk.text, lk.concept.split("papers-kg/", 1)[1]) for lk in real_linker.link_texts([("abstract", text)])}
    assert (span, "hardware/sony-imx500") in found


@pytest.mark.parametrize(
    "label, expected",
    [
        ("product quantization", "product-quantized"),
        ("INT8 quantization", "INT8-quantized"),
        ("layer normalization", "layer-normalized"),
        ("Quantization", None),  # one word: "quantized" is listed as a label where it is one
        ("Bayesian optimization", None),  # "hardware-optimized" is optimized for hardware
        ("code specialization", None),
        ("knowledge distillation", None),
    ],
)
def test_participle_of_a_method_name(label, expected):
    assert participle(label) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the participle of a method's name is a mention of it
        (
            "We store product-quantized embeddings of the patches for kNN search in the DNN on edge devices.",
            "technique/vector-quantization",
        ),
        # a granularity before a context label shows its sense ("group-wise", "channel-wise")
        (
            "Our design uses role-based group-wise quantization. The CNN runs on an NPU and a mobile GPU.",
            "technique/quantization",
        ),
        ("We apply channel-wise pruning to every block. The CNN runs on an NPU and a mobile GPU.", "technique/pruning"),
        # a modifier written before another method of the same family names both
        (
            "The ResNet is compressed by post-training INT8 quantization and deployed on an STM32 MCU with a DNN.",
            "technique/post-training-quantization",
        ),
        (
            "The ResNet is compressed by post-training INT8 quantization and deployed on an STM32 MCU with a DNN.",
            "technique/int8-quantization",
        ),
        (
            "Structured iterative pruning shrinks the CNN for the FPGA and the MCU of the satellite.",
            "technique/structured-pruning",
        ),
        # concepts mined from the corpus by document frequency
        ("We compare NSA, MLA and GQA attention variants for LLM pretraining on GPUs.", "technique/native-sparse-attention"),
        ("We study MHA and group-query attention (GQA) in small LLMs on GPUs.", "technique/gqa"),
        ("Fine-tuning methods LoRA, rsLoRA and DoRA are compared for LLMs on GPUs.", "technique/rslora"),
        ("Flow-GRPO and DanceGRPO fine-tune diffusion models with reinforcement learning on GPUs.", "technique/flow-grpo"),
        ("Flow-GRPO and DanceGRPO fine-tune diffusion models with reinforcement learning on GPUs.", "technique/dance-grpo"),
        ("Prefix caching in vLLM reuses the KV cache of shared prompts for LLM serving on GPUs.", "technique/prefix-caching"),
        (
            "A ColBERT retriever with late-interaction scoring of documents runs on GPUs for RAG with LLMs.",
            "technique/late-interaction",
        ),
        (
            "One-step generators trained by adversarial distillation of diffusion models on GPUs.",
            "technique/adversarial-distillation",
        ),
        (
            "NeuCODEX is an edge-cloud co-inference system for spiking neural networks on edge devices.",
            "technique/split-computing",
        ),
        (
            "The CNN replaces classical edge detectors for contour detection on GPUs with deep learning.",
            "technique/edge-detection",
        ),
        (
            "Sigma-delta neurons cut the synaptic operations of the SNN on the Loihi 2 neuromorphic chip.",
            "technique/sigma-delta-encoding",
        ),
        (
            "Spoken digits are turned into spikes by rate-based encoding for a spiking neural network on neuromorphic hardware.",
            "technique/rate-coding",
        ),
        ("A CORDIC unit computes the activation functions of the DNN accelerator on the FPGA.", "technique/cordic"),
        (
            # a context label since trap29: in a text of the field
            "We use the Hadamard transformation to reshape weight distributions before quantization of the DNN accelerator.",
            "technique/rotation-quantization",
        ),
        (
            "Vocabulary trimming of the draft model's LM head speeds up speculative decoding of LLMs on GPUs.",
            "technique/vocabulary-trimming",
        ),
        (
            "Visual tokens are merged by density peaks clustering before the LLM runs on the edge device.",
            "technique/density-peaks-clustering",
        ),
        (
            "Neural theorem provers built on LLMs discharge verification conditions of C programs.",
            "technique/neural-theorem-proving",
        ),
        # the non-uniform FFT is its own algorithm: an abstract that names both links both
        ("The distributed FFT dominates the NUFFT runtime of spectral methods on 1024 GPUs.", "technique/nufft"),
        ("The distributed FFT dominates the NUFFT runtime of spectral methods on 1024 GPUs.", "technique/fourier-transform"),
    ],
)
def test_method_names_and_forms_mined_from_unseen_abstracts(real_linker, text, expected):
    assert expected in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # prefix caching is its own method, not a name of the KV cache
        ("Prefix caching in vLLM reuses shared prompts for LLM serving on GPUs.", "technique/kv-cache"),
        # a process modifier is no granularity: "step-wise pruning" of a table needs the pruning's own context
        (
            "TabTrim trains a pruner so that the step-wise pruning result aligns with the gold SQL trajectory. LLMs answer.",
            "technique/pruning",
        ),
        # the modifier of another family's method names nothing ("asynchronous" is no kind of federated learning)
        ("We propose asynchronous federated training of DNNs on edge devices.", "technique/asynchronous-sgd"),
        # "core allocation" of a DVFS governor allocates processor cores
        (
            "An LLM-guided governor performs core allocation and DVFS on embedded platforms with CPUs.",
            "technique/cooperative-game-theory",
        ),
        # TACO is also a litter data set
        ("TrashDet is evaluated on TACO with a NAS-designed CNN on the MAX78002 MCU.", "technique/tensor-compiler"),
        # event-based vision is a field; its methods (SNNs, event cameras as sensors) are what annotators count
        ("Towards low-latency event-based vision with spiking neural networks on an FPGA.", "technique/event-camera"),
        # "hardware-optimized" is optimized for hardware, no hardware optimization
        (
            "We provide code-optimized and hardware-optimized kernels for DNN inference on GPUs.",
            "technique/compiler-optimization",
        ),
    ],
)
def test_mined_forms_do_not_overreach(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


_SENTENCES = "We prune GPT-2. It runs on an A100 (80 GB); The end? yes. Done."


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (0, 0, "We prune GPT-2."),
        (3, 8, "We prune GPT-2."),
        (30, 34, " It runs on an A100 (80 GB);"),
        (3, 34, "We prune GPT-2. It runs on an A100 (80 GB);"),  # a span across a stop: both sentences
        (13, 14, "We prune GPT-2."),  # the word before the stop
        (14, 15, "We prune GPT-2. It runs on an A100 (80 GB);"),  # a span holding a stop runs on to the next
        (44, 47, " The end? yes."),  # "? yes": no capital after it, so no stop
        (len(_SENTENCES) - 1, len(_SENTENCES), " Done."),
    ],
)
def test_sentence_bounds_is_the_sentence_that_holds_a_span(start, end, expected):
    s, e = sentence_bounds(_SENTENCES, start, end)
    assert _SENTENCES[s:e] == expected
    assert sentence_bounds(_SENTENCES, start, end) == (s, e)  # asked again (the text's stops are read once)


@given(
    st.lists(
        st.sampled_from(
            ["We", " ", "  ", ".", "!", "?", ";", "A", "9", "(", "[", "x", "\n", "\t", "\x1c", "é", "e.g.", "٣", "\u2003"]
        )
    )
)
def test_sentence_stops_are_where_the_split_finds_them(parts):
    # issue 4: in an ASCII text the stop pattern is tried only at its stop characters, with the same stops
    import itertools

    from kg.linker import _SENTENCE_END_SPLIT, _sentence_stops

    text = "".join(parts)
    bounds = tuple(itertools.accumulate(map(len, _SENTENCE_END_SPLIT.split(text))))
    assert _sentence_stops(text) == (bounds[:-1:2], bounds[1::2])


def full_links(real_linker, text):
    return {(lk.text, lk.concept.split("/papers-kg/")[1]) for lk in real_linker.link_texts([("abstract", text + FIELD)])}


# Issue #3, silver audit of random corpus abstracts (audithw round): slash lists of family members, undefined
# short forms that spell another named concept
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Embedding PST into ResNet-18/50/101 boosts accuracy.",
            {("ResNet-18", "model/resnet-18"), ("50", "model/resnet-50"), ("101", "model/resnet-101")},
        ),
        (
            "Extensive experiments on ImageNet-C/R/Sketch/A show gains.",
            {("ImageNet-C", "benchmark/imagenet-c"), ("R", "benchmark/imagenet-r"), ("Sketch", "benchmark/imagenet-sketch")},
        ),
        ("We pretrain on ImageNet-1K/21K.", {("21K", "benchmark/imagenet-21k")}),
        ("We fine-tune SD 1.5 and compare with Stable Diffusion; SD wins.", {("SD", "model/stable-diffusion")}),
    ],
)
def test_audit_forms_link(real_linker, text, expected):
    assert expected <= full_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # "SD" after "speculative decoding" is that technique's short form, no Stable Diffusion
        (
            "Image generation with speculative decoding is slow; we study relaxed SD for diffusion models.",
            "model/stable-diffusion",
        ),
        # the letters of "RGB-D/T" or "TCP/IP" are no family members
        ("RGB-D/T fusion and TCP/IP stacks on GPUs.", "benchmark/rgb-d"),
        # forecasting competitions do not vouch for each other: probes named M2, M3, M4 are no benchmarks
        ("We train probes ProbeMLP (M0), LayerMLP (M1), CrossLayer (M2), Deep (M3) and Wide (M4).", "benchmark/m4"),
        ("We train probes ProbeMLP (M0), LayerMLP (M1), CrossLayer (M2), Deep (M3) and Wide (M4).", "benchmark/m3"),
        ("Edits with Prompt-to-Prompt keep the layout.", "model/controlnet"),
    ],
)
def test_audit_traps(real_linker, text, absent):
    assert absent not in full(real_linker, text)


# issue 4: a context label's own words are looked for outside its span without a second scan of the text
# when no key of theirs is written there; these texts hold both outcomes, and non-ASCII ones
ABSENT_TEXTS = [
    "We fine-tune a diffusion model on point cloud data with Transformers on the cloud.",
    "A Transformer for CNN features; fine-tuning of transformers on Kinetics and PASCAL VOC.",
    "Diffusion models in the cloud: the dataflow of CNNs (convolutional neural networks) on Waymo.",
    "Gemini and transformer-based diffusion, tuning a CNN, reinforcement learning with a reward model.",
    "Transformers are everywhere. We fine-tune a CNN in the cloud. The transformer of the cloud wins.",
    "A transformer\u2013diffusion hybrid on the \u0441loud: fine-tuning for CNN\u00e9 models.",  # Cyrillic "с", en dash
]


@pytest.mark.parametrize("text", ABSENT_TEXTS)
def test_terms_absent_outside_a_span_are_those_a_scan_misses(real_linker, text):
    from kg.linker import _blank

    cands = real_linker._scan(text)[0]
    answers = []
    for cand in cands:
        words = real_linker._own_terms(text[cand.start : cand.end])
        for some in [words, *({w} for w in sorted(words))] if words else ():
            blanked = _blank(text, [(cand.start, cand.end)])
            for start, end in ((0, len(text)), sentence_bounds(text, cand.start, cand.end)):  # the field, the sentence
                absent = real_linker._absent_outside(text, cand, set(some), start, end)
                answers.append(absent)
                if absent:
                    assert not some & real_linker._scan(blanked[start:end])[2]
    assert (True in answers) == text.isascii()  # a text outside ASCII is scanned


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Diffusion models for the cloud.", True),
        ("Diffusion models for the cloud, and clouds of points.", False),  # "clouds" is written outside
        ("Diffusion models for the cloud, and the CLOUD.", False),
        ("Diffusion models for the cloud, and the сloud.", False),  # not ASCII
    ],
)
def test_a_term_written_again_is_not_absent(real_linker, text, absent):
    cand = next(c for c in real_linker._scan(text)[0] if text[c.start : c.end] == "cloud")
    assert real_linker._absent_outside(text, cand, real_linker._own_terms("cloud")) is absent


def test_term_keys_and_their_spaces(real_linker):
    g = real_linker.gazetteer
    assert all(k for ks in g.term_keys.values() for both in ks for k in both)
    longest = max(len(r) for ks in g.term_keys.values() for both in ks for k in both for r in re.findall(" +", k))
    assert g.term_key_spaces == longest
    assert real_linker._shortest_other_sense > g.term_key_spaces


@pytest.mark.parametrize(
    "text", ["Ref-L4 and CIM-NET", "Ada-MK-\n", "the x-AB-", "ÉAB-CD", "aAB-", "-\n", "", "TPU-v4-Pod-", "9-"]
)
def test_glued_searches_read_only_the_name_next_to_the_span(text):
    # issue 4: the name before a span is searched from where it can start, not through the whole text before it
    from kg.linker import _GLUED_AFTER, _GLUED_BEFORE, _glued_run_start

    for start in range(len(text) + 1):
        whole = re.search(r"(?<![A-Za-z0-9])([A-Z0-9][A-Za-z0-9]*)-$", text[:start])
        near = _GLUED_BEFORE.search(text, _glued_run_start(text, start), start)
        assert (near and near.span(1)) == (whole and whole.span(1))
        after, here = re.match(r"-([A-Z0-9][A-Za-z0-9]*)", text[start:]), _GLUED_AFTER.match(text, start)
        assert (here and here.group(1)) == (after and after.group(1))


@given(
    st.lists(st.sampled_from(["Molmo", "2", "CIFAR", "-", "10", "/", "100", ".", "5", "a", "B", " ", "_", "+", "é", "٣", "x"]))
)
def test_numbered_names_found_as_finditer_finds_them(parts):
    # issue 4: the numbered-name patterns are tried only where a match can start, with the same matches
    from kg.linker import _NUMBERED, _NUMBERED_PAIR, _numbered_names, _numbered_pair_matches

    text = "".join(parts)
    assert [m.span() for m in _numbered_names(text)] == [m.span() for m in _NUMBERED.finditer(text)]
    assert [m.span() for m in _numbered_pair_matches(text)] == [m.span() for m in _NUMBERED_PAIR.finditer(text)]


# Issue #3, blind set 5: hardware and benchmark forms and families, each with the other side
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a class noun after a modifier is that class: an edge GPU is a GPU, not a generic edge device
        ("Real-time generation on edge GPUs.", ("edge GPUs", "hardware/gpu"), ("edge GPUs", "hardware/edge-device")),
        ("Deployment on embedded GPUs is slow.", ("embedded GPUs", "hardware/gpu"), None),
        ("Deployment on edge devices is slow.", ("edge devices", "hardware/edge-device"), None),
        # a family written with its one product is the product ("the GAP9 ... RISC-V microcontroller")
        (
            "Deployment on the GAP9 ultra-low-power RISC-V microcontroller.",
            ("RISC-V microcontroller", "hardware/gap9"),
            ("RISC-V microcontroller", "hardware/risc-v-mcu"),
        ),
        ("We port the kernels to a RISC-V microcontroller.", ("RISC-V microcontroller", "hardware/risc-v-mcu"), None),
        # an ISA's system-on-chip is a SoC, its cores are CPUs
        (
            "We implemented RISC-V SoCs on an FPGA.",
            ("RISC-V SoCs", "hardware/risc-v-soc"),
            ("RISC-V SoCs", "hardware/risc-v-cpu"),
        ),
        ("Vector units of RISC-V CPUs.", ("RISC-V CPUs", "hardware/risc-v-cpu"), ("RISC-V CPUs", "hardware/risc-v-soc")),
        # a phone's tier is part of its model name
        (
            "Latency is 2 ms on an iPhone 14 Pro Max.",
            ("iPhone 14 Pro Max", "hardware/apple-iphone"),
            ("iPhone 14", "hardware/apple-iphone"),
        ),
        ("Latency is 2 ms on an iPhone 17.", ("iPhone 17", "hardware/apple-iphone"), None),
        (
            "We run it on a Samsung Galaxy S23 Ultra phone.",
            ("Samsung Galaxy S23 Ultra", "hardware/samsung-galaxy"),
            ("Samsung Galaxy S23", "hardware/samsung-galaxy"),
        ),
        ("We run it on a Samsung S24U.", ("Samsung S24U", "hardware/samsung-galaxy"), None),
        # vendors' NPUs by their own names
        (
            "INT8 inference on Horizon Brain Processing Units (BPUs) for CNN acceleration.",
            ("BPUs", "hardware/horizon-bpu"),
            None,
        ),
        ("The branch prediction unit (BPU) of the CPU mispredicts.", None, ("BPU", "hardware/horizon-bpu")),
        (
            "It runs on the Snapdragon 8 Gen 3 Hexagon Tensor Processor (HTP) with INT8 quantization.",
            ("Hexagon Tensor Processor", "hardware/qualcomm-hexagon"),
            None,
        ),
        # the guidelines' AI accelerator, whatever the word for the chip
        (
            "Activation functions in commercial AI processors.",
            ("AI processors", "hardware/asic-accelerator"),
            ("AI processors", "hardware/npu"),
        ),
        ("Human activity recognition on resource constrained wearables.", ("wearables", "hardware/wearable-device"), None),
        ("We train on wearable sensor data.", None, ("wearable", "hardware/wearable-device")),
        # AMD and Xilinx name one board
        (
            "Our accelerator on AMD-Xilinx VCK190 FPGA runs at 1.1 image/s.",
            ("Xilinx VCK190 FPGA", "hardware/xilinx-vck190"),
            None,
        ),
        (
            "We deploy it on the AMD Alveo U280 card.",
            ("AMD Alveo U280", "hardware/xilinx-alveo-u280"),
            ("AMD", "hardware/amd-gpu"),
        ),
        ("We deploy it on an AMD Xilinx ZCU111 board.", ("AMD Xilinx ZCU111", "hardware/xilinx-zcu111"), None),
        # benchmarks: a task built on a data set is its own benchmark; a bare acronym needs its own context
        (
            "Results on MNIST addition with neurosymbolic programs.",
            ("MNIST addition", "benchmark/mnist-addition"),
            ("MNIST", "benchmark/mnist"),
        ),
        ("Results on MNIST with a CNN.", ("MNIST", "benchmark/mnist"), None),
        ("Extending LUNA's channel-unification module to EEG and ECG.", None, ("LUNA", "benchmark/luna16")),
        ("Lung nodule detection on LUNA from CT scans.", ("LUNA", "benchmark/luna16"), None),
        ("0.74 balanced accuracy on HMC sleep staging from EEG.", ("HMC", "benchmark/hmc-sleep"), None),
        ("Sampling with Hamiltonian Monte Carlo (HMC) on a GPU.", None, ("HMC", "benchmark/hmc-sleep")),
        ("Macro F1 on SKODA and Daphnet from wearable sensors.", ("SKODA", "benchmark/skoda"), None),
        ("Macro F1 on SKODA and Daphnet from wearable sensors.", ("Daphnet", "benchmark/daphnet"), None),
        ("Brain sub-plane F1 and HC18 biometry validity.", ("HC18", "benchmark/hc18"), None),
        ("We evaluate on xView3-SAR vessel detection.", ("xView3-SAR", "benchmark/xview3"), ("xView3-SAR", "benchmark/xview")),
    ],
)
def test_blind5_hardware_and_benchmark_forms(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# issue #3, pooled calibration over every released gold (benchmarks/technique_calibration.py): a generic form whose
# pooled precision is under ~.4 in three or more sets is a loss for F1; the specific names of the same concepts stay
@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Long-horizon rollouts from an autoregressive world model drift, so we re-anchor the latent tokens of the sequence."
            + FIELD,
            "autoregressive-modeling",
        ),
        ("Autoregressive decoding of long answers dominates latency, which our draft model shortens.", "autoregressive-modeling"),
        ("We add caching of intermediate activations across denoising steps of the diffusion model.", "caching-system"),
        ("The accelerator's dataflow keeps partial sums on-chip to save DRAM energy of DNNs." + FIELD, "dataflow-architecture"),
        ("A U-Net whose skip connections carry encoder features to the decoder segments the lesions.", "residual-connection"),
        ("Each residual block of the backbone is followed by a lightweight deep learning head.", "residual-connection"),
        ("We deploy low-bit weights of the LLM with a custom matrix kernel on the GPU.", "low-bit-quantization"),
        ("An attention-based encoder fuses the radar and camera features of the neural network.", "attention-mechanism"),
        ("Our LLM serving system batches requests from many tenants on a GPU cluster.", "llm-serving"),
        ("Full attention over all video tokens is quadratic, so the Transformer cannot see long clips.", "self-attention"),
        ("Efficient transformers trade accuracy for speed on long sequences of tokens.", "efficient-attention"),
        ("The network is trained by gradient descent on the cross-entropy loss of the deep learning model.", "gradient-descent"),
        ("Local attention inside each window keeps the vision Transformer's cost linear in tokens.", "sliding-window-attention"),
        ("Each backward pass of the deep neural network stores activations in GPU memory.", "backpropagation"),
    ],
)
def test_a_generic_form_of_low_pooled_precision_does_not_link(real_linker, text, absent):
    assert "technique/" + absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, linked",
    [
        ("We study next-token prediction as the training objective of the language model.", "autoregressive-modeling"),
        ("Residual connections between the layers let the deep neural network train stably.", "residual-connection"),
        ("Ultra-low-bit quantization of the LLM weights to two bits keeps its perplexity close to FP16.", "low-bit-quantization"),
        ("A weight-stationary accelerator maps the DNN's convolutions onto processing elements.", "weight-stationary-dataflow"),
        ("A sliding-window attention layer limits each token to its neighbours in the LLM.", "sliding-window-attention"),
        ("Stochastic gradient descent with momentum trains the convolutional neural network.", "sgd"),
        ("Semantic caching of LLM responses cuts latency for repeated requests.", "caching-system"),
    ],
)
def test_the_specific_names_of_those_concepts_still_link(real_linker, text, linked):
    assert "technique/" + linked in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent, linked",
    [
        # issue #3 (techrecall): a family word linked only by context in a text that names one method outside the
        # family by a name ending in that word is that method's short form (11 of 13 such "pruning" links in the
        # released sets were no gold weight pruning)
        (
            "Visual token pruning speeds up MLLMs on GPUs. Our method prunes redundant tokens before the LLM.",
            "technique/pruning",
            "technique/token-pruning",
        ),
        (
            "We study token pruning for vision-language models. Pruning visual tokens cuts FLOPs of the LLM.",
            "technique/pruning",
            "technique/token-pruning",
        ),
    ],
)
def test_a_family_word_is_the_short_form_of_the_one_method_named(real_linker, text, absent, linked):
    found = real_links(real_linker, text)
    assert linked in found and absent not in found


@pytest.mark.parametrize(
    "text, linked",
    [
        # a member of the family named too keeps the family word's own sense
        ("We combine structured pruning of weights with token pruning in LLMs. Pruning cuts FLOPs.", "technique/pruning"),
        # a method's name ending in the word only among its other labels leaves the family alone
        ("We study LoRA fine-tuning of LLMs on GPUs, and full fine-tuning of pretrained models.", "technique/fine-tuning"),
        # no method outside the family: the family word links as before
        ("We prune the weights of deep neural networks on GPUs. Pruning reduces FLOPs.", "technique/pruning"),
        # a method's name that links nowhere (in a repository's address) names no method there
        (
            "We apply pruning to the network weights and quantization to 4 bit for LLM inference on GPUs. "
            "Code: https://github.com/foo/token-pruning",
            "technique/pruning",
        ),
    ],
)
def test_a_family_word_keeps_its_sense_beside_its_members(real_linker, text, linked):
    assert linked in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent, linked",
    [
        # tail20: a family's one-word plain label ("distillation") in a text that names the family by nothing else and
        # one method outside it by a name ending in the word is that method's: dataset distillation is no distillation
        # of a model (c10k: 18 papers naming dataset distillation linked knowledge distillation by the bare word)
        (
            "We study dataset distillation for image classification with CNNs. Existing distillation methods match "
            "gradients, and our distilled images generalize across architectures.",
            "technique/knowledge-distillation",
            "technique/dataset-distillation",
        ),
        (
            "Dataset condensation synthesizes a compact training set. We propose a distillation objective that "
            "matches training trajectories of deep networks on GPUs.",
            "technique/knowledge-distillation",
            "technique/dataset-distillation",
        ),
    ],
)
def test_distillation_in_a_dataset_distillation_paper_is_the_data_sets(real_linker, text, absent, linked):
    found = real_links(real_linker, text)
    assert linked in found and absent not in found


@pytest.mark.parametrize(
    "text",
    [
        # a teacher, a student or logits say a model is distilled (kg:senseTerm): the word keeps its sense
        "We study dataset distillation for image classification. A distillation loss on the teacher network's "
        "logits relabels the synthetic images for deep networks on GPUs.",
        "Dataset distillation compresses data; distillation from a large teacher into a small student compresses "
        "the neural network itself.",
        # knowledge distillation named by its own name keeps it
        "We compare dataset distillation with knowledge distillation for training compact deep networks; "
        "distillation of either kind reduces cost.",
        # no dataset distillation in the text: the bare word is knowledge distillation as before
        "We compress the large language model by distillation into a 1B model for inference on GPUs.",
    ],
)
def test_distillation_of_a_model_stays_knowledge_distillation(real_linker, text):
    assert "technique/knowledge-distillation" in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, linked",
    [
        # tail21: "progressive distillation" is the diffusion sampler's step halving only beside words of few-step
        # generation; in the 2025 corpus it is more often a curriculum of knowledge distillation (a chain of teachers)
        (
            "TaPD: Temporal-adaptive Progressive Distillation for Trajectory Forecasting with a teacher network and deep "
            "neural networks",
            "knowledge-distillation",
        ),
        (
            "PMTD employs a progressive distillation strategy with multiple high-bit INT teachers to improve low-bit LLMs.",
            "knowledge-distillation",
        ),
        (
            "TurboTalk: a progressive distillation framework that compresses a multi-step video diffusion model into a "
            "single-step generator on GPUs.",
            "progressive-distillation",
        ),
    ],
)
def test_progressive_distillation_needs_words_of_few_step_generation(real_linker, text, linked):
    found = real_links(real_linker, text)
    assert "technique/" + linked in found
    if linked != "progressive-distillation":
        assert "technique/progressive-distillation" not in found


@pytest.mark.parametrize(
    "text, linked",
    [
        # tail21: lessons boiled down from an agent's or an author's experience are no distillation of a model
        ("OmniReflect builds a compact set of guiding principles distilled from task experiences for an LLM agent.", False),
        ("Mem2Evolve: Towards Self-Evolving LLM Agents via Capability Expansion and Experience Distillation", False),
        ("Memory of LLM agents, where extraction (distilling insights from experience) and management interact.", False),
        # the model senses stay
        ("We distill a large teacher model into a student LLM; the distilled model runs on GPUs.", True),
        ("Insights from the distilled LLM show that the compact student keeps the teacher's accuracy.", True),
    ],
)
def test_distilled_lessons_are_no_knowledge_distillation(real_linker, text, linked):
    assert ("technique/knowledge-distillation" in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, linked",
    [
        # tail20: "data distillation" and "distilled data(sets)" of LLM papers are a teacher model's outputs made
        # training data, no dataset distillation: without a word of synthetic or condensed data they are not its labels
        ("Language models trained on our multi-agent distilled datasets outperform strong LLM baselines on QA.", False),
        ("We propose a data distillation method based on tree-of-thought prompting for fine-tuning small LLMs.", False),
        (
            "Deep neural networks trained on GPUs. A ResNet trained on the distilled data of 10 synthetic images per "
            "class reaches the accuracy of the full dataset.",
            True,
        ),
    ],
)
def test_distilled_data_is_dataset_distillation_only_with_words_of_synthetic_data(real_linker, text, linked):
    assert ("technique/dataset-distillation" in real_links(real_linker, text)) is linked


def test_dataset_distillation_is_no_kind_of_knowledge_distillation(real_linker):
    (dd,) = [lk.concept for lk in real_linker.link_texts([("abstract", "Dataset distillation for deep neural networks.")])]
    assert dd.endswith("technique/dataset-distillation")
    assert not any(a.endswith("technique/knowledge-distillation") for a in real_linker.above[dd])


@pytest.mark.parametrize(
    "text, linked",
    [
        # tail20: hyperparameter optimization is its own method beneath AutoML, no label of AutoML
        ("We run hyperparameter optimization of the neural network with Bayesian optimization.", "hyperparameter-optimization"),
        ("Hyperparameter tuning (HPO) of deep learning models is costly on GPUs; HPO grows.", "hyperparameter-optimization"),
        ("AutoML systems automate model selection for tabular machine learning.", "automl"),
    ],
)
def test_hyperparameter_optimization_is_its_own_method(real_linker, text, linked):
    found = real_links(real_linker, text)
    assert "technique/" + linked in found
    if linked != "automl":
        assert "technique/automl" not in found


@pytest.mark.parametrize(
    "text, linked",
    [
        # tail21: an undefined "HPO" needs a word of hyperparameter search in its sentence; in biomedical LLM papers it is
        # the Human Phenotype Ontology (all 74,728 corpus abstracts: 6 of 7 such context links were the ontology)
        ("By contrast, arbitrary identifiers in GO and HPO constrained LLMs to rote learning after fine-tuning.", False),
        ("Experimental results on CDR, HPO, and HOIP show that our LLM recognizes implicit concepts.", False),
        ("No framework tackles the entire model selection and HPO task for resource-efficient LLM fine-tuning on GPUs.", True),
        ("We tune deep neural networks on GPUs. HPO over a large search space of learning rates is costly.", True),
    ],
)
def test_undefined_hpo_needs_words_of_hyperparameter_search(real_linker, text, linked):
    assert ("technique/hyperparameter-optimization" in real_links(real_linker, text)) is linked


def test_devops_is_no_label_of_continuous_integration(real_linker):
    # tail20: "DevOps" in the 2025 corpus is a field of work or a benchmark's name ("tasks spanning software engineering,
    # DevOps, and data engineering", "DevOps-style monitoring"), never continuous integration (5 of 5 papers)
    text = "The benchmark spans software engineering, DevOps, and data engineering tasks for LLM agents."
    assert "technique/continuous-integration" not in real_links(real_linker, text)
    assert "technique/continuous-integration" in real_links(
        real_linker, "LLM agents repair failing continuous integration builds and CI/CD pipelines of deep learning repositories."
    )


@pytest.mark.parametrize(
    "text, linked, absent",
    [
        # issue #3 (techrecall): methods the released sets named in two sets and 97 corpus abstracts name
        ("Diffusion LLMs offer parallel decoding of many tokens per step at low latency.", "technique/parallel-decoding", None),
        # "KV cache reuse" is reuse of the KV cache, no diffusion feature caching ("cache reuse")
        ("We serve LLMs with semantic-aware KV cache reuse on GPUs.", "technique/kv-cache", "technique/feature-caching"),
        ("We design prefix-aligned KV-cache reuse for LLMs on GPUs.", "technique/kv-cache", "technique/feature-caching"),
        ("DiT models speed up denoising with cache reuse of features across steps on GPUs.", "technique/feature-caching", None),
        # adapters of fine-tuned models: the sentence's "fine-tuned" shows the sense
        ("Weight updates can be decoupled into adapters for serving many fine-tuned LLMs on GPUs.", "technique/adapters", None),
    ],
)
def test_techniques_named_across_the_released_sets(real_linker, text, linked, absent):
    found = real_links(real_linker, text)
    assert linked in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    "text, absent",
    [
        # the other senses stay unlinked: a power adapter, decoding of codes outside the field
        ("The laptop's power adapter failed under load, and the network adapter dropped packets.", "technique/adapters"),
        ("We study the parallel decoding of LDPC codes for 5G receivers with low error floors.", "technique/parallel-decoding"),
        ("The power transformer in the substation was pruned from the grid model.", "technique/pruning"),
    ],
)
def test_techniques_named_across_the_released_sets_keep_off_other_senses(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_window_prechecks_skip_no_match(name):
    """_may_end_coordination / _may_end_modifier hold wherever their search matches (issue #4: they decide
    whether the search runs at all), at every position of an eval set's texts, with line breaks added."""
    import json
    from pathlib import Path

    from kg.linker import _COORDINATED, _MODIFIER, _may_end_coordination, _may_end_modifier

    path = Path(__file__).parent / "data" / "eval" / f"{name}-abstracts.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    matches = 0
    for row in rows[:60]:
        text = f"{row['title']} and\n{row['abstract']} or \nx"
        for end in range(1, len(text) + 1):
            for pattern, may, reach in ((_COORDINATED, _may_end_coordination, 80), (_MODIFIER, _may_end_modifier, 40)):
                lo = max(0, end - reach)
                if pattern.search(text, lo, end):
                    matches += 1
                    assert may(text, lo, end), (pattern.pattern, text[lo:end])
    assert matches > 1000  # the texts exercise both searches


# issue #3, hardware audit of an unseen corpus slice (arXiv CS 2025, records 60,000-65,000): the other senses of
# platform names the slice linked, and the same names where they are platforms
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # "frontier systems" are frontier AI models; the machine's name is capitalised
        (
            "We benchmark our agent against four frontier systems with web access (Claude Opus 4.7, GPT 5.5).",
            None,
            ("frontier systems", "hardware/frontier-supercomputer"),
        ),
        (
            "Strong scaling on the Frontier system at ORNL reaches 9,000 nodes of MI250X GPUs.",
            ("Frontier system", "hardware/frontier-supercomputer"),
            None,
        ),
        # the brain's cortex is no Cortex-A
        (
            "Emulating the prefrontal cortex as the locus of intentional control, the agent plans.",
            None,
            ("cortex as", "hardware/arm-cortex-a"),
        ),
        ("The kernel runs on Cortex-A cores of the phone.", ("Cortex-A", "hardware/arm-cortex-a"), None),
        ("We deploy the CNN on Cortex-M class microcontrollers.", ("Cortex-M", "hardware/arm-cortex-m"), None),
        ("We deploy the CNN on a Cortex-M1 soft core.", ("Cortex-M1", "hardware/arm-cortex-m1"), None),
        # the company alone is no phone, a phone with its context is
        (
            "Xiaomi EV World Model: A Joint World Model for Autonomous Driving.",
            None,
            ("Xiaomi", "hardware/xiaomi-phone"),
        ),
        ("Latency is measured on a Redmi with Android 14.", ("Redmi", "hardware/xiaomi-phone"), None),
        # a device's sensors or camera pipeline took the data
        (
            "The adoption of camera-equipped mobile devices has enabled capture of meal images.",
            None,
            ("mobile devices", "hardware/mobile-device"),
        ),
        (
            "We leverage the sensor suites of modern smartphones to track camera poses.",
            None,
            ("smartphones", "hardware/mobile-device"),
        ),
        ("Unpaired smartphone ISP transfer maps RAW to RGB images.", None, ("smartphone", "hardware/mobile-device")),
        ("We evaluate on the Mobile phone screen defect dataset.", None, ("Mobile phone", "hardware/mobile-device")),
        (
            "We diagnose arsenicosis from mobile phone-captured skin images.",
            None,
            ("mobile phone", "hardware/mobile-device"),
        ),
        ("Experiments on the long-horizon suite of Minecraft MCU show gains.", None, ("MCU", "hardware/mcu")),
        ("The model runs at 180 FPS on mobile devices.", ("mobile devices", "hardware/mobile-device"), None),
        ("Inference runs on the sensors' host smartphones in real time.", ("smartphones", "hardware/mobile-device"), None),
        # a short form defined with another long form, though the platform's name is the same acronym
        (
            "We propose Minor Component Unlearning (MCU), which targets minor components.",
            None,
            ("MCU", "hardware/mcu"),
        ),
        ("We deploy keyword spotting on an MCU with 256 KB of SRAM.", ("MCU", "hardware/mcu"), None),
        (
            "We deploy it on a microcontroller unit (MCU) with 256 KB of SRAM.",
            ("MCU", "hardware/mcu"),
            None,
        ),
        # a data set's name
        ("We report 0.42% ACER on OULU-NPU and 0.94% HTER on SiW.", None, ("NPU", "hardware/npu")),
        ("Its latency on the NPU is 3 ms.", ("NPU", "hardware/npu"), None),
        # a speedup before a class word is no product name
        ("Range culling reaches up to 7.02x GPU and 9.33x CPU speedups.", ("GPU", "hardware/gpu"), None),
        ("It runs in real time (<15ms GPU time) on the robot.", ("GPU", "hardware/gpu"), None),
        # a memory size or a count written short is no product name either (usertest21: unseen corpus)
        (
            "We track 768x1024 pixels on a 40G GPU.",
            ("GPU", "hardware/gpu"),
            ("40G GPU", "hardware/discovered/gpu/40G"),
        ),
        (
            "We retrain every subset (~20k GPU-hours total).",
            None,
            ("20k GPU", "hardware/discovered/gpu/20k"),
        ),
        ("Training takes 3 days on 8 80G GPUs.", ("GPUs", "hardware/gpu"), ("8 80G GPUs", "hardware/discovered/gpu/8_80G")),
        ("It trains on 100 80GB GPU nodes.", None, ("100 80GB GPU", "hardware/discovered/gpu/100_80GB")),
        ("It runs on one NVIDIA T1600 GPU.", ("NVIDIA T1600 GPU", "hardware/discovered/gpu/NVIDIA_T1600"), None),
    ],
)
def test_hwaudit_platform_senses(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        # off-domain texts with platforms' words in other senses: nothing links as hardware
        "We apply Canny edge detection to the images and detect edges along cloud boundaries in satellite imagery.",
        "The power transformer's core losses are measured; the core temperature rises under load in the substation.",
        "Emulating the prefrontal cortex as the seat of control, the model of the motor cortex M1 predicts spikes.",
        "In cloud manufacturing, orders are scheduled across factories to cut delivery time.",
        "We study the frontier systems of large language models and their ranking by human raters.",
        "Xiaomi EV sales grew in the quarter, as the survey of car buyers shows.",
    ],
)
def test_hwaudit_off_domain_traps_link_no_hardware(real_linker, text):
    got = real_links(real_linker, text)
    assert not {c for c in got if c.startswith("hardware/")}, sorted(got)


@pytest.mark.parametrize(
    "text, linked",
    [
        # techaudit: a spaced label of several words is matched with a hyphen at any joint ("KV-cache reduction")
        ("We cut memory of the LLM by KV-cache reduction during decoding.", "technique/kv-cache-compression"),
        ("Signed-distance field (SDF) networks reconstruct the surface with a deep neural network.", "technique/sdf"),
        # each coordinated modifier written with a digit names the method it forms with the head
        ("We compare 8-bit and 4-bit quantization of the LLM weights.", "technique/int8-quantization"),
        ("We compare 8-bit and 4-bit quantization of the LLM weights.", "technique/int4-quantization"),
        ("We evaluate 2-bit, 3-bit and 4-bit quantization of LLMs.", "technique/int3-quantization"),
        # annotators name "low-bit quantization" Quantization (6 of 6 released mentions, 3 sets)
        ("We apply low-bit quantization to the LLM weights on GPUs.", "technique/quantization"),
        ("Layers are low-bit quantized before offloading the LLM to the CPU.", "technique/quantization"),
        # "mechanistic interpretability" names a field; its methods still link
        ("Activation patching localises the circuit in the LLM.", "technique/mechanistic-interpretability"),
    ],
)
def test_techaudit_forms_link(real_linker, text, linked):
    assert linked in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # no letter in the coordinated word: "2 and 4-bit" names no 2 quantization
        ("We study between 2 and 4-bit quantization of the LLM weights.", "technique/int2-quantization"),
        ("We apply low-bit quantization to the LLM weights on GPUs.", "technique/low-bit-quantization"),
        ("We study the LLM with mechanistic interpretability of its layers.", "technique/mechanistic-interpretability"),
        # the head of a method written after its bracketed short form is part of its name: one mention
        ("Inspired by Structured Chain-of-Thought (SCoT) prompting, the guide organizes LLM translation.", "technique/prompting"),
        ("Low-Rank Adaptation (LoRA) fine-tuning of the LLM runs on one consumer GPU.", "technique/fine-tuning"),
        # off-domain traps: the coordinated modifiers link nothing outside the field
        ("Energy and charge quantization of the electron follow from the boundary conditions.", "technique/quantization"),
        ("Synaptic and dendritic pruning shape the developing cortex of the mouse.", "technique/pruning"),
        ("High- and low-voltage transformer windings of the substation were tested.", "model/transformer"),
        # a metric, no method: "cache hit rate" is no label (nor its hyphenated form)
        ("Cache hit rates of the LLM serving system rise with prefix caching on the GPU.", "technique/caching-system"),
    ],
)
def test_techaudit_forms_do_not_link(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


# issue #3 (modelvocab): model names and families that many 2025 abstracts use, mined from the corpus
@pytest.mark.parametrize(
    "text, linked",
    [
        ("Models like Sora, CogVideoX and Wan generate videos with diffusion transformers.", "model/wan"),
        ("We compare GPT-4o, Qwen3 and the GLM series of open-source LLMs.", "model/glm"),
        ("Text-to-video diffusion models such as Kling and Veo 3 reach high quality.", "model/kling"),
        ("Large reasoning models (LRMs) such as DeepSeek-R1 overthink simple questions.", "model/large-reasoning-model"),
        ("Diffusion language models (DLMs) decode tokens in parallel instead of autoregressively.", "model/diffusion-lm"),
        ("We fine-tune FinBERT for financial sentiment analysis with deep learning.", "model/finbert"),
        ("We fine-tune Donut for OCR-free document parsing of invoices with deep learning.", "model/donut"),
        ("Video-LLMs struggle with long videos in our deep learning experiments.", "model/video-llm"),
        ("We adapt vision foundation models (VFMs) such as DINOv2 to segmentation.", "model/vision-foundation-model"),
    ],
)
def test_corpus_model_names_link(real_linker, text, linked):
    assert linked in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("We train neural networks on GPUs and compare them with a GLM fitted to the residuals.", "model/glm"),
        ("Our deep learning runoff model on GPUs reaches a Kling-Gupta efficiency of 0.8.", "model/kling"),
        (
            "The Large Reconstruction Model (LRM) predicts a triplane NeRF from one image with a transformer.",
            "model/large-reasoning-model",
        ),
        ("We train a deep learning model on GPUs to design a donut-shaped antenna.", "model/donut"),
        ("Wan et al. train neural networks on GPUs for image classification.", "model/wan"),
    ],
)
def test_corpus_model_names_keep_their_other_senses(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@given(
    st.lists(
        st.sampled_from(
            ["http", "s", "://", "www", ".", "com", "/", "io", "a-b", "_", "x", " ", "é", "٣", "-", "ai"]
            + ["@", "co", "+", "js", "edu"]
        )
    )
)
def test_url_spans_are_what_finditer_finds(parts):
    # issue 4: the web-address pattern is tried only where a match can start, with the same matches
    from kg.linker import _URL, _url_spans

    text = "".join(parts)
    assert _url_spans(text) == [m.span() for m in _URL.finditer(text)]


_TERM_PIECES = ["GPU", "GPUs", "GPUS", "gpu", "ARC", "Arc", "arc", "reward", "Rewards", "REWARD", "policy", "agent", "bit"]
_TERM_PIECES += ["Kepler", "telescope", "Alan", "Turing", "Indian", "Pines", "Food-101", "8x", "x", " ", "  ", "-", ".", "\n"]
_TERM_PIECES += ["é", "A", "b", "2"]


@given(st.lists(st.sampled_from(_TERM_PIECES)), st.sets(st.sampled_from(["GPU", "ARC", "reward", "policy", "agent", "bit"])))
def test_scan_terms_finds_what_the_scan_finds(real_linker, parts, asked):
    # issue 4: the rescans for a few context terms search those terms' keys alone, with the scan's judgement
    from kg.linker import _blank

    text = "".join(parts)
    terms = {"Indian Pines", "Food-101", "policies", "GPUs", *asked}
    assert real_linker.gazetteer.scan_terms(text, terms) == real_linker.gazetteer.scan(text)[2] & terms
    assert real_linker._scan_terms(text, terms) == real_linker._scan(text)[2] & terms
    blanked = _blank(text, [(len(text) // 3, len(text) // 2)])  # as the rescans ask: a candidate's span blanked
    assert real_linker._scan_terms(blanked, terms) == real_linker._scan(blanked)[2] & terms


def _field_links(real_linker, fields):
    return {lk.concept.split("papers-kg/", 1)[1] for lk in real_linker.link_texts(fields)}


@pytest.mark.parametrize(
    "fields, absent, linked",
    [
        # a technique label modifying another head inside a name the text coins with its short form is a word of that name
        (
            [
                (
                    "abstract",
                    "We design the Hybrid Uncertainty Quantification Network (HUQNet), which fuses uncertainty from "
                    "multiple sources of the deep neural network.",
                )
            ],
            "technique/uncertainty-quantification",
            None,
        ),
        (
            [
                (
                    "abstract",
                    "Here, we explore the Temporal Difference Encoder (TDE) for keyword spotting with spiking neural networks.",
                )
            ],
            "technique/temporal-difference",
            "technique/snn",
        ),
        # a router, gate or selector is such a module (tprec24: "Sparse Cross-Attention Router (SCAR)"); a planner or
        # a controller is a whole system, whose method word is its method
        (
            [
                (
                    "abstract",
                    "GEM employs a Sparse Cross-Attention Router (SCAR) to allocate computation of the LLM across NPUs.",
                )
            ],
            "technique/cross-attention",
            None,
        ),
        (
            [
                (
                    "abstract",
                    "We develop the Context-Adaptive Inference Gate (CAI-Gate) that lets the VLM adjust its inference "
                    "frequency to scene complexity on the GPU.",
                )
            ],
            "technique/dynamic-inference",
            None,
        ),
        (
            [
                (
                    "abstract",
                    "We propose a Tree-guided Diffusion Planner (TDP), a zero-shot test-time planning framework for "
                    "offline reinforcement learning that samples trajectories by denoising on GPUs.",
                )
            ],
            None,
            "technique/diffusion-models",
        ),
        # ... also where the name is written again (the title)
        (
            [
                ("title", "Temporal Difference Encoder for Keyword Spotting with Spiking Neural Networks"),
                ("abstract", "Here, we explore the Temporal Difference Encoder (TDE) for keyword spotting."),
            ],
            "technique/temporal-difference",
            "technique/snn",
        ),
        # the name's head links: before a preposition, before another method or model, at the name's end
        (
            [("abstract", "LLMs improved mathematical reasoning through Reinforcement Learning from Verifiable Rewards (RLVR).")],
            None,
            "technique/reinforcement-learning",
        ),
        (
            [("abstract", "The method combines Denoising Diffusion Implicit Models (DDIMs) and a neural network for CT images.")],
            None,
            "technique/diffusion-models",
        ),
        (
            [
                ("title", "Adaptive Computation Pruning for Efficient Transformers"),
                (
                    "abstract",
                    "We propose Adaptive Computation Pruning (ACP), a method that dynamically prunes computations of the LLM.",
                ),
            ],
            None,
            "technique/pruning",
        ),
        # a long form in lower case, a long form holding another definition, and a
        # long form that is a label itself still link
        (
            [
                (
                    "abstract",
                    "We propose Timestep-forcing Pipeline Parallelism (TPP), which pipelines denoising steps of the "
                    "diffusion model across GPUs.",
                )
            ],
            None,
            "technique/pipeline-parallelism",
        ),
        (
            [
                (
                    "abstract",
                    "We find neural adaptors with zero-shot neural architecture search (ZS-NAS) for the deep neural network.",
                )
            ],
            None,
            "technique/nas",
        ),
        (
            [
                (
                    "abstract",
                    "Our Deep Reinforcement Learning (DRL)-based SoC Scheduler (DeepSoCS) learns task ordering for the "
                    "neural network.",
                )
            ],
            None,
            "technique/deep-rl",
        ),
        ([("abstract", "We fine-tune the LLM with Low-Rank Adaptation (LoRA) on one GPU.")], None, "technique/lora"),
        # a short form that stands for the method alone names a standard module of it, no name the text coins
        (
            [("abstract", "We add a Multi-Head Attention Layer (MHA) to each stage of the convolutional neural network.")],
            None,
            "technique/multi-head-attention",
        ),
        (
            [("abstract", "We add a Squeeze-and-Excitation Block (SE) to each stage of the convolutional neural network.")],
            None,
            "technique/squeeze-and-excitation",
        ),
    ],
)
def test_a_label_inside_a_coined_name_is_a_word_of_that_name(real_linker, fields, absent, linked):
    found = _field_links(real_linker, fields)
    assert absent not in found
    assert linked is None or linked in found


@pytest.mark.parametrize(
    "label, expected",
    [
        ("co-design", "co-designed"),  # the participle of a co-design label ("co-designed for inference")
        ("algorithm-system co-design", "algorithm-system co-designed"),
        ("hardware design", None),
    ],
)
def test_participle_of_a_co_design_label(label, expected):
    assert participle(label) == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Functional maps", ("Functional map",)),
        ("Bayesian networks", ("Bayesian network",)),
        ("Exit branches", ("Exit branch", "Exit branche")),  # both readings; the one that is no word never occurs
        ("Graph kernel strategies", ("Graph kernel strategy",)),
        ("Adapters", ()),  # one word: a plural word alone is often another sense
        ("Knowledge distillation", ()),  # no plural
        ("Principal component analysis", ()),  # "-is" is no plural
        ("Model dynamics", ()),
        ("Spiking neural networks (SNNs)", ()),  # ends in no lower-case word
    ],
)
def test_singulars_of_a_plural_method_name(label, expected):
    assert singulars(label) == expected


@pytest.mark.parametrize(
    "text, concepts",
    [
        # "matrix decomposition" is a label of low-rank factorization; the singular of "Matrix decompositions" (another
        # concept's preferred label) made it ambiguous between the two (review10)
        ("matrix decomposition", {"technique/low-rank-factorization"}),
        ("matrix decompositions", {"technique/low-rank-factorization", "technique/matrix-decompositions"}),  # both list it
        ("Bayesian network", {"technique/bayesian-networks"}),  # a singular no other concept lists still names its own
    ],
)
def test_a_derived_form_leaves_another_concepts_label_alone(real_linker, text, concepts):
    cands = [c for c in real_linker.gazetteer.scan(text)[0] if (c.start, c.end) == (0, len(text))]
    assert {c.split("papers-kg/", 1)[1] for cand in cands for c in cand.concepts} == concepts


@pytest.mark.parametrize(
    "label, form",
    [
        ("actor-critic", "actor--critic"),  # LaTeX's en dash, as arXiv abstracts write it
        ("Reed-Solomon codes", "Reed--Solomon codes"),
        ("Kullback-Leibler divergence", "Kullback--Leibler divergence"),
    ],
)
def test_latex_en_dash_is_a_variant_of_a_hyphen(label, form):
    assert form in variants(label)


@pytest.mark.parametrize(
    "text, expected",
    [
        # LaTeX's en dash "--" in a hyphenated method name
        (
            "We train the policy of the LLM agent with a continuous-time actor--critic algorithm on GPUs.",
            "technique/actor-critic",
        ),
        # the participle of a co-design label
        (
            "We present an algorithm-system co-designed framework for DNN inference on GPUs.",
            "technique/hw-sw-co-design",
        ),
        (
            "A dataflow accelerator architecture that has been co-designed for LLM inference on GPUs.",
            "technique/hw-sw-co-design",
        ),
        ("We propose ORBIS, an SW-HW co-designed accelerator for video DiT on FPGAs.", "technique/hw-sw-co-design"),
        # the singular of a method's plural preferred name
        ("We encode the features of the DNN with a Bayesian network on the GPU.", "technique/bayesian-networks"),
        # an adjective or other word form of a method's name
        ("Labels come from a weakly supervised pipeline that trains the DNN on GPUs.", "technique/weak-supervision"),
        ("We accelerate each operation of the ViT via fp16 inference on the GPU.", "technique/reduced-precision"),
        (
            "An integer linear program (ILP) prunes redundant tiles before the DNN runs on the GPU.",
            "technique/integer-programming",
        ),
        ("By reformulating LLM pruning as a Mixed-Integer Nonlinear Program, we speed it up on GPUs.", "technique/minlp"),
        (
            "Inspired by Structured Chain-of-Thought prompting, the LLM guide organizes tasks on the GPU.",
            "technique/structured-chain-of-thought",
        ),
        (
            "For the LLM on the FPGA accelerator, selective error correction code gives a 12.8x improvement in DNN reliability.",
            "technique/error-correcting-codes",
        ),
    ],
)
def test_recall_of_method_word_forms(real_linker, text, expected):
    assert expected in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a plural alternative label's singular modifies another noun: no singular is read for it
        ("The large-kernel stem of the CNN runs on the GPU with shared weight matrices.", "technique/large-kernel-convolution"),
        ("The large-kernel stem of the CNN runs on the GPU with shared weight matrices.", "technique/weight-sharing"),
        # an em dash written "--" between two words that form no label names nothing
        ("Our DNN accuracy--efficiency trade-off on GPUs beats pruning baselines.", "technique/actor-critic"),
    ],
)
def test_word_forms_that_name_no_method(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


# issue 4: fast paths of the linker's searches, each held to the search it stands for
_TRICKY = ["We", " ", "  ", "-", "_", "\n", "\t", "\x1c", "a", "Z", "9", "é", "٣", "K", "ſ", "İ", "(", ".", ";", "?", "pruning"]


def _eval_texts(name: str, count: int) -> list[str]:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / "eval" / f"{name}-abstracts.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [f"{row['title']} \n{row['abstract']}" for row in rows[:count]]


def _modifier_searched(text, lo, end):
    from kg.linker import _MODIFIER

    m = _MODIFIER.search(text, lo, end)
    return None if m is None else (m.span(), m.span(1), m.group(1))


def _modifier_found(text, lo, end):
    from kg.linker import _modifier_before

    m = _modifier_before(text, lo, end)
    return None if m is None else (m.span(), m.span(1), m.group(1))


@given(st.lists(st.sampled_from(_TRICKY), max_size=30), st.integers(0, 60), st.integers(0, 60))
def test_modifier_before_is_the_search(parts, a, b):
    text = "".join(parts)
    end = min(max(a, b), len(text))
    lo = min(a, b, end)
    assert _modifier_found(text, lo, end) == _modifier_searched(text, lo, end)


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_modifier_before_is_the_search_in_eval_texts(name):
    found = 0
    for text in _eval_texts(name, 40):
        for end in range(1, len(text) + 1):
            lo = max(0, end - 40)
            expected = _modifier_searched(text, lo, end)
            assert _modifier_found(text, lo, end) == expected
            found += expected is not None
    assert found > 500  # the texts exercise the search


@given(st.text(alphabet=st.sampled_from(["a", "Z", "0", " ", "-", "é", "٣", "K", "_", "."]), max_size=12))
def test_one_word_holds_at_most_one_initial_word(span):
    from kg.linker import _INITIAL_WORDS, _one_word

    if _one_word("x" + span + "y", 1, 1 + len(span)):
        assert len(_INITIAL_WORDS.findall(span)) <= 1


def _device_other_use_reference(text, start, end):
    from kg.linker import _CAPTURED, _CAPTURED_BY, _MADE_BY, _SENSED_BY

    before = max(0, start - 80)
    return bool(
        _CAPTURED.match(text, end, end + 24)
        or _CAPTURED_BY.search(text, before, start)
        or _MADE_BY.search(text, before, start)
        or _SENSED_BY.search(text, before, start)
    )


_DEVICE_WORDS = [
    " ",
    "  ",
    "\n",
    "\x1c",
    "images captured with ",
    "recorded by ",
    "Developed BY the ",
    "developed by\n",
    "the sensors of ",
    "LiDAR-equipped ",
    "IMUs in modern ",
    "made by ",
    "the ",
    "Jetson",
    " Nano",
    "ſensor of ",
    "K",
    "é",
    "gathered from two ",
]


@given(st.lists(st.sampled_from(_DEVICE_WORDS), max_size=12), st.integers(0, 200), st.integers(0, 30))
def test_device_other_use_is_the_searches(parts, at, size):
    from kg.linker import _device_other_use

    text = "".join(parts)
    start = min(at, len(text))
    end = min(start + size, len(text))
    assert _device_other_use(text, start, end) == _device_other_use_reference(text, start, end)


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_device_other_use_is_the_searches_in_eval_texts(name):
    from kg.linker import _device_other_use

    found = 0
    for text in _eval_texts(name, 40):
        for start in range(0, len(text), 3):
            end = text.find(" ", start)
            end = len(text) if end < 0 else end
            expected = _device_other_use_reference(text, start, end)
            assert _device_other_use(text, start, end) == expected
            found += expected
    assert found > 20


def _long_form_start_reference(short, text, floor):
    s = [c.lower() for c in short if c.isalnum()]
    si, li = len(s) - 1, len(text) - 1
    while si >= 0:
        c = s[si]
        while li >= floor and (text[li].lower() != c or (si == 0 and li > floor and text[li - 1].isalnum())):
            li -= 1
        if li < floor:
            return None
        si -= 1
        li -= 1
    start = li + 1
    while start > floor and text[start - 1].isalnum():
        start -= 1
    return start


@given(
    st.text(alphabet=st.sampled_from(["K", "k", "S", "s", "ſ", "İ", "i", "N", "n", " ", "-", "é"]), max_size=30),
    st.sampled_from(["KS", "SNN", "KNN", "IS", "K2S", "NS"]),
    st.integers(0, 30),
)
def test_long_form_start_is_the_reference(text, short, floor):
    from kg.linker import _long_form_start

    floor = min(floor, len(text))
    assert _long_form_start(short, text, floor) == _long_form_start_reference(short, text, floor)


@pytest.mark.parametrize("name", ["dev", "heldout", "test2"])
def test_abbreviations_of_eval_texts_are_the_reference(name):
    from kg.linker import _SHORT, _long_form_start

    checked = 0
    for text in _eval_texts(name, 200):
        for m in _SHORT.finditer(text):
            before = text[: m.start()].rstrip()
            for floor in (0, max(0, len(before) - 60)):
                assert _long_form_start(m.group(1), before, floor) == _long_form_start_reference(m.group(1), before, floor)
                checked += 1
    assert checked > 50


def _technique_links(real_linker, text):
    return {c.split("/", 1)[1] for c in real_links(real_linker, text) if c.startswith("technique/")}


@pytest.mark.parametrize(
    ("text", "techniques"),
    [
        # issue 3 (tasksplit): a task, problem, field or system setting named as if it were a method links nothing;
        # the methods written beside it still link
        ("We use knowledge distillation to train a graph neural network for link prediction.", {"knowledge-distillation"}),
        ("We apply LoRA fine-tuning to a graph neural network and evaluate edge prediction.", {"lora"}),
        ("We train a deep neural network with quantization for massive MIMO detection.", {"quantization"}),
        ("A pruned deep neural network estimates multiple-input multiple-output channels on GPUs.", {"pruning"}),
        ("We propose a diffusion model for camera calibration and hand-eye calibration.", {"diffusion-models"}),
        ("LLM agents with chain-of-thought prompting perform automated program repair.", {"chain-of-thought"}),
        ("We adapt LLMs with LoRA for automated code review and requirements engineering.", {"lora"}),
        ("Reinforcement learning is widely used in ML for EDA and AI for chip design.", {"reinforcement-learning"}),
        (
            "We compute optimal control inputs with a deep neural network trained by knowledge distillation.",
            {"knowledge-distillation"},
        ),
        ("A deep neural network with self-attention improves stereo matching and multi-view stereo.", {"self-attention"}),
        (
            "Knowledge distillation shrinks a deep neural network for optical flow estimation and dense optical flow.",
            {"knowledge-distillation"},
        ),
        ("A deep neural network with contrastive learning improves point cloud registration.", {"contrastive-learning"}),
        ("We quantize a deep neural network for visual place recognition on a Jetson GPU.", {"quantization"}),
        ("Knowledge distillation accelerates video analytics and model serving on GPUs.", {"knowledge-distillation"}),
        ("We apply graph neural networks with self-supervised learning to community detection.", {"self-supervised-learning"}),
        ("Jailbreaks are a safety threat: we study jailbreak success against RLHF-aligned LLMs.", {"rlhf"}),
        ("A neural renderer learns global illumination with 3D Gaussian Splatting.", {"gaussian-splatting-method"}),
    ],
)
def test_task_names_are_no_techniques(real_linker, text, techniques):
    assert _technique_links(real_linker, text) == techniques


@pytest.mark.parametrize(
    ("text", "technique"),
    [
        # the neighbouring methods of those tasks still link
        ("We stabilise the deep neural network controller with an LQR baseline.", "optimal-control"),
        ("Semi-global matching runs on the FPGA next to a deep neural network.", "stereo-matching"),
        ("We accelerate PatchMatch stereo for deep learning depth estimation on GPUs.", "mvs"),
        ("A deep neural network replaces Lucas-Kanade tracking on the GPU.", "lucas-kanade"),
        ("We cluster deep neural network embeddings with the Louvain algorithm.", "louvain"),
        ("We combine iterative closest point with a deep neural network for point cloud alignment.", "icp"),
        ("We defend LLMs against jailbreak attacks with RLHF.", "jailbreak-attacks"),
        ("We evaluate the LLM under jailbreaking attacks and prompt injection.", "jailbreak-attacks"),
        ("We evaluate the LLM under jailbreaking attacks and prompt injection.", "prompt-injection"),
        ("Adversarial attacks such as PGD fool the deep neural network.", "adversarial-attacks"),
        ("A deep neural network runs next to SLAM on the Jetson GPU.", "slam"),
        ("Visual odometry with a deep neural network runs on the Jetson GPU.", "visual-odometry"),
        # (Canny's own names link the Canny detector beneath it, trec27)
        ("Sobel edge detection runs before the deep neural network on the FPGA.", "edge-detection"),
        ("We use model predictive control with a deep neural network dynamics model.", "mpc"),
    ],
)
def test_methods_beside_task_names_still_link(real_linker, text, technique):
    assert technique in _technique_links(real_linker, text)


@given(st.text(st.sampled_from([*"aZ Q.1-é\u00c9\u03a3\u01c5\u4e00\u2160\n", "x", "X"])))
def test_shouting_counts_letters_as_written(text):
    # issue 4: an ASCII text's capitals are counted by bytes.translate; any text, as a test of each character
    from kg.linker import _shouting

    letters = [c for c in text if c.isalpha()]
    assert _shouting(text) == (sum(c.isupper() for c in letters) * 2 > len(letters))


_OLD_AUTOMATA = {}


def _scan_as_written(gazetteer, text):
    """``Gazetteer.scan`` as it was before issue 4's cuts of its per-match work (the boxed key indexes, the
    candidates made in the span table, one automaton pass for both tables): the reference its results must
    equal. Each table has its own automaton over the text's own characters (case-folded, and as written), and
    a match inside a word is told by ``_joins_word``."""
    from kg.discovery import aho_corasick, find_all
    from kg.linker import _CUE, _TERM, _inner_capital, _joins_word, _named_as_model, _shouting, fold, unify

    if id(gazetteer) not in _OLD_AUTOMATA:
        _OLD_AUTOMATA[id(gazetteer)] = (gazetteer, aho_corasick(gazetteer.folded.keys), aho_corasick(gazetteer.exact.keys))
    _, folded_automaton, exact_automaton = _OLD_AUTOMATA[id(gazetteer)]
    found = {}
    cues, terms = set(), set()

    def add(start, end, concepts, context, exact):
        seen = found.get((start, end))
        merged = (concepts, context, exact) if seen is None else (seen[0] | concepts, seen[1] | context, seen[2] or exact)
        found[(start, end)] = merged

    for keys, automaton, haystack in (
        (gazetteer.folded, folded_automaton, fold(text)),
        (gazetteer.exact, exact_automaton, unify(text)),
    ):
        n = len(haystack)
        settled = set()
        for index, start, end in find_all(automaton, haystack) if automaton is not None else []:
            if index in settled:
                continue
            head, tail, key_cues, key_terms, labels, entries = keys.payloads[index]
            if _joins_word(haystack, n, start, end, head, tail):
                continue
            if entries is None:
                terms.update(key_terms)
                cues.update(key_cues)
                if labels is not None:
                    add(start, end, labels[0], labels[1], text[start:end] in labels[2])
                else:
                    settled.add(index)
                continue
            span = text[start:end]
            for e in entries:
                if e.capital and not span[0].isupper():
                    continue
                if e.written and (
                    (
                        not span[0].isupper()
                        and not _named_as_model(text, start, end)
                        and not gazetteer._coordinated_with_model(text, start, end)  # leftovers14
                    )
                    or (
                        span[0].isupper()
                        and span != e.surface
                        and not span.isupper()
                        and (_inner_capital(e.surface) or (not e.camel and _inner_capital(span)))
                    )
                ):
                    continue  # fixes12: a name that is a word, only with its capital
                if (
                    not e.written
                    and not e.loud
                    and e.case_sensitive
                    and span != e.surface
                    and span.isupper()
                    and not _shouting(text)
                ):
                    continue
                if e.kind == _CUE:
                    cues.add(e.concept)
                elif e.kind == _TERM:
                    terms.add(e.concept)
                else:
                    concept = frozenset((e.concept,))
                    add(start, end, concept, concept if e.context else frozenset(), e.exact and span == e.surface)
    return [(s, e, c, x, ctx) for (s, e), (c, ctx, x) in found.items()], cues, terms


def _scanned(gazetteer, text):
    cands, cues, terms = gazetteer.scan(text)
    return [(c.start, c.end, c.concepts, c.exact, c.context_label) for c in cands], cues, terms


_CASE_PIECES = ["FPGAS", "FPGAs", "SOC", "LoRA", "LORA", "Places", "places", "ViT", "VIT", "LLMS", "CLIPS", "GPS"]
_CASE_PIECES += ["Glow", "glow", "GLOW", "PerFormer", "LLaMa", "llama", "-4", ":7b", "5.2-"]  # fixes12's name rule


@given(st.lists(st.sampled_from([*_TERM_PIECES, *_CASE_PIECES])))
def test_scan_finds_what_it_found_as_written(real_linker, parts):
    # issue 4: the scan's per-match work was cut; its candidates (in order), cues and terms are unchanged
    text = "".join(parts)
    assert _scanned(real_linker.gazetteer, text) == _scan_as_written(real_linker.gazetteer, text)


# names and words with a count before them, Greek capitals (a final sigma), NUL, other non-ASCII letters and signs
_SCAN_PIECES = [*_TERM_PIECES, "FPGAS", "FPGAs", "SOC", "LoRA", "LORA", "Places", "places", "ViT", "VIT", "48x", "8X", "×"]
_SCAN_PIECES += ["GH200", "gh200", "H100", "A100s", "\u03b2-VAE", "\u0392-VAE", "\u03a3", "\u03c3", "\0", "\u00e9", "\u2013", "_"]
_SCAN_PIECES += [
    "C++",
    "c++",
    "(IA)^3",
    "\u221eBench",
    "TD(\u03bb)",
    "3D",
    "3d",
    "1-bit",
    "1 bit",
    "1--bit",
    "KV cache",
    "neural",
]


@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=12))
def test_one_pass_scan_finds_what_two_passes_found(real_linker, parts):
    # issue 4: one automaton over the text's letters and digits (NUL elsewhere) finds both tables' keys on word
    # boundaries only; the same candidates in the same order, cues and terms as a pass per table over the text
    text = "".join(parts)
    for written in (text, text.upper(), text.lower()):
        assert _scanned(real_linker.gazetteer, written) == _scan_as_written(real_linker.gazetteer, written)


@pytest.mark.parametrize(
    "text",
    [
        "GPU",  # a key that is the whole text
        "GPUs on FPGAs",  # keys at the text's start and end
        "48xGH200 and 8×H100 nodes, not 48XGH200",  # a count joined to a product code, in both cases
        "ΣΑΣ on the β-VAE and Β-VAE",  # Greek capitals: a final sigma in the folded text, case-sensitive Greek keys
        "LoRA\0adapters on a GPU\0",  # NUL between words
        "ALL CAPITALS: LORA ON FPGAS WITH VIT AND SOC",  # a text in capitals
        "İstanbul LoRA GPUs",  # a capital whose lower case is two characters: fold reads the text character by character
        "c++ and C++ kernels; 1-bit, 1 bit and 1--bit quantization; KV-cache reuse",  # keys with other characters
        "the_GPU gpu_ GPU_x",  # an underscore is no letter or digit
        "",
    ],
)
def test_one_pass_scan_on_edge_cases(real_linker, text):
    assert _scanned(real_linker.gazetteer, text) == _scan_as_written(real_linker.gazetteer, text)


def _sense_texts(linker):
    """Texts with phrases of other senses: the released sets' abstracts, and the phrases themselves in sentences."""
    import json

    from tests.conftest import ROOT

    released = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")
    for name in released:
        for line in (ROOT / f"tests/data/eval/{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield record.get("title") or ""
            yield record.get("abstract") or ""
    phrases = sorted(linker.vocab.other_senses)
    assert len(phrases) > 20
    for i, phrase in enumerate(phrases):
        yield phrase
        yield f"A {phrase.upper()} and Neural {phrase}s, {phrases[i - 1]}-based {phrase} on GPUs ({phrase})."
        yield f"un{phrase} {phrase}x 48x{phrase}"


def test_scan_finds_the_phrases_of_other_senses_their_automaton_finds(real_linker):
    # issue 4: the phrases of other senses are found in the gazetteer's one pass over the text, not by their own
    # automaton first; the spans, and the scan of the text with them blanked, are those found that way
    from kg.linker import fold

    for text in _sense_texts(real_linker):
        folded = fold(text)
        spans = real_linker._other_sense_spans(text, folded)
        found, scan = real_linker._senses_and_scan(text, folded)
        assert found == spans
        assert _scanned_result(scan) == _scanned_result(real_linker._scan(text, spans, folded))


def _scanned_result(scan):
    cands, cues, terms = scan
    return [(c.start, c.end, c.concepts, c.exact, c.context_label) for c in cands], cues, terms


def test_word_mask_is_isalnum():
    # issue 4: the one-pass scan's NULs stand where a character is no letter or digit (str.isalnum), in any text
    import sys

    from kg.linker import _WORD_BYTES, _word_mask

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert _word_mask(every) == "".join(c if c.isalnum() else "\0" for c in every)
    ascii_text = "".join(map(chr, range(128)))
    assert ascii_text.encode().translate(_WORD_BYTES).decode() == _word_mask(ascii_text)
    # a character and its lower case (one character) are both letters or digits or both not: a case-sensitive key
    # found in the folded text has its word boundaries where the text as written has them
    assert all(c.isalnum() == c.lower().isalnum() for c in every if len(c.lower()) == 1)


def test_scan_of_abstracts_finds_what_it_found_as_written(real_linker):
    import json

    from tests.conftest import ROOT

    # the released sets' abstracts (real corpus abstracts; never the blind sets), and each in capitals and in lower case
    released = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")
    lines = [
        line
        for name in released
        for line in (ROOT / f"tests/data/eval/{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) > 500
    for record in map(json.loads, lines):
        abstract = record.get("abstract") or ""
        for text in (record.get("title") or "", abstract, abstract.upper(), abstract.lower()):
            assert _scanned(real_linker.gazetteer, text) == _scan_as_written(real_linker.gazetteer, text)


@pytest.mark.parametrize(
    "text, method, family",
    [
        (
            "Medusa adds extra decoding heads that draft several tokens, which the LLM verifies in one step.",
            "technique/medusa",
            "technique/speculative-decoding",
        ),
        (
            "We oversample the minority class with SMOTE before training a random forest on the features.",
            "technique/smote",
            "technique/class-rebalancing",
        ),
        (
            "Clusters of GPS traces are found with DBSCAN and compared with k-means on the neural embeddings.",
            "technique/dbscan",
            "technique/density-based-clustering",
        ),
        (
            "The graph is embedded with DeepWalk and the node vectors feed a neural network classifier.",
            "technique/deepwalk",
            "technique/graph-embedding",
        ),
        (
            "Entities and relations of the knowledge graph are embedded with TransE for link prediction.",
            "technique/transe",
            "technique/kg-embedding",
        ),
        (
            "Learning without Forgetting (LwF) distills the old model while the network learns new tasks.",
            "technique/learning-without-forgetting",
            "technique/continual-learning",
        ),
        (
            "Agents are trained with MADDPG, whose critics see the actions of all agents in the environment.",
            "technique/maddpg",
            "technique/ddpg",
        ),
    ],
)
def test_a_named_method_links_itself_not_its_family(real_linker, text, method, family):
    # issue 3 (split11): a published method's name is its own concept, beneath its family, so a query for papers
    # using Medusa can be written; the family is reached through skos:broader, not by a second link
    found = real_links(real_linker, text + FIELD)
    assert method in found and family not in found
    assert "https://w3id.org/papers-kg/" + family in real_linker.vocab.ancestors("https://w3id.org/papers-kg/" + method)


@pytest.mark.parametrize(
    "text, model, folded_into, family",
    [
        ("ENet segments Cityscapes street scenes in real time on embedded boards.", "model/enet", "model/deeplab", "model/cnn"),
        (
            "Gopher, a 280B-parameter language model, is compared on reading tasks.",
            "model/gopher",
            "model/chinchilla",
            "model/llm",
        ),
        (
            "Kandinsky generates images from text prompts with a latent diffusion prior.",
            "model/kandinsky",
            "model/ddpm",
            "model/latent-diffusion",
        ),
        (
            "CodeGPT completes Python code after pretraining on GitHub source files.",
            "model/codegpt",
            "model/codebert",
            "model/gpt-2",
        ),
        (
            "ContextNet transcribes LibriSpeech audio with a convolutional encoder and an RNN-T decoder.",
            "model/contextnet",
            "model/conformer",
            "model/cnn",
        ),
        (
            "WaveGlow turns mel spectrograms into speech waveforms as a flow-based vocoder.",
            "model/waveglow",
            "model/tacotron",
            "model/normalizing-flow",
        ),
        (
            "CornerNet detects objects on COCO as pairs of keypoints without anchors.",
            "model/cornernet",
            "model/faster-rcnn",
            "model/cnn",
        ),
        (
            "TGAT learns node embeddings of a temporal graph with time encodings and attention.",
            "model/tgat",
            "model/tgn",
            "model/gnn",
        ),
        (
            "Rainbow agents reach human scores on Atari games with distributional reinforcement learning.",
            "model/rainbow-dqn",
            "model/dqn",
            "model/dqn",
        ),
        (
            "RepVGG reparameterizes a multi-branch CNN into a plain stack of 3x3 convolutions for ImageNet.",
            "model/repvgg",
            "model/res2net",
            "model/cnn",
        ),
    ],
)
def test_a_named_model_links_itself_not_the_model_it_was_folded_into(real_linker, text, model, folded_into, family):
    # issue 3 (split12): a model with its own name, paper and weights is its own concept under its family, not an
    # altLabel of another model ("ENet" is no DeepLab); the family is reached through skos:broader
    found = real_links(real_linker, text + FIELD)
    assert model in found and folded_into not in found
    assert "https://w3id.org/papers-kg/" + family in real_linker.vocab.ancestors("https://w3id.org/papers-kg/" + model)


def test_own_optimizers_are_no_adam(real_linker):
    # AdamW, Adafactor and Lion are published optimizers of their own beside Adam (split12), not labels of it
    found = real_links(real_linker, "We compare AdamW, Adafactor and the Lion optimizer for pretraining." + FIELD)
    assert {"technique/adamw", "technique/adafactor", "technique/lion-optimizer"} <= found
    assert "technique/adam" not in found
    assert "https://w3id.org/papers-kg/technique/adam" not in real_linker.vocab.ancestors(
        "https://w3id.org/papers-kg/technique/adamw"
    )


def test_a_split_model_keeps_the_context_its_short_name_needs(real_linker):
    # "Gopher" the animal and "Arctic" the region need their model's words in the sentence, as before the split
    assert real_links(real_linker, "The gopher digs burrows across the Arctic tundra in summer.") == set()
    # the region in a remote-sensing abstract that names language models in passing is no Snowflake Arctic
    arctic = "Arctic poses challenges for vision transformers, as for large language models, on benchmark data."
    assert "model/snowflake-arctic" not in real_links(real_linker, arctic + FIELD)
    assert "model/snowflake-arctic" in real_links(real_linker, "Arctic is an open-source LLM with a mixture of experts." + FIELD)


def test_a_split_method_keeps_the_context_its_short_name_needs(real_linker):
    # "Medusa" the Gorgon, "Hogwild" the word: the method's context label and terms came with it
    assert real_links(real_linker, "Medusa's gaze turned sailors to stone in the myth." + FIELD) == set()
    # names whose spelling is an everyday word or a LaTeX macro need their method's words in the sentence
    assert "technique/rotate" not in real_links(real_linker, "The agent learns to rotate the antenna to a target." + FIELD)
    assert "technique/dagger" not in real_links(real_linker, "We report the metric PQ$^\\dagger$ on the test split." + FIELD)
    assert "technique/rotate" in real_links(real_linker, "RotatE embeds the entities of a knowledge graph." + FIELD)
    assert "technique/dagger" in real_links(real_linker, "DAgger asks the expert to label states the policy visits." + FIELD)


# issue 3 (folds12): names of distinct published models, methods, data sets and machines that were altLabels of another
# concept (GLM-4 of ChatGLM, InstructGPT of GPT-3.5, GELU of "activation functions", L-BFGS of quasi-Newton methods,
# StreamingLLM of sliding-window attention, FB15k-237 of FB15k, Stampede2 of Frontera) are their own concepts beneath
# their family: (a text naming one, its concept, the concept it was folded into, a family reached through skos:broader)
FOLDS12 = [
    ("We compare GLM-130B with strong baselines.", "model/glm-130b", "model/chatglm", "model/llm-family"),
    ("We compare GLM-4 with strong baselines.", "model/glm-4", "model/chatglm", "model/glm"),
    ("We compare GLM-4.1V with strong baselines.", "model/glm-4v", "model/chatglm", "model/glm-4"),
    ("We compare GLM-4.5 with strong baselines.", "model/glm-45", "model/chatglm", "model/glm"),
    ("We compare GLM-4.5V with strong baselines.", "model/glm-45v", "model/chatglm", "model/glm-45"),
    ("We compare GLM-5 with strong baselines.", "model/glm-5", "model/chatglm", "model/glm"),
    ("We compare Aya-101 with strong baselines.", "model/aya-101", "model/aya", "model/llm-family"),
    ("We compare Aya 23 with strong baselines.", "model/aya-23", "model/aya", "model/llm-family"),
    ("We compare Aya Vision with strong baselines.", "model/aya-vision", "model/aya", "model/vlm"),
    ("We compare InstructGPT with strong baselines.", "model/instructgpt", "model/gpt-35", "model/gpt-3"),
    ("We compare OpenFlamingo with strong baselines.", "model/openflamingo", "model/flamingo", "model/flamingo"),
    ("We compare VQ-GAN with strong baselines.", "model/vqgan", "model/vq-vae", "model/vq-vae"),
    ("We compare Wide & Deep with strong baselines.", "model/wide-and-deep", "model/dlrm", "model/neural-network-architecture"),
    (
        "We compare Deep & Cross Network with strong baselines.",
        "model/dcn-recsys",
        "model/dlrm",
        "model/neural-network-architecture",
    ),
    ("We compare Deep Interest Network with strong baselines.", "model/din", "model/dlrm", "model/neural-network-architecture"),
    ("We compare xDeepFM with strong baselines.", "model/xdeepfm", "model/dlrm", "model/neural-network-architecture"),
    ("We compare PNASNet with strong baselines.", "model/pnasnet", "model/nasnet", "model/cnn"),
    ("We compare SpikeFormer with strong baselines.", "model/spikformer", "model/spike-driven-transformer", "model/transformer"),
    (
        "We compare Spikingformer with strong baselines.",
        "model/spikingformer",
        "model/spike-driven-transformer",
        "model/transformer",
    ),
    ("We compare WizardCoder with strong baselines.", "model/wizardcoder", "model/wizardlm", "model/llm-family"),
    ("We compare WizardMath with strong baselines.", "model/wizardmath", "model/wizardlm", "model/llm-family"),
    ("We compare Fast3R with strong baselines.", "model/fast3r", "model/vggt-variants", "model/dust3r"),
    ("We compare Spann3R with strong baselines.", "model/spann3r", "model/vggt-variants", "model/dust3r"),
    ("We compare Step1X-Edit with strong baselines.", "model/step1x-edit", "model/step-video", "model/diffusion-transformer"),
    ("We compare Seed-OSS with strong baselines.", "model/seed-oss", "model/doubao", "model/llm-family"),
    ("We compare Hunyuan-A13B with strong baselines.", "model/hunyuan-a13b", "model/hunyuan-llm", "model/llm-family"),
    ("We compare MiniMax-M1 with strong baselines.", "model/minimax-m1", "model/minimax", "model/llm-family"),
    ("We compare MiniMax-M2 with strong baselines.", "model/minimax-m2", "model/minimax", "model/llm-family"),
    ("We compare Lumina-T2X with strong baselines.", "model/lumina-t2x", "model/lumina", "model/diffusion-transformer"),
    ("We compare Lumina-Image-2.0 with strong baselines.", "model/lumina-image-2", "model/lumina", "model/diffusion-transformer"),
    ("We compare Lumina-mGPT with strong baselines.", "model/lumina-mgpt", "model/lumina", "model/mllm"),
    ("We compare SDXL-Turbo with strong baselines.", "model/sdxl-turbo", "model/sdxl", "model/sdxl"),
    (
        "Hawk is a recurrent language model with gated linear recurrences, compared with Mamba.",
        "model/hawk",
        "model/griffin",
        "model/neural-network-architecture",
    ),
    ("NAT predicts links on dynamic graphs from temporal interactions.", "model/nat-temporal", "model/tgn", "model/gnn"),
    ("We compare U-NO with strong baselines.", "model/u-no", "model/neural-operator", "model/neural-operator"),
    ("We compare SwinIR with strong baselines.", "model/swinir", "model/swin-transformer", "model/swin-transformer"),
    ("We compare SqueezeNext with strong baselines.", "model/squeezenext", "model/squeezenet", "model/cnn"),
    ("We compare SAM-Med3D with strong baselines.", "model/sam-med3d", "model/sam", "model/sam"),
    ("We compare EfficientViT-SAM with strong baselines.", "model/efficientvit-sam", "model/sam", "model/sam"),
    ("We compare Longformer with strong baselines.", "model/longformer", "technique/sparse-attention", "model/transformer"),
    (
        "BigBird extends BERT to long documents with attention over a few tokens.",
        "model/bigbird",
        "technique/sparse-attention",
        "model/transformer",
    ),
    (
        "We apply h-swish in our method.",
        "technique/hard-swish",
        "technique/activation-functions",
        "technique/activation-functions",
    ),
    ("We apply Mish in our method.", "technique/mish", "technique/activation-functions", "technique/activation-functions"),
    ("We apply GLU in our method.", "technique/glu", "technique/activation-functions", "technique/activation-functions"),
    ("We apply L-BFGS in our method.", "technique/l-bfgs", "technique/quasi-newton", "technique/bfgs"),
    (
        "We apply StreamingLLM in our method.",
        "technique/streamingllm",
        "technique/sliding-window-attention",
        "technique/kv-cache-compression",
    ),
    ("We apply A3C in our method.", "technique/a3c", "technique/actor-critic", "technique/actor-critic"),
    ("We apply A2C in our method.", "technique/a2c", "technique/actor-critic", "technique/actor-critic"),
    (
        "We apply fast gradient sign method in our method.",
        "technique/fgsm",
        "technique/adversarial-attacks",
        "technique/adversarial-attacks",
    ),
    (
        "We apply AutoAttack in our method.",
        "technique/autoattack",
        "technique/adversarial-attacks",
        "technique/adversarial-attacks",
    ),
    (
        "We apply Tree-structured Parzen Estimator in our method.",
        "technique/tpe",
        "technique/bayesian-optimization",
        "technique/bayesian-optimization",
    ),
    ("We apply ASHA in our method.", "technique/asha", "technique/automl", "technique/hyperband"),
    ("We apply D* Lite in our method.", "technique/d-star-lite", "technique/a-star", "technique/a-star"),
    (
        "We apply PixelShuffle in our method.",
        "technique/pixel-shuffle",
        "technique/bicubic-interpolation",
        "technique/neural-network-component",
    ),
    (
        "We apply transposed convolution in our method.",
        "technique/transposed-convolution",
        "technique/bicubic-interpolation",
        "technique/neural-network-component",
    ),
    ("We apply (IA)^3 in our method.", "technique/ia3", "technique/bitfit", "technique/peft"),
    # the names stand alone: a family written after a name of capitals names the family too (trec24)
    (
        "The BBR algorithm raises TCP throughput on lossy network paths.",
        "technique/bbr",
        "technique/congestion-control",
        "technique/congestion-control",
    ),
    (
        "The CUBIC algorithm governs TCP flows in the datacenter network.",
        "technique/cubic-cc",
        "technique/congestion-control",
        "technique/congestion-control",
    ),
    ("We apply DCQCN in our method.", "technique/dcqcn", "technique/congestion-control", "technique/congestion-control"),
    ("We apply InfoNCE in our method.", "technique/infonce", "technique/contrastive-learning", "technique/contrastive-learning"),
    ("We apply NT-Xent in our method.", "technique/nt-xent", "technique/contrastive-learning", "technique/infonce"),
    (
        "We apply Cutout augmentation in our method.",
        "technique/cutout",
        "technique/data-augmentation",
        "technique/data-augmentation",
    ),
    ("We apply SNAS in our method.", "technique/snas", "technique/differentiable-nas", "technique/differentiable-nas"),
    ("We apply GDAS in our method.", "technique/gdas", "technique/differentiable-nas", "technique/differentiable-nas"),
    ("We apply UniPC in our method.", "technique/unipc", "technique/diffusion-solvers", "technique/diffusion-solvers"),
    ("We apply DropPath in our method.", "technique/stochastic-depth", "technique/dropout", "technique/dropout"),
    (
        "We apply regularized evolution in our method.",
        "technique/regularized-evolution",
        "technique/evolutionary-search",
        "technique/evolutionary-search",
    ),
    (
        "We apply Flash-Decoding in our method.",
        "technique/flash-decoding",
        "technique/flash-attention",
        "technique/flash-attention",
    ),
    (
        "We apply FlashAttention-3 in our method.",
        "technique/flashattention-3",
        "technique/flashattention-2",
        "technique/flash-attention",
    ),
    ("We apply GrabCut in our method.", "technique/grabcut", "technique/graph-cuts", "technique/graph-cuts"),
    ("We apply node2vec in our method.", "technique/node2vec", "technique/graph-embedding", "technique/graph-embedding"),
    ("We apply DiffPool in our method.", "technique/diffpool", "technique/graph-pooling", "technique/graph-pooling"),
    (
        "We apply InstanceNorm in our method.",
        "technique/instance-normalization",
        "technique/group-normalization",
        "technique/normalization",
    ),
    ("We apply HashedNets in our method.", "technique/hashednets", "technique/hashing-trick", "technique/hashing-trick"),
    (
        "We apply Deep Compression (pruning and quantization) in our method.",
        "technique/deep-compression",
        "technique/hashing-trick",
        "technique/model-compression",
    ),
    (
        "We apply layer-wise relevance propagation in our method.",
        "technique/lrp",
        "technique/integrated-gradients",
        "technique/feature-attribution",
    ),
    ("We apply LayerDrop in our method.", "technique/layerdrop", "technique/layer-pruning", "technique/layer-pruning"),
    ("We apply Cosformer in our method.", "technique/cosformer", "technique/linear-attention", "technique/linear-attention"),
    (
        "We apply Nyströmformer in our method.",
        "technique/nystromformer",
        "technique/linear-attention",
        "technique/linear-attention",
    ),
    ("We apply MAML in our method.", "technique/maml", "technique/meta-learning", "technique/meta-learning"),
    ("We apply ProtoNet in our method.", "technique/prototypical-networks", "technique/meta-learning", "technique/meta-learning"),
    ("We apply PatchMatch in our method.", "technique/patchmatch", "technique/mvs", "technique/mvs"),
    (
        "HAQ searches a per-layer bit-width policy for quantization with reinforcement learning.",
        "technique/haq",
        "technique/network-binarization-search",
        "technique/network-binarization-search",
    ),
    ("We apply Net2Net in our method.", "technique/net2net", "technique/network-morphism", "technique/network-morphism"),
    (
        "We apply LLM-QAT in our method.",
        "technique/llm-qat",
        "technique/outlier-quantization",
        "technique/quantization-aware-training",
    ),
    ("We apply AdaptivFloat in our method.", "technique/adaptivfloat", "technique/posit", "technique/reduced-precision"),
    (
        "We apply reciprocal velocity obstacles in our method.",
        "technique/velocity-obstacles",
        "technique/potential-fields",
        "technique/motion-planning",
    ),
    (
        "We apply ORCA collision avoidance in our method.",
        "technique/orca-collision-avoidance",
        "technique/potential-fields",
        "technique/velocity-obstacles",
    ),
    (
        "We apply dynamic window approach in our method.",
        "technique/dynamic-window-approach",
        "technique/potential-fields",
        "technique/motion-planning",
    ),
    (
        "We apply Splitwise in our method.",
        "technique/splitwise",
        "technique/prefill-decode-disaggregation",
        "technique/prefill-decode-disaggregation",
    ),
    (
        "We apply DistServe in our method.",
        "technique/distserve",
        "technique/prefill-decode-disaggregation",
        "technique/prefill-decode-disaggregation",
    ),
    ("We apply P-Tuning v2 in our method.", "technique/p-tuning", "technique/prompt-tuning", "technique/prompt-tuning"),
    (
        "We apply visual prompt tuning in our method.",
        "technique/visual-prompt-tuning",
        "technique/prompt-tuning",
        "technique/prompt-tuning",
    ),
    ("We apply PRM planner in our method.", "technique/probabilistic-roadmap", "technique/rrt", "technique/motion-planning"),
    (
        "We apply DeepSpeed-Ulysses in our method.",
        "technique/deepspeed-ulysses",
        "technique/sequence-parallelism",
        "technique/sequence-parallelism",
    ),
    ("We apply HyperLogLog in our method.", "technique/hyperloglog", "technique/sketching", "technique/sketching"),
    ("We apply CountSketch in our method.", "technique/count-sketch", "technique/sketching", "technique/sketching"),
    (
        "We apply backpropagation through time in our method.",
        "technique/bptt",
        "technique/surrogate-gradient",
        "technique/backpropagation",
    ),
    ("We apply STBP in our method.", "technique/stbp", "technique/surrogate-gradient", "technique/surrogate-gradient"),
    (
        "Tent adapts the model at test time by entropy minimization under distribution shift.",
        "technique/tent",
        "technique/test-time-adaptation",
        "technique/test-time-adaptation",
    ),
    ("We apply EATA in our method.", "technique/eata", "technique/test-time-adaptation", "technique/test-time-adaptation"),
    ("We apply LexRank in our method.", "technique/lexrank", "technique/textrank", "technique/textrank"),
    (
        "We apply CHOMP in our method.",
        "technique/chomp",
        "technique/trajectory-optimization",
        "technique/trajectory-optimization",
    ),
    (
        "We apply TrajOpt in our method.",
        "technique/trajopt",
        "technique/trajectory-optimization",
        "technique/trajectory-optimization",
    ),
    (
        "We apply differential dynamic programming in our method.",
        "technique/ddp-control",
        "technique/trajectory-optimization",
        "technique/trajectory-optimization",
    ),
    ("We apply EnKF in our method.", "technique/enkf", "technique/unscented-kalman-filter", "technique/kalman-filter"),
    ("We apply NASWOT in our method.", "technique/naswot", "technique/zero-cost-nas", "technique/zero-cost-nas"),
    ("We apply ARMA in our method.", "technique/arma", "technique/arima", "technique/statistical-learning-method"),
    (
        "We apply asymmetric numeral systems in our method.",
        "technique/ans",
        "technique/arithmetic-coding",
        "technique/weight-compression",
    ),
    ("We apply Zstandard in our method.", "technique/zstandard", "technique/lempel-ziv", "technique/lempel-ziv"),
    ("We apply LZ4 in our method.", "technique/lz4", "technique/lempel-ziv", "technique/lempel-ziv"),
    ("We apply DEFLATE in our method.", "technique/deflate", "technique/lempel-ziv", "technique/lempel-ziv"),
    (
        "We apply Louvain algorithm in our method.",
        "technique/louvain",
        "technique/community-detection",
        "technique/community-detection",
    ),
    (
        "We apply Leiden algorithm in our method.",
        "technique/leiden",
        "technique/community-detection",
        "technique/community-detection",
    ),
    (
        "We apply Sinkhorn algorithm in our method.",
        "technique/sinkhorn",
        "technique/optimal-transport",
        "technique/optimal-transport",
    ),
    ("We apply Metropolis-Hastings in our method.", "technique/metropolis-hastings", "technique/mcmc", "technique/mcmc"),
    (
        "We apply No-U-Turn Sampler in our method.",
        "technique/nuts",
        "technique/hamiltonian-monte-carlo",
        "technique/hamiltonian-monte-carlo",
    ),
    (
        "We apply Levenberg-Marquardt in our method.",
        "technique/levenberg-marquardt",
        "technique/newtons-method",
        "technique/second-order-optimization",
    ),
    (
        "We apply K-FAC in our method.",
        "technique/k-fac",
        "technique/second-order-optimization",
        "technique/second-order-optimization",
    ),
    (
        "We apply Noisy Student training in our method.",
        "technique/noisy-student",
        "technique/semi-supervised-learning",
        "technique/semi-supervised-learning",
    ),
    (
        "We apply task arithmetic in our method.",
        "technique/task-arithmetic",
        "technique/model-merging",
        "technique/model-merging",
    ),
    (
        "We apply stochastic weight averaging in our method.",
        "technique/swa",
        "technique/model-merging",
        "technique/model-merging",
    ),
    (
        "We apply random network distillation in our method.",
        "technique/rnd",
        "technique/intrinsic-motivation",
        "technique/intrinsic-motivation",
    ),
    ("We apply Lucas-Kanade in our method.", "technique/lucas-kanade", "technique/optical-flow", "technique/optical-flow"),
    ("We apply Horn-Schunck in our method.", "technique/horn-schunck", "technique/optical-flow", "technique/optical-flow"),
    ("We apply Canny detector in our method.", "technique/canny", "technique/edge-detection", "technique/edge-detection"),
    (
        "We apply locally linear embedding in our method.",
        "technique/lle",
        "technique/manifold-learning",
        "technique/manifold-learning",
    ),
    (
        "We apply Laplacian eigenmaps in our method.",
        "technique/laplacian-eigenmaps",
        "technique/manifold-learning",
        "technique/manifold-learning",
    ),
    (
        "We apply Holt-Winters in our method.",
        "technique/holt-winters",
        "technique/exponential-smoothing",
        "technique/exponential-smoothing",
    ),
    (
        "We apply latent Dirichlet allocation in our method.",
        "technique/lda-topic",
        "technique/topic-modeling",
        "technique/topic-modeling",
    ),
    ("We apply Hebbian plasticity in our method.", "technique/hebbian-learning", "technique/stdp", "technique/snn"),
    (
        "We apply quantum Fourier transform in our method.",
        "technique/qft",
        "technique/grover-search",
        "technique/quantum-algorithm",
    ),
    (
        "We apply quantum phase estimation in our method.",
        "technique/qpe",
        "technique/grover-search",
        "technique/quantum-algorithm",
    ),
    (
        "We apply amplitude estimation in our method.",
        "technique/amplitude-estimation",
        "technique/grover-search",
        "technique/quantum-algorithm",
    ),
    ("We apply quantum walk in our method.", "technique/quantum-walks", "technique/grover-search", "technique/quantum-algorithm"),
    ("We apply cuckoo search in our method.", "technique/cuckoo-search", "technique/ant-colony", "technique/metaheuristics"),
    (
        "We apply firefly algorithm in our method.",
        "technique/firefly-algorithm",
        "technique/ant-colony",
        "technique/metaheuristics",
    ),
    (
        "We apply randomized smoothing in our method.",
        "technique/randomized-smoothing",
        "technique/certified-robustness",
        "technique/certified-robustness",
    ),
    (
        "We apply interval bound propagation in our method.",
        "technique/ibp",
        "technique/certified-robustness",
        "technique/certified-robustness",
    ),
    (
        "We apply Network slimming in our method.",
        "technique/network-slimming",
        "technique/channel-pruning",
        "technique/channel-pruning",
    ),
    (
        "We apply MC dropout in our method.",
        "technique/mc-dropout",
        "technique/bayesian-deep-learning",
        "technique/bayesian-deep-learning",
    ),
    (
        "We apply PC algorithm in our method.",
        "technique/pc-algorithm",
        "technique/causal-discovery",
        "technique/causal-discovery",
    ),
    (
        "We apply orthogonal matching pursuit in our method.",
        "technique/omp",
        "technique/compressed-sensing",
        "technique/compressed-sensing",
    ),
    (
        "We apply synaptic intelligence in our method.",
        "technique/synaptic-intelligence",
        "technique/ewc",
        "technique/continual-learning",
    ),
    ("We apply power gating in our method.", "technique/power-gating", "technique/dvfs", "technique/energy-efficiency-method"),
    ("We apply clock gating in our method.", "technique/clock-gating", "technique/dvfs", "technique/energy-efficiency-method"),
    (
        "Deja Vu predicts which neurons each input activates and skips the others.",
        "technique/deja-vu",
        "technique/activation-sparsity",
        "technique/activation-sparsity",
    ),
    ("We apply class activation mapping in our method.", "technique/cam", "technique/grad-cam", "technique/feature-attribution"),
    (
        "We apply isotonic regression in our method.",
        "technique/isotonic-regression",
        "technique/temperature-scaling",
        "technique/uncertainty-quantification",
    ),
    (
        "We apply scheduled sampling in our method.",
        "technique/scheduled-sampling",
        "technique/teacher-forcing",
        "technique/nlp-method",
    ),
    ("We apply PCGrad in our method.", "technique/pcgrad", "technique/gradient-surgery", "technique/gradient-surgery"),
    (
        "We apply dynamic mode decomposition in our method.",
        "technique/dmd",
        "technique/koopman-operator",
        "technique/koopman-operator",
    ),
    (
        "We apply random Fourier features in our method.",
        "technique/random-fourier-features",
        "technique/kernel-methods",
        "technique/kernel-methods",
    ),
    (
        "We apply simplex algorithm in our method.",
        "technique/simplex-method",
        "technique/linear-programming",
        "technique/linear-programming",
    ),
    (
        "We apply Wiener filter in our method.",
        "technique/wiener-filter",
        "technique/mmse-estimation",
        "technique/mmse-estimation",
    ),
    (
        "We apply Jacobi iteration in our method.",
        "technique/jacobi-method",
        "technique/gauss-seidel",
        "technique/numerical-method",
    ),
    ("We apply triplet loss in our method.", "technique/triplet-loss", "technique/metric-learning", "technique/metric-learning"),
    (
        "We apply deep mutual learning in our method.",
        "technique/deep-mutual-learning",
        "technique/online-distillation",
        "technique/online-distillation",
    ),
    (
        "We apply novelty search in our method.",
        "technique/novelty-search",
        "technique/quality-diversity",
        "technique/evolutionary-algorithms",
    ),
    (
        "We apply Nystrom approximation in our method.",
        "technique/nystrom-method",
        "technique/randomized-linear-algebra",
        "technique/randomized-linear-algebra",
    ),
    ("We apply double oracle in our method.", "technique/psro", "technique/fictitious-play", "technique/game-theoretic-method"),
    (
        "We apply option-critic in our method.",
        "technique/option-critic",
        "technique/hierarchical-rl",
        "technique/hierarchical-rl",
    ),
    (
        "We apply elastic net in our method.",
        "technique/elastic-net",
        "technique/l1-regularization",
        "technique/regularization-method",
    ),
    ("We apply Lanczos algorithm in our method.", "technique/lanczos", "technique/krylov-methods", "technique/krylov-methods"),
    (
        "We apply alpha beta pruning in our method.",
        "technique/alpha-beta-pruning",
        "technique/minimax-search",
        "technique/minimax-search",
    ),
    ("We apply Cox model in our method.", "technique/cox-model", "technique/survival-analysis", "technique/survival-analysis"),
    ("We apply Barnes-Hut in our method.", "technique/barnes-hut", "technique/fast-multipole", "technique/numerical-method"),
    (
        "We apply echo state network in our method.",
        "technique/echo-state-network",
        "technique/reservoir-computing",
        "technique/reservoir-computing",
    ),
    (
        "We apply liquid state machine in our method.",
        "technique/liquid-state-machine",
        "technique/reservoir-computing",
        "technique/reservoir-computing",
    ),
    ("We evaluate on 3DLoMatch and report accuracy.", "benchmark/3dlomatch", "benchmark/3dmatch", "benchmark/3dmatch"),
    ("We evaluate on ProcTHOR and report accuracy.", "benchmark/procthor", "benchmark/ai2-thor", "benchmark/ai2-thor"),
    ("We evaluate on ACE 2004 and report accuracy.", "benchmark/ace2004", "benchmark/ace2005", "benchmark/nlp-benchmark"),
    ("We evaluate on CholecT50 and report accuracy.", "benchmark/cholect50", "benchmark/cholec80", "benchmark/medical-benchmark"),
    ("We evaluate on CIC-IDS2018 and report accuracy.", "benchmark/cicids2018", "benchmark/cicids", "benchmark/system-benchmark"),
    ("We evaluate on CIFAR-100-C and report accuracy.", "benchmark/cifar-100-c", "benchmark/cifar-10-c", "benchmark/cifar-100"),
    ("We evaluate on CIFAR-10-LT and report accuracy.", "benchmark/cifar-10-lt", "benchmark/cifar-100-lt", "benchmark/cifar-10"),
    ("We evaluate on DDD20 and report accuracy.", "benchmark/ddd20", "benchmark/ddd17", "benchmark/neuromorphic-benchmark"),
    ("We evaluate on UIEB and report accuracy.", "benchmark/uieb", "benchmark/euvp", "benchmark/image-classification-dataset"),
    ("We evaluate on FB15K-237 and report accuracy.", "benchmark/fb15k-237", "benchmark/fb15k", "benchmark/fb15k"),
    ("We evaluate on FE108 and report accuracy.", "benchmark/fe108", "benchmark/fe240hz", "benchmark/neuromorphic-benchmark"),
    (
        "We evaluate on Houston 2018 and report accuracy.",
        "benchmark/houston2018",
        "benchmark/houston2013",
        "benchmark/remote-sensing-benchmark",
    ),
    (
        "We evaluate on ImageWoof and report accuracy.",
        "benchmark/imagewoof",
        "benchmark/imagenette",
        "benchmark/image-classification-dataset",
    ),
    ("We evaluate on LRS2 and report accuracy.", "benchmark/lrs2", "benchmark/lrs3", "benchmark/speech-benchmark"),
    ("We evaluate on MD22 and report accuracy.", "benchmark/md22", "benchmark/md17", "benchmark/molecular-benchmark"),
    ("We evaluate on NCI109 and report accuracy.", "benchmark/nci109", "benchmark/nci1", "benchmark/tudataset"),
    ("We evaluate on KDD Cup 99 and report accuracy.", "benchmark/kdd-cup-99", "benchmark/nsl-kdd", "benchmark/system-benchmark"),
    ("We evaluate on OC22 and report accuracy.", "benchmark/oc22", "benchmark/oc20", "benchmark/molecular-benchmark"),
    (
        "We evaluate on Paris6k and report accuracy.",
        "benchmark/revisited-paris",
        "benchmark/oxford-5k",
        "benchmark/image-classification-dataset",
    ),
    (
        "We evaluate on Rain100H and report accuracy.",
        "benchmark/rain100h",
        "benchmark/rain100l",
        "benchmark/image-classification-dataset",
    ),
    (
        "We evaluate on CAMERA25 and report accuracy.",
        "benchmark/camera25",
        "benchmark/real275",
        "benchmark/image-classification-dataset",
    ),
    (
        "We evaluate on REDDIT-MULTI-5K and report accuracy.",
        "benchmark/reddit-multi-5k",
        "benchmark/reddit-binary",
        "benchmark/tudataset",
    ),
    (
        "We detect anomalies in the MSL telemetry time series from NASA.",
        "benchmark/msl",
        "benchmark/smap-msl",
        "benchmark/time-series-benchmark",
    ),
    ("We evaluate on WADI and report accuracy.", "benchmark/wadi", "benchmark/swat", "benchmark/time-series-benchmark"),
    ("We evaluate on SumMe and report accuracy.", "benchmark/summe", "benchmark/tvsum", "benchmark/image-classification-dataset"),
    (
        "We evaluate on the Dress Code dataset and report accuracy.",
        "benchmark/dresscode",
        "benchmark/vitonhd",
        "benchmark/image-classification-dataset",
    ),
    ("We run every experiment on Stampede2.", "hardware/stampede", "hardware/frontera", "hardware/supercomputer"),
    ("We run every experiment on Lonestar6.", "hardware/lonestar6", "hardware/frontera", "hardware/supercomputer"),
    ("We run every experiment on TACC Vista.", "hardware/tacc-vista", "hardware/frontera", "hardware/supercomputer"),
    ("We run every experiment on Pawsey Setonix.", "hardware/setonix", "hardware/gadi", "hardware/supercomputer"),
    ("We run every experiment on JURECA.", "hardware/jureca", "hardware/juwels", "hardware/supercomputer"),
    (
        "We run every experiment on JUPITER Exascale Development Instrument.",
        "hardware/jupiter",
        "hardware/juwels",
        "hardware/supercomputer",
    ),
    (
        "We run every experiment on ALCF Theta.",
        "hardware/theta-supercomputer",
        "hardware/mira-supercomputer",
        "hardware/supercomputer",
    ),
    ("We run every experiment on DeltaAI.", "hardware/deltaai", "hardware/delta-supercomputer", "hardware/supercomputer"),
    ("We run every experiment on Crossroads supercomputer.", "hardware/crossroads", "hardware/venado", "hardware/supercomputer"),
    ("We run every experiment on Trinity supercomputer.", "hardware/trinity", "hardware/venado", "hardware/supercomputer"),
    (
        "We run every experiment on Aria Gen 2.",
        "hardware/project-aria",
        "hardware/meta-smart-glasses",
        "hardware/wearable-device",
    ),
    ("We run every experiment on Meta Orion.", "hardware/meta-orion", "hardware/meta-smart-glasses", "hardware/wearable-device"),
    (
        "We run every experiment on SynSense Xylo.",
        "hardware/synsense-xylo",
        "hardware/synsense-speck",
        "hardware/neuromorphic-chip",
    ),
    ("We run every experiment on AWS Lambda.", "hardware/aws-lambda", "hardware/aws-ec2", "hardware/cloud"),
    ("We run every experiment on Microchip PIC32.", "hardware/microchip-pic", "hardware/microchip-sam", "hardware/mcu"),
    ("We run every experiment on DRP-AI.", "hardware/renesas-drp-ai", "hardware/renesas-ra", "hardware/npu"),
]


@pytest.mark.parametrize("text, concept, folded_into, family", FOLDS12, ids=[r[1] for r in FOLDS12])
def test_a_name_split_out_in_folds12_links_its_own_concept(real_linker, text, concept, folded_into, family):
    found = real_links(real_linker, text + FIELD)
    assert concept in found and folded_into not in found
    assert "https://w3id.org/papers-kg/" + family in real_linker.vocab.ancestors("https://w3id.org/papers-kg/" + concept)


def test_split_names_keep_the_context_their_short_names_need(real_linker):
    # a short name that is a word or another field's acronym kept its context label when it moved (folds12)
    assert real_links(real_linker, "A hawk circled the field while the tent stood in the wind." + FIELD) == set()
    assert "technique/bbr" not in real_links(real_linker, "The BBR of the patients was recorded at the clinic." + FIELD)
    # stain, image or signal deconvolution (an inverse problem) is no transposed convolution; a decoder's layers are
    assert "technique/transposed-convolution" not in real_links(
        real_linker, "Color deconvolution separates the stains of histology images." + FIELD
    )
    assert "technique/transposed-convolution" in real_links(
        real_linker, "The decoder upsamples feature maps with deconvolution layers." + FIELD
    )
    # "Deja Vu" in a title is no contextual-sparsity method
    assert "technique/deja-vu" not in real_links(real_linker, "Deja Vu in Plots: evidence for risk assessment with LLMs.")
    # NAT (network address translation) is no temporal graph network
    assert "model/nat-temporal" not in real_links(real_linker, "The home router applies NAT to every packet." + FIELD)
    assert "model/nat-temporal" in real_links(
        real_linker, "NAT predicts links on continuous-time dynamic graphs better than TGN." + FIELD
    )


# issue #3 (fixes12): an acronym's plural written in capitals in running text ("VLMS", "LLMS") names a model family
# (kg:genericBase) or a platform class whose label alone that acronym is, needing no context; other acronyms' capitals stay
# other names ("GPS" is no plural of Gaussian processes' "GP", "DPS" none of data parallelism's "DP", "CLIPS" no CLIP)
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("Can VLMS read charts? We probe the models on chart questions with deep learning on GPUs.", "model/vlm", True),
        ("We distil LLMS into small models for on-device inference with deep learning on GPUs.", "model/llm", True),
        ("Two GPUS run the training of deep neural networks.", "hardware/gpu", True),
        ("We fuse GPS and IMU readings with a deep neural network trained on GPUs.", "technique/gaussian-process", False),
        ("We train neural networks on GPUs. DPS becomes 3.2x faster with our sampler.", "technique/data-parallelism", False),
        # a single model's or data set's name in capitals with an "S" is a name of its own: CLIPS, YOLOS, ICAS
        ("OpenVision builds on CLIPS for its training framework with deep learning on GPUs.", "model/clip", False),
        ("We propose ICAS, a framework for style transfer with deep learning on GPUs.", "technique/ica", False),
        # a capitals plural the text defines itself is its own short form
        (
            "Vision-Language Agentic Systems (VLAS) act. We test VLAS with deep learning on GPUs.",
            "model/vlm",
            False,
        ),
        # a name that ends in "S" and is a label itself still links where the text defines it
        (
            "We tune it with the Covariance Matrix Adaptation Evolution Strategy (CMA-ES) and deep learning on GPUs.",
            "technique/cma-es",
            True,
        ),
    ],
)
def test_an_acronym_plural_in_capitals_names_its_singular_where_that_is_plain(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


# issue #3 (fixes12): a one-word context label of a model or method the vocabulary writes by names only (no label of it
# starts in lower case) links only with its capital ("the glow of", "a top performer" are none), and with capitals inside
# only where a label of the concept has some ("LLaMa" is LLaMA, "PerFormer" is another paper's name, no Performer)
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("Glow, a flow-based generative model, learns an invertible latent density with deep learning.", "model/glow", True),
        ("The glow of the latent flow: a generative deep learning model on GPUs renders invertible fire.", "model/glow", False),
        ("Performer approximates softmax attention in linear time for long-token Transformers.", "technique/performer", True),
        (
            "The top performer uses a Transformer with linear attention over tokens on GPUs with deep learning.",
            "technique/performer",
            False,
        ),
        (
            "We introduce PerFormer, a Transformer with linear attention over tokens, trained with deep learning on GPUs.",
            "technique/performer",
            False,
        ),
        ("WE APPROXIMATE SOFTMAX ATTENTION WITH PERFORMER IN LINEAR TIME FOR TRANSFORMERS.", "technique/performer", True),
        ("We fine-tune LLaMa and LLama language models with LoRA on GPUs.", "model/llama", True),
        # a name written with capitals inside keeps them: the superpoints of a point cloud are no SuperPoint
        ("SuperPoint keypoints are matched by LightGlue, trained with deep learning on GPUs.", "model/superpoint", True),
        (
            "Superpoints group the points of the cloud for a transformer trained with deep learning on GPUs.",
            "model/superpoint",
            False,
        ),
        ("We merge superpoints of the cloud with a transformer trained with deep learning on GPUs.", "model/superpoint", False),
        ("The hidden climax of the story misleads LLMs trained with deep learning on GPUs.", "model/climax", False),
        ("Whisper transcribes the speech of the audio with deep learning on GPUs.", "model/whisper", True),
        ("A whisper of the speech audio fools the deep learning recognizer on GPUs.", "model/whisper", False),
        # lower case, named as a model: an identifier with a version, a model's head word after it
        ("We compare claude-haiku-4-5 with other LLMs trained with deep learning on GPUs.", "model/claude", True),
        ("fp4 suits the falcon series of models better than other LLMs on GPUs.", "model/falcon", True),
        ("Arguments generated by llama and qwen models fool detectors of LLMs on GPUs.", "model/llama", True),
        # leftovers14: coordinated with another model's name, or one with a version ("gpt-5 and claude")
        ("Two leaderboard models (gpt-5 and claude) are more volatile than other LLMs on GPUs.", "model/claude", True),
        ("Two leaderboard models (gpt-5 and claude) are more volatile than other LLMs on GPUs.", "model/gpt-5", True),
        ("We evaluate llama and mistral on reasoning with LLMs on GPUs.", "model/mistral", True),
        ("We compare gemini-2.5-flash, claude and other LLMs on GPUs.", "model/claude", True),
        ("Transfer learning models, alexnet and vgg-16, extract features for deep learning on GPUs.", "model/vgg-16", True),
        # a word coordinated with words is none, nor one beside a word with a number ("top-1 and claude")
        ("The lamps glow and flicker while LLMs with flow-based generative latent models run on GPUs.", "model/glow", False),
        ("We report top-1 and claude-like scores of LLMs on GPUs.", "model/claude", False),
        ("The claude and the scribe wrote it; LLMs on GPUs read it.", "model/claude", False),
        # leftovers14: names that are words need their capital ("latte art", "torsades de pointes")
        ("A barista pouring latte art; a video diffusion transformer generates it on GPUs.", "model/latte", False),
        ("Applied to OpenSora, Latte, and CogVideoX, the video diffusion cache speeds up generation.", "model/latte", True),
        ("Arrhythmias such as torsades de pointes challenge 3D point cloud diffusion models on GPUs.", "model/point-e", False),
        ("We generate 3D point cloud data with Point-E, a diffusion model, on GPUs.", "model/point-e", True),
        # a generative paper's glow is light, Glow needs a flow's words; CaSiNo is no casino
        ("Gaussian Splatting renders Nighttime Glow Scenes with generative deep learning on GPUs.", "model/glow", False),
        ("Like playing the slots at a casino, a diffusion model of deep learning varies on GPUs.", "benchmark/casino", False),
        ("An LLM agent negotiates on the CaSiNo negotiation dialogues with deep learning on GPUs.", "benchmark/casino", True),
        # a concept the vocabulary also writes in lower case ("iterative pruning", "transformer decoder", "mamba") is a word
        ("We train deep neural networks on GPUs; pruning the weights of the model saves memory.", "technique/pruning", True),
        ("The transformer attends over tokens of the language model with self-attention.", "model/transformer", True),
        (
            "A gated mamba block scans the tokens as a selective state space model with deep learning on GPUs.",
            "model/mamba",
            True,
        ),
    ],
)
def test_a_name_that_is_a_word_links_only_as_written(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text)) is linked


def test_kinds_and_ancestors_read_once_are_the_vocabularys(real_linker):
    # issue 4: the linker reads each concept's kind and ancestors from tables made when it is built, not from the
    # vocabulary (no compiled class: attribute lookups and an interpreted call each time); they must be its answers
    from kg.vocab import discovered_iri

    vocab = real_linker.vocab
    assert real_linker.kinds.keys() == real_linker.above.keys() == vocab.concepts.keys()
    for iri, concept in vocab.concepts.items():
        assert real_linker.kinds[iri] == concept.kind == real_linker._kind(iri)
        assert real_linker.above[iri] == vocab.ancestors(iri)
    assert real_linker.context_terms == vocab.context_terms
    # a discovered entity's kind is its rule's, as vocab.concept reads it
    for rule in vocab.rules:
        for name in ("OSWorld", "Zorb-Bench 2", "ÉtudeNet_v2"):
            iri = discovered_iri(rule, name)
            assert real_linker._kind(iri) == vocab.concept(iri).kind == rule.kind


def test_own_name_is_the_rule_it_states(real_linker):
    # issue 4: fold(own) is folded once per call; the same answers as the expression it replaced
    from kg.linker import _OWN_KINDS, fold

    def reference(surface, concept, own):
        return (
            own is not None
            and real_linker.vocab.concept(concept).kind in _OWN_KINDS
            and (fold(surface) in (fold(own), fold(own) + "s") or fold(surface).startswith(fold(own) + "-"))
        )

    concepts = sorted(real_linker.vocab.concepts)[::40]
    for own in (None, "FBNet", "fbnet", "MCUNet", "İNet", "ΣNet"):
        for surface in ("FBNet", "FBNets", "FBNet-B", "fbnet-b", "MCUNetV2", "MCUNet", "İNet-2", "σnet", "ΣNETs", ""):
            for concept in concepts:
                assert real_linker._own_name(surface, concept, own) == bool(reference(surface, concept, own))


def test_a_split_name_that_is_a_word_needs_its_methods_words(real_linker):
    # review12: names split out with no context label linked in everyday text of an in-field abstract
    assert "technique/deepspeed-ulysses" not in real_links(
        real_linker, "Like Odysseus in Ulysses, the agent explores a maze." + FIELD
    )
    assert "technique/deepspeed-ulysses" in real_links(
        real_linker, "Unified sequence parallelism combines Ulysses and Ring attention across GPUs." + FIELD
    )
    assert "technique/cutout" not in real_links(real_linker, "The cutout frequency of the filter was 10 MHz." + FIELD)
    assert "technique/cutout" in real_links(real_linker, "We train a ResNet with Cutout and Mixup augmentation." + FIELD)
    # "deep compression autoencoders" (DC-AE) compress images deeply; Deep Compression prunes and quantizes
    assert "technique/deep-compression" not in real_links(
        real_linker, "We introduce a deep compression autoencoder with a 64x reduction ratio." + FIELD
    )
    assert "technique/deep-compression" in real_links(
        real_linker, "Deep Compression combines pruning, trained quantization and Huffman coding." + FIELD
    )
    # "a dress code" is a phrase; the try-on data set is a name beside its field's words
    assert "benchmark/dresscode" not in real_links(real_linker, "The dress code of the company bans jeans." + FIELD)
    assert "benchmark/dresscode" in real_links(
        real_linker, "Experiments on the VITON-HD and Dress Code datasets show gains in virtual try-on." + FIELD
    )


def test_a_split_concepts_long_form_is_no_longer_its_old_concepts(real_linker):
    # review12: "ensemble Kalman filter" stayed a label of the unscented Kalman filter when EnKF was split out, so the
    # shared label was ambiguous and linked nothing; it is EnKF's alone
    assert "technique/enkf" in real_links(real_linker, "We train neural networks on GPUs with an ensemble Kalman filter." + FIELD)
    labels: dict[tuple[str, str], set[str]] = {}
    vocab = real_linker.vocab
    for iri, c in vocab.concepts.items():
        for label in vocab.labels(iri):
            labels.setdefault((c.kind, label.lower()), set()).add(iri)
    enkf, ukf = TECH + "enkf", TECH + "unscented-kalman-filter"
    assert labels[("Technique", "ensemble kalman filter")] == {enkf}
    assert labels[("Technique", "unscented kalman filter")] == {ukf}


@pytest.mark.parametrize(
    "text, present",
    [
        # fixes13: a classroom's teachers and students are no knowledge distillation; a network's are
        (
            "EduDial is a multi-turn teacher-student dialogue dataset for large language models in classrooms.",
            False,
        ),
        ("We annotate teacher-student interactions in tutoring sessions with LLM tutors.", False),
        ("Conducted with 65 pre-service teacher students, the study compares LLM chatbots.", False),
        (
            "We propose a teacher-student framework in which the student network mimics the teacher's logits." + FIELD,
            True,
        ),
        ("The student model keeps 90% of the teacher model's accuracy with 1/12 of its parameters." + FIELD, True),
        # leftovers14: a tutoring system's simulated student is a model of a learner
        ("We evaluate LLMs as science tutors with a simulated student model that judges the tutor." + FIELD, False),
        ("Simulated student models answer the tutor's questions, generated by LLMs." + FIELD, False),
    ],
)
def test_teacher_and_student_need_the_sense_of_distillation(real_linker, text, present):
    assert ("technique/knowledge-distillation" in real_links(real_linker, text)) == present


@pytest.mark.parametrize(
    "title, present",
    [
        # fixes13: a microscopy title's "Deconvolution" (an inverse problem) is no transposed convolution, nor (as on
        # main before folds12) bicubic interpolation, though the abstract names a network's layers in another sentence
        ("Self-Supervised Deconvolution for Light-Sheet Fluorescence Microscopy", False),
        ("Deconvolution Layers for Upsampling Feature Maps in Segmentation Decoders", True),
    ],
)
def test_deconvolution_in_a_title_is_transposed_convolution_only_by_its_layers(real_linker, title, present):
    text = "We restore blurred microscopy images with a network of convolutional layers." + FIELD
    got = real_links_titled(real_linker, title, text)
    assert "technique/bicubic-interpolation" not in got
    assert ("technique/transposed-convolution" in got) == present


@pytest.mark.parametrize(
    "title, present",
    [
        # fixes13: a plural data set's name in the singular before a task's word names the task, not the data set
        ("Improving Multimodal Hateful Meme Detection Exploiting LMM-Generated Knowledge", False),
        ("A Few-Shot Agent Framework for Hateful Meme Moderation", False),
        ("We study Hateful Meme detection with vision-language models.", False),
        ("Results on the Hateful Meme dataset improve with vision-language models.", True),
        ("We use the Hateful Meme Challenge data to test vision-language models.", True),
        ("We evaluate vision-language models on Hateful Memes.", True),
    ],
)
def test_a_singular_data_set_name_before_a_task_word_is_the_task(real_linker, title, present):
    assert ("benchmark/hateful-memes" in real_links(real_linker, title + FIELD)) == present


@pytest.mark.parametrize(
    "text, present",
    [
        # fixes13: "DPT" (defocus particle tracking) in a physics abstract with a "depth position" is no Dense
        # Prediction Transformer; its words are depth estimation's, a decoder's, a ViT's
        (
            "We apply our deep learning models to real DPT experiments with shadowgraph data of sprays. A calibration "
            "of the depth position makes it a first step of three-dimensional particle tracking.",
            False,
        ),
        ("We pair a frozen DINOv3 ViT encoder with a DPT-style fusion decoder for deep learning inference.", True),
        ("We compare DPT with Depth Anything for monocular depth estimation with deep learning.", True),
    ],
)
def test_dpt_needs_the_words_of_dense_prediction(real_linker, text, present):
    assert ("model/dpt" in real_links(real_linker, text)) == present


# hwbench14 (issue #3, hardware precision): phones and wearables (kg:recordsData) named as the camera or sensor that took
# the data, as a data set's name or as a good link no platform; where they run the model they still do
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The data was collected on smartphones in the actors' homes.", None, ("smartphones", "hardware/mobile-device")),
        (
            "Video recording through smartphones has made video evidence common.",
            None,
            ("smartphones", "hardware/mobile-device"),
        ),
        (
            "The road images were acquired with a vehicle-mounted smartphone and annotated.",
            None,
            ("smartphone", "hardware/mobile-device"),
        ),
        (
            "Each scene has egocentric videos captured by participants wearing AR glasses.",
            None,
            ("AR glasses", "hardware/wearable-device"),
        ),
        (
            "Image sequences were captured under different lighting using DSLR cameras and egocentric AR glasses.",
            None,
            ("AR glasses", "hardware/wearable-device"),
        ),
        ("We use the cameras embedded in smartphones to localize images.", None, ("smartphones", "hardware/mobile-device")),
        (
            "It uses only sensors commonly available on smartphones and smartwatches.",
            None,
            ("smartwatches", "hardware/wearable-device"),
        ),
        ("Small-area fingerprint sensing on mobile devices limits matching.", None, ("mobile devices", "hardware/mobile-device")),
        ("Such blur occurs with handheld cameras, such as our smartphones.", None, ("smartphones", "hardware/mobile-device")),
        ("We employ Aria Glasses to record egocentric video and gaze.", None, ("Aria Glasses", "hardware/project-aria")),
        ("Lucky High Dynamic Range Smartphone Imaging", None, ("Smartphone", "hardware/mobile-device")),
        ("AWB methods fail for smartphones with multiple cameras.", None, ("smartphones", "hardware/mobile-device")),
        ("We predict human mobility and smartphone usage.", None, ("smartphone", "hardware/mobile-device")),
        ("The dataset holds 12 classes from 6 smartphone brands.", None, ("smartphone", "hardware/mobile-device")),
        ("The price of a used iPhone decreases over time.", None, ("iPhone", "hardware/apple-iphone")),
        ("We infer the position of a user holding a smartphone.", None, ("smartphone", "hardware/mobile-device")),
        (
            "We run experiments on 4 real-world datasets (NeRF-DS, DAVIS, iPhone, and TUM-dynamics).",
            None,
            ("iPhone", "hardware/apple-iphone"),
        ),
        # where the device runs the model, or a measurement is recorded on it, it is the platform
        ("The model runs in 1.6 ms on an iPhone 16 Pro.", ("iPhone 16 Pro", "hardware/apple-iphone"), None),
        (
            "We recorded the inference latency using commodity smartphones.",
            ("commodity smartphones", "hardware/mobile-device"),
            None,
        ),
        ("We deploy the detector on smartphones and smart glasses.", ("smart glasses", "hardware/wearable-device"), None),
        ("The HR app runs on the smartphone with the camera.", ("smartphone", "hardware/mobile-device"), None),
        # the rule is for devices that record: "GPU usage" stays the GPU (the dev gold's convention)
        ("It cuts CPU, RAM and GPU usage by half.", ("GPU", "hardware/gpu"), None),
        ("Images were captured with a Jetson Nano camera rig.", None, None),
    ],
)
def test_hwbench14_recording_devices(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# hwprec25 (hardware precision): a phone or a wearable named as a data set ("the Aria Gen 2 Pilot Dataset"), listed
# among data sets ("on the Kubric-4D, iPhone, and DL3DV datasets") or as what was used to capture the data links no
# platform (corpus: 7 links removed, 7 right); a device beside a list of data sets it is no part of still links
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Experiments on the Kubric-4D, iPhone, and DL3DV datasets show gains.", None, ("iPhone", "hardware/apple-iphone")),
        ("We report results on the ScanNet++ iPhone RGB-D subset.", None, ("iPhone", "hardware/apple-iphone")),
        ("The Aria Gen 2 Pilot Dataset is an egocentric open dataset.", None, ("Aria Gen 2", "hardware/project-aria")),
        (
            "The dataset was captured using the state-of-the-art Aria Gen 2 glasses.",
            None,
            ("Aria Gen 2", "hardware/project-aria"),
        ),
        (
            "Six cameras and one head-mounted HoloLens 2 headset were used to capture hand movements.",
            None,
            ("HoloLens 2 headset", "hardware/microsoft-hololens"),
        ),
        (
            "We deploy the detector on smartphones, and evaluate it on the COCO and LVIS datasets.",
            ("smartphones", "hardware/mobile-device"),
            None,
        ),
        ("The model runs in 1.6 ms on an iPhone 16 Pro over three benchmarks.", ("iPhone 16 Pro", "hardware/apple-iphone"), None),
        # what monitors through the device, and sensors deployed in it (3 corpus links removed, 3 right)
        (
            "Real-time monitoring through wearable devices could flag pain spikes early.",
            None,
            ("wearable devices", "hardware/wearable-device"),
        ),
        (
            "PPG sensors, widely deployed in smartwatches, allow authentication.",
            None,
            ("smartwatches", "hardware/wearable-device"),
        ),
        ("We propose continuous monitoring via smartphone speech analysis.", None, ("smartphone", "hardware/mobile-device")),
        ("We monitor inference latency on smartphones with a profiler.", ("smartphones", "hardware/mobile-device"), None),
        # the phone as a camera: a title's "Smartphone Video", a data set based on it, "shooting ... with", sensors from a list
        ("3D Kinematics from a Single Smartphone Video", None, ("Smartphone", "hardware/mobile-device")),
        (
            "MobilTelesco, a smartphone-based astrophotography dataset, has night-sky images.",
            None,
            ("smartphone", "hardware/mobile-device"),
        ),
        (
            "Shooting video with a handheld mobile phone often gives blurry frames.",
            None,
            ("mobile phone", "hardware/mobile-device"),
        ),
        (
            "It uses data from inertial sensors from earbuds, watches, or smartphones.",
            None,
            ("smartphones", "hardware/mobile-device"),
        ),
        ("A smartphone-based detector runs in 12 ms per frame.", ("smartphone", "hardware/mobile-device"), None),
        # a phone in a sentence of its camera or sensors and of no model running there (46 corpus links removed: 39
        # right, 6 borderline, 1 wrong); "on"/"for" the phone, or words of a model or an app, keep it a platform
        (
            "Many people take photos using their smartphones as point and shoot cameras.",
            None,
            ("smartphones", "hardware/mobile-device"),
        ),
        (
            "Cameras are used with IMUs in self-driving cars, smartphones, and drones.",
            None,
            ("smartphones", "hardware/mobile-device"),
        ),
        (
            "Existing mobile devices are limited by compact optical designs and small apertures.",
            None,
            ("mobile devices", "hardware/mobile-device"),
        ),
        ("Image Demoireing Using Dual Camera Fusion on Mobile Phones", ("Mobile Phones", "hardware/mobile-device"), None),
        ("Our compact network enhances camera images on smartphones in 20 ms.", ("smartphones", "hardware/mobile-device"), None),
        ("We build a smartphone app that classifies skin images.", ("smartphone", "hardware/mobile-device"), None),
    ],
)
def test_hwprec25_device_named_as_data(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# hwprec25: in a text that names agents, a phone named as what the agents operate ("agents that autonomously operate
# mobile devices", "Agents for Mobile Device Control", "agents for smartphone operation") links no platform (corpus: 9
# links removed, 9 right); where the agent runs on the phone, or no agent is named, the phone still links
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Building agents that autonomously operate mobile devices is hard.", None, ("mobile devices", "hardware/mobile-device")),
        (
            "Hi-Agent: Hierarchical Vision-Language Agents for Mobile Device Control",
            None,
            ("Mobile Device", "hardware/mobile-device"),
        ),
        ("MLLMs now serve as intelligent agents for smartphone operation.", None, ("smartphone", "hardware/mobile-device")),
        (
            "App agents interpret user intent and operate smartphone Apps by clicking.",
            None,
            ("smartphone", "hardware/mobile-device"),
        ),
        (
            "Small agents that operate mobile devices can be deployed on mobile devices.",
            ("mobile devices", "hardware/mobile-device"),
            None,
        ),
        (
            "The automatic control of mobile devices is studied with classical methods.",
            ("mobile devices", "hardware/mobile-device"),
            None,
        ),
    ],
)
def test_hwprec25_device_operated_by_agents(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # an accelerator exemplified by another class is that class, no ASIC
        (
            "This is impractical for devices lacking hardware accelerators like GPUs.",
            ("GPUs", "hardware/gpu"),
            ("hardware accelerators", "hardware/asic-accelerator"),
        ),
        (
            "We design a DNN accelerator with a systolic array in 28nm CMOS.",
            ("DNN accelerator", "hardware/asic-accelerator"),
            None,
        ),
        # an SoC FPGA is one platform, an FPGA
        ("Tracking runs on a SoC FPGA at 30 FPS.", ("SoC FPGA", "hardware/fpga"), ("SoC", "hardware/soc")),
        # x86 is the CPU family
        ("The engine gives identical output across ARM and x86.", ("x86", "hardware/x86-cpu"), None),
        # a Pi Zero and a Pi 4 are two boards; the bare family name is the family's then
        (
            "A minimal setup uses a Raspberry Pi Zero, a maximal one a Raspberry Pi 4.",
            ("Raspberry Pi Zero", "hardware/raspberry-pi-zero"),
            ("Raspberry Pi Zero", "hardware/raspberry-pi-4"),
        ),
        # hwfield15: a product's class word after glued variants and sizes, or a class the product belongs to
        (
            "Training is performed on a single NVIDIA A100-PCIE-40GB GPU.",
            ("NVIDIA A100-PCIE-40GB GPU", "hardware/nvidia-a100"),
            ("GPU", "hardware/gpu"),
        ),
        (
            "We deploy it on an agent equipped with a Jetson Orin NX 16GB edge device.",
            ("Jetson Orin NX 16GB edge device", "hardware/nvidia-jetson-orin-nx"),
            ("edge device", "hardware/edge-device"),
        ),
        (
            "A wake-up keeps the GAP9 RISC-V SoC powered down between inferences.",
            ("GAP9 RISC-V SoC", "hardware/gap9"),
            ("RISC-V SoC", "hardware/risc-v-soc"),
        ),
        # a class word in a bracket after a product is the unit of it that ran
        (
            "We deploy on two edge platforms: Raspberry Pi 5 (CPU-only) and Google Coral Edge TPU.",
            ("Raspberry Pi 5", "hardware/raspberry-pi-5"),
            ("CPU", "hardware/cpu"),
        ),
        (
            "It is deployable on Jetson Orin Nano Super (TensorRT FP16) and RB5 Gen2 (QNN GPU FP16).",
            ("RB5 Gen2", "hardware/qualcomm-rb5"),
            ("GPU", "hardware/gpu"),
        ),
        # a class word standing alone, or in a list in the bracket, stays a platform
        ("We compare CPU and GPU inference of the CNN.", ("GPU", "hardware/gpu"), None),
        ("The Jetson Nano runs the CNN; the GPU of a server trains it.", ("GPU", "hardware/gpu"), None),
        # a product's hyphenated name names it; a class's names a design ("edge-device-friendly")
        (
            "We deploy YOLO on Raspberry-Pi-class devices with optional Jetson acceleration.",
            ("Raspberry-Pi", "hardware/raspberry-pi"),
            None,
        ),
        # a bare accelerator is a device where its own words say so; GPUs named elsewhere do not (hwfield15: the
        # held-out golds leave "multiple accelerators" out)
        (
            "The KV cache approaches the capacity of mainstream 80 GB accelerators, filling GPU memory.",
            ("GB accelerators", "hardware/asic-accelerator"),
            None,
        ),
        (
            "Frontier AI training is shaped by access to dense accelerator clusters of GPUs.",
            ("accelerator clusters", "hardware/asic-accelerator"),
            None,
        ),
        (
            "Our SAT solver runs on GPUs; we scale to multiple accelerators via JAX array sharding.",
            None,
            ("accelerators", "hardware/asic-accelerator"),
        ),
        (
            "Our findings inform uses of local search on modern accelerator hardware.",
            ("accelerator hardware", "hardware/asic-accelerator"),
            None,
        ),
        # ... and exemplified by another class, that class
        (
            "Edge devices carry low-power accelerators (i.e., both mobile GPU and NPU) for detection.",
            ("NPU", "hardware/npu"),
            ("accelerators", "hardware/asic-accelerator"),
        ),
        # ... or written after it, or bare where the text exemplifies its accelerators so
        (
            "DNNs are increasingly trained over massive GPU accelerators with a parallelization plan.",
            ("GPU", "hardware/gpu"),
            ("accelerators", "hardware/asic-accelerator"),
        ),
        (
            "Devices carry low-power accelerators (i.e., both mobile GPU and NPU); a multi-accelerator device is fast.",
            ("NPU", "hardware/npu"),
            ("accelerator", "hardware/asic-accelerator"),
        ),
        # an optical accelerator is its own class of accelerator
        (
            "ConvShareViT: Vision Transformers for Free-Space Optical Accelerators beat GPUs",
            ("Free-Space Optical Accelerators", "hardware/optical-accelerator"),
            ("Accelerators", "hardware/asic-accelerator"),
        ),
        # a software speed-up is none, even where GPUs are named elsewhere
        (
            "Training-free accelerators for diffusion models cache features; we report latency on GPUs.",
            None,
            ("accelerators", "hardware/asic-accelerator"),
        ),
        # an FPGA accelerator stays the FPGA's: a GPU baseline does not make it an ASIC
        (
            "Our accelerator on the AMD-Xilinx VCK190 FPGA is 2.8x more efficient than the GPU baseline.",
            ("accelerator", "hardware/fpga"),
            ("accelerator", "hardware/asic-accelerator"),
        ),
    ],
)
def test_hwbench14_platform_forms(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # data sets a sample of unseen corpus abstracts named and the linker missed (hwbench14)
        (
            "It sets a new state of the art in video prediction on UAVid, KTH, and a custom dataset.",
            ("KTH", "benchmark/kth"),
            None,
        ),
        ("The code is from the KTH Royal Institute of Technology.", None, ("KTH", "benchmark/kth")),
        ("Samples are drawn from WM-811K and MixedWM38.", ("MixedWM38", "benchmark/mixedwm38"), None),
        ("It competes on the Query-Focused Video Summarization (QFVS) benchmark.", ("QFVS", "benchmark/qfvs"), None),
        ("We test on Manipal-UAV, VisDrone and HIT-UAV.", ("HIT-UAV", "benchmark/hit-uav"), None),
        ("We study two benchmarks: Pl@ntNet300K-v2 and PlantDoc.", ("Pl@ntNet300K-v2", "benchmark/plantnet-300k"), None),
    ],
)
def test_hwbench14_benchmark_vocabulary(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


@pytest.mark.parametrize(
    "text, linked",
    [
        ("Existing prompt optimization methods were designed for large cloud LLMs.", True),
        ("We compress tokens for vehicle-cloud collaborative inference of detectors.", True),
        ("State-of-the-art point cloud models segment LiDAR scans.", False),
    ],
)
def test_hwbench14_cloud_beside_the_device(real_linker, text, linked):
    assert (any(iri == "hardware/cloud" for _, iri in spans(real_linker, text))) is linked, sorted(spans(real_linker, text))


@pytest.mark.parametrize(
    "text, span",
    [
        # models17 (issue 3): a family's acronym inside a technique's span names the family too, where the paper names it
        # nowhere else (the golds count it: test9 "scored by LLM judges")
        ("Answers are scored by LLM judges validated against physician rubrics.", "LLM"),
        ("We study LLM compression for planning.", "LLM"),
        ("LLM pruning speeds up inference.", "LLM"),
    ],
)
def test_a_family_inside_a_technique_span_is_a_mention_of_it(real_linker, text, span):
    links = real_linker.link_texts([("abstract", text + FIELD)])
    fam = [lk for lk in links if lk.concept.endswith("/model/llm")]
    assert [lk.text for lk in fam] == [span]
    (inner,) = fam
    outer = [lk for lk in links if lk.start <= inner.start and inner.end <= lk.end and lk is not inner]
    assert outer and all("/technique/" in lk.concept for lk in outer)
    assert [(lk.start, -lk.end) for lk in links] == sorted((lk.start, -lk.end) for lk in links)  # in text order


@pytest.mark.parametrize(
    "text, count",
    [
        # a name that holds the acronym is no mention of the family
        ("We compare PB-LLM and LLM-QAT with LLM.int8() for quantization.", 0),
        # the family named elsewhere: its own links stand, none is added inside the technique
        ("LLMs are judged by LLM judges.", 1),
    ],
)
def test_no_family_mention_added_inside_names_or_beside_its_own(real_linker, text, count):
    links = real_linker.link_texts([("abstract", text + FIELD)])
    assert len([lk for lk in links if lk.concept.endswith("/model/llm")]) == count


# wrong senses read in a per-form sample of corpus hardware links and in the released golds' errors (hwsense17)
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # the sky's clouds, where a computing term would read over the word itself
        (
            "We offload inference to the cloud. In the photos the clouds are typically white.",
            ("cloud", "hardware/cloud"),
            ("clouds", "hardware/cloud"),
        ),
        ("Sentinel-2 images are cloud-free, which limits segmentation on cloud-free imagery.", None, ("cloud", "hardware/cloud")),
        (
            "Effective cloud and cloud shadow detection in the cloud and cloud shadow screening.",
            None,
            ("cloud", "hardware/cloud"),
        ),
        # a cloud provider's name as the maker of the AI services a paper evaluates
        (
            "We compare AWS Comprehend Medical, Azure Health Data Services, and GPT-4o on de-identification.",
            None,
            ("AWS", "hardware/aws-ec2"),
        ),
        (
            "System transcripts were produced from AWS, Azure, Google, IBM and Whisper.",
            None,
            ("Azure", "hardware/microsoft-azure"),
        ),
        ("For instance, Azure's commercial PII removal tool fails on MedQA.", None, ("Azure", "hardware/microsoft-azure")),
        ("The model is trained on AWS GPU servers and served from AWS infrastructure.", ("AWS", "hardware/aws-ec2"), None),
        ("Six LLMs deployed through AWS Bedrock answer the cases.", ("AWS", "hardware/aws-ec2"), None),
        # Groq read as an LLM; AgileX robots; Xiaomi's smart-home app
        (
            "We evaluate LLMs such as Gemini, GPT-4o and Groq on abusive text. Groq provides different results.",
            None,
            ("Groq", "hardware/groq-lpu"),
        ),
        ("We serve Llama-3 on Groq at 500 tokens per second of inference.", ("Groq", "hardware/groq-lpu"), None),
        (
            "Built on the AgileX COBOT-Magic Robot platform, the contest had three rounds.",
            None,
            ("AgileX", "hardware/intel-agilex"),
        ),
        ("We synthesize the kernel for Agilex with Quartus.", ("Agilex", "hardware/intel-agilex"), None),
        ("Operation recommendation for IoT devices at Xiaomi Home.", None, ("Xiaomi", "hardware/xiaomi-phone")),
        ("Latency is measured on a Xiaomi handset running Android.", ("Xiaomi", "hardware/xiaomi-phone"), None),
        # a kind of platform named with one product of it stays the kind; in-memory accelerators are no ASIC
        (
            "Compute-In-Memory (CIM)-based neural network accelerators need co-design. We use an RRAM-based CIM architecture.",
            ("CIM", "hardware/computing-in-memory"),
            ("neural network accelerators", "hardware/asic-accelerator"),
        ),
        (
            "Compute-In-Memory (CIM)-based neural network accelerators need co-design. We use an RRAM-based CIM architecture.",
            ("RRAM-based CIM architecture", "hardware/reram-crossbar"),
            None,
        ),
        (
            "Leveraging Meta's Project Aria smart glasses, we study text recognition.",
            ("Project Aria smart glasses", "hardware/project-aria"),
            None,
        ),
        # class words of a phrase that a product then names describe the product; exemplifying classes stay
        (
            "We run it on an FPGA System-on-Chip (SoC) platform, specifically the AMD/Xilinx Zynq UltraScale+.",
            ("Xilinx Zynq UltraScale+", "hardware/xilinx-zynq-ultrascale"),
            ("SoC", "hardware/soc"),
        ),
        ("We optimize it on one of the latest edge GPUs, namely NVIDIA Jetson AGX Orin.", None, ("edge GPUs", "hardware/gpu")),
        ("We train on GPUs such as the A100.", ("GPUs", "hardware/gpu"), None),
        ("We compare three GPU architectures, namely Hopper, Ada, and Ampere.", ("GPU", "hardware/gpu"), None),
        # platforms only: a model family before ", namely" and a model stays
        (
            "We fine-tune large language models, namely the LLaMA-2 7B model, on GPUs.",
            ("large language models", "model/llm"),
            None,
        ),
    ],
)
def test_hwsense17_hardware_senses(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# Issue #3 (hwleft17): what hwsense17 noticed and left, each rule with its other side
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a class the sentence says is an accelerator is that accelerator: no FPGA (nor ASIC) by the text's FPGA words
        (
            "Graphics Processing Units (GPUs) have been a popular accelerator for computer vision. "
            "SoCs with an integrated FPGA are also available.",
            ("GPUs", "hardware/gpu"),
            ("accelerator", "hardware/fpga"),
        ),
        (
            "TPUs are the most efficient accelerator for dense training on an FPGA cluster.",
            None,
            ("accelerator", "hardware/fpga"),
        ),
        # a comparison between them: the accelerator is another one, and the text's words say which
        ("GPUs are slower than our accelerator on the FPGA.", ("accelerator", "hardware/fpga"), None),
        ("We propose an accelerator on FPGA with Vivado HLS.", ("accelerator", "hardware/fpga"), None),
        # a platform's name joined to an unknown name part, the whole a benchmark's or data set's name, names no platform
        (
            "Finally, we present iPhone-PTZ, a new VTE benchmark with diverse camera motions.",
            None,
            ("iPhone", "hardware/apple-iphone"),
        ),
        ("Results on the Jetson-PTZ dataset improve.", None, ("Jetson", "hardware/nvidia-jetson")),
        # a joined version, or a joined name that is no data set's, still names the platform
        ("The app runs on an iPhone-15 in real time.", ("iPhone-15", "hardware/apple-iphone"), None),
        ("The controller runs on Jetson-Bot, a robot we built.", ("Jetson", "hardware/nvidia-jetson"), None),
        ("We run on Jetson-TX2, a benchmark platform.", ("Jetson-TX2", "hardware/nvidia-jetson-tx2"), None),
        # AMD's GPUs are a family of their own, its lines under it
        ("Kernels are tuned for AMD GPUs with ROCm.", ("AMD GPUs", "hardware/amd-gpu"), ("AMD GPUs", "hardware/gpu")),
        ("Kernels are tuned for NVIDIA GPUs.", ("NVIDIA GPUs", "hardware/gpu"), None),
        # ... so a text naming one AMD product too means that product (the family-to-product rule)
        (
            "Triton code for AMD GPUs, including the AMD MI300X.",
            ("AMD GPUs", "hardware/amd-mi300x"),
            ("AMD GPUs", "hardware/amd-gpu"),
        ),
        # a family named by a chip's model number and a variant joined to it are two chips; other families fold
        (
            "We port the NCA to the ESP32 microcontroller. Runtime optimizations on the ESP32-S3 accelerate it.",
            ("ESP32 microcontroller", "hardware/esp32"),
            ("ESP32 microcontroller", "hardware/esp32-s3"),
        ),
        (
            "We use STM32 microcontrollers. On the STM32F746 the model runs in 30 ms.",
            ("STM32 microcontrollers", "hardware/stm32f746"),
            ("STM32 microcontrollers", "hardware/stm32"),
        ),
    ],
)
def test_hwleft17_hardware_leftovers(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# Issue #3 (hw20): hardware senses found on 120 unseen corpus abstracts with a hardware link and the full corpus
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a phone an agent operates through its screen is the agent's environment, no platform a model runs on
        (
            "Mobile GUI agents powered by MLLMs can execute complex tasks on mobile devices.",
            None,
            ("mobile devices", "hardware/mobile-device"),
        ),
        (
            "PSPA-Bench: A Personalized Benchmark for Smartphone GUI Agent. We evaluate ten agents on smartphone use.",
            None,
            ("smartphone", "hardware/mobile-device"),
        ),
        (
            "FineState-Bench evaluates whether an agent reaches the target GUI state. It spans desktop, web, and mobile "
            "platforms.",
            None,
            ("mobile platforms", "hardware/mobile-device"),
        ),
        (
            "Computer-using agents have shown skill in operating digital environments like mobile platforms.",
            None,
            ("mobile platforms", "hardware/mobile-device"),
        ),
        # ... unless the sentence says the model runs there
        (
            "Small GUI agents that can be deployed directly on mobile devices are attractive.",
            ("mobile devices", "hardware/mobile-device"),
            None,
        ),
        (
            "Mobile agents need a compact action space. It supports low-latency execution on mobile devices.",
            ("mobile devices", "hardware/mobile-device"),
            None,
        ),
        # no agent: a phone named as the platform stays one
        (
            "Our app executes complex tasks on mobile devices through a GUI.",
            ("mobile devices", "hardware/mobile-device"),
            None,
        ),
        ("Mobile GUI agents run in the cloud on H100 GPUs.", ("H100 GPUs", "hardware/nvidia-h100"), None),
        # a phone or a wearable as the sensor its data came from
        ("We use sensor data from wearable devices to detect gestures.", None, ("wearable devices", "hardware/wearable-device")),
        (
            "Wearable devices record physiological signals that improve predictions.",
            None,
            ("Wearable devices", "hardware/wearable-device"),
        ),
        (
            "Consumer wearables enable continuous measurement of physiological data.",
            None,
            ("wearables", "hardware/wearable-device"),
        ),
        ("Additionally, Smartphone LR images are at least 12MP.", None, ("Smartphone", "hardware/mobile-device")),
        ("A dataset built from smartphone slow-motion videos.", None, ("smartphone", "hardware/mobile-device")),
        # ... but a device a model runs on, or one coordinated with another thing, stays
        ("The classifier runs on wearable devices with 64 KB of memory.", ("wearable devices", "hardware/wearable-device"), None),
        ("We deploy on smartphone and laptop GPUs.", ("smartphone", "hardware/mobile-device"), None),
        ("Inference takes 40 ms on a smartphone; images are 12MP.", ("smartphone", "hardware/mobile-device"), None),
        (
            "GUI agents can improve productivity by automating frequently executed long-latency tasks on mobile devices.",
            None,
            ("mobile devices", "hardware/mobile-device"),
        ),
        # a kind of platform under the product's classes, written after it, is its class word; an SoC's GPU is a unit;
        # the laptop card is another product than the desktop RTX 3050 (hwvar21)
        (
            "Runtimes on our RTX 3050 mobile GPU are higher.",
            ("RTX 3050 mobile GPU", "hardware/discovered/NVIDIA_GeForce_RTX_3050_Mobile"),
            None,
        ),
        ("Runtimes on our RTX 3050 mobile GPU are higher.", None, ("mobile GPU", "hardware/mobile-gpu")),
        ("It runs on a Snapdragon 8 Gen 3 mobile GPU at 30 FPS.", ("mobile GPU", "hardware/mobile-gpu"), None),
        (
            "Computing-in-Memory (CIM) chips offer a promising solution.",
            ("CIM", "hardware/computing-in-memory"),
            None,
        ),
        # AI glasses are the wearables smart glasses are
        (
            "We implement the assistant as a multi-agent system deployed on AI glasses.",
            ("AI glasses", "hardware/wearable-device"),
            None,
        ),
        ("It contains 52.9 hours of activities recorded with AI glasses.", None, ("AI glasses", "hardware/wearable-device")),
    ],
)
def test_hw20_hardware_senses(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# Issue #3 (hwgen21): generic hardware classes the released golds and GUIDELINES.md leave out. A wearable
# (kg:platformWhenRun) is a platform only in a sentence of a model running there or right after "on" (92 of 165
# corpus links removed, 69 right, 20 borderline, 3 wrong); "IoT systems" need words of putting models on them
# (kg:contextTerm; 5 corpus links removed, all an application or a network)
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a wearable as a sensor, a display or a trend: no platform
        (
            "Continuous monitoring of behavior and physiology via wearable devices offers a novel method for the early "
            "detection of depression.",
            None,
            ("wearable devices", "hardware/wearable-device"),
        ),
        (
            "We demonstrate how the metric predicts flicker due to low-persistence in VR headsets.",
            None,
            ("VR headsets", "hardware/wearable-device"),
        ),
        (
            "Looking ahead, the book explores emerging trends such as digital twins, wearable devices, and virtual environments.",
            None,
            ("wearable devices", "hardware/wearable-device"),
        ),
        (
            "Modeling interactions from an egocentric perspective matters due to the increasing adoption of smart glasses.",
            None,
            ("smart glasses", "hardware/wearable-device"),
        ),
        # ... a platform where its sentence runs a model there, names it as compute, or puts it after "on"
        (
            "We deploy the compressed network on wearable devices with 2 ms latency.",
            ("wearable devices", "hardware/wearable-device"),
            None,
        ),
        (
            "WatchHAR is a recognition system that operates fully on smartwatches.",
            ("smartwatches", "hardware/wearable-device"),
            None,
        ),
        (
            "Human activity recognition on wearable and mobile devices is constrained by memory footprint.",
            ("wearable", "hardware/wearable-device"),
            None,
        ),
        (
            "Reducing the Complexity of Deep Learning Models for EEG Analysis on Wearable Devices.",
            ("Wearable Devices", "hardware/wearable-device"),
            None,
        ),
        # what a device is mounted on is no platform it runs
        (
            "Consider IMUs mounted on smart glasses that track the head.",
            None,
            ("smart glasses", "hardware/wearable-device"),
        ),
        # "IoT systems" as an application or a network: no IoT device
        (
            "In IoT systems, explainable AI improves the transparency of models processing sensor data.",
            None,
            ("IoT systems", "hardware/iot-device"),
        ),
        (
            "Poster: Camera Tampering Detection for Outdoor IoT Systems.",
            None,
            ("IoT Systems", "hardware/iot-device"),
        ),
        # ... an IoT device where the text puts models on them
        (
            "CNN architectures are too complex to be deployed in resource-limited platforms, such as IoT, mobile, and "
            "embedded systems.",
            ("IoT", "hardware/iot-device"),
            None,
        ),
        (
            "Semantic-Aware Image Transmission for Resource-Constrained Visual IoT Systems.",
            ("IoT Systems", "hardware/iot-device"),
            None,
        ),
    ],
)
def test_hwgen21_generic_classes(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# hwprec22 (test13's hardware errors as classes on the corpus): a wearable whose sentence's only words of running are
# words of the device or of its task ("human-computer interaction", a "lightweight" form factor, "high-speed motion",
# "low latency") is no platform; nor one right after "for" (what the task is for) without words of a model running there
# (13 corpus links removed: 9 wrong, 4 borderline, none right). A product name before "neuromorphic chip" is that chip
# (test13's KA200); the name "Azure LLM Inference Dataset" is the trace data set, no cloud.
@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "Eye tracking for wearable systems demands low latency and milliwatt-level power, but conventional "
            "frame-based pipelines struggle with motion blur, high compute cost, and limited temporal resolution.",
            None,
            ("wearable systems", "hardware/wearable-device"),
        ),
        (
            "Eye-tracking is a vital technology for human-computer interaction, especially in wearable devices.",
            None,
            ("wearable devices", "hardware/wearable-device"),
        ),
        (
            "We present NeckSense, a wearable system with soft electrodes embedded in a lightweight, necklace-style form.",
            None,
            ("wearable system", "hardware/wearable-device"),
        ),
        (
            "Current smart glasses with RGB cameras struggle in low-light and high-speed motion scenarios.",
            None,
            ("smart glasses", "hardware/wearable-device"),
        ),
        # ... still a platform with words of a model running there, after "for" too
        (
            "We adapt DNN-based online EEG analysis for wearable devices.",
            ("wearable devices", "hardware/wearable-device"),
            None,
        ),
        (
            "Human activity recognition for resource-constrained wearables remains hard.",
            ("wearables", "hardware/wearable-device"),
            None,
        ),
        (
            "A lightweight model for smartwatches recognises gestures with 2 ms latency.",
            ("smartwatches", "hardware/wearable-device"),
            None,
        ),
        (
            "Gesture recognition for smartwatches needs 2 ms latency and high compute efficiency.",
            None,
            ("smartwatches", "hardware/wearable-device"),
        ),
        (
            "A lightweight model runs in real time on the headset; smart glasses see a 3x speedup.",
            ("smart glasses", "hardware/wearable-device"),
            None,
        ),
        (
            "GLIMPSE: Real-Time Text Recognition and Contextual Understanding for VQA in Wearables.",
            ("Wearables", "hardware/wearable-device"),
            None,
        ),
        # a product before the neuromorphic chip's class
        (
            "Finally, we evaluate our model on a KA200 neuromorphic chip.",
            ("KA200 neuromorphic chip", "hardware/discovered/neuromorphic-chip/KA200"),
            ("neuromorphic chip", "hardware/neuromorphic-chip"),
        ),
        ("The neuromorphic chip consumes 2 mW.", ("neuromorphic chip", "hardware/neuromorphic-chip"), None),
        # the trace data set's name holds the cloud's
        (
            "Evaluations on real-world traces from the Azure LLM Inference Dataset on A100 GPUs in the cloud.",
            ("Azure LLM Inference Dataset", "benchmark/azure-llm-trace"),
            ("Azure", "hardware/microsoft-azure"),
        ),
    ],
)
def test_hwprec22_test13_classes(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a variant word after a GPU product names another product, discovered beneath it (hwvar21)
        (
            "Our model runs on an RTX 4070 Mobile GPU in real time.",
            ("RTX 4070 Mobile GPU", "hardware/discovered/NVIDIA_GeForce_RTX_4070_Mobile"),
            ("RTX 4070 Mobile GPU", "hardware/nvidia-rtx-4070"),
        ),
        (
            "It runs at 30 FPS on an RTX 3080 Laptop GPU.",
            ("RTX 3080 Laptop GPU", "hardware/discovered/NVIDIA_GeForce_RTX_3080_Laptop"),
            ("GPU", "hardware/gpu"),
        ),
        (
            "Inference on a GTX 1650 Ti Max-Q takes 20 ms.",
            ("GTX 1650 Ti Max-Q", "hardware/discovered/NVIDIA_GeForce_GTX_1650_Ti_Max-Q"),
            ("GTX 1650", "hardware/nvidia-gtx-1650"),
        ),
        (
            "We train on an NVIDIA GeForce RTX 4070 Ti Super.",
            ("NVIDIA GeForce RTX 4070 Ti Super", "hardware/discovered/NVIDIA_GeForce_RTX_4070_Ti_Super"),
            None,
        ),
        # a variant the vocabulary lists links its own concept; a memory size is an edition of the product
        ("We train on an RTX 3090 Ti GPU.", ("RTX 3090 Ti GPU", "hardware/nvidia-rtx-3090-ti"), None),
        ("We train on two RTX 4070 Ti GPUs.", ("RTX 4070 Ti GPUs", "hardware/nvidia-rtx-4070-ti"), None),
        ("We use 8 A100 80GB GPUs.", ("A100 80GB GPUs", "hardware/nvidia-a100"), None),
        # no variant: a word running on, a lower-case word after the first, a product without a number, a class
        ("An RTX 4090 Mobile-friendly model.", ("RTX 4090", "hardware/nvidia-rtx-4090"), None),
        (
            "A GTX 1070 Max-Q laptop GPU.",
            ("GTX 1070 Max-Q", "hardware/discovered/NVIDIA_GeForce_GTX_1070_Max-Q"),
            ("GTX 1070 Max-Q laptop", "hardware/discovered/NVIDIA_GeForce_GTX_1070_Max-Q_Laptop"),
        ),
        ("We deploy on mobile GPUs and laptop GPUs.", None, ("mobile GPUs", "hardware/discovered/GPU_Mobile")),
        # a word in lower case names a variant before a class only
        ("Inference on the RTX 4090 super fast.", ("RTX 4090", "hardware/nvidia-rtx-4090"), None),
        (
            "We run on an RTX 4090 laptop GPU.",
            ("RTX 4090 laptop GPU", "hardware/discovered/NVIDIA_GeForce_RTX_4090_Laptop"),
            None,
        ),
    ],
)
def test_hwvar21_product_variants(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a product's own name is its concept, no alias of another product (hwvar21)
        (
            "We train on an NVIDIA Titan Xp GPU.",
            ("NVIDIA Titan Xp GPU", "hardware/nvidia-titan-xp"),
            ("NVIDIA Titan Xp GPU", "hardware/nvidia-titan-x"),
        ),
        ("We train on a Titan X GPU.", ("Titan X GPU", "hardware/nvidia-titan-x"), None),
        # a reversed word order is a hidden label
        ("edge platforms such as the NVIDIA Jetson Nano and RTX Titan.", ("RTX Titan", "hardware/nvidia-titan-rtx"), None),
        # the Jetson lines named without their generation are two devices, neither the family
        (
            "We deployed it on two embedded devices, the NVIDIA Jetson NX, and the NVIDIA Jetson AGX.",
            ("NVIDIA Jetson AGX", "hardware/nvidia-jetson-agx"),
            ("NVIDIA Jetson", "hardware/nvidia-jetson"),
        ),
        (
            "We deployed it on two embedded devices, the NVIDIA Jetson NX, and the NVIDIA Jetson AGX.",
            ("NVIDIA Jetson NX", "hardware/nvidia-jetson-nx"),
            None,
        ),
        ("It runs on the Jetson AGX Orin.", ("Jetson AGX Orin", "hardware/nvidia-jetson-agx-orin"), None),
        # a card's letter is no plural: "an NVIDIA L40s GPU" is the L40S; "L40s" alone stays the L40's plural
        ("We train on an NVIDIA L40s GPU.", ("NVIDIA L40s GPU", "hardware/nvidia-l40s"), None),
        ("We train on an L40 GPU.", ("L40 GPU", "hardware/nvidia-l40"), None),
    ],
)
def test_hwvar21_named_products(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


def test_hwvar21_variant_is_discovered_beneath_its_product(real_linker):
    """The laptop card is a GPU beneath the desktop card its name extends, labelled by the product's preferred label."""
    vocab = real_linker.vocab
    iri = HW + "discovered/NVIDIA_GeForce_GTX_1650_Ti_Max-Q"
    d = vocab.describe_discovered(iri)
    assert d is not None and d.pref_label == "NVIDIA GeForce GTX 1650 Ti Max-Q"
    assert d.broader == (HW + "nvidia-gtx-1650",)
    assert HW + "gpu" in d.ancestors


def test_usertest21_variant_takes_its_product_labels_with_the_words(real_linker):
    """A variant is found by the name papers write ("RTX 4070 Mobile"), not only by its preferred label: each label of
    the product it extends, with the words before the label's class word; the product's own labels are not its."""
    vocab = real_linker.vocab
    d = vocab.describe_discovered(HW + "discovered/NVIDIA_GeForce_RTX_4070_Mobile")
    assert d is not None
    assert {"RTX 4070 Mobile", "GeForce RTX 4070 Mobile", "RTX 4070 Mobile GPU"} <= set(d.alt_labels)
    assert not {"RTX 4070", "RTX 4070 GPU Mobile", "NVIDIA GeForce RTX 4070 Mobile"} & set(d.alt_labels)
    max_q = vocab.describe_discovered(HW + "discovered/NVIDIA_GeForce_GTX_1650_Ti_Max-Q")
    assert max_q is not None and "GTX 1650 Ti Max-Q" in max_q.alt_labels
    # a product found by its class word keeps its own alternative labels only
    rule = next(r for r in vocab.rules if r.product and r.head_words == ("GPU",))
    found = vocab.describe_discovered(vocab.discovered(rule, "RTX 5090X"))
    assert found is not None and found.alt_labels == ("RTX 5090X GPU",)


def test_hwleft17_amd_gpu_family(real_linker):
    """The AMD GPU family is under the generic GPU, and AMD's GPU lines under it."""
    above = real_linker.above
    gpu, amd = HW + "gpu", HW + "amd-gpu"
    assert gpu in above[amd]
    assert {amd, gpu} <= set(above[HW + "amd-instinct"]) and {amd, gpu} <= set(above[HW + "amd-radeon"])
    assert amd in above[HW + "amd-mi250x"]


# issue 4 (speed17): fast paths held to the code they replace, on the released eval sets' titles and abstracts (the blind
# sets are not read) and edge cases: non-ASCII, NUL, all capitals, a hyphenated modifier right after a name
_SPEED17_SETS = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")
_SPEED17_EDGES = [
    "EDGE-DEVICE-FRIENDLY MODELS ON THE JETSON NANO GPU AND GPU ACCELERATORS SUCH AS TPUS. VQA TASKS ON VQA.",
    "an edge-device-friendly design on Raspberry-Pi-class devices and Jetson-Nano-based robots",
    "\x00Jetson Nano\x00-friendly GPU\x00accelerators such as GPUs\x00VQA tasks",
    "évaluation sur Jetson Nano‐based GPU accelerators (e.g., GPUs) — VQA tasks, captured with smartphones",
    "images captured with a smartphone, developed by AWS, hardware accelerators like GPUs and a GPU-",
    "",
]


@pytest.fixture(scope="module")
def speed17_texts():
    import json

    eval_dir = Path(__file__).parent / "data" / "eval"
    texts = []
    for name in _SPEED17_SETS:
        for line in (eval_dir / f"{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts += [record.get("title") or "", record.get("abstract") or ""]
    assert len(texts) > 1000
    return [*texts, *_SPEED17_EDGES]


def _names_other_use_reference(linker, text, cand, texts):
    # the code before speed17: the set of the candidate's kinds compared with one-kind sets
    from kg.linker import _TASK_WORD, _device_other_use, _exemplified_accelerator, _recording_device

    kinds = {linker.kinds[c] for c in cand.concepts}
    if kinds == frozenset({"HardwarePlatform"}) and _device_other_use(text, cand.start, cand.end):
        return True
    if (
        kinds == frozenset({"HardwarePlatform"})
        and cand.concepts <= linker.records_data
        and _recording_device(text, cand.start, cand.end)
    ):
        return True
    if kinds == frozenset({"HardwarePlatform"}) and _exemplified_accelerator(text, cand.start, cand.end, texts):
        return True
    return (
        bool(cand.context_label) and kinds == frozenset({"Benchmark"}) and bool(_TASK_WORD.match(text, cand.end, cand.end + 24))
    )


def _modifier_compound_reference(linker, text, cand):
    # the code before speed17: the span sliced first, the pattern compiled from its source per call
    span = text[cand.start : cand.end]
    return (
        not cand.exact
        and "-" in span
        and bool(re.match(r"-[a-z]", text[cand.end : cand.end + 2]))
        and all(linker.kinds[c] == "HardwarePlatform" for c in cand.concepts)
        and not (span[0].isupper() and all(linker.above[c] for c in cand.concepts))
    )


def test_speed17_candidate_checks_as_before(real_linker, speed17_texts):
    # issue 4 (speed17): a candidate's kinds read in one pass (no set per candidate) and the hyphen pattern compiled once
    # judge every candidate of every text as the code they replace
    from kg.linker import Candidate

    asked = other = compound = 0
    for text in speed17_texts:
        texts = {"abstract": text}
        cands = list(real_linker._scan(text)[0])
        # the same spans with no concept, or with concepts of two kinds: what the one-pass read must also tell apart
        first = next((c for c in cands if c.concepts), None)
        if first is not None:
            mixed = frozenset(c2 for c in cands for c2 in c.concepts)
            cands += [Candidate(first.start, first.end, frozenset(), False, frozenset())]
            cands += [Candidate(first.start, first.end, mixed, False, frozenset(mixed))]
        for cand in cands:
            asked += 1
            want = _names_other_use_reference(real_linker, text, cand, texts)
            assert real_linker._names_other_use(text, cand, texts) == want, (text, cand.start, cand.end)
            other += want
            if cand.concepts:
                want = _modifier_compound_reference(real_linker, text, cand)
                assert real_linker._modifier_compound(text, cand) == want, (text, cand.start, cand.end)
                compound += want
    assert asked > 10000 and other > 0 and compound > 0, (asked, other, compound)


def test_speed17_numbered_family_pattern_compiled_once(real_linker):
    # issue 4 (speed17): the numbered members' pattern of a stem, kept once compiled, answers as one compiled per call
    def reference(stem, number):
        if len(number) < 2 or not number.isdigit():
            return False
        from kg.linker import _EDITION

        numbered = re.compile(re.escape(stem) + r"[- ]?(\d{2,})")
        return any(
            (m := numbered.fullmatch(label)) is not None and m.group(1) != number and not _EDITION.fullmatch(m.group(1))
            for c in real_linker.vocab.labelled(stem, "Benchmark")
            for label in real_linker.vocab.labels(c)
        )

    cases = [("Kinetics", "600"), ("Kinetics", "400"), ("Kinetics", "6"), ("KINETICS", "700"), ("Office", "31")]
    cases += [("DAVIS", "346"), ("ALFRED", "2"), ("Market", "1501"), ("Places", "365"), ("ImageNet", "21"), ("a+b", "12")]
    cases += [("Kinetics", "٣٣"), ("", "12"), ("\x00", "12")]
    answers = []
    for _ in range(2):  # the second round reads the patterns kept by the first
        for stem, number in cases:
            answers.append(real_linker._numbered_family(stem, number))
            assert answers[-1] == reference(stem, number), (stem, number)
    assert any(answers) and not all(answers)


# Issue #3, vocabulary breadth (techtail18): a second round of established long-tail methods of ML, CV, NLP, RL,
# statistics, graphics, security and systems; the corpus audit's wrong readings are held off below


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We compare logistic regression, naive Bayes and a stacking ensemble on frozen BERT features." + FIELD,
            {"technique/naive-bayes", "technique/stacking-ensemble"},
        ),
        (
            "Dynamic convolution adaptively combines kernels; we also test ODConv in the CNN backbone.",
            {"technique/dynamic-convolution"},
        ),
        (
            "Following the adaptive density control of 3D Gaussian Splatting, our densification strategy clones Gaussians.",
            {"technique/densification"},
        ),
        (
            "We merge the fine-tuned LLMs by adding task vectors to the base model." + FIELD,
            {"technique/task-arithmetic"},
        ),
        (
            "Baselines include NPO and gradient ascent for LLM unlearning of the forget set." + FIELD,
            {"technique/npo"},
        ),
        (
            "The DQN agent stabilises Q-learning with a target network updated every 1000 steps." + FIELD,
            {"technique/target-networks"},
        ),
        (
            "One reflow step straightens the rectified flow trajectories of the diffusion model." + FIELD,
            {"technique/reflow"},
        ),
        (
            "A Retinex decomposition with gamma correction enhances low-light images before the detector." + FIELD,
            {"technique/retinex", "technique/gamma-correction"},
        ),
        (
            "Points are serialized along Hilbert curves before the Mamba blocks of the point cloud network." + FIELD,
            {"technique/space-filling-curves"},
        ),
        (
            "We replace LayerNorm with Dynamic Tanh (DyT) in the Transformer and train with contrastive search decoding." + FIELD,
            {"technique/dynamic-tanh", "technique/contrastive-search"},
        ),
        (
            "The text encoder is trained with synonym replacement, random erasing and color jittering augmentations." + FIELD,
            {"technique/synonym-replacement", "technique/random-erasing", "technique/color-jitter"},
        ),
        (
            "A Sobel operator yields edge maps, and transfer-based attacks craft adversarial examples on a surrogate CNN."
            + FIELD,
            {"technique/image-filtering", "technique/adversarial-attacks"},
        ),
        ("Diffusion-NPO steers the diffusion model away from unfavorable outputs." + FIELD, {"technique/diffusion-npo"}),
    ],
)
def test_long_tail_methods_of_techtail18_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # bare "stacking" is layers or kernels stacked, no stacked generalization
        (
            "Employing a few large kernels, instead of stacking multiple smaller ones, is superior." + FIELD,
            "technique/stacking-ensemble",
        ),
        # a network attackers aim at, reflow soldering, a non-profit organisation
        ("Attackers infiltrate the target network of the enterprise to exfiltrate data." + FIELD, "technique/target-networks"),
        ("Reflow soldering of the sensor board follows the thermal profile." + FIELD, "technique/reflow"),
        ("The NPO coordinated volunteers who labelled the images." + FIELD, "technique/npo"),
        # "typical" decoding methods are the usual ones; multi-crop feature extraction is no augmentation
        ("Typical decoding methods like greedy or beam search are biased." + FIELD, "technique/typical-sampling"),
        ("We enable parallelized multi-crop feature extraction in the decoder." + FIELD, "technique/multi-crop"),
        # weak-to-strong alone names a paper's own distillation, not the generalization paradigm
        ("We propose Weak-to-Strong Video Distillation for few-step synthesis." + FIELD, "technique/weak-to-strong"),
        # hyperspectral "feature inlining" is no compiler inlining
        (
            "High dimensionality and feature inlining pose challenges to Mamba for HSI classification." + FIELD,
            "technique/function-inlining",
        ),
    ],
)
def test_long_tail_methods_of_techtail18_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


def test_general_methods_of_techtail18_are_no_domain_evidence(real_linker):
    # kriging, CUSUM, generalized linear models and quantum key distribution are at home in geostatistics,
    # quality control, epidemiology and physics: under a neutral title they do not make a text one of the field
    text = (
        "We interpolate groundwater levels by ordinary kriging and monitor them with a CUSUM chart; a generalized "
        "linear model relates the levels to rainfall, and the stations report over quantum key distribution links."
    )
    assert not {c for c in titled_links(real_linker, "Groundwater Levels in Three Basins", text) if c.startswith("technique/")}


# Issue #3 (offfield18): outside the field a paper of computing in another area (a kg:computingCue, no kg:scienceCue) links
# its general methods named by a label of several words, unless kg:otherScience marks them as at home in the sciences
@pytest.mark.parametrize(
    "title, text, present",
    [
        (
            "Reactive Task and Motion Planning for a Mobile Manipulator",
            "We give a planning algorithm for a robot that shares its workspace with people: behavior trees sequence "
            "the skills, and a mixed-integer linear program allocates the shelves.",
            {"technique/behavior-trees"},
        ),
        (
            "Fair Allocation of Indivisible Chores in Polynomial Time",
            "Computing an allocation that is envy-free up to one chore is NP-hard in general; for two types of agents we "
            "give a polynomial-time algorithm and show that the Shapley value of the induced game is envy-free.",
            {"technique/shapley-values"},
        ),
        # no computing cue, but a data set of the vocabulary: a paper of computing
        (
            "Descriptors for Non-Rigid Shape Matching",
            "We compare the heat kernel signature with geodesic moments for matching deformed human bodies on the FAUST "
            "benchmark.",
            {"technique/heat-kernel-signature", "benchmark/faust"},
        ),
        (
            "Explaining Diagnoses to Clinicians",
            "In a user study with forty clinicians we compare verbal and visual explanations of Bayesian networks that "
            "combine symptoms and test results into a probability of disease.",
            {"technique/bayesian-networks"},
        ),
    ],
)
def test_a_computing_paper_outside_the_field_links_its_general_methods(real_linker, title, text, present):
    linked = titled_links(real_linker, title, text)
    assert present <= linked, linked


@pytest.mark.parametrize(
    "title, text",
    [
        # no word of computing: a biologist's and a physicist's methods
        (
            "Population Structure of Alpine Marmots from Microsatellite Loci",
            "We sampled twelve colonies and inferred migration rates with Bayesian optimization of a coalescent model; "
            "behavior trees of the foraging animals were scored by two observers.",
        ),
        # a word of computing, but the method is as much at home in the sciences (kg:otherScience)
        # a data set found by a pattern is no data set of computing there: an engineering test problem
        (
            "Level-Set Topology Optimization of Cantilever Brackets",
            "We initialize the level set from a density field and refine the boundary with a signed distance function; "
            "the MBB benchmark and a bracket show smoother boundaries.",
        ),
        (
            "Ensemble Forecasts of River Discharge",
            "Our assimilation algorithm couples an ensemble Kalman filter to a hydrological model, and Markov chain Monte "
            "Carlo samples the roughness parameters of the finite element model of the channel bed.",
        ),
        (
            "Crack Edges in Thermographic Images of Welds",
            "The algorithm applies Canny edge detection and Otsu thresholding after a median filter, and the Hough "
            "transform fits the weld seam.",
        ),
        # a word of computing in a paper of communications or power engineering (kg:scienceCue)
        (
            "Energy-Efficient Beamforming for Cell-Free Networks",
            "We propose an algorithm that maximizes the sum rate under per-antenna power limits: successive convex "
            "approximation and fractional programming handle the non-convex constraints.",
        ),
        # the economists' theory of games, and control theory, are as much at home outside computing
        (
            "Wage Posting in Frictional Labor Markets",
            "We characterize the Nash equilibria of the wage-posting game and give a polynomial-time algorithm for the "
            "mechanism design problem of the regulator.",
        ),
        (
            "Attitude Control of a Small Satellite",
            "Our control algorithm combines a Lyapunov function with a linear quadratic regulator for the reaction wheels.",
        ),
        (
            "Dispatch of Grid-Forming Inverters",
            "A polynomial-time algorithm schedules the inverters of a microgrid by mixed-integer linear programming, with "
            "voltage limits at every bus.",
        ),
        # techtail18's methods of statistics, with a word of computing (merge17: kg:otherScience as offfield18's)
        (
            "Readmission Risk After Cardiac Surgery",
            "Our algorithm fits generalized linear models and ordinal regression to registry records, and CUSUM charts "
            "monitor the hospitals.",
        ),
    ],
)
def test_an_other_science_paper_with_general_methods_stays_unlinked(real_linker, title, text):
    linked = titled_links(real_linker, title, text)
    assert not {c for c in linked if c.startswith(("technique/", "model/"))}, linked


def test_general_methods_off_the_field_need_a_label_of_several_words(real_linker):
    """No one-word label, no context label, no short form: "scheduling" or "MILP" alone say nothing of their sense."""
    linked = titled_links(
        real_linker,
        "Scheduling Tugboats in a Port",
        "Our algorithm solves the scheduling of tugboats as an MILP; we compare with simulated annealing.",
    )
    assert not {c for c in linked if c.startswith("technique/")} - {"technique/simulated-annealing"}, linked
    assert "technique/simulated-annealing" in linked
    assert real_linker._general_method("https://w3id.org/papers-kg/technique/integer-programming", "label", "integer programming")
    assert not real_linker._general_method("https://w3id.org/papers-kg/technique/integer-programming", "abbreviation", "MILP")
    assert not real_linker._general_method("https://w3id.org/papers-kg/technique/mcmc", "label", "Markov chain Monte Carlo")


# Issue #3 (gen20): outside the field two general methods of learning (beneath a kg:learningFamily) named side by side show
# a paper of machine learning in another area as a computing cue does (the general-CS abstracts of the blind sets: "MultiDelete
# for Multimodal Machine Unlearning" linked nothing)
@pytest.mark.parametrize(
    "title, text, present",
    [
        (
            "Forgetting on Request in Image-Text Retrieval",
            "Machine unlearning removes what a retrieval system learned from deleted image-caption pairs. Our method forgets "
            "them in minutes and keeps the forgotten pairs safe from adversarial attacks that try to recover them.",
            {"technique/machine-unlearning", "technique/adversarial-attacks"},
        ),
        # one beneath the other counts too: conformal prediction is a way of quantifying uncertainty
        (
            "Calibrated Landmark Localization in Radiographs",
            "We attach conformal prediction intervals to every landmark and compare them with uncertainty quantification by "
            "ensembles on two public collections of cephalograms.",
            {"technique/conformal-prediction", "technique/uncertainty-quantification"},
        ),
        (
            "Personalized Persuasive Dialogue",
            "Causal discovery finds the strategies that drive donations in dialogues, and counterfactual inference generates "
            "what a persuader could have said instead.",
            {"technique/causal-discovery", "technique/counterfactual-reasoning"},
        ),
    ],
)
def test_two_learning_methods_outside_the_field_show_a_paper_of_computing(real_linker, title, text, present):
    linked = titled_links(real_linker, title, text)
    assert present <= linked, linked


@pytest.mark.parametrize(
    "title, text",
    [
        # one method of learning alone: often a word of another discipline
        (
            "Flood Extent from Radar Images",
            "We map flooded areas from radar images of three rivers and report uncertainty quantification for every map.",
        ),
        # two general methods, neither of learning: a graphics engineer's methods (the off-domain fixture's mesher)
        (
            "Rendering Terrain for Flight Simulators",
            "Terrain meshes come from Delaunay triangulation of elevation samples, and ray tracing shades them in real time.",
        ),
        # two methods of learning in a paper of the life sciences (kg:scienceCue "neurons")
        (
            "Decoding Reach Direction from Motor Cortex",
            "We record neurons of the motor cortex; conformal prediction gives intervals for the decoded direction and "
            "uncertainty quantification compares the animals.",
        ),
        # methods as much at home in the sciences (kg:otherScience) corroborate nothing
        (
            "Photometric Redshifts of Faint Galaxies",
            "Gaussian process regression and kernel density estimation give redshift distributions for faint galaxies in the "
            "survey.",
        ),
    ],
)
def test_two_learning_methods_need_no_science_and_no_other_family(real_linker, title, text):
    linked = titled_links(real_linker, title, text)
    assert not {c for c in linked if c.startswith(("technique/", "model/"))}, linked


# Issue #3 (gen20): LaTeX sources set a name's one-letter variable in math ("best-of-$N$ sampling", "$k$-means"): a variant
@pytest.mark.parametrize(
    "label, form",
    [
        ("Best-of-N", "Best-of-$N$"),
        ("k-means clustering", "$k$-means clustering"),
        ("k-nearest neighbors", "$k$-nearest neighbors"),
        ("t-SNE", "$t$-SNE"),
        ("top-k sampling", "top-$k$ sampling"),
    ],
)
def test_a_one_letter_variable_of_a_name_is_also_written_in_math(label, form):
    assert form in variants(label)


@pytest.mark.parametrize("label", ["R", "C", "A* search", "N:M sparsity", "x86"])
def test_only_a_one_letter_word_beside_another_word_gets_math_forms(label):
    assert not any("$" in v for v in variants(label))


def test_latex_variables_in_names_link(real_linker):
    text = (
        "We serve LLM inference on GPUs and compare best-of-$N$ sampling with $k$-means clustering of the answers; "
        "a bare $k$ or $N$ links nothing."
    )
    found = {(lk.text, lk.concept.rsplit("/", 1)[1]) for lk in real_linker.link_texts([("abstract", text)])}
    assert ("best-of-$N$ sampling", "best-of-n") in found
    assert ("$k$-means clustering", "k-means") in found
    assert not {t for t, _ in found if "$" in t} - {"best-of-$N$ sampling", "$k$-means clustering"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # models18 (issue 3): a sized member is its own concept beneath its family (as OPT 350M and Qwen2.5-7B were), and
        # its name is no form of the family's: "YOLOv5s" is the small YOLOv5, not a plural of YOLOv5
        ("A lightweight YOLOv5s detection network tracks vehicles.", {"model/yolov5s"}),
        ("We compare YOLOv8 with YOLOv8m and YOLOv8n detectors.", {"model/yolov8", "model/yolov8m", "model/yolov8n"}),
        ("The best classifier, EfficientNetV2S, reaches 96% accuracy.", {"model/efficientnetv2-s"}),
        ("We fine-tune Pythia-410M and Pythia-1.4B language models.", {"model/pythia-410m", "model/pythia-14b"}),
        ("The quantized DeiT-Base model and DeiT-B reach 80.4% on ImageNet.", {"model/deit-base", "benchmark/imagenet"}),
        ("LoRA on BERTimbau-Large and BERTimbau-Base.", {"model/bertimbau-large", "model/bertimbau-base", "technique/lora"}),
        ("We adapt OPT-1.3B and OPT-13B language models.", {"model/opt-1-3b", "model/opt-13b"}),
        # the family's own forms stay the family's
        ("Inspired by the long-range modeling ability of ViTs, convolutions grow.", {"model/vision-transformer"}),
        ("Two YOLOv8 models detect objects.", {"model/yolov8"}),
    ],
)
def test_a_sized_member_is_its_own_concept(real_linker, text, expected):
    got = {
        lk.concept.split("/papers-kg/")[1]
        for lk in real_linker.link_texts([("abstract", text + " We train deep neural networks.")])
    }
    assert expected <= got and not {c for c in got - expected if c.startswith("model/")}, got


@pytest.mark.parametrize(
    "text, expected",
    [
        # models18 (issue 3): models the 2025 corpus names in several abstracts that linked nothing (corpus sentences)
        ("Experimental results demonstrate that PointKAN outperforms PointMLP on benchmark datasets.", "model/pointmlp"),
        (
            "Rank-K improves retrieval effectiveness by 23% over the RankZephyr, the state-of-the-art listwise reranker.",
            "model/rankzephyr",
        ),
        ("We assess several MLLMs, including GPT-4o and newer models like Video-R1 and VideoChat-R1.", "model/video-r1"),
        ("The patch distribution modeling framework (PaDiM) detects anomalies.", "model/padim"),
        # a spiking Transformer is a model family of its own, no technique's label (three golds name it as a model)
        ("Spiking Transformers have shown strong potential for long-range visual modeling.", "model/spiking-transformer"),
        (
            "The proposed model integrates a spiking transformer architecture with knowledge distillation.",
            "model/spiking-transformer",
        ),
    ],
)
def test_models18_models_link(real_linker, text, expected):
    assert expected in real_links(real_linker, text + FIELD)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # hw23: Stable Diffusion's 2.x releases are a version of their own, as 1.5 and 3 are (test9's and test14's golds
        # name "Stable Diffusion v2.1" apart from the family; seeds' "SD2" beside "SD1.5")
        ("ALTER matches the original 50-step Stable Diffusion v2.1 model.", "model/sd2", "model/stable-diffusion"),
        ("We fine-tune SD2.1 and SD1.5 on faces.", "model/sd2", "model/stable-diffusion"),
        ("We fine-tune Stable Diffusion on faces.", "model/stable-diffusion", "model/sd2"),
        # SD3's and 3.5's sizes are members of their own (models18), the version alone stays SD3's
        ("We distill Stable Diffusion 3.5 Large into a one-step generator.", "model/sd35-large", "model/sd3"),
        ("We distill Stable Diffusion 3.5-Medium into a one-step generator.", "model/sd35-medium", "model/sd3"),
        ("We distill SD3-Medium into a one-step generator.", "model/sd3-medium", "model/sd3"),
        ("We distill SD3.5 into a one-step generator.", "model/sd3", "model/sd35-large"),
        # a model named before "-style" is named there, not swallowed by a method's label ("late-interaction retrieval")
        ("Hydra provides ColBERT-style late-interaction retrieval.", "model/colbert", None),
        ("An ablation shows that GritLM-style joint training provides no benefit.", "model/gritlm", None),
    ],
)
def test_hw23_model_versions_and_names(real_linker, text, expected, absent):
    got = real_links(real_linker, text + FIELD)
    assert expected in got and absent not in got, got


def test_a_release_the_paper_introduces_is_its_own():
    # models18: "ShieldGemma 2" is a label, so the paper that introduces it links it nowhere (proposes, models17)
    from kg.vocab import load

    linker = Linker(load())
    links = linker.link_texts(
        [
            ("title", "ShieldGemma 2: Robust and Tractable Image Content Moderation"),
            ("abstract", "We introduce ShieldGemma 2, a 4B parameter image content moderation model built on Gemma 3."),
        ]
    )
    assert not [lk for lk in links if "shieldgemma" in lk.concept]
    assert any(lk.concept.endswith("model/gemma-3") for lk in links)


# Labels offfield18's corpus reading found under a concept they are not (merge17): decentralized learning has no server,
# Hamilton-Jacobi reachability is no barrier function, a cost volume is a data structure of stereo networks
@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "We train a ResNet by decentralized learning over a ring of GPUs with gossip averaging.",
            {"technique/decentralized-learning"},
            {"technique/federated-learning"},
        ),
        (
            "Decentralized federated learning of LLMs on edge devices removes the server.",
            {"technique/federated-learning"},
            {"technique/decentralized-learning"},
        ),
        (
            "Hamilton-Jacobi reachability analysis certifies a quadrotor policy trained by reinforcement learning.",
            {"technique/hamilton-jacobi-reachability"},
            {"technique/control-barrier-functions"},
        ),
        (
            "The CNN builds a cost volume from the features of both views and regresses disparity with 3D convolutions.",
            set(),
            {"technique/stereo-matching"},
        ),
    ],
)
def test_labels_moved_off_a_concept_they_are_not(real_linker, text, present, absent):
    linked = titled_links(real_linker, "Learning on Edge GPUs", text)
    assert present <= linked and not absent & linked, linked


@pytest.mark.parametrize(
    "text, absent, linked",
    [
        # an operation a kernel computes is no method (techprec19: the dev gold leaves bare GEMM 4 of 4)
        ("Standalone GEMM benchmarks show a 7x speedup over an ARM CPU for the DNN.", "gemm-optimization", None),
        ("Neighborhood attention can be represented as a batched GEMM problem on GPUs.", "gemm-optimization", None),
        (
            "Dense operations such as GEMM and matrix-vector multiplication dominate LLM inference on GPUs.",
            "gemm-optimization",
            None,
        ),
        ("We study GEMM optimization for the Tensor Cores of GPUs.", None, "gemm-optimization"),
        # calibrated confidence is a property a model has, not temperature scaling
        (
            "LLMs reach better accuracy and confidence calibration than their non-reasoning counterparts.",
            "temperature-scaling",
            None,
        ),
        ("We apply temperature scaling to the logits of the deep neural network.", None, "temperature-scaling"),
        # the stationary dataflows are named apart from their family
        ("We deploy an output stationary dataflow on the FPGA accelerator for DNNs.", None, "output-stationary-dataflow"),
        ("Eyeriss uses a row-stationary dataflow on its processing elements for CNNs.", None, "row-stationary-dataflow"),
        # ECA-Net's module is no squeeze-and-excitation block
        (
            "The CNN combines Efficient Channel Attention and knowledge distillation.",
            "squeeze-and-excitation",
            "efficient-channel-attention",
        ),
        ("We add ECA modules after each convolution of the CNN.", None, "efficient-channel-attention"),
        ("We add channel attention after each convolution of the CNN.", None, "squeeze-and-excitation"),
        (
            "An improved geodesic active contour model with a deep neural network segments the pelvis.",
            None,
            "geodesic-active-contour",
        ),
        # gradual or progressive pruning raises the sparsity on a schedule; movement pruning scores weights by their movement
        ("This work evaluates progressive magnitude-based pruning of the DNN.", "movement-pruning", "gradual-pruning"),
        ("This work evaluates progressive magnitude-based pruning of the DNN.", None, "magnitude-pruning"),
        ("We integrate sparsity-aware training and channel pruning for the DNN.", None, "sparsity"),
        # a capability, a field, a problem: no methods
        ("LLMs do not have demonstrated causal reasoning capabilities beyond memorization.", "causal-inference", None),
        ("We use a structural causal model for treatment effect estimation with deep neural networks.", None, "causal-inference"),
        (
            "Recent advances in generative modeling have enabled high-quality synthetic data for deep learning.",
            "generative-modeling",
            None,
        ),
        ("Deep generative models synthesize training data for the neural network.", None, "generative-modeling"),
        ("It creates load imbalance between the attention operators on GPUs.", "load-balancing", None),
        ("We add load balancing across the experts of the MoE on GPUs.", None, "load-balancing"),
        # choosing training data is data selection, not active learning (which queries labels)
        ("MIG: Automatic Data Selection for Instruction Tuning of LLMs.", "active-learning", "data-selection"),
        (
            "We select a representative coreset of the training set for the deep neural network.",
            "active-learning",
            "data-selection",
        ),
        ("Active learning with uncertainty sampling queries labels for the deep neural network.", None, "active-learning"),
        # bare "parameter-efficient" is the fine-tuning method only beside a word of fine-tuning or adaptation
        (
            "The fine-tuning is conducted in a parameter-efficient manner, with the pre-trained weights frozen in the LLM.",
            None,
            "peft",
        ),
        ("Group convolution boosts deep neural networks in a compute and parameter efficient manner.", "peft", None),
        ("We introduce Bielik v3, a series of parameter-efficient generative text models for LLM research.", "peft", None),
        ("Key areas include parameter-efficient training strategies for LLMs.", None, "peft"),
        # a task named as if it were a method; an LLM's instruction data selection is no compiler's instruction selection
        ("Few-shot classification of hyperspectral images with deep learning faces scarce labels.", "meta-learning", None),
        ("RAISE: Reinforced Adaptive Instruction Selection For Large Language Models.", "register-allocation", None),
        ("Our compiler performs instruction selection for the ISA of deep learning accelerators.", None, "register-allocation"),
    ],
)
def test_names_of_techprec19(real_linker, text, absent, linked):
    links = real_links(real_linker, text)
    if absent:
        assert "technique/" + absent not in links
    if linked:
        assert "technique/" + linked in links


@pytest.mark.parametrize(
    "text, absent, linked",
    [
        # test8tech (issue 3): a learned image or video codec is no compression of a network's weights
        (
            "Learned image compression (LIC) methods train a convolutional neural network with a hyperprior entropy model.",
            "weight-compression",
            "learned-image-compression",
        ),
        (
            "Neural video compression (NVC) with a deep neural network codec has advanced rapidly.",
            "weight-compression",
            "neural-video-compression",
        ),
        (
            "Recent neural compression approaches with deep neural networks struggle with bitrate control.",
            "weight-compression",
            None,
        ),
        ("Huffman coding of weights shrinks the pruned deep neural network further.", None, "weight-compression"),
        # the computation of attention is an operation, no method; the mechanism still links
        (
            "The quadratic complexity of attention computation slows diffusion transformers in deep learning.",
            "self-attention",
            None,
        ),
        ("We replace scaled dot-product attention with a linear kernel in the deep neural network.", None, "self-attention"),
        # the long form of the KV cache holds the names of its methods too, with or without its short form between
        (
            "We introduce a training-free progressive key-value (KV) cache compression pipeline for the LLM.",
            None,
            "kv-cache-compression",
        ),
        ("This approach combines pruning with key-value cache quantization for LLMs.", None, "kv-cache-quantization"),
        ("A fixed key-value (KV) cache eviction ratio limits the LLM.", None, "kv-cache-eviction"),
        # a rate-distortion trade-off is the property a codec reaches; rate-distortion optimization is the method
        (
            "HAG achieves better rate-distortion trade-offs than fixed quantization of the deep neural network codec.",
            "rate-distortion",
            None,
        ),
        ("We apply rate-distortion optimization to the learned codec of the deep neural network.", None, "rate-distortion"),
    ],
)
def test_names_of_test8tech(real_linker, text, absent, linked):
    links = real_links(real_linker, text)
    if absent:
        assert "technique/" + absent not in links
    if linked:
        assert "technique/" + linked in links


def _model_spans(real_linker, text):
    return {
        (lk.text, lk.concept.split("/papers-kg/")[1])
        for lk in real_linker.link_texts([("abstract", text + " We train deep neural networks.")])
        if lk.concept.startswith(MODEL)
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # models19 (issue 3): a patch size and an input resolution are part of the sized member's name
        ("Starting from a DeiT-B/16 baseline, we compress tokens.", {("DeiT-B/16", "model/deit-base")}),
        ("A DeiT-S/16 and a ViT-S/8 are fine-tuned.", {("DeiT-S/16", "model/deit-small"), ("ViT-S/8", "model/vit-s")}),
        ("We evaluate ViT-B/16@384 on images.", {("ViT-B/16@384", "model/vit-b")}),
        ("A ViT-Tiny/16 and ViT-g/14 backbone.", {("ViT-Tiny/16", "model/vit-ti"), ("ViT-g/14", "model/vit-g")}),
        # a backbone with its patch size after a named model is that model's member, or the model where it has none
        ("Features come from a frozen DINOv2 ViT-L/14 encoder.", {("DINOv2 ViT-L/14", "model/dinov2-l")}),
        # OpenAI's released CLIP models are CLIP's members (models20); another encoder after CLIP is CLIP
        ("We quantize CLIP ViT-B/16 to INT8.", {("CLIP ViT-B/16", "model/clip-vit-b-16")}),
        ("We quantize CLIP ViT-L/14@336 to INT8.", {("CLIP ViT-L/14@336", "model/clip-vit-l-14")}),
        ("We quantize CLIP-ViT-B/32 to INT8.", {("CLIP-ViT-B/32", "model/clip-vit-b-32")}),
        ("We quantize CLIP ViT-H/14 to INT8.", {("CLIP ViT-H/14", "model/clip")}),
        ("Distillation from a frozen self-supervised DINO ViT-S/16 teacher.", {("DINO ViT-S/16", "model/dino")}),
    ],
)
def test_a_patch_size_is_part_of_the_member(real_linker, text, expected):
    assert _model_spans(real_linker, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no model before the backbone, or not right before it: the backbone stands as itself
        ("Pretrained on ImageNet ViT-B/16 reaches 81%.", {("ViT-B/16", "model/vit-b")}),
        ("We compare CLIP, ViT-B/16 and ViT-L.", {("CLIP", "model/clip"), ("ViT-B/16", "model/vit-b"), ("ViT-L", "model/vit-l")}),
        # no patch size: two models side by side
        ("We compare DINOv2 ViT-L features.", {("DINOv2", "model/dinov2"), ("ViT-L", "model/vit-l")}),
        # a slash and a number after a model's version, no size: two versions
        (
            "We prompt GPT-4/5 and Llama-2/3 models.",
            {("GPT-4", "model/gpt-4"), ("5", "model/gpt-5"), ("Llama-2", "model/llama-2"), ("3", "model/llama-3")},
        ),
    ],
)
def test_no_patch_member_without_a_model_and_a_patch(real_linker, text, expected):
    assert _model_spans(real_linker, text) == expected


@pytest.mark.parametrize(
    "text, concept",
    [
        # models19 (issue 3): a model's name that is also a word or a name links with a model's context: a list of
        # models, a size, a model word after it, a family's acronym before it, or its context terms
        ("Multilingual large language models such as LLaMA, Aya, Qwen, and BloomZ detect hate speech.", "model/aya"),
        ("We quantize Aya (3.35B) for serving.", "model/aya"),
        ("We fine-tune the Zephyr model with DPO.", "model/zephyr"),
        ("We benchmark SLMs from the LLaMA, Gemma, Mistral, and Granite families.", "model/granite"),
        ("Experiments on the unified VLM BAGEL show gains.", "model/bagel-model"),
        ("Normalizing flows such as NICE and RealNVP use coupling layers.", "model/nice-flow"),
        ("We fine-tune text-to-image diffusion models such as FLUX and Kandinsky.", "model/kandinsky"),
    ],
)
def test_a_word_named_model_links_in_a_model_context(real_linker, text, concept):
    assert concept in {c for _, c in _model_spans(real_linker, text)}


@pytest.mark.parametrize(
    "text, concept",
    [
        # the same words with no model's context
        ("We classify Granite and Basalt rock images with a CNN.", "model/granite"),
        ("Our reasoning model is tested on Kandinsky patterns and CLEVR images.", "model/kandinsky"),
        ("A RAG system answers questions on UK NICE clinical guidelines with LLMs.", "model/nice-flow"),
        ("Aya, a nurse, labelled the images that our CNN classifies.", "model/aya"),
        ("We show a flamingo image to a CNN classifier.", "model/flamingo"),  # written in lower case: the bird
        # a score after an acronym is no release: "MAE 0.81" (mean absolute error), "SD 10.8" (standard deviation)
        ("Our pipeline attains MAE 0.81 days with a CNN.", "model/mae"),
        ("Patients (mean age 70 SD 10.8) were scored by a CNN.", "model/stable-diffusion"),
    ],
)
def test_a_word_named_model_needs_a_model_context(real_linker, text, concept):
    assert concept not in {c for _, c in _model_spans(real_linker, text)}


def test_a_word_named_model_inside_the_titles_own_name_is_the_papers(real_linker):
    # models19: "Tiny Aya" is the paper's own model (its title opens with it), no mention of the family Aya; the family
    # named alone in the same text still links
    fields = [
        ("title", "Tiny Aya: Bridging Scale and Multilingual Depth"),
        ("abstract", "Tiny Aya redefines what a small multilingual language model can achieve. We compare Aya and Qwen3 LLMs."),
    ]
    got = [(lk.text, lk.start) for lk in real_linker.link_texts(fields) if lk.concept == MODEL + "aya"]
    assert got == [("Aya", fields[1][1].index("Aya and"))], got


@pytest.mark.parametrize(
    "text, expected",
    [
        # test8other (issue 3): established benchmarks and models test8's gold names that the vocabulary lacked
        # (corpus sentences)
        ("We benchmark against five baselines on the LP-PDBBind hold-out and CASF-2016.", "benchmark/casf-2016"),
        ("We report case studies on Tiger, GridWorld, and RockSample.", "benchmark/rocksample"),
        ("Experiments on eight POMDP environments (including RockSample(4,4)) illustrate it.", "benchmark/rocksample"),
        ("On the three largest Gset instances, which represent 2D spin glasses, Cosm is optimal.", "benchmark/gset"),
        ("Strong methods such as GFPGAN and CodeFormer give good perceptual quality.", "model/gfpgan"),
        ("Strong methods such as GFPGAN and CodeFormer give good perceptual quality.", "model/codeformer"),
        ("It reduces inference latency by up to 45% with R1-Distill, while maintaining accuracy.", "model/deepseek-r1-distill"),
        # bare "DPG" is DPG-Bench beside a word of image generation
        ("Text-to-image results: 0.59 on GenEval and 79.66 on DPG.", "benchmark/dpg-bench"),
        ("Experiments across autoregressive image generation models improve DPG on Lumina-mGPT.", "benchmark/dpg-bench"),
    ],
)
def test_test8other_names_link(real_linker, text, expected):
    assert expected in real_links(real_linker, text + FIELD)


@pytest.mark.parametrize(
    "text",
    [
        # "DPG" with no word of image generation, or defined as something else, is no benchmark (corpus sentences)
        "Karma DPG converges to a Stationary Nash Equilibrium when a novel agent joins.",
        "We propose a triple-branch dual-prompt guidance (DPG) for one-step super-resolution diffusion.",
        "The Dataset Policy Gradient (DPG) optimizes synthetic data for text-to-image generators.",
        "The deep deterministic policy gradient (DPG) agent learns a continuous controller.",
    ],
)
def test_dpg_needs_an_image_generation_context(real_linker, text):
    assert "benchmark/dpg-bench" not in real_links(real_linker, text + FIELD)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # test8other: a model's hyphenated name written with spaces after a word joined by a hyphen is a compound's
        # tail (corpus: all 32 "Step-Video" links were "one-step video", "few-step video", ...)
        ("We propose Mirage, a one-step video diffusion model for generation.", set(), {"model/step-video"}),
        ("It generates realistic single-step videos close to real videos.", set(), {"model/step-video"}),
        ("SeedVR2: One-Step Video Restoration via Diffusion Adversarial Post-Training.", set(), {"model/step-video"}),
        # the name itself, hyphenated or spaced on its own, still links
        ("We compare with Step-Video-T2V and Wan on VBench.", {"model/step-video"}, set()),
        ("We compare with Step Video and Wan on VBench.", {"model/step-video"}, set()),
        # "XLM-RoBERTa Base" is XLM-R, no RoBERTa-base
        ("We fine-tune XLM-RoBERTa Base on the corpus.", {"model/xlm-r"}, {"model/roberta-base"}),
    ],
)
def test_a_spaced_name_after_a_hyphen_is_a_compounds_tail(real_linker, text, present, absent):
    found = real_links(real_linker, text + FIELD)
    assert present <= found and not absent & found, found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # trap29: a span that starts after "non-" names what the text's thing is not (c50k + every corpus abstract with
        # "non-": 131 links, the 30 that were a paper's only mention of the concept mostly wrong)
        (
            "We compare against non-fine-tuned models and non-watermarked images.",
            set(),
            {"technique/fine-tuning", "technique/watermarking"},
        ),
        (
            "Title: Automated Convexification of Generic Non-Convex Optimization Problems.",
            set(),
            {"technique/convex-optimization"},
        ),
        ("A non-convex optimization landscape of the loss.", set(), {"technique/convex-optimization"}),
        ("Recently, non-convolutional models such as the Vision Transformer emerged.", set(), {"model/cnn"}),
        ("It surpasses prior non-continual learning methods.", set(), {"technique/continual-learning"}),
        (
            "We study retrieval-augmented generation (RAG) and non-RAG settings.",
            {"technique/retrieval-augmented-generation"},
            set(),
        ),
        # a named model or platform after "non-" is the class contrasted, which the text's own thing mostly belongs to
        ("Our benchmark reports non-LLM baselines and a six-model leaderboard.", {"model/llm"}, set()),
        # a label that is itself the negated word still links, and so does the concept named apart
        ("We apply non-maximum suppression after the LLM fine-tuning stage.", {"model/llm", "technique/fine-tuning"}, set()),
        # trap29: a span starting inside a hyphenated word that another label matches from its start gives way to it
        # ("self-supervised contrastive learning" is no supervised contrastive learning; c50k: 27 such links, all wrong)
        (
            "A self-supervised contrastive learning strategy aligns the features.",
            {"technique/self-supervised-learning", "technique/contrastive-learning"},
            {"technique/supervised-contrastive"},
        ),
        ("We design a semi-supervised fine-tuning strategy.", {"technique/semi-supervised-learning"}, {"technique/sft"}),
        ("We evaluate on the mini-ImageNet dataset.", {"benchmark/mini-imagenet"}, {"benchmark/imagenet"}),
        # not inside a compound: the labels link as written
        (
            "Supervised contrastive learning and supervised fine-tuning help.",
            {"technique/supervised-contrastive", "technique/sft"},
            set(),
        ),
        # trap29: "cutting-edge", "leading-edge" mean the newest (kg:otherSense): no edge device, no edge detection
        (
            "We deploy on cutting-edge devices and analyze cutting-edge detection methods.",
            set(),
            {"hardware/edge-device", "technique/edge-detection"},
        ),
        ("We deploy the model on edge devices.", {"hardware/edge-device"}, set()),
    ],
)
def test_a_span_does_not_start_inside_a_negated_or_matched_compound(real_linker, text, present, absent):
    found = real_links(real_linker, text + FIELD)
    assert present <= found and not absent & found, found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # trap29: diffusion MRI and the diffusion of a PDE are no diffusion models (kg:otherSense; c50k: 8 of 9 papers
        # whose only diffusion-model link such a phrase made named no generative model)
        (
            "A pipeline for diffusion-weighted magnetic resonance images segments the fetal lung.",
            set(),
            {"technique/diffusion-models"},
        ),
        ("Diffusion MRI (dMRI) tractography maps brain images of white matter.", set(), {"technique/diffusion-models"}),
        ("A U-Net surrogate predicts convection-diffusion-reaction image processes.", set(), {"technique/diffusion-models"}),
        # a generative model named so still links, and so does one that synthesizes such images
        ("ReactDiff: Facial Reaction Diffusion Model for generating reactions.", {"technique/diffusion-models"}, set()),
        ("We train a diffusion model to synthesize diffusion MRI from CT images.", {"technique/diffusion-models"}, set()),
    ],
)
def test_diffusion_of_water_or_heat_is_no_diffusion_model(real_linker, text, present, absent):
    found = real_links(real_linker, text + FIELD)
    assert present <= found and not absent & found, found


@pytest.mark.parametrize(
    "text, present",
    [
        # trap29: the Hadamard transform is quantization's rotation only beside words of quantization (c50k: 4 of 12
        # papers used it as a signal transform, a NOMA spreading code, a U-Net's layers beside the DCT)
        ("We apply an online Hadamard transformation to suppress activation outliers before 4-bit quantization.", True),
        ("It leverages the Walsh-Hadamard transform with sequency ordering to reduce quantization error.", True),
        ("Hadamard-NOMA applies the Hadamard Transform (HT) at the source level prior to modulation.", False),
        ("A U-Net incorporates trainable Hadamard Transform and Discrete Cosine Transform layers.", False),
    ],
)
def test_a_hadamard_transform_is_a_rotation_beside_quantization(real_linker, text, present):
    assert ("technique/rotation-quantization" in real_links(real_linker, text + FIELD)) is present


# models20 (issue 3): "MAE" is Masked Autoencoder and mean absolute error; written as a measured value it is the metric
@pytest.mark.parametrize(
    "text",
    [
        "Depth peaks at layer 8 (MAE = 0.0875) in a frozen ViT pre-trained with masking.",
        "Our ViT pre-training achieves an MAE of 3.65 years on brain age from images.",
        "We assess frozen ViT features using MSE, MAE, and R2 metrics for self-supervised pre-training.",
        "Self-supervised ViT pre-training reduces test MAE by 6.3% on image regression.",
        "A linear probe on the ViT backbone extracts joint angles at 6.1 degrees MAE from pre-trained features.",
        "Masked image pre-training of ViT lowers depth MAE from 13.18 m to 1.80 m.",
    ],
)
def test_a_metric_short_form_written_as_a_value_is_no_model(real_linker, text):
    assert "model/mae" not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Self-supervised backbones (DINO, MAE, MoCo) are pre-trained on ViT patches.",
        "It surpasses the recent MAE by 1.1% in ImageNet-1K classification with ViT pre-training.",
        "A 3D MAE encoder is pre-trained with masking on ViT patches.",
        "Compared with the default masking strategy in standard MAE, our ViT pre-training improves.",
    ],
)
def test_the_masked_autoencoder_still_links_beside_numbers(real_linker, text):
    assert "model/mae" in real_links(real_linker, text)


# models20: bare "VQA" names the task; the data set only in a list of linked data sets
@pytest.mark.parametrize(
    "text, linked",
    [
        ("We benchmark four VQA architectures with multimodal LLaVA models on images.", False),
        ("Experiments on three medical VQA benchmarks with vision-language models show gains.", False),
        ("Vision-language models generate 8M VQA samples for question answering.", False),
        ("Vision-language models are evaluated on VQA and GQA with deep learning.", True),
        ("Evaluation on five benchmarks (BLiMP, EWoK, Winoground and VQA) shows gains for multimodal models.", True),
    ],
)
def test_a_task_named_benchmark_links_only_in_a_list_of_data_sets(real_linker, text, linked):
    assert ("benchmark/vqa-v2" in real_links(real_linker, text)) is linked


# models20: Spider 2.0 is another benchmark than Spider
def test_spider_2_is_its_own_benchmark(real_linker):
    found = real_links(real_linker, "Text-to-SQL results of LLMs on the Spider and Spider 2.0 benchmarks.")
    assert {"benchmark/spider", "benchmark/spider-2"} <= found
    assert "benchmark/spider" not in real_links(real_linker, "Text-to-SQL with LLMs on the Spider 2.0-Snow benchmark.")


# models20: a data set named in the title with its head word and no article ("TARAZ: Persian ... Benchmark for ...")
@pytest.mark.parametrize(
    "title, name",
    [
        ("TARAZ: Persian Short-Answer Question Benchmark for Cultural Evaluation of Language Models", "TARAZ"),
        ("HalluLens: LLM Hallucination Benchmark", "HalluLens"),
        ("SeLeRoSa: Sentence-Level Romanian Satire Detection Dataset", "SeLeRoSa"),
    ],
)
def test_a_titles_name_before_a_bare_data_set_subtitle_is_a_data_set(real_linker, title, name):
    found = {lk.text for lk in real_linker.link_texts([("title", title), ("abstract", "We evaluate LLMs." + FIELD)])}
    assert name in found


@pytest.mark.parametrize(
    "title, name",
    [
        ("ClimbingCap: Multi-Modal Dataset and Method for Rock Climbing", "ClimbingCap"),  # a method's too
        ("Text2VLM: Adapting Text-Only Datasets to Evaluate Alignment Training", "Text2VLM"),  # a verb's "-ing" form
        ("Descriptor: Dataset of Parasitoid Wasps and Associated Hymenoptera", "Descriptor"),  # one capital: a word
    ],
)
def test_no_data_set_by_a_bare_subtitle_that_says_more(real_linker, title, name):
    found = {lk.text for lk in real_linker.link_texts([("title", title), ("abstract", "We evaluate LLMs." + FIELD)])}
    assert name not in found


# models20: a discovered name written with other capitals in one paper is one entity
def test_a_discovered_name_in_other_capitals_is_one_entity(real_linker):
    links = real_linker.link_texts(
        [
            ("title", "MDBENCH: A Synthetic Multi-Document Reasoning Benchmark"),
            ("abstract", "We introduce MDBench, a benchmark for LLMs. Experiments on MDBench show gaps." + FIELD),
        ]
    )
    found = {lk.concept for lk in links if "/benchmark/discovered/" in lk.concept}
    assert found == {"https://w3id.org/papers-kg/benchmark/discovered/MDBench"}


# issue #3 (tech20): a family word whose object names a narrower method is that method (kg:objectTerm): "pruning
# redundant visual tokens" is token pruning (45 corpus links of bare "pruning" before tokens, 44 right; the released
# golds take token pruning in 5 of 6 such papers, the sixth lists none); an object behind a method's noun, a function
# word, a granularity word or punctuation is none ("pruning approaches treat tokens"); layers, heads, channels keep the
# family (the golds name the family for 2 of 3 "pruning layers/heads")
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("DSPC enables the pruning of low-utility tokens while preserving the semantics of LLM prompts.", "token-pruning", True),
        ("DSPC enables the pruning of low-utility tokens while preserving the semantics of LLM prompts.", "pruning", False),
        ("ContextGuard achieves full performance while pruning 55% of input tokens in the LLM.", "token-pruning", True),
        ("SparseVILA prunes redundant visual tokens during prefill of the VLM.", "token-pruning", True),
        ("Efficient Video Sampling: Pruning Temporally Redundant Tokens for Faster VLM Inference", "token-pruning", True),
        ("It restores the attention values of pruned tokens in the vision transformer.", "token-pruning", True),
        # no object of the family word, or no object term: the family links, not a narrower method
        ("Existing pruning approaches treat either tokens or heads in isolation for LLM compression.", "token-pruning", False),
        ("Existing pruning approaches treat either tokens or heads in isolation for LLM compression.", "pruning", True),
        ("We apply pruning to reduce the tokens the LLM generates.", "token-pruning", False),
        ("Magnitude pruning of the CNN, in contrast, keeps all layers and tokens.", "token-pruning", False),
        (
            "MDP jointly optimizes the LLM across pruning granularities-including tokens, query, key and heads.",
            "token-pruning",
            False,
        ),
        ("LinearPatch keeps 94% of accuracy when pruning 5 layers of LLaMA-3-8B.", "pruning", True),
        ("LinearPatch keeps 94% of accuracy when pruning 5 layers of LLaMA-3-8B.", "layer-pruning", False),
    ],
)
def test_a_family_words_object_names_the_narrower_method_of_tech20(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


def test_an_object_term_needs_a_family_word_in_the_preferred_label(tmp_path):
    from pathlib import Path

    from kg.errors import VocabularyError
    from kg.vocab import load

    mini = (Path(__file__).parent / "data" / "vocab" / "mini.ttl").read_text(encoding="utf-8")
    mini = mini.replace('kg:contextTerm "network", "weights", "model", "sparsity" .', 'kg:objectTerm "weights" .')
    assert 'kg:objectTerm "weights"' in mini  # on "Pruning": one word, no family's word to end in
    (tmp_path / "mini.ttl").write_text(mini, encoding="utf-8")
    with pytest.raises(VocabularyError, match="kg:objectTerm"):
        load(tmp_path)


# prune22: what else a family's one word prunes (kg:otherObject on pruning): a search's candidates, rollouts, branches,
# hypotheses, paths, its search space, a data set's samples, an agent's context; in a text whose pruning has only such
# objects none of the word's spans links (the full corpus: 52 papers lost Pruning, all 52 prune no model); an own
# object ("layers", "model") anywhere keeps the family, and a singular noun right after "pruning" is a compound's head
@pytest.mark.parametrize(
    "title, text, linked",
    [
        (None, "We fine-tune the LLM with GRPO and prune low-quality candidates mid-generation, which reduces tokens.", False),
        (
            "Prune as You Generate: Online Rollout Pruning for Faster RLVR",
            "We present an online rollout pruning method that prunes rollouts during generation of LLMs. It trains a quality "
            "head to predict the success of partial rollouts and uses it to make early pruning decisions.",
            False,
        ),
        (None, "The LLM can effectively prune the search space for analog circuit sizing, and the model finds designs.", False),
        (None, "A tree search over the LLM's reasoning prunes irrelevant branches before the model answers.", False),
        (None, "We train the LLM on a pruned dataset that keeps 60% of the data and matches full-data accuracy.", False),
        (
            "Context Pruning for Coding Agents",
            "A gating network of the LLM agent emits the keep-or-prune decision for each retrieved context chunk.",
            False,
        ),
        # the family's own object somewhere in the text, or none at all: the family links
        (None, "Our framework prunes redundant layers and low-quality candidates of the LLM during search.", True),
        (None, "For the CNN, we prune data and model structure jointly under a FLOPs budget.", True),
        (
            None,
            "An iterative schedule stabilizes accuracy of the LLM; the pruning trajectory also forms nested subnetworks.",
            True,
        ),
        (None, "LinearPatch keeps 94% of accuracy when pruning 5 layers of LLaMA-3-8B.", True),
    ],
)
def test_pruning_of_a_search_or_a_data_set_is_no_pruning_of_prune22(real_linker, title, text, linked):
    fields = ([("title", title)] if title else []) + [("abstract", text)]
    found = {lk.concept.split("papers-kg/", 1)[1] for lk in real_linker.link_texts(fields)}
    assert ("technique/pruning" in found) is linked


# prune22: in a text naming sparse attention its sparsity, the pruning of attention blocks and its token selection are the
# attention's (kg:takesWord; the full corpus: 29 papers lost a Sparsity of attention, 9 token pruning, 4 Pruning, 38 of 42
# right by the text); the word with an object of its own concept ("sparsity of the weights") keeps that concept
@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "Block-sparse attention accelerates long-context LLM inference via identification and pruning of "
            "non-essential blocks, resulting in high sparsity.",
            {"sparse-attention"},
            {"pruning", "sparsity"},
        ),
        (
            "Existing sparse attention methods degrade under high sparsity in long-context LLMs.",
            {"sparse-attention"},
            {"sparsity"},
        ),
        (
            "We show that trainable sparse attention exhibits strong locality in token selection across decoding steps "
            "of the LLM.",
            {"sparse-attention"},
            {"token-pruning"},
        ),
        # ... and so are its sparsification and its sparse model (tprec24)
        (
            "We propose Token Sparse Attention, a lightweight token-level sparsification mechanism for long-context LLM "
            "inference.",
            {"sparse-attention"},
            {"sparsity"},
        ),
        (
            "Mix-GRPO post-training improves the performance of the sparse model with sparse attention for video "
            "generation on GPUs.",
            {"sparse-attention"},
            {"sparsity"},
        ),
        ("We combine weight sparsification with quantization to compress the LLM on GPUs.", {"sparsity"}, set()),
        # no sparse attention named, or the word's own object: its own concept
        ("We combine weight sparsity with quantization to compress the LLM, reaching 50% sparsity on GPUs.", {"sparsity"}, set()),
        ("We study token selection for efficient VLM inference, pruning redundant visual tokens.", {"token-pruning"}, set()),
        ("We combine sparse attention in the LLM with pruning 30% of the layers.", {"sparse-attention", "pruning"}, set()),
        (
            "We combine sparse attention with weight pruning of the LLM, reaching 50% sparsity of the weights.",
            {"sparse-attention", "sparsity"},
            set(),
        ),
    ],
)
def test_sparse_attention_takes_the_words_of_its_sparsity_of_prune22(real_linker, text, present, absent):
    found = {c.split("/", 1)[1] for c in real_links(real_linker, text) if c.startswith("technique/")}
    assert present <= found
    assert not absent & found


# tprec24: a diffusion language model's paper names autoregressive models as the foil it replaces (kg:contrastIn; the
# released golds leave all 3 such links, 8 of 9 corpus papers a foil); elsewhere autoregressive models link
@pytest.mark.parametrize(
    "text, linked",
    [
        (
            "Diffusion large language models (dLLMs) present a promising alternative to dominant autoregressive modeling "
            "by the ability of parallel decoding, and we cache their tokens for LLM inference.",
            False,
        ),
        (
            "Masked diffusion language models still lag behind comparably sized autoregressive modeling of LLM tokens.",
            False,
        ),
        (
            "Autoregressive modeling generates ultra-long videos chunk by chunk; we cache the tokens of the sequence "
            "to accelerate LLM inference on GPUs.",
            True,
        ),
    ],
)
def test_autoregressive_models_beside_a_diffusion_language_model_are_its_foil_of_tprec24(real_linker, text, linked):
    assert ("technique/autoregressive-modeling" in real_links(real_linker, text)) is linked


# tprec24: bare "recomputation" is the cost a cache saves (2 of 35 corpus uses are recomputed activations), and
# "auto-regressive decoding / generation" the mode a model runs in, as tgen23's unhyphenated forms; the methods' own
# names still link
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        (
            "Sortblock adaptively determines a recomputation ratio of the diffusion model, skipping redundant computations.",
            "activation-checkpointing",
            False,
        ),
        ("KV cache reuse on GPUs is slower than full recomputation for LLM inference.", "activation-checkpointing", False),
        (
            "We use selective recomputation of activations to fit LLM training into GPU memory.",
            "activation-checkpointing",
            True,
        ),
        (
            "RADAR achieves a speedup of 3.17x over the auto-regressive decoding baseline of the LLM.",
            "autoregressive-modeling",
            False,
        ),
        (
            "The auto-regressive generation process of LLMs makes it hard to estimate the execution time on GPUs.",
            "autoregressive-modeling",
            False,
        ),
        (
            "Autoregressive modeling is trained to learn the prior distribution of image tokens of the LLM.",
            "autoregressive-modeling",
            True,
        ),
        # bare "temporal difference" is the RL method only beside a word of value learning (not of video frames)
        (
            "We introduce a novel temporal difference convolution module for moving infrared small target detection "
            "with deep neural networks trained on GPUs.",
            "temporal-difference",
            False,
        ),
        (
            "Our SAM regularization for the LLM is driven by temporal-difference (TD)-error variance of the critic.",
            "temporal-difference",
            True,
        ),
    ],
)
def test_a_saved_cost_and_a_generation_mode_name_no_method_of_tprec24(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "statement, refused",
    [
        # an other object needs a context label to hold it (the mini vocabulary's pruning has it in place of its labels)
        ('kg:otherObject "rollouts" ;', "kg:otherObject"),
        # tprec24: what a concept is set against must be a concept of the vocabulary
        ("kg:contrastIn model:no-such-model ;", "kg:contrastIn"),
    ],
)
def test_the_vocabulary_refuses_a_statement_it_cannot_use(tmp_path, statement, refused):
    from pathlib import Path

    from kg.errors import VocabularyError
    from kg.vocab import load

    mini = (Path(__file__).parent / "data" / "vocab" / "mini.ttl").read_text(encoding="utf-8")
    mini = mini.replace('kg:contextLabel "Pruning", "pruning" ;', statement)
    assert statement in mini
    (tmp_path / "mini.ttl").write_text(mini, encoding="utf-8")
    with pytest.raises(VocabularyError, match=refused):
        load(tmp_path)


# issue #3 (tech20): a broader model's label that runs on from inside a narrower model's name ("Transformer
# architecture" after "Vision") gives way to the narrower model: "Vision Transformer architecture" is ViT, the
# "Hybrid Diffusion Transformer architecture" DiT, with no "Diffusion" technique left over (15 corpus links of
# "diffusion" read that way, all in DiT names); alone, "Transformer architecture" is the Transformer
@pytest.mark.parametrize(
    "text, present, absent",
    [
        (
            "We adopt a Vision Transformer architecture for image classification.",
            {"model/vision-transformer"},
            {"model/transformer"},
        ),
        ("The Swin Transformer architecture segments the CT scans.", {"model/swin-transformer"}, {"model/transformer"}),
        (
            "We propose a Hybrid Diffusion Transformer architecture for streaming video editing on GPUs.",
            {"model/diffusion-transformer"},
            {"model/transformer", "technique/diffusion-models"},
        ),
        ("EgoTwin is built on the diffusion transformer architecture.", {"model/diffusion-transformer"}, {"model/transformer"}),
        ("A Transformer architecture with self-attention encodes the LLM tokens.", {"model/transformer"}, set()),
    ],
)
def test_a_narrower_model_keeps_its_name_before_a_broader_head_of_tech20(real_linker, text, present, absent):
    found = real_links(real_linker, text)
    assert present <= found
    assert not absent & found


# issue #3 (tech20): forms found missing on unseen field abstracts and counted in the corpus: weight / parameter / LLM
# merging are model merging (20 docs), "multitask training" and "multi-task pre-training" multi-task learning (18 links);
# a KV cache is offloading's evidence, vLLM and serving quantization's; MLOps is a practice of its own, no continuous
# integration (all 8 corpus links wrong)
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("Training-free LLM Merging for Multi-task Learning", "model-merging", True),
        ("Popular methods like ensemble and weight merging require substantial memory for LLMs.", "model-merging", True),
        ("It composes the safety controls through parameter merging without retraining the LLM.", "model-merging", True),
        ("We examine entity merging techniques for knowledge graphs built by LLMs.", "model-merging", False),
        ("MindVL undergoes a warm-up phase and a multitask training phase on the LLM.", "multi-task-learning", True),
        ("We explore a multi-modal, multi-task pre-training strategy for the vision transformer.", "multi-task-learning", True),
        ("Existing works mitigate this burden of LLM inference by offloading or compressing the KV cache.", "offloading", True),
        ("Travel agencies are eager to offload this error-prone task onto LLM agents.", "offloading", False),
        ("We present a methodology for the LLM spanning from data curation to quantized serving.", "quantization", True),
        ("The LLM is served using vLLM and quantization with minimal accuracy loss.", "quantization", True),
        ("Towards Conversational AI for Human-Machine Collaborative MLOps with LLM agents", "continuous-integration", False),
        ("The CI/CD pipeline of the deep learning project runs the tests on GPUs.", "continuous-integration", True),
    ],
)
def test_forms_found_missing_on_unseen_field_abstracts_of_tech20(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


# issue 4 (speed21): whole-text regular expressions skipped where a substring search shows they cannot match, each held to
# the code it replaces on the released sets' titles and abstracts (speed17's texts) and edge cases
_SPEED21_EDGES = [
    "We propose LLaMA (Large Language Model Meta AI): a model. Our work presents GPT-4o, the latest version.",
    "This paper introduces\nQwen3, which ... we represent data as graphs; code at https://github.com/x/Qwen3.",
    "mail me at a@b.org, see www.example.com or github.com/org/repo and/or example.ai/ (no URL: 3/4, n/a)",
    "ALGORITHMS AND ROBOTS: A USER STUDY OF NP-HARD SCHEDULING WITH MIMO ANTENNAS, RETRAINED",
    "an algorİthm, a robot with a \u212aelvin sensor, retraıning, \u017fum rate; an NP-Hard problem of polynomial-time",
    "Algorithmic: robotics in Power Systems with trainable neurons",
    "no colon here",
    ":",
    "",
]


def test_speed21_substring_triggers_as_before(speed17_texts):
    from kg.linker import _INTRODUCE_TRIGGER, _INTRODUCES, _URL_TRIGGER, _introduce_verb, _url_trigger

    urls = verbs = introduced = 0
    for text in [*speed17_texts, *_SPEED21_EDGES]:
        want = bool(("/" in text or "@" in text or "www." in text) and _URL_TRIGGER.search(text))
        assert _url_trigger(text) is want, text
        urls += want
        assert _introduce_verb(text, 0, len(text)) is (_INTRODUCE_TRIGGER.search(text) is not None), text
        for s in [i for i in range(1, len(text)) if text[i - 1] in " \n"]:  # before each word, as before each name
            lo = max(0, s - 80)
            verb = _introduce_verb(text, lo, s)
            assert verb is (_INTRODUCE_TRIGGER.search(text, lo, s) is not None), (text, s)
            if _INTRODUCES.search(text, lo, s) is not None:
                assert verb, (text, s)  # the verb is a necessary condition of the pattern that is no longer tried
                introduced += 1
            verbs += verb
    assert urls > 10 and verbs > 100 and introduced > 10, (urls, verbs, introduced)


def test_speed21_cue_pattern_found_as_searched(real_linker, speed17_texts):
    from kg.linker import _cue_found, _cue_pattern, _cue_words

    assert _cue_words(["algorithms", "Algorithm", "NP-hard", "algorithmic", "user study"]) == (
        "np-hard",
        "algorithm",
        "user study",
    )
    assert _cue_words(["protéine", "gene"]) is None  # a cue not ASCII: no pre-check
    vocab = real_linker.vocab
    found = 0
    for words in (vocab.computing_cues, vocab.science_cues, vocab.learning_cues, ("protéine", "gene"), ("Kinetics",)):
        pattern = _cue_pattern(words)
        kept = _cue_words(words)
        for text in [*speed17_texts, *_SPEED21_EDGES, "a Protéine", "\u212ainetics, \u017fum"]:
            want = pattern.search(text) is not None
            assert _cue_found(pattern, kept, text) is want, (words, text)
            found += want
    assert found > 100


def test_speed21_title_head_and_family_acronyms_as_before(real_linker, speed17_texts):
    from kg.linker import _FAMILY_ACRONYM, _TITLE_HEAD, _link, title_head

    for text in [*speed17_texts, *_SPEED21_EDGES, "FBNet: a net", "iTransformer : x", "A B: c"]:
        m = _TITLE_HEAD.match(text)
        assert title_head(text) == (m.group(1) if m else None), text

    def families_before(links):
        # the code before speed21: every technique's span tried, lower-case ones too
        have = {lk.concept for lk in links}
        added = {}
        for lk in links:
            if real_linker.kinds.get(lk.concept) != "Technique":
                continue
            for m in real_linker._family_acronym.finditer(lk.text):
                concept = real_linker.family_acronyms[m.group(1)]
                if concept not in have and concept not in added:
                    s = lk.start + m.start()
                    added[concept] = _link(concept, lk.field, s, s + len(m.group(0)), m.group(0), "variant", 0.0)
        return sorted(added)

    assert all(_FAMILY_ACRONYM.fullmatch(a) for a in real_linker.family_acronyms)  # capitals: none in a lower-case span
    added = 0
    for text in [*speed17_texts[::3], "LLM compression and llm judges", "LLM pruning"]:
        # the families' links left out: what both have to find again
        families = set(real_linker.family_acronyms.values())
        links = tuple(lk for lk in real_linker.link_texts([("abstract", text)]) if lk.concept not in families)
        mine = real_linker._families_in_techniques(links)
        got = sorted({lk.concept for lk in mine} - {lk.concept for lk in links})
        assert got == families_before(links), text
        added += bool(got)
    assert added > 0


def test_speed21_title_dataset_as_before(real_linker, speed17_texts):
    # issue 4 (speed21): the subtitle's patterns tried only where a head word follows the name, as the code before judged
    import re as re_

    from kg.linker import _CALLED_DATASET, _TITLE_DATASET, _TITLE_DATASET_BARE, _TITLE_PROBE, title_head

    def before(title, own, abstract):
        end = title.index(own) + len(own)
        if _TITLE_DATASET.match(title, end):
            return True
        if not own.istitle() and _TITLE_DATASET_BARE.match(title, end):
            return True
        called = re_.search(r"(?<![\w-])" + re_.escape(own) + _CALLED_DATASET, abstract, re_.IGNORECASE)
        return bool(_TITLE_PROBE.match(title, end)) and called is not None

    pairs = list(zip(speed17_texts[0::2], speed17_texts[1::2], strict=False))
    pairs += [
        ("REHEARSE-3D: A Multi-modal Emulated Rain Dataset for Driving", ""),
        ("TARAZ: Persian Short-Answer Question Benchmark for LLMs", ""),
        ("HalluLens: LLM Hallucination BENCHMARK", ""),
        ("MedBLINK: Probing Basic Perception", "We introduce MedBLINK, a benchmark of images."),
        ("Foo: A Dataſet of Things", ""),  # a long s: "ſ" matches "s" case-insensitively
        ("Bar: The Corpora of Talk", ""),
        ("ÉCLAIR: A Benchmark", ""),
        ("Baz: Datasets and Methods", ""),
    ]
    asked = said = 0
    for title, abstract in pairs:
        own = title_head(title)
        if own:
            want = before(title, own, abstract)
            assert real_linker._title_dataset(title, own, abstract) is want, title
            asked += 1
            said += want
    assert asked > 100 and said >= 5, (asked, said)


def test_speed22_variant_products_and_label_patterns_as_before(real_linker):
    # issue 4 (speed22): the products that take a variant word chosen once, each concept's label patterns compiled once
    import re as re_

    from kg.linker import _label_pattern, _takes_variant, _variant_products

    vocab = real_linker.vocab
    assert real_linker._product_variant_rules
    for rule, _, products in real_linker._product_variant_rules:
        assert products == _variant_products(vocab, rule)
        for iri, c in vocab.concepts.items():
            # the test the code before made of every span
            want = any(ch.isdigit() for ch in c.pref_label) and rule.variant_of in vocab.ancestors(iri)
            assert (iri in products) is want is _takes_variant(vocab, rule, iri), iri
        assert "https://example.org/discovered/rtx-4070" not in products  # no concept: none
        assert len(products) > 10
    for label in ["RTX 4070", "GeForce-RTX 3080 Ti", "A100 (80GB)", "x.y+z"]:
        pattern = r"[ -]?".join(re_.escape(part) for part in re_.split(r"[ -]", label))
        assert _label_pattern(label).pattern == pattern and _label_pattern(label).flags == re_.compile(pattern, re_.I).flags

    def label_end_before(text, start, concept):
        best = None
        for label in vocab.labels(concept):
            pattern = r"[ -]?".join(re_.escape(part) for part in re_.split(r"[ -]", label))
            m = re_.compile(pattern, re_.IGNORECASE).match(text, start)
            if m is not None and (m.end() == len(text) or not text[m.end()].isalnum()) and (best is None or m.end() > best):
                best = m.end()
        return best

    texts = [
        "laptops with the rtx-4070 Mobile and GeForce RTX 3080 Laptop GPU, a GTX 1650Ti and an RTX 4070",
        "on an NVIDIA GeForce RTX-4090 and Jetson AGX Orin 64GB, an A100 80GB, an H100-SXM and a GTX1080",
        "an RT\u212a 4070 (a Kelvin sign), a GeForce RTX 4070 Mobile, an rtx 4070 ti super",  # not ASCII: no first-word test
    ]
    ended = 0
    for text in texts:
        starts = [0] + [i for i in range(1, len(text)) if text[i - 1] in " -("]
        for concept in sorted(products):
            for start in starts:
                want = label_end_before(text, start, concept)
                assert real_linker._label_end(text, start, concept) == want, (concept, text, start)
                ended += want is not None
    assert ended >= 10, ended
    text = "We run it on an RTX 4070 Mobile and an RTX 3080 Laptop GPU."
    links = real_linker.link_texts([("abstract", text)])
    assert {lk.text for lk in links} >= {"RTX 4070 Mobile", "RTX 3080 Laptop GPU"}


# issue #3 (tgen23): generic building blocks, generation modes, capabilities and system categories are no techniques
# (both test14 golds, and the released golds before them: 2 of 13 multi-agent-system links taken, 1 of 9 activation
# links, 0 of 6 octree / spherical-harmonic / greedy-decoding links); the methods beside them still link
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        # a system category: the paper's multi-agent framework, or the topic; collaboration as the method links
        (
            "We propose AutoNumerics, a multi-agent framework of LLM agents that designs solvers on GPUs.",
            "multi-agent-systems",
            False,
        ),
        ("LLM-based multi-agent systems are vulnerable to prompt injection on GPU clusters.", "multi-agent-systems", False),
        ("We solve the task via multi-agent collaboration of LLM agents on GPUs.", "multi-agent-systems", True),
        ("Multi-agent reinforcement learning schedules the DNN jobs on GPUs.", "marl", True),
        # calling tools is an LLM's capability; tool learning is the training paradigm
        ("We measure the function-calling accuracy of quantized LLMs on GPUs.", "function-calling", False),
        ("LLMs progress from tool-calling agents toward workstation systems on GPUs.", "function-calling", False),
        ("Tool learning has emerged as a promising paradigm for LLMs on GPUs.", "function-calling", True),
        # default activations are parts of the architecture
        ("Compression reaches 13.8x on MHA+GELU architectures of the DNN on the GPU.", "gelu", False),
        ("The NPU runs standard 3x3 convolutions, ReLU activations and upsampling of the CNN.", "relu", False),
        ("The FFN of the LLM uses SwiGLU layers after quantization on GPUs.", "swiglu", False),
        # the generation mode, the decoding setting, a data structure and a colour basis
        ("The KV cache required for autoregressive generation bounds LLM inference on GPUs.", "autoregressive-modeling", False),
        ("Autoregressive modeling of video is accelerated by caching on the GPU.", "autoregressive-modeling", True),
        ("Accuracy of the quantized LLM is reported under greedy decoding on the GPU.", "greedy-decoding", False),
        ("The codec combines pruning, octree geometry coding and quantization of 3D Gaussians on the GPU.", "octree", False),
        (
            "We compress 3D Gaussian Splatting on mobile GPUs and apply vector quantization to higher-degree "
            "spherical harmonics of the neural network.",
            "spherical-harmonics",
            False,
        ),
        (
            "We compress 3D Gaussian Splatting on mobile GPUs and apply vector quantization to higher-degree "
            "spherical harmonics of the neural network.",
            "vector-quantization",
            True,
        ),
        # an LLM agent's memory is no memory-management method; a GPU's is
        (
            "Long-term conversational LLM agents require effective memory management of dialogue histories.",
            "memory-hierarchy",
            False,
        ),
        ("GPU memory management and memory swapping let the DNN train on one GPU.", "memory-hierarchy", True),
        # a modified "clustering method" is the paper's own design or a narrower one; unmodified it is the family
        ("An angle-similarity-preserving clustering method compresses the LLM's KV cache on GPUs.", "clustering", False),
        ("We propose a scalable deep clustering method for hyperspectral images on the GPU.", "deep-clustering", True),
        ("Existing clustering methods fail on the embeddings of the DNN on the GPU.", "clustering", True),
    ],
)
def test_building_blocks_and_system_categories_of_tgen23(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, expected",
    [
        # vocab23: other papers' named methods of the field that abstracts name as baselines or building blocks
        # (test14's released misses and the 2025 corpus, docs/vocab23-audit.md)
        (
            "Baselines without high-resolution vision pre-training such as AnyRes and S^2 use more tokens." + FIELD,
            {"technique/anyres", "technique/s2-scaling-on-scales"},
        ),
        (
            "We use a training-free neural architecture search method (DeepMAD) to build the backbone." + FIELD,
            {"technique/deepmad"},
        ),
        (
            "Our recipe combines layer pruning and distillation-based retraining, similar to the MINITRON technique." + FIELD,
            {"technique/minitron"},
        ),
        ("Monarch-RT factorizes attention using Monarch matrices." + FIELD, {"technique/monarch-matrices"}),
        ("A head-to-head reproduction of R-KV, the current eviction method, on our KV cache setup." + FIELD, {"technique/r-kv"}),
        (
            "MegaKernel fuses multiple operators into a single persistent kernel for LLM inference." + FIELD,
            {"technique/megakernel"},
        ),
        (
            "The compressor is trained with the GHM loss to mitigate class and difficulty imbalance." + FIELD,
            {"technique/ghm-loss"},
        ),
        (
            "Range coders and ANS replace empirical probabilities with integer frequencies." + FIELD,
            {"technique/range-coding", "technique/ans"},
        ),
        (
            "Compared to prior systems, dInfer delivers a 10x speedup over Fast-dLLM on diffusion LLMs." + FIELD,
            {"technique/fast-dllm"},
        ),
        (
            "UniPhys is trained with the Diffusion Forcing paradigm to denoise noisy motion histories." + FIELD,
            {"technique/diffusion-forcing"},
        ),
        ("CARD reduces training latency by 3x compared to block diffusion methods." + FIELD, {"technique/block-diffusion"}),
        ("Lizard integrates Lightning Attention with MLA for long-context decoding." + FIELD, {"technique/lightning-attention"}),
        ("Continual learning methods, especially Replay and MoELoRA, mitigate forgetting." + FIELD, {"technique/mole"}),
        ("It matches the performance of ReFT and LoRA with limited labeled data." + FIELD, {"technique/reft"}),
        (
            "It achieves a 2.23% improvement over TPT on CLIP in cross-dataset generalization." + FIELD,
            {"technique/test-time-prompt-tuning"},
        ),
        (
            "Compared with existing memory systems (e.g., Mem0, MemGPT, A-MEM), our agent recalls more." + FIELD,
            {"technique/mem0", "technique/memgpt", "technique/a-mem"},
        ),
        (
            "The regressor is trained with a Huber loss and the classifier with an asymmetric loss." + FIELD,
            {"technique/huber-loss", "technique/asymmetric-loss"},
        ),
        ("We pretrain a 7B model on 1T tokens with a WSD learning rate schedule." + FIELD, {"technique/wsd-schedule"}),
    ],
)
def test_named_methods_of_vocab23_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the models Minitron made carry its name; the method links only beside words of compression
        (
            "Compared to models like MambaInLLaMA, Minitron and Llamba, our hybrid model answers more questions." + FIELD,
            "technique/minitron",
        ),
        # "S^2" is the sphere and part of other names; a sphere is no high-resolution encoding
        ("We learn a flow on the sphere S^2 with a neural network." + FIELD, "technique/s2-scaling-on-scales"),
        # bare "ANS" beside no coding word, "TPT" another paper's pre-training, "fast dLLM inference" no method
        ("Patients with ANS dysfunction were classified by the network." + FIELD, "technique/ans"),
        (
            "We propose Thinking augmented Pre-Training (TPT), which augments text with thinking trajectories." + FIELD,
            "technique/test-time-prompt-tuning",
        ),
        ("DAWN is a training-free decoding method for fast dLLM inference." + FIELD, "technique/fast-dllm"),
        # the Monarch Initiative's resources and a butterfly are no Monarch matrices
        ("The agent integrates FDA Drug API, OpenTargets, and Monarch resources." + FIELD, "technique/monarch-matrices"),
        # a transformer's "Long Range Encoder" codes nothing
        (
            "We propose MAELRE (Modality Agnostic Efficient Long Range Encoder), a unified transformer." + FIELD,
            "technique/range-coding",
        ),
        # range coding is its own method now, no label of arithmetic coding
        ("Range coders replace probabilities with integer frequencies." + FIELD, "technique/arithmetic-coding"),
    ],
)
def test_named_methods_of_vocab23_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # trec27: a bit-width configuration is its weights' quantization (test16: "Our W3A6 Q-VDiT")
        ("Our W3A6 Q-VDiT achieves a scene consistency of 23.40 on video generation." + FIELD, {"technique/int3-quantization"}),
        ("OBR enables aggressive W4A4KV4 quantization with 50% sparsity on LLMs." + FIELD, {"technique/int4-quantization"}),
        ("It reaches 53% Top-1 accuracy on W2A2 ResNet-18 with PTQ." + FIELD, {"technique/int2-quantization"}),
        # the KV cache's long form of pruning
        (
            "SpecAttn applies dynamic key-value cache pruning guided by these predictions." + FIELD,
            {"technique/kv-cache-compression"},
        ),
        # other papers' named methods, as baselines
        (
            "An orthogonal augmentation that improves OWL and AlphaPruning at 70% sparsity." + FIELD,
            {"technique/owl-sparsity", "technique/alphapruning"},
        ),
        (
            "It outperforms quantization (KIVI), token eviction (SparseLLM), and key-only sketching (Loki) methods." + FIELD,
            {"technique/sparsellm", "technique/loki-attention"},
        ),
        (
            "It is orthogonal to Pyramid Attention Broadcast (PAB), TeaCache and TaylorSeer on DiT models." + FIELD,
            {"technique/pyramid-attention-broadcast", "technique/teacache", "technique/taylorseer"},
        ),
        ("AdaTSQ outperforms state-of-the-art methods like SVDQuant and ViDiT-Q." + FIELD, {"technique/vidit-q"}),
        # classical image processing by the named algorithm's own concept
        (
            "Feature extraction employed Canny edge detection and Harris corner detection." + FIELD,
            {"technique/canny", "technique/harris-corner-detector"},
        ),
        ("Sparse attention methods for dLLMs use block-sparse computation." + FIELD, {"technique/block-sparsity"}),
        # bare "Ridge" and "Lasso" in a list of learners
        (
            "We benchmark against classifiers including Random Forest, SVM, Ridge, Lasso, Elastic Net and XGBoost." + FIELD,
            {"technique/ridge-regression", "technique/lasso"},
        ),
        ("The scores are calibrated by locally-weighted ridge regression." + FIELD, {"technique/ridge-regression"}),
    ],
)
def test_named_methods_and_forms_of_trec27_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the Web Ontology Language, a god and a portrait animator are no pruning or attention methods
        ("Agent knowledge is represented in RDF/RDFS and OWL ontologies." + FIELD, "technique/owl-sparsity"),
        ("Loki requires 43% fewer inference parameters than leading diffusion baselines." + FIELD, "technique/loki-attention"),
        # Oak Ridge, Jasper Ridge and the graphical lasso are no regression methods
        ("At Oak Ridge National Laboratory, scientists analyze plant images." + FIELD, "technique/ridge-regression"),
        ("Experiments on Samson, Jasper Ridge, and Urban show gains over baselines." + FIELD, "technique/ridge-regression"),
        ("Sparse graph estimation techniques, such as Graphical Lasso (GLasso), fail here." + FIELD, "technique/lasso"),
        # ridge regression is its own method, no label of linear regression
        ("The scores are calibrated by locally-weighted ridge regression." + FIELD, "technique/linear-regression"),
        # Canny's names are the Canny detector's, not the family's
        ("Feature extraction employed Canny edge detection." + FIELD, "technique/edge-detection"),
    ],
)
def test_named_methods_and_forms_of_trec27_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family after a method's own name of capitals names the family too (trec24: test15's "InfoNCE contrastive
        # learning", both golds)
        (
            "BCE pointwise distillation sets the scores, and InfoNCE contrastive learning sharpens hard samples." + FIELD,
            {"technique/infonce", "technique/contrastive-learning"},
        ),
        ("We group the LLM embeddings with DBSCAN clustering." + FIELD, {"technique/dbscan", "technique/clustering"}),
        ("We compare AWQ quantization with the FP16 baseline." + FIELD, {"technique/awq", "technique/quantization"}),
    ],
)
def test_a_family_after_a_capitals_name_links_too(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, span, kept",
    [
        # the method's own label runs on into the family ("LoRA fine-tuning" is a label of LoRA), however it is written
        ("We apply LoRA finetuning to the LLM on GPUs." + FIELD, "finetuning", "LoRA"),
        # LoRA's modules are its adapters, no adapter method of their own
        ("We fine-tune the LLM using QLoRA adapters and 4-bit quantized models." + FIELD, "adapters", "QLoRA adapters"),
        ("The LoRA-finetuned LLM runs on GPUs." + FIELD, "finetuned", "LoRA"),
        # a format or a ratio is no method's name: "INT8 quantized" is one mention of INT8 quantization
        ("We design low-FLOPs INT8 quantized neural networks for MCUs.", "quantized", "INT8"),
        ("We apply N:M sparsity pruning to the LLM weights on GPUs.", "pruning", "N:M sparsity"),
    ],
)
def test_a_family_after_a_label_or_format_stays_its_head(real_linker, text, span, kept):
    texts = {lk.text for lk in real_linker.link_texts([("abstract", text)])}
    assert kept in texts and span not in texts


@pytest.mark.parametrize(
    "text, expected",
    [
        # trec24: forms of known methods test15's golds took and the linker missed (docs/trec24-audit.md)
        (
            "Existing cache eviction strategies ignore the characteristics of dLLMs; we compress the KV cache." + FIELD,
            {"technique/kv-cache-eviction"},
        ),
        ("Compared with Ulysses Sequence Parallelism (SP), SSP halves communication." + FIELD, {"technique/deepspeed-ulysses"}),
        (
            "The fast sparse model speculatively decodes multiple tokens, which the dense model verifies." + FIELD,
            {"technique/speculative-decoding"},
        ),
        (
            "PARSE is a speculative generation framework that accelerates LLM decoding." + FIELD,
            {"technique/speculative-decoding"},
        ),
    ],
)
def test_forms_of_trec24_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


def test_a_processors_cache_eviction_is_no_kv_cache_eviction(real_linker):
    # bare "cache eviction" needs a KV cache's or an LLM's words
    text = "The cache eviction policy of the last-level cache decides which lines leave the CPU." + FIELD
    assert "technique/kv-cache-eviction" not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # trec24: named methods test15's golds took that other corpus papers use too (docs/trec24-audit.md)
        (
            "Step-level speculative reasoning drafts steps with a small model and verifies them with the large one." + FIELD,
            {"technique/speculative-reasoning"},
        ),
        ("Our method improves XAttention and SVG2 on Wan2.1 video generation." + FIELD, {"technique/sparse-videogen"}),
        ("It outperforms methods like Sparse VideoGen and MInference." + FIELD, {"technique/sparse-videogen"}),
        ("We target the W8A8 HiFloat8 (HiF8) format on Ascend NPUs." + FIELD, {"technique/hifloat8-quantization"}),
        ("We apply Mix-GRPO post-training to the sparse video model." + FIELD, {"technique/mixgrpo"}),
        (
            "SPLADE uses FLOPS regularization to encourage sparsity of the term vectors." + FIELD,
            {"technique/flops-regularization"},
        ),
        (
            "Counterfactuals are computed by weighted model counting (WMC) over a ProbLog program." + FIELD,
            {"technique/weighted-model-counting"},
        ),
        ("The problem reduces to weighted first-order model counting (WFOMC)." + FIELD, {"technique/wfomc"}),
        ("LLaDA2.1 introduced a Token-to-Token (T2T) editing mechanism for the LLM." + FIELD, {"technique/t2t-editing"}),
    ],
)
def test_named_methods_of_trec24_link(real_linker, text, expected):
    assert expected <= real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a guess is no speculative reasoning, even beside "verify"
        (
            "Models cannot verify visual evidence, which often leads to speculative reasoning in ambiguous cases." + FIELD,
            "technique/speculative-reasoning",
        ),
        # Synthetic Visual Genome 2 is a data set; working memory capacity counts no models
        (
            "We introduce Synthetic Visual Genome 2 (SVG2), a large-scale panoptic video scene graph dataset." + FIELD,
            "technique/sparse-videogen",
        ),
        (
            "Hierarchical processing aligns with human working memory capacity (WMC) in the transformer." + FIELD,
            "technique/weighted-model-counting",
        ),
    ],
)
def test_named_methods_of_trec24_stay_away(real_linker, text, absent):
    assert absent not in real_links(real_linker, text)


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # hwbm24 (test15, both golds): a numbered task after a benchmark's name is the task's data set, beneath it
        (
            "Results on the CCL25-Eval Task 5 benchmark show that PoetryQwen wins.",
            "benchmark/discovered/CCL25-Eval_Task_5",
            "benchmark/discovered/CCL25-Eval",
        ),
        (
            "We present our system for SemEval-2025 Task 11 on emotion detection.",
            "benchmark/discovered/SemEval-2025_Task_11",
            "benchmark/discovered/SemEval-2025",
        ),
        ("We evaluate on the DCASE Challenge Task 1 datasets.", "benchmark/discovered/DCASE_Challenge_Task_1", "benchmark/dcase"),
        # a task that follows no benchmark's name is none
        ("Experiments on ImageNet. Task 2 is harder than Task 1.", "benchmark/imagenet", "benchmark/discovered/ImageNet_Task_2"),
    ],
)
def test_a_numbered_task_after_a_benchmark_is_its_own(real_linker, text, expected, absent):
    got = real_links(real_linker, text + FIELD)
    assert expected in got and absent not in got, got


def test_the_long_form_of_a_new_data_set_names_no_model_inside_it(real_linker):
    # hwbm24 (test15, both golds: M2M, no Molmo-2): the long form links the data set its short form names
    text = "To evaluate retrieval directly, we construct Molmo-2 Moments (M2M), a benchmark in which every question is anchored."
    links = {(lk.text, lk.concept.split("papers-kg/", 1)[1]) for lk in real_linker.link_texts([("abstract", text + FIELD)])}
    assert ("Molmo-2 Moments", "benchmark/discovered/M2M") in links and ("M2M", "benchmark/discovered/M2M") in links
    assert not any(c.startswith("model/") for _, c in links), links
    # a model named outside such a long form still links
    text = "We fine-tune Molmo-2 on clips and construct Quux Moments (QuMo), a benchmark of anchored questions."
    assert "model/discovered/Molmo-2" in real_links(real_linker, text + FIELD)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # a long form after a lead "on" that ends in it: the join word opens no long form, the capitalised words do
        ("We evaluate on Long Video Moments (LVM), a benchmark of clips.", True),
        ("We construct a benchmark of Long Video Moments (LVM), a benchmark of clips.", False),  # no lead before "Long"
        # the short form's first letter is not the long form's
        ("We evaluate on Long Video Moments (QVM), a benchmark of clips.", False),
    ],
)
def test_a_join_word_after_the_lead_opens_no_long_form(real_linker, text, linked):
    got = real_links(real_linker, text + FIELD)
    short = text.split("(", 1)[1].split(")", 1)[0]
    assert (f"benchmark/discovered/{short}" in got) is linked, got


def test_a_short_form_links_the_concept_its_whole_long_form_names(real_linker):
    # the letter search alone took "Policy Optimization" for PPO's long form, and linked PPO to policy gradient
    text = "We train the agent with Proximal Policy Optimization (PPO), and PPO converges in fewer steps." + FIELD
    links = {(lk.text, lk.concept.rsplit("/", 1)[1]) for lk in real_linker.link_texts([("abstract", text)])}
    assert ("PPO", "ppo") in links and not any(c == "policy-gradient" for _, c in links), links


# tprec27 (test16's false links both golds agree on, each class read on unseen corpus abstracts): "instruction-tuned"
# before a model names a kind of checkpoint (55 of 60 sampled corpus links no tuning the paper does), a generic
# compression head after another thing compressed is no model compression, softmax attention is a linear-attention
# paper's foil, and the bare "augmentation" of an LLM's knowledge, memory, queries or tools is no data augmentation
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("We evaluate five instruction-tuned LLMs on GSM8K with GPU inference.", "instruction-tuning", False),
        ("Falcon-H1 is released as base and Instruction-Tuned variants for LLM inference.", "instruction-tuning", False),
        ("We apply instruction tuning to the LLM before GPU inference.", "instruction-tuning", True),
        ("Network binarization is one of the most promising compression approaches for DNNs.", "model-compression", True),
        ("Our codec outperforms existing image compression approaches at low bitrates.", "model-compression", False),
        ("Reasoning fails with existing KV cache compression approaches in LLMs.", "model-compression", False),
        ("Reasoning fails with existing KV cache compression approaches in LLMs.", "kv-cache-compression", True),
        ("Compression techniques such as pruning shrink the model.", "model-compression", True),
        ("Linear attention offers an efficient alternative to softmax attention in LLMs.", "self-attention", False),
        ("The quadratic cost of softmax attention limits LLMs on long contexts.", "self-attention", True),
        ("We propose a knowledge augmentation method that feeds facts to the model in training.", "data-augmentation", False),
        ("Image augmentation improves the accuracy of the model.", "data-augmentation", True),
    ],
)
def test_checkpoint_kinds_other_compressions_foils_and_other_augmentations_of_tprec27(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text + FIELD)) is linked


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # modhw27 (test16, both golds): named baselines the vocabulary lacked
        ("On a Snapdragon 8 Elite CPU, the Restormer baseline requires 10 s.", "model/restormer", None),
        ("ACT360 integrates an enhanced You Only Watch Once (YOWO) model.", "model/yowo", None),
        ("It outperforms OMNI-DC by 32% and is faster than PriorDA.", "model/prior-depth-anything", None),
        ("It outperforms OMNI-DC by 32% and is faster than PriorDA.", "model/omni-dc", None),
        ("Agents such as Search-R1 learn to search; MMSearch-R1 extends it.", "model/search-r1", None),
        # a version glued to its family inside a longer name (the family alone is no link there)
        ("For example, Llama4 Maverick decodes at 4 ms per token.", "model/llama-4-maverick", "model/llama-4"),
        # the last word of a defined model's name is no mention of its family (both golds: VGGT only)
        ("3D models like Visual Geometry Grounded Transformer (VGGT) are slow.", "model/vggt", "model/transformer"),
        ("We use the Detection Transformer (DETR) for detection.", "model/detr", "model/transformer"),
        # a metric's name opened by a model's is the metric (both golds: no CLIP)
        ("We report the CLIP score and CLIP-T of each image.", None, "model/clip"),
        ("Metrics such as the CLIP Maximum Mean Discrepancy (CMMD) show gains.", None, "model/clip"),
        ("It degrades little across VBench-Q and CLIP metrics.", None, "model/clip"),
        ("We fine-tune the CLIP text encoder and CLIP-Tiny.", "model/clip", None),
        # Coral's MCU board is a product of its own, not the Edge TPU
        ("We deploy on two Coral Dev Board Micro units.", "hardware/coral-dev-board-micro", "hardware/edge-tpu"),
        ("We deploy on a Coral Dev Board.", "hardware/edge-tpu", "hardware/coral-dev-board-micro"),
    ],
)
def test_models_and_boards_of_modhw27(real_linker, text, expected, absent):
    got = real_links(real_linker, text + FIELD)
    assert (expected is None or expected in got) and absent not in got, got


@pytest.mark.parametrize(
    "text, linked",
    [
        # modhw27 (test16, both golds: Cloud): the cloud a model leaves for the edge
        ("As LLMs move from centralized clouds to mobile edge environments, serving must balance latency.", True),
        ("This method leverages the strengths of cloud and edge computing to schedule inference.", True),
        # a sky's clouds in a text with no such words stay unlinked
        ("Satellite images are often degraded by clouds and haze.", False),
    ],
)
def test_the_cloud_beside_the_edge_of_modhw27(real_linker, text, linked):
    assert ("hardware/cloud" in real_links(real_linker, text + FIELD)) is linked


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # modhwb28 (test17, both golds): named baselines the vocabulary lacked
        ("It is 6.7x faster than dense matchers (RoMa); RoMa v2 is denser.", "model/roma", None),
        ("It is 6.7x faster than dense matchers (RoMa); RoMa v2 is denser.", "model/roma-v2", None),
        ("Compared to FoundationStereo and DEFOM-Stereo, it runs faster.", "model/defom-stereo", None),
        ("It beats ResNet, Transformer, and InceptionTime baselines.", "model/inceptiontime", None),
        ("HiT outperforms SeqTrack-B256 in speed.", "model/seqtrack", None),
        ("Differentiable Logic Gate Networks (DLGNs) replace floating-point arithmetic.", "model/dlgn", None),
        ("Rome is no model, and neither is Roma.", None, "model/roma"),
        # an instruction-tuned Gemma checkpoint ("-it") is its size's model, as "-Instruct" is Llama's
        ("We evaluate Llama-3.1-8B-Instruct and Gemma-2-9b-it.", "model/gemma-2-9b", None),
        ("Probing Gemma-2-2B-it and Gemma-3-27B-it.", "model/gemma-3-27b", None),
        # corpus-frequent names: Google's Nano Banana image models, SAM 3D, TerraMind
        ("Image editors such as GPT-Image-1 and Nano Banana Pro lead.", "model/nano-banana-pro", "model/nano-banana"),
        ("It matches Gemini 2.5 Flash Image (Nano Banana) on editing.", "model/nano-banana", "model/gemini-25"),
        ("We benchmark SAM 3D against TRELLIS for 3D reconstruction.", "model/sam-3d", "model/sam"),
        ("Other GeoFMs (TerraMind, SatMAE) are compared.", "model/terramind", None),
        # the SMAL body model an animal paper fits, and the shape-correspondence benchmark of the same name
        ("Built on the SMAL+ parametric animal model, our method reconstructs animals.", "model/smal", "benchmark/smal"),
        ("SMAL-pets: SMAL Based Avatars of Pets from a single image of a dog.", "model/smal", "benchmark/smal"),
        (
            "It beats URSSM on the non-isometric benchmarks SMAL and TOPKIDS for shape correspondence.",
            "benchmark/smal",
            "model/smal",
        ),
        # vision-language models that decode by diffusion are a kind of their own (both golds)
        ("The diffusion vision language model (dVLM) still lags behind.", "model/diffusion-vlm", "model/vlm"),
        ("Visual token redundancy in dMLLMs is high.", "model/diffusion-vlm", None),
        # the defined name of VGGT written without its short form is VGGT, no Transformer
        ("Emergent Outlier View Rejection in Visual Geometry Grounded Transformers.", "model/vggt", "model/transformer"),
    ],
)
def test_named_models_of_modhwb28(real_linker, text, expected, absent):
    got = real_links(real_linker, text + FIELD)
    assert (expected is None or expected in got) and absent not in got, got


@pytest.mark.parametrize(
    "text, linked",
    [
        # modhwb28 (test17, both golds): the Transformer a field's text builds, trains or fine-tunes, with none of the
        # attention or language words ("a feed-forward Transformer for large scale SfM", "a Transformer backend")
        ("We introduce SAIL-Recon, a feed-forward Transformer for large scale SfM on GPUs.", True),
        ("We optimise a trainable illumination source and a Transformer backend on a GPU.", True),
        # with none of its words it still links nothing
        ("We deploy a Transformer on an FPGA.", False),
        # the grid's transformers are no model, whatever the text trains (heldout)
        ("Uncoordinated EV charging causes transformer overloads; we train an RL agent on GPUs.", False),
    ],
)
def test_transformer_by_training_words_of_modhwb28(real_linker, text, linked):
    assert ("model/transformer" in real_links(real_linker, text)) is linked


@pytest.mark.parametrize(
    "text, expected",
    [
        # modhwb28 (test17, both golds): the compression test files, and a custom chip
        ("On alice29.txt (Canterbury Corpus, 152 KB), it reaches 0.918 bits per byte.", "benchmark/canterbury-corpus"),
        ("Its energy falls tenfold with an implementation in custom silicon.", "hardware/asic-accelerator"),
    ],
)
def test_compression_corpus_and_custom_silicon_of_modhwb28(real_linker, text, expected):
    assert expected in real_links(real_linker, text + FIELD)


# bench27: data sets the 2025 corpus names in several papers, added to the vocabulary; those whose names are also words
# or acronyms of other things link only beside their own field's words
@pytest.mark.parametrize(
    "text, present, absent",
    [
        # test16's face anti-spoofing list: OULU-NPU is a data set, its "NPU" no platform
        (
            "Extensive experiments on Replay-Attack, Replay-Mobile, ROSE-Youtu, SiW-Mv2 and OULU-NPU demonstrate gains.",
            ("OULU-NPU", "benchmark/oulu-npu"),
            ("NPU", "hardware/npu"),
        ),
        ("Experiments on the DrugBank and KIBA datasets show gains.", ("DrugBank", "benchmark/drugbank"), None),
        # "replay attacks" are an attack type, "adress" a typo: the data sets only beside their own words
        (
            "It reduces the success rate of replay attacks on the CFP-FP dataset.",
            None,
            ("replay attacks", "benchmark/replay-attack"),
        ),
        ("To adress this issue, we propose a nested network.", None, ("adress", "benchmark/adress")),
        ("Dementia detection from spontaneous speech on ADReSS and ADReSSo improves.", ("ADReSS", "benchmark/adress"), None),
        (
            "It reaches 0.81 F1 on DRIVE, STARE, CHASE_DB1 and HRF for retinal vessel segmentation.",
            ("HRF", "benchmark/hrf-retina"),
            None,
        ),
        ("The HRF pipeline ranks candidates for recommendation.", None, ("HRF", "benchmark/hrf-retina")),
        (
            "Extensive evaluations on the View-of-Delft (VoD) dataset with 4D radar show gains.",
            ("VoD", "benchmark/view-of-delft"),
            None,
        ),
        ("Edge caching cuts the latency of VoD streaming for mobile users.", None, ("VoD", "benchmark/view-of-delft")),
        ("Handwritten text recognition on IAM and RIMES improves.", ("IAM", "benchmark/iam-dataset"), None),
        ("Cloud IAM policies grant roles to service accounts.", None, ("IAM", "benchmark/iam-dataset")),
        ("Automated essay scoring on ASAP and ELLIPSE improves.", ("ASAP", "benchmark/asap-aes"), None),
        ("We need to deploy the fix ASAP in production.", None, ("ASAP", "benchmark/asap-aes")),
        (
            "Experiments on the Animal Kingdom dataset for pose estimation show gains.",
            ("Animal Kingdom", "benchmark/animal-kingdom"),
            None,
        ),
        ("Convergent evolution is common across the Animal Kingdom.", None, ("Animal Kingdom", "benchmark/animal-kingdom")),
        ("Image quality assessment on LIVE, CSIQ and TID2013 shows high SRCC.", ("LIVE", "benchmark/live-iqa"), None),
        # a version or split written after a known label: the member, not the label's concept
        (
            "We report results on CheXpert Plus reports.",
            ("CheXpert Plus", "benchmark/chexpert-plus"),
            ("CheXpert", "benchmark/chexpert"),
        ),
        ("Results on TACoS and Charades-STA improve.", ("TACoS", "benchmark/tacos"), ("TACoS", "benchmark/taco-dataset")),
        # a bare FLIR beside another RGB-infrared data set is the data set, a FLIR camera none; MVTec AD 2 is no MVTec AD
        ("Experiments on the FLIR and LLVIP benchmarks show gains.", ("FLIR", "benchmark/flir-adas"), None),
        ("Infrared frames were captured by a FLIR Boson sensor on the drone.", None, ("FLIR", "benchmark/flir-adas")),
        (
            "The recently proposed MVTec AD 2 dataset narrows the gap.",
            ("MVTec AD 2", "benchmark/mvtec-ad-2"),
            ("MVTec AD", "benchmark/mvtec-ad"),
        ),
        # LaTeX's superscript after a few-shot segmentation split's name
        ("Experiments on PASCAL-5$^i$ and COCO-20$^i$ show gains.", ("COCO-20$^i$", "benchmark/coco-20i"), None),
    ],
)
def test_bench27_corpus_data_sets(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# bench28: established data sets the unseen corpus names as "the X dataset" that neither the vocabulary nor discovery
# found; a city's or a common word's name only beside the data set's own field
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("On the Shenzhen TB dataset, our approach achieved 91.1% accuracy.", ("Shenzhen TB", "benchmark/shenzhen-cxr"), None),
        ("Cities like Shenzhen are planning large vertiport networks.", None, ("Shenzhen", "benchmark/shenzhen-cxr")),
        (
            "Results on the LineMOD Occlusion and SPEED datasets show higher spacecraft pose estimation accuracy.",
            ("SPEED", "benchmark/speed"),
            None,
        ),
        ("We propose SPEED, a self-refining evaluation framework for video models.", None, ("SPEED", "benchmark/speed")),
        ("Results on the Houston 2013 and Trento datasets show hyperspectral gains.", ("Trento", "benchmark/trento"), None),
        ("The workshop was held in Trento, Italy.", None, ("Trento", "benchmark/trento")),
        ("It is trained on optical and radar data from the Major TOM dataset.", ("Major TOM", "benchmark/major-tom"), None),
        ("Using the Reddit Meme Dataset and Memotion Dataset, we extract features.", ("Memotion", "benchmark/memotion"), None),
        (
            "Built upon the Teacher-Student Chatroom Corpus (TSCC), IntrEx adds annotations.",
            ("Teacher-Student Chatroom Corpus", "benchmark/tscc"),
            None,
        ),
        # forms the corpus writes of known data sets
        (
            "Extensive experiments on CSL-Daily, Phoenix-2014T, and How2Sign show gains.",
            ("Phoenix-2014T", "benchmark/phoenix14t"),
            None,
        ),
        ("Experiments on the OS-World benchmark demonstrate gains.", ("OS-World", "benchmark/osworld"), None),
    ],
)
def test_bench28_corpus_data_sets(real_linker, text, present, absent):
    got = spans(real_linker, text)
    assert present is None or present in got, sorted(got)
    assert absent is None or absent not in got, sorted(got)


# tprec28: "autoregressive model(s)" and "auto-regressive" name a model family or the generation mode of a model (the
# released golds since test9 take the family as a model, "Autoregressive language model", and leave the technique in
# all 30 papers that write it; 48 of 60 sampled corpus papers a model class or a foil, 12 the paper's own
# autoregressive model); the method's own names still link
@pytest.mark.parametrize(
    "text, linked",
    [
        ("Masked-based autoregressive models have demonstrated promising image generation capability with tokens.", False),
        ("We introduce HAMburger, a Hierarchically Auto-regressive Model that redefines resource allocation in LLMs.", False),
        ("Autoregressive models offer a natural framework for sequential frame synthesis of video tokens.", False),
        ("Our EEG pretraining method employs autoregressive modeling in temporal and frequency domains of the sequence.", True),
        ("We reformulate segmentation of the LLM as a next-token prediction task over image tokens.", True),
    ],
)
def test_autoregressive_models_are_a_model_family_not_a_technique_of_tprec28(real_linker, text, linked):
    assert ("technique/autoregressive-modeling" in real_links(real_linker, text)) is linked


# tprec28: "attention mechanism(s)" is the generic part every Transformer has or the head noun of the paper's own
# design ("VMonarch, a novel attention mechanism", "the spatio-camera-motion (SCM) attention mechanism"): the released
# golds since test9 leave it in all 8 papers that link it (TEST14-TEST17: "not annotated"); 38 of 60 sampled corpus
# papers a foil, a model's part or a coined design, 22 debatable (attention integrated into the paper's CNN). Named
# attention variants still link
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        (
            "The quadratic complexity of the attention mechanism limits the context of Video Diffusion Transformers.",
            "attention-mechanism",
            False,
        ),
        (
            "We propose VMonarch, a novel attention mechanism for Video DiTs with structured Monarch matrices.",
            "attention-mechanism",
            False,
        ),
        (
            "Consistency through the unique spatio-camera-motion (SCM) attention mechanism costs memory of the diffusion model.",
            "attention-mechanism",
            False,
        ),
        (
            "We integrate attention mechanisms into the 3D U-Net to segment the tumours with deep learning.",
            "attention-mechanism",
            False,
        ),
        ("Multi-head attention and sliding-window attention cut the LLM's cost on GPUs.", "multi-head-attention", True),
        ("Multi-head attention and sliding-window attention cut the LLM's cost on GPUs.", "sliding-window-attention", True),
    ],
)
def test_attention_mechanism_is_no_technique_mention_of_tprec28(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


# tprec28: labels that named a neighbouring concept or another sense. "request scheduling" is scheduling (the golds'
# concept), not LLM serving; gzip named is a compressor a paper beats (a software utility to the golds), no DEFLATE
# method; bare "lossless compression" is data compression or a result, no entropy coding of a network's weights
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        (
            "FlowKV introduces the Load-Aware Scheduler for balanced request scheduling of LLM inference on GPUs.",
            "scheduling",
            True,
        ),
        (
            "FlowKV introduces the Load-Aware Scheduler for balanced request scheduling of LLM inference on GPUs.",
            "llm-serving",
            False,
        ),
        (
            "Nacrith achieves 0.918 bits per byte, outperforming gzip by 3.1x and bzip2 by 2.5x with a neural LLM.",
            "deflate",
            False,
        ),
        ("We compress the quantized weights of the DNN with DEFLATE before transfer to the GPU.", "deflate", True),
        (
            "We present Nacrith, a lossless compression system that combines a transformer LLM with an arithmetic coder.",
            "weight-compression",
            False,
        ),
        (
            "Our method achieves a 25% reduction in computational overhead of the model to achieve lossless compression.",
            "weight-compression",
            False,
        ),
        ("We apply entropy coding to the quantized weights of the neural network after pruning.", "weight-compression", True),
    ],
)
def test_neighbouring_and_other_sense_labels_of_tprec28(real_linker, text, concept, linked):
    assert ("technique/" + concept in real_links(real_linker, text)) is linked


# tprec28: the sim-to-real gap is the problem a paper faces ("synthetic datasets suffer from a sim-to-real gap"), no
# transfer method, as "reality gap" is unlinked (kg:otherSense: 27 corpus papers lose the link, 22 a gap named)
@pytest.mark.parametrize(
    "text, linked",
    [
        ("Synthetic datasets of the deep learning model suffer from a sim-to-real gap for the robot policy.", False),
        ("Existing benchmarks of the neural network suffer from a Sim2Real gap and limited task complexity.", False),
        ("We train the robot policy with reinforcement learning in simulation and use sim-to-real transfer.", True),
    ],
)
def test_the_sim_to_real_gap_is_a_problem_of_tprec28(real_linker, text, linked):
    assert ("technique/sim-to-real" in real_links(real_linker, text)) is linked


# tprec28: bare "dynamic sparse" is an adjective pair of anything (attention patterns, label assignment, sparse-view
# reconstruction), no dynamic sparse training; the method's own names still link
@pytest.mark.parametrize(
    "text, linked",
    [
        ("VMonarch enables efficient computation over the dynamic sparse patterns of attention in Video DiTs on GPUs.", False),
        ("We propose a dynamic sparse label assignment strategy to optimize the deep neural network.", False),
        ("Dynamic sparse training prunes and regrows the weights of the neural network during training.", True),
        ("Chipmunk uses dynamic sparsity at inference time to skip activations of the diffusion Transformer on GPUs.", True),
    ],
)
def test_dynamic_sparse_alone_is_no_dynamic_sparsity_of_tprec28(real_linker, text, linked):
    assert ("technique/dynamic-sparsity" in real_links(real_linker, text)) is linked


# tprec28: PReLU and Leaky ReLU named are parts of a network, as tgen23's default activations (the golds list PReLU
# with ReLU as not annotated)
@pytest.mark.parametrize(
    "text, concept",
    [
        ("Finally, we motivate PReLU from a steganalysis standpoint, preserving negative responses of the CNN.", "prelu"),
        ("The deep neural network is compatible with unbounded activation functions such as Leaky ReLU.", "leaky-relu"),
    ],
)
def test_named_activations_are_parts_of_a_network_of_tprec28(real_linker, text, concept):
    assert "technique/" + concept not in real_links(real_linker, text)


# tprec28: a high-pass or band-pass filter is no low-pass filtering (they were its labels): each links its own concept
@pytest.mark.parametrize(
    "text, concept",
    [
        ("We refine the high-pass-filter (HPF) stem of the network for steganalysis." + FIELD, "high-pass-filtering"),
        ("A Gaussian band-pass filter then separates the spectrum into two components." + FIELD, "band-pass-filtering"),
        ("We apply a low-pass filter to the vision features using a DCT." + FIELD, "low-pass-filtering"),
    ],
)
def test_high_and_band_pass_filters_are_no_low_pass_filtering_of_tprec28(real_linker, text, concept):
    found = {c for c in real_links(real_linker, text) if c.endswith("-pass-filtering")}
    assert found == {"technique/" + concept}


# tprec28: the unlinked family names still show the field, as they did while they linked (an abstract whose only
# evidence is "an autoregressive model" keeps its context labels)
def test_unlinked_family_names_still_show_the_field_of_tprec28(real_linker):
    text = (
        "MGR-LF++ is an enhanced late fusion framework with contrastive modality alignment. "
        "Autoregressive models predict the tokens of each modality."
    )
    assert "technique/late-fusion" in real_links(real_linker, text)
    assert "technique/autoregressive-modeling" not in real_links(real_linker, text)


# tmod29: technique kinds the golds name apart from their family (test18 A/B): non-uniform quantization, binary spherical
# and lookup-free quantization (beneath vector quantization, as FSQ), the Particle-in-Fourier scheme, and post-training
# quantization with the scheme's word inside its name
@pytest.mark.parametrize(
    "text, concept",
    [
        (
            "Guided by knowledge distillation, our non-uniform quantization process optimizes the levels of the CNN.",
            "non-uniform-quantization",
        ),
        (
            "We propose an efficient nonuniform quantization scheme for the weights of the network." + FIELD,
            "non-uniform-quantization",
        ),
        (
            "GANCompress compresses images with Binary Spherical Quantization (BSQ) of the latent tokens." + FIELD,
            "binary-spherical-quantization",
        ),
        ("The tokenizer applies lookup-free quantization to each group of latent features." + FIELD, "lookup-free-quantization"),
        ("We compare these PIC schemes to the novel Particle-in-Fourier (PIF) scheme on GPUs." + FIELD, "particle-in-fourier"),
        (
            "It combines SVD, activation-based pruning, and post-training linear quantization of the LLM.",
            "post-training-quantization",
        ),
    ],
)
def test_technique_kinds_named_apart_from_their_family_of_tmod29(real_linker, text, concept):
    assert "technique/" + concept in real_links(real_linker, text)


def test_uniform_quantization_stays_quantization_of_tmod29(real_linker):
    found = real_links(real_linker, "We apply uniform quantization to the weights of the network." + FIELD)
    assert "technique/quantization" in found
    assert "technique/non-uniform-quantization" not in found


# tmod29: model forms the golds name (test18 A/B; test4 and test13 A/B name Point Transformer V3 apart from the family)
@pytest.mark.parametrize(
    "text, concept",
    [
        ("We instantiate diffusion completion with both PVCNN and PTv3 denoisers.", "point-transformer-v3"),
        ("We instantiate diffusion completion with both PVCNN and PTv3 denoisers.", "pvcnn"),
        ("We evaluate KPConv, RandLA-Net and Point Transformer V3 on the point cloud.", "point-transformer-v3"),
        ("We build on the Point Transformer for point cloud segmentation.", "point-transformer"),
        ("Open models break the trade-off, such as the Qwen Coder series and the DeepSeek Coder series.", "qwen-coder"),
        ("The solution uses OCR, Vision LLM, Object Detection and relational reasoning." + FIELD, "vlm"),
        ("On MS COCO, our model achieves 42.4% AP, outperforming YOLOv13-N by +0.8% mAP." + FIELD, "yolov13n"),
        ("We leverage an ensemble of Siamese network blocks to predict dominance relations." + FIELD, "siamese-network"),
    ],
)
def test_model_forms_the_golds_name_of_tmod29(real_linker, text, concept):
    assert "model/" + concept in real_links(real_linker, text)


def test_a_version_of_point_transformer_is_not_the_family_of_tmod29(real_linker):
    assert "model/point-transformer" not in real_links(real_linker, "We compare PTv3 with PointNet++ on ScanNet." + FIELD)


# tmod29: "We introduce Nemotron 3 Ultra, a ..." proposes a name of a version and a tier; its discovered name is the
# paper's own model, no mention (the golds list no proposed model); another paper's tier still is
@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "We introduce Nemotron 3 Ultra, a 550 billion parameter hybrid language model. Nemotron 3 Ultra beats GPT-5.",
            "Nemotron 3 Ultra",
        ),
        (
            "We present Nemotron 3 Nano 30B-A3B, a hybrid language model. Nemotron 3 Nano was pretrained on 25T tokens.",
            "Nemotron 3 Nano",
        ),
    ],
)
def test_a_proposed_name_with_spaced_parts_is_the_papers_own_of_tmod29(real_linker, text, absent):
    names = {lk.text for lk in real_linker.link_texts([("abstract", text + FIELD)])}
    assert absent not in names


def test_a_model_a_proposed_name_builds_on_still_links_of_tmod29(real_linker):
    text = "Building on OneReward, we develop Seedream 3.0 Fill, a mask-guided generation model trained with RL." + FIELD
    assert "Seedream 3.0" in {lk.text for lk in real_linker.link_texts([("abstract", text)])}


def test_another_papers_tier_still_links_of_tmod29(real_linker):
    text = "We distill Nemotron 3 Ultra into a small student model for edge devices." + FIELD
    assert "Nemotron 3 Ultra" in {lk.text for lk in real_linker.link_texts([("abstract", text)])}


# tmod29: a hyphen-joined pair of architectures that "hybrid" calls a mix names both (test2, test9 A/B, test18 A/B), no
# model of its own; without "hybrid" the joined name stays one
@pytest.mark.parametrize(
    "text, names, absent",
    [
        (
            "TimeViper adopts a hybrid Mamba-Transformer backbone with attention for the LLM.",
            {"Mamba", "Transformer"},
            "Mamba-Transformer",
        ),
        (
            "We integrate PD-SSM into a hybrid Transformer-SSM architecture for the LLM.",
            {"Transformer", "SSM"},
            "Transformer-SSM",
        ),
        ("A Mixture-of-Experts Hybrid Mamba-Attention language model for the LLM.", {"Mamba"}, "Mamba-Attention"),
        ("The model is a Mamba-Transformer hybrid with attention for the LLM.", {"Mamba", "Transformer"}, "Mamba-Transformer"),
    ],
)
def test_a_hybrid_pair_names_both_architectures_of_tmod29(real_linker, text, names, absent):
    found = {lk.text for lk in real_linker.link_texts([("abstract", text + FIELD)])}
    assert names <= found
    assert absent not in found


# tmod29: where the second part's label spans its head word ("Transformer architectures"), the first part still names its
# architecture (test9 A/B: CNN and Transformer); without "hybrid" it waits for context as before
@pytest.mark.parametrize(
    "text, linked",
    [
        ("Hybrid CNN-Transformer architectures achieve strong results in lightweight super-resolution.", True),
        ("EdgeDoc: Hybrid CNN-Transformer Model for accurate forgery detection in ID documents.", True),
        ("We use a CNN-Transformer architecture for lightweight super-resolution.", False),
    ],
)
def test_a_hybrid_pair_before_a_headed_label_names_both_of_tmod29(real_linker, text, linked):
    assert ("model/cnn" in real_links(real_linker, text + FIELD)) is linked


def test_a_joined_pair_without_hybrid_stays_one_model_of_tmod29(real_linker):
    text = "TimeViper adopts a Mamba-Transformer backbone with attention for the LLM." + FIELD
    assert "Mamba-Transformer" in {lk.text for lk in real_linker.link_texts([("abstract", text)])}


# tmod29: bare "parameter-efficient" right before a narrower method describes it (test18 A/B list LoRA, not PEFT); alone
# it still names the fine-tuning method
@pytest.mark.parametrize(
    "text, linked",
    [
        ("We recover accuracy with parameter-efficient LoRA fine-tuning of the pruned LLM.", False),
        ("Both stages benefit from parameter-efficient adapters in the frozen backbone of the LLM.", False),
        ("The fine-tuning is conducted in a parameter-efficient manner, with the pre-trained weights frozen in the LLM.", True),
        ("We compare full fine-tuning and parameter-efficient fine-tuning with LoRA on the LLM.", True),
    ],
)
def test_parameter_efficient_before_a_narrower_method_describes_it_of_tmod29(real_linker, text, linked):
    assert ("technique/peft" in real_links(real_linker, text)) is linked


def test_a_verb_before_a_narrower_method_still_links_of_tmod29(real_linker):
    text = "Existing methods address the domain gap by fine-tuning adapters or the entire network." + FIELD
    assert "technique/fine-tuning" in real_links(real_linker, text)


# tmod29: "dynamic routing" is capsule networks' routing only beside capsules; elsewhere it is a paper's own router
@pytest.mark.parametrize(
    "text, linked",
    [
        ("In this paper we propose to do sentential relation extraction with dynamic routing in capsules." + FIELD, True),
        ("At its core, a lightweight dynamic routing network guides expert specialization in the MoE." + FIELD, False),
    ],
)
def test_dynamic_routing_is_capsule_routing_of_tmod29(real_linker, text, linked):
    assert ("technique/dynamic-routing" in real_links(real_linker, text)) is linked


# hsamp29: the Janus problem of text-to-3D generation (an object with a face on every side) and IARPA's Janus face
# benchmark are no Janus-Pro model (kg:otherSense; 5 of 5 corpus texts naming the problem are text-to-3D papers)
@pytest.mark.parametrize(
    "text, linked",
    [
        ("Text-to-3D generation with diffusion models suffers from the Janus problem; we cut the Janus Rate by 10%.", False),
        ("We use the IARPA Janus Benchmark Multi-Domain Face dataset with multimodal generation models.", False),
        ("Unified multimodal models such as Show-o and Janus handle generation and understanding.", True),
    ],
)
def test_the_janus_problem_is_no_janus_model_of_hsamp29(real_linker, text, linked):
    assert ("model/janus" in real_links(real_linker, text + FIELD)) is linked


# hsamp29: the reward model of RLHF is a model family the golds list (test8, test9, test15, test17); training one is the
# technique Reward modeling (c50k: 427 links added, of 60 read 57 right, 2 debatable, 1 a bandit's linear reward model)
@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The offline reward model (RM) diverges from the online LLM.", {"model/reward-model"}, set()),
        ("Reward models (RMs) are critical for aligning LLMs.", {"model/reward-model"}, set()),
        ("Reward modeling is essential for aligning LLMs.", {"technique/reward-modeling"}, {"model/reward-model"}),
    ],
)
def test_a_reward_model_is_a_model_of_hsamp29(real_linker, text, present, absent):
    found = real_links(real_linker, text + FIELD)
    assert present <= found and not absent & found, found


# hsamp29: "cloud GPUs" are GPUs in the cloud: both platforms (TEST17's "GPU cloud platforms" gives Cloud and GPU), no
# longer the cloud alone
def test_cloud_gpus_are_gpus_and_the_cloud_of_hsamp29(real_linker):
    found = real_links(real_linker, "CoReDiT gives speedups of 1.33x on cloud GPUs and 1.72x on mobile NPUs." + FIELD)
    assert {"hardware/cloud", "hardware/gpu", "hardware/npu"} <= found, found


# hsamp29: a Claude tier with a decimal version, written without the maker's name, is that Claude; a tier with a bare
# number is not (Shakespeare's "Sonnet 4")
@pytest.mark.parametrize(
    "text, concept, linked",
    [
        ("GPT-5 mini, Haiku 4.5, and Grok Code Fast 1 exhibit asymmetric drift in LLM agents.", "model/claude-4", True),
        ("We assess commercial LLMs (Sonnet 3.5 and 3.7, Haiku 3.5, GPT-4o).", "model/claude-35-sonnet", True),
        ("Sonnet 3.7 engaged broadly across tools as an LLM agent.", "model/claude-37-sonnet", True),
        ("An LLM paraphrases Shakespeare's Sonnet 4 into modern English.", "model/claude-4", False),
    ],
)
def test_a_claude_tier_without_its_maker_of_hsamp29(real_linker, text, concept, linked):
    assert (concept in real_links(real_linker, text + FIELD)) is linked


# tsamp29: named methods a fresh corpus sample found missing, linked as their family or not at all: robust PCA (no
# longer PCA), TrueSkill, DPM++ (DPM-Solver++), critique fine-tuning (no longer bare fine-tuning)
@pytest.mark.parametrize(
    "text, concept, absent",
    [
        ("We revisit Robust Principal Component Analysis (RPCA) with a deep unfolding network." + FIELD, "robust-pca", "pca"),
        ("Quaternion-Based Robust PCA for moving target detection." + FIELD, "robust-pca", "pca"),
        ("Each system prompt has a TrueSkill rating for evolutionary selection." + FIELD, "trueskill", None),
        ("We show that DPM++ 2M with linear-decreasing guidance yields the best images." + FIELD, "dpm-solver", None),
        ("For hard samples we apply Critique Fine-Tuning to the small language model.", "critique-fine-tuning", "fine-tuning"),
    ],
)
def test_named_methods_of_tsamp29(real_linker, text, concept, absent):
    found = real_links(real_linker, text)
    assert "technique/" + concept in found
    assert absent is None or "technique/" + absent not in found


def test_plain_pca_stays_pca_of_tsamp29(real_linker):
    found = real_links(real_linker, "We reduce the features with principal component analysis (PCA)." + FIELD)
    assert "technique/pca" in found
    assert "technique/robust-pca" not in found


# tsamp29: "bipartite matching" is the problem (a job market's, online matching, ToMe's bipartite soft matching of
# tokens), not the Hungarian algorithm, which still links by its own names
@pytest.mark.parametrize(
    "text, linked",
    [
        ("The salience scores enter the bipartite matching score of the merged tokens." + FIELD, False),
        ("The reliance on the Hungarian algorithm for bipartite matching between queries is costly." + FIELD, True),
    ],
)
def test_bipartite_matching_is_no_hungarian_algorithm_of_tsamp29(real_linker, text, linked):
    assert ("technique/hungarian-matching" in real_links(real_linker, text)) is linked


# hsamp30: a language-model family hyphen-joined to another family names two models working together (kg:jointBase:
# "LLM-SLM collaboration", "VLM-LLM pipelines"; test6's GNN-LLM and test13's LLM-GNN list both families; c50k: 11
# such pairs found as one model, all wrong), not a model of its own; "CNN-LSTM" and a named variant stay one
@pytest.mark.parametrize(
    "text, names, absent",
    [
        ("Collaboration between LLMs and SLMs: the LLM-SLM collaboration trims latency.", {"LLM", "SLM"}, "LLM-SLM"),
        ("For example, sequential VLM-LLM pipelines process each modality.", {"VLM", "LLM"}, "VLM-LLM"),
        ("We support end-to-end LLM and LLM-MLLM workflows.", {"LLM", "MLLM"}, "LLM-MLLM"),
        ("This enables scalable LLM-GNN co-training on graphs.", {"LLM", "GNN"}, "LLM-GNN"),
    ],
)
def test_a_pair_with_a_language_model_family_names_both_of_hsamp30(real_linker, text, names, absent):
    found = {lk.text for lk in real_linker.link_texts([("abstract", text + FIELD)])}
    assert names <= found
    assert absent not in found


@pytest.mark.parametrize(
    "text, name", [("We compare CNN-LSTM-based architectures on the signals.", "CNN-LSTM"), ("PedX-LLM predicts.", "PedX-LLM")]
)
def test_a_pair_without_a_language_model_family_stays_one_model_of_hsamp30(real_linker, text, name):
    assert name in {lk.text for lk in real_linker.link_texts([("abstract", text + FIELD)])}


# hsamp30: "Flux" in a title's case is the FLUX model beside a generator's words (c50k: +38 links in 36 papers, 36 right,
# 1 debatable, 1 wrong: "Probability Flux Estimation", now a kg:otherSense); physics' flux is none
@pytest.mark.parametrize(
    "text, linked",
    [
        ("We evaluate on generative models such as Stable Diffusion, SDXL, and Flux, demonstrating gains.", True),
        ("Event Signal Filtering via Probability Flux Estimation with a diffusion prior.", False),
        ("We predict the critical heat flux of the channel.", False),
    ],
)
def test_flux_in_title_case_is_the_flux_model_of_hsamp30(real_linker, text, linked):
    assert ("model/flux" in real_links(real_linker, text + FIELD)) is linked


# tsamp30: a context label inside the paper's own hyphenated name is a word of that name ("Brain-Adapter: ..." is no
# PEFT adapter), as it already was inside a spaced one; the label still links elsewhere in the text
@pytest.mark.parametrize(
    "title, text, linked",
    [
        (
            "Brain-Adapter: A Dual-Stream Vision-Language MIL Framework for CT Diagnosis",
            "We propose Brain-Adapter, a dual-stream multiple instance learning framework." + FIELD,
            False,
        ),
        (
            "Brain-Net: A Dual-Stream Vision-Language MIL Framework for CT Diagnosis",
            "We insert an adapter into each layer of the frozen backbone and train only the adapter." + FIELD,
            True,
        ),
    ],
)
def test_context_label_inside_hyphenated_own_name_of_tsamp30(real_linker, title, text, linked):
    assert ("technique/adapters" in real_links_titled(real_linker, title, text)) is linked


# tsamp30: "next-word prediction", the objective LLMs are trained with, names autoregressive modeling as "next-token
# prediction" does (10 c50k papers)
@pytest.mark.parametrize("form", ["next-word prediction", "next word prediction"])
def test_next_word_prediction_of_tsamp30(real_linker, form):
    text = f"Large language models are typically trained via {form} on massive amounts of text." + FIELD
    assert "technique/autoregressive-modeling" in real_links(real_linker, text)


# tsamp30: a bare "binarized" is a thresholded image, mask, label or map as often as a network's weights ("binarized
# sketch images", "binarized flare labels"): a context label of binarization, linked beside the words of networks only
@pytest.mark.parametrize(
    "text, linked",
    [
        (
            "A straightforward method is fine-tuning a pretrained image generation diffusion model with binarized sketch"
            " images. We apply knowledge distillation and pruning to the diffusion model.",
            False,
        ),
        (
            "We propose a binarized Mamba, which binarizes all projections and keeps the weights at 1 bit. We apply"
            " knowledge distillation and pruning to the model.",
            True,
        ),
        ("We train a binary neural network (BNN) with XNOR operations." + FIELD, True),
    ],
)
def test_bare_binarized_is_a_context_label_of_tsamp30(real_linker, text, linked):
    assert ("technique/binarization" in real_links(real_linker, text)) is linked
