"""How big the search index is and what a reader's first query downloads, on the benchmark corpus.

    python -m benchmarks.search_size [SITE] [--articles 10000] [--output DIR] [--browser] [--pagefind]
                                     [--pagefind-python PYTHON] [--json FILE]

SITE defaults to /tmp/s10k; it is generated with benchmarks.corpus when it has no content/ yet. The site
is built (cold, no cache) into ``--output`` (default SITE/public; ``--no-build`` reads the index already
there instead) and its model kept; the search index is
then built again in this process to time it alone (CPU seconds). If the built output has no search/
folder, the index files are written into it from :func:`sitegen.pages.search.data_routes`.

Printed: documents, terms and files; total bytes (raw and gzip -6, as a static host serves JSON); the
largest term shard and document chunk; and for a few typical queries the files a first query loads
(meta.json, the shards of its words, the chunks of its first results: :func:`sitegen.pages.searchquery.run_query`
reads them as search.js does), raw and gzipped, plus search.js itself.

``--browser`` also runs those queries with search.js in Chromium (Playwright, /usr/bin/chromium): the
time from typing to the announced result count, and the bytes it fetched.

``--pagefind`` also indexes the built article pages with Pagefind (``python -m pagefind``, from the
``pagefind[extended]`` wheel; ``--pagefind-python`` names a venv's Python that has it) twice: as it comes (all text of the page, article bodies included) and
with the article body excluded (close to what our index holds), and measures its first query in
Chromium (Playwright, /usr/bin/chromium): bytes of every response until the first eight results'
data have loaded.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from sitegen.build import Builder
from sitegen.jsonout import json_bytes
from sitegen.model.reads import Reading
from sitegen.pages import search
from sitegen.pages.searchquery import run_query

REPO_ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("Kharkiv", "artillery", "Zelensky", "sanctions", "Petrenko", "Харків", "art", "artillery Kharkiv")
FIRST_RESULTS = 8  # the header's list; the search page shows 20
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def kb(n: float) -> str:
    return f"{n / 1000:.1f} kB"


def build(site: Path, output: Path) -> tuple[object, float]:
    started = time.perf_counter()
    builder = Builder(site, output, use_cache=False)
    result = builder.build()
    if not result.ok:
        raise SystemExit("the build failed:\n" + "\n".join(p.format() for p in result.problems))
    return builder.site, time.perf_counter() - started


def index_files(site_model) -> tuple[dict[str, bytes], dict]:
    """Every search/ file, by name, and the CPU seconds it took: the index, then its files as JSON."""
    started = time.process_time()
    routes = search.data_routes(site_model)
    routed = time.process_time()
    reads = Reading(site_model).page()
    files = {r.output.removeprefix("search/"): json_bytes(r.view(reads)) for r in routes}
    rendered = time.process_time()
    return files, {"index_cpu_s": round(routed - started, 2), "json_cpu_s": round(rendered - routed, 2)}


def measure_ours(files: dict[str, bytes]) -> dict:
    shards = {n: d for n, d in files.items() if n.startswith("terms-")}
    chunks = {n: d for n, d in files.items() if n.startswith("docs-")}
    meta = json.loads(files["meta.json"])
    largest_shard = max(shards, key=lambda n: len(shards[n]))
    largest_chunk = max(chunks, key=lambda n: len(chunks[n]))
    script = (REPO_ROOT / "themes/default/static/search.js").read_bytes()
    report = {
        "documents": meta["documents"],
        "terms": sum(len(json.loads(d)) for d in shards.values()),
        "files": len(files),
        "shards": len(shards),
        "total_raw": sum(map(len, files.values())),
        "total_gzip": sum(gz(d) for d in files.values()),
        "meta_raw": len(files["meta.json"]), "meta_gzip": gz(files["meta.json"]),
        "largest_shard": largest_shard, "largest_shard_raw": len(shards[largest_shard]),
        "largest_shard_gzip": gz(shards[largest_shard]),
        "largest_chunk_raw": len(chunks[largest_chunk]), "largest_chunk_gzip": gz(chunks[largest_chunk]),
        "script_raw": len(script), "script_gzip": gz(script),
        "queries": {},
    }
    for query in QUERIES:
        rows, count, read = run_query(files.__getitem__, query, FIRST_RESULTS)
        report["queries"][query] = {
            "results": count, "files": read,
            "raw": sum(len(files[n]) for n in read), "gzip": sum(gz(files[n]) for n in read),
            "top": [row[1] for row in rows[:3]],
        }
    return report


def print_ours(report: dict, timing: dict) -> None:
    print(f"our index: {report['documents']} documents, {report['terms']} terms, {report['files']} files "
          f"({report['shards']} term shards)")
    if timing:
        print(f"  built in {timing['index_cpu_s']} s CPU + {timing['json_cpu_s']} s to JSON")
    print(f"  total {kb(report['total_raw'])} raw, {kb(report['total_gzip'])} gzip; meta.json "
          f"{kb(report['meta_raw'])} ({kb(report['meta_gzip'])} gzip)")
    print(f"  largest shard {report['largest_shard']}: {kb(report['largest_shard_raw'])} "
          f"({kb(report['largest_shard_gzip'])} gzip); largest doc chunk {kb(report['largest_chunk_raw'])} "
          f"({kb(report['largest_chunk_gzip'])} gzip); search.js {kb(report['script_raw'])} "
          f"({kb(report['script_gzip'])} gzip)")
    print(f"  first query, first {FIRST_RESULTS} results (index files; add search.js once):")
    for query, q in report["queries"].items():
        print(f"    {query!r:22} {q['results']:6} results  {len(q['files']):2} files  {kb(q['raw']):>10} raw "
              f"{kb(q['gzip']):>10} gzip   top: {'; '.join(q['top'])[:70]}")


# -- Pagefind -----------------------------------------------------------------------------------------

def run_pagefind(python: str, output: Path, bundle: str, exclude: str | None) -> dict:
    target = output / bundle
    shutil.rmtree(target, ignore_errors=True)
    command = [python, "-m", "pagefind", "--site", str(output), "--glob", "articles/**/*.html",
               "--output-subdir", bundle, "--quiet"]
    if exclude:
        command += ["--exclude-selectors", exclude]
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if finished.returncode != 0:
        raise SystemExit(f"pagefind failed: {finished.stderr or finished.stdout}")
    files = [p for p in target.rglob("*") if p.is_file()]
    return {"bundle": bundle, "exclude": exclude, "wall_s": round(seconds, 2), "files": len(files),
            "total": sum(p.stat().st_size for p in files),
            "search_files": sum(p.stat().st_size for p in files
                                if p.suffix in (".pf_index", ".pf_fragment", ".pf_meta", ".pagefind")
                                or p.name in ("pagefind.js", "pagefind-entry.json"))}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def pagefind_first_queries(output: Path, bundles: list[str]) -> dict:
    """Bytes a fresh browser downloads for one Pagefind query and the data of its first results."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    found: dict = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for bundle in bundles:
                for query in QUERIES:
                    context = browser.new_context()
                    responses = []
                    context.on("response", lambda response: responses.append(response))  # pages' and workers' requests alike
                    page = context.new_page()
                    page.goto(base + "404.html")
                    responses.clear()
                    result = page.evaluate("""async ([bundle, query, first]) => {
                        const pagefind = await import(`/${bundle}/pagefind.js`);
                        const started = performance.now();
                        const search = await pagefind.search(query);
                        const data = await Promise.all(search.results.slice(0, first).map(r => r.data()));
                        return {results: search.results.length, ms: Math.round(performance.now() - started),
                                top: data.slice(0, 3).map(d => d.meta.title)};
                    }""", [bundle, query, FIRST_RESULTS])
                    mine = [r for r in responses if f"/{bundle}/" in r.url]
                    result["requests"] = len(mine)
                    result["bytes"] = sum(len(r.body()) for r in mine)
                    result["files"] = sorted(r.url.rsplit(f"/{bundle}/", 1)[1] for r in mine)
                    found.setdefault(bundle, {})[query] = result
                    context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return found


def ours_first_queries(output: Path) -> dict:
    """Our search.js in Chromium: a fresh page gets a search form, the query is typed, and we wait for
    the first results; bytes of every search/ response, and the time from the keystroke (debounce
    included) to the list."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    script = next(p for p in (output / "static").iterdir() if p.name.startswith("search.") and p.suffix == ".js")
    found: dict = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for query in QUERIES:
                context = browser.new_context()
                responses = []
                context.on("response", lambda response: responses.append(response))
                page = context.new_page()
                page.goto(base + "404.html")
                # The page as base.html's hook makes it, whether or not the hook is in this build.
                page.evaluate("""(src) => new Promise(resolve => {
                    document.querySelectorAll("form[data-search]").forEach(f => f.remove());
                    document.body.insertAdjacentHTML("afterbegin", '<form data-search data-base="/" ' +
                        'action="/search/" role="search" hidden><input name="q" type="search"></form>');
                    const script = document.createElement("script");
                    script.src = src;
                    script.onload = resolve;
                    document.head.appendChild(script);
                })""", "/static/" + script.name)
                responses.clear()
                box = page.locator("form[data-search] input[name=q]")
                box.fill(query)
                started = page.evaluate("performance.now()")
                page.wait_for_function("document.querySelector('form[data-search] [role=status]').textContent !== ''")
                ms = page.evaluate("performance.now()") - started
                mine = [r for r in responses if "/search/" in r.url]
                found[query] = {"requests": len(mine), "bytes": sum(len(r.body()) for r in mine), "ms": round(ms),
                                "status": page.locator("form[data-search] [role=status]").inner_text()}
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_size", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, nargs="?", default=Path("/tmp/s10k"))
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size when SITE must be generated")
    parser.add_argument("--output", type=Path, help="build output (default SITE/public)")
    parser.add_argument("--no-build", action="store_true",
                        help="read the index already in the output instead of building (no index timing)")
    parser.add_argument("--browser", action="store_true", help="also run our queries in Chromium (time, bytes)")
    parser.add_argument("--pagefind", action="store_true", help="also measure Pagefind on the same pages")
    parser.add_argument("--pagefind-python", default=sys.executable,
                        help="a Python that has pagefind[extended] (e.g. a venv's), default this one")
    parser.add_argument("--json", type=Path, help="write every number here too")
    args = parser.parse_args(argv)

    site = args.site.absolute()
    if not (site / "content").is_dir():
        subprocess.run([sys.executable, "-m", "benchmarks.corpus", str(site), "--articles", str(args.articles)],
                       check=True, cwd=REPO_ROOT)
    output = (args.output or site / "public").absolute()
    written = output / "search"
    if args.no_build:
        if not (written / "meta.json").is_file():
            raise SystemExit(f"--no-build: {written} has no meta.json; build first")
        files = {p.name: p.read_bytes() for p in sorted(written.glob("*.json"))}
        report = {"ours": measure_ours(files), "timing": None}
        print(f"read the index in {written}")
    else:
        model, build_s = build(site, output)
        print(f"site built in {build_s:.1f} s (wall, cold, no cache) into {output}")
        files, timing = index_files(model)
        if not (written / "meta.json").is_file():  # the route hook is not in yet: write the files here
            written.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                (written / name).write_bytes(data)
        report = {"build_wall_s": round(build_s, 1), "ours": measure_ours(files), "timing": timing}
    print_ours(report["ours"], report["timing"])

    if args.browser:
        report["ours"]["browser"] = browser_queries = ours_first_queries(output)
        print("  in Chromium (from typing to the announced count, 150 ms debounce included):")
        for query, q in browser_queries.items():
            print(f"    {query!r:22} {q['requests']:2} requests {kb(q['bytes']):>10} raw  {q['ms']:5} ms  {q['status']}")
    if args.pagefind:
        runs = [run_pagefind(args.pagefind_python, output, "pagefind", None),
                run_pagefind(args.pagefind_python, output, "pagefind-nobody", ".body")]
        report["pagefind"] = runs
        try:
            queries = pagefind_first_queries(output, [r["bundle"] for r in runs])
        except Exception as exc:  # no Playwright or Chromium: sizes only
            queries = {}
            print(f"pagefind first queries not measured: {exc}")
        for run in runs:
            label = "all page text" if not run["exclude"] else f"without {run['exclude']}"
            print(f"pagefind ({label}): indexed in {run['wall_s']} s wall, {run['files']} files, "
                  f"{kb(run['total'])} in all ({kb(run['search_files'])} index and runtime)")
            for query, q in queries.get(run["bundle"], {}).items():
                print(f"    {query!r:22} {q['results']:6} results  {q['requests']:2} requests "
                      f"{kb(q['bytes']):>10} (already compressed)  {q['ms']} ms   top: {'; '.join(q['top'])[:60]}")
            run["queries"] = queries.get(run["bundle"], {})
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
