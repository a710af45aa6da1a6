"""The published site: every record and the orderings its pages are made from, assembled once per build.

A :class:`Site` is made by :func:`sitegen.model.assemble.assemble` (or, for a save that moves nothing,
:func:`sitegen.model.update.replacing`) and never changed afterwards. Pages do not read it directly: they
ask a :class:`~sitegen.model.reads.Reads`, which records what each page used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sitegen.model.records import Article, Note, Quote, Speaker, Term, TimelineEntry
from sitegen.model.settings import SiteConfig


def _no_bodies(article: Article) -> str:
    return article.body_html


@dataclass(frozen=True, eq=False)
class Site:
    config: SiteConfig
    speakers: Mapping[str, Speaker]  # every speaker of speakers.yaml, by id
    articles: tuple[Article, ...]  # published, newest first
    notes: tuple[Note, ...]  # published, newest first
    articles_by_slug: Mapping[str, Article] = field(default_factory=dict)
    notes_by_slug: Mapping[str, Note] = field(default_factory=dict)
    quotes_by_speaker: Mapping[str, tuple[tuple[Article, Quote], ...]] = field(default_factory=dict)  # quoted only
    speaker_order: tuple[str, ...] = ()  # the quoted speakers by name
    tags: Mapping[str, Term] = field(default_factory=dict)  # by slug, ordered by name
    places: Mapping[str, Term] = field(default_factory=dict)
    articles_by_tag: Mapping[str, tuple[Article, ...]] = field(default_factory=dict)  # newest first
    articles_by_place: Mapping[str, tuple[Article, ...]] = field(default_factory=dict)
    notes_by_article: Mapping[str, tuple[Note, ...]] = field(default_factory=dict)  # newest first
    timeline: Mapping[int, tuple[TimelineEntry, ...]] = field(default_factory=dict)  # years ascending, entries oldest first
    # What each published article's and note's file digests to (its dependency digest), by slug.
    article_digests: Mapping[str, str] = field(default_factory=dict)
    note_digests: Mapping[str, str] = field(default_factory=dict)
    # Each published article's and note's search fields, made where its file was parsed (search terms).
    search_fields: Mapping[str, object] = field(default_factory=dict)  # a published record's path → its fields
    # An article's body HTML, for a record kept without it: the load layer reads the file again.
    bodies: Callable[[Article], str] = _no_bodies

    def terms(self, kind: str) -> Mapping[str, Term]:
        return self.tags if kind == "tags" else self.places

    def articles_by_term(self, kind: str) -> Mapping[str, tuple[Article, ...]]:
        return self.articles_by_tag if kind == "tags" else self.articles_by_place

    def body_html(self, article: Article) -> str:
        return article.body_html if article.has_body else self.bodies(article)
