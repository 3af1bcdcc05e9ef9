"""The page around a :class:`kg.export.html.View`: one self-contained HTML file that makes no request.

vis-network is the copy pyvis ships (never a CDN), inlined with the page's own script and style.
Text from titles and abstracts is data: it travels as JSON inside ``<script type="application/json">``
with ``<``, ``>`` and ``&`` escaped (so nothing can close the element), and the page script puts it on
screen with ``textContent`` only. A Content-Security-Policy allows exactly the page's own inline
scripts (by SHA-256), so even markup that got in could neither run a script nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.export.html import View

ASSETS = Path(__file__).resolve().parent / "html_assets"
VIS_VERSION = "vis-9.1.2"

# kind -> (legend label, colour, vis-network shape); colours from the Tableau 10 palette
KINDS = {
    "paper": ("Paper", "#8c9bab", "dot"),
    "technique": ("Technique", "#4e79a7", "diamond"),
    "hardware": ("Hardware", "#e15759", "square"),
    "benchmark": ("Benchmark", "#59a14f", "triangle"),
    "model": ("Model", "#f28e2b", "star"),
    "result": ("Result", "#b07aa1", "hexagon"),
}
# relation -> (colour, dashed, arrow to the target)
RELATION_STYLE = {
    "mentions": ("#aab4be", False, False),
    "reports": ("#b07aa1", False, True),
    "on hardware": ("#e15759", True, True),
    "on benchmark": ("#59a14f", True, True),
    "compared to": ("#f28e2b", True, True),
    "broader": ("#555555", True, True),
    "co-occurs with": ("#9aa5b1", False, False),
}


def vis_network_js() -> str:
    """vis-network's script from the pyvis package, without its source-map comment (DevTools would fetch it)."""
    import pyvis

    js = (Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION / "vis-network.min.js").read_text(encoding="utf-8")
    return re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)


def script_json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` can end it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _inline_script(code: str) -> str:
    if re.search(r"</script|<!--", code, re.IGNORECASE):
        # never expected in our own or vis-network's code; escaping would change what the hash covers
        raise ValueError("inline script holds '</script' or '<!--'")
    return code


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def page_data(view: View, title: str) -> dict[str, object]:
    """Everything the page script reads: the view plus kinds, relations and counts."""
    from kg.export.html import RELATIONS

    kinds_present = {str(n["k"]) for n in view.nodes}
    return {
        "title": title,
        "mode": view.mode,
        "selection": view.selection,
        "counts": view.counts,
        "kinds": [
            {"key": k, "label": label, "color": color, "shape": shape}
            for k, (label, color, shape) in KINDS.items()
            if k in kinds_present
        ],
        "relations": [
            {"label": r, "color": RELATION_STYLE[r][0], "dashes": RELATION_STYLE[r][1], "arrow": RELATION_STYLE[r][2]}
            for r in RELATIONS
        ],
        "hwClasses": [list(hc) for hc in view.hardware_classes],
        "nodes": list(view.nodes),
        "edges": [list(e) for e in view.edges],
    }


def render(view: View, title: str = "papers-kg") -> str:
    """The whole page as a string (deterministic: the same view gives the same bytes)."""
    vis_js = _inline_script(vis_network_js())
    app_js = _inline_script((ASSETS / "app.js").read_text(encoding="utf-8"))
    css = (ASSETS / "style.css").read_text(encoding="utf-8")
    csp = (
        "default-src 'none'; script-src "
        + " ".join(_csp_hash(c) for c in (vis_js, app_js))
        + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    template = (ASSETS / "page.html").read_text(encoding="utf-8")
    parts = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title, quote=True),
        "CSS": css,
        "DATA": script_json(page_data(view, title)),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    # one pass, so text substituted for one placeholder is never searched for the next
    return re.sub(r"@@(CSP|TITLE|CSS|DATA|VIS_JS|APP_JS)@@", lambda m: parts[m.group(1)], template)
