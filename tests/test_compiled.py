"""The compiled-vocabulary cache: a hit gives what compiling gives; any change of its inputs is a miss."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import compiled
from kg.build import build, compile_pipeline
from kg.records import Paper
from tests.conftest import MINI_PAPERS, MINI_VOCAB, ROOT

TEXT = "We quantize a ResNet to INT8 and run it on an NVIDIA H100 and on the STM32F746 microcontroller."


@pytest.fixture
def cache(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(where))
    return where


@pytest.fixture
def vocab(tmp_path):
    d = tmp_path / "vocab"
    shutil.copytree(MINI_VOCAB, d)
    return d


def _links(vocab_dir: Path) -> list[tuple[int, int, str, str]]:
    linker = compile_pipeline(vocab_dir).linker
    return [(lk.start, lk.end, lk.concept, lk.method) for lk in linker.link(Paper(id="p", abstract=TEXT))]


def _files(where: Path) -> list[Path]:
    return sorted(where.glob("pipeline-*.pickle"))


def test_hit_links_as_a_fresh_compile(cache, vocab, monkeypatch):
    first = _links(vocab)
    assert len(_files(cache)) == 1
    monkeypatch.setattr("kg.build.read", None)  # a hit reads no vocabulary file
    assert _links(vocab) == first
    assert first  # the text does link


def test_hit_builds_the_same_kg_ttl(cache, tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    build([MINI_PAPERS], a, jobs=1, vocab_dir=MINI_VOCAB, html=False)  # compiles, stores
    build([MINI_PAPERS], b, jobs=1, vocab_dir=MINI_VOCAB, html=False)  # reads the cache
    os.environ["KG_CACHE_DIR"] = "off"  # monkeypatch restores it
    build([MINI_PAPERS], c, jobs=1, vocab_dir=MINI_VOCAB, html=False)
    assert len(_files(cache)) == 1
    assert (a / "kg.ttl").read_bytes() == (b / "kg.ttl").read_bytes() == (c / "kg.ttl").read_bytes()


def test_changed_vocabulary_is_compiled_again(cache, vocab):
    before = _links(vocab)
    assert not any(concept.endswith("/pruning") for _, _, concept, _ in before)
    mini = vocab / "mini.ttl"
    text = mini.read_text(encoding="utf-8")
    mini.write_text(text.replace('"Pruning" ;', '"Pruning" ; skos:altLabel "quantize a ResNet" ;', 1), encoding="utf-8")
    after = _links(vocab)
    assert len(_files(cache)) == 2
    assert any(concept.endswith("/pruning") for _, _, concept, _ in after)


@pytest.mark.parametrize("change", ["new file", "renamed file"])
def test_changed_file_set_is_compiled_again(cache, vocab, change):
    _links(vocab)
    if change == "new file":
        (vocab / "more.ttl").write_text("@prefix kg: <https://w3id.org/papers-kg/ontology#> .\n", encoding="utf-8")
    else:
        (vocab / "mini.ttl").rename(vocab / "other.ttl")
    _links(vocab)
    assert len(_files(cache)) == 2


def test_changed_code_is_compiled_again(cache, vocab, monkeypatch):
    _links(vocab)
    monkeypatch.setattr(compiled, "code_version", lambda: "another version")
    _links(vocab)
    assert len(_files(cache)) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", None])
def test_damaged_file_is_compiled_again(cache, vocab, damage):
    first = _links(vocab)
    (path,) = _files(cache)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage is None else damage)
    assert _links(vocab) == first
    assert path.read_bytes() == data  # written anew


def test_off_writes_nothing(tmp_path, vocab, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert _links(vocab)
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_default_place_is_the_user_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert compiled.cache_dir() == tmp_path / "xdg" / "papers-kg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.cache_dir() == tmp_path / "home" / ".cache" / "papers-kg"


def test_unwritable_cache_still_compiles(tmp_path, vocab, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    assert _links(vocab)


def test_only_the_newest_files_are_kept(cache, vocab, monkeypatch):
    for i in range(compiled.KEEP + 3):
        monkeypatch.setattr(compiled, "code_version", lambda i=i: f"version {i}")
        _links(vocab)
        os.utime(_newest(cache), ns=(i * 10**9, i * 10**9))
    assert len(_files(cache)) == compiled.KEEP


def _newest(where: Path) -> Path:
    return max(_files(where), key=lambda p: p.stat().st_mtime_ns)


def test_concurrent_processes_agree(cache, vocab):
    """Runs that compile at once each write a whole file; every one of them links the same."""
    cmd = [sys.executable, "-m", "kg", "link", TEXT, "--vocab", str(vocab), "--json"]
    env = {**os.environ, "KG_CACHE_DIR": str(cache)}
    runs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [r.communicate()[0] for r in runs]
    assert all(r.returncode == 0 for r in runs)
    again = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    assert outs == [again] * 3 and again
    assert len(_files(cache)) == 1
    assert not list(cache.glob(".*tmp*"))


def test_read_only_cache_is_still_read(cache, vocab, monkeypatch):
    """A cache file that can be read but not touched (a read-only or another user's cache) is a hit."""
    first = _links(vocab)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(compiled.os, "utime", refuse)
    monkeypatch.setattr("kg.build.read", None)  # a hit reads no vocabulary file
    assert _links(vocab) == first


@pytest.mark.parametrize("flip", [b"100", b"STM32"])
def test_changed_bytes_are_compiled_again(cache, vocab, flip):
    """A file whose bytes changed after it was written (a flipped bit) is not used: it can unpickle into a
    pipeline that links otherwise (here: a label's text changed), or fail with any error."""
    first = _links(vocab)
    (path,) = _files(cache)
    data = path.read_bytes()
    assert flip in data
    path.write_bytes(data.replace(flip, flip[:-1] + bytes([flip[-1] ^ 0x01])))
    assert _links(vocab) == first


def test_hit_holds_the_label_indexes(cache, vocab):
    """The label indexes are made by the compile and stored with it (issue 4: their first lookup fell in every
    process's linking); read back, they answer every lookup as indexes made afresh do."""
    from kg.vocab import load

    compile_pipeline(vocab)
    pipeline = compile_pipeline(vocab)  # read from the cache
    fresh = load(vocab)
    for v in (pipeline.vocab, pipeline.linker.vocab):
        assert "_label_index" in vars(v)
    assert pipeline.vocab._label_index == fresh._label_index
    for iri, c in fresh.concepts.items():
        for label in fresh.labels(iri):
            for form in (label, label.upper(), label.lower()):
                assert pipeline.vocab.labelled(form, c.kind) == fresh.labelled(form, c.kind)
                assert iri in pipeline.vocab.labelled(form, c.kind)
    assert pipeline.vocab.labelled("no such label", "Model") == ()
