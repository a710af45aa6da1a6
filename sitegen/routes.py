"""The site → every page it publishes, as :class:`Route` values.

A route names its URL, its output file, its template, the view that feeds the template, and the
dependency keys (:mod:`sitegen.deps`) of what it shows. Two routes writing one file is an error, not a silent overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from html import escape
from typing import Callable

from sitegen import deps, views
from sitegen.diagnostics import Diagnostics
from sitegen.model import Site

@dataclass(frozen=True)
class Route:
    url: str  # site-relative: "" for the front page, "articles/x/", "feed.xml"
    output: str  # file in the output folder: "articles/x/index.html"
    template: str
    view: Callable[[Site], dict] = field(compare=False)
    deps: frozenset[str] = frozenset()
    lastmod: str = ""  # RFC 3339, for the sitemap
    in_sitemap: bool = True
    always: bool = False  # re-render on every build (the sitemap: it lists every other page)


def _html(url: str, template: str, view, deps, lastmod: str = "", in_sitemap: bool = True) -> Route:
    return Route(url, f"{url}index.html", template, view, frozenset(deps), lastmod, in_sitemap)


def _paged(first_url: str, template: str, items: list, per_page: int, make_view, deps, item_deps, lastmod=""):
    """One route per page of a list; each page depends on ``deps`` and on the items it shows."""
    for number in range(1, views.page_count(len(items), per_page) + 1):
        chunk = items[(number - 1) * per_page:number * per_page]
        page_deps = set(deps).union(*(item_deps(item) for item in chunk)) if chunk else set(deps)
        yield _html(views.page_url(first_url, number), template, partial(make_view, number=number), page_deps,
                    lastmod)


def _newest(articles) -> str:
    return views.iso_moment(articles[0].published) if articles else ""


def card_keys(article) -> set[str]:
    """An article as lists show it: its own record and the speakers it quotes (names, links)."""
    return {deps.article_key(article.slug)} | {deps.speaker_key(q.speaker) for q in article.quotes}


def _no_keys(item) -> set[str]:
    return set()


def site_routes(site: Site, diagnostics: Diagnostics) -> list[Route]:
    """Every page of the site, in a stable order."""
    config = site.config
    routes: list[Route] = []
    memo: dict[str, frozenset[str]] = {}

    def article_keys(article) -> frozenset[str]:  # each article shows on several lists: compute once
        keys = memo.get(article.slug)
        if keys is None:
            keys = memo[article.slug] = frozenset(card_keys(article))
        return keys

    newest = _newest(site.articles)

    front_extra = {deps.ORDER_NOTES} | {deps.note_key(n.slug) for n in site.notes[:config.front_page_notes]}
    for route in _paged("", "index.html", site.articles, config.per_page, views.front_page,
                        {deps.ORDER_ARTICLES, deps.COUNTS}, article_keys, newest):
        routes.append(route if route.url else Route(route.url, route.output, route.template, route.view,
                                                    route.deps | front_extra, route.lastmod))

    for article in site.articles:
        notes = site.notes_by_article.get(article.slug, [])
        keys = article_keys(article) | {deps.note_key(n.slug) for n in notes}
        routes.append(_html(views.article_url(article.slug), "article.html",
                            partial(views.article_page, slug=article.slug), keys,
                            views.iso_moment(max([views.last_changed(article)] + [n.published for n in notes]))))

    routes += _paged("notes/", "notes.html", site.notes, config.per_page, views.notes_index, {deps.ORDER_NOTES},
                     lambda note: {deps.note_key(note.slug)},
                     views.iso_moment(site.notes[0].published) if site.notes else "")
    for note in site.notes:
        keys = {deps.note_key(note.slug)}.union(*(article_keys(site.articles_by_slug[slug])
                                                  for slug, _ in note.articles if slug in site.articles_by_slug))
        routes.append(_html(views.note_url(note.slug), "note.html", partial(views.note_page, slug=note.slug),
                            keys, views.iso_moment(note.published)))

    speaker_ids = views.speaker_order(site)
    routes += _paged("speakers/", "speakers.html", speaker_ids, config.index_per_page, views.speakers_index,
                     {deps.ORDER_SPEAKERS}, lambda speaker_id: {deps.speaker_key(speaker_id)}, newest)
    for speaker_id in speaker_ids:
        quoted = site.quotes_by_speaker[speaker_id]
        routes += _paged(views.speaker_url(speaker_id), "speaker.html", quoted, config.per_page,
                         partial(views.speaker_page, speaker_id=speaker_id),
                         {deps.speaker_key(speaker_id), deps.speaker_quotes_key(speaker_id)},
                         lambda pair: {deps.article_key(pair[0].slug)}, _newest([a for a, _ in quoted]))

    for kind, terms, by_term in (("tags", site.tags, site.articles_by_tag),
                                 ("places", site.places, site.articles_by_place)):
        routes += _paged(f"{kind}/", "terms.html", list(terms), config.index_per_page,
                         partial(views.terms_index, kind=kind), {deps.terms_key(kind)}, _no_keys, newest)
        for slug in terms:
            articles = by_term[slug]
            routes += _paged(f"{kind}/{slug}/", "term.html", articles, config.per_page,
                             partial(views.term_page, kind=kind, slug=slug), {deps.term_key(kind, slug)}, article_keys,
                             _newest(articles))

    routes.append(_html("timeline/", "timeline.html", views.timeline_index, {deps.ORDER_YEARS}, newest))
    for year, entries in site.timeline.items():
        routes += _paged(views.year_url(year), "timeline_year.html", entries, config.timeline_per_page,
                         partial(views.timeline_year, year=year), {deps.year_key(year), deps.ORDER_YEARS},
                         lambda entry: {deps.article_key(entry.article.slug)},
                         max(views.iso_moment(e.article.published) for e in entries))

    routes.append(Route("404.html", "404.html", "404.html", views.not_found_page, frozenset(), "", False))
    feed_keys = {deps.ORDER_ARTICLES}.union(*(article_keys(a) for a in site.articles[:config.feed_length]))
    routes.append(Route("feed.xml", "feed.xml", "feed.xml", feed_view, frozenset(feed_keys), "", False))
    pages = [r for r in routes if r.in_sitemap]
    routes += sitemap_routes(pages)
    _check_collisions(routes, diagnostics)
    return routes


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
    if len(chunks) == 1:
        return [Route("sitemap.xml", "sitemap.xml", "sitemap.xml", partial(_sitemap_view, entries=entries),
                      frozenset(), "", False, always=True)]
    routes = [Route(f"sitemap-{n}.xml", f"sitemap-{n}.xml", "sitemap.xml", partial(_sitemap_view, entries=chunk),
                    frozenset(), "", False, always=True) for n, chunk in enumerate(chunks, 1)]
    index = [{"url": r.url, "lastmod": max((e["lastmod"] for e in c if e["lastmod"]), default="")}
             for r, c in zip(routes, chunks)]
    routes.append(Route("sitemap.xml", "sitemap.xml", "sitemap_index.xml",
                        partial(_sitemap_index_view, sitemaps=index), frozenset(), "", False, always=True))
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
