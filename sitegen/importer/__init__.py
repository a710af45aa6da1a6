"""Turn a raw scraped article text into a draft digest entry.

``import_raw`` reads one raw text (line 1 the headline, then the body as a scraper stored it), keeps
the article's paragraphs, finds its direct quotes and their speakers, and writes:

* ``content/articles/YYYY/MM/<slug>.md``: a draft (``draft: true``) whose front matter has the title,
  date, source (outlet, url, ``archive: sources/<slug>.txt``), an empty ``summary`` for the editor (the
  tool never writes prose), empty ``tags`` and ``places``, and the quotes with their speaker ids; quotes
  from unnamed sources are listed as comments for the editor to attribute or drop; the body is the kept
  paragraphs as Markdown;
* ``content/sources/<slug>.txt``: the raw text, byte for byte;
* ``content/speakers.proposed.yaml``: speakers the registry does not know, appended for review.

Nothing existing is overwritten: a slug already taken gets a number (``-2``). Problems (no date, no
outlet, an unreadable file) come back as values in ``ImportResult.problems``, each naming the file.

``accept_speakers`` moves the reviewed entries of ``speakers.proposed.yaml`` to the end of
``speakers.yaml``, leaving the text already there as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitegen.diagnostics import Diagnostics
from sitegen.importer.quotes import FoundQuote, find_quotes, propose_speakers, speaker_id_for
from sitegen.importer.rawtext import HEADING, Paragraph, RawArticle, parse_raw, url_dates
from sitegen.schema import speakers_from_data
from sitegen.slugs import is_slug, slugify
from sitegen.yamlfile import YAMLProblem, load_yaml

__all__ = ["ImportProblem", "ImportResult", "AcceptResult", "import_raw", "accept_speakers", "parse_raw",
           "find_quotes"]

PROPOSED_FILE = "speakers.proposed.yaml"
SLUG_WORDS = 8


@dataclass(frozen=True, slots=True)
class ImportProblem:
    path: str
    message: str
    line: int = 0

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    slug: str = ""
    article_path: Path | None = None  # the draft written, None when nothing was written
    archive_path: Path | None = None
    title: str = ""
    date: dt.date | None = None
    outlet: str = ""
    url: str = ""
    quotes: tuple[FoundQuote, ...] = ()
    proposed_speakers: tuple[dict, ...] = ()
    dropped: tuple[Paragraph, ...] = ()  # paragraphs left out as clutter, for the editor to check
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class AcceptResult:
    accepted: tuple[str, ...] = ()  # ids moved into speakers.yaml
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def import_raw(site_dir: Path, raw_path: Path, *, outlet: str | None = None, url: str | None = None,
               date: dt.date | str | None = None, today: dt.date | None = None) -> ImportResult:
    """Write a draft article, the archived raw text and proposed speakers for one raw text.

    ``outlet``, ``url`` and ``date`` override what the text states; what is neither given nor stated is
    reported as a problem and nothing is written. ``today`` (default: the current date) only serves to
    refuse a date in the future.
    """
    site_dir, raw_path = Path(site_dir), Path(raw_path)
    shown = str(raw_path)
    try:
        raw_bytes = raw_path.read_bytes()
    except OSError as error:
        return ImportResult(problems=(ImportProblem(shown, f"cannot read the raw text: {error.strerror or error}"),))
    try:
        raw_text = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as error:
        return ImportResult(problems=(ImportProblem(shown, f"not UTF-8 text (byte {error.start})"),))
    article = parse_raw(raw_text)
    problems: list[ImportProblem] = []
    if not article.headline:
        problems.append(ImportProblem(shown, "line 1 must be the headline; it is empty", 1))
    outlet = (outlet or article.outlet or "").strip()
    url = (url or (article.urls[0] if article.urls else "")).strip()
    day, date_problem = _pick_date(date, article, url, today or dt.date.today())
    if date_problem:
        problems.append(ImportProblem(shown, date_problem))
    if not outlet:
        problems.append(ImportProblem(shown, "no outlet: the headline has no ' - Outlet' or ' | Outlet' suffix; "
                                             "give one (outlet=...)"))
    if not url:
        problems.append(ImportProblem(shown, "no source URL: the text states none; give one (url=...)"))
    speakers, proposed_before, registry_problems = _registry(site_dir)
    problems += registry_problems
    if problems:
        return ImportResult(title=article.headline, outlet=outlet, url=url, date=day, problems=tuple(problems))

    kept = article.kept
    quotes = find_quotes([p.text for p in kept], speakers + proposed_before)
    proposals = propose_speakers(quotes, speakers + proposed_before)
    slug = _free_slug(site_dir, article.headline, day)
    article_path = site_dir / "content" / "articles" / f"{day:%Y}" / f"{day:%m}" / f"{slug}.md"
    archive_path = site_dir / "content" / "sources" / f"{slug}.txt"
    draft = render_draft(article, slug, day, outlet, url, quotes, proposals)
    try:
        archive_path.parent.mkdir(parents=True, exist_ok=True)
        with archive_path.open("xb") as archive:
            archive.write(raw_bytes)
        article_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with article_path.open("x", encoding="utf-8", newline="\n") as out:
                out.write(draft)
        except OSError:
            archive_path.unlink()
            raise
    except FileExistsError as error:
        return ImportResult(slug=slug, problems=(ImportProblem(shown, f"{error.filename} already exists; "
                                                                      "nothing was overwritten"),))
    except OSError as error:
        return ImportResult(slug=slug, problems=(ImportProblem(shown, f"cannot write the draft: {error}"),))
    if proposals:
        _append_proposals(site_dir / "content" / PROPOSED_FILE, proposals, raw_path.name)
    return ImportResult(slug=slug, article_path=article_path, archive_path=archive_path, title=article.headline,
                        date=day, outlet=outlet, url=url, quotes=tuple(quotes), proposed_speakers=tuple(proposals),
                        dropped=tuple(article.clutter))


def _pick_date(given, article: RawArticle, url: str, today: dt.date) -> tuple[dt.date | None, str]:
    if isinstance(given, dt.datetime):
        given = given.date()
    if isinstance(given, str):
        try:
            given = dt.date.fromisoformat(given.strip()[:10])
        except ValueError:
            return None, f"the date {given!r} is not YYYY-MM-DD"
    day = given or (article.dates[0] if article.dates else None) or next(iter(url_dates(url)), None)
    if day is None:
        return None, "no date: the text states none; give one (date=YYYY-MM-DD)"
    if day > today:
        return day, f"the date {day.isoformat()} is after today ({today.isoformat()})"
    return day, ""


def _registry(site_dir: Path) -> tuple[list[dict], list[dict], list[ImportProblem]]:
    """The speakers registry and the entries already proposed (so a second import reuses them).

    The registry is checked by the same rules as the build, so an entry the build would refuse (a name
    that is a list, an alias that is a number) stops the import with its line; the review file is the
    editor's scratch space: its odd entries are ignored for matching and left for review by
    ``accept_speakers``."""
    problems = []
    lists = []
    for name in ("speakers.yaml", PROPOSED_FILE):
        path = site_dir / "content" / name
        if not path.exists():
            lists.append([])
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = load_yaml(text)
        except (OSError, UnicodeDecodeError) as error:
            problems.append(ImportProblem(str(path), f"cannot read the speakers: {error}".splitlines()[0]))
            lists.append([])
            continue
        except YAMLProblem as error:
            problems.append(ImportProblem(str(path), f"cannot read the speakers: {error.message}", error.line or 0))
            lists.append([])
            continue
        if data is None:
            data = []
        if not isinstance(data, list):
            problems.append(ImportProblem(str(path), "must be a list of speakers, each starting with '- id: ...'"))
            data = []
        if name == "speakers.yaml":
            diagnostics = Diagnostics()
            speakers_from_data(str(path), data, text, diagnostics)
            problems += [ImportProblem(str(path), p.message, p.line or 0) for p in diagnostics.errors]
        lists.append([_plain(e) for e in data])
    return lists[0], lists[1], problems


def _plain(value):
    """Loaded YAML as plain dicts and lists (what yaml.safe_dump writes back)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _free_slug(site_dir: Path, headline: str, day: dt.date) -> str:
    """A slug from the headline that no article (any year) and no archived source uses yet."""
    words = slugify(re.sub(r"['’]s\b", "s", headline).replace("'", "").replace("’", "")).split("-")
    base = "-".join(words[:SLUG_WORDS]).strip("-") or "article"
    taken = set()
    articles = site_dir / "content" / "articles"
    if articles.is_dir():
        taken = {p.stem for p in articles.rglob("*") if p.suffix in (".md", ".yaml", ".yml")}
    sources = site_dir / "content" / "sources"
    if sources.is_dir():
        taken |= {p.stem for p in sources.iterdir()}
    slug, number = base, 2
    while slug in taken or (articles / f"{day:%Y}" / f"{day:%m}" / f"{slug}.md").exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


# --- the draft -----------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def markdown_text(text: str) -> str:
    """Plain text as Markdown that renders as the same text (no accidental emphasis, links or HTML)."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(#|>|[-+](?=\s)|\d+(?=[.)]\s))", r"\\\1", text)


def render_draft(article: RawArticle, slug: str, day: dt.date, outlet: str, url: str, quotes: list[FoundQuote],
                 proposals: list[dict]) -> str:
    front = {
        "title": article.headline,
        "date": day,
        "source": {"outlet": outlet, "url": url, "archive": f"sources/{slug}.txt"},
        "summary": "",
        "tags": [],
        "places": [],
        "quotes": [{"speaker": speaker_id_for(q.speaker, proposals), "text": q.text} for q in quotes
                   if q.speaker is not None and q.speaker.named],
        "draft": True,
    }
    text = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)
    unnamed = [q for q in quotes if q.speaker is None or not q.speaker.named]
    if unnamed:
        lines = ["# Quotes from unnamed sources, to attribute or drop:"]
        for quote in unnamed:
            who = quote.speaker.description if quote.speaker else "speaker not found"
            lines.append(f"#   {who}: {' '.join(quote.text.split())}")
        text += "\n".join(lines) + "\n"
    body = []
    for paragraph in article.kept:
        if paragraph.kind == HEADING:
            body.append("## " + markdown_text(paragraph.text))
        else:
            body.append(markdown_text(paragraph.text))
    return "---\n" + text + "---\n" + "\n\n".join(body) + "\n"


def _append_proposals(path: Path, proposals: list[dict], source_name: str) -> None:
    """Append entries to the review file, leaving what is there untouched."""
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if not existing.strip():
        existing = ("# Speakers proposed by `import`: check each entry (name, role, anonymous), delete the wrong\n"
                    "# ones, then accept the rest into speakers.yaml.\n")
    chunk = f"# from {source_name}\n" + yaml.safe_dump(proposals, allow_unicode=True, sort_keys=False, width=10_000)
    separator = "" if existing.endswith("\n") else "\n"
    path.write_text(existing + separator + chunk, encoding="utf-8")


# --- accepting proposed speakers -----------------------------------------------------------------

def accept_speakers(site_dir: Path) -> AcceptResult:
    """Move the entries of ``content/speakers.proposed.yaml`` to the end of ``content/speakers.yaml``.

    The registry's existing text is kept as it is and the entries are appended; the review file is
    emptied. An entry without a slug ``id`` or a ``name``, or whose id the registry already has, stays in
    the review file and is reported."""
    content = Path(site_dir) / "content"
    proposed_path = content / PROPOSED_FILE
    registry_path = content / "speakers.yaml"
    if not proposed_path.exists():
        return AcceptResult()
    speakers, proposed, problems = _registry(Path(site_dir))
    if problems:
        return AcceptResult(problems=tuple(problems))
    registry_text = registry_path.read_text(encoding="utf-8") if registry_path.exists() else ""
    if registry_text.strip() and not re.search(r"^- ", registry_text, re.MULTILINE):
        return AcceptResult(problems=(ImportProblem(str(registry_path), "is not written as a block list ('- id: "
                                                    "...'); add the proposed entries by hand"),))
    known = {str(e.get("id")) for e in speakers}
    accepted, kept_back, problems = [], [], []
    for entry in proposed:
        speaker_id = entry.get("id") if isinstance(entry, dict) and isinstance(entry.get("id"), str) else ""
        name = entry.get("name") if isinstance(entry, dict) else None
        if not is_slug(speaker_id) or not isinstance(name, str) or not name.strip():
            problems.append(ImportProblem(str(proposed_path), f"the entry {speaker_id or repr(entry)[:60]} needs a slug 'id' "
                                                              "and a 'name'; left for review"))
            kept_back.append(entry)
        elif speaker_id in known:
            problems.append(ImportProblem(str(proposed_path), f"speakers.yaml already has the id '{speaker_id}'; "
                                                              "rename it or delete the entry; left for review"))
            kept_back.append(entry)
        else:
            known.add(speaker_id)
            accepted.append(entry)
    if accepted:
        chunk = yaml.safe_dump(accepted, allow_unicode=True, sort_keys=False, width=10_000)
        separator = "" if not registry_text or registry_text.endswith("\n") else "\n"
        registry_path.write_text(registry_text + separator + chunk, encoding="utf-8")
    rest = "# Speakers proposed by `import`, left for review.\n"
    if kept_back:
        rest += yaml.safe_dump(kept_back, allow_unicode=True, sort_keys=False, width=10_000)
    proposed_path.write_text(rest, encoding="utf-8")
    return AcceptResult(accepted=tuple(str(e["id"]) for e in accepted), problems=tuple(problems))
