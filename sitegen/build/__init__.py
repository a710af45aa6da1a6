"""``sitegen build``, ``check`` and ``serve``'s builds: the one pipeline (:mod:`~sitegen.build.builder`)
and its stages: what changed (:mod:`~sitegen.build.changes`), load (:mod:`~sitegen.build.loading`, with
the article pages rendered early in :mod:`~sitegen.build.early`), plan (:mod:`~sitegen.build.planning`),
render (:mod:`~sitegen.build.rendering`) and the search index (:mod:`~sitegen.build.searching`).
"""

from sitegen.build.builder import Builder, BuildResult, build, code_digest

__all__ = ["Builder", "BuildResult", "build", "code_digest"]
