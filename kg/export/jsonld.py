"""JSON-LD 1.1 with its context: one node object per subject, compact IRIs from the project's prefixes.

The ``@context`` maps the prefixes of kg.graph.PREFIXES, so keys read ``kg:mentions`` and
``dcterms:title`` and any JSON-LD processor expands them back to the same triples. Values: IRIs as
``{"@id": ...}``, plain strings as JSON strings, integers in canonical form as JSON numbers, every
other typed literal as ``{"@value", "@type"}`` (decimals are not JSON numbers: those would read back
as xsd:double).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.export.ntriples import subject_blocks
from kg.graph import PREFIXES, TYPE, XSD, Lit, Term, Triple

_INT = re.compile(r"^(0|-?[1-9][0-9]{0,15})$")  # canonical and exactly representable as a JSON number
_LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def context() -> dict[str, str]:
    """The ``@context``: the project's prefixes."""
    return dict(sorted(PREFIXES.items()))


class _Compactor:
    def __init__(self) -> None:
        self.prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))

    def iri(self, value: str) -> str:
        for p, ns in self.prefixes:
            if value.startswith(ns) and _LOCAL.match(value[len(ns) :]):
                return f"{p}:{value[len(ns) :]}"
        return value

    def value(self, t: Term) -> Any:
        if not isinstance(t, Lit):
            return {"@id": self.iri(t)}
        if t.lang:
            return {"@value": t.value, "@language": t.lang}
        if t.datatype is None:
            return t.value
        if t.datatype == XSD + "integer" and _INT.match(t.value):
            return int(t.value)
        return {"@value": t.value, "@type": self.iri(t.datatype)}


def _sort_key(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def write_jsonld(store: ox.Store, out: BinaryIO) -> int:
    """Write the graph as one JSON-LD document (``@context`` + ``@graph``); returns the number of triples."""
    return write_jsonld_blocks(subject_blocks(store), out)


def write_jsonld_blocks(blocks: Iterable[tuple[str, list[Triple]]], out: BinaryIO) -> int:
    """JSON-LD of subject blocks in subject order (:func:`subject_blocks` of a store, or of a build's kg.ttl)."""
    c = _Compactor()
    out.write(b'{\n "@context": ' + json.dumps(context(), ensure_ascii=False, indent=None).encode("utf-8") + b',\n "@graph": [')
    n = 0
    first = True
    for s, triples in blocks:
        node: dict[str, Any] = {"@id": c.iri(s)}
        props: dict[str, list[Any]] = {}
        for _, p, o in triples:
            if p == TYPE and not isinstance(o, Lit):
                props.setdefault("@type", []).append(c.iri(o))
            else:
                props.setdefault(c.iri(p), []).append(c.value(o))
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            vals = sorted({_sort_key(v): v for v in props[key]}.items())
            node[key] = [v for _, v in vals]
            n += len(vals)
        out.write((b"\n  " if first else b",\n  ") + json.dumps(node, ensure_ascii=False, sort_keys=False).encode("utf-8"))
        first = False
    out.write(b"\n ]\n}\n")
    return n
