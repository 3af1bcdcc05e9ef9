"""Messy and hostile input through the whole build: clear errors, nothing lost, nothing broken.

Guards the issue "Robust ingest and safe outputs": every bad input gives one line and exit 1
(never a traceback); --skip-bad keeps every good record and accounts for every bad one; random
text round-trips through Turtle; a build killed mid-write leaves the previous outputs usable.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import build
from kg.cli import main
from kg.errors import InputError
from kg.graph import DCTERMS, paper_iri
from kg.outputs import INDEX_FILE, LOCK_FILE, REJECTS_FILE, current_index
from kg.records import Paper
from kg.sources import paper_key
from kg.store import STORE_DIR, TURTLE_FILE, open_graph
from tests.conftest import DATA, MINI_VOCAB, ROOT
from tests.test_sources import BAD_INPUTS


def _kg(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("name, filename, content, line, record, reason", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_cli_prints_one_error_line_and_exits_1(tmp_path, name, filename, content, line, record, reason):
    path = tmp_path / filename
    path.write_bytes(content)
    code, out, err = _kg("build", str(path), "-o", str(tmp_path / "out"), "--vocab", str(MINI_VOCAB), "--no-html")
    where = f"{path}:{line}" if line else str(path)
    if record is not None:
        where += f" (record {record!r})"
    assert code == 1
    assert err.startswith(f"kg: error: {where}: ") and reason in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out" / TURTLE_FILE).exists()  # a failed build writes nothing


def test_cli_error_is_one_line_in_a_real_process(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "abstract": "x"}\n{"id": "b", "abstract": "\\ud800"}\n')
    r = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(path), "-o", str(tmp_path / "o"), "--vocab", str(MINI_VOCAB)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    assert r.stderr == (
        f"kg: error: {path}:2 (record 'b'): abstract holds a lone surrogate U+D800 at character 0, which UTF-8 cannot encode\n"
    )


def test_skip_bad_build_counts_every_record_and_writes_rejects(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.jsonl").write_bytes(
        b'{"id": "g1", "abstract": "INT8 quantized BERT on an FPGA."}\n'
        b'{"id": "bad\\ttab", "title": "no abstract"}\n'
        b'{"id": "g2", "abstract": "Pruning on a mobile CPU."}\n'
        b'{"id": "g1", "abstract": "INT8 quantized  BERT on an FPGA.", "year": 2024}\n'
        b'{"id": "trunc", "abs'
    )
    (inputs / "b.csv").write_text("id,abstract\ng3,On an MCU.\nd,x\n", encoding="utf-8")
    (inputs / "c.csv").write_text("id,abstract\nd,y\n", encoding="utf-8")
    (inputs / "z.bin").write_bytes(b"\x00\x00binary")
    out = tmp_path / "out"
    code, stdout, err = _kg("build", str(inputs), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-html", "--skip-bad")
    assert code == 0, err
    # 8 records: g1 (twice, merged), bad-tab, g2, trunc, g3, d (twice, disputed); z.bin is a file
    assert "records read:     8 = 3 in the graph + 4 rejected + 1 merged duplicates" in stdout
    assert f"rejected:         4 records; 1 unreadable file (see {out / REJECTS_FILE})" in stdout
    rows = (out / REJECTS_FILE).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "file\tline\trecord\treason"
    assert [r.split("\t")[:3] for r in rows[1:]] == [
        [str(inputs / "a.jsonl"), "2", "bad\\ttab"],
        [str(inputs / "a.jsonl"), "5", ""],
        [str(inputs / "b.csv"), "3", "d"],
        [str(inputs / "c.csv"), "2", "d"],
        [str(inputs / "z.bin"), "", ""],
    ]
    store = open_graph(out)
    ids = sorted(r["id"].value for r in store.query("SELECT ?id WHERE { ?p <http://purl.org/dc/terms/identifier> ?id }"))
    assert ids == ["g1", "g2", "g3"]
    # a later clean build removes the stale report
    (inputs / "a.jsonl").unlink()
    (inputs / "c.csv").unlink()
    (inputs / "z.bin").unlink()
    (inputs / "b.csv").write_text("id,abstract\ng3,On an MCU.\n", encoding="utf-8")
    assert _kg("build", str(inputs), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-html")[0] == 0
    assert not (out / REJECTS_FILE).exists()


# ---- any text round-trips: ids, titles and abstracts through Turtle -------------------------

_TEXT = st.text(alphabet=st.characters(codec=None), min_size=0, max_size=40)  # all of Unicode, surrogates too
_HOSTILE = st.sampled_from(
    [
        '"',
        "\\",
        "<",
        ">",
        "\n",
        "\r",
        "\t",
        "\x00",
        "\x7f",
        "\u2028",
        "'''",
        '"""',
        "🚀",
        " ",
        "\ud800",
        "@prefix",
        "} ; DROP ALL ; #",
        "\u0301",
        "\ufeff",
        "%",
        "#",
    ]
)
_FIELD = st.lists(st.one_of(_TEXT, _HOSTILE), min_size=1, max_size=4).map("".join)


def _has_surrogate(s: str | None) -> bool:
    return s is not None and any(0xD800 <= ord(c) <= 0xDFFF for c in s)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(_FIELD, st.one_of(st.none(), _FIELD), _FIELD), min_size=1, max_size=6))
def test_random_text_never_crashes_and_round_trips_through_turtle(tmp_path_factory, rows):
    work = tmp_path_factory.mktemp("hyp")
    path = work / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in rows), encoding="ascii")
    expected: dict[str, Paper] = {}
    for i, t, a in rows:
        if not i.strip() or not a.strip() or any(map(_has_surrogate, (i, t, a))):
            continue  # the build rejects these (reported in rejects.tsv)
        p = Paper(id=i, title=t if t and t.strip() else None, abstract=a)
        expected.setdefault(paper_key(p), p)
    # identical duplicates merge, conflicting ones are rejected: compare the papers no one disputes
    undisputed = [
        p
        for p in expected.values()
        if not any(paper_key(Paper(id=i, abstract=a)) == paper_key(p) and (a, t) != (p.abstract, p.title) for i, t, a in rows)
    ]
    out = work / "out"
    try:
        summary = build([path], out, skip_bad=True, html=False, store=False, jobs=1, vocab_dir=MINI_VOCAB)
    except InputError as e:  # cli20: a build left with no paper is refused (every record rejected)
        assert "no paper left to build" in str(e) and not undisputed
        return
    assert summary.records == summary.papers + summary.rejected + summary.duplicates
    got: dict[str, dict[str, str]] = {}
    with open(out / TURTLE_FILE, "rb") as f:
        for t in ox.parse(f, ox.RdfFormat.TURTLE):
            if t.predicate.value in (DCTERMS + "identifier", DCTERMS + "title", DCTERMS + "abstract"):
                got.setdefault(t.subject.value, {})[t.predicate.value.removeprefix(DCTERMS)] = t.object.value
    for p in undisputed:
        fields = got[paper_iri(p)]
        assert fields["identifier"] == p.id
        assert fields["abstract"] == p.abstract
        assert fields.get("title") == p.title


# ---- a build killed mid-write leaves the previous outputs whole -----------------------------


def big_input(path: Path, n: int, salt: str = "", short: bool = False) -> Path:
    """``n`` papers made from the dev abstracts (or their first sentence), each with its own id."""
    dev = [json.loads(line) for line in (DATA / "eval" / "dev-abstracts.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            d = dev[i % len(dev)]
            abstract = d["abstract"].split(". ")[0] if short else d["abstract"]
            f.write(json.dumps({"id": f"big-{salt}{i:06d}", "title": d["title"], "abstract": f"{abstract} ({i})"}) + "\n")
    return path


def snapshot(out: Path) -> tuple[bytes, int, list[str]]:
    """kg.ttl bytes, the store's triple count (it must open and answer), and the directory listing."""
    store = ox.Store.read_only(str(out / STORE_DIR))
    n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
    del store
    return (out / TURTLE_FILE).read_bytes(), n, sorted(p.name for p in out.iterdir())


def _signals_default() -> None:
    """In the child, before exec: SIGINT and SIGTERM handled as in a terminal's foreground job. A suite started in the
    background by a shell without job control (``pytest &`` in a script) has SIGINT ignored, which its children
    inherit, and kg keeps a signal ignored at start ignored: the Ctrl-C tests then saw kg finish with exit 0."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def kill_when(
    cmd: list[str], out: Path, marker: str, timeout: float = 240, sig: int = signal.SIGKILL, group: bool = False
) -> tuple[int, bytes]:
    """Run ``cmd`` and send it ``sig`` as soon as a file or directory whose name starts with ``marker`` appears in
    ``out``; its exit status and standard error. With ``group``, the signal goes to its whole process group (its
    linking workers and store loader too), as a terminal sends Ctrl-C."""
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=group, preexec_fn=_signals_default
    )
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if any(name.startswith(marker) for name in os.listdir(out)):
                (os.killpg if group else os.kill)(proc.pid, sig)
                _, err = proc.communicate(timeout=60)
                return proc.returncode, err
            if proc.poll() is not None:
                raise AssertionError(f"finished before {marker}* appeared: make the input larger ({proc.stderr.read()!r})")
            time.sleep(0.001)
        raise AssertionError("timed out")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory):
    return big_input(tmp_path_factory.mktemp("big") / "big.jsonl", 6000)


STOPS = [
    # Ctrl-C: a terminal sends SIGINT to the whole process group (the build, its linking workers, its store loader)
    pytest.param(signal.SIGINT, True, ".kg.ttl.tmp-", "kg: interrupted (Ctrl-C)", id="ctrl-c-linking"),
    pytest.param(signal.SIGINT, True, ".store.tmp-", "kg: interrupted (Ctrl-C)", id="ctrl-c-store"),
    pytest.param(signal.SIGINT, False, ".kg.ttl.tmp-", "kg: interrupted (Ctrl-C)", id="sigint-to-the-build-alone"),
    # kill, a job timeout: to the build process alone
    pytest.param(signal.SIGTERM, False, ".kg.ttl.tmp-", "kg: terminated (SIGTERM)", id="sigterm"),
]


@pytest.mark.slow
@pytest.mark.parametrize("sig, group, marker, says", STOPS)
def test_build_stopped_mid_write_cleans_up_and_exits_128_plus_signal(tmp_path, big_jsonl, sig, group, marker, says):
    """usertest14: SIGTERM ended a build where it stood, leaving .kg.ttl.tmp-PID and .store.tmp-PID (gigabytes on a
    large build) until the next run; Ctrl-C exited 1 with click's "Aborted!" (and a worker's "Process
    ForkPoolWorker-1:"), and both left .kg.lock in the directory. Both now unwind: staged outputs and the lock
    removed, the previous outputs whole, one line, exit 130 (SIGINT) or 143 (SIGTERM)."""
    out = tmp_path / "out"
    small = big_input(tmp_path / "small.jsonl", 30, salt="s")
    build([small], out, html=False, vocab_dir=MINI_VOCAB, jobs=1)
    before = snapshot(out)
    cmd = [sys.executable, "-m", "kg", "build", str(big_jsonl), "-o", str(out), "--vocab", str(MINI_VOCAB), "--no-html"]
    status, err = kill_when([*cmd, "--no-progress", "-j", "2"], out, marker, sig=sig, group=group)
    assert status == 128 + sig
    if err.decode() == f"{says}; the new outputs were written\n":
        # the signal's exception was swallowed (Python ignores one raised in a finalizer) or came during the commit:
        # the build ran to its end, and said so
        assert current_index(out)[1] and snapshot(out)[2] == before[2]
    else:
        assert err.decode() == f"{says}; the previous outputs are left as they were\n"
        assert snapshot(out) == before  # nothing staged is left, and the previous outputs stand
    assert not (out / LOCK_FILE).exists()


@pytest.mark.slow
@pytest.mark.parametrize("marker", [".kg.ttl.tmp-", ".store.tmp-"])
def test_build_killed_mid_write_leaves_previous_outputs(tmp_path, big_jsonl, marker):
    out = tmp_path / "out"
    small = big_input(tmp_path / "small.jsonl", 30, salt="s")
    build([small], out, html=False, vocab_dir=MINI_VOCAB, jobs=1)
    before = snapshot(out)
    kill_when(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(big_jsonl),
            "-o",
            str(out),
            "--vocab",
            str(MINI_VOCAB),
            "--no-html",
            "--no-progress",
        ],
        out,
        marker,
    )
    assert any(p.name.startswith(marker) for p in out.iterdir())  # killed while writing, leftovers on disk
    ttl, n, _ = snapshot(out)
    assert (ttl, n) == before[:2]
    assert current_index(out)[1]  # the index still describes kg.ttl and the store
    # the next build cleans the leftovers and succeeds
    build([small], out, html=False, vocab_dir=MINI_VOCAB, jobs=1)
    assert snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted([INDEX_FILE, STORE_DIR, TURTLE_FILE])
