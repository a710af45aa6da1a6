"""How fast ``sitegen serve`` shows a save: from writing an article file to the new HTML being served.

    python -m benchmarks.serve_bench                   # the example digest at the repository's root
    python -m benchmarks.serve_bench --site DIR        # any site (copied first: the benchmark edits it)
    python -m benchmarks.serve_bench --articles 10000  # a generated corpus (benchmarks/corpus.py)
    python -m benchmarks.serve_bench --edits 20 --json results.json

It starts ``sitegen serve --port 0`` as a subprocess on a copy of the site, waits for the URL it prints,
then saves one article again and again (as editors do: a temporary file renamed over it), alternating a
quote's text and the summary, each carrying a counter. After each save it asks the server for the
article's page over loopback HTTP until the page holds the new text. Reported: median and p95 of that
latency, how long serve said the whole rebuild took, and the serving process's memory from
/proc/<pid>/status (VmRSS now, VmHWM its peak). Every wait is bounded; a save that is never served is
reported as a failure, not waited for forever.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLL_SECONDS = 0.002  # between two requests for the page
SAVE_TIMEOUT = 120.0  # seconds for one save to be served before it counts as failed
START_TIMEOUT = 3600.0  # the first build of a large corpus on a busy machine takes minutes
SETTLE_TIMEOUT = 120.0  # seconds to wait for serve to finish a rebuild before the next save


class Server:
    """``sitegen serve`` in a subprocess; its output is read by threads so that it never blocks."""

    def __init__(self, site: Path, code: Path = REPO):
        """``code``: the tree whose sitegen runs (``python -m sitegen`` started there imports it)."""
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", str(site), "--port", "0"], cwd=code, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        self.lines: list[str] = []
        self.times: list[float] = []  # when each stdout line arrived (perf_counter)
        self.errors: list[str] = []
        self.changed = threading.Condition()
        for stream, lines in ((self.process.stdout, self.lines), (self.process.stderr, self.errors)):
            threading.Thread(target=self._read, args=(stream, lines), daemon=True).start()

    def _read(self, stream, lines: list[str]) -> None:
        for line in stream:
            with self.changed:
                if lines is self.lines:
                    self.times.append(time.perf_counter())
                lines.append(line.rstrip("\n"))
                self.changed.notify_all()

    def wait_for_line(self, pattern: str, start: int, timeout: float) -> tuple[re.Match, float]:
        """The first stdout line from index ``start`` on matching ``pattern``, and when it arrived."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for index in range(start, len(self.lines)):
                    match = re.search(pattern, self.lines[index])
                    if match:
                        return match, self.times[index]
                if self.process.poll() is not None:
                    raise RuntimeError("sitegen serve exited:\n" + "\n".join(self.errors[-20:]))
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"sitegen serve printed no line matching {pattern!r} in {timeout:.0f} s")
                self.changed.wait(min(left, 1.0))

    def memory(self) -> dict[str, int]:
        """VmRSS and VmHWM of the serving process, in KiB."""
        found = {}
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    found[name] = int(value.split()[0])
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # Ctrl-C: serve stops cleanly and removes its output
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


class Page:
    """Requests for one page over loopback: a new connection each (see keep_alive_ms for why)."""

    def __init__(self, host: str, port: int, path: str):
        self.host, self.port, self.path = host, port, path

    def body(self, connection: http.client.HTTPConnection | None = None) -> bytes:
        own = connection is None
        connection = connection or http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            connection.request("GET", self.path)
            response = connection.getresponse()
            data = response.read()
            if response.status != 200:
                raise RuntimeError(f"GET {self.path}: {response.status}")
            return data
        finally:
            if own:
                connection.close()

    def keep_alive_ms(self, requests: int = 10) -> tuple[float, float]:
        """Median milliseconds of a GET on a new connection and on a kept-alive one. A server that sends a
        response's headers and body in two writes without TCP_NODELAY meets the client's delayed ACK on a
        kept-alive connection (about 40 ms on Linux): a browser's reload would wait for it, so it is
        reported, but the latency above polls on new connections to measure the rebuild, not that."""
        fresh, kept = [], []
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            for _ in range(requests):
                started = time.perf_counter()
                self.body()
                fresh.append(time.perf_counter() - started)
                started = time.perf_counter()
                self.body(connection)
                kept.append(time.perf_counter() - started)
        finally:
            connection.close()
        return round(statistics.median(fresh) * 1000, 1), round(statistics.median(kept[1:]) * 1000, 1)

    def wait_for(self, text: bytes, timeout: float) -> float:
        """Poll until the page holds ``text``; the moment it did (perf_counter)."""
        deadline = time.perf_counter() + timeout
        while True:
            if text in self.body():
                return time.perf_counter()
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{self.path} did not show {text!r} within {timeout:.0f} s")
            time.sleep(POLL_SECONDS)


def prepare_site(args, work: Path) -> Path:
    """A copy of the site (or a generated corpus) that the benchmark may edit."""
    site = work / "site"
    if args.articles:
        subprocess.run([sys.executable, "-m", "benchmarks.corpus", str(site), "--articles", str(args.articles)],
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        return site
    source = Path(args.site).resolve() if args.site else REPO
    site.mkdir()
    for name in ("content", "themes"):
        if (source / name).is_dir():
            shutil.copytree(source / name, site / name)
    return site


QUOTE_LINE = re.compile(r'^(?P<lead>\s*-?\s*\{?\s*(?:speaker: [^,\n]+,\s*)?text: ")(?P<text>[^"\n]*)(?=")', re.M)
SUMMARY_LINE = re.compile(r'^(?P<lead>summary: (?:[|>]-?\n\s+|"?))(?P<text>[^\n]*)$', re.M)


def pick_article(site: Path) -> Path:
    """An article with a quote written on one line and a one-line summary, from the middle of the list."""
    candidates = [p for p in sorted((site / "content" / "articles").rglob("*.md"))
                  if QUOTE_LINE.search(p.read_text(encoding="utf-8"))
                  and SUMMARY_LINE.search(p.read_text(encoding="utf-8"))
                  and "\ndraft: true" not in p.read_text(encoding="utf-8")]
    if not candidates:
        raise SystemExit("no article with a one-line quote and summary to edit")
    return candidates[len(candidates) // 2]


def edited(original: str, number: int) -> tuple[str, str]:
    """The file with a counter in a quote (even saves) or the summary (odd saves), and that marker."""
    marker = f"Serve benchmark save {number}"
    pattern = QUOTE_LINE if number % 2 == 0 else SUMMARY_LINE
    return pattern.sub(lambda m: f"{m['lead']}{marker}: {m['text']}", original, count=1), marker


def save(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.bench-{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def run(args, code: Path = REPO, site: Path | None = None) -> dict:
    """Serve a copy of the site (``site``: one prepared already) with the sitegen of ``code`` and time
    ``args.edits`` saves."""
    work = Path(tempfile.mkdtemp(prefix="sitegen-serve-bench-"))
    server = None
    try:
        site = site or prepare_site(args, work)
        article = pick_article(site)
        original = article.read_text(encoding="utf-8")
        server = Server(site, code)
        started = time.perf_counter()
        match, _ = server.wait_for_line(r"serving .* at (http://[^ ]+/)", 0, START_TIMEOUT)
        first_build = time.perf_counter() - started
        url = match.group(1)
        host, port = re.match(r"http://([^:/]+):(\d+)/", url).groups()
        page = Page(host, int(port), f"/articles/{article.stem}/")
        page.body()
        memory_start = server.memory()
        latencies, rebuilds, done, rss = [], [], [], []
        for number in range(1, args.edits + 1):
            text, marker = edited(original, number)
            lines_before = len(server.lines)
            saved = time.perf_counter()
            save(article, text)
            served = page.wait_for(marker.encode(), SAVE_TIMEOUT)
            latencies.append(served - saved)
            rebuilt, finished = server.wait_for_line(r"rebuilt in (\d+) ms", lines_before, SETTLE_TIMEOUT)
            rebuilds.append(int(rebuilt.group(1)) / 1000)
            done.append(finished - saved)
            rss.append(round(server.memory()["VmRSS"] / 1024))
            time.sleep(args.pause)
        memory_end = server.memory()
        fresh_ms, kept_ms = page.keep_alive_ms()
        save(article, original)
        return {
            "site": args.site or (f"generated, {args.articles} articles" if args.articles else str(REPO)),
            "article": article.relative_to(site).as_posix(),
            "edits": len(latencies),
            "first_build_seconds": round(first_build, 2),
            "save_to_served_ms": {"median": round(statistics.median(latencies) * 1000, 1),
                                  "p95": round(percentile(latencies, 0.95) * 1000, 1),
                                  "min": round(min(latencies) * 1000, 1), "max": round(max(latencies) * 1000, 1)},
            "save_to_rebuild_done_ms": {"median": round(statistics.median(done) * 1000, 1),
                                        "p95": round(percentile(done, 0.95) * 1000, 1)},
            "rebuild_ms_as_serve_reports": {"median": round(statistics.median(rebuilds) * 1000),
                                            "p95": round(percentile(rebuilds, 0.95) * 1000)},
            "get_page_ms": {"new_connection": fresh_ms, "kept_alive_connection": kept_ms},
            "rss_mib": {"after_first_build": round(memory_start["VmRSS"] / 1024, 1),
                        "after_edits": round(memory_end["VmRSS"] / 1024, 1),
                        "peak": round(memory_end["VmHWM"] / 1024, 1), "after_each_save": rss},
            "load_average": os.getloadavg(),
        }
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve_bench", description=__doc__.split("\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--site", help="a site folder (default: the example digest at the repository's root)")
    where.add_argument("--articles", type=int, help="generate a corpus of this many articles instead")
    parser.add_argument("--edits", type=int, default=20, help="saves to time (default 20)")
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between a rebuild and the next save")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    results = run(args)
    latency = results["save_to_served_ms"]
    print(f"{results['site']}: {results['edits']} saves of {results['article']}")
    print(f"  first build (serve start to URL): {results['first_build_seconds']} s")
    print(f"  save -> new HTML served: median {latency['median']} ms, p95 {latency['p95']} ms "
          f"(min {latency['min']}, max {latency['max']})")
    done = results["save_to_rebuild_done_ms"]
    print(f"  save -> whole rebuild done (every page the save touched): median {done['median']} ms, "
          f"p95 {done['p95']} ms")
    rebuild = results["rebuild_ms_as_serve_reports"]
    print(f"  whole rebuild as serve reports it: median {rebuild['median']} ms, p95 {rebuild['p95']} ms")
    get = results["get_page_ms"]
    print(f"  one GET of the page: {get['new_connection']} ms on a new connection, {get['kept_alive_connection']} ms "
          "on a kept-alive one")
    rss = results["rss_mib"]
    print(f"  serving process RSS: {rss['after_first_build']} MiB after the first build, {rss['after_edits']} MiB "
          f"after the saves, peak (VmHWM) {rss['peak']} MiB")
    print(f"  RSS after each save, MiB: {' '.join(map(str, rss['after_each_save']))}")
    print(f"  load average: {' '.join(f'{x:.2f}' for x in results['load_average'])} on {os.cpu_count()} cores")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
