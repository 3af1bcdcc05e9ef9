"""The command line: thin commands, help everywhere, errors as one line with a non-zero exit."""

from __future__ import annotations

import json
import re
import sys

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
    assert csv.stdout_bytes == b"id\r\nsha1:391bb48126e2\r\n"  # SPARQL 1.1 CSV: CRLF line ends


def test_query_from_file_and_ask(built, tmp_path):
    out, _ = built
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?p a kg:Paper }")
    res = CliRunner().invoke(main, ["query", str(f), "-g", str(out)])
    assert res.output == "true\n"


def test_query_file_of_any_name_is_read_and_a_slash_in_a_text_is_no_path(built, tmp_path):
    """usertest14: only a file ending in .rq was read; "q.sparql" was run as query text (a syntax error)."""
    out, _ = built
    f = tmp_path / "q.sparql"
    f.write_text("ASK { ?p a kg:Paper }")
    assert CliRunner().invoke(main, ["query", str(f), "-g", str(out)]).output == "true\n"
    res = CliRunner().invoke(main, ["link", "TPU/GPU", "--vocab", str(MINI_VOCAB)])
    assert res.exit_code == 0 and "-> HardwarePlatform: GPU" in res.output


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


# review of session 11: `kg link` is the debugging view of the build's linking, so it must show what `kg build` links
# in the same text: the spans and their evidence, and where a discovered name goes (a method's family, a GPU's class,
# the model a variant extends)
LINKED_AS_BUILT = (
    {
        "id": "ptq",
        "title": "Post-training quantization of LLMs on GPUs",
        "abstract": "We compare with post-training quantization methods such as GPTQ, AWQ and ZorbQ on four Zorbix 9000 GPUs. "
        "Deep neural networks are trained for inference; ZorbQ runs 2.1x faster than AWQ on the ZorbBench benchmark.",
    },
    {
        "id": "peft",
        "title": "   ",
        "abstract": "We evaluate four PEFT methods (LoRA, DoRA, QLoRA, ZorbQ) across two model sizes of Llama-3.1-Zorb. "
        "We train deep learning models with neural networks for inference on an NVIDIA H100 GPU.",
    },
    {
        "id": "nas",
        "abstract": "Neural Architecture Search (NAS) finds models for MCUs with deep learning inference: INT8 models "
        "run on the STM32F746 MCU, reaching 80.0% top-1 on ImageNet-1K.",
    },
)


def test_link_shows_what_build_links_in_the_same_text(tmp_path):
    import pyoxigraph as ox

    from kg.graph import PREFIXES
    from kg.vocab import BASE

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in LINKED_AS_BUILT))
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "--no-html", "--no-progress", "-j", "1"])
    assert res.exit_code == 0, res.output
    store = ox.Store.read_only(str(tmp_path / "out" / "store"))

    def rows(q: str, paper: str | None = None) -> set[tuple[str, ...]]:
        """The query's rows; with ``paper``, those whose first value (?id) is that paper's, without it."""
        got = {tuple(t.value for t in r) for r in store.query(q, prefixes=PREFIXES)}
        return got if paper is None else {r[1:] for r in got if r[0] == paper}

    broader: dict[str, set[str]] = {}
    discovered: set[str] = set()
    for record in LINKED_AS_BUILT:
        args = ["link", record["abstract"], "--json"] + (["--title", record["title"]] if "title" in record else [])
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0, res.output
        shown = [json.loads(line) for line in res.output.splitlines()]
        built = rows(
            """SELECT ?id ?f ?s ?e ?t ?c ?m ?x WHERE { ?p dcterms:identifier ?id ; kg:hasMention ?n .
               ?n kg:inField ?f ; kg:start ?s ; kg:end ?e ; kg:matchedText ?t ; kg:mentionOf ?c ; kg:matchMethod ?m ;
               kg:confidence ?x }""",
            record["id"],
        )
        evidence = {(r["field"], r["start"], r["end"], r["text"], r["concept"], r["method"], r["confidence"]) for r in shown}
        assert evidence == {(f, int(s), int(e), t, c, m, float(x)) for f, s, e, t, c, m, x in built}, record["id"]
        mentions = rows("SELECT ?id ?c WHERE { ?p dcterms:identifier ?id ; kg:mentions ?c }", record["id"])
        assert {r["concept"] for r in shown} == {c for (c,) in mentions}
        for r in shown:
            broader.setdefault(r["concept"], set()).update(r["broader"])
            if r["discovered"]:
                discovered.add(r["concept"])
    # what each concept is beneath in the graph: the vocabulary's broader, a discovered name's as its papers found it
    assert broader == {c: {b for (b,) in rows(f"SELECT ?b WHERE {{ <{c}> skos:broader ?b }}")} for c in broader}
    assert discovered == {c for c in broader if rows(f"SELECT ?x WHERE {{ <{c}> kg:discovered ?x }}")}
    zorbq = BASE + "technique/discovered/ZorbQ"
    assert {zorbq, *(BASE + n for n in ("hardware/discovered/gpu/Zorbix_9000", "benchmark/discovered/ZorbBench"))} <= discovered
    assert broader[BASE + "model/discovered/Llama-3.1-Zorb"] == {BASE + "model/llama-3"}
    assert {b.rsplit("/", 1)[1] for b in broader[zorbq]} == {"post-training-quantization", "peft"}


def test_link_marks_a_discovered_name_and_the_family_this_text_finds_it_under():
    text = "We compare with post-training quantization methods such as GPTQ, AWQ and ZorbQ on two Zorbix 9000 GPUs."
    res = CliRunner().invoke(main, ["link", text])
    assert res.exit_code == 0, res.output
    lines = {line.split("'")[1]: line for line in res.output.splitlines()}
    assert lines["ZorbQ"].endswith("(pattern, 0.6)  discovered, beneath Post-training quantization")
    assert lines["Zorbix 9000 GPUs"].endswith("discovered, beneath GPU")
    assert "discovered" not in lines["GPTQ"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "SELECT ?x WHERE {", "-g", "{out}"], "SPARQL syntax error"),
        (["query", "SELECT * {}", "-g", "{missing}"], "no graph here"),
        (["build", "{missing}", "-o", "{tmp}"], "no such file or directory"),
        (["query", "--saved", "no-such-query", "-g", "{out}"], "no saved query"),
        # usertest14: a path that names no file, a directory or a file that is not UTF-8 was linked or run as text
        (["link", "{missing}.txt"], "missing.txt: no such file"),
        (["link", "{tmp}"], "is a directory, not a file"),
        (["link", "{latin1}"], "not UTF-8 text (byte 0xe9 at offset 3)"),
        (["query", "{missing}.rq", "-g", "{out}"], "missing.rq: no such file"),
        (["query", "q.rq", "-g", "{out}"], "q.rq: no such file"),
        # usertest14: Oxigraph says "expected CONSTRUCT" of a misspelt query form and of an update
        (
            ["query", "SELEC ?x WHERE { ?x ?p ?o }", "-g", "{out}"],
            "a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE, not 'SELEC'",
        ),
        (["query", "INSERT DATA { <a:s> <a:p> <a:o> }", "-g", "{out}"], "INSERT is a SPARQL update; queries here are read-only"),
        (["query", "SELECT ?x WHERE { ?x foo:bar ?y }", "-g", "{out}"], "undeclared prefix at line 1, column 29"),
    ],
)
def test_errors_are_one_line(built, tmp_path, args, message):
    out, _ = built
    (tmp_path / "o").mkdir()
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 on a GPU".encode("latin-1"))
    subs = {"{out}": str(out), "{missing}": str(tmp_path / "missing"), "{tmp}": str(tmp_path / "o")}
    subs |= {"{missing}.txt": str(tmp_path / "missing.txt"), "{missing}.rq": str(tmp_path / "missing.rq")}
    subs["{latin1}"] = str(tmp_path / "latin1.txt")
    args = [subs.get(a, a) for a in args]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1
    assert res.output.count("\n") == 1 and res.output.startswith("kg: error: ") and message in res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize("command", ["build", "add"])
def test_negative_jobs_is_a_usage_error(tmp_path, command):
    """usertest14: -j -3 was taken (as one process per core) without a word."""
    res = CliRunner().invoke(main, [command, str(SEEDS), "-o", str(tmp_path), "-j", "-3"])
    assert res.exit_code == 2 and "Invalid value for '-j' / '--jobs': -3 is not in the range x>=0" in res.output


def test_every_command_has_help_and_is_in_readme():
    readme = (ROOT / "README.md").read_text()
    for name, cmd in main.commands.items():
        res = CliRunner().invoke(main, [name, "--help"])
        assert res.exit_code == 0 and cmd.help, name
        assert f"`kg {name}" in readme, f"kg {name} is not documented in README.md"


def test_default_seeds_are_installed_with_the_package(tmp_path, monkeypatch):
    """usertest14: after `pip install .`, `kg build` outside the source checkout failed with
    "site-packages/seeds: no such file or directory": the wheel did not hold the seed files README's first command reads."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    from kg.cli import default_seeds
    from kg.errors import InputError

    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"]["seeds"] == "kg/seeds"
    monkeypatch.chdir(tmp_path)
    assert default_seeds() == SEEDS.resolve()  # a source checkout: its seeds/
    installed = tmp_path / "site-packages" / "kg"
    (installed / "seeds").mkdir(parents=True)
    assert default_seeds(installed) == installed / "seeds"  # an installed package: the copy the wheel holds
    with pytest.raises(InputError, match="no INPUT given, and no seeds/ here or installed with kg"):
        default_seeds(tmp_path / "elsewhere" / "kg")


def test_stats_help_names_every_section_it_prints(built):
    """usertest14: `kg stats --help` left out the mentions-by-match-method section the command prints."""
    out, _ = built
    sections = re.findall(r"^== (.+)$", CliRunner().invoke(main, ["stats", "-g", str(out)]).output, flags=re.M)
    assert sections == ["papers", "entities by kind (in the vocabulary / mentioned by a paper)", "links",
                        "mentions (evidence) by match method", "most-mentioned entities"]  # fmt: skip
    helptext = " ".join(CliRunner().invoke(main, ["stats", "--help"]).output.split())
    assert "papers, entities by kind, links, mentions by match method, most-mentioned entities" in helptext


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_link_says_when_it_finds_nothing(extra):
    """usertest14: a text with no entity printed nothing at all, like a command that did not run."""
    res = CliRunner().invoke(main, ["link", "The weather was fine all week.", "--vocab", str(MINI_VOCAB), *extra])
    assert res.exit_code == 0 and res.output == "kg: no entity found in this text\n"


def test_a_signal_ignored_at_start_stays_ignored():
    """A build started in the background by a script (nohup, "&" without job control) ignores Ctrl-C sent to the
    script: kg build and kg add must not take it back."""
    import signal

    from kg.cli import _stop_on_signals

    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with _stop_on_signals():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_stop_swallowed_by_a_finalizer_is_raised_when_the_work_ends(capfd):
    """Python ignores an exception raised in __del__, where a signal handler may happen to run: a Ctrl-C then went
    unseen and the build ended with exit 0. The stop is raised when the work ends, saying its outputs are written.
    session 15: Python's report of the ignored exception ("Exception ignored in: <function _releaseLock ...>" and a
    traceback, seen in a CI run when SIGTERM came during a fork) is not printed: the one line is kg's."""
    import os
    import signal

    import pytest

    from kg.cli import Stopped, _stop_on_signals

    class Finalized:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # bytecode, where the handler runs (and raises, in vain)
                pass

    seen = []
    hook, sys.unraisablehook = sys.unraisablehook, lambda report: seen.append(report.exc_type)
    try:
        with pytest.raises(Stopped) as raised, _stop_on_signals():
            Finalized()
    finally:
        sys.unraisablehook = hook
    assert raised.value.signum == signal.SIGINT and getattr(raised.value, "outputs_written", False)
    assert seen == []  # Python's "Exception ignored in ..." report would go through the hook
    assert capfd.readouterr().err == ""


def test_other_unraisable_exceptions_are_still_reported_while_stops_are_watched():
    """Only kg's own stop is kept out of Python's report of exceptions it cannot raise; any other such error is
    reported as before."""
    import gc

    from kg.cli import _stop_on_signals

    seen = []
    hook, sys.unraisablehook = sys.unraisablehook, lambda report: seen.append(report.exc_type)
    try:

        class Broken:
            def __del__(self) -> None:
                raise ValueError("a finalizer's own error")

        with _stop_on_signals():
            Broken()
            gc.collect()
    finally:
        sys.unraisablehook = hook
    assert seen == [ValueError]


def test_link_and_query_read_standard_input_for_a_dash(mini_build):
    """usertest17: `cat abstract.txt | kg link -` linked the text "-" (no entity, exit 0) and `kg query -` ran "-" as
    SPARQL: "-" names standard input, as for most command-line tools; bytes that are not UTF-8 are one-line errors."""
    text = "Neural Architecture Search (NAS) finds INT8 models for the STM32F746 MCU."
    piped = CliRunner().invoke(main, ["link", "-", "--vocab", str(MINI_VOCAB), "--json"], input=text)
    given = CliRunner().invoke(main, ["link", text, "--vocab", str(MINI_VOCAB), "--json"])
    assert piped.exit_code == 0 and piped.stdout == given.stdout and "STM32F746" in piped.stdout
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/papers-kg/ontology#Paper> }"
    r = CliRunner().invoke(main, ["query", "-", "-g", str(mini_build), "--format", "csv"], input=q)
    assert r.exit_code == 0 and r.stdout.splitlines() == ["n", "5"], r.output
    bad = CliRunner().invoke(main, ["link", "-", "--vocab", str(MINI_VOCAB)], input=b"caf\xe9 on an MCU")
    assert bad.exit_code == 1 and bad.stderr.strip() == "kg: error: -: standard input is not UTF-8 text (byte 0xe9 at offset 3)"


# --- standard output that cannot take it all: a full disk (RLIMIT_FSIZE: short writes then EFBIG, as on a full disk,
# without root or a mount), a reader that goes away ---


def _file_size_limited(limit: int):  # type: ignore[no-untyped-def]
    def start() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return start


def _env(*, unbuffered: bool) -> dict[str, str]:
    """This environment with PYTHONUNBUFFERED set (sys.stdout.buffer is then the raw file) or not."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return {**env, "PYTHONUNBUFFERED": "1"} if unbuffered else env


def _kg(args: list[str], *, unbuffered: bool, **kwargs):  # type: ignore[no-untyped-def]
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=ROOT, env=_env(unbuffered=unbuffered), stderr=subprocess.PIPE, **kwargs
    )


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
@pytest.mark.parametrize(
    "args",
    [
        ["query", "SELECT * WHERE { ?s ?p ?o }", "--format", "csv"],
        ["query", "SELECT * WHERE { ?s ?p ?o }"],
        ["query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"],
        ["export", "--format", "ntriples"],
        ["export", "--format", "jsonld"],
        ["export", "--format", "turtle"],
        ["export", "--format", "graphml"],
    ],
)
def test_output_cut_short_by_a_full_disk_is_one_line_and_exit_1(mini_build, tmp_path, args, unbuffered):
    """cli20: with PYTHONUNBUFFERED set, a full disk cut kg query's output short and the command exited 0 (the raw
    stream's short write went unchecked); without it, a traceback (and exit 120 for kg export)."""
    limit = 3000
    whole = _kg([*args, "-g", str(mini_build)], unbuffered=unbuffered, stdout=-1)
    assert whole.returncode == 0 and len(whole.stdout) > limit, whole.stderr
    with open(tmp_path / "out", "wb") as f:
        r = _kg([*args, "-g", str(mini_build)], unbuffered=unbuffered, stdout=f, preexec_fn=_file_size_limited(limit))
    assert r.returncode == 1
    assert r.stderr.decode() == "kg: error: standard output: cannot write: File too large\n"
    assert (tmp_path / "out").read_bytes() == whole.stdout[:limit]


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
@pytest.mark.parametrize(
    "args", [["export", "--format", "ntriples"], ["query", "SELECT * WHERE { ?s ?p ?o }", "--format", "tsv"]]
)
def test_a_reader_that_goes_away_ends_the_command_quietly(seed_build, args, unbuffered):
    """cli20: `kg export | head` printed "Exception ignored ... BrokenPipeError" and exited 120 (stdout buffered): the
    data still buffered was flushed at exit into the closed pipe."""
    import subprocess

    p = subprocess.Popen(
        [sys.executable, "-m", "kg", *args, "-g", str(seed_build[1])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(unbuffered=unbuffered),
    )
    assert p.stdout is not None and p.stderr is not None
    assert len(p.stdout.read(1000)) == 1000  # the output is megabytes: the pipe fills, the writer blocks, then breaks
    p.stdout.close()
    err = p.stderr.read()
    assert (p.wait(timeout=120), err) == (0, b"")


def test_a_variant_is_found_by_the_name_the_paper_wrote(tmp_path):
    """usertest21: "RTX 4070 Mobile" in --param and --focus names the laptop card discovered beneath the RTX 4070, as
    the paper wrote it (before: "names no entity" and an error; only "NVIDIA GeForce RTX 4070 Mobile" found it)."""
    src = tmp_path / "v.jsonl"
    text = "We quantize LLaMA-7B to 4 bits and run it on an RTX 4070 Mobile GPU, 2.5x faster than FP16."
    src.write_text(json.dumps({"id": "v1", "title": "Laptops", "abstract": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "--no-progress", "--no-html"])
    assert res.exit_code == 0, res.output
    for name in ("RTX 4070 Mobile", "rtx 4070 mobile gpu", "NVIDIA GeForce RTX 4070 Mobile"):
        q = CliRunner().invoke(main, ["query", "--saved", "papers-on-hardware", "--param", f"hardware={name}", "-g", str(out)])
        assert q.exit_code == 0 and "(1 row)" in q.output and "NVIDIA GeForce RTX 4070 Mobile" in q.output, q.output
    page = CliRunner().invoke(main, ["html", "-g", str(out), "--focus", "RTX 4070 Mobile", "-o", str(tmp_path / "f.html")])
    assert page.exit_code == 0, page.output
    none = CliRunner().invoke(
        main, ["query", "--saved", "papers-on-hardware", "--param", "hardware=RTX 4070 Laptop", "-g", str(out)]
    )
    assert "(0 rows)" in none.output
