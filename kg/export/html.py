"""Self-contained interactive HTML graph drawn with vis-network (the copy pyvis ships), inlined.

The page makes no network request: the script and styles are inlined, the data is embedded as JSON
(escaped so that no text from an abstract can close the script element), and labels are set with
textContent, never as markup.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from kg.graph import paper_iri
from kg.records import LinkedPaper
from kg.store import atomic_write
from kg.vocab import Vocabulary

KIND_STYLE = {
    "Paper": ("#9aa5b1", "dot"),
    "Technique": ("#4e79a7", "diamond"),
    "HardwarePlatform": ("#e15759", "square"),
    "Benchmark": ("#59a14f", "triangle"),
    "Model": ("#f28e2b", "star"),
}


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_json(value: object) -> str:
    # JSON inside <script>: escape what could end the element or open a comment
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def graph_data(vocab: Vocabulary, linked: Sequence[LinkedPaper]) -> dict[str, list[dict[str, object]]]:
    """Nodes (papers and the entities they mention) and edges, with a precomputed layout."""
    g = nx.Graph()
    degree: Counter[str] = Counter()
    for lp in linked:
        pid = paper_iri(lp.paper)
        g.add_node(pid)
        for c in sorted({lk.concept for lk in lp.links}):
            g.add_edge(pid, c)
            degree[c] += 1
    pos = nx.spring_layout(g, seed=7, iterations=60) if len(g) else {}
    nodes: list[dict[str, object]] = []
    for lp in linked:
        pid = paper_iri(lp.paper)
        label = lp.paper.title or lp.paper.id
        nodes.append({"id": pid, "label": label[:40], "title": label, "kind": "Paper"})
    for c in sorted(degree):
        concept = vocab.concepts[c]
        nodes.append({"id": c, "label": concept.pref_label, "title": concept.pref_label, "kind": concept.kind,
                      "value": degree[c]})
    for n in nodes:
        x, y = pos.get(str(n["id"]), (0.0, 0.0))
        n["x"], n["y"] = round(float(x) * 1500, 1), round(float(y) * 1500, 1)
        color, shape = KIND_STYLE[str(n["kind"])]
        n["color"], n["shape"] = color, shape
    edges = [{"from": u, "to": v} for u, v in sorted(g.edges())]
    return {"nodes": sorted(nodes, key=lambda n: str(n["id"])), "edges": edges}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>papers-kg graph</title>
<style>__CSS__
html,body{margin:0;height:100%;font-family:system-ui,sans-serif}
#bar{padding:6px 10px;background:#222;color:#eee;font-size:14px}
#net{position:absolute;top:32px;bottom:0;left:0;right:0}
</style></head>
<body><div id="bar"></div><div id="net"></div>
<script>__JS__</script>
<script id="kg-data" type="application/json">__DATA__</script>
<script>
const data = JSON.parse(document.getElementById('kg-data').textContent);
const counts = {};
data.nodes.forEach(n => { counts[n.kind] = (counts[n.kind] || 0) + 1; });
document.getElementById('bar').textContent = 'papers-kg: ' + Object.keys(counts).sort().map(k => k + ' ' + counts[k]).join(', ') + ', links ' + data.edges.length;
const net = new vis.Network(document.getElementById('net'),
  {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
  {physics: false, nodes: {scaling: {min: 8, max: 40}, font: {size: 12}}, edges: {color: {opacity: 0.4}},
   interaction: {hover: true, tooltipDelay: 100}});
window.kgNetwork = net;
</script></body></html>
"""


def render(vocab: Vocabulary, linked: Sequence[LinkedPaper]) -> str:
    """The whole page as a string."""
    js, css = _vis_assets()
    data = graph_data(vocab, linked)
    # tooltips are shown as text by vis-network when given as strings; keep them plain
    return PAGE.replace("__CSS__", css).replace("__DATA__", _script_json(data)).replace("__JS__", js.replace("</script", "<\\/script"))


def write_html(vocab: Vocabulary, linked: Sequence[LinkedPaper], path: Path) -> None:
    """Write the page atomically."""
    with atomic_write(path) as f:
        f.write(render(vocab, linked))  # type: ignore[attr-defined]
