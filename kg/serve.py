"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the built store.

The SPARQL work is done by the Oxigraph server (``oxigraph serve-read-only``, from the PyPI package
``oxigraph``): query parsing and evaluation, GET and POST (query string, form,
``application/sparql-query``), and content negotiation (SPARQL JSON, XML, CSV, TSV; Turtle,
N-Triples, RDF/XML for CONSTRUCT and DESCRIBE), Graph Store Protocol reads (GET ``/store``). It
opens the store read-only and listens on a private port of 127.0.0.1. In front of it a small forwarding layer adds what it lacks:

- a query page that loads nothing from the network (Oxigraph's own page pulls prefix.cc);
- a wall-clock query timeout that answers 503 (Oxigraph's ``--timeout-s``, also set, cancels
  evaluation late and only after a 200 status has been sent);
- a result-size limit that answers 500 "query request refused" instead of sending a huge body;
- updates refused with 403 before they reach the store (Oxigraph refuses them too).
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

from kg.errors import ServeError
from kg.store import die_with_parent, is_store, resolve

QUERY_PATHS = ("/query", "/sparql")
UPDATE_TYPES = ("application/sparql-update",)
Log = Callable[[str], None]
_CANCELLED = b"The SPARQL operation has been cancelled"  # what Oxigraph appends to a body when it times out


@dataclass(frozen=True)
class ServeOptions:
    """Where to listen and the limits of each query."""

    host: str = "127.0.0.1"
    port: int = 7878  # 0: any free port
    timeout: float = 30.0  # seconds per query, wall clock
    max_result_bytes: int = 50_000_000


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable of the PyPI package: next to this Python first, then on PATH."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "oxigraph", scripts / "oxigraph.exe", Path(sys.executable).parent / "oxigraph"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install 'oxigraph>=0.5,<0.6')")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def query_page() -> bytes:
    """The query page: a form, a results table, no external resource (the CSP forbids any)."""
    from kg.graph import PREFIXES

    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()) if p in _PAGE_PREFIXES)
    example = prefixes + _PAGE_EXAMPLE
    page = (Path(__file__).parent / "serve_page.html").read_text(encoding="utf-8")
    return page.replace("__EXAMPLE__", json.dumps(example).replace("<", "\\u003c")).encode("utf-8")


_PAGE_PREFIXES = ("kg", "dcterms", "skos", "hw", "tech", "bench", "model", "paper", "xsd", "rdfs", "schema")
_PAGE_EXAMPLE = """
SELECT ?paper ?title WHERE {
  ?paper a kg:Paper ; kg:mentions hw:fpga .
  OPTIONAL { ?paper dcterms:title ?title }
}
LIMIT 20
"""


_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'"


class _Handler(BaseHTTPRequestHandler):
    server: _Proxy
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it so
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(
        self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8", extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse_update(self) -> None:
        self._send(403, b"this SPARQL endpoint is read-only: updates are refused\n")

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        if "update" in params:
            return self._refuse_update()
        if url.path in QUERY_PATHS or (url.path == "/" and "query" in params):
            return self._forward("GET", "/query?" + url.query, None, params.get("query", [""])[0])
        if url.path == "/store":  # Graph Store Protocol read, under the same limits
            return self._forward("GET", "/store?" + url.query, None)
        if url.path in ("/", "/index.html"):
            return self._send(200, query_page(), "text/html; charset=utf-8", {"Content-Security-Policy": _CSP})
        self._send(404, b"not found: the SPARQL endpoint is /query\n")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        length = self.headers.get("Content-Length")
        if length is None:
            return self._send(411, b"a POST needs a Content-Length\n")
        body = self.rfile.read(int(length))
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if url.path in ("/update", "/store") or ctype in UPDATE_TYPES:
            return self._refuse_update()
        if ctype == "application/x-www-form-urlencoded" and "update" in urllib.parse.parse_qs(body.decode("utf-8", "replace")):
            return self._refuse_update()
        if url.path in QUERY_PATHS or url.path == "/":
            text = body.decode("utf-8", "replace")
            if ctype == "application/x-www-form-urlencoded":
                text = urllib.parse.parse_qs(text).get("query", [""])[0]
            return self._forward("POST", "/query" + (f"?{url.query}" if url.query else ""), body, text)
        self._send(404, b"not found: the SPARQL endpoint is /query\n")

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def _forward(self, method: str, target: str, body: bytes | None, query_text: str | None = None) -> None:
        opts = self.server.options
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        deadline = time.monotonic() + opts.timeout
        conn = http.client.HTTPConnection("127.0.0.1", self.server.backend_port, timeout=opts.timeout)
        try:
            conn.request(method, target, body=body, headers=headers)
            resp = conn.getresponse()
            chunks, size = [], 0
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                if conn.sock is not None:
                    conn.sock.settimeout(remaining)
                chunk = resp.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > opts.max_result_bytes:
                    mb = opts.max_result_bytes / 1e6
                    return self._send(
                        500,
                        f"query request refused: the result is larger than {mb:g} MB (the limit of this "
                        f"endpoint); add a LIMIT, or use 'kg export' for the whole graph\n".encode(),
                    )
                chunks.append(chunk)
        except TimeoutError:
            return self._send(503, f"query timed out after {opts.timeout:g} s (the limit of this endpoint)\n".encode())
        except (ConnectionError, http.client.HTTPException) as e:
            return self._send(502, f"the SPARQL server failed: {e}\n".encode())
        finally:
            conn.close()
        data = b"".join(chunks)
        if data.endswith(_CANCELLED):
            return self._send(503, f"query timed out after {opts.timeout:g} s (the limit of this endpoint)\n".encode())
        if resp.status == 400 and query_text is not None and data.startswith(b"error at "):
            # Oxigraph's parse errors list every expected character (a screenful for an undeclared prefix): say
            # what to fix, as kg query does
            from kg.query import syntax_message

            data = f"SPARQL syntax error: {syntax_message(query_text, data.decode('utf-8', 'replace'), {})}\n".encode()
            return self._send(400, data)
        self._send(resp.status, data, resp.getheader("Content-Type", "application/octet-stream"))


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], backend_port: int, options: ServeOptions, log: Log | None) -> None:
        super().__init__(address, _Handler)
        self.backend_port = backend_port
        self.options = options
        self.log = log


class Server:
    """A running endpoint: the Oxigraph server on a private port plus the front on ``options.host:port``.

    Use as a context manager; ``url`` is the query page, ``endpoint`` the SPARQL endpoint.
    """

    def __init__(self, graph: Path, options: ServeOptions | None = None, log: Log | None = None) -> None:
        target = resolve(graph)
        if not is_store(target):
            raise ServeError(f"{target}: kg serve needs a store directory (written by 'kg build'), not an RDF file")
        self.store = target
        self.options = options or ServeOptions()
        self.log = log
        self._backend: subprocess.Popen[bytes] | None = None
        self._proxy: _Proxy | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._proxy is not None
        host, port = self._proxy.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    @property
    def endpoint(self) -> str:
        return self.url + "query"

    def __enter__(self) -> Server:
        port = _free_port()
        cmd = [
            oxigraph_binary(),
            "serve-read-only",
            "--location",
            str(self.store),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout-s",
            str(max(1, int(self.options.timeout))),
        ]
        parent = os.getpid()
        self._backend = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            # a kg serve ended by SIGTERM or SIGKILL (kill, systemd) must not leave the backend serving the store
            preexec_fn=lambda: die_with_parent(parent),  # noqa: PLW1509 - no other thread runs yet
        )
        try:
            self._wait_for_backend(port)
            self._proxy = _Proxy((self.options.host, self.options.port), port, self.options, self.log)
        except OSError as e:
            self._stop_backend()
            raise ServeError(f"cannot listen on {self.options.host}:{self.options.port}: {e.strerror or e}") from None
        except ServeError:
            self._stop_backend()
            raise
        self._thread = threading.Thread(target=self._proxy.serve_forever, name="kg-serve", daemon=True)
        self._thread.start()
        return self

    def _wait_for_backend(self, port: int, seconds: float = 20.0) -> None:
        assert self._backend is not None
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self._backend.poll() is not None:
                err = self._backend.stderr.read().decode("utf-8", "replace").strip() if self._backend.stderr else ""
                raise ServeError(f"the oxigraph server stopped: {err or 'exit code ' + str(self._backend.returncode)}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise ServeError(f"the oxigraph server did not start within {seconds:g} s")

    def _stop_backend(self) -> None:
        if self._backend is not None:
            self._backend.terminate()
            try:
                self._backend.wait(5)
            except subprocess.TimeoutExpired:
                self._backend.kill()
                self._backend.wait()
            if self._backend.stderr:
                self._backend.stderr.close()
            self._backend = None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._proxy is not None:
            self._proxy.shutdown()
            self._proxy.server_close()
            self._proxy = None
        self._stop_backend()

    def wait(self) -> None:
        """Block until the server stops (the CLI stops it with Ctrl-C)."""
        assert self._thread is not None
        while self._thread.is_alive():
            self._thread.join(0.5)
