"""The digest's content as frozen records, and :class:`Site`, which indexes them for the pages.

Records are built by :mod:`sitegen.schema` from one file each; :func:`assemble` then checks what only the
whole site can tell (duplicate slugs, unknown speakers and articles, colliding term slugs), drops drafts
and builds the indexes every page kind needs. Everything here is plain data, so a record's pickle is a
stable description of it (the incremental build hashes records and views).
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sitegen.config import SiteConfig
from sitegen.diagnostics import ERROR, WARNING, Diagnostics, Problem, record
from sitegen.markup import plain_text
from sitegen.slugs import name_key, slugify


@record
class Speaker:
    id: str
    name: str
    name_native: str = ""
    role: str = ""
    affiliation: str = ""
    aliases: tuple[str, ...] = ()
    anonymous: bool = False
    path: str = ""
    line: int = 0


@record
class Source:
    outlet: str
    url: str
    author: str = ""
    archive: str = ""  # path of the archived raw text, relative to content/


@record
class Quote:
    speaker: str  # a speaker id
    text: str  # verbatim: never run through Markdown
    context: str = ""
    line: int = 0
    checked: str = ""  # where the text was found verbatim: "archive", "body", or "" (not found, or no source)


@record
class Event:
    day: date
    title: str
    line: int = 0


@record
class Correction:
    day: date
    html: str
    line: int = 0


@record
class Article:
    slug: str
    path: str  # relative to the site folder
    title: str
    published: datetime  # aware
    day: date  # the publication day in the site's timezone
    has_time: bool  # the editor gave a time, not only a day
    source: Source
    summary_html: str = ""
    # The body's HTML, packed (pack_text): only the article's own page shows it. None: not kept in memory
    # (a full build renders the page where the file is parsed and keeps the rest of the record); a page
    # rendered again later reads the file again.
    body_packed: bytes | None = b""
    tags: tuple[str, ...] = ()  # display names as written
    places: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    corrections: tuple[Correction, ...] = ()
    draft: bool = False
    # Field names and their lines, flat (name, line, name, line, ...), for cross-reference errors: a pair
    # per field took 1.2 kB an article, a flat tuple of shared names takes 0.2 kB.
    lines: tuple = ()

    def line_of(self, name: str) -> int:
        lines = self.lines
        for index in range(0, len(lines) - 1, 2):
            if lines[index] == name:
                return lines[index + 1]
        return 1

    @property
    def body_html(self) -> str:
        if self.body_packed is None:
            raise BodyNotKept(self.path)
        return unpack_text(self.body_packed)

    @property
    def summary_text(self) -> str:
        """The summary's plain text, for descriptions and feeds: made when asked, as only the article's own
        page and the few feed entries want it (kept, it took 11 MB at 50,000 articles)."""
        return plain_text(self.summary_html) if self.summary_html else ""

    def without_body(self) -> "Article":
        return replace(self, body_packed=None)


class BodyNotKept(LookupError):
    """An article's body was asked for where the record was kept without it (Article.body_packed)."""


def pack_text(text: str) -> bytes:
    """Text kept compressed in memory: article bodies are most of the model's size (66 MB of strings at
    10,000 articles, 15 MB packed), and every build process holds the model. zlib's fastest level packs a
    body in 30 µs and unpacks it in 10 µs, against 2 ms to parse and render it."""
    return zlib.compress(text.encode("utf-8"), 1) if text else b""


def unpack_text(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8") if packed else ""


@record
class Note:
    slug: str
    path: str
    title: str
    published: datetime
    day: date
    has_time: bool
    author: str = ""
    articles: tuple[tuple[str, int], ...] = ()  # (article slug, line)
    body_html: str = ""
    summary_text: str = ""
    draft: bool = False


@record
class Term:
    """A tag or a place: its slug and the display name editors wrote."""

    slug: str
    name: str


@record
class TimelineEntry:
    day: date
    title: str
    article: Article
    is_event: bool  # an event the article documents, or the article itself (when it has no events)


@dataclass
class Site:
    """The published site: every record and the indexes the pages are made from."""

    config: SiteConfig
    speakers: dict[str, Speaker]
    articles: list[Article]  # newest first
    notes: list[Note]  # newest first
    articles_by_slug: dict[str, Article] = field(default_factory=dict)
    notes_by_slug: dict[str, Note] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[tuple[Article, Quote]]] = field(default_factory=dict)
    tags: dict[str, Term] = field(default_factory=dict)
    places: dict[str, Term] = field(default_factory=dict)
    articles_by_tag: dict[str, list[Article]] = field(default_factory=dict)
    articles_by_place: dict[str, list[Article]] = field(default_factory=dict)
    notes_by_article: dict[str, list[Note]] = field(default_factory=dict)
    timeline: dict[int, list[TimelineEntry]] = field(default_factory=dict)  # year -> entries, oldest first
    memo: dict = field(default_factory=dict)  # views' per-site memo (an article's card shows on many pages)

    def tag_slug(self, name: str) -> str:
        return slugify(name)


def newest_first(item) -> tuple:
    return (-item.published.timestamp(), item.slug)


def assemble(config: SiteConfig, speakers: list[Speaker], articles: list[Article], notes: list[Note],
             diagnostics: Diagnostics, include_drafts: bool = False, unreadable: frozenset[str] = frozenset()
             ) -> Site:
    """Check what only the whole site can tell and index the published records.

    ``unreadable`` names files whose own problems were reported ("article:<slug>", "speakers"): references
    to them are not reported again, so one broken file gives one message, not a cascade.
    """
    speakers_by_id = _unique_speakers(speakers, diagnostics)
    _check_unique_slugs(articles, "article", diagnostics)
    _check_unique_slugs(notes, "note", diagnostics)

    published = [a for a in articles if include_drafts or not a.draft]
    published.sort(key=newest_first)
    published_notes = sorted((n for n in notes if include_drafts or not n.draft), key=newest_first)
    all_slugs = {a.slug for a in articles}
    site = Site(config=config, speakers=speakers_by_id, articles=published, notes=published_notes)
    site.articles_by_slug = {a.slug: a for a in published}
    site.notes_by_slug = {n.slug: n for n in published_notes}

    # Quotes must name a known speaker. A draft left out of this build only warns: the editor is still
    # working on it, and the build fails only for problems in what it publishes.
    for article in articles:
        severity = ERROR if (include_drafts or not article.draft) else WARNING
        for quote in article.quotes:
            if quote.speaker not in speakers_by_id and "speakers" not in unreadable:
                diagnostics.problems.append(Problem(
                    article.path, quote.line,
                    f"unknown speaker '{quote.speaker}'{_suggest_speaker(quote.speaker, speakers_by_id)}; "
                    "add the speaker to content/speakers.yaml or fix the id", severity))

    quotes_by_speaker: dict[str, list] = defaultdict(list)
    for article in published:
        for quote in article.quotes:
            if quote.speaker in speakers_by_id:
                quotes_by_speaker[quote.speaker].append((article, quote))
    site.quotes_by_speaker = dict(quotes_by_speaker)

    site.tags, site.articles_by_tag = _index_terms(published, "tags", diagnostics)
    site.places, site.articles_by_place = _index_terms(published, "places", diagnostics)

    for note in notes:
        note_published = include_drafts or not note.draft
        for slug, line in note.articles:
            if slug in site.articles_by_slug or f"article:{slug}" in unreadable:
                continue
            if slug in all_slugs:
                if note_published:
                    diagnostics.error(note.path, line, f"the note refers to the draft article '{slug}', which "
                                      "is not published; publish it or remove it from 'articles'")
            else:
                severity = ERROR if note_published else WARNING
                diagnostics.problems.append(Problem(
                    note.path, line, f"unknown article '{slug}'{_suggest(slug, all_slugs)}; "
                    "'articles' lists article slugs (file names without extension)", severity))
    site.notes_by_article = {slug: listed for slug, listed in index_notes(notes, include_drafts).items()
                             if slug in site.articles_by_slug}

    timeline: dict[int, list[TimelineEntry]] = defaultdict(list)
    for article in published:
        if article.events:
            for event in article.events:
                timeline[event.day.year].append(TimelineEntry(event.day, event.title, article, True))
        else:
            timeline[article.day.year].append(TimelineEntry(article.day, article.title, article, False))
    for entries in timeline.values():
        entries.sort(key=lambda e: (e.day, e.article.published.timestamp(), e.article.slug, not e.is_event, e.title))
    site.timeline = dict(sorted(timeline.items()))
    return site


def index_notes(notes: list[Note], include_drafts: bool = False) -> dict[str, list[Note]]:
    """Article slug → the published notes that name it, newest first (a note naming it twice, twice)."""
    by_article: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        if include_drafts or not note.draft:
            for slug, _ in note.articles:
                by_article[slug].append(note)
    for listed in by_article.values():
        listed.sort(key=newest_first)
    return dict(by_article)


def unique_speakers(speakers: list[Speaker]) -> dict[str, Speaker]:
    """Speaker id → the first speaker of that id (assemble reports the others)."""
    return _unique_speakers(speakers, Diagnostics())


def _unique_speakers(speakers: list[Speaker], diagnostics: Diagnostics) -> dict[str, Speaker]:
    by_id: dict[str, Speaker] = {}
    for speaker in speakers:
        if speaker.id in by_id:
            first = by_id[speaker.id]
            diagnostics.error(speaker.path, speaker.line, f"the speaker id '{speaker.id}' is already used at "
                              f"line {first.line}; each speaker needs its own id")
        else:
            by_id[speaker.id] = speaker
    return by_id


def _check_unique_slugs(records, kind: str, diagnostics: Diagnostics) -> None:
    seen: dict[str, str] = {}
    for item in sorted(records, key=lambda r: r.path):
        if item.slug in seen:
            diagnostics.error(item.path, None, f"the {kind} slug '{item.slug}' is also used by {seen[item.slug]}; "
                              "slugs are file names and must be unique across all folders: rename one file")
        else:
            seen[item.slug] = item.path


def _index_terms(articles: list[Article], field_name: str, diagnostics: Diagnostics):
    """Tags or places: one Term per slug; two spellings that make one slug are an error naming both.
    ``articles`` come newest first, and so does each term's list."""
    terms: dict[str, Term] = {}
    first_seen: dict[str, tuple[str, str]] = {}  # slug -> (name key, where)
    singular = field_name[:-1]
    known: dict[str, tuple[str, str]] = {}  # name → (slug, name key): names recur on thousands of articles
    # In path order, so that the spelling reported as first is the same whatever the dates.
    for article in sorted(articles, key=lambda a: a.path):
        for name in getattr(article, field_name):
            found = known.get(name)
            if found is None:
                found = known[name] = (slugify(name), name_key(name))
            slug, key = found
            if slug in first_seen and first_seen[slug][0] != key:
                other_name = terms[slug].name
                diagnostics.error(article.path, article.line_of(field_name),
                                  f"the {singular} '{name}' and the {singular} '{other_name}' "
                                  f"({first_seen[slug][1]}) both make the URL slug '{slug}'; "
                                  "write them the same way")
                continue
            if slug not in terms:
                terms[slug] = Term(slug, name)
                first_seen[slug] = (key, f"{article.path}:{article.line_of(field_name)}")
    by_term: dict[str, list[Article]] = {}
    for article in articles:  # newest first already: no list needs sorting
        for name in getattr(article, field_name):
            slug, key = known[name]
            if first_seen[slug][0] != key:
                continue  # the spelling reported above
            listed = by_term.setdefault(slug, [])
            if not listed or listed[-1] is not article:
                listed.append(article)
    ordered = dict(sorted(terms.items(), key=lambda item: (name_key(item[1].name), item[0])))
    return ordered, {slug: by_term[slug] for slug in first_seen if slug in by_term}


def _suggest_speaker(value: str, speakers: dict[str, Speaker]) -> str:
    """A suggestion for an unknown speaker id: the speaker whose id, name or alias it comes closest to
    (``zelenskyy`` → the speaker aliased Zelenskyy)."""
    by_spelling: dict[str, str] = {}
    for speaker in speakers.values():
        for spelling in (speaker.id, speaker.name, *speaker.aliases):
            by_spelling.setdefault(slugify(spelling), speaker.id)
    import difflib

    close = difflib.get_close_matches(slugify(value) or value, list(by_spelling), n=1, cutoff=0.6)
    return f" (did you mean '{by_spelling[close[0]]}'?)" if close else ""


def _suggest(value: str, known) -> str:
    import difflib

    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
