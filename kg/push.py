"""``kg push``: load the graph into an external SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol.

The graph travels as N-Triples (every Graph Store implementation reads it), spooled to a temporary
file first so the request has a Content-Length and memory stays flat. ``replace`` uses PUT (the
target graph becomes exactly this graph); otherwise POST (the triples are added to what is there).
The endpoint is the server's Graph Store URL: Oxigraph ``http://host:7878/store``, Fuseki
``http://host:3030/DATASET/data``, GraphDB ``http://host:7200/repositories/REPO/rdf-graphs/service``.
Credentials in the URL (``http://user:password@host/...``) are sent as HTTP Basic authentication.
"""

from __future__ import annotations

import base64
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import PushError
from kg.export.ntriples import write_ntriples
from kg.store import open_graph

NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class PushSummary:
    """What was sent where, and how the server answered."""

    url: str  # the request URL, without credentials
    method: str  # "PUT" | "POST"
    graph: str | None  # the target graph IRI; None: the default graph
    triples: int
    status: int
    seconds: float


def target_url(endpoint: str, graph: str | None) -> tuple[str, str | None]:
    """(request URL without credentials, Basic credentials or None) for a Graph Store endpoint and graph."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{endpoint!r}: the endpoint must be an http(s) URL, e.g. http://localhost:7878/store")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as e:
            raise PushError(f"{graph!r}: the graph must be an absolute IRI: {e}") from None
        if not urllib.parse.urlsplit(graph).scheme:
            raise PushError(f"{graph!r}: the graph must be an absolute IRI")
    auth = None
    if parts.username is not None:
        user, password = urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
        auth = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    param = urllib.parse.urlencode({"graph": graph}) if graph is not None else "default"
    query = f"{parts.query}&{param}" if parts.query else param
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", query, "")), auth


def push_store(
    store: ox.Store, endpoint: str, graph: str | None = None, replace: bool = False, timeout: float = 600.0
) -> PushSummary:
    """Send the store's default graph to ``endpoint`` (a Graph Store HTTP Protocol URL)."""
    url, auth = target_url(endpoint, graph)
    method = "PUT" if replace else "POST"
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as body:
        n = write_ntriples(store, body)  # type: ignore[arg-type]
        size = body.tell()
        body.seek(0)
        headers = {"Content-Type": NTRIPLES, "Content-Length": str(size)}
        if auth:
            headers["Authorization"] = f"Basic {auth}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)  # type: ignore[arg-type]
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status = resp.status
        except urllib.error.HTTPError as e:
            detail = e.read(500).decode("utf-8", "replace").strip()
            raise PushError(f"{method} {url}: HTTP {e.code} {e.reason}" + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise PushError(f"{method} {url}: cannot reach the server: {reason}") from None
    return PushSummary(url, method, graph, n, status, time.perf_counter() - t0)


def push(graph_path: Path, endpoint: str, graph: str | None = None, replace: bool = False, timeout: float = 600.0) -> PushSummary:
    """Send the built graph (store, RDF file or build directory) to a Graph Store endpoint."""
    return push_store(open_graph(graph_path), endpoint, graph, replace, timeout)
