"""The site → every page it publishes, as :class:`Route` values.

A route names its URL, its output file, its template, the view that feeds the template, and the
dependency keys (:mod:`sitegen.deps`) of what it shows. Two routes writing one file is an error, not a silent overwrite.
Routes are made one by one (:func:`iter_routes`): an edit build keeps only those it renders.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import partial
from html import escape
from typing import Callable

from sitegen import deps, exports, views
from sitegen.diagnostics import Diagnostics
from sitegen.model import Site
from sitegen.search import search_data_routes, search_page_route

@dataclass(frozen=True, slots=True)
class Route:
    url: str  # site-relative: "" for the front page, "articles/x/", "feed.xml"
    output: str  # file in the output folder: "articles/x/index.html"
    template: str | None  # None: a data route, its view written as JSON
    view: Callable[[Site], dict] = field(compare=False)
    keys: frozenset[str] = frozenset()  # dependency keys of what the page shows besides its items
    lastmod: str = ""  # RFC 3339, for the sitemap
    in_sitemap: bool = True
    always: bool = False  # re-render on every build
    items: Sequence = field(default=(), compare=False)  # the records the page lists
    item_keys: Callable[[object], Iterable[str]] | None = field(default=None, compare=False)
    # A digest of the page's content known before it is rendered (the search index's files): then the page
    # depends on that alone (deps.content_key), and is rendered again only when its own content changed.
    content_digest: str = ""

    def depends_on(self, changed: AbstractSet[str]) -> bool:
        """Whether any of ``changed`` is among the page's dependency keys: its own and those of the items
        it lists. Asked only by incremental builds, never stored (at 10,000 articles sets of every page's
        keys took 130 MB, and remembering each listed item's answer took 70 MB at 50,000): an item's keys
        are made when asked, a few strings, and ``changed`` is small."""
        if not self.keys.isdisjoint(changed):
            return True
        item_keys = self.item_keys
        for item in self.items:
            for key in item_keys(item):
                if key in changed:
                    return True
        return False


_NO_KEYS: frozenset[str] = frozenset()


def _html(url: str, template: str, view, deps, lastmod: str = "", in_sitemap: bool = True, items: Sequence = (),
          item_keys=None) -> Route:
    return Route(url, f"{url}index.html", template, view, frozenset(deps) if deps else _NO_KEYS, lastmod, in_sitemap,
                 False, items, item_keys)


def _paged(first_url: str, template: str, items: list, per_page: int, make_view, deps, item_deps, lastmod=""):
    """One route per page of a list; each page depends on ``deps`` and on the items it shows."""
    for number in range(1, views.page_count(len(items), per_page) + 1):
        chunk = items[(number - 1) * per_page:number * per_page]
        yield _html(views.page_url(first_url, number), template, partial(make_view, number=number), deps, lastmod,
                    items=chunk, item_keys=item_deps)


def _newest(articles) -> str:
    return views.iso_moment(articles[0].published) if articles else ""


def card_keys(article) -> list[str]:
    """An article as lists show it: its own record and the speakers it quotes (names, links)."""
    return [deps.article_key(article.slug), *[deps.speaker_key(q.speaker) for q in article.quotes]]


def _no_keys(item) -> tuple[str, ...]:
    return ()


def iter_routes(site: Site, diagnostics: Diagnostics, search_data: list[Route] | None = None) -> Iterator[Route]:
    """Every page of the site, one by one in a stable order, the sitemap last; two pages for one file are
    reported as they come. ``search_data``: the search index's data files when they are made elsewhere
    (they are not in the sitemap, and nothing else is written under search/)."""
    made: dict[str, str | None] = {}  # output → template
    pages: list[tuple[str, str]] = []  # (url, lastmod) of what the sitemap lists
    for route in _page_routes(site, search_data):
        if route.in_sitemap:
            pages.append((route.url, route.lastmod))
        _check_collision(route, made, diagnostics)
        yield route
    for route in sitemap_routes(pages):
        _check_collision(route, made, diagnostics)
        yield route


def _page_routes(site: Site, search_data: list[Route] | None) -> Iterator[Route]:
    config = site.config

    def article_entry_keys(article) -> list[str]:
        """An article as its page and feeds show it: its card, its notes, and which notes it has."""
        notes = site.notes_by_article.get(article.slug, ())
        return [*card_keys(article), *[deps.note_key(n.slug) for n in notes], deps.article_notes_key(article.slug)]

    newest = _newest(site.articles)

    front_extra = {deps.ORDER_NOTES} | {deps.note_key(n.slug) for n in site.notes[:config.front_page_notes]}
    for route in _paged("", "index.html", site.articles, config.per_page, views.front_page,
                        {deps.ORDER_ARTICLES, deps.COUNTS}, card_keys, newest):
        yield route if route.url else replace(route, keys=route.keys | front_extra)

    for article in site.articles:
        yield article_route(article, site.notes_by_article.get(article.slug, []), article_entry_keys)

    yield from _paged("notes/", "notes.html", site.notes, config.per_page, views.notes_index, {deps.ORDER_NOTES},
                      lambda note: (deps.note_key(note.slug),),
                      views.iso_moment(site.notes[0].published) if site.notes else "")
    for note in site.notes:
        shown = [site.articles_by_slug[slug] for slug, _ in note.articles if slug in site.articles_by_slug]
        yield _html(views.note_url(note.slug), "note.html", partial(views.note_page, slug=note.slug),
                    {deps.note_key(note.slug)}, views.iso_moment(note.published), items=shown, item_keys=card_keys)

    speaker_ids = views.speaker_order(site)
    yield from _paged("speakers/", "speakers.html", speaker_ids, config.index_per_page, views.speakers_index,
                      {deps.ORDER_SPEAKERS}, lambda speaker_id: (deps.speaker_key(speaker_id),), newest)
    for speaker_id in speaker_ids:
        quoted = site.quotes_by_speaker[speaker_id]
        yield from _paged(views.speaker_url(speaker_id), "speaker.html", quoted, config.per_page,
                          partial(views.speaker_page, speaker_id=speaker_id),
                          {deps.speaker_key(speaker_id), deps.speaker_quotes_key(speaker_id)},
                          lambda pair: (deps.article_key(pair[0].slug),), _newest([a for a, _ in quoted]))

    for kind, terms, by_term in (("tags", site.tags, site.articles_by_tag),
                                 ("places", site.places, site.articles_by_place)):
        yield from _paged(f"{kind}/", "terms.html", list(terms), config.index_per_page,
                          partial(views.terms_index, kind=kind), {deps.terms_key(kind)}, _no_keys, newest)
        for slug in terms:
            articles = by_term[slug]
            yield from _paged(f"{kind}/{slug}/", "term.html", articles, config.per_page,
                              partial(views.term_page, kind=kind, slug=slug), {deps.term_key(kind, slug)}, card_keys,
                              _newest(articles))

    yield _html("timeline/", "timeline.html", views.timeline_index, {deps.ORDER_YEARS}, newest)
    for year, entries in site.timeline.items():
        yield from _paged(views.year_url(year), "timeline_year.html", entries, config.timeline_per_page,
                          partial(views.timeline_year, year=year), {deps.year_key(year), deps.ORDER_YEARS},
                          _entry_keys, max(views.iso_moment(e.article.published) for e in entries))

    yield Route("404.html", "404.html", "404.html", views.not_found_page, frozenset(), "", False)
    yield Route("robots.txt", "robots.txt", "robots.txt", views.not_found_page, frozenset(), "", False)
    latest = site.articles[:config.feed_length]
    yield Route("feed.xml", "feed.xml", "feed.xml", feed_view, frozenset({deps.ORDER_ARTICLES}), "", False,
                items=latest, item_keys=article_entry_keys)
    yield _data("feed.json", exports.json_feed, {deps.ORDER_ARTICLES}, latest, article_entry_keys)
    for speaker_id in speaker_ids:
        articles = _distinct_articles(site.quotes_by_speaker[speaker_id], config.feed_length)
        url = views.speaker_url(speaker_id) + "feed.xml"
        yield Route(url, url, "feed.xml", partial(speaker_feed_view, speaker_id=speaker_id),
                    frozenset({deps.speaker_key(speaker_id), deps.speaker_quotes_key(speaker_id)}), "", False,
                    items=articles, item_keys=article_entry_keys)
    for kind, by_term in (("tags", site.articles_by_tag), ("places", site.articles_by_place)):
        for slug, articles in by_term.items():
            url = f"{kind}/{slug}/feed.xml"
            yield Route(url, url, "feed.xml", partial(term_feed_view, kind=kind, slug=slug),
                        frozenset({deps.term_key(kind, slug)}), "", False,
                        items=articles[:config.feed_length], item_keys=article_entry_keys)
    all_years = {deps.ORDER_YEARS} | {deps.year_key(y) for y in site.timeline}
    # A year's key digests all its events show (deps.site_keys): an edit to an article's quotes or text
    # leaves the timeline files alone.
    yield _data("timeline.json", exports.timeline_js, all_years)
    for year in site.timeline:
        yield _data(f"timeline/{year}/timeline.json", partial(exports.timeline_js, year=year), {deps.year_key(year)})
    yield search_page_route()
    yield from search_data_routes(site) if search_data is None else search_data


def article_route(article, notes, item_keys=None) -> Route:
    """An article's own page; ``notes``: those that name it (the page's last change may be theirs)."""
    return _html(views.article_url(article.slug), "article.html", partial(views.article_page, slug=article.slug), (),
                 views.iso_moment(max([views.last_changed(article)] + [n.published for n in notes])),
                 items=(article,), item_keys=item_keys)


def wants_body(route: Route):
    """The article whose page ``route`` renders, when its record was kept without the body; else None."""
    if route.template == "article.html" and len(route.items) == 1 and route.items[0].body_packed is None:
        return route.items[0]
    return None


def _distinct_articles(quoted, limit: int) -> list:
    """The first ``limit`` articles of (article, quote) pairs, each once. By slug: hashing an Article hashes
    every field, which cost a third of a second per build at 10,000 articles."""
    seen: dict[str, object] = {}
    for article, _ in quoted:
        if len(seen) == limit:
            break
        seen.setdefault(article.slug, article)
    return list(seen.values())


def _feed_entry(site: Site, article, quotes=None, id_suffix: str = "") -> dict:
    """An Atom entry: the summary (or, in a speaker's feed, their quotes), then a link to the source."""
    source = f'<p>Source: <a href="{escape(article.source.url)}">{escape(article.source.outlet)}</a></p>'
    if quotes:
        content = "".join(f"<blockquote><p>{escape(q.text)}</p></blockquote>" for q in quotes)
    else:
        content = article.summary_html
    latest = max([views.last_changed(article)] + [n.published for n in site.notes_by_article.get(article.slug, [])])
    return dict(views.article_card(article, site), published=views.iso_moment(article.published),
                updated=views.iso_moment(latest), author=article.source.author or article.source.outlet,
                content_html=content + source, id_suffix=id_suffix)


def _feed(site: Site, *, title: str, subtitle: str, path: str, alternate: str, entries: list[dict]) -> dict:
    return {
        "page": views.page_info("feed", path, title, subtitle),
        "feed": {"title": title, "subtitle": subtitle, "self": path, "alternate": alternate},
        "updated": max((e["updated"] for e in entries), default="1970-01-01T00:00:00Z"),
        "entries": entries,
    }


def feed_view(site: Site) -> dict:
    entries = [_feed_entry(site, a) for a in site.articles[:site.config.feed_length]]
    return _feed(site, title=site.config.title, subtitle=site.config.description, path="feed.xml", alternate="",
                 entries=entries)


def speaker_feed_view(site: Site, speaker_id: str) -> dict:
    speaker = site.speakers[speaker_id]
    by_article: dict[str, list] = {}
    order = []
    for article, quote in site.quotes_by_speaker[speaker_id]:
        if article.slug not in by_article:
            if len(order) == site.config.feed_length:
                break
            by_article[article.slug] = []
            order.append(article)
        by_article[article.slug].append(quote)
    entries = [_feed_entry(site, a, by_article[a.slug], f"#quotes-{speaker_id}") for a in order]
    first = views.speaker_url(speaker_id)
    return _feed(site, title=f"{speaker.name}: quotes in {site.config.title}",
                 subtitle=f"Everything {speaker.name} was quoted saying, newest first.", path=f"{first}feed.xml",
                 alternate=first, entries=entries)


def term_feed_view(site: Site, kind: str, slug: str) -> dict:
    terms, by_term = (site.tags, site.articles_by_tag) if kind == "tags" else (site.places, site.articles_by_place)
    first = f"{kind}/{slug}/"
    entries = [_feed_entry(site, a) for a in by_term[slug][:site.config.feed_length]]
    return _feed(site, title=f"{terms[slug].name}: {site.config.title}",
                 subtitle=f"Coverage of {terms[slug].name}, newest first.", path=f"{first}feed.xml",
                 alternate=first, entries=entries)


def _data(url: str, view, keys, items: Sequence = (), item_keys=None) -> Route:
    return Route(url, url, None, view, frozenset(keys), "", False, False, items, item_keys)


def content_route(output: str, view, digest: str) -> Route:
    """A data file whose content's digest is known before rendering (the search index's files): it
    depends on that alone, so it is rendered again only when its own content changed."""
    return Route(output, output, None, view, frozenset({deps.content_key(output)}), "", False, content_digest=digest)


def _entry_keys(entry) -> tuple[str]:
    return (deps.article_key(entry.article.slug),)


SITEMAP_LIMIT = 50_000  # URLs per sitemap file, the protocol's limit


def sitemap_routes(pages: list[tuple[str, str]]) -> list[Route]:
    """sitemap.xml, or a sitemap index with sitemap-N.xml files when there are more URLs than one may hold;
    ``pages``: (url, lastmod) of every page it lists (the entries' dicts are made only when rendered)."""
    chunks = [pages[i:i + SITEMAP_LIMIT] for i in range(0, len(pages), SITEMAP_LIMIT)] or [[]]
    if len(chunks) == 1:
        return [Route("sitemap.xml", "sitemap.xml", "sitemap.xml", partial(_sitemap_view, pages=pages),
                      frozenset({deps.PAGES}), "", False)]
    routes = [Route(f"sitemap-{n}.xml", f"sitemap-{n}.xml", "sitemap.xml", partial(_sitemap_view, pages=chunk),
                    frozenset({deps.PAGES}), "", False) for n, chunk in enumerate(chunks, 1)]
    index = [{"url": r.url, "lastmod": max((lastmod for _, lastmod in c if lastmod), default="")}
             for r, c in zip(routes, chunks)]
    routes.append(Route("sitemap.xml", "sitemap.xml", "sitemap_index.xml",
                        partial(_sitemap_index_view, sitemaps=index), frozenset({deps.PAGES}), "", False))
    return routes


def _sitemap_view(site: Site, pages) -> dict:
    entries = [{"url": url, "lastmod": lastmod} for url, lastmod in pages]
    return {"page": views.page_info("sitemap", "sitemap.xml", "Sitemap"), "entries": entries}


def _sitemap_index_view(site: Site, sitemaps) -> dict:
    return {"page": views.page_info("sitemap", "sitemap.xml", "Sitemap"), "sitemaps": sitemaps}


def _check_collision(route: Route, made: dict[str, str | None], diagnostics: Diagnostics) -> None:
    if route.output in made:
        diagnostics.error("content", None, f"two pages would be written to {route.output} "
                          f"(from {made[route.output]} and {route.template}); rename one of them")
    else:
        made[route.output] = route.template
