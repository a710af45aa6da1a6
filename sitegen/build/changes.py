"""What changed since the last build: the content files (walked, or the last walk brought up to date with
the paths a file watcher named) and their stats, and whether anything changed at all."""

from __future__ import annotations

import os
import posixpath
import stat
from dataclasses import dataclass
from collections.abc import Iterable
from pathlib import Path

from sitegen.cache import BuildState
from sitegen.diagnostics import Diagnostics, Problem
from sitegen.load.sources import ARTICLE, SPEAKERS_FILE, Parsed, SourceFile, find_sources
from sitegen.load.sources import _ignored as ignored_name

WALKED_FOLDERS = ("content/articles/", "content/notes/")  # what find_sources walks besides speakers.yaml


@dataclass
class Walk:
    """The content files a build reads, their stats, and the problems the walk found."""

    sources: list[SourceFile]
    problems: list[Problem]
    stats: dict[str, tuple[int, int]]  # path → (mtime_ns, size)
    forced: set[str]  # files to read again even if their stat looks unchanged (a watcher named them)
    # Whether this walk is the last one brought up to date with a watcher's paths (every file the walk
    # does not force is then as the last build found it), and the paths of its sources, made once.
    hinted: bool = False
    _paths: frozenset[str] | None = None

    @property
    def paths(self) -> frozenset[str]:
        if self._paths is None:
            self._paths = frozenset(source.path for source in self.sources)
        return self._paths


class Files:
    """The site folder's files as one build sees them: ``hint`` holds the site-relative paths a watcher
    named since the last successful build (None: unknown, look at everything)."""

    def __init__(self, site_dir: Path, hint: set[str] | None, last_walk: Walk | None):
        self.site_dir = site_dir
        self.hint = hint
        self.last_walk = last_walk

    def walk(self, previous: BuildState | None, hint_usable: bool) -> Walk:
        """The content files and their stats: from the last walk and the hint where they tell enough,
        else by walking ``content/``."""
        hinted = self._hinted_walk(previous) if hint_usable else None
        if hinted is not None:
            return hinted
        found = Diagnostics()
        sources = find_sources(self.site_dir, found)
        forced = {source.path for source in sources if source.path in self.hint} if self.hint else set()
        return Walk(sources, found.problems, self._stat(sources), forced)

    def touched(self, depended_on: Iterable[str]) -> set[str] | None:
        """Of these files others depend on, those a watcher named (None: no watcher, each one's stat
        tells)."""
        if self.hint is None or self.last_walk is None:
            return None
        return self.hint.intersection(depended_on)

    def unchanged(self, rel: str, recorded: tuple[int, int] | None) -> bool:
        """Whether a file another one depends on (an archive) is as recorded; with a hint, whether the
        hint leaves it out."""
        if self.hint is not None and self.last_walk is not None:
            return rel not in self.hint
        return self.stat(rel) == recorded

    def stat(self, rel: str) -> tuple[int, int] | None:
        try:
            st = os.stat(self.site_dir / rel)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _stat(self, sources: list[SourceFile]) -> dict[str, tuple[int, int]]:
        stats = {}
        for source in sources:
            found = self.stat(source.path)
            if found is not None:  # else it vanished between the walk and now: parsing reports it
                stats[source.path] = found
        return stats

    def _lstat_mode(self, rel: str) -> int | None:
        try:
            return os.lstat(self.site_dir / rel).st_mode
        except OSError:
            return None

    def _hinted_walk(self, previous: BuildState | None) -> Walk | None:
        """The last walk and stats brought up to date for the paths named since then, or None when only a
        full walk can tell (a folder, a new file, a link, a file the walk reported on, or no walk)."""
        if self.hint is None or self.last_walk is None or previous is None:
            return None
        last = self.last_walk
        sources, walk_problems, known = last.sources, last.problems, last.paths
        reported = {problem.path for problem in walk_problems}
        vanished = set()
        for rel in self.hint:
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
        paths = known
        if vanished:
            sources = [source for source in sources if source.path not in vanished]
            paths = known - vanished
        # The last walk's stats are those the previous build recorded; a file named since, or one it has
        # no record of, is stat'ed again and read again.
        stats = dict(last.stats)
        # The previous build recorded a stat for each file of its walk but those that vanished meanwhile:
        # when it recorded as many as the walk found, none is missing (and no set is made of them all).
        unrecorded = set() if len(previous.stats) == len(known) else paths - previous.stats.keys()
        forced = (self.hint & paths) | unrecorded
        for rel in forced | vanished:
            stats.pop(rel, None)
            current = self.stat(rel) if rel in paths else None
            if current is not None:
                stats[rel] = current
        return Walk(sources, walk_problems, stats, forced, hinted=True, _paths=paths)


def nothing_changed(walk: Walk, previous: BuildState, files: Files) -> bool:
    """Whether the content files are exactly as the previous build found them (settings, theme and output
    are the caller's to compare)."""
    return (not walk.forced
            and walk.stats == {p: (s.mtime_ns, s.size) for p, s in previous.stats.items()}
            and all(files.unchanged(path, recorded) for path, recorded in previous.also_read.items()))


def missing_archive(parsed: Parsed) -> str | None:
    """The archive an article names that did not exist when it was read: it left no stat in the record's
    also_read, yet the article must be read again once the archive appears (its quotes get checked)."""
    if parsed.source.kind != ARTICLE or parsed.also_read or len(parsed.records) != 1:
        return None
    if not parsed.records[0].quotes:
        return None  # the archive is read only to check quotes
    archive = parsed.records[0].source.archive
    path = posixpath.normpath(f"content/{archive}") if archive else ""
    return path if path.startswith("content/") else None
