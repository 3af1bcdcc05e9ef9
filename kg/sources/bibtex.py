"""Reader for BibTeX, parsed by bibtexparser (v2), LaTeX decoded to Unicode by pylatexenc.

Each entry with an ``abstract`` is a paper; its identifier is the citation key. The arXiv id
comes from ``eprint`` (with ``archivePrefix = {arXiv}``, or an id-shaped eprint), an arXiv
``url`` or an arXiv DOI (``10.48550/arXiv.2303.09730``). ``title``, ``abstract`` and ``author``
are decoded from LaTeX (``{\\'e}`` -> é, ``{BERT}`` -> BERT, ``50\\%`` -> 50%), math kept as
written; ``@string`` macros are expanded. Also read: ``year``, ``url``, ``primaryClass`` (as
category), ``note`` (as comment). An entry that does not parse is a bad record on its line.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import bibtexparser
from bibtexparser import middlewares
from bibtexparser.model import DuplicateBlockKeyBlock, DuplicateFieldKeyBlock, Entry, ParsingFailedBlock
from pylatexenc.latex2text import LatexNodes2Text

from kg.errors import InputError
from kg.records import Paper
from kg.sources import MAX_FIELD_CHARS, Item, arxiv_from_id, check_paper, read_text

_ENTRY_START = re.compile(r"@\s*[A-Za-z]+\s*[{(]")
ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:v\d+)?(?:\.pdf)?$", re.IGNORECASE)
ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)
LATEX_FIELDS = ("title", "abstract", "author")


def looks_like(head: str) -> bool:
    """True when the first line that is not blank or a ``%`` comment opens a BibTeX entry."""
    for line in head.split("\n"):
        s = line.strip()
        if s and not s.startswith("%"):
            return bool(_ENTRY_START.match(s))
    return False


@contextmanager
def _quiet_parser() -> Iterator[None]:
    # bibtexparser logs each failed block as a warning; we report those blocks ourselves
    log = logging.getLogger("bibtexparser")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def read(path: Path) -> Iterator[Item]:
    """Yield one Paper per entry, or the error that entry holds."""
    text = read_text(path)
    with _quiet_parser():
        library = bibtexparser.parse_string(text, append_middleware=[middlewares.SeparateCoAuthors()])
    blocks = sorted([*library.entries, *library.failed_blocks], key=lambda b: b.start_line or 0)
    decode = _decoder()
    for block in blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, DuplicateBlockKeyBlock) and isinstance(block.ignore_error_block, Entry):
            block = block.ignore_error_block  # same key twice: merging decides whether the two agree
        if isinstance(block, Entry):
            yield _entry(block, path, line, decode)
        elif isinstance(block, DuplicateFieldKeyBlock):
            yield InputError(str(path), f"bad BibTeX entry: {block.error}", line=line, record=_key(block))
        elif isinstance(block, ParsingFailedBlock):
            reason = getattr(block.error, "abort_reason", None) or str(block.error) or type(block.error).__name__
            yield InputError(str(path), f"bad BibTeX entry: {_first_line(reason)}", line=line, record=_key(block))


def _key(block: Any) -> str | None:
    m = re.match(r"\s*@\s*\w+\s*[{(]\s*([^,\s]+)\s*,", block.raw or "")
    return m.group(1) if m else None


def _first_line(message: str) -> str:
    return " ".join(message.split())[:200]


_LATEX = re.compile(r"[\\{}$~%&^_#]|--|``|''")


def _decoder() -> Callable[[str], str]:
    """LaTeX -> Unicode text with whitespace collapsed; math is kept as written.

    Text over the size limit is refused before decoding: pylatexenc's time grows faster than
    linearly with the length (11 s for 800 kB), and the record would be rejected anyway.
    """
    to_text = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True).latex_to_text

    def decode(value: str) -> str:
        if len(value) > MAX_FIELD_CHARS:
            raise ValueError(f"field of {len(value):,} characters exceeds {MAX_FIELD_CHARS:,}")
        if _LATEX.search(value):
            value = to_text(value).replace("\u00ad", "")  # "\-" (a hyphenation hint) gives a soft hyphen
        return " ".join(value.split())

    return decode


def _arxiv(fields: dict[str, Any]) -> str | None:
    eprint = str(fields.get("eprint", "")).strip()
    prefix = str(fields.get("archiveprefix", "")).strip().lower()
    if eprint and (prefix == "arxiv" or not prefix):
        found = arxiv_from_id(eprint)
        if found:
            return found
    m = ARXIV_URL.search(str(fields.get("url", "")).strip())
    if m and arxiv_from_id(m.group(1)):
        return arxiv_from_id(m.group(1))
    m = ARXIV_DOI.match(str(fields.get("doi", "")).strip())
    return arxiv_from_id(m.group(1)) if m else None


def _entry(entry: Entry, path: Path, line: int, decode: Callable[[str], str]) -> Item:
    fields = {f.key.lower(): f.value for f in entry.fields}
    try:
        title = decode(str(fields["title"])) if "title" in fields else None
        abstract = decode(str(fields.get("abstract", "")))
        raw_authors = fields.get("author", [])
        authors = tuple(a for a in (decode(x) for x in (raw_authors if isinstance(raw_authors, list) else [raw_authors])) if a)
    except ValueError as e:
        return InputError(str(path), str(e), line=line, record=entry.key)
    except (IndexError, RecursionError) as e:
        return InputError(str(path), f"cannot decode the LaTeX of the entry: {e}", line=line, record=entry.key)
    year_text = str(fields.get("year", "")).strip()
    if year_text and not re.fullmatch(r"[0-9]{1,4}", year_text):
        return InputError(str(path), f"'year' must be an integer, found {year_text[:20]!r}", line=line, record=entry.key)
    arxiv = _arxiv(fields)
    url = str(fields.get("url", "")).strip() or (f"https://arxiv.org/abs/{arxiv}" if arxiv else None)
    paper = Paper(
        id=entry.key,
        title=title or None,
        abstract=abstract,
        arxiv=arxiv,
        authors=authors,
        year=int(year_text) if year_text else None,
        url=url,
        categories=(c,) if (c := str(fields.get("primaryclass", "")).strip()) else (),
        comments=(n,) if (n := " ".join(str(fields.get("note", "")).split())) else (),
        sources=(path.name,),
        origin=f"{path}:{line}",
    )
    return check_paper(paper, str(path), line)
