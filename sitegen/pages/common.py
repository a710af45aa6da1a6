"""What every page kind uses: URLs, dates as pages print them, pagination, the ``page`` every template
gets, and the cards lists show (made once per build pass and shared, with their dependencies)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timezone

from sitegen.model.reads import Reads
from sitegen.model.records import Article, Note, Speaker
from sitegen.pages.route import Kind, Route, html_route
from sitegen.slugs import slugify

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SCHEMA = "https://schema.org"


# -- dates and URLs -------------------------------------------------------------------------------------

def display_day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def iso_moment(moment: datetime) -> str:
    """RFC 3339 in UTC, e.g. 2022-09-11T00:00:00Z: what feeds and sitemaps want."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def last_changed(article: Article) -> datetime:
    """When the entry last changed as readers see it: published, or its latest correction."""
    latest = article.published
    for correction in article.corrections:
        day = correction.day
        latest = max(latest, datetime(day.year, day.month, day.day, tzinfo=article.published.tzinfo))
    return latest


def newest(articles: Sequence[Article]) -> str:
    return iso_moment(articles[0].published) if articles else ""


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def note_url(slug: str) -> str:
    return f"notes/{slug}/"


def speaker_url(speaker_id: str) -> str:
    return f"speakers/{speaker_id}/"


def term_url(kind: str, name: str) -> str:
    return f"{kind}/{slugify(name)}/"


def year_url(year: int) -> str:
    return f"timeline/{year}/"


def absolute(reads: Reads, path: str) -> str:
    return reads.config.base_url + path


# -- pagination ---------------------------------------------------------------------------------------------

def page_url(first_url: str, number: int) -> str:
    """Page 1 of a list lives at its own URL; page N at ``<url>page/N/``."""
    return first_url if number == 1 else f"{first_url}page/{number}/"


def page_count(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def pagination(first_url: str, number: int, count: int) -> dict:
    shown = range(1, count + 1) if count <= 12 else sorted(
        n for n in {1, 2, number - 1, number, number + 1, count - 1, count} if 1 <= n <= count)
    return {
        "number": number,
        "count": count,
        "previous": page_url(first_url, number - 1) if number > 1 else None,
        "next": page_url(first_url, number + 1) if number < count else None,
        "first": first_url,
        "pages": [{"number": n, "url": page_url(first_url, n)} for n in shown],
    }


def paged_routes(kind: Kind, first_url: str, total: int, per_page: int, params: tuple = (),
                 lastmod: str = "", articles: Sequence[Article] = ()) -> Iterator[Route]:
    """One route per page of a list of ``total`` items; the view gets ``params`` and the page number.
    ``articles``: the list, when it is one of articles (the order pages are rendered in)."""
    for number in range(1, page_count(total, per_page) + 1):
        start, stop = page_slice(number, per_page)
        yield html_route(kind, page_url(first_url, number), (*params, number), lastmod, listed=articles[start:stop])


def page_slice(number: int, per_page: int) -> tuple[int, int]:
    return (number - 1) * per_page, number * per_page


def page_info(reads: Reads, kind: str, url: str, title: str, description: str = "", paging: dict | None = None,
              jsonld: dict | None = None, collection: bool = True) -> dict:
    """What every template gets as ``page``; ``jsonld`` is the page's schema.org data (a collection page
    when the view gives none and ``collection`` holds)."""
    if jsonld is None and collection:
        base = reads.config.base_url
        jsonld = {"@context": SCHEMA, "@type": "CollectionPage", "name": title, "url": base + url,
                  "isPartOf": {"@id": base + "#website"}}
        if description:
            jsonld["description"] = description
    return {"kind": kind, "url": url, "title": title, "description": description, "pagination": paging,
            "jsonld": jsonld}


# -- cards: what lists show of a record, made once per build pass --------------------------------------

def speaker_ref(reads: Reads, speaker: Speaker) -> dict:
    """A speaker as cards and quotes name them, one value per build pass; callers copy it to add to it."""
    def make(reads: Reads) -> dict:
        reads.speaker(speaker.id)
        return {
            "id": speaker.id,
            "name": speaker.name,
            "name_native": speaker.name_native,
            "role": speaker.role,
            "affiliation": speaker.affiliation,
            "anonymous": speaker.anonymous,
            "url": speaker_url(speaker.id) if reads.is_quoted(speaker.id) else None,
        }
    return reads.shared(("speaker_ref", speaker.id), make, part=True)


def source_ref(article: Article) -> dict:
    return {"outlet": article.source.outlet, "url": article.source.url, "author": article.source.author}


def _term_refs(reads: Reads, kind: str, names: Sequence[str]) -> list[dict]:
    """Tags or places as a record names them, with their pages' URLs (made from the name alone)."""
    return [reads.shared(("term_ref", kind, name), lambda _: {"name": name, "url": term_url(kind, name)}, part=True)
            for name in names]


class Card(dict):
    """A card: the same value on every page of a build pass that shows it, which the renderer's
    ``partial()`` may render once (``memo_key``)."""

    __slots__ = ("memo_key",)


def article_card(reads: Reads, article: Article) -> Card:
    """An article as lists show it: headline, date, outlet, summary and the speakers quoted. Callers copy it
    to add to it."""
    def make(reads: Reads) -> Card:
        reads.article(article.slug)
        speakers = []
        for speaker_id in dict.fromkeys(q.speaker for q in article.quotes):
            speaker = reads.speaker(speaker_id)
            if speaker is not None:
                speakers.append(speaker_ref(reads, speaker))
        card = Card(
            slug=article.slug, url=article_url(article.slug), title=article.title, date=article.day.isoformat(),
            date_display=display_day(article.day), source=source_ref(article), summary_html=article.summary_html,
            speakers=speakers, quote_count=len(article.quotes), tags=_term_refs(reads, "tags", article.tags),
            places=_term_refs(reads, "places", article.places), corrected=bool(article.corrections))
        card.memo_key = ("article_card", article.slug)
        return card
    return reads.shared(("article_card", article.slug), make)


def note_card(reads: Reads, note: Note) -> dict:
    reads.note(note.slug)
    return {
        "slug": note.slug,
        "url": note_url(note.slug),
        "title": note.title,
        "date": note.day.isoformat(),
        "date_display": display_day(note.day),
        "author": note.author,
        "summary": note.summary_text,
    }
