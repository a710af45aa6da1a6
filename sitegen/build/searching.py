"""The search index's files: made after the other pages, each written only when its content changed.

The index is the largest whole-site step of an edit build, and nothing the other pages need depends on
it: an edit build of a large site (``sitegen build``, not serve, which keeps a whole site in memory)
makes it in a forked process while it plans the other pages (:func:`beside`).
"""

from __future__ import annotations

from collections.abc import Callable

from sitegen.build.planning import Previous, content_key
from sitegen.model.reads import Reading
from sitegen.model.site import Site
from sitegen.pages import search
from sitegen.pages.route import Route
from sitegen.parallel import run_beside
from sitegen.render.renderer import Renderer

File = tuple[str, str, bytes | None]  # (output, content digest, bytes when they changed, else None)


def made(site: Site, renderer: Renderer, previous: Previous | None) -> tuple[list[Route], list[File]]:
    """The index's routes, and each file with its digest and its bytes unless the previous build has it."""
    routes = search.data_routes(site)
    reads = Reading(site).page()
    found = []
    for route in routes:
        unchanged = (previous is not None and route.output in previous.outputs
                     and previous.digests.get(content_key(route.output)) == route.content_digest)
        found.append((route.output, route.content_digest, None if unchanged else renderer.render(None, route.view(reads))))
    return routes, found


def beside(site: Site, renderer: Renderer, previous: Previous | None, foreground: Callable[[], object]):
    """(the index's files, ``foreground()``), the files made in a forked process meanwhile."""
    return run_beside(lambda: made(site, renderer, previous)[1], foreground)


def write(files: list[File], site: Site, renderer: Renderer, writer) -> tuple[list[str], dict[str, tuple[str, ...]],
                                                                              dict[str, str]]:
    """Hand the changed files to the writer and keep the others: (outputs rendered, each file's keys,
    each key's digest). A file the previous output lost is made again."""
    lost = {output for output, _, data in files if data is None and not writer.link_previous(output)}
    remade = {}
    if lost:
        reads = Reading(site).page()
        remade = {route.output: renderer.render(None, route.view(reads))
                  for route in search.data_routes(site) if route.output in lost}
    rendered, keys, digests = [], {}, {}
    for output, digest, data in files:
        data = remade.get(output, data)
        if data is not None:
            writer.write(output, data)
            rendered.append(output)
        keys[output] = (content_key(output),)
        digests[content_key(output)] = digest
    return rendered, keys, digests
