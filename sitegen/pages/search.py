"""Search: the page with the search form, and the index's files under ``search/`` that ``search.js``
reads in the browser (``docs/search.md``).

The index's files are known before they are rendered (the index is built here, each file's view only
slices it): each depends on a digest of its own content, so an edit writes again only the chunks of
documents and the term shards that changed.
"""

from __future__ import annotations

import hashlib

from sitegen.jsonout import json_bytes
from sitegen.model.reads import Reads
from sitegen.model.site import Site
from sitegen.pages.common import page_count, page_info
from sitegen.pages.route import Kind, Route, file_route, html_route
from sitegen.pages import searchindex
from sitegen.pages.searchindex import SearchIndex, build_index, shard_file_key


def routes(site: Site):
    yield html_route(PAGE, "search/", in_sitemap=True)


def page_view(reads: Reads) -> dict:
    page = page_info(reads, "search", "search/", "Search",
                     "Search headlines, summaries, quotes, speakers, places and tags.")
    page["jsonld"] = dict(page["jsonld"], **{"@type": "SearchResultsPage"})
    return {"page": page}


def data_routes(site: Site) -> list[Route]:
    """The index's files, each with the digest of its content."""
    index = build_index(site)
    made = [file_route(META, "search/meta.json", (index,), _digest(index.meta_view()))]
    for number in range(page_count(len(index.documents), searchindex.DOCS_PER_CHUNK)):
        made.append(file_route(CHUNK, f"search/docs-{number}.json", (index, number), _digest(index.chunk_view(number))))
    for key in index.shards:
        made.append(file_route(SHARD, f"search/terms-{shard_file_key(key)}.json", (index, key),
                               index.shard_digests[key]))
    return made


def _digest(value) -> str:
    return hashlib.blake2b(json_bytes(value), digest_size=12).hexdigest()


def meta_view(reads: Reads, index: SearchIndex) -> dict:
    return index.meta_view()


def chunk_view(reads: Reads, index: SearchIndex, number: int) -> list:
    return index.chunk_view(number)


def shard_view(reads: Reads, index: SearchIndex, key: str) -> dict:
    return index.shard_view(key)


PAGE = Kind("search", "search.html", page_view)
META = Kind("search-meta", None, meta_view)
CHUNK = Kind("search-chunk", None, chunk_view)
SHARD = Kind("search-shard", None, shard_view)
