"""The site → every page it publishes, as :class:`Route` values.

A route names its URL, its output file, its template, the view that feeds the template, and the records
it depends on (``deps``). Two routes writing one file is an error, not a silent overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from html import escape
from typing import Callable

from sitegen import views
from sitegen.diagnostics import Diagnostics
from sitegen.model import Site

# Dependency keys: a record ("article:<slug>", "note:<slug>", "speaker:<id>") or a whole collection
# ("articles", "notes", "speakers"): a page listing every article depends on "articles".
ALL_ARTICLES = "articles"
ALL_NOTES = "notes"
ALL_SPEAKERS = "speakers"


@dataclass(frozen=True)
class Route:
    url: str  # site-relative: "" for the front page, "articles/x/", "feed.xml"
    output: str  # file in the output folder: "articles/x/index.html"
    template: str
    view: Callable[[Site], dict] = field(compare=False)
    deps: frozenset[str] = frozenset()
    lastmod: str = ""  # RFC 3339, for the sitemap
    in_sitemap: bool = True


def _html(url: str, template: str, view, deps, lastmod: str = "", in_sitemap: bool = True) -> Route:
    return Route(url, f"{url}index.html", template, view, frozenset(deps), lastmod, in_sitemap)


def _paged(first_url: str, template: str, total: int, per_page: int, make_view, deps, lastmod: str = ""):
    for number in range(1, views.page_count(total, per_page) + 1):
        yield _html(views.page_url(first_url, number), template, partial(make_view, number=number), deps, lastmod)


def _newest(articles) -> str:
    return views.iso_moment(articles[0].published) if articles else ""


def article_keys(article) -> set[str]:
    return {f"article:{article.slug}"} | {f"speaker:{q.speaker}" for q in article.quotes}


def site_routes(site: Site, diagnostics: Diagnostics) -> list[Route]:
    """Every page of the site, in a stable order."""
    config = site.config
    routes: list[Route] = []
    newest = _newest(site.articles)
    everything = {ALL_ARTICLES, ALL_SPEAKERS, ALL_NOTES}

    routes += _paged("", "index.html", len(site.articles), config.per_page,
                     lambda s, number: views.front_page(s, number), everything, newest)

    for article in site.articles:
        deps = article_keys(article) | {f"note:{n.slug}" for n in site.notes_by_article.get(article.slug, [])}
        routes.append(_html(views.article_url(article.slug), "article.html",
                            partial(views.article_page, slug=article.slug), deps,
                            views.iso_moment(max([article.published] + [n.published for n in
                                                 site.notes_by_article.get(article.slug, [])]))))

    routes += _paged("notes/", "notes.html", len(site.notes), config.per_page,
                     lambda s, number: views.notes_index(s, number), {ALL_NOTES},
                     views.iso_moment(site.notes[0].published) if site.notes else "")
    for note in site.notes:
        deps = {f"note:{note.slug}"} | {f"article:{slug}" for slug, _ in note.articles}
        deps |= {f"speaker:{q.speaker}" for slug, _ in note.articles if slug in site.articles_by_slug
                 for q in site.articles_by_slug[slug].quotes}
        routes.append(_html(views.note_url(note.slug), "note.html", partial(views.note_page, slug=note.slug),
                            deps, views.iso_moment(note.published)))

    speaker_ids = views.speaker_order(site)
    routes += _paged("speakers/", "speakers.html", len(speaker_ids), config.index_per_page,
                     lambda s, number: views.speakers_index(s, number), {ALL_SPEAKERS, ALL_ARTICLES}, newest)
    for speaker_id in speaker_ids:
        quoted = site.quotes_by_speaker[speaker_id]
        deps = {f"speaker:{speaker_id}"} | {f"article:{a.slug}" for a, _ in quoted}
        routes += _paged(views.speaker_url(speaker_id), "speaker.html", len(quoted), config.per_page,
                         partial(_speaker_view, speaker_id=speaker_id), deps, _newest([a for a, _ in quoted]))

    for kind, terms, by_term in (("tags", site.tags, site.articles_by_tag),
                                 ("places", site.places, site.articles_by_place)):
        routes += _paged(f"{kind}/", "terms.html", len(terms), config.index_per_page,
                         partial(_terms_index_view, kind=kind), {ALL_ARTICLES}, newest)
        for slug in terms:
            articles = by_term[slug]
            deps = set().union(*(article_keys(a) for a in articles))
            routes += _paged(f"{kind}/{slug}/", "term.html", len(articles), config.per_page,
                             partial(_term_view, kind=kind, slug=slug), deps, _newest(articles))

    routes.append(_html("timeline/", "timeline.html", views.timeline_index, {ALL_ARTICLES}, newest))
    for year, entries in site.timeline.items():
        deps = {f"article:{e.article.slug}" for e in entries} | {ALL_ARTICLES}  # neighbours' year links
        routes += _paged(views.year_url(year), "timeline_year.html", len(entries), config.timeline_per_page,
                         partial(_year_view, year=year), deps,
                         max(views.iso_moment(e.article.published) for e in entries))

    routes.append(Route("404.html", "404.html", "404.html", views.not_found_page, frozenset(), "", False))
    routes.append(Route("feed.xml", "feed.xml", "feed.xml", feed_view, frozenset({ALL_ARTICLES, ALL_SPEAKERS}),
                        "", False))
    pages = [r for r in routes if r.in_sitemap]
    routes += sitemap_routes(pages)
    _check_collisions(routes, diagnostics)
    return routes


def _speaker_view(site, number, speaker_id):
    return views.speaker_page(site, speaker_id, number)


def _terms_index_view(site, number, kind):
    return views.terms_index(site, kind, number)


def _term_view(site, number, kind, slug):
    return views.term_page(site, kind, slug, number)


def _year_view(site, number, year):
    return views.timeline_year(site, year, number)


def feed_view(site: Site) -> dict:
    articles = site.articles[:site.config.feed_length]
    return {
        "page": views.page_info("feed", "feed.xml", site.config.title, site.config.description),
        "updated": _newest(site.articles) or "1970-01-01T00:00:00Z",
        "entries": [dict(views.article_card(a, site), published=views.iso_moment(a.published),
                         updated=views.iso_moment(views.last_changed(a)),
                         author=a.source.author or a.source.outlet,
                         content_html=_feed_content(a)) for a in articles],
    }


def _feed_content(article) -> str:
    """The entry's HTML for feed readers: the summary, then a link to the original source."""
    source = f'<p>Source: <a href="{escape(article.source.url)}">{escape(article.source.outlet)}</a></p>'
    return article.summary_html + source


SITEMAP_LIMIT = 50_000  # URLs per sitemap file, the protocol's limit


def sitemap_routes(pages: list[Route]) -> list[Route]:
    """sitemap.xml, or a sitemap index with sitemap-N.xml files when there are more URLs than one may hold."""
    entries = [{"url": r.url, "lastmod": r.lastmod} for r in pages]
    chunks = [entries[i:i + SITEMAP_LIMIT] for i in range(0, len(entries), SITEMAP_LIMIT)] or [[]]
    deps = frozenset({ALL_ARTICLES, ALL_NOTES, ALL_SPEAKERS})
    if len(chunks) == 1:
        return [Route("sitemap.xml", "sitemap.xml", "sitemap.xml", partial(_sitemap_view, entries=entries), deps,
                      "", False)]
    routes = [Route(f"sitemap-{n}.xml", f"sitemap-{n}.xml", "sitemap.xml",
                    partial(_sitemap_view, entries=chunk), deps, "", False) for n, chunk in enumerate(chunks, 1)]
    index = [{"url": r.url, "lastmod": max((e["lastmod"] for e in c if e["lastmod"]), default="")}
             for r, c in zip(routes, chunks)]
    routes.append(Route("sitemap.xml", "sitemap.xml", "sitemap_index.xml",
                        partial(_sitemap_index_view, sitemaps=index), deps, "", False))
    return routes


def _sitemap_view(site: Site, entries) -> dict:
    return {"page": views.page_info("sitemap", "sitemap.xml", "Sitemap"), "entries": entries}


def _sitemap_index_view(site: Site, sitemaps) -> dict:
    return {"page": views.page_info("sitemap", "sitemap.xml", "Sitemap"), "sitemaps": sitemaps}


def _check_collisions(routes: list[Route], diagnostics: Diagnostics) -> None:
    seen: dict[str, Route] = {}
    for route in routes:
        if route.output in seen:
            diagnostics.error("content", None, f"two pages would be written to {route.output} "
                              f"(from {seen[route.output].template} and {route.template}); rename one of them")
        else:
            seen[route.output] = route
