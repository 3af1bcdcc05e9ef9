"""Shared fixtures: paths from __file__, the mini vocabulary, a seed build made once per session."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from hypothesis import settings

# property tests check behaviour, not time: no per-example deadline (hypothesis' default 200 ms failed a
# quadratic property test on the shared, loaded machine; speed is measured in benchmarks/)
settings.register_profile("kg", deadline=None)
settings.load_profile("kg")

# Ctrl-C and SIGTERM tests need the signals' usual disposition, whatever started the suite: a job started with "&" by
# a shell without job control (a CI script, nohup) ignores SIGINT, kg keeps an ignored signal ignored (a background
# build must not die of the terminal's Ctrl-C), and children started by the tests inherit the ignoring.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
if signal.getsignal(signal.SIGTERM) is signal.SIG_IGN:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
MINI_VOCAB = DATA / "vocab"


@pytest.fixture(scope="session", autouse=True)
def compiled_vocab_cache(tmp_path_factory):
    """The compiled-vocabulary cache of this test session (kg.compiled), not the user's: hermetic, and
    shared by the session's builds and the ``python -m kg`` processes it starts."""
    saved = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))
    yield Path(os.environ["KG_CACHE_DIR"])
    if saved is None:
        del os.environ["KG_CACHE_DIR"]
    else:
        os.environ["KG_CACHE_DIR"] = saved


@pytest.fixture(scope="session")
def mini_vocab():
    from kg.vocab import load

    return load(MINI_VOCAB)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The real build of seeds/ with the packaged vocabulary: (summary, output directory)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed-build")
    summary = build([SEEDS], out, jobs=1)
    return summary, out


@pytest.fixture(scope="session")
def seed_store(seed_build):
    from kg.store import open_graph

    return open_graph(seed_build[1])


MINI_PAPERS = DATA / "query" / "papers.jsonl"


@pytest.fixture(scope="session")
def mini_build(tmp_path_factory):
    """A build of tests/data/query/papers.jsonl (5 papers) with the mini vocabulary: its output directory."""
    from kg.build import build

    out = tmp_path_factory.mktemp("mini-build")
    build([MINI_PAPERS], out, jobs=1, vocab_dir=MINI_VOCAB, html=False)
    return out


@pytest.fixture(scope="session")
def mini_store(mini_build):
    from kg.store import open_graph

    return open_graph(mini_build)


# literals a TSV writer must escape (tab, line breaks, quotes, backslash), language tags, datatypes, non-ASCII, blank
# nodes as subjects and objects, an IRI with an escaped character; ex:note is OPTIONAL below, so most rows leave it unbound
HOSTILE_TTL = r"""
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:text "tab\there", "two\nlines\r\nand CRLF", "a \"quoted\" word and a back\\slash \\t", "" ;
  ex:lang "chat"@fr, "Straße"@de-DE, "中文"@zh-Hant ;
  ex:num 42, "3.50"^^xsd:decimal, "1e3"^^xsd:double, "2025-01-02"^^xsd:date, "x\ty"^^ex:custom ;
  ex:node _:b1 ;
  ex:iri <http://example.org/caf%C3%A9?q=1#frag>, <http://example.org/café> .
_:b1 ex:note "in a blank node" ; ex:next _:b2 .
_:b2 ex:note "a\tnote\non\\two \"lines\"" .
"""
HOSTILE_QUERY = """PREFIX ex: <http://example.org/>
SELECT ?s ?p ?o ?note WHERE { ?s ?p ?o OPTIONAL { ?o ex:note ?note } } ORDER BY STR(?p) STR(?o)"""


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory):
    """A store directory (blank node labels kept from one opening to the next) holding HOSTILE_TTL."""
    import gc

    import pyoxigraph as ox

    path = tmp_path_factory.mktemp("hostile") / "store"
    store = ox.Store(str(path))
    store.load(HOSTILE_TTL.encode(), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    gc.collect()
    return path
