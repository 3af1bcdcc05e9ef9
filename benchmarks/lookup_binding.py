"""The lookups that bound values by substitutions= until cli19, against kg.query.run's inlined path (now).

    python benchmarks/lookup_binding.py BUILD_DIR [--runs 5] [--papers 300]

BUILD_DIR is the output of ``kg build`` (its ``store/`` is opened read-only). Each lookup is measured both
ways, alternating run by run so both see the same load on a shared machine:

- ``unknown_names`` (the note ``kg query --saved`` prints after an empty answer) for a value that names nothing (the
  whole label scan), an entity label in another case, and the title of the build's last paper;
- the HTML view's per-paper queries (``paper``, ``paper_mentions``, ``paper_results``) for the first ``--papers``
  papers in IRI order (what ``kg html`` runs for each paper it draws, and ``--focus TITLE`` for every paper until one
  matches);
- ``--focus`` by the last paper's title: that per-paper loop before cli19, one query over every paper's names now.

"substituted" is the code before cli19 (copied below); "inlined" is the library now. Prints a table of median wall
times, their ratio and whether both give the same answers.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg import query as q  # noqa: E402
from kg.export import html as h  # noqa: E402
from kg.store import open_graph  # noqa: E402

OLD_NAMES_ANYTHING = """SELECT ?value WHERE {
  { ?x skos:prefLabel|skos:altLabel|skos:hiddenLabel ?name } UNION { ?x dcterms:identifier|kg:arxivId|dcterms:title ?name }
  FILTER(LCASE(STR(?name)) = LCASE(STR(?value)))
} LIMIT 1"""


def unknown_names_substituted(store: ox.Store, params: dict[str, str]) -> list[str]:
    """kg.query.unknown_names before cli19."""
    out = []
    for name, value in sorted(params.items()):
        term = q.term_for(value)
        if isinstance(term, ox.Literal):
            found = store.query(OLD_NAMES_ANYTHING, prefixes=q.PREFIXES, substitutions={ox.Variable("value"): term})
            assert isinstance(found, ox.QuerySolutions)
            if next(iter(found), None) is None:
                out.append(name)
    return out


def rows_substituted(store: ox.Store, name: str, **params: str) -> list[tuple[str | None, ...]]:
    """kg.export.html._rows before cli19, without the bound columns (which the callers dropped)."""
    text = (h.QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    subs = {ox.Variable(k): ox.NamedNode(v) for k, v in params.items()}
    solutions = store.query(text, prefixes=q.PREFIXES, substitutions=subs or None)
    assert isinstance(solutions, ox.QuerySolutions)
    keep = [i for i, v in enumerate(solutions.variables) if v.value not in params]
    return [tuple(None if (t := sol[i]) is None else t.value for i in keep) for sol in solutions]  # type: ignore[union-attr]


def timed(f: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--papers", type=int, default=300)
    args = ap.parse_args()
    store = open_graph(args.build)
    papers = sorted(str(r[0]) for r in h._rows(store, "papers"))
    last_title = h._rows(store, "paper", paper=papers[-1])[0][1]
    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = []
    for label, value in (("names nothing", "jetson nao"), ("an entity label", "fpga"), ("the last paper's title", last_title)):
        params = {"hardware": str(value)}
        cases.append(
            (
                f"unknown_names: {label}",
                lambda p=params: unknown_names_substituted(store, p),
                lambda p=params: q.unknown_names(store, p),
            )
        )
    chosen = papers[: args.papers]
    for name in ("paper", "paper_mentions", "paper_results"):
        cases.append(
            (
                f"html {name}.rq x {len(chosen)} papers",
                lambda n=name: [rows_substituted(store, n, paper=p) for p in chosen],
                lambda n=name: [h._rows(store, n, paper=p) for p in chosen],
            )
        )
    snap = h.snapshot(store)
    want = str(last_title).casefold()

    def focus_per_paper() -> str | None:  # kg.export.html._resolve_focus's paper search before cli19
        for p in sorted(snap.papers):
            for pid, title, _abs, arxiv in rows_substituted(store, "paper", paper=p):
                if want in {x.casefold() for x in (pid, title, arxiv) if x is not None}:
                    return p
        return None

    cases.append(("html --focus the last paper's title", focus_per_paper, lambda: h._resolve_focus(store, snap, str(last_title))))
    print(f"{args.build}: {len(papers)} papers, median of {args.runs} runs, substituted and inlined alternating")
    print("| lookup | substituted | inlined | ratio | same answer |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label, old, new in cases:
        a, b, same = [], [], True
        for _ in range(args.runs):
            ta, ra = timed(old)
            tb, rb = timed(new)
            a.append(ta)
            b.append(tb)
            same = same and ra == rb
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"| {label} | {ma * 1000:.1f} ms | {mb * 1000:.1f} ms | {ma / mb:.1f}x | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
