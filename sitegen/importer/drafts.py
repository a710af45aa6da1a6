"""The import command's files: for one raw text, the draft article, the archived raw text and the
proposed speakers, written without overwriting anything."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitegen.importer.clutter import HEADING
from sitegen.importer.people import FoundQuote
from sitegen.importer.problems import ImportProblem
from sitegen.importer.quotes import find_quotes
from sitegen.importer.rawtext import Paragraph, RawArticle, parse_raw, url_dates
from sitegen.importer.speakers import PROPOSED_FILE, propose_speakers, read_registry, speaker_id_for
from sitegen.slugs import slugify

SLUG_WORDS = 8


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
    speakers, proposed_before, registry_problems = read_registry(site_dir)
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
        "quotes": [{"speaker": speaker_id_for(q.speaker, proposals), "text": q.text, **({"context": q.context}
                                                                                    if q.context else {})}
                   for q in quotes if q.speaker is not None and q.speaker.named],
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
