"""``DevServer``: binds the port, serves in a background thread, tells open tabs about rebuilds and
build errors through their live-reload event streams, and shuts everything down."""

from __future__ import annotations

import errno
import json
import queue
import secrets
import socket
import threading
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from sitegen.devserver.files import canonical_url_path
from sitegen.devserver.handler import CLIENT_PATH, SiteHTTPServer
from sitegen.devserver.hosts import AllowedHosts, PortInUse, listen_address, next_free_port, url_host

# A live-reload stream writes a comment this often, so a closed tab is noticed and proxies keep it open.
KEEPALIVE_SECONDS = 15.0


class DevServer:
    """A local HTTP server for a built site, with live reload. See the package docstring for the API."""

    def __init__(self, root: Path, *, bind: str = "127.0.0.1", port: int = 8000, base_path: str = "/") -> None:
        self.root = Path(root)
        self.bind = bind
        self._base_segments = tuple(segment for segment in base_path.split("/") if segment)
        self.base_path = "/" + "".join(segment + "/" for segment in self._base_segments)
        self.keepalive_seconds = KEEPALIVE_SECONDS
        self._server_token = secrets.token_hex(8)  # tells a tab that the server restarted
        self._lock = threading.Lock()
        self._subscribers: set[queue.SimpleQueue] = set()
        self._connections: set[socket.socket] = set()
        self._generation = 0
        self._problems: list[dict] | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

        host, family = listen_address(bind)
        try:
            self._httpd = SiteHTTPServer((host, port), family, self)
        except OSError as error:
            if error.errno != errno.EADDRINUSE or port == 0:
                raise
            raise PortInUse(port, next_free_port(host, family, port)) from None
        self.port: int = self._httpd.server_address[1]

        shown_host = url_host(host, family)
        self.url = f"http://{shown_host}:{self.port}/"
        self._allowed_hosts = AllowedHosts.for_server(host, shown_host, self.port)

    def start(self) -> None:
        """Serve in a background daemon thread."""
        if self._thread is not None or self._closed:
            raise RuntimeError("DevServer.start() may be called once, before shutdown()")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="sitegen-devserver", daemon=True
        )
        self._thread.start()

    def notify_reload(self, changed: list[str]) -> None:
        """Tell open tabs which URL paths the build rewrote; see the package docstring for what they do."""
        paths = sorted({canonical_url_path(str(path), self._base_segments) for path in changed})
        with self._lock:
            self._generation += 1
            self._broadcast("reload", {"changed": paths, "generation": self._generation})

    def notify_error(self, problems: list[dict]) -> None:
        """Show an overlay listing ``problems`` ({"path", "line", "message"}) in open and newly opened tabs."""
        cleaned = [_problem_for_client(problem) for problem in problems]
        with self._lock:
            self._problems = cleaned
            self._broadcast("problems", {"problems": cleaned})

    def clear_error(self) -> None:
        """Take the error overlay away in every tab."""
        with self._lock:
            self._problems = None
            self._broadcast("clear", {})

    def shutdown(self) -> None:
        """Stop serving, end the event streams and open connections, and join all threads."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            subscribers = list(self._subscribers)
        for events in subscribers:
            events.put(None)
        if self._thread is not None:
            self._httpd.shutdown()  # stops accepting; returns once serve_forever has returned
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)  # wakes a thread waiting on an idle keep-alive read
            except OSError:
                pass
        self._httpd.server_close()
        self._httpd.join_request_threads()
        if self._thread is not None:
            self._thread.join()

    # Internals used by the request handler.

    def _resolved_root(self) -> Path | None:
        try:
            root = self.root.resolve()
        except (OSError, RuntimeError):
            return None
        return root if root.is_dir() else None

    def _client_tag(self, status: HTTPStatus) -> bytes:
        with self._lock:
            generation = self._generation
        return (
            f'<script src="{CLIENT_PATH}" data-server="{self._server_token}" data-generation="{generation}"'
            f' data-status="{int(status)}" data-base-path="{quote(self.base_path)}" defer></script>'
        ).encode("ascii")

    def _hello_event(self) -> str:
        return _format_event(
            "hello", {"server": self._server_token, "generation": self._generation, "basePath": self.base_path}
        )

    def _subscribe(self) -> tuple[queue.SimpleQueue, list[str]] | None:
        """A new event queue and the events a new tab needs first, taken together so none is missed."""
        with self._lock:
            if self._closed:
                return None
            events: queue.SimpleQueue = queue.SimpleQueue()
            self._subscribers.add(events)
            initial = [self._hello_event()]
            if self._problems is not None:
                initial.append(_format_event("problems", {"problems": self._problems}))
            return events, initial

    def _stream_events(self, events: queue.SimpleQueue, initial: list[str], out: BinaryIO) -> None:
        """Write a tab's events to ``out`` until shutdown or until the tab goes away."""
        try:
            out.write(b"retry: 1000\n\n" + "".join(initial).encode("utf-8"))
            out.flush()
            while True:
                try:
                    event = events.get(timeout=self.keepalive_seconds)
                except queue.Empty:
                    event = ": keepalive\n\n"
                if event is None:
                    break
                out.write(event.encode("utf-8"))
                out.flush()
        except (ConnectionError, TimeoutError, OSError):
            pass  # the tab went away
        finally:
            self._unsubscribe(events)

    def _unsubscribe(self, events: queue.SimpleQueue) -> None:
        with self._lock:
            self._subscribers.discard(events)

    def _broadcast(self, name: str, data: dict) -> None:
        """Queue an event for every open stream; the caller holds the lock."""
        event = _format_event(name, data)
        for events in self._subscribers:
            events.put(event)

    def _track_connection(self, connection: socket.socket) -> None:
        with self._lock:
            if not self._closed:
                self._connections.add(connection)
                return
        # Accepted just as shutdown began: end it now, or its thread would wait out the idle timeout.
        try:
            connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _untrack_connection(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)


def _format_event(name: str, data: dict) -> str:
    # json.dumps escapes newlines, so the data is one line as the event-stream format needs.
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


def _problem_for_client(problem: dict) -> dict:
    """The fields the overlay shows, as strings and integers whatever the build passed."""
    line = problem.get("line")
    cleaned = {
        "path": str(problem.get("path", "")),
        "line": line if isinstance(line, int) and not isinstance(line, bool) else None,
        "message": str(problem.get("message", "")),
    }
    column = problem.get("column")
    if isinstance(column, int) and not isinstance(column, bool):
        cleaned["column"] = column
    return cleaned
