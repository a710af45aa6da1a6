"""The assemble stage: the site from every record (:func:`sitegen.model.assemble.assemble`), or, for a save
in ``sitegen serve`` that moved nothing, the last site with the saved records put in their places
(:func:`sitegen.model.update.replacing`)."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from sitegen.build.changes import Walk
from sitegen.build.rendering import ContentChanged
from sitegen.diagnostics import Diagnostics, Problem
from sitegen.load.sources import ARTICLE, NOTE, SPEAKERS, ParseSettings, Parsed, SourceFile, parse_source
from sitegen.model.assemble import assemble
from sitegen.model.records import Article, Note
from sitegen.model.settings import SiteConfig
from sitegen.model.site import Site
from sitegen.model.update import replacing
from sitegen.parallel import collector_paused


def assembled(config: SiteConfig, parsed: list[Parsed], site_dir: Path, settings: ParseSettings,
              include_drafts: bool, diagnostics: Diagnostics) -> tuple[Site, list[Problem] | None]:
    """The site assembled from every record, and what assembling reported (None when it failed); the
    problems go to ``diagnostics`` as well."""
    digests = {p.source.path: p.digest for p in parsed}
    search = {record.path: fields for p in parsed for record, fields in zip(p.records, p.search)}
    speakers, articles, notes, unreadable = [], [], [], set()
    for item in parsed:
        kind = item.source.kind
        {SPEAKERS: speakers, ARTICLE: articles, NOTE: notes}[kind].extend(item.records)
        if any(p.severity == "error" for p in item.problems):
            stem = os.path.splitext(item.source.path.rpartition("/")[2])[0]
            unreadable.add("speakers" if kind == SPEAKERS else f"{kind}:{stem}")
    found = Diagnostics()
    with collector_paused():  # the model is built to last: collecting while it grows finds nothing
        site = assemble(config, speakers, articles, notes, found, include_drafts=include_drafts,
                        unreadable=frozenset(unreadable), digests=digests, search=search,
                        bodies=functools.partial(_read_body, site_dir, settings))
    diagnostics.extend(found.problems)
    return site, None if found.errors else list(found.problems)


def replaced(site: Site, records: dict[str, Parsed], fresh: dict[str, Parsed], walk: Walk) -> tuple[Site, list] | None:
    """``site`` with the records of the files parsed afresh put in their places, and those records; None
    unless each fresh file is an article or note the last site had (one record, no error) that keeps its
    places, and no file came or went. ``records``: the last build's parses, by path."""
    if not fresh or walk.paths != records.keys():
        return None
    saved = []
    for item in fresh.values():
        if (item.source.kind not in (ARTICLE, NOTE) or len(item.records) != 1
                or any(p.severity == "error" for p in item.problems)):
            return None
        saved.append((item.records[0], item))
    new_site = replacing(site, [r for r, _ in saved if isinstance(r, Article)],
                         [r for r, _ in saved if isinstance(r, Note)],
                         {r.path: p.digest for r, p in saved}, {r.path: p.search[0] for r, p in saved if p.search})
    return (new_site, [r for r, _ in saved]) if new_site is not None else None


def _read_body(site_dir: Path, settings: ParseSettings, article: Article) -> str:
    """An article's body, its file read again (its record was kept without it)."""
    parsed = parse_source(site_dir, SourceFile(ARTICLE, article.path), settings)
    records = parsed.records
    if (len(records) == 1 and isinstance(records[0], Article) and records[0].slug == article.slug
            and not any(problem.severity == "error" for problem in parsed.problems)):
        return records[0].body_html
    raise ContentChanged(article.path)
