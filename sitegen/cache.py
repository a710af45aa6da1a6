"""What one build leaves for the next, in ``.sitegen-cache/`` beside the site (safe to delete).

- ``state.pickle``: file stats, fingerprints, the output's files, the digest of every dependency key: all
  a build that finds nothing changed reads;
- ``pages.pickle``: each page's dependency keys, read when something changed;
- ``records-NN.pickle`` (shards by file path): every file's parsed records, read when something changed
  and rewritten only for the shards whose files changed;
- ``templates/``: Jinja's compiled code for the theme's templates (:class:`CompiledTemplates`).

Everything is keyed by sitegen's version: a cache written by another version is ignored. Writes go to a
temporary file renamed into place, so a killed build leaves the old cache or the new one, never half.

Speed lives here too: records pickle as their constructor call (registered with :mod:`copyreg`, so worker
pipes use it as well), several times faster to load than dataclasses' generic state restore.
"""

from __future__ import annotations

import copyreg
import hashlib
import os
import pickle
import zlib
from dataclasses import dataclass, field, fields
from pathlib import Path

import jinja2

from sitegen import __version__
from sitegen.diagnostics import Problem
from sitegen.model import records
from sitegen.load.sources import Parsed, SourceFile

CACHE_DIR = ".sitegen-cache"
FORMAT = 3
SHARDS = 32


def _reduce_to_constructor(value):
    return (value.__class__, tuple(getattr(value, name) for name in value.__slots__))


for _record in (Problem, SourceFile, Parsed, records.Speaker, records.Source, records.Quote, records.Event,
                records.Correction, records.Article, records.Note, records.Term, records.TimelineEntry):
    copyreg.pickle(_record, _reduce_to_constructor)


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

    parse_fingerprint: str  # what parsing depended on: sitegen's code, the timezone, the markup policy
    render_fingerprint: str  # what rendering depended on: settings, theme, drafts, base URL
    stats: dict[str, SourceStat] = field(default_factory=dict)  # content file -> stat and digest
    digests: dict[str, str] = field(default_factory=dict)  # dependency key -> digest, for every page's keys
    outputs: set[str] = field(default_factory=set)  # every file of the output folder
    pages: int = 0
    problems: list = field(default_factory=list)  # warnings, reported again when nothing changed
    output_id: tuple = ()  # (device, inode) of the output folder the build swapped in
    also_read: dict = field(default_factory=dict)  # other files records depend on (archives) -> (mtime, size)
    page_keys: dict | None = None  # output -> its dependency keys; loaded when needed (pages.pickle)
    records: dict | None = None  # content file -> Parsed; loaded when needed (records-NN.pickle)


def cache_dir(site_dir: Path) -> Path:
    return site_dir / CACHE_DIR


def _load(path: Path):
    try:
        with open(path, "rb") as handle:
            version, fmt, value = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError,
            IndexError, KeyError):
        return None
    return value if version == __version__ and fmt == FORMAT else None


def load_state(site_dir: Path) -> BuildState | None:
    state = _load(cache_dir(site_dir) / "state.pickle")
    return state if isinstance(state, BuildState) else None


def load_page_keys(site_dir: Path) -> dict | None:
    keys = _load(cache_dir(site_dir) / "pages.pickle")
    return keys if isinstance(keys, dict) else None


def load_records(site_dir: Path) -> dict:
    """Every cached parse, or {} when any shard is missing or unreadable (then everything is re-parsed)."""
    found: dict = {}
    for shard in range(SHARDS):
        part = _load(cache_dir(site_dir) / f"records-{shard:02d}.pickle")
        if not isinstance(part, dict):
            return {}
        found.update(part)
    return found


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
        if state.page_keys is not None:
            _atomic_dump(directory / "pages.pickle", (__version__, FORMAT, state.page_keys))
        # Without pickle's memo (every object it writes): the state is plain data, its strings seldom shared.
        light = BuildState(**{f.name: getattr(state, f.name) for f in fields(state)
                              if f.name not in ("page_keys", "records")})
        _atomic_dump(directory / "state.pickle", (__version__, FORMAT, light), memo=False)
    except OSError:
        pass


def _atomic_dump(path: Path, value, memo: bool = True) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = not memo
        pickler.dump(value)
    os.replace(temporary, path)


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between builds: compiling the default theme's costs more than rendering
    the few dozen pages an edit changes. Jinja checks each template's source against the checksum stored
    with its code; the files are named by Jinja's version and ``depends_on``, a digest of everything else
    the code depends on (sitegen's code, which sets the compiler's options and the filters, and the
    settings the filters read), and files of another name are removed. A folder that cannot be written
    only costs the next build the compiling."""

    def __init__(self, directory: Path, depends_on: str):
        fingerprint = hashlib.blake2b(f"{jinja2.__version__}|{depends_on}".encode(), digest_size=8).hexdigest()
        super().__init__(str(directory), f"{fingerprint}-%s.cache")
        try:
            directory.mkdir(parents=True, exist_ok=True)
            for entry in os.scandir(directory):
                if not entry.name.startswith(f"{fingerprint}-"):
                    os.unlink(entry.path)
        except OSError:
            pass

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass
