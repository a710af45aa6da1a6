"""Typed records from loaded YAML, with a located message for every field that is wrong.

Each ``*_from_data`` function checks one file's data against the content contract (docs/content.md) and
returns a record, or None when the file is unusable; problems go to the diagnostics. Unknown fields are
errors with a suggestion: a misspelt ``draft`` must never publish a draft.
"""

from __future__ import annotations

import difflib
import re
import sys
from datetime import date, datetime, tzinfo

from sitegen.diagnostics import Diagnostics
from sitegen.load.markup import MarkdownProblem, plain_text, render_markdown, render_markdowns
from sitegen.model.records import Article, Correction, Event, Note, Quote, Source, Speaker
from sitegen.model.settings import SAFE, MarkupPolicy
from sitegen.slugs import MAX_SLUG_LENGTH, is_slug, slugify
from sitegen.load.urls import http_url_problem
from sitegen.load.yamlfile import LineDict, LineList

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$")

ARTICLE_FIELDS = ("title", "date", "source", "summary", "tags", "places", "quotes", "events", "corrections",
                  "draft", "body")
NOTE_FIELDS = ("title", "date", "author", "articles", "draft", "body")
SOURCE_FIELDS = ("outlet", "url", "author", "archive")
QUOTE_FIELDS = ("speaker", "text", "context")
EVENT_FIELDS = ("date", "title")
CORRECTION_FIELDS = ("date", "text")
SPEAKER_FIELDS = ("id", "name", "name_native", "role", "affiliation", "aliases", "anonymous")


class FileChecker:
    """Reports problems of one file, each with its line and the text of that line."""

    def __init__(self, path: str, text: str, diagnostics: Diagnostics):
        self.path = path
        self.lines = text.split("\n")
        self.diagnostics = diagnostics
        self.failed = False

    def error(self, line: int | None, message: str) -> None:
        self.failed = True
        self.diagnostics.error(self.path, line, message, self._source(line))

    def warning(self, line: int | None, message: str) -> None:
        self.diagnostics.warning(self.path, line, message, self._source(line))

    def _source(self, line: int | None) -> str:
        return self.lines[line - 1] if line and 0 < line <= len(self.lines) else ""

    # -- field readers: each returns a clean value or a default, reporting what is wrong ------------

    def mapping(self, value, what: str, line: int) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.error(line, f"{what} must be a mapping of fields (key: value lines)")
        return None

    def known_fields(self, data: LineDict, allowed: tuple[str, ...], what: str) -> None:
        for key in data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"the fields of {what} are: {', '.join(allowed)}"
                self.error(data.line_of(key), f"unknown field '{key}' in {what}; {hint}")

    def text(self, data: LineDict, key: str, *, required: bool = False, what: str = "") -> str:
        if key not in data or data[key] is None:
            if required:
                self.error(data.line, f"the field '{key}' is required{what}")
            return ""
        value = data[key]
        if isinstance(value, bool) or isinstance(value, (list, dict)):
            self.error(data.line_of(key), f"'{key}' must be text, not a {_kind(value)}")
            return ""
        value = str(value).strip()
        if required and not value:
            self.error(data.line_of(key), f"'{key}' must not be empty")
        return value

    def flag(self, data: LineDict, key: str) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(data.line_of(key), f"'{key}' must be true or false")
            return True if key == "draft" else False  # a doubtful draft flag never publishes
        return value

    def text_list(self, data: LineDict, key: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(data.line_of(key), f"'{key}' must be a list, e.g. [Kyiv, Kharkiv]")
            return ()
        items = []
        for index, item in enumerate(value):
            line = value.item_lines[index] if isinstance(value, LineList) else data.line_of(key)
            if item is None or isinstance(item, (bool, list, dict)) or not str(item).strip():
                self.error(line, f"each entry of '{key}' must be non-empty text")
                continue
            items.append(str(item).strip())
        return tuple(dict.fromkeys(items))

    def entries(self, data: LineDict, key: str) -> list[LineDict]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(data.line_of(key), f"'{key}' must be a list of entries, each starting with '- '")
            return []
        out = []
        for index, item in enumerate(value):
            line = value.item_lines[index] if isinstance(value, LineList) else data.line_of(key)
            if isinstance(item, LineDict):
                out.append(item)
            else:
                self.error(line, f"each entry of '{key}' must be a mapping of fields")
        return out

    def moment(self, data: LineDict, key: str, tz: tzinfo, *, required: bool = True):
        """A date or a date-time with offset → (aware datetime, local day, has_time) or None."""
        if key not in data or data[key] is None:
            if required:
                self.error(data.line, f"the field '{key}' is required (YYYY-MM-DD, or a date-time with offset "
                           "such as 2022-09-11T14:30:00+03:00)")
            return None
        line = data.line_of(key)
        if isinstance(data[key], (bool, list, dict)):  # never str() a list: YAML aliases can make it huge
            self.error(line, f"'{key}' must be a date (YYYY-MM-DD), not a {_kind(data[key])}")
            return None
        raw = str(data[key]).strip()
        if _DATE.match(raw):
            try:
                day = date.fromisoformat(raw)
            except ValueError:
                self.error(line, f"'{raw}' is not a date that exists; write YYYY-MM-DD")
                return None
            return datetime(day.year, day.month, day.day, tzinfo=tz), day, False
        if _DATETIME.match(raw):
            try:
                moment = datetime.fromisoformat(raw.replace("z", "Z"))
            except ValueError:
                self.error(line, f"'{raw}' is not a date-time that exists")
                return None
            if moment.tzinfo is None:
                self.error(line, f"the date-time '{raw}' has no offset; add one, e.g. {raw}+00:00 or {raw}Z")
                return None
            return moment, moment.astimezone(tz).date(), True
        self.error(line, f"'{raw}' is not a date; write YYYY-MM-DD or a date-time with offset "
                   "such as 2022-09-11T14:30:00+03:00")
        return None

    def day(self, data: LineDict, key: str, tz: tzinfo) -> date | None:
        result = self.moment(data, key, tz)
        return result[1] if result else None


def _shared(text: str) -> str:
    """One string object for a name that recurs across files (a speaker id, a tag, an outlet, a field
    name): each file's YAML makes its own, and on a large site the copies fill every build process. Pickles keep the sharing within one dump (a worker's results, a cache shard)."""
    return sys.intern(text)


def archive_problem(archive: str) -> str | None:
    """An archive path stays inside content/: relative, no '..', no backslashes."""
    if archive.startswith(("/", "\\")) or "\\" in archive or re.match(r"^[A-Za-z]:", archive):
        return f"the archive path '{archive}' must be relative to content/, e.g. sources/my-article.txt"
    if not archive.isprintable():
        return f"the archive path {archive!r} must not contain control characters; write a plain path"
    if any(part in ("", ".", "..") for part in archive.split("/")):
        return f"the archive path '{archive}' must not contain '..' or empty parts"
    return None


def article_from_data(path: str, slug: str, data, text: str, body: str, tz: tzinfo,
                      diagnostics: Diagnostics, *, body_from_yaml: bool, markup: MarkupPolicy = SAFE) -> Article | None:
    check = FileChecker(path, text, diagnostics)
    if not isinstance(data, LineDict):
        check.error(1, "the front matter must be a mapping of fields such as 'title: ...'")
        return None
    check.known_fields(data, ARTICLE_FIELDS if body_from_yaml else ARTICLE_FIELDS[:-1], "an article")
    if not is_slug(slug):
        check.error(None, f"the file name '{slug}' is not a slug; rename the file to '{slugify(slug) or 'article'}' "
                    f"plus its extension (lower case letters, digits and hyphens, at most {MAX_SLUG_LENGTH})")
    title = check.text(data, "title", required=True)
    when = check.moment(data, "date", tz)
    source = _source(check, data)
    draft = check.flag(data, "draft")
    quotes = []
    for entry in check.entries(data, "quotes"):
        check.known_fields(entry, QUOTE_FIELDS, "a quote")
        speaker = check.text(entry, "speaker", required=True, what=" in a quote (a speaker id)")
        quote_text = check.text(entry, "text", required=True, what=" in a quote (the words, verbatim)")
        if speaker or quote_text:
            quotes.append(Quote(_shared(speaker), quote_text, check.text(entry, "context"), entry.line))
    events = []
    for entry in check.entries(data, "events"):
        check.known_fields(entry, EVENT_FIELDS, "an event")
        event_day = check.day(entry, "date", tz)
        event_title = check.text(entry, "title", required=True, what=" in an event")
        if event_day and event_title:
            events.append(Event(event_day, event_title, entry.line))
    corrections = []
    for entry in check.entries(data, "corrections"):
        check.known_fields(entry, CORRECTION_FIELDS, "a correction")
        correction_day = check.day(entry, "date", tz)
        correction_text = _as_written(entry, "text", check.text(entry, "text", required=True, what=" in a correction"))
        if correction_day and correction_text:
            try:
                corrections.append(Correction(correction_day, render_markdown(correction_text, markup), entry.line))
            except MarkdownProblem as problem:
                _report_markdown(check, problem, entry.line_of("text"), in_yaml=True)
    tags = tuple(map(_shared, check.text_list(data, "tags")))
    places = tuple(map(_shared, check.text_list(data, "places")))
    summary = _as_written(data, "summary", check.text(data, "summary"))
    if body_from_yaml:
        body = _as_written(data, "body", check.text(data, "body"))
    if check.failed or when is None or source is None:
        return None
    try:
        summary_html, body_html = render_markdowns([summary, body], markup)  # one Markdown call for both
    except MarkdownProblem as problem:
        if problem.index == 0 or body_from_yaml:
            _report_markdown(check, problem, data.line_of("body" if problem.index else "summary"), in_yaml=True)
        else:
            _report_markdown(check, problem, _first_line_of(body, text), in_yaml=False)
        return None
    lines = tuple(item for key in data.key_lines for item in (_shared(key), data.line_of(key)))
    return Article(
        slug=slug, path=path, title=title, published=when[0], day=when[1], has_time=when[2], source=source,
        summary_html=summary_html, body=body_html,
        tags=tags, places=places, quotes=tuple(quotes), events=tuple(sorted(events, key=lambda e: e.day)),
        corrections=tuple(sorted(corrections, key=lambda c: c.day)), draft=draft, lines=lines,
    )


def _as_written(data: LineDict, key: str, checked: str) -> str:
    """A Markdown field's text as the editor wrote it, once checked: Markdown reads its leading spaces
    (four make a code block), so it is not stripped like other fields."""
    value = data.get(key)
    return value if checked and isinstance(value, str) else checked


def _first_line_of(body: str, text: str) -> int:
    """The file line a Markdown body (all of the file after the front matter) starts on."""
    return text.count("\n", 0, len(text) - len(body)) + 1


def _report_markdown(check: FileChecker, problem: MarkdownProblem, first_line: int, *, in_yaml: bool) -> None:
    """A Markdown problem at its line in the file. A YAML field's text may be folded (fewer lines than in
    the file): its line is the first from where it could be that holds the problem line's text."""
    line = first_line + problem.line - 1
    if in_yaml:
        wanted = problem.source_line.strip()
        line = next((number for number in range(line - 1, len(check.lines) + 1)
                     if number >= first_line and wanted and wanted in check.lines[number - 1]), first_line)
    check.error(line, problem.message)


def _source(check: FileChecker, data: LineDict) -> Source | None:
    if "source" not in data or data["source"] is None:
        check.error(data.line, "the field 'source' is required: a mapping with 'outlet' and 'url'")
        return None
    source = check.mapping(data["source"], "'source'", data.line_of("source"))
    if source is None:
        return None
    check.known_fields(source, SOURCE_FIELDS, "'source'")
    outlet = check.text(source, "outlet", required=True, what=" in 'source' (the outlet's name)")
    url = check.text(source, "url", required=True, what=" in 'source' (the link to the original)")
    if url:
        problem = http_url_problem(url, "the source url")
        if problem:
            check.error(source.line_of("url"), problem)
    archive = check.text(source, "archive")
    if archive:
        problem = archive_problem(archive)
        if problem:
            check.error(source.line_of("archive"), problem)
    return Source(_shared(outlet), url, _shared(check.text(source, "author")), archive)


def note_from_data(path: str, slug: str, data, text: str, body: str, tz: tzinfo,
                   diagnostics: Diagnostics, *, markup: MarkupPolicy = SAFE) -> Note | None:
    check = FileChecker(path, text, diagnostics)
    if not isinstance(data, LineDict):
        check.error(1, "the front matter must be a mapping of fields such as 'title: ...'")
        return None
    check.known_fields(data, NOTE_FIELDS[:-1], "an editor note")
    if not is_slug(slug):
        check.error(None, f"the file name '{slug}' is not a slug; rename the file to '{slugify(slug) or 'note'}.md' "
                    f"(lower case letters, digits and hyphens, at most {MAX_SLUG_LENGTH})")
    title = check.text(data, "title", required=True)
    when = check.moment(data, "date", tz)
    author = check.text(data, "author")
    draft = check.flag(data, "draft")
    articles = []
    value = data.get("articles")
    if isinstance(value, str):
        value = [value]
    if value is not None and not isinstance(value, list):
        check.error(data.line_of("articles"), "'articles' must be a list of article slugs")
        value = None
    for index, item in enumerate(value or []):
        line = value.item_lines[index] if isinstance(value, LineList) else data.line_of("articles")
        if not isinstance(item, str) or not item.strip():
            check.error(line, "each entry of 'articles' must be an article slug")
        else:
            articles.append((item.strip(), line))
    if check.failed or when is None:
        return None
    try:
        body_html = render_markdown(body, markup)
    except MarkdownProblem as problem:
        _report_markdown(check, problem, _first_line_of(body, text), in_yaml=False)
        return None
    return Note(slug=slug, path=path, title=title, published=when[0], day=when[1], has_time=when[2],
                author=author, articles=tuple(articles), body_html=body_html,
                summary_text=plain_text(body_html)[:300], draft=draft)


def speakers_from_data(path: str, data, text: str, diagnostics: Diagnostics) -> list[Speaker]:
    check = FileChecker(path, text, diagnostics)
    if data is None:
        return []
    if not isinstance(data, list):
        check.error(1, "speakers.yaml must be a list of speakers, each starting with '- id: ...'")
        return []
    speakers = []
    for index, entry in enumerate(data):
        line = data.item_lines[index] if isinstance(data, LineList) else 1
        if not isinstance(entry, LineDict):
            check.error(line, "each speaker must be a mapping with at least 'id' and 'name'")
            continue
        before = check.failed
        check.failed = False
        check.known_fields(entry, SPEAKER_FIELDS, "a speaker")
        speaker_id = check.text(entry, "id", required=True, what=" for a speaker")
        if speaker_id and not is_slug(speaker_id):
            check.error(entry.line_of("id"), f"the speaker id '{speaker_id}' must be a slug (lower case letters, "
                        f"digits, hyphens, at most {MAX_SLUG_LENGTH}), e.g. '{slugify(speaker_id) or 'speaker'}'")
        name = check.text(entry, "name", required=True, what=" for a speaker")
        speaker = Speaker(
            id=speaker_id, name=name, name_native=check.text(entry, "name_native"), role=check.text(entry, "role"),
            affiliation=check.text(entry, "affiliation"), aliases=check.text_list(entry, "aliases"),
            anonymous=check.flag(entry, "anonymous"), path=path, line=entry.line,
        )
        if not check.failed:
            speakers.append(speaker)
        check.failed = before or check.failed
    return speakers


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true/false value"
    return "list" if isinstance(value, list) else "mapping"
