"""Checks a built graph against the SHACL shapes of ``schema/shapes.ttl`` with pySHACL.

The data graph is the whole build (papers, vocabulary and ontology: ``sh:class`` checks need the
``rdfs:subClassOf`` triples of the ontology, which every build contains), validated without RDFS
inference. Warnings (``sh:severity sh:Warning``) are reported but do not make a graph fail.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from kg.errors import ValidationError
from kg.export.turtle import TurtleFormatter
from kg.store import open_graph
from kg.vocab import schema_dir

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Finding:
    """One SHACL validation result."""

    severity: str  # "Violation" | "Warning" | "Info"
    message: str
    focus: str
    path: str
    value: str
    component: str  # the constraint component, e.g. "MinCountConstraintComponent"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome: ``conforms`` is False when there is at least one violation."""

    conforms: bool
    findings: tuple[Finding, ...]
    triples: int
    seconds: float
    report_graph: str  # the SHACL validation report as Turtle

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "Violation")


def shapes_file() -> Path:
    return schema_dir() / "shapes.ttl"


def data_graph(store: ox.Store) -> rdflib.Graph:
    """The store's default graph as an rdflib graph (what pySHACL validates).

    Terms are converted once each (IRIs and labels repeat across many triples; rdflib parses every
    literal it creates).
    """
    cache: dict[object, rdflib.term.Node] = {}

    def conv(t: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> rdflib.term.Node:
        hit = cache.get(t)
        if hit is not None:
            return hit
        node: rdflib.term.Node
        if isinstance(t, ox.NamedNode):
            node = rdflib.URIRef(t.value)
        elif isinstance(t, ox.BlankNode):
            node = rdflib.BNode(t.value)
        elif isinstance(t, ox.Literal):
            if t.language:
                node = rdflib.Literal(t.value, lang=t.language)
            elif t.datatype.value == XSD_STRING:  # rdflib tells "x"^^xsd:string from "x"; RDF 1.1 (and sh:in) does not
                node = rdflib.Literal(t.value)
            else:
                node = rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
        else:
            raise ValidationError(f"cannot validate RDF-star triple terms ({t})")
        cache[t] = node
        return node

    g = rdflib.Graph()
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        g.add((conv(q.subject), conv(q.predicate), conv(q.object)))  # type: ignore[arg-type]
    return g


def validate_store(store: ox.Store, shapes: Path | None = None) -> ValidationReport:
    """Validate the graph in a store against a shapes file (default: the packaged schema/shapes.ttl)."""
    import pyshacl

    t0 = time.perf_counter()
    path = shapes or shapes_file()
    try:
        shacl = rdflib.Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise ValidationError(f"{path}: cannot read the shapes: {e}") from None
    data = data_graph(store)
    try:
        _, results, _ = pyshacl.validate(data, shacl_graph=shacl, inference="none", allow_warnings=True, allow_infos=True)
    except (pyshacl.errors.ShapeLoadError, pyshacl.errors.ConstraintLoadError, pyshacl.errors.ReportableRuntimeError) as e:
        raise ValidationError(f"{path}: {e}") from None
    findings = _findings(results)
    return ValidationReport(
        conforms=not any(f.severity == "Violation" for f in findings),
        findings=findings,
        triples=len(data),
        seconds=time.perf_counter() - t0,
        report_graph=results.serialize(format="turtle"),
    )


def validate(graph: Path, shapes: Path | None = None) -> ValidationReport:
    """Validate a built graph (store directory, RDF file or build directory) against SHACL shapes."""
    return validate_store(open_graph(graph), shapes)


def _findings(results: rdflib.Graph) -> tuple[Finding, ...]:
    fmt = TurtleFormatter()

    def show(node: object) -> str:
        if node is None:
            return ""
        if isinstance(node, rdflib.URIRef):
            return fmt.name(str(node))
        if isinstance(node, rdflib.Literal):
            text = str(node)
            return repr(text if len(text) <= 60 else text[:57] + "...")
        if isinstance(node, rdflib.BNode):  # a path expression: show it as SHACL lists it
            items = list(rdflib.collection.Collection(results, node)) if (node, rdflib.RDF.first, None) in results else []
            inverse = results.value(node, SH.inversePath)
            if inverse is not None:
                return "^" + show(inverse)
            return "/".join(show(i) for i in items) if items else "[]"
        return str(node)

    out = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        component = results.value(r, SH.sourceConstraintComponent)
        out.append(
            Finding(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                message=messages[0] if messages else str(component).rsplit("#", 1)[-1],
                focus=show(results.value(r, SH.focusNode)),
                path=show(results.value(r, SH.resultPath)),
                value=show(results.value(r, SH.value)),
                component=str(component).rsplit("#", 1)[-1] if component else "",
            )
        )
    return tuple(sorted(set(out), key=lambda f: (f.severity != "Violation", f.message, f.focus, f.path, f.value)))


def format_report(report: ValidationReport, examples: int = 5) -> str:
    """A readable report: one line per kind of problem with its count, then a few examples each."""
    if not report.findings:
        return f"conforms: {report.triples} triples, no violations ({report.seconds:.1f} s)\n"
    groups: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in report.findings:
        groups[(f.severity, f.message)].append(f)
    nv, nw = len(report.violations), len(report.findings) - len(report.violations)
    head = "conforms" if report.conforms else "DOES NOT CONFORM"
    lines = [
        f"{head}: {report.triples} triples, {nv} violation{'s' * (nv != 1)}, {nw} warning{'s' * (nw != 1)} "
        f"({report.seconds:.1f} s)"
    ]
    for (severity, message), found in groups.items():
        lines.append("")
        lines.append(f"{severity} x{len(found)}: {message}")
        for f in found[:examples]:
            where = f" {f.path}" if f.path else ""
            value = f" = {f.value}" if f.value and f.value != f.focus else ""
            lines.append(f"    {f.focus}{where}{value}")
        if len(found) > examples:
            lines.append(f"    ... and {len(found) - examples} more")
    return "\n".join(lines) + "\n"
