"""Measurements that run in a child process of benchmarks/run.py and print one JSON object.

    python benchmarks/probes.py build INPUT OUT [--vocab DIR] [--jobs N]
    python benchmarks/probes.py link INPUT [--vocab DIR] [--root TREE]
    python benchmarks/probes.py oxigraph GRAPH PARAMS.json RUNS QUERY.rq...
    python benchmarks/probes.py rdflib GRAPH.ttl PARAMS.json RUNS QUERY.rq... [--timeout SECONDS]

Each runs in its own process so its time and memory are its own (run.py reads peak RSS from
wait4). PARAMS.json maps a query file's stem to its bindings (variable -> IRI).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(a: argparse.Namespace) -> dict[str, Any]:
    """``kg build`` through the library function the CLI calls, with its per-stage timings."""
    import kg
    from kg.build import build as run_build

    s = run_build([a.input], a.out, html=False, jobs=a.jobs, vocab_dir=a.vocab)
    return {
        "core": kg.CORE.describe(),  # compiled (mypyc) or pure Python, and why
        "papers": s.papers,
        "links": s.links,
        "mentions": s.mentions,
        "seconds": s.seconds,
        "timings": s.timings,
        "cpu": s.cpu,
        "entities": s.entities,
    }


def link(a: argparse.Namespace) -> dict[str, Any]:
    """Linking alone, in one process (one core): abstracts per second of CPU and of wall time."""
    import kg
    from kg.build import compile_pipeline, read_inputs

    _, papers = read_inputs([a.input])
    # made as the build makes it (kg.compiled.cached): the compiled vocabulary is then out of the cycle
    # collector's sight (gc.freeze); a Pipeline made here by hand left it there, and the one full
    # collection that linking 10k abstracts triggers walked all its ~860k objects (~5% of the CPU measured)
    pipeline = compile_pipeline(a.vocab)
    pipeline.process(papers[0])
    wall, cpu = time.perf_counter(), time.process_time()
    links = [pipeline.linker.link(p) for p in papers]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "papers": len(papers),
        "mentions": sum(map(len, links)),
        "tree": str(Path(kg.__file__).resolve().parent.parent),
        "core": kg.CORE.describe(),  # compiled (mypyc) or pure Python, and why
        "digest": hashlib.sha256(repr(links).encode("utf-8")).hexdigest(),  # same links, same digest
        "wall": wall,
        "cpu": cpu,
        "per_second_wall": len(papers) / wall,
        "per_cpu_second": len(papers) / cpu,
    }


class QueryTimeout(Exception):
    """A query ran past its time limit (raised by the SIGALRM handler inside the running query)."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise QueryTimeout


def _timed(run_one: Any, text: str, bindings: dict[str, str], limit: float | None) -> tuple[Any, float]:
    """(rows, seconds) of one run; with a limit, QueryTimeout when it runs longer.

    rdflib evaluates in pure Python, so the alarm's exception stops it between two bytecodes: no
    child process and no second copy of a graph of millions of triples.
    """
    if limit:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    t = time.perf_counter()
    try:
        rows = run_one(text, bindings)
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return rows, time.perf_counter() - t


def _time_queries(
    run_one: Any, queries: list[Path], params: dict[str, dict[str, str]], runs: int, limit: float | None = None
) -> dict[str, Any]:
    """Per query: a warm-up run, then ``runs`` timed runs; the median.

    With ``limit`` (seconds), a run that takes longer is stopped: a query whose warm-up is stopped is
    reported as {"timeout": limit} (it takes more than that), and when its runs together pass the limit
    the median is of the runs done ("runs" says how many).
    """
    out: dict[str, Any] = {}
    for q in queries:
        text = q.read_text(encoding="utf-8")
        bindings = params.get(q.stem, {})
        try:
            rows, warm = _timed(run_one, text, bindings, limit)  # warm-up, not timed
            times: list[float] = []
            for _ in range(runs):
                rows, seconds = _timed(run_one, text, bindings, limit)
                times.append(seconds)
                if limit and warm + sum(times) > limit:
                    break
            out[q.stem] = {"rows": rows, "times": times, "runs": len(times), "median": statistics.median(times)}
        except QueryTimeout:
            out[q.stem] = {"timeout": limit}
        print(json.dumps({"query": q.stem, **out[q.stem]}), file=sys.stderr, flush=True)  # kept if a later one is stopped
    return out


def oxigraph(a: argparse.Namespace) -> dict[str, Any]:
    """Warm queries on the on-disk store, through kg.query.run (what ``kg query`` runs)."""
    from kg import query
    from kg.store import open_graph

    t = time.perf_counter()
    store = open_graph(a.graph)
    opened = time.perf_counter() - t

    def run_one(text: str, bindings: dict[str, str]) -> int:
        return len(query.run(store, text, {k: f"<{v}>" for k, v in bindings.items()}).rows)

    params = json.loads(a.params.read_text(encoding="utf-8"))
    return {"open": opened, "queries": _time_queries(run_one, a.queries, params, a.runs), "peak_mb": _peak_mb()}


def rdflib_(a: argparse.Namespace) -> dict[str, Any]:
    """The same queries on rdflib's in-memory store, after parsing the same Turtle."""
    import rdflib

    g = rdflib.Graph()
    t = time.perf_counter()
    g.parse(a.graph, format="turtle")
    loaded = time.perf_counter() - t
    load_mb = _peak_mb()
    print(json.dumps({"load": loaded, "triples": len(g), "load_peak_mb": load_mb}), file=sys.stderr, flush=True)

    def run_one(text: str, bindings: dict[str, str]) -> int:
        init = {k: rdflib.URIRef(v) for k, v in bindings.items()}
        return len(list(g.query(text, initBindings=init)))

    params = json.loads(a.params.read_text(encoding="utf-8"))
    return {
        "load": loaded,
        "triples": len(g),
        "load_peak_mb": load_mb,
        "query_timeout": a.timeout,
        "queries": _time_queries(run_one, a.queries, params, a.runs, a.timeout),
        "peak_mb": _peak_mb(),
        "rdflib": rdflib.__version__,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="probe", required=True)
    b = sub.add_parser("build")
    b.add_argument("input", type=Path)
    b.add_argument("out", type=Path)
    b.add_argument("--vocab", type=Path, default=None)
    b.add_argument("--jobs", type=int, default=0)
    lk = sub.add_parser("link")
    lk.add_argument("input", type=Path)
    lk.add_argument("--vocab", type=Path, default=None)
    lk.add_argument("--root", type=Path, default=None, help="the source tree whose kg package to measure (default: this one)")
    for name in ("oxigraph", "rdflib"):
        q = sub.add_parser(name)
        q.add_argument("graph", type=Path)
        q.add_argument("params", type=Path)
        q.add_argument("runs", type=int)
        q.add_argument("queries", type=Path, nargs="+")
        q.add_argument("--timeout", type=float, default=None, help="seconds a query may run (rdflib)")
    a = ap.parse_args()
    if getattr(a, "root", None):
        sys.path.insert(0, str(a.root.resolve()))  # before the probe's first import of kg
    probe = {"build": build, "link": link, "oxigraph": oxigraph, "rdflib": rdflib_}[a.probe]
    json.dump(probe(a), sys.stdout)


if __name__ == "__main__":
    main()
