"""The vocabulary: discovered IRIs and the discovery rules that mint them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import VocabularyError
from kg.vocab import discovered_concept, discovered_iri, load, read, vocab_files

VOCAB = Path(__file__).resolve().parent.parent / "schema" / "vocab"
TECH = "https://w3id.org/papers-kg/technique/"


@pytest.fixture(scope="module")
def rules():
    return load().rules


@pytest.mark.parametrize(
    "name, tail",
    [
        # issue 3: a family rule's name has one IRI, no family in it
        ("RLOO", "technique/discovered/RLOO"),
        ("Zorb DoRA", "technique/discovered/Zorb_DoRA"),
        ("Zorb_DoRA", "technique/discovered/Zorb%5FDoRA"),
        # review8: "%" is encoded, so a name holding "%20" or "%5F" is not read back as a space or "_"
        ("Q%20Z", "technique/discovered/Q%2520Z"),
        ("Q%5FZ", "technique/discovered/Q%255FZ"),
        ("ZTH/QCY", "technique/discovered/ZTH%2FQCY"),
    ],
)
def test_a_family_rule_iri_is_the_name_alone(rules, name, tail):
    rule = next(r for r in rules if r.family and r.kind == "Technique")
    iri = discovered_iri(rule, name)
    assert iri == "https://w3id.org/papers-kg/" + tail
    c = discovered_concept(iri, rules)
    assert c is not None and (c.kind, c.pref_label, c.broader) == ("Technique", name, ())


@given(st.text(min_size=1, max_size=30))
def test_every_discovered_iri_reads_back_to_its_rule_and_name(name):
    rules = load().rules
    for rule in rules:
        iri = discovered_iri(rule, name)
        assert iri.isascii() and " " not in iri
        # the first rule that reads it back is one of this rule's kind and parent: no two rules' IRIs collide
        c = discovered_concept(iri, rules)
        assert c is not None and (c.pref_label, c.kind) == (name, rule.kind)
        assert c.broader == ((rule.parent,) if rule.parent else ())


@pytest.mark.parametrize(
    "extra",
    [
        # two kinds under one prefix: an IRI would read back as either
        'kg:ZorbRule a kg:DiscoveryRule ; kg:discoverKind kg:Model ; kg:discoverScheme bench: ; kg:headWord "zorb" .',
    ],
)
def test_rules_that_mint_under_one_prefix_are_refused(tmp_path, extra):
    prefixes = (
        "@prefix kg: <https://w3id.org/papers-kg/ontology#> .\n"
        f"@prefix tech: <{TECH}> .\n"
        "@prefix bench: <https://w3id.org/papers-kg/benchmark/> .\n"
    )
    (tmp_path / "zorb.ttl").write_text(prefixes + extra + "\n")
    read(vocab_files(VOCAB))  # the vocabulary alone loads
    with pytest.raises(VocabularyError, match="mint IRIs under one prefix"):
        read((*vocab_files(VOCAB), tmp_path / "zorb.ttl"))


def test_rules_of_one_kind_share_a_prefix_and_name_one_node(tmp_path):
    # models17: a head-word rule minting under the family rule's prefix names the same node as the family rule (one
    # node per name, whichever rule finds it); the node's parents are the papers' families and the rule's own
    extra = 'kg:ZorbRule a kg:DiscoveryRule ; kg:discoverKind kg:Technique ; kg:discoverScheme tech: ; kg:headWord "zorb" .'
    (tmp_path / "zorb.ttl").write_text(
        f"@prefix kg: <https://w3id.org/papers-kg/ontology#> .\n@prefix tech: <{TECH}> .\n{extra}\n"
    )
    v = read((*vocab_files(VOCAB), tmp_path / "zorb.ttl"))
    family, head = (
        next(r for r in v.rules if r.family and r.kind == "Technique"),
        next(r for r in v.rules if r.iri.endswith("ZorbRule")),
    )
    assert discovered_iri(family, "RLOO") == discovered_iri(head, "RLOO")
    quant = TECH + "quantization"
    assert v.describe_discovered(discovered_iri(head, "RLOO"), [quant]).broader == (quant,)
    assert v.describe_discovered(discovered_iri(head, "RLOO")).broader == ()


def test_prepare_makes_the_lookups_a_stored_vocabulary_keeps():
    """``Vocabulary.prepare`` (what kg.build calls before the compiled-vocabulary cache stores a vocabulary) makes the
    lookup tables now, so they pickle with the vocabulary and no process makes them again; lookups answer the same."""
    import pickle

    files = vocab_files()
    lazy, prepared = read(files), read(files)
    prepared.prepare()
    stored = pickle.dumps(prepared)
    assert len(stored) > len(pickle.dumps(lazy))  # the tables are in it
    back = pickle.loads(stored)
    assert len(pickle.dumps(back)) == len(stored)  # read back, it holds them still
    for iri, c in sorted(lazy.concepts.items())[::25]:
        for label in lazy.labels(iri):
            assert back.labelled(label.upper(), c.kind) == lazy.labelled(label.upper(), c.kind)
            assert iri in back.labelled(label, c.kind)
        assert back.variant_bases(c.pref_label + "-Zorb", c.kind) == lazy.variant_bases(c.pref_label + "-Zorb", c.kind)


def test_a_family_is_named_as_a_family_and_its_members_apart():
    # fixes13: the video diffusion family was named "Sora", one of its members: Open-Sora, Kling and Veo sat beneath
    # "Sora". The family's name is its own (shown, never linked); Sora is a member, with Sora 2 beneath it
    from kg.linker import Linker

    vocab = load()
    model = "https://w3id.org/papers-kg/model/"
    family, sora = vocab.concept(model + "video-diffusion"), vocab.concept(model + "sora")
    assert family.pref_label == "Video diffusion model" and sora.pref_label == "Sora"
    assert "Sora" not in vocab.labels(model + "video-diffusion")
    assert model + "video-diffusion" in vocab.ancestors(model + "sora")
    assert model + "sora" in vocab.ancestors(model + "sora-2")
    assert model + "sora" not in vocab.ancestors(model + "open-sora")
    linker = Linker(vocab)

    def linked(text):
        return {lk.concept for lk in linker.link_texts([("abstract", text)])}

    assert model + "sora" in linked("We compare Sora and Open-Sora for text-to-video generation with deep learning.")
    assert model + "video-diffusion" not in linked("A video diffusion model generates frames with deep learning.")


def test_discovered_concepts_read_back_once_as_before():
    # issue 4 (speed17): a discovered entity's concept is read back from its IRI once and kept; every later ask gives
    # what ``discovered_concept`` reads (the code it replaces), a vocabulary concept stays the vocabulary's, and an IRI
    # of neither is still a KeyError each time
    vocab = load()
    names = ["ZorbNet-7B", "Zorb Bench", "é-Bench", "ZORB_X/2", "\x00Zorb", "A100-80GB", "x%20y", "QA"]
    iris = [vocab.discovered(rule, name) for rule in vocab.rules for name in names]
    iris += [discovered_iri(rule, name) for rule in vocab.rules for name in names]
    for _ in range(2):
        for iri in iris:
            want = vocab.concepts.get(iri) or discovered_concept(iri, vocab.rules)
            assert want is not None and vocab.concept(iri) == want, iri
    some = next(iter(vocab.concepts))
    assert vocab.concept(some) is vocab.concepts[some]
    for _ in range(2):
        with pytest.raises(KeyError):
            vocab.concept("https://example.org/not-a-concept")


def test_a_sized_member_is_a_concept_of_its_own():
    # models18 (issue 3): sized members were folded into some families' labels (Pythia-410M was a label of Pythia,
    # YOLOv8m of YOLOv8) while others had concepts of their own (OPT 350M, Qwen2.5-7B): a paper naming the family and
    # a member, or two members, got one node. A family's label is never another of its labels with a size after it.
    import re

    size = re.compile(r"[ -]?(?:\d+(?:\.\d+)?[MB]|(?i:base|large|small|tiny|medium|mini|nano)|XL|XXL|[BSLT])$")
    joints = re.compile(r"[ -]+")
    vocab = load()
    folded = []
    for iri, c in vocab.concepts.items():
        if c.kind != "Model":
            continue
        keys = {joints.sub("", lb.lower()) for lb in vocab.labels(iri)}
        for label in vocab.labels(iri):
            m = size.search(label)
            if m and m.start() > 0 and joints.sub("", label[: m.start()].lower()) in keys - {joints.sub("", label.lower())}:
                folded.append((iri.rsplit("/", 1)[1], label))
    assert folded == []


def test_platform_when_run_marks_the_class_alone():
    # hwgen21: kg:platformWhenRun true is read onto the class that carries it (wearables), not the class above it nor
    # the classes beside it, which link wherever a label of theirs stands
    v = load()
    hw = "https://w3id.org/papers-kg/hardware/"
    assert hw + "wearable-device" in v.when_run
    assert not {hw + "mobile-device", hw + "edge-device", hw + "iot-device"} & v.when_run
