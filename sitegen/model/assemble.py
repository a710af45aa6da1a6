"""Records → the published :class:`~sitegen.model.site.Site`: what only the whole site can tell is checked
here (duplicate slugs and ids, unknown speakers and articles, colliding term slugs), drafts are left out,
and every ordering the pages show is made once.

The functions that place a record in an ordering (:func:`newest_first`, :func:`entry_order`,
:func:`timeline_entries`) are used by :mod:`sitegen.model.update` as well, so that a record replaced in
place lands where a full assembly would put it.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Mapping

from sitegen.diagnostics import ERROR, WARNING, Diagnostics, Problem
from sitegen.model.records import Article, Note, Speaker, Term, TimelineEntry
from sitegen.model.settings import SiteConfig
from sitegen.model.site import Site, _no_bodies
from sitegen.slugs import name_key, slugify


def newest_first(item) -> tuple:
    return (-item.published.timestamp(), item.slug)


def timeline_entries(article: Article) -> list[TimelineEntry]:
    """The article's lines of the timeline: its events, or itself when it documents none."""
    outlet = article.source.outlet
    if article.events:
        return [TimelineEntry(e.day, e.title, True, article.slug, article.title, outlet) for e in article.events]
    return [TimelineEntry(article.day, article.title, False, article.slug, article.title, outlet)]


def entry_order(entry: TimelineEntry, article: Article) -> tuple:
    """Where an entry stands in its year: by day, then the article's time, slug, events first, title."""
    return (entry.day, article.published.timestamp(), article.slug, not entry.is_event, entry.title)


def speaker_order_key(speaker: Speaker) -> tuple:
    return (speaker.name.casefold(), speaker.id)


def assemble(config: SiteConfig, speakers: list[Speaker], articles: list[Article], notes: list[Note],
             diagnostics: Diagnostics, *, include_drafts: bool = False, unreadable: frozenset[str] = frozenset(),
             digests: Mapping[str, str] | None = None, search: Mapping[str, object] | None = None,
             bodies: Callable[[Article], str] = _no_bodies) -> Site:
    """Check what only the whole site can tell and index the published records.

    ``unreadable`` names files whose own problems were reported ("article:<slug>", "speakers"): references
    to them are not reported again, so one broken file gives one message, not a cascade. ``digests`` and
    ``search``: each record file's digest and each record's search fields, by the record's path.
    """
    digests = digests or {}
    search = search or {}
    speakers_by_id = unique_speakers(speakers, diagnostics)
    _check_unique_slugs(articles, "article", diagnostics)
    _check_unique_slugs(notes, "note", diagnostics)

    published = sorted((a for a in articles if include_drafts or not a.draft), key=newest_first)
    published_notes = sorted((n for n in notes if include_drafts or not n.draft), key=newest_first)
    articles_by_slug = {a.slug: a for a in published}
    all_slugs = {a.slug for a in articles}

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

    tags, by_tag = _index_terms(published, "tags", diagnostics)
    places, by_place = _index_terms(published, "places", diagnostics)

    for note in notes:
        note_published = include_drafts or not note.draft
        for slug, line in note.articles:
            if slug in articles_by_slug or f"article:{slug}" in unreadable:
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
    notes_by_article = {slug: tuple(listed) for slug, listed in index_notes(notes, include_drafts).items()
                        if slug in articles_by_slug}

    timeline: dict[int, list] = defaultdict(list)
    for article in published:
        for entry in timeline_entries(article):
            timeline[entry.day.year].append((entry_order(entry, article), entry))
    years = {year: tuple(entry for _, entry in sorted(pairs, key=lambda pair: pair[0]))
             for year, pairs in sorted(timeline.items())}

    return Site(
        config=config, speakers=speakers_by_id, articles=tuple(published), notes=tuple(published_notes),
        articles_by_slug=articles_by_slug, notes_by_slug={n.slug: n for n in published_notes},
        quotes_by_speaker={speaker_id: tuple(pairs) for speaker_id, pairs in quotes_by_speaker.items()},
        speaker_order=tuple(sorted(quotes_by_speaker, key=lambda i: speaker_order_key(speakers_by_id[i]))),
        tags=tags, places=places, articles_by_tag=by_tag, articles_by_place=by_place,
        notes_by_article=notes_by_article, timeline=years,
        article_digests={a.slug: digests.get(a.path, "") for a in published},
        note_digests={n.slug: digests.get(n.path, "") for n in published_notes},
        search_fields={record.path: search[record.path] for record in (*published, *published_notes)
                       if record.path in search},
        bodies=bodies)


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


def unique_speakers(speakers: list[Speaker], diagnostics: Diagnostics | None = None) -> dict[str, Speaker]:
    """Speaker id → the first speaker of that id; the others are reported."""
    by_id: dict[str, Speaker] = {}
    for speaker in speakers:
        if speaker.id in by_id:
            first = by_id[speaker.id]
            if diagnostics is not None:
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
    return ordered, {slug: tuple(by_term[slug]) for slug in first_seen if slug in by_term}


def _suggest_speaker(value: str, speakers: dict[str, Speaker]) -> str:
    """A suggestion for an unknown speaker id: the speaker whose id, name or alias it comes closest to
    (``zelenskyy`` → the speaker aliased Zelenskyy)."""
    by_spelling: dict[str, str] = {}
    for speaker in speakers.values():
        for spelling in (speaker.id, speaker.name, *speaker.aliases):
            by_spelling.setdefault(slugify(spelling), speaker.id)
    close = difflib.get_close_matches(slugify(value) or value, list(by_spelling), n=1, cutoff=0.6)
    return f" (did you mean '{by_spelling[close[0]]}'?)" if close else ""


def _suggest(value: str, known) -> str:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
