"""The HTTP side of one request: a threading HTTP server that keeps its threads for ``shutdown`` to join,
and the handler that checks each request and answers it with a site file, the live-reload event stream,
the client script or a refusal."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import socketserver
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitegen.devserver.files import (
    HTML_TYPE,
    SCRIPT_TYPE,
    TEXT_TYPE,
    Refused,
    Target,
    content_type_for,
    find_inside_root,
    inject_client,
    parse_target,
)

if TYPE_CHECKING:
    from sitegen.devserver.server import DevServer

EVENTS_PATH = "/__sitegen/events"
CLIENT_PATH = "/__sitegen/client.js"
CLIENT_SCRIPT_FILE = "client.js"  # in this package
_EVENTS_SEGMENTS = tuple(EVENTS_PATH.strip("/").split("/"))
_CLIENT_SEGMENTS = tuple(CLIENT_PATH.strip("/").split("/"))

logger = logging.getLogger(__package__)  # "sitegen.devserver", the logger the package documents

# An idle keep-alive connection, or a client that stops reading, is dropped after this long.
CONNECTION_TIMEOUT_SECONDS = 60.0
# Browsers send request lines well under this; longer ones get 414.
MAX_REQUEST_LINE = 8192

SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
)


def read_client_script() -> bytes:
    """The live-reload client script, read from the installed package."""
    try:
        return resources.files(__package__).joinpath(CLIENT_SCRIPT_FILE).read_bytes()
    except FileNotFoundError as error:
        raise FileNotFoundError(
            f"sitegen/devserver/{CLIENT_SCRIPT_FILE} is missing from this installation; "
            "pyproject.toml must list it under [tool.setuptools.package-data]"
        ) from error


class SiteHTTPServer(ThreadingHTTPServer):
    """A ``ThreadingHTTPServer`` for one ``DevServer``, keeping its request threads so shutdown can join them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], family: socket.AddressFamily, devserver: DevServer):
        self.address_family = family
        self.devserver = devserver
        self.client_script = read_client_script()  # before binding, so a broken install holds no port
        self.request_threads: list[threading.Thread] = []
        self.request_threads_lock = threading.Lock()
        super().__init__(address, RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the fully qualified name, which can stall on a machine without DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def process_request(self, request, client_address) -> None:
        # As ThreadingMixIn.process_request, but daemon threads are kept too (the mix-in forgets them),
        # so that shutdown can join them, and the name says whose threads they are.
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="sitegen-devserver-request",
            daemon=True,
        )
        with self.request_threads_lock:
            self.request_threads = [alive for alive in self.request_threads if alive.is_alive()]
            self.request_threads.append(thread)
        thread.start()

    def join_request_threads(self) -> None:
        with self.request_threads_lock:
            threads, self.request_threads = self.request_threads, []
        for thread in threads:
            thread.join()

    def handle_error(self, request, client_address) -> None:
        logger.exception("dev server: error while handling a connection from %s", client_address)


class RequestHandler(BaseHTTPRequestHandler):
    """Answers the requests of one connection: a site file, the event stream, the client script or a refusal."""

    protocol_version = "HTTP/1.1"
    server_version = "sitegen-devserver"
    timeout = CONNECTION_TIMEOUT_SECONDS
    server: SiteHTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.devserver._track_connection(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.devserver._untrack_connection(self.connection)

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def handle_one_request(self) -> None:
        """Read one request and answer it; whatever goes wrong, the server goes on."""
        self._response_started = False
        try:
            self.raw_requestline = self.rfile.readline(MAX_REQUEST_LINE + 1)
            if len(self.raw_requestline) > MAX_REQUEST_LINE:
                self.requestline = self.request_version = self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            if self.request_version == "HTTP/0.9":
                self.request_version = "HTTP/1.0"  # so that the refusal carries a status line and headers
                self.send_error(HTTPStatus.BAD_REQUEST)
                return
            try:
                self._respond()
            except (ConnectionError, TimeoutError):
                raise
            except Exception:
                logger.exception("dev server: error while answering %r", self.requestline)
                self.close_connection = True
                if not self._response_started:
                    self._send_text(HTTPStatus.INTERNAL_SERVER_ERROR, "500 Internal Server Error\n")
            self.wfile.flush()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def send_response(self, code: int, message: str | None = None) -> None:
        self._response_started = True
        super().send_response(code, message)
        for name, value in SECURITY_HEADERS:
            self.send_header(name, value)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Plain-text errors with the usual headers (also used by the base class for malformed requests)."""
        self.close_connection = True
        status = HTTPStatus(code)
        self._send_text(status, f"{status.value} {status.phrase}\n")

    def _send_text(self, status: HTTPStatus, text: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self._send_bytes(status, text.encode("utf-8"), TEXT_TYPE, headers)

    def _send_bytes(
        self, status: HTTPStatus, body: bytes, content_type: str, headers: tuple[tuple[str, str], ...] = ()
    ) -> None:
        if status >= 400:
            self.close_connection = True  # an unread request body must not be taken for the next request
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _respond(self) -> None:
        devserver = self.server.devserver
        try:
            host = self.headers.get("Host")
            if host is None:
                raise Refused(HTTPStatus.BAD_REQUEST, "no Host header")
            if not devserver._allowed_hosts.allow(host):
                raise Refused(HTTPStatus.FORBIDDEN, "Host header does not name this server")
            if self.command not in ("GET", "HEAD"):
                if self._cross_site():
                    raise Refused(HTTPStatus.FORBIDDEN, "cross-site request")
                self._send_text(
                    HTTPStatus.METHOD_NOT_ALLOWED, "405 Method Not Allowed\n", (("Allow", "GET, HEAD"),)
                )
                return
            # The base class collapses a leading "//"; check the target exactly as it was sent.
            words = self.requestline.split()
            target = parse_target(words[1] if len(words) >= 2 else "")
            if target.segments == _EVENTS_SEGMENTS and not target.trailing_slash:
                self._serve_events()
            elif target.segments == _CLIENT_SEGMENTS and not target.trailing_slash:
                self._send_bytes(HTTPStatus.OK, self.server.client_script, SCRIPT_TYPE)
            else:
                self._serve_site(target)
        except Refused as refused:
            if refused.status == HTTPStatus.NOT_FOUND:
                self._send_not_found()
            else:
                self.send_error(refused.status)

    def _cross_site(self) -> bool:
        """Whether the browser says this request comes from a page of another origin."""
        allowed_hosts = self.server.devserver._allowed_hosts
        return allowed_hosts.cross_site(self.headers.get("Sec-Fetch-Site"), self.headers.get("Origin"))

    def _serve_events(self) -> None:
        devserver = self.server.devserver
        if self._cross_site():
            raise Refused(HTTPStatus.FORBIDDEN, "cross-site event stream")
        subscription = devserver._subscribe() if self.command == "GET" else None
        if self.command == "GET" and subscription is None:
            raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, "shutting down")
        self.close_connection = True  # the stream ends when the connection does
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("X-Accel-Buffering", "no")
        self.send_header("Connection", "close")
        self.end_headers()
        if subscription is None:
            return
        devserver._stream_events(*subscription, self.wfile)

    def _serve_site(self, target: Target) -> None:
        devserver = self.server.devserver
        root = devserver._resolved_root()
        if root is None:
            raise Refused(HTTPStatus.NOT_FOUND, "no built site yet")
        found = find_inside_root(root, target.segments)
        if found is None:
            base = devserver._base_segments
            if base and target.segments[: len(base)] == base:
                rest = target.segments[len(base) :]
                self._redirect(target.location(rest, target.trailing_slash or not rest))
                return
            raise Refused(HTTPStatus.NOT_FOUND, "no such file")
        if found.is_dir():
            if not target.trailing_slash:
                self._redirect(target.location(trailing_slash=True))
                return
            found = find_inside_root(root, target.segments + ("index.html",))
            if found is None or not found.is_file():
                raise Refused(HTTPStatus.NOT_FOUND, "a folder without index.html (no listings)")
        elif target.trailing_slash or not found.is_file():
            raise Refused(HTTPStatus.NOT_FOUND, "not a regular file")
        self._send_file(found, HTTPStatus.OK)

    def _redirect(self, location: str) -> None:
        self._send_text(HTTPStatus.MOVED_PERMANENTLY, f"Moved to {location}\n", (("Location", location),))

    def _send_not_found(self) -> None:
        root = self.server.devserver._resolved_root()
        page = find_inside_root(root, ("404.html",)) if root is not None else None
        if page is not None and page.is_file():
            try:
                self._send_file(page, HTTPStatus.NOT_FOUND)
                return
            except Refused:
                pass  # 404.html vanished between the check and the read
        self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n")

    def _send_file(self, path: Path, status: HTTPStatus) -> None:
        try:
            file = path.open("rb")
        except OSError:
            raise Refused(HTTPStatus.NOT_FOUND, "unreadable") from None  # e.g. replaced by the build just now
        with file:
            head = file.read(512)
            content_type = content_type_for(path, head)
            if content_type == HTML_TYPE:
                html = head + file.read()
                tag = self.server.devserver._client_tag(status)
                self._send_bytes(status, inject_client(html, tag), content_type)
                return
            size = os.fstat(file.fileno()).st_size
            if status >= 400:
                self.close_connection = True
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(size))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command == "HEAD":
                return
            self.wfile.write(head)
            shutil.copyfileobj(file, self.wfile)
