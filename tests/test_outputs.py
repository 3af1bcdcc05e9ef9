"""The build directory's lock (kg/outputs.py): one writer at a time, and not kept alive by forked children."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import ExportError, StoreError
from kg.outputs import LOCK_FILE, locked

ROOT = Path(__file__).resolve().parent.parent

# Takes the lock, forks a child that outlives it (as a linking worker can), prints the child's pid, waits.
HOLDER = """
import os, sys, time
from pathlib import Path
from kg.outputs import locked
with locked(Path(sys.argv[1])):
    child = os.fork()
    if child == 0:
        time.sleep(60)
        os._exit(0)
    print(child, flush=True)
    time.sleep(60)
"""


def _holder(out: Path) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, int(proc.stdout.readline())


def test_a_second_writer_in_this_process_is_refused(tmp_path):
    with locked(tmp_path), pytest.raises(StoreError, match="another kg build or kg add is writing here"), locked(tmp_path):
        pass
    with locked(tmp_path):  # released on exit
        pass


def test_a_writer_in_another_process_is_refused(tmp_path):
    proc, child = _holder(tmp_path)
    try:
        with pytest.raises(StoreError, match=f"{tmp_path}: another kg build or kg add is writing here"), locked(tmp_path):
            pass
    finally:
        proc.kill()
        proc.wait()
        os.kill(child, signal.SIGKILL)


def test_a_killed_writer_frees_the_directory_while_its_children_live(tmp_path):
    proc, child = _holder(tmp_path)
    try:
        proc.kill()
        proc.wait()
        os.kill(child, 0)  # the forked child is still alive (it would hold an inherited flock)
        with locked(tmp_path):
            assert (tmp_path / LOCK_FILE).is_file()
    finally:
        os.kill(child, signal.SIGKILL)


def test_a_build_directory_that_cannot_be_made_is_a_one_line_error(tmp_path):
    """usertest14: `kg build -o DIR` where DIR cannot be created (a file in the way, a read-only or missing
    parent, no permission) ended in a FileNotFoundError/NotADirectoryError traceback."""
    from click.testing import CliRunner

    from kg.cli import main
    from tests.conftest import MINI_PAPERS, MINI_VOCAB

    (tmp_path / "a-file").write_text("x")
    out = tmp_path / "a-file" / "out"
    with pytest.raises(ExportError, match=f"{out}: cannot write the build directory: Not a directory"), locked(out):
        pass
    res = CliRunner().invoke(main, ["build", str(MINI_PAPERS), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-progress"])
    assert res.exit_code == 1 and res.output == f"kg: error: {out}: cannot write the build directory: Not a directory\n"
    # cli20: a path that holds no directory but no regular file either (click's own check says "is a file" of those)
    os.mkfifo(tmp_path / "fifo")
    with (
        pytest.raises(ExportError, match=f"{tmp_path / 'fifo'}: cannot write the build directory: Not a directory$"),
        locked(tmp_path / "fifo"),
    ):
        pass


def test_the_lock_file_is_removed_on_release(tmp_path):
    """usertest14: every build and add left .kg.lock in the output directory."""
    with locked(tmp_path):
        assert (tmp_path / LOCK_FILE).is_file()
    assert not (tmp_path / LOCK_FILE).exists()
    with pytest.raises(RuntimeError), locked(tmp_path):
        raise RuntimeError  # an error (or Ctrl-C) inside
    assert list(tmp_path.iterdir()) == []


def test_a_lock_taken_on_a_file_just_removed_is_taken_again(tmp_path, monkeypatch):
    """A run that opened .kg.lock just before its holder removed it would lock a file no longer in the directory
    (and a third run could lock the new one): the lock is taken again on the file that is there."""
    import kg.outputs as o

    real_stat, calls = os.stat, []

    def stat_after_removal(path, *a, **kw):  # the first check finds the file gone, as if removed meanwhile
        if not str(path).endswith(LOCK_FILE):
            return real_stat(path, *a, **kw)
        calls.append(path)
        if len(calls) == 1:
            os.unlink(path)
            raise FileNotFoundError(path)
        return real_stat(path, *a, **kw)

    monkeypatch.setattr(o.os, "stat", stat_after_removal)
    with locked(tmp_path):
        assert len(calls) == 2 and (tmp_path / LOCK_FILE).is_file()
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from kg.outputs import locked\nwith locked(Path(sys.argv[1])): pass",
                str(tmp_path),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "another kg build or kg add is writing here" in proc.stderr  # the lock held is the one in the directory


def test_a_signal_during_the_commit_waits_until_every_output_is_renamed(tmp_path, monkeypatch):
    """Ctrl-C between two renames would leave a new kg.ttl beside the old store (the next kg add then rebuilds the
    store, and the run said the previous outputs were left): the commit finishes first, then the signal is raised."""
    from kg.outputs import Staging

    for name in ("a", "b"):
        (tmp_path / name).write_text("old")
    real_replace = os.replace

    def replace_then_ctrl_c(src, dst):
        real_replace(src, dst)
        os.kill(os.getpid(), signal.SIGINT)  # arrives after the first rename

    monkeypatch.setattr("kg.outputs.os.replace", replace_then_ctrl_c)
    with Staging(tmp_path) as stage:
        for name in ("a", "b"):
            stage.path(name).write_text("new")
        with pytest.raises(KeyboardInterrupt) as raised:
            stage.commit(["a", "b"])
    assert getattr(raised.value, "outputs_written", False)
    assert [(tmp_path / n).read_text() for n in ("a", "b")] == ["new", "new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_ctrl_c_during_the_commit_says_the_new_outputs_were_written(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import main
    from tests.conftest import MINI_PAPERS, MINI_VOCAB

    real_replace = os.replace

    out = tmp_path / "out"

    def replace_then_ctrl_c(src, dst):
        real_replace(src, dst)
        if Path(dst).parent == out and not Path(dst).name.startswith("."):  # the commit's first rename
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr("kg.outputs.os.replace", replace_then_ctrl_c)
    r = CliRunner().invoke(main, ["build", str(MINI_PAPERS), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-progress"])
    assert (r.exit_code, r.stderr) == (130, "kg: interrupted (Ctrl-C); the new outputs were written\n")
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "kg.ttl", "kg.ttl.idx", "store"]


def _index(tmp_path: Path):
    from kg.outputs import BlockIndex, block_digest

    ttl = tmp_path / "kg.ttl"
    head, blocks = b"@prefix paper: <x#> .\n\n", [b"paper:a\n    a 1 .\n\n", b"paper:b\n    a 2 .\n\n"]
    ttl.write_bytes(head + b"".join(blocks))
    starts = (len(head), len(head) + len(blocks[0]))
    index = BlockIndex(
        len(head), ("a", "b"), starts, ttl.stat().st_size, None, None, block_digest(head), tuple(map(block_digest, blocks))
    )
    return ttl, index


def test_an_index_describes_the_bytes_it_was_made_from_and_no_others(tmp_path):
    from dataclasses import replace

    from kg.outputs import describes, hash_blocks

    ttl, index = _index(tmp_path)
    assert describes(ttl, index) and hash_blocks(ttl, index) == (index.head_digest, index.digests)
    assert not describes(ttl, replace(index, starts=(index.starts[0], index.starts[1] + 1)))  # other cut points
    assert not describes(ttl, replace(index, starts=(index.starts[0] + 1, index.starts[1])))  # a gap after the head
    assert not describes(ttl, replace(index, starts=index.starts[::-1]))  # blocks out of order
    assert not describes(ttl, replace(index, digests=None))  # format 1: nothing to check against
    assert not describes(ttl, replace(index, digests=index.digests[:1]))
    ttl.write_bytes(ttl.read_bytes().replace(b"a 2", b"a 3"))
    assert not describes(ttl, index)
    ttl.write_bytes(ttl.read_bytes()[:-1])
    assert not describes(ttl, index)


def test_an_index_file_cut_short_is_not_read(tmp_path):
    from kg.outputs import load_index, save_index

    _, index = _index(tmp_path)
    path = tmp_path / "kg.ttl.idx"
    save_index(path, index)
    assert load_index(path) == index
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.rindex("\n", 0, len(text) - 1) + 1], encoding="utf-8")  # the last row lost
    assert load_index(path) is None
    path.write_text(text.replace("\t", " ", 1), encoding="utf-8")  # a row without its digest
    assert load_index(path) is None


@pytest.mark.parametrize("command", ["build", "add"])
def test_a_full_disk_while_writing_outputs_is_one_line_and_keeps_the_previous_outputs(tmp_path, command):
    """cli20: a build or add that filled the disk while writing kg.ttl ended in a traceback (OSError: No space left
    on device). RLIMIT_FSIZE stands in for the full disk: writes past it are cut short, then fail with EFBIG."""
    from click.testing import CliRunner

    from kg.cli import main
    from tests.conftest import MINI_PAPERS, MINI_VOCAB, SEEDS

    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["build", str(MINI_PAPERS), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-progress"])
    assert first.exit_code == 0, first.output
    before = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    limit = (out / "kg.ttl").stat().st_size + 1000  # the seeds' kg.ttl is far larger

    def limited() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    args = [command, str(SEEDS), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-progress"]
    r = subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, preexec_fn=limited, timeout=300)
    assert r.returncode == 1, r.stderr
    assert r.stderr.decode() == f"kg: error: {out}: cannot write: File too large; the previous outputs are left as they were\n"
    assert {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before
