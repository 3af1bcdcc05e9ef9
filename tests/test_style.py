"""The code style CI keeps: ruff lint, ruff format, mypy — configured in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "kg", "tests", "benchmarks", "hatch_build.py"],
        ["ruff", "format", "--check", "kg", "tests", "benchmarks", "hatch_build.py"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_style(command):
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (pip install -e '.[test]')")
    res = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-2000:]
