"""The records that flow between the stages: what they hold and how they are written out."""

from __future__ import annotations

import argparse
import importlib.util
import json
from dataclasses import astuple, fields

from click.testing import CliRunner

from kg.records import Link
from tests.conftest import ROOT

LINK = Link("https://w3id.org/papers-kg/technique/lora", "abstract", 12, 16, "LoRA", "label", 0.95)
TEXT = "We fine-tune with LoRA and QLoRA (quantized LoRA) on an NVIDIA H100 GPU."


def test_a_links_dict_holds_every_field_of_its_evidence():
    """``Link.as_dict`` has one key per field, so a field added to Link is written too."""
    d = LINK.as_dict()
    assert list(d) == ["field", "start", "end", "text", "concept", "method", "confidence"]
    assert set(d) == {f.name for f in fields(Link)}
    assert tuple(d[f.name] for f in fields(Link)) == astuple(LINK)
    assert json.loads(json.dumps(d)) == d


def test_kg_link_and_the_technique_audit_write_a_links_evidence_alike(tmp_path):
    """`kg link --json` and benchmarks/technique_audit.py write a link's evidence as ``Link.as_dict`` (review of
    session 11: each wrote its own dict, and the audit's lacked the confidence)."""
    from kg.build import compile_pipeline
    from kg.cli import main

    pipeline = compile_pipeline()
    links = pipeline.linker.link_texts([("abstract", TEXT)])
    assert links
    res = CliRunner().invoke(main, ["link", TEXT, "--json"])
    assert res.exit_code == 0, res.output
    shown = [json.loads(line) for line in res.output.splitlines()]
    assert [{k: r[k] for k in lk.as_dict()} for r, lk in zip(shown, links, strict=True)] == [lk.as_dict() for lk in links]

    spec = importlib.util.spec_from_file_location("technique_audit", ROOT / "benchmarks" / "technique_audit.py")
    assert spec is not None and spec.loader is not None
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "p1", "abstract": TEXT}) + "\n")
    dumped = tmp_path / "audit.jsonl"
    audit.dump(argparse.Namespace(input=str(src), start=0, stop=None, output=str(dumped)))
    rows = [json.loads(line) for line in dumped.read_text(encoding="utf-8").splitlines()]
    techniques = [lk for lk in links if pipeline.vocab.concept(lk.concept).kind == "Technique"]
    assert rows and len(rows) == len(techniques)
    written = [{k: r[k] for k in lk.as_dict()} for r, lk in zip(rows, techniques, strict=True)]
    assert written == [lk.as_dict() for lk in techniques]
