"""kg.store: the streaming store loader the build uses for large inputs."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kg import store as store_module
from kg.errors import StoreError
from kg.store import StreamLoader, load_store


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


def _blocks(ttl: bytes) -> list[bytes]:
    """kg.ttl cut after each statement group (blank-line separated), so each piece ends on a statement."""
    parts = ttl.split(b"\n\n")
    return [p + b"\n\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


@pytest.mark.parametrize("left", ["unknown", "shrinking"])
def test_stream_loader_in_segments_equals_loading_the_file(seed_build, tmp_path, monkeypatch, left):
    """Issue #4: segments (one bulk load each, prefixes put before every one) give the store of the whole file."""
    from kg.export.turtle import TurtleFormatter

    monkeypatch.setattr(store_module, "SEGMENT_BYTES", 50_000)
    monkeypatch.setattr(store_module, "MIN_SEGMENT_BYTES", 5_000)
    ttl = seed_build[1] / "kg.ttl"
    load_store(ttl, tmp_path / "expected")
    blocks = _blocks(ttl.read_bytes())
    total = sum(map(len, blocks))
    sent = []
    real_send = StreamLoader._send

    def counted(self: StreamLoader) -> None:
        sent.append(self._size)
        real_send(self)

    monkeypatch.setattr(StreamLoader, "_send", counted)
    with StreamLoader(tmp_path / "streamed", prefixes=TurtleFormatter().header().encode()) as loader:
        done = 0
        for block in blocks:
            loader.write(block)
            done += len(block)
            loader.boundary(None if left == "unknown" else total - done)
        out = loader.finish()
    got, expected = ox.Store.read_only(str(out)), ox.Store.read_only(str(tmp_path / "expected"))
    assert len(sent) > 5
    if left == "shrinking":
        assert sent[-2] < 25_000  # the segments before the last are cut to half of what is left
    assert len(got) == len(expected) > 1000
    assert set(got) == set(expected)


def test_stream_loader_refuses_bad_turtle_in_a_later_segment(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "SEGMENT_BYTES", 10)
    loader = StreamLoader(tmp_path / "store", prefixes=b"@prefix ex: <http://example.org/> .\n")
    loader.write(b"ex:a ex:b ex:c .\n")
    loader.boundary()
    loader.write(b'ex:a ex:b "unterminated .\n')
    with pytest.raises(StoreError, match="cannot load the store"):
        loader.finish()
    assert not (tmp_path / "store").exists()


@pytest.mark.parametrize(
    ("stream", "segments"),
    [
        (b"", []),
        ((3).to_bytes(8, "big") + b"abc" + (0).to_bytes(8, "big"), [b"abc", b""]),
        ((3).to_bytes(8, "big") + b"ab", None),  # the writer died inside a segment
        (b"\x00\x00\x00", None),  # ... or inside a length
    ],
    ids=["empty", "two", "cut-segment", "cut-length"],
)
def test_segments_of_a_framed_stream(stream, segments):
    if segments is None:
        with pytest.raises(OSError, match="ended inside a segment"):
            list(store_module._segments(io.BytesIO(stream)))
    else:
        assert list(store_module._segments(io.BytesIO(stream))) == segments
