"""The build: settings → what changed → load → assemble → plan → render → write, every problem collected
and reported once (``docs/architecture.md``).

``sitegen build``, ``sitegen check`` and ``sitegen serve`` run the same stages and differ only in what
they give them: a previous state (from ``.sitegen-cache/``, or kept in memory by serve), a writer (a new
folder swapped in, a folder written in place, or nothing), and the paths a file watcher saw change.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sitegen import __version__
from sitegen.build import early as early_pages
from sitegen.build import assembling, loading, planning, rendering, searching
from sitegen.build.changes import Files, Walk, missing_archive, nothing_changed
from sitegen.cache import BuildState, CompiledTemplates, cache_dir, load_page_keys, load_records, load_state, \
    save_state
from sitegen.load.config import base_url_problem, load_config
from sitegen.diagnostics import Diagnostics, Problem, with_source_lines
from sitegen.digest import digest
from sitegen.model.reads import Digests
from sitegen.model.settings import SiteConfig
from sitegen.model.site import Site
from sitegen import pages
from sitegen.pages.searchindex import record_fields
from sitegen.parallel import WorkerFailed, collector_paused, default_jobs, freeze_survivors, jobs_within
from sitegen.progress import Progress
from sitegen.render.assets import theme_assets
from sitegen.render.renderer import Renderer
from sitegen.render.theming import find_theme
from sitegen.load.sources import ParseSettings, Parsed
from sitegen.output import DiscardingWriter, InPlaceWriter, OutputProblem, OutputWriter, output_problem, \
    resolve_output, stale_folders

# The memory a build may use, summed over its processes, unless told otherwise (--max-memory): what it is
# benchmarked against, a small CI runner's share. A larger site forks fewer workers to stay within it.
DEFAULT_MAX_MEMORY_MB = 500
BESIDE_THRESHOLD = 400  # articles from which an edit build makes the search index in a forked process


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of sitegen's own code: a cache written by other code (even of the same version number, as
    during development) is not trusted."""
    hasher = hashlib.blake2b(digest_size=12)
    package = Path(__file__).resolve().parent.parent
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
        self.use_cache = use_cache  # keep the state in .sitegen-cache/ (the CLI); serve keeps it in memory
        self.in_place = in_place  # serve: replace files one by one in a private output folder
        self.progress = progress or Progress()
        # What the last successful build leaves for the next (serve keeps it; the CLI reads the cache):
        self.state: BuildState | None = None
        self.site: Site | None = None
        self.routes: list = []  # serve: every page of the last build
        self._assembly_problems: list[Problem] = []  # what assembling the last site reported
        self._renderer: tuple[str, Renderer] | None = None  # (render fingerprint, renderer) of the last build
        # For builds told what changed (serve): the paths named since the last successful build (None:
        # unknown, look at everything) and that build's walk of content/.
        self._hint: set[str] | None = None
        self._walk: Walk | None = None

    @property
    def renderer(self) -> Renderer | None:
        """The last build's renderer (its templates compiled)."""
        return self._renderer[1] if self._renderer else None

    def build(self, dry_run: bool = False, changed_paths: Iterable[str] | None = None,
              announce: Callable[[list[str]], None] | None = None) -> BuildResult:
        """Build once. ``changed_paths``: site-relative paths that may have changed since this Builder's
        previous build, as a file watcher saw them (``sitegen serve``): files it does not name are taken to
        be as the last successful build found them, and the named ones are read again even if their stat
        looks the same. None: look at everything. ``announce(outputs)``: told as soon as the pages of the
        saved records are written, before the rest of the build."""
        started = time.perf_counter()
        if changed_paths is None:
            self._hint = None
        elif self._hint is not None:
            self._hint.update(path.strip("/") for path in changed_paths)
        diagnostics = Diagnostics()
        try:
            result = self._run(diagnostics, dry_run, announce)
        finally:
            self.progress.finish()
        if result.ok and not dry_run:
            self._hint = set()  # the next build's hint is relative to what this one found
        result.problems = with_source_lines(result.problems or diagnostics.sorted(), self.site_dir)
        result.seconds = time.perf_counter() - started
        return result

    def _fail(self, diagnostics: Diagnostics) -> BuildResult:
        return BuildResult(False, diagnostics.sorted(), self.output)

    def _run(self, diagnostics: Diagnostics, dry_run: bool, announce) -> BuildResult:
        # -- settings ---------------------------------------------------------------------------------
        if not dry_run and not self.in_place:
            refused = output_problem(self.output, self.site_dir)
            if refused:
                diagnostics.error(self._display(self.output), None, refused)
                return self._fail(diagnostics)
        config = self._config(diagnostics)
        theme = find_theme(self.site_dir, config.theme) if config else None
        if config is not None and theme is None:
            diagnostics.error("content/site.yaml", config.source_line or None, f"unknown theme '{config.theme}': "
                              f"there is no themes/{config.theme}/ in the site and no built-in theme of that name")
        for path, message in theme.problems if theme else ():  # files linked in from outside the site
            diagnostics.error(path, None, message)
        if diagnostics.errors:
            return self._fail(diagnostics)
        settings = ParseSettings(config.timezone, config.markup, config.max_file_bytes, record_fields)
        parse_fingerprint = digest((__version__, code_digest(), config.timezone, config.markup, config.max_file_kb))
        render_fingerprint = digest((__version__, code_digest(), asdict(config), theme.digest(), self.include_drafts))

        # -- what changed -----------------------------------------------------------------------------
        previous = self._previous_state(parse_fingerprint)
        files = Files(self.site_dir, self._hint, self._walk)
        walk = files.walk(previous, hint_usable=not dry_run and previous is not None and previous is self.state)
        diagnostics.extend(walk.problems)
        same_output = (not dry_run and previous is not None and previous.render_fingerprint == render_fingerprint
                       and self._output_is(previous))
        if (same_output and not diagnostics.errors and not stale_folders(self.output)
                and nothing_changed(walk, previous, files)):
            self._walk = walk
            diagnostics.extend(previous.problems)
            return BuildResult(True, diagnostics.sorted(), self.output, previous.pages, [], sorted(previous.outputs),
                               nothing_changed=True)
        assets = theme_assets(theme)
        renderer = self._renderer_for(render_fingerprint, theme, config, assets)
        writer = (DiscardingWriter() if dry_run else InPlaceWriter(self.output) if self.in_place
                  else OutputWriter(self.output, same_output))
        try:
            with writer:
                # A killed build's files were just completed: what the state says of the output is no longer
                # sure, so every page is rendered again (the writer still writes only those that differ).
                incremental = same_output and not getattr(writer, "recovered", False)
                # A build that renders everything renders each article's page where its file is parsed
                # (sitegen.build.early): not serve, whose folder is served while it is being written.
                early = (early_pages.EarlyPages(renderer, config, writer, self.include_drafts)
                         if not incremental and not self.in_place else None)

                # -- load -----------------------------------------------------------------------------
                kept = self._records(previous) if previous is not None and early is None else {}
                parsed, fresh = loading.load(self.site_dir, walk, files, previous, kept, settings, self.jobs,
                                             self.progress, early)
                stats = None
                if previous is not None and previous is not self.state:
                    stats = loading.source_stats(parsed, walk.stats, previous, fresh)
                    previous.stats = {}  # read for this build alone and no longer needed: let it go

                # -- assemble -------------------------------------------------------------------------
                for item in parsed:
                    if item.problems:
                        diagnostics.extend(item.problems)
                site, saved = self._site(config, parsed, fresh, walk, previous, diagnostics, incremental,
                                         settings)
                if early is not None and not diagnostics.errors:  # as if rendered after the checks
                    diagnostics.extend(early.problems)
                if diagnostics.errors:
                    return self._fail(diagnostics)
                freeze_survivors()

                # -- plan, render, write --------------------------------------------------------------
                before = (planning.Previous(previous.digests, self._page_keys(previous), previous.outputs)
                          if incremental else None)
                digests = Digests(site)
                made = self._pages(site, digests, renderer, writer, before, early, saved, announce, diagnostics)
                if made is None:
                    return self._fail(diagnostics)
                chosen, rendered, search_routes, search_rendered, search_keys, content = made
                outputs = set(chosen.outputs) | set(search_keys) | {a.output for a in assets}
                page_count = len(chosen.outputs) + len(search_keys)
                if dry_run:
                    return BuildResult(True, diagnostics.sorted(), None, page_count)
                for asset in assets:
                    writer.write(asset.output, asset.data)
                if self.in_place and (previous or self.state) is not None:
                    # The folder holds the last build's files even when its state no longer applies (a new
                    # timezone, say): those this build does not make must still go.
                    removed = writer.remove((previous or self.state).outputs - outputs)
                elif previous is not None and writer.incremental:
                    removed = writer.remove(previous.outputs - outputs)
                else:
                    removed = []
                self.progress.phase("moving the new site in")
                writer.commit()
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

        # -- what the next build needs --------------------------------------------------------------
        if stats is None:  # made after the pages where the last state is at hand: serve's saved page first
            stats = loading.source_stats(parsed, walk.stats, previous, fresh)
        page_keys = {**chosen.kept, **rendered.keys, **search_keys}
        for route in chosen.render:
            if route.content_digest:  # the sitemap: known by its content
                page_keys[route.output] = (planning.content_key(route.output),)
        content.update(chosen.content)
        state = BuildState(parse_fingerprint, render_fingerprint, stats,
                           planning.key_digests(digests, rendered.keys, content), outputs, page_count,
                           [p for p in diagnostics.sorted() if p.severity != "error"],
                           output_id=self._output_identity(), page_keys=page_keys,
                           records={p.source.path: p for p in parsed})
        state.also_read = {path: (mtime, size) for p in parsed for path, mtime, size in p.also_read}
        state.also_read.update((path, None) for path in map(missing_archive, parsed) if path)
        self.state, self.site, self._walk = state, site, walk
        self.routes = [*chosen.routes, *search_routes] if self.in_place else []
        if self.use_cache:
            changed = (None if previous is None or not previous.records
                       else fresh.keys() | (previous.records.keys() - state.records.keys()))
            save_state(self.site_dir, state, changed_paths=changed)
        early_kept = [output for output in (early.rendered if early else ()) if output in chosen.kept]
        written = sorted(set(writer.written))
        return BuildResult(True, diagnostics.sorted(), self.output, page_count, written,
                           sorted(set(writer.kept) - set(written)), removed,
                           sorted({*rendered.keys, *search_rendered, *early_kept}))

    def _pages(self, site: Site, digests: Digests, renderer: Renderer, writer, before: planning.Previous | None,
               early, saved, announce, diagnostics: Diagnostics):
        """Plan the pages, render those that need it and hand them to the writer, the search index's files
        last: (the plan, what was rendered, the index's routes (serve), its files rendered, their keys,
        their digests); None when a problem stops the build."""
        rendered = rendering.Rendered()
        if announce is not None and saved:
            # The saved records' own pages first, and the tabs told at once (serve).
            rendered.add(rendering.render_all(pages.own_routes(site, saved), site, renderer, writer, 1,
                                              self.max_memory, self.progress))
            if rendered.written:
                announce(list(rendered.written))
        done = (early.rendered if early is not None
                else {output: (keys, None) for output, keys in rendered.keys.items()})
        keep = writer.link_previous if before is not None else (lambda output: False)

        def plan() -> planning.Plan:
            return planning.plan(pages.routes(site, diagnostics), digests, before, done,
                                 keep, keep_routes=self.in_place)

        search_files = None
        if (before is not None and not self.in_place and len(site.articles) >= BESIDE_THRESHOLD
                and jobs_within(self.jobs, self.max_memory, growth=1.0) > 1):
            search_files, chosen = searching.beside(site, renderer, before, plan)
        else:
            chosen = plan()
        if diagnostics.errors:
            return None
        rendered.add(rendering.render_all(chosen.render, site, renderer, writer, self.jobs, self.max_memory,
                                          self.progress))
        diagnostics.extend(rendered.problems)
        if diagnostics.errors:
            return None
        self.progress.phase("building the search index")
        search_routes = []
        if search_files is None:
            search_routes, search_files = searching.made(site, renderer, before)
        search_rendered, search_keys, content = searching.write(search_files, site, renderer, writer)
        return chosen, rendered, search_routes if self.in_place else [], search_rendered, search_keys, content

    # -- stages' helpers -----------------------------------------------------------------------------

    def _config(self, diagnostics: Diagnostics) -> SiteConfig | None:
        config = load_config(self.site_dir, diagnostics)
        if config is None or not self.base_url:
            return config
        problem = base_url_problem(self.base_url)
        if problem:
            diagnostics.error("--base-url", None, problem)
            return None
        return config.with_base_url(self.base_url)

    def _site(self, config: SiteConfig, parsed: list[Parsed], fresh: dict[str, Parsed], walk: Walk,
              previous: BuildState | None, diagnostics: Diagnostics, incremental: bool,
              settings: ParseSettings) -> tuple[Site, list]:
        """The site, and the records a save changed when the site is the last one with them put in their
        places (serve, when that is all that changed); else assembled from every record, and no records."""
        if (self.in_place and incremental and self.site is not None and previous is self.state
                and self.state.records and self._assembly_problems is not None):
            found = assembling.replaced(self.site, self.state.records, fresh, walk)
            if found is not None:
                diagnostics.extend(self._assembly_problems)
                return found
        site, self._assembly_problems = assembling.assembled(config, parsed, self.site_dir, settings,
                                                             self.include_drafts, diagnostics)
        return site, []

    def _page_keys(self, previous: BuildState) -> dict:
        if previous.page_keys is None:
            loaded = (load_page_keys(self.site_dir) if self.use_cache else None) or {}
            # By the state's own strings for the outputs (the two files are loaded apart): each held once.
            previous.page_keys = {output: loaded[output] for output in previous.outputs if output in loaded}
        return previous.page_keys

    def _renderer_for(self, render_fingerprint: str, theme, config: SiteConfig, assets) -> Renderer:
        """The previous build's renderer while theme and settings are unchanged: it has compiled the
        templates already (``sitegen serve``)."""
        if self._renderer is not None and self._renderer[0] == render_fingerprint:
            return self._renderer[1]
        asset_urls = {a.name: a.output for a in assets}
        compiled = None
        if self.use_cache:
            # Jinja folds a filter over a constant into the compiled code ('sitemap.xml'|abs_url): the code
            # depends on the settings the filters read as well as on sitegen's.
            compiled = CompiledTemplates(cache_dir(self.site_dir) / "templates",
                                         digest((code_digest(), asdict(config), sorted(asset_urls.items()))))
        renderer = Renderer(theme, config, asset_urls, self.site_dir, compiled, rendering.SHARED_LIMIT)
        self._renderer = (render_fingerprint, renderer)
        return renderer

    def _previous_state(self, parse_fingerprint: str) -> BuildState | None:
        state = self.state
        if state is None and self.use_cache:
            state = load_state(self.site_dir)
        if state is not None and state.parse_fingerprint != parse_fingerprint:
            return None
        return state

    def _records(self, previous: BuildState) -> dict[str, Parsed]:
        if previous.records is None:
            with collector_paused():  # every object loaded lives: collections during the load find nothing
                previous.records = load_records(self.site_dir) if self.use_cache else {}
            freeze_survivors()
        return previous.records

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


def build(site_dir: Path, output: Path | None = None, *, base_url: str | None = None,
          include_drafts: bool = False, dry_run: bool = False, use_cache: bool = True,
          jobs: int | None = None, max_memory_mb: int | None = None, progress: Progress | None = None) -> BuildResult:
    """Build the site into ``output`` (default ``SITE_DIR/public``); ``dry_run`` checks and renders only."""
    builder = Builder(site_dir, output, base_url=base_url, include_drafts=include_drafts, use_cache=use_cache,
                      jobs=jobs, max_memory_mb=max_memory_mb, progress=progress)
    return builder.build(dry_run=dry_run)
