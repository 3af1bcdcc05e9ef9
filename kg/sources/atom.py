"""Reader for Atom feeds as the arXiv API returns them (``export.arxiv.org/api/query``).

Each ``<entry>`` is a paper: ``<id>`` (``http://arxiv.org/abs/2303.09730v1``) gives the arXiv id
and the identifier ``arXiv:2303.09730``; ``<title>`` and ``<summary>`` (the abstract) have their
line wrapping undone; ``<author><name>``, ``<published>`` (year), ``<category term>``,
``<arxiv:comment>`` and the ``alternate`` link fill the rest. Entries of other Atom feeds keep their
``<id>`` as identifier. An entry the API uses to report an error (``/api/errors#...``) is a bad record.

XML is parsed without trusting it: a document type declaration (and so any entity declaration,
the "billion laughs" and external-entity attacks) is refused, via defusedxml.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from kg.errors import InputError
from kg.records import Paper
from kg.sources import Item, check_paper, read_bytes

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
ABS_URL = re.compile(r"^https?://(?:export\.)?arxiv\.org/abs/(.+?)(?:v\d+)?$")
_FEED = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?feed[\s>]")


def looks_like(head: str) -> bool:
    """True for an XML document whose root element is a ``feed``."""
    return head.lstrip().startswith("<") and bool(_FEED.search(head))


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers the line each ``entry`` element starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.expat: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:  # type: ignore[override]
        el = super().start(tag, attrs)
        if tag == ATOM + "entry":
            self.lines[id(el)] = self.expat.CurrentLineNumber
        return el


def _text(el: ET.Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def parse(path: Path) -> tuple[ET.Element, dict[int, int]]:
    """The document's root element and the line of each entry; raises InputError if not well-formed."""
    data = read_bytes(path)
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as e:
        line = e.position[0] if e.position else None
        raise InputError(str(path), f"not well-formed XML: {e.msg if hasattr(e, 'msg') else e}", line=line) from None
    except DefusedXmlException as e:
        raise InputError(
            str(path),
            f"refused XML: {type(e).__name__} ({e}); DTDs and entities are not accepted",
            line=parser.parser.CurrentLineNumber,
        ) from None
    if root.tag != ATOM + "feed":
        raise InputError(str(path), f"the XML root is <{root.tag}>, not an Atom <feed>", line=1)
    return root, builder.lines


def read(path: Path) -> Iterator[Item]:
    """Yield one Paper per entry, or the error that entry holds."""
    root, lines = parse(path)
    for entry in root.iter(ATOM + "entry"):
        yield _entry(entry, path, lines.get(id(entry)))


def _entry(entry: ET.Element, path: Path, line: int | None) -> Item:
    ident = _text(entry.find(ATOM + "id"))
    summary = _text(entry.find(ATOM + "summary"))
    if "arxiv.org/api/errors" in ident:
        return InputError(str(path), f"the arXiv API reports an error: {summary[:200]}", line=line)
    if not ident:
        return InputError(str(path), "entry has no <id>", line=line)
    m = ABS_URL.match(ident)
    arxiv = m.group(1) if m else None
    published = _text(entry.find(ATOM + "published"))
    year = int(published[:4]) if re.match(r"^\d{4}-", published) else None
    url = next((link.get("href") for link in entry.iter(ATOM + "link") if link.get("rel", "alternate") == "alternate"), None)
    paper = Paper(
        id=f"arXiv:{arxiv}" if arxiv else ident,
        title=_text(entry.find(ATOM + "title")) or None,
        abstract=summary,
        arxiv=arxiv,
        authors=tuple(n for a in entry.iter(ATOM + "author") if (n := _text(a.find(ATOM + "name")))),
        year=year,
        url=url or (f"https://arxiv.org/abs/{arxiv}" if arxiv else None),
        categories=tuple(sorted({t for c in entry.iter(ATOM + "category") if (t := c.get("term", "").strip())})),
        comments=tuple(c for el in entry.iter(ARXIV + "comment") if (c := _text(el))),
        sources=(path.name,),
        origin=f"{path}:{line}" if line else str(path),
    )
    return check_paper(paper, str(path), line)
