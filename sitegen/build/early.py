"""Article pages rendered where their files are parsed, ahead of the site's assembly (cold builds).

An article's body is most of its record, and only the article's own page shows it. A cold build therefore
renders each article's page in the process that parses the file, right after parsing it, and keeps the
record without its body: no process holds every body, and the parse workers, forked before any site
exists, stay small. The page is rendered against a site made of what is already read: the settings, the
speakers, the notes and the article itself.

That is a speculation, and it is checked, not trusted: each page remembers the dependency keys its view
read and one digest of what they digested to on that small site (:meth:`Digests.combined`). Once the
whole site is assembled, the plan digests the same keys on it (:mod:`sitegen.build.planning`) and renders
again, from the whole site, any page that would have come out otherwise.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from sitegen.build.rendering import render_page
from sitegen.diagnostics import ERROR, Problem
from sitegen.model.assemble import index_notes, newest_first, unique_speakers
from sitegen.model.reads import Digests, Reading
from sitegen.model.settings import SiteConfig
from sitegen.model.site import Site
from sitegen.pages import articles
from sitegen.render.renderer import Renderer
from sitegen.load.sources import ARTICLE, NOTE, SPEAKERS, Parsed


class EarlyPages:
    """Renders the page of each article parsed (:meth:`render_all`) and hands it to the build's writer. A
    forked parse worker has its own copy: :meth:`report` is what it sends back, :meth:`absorb` takes it in."""

    def __init__(self, renderer: Renderer, config: SiteConfig, writer, include_drafts: bool):
        self.renderer = renderer
        self.config = config
        self.writer = writer
        self.include_drafts = include_drafts
        # output → (its dependency keys, their combined digest on the small site it was rendered against)
        self.rendered: dict[str, tuple[tuple[str, ...], bytes]] = {}
        self.problems: list[Problem] = []  # theme errors, one per template
        self._failed: set[str] = set()
        self._reported = (0, 0, 0)  # problems, files written and files kept by the last report
        self._site: Site | None = None
        self._notes_of: dict = {}

    def start(self, parsed_others: list[Parsed]) -> None:
        """Take the speakers and notes, parsed before any article."""
        speakers, notes, digests = [], [], {}
        for parsed in parsed_others:
            if parsed.source.kind == SPEAKERS:
                speakers.extend(parsed.records)
            elif parsed.source.kind == NOTE:
                notes.extend(parsed.records)
                digests.update((note.slug, parsed.digest) for note in parsed.records)
        published = sorted((n for n in notes if self.include_drafts or not n.draft), key=newest_first)
        self._notes_of = {slug: tuple(listed) for slug, listed in index_notes(notes, self.include_drafts).items()}
        self._site = Site(config=self.config, speakers=unique_speakers(speakers), articles=(), notes=tuple(published),
                          notes_by_slug={n.slug: n for n in published},
                          note_digests={n.slug: digests[n.slug] for n in published})

    def render(self, parsed: Parsed) -> Parsed:
        """Render the article's page, if the file is a publishable article; the record without its body."""
        if (parsed.source.kind != ARTICLE or len(parsed.records) != 1
                or any(problem.severity == ERROR for problem in parsed.problems)):
            return parsed  # the build fails, or there is no article: nothing to render
        article = parsed.records[0]
        base = self._site
        if any(quote.speaker not in base.speakers for quote in article.quotes):
            return parsed  # an unknown speaker fails the build (model.assemble)
        if article.draft and not self.include_drafts:
            return replace(parsed, records=(article.without_body(),))  # not published: no page
        site = replace(
            base, articles=(article,), articles_by_slug={article.slug: article},
            quotes_by_speaker=_quotes_by_speaker(article),
            notes_by_article={article.slug: self._notes_of.get(article.slug, ())},
            article_digests={article.slug: parsed.digest})
        route = articles.route(article, self._notes_of.get(article.slug, ()))
        reads = Reading(site).page()
        data = render_page(self.renderer, route, reads, self._failed)
        if isinstance(data, Problem):
            self.problems.append(data)
            return parsed
        if data is None:
            return parsed  # its template failed before: reported once
        self.writer.write(route.output, data)
        keys = tuple(sorted(reads.keys))
        self.rendered[route.output] = (keys, Digests(site).combined(keys))
        return replace(parsed, records=(article.without_body(),))

    def render_all(self, parsed: list[Parsed]) -> list[Parsed]:
        return [self.render(each) for each in parsed]

    def report(self) -> tuple:
        """What this forked worker rendered and wrote since its last report (it holds none of it after)."""
        problems, written, kept = self._reported
        told = (self.rendered, self.problems[problems:], self.writer.written[written:], self.writer.kept[kept:])
        self.rendered = {}
        self._reported = (len(self.problems), len(self.writer.written), len(self.writer.kept))
        return told

    def absorb(self, report: tuple) -> None:
        rendered, problems, written, kept = report
        # One string per key in this process, whichever worker sent it (tens of thousands of pages' keys).
        self.rendered.update((output, (tuple(map(sys.intern, keys)), combined))
                             for output, (keys, combined) in rendered.items())
        self.problems.extend(p for p in problems if p not in self.problems)
        self.writer.written.extend(written)
        self.writer.kept.extend(kept)


def _quotes_by_speaker(article) -> dict:
    quoted: dict[str, list] = {}
    for quote in article.quotes:
        quoted.setdefault(quote.speaker, []).append((article, quote))
    return {speaker_id: tuple(pairs) for speaker_id, pairs in quoted.items()}
