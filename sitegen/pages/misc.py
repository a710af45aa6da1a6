"""Pages that show no content: the page for a missing URL, and robots.txt."""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.site import Site
from sitegen.pages.common import page_info
from sitegen.pages.route import Kind, Route


def routes(site: Site):
    yield Route(NOT_FOUND, (), "404.html", "404.html")
    yield Route(ROBOTS, (), "robots.txt", "robots.txt")


def view(reads: Reads) -> dict:
    return {"page": page_info(reads, "404", "404.html", "Page not found")}


NOT_FOUND = Kind("404", "404.html", view)
ROBOTS = Kind("robots", "robots.txt", view)
