"""The README's picture of the HTML report: the seed pair, rendered by the command line to HTML
and photographed in headless Chromium.

Needs Debian's chromium (`apt-get install chromium`) and the `playwright` package (the test
extra); playwright only drives the browser, it never downloads one (no `playwright install`).

Usage: python scripts/screenshot_html.py [--out docs/html-report.png] [--mode auto|lexical|semantic]
       [--width 1280] [--height 900] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from compare.output.html import HEADLESS_CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (ROOT / "seeds" / "isw-2020-09-14.txt", ROOT / "seeds" / "jamestown-2020-09-25.txt")
CHROMIUM_ARGS = list(HEADLESS_CHROMIUM_ARGS)


def render_html(out: Path, mode: str) -> None:
    """The seed pair's report as HTML, through the command line (exit 1 means contradictions, fine)."""
    cmd = [sys.executable, str(ROOT / "main.py"), "compare", *map(str, SEEDS), "--mode", mode, "-o", str(out)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"compare failed ({done.returncode}): {done.stderr.strip()}")


def screenshot(page_file: Path, png: Path, chromium: str, width: int, height: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(page_file.as_uri())
            page.wait_for_selector("#filters:not([hidden])")
            page.screenshot(path=str(png))
        finally:
            browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "html-report.png")
    ap.add_argument("--mode", default="auto", choices=["auto", "lexical", "semantic"])
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "seed-report.html"
        render_html(page_file, args.mode)
        screenshot(page_file, args.out, args.chromium, args.width, args.height)
    print(f"{args.out}: {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
