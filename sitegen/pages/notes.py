"""Editor notes: the list of them, newest first, and each note's page with the articles it is about."""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.records import Note
from sitegen.model.site import Site
from sitegen.pages import jsonld
from sitegen.pages.common import article_card, iso_moment, note_card, note_url, page_count, page_info, page_slice, \
    page_url, paged_routes, pagination
from sitegen.pages.route import Kind, Route, html_route


def routes(site: Site):
    lastmod = iso_moment(site.notes[0].published) if site.notes else ""
    yield from paged_routes(NOTES, "notes/", len(site.notes), site.config.per_page, lastmod=lastmod)
    for note in site.notes:
        yield route(site, note)


def route(site: Site, note: Note) -> Route:
    """A note's page."""
    shown = [site.articles_by_slug[slug] for slug, _ in note.articles if slug in site.articles_by_slug]
    return html_route(NOTE, note_url(note.slug), (note.slug,), iso_moment(note.published), listed=shown)


def index_view(reads: Reads, number: int) -> dict:
    per_page = reads.config.per_page
    count = page_count(reads.note_count(), per_page)
    return {
        "page": page_info(reads, "notes", page_url("notes/", number), "Editor notes",
                          "Context, corrections and method notes from the editors.",
                          pagination("notes/", number, count)),
        "notes": [note_card(reads, n) for n in reads.notes(*page_slice(number, per_page))],
    }


def note_view(reads: Reads, slug: str) -> dict:
    note = reads.note(slug)
    shown = [article for article in (reads.article(s) for s, _ in note.articles) if article is not None]
    return {
        "page": page_info(reads, "note", note_url(slug), note.title, note.summary_text,
                          jsonld=jsonld.note_article(reads, note)),
        "note": dict(note_card(reads, note), body_html=note.body_html),
        "articles": [article_card(reads, a) for a in shown],
    }


NOTES = Kind("notes", "notes.html", index_view)
NOTE = Kind("note", "note.html", note_view)
