"""Python-Markdown's link, image and reference parsing, in time linear in the text, with its output.

Stock Python-Markdown finds the ``]`` that closes a link's text, and the ``)`` that closes its address,
by scanning forward from each ``[`` or ``(`` it tries: a paragraph of tens of thousands of unmatched
brackets takes minutes. The processors here are the stock ones (same names, priorities and
``handleMatch``) whose ``getText`` and ``getLink`` give the stock scans' results from a table of the
text's brackets, parentheses and quotes (:class:`_Layout`), made once per text.

When a link is found, the treeprocessor replaces it with a placeholder and goes on in a new string whose
tail is the old one's: what a table says about a position depends only on the text after it, so the
table is kept for that tail (:class:`_Tables`), and a paragraph of many links is not re-read per link.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from markdown import inlinepatterns
from markdown.extensions import Extension

_SPECIAL = re.compile(r"[\[\]()'\"]")
_CLOSE_AFTER_QUOTE = re.compile(r"['\"] *\)")  # a ')' whose last character before it, spaces aside, is a quote


@dataclass
class _Layout:
    """Where a text's brackets, parentheses and quotes are, and which close which (positions in ``text``)."""

    text: str
    bracket_close: dict[int, int] = field(default_factory=dict)  # '[' → its ']' (-1: none)
    paren_close: dict[int, int] = field(default_factory=dict)  # '(' → its ')' (-1: none)
    parens: list[int] = field(default_factory=list)
    depth_before: list[int] = field(default_factory=lambda: [0])  # '(' minus ')' among parens[:k]
    quotes: list[int] = field(default_factory=list)
    quotes_of: dict[str, list[int]] = field(default_factory=lambda: {"'": [], '"': []})
    closers: list[int] = field(default_factory=list)  # each ')' right after a quote (and spaces)
    closer_quotes: list[int] = field(default_factory=list)  # that quote

    @classmethod
    def of(cls, text: str) -> _Layout:
        layout = cls(text)
        brackets: list[tuple[int, str]] = []
        for match in _SPECIAL.finditer(text):
            position, char = match.start(), match.group()
            if char in "[]":
                brackets.append((position, char))
            elif char in "()":
                layout.parens.append(position)
                layout.depth_before.append(layout.depth_before[-1] + (1 if char == "(" else -1))
            else:
                layout.quotes.append(position)
                layout.quotes_of[char].append(position)
        _match_from_the_right(brackets, "[", layout.bracket_close)
        _match_from_the_right([(p, text[p]) for p in layout.parens], "(", layout.paren_close)
        for match in _CLOSE_AFTER_QUOTE.finditer(text):
            layout.closers.append(match.end() - 1)
            layout.closer_quotes.append(match.start())
        return layout


def _match_from_the_right(marks: list[tuple[int, str]], opener: str, close: dict[int, int]) -> None:
    """Each opener's closer, as a forward count from the opener finds it: the nearest unmatched closer."""
    pending: list[int] = []
    for position, char in reversed(marks):
        if char == opener:
            close[position] = pending.pop() if pending else -1
        else:
            pending.append(position)


@dataclass
class _View:
    """A string read through a layout: ``text[i] == layout.text[i - shift]`` for every i ≥ ``valid_from``."""

    text: str
    layout: _Layout
    shift: int = 0
    valid_from: int = 0
    replaced_to: int | None = None  # the end of the last link found in it: the text after it is kept


class _Tables:
    """The layouts of the last few strings the link processors read (a link's own text is read while the
    paragraph around it waits), and the strings derived from them by replacing a link."""

    SIZE = 8

    def __init__(self) -> None:
        self.views: list[_View] = []

    def clear(self) -> None:
        self.views.clear()

    def view(self, text: str, position: int) -> _View:
        for view in self.views:
            if view.text is text and position >= view.valid_from:
                return view
        for view in self.views:
            end = view.replaced_to
            if end is None:
                continue
            kept = len(view.text) - end
            start = len(text) - kept
            if 0 <= start <= position and text.endswith(view.text[end:]):
                return self._remember(_View(text, view.layout, view.shift + start - end, start))
        return self._remember(_View(text, _Layout.of(text)))

    def replaced(self, text: str, end: int) -> None:
        for view in self.views:
            if view.text is text:
                view.replaced_to = end if end >= 0 else max(len(text) + end, 0)
                return

    def _remember(self, view: _View) -> _View:
        self.views.insert(0, view)
        del self.views[self.SIZE:]
        return view


class _LinearScans:
    """``getText`` and ``getLink`` of Python-Markdown's link processors, answered from a layout."""

    tables: _Tables

    def handleMatch(self, m, data):  # noqa: N802 - Python-Markdown's name
        element, start, end = super().handleMatch(m, data)
        if element is not None:
            self.tables.replaced(data, end)
        return element, start, end

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802
        """The text up to the ``]`` matching the ``[`` before ``index``. When there is none the stock scan
        returns the rest of the text too, which every caller drops: here it is empty."""
        if index < 1 or data[index - 1] != "[":
            return super().getText(data, index)
        view = self.tables.view(data, index - 1)
        close = view.layout.bracket_close[index - 1 - view.shift]
        if close < 0:
            return "", len(data), False
        close += view.shift
        return data[index:close], close + 1, True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        match = self.RE_LINK.match(data, pos=index)
        if match is None or match.group(1):
            return super().getLink(data, index)  # no '(' here, or an address in <...>: no scan
        href, title, end, handled = self._scan_address(data, match.start(), match.end())
        if title is not None:
            title = self.RE_TITLE_CLEAN.sub(" ", inlinepatterns.dequote(self.unescape(title.strip())))
        return self.unescape(href).strip(), title, end, handled

    def _scan_address(self, data: str, opening: int, start: int) -> tuple[str, str | None, int, bool]:
        """What the stock loop of ``getLink`` finds after ``(``: (address, raw title, end, handled).

        Before the first quote it counts parentheses: the ``(`` closes at its matching ``)``. From the first
        quote on it takes the text for a title: only a ``)`` right after (spaces aside) a quote character
        seen again since closes it, that quote's first occurrence (the first quote's, or the other
        character's) ending the address; failing that, the parenthesis at which the count from before the
        quote runs out ends the address ("backtracking"), one ``(`` leaving the stock end at -1."""
        view = self.tables.view(data, opening)
        layout, shift = view.layout, view.shift
        close = layout.paren_close[opening - shift]
        first_quote = _first_at_or_after(layout.quotes, start - shift)
        if close >= 0 and (first_quote is None or close < first_quote):
            return data[start:close + shift], None, close + shift + 1, True
        if first_quote is None:
            return "", None, len(data), False
        quote = first_quote + shift
        opening_char = data[quote]
        k = bisect.bisect_left(layout.closers, first_quote)
        while k < len(layout.closers):
            closer, before = layout.closers[k] + shift, layout.closer_quotes[k] + shift
            char = data[before]
            if char == opening_char and before > quote:
                return data[start:quote], data[quote + 1:before], closer + 1, True
            if char != opening_char:
                same = layout.quotes_of[char]
                at = bisect.bisect_left(same, before - shift)
                first_other = _first_at_or_after(same, first_quote)
                if at > 0 and same[at - 1] > first_quote:
                    return data[start:first_other + shift], data[first_other + shift + 1:before], closer + 1, True
            k += 1
        parens = layout.parens
        lo, hi = bisect.bisect_left(parens, start - shift), bisect.bisect_left(parens, first_quote)
        count = 1 + layout.depth_before[hi] - layout.depth_before[lo]  # the depth the quote was met at
        last = bisect.bisect_right(parens, first_quote) + count - 1
        if last >= len(parens):
            return "", None, len(data), False
        end_paren = parens[last] + shift
        if data[end_paren] == ")":
            return data[start:end_paren], None, end_paren + 1, True
        return data[start:-2], None, -1, True


def _first_at_or_after(positions: list[int], position: int) -> int | None:
    k = bisect.bisect_left(positions, position)
    return positions[k] if k < len(positions) else None


class _Link(_LinearScans, inlinepatterns.LinkInlineProcessor):
    pass


class _Image(_LinearScans, inlinepatterns.ImageInlineProcessor):
    pass


class _Reference(_LinearScans, inlinepatterns.ReferenceInlineProcessor):
    pass


class _ShortReference(_LinearScans, inlinepatterns.ShortReferenceInlineProcessor):
    pass


class _ImageReference(_LinearScans, inlinepatterns.ImageReferenceInlineProcessor):
    pass


class _ShortImageReference(_LinearScans, inlinepatterns.ShortImageReferenceInlineProcessor):
    pass


class _FootnoteMarkers:
    """The footnote extension's ``[^label]`` pattern as its regular expression finds it, without trying it
    from every ``[^`` of a text that has no ``]`` after it (each try reads to the end)."""

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled

    def finditer(self, data: str, pos: int = 0):
        last_close = data.rfind("]")
        while True:
            start = data.find("[^", pos)
            if start < 0 or start > last_close:
                return
            match = self.compiled.match(data, start)  # matches: a ']' follows
            yield match
            pos = match.end()

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)


# Python-Markdown's own registrations (markdown.inlinepatterns.build_inlinepatterns): name, priority.
_PROCESSORS = (
    ("reference", 170, _Reference, inlinepatterns.REFERENCE_RE),
    ("link", 160, _Link, inlinepatterns.LINK_RE),
    ("image_link", 150, _Image, inlinepatterns.IMAGE_LINK_RE),
    ("image_reference", 140, _ImageReference, inlinepatterns.IMAGE_REFERENCE_RE),
    ("short_reference", 130, _ShortReference, inlinepatterns.REFERENCE_RE),
    ("short_image_ref", 125, _ShortImageReference, inlinepatterns.IMAGE_REFERENCE_RE),
)


class LinearLinks(Extension):
    """Replaces Python-Markdown's link, image and reference processors with ones that give the same
    output in time linear in the text, and makes the footnote markers' search linear (list it after
    "extra")."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's name
        self.tables = _Tables()
        md.registerExtension(self)  # so that md.reset() forgets the strings of the last document
        for name, priority, processor, pattern in _PROCESSORS:
            instance = processor(pattern, md)
            instance.tables = self.tables
            md.inlinePatterns.register(instance, name, priority)
        if "footnote" in md.inlinePatterns:
            footnotes = md.inlinePatterns["footnote"]
            footnotes.compiled_re = _FootnoteMarkers(footnotes.compiled_re)

    def reset(self) -> None:
        self.tables.clear()
