"""The code style CI keeps: ruff lint, ruff format, mypy — configured in pyproject.toml."""

from __future__ import annotations

import ast
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


def _private_names(tree: ast.Module) -> set[str]:
    """The private names a module defines: its functions, classes and constants, and its classes' methods and
    attributes (``self._x = ...``, ``_x: int``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def test_no_module_reads_another_modules_private_attributes():
    """A module uses another kg module's objects through their public names only (review of session 11:
    kg/build.py read ``Vocabulary._label_index``; the vocabulary now offers ``prepare``). ``obj._name`` is allowed
    where ``_name`` is the module's own, or is no kg module's (``os._exit``)."""
    package = ROOT / "kg"
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(package.rglob("*.py"))}
    own = {p: _private_names(t) for p, t in trees.items()}
    reaches = []
    for p, tree in trees.items():
        others = set().union(*(names for q, names in own.items() if q != p)) - own[p]
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in others:
                reaches.append(f"{p.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
    assert not reaches, reaches


def _imported_top_modules(paths) -> set[str]:
    names: set[str] = set()
    for p in paths:
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"kg", "tests", "__future__"}


def _requirement_names(requirements: list[str]) -> set[str]:
    import re

    return {re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", r).group(0)).lower() for r in requirements}  # type: ignore[union-attr]


@pytest.mark.parametrize(("tree", "extras"), [("kg", ()), ("tests", ("test",))])
def test_every_third_party_import_is_a_declared_dependency(tree, extras):
    """Regression (usertest14): kg/export/html_layout.py imports numpy, which pyproject.toml did not declare, so
    `pip install . && kg build` in a fresh venv failed with ModuleNotFoundError when it drew graph.html."""
    import importlib.metadata

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = _requirement_names(project["dependencies"])
    for extra in extras:
        declared |= _requirement_names(project["optional-dependencies"][extra])
    dists = importlib.metadata.packages_distributions()
    undeclared = []
    files = sorted((ROOT / tree).rglob("*.py"))
    local = {f.stem for f in files}  # tests/data/eval/score.py, imported by path
    for module in sorted(_imported_top_modules(files) - local):
        names = {_requirement_names([d]).pop() for d in dists.get(module, [])}
        if not names & declared:
            undeclared.append(f"{module} (distribution: {', '.join(sorted(names)) or 'not installed'})")
    assert not undeclared, undeclared
