"""Build hook: records the digests of the sources the mypyc hook compiles (read back by kg/core.py).

Runs with the hatch-mypyc hook on wheel builds (editable ones too). Writes kg/_compiled.json: the
SHA-256 of each compiled module's source and of every kg module it imports, directly or not, the ones
whose types mypyc compiled against. An edit of any of them after the install makes the compiled
modules stale, and kg imports the sources instead.
"""

from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MANIFEST = "kg/_compiled.json"


def _module_file(root: Path, module: str) -> Path | None:
    base = root.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(root: Path, path: Path) -> set[str]:
    """The kg modules a source file imports (absolute imports: the package uses no relative ones)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    kg = {m for m in found if m == "kg" or m.startswith("kg.")}
    # a package's import runs its __init__ too
    kg.update(".".join(m.split(".")[:i]) for m in list(kg) for i in range(1, m.count(".") + 1))
    return {m for m in kg if _module_file(root, m) is not None}


def sources(root: Path, compiled: list[str]) -> dict[str, str]:
    """{path relative to kg/: sha256} of the compiled sources and the kg modules they import."""
    todo = [root / c.lstrip("/") for c in compiled]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for module in _imports(root, path):
            found = _module_file(root, module)
            if found is not None:
                todo.append(found)
    package = root / "kg"
    return {p.relative_to(package).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(seen)}


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        compiled = self.build_config.hook_config.get("mypyc", {}).get("include", [])
        if not compiled:
            return
        root = Path(self.root)
        manifest = {"sources": sources(root, compiled)}
        (root / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        build_data["artifacts"].append(f"/{MANIFEST}")

    def clean(self, versions: list[str]) -> None:
        (Path(self.root) / MANIFEST).unlink(missing_ok=True)
