"""Discovery: names the vocabulary lacks, found by the words around them."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.discovery import name_like
from kg.linker import Linker
from kg.vocab import discovered_iri, load

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


def benchmark_names(linker, text):
    """The names discovered in ``text`` as benchmarks."""
    return {n for n, iri in found(linker, text) if iri.startswith("benchmark/")}


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


@given(st.text(alphabet="aZq9-._+ AQz0'/bB", max_size=8))
def test_ascii_name_part_is_the_part_read_by_str_methods(text):
    # issue 4: an ASCII word judged in one pass over its codes as the str methods judge it
    from kg.discovery import _ascii_name_part, _name_part_read

    assert _ascii_name_part(text) is _name_part_read(text)


@pytest.mark.parametrize("text", ["", "A", "Ab", "AB", "ABC", "A1", "Ab1", "aB", "a1B", "iPhone", "GPT4", "x-Y", "É1", "ÜberNet"])
def test_name_part_of_any_text_is_the_part_read(text):
    from kg.discovery import _name_part, _name_part_read

    assert _name_part(text) is _name_part_read(text)


@given(st.text(alphabet="vVPLMXUrosx0129.kBb٣²-", max_size=6))
def test_is_version_is_the_version_pattern(word):
    # issue 4: the pattern is tried only on a word that opens as its matches do; the same answer
    from kg.discovery import _VERSION, _is_version

    assert _is_version(word) is (_VERSION.match(word) is not None)


@pytest.mark.parametrize(
    "word", ["v2", "V1.5", "3", "70B", "2.5k", "Pro", "Plus", "Lite", "Mini", "XL", "Max", "Ultra", "٣", "x2", "Pros"]
)
def test_is_version_on_words(word):
    from kg.discovery import _VERSION, _is_version

    assert _is_version(word) is (_VERSION.match(word) is not None)


def test_labels_of_are_the_labelled_words(vocab):
    # issue 4: a set's lookup stands for asking Vocabulary.labelled once per kind
    from kg.discovery import _OTHER_KINDS, _labels_of
    from kg.vocab import ENTITY_KINDS

    words = {lb for iri in vocab.concepts for lb in vocab.labels(iri)} | {"Breakfast", "ResNet", "resnet", "LLM", "H100"}
    words |= {w.upper() for w in words} | {w[:-1] for w in words if len(w) > 2}
    for kinds in (_OTHER_KINDS, ENTITY_KINDS, ("Model",)):
        labels = _labels_of(vocab, kinds)
        assert {w for w in words if w.lower() in labels} == {w for w in words if any(vocab.labelled(w, k) for k in kinds)}


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
            "We fine-tune Qwen3-ZZ-8B and compare with Voxel-BERT.",
            [("Qwen3-ZZ-8B", "model/discovered/Qwen3-ZZ-8B"), ("Voxel-BERT", "model/discovered/Voxel-BERT")],
        ),
        # a known model with its size is that sized model, as annotators name it
        ("We fine-tune Qwen3-8B and Qwen3-ZQ-8B-Instruct.", [("Qwen3-ZQ-8B-Instruct", "model/discovered/Qwen3-ZQ-8B-Instruct")]),
        ("We train HunyuanVideo-13B with diffusion.", [("HunyuanVideo-13B", "model/discovered/HunyuanVideo-13B")]),
        ("BERT-based models are common.", []),
        # names that say what they are by their ending, with no head word or list
        (
            "ZorbSpace-Bench and QuuxEval show it; SWE-ZZ-bench too.",
            [
                ("ZorbSpace-Bench", "benchmark/discovered/ZorbSpace-Bench"),
                ("QuuxEval", "benchmark/discovered/QuuxEval"),
                ("SWE-ZZ-bench", "benchmark/discovered/SWE-ZZ-bench"),
            ],
        ),
        (
            "Agents trained in ZorbArena and the EV9Gym platform.",
            [
                ("ZorbArena", "benchmark/discovered/ZorbArena"),
                ("EV9Gym", "benchmark/discovered/EV9Gym"),
            ],
        ),
        # models named with their parameter count
        (
            "We prune Zorblax-8B-Instruct and Quux-v0-7B.",
            [
                ("Zorblax-8B-Instruct", "model/discovered/Zorblax-8B-Instruct"),
                ("Quux-v0-7B", "model/discovered/Quux-v0-7B"),
            ],
        ),
        # a variant of a known benchmark is a benchmark; a variant of a known model a model
        ("Gains on OSWorld-Q; ZorbDB-X is ours.", [("OSWorld-Q", "benchmark/discovered/OSWorld-Q")]),
        ("A Voxel-BERT-inspired encoder.", [("Voxel-BERT", "model/discovered/Voxel-BERT")]),
        # lists coordinated with a linked benchmark
        ("Experiments on ShapeNet, ModelNet40, and 8iQFB show gains.", [("8iQFB", "benchmark/discovered/8iQFB")]),
        ("Three datasets on ego-view (JRDB, QZTS) setups.", [("QZTS", "benchmark/discovered/QZTS")]),
        # appositives and "dubbed"
        ("We introduce ZLiDAR, a dataset spanning outdoor scenes.", [("ZLiDAR", "benchmark/discovered/ZLiDAR")]),
        # a clause before the comma is no appositive: the method is not the dataset
        ("To train ZorbBack, a new dataset called DataZack is created.", [("DataZack", "benchmark/discovered/DataZack")]),
        ("We build QX1B-ORS, an SA-1B-derived dataset.", [("QX1B-ORS", "benchmark/discovered/QX1B-ORS")]),
        ("We introduce a novel benchmark, dubbed 3DZQL. It is hard.", [("3DZQL", "benchmark/discovered/3DZQL")]),
        ("We curate ZRS-Bench, a manually screened benchmark.", [("ZRS-Bench", "benchmark/discovered/ZRS-Bench")]),
        # after a plural head word, a coordinated list
        (
            "On two driving benchmarks, DriveZM and DriveZMM-q1, we win.",
            [
                ("DriveZM", "benchmark/discovered/DriveZM"),
                ("DriveZMM-q1", "benchmark/discovered/DriveZMM-q1"),
            ],
        ),
        ("It scores $28.0\\%$ on ZorbDroid.", [("ZorbDroid", "benchmark/discovered/ZorbDroid")]),
        # a list opened inside brackets by "i.e." / "e.g.", with an underscore in a name (test4 error analysis)
        (
            "We test on three datasets (i.e., ZorbSet, RS_Q11, MEDIQ) and win.",
            [
                ("ZorbSet", "benchmark/discovered/ZorbSet"),
                ("RS_Q11", "benchmark/discovered/RS%5FQ11"),
                ("MEDIQ", "benchmark/discovered/MEDIQ"),
            ],
        ),
        ("Two benchmarks (e.g., ZorbQA-2) are used.", [("ZorbQA-2", "benchmark/discovered/ZorbQA-2")]),
        # a possessive before a name is its maker's, no part of it (fixes13): "Meta's" and "Meta’s" alike
        ("Experiments on Meta's ZorbSet dataset show gains.", [("ZorbSet", "benchmark/discovered/ZorbSet")]),
        ("Pulling from Andrew Piper\u2019s ZORBLIT dataset of novels.", [("ZORBLIT", "benchmark/discovered/ZORBLIT")]),
        # leftovers14: a maker's possessive inside a list neither ends the list nor hides the name after it
        (
            "We test on three datasets (i.e., ZorbSet, NASA's QuuxData, MEDIQ) and win.",
            [
                ("ZorbSet", "benchmark/discovered/ZorbSet"),
                ("QuuxData", "benchmark/discovered/QuuxData"),
                ("MEDIQ", "benchmark/discovered/MEDIQ"),
            ],
        ),
        # leftovers14: a list goes on past an item's bracketed remark, not only past a score
        (
            "Experiments on CIFAR-10 (a small set), ZorbData and QuuxSet show gains.",
            [("ZorbData", "benchmark/discovered/ZorbData"), ("QuuxSet", "benchmark/discovered/QuuxSet")],
        ),
        (
            "Evaluation on PC-GITA (Spanish), ZorbCall (Italian), and SSNQX (Tamil) shows gains.",
            [
                ("PC-GITA", "benchmark/discovered/PC-GITA"),
                ("ZorbCall", "benchmark/discovered/ZorbCall"),
                ("SSNQX", "benchmark/discovered/SSNQX"),
            ],
        ),
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
        "A Testbench and a workbench; LLM-Eval and LLM-7B are no names.",  # words, and acronyms with a suffix
        "On ImageNet, ZorbNet2 improves accuracy.",  # a comma after a benchmark is no list
        "On two benchmarks, ZorbNet2 improves accuracy.",  # nor after a head word
        "We use Video-LLMs, Med-VLM and LLM-Guided agents.",  # variants of families need a name-like part
        "Code: github.com/zorb/E-VLA and https://x.org/Qwen3-ZZ.",  # web addresses
        "We propose ZorbTrim, a pruner; ZorbTrim-8B beats Qwen3-8B.",  # the paper's own model
        "We present Qwen3-ZZ-Seg, a framework for segmentation.",
        "We evaluate on T2I and VideoQA benchmarks from CVPR 2025.",  # task acronyms and venues
        "Three datasets (i.e., the ones above) are used.",  # a bracketed "i.e." that lists no names
        "Use small datasets (e.g., with 100 samples).",
        # a possessive is no name (fixes13; "NASA's" was a benchmark on the corpus)
        "Our experiments on NASA's C-MAPSS dataset demonstrate the PerFormer's superior performance in RUL prediction.",
        "It addresses critical limitations in OpenAI\u2019s benchmark, including noisy labels.",
        "We validated our experiments on IBM's Heron r2 quantum processor.",
        # leftovers14: a bracket of capitals is an item's short form, no remark the list goes on past
        "We introduce three benchmarks called Generalized Referring Expression Segmentation (GRES), Comprehension (GREC), "
        "and Generation (GREG).",
        "Experiments on SPEC (ENTITY, FEATURE), EVENT, and DISCOURSE MARKER show gains.",
    ],
)
def test_does_not_discover(linker, text):
    assert found(linker, text) == []


def test_off_domain_discovery_finds_only_benchmarks_that_say_so(linker):
    """Issue #3: a named dataset is one in any text ("the TrackRAD2025 challenge" of radiotherapy); sized
    model names, and names only listed after "experiments on", are found only in texts of the field."""
    text = "We measured rainfall on the RAINX2 dataset in Kenya and fitted it with Rainmodel-7B."
    got = {(lk.text, lk.concept.split("/papers-kg/")[1]) for lk in linker.link_texts([("abstract", text)])}
    assert got == {("RAINX2", "benchmark/discovered/RAINX2")}
    assert linker.link_texts([("abstract", "Experiments on HYDRO9 and RAINX2 in Kenya.")]) == ()


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


RULE_HEAD = """@prefix kg: <https://w3id.org/papers-kg/ontology#> .
@prefix bench: <https://w3id.org/papers-kg/benchmark/> .
@prefix model: <https://w3id.org/papers-kg/model/> .
"""


@pytest.mark.parametrize(
    "rule, message",
    [
        (
            'kg:R a kg:DiscoveryRule ; kg:discoverKind kg:Benchmark ; kg:discoverScheme bench: ; kg:namePattern "(Bench)" .',
            "(?:...) groups only",
        ),
        (
            'kg:R a kg:DiscoveryRule ; kg:discoverKind kg:Benchmark ; kg:discoverScheme bench: ; kg:namePattern "[Bench" .',
            "not a valid regular expression",
        ),
        (
            "kg:R a kg:DiscoveryRule ; kg:discoverScheme model: ; kg:extendsKind kg:Model ; kg:genericBase model:no-such .",
            "kg:genericBase",
        ),
    ],
)
def test_bad_rules_are_refused(tmp_path, rule, message):
    from pathlib import Path

    from kg.errors import VocabularyError

    mini = Path(__file__).parent / "data" / "vocab" / "mini.ttl"
    (tmp_path / "mini.ttl").write_text(mini.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "rules.ttl").write_text(RULE_HEAD + rule + "\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=re.escape(message)):
        load(tmp_path)


def test_name_pattern_rule_on_a_small_vocabulary(tmp_path):
    from pathlib import Path

    mini = Path(__file__).parent / "data" / "vocab" / "mini.ttl"
    (tmp_path / "mini.ttl").write_text(mini.read_text(encoding="utf-8"), encoding="utf-8")
    rule = (
        "kg:R a kg:DiscoveryRule ; kg:discoverKind kg:Benchmark ; kg:discoverScheme bench: ; "
        'kg:namePattern "\\\\b[A-Z]\\\\w*Zorb\\\\b" .'
    )
    (tmp_path / "rules.ttl").write_text(RULE_HEAD + rule + "\n", encoding="utf-8")
    lk = Linker(load(tmp_path))
    links = lk.link_texts([("abstract", "QuuxZorb and GLUE results." + FIELD)])
    got = [(x.text, x.method) for x in links if x.method == "pattern"]
    assert got == [("QuuxZorb", "pattern")]


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w.+/-])[A-Za-z0-9][A-Za-z0-9.+]*(?:-?Bench|-?Eval|-?Gym)(?![\w+/-])", {"Bench", "Eval", "Gym"}),
        (r"[A-Z]+-\d+[Bb]", {"-"}),
        (r"abc|de", {"abc", "de"}),
        (r"(?:ab)+c", {"ab"}),
        (r"(?:ab)*c", {"c"}),
        (r"(?:x|)y", {"y"}),
        (r"(?i:bench)", None),  # case-insensitive literals match other spellings
        (r"(?i)abc", None),
        (r"a(?i:b)cd", {"cd"}),
        (r"\d+[Bb]", None),
    ],
)
def test_required_strings_of_a_pattern(pattern, needed):
    # issue 4: a name-pattern alternative is left out of the search of a text holding none of these
    from kg.discovery import _required

    got = _required(pattern)
    assert got == (frozenset(needed) if needed is not None else None)
    for text in ("xx Bench1 yy", "A-7B", "abc", "ab c", "y", "BENCH", "aBcd"):
        if got is not None and not any(n in text for n in got):
            assert re.search(pattern, text) is None


@pytest.mark.parametrize(
    ("pattern", "cut"),
    [
        (r"(?<![\w.+/-])[A-Za-z0-9][A-Za-z0-9.+]*(?:-?Bench|-?Eval)(?:-[A-Za-z0-9.]+)?(?![\w+/-])", "Bench2|Eval"),
        (r"(?<![\w.+/-])[A-Za-z][A-Za-z0-9.+]*(?:-[A-Za-z0-9.+]+)*?-(?:\d+x)?\d+(?:\.\d+)?[Bb](?![\w+/-])", "-8x7B"),
        (r"(?:https?://|www\.|\b[\w-]+\.(?:com|org|io|net|ai)/)\S*", ".io/x"),
        (r"\b(?:propose[sd]?|present(?:s|ed)?)\s+([A-Z]\w*)", "presents X"),  # a group is kept whole
        (r"[a-z]+\d", None),  # nothing to cut to
        (r"abc", None),  # starts with a literal already
    ],
)
def test_prefilter_holds_every_match(pattern, cut):
    # issue 4: a name pattern is searched only in texts its prefilter matches: it must match wherever the pattern does
    from kg.discovery import prefilter

    pre = prefilter(pattern)
    assert (pre is None) == (cut is None)
    if pre is None:
        return
    assert pre.search(cut)
    texts = [
        "VSI-Bench and LongMemEval-S, Bench2Drive",
        "benchmark",
        "Mixtral-8x7B, LLaDA-8B-Instruct, Qwen-7b",
        "see https://github.com/x/y or www.example.org and lab.ai/x",
        "no names here at all",
        "We propose ZorbNet and present Quux; we presented results",
    ]
    for text in texts:
        if re.search(pattern, text):
            assert pre.search(text)
    assert not pre.search("no names here at all")


def test_rules_left_out_of_a_text_change_no_match(linker):
    # issue 4: the discovery patterns searched without the rules that cannot match find what the whole pattern finds
    texts = [
        "We evaluate on the ZorbQA benchmark and VSI-Bench; results on GLUE, SuperGLUE. Two RTX 5090 GPUs.",
        "EXPERIMENTS ON IMAGENET AND THE COCO DATASET",
        "Mixtral-8x7B and LLaDA-8B-Instruct on an STM32 MCU, 5.2% on the test set",
        "QuuxBench-v2 and Zorb-Eval, but no benchmark",
        "Nothing of the kind is named in this sentence.",
    ]
    names = linker.discoverer.names
    for text in texts:
        part = names.for_text(text)
        got = [(m.span(), m.lastgroup) for m in part.finditer(text)] if part is not None else []
        assert got == [(m.span(), m.lastgroup) for m in names.whole.finditer(text)]


# texts for the name patterns tried only at the starts of runs: names at the start and the end of a text, back to
# back, inside longer runs ("x/VP-Bench", "a.VP-Bench", "_Foo-7B": the lookbehind refuses them), a run holding two
# strings ("Bench-Bench"), hyphens without a size, and non-ASCII texts (an Arabic-Indic digit is a digit to "\\d")
RUN_TEXTS = [
    "VSI-Bench and LongMemEval-S, Bench2Drive",
    "Mixtral-8x7B, LLaDA-8B-Instruct, Qwen-7b and Qwen2.5-72B-Instruct",
    "VP-Bench,Zorb-Eval;Foo-Arena/Bar-Gym BenchBench Bench-Bench QuuxBench-v2",
    "x/VP-Bench a.VP-Bench _Foo-7B 3-7B state-of-the-art bench-marked -Bench +Bench .Eval",
    "Zorb-٣B and Zorb-3B, the é-Bench and the éVP-Bench, ZorbBench",
    "a benchmark with no name, a test-bench, a work-bench",
    "Testbench",
    "",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_name_patterns_tried_at_run_starts_find_what_finditer_finds(linker, text):
    # issue 4: same matches (spans, groups), in the same order, as the whole pattern's finditer
    names = linker.discoverer.names
    want = [(m.span(), m.lastgroup) for m in names.whole.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in names.finditer(text)] == want


@given(st.lists(st.sampled_from(["VP", "-", "Bench", "bench", "Eval", "Qwen", "7", "B", "x", "8", ".", "+", "/", " ", "é", "٣"])))
def test_name_patterns_at_run_starts_on_generated_texts(linker, parts):
    text = "".join(parts)
    names = linker.discoverer.names
    want = [(m.span(), m.lastgroup) for m in names.whole.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in names.finditer(text)] == want


@pytest.mark.parametrize(
    "pattern, chars, exact",
    [
        (r"(?<![\w.+/-])[A-Za-z0-9][A-Za-z0-9.+]*-?Bench", string.ascii_letters + string.digits + ".+-", True),
        (r"(?<![\w-])[A-Z][a-z]*-\d+B", string.ascii_letters + "-" + string.digits, False),  # "\d": other digits too
        (r"(?<![\w-])(?i:ab)-x", "abAB-x", False),  # case-insensitive: "K" (Kelvin) is "k"
        (r"(?<![a-z-])[a-z]+(?:-[a-z]+)*", string.ascii_lowercase + "-", True),
        (r"(?<![a-z])[a-z]+(?:-[a-z]+)*", None, None),  # "-" passes the lookbehind: a match may start inside a run
        (r"(?<![a-z])[a-z]+-", None, None),  # the lookbehind lets "-" pass: a match may start inside a run
        (r"[a-z]+Bench", None, None),  # no lookbehind
        (r"(?<!\w\w)[a-z]+", None, None),  # a lookbehind of two characters
        (r"(?<!\w)[^ ]+", None, None),  # a negated class
        (r"(?<!\w)\w+", None, None),  # a category other than digits
        (r"(?<!\w).", None, None),  # any character
    ],
)
def test_word_run_of_a_pattern(pattern, chars, exact):
    # issue 4: every match lies in a run of these characters, from the run's start
    from kg.discovery import word_run

    got = word_run(pattern)
    assert got == ((frozenset(chars), exact) if chars is not None else None)
    if got is None:
        return
    for text in ("VP-Bench, x.VP-Bench", "Qwen-7B and Llama-13B", "ab-x AB-x", "foo-bar baz- qux", "-Bench Zorb-٣B"):
        for m in re.finditer(pattern, text):
            start = m.start()
            assert set(m.group(0)) <= got[0] or not got[1]
            assert start == 0 or text[start - 1] not in got[0]


def test_name_runs_survive_pickling(linker):
    # issue 4: the compiled-vocabulary cache pickles the discoverer; the runs are read again from the patterns
    import pickle

    names = pickle.loads(pickle.dumps(linker.discoverer.names))
    assert names.runs == linker.discoverer.names.runs
    assert all(runs is not None for runs in names.runs)  # every name pattern of the vocabulary is read
    text = "on VSI-Bench and Mixtral-8x7B"
    assert [m.group(0) for m in names.finditer(text)] == ["VSI-Bench", "Mixtral-8x7B"]


# Issue #3, known wrong discoveries (linkfix round): metric, task and modality pairs, signals, metric tools
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It improves by 1.6%/0.8% on BACC/AUROC and 0.5%/2.2% on RMSE/MAE.", []),
        ("Experimental results on T2V/T2I models such as CogVideoX show gains.", []),
        ("Experiments on PET/CT scans and on MEG datasets of brain signals.", []),
        ("We introduce TensorBLEU, a GPU BLEU metric. We benchmark TensorBLEU against NLTK.", []),
        ("We fine-tune BERTimbau-Large and BERTimbau-Base for Portuguese NER.", []),
        # a "/"-joined pair of names is still a name, and a -Gym name is its own benchmark
        ("Experiments on the JRDB and ZORB/QUUX datasets.", [("ZORB/QUUX", "benchmark/discovered/ZORB%2FQUUX")]),
        ("We evaluate agents on EnterpriseOps-Gym.", [("EnterpriseOps-Gym", "benchmark/discovered/EnterpriseOps-Gym")]),
        ("Results on the ZorbMEG dataset.", [("ZorbMEG", "benchmark/discovered/ZorbMEG")]),
    ],
)
def test_pairs_signals_and_metric_tools_are_no_benchmarks(linker, text, expected):
    assert found(linker, text) == expected


# Issue #3, silver audit of random corpus abstracts (audithw round): versions of known names, benchmark editions,
# scores without a per cent sign; and names that are none (units, bit widths, modifiers, metrics)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "We compare GPT-5.2 and Qwen3.5-9B.",
            [("GPT-5.2", "model/discovered/GPT-5.2"), ("Qwen3.5-9B", "model/discovered/Qwen3.5-9B")],
        ),
        ("Claude 4.6 answers.", [("Claude 4.6", "model/discovered/Claude_4.6")]),
        (
            "Baselines: Molmo2 and CogVideoX1.5.",
            [("Molmo2", "model/discovered/Molmo2"), ("CogVideoX1.5", "model/discovered/CogVideoX1.5")],
        ),
        (
            # ("ISIC2019" is a hidden label of ISIC since bench27, as "ISIC 2019" is its label)
            "We segment tumours on BraTS2022 and ISIC2016.",
            [("BraTS2022", "benchmark/discovered/BraTS2022"), ("ISIC2016", "benchmark/discovered/ISIC2016")],
        ),
        ("It reaches 95.23 TEDS on TabRecX.", [("TabRecX", "benchmark/discovered/TabRecX")]),
        ("An F1 of 0.91 on MedQAX.", [("MedQAX", "benchmark/discovered/MedQAX")]),
        ("Gains on the MP-100 dataset.", [("MP-100", "benchmark/discovered/MP-100")]),
        ("We introduce LegalBench-BR, a benchmark.", [("LegalBench-BR", "benchmark/discovered/LegalBench-BR")]),
        ("We also test on LegalBench-BR.", [("LegalBench-BR", "benchmark/discovered/LegalBench-BR")]),
    ],
)
def test_audit_discoveries(linker, text, expected):
    assert found(linker, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It runs on popular generation benchmarks (24GB VRAM limit).",
        "Experiments on W4A4 and W3A3 quantization.",
        "We beat baselines by 1% on NSD and 2% on HD95.",
        "Results on RGB-based datasets and UAV-based datasets.",
        "We train on a 3D breast DCE-MRI dataset and a COVID-19 dataset.",
        "LLM2 and CNN3 are no models.",  # a generic family with a number
        "Our CLIP-Based Fusion and LLM-Guided Search.",
        # a variant name the text defines as something else: a module, no SARD data set
        "It integrates Multi-Scale Structure-Aware Region Distillation (MS-SARD) into nnU-Net.",
    ],
)
def test_audit_non_names(linker, text):
    assert found(linker, text) == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # review6: a list's word named by its place alone was taken glued to the word before it by "\\&"
        ("Experiments on the full Tanks\\&Temples and Mip-NeRF360 datasets show gains.", "Temples"),
        # review6: a name cut out of a word whose letters the tokens leave out ("Ü", "ï"): "berNet" of "ÜberNet"
        ("We evaluate on the ÜberNet dataset.", "berNet"),
        ("Results on the naïveBench dataset.", "veBench"),
    ],
)
def test_no_name_is_a_piece_of_a_word(linker, text, piece):
    names = [name for name, _ in found(linker, text)]
    assert piece not in names


def test_a_version_is_beneath_the_name_it_extends(vocab):
    assert vocab.variant_bases("GPT-5.2", "Model") == ("https://w3id.org/papers-kg/model/gpt-5",)
    assert vocab.variant_bases("Qwen3.5-9B", "Model") == ("https://w3id.org/papers-kg/model/qwen3",)
    assert vocab.variant_bases("BraTS2022", "Benchmark") == ("https://w3id.org/papers-kg/benchmark/brats",)


@pytest.mark.parametrize(
    ("pattern", "opening"),
    [
        (r"(?<![A-Za-z0-9])(?i:bench(?:mark)?s?|corpus)", {"bench", "corpus"}),
        (r"(?:(?P<a>(?<!-)(?i:FPGA)(?!\w))|(?P<b>GPUs?))", {"fpga", "gpu"}),
        (r"(?i:(?:evaluated|tested) on(?: the)?)", {"evaluated on", "tested on"}),
        (r"\d(?:\.\d+)?\s*%", set("0123456789")),
        (r"[A-Ca]x+", {"ax", "bx", "cx"}),  # a repeat's body is read once, then the reading ends
        (r"[A-Ca]x*y", {"a", "b", "c"}),  # a repeat that may run no time ends it
        (r"\d+(?:\.\d+)?\s+on", set("0123456789")),  # a repeat that runs at least once opens with its body
        (r"(?:ab|c)+d", {"ab", "c"}),
        (r"(?:a*)+b", None),  # a body that may match nothing opens nothing read
        (r"^ab\b", {"ab"}),
        (r"(?:x|)y", {"xy", "y"}),
        (r"a*b", None),  # may open with "b" or "a": nothing common read
        (r"[^a]b", None),
        (r"\w+", None),
        (r"\sx", None),
        (r"(?i:ſ)x", None),  # a non-ASCII literal opens nothing read
        # issue 4 (disc11): a part that runs at most once is read whole or not at all, and the reading goes on
        (r"(?i:(?:tests?|results) on(?: the)?)", {"test on", "tests on", "results on"}),  # "on the" opens with "on"
        (r"ab(?:cd)?e", {"abcde", "abe"}),
        (r"ab(?:c+)?d", {"ab"}),  # a body not read whole ends the reading
        (r"ab(?:c|d)?e", {"abce", "abde", "abe"}),
    ],
)
def test_openings_of_a_pattern(pattern, opening):
    # issue 4: the discovery pattern is tried only where one of these strings opens in the lower-cased text
    from kg.discovery import openings

    got = openings(pattern)
    assert got == (frozenset(opening) if opening is not None else None)
    for text in (
        *("Bench marks", "a Corpus", "FPGA GPUs", "Tested on the", "5.2 %", "Bxx", "ab", "y xy", "aab", "cb", "x1"),
        *("Results on the", "tests on", "abcde abe abccd abd abce"),
    ):
        for m in re.finditer(pattern, text):
            assert got is None or any(text.lower().startswith(o, m.start()) for o in got)


# texts where the scan of openings must find what the whole pattern finds: matches at the start and the
# end, back to back, overlapping openings ("benchmarked on" in "benchmark"), case variants; and non-ASCII
# letters that match ASCII ones case-insensitively ("ſ" is "s", "K" (Kelvin) is "k", "ı" and "İ" are "i")
# and non-ASCII digits, which an ASCII opening does not show
SCAN_TEXTS = [
    "Dataset and benchmark: the ZorbQA benchmark; benchmarked on the VSI-Bench, evaluated on GLUE.",
    "EXPERIMENTS ON IMAGENET AND THE COCO DATASET",
    "Two RTX 5090 GPUs, an STM32 MCU, FPGA boards; 5.2% on the test set, 12 \\% on MMLU",
    "the COCO datasetbenchmark corpus-level benchmark-suite datasets",
    "the dataſet ZorbQA, the ZorbQA benchmarK suite, evaluated on QuuxQA",  # ſ, K (Kelvin)
    "the FooQA CHALLENGE, a fpga and the BarQA leaderboard",
    "valıdated on ZorbQA, tested on QuuxQA",  # ı
    "VALİDATED ON ZorbQA",  # İ
    "٣% on ZorbQA and 3% on QuuxQA",  # an Arabic-Indic digit
    "",
    "benchmark",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_openings_scan_finds_what_finditer_finds(linker, text):
    # issue 4: same matches (spans, groups), in the same order, as the pattern's own finditer
    d = linker.discoverer
    # (a position is tried with the alternatives that open there: the groups of the others are not in its pattern)
    want = [(m.span(), m.lastgroup, m.group(0)) for m in d.pattern.finditer(text)]
    assert [(m.span(), m.lastgroup, m.group(0)) for m in d.scan.finditer(text)] == want
    if not text.isascii():
        # these texts do hold matches the ASCII scan could not see: the scan reads them in full
        assert want


@given(
    st.lists(
        st.sampled_from(["bench", "mark", "ed", " on", " the", "s", "Data", "set", "GPU", "5", ".2", "%", "-", " ", "x", "ON"])
    )
)
def test_openings_scan_on_generated_texts(parts):
    from kg.discovery import Openings

    text = "".join(parts)
    for pattern in (
        r"(?<![A-Za-z0-9])(?:(?P<h>(?<!-)(?i:benchmark(?:e?s)?|dataset(?:e?s)?)(?![A-Za-z0-9]))"
        r"|(?P<i>(?i:benchmarked on(?: the)?|\d(?:\.\d+)?\s*%\s+on)))",
        r"(?P<g>GPUs?)|(?i:(?P<x>x+))|(?P<m>mark)",
        r"(?<![A-Za-z0-9])(?P<o>on)|(?P<d>\d)",  # the lookbehind holds for the first branch only
    ):
        compiled = re.compile(pattern)
        want = [(m.span(), m.lastgroup) for m in compiled.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in Openings(compiled).finditer(text)] == want


@given(
    st.lists(
        st.sampled_from(
            [
                "bench",
                "mark",
                "ed",
                " on",
                " the",
                "s",
                "Data",
                "set",
                "GPU",
                "5",
                ".2",
                "%",
                "-",
                " ",
                ". ",
                "ON",
                "(",
                "_",
                "\n",
                "e.g.",
                "E-G",
                "\x00",  # the scan marks every byte but a letter or digit 0: a NUL in the text is such a byte too
                "\x00on",
                "\x1f",
            ]
        )
    )
)
def test_openings_scan_by_alternatives_on_generated_texts(parts):
    # issue 4: a position tried with only the alternatives that open there finds what the whole pattern finds, the
    # first of them that matches there ("benchmarked on" before "benchmark", "5.2% on" before "5")
    from kg.discovery import _WORD_START, Openings

    text = "".join(parts)
    alternatives = (
        r"(?P<b>(?i:benchmarked on(?: the)?))",
        r"(?P<h>(?<!-)(?i:benchmark(?:e?s)?|dataset(?:e?s)?)(?![A-Za-z0-9]))",
        r"(?P<o>(?i:(?<=[.!?] )On(?: the)?))",
        r"(?P<p>(?i:\d(?:\.\d+)?\s*%\s+on))",
        r"(?P<d>\d)",
        r"(?P<g>GPUs?)",
        # an opening with characters that are no letter or digit: the scan reads them as any such character
        r"(?P<e>(?i:e\.g\.,?\s*(?:on|5)))",
        r"(?P<u>(?i:on_the))",
    )
    compiled = re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")")
    want = [(m.span(), m.lastgroup) for m in compiled.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in Openings(compiled, alternatives).finditer(text)] == want


def test_openings_refuses_alternatives_of_another_pattern():
    from kg.discovery import _WORD_START, Openings

    with pytest.raises(ValueError):
        Openings(re.compile(_WORD_START + "(?:a|b)"), ("a", "c"))


def test_openings_scan_survives_pickling():
    # issue 4: the compiled-vocabulary cache pickles the discoverer; the openings' automaton is built again
    import pickle

    from kg.discovery import Openings

    pattern = re.compile(r"(?<![A-Za-z0-9])(?:(?P<h>(?i:dataset)s?)|(?P<i>\d+(?:\.\d+)?\s+on))")
    loaded = pickle.loads(pickle.dumps(Openings(pattern)))
    assert loaded.automaton is not None
    text = "the FooQA dataset, 5.2 on BarQA, datasets"
    assert (
        [m.span() for m in loaded.finditer(text)] == [m.span() for m in pattern.finditer(text)] == [(10, 17), (19, 25), (33, 41)]
    )
    from kg.discovery import _WORD_START

    alternatives = (r"(?P<h>(?i:dataset)s?)", r"(?P<i>\d+(?:\.\d+)?\s+on)")
    split = re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")")
    loaded = pickle.loads(pickle.dumps(Openings(split, alternatives)))
    assert loaded.alternatives == alternatives
    assert [(m.span(), m.lastgroup) for m in loaded.finditer(text)] == [((10, 17), "h"), ((19, 25), "i"), ((33, 41), "h")]


@given(st.lists(st.sampled_from(["Qwen", "3", "-", ".", "5", "VL", "8B", "a", " ", "x", "://", "com", "Based", "LLM"])))
def test_variant_span_skips_only_spans_nothing_joins(parts):
    # issue 4: where no hyphen or "." touches a span, the full reading of the joined name finds nothing either
    from kg.discovery import _joined_span, _may_widen

    text = "".join(parts)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            if not _may_widen(text, start, end):
                for strict in (False, True):
                    assert _joined_span(text, start, end, strict, None) is None
                    assert _joined_span(text, start, end, strict, lambda p: p == "LLM") is None


# Issue #3, blind set 5: benchmark names by their form, each with the other side
@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised word joined to a benchmark in a list of benchmarks is part of a data set's name
        (
            "Experiments on COCO-Stuff and ImageNet-Texture show gains.",
            ("ImageNet-Texture", "benchmark/discovered/ImageNet-Texture"),
        ),
        (
            "Results on spatial benchmarks (RoboSpatial-Home, BLINK, MMBench).",
            ("RoboSpatial-Home", "benchmark/discovered/RoboSpatial-Home"),
        ),
        # "the" and capitalised words before a capitalised head word: the name of one data set
        (
            "The system was evaluated using the Classroom Emotion Dataset of 1,500 images.",
            ("Classroom Emotion Dataset", "benchmark/discovered/Classroom_Emotion_Dataset"),
        ),
        # a name set off by commas after "a/the ... dataset" is the data set's
        (
            "We introduce a large-scale, multi-modal emulated rain dataset, RAINY-3D, to promote research.",
            ("RAINY-3D", "benchmark/discovered/RAINY-3D"),
        ),
        ("We construct an enhanced dataset, ZORBSEG, which includes occlusions.", ("ZORBSEG", "benchmark/discovered/ZORBSEG")),
        (
            "We introduce the AG-MG Parallel Corpus, a new resource.",
            ("AG-MG Parallel Corpus", "benchmark/discovered/AG-MG_Parallel_Corpus"),
        ),
    ],
)
def test_blind5_benchmark_names_by_form(linker, text, expected):
    assert expected in found(linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "ImageNet-Scale pretraining helps the model.",  # a capitalised word outside a list
        "ImageNet-Scale pretraining and COCO-Scale tuning help.",  # nor next to a word that is no benchmark
        "We build a New Large Dataset of images.",  # capitalised words without "the"
        "We describe the Dataset in section 2.",  # "the" and the head word alone
        "On the dataset, ZorbModel achieves 5% accuracy.",  # a name that goes on with a verb is no apposition
        "For the benchmark, ZorbA, ZorbB and ZorbC score well.",  # nor is a list of names
        "On this dataset, ZorbModel, which is small, wins.",  # "this", no article phrase
    ],
)
def test_blind5_no_benchmark_name_by_form(linker, text):
    assert [n for n in found(linker, text) if n[1].startswith("benchmark/")] == []


@pytest.mark.parametrize(
    "title, expected",
    [
        ("RAINY-9: A Multi-modal Emulated Rain Dataset for Point Cloud De-raining", {"benchmark/discovered/RAINY-9"}),
        ("ZorbQA: A Benchmark for Spatial Question Answering", {"benchmark/discovered/ZorbQA"}),
        ("ZorbQA: A Method for Benchmark Design", set()),  # the head word is not the subtitle's noun
        ("ZorbQA: A Benchmark-Driven Study of Pruning", set()),
        ("ZorbQA: Hardware-Aware Quantization of Transformers", set()),
    ],
)
def test_a_title_that_says_its_name_is_a_dataset(linker, title, expected):
    text = "We prune transformers with quantization on GPUs, and ZorbQA helps." + FIELD
    got = {lk.concept.split("/papers-kg/")[1] for lk in linker.link_texts([("title", title), ("abstract", text)])}
    assert {c for c in got if c.startswith("benchmark/discovered/")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue #3, recall on unseen abstracts: a list's words named only by their place, beside a name by form,
        # under a lower-case plural head word
        (
            "We report accuracy on the Orchard, Quarrel, and Zorb77 datasets.",
            {"Orchard", "Quarrel", "Zorb77"},
        ),
        (
            "Images come from four public datasets (KELPIE, Marrowby, Tinsel and FJORD-X).",
            {"KELPIE", "Marrowby", "Tinsel", "FJORD-X"},
        ),
        ("Results on the 12Lanterns and ZorbSet benchmarks improve.", {"12Lanterns", "ZorbSet"}),
        # beside a benchmark the vocabulary knows, in a coordinated list
        ("The model is trained on CIFAR-10 and Marrowby.", {"Marrowby"}),
        # a name ending like a model's right before a head word names a data set
        ("Detection runs on the GarbageNet dataset with a small CNN.", {"GarbageNet"}),
        ("We render scenes from the PlumNeRF benchmark.", {"PlumNeRF"}),
        # capitalised words after a lower-case word join the name before the head word
        ("It gains 3% on the large-scale QRS EVT-40 dataset.", {"QRS EVT-40"}),
    ],
)
def test_discovers_names_by_their_place_in_a_list(linker, text, expected):
    names = benchmark_names(linker, text)
    assert expected <= names


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name is joined with capitalised words before it only after a lower-case word, never with a known name
        # or a describing compound; where joining fails the name itself stays (each was lost when it did not)
        ("This work is new. The QuillSumm 2025 challenge asks for summaries from LLMs.", "QuillSumm 2025"),
        ("We ranked 2nd in the CIFAR-10 ZVUW challenge with a deep neural network.", "ZVUW"),
        ("We release the Twin-lens RGB-QX dataset for deep neural network training.", "RGB-QX"),
    ],
)
def test_a_widened_name_falls_back_to_the_name(linker, text, expected):
    names = benchmark_names(linker, text)
    assert expected in names, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a language or region describes a data set and names none (kg:notAName): not joined to the name, not
        # taken from a list, and the list walks on past it
        ("We test on the English ZORBICS dataset with a deep neural network.", {"ZORBICS"}, {"English ZORBICS", "English"}),
        ("We use the English and Japanese QuillNet-2 datasets with LLMs.", {"QuillNet-2"}, {"English", "Japanese"}),
        (
            "It does well on both English ZRW and Mandarin ZRW-1000 datasets with deep learning.",
            {"ZRW", "ZRW-1000"},
            {"Mandarin ZRW-1000", "English ZRW"},
        ),
        ("We evaluate a CNN on the Public ZorbA, Synthetic ZorbB and QRS-9 datasets.", {"ZorbA", "ZorbB", "QRS-9"}, {"Public"}),
    ],
)
def test_a_language_describes_a_data_set(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text",
    [
        "Models are tested on the Chinese and English datasets.",  # no name by form in the list
        "We evaluate on Orchard for a dataset.",  # one word by place alone, no list ("the Orchard dataset" is one: benchrecall7)
        "Extensive experiments on Orchard and ZorbFlow decoders show gains.",  # after an intro phrase, no head word
        # a capitalised word joined to another is no item alone ("Tiny Orchard" together is one: benchrecall2)
        "Results on CIFAR-100, Tiny Orchard, and ImageNet improve.",
        "Orchard and Quarrel Benchmarks for Reasoning",  # a title: every word is capitalised
        "The GarbageNet model beats ResNet on CIFAR-10.",  # a model-suffixed name before no head word
        "Using ZORB dataset we train a CNN.",  # a sentence's first word joins no name
        "Results on CIFAR-10 and Transformer models are reported.",  # a known model is no data set
        "Data sets include Lost in Orchard, and CIFAR-10.",  # the end of a name of several words
        "Experiments on Kaggle and ZorbML datasets improve.",  # a listed non-name (a hosting site)
    ],
)
def test_no_name_by_place_without_a_list_of_data_sets(linker, text):
    names = benchmark_names(linker, text)
    assert not names & {
        "Orchard",
        "Quarrel",
        "Tiny",
        "GarbageNet",
        "Using ZORB",
        "Transformer",
        "Chinese",
        "English",
        "Kaggle",
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue #3 (benchrecall2): a score of two decimals, with its metric between the number and "on"
        ("It reaches 94.46% on ZorbSKODA assembly gestures.", {"ZorbSKODA"}),
        ("It gets 93.41% macro F1 on QXR-HAR and more.", {"QXR-HAR"}),
        ("It scores 0.7416 balanced accuracy on QMCZ sleep staging.", {"QMCZ"}),
        # a sentence that opens with what it reports on; the list ends where the clause starts
        ("We use a CNN. On ZorbCore50, QuillHD achieves a 40x speedup.", {"ZorbCore50"}),
        ("We use a CNN. On Zorga109 ($4\\times$), QuillNet-L reaches 31.6 dB.", {"Zorga109"}),
        ("We use a CNN. On the QREDS validation set, the model reaches 27.8 dB.", {"QREDS"}),
        ("We use a CNN. On ZorbA1, ZorbB2 and ZorbC3, QuillNet wins.", {"ZorbA1", "ZorbB2", "ZorbC3"}),
        # a known benchmark's stem written with other capitals is no version of the known word
        ("We train on the public Brain4Zorbs dataset.", {"Brain4Zorbs"}),
        # a list's item of several capitalised words, beside names by form (no word of it a vocabulary label: "Ridge"
        # became one of ridge regression in trec27, and a name holding a label is none by form)
        (
            "Experiments on WikiText-103, Quill Stone Arena, and ZQT time-series benchmarks show gains.",
            {"Quill Stone Arena", "ZQT"},
        ),
        ("Results on CIFAR-100, Tiny Orchard, and ImageNet improve.", {"Tiny Orchard"}),
    ],
)
def test_benchrecall2_finds_unseen_benchmark_names(linker, text, expected):
    names = benchmark_names(linker, text)
    assert expected <= names, names


@pytest.mark.parametrize(
    "text, refused",
    [
        # trap phrases for the rules above
        ("We use a CNN. On average, QuillNet improves accuracy by 2%.", {"QuillNet", "average"}),
        ("We use a CNN. On ZorbCore50, QuillHD achieves a 40x speedup.", {"QuillHD"}),  # the clause is no list
        ("We use a CNN. On ZorbData we build a model.", {"ZorbData"}),  # no comma, bracket or split closes it
        ("We use a CNN. On ARM, QuillNet runs fast.", {"ARM", "QuillNet"}),  # a listed non-name
        ("We use a CNN. On 4xL20, it achieves a 3.0x speedup.", {"4xL20"}),  # a count of devices
        ("We use a CNN. Across All Settings, QuillNet wins 12.5% on average.", {"All Settings", "QuillNet"}),
        ("Experiments on the MSD Task01 and BraTS 2021 datasets show gains.", {"Task01"}),  # a word and a number
        ("There is a lack of multi-shot fMRI-video datasets.", {"fMRI-video"}),  # a compound of a non-name
        ("We report on real (Human3.6M, Pedestrians and Cyclists in Road Traffic, and JRDB) datasets.", {"Road Traffic"}),
        ("Known names with a version are not new: ALFRED2 benchmark.", {"ALFRED2"}),
    ],
)
def test_benchrecall2_trap_phrases(linker, text, refused):
    names = benchmark_names(linker, text)
    assert not names & refused, names


@pytest.mark.parametrize(
    "text, name, base",
    [
        # a benchmark with members numbered by size ("Kinetics-400") has others: "Kinetics600" beneath it
        ("Benchmarks, i.e., Kinetics400, Kinetics900, HMDB51 and THUMOS14, show gains.", "Kinetics900", "benchmark/kinetics-400"),
    ],
)
def test_a_numbered_member_of_a_numbered_benchmark(vocab, linker, text, name, base):
    links = {lk.text: lk.concept for lk in linker.link_texts([("abstract", text + FIELD)])}
    assert links[name] == "https://w3id.org/papers-kg/benchmark/discovered/" + name
    assert "https://w3id.org/papers-kg/" + base in vocab.describe_discovered(links[name]).broader


def test_a_list_after_such_as_ends_at_the_clause(linker):
    text = "It wins on vision benchmarks, such as ZorbPro and QuillVision, Squeeze Evolve improves the frontier."
    names = benchmark_names(linker, text)
    assert {"ZorbPro", "QuillVision"} <= names and "Squeeze Evolve" not in names, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a capitalised word joined to a capitalised suffix is a benchmark's name by its form
        ("Here, we present Quorp-Bench, a purpose-built benchmark with diverse tasks.", {"Quorp-Bench"}, set()),
        ("We introduce Zorbly-Eval to measure agents, and Quill-Arena.", {"Zorbly-Eval", "Quill-Arena"}, set()),
        ("Results improve on M-Bench.", {"M-Bench"}, set()),
        # a lower-case suffix after a word with one capital is a word ("a hardware Test-bench"), as "Testbench" is
        ("We build a hardware Quorp-bench and a Testbench for it.", set(), {"Quorp-bench", "Testbench"}),
        # a list closed by a plural head word names data sets, whatever their endings ("ShareGPT")
        ("When evaluated across Humaneval, ZorbGPT, GSM8k, and Litbench benchmarks, it wins.", {"ZorbGPT"}, set()),
        ("We compare ZorbGPT with baselines on the MMLU benchmark.", set(), {"ZorbGPT"}),
        # a list whose items carry bracketed scores goes on past them
        (
            "It improves multiple datasets, including CIFAR-10 (+0.45%), ZorbDVS (+2.70%), Quill-Caltech101 (+1.94%), "
            "and ImageNet-1K (+1.6%).",
            {"ZorbDVS", "Quill-Caltech101"},
            set(),
        ),
        # a cross-reference in brackets is no remark on the item (a remark is, leftovers14: test_discovers)
        ("It improves multiple datasets, including CIFAR-10 (see Table 2), ZorbDVS and more.", set(), {"ZorbDVS"}),
        # a list runs on past a known name inside a longer word ("CIFAR10-DVS" around "CIFAR10")
        (
            "Experiments on CIFAR10, CIFAR100, CIFAR10-QZV, and ZORB128 Gesture demonstrate that it matches.",
            {"ZORB128 Gesture"},
            {"ZORB128"},
        ),
        ("We train on CIFAR10-DVS, Zorb Hardware runs it fast.", set(), {"Zorb Hardware"}),
    ],
)
def test_benchrecall3_finds_unseen_benchmark_names(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "title, abstract, expected",
    [
        # a probing subtitle names a benchmark where the abstract calls the name one ("Zorblink, a benchmark")
        ("ZorbLINK: Probing Basic Perception in Models", "We introduce Zorblink, a benchmark designed to probe.", True),
        ("ZorbLINK: Evaluating Models on Phonology", "We present ZorbLINK, a new Chinese dataset of items.", True),
        # not an evaluation framework, nor a benchmarking tool's title
        ("ZorbGLS: Evaluating Pathology Reports", "We propose ZorbGLS, a novel reference-free evaluation framework.", False),
        ("Zorb360: Benchmarking Local LLM Inference", "We present zorb360, a unified benchmark suite for engines.", False),
        ("ZorbLINK: Probing Basic Perception in Models", "ZorbLINK probes models; we build a benchmark.", False),
        # the abstract's apposition names another, longer name that ends with the title's
        ("LINK: Probing Basic Perception in Models", "We build on MedLINK, a benchmark of images, to probe them.", False),
        ("LINK: Probing Basic Perception in Models", "We build on Med-LINK, a benchmark of images, to probe them.", False),
    ],
)
def test_a_probing_title_names_a_benchmark_the_abstract_calls_one(linker, title, abstract, expected):
    name = title.split(":")[0]
    got = {lk.concept for lk in linker.link_texts([("title", title), ("abstract", abstract + FIELD)])}
    assert ("https://w3id.org/papers-kg/benchmark/discovered/" + name in got) is expected, got


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # between "the" and "dataset" a name known only otherwise (a context word, another kind's label) is a data set's
        ("We evaluate the method on the PHYSICS dataset.", {"PHYSICS"}, set()),
        ("We conducted experiments on the TUM dataset to show the impact.", {"TUM"}, set()),
        # not without "the", not before "benchmark" (a baseline: "the MMSE benchmark"), not a known benchmark's own name
        ("We conducted experiments on a large TUM dataset.", set(), {"TUM"}),
        ("We compare our estimator with the MMSE benchmark.", set(), {"MMSE"}),
    ],
)
def test_a_name_known_otherwise_before_dataset(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a plural head word described before its list: "benchmarks for ... including X, Y"
        (
            "On benchmarks for multimodal-conditioned (audio, image, and text) avatar video generation including ZDTF, "
            "QuillSpeech, and ZorbV-HQ, our model matches it.",
            {"ZDTF", "QuillSpeech", "ZorbV-HQ"},
            set(),
        ),
        ("Existing benchmarks for Nigerian languages, including ZorbSenti and QuillSenti, treat it.", {"ZorbSenti"}, set()),
        ("We study benchmarks for agents. Models such as ZorbAgent fail.", set(), {"ZorbAgent"}),  # another sentence
        # an apposition after "from": "stems from LuxAlign, a parallel corpus"
        ("Training data stems from ZorbAlign, a parallel corpus of news articles.", {"ZorbAlign"}, set()),
        ("Inspired by results from ZorbNet, a network we built, we go on.", set(), {"ZorbNet"}),  # no data set
        # a score after its metric "in" a data set, and a comparison with a named baseline "on" one
        ("It achieves an average mAP of 67.2% in ZUMOS14 and 37.42% in ActivityNet-1.3, showing gains.", {"ZUMOS14"}, set()),
        ("Compared with training alone, it improves by 5.19% in ZACC and 6.33% in F1-Fake.", set(), {"ZACC"}),
        ("It obtains 6.9% better than InternVideo2-S14 on ZSR-VTT. The code is available.", {"ZSR-VTT"}, set()),
    ],
)
def test_benchrecall3_lists_and_scores(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "title, expected, refused",
    [
        # every word of a title-cased title is capitalised: a run of them after a linked benchmark is no list's item
        ("ZkMTEB: Slovak Massive Text Embedding Benchmark and Model Adaptation", set(), {"Model Adaptation"}),
        ("Scaling Sparse Attention on MMLU, GSM8K and Model Adaptation Tasks", set(), {"Model Adaptation"}),
        # a title in sentence case still lists one
        ("Sparse attention evaluated on WikiText-103, Quill Range Arena, and ETT", {"Quill Range Arena"}, set()),
    ],
)
def test_no_run_of_capitalised_words_in_a_title_cased_title(linker, title, expected, refused):
    text = "We prune transformers with quantization on GPUs and evaluate sparse attention kernels." + FIELD
    got = {lk.text for lk in linker.link_texts([("title", title), ("abstract", text)]) if lk.method == "pattern"}
    assert expected <= got and not got & refused, got


@given(
    st.lists(
        st.sampled_from(
            ["Res", "Net", "50", "+", "'", ".", "/", "-", "_", " ", ",", "(", ")", "e.g.", "é", "٣", "\n", "\x00", "\x7f"]
        )
    )
)
def test_token_bounds_are_the_token_pattern_matches(parts):
    # issue 4: the tokens of an ASCII text read from its shape, not by the pattern; the same spans
    from kg.discovery import _TOKEN, token_bounds

    text = "".join(parts)
    spans = [m.span() for m in _TOKEN.finditer(text)]
    assert token_bounds(text) == ([s for s, _ in spans], [e for _, e in spans])


@pytest.mark.parametrize(
    "text",
    [
        "SLMEval achieves a Spearman correlation of 0.57 with human judgments, while G-Eval yields a negative correlation.",
        "We compare lexical metrics with LLM-based evaluators such as G-Eval and GEMBA zero-shot direct assessment.",
    ],
)
def test_llm_judge_metrics_are_no_benchmarks(linker, text):
    # review7: "G-Eval" is an LLM-judge metric in nearly all of its 19 corpus abstracts, though named like C-Eval
    names = benchmark_names(linker, text)
    assert not names & {"G-Eval", "GEMBA"}, names


def model_names(linker, text):
    """The names discovered in ``text`` as models."""
    return {n for n, iri in found(linker, text) if iri.startswith("model/")}


@pytest.mark.parametrize(
    "text, model",
    [
        # discovery8 (issue 3): an unseen model's name with its size, by its place after "Experiments on" or an "On X,"
        # opening, became a benchmark; a model family, a model's ending or part, or a "model" head says it is a model
        ("Experiments on ZorbLM-13B and GSM8K show gains.", "ZorbLM-13B"),
        ("We fine-tune it. On ZorbLM-13B, our method improves accuracy.", "ZorbLM-13B"),
        ("Experiments on Llamaz-13B and GSM8K show gains.", "Llamaz-13B"),
        ("Results on Zorb-13B-Chat and GSM8K show gains.", "Zorb-13B-Chat"),
        ("Eight conditions are evaluated on Zorbchat-10B-A1.8B with the new corpus.", "Zorbchat-10B-A1.8B"),
        ("Experiments on Zorb-13B models and GSM8K show gains.", "Zorb-13B"),
        # a model named after a known one, before "on ... benchmarks": evaluated on them, no data set itself
        ("LeaP surpasses DeepSeek-R1-671B on three math benchmarks with a gain of 3.3 points.", "DeepSeek-R1-671B"),
        ("It surpassed the DeepSeek-R1-Distill-Llama-70B model on all benchmarks.", "DeepSeek-R1-Distill-Llama-70B"),
    ],
)
def test_a_sized_model_by_place_is_no_benchmark(linker, text, model):
    assert model in model_names(linker, text)
    assert model not in benchmark_names(linker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # data sets carry sizes too: without a model's sign they stay data sets
        ("Experiments on ZorbCaps-5B and COCO show gains.", "ZorbCaps-5B"),
        ("We evaluate ZeroGrasp on the ZorbGraspNet-1B benchmark as well.", "ZorbGraspNet-1B"),
        ("CLIP models trained on the QFN-2B dataset improve retrieval.", "QFN-2B"),
        ("Evaluations on expert-annotated datasets (HealthFC, ZorbASQ-7b, SciFact) demonstrate gains.", "ZorbASQ-7b"),
    ],
)
def test_a_sized_data_set_stays_a_benchmark(linker, text, name):
    assert name in benchmark_names(linker, text)


@pytest.mark.parametrize(
    "text, name, occurrences",
    [
        # discovery8 (issue 3): a discovered name's other occurrences inside a web address are no mentions
        ("We introduce the ZorbBench benchmark, available at github.com/zorb/ZorbBench.", "ZorbBench", 1),
        ("We introduce the ZorbBench benchmark at https://zorb.io/ZorbBench-v1 and https://zorb.io/x?ZorbBench.", "ZorbBench", 1),
        ("Data is at https://huggingface.co/datasets/zorb/QXRDB and the QXRDB dataset helps.", "QXRDB", 1),
        # nor is a name found only inside one evidence of anything
        ("Code and data: https://zorb.io/?set=QuuxBench-v1 for all.", "QuuxBench-v1", 0),
        ("Code: https://github.com/zorb/zorb#QuuxBench-v1 and results on QuuxBench-v1 vs others.", "QuuxBench-v1", 1),
    ],
)
def test_no_discovered_name_inside_a_web_address(linker, text, name, occurrences):
    links = [lk for lk in linker.link_texts([("abstract", text + FIELD)]) if lk.method == "pattern" and lk.text == name]
    assert len(links) == occurrences
    urls = [m.span() for m in re.finditer(r"(?:https://|github\.com/)\S*", text)]
    assert not any(a <= lk.start < b for lk in links for a, b in urls)


def technique_names(linker, text):
    """The names discovered in ``text`` as techniques, with the family each goes under (one family each here)."""
    linking = linker.link_fields([("abstract", text + FIELD)])
    families = {c: f.rsplit("/", 1)[1] for c, f in linking.broader}
    return {
        lk.text: families[lk.concept]
        for lk in linking.links
        if lk.method == "pattern" and lk.concept.startswith("https://w3id.org/papers-kg/technique/")
    }


@pytest.mark.parametrize(
    "text, name, family",
    [
        # techdisc (issue 3): another paper's method named in a list with linked techniques, or after a family's
        # method word and an intro, is a technique beneath the family the list names
        ("We evaluate four PEFT methods (LoRA, DoRA, QLoRA, ZorbDoRA) across two model sizes.", "ZorbDoRA", "peft"),
        ("We compare with post-training quantization methods such as GPTQ, AWQ and ZQQ.", "ZQQ", "post-training-quantization"),
        ("It outperforms prior techniques, including Behavioral Cloning and ZD3BC, which fail.", "ZD3BC", "imitation-learning"),
        ("We compare LLM quantization methods such as ZorbQuant.", "ZorbQuant", "quantization"),
        ("Baselines are GPTQ, AWQ and ZorbQ.", "ZorbQ", "post-training-quantization"),
        # review8: one linked sibling goes under the family the sentence names, not its own parent
        ("For pruning, techniques including magnitude pruning and ZorbPrune are used.", "ZorbPrune", "pruning"),
        ("We study prior techniques, including magnitude pruning and ZorbPrune.", "ZorbPrune", "unstructured-pruning"),
        # techrecall19: a list of three or more names after a comparison, one linked, is the methods compared with
        ("The kernel is 1.7x faster than GPTQ, ZorbRing, and ZPB on GPUs.", "ZorbRing", "post-training-quantization"),
        ("Our method consistently outperforms ToMe, ZorbToMe, and ZALGM at the same compute.", "ZALGM", "token-merging"),
        ("It converges faster compared with baselines such as GPTQ, ZQ1 and ZQ2.", "ZQ1", "post-training-quantization"),
    ],
)
def test_another_papers_method_is_a_technique(linker, text, name, family):
    assert technique_names(linker, text).get(name) == family


@pytest.mark.parametrize(
    "text",
    [
        # models, however listed: a size, a model's ending or label, "model" after the name
        "We fine-tune LLaMA, Mistral and Zorbtral with LoRA.",
        "Compared with quantization methods such as ZorbLM-7B and GPTQ, ours wins.",
        "Compared with pruning methods such as ZorbNet and SparseGPT, ours wins.",
        "We apply LoRA and QLoRA to ZorbQwen models.",
        # a list holding a model, data set or platform is no list of methods
        "We evaluate approaches, including ResNet, ViViT, ZorbAST, and LoRA.",
        # a short form defined after a method's long form is that method's (the linker links it by its definition)
        "We propose a Dynamic Range-Aware Quantization (ZDRAQ) method that clips activations.",
        # the paper's own method is no other paper's
        "We propose ZorbQuant. Compared with quantization methods such as ZorbQuant and GPTQ, it is faster.",
        # a name before a noun modifies it ("Zorb2Sim transfer", "ZFN modules"); a bare comma ends an unclosed list
        "It supports system identification, trajectory optimization, and Zorb2Sim transfer.",
        "Compared to token merging methods like ToMe, ZorbMap is tailored for SSMs.",
        # one linked technique without a method word's intro makes no list of methods ("prompting and Mem0")
        "We compare against GPT-4o prompting and ZorbMem, a memory system.",
        # a comparison lets one linked method make a list of three names only: two names need two linked methods
        "It is 1.7x faster than FlashAttention and ZorbRing on GPUs.",
        # nor does a list after a comparison with anything but methods in it
        "It outperforms FlashAttention, ZorbRing, and Llama-3 on the GPU.",
    ],
)
def test_no_technique_discovered(linker, text):
    assert technique_names(linker, text) == {}


def test_discovered_technique_reads_back(vocab):
    # issue 3: one IRI per name, whatever family it was found under; the families come with the paper
    rule = next(r for r in vocab.rules if r.family and r.kind == "Technique")
    iri = discovered_iri(rule, "Zorb DoRA")
    assert iri == "https://w3id.org/papers-kg/technique/discovered/Zorb_DoRA"
    peft, rl = "https://w3id.org/papers-kg/technique/peft", "https://w3id.org/papers-kg/technique/reinforcement-learning"
    c = vocab.describe_discovered(iri, [rl, peft])
    assert c is not None and (c.kind, c.pref_label, c.broader) == ("Technique", "Zorb DoRA", (peft, rl))
    assert {peft, rl, "https://w3id.org/papers-kg/technique/fine-tuning"} <= set(c.ancestors)
    bare = vocab.describe_discovered(iri)
    assert bare is not None and (bare.broader, bare.ancestors) == ((), ())


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall4): another occurrence of a discovered data set joined to a name part is another data set's
        (
            "We test on static images (CIFAR10 and ZorbTech) and event streams (CIFAR10-DVS and N-ZorbTech).",
            {"ZorbTech", "N-ZorbTech"},
            set(),
        ),
        ("Experiments on ZorbSet and ImageNet show gains; ZorbSet-Lite, its subset, too.", {"ZorbSet-Lite"}, set()),
        # not where the words around it make it a method or a model, a modality, a size list or the paper's own name
        (
            "Experiments on ZorbSet and ImageNet show gains. We propose ZorbSet-FM, a pretraining framework.",
            {"ZorbSet"},
            {"ZorbSet-FM"},
        ),
        ("Experiments on ZorbSet and ImageNet show gains. We train ZorbSet-VL to answer.", {"ZorbSet"}, {"ZorbSet-VL"}),
        ("Experiments on ZorbSet and ImageNet show gains in RGB-ZorbSet scenes.", {"ZorbSet"}, {"RGB-ZorbSet"}),
        ("Experiments on ZorbSet and ImageNet give ZorbSet-2B/8B models.", {"ZorbSet"}, {"ZorbSet-2B/8B"}),
        (
            "Experiments on ZorbSet and ImageNet show it. Data: https://huggingface.co/datasets/quill/ZorbSet-Full here.",
            set(),
            {"ZorbSet-Full"},
        ),
    ],
)
def test_a_discovered_name_joined_to_a_name_part(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall4): a known label that ends a longer data set's name before a head word
        ("We train on a version of the Zorb Quill MNIST dataset and report accuracy.", {"Zorb Quill MNIST"}, set()),
        ("Results on ImageNet, Quill, and Zorb Quill MNIST datasets are strong.", {"Zorb Quill MNIST"}, set()),
        # one word before it is mostly its maker's ("the NYU fastMRI dataset"); no "the", no list: a task's name
        ("We train on the Zorbly MNIST dataset and report accuracy.", set(), {"Zorbly MNIST"}),
        ("We train on several public Zorb Quill MNIST datasets and report accuracy.", set(), {"Zorb Quill MNIST"}),
        ("We train on the MNIST dataset and report accuracy.", set(), {"MNIST"}),
    ],
)
def test_a_known_label_ending_a_longer_name(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


def test_a_longer_label_is_no_discovered_name(linker):
    links = linker.link_texts([("abstract", "We train on the Permuted MNIST dataset." + FIELD)])
    assert [(lk.text, lk.method) for lk in links if "benchmark" in lk.concept] == [("Permuted MNIST", "label")]


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall4): two to four capitalised words between "the" and a singular lower-case head word
        ("It averages 85% on the Zorb Range Quill benchmark.", {"Zorb Range Quill"}, set()),
        ("Experiments on the Hockey Zorb dataset show gains.", {"Hockey Zorb"}, set()),
        # no "the", a plural head word, a title-cased title: no name
        ("It averages 85% on Zorb Range Quill benchmark.", set(), {"Zorb Range Quill"}),
        ("It averages 85% on the Zorb Quill benchmarks and more.", set(), {"Zorb Quill"}),
        # a single word is one too (benchrecall7: about 150 of 160 such corpus names are data sets')
        ("It averages 85% on the Zorbish dataset.", {"Zorbish"}, set()),
    ],
)
def test_a_run_of_capitalised_words_after_the_before_a_head_word(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall4): an apposition that calls the name a group of data sets
        ("To address this gap, we present ZorbFlaws, a group of five diverse datasets spanning medicine.", {"ZorbFlaws"}, set()),
        ("We introduce QuillReas, a diverse suite of existing benchmarks for reasoning.", {"QuillReas"}, set()),
        # a group of anything else, or a group in a clause of its own, names none
        ("We present ZorbFlaws, a group of five diverse models trained on data.", set(), {"ZorbFlaws"}),
        ("To train ZorbFlaws, a set of new datasets is created.", set(), {"ZorbFlaws"}),
    ],
)
def test_a_name_for_a_group_of_data_sets(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall4): another edition's year after a label, where the vocabulary names an edition so
        ("Datasets, namely ISIC 2016, PH2, and ISIC 2018, were used.", {"ISIC 2016"}, set()),
        # the edition the vocabulary names; a label whose concept names no edition by its year
        ("Datasets, namely PH2 and ISIC 2018, were used.", set(), {"ISIC 2018"}),
        ("We evaluate on MNIST 2016 and PH2.", set(), {"MNIST 2016"}),
        # benchfield15: two editions by year of a label whose concept names none are two data sets; one alone is the label's
        ("Stereo networks are evaluated on KITTI 2012 and KITTI 2015 with deep learning.", {"KITTI 2012", "KITTI 2015"}, set()),
        ("Stereo networks are evaluated on KITTI 2015 with deep learning.", set(), {"KITTI 2015"}),
    ],
)
def test_another_edition_by_its_year(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchvocab2): a capitalised word joined after a label names a subset or edition of it
        ("We evaluate deep neural networks on CIFAR-100-Hard and SVHN.", {"CIFAR-100-Hard"}, {"CIFAR-100"}),
        ("Our deep learning model is trained on HotpotQA-Long and SQuAD.", {"HotpotQA-Long"}, {"HotpotQA"}),
        # a split's word names the base's split, no data set of its own; a modifier names none either
        ("We evaluate deep neural networks on the MNIST-Test split.", set(), {"MNIST-Test"}),
        ("ImageNet-Pretrained neural networks transfer to SVHN.", set(), {"ImageNet-Pretrained"}),
        # a spaced point version after a label is another version of it; a score is none
        ("Our deep learning agents are evaluated on WebArena 2.0 and OSWorld.", {"WebArena 2.0"}, {"WebArena"}),
        ("Our deep learning model reaches HotpotQA 0.61 and SQuAD 72.5 in F1.", set(), {"HotpotQA 0.61", "SQuAD 72.5"}),
        # a score with its unit, spaced, is none either (review9)
        ("Our deep learning model improves on HotpotQA 2.3 points and SQuAD 1.5 pp.", set(), {"HotpotQA 2.3", "SQuAD 1.5"}),
        ("Our deep learning model gains SQuAD 4.5 % and HotpotQA 3.1 percentage points.", set(), {"SQuAD 4.5", "HotpotQA 3.1"}),
    ],
)
def test_a_subset_or_version_joined_after_a_label(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall4): a number glued to LaTeX's "\&" numbers tasks, no version of the name before it
        ("It achieves competitive performance on ZORB-QA 1\\&2\\&3 tasks (1K-8K context).", {"ZORB-QA"}, {"ZORB-QA 1"}),
        ("It achieves competitive performance on ZORB-QA 2 and more.", {"ZORB-QA 2"}, set()),
    ],
)
def test_a_number_before_an_escaped_ampersand_is_no_version(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall6): a "v" release after a label is another version of it
        ("Our deep learning model is evaluated on LiveCodeBench V6 and HMMT 2025.", {"LiveCodeBench V6"}, set()),
        ("Our deep learning model gains on OmniDocBench v1.5 and MMLU.", {"OmniDocBench v1.5"}, set()),
        # a version the vocabulary names as an edition ("LVIS v1.0") is none; nor a word or score after the "v"
        ("Deep neural networks are evaluated on LVIS V1 and COCO.", set(), {"LVIS V1"}),
        # the first release is the label's own data set ("a translation of SQuAD v1")
        ("Deep neural networks answer SQuAD-BR, a translation of SQuAD v1.", {"SQuAD-BR"}, {"SQuAD v1"}),
        ("Our deep learning model reaches MMLU v. 2 and HotpotQA v2-based splits.", set(), {"MMLU v", "HotpotQA v2"}),
        # a plus sign joined after a label names an extended edition; a label with its plus (RefCOCO+) is none
        (
            "We construct an enhanced dataset, MOSE+, for deep learning; FLORES+ and WMT24++ too.",
            {"MOSE+", "FLORES+", "WMT24++"},
            set(),
        ),
        ("Deep neural networks are evaluated on RefCOCO+ and ImageNet+CIFAR mixtures.", set(), {"RefCOCO+", "ImageNet+"}),
    ],
)
def test_a_v_release_or_plus_edition_after_a_label(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall6): a numbered name whose parts an ampersand joins is one list item ("H\&N1"), and the
        # list goes on after it
        (
            "Deep learning evaluations across three datasets (HECKTOR, Q\\&Z1, and ZORB Radiogenomics) show gains.",
            {"Q\\&Z1", "ZORB Radiogenomics"},
            set(),
        ),
        ("Deep learning evaluations on HECKTOR, Q&Z1 and more.", {"Q&Z1"}, set()),
        # no number: a word's abbreviation ("R&D"), no data set
        ("Deep learning evaluations on HECKTOR and R&D teams.", set(), {"R&D", "R"}),
    ],
)
def test_a_list_item_joined_by_an_ampersand(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "stem, model",
    [
        ("ZorbLM", True),  # a language model's ending
        ("ZorbGPT", True),  # a model suffix of the vocabulary
        ("Llamaz", True),  # a model's label of four or more letters opens it
        ("Llama-3", True),
        ("BERT-Zorb", True),  # a label is the first part
        ("ZorbCaps", False),
        ("DataComp", False),
        ("GPTQ", False),  # a short label only opens a name as the whole first part
    ],
)
def test_model_stem_reads_a_models_name(linker, stem, model):
    # the model's sign that both a sized name by place (benchmark discovery) and a technique's name are judged by
    assert linker.discoverer.model_stem(stem) is model


_TEXT_PARTS = ["Res", "Net", "50", "+", "-", ".", " ", ",", "(", ")", "é", "LoRA"]


@given(st.lists(st.lists(st.sampled_from(_TEXT_PARTS), max_size=12), max_size=6))
def test_discoverer_token_bounds_are_those_of_the_text(linker, texts):
    # issue 4: the discoverer keeps the last text's token bounds for find and find_techniques; an equal text (another
    # object) or another one in between gets its own text's bounds
    from kg.discovery import token_bounds

    for parts in texts:
        text = "".join(parts)
        for same in (text, "".join(parts)):
            assert linker.discoverer.token_bounds(same) == token_bounds(same)


@pytest.mark.parametrize(
    "text",
    [
        "We evaluate four PEFT methods (LoRA, DoRA, QLoRA, ZorbDoRA) across two model sizes.",
        "We compare with post-training quantization methods such as GPTQ, AWQ and ZQQ.",
        "It outperforms prior techniques, including Behavioral Cloning and ZD3BC, which fail.",
        "Baselines are GPTQ, AWQ and ZorbQ; approaches (e.g., ZorbPrune) and pruning strategies such as ZorbSparse.",
    ],
)
def test_technique_patterns_compiled_once_match_those_made_per_call(linker, text):
    # issue 4: a family technique rule's patterns are compiled when the discoverer is made; a rule it was not made with
    # gets them made per call, and both find the same names
    import dataclasses

    from kg.discovery import _technique_intro, _technique_listed, find_techniques

    text += FIELD
    rules = [r for r in linker.vocab.rules if r.family and r.kind == "Technique"]
    assert rules
    for rule in rules:
        intro, listed = linker.discoverer.technique_patterns[rule.iri]
        assert (intro.pattern, listed.pattern) == (
            _technique_intro(rule.method_words).pattern,
            _technique_listed(rule.method_words).pattern,
        )
        spans = [
            (lk.start, lk.end, lk.concept, lk.method) for lk in linker.link_texts([("abstract", text)]) if lk.method != "pattern"
        ]
        unknown = dataclasses.replace(rule, iri=rule.iri + "-unknown")
        assert unknown.iri not in linker.discoverer.technique_patterns
        got = [(f.start, f.end, f.name) for f in find_techniques(linker.discoverer, rule, text, spans)]
        assert got == [(f.start, f.end, f.name) for f in find_techniques(linker.discoverer, unknown, text, spans)]
        assert got


_AC_KEYS = ["a", "ab", "b", "é", "ét", "α", "αβ", "β", "日本", "本", "😀", "x😀y", "GPU", "gpu", " ", "—"]


@pytest.mark.parametrize(
    "text",
    ["", "abab", "Aé ét éta", "αβγ αβ β", "日本語の本", "a😀b x😀y 😀", "GPU gpu Gpu", "a — b—ab", "plain ascii text ab"],
)
@pytest.mark.parametrize("dfa", [True, False])
def test_find_all_matches_the_string_automaton(text, dfa, monkeypatch):
    # issue 4: the automaton over the keys' UTF-8 bytes finds what the one over strings finds, in its order, at the
    # same character offsets (outside ASCII too: two-, three- and four-byte characters)
    import ahocorasick_rs

    from kg import discovery

    monkeypatch.setattr(discovery, "_DFA_KEYS", len(_AC_KEYS) if dfa else 0)
    kind = ahocorasick_rs.Implementation.DFA if dfa else None
    strings = ahocorasick_rs.AhoCorasick(_AC_KEYS, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=kind)
    automaton = discovery.aho_corasick(_AC_KEYS)
    assert automaton is not None
    got = discovery.find_all(automaton, text)
    assert got == strings.find_matches_as_indexes(text, overlapping=True)
    assert all(text[s:e] == _AC_KEYS[k] for k, s, e in got)


@given(st.lists(st.sampled_from([*_AC_KEYS, "c", "É", "ß", "\u0301", "\n"]), max_size=30))
def test_find_all_on_generated_texts(parts):
    import ahocorasick_rs

    from kg.discovery import aho_corasick, find_all

    text = "".join(parts)
    strings = ahocorasick_rs.AhoCorasick(_AC_KEYS, matchkind=ahocorasick_rs.MatchKind.Standard)
    automaton = aho_corasick(_AC_KEYS)
    assert automaton is not None
    assert find_all(automaton, text) == strings.find_matches_as_indexes(text, overlapping=True)


def test_no_keys_no_automaton():
    from kg.discovery import aho_corasick

    assert aho_corasick([]) is None


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall7): one capitalised word between "the" and a singular head word names a data set
        ("Our model reaches 93.2% accuracy on the Zorbience dataset for age estimation.", {"Zorbience"}, set()),
        ("We examine three models using the Quuxeye corpus and compare them.", {"Quuxeye"}, set()),
        ("At the time of submission, our method ranks first on the Florping benchmark.", {"Florping"}, set()),
        ("We further introduce the Forest-Zorb dataset, which comprises satellite images.", {"Forest-Zorb"}, set()),
        ("Additional experiments on the Zorbridge test set confirm the gains.", {"Zorbridge"}, set()),
        # a language or other listed non-name describes a data set; a known word is no new name
        ("We evaluate on the English dataset and the Spanish corpus.", set(), {"English", "Spanish"}),
        ("We train on the Transformer dataset.", set(), {"Transformer"}),
        # the end of a longer name of capitalised words: "Date Estimation in the Wild dataset"
        ("It uses a subset of the Date Estimation in the Wild dataset.", set(), {"Wild"}),
        # a title-cased text's words are no names; "the" must come right before the word
        ("The Zorbience Dataset for the Zorbience Benchmark", set(), {"Zorbience"}),
        ("We use this Zorbience dataset.", set(), {"Zorbience"}),
    ],
)
def test_benchrecall7_one_capitalised_word_before_a_head_word(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench28: the word with its edition's year between "the" and a singular head word (corpus: "the Algonauts 2025
        # challenge", "the Mahed 2025 challenge")
        ("We present our team's solution to the Zorbnauts 2025 challenge.", {"Zorbnauts 2025"}, {"Zorbnauts"}),
        ("Our system ranks first on the Florping 2024 benchmark.", {"Florping 2024"}, set()),
        # the same refusals as without the year: a language, a known word, no "the" right before
        ("We evaluate on the English 2020 dataset.", set(), {"English 2020", "English"}),
        ("We use this Zorbience 2021 dataset.", set(), {"Zorbience 2021", "Zorbience"}),
    ],
)
def test_bench28_one_capitalised_word_and_its_year_before_a_head_word(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench28: capitalised words with an edition's year among them before a capitalised head word after "the" (corpus:
        # "the EVENTA 2025 Grand Challenge", 2 papers)
        ("Our system achieves the top-1 score in the ZORBA 2025 Grand Challenge.", {"ZORBA 2025 Grand Challenge"}, set()),
        # a year first keeps the name after it (heldout's gold: "the 2025 PANTHER Challenge" is PANTHER's), a year last the
        # name before it
        ("We present our solution to the ZORBA 2024 Challenge.", {"ZORBA 2024"}, {"ZORBA 2024 Challenge"}),
        ("We won the 2025 ZORBA Challenge.", {"ZORBA"}, {"2025 ZORBA Challenge"}),
        # a known word among them makes no new name (the test vocabulary's "Transformer"; in the corpus "the NTIRE 2025
        # ... Challenge" is NTIRE's)
        (
            "It ranks first in the Transformer 2025 Image Denoising Challenge.",
            set(),
            {"Transformer 2025 Image Denoising Challenge"},
        ),
    ],
)
def test_bench28_a_dated_titled_name(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall7): an evaluation, test or data suite and a test set are head words of data sets' names; a
        # bare "suite" is also a framework's or a model family's ("the AgriZorb-VL Suite, a unified framework")
        ("On the ZorbVM evaluation suite, our model improves accuracy.", {"ZorbVM"}, set()),
        ("We present the AgriZorb-VL Suite, a unified multimodal framework.", set(), {"AgriZorb-VL", "AgriZorb-VL Suite"}),
        ("It achieves an AP of 61.3% on the QXT test set.", {"QXT"}, set()),
        # more phrases after which a list of data sets follows
        ("Extensive experiments conducted on ZorbQA and QuuxMath500 show clear gains.", {"ZorbQA", "QuuxMath500"}, set()),
        ("We evaluate on ZorbQA and QuuxMath500 and report accuracy.", {"ZorbQA", "QuuxMath500"}, set()),
        ("It yields 4% gains on ZorbQA and a 62% success rate on ZorbWorld.", {"ZorbQA", "ZorbWorld"}, set()),
        ("Models trained on ZorbQA outperform strong baselines.", {"ZorbQA"}, set()),
        ("It outperforms existing methods on ZorbQA and QuuxMath500.", {"ZorbQA", "QuuxMath500"}, set()),
        ("Cross-dataset validation on ZORB-16 shows that freezing helps.", {"ZORB-16"}, set()),
        # a guarded phrase's name that modifies a noun names no data set there
        ("A DiT trained on ZorbDINO latents achieves a low FID.", set(), {"ZorbDINO"}),
        ("It shows clear gains on AIME-style tasks.", set(), {"AIME-style"}),
        ("Real-world validation on the ZorbROV2 platform shows robustness.", set(), {"ZorbROV2"}),
        ("It achieves a 22.2% improvement on QXE Subject and on QXE Clarity.", set(), {"QXE"}),
        ("It yields a 38% improvement on AbsRel over the strongest baseline.", set(), {"AbsRel"}),
        # a list cut at a word that is no name, or a bare comma without "and": no list of data sets
        ("Accuracy is high in evaluation across FGSM, QXD, CW, and ZorbNet attacks.", set(), {"QXD"}),
        ("For Llama-2-7B-Chat fine-tuned on GSM8K, GuardZorb lowers the harmful score.", set(), {"GuardZorb"}),
        # "Evaluation" capitalised inside a name's long form is no intro phrase
        ("We introduce CUEST (CUriosity Evaluation across SocieTies), a framework.", set(), {"SocieTies"}),
    ],
)
def test_benchrecall7_head_words_and_intro_phrases(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


# issue 4 (disc11): the released eval sets' titles and abstracts, real corpus texts for the fast paths to be held to
# the patterns they stand for (the blind sets are not read)
_RELEASED = ("dev", "heldout", "seeds", "test2", "test3", "test4", "test5", "test6", "test7", "test9")


@pytest.fixture(scope="module")
def corpus_texts():
    import json
    from pathlib import Path

    eval_dir = Path(__file__).parent / "data" / "eval"
    texts = []
    for name in _RELEASED:
        for line in (eval_dir / f"{name}-abstracts.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts += [record.get("title") or "", record.get("abstract") or ""]
    assert len(texts) > 1000
    return texts


# edge cases: non-ASCII (an Arabic-Indic digit is a digit to "\\d"; "K" (Kelvin) a "k" to a case-insensitive part), NUL
# (the marked text's 0), all capitals, texts ending in a match, a match at the start, sentence openings
EDGE_TEXTS = [
    "ZORB-7B AND VP-BENCH. ON IMAGENET, RESULTS ON THE COCO DATASET: 5.2% ON MMLU",
    "Zorb-7B",
    "evaluated on Zorb-7B and VP-Bench",
    "VP-Bench",
    "\x00VP-Bench\x00Zorb-7B\x00-7B\x00on\x00. On\x00",
    "x\x00. On CORe50, it wins. On the REDS set. on. On",
    "Zorb-٣B and Zorb-3B, the é-Bench; évaluated on ZorbQA. On QuuxQA",
    "the dataſet ZorbQA and the ZorbQA benchmarK. On ZorbQA",
    ". On",
    "On MMLU, results. Only one. On",
    "-7B -x7B 8x7B A-8x7B a-1.5b Qwen-7b-Instruct",
    "",
]


def test_name_patterns_by_automaton_on_corpus_texts(linker, corpus_texts):
    # issue 4 (disc11): an ASCII text's name patterns tried where the automaton finds the strings their matches hold,
    # read on with what follows them ("-0" to "-9"), give the whole pattern's matches, in its order
    names = linker.discoverer.names
    assert names.automaton is not None
    for text in [*corpus_texts, *EDGE_TEXTS]:
        want = [(m.span(), m.lastgroup) for m in names.whole.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in names.finditer(text)] == want, text


def test_openings_scan_on_corpus_texts(linker, corpus_texts):
    # issue 4 (disc11): the openings read after their lookbehind ("On" after ". ") find what the whole pattern finds
    d = linker.discoverer
    assert max(d.scan.shifts) == 1  # the sentence-opening "On": two 0s before it
    for text in [*corpus_texts, *EDGE_TEXTS]:
        want = [(m.span(), m.lastgroup) for m in d.pattern.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in d.scan.finditer(text)] == want, text


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w.+/-])[A-Za-z][A-Za-z0-9.+]*-(?:\d+x)?\d+(?:\.\d+)?[Bb]", {f"-{d}" for d in "0123456789"}),
        (r"(?<![\w.+/-])[A-Za-z0-9][A-Za-z0-9.+]*(?:-?Bench|-?Eval)(?![\w+/-])", {"Bench", "Eval"}),
        (r"ab[Cc]", {"abC", "abc"}),
        (r"ab(?:c|)e", {"abc", "abe"}),  # an empty branch: what follows it
        (r"ab(?:cd)*e", {"abc", "abe"}),
        (r"ab$", {"ab"}),  # nothing need follow
        (r"ab\w", {"ab"}),  # too many characters to read on with
        (r"ab[^c]", {"ab"}),
        (r"ab(?i:c)", {"ab"}),  # case-insensitive: other spellings
        (r"ab(?=c)c", {"abc"}),
        (r"(?i:bench)", None),
    ],
)
def test_required_strings_in_an_ascii_text(pattern, needed):
    # issue 4 (disc11): every match in an ASCII text holds one of these strings (read on past the literals)
    from kg.discovery import _required

    got = _required(pattern, ascii_text=True)
    assert got == (frozenset(needed) if needed is not None else None)
    for text in ("Zorb-7B", "A-8x7B", "VSI-Bench", "abce", "abe", "abC", "abcde", "abcdcde", "ab", "abx", "ab-", "BENCH"):
        if got is not None and not any(n in text for n in got):
            assert re.search(pattern, text) is None, text


@given(
    st.lists(
        st.sampled_from(
            ["VP", "-", "Bench", "bench", "Eval", "Qwen", "7", "B", "b", "x", "8", ".", "+", "/", " ", "\x00", "ZORB", "1.5"]
        )
    )
)
def test_name_patterns_by_automaton_on_generated_texts(linker, parts):
    # issue 4 (disc11): ASCII texts only (a non-ASCII one is searched as before), NUL among their characters
    text = "".join(parts)
    names = linker.discoverer.names
    want = [(m.span(), m.lastgroup) for m in names.whole.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in names.finditer(text)] == want


@pytest.mark.parametrize(
    ("pattern", "behind"),
    [
        (r"(?P<i0_4>(?i:(?<=[.!?] )On(?: the)?))", "\0\0"),
        (r"(?<= \()x", "\0\0"),
        (r"(?<=a )x", "a\0"),  # a letter reads as itself, lower-cased
        (r"(?i:(?<=A )x)", "a\0"),
        (r"(?<=[aB] )x", "\0"),  # two bytes for one character: the word start's 0 alone
        (r"(?<=\s)x", "\0"),  # a category: not read
        (r"(?<=a)x", "\0"),  # no 0 right before: left to the pattern
        (r"(?<!a)x", "\0"),  # a negative lookbehind says nothing of what is there
        (r"x(?<=x)", "\0"),
        (r"(?P<h>dataset)", "\0"),
    ],
)
def test_behind_of_an_alternative(pattern, behind):
    # issue 4 (disc11): what the marked text holds before every match of a word-start alternative
    from kg.discovery import _behind

    assert _behind(pattern) == behind


@given(st.lists(st.sampled_from(["on", "On", "ON", " ", ". ", "! ", ".", "(", "\x00", "a", "A ", "x", "set", "Data", "é"])))
def test_openings_after_lookbehinds_on_generated_texts(parts):
    # issue 4 (disc11): alternatives opening with a lookbehind, read in the marked text before their openings, find what
    # the whole pattern finds; an opening that opens with no letter ("(on") reads as such a lookbehind's key would, and
    # then every key is read after the word start's 0 alone
    from kg.discovery import _WORD_START, Openings

    text = "".join(parts)
    for alternatives in (
        (r"(?P<o>(?i:(?<=[.!?] )On(?: the)?))", r"(?P<l>(?i:(?<=a )set))", r"(?P<x>x)", r"(?P<n>(?i:on))"),
        (r"(?P<o>(?i:(?<=[.!?] )On(?: the)?))", r"(?P<p>(?i:\(on))"),
    ):
        compiled = re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")")
        scan = Openings(compiled, alternatives)
        want = [(m.span(), m.lastgroup) for m in compiled.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in scan.finditer(text)] == want


def test_a_key_read_two_ways_is_read_after_the_word_start_alone():
    from kg.discovery import _WORD_START, Openings

    alternatives = (r"(?P<o>(?i:(?<=[.!?] )On))", r"(?P<p>(?i:\(on))")
    scan = Openings(re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")"), alternatives)
    assert scan.shifts == [0, 0]
    narrowed = Openings(re.compile(_WORD_START + "(?:" + alternatives[0] + ")"), alternatives[:1])
    assert narrowed.shifts == [1]


def test_one_scan_finds_openings_and_name_strings_on_corpus_texts(linker, corpus_texts):
    # issue 4 (disc11): the openings' scan finds the name patterns' strings too; the matches are the patterns' own
    d = linker.discoverer
    assert d.scan.also == d.names.keys
    for text in [*corpus_texts, *EDGE_TEXTS]:
        want = [(m.span(), m.lastgroup) for m in [*d.pattern.finditer(text), *d.names.whole.finditer(text)]]
        assert [(m.span(), m.lastgroup) for m in d._matches(text)] == want, text


@given(st.lists(st.sampled_from(["Bench", "bench", "BENCH", "-", "7", "-7", "on", " ", ".", "\x00", "x", "ench"])))
def test_openings_scan_finds_every_occurrence_of_the_strings_also_asked(parts):
    # issue 4 (disc11): each string asked with the openings is found wherever the text holds it, as written (the marked
    # text reads "Bench", "bench" and "BENCH" alike, and "-7" as any other character before a 7)
    from kg.discovery import _WORD_START, Openings

    text = "".join(parts)
    also = ("Bench", "bench", "-7", "on", "ench", "-", ".-")  # "-" reads as the 0 put before the marked text
    alternatives = (r"(?P<o>(?i:on))", r"(?P<d>\d)")
    scan = Openings(re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")"), alternatives, also)
    read = scan.read(text)
    assert read is not None
    want = sorted((j, m.start()) for j, a in enumerate(also) for m in re.finditer(f"(?={re.escape(a)})", text))
    assert sorted(read[1]) == want
    assert [m.span() for m in scan.finditer(text, read)] == [m.span() for m in scan.pattern.finditer(text)]
    assert scan.read(text + "é") is None  # outside ASCII: no scan


def test_openings_scan_also_survives_pickling():
    import pickle

    from kg.discovery import _WORD_START, Openings

    alternatives = (r"(?P<o>(?i:on))",)
    scan = pickle.loads(pickle.dumps(Openings(re.compile(_WORD_START + "(?:" + alternatives[0] + ")"), alternatives, ("-7",))))
    assert scan.also == ("-7",)
    assert scan.read("Zorb-7B on x-7") == ({8: 1}, [(0, 4), (0, 12)])


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # issue #3 (benchrecall8): LaTeX's formatting commands around a name do not hide it from the rules
        (
            "To study this, we introduce \\textbf{ZorbAct}, a simulator-grounded benchmark for spatial reasoning.",
            {"ZorbAct"},
            set(),
        ),
        ("We present \\textsc{QuuxQA}, a large-scale dataset of questions.", {"QuuxQA"}, set()),
        ("Experiments on \\emph{ZorbQA} and \\texttt{QuuxMath500} show clear gains.", {"ZorbQA", "QuuxMath500"}, set()),
        # a name before a bracketed long form holding a capitalised head word is that data set's short form
        ("We introduce ZORBA (Zero-shot Object Reasoning Benchmark for Agents), the first benchmark.", {"ZORBA"}, set()),
        ("We collect QuxVAD (Quality Video Anomaly Dataset) for training.", {"QuxVAD"}, set()),
        ("We present KoZorb (Korean Benchmark for Zorbing Tasks) to probe models.", {"KoZorb"}, set()),
        # the head word modifies a noun there, or the bracket spells another name: none
        ("We propose SPIZ (Self-Play In Corpus Zorbments), a training method.", set(), {"SPIZ"}),
        ("We introduce Zorbing the Canvas (UTZ Benchmark; UTZB), a benchmark.", set(), {"Canvas"}),
        ("We propose ZNet (Cross Dataset Network) for transfer.", set(), {"ZNet"}),
        # "data set" and "evaluation set" are head words; "evaluating on" opens a list of data sets
        ("We report results on the Quuxeye data set.", {"Quuxeye"}, set()),
        ("We further curate ZorbVQA, a culturally native evaluation set grounded in everyday scenes.", {"ZorbVQA"}, set()),
        ("We train sign models, evaluating them on ZorbSL101 and QuuxSign, with clear gains.", {"ZorbSL101", "QuuxSign"}, set()),
        # a plural head word's describing phrase before a colon's list; not where the phrase ends with what the list names
        ("We test two benchmarks on problem-solving: ZorbMath500 and QuuxProof.", {"ZorbMath500", "QuuxProof"}, set()),
        ("We use two datasets with long-tail distributions: ZORBLEG and QuuxDocs.", {"ZORBLEG", "QuuxDocs"}, set()),
        ("We build datasets across three different tasks: Multi-Zorb Reasoning and QuuxGround.", set(), {"QuuxGround"}),
    ],
)
def test_benchrecall8_names_in_latex_brackets_and_more_head_words(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


def test_benchrecall8_latex_spans_are_those_of_the_text(linker):
    """A name found inside a LaTeX command is linked at its own offsets in the text as written, and the rest of the
    text's links are unmoved."""
    text = "We use \\textbf{ImageNet} in Zürich \\emph{twice} and introduce \\textbf{ZorbAct}, a benchmark, with BERT." + FIELD
    links = {lk.text: (lk.start, lk.end) for lk in linker.link_texts([("abstract", text)])}
    for name in ("ZorbAct", "ImageNet", "BERT"):
        start = text.index(name)
        assert links[name] == (start, start + len(name)), links


@pytest.mark.parametrize(
    "text, one, other",
    [
        # issue #3 (benchrecall8): a discovered data set's name and its bracketed short form are one data set
        ("We use mammography exams from the Zorbory Breast Imaging Dataset (ZBID).", "Zorbory Breast Imaging Dataset", "ZBID"),
        ("We draw papers from the QUUX-19 Open Research Dataset (QORD-19) for this.", "QUUX-19 Open Research Dataset", "QORD-19"),
    ],
)
def test_benchrecall8_a_long_name_and_its_short_form_are_one_data_set(linker, text, one, other):
    concepts = {lk.text: lk.concept for lk in linker.link_texts([("abstract", text + FIELD)])}
    assert one in concepts and concepts[one] == concepts[other], concepts


@pytest.mark.parametrize(
    "text, expected",
    [
        # issue #3 (benchrecall8): a model's release written spaced after its label is another version of it
        ("Pass rates rise for DeepSeek V4-Flash and for DeepSeek V4 with LLM agents.", {"DeepSeek V4-Flash", "DeepSeek V4"}),
        ("We compare with Matrix-Game 2.0 and HunyuanWorld 1.0 as world models.", {"Matrix-Game 2.0", "HunyuanWorld 1.0"}),
        # a score is no release; a generic family has no versions
        ("It improves Whisper 2.3 points on speech recognition and the Transformer V2 block.", set()),
        # the first release is the model itself
        ("We use CenterNet ResNet-50 V1 FPN and SSD Inception v2 detectors.", {"Inception v2"}),
    ],
)
def test_benchrecall8_spaced_model_release(linker, text, expected):
    assert model_names(linker, text) == expected


def test_benchrecall8_matrix_games_of_game_theory_are_no_world_model(linker):
    """ "Matrix-Game" (a world model) is matched case-insensitively with a space; the matrix games of game theory name it
    only where a world model's words stand in the text."""
    text = "Agents play a repeated matrix game and classic matrix games." + FIELD
    assert not [lk for lk in linker.link_texts([("abstract", text)]) if lk.concept.endswith("/matrix-game")]
    text = "Interactive world models such as Matrix-Game and Genie generate video." + FIELD
    assert [lk.text for lk in linker.link_texts([("abstract", text)]) if lk.concept.endswith("/matrix-game")] == ["Matrix-Game"]
    # its release hyphen-joined is a version of it, found though the name needs context ("Ada-MK" stays none)
    text = "Autoregressive video diffusion enables world generation. On Matrix-Game-2.0, it is fast." + FIELD
    assert "Matrix-Game-2.0" in model_names(linker, text)


def _masked_by_source(scan, mask):
    """What ``Openings._tried`` compiled before intro12: the source of the mask's alternatives, parsed again."""
    from kg.discovery import _WORD_START

    chosen = "|".join(a for j, a in enumerate(scan.alternatives) if mask >> j & 1)
    return re.compile(_WORD_START + "(?:" + chosen + ")", scan.pattern.flags)


def _same_match(a, b):
    return (a is None and b is None) or (
        a is not None and b is not None and (a.span(), a.lastgroup, a.group(0)) == (b.span(), b.lastgroup, b.group(0))
    )


def test_masked_patterns_from_branches_on_corpus_texts(linker, corpus_texts):
    # issue 4 (intro12): a mask's pattern made from the branches of the parsed pattern matches, at every opening the scan
    # reads and every position of the edge texts, what the mask's alternatives compiled from their source match
    scan = linker.discoverer.scan
    assert scan.branches is not None and len(scan.branches) == len(scan.alternatives)  # the fast path is the one used
    n = len(scan.alternatives)
    masks = {1 << j for j in range(n)} | {1 << j | 1 << k for j in range(n) for k in range(j + 1, n)} | {(1 << n) - 1}
    tried = {}
    for text in [*corpus_texts, *EDGE_TEXTS]:
        read = scan.read(text)
        at = dict(read[0]) if read is not None else {}
        masks.update(at.values())
        for start, mask in at.items():
            if mask not in tried:
                tried[mask] = (scan._from_branches(mask), _masked_by_source(scan, mask))
            fast, reference = tried[mask]
            assert _same_match(fast.match(text, start), reference.match(text, start)), (text, start, mask)
    for mask in masks:
        fast, reference = tried.get(mask) or (scan._from_branches(mask), _masked_by_source(scan, mask))
        # its groups numbered as the source's parse numbers them (sre clears every mark below the one a match sets)
        assert (fast.groups, dict(fast.groupindex)) == (reference.groups, dict(reference.groupindex))
        for text in EDGE_TEXTS:
            for start in range(len(text) + 1):
                assert _same_match(fast.match(text, start), reference.match(text, start)), (text, start, mask)
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
                (m.span(), m.lastgroup) for m in reference.finditer(text)
            ]


@given(
    st.lists(
        st.sampled_from(["bench", "mark", "ed", " on", " the", "Data", "set", "GPU", "5", ".2", "%", " ", ". ", "ON", "\x00"])
    ),
    st.integers(min_value=1, max_value=(1 << 5) - 1),
)
def test_masked_patterns_from_branches_on_generated_texts(parts, mask):
    # issue 4 (intro12): the same on generated texts, for every mask of a pattern of five alternatives
    from kg.discovery import _WORD_START, Openings

    alternatives = (
        r"(?P<b>(?i:benchmarked on(?: the)?))",
        r"(?P<h>(?<!-)(?i:benchmark(?:e?s)?|dataset(?:e?s)?)(?![A-Za-z0-9]))",
        r"(?P<o>(?i:(?<=[.!?] )On(?: the)?))",
        r"(?P<p>(?i:\d(?:\.\d+)?\s*%\s+on))",
        r"(?P<g>GPUs?)",
    )
    scan = Openings(re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")"), alternatives)
    assert scan.branches is not None
    text = "".join(parts)
    fast, reference = scan._tried(mask), _masked_by_source(scan, mask)
    assert (fast.groups, dict(fast.groupindex)) == (reference.groups, dict(reference.groupindex))
    for start in range(len(text) + 1):
        assert _same_match(fast.match(text, start), reference.match(text, start))


@pytest.mark.parametrize(
    ("alternatives", "branched"),
    [
        (("ab", "ac"), False),  # a prefix every alternative shares is moved before the branches by the parser
        (("a", "b"), False),  # single characters are made one class
        (("(?P<x>ab)",), True),  # one alternative: the group itself
        (("(?P<x>ab)", "(?P<y>ac)", "b"), True),
        (("(?P<x>a)(?P=x)", "(?P<y>b)"), True),  # a backreference: that mask's pattern is compiled from its source
        (("(?P<x>a(b)?)", "(?:(?P<y>c)|d)+", "(?<=(?P<z>e))f"), True),  # groups in a repeat, a branch, a lookbehind
    ],
)
def test_masked_patterns_where_the_parser_changed_the_branches(alternatives, branched):
    # issue 4 (intro12): where the parse holds no branch per alternative, a mask's pattern is compiled from its source
    from kg.discovery import _WORD_START, Openings

    scan = Openings(re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")"), alternatives)
    assert (scan.branches is not None) == branched
    for mask in range(1, 1 << len(alternatives)):
        fast, reference = scan._tried(mask), _masked_by_source(scan, mask)
        assert (fast.groups, dict(fast.groupindex)) == (reference.groups, dict(reference.groupindex))
        for text in ("ab ac b a xab", "AB ac", "", "b"):
            for start in range(len(text) + 1):
                assert _same_match(fast.match(text, start), reference.match(text, start))


def test_technique_lists_read_token_bounds_only_when_asked(linker, corpus_texts):
    # issue 4 (intro12): find_techniques reads the text's token bounds the first time an item no linked span holds is
    # asked for; what it finds is what it found with the bounds read first (the code it replaces read them on entry)
    from kg.discovery import find_techniques

    discoverer = linker.discoverer
    rules = [r for r in linker.vocab.rules if r.family and r.kind == "Technique"]
    texts = [
        *corpus_texts[:600],
        "We fine-tune with LoRA on one GPU.",
        "We evaluate four PEFT methods (LoRA, DoRA, QLoRA, ZorbDoRA) across two model sizes.",
    ]
    for text in texts:
        links = linker.link_texts([("abstract", text)])
        spans = [(lk.start, lk.end, lk.concept, lk.method) for lk in links if lk.method != "pattern"]
        for rule in rules:
            discoverer._bounds_of = None  # the discoverer keeps the bounds of the last text read: none
            lazy = [(f.start, f.end, f.iri, f.family) for f in find_techniques(discoverer, rule, text, spans)]
            lazily_read = discoverer._bounds_of is not None
            discoverer._bounds_of = None
            discoverer.token_bounds(text)  # read first, as before
            assert [(f.start, f.end, f.iri, f.family) for f in find_techniques(discoverer, rule, text, spans)] == lazy
            if text == texts[-2]:
                assert not lazily_read  # LoRA linked, in no list: no token asked for
            if text == texts[-1]:
                assert lazily_read and lazy  # "ZorbDoRA": an item no linked span holds


# hwbench14: a word joined to a number of two or more digits names a data set before a head word ("the Icons-50
# dataset"), as it does in a list; names ending in "-BENCH" written in capitals say what they are too
@pytest.mark.parametrize(
    "text, name, ok",
    [
        ("Specifically, on the Icons-50 dataset, accuracy rises by 2%.", "Icons-50", True),
        ("We report results on the Zorbix-512 benchmark.", "Zorbix-512", True),
        ("Specifically, on the Top-10 benchmark split, accuracy rises.", "Top-10", False),
        ("We validate it on three benchmarks, among them AGENTREWARDBENCH with 1302 trajectories.", "AGENTREWARDBENCH", True),
        ("We introduce the ASR-FAIRBENCH leaderboard to assess fairness.", "ASR-FAIRBENCH", True),
        # a phone in a list of data sets is a data set there, found as one
        ("Experiments on the scene benchmarks, iPhone and NVIDIA, beat the best method on the iPhone dataset.", "iPhone", True),
        # benchfield15: an apposition with "the first" (or "largest") and one after a bracketed long form name a data set
        ("To study this issue, we establish ZorbNL, the first benchmark dedicated to 3D occupancy.", "ZorbNL", True),
        ("We present ZorbQA-Med, the largest medical QA dataset to date.", "ZorbQA-Med", True),
        ("We introduce ZQBE (Zorb Quill Benchmark Evaluation across Stages), a benchmark of 28k triplets.", "ZQBE", True),
        # a word known only as another concept's term ("dual" of optimization) is a name there
        ("We introduce DUAL (Dual Unlearning Evaluation across Training Stages), a benchmark of 28.6k triplets.", "DUAL", True),
        # "the" with no word making it the one of its kind, or no verb introducing it, names none
        ("After training ZorbNL, the benchmark results of the deep learning model degrade.", "ZorbNL", False),
        ("With ZorbNL, the first benchmark of the pipeline is skipped by deep learning models.", "ZorbNL", False),
        # a word joined to a count of thousands or millions is a data set's size; "-7B" a model's
        ("We train the deep learning model on Zorb-800M, a dataset of 800M captioned pairs.", "Zorb-800M", True),
        ("We present Quill-287K, a high-quality multimodal instruction dataset.", "Quill-287K", True),
        ("We fine-tune Zorb-7B, a model trained on a large dataset.", "Zorb-7B", False),
    ],
)
def test_hwbench14_discovered_benchmarks(linker, text, name, ok):
    assert (name in benchmark_names(linker, text)) is ok, found(linker, text)


def model_links(linker, text, field="abstract"):
    """(text, concept path) of every model link of ``text`` in ``field``."""
    return [
        (lk.text, lk.concept.split("/papers-kg/")[1])
        for lk in linker.link_texts([(field, text + (FIELD if field == "abstract" else ""))])
        if lk.concept.split("/papers-kg/")[1].startswith("model/")
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        # modelsfield16 (issue 3): unknown names listed with linked models are models of other papers
        ("Our models outperform multilingual LLMs, such as LLaMA, Zorbak, and Quellin.", {"Zorbak", "Quellin"}),
        ("Four GAN baselines: Pix2Pix, ZorbPix2Pix, CycleGAN, ZUT; the others lag.", {"ZorbPix2Pix", "ZUT"}),
        ("We compare ZorbELECTRA, CAMeLBERT, and XLM-RoBERTa on the task.", {"ZorbELECTRA"}),
        ("Models include ResNet-50, ZorbNet and ViT-B.", {"ZorbNet"}),
        # models17: a product noun further back heads no list ("systems trained on ... data, including")
        ("It beats systems trained on large-scale data, including F5-TTS, Zorb-TTS, and MaskZCT.", {"Zorb-TTS", "MaskZCT"}),
        # hw23: after an intro phrase, a list with a linked model and no data word is one of models, not of benchmarks
        ("Experiments on LlamaGen, ZorbDiff, and NextZorb-1 demonstrate 3.8x speedup.", {"ZorbDiff", "NextZorb-1"}),
    ],
)
def test_a_name_listed_with_models_is_a_model(linker, text, names):
    assert names <= model_names(linker, text)


@pytest.mark.parametrize(
    "text, placed, dropped",
    [
        # hw23: names found as benchmarks by their place only, in a coordinated list with a named model: models' list
        ("Experiments on LlamaGen, ZorbDiff, and NextZorb-1 demonstrate gains.", ["ZorbDiff", "NextZorb-1"], True),
        # a data word heads the list, after it or before it in its sentence: a data list where a model's label names data
        ("Experiments on the DreamBooth and Zorb101 benchmarks demonstrate gains.", ["Zorb101"], False),
        ("Gains on reasoning benchmarks of AMC23, GradeZorbMath, and Minerva.", ["GradeZorbMath"], False),
        # no list is coordinated ("On CV24, whisper-small achieves": a clause, no list)
        ("On ZV24, whisper-small achieves a WER of 24.89%.", ["ZV24"], False),
        # a linked benchmark in the list
        ("Experiments on LlamaGen, ImageNet, and Zorb-1K show gains.", ["Zorb-1K"], False),
    ],
)
def test_a_list_with_a_model_holds_no_benchmark_by_place(linker, vocab, text, placed, dropped):
    from kg.discovery import Found

    rule = next(r for r in vocab.rules if r.kind == "Benchmark")
    founds = [Found(text.index(n), text.index(n) + len(n), vocab.discovered(rule, n), n) for n in placed]
    spans = [
        (s, e, c, "label") for s, e, c in ((text.find(w), text.find(w) + len(w), c) for w, c in _LIST_LINKED.items() if w in text)
    ]
    got = linker._listed_with_models(text, founds, sorted(spans))
    assert got == ({(f.start, f.end) for f in founds} if dropped else set())


_LIST_LINKED = {
    "LlamaGen": "https://w3id.org/papers-kg/model/llamagen",
    "DreamBooth": "https://w3id.org/papers-kg/model/dreambooth",
    "whisper-small": "https://w3id.org/papers-kg/model/whisper-small",
    "Minerva": "https://w3id.org/papers-kg/model/minerva",
    "AMC23": "https://w3id.org/papers-kg/benchmark/amc23",
    "ImageNet": "https://w3id.org/papers-kg/benchmark/imagenet",
}


@pytest.mark.parametrize(
    "text, name",
    [
        # a list with a data set, a method or a metric is no list of models
        ("We evaluate on ImageNet, Zorbset and COCO with ResNet-50.", "Zorbset"),
        ("We compare GPT-4o and ZorbQA.", "ZorbQA"),  # one linked model and one name: too little
        # a capitalised word is a name by its place only where it stands apart
        ("As complexity rises, responses diverge. Notably, GPT-2 and Llama-2 display greater variability.", "Notably"),
        ("Various GPT variants (4o, 3.5 Turbo, 4 Turbo) were compared with Claude.", "Turbo"),
        ("Classifiers (Logistic Regression, Naive Bayes, RoBERTa, DistilRoBERTa and XLNet) were applied.", "Bayes"),
        # the paper's own model is no mention of a model
        ("We propose ZorbLM, and compare LLaMA, Mistral and ZorbLM on reasoning.", "ZorbLM"),
        # models17: a list its head noun calls products holds programs and services too ("ELIZA", a 1966 chatbot)
        ("We evaluated 4 systems (ELIZA, GPT-4o, LLaMa-3.1-405B, and GPT-4.5) in Turing tests.", "ELIZA"),
        ("Through testing on platforms such as ChatGPT, MetaAI, and Grok, we observed jailbreaks.", "MetaAI"),
        ("Chatbots, e.g., ChatGPT, Zorbot, and Claude, answer patients.", "Zorbot"),
    ],
)
def test_no_model_from_a_list_that_is_not_one(linker, text, name):
    assert name not in model_names(linker, text)


def test_a_capitalised_word_in_a_title_list_is_no_model(linker):
    # a title capitalises every word: "OpenAI o1, DeepSeek-R1, and Beyond"
    links = model_links(
        linker, "Evaluating Test-Time Scaling LLMs for Legal Reasoning: OpenAI o1, DeepSeek-R1, and Beyond", "title"
    )
    assert "Beyond" not in {t for t, _ in links}


@pytest.mark.parametrize(
    "text, expected",
    [
        # modelsfield16 (issue 3): a parameter count spaced after a named model is that size of it; a vocabulary label
        # in another spelling links that concept, another size is a discovered model beneath the family
        ("We fine-tune Qwen 2.5 32B Instruct on six domains.", ("Qwen 2.5 32B", "model/qwen25-32b")),
        ("We adapt Google Gemma 3 1B with QLoRA.", ("Gemma 3 1B", "model/discovered/Gemma_3_1B")),
        ("Llama 8B and Llama 3B are the backbones.", ("Llama 8B", "model/discovered/Llama-8B")),
        # hsamp29: a hyphen joins the size to a spaced version as a space does (c50k: 5 papers, 7 links, all right)
        ("We assess Chinese medical LLMs (e.g., Qwen 2.5-32B, DeepSeek).", ("Qwen 2.5-32B", "model/qwen25-32b")),
        ("Small models like Qwen 3-4B beat a baseline 8x its size.", ("Qwen 3-4B", "model/qwen3-4b")),
    ],
)
def test_a_spaced_size_names_the_sized_model(linker, text, expected):
    assert expected in model_links(linker, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # hsamp29: sizes coordinated after the hyphen are the family's ("Qwen 2.5-3B and 7B"), and a count of data is none
        ("We fine-tune Qwen 2.5-3B and 7B on six domains.", "Qwen 2.5-3B"),
        ("We pretrain Llama 3-1B tokens of text.", "Llama 3-1B"),
    ],
)
def test_a_hyphened_size_after_a_spaced_version_is_not_always_one(linker, text, name):
    assert name not in {t for t, _ in model_links(linker, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # hw23: a local runner's tag, the size after a colon in any case, is that size of the model; a model named in
        # lower case too ("gpt-oss"); a vocabulary label where there is one, else a discovered model beneath the name
        ("A local LLM grader (gpt-oss:120b) marks the work.", ("gpt-oss:120b", "model/gpt-oss-120b")),
        ("We run llama3.1:8b through Ollama.", ("llama3.1:8b", "model/llama-31-8b")),
        ("We run Qwen3:30b through Ollama.", ("Qwen3:30b", "model/discovered/Qwen3-30B")),
    ],
)
def test_a_tagged_size_names_the_sized_model(linker, text, expected):
    assert expected in model_links(linker, text)


@pytest.mark.parametrize(
    "text, family",
    [
        # hw23: no size after the colon, or more after the size: the name's link stands
        ("We run gpt-oss:latest through Ollama.", "gpt-oss"),
        ("We query gpt-oss: 120 prompts per task.", "gpt-oss"),
        ("We run gpt-oss:120b:q4 through Ollama.", "gpt-oss"),
    ],
)
def test_no_sized_model_from_a_tag_without_a_size(linker, text, family):
    assert (family, "model/gpt-oss") in model_links(linker, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # models17 (issue 3): a size in millions after a model's label is that size of it, as one in billions is
        ("Steering vectors in Mamba-130M and Mamba-370M transfer.", ("Mamba-130M", "model/discovered/Mamba-130M")),
        ("We distil into SmolLM-135M with LoRA.", ("SmolLM-135M", "model/discovered/SmolLM-135M")),
        ("A drafter such as Llama-68M speeds decoding.", ("Llama-68M", "model/discovered/Llama-68M")),
        # a spaced size closing its sentence
        ("We compare against GPT-2 124M. It is small.", ("GPT-2 124M", "model/discovered/GPT-2-124M")),
    ],
)
def test_a_size_in_millions_names_the_sized_model(linker, text, expected):
    assert expected in model_links(linker, text)


@pytest.mark.parametrize(
    "text",
    [
        # models17: most names with a size in millions are data sets': not after a model's label, nor after a family,
        # nor with a data word after them
        "We pretrain on WebVid-10M and Panda-70M clips.",
        "We curate VLM-150M, a refined image-text collection.",
        "We release the Koala-36M dataset of captioned clips.",
        "FLUX-Reason-6M is a massive collection for reasoning.",
        "A corpus of Llama-2M tokens.",  # not a name: a count of tokens after a model's label, no size of it
    ],
)
def test_no_sized_model_from_a_data_set_in_millions(linker, text):
    assert not any("discovered/" in c and c.endswith("M") for _, c in model_links(linker, text)), model_links(linker, text)


@pytest.mark.parametrize(
    "text, family",
    [
        # sizes of a family coordinated, a count of data: the family's link stands
        ("Results with Llama-3 3B and 8B models improve.", "Llama-3"),
        ("We pretrain Mamba 300B tokens on the corpus.", "Mamba"),
    ],
)
def test_no_sized_model_from_coordinated_sizes_or_data_counts(linker, text, family):
    assert family in {t for t, _ in model_links(linker, text)}


def test_discovered_listed_model_reads_back(vocab):
    # modelsfield16: a model found in a list of models has one IRI; its family (the listed models' common family) comes
    # with the paper. models17: the IRI is the other model rules' (model/discovered/), so one name is one node
    rule = next(r for r in vocab.rules if r.family and r.kind == "Model")
    iri = discovered_iri(rule, "Zorbak")
    assert iri == "https://w3id.org/papers-kg/model/discovered/Zorbak"
    assert {discovered_iri(r, "Zorbak") for r in vocab.rules if r.kind == "Model"} == {iri}
    llm = "https://w3id.org/papers-kg/model/llm"
    c = vocab.describe_discovered(iri, [llm])
    assert c is not None and (c.kind, c.pref_label, c.broader) == ("Model", "Zorbak", (llm,))
    assert vocab.describe_discovered(iri).broader == ()  # found by another rule in a paper: no family from it
    # a listed name that extends a known model is beneath it too, whichever rule found it
    llava = vocab.labelled("LLaVA", "Model")[0]
    cxr = vocab.describe_discovered(discovered_iri(rule, "CXR-LLaVA"), [llm])
    assert cxr is not None and set(cxr.broader) == {llm, llava}
    assert vocab.describe_discovered(discovered_iri(rule, "CXR-LLaVA")).broader == (llava,)


@pytest.mark.parametrize(
    "listed, other",
    [
        # models17 (c50k): "CXR-LLAVA" listed with LLaVA-Med in one paper, "CXR-LLaVA" a variant of LLaVA in another
        (
            "It outperformed state-of-the-art models including LLaVA-Med and CXR-LLAVA on long-tailed diseases.",
            "A 1.2% improvement for CXR-LLaVA compared to baseline prompting and a 9.2% boost for LLaVA-Med.",
        ),
        # a listed name with a size in one paper, the sized-model rule's name in another
        ("LLMs, such as LLaMa, Zorbix-7B, and ALLaM, are compared.", "We fine-tune Zorbix-7B-Instruct and Zorbix-7B."),
    ],
)
def test_one_node_per_discovered_model_name_whichever_rule_finds_it(linker, listed, other):
    a = {t: c for t, c in model_links(linker, listed) if "/discovered/" in c}
    b = {t: c for t, c in model_links(linker, other) if "/discovered/" in c}
    shared = {linker.vocab.canonical_name(t, "Model") for t in a} & {linker.vocab.canonical_name(t, "Model") for t in b}
    assert shared, (a, b)
    for name in shared:
        assert {c for t, c in a.items() if linker.vocab.canonical_name(t, "Model") == name} == {
            c for t, c in b.items() if linker.vocab.canonical_name(t, "Model") == name
        }
    assert not any("/listed/" in c for c in (*a.values(), *b.values()))


# issue #3 (casefold16): a discovered name's IRI and label are the same in every paper, however one paper cased it
CASE_PAIRS = [
    ("OLMo-1B", "Olmo-1B"),
    ("Mistral-7B-v0.3", "Mistral-7b-v0.3"),
    ("DeepSeek-R1-Distill-Llama-8B", "DeepSeek-R1-Distill-LLama-8B"),
    ("DeepSeek-R1-671B", "Deepseek-R1-671B"),
    ("Qwen3.5-9B-Zorb", "QWEN3.5-9b-Zorb"),
]


def _models(linker, text):
    return {lk.text: lk.concept for lk in linker.link_texts([("abstract", text + FIELD)]) if lk.concept.startswith(MODEL)}


MODEL = "https://w3id.org/papers-kg/model/"


@pytest.mark.parametrize("one, other", CASE_PAIRS)
def test_case_variants_of_a_discovered_name_in_two_papers_are_one_concept(vocab, linker, one, other):
    template = "We fine-tune large language models such as {} and Gemma-2-9B with LoRA and report accuracy on GSM8K."
    a, b = _models(linker, template.format(one)), _models(linker, template.format(other))
    assert a[one] == b[other] and "/discovered/" in a[one]  # one IRI, the text as each paper wrote it
    assert vocab.concept(a[one]).pref_label == one  # the vocabulary's casing of its parts ("Llama", "OLMo", 7B)
    assert vocab.describe_discovered(a[one]) == vocab.describe_discovered(b[other])  # one prefLabel stated by both


def test_a_lower_case_size_links_the_vocabulary_concept(vocab, linker):
    got = [
        (lk.text, lk.concept, lk.method)
        for lk in linker.link_texts([("abstract", "Open-source models such as Qwen2.5-32b and Gemma-2-9B are compared." + FIELD)])
        if lk.text == "Qwen2.5-32b"
    ]
    assert got == [("Qwen2.5-32b", MODEL + "qwen25-32b", "variant")]  # a case variant of the label, no discovered node


@pytest.mark.parametrize(
    "written, kind, canonical",
    [
        ("transformer-CNN", "Model", "Transformer-CNN"),
        ("CNN-transformer", "Model", "CNN-Transformer"),
        ("LLAMA-8b", "Model", "Llama-8B"),  # all capitals: a part the vocabulary has takes its casing
        ("ZORBNET-7B", "Model", "ZORBNET-7B"),  # a part it lacks stays as written
        ("Qwen2.5-1.5b-Instruct", "Model", "Qwen2.5-1.5B-Instruct"),
        ("Llama3-8k", "Model", "Llama3-8k"),  # a context length, no size
        ("Zorb-v0.3b", "Model", "Zorb-v0.3b"),  # no size after a letter or a point
        ("Ωmega-olmo-7b", "Model", "Ωmega-OLMo-7B"),  # non-ASCII letters are parts too, kept as written
        ("Zörb-Llama-8b", "Model", "Zörb-Llama-8B"),
        ("İLlama-8B", "Model", "İLlama-8B"),  # a letter whose lower case is longer: one part, not the vocabulary's
        ("Big-Math-RL", "Benchmark", "Big-Math-RL"),  # benchmarks' parts stay as written (MATH, ReaL, PILE)
        ("Real-Edit", "Benchmark", "Real-Edit"),
        ("7b", "Technique", "7b"),  # sizes are models'
        # models18: a size is joined as the vocabulary writes the name before it (a label with a space: a space)
        ("GPT-2 124M", "Model", "GPT-2-124M"),
        ("Gemma-3 1B", "Model", "Gemma 3 1B"),
        ("Gemma3-1B", "Model", "Gemma 3 1B"),
        ("gemma-3-1b-it", "Model", "Gemma 3 1B-it"),  # what follows the size stays as written
        ("Llama3.1 405B", "Model", "Llama 3.1 405B"),
        ("Qwen3.5 9B", "Model", "Qwen3.5-9B"),  # no label before the size: only the joint
        ("Zorb Net 7B", "Model", "Zorb Net 7B"),
        ("Zorb-Net 7B", "Model", "Zorb-Net-7B"),
        ("Llama 3 tokens 8K", "Model", "Llama 3 tokens 8K"),  # no parameter size
        # models19: a version is joined to its name as the vocabulary's versions of that name are (Qwen3, Gemma 3, GPT-4)
        ("Qwen-3.5", "Model", "Qwen3.5"),
        ("Qwen 3.5", "Model", "Qwen3.5"),
        ("Qwen 3.5 9B", "Model", "Qwen3.5-9B"),
        ("InternVL-3.5-8B", "Model", "InternVL3.5-8B"),
        ("Claude-4.6", "Model", "Claude 4.6"),
        ("Gemma4 27B", "Model", "Gemma 4 27B"),
        ("Gemini-2.0-Flash", "Model", "Gemini-2.0-Flash"),  # a version with a name after it keeps its joints
        ("SAM2-UNet", "Model", "SAM2-UNet"),
        ("Zorb 3.5", "Model", "Zorb 3.5"),  # a name the vocabulary has no version of stays as written
        ("Qwen3.5-VL", "Model", "Qwen3.5-VL"),
        ("Qwen-3.5", "Technique", "Qwen-3.5"),  # models' only
        # and a mixture of experts' "×" is an "x"
        ("Mixtral-8×7B", "Model", "Mixtral-8x7B"),
    ],
)
def test_canonical_name(vocab, written, kind, canonical):
    assert vocab.canonical_name(written, kind) == canonical
    assert vocab.canonical_name(canonical, kind) == canonical  # canonical twice is canonical once


def test_canonical_casing_depends_on_the_vocabulary_alone(vocab):
    # labels that differ only in case: the casing more labels of the kind hold as a word (Llama 3, Llama 2, ...)
    assert vocab.canonical_name("LLaMA-8B", "Model") == vocab.canonical_name("llama-8b", "Model") == "Llama-8B"
    rule = next(r for r in vocab.rules if r.kind == "Model" and r.extends)
    assert vocab.discovered(rule, "LLaMA 8B") == vocab.discovered(rule, "Llama 8B") == discovered_iri(rule, "Llama-8B")


def test_a_canonical_name_links_no_label_that_needs_context(vocab, linker):
    # "SEED" is a context label of the SEED EEG data set: the paper's own data set in its title stays a discovered one
    title = "SEED: A Benchmark Dataset for Sequential Facial Attribute Editing with Diffusion Models"
    abstract = "We introduce a dataset of edited face images produced with diffusion models, and train a transformer on it."
    got = {(lk.field, lk.text): lk.concept for lk in linker.link_texts([("title", title), ("abstract", abstract)])}
    assert got[("title", "SEED")] == "https://w3id.org/papers-kg/benchmark/discovered/SEED"


def test_known_stem_split_by_the_compiled_pattern(corpus_texts):
    # issue 4 (speed17): a name's stem before its version, split by the module's compiled pattern, is what
    # re.split(pattern source) gave (the code it replaces), on every token of the released texts and edge cases
    import re

    from kg.discovery import _STEM_END

    names = {w for text in [*corpus_texts, *EDGE_TEXTS] for w in text.split()}
    names |= {"Qwen3-8B", "GPT-4o", "MOSE+", "ALFRED2", "٣B", "\x00-7B", "QWEN_2.5", "", "+", "a.b"}
    for name in names:
        assert _STEM_END.split(name, maxsplit=1)[0] == re.split(r"[-\d_.+]", name, maxsplit=1)[0], name


@pytest.mark.parametrize(
    "spaced, joined",
    [
        ("GPT-2 124M", "GPT-2-124M"),
        ("Gemma 3 1B", "Gemma-3-1B"),
        ("Gemma-3 1B", "Gemma3-1B"),
        ("SmolLM2 360M", "SmolLM2-360M"),
        ("Phi-4 14B", "Phi-4-14B"),
        ("OLMo 2 7B", "OLMo-2-7B"),
    ],
)
def test_a_sized_model_written_spaced_or_joined_is_one_node(linker, spaced, joined):
    # models18 (issue 3): "GPT-2 124M" and "GPT-2-124M" were two nodes; one model, one node, in one paper or two
    text = f"We fine-tune {spaced} with LoRA. Later, {joined} is distilled."
    links = model_links(linker, text)
    by_text = {t: c for t, c in links}
    assert spaced in by_text and joined in by_text, links
    assert by_text[spaced] == by_text[joined]
    assert (
        model_links(linker, f"We fine-tune {spaced} with LoRA.")[0][1]
        == model_links(linker, f"We fine-tune {joined} with LoRA.")[0][1]
    )


@pytest.mark.parametrize("written", ["Llama3.1-8B-Instruct", "LLaMA3.1-8B-Instruct", "Llama-3.1-8B-Instruct"])
def test_a_model_label_but_for_its_joints_links_the_label(linker, written):
    # models18: the canonical form "Llama 3.1 8B-Instruct" is the label "Llama-3.1-8B-Instruct" with other joints
    text = f"We fine-tune large language models such as {written} and Gemma-2-9B with LoRA and report accuracy on GSM8K."
    assert _models(linker, text)[written] == MODEL + "llama-31-8b"


@pytest.mark.parametrize(
    "forms",
    [
        ("Qwen3.5", "Qwen-3.5", "Qwen 3.5"),
        ("InternVL3.5", "InternVL-3.5", "InternVL 3.5"),
        ("Claude 4.6", "Claude-4.6"),
        ("Qwen3.5-9B", "Qwen-3.5-9B", "Qwen 3.5 9B", "Qwen3.5 9B"),
    ],
)
def test_a_discovered_version_is_one_node_however_joined(linker, forms):
    # models19 (issue 3): "Qwen3.5", "Qwen-3.5" and "Qwen 3.5" were three nodes (the last beneath Qwen, not Qwen3)
    text = "We compare " + ", ".join(forms[:-1]) + " and " + forms[-1] + " on reasoning tasks."
    got = _models(linker, text)
    assert set(forms) <= set(got), got
    assert len({got[f] for f in forms}) == 1 and "/discovered/" in got[forms[0]], got


def test_distinct_versions_stay_apart(linker):
    got = _models(linker, "We compare Qwen3.5, Qwen-3.6 and Qwen 3.7 on reasoning tasks.")
    assert len({got["Qwen3.5"], got["Qwen-3.6"], got["Qwen 3.7"]}) == 3, got


@pytest.mark.parametrize(
    "text, written, expected",
    [
        # models19 (issue 3): a spaced size after a discovered model is that size of it ("Qwen3.5 9B" linked Qwen3.5)
        ("We fine-tune Qwen3.5 9B on math data.", "Qwen3.5 9B", MODEL + "discovered/Qwen3.5-9B"),
        ("We fine-tune Qwen 3.5 9B on math data.", "Qwen 3.5 9B", MODEL + "discovered/Qwen3.5-9B"),
        # a mixture of experts' size written with "×", LaTeX's times or a spaced "x"
        ("We prune experts of Mixtral 8×7B by half.", "Mixtral 8×7B", MODEL + "mixtral-8x7b"),
        ("We prune experts of Mixtral 8$\\times$7B by half.", "Mixtral 8$\\times$7B", MODEL + "mixtral-8x7b"),
        ("We prune experts of Mixtral 8 x 22B by half.", "Mixtral 8 x 22B", MODEL + "mixtral-8x22b"),
        ("We prune experts of Mixtral-8×7B by half.", "Mixtral-8×7B", MODEL + "mixtral-8x7b"),
        ("We prune experts of Mixtral 8x7B-Instruct by half.", "Mixtral 8x7B-Instruct", MODEL + "mixtral-8x7b"),
    ],
)
def test_a_size_after_a_discovered_or_expert_model(linker, text, written, expected):
    assert _models(linker, text).get(written) == expected, _models(linker, text)


@pytest.mark.parametrize(
    "text, written",
    [
        ("Results with Qwen3.5 4B and 9B models improve.", "Qwen3.5"),  # sizes of the family coordinated
        ("We pretrain Qwen3.5 300B tokens further.", "Qwen3.5"),  # a count of data
    ],
)
def test_no_size_after_a_discovered_model_where_none_is_named(linker, text, written):
    assert written in _models(linker, text), _models(linker, text)


def test_a_times_sign_keeps_a_device_count_apart(linker):
    # the "×" joins a model's experts only: "8×A100 GPUs" is still eight A100s
    got = [lk.concept for lk in linker.link_texts([("abstract", "We train on 8×A100 GPUs with Mixtral-8×7B." + FIELD)])]
    assert "https://w3id.org/papers-kg/hardware/nvidia-a100" in got and MODEL + "mixtral-8x7b" in got, got


@pytest.mark.parametrize(
    "text, name, ok",
    [
        # test8other (issue 3): capitalised words joined by hyphens, a version last or not, are a data set's name where a
        # lead verb introduces them in an apposition (corpus: 41 new names, 41 right)
        ("To validate our method, we construct Zorb-Change-v2, a new change detection dataset.", "Zorb-Change-v2", True),
        ("We introduce Quill-Myth, an expert-verified adversarial dataset.", "Quill-Myth", True),
        ("Here we present Pocket-Zorbist, an efficiency-aware benchmark for dental question answering.", "Pocket-Zorbist", True),
        # no lead verb, or no head word after the apposition: no data set
        ("To train Large-Scale, a new dataset of images is built for deep learning.", "Large-Scale", False),
        ("We propose Step-Opt-Zorb, a framework that augments existing datasets.", "Step-Opt-Zorb", False),
        # the task's short form in brackets among the describing words (corpus: 15 new names, 15 right)
        ("We construct Zorb-Change-v2, a new multi-class change detection (MCD) dataset about a city.", "Zorb-Change-v2", True),
        ("We present ZorbQA, a repository-level code question answering (QA) benchmark for research.", "ZorbQA", True),
        ("We introduce ZorbLesion-14K, the first Chain-of-Thought (CoT) benchmark for segmentation.", "ZorbLesion-14K", True),
    ],
)
def test_test8other_appositions_name_data_sets(linker, text, name, ok):
    assert (name in benchmark_names(linker, text)) is ok, found(linker, text)


# models20 (issue 3): a short form in brackets after a titled long form and before a data set's head word names the data
# set, though its long form holds no head word; a task's short form stays unnamed
@pytest.mark.parametrize(
    "text, name",
    [
        ("We achieve first place on the Video Detailed Captioning (VDC) benchmark according to VDCSCORE.", "VDC"),
        (
            "We introduce a Multi-perspective, Logic-driven Medical Reasoning Segmentation and Detection (MLMR-SD) dataset.",
            "MLMR-SD",
        ),
        ("We construct the Causal Hierarchy of Actions and Interactions (CHAIN) benchmark, an interactive 3D suite.", "CHAIN"),
        ("The recently introduced Retrieval-Augmented Set Completion (RASC) benchmark showed gains.", "RASC"),
        ("The proposed Chain-of-Perform (CoP) benchmark offers several compelling features.", "CoP"),
    ],
)
def test_a_titled_long_form_before_a_bracket_names_a_data_set(linker, text, name):
    assert name in benchmark_names(linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "Current speech emotion recognition (SER) dataset collections often exhibit limits.",  # lower case: a task
        "Existing Facial Expression Recognition (FER) datasets are small.",  # plural: a task's data sets
        "CommonWhy also serves as a Knowledge Graph Question Answering (KGQA) benchmark for LLMs.",  # no "the" or making
        "We introduce and evaluate on a British Sign Language (BSL) dataset rated by humans.",
        "It outperforms the external graph-based Power Distribution Network (PDN) benchmark.",  # a describing word
        "Results on the challenging BOBSL (British Sign Language) dataset.",  # a long form of one word: no new name
    ],
)
def test_a_tasks_short_form_before_a_head_word_names_no_data_set(linker, text):
    names = benchmark_names(linker, text)
    assert not names & {"SER", "FER", "KGQA", "BSL", "PDN", "British Sign Language"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # hwbm24 (test15, both golds name the tier): a tier word after a model's version names another model
        ("Compared to GPT-4 Lite, GEM enhances the general-task level by 7%.", {"GPT-4 Lite"}),
        ("It reaches 69.6 on AIME-24, exceeding LLaDA-2.1-mini (16B) by 26 points.", {"LLaDA-2.1-mini"}),
        (
            "We compare GPT-5.4-mini, Gemini 3.1 Flash-Lite and Grok 3 mini.",
            {"GPT-5.4-mini", "Gemini 3.1 Flash-Lite", "Grok 3 mini"},
        ),
        ("Judges were Gemini 2.5 Flash Lite and DeepSeek V4 Flash.", {"Gemini 2.5 Flash Lite", "DeepSeek V4 Flash"}),
        ("We fine-tune Orca-mini-v3-7b and Qwen3.6-plus.", {"Orca-mini-v3-7b", "Qwen3.6-plus"}),
        # spaced, only after a name with a version, and no lower-case "plus", "pro" or "max" (words of English)
        ("Users of Claude Pro and ChatGPT Plus rate GPT-4 plus a retriever.", set()),
    ],
)
def test_a_tier_after_a_model_version_is_another_model(linker, text, expected):
    assert model_names(linker, text) == expected


def test_a_tier_is_beneath_the_model_it_extends(vocab):
    assert vocab.variant_bases("Gemini 2.5 Flash Lite", "Model") == ("https://w3id.org/papers-kg/model/gemini-25",)
    assert vocab.variant_bases("YOLOv8 nano", "Model") == ("https://w3id.org/papers-kg/model/yolov8",)
    assert vocab.variant_bases("GPT-4 Lite", "Model") == ("https://w3id.org/papers-kg/model/gpt-4",)


@pytest.mark.parametrize(
    "text, expected",
    [
        # hwbm24 (test15, both golds): a long form of capitalised words a lead verb introduces, its bracketed short form,
        # then ", a ... benchmark": a new data set named by the short form (60 unseen corpus papers, 58 right)
        ("To evaluate retrieval, we construct Quux Moments (QuMo), a benchmark in which every question is anchored.", {"QuMo"}),
        ("We present Graph Oblivion and Node Erasure (GONE), a benchmark for unlearning.", {"GONE"}),
        ("We introduce the Zorb Eye Test (ZET), a challenging perception-oriented benchmark.", {"ZET"}),
        # no lead verb, a describing word that is no data set's, a plural, a long form of one word: none
        ("Unlike Quux Moments (QuMo), a benchmark of clips, ours is long.", set()),
        ("We propose Jailbreak Distillation (JBDistill), a novel benchmark construction framework.", set()),
        ("We study Multi-modal Large Language Models (MLLMs), an increasing number of benchmarks.", set()),
        ("We construct Quux (QX), a benchmark of clips.", set()),
    ],
)
def test_a_short_form_set_off_as_a_benchmark_names_one(linker, text, expected):
    assert benchmark_names(linker, text) == expected


# benchrec25 (test14's "the public CCMT plant disease dataset"): a name by its form, then one or two lower-case words of its
# domain, between "the" and a singular head word names a data set; a known name of another kind, a non-name or a name
# without "the" before it does not
@pytest.mark.parametrize(
    "text, name",
    [
        ("On the public CCMT plant disease dataset, our model reaches 89.00% accuracy.", "CCMT"),
        ("Evaluated on a subset of the NSVAX basketball dataset, it wins.", "NSVAX"),
        ("We extract keypoints from the ShuttleSetX single matches dataset.", "ShuttleSetX"),
    ],
)
def test_a_name_before_domain_words_and_a_head_word_names_a_data_set(linker, text, name):
    assert name in benchmark_names(linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "It removes toxic pairs in the LLaVA pre-training dataset.",  # a model's label: the model's training data
        "We train on the RGB image dataset.",  # a listed non-name
        "A ZorbPY2 plant disease dataset is used.",  # no "the" before the name
        "We run the ZorbNet and the dataset.",  # a function word between
        "Results on the ZorbNet ablation benchmarks improve.",  # a plural head word
    ],
)
def test_no_data_set_from_domain_words_without_the_name_shape(linker, text):
    names = benchmark_names(linker, text)
    assert not names & {"LLaVA", "RGB", "ZorbPY2", "ZorbNet"}


# benchrec25: "BraTS2021" is the 2021 edition's label only (it was also BraTS's, and the clash made it a discovered node)
def test_a_brats_edition_links_its_own_concept(linker):
    links = linker.link_texts([("abstract", "Evaluated on BraTS2021 and BraTS2023 GLI across 251 subjects." + FIELD)])
    concepts = {lk.text: lk.concept.rsplit("/", 1)[1] for lk in links}
    assert concepts["BraTS2021"] == "brats-2021"


# benchrec25: an acronym kg:notAName lists opens many a benchmark's name ("MCP-Bench", "EHR-Bench", "ST-Bench",
# "T2I-CoReBench"); a describing word listed there does not make one ("Open-Eval", "Public-Bench"), nor an acronym an
# "-Eval" name (a metric or a judge as often: "HOI-Eval", "MCP-Eval")
@pytest.mark.parametrize(
    "text, names",
    [
        ("We test models on MCP-Bench and EHR-Bench.", {"MCP-Bench", "EHR-Bench"}),
        ("To address the gap, we introduce ST-Bench, a benchmark of four core tasks.", {"ST-Bench"}),
        ("We propose T2I-CoReBench, a benchmark of composition.", {"T2I-CoReBench"}),
    ],
)
def test_a_benchmark_name_may_open_with_a_non_name_acronym(linker, text, names):
    assert names <= benchmark_names(linker, text)


@pytest.mark.parametrize(
    "text",
    [
        "We test models on Open-Eval.",
        "Results on Public-Bench improve.",
        "It features an automated metric HOI-Eval that evaluates interactions.",
        "We introduce MCP-Eval, a novel outcome-oriented evaluation methodology.",
    ],
)
def test_a_benchmark_name_opening_with_a_describing_word_is_none(linker, text):
    assert not benchmark_names(linker, text)


# benchrec25: a "-Bench" name that holds a known model's or method's label is a benchmark named after it, the whole name
# (the gazetteer's link of the label inside it gives way); the label alone stays what it is
@pytest.mark.parametrize(
    "text, name",
    [
        ("We introduce GraphRAG-Bench, a large-scale benchmark.", "GraphRAG-Bench"),
        ("Inspired by this question, we introduce SiT-Bench, a novel benchmark.", "SiT-Bench"),
        ("We present VLM-RobustBench, a benchmark spanning 49 augmentation types.", "VLM-RobustBench"),
    ],
)
def test_a_bench_name_after_a_known_label_is_a_benchmark(linker, text, name):
    assert name in benchmark_names(linker, text)


def test_a_known_label_without_a_bench_ending_stays_its_kind(linker):
    links = linker.link_texts([("abstract", "We compare GraphRAG and LightRAG on HotpotQA." + FIELD)])
    assert not any(lk.text == "GraphRAG" and "/benchmark/" in lk.concept for lk in links)


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a maker's name and a listed non-name make an item of two words: the list goes on after it (benchrec26)
        ("The track converts public synthetic AML datasets, including IBM AML and ZAML-D, into prompts.", {"ZAML-D"}, {"AML"}),
        # a known name of another kind inside the list: read past, the names by form after it kept
        ("It was evaluated on datasets, including CK+, ResNet, and ZorbFER.", {"ZorbFER"}, {"ResNet"}),
        # no "and" after the item read past: no list
        ("On noisy datasets like Pick-a-Pic V2, ZorbDPO achieves gains on GenEval.", set(), {"ZorbDPO"}),
        # after an item read past, only names by form count: "Video QA, and Captioning" are tasks
        (
            "Experiments on benchmarks such as Video Hallucination, Video QA, and Captioning tasks show gains.",
            set(),
            {"Captioning", "Video Hallucination"},
        ),
        # a name by form followed by a capitalised word is no item to read past: the list ends there as before
        ("It scores well on benchmarks, including ZGIF-QA FrameQA, and ZActivity-QA.", set(), {"ZActivity-QA"}),
    ],
)
def test_a_list_goes_on_past_an_item_that_is_no_name(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


def test_no_list_item_read_past_in_a_title(linker):
    # a title's capitalised words are no list's items: "CBCT-IOS Registration" is a task (benchrec26)
    title = "ZSTSR 2025 Challenge: Semi-Supervised Teeth and Pulp Segmentation and ZBCT-IOS Registration"
    assert "ZBCT-IOS" not in {lk.text for lk in linker.link_texts([("title", title)])}


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a paper's own data set introduced with its size, no head word beside it (benchrec26)
        ("To fill the gap, we introduce ZS-Q2P, comprising 7,500 queries mapped to products.", {"ZS-Q2P"}, set()),
        ("We construct ZKaQA, comprising 34.1k open-ended QA pairs.", {"ZKaQA"}, set()),
        ("We curate ZORNE, which contains 280K verified removal pairs.", {"ZORNE"}, set()),
        ("We release ZInteriorGS, containing 1K object-annotated indoor scenes.", {"ZInteriorGS"}, set()),
        # a method's parts counted: no data set
        ("To this end, we propose ZorbNet, comprising 3 modules that refine features.", set(), {"ZorbNet"}),
        ("We propose ZorbGCD, including 1) adaptive part decomposition.", set(), {"ZorbGCD"}),
        # no count: the sentence says nothing of data
        ("We propose ZorbAvatar, which consists of two key components.", set(), {"ZorbAvatar"}),
    ],
)
def test_an_own_data_set_introduced_with_its_size(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a naming verb before a name its capitalised head word ends names the whole, as "the" does (bench27; test16)
        ("We introduce a custom industrial dataset, named ZMS Dataset, for cross-device evaluation.", {"ZMS Dataset"}, {"ZMS"}),
        ("We build a new corpus called Quux Reading Corpus for evaluation.", {"Quux Reading Corpus"}, set()),
        ("We collect the ZMS Dataset for cross-device evaluation.", {"ZMS Dataset"}, {"ZMS"}),
        # an edition's year between "the" and the name
        (
            "This paper tackles Challenge 4 of the 2021 Smoky Quux Conference Data Challenge.",
            {"Smoky Quux Conference Data Challenge"},
            set(),
        ),
        # after a year, one name before the head word is the data set's own (heldout's gold: PANTHER, the results' too)
        ("Models were evaluated on two tasks as part of the 2025 ZANTHER Challenge.", {"ZANTHER"}, {"ZANTHER Challenge"}),
        # a capitalised word after the head word: it modifies a method's noun, no data set's name
        ("We propose a framework termed Zonstrained Dataset Distillation (ZD2) for it.", set(), {"Zonstrained Dataset"}),
        # a head word in lower case after the naming verb: the name alone, as before
        ("We introduce a new dataset, named ZMS, for cross-device evaluation.", set(), {"ZMS Dataset", "named ZMS"}),
    ],
)
def test_a_named_title_cased_data_set_keeps_its_head_word(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # three words of its domain between a name and its head word (bench27: "the CarHoods10K automotive hood frame dataset")
        ("We study the ZarHoods10K automotive hood frame dataset, where a GNN is trained.", {"ZarHoods10K"}, set()),
        ("We study the ZarHoods10K hood frame dataset, where a GNN is trained.", {"ZarHoods10K"}, set()),
        # four are none
        ("We study the ZarHoods10K big automotive hood frame dataset, where a GNN is trained.", set(), {"ZarHoods10K"}),
    ],
)
def test_a_name_with_three_domain_words_before_its_head_word(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # a "-QA" name opening a sentence with what it holds or tests is a data set (bench27; test16's TimeLogicQA)
        ("ZimeLogicQA evaluates whether video question answering systems can reason over time.", {"ZimeLogicQA"}, set()),
        ("Results vary. ZangaVQA consists of 526 manually constructed question-answer pairs.", {"ZangaVQA"}, set()),
        # a method's parts, a metric's measure: none
        ("ZTQA consists of three core components: a decomposer, a retriever and a reader.", set(), {"ZTQA"}),
        ("ZPQA measures the alignment between each pixel's position and its label.", set(), {"ZPQA"}),
        # not the sentence's subject: none by this rule
        ("Our model, unlike ZorbQA, contains no retriever.", set(), {"ZorbQA"}),
    ],
)
def test_a_qa_name_opening_a_sentence_of_what_it_holds(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


def benchmark_links(linker, text):
    """Every benchmark link of ``text``: (text, concept after "benchmark/")."""
    return {
        (lk.text, lk.concept.split("/benchmark/")[1])
        for lk in linker.link_texts([("abstract", text + FIELD)])
        if "/benchmark/" in lk.concept
    }


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench29: describing words between "the" and a name of plain capitalised words (c50k: "the challenging Cryptonite
        # dataset", "the recently published Galar dataset", "the more recent Mandibular Defect dataset"; test18 A, B)
        ("It improves accuracy on the challenging Zorbience dataset.", {"Zorbience"}, set()),
        ("We additionally evaluate on the more recent Quux Defect dataset.", {"Quux Defect"}, set()),
        ("We report results on the recently published Florping benchmark.", {"Florping"}, set()),
        # a word that ranks the data set describes another name's ("X, the first Turkish benchmark"), a language names none
        ("We build ZorbSet, the first Zorbience dataset for crops.", {"ZorbSet"}, {"Zorbience"}),
        ("Accuracy drops on the human translated Estonian dataset.", set(), {"Estonian"}),
        # a function word is no describing word; a run with a name by its form keeps discovery's name ("the recently
        # proposed ZorbArt Challenge benchmark" is ZorbArt's)
        ("The gains hold on the test split of Zorbience dataset.", set(), {"Zorbience"}),
        ("It builds on the recently proposed ZorbArt Challenge benchmark.", {"ZorbArt"}, {"ZorbArt Challenge"}),
    ],
)
def test_bench29_describing_words_after_the(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench29: more lead verbs of an apposition (c50k: "we design AIpsych, a scalable benchmark", "by introducing TIDE, a
        # dataset", "This process yields SpuriVerse, a novel benchmark", "we compile ObscuraX, a dataset"; test18's VGMED)
        ("To test grounding, we design ZORBMED, a novel evaluation dataset.", {"ZORBMED"}, set()),
        ("We address this gap by introducing ZorbTest, a benchmark of 300 items.", {"ZorbTest"}, set()),
        ("This pipeline yields Zorb-300K, a domain-specialized dataset of images.", {"Zorb-300K"}, set()),
        # "and" between two describing words; a model's "-Net" named as a data set by the apposition
        ("We introduce ZorbSpatial, a comprehensive and challenging benchmark.", {"ZorbSpatial"}, set()),
        ("We introduce ZorbReefNet, a large public coral reef image dataset.", {"ZorbReefNet"}, set()),
        # a model family's ending stays a model's name
        ("Moreover, we propose ZorbFormer, a Sound-Source Understanding TransFormer benchmark.", set(), {"ZorbFormer"}),
        # a head word that modifies another noun names no data set: a framework's parts
        ("We introduce ZorbFrame, a framework and benchmark for agents.", set(), {"ZorbFrame"}),
        ("We address this by introducing ZorbShift, a label-only dataset-inference framework.", set(), {"ZorbShift"}),
        ("We present ZorbGen, a VQA dataset generation framework.", set(), {"ZorbGen"}),
        ("We introduce ZorbLoRA, a novel dataset-free framework for editing.", set(), {"ZorbLoRA"}),
    ],
)
def test_bench29_apposition(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench29: a sentence's subject that "is a ... dataset" (c50k: "SciLaD is a novel, large-scale dataset", "MGen is a
        # dataset of over 4 million ..."; test18's DARai by its short form)
        ("We study retrieval. ZorbLaD is a novel, large-scale dataset of scientific text.", {"ZorbLaD"}, set()),
        (
            "Zorbing Activity Recordings for Quux Intelligence (ZARai, pronounced zar-ee) is a multimodal, hierarchically "
            "annotated dataset.",
            {"ZARai"},
            set(),
        ),
        # not a pronoun, a framework or a head word that modifies a noun
        ("This is an ideal benchmark to test ZorbNet.", set(), {"This"}),
        ("ZorbKit is a framework and dataset for agents.", set(), {"ZorbKit"}),
        ("ZorbGen is a scalable dataset generation pipeline.", set(), {"ZorbGen"}),
    ],
)
def test_bench29_copula(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench29: after a count, an acronym before a plural head word names a kind (c50k: "two public LDCT datasets",
        # "several RAC benchmarks"; test18's "6 diverse Med-VQA benchmarks")
        ("It achieves SOTA performance across 6 diverse Zorb-VQA benchmarks.", set(), {"Zorb-VQA"}),
        ("Experiments on two public QXCT datasets show gains.", set(), {"QXCT"}),
        ("We evaluate on several QXR benchmarks.", set(), {"QXR"}),
        ("We evaluate on three Zorb-captured datasets.", set(), {"Zorb-captured"}),
        # a name in mixed case stays, and so does an acronym with no count before it
        ("We evaluate across 17 ZorbTab benchmarks.", {"ZorbTab"}, set()),
        ("Experiments on the QXCT and QXRB datasets show gains.", {"QXCT", "QXRB"}, set()),
    ],
)
def test_bench29_a_counted_kind(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bench29: a language's split of a known benchmark is its own, as the golds name it ("WideSearch-en"; test18 A, B)
        (
            "It reaches 8.4% on WideSearch-en and 52.9% on BrowseComp-zh.",
            {("WideSearch-en", "discovered/WideSearch-en")},
            {("WideSearch", "widesearch")},
        ),
        ("It reaches 18.3% on BrowseComp-en.", {("BrowseComp-en", "discovered/BrowseComp-en")}, set()),
        # BrowseComp-ZH is a benchmark of its own (arXiv:2504.19314)
        ("It reaches 52.9% on BrowseComp-zh.", {("BrowseComp-zh", "browsecomp-zh")}, {("BrowseComp-zh", "browsecomp")}),
        # a metric's name in a list after "on" is no data set (test18: "on AUC-ROC and AUC-PR")
        (
            "Our framework outperformed offline baselines on AUC-ROC and AUC-PR in 91% of cases.",
            set(),
            {("AUC-PR", "discovered/AUC-PR")},
        ),
        ("It improves ADE and FDE on ETH.", set(), {("FDE", "discovered/FDE")}),
        # bench29 vocabulary: the World Values Survey, MTOB, Fusion 360 beside other CAD data sets, the AI-generated image
        # benchmark Chameleon beside its field's words
        (
            "We evaluate against human responses from the World Values Survey.",
            {("World Values Survey", "world-values-survey")},
            set(),
        ),
        ("Context length grows from 128k to 484k tokens on MTOB.", {("MTOB", "mtob")}, set()),
        (
            "Across DeepCAD, Fusion 360, and QXCB benchmarks, it attains the best results.",
            {("Fusion 360", "fusion-360-gallery"), ("QXCB", "discovered/QXCB")},
            set(),
        ),
        ("It is built on the CAD/CAM platform Autodesk Fusion 360.", set(), {("Fusion 360", "fusion-360-gallery")}),
        (
            "On AI-generated image detection it gains 13% on the challenging Chameleon dataset.",
            {("Chameleon", "chameleon-aigi")},
            {("Chameleon", "chameleon")},
        ),
    ],
)
def test_bench29_splits_metrics_and_vocabulary(linker, text, expected, refused):
    links = benchmark_links(linker, text)
    assert expected <= links and not links & refused, links


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bsamp29: NTU RGB+D 120 is the 120-class extension of NTU RGB+D (60 classes), a data set of its own as
        # Kinetics-600 is beside Kinetics-400 (c50k: 25 papers name it, 19 of them beside the 60-class set)
        (
            "Extensive experiments on NTU-RGB+D 60, NTU-RGB+D 120 and NW-UCLA datasets demonstrate gains.",
            {("NTU-RGB+D 60", "ntu-rgbd"), ("NTU-RGB+D 120", "ntu-rgbd-120"), ("NW-UCLA", "nw-ucla")},
            {("NTU-RGB+D 120", "ntu-rgbd")},
        ),
        (
            "Experiments on the NTU-60, NTU-120 and PKU-MMD datasets.",
            {("NTU-60", "ntu-rgbd"), ("NTU-120", "ntu-rgbd-120")},
            set(),
        ),
        ("Extensive experiments on NTU120 and Chi3D datasets.", {("NTU120", "ntu-rgbd-120")}, {("NTU120", "ntu-rgbd")}),
        ("Results on the NTU RGB+D dataset improve.", {("NTU RGB+D", "ntu-rgbd")}, set()),
        # the V* visual-search benchmark of MLLMs, with and without its "Bench" (c50k: 15 papers, none linked before)
        ("On V*Bench, the regenerated benchmark reveals a jump.", {("V*Bench", "vstar-bench")}, set()),
        ("It improves V* Bench (+16.8) and MME-RealWorld (+12.6).", {("V* Bench", "vstar-bench")}, set()),
        ("The MLLM gains 5.3% on the challenging benchmark V*.", {("V*", "vstar-bench")}, set()),
        # a bare "V*" outside the multimodal field's words is no benchmark (an optimal value function)
        ("We learn the optimal value function V* of the control task.", set(), {("V*", "vstar-bench")}),
    ],
)
def test_bsamp29_ntu_rgbd_120_and_vstar(linker, text, expected, refused):
    links = benchmark_links(linker, text)
    assert expected <= links and not links & refused, links


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bsamp29: a known data set's name that the paper gives its own method, introduced with a method's head word
        # (c50k: 17 papers, 13 right, 3 debatable: DAVIS, XSum, AVA, ETT, CityNav, CLEAR, RACE, ARC, BBQ, ...)
        (
            "We propose DAVIS, a Diffusion-based Audio-VIsual Separation framework. DAVIS beats prior work on VGGSound.",
            {("VGGSound", "vggsound")},
            {("DAVIS", "davis")},
        ),
        ("This paper presents XSum, a modular pipeline for multi-document summarization.", set(), {("XSum", "xsum")}),
        (
            "We propose CLEAR (Conflict-Localized and Enhanced Attention for RAG), a framework for LLMs on SQuAD.",
            {("SQuAD", "squad")},
            {("CLEAR", "clear-benchmark")},
        ),
        # a data set's describing words keep it, and so does a data set the paper only uses
        (
            "We introduce OneIG-Bench, a meticulously designed comprehensive benchmark framework.",
            {("OneIG-Bench", "oneig-bench")},
            set(),
        ),
        ("We introduce VBench-2.0, a next-generation benchmark for video models.", {("VBench-2.0", "vbench-2-0")}, set()),
        ("We evaluate on DAVIS, a video object segmentation benchmark, and on YouTube-VOS.", {("DAVIS", "davis")}, set()),
        ("On the Cityscapes dataset, the model achieves 80% mIoU.", {("Cityscapes dataset", "cityscapes")}, set()),
    ],
)
def test_bsamp29_own_method_named_like_a_data_set(linker, text, expected, refused):
    links = benchmark_links(linker, text)
    assert expected <= links and not links & refused, links


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bsamp30: an apposition's describing words listed with commas (c50k: "we propose HAIG-2.9M, a large-scale,
        # high-quality, and diverse dataset", "we introduce TalkVerse, a large-scale, open corpus"; 64 papers, none linked)
        (
            "In this paper, we propose ZorbWorld, a large-scale, high-quality, and real-world simulation dataset.",
            {"ZorbWorld"},
            set(),
        ),
        ("We introduce ZorbVerse, a large-scale, open corpus for audio-driven video.", {"ZorbVerse"}, set()),
        ("We release ZorbCAD, the first large-scale, open-source benchmark for drawings.", {"ZorbCAD"}, set()),
        # a comma right before the head word, or a framework among the listed words, names no data set
        ("We propose ZorbNet, a lightweight, efficient framework, dataset-agnostic and fast.", set(), {"ZorbNet"}),
        ("We introduce ZorbKit, a modular, open framework and benchmark for agents.", set(), {"ZorbKit"}),
    ],
)
def test_bsamp30_apposition_with_listed_describing_words(linker, text, expected, refused):
    names = benchmark_names(linker, text)
    assert expected <= names and not names & refused, names


@pytest.mark.parametrize(
    "text, expected, refused",
    [
        # bsamp30: known data sets the vocabulary lacked (EXAMS-V) or spelt otherwise (Celeb-A, EchonetDynamic), which
        # discovery made new concepts of
        ("Fine-tuning on a mix of our synthetic data and EXAMS-V yields gains.", {("EXAMS-V", "exams-v")}, set()),
        ("Experiments on CIFAR-10, Celeb-A, and LSUN demonstrate gains.", {("Celeb-A", "celeba")}, set()),
        ("Our experiments on the EchonetDynamic dataset show gains.", {("EchonetDynamic", "echonet")}, set()),
    ],
)
def test_bsamp30_vocabulary(linker, text, expected, refused):
    links = benchmark_links(linker, text)
    assert expected <= links and not links & refused, links
