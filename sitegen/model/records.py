"""The records a content file yields: frozen values, each made by the load layer from one file.

A record never holds another record: an article names its speakers by id, a note its articles by slug, a
timeline entry its article by slug. A page can therefore only see another record by asking the site for
it (:class:`~sitegen.model.reads.Reads`), which records the dependency; nothing a page shows can come
from a record it did not ask for.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date, datetime

from sitegen.diagnostics import record
from sitegen.htmltext import plain_text


@record
class Speaker:
    id: str
    name: str
    name_native: str = ""
    role: str = ""
    affiliation: str = ""
    aliases: tuple[str, ...] = ()
    anonymous: bool = False
    path: str = ""
    line: int = 0


@record
class Source:
    outlet: str
    url: str
    author: str = ""
    archive: str = ""  # path of the archived raw text, relative to content/


@record
class Quote:
    speaker: str  # a speaker id
    text: str  # verbatim: never run through Markdown
    context: str = ""
    line: int = 0
    checked: str = ""  # where the text was found verbatim: "archive", "body", or "" (not found, or no source)


@record
class Event:
    day: date
    title: str
    line: int = 0


@record
class Correction:
    day: date
    html: str
    line: int = 0


@record
class Article:
    slug: str
    path: str  # relative to the site folder
    title: str
    published: datetime  # aware
    day: date  # the publication day in the site's timezone
    has_time: bool  # the editor gave a time, not only a day
    source: Source
    summary_html: str = ""
    # The body's HTML (only the article's own page shows it): as parsed, or packed (pack_text) where the
    # record is kept for the build (packed()). None: not kept (a cold build renders the page where the file
    # is parsed and keeps the rest of the record); the site then reads the file again when the page is
    # rendered again (Site.body_html).
    body: str | bytes | None = ""
    tags: tuple[str, ...] = ()  # display names as written
    places: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    corrections: tuple[Correction, ...] = ()
    draft: bool = False
    # Field names and their lines, flat (name, line, name, line, ...), for cross-reference errors.
    lines: tuple = ()

    def line_of(self, name: str) -> int:
        lines = self.lines
        for index in range(0, len(lines) - 1, 2):
            if lines[index] == name:
                return lines[index + 1]
        return 1

    @property
    def has_body(self) -> bool:
        return self.body is not None

    @property
    def body_html(self) -> str:
        body = self.body
        if body is None:
            raise BodyNotKept(self.path)
        return body if isinstance(body, str) else unpack_text(body)

    @property
    def summary_text(self) -> str:
        """The summary's plain text, for descriptions and feeds (made when asked: few pages want it)."""
        return plain_text(self.summary_html) if self.summary_html else ""

    def without_body(self) -> "Article":
        return replace(self, body=None)

    def packed(self) -> "Article":
        """The record with its body packed, to be kept."""
        return replace(self, body=pack_text(self.body)) if isinstance(self.body, str) else self


class BodyNotKept(LookupError):
    """An article's body was asked for where the record was kept without it (Article.body)."""


def pack_text(text: str) -> bytes:
    """Text kept compressed in memory: bodies are most of the model's size, and zlib's fastest level packs
    one in a fraction of what parsing it costs."""
    return zlib.compress(text.encode("utf-8"), 1) if text else b""


def unpack_text(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8") if packed else ""


@record
class Note:
    slug: str
    path: str
    title: str
    published: datetime
    day: date
    has_time: bool
    author: str = ""
    articles: tuple[tuple[str, int], ...] = ()  # (article slug, line)
    body_html: str = ""
    summary_text: str = ""
    draft: bool = False


@record
class Term:
    """A tag or a place: its slug and the display name editors wrote."""

    slug: str
    name: str


@record
class TimelineEntry:
    """One line of the timeline: an event an article documents, or the article itself when it documents
    none. It carries what the timeline shows of its article, so that a page listing entries depends on
    those fields alone; a page that shows more of the article asks the site for it."""

    day: date
    title: str
    is_event: bool
    article: str  # the article's slug
    article_title: str
    outlet: str
