"""Readers, one per input format, that turn files into :class:`kg.records.Paper` records.

``read_papers`` detects each file's format from its content (or takes a forced one) and
``merge_papers`` folds records of the same paper, read from several files, into one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.records import Paper

ARXIV_ID = re.compile(r"(?:\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})")
ARXIV_IN_ID = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?$", re.IGNORECASE)
MAX_FIELD_CHARS = 100_000  # an abstract or title longer than this is not an abstract


def title_id(title: str) -> str:
    """Identifier of a paper known only by its title: ``sha1:`` + 12 hex digits of the title."""
    return "sha1:" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]


def arxiv_from_id(identifier: str) -> str | None:
    """The arXiv id an identifier names (``arXiv:2303.09730``, ``2303.09730v2``), else None."""
    m = ARXIV_IN_ID.match(identifier.strip())
    return m.group(1) if m else None


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, refusing empty, binary and mis-encoded files with a clear error."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror}") from None
    if not data.strip():
        raise InputError(str(path), "file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(str(path), f"invalid UTF-8 at byte {e.start}", line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_paper(paper: Paper, path: str, line: int | None) -> Paper:
    """Refuse records a graph cannot hold: no abstract, oversized fields."""
    if not paper.abstract.strip():
        raise InputError(path, "record has no abstract", line=line, record=paper.id)
    if len(paper.abstract) > MAX_FIELD_CHARS:
        raise InputError(
            path, f"abstract of {len(paper.abstract):,} characters exceeds {MAX_FIELD_CHARS:,}", line=line, record=paper.id
        )
    if paper.title is not None and len(paper.title) > MAX_FIELD_CHARS:
        raise InputError(path, f"title of {len(paper.title):,} characters exceeds {MAX_FIELD_CHARS:,}", line=line, record=paper.id)
    return paper


Reader = Callable[[Path], Iterator[Paper]]


def readers() -> dict[str, Reader]:
    """Format name -> reader function, in detection order."""
    from kg.sources import jsonl, listing, paperlist

    return {"jsonl": jsonl.read, "arxiv-listing": listing.read, "paper-list": paperlist.read}


def detect_format(path: Path) -> str:
    """Name the format of a file from its content."""
    from kg.sources import jsonl, listing, paperlist

    head = jsonl.peek(path)
    if not head.strip():
        raise InputError(str(path), "file is empty")
    if "\x00" in head:
        raise InputError(str(path), "binary file (NUL bytes), not text")
    if jsonl.looks_like(head):
        return "jsonl"
    if paperlist.looks_like(head):
        return "paper-list"
    if listing.looks_like(head):
        return "arxiv-listing"
    raise InputError(str(path), "unknown input format (expected JSONL, an arXiv listing or a paper-list page)")


def expand_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the files inside named directories (sorted, hidden files skipped)."""
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")))
        elif p.exists():
            files.append(p)
        else:
            raise InputError(str(p), "no such file or directory")
    return files


def read_papers(inputs: Iterable[Path], fmt: str | None = None) -> Iterator[Paper]:
    """Yield every record of every input file, in file order."""
    table = readers()
    for path in expand_inputs(inputs):
        name = fmt or detect_format(path)
        if name not in table:
            raise InputError(str(path), f"unknown format {name!r} (known: {', '.join(table)})")
        yield from table[name](path)


def paper_key(paper: Paper) -> str:
    """What makes two records the same paper: the arXiv id when known, else the identifier."""
    return "arxiv:" + paper.arxiv if paper.arxiv else "id:" + paper.id


def _merge(a: Paper, b: Paper) -> Paper:
    if " ".join(a.abstract.split()) != " ".join(b.abstract.split()):
        raise InputError(
            b.origin.rsplit(":", 1)[0] or "?",
            f"duplicate id with a different abstract (first read at {a.origin})",
            line=_line_of(b.origin),
            record=b.id,
        )
    if a.title and b.title and a.title != b.title:
        raise InputError(
            b.origin.rsplit(":", 1)[0] or "?",
            f"duplicate id with a different title (first read at {a.origin})",
            line=_line_of(b.origin),
            record=b.id,
        )
    return replace(
        a,
        title=a.title or b.title,
        authors=a.authors or b.authors,
        year=a.year or b.year,
        url=a.url or b.url,
        categories=tuple(sorted(set(a.categories) | set(b.categories))),
        comments=tuple(dict.fromkeys(a.comments + b.comments)),
        sources=tuple(sorted(set(a.sources) | set(b.sources))),
    )


def _line_of(origin: str) -> int | None:
    tail = origin.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def merge_papers(papers: Iterable[Paper]) -> list[Paper]:
    """One record per paper, sorted by key; a paper read from several files records them all."""
    merged: dict[str, Paper] = {}
    for p in papers:
        k = paper_key(p)
        merged[k] = _merge(merged[k], p) if k in merged else p
    return [merged[k] for k in sorted(merged)]
