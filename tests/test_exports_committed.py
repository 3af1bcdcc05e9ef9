"""exports/ holds the seed build as `kg build` writes it: rebuilding gives the same bytes."""

from __future__ import annotations

import hashlib

import pytest

from tests.conftest import ROOT

EXPORTS = ROOT / "exports"


@pytest.mark.parametrize("name", ["kg.ttl", "graph.html"])
def test_committed_export_equals_a_fresh_seed_build(seed_build, name):
    _, out = seed_build
    committed = EXPORTS / name
    assert committed.is_file(), f"exports/{name} is missing: run 'kg build'"
    fresh, kept = (hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / name, committed))
    assert fresh == kept, f"exports/{name} is stale: run 'kg build' and commit exports/"
