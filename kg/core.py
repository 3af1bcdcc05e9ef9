"""Which core runs: the modules an install compiled with mypyc, or their pure-Python sources.

An install (``pip install .``, ``pip install -e .``) compiles ``COMPILED`` with mypyc (the hatch-mypyc
build hook in pyproject.toml) into extension modules beside the sources, which Python imports in
preference to the ``.py`` files. The build also writes ``MANIFEST``: the SHA-256 of every source the
compiled modules were made from (them and every ``kg`` module they import, directly or not).

At the package's first import (``kg/__init__.py`` calls ``select``) the compiled modules are used only
when all of them are present and every recorded source still has the recorded digest. Otherwise all of
them are imported from their sources (compiled modules call each other natively, so one pure module
among compiled ones cannot work): a compiled module never shadows an edit of its source. A stale
install says so once (``StaleCoreWarning``); ``KG_PURE=1`` forces the sources on purpose (debugging,
profiling, comparing). The sources are the truth: compiled or pure, the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# the modules compiled by an install (the hook's include list in pyproject.toml must name the same files)
COMPILED = ("kg.linker", "kg.discovery", "kg.results", "kg.result_scope", "kg.graph", "kg.export.turtle")
MANIFEST = "_compiled.json"  # written beside this file by hatch_build.py: {"sources": {path: sha256}}
PURE_ENV = "KG_PURE"  # "1": import the sources even where compiled modules are installed
PACKAGE = Path(__file__).resolve().parent


class StaleCoreWarning(RuntimeWarning):
    """The installed compiled modules were built from other sources than the ones here."""


@dataclass(frozen=True)
class Core:
    """The core in use: ``compiled`` is True when the mypyc-compiled modules are imported; ``reason`` says why
    they are not (empty when they are)."""

    compiled: bool
    reason: str

    def describe(self) -> str:
        return "compiled (mypyc)" if self.compiled else f"pure Python ({self.reason})"


def source_path(module: str) -> Path:
    """The ``.py`` file of a ``kg`` module."""
    return PACKAGE.joinpath(*module.split(".")[1:]).with_suffix(".py")


def extension_path(module: str) -> Path | None:
    """The compiled module installed beside a module's source, if any."""
    src = source_path(module)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = src.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale_sources(manifest: Path) -> list[str]:
    """The sources (paths relative to the package) whose bytes differ from those the compiled modules were
    built from; ``[MANIFEST]`` when the manifest is missing or unreadable."""
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return [MANIFEST]
    changed = []
    for rel, sha in sorted(recorded.items()):
        try:
            if digest(PACKAGE / rel) != sha:
                changed.append(rel)
        except OSError:
            changed.append(rel)
    return changed


class _SourceFinder(MetaPathFinder):
    """Finds the given modules as their ``.py`` sources, ahead of the compiled modules beside them."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = frozenset(modules)

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname))


_selected: Core | None = None


def select() -> Core:
    """Decide, once per process and before any compiled module is imported, which core is imported."""
    global _selected
    if _selected is not None:
        return _selected
    installed = [m for m in COMPILED if extension_path(m) is not None]
    if not installed:
        _selected = Core(False, "not compiled: a source tree or a pure-Python install")
        return _selected
    if os.environ.get(PURE_ENV) == "1":
        reason = f"{PURE_ENV}=1"
    elif len(installed) < len(COMPILED):
        reason = f"compiled modules missing: {', '.join(sorted(set(COMPILED) - set(installed)))}"
    elif stale := stale_sources(PACKAGE / MANIFEST):
        if stale == [MANIFEST]:
            reason = f"stale compiled modules: no record of the sources they were compiled from (kg/{MANIFEST})"
        else:
            reason = f"stale compiled modules: {', '.join(stale)} changed since the install compiled them"
        warnings.warn(
            f"papers-kg: {reason}; running the pure-Python sources (reinstall to compile them again)",
            StaleCoreWarning,
            stacklevel=2,
        )
    else:
        _selected = Core(True, "")
        return _selected
    loaded = [m for m in COMPILED if m in sys.modules]
    if loaded:  # imported before kg/__init__.py ran (cannot happen through a normal import of kg)
        raise ImportError(f"compiled modules imported before the core was chosen: {', '.join(loaded)}")
    sys.meta_path.insert(0, _SourceFinder(COMPILED))
    _selected = Core(False, reason)
    return _selected


def core() -> Core:
    """The core this process imports (see ``select``)."""
    return select()


def is_compiled(module: ModuleType) -> bool:
    """Whether a module object was imported from a compiled extension."""
    return isinstance(getattr(module, "__loader__", None), importlib.machinery.ExtensionFileLoader)
