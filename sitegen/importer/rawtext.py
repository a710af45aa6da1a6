"""Raw scraped article text → headline, outlet and paragraphs, each marked as article text or clutter.

A raw text is line 1: the headline, often with an outlet suffix (" - Reuters", " | The Sun"); then the
body as a scraper stored it. Three body layouts occur and are told apart by their shape, not by site:

* ``blank-lines``: paragraphs separated by blank lines (news-search API records);
* ``lines``: one paragraph a line (news API records, pasted text); a line broken inside a sentence
  (a link's text on its own line) is joined back;
* ``joined``: the whole body on one line, paragraphs joined by a run of spaces and ", " (scraped tables);
* ``run-on``: one line with no paragraph marks at all; it is cut into sentences.

Clutter is decided by rules about what site chrome looks like, not by lists of one site's strings:
prompts ("read more", "sign up", "advertisement"), captions and photo credits, bylines and
"contributed to this report" credits, runs of short lines without end punctuation (lists of other
headlines), ALL-CAPS promotions, reader-addressed questions, footers. A short line without end
punctuation between two article paragraphs is kept as a subheading.

Everything here is a pure function of the text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from sitegen.importer.chrome import MONTHS
from sitegen.importer.clutter import CLUTTER, HEADING, TEXT, split_glued
from sitegen.importer.layout import split_paragraphs, split_sentences
from sitegen.importer.placement import classify

__all__ = ["CLUTTER", "HEADING", "TEXT", "Paragraph", "RawArticle", "parse_raw", "split_headline", "split_sentences",
           "stated_dates", "stated_urls", "url_dates"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # HTML entities decoded, whitespace collapsed
    kind: str  # TEXT, HEADING or CLUTTER
    reason: str = ""  # why it is clutter (or a heading), for the editor and the tests
    line: int = 0  # line of the raw text where it starts (1 = the headline)


@dataclass(frozen=True, slots=True)
class RawArticle:
    headline: str
    outlet: str | None
    layout: str
    paragraphs: tuple[Paragraph, ...]
    dates: tuple[date, ...] = ()  # dates the text states as its own (timestamps, "first published ...")
    urls: tuple[str, ...] = ()

    @property
    def kept(self) -> list[Paragraph]:
        """The paragraphs that belong to the article (text and subheadings), in order."""
        return [p for p in self.paragraphs if p.kind != CLUTTER]

    @property
    def clutter(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == CLUTTER]


def parse_raw(text: str) -> RawArticle:
    """Parse a raw text; never raises, whatever the input."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    first, _, body = text.partition("\n")
    headline, outlet = split_headline(html.unescape(first).strip())
    layout, pieces = split_paragraphs(body)
    pieces = split_glued(pieces, headline)
    kinds = classify([p for p, _ in pieces], headline, _blocks(body, [line for _, line in pieces]) if layout == "blank-lines"
                     else None)
    paragraphs = tuple(Paragraph(p, kind, reason, line) for (p, line), (kind, reason) in zip(pieces, kinds))
    return RawArticle(headline, outlet, layout, paragraphs, stated_dates(paragraphs), stated_urls(text))


def _blocks(body: str, lines: list[int]) -> list[int]:
    """For each paragraph (by its line, the headline being line 1), the number of the blank-line block
    of the body it comes from."""
    block_at, block, blank = {}, 0, True
    for n, line in enumerate(body.split("\n"), 2):
        if line.strip() and blank:
            block += 1
        blank = not line.strip()
        block_at[n] = block
    return [block_at.get(line, 0) for line in lines]


# --- headline and outlet -------------------------------------------------------------------------

# Words that stand after " - " in a headline as the person quoted ("... genocide' - PM"), not an outlet.
_ROLE_SUFFIXES = {"pm", "mp", "mep", "president", "minister", "un", "eu", "nato", "us", "uk", "police", "report",
                  "sources", "source", "official", "officials", "analysis", "opinion", "live", "video", "watch"}
_OUTLET_SUFFIX = re.compile(r"^(?P<headline>.+?)\s+(?:\||-|–|—)\s+(?P<outlet>[^|\-–—]{2,60})$")


def split_headline(line: str) -> tuple[str, str | None]:
    """``"Title - Reuters"`` → ``("Title", "Reuters")``; no recognisable suffix → ``(line, None)``."""
    line = " ".join(line.split())
    match = _OUTLET_SUFFIX.match(line)
    if not match:
        return line, None
    outlet = match.group("outlet").strip()
    words = outlet.split()
    if (outlet.casefold() in _ROLE_SUFFIXES or len(words) > 5 or not outlet[0].isupper() and not outlet[0].isdigit()
            or outlet.endswith((".", "?", "!", "'", "’", '"', "”"))):
        return line, None
    return match.group("headline").strip(), outlet



# --- dates and addresses the text states ---------------------------------------------------------

_MONTH_NUMBER = {m.casefold(): i for i, m in enumerate(MONTHS.split("|"), 1)}
_MONTH_NUMBER.update({m[:3].casefold(): i for m, i in list(_MONTH_NUMBER.items())})
_MONTH_NUMBER["sept"] = 9
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>20\d\d)[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2}),? (?P<y>20\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2}) (?P<mon>[A-Z][a-z]{2,8}),? (?P<y>20\d\d)\b"),
)
_URL = re.compile(r"https?://[^\s<>\"'“”)\]]+")


def _dates_in(text: str) -> list[date]:
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["m"]) if parts.get("m") else _MONTH_NUMBER.get((parts.get("mon") or "").casefold())
            try:
                found.append((match.start(), date(int(parts["y"]), month, int(parts["d"]))))
            except (TypeError, ValueError):
                continue
    return [d for _, d in sorted(found)]


def stated_dates(paragraphs: tuple[Paragraph, ...]) -> tuple[date, ...]:
    """Dates the text gives as its own: timestamp lines, "published"/"updated" lines. Dates mentioned in
    the story ("on April 9, 2010") are not the article's date and are left out."""
    found: list[date] = []
    for paragraph in paragraphs:
        if paragraph.reason in ("timestamp", "credit or caption") and (
                paragraph.reason == "timestamp" or re.search(r"(?i)\b(?:published|updated|posted)\b", paragraph.text)):
            found += _dates_in(paragraph.text)
    for paragraph in paragraphs:
        for url in _URL.findall(paragraph.text):
            found += url_dates(url)
    return tuple(dict.fromkeys(found))


def url_dates(url: str) -> list[date]:
    """The date in an address like ``/2022/04/22/`` or ``...-2022-04-12/``."""
    match = re.search(r"/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)", url) or re.search(
        r"[/-](20\d\d)-(\d{2})-(\d{2})(?:/|\.|$)", url)
    if not match:
        return []
    try:
        return [date(int(match.group(1)), int(match.group(2)), int(match.group(3)))]
    except ValueError:
        return []


def stated_urls(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u.rstrip(".,;") for u in _URL.findall(html.unescape(text))))
