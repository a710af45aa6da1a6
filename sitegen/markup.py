"""Editors' Markdown → sanitized HTML.

One configured Python-Markdown instance per process, reset between documents (building one costs more
than converting a short summary). Raw HTML in Markdown is allowed but passes through an allowlist
sanitizer (nh3, i.e. Ammonia): scripts, event handlers, ``javascript:`` and ``data:`` URLs, forms and
unknown iframes never reach a reader's browser.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

_EXTENSIONS = ["extra", "sane_lists"]
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div",
    "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "sup": {"id"},
    "li": {"id"},
    "div": {"class"},
    "span": {"class"},
}
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|thead|tbody|blockquote|pre|figure|"
                        r"figcaption|dd|dt|dl|details|summary)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")

_converter: markdown.Markdown | None = None


def _markdown() -> markdown.Markdown:
    global _converter
    if _converter is None:
        _converter = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
    return _converter


def sanitize(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


# One line of words and plain punctuation: Markdown would only wrap it in <p>. Summaries mostly are this,
# and skipping the parser for them saves a tenth of a millisecond each.
_PLAIN_PARAGRAPH = re.compile(r"^(?:[^\W_]|[ ,.;:?!'’‘“”()\-–—/%€£$])+$")


def render_markdown(text: str) -> str:
    """Markdown → safe HTML fragment."""
    if not text or not text.strip():
        return ""
    text = text.strip()
    if _PLAIN_PARAGRAPH.match(text) and not text[0].isdigit() and not text.startswith("-"):
        return f"<p>{text}</p>"
    converter = _markdown()
    try:
        return sanitize(converter.convert(text))
    finally:
        converter.reset()


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment on one line, for descriptions and feed summaries."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", fragment)))).strip()
