"""Keeps README.md's examples true: each ``$ kg query ...`` (or ``kg link``, ``kg stats``) console block shows
that command's real output on the seed build, and each ``<!-- saved query: NAME -->`` SPARQL block shows schema/queries/NAME.rq.

Refresh the README after the vocabulary or the seeds change::

    python -m tests.readme
"""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
REFRESH = "python -m tests.readme"

SAVED_BLOCK = re.compile(r"(<!-- saved query: (?P<name>[\w-]+) -->\n```sparql\n)(?P<body>.*?)(```)", re.S)
# the commands whose README examples run: their output depends only on the code, the vocabulary and the seeds
RUNNABLE = ("query", "link", "stats")
CONSOLE_BLOCK = re.compile(r"(```console\n\$ (?P<cmd>kg (?:" + "|".join(RUNNABLE) + r") [^\n]*)\n)(?P<body>.*?)(```)", re.S)


def run_command(build_dir: Path) -> Callable[[str], str]:
    """A function that runs a README ``kg ...`` line (on the build in ``build_dir``) and returns its output."""
    from click.testing import CliRunner

    from kg.cli import main

    def run(cmd: str) -> str:
        args = shlex.split(cmd)[1:]
        command = main.commands[args[0]]
        if any(p.name == "graph" for p in command.params):
            args += ["-g", str(build_dir)]
        result = CliRunner().invoke(main, args)
        if result.exit_code != 0:
            raise RuntimeError(f"README command failed: {cmd}\n{result.output}")
        return result.output

    return run


def refreshed(text: str, run: Callable[[str], str]) -> str:
    """The README text with every example block replaced by its live content."""
    queries = ROOT / "schema" / "queries"

    def saved(m: re.Match[str]) -> str:
        return m.group(1) + (queries / f"{m.group('name')}.rq").read_text(encoding="utf-8") + m.group(4)

    def console(m: re.Match[str]) -> str:
        return m.group(1) + run(m.group("cmd")) + m.group(4)

    return CONSOLE_BLOCK.sub(console, SAVED_BLOCK.sub(saved, text))


def examples(text: str) -> list[str]:
    """The commands of the README's runnable examples, in order."""
    return [m.group("cmd") for m in CONSOLE_BLOCK.finditer(text)]


def main() -> int:
    from kg.build import build

    with tempfile.TemporaryDirectory() as tmp:
        build([ROOT / "seeds"], Path(tmp), jobs=1, html=False)
        text = README.read_text(encoding="utf-8")
        new = refreshed(text, run_command(Path(tmp)))
    if new == text:
        print("README.md examples are up to date")
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"README.md: refreshed {len(examples(new))} examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
