"""kg add: incremental, idempotent, equal to a full build, and safe to kill."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import outputs
from kg.build import Pipeline, build
from kg.cli import main
from kg.errors import StoreError, VocabularyError
from kg.incremental import add
from kg.outputs import INDEX_FILE, current_index, locked
from kg.store import STORE_DIR, TURTLE_FILE
from tests.conftest import MINI_VOCAB, ROOT, SEEDS
from tests.test_robustness import big_input, kill_when, snapshot

INGEST = Path(__file__).resolve().parent / "data" / "ingest"
SEED = sorted(SEEDS.iterdir())


def _build(inputs, out, **kw):
    return build(list(inputs), out, html=False, jobs=1, vocab_dir=MINI_VOCAB, **kw)


def _add(inputs, out, **kw):
    return add(list(inputs), out, vocab_dir=MINI_VOCAB, jobs=1, **kw)


def store_quads(out: Path) -> list[str]:
    store = ox.Store.read_only(str(out / STORE_DIR))
    return sorted(str(q) for q in store)


def turtle_quads(out: Path) -> list[str]:
    with open(out / TURTLE_FILE, "rb") as f:
        return sorted(str(ox.Quad(t.subject, t.predicate, t.object)) for t in ox.parse(f, ox.RdfFormat.TURTLE))


def index_rows(out: Path) -> tuple:
    """What an index says of kg.ttl's bytes (not which file and store it names): head, blocks, their digests."""
    i = outputs.load_index(out / INDEX_FILE)
    assert i is not None
    return i.head_end, i.size, i.head_digest, i.iris, i.starts, i.digests


def assert_same_build(a: Path, b: Path) -> None:
    assert (a / TURTLE_FILE).read_bytes() == (b / TURTLE_FILE).read_bytes()
    assert store_quads(a) == store_quads(b) == turtle_quads(a)
    assert current_index(a)[1] and current_index(b)[1]
    # the digests kg add kept and hashed are those a build hashes, and those of the bytes written
    assert index_rows(a) == index_rows(b)
    assert outputs.describes(a / TURTLE_FILE, outputs.load_index(a / INDEX_FILE))


SPLITS = [
    ("seeds 2+3", SEED[:2], SEED[2:]),
    ("seeds 1+4", SEED[:1], SEED[1:]),
    ("formats", [INGEST / "arxiv-api.xml", SEED[0]], [INGEST / "papers.bib", INGEST / "papers.csv", SEED[3]]),
    ("all at once", [SEED[4]], [*SEED[:4], INGEST / "papers.bib"]),
]


@pytest.mark.parametrize("name, first, then", SPLITS, ids=[s[0] for s in SPLITS])
def test_build_then_add_equals_one_build(tmp_path, name, first, then):
    _build(first, tmp_path / "inc")
    s = _add(then, tmp_path / "inc")
    _build([*first, *then], tmp_path / "full")
    assert_same_build(tmp_path / "inc", tmp_path / "full")
    assert s.papers == len(current_index(tmp_path / "full")[0].iris)
    assert s.records == s.added + s.replaced + s.updated + s.unchanged + s.rejected + s.duplicates


ADDED = [*SEED[2:], INGEST / "papers.bib", INGEST / "arxiv-api.xml"]  # arXiv papers with urls of their own, too


def test_add_twice_changes_nothing(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:2], out)
    _add(ADDED, out)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else None) for p in out.iterdir()}
    store_before = outputs.store_id(out / STORE_DIR)
    s = _add(ADDED, out)
    assert (s.added, s.replaced, s.updated, s.unchanged, s.outputs) == (0, 0, 0, s.records - s.duplicates, ())
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else None) for p in out.iterdir()} == before
    assert outputs.store_id(out / STORE_DIR) == store_before


def test_add_links_only_the_new_papers(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _build(SEED, out)
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": "n1", "abstract": "Pruning the model weights on an FPGA."}) + "\n", encoding="utf-8")
    seen = []
    real = Pipeline.process
    monkeypatch.setattr(Pipeline, "process", lambda self, p: seen.append(p.id) or real(self, p))
    s = _add([new], out)
    assert seen == ["n1"] and s.added == 1


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_changed_abstract_replaces_links_and_evidence(tmp_path):
    x_fpga = {"id": "x", "title": "X", "abstract": "INT8 quantized BERT on an FPGA with ResNet-50."}
    x_mcu = {"id": "x", "title": "X", "abstract": "Pruning the model on a microcontroller."}
    y = {"id": "y", "abstract": "A Transformer with attention on a mobile CPU."}
    old, new = tmp_path / "v1", tmp_path / "v2"
    old.mkdir()
    new.mkdir()
    out = tmp_path / "out"
    _build([_jsonl(old / "a.jsonl", x_fpga, y)], out)
    ttl_before = (out / TURTLE_FILE).read_text(encoding="utf-8")
    assert "kg:mentionOf hw:fpga" in ttl_before
    s = _add([_jsonl(new / "b.jsonl", x_mcu)], out)
    assert (s.replaced, s.added, s.updated) == (1, 0, 0)
    # the same graph as a build of the final content
    final = tmp_path / "final"
    final.mkdir()
    _build([_jsonl(final / "a.jsonl", y), new / "b.jsonl"], tmp_path / "full")
    assert_same_build(out, tmp_path / "full")
    store = ox.Store.read_only(str(out / STORE_DIR))
    q = """SELECT ?e WHERE { ?p <http://purl.org/dc/terms/identifier> "x" ; <https://w3id.org/papers-kg/ontology#mentions> ?e }"""
    mentioned = sorted(r["e"].value.rsplit("/", 2)[-2] + "/" + r["e"].value.rsplit("/", 1)[-1] for r in store.query(q))
    assert mentioned == ["hardware/mcu"]  # hardware/fpga went with the old abstract
    subjects = {str(q.subject) for q in store if "/paper/x/" in q.subject.value}
    assert subjects and all("/mention/abstract-" in s for s in subjects)  # no node of the old version is left


def test_add_merges_metadata_like_a_build(tmp_path):
    a = _jsonl(tmp_path / "a.jsonl", {"id": "2301.00001", "abstract": "On an FPGA.", "authors": ["B"], "year": 2023})
    b = _jsonl(
        tmp_path / "b.jsonl",
        {
            "id": "arXiv:2301.00001v2",
            "abstract": "On  an FPGA.",
            "title": "T",
            "authors": ["A", "C"],
            "year": 2022,
            "categories": "cs.AR",
        },
    )
    _build([a], tmp_path / "inc")
    s = _add([b], tmp_path / "inc")
    assert s.updated == 1
    _build([b, a], tmp_path / "full")
    assert_same_build(tmp_path / "inc", tmp_path / "full")
    ttl = (tmp_path / "inc" / TURTLE_FILE).read_text(encoding="utf-8")
    assert 'dcterms:issued "2022"^^xsd:gYear' in ttl and '"a.jsonl",\n        "b.jsonl"' in ttl


def test_stale_index_is_detected_and_repaired(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:1], out)
    stale = (out / INDEX_FILE).read_bytes()
    _add(SEED[1:3], out)
    # as if killed after kg.ttl and store/ were renamed but before the index was
    (out / INDEX_FILE).write_bytes(stale)
    assert not current_index(out)[1]
    s = _add(SEED[3:], out)
    assert s.store_rebuilt
    _build(SEED, tmp_path / "full")
    assert_same_build(out, tmp_path / "full")


def test_missing_index_after_copy_or_old_build(tmp_path):
    _build(SEED[:2], tmp_path / "a")
    shutil.copytree(tmp_path / "a", tmp_path / "b", copy_function=shutil.copy2)
    assert current_index(tmp_path / "b")[1]  # a copy that keeps mtimes keeps the index valid
    (tmp_path / "b" / INDEX_FILE).unlink()
    _add(SEED[2:], tmp_path / "b")
    _build(SEED, tmp_path / "full")
    assert_same_build(tmp_path / "b", tmp_path / "full")


def test_add_refuses_another_vocabulary(tmp_path):
    build(SEED[:1], tmp_path / "out", html=False, jobs=1)  # packaged vocabulary
    with pytest.raises(VocabularyError, match="another vocabulary"):
        _add(SEED[1:], tmp_path / "out")


def test_add_refuses_a_build_of_an_older_ontology_version(tmp_path):
    # issue 3: ontology 1.1 names a discovered technique once, not once per family; a 1.0 build is rebuilt, not added to
    _build(SEED[:1], tmp_path / "out")
    ttl = tmp_path / "out" / TURTLE_FILE
    text = ttl.read_bytes()
    assert text.count(b'owl:versionInfo "1.1"') == 1
    ttl.write_bytes(text.replace(b'owl:versionInfo "1.1"', b'owl:versionInfo "1.0"'))
    with pytest.raises(VocabularyError, match="run kg build again"):
        _add(SEED[1:], tmp_path / "out")


def test_add_without_a_build(tmp_path):
    with pytest.raises(StoreError, match="no kg.ttl here"):
        _add(SEED[:1], tmp_path / "nothing")
    r = CliRunner().invoke(main, ["add", str(SEED[0]), "-o", str(tmp_path / "nothing")])
    assert r.exit_code == 1 and r.stderr.startswith("kg: error: ") and "kg build" in r.stderr


def test_add_while_another_writer_holds_the_lock(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:1], out)
    with locked(out), pytest.raises(StoreError, match="another kg build or kg add"):
        _add(SEED[1:], out)


def test_add_redraws_graph_html_only_when_asked(tmp_path):
    out = tmp_path / "out"
    build(SEED[:2], out, jobs=1, vocab_dir=MINI_VOCAB)
    page = (out / "graph.html").read_bytes()
    r = CliRunner().invoke(main, ["add", str(SEED[2]), "-o", str(out), "--vocab", str(MINI_VOCAB)])
    assert r.exit_code == 0 and f"not redrawn (kg add --html, or kg html -g {out})" in r.stdout
    assert (out / "graph.html").read_bytes() == page
    _add(SEED[3:], out, html=True)
    build(SEED[:3] + SEED[3:], tmp_path / "full", jobs=1, vocab_dir=MINI_VOCAB)
    assert (out / "graph.html").read_bytes() == (tmp_path / "full" / "graph.html").read_bytes()


def test_add_skip_bad_and_cli_summary(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:1], out)
    new = tmp_path / "new.jsonl"
    new.write_bytes(b'{"id": "n1", "abstract": "On an FPGA."}\n{"id": "n2"}\n{"id": "n3", "abstract": "On an MCU."}\n')
    r = CliRunner().invoke(main, ["add", str(new), "-o", str(out), "--vocab", str(MINI_VOCAB)])
    assert r.exit_code == 1 and f"{new}:2 (record 'n2'): record has no abstract" in r.stderr
    r = CliRunner().invoke(main, ["add", str(new), "-o", str(out), "--vocab", str(MINI_VOCAB), "--skip-bad"])
    assert r.exit_code == 0, r.stderr
    assert "records read:     3 = 2 in the graph + 1 rejected + 0 merged duplicates" in r.stdout
    assert "added:            2 new papers" in r.stdout
    assert (out / outputs.REJECTS_FILE).read_text(encoding="utf-8").splitlines()[1] == f"{new}\t2\tn2\trecord has no abstract"


@pytest.mark.slow
@pytest.mark.parametrize("marker", [".kg.ttl.tmp-", ".store.tmp-"])
def test_add_killed_mid_write_leaves_previous_outputs(tmp_path, marker):
    out = tmp_path / "out"
    _build([big_input(tmp_path / "base.jsonl", 300, short=True)], out)
    before = snapshot(out)
    more = big_input(tmp_path / "more.jsonl", 2000, salt="m", short=True)
    kill_when([sys.executable, "-m", "kg", "add", str(more), "-o", str(out), "--vocab", str(MINI_VOCAB)], out, marker)
    assert snapshot(out)[:2] == before[:2]
    assert current_index(out)[1]
    s = _add([more], out)  # and the next add completes, cleaning the leftovers
    assert s.added == 2000 and not s.store_rebuilt
    assert not [p for p in out.iterdir() if ".tmp-" in p.name]
    assert set(store_quads(out)) == set(turtle_quads(out))  # a concept two papers describe is stated twice in kg.ttl


@pytest.mark.slow
@pytest.mark.parametrize("marker", [".kg.ttl.tmp-", ".store.tmp-"])
def test_add_interrupted_mid_write_cleans_up_and_exits_130(tmp_path, marker):
    """usertest14: Ctrl-C during kg add exited 1 with click's "Aborted!" and left .kg.lock behind."""
    out = tmp_path / "out"
    _build([big_input(tmp_path / "base.jsonl", 300, short=True)], out)
    before = snapshot(out)
    more = big_input(tmp_path / "more.jsonl", 5000, salt="m", short=True)
    cmd = [sys.executable, "-m", "kg", "add", str(more), "-o", str(out), "--vocab", str(MINI_VOCAB), "-j", "2"]
    status, err = kill_when(cmd, out, marker, sig=signal.SIGINT, group=True)
    assert (status, err.decode()) == (130, "kg: interrupted (Ctrl-C); the previous outputs are left as they were\n")
    assert snapshot(out) == before  # kg.ttl, the store and the listing: no staged file, no lock
    assert current_index(out)[1]


def test_readme_kg_add_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("## Adding papers") :].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].split() for line in block.splitlines() if line.startswith("kg ")]
    assert [c[:2] for c in commands] == [["kg", "build"], ["kg", "add"], ["kg", "add"]]
    monkeypatch.chdir(ROOT)
    outs = []
    for cmd in commands:
        args = [str(tmp_path / "exports") if a == "exports" else a for a in cmd[1:]]
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 0, r.stderr
        outs.append(r.stdout)
    assert "added:            3 new papers" in outs[1]
    assert "wrote:            nothing (no change)" in outs[2]


def test_cli_add_help_is_documented():
    r = CliRunner().invoke(main, ["add", "--help"])
    assert r.exit_code == 0 and "--skip-bad" in r.stdout and "--format" in r.stdout
    assert "`kg add" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_add_a_paper_that_finds_an_already_discovered_name(tmp_path):
    # issue 3: the added paper's family joins the node's; replacing the first paper takes its family away only
    from tests.test_build import FOUND_UNDER_TWO, ZORBQ, discovered_families

    ptq, peft = FOUND_UNDER_TWO
    out = tmp_path / "out"
    first, then = _jsonl(tmp_path / "a.jsonl", ptq), _jsonl(tmp_path / "b.jsonl", peft)
    build([first], out, html=False, jobs=1)
    summary = add([then], out, jobs=1)
    assert summary.added == 1
    got = discovered_families(ox.Store.read_only(str(out / STORE_DIR)), ZORBQ)
    assert got["papers"] == {"ptq", "peft"} and got["broader"] == {"post-training-quantization", "peft"}
    assert set(store_quads(out)) == set(turtle_quads(out))  # a concept two papers describe is stated twice in kg.ttl
    whole = tmp_path / "whole"
    build([first, then], whole, html=False, jobs=1)
    assert (out / TURTLE_FILE).read_bytes() == (whole / TURTLE_FILE).read_bytes()
    changed = {**ptq, "abstract": ptq["abstract"].replace("ZorbQ", "SmoothQuant")}
    assert add([_jsonl(tmp_path / "c.jsonl", changed)], out, jobs=1).replaced == 1
    got = discovered_families(ox.Store.read_only(str(out / STORE_DIR)), ZORBQ)
    assert got["papers"] == {"peft"} and got["broader"] == {"peft"} and got["labels"] == {"ZorbQ"}
    assert set(store_quads(out)) == set(turtle_quads(out))  # a concept two papers describe is stated twice in kg.ttl


def _copy_tree(src: Path, dst: Path, how: str) -> None:
    if how == "cp -r":
        subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    else:  # shutil.copy, as cp -r: contents and permissions, new modification times
        shutil.copytree(src, dst, copy_function=shutil.copy)
    a, b = outputs.file_id(src / TURTLE_FILE), outputs.file_id(dst / TURTLE_FILE)
    if a == b:  # a clock too coarse to tell the copy from the build: make the times differ, as they would
        os.utime(dst / TURTLE_FILE, ns=(b[1], b[1] + 10**9))
    assert outputs.file_id(src / TURTLE_FILE)[0] == outputs.file_id(dst / TURTLE_FILE)[0]
    assert outputs.file_id(src / TURTLE_FILE) != outputs.file_id(dst / TURTLE_FILE)


@pytest.mark.parametrize("how", ["cp -r", "shutil.copy"])
def test_a_build_copied_without_its_times_is_added_to_without_a_store_rebuild(tmp_path, how):
    """cli15: a build copied with cp -r made the next kg add rebuild the store (a minute at 75k papers): kg.ttl's
    modification time no longer matched its index. Its bytes are now checked against the index's digests."""
    a, b = tmp_path / "a", tmp_path / "b"
    _build(SEED[:2], a)
    _copy_tree(a, b, how)
    assert current_index(b)[1]
    r = CliRunner().invoke(main, ["add", *map(str, SEED[2:]), "-o", str(b), "--vocab", str(MINI_VOCAB)])
    assert r.exit_code == 0, r.stderr
    assert "rebuilt" not in r.stdout and "added:            94 new papers" in r.stdout, r.stdout
    s = _add(SEED[2:], a)
    assert not s.store_rebuilt
    assert_same_build(a, b)


@pytest.mark.parametrize("how", ["cp -r", "shutil.copy"])
def test_a_no_op_add_to_a_copied_build_records_the_new_time_and_hashes_once(tmp_path, monkeypatch, how):
    """usertest17 (cli16's leftover): a kg add that changes nothing on a build copied with cp -r hashed kg.ttl again
    on every run (0.3 s at 75k papers), because it wrote nothing and so never recorded kg.ttl's new time. It now
    rewrites the index alone (kg.ttl and the store untouched) once the bytes were checked."""
    a, b = tmp_path / "a", tmp_path / "b"
    _build(SEED[:2], a)
    _copy_tree(a, b, how)
    hashed = []
    real = outputs.hash_blocks
    monkeypatch.setattr(outputs, "hash_blocks", lambda path, index: hashed.append(path) or real(path, index))
    ttl_before, store_before, rows_before = (b / TURTLE_FILE).read_bytes(), outputs.store_id(b / STORE_DIR), index_rows(b)
    ttl_time = outputs.file_id(b / TURTLE_FILE)
    for run in range(3):
        r = CliRunner().invoke(main, ["add", str(SEED[1]), "-o", str(b), "--vocab", str(MINI_VOCAB)])
        assert r.exit_code == 0, r.stderr
        assert "wrote:            nothing" in r.stdout and "rebuilt" not in r.stdout, r.stdout
        assert len(hashed) == 1, f"run {run}: kg.ttl hashed {len(hashed)} times"
        assert (b / TURTLE_FILE).read_bytes() == ttl_before and outputs.file_id(b / TURTLE_FILE) == ttl_time
        assert outputs.store_id(b / STORE_DIR) == store_before and index_rows(b) == rows_before
        assert outputs.load_index(b / INDEX_FILE).ttl_id == ttl_time
    assert not any(p.name.startswith(".") and "tmp" in p.name for p in b.iterdir())
    assert current_index(b)[1]
    _add(SEED[2:], b)  # and the copy is still added to as the original is
    _add(SEED[2:], a)
    assert_same_build(a, b)


def _blocks(data: bytes, index: outputs.BlockIndex) -> list[bytes]:
    return [data[x:y] for x, y in map(index.span, range(len(index.starts)))]


def _edit_same_size_in_a_block(data: bytes, index: outputs.BlockIndex) -> bytes:
    x, y = index.span(len(index.starts) // 2)
    i = data.index(b"dcterms:abstract", x, y) + len(b"dcterms:abstract ") + 5  # inside the abstract's text
    return data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :]


def _edit_same_size_in_the_head(data: bytes, index: outputs.BlockIndex) -> bytes:
    i = data.index(b"skos:prefLabel", 0, index.head_end) + len(b"skos:prefLabel ") + 3
    return data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :]


def _blocks_of_one_size_moved(data: bytes, index: outputs.BlockIndex) -> bytes:
    # the second block first: the cut points differ, every byte is still there, the size is the same
    blocks = _blocks(data, index)
    return data[: index.head_end] + blocks[1] + blocks[0] + b"".join(blocks[2:])


def _a_block_changed_and_padded(data: bytes, index: outputs.BlockIndex) -> bytes:
    # a block shortened by a line and another lengthened by as much: the same size, in a different place
    blocks = _blocks(data, index)
    line_end = blocks[0].index(b"\n", blocks[0].index(b"\n") + 1)
    cut = blocks[0][: line_end - 10] + blocks[0][line_end:]
    grown = blocks[-1][:-1] + b"#" * 10 + b"\n"
    return data[: index.head_end] + cut + b"".join(blocks[1:-1]) + grown


def _truncated(data: bytes, index: outputs.BlockIndex) -> bytes:
    return data[: index.starts[-1]]


EDITS = [
    pytest.param(_edit_same_size_in_a_block, id="same-size-byte-in-a-block"),
    pytest.param(_edit_same_size_in_the_head, id="same-size-byte-in-the-head"),
    pytest.param(_blocks_of_one_size_moved, id="blocks-reordered"),
    pytest.param(_a_block_changed_and_padded, id="same-size-blocks-changed"),
    pytest.param(_truncated, id="truncated"),
]


@pytest.mark.parametrize("edit", EDITS)
def test_a_kg_ttl_edited_in_place_is_not_trusted_whatever_its_size(tmp_path, edit):
    out = tmp_path / "out"
    _build(SEED[:3], out)
    ttl = out / TURTLE_FILE
    index = outputs.load_index(out / INDEX_FILE)
    data = ttl.read_bytes()
    edited = edit(data, index)
    assert edited != data
    ttl.write_bytes(edited)
    st = ttl.stat()
    os.utime(ttl, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # as an editor leaves it: a new modification time
    assert not outputs.describes(ttl, index)
    if edit is _blocks_of_one_size_moved:  # kg.ttl is then read again, and refused: blocks out of IRI order
        with pytest.raises(StoreError, match="not in IRI order"):
            current_index(out)
    else:
        assert not current_index(out)[1]


def test_an_index_whose_digests_do_not_match_is_not_trusted(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:2], out)
    lines = (out / INDEX_FILE).read_text(encoding="utf-8").split("\n")
    start, digest, iri = lines[3].split("\t")
    lines[3] = "\t".join((start, "0" * len(digest), iri))
    (out / INDEX_FILE).write_text("\n".join(lines), encoding="utf-8")
    assert current_index(out)[1]  # the same (size, time): the index is trusted as before, without hashing
    (out / TURTLE_FILE).touch()
    assert not current_index(out)[1]
    s = _add(SEED[2:], out)
    assert s.store_rebuilt
    _build(SEED, tmp_path / "full")
    assert_same_build(out, tmp_path / "full")


def test_an_edited_copy_is_repaired_by_the_next_add(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:3], out)
    ttl = out / TURTLE_FILE
    ttl.write_bytes(_edit_same_size_in_a_block(ttl.read_bytes(), outputs.load_index(out / INDEX_FILE)))
    os.utime(ttl, ns=(0, 10**18))
    s = _add(SEED[3:], out)
    assert s.store_rebuilt and store_quads(out) == turtle_quads(out)  # the store is what the edited kg.ttl says
    assert current_index(out)[1] and outputs.describes(ttl, outputs.load_index(out / INDEX_FILE))


def _as_format_1(out: Path) -> None:
    """Rewrite the index of ``out`` as a version without digests wrote it (kg.ttl.idx format 1)."""
    path = out / INDEX_FILE
    magic, meta, *rows = path.read_text(encoding="utf-8").splitlines()
    assert magic == outputs.INDEX_MAGIC == "kg-turtle-index 2"
    m = json.loads(meta)
    del m["head"]
    rows = ["\t".join((r.split("\t")[0], r.split("\t")[2])) for r in rows]
    text = "kg-turtle-index 1\n" + json.dumps(m, sort_keys=True) + "\n" + "".join(r + "\n" for r in rows)
    st = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_an_index_of_format_1_is_still_read_and_written_again_as_format_2(tmp_path):
    out = tmp_path / "out"
    _build(SEED[:2], out)
    _as_format_1(out)
    index, trusted, _ = current_index(out)
    assert trusted and index.digests is None and len(index.iris) == len(outputs.scan_blocks(out / TURTLE_FILE).iris)
    s = _add(SEED[2:], out)
    assert not s.store_rebuilt
    assert (out / INDEX_FILE).read_text(encoding="utf-8").startswith("kg-turtle-index 2\n")
    _build(SEED, tmp_path / "full")
    assert_same_build(out, tmp_path / "full")


def test_a_copy_by_cp_r_of_a_build_with_an_index_of_format_1_is_rebuilt(tmp_path):
    # without digests nothing tells a copy from an edit: the store is made again from kg.ttl, as before
    a, b = tmp_path / "a", tmp_path / "b"
    _build(SEED[:2], a)
    _as_format_1(a)
    _copy_tree(a, b, "shutil.copy")
    assert not current_index(b)[1]
    s = _add(SEED[2:], b)
    assert s.store_rebuilt
    _build(SEED, tmp_path / "full")
    assert_same_build(b, tmp_path / "full")


def test_case_variants_split_across_build_and_add_are_one_concept(tmp_path):
    # issue 3 (casefold16): two papers that case one discovered model differently state one IRI and one prefLabel in
    # their own blocks, so kg add of the second equals a build of both, byte for byte, and the node has one label
    lead = "We fine-tune large language models such as "
    tail = " and Gemma-2-9B with LoRA and report accuracy on GSM8K. We train deep learning models for inference."
    a = {"id": "a", "title": "A", "abstract": lead + "Olmo-1B, Mistral-7b-v0.3, Qwen2.5-32b" + tail}
    b = {"id": "b", "title": "B", "abstract": lead + "OLMo-1B, Mistral-7B-v0.3, Qwen2.5-32B" + tail}
    first, then = _jsonl(tmp_path / "a.jsonl", a), _jsonl(tmp_path / "b.jsonl", b)
    build([first], tmp_path / "inc", html=False, jobs=1)
    assert add([then], tmp_path / "inc", jobs=1).added == 1
    build([first, then], tmp_path / "full", html=False, jobs=1)
    inc, full = tmp_path / "inc", tmp_path / "full"
    assert (inc / TURTLE_FILE).read_bytes() == (full / TURTLE_FILE).read_bytes()
    assert index_rows(inc) == index_rows(full)
    assert store_quads(inc) == store_quads(full) == sorted(set(turtle_quads(full)))  # both papers state the nodes
    store = ox.Store.read_only(str(tmp_path / "full" / STORE_DIR))
    rows = store.query(
        "PREFIX kg: <https://w3id.org/papers-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?m (GROUP_CONCAT(DISTINCT ?l) AS ?ls) (COUNT(DISTINCT ?p) AS ?n) WHERE "
        "{ ?p kg:mentions ?m . ?m a kg:Model ; skos:prefLabel ?l } GROUP BY ?m"
    )
    got = {r["m"].value.rsplit("/model/", 1)[1]: (r["ls"].value, int(r["n"].value)) for r in rows}
    assert got["discovered/OLMo-1B"] == ("OLMo-1B", 2) and got["discovered/Mistral-7B-v0.3"] == ("Mistral-7B-v0.3", 2)
    assert got["qwen25-32b"] == ("Qwen2.5-32B", 2)  # the lower-case size links the vocabulary's concept
    assert not any("Olmo" in m or "7b" in m or "32b" in m for m in got if m.startswith("discovered/"))


def test_add_takes_progress_like_build(tmp_path):
    """usertest17: `kg build --no-progress` was accepted and `kg add --no-progress` a usage error (a script passing it
    to both failed); kg add now shows the same linking bar, on stderr, when asked or on a terminal."""
    out = tmp_path / "out"
    _build(SEED[:2], out)
    common = ["-o", str(out), "--vocab", str(MINI_VOCAB), "-j", "1"]
    quiet = CliRunner().invoke(main, ["add", str(SEED[2]), *common, "--no-progress"])
    assert quiet.exit_code == 0 and "linking" not in quiet.stderr, quiet.output
    shown = CliRunner().invoke(main, ["add", str(SEED[3]), *common, "--progress"])
    assert shown.exit_code == 0 and "linking" in shown.stderr and "paper" in shown.stderr, shown.output
    assert "linking" not in shown.stdout


def test_a_model_two_rules_find_is_one_node_across_build_and_add(tmp_path):
    # models17 (c50k): "CXR-LLAVA" listed with LLaVA-Med (the list rule) and "CXR-LLaVA" a variant of LLaVA (the variant
    # rule) are one IRI and one label, so kg add of the second paper equals a build of both, byte for byte
    a = {"id": "a", "title": "A", "abstract": "It outperformed state-of-the-art models including LLaVA-Med and CXR-LLAVA."}
    b = {"id": "b", "title": "B", "abstract": "A 1.2% improvement for CXR-LLaVA and a 9.2% boost for LLaVA-Med in VLMs."}
    first, then = _jsonl(tmp_path / "a.jsonl", a), _jsonl(tmp_path / "b.jsonl", b)
    build([first], tmp_path / "inc", html=False, jobs=1)
    assert add([then], tmp_path / "inc", jobs=1).added == 1
    build([first, then], tmp_path / "full", html=False, jobs=1)
    inc, full = tmp_path / "inc", tmp_path / "full"
    assert (inc / TURTLE_FILE).read_bytes() == (full / TURTLE_FILE).read_bytes()
    assert store_quads(inc) == store_quads(full)
    store = ox.Store.read_only(str(full / STORE_DIR))
    rows = store.query(
        "PREFIX kg: <https://w3id.org/papers-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        'SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:mentions ?m . ?m skos:prefLabel "CXR-LLaVA" } GROUP BY ?m'
    )
    assert [(r["m"].value.rsplit("/model/", 1)[1], int(r["n"].value)) for r in rows] == [("discovered/CXR-LLaVA", 2)]
