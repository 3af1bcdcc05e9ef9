"""Readers, one per input format, that turn files into :class:`kg.records.Paper` records.

``read_papers`` detects each file's format from its content (or takes a forced one) and
``merge_papers`` folds records of the same paper, read from several files, into one.

Error contract: a reader raises :class:`InputError` for what spoils the whole file (unreadable,
empty, binary, not well-formed XML) and *yields* an :class:`InputError` in place of a record
it cannot accept, then goes on with the next record. ``read_papers`` raises the first error,
or, given ``on_error``, hands every error to it and keeps every good record (``--skip-bad``).
"""

from __future__ import annotations

import gzip
import hashlib
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.graph import arxiv_url, web_iri
from kg.records import Paper

ARXIV_ID = re.compile(r"(?:\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})")
ARXIV_IN_ID = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?$", re.IGNORECASE)
MAX_FIELD_CHARS = 100_000  # an abstract or title longer than this is not an abstract
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 8192
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what decoding with errors="surrogateescape" leaves for a bad byte

Item = Paper | InputError
Reader = Callable[[Path], Iterator[Item]]
OnError = Callable[[InputError], None]


def title_id(title: str) -> str:
    """Identifier of a paper known only by its title: ``sha1:`` + 12 hex digits of the title."""
    return "sha1:" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]


def arxiv_from_id(identifier: str) -> str | None:
    """The arXiv id an identifier names (``arXiv:2303.09730``, ``2303.09730v2``), else None."""
    m = ARXIV_IN_ID.match(identifier.strip())
    return m.group(1) if m else None


def _read_error(path: Path, e: Exception) -> InputError:
    """The one-line error for a file that cannot be read or decompressed."""
    if isinstance(e, (gzip.BadGzipFile, EOFError, zlib.error)):
        return InputError(str(path), f"corrupt gzip stream: {e}")
    return InputError(str(path), f"cannot read: {getattr(e, 'strerror', None) or e}")


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, decompressed when gzip; unreadable, empty and binary files are refused."""
    try:
        data = path.read_bytes()
        if data[:2] == GZIP_MAGIC:
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        raise _read_error(path, e) from None
    check_head(path, data[:HEAD_BYTES])
    return data


def check_head(path: Path, head: bytes) -> None:
    """Refuse a file whose first bytes show it is empty or binary."""
    if not head.strip():
        raise InputError(str(path), "file is empty")
    if b"\x00" in head:
        raise InputError(str(path), "binary file (NUL bytes), not text")


def read_text(path: Path) -> str:
    """A file as text with newlines normalised; bytes that are not UTF-8 stay as escapes.

    Decoding uses ``surrogateescape``: a bad byte becomes a lone surrogate that
    :func:`check_paper` reports as invalid UTF-8 in the record that holds it, so one bad
    record does not cost the rest of the file.
    """
    text = read_bytes(path).decode("utf-8", errors="surrogateescape")
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_chars(value: str, what: str, path: str, line: int | None, record: str | None) -> InputError | None:
    m = _SURROGATE.search(value)
    if not m:
        return None
    c = ord(m.group(0))
    if _ESCAPED_BYTE.fullmatch(m.group(0)):
        reason = f"invalid UTF-8 in {what}: byte 0x{c - 0xDC00:02X} at character {m.start()}"
    else:
        reason = f"{what} holds a lone surrogate U+{c:04X} at character {m.start()}, which UTF-8 cannot encode"
    return InputError(path, reason, line=line, record=record)


def check_paper(paper: Paper, path: str, line: int | None) -> Item:
    """The paper, or the error that keeps it out of a graph: no abstract, oversized or unencodable text."""
    rid = paper.id
    bad = _check_chars(rid, "the id", path, line, None)
    if bad:
        return bad
    if not rid.strip():
        return InputError(path, "record has an empty id", line=line)
    if not paper.abstract.strip():
        return InputError(path, "record has no abstract", line=line, record=rid)
    for what, value in (("abstract", paper.abstract), ("title", paper.title or "")):
        if len(value) > MAX_FIELD_CHARS:
            return InputError(path, f"{what} of {len(value):,} characters exceeds {MAX_FIELD_CHARS:,}", line=line, record=rid)
    if paper.year is not None and not 0 < paper.year < 10_000:
        return InputError(path, f"year {paper.year} is not a year", line=line, record=rid)
    fields = [("title", paper.title or ""), ("abstract", paper.abstract), ("url", paper.url or "")]
    fields += [(name, v) for name in ("authors", "categories", "comments", "sources") for v in getattr(paper, name)]
    clean = _SURROGATE.search("".join(v for _, v in fields)) is None  # one scan for the common case: no field needs one
    for what, value in fields:
        if len(value) > MAX_FIELD_CHARS:
            return InputError(path, f"{what} of {len(value):,} characters exceeds {MAX_FIELD_CHARS:,}", line=line, record=rid)
        bad = None if clean else _check_chars(value, what, path, line, rid)
        if bad:
            return bad
    url = web_iri(paper.url)  # as the graph will hold it, so merging compares like with like
    if url and paper.arxiv and url == arxiv_url(paper.arxiv):
        url = None  # the graph links every arXiv paper to its abstract page anyway
    return paper if url == paper.url else replace(paper, url=url)


def readers() -> dict[str, Reader]:
    """Format name -> reader function."""
    from kg.sources import atom, bibtex, csvfile, jsonl, listing, paperlist

    return {
        "jsonl": jsonl.read,
        "csv": csvfile.read,
        "atom": atom.read,
        "bibtex": bibtex.read,
        "arxiv-listing": listing.read,
        "paper-list": paperlist.read,
    }


FORMATS = ("jsonl", "csv", "atom", "bibtex", "arxiv-listing", "paper-list")


def peek(path: Path, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` bytes of a file, decompressed if gzip."""
    try:
        with path.open("rb") as f:
            magic = f.read(2)
        if magic == GZIP_MAGIC:
            with gzip.open(path, "rb") as g:
                return g.read(size)
        with path.open("rb") as f:
            return f.read(size)
    except (OSError, EOFError, zlib.error) as e:
        raise _read_error(path, e) from None


def detect_format(path: Path) -> str:
    """Name the format of a file from its content."""
    from kg.sources import atom, bibtex, csvfile, jsonl, listing, paperlist

    raw = peek(path)
    check_head(path, raw)
    head = raw.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n")
    for name, module in (
        ("jsonl", jsonl),
        ("atom", atom),
        ("bibtex", bibtex),
        ("csv", csvfile),
        ("paper-list", paperlist),
        ("arxiv-listing", listing),
    ):
        if module.looks_like(head):
            return name
    raise InputError(str(path), f"unknown input format (expected one of: {', '.join(FORMATS)}; --format forces one){_hint(path)}")


def _hint(path: Path) -> str:
    """What the file's name suggests it was meant to be, and what that format needs."""
    ext = next((s.lower() for s in reversed(path.suffixes) if s.lower() != ".gz"), "")
    if ext in (".csv", ".tsv"):
        return f"; a {ext[1:].upper()} file needs a header row naming an 'abstract' (or 'summary') column"
    if ext in (".json", ".jsonl", ".ndjson"):
        return "; JSON Lines holds one JSON object per line (a JSON array is not read)"
    return ""


def expand_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the files inside named directories (sorted, hidden files skipped).

    A named directory with no such file is an error (its papers would be silently missing): directories inside it
    are not read.
    """
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            inside = sorted(f for f in p.iterdir() if not f.name.startswith("."))
            found = [f for f in inside if f.is_file()]
            if not found:
                subdirs = [f.name for f in inside if f.is_dir()]
                note = f"; directories inside it are not read ({', '.join(subdirs[:3])}{', ...' if len(subdirs) > 3 else ''})"
                raise InputError(str(p), "directory holds no input file" + (note if subdirs else ""))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise InputError(str(p), "no such file or directory")
    return files


def read_file(path: Path, fmt: str | None = None) -> Iterator[Item]:
    """Every record of one file, or the error in its place; raises for file-level errors."""
    table = readers()
    if fmt is not None and fmt not in table:
        raise InputError(str(path), f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    check_head(path, peek(path))
    yield from table[fmt or detect_format(path)](path)


def read_papers(inputs: Iterable[Path], fmt: str | None = None, on_error: OnError | None = None) -> Iterator[Paper]:
    """Yield every good record of every input file, in file order.

    Without ``on_error`` the first bad record or file raises :class:`InputError`. With it, each
    error is passed to ``on_error`` (a bad file as a whole, with no line) and reading goes on.
    """
    for path in expand_inputs(inputs):
        try:
            for item in read_file(path, fmt):
                if isinstance(item, InputError):
                    if on_error is None:
                        raise item
                    on_error(item)
                else:
                    yield item
        except InputError as e:
            if on_error is None:
                raise
            on_error(FileRejected(e.path, e.reason, line=e.line))


class FileRejected(InputError):
    """A whole file that could not be read (with ``--skip-bad``, the build goes on without it)."""


def paper_key(paper: Paper) -> str:
    """What makes two records the same paper: the arXiv id when known, else the identifier."""
    return "arxiv:" + paper.arxiv if paper.arxiv else "id:" + paper.id


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def conflict(a: Paper, b: Paper) -> str | None:
    """What makes two records of the same paper disagree (abstract or title), else None."""
    if _norm(a.abstract) != _norm(b.abstract):
        return "abstract"
    if a.title and b.title and _norm(a.title) != _norm(b.title):
        return "title"
    return None


def join(a: Paper, b: Paper) -> Paper:
    """One record from two agreeing records of the same paper, whatever their order.

    The join is commutative, associative and idempotent, so the result does not depend on input
    order or on merging in steps (``kg build A B`` = ``kg build A`` + ``kg add B``): sets are
    united, and where two values differ a fixed rule picks one (the smaller id, abstract, title
    and url; the longer author list; the earlier year).
    """
    return Paper(
        id=min(a.id, b.id),
        abstract=min(a.abstract, b.abstract),
        title=min((t for t in (a.title, b.title) if t), default=None),
        arxiv=a.arxiv or b.arxiv,
        authors=max(a.authors, b.authors, key=lambda x: (len(x), sorted(x))),
        year=min((y for y in (a.year, b.year) if y is not None), default=None),
        url=min((u for u in (a.url, b.url) if u), default=None),
        categories=tuple(sorted(set(a.categories) | set(b.categories))),
        comments=tuple(sorted(set(a.comments) | set(b.comments))),
        sources=tuple(sorted(set(a.sources) | set(b.sources))),
        origin=min(a.origin, b.origin),
    )


def _where(origin: str) -> tuple[str, int | None]:
    path, _, tail = origin.rpartition(":")
    return (path, int(tail)) if tail.isdigit() and path else (origin or "?", None)


@dataclass(frozen=True)
class Merged:
    """Papers merged by key (sorted), with how many duplicate records were folded into them."""

    papers: list[Paper]
    duplicates: int


def merge_papers(papers: Iterable[Paper], on_error: OnError | None = None) -> list[Paper]:
    """One record per paper, sorted by key; a paper read from several files records them all."""
    return merge(papers, on_error).papers


def _dispute(group: list[Paper]) -> tuple[Paper, Paper, str] | None:
    """The first record that disagrees with an earlier one, that earlier one, and on what; linear time."""
    first_title: Paper | None = None
    abstract = _norm(group[0].abstract)
    for q in group[1:]:
        if _norm(q.abstract) != abstract:
            return group[0], q, "abstract"
    for q in group:
        if q.title:
            if first_title is None:
                first_title = q
            elif _norm(q.title) != _norm(first_title.title or ""):
                return first_title, q, "title"
    return None


def merge(papers: Iterable[Paper], on_error: OnError | None = None) -> Merged:
    """Fold records of the same paper; records that disagree are an error.

    Without ``on_error`` the first disagreement raises. With it every version of a disputed
    paper is rejected (none can be preferred without depending on input order).
    """
    groups: dict[str, list[Paper]] = defaultdict(list)
    for p in papers:
        groups[paper_key(p)].append(p)
    out: list[Paper] = []
    duplicates = 0
    for k in sorted(groups):
        group = groups[k]
        dispute = _dispute(group) if len(group) > 1 else None
        if dispute:
            first, q, what = dispute
            if on_error is None:
                path, line = _where(q.origin)
                reason = f"duplicate id with a different {what} (first read at {first.origin})"
                raise InputError(path, reason, line=line, record=q.id)
            origins = sorted(r.origin for r in group)
            places = ", ".join(origins[:4]) + (f" and {len(origins) - 4} more" if len(origins) > 4 else "")
            for r in group:
                path, line = _where(r.origin)
                on_error(InputError(path, f"duplicate id with a different {what} (versions at {places})", line=line, record=r.id))
            continue
        merged = group[0]
        for q in group[1:]:
            merged = join(merged, q)
        out.append(merged)
        duplicates += len(group) - 1
    return Merged(out, duplicates)


@dataclass(frozen=True)
class Reading:
    """What reading the inputs gave: merged papers, and an exact account of every record.

    ``records == len(papers) + len(rejected) + duplicates``: each record read is in the graph,
    rejected (with ``skip_bad``), or folded into another record of the same paper.
    ``rejected_files`` are whole files that could not be read (not counted as records).
    """

    papers: list[Paper]
    records: int
    duplicates: int
    rejected: tuple[InputError, ...]
    rejected_files: tuple[InputError, ...]


def read_all(inputs: Iterable[Path], fmt: str | None = None, skip_bad: bool = False) -> Reading:
    """Read and merge every input; with ``skip_bad`` bad records and files are collected, not raised."""
    unread: list[InputError] = []  # bad records and files
    disputed: list[InputError] = []  # good records that disagree with another version of their paper
    good = 0

    def counted() -> Iterator[Paper]:
        nonlocal good
        for p in read_papers(inputs, fmt, unread.append if skip_bad else None):
            good += 1
            yield p

    merged = merge(counted(), disputed.append if skip_bad else None)
    files = [e for e in unread if isinstance(e, FileRejected)]
    records = [e for e in unread if not isinstance(e, FileRejected)]
    return Reading(
        papers=merged.papers,
        records=good + len(records),
        duplicates=merged.duplicates,
        rejected=tuple(sorted(records + disputed, key=error_order)),
        rejected_files=tuple(sorted(files, key=error_order)),
    )


def error_order(e: InputError) -> tuple[str, int, str, str]:
    """Sort key of errors in reports: file, line, record, reason."""
    return e.path, e.line or 0, e.record or "", e.reason
