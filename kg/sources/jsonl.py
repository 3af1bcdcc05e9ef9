"""Reader for JSON Lines: one object per line, gzip-compressed or not.

Fields: ``id`` and ``abstract`` (required), ``title``, ``arxiv``, ``authors``, ``year``, ``url``,
``categories``, ``comments`` (optional). The ``id`` becomes ``dcterms:identifier`` unchanged.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.records import Paper
from kg.sources import arxiv_from_id, check_paper

GZIP_MAGIC = b"\x1f\x8b"


def peek(path: Path, size: int = 4096) -> str:
    """The first ``size`` characters of a file, decompressed if gzip; empty when unreadable."""
    try:
        with path.open("rb") as f:
            head = f.read(2)
        opener = gzip.open if head == GZIP_MAGIC else open
        with opener(path, "rb") as f:  # type: ignore[operator]
            return f.read(size).decode("utf-8", errors="replace")
    except (OSError, EOFError):
        return ""


def looks_like(head: str) -> bool:
    """True when the first non-blank line is a JSON object."""
    first = next((ln for ln in head.split("\n") if ln.strip()), "")
    return first.lstrip().startswith("{")


def _open(path: Path) -> io.TextIOBase:
    with path.open("rb") as f:
        magic = f.read(2)
    raw: Any = gzip.open(path, "rb") if magic == GZIP_MAGIC else path.open("rb")
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def _strings(value: Any, what: str, path: Path, line: int, rid: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(s.strip() for s in value.split(",") if s.strip()) if what == "categories" else (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InputError(str(path), f"{what!r} must be a string or a list of strings", line=line, record=rid)


def _optional_str(obj: dict[str, Any], key: str, path: Path, line: int, rid: str) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise InputError(str(path), f"{key!r} must be a string, not {type(v).__name__}", line=line, record=rid)
    return v


def parse_record(obj: Any, path: Path, line: int) -> Paper:
    """Turn one decoded JSON value into a Paper, or raise InputError naming file, line and record."""
    if not isinstance(obj, dict):
        raise InputError(str(path), f"expected a JSON object, found {type(obj).__name__}", line=line)
    rid = obj.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise InputError(str(path), "record has no 'id'", line=line)
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str):
        raise InputError(str(path), f"'id' must be a string, not {type(rid).__name__}", line=line)
    abstract = obj.get("abstract")
    if not isinstance(abstract, str):
        what = "has no abstract" if abstract is None else f"'abstract' must be a string, not {type(abstract).__name__}"
        raise InputError(str(path), f"record {what}" if abstract is None else what, line=line, record=rid)
    title = _optional_str(obj, "title", path, line, rid)
    arxiv = _optional_str(obj, "arxiv", path, line, rid)
    arxiv = arxiv_from_id(arxiv) if arxiv else arxiv_from_id(rid)
    year = obj.get("year")
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise InputError(str(path), "'year' must be an integer", line=line, record=rid)
    url = _optional_str(obj, "url", path, line, rid)
    paper = Paper(
        id=rid,
        title=title if title and title.strip() else None,
        abstract=abstract,
        arxiv=arxiv,
        authors=_strings(obj.get("authors"), "authors", path, line, rid),
        year=year,
        url=url or (f"https://arxiv.org/abs/{arxiv}" if arxiv else None),
        categories=_strings(obj.get("categories"), "categories", path, line, rid),
        comments=_strings(obj.get("comments"), "comments", path, line, rid),
        sources=(path.name,),
        origin=f"{path}:{line}",
    )
    return check_paper(paper, str(path), line)


def read(path: Path) -> Iterator[Paper]:
    """Yield one Paper per non-blank line."""
    try:
        with _open(path) as f:
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    cut = "" if line.endswith("\n") else " (truncated last line?)"
                    raise InputError(str(path), f"invalid JSON: {e.msg} at column {e.colno}{cut}", line=line_no) from None
                yield parse_record(obj, path, line_no)
    except UnicodeDecodeError as e:
        raise InputError(str(path), f"invalid UTF-8 ({e.reason})") from None
    except (EOFError, gzip.BadGzipFile) as e:
        raise InputError(str(path), f"corrupt gzip stream: {e}") from None
