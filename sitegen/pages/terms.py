"""Tags and places: the index of each (names with their number of articles) and each term's page."""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.site import Site
from sitegen.pages import jsonld
from sitegen.pages.common import article_card, article_url, newest, page_count, page_info, page_slice, page_url, \
    paged_routes, pagination
from sitegen.pages.route import Kind

KINDS = ("tags", "places")


def routes(site: Site):
    for kind in KINDS:
        yield from paged_routes(TERMS, f"{kind}/", len(site.terms(kind)), site.config.index_per_page, (kind,),
                                newest(site.articles))
        for slug in site.terms(kind):
            articles = site.articles_by_term(kind)[slug]
            yield from paged_routes(TERM, f"{kind}/{slug}/", len(articles), site.config.per_page, (kind, slug),
                                    newest(articles), articles)


def index_view(reads: Reads, kind: str, number: int) -> dict:
    per_page = reads.config.index_per_page
    count = page_count(reads.term_count(kind), per_page)
    title = "Tags" if kind == "tags" else "Places"
    return {
        "page": page_info(reads, kind, page_url(f"{kind}/", number), title,
                          f"{title} of the digest's coverage, with the number of articles for each.",
                          pagination(f"{kind}/", number, count)),
        "terms": [{"name": term.name, "url": f"{kind}/{term.slug}/", "count": reads.term_article_count(kind, term.slug)}
                  for term in reads.terms(kind, *page_slice(number, per_page))],
    }


def term_view(reads: Reads, kind: str, slug: str, number: int) -> dict:
    term = reads.term(kind, slug)
    total = reads.term_article_count(kind, slug)
    per_page = reads.config.per_page
    count = page_count(total, per_page)
    first = f"{kind}/{slug}/"
    label = "Tag" if kind == "tags" else "Place"
    shown = reads.term_articles(kind, slug, *page_slice(number, per_page))
    listing = jsonld.item_list(reads, term.name, page_url(first, number), [(article_url(a.slug), a.title) for a in shown])
    return {
        "page": page_info(reads, "tag" if kind == "tags" else "place", page_url(first, number), term.name,
                          f"{label}: {term.name}. Coverage in the digest, newest first.",
                          pagination(first, number, count), listing),
        "feed_url": f"{first}feed.xml",
        "term": {"name": term.name, "slug": slug, "kind": kind, "label": label, "count": total},
        "articles": [article_card(reads, a) for a in shown],
    }


TERMS = Kind("terms", "terms.html", index_view)
TERM = Kind("term", "term.html", term_view)
