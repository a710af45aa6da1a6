"""JSON as sitegen writes it: deterministic and compact for data files, and safe inside ``<script>``."""

from __future__ import annotations

import json

json_str = json.encoder.encode_basestring  # a str as JSON with non-ASCII kept, as json_bytes writes it


def json_bytes(value) -> bytes:
    """Deterministic, compact JSON for data files (feeds, timeline exports, search index)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def json_for_script(value) -> str:
    """JSON safe inside <script>: '<', '>' and '&' escaped so '</script>' in a title cannot break out, and
    the line separators JavaScript reads as line ends."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
