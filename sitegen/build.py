"""The build: load → model → routes → render → write, with every problem collected and reported once.

A :class:`Builder` remembers what it built (a :class:`~sitegen.cache.BuildState`): from the cache folder
for ``sitegen build``, in memory for ``sitegen serve``. With that state a build re-parses only the files
whose stat changed and re-renders only the pages whose dependency keys changed; the other pages are kept
from the previous output as they are. Large amounts of work (a cold build) are spread over processes.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import math
import os
import posixpath
import stat
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from sitegen import __version__, deps
from sitegen.articlepages import ArticlePages, with_body
from sitegen.assets import theme_assets
from sitegen.cache import BuildState, SourceStat, cache_dir, load_records, load_state, save_state
from sitegen.config import SiteConfig, base_url_problem, load_config
from sitegen.diagnostics import Diagnostics, Problem, with_source_lines
from sitegen.model import Article, Site, assemble
from sitegen.parallel import (MIN_ITEMS_PER_PROCESS, WorkerFailed, collector_paused, default_jobs, jobs_within,
                              run_beside, run_chunks, run_streamed)
from sitegen.progress import Progress
from sitegen.render import CompiledTemplates, Renderer
from sitegen.routes import Route, content_route, iter_routes, wants_body
from sitegen.search import remember_fields, search_data_routes
from sitegen.sources import ARTICLE, NOTE, SPEAKERS, SPEAKERS_FILE, Parsed, SourceFile, find_sources, parse_source
from sitegen.sources import _ignored as ignored_name
from sitegen.theming import find_theme
from sitegen.writer import InPlaceWriter, OutputProblem, OutputWriter, output_problem, resolve_output, stale_folders

PARALLEL_THRESHOLD = 400  # files to parse or pages to render before forking pays off
# The memory a build may use, summed over its processes, unless told otherwise (--max-memory): what it is
# benchmarked against, a small CI runner's share. A larger site forks fewer workers to stay within it.
DEFAULT_MAX_MEMORY_MB = 500
WALKED_FOLDERS = ("content/articles/", "content/notes/")  # what find_sources walks besides speakers.yaml


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of sitegen's own code: a cache written by other code (even of the same version number, as
    during development) is not trusted."""
    hasher = hashlib.blake2b(digest_size=12)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        hasher.update(path.relative_to(package).as_posix().encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()


@dataclass
class BuildResult:
    ok: bool
    problems: list[Problem]
    output: Path | None = None
    pages: int = 0
    written: list[str] = field(default_factory=list)  # files whose bytes changed (or are new)
    kept: list[str] = field(default_factory=list)  # files kept from the previous output
    removed: list[str] = field(default_factory=list)  # files the previous output had and this one has not
    rendered: list[str] = field(default_factory=list)  # pages rendered (the others were not even rendered)
    seconds: float = 0.0
    nothing_changed: bool = False


def _given(site: Site, data: bytes) -> bytes:
    return data


class Builder:
    """Builds one site into one output folder, again and again, doing only the work a change needs."""

    def __init__(self, site_dir: Path, output: Path | None = None, *, base_url: str | None = None,
                 include_drafts: bool = False, jobs: int | None = None, use_cache: bool = True,
                 in_place: bool = False, max_memory_mb: int | None = None, progress: Progress | None = None):
        self.site_dir = site_dir.absolute()
        self.output = resolve_output(output or self.site_dir / "public")
        self.base_url = base_url
        self.include_drafts = include_drafts
        self.jobs = jobs or default_jobs()
        self.max_memory = (max_memory_mb or DEFAULT_MAX_MEMORY_MB) * 2**20
        self.use_cache = use_cache  # persist the state in .sitegen-cache/ (the CLI); serve keeps it in memory
        self.in_place = in_place  # serve: replace files one by one in a private output folder
        self.progress = progress or Progress()
        self.state: BuildState | None = None
        self.site: Site | None = None  # the last successful build's model
        self.routes: list[Route] = []
        self._renderer: tuple[str, Renderer] | None = None  # (render fingerprint, renderer) of the last build
        # For builds told what changed (serve): the paths named since the last successful build (None:
        # unknown, look at everything) and that build's walk of content/ (its sources and warnings).
        self._hint: set[str] | None = None
        self._walk: tuple[list[SourceFile], list[Problem]] | None = None

    # -- the build ---------------------------------------------------------------------------------

    def build(self, dry_run: bool = False, changed_paths: Iterable[str] | None = None) -> BuildResult:
        """Build once. ``changed_paths``: site-relative paths that may have changed since this Builder's
        previous build, as a file watcher saw them (``sitegen serve``). Files it does not name are taken
        to be as the last successful build found them, so the build neither walks ``content/`` nor stats
        every file, and the named ones are read again even if their stat looks the same; a named folder,
        a new file or a link makes it walk all the same. None: look at everything."""
        started = time.perf_counter()
        if changed_paths is None:
            self._hint = None
        elif self._hint is not None:
            self._hint.update(path.strip("/") for path in changed_paths)
        diagnostics = Diagnostics()
        try:
            result = self._build(diagnostics, dry_run)
        finally:
            self.progress.finish()
        if result.ok and not dry_run:
            self._hint = set()  # the next build's hint is relative to what this one found
        result.problems = with_source_lines(result.problems or diagnostics.sorted(), self.site_dir)
        result.seconds = time.perf_counter() - started
        return result

    def _fail(self, diagnostics: Diagnostics) -> BuildResult:
        return BuildResult(False, diagnostics.sorted(), self.output)

    def _build(self, diagnostics: Diagnostics, dry_run: bool) -> BuildResult:
        if not dry_run and not self.in_place:
            refused = output_problem(self.output, self.site_dir)
            if refused:
                diagnostics.error(self._display(self.output), None, refused)
                return self._fail(diagnostics)
        config = load_config(self.site_dir, diagnostics)
        if config is None:
            return self._fail(diagnostics)
        if self.base_url:
            problem = base_url_problem(self.base_url)
            if problem:
                diagnostics.error("--base-url", None, problem)
                return self._fail(diagnostics)
            config = config.with_base_url(self.base_url)
        theme = find_theme(self.site_dir, config.theme)
        if theme is None:
            diagnostics.error("content/site.yaml", config.source_line or None, f"unknown theme '{config.theme}': "
                              f"there is no themes/{config.theme}/ in the site and no built-in theme of that name")
            return self._fail(diagnostics)
        if theme.problems:  # files linked in from outside the site: never rendered or published
            for path, message in theme.problems:
                diagnostics.error(path, None, message)
            return self._fail(diagnostics)

        markup = config.markup
        parse_fingerprint = deps.digest((__version__, code_digest(), config.timezone, markup, config.max_file_kb))
        render_fingerprint = deps.digest((__version__, code_digest(), asdict(config), theme.digest(),
                                          self.include_drafts))
        previous = self._previous_state(parse_fingerprint)
        hinted = None if dry_run else self._hinted_walk(previous)
        if hinted is None:
            walk = Diagnostics()
            sources = find_sources(self.site_dir, walk)
            walk_problems, stats = walk.problems, self._stat(sources)
            forced = {source.path for source in sources if source.path in self._hint} if self._hint else set()
        else:
            sources, walk_problems, stats, forced = hinted
        diagnostics.extend(walk_problems)

        if (not dry_run and previous is not None and previous.render_fingerprint == render_fingerprint
                and self._output_is(previous) and not forced and not diagnostics.errors
                and not stale_folders(self.output)
                and stats == {p: (s.mtime_ns, s.size) for p, s in previous.stats.items()}
                and all(self._unchanged(path, recorded) for path, recorded in previous.also_read.items())):
            self._walk = (sources, walk_problems)
            diagnostics.extend(previous.problems)
            return BuildResult(True, diagnostics.sorted(), self.output, previous.pages, [], sorted(previous.outputs),
                               nothing_changed=True)

        incremental = (not dry_run and previous is not None and previous.render_fingerprint == render_fingerprint
                       and self._output_is(previous))
        # A full build renders each article's page where its file is parsed, and keeps no bodies
        # (sitegen.articlepages). Not serve, which renders pages again and again from the records it keeps.
        full = not dry_run and not incremental and not self.in_place
        self._parse_settings = (config.timezone, markup, config.max_file_bytes)
        assets = theme_assets(theme)
        renderer = self._renderer_for(render_fingerprint, theme, config, assets)
        try:
            with contextlib.ExitStack() as stack:
                pages = None
                if full:
                    writer = stack.enter_context(OutputWriter(self.output, False))
                    parsed, pages = self._parse_rendering_articles(sources, stats, config, markup, renderer, writer)
                else:
                    records = self._records(previous)
                    parsed = self._parse(sources, stats, previous, records, forced)
                source_stats = self._source_stats(parsed, stats, previous)
                del stats
                if previous is not None and previous is not self.state:
                    previous.stats = {}  # read back for this build alone, and no longer needed: let it go
                remember_fields((record, fields) for p in parsed for record, fields in zip(p.records, p.search))
                with collector_paused():  # the model is built to last: collecting while it grows found nothing
                    site, source_digests = self._assemble(config, parsed, diagnostics)
                if pages is not None and not diagnostics.errors:  # as if rendered after the checks: only then
                    diagnostics.extend(pages.problems)
                # The records and the model live for the rest of the build: the collector need not scan them
                # again (its full collections took a second of a 10,000-article build), and forked workers then
                # share their pages instead of copying them when the collector would touch them.
                gc.freeze()
                search_last = False  # the search index made after the other pages (in the same process)
                if (incremental and not self.in_place and len(site.articles) >= PARALLEL_THRESHOLD
                        and jobs_within(self.jobs, self.max_memory, growth=1.0) > 1):
                    routes, keys, affected = self._routes_beside_search_index(site, source_digests, previous,
                                                                              renderer, diagnostics)
                    page_outputs = [route.output for route in routes]
                else:
                    # sitegen build makes the search index last, once the other pages' memory is let go (serve
                    # keeps every route for its previews; a dry run renders everything at once).
                    search_last = not dry_run and not self.in_place
                    made = iter_routes(site, diagnostics, search_data=[] if search_last else None)
                    # sitegen build holds only the routes it renders (every route of 50,000 articles took 80 MB):
                    # an edit build those it chooses, a full build all but the article pages written already.
                    # Serve holds them all, for the pages it renders ahead.
                    if pages is not None:
                        keep = _not_in(set(pages.rendered))
                    else:
                        keep = None if search_last and incremental else _every
                    routes, page_outputs, keys, affected = self._gather(
                        made, deps.site_keys(site, source_digests), previous if incremental else None, keep)
                    del made, keep
                if diagnostics.errors:
                    return self._fail(diagnostics)

                if dry_run:
                    problems = self._render(renderer, site, affected, None)
                    diagnostics.extend(problems)
                    return BuildResult(not diagnostics.errors, diagnostics.sorted(), None, len(page_outputs))

                affected_outputs = {r.output for r in affected}
                if pages is not None:  # the article pages are written already
                    affected_outputs.update(pages.rendered)
                else:
                    writer = stack.enter_context(InPlaceWriter(self.output) if self.in_place
                                                 else OutputWriter(self.output, incremental))
                if getattr(writer, "recovered", False) and incremental:
                    # A killed build's files were just completed: what the state says the output holds is
                    # no longer sure, so compare every page (only differing files are written).
                    incremental = False
                    affected = self._remade(site, routes, set(page_outputs))
                    affected_outputs = {r.output for r in affected}
                if incremental:
                    lost = {output for output in page_outputs
                            if output not in affected_outputs and not writer.link_previous(output)}
                    if lost:  # the previous output lost them: render them again
                        affected += self._remade(site, routes, lost)
                outputs = set(page_outputs) | {a.output for a in assets}
                page_count = len(page_outputs)
                del page_outputs
                rendered = affected_outputs | {r.output for r in affected}
                if search_last:
                    routes = None  # (a full build's article pages are written already) their memory serves the rest
                problems, written, kept = self._render_and_write(renderer, site, affected, writer)
                if search_last and not problems:
                    # The search index last, alone with the model: the routes, the cards and their HTML are let
                    # go first, and it takes their memory (the peak of a 50,000-article build).
                    affected = None
                    site.memo.clear()
                    self.progress.phase("building the search index")
                    search_routes = search_data_routes(site)
                    todo = [r for r in search_routes if not (
                        incremental and _content_unchanged(r, previous) and writer.link_previous(r.output))]
                    problems, search_written, search_kept = self._render_and_write(renderer, site, todo, writer)
                    written, kept = written + search_written, kept + search_kept
                    keys.update((deps.content_key(r.output), r.content_digest) for r in search_routes)
                    outputs.update(r.output for r in search_routes)
                    rendered.update(r.output for r in todo)
                    page_count += len(search_routes)
                    del search_routes, todo
                diagnostics.extend(problems)
                if diagnostics.errors:
                    return self._fail(diagnostics)
                for asset in assets:
                    writer.write(asset.output, asset.data)
                removed = []
                if self.in_place and (previous or self.state) is not None:
                    # The folder holds the last build's files even when its state no longer applies (a new
                    # timezone, say): those this build does not make must still go.
                    removed = writer.remove_stale((previous or self.state).outputs - outputs)
                elif previous is not None and writer.incremental:
                    removed = sorted(previous.outputs - outputs)
                    writer.remove(removed)
                self.progress.phase("moving the new site in")
                writer.commit()
                written = sorted(set(written) | set(writer.written))
                kept = sorted((set(kept) | set(writer.kept)) - set(written))
        except OutputProblem as exc:
            diagnostics.error(self._display(self.output), None, str(exc))
            return self._fail(diagnostics)
        except WorkerFailed as exc:
            trace = str(exc)
            last = trace.strip().splitlines()[-1] if trace.strip() else "it died"
            diagnostics.problems.append(Problem(
                self._display(self.output), None, f"internal error in a build worker ({last}); please report it "
                "(run with --debug to see where it happened); the output folder keeps its last good build",
                detail=trace))
            return self._fail(diagnostics)

        state = BuildState(parse_fingerprint, render_fingerprint, source_stats, keys, outputs, page_count,
                           [p for p in diagnostics.sorted() if p.severity != "error"],
                           output_id=self._output_identity(), records={p.source.path: p for p in parsed})
        state.also_read = {path: (mtime, size) for p in parsed for path, mtime, size in p.also_read}
        state.also_read.update((path, None) for path in map(_missing_archive, parsed) if path)
        self.state, self.site, self.routes = state, site, routes or []
        self._walk = (sources, walk_problems)
        if self.use_cache:
            changed_paths = None
            if previous is not None and previous.records:
                changed_paths = self._reparsed_paths | (previous.records.keys() - state.records.keys())
            save_state(self.site_dir, state, changed_paths=changed_paths)
        return BuildResult(True, diagnostics.sorted(), self.output, page_count, written, kept, removed,
                           sorted(rendered))

    @property
    def renderer(self) -> Renderer | None:
        """The last build's renderer (its templates compiled), for a preview that renders a page ahead."""
        return self._renderer[1] if self._renderer else None

    # -- steps -------------------------------------------------------------------------------------

    def _renderer_for(self, render_fingerprint: str, theme, config: SiteConfig, assets) -> Renderer:
        """The previous build's renderer while theme and settings are unchanged: it has compiled the
        templates already, which otherwise costs more than rendering a few pages (``sitegen serve``)."""
        if self._renderer is not None and self._renderer[0] == render_fingerprint:
            return self._renderer[1]
        asset_urls = {a.name: a.output for a in assets}
        compiled = None
        if self.use_cache:
            # Jinja folds a filter over a constant into the compiled code ('sitemap.xml'|abs_url): the code
            # depends on the settings the filters read as well as on sitegen's.
            compiled = CompiledTemplates(cache_dir(self.site_dir) / "templates",
                                         deps.digest((code_digest(), asdict(config), sorted(asset_urls.items()))))
        renderer = Renderer(theme, config, asset_urls, self.site_dir, compiled)
        self._renderer = (render_fingerprint, renderer)
        return renderer

    def _previous_state(self, parse_fingerprint: str) -> BuildState | None:
        state = self.state
        if state is None and self.use_cache:
            state = load_state(self.site_dir)
        if state is not None and state.parse_fingerprint != parse_fingerprint:
            return None
        return state

    def _records(self, previous: BuildState | None) -> dict[str, Parsed]:
        if previous is None:
            return {}
        if previous.records is None:
            with collector_paused():  # every object loaded lives: collections during the load find nothing
                previous.records = load_records(self.site_dir)
            gc.freeze()
        return previous.records

    def _stat(self, sources: list[SourceFile]) -> dict[str, tuple[int, int]]:
        stats = {}
        for source in sources:
            try:
                st = os.stat(self.site_dir / source.path)
            except OSError:
                continue  # vanished between the walk and now: parsing reports it
            stats[source.path] = (st.st_mtime_ns, st.st_size)
        return stats

    @staticmethod
    def _source_stats(parsed: list[Parsed], stats: dict[str, tuple[int, int]],
                      previous: BuildState | None) -> dict[str, SourceStat]:
        """What the next build's state records of each file: the previous build's record where the file is
        as it was (the same object: 55,000 of them took 24 MB), else a new one."""
        old = previous.stats if previous is not None else {}
        found = {}
        for p in parsed:
            path = p.source.path
            current = stats.get(path)
            if current is None:
                continue
            kept = old.get(path)
            if kept is None or (kept.mtime_ns, kept.size, kept.digest) != (*current, p.digest):
                kept = SourceStat(*current, p.digest)
            found[path] = kept
        return found

    def _stat_one(self, rel: str) -> tuple[int, int] | None:
        try:
            st = os.stat(self.site_dir / rel)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _hinted_walk(self, previous: BuildState | None):
        """The last successful build's walk and stats brought up to date for the paths named since then:
        (sources, walk problems, stats, named files to read again), or None when only a full walk can tell
        (a folder, a new file, a link, a file the walk reported on, or no walk to start from)."""
        if self._hint is None or self._walk is None or previous is None or previous is not self.state:
            return None
        sources, walk_problems = self._walk
        known = {source.path for source in sources}
        reported = {problem.path for problem in walk_problems}
        vanished = set()
        for rel in self._hint:
            if rel in reported:
                return None
            if rel == SPEAKERS_FILE:
                if (rel in known) != (self._lstat_mode(rel) is not None):
                    return None
                continue
            if not rel.startswith(WALKED_FOLDERS):
                if any(folder.startswith(rel + "/") for folder in WALKED_FOLDERS):
                    return None  # content/ or a walked folder itself
                continue  # site.yaml, archives, themes: not part of the walk
            if any(ignored_name(part) for part in rel.split("/")[2:]):
                continue  # the walk never looks at editors' temporary and backup files
            mode = self._lstat_mode(rel)
            if mode is None:
                if rel in known:
                    vanished.add(rel)
                elif any(path.startswith(rel + "/") for path in known | reported):
                    return None  # a folder went away
                continue
            if rel not in known or not stat.S_ISREG(mode):
                return None  # a new file (or stray), a folder, a link: the walk knows where it goes
        if vanished:
            sources = [source for source in sources if source.path not in vanished]
        stats, forced = {}, set()
        for source in sources:
            old = previous.stats.get(source.path)
            if source.path in self._hint or old is None:
                forced.add(source.path)
                current = self._stat_one(source.path)
                if current is not None:
                    stats[source.path] = current
            else:
                stats[source.path] = (old.mtime_ns, old.size)
        return sources, walk_problems, stats, forced

    def _lstat_mode(self, rel: str) -> int | None:
        try:
            return os.lstat(self.site_dir / rel).st_mode
        except OSError:
            return None

    def _unchanged(self, rel: str, recorded: tuple[int, int]) -> bool:
        """Whether a file another one depends on (an archive) is as recorded; with a hint, whether the
        hint leaves it out."""
        if self._hint is not None and self._walk is not None:
            return rel not in self._hint
        return self._stat_one(rel) == recorded

    def _parse(self, sources, stats, previous, records, forced=frozenset(),
               pages: ArticlePages | None = None) -> list[Parsed]:
        """The files' parses: kept from ``records`` where the file is unchanged, else parsed (over several
        processes when there are many). ``pages``: render each parsed article's page (full builds)."""
        parsed: list[Parsed | None] = []
        todo: list[tuple[int, SourceFile]] = []
        for source in sources:
            old_stat = previous.stats.get(source.path) if previous else None
            old = records.get(source.path)
            if (old is not None and old_stat is not None and source.path not in forced
                    and stats.get(source.path) == (old_stat.mtime_ns, old_stat.size)
                    and old.source == source and all(self._unchanged(path, (mtime, size))
                                                     for path, mtime, size in old.also_read)
                    and not ((missing := _missing_archive(old)) and not self._unchanged(missing, None))):
                parsed.append(old)
            else:
                parsed.append(None)
                todo.append((len(parsed) - 1, source))
        self._reparsed_paths = {source.path for _, source in todo}
        site_dir, settings = self.site_dir, self._parse_settings

        count, here = 0, os.getpid()

        def parse_one(item):
            nonlocal count
            result = parse_source(site_dir, item[1], *settings)
            count += 1
            if count % 512 == 0 and os.getpid() == here:
                # The records made so far stay: full collections need not scan them again. (Not in a forked
                # worker, which sends its records away: what it froze would never be collected.)
                gc.freeze()
            return result

        jobs = self.jobs if len(todo) >= PARALLEL_THRESHOLD else 1
        self.progress.phase("reading files", len(todo))
        if pages is None:
            results, _ = run_streamed(parse_one, todo, jobs, batch=64, done=self.progress.advance)
        else:
            # The pages of 64 files parsed, rendered together: parsing a file and rendering its page in turn
            # ran slower with two processes doing it side by side.
            results, reports = run_streamed(parse_one, todo, jobs, finish=pages.report, batch=64,
                                            then=pages.render_all, done=self.progress.advance)
            for report in reports:  # what forked workers rendered (work done here is in pages already)
                pages.absorb(report)
        for (index, _), result in zip(todo, results):
            parsed[index] = result
        return parsed

    def _parse_rendering_articles(self, sources, stats, config: SiteConfig, markup, renderer: Renderer, writer):
        """Every file parsed afresh, the articles last, each article's page rendered and written as it is
        parsed (sitegen.articlepages): (parsed files in the walk's order, the ArticlePages)."""
        others = [source for source in sources if source.kind != ARTICLE]
        articles = [source for source in sources if source.kind == ARTICLE]
        parsed_others = self._parse(others, stats, None, {})
        reparsed = self._reparsed_paths
        pages = ArticlePages(renderer, config, parsed_others, writer, self.include_drafts)
        parsed_articles = self._parse(articles, stats, None, {}, pages=pages)
        self._reparsed_paths |= reparsed
        by_path = {p.source.path: p for p in parsed_others}
        by_path.update((p.source.path, p) for p in parsed_articles)
        return [by_path[source.path] for source in sources], pages

    def _assemble(self, config: SiteConfig, parsed: list[Parsed], diagnostics: Diagnostics):
        speakers, articles, notes = [], [], []
        unreadable = set()
        source_digests = {}
        for item in parsed:
            diagnostics.extend(item.problems)
            kind = item.source.kind
            {SPEAKERS: speakers, ARTICLE: articles, NOTE: notes}[kind].extend(item.records)
            stem = os.path.splitext(item.source.path.rpartition("/")[2])[0]  # a Path per file cost 0.1 s at 10,000
            if any(p.severity == "error" for p in item.problems):
                unreadable.add("speakers" if kind == SPEAKERS else f"{kind}:{stem}")
            if kind == ARTICLE:
                source_digests[deps.article_key(stem)] = item.digest
            elif kind == NOTE:
                source_digests[deps.note_key(stem)] = item.digest
        site = assemble(config, speakers, articles, notes, diagnostics, include_drafts=self.include_drafts,
                        unreadable=frozenset(unreadable))
        return site, source_digests

    @staticmethod
    def _gather(made: Iterable[Route], site_keys: dict[str, str], previous: BuildState | None, keep):
        """Take the routes one by one: (those ``keep`` holds, or None when it is None; every route's output;
        every key; the routes to render). With ``previous``, an incremental build's: what it renders is
        chosen as the routes come (deps.Choice); else every route held is rendered."""
        choice = deps.Choice(previous.keys, previous.outputs, site_keys) if previous is not None else None
        gathered = deps.RouteKeys() if choice is None else None
        take = choice.add if choice is not None else gathered.add
        routes: list[Route] | None = [] if keep is not None else None
        outputs = []
        for route in made:
            outputs.append(route.output)
            take(route)
            if routes is not None and keep(route):
                routes.append(route)
        if choice is None:
            return routes, outputs, site_keys | gathered.keys(), routes
        return routes, outputs, choice.keys, choice.finish()

    @staticmethod
    def _remade(site: Site, routes: list[Route] | None, wanted: set[str]) -> list[Route]:
        """The routes writing ``wanted`` outputs: from every route, or made again where none were held
        (sitegen build's edit builds, whose search index's files are made apart)."""
        if routes is None:
            routes = iter_routes(site, Diagnostics(), search_data=[])
        return [route for route in routes if route.output in wanted]

    def _routes_beside_search_index(self, site: Site, source_digests: dict[str, str], previous: BuildState,
                                    renderer: Renderer, diagnostics: Diagnostics):
        """Routes, keys and affected routes as the serial path makes them, with the search index built in
        a forked process meanwhile: it is the largest whole-site step of an edit build (0.4 s at 10,000
        articles), and it depends on nothing the other routes, the keys and the choice of pages do. The
        index's files come back as (output, content digest, bytes if they changed, else None).

        Only for sitegen build's incremental builds: the fork counts the process's memory twice while it
        runs (an edit build at 10,000 articles is one process of 200 MB), which a cold build, already
        running a worker, cannot afford, nor serve, which keeps a whole site between builds."""

        def search_files() -> list[tuple[str, str, bytes | None]]:
            files = []
            for route in search_data_routes(site):
                files.append((route.output, route.content_digest, None if _content_unchanged(route, previous)
                              else renderer.render(None, route.view(site))))
            return files

        def other_routes():
            routes, _, keys, affected = self._gather(iter_routes(site, diagnostics, search_data=[]),
                                                     deps.site_keys(site, source_digests), previous, _every)
            return routes, keys, affected

        rebuilt: dict[str, Route] = {}

        def lost_file(site: Site, output: str):
            """An unchanged file the previous output no longer has: the index is built again, here, once."""
            if not rebuilt:
                rebuilt.update((r.output, r) for r in search_data_routes(site))
            return rebuilt[output].view(site)

        files, (routes, keys, affected) = run_beside(search_files, other_routes)
        for output, digest, data in files:
            view = partial(lost_file, output=output) if data is None else partial(_given, data=data)
            route = content_route(output, view, digest)
            routes.append(route)
            keys[deps.content_key(output)] = digest
            if data is not None:
                affected.append(route)
        return routes, keys, affected

    def _render(self, renderer: Renderer, site: Site, routes: list[Route], writer) -> list[Problem]:
        return self._render_and_write(renderer, site, routes, writer)[0]

    def _render_and_write(self, renderer: Renderer, site: Site, routes: list[Route], writer):
        """Render routes (over several processes when there are many) and hand each page to the writer."""

        here = os.getpid()

        def render_chunk(chunk):
            problems, failed_templates = [], set()
            since = (len(writer.written), len(writer.kept)) if writer is not None else (0, 0)
            for route in chunk:
                if route.template in failed_templates:
                    continue
                article = wants_body(route)
                if article is not None:  # kept without its body: read the file again
                    full = with_body(self.site_dir, article, *self._parse_settings)
                    if isinstance(full, Problem):
                        problems.append(full)
                        continue
                    site.articles_by_slug[article.slug] = full
                try:
                    data = renderer.render(route.template, route.view(site))
                except Exception as exc:  # a theme bug: report it at its template line, once per template
                    failed_templates.add(route.template)
                    problems.append(renderer.problem(exc, route.template))
                    continue
                finally:
                    if article is not None:
                        site.articles_by_slug[article.slug] = article
                if writer is not None:
                    writer.write(route.output, data)
                if os.getpid() == here:
                    self.progress.advance(step)
            if writer is None:
                return problems, [], []
            return problems, writer.written[since[0]:], writer.kept[since[1]:]

        jobs = jobs_within(self.jobs, self.max_memory) if len(routes) >= PARALLEL_THRESHOLD else 1
        # The calling process counts its own pages, each standing for one of every process's (the chunks
        # are interleaved, so they advance alike).
        step = max(1, min(jobs, len(routes) // MIN_ITEMS_PER_PROCESS or 1))
        self.progress.phase("rendering pages", len(routes))
        routes = sorted(routes, key=_newest_listed)
        renderer.partials.clear()
        try:
            results = run_chunks(render_chunk, routes, jobs)
        finally:
            renderer.partials.clear()
        problems, written, kept = [], [], []
        for index, (chunk_problems, chunk_written, chunk_kept) in enumerate(results):
            problems.extend(chunk_problems)
            if index > 0:  # the calling process's writer already holds its own lists
                written.extend(chunk_written)
                kept.extend(chunk_kept)
        unique = []
        for problem in problems:
            if problem not in unique:
                unique.append(problem)
        return unique, written, kept

    def _output_identity(self) -> tuple:
        try:
            st = os.stat(self.output)
        except OSError:
            return ()
        return (st.st_dev, st.st_ino)

    def _output_is(self, state: BuildState) -> bool:
        """The output folder is still the one the previous build left (not deleted, not replaced)."""
        return bool(state.output_id) and self._output_identity() == state.output_id

    def _display(self, path: Path) -> str:
        try:
            return path.relative_to(self.site_dir).as_posix()
        except ValueError:
            return str(path)


def _content_unchanged(route: Route, previous: BuildState) -> bool:
    """Whether a data file whose content digest is known before rendering (the search index's) is the
    previous build's file."""
    return (route.output in previous.outputs
            and previous.keys.get(deps.content_key(route.output)) == route.content_digest)


def _every(route: Route) -> bool:
    return True


def _not_in(outputs: set[str]):
    """Whether a route writes none of ``outputs``."""
    return lambda route: route.output not in outputs


def _newest_listed(route: Route) -> float:
    """Pages listing articles by their newest (lists are newest first), the other pages after: an article's
    card shows on its front page, tag, place and note pages, and rendered in this order they come close
    together, while the card and its HTML are remembered (views.MEMO_LIMIT)."""
    items = route.items
    if items and isinstance(items[0], Article):
        return -items[0].published.timestamp()
    return math.inf


def _missing_archive(parsed: Parsed) -> str | None:
    """The archive an article names that did not exist when it was read: it left no stat in the record's
    also_read, yet the article must be read again once the archive appears (its quotes get checked)."""
    if parsed.source.kind != ARTICLE or parsed.also_read or len(parsed.records) != 1:
        return None
    if not parsed.records[0].quotes:
        return None  # the archive is read only to check quotes
    archive = parsed.records[0].source.archive
    path = posixpath.normpath(f"content/{archive}") if archive else ""
    return path if path.startswith("content/") else None


def build(site_dir: Path, output: Path | None = None, *, base_url: str | None = None,
          include_drafts: bool = False, dry_run: bool = False, use_cache: bool = True,
          jobs: int | None = None, max_memory_mb: int | None = None, progress: Progress | None = None) -> BuildResult:
    """Build the site into ``output`` (default ``SITE_DIR/public``); ``dry_run`` checks and renders only."""
    builder = Builder(site_dir, output, base_url=base_url, include_drafts=include_drafts, use_cache=use_cache,
                      jobs=jobs, max_memory_mb=max_memory_mb, progress=progress)
    return builder.build(dry_run=dry_run)
