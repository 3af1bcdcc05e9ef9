"""The HTML view: what it draws from a store, the page it writes, and the page in a real headless Chromium."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KGError, ViewError
from kg.export import html as h
from kg.export.html_page import page_data, render
from kg.store import open_graph
from tests.conftest import DATA, MINI_VOCAB, ROOT

FIXTURE = DATA / "html" / "papers.ttl"
PAPER = "https://w3id.org/papers-kg/paper/"
XSS_TITLE = "<script>window.__xss=1</script> Pruning \"quoted\" \\ backslash 'single'"
XSS_ABSTRACT_BIT = '<img src=x onerror="window.__xss=2">'


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    """The mini vocabulary and the hand-made papers in one Turtle file, as `kg html -g FILE` reads it."""
    path = tmp_path_factory.mktemp("html-graph") / "graph.ttl"
    path.write_text(
        (MINI_VOCAB / "mini.ttl").read_text(encoding="utf-8") + "\n" + FIXTURE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def store(graph_file):
    return open_graph(graph_file)


@pytest.fixture(scope="module")
def view(store) -> h.View:
    return h.build_view(store)


def by_iri(view: h.View) -> dict[str, dict]:
    return {str(n["iri"]): n for n in view.nodes}


def edges_named(view: h.View) -> set[tuple[str, str, str]]:
    iri = [str(n["iri"]) for n in view.nodes]
    return {(iri[a], h.RELATIONS[r], iri[b]) for a, b, r, _w in view.edges}


# ---------------------------------------------------------------- what is drawn


def test_fixture_offsets_match_the_text(store):
    """Guards the hand-made fixture itself: every mention's offsets cut out its matched text."""
    rows = store.query(
        """SELECT ?text ?s ?e ?m WHERE { ?p kg:hasMention ?x ; ?f ?text . ?x kg:inField ?fld ; kg:start ?s ; kg:end ?e ;
        kg:matchedText ?m . FILTER(?f = IF(?fld = "title", dcterms:title, dcterms:abstract)) }""",
        prefixes={"kg": "https://w3id.org/papers-kg/ontology#", "dcterms": "http://purl.org/dc/terms/"},
    )
    rows = list(rows)
    assert len(rows) == 15
    for r in rows:
        assert r["text"].value[int(r["s"].value) : int(r["e"].value)] == r["m"].value


def test_view_draws_every_kind_with_the_result(view):
    kinds = sorted({str(n["k"]) for n in view.nodes})
    assert kinds == ["benchmark", "hardware", "model", "paper", "result", "technique"]
    assert view.mode == "papers"
    nodes = by_iri(view)
    result = PAPER + "arxiv-2401.00001/result/abstract-36-40"
    assert nodes[result]["k"] == "result" and nodes[result]["text"] == "2.6x" and nodes[result]["metric"] == "speedup"
    e = edges_named(view)
    assert (PAPER + "arxiv-2401.00001", "reports", result) in e
    assert (result, "on hardware", "https://w3id.org/papers-kg/hardware/nvidia-h100") in e
    assert (result, "on benchmark", "https://w3id.org/papers-kg/benchmark/glue") in e
    assert (PAPER + "arxiv-2401.00002", "mentions", "https://w3id.org/papers-kg/hardware/fpga") in e


def test_paper_without_links_is_counted_not_drawn(view):
    assert PAPER + "arxiv-2401.00003" not in by_iri(view)
    assert view.counts["papers"] == 4 and view.counts["linked_papers"] == 3 and view.counts["drawn_papers"] == 3


def test_entity_details(view):
    nodes = by_iri(view)
    fpga = nodes["https://w3id.org/papers-kg/hardware/fpga"]
    assert fpga["wd"] == "https://www.wikidata.org/entity/Q190411"
    assert fpga["alt"] == ["field-programmable gate array"] and fpga["n"] == 1 and fpga["hc"] == ["FPGA"]
    h100 = nodes["https://w3id.org/papers-kg/hardware/nvidia-h100"]
    assert h100["n"] == 2 and h100["br"] == [["NVIDIA Hopper GPU", None]] and h100["hc"] == ["GPU"]
    assert [c for c, _n in view.hardware_classes] == ["FPGA", "GPU", "MCU"]


def test_abstract_segments_keep_text_and_mark_links(view):
    nodes = by_iri(view)
    paper = nodes[PAPER + "arxiv-2401.00001"]
    text = "".join(s if isinstance(s, str) else s[0] for s in paper["ab"])
    assert text == "INT8 quantization of BERT reaches a 2.6x speedup on an NVIDIA H100 over FP16 on GLUE."
    marked = {s[0]: view.nodes[s[1]]["k"] for s in paper["ab"] if not isinstance(s, str)}
    assert marked == {
        "INT8 quantization": "technique",
        "BERT": "model",
        "2.6x": "result",
        "NVIDIA H100": "hardware",
        "GLUE": "benchmark",
    }
    xss = nodes[PAPER + "test-xss"]
    assert "".join(s if isinstance(s, str) else s[0] for s in xss["t"]) == XSS_TITLE


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], ["abcdef"]),
        ([(0, 2, 1)], [["ab", 1], "cdef"]),
        ([(2, 4, 1), (4, 6, 2)], ["ab", ["cd", 1], ["ef", 2]]),
        ([(1, 4, 1), (2, 3, 2)], ["a", [["b", ["c", 2], "d"], 1], "ef"]),  # a span inside another is nested in it
        ([(0, 2, 2), (0, 4, 1)], [[[["ab", 2], "cd"], 1], "ef"]),  # "LLM" in "LLM judges": the outer mark holds it
        ([(0, 6, 1), (1, 5, 2), (2, 3, 3)], [[["a", [["b", ["c", 3], "de"], 2], "f"], 1]]),  # nested twice
        ([(1, 4, 1), (3, 5, 2)], ["a", ["bcd", 1], "ef"]),  # a span crossing another's end is dropped
        ([(1, 4, 1), (1, 4, 2)], ["a", ["bcd", 1], "ef"]),  # a second span of the same extent is dropped
        ([(4, 9, 1), (3, 3, 2)], ["abcdef"]),  # out of range and empty spans are dropped
    ],
)
def test_segments(spans, expected):
    assert h._segments("abcdef", spans) == expected


def test_entity_level_view_above_top(store):
    v = h.build_view(store, top=1)
    assert v.mode == "entities"
    assert v.counts["drawn_papers"] == 1 and v.counts["selected_papers"] == 3
    assert [n["iri"] for n in v.nodes if n["k"] == "paper"] == [PAPER + "arxiv-2401.00001"]  # the best-linked paper
    cooc = {(a, b, w) for a, r, b, w in ((x[0], h.RELATIONS[x[2]], x[1], x[3]) for x in v.edges) if r == "co-occurs with"}
    iri = [n["iri"] for n in v.nodes]
    named = {(iri[a], iri[b]): w for a, b, w in cooc}
    assert named[("https://w3id.org/papers-kg/hardware/nvidia-h100", "https://w3id.org/papers-kg/model/bert")] == 2
    h100 = next(n for n in v.nodes if n["iri"].endswith("nvidia-h100"))
    assert h100["v"] == 2  # sized by papers


def test_entity_level_view_with_entities_cut_draws_papers_of_undrawn_classes(store):
    """Regression (usertest14): a drawn paper naming a platform whose class no drawn entity has (the cap on
    entities left it out) raised KeyError, so `kg build` of the 10k corpus slice failed in graph.html."""
    v = h.build_view(store, top=2, max_entities=1)
    assert v.mode == "entities"
    papers = {str(n["iri"])[len(PAPER) :]: n for n in v.nodes if n["k"] == "paper"}
    assert set(papers) == {"test-xss", "arxiv-2401.00001"}
    assert [label for label, _n in v.hardware_classes] == ["GPU"]  # only the classes of drawn platforms
    assert papers["test-xss"]["h"] == papers["arxiv-2401.00001"]["h"] == [0]  # the MCU class is not offered


@pytest.mark.parametrize(
    ("focus", "papers"),
    [
        ("H100", {"test-xss", "arxiv-2401.00001"}),  # an alias
        ("gpu", {"test-xss", "arxiv-2401.00001"}),  # a broader concept gathers the papers naming what lies beneath it
        ("LoRA on an FPGA", {"arxiv-2401.00002"}),  # a title; shares no entity with the others
        ("arXiv:2401.00001", {"arxiv-2401.00001", "test-xss"}),  # an id; the XSS paper shares BERT and the H100
    ],
)
def test_focus(store, focus, papers):
    v = h.build_view(store, focus=focus)
    assert {str(n["iri"])[len(PAPER) :] for n in v.nodes if n["k"] == "paper"} == papers
    assert v.selection.startswith("focus: ")


def test_focus_draws_the_entity_beneath_its_broader_concepts(store):
    """usertest21: a focused entity is drawn with its direct broader concepts and the edge to them (a discovered laptop
    card and the desktop card it extends), though no paper names them; a paper's focus adds none."""
    hw = "https://w3id.org/papers-kg/hardware/"
    v = h.build_view(store, focus="H100")
    assert (hw + "nvidia-h100", "broader", hw + "nvidia-hopper") in edges_named(v)
    assert hw + "gpu" not in by_iri(v)  # its direct parents only, not every ancestor
    paper = h.build_view(store, focus="LoRA on an FPGA")
    assert not {e for e in edges_named(paper) if e[1] == "broader"}


@pytest.mark.parametrize(("focus", "message"), [("TPU v9", "no entity label"), ("", "no entity label")])
def test_focus_unknown(store, focus, message):
    with pytest.raises(ViewError, match=message):
        h.build_view(store, focus=focus)


def test_query_selects_subgraph(store):
    v = h.build_view(store, query_text="SELECT ?p WHERE { ?p kg:mentions hw:fpga }")
    assert {n["iri"] for n in v.nodes if n["k"] == "paper"} == {PAPER + "arxiv-2401.00002"}
    assert {n["k"] for n in v.nodes} == {"paper", "technique", "hardware", "model", "benchmark"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("ASK { ?s ?p ?o }", "ASK"),
        ('SELECT ?x WHERE { BIND("text" AS ?x) }', "selected no paper"),
        ("SELECT WHERE {", "syntax"),
    ],
)
def test_query_errors(store, query, message):
    with pytest.raises(KGError, match=message):
        h.build_view(store, query_text=query)


# ---------------------------------------------------------------- the page


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append((self._in, ""))

    def handle_data(self, data):
        if self._in is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None


@pytest.fixture(scope="module")
def page(view) -> str:
    return render(view)


def test_page_is_self_contained(page):
    p = _Tags()
    p.feed(page)
    assert not [t for t, a in p.tags if t in ("link", "iframe", "img", "object", "embed")]
    assert all("src" not in a for _t, a in p.tags)
    assert len(p.scripts) == 3  # data, vis-network, the page script
    assert "vis.Network" in p.scripts[2][1] and "vis-network" in p.scripts[1][1]
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)
    assert "sourceMappingURL" not in page


def test_csp_allows_exactly_the_page_scripts(page):
    p = _Tags()
    p.feed(page)
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    code = [text for attrs, text in p.scripts if attrs.get("type") != "application/json"]
    assert hashes == {base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() for c in code}


def test_data_round_trips_and_payloads_stay_inside_json(view, page):
    p = _Tags()
    p.feed(page)
    raw = next(text for attrs, text in p.scripts if attrs.get("type") == "application/json")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw) == json.loads(json.dumps(page_data(view, "papers-kg")))
    assert "window.__xss" not in page.replace(raw, "")


def test_page_is_deterministic(store, page):
    assert render(h.build_view(store)) == page


def test_title_is_escaped(view):
    page = render(view, title='<b>"kg"</b>')
    assert "<title>&lt;b&gt;&quot;kg&quot;&lt;/b&gt;</title>" in page


# ---------------------------------------------------------------- the command


def test_cli_html(graph_file, tmp_path):
    out = tmp_path / "view.html"
    r = CliRunner().invoke(main, ["html", "-g", str(graph_file), "-o", str(out), "--focus", "FPGA"])
    assert r.exit_code == 0, r.output
    assert "paper-level view of focus: FPGA: 1 of 1 papers" in r.output and out.is_file()


def test_cli_html_query_file(graph_file, tmp_path):
    rq = tmp_path / "fpga.rq"
    rq.write_text("SELECT ?p WHERE { ?p kg:mentions hw:fpga }", encoding="utf-8")
    r = CliRunner().invoke(
        main, ["html", "-g", str(graph_file), "-o", str(tmp_path / "q.html"), "--query", str(rq), "--top", "5"]
    )
    assert r.exit_code == 0, r.output
    assert "view of query: 1 of 1 papers" in r.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "nothing-like-this"], "kg: error: --focus 'nothing-like-this'"),
        (["--top", "0"], "Invalid value for '--top'"),
    ],
)
def test_cli_html_errors(graph_file, tmp_path, args, message):
    r = CliRunner().invoke(main, ["html", "-g", str(graph_file), "-o", str(tmp_path / "x.html"), *args])
    assert r.exit_code != 0 and message in r.output
    assert not (tmp_path / "x.html").exists()


def test_build_writes_the_same_page_as_kg_html(seed_build, tmp_path):
    _summary, out = seed_build
    r = CliRunner().invoke(main, ["html", "-g", str(out), "-o", str(tmp_path / "again.html")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "again.html").read_bytes() == (out / "graph.html").read_bytes()


def test_cli_html_to_a_path_that_cannot_be_written_is_one_line(graph_file, tmp_path):
    """usertest14: `kg html -o` under a file or a missing read-only directory ended in a traceback."""
    (tmp_path / "file.txt").write_text("x")
    out = tmp_path / "file.txt" / "graph.html"
    res = CliRunner().invoke(main, ["html", "-g", str(graph_file), "-o", str(out)])
    assert res.exit_code == 1 and res.output.startswith(f"kg: error: {out}: cannot write: Not a directory")


def test_default_output(tmp_path):
    assert h.default_output(tmp_path) == tmp_path / "graph.html"
    assert h.default_output(tmp_path / "kg.ttl") == tmp_path / "graph.html"


# ---------------------------------------------------------------- in a real browser

CHROMIUM, CHROMEDRIVER = shutil.which("chromium") or "/usr/bin/chromium", shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium with the network cut off (offline, every http(s)/ws URL blocked), logging requests and console."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver; see README)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    )
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 860, "deviceScaleFactor": 1, "mobile": False}
    )
    yield driver
    driver.quit()


def open_page(driver, path: Path) -> float:
    """Load a page, wait for its first draw; returns the seconds it took. Drains the logs first."""
    driver.get_log("performance")
    driver.get_log("browser")
    t = time.perf_counter()
    driver.get(path.resolve().as_uri())
    for _ in range(400):
        if driver.execute_script("return document.body && document.body.dataset.ready === '1'"):
            return time.perf_counter() - t
        time.sleep(0.05)
    raise AssertionError(f"{path}: not drawn within 20 s; console: {driver.get_log('browser')}")


def requests_made(driver, page: Path) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            urls.append(msg["params"].get("request", {}).get("url") or msg["params"].get("url"))
    assert page.resolve().as_uri() in urls, "the request log misses the page itself"
    return [u for u in urls if u != page.resolve().as_uri() and not u.startswith("data:")]


def console_errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


@pytest.fixture(scope="module")
def fixture_page(view, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html-page") / "graph.html"
    path.write_text(render(view), encoding="utf-8")
    return path


@pytest.mark.browser
def test_request_and_console_checks_can_fail(browser, tmp_path):
    """The checks the other browser tests rely on see a request leaving a page, and a script error."""
    page = tmp_path / "leaky.html"
    page.write_text(
        '<!DOCTYPE html><html><body><img src="https://example.org/x.png"><script>nope();</script>'
        '<script>document.body.dataset.ready = "1";</script></body></html>',
        encoding="utf-8",
    )
    open_page(browser, page)
    time.sleep(0.2)
    assert requests_made(browser, page) == ["https://example.org/x.png"]
    assert any("nope" in e["message"] for e in console_errors(browser))


@pytest.mark.browser
def test_seed_page_renders_offline(browser, seed_build, tmp_path):
    summary, out = seed_build
    page = out / "graph.html"
    open_page(browser, page)
    drawn = browser.execute_script("return kg.network.body.nodeIndices.length")
    expected = browser.execute_script("return kg.data.nodes.length")
    assert drawn == expected > 0
    # the canvas holds a drawing, not a blank area
    colours = browser.execute_script("""const c = document.querySelector('#net canvas'); const ctx = c.getContext('2d');
        const d = ctx.getImageData(0, 0, c.width, c.height).data; const s = new Set();
        for (let i = 0; i < d.length; i += 4 * 97) s.add(d.slice(i, i + 4).join(','));
        return s.size;""")
    assert colours > 5
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    shot = tmp_path / "seed.png"
    _screenshot(browser, shot)
    assert shot.stat().st_size > 20_000
    assert console_errors(browser) == []
    assert requests_made(browser, page) == []


def _screenshot(driver, path: Path) -> None:
    """Save the page with the best-linked paper selected; with KG_UPDATE_DOCS=1 also as docs/graph.png (README)."""
    driver.execute_script("""const p = kg.data.nodes.filter(n => n.k === 'paper').sort((a, b) => b.v - a.v || a.id - b.id)[0];
        kg.select(p.id); kg.network.moveTo({position: kg.network.getPosition(p.id), scale: 0.9, animation: false});""")
    time.sleep(0.3)
    driver.save_screenshot(str(path))
    if os.environ.get("KG_UPDATE_DOCS") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(path, ROOT / "docs" / "graph.png")


@pytest.mark.browser
def test_search_focuses_a_node_by_alias(browser, fixture_page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(browser, fixture_page)
    box = browser.find_element(By.ID, "search")
    box.send_keys("field-programmable")
    hits = browser.find_elements(By.CSS_SELECTOR, "#hits li")
    assert [li.text.split("\n")[0] for li in hits] == ["FPGA"]
    box.send_keys(Keys.ENTER)
    node = browser.execute_script("return kg.network.getSelectedNodes()")
    assert [browser.execute_script(f"return kg.data.nodes[{node[0]}].l")] == ["FPGA"]
    details = browser.find_element(By.ID, "details").text
    assert (
        "FPGA" in details and "field-programmable gate array" in details and "Q190411" in details and "1 in the graph" in details
    )
    link = browser.find_element(By.CSS_SELECTOR, "#details a")
    assert link.get_attribute("href") == "https://www.wikidata.org/entity/Q190411"
    # the neighbourhood stays, the rest fades
    faded = browser.execute_script("return kg.nodes.get().filter(n => n.color.background.startsWith('rgba')).map(n => n.id)")
    near = set(browser.execute_script(f"return kg.network.getConnectedNodes({node[0]})")) | set(node)
    assert set(faded) == set(range(browser.execute_script("return kg.data.nodes.length"))) - near
    assert console_errors(browser) == [] and requests_made(browser, fixture_page) == []


@pytest.mark.browser
def test_filters_by_kind_and_hardware_class(browser, fixture_page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    open_page(browser, fixture_page)
    nodes = browser.execute_script("return kg.data.nodes")

    def shown() -> set[str]:
        hidden = browser.execute_script("return kg.nodes.get().filter(n => n.hidden).map(n => n.id)")
        return {nodes[i]["l"] for i in range(len(nodes)) if i not in set(hidden)}

    browser.find_element(By.CSS_SELECTOR, "input.kind-filter[value=paper]").click()
    assert not any(n["k"] == "paper" and n["l"] in shown() for n in nodes)
    assert "NVIDIA H100" in shown()
    browser.find_element(By.CSS_SELECTOR, "input.kind-filter[value=paper]").click()
    Select(browser.find_element(By.ID, "hwclass")).select_by_visible_text("MCU (2)")
    labels = shown()
    assert "MCU" in labels and "STM32F746" in labels and "BERT" in labels  # the MCU paper and what it names
    assert "NVIDIA H100" not in labels and "FPGA" not in labels and "LoRA on an FPGA" not in labels
    assert "showing" in browser.find_element(By.ID, "showing").text
    assert console_errors(browser) == []


@pytest.mark.browser
def test_click_on_paper_shows_payloads_as_text(browser, fixture_page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_page(browser, fixture_page)
    idx = browser.execute_script("return kg.data.nodes.findIndex(n => n.pid === 'xss-1')")
    browser.execute_script(f"kg.network.moveTo({{position: kg.network.getPosition({idx}), scale: 1.5, animation: false}})")
    time.sleep(0.1)
    net = browser.find_element(By.ID, "net")
    pos = browser.execute_script(f"return kg.network.canvasToDOM(kg.network.getPosition({idx}))")
    size = net.size
    ActionChains(browser).move_to_element_with_offset(
        net, int(pos["x"] - size["width"] / 2), int(pos["y"] - size["height"] / 2)
    ).click().perform()
    assert browser.execute_script("return kg.network.getSelectedNodes()") == [idx]
    title = browser.find_element(By.CSS_SELECTOR, "#details h1").get_attribute("textContent")
    abstract = browser.find_element(By.CSS_SELECTOR, "#details .abstract").get_attribute("textContent")
    assert title == XSS_TITLE
    assert XSS_ABSTRACT_BIT in abstract and "</script><script>window.__xss=3</script>" in abstract and "\\u003c" in abstract
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#details mark")]
    assert marks == ["Pruning", "BERT", "NVIDIA H100", "STM32F746", "MCU"]
    assert browser.execute_script("return window.__xss") is None
    assert browser.execute_script("return document.querySelectorAll('img, iframe, script:not([id]):not([type])').length") == 2
    assert browser.execute_script("return document.querySelectorAll('body script').length") == 3
    # a highlighted span leads to its entity
    browser.find_element(By.CSS_SELECTOR, "#details mark[data-node]").click()
    assert browser.find_element(By.CSS_SELECTOR, "#details h1").text == "Pruning"
    assert console_errors(browser) == [] and requests_made(browser, fixture_page) == []


@pytest.mark.browser
def test_nested_marks_lead_each_to_its_entity(browser, view, tmp_path):
    """models17 links "LLM" inside a technique's span ("LLM judges"): the page marks both, the inner mark inside the
    outer, and a click on either leads to its own entity."""
    from selenium.webdriver.common.by import By

    nodes = [dict(n) for n in view.nodes]
    ids = {n["l"]: i for i, n in enumerate(nodes)}
    paper = next(i for i, n in enumerate(nodes) if n.get("pid") == "arXiv:2401.00002")
    nodes[paper]["ab"] = h._segments("BERT pruning on an FPGA.", [(0, 12, ids["Pruning"]), (0, 4, ids["BERT"])])
    page = tmp_path / "graph.html"
    page.write_text(render(dataclasses.replace(view, nodes=nodes)), encoding="utf-8")
    open_page(browser, page)
    browser.execute_script(f"kg.focusNode({paper})")
    outer = browser.find_element(By.CSS_SELECTOR, "#details .abstract > mark")
    inner = outer.find_element(By.CSS_SELECTOR, "mark")
    assert (outer.get_attribute("textContent"), inner.text) == ("BERT pruning", "BERT")
    assert "k-technique" in outer.get_attribute("class") and "k-model" in inner.get_attribute("class")
    inner.click()
    assert browser.find_element(By.CSS_SELECTOR, "#details h1").text == "BERT"
    browser.execute_script(f"kg.focusNode({paper})")
    browser.execute_script("arguments[0].click()", browser.find_element(By.CSS_SELECTOR, "#details .abstract > mark"))
    assert browser.find_element(By.CSS_SELECTOR, "#details h1").text == "Pruning"
    assert console_errors(browser) == [] and requests_made(browser, page) == []


@pytest.mark.browser
def test_result_and_arxiv_link(browser, fixture_page):
    from selenium.webdriver.common.by import By

    open_page(browser, fixture_page)
    browser.execute_script("kg.focusNode(kg.search('2401.00001')[0])")
    assert browser.find_element(By.CSS_SELECTOR, "#details a").get_attribute("href") == "https://arxiv.org/abs/2401.00001"
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#details mark.k-result")] == ["2.6x"]
    browser.find_element(By.CSS_SELECTOR, "#details mark.k-result").click()
    text = browser.find_element(By.ID, "details").text
    assert "2.6x speedup" in text and "NVIDIA H100" in text and "GLUE" in text
    assert console_errors(browser) == [] and requests_made(browser, fixture_page) == []


# ---------------------------------------------------------------- per-paper queries: terms written in (cli19)


def _rows_substituted(store, name: str, **params: str) -> list[tuple[str | None, ...]]:
    """h._rows before cli19 (the reference): the IRI bound by Oxigraph's substitutions=, bound columns dropped."""
    import pyoxigraph as ox

    from kg import query as q

    text = (h.QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    sols = store.query(text, prefixes=q.PREFIXES, substitutions={ox.Variable(k): ox.NamedNode(v) for k, v in params.items()})
    keep = [i for i, v in enumerate(sols.variables) if v.value not in params]
    return [tuple(None if sol[i] is None else sol[i].value for i in keep) for sol in sols]


ODD_PAPERS = """
@prefix kg: <https://w3id.org/papers-kg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/papers-kg/paper/caf\u00e9-\u91cf\u5b50> dcterms:identifier "caf\u00e9" ;
  dcterms:title "A \\"quoted\\" title \\\\ with a backslash\\nand a line \\t break" ;
  dcterms:abstract "Ab \\u0022 \\"\\"\\" '''" .
<https://w3id.org/papers-kg/paper/a%20b?x=1#frag> dcterms:identifier "a b" ; dcterms:abstract "} # ?paper $paper" ;
  kg:arxivId "2501.00001" ;
  kg:hasMention [ kg:mentionOf <https://w3id.org/papers-kg/hardware/fpga> ; kg:inField "abstract" ; kg:start 0 ; kg:end 1 ] ;
  kg:reports [ kg:inField "abstract" ; kg:start 2 ; kg:end 3 ] .
"""


@pytest.mark.parametrize("which", ["fixture", "seeds", "odd"])
def test_per_paper_queries_written_in_answer_what_substitution_answered(which, store, seed_store):
    """cli19: the per-paper queries (paper, paper_mentions, paper_results) bound the paper's IRI with substitutions=;
    the IRI is now written into the query (kg.query.run). Same rows in the same order for every paper, with titles and
    abstracts holding quotes, backslashes, line breaks and non-ASCII, and IRIs with non-ASCII, %20, ? and #."""
    import pyoxigraph as ox

    from kg import query as q

    if which == "odd":
        s = ox.Store()
        s.load(ODD_PAPERS.encode(), format=ox.RdfFormat.TURTLE)
    else:
        s = store if which == "fixture" else seed_store
    papers = (
        sorted(str(r[0]) for r in h._rows(s, "papers"))
        if which != "odd"
        else sorted(sol["p"].value for sol in s.query("SELECT ?p WHERE { ?p <http://purl.org/dc/terms/identifier> ?i }"))
    )
    assert len(papers) >= 2
    seen = 0
    for name in ("paper", "paper_mentions", "paper_results"):
        text = (h.QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        for p in papers:
            assert q.inline(text, {"paper": f"<{p}>"}) is not None  # the written-in path is the one taken
            rows = h._rows(s, name, paper=p)
            assert rows == _rows_substituted(s, name, paper=p), (name, p)
            seen += len(rows)
    assert seen > len(papers)  # not all empty
    if which == "odd":
        titles = {h._rows(s, "paper", paper=p)[0][1] for p in papers}
        assert 'A "quoted" title \\ with a backslash\nand a line \t break' in titles


def _paper_focus_reference(store, snap: h.Snapshot) -> Callable[[str], str | None]:
    """How --focus found a paper before cli19: paper.rq asked for each paper in IRI order until one matched (the rows
    of each paper are read once here, then searched in that order)."""
    names = {
        p: [
            {x.casefold() for x in (pid, title, arxiv) if x is not None}
            for pid, title, _abs, arxiv in _rows_substituted(store, "paper", paper=p)
        ]
        for p in sorted(snap.papers)
    }
    return lambda want: next((p for p, rows in names.items() if any(want in row for row in rows)), None)


@pytest.mark.parametrize("which", ["fixture", "seeds"])
def test_focus_on_a_paper_finds_what_the_per_paper_loop_found(which, store, seed_store):
    """cli19: --focus by a paper's title, id or arXiv id asked one query per paper until one matched (10,000 on c10k for
    the last paper); one query over all papers now picks the same paper."""
    s = store if which == "fixture" else seed_store
    snap = h.snapshot(s)
    names = [x for row in h._rows(s, "paper_names") for x in row[1:] if x is not None]
    assert len(names) >= 2 * len(snap.papers)
    names = names[:: max(1, len(names) // 60)]  # each lookup reads every paper's names: a spread of 60 of them
    reference, tried = _paper_focus_reference(s, snap), 0
    for name in [*names, *(n.upper() for n in names[:20]), f"  {names[0]}  ", "no such paper"]:
        want = name.strip().casefold()
        if any(want in {x.casefold() for x in (e.label, *e.alt_labels)} for e in snap.entities.values()):
            continue  # an entity's name: found among entities first, as before
        expected = reference(want)
        if expected is None:
            with pytest.raises(ViewError, match="no entity label or alias, paper id or title"):
                h._resolve_focus(s, snap, name)
        else:
            assert h._resolve_focus(s, snap, name) == expected, name
        tried += 1
    assert tried >= min(len(names), 50)
