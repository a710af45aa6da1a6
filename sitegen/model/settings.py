"""The site's settings (``content/site.yaml``, read by :mod:`sitegen.load.config`) as frozen values."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class MarkupPolicy:
    """How a site's raw HTML is treated; part of what a parsed file depends on (the parse cache's key)."""

    embeds: tuple[str, ...] = ()  # hosts (lower case) whose https iframes are kept
    unsafe_html: bool = False  # publish raw HTML unsanitized (the site's explicit, documented opt-out)


SAFE = MarkupPolicy()


@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str
    description: str
    base_url: str  # absolute, ends with "/"
    language: str = "en"
    timezone: str = "UTC"
    theme: str = "default"
    per_page: int = 20  # articles, quotes and notes on one list page
    index_per_page: int = 100  # names on one page of the speakers, tags and places indexes
    timeline_per_page: int = 200  # entries on one page of a timeline year
    feed_length: int = 30
    front_page_notes: int = 5
    embeds: tuple[str, ...] = ()  # hosts whose https iframes content may embed (docs/security.md)
    # The largest content file (article, note, speakers.yaml, archive) the build reads, in KB: Markdown
    # and YAML take up to two hundred times a file's size in memory while it is read (docs/security.md).
    max_file_kb: int = 1024
    unsafe_html: bool = False  # publish raw HTML in content unsanitized (docs/security.md)
    source_line: int = 0

    @property
    def base_path(self) -> str:
        """The path part of base_url, e.g. ``/digest/``; every internal link starts with it."""
        return urlsplit(self.base_url).path or "/"

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_kb * 1024

    @property
    def markup(self) -> MarkupPolicy:
        """How raw HTML in the content's Markdown is treated."""
        return MarkupPolicy(embeds=self.embeds, unsafe_html=self.unsafe_html)

    def with_base_url(self, base_url: str) -> "SiteConfig":
        return replace(self, base_url=normalize_base_url(base_url))


def normalize_base_url(url: str) -> str:
    return url if url.endswith("/") else url + "/"
