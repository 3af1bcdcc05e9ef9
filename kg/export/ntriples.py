"""Reading a store's triples in a fixed order, and writing them as sorted N-Triples.

Every writer of kg.export that starts from a store (N-Triples, Turtle, JSON-LD) reads triples through
:func:`subject_blocks`: subjects in the order of their N-Triples form, each with its triples, so output
is byte-identical for the same graph whatever order it was built in, and memory stays bounded by the
largest subject rather than the whole graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import ExportError
from kg.export.turtle import iri, ntriples_lines
from kg.graph import XSD, Lit, Term, Triple


def term(t: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Term:
    """A pyoxigraph term as a kg.graph term (IRI string or :class:`Lit`)."""
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.Literal):
        if t.language:
            return Lit(t.value, None, t.language)
        dt = t.datatype.value
        return Lit(t.value, None if dt == XSD + "string" else dt)
    raise ExportError(f"the graph holds a blank node or quoted triple ({t}); papers-kg graphs name every node with an IRI")


def subjects(store: ox.Store) -> list[ox.NamedNode]:
    """Every subject of the default graph, sorted by its N-Triples form."""
    found: set[ox.NamedNode] = set()
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        if not isinstance(q.subject, ox.NamedNode):
            term(q.subject)
        found.add(q.subject)  # type: ignore[arg-type]
    return sorted(found, key=lambda s: iri(s.value))


def subject_blocks(store: ox.Store) -> Iterator[tuple[str, list[Triple]]]:
    """(subject IRI, its triples) for every subject, subjects sorted."""
    for s in subjects(store):
        triples = [
            (s.value, q.predicate.value, term(q.object)) for q in store.quads_for_pattern(s, None, None, ox.DefaultGraph())
        ]
        yield s.value, triples


def write_ntriples(store: ox.Store, out: BinaryIO) -> int:
    """Write the graph as N-Triples, one line per triple, lines sorted; returns the number of triples."""
    return write_ntriples_blocks(subject_blocks(store), out)


def write_ntriples_blocks(blocks: Iterable[tuple[str, list[Triple]]], out: BinaryIO) -> int:
    """N-Triples of subject blocks in subject order (:func:`subject_blocks` of a store, or of a build's kg.ttl)."""
    n = 0
    for _, triples in blocks:
        lines = sorted(set(ntriples_lines(triples)))
        out.write("".join(lines).encode("utf-8"))
        n += len(lines)
    return n


def write_turtle(store: ox.Store, out: BinaryIO) -> int:
    """Write the graph as Turtle with the project's prefixes, subjects sorted; returns the number of triples."""
    from kg.export.turtle import TurtleFormatter

    fmt = TurtleFormatter()
    out.write(fmt.header().encode("utf-8"))
    n = 0
    for _, triples in subject_blocks(store):
        out.write(fmt.block(triples).encode("utf-8"))
        n += len(set(triples))
    return n
