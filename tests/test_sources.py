"""Readers: exact output on the user's seed files, JSONL input, merging, bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.sources import detect_format, merge_papers, read_papers, title_id
from tests.conftest import DATA, SEEDS


@pytest.fixture(scope="module")
def records():
    return list(read_papers([SEEDS]))


@pytest.fixture(scope="module")
def papers(records):
    return {p.id: p for p in merge_papers(records)}


def test_seed_counts(records, papers):
    assert len(records) == 199
    assert len(papers) == 188


@pytest.mark.parametrize(
    "name, fmt",
    [("000_28d86be27ab73017.txt", "arxiv-listing"), ("003_cdab6eb5c2f3595e.txt", "arxiv-listing"),
     ("001_bee0db2ac82ccee2.txt", "paper-list"), ("002_4a88617501a30158.txt", "paper-list"),
     ("004_87d88c1e017bf306.txt", "paper-list")],
)
def test_formats_detected_from_content(name, fmt):
    assert detect_format(SEEDS / name) == fmt


def test_listing_id_closes_the_abstract_before_it(papers):
    p = papers["arXiv:2303.10126"]
    assert p.arxiv == "2303.10126" and p.title is None
    assert p.abstract.startswith("While generative modeling has been ubiquitous")
    assert p.abstract.endswith("with comparable recall@10 score.")
    assert "22.9\\% higher" in p.abstract  # LaTeX kept as text


@pytest.mark.parametrize(
    "pid, comments",
    [("arXiv:2106.02435", ("12 pages, 3 figures",)), ("arXiv:2104.08739", ("Accepted to ICME2018",)),
     ("arXiv:2006.15704", ("To appear in VLDB 2020",)), ("arXiv:2212.13645", ("5 pages, 1 figure",)),
     ("arXiv:2103.14464", ("7 pages, 6 figures, Published in IEEE International Conference on Robotics and Automation (ICRA), 2021",)),
     ("arXiv:2105.14713", ())],
)
def test_listing_comment_lines(papers, pid, comments):
    assert papers[pid].comments == comments


def test_latex_fragments_kept(papers):
    assert "$1\\times N$ block sparsity" in papers["arXiv:2105.14713"].abstract


def test_paper_list_titles_and_ids(papers):
    title = "BottleFit: Learning Compressed Representations in Deep Neural Networks for Effective and Efficient Split Computing"
    p = papers[title_id(title)]
    assert p.id == "sha1:4ad2450e52e3"
    assert p.title == title
    assert p.sources == ("001_bee0db2ac82ccee2.txt", "004_87d88c1e017bf306.txt")


def test_paper_in_three_files_is_one_record(papers):
    p = papers["sha1:589f3af822a9"]
    assert p.title == "DeepSoCS: A Neural Scheduler for Heterogeneous System-on-Chip (SoC) Resource Scheduling"
    assert p.sources == ("001_bee0db2ac82ccee2.txt", "002_4a88617501a30158.txt", "004_87d88c1e017bf306.txt")


def test_header_lines_are_not_papers(papers):
    for p in papers.values():
        assert p.title not in {"new", "Subscribe", "Mar 12", "byAK and the research community"}


def test_seed_records_equal_the_independently_prepared_dev_set(papers):
    # the 60 dev abstracts were cut from the same seed files by the evaluation's authors
    for line in (DATA / "eval" / "dev-abstracts.jsonl").read_text().splitlines():
        d = json.loads(line)
        p = papers[d["id"]]
        assert (p.title, p.abstract) == (d["title"], d["abstract"])


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_plain_and_gzip(tmp_path, compress):
    rec = {"id": "W 1/é", "title": "T", "abstract": "A b c.", "arxiv": "2301.00001v2", "authors": ["X", "Y"],
           "year": 2023, "url": "https://example.org/x", "categories": ["cs.LG"]}
    path = tmp_path / ("in.jsonl.gz" if compress else "in.jsonl")
    data = (json.dumps(rec) + "\n").encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    assert detect_format(path) == "jsonl"
    [p] = read_papers([path])
    assert (p.id, p.title, p.abstract, p.arxiv, p.authors, p.year, p.categories) == (
        "W 1/é", "T", "A b c.", "2301.00001", ("X", "Y"), 2023, ("cs.LG",))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b'{"id": "a", "abstract": "x"}\n{"id": "b", "abstr', "invalid JSON"),
        (b'{"id": "a", "title": "t"}\n', "has no abstract"),
        (b'{"id": "a", "abstract": "caf\xe9"}\n', "invalid UTF-8"),
        (b'{"id": "a", "abstract": "x"}\n{"id": "a", "abstract": "y"}\n', "duplicate id with a different abstract"),
        (b"just some words\nand more\n", "unknown input format"),
    ],
)
def test_bad_input_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError) as e:
        merge_papers(read_papers([path]))
    assert message in str(e.value)
    assert str(path) in str(e.value)


def test_missing_input_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_papers([tmp_path / "nope.jsonl"]))


def test_truncated_listing_is_an_error(tmp_path):
    path = tmp_path / "listing.txt"
    path.write_text("First abstract.\narXiv:2301.00001Second abstract with no id\n")
    with pytest.raises(InputError, match="after the last arXiv:ID"):
        list(read_papers([path]))


def test_corpus_shape_loads(tmp_path):
    # the shape of ../shared/corpus records: id, title, abstract, categories as a list
    path = Path(tmp_path / "c.jsonl.gz")
    rows = [{"id": f"2501.{i:05d}", "title": f"T{i}", "abstract": "x", "categories": ["cs.AI"]} for i in range(3)]
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    ps = merge_papers(read_papers([path]))
    assert [p.arxiv for p in ps] == ["2501.00000", "2501.00001", "2501.00002"]
