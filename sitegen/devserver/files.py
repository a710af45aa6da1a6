"""From a request target to the file that answers it: strict target parsing, one spelling per URL path,
finding a file inside the site's root, content types, and adding the client script tag to HTML."""

from __future__ import annotations

import string
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote

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
SCRIPT_TYPE = CONTENT_TYPES[".js"]
TEXT_TYPE = CONTENT_TYPES[".txt"]


class Refused(Exception):
    """A request that gets an error status instead of a file."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class Target:
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
                raise Refused(HTTPStatus.BAD_REQUEST, "malformed percent-encoding")
            decoded.append(int(digits, 16))
            index += 3
        else:
            decoded += char.encode("ascii")
            index += 1
    try:
        return decoded.decode("utf-8")  # the strict codec rejects overlong forms such as %c0%ae
    except UnicodeDecodeError:
        raise Refused(HTTPStatus.BAD_REQUEST, "percent-encoding is not UTF-8") from None


def parse_target(target: str) -> Target:
    """Check a raw request target and split it into decoded path segments.

    Raises ``Refused`` with 400 for malformed targets (not origin-form, control characters, bad
    percent-encoding) and 404 for paths that try to leave their folder (``..``, encoded ``/`` or ``\\``).
    """
    if not target.startswith("/"):
        # Absolute-form ("http://host/..."), authority-form and "*" are for proxies, not for us.
        raise Refused(HTTPStatus.BAD_REQUEST, "only origin-form request targets are served")
    if any(not "!" <= char <= "~" for char in target):
        raise Refused(HTTPStatus.BAD_REQUEST, "control, space or non-ASCII character in the target")
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
            raise Refused(HTTPStatus.BAD_REQUEST, "control character in the path")
        if segment in ("", ".", "..") or "/" in segment or "\\" in segment:
            raise Refused(HTTPStatus.NOT_FOUND, "not a plain path")
        segments.append(segment)
    return Target(tuple(segments), trailing_slash, query)


def canonical_url_path(path: str, base_segments: tuple[str, ...]) -> str:
    """One spelling per page for the client: leading ``/``, no base path, no ``index.html``, no query."""
    path = path.partition("?")[0].partition("#")[0]
    path = "/" + path.lstrip("/")
    prefix = "/" + "/".join(base_segments)
    if base_segments and (path == prefix or path.startswith(prefix + "/")):
        path = path[len(prefix) :] or "/"
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return path


def find_inside_root(root: Path, segments: tuple[str, ...]) -> Path | None:
    """The real path of ``root/segments`` if it exists and lies inside ``root`` (symlinks resolved)."""
    try:
        real = root.joinpath(*segments).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return None
    if not real.is_relative_to(root) or not real.exists():
        return None
    return real


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
