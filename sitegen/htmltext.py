"""The plain text of an HTML fragment, on one line: descriptions, feed summaries, quote checks, search."""

from __future__ import annotations

import html
import re

_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|thead|tbody|blockquote|pre|figure|"
                        r"figcaption|dd|dt|dl|details|summary)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment on one line: block tags are word breaks, other tags vanish."""
    return " ".join(html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", fragment))).split())
