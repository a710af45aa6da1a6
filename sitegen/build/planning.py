"""The plan stage: which pages this build renders, and which it keeps as the last build (or the early
article pages) made them.

A page is rendered when it is new, when the digest of any dependency key its view read last time changed
(``sitegen.model.reads``), or when its content digest changed (the search index's files, the sitemap). A
page rendered early, against the small site of :mod:`sitegen.build.early`, is kept when every key it read
digests the same on the whole site.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sitegen.model.reads import Digests
from sitegen.pages.route import Route


def content_key(output: str) -> str:
    """The dependency key of a page known by its content's digest."""
    return f"c:{output}"


@dataclass
class Previous:
    """What the plan needs of the last build: each key's digest then, each page's keys, its files."""

    digests: Mapping[str, str]
    page_keys: Mapping[str, tuple[str, ...]]
    outputs: set[str]


@dataclass
class Plan:
    render: list[Route] = field(default_factory=list)  # the pages to render, in the routes' order
    kept: dict[str, tuple[str, ...]] = field(default_factory=dict)  # output → keys: pages not rendered again
    outputs: list[str] = field(default_factory=list)  # every page's output, in the routes' order
    routes: list[Route] = field(default_factory=list)  # every route, when asked to keep them (serve)
    content: dict[str, str] = field(default_factory=dict)  # content key → digest, of the pages known so


def plan(routes: Iterable[Route], digests: Digests, previous: Previous | None,
         done: Mapping[str, tuple[tuple[str, ...], bytes | None]], keep_previous,
         keep_routes: bool = False) -> Plan:
    """Take the routes one by one and decide each. ``done``: output → (keys, their combined digest then)
    of the pages rendered already in this build; no digest: rendered from this very site.
    ``keep_previous(output)``: keep the last build's file (False when the output lost it: the page is
    rendered again)."""
    made = Plan()
    # The keys whose digest changed, each digested once: checking a page is then a set intersection.
    changed = ({key for key, before in previous.digests.items()
                if not key.startswith("c:") and not digests.same(key, before)} if previous is not None else set())
    for route in routes:
        output = route.output
        made.outputs.append(output)
        if keep_routes:
            made.routes.append(route)
        if route.content_digest:
            key = content_key(output)
            made.content[key] = route.content_digest
            if (previous is not None and output in previous.outputs
                    and previous.digests.get(key) == route.content_digest and keep_previous(output)):
                made.kept[output] = (key,)
            else:
                made.render.append(route)
            continue
        made_already = done.get(output)
        if made_already is not None:
            keys, combined = made_already
            if combined is None or digests.combined(keys) == combined:
                made.kept[output] = keys
            else:
                made.render.append(route)
            continue
        keys = previous.page_keys.get(output) if previous is not None else None
        if (keys is not None and output in previous.outputs and changed.isdisjoint(keys)
                and keep_previous(output)):
            made.kept[output] = keys
        else:
            made.render.append(route)
    return made


def key_digests(digests: Digests, rendered: Mapping[str, tuple[str, ...]], content: Mapping[str, str]) -> dict[str, str]:
    """The digest of every key some page depends on, for the next build to compare with: those the last
    build stored (each digested by the plan already), those of the pages ``rendered`` now, and the content
    keys. A key no page reads any more stays until a build renders everything."""
    for keys in rendered.values():
        for key in keys:
            if not key.startswith("c:"):
                digests[key]
    made = digests.made  # handed over, not copied: the digests are done with
    made.update(content)
    return made
