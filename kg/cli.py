"""The ``kg`` command line: thin commands over the library; the only module that prints."""

from __future__ import annotations

import errno
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import CORE
from kg.errors import ExportError, InputError, KGError, QueryError

DEFAULT_OUT = Path("exports")
T = TypeVar("T")

# the option every command that reads a built graph shares
graph_option = click.option(
    "-g",
    "--graph",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="The built graph: a store directory, an RDF file, or a build output directory.",
)


def default_seeds(package: Path | None = None) -> Path:
    """seeds/ of the current directory, else the seed files installed with the package (``kg/seeds/``, which
    ``pip install .`` puts there), else the seeds/ of the source checkout."""
    here = Path("seeds")
    if here.is_dir():
        return here
    pkg = package or Path(__file__).resolve().parent
    for candidate in (pkg / "seeds", pkg.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise InputError("seeds/", "no INPUT given, and no seeds/ here or installed with kg: name the files or directories to read")


class Stopped(KeyboardInterrupt):
    """Ctrl-C (SIGINT) or SIGTERM while a build or add writes: raised where the process stands, so that
    everything unwinds (staged outputs removed, lock released) before the one line and exit 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class Abandoned(KeyboardInterrupt):
    """Ctrl-C while read-only work runs in a thread that cannot be stopped (see :func:`_interruptible`)."""


_SIGNAL_NAMES: dict[int, str] = {signal.SIGINT: "interrupted (Ctrl-C)", signal.SIGTERM: "terminated (SIGTERM)"}


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Ctrl-C and SIGTERM (kill, a CI or batch-job timeout, systemd) stop a build or add cleanly.

    SIGTERM's default action ends the process where it stands and leaves its staged outputs
    (``.kg.ttl.tmp-PID``, ``.store.tmp-PID``: gigabytes on a large build) until the next run; raising
    unwinds through the staging, which removes them. Once one signal has been raised, more of them
    (Ctrl-C pressed twice) are ignored until the unwinding is done: it is short and must not be cut
    short. The linking processes forked meanwhile ignore Ctrl-C (the terminal sends it to them too;
    the pool ends them) and die of SIGTERM. A signal ignored when the command starts stays ignored.
    """
    me = os.getpid()
    stopping = 0  # the signal being handled

    def handler(signum: int, _frame: object) -> None:
        nonlocal stopping
        if os.getpid() != me:  # a forked worker that has not set its own handlers yet
            if signum == signal.SIGTERM:
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)
            return
        if stopping:
            return
        stopping = signum
        raise Stopped(signum)

    def unraisable(report: Any) -> None:
        # a Stopped raised where Python cannot raise it (a finalizer, an at-fork callback such as logging's) is
        # reported below, once the work ends; Python's own report of it is a traceback on stderr
        if not isinstance(report.exc_value, Stopped):
            hook(report)

    # a signal ignored from the start stays ignored (a build started in the background by a script: nohup, "&")
    watched = [s for s in (signal.SIGINT, signal.SIGTERM) if signal.getsignal(s) is not signal.SIG_IGN]
    hook, sys.unraisablehook = sys.unraisablehook, unraisable
    previous = {s: signal.signal(s, handler) for s in watched}
    try:
        yield
    finally:  # restored whatever happened: kg's commands also run in-process (click's CliRunner, scripts)
        for s, h in previous.items():
            signal.signal(s, h)
        sys.unraisablehook = hook
    if stopping:
        # the Stopped raised was swallowed: Python ignores an exception raised in a finalizer (__del__), where a
        # handler may happen to run. The work went on to the end, so its outputs are written.
        stopped = Stopped(stopping)
        stopped.outputs_written = True  # type: ignore[attr-defined]
        raise stopped


class TimedOut(QueryError):
    """A query ran longer than ``kg query --timeout``; its thread is still inside Oxigraph, so the process exits
    without waiting for it (see :class:`KGGroup`)."""


def _interruptible(work: Callable[[], T], timeout: float | None = None) -> T:
    """``work()`` (read-only: a SPARQL query, a graph read into memory) in a thread, so that Ctrl-C stops it at once.

    Oxigraph evaluates a query in Rust without looking at signals: Ctrl-C in the thread running it would
    wait for the query to end (never, for some). The main thread waits here instead, and Ctrl-C raises
    :class:`Abandoned`, on which the process exits without waiting for the thread (nothing is being written).
    After ``timeout`` seconds (wall clock) the wait ends the same way, with :class:`TimedOut`.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as e:  # handed to the main thread, which raises it
            box["error"] = e

    thread = threading.Thread(target=run, name="kg-work", daemon=True)
    thread.start()
    try:
        thread.join(timeout)
    except KeyboardInterrupt:
        raise Abandoned from None
    if thread.is_alive():
        raise TimedOut(f"query timed out after {timeout:g} s (the limit of --timeout)")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


class Stdout:
    """Standard output as a binary stream that writes all it is given or raises :class:`ExportError` (one line).

    With ``PYTHONUNBUFFERED`` set (as many container images do) ``sys.stdout.buffer`` is the raw file: a write
    on a full disk writes what fits and returns the count, which the caller does not look at, so the output was
    cut short and the command exited 0. Without it, the error came up as a traceback. A closed pipe (``| head``)
    stays a BrokenPipeError, which ends the command quietly.
    """

    def __init__(self) -> None:
        sys.stdout.flush()  # text echoed before goes first
        self._out = sys.stdout.buffer

    def write(self, data: bytes) -> int:
        view = memoryview(data).cast("B")
        done = 0
        try:
            while done < len(view):
                n = self._out.write(view[done:])
                if not n:  # None (a non-blocking stream that would block) or 0: no progress, which would never end
                    raise OSError(errno.EIO, "the stream took no bytes")
                done += n
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._failed(e) from None
        return done

    def flush(self) -> None:
        try:
            self._out.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._failed(e) from None

    def _failed(self, e: OSError) -> ExportError:
        """The error to raise; what is still buffered goes to /dev/null (as Python's docs do for a broken pipe), or
        the interpreter would try to flush it on the way out and exit 120 with a second message."""
        _stdout_to_devnull()
        return ExportError(f"standard output: cannot write: {e.strerror or e}")


class KGGroup(click.Group):
    """Turns library errors into one line on stderr and exit code 1, never a traceback; Ctrl-C and SIGTERM
    into one line and exit 128 + the signal's number (130, 143), as a shell reports a process they end."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as e:
            click.echo("kg: error: " + " ".join(str(e).split()), err=True)
            if isinstance(e, TimedOut):  # a thread is still inside Oxigraph: do not wait for it
                with suppress(OSError, ValueError):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(1)
            sys.exit(1)
        except KeyboardInterrupt as e:
            signum = e.signum if isinstance(e, Stopped) else signal.SIGINT
            note = ""
            if isinstance(e, Stopped):  # a build or add: its outputs are replaced all together, or not at all
                written = getattr(e, "outputs_written", False)
                note = "; the new outputs were written" if written else "; the previous outputs are left as they were"
            click.echo(f"kg: {_SIGNAL_NAMES[signum]}{note}", err=True)
            if isinstance(e, Abandoned):  # a thread is still inside Oxigraph: do not wait for it
                with suppress(OSError, ValueError):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(128 + signum)
            sys.exit(128 + signum)
        except BrokenPipeError:  # the reader went away (| head): quietly, with nothing left to flush at exit (exit 120)
            _stdout_to_devnull()
            sys.exit(0)


def _stdout_to_devnull() -> None:
    """Point standard output's file descriptor at /dev/null (Python's documented way after a broken pipe), so what is
    still buffered flushes harmlessly at exit; CliRunner's streams have no descriptor and are left alone."""
    with suppress(OSError, ValueError):  # io.UnsupportedOperation
        fd = sys.stdout.buffer.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)


@click.group(cls=KGGroup)
@click.version_option(package_name="papers-kg", message=f"%(prog)s, version %(version)s, core: {CORE.describe()}")
def main() -> None:
    """papers-kg: a knowledge graph of papers, techniques, hardware platforms, benchmarks and models.

    Build it from abstracts with 'kg build', ask it with 'kg query' (SPARQL), see what the linker
    finds in a text with 'kg link'.
    """


def _progress_factory(enabled: bool) -> Callable[[int], Callable[[int], None]] | None:
    if not enabled:
        return None
    from tqdm import tqdm

    def start(total: int) -> Callable[[int], None]:
        bar = tqdm(total=total, unit="paper", desc="linking", file=sys.stderr, leave=False, mininterval=0.5)
        return bar.update

    return start


def _input_options(out_help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """-o/--out (with ``out_help``), --format, --skip-bad, --vocab and -j/--jobs: the options build and add share."""
    jobs = click.option(
        "-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True, help="Linking processes (0: one per core)."
    )

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        return _out_option(out_help)(_reading_options(jobs(f)))

    return decorate


def _out_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "-o",
        "--out",
        "out_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=DEFAULT_OUT,
        show_default=True,
        help=help,
    )


def _timeout_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--timeout SECONDS`` of kg query and kg serve (30 s by default, as ``ServeOptions.timeout``)."""
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        metavar="SECONDS",
        default=30.0,
        show_default=True,
        help=help,
    )


def _reading_options(f: Callable[..., Any]) -> Callable[..., Any]:
    from kg.sources import FORMATS

    f = click.option(
        "--vocab",
        "vocab_dir",
        type=click.Path(path_type=Path, file_okay=False, exists=True),
        default=None,
        help="Use the SKOS vocabulary files of this directory instead of the packaged schema/vocab/.",
    )(f)
    f = click.option(
        "--skip-bad",
        is_flag=True,
        help="Skip bad records and unreadable files instead of stopping; list them in OUT/rejects.tsv.",
    )(f)
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Force the input format instead of detecting it from content.",
    )(f)
    return f


def _echo_reading(records: int, papers: int, rejected: int, duplicates: int, rejected_files: int, out_dir: Path) -> None:
    click.echo(f"records read:     {records} = {papers} in the graph + {rejected} rejected + {duplicates} merged duplicates")
    if rejected or rejected_files:
        from kg.outputs import REJECTS_FILE

        files = f"; {rejected_files} unreadable file{'s' if rejected_files != 1 else ''}" if rejected_files else ""
        click.echo(f"rejected:         {rejected} record{'s' if rejected != 1 else ''}{files} (see {out_dir / REJECTS_FILE})")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@_input_options("Directory for kg.ttl, store/ and graph.html.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--no-store", is_flag=True, help="Do not write the on-disk store.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    fmt: str | None,
    skip_bad: bool,
    vocab_dir: Path | None,
    no_html: bool,
    no_store: bool,
    jobs: int,
    progress: bool | None,
) -> None:
    """Build the graph from INPUT files or directories (default: seeds/).

    Writes OUT/kg.ttl (Turtle), OUT/store/ (an Oxigraph store for fast queries) and OUT/graph.html
    (an interactive view), then prints a summary. All outputs are replaced together or not at all.
    """
    from kg.build import build as run_build

    show = sys.stderr.isatty() if progress is None else progress
    with _stop_on_signals():
        summary = run_build(
            list(inputs) or [default_seeds()],
            out_dir,
            fmt=fmt,
            skip_bad=skip_bad,
            html=not no_html,
            store=not no_store,
            jobs=jobs,
            vocab_dir=vocab_dir,
            progress=_progress_factory(show),
        )
    kinds = ", ".join(f"{v} {k}" for k, v in summary.entities.items()) or "none"
    _echo_reading(summary.records, summary.papers, summary.rejected, summary.duplicates, summary.rejected_files, out_dir)
    click.echo(f"papers:           {summary.papers}")
    click.echo(f"entities linked:  {sum(summary.entities.values())} ({kinds})")
    click.echo(f"links:            {summary.links} paper-entity links from {summary.mentions} mentions")
    click.echo(f"results:          {summary.results}")
    for p in summary.outputs:
        click.echo(f"wrote:            {p}")
    click.echo(f"time:             {summary.seconds:.2f} s")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@_input_options("The build directory to add to (holding kg.ttl, store/).")
@click.option("--html", "redraw", is_flag=True, help="Also redraw OUT/graph.html (takes seconds on a large graph).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
def add(
    inputs: tuple[Path, ...],
    out_dir: Path,
    fmt: str | None,
    skip_bad: bool,
    vocab_dir: Path | None,
    jobs: int,
    redraw: bool,
    progress: bool | None,
) -> None:
    """Add the papers of INPUT files or directories to an existing build, without rebuilding it.

    New papers are linked and added; a paper already in the graph gains the new source file; a
    paper whose abstract or title changed replaces the old version and its links. Adding the
    same file twice changes nothing. kg.ttl and the store are updated; graph.html only with --html.
    """
    from kg.incremental import add as run_add

    with _stop_on_signals():
        show = sys.stderr.isatty() if progress is None else progress
        s = run_add(
            list(inputs),
            out_dir,
            fmt=fmt,
            skip_bad=skip_bad,
            vocab_dir=vocab_dir,
            jobs=jobs,
            html=redraw,
            progress=_progress_factory(show),
        )
    _echo_reading(s.records, s.added + s.replaced + s.updated + s.unchanged, s.rejected, s.duplicates, s.rejected_files, out_dir)
    click.echo(f"added:            {s.added} new papers")
    click.echo(f"replaced:         {s.replaced} changed papers (old links and evidence dropped)")
    click.echo(f"updated:          {s.updated} papers merged with the graph's version")
    click.echo(f"unchanged:        {s.unchanged}")
    click.echo(f"papers:           {s.papers} in the graph")
    if s.store_rebuilt:
        click.echo("store:            rebuilt from kg.ttl (it did not match the last build's index)")
    for p in s.outputs:
        click.echo(f"wrote:            {p}")
    if not s.outputs:
        click.echo("wrote:            nothing (no change)")
    elif not redraw and (out_dir / "graph.html").exists():
        click.echo(f"graph.html:       not redrawn (kg add --html, or kg html -g {out_dir})")
    click.echo(f"time:             {s.seconds:.2f} s")


@main.command()
@click.argument("query", required=False)
@graph_option
@click.option("--saved", "saved", metavar="NAME", help="Run the saved query schema/queries/NAME.rq.")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a saved query's parameter (repeatable); <IRI> or prefix:name gives an IRI, else a string.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="How SELECT and ASK results print: table for reading; csv, tsv and json are SPARQL 1.1 CSV, TSV and JSON results, "
    "csv and tsv the bytes kg serve answers (csv: plain values, CRLF line ends, blank nodes as _:label; tsv and json: RDF "
    "terms kept; an ASK as csv or tsv: true or false with no line end); CONSTRUCT and DESCRIBE print N-Triples.",
)
@_timeout_option("Seconds a query may run (wall clock, the store opened) before it is stopped with an error.")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
def query(
    query: str | None, graph: Path, saved: str | None, params: tuple[str, ...], fmt: str, timeout: float, list_saved: bool
) -> None:
    """Run a SPARQL QUERY (text, a path to a .rq file, or - for standard input) or a saved query on the graph.

    The prefixes kg:, dcterms:, skos:, hw:, tech:, bench:, model:, paper: ... are predeclared.
    """
    from kg import query as q
    from kg.store import open_graph

    if list_saved:
        for name, sq in q.saved_queries().items():
            click.echo(f"{name}: {sq.description}")
            for p, what in sq.params.items():
                click.echo(f"    --param {p}=...  {what}")
        return
    bindings: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        bindings[name] = value
    if saved and query:
        raise click.UsageError("give either QUERY or --saved NAME, not both")
    if not saved and not query:
        raise click.UsageError("give a QUERY or --saved NAME (see --list)")
    text = _read_if_file(query) if query is not None else None

    store = _interruptible(lambda: open_graph(graph))  # not timed: a Turtle file given as -g is read first

    def ask() -> tuple[q.QueryResult, list[str]]:
        if text is None:
            assert saved is not None
            result = q.run_saved(store, saved, bindings)
            empty = not result.rows and result.boolean is None
            return result, q.unknown_names(store, bindings) if empty else []
        return q.run(store, text, bindings), []

    result, unknown = _interruptible(ask, timeout)
    out = Stdout()
    out.write(q.render(result, fmt).encode("utf-8"))
    out.flush()
    for name in unknown:  # after the (empty) table, where the eye goes
        click.echo(f"kg: note: --param {name}={bindings[name]!r} names no entity (label or alias) and no paper", err=True)


@main.command()
@graph_option
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="The page to write  [default: GRAPH/graph.html for a build directory, else beside the store or file]",
)
@click.option(
    "--query",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Draw what a SPARQL query (a .rq file) selects: the papers, entities and results whose IRIs it returns.",
)
@click.option(
    "--focus",
    metavar="LABEL",
    default=None,
    help="Draw one node's neighbourhood: an entity label or alias, or a paper's id, arXiv id or title.",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Draw at most N papers; a larger selection becomes an entity-level view with the N best-linked papers  [default: 300]",
)
@click.option("--title", default="papers-kg", show_default=True, help="The page title.")
def html(graph: Path, out: Path | None, query_file: Path | None, focus: str | None, top: int | None, title: str) -> None:
    """Write the interactive graph page (one self-contained HTML file, no network needed).

    Search by label or alias, filter by kind and hardware class, click a node for its details and
    neighbourhood. Large graphs are drawn entity-level with the top N papers.
    """
    from kg.export import html as h
    from kg.store import open_graph

    if query_file is not None and focus is not None:
        raise click.UsageError("give either --query or --focus, not both")
    out = out or h.default_output(graph)
    query_text = query_file.read_text(encoding="utf-8") if query_file is not None else None
    view = h.write_html(open_graph(graph), out, query_text=query_text, focus=focus, top=top or h.DEFAULT_TOP, title=title)
    c = view.counts
    level = "paper-level" if view.mode == "papers" else "entity-level"
    click.echo(
        f"{level} view of {view.selection}: {c['drawn_papers']} of {c['selected_papers']} papers, "
        f"{c['drawn_entities']} entities, {c['drawn_results']} results, {c['edges']} edges"
    )
    click.echo(f"wrote: {out} ({out.stat().st_size / 1e6:.1f} MB)")


@main.command()
@graph_option
def stats(graph: Path) -> None:
    """Counts of the built graph: papers, entities by kind, links, mentions by match method, most-mentioned entities."""
    from kg import query as q
    from kg.stats import graph_stats
    from kg.store import open_graph

    for title, result in graph_stats(open_graph(graph)):
        click.echo(f"== {title}")
        click.echo(q.render(result, "table"))


# a one-word argument that can only be meant as a file: a path from the root, home or current directory, or a file name
_PATH_LIKE = re.compile(r"(?:~|\.{1,2})?/\S*|\S+\.(?:txt|md|tex|rq|sparql)")


def _read_if_file(text: str) -> str:
    """The contents of the file TEXT names, or TEXT itself when it is no path.

    A one-line TEXT naming a file is read (UTF-8), "-" reads standard input; a directory, a file that is not UTF-8 text
    and a path-like word naming nothing ("/tmp/abstract.txt", "q.rq") are errors, not texts to link or run.
    """
    if text == "-":
        data = click.get_binary_stream("stdin").read()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(text, f"standard input is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    if "\n" in text or not text.strip():
        return text
    p = Path(text).expanduser()
    try:
        if p.is_dir():
            raise InputError(text, "is a directory, not a file")
        if p.is_file():
            return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(text, f"not UTF-8 text (byte 0x{e.object[e.start]:02x} at offset {e.start})") from None
    except PermissionError as e:
        raise InputError(text, e.strerror or "permission denied") from None
    except (OSError, ValueError):  # not a possible path: too long, a NUL byte
        return text
    if _PATH_LIKE.fullmatch(text):
        raise InputError(text, "no such file")
    return text


@main.command()
@click.argument("text")
@click.option("--title", default=None, help="A title to link together with the text.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the links as JSON lines: the evidence (field, start, end, text, concept, method, confidence), the "
    "concept's label and kind, whether it was discovered, and its broader concepts.",
)
@click.option(
    "--vocab",
    "vocab_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Use the SKOS vocabulary files of this directory instead of the packaged schema/vocab/.",
)
def link(text: str, title: str | None, as_json: bool, vocab_dir: Path | None) -> None:
    """Show the entities the linker finds in TEXT (a string, a path to a text file, or - for standard input), and why.

    The links are those 'kg build' makes of a paper with this abstract (and --title): the same spans, concepts and
    evidence. A name the vocabulary lacks, found by a discovery rule, is marked "discovered", with the concepts it
    goes beneath (a method's family, as this text names it: "quantization methods such as HQQ").
    """
    import json

    from kg.build import compile_pipeline

    text = _read_if_file(text)  # before the vocabulary: a bad path fails at once
    pipeline = compile_pipeline(vocab_dir)
    vocab = pipeline.vocab
    linked = pipeline.process_text(text, title)
    if not linked.links:  # on stderr: standard output stays the (empty) list of links for scripts and --json
        click.echo("kg: no entity found in this text", err=True)
    discovered = {d.iri: d for d in linked.discovered}
    for lk in linked.links:
        c = vocab.concept(lk.concept)
        d = discovered.get(lk.concept)
        broader = d.broader if d else c.broader
        if as_json:
            row = {**lk.as_dict(), "label": c.pref_label, "kind": c.kind, "discovered": d is not None, "broader": list(broader)}
            click.echo(json.dumps(row))
        else:
            beneath = ", ".join(vocab.concept(b).pref_label for b in broader)
            found = "" if d is None else "  discovered" + (f", beneath {beneath}" if beneath else "")
            click.echo(
                f"{lk.field}[{lk.start}:{lk.end}]  {lk.text!r:32} -> {c.kind}: {c.pref_label}  ({lk.method}, {lk.confidence})"
                + found
            )


@main.command()
@graph_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "ntriples", "jsonld", "graphml", "csv"]),
    required=True,
    help="turtle, ntriples (sorted lines), jsonld (with its @context), graphml (Gephi, Cytoscape), csv (nodes.csv + edges.csv).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Output file (a directory for csv). Default: standard output.",
)
def export(graph: Path, fmt: str, output: Path | None) -> None:
    """Write the built graph as Turtle, N-Triples, JSON-LD, GraphML or CSV node/edge lists.

    GraphML and CSV hold papers, the entities they name and those entities' broader concepts, with
    'mentions' and 'broader' edges; ids are the RDF IRIs.
    """
    from kg.export import export as run_export

    def note(message: str) -> None:
        click.echo(f"kg: note: {message}", err=True)

    if output is None and fmt != "csv":
        out = Stdout()
        run_export(graph, fmt, out, note)  # type: ignore[arg-type]
        out.flush()
        return
    summary = run_export(graph, fmt, output if output is not None else sys.stdout.buffer, note)
    click.echo(f"wrote {summary.describe()} to {', '.join(map(str, summary.outputs))} in {summary.seconds:.2f} s")


@main.command()
@graph_option
@click.option(
    "--shapes",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="SHACL shapes to check against (default: the packaged schema/shapes.ttl).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="text: grouped, readable; turtle: the SHACL validation report graph.",
)
@click.option("--examples", type=int, default=5, show_default=True, help="Examples shown per kind of problem (text).")
def validate(graph: Path, shapes: Path | None, fmt: str, examples: int) -> None:
    """Check the built graph against the SHACL shapes with pySHACL; exit 1 if it does not conform."""
    from kg import validate as v

    report = v.validate(graph, shapes)
    out = Stdout()
    out.write(
        report.report_graph.encode("utf-8") if fmt == "turtle" else (v.format_report(report, examples) + "\n").encode("utf-8")
    )
    out.flush()
    if not report.conforms:
        sys.exit(1)


@main.command()
@click.option(
    "-g",
    "--graph",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="A store directory or a build output directory.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("-p", "--port", type=int, default=7878, show_default=True, help="Port to listen on (0: any free port).")
@_timeout_option("Seconds a query may run (wall clock) before a 503.")
@click.option(
    "--max-result-mb",
    type=float,
    default=50.0,
    show_default=True,
    help="Largest result sent, in MB; larger ones are refused with a 500.",
)
@click.option("--quiet", is_flag=True, help="Do not log requests.")
def serve(graph: Path, host: str, port: int, timeout: float, max_result_mb: float, quiet: bool) -> None:
    """Serve the built store as a read-only SPARQL 1.1 endpoint (GET/POST /query) with a query page.

    Results come as SPARQL JSON, XML, CSV or TSV (SELECT, ASK) and Turtle, N-Triples or RDF/XML
    (CONSTRUCT, DESCRIBE), chosen by the Accept header. Updates are refused. Stop with Ctrl-C.
    """
    from kg.serve import ServeOptions, Server

    def log(line: str) -> None:
        click.echo(line, err=True)

    opts = ServeOptions(host=host, port=port, timeout=timeout, max_result_bytes=int(max_result_mb * 1e6))
    with Server(graph, opts, log=None if quiet else log) as server:
        click.echo(f"serving {server.store} read-only")
        click.echo(f"query page:      {server.url}")
        click.echo(f"SPARQL endpoint: {server.endpoint}", nl=True)
        sys.stdout.flush()
        try:
            server.wait()
        except KeyboardInterrupt:
            click.echo("stopped")


@main.command()
@click.option(
    "-i",
    "--input",
    "graph_path",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="The graph to send: a store directory, an RDF file, or a build output directory.",
)
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The server's Graph Store URL, e.g. http://localhost:7878/store (Oxigraph), http://host:3030/ds/data (Fuseki).",
)
@click.option("--graph", "graph_iri", default=None, metavar="IRI", help="Named graph to load into (default: the default graph).")
@click.option("--replace", is_flag=True, help="Replace the target graph (HTTP PUT) instead of adding to it (POST).")
@click.option("--timeout", type=float, default=600.0, show_default=True, help="Seconds to wait for the server.")
def push(graph_path: Path, endpoint: str, graph_iri: str | None, replace: bool, timeout: float) -> None:
    """Load the graph into an external SPARQL server (SPARQL 1.1 Graph Store HTTP Protocol).

    Credentials may be given in the URL (http://user:password@host/...): they are sent as HTTP Basic
    authentication.
    """
    from kg.push import push as run_push

    s = run_push(graph_path, endpoint, graph_iri, replace, timeout)
    target = f"graph <{s.graph}>" if s.graph else "the default graph"
    verb = "replaced" if s.method == "PUT" else "added to"
    click.echo(f"{verb} {target}: {s.triples} triples ({s.method} {s.url}: HTTP {s.status}, {s.seconds:.2f} s)")


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@graph_option
@click.option("--detail", is_flag=True, help="Also list every false positive and false negative.")
def evaluate(gold: tuple[Path, ...], graph: Path, detail: bool) -> None:
    """Score the graph's links against GOLD annotation files (JSONL, see the eval guidelines).

    Prints precision, recall and F1 per kind (techniques, hardware, benchmarks, models) and micro-averaged.
    """
    from kg.evaluate import evaluate as run_eval
    from kg.evaluate import read_gold
    from kg.store import open_graph

    gold_records = read_gold(gold)
    result = run_eval(open_graph(graph), gold_records)
    if result.papers_in_graph == 0:
        raise InputError(
            str(graph), f"holds none of the {len(gold_records)} gold papers (by id or title): -g names another build"
        )
    if detail:
        for kind, what, pid, ent in result.errors:
            click.echo(f"{what}  {kind:10}  {pid}  {ent}")
    click.echo(f"{'kind':12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'gold':>6}{'pred':>6}")
    for kind, s in result.scores.items():
        click.echo(f"{kind:12}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.gold:6}{s.pred:6}")
    missing = result.papers_scored - result.papers_in_graph
    click.echo(f"({result.papers_scored} gold papers" + (f"; {missing} not in the graph, counted as missed)" if missing else ")"))


@main.command("evaluate-results")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@graph_option
@click.option("--detail", is_flag=True, help="Also list every false positive, false negative and wrong attachment.")
def evaluate_results(gold: tuple[Path, ...], graph: Path, detail: bool) -> None:
    """Score the graph's reported results against the 'results' of GOLD annotation files (JSONL).

    Prints value precision and recall (same number and unit, same metric family) and how often the
    benchmark and hardware are attached correctly where the gold names one.
    """
    from kg.evaluate import papers_in_graph, read_gold
    from kg.evaluate_results import evaluate_results as run_eval
    from kg.store import open_graph

    store, gold_records = open_graph(graph), read_gold(gold)
    found = papers_in_graph(store, gold_records)
    if found == 0:
        raise InputError(
            str(graph), f"holds none of the {len(gold_records)} gold papers (by id or title): -g names another build"
        )
    result = run_eval(store, gold_records)
    if detail:
        for what, pid, text in result.errors:
            click.echo(f"{what:9}  {pid}  {text}")
    v = result.values
    click.echo(f"{'measure':22}{'score':>7}{'hits':>6}{'of':>6}")
    click.echo(f"{'value precision':22}{v.precision:7.3f}{v.tp:6}{v.pred:6}")
    click.echo(f"{'value recall':22}{v.recall:7.3f}{v.tp:6}{v.gold:6}")
    for name, pair in (("benchmark attached", result.benchmark), ("hardware attached", result.hardware)):
        click.echo(f"{name:22}{result.accuracy(pair):7.3f}{pair[0]:6}{pair[1]:6}")
    missing = result.papers_scored - found
    click.echo(f"({result.papers_scored} gold papers" + (f"; {missing} not in the graph, counted as missed)" if missing else ")"))
