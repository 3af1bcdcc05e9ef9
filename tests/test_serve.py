"""kg serve: a real Oxigraph SPARQL server behind kg's front, queried by SPARQLWrapper as a real client."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg import query as q
from kg.cli import main
from kg.errors import ServeError
from kg.serve import ServeOptions, Server

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "PREFIX kg: <https://w3id.org/papers-kg/ontology#>\nPREFIX hw: <https://w3id.org/papers-kg/hardware/>\n"
PAPERS_ON_FPGA = (
    PREFIX + "SELECT ?paper ?id WHERE { ?paper kg:mentions hw:fpga ; <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?paper"
)


@pytest.fixture(scope="module")
def server(seed_build):
    with Server(seed_build[1], ServeOptions(port=0, timeout=20, max_result_bytes=1_000_000)) as s:
        yield s


def client(server: Server, query: str, fmt: str, method: str = "GET", request: str = URLENCODED) -> SPARQLWrapper:
    w = SPARQLWrapper(server.endpoint)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    w.setMethod(method)
    w.setRequestMethod(request)
    w.setTimeout(30)
    return w


@pytest.fixture(scope="module")
def expected(seed_store):
    rows = q.run(seed_store, PAPERS_ON_FPGA).rows
    assert rows, "the seeds name FPGAs"
    return [(p.value, i.value) for p, i in rows]


@pytest.mark.parametrize(("method", "request_method"), [("GET", URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)])
def test_select_as_sparql_json_by_get_form_and_direct_post(server, expected, method, request_method):
    res = client(server, PAPERS_ON_FPGA, JSON, method, request_method).query()
    assert res.response.headers["Content-Type"].startswith("application/sparql-results+json")
    data = res.convert()
    assert [(b["paper"]["value"], b["id"]["value"]) for b in data["results"]["bindings"]] == expected


def test_select_as_sparql_xml(server, expected):
    doc = client(server, PAPERS_ON_FPGA, XML).query().convert()  # an xml.dom document
    rows = []
    for result in doc.getElementsByTagName("result"):
        cells = {
            b.getAttribute("name"): b.getElementsByTagName("uri") + b.getElementsByTagName("literal")
            for b in result.getElementsByTagName("binding")
        }
        rows.append((cells["paper"][0].firstChild.data, cells["id"][0].firstChild.data))
    assert rows == expected


@pytest.mark.parametrize(("fmt", "delimiter"), [(CSV, ","), (TSV, "\t")])
def test_select_as_csv_and_tsv(server, expected, fmt, delimiter):
    text = client(server, PAPERS_ON_FPGA, fmt).query().convert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0] == (["paper", "id"] if fmt == CSV else ["?paper", "?id"])
    if fmt == CSV:
        assert [tuple(r) for r in rows[1:]] == expected
    else:  # TSV holds RDF terms in their Turtle form
        assert [(r[0].strip("<>"), r[1].strip('"')) for r in rows[1:]] == expected


MEDIA = {"tsv": "text/tab-separated-values", "csv": "text/csv"}


def _served(server: Server, text: str, fmt: str = "tsv") -> bytes:
    """The endpoint's answer to TEXT as text/tab-separated-values or text/csv, by a plain HTTP GET."""
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": text})
    req = urllib.request.Request(url, headers={"Accept": MEDIA[fmt]})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.headers["Content-Type"].startswith(MEDIA[fmt])
        return resp.read()


HOSTILE_VALUES = r"""SELECT ?v ?w WHERE {
  VALUES (?v ?w) { ("tab\there" 1) ("two\nlines\r\n" UNDEF) ("\"quoted\" \\ back" "é"@fr) (<http://a/b%20c> "x"^^<http://a/t>) }
}"""


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
@pytest.mark.parametrize(
    "text",
    [
        PAPERS_ON_FPGA,
        PREFIX + "SELECT ?paper ?title ?arxiv WHERE { ?paper a kg:Paper OPTIONAL { ?paper kg:arxivId ?arxiv } "
        "OPTIONAL { ?paper <http://purl.org/dc/terms/abstract> ?title } } ORDER BY ?paper LIMIT 40",
        HOSTILE_VALUES,
        "SELECT ?x WHERE { FILTER(false) }",
        "SELECT * {}",
        PREFIX + "ASK { ?p kg:mentions hw:fpga }",
        "ASK { FILTER(false) }",
    ],
)
def test_kg_query_tsv_and_csv_are_the_bytes_kg_serve_answers(server, seed_build, text, fmt):
    """cli19: kg query --format tsv quoted plain values like CSV where kg serve answered SPARQL TSV: one writer now.
    cli20: the same for CSV (CRLF line ends, ``_:`` blank nodes) and for ASK (``true``, no line end)."""
    r = CliRunner().invoke(main, ["query", "-g", str(seed_build[1]), "--format", fmt, text])
    assert r.exit_code == 0, r.output
    assert r.stdout_bytes == _served(server, text, fmt)


def test_kg_query_tsv_and_csv_of_blank_nodes_and_every_literal_form_are_what_kg_serve_answers(hostile_store):
    from tests.conftest import HOSTILE_QUERY

    tsv = CliRunner().invoke(main, ["query", "-g", str(hostile_store), "--format", "tsv", HOSTILE_QUERY])
    csv_ = CliRunner().invoke(main, ["query", "-g", str(hostile_store), "--format", "csv", HOSTILE_QUERY])
    assert tsv.exit_code == 0 == csv_.exit_code, tsv.output + csv_.output
    with Server(hostile_store, ServeOptions(port=0, timeout=20)) as s:
        served_tsv, served_csv = _served(s, HOSTILE_QUERY, "tsv"), _served(s, HOSTILE_QUERY, "csv")
    assert tsv.stdout_bytes == served_tsv and b"_:" in served_tsv and b"@de-de" in served_tsv
    assert csv_.stdout_bytes == served_csv and b",_:" in served_csv and b"\r\n" in served_csv


def test_ask(server):
    assert client(server, PREFIX + "ASK { ?p kg:mentions hw:fpga }", JSON).query().convert()["boolean"] is True
    assert client(server, PREFIX + "ASK { ?p kg:mentions <urn:nothing> }", JSON).query().convert()["boolean"] is False


CONSTRUCT = PREFIX + "CONSTRUCT { ?p kg:mentions hw:fpga } WHERE { ?p kg:mentions hw:fpga }"


def test_construct_as_turtle(server, expected):
    res = client(server, CONSTRUCT, TURTLE).query()
    assert res.response.headers["Content-Type"].startswith("text/turtle")
    body = res.convert()
    triples = {quad.triple for quad in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    assert {t.subject.value for t in triples} == {p for p, _ in expected}


def test_construct_as_ntriples_by_content_negotiation(server, expected):
    req = urllib.request.Request(
        server.endpoint + "?" + urllib.parse.urlencode({"query": CONSTRUCT}), headers={"Accept": "application/n-triples"}
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.headers["Content-Type"].startswith("application/n-triples")
        body = r.read()
    assert {quad.triple.subject.value for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)} == {p for p, _ in expected}


def _status(req: urllib.request.Request) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.mark.parametrize(
    "how",
    [
        "sparqlwrapper",
        "update form",
        "sparql-update body",
        "update in the query string",
        "/update",
        "PUT /store",
        "DELETE /store",
    ],
)
def test_updates_are_refused_with_a_4xx_and_change_nothing(server, how):
    drop = "DROP ALL"
    before = client(server, COUNT, JSON).query().convert()["results"]["bindings"][0]["n"]["value"]
    if how == "sparqlwrapper":
        w = client(server, drop, JSON, POST)
        with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as e:
            w.query()
        assert "403" in str(e.value)
    else:
        base = server.url.rstrip("/")
        req = {
            "update form": urllib.request.Request(
                base + "/query",
                data=urllib.parse.urlencode({"update": drop}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            "sparql-update body": urllib.request.Request(
                base + "/query", data=drop.encode(), headers={"Content-Type": "application/sparql-update"}
            ),
            "update in the query string": urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"update": drop})),
            "/update": urllib.request.Request(
                base + "/update", data=drop.encode(), headers={"Content-Type": "application/sparql-update"}
            ),
            "PUT /store": urllib.request.Request(
                base + "/store?default",
                data=b"<urn:a> <urn:b> <urn:c> .",
                method="PUT",
                headers={"Content-Type": "application/n-triples"},
            ),
            "DELETE /store": urllib.request.Request(base + "/store?default", method="DELETE"),
        }[how]
        status, _ = _status(req)
        assert 400 <= status < 500
    after = client(server, COUNT, JSON).query().convert()["results"]["bindings"][0]["n"]["value"]
    assert after == before


def test_graph_store_reads_are_forwarded_under_the_same_limits(server):
    base = server.url.rstrip("/")
    assert _status(urllib.request.Request(base + "/store?graph=urn%3Anone"))[0] == 404  # Oxigraph: no such graph
    status, body = _status(urllib.request.Request(base + "/store?default", headers={"Accept": "application/n-triples"}))
    assert status == 500 and "larger than 1 MB" in body


def test_a_syntax_error_is_a_400(server):
    status, body = _status(urllib.request.Request(server.endpoint + "?" + urllib.parse.urlencode({"query": "SELEC ?x"})))
    assert status == 400 and body


@pytest.mark.parametrize("how", ["GET", "form", "sparql-query body"])
def test_a_syntax_error_says_what_to_fix(server, how):
    """usertest14: an undeclared prefix came back as Oxigraph's screenful of expected Unicode ranges (the query page
    showed it as is)."""
    query = "SELECT ?x WHERE {\n  ?x kg:mentions ?y }"
    if how == "GET":
        req = urllib.request.Request(server.endpoint + "?" + urllib.parse.urlencode({"query": query}))
    elif how == "form":
        req = urllib.request.Request(server.endpoint, data=urllib.parse.urlencode({"query": query}).encode())
    else:
        req = urllib.request.Request(server.endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
    status, body = _status(req)
    assert status == 400
    assert body == "SPARQL syntax error: undeclared prefix at line 2, column 17 (declare it with PREFIX)\n"  # none is predeclared
    assert "\\u{" not in body and body.count("\n") == 1


def test_a_result_over_the_size_limit_is_refused(server):
    status, body = _status(
        urllib.request.Request(
            server.endpoint + "?" + urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }"}),
            headers={"Accept": "application/n-triples"},
        )
    )
    assert status == 500 and "larger than 1 MB" in body


def test_a_query_over_the_time_limit_is_a_503(seed_build):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with Server(seed_build[1], ServeOptions(port=0, timeout=1)) as s:
        t0 = time.monotonic()
        status, body = _status(urllib.request.Request(s.endpoint + "?" + urllib.parse.urlencode({"query": slow})))
        assert status == 503 and "timed out after 1 s" in body
        assert time.monotonic() - t0 < 5


def test_binds_to_localhost_by_default(seed_build):
    assert ServeOptions().host == "127.0.0.1"
    with Server(seed_build[1], ServeOptions(port=0)) as s:
        assert s.url.startswith("http://127.0.0.1:")


def test_the_query_page_loads_nothing_from_elsewhere(server):
    with urllib.request.urlopen(server.url, timeout=30) as r:
        csp = r.headers["Content-Security-Policy"]
        page = r.read().decode("utf-8")
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert "<script src" not in page and "<link" not in page
    assert 'fetch("query"' in page


def test_a_store_is_needed(mini_build):
    with pytest.raises(ServeError, match="needs a store directory"):
        Server(mini_build / "kg.ttl")


def test_a_busy_port_is_an_error(server, seed_build):
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(ServeError, match="cannot listen"), Server(seed_build[1], ServeOptions(port=port)):
        pass


@pytest.mark.browser
def test_the_query_page_runs_a_query_in_headless_chromium(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    opts = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=opts, service=Service("/usr/bin/chromedriver"))
    try:
        driver.get(server.url)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#out table tr"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#out table tr")
        assert [c.text for c in rows[0].find_elements(By.TAG_NAME, "th")] == ["paper", "title"]
        assert len(rows) > 1
        requested = {
            json.loads(e["message"])["message"]["params"]["request"]["url"]
            for e in driver.get_log("performance")
            if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"
        }
        assert requested and all(u.startswith(server.url) for u in requested), requested
    finally:
        driver.quit()


def test_cli_serves_until_interrupted(seed_build):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "-g", str(seed_build[1]), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(3)]
        endpoint = lines[2].split()[-1]
        assert lines[0].startswith("serving ") and endpoint.startswith("http://127.0.0.1:")
        w = SPARQLWrapper(endpoint)
        w.setQuery(COUNT)
        w.setReturnFormat(JSON)
        assert int(w.queryAndConvert()["results"]["bindings"][0]["n"]["value"]) > 0
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)  # generous: the shared CI machine can be loaded
    assert proc.returncode == 0, err
    assert "stopped" in out


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_kg_serve_takes_its_oxigraph_server_along(seed_build, sig):
    """usertest14: `kill PID` of kg serve left its `oxigraph serve-read-only` running (parent 1), holding the store and
    a port, one more per restart."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "-g", str(seed_build[1]), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    try:
        assert proc.stdout.readline().startswith("serving ")
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert len(children) == 1
        backend = int(children[0])
    finally:
        proc.send_signal(sig)
        proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Path(f"/proc/{backend}").exists():
        status = Path(f"/proc/{backend}/status").read_text() if Path(f"/proc/{backend}/status").exists() else ""
        if "State:\tZ" in status:
            break
        time.sleep(0.05)
    status = Path(f"/proc/{backend}/status").read_text() if Path(f"/proc/{backend}").exists() else "gone"
    assert status == "gone" or "State:\tZ" in status, status[:200]
