"""``sitegen new``: skeletons an editor fills in, each valid as written, in the right folder, never
overwriting anything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from sitegen.files import read_regular_text
from sitegen.slugs import name_key, slugify
from sitegen.load.yamlfile import YAMLProblem, load_yaml


class ScaffoldProblem(Exception):
    pass


def today_in(timezone: str) -> dt.date:
    return dt.datetime.now(ZoneInfo(timezone)).date()


def _yaml_text(value: str) -> str:
    """A one-line YAML scalar for a value an editor typed (quoted when YAML would misread it)."""
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).strip().removesuffix("...").strip()


def unique_path(folder: Path, slug: str, suffix: str, taken: set[str]) -> tuple[str, Path]:
    candidate, number = slug, 2
    while candidate in taken or (folder / f"{candidate}{suffix}").exists():
        candidate, number = f"{slug}-{number}", number + 1
    return candidate, folder / f"{candidate}{suffix}"


def _stems(folder: Path) -> set[str]:
    return {p.stem for p in folder.rglob("*") if p.suffix in (".md", ".yaml", ".yml")} if folder.is_dir() else set()


def new_article(site_dir: Path, title: str, timezone: str) -> Path:
    day = today_in(timezone)
    articles = site_dir / "content" / "articles"
    folder = articles / f"{day.year:04d}" / f"{day.month:02d}"
    slug, path = unique_path(folder, slugify(title) or "untitled-article", ".md", _stems(articles))
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""---
title: {_yaml_text(title)}
date: {day.isoformat()}
source:
  outlet: Outlet name
  url: https://example.com/the-original-article
  # author: Reporter's name
  # archive: sources/{slug}.txt
summary: |
  What the article reports, in your own words.
tags: []
places: []
quotes: []
  # - speaker: speaker-id        # an id from content/speakers.yaml
  #   text: "the words, verbatim"
events: []
  # - date: {day.isoformat()}
  #   title: What happened
draft: true
---
""", encoding="utf-8")
    return path


def new_note(site_dir: Path, title: str, timezone: str, author: str = "The editors") -> Path:
    day = today_in(timezone)
    folder = site_dir / "content" / "notes"
    slug, path = unique_path(folder, slugify(title) or "untitled-note", ".md", _stems(folder))
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""---
title: {_yaml_text(title)}
date: {day.isoformat()}
author: {_yaml_text(author)}
articles: []
draft: true
---
What readers need to know.
""", encoding="utf-8")
    return path


def new_speaker(site_dir: Path, name: str) -> tuple[str, list[str]]:
    """Append a speaker to speakers.yaml (keeping the text there as it is). Returns the new id and the
    ids of speakers already there under the same name (the editor is told: likely the same person)."""
    path = site_dir / "content" / "speakers.yaml"
    text = read_regular_text(path) if path.exists() else ""
    try:
        existing = load_yaml(text) or [] if text.strip() else []
    except YAMLProblem as exc:
        where = f"content/speakers.yaml:{exc.line}" if exc.line else "content/speakers.yaml"
        raise ScaffoldProblem(f"{where}: {exc.message}; fix it before adding a speaker") from None
    if not isinstance(existing, list):
        raise ScaffoldProblem(f"{path} is not a list of speakers; fix it before adding one")
    entries = [entry for entry in existing if isinstance(entry, dict)]
    ids = {entry.get("id") for entry in entries}
    same_name = [str(entry.get("id")) for entry in entries
                 if isinstance(entry.get("name"), str) and name_key(entry["name"]) == name_key(name)]
    base = slugify(name) or "speaker"
    speaker_id, number = base, 2
    while speaker_id in ids:
        speaker_id, number = f"{base}-{number}", number + 1
    block = (f"- id: {speaker_id}\n  name: {_yaml_text(name)}\n  # name_native: the name in its own script\n"
             "  # role: their role at the time\n  # affiliation:\n  # aliases: [other spellings the press uses]\n"
             "  # anonymous: true   # known only by a first name or call sign\n")
    if text and not text.endswith("\n"):
        text += "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + block, encoding="utf-8")
    return speaker_id, same_name


def new_site(site_dir: Path, title: str = "My digest") -> list[Path]:
    """A minimal site that builds: settings, one speaker, one article, one note."""
    content = site_dir / "content"
    if content.exists() and any(content.iterdir()):
        raise ScaffoldProblem(f"{content} already exists and is not empty; choose a new folder")
    day = dt.date.today()
    files = {
        "content/site.yaml": f"title: {_yaml_text(title)}\ndescription: A curated digest of news coverage\n"
                             "base_url: https://example.org/\nlanguage: en\ntimezone: UTC\n",
        "content/speakers.yaml": "- id: jane-doe\n  name: Jane Doe\n  role: Spokesperson\n",
        f"content/articles/{day.year:04d}/{day.month:02d}/first-article.md":
            f"---\ntitle: The first article of the digest\ndate: {day.isoformat()}\nsource:\n  outlet: Example News\n"
            "  url: https://example.com/news/first\nsummary: What the article reports, in the editor's words.\n"
            "tags: [example]\nplaces: [Kyiv]\nquotes:\n  - speaker: jane-doe\n    text: \"We will publish every word as it was said.\"\n"
            f"events:\n  - date: {day.isoformat()}\n    title: The digest starts\n---\n"
            "Jane Doe said: \"We will publish every word as it was said.\"\n",
        "content/notes/about-this-digest.md":
            f"---\ntitle: About this digest\ndate: {day.isoformat()}\nauthor: The editors\n"
            "articles: [first-article]\n---\nHow we choose, summarise and check what we publish.\n",
    }
    written = []
    for rel, text in files.items():
        path = site_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    gitignore = site_dir / ".gitignore"
    if not gitignore.exists():
        gitignore.write_text("public/\n.sitegen-cache/\n", encoding="utf-8")
        written.append(gitignore)
    return written
