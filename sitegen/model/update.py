"""A site with some records replaced, when the new records keep every place the old ones had.

An editor's save mostly changes words: the article stays where it was in every list. Then the next site
is the last one with the new records put in their places, made without going through the other records
(``docs/performance.md`` has the numbers); ``sitegen serve`` can show the saved page at once. Whether a record keeps its places is decided with assembly's own ordering functions
(:mod:`sitegen.model.assemble`), and the result is the site a full assembly would make (a property test
compares them); when it cannot be, :func:`replacing` says so and the caller assembles.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import replace

from sitegen.model.assemble import entry_order, newest_first, timeline_entries
from sitegen.model.records import Article, Note
from sitegen.model.site import Site
from sitegen.slugs import slugify


def replacing(site: Site, articles: list[Article], notes: list[Note], digests: Mapping[str, str],
              search: Mapping[str, object]) -> Site | None:
    """``site`` with these published records replaced by new versions of themselves (same slug), or None
    when one of them moved: a new date, draft state, tag, place, speaker quoted, event day, or set of
    articles a note names. ``digests`` and ``search``: the new records' file digests and search
    fields, by path."""
    if not all(_keeps_places(site, article) for article in articles):
        return None
    if not all(_note_keeps_places(site, note) for note in notes):
        return None
    timeline = dict(site.timeline)
    by_slug = dict(site.articles_by_slug)
    by_slug.update((a.slug, a) for a in articles)
    for article in articles:
        old = site.articles_by_slug[article.slug]
        for year in {entry.day.year for entry in timeline_entries(old)}:
            timeline[year] = _replaced_entries(timeline[year], article, by_slug)
    new_articles = list(site.articles)
    for article in articles:
        new_articles[_position(site.articles, article)] = article
    result = replace(
        site, articles=tuple(new_articles), articles_by_slug=by_slug, timeline=timeline,
        quotes_by_speaker=_replaced_quotes(site, articles),
        articles_by_tag=_replaced_in_terms(site.articles_by_tag, articles, "tags"),
        articles_by_place=_replaced_in_terms(site.articles_by_place, articles, "places"),
        article_digests={**site.article_digests, **{a.slug: digests.get(a.path, "") for a in articles}},
        search_fields={**site.search_fields, **{r.path: search[r.path] for r in (*articles, *notes) if r.path in search}})
    if notes:
        changed_notes = {n.slug: n for n in notes}
        result = replace(
            result, notes=tuple(changed_notes.get(n.slug, n) for n in site.notes),
            notes_by_slug={**site.notes_by_slug, **changed_notes},
            notes_by_article={slug: tuple(changed_notes.get(n.slug, n) for n in listed)
                              for slug, listed in site.notes_by_article.items()},
            note_digests={**site.note_digests, **{n.slug: digests.get(n.path, "") for n in notes}})
    return result


def _keeps_places(site: Site, article: Article) -> bool:
    old = site.articles_by_slug.get(article.slug)
    return (old is not None and old.path == article.path and old.draft == article.draft
            and newest_first(old) == newest_first(article)
            and old.tags == article.tags and old.places == article.places
            and [q.speaker for q in old.quotes] == [q.speaker for q in article.quotes]
            and [(e.day, e.is_event) for e in timeline_entries(old)]
            == [(e.day, e.is_event) for e in timeline_entries(article)])


def _note_keeps_places(site: Site, note: Note) -> bool:
    old = site.notes_by_slug.get(note.slug)
    return (old is not None and old.path == note.path and old.draft == note.draft
            and newest_first(old) == newest_first(note)
            and [slug for slug, _ in old.articles] == [slug for slug, _ in note.articles])


def _position(ordered: tuple, record) -> int:
    """Where a record (or one keeping its place) stands in a newest-first ordering that holds it."""
    return bisect.bisect_left(ordered, newest_first(record), key=newest_first)


def _replaced_entries(entries: tuple, article: Article, by_slug: Mapping[str, Article]) -> tuple:
    """A year's entries with the article's put in place of its old ones. Entries are ordered by day, then
    their article's time and slug, which the article keeps: its entries of a day stand together, and its
    new ones, ordered among themselves, take their place."""
    year = entries[0].day.year
    new = sorted((entry for entry in timeline_entries(article) if entry.day.year == year),
                 key=lambda entry: entry_order(entry, article))
    placed = list(entries)
    order = (lambda entry: entry_order(entry, by_slug[entry.article])[:3])
    taken = 0
    for day in sorted({entry.day for entry in new}):
        index = bisect.bisect_left(entries, (day, article.published.timestamp(), article.slug), key=order)
        while index < len(entries) and entries[index].article == article.slug and entries[index].day == day:
            placed[index] = new[taken]
            index, taken = index + 1, taken + 1
    return tuple(placed)


def _replaced_quotes(site: Site, articles: list[Article]) -> dict:
    """Each speaker's quotes (newest article first, an article's in its order) with the articles' new
    quotes in place of their old ones."""
    quotes = dict(site.quotes_by_speaker)
    for article in articles:
        for speaker_id in {q.speaker for q in article.quotes}:
            if speaker_id not in quotes:
                continue
            listed = quotes[speaker_id]
            mine = [(article, q) for q in article.quotes if q.speaker == speaker_id]
            start = bisect.bisect_left(listed, newest_first(article), key=lambda pair: newest_first(pair[0]))
            quotes[speaker_id] = (*listed[:start], *mine, *listed[start + len(mine):])
    return quotes


def _replaced_in_terms(by_term: Mapping[str, tuple], articles: list[Article], field: str) -> dict:
    updated = dict(by_term)
    for article in articles:
        key = newest_first(article)
        for slug in {_slug_of(updated, article, name) for name in getattr(article, field)} - {None}:
            listed = updated[slug]
            index = bisect.bisect_left(listed, key, key=newest_first)
            updated[slug] = (*listed[:index], article, *listed[index + 1:])
    return updated


def _slug_of(by_term: Mapping[str, tuple], article: Article, name: str) -> str | None:
    """The slug under which the article is listed for this term name (None: a spelling assembly left out)."""
    slug = slugify(name)
    listed = by_term.get(slug, ())
    index = bisect.bisect_left(listed, newest_first(article), key=newest_first)
    return slug if index < len(listed) and listed[index].slug == article.slug else None
