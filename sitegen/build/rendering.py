"""The render stage: each chosen page's view, read from the site with its dependencies recorded, rendered
with the theme and handed to the writer; over several processes when there are many and memory allows."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from sitegen.diagnostics import Problem
from sitegen.model.reads import Reading, Reads
from sitegen.model.site import Site
from sitegen.pages.route import Route
from sitegen.parallel import MIN_ITEMS_PER_PROCESS, jobs_within, run_chunks
from sitegen.progress import Progress
from sitegen.render.renderer import Renderer

PARALLEL_THRESHOLD = 400  # pages to render before forking pays off
# Values pages share (an article's card) and their HTML kept for reuse within a render pass, at most, so
# that the memory they take does not grow with the site; the pages are rendered newest first so that an
# article's list pages come close together while its card is kept.
SHARED_LIMIT = 4096


class ContentChanged(Exception):
    """A file read again for a page changed since the build read it: the page cannot be made from it."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


def render_page(renderer: Renderer, route: Route, reads: Reads, failed: set[str]) -> bytes | Problem | None:
    """A page's bytes; a problem when its template fails (then ``failed`` holds the template, and its other
    pages give None: one problem per template) or its file changed while the site was being built."""
    if route.template in failed:
        return None
    try:
        return renderer.render(route.template, route.view(reads))
    except ContentChanged as exc:
        return Problem(exc.path, None, "the file changed while the site was being built; build again")
    except Exception as exc:  # a theme bug: reported at its template line, once per template
        failed.add(route.template)
        return renderer.problem(exc, route.template)


@dataclass
class Rendered:
    """What a render pass made: problems, files written and kept by the writer, each page's keys."""

    problems: list[Problem] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # output → its dependency keys

    def add(self, other: "Rendered") -> None:
        self.problems.extend(p for p in other.problems if p not in self.problems)
        self.written.extend(other.written)
        self.kept.extend(other.kept)
        # One string per key in this process, whichever worker sent it.
        self.keys.update((output, tuple(map(sys.intern, keys))) for output, keys in other.keys.items())


def render_all(routes: list[Route], site: Site, renderer: Renderer, writer, jobs: int, max_memory: int,
               progress: Progress) -> Rendered:
    """Render ``routes`` (newest listed first) and hand each page to the writer (None: render only)."""
    here = os.getpid()

    def render_chunk(chunk: list[Route]) -> Rendered:
        made = Rendered()
        failed: set[str] = set()
        reading = Reading(site, SHARED_LIMIT)
        since = (len(writer.written), len(writer.kept)) if writer is not None else (0, 0)
        for route in chunk:
            reads = reading.page()
            data = render_page(renderer, route, reads, failed)
            if isinstance(data, Problem):
                made.problems.append(data)
            elif data is not None:
                if writer is not None:
                    writer.write(route.output, data)
                made.keys[route.output] = tuple(sorted(reads.keys))
            if os.getpid() == here:
                progress.advance(step)
        if writer is not None:
            made.written, made.kept = writer.written[since[0]:], writer.kept[since[1]:]
        return made

    jobs = jobs_within(jobs, max_memory) if len(routes) >= PARALLEL_THRESHOLD else 1
    # The calling process counts its own pages, each standing for one of every process's (the chunks are
    # interleaved, so they advance alike).
    step = max(1, min(jobs, len(routes) // MIN_ITEMS_PER_PROCESS or 1))
    progress.phase("rendering pages", len(routes))
    routes = sorted(routes, key=_newest_listed)
    renderer.partials.clear()
    try:
        results = run_chunks(render_chunk, routes, jobs)
    finally:
        renderer.partials.clear()
    done = Rendered()
    for index, made in enumerate(results):
        done.add(made)
        if index > 0 and writer is not None:  # what forked workers wrote (this process's writer has its own)
            writer.written.extend(made.written)
            writer.kept.extend(made.kept)
    return done


def _newest_listed(route: Route) -> float:
    """Pages listing articles by their newest (lists are newest first), the other pages after: an article's
    card shows on its front page, tag, place and note pages, and rendered in this order they come close
    together, while the card and its HTML are kept."""
    return route.newest_listed
