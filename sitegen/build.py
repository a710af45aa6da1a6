"""The build: load → model → routes → render → write, with every problem collected and reported once."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.assets import theme_assets
from sitegen.config import SiteConfig, base_url_problem, load_config
from sitegen.diagnostics import Diagnostics, Problem, with_source_lines
from sitegen.model import Site, assemble
from sitegen.render import Renderer
from sitegen.routes import Route, site_routes
from sitegen.sources import find_sources, parse_source
from sitegen.theming import find_theme
from sitegen.writer import OutputProblem, OutputWriter


@dataclass
class BuildResult:
    ok: bool
    problems: list[Problem]
    output: Path | None = None
    pages: int = 0
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Loaded:
    """A site read from disk: its settings, model, theme, assets and routes."""

    config: SiteConfig
    site: Site
    renderer: Renderer
    assets: list
    routes: list[Route]


def load(site_dir: Path, diagnostics: Diagnostics, *, base_url: str | None = None,
         include_drafts: bool = False) -> Loaded | None:
    """Read and check everything; None when the site cannot be built (problems are in diagnostics)."""
    config = load_config(site_dir, diagnostics)
    if config is None:
        return None
    if base_url:
        problem = base_url_problem(base_url)
        if problem:
            diagnostics.error("--base-url", None, problem)
            return None
        config = config.with_base_url(base_url)
    theme = find_theme(site_dir, config.theme)
    if theme is None:
        diagnostics.error("content/site.yaml", None, f"unknown theme '{config.theme}': there is no "
                          f"themes/{config.theme}/ in the site and no built-in theme of that name")
        return None

    speakers, articles, notes = [], [], []
    unreadable = set()
    for source in find_sources(site_dir, diagnostics):
        parsed = parse_source(site_dir, source, config.timezone)
        diagnostics.extend(parsed.problems)
        target = {"speakers": speakers, "article": articles, "note": notes}[source.kind]
        target.extend(parsed.records)
        if any(p.severity == "error" for p in parsed.problems):
            unreadable.add("speakers" if source.kind == "speakers" else f"{source.kind}:{Path(source.path).stem}")
    site = assemble(config, speakers, articles, notes, diagnostics, include_drafts=include_drafts,
                    unreadable=frozenset(unreadable))
    assets = theme_assets(theme)
    renderer = Renderer(theme, config, {a.name: a.output for a in assets}, site_dir)
    routes = site_routes(site, diagnostics)
    return Loaded(config, site, renderer, assets, routes)


def render_all(loaded: Loaded, diagnostics: Diagnostics):
    """Yield (output path, bytes) for every page; template failures become problems."""
    failed_templates: set[str] = set()
    for route in loaded.routes:
        if route.template in failed_templates:
            continue
        try:
            yield route.output, loaded.renderer.render(route.template, route.view(loaded.site))
        except Exception as exc:  # a theme bug: report it at its template line, once per template
            failed_templates.add(route.template)
            diagnostics.problems.append(loaded.renderer.problem(exc, route.template))


def build(site_dir: Path, output: Path | None = None, *, base_url: str | None = None,
          include_drafts: bool = False, dry_run: bool = False) -> BuildResult:
    """Build the site into ``output`` (default ``SITE_DIR/public``); ``dry_run`` checks and renders only."""
    started = time.perf_counter()
    site_dir = site_dir.absolute()
    output = (output or site_dir / "public").absolute()
    diagnostics = Diagnostics()
    loaded = load(site_dir, diagnostics, base_url=base_url, include_drafts=include_drafts)
    if loaded is None or diagnostics.errors:
        return BuildResult(False, _report(diagnostics, site_dir), output, seconds=time.perf_counter() - started)

    if dry_run:
        pages = sum(1 for _ in render_all(loaded, diagnostics))
        return BuildResult(not diagnostics.errors, _report(diagnostics, site_dir), None, pages,
                           seconds=time.perf_counter() - started)
    try:
        with OutputWriter(output) as writer:
            pages = 0
            for rel, data in render_all(loaded, diagnostics):
                writer.write(rel, data)
                pages += 1
            if diagnostics.errors:
                return BuildResult(False, _report(diagnostics, site_dir), output, seconds=time.perf_counter() - started)
            for asset in loaded.assets:
                writer.write(asset.output, asset.data)
            writer.commit()
    except OutputProblem as exc:
        diagnostics.error(_display(output, site_dir), None, str(exc))
        return BuildResult(False, _report(diagnostics, site_dir), output, seconds=time.perf_counter() - started)
    return BuildResult(True, _report(diagnostics, site_dir), output, pages, writer.written, writer.kept,
                       time.perf_counter() - started)


def _report(diagnostics: Diagnostics, site_dir: Path) -> list[Problem]:
    return with_source_lines(diagnostics.sorted(), site_dir)


def _display(path: Path, site_dir: Path) -> str:
    try:
        return path.relative_to(site_dir).as_posix()
    except ValueError:
        return str(path)
