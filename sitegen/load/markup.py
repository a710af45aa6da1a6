"""Editors' Markdown → HTML, sanitized under the site's :class:`MarkupPolicy` (sitegen.load.sanitizer).

One configured Python-Markdown instance per process, reset between documents (building one costs more
than converting a short summary), with the link parsing of sitegen.load.linkparsing (linear time, the same
output). Markdown that is refused or that Python-Markdown raises on is a :class:`MarkdownProblem` located
in the text (sitegen.load.markdownproblems), never a traceback.

Most paragraphs never reach Python-Markdown (``render_markdowns``): the HTML of plain prose, of links and
emphasis, short lists, quotes and headings is written here exactly as Markdown writes it, which the tests
check against whole-document conversions with hypothesis and ~2,100 spec and test documents.
"""

from __future__ import annotations

import re

import markdown

from sitegen.load.linkparsing import LinearLinks
from sitegen.load.markdownproblems import MarkdownProblem, failure, refuse_slow_constructs
from sitegen.htmltext import plain_text
from sitegen.load.sanitizer import IFRAME_SANDBOX, SAFE, MarkupPolicy, embed_host, sanitize

__all__ = ["EXTENSIONS", "IFRAME_SANDBOX", "SAFE", "MarkdownProblem", "MarkupPolicy", "embed_host",
           "plain_text", "render_markdown", "render_markdowns", "sanitize"]

EXTENSIONS = ("extra", "sane_lists")  # the Python-Markdown extensions whose syntax editors may use


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
_RUN_SEPARATOR = "sitegenparagraphbreak"  # a plain paragraph standing in for the plain paragraphs between groups


def render_markdown(text: str, policy: MarkupPolicy = SAFE) -> str:
    """Markdown → an HTML fragment, sanitized unless the site opted out (``policy.unsafe_html``)."""
    return render_markdowns([text], policy)[0]


def render_markdowns(texts: list[str], policy: MarkupPolicy = SAFE) -> list[str]:
    """Several independent documents (an article's summary and body) → their HTML fragments, each exactly
    as ``render_markdown`` would make it. The paragraphs that need Markdown, from all of them, go through
    one call: each call costs a fixed tenth of a millisecond besides its text.

    Raises :class:`MarkdownProblem` (its ``index`` saying which text) for text that is refused or that
    Python-Markdown cannot convert."""
    out: list[str] = [""] * len(texts)
    planned: list[tuple[int, str, list, int]] = []  # (index, text, layout, its first run's number)
    runs: list[str] = []
    for index, text in enumerate(texts):
        if not text or not text.strip():
            continue
        bounds = _content_bounds(text)
        if (bounds is None or _DOCUMENT_WIDE.search(text) or _EXTENSION_SYNTAX.search(text)
                or _RUN_SEPARATOR in text):
            _refuse_slow_constructs(text, 0, text, index)
            out[index] = _apply_policy(_convert_or_locate(text, True, index), policy)
            continue
        trimmed = text[bounds[0]:bounds[1]]
        if _PLAIN_PARAGRAPH.fullmatch(trimmed) and not trimmed[0].isdigit() and trimmed[0] not in "- ":
            out[index] = f"<p>{trimmed}</p>"
            continue
        layout, spans = _layout_and_runs(trimmed)
        for start, end in spans:  # only what reaches Python-Markdown can be slow in it
            _refuse_slow_constructs(trimmed[start:end], bounds[0] + start, text, index)
        planned.append((index, trimmed, layout, len(runs)))
        runs += [trimmed[start:end] for start, end in spans]
    pieces: list[str] | None = []  # each run's HTML; None when they must be converted whole after all
    if runs:
        try:
            converted = _convert(f"\n\n{_RUN_SEPARATOR}\n\n".join(runs), extensions=False)
        except Exception:  # noqa: BLE001 - each text is converted alone below, and a failure located
            converted = ""
        pieces = converted.split(f"\n<p>{_RUN_SEPARATOR}</p>\n")
        if len(pieces) != len(runs) or not all(pieces):
            pieces = None  # a run did not come out as a piece of its own: convert each text whole
    for index, text, layout, first in planned:
        if pieces is None:
            html = _convert_or_locate(text, False, index)
        else:
            html = "\n".join(pieces[first + item] if isinstance(item, int) else item for item in layout)
        out[index] = _apply_policy(html, policy)
    return out


# Markdown reads text as written (four leading spaces make a code block), but a line of spaces and tabs
# after a line break is blank to it, and blank lines at either end add nothing.
_LEADING_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)*")
_FIRST_LINE_BLANK = re.compile(r"[ \t]+(?:\n|\Z)")


def _content_bounds(text: str) -> tuple[int, int] | None:
    """Where the text is without the blank lines at its ends, which Markdown ignores; None when its first
    line is spaces or tabs with no line break before it: Markdown reads that line as text (or code), which
    only a whole conversion gets right."""
    start = 0
    if text[0] == "\n":
        start = _LEADING_BLANK_LINES.match(text).end()
    elif _FIRST_LINE_BLANK.match(text):
        return None
    content = text.rstrip(" \t\n")
    end = text.find("\n", len(content))  # the blank lines start after the last line's own spaces
    return start, len(text) if end < 0 else end


def _refuse_slow_constructs(part: str, offset: int, text: str, index: int) -> None:
    """Refuse ``part`` of ``text`` (from ``offset``) as the whole text would be refused, located in it."""
    try:
        refuse_slow_constructs(part, len(text))
    except MarkdownProblem as problem:
        problem.line += text.count("\n", 0, offset)
        problem.index = index
        raise


def _apply_policy(converted: str, policy: MarkupPolicy) -> str:
    return converted if policy.unsafe_html else sanitize(converted, policy)


def _convert(text: str, extensions: bool = True) -> str:
    converter = _markdown(extensions)
    try:
        return converter.convert(text)
    except BaseException:
        del _converters[extensions]  # a conversion stopped midway may leave state behind: start afresh
        raise
    finally:
        converter.reset()


def _convert_or_locate(text: str, extensions: bool, index: int) -> str:
    """The text's HTML, or a :class:`MarkdownProblem` at the block Python-Markdown raises on."""
    try:
        return _convert(text, extensions)
    except Exception as error:  # noqa: BLE001 - whatever Python-Markdown raises is the editor's to fix
        problem = failure(text, error, lambda part: _convert(part, extensions))
    problem.index = index
    raise problem


def _layout_and_runs(text: str) -> tuple[list[str | int], list[tuple[int, int]]]:
    """A document as the HTML of the paragraphs written here and the runs of paragraphs between them that
    need Markdown: (layout, runs), the layout holding each written paragraph's HTML or the number of a
    run, a run its (start, end) in the text. Most of an article's paragraphs are prose with a link or a
    stressed word, a heading, a short list or a quote (``_html_written_here``), so most bodies never
    reach Markdown.

    A paragraph written here ends whatever block came before it (a list, a quote, indented code), and
    nothing after it joins it, so the runs are independent documents: ``render_markdowns`` converts them
    in one call, separated by a plain stand-in paragraph, and cuts the output at the stand-ins. Only
    text whose syntax does not reach across paragraphs (``_DOCUMENT_WIDE``) and needs no extension comes
    here: the runs are converted by Markdown's core. Blank lines inside a run stay as written (code
    blocks keep them)."""
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
        elif (written := _html_written_here(text, spans, index)) is not None:
            layout.append(written)
        elif layout and isinstance(layout[-1], int):
            runs[-1][1] = b
        else:
            layout.append(len(runs))
            runs.append([a, b])
    return layout, [(a, b) for a, b in runs]


# Lines that could join a list or a quote a blank line away, or be joined by it: another list's item
# (any bullet or number), another quote, indented text.
_MAY_JOIN = {"-": re.compile(r"^[-*+\d \t]", re.MULTILINE), ">": re.compile(r"^[> \t]", re.MULTILINE)}
_HEADING = re.compile(r"(#{1,6}) ([^\n]+)")


def _html_written_here(text: str, spans: list[tuple[int, int]], index: int) -> str | None:
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

