"""Dependency keys: what a page is made from, and a digest of each thing so a rebuild can tell what changed.

A key names either a record (``article:<slug>``, ``note:<slug>``, ``speaker:<id>``) or an ordering that a
list page shows (``order:articles``, ``order:tag:<slug>``, …). A page re-renders when the digest of any key
it depends on changed since the last build; everything else is kept as it was. The digests of records
come from their source (the file's bytes, or the speaker entry); the digests of orderings from the
sequence they describe, so editing an article's text does not re-render every page of the front page's
pagination, but moving its date does.
"""

from __future__ import annotations

import hashlib
import io
import pickle

from sitegen.model import Site

ORDER_ARTICLES = "order:articles"
ORDER_NOTES = "order:notes"
ORDER_SPEAKERS = "order:speakers"
ORDER_YEARS = "order:years"
COUNTS = "counts"  # how many articles, quoted speakers and notes the site has
PAGES = "pages"  # every page's URL and last modification: what the sitemap lists


def article_key(slug: str) -> str:
    return f"article:{slug}"


def note_key(slug: str) -> str:
    return f"note:{slug}"


def speaker_key(speaker_id: str) -> str:
    return f"speaker:{speaker_id}"


def article_notes_key(slug: str) -> str:
    """Which notes show on an article: a page listing them must also notice one leaving."""
    return f"order:notes-of:{slug}"


def terms_key(kind: str) -> str:
    return f"order:{kind}"


def term_key(kind: str, slug: str) -> str:
    return f"order:{kind}:{slug}"


def speaker_quotes_key(speaker_id: str) -> str:
    return f"order:speaker:{speaker_id}"


def year_key(year: int) -> str:
    return f"order:year:{year}"


def digest(value) -> str:
    """A digest of plain data (no cycles) that depends on the values alone: pickle's memo would write a
    string met twice as a reference the second time, so a list holding one shared outlet name would digest
    apart from the same list of equal, unshared names (a clean build and a build from the cache share
    strings differently, and the first edit after a clean build re-rendered every timeline page)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=4)
    pickler.fast = True  # no memo
    pickler.dump(value)
    return hashlib.blake2b(buffer.getbuffer(), digest_size=12).hexdigest()


def site_keys(site: Site, source_digests: dict[str, str]) -> dict[str, str]:
    """Every key of the site with its digest. ``source_digests``: record key → digest of its source."""
    keys = dict(source_digests)
    for speaker in site.speakers.values():
        keys[speaker_key(speaker.id)] = digest((speaker.id, speaker.name, speaker.name_native, speaker.role,
                                                speaker.affiliation, speaker.aliases, speaker.anonymous))
    keys[COUNTS] = digest((len(site.articles), len(site.quotes_by_speaker), len(site.notes)))
    keys[ORDER_ARTICLES] = digest([a.slug for a in site.articles])
    keys[ORDER_NOTES] = digest([n.slug for n in site.notes])
    keys[ORDER_SPEAKERS] = digest([(i, len(q)) for i, q in sorted(site.quotes_by_speaker.items())])
    for speaker_id, quoted in site.quotes_by_speaker.items():
        keys[speaker_quotes_key(speaker_id)] = digest([(a.slug, q.text) for a, q in quoted])
    for kind, terms, by_term in (("tags", site.tags, site.articles_by_tag),
                                 ("places", site.places, site.articles_by_place)):
        keys[terms_key(kind)] = digest([(slug, t.name, len(by_term[slug])) for slug, t in terms.items()])
        for slug, articles in by_term.items():
            keys[term_key(kind, slug)] = digest((terms[slug].name, [a.slug for a in articles]))
    for slug, notes in site.notes_by_article.items():
        keys[article_notes_key(slug)] = digest([n.slug for n in notes])
    keys[ORDER_YEARS] = digest([(year, len(entries), sum(e.is_event for e in entries))
                                for year, entries in site.timeline.items()])
    for year, entries in site.timeline.items():
        keys[year_key(year)] = digest([(e.day, e.article.slug, e.is_event, e.title, e.article.title,
                                         e.article.source.outlet) for e in entries])
    return keys


def content_key(output: str) -> str:
    return f"content:{output}"


def is_route_key(key: str) -> bool:
    """Whether ``key`` is one that only the routes tell (RouteKeys), not the site."""
    return key == PAGES or key.startswith("content:")


class RouteKeys:
    """The keys of what only the routes tell, gathered route by route: the sitemap's list of pages
    (digested, not rendered, on each build), and the content digests routes know before rendering
    (Route.content_digest)."""

    def __init__(self):
        self._pages = hashlib.blake2b(digest_size=12)
        self._content: dict[str, str] = {}

    def add(self, route) -> None:
        if route.in_sitemap:
            self._pages.update(f"{route.url}\t{route.lastmod}\n".encode())  # neither holds a tab or a newline
        if route.content_digest:
            self._content[content_key(route.output)] = route.content_digest

    def keys(self) -> dict[str, str]:
        return {PAGES: self._pages.hexdigest(), **self._content}


class Choice:
    """The routes an incremental build renders, chosen one by one as they are made (so a large site's
    routes need not all be held at once): new pages, those rendered on every build, and those whose
    dependency keys changed since the previous build.

    What only the routes tell (RouteKeys) is known once the last route is seen: the few routes that
    depend on it (the sitemap, the search index's files) are decided then, in :meth:`finish`."""

    def __init__(self, previous_keys: dict[str, str], previous_outputs: set[str], site_keys: dict[str, str]):
        self._previous_keys = previous_keys
        self._previous_outputs = previous_outputs
        self.keys = dict(site_keys)  # every key, once finished
        self._changed = {key for key in previous_keys.keys() | site_keys.keys()
                         if not is_route_key(key) and previous_keys.get(key) != site_keys.get(key)}
        self._route_keys = RouteKeys()
        self._later: list = []
        self.chosen: list = []

    def add(self, route) -> None:
        """Take the next route: chosen now, or kept for finish() to decide."""
        self._route_keys.add(route)
        if any(map(is_route_key, route.keys)):
            self._later.append(route)
        elif self._renders(route, self._changed):
            self.chosen.append(route)

    def finish(self) -> list:
        """Every chosen route, once all were added (``keys`` then holds the route keys too)."""
        made = self._route_keys.keys()
        self.keys.update(made)
        changed = self._changed | {key for key in self._previous_keys.keys() | made.keys()
                                   if is_route_key(key) and self._previous_keys.get(key) != made.get(key)}
        self.chosen += [route for route in self._later if self._renders(route, changed)]
        self._later = []
        return self.chosen

    def _renders(self, route, changed: set[str]) -> bool:
        return route.always or route.output not in self._previous_outputs or route.depends_on(changed)
