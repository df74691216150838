"""Take the README's pictures of graph.html and timeline.html: the bundled sample and the development corpus.

Builds both corpora into a temporary folder, opens the pages in headless Chromium (Playwright) at 1400×900 and
writes ``docs/graph.png`` (the sample's first view, 李小虎's career card open), ``docs/timeline.png``,
``docs/graph-dev.png`` (the development corpus, every jurisdiction, as of 2023) and ``docs/timeline-dev.png``
(filtered to 郑州市). Look at them before committing.

Usage: ``.venv/bin/python docs/screenshots.py``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    from playwright.sync_api import sync_playwright

    from newskg.build import build

    with tempfile.TemporaryDirectory(prefix="newskg-shots-") as tmp:
        sample, dev = Path(tmp) / "sample", Path(tmp) / "dev"
        build([ROOT / "data" / "sample"], sample)
        build([ROOT / "tests" / "dev" / "texts"], dev)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            errors: list[str] = []

            def open_(path: Path):
                page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.goto(path.as_uri())
                page.wait_for_selector("body[data-ready]", state="attached")
                return page

            page = open_(sample / "graph.html")
            page.evaluate("window.newskg.focus(window.newskg.data.nodes.findIndex(n => n.id === 'person:李小虎'))")
            page.evaluate("window.newskg.network.fit({animation: false})")
            page.screenshot(path=str(ROOT / "docs" / "graph.png"))
            page = open_(sample / "timeline.html")
            page.screenshot(path=str(ROOT / "docs" / "timeline.png"))
            page = open_(dev / "graph.html")
            page.select_option("#jur", "")
            page.evaluate("window.newskg.setPeriod(window.newskg.periods.y.indexOf('2023') + 1)")
            page.screenshot(path=str(ROOT / "docs" / "graph-dev.png"))
            page = open_(dev / "timeline.html")
            page.select_option("#jur", "郑州市")
            page.locator('.row[data-post]:visible .tenure .name').first.click()
            page.screenshot(path=str(ROOT / "docs" / "timeline-dev.png"))
            browser.close()
    for e in errors:
        print(f"page error: {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
