"""``sitegen serve``: build, serve, watch, rebuild what changed, and have open tabs follow.

The watcher (watchdog) feeds file events into a queue; one rebuild thread takes them, waits for a short
quiet spell so that a burst (an editor's atomic save, a ``git checkout``) becomes one rebuild, then runs
the same :class:`~sitegen.build.Builder` as ``sitegen build`` with its state kept in memory, writing into a
private folder (never ``public/``). The dev server then tells open tabs which pages changed, or shows the
build's problems in an overlay while it keeps serving the last good pages.
"""

from __future__ import annotations

import errno
import queue
import shutil
import sys
import tempfile
import threading
import time
import webbrowser
from pathlib import Path

from sitegen.build import Builder, BuildResult
from sitegen.cache import CACHE_DIR
from sitegen.config import SiteConfig
from sitegen.devserver import DevServer, PortInUse, is_loopback

QUIET_SECONDS = 0.03  # a burst of events closer together than this is one change
_IGNORED_PARTS = {".git", CACHE_DIR, "__pycache__", "node_modules", ".hg", ".svn"}


def changed_urls(result: BuildResult) -> list[str]:
    """Output files a build rewrote or removed, as the URL paths the browser knows them by."""
    urls = []
    for rel in [*result.written, *result.removed]:
        if rel.endswith("index.html"):
            rel = rel[: -len("index.html")]
        urls.append("/" + rel)
    return sorted(set(urls))


class ChangeQueue:
    """File events from the watcher, coalesced into batches."""

    def __init__(self, site_dir: Path, output: Path):
        self.site_dir = site_dir
        self.output = output
        self.events: queue.SimpleQueue[str | None] = queue.SimpleQueue()

    def relevant(self, path: str) -> bool:
        try:
            rel = Path(path).resolve().relative_to(self.site_dir)
        except (ValueError, OSError):
            return False
        if Path(path).resolve().is_relative_to(self.output):
            return False
        parts = rel.parts
        if not parts or parts[0] == "public" or any(p in _IGNORED_PARTS for p in parts):
            return False
        name = parts[-1]
        return not (name.startswith((".#", "#")) or name.endswith(("~", ".swp", ".swx", ".tmp")))

    def put(self, path: str) -> None:
        if self.relevant(path):
            self.events.put(path)

    def next_batch(self, stop: threading.Event) -> set[str] | None:
        """Block until a change arrives, then collect the rest of its burst; None when stopping."""
        while not stop.is_set():
            try:
                first = self.events.get(timeout=0.25)
            except queue.Empty:
                continue
            if first is None:
                return None
            batch = {first}
            while True:
                try:
                    item = self.events.get(timeout=QUIET_SECONDS)
                except queue.Empty:
                    return batch
                if item is None:
                    return None
                batch.add(item)
        return None


def _start_watcher(site_dir: Path, changes: ChangeQueue):
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            if event.event_type in ("opened", "closed_no_write"):
                return
            changes.put(event.src_path)
            destination = getattr(event, "dest_path", "")
            if destination:
                changes.put(destination)

    for observer_class in (Observer, PollingObserver):
        observer = observer_class()
        try:
            observer.schedule(Handler(), str(site_dir), recursive=True)
            observer.start()
            return observer
        except OSError as exc:
            if observer_class is PollingObserver or exc.errno not in (errno.ENOSPC, errno.EMFILE):
                raise
            print("the system's limit on watched folders (inotify) is too low for this site; falling back "
                  "to polling, which notices changes about a second later. To raise the limit: "
                  "sudo sysctl fs.inotify.max_user_watches=524288", file=sys.stderr)
    raise RuntimeError("unreachable")


class Preview:
    """A running ``sitegen serve``: server, watcher and rebuild loop."""

    def __init__(self, site_dir: Path, *, port: int = 8000, bind: str = "127.0.0.1", drafts: bool = True,
                 config: SiteConfig | None = None, out=sys.stdout, err=sys.stderr):
        self.site_dir = site_dir.absolute()
        self.output = Path(tempfile.mkdtemp(prefix="sitegen-serve-"))
        base_path = config.base_path if config else "/"
        self.server = DevServer(self.output, bind=bind, port=port, base_path=base_path)
        self.builder = Builder(self.site_dir, self.output, base_url=self.server.url, include_drafts=drafts,
                               use_cache=False, in_place=True)
        self.changes = ChangeQueue(self.site_dir, self.output)
        self.stop = threading.Event()
        self.out, self.err = out, err
        self.showing_error = False
        self.observer = None
        self.thread: threading.Thread | None = None
        self.builds = 0  # finished rebuilds, for tests and benchmarks

    def start(self) -> BuildResult:
        result = self.rebuild(initial=True)
        self.server.start()
        self.observer = _start_watcher(self.site_dir, self.changes)
        self.thread = threading.Thread(target=self._loop, name="sitegen-rebuild", daemon=True)
        self.thread.start()
        return result

    def _loop(self) -> None:
        while not self.stop.is_set():
            batch = self.changes.next_batch(self.stop)
            if batch is None:
                return
            self.rebuild()

    def rebuild(self, initial: bool = False) -> BuildResult:
        try:
            result = self.builder.build()
        except Exception as exc:  # a bug must not kill the preview: show it and keep serving
            import traceback

            traceback.print_exc(file=self.err)
            self.server.notify_error([{"path": "sitegen", "line": None, "message": f"internal error: {exc!r}"}])
            self.showing_error = True
            self.builds += 1
            return BuildResult(False, [])
        stamp = time.strftime("%H:%M:%S")
        if result.ok:
            if self.showing_error:
                self.server.clear_error()
                self.showing_error = False
            urls = changed_urls(result)
            if not initial:
                self.server.notify_reload(urls)
                print(f"{stamp} rebuilt in {result.seconds * 1000:.0f} ms: {len(result.written)} file(s) changed",
                      file=self.out, flush=True)
            for problem in result.problems:
                print(problem.format(), file=self.err, flush=True)
        else:
            self.server.notify_error([p.as_dict() for p in result.problems if p.severity == "error"])
            self.showing_error = True
            print(f"{stamp} build failed; still serving the last good pages:", file=self.err, flush=True)
            for problem in result.problems:
                print(problem.format(), file=self.err, flush=True)
        self.builds += 1
        return result

    def close(self) -> None:
        self.stop.set()
        self.changes.events.put(None)
        if self.observer is not None:
            self.observer.stop()
            self.observer.join(timeout=5)
        if self.thread is not None:
            self.thread.join(timeout=10)
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
        print(f"port {exc.port} is taken; try 'sitegen serve --port {exc.suggestion}' "
              "(or --port 0 for any free port)", file=sys.stderr)
        return 1
    try:
        result = preview.start()
        print(f"built {result.pages} pages in {result.seconds:.2f} s; serving {site_dir} at {preview.server.url}"
              + (" (drafts shown)" if drafts else ""), flush=True)
        print("watching for changes; press Ctrl-C to stop", flush=True)
        if open_browser:
            webbrowser.open(preview.server.url)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nstopped", file=sys.stderr)
        return 0
    finally:
        preview.close()
