"""Measure `kg html`: time to build the page, its size, and time to first draw in headless Chromium.

    python benchmarks/html_bench.py [BUILD_DIR ...] [--runs 5] [--top 300]

Each BUILD_DIR is the output of `kg build` (default: a fresh build of seeds/ in a temporary
directory). For the 75k-paper corpus:

    python -m kg build /work/shared/corpus/arxiv-cs-2025.jsonl.gz -o /tmp/big --no-html
    python benchmarks/html_bench.py /tmp/big

Prints a Markdown table of medians: view build (Python, s), page size (MB), nodes and edges drawn,
time from navigation to the first drawn frame, and to the page being interactive (its script has
run: search, filters and click handlers are attached), in a headless Chromium with the network off.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.export import html as h  # noqa: E402
from kg.store import open_graph  # noqa: E402


def chromium(profile: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        f"--user-data-dir={profile}",
    ):
        opts.add_argument(a)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    )
    return driver


def first_draw(driver, page: Path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(ms to the first drawn frame, ms until interactive), both from navigation start."""
    driver.get("about:blank")
    driver.get(page.resolve().as_uri())
    for _ in range(1200):
        if driver.execute_script("return document.body && document.body.dataset.ready === '1' && window.kg !== undefined"):
            break
        time.sleep(0.05)
    else:
        raise RuntimeError(f"{page}: not drawn within 60 s")
    drawn = driver.execute_script("return window.kgFirstDraw")
    ready = driver.execute_script("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    return float(drawn), float(max(drawn, ready))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("builds", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--top", type=int, default=h.DEFAULT_TOP)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        builds = args.builds
        if not builds:
            build([ROOT / "seeds"], Path(tmp) / "seeds", jobs=1, html=False)
            builds = [Path(tmp) / "seeds"]
        driver = chromium(Path(tmp) / "profile")
        rows = []
        try:
            for b in builds:
                store = open_graph(b)
                page = Path(tmp) / f"{b.name}.html"
                times = []
                for _ in range(max(1, args.runs // 2)):
                    t = time.perf_counter()
                    view = h.write_html(store, page, top=args.top)
                    times.append(time.perf_counter() - t)
                draws = [first_draw(driver, page) for _ in range(args.runs)]
                c = view.counts
                rows.append(
                    (
                        str(b),
                        f"{c['papers']:,}",
                        view.mode,
                        f"{len(view.nodes):,}",
                        f"{len(view.edges):,}",
                        f"{statistics.median(times):.2f}",
                        f"{page.stat().st_size / 1e6:.2f}",
                        f"{statistics.median(d[0] for d in draws):.0f}",
                        f"{statistics.median(d[1] for d in draws):.0f}",
                    )
                )
        finally:
            driver.quit()
    head = ("build", "papers", "view", "nodes", "edges", "view build (s)", "page (MB)", "first draw (ms)", "interactive (ms)")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
