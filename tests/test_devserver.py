"""The dev server of ``sitegen serve``: safe static serving, live reload, the error overlay.

Requests that probe the path checks go over raw sockets with hand-written request lines: an HTTP client
library normalizes ``..`` and ``//`` before sending, which would prove nothing.
"""

from __future__ import annotations

import fnmatch
import json
import socket
import threading
import time
from pathlib import Path

import pytest

from sitegen.devserver import handler as devserver
from sitegen.devserver import DevServer, PortInUse, is_loopback, parse_target

SECRET = "TOP-SECRET-not-for-the-web-7f3a"
PASSWD_MARKER = "root:x:0:0"

# The smallest valid files of each binary type are not needed: the server never looks inside them.
SITE_FILES = {
    "index.html": "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>",
    "404.html": "<!doctype html><html><body><h1>Nothing here</h1></body></html>",
    "style.css": "body { color: red; }",
    "app.js": "console.log('hi');",
    "data.json": '{"a": 1}',
    "feed.xml": '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
    "sitemap.xml": '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>',
    "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
    "robots.txt": "User-agent: *\n",
    "articles/x/index.html": "<html><body><p>Article X</p></BODY></html>",
    "fragment.html": "<p>no body tag</p>",
    "Київ.txt": "Kyiv in Cyrillic",
}
BINARY_FILES = {
    "photo.png": b"\x89PNG\r\n\x1a\n",
    "photo.jpg": b"\xff\xd8\xff\xe0",
    "photo.jpeg": b"\xff\xd8\xff\xe0",
    "photo.webp": b"RIFF\x00\x00\x00\x00WEBP",
    "font.woff2": b"wOF2",
    "favicon.ico": b"\x00\x00\x01\x00",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A built site in ``tmp/public``, a secret next to it, and symlinks that point at the secret."""
    public = tmp_path / "public"
    for name, text in SITE_FILES.items():
        path = public / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, data in BINARY_FILES.items():
        (public / name).write_bytes(data)
    (public / "empty-folder").mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "index.html").write_text(f"<html><body>{SECRET}</body></html>", encoding="utf-8")
    (public / "leak.txt").symlink_to(secret)
    (public / "leak.html").symlink_to(outside / "index.html")
    (public / "leakdir").symlink_to(outside, target_is_directory=True)
    return public


@pytest.fixture
def server(site: Path):
    dev = DevServer(site, port=0)
    dev.start()
    yield dev
    dev.shutdown()


def host_of(dev: DevServer) -> str:
    return f"127.0.0.1:{dev.port}"


def raw_request(dev: DevServer, request: bytes, timeout: float = 5.0) -> tuple[int, dict[str, str], bytes]:
    """Send ``request`` exactly as given; read the whole answer (the request should ask to close)."""
    with socket.create_connection(("127.0.0.1", dev.port), timeout=timeout) as connection:
        connection.sendall(request)
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("iso-8859-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, body


def request(
    dev: DevServer, target: str | bytes, *, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """A request with the given raw target; Host names the server unless ``headers`` says otherwise."""
    target_bytes = target if isinstance(target, bytes) else target.encode("ascii")
    all_headers = {"Host": host_of(dev), "Connection": "close", **(headers or {})}
    lines = b"".join(f"{name}: {value}\r\n".encode("latin-1") for name, value in all_headers.items())
    return raw_request(dev, method.encode() + b" " + target_bytes + b" HTTP/1.1\r\n" + lines + b"\r\n")


# ---- Path traversal ---------------------------------------------------------------------------------


def test_the_secret_is_one_step_outside_the_root(site: Path):
    # The traversal targets below aim at this file; if it were not there they would prove nothing.
    assert (site / ".." / "secret.txt").read_text(encoding="utf-8") == SECRET


# "{secret}" stands for the absolute path of the secret file, "{secret%}" for it with "/" encoded.
TRAVERSAL_TARGETS = [
    b"/../etc/passwd",
    b"/../../../../../../etc/passwd",
    b"/%2e%2e/%2e%2e/etc/passwd",
    b"/..%2f..%2fetc/passwd",
    b"/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
    b"/..\\..\\etc\\passwd",
    b"http://evil/../../etc/passwd",
    b"http://evil/../secret.txt",
    b"//etc/passwd",
    b"/../secret.txt",
    b"/%2e%2e/secret.txt",
    b"/%2E%2E/secret.txt",
    b"/.%2e/secret.txt",
    b"/..%2fsecret.txt",
    b"/%2e%2e%2fsecret.txt",
    b"/..%5csecret.txt",
    b"/..%5Csecret.txt",
    b"/%c0%ae%c0%ae/secret.txt",  # overlong UTF-8 for "."
    b"/%c0%af../secret.txt",  # overlong UTF-8 for "/"
    b"/%252e%252e/secret.txt",  # double encoding is decoded once only
    b"/%2e%2e",
    b"/%2",
    b"/%zz/secret.txt",
    b"/articles/../../secret.txt",
    b"/articles/x/%2e%2e/%2e%2e/%2e%2e/secret.txt",
    b"/{secret}",  # "//tmp/.../secret.txt"
    b"/{secret%}",
    b"/leak.txt",  # a symlink inside the root to a file outside
    b"/leak.html",
    b"/leakdir/secret.txt",  # a symlinked folder pointing outside
    b"/leakdir/",
    b"/leak.txt%00",
    b"/leak.txt%00.html",
    b"/%00../secret.txt",
    b"/\x00../secret.txt",  # a raw NUL byte in the request line
    b"/index.html\x00",
    b"/\x7f../secret.txt",
    b"/\xc0\xae\xc0\xae/secret.txt",  # raw overlong bytes
]


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("target", TRAVERSAL_TARGETS, ids=[repr(target)[2:-1] for target in TRAVERSAL_TARGETS])
def test_traversal_attempts_never_reach_a_file_outside_the_root(
    server: DevServer, site: Path, target: bytes, method: str
):
    secret = str(site.parent / "secret.txt").encode()
    target = target.replace(b"{secret}", secret).replace(b"{secret%}", secret.replace(b"/", b"%2f"))
    status, _, body = request(server, target, method=method)
    assert 400 <= status < 500
    assert SECRET.encode() not in body
    assert PASSWD_MARKER.encode() not in body


def test_a_symlink_to_a_file_inside_the_root_is_served(server: DevServer, site: Path):
    (site / "alias.css").symlink_to(site / "style.css")
    status, headers, body = request(server, "/alias.css")
    assert status == 200
    assert body == SITE_FILES["style.css"].encode()


def test_a_root_that_is_itself_a_symlink_is_served(tmp_path: Path, site: Path):
    link = tmp_path / "current"
    link.symlink_to(site, target_is_directory=True)
    dev = DevServer(link, port=0)
    dev.start()
    try:
        assert request(dev, "/style.css")[0] == 200
        assert request(dev, "/leak.txt")[0] == 404
    finally:
        dev.shutdown()


@pytest.mark.parametrize(
    ("target", "segments", "trailing_slash", "query"),
    [
        ("/", (), True, ""),
        ("/a/b/", ("a", "b"), True, ""),
        ("/a/b.css?v=1", ("a", "b.css"), False, "v=1"),
        ("/%D0%9A%D0%B8%D1%97%D0%B2.txt", ("Київ.txt",), False, ""),
        ("/a%20b", ("a b",), False, ""),
        ("/...", ("...",), False, ""),
    ],
)
def test_parse_target_decodes_once_into_plain_segments(target, segments, trailing_slash, query):
    parsed = parse_target(target)
    assert (parsed.segments, parsed.trailing_slash, parsed.query) == (segments, trailing_slash, query)


# ---- Serving ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "content_type"),
    [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/style.css", "text/css; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/data.json", "application/json; charset=utf-8"),
        ("/feed.xml", "application/atom+xml; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/logo.svg", "image/svg+xml"),
        ("/photo.png", "image/png"),
        ("/photo.jpg", "image/jpeg"),
        ("/photo.jpeg", "image/jpeg"),
        ("/photo.webp", "image/webp"),
        ("/font.woff2", "font/woff2"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/favicon.ico", "image/x-icon"),
        ("/__sitegen/client.js", "text/javascript; charset=utf-8"),
    ],
)
def test_content_types(server: DevServer, target: str, content_type: str):
    status, headers, _ = request(server, target)
    assert status == 200
    assert headers["content-type"] == content_type


def test_an_rss_feed_is_served_as_rss(server: DevServer, site: Path):
    (site / "feed.xml").write_text('<?xml version="1.0"?>\n<rss version="2.0"></rss>', encoding="utf-8")
    assert request(server, "/feed.xml")[1]["content-type"] == "application/rss+xml; charset=utf-8"


def test_files_are_served_byte_for_byte(server: DevServer, site: Path):
    for name, data in BINARY_FILES.items():
        status, headers, body = request(server, "/" + name)
        assert (status, body) == (200, data)
        assert headers["content-length"] == str(len(data))
    assert request(server, "/%D0%9A%D0%B8%D1%97%D0%B2.txt")[2] == "Kyiv in Cyrillic".encode()


def test_every_response_says_no_store_nosniff_and_a_referrer_policy(server: DevServer):
    for target in ["/", "/style.css", "/missing", "/articles", "/../x", "/%zz"]:
        _, headers, _ = request(server, target)
        assert headers["cache-control"] == "no-store", target
        assert headers["x-content-type-options"] == "nosniff", target
        assert headers["referrer-policy"] == "same-origin", target


def test_a_folder_serves_its_index_html(server: DevServer):
    status, _, body = request(server, "/articles/x/")
    assert status == 200
    assert b"Article X" in body


def test_a_folder_without_trailing_slash_redirects_keeping_the_query(server: DevServer):
    status, headers, _ = request(server, "/articles/x?utm=1")
    assert status == 301
    assert headers["location"] == "/articles/x/?utm=1"


def test_a_folder_without_index_html_is_not_listed(server: DevServer):
    status, _, body = request(server, "/empty-folder/")
    assert status == 404
    assert b"Nothing here" in body


def test_a_file_with_a_trailing_slash_is_not_found(server: DevServer):
    assert request(server, "/style.css/")[0] == 404


def test_a_missing_page_gets_404_html_with_status_404(server: DevServer):
    status, headers, body = request(server, "/no/such/page/")
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert b"Nothing here" in body
    assert b'data-status="404"' in body  # the overlay script knows it is on a "not found" page


def test_a_missing_page_gets_plain_text_when_there_is_no_404_html(server: DevServer, site: Path):
    (site / "404.html").unlink()
    status, headers, body = request(server, "/no/such/page/")
    assert status == 404
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body == b"404 Not Found\n"


def test_a_root_that_does_not_exist_yet_gives_404(tmp_path: Path):
    dev = DevServer(tmp_path / "not-built-yet", port=0)
    dev.start()
    try:
        assert request(dev, "/")[0] == 404
    finally:
        dev.shutdown()


def test_the_root_is_read_anew_on_every_request(server: DevServer, site: Path, tmp_path: Path):
    assert b"Home" in request(server, "/")[2]
    # The build swaps in a fresh folder under the same name.
    site.rename(tmp_path / "old-public")
    site.mkdir()
    (site / "index.html").write_text("<html><body>Rebuilt</body></html>", encoding="utf-8")
    assert b"Rebuilt" in request(server, "/")[2]


def test_head_sends_the_headers_of_get_without_a_body(server: DevServer):
    get_status, get_headers, get_body = request(server, "/style.css")
    head_status, head_headers, head_body = request(server, "/style.css", method="HEAD")
    assert head_status == get_status == 200
    assert head_body == b""
    assert head_headers["content-length"] == get_headers["content-length"] == str(len(get_body))
    assert head_headers["content-type"] == get_headers["content-type"]


def test_head_of_an_html_page_counts_the_injected_script(server: DevServer):
    _, get_headers, get_body = request(server, "/")
    _, head_headers, _ = request(server, "/", method="HEAD")
    assert head_headers["content-length"] == get_headers["content-length"] == str(len(get_body))


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "BREW"])
def test_methods_other_than_get_and_head_are_not_allowed(server: DevServer, method: str):
    status, headers, _ = request(server, "/", method=method, headers={"Content-Length": "0"})
    assert status == 405
    assert headers["allow"] == "GET, HEAD"


def test_keep_alive_serves_several_requests_on_one_connection(server: DevServer):
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        stream = connection.makefile("rb")
        for _ in range(3):
            connection.sendall(f"GET /style.css HTTP/1.1\r\nHost: {host_of(server)}\r\n\r\n".encode())
            assert stream.readline().startswith(b"HTTP/1.1 200")
            length = 0
            while (line := stream.readline()) != b"\r\n":
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            assert stream.read(length) == SITE_FILES["style.css"].encode()


def test_an_error_in_a_handler_answers_500_and_the_server_goes_on(server: DevServer, monkeypatch):
    def broken(path, head=b""):
        raise ValueError("a bug")

    monkeypatch.setattr(devserver, "content_type_for", broken)
    logged = []
    monkeypatch.setattr(devserver.logger, "exception", lambda *args, **kwargs: logged.append(args))
    assert request(server, "/style.css")[0] == 500
    assert logged
    monkeypatch.undo()
    assert request(server, "/style.css")[0] == 200


def test_requests_are_not_logged_to_stderr(server: DevServer, capfd):
    request(server, "/")
    request(server, "/missing")
    request(server, "/../secret.txt")
    assert capfd.readouterr().err == ""


def test_an_overlong_request_line_is_refused(server: DevServer):
    status, _, _ = request(server, "/" + "a" * 10000)
    assert status == 414


# ---- Host and origin checks -------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "[::1]:{port}", "LOCALHOST:{port}"])
def test_loopback_host_names_are_accepted(server: DevServer, host: str):
    assert request(server, "/", headers={"Host": host.format(port=server.port)})[0] == 200


@pytest.mark.parametrize(
    "host",
    [
        "evil.example:{port}",  # DNS rebinding: evil.example now resolves to 127.0.0.1
        "evil.example",
        "localhost.evil.example:{port}",
        "127.0.0.1:{other_port}",
        "localhost",
        "127.0.0.1:{port}@evil.example",
        "",
    ],
)
def test_other_host_names_are_forbidden(server: DevServer, host: str):
    value = host.format(port=server.port, other_port=server.port + 1)
    status, _, body = request(server, "/", headers={"Host": value})
    assert status == 403
    assert b"Home" not in body


def test_a_request_without_host_is_refused(server: DevServer):
    status, _, _ = raw_request(server, b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
    assert status == 400


def test_a_wildcard_bind_accepts_ip_literals_but_not_host_names(site: Path):
    dev = DevServer(site, bind="0.0.0.0", port=0)
    dev.start()
    try:
        assert dev.url == f"http://127.0.0.1:{dev.port}/"
        assert request(dev, "/", headers={"Host": f"192.168.1.20:{dev.port}"})[0] == 200
        assert request(dev, "/", headers={"Host": f"rebind.evil.example:{dev.port}"})[0] == 403
    finally:
        dev.shutdown()


def test_an_ipv6_loopback_bind_serves_with_a_bracketed_host(site: Path):
    try:
        dev = DevServer(site, bind="::1", port=0)
    except OSError as error:
        pytest.skip(f"no IPv6 loopback here: {error}")
    dev.start()
    try:
        assert dev.url == f"http://[::1]:{dev.port}/"
        for host, expected in [(f"[::1]:{dev.port}", 200), (f"localhost:{dev.port}", 200), ("[::1]", 403)]:
            with socket.create_connection(("::1", dev.port), timeout=5) as connection:
                connection.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
                assert connection.makefile("rb").readline().split()[1] == str(expected).encode(), host
    finally:
        dev.shutdown()


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://localhost:1"},  # another port is another origin
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # e.g. a page on another localhost port
    ],
)
def test_the_event_stream_is_refused_to_other_origins(server: DevServer, headers: dict):
    status, _, body = request(server, "/__sitegen/events", headers=headers)
    assert status == 403
    assert b"event:" not in body


def test_a_cross_site_post_is_forbidden(server: DevServer):
    headers = {"Origin": "http://evil.example", "Content-Length": "0"}
    assert request(server, "/", method="POST", headers=headers)[0] == 403


def test_a_cross_site_navigation_to_a_page_is_served(server: DevServer):
    # Following a link to the dev server from another site is ordinary browsing.
    headers = {"Sec-Fetch-Site": "cross-site"}
    assert request(server, "/", headers=headers)[0] == 200


@pytest.mark.parametrize(
    ("bind", "expected"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("0.0.0.0", False),
        ("::", False),
        ("", False),
        ("192.168.1.20", False),
        ("example.com", False),
    ],
)
def test_is_loopback(bind: str, expected: bool):
    assert is_loopback(bind) is expected


# ---- Script injection -------------------------------------------------------------------------------

SCRIPT_TAG_START = b'<script src="/__sitegen/client.js"'


def test_the_client_script_is_injected_before_the_closing_body_tag(server: DevServer):
    body = request(server, "/")[2]
    assert body.count(SCRIPT_TAG_START) == 1
    assert body.index(SCRIPT_TAG_START) < body.index(b"</body>")
    assert body.endswith(b"</body></html>")
    assert b" defer></script>" in body


def test_the_closing_body_tag_is_found_in_any_case(server: DevServer):
    body = request(server, "/articles/x/")[2]
    assert body.index(SCRIPT_TAG_START) < body.index(b"</BODY>")


def test_html_without_a_body_tag_gets_the_script_at_the_end(server: DevServer):
    body = request(server, "/fragment.html")[2]
    assert body.startswith(SITE_FILES["fragment.html"].encode())
    assert body.endswith(b"></script>")


def test_files_on_disk_are_never_changed(server: DevServer, site: Path):
    request(server, "/")
    request(server, "/missing")
    assert (site / "index.html").read_text(encoding="utf-8") == SITE_FILES["index.html"]
    assert (site / "404.html").read_text(encoding="utf-8") == SITE_FILES["404.html"]


@pytest.mark.parametrize("target", ["/style.css", "/app.js", "/data.json", "/feed.xml", "/logo.svg", "/robots.txt"])
def test_only_html_gets_the_script(server: DevServer, target: str):
    body = request(server, target)[2]
    assert b"__sitegen" not in body
    assert body == SITE_FILES[target.lstrip("/")].encode()


# ---- Event stream -----------------------------------------------------------------------------------


class EventStream:
    """The raw text of ``/__sitegen/events``, read over a socket, parsed into (event, data) pairs."""

    def __init__(self, dev: DevServer, headers: str = "") -> None:
        self.connection = socket.create_connection(("127.0.0.1", dev.port), timeout=5)
        self.connection.sendall(
            f"GET /__sitegen/events HTTP/1.1\r\nHost: {host_of(dev)}\r\nAccept: text/event-stream\r\n"
            f"Sec-Fetch-Site: same-origin\r\n{headers}\r\n".encode()
        )
        self.stream = self.connection.makefile("rb")
        self.status_line = self.stream.readline().decode()
        self.headers = {}
        while (line := self.stream.readline().decode()) != "\r\n":
            name, _, value = line.partition(":")
            self.headers[name.strip().lower()] = value.strip()

    def next_event(self) -> tuple[str, dict]:
        name, data = None, None
        while True:
            line = self.stream.readline().decode()
            if line == "":
                raise EOFError("the stream ended")
            line = line.rstrip("\n")
            if line == "":
                if name is not None:
                    return name, json.loads(data)
                continue
            field, _, value = line.partition(":")
            if field == "event":
                name = value.strip()
            elif field == "data":
                data = value.strip()

    def close(self) -> None:
        self.stream.close()
        self.connection.close()


@pytest.fixture
def events(server: DevServer):
    streams = []

    def open_stream(**kwargs) -> EventStream:
        stream = EventStream(server, **kwargs)
        streams.append(stream)
        return stream

    yield open_stream
    for stream in streams:
        stream.close()


def test_the_event_stream_starts_with_hello(server: DevServer, events):
    stream = events()
    assert stream.status_line.startswith("HTTP/1.1 200")
    assert stream.headers["content-type"] == "text/event-stream"
    assert stream.headers["cache-control"] == "no-store"
    name, data = stream.next_event()
    assert name == "hello"
    assert data["generation"] == 0
    assert data["basePath"] == "/"


def test_the_event_stream_accepts_its_own_origin(server: DevServer, events):
    stream = events(headers=f"Origin: http://{host_of(server)}\r\n")
    assert stream.status_line.startswith("HTTP/1.1 200")


def test_reload_error_and_clear_reach_every_open_stream(server: DevServer, events):
    first, second = events(), events()
    for stream in (first, second):
        assert stream.next_event()[0] == "hello"
    server.notify_reload(["/articles/x/index.html", "/static/style.abc123.css", "articles/y/"])
    server.notify_error([{"path": "content/articles/x.md", "line": 12, "message": "bad <date>\nsecond line"}])
    server.clear_error()
    for stream in (first, second):
        assert stream.next_event() == (
            "reload",
            {"changed": ["/articles/x/", "/articles/y/", "/static/style.abc123.css"], "generation": 1},
        )
        assert stream.next_event() == (
            "problems",
            {"problems": [{"path": "content/articles/x.md", "line": 12, "message": "bad <date>\nsecond line"}]},
        )
        assert stream.next_event() == ("clear", {})


def test_a_stream_opened_while_an_error_is_active_gets_it_at_once(server: DevServer, events):
    server.notify_error([{"path": "content/quotes.yaml", "line": 3, "message": "unknown speaker"}])
    stream = events()
    assert stream.next_event()[0] == "hello"
    assert stream.next_event() == (
        "problems",
        {"problems": [{"path": "content/quotes.yaml", "line": 3, "message": "unknown speaker"}]},
    )
    server.clear_error()
    assert stream.next_event() == ("clear", {})
    assert events().next_event()[0] == "hello"  # and a later stream starts without it


def test_changed_paths_lose_the_base_path(site: Path):
    dev = DevServer(site, port=0, base_path="/digest/")
    dev.start()
    try:
        stream = EventStream(dev)
        assert stream.next_event()[1]["basePath"] == "/digest/"
        dev.notify_reload(["/digest/articles/x/", "/digest/index.html"])
        assert stream.next_event() == ("reload", {"changed": ["/", "/articles/x/"], "generation": 1})
        stream.close()
    finally:
        dev.shutdown()


def test_pages_carry_the_generation_they_were_served_at(server: DevServer):
    assert b'data-generation="0"' in request(server, "/")[2]
    server.notify_reload(["/"])
    assert b'data-generation="1"' in request(server, "/")[2]


def test_keepalive_comments_keep_an_idle_stream_open(server: DevServer):
    server.keepalive_seconds = 0.05
    stream = EventStream(server)
    assert stream.next_event()[0] == "hello"
    lines = {stream.stream.readline() for _ in range(6)}
    assert b": keepalive\n" in lines
    stream.close()


def test_a_closed_tab_is_forgotten(server: DevServer):
    server.keepalive_seconds = 0.05
    stream = EventStream(server)
    stream.next_event()
    stream.close()
    deadline = time.monotonic() + 5
    while server._subscribers and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not server._subscribers


def test_the_client_script_ships_with_the_package():
    import tomllib

    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = pyproject["tool"]["setuptools"].get("package-data", {}).get("sitegen.devserver", [])
    assert any(fnmatch.fnmatch(devserver.CLIENT_SCRIPT_FILE, pattern.removeprefix("**/")) for pattern in package_data)


# ---- Ports, base path, lifecycle --------------------------------------------------------------------


def test_port_zero_takes_a_free_port(server: DevServer):
    assert server.port != 0
    assert server.url == f"http://127.0.0.1:{server.port}/"
    assert request(server, "/")[0] == 200


def test_a_taken_port_raises_port_in_use_with_a_free_suggestion(site: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PortInUse) as raised:
            DevServer(site, port=port)
        assert raised.value.port == port
        assert raised.value.suggestion > port
        suggested = DevServer(site, port=raised.value.suggestion)
        assert suggested.url == f"http://127.0.0.1:{raised.value.suggestion}/"
        suggested.shutdown()


@pytest.mark.parametrize(
    ("target", "location"),
    [
        ("/digest/articles/x/", "/articles/x/"),
        ("/digest/style.css?v=2", "/style.css?v=2"),
        ("/digest/", "/"),
        ("/digest", "/"),
        ("/digest/missing/", "/missing/"),
    ],
)
def test_the_base_path_redirects_to_the_same_path_without_it(site: Path, target: str, location: str):
    dev = DevServer(site, port=0, base_path="/digest/")
    dev.start()
    try:
        status, headers, _ = request(dev, target)
        assert status == 301
        assert headers["location"] == location
        assert request(dev, "/articles/x/")[0] == 200
    finally:
        dev.shutdown()


@pytest.mark.parametrize("target", ["/digest//evil.example", "/digest/%2fevil.example", "/digest/../secret.txt"])
def test_the_base_path_redirect_is_not_an_open_redirect(site: Path, target: str):
    dev = DevServer(site, port=0, base_path="/digest")
    dev.start()
    try:
        status, headers, body = request(dev, target)
        assert status == 404
        assert "location" not in headers
        assert SECRET.encode() not in body
    finally:
        dev.shutdown()


def sitegen_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("sitegen-devserver")]


def test_shutdown_ends_every_thread_and_frees_the_port(site: Path):
    before = set(threading.enumerate())
    dev = DevServer(site, port=0)
    dev.start()
    stream = EventStream(dev)  # an open live-reload stream
    stream.next_event()
    idle = socket.create_connection(("127.0.0.1", dev.port))  # an idle keep-alive connection
    idle.sendall(f"GET / HTTP/1.1\r\nHost: {host_of(dev)}\r\n\r\n".encode())
    idle.recv(65536)
    assert sitegen_threads()
    started = time.monotonic()
    dev.shutdown()
    assert time.monotonic() - started < 5
    assert sitegen_threads() == []
    assert set(threading.enumerate()) <= before
    with pytest.raises(EOFError):
        stream.next_event()
    stream.close()
    idle.close()
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", dev.port))
    dev.shutdown()  # a second call does nothing


def test_shutdown_without_start_closes_the_socket(site: Path):
    dev = DevServer(site, port=0)
    dev.shutdown()
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", dev.port))


# ---- In a real browser ------------------------------------------------------------------------------







@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def tall_page(heading: str, extra_head: str = "") -> str:
    paragraphs = "".join(f"<p>Paragraph {n}</p>" for n in range(200))
    return (
        f"<!doctype html><html><head><meta charset=utf-8><title>t</title>{extra_head}</head>"
        f'<body><a id="first" href="#">first link</a><h1>{heading}</h1>{paragraphs}</body></html>'
    )


def wait_for_subscribers(dev: DevServer, count: int = 1) -> None:
    deadline = time.monotonic() + 10
    while len(dev._subscribers) < count:
        assert time.monotonic() < deadline, "the tab never opened its event stream"
        time.sleep(0.02)


def navigations(page) -> int:
    return page.evaluate("() => performance.getEntriesByType('navigation').length")


def test_browser_reloads_the_tab_when_its_page_is_rebuilt_keeping_the_scroll_position(page, site: Path):
    (site / "index.html").write_text(tall_page("Old heading"), encoding="utf-8")
    dev = DevServer(site, port=0)
    dev.start()
    try:
        page.goto(dev.url)
        wait_for_subscribers(dev)
        page.evaluate("() => window.scrollTo(0, 1500)")
        page.wait_for_function("() => window.scrollY === 1500")
        page.evaluate("() => { window.__beforeReload = true; }")
        (site / "index.html").write_text(tall_page("New heading"), encoding="utf-8")
        dev.notify_reload(["/index.html"])
        page.wait_for_function("() => document.querySelector('h1').textContent === 'New heading'")
        assert page.evaluate("() => window.__beforeReload") is None  # it really was a new document
        page.wait_for_function("() => window.scrollY === 1500")
    finally:
        dev.shutdown()


def test_browser_an_element_id_in_content_cannot_switch_the_live_reload_client_off(page, site: Path):
    # An element with an id is reachable as window[id]: the client must not take it for itself.
    hostile = '<div id="__sitegenDevClient"></div><a id="__sitegenDevClient" name="x"></a>'
    (site / "index.html").write_text(tall_page("Old heading").replace("<body>", "<body>" + hostile),
                                     encoding="utf-8")
    dev = DevServer(site, port=0)
    dev.start()
    try:
        page.goto(dev.url)
        wait_for_subscribers(dev)
        (site / "index.html").write_text(tall_page("New heading"), encoding="utf-8")
        dev.notify_reload(["/index.html"])
        page.wait_for_function("() => document.querySelector('h1').textContent === 'New heading'")
    finally:
        dev.shutdown()


def test_browser_keeps_a_tab_whose_page_did_not_change(page, site: Path):
    dev = DevServer(site, port=0)
    dev.start()
    try:
        page.goto(dev.url + "articles/x/")
        wait_for_subscribers(dev)
        page.evaluate("() => { window.__kept = 'yes'; }")
        dev.notify_reload(["/other/", "/feed.xml"])
        dev.notify_reload(["/index.html"])  # the home page is not this tab's page
        page.wait_for_timeout(500)
        assert page.evaluate("() => window.__kept") == "yes"
        (site / "articles" / "x" / "index.html").write_text("<body><p>Article X v2</p></body>", encoding="utf-8")
        dev.notify_reload(["/articles/x/"])
        page.wait_for_function("() => document.body.textContent.includes('Article X v2')")
    finally:
        dev.shutdown()


def test_browser_shows_and_clears_the_error_overlay(page, site: Path):
    dev = DevServer(site, port=0)
    dev.start()
    try:
        page.goto(dev.url)
        wait_for_subscribers(dev)
        dev.notify_error(
            [
                {"path": "content/articles/x.md", "line": 12, "message": "<img src=x onerror=alert(1)> bad date"},
                {"path": "content/quotes.yaml", "line": 3, "message": "unknown speaker"},
            ]
        )
        overlay = page.get_by_role("alertdialog")
        overlay.wait_for(state="visible")
        text = overlay.inner_text()
        assert "content/articles/x.md:12" in text
        assert "<img src=x onerror=alert(1)> bad date" in text  # shown as text, not markup
        assert "content/quotes.yaml:3" in text
        assert page.locator("sitegen-error-overlay img").count() == 0
        assert overlay.get_attribute("aria-labelledby")
        dev.clear_error()
        page.locator("sitegen-error-overlay").wait_for(state="detached")
    finally:
        dev.shutdown()


def test_browser_overlay_is_dismissable_and_does_not_hold_the_focus(page, site: Path):
    dev = DevServer(site, port=0)
    dev.start()
    try:
        (site / "index.html").write_text(tall_page("Home"), encoding="utf-8")
        page.goto(dev.url)
        wait_for_subscribers(dev)
        page.focus("#first")
        dev.notify_error([{"path": "content/a.md", "line": 1, "message": "first"}])
        dismiss = page.get_by_role("button", name="Dismiss")
        dismiss.wait_for()
        page.wait_for_function("() => document.activeElement.tagName === 'SITEGEN-ERROR-OVERLAY'")
        page.keyboard.press("Shift+Tab")  # focus can leave the panel: no trap
        assert page.evaluate("() => document.activeElement.id") == "first"
        dismiss.focus()
        page.keyboard.press("Escape")
        page.locator("sitegen-error-overlay").wait_for(state="detached")
        assert page.evaluate("() => document.activeElement.id") == "first"  # focus went back
        dev.notify_error([{"path": "content/a.md", "line": 2, "message": "second"}])
        page.get_by_role("button", name="Dismiss").click()
        page.locator("sitegen-error-overlay").wait_for(state="detached")
    finally:
        dev.shutdown()


def test_browser_a_tab_opened_during_an_error_shows_the_overlay_at_once(page, site: Path):
    dev = DevServer(site, port=0)
    dev.start()
    try:
        dev.notify_error([{"path": "content/articles/x.md", "line": 12, "message": "bad date"}])
        page.goto(dev.url)
        page.get_by_role("alertdialog").wait_for(state="visible")
        assert "content/articles/x.md:12" in page.get_by_role("alertdialog").inner_text()
        assert page.locator("h1").inner_text() == "Home"  # the last good page is still shown
    finally:
        dev.shutdown()


def test_browser_swaps_a_rewritten_stylesheet_without_a_navigation(page, site: Path):
    stylesheet = '<link rel="stylesheet" href="/style.css">'
    (site / "index.html").write_text(tall_page("Styled", stylesheet), encoding="utf-8")
    (site / "style.css").write_text("h1 { color: rgb(255, 0, 0); }", encoding="utf-8")
    dev = DevServer(site, port=0)
    dev.start()
    try:
        page.goto(dev.url)
        wait_for_subscribers(dev)
        page.wait_for_function("() => getComputedStyle(document.querySelector('h1')).color === 'rgb(255, 0, 0)'")
        page.evaluate("() => { window.__survives = 'yes'; }")
        (site / "style.css").write_text("h1 { color: rgb(0, 0, 255); }", encoding="utf-8")
        dev.notify_reload(["/style.css"])
        page.wait_for_function("() => getComputedStyle(document.querySelector('h1')).color === 'rgb(0, 0, 255)'")
        assert page.evaluate("() => window.__survives") == "yes"
        assert navigations(page) == 1
        assert page.locator("link[rel=stylesheet]").count() == 1  # the old sheet was removed
    finally:
        dev.shutdown()


def test_browser_swaps_to_a_new_fingerprinted_stylesheet_without_a_navigation(page, site: Path):
    static = site / "static"
    static.mkdir()
    (static / "style.aaaa1111.css").write_text("h1 { color: rgb(255, 0, 0); }", encoding="utf-8")
    link = '<link rel="stylesheet" href="/digest/static/style.{}.css">'
    (site / "index.html").write_text(tall_page("Styled", link.format("aaaa1111")), encoding="utf-8")
    dev = DevServer(site, port=0, base_path="/digest/")  # the page links through the base path
    dev.start()
    try:
        page.goto(dev.url)
        wait_for_subscribers(dev)
        page.wait_for_function("() => getComputedStyle(document.querySelector('h1')).color === 'rgb(255, 0, 0)'")
        page.evaluate("() => { window.__survives = 'yes'; }")
        (static / "style.bbbb2222.css").write_text("h1 { color: rgb(0, 128, 0); }", encoding="utf-8")
        (site / "index.html").write_text(tall_page("Styled", link.format("bbbb2222")), encoding="utf-8")
        (static / "style.aaaa1111.css").unlink()
        dev.notify_reload(["/static/style.bbbb2222.css"])
        page.wait_for_function("() => getComputedStyle(document.querySelector('h1')).color === 'rgb(0, 128, 0)'")
        assert page.evaluate("() => window.__survives") == "yes"
        assert navigations(page) == 1
        assert "bbbb2222" in page.locator("link[rel=stylesheet]").get_attribute("href")
    finally:
        dev.shutdown()


def test_browser_reconnects_and_reloads_after_the_server_restarts(page, site: Path):
    first = DevServer(site, port=0)
    port = first.port
    first.start()
    second = None
    try:
        page.goto(first.url)
        wait_for_subscribers(first)
        first.shutdown()
        (site / "index.html").write_text("<html><body><h1>After restart</h1></body></html>", encoding="utf-8")
        second = DevServer(site, port=port)
        second.start()
        page.wait_for_function("() => document.querySelector('h1').textContent === 'After restart'")
        wait_for_subscribers(second)
        second.notify_error([{"path": "content/a.md", "line": 4, "message": "still listening"}])
        page.get_by_role("alertdialog").wait_for(state="visible")
    finally:
        first.shutdown()
        if second is not None:
            second.shutdown()
