"""Article pages rendered where their files are parsed, in a full build.

An article's body is the largest part of its record, and only the article's own page shows it. A full
build (no previous output to update) therefore renders each article's page in the process that parses
the file, right after parsing it, and keeps the record without its body (:meth:`Article.without_body`):
no build process holds every body, and no worker is forked with a whole site in its memory to render
them. The page needs little else: the speakers, the notes that name the article, the settings. Those
files are parsed first; the whole site is assembled afterwards, and what only it can tell (a duplicate
slug, an unknown speaker) fails the build before anything is moved into the output.

A page rendered again later (an edit build, or the last build's output lost a file) reads its file
again: :func:`with_body`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sitegen.diagnostics import ERROR, Problem
from sitegen.markup import MarkupPolicy
from sitegen.model import Article, Site, index_notes, unique_speakers
from sitegen.render import Renderer
from sitegen.routes import article_route
from sitegen.sources import ARTICLE, MAX_FILE_BYTES, NOTE, SPEAKERS, Parsed, SourceFile, parse_source


class ArticlePages:
    """Renders the page of each article parsed (:meth:`render`) with the parsed speakers and notes, and
    hands it to the build's writer. A forked parse worker has its own copy: :meth:`report` is what it
    sends back, :meth:`absorb` takes it in."""

    def __init__(self, renderer: Renderer, config, others: list[Parsed], writer, include_drafts: bool):
        speakers, notes = [], []
        for parsed in others:
            if parsed.source.kind == SPEAKERS:
                speakers.extend(parsed.records)
            elif parsed.source.kind == NOTE:
                notes.extend(parsed.records)
        speakers_by_id = unique_speakers(speakers)
        # What an article's page reads of the site. Every speaker it names is quoted (by it), so each is
        # listed as quoted; the notes' index holds published notes only, as the assembled site's does.
        self.site = Site(config=config, speakers=speakers_by_id, articles=[], notes=[],
                         notes_by_article=index_notes(notes, include_drafts),
                         quotes_by_speaker=dict.fromkeys(speakers_by_id, ()))
        self.renderer = renderer
        self.writer = writer
        self.include_drafts = include_drafts
        self.rendered: list[str] = []  # the outputs written
        self.problems: list[Problem] = []  # theme errors, one per template
        self._failed: set[str] = set()

    def render(self, parsed: Parsed) -> Parsed:
        """Render the article's page, if the file is a publishable article; the record without its body."""
        if (parsed.source.kind != ARTICLE or len(parsed.records) != 1
                or any(problem.severity == ERROR for problem in parsed.problems)):
            return parsed  # the build fails, or there is no article: nothing to render
        article = parsed.records[0]
        if any(quote.speaker not in self.site.speakers for quote in article.quotes):
            return parsed  # an unknown speaker fails the build (model.assemble)
        if article.draft and not self.include_drafts:
            return replace(parsed, records=(article.without_body(),))  # not published: no page
        route = article_route(article, self.site.notes_by_article.get(article.slug, ()))
        if route.template in self._failed:
            return parsed
        site = self.site
        site.articles_by_slug = {article.slug: article}
        try:
            data = self.renderer.render(route.template, route.view(site))
        except Exception as exc:  # a theme bug: reported at its template line, once
            self._failed.add(route.template)
            self.problems.append(self.renderer.problem(exc, route.template))
            return parsed
        finally:
            site.articles_by_slug = {}
        self.writer.write(route.output, data)
        self.rendered.append(route.output)
        return replace(parsed, records=(article.without_body(),))

    def render_all(self, parsed: list[Parsed]) -> list[Parsed]:
        return [self.render(each) for each in parsed]

    def report(self) -> tuple:
        """What this worker rendered and wrote (forked before any page was)."""
        return self.rendered, self.problems, self.writer.written, self.writer.kept

    def absorb(self, report: tuple) -> None:
        rendered, problems, written, kept = report
        self.rendered.extend(rendered)
        self.problems.extend(p for p in problems if p not in self.problems)
        self.writer.written.extend(written)
        self.writer.kept.extend(kept)


def with_body(site_dir: Path, article: Article, timezone: str, markup: MarkupPolicy,
              max_bytes: int = MAX_FILE_BYTES) -> Article | Problem:
    """The article's record with its body, from its file read again; a problem if the file no longer
    gives that article (it changed while the site was being built)."""
    parsed = parse_source(site_dir, SourceFile(ARTICLE, article.path), timezone, markup, max_bytes)
    records = parsed.records
    if (len(records) == 1 and isinstance(records[0], Article) and records[0].slug == article.slug
            and not any(problem.severity == ERROR for problem in parsed.problems)):
        return records[0]
    return Problem(article.path, None, "the file changed while the site was being built; build again")
