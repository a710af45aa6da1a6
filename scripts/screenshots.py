"""Screenshots of the default theme, so a reviewer sees the design without building the site.

Builds the example digest (the repository root is a site) into a temporary folder, serves it on
127.0.0.1 with http.server in a thread, and has Playwright drive Debian's Chromium through four page
kinds at a phone and a desktop width, in the light and the dark colour scheme. Each screenshot is one
viewport (not the full page) at a device pixel ratio of 1, so the files stay small enough to keep in git
(Chromium already writes them as well-filtered RGB PNGs; re-encoding them saves nothing):

    docs/screenshots/<page>-<width>-<scheme>.png

Usage: python scripts/screenshots.py [--out DIR] [--page NAME ...]

Needs the Python package playwright and /usr/bin/chromium (Debian's). It never downloads a browser.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
# The example digest's base_url has the path /digest/; the build goes into <root>/digest/ so its
# links resolve when <root> is served.
BASE_PATH = "digest"

PAGES = {
    "front": "",
    "article": "articles/izium-russian-troops-abandon-weapons/",
    "timeline-2022": "timeline/2022/",
    "speaker": "speakers/volodymyr-zelensky/",
}
VIEWPORTS = {"390": {"width": 390, "height": 844}, "1366": {"width": 1366, "height": 900}}
SCHEMES = ("light", "dark")


def build_site(root: Path) -> Path:
    """Build the example digest below ``root``; return the output folder.

    --no-cache: a throwaway build must neither read nor update the repository's .sitegen-cache/.
    """
    output = root / BASE_PATH
    result = subprocess.run([sys.executable, "-m", "sitegen", "build", str(REPO), "--no-cache", "--output", str(output)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"the example digest did not build:\n{result.stderr}")
    return output


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # one line per request would bury the script's own output
        pass


@contextlib.contextmanager
def serve(root: Path):
    """Serve ``root`` on a free port of 127.0.0.1 in a thread; yield the base URL of the digest."""
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{BASE_PATH}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# -- screenshots -------------------------------------------------------------------------------------

def take_screenshots(base_url: str, out: Path, pages: dict[str, str]) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for scheme in SCHEMES:
                for width, viewport in VIEWPORTS.items():
                    context = browser.new_context(viewport=viewport, color_scheme=scheme, device_scale_factor=1)
                    page = context.new_page()
                    for name, path in pages.items():
                        response = page.goto(base_url + path, wait_until="load")
                        if response is None or response.status != 200:
                            sys.exit(f"{base_url + path}: HTTP {response.status if response else 'no response'}")
                        target = out / f"{name}-{width}-{scheme}.png"
                        page.screenshot(path=str(target), full_page=False)
                        written.append(target)
                    context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots", help="folder for the PNGs")
    parser.add_argument("--page", action="append", choices=sorted(PAGES), help="only this page (repeatable)")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium (never 'playwright install')")
    pages = {name: PAGES[name] for name in args.page} if args.page else PAGES
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sitegen-screenshots-") as tmp:
        root = Path(tmp)
        build_site(root)
        with serve(root) as base_url:
            written = take_screenshots(base_url, args.out, pages)
    for path in written:
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
