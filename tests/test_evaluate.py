"""Linking quality on the 60 annotated dev abstracts, scored as the evaluation scores it.

The floors below are regression guards at the level the linker reaches; raise them when it improves.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.build import build
from kg.evaluate import evaluate, norm, read_gold
from kg.graph import PREFIXES
from kg.store import open_graph
from tests.conftest import DATA

EVAL = DATA / "eval"
FLOORS = {"hardware": (0.95, 0.96), "benchmarks": (0.95, 0.95), "models": (0.97, 0.97), "techniques": (0.85, 0.90)}
# abstracts the linker was not built on (see tests/data/eval/HELDOUT.md, TEST2.md ... TEST6.md): micro-F1 floors.
# test8 was BLIND (annotated at the end of session 5, only ever scored: micro .780 then, .818 at session 18's start) until
# session 18 released it for error analysis (test8tech, test8other; docs/blind-errors.md), its floors just under that level;
# so is test10 (session 8, TEST10.md and TEST10-B.md: two annotators, only ever scored), test11 (session 18,
# TEST11.md and TEST11-B.md: two annotators, only ever scored) and test12 (session 19, TEST12.md and TEST12-B.md; its
# hardware errors were read in session 20), test13 (session 20, read in session 21) and test14 (session 21, read in
# session 22), test15 (session 22, read in session 23), test16 (session 23, read in session 24), test17 (session 24,
# read in session 25) and test18 (session 25, read in session 26). test19 (session 26, TEST19.md and TEST19-B.md) is blind.
# test9 (session 6) was annotated by two annotators independently (TEST9.md, TEST9-B.md; agreement.py: micro F1 .961
# between them) and scored blind against gold A (micro .797) before it was released for error analysis.
# test7 was blind (annotated in session 5, only ever scored: micro .810) until released in blind7 (micro .818); its floors
# just under the level reached, as tripwires, no targets; test5 (micro .780) and test6 (micro .804)
# were blind until the blind5 and blind6 rounds read their hardware and benchmark errors (README: what moved and what did not)
UNSEEN_FLOORS = {
    "heldout": 0.87,
    "test2": 0.85,
    "test3": 0.80,
    "test4": 0.81,
    "seeds": 0.88,
    "test5": 0.81,
    "test6": 0.83,
    "test7": 0.82,
    "test8": 0.79,  # session 7: .782 -> .796 (never read); session 9: .801 (corpus-frequent benchmarks and models)
    "test9": 0.81,
    # session 8, BLIND (two annotators, agreement micro F1 .937): .799 at the session's start, .801 at its end; session 9: .806
    "test10": 0.80,
    # session 18, BLIND (TEST11.md, TEST11-B.md: two annotators, agreement micro F1 .947, techniques .925): .820 at the
    # session's start (main 1608874) and at its end
    "test11": 0.81,
    # session 19, BLIND (TEST12.md, TEST12-B.md: two annotators, agreement micro F1 .934, techniques .872): .821 with
    # main 2729532 at the session's start, .823 at its end
    "test12": 0.81,
    # session 20, BLIND (TEST13.md, TEST13-B.md: two annotators, agreement micro F1 .931, techniques .869, hardware 1.0):
    # .816 with main 0218406 at the session's start; released in session 21 (read for hardware and techniques:
    # hwprec22, prune22, vocab22, own22): .857
    "test13": 0.84,
    # session 21, BLIND (TEST14.md, TEST14-B.md: two annotators, agreement micro F1 .932, techniques .872, the other
    # kinds 1.0): .782 with main 7c7e5cf at the session's start; released in session 22 (read for techniques, hardware,
    # benchmarks and models: hw23, tgen23, trec23, vocab23): .842
    "test14": 0.83,
    # session 22, BLIND (TEST15.md, TEST15-B.md: two annotators, agreement micro F1 .922, techniques .872): .813 with
    # main 22a5dc0 at the session's start, .814 at its end; released in session 23 (tprec24, trec24, hwbm24): .854
    "test15": 0.84,
    # session 23, BLIND (TEST16.md, TEST16-B.md: two annotators, agreement micro F1 .942, techniques .905, hardware .926):
    # .833 with main 0f563df at the session's start; released in session 24 (tprec27, trec27, modhw27, bench27): .903
    "test16": 0.89,
    # session 24, BLIND (TEST17.md, TEST17-B.md: two annotators, agreement micro F1 .898, techniques .769, hardware and
    # benchmarks 1.0): .820 with main eae014c at the session's start, .824 at its end; released in session 25 (tprec28,
    # trec28, modhwb28): .868
    "test17": 0.85,
    # session 25, BLIND (TEST18.md, TEST18-B.md: two annotators, agreement micro F1 .924, techniques .875, hardware .918):
    # .813 with main b7c33e2 at the session's start, .817 at its end; released in session 26 (tmod29, bench29, trap29): .870
    "test18": 0.86,
    # session 26, BLIND (TEST19.md, TEST19-B.md: two annotators, agreement micro F1 .942, techniques .899, hardware and
    # benchmarks 1.0): .852 with main 2287777 at the session's start
    "test19": 0.84,
}
# and per kind, (precision, F1): the targets of issue 3 for hardware and benchmarks (P and F1 >= .90) and models (F1 >= .80)
UNSEEN_KIND_FLOORS = {"hardware": (0.90, 0.90), "benchmarks": (0.90, 0.90), "models": (0.85, 0.80)}
# where a set stays below them or is above them, at the level reached (test3 model precision .848; test4, released for
# error analysis in the linkhw round: hardware F1 .870 -> .946 (P .909 -> .921), benchmarks F1 .885 -> .985 (P 1.0))
UNSEEN_KIND_EXCEPTIONS = {
    ("heldout", "benchmarks"): (0.95, 0.94),  # benchrecall6: F1 .926 -> .957 (tau^3-Bench, MOSE+, "HECKTOR, H\\&N1, and ...")
    ("test3", "models"): (0.84, 0.88),
    ("test4", "hardware"): (0.92, 0.94),
    ("test4", "benchmarks"): (0.99, 0.98),
    # test5, blind: hardware P .870 F1 .832, benchmarks P .923 F1 .828; released in blind5: .949 / .949, 1.0 / .989;
    # models P .865 F1 .802 (not read). test6, blind: hardware P .854 F1 .875, benchmarks P .788 F1 .765, models
    # P .838 F1 .814; released in blind6: hardware .972 / .933, benchmarks .903 / .848. test7, blind (session 5):
    # hardware P .814 F1 .850, benchmarks P .927 F1 .894, models P .921 F1 .875; released in blind7 (docs/blind-errors.md):
    # hardware .847 / .885, benchmarks .950 / .905; test6 hardware .973 / .947 there
    ("test5", "hardware"): (0.94, 0.94),
    ("test5", "benchmarks"): (0.99, 0.98),
    ("test5", "models"): (0.85, 0.79),
    ("test6", "hardware"): (0.97, 0.94),
    # .848 -> .882 in benchrecall (session 6: names by their place in a list); .914 in session 7 (benchrecall2/3)
    ("test6", "benchmarks"): (0.91, 0.91),
    ("test6", "models"): (0.83, 0.80),
    ("test7", "hardware"): (0.84, 0.88),
    ("test7", "benchmarks"): (0.95, 0.95),  # benchrecall6: .953 -> .977 ("LiveCodeBench V6", a "v" release)
    # test8, blind (session 5): hardware P .857 F1 .867, benchmarks P .958 F1 .807, models P .889 F1 .871
    # session 7 (never read): hardware P .881 F1 .892 (hwaudit), benchmarks P .960 F1 .828 (benchrecall2/3)
    ("test8", "hardware"): (0.87, 0.88),
    # session 9 (never read): benchmarks P .962 F1 .847, models P .890 F1 .878 (corpus-frequent names: benchrecall5, modelvocab)
    # session 10 (never read): benchmarks P .963 F1 .867 (benchrecall6: established data sets, "v" and "+" editions)
    ("test8", "benchmarks"): (0.95, 0.86),
    # test9 (session 6, two annotators; gold A scored blind with the session's starting code ef7d1d2): hardware P 1.0
    # F1 .980 (26 entities: no MCU, FPGA or accelerator paper), benchmarks P .947 F1 .878, models P .904 F1 .862
    ("test9", "benchmarks"): (0.95, 0.93),  # benchrecall, review6: F1 .878 -> .905; session 7 benchrecall2/3: .943
    # test10 (session 8, blind, never read; gold A): at the session's start hardware P .938 F1 .952, benchmarks P .979
    # F1 .893, models P .853 F1 .822; at its end benchmarks F1 .904 (benchrecall4), the rest unchanged
    ("test10", "hardware"): (0.93, 0.95),
    # session 9 (never read): benchmarks P 1.0 F1 .923 (benchrecall5's corpus-frequent names), models P .853 -> .845 F1
    # .822 -> .824 (modelvocab: recall .794 -> .804; pooled with test8 model F1 .843 -> .847)
    # session 10 (never read): benchmarks F1 .923 -> .933 (P 1.0) with the technique rounds, before benchrecall6
    ("test10", "benchmarks"): (0.97, 0.93),
    ("test10", "models"): (0.84, 0.82),
    # test11 (session 18, blind, never read; gold A), at the session's start and end alike: hardware P .850 F1 .872 (19
    # entities, 11 of them GPUs), benchmarks P .971 F1 .883
    ("test11", "hardware"): (0.84, 0.86),
    ("test11", "benchmarks"): (0.96, 0.87),
    # test12 (session 19, blind, never read; gold A): hardware P .808 F1 .840 at the session's start (24 entities, 14 of
    # them GPUs), P .840 F1 .857 at its end (hw20: phones an agent operates, phones and wearables as data sources);
    # released for hardware in session 20: P .923 F1 .960 (hwvar21: Titan Xp, a laptop RTX 4070, "RTX Titan")
    ("test12", "hardware"): (0.92, 0.95),
    # test13 (session 20, blind, never read; gold A): hardware P .886 F1 .925 (32 entities, 19 of them GPUs; the
    # annotators agree on every one), benchmarks P .833 F1 .875 at the session's start
    # released in session 21: hardware P .941 F1 .970 (hwprec22: a wearable a task is for, KA200 discovered, the Azure
    # trace's name), benchmarks P .857 F1 .900 (own22: "BEHAVE: A Hybrid AI Framework" is no data set)
    ("test13", "hardware"): (0.94, 0.96),
    ("test13", "benchmarks"): (0.85, 0.89),
    # test14 (session 21, blind, never read; gold A): benchmarks P .900 F1 .923 at the session's start (19 entities),
    # hardware P .938 F1 .923, models P .886 F1 .875; released in session 22: benchmarks P 1.0 F1 .973, models P .916
    # F1 .927 (hw23: a model before "-style", a coordinated list after "Experiments on" names models)
    ("test14", "benchmarks"): (0.95, 0.95),
    # test15 (session 22, blind, never read; gold A): hardware P .875 F1 .918 (29 entities), benchmarks P .952 F1 .870
    # at the session's start and end alike; models P .937 F1 .908; released in session 23: benchmarks P 1.0 F1 .936,
    # models P .968 F1 .933 (hwbm24: a numbered task of a benchmark, a tier after a model's version, a short form set off
    # as a new benchmark); its two false hardware links left as conventions the golds split on
    ("test15", "hardware"): (0.87, 0.91),
    ("test15", "benchmarks"): (0.99, 0.93),
    # test16 (session 23, blind, never read; gold A): hardware P .862 F1 .893 (27 entities), benchmarks P .960 F1 .814
    # (34 entities), models P .935 F1 .930 at the session's start; at its end hardware P .926 F1 .926 (hwprec25: a phone
    # or wearable as the camera or sensor, or named as data; gold B counts those 2 links right: P .852 F1 .852);
    # released in session 24: hardware P .964 F1 .982 (modhw27: the Coral Dev Board Micro, the cloud beside the edge),
    # benchmarks P 1.0 F1 1.0 (bench27: corpus-frequent data sets, "named X Dataset", a year before a name, "-QA" names),
    # models P .979 F1 .979 (modhw27: named baselines, "Llama4 Maverick", a defined name's last word, CLIP as a metric)
    ("test16", "hardware"): (0.96, 0.98),
    ("test16", "benchmarks"): (0.99, 0.99),
    ("test16", "models"): (0.97, 0.97),
    # test17 (session 24, blind, never read; gold A): hardware P .920 F1 .902 (26 entities, 14 of them GPUs), benchmarks
    # P .929 F1 .945, models P .889 F1 .852, at the session's start and end alike; released in session 25: hardware
    # P .923 F1 .923, benchmarks P .946 F1 .964, models P .920 F1 .920 (modhwb28: named baselines, Gemma "-it"
    # checkpoints, diffusion VLMs, the SMAL body model, the Transformer by training words, the Canterbury Corpus, custom
    # silicon)
    ("test17", "hardware"): (0.92, 0.92),
    ("test17", "benchmarks"): (0.94, 0.96),
    ("test17", "models"): (0.91, 0.91),
    # test18 (session 25, blind, never read; gold A): benchmarks P .905 F1 .835 (49 entities) at the sessions' start and
    # end; released in session 26: P .978 F1 .947 (bench29), at the targets' floors since
}
# technique (precision, F1) per set, at the level reached (issue 3's target, F1 >= .75: met on heldout, test2, test3 and
# test4; test4 was blind at .669 (P .731) and is released for error analysis since linktech: .777 (P .796), test3 .769)
UNSEEN_TECHNIQUE_FLOORS = {  # raised by the pooled calibration (benchmarks/technique_calibration.py)
    "heldout": (0.82, 0.84),  # P .814 -> .810 in blind7: "sparse and dense retrievers" links sparse retrieval, gold has none
    "test2": (0.77, 0.81),  # P .808 -> .777 in vocab22: its gold names the EAGLE drafters models (4), the golds since
    # TEST8's convention ("named prior methods ... are techniques (Medusa, Hydra, EAGLE, EAGLE3)") techniques
    "test3": (0.77, 0.79),
    "test4": (0.82, 0.79),  # P .793 -> .788 in blind7: "synthetic data and logit distillation" gives "data distillation"
    "test5": (0.76, 0.81),  # blind: P .684 F1 .730 (techniques not read in blind5)
    "test6": (0.83, 0.81),  # blind: P .794 F1 .788 (techniques not read in blind6)
    "test7": (0.80, 0.75),  # blind: P .746 F1 .722 (unchanged when released in blind7: no general technique fix found)
    "test8": (0.76, 0.71),  # blind: P .732 F1 .697; session 7 (never read): P .770 F1 .718
    "test10": (0.69, 0.70),  # blind (gold A), session 8 start and end: P .699 F1 .709 (against gold B: P .765 F1 .738)
    "test11": (0.74, 0.73),  # blind (gold A), session 18 start and end: P .750 F1 .745 (against gold B: P .771 F1 .740);
    # session 19's end: P .745 F1 .742
    "test12": (0.75, 0.74),  # blind (gold A), session 19 start and end: P .756 F1 .753 (against gold B at the end: F1 .766)
    "test13": (0.71, 0.76),  # blind (gold A), session 20 start: P .664 F1 .707 (against gold B: P .714 F1 .746);
    # released in session 21: P .723 F1 .773 (prune22, vocab22, own22)
    "test14": (0.72, 0.75),  # blind (gold A), session 21 start: P .662 F1 .686 (against gold B: P .719 F1 .728);
    # released in session 22: P .735 F1 .765 (tgen23, trec23, vocab23)
    "test15": (0.74, 0.78),  # blind (gold A), session 22 start: P .700 F1 .733; end: P .704 F1 .735;
    # released in session 23: P .745 F1 .787 (tprec24, trec24)
    "test16": (0.76, 0.82),  # blind (gold A), session 23 start: P .720 F1 .764 (against gold B: P .720 F1 .774);
    # released in session 24: P .764 F1 .820 (tprec27, trec27)
    "test17": (0.78, 0.77),  # blind (gold A), session 24 start: P .729 F1 .732 (gold B: P .639 F1 .723); end: P .737 F1 .740;
    # released in session 25: P .795 F1 .780 (tprec28, trec28)
    "test18": (0.74, 0.75),  # blind (gold A), session 25 start: P .723 F1 .734 (gold B: P .688 F1 .746); end: P .729
    # F1 .736; released in session 26: P .752 F1 .763 (tmod29, trap29)
    "test19": (0.75, 0.75),  # blind (gold A), session 26 start: P .763 F1 .763 (gold B: P .807 F1 .816)
    "test9": (0.75, 0.74),  # blind (gold A): P .684 F1 .697; against annotator B's gold P .729 F1 .734; session 7: .744
}
# abstracts whose gold names no entity but that get a link, where a set has some: test6's KMDS-Net (a "Kernel
# Space-based Multidimensional Sparse Model for Dynamic PET Image Denoising" links sparsity; recorded while test6 was
# blind; its EgoSim link to mobile device went in blind6: a device that collects data is no platform). test7 has none.
# test13 (blind in session 20, released in session 21): gold A names no entity in 3 CS abstracts (one general, two trap;
# gold B in 2 of them), 2 of which got a link: a proposed name that is a data set's ("We introduce BEHAVE", gone with
# own22) and the Diffusion Transformer inside the proposed AC-DiT (gold B takes it). test14 (released in session 22):
# none of its 4 gets one; test15 (released in session 23): none of its 2 gets one. test16 (blind in session 23, released
# in session 24): gold A names no entity in 4 abstracts (field 1, general 1, trap 2); the field one ("multi-bit
# quantized pseudo labels": pseudo-labeling) and one trap one ("driving scene augmentation") get one link each, both
# left by tprec27 (pseudo-labeling is the method in the corpus's other uses). test17 (blind in session 24, released in
# session 25): none of its 3 gets one. test18 (blind in session 25, released in session 26): 1 of its 2 gets a link
# (OneVision, an ML paper: "A/B tests", residual quantization, dynamic pruning; gold B names no entity in 3, none of
# which gets one). test19 (blind): gold A names an entity in every abstract; none of gold B's 3 empty ones gets a link
OFF_DOMAIN_LINKED = {"test6": 1, "test13": 1, "test16": 2, "test18": 1}
# the users' own seed papers outside dev (SEEDS.md), every kind at the level reached
SEEDS_KIND_FLOORS = {"hardware": (0.95, 0.94), "benchmarks": (0.95, 0.96), "models": (0.96, 0.95), "techniques": (0.82, 0.80)}


@pytest.fixture(scope="module")
def dev_graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev")
    build([EVAL / "dev-abstracts.jsonl"], out, html=False, jobs=1)
    return out


@pytest.fixture(scope="module")
def dev_eval(dev_graph):
    return evaluate(open_graph(dev_graph), read_gold([EVAL / "dev-gold.jsonl"]))


@pytest.mark.parametrize(
    "raw, expected", [("GPUs", "gpu"), ("Cortex-A7", "cortexa7"), ("class", "class"), ("SSC", "ssc"), ("ViTs", "vit")]
)
def test_norm(raw, expected):
    assert norm(raw) == expected


def test_agrees_with_the_evaluations_own_scorer(dev_graph, dev_eval):
    res = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(dev_graph / "kg.ttl"), str(EVAL / "dev-gold.jsonl"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(res.stdout)
    for kind in ("techniques", "hardware", "benchmarks", "models"):
        s = dev_eval.scores[kind]
        assert (s.tp, s.gold, s.pred) == (theirs[kind]["tp"], theirs[kind]["gold"], theirs[kind]["pred"])


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_dev_set_floor(dev_eval, kind):
    s = dev_eval.scores[kind]
    p_floor, f_floor = FLOORS[kind]
    assert s.precision >= p_floor and s.f1 >= f_floor, f"{kind}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"


def test_off_domain_dev_abstracts_get_no_links(dev_graph):
    gold = read_gold([EVAL / "dev-gold.jsonl"])
    empty = {str(g["id"]) for g in gold if not any(g.get(k) for k in ("hardware", "techniques", "benchmarks", "models"))}
    store = open_graph(dev_graph)
    from kg.graph import PREFIXES

    linked = {
        r["id"].value
        for r in store.query("SELECT DISTINCT ?id WHERE { ?p kg:mentions ?e ; dcterms:identifier ?id }", prefixes=PREFIXES)
    }
    assert not (empty & linked), sorted(empty & linked)


@pytest.mark.parametrize("name", sorted(UNSEEN_FLOORS))
def test_unseen_set_floor(tmp_path, name):
    build([EVAL / f"{name}-abstracts.jsonl"], tmp_path, html=False, jobs=1)
    gold = read_gold([EVAL / f"{name}-gold.jsonl"])
    store = open_graph(tmp_path)
    result = evaluate(store, gold)
    # no link at all in an abstract whose gold names no entity (off-domain) (every set, test4 too)
    empty = {str(g["id"]) for g in gold if not any(g.get(k) for k in ("hardware", "techniques", "benchmarks", "models"))}
    linked = {
        r["id"].value
        for r in store.query("SELECT DISTINCT ?id WHERE { ?p kg:mentions ?e ; dcterms:identifier ?id }", prefixes=PREFIXES)
    }
    allowed = OFF_DOMAIN_LINKED.get(name, 0)
    assert len(empty & linked) <= allowed, f"{name}: {len(empty & linked)} of {len(empty)} off-domain abstracts get a link"
    micro = result.scores["micro"]
    assert micro.f1 >= UNSEEN_FLOORS[name], f"{name}: P={micro.precision:.3f} R={micro.recall:.3f} F1={micro.f1:.3f}"
    for kind, floors in UNSEEN_KIND_FLOORS.items():
        p_floor, f_floor = UNSEEN_KIND_EXCEPTIONS.get((name, kind), floors)
        s = result.scores[kind]
        assert s.precision >= p_floor and s.f1 >= f_floor, f"{name} {kind}: P={s.precision:.3f} F1={s.f1:.3f}"
    if name in UNSEEN_TECHNIQUE_FLOORS:
        p_floor, f_floor = UNSEEN_TECHNIQUE_FLOORS[name]
        s = result.scores["techniques"]
        assert s.precision >= p_floor and s.f1 >= f_floor, f"{name} techniques: P={s.precision:.3f} F1={s.f1:.3f}"
    for kind, (p_floor, f_floor) in (SEEDS_KIND_FLOORS if name == "seeds" else {}).items():
        s = result.scores[kind]
        assert s.precision >= p_floor and s.f1 >= f_floor, f"{name} {kind}: P={s.precision:.3f} F1={s.f1:.3f}"


def _agreement(a, b):
    res = subprocess.run([sys.executable, str(EVAL / "agreement.py"), str(a), str(b)], capture_output=True, text=True)
    return res.returncode, {line.split()[0]: line.split() for line in res.stdout.splitlines()}, res.stderr


def test_agreement_of_two_annotators(tmp_path):
    """agreement.py matches entities as score.py does and gives F1 = 2 * agreed / (|A| + |B|)."""
    gold = EVAL / "test9-gold.jsonl"
    code, rows, _ = _agreement(gold, gold)
    assert code == 0 and all(r[-1] == "1.000" for r in rows.values())
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    n = sum(len(g["techniques"]) for g in lines)
    first = next(g for g in lines if g["techniques"])
    first["techniques"] = first["techniques"][1:]  # B leaves out one technique
    for g in lines:  # and writes every other name in capitals, mentions dropped: still the same entities
        g["models"] = [{"name": m["name"].upper()} for m in g["models"]]
    b = tmp_path / "b.jsonl"
    b.write_text("".join(json.dumps(g) + "\n" for g in lines), encoding="utf-8")
    code, rows, _ = _agreement(gold, b)
    assert code == 0
    assert rows["techniques"][6] == str(n - 1) and rows["techniques"][-1] == f"{2 * (n - 1) / (2 * n - 1):.3f}"
    assert rows["models"][-1] == "1.000"
    b.write_text("".join(json.dumps(g) + "\n" for g in lines[::-1]), encoding="utf-8")
    code, _, err = _agreement(gold, b)
    assert code != 0 and "same ids in the same order" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"gold.jsonl: no gold records$"),
        (
            b'{"id": "a", "abstract": "We run BERT."}\n',
            r"gold.jsonl: no record has techniques, hardware, benchmarks, models or results",
        ),
        (b'{"id": "a", "models": [{"name": "BERT"}]}\n{"id": "b", "mod', r"gold.jsonl:2: invalid JSON: Unterminated string"),
        (b'{"id": "a", "models": [{"name": "caf\xe9"}]}\n', r"gold.jsonl: not UTF-8 \(byte 0xe9 at offset 36\)"),
        (b'{"models": [{"name": "BERT"}]}\n', r"gold.jsonl:1: a gold record is a JSON object with an 'id'"),
        (b'{"id": "a", "models": ["BERT"]}\n', r"gold.jsonl:1 \(record 'a'\): 'models' must be a list of"),
        (b'{"id": "a", "models": [{"name": "BERT", "mentions": "BERT"}]}\n', r"'models' must be a list of"),
    ],
)
def test_read_gold_refuses_what_it_cannot_score(tmp_path, content, message):
    """usertest14: a gold file that was empty, or a file of abstracts, scored as a gold set of nothing (exit 0); a
    record without an id or with entities as strings ended in a KeyError or TypeError traceback."""
    from kg.errors import InputError

    path = tmp_path / "gold.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_gold([path])


def test_gold_papers_missing_from_the_graph_are_counted_and_none_is_an_error(dev_graph, tmp_path):
    """usertest14: scoring against the wrong build (-g left at exports/) gave low or zero scores with no word of why."""
    from click.testing import CliRunner

    from kg.cli import main

    other = tmp_path / "other-gold.jsonl"
    other.write_text(json.dumps({"id": "not-in-dev", "title": "Nowhere", "models": [{"name": "BERT"}]}) + "\n")
    both = evaluate(open_graph(dev_graph), read_gold([EVAL / "dev-gold.jsonl", other]))
    assert (both.papers_scored, both.papers_in_graph) == (61, 60)
    res = CliRunner().invoke(main, ["evaluate", str(EVAL / "dev-gold.jsonl"), str(other), "-g", str(dev_graph)])
    assert res.exit_code == 0 and res.output.endswith("(61 gold papers; 1 not in the graph, counted as missed)\n")
    for command in ("evaluate", "evaluate-results"):
        res = CliRunner().invoke(main, [command, str(other), "-g", str(dev_graph)])
        assert res.exit_code == 1
        assert res.output == f"kg: error: {dev_graph}: holds none of the 1 gold papers (by id or title): -g names another build\n"
    res = CliRunner().invoke(main, ["evaluate-results", str(EVAL / "dev-gold.jsonl"), str(other), "-g", str(dev_graph)])
    assert res.exit_code == 0 and res.output.endswith("(61 gold papers; 1 not in the graph, counted as missed)\n")
