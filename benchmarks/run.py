"""Measure papers-kg at scale: build, linking, SPARQL (Oxigraph vs rdflib), fresh-process query, kg add.

    python benchmarks/run.py [--quick] [--corpus FILE] [--vocab DIR] [--runs N] [--work DIR]

Writes benchmarks/results.md and benchmarks/results.json (machine, medians of --runs runs, the
targets of the scale issue and whether they were met). Every measurement runs in a child process;
peak RSS comes from wait4 (the largest single process of the tree) and from sampling /proc (the
whole tree at once). ``--quick`` measures 1k and 10k papers only, with 3 runs (a check that everything runs, not the
figures to quote).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CORPUS = Path("/work/shared/corpus/arxiv-cs-2025.jsonl.gz")
QUERIES = HERE / "queries"
LOOKUPS = ("papers-on-platform", "link-evidence")
AGGREGATIONS = ("papers-per-technique", "technique-hardware-cooccurrence", "technique-hardware-cooccurrence-flat")
# measured beside the targets, not a target: the flat form of the saved co-occurrence query, to show what its
# join order costs (users run the saved query, schema/queries/technique-hardware-cooccurrence.rq)
REFERENCE = ("technique-hardware-cooccurrence-flat",)
TARGETS = {
    "build_wall": 60.0,
    "build_rss_mb": 3072.0,
    "link_per_core": 3000.0,
    "lookup": 0.050,
    "aggregation": 1.0,
    "speedup": 20.0,
    "fresh_query": 1.5,
    "add_1000": 5.0,
}


@dataclass(frozen=True)
class Run:
    """One child process: wall and CPU seconds, peak RSS of its largest process and of the whole tree."""

    wall: float
    cpu: float
    max_rss_mb: float
    tree_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _tree_rss_mb(root: int) -> float:
    tree, total, stack = _children(), 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(tree.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1])
        except OSError:
            pass
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(cmd: list[str], timeout: float | None = None) -> Run:
    """Run a command, timing it and sampling the memory of its process tree every 50 ms."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        peak, done = [0.0], threading.Event()

        def sample() -> None:
            while not done.wait(0.05):
                peak[0] = max(peak[0], _tree_rss_mb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        if timer:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
        return Run(wall, cpu, rss, peak[0], proc.returncode, out.read().decode(), err.read().decode())


def probe(args: list[str], timeout: float | None = None) -> tuple[Run, Any]:
    """Run benchmarks/probes.py in a child process; (the run, its JSON output or None on failure)."""
    run = measure([sys.executable, str(HERE / "probes.py"), *args], timeout)
    if run.returncode != 0:
        return run, None
    return run, json.loads(run.stdout)


def machine() -> dict[str, Any]:
    cpu = next(
        (ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines() if ln.startswith("model name")),
        platform.processor(),
    )
    mem = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
    import pyoxigraph
    import rdflib

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(mem / 2**20, 1),
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "os": platform.platform(),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "load_average_at_start": os.getloadavg(),
        "core": _core(),
    }


def _core() -> str:
    """Which core the probes import from this tree: compiled (mypyc) or pure Python, and why (kg/core.py)."""
    code = "import kg; print(kg.CORE.describe())"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def _lines(path: Path) -> list[str]:
    """The non-blank lines of a JSONL file, gzip-compressed or not."""
    with path.open("rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    with gzip.open(path, "rt", encoding="utf-8") if gz else path.open(encoding="utf-8") as f:
        return [ln for ln in f if ln.strip()]


def subsets(corpus: Path, sizes: list[int], work: Path) -> dict[int, Path]:
    """The first N records of the corpus for each size (the whole corpus file for its own size)."""
    lines = _lines(corpus)
    out: dict[int, Path] = {}
    for n in sizes:
        if n >= len(lines):
            out[len(lines)] = corpus
            continue
        path = work / f"corpus-{n}.jsonl"
        path.write_text("".join(lines[:n]), encoding="utf-8")
        out[n] = path
    return out


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def bench_build(size: int, corpus: Path, out: Path, runs: int, vocab: Path | None) -> dict[str, Any]:
    extra = ["--vocab", str(vocab)] if vocab else []
    rows = []
    for _ in range(runs):
        run, summary = probe(["build", str(corpus), str(out), *extra])
        if summary is None:
            raise SystemExit(f"build of {size} papers failed:\n{run.stderr}")
        rows.append((run, summary))
    from kg.store import open_graph

    triples = len(open_graph(out))
    stages = sorted({k for _, s in rows for k in s["timings"]})
    return {
        "papers": rows[0][1]["papers"],
        "links": rows[0][1]["links"],
        "mentions": rows[0][1]["mentions"],
        "triples": triples,
        "ttl_mb": (out / "kg.ttl").stat().st_size / 2**20,
        "store_mb": _dir_mb(out / "store"),
        "wall": _median([r.wall for r, _ in rows]),
        "wall_runs": [r.wall for r, _ in rows],
        "cpu": _median([r.cpu for r, _ in rows]),
        "max_rss_mb": max(r.max_rss_mb for r, _ in rows),
        "tree_rss_mb": max(r.tree_rss_mb for r, _ in rows),
        "stages": {k: _median([s["timings"].get(k, 0.0) for _, s in rows]) for k in stages},
    }


def pick_params(graph: Path) -> dict[str, dict[str, str]]:
    """Bindings for the lookups, chosen from the graph itself: the hardware class with the most papers
    naming one of its sub-platforms, and one link of the first such paper."""
    from kg import query
    from kg.store import open_graph

    store = open_graph(graph)
    plat = query.run(store, (QUERIES / "setup" / "pick-platform.rq").read_text()).rows
    if not plat:
        return {}
    platform_iri = plat[0][0].value  # type: ignore[union-attr]
    ev = query.run(store, (QUERIES / "setup" / "pick-link.rq").read_text(), {"platform": f"<{platform_iri}>"}).rows
    paper, entity = ev[0][-2].value, ev[0][-1].value  # type: ignore[union-attr]
    return {"papers-on-platform": {"platform": platform_iri}, "link-evidence": {"paper": paper, "entity": entity}}


def bench_fresh_query(graph: Path, params: dict[str, dict[str, str]], runs: int) -> dict[str, Any]:
    """Wall time of ``python -m kg query`` as a fresh process on the built store (a lookup)."""
    out: dict[str, Any] = {}
    for name in LOOKUPS:
        cmd = [sys.executable, "-m", "kg", "query", str(QUERIES / f"{name}.rq"), "-g", str(graph), "--format", "csv"]
        for k, v in params.get(name, {}).items():
            cmd += ["--param", f"{k}=<{v}>"]
        walls = []
        for _ in range(runs):
            run = measure(cmd)
            if run.returncode != 0:
                raise SystemExit(f"kg query failed:\n{run.stderr}")
            walls.append(run.wall)
        out[name] = {"median": _median(walls), "runs": walls, "rows": run.stdout.count("\n") - 1}
    return out


def has_add() -> bool:
    return measure([sys.executable, "-m", "kg", "add", "--help"]).returncode == 0


def bench_add(corpus: Path, n_add: int, runs: int, work: Path, vocab: Path | None) -> dict[str, Any]:
    """``kg add`` of n_add abstracts into a build of the rest (every k-th record held out)."""
    lines = _lines(corpus)
    step = max(1, len(lines) // n_add)
    held = set(range(0, step * n_add, step))
    base_in, add_in = work / "add-base.jsonl", work / "add-new.jsonl"
    base_in.write_text("".join(ln for i, ln in enumerate(lines) if i not in held), encoding="utf-8")
    add_in.write_text("".join(lines[i] for i in sorted(held)), encoding="utf-8")
    base = work / "add-base"
    extra = ["--vocab", str(vocab)] if vocab else []
    run, summary = probe(["build", str(base_in), str(base), *extra])
    if summary is None:
        raise SystemExit(f"base build for kg add failed:\n{run.stderr}")
    walls, rss = [], []
    for _ in range(runs):
        target = work / "add-run"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(base, target)
        run = measure([sys.executable, "-m", "kg", "add", str(add_in), "-o", str(target), *extra])
        if run.returncode != 0:
            raise SystemExit(f"kg add failed:\n{run.stderr}")
        walls.append(run.wall)
        rss.append(run.max_rss_mb)
    return {"base_papers": summary["papers"], "added": len(held), "median": _median(walls), "runs": walls, "max_rss_mb": max(rss)}


def bench_queries(
    size: int, graph: Path, params: dict[str, dict[str, str]], runs: int, rdflib: bool, timeout: float, query_timeout: float
) -> dict[str, Any]:
    work = graph.parent
    pfile = work / f"params-{size}.json"
    pfile.write_text(json.dumps(params), encoding="utf-8")
    files = [str(QUERIES / f"{n}.rq") for n in (*LOOKUPS, *AGGREGATIONS)]
    run, ox_res = probe(["oxigraph", str(graph / "store"), str(pfile), str(runs), *files])
    if ox_res is None:
        raise SystemExit(f"oxigraph queries failed:\n{run.stderr}")
    out: dict[str, Any] = {"oxigraph": ox_res, "rdflib": None}
    if rdflib:
        cmd = ["rdflib", str(graph / "kg.ttl"), str(pfile), str(runs), *files, "--timeout", str(query_timeout)]
        run, rd = probe(cmd, timeout)
        if rd is None:  # timed out: keep the load and the queries it finished (the probe logs them on stderr)
            rd = {"failed": f"stopped after {run.wall:.0f} s (exit {run.returncode})", "queries": {}}
            for line in run.stderr.splitlines():
                if line.startswith("{"):
                    item = json.loads(line)
                    if "query" in item:
                        rd["queries"][item.pop("query")] = item
                    else:
                        rd.update(item)
        out["rdflib"] = rd
        out["rdflib_max_rss_mb"] = run.max_rss_mb
    return out


def _fmt_s(x: float | None) -> str:
    if x is None or x != x:
        return "–"
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def _ok(value: float | None, limit: float, at_least: bool = False) -> str:
    if value is None or value != value:
        return "not measured"
    return "met" if (value >= limit if at_least else value <= limit) else "**missed**"


def speedup(ox: dict[str, Any], rq: dict[str, Any] | None) -> tuple[str, str] | None:
    """("45x", "met") for a query rdflib finished; ("> 1200x", "met") when it was stopped (a lower bound)."""
    if not rq:
        return None
    if "timeout" in rq:
        low = rq["timeout"] / ox["median"]
        return f"> {low:.0f}x", "met" if low >= TARGETS["speedup"] else f"not known (> {low:.0f}x)"
    sp = rq["median"] / ox["median"]
    return f"{sp:.0f}x", _ok(sp, TARGETS["speedup"], at_least=True)


def _fmt_rdflib(rq: dict[str, Any] | None, runs: int) -> str:
    if not rq:
        return "–"
    if "timeout" in rq:
        return f"> {_fmt_s(rq['timeout'])}"
    done = rq.get("runs", runs)
    return _fmt_s(rq["median"]) + (f" ({done} of {runs} runs)" if done < runs else "")


def markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        "# papers-kg benchmark results",
        "",
        f"`python benchmarks/run.py{' --quick' if r['quick'] else ''}` on {m['date']} (commit {m['commit']}).",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM; Python {m['python']}, pyoxigraph "
        f"{m['pyoxigraph']}, rdflib {m['rdflib']}; {m['os']}. The machine is shared with other jobs (load average "
        f"{m['load_average_at_start'][0]:.1f} at start, {r['load_average_at_end'][0]:.1f} at end): timings are noisy, "
        f"so each figure is the median of {r['runs']} runs.",
        f'Core measured: {m.get("core", "not recorded")} (README "Compiled core").',
        f"Vocabulary: {r['vocabulary']}.",
        "",
        "## Build (`kg build --no-html`: read, link, Turtle, store)",
        "",
        "| papers | links (mentions) | triples | kg.ttl | store | wall (median) | CPU | peak RSS, largest process | "
        "peak RSS, all processes | stages (median s) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for b in r["builds"].values():
        stages = ", ".join(f"{k} {v:.2f}" for k, v in b["stages"].items())
        lines.append(
            f"| {b['papers']:,} | {b['links']:,} ({b['mentions']:,}) | {b['triples']:,} | {b['ttl_mb']:.0f} MB | "
            f"{b['store_mb']:.0f} MB | {b['wall']:.2f} s | {b['cpu']:.1f} s | {b['max_rss_mb']:.0f} MB | "
            f"{b['tree_rss_mb']:.0f} MB | {stages} |"
        )
    sizes = list(r["builds"])
    if len(sizes) > 1:
        a, z = r["builds"][sizes[0]], r["builds"][sizes[-1]]
        lines += [
            "",
            f"From {a['papers']:,} to {z['papers']:,} papers ({z['papers'] / a['papers']:.0f}x): wall x"
            f"{z['wall'] / a['wall']:.1f}, CPU x{z['cpu'] / a['cpu']:.1f}, "
            f"peak RSS x{z['max_rss_mb'] / a['max_rss_mb']:.1f} (fixed start-up costs weigh on the small builds).",
        ]
    lk = r["link"]
    lines += [
        "",
        "## Linking alone (one process, one core)",
        "",
        f"{lk['papers']:,} abstracts: **{lk['per_cpu_second']:,.0f} abstracts per CPU second** "
        f"({lk['per_second_wall']:,.0f}/s wall; {lk['mentions']:,} mentions).",
        "",
    ]
    for size, q in r["queries"].items():
        ox_q, rd = q["oxigraph"]["queries"], q["rdflib"]
        lines += [
            f"## SPARQL on the {int(size):,}-paper graph, warm (median of {r['runs']})",
            "",
            f"Oxigraph on-disk store opened read-only in {_fmt_s(q['oxigraph']['open'])}"
            + (
                f"; rdflib parsed kg.ttl in {rd['load']:.1f} s ({rd['triples']:,} triples, peak RSS {rd['load_peak_mb']:.0f} MB)"
                if rd and "load" in rd
                else ("" if rd and "failed" in rd else "; rdflib not run at this size")
            )
            + (f"; rdflib {rd['failed']}: the queries it did not finish show –." if rd and "failed" in rd else "."),
            "",
            "| query | kind | rows | Oxigraph (`kg query` library) | rdflib Graph | speed-up | >= 20x |",
            "|---|---|---:|---:|---:|---:|---|",
        ]
        for name, res in ox_q.items():
            kind = "lookup" if name in LOOKUPS else "aggregation"
            rq = rd["queries"].get(name) if rd and "queries" in rd else None
            sp = speedup(res, rq)
            status = "reference" if name in REFERENCE else (sp[1] if sp else "–")
            lines.append(
                f"| {name} | {kind} | {res['rows']:,} | {_fmt_s(res['median'])} | {_fmt_rdflib(rq, r['runs'])} | "
                f"{sp[0] if sp else '–'} | {status} |"
            )
        if any(name in REFERENCE for name in ox_q):
            lines += [
                "",
                "reference: " + ", ".join(n for n in REFERENCE if n in ox_q) + " is the flat form of the saved "
                "co-occurrence query, measured to show what the join order costs; it is no target.",
            ]
        if rd and any("timeout" in x for x in rd.get("queries", {}).values()):
            lines += [
                "",
                f'rdflib queries were stopped after {rd["query_timeout"]:.0f} s: "> T s" is a lower bound of its time, '
                "so the speed-up is a lower bound too.",
            ]
        lines.append("")
    lines += ["## Fresh process: `python -m kg query FILE.rq --param ... -g OUT` (wall, median)", ""]
    for name, f in r["fresh_query"].items():
        lines.append(f"- {name}: {_fmt_s(f['median'])} ({f['rows']} rows)")
    lines += ["", "## `kg add` of new abstracts into the large store", ""]
    ad = r["add"]
    if ad and "median" in ad:
        lines.append(
            f"{ad['added']:,} abstracts into a build of {ad['base_papers']:,}: {_fmt_s(ad['median'])} wall "
            f"(median; peak RSS {ad['max_rss_mb']:.0f} MB)."
        )
    else:
        lines.append(ad["note"] if ad else "not measured")
    lines += ["", "## Targets", "", "| target | measured | |", "|---|---|---|"]
    for t in r["targets"]:
        lines.append(f"| {t['target']} | {t['measured']} | {t['status']} |")
    return "\n".join(lines) + "\n"


def targets(r: dict[str, Any]) -> list[dict[str, str]]:
    big = r["builds"][max(r["builds"], key=int)]
    out = [
        {
            "target": f"`kg build` of {big['papers']:,} papers <= 60 s wall",
            "measured": f"{big['wall']:.1f} s",
            "status": _ok(big["wall"], TARGETS["build_wall"]),
        },
        {
            "target": "peak RSS <= 3 GB (largest process; all processes)",
            "measured": f"{big['max_rss_mb']:.0f} MB; {big['tree_rss_mb']:.0f} MB",
            "status": _ok(big["tree_rss_mb"], TARGETS["build_rss_mb"]),
        },
        {
            "target": "linking >= 3,000 abstracts/s per core",
            "measured": f"{r['link']['per_cpu_second']:,.0f}/s",
            "status": _ok(r["link"]["per_cpu_second"], TARGETS["link_per_core"], at_least=True),
        },
    ]
    size = max(r["queries"], key=int)
    for name, res in r["queries"][size]["oxigraph"]["queries"].items():
        if name in REFERENCE:
            continue
        limit = TARGETS["lookup"] if name in LOOKUPS else TARGETS["aggregation"]
        out.append(
            {
                "target": f"{name} p50 <= {_fmt_s(limit)} ({int(size):,} papers)",
                "measured": _fmt_s(res["median"]),
                "status": _ok(res["median"], limit),
            }
        )
        # the speed-up on every graph where rdflib ran this query (a lower bound where it was stopped)
        for n in sorted(r["queries"], key=int):
            rd = r["queries"][n]["rdflib"]
            sp = speedup(r["queries"][n]["oxigraph"]["queries"][name], rd.get("queries", {}).get(name) if rd else None)
            if sp:
                target = f"{name} >= 20x faster than rdflib ({int(n):,} papers)"
                out.append({"target": target, "measured": sp[0], "status": sp[1]})
    for name, f in r["fresh_query"].items():
        out.append(
            {
                "target": f"fresh `kg query` ({name}) <= 1.5 s",
                "measured": _fmt_s(f["median"]),
                "status": _ok(f["median"], TARGETS["fresh_query"]),
            }
        )
    ad = r["add"]
    out.append(
        {
            "target": "`kg add` of 1,000 abstracts <= 5 s",
            "measured": _fmt_s(ad.get("median")) if ad else "–",
            "status": _ok(ad.get("median"), TARGETS["add_1000"]) if ad and "median" in ad else "not measured (no `kg add`)",
        }
    )
    return out


def rewrite(out: Path) -> None:
    """Write results.md again from results.json (after a change to the report's layout)."""
    r = json.loads((out / "results.json").read_text(encoding="utf-8"))
    r["targets"] = targets(r)
    (out / "results.json").write_text(json.dumps(r, indent=1, default=str) + "\n", encoding="utf-8")
    (out / "results.md").write_text(markdown(r), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1k and 10k papers, 3 runs")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--vocab", type=Path, default=None, help="vocabulary directory (default: the packaged schema/vocab)")
    ap.add_argument("--runs", type=int, default=None, help="runs per measurement (default 5; 3 with --quick)")
    ap.add_argument("--rdflib-timeout", type=float, default=3600.0, help="seconds for the whole rdflib probe")
    ap.add_argument(
        "--rdflib-query-timeout",
        type=float,
        default=120.0,
        help="seconds one rdflib query may run; a query stopped there is reported as taking more (a lower bound)",
    )
    ap.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    ap.add_argument("--out", type=Path, default=HERE, help="where results.md and results.json go")
    ap.add_argument("--reuse", action="store_true", help="with --work: keep the builds of an earlier run there")
    ap.add_argument("--rewrite", action="store_true", help="only write results.md again from results.json")
    a = ap.parse_args()
    if a.rewrite:
        rewrite(a.out)
        return
    runs = a.runs or (3 if a.quick else 5)
    sizes = [1000, 10000] if a.quick else [1000, 10000, 10**9]
    work = a.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    r: dict[str, Any] = {
        "machine": machine(),
        "quick": a.quick,
        "runs": runs,
        "corpus": str(a.corpus),
        "vocabulary": str(a.vocab) if a.vocab else "packaged schema/vocab/",
    }
    try:
        inputs = subsets(a.corpus, sizes, work)
        r["queries"] = {}
        saved = work / "builds.json"
        if a.reuse and saved.is_file():  # builds and linking of an interrupted run of the same --work
            r["builds"], r["link"] = json.loads(saved.read_text(encoding="utf-8"))
        else:
            r["builds"] = {}
            for size, path in inputs.items():
                print(f"build {size:,} papers x{runs}", file=sys.stderr, flush=True)
                r["builds"][size] = bench_build(size, path, work / f"out-{size}", runs, a.vocab)
            print("linking alone", file=sys.stderr, flush=True)
            mid = inputs[min(inputs, key=lambda n: abs(n - 10000))]
            links = [probe(["link", str(mid), *(["--vocab", str(a.vocab)] if a.vocab else [])])[1] for _ in range(runs)]
            r["link"] = min(links, key=lambda x: abs(x["per_cpu_second"] - _median([y["per_cpu_second"] for y in links])))
            saved.write_text(json.dumps([r["builds"], r["link"]]), encoding="utf-8")
        largest = max(inputs)
        for size in sorted({s for s in inputs if s >= 10000} | {largest}):
            print(f"queries on {size:,} papers", file=sys.stderr, flush=True)
            graph = work / f"out-{size}"
            limits = (a.rdflib_timeout, a.rdflib_query_timeout)
            r["queries"][size] = bench_queries(size, graph, pick_params(graph), runs, True, *limits)
        print("fresh-process kg query", file=sys.stderr, flush=True)
        big = work / f"out-{largest}"
        r["fresh_query"] = bench_fresh_query(big, pick_params(big), runs)
        if has_add():
            print("kg add", file=sys.stderr, flush=True)
            r["add"] = bench_add(a.corpus if not a.quick else inputs[largest], 1000, runs, work, a.vocab)
        else:
            r["add"] = {
                "note": "`kg add` is not in this tree yet: the benchmark measures it as soon as "
                "`python -m kg add --help` succeeds."
            }
        r["load_average_at_end"] = os.getloadavg()
        r["targets"] = targets(r)
    finally:
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "results.json").write_text(json.dumps(r, indent=1, default=str) + "\n", encoding="utf-8")
    (a.out / "results.md").write_text(markdown(r), encoding="utf-8")
    print((a.out / "results.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
