"""The command line: thin commands, help everywhere, errors as one line with a non-zero exit."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import MINI_VOCAB, ROOT, SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    res = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-progress"])
    assert res.exit_code == 0, res.output
    return out, res.output


def test_build_prints_summary(built):
    out, output = built
    assert "records read:     199" in output
    assert "papers:           188" in output
    assert re.search(r"entities linked:  \d+ \(\d+ Benchmark, \d+ HardwarePlatform, \d+ Model, \d+ Technique\)", output)
    assert re.search(r"time:\s+[\d.]+ s", output)


def test_query_formats(built):
    out, _ = built
    q = "SELECT ?id WHERE { ?p kg:mentions hw:stm32f746 ; dcterms:identifier ?id } ORDER BY ?id"
    table = CliRunner().invoke(main, ["query", q, "-g", str(out)])
    assert table.exit_code == 0 and "sha1:391bb48126e2" in table.output and "(1 row)" in table.output
    js = CliRunner().invoke(main, ["query", q, "-g", str(out), "--format", "json"])
    assert json.loads(js.output)["results"]["bindings"] == [{"id": {"type": "literal", "value": "sha1:391bb48126e2"}}]
    csv = CliRunner().invoke(main, ["query", q, "-g", str(out), "--format", "csv"])
    assert csv.output == "id\nsha1:391bb48126e2\n"


def test_query_from_file_and_ask(built, tmp_path):
    out, _ = built
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?p a kg:Paper }")
    res = CliRunner().invoke(main, ["query", str(f), "-g", str(out)])
    assert res.output == "true\n"


def test_stats(built):
    out, _ = built
    res = CliRunner().invoke(main, ["stats", "-g", str(out)])
    assert res.exit_code == 0
    assert "188" in res.output and "most-mentioned entities" in res.output


def test_link_explains_matches():
    text = "Neural Architecture Search (NAS) for MCUs with deep learning inference."
    res = CliRunner().invoke(main, ["link", text, "--vocab", str(MINI_VOCAB)])
    assert res.exit_code == 0
    assert "NAS" in res.output and "abbreviation" in res.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "SELECT ?x WHERE {", "-g", "{out}"], "SPARQL syntax error"),
        (["query", "SELECT * {}", "-g", "{missing}"], "no graph here"),
        (["build", "{missing}", "-o", "{tmp}"], "no such file or directory"),
        (["query", "--saved", "no-such-query", "-g", "{out}"], "no saved query"),
    ],
)
def test_errors_are_one_line(built, tmp_path, args, message):
    out, _ = built
    subs = {"{out}": str(out), "{missing}": str(tmp_path / "missing"), "{tmp}": str(tmp_path / "o")}
    args = [subs.get(a, a) for a in args]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1
    assert res.output.count("\n") == 1 and res.output.startswith("kg: error: ") and message in res.output
    assert "Traceback" not in res.output


def test_every_command_has_help_and_is_in_readme():
    readme = (ROOT / "README.md").read_text()
    for name, cmd in main.commands.items():
        res = CliRunner().invoke(main, [name, "--help"])
        assert res.exit_code == 0 and cmd.help, name
        assert f"`kg {name}" in readme, f"kg {name} is not documented in README.md"
