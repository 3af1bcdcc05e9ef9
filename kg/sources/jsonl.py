"""Reader for JSON Lines: one object per line, gzip-compressed or not.

Fields: ``id`` and ``abstract`` (required), ``title``, ``arxiv``, ``authors``, ``year``, ``url``,
``categories``, ``comments`` (optional). The ``id`` becomes ``dcterms:identifier`` unchanged.

Lines are read at most MAX_LINE_BYTES at a time: a longer line (no record: every field is at most
MAX_FIELD_CHARS characters) is refused from its first bytes and skipped without being held whole.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.records import Paper
from kg.sources import GZIP_MAGIC, Item, arxiv_from_id, check_paper

MAX_LINE_BYTES = 16_000_000  # a JSON Lines record longer than this (its newline not counted) is refused unread
_SKIP_CHUNK = 1 << 20  # how much of an over-long line is read at a time while skipping it
_ID_FIRST = re.compile(rb'\A\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,1000}")')  # '{"id": "..."': the record an over-long line names


class _Oversized(bytes):
    """The first bytes of a line over MAX_LINE_BYTES (the rest was read and dropped)."""


def looks_like(head: str) -> bool:
    """True when the first non-blank line is a JSON object."""
    first = next((ln for ln in head.split("\n") if ln.strip()), "")
    return first.lstrip().startswith("{")


def _lines(path: Path) -> Iterator[bytes]:
    """The file's lines (decompressed when gzip), each read bounded: a line over MAX_LINE_BYTES comes as an
    :class:`_Oversized` of its first 4,096 bytes, the rest read and dropped a chunk at a time."""
    with path.open("rb") as f:
        magic = f.read(2)
    limit = MAX_LINE_BYTES
    with gzip.open(path, "rb") if magic == GZIP_MAGIC else path.open("rb") as raw:
        while line := raw.readline(limit + 1):
            if len(line) <= limit or line.endswith(b"\n"):
                yield line
                continue
            while (rest := raw.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield _Oversized(line[:4096])


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


def parse_record(obj: Any, path: Path, line: int) -> Item:
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
    if isinstance(year, str) and re.fullmatch(r"[0-9]{1,4}", year.strip()):
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
        url=url or None,  # check_paper would drop the arXiv abstract page anyway (the graph always links it)
        categories=_strings(obj.get("categories"), "categories", path, line, rid),
        comments=_strings(obj.get("comments"), "comments", path, line, rid),
        sources=(path.name,),
        origin=f"{path}:{line}",
    )
    return check_paper(paper, str(path), line)


def _record(raw: bytes, path: Path, line_no: int) -> Item:
    if isinstance(raw, _Oversized):
        reason = f"line of more than {MAX_LINE_BYTES:,} bytes: too long for one record (skipped)"
        return InputError(str(path), reason, line=line_no, record=_leading_id(raw))
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputError(str(path), f"invalid UTF-8 at byte {e.start} of the line", line=line_no, record=_guess_id(raw))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        cut = "" if raw.endswith(b"\n") else " (truncated last line?)"
        msg = e.msg.removesuffix(" at")  # "Invalid control character at"
        return InputError(str(path), f"invalid JSON: {msg} at column {e.colno}{cut}", line=line_no)
    except RecursionError:
        return InputError(str(path), "invalid JSON: nested too deeply", line=line_no)
    except ValueError as e:  # e.g. an integer of more digits than Python converts
        return InputError(str(path), f"invalid JSON: {e}", line=line_no)
    try:
        return parse_record(obj, path, line_no)
    except InputError as e:
        return e


def _leading_id(head: bytes) -> str | None:
    """The id of a record whose line starts '{"id": "...",' (the rest of the line unread), else None."""
    m = _ID_FIRST.match(head.removeprefix(b"\xef\xbb\xbf"))
    if m is None:
        return None
    try:
        rid = json.loads(m.group(1).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return rid if isinstance(rid, str) else None


def _guess_id(raw: bytes) -> str | None:
    try:
        obj = json.loads(raw.decode("utf-8", errors="replace"))
    except (json.JSONDecodeError, RecursionError):
        return None
    rid = obj.get("id") if isinstance(obj, dict) else None
    return rid if isinstance(rid, str) else None


def read(path: Path) -> Iterator[Item]:
    """Yield one Paper per non-blank line, or the error that line holds."""
    line_no = 0
    try:
        for line_no, raw in enumerate(_lines(path), 1):
            if isinstance(raw, _Oversized):
                yield _record(raw, path, line_no)
                continue
            if line_no == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark (Windows editors, Excel) starts no record
            if raw.strip():
                yield _record(raw, path, line_no)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(str(path), f"corrupt gzip stream after line {line_no}: {e}") from None
