"""The front page: the latest coverage, newest first, page by page; page 1 also shows the latest notes."""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.site import Site
from sitegen.pages import jsonld
from sitegen.pages.common import article_card, newest, note_card, page_count, page_info, page_slice, page_url, \
    paged_routes, pagination
from sitegen.pages.route import Kind


def routes(site: Site):
    yield from paged_routes(FRONT, "", len(site.articles), site.config.per_page, lastmod=newest(site.articles),
                            articles=site.articles)


def view(reads: Reads, number: int) -> dict:
    config = reads.config
    count = page_count(reads.article_count(), config.per_page)
    title = config.title if number == 1 else f"Latest coverage, page {number}"
    return {
        "page": page_info(reads, "home", page_url("", number), title, config.description,
                          pagination("", number, count), jsonld.website(reads)),
        "articles": [article_card(reads, a) for a in reads.articles(*page_slice(number, config.per_page))],
        "notes": ([note_card(reads, n) for n in reads.notes(0, config.front_page_notes)] if number == 1 else []),
        "counts": {"articles": reads.article_count(), "speakers": reads.quoted_speaker_count(),
                   "notes": reads.note_count()},
    }


FRONT = Kind("front", "index.html", view)
