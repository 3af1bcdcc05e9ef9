"""kg/core.py and hatch_build.py: which core runs (compiled by mypyc or the sources), stale installs, same bytes."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
import kg.linker
from kg.core import COMPILED, MANIFEST, PURE_ENV, extension_path, is_compiled, source_path
from tests.conftest import DATA, ROOT

hatch_build = pytest.importorskip("hatch_build", reason="hatchling is not installed (pip install -e '.[test]')")

INCLUDE = [f"/{source_path(m).relative_to(ROOT).as_posix()}" for m in COMPILED]
# where a compiled core must be in use: CI installs the package (README's test command), which compiles it
MUST_BE_COMPILED = os.environ.get("CI") == "true" and os.environ.get(PURE_ENV) != "1"
INSTALLED = kg.CORE.compiled
needs_compiled = pytest.mark.skipif(not INSTALLED, reason=f"no compiled core in use here ({kg.CORE.reason})")

PROBE = (
    "import json, kg, kg.linker, kg.core;"
    "print(json.dumps({'compiled': kg.CORE.compiled, 'reason': kg.CORE.reason,"
    " 'linker': kg.core.is_compiled(kg.linker), 'file': kg.linker.__file__}))"
)


def _probe(root: Path, **env: str) -> tuple[dict[str, object], str]:
    environ = {k: v for k, v in os.environ.items() if k != PURE_ENV} | {"PYTHONPATH": str(root)} | env
    res = subprocess.run(
        [sys.executable, "-W", "default", "-c", PROBE], cwd=root, env=environ, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stderr[-3000:]
    return json.loads(res.stdout), res.stderr


def test_hook_compiles_the_modules_core_lists():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hooks = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    assert hooks["mypyc"]["include"] == INCLUDE
    assert hooks["custom"]["path"] == "hatch_build.py"


def test_manifest_covers_the_compiled_sources_and_what_they_import():
    sources = hatch_build.sources(ROOT, INCLUDE)
    compiled = {source_path(m).relative_to(ROOT / "kg").as_posix() for m in COMPILED}
    # linker imports records and vocab; vocab imports errors; all are types mypyc compiled against
    assert compiled | {"__init__.py", "records.py", "vocab.py", "errors.py", "core.py"} <= set(sources)
    assert "cli.py" not in sources and "build.py" not in sources  # not imported by a compiled module
    assert all(len(sha) == 64 for sha in sources.values())


@pytest.fixture
def fake_install(tmp_path):
    """A copy of the package as an install leaves it, with stand-ins for the compiled modules: files
    that are no extension modules, so importing one of them fails (the core must not choose them)."""
    shutil.copytree(ROOT / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.so", MANIFEST))
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for m in COMPILED:
        (tmp_path / source_path(m).relative_to(ROOT).with_suffix(suffix)).write_bytes(b"not an extension module")
    manifest = {"sources": hatch_build.sources(tmp_path, INCLUDE)}
    (tmp_path / "kg" / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def test_fresh_install_chooses_the_compiled_modules(fake_install):
    res = subprocess.run(
        [sys.executable, "-c", "import kg; print(kg.CORE.compiled); import kg.linker"],
        cwd=fake_install,
        env={k: v for k, v in os.environ.items() if k != PURE_ENV} | {"PYTHONPATH": str(fake_install)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.stdout.strip() == "True"
    assert res.returncode != 0 and "ImportError" in res.stderr  # it did import the (fake) compiled linker


@pytest.mark.parametrize(
    ("change", "reason", "warned"),
    [
        ("edit-compiled", "linker.py", True),
        ("edit-import", "records.py", True),  # a module the compiled ones import: types they were compiled against
        ("no-manifest", MANIFEST, True),
        ("missing-module", "compiled modules missing: kg.graph", False),
        ("forced", f"{PURE_ENV}=1", False),
    ],
)
def test_stale_or_forced_install_imports_the_sources(fake_install, change, reason, warned):
    env = {}
    if change == "edit-compiled":
        with open(fake_install / "kg" / "linker.py", "a", encoding="utf-8") as f:
            f.write("\n# an edit after the install\n")
    elif change == "edit-import":
        with open(fake_install / "kg" / "records.py", "a", encoding="utf-8") as f:
            f.write("\n# an edit after the install\n")
    elif change == "no-manifest":
        (fake_install / "kg" / MANIFEST).unlink()
    elif change == "missing-module":
        (fake_install / source_path("kg.graph").relative_to(ROOT).with_suffix(importlib.machinery.EXTENSION_SUFFIXES[0])).unlink()
    else:
        env[PURE_ENV] = "1"
    found, stderr = _probe(fake_install, **env)
    assert found["compiled"] is False and found["linker"] is False
    assert reason in str(found["reason"])
    assert Path(str(found["file"])) == fake_install / "kg" / "linker.py"
    assert ("StaleCoreWarning" in stderr) is warned


def test_a_ci_run_tests_the_compiled_core():
    """CI installs the package as README says; that install compiles the core, and the tests run it."""
    if not MUST_BE_COMPILED:
        pytest.skip("not CI: a source tree runs the sources")
    assert kg.CORE.compiled, kg.CORE.reason
    assert all(is_compiled(sys.modules[m]) for m in COMPILED if m in sys.modules)
    assert is_compiled(kg.linker)


@needs_compiled
def test_real_install_edited_falls_back_with_one_warning(tmp_path):
    """The compiled modules of this install, copied with their sources; an edit of linker.py must win."""
    shutil.copytree(ROOT / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    group = [p for p in Path(kg.__file__).resolve().parent.parent.iterdir() if "__mypyc" in p.name]
    for p in group:  # the shared library of the compiled modules, beside the package
        shutil.copy2(p, tmp_path / p.name)
    assert all(extension_path(m) is not None for m in COMPILED)
    found, stderr = _probe(tmp_path)
    assert found["compiled"] is True and found["linker"] is True and stderr == ""
    with open(tmp_path / "kg" / "linker.py", "a", encoding="utf-8") as f:
        f.write("\nEDITED = True\n")
    found, stderr = _probe(tmp_path)
    assert found["compiled"] is False and found["linker"] is False and "linker.py" in str(found["reason"])
    assert stderr.count("StaleCoreWarning") == 1


@needs_compiled
def test_cache_key_names_the_core():
    code = "from kg.compiled import code_version; print(code_version())"
    keys = {
        pure: subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=os.environ | {PURE_ENV: pure},
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
        for pure in ("0", "1")
    }
    assert keys["0"] != keys["1"]


@needs_compiled
@pytest.mark.slow
@pytest.mark.parametrize("evalset", ["dev", "heldout", "test7"])
def test_compiled_and_pure_build_the_same_bytes(tmp_path, evalset):
    """Same input, same kg.ttl, compiled or pure (each build in its own process)."""
    out = {}
    for pure in ("0", "1"):
        out[pure] = tmp_path / f"pure{pure}"
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(DATA / "eval" / f"{evalset}-abstracts.jsonl"), "-o", str(out[pure])]
            + ["--no-html"],
            cwd=ROOT,
            env=os.environ | {PURE_ENV: pure},
            capture_output=True,
            check=True,
            timeout=300,
        )
    assert (out["0"] / "kg.ttl").read_bytes() == (out["1"] / "kg.ttl").read_bytes()


def test_version_names_the_core():
    from click.testing import CliRunner

    from kg.cli import main

    res = CliRunner().invoke(main, ["--version"])
    assert res.exit_code == 0
    assert res.output.rstrip().endswith(f"core: {kg.CORE.describe()}")
    assert ("compiled (mypyc)" in res.output) is kg.CORE.compiled
