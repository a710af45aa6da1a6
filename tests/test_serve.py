"""``sitegen serve``: build, serve, watch, rebuild and have the browser follow.

The command is run as a user runs it (a subprocess, Ctrl-C as SIGINT); the watch-and-rebuild loop runs
in-process (:class:`~sitegen.serve.Preview`) where a test needs to see what it told the browser; the live
reload itself is checked in a real browser. The dev server's own security is tested in test_devserver.py.
"""

from __future__ import annotations

import errno
import http.client
import io
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import REPO, copy_site, run_sitegen
from sitegen.build import BuildResult
from sitegen.serve import ChangeQueue, Preview, changed_urls

ARTICLE = "content/articles/2022/09/izium-troops-abandon-weapons.md"
ARTICLE_URL = "articles/izium-troops-abandon-weapons/"
TITLE = "Putin's troops abandon huge quantities of weapons fleeing Ukrainian blitz"
WAIT = 20.0  # seconds: generous, the machine may be busy; nothing here measures speed


def get(url: str, timeout: float = 5.0) -> tuple[int, bytes, dict]:
    """One GET over loopback with http.client: status, body, headers."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request("GET", parts.path or "/")
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def wait_until(condition, what: str, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def page_has(url: str, text: str) -> bool:
    try:
        status, body, _ = get(url)
    except OSError:
        return False
    return status == 200 and text.encode() in body


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def save_atomically(path: Path, text: str) -> None:
    """What many editors do: write a temporary file beside the target, then rename it over the target."""
    temporary = path.with_name(f"{path.name}.tmp{os.getpid()}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


# ---- the command --------------------------------------------------------------------------------------

class ServeProcess:
    """``python -m sitegen serve`` in a subprocess, its output read by threads so that it never blocks."""

    def __init__(self, *args, env: dict | None = None):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", *map(str, args)], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env=dict(os.environ, **(env or {})))
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        for stream, lines in ((self.process.stdout, self.stdout), (self.process.stderr, self.stderr)):
            threading.Thread(target=self._read, args=(stream, lines), daemon=True).start()

    @staticmethod
    def _read(stream, lines):
        for line in stream:
            lines.append(line)

    def url(self) -> str:
        def found():
            for line in self.stdout:
                match = re.search(r"at (http://\S+/)", line)
                if match:
                    return match.group(1)
            assert self.process.poll() is None, f"serve exited: {''.join(self.stderr)}"
            return None
        return wait_until(found, "serve to print its URL", timeout=60)

    def interrupt(self) -> int:
        """Ctrl-C: SIGINT, as a terminal sends it."""
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=WAIT)
        finally:
            time.sleep(0.1)  # let the reader threads take the last lines

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_site("basic", tmp_path)


def test_serve_prints_the_url_serves_the_site_at_the_root_and_stops_cleanly_on_ctrl_c(site: Path):
    served = ServeProcess(site, "--port", "0")
    try:
        url = served.url()
        assert url.startswith("http://127.0.0.1:")
        status, body, _ = get(url)
        assert status == 200 and b"Basic digest" in body
        # base_url is https://example.org/digest/: locally the subpath is dropped ...
        assert b'href="/digest/' not in body and f'href="{url}"'.encode() in body
        status, _, headers = get(url + "digest/" + ARTICLE_URL)
        assert status == 301 and headers["Location"].endswith("/" + ARTICLE_URL)  # ... and redirected
        assert get(url + "articles/draft-piece/")[0] == 200  # the preview shows drafts by default
        assert served.interrupt() == 0
    finally:
        served.kill()
    errors = "".join(served.stderr)
    assert "Traceback" not in errors and "KeyboardInterrupt" not in errors
    assert "stopping" in errors


def test_no_drafts_previews_the_site_as_it_will_be_published(site: Path):
    served = ServeProcess(site, "--port", "0", "--no-drafts")
    try:
        url = served.url()
        assert get(url + "articles/draft-piece/")[0] == 404
        assert page_has(url + ARTICLE_URL, TITLE)
        assert served.interrupt() == 0
    finally:
        served.kill()


def test_serve_rebuilds_a_saved_article_and_serves_the_new_page(site: Path):
    served = ServeProcess(site, "--port", "0")
    try:
        url = served.url() + ARTICLE_URL
        assert page_has(url, TITLE)
        edit(site / ARTICLE, TITLE, "Izium: a title saved while serving")
        wait_until(lambda: page_has(url, "Izium: a title saved while serving"), "the new title")
        assert served.interrupt() == 0
    finally:
        served.kill()
    assert any("rebuilt in" in line for line in served.stdout)


def test_a_taken_port_is_named_with_the_next_free_one(site: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_sitegen("serve", site, "--port", port)
    assert result.returncode == 1
    match = re.search(rf"port {port} is taken.*port (\d+) is free: sitegen serve --port (\d+)", result.stderr)
    assert match and match.group(1) == match.group(2) and int(match.group(1)) != port, result.stderr
    assert "--port 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_open_opens_the_served_url_in_a_browser(site: Path, tmp_path: Path):
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(f"import sys\nopen({str(opened)!r}, 'w').write(sys.argv[1])\n", encoding="utf-8")
    served = ServeProcess(site, "--port", "0", "--open", env={"BROWSER": f"{sys.executable} {browser} %s"})
    try:
        url = served.url()
        wait_until(opened.exists, "the browser to be opened")
        wait_until(lambda: opened.read_text(encoding="utf-8") == url, "the URL to be handed over")
        assert served.interrupt() == 0
    finally:
        served.kill()


def test_serve_never_writes_public_and_sitegen_build_output_carries_no_live_reload(site: Path):
    served = ServeProcess(site, "--port", "0")
    try:
        url = served.url()
        status, body, _ = get(url + ARTICLE_URL)
        assert b"/__sitegen/client.js" in body  # the server adds the script to what it sends ...
        edit(site / ARTICLE, TITLE, "Saved while serving")
        wait_until(lambda: page_has(url + ARTICLE_URL, "Saved while serving"), "the rebuild")
        assert served.interrupt() == 0
    finally:
        served.kill()
    assert not (site / "public").exists()
    assert not (site / ".sitegen-cache").exists()
    result = run_sitegen("build", site)
    assert result.returncode == 0, result.stderr
    for path in (site / "public").rglob("*"):
        if path.is_file():
            assert b"__sitegen" not in path.read_bytes(), path  # ... never to files on disk


# ---- the watch-and-rebuild loop, in-process -------------------------------------------------------------

class Recorder:
    """Stands in for the tabs: what the preview told the dev server."""

    def __init__(self, preview: Preview):
        self.reloads: list[list[str]] = []
        self.errors: list[list[dict]] = []
        self.clears = 0
        preview.server.notify_reload = self.reloads.append
        preview.server.notify_error = self.errors.append
        preview.server.clear_error = self._clear

    def _clear(self):
        self.clears += 1


@pytest.fixture
def preview(site: Path):
    err = io.StringIO()
    running = Preview(site, port=0, out=io.StringIO(), err=err)
    running.err_text = err
    recorder = Recorder(running)
    running.start()
    running.recorder = recorder
    yield running
    running.close()


def rebuilt(preview: Preview, action) -> BuildResult:
    """Do something to the site and wait for the rebuild it causes."""
    before = preview.builds
    action()
    return preview.wait_for_build(before, timeout=WAIT)


def test_a_save_renders_the_article_ahead_then_rebuilds_and_reloads_only_the_pages_that_changed(
        preview: Preview, site: Path):
    result = rebuilt(preview, lambda: edit(site / ARTICLE, TITLE, "A new title"))
    assert result.ok
    assert page_has(preview.url + ARTICLE_URL, "A new title")
    ahead, build = preview.recorder.reloads
    assert ahead == ["/" + ARTICLE_URL]  # its own page first, before the build
    # The build agreed: it did not write the article's page again, and the lists showing its title changed.
    assert "/" + ARTICLE_URL not in build
    assert "/" in build and "/tags/counteroffensive/" in build
    assert "/articles/kharkiv-shelling/" not in build


def test_a_new_date_is_not_rendered_ahead(preview: Preview, site: Path):
    result = rebuilt(preview, lambda: edit(site / ARTICLE, "date: 2022-09-11", "date: 2023-09-11"))
    assert result.ok and "articles/izium-troops-abandon-weapons/index.html" in result.written
    assert len(preview.recorder.reloads) == 1  # the build's, naming the article and every list it moved in
    assert "/" + ARTICLE_URL in preview.recorder.reloads[0] and "/feed.xml" in preview.recorder.reloads[0]


def test_an_editors_atomic_save_is_picked_up(preview: Preview, site: Path):
    text = (site / ARTICLE).read_text(encoding="utf-8").replace(TITLE, "Saved through a rename")
    result = rebuilt(preview, lambda: save_atomically(site / ARTICLE, text))
    assert result.ok
    assert page_has(preview.url + ARTICLE_URL, "Saved through a rename")
    assert not list((site / ARTICLE).parent.glob("*.tmp*"))


def test_renaming_and_deleting_articles_and_adding_one_in_a_new_folder(preview: Preview, site: Path):
    source = site / "content" / "articles" / "2022" / "04" / "kharkiv-shelling.md"
    result = rebuilt(preview, lambda: os.rename(source, source.with_name("kharkiv-renamed.md")))
    assert result.ok, result.problems
    wait_until(lambda: page_has(preview.url + "articles/kharkiv-renamed/", "Shelling in"), "the renamed page")
    assert get(preview.url + "articles/kharkiv-shelling/")[0] == 404
    folder = site / "content" / "articles" / "2023" / "01"

    def add():
        folder.mkdir(parents=True)
        (folder / "fresh.md").write_text(
            "---\ntitle: A fresh article\ndate: 2023-01-05\nsource:\n  outlet: BBC\n"
            "  url: https://www.bbc.co.uk/news/fresh\n---\n", encoding="utf-8")
    rebuilt(preview, add)
    wait_until(lambda: page_has(preview.url + "articles/fresh/", "A fresh article"), "the new article")
    rebuilt(preview, lambda: (folder / "fresh.md").unlink())
    wait_until(lambda: get(preview.url + "articles/fresh/")[0] == 404, "the deleted article to go")


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if text in line)


def test_a_broken_file_shows_its_problem_and_keeps_the_last_good_page_until_fixed(preview: Preview, site: Path):
    original = (site / ARTICLE).read_text(encoding="utf-8")
    line = line_of(site / ARTICLE, "speaker: marty")
    result = rebuilt(preview, lambda: edit(site / ARTICLE, "speaker: marty", "speaker: nobody-known"))
    assert not result.ok
    problems = preview.recorder.errors[-1]
    assert any(p["path"] == ARTICLE and p["line"] == line and "unknown speaker 'nobody-known'" in p["message"]
               for p in problems), problems
    assert page_has(preview.url + ARTICLE_URL, TITLE)  # the last good page is still served
    assert f"{ARTICLE}:{line}: unknown speaker" in preview.err_text.getvalue()
    result = rebuilt(preview, lambda: (site / ARTICLE).write_text(original, encoding="utf-8"))
    assert result.ok
    assert preview.recorder.clears == 1


def test_a_burst_of_saves_becomes_one_batch(tmp_path: Path):
    changes = ChangeQueue(tmp_path)
    for n in range(50):
        changes.put(str(tmp_path / "content" / "articles" / f"a{n % 5}.md"))
    stop = threading.Event()
    batch = changes.next_batch(stop)
    assert batch == {f"content/articles/a{n}.md" for n in range(5)}
    changes.put(str(tmp_path / "content" / "site.yaml"))
    assert changes.next_batch(stop) == {"content/site.yaml"}


def test_a_completed_save_still_takes_the_rest_of_its_burst(tmp_path: Path):
    """A file renamed onto an article (an editor's atomic save) completes that save, but what the same
    burst changed already is built with it, not in a second build."""
    changes = ChangeQueue(tmp_path)
    changes.put(str(tmp_path / "content" / "articles" / ".a.md.tmp"))
    changes.put(str(tmp_path / "content" / "articles" / "a.md"), settled=True)
    changes.put(str(tmp_path / "content" / "speakers.yaml"))
    assert changes.next_batch(threading.Event()) == {"content/articles/a.md", "content/speakers.yaml"}


def test_only_content_and_themes_start_a_rebuild(tmp_path: Path):
    """A log written into the site folder must not start a rebuild (which would log, which would ...)."""
    changes = ChangeQueue(tmp_path)
    relevant = [changes.relative(str(tmp_path / rel)) for rel in (
        "content/articles/x.md", "content/site.yaml", "themes/default/templates/base.html",
        "serve.log", "public/index.html", ".git/index", "content/.git/x", ".sitegen-cache/state.pickle",
        "content/articles/.x.md.swp", "content/articles/x.md~", "elsewhere/content/x.md")]
    assert relevant == ["content/articles/x.md", "content/site.yaml", "themes/default/templates/base.html",
                        None, None, None, None, None, None, None, None]
    assert changes.relative("/somewhere/else/content/x.md") is None


def test_the_log_of_the_preview_written_into_the_site_folder_causes_no_rebuild(preview: Preview, site: Path):
    builds = preview.builds
    for n in range(5):
        (site / "serve.log").write_text(f"line {n}\n", encoding="utf-8")
        time.sleep(0.05)
    time.sleep(1)
    assert preview.builds == builds


def test_a_stylesheet_change_names_only_the_new_stylesheet_so_tabs_swap_it_in_place():
    result = BuildResult(True, [], written=["index.html", "articles/x/index.html", "static/style.bbbb.css"],
                         removed=["static/style.aaaa.css"])
    assert changed_urls(result, {"themes/default/static/style.css"}) == ["/static/style.bbbb.css"]
    # Anything else changed as well: every rewritten page is named and open tabs reload.
    assert changed_urls(result, {"themes/default/static/style.css", "content/site.yaml"}) == [
        "/", "/articles/x/", "/static/style.aaaa.css", "/static/style.bbbb.css"]


def test_a_save_that_changes_no_page_reloads_no_tab(preview: Preview, site: Path):
    path = site / "content" / "articles" / "2022" / "04" / "kharkiv-shelling.md"
    result = rebuilt(preview, lambda: path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8"))
    assert result.ok and result.written == []
    assert preview.recorder.reloads == []  # an empty list would reload every tab


def test_falls_back_to_polling_when_the_inotify_limit_is_reached(site: Path, monkeypatch):
    import watchdog.observers

    class FullObserver(watchdog.observers.Observer):
        def start(self):
            raise OSError(errno.ENOSPC, "inotify watch limit reached")

    monkeypatch.setattr(watchdog.observers, "Observer", FullObserver)
    err = io.StringIO()
    running = Preview(site, port=0, out=io.StringIO(), err=err)
    try:
        running.start()
        assert "limit on watched folders (inotify) is too low" in err.getvalue()
        assert "falling back to polling" in err.getvalue()
        assert "fs.inotify.max_user_watches" in err.getvalue()
        before = running.builds
        edit(site / ARTICLE, TITLE, "Noticed by polling")
        running.wait_for_build(before, timeout=WAIT)
        wait_until(lambda: page_has(running.url + ARTICLE_URL, "Noticed by polling"), "the polled change")
    finally:
        running.close()


def test_other_watcher_errors_are_not_hidden(site: Path, monkeypatch):
    import watchdog.observers

    class BrokenObserver(watchdog.observers.Observer):
        def start(self):
            raise OSError(errno.EACCES, "permission denied")

    monkeypatch.setattr(watchdog.observers, "Observer", BrokenObserver)
    running = Preview(site, port=0, out=io.StringIO(), err=io.StringIO())
    try:
        with pytest.raises(OSError):
            running.start()
    finally:
        running.close()


def test_the_preview_output_is_a_private_temporary_folder_removed_on_close(site: Path):
    running = Preview(site, port=0, out=io.StringIO(), err=io.StringIO())
    output = running.output
    try:
        running.start()
        assert output.is_dir() and not output.is_relative_to(site)
        assert (output / "index.html").is_file()
    finally:
        running.close()
    assert not output.exists()


# ---- in a real browser (conftest's browser: skipped with its reason, or failed under CI=true) ----------


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    tab.set_default_timeout(WAIT * 1000)
    yield tab
    context.close()


@pytest.fixture
def themed_site(site: Path) -> Path:
    """The basic site with its own copy of the default theme, so that a test can edit its stylesheet."""
    shutil.copytree(REPO / "themes" / "default", site / "themes" / "default",
                    ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return site


def wait_for_tab(running: Preview) -> None:
    wait_until(lambda: running.server._subscribers, "the tab to open its live-reload stream")


def test_browser_follows_saves_shows_problems_and_swaps_the_stylesheet(page, themed_site: Path):
    site = themed_site
    running = Preview(site, port=0, out=io.StringIO(), err=io.StringIO())
    try:
        running.start()
        page.goto(running.url + ARTICLE_URL)
        assert page.locator("h1").inner_text() == TITLE
        wait_for_tab(running)

        # A save: the open tab shows the new title without the test reloading it.
        edit(site / ARTICLE, f'title: "{TITLE}"', 'title: "Izium retaken, as the tab shows at once"')
        page.wait_for_function("() => document.querySelector('h1').textContent.includes('as the tab shows')")

        # A mistake: the overlay names the file and line; the page stays as it was.
        original = (site / ARTICLE).read_text(encoding="utf-8")
        line = line_of(site / ARTICLE, "speaker: marty")
        edit(site / ARTICLE, "speaker: marty", "speaker: nobody-known")
        overlay = page.get_by_role("alertdialog")
        overlay.wait_for(state="visible")
        assert f"{ARTICLE}:{line}" in overlay.inner_text()
        assert "unknown speaker 'nobody-known'" in overlay.inner_text()
        (site / ARTICLE).write_text(original, encoding="utf-8")
        page.locator("sitegen-error-overlay").wait_for(state="detached")

        # A stylesheet change applies in place: same document, no navigation.
        wait_for_tab(running)
        page.evaluate("() => { window.__sameDocument = 'yes'; }")
        stylesheet = site / "themes" / "default" / "static" / "style.css"
        stylesheet.write_text(stylesheet.read_text(encoding="utf-8")
                              + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n", encoding="utf-8")
        page.wait_for_function("() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'")
        assert page.evaluate("() => window.__sameDocument") == "yes"
        assert page.locator("h1").inner_text() == "Izium retaken, as the tab shows at once"
    finally:
        running.close()


def test_a_themes_folder_made_while_serving_is_watched(preview: Preview, site: Path):
    templates = site / "themes" / "default" / "templates"
    before = preview.builds
    templates.mkdir(parents=True)
    preview.wait_for_build(before, timeout=WAIT)
    wait_until(lambda: preview.changes.events.empty(), "the folder's events to be taken")
    time.sleep(0.5)  # let the watch on the new folder settle before writing into it
    template = (REPO / "themes" / "default" / "templates" / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in template
    rebuilt(preview, lambda: (templates / "404.html").write_text(template.replace("Page not found", "Our own 404"),
                                                                  encoding="utf-8"))
    wait_until(lambda: b"Our own 404" in get(preview.url + "404.html")[1], "the site's own template")


def test_a_site_whose_first_build_fails_shows_a_page_that_becomes_the_site_once_fixed(site: Path):
    original = (site / ARTICLE).read_text(encoding="utf-8")
    edit(site / ARTICLE, "speaker: marty", "speaker: nobody-known")
    running = Preview(site, port=0, out=io.StringIO(), err=io.StringIO())
    recorder = Recorder(running)
    try:
        assert not running.start().ok
        assert "unknown speaker 'nobody-known'" in recorder.errors[-1][0]["message"]
        for url in (running.url, running.url + ARTICLE_URL):  # the front page, and any other (as a 404)
            status, body, _ = get(url)
            assert b"The site could not be built yet" in body and b"/__sitegen/client.js" in body
        before = running.builds
        (site / ARTICLE).write_text(original, encoding="utf-8")
        assert running.wait_for_build(before, timeout=WAIT).ok
        assert page_has(running.url, "Basic digest") and page_has(running.url + ARTICLE_URL, TITLE)
        assert "/" in recorder.reloads[-1]  # the tab on the placeholder reloads into the site
    finally:
        running.close()
