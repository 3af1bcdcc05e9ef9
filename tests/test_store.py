"""kg.store: the streaming store loader the build uses for large inputs."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import JEMALLOC_CONF, StreamLoader, _fast_allocator, load_store


@pytest.mark.parametrize("piece", [1, 7, 4096, 10**9], ids=["byte-by-byte", "odd-pieces", "pages", "whole"])
def test_stream_loader_equals_loading_the_file(seed_build, tmp_path, piece):
    ttl = seed_build[1] / "kg.ttl"
    data = ttl.read_bytes()[: 200_000 if piece == 1 else None]
    data = data[: data.rindex(b" .\n\n") + 4]  # end on a statement
    src = tmp_path / "part.ttl"
    src.write_bytes(data)
    load_store(src, tmp_path / "expected")
    with StreamLoader(tmp_path / "streamed") as loader:
        for i in range(0, len(data), piece):
            loader.write(data[i : i + piece])
        loader.end()  # the build ends the stream, then fsyncs kg.ttl, then waits
        out = loader.finish()
    got, expected = ox.Store.read_only(str(out)), ox.Store.read_only(str(tmp_path / "expected"))
    assert len(got) == len(expected) > 1000
    assert set(got) == set(expected)


def test_stream_loader_refuses_bad_turtle_and_leaves_nothing(tmp_path):
    loader = StreamLoader(tmp_path / "store")
    loader.write(b'@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\n')
    with pytest.raises(StoreError, match="cannot load the store"):
        loader.finish()
    assert not (tmp_path / "store").exists()


def test_stream_loader_abort_removes_the_partial_store(tmp_path):
    with pytest.raises(KeyboardInterrupt), StreamLoader(tmp_path / "store") as loader:
        loader.write(b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
        raise KeyboardInterrupt
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize("malloc", ["system", "default"])
def test_stream_loader_gives_the_same_store_with_either_allocator(seed_build, tmp_path, monkeypatch, malloc):
    """Issue #4: the loader preloads jemalloc where the system has it (less CPU); the store must not change."""
    if malloc == "system":
        monkeypatch.setenv("KG_LOADER_MALLOC", "system")
    else:
        monkeypatch.delenv("KG_LOADER_MALLOC", raising=False)
    ttl = seed_build[1] / "kg.ttl"
    load_store(ttl, tmp_path / "expected")
    with StreamLoader(tmp_path / "streamed") as loader:
        loader.write(ttl.read_bytes())
        out = loader.finish()
    got, expected = ox.Store.read_only(str(out)), ox.Store.read_only(str(tmp_path / "expected"))
    assert len(got) == len(expected) > 1000
    assert set(got) == set(expected)


@pytest.mark.parametrize(
    ("user_conf", "expected"),
    [(None, JEMALLOC_CONF), ("narenas:1", "narenas:1")],
    ids=["default-huge-pages", "user-setting-kept"],
)
def test_stream_loader_runs_jemalloc_on_huge_pages_unless_told_otherwise(tmp_path, monkeypatch, user_conf, expected):
    """Issue #4: with jemalloc the loader asks for transparent huge pages (less CPU); a MALLOC_CONF of the user's wins."""
    if _fast_allocator() is None:
        pytest.skip("no jemalloc on this system")
    monkeypatch.delenv("KG_LOADER_MALLOC", raising=False)
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    if user_conf is None:
        monkeypatch.delenv("MALLOC_CONF", raising=False)
    else:
        monkeypatch.setenv("MALLOC_CONF", user_conf)
    with StreamLoader(tmp_path / "store") as loader:
        proc = Path(f"/proc/{loader._proc.pid}")
        deadline = time.monotonic() + 30
        while b"kg.store" not in (proc / "cmdline").read_bytes() and time.monotonic() < deadline:
            time.sleep(0.01)  # until the child has exec'd: before, /proc shows the parent's environment
        environ = (proc / "environ").read_bytes().split(b"\0")
        loader.write(b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
        loader.finish()
    assert f"MALLOC_CONF={expected}".encode() in environ
    assert any(v.startswith(b"LD_PRELOAD=") and b"jemalloc" in v for v in environ)
