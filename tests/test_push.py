"""kg push: the graph goes into a real, writable Oxigraph server on localhost through the Graph Store Protocol."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import PushError
from kg.push import push, push_store, target_url
from kg.serve import ServeOptions, Server, oxigraph_binary

G = "https://example.org/graphs/papers"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A writable Oxigraph server (`oxigraph serve`) on a free localhost port, with its own store: its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("remote")), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def remote_triples(base: str, graph: str | None) -> set[ox.Triple]:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = urllib.parse.urlencode({"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"})
    req = urllib.request.Request(f"{base}/query?{query}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return {q.triple for q in ox.parse(r.read(), format=ox.RdfFormat.N_TRIPLES)}


def local_triples(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_push_adds_then_replaces_a_named_graph(oxigraph, seed_build, seed_store, mini_build, mini_store):
    s = push(seed_build[1], oxigraph + "/store", G)
    assert (s.method, s.graph, s.triples) == ("POST", G, len(seed_store))
    assert s.status in (200, 201, 204)
    assert remote_triples(oxigraph, G) == local_triples(seed_store)
    # adding the same graph again changes nothing; adding another one gives the union
    push(seed_build[1], oxigraph + "/store", G)
    push(mini_build, oxigraph + "/store", G)
    assert remote_triples(oxigraph, G) == local_triples(seed_store) | local_triples(mini_store)
    # --replace: the named graph becomes exactly the pushed graph
    s = push(mini_build, oxigraph + "/store", G, replace=True)
    assert s.method == "PUT"
    assert remote_triples(oxigraph, G) == local_triples(mini_store)


def test_push_to_the_default_graph(oxigraph, mini_build, mini_store):
    s = push(mini_build, oxigraph + "/store", None, replace=True)
    assert s.url.endswith("/store?default")
    assert remote_triples(oxigraph, None) == local_triples(mini_store)


def test_cli_push(oxigraph, mini_build, mini_store):
    r = CliRunner().invoke(
        main, ["push", "-i", str(mini_build), "--endpoint", oxigraph + "/store", "--graph", G + "/cli", "--replace"]
    )
    assert r.exit_code == 0, r.output
    assert r.output.startswith(f"replaced graph <{G}/cli>: {len(mini_store)} triples (PUT ")
    assert remote_triples(oxigraph, G + "/cli") == local_triples(mini_store)


def test_a_read_only_endpoint_refuses_the_push(seed_build, mini_store):
    with Server(seed_build[1], ServeOptions(port=0)) as server, pytest.raises(PushError, match="HTTP 403"):
        push_store(mini_store, server.url + "store", G)


def test_an_unreachable_server_is_an_error(mini_store):
    with pytest.raises(PushError, match="cannot reach the server"):
        push_store(mini_store, f"http://127.0.0.1:{free_port()}/store", G, timeout=5)


@pytest.mark.parametrize(
    ("endpoint", "graph", "url", "auth"),
    [
        ("http://localhost:7878/store", None, "http://localhost:7878/store?default", None),
        (
            "http://localhost:7878/store",
            "https://example.org/g?x=1",
            "http://localhost:7878/store?graph=https%3A%2F%2Fexample.org%2Fg%3Fx%3D1",
            None,
        ),
        ("http://u:p%40ss@host:3030/ds/data", "urn:g", "http://host:3030/ds/data?graph=urn%3Ag", "dTpwQHNz"),
        ("http://host/rdf-graphs/service?context=x", None, "http://host/rdf-graphs/service?context=x&default", None),
    ],
)
def test_target_url(endpoint, graph, url, auth):
    assert target_url(endpoint, graph) == (url, auth)


@pytest.mark.parametrize(
    ("endpoint", "graph"),
    [
        ("ftp://host/store", None),
        ("localhost:7878/store", None),
        ("http://h/store", "not an iri"),
        ("http://h/store", "relative/graph"),
    ],
)
def test_bad_endpoint_or_graph_is_an_error(endpoint, graph):
    with pytest.raises(PushError):
        target_url(endpoint, graph)
