"""The checks every URL an editor writes goes through (a source link, the site's ``base_url``).

A URL is printed into HTML attributes, XML, JSON and JavaScript strings: beyond being an absolute
http(s) link it must hold nothing that is markup or syntax in any of them. Percent-encoding is how a
URL carries such characters, so a real link never needs them raw.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Whitespace of any script, controls (C0, DEL, C1), quotes, angle brackets, backslash and backtick.
_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\"'<>\\`\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def http_url_problem(url: str, what: str) -> str | None:
    """Why ``url`` is not an absolute http(s) URL safe to print anywhere, or None. ``what`` names it in
    the message ("the source url")."""
    unsafe = _UNSAFE.search(url)
    if unsafe:
        found = unsafe.group(0)
        kind = ("a space" if found == " " else f"the character {found!r}" if found.isprintable()
                else f"the invisible character U+{ord(found):04X}")
        return (f"{what} must not contain {kind}; percent-encode it (a space is %20, a quote %22, "
                "an apostrophe %27) or remove it")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks the port
    except ValueError as exc:
        return f"{what} is not a valid URL ({exc}); write it as https://host/path"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{what} must be an absolute http(s) link such as https://example.org/news/story, not '{url}'"
    return None
