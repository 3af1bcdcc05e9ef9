"""Reader for CSV (or TSV) with a header row naming the columns.

Columns, matched case-insensitively: ``abstract`` (or ``summary``, required), ``id``, ``title``,
``arxiv`` (or ``arxiv_id``, ``eprint``), ``authors`` (``;``-separated), ``year``, ``url``,
``categories`` (separated by ``,``, ``;`` or spaces), ``comments``. Other columns are ignored. A
row with no id takes its arXiv id, else ``sha1:`` + the hash of its title (as paper-list pages do).
The delimiter (``,``, tab or ``;``) is read from the header line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.records import Paper
from kg.sources import MAX_FIELD_CHARS, Item, arxiv_from_id, check_paper, read_text, title_id

COLUMNS = {
    "id": "id",
    "identifier": "id",
    "title": "title",
    "abstract": "abstract",
    "summary": "abstract",
    "arxiv": "arxiv",
    "arxiv_id": "arxiv",
    "eprint": "arxiv",
    "authors": "authors",
    "author": "authors",
    "year": "year",
    "url": "url",
    "categories": "categories",
    "category": "categories",
    "comments": "comments",
    "comment": "comments",
}
DELIMITERS = ",\t;"


_NAME = re.compile(r"^[a-z_][\w .-]{0,40}$")


def _header(line: str) -> tuple[str, list[str]] | None:
    """(delimiter, column names) when ``line`` is a header: short column names, one of them the abstract."""
    for delim in DELIMITERS:
        names = [n.strip().strip('"').strip().lower() for n in line.split(delim)]
        if len(names) > 1 and all(_NAME.match(n) for n in names) and "abstract" in {COLUMNS.get(n) for n in names}:
            return delim, names
    return None


def looks_like(head: str) -> bool:
    """True when the first non-blank line is a header with an abstract column."""
    first = next((ln for ln in head.split("\n") if ln.strip()), "")
    return _header(first) is not None


def read(path: Path) -> Iterator[Item]:
    """Yield one Paper per data row, or the error that row holds."""
    text = read_text(path)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, path), strict=True)
    try:
        header = next(rows)
        while not any(v.strip() for v in header):  # blank lines before the header
            header = next(rows)
    except (StopIteration, csv.Error) as e:
        raise InputError(str(path), f"cannot read the CSV header: {e}", line=rows.line_num) from None
    names = [n.strip().lower() for n in header]
    fields = [COLUMNS.get(n) for n in names]
    known = [f for f in fields if f]
    if "abstract" not in known:
        raise InputError(str(path), f"the CSV header has no 'abstract' column (columns: {', '.join(names)})", line=1)
    if len(known) != len(set(known)):
        dup = sorted({f for f in known if known.count(f) > 1})
        raise InputError(str(path), f"the CSV header names the {', '.join(dup)} column more than once", line=1)
    line = rows.line_num + 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as e:
            yield InputError(str(path), _csv_reason(e), line=line)
            line = rows.line_num + 1
            continue
        if row and any(v.strip() for v in row):
            yield _record(row, fields, path, line)
        line = rows.line_num + 1


def _delimiter(text: str, path: Path) -> str:
    first = next((ln for ln in text.split("\n", 64) if ln.strip()), "")
    found = _header(first)
    if found is None:
        raise InputError(str(path), "the first line is not a CSV header with an 'abstract' column", line=1)
    return found[0]


def _csv_reason(e: csv.Error) -> str:
    msg = str(e)
    if "field larger than field limit" in msg:
        return f"a field exceeds {MAX_FIELD_CHARS:,} characters"
    if "unexpected end of data" in msg:
        return "a quoted field is never closed (truncated file?)"
    return f"invalid CSV: {msg}"


def _record(row: list[str], fields: list[str | None], path: Path, line: int) -> Item:
    if len(row) != len(fields):
        return InputError(str(path), f"expected {len(fields)} fields as in the header, found {len(row)}", line=line)
    values = {f: v.strip() for f, v in zip(fields, row, strict=True) if f}
    arxiv = arxiv_from_id(values.get("arxiv") or "") or arxiv_from_id(values.get("id") or "")
    title = values.get("title") or None
    rid = values.get("id") or (f"arXiv:{arxiv}" if arxiv else title_id(title) if title else "")
    if not rid:
        return InputError(str(path), "record has no id, arXiv id or title", line=line)
    year_text = values.get("year") or ""
    if year_text and not re.fullmatch(r"[0-9]{1,4}", year_text):
        return InputError(str(path), f"'year' must be an integer, found {year_text[:20]!r}", line=line, record=rid)
    paper = Paper(
        id=rid,
        title=title,
        abstract=values.get("abstract", ""),
        arxiv=arxiv,
        authors=tuple(a.strip() for a in (values.get("authors") or "").split(";") if a.strip()),
        year=int(year_text) if year_text else None,
        url=values.get("url") or (f"https://arxiv.org/abs/{arxiv}" if arxiv else None),
        categories=tuple(c for c in re.split(r"[,;\s]+", values.get("categories") or "") if c),
        comments=(values["comments"],) if values.get("comments") else (),
        sources=(path.name,),
        origin=f"{path}:{line}",
    )
    return check_paper(paper, str(path), line)
