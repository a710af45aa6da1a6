"""``sitegen serve``: build, serve, watch, rebuild what changed, and have open tabs follow.

The watcher (watchdog) feeds file events into a queue; one rebuild thread takes them, waits for a short
quiet spell so that a burst (an editor's atomic save, a ``git checkout``) becomes one rebuild, then runs
the same :class:`~sitegen.build.Builder` as ``sitegen build`` with its state kept in memory, writing into a
private folder (never ``public/``). The builder is told which paths the watcher saw change, so it need not
walk and stat the whole of ``content/`` on every save. A save that changed only an article's words has
that article's page rendered first and announced at once (the build's ``announce``), so the tab showing
it follows even on a large site before the rest is rebuilt. The dev server then tells open tabs which
pages changed, or shows the build's problems in an overlay while it keeps serving the last good pages.
"""

from __future__ import annotations

import errno
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
import webbrowser
from pathlib import Path

from sitegen.build import Builder, BuildResult
from sitegen.cache import CACHE_DIR
from sitegen.load.config import SiteConfig, load_config
from sitegen.devserver import DevServer, PortInUse, is_loopback
from sitegen.diagnostics import Diagnostics
from sitegen.parallel import freeze_survivors

QUIET_SECONDS = 0.015  # a burst of events closer together than this is one change (an atomic save: < 1 ms)
# Once a file's save is complete (its write closed, or a file renamed onto it), the wait for the rest of
# its burst: a save is shown 12 ms sooner; a burst that goes on later still makes a second build.
SETTLED_SECONDS = 0.003
WATCHED_FOLDERS = ("content", "themes")  # all a build reads from the site folder
_IGNORED_PARTS = {".git", CACHE_DIR, "__pycache__", "node_modules", ".hg", ".svn"}


def changed_urls(result: BuildResult, changed_paths: set[str] | None = None) -> list[str]:
    """Output files a build rewrote or removed, as the URL paths the browser knows them by.

    When the only files that changed were stylesheets of the theme, every page was rewritten just to
    link the stylesheet's new fingerprinted name: naming only the new stylesheet lets open tabs swap it
    in place instead of reloading.
    """
    return urls_of([*result.written, *result.removed], result.written, changed_paths)


def urls_of(rels: list[str], written: list[str], changed_paths: set[str] | None = None) -> list[str]:
    """Output files as the URL paths the browser knows them by (see changed_urls)."""
    if changed_paths and all(_is_theme_stylesheet(p) for p in changed_paths):
        stylesheets = [rel for rel in written if rel.endswith(".css")]
        if stylesheets:
            rels = stylesheets
    urls = []
    for rel in rels:
        if rel.endswith("index.html"):
            rel = rel[: -len("index.html")]
        urls.append("/" + rel)
    return sorted(set(urls))


def _is_theme_stylesheet(rel: str) -> bool:
    parts = rel.split("/")
    return len(parts) >= 4 and parts[0] == "themes" and parts[2] == "static" and rel.endswith(".css")


class ChangeQueue:
    """File events from the watcher, as site-relative paths, coalesced into batches."""

    def __init__(self, site_dir: Path):
        self.site_dir = site_dir
        # (site-relative path, whether the event completes a save), or None to stop.
        self.events: queue.SimpleQueue[tuple[str, bool] | None] = queue.SimpleQueue()

    def relative(self, path: str) -> str | None:
        """The site-relative path of an event that can change the build, else None."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(self.site_dir)
        except ValueError:
            return None
        parts = rel.parts
        # Only content/ and themes/ feed a build: a log file written into the site folder (even the
        # preview's own output redirected there) must not start a rebuild, let alone a loop of them.
        if not parts or parts[0] not in WATCHED_FOLDERS or any(p in _IGNORED_PARTS for p in parts):
            return None
        name = parts[-1]
        if name.startswith((".#", "#")) or name.endswith(("~", ".swp", ".swx", ".tmp")):
            return None
        return rel.as_posix()

    def put(self, path: str, settled: bool = False) -> None:
        """Queue a watcher's event; ``settled``: it completes a save (a write closed, a file renamed onto
        the path), so little more of its burst is waited for."""
        rel = self.relative(path)
        if rel is not None:
            self.events.put((rel, settled))

    def next_batch(self, stop: threading.Event) -> set[str] | None:
        """Block until a change arrives, then collect the rest of its burst; None when stopping."""
        while not stop.is_set():
            try:
                first = self.events.get(timeout=0.25)
            except queue.Empty:
                continue
            if first is None:
                return None
            batch, settled = {first[0]}, first[1]
            while True:
                try:
                    item = self.events.get(timeout=SETTLED_SECONDS if settled else QUIET_SECONDS)
                except queue.Empty:
                    return batch
                if item is None:
                    return None
                batch.add(item[0])
                settled = item[1]
        return None


PLACEHOLDER_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>The site could not be built yet</title></head>
<body>
<h1>The site could not be built yet</h1>
<p>Its problems are listed over this page and in the terminal running <code>sitegen serve</code>. This page
turns into the site as soon as they are fixed.</p>
</body>
</html>
"""

POLLING_MESSAGE = ("the system's limit on watched folders (inotify) is too low for this site; falling back "
                   "to polling, which notices changes about a second later. To raise the limit: "
                   "sudo sysctl fs.inotify.max_user_watches=524288")


def _start_watcher(site_dir: Path, changes: ChangeQueue, err=sys.stderr):
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            if event.event_type in ("opened", "closed_no_write"):
                return
            if event.is_directory and event.event_type == "modified":
                return  # a file in it was added, removed or written: that file's own event says which
            changes.put(os.fsdecode(event.src_path), settled=event.event_type == "closed")
            destination = getattr(event, "dest_path", "")
            if destination:
                changes.put(os.fsdecode(destination), settled=True)

    class SiteFolderHandler(FileSystemEventHandler):
        """The site folder itself, not recursively: a themes/ made while serving is watched from then on."""

        def on_any_event(self, event):
            for path in (event.src_path, getattr(event, "dest_path", "")):
                path = os.fsdecode(path)
                if event.is_directory and event.event_type in ("created", "moved") and path and \
                        Path(path).name in WATCHED_FOLDERS and Path(path).parent == site_dir:
                    try:
                        observer.schedule(Handler(), path, recursive=True)
                    except OSError as exc:
                        print(f"cannot watch {path}: {exc.strerror or exc}; restart sitegen serve", file=err)
                    changes.put(path)

    # Watch only what a build reads; a site folder may also hold public/, .git/ and the like.
    folders = [site_dir / name for name in WATCHED_FOLDERS if (site_dir / name).is_dir()]
    for observer_class in (Observer, PollingObserver):
        observer = observer_class()
        try:
            observer.schedule(SiteFolderHandler(), str(site_dir), recursive=False)
            for folder in folders:
                observer.schedule(Handler(), str(folder), recursive=True)
            observer.start()
            return observer
        except OSError as exc:
            if observer_class is PollingObserver or exc.errno not in (errno.ENOSPC, errno.EMFILE):
                raise
            print(POLLING_MESSAGE, file=err, flush=True)
    raise RuntimeError("unreachable")


class Preview:
    """A running ``sitegen serve``: server, watcher and rebuild loop."""

    def __init__(self, site_dir: Path, *, port: int = 8000, bind: str = "127.0.0.1", drafts: bool = True,
                 config: SiteConfig | None = None, out=sys.stdout, err=sys.stderr, fast_render: bool = True):
        self.site_dir = site_dir.absolute()
        if config is None:
            config = load_config(self.site_dir, Diagnostics())
        base_path = config.base_path if config else "/"
        self.output = Path(tempfile.mkdtemp(prefix="sitegen-serve-"))
        try:
            self.server = DevServer(self.output, bind=bind, port=port, base_path=base_path)
        except BaseException:  # a taken port leaves no temporary folder behind
            shutil.rmtree(self.output, ignore_errors=True)
            raise
        # Locally the site lives at the server's root: a base_url's subpath is dropped (the server
        # redirects requests that still carry it).
        self.builder = Builder(self.site_dir, self.output, base_url=self.server.url, include_drafts=drafts,
                               use_cache=False, in_place=True)
        self.changes = ChangeQueue(self.site_dir)
        self.stop = threading.Event()
        self.out, self.err = out, err
        self.fast_render = fast_render  # announce a saved article's own page before the rest of the build
        self.showing_error = False
        self.reported: set = set()  # the problems printed for the last build
        self.observer = None
        self.thread: threading.Thread | None = None
        self.builds = 0  # finished rebuilds, for tests and benchmarks
        self.last_result: BuildResult | None = None
        self.build_done = threading.Condition()

    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> BuildResult:
        # Watch first: a save made while the first build runs is then built right after it, not lost.
        self.observer = _start_watcher(self.site_dir, self.changes, self.err)
        result = self.rebuild(initial=True)
        if not result.ok:
            self._placeholder()
        self.server.start()
        self.thread = threading.Thread(target=self._loop, name="sitegen-rebuild", daemon=True)
        self.thread.start()
        return result

    def _placeholder(self) -> None:
        """A page to open while the first build has failed: the server adds the live-reload script to it,
        so the tab shows the problems over it and turns into the site once they are fixed."""
        for name in ("index.html", "404.html"):
            path = self.output / name
            if not path.exists():
                path.write_text(PLACEHOLDER_PAGE, encoding="utf-8")

    def _loop(self) -> None:
        while not self.stop.is_set():
            batch = self.changes.next_batch(self.stop)
            if batch is None:
                return
            self.rebuild(changed=batch)

    def rebuild(self, initial: bool = False, changed: set[str] | None = None) -> BuildResult:
        """Build once; tell the open tabs what changed (or what is wrong). ``changed``: site-relative
        paths the watcher saw change since the last build (None: unknown, look at everything)."""
        announced: set[str] = set()

        def announce(outputs: list[str]) -> None:  # the saved pages, written before the rest of the build
            urls = urls_of(outputs, outputs)
            announced.update(urls)
            self.server.notify_reload(urls)

        early = changed and self.fast_render and not self.showing_error
        try:
            result = self.builder.build(changed_paths=changed, announce=announce if early else None)
        except Exception as exc:  # a bug must not kill the preview: show it and keep serving
            import traceback

            traceback.print_exc(file=self.err)
            self.server.notify_error([{"path": "sitegen", "line": None, "message": f"internal error: {exc!r}"}])
            self.showing_error = True
            return self._finished(BuildResult(False, []))
        stamp = time.strftime("%H:%M:%S")
        # Problems already on screen from the last build are not printed again: on a large site with
        # many warnings every save would otherwise repeat all of them.
        new_problems = [p for p in result.problems if p not in self.reported or p.severity == "error"]
        self.reported = set(result.problems)
        if result.ok:
            if self.showing_error:
                self.server.clear_error()
                self.showing_error = False
            urls = [url for url in changed_urls(result, changed) if url not in announced]
            if not initial and urls:  # an empty list would reload every tab
                self.server.notify_reload(urls)
            if not initial and not result.nothing_changed:
                print(f"{stamp} rebuilt in {result.seconds * 1000:.0f} ms: "
                      f"{len(result.written) + len(result.removed)} file(s) changed", file=self.out, flush=True)
        else:
            self.server.notify_error([p.as_dict() for p in result.problems if p.severity == "error"])
            self.showing_error = True
            print(f"{stamp} build failed; still serving the last good pages:", file=self.err, flush=True)
        for problem in new_problems:
            print(problem.format(), file=self.err, flush=True)
        return self._finished(result)

    def _finished(self, result: BuildResult) -> BuildResult:
        freeze_survivors()  # what the build keeps lives until the next one
        with self.build_done:
            self.last_result = result
            self.builds += 1
            self.build_done.notify_all()
        return result

    def wait_for_build(self, after: int, timeout: float = 10.0) -> BuildResult:
        """Wait until more than ``after`` builds have finished (tests, benchmarks); the latest result."""
        with self.build_done:
            if not self.build_done.wait_for(lambda: self.builds > after, timeout=timeout):
                raise TimeoutError(f"no rebuild within {timeout} s")
            return self.last_result

    def close(self) -> None:
        self.stop.set()
        self.changes.events.put(None)
        if self.observer is not None:
            self.observer.stop()
            self.observer.join(timeout=5)
        if self.thread is not None:
            self.thread.join(timeout=30)
        self.server.shutdown()
        shutil.rmtree(self.output, ignore_errors=True)


def serve(site_dir: Path, *, port: int, bind: str, drafts: bool, open_browser: bool, config: SiteConfig) -> int:
    """The ``sitegen serve`` command: returns the exit status."""
    if not is_loopback(bind):
        print(f"warning: serving on {bind} makes the preview (drafts included) reachable from other machines",
              file=sys.stderr)
    try:
        preview = Preview(site_dir, port=port, bind=bind, drafts=drafts, config=config)
    except PortInUse as exc:
        print(f"port {exc.port} is taken (another server is using it); port {exc.suggestion} is free: "
              f"sitegen serve --port {exc.suggestion} (or --port 0 for any free port)", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"cannot listen on {bind}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    # A terminal's Ctrl-C and a service manager's SIGTERM both stop the preview the same clean way.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        result = preview.start()
        if result.ok:
            print(f"built {result.pages} pages in {result.seconds:.2f} s", flush=True)
        else:
            print("the first build failed; the browser shows the problems until they are fixed", flush=True)
        print(f"serving {site_dir} at {preview.url}" + (" (drafts shown)" if drafts else ""), flush=True)
        print("watching for changes; press Ctrl-C to stop", flush=True)
        if open_browser:
            webbrowser.open(preview.url)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nstopping", file=sys.stderr, flush=True)
        return 0
    finally:
        # A second Ctrl-C while stopping ends at once, still without a traceback.
        signal.signal(signal.SIGINT, _exit_now)
        signal.signal(signal.SIGTERM, _exit_now)
        preview.close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _exit_now(signum, frame):
    os._exit(130)
