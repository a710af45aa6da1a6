"""The site → every page it publishes: one module per page kind (or family of kinds), each with its
template, its view and the routes of its pages (``docs/architecture.md`` says how to add one).

:func:`routes` makes them in a stable order, the sitemap last. The search index's data files are made
apart (:func:`sitegen.pages.search.data_routes`): they cost most, and a build decides when to make them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitegen.diagnostics import Diagnostics
from sitegen.model.records import Article, Note
from sitegen.model.site import Site
from sitegen.pages import articles, feeds, front, misc, notes, search, sitemap, speakers, terms, timeline
from sitegen.pages.route import Kind, Route

# Each page family's routes, in the order the site lists them (the sitemap's order).
SECTIONS = (front.routes, articles.routes, notes.routes, speakers.routes, terms.routes, timeline.routes,
            misc.routes, feeds.routes, timeline.export_routes, search.routes)

__all__ = ["Kind", "Route", "SECTIONS", "own_routes", "routes"]


def routes(site: Site, diagnostics: Diagnostics, search_data: list[Route] | None = None) -> Iterator[Route]:
    """Every page of the site, one by one in a stable order, the search index's files after the pages
    (``search_data``: already made, else none) and the sitemap last; two pages for one file are reported."""
    made: dict[str, str | None] = {}  # output → template
    listed: list[tuple[str, str]] = []  # (url, lastmod) of what the sitemap lists
    for section in SECTIONS:
        for route in section(site):
            if route.in_sitemap:
                listed.append((route.url, route.lastmod))
            _check_collision(route, made, diagnostics)
            yield route
    for route in search_data or ():
        _check_collision(route, made, diagnostics)
        yield route
    for route in sitemap.routes(listed):
        _check_collision(route, made, diagnostics)
        yield route


def _check_collision(route: Route, made: dict[str, str | None], diagnostics: Diagnostics) -> None:
    if route.output in made:
        diagnostics.error("content", None, f"two pages would be written to {route.output} "
                          f"(from {made[route.output]} and {route.template}); rename one of them")
    else:
        made[route.output] = route.template


def own_routes(site: Site, records) -> list[Route]:
    """The pages that show each of these articles and notes in full (their own pages), as the site has
    them: what a save changed first."""
    made = []
    for record in records:
        if isinstance(record, Article) and record.slug in site.articles_by_slug:
            made.append(articles.route(record, site.notes_by_article.get(record.slug, ())))
        elif isinstance(record, Note) and record.slug in site.notes_by_slug:
            made.append(notes.route(site, record))
    return made
