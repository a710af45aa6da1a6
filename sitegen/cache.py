"""What one build leaves for the next, in ``.sitegen-cache/`` beside the site (safe to delete).

``state.pickle`` is small (file stats, dependency digests, the list of output files) and is all a build
that finds nothing changed needs to read; ``records-NN.pickle`` (a few shards, by file path) hold every
file's parsed records and rendered Markdown, read only when something did change, and rewritten only for
the shards whose files changed. Both are keyed by sitegen's version: a cache
written by another version is ignored. Writes go to a temporary file renamed into place, so a killed
build leaves either the old cache or the new one, never half of one.
"""

from __future__ import annotations

import os
import pickle
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from sitegen import __version__

CACHE_DIR = ".sitegen-cache"
FORMAT = 2
SHARDS = 32


def shard_of(path: str) -> int:
    return zlib.crc32(path.encode("utf-8")) % SHARDS


@dataclass(frozen=True, slots=True)
class SourceStat:
    mtime_ns: int
    size: int
    digest: str


@dataclass
class BuildState:
    """Everything a build needs to know about the previous one."""

    parse_fingerprint: str  # what parsing depended on: sitegen's version, the timezone
    render_fingerprint: str  # what rendering depended on: settings, theme, drafts, base URL
    stats: dict[str, SourceStat] = field(default_factory=dict)  # content file -> stat and digest
    keys: dict[str, str] = field(default_factory=dict)  # dependency key -> digest
    outputs: set[str] = field(default_factory=set)  # every file of the output folder
    pages: int = 0
    problems: list = field(default_factory=list)  # warnings, reported again when nothing changed
    output_id: tuple = ()  # (device, inode) of the output folder the build swapped in
    also_read: dict = field(default_factory=dict)  # other files records depend on (archives) -> (mtime, size)
    records: dict | None = None  # content file -> Parsed; loaded lazily from records.pickle


def cache_dir(site_dir: Path) -> Path:
    return site_dir / CACHE_DIR


def load_state(site_dir: Path) -> BuildState | None:
    try:
        with open(cache_dir(site_dir) / "state.pickle", "rb") as handle:
            version, fmt, state = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        return None
    if version != __version__ or fmt != FORMAT or not isinstance(state, BuildState):
        return None
    return state


def load_records(site_dir: Path) -> dict:
    """Every cached parse, or {} when any shard is missing or unreadable (then everything is re-parsed)."""
    records: dict = {}
    for shard in range(SHARDS):
        try:
            with open(cache_dir(site_dir) / f"records-{shard:02d}.pickle", "rb") as handle:
                version, fmt, part = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
            return {}
        if version != __version__ or fmt != FORMAT or not isinstance(part, dict):
            return {}
        records.update(part)
    return records


def save_state(site_dir: Path, state: BuildState, *, changed_paths: set[str] | None) -> None:
    """Persist the state; ``changed_paths`` None rewrites every records shard, else only theirs. A cache
    that cannot be written only costs the next build time."""
    directory = cache_dir(site_dir)
    try:
        directory.mkdir(exist_ok=True)
        ignore = directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# sitegen's build cache: safe to delete\n*\n")
        shards = set(range(SHARDS)) if changed_paths is None else {shard_of(p) for p in changed_paths}
        if shards:
            parts: dict[int, dict] = {shard: {} for shard in shards}
            for path, parsed in (state.records or {}).items():
                shard = shard_of(path)
                if shard in parts:
                    parts[shard][path] = parsed
            for shard, part in parts.items():
                _atomic_dump(directory / f"records-{shard:02d}.pickle", (__version__, FORMAT, part))
        records, state.records = state.records, None
        try:
            # Without pickle's memo (every object it writes, 16 MB at 50,000 articles): the state is plain
            # data without cycles, its strings seldom shared.
            _atomic_dump(directory / "state.pickle", (__version__, FORMAT, state), memo=False)
        finally:
            state.records = records
    except OSError:
        pass


def _atomic_dump(path: Path, value, memo: bool = True) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = not memo
        pickler.dump(value)
    os.replace(temporary, path)
