"""Checks on the example digest under content/: links, dates, and that every quote is traceable.

These tests read the content files directly with PyYAML (not through sitegen), so they state the
content contract independently of the code that builds it.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml

CONTENT = Path(__file__).resolve().parent.parent / "content"
ARTICLE_FILES = sorted((CONTENT / "articles").rglob("*.md"))
NOTE_FILES = sorted((CONTENT / "notes").glob("*.md"))
MAX_EXCERPT_CHARS = 1200


def split_front_matter(path: Path) -> tuple[dict, str]:
    """Return (front matter mapping, body) of a Markdown file that starts with a `---` block."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0].strip() == "---", f"{path}: no front matter"
    end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    assert isinstance(meta, dict), f"{path}: front matter is not a mapping"
    return meta, "\n".join(lines[end + 1:])


def collapse_whitespace(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


ARTICLES = {path: split_front_matter(path)[0] for path in ARTICLE_FILES}
SPEAKERS = yaml.safe_load((CONTENT / "speakers.yaml").read_text(encoding="utf-8"))
SPEAKER_IDS = [speaker["id"] for speaker in SPEAKERS]


def article_id(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=article_id)
def test_article_source_url_is_http(path):
    url = ARTICLES[path]["source"]["url"]
    assert isinstance(url, str) and re.match(r"https?://\S+$", url), url
    assert "&amp;" not in url and "at_medium=" not in url, f"tracking or escaped query left in {url}"


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=article_id)
def test_article_date_parses_and_matches_its_folder(path):
    date = as_date(ARTICLES[path]["date"])
    assert path.parent.relative_to(CONTENT / "articles").as_posix() == f"{date:%Y/%m}"


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=article_id)
def test_every_event_date_parses(path):
    for event in ARTICLES[path].get("events") or []:
        as_date(event["date"])
        assert event["title"].strip()


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=article_id)
def test_quotes_appear_verbatim_in_the_source_excerpt(path):
    meta = ARTICLES[path]
    quotes = meta.get("quotes") or []
    if not quotes:
        return
    archive = meta["source"].get("archive")
    assert archive == f"sources/{path.stem}.txt", "an article with quotes names its excerpt file"
    excerpt = collapse_whitespace((CONTENT / archive).read_text(encoding="utf-8"))
    for quote in quotes:
        assert collapse_whitespace(quote["text"]) in excerpt, quote["text"]


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=article_id)
def test_quote_speakers_exist(path):
    for quote in ARTICLES[path].get("quotes") or []:
        assert quote["speaker"] in SPEAKER_IDS, quote["speaker"]


def test_every_speaker_is_quoted_at_least_once():
    quoted = {q["speaker"] for meta in ARTICLES.values() for q in meta.get("quotes") or []}
    assert set(SPEAKER_IDS) - quoted == set()


def test_speaker_ids_are_unique_slugs():
    assert len(SPEAKER_IDS) == len(set(SPEAKER_IDS))
    for speaker_id in SPEAKER_IDS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", speaker_id), speaker_id


def test_article_slugs_are_unique():
    stems = [path.stem for path in ARTICLE_FILES]
    assert len(stems) == len(set(stems))


def test_enough_articles_outlets_and_notes():
    outlets = {meta["source"]["outlet"] for meta in ARTICLES.values()}
    assert len(ARTICLES) >= 20
    assert len(outlets) >= 8
    assert len(NOTE_FILES) >= 4


def test_excerpt_files_are_short_and_belong_to_an_article():
    stems = {path.stem for path in ARTICLE_FILES}
    for excerpt in (CONTENT / "sources").glob("*.txt"):
        assert excerpt.stem in stems, f"{excerpt.name} has no article"
        assert len(excerpt.read_text(encoding="utf-8")) <= MAX_EXCERPT_CHARS, excerpt.name


@pytest.mark.parametrize("path", NOTE_FILES, ids=article_id)
def test_notes_reference_existing_articles(path):
    meta, body = split_front_matter(path)
    as_date(meta["date"])
    assert meta["title"].strip() and body.strip()
    stems = {article.stem for article in ARTICLE_FILES}
    for slug in meta.get("articles") or []:
        assert slug in stems, slug
