"""A page kind and its routes: what one page is, before its view is made.

A :class:`Kind` is a page kind: its template and its view (what the template gets, made from a
:class:`~sitegen.model.reads.Reads`, so that the page's dependencies are whatever the view read). A
:class:`Route` names one page: its kind, the parameters its view is called with, its URL, output file and
sitemap date. A module of this package defines its kinds and a ``routes(site)`` that makes their routes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sitegen.model.reads import Reads


@dataclass(frozen=True, eq=False)
class Kind:
    name: str  # "article", "front", ...
    template: str | None  # None: a data file, its view the file's content (JSON-able data, or bytes)
    view: Callable[..., object] = field(repr=False)  # view(reads, *route.params)


@dataclass(frozen=True, slots=True, eq=False)
class Route:
    kind: Kind
    params: tuple  # what the view is called with besides the Reads
    url: str  # site-relative: "" for the front page, "articles/x/", "feed.xml"
    output: str  # file in the output folder: "articles/x/index.html"
    lastmod: str = ""  # RFC 3339, for the sitemap
    in_sitemap: bool = False
    # A digest of the file's content known before it is made (the search index's files, the sitemap): the
    # page then depends on that alone, and is made again only when its content changed.
    content_digest: str = ""
    # The newest article the page lists (minus its timestamp), for the order pages are rendered in: an
    # article's card is kept while the pages listing it come close together. None listed: infinity.
    newest_listed: float = math.inf

    @property
    def template(self) -> str | None:
        return self.kind.template

    def view(self, reads: Reads):
        return self.kind.view(reads, *self.params)


def html_route(kind: Kind, url: str, params: tuple = (), lastmod: str = "", in_sitemap: bool = True,
               listed: Sequence = ()) -> Route:
    """A page at ``url``/index.html; ``listed``: the articles it shows, newest first (their order)."""
    return Route(kind, params, url, f"{url}index.html", lastmod, in_sitemap, "", newest_of(listed))


def file_route(kind: Kind, output: str, params: tuple = (), content_digest: str = "", listed: Sequence = ()) -> Route:
    """A page that is a file of its own (a feed, a JSON export, the sitemap): its URL is its file name."""
    return Route(kind, params, output, output, "", False, content_digest, newest_of(listed))


def newest_of(articles: Sequence) -> float:
    return -articles[0].published.timestamp() if articles else math.inf
