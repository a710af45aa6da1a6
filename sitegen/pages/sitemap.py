"""The sitemap (https://www.sitemaps.org/protocol.html) of every page that asks to be listed, made last:
it depends on the other pages' URLs and dates alone, digested before it is rendered."""

from __future__ import annotations

import hashlib

from sitegen.model.reads import Reads
from sitegen.pages.common import page_info
from sitegen.pages.route import Kind, Route, file_route

LIMIT = 50_000  # URLs per sitemap file, the protocol's limit


def routes(pages: list[tuple[str, str]]) -> list[Route]:
    """sitemap.xml, or a sitemap index with sitemap-N.xml files when there are more URLs than one may hold;
    ``pages``: (url, lastmod) of every page it lists."""
    chunks = [pages[i:i + LIMIT] for i in range(0, len(pages), LIMIT)] or [[]]
    if len(chunks) == 1:
        return [file_route(SITEMAP, "sitemap.xml", (pages,), _digest(pages))]
    made = [file_route(SITEMAP, f"sitemap-{n}.xml", (chunk,), _digest(chunk)) for n, chunk in enumerate(chunks, 1)]
    index = [{"url": route.url, "lastmod": max((lastmod for _, lastmod in chunk if lastmod), default="")}
             for route, chunk in zip(made, chunks)]
    return [*made, file_route(SITEMAP_INDEX, "sitemap.xml", (index,), _digest([(i["url"], i["lastmod"]) for i in index]))]


def _digest(pages: list[tuple[str, str]]) -> str:
    hasher = hashlib.blake2b(digest_size=12)
    for url, lastmod in pages:
        hasher.update(f"{url}\t{lastmod}\n".encode())  # neither holds a tab or a newline
    return hasher.hexdigest()


def view(reads: Reads, pages) -> dict:
    return {"page": page_info(reads, "sitemap", "sitemap.xml", "Sitemap", collection=False),
            "entries": [{"url": url, "lastmod": lastmod} for url, lastmod in pages]}


def index_view(reads: Reads, sitemaps) -> dict:
    return {"page": page_info(reads, "sitemap", "sitemap.xml", "Sitemap", collection=False), "sitemaps": sitemaps}


SITEMAP = Kind("sitemap", "sitemap.xml", view)
SITEMAP_INDEX = Kind("sitemap-index", "sitemap_index.xml", index_view)
