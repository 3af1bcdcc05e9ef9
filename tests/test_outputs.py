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
