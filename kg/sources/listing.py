"""Reader for arXiv listing text: abstract, optional comment lines, then ``arXiv:ID``.

The id that closes an item is glued to the first word of the next abstract::

    While generative modeling has been ubiquitous ... recall@10 score.
    arXiv:2303.10126Neural Architecture Search (NAS) has shown ...
    12 pages, 3 figures
    arXiv:2303.09730

Each item is the text between two ids: its first line is the abstract, any further lines are
comments ("12 pages, 3 figures", "Accepted to ICME2018").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.records import Paper
from kg.sources import Item, check_paper, read_text

ID_MARK = re.compile(r"arXiv:(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(v\d+)?")


def looks_like(head: str) -> bool:
    """True when the text has ``arXiv:ID`` marks at line starts."""
    return bool(re.search(r"(?m)^arXiv:(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})", head))


def read(path: Path) -> Iterator[Item]:
    """Yield one Paper per item; its id is ``arXiv:`` + the arXiv id, as the listing writes it."""
    text = read_text(path)
    pos, line = 0, 1  # line counted as we go: recounting from the start would be quadratic
    for m in ID_MARK.finditer(text):
        if m.start() != 0 and text[m.start() - 1] != "\n":
            continue  # an arXiv id quoted inside an abstract, not an item mark
        mark_line = line + text.count("\n", pos, m.start())
        yield _item(text[pos : m.start()], m.group(1), path, line, mark_line)
        line = mark_line
        pos = m.end()
    if text[pos:].strip():
        yield InputError(str(path), "text after the last arXiv:ID mark has no id (truncated listing?)", line=line)


def _item(chunk: str, arxiv: str, path: Path, line: int, mark_line: int) -> Item:
    lines = [ln.strip() for ln in chunk.strip("\n").split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return InputError(str(path), "closes an item with no abstract", line=mark_line, record=f"arXiv:{arxiv}")
    paper = Paper(
        id=f"arXiv:{arxiv}",
        abstract=lines[0],
        arxiv=arxiv,
        comments=tuple(lines[1:]),
        url=f"https://arxiv.org/abs/{arxiv}",
        sources=(path.name,),
        origin=f"{path}:{line}",
    )
    return check_paper(paper, str(path), line)
