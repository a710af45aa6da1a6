"""What a page reads of the site, recorded as it reads it: the page's dependencies, by construction.

A page's view gets a :class:`Reads`, never the :class:`~sitegen.model.site.Site` itself. Every accessor
returns records or values and notes a *dependency key* naming what it handed out: ``a:<slug>`` an
article, ``o:articles`` the order of the articles, ``#articles`` their number, and so on (the list is
:data:`KEYS`). After the view, ``reads.keys`` is everything the page can show; a later build renders the
page again exactly when the digest of one of those keys changed (:class:`Digests`). Since records never
hold other records, a page cannot show anything it did not ask for, and so cannot go stale.

Settings are read freely: a change of settings, theme or drafts renders every page anyway.
"""

from __future__ import annotations

import hashlib
import sys
from collections import OrderedDict
from collections.abc import Callable

from sitegen.model.records import Article, Note, Quote, Speaker, Term, TimelineEntry
from sitegen.model.settings import SiteConfig
from sitegen.model.site import Site

# The dependency keys, by their prefix: what each names, and what its digest is made of.
KEYS = {
    "a:": "an article (its file, archive included)",
    "n:": "an editor note (its file)",
    "s:": "a speaker (their entry in speakers.yaml)",
    "q:": "whether a speaker is quoted at all (has a page)",
    "t:": "a tag's or a place's display name (t:tags:<slug>, t:places:<slug>)",
    "o:": "an ordering: the records of a list, in order (o:articles, o:notes, o:speakers, o:quotes:<id>, "
          "o:tags, o:places, o:tags:<slug>, o:places:<slug>, o:notes-of:<slug>, o:years, o:timeline:<year>)",
    "#": "the length of an ordering (#articles, #quotes:<id>, #tags:<slug>, ...), and #events:<year>",
}
ABSENT = "-"  # the digest of a key naming nothing (an unpublished article, an unknown speaker)


class Reading:
    """One build pass's reading of a site: a :class:`Reads` per page, and the values pages share (an
    article's card shows on many pages) kept with what they were made from, the least recently used
    dropped past ``limit`` (a memory bound, set by the caller). The small values those are made of (a
    speaker's or a term's reference, on every card that names it) are kept in a pool of their own, so
    that one copy serves every card and making them never evicts a card."""

    def __init__(self, site: Site, limit: int = 4096):
        self.site = site
        self.limit = limit
        # key → (value, the dependency keys it was made from): a tuple, a third of a small set's memory.
        self._shared: OrderedDict[tuple, tuple[object, tuple[str, ...]]] = OrderedDict()
        self._parts: OrderedDict[tuple, tuple[object, tuple[str, ...]]] = OrderedDict()

    def page(self) -> "Reads":
        return Reads(self)


class Reads:
    """The site as one page sees it (see the module docstring)."""

    __slots__ = ("_reading", "_site", "keys")

    def __init__(self, reading: Reading):
        self._reading = reading
        self._site = reading.site
        self.keys: set[str] = set()

    def _key(self, key: str) -> None:
        self.keys.add(sys.intern(key))

    @property
    def config(self) -> SiteConfig:
        return self._site.config

    # -- articles --------------------------------------------------------------------------------------

    def article(self, slug: str) -> Article | None:
        """A published article, or None."""
        self._key(f"a:{slug}")
        return self._site.articles_by_slug.get(slug)

    def articles(self, start: int = 0, stop: int | None = None) -> tuple[Article, ...]:
        """The published articles, newest first (a slice of them)."""
        self._key("o:articles")
        return self._listed(self._site.articles[start:stop])

    def article_count(self) -> int:
        self._key("#articles")
        return len(self._site.articles)

    def body_html(self, article: Article) -> str:
        """An article's body (its page alone shows it); part of what ``a:<slug>`` digests."""
        self._key(f"a:{article.slug}")
        return self._site.body_html(article)

    def _listed(self, articles) -> tuple[Article, ...]:
        for article in articles:
            self._key(f"a:{article.slug}")
        return tuple(articles)

    # -- notes -----------------------------------------------------------------------------------------

    def note(self, slug: str) -> Note | None:
        self._key(f"n:{slug}")
        return self._site.notes_by_slug.get(slug)

    def notes(self, start: int = 0, stop: int | None = None) -> tuple[Note, ...]:
        """The published notes, newest first (a slice of them)."""
        self._key("o:notes")
        return self._notes(self._site.notes[start:stop])

    def note_count(self) -> int:
        self._key("#notes")
        return len(self._site.notes)

    def notes_of(self, article_slug: str) -> tuple[Note, ...]:
        """The published notes that name an article, newest first."""
        self._key(f"o:notes-of:{article_slug}")
        return self._notes(self._site.notes_by_article.get(article_slug, ()))

    def _notes(self, notes) -> tuple[Note, ...]:
        for note in notes:
            self._key(f"n:{note.slug}")
        return tuple(notes)

    # -- speakers and their quotes ---------------------------------------------------------------------

    def speaker(self, speaker_id: str) -> Speaker | None:
        self._key(f"s:{speaker_id}")
        return self._site.speakers.get(speaker_id)

    def is_quoted(self, speaker_id: str) -> bool:
        """Whether any published article quotes the speaker (then they have a page)."""
        self._key(f"q:{speaker_id}")
        return speaker_id in self._site.quotes_by_speaker

    def quoted_speakers(self, start: int = 0, stop: int | None = None) -> tuple[str, ...]:
        """The ids of the quoted speakers, by name."""
        self._key("o:speakers")
        return self._site.speaker_order[start:stop]

    def quoted_speaker_count(self) -> int:
        self._key("#speakers")
        return len(self._site.speaker_order)

    def quotes_of(self, speaker_id: str, start: int = 0, stop: int | None = None) -> tuple[tuple[Article, Quote], ...]:
        """A speaker's quotes with their articles, newest article first."""
        self._key(f"o:quotes:{speaker_id}")
        pairs = self._site.quotes_by_speaker.get(speaker_id, ())[start:stop]
        for article, _ in pairs:
            self._key(f"a:{article.slug}")
        return pairs

    def quote_count(self, speaker_id: str) -> int:
        self._key(f"#quotes:{speaker_id}")
        return len(self._site.quotes_by_speaker.get(speaker_id, ()))

    # -- tags and places -------------------------------------------------------------------------------

    def terms(self, kind: str, start: int = 0, stop: int | None = None) -> tuple[Term, ...]:
        """The tags or places (``kind``), by name."""
        self._key(f"o:{kind}")
        return tuple(self._site.terms(kind).values())[start:stop]

    def term_count(self, kind: str) -> int:
        self._key(f"#{kind}")
        return len(self._site.terms(kind))

    def term(self, kind: str, slug: str) -> Term | None:
        self._key(f"t:{kind}:{slug}")
        return self._site.terms(kind).get(slug)

    def term_articles(self, kind: str, slug: str, start: int = 0, stop: int | None = None) -> tuple[Article, ...]:
        """The articles of a tag or place, newest first."""
        self._key(f"o:{kind}:{slug}")
        return self._listed(self._site.articles_by_term(kind).get(slug, ())[start:stop])

    def term_article_count(self, kind: str, slug: str) -> int:
        self._key(f"#{kind}:{slug}")
        return len(self._site.articles_by_term(kind).get(slug, ()))

    # -- the timeline ----------------------------------------------------------------------------------

    def years(self) -> tuple[int, ...]:
        """The years the timeline has entries in, ascending."""
        self._key("o:years")
        return tuple(self._site.timeline)

    def entries(self, year: int, start: int = 0, stop: int | None = None) -> tuple[TimelineEntry, ...]:
        """A year's timeline entries, oldest first."""
        self._key(f"o:timeline:{year}")
        return self._site.timeline.get(year, ())[start:stop]

    def entry_count(self, year: int) -> int:
        self._key(f"#timeline:{year}")
        return len(self._site.timeline.get(year, ()))

    def event_count(self, year: int) -> int:
        self._key(f"#events:{year}")
        return sum(1 for entry in self._site.timeline.get(year, ()) if entry.is_event)

    # -- values pages share ----------------------------------------------------------------------------

    def shared(self, key: tuple, make: Callable[["Reads"], object], part: bool = False):
        """``make(reads)``'s value, made once per build pass for ``key`` and handed to every page that asks
        for it, with its dependencies: a page showing it depends on what it was made from. ``part``: a
        small value that other shared values hold (see :class:`Reading`)."""
        reading = self._reading
        pool = reading._parts if part else reading._shared
        found = pool.pop(key, None)  # and put back last: the least recently used go first
        if found is None:
            reads = Reads(reading)
            found = (make(reads), tuple(reads.keys))
            if len(pool) >= reading.limit:
                pool.popitem(last=False)
        pool[key] = found
        self.keys.update(found[1])
        return found[0]


class Digests:
    """The digest of each dependency key's value on one site, made when first asked for."""

    def __init__(self, site: Site):
        self._site = site
        self._made: dict[str, str] = {}

    @property
    def made(self) -> dict[str, str]:
        """Every key digested so far, with its digest."""
        return self._made

    def __getitem__(self, key: str) -> str:
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = _digest(self._site, key)
        return found

    def same(self, key: str, before: str) -> bool:
        """Whether ``key`` digests to ``before`` (the last build's digest); when it does, ``before`` is kept
        as its digest, one string for both builds."""
        if self[key] != before:
            return False
        self._made[key] = before
        return True

    def combined(self, keys: tuple[str, ...]) -> bytes:
        """One digest of what these keys digest to: equal on two sites exactly when each key digests the
        same on both."""
        hasher = hashlib.blake2b(digest_size=16)
        for key in keys:
            hasher.update(f"{key}\0{self[key]}\0".encode("utf-8", "surrogatepass"))
        return hasher.digest()


def _digest(site: Site, key: str) -> str:
    kind = key[0]
    if kind == "a":
        return site.article_digests.get(key[2:], ABSENT)
    if kind == "o":
        return _short_or_hashed(_ordering(site, key[2:]))
    if kind == "#":
        return str(_length(site, key[1:]))
    if kind == "n":
        return site.note_digests.get(key[2:], ABSENT)
    if kind == "q":
        return "1" if key[2:] in site.quotes_by_speaker else "0"
    if kind == "s":
        speaker = site.speakers.get(key[2:])
        return ABSENT if speaker is None else _hash(repr((speaker.id, speaker.name, speaker.name_native, speaker.role,
                                                          speaker.affiliation, speaker.aliases, speaker.anonymous)))
    if kind == "t":
        term_kind, _, slug = key[2:].partition(":")
        term = site.terms(term_kind).get(slug)
        return ABSENT if term is None else _short_or_hashed(term.name)
    raise KeyError(f"not a dependency key: {key!r}")


def _short_or_hashed(text: str) -> str:
    """A value's digest: short text as it is (most orderings of an article's notes are empty or one
    slug; hashing each cost more than the rest of the plan), longer text hashed."""
    return f"={text}" if len(text) <= 40 else _hash(text)


def _ordering(site: Site, name: str) -> str:
    """The records of an ordering, in order, as text (the digest's input)."""
    head, _, rest = name.partition(":")
    if name == "articles":
        return "\n".join(a.slug for a in site.articles)
    if name == "notes":
        return "\n".join(n.slug for n in site.notes)
    if name == "speakers":
        return "\n".join(site.speaker_order)
    if name == "years":  # each year with its numbers of entries and events, as the timeline lists them
        return "\n".join(f"{year}\t{len(entries)}\t{sum(e.is_event for e in entries)}"
                         for year, entries in site.timeline.items())
    if name in ("tags", "places"):
        return "\n".join(f"{t.slug}\t{t.name}" for t in site.terms(name).values())
    if head in ("tags", "places"):
        return "\n".join(a.slug for a in site.articles_by_term(head).get(rest, ()))
    if head == "quotes":
        return repr([(a.slug, q.text) for a, q in site.quotes_by_speaker.get(rest, ())])
    if head == "notes-of":
        return "\n".join(n.slug for n in site.notes_by_article.get(rest, ()))
    if head == "timeline":
        return repr([(e.day.isoformat(), e.title, e.is_event, e.article, e.article_title, e.outlet)
                     for e in site.timeline.get(int(rest), ())])
    raise KeyError(f"not an ordering: {name!r}")


def _length(site: Site, name: str) -> int:
    head, _, rest = name.partition(":")
    if name == "articles":
        return len(site.articles)
    if name == "notes":
        return len(site.notes)
    if name == "speakers":
        return len(site.speaker_order)
    if name in ("tags", "places"):
        return len(site.terms(name))
    if head in ("tags", "places"):
        return len(site.articles_by_term(head).get(rest, ()))
    if head == "quotes":
        return len(site.quotes_by_speaker.get(rest, ()))
    if head == "timeline":
        return len(site.timeline.get(int(rest), ()))
    if head == "events":
        return sum(1 for entry in site.timeline.get(int(rest), ()) if entry.is_event)
    raise KeyError(f"not a length: {name!r}")


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()
