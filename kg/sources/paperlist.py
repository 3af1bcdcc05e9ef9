"""Reader for paper-list pages: a header, then title and abstract paragraphs in turn.

The header is the page chrome (``new``, "Get trending papers in your email inbox!",
``Subscribe``, "byAK and the research community") ending with a date line such as ``Mar 12``.
Paragraphs are separated by blank lines; a paper known only by its title gets the id
``sha1:`` + the first 12 hex digits of the SHA-1 of its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.records import Paper
from kg.sources import Item, check_paper, read_text, title_id

DATE_LINE = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(, \d{4})?$")
MAX_TITLE_CHARS = 400
HEADER_LINES = {"new", "get trending papers in your email inbox!", "subscribe", "byak and the research community"}


def looks_like(head: str) -> bool:
    """True when the text opens with the paper-list page header."""
    first = [p.strip() for p in head.split("\n") if p.strip()][:6]
    return sum(p.lower() in HEADER_LINES for p in first) >= 2 or any(DATE_LINE.match(p) for p in first[:3])


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(line number, paragraph text) for every paragraph, lines inside a paragraph joined by spaces."""
    out: list[tuple[int, str]] = []
    start, buf = 0, list[str]()
    for i, raw in enumerate(text.split("\n"), 1):
        if raw.strip():
            if not buf:
                start = i
            buf.append(raw.strip())
        elif buf:
            out.append((start, " ".join(buf)))
            buf = []
    if buf:
        out.append((start, " ".join(buf)))
    return out


def _is_pair(title: str, abstract: str) -> bool:
    return len(title) <= MAX_TITLE_CHARS and len(abstract) >= len(title)


def read(path: Path) -> Iterator[Item]:
    """Yield one Paper per title/abstract pair after the page header.

    A paragraph that cannot start a pair (too long for a title, or followed by a shorter one, or
    last) is reported, and reading resumes at the next paragraph, so one missing paragraph
    costs one record, not every pair after it.
    """
    paras = _paragraphs(read_text(path))
    body = 0
    for i, (_, p) in enumerate(paras[:8]):
        if p.lower() in HEADER_LINES:
            body = i + 1
        elif DATE_LINE.match(p):
            body = i + 1
            break
    i = body
    while i < len(paras):
        tline, title = paras[i]
        if i + 1 == len(paras):
            yield InputError(str(path), f"title {title[:60]!r} has no abstract paragraph after it", line=tline)
            return
        abstract = paras[i + 1][1]
        if not _is_pair(title, abstract):
            yield InputError(str(path), f"expected a title paragraph, found {title[:60]!r}...", line=tline)
            i += 1
            continue
        paper = Paper(
            id=title_id(title),
            title=title,
            abstract=abstract,
            sources=(path.name,),
            origin=f"{path}:{tline}",
        )
        yield check_paper(paper, str(path), tline)
        i += 2
