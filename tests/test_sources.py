"""Readers: exact output on the user's seed files, JSONL input, merging, bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.records import Paper
from kg.sources import MAX_FIELD_CHARS, FileRejected, detect_format, join, merge_papers, read_all, read_papers, title_id
from tests.conftest import DATA, SEEDS

INGEST = DATA / "ingest"


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
    [
        ("000_28d86be27ab73017.txt", "arxiv-listing"),
        ("003_cdab6eb5c2f3595e.txt", "arxiv-listing"),
        ("001_bee0db2ac82ccee2.txt", "paper-list"),
        ("002_4a88617501a30158.txt", "paper-list"),
        ("004_87d88c1e017bf306.txt", "paper-list"),
    ],
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
    [
        ("arXiv:2106.02435", ("12 pages, 3 figures",)),
        ("arXiv:2104.08739", ("Accepted to ICME2018",)),
        ("arXiv:2006.15704", ("To appear in VLDB 2020",)),
        ("arXiv:2212.13645", ("5 pages, 1 figure",)),
        (
            "arXiv:2103.14464",
            ("7 pages, 6 figures, Published in IEEE International Conference on Robotics and Automation (ICRA), 2021",),
        ),
        ("arXiv:2105.14713", ()),
    ],
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
    rec = {
        "id": "W 1/é",
        "title": "T",
        "abstract": "A b c.",
        "arxiv": "2301.00001v2",
        "authors": ["X", "Y"],
        "year": 2023,
        "url": "https://example.org/x",
        "categories": ["cs.LG"],
    }
    path = tmp_path / ("in.jsonl.gz" if compress else "in.jsonl")
    data = (json.dumps(rec) + "\n").encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    assert detect_format(path) == "jsonl"
    [p] = read_papers([path])
    assert (p.id, p.title, p.abstract, p.arxiv, p.authors, p.year, p.categories) == (
        "W 1/é",
        "T",
        "A b c.",
        "2301.00001",
        ("X", "Y"),
        2023,
        ("cs.LG",),
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (None, None),  # the graph links every arXiv paper to its abstract page anyway
        ("https://arxiv.org/abs/2301.00001", None),
        ("https://example.org/x y", "https://example.org/x%20y"),
    ],
    ids=["none", "the-arxiv-page", "another-page"],
)
def test_jsonl_url_is_kept_only_when_it_adds_a_page(tmp_path, url, expected):
    """Issue #4 (the read's cost): a record without a url is read as the same Paper as one naming its arXiv page."""
    rec = {"id": "2301.00001", "title": "T", "abstract": "A b c.", **({"url": url} if url else {})}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(rec) + "\n")
    [p] = read_papers([path])
    assert (p.arxiv, p.url) == ("2301.00001", expected)


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


def test_jsonl_with_a_byte_order_mark_and_crlf_lines(tmp_path):
    """usertest14: a UTF-8 BOM (Windows editors, PowerShell, Excel) made line 1 "invalid JSON: Unexpected UTF-8 BOM"."""
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "abstract": "x y"}\r\n{"id": "b", "abstract": "z"}\r\n')
    assert detect_format(path) == "jsonl"
    assert [(p.id, p.abstract) for p in read_papers([path])] == [("a", "x y"), ("b", "z")]


def test_invalid_json_message_reads_once(tmp_path):
    """usertest14: a raw control character in a string read "Invalid control character at at column 27"."""
    path = tmp_path / "ctl.jsonl"
    path.write_bytes(b'{"id": "a", "abstract": "x\x01\ty"}\n')
    with pytest.raises(InputError, match=r"ctl.jsonl:1: invalid JSON: Invalid control character at column 27$"):
        list(read_papers([path]))


@pytest.mark.parametrize(
    ("inside", "message"),
    [
        ([], "empty: directory holds no input file$"),
        ([".hidden.jsonl"], "empty: directory holds no input file$"),
        (["2024/", "2025/"], r"empty: directory holds no input file; directories inside it are not read \(2024, 2025\)"),
    ],
)
def test_a_directory_without_input_files_is_an_error(tmp_path, inside, message):
    """usertest14: `kg build DIR` of an empty directory, or of one holding only subdirectories, wrote an empty graph
    and exited 0."""
    d = tmp_path / "empty"
    d.mkdir()
    for name in inside:
        (d / name).mkdir() if name.endswith("/") else (d / name).write_text('{"id": "a", "abstract": "x"}\n')
    with pytest.raises(InputError, match=message):
        list(read_papers([d]))


@pytest.mark.parametrize(
    ("name", "content", "hint"),
    [
        (
            "papers.csv",
            "id,title,summaryx\np1,T,We run BERT.\n",
            "; a CSV file needs a header row naming an 'abstract' (or 'summary') column",
        ),
        ("papers.tsv.gz", "id\ttext\np1\tWe run BERT.\n", "; a TSV file needs a header row naming an 'abstract'"),
        (
            "papers.json",
            '[{"id": "a", "abstract": "x"}]\n',
            "; JSON Lines holds one JSON object per line (a JSON array is not read)",
        ),
        ("notes.txt", "just some words\nand more\n", "--format forces one)"),
    ],
)
def test_unknown_format_says_what_the_file_name_promised(tmp_path, name, content, hint):
    """usertest14: a CSV without an abstract column and a JSON array were only "unknown input format"."""
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode()) if name.endswith(".gz") else content.encode())
    with pytest.raises(InputError, match="unknown input format") as e:
        detect_format(path)
    assert hint in str(e.value)
    assert ("; a " in str(e.value) or "; JSON Lines" in str(e.value)) != name.endswith(".txt")


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


# ---- the formats added for messy collections: CSV, arXiv API Atom, BibTeX --------------------


@pytest.mark.parametrize("name, fmt", [("papers.csv", "csv"), ("arxiv-api.xml", "atom"), ("papers.bib", "bibtex")])
def test_new_formats_detected_from_content(tmp_path, name, fmt):
    assert detect_format(INGEST / name) == fmt
    renamed = tmp_path / "input.dat"  # the content decides, not the file name
    renamed.write_bytes((INGEST / name).read_bytes())
    assert detect_format(renamed) == fmt


def test_csv_reader_quoted_fields_and_id_fallbacks():
    a, b, c = read_papers([INGEST / "papers.csv"])
    assert (a.id, a.title, a.authors, a.year, a.categories) == (
        "W1",
        "INT8 on MCUs",
        ("Ada Lovelace", "Alan Turing"),
        2025,
        ("cs.LG", "cs.AR"),
    )
    assert a.abstract == (
        'We deploy INT8 quantized transformers on an STM32F746 microcontroller, with "quotes" and a\n'
        "line break inside the quoted abstract."
    )
    assert (b.id, b.arxiv, b.title, b.origin.rsplit(":", 1)[1]) == ("arXiv:2501.09999", "2501.09999", None, "4")
    assert (c.id, c.title) == (title_id("Title only paper"), "Title only paper")


def test_tsv_with_other_column_names(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_text("Identifier\tSummary\tEprint\tExtra\nX 1\tOn an FPGA.\t2301.00001v3\tignored\n", encoding="utf-8")
    [p] = read_papers([path])
    assert (p.id, p.abstract, p.arxiv) == ("X 1", "On an FPGA.", "2301.00001")


def test_atom_reader_arxiv_api_entries():
    a, b = read_papers([INGEST / "arxiv-api.xml"])
    assert (a.id, a.arxiv, a.year) == ("arXiv:2501.01234", "2501.01234", 2025)
    assert a.title == "INT8 Quantized Transformers on Microcontrollers"  # line wrapping undone
    assert a.abstract == (
        "We deploy INT8 quantized transformers on an STM32F746 microcontroller and compare them with an "
        "NVIDIA H100 baseline & a field-programmable gate array."
    )
    assert (a.authors, a.categories) == (("Ada Lovelace", "Alan Turing"), ("cs.AR", "cs.LG"))
    assert a.comments == ("12 pages, 3 figures",)
    assert a.origin.endswith("arxiv-api.xml:10")
    assert (b.id, b.arxiv) == ("arXiv:cs/0112017", "cs/0112017")


def test_bibtex_reader_decodes_latex():
    a, b, c = read_papers([INGEST / "papers.bib"])
    assert a.id == "lovelace2025int8" and a.arxiv == "2501.05678"
    assert a.title == "INT8 Quantized Transformers on STM32F746 Microcontrollers: Café Über Study"
    assert a.authors == ("Lovelace, Ada", "Turing, Alan", "Müller, Jörg")
    assert "reach 50% lower latency than an NVIDIA H100 baseline;" in a.abstract
    assert "$O(n^2)$" in a.abstract  # math kept as written
    assert a.comments == ("Advances in Neural Information Processing Systems",)  # @string expanded
    assert (b.arxiv, b.year, b.title) == ("cs/0112017", 2001, "An old-style identifier")  # arXiv id from the url
    assert c.arxiv == "2502.00042"  # from the arXiv DOI


def test_same_paper_from_several_formats_is_one_node():
    papers = merge_papers(read_papers([INGEST / "papers.csv", INGEST / "arxiv-api.xml", INGEST / "papers.bib", SEEDS]))
    by_arxiv = {p.arxiv: p for p in papers if p.arxiv}
    p = by_arxiv["cs/0112017"]
    assert p.sources == ("arxiv-api.xml", "papers.bib")
    # differing author lists: the longer, then the greater one wins, whatever the file order
    assert (p.id, p.title, p.authors) == ("arXiv:cs/0112017", "An old-style identifier", ("Hopper, Grace",))


# ---- bad input: one clear error naming file, line or record, and what is wrong --------------


BAD_INPUTS = [
    # (name, file content, expected line, expected record, words of the reason)
    ("empty", "in.jsonl", b"", None, None, "file is empty"),
    ("blank lines only", "in.jsonl", b"\n  \n\n", None, None, "file is empty"),
    ("binary", "in.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, None, "binary file"),
    (
        "invalid UTF-8",
        "in.jsonl",
        b'{"id": "a", "abstract": "ok"}\n{"id": "b", "abstract": "caf\xe9"}\n',
        2,
        "b",
        "invalid UTF-8",
    ),
    ("truncated JSONL line", "in.jsonl", b'{"id": "a", "abstract": "x"}\n{"id": "b", "abstr', 2, None, "truncated last line"),
    ("no abstract", "in.jsonl", b'{"id": "a", "title": "t"}\n', 1, "a", "has no abstract"),
    ("blank abstract", "in.jsonl", b'{"id": "a", "abstract": "  "}\n', 1, "a", "has no abstract"),
    (
        "duplicate id, different content",
        "in.jsonl",
        b'{"id": "a", "abstract": "x"}\n{"id": "a", "abstract": "y"}\n',
        2,
        "a",
        "duplicate id with a different abstract",
    ),
    (
        "5 MB abstract",
        "in.jsonl",
        b'{"id": "big", "abstract": "' + b"x" * 5_000_000 + b'"}\n',
        1,
        "big",
        f"exceeds {MAX_FIELD_CHARS:,}",
    ),
    ("unknown format", "in.txt", b"just some words\nand more\n", None, None, "unknown input format"),
    ("lone surrogate", "in.jsonl", b'{"id": "s", "abstract": "bad \\ud800 text"}\n', 1, "s", "lone surrogate U+D800"),
    ("lone surrogate in id", "in.jsonl", b'{"id": "\\udfff", "abstract": "x"}\n', 1, None, "lone surrogate U+DFFF"),
    ("JSON nested too deeply", "in.jsonl", b"{" + b'"a":[' * 100_000 + b"\n", 1, None, "invalid JSON"),
    ("huge integer", "in.jsonl", b'{"id": "h", "abstract": "x", "year": ' + b"9" * 5000 + b"}\n", 1, None, "invalid JSON"),
    ("not a year", "in.jsonl", b'{"id": "y", "abstract": "x", "year": 123456}\n', 1, "y", "is not a year"),
    ("corrupt gzip", "in.jsonl.gz", b"\x1f\x8b\x08\x00garbage-not-deflate", None, None, "corrupt gzip"),
    ("CSV short row", "in.csv", b"id,abstract,year\na,An abstract.,2020\nb,Too few\n", 3, None, "expected 3 fields"),
    ("CSV 5 MB field", "in.csv", b'id,abstract\nbig,"' + b"x" * 5_000_000 + b'"\n', 2, None, f"exceeds {MAX_FIELD_CHARS:,}"),
    ("CSV unterminated quote", "in.csv", b'id,abstract\na,"never closed\nb,more\n', 2, None, "never closed"),
    ("CSV no id or title", "in.csv", b"id,title,abstract\n,,An abstract.\n", 2, None, "has no id"),
    (
        "XML not well-formed",
        "in.xml",
        b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n</feed>\n',
        4,
        None,
        "not well-formed XML",
    ),
    (
        "XML entity expansion (billion laughs)",
        "in.xml",
        b'<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><summary>&b;</summary></entry></feed>\n',
        2,
        None,
        "refused XML",
    ),
    (
        "XML external entity",
        "in.xml",
        b'<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>&x;</summary></entry></feed>\n',
        2,
        None,
        "refused XML",
    ),
    (
        "Atom entry without summary",
        "in.xml",
        b'<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/abs/2301.00001v1</id>\n</entry>\n</feed>\n',
        2,
        "arXiv:2301.00001",
        "has no abstract",
    ),
    (
        "arXiv API error entry",
        "in.xml",
        b'<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>\n'
        b"<summary>incorrect id format for 1234</summary>\n</entry>\n</feed>\n",
        2,
        None,
        "incorrect id format",
    ),
    ("XML that is not Atom", "in.xml", b'<?xml version="1.0"?>\n<rss><feed></feed></rss>\n', 1, None, "not an Atom <feed>"),
    (
        "BibTeX unclosed entry",
        "in.bib",
        b"@article{a,\n  title = {Missing brace,\n  year = 2020\n}\n@misc{b, abstract={On an FPGA.}}\n",
        1,
        "a",
        "bad BibTeX entry",
    ),
    (
        "BibTeX 5 MB abstract",
        "in.bib",
        b"@misc{big, abstract = {" + b"x \\% " * 1_250_000 + b"}}\n",
        1,
        "big",
        f"exceeds {MAX_FIELD_CHARS:,}",
    ),
    (
        "Atom 5 MB summary",
        "in.xml",
        b'<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>big</id><summary>'
        + b"x " * 2_500_000
        + b"</summary></entry></feed>\n",
        2,
        "big",
        f"exceeds {MAX_FIELD_CHARS:,}",
    ),
    ("BibTeX entry without abstract", "in.bib", b"@misc{noabs,\n  title = {T}\n}\n", 1, "noabs", "has no abstract"),
    (
        "listing item without id",
        "in.txt",
        b"First abstract.\narXiv:2301.00001Second abstract with no id\n",
        2,
        None,
        "after the last arXiv:ID",
    ),
    (
        "paper-list title without abstract",
        "in.txt",
        b"new\n\nMar 12\n\nA title\n\nIts abstract, longer than the title.\n\nLone title\n",
        9,
        None,
        "has no abstract paragraph",
    ),
]


@pytest.mark.parametrize("name, filename, content, line, record, reason", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_names_file_line_record_and_reason(tmp_path, name, filename, content, line, record, reason):
    path = tmp_path / filename
    path.write_bytes(content)
    with pytest.raises(InputError) as e:
        merge_papers(read_papers([path]))
    err = e.value
    assert err.path == str(path)
    assert (err.line, err.record) == (line, record)
    assert reason in err.reason
    where = f"{path}:{line}" if line else str(path)
    assert str(err).startswith(where)
    assert "\n" not in str(err) and len(str(err)) < 600  # one line, not the whole bad record


def test_duplicate_ids_with_the_same_content_merge(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "abstract": "x  y"}\n{"id": "a", "abstract": "x y", "title": "T"}\n', encoding="utf-8")
    [p] = merge_papers(read_papers([path]))
    assert (p.id, p.title) == ("a", "T")


def test_forced_format_reads_what_detection_would_not(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text("  \n% comment\n@misc{k, abstract = {On an FPGA.}}\n", encoding="utf-8")
    assert [p.id for p in read_papers([path], "bibtex")] == ["k"]
    with pytest.raises(InputError, match="unknown format 'yaml'"):
        list(read_papers([path], "yaml"))


# ---- --skip-bad: every good record kept, every bad one accounted for ------------------------


SKIP_CASES = [
    (
        "in.jsonl",
        b'{"id": "g1", "abstract": "a"}\n{"id": "b1", "abstr\n{"id": "b2", "abstract": "\xff"}\n'
        b'{"id": "g2", "abstract": "b"}\n{"id": "b3", "title": "no abstract"}\n{"id": "g3", "abstract": "c"}',
        [2, 3, 5],
    ),
    ("in.csv", b'id,abstract\ng1,a\nb1\ng2,"b"\nb2,\ng3,c\n', [3, 5]),
    (
        "in.bib",
        b"@misc{g1, abstract={a}}\n@misc{b1, title={x}}\n@misc{g2, abstract={b}}\n@misc{b2,\n title={\n@misc{g3, abstract={c}}\n",
        [2, 4],
    ),
    (
        "in.xml",
        b'<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>g1</id><summary>a</summary></entry>\n'
        b"<entry><id>b1</id></entry>\n<entry><id>g2</id><summary>b</summary></entry>\n"
        b"<entry><id>g3</id><summary>c</summary></entry>\n</feed>\n",
        [3],
    ),
    ("in.txt", b"a\narXiv:2301.00001\narXiv:2301.00002b\narXiv:2301.00003c\narXiv:2301.00004dangling\n", [3, 5]),
]


@pytest.mark.parametrize("filename, content, bad_lines", SKIP_CASES, ids=[c[0] for c in SKIP_CASES])
def test_skip_bad_keeps_every_good_record(tmp_path, filename, content, bad_lines):
    path = tmp_path / filename
    path.write_bytes(content)
    with pytest.raises(InputError):  # without skipping, the first bad record stops the read
        read_all([path])
    r = read_all([path], skip_bad=True)
    assert sorted(p.abstract for p in r.papers) == ["a", "b", "c"]
    assert [e.line for e in r.rejected] == bad_lines
    assert all(e.path == str(path) and e.reason for e in r.rejected)
    assert r.records == len(r.papers) + len(r.rejected) + r.duplicates


def test_skip_bad_rejects_whole_bad_files_and_goes_on(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "a", "abstract": "x"}\n', encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text("no known format here\n", encoding="utf-8")
    (tmp_path / "d.xml").write_bytes(b"<feed><entry>\n")
    r = read_all([tmp_path], skip_bad=True)
    assert [p.id for p in r.papers] == ["a"]
    assert [(Path(e.path).name, type(e)) for e in r.rejected_files] == [
        ("b.bin", FileRejected),
        ("c.txt", FileRejected),
        ("d.xml", FileRejected),
    ]
    assert r.records == 1


def test_skip_bad_rejects_every_version_of_a_disputed_paper(tmp_path):
    # no version can be preferred without depending on input order, so none is kept
    (tmp_path / "1.jsonl").write_text('{"id": "a", "abstract": "x"}\n{"id": "k", "abstract": "same"}\n', encoding="utf-8")
    (tmp_path / "2.jsonl").write_text('{"id": "a", "abstract": "y"}\n{"id": "k", "abstract": "same"}\n', encoding="utf-8")
    r = read_all([tmp_path], skip_bad=True)
    assert [p.id for p in r.papers] == ["k"]
    assert [(Path(e.path).name, e.record) for e in r.rejected] == [("1.jsonl", "a"), ("2.jsonl", "a")]
    assert "versions at" in r.rejected[0].reason
    assert (r.records, r.duplicates) == (4, 1)  # 4 = 1 in the graph + 2 rejected + 1 merged


def test_bad_bytes_in_a_listing_cost_one_record(tmp_path):
    path = tmp_path / "listing.txt"
    path.write_bytes(b"Good one.\narXiv:2301.00001Caf\xe9 bad.\narXiv:2301.00002Good two.\narXiv:2301.00003")
    r = read_all([path], skip_bad=True)
    assert [p.arxiv for p in r.papers] == ["2301.00001", "2301.00003"]
    [e] = r.rejected
    assert (e.line, e.record) == (2, "arXiv:2301.00002") and "invalid UTF-8 in abstract: byte 0xE9" in e.reason


def test_control_characters_are_kept(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "c\u0001", "abstract": "tab\there\u0000nul\u007fdel\u0085nel"}) + "\n", encoding="utf-8")
    [p] = read_papers([path])
    assert p.abstract == "tab\there\u0000nul\u007fdel\u0085nel" and p.id == "c\u0001"


# ---- merging is order-independent (kg build A B == kg build B A == kg build A + kg add B) ----


def _paper(**kw):
    base = {"id": "x", "abstract": "An abstract.", "sources": ("f",)}
    return Paper(**{**base, **kw})


VERSIONS = [
    _paper(title="T", authors=("B", "A"), year=2021, url="https://b.org", categories=("cs.LG",), sources=("1",)),
    _paper(id="x", authors=("C",), year=2020, comments=("9 pages",), sources=("2",)),
    _paper(abstract="An  abstract.", url="https://a.org", categories=("cs.AR",), comments=("Accepted",), sources=("3",)),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2), (1, 2, 0)])
def test_join_is_commutative_and_associative(order):
    a, b, c = (VERSIONS[i] for i in order)
    left, right = join(join(a, b), c), join(a, join(b, c))
    reference = join(join(VERSIONS[0], VERSIONS[1]), VERSIONS[2])
    assert left == right == reference
    assert reference.sources == ("1", "2", "3") and reference.authors == ("B", "A") and reference.year == 2020
    assert join(reference, VERSIONS[1]) == reference  # idempotent: adding a version again changes nothing


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"title": "bad \ud800"}, "title holds a lone surrogate U+D800 at character 4, which UTF-8 cannot encode"),
        ({"authors": ("A", "B \udce9")}, "invalid UTF-8 in authors: byte 0xE9 at character 2"),
        (
            {"comments": ("ok",), "categories": ("cs.LG", "\udfff")},
            "categories holds a lone surrogate U+DFFF at character 0, which UTF-8 cannot encode",
        ),
        (
            {"title": "\ud800", "abstract": "An abstract \udce9."},
            "title holds a lone surrogate U+D800 at character 0, which UTF-8 cannot encode",
        ),
        ({"title": "x" * (MAX_FIELD_CHARS + 1), "authors": ("\ud800",)}, "title of 100,001 characters exceeds 100,000"),
        ({"title": "T", "authors": ("A",)}, None),
    ],
    ids=["title", "author-byte", "category", "first-field-wins", "length-before-characters", "clean"],
)
def test_check_paper_names_the_first_bad_field(fields, reason):
    """Issue #4 (the read's cost): one scan of all fields finds a clean record; a bad one is still named field by field."""
    from kg.sources import check_paper

    paper = _paper(**fields)
    got = check_paper(paper, "in.jsonl", 3)
    if reason is None:
        assert got == paper
    else:
        assert isinstance(got, InputError) and (got.line, got.record, got.reason) == (3, "x", reason)


# ---- over-long JSON Lines lines: refused without being held whole ------------------------------------------------------


def _write(path: Path, chunks: list[bytes]) -> None:
    with gzip.open(path, "wb", compresslevel=1) if path.suffix == ".gz" else path.open("wb") as f:
        for chunk in chunks:
            f.write(chunk)


@pytest.mark.parametrize("filename", ["in.jsonl", "in.jsonl.gz"])
def test_an_over_long_jsonl_line_is_one_bad_record_and_the_next_lines_are_read(tmp_path, filename):
    from kg.sources.jsonl import MAX_LINE_BYTES

    path = tmp_path / filename
    big = b'{"id": "big", "abstract": "' + b"x" * (MAX_LINE_BYTES + 1_000_000) + b'"}\n'
    _write(path, [b'{"id": "a", "abstract": "First."}\n', big, b'{"id": "c", "abstract": "Third."}\n'])
    with pytest.raises(InputError) as e:
        list(read_papers([path]))
    assert (
        str(e.value) == f"{path}:2 (record 'big'): line of more than {MAX_LINE_BYTES:,} bytes: too long for one record (skipped)"
    )
    reading = read_all([path], skip_bad=True)
    assert [p.id for p in reading.papers] == ["a", "c"]
    assert reading.records == 3
    assert [(r.line, r.record) for r in reading.rejected] == [(2, "big")]


def _line(n: int) -> bytes:
    """A JSON Lines record of exactly ``n`` bytes, no newline."""
    head = b'{"id": "a", "abstract": "'
    return head + b"x" * (n - len(head) - 2) + b'"}'


@pytest.mark.parametrize(
    "content, refused",
    [
        (_line(100) + b"\n", None),  # 100 bytes and its newline: read
        (_line(100), None),  # 100 bytes, the last line without a newline
        (_line(100) + b"\r\n", 1),  # 101 bytes before the newline
        (_line(101), 1),  # 101 bytes at the end of the file
        (b"\xef\xbb\xbf" + _line(300) + b'\n{"id": "b", "abstract": "y"}\n', 1),
        (b'{"abstract": "' + b"x" * 200 + b'", "id": "a"}\n' + b'{"id": "b", "abstract": "y"}\n', 1),
    ],
    ids=["limit", "limit-at-eof", "over-by-one", "over-at-eof", "bom", "id-not-first"],
)
def test_the_line_limit_counts_bytes_before_the_newline(tmp_path, monkeypatch, content, refused):
    from kg.sources import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 100)
    monkeypatch.setattr(jsonl, "_SKIP_CHUNK", 7)  # the rest of a long line is skipped in many pieces
    path = tmp_path / "in.jsonl"
    path.write_bytes(content)
    reading = read_all([path], skip_bad=True)
    assert [(r.line, r.reason) for r in reading.rejected] == (
        [] if refused is None else [(refused, "line of more than 100 bytes: too long for one record (skipped)")]
    )
    if refused is not None:
        assert reading.rejected[0].record == (None if content.startswith(b'{"abstract"') else "a")
        assert [p.id for p in reading.papers] == (["b"] if b'"b"' in content else [])


@pytest.mark.parametrize("filename", ["in.jsonl", "in.jsonl.gz"])
def test_an_over_long_line_is_refused_in_bounded_memory(tmp_path, filename):
    """A 200 MB line (gzip) or 40 MB line (plain) costs at most a few times MAX_LINE_BYTES, not the line's size
    (before: the whole line, then its text and the decoded JSON, about 5 times the line)."""
    import tracemalloc

    from kg.sources.jsonl import MAX_LINE_BYTES

    size = 200_000_000 if filename.endswith(".gz") else 40_000_000
    path = tmp_path / filename
    _write(path, [b'{"id": "big", "abstract": "', *([b"x" * 1_000_000] * (size // 1_000_000)), b'"}\n'])
    tracemalloc.start()
    try:
        reading = read_all([path], skip_bad=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(r.line, r.record) for r in reading.rejected] == [(1, "big")]
    assert peak < 3 * MAX_LINE_BYTES, f"{peak:,} bytes at peak for a {size:,}-byte line"
