"""Forms of a query side by side: Oxigraph through ``kg query``'s library and rdflib, in one process.

    python benchmarks/query_forms.py GRAPH FORM.rq... [--param NAME=IRI ...] [--runs 9] [--extra FILE.nt] [--no-rdflib]

GRAPH is a build directory (``kg.ttl`` and ``store/``). Each form runs on both engines, the two
alternating run by run so that both see the same load on a shared machine: ``kg.query.run`` on the
store opened read-only (what ``kg query`` runs, solutions converted to Python tuples) and rdflib's
``Graph.query`` on the parsed ``kg.ttl`` (what benchmarks/probes.py measures). Prints, per form, the
median CPU (``time.process_time``: steadier than wall time on a loaded machine) and wall time of
each engine, their ratio, and whether the form's rows are those of the first form and of rdflib
(as sorted lists of the terms' lexical values; the order of rows is not compared).

``--param platform=IRI`` binds ``?platform`` in each form that selects it (a form with the IRI
written in can be compared with the bound one). ``--extra FILE.nt`` adds N-Triples to a copy of the
store (in a temporary directory) and to rdflib's graph: a materialisation tried before graph.py
writes it. ``--no-rdflib`` times Oxigraph alone (no parse of kg.ttl: 26 s and 1.1 GB at 10,000
papers, 210 s and 7.5 GB at 74,728).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg import query  # noqa: E402


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, CPU seconds, wall seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.process_time() - cpu, time.perf_counter() - wall


def _key(rows: Sequence[Sequence[Any]]) -> list[tuple[str | None, ...]]:
    """Rows as sorted tuples of lexical values: comparable across forms and across the two engines."""
    return sorted(tuple(None if t is None else str(getattr(t, "value", t)) for t in row) for row in rows)


def _on_oxigraph(store: ox.Store, text: str, bound: dict[str, str]) -> Any:
    return query.run(store, text, {k: f"<{v}>" for k, v in bound.items()}).rows


def _on_rdflib(graph: Any, text: str, bound: dict[str, str]) -> Any:
    import rdflib

    res = graph.query(text, initBindings={k: rdflib.URIRef(v) for k, v in bound.items()})
    keep = [i for i, v in enumerate(res.vars or ()) if str(v) not in bound]  # kg query leaves them out
    return [tuple(row[i] for i in keep) for row in res]


def _open_store(graph: Path, extra: Path | None, tmp: Path) -> ox.Store:
    if extra is None:
        return ox.Store.read_only(str(graph / "store"))
    copy = tmp / "store"
    shutil.copytree(graph / "store", copy)
    store = ox.Store(str(copy))
    store.bulk_load(path=str(extra), format=ox.RdfFormat.N_TRIPLES)
    store.optimize()
    store.flush()
    del store
    return ox.Store.read_only(str(copy))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path, help="a build directory (kg.ttl and store/)")
    ap.add_argument("forms", type=Path, nargs="+", help="query files; the first is the reference for the rows")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=IRI", help="bind ?NAME in the forms that select it")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--extra", type=Path, default=None, help="N-Triples added to a copy of the store and to rdflib's graph")
    ap.add_argument("--no-rdflib", action="store_true", help="time Oxigraph alone")
    a = ap.parse_args()
    params = dict(p.split("=", 1) for p in a.param)
    with tempfile.TemporaryDirectory(prefix="query-forms-") as tmp:
        store = _open_store(a.graph, a.extra, Path(tmp))
        graph: Any = None
        if not a.no_rdflib:
            import rdflib

            graph = rdflib.Graph()
            _, _, wall = _timed(lambda: graph.parse(str(a.graph / "kg.ttl"), format="turtle"))
            if a.extra:
                graph.parse(str(a.extra), format="nt")
            print(f"rdflib parsed {len(graph):,} triples in {wall:.1f} s", file=sys.stderr, flush=True)
        print("| form | rows | same rows | Oxigraph CPU (wall) | rdflib CPU (wall) | ratio CPU (wall) |")
        print("|---|---:|---|---:|---:|---:|")
        reference: list[tuple[str | None, ...]] | None = None
        for form in a.forms:
            text = form.read_text(encoding="utf-8")
            bound = {k: v for k, v in params.items() if f"?{k}" in text}

            engines = {"ox": partial(_on_oxigraph, store, text, bound)}
            if graph is not None:
                engines["rdflib"] = partial(_on_rdflib, graph, text, bound)
            rows = {name: fn() for name, fn in engines.items()}  # warm-up
            cpu: dict[str, list[float]] = {name: [] for name in engines}
            wall: dict[str, list[float]] = {name: [] for name in engines}
            for i in range(a.runs):
                for name in engines if i % 2 == 0 else reversed(engines):
                    rows[name], c, w = _timed(engines[name])
                    cpu[name].append(c)
                    wall[name].append(w)
            key = _key(rows["ox"])
            reference = key if reference is None else reference
            same = ["form 1" if key == reference else "**differ from form 1**"]
            if "rdflib" in rows:
                same.append("rdflib" if _key(rows["rdflib"]) == key else "**differ from rdflib**")
            med = {n: (statistics.median(cpu[n]) * 1e3, statistics.median(wall[n]) * 1e3) for n in engines}
            ox_ms = f"{med['ox'][0]:.2f} ms ({med['ox'][1]:.2f})"
            rd_ms = ratio = "-"
            if "rdflib" in med:
                rd_ms = f"{med['rdflib'][0]:.1f} ms ({med['rdflib'][1]:.1f})"
                ratio = f"{med['rdflib'][0] / med['ox'][0]:.1f}x ({med['rdflib'][1] / med['ox'][1]:.1f}x)"
            print(f"| {form.name} | {len(key):,} | {', '.join(same)} | {ox_ms} | {rd_ms} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
