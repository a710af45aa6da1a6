"""Editors' Markdown → sanitized HTML, under the site's :class:`MarkupPolicy`.

One configured Python-Markdown instance per process, reset between documents (building one costs more
than converting a short summary). Raw HTML in Markdown is allowed but passes through an allowlist
sanitizer (nh3, i.e. Ammonia): scripts, styles, event handlers, ``javascript:`` and ``data:`` URLs, forms
and iframes never reach a reader's browser. Two site settings change that (docs/security.md):

- ``embeds: [www.youtube-nocookie.com, ...]`` keeps iframes whose ``src`` is an https URL on one of those
  hosts, sandboxed, lazily loaded, with only a few harmless attributes;
- ``unsafe_html: true`` publishes the Markdown's HTML as it is, unsanitized.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

import markdown
import nh3

from sitegen.linkparsing import LinearLinks

EXTENSIONS = ("extra", "sane_lists")  # the Python-Markdown extensions whose syntax editors may use
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
_URL_SCHEMES = {"http", "https", "mailto"}

# An embedded player runs its own scripts in its own origin; it may open a popup ("watch on YouTube") and go
# fullscreen, but never navigate or script the digest's page. The referrer it gets is the site's origin
# only, never the page a reader is on (players refuse to play without one).
IFRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation"
_IFRAME_SET = {"sandbox": IFRAME_SANDBOX, "loading": "lazy", "referrerpolicy": "strict-origin-when-cross-origin"}
_IFRAME_ATTRIBUTES = {"src", "width", "height", "title", "allow", "allowfullscreen"}
_IFRAME_ALLOW = ("fullscreen", "picture-in-picture", "encrypted-media")  # permissions a player may keep
# Only a plain https URL on an allowed host: no user info, no backslash, no spaces or controls, so no URL
# parser (ours or a browser's) can read another host out of it.
_EMBED_URL = re.compile(r"https://([a-z0-9.-]+)(?::443)?(?:[/?#][^\\\s\x00-\x1f\x7f]*)?", re.IGNORECASE)
_SIZE = re.compile(r"\d{1,5}%?")


@dataclass(frozen=True, slots=True)
class MarkupPolicy:
    """How a site's raw HTML is treated; part of what a parsed file depends on (the parse cache's key)."""

    embeds: tuple[str, ...] = ()  # hosts (lower case) whose https iframes are kept
    unsafe_html: bool = False  # publish raw HTML unsanitized (the site's explicit, documented opt-out)


SAFE = MarkupPolicy()


def embed_host(url: str) -> str | None:
    """The host of an iframe ``src`` that may be embedded at all (plain https), else None."""
    match = _EMBED_URL.fullmatch(url)
    return match.group(1).lower().rstrip(".") if match else None


def _cite_url(value: str) -> str | None:
    # Browsers ignore ASCII whitespace and controls inside a URL's scheme ("java\tscript:").
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", re.sub(r"[\x00-\x20\x7f]", "", value))
    return value if scheme is None or scheme.group(1).lower() in _URL_SCHEMES else None


@functools.lru_cache(maxsize=8)
def _cleaner(embeds: tuple[str, ...]) -> nh3.Cleaner:
    hosts = frozenset(embeds)
    tags, attributes, set_values = _ALLOWED_TAGS, _ALLOWED_ATTRIBUTES, None
    dropped_with_content = {"script", "style", "iframe", "noscript", "template"}  # their content is no text
    if hosts:
        dropped_with_content.discard("iframe")
        tags = _ALLOWED_TAGS | {"iframe"}
        attributes = dict(_ALLOWED_ATTRIBUTES, iframe=_IFRAME_ATTRIBUTES)
        set_values = {"iframe": dict(_IFRAME_SET)}

    def attribute_filter(tag: str, name: str, value: str) -> str | None:
        if name == "cite":  # a URL that nh3 does not check itself
            return _cite_url(value)
        if tag != "iframe":
            return value
        if name == "src":
            return value if embed_host(value) in hosts else None
        if name in ("width", "height"):
            return value if _SIZE.fullmatch(value.strip()) else None
        if name == "allow":
            kept = [p.strip() for p in value.split(";") if p.strip().split(" ")[0] in _IFRAME_ALLOW]
            return "; ".join(p.split(" ")[0] for p in kept) or None
        if name == "allowfullscreen":
            return ""
        return value

    return nh3.Cleaner(tags=tags, clean_content_tags=dropped_with_content, attributes=attributes,
                       attribute_filter=attribute_filter,
                       set_tag_attribute_values=set_values, url_schemes=_URL_SCHEMES,
                       link_rel="noopener noreferrer")


_converters: dict[bool, markdown.Markdown] = {}


def _markdown(extensions: bool = True) -> markdown.Markdown:
    """The configured converter; without ``extensions``, Python-Markdown's core and sane lists only, for
    text that carries none of the extensions' syntax (a quarter faster: each extension's processors look
    at every block and element)."""
    converter = _converters.get(extensions)
    if converter is None:
        names = list(EXTENSIONS) if extensions else [e for e in EXTENSIONS if e != "extra"]
        converter = _converters[extensions] = markdown.Markdown(extensions=[*names, LinearLinks()],
                                                                output_format="html")
    return converter


def sanitize(fragment: str, policy: MarkupPolicy = SAFE) -> str:
    """An HTML fragment with everything outside the allowlist removed (iframes: see the module docstring)."""
    cleaned = _cleaner(policy.embeds).clean(fragment)
    if policy.embeds and "<iframe" in cleaned:
        cleaned = _drop_empty_iframes(cleaned)
    return cleaned


# nh3's output is canonical HTML: text has no raw '<', attribute values are double-quoted with no raw '"',
# and an iframe's content (raw text, never shown) runs to the first '</iframe>'. So it can be read tag by
# tag without a parser, and a '<' inside an attribute value is never taken for a tag.
_TOKEN = re.compile(r'<[a-zA-Z][^\s/>"]*(?:\s+[^\s/>="]+(?:="[^"]*")?)*\s*/?>|[^<]+|<')


def _drop_empty_iframes(fragment: str) -> str:
    """Remove the iframes whose ``src`` the sanitizer dropped (unknown hosts), with their content."""
    out, position = [], 0
    while position < len(fragment):
        match = _TOKEN.match(fragment, position)
        token = match.group(0)
        position = match.end()
        if token.startswith("<iframe") and (token[7:8].isspace() or token[7:8] in (">", "/")):
            end = fragment.find("</iframe>", position)
            end = len(fragment) if end < 0 else end + len("</iframe>")
            if re.search(r'\ssrc="', token):
                out.append(fragment[match.start():end])
            position = end
            continue
        out.append(token)
    return "".join(out)


_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|thead|tbody|blockquote|pre|figure|"
                        r"figcaption|dd|dt|dl|details|summary)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")

# One line of words and plain punctuation: Markdown would only wrap it in <p>. Summaries mostly are this,
# and skipping the parser for them saves a tenth of a millisecond each.
_PLAIN_PARAGRAPH = re.compile(r"^(?:[^\W_]|[ ,.;:?!'’‘“”()\-–—/%€£$])+$")

# A paragraph (lines between blank lines) Markdown turns into nothing but <p>its text</p>: no character
# Markdown or its extensions give a meaning to (all ASCII), no whitespace but single spaces (Markdown's
# patterns read Unicode spaces as spaces), no line starting with what could begin a list (a number and a
# dot), a definition or a code block, and none ending in a space (two make a line break).
_SYNTAX = r"\\`*_\[\]{}<>#+!|&~=\x00-\x1f\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PLAIN_LINE = rf"(?!\d+\.|[:\- ])[^{_SYNTAX}]+(?<! )"
_PLAIN_BLOCK = re.compile(rf"{_PLAIN_LINE}(?:\n{_PLAIN_LINE})*")
# A paragraph whose only syntax is inline links and single-level emphasis, none of it nested: it is
# written here as Markdown would write it. A link's text and an emphasis are plain words (no character
# of _SYNTAX); a link's URL has no space, quote, bracket, parenthesis, '<' or '&'; an emphasis
# starts and ends with a letter or punctuation, never a space, and touches no other asterisk. With each
# such span read as one letter, the paragraph must be a plain block (so the rules for a line's start
# and end hold for it too).
_WORDS = rf"[^{_SYNTAX}\n]"
_EDGE = rf"[^{_SYNTAX}\s]"
_INLINE_SPAN = re.compile(rf"\[({_WORDS}+)\]\(([A-Za-z0-9\-._~:/?#@$+,;=%]+)\)"
                          rf"|(\*\*?)({_EDGE}(?:{_WORDS}*{_EDGE})?)\3(?!\*)")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
# Syntax whose effect reaches across paragraphs (abbreviations, footnotes, link references, raw HTML,
# fenced code, definition lists, in a block quote too) or that Markdown reads before splitting into lines:
# a document with any of it is converted whole.
_DOCUMENT_WIDE = re.compile(r"\*\[|\[\^|\]:|<|```|~~~|^[ \t>]*:|\r|[\x00-\x08\x0b-\x1f]", re.MULTILINE)
# What only "extra" reads, besides _DOCUMENT_WIDE: tables' pipes and attribute lists' braces. Text with
# neither converts the same with or without the extensions.
_EXTENSION_SYNTAX = re.compile(r"[|{]")
_BREAK = "sitegenparagraphbreak"  # a plain paragraph standing in for the plain paragraphs between groups


def render_markdown(text: str, policy: MarkupPolicy = SAFE) -> str:
    """Markdown → an HTML fragment, sanitized unless the site opted out (``policy.unsafe_html``)."""
    return render_markdowns([text], policy)[0]


def render_markdowns(texts: list[str], policy: MarkupPolicy = SAFE) -> list[str]:
    """Several independent documents (an article's summary and body) → their HTML fragments, each exactly
    as ``render_markdown`` would make it. The paragraphs that need Markdown, from all of them, go through
    one call: each call costs a fixed tenth of a millisecond besides its text."""
    out: list[str] = [""] * len(texts)
    planned: list[tuple[int, str, list, int]] = []  # (index, text, layout, its first run's number)
    runs: list[str] = []
    for index, text in enumerate(texts):
        if not text or not text.strip():
            continue
        trimmed = _without_blank_edges(text)
        if trimmed is None or _DOCUMENT_WIDE.search(text) or _EXTENSION_SYNTAX.search(text) or _BREAK in text:
            out[index] = _finish(_convert(text, True), policy)
            continue
        text = trimmed
        if _PLAIN_PARAGRAPH.fullmatch(text) and not text[0].isdigit() and text[0] not in "- ":
            out[index] = f"<p>{text}</p>"
            continue
        layout, text_runs = _plan(text)
        planned.append((index, text, layout, len(runs)))
        runs += text_runs
    pieces: list[str] | None = []  # each run's HTML; None when they must be converted whole after all
    if runs:
        converted = _convert(f"\n\n{_BREAK}\n\n".join(runs), extensions=False)
        pieces = converted.split(f"\n<p>{_BREAK}</p>\n")
        if len(pieces) != len(runs) or not all(pieces):
            pieces = None  # a run did not come out as a piece of its own: convert each text whole
    for index, text, layout, first in planned:
        if pieces is None:
            html = _convert(text, extensions=False)
        else:
            html = "\n".join(pieces[first + item] if isinstance(item, int) else item for item in layout)
        out[index] = _finish(html, policy)
    return out


# Markdown reads text as written (four leading spaces make a code block), but a line of spaces and tabs
# after a line break is blank to it, and blank lines at either end add nothing.
_LEADING_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)*")
_FIRST_LINE_BLANK = re.compile(r"[ \t]+(?:\n|\Z)")


def _without_blank_edges(text: str) -> str | None:
    """The text without the blank lines at its ends, which Markdown ignores; None when its first line is
    spaces or tabs with no line break before it: Markdown reads that line as text (or code), which only a
    whole conversion gets right."""
    if text[0] == "\n":
        text = text[_LEADING_BLANK_LINES.match(text).end():]
    elif _FIRST_LINE_BLANK.match(text):
        return None
    content = text.rstrip(" \t\n")
    end = text.find("\n", len(content))  # the blank lines start after the last line's own spaces
    return text if end < 0 else text[:end]


def _finish(converted: str, policy: MarkupPolicy) -> str:
    return converted if policy.unsafe_html else sanitize(converted, policy)


def _convert(text: str, extensions: bool = True) -> str:
    converter = _markdown(extensions)
    try:
        return converter.convert(text)
    finally:
        converter.reset()


def _plan(text: str) -> tuple[list[str | int], list[str]]:
    """A document as the HTML of the paragraphs written here and the runs of paragraphs between them
    that need Markdown: (layout, runs), the layout holding each written paragraph's HTML or the number of
    a run. Most of an article's paragraphs are prose with a link or a stressed word, a heading, a short
    list or a quote (``_written``), so most bodies never reach Markdown.

    A paragraph written here ends whatever block came before it (a list, a quote, indented code), and
    nothing after it joins it, so the runs are independent documents: ``render_markdowns`` converts them
    in one call, separated by a plain stand-in paragraph, and cuts the output at the stand-ins. Only text
    whose syntax does not reach across paragraphs (``_DOCUMENT_WIDE``) and needs no extension comes here:
    the runs are converted by Markdown's core. Blank lines inside a run stay as written (code blocks keep
    them)."""
    spans, start = [], 0  # each paragraph's (start, end) in the text
    for gap in _BLANK_LINES.finditer(text):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(text)))
    runs: list[list[int]] = []  # [start, end] of each run of paragraphs, with the blank lines inside it
    layout: list[str | int] = []
    for index, (a, b) in enumerate(spans):
        if _PLAIN_BLOCK.fullmatch(text, a, b):
            layout.append(f"<p>{text[a:b]}</p>")
        elif (written := _written(text, spans, index)) is not None:
            layout.append(written)
        elif layout and isinstance(layout[-1], int):
            runs[-1][1] = b
        else:
            layout.append(len(runs))
            runs.append([a, b])
    return layout, [text[a:b] for a, b in runs]


# Lines that could join a list or a quote a blank line away, or be joined by it: another list's item
# (any bullet or number), another quote, indented text.
_MAY_JOIN = {"-": re.compile(r"^[-*+\d \t]", re.MULTILINE), ">": re.compile(r"^[> \t]", re.MULTILINE)}
_HEADING = re.compile(r"(#{1,6}) ([^\n]+)")


def _written(text: str, spans: list[tuple[int, int]], index: int) -> str | None:
    """The HTML of paragraph ``index`` when it is one of the blocks written here as Markdown writes them,
    else None (it is left to Markdown). Their text may hold the links and emphasis ``_INLINE_SPAN`` reads:

    - a paragraph of such text;
    - a one-line heading, ``#`` to ``######`` and one space;
    - a list of ``- `` lines, or a quote of ``> `` lines (one paragraph), when neither the paragraph before
      nor the one after could join it (``_MAY_JOIN``): Markdown makes one loose list of two lists a blank
      line apart, and one quote of two quotes.

    The sanitizer still sees them, with the rest of the document."""
    a, b = spans[index]
    paragraph = text[a:b]
    inline = _inline_text(paragraph)
    if inline is not None:
        return f"<p>{inline}</p>"
    first = paragraph[:1]
    if first == "#":
        heading = _HEADING.fullmatch(paragraph)
        inline = heading and _inline_text(heading.group(2))
        if inline:
            level = len(heading.group(1))
            return f"<h{level}>{inline}</h{level}>"
        return None
    may_join = _MAY_JOIN.get(first)
    if may_join is None:
        return None
    if (index and may_join.search(text, *spans[index - 1])) or (
            index + 1 < len(spans) and may_join.match(text, spans[index + 1][0])):
        return None  # the paragraph before (any of its lines: a list's lazy line) or after could join it
    lines = paragraph.split("\n")
    marker = first + " "
    if not all(line.startswith(marker) for line in lines):
        return None
    if first == "-":
        items = [_inline_text(line[2:]) for line in lines]
        if None in items:
            return None
        return "<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"
    inline = _inline_text("\n".join(line[2:] for line in lines))
    return None if inline is None else f"<blockquote>\n<p>{inline}</p>\n</blockquote>"


def _inline_text(text: str) -> str | None:
    """Lines of plain text and the links and emphasis ``_INLINE_SPAN`` reads, as HTML; else None."""
    if not _PLAIN_BLOCK.fullmatch(_INLINE_SPAN.sub("x", text)):
        return None
    return _INLINE_SPAN.sub(_inline_html, text)


def _inline_html(span: re.Match) -> str:
    words, url, stars, stressed = span.groups()
    if url is not None:
        return f'<a href="{url}">{words}</a>'
    tag = "em" if stars == "*" else "strong"
    return f"<{tag}>{stressed}</{tag}>"


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment on one line, for descriptions and feed summaries."""
    return " ".join(html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", fragment))).split())
