"""Saved queries with parameters: bound by substitutions= (before param18) against written into the query (now).

    python benchmarks/param_binding.py GRAPH [GRAPH ...] [--runs 5] [--param NAME=VALUE ...]

GRAPH is a build directory (its ``store/`` is opened read-only). For every saved query that has parameters,
runs it both ways, alternating run by run so both see the same load on a shared machine: "substituted" is
Oxigraph's ``substitutions=`` on the saved text (what ``kg.query.run`` did before), "inlined" is
``kg.query.run`` (the terms written in by ``kg.query.inline``). Prints a table of the median wall times, their
ratio and whether the two give the same rows in the same order. ``--param`` sets a value for every query that
has that parameter (default: each query's own defaults; paper=2105.14713 and entity=CPU, README's example).
Run it under ``ulimit -v 6000000``: a substituted query can take gigabytes on a large graph.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg import query  # noqa: E402
from kg.graph import PREFIXES  # noqa: E402
from kg.store import open_graph  # noqa: E402

DEFAULTS = {"paper": "2105.14713", "entity": "CPU"}


def substituted(store: ox.Store, text: str, params: dict[str, str]) -> list[tuple[str, ...]]:
    subs = {ox.Variable(k): query.term_for(v) for k, v in params.items()}
    res = store.query(text, prefixes=PREFIXES, substitutions=subs)
    assert isinstance(res, ox.QuerySolutions)
    keep = [v.value for v in res.variables if v.value not in params]
    return [tuple(str(sol[c]) for c in keep) for sol in res]


def inlined(store: ox.Store, text: str, params: dict[str, str]) -> list[tuple[str, ...]]:
    return [tuple(str(t) for t in row) for row in query.run(store, text, params).rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("graphs", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args()
    given = {**DEFAULTS, **dict(p.split("=", 1) for p in args.param)}
    print("| graph | saved query | parameters | rows | substituted | inlined | ratio | same rows |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |")
    for graph in args.graphs:
        store = open_graph(graph)
        for name, sq in sorted(query.saved_queries().items()):
            if not sq.params:
                continue
            params = {p: given.get(p, sq.defaults.get(p, "")) for p in sq.params}
            times: dict[str, list[float]] = {"substituted": [], "inlined": []}
            rows: dict[str, list[tuple[str, ...]]] = {}
            for _ in range(args.runs):
                for how, fn in (("substituted", substituted), ("inlined", inlined)):
                    began = time.perf_counter()
                    rows[how] = fn(store, sq.text, params)
                    times[how].append(time.perf_counter() - began)
            a, b = statistics.median(times["substituted"]), statistics.median(times["inlined"])
            shown = " ".join(f"{k}={v}" for k, v in params.items())
            same = "yes" if rows["substituted"] == rows["inlined"] else "NO"
            print(
                f"| {graph.name} | {name} | {shown} | {len(rows['inlined'])} | {a * 1000:.1f} ms | {b * 1000:.1f} ms "
                f"| {a / b:.1f}x | {same} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
