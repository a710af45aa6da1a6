"""Walk ``content/`` and turn each file into a record: the load step of the build.

``parse_source`` is a pure function of one file's bytes, so it can run in worker processes and its result
can be cached by the file's hash. Problems are returned with the record, never raised.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from sitegen.diagnostics import Diagnostics, Problem, internal_error, record
from sitegen.files import FileTooLarge, read_regular
from sitegen.load.frontmatter import FrontMatterProblem, split_document
from sitegen.htmltext import plain_text
from sitegen.model.records import Article
from sitegen.model.settings import SAFE, MarkupPolicy
from sitegen.load.quotecheck import closest_passage, normalize, quote_in_source
from sitegen.load.schema import article_from_data, note_from_data, speakers_from_data
from sitegen.load.yamlfile import YAMLProblem, load_yaml

ARTICLE = "article"
NOTE = "note"
SPEAKERS = "speakers"
SPEAKERS_FILE = "content/speakers.yaml"
_ARTICLE_SUFFIXES = (".md", ".yaml", ".yml")


@record
class SourceFile:
    """One content file found by the walk."""

    kind: str  # ARTICLE, NOTE or SPEAKERS
    path: str  # relative to the site folder, forward slashes


@record
class Parsed:
    """What one content file yields: its records (possibly none) and its problems."""

    source: SourceFile
    records: tuple
    problems: tuple[Problem, ...]
    digest: str = ""  # of the file's bytes (and its archive's): the dependency digest of its records
    also_read: tuple = ()  # (path, mtime_ns, size) of other files the records depend on (the archive)
    search: tuple = ()  # what ParseSettings.derive made of each record (its search fields)


MAX_FILE_BYTES = 1024 * 1024  # the default of max_file_kb (SiteConfig)


@dataclass(frozen=True)
class ParseSettings:
    """What parsing a file depends on besides its bytes."""

    timezone: str = "UTC"
    markup: MarkupPolicy = SAFE
    max_bytes: int = MAX_FILE_BYTES
    # What else to make of each article and note where its file is parsed (in a worker, once per file
    # version, kept in the build cache): the pages layer's search fields.
    derive: Callable[[object], object] | None = None


def _ignored(name: str) -> bool:
    # Editors' swap, backup and lock files come and go while they type.
    return name.startswith((".", "#", "~")) or name.endswith(("~", ".swp", ".swx", ".tmp", ".bak"))


def find_sources(site_dir: Path, diagnostics: Diagnostics) -> list[SourceFile]:
    """Every content file, in a stable order; stray files are reported as warnings.

    Content is read only from inside the site folder: a symbolic link (file or folder, ``content/`` itself
    included) that resolves outside it is an error naming the link, and nothing is read through it. A
    link to a folder inside the site is not followed (a warning), so nothing is found twice."""
    found: list[SourceFile] = []
    for rel in ("content", SPEAKERS_FILE):
        if not _inside_site(site_dir, rel, diagnostics):
            return found
    if (site_dir / SPEAKERS_FILE).is_file():
        found.append(SourceFile(SPEAKERS, SPEAKERS_FILE))
    for folder, kind, suffixes in (("articles", ARTICLE, _ARTICLE_SUFFIXES), ("notes", NOTE, (".md",))):
        root = f"content/{folder}"
        if not (site_dir / root).is_dir() or not _inside_site(site_dir, root, diagnostics):
            continue
        for rel in _walk(site_dir, root, diagnostics):
            if os.path.splitext(rel)[1].lower() in suffixes:
                found.append(SourceFile(kind, rel))
            else:
                diagnostics.warning(rel, None, f"ignored: {folder}/ holds {' or '.join(suffixes)} files only")
    return found


def _inside_site(site_dir: Path, rel: str, diagnostics: Diagnostics) -> bool:
    """False (and an error) when ``rel`` resolves, through symbolic links, outside the site folder."""
    root = os.path.realpath(site_dir)
    target = os.path.realpath(os.path.join(site_dir, rel))
    if target == root or target.startswith(root.rstrip(os.sep) + os.sep):
        return True
    diagnostics.error(rel, None, f"a symbolic link to {target}, outside the site folder; sitegen reads content "
                      "only from inside the site folder: copy it into the site instead of linking to it")
    return False


def _walk(site_dir: Path, rel_dir: str, diagnostics: Diagnostics):
    """The regular files under a folder (site-relative paths), each folder's files before its sub-folders,
    both sorted by name; links are checked (see find_sources)."""
    try:
        with os.scandir(site_dir / rel_dir) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        diagnostics.error(rel_dir, None, f"cannot read the folder: {exc.strerror or exc}")
        return
    subdirs = []
    for entry in entries:
        if _ignored(entry.name):
            continue
        rel = f"{rel_dir}/{entry.name}"
        try:
            if entry.is_symlink():
                if not _inside_site(site_dir, rel, diagnostics):
                    continue
                if entry.is_dir():
                    diagnostics.warning(rel, None, "ignored: a symbolic link to a folder (sitegen does not follow "
                                        "linked folders); move the folder here instead")
                    continue
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(rel)
            elif entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path)):
                yield rel  # a dangling link is reported when it cannot be read
            else:
                diagnostics.warning(rel, None, "ignored: not a regular file")
        except OSError as exc:
            diagnostics.error(rel, None, f"cannot read the file: {exc.strerror or exc}")
    for rel in subdirs:
        yield from _walk(site_dir, rel, diagnostics)


def decode_text(path: str, data: bytes) -> tuple[str | None, Problem | None]:
    """A file's bytes as UTF-8 text (a byte-order mark is dropped), or the problem that stops reading it."""
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n"), None
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return None, Problem(path, line, f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                             f"{exc.start}); save it with UTF-8 encoding")


def parse_source(site_dir: Path, source: SourceFile, settings: ParseSettings = ParseSettings()) -> Parsed:
    """One content file → records and problems. Pure: depends only on the file's bytes (and its archive's),
    the timezone and the site's markup policy (which raw HTML its Markdown may keep). Never raises: a bug
    met on this file is a problem naming it (diagnostics.internal_error), and the run goes on."""
    try:
        return _parse_source(site_dir, source, settings)
    except Exception as exc:
        return Parsed(source, (), (internal_error(source.path, exc),))


def _parse_source(site_dir: Path, source: SourceFile, settings: ParseSettings) -> Parsed:
    try:
        data, _ = read_regular(site_dir / source.path, settings.max_bytes)
    except FileTooLarge as exc:
        return Parsed(source, (), (Problem(source.path, None, _too_large(exc)),))
    except OSError as exc:
        return Parsed(source, (), (Problem(source.path, None, f"cannot read the file: {exc.strerror or exc}"),))
    hasher = hashlib.blake2b(data, digest_size=16)
    text, problem = decode_text(source.path, data)
    if problem:
        return Parsed(source, (), (problem,), hasher.hexdigest())
    diagnostics = Diagnostics()
    try:
        records = _parse_text(source, text, ZoneInfo(settings.timezone), diagnostics, settings.markup)
    except RecursionError:
        return Parsed(source, (), (Problem(source.path, None, _TOO_DEEP),), hasher.hexdigest())
    also_read = ()
    if source.kind == ARTICLE and records and records[0].quotes:
        article, archive_stat, archive_bytes = check_article_quotes(site_dir, records[0], diagnostics,
                                                                    settings.max_bytes)
        records = [article]
        if archive_stat:
            also_read = (archive_stat,)
            hasher.update(b"\0archive\0" + archive_bytes)
    fields = tuple(map(settings.derive, records)) if settings.derive and source.kind != SPEAKERS else ()
    return Parsed(source, tuple(records), tuple(diagnostics.problems), hasher.hexdigest(), also_read, fields)


def _too_large(exc: FileTooLarge) -> str:
    return (f"the file is {exc.strerror}, which the build does not read (a file this large takes hundreds of "
            "megabytes to convert); split it, or raise max_file_kb in content/site.yaml "
            f"(max_file_kb: {-(-exc.size // 1024)} would allow it)")


_TOO_DEEP = ("the file nests too deeply to be read (lists or mappings inside each other in the YAML, or lists "
             "and quotes in the Markdown, hundreds of levels deep); flatten it")


def check_article_quotes(site_dir: Path, article: Article, diagnostics: Diagnostics,
                         max_bytes: int = MAX_FILE_BYTES):
    """Mark each quote found verbatim in the archived source (or the body when there is none); warn about
    the others with the closest passage. Returns the article, the archive's stat and its bytes."""
    archive_stat, archive_bytes = None, b""
    if article.source.archive:
        rel = f"content/{article.source.archive}"
        path = site_dir / rel
        line = article.line_of("source")
        try:
            if not path.resolve().is_relative_to(site_dir.resolve()):
                raise PermissionError("outside the site")
            archive_bytes, st = read_regular(path, max_bytes)
            archive_stat = (rel, st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            diagnostics.warning(article.path, line, f"the archived source {rel} does not exist; its quotes "
                                "cannot be checked")
            return article, None, b""
        except FileTooLarge as exc:
            diagnostics.warning(article.path, line, f"the archived source {rel} is {exc.strerror}; its quotes "
                                "cannot be checked: keep only the article's text in it, or raise max_file_kb in "
                                "content/site.yaml")
            return article, None, b""
        except (OSError, ValueError) as exc:
            diagnostics.warning(article.path, line, f"the archived source {rel} cannot be read "
                                f"({getattr(exc, 'strerror', None) or exc}); its quotes cannot be checked")
            return article, None, b""
        source_text, where = archive_bytes.decode("utf-8", errors="replace"), "archive"
        source_name = f"the archived source ({rel})"
    else:
        source_text, where = plain_text(article.body_html), "body"
        source_name = "the article's body (it has no archived source)"
    haystack = normalize(source_text)
    quotes = []
    for quote in article.quotes:
        if quote_in_source(quote.text, haystack):
            quotes.append(replace(quote, checked=where))
            continue
        quotes.append(quote)
        closest = closest_passage(quote.text, haystack) if haystack else ""
        hint = f"; closest passage: {closest}" if closest else ""  # last: the passage's own quote marks stay its
        diagnostics.warning(article.path, quote.line,
                            f"quote by {quote.speaker} not found in {source_name}{hint}")
    return replace(article, quotes=tuple(quotes)), archive_stat, archive_bytes


def _parse_text(source: SourceFile, text: str, tz, diagnostics: Diagnostics, markup: MarkupPolicy) -> list:
    path = source.path
    stem = PurePosixPath(path).stem
    if source.kind == SPEAKERS:
        try:
            data = load_yaml(text)
        except YAMLProblem as exc:
            diagnostics.error(path, exc.line, exc.message, _line(text, exc.line))
            return []
        return speakers_from_data(path, data, text, diagnostics)

    if source.kind == ARTICLE and not path.endswith(".md"):
        if not text.strip():
            diagnostics.error(path, None, "the file is empty; an article needs at least title, date and source")
            return []
        try:
            data = load_yaml(text)
        except YAMLProblem as exc:
            diagnostics.error(path, exc.line, exc.message, _line(text, exc.line))
            return []
        article = article_from_data(path, stem, data, text, "", tz, diagnostics, body_from_yaml=True,
                                    markup=markup)
        return [article] if article else []

    try:
        document = split_document(text)
    except FrontMatterProblem as exc:
        diagnostics.error(path, exc.line, exc.message, _line(text, exc.line))
        return []
    try:
        data = load_yaml(document.front_matter, document.front_matter_line)
    except YAMLProblem as exc:
        diagnostics.error(path, exc.line, exc.message, _line(text, exc.line))
        return []
    if source.kind == ARTICLE:
        record = article_from_data(path, stem, data, text, document.body, tz, diagnostics, body_from_yaml=False,
                                   markup=markup)
    else:
        record = note_from_data(path, stem, data, text, document.body, tz, diagnostics, markup=markup)
    return [record] if record else []


def _line(text: str, line: int | None) -> str:
    if not line:
        return ""
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""
