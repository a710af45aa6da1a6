"""The HTTP side of ``sitegen serve``: serve a built site locally, with live reload and an error overlay.

Standard library only. The build and the file watcher live elsewhere; they drive this server:

    server = DevServer(Path("public"), bind="127.0.0.1", port=8000, base_path="/digest/")
    server.start()                        # serves in a background thread
    print("Serving at", server.url)       # "http://127.0.0.1:8000/"
    ...
    server.notify_reload(["/articles/x/", "/static/style.abc123.css"])
    server.notify_error([{"path": "content/articles/x.md", "line": 12, "message": "bad date"}])
    server.clear_error()
    server.shutdown()

API
---
``DevServer(root, *, bind="127.0.0.1", port=8000, base_path="/")``
    ``root`` is the folder of the built site. It is resolved again on every request, so the build may
    replace its contents (or swap a symlink) between requests. The listening socket is bound here, in the
    constructor, so ``url`` is final at once (also with ``port=0``, which takes any free port). If the port
    is taken, ``PortInUse(port, suggestion)`` is raised, ``suggestion`` being the next free port above it.
    ``base_path`` is the path of the site's ``base_url`` (e.g. ``"/digest/"``): locally the site is
    served at the root, and a request under ``base_path`` for something that does not exist at the root
    is redirected (301) to the same path without it.
``DevServer.url``
    The address to open on this machine, e.g. ``"http://127.0.0.1:8000/"`` (a wildcard bind such as
    ``0.0.0.0`` is shown as the loopback address).
``DevServer.start()``
    Serve in a background daemon thread (``ThreadingHTTPServer``, one daemon thread per connection).
``DevServer.notify_reload(changed)``
    ``changed``: site-relative URL paths that the build rewrote (``"/articles/x/"``,
    ``"/articles/x/index.html"`` and ``"/digest/articles/x/"`` all name the same page). Open tabs whose page
    is among them reload, keeping their scroll position; when only stylesheets changed, tabs swap their
    ``<link rel=stylesheet>`` hrefs in place (a cache-busting query for a rewritten file, or the new
    fingerprinted name read from the page's fresh HTML) without a navigation. Any other kind of file
    (images, scripts, JSON, fonts), or an empty list, reloads every tab.
``DevServer.notify_error(problems)``
    ``problems``: ``[{"path": "content/articles/x.md", "line": 12, "message": "..."}, ...]``. Open tabs,
    and tabs opened later, show an overlay listing them until ``clear_error()``. The server goes on serving
    whatever is in ``root``: the last good build, as long as the build does not write a broken one.
``DevServer.clear_error()``
    The overlay goes away in every tab. A successful build should call it.
``DevServer.shutdown()``
    Stop serving, close the live-reload streams and open connections, and join every thread. Idempotent;
    call it also when ``start()`` was never called, to release the port bound by the constructor.
``PortInUse(port, suggestion)``
    Raised by the constructor; ``.port`` was asked for, ``.suggestion`` is free (at the time of asking).
``is_loopback(bind) -> bool``
    Whether a bind address only accepts connections from this machine; the CLI warns when it does not.

Live reload uses server-sent events at ``/__sitegen/events``. The client script, ``/__sitegen/client.js``
(``devserver_client.js`` next to this module), is added with ``<script src=... defer>`` before
``</body>`` of the HTML responses this server sends, never to files on disk.

Security: a dev server is reachable by every page the developer visits. Only GET and HEAD are served;
request targets are decoded strictly once and checked segment by segment (no ``..``, no encoded
separators, no backslashes, no NUL or control characters, no malformed or overlong UTF-8), and the
resolved file must lie inside the resolved root, so a symlink out of the root is not followed. The
``Host`` header must name this server (defeats DNS rebinding), and the event stream and anything other
than GET/HEAD are refused when ``Origin`` or ``Sec-Fetch-Site`` says the request comes from another site.
Request logging goes to the ``sitegen.devserver`` logger at DEBUG level, so it is quiet by default.
"""

from __future__ import annotations

import errno
import ipaddress
import json
import logging
import os
import queue
import secrets
import shutil
import socket
import socketserver
import string
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["CLIENT_PATH", "EVENTS_PATH", "DevServer", "PortInUse", "is_loopback"]

EVENTS_PATH = "/__sitegen/events"
CLIENT_PATH = "/__sitegen/client.js"
CLIENT_SCRIPT_FILE = "devserver_client.js"  # next to this module

logger = logging.getLogger(__name__)

# A live-reload stream writes a comment this often, so a closed tab is noticed and proxies keep it open.
KEEPALIVE_SECONDS = 15.0
# An idle keep-alive connection, or a client that stops reading, is dropped after this long.
CONNECTION_TIMEOUT_SECONDS = 60.0
# Browsers send request lines well under this; longer ones get 414.
MAX_REQUEST_LINE = 8192
# How far above a taken port to look for a free one before letting the OS pick any.
PORT_SEARCH_SPAN = 100

SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
)

_UTF8 = "; charset=utf-8"
CONTENT_TYPES = {
    ".html": "text/html" + _UTF8,
    ".htm": "text/html" + _UTF8,
    ".css": "text/css" + _UTF8,
    ".js": "text/javascript" + _UTF8,
    ".mjs": "text/javascript" + _UTF8,
    ".json": "application/json" + _UTF8,
    ".map": "application/json" + _UTF8,
    ".webmanifest": "application/manifest+json" + _UTF8,
    ".xml": "application/xml" + _UTF8,
    ".txt": "text/plain" + _UTF8,
    ".md": "text/markdown" + _UTF8,
    ".csv": "text/csv" + _UTF8,
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".pdf": "application/pdf",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"
HTML_TYPE = CONTENT_TYPES[".html"]

_WILDCARD_BINDS = {"", "0.0.0.0", "::", "[::]"}
_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")


class PortInUse(Exception):
    """The port asked for is taken; ``suggestion`` is the next free port above it."""

    def __init__(self, port: int, suggestion: int) -> None:
        super().__init__(f"port {port} is in use; port {suggestion} is free")
        self.port = port
        self.suggestion = suggestion


def is_loopback(bind: str) -> bool:
    """Whether ``bind`` only accepts connections from this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    host = bind.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # another host name: it may resolve to anything, so assume it is reachable
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


class _Refused(Exception):
    """A request that gets an error status instead of a file."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class _Target:
    """A checked request target: decoded path segments, none of them empty, ``.`` or ``..``."""

    segments: tuple[str, ...]
    trailing_slash: bool
    query: str

    def location(self, segments: tuple[str, ...] | None = None, trailing_slash: bool | None = None) -> str:
        """A redirect location on this server, built from checked segments so it can never be ``//host``."""
        segments = self.segments if segments is None else segments
        trailing_slash = self.trailing_slash if trailing_slash is None else trailing_slash
        path = "/" + "/".join(quote(segment, safe="") for segment in segments)
        if segments and trailing_slash:
            path += "/"
        return path + ("?" + self.query if self.query else "")


def _percent_decode(raw: str) -> str:
    """Decode ``%XX`` escapes once, strictly: a malformed escape or invalid (e.g. overlong) UTF-8 is refused."""
    if "%" not in raw:
        return raw
    decoded = bytearray()
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == "%":
            digits = raw[index + 1 : index + 3]
            if len(digits) != 2 or not all(digit in string.hexdigits for digit in digits):
                raise _Refused(HTTPStatus.BAD_REQUEST, "malformed percent-encoding")
            decoded.append(int(digits, 16))
            index += 3
        else:
            decoded += char.encode("ascii")
            index += 1
    try:
        return decoded.decode("utf-8")  # the strict codec rejects overlong forms such as %c0%ae
    except UnicodeDecodeError:
        raise _Refused(HTTPStatus.BAD_REQUEST, "percent-encoding is not UTF-8") from None


def parse_target(target: str) -> _Target:
    """Check a raw request target and split it into decoded path segments.

    Raises ``_Refused`` with 400 for malformed targets (not origin-form, control characters, bad
    percent-encoding) and 404 for paths that try to leave their folder (``..``, encoded ``/`` or ``\\``).
    """
    if not target.startswith("/"):
        # Absolute-form ("http://host/..."), authority-form and "*" are for proxies, not for us.
        raise _Refused(HTTPStatus.BAD_REQUEST, "only origin-form request targets are served")
    if any(not "!" <= char <= "~" for char in target):
        raise _Refused(HTTPStatus.BAD_REQUEST, "control, space or non-ASCII character in the target")
    path, _, query = target.partition("?")
    path = path.partition("#")[0]
    raw_segments = path[1:].split("/")
    trailing_slash = path.endswith("/")
    if trailing_slash:
        raw_segments.pop()
    segments = []
    for raw in raw_segments:
        segment = _percent_decode(raw)
        if any(ord(char) < 0x20 or ord(char) == 0x7F for char in segment):
            raise _Refused(HTTPStatus.BAD_REQUEST, "control character in the path")
        if segment in ("", ".", "..") or "/" in segment or "\\" in segment:
            raise _Refused(HTTPStatus.NOT_FOUND, "not a plain path")
        segments.append(segment)
    return _Target(tuple(segments), trailing_slash, query)


def content_type_for(path: Path, head: bytes = b"") -> str:
    """The Content-Type for a file, by suffix; XML feeds are told apart by their root element."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        if b"<feed" in head:
            return "application/atom+xml" + _UTF8
        if b"<rss" in head:
            return "application/rss+xml" + _UTF8
    return CONTENT_TYPES.get(suffix, DEFAULT_CONTENT_TYPE)


def inject_client(html: bytes, tag: bytes) -> bytes:
    """Insert ``tag`` before the last ``</body>`` (any case), or append it when there is none."""
    position = html.lower().rfind(b"</body")
    if position == -1:
        return html + tag
    return html[:position] + tag + html[position:]


def _canonical_url_path(path: str, base_segments: tuple[str, ...]) -> str:
    """One spelling per page for the client: leading ``/``, no base path, no ``index.html``, no query."""
    path = path.partition("?")[0].partition("#")[0]
    path = "/" + path.lstrip("/")
    prefix = "/" + "/".join(base_segments)
    if base_segments and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :] or "/"
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return path


def _split_host(value: str) -> tuple[str, int | None] | None:
    """``host[:port]`` → (lower-case name, port or None); None when it cannot be parsed."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end == -1:
            return None
        name, rest = value[: end + 1], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else None
    else:
        name, colon, port_text = value.partition(":")
        if not colon:
            port_text = None
    if port_text is not None and not (port_text.isdigit() and len(port_text) <= 5):
        return None
    name = name.rstrip(".")
    if not name:
        return None
    return name, (int(port_text) if port_text is not None else None)


def _is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], family: socket.AddressFamily, devserver: DevServer):
        self.address_family = family
        self.devserver = devserver
        self.request_threads: list[threading.Thread] = []
        self.request_threads_lock = threading.Lock()
        super().__init__(address, _Handler)

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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sitegen-devserver"
    timeout = CONNECTION_TIMEOUT_SECONDS
    server: _Server

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
        self._send_bytes(status, text.encode("utf-8"), "text/plain" + _UTF8, headers)

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
                raise _Refused(HTTPStatus.BAD_REQUEST, "no Host header")
            if not devserver._host_allowed(host):
                raise _Refused(HTTPStatus.FORBIDDEN, "Host header does not name this server")
            if self.command not in ("GET", "HEAD"):
                if self._cross_site():
                    raise _Refused(HTTPStatus.FORBIDDEN, "cross-site request")
                self._send_text(
                    HTTPStatus.METHOD_NOT_ALLOWED, "405 Method Not Allowed\n", (("Allow", "GET, HEAD"),)
                )
                return
            # The base class collapses a leading "//"; check the target exactly as it was sent.
            words = self.requestline.split()
            target = parse_target(words[1] if len(words) >= 2 else "")
            if target.segments == ("__sitegen", "events") and not target.trailing_slash:
                self._serve_events()
            elif target.segments == ("__sitegen", "client.js") and not target.trailing_slash:
                self._send_bytes(HTTPStatus.OK, devserver._client_script, CONTENT_TYPES[".js"])
            else:
                self._serve_site(target)
        except _Refused as refused:
            if refused.status == HTTPStatus.NOT_FOUND:
                self._send_not_found()
            else:
                self.send_error(refused.status)

    def _cross_site(self) -> bool:
        """Whether the browser says this request comes from a page of another origin."""
        fetch_site = self.headers.get("Sec-Fetch-Site")
        # "same-site" includes other ports of localhost, which are other origins: refuse those too.
        if fetch_site is not None and fetch_site.strip().lower() not in ("same-origin", "none"):
            return True
        origin = self.headers.get("Origin")
        if origin is None:
            return False
        scheme, separator, host = origin.strip().partition("://")
        return not (separator and scheme.lower() == "http" and self.server.devserver._host_allowed(host))

    def _serve_events(self) -> None:
        devserver = self.server.devserver
        if self._cross_site():
            raise _Refused(HTTPStatus.FORBIDDEN, "cross-site event stream")
        subscription = devserver._subscribe() if self.command == "GET" else None
        if self.command == "GET" and subscription is None:
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, "shutting down")
        self.close_connection = True  # the stream ends when the connection does
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("X-Accel-Buffering", "no")
        self.send_header("Connection", "close")
        self.end_headers()
        if subscription is None:
            return
        events, initial = subscription
        try:
            self.wfile.write(b"retry: 1000\n\n" + "".join(initial).encode("utf-8"))
            self.wfile.flush()
            while True:
                try:
                    event = events.get(timeout=devserver.keepalive_seconds)
                except queue.Empty:
                    event = ": keepalive\n\n"
                if event is None:
                    break
                self.wfile.write(event.encode("utf-8"))
                self.wfile.flush()
        except (ConnectionError, TimeoutError, OSError):
            pass  # the tab went away
        finally:
            devserver._unsubscribe(events)

    def _serve_site(self, target: _Target) -> None:
        devserver = self.server.devserver
        root = devserver._resolved_root()
        if root is None:
            raise _Refused(HTTPStatus.NOT_FOUND, "no built site yet")
        found = _find_inside(root, target.segments)
        if found is None:
            base = devserver._base_segments
            if base and target.segments[: len(base)] == base:
                rest = target.segments[len(base) :]
                self._redirect(target.location(rest, target.trailing_slash or not rest))
                return
            raise _Refused(HTTPStatus.NOT_FOUND, "no such file")
        if found.is_dir():
            if not target.trailing_slash:
                self._redirect(target.location(trailing_slash=True))
                return
            found = _find_inside(root, target.segments + ("index.html",))
            if found is None or not found.is_file():
                raise _Refused(HTTPStatus.NOT_FOUND, "a folder without index.html (no listings)")
        elif target.trailing_slash or not found.is_file():
            raise _Refused(HTTPStatus.NOT_FOUND, "not a regular file")
        self._send_file(found, HTTPStatus.OK)

    def _redirect(self, location: str) -> None:
        self._send_text(HTTPStatus.MOVED_PERMANENTLY, f"Moved to {location}\n", (("Location", location),))

    def _send_not_found(self) -> None:
        root = self.server.devserver._resolved_root()
        page = _find_inside(root, ("404.html",)) if root is not None else None
        if page is not None and page.is_file():
            try:
                self._send_file(page, HTTPStatus.NOT_FOUND)
                return
            except _Refused:
                pass  # 404.html vanished between the check and the read
        self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n")

    def _send_file(self, path: Path, status: HTTPStatus) -> None:
        try:
            file = path.open("rb")
        except OSError:
            raise _Refused(HTTPStatus.NOT_FOUND, "unreadable") from None  # e.g. replaced by the build just now
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


def _find_inside(root: Path, segments: tuple[str, ...]) -> Path | None:
    """The real path of ``root/segments`` if it exists and lies inside ``root`` (symlinks resolved)."""
    try:
        real = root.joinpath(*segments).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return None
    if not real.is_relative_to(root) or not real.exists():
        return None
    return real


class DevServer:
    """A local HTTP server for a built site, with live reload. See the module docstring for the API."""

    def __init__(self, root: Path, *, bind: str = "127.0.0.1", port: int = 8000, base_path: str = "/") -> None:
        self.root = Path(root)
        self.bind = bind
        self._base_segments = tuple(segment for segment in base_path.split("/") if segment)
        self.base_path = "/" + "".join(segment + "/" for segment in self._base_segments)
        self.keepalive_seconds = KEEPALIVE_SECONDS
        self._client_script = _read_client_script()
        self._server_token = secrets.token_hex(8)  # tells a tab that the server restarted
        self._lock = threading.Lock()
        self._subscribers: set[queue.SimpleQueue] = set()
        self._connections: set[socket.socket] = set()
        self._generation = 0
        self._problems: list[dict] | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

        host = bind.strip().strip("[]")
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            self._httpd = _Server((host, port), family, self)
        except OSError as error:
            if error.errno != errno.EADDRINUSE or port == 0:
                raise
            raise PortInUse(port, _next_free_port(host, family, port)) from None
        self.port: int = self._httpd.server_address[1]

        if host in _WILDCARD_BINDS:
            url_host = "[::1]" if family == socket.AF_INET6 else "127.0.0.1"
        else:
            url_host = f"[{host}]" if family == socket.AF_INET6 else host
        self.url = f"http://{url_host}:{self.port}/"
        self._allowed_host_names = set(_LOOPBACK_NAMES) | {url_host.lower().rstrip(".")}
        self._any_ip_host = host in _WILDCARD_BINDS

    def start(self) -> None:
        """Serve in a background daemon thread."""
        if self._thread is not None or self._closed:
            raise RuntimeError("DevServer.start() may be called once, before shutdown()")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="sitegen-devserver", daemon=True
        )
        self._thread.start()

    def notify_reload(self, changed: list[str]) -> None:
        """Tell open tabs which URL paths the build rewrote; see the module docstring for what they do."""
        paths = sorted({_canonical_url_path(str(path), self._base_segments) for path in changed})
        with self._lock:
            self._generation += 1
            self._broadcast("reload", {"changed": paths, "generation": self._generation})

    def notify_error(self, problems: list[dict]) -> None:
        """Show an overlay listing ``problems`` ({"path", "line", "message"}) in open and newly opened tabs."""
        cleaned = [_clean_problem(problem) for problem in problems]
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

    def _host_allowed(self, value: str) -> bool:
        parsed = _split_host(value)
        if parsed is None:
            return False
        name, port = parsed
        if port is None:
            if self.port != 80:
                return False
        elif port != self.port:
            return False
        if name in self._allowed_host_names:
            return True
        # Rebinding needs a host name the attacker controls; an IP literal is the server itself.
        return self._any_ip_host and _is_ip_literal(name)

    def _client_tag(self, status: HTTPStatus) -> bytes:
        with self._lock:
            generation = self._generation
        return (
            f'<script src="{CLIENT_PATH}" data-server="{self._server_token}" data-generation="{generation}"'
            f' data-status="{int(status)}" data-base-path="{quote(self.base_path)}" defer></script>'
        ).encode("ascii")

    def _hello(self) -> str:
        return _event(
            "hello", {"server": self._server_token, "generation": self._generation, "basePath": self.base_path}
        )

    def _subscribe(self) -> tuple[queue.SimpleQueue, list[str]] | None:
        """A new event queue and the events a new tab needs first, taken together so none is missed."""
        with self._lock:
            if self._closed:
                return None
            events: queue.SimpleQueue = queue.SimpleQueue()
            self._subscribers.add(events)
            initial = [self._hello()]
            if self._problems is not None:
                initial.append(_event("problems", {"problems": self._problems}))
            return events, initial

    def _unsubscribe(self, events: queue.SimpleQueue) -> None:
        with self._lock:
            self._subscribers.discard(events)

    def _broadcast(self, name: str, data: dict) -> None:
        """Queue an event for every open stream; the caller holds the lock."""
        event = _event(name, data)
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


def _read_client_script() -> bytes:
    try:
        return resources.files("sitegen").joinpath(CLIENT_SCRIPT_FILE).read_bytes()
    except FileNotFoundError as error:
        raise FileNotFoundError(
            f"sitegen/{CLIENT_SCRIPT_FILE} is missing from this installation; "
            "pyproject.toml must list it under [tool.setuptools.package-data]"
        ) from error


def _event(name: str, data: dict) -> str:
    # json.dumps escapes newlines, so the data is one line as the event-stream format needs.
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


def _clean_problem(problem: dict) -> dict:
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


def _next_free_port(host: str, family: socket.AddressFamily, taken: int) -> int:
    """The first port above ``taken`` that can be bound on ``host``, or any free port if none is near."""
    for port in range(taken + 1, min(taken + 1 + PORT_SEARCH_SPAN, 65536)):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]
