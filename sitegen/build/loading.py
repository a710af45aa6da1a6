"""The load stage: each content file's records, kept from the last build where the file is unchanged, else
parsed (over several processes when there are many), article pages rendered where they are parsed when
the build asks for it (:mod:`sitegen.build.early`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from sitegen.build.changes import Files, Walk, missing_archive
from sitegen.build.early import EarlyPages
from sitegen.cache import BuildState, SourceStat
from sitegen.model.records import Article
from sitegen.parallel import freeze_survivors, run_streamed
from sitegen.progress import Progress
from sitegen.load.sources import ARTICLE, ParseSettings, Parsed, SourceFile, parse_source

PARALLEL_THRESHOLD = 400  # files to parse before forking pays off


def load(site_dir: Path, walk: Walk, files: Files, previous: BuildState | None, kept: Mapping[str, Parsed],
         settings: ParseSettings, jobs: int, progress: Progress,
         early: EarlyPages | None = None) -> tuple[list[Parsed], dict[str, Parsed]]:
    """Every file's parse, in the walk's order, and those parsed afresh by path. ``kept``: the last
    build's parses, by path. With ``early``, speakers and notes are parsed first, then the articles, each
    article's page rendered as it is parsed."""
    if early is None:
        return _parse(site_dir, walk.sources, walk, files, previous, kept, settings, jobs, progress)
    others = [source for source in walk.sources if source.kind != ARTICLE]
    articles = [source for source in walk.sources if source.kind == ARTICLE]
    parsed_others, fresh = _parse(site_dir, others, walk, files, previous, kept, settings, jobs, progress)
    early.start(parsed_others)
    parsed_articles, fresh_articles = _parse(site_dir, articles, walk, files, previous, kept, settings, jobs,
                                             progress, early)
    by_path = {p.source.path: p for p in (*parsed_others, *parsed_articles)}
    return [by_path[source.path] for source in walk.sources], {**fresh, **fresh_articles}


def _parse(site_dir: Path, sources: list[SourceFile], walk: Walk, files: Files, previous: BuildState | None,
           kept: Mapping[str, Parsed], settings: ParseSettings, jobs: int, progress: Progress,
           early: EarlyPages | None = None) -> tuple[list[Parsed], dict[str, Parsed]]:
    # After a watcher's save (a hinted walk) that named no file an article depends on, a file's last parse
    # holds unless the watcher named the file: the walk kept the others' stats and kinds as they were.
    touched = files.touched(previous.also_read) if previous is not None and walk.hinted else None
    as_before = previous.stats if touched == set() else None
    as_walked = _as_walked(sources, kept, walk) if as_before is not None and early is None else None
    if as_walked is not None:
        parsed, todo = as_walked
    else:
        parsed, todo = [], []
        for source in sources:
            old = kept.get(source.path)
            if old is not None and (source.path in as_before and source.path not in walk.forced if as_before
                                    is not None else _still_valid(old, source, walk, files, previous)):
                parsed.append(old)
            else:
                parsed.append(None)
                todo.append((len(parsed) - 1, source))

    def parse_one(item: tuple[int, SourceFile]) -> Parsed:
        found = parse_source(site_dir, item[1], settings)
        # A record kept for the build keeps its body packed; early pages render it and let it go.
        return found if early is not None else _packed(found)

    jobs = jobs if len(todo) >= PARALLEL_THRESHOLD else 1
    progress.phase("reading files", len(todo))
    if early is None:
        results = run_streamed(parse_one, todo, jobs, batch=64, done=progress.advance)
    else:
        # A batch of files parsed, then their pages rendered: parsing a file and rendering its page in turn
        # ran slower with two processes doing it side by side.
        # What forked workers rendered comes back with each batch (work done here is in ``early`` already).
        results = run_streamed(parse_one, todo, jobs, report=early.report, absorb=early.absorb, batch=64,
                               then=early.render_all, done=progress.advance)
    for (index, _), result in zip(todo, results):
        parsed[index] = result
    freeze_survivors()
    return parsed, {source.path: result for (_, source), result in zip(todo, results)}


def _as_walked(sources: list[SourceFile], kept: Mapping[str, Parsed], walk: Walk
               ) -> tuple[list[Parsed | None], list[tuple[int, SourceFile]]] | None:
    """The last build's parses in this walk's order, those of the files the watcher named left to parse
    (found by a scan in C rather than a check per file); None unless the last parses are in this walk's
    order (it is the last walk brought up to date)."""
    paths = list(kept)
    if paths != [source.path for source in sources] or not walk.forced <= kept.keys():
        return None
    parsed: list[Parsed | None] = list(kept.values())
    todo = []
    for index in sorted(map(paths.index, walk.forced)):
        parsed[index] = None
        todo.append((index, sources[index]))
    return parsed, todo


def _packed(parsed: Parsed) -> Parsed:
    records = parsed.records
    if len(records) == 1 and isinstance(records[0], Article) and isinstance(records[0].body, str):
        return replace(parsed, records=(records[0].packed(),))
    return parsed


def _still_valid(old: Parsed, source: SourceFile, walk: Walk, files: Files, previous: BuildState | None) -> bool:
    """Whether the last build's parse of a file still holds: same file, same stat, same archive."""
    old_stat = previous.stats.get(source.path) if previous else None
    return (old_stat is not None and source.path not in walk.forced
            and walk.stats.get(source.path) == (old_stat.mtime_ns, old_stat.size)
            and old.source == source
            and all(files.unchanged(path, (mtime, size)) for path, mtime, size in old.also_read)
            and not ((missing := missing_archive(old)) and not files.unchanged(missing, None)))


def source_stats(parsed: list[Parsed], stats: dict[str, tuple[int, int]], previous: BuildState | None,
                 fresh: Mapping[str, Parsed]) -> dict[str, SourceStat]:
    """What the next build's state records of each file: the previous build's record where the file is as
    it was (the same object, not a copy), else a new one. ``fresh``: the files parsed afresh; the others
    were kept because their stats are the previous build's."""
    old = previous.stats if previous is not None else {}
    if old and len(fresh) < len(parsed) // 2:
        found = dict(old)
        for path in old.keys() - stats.keys():
            del found[path]
        parsed = list(fresh.values())
    else:
        found = {}
    for p in parsed:
        path = p.source.path
        current = stats.get(path)
        if current is None:
            continue
        known = old.get(path)
        if known is None or (known.mtime_ns, known.size, known.digest) != (*current, p.digest):
            known = SourceStat(*current, p.digest)
        found[path] = known
    return found
