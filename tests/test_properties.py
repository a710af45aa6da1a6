"""Property tests: any bytes, any front matter, any Unicode gives a valid site or clean located messages,
never a traceback; slugs are stable and never silently shared.

Examples are bounded (sizes and counts) so the module runs in well under a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import lxml.html
import pytest
import yaml
from hypothesis import HealthCheck, assume, event, example, given, settings, strategies as st

from conftest import SITES, run_sitegen, write
from sitegen.build import build
from sitegen.diagnostics import Problem
from sitegen.model.records import Article, Note, Speaker
from sitegen.slugs import SLUG_PATTERN, is_slug, name_key, slugify
from sitegen.load.sources import ARTICLE, NOTE, SPEAKERS, ParseSettings, SourceFile, parse_source

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
BUILDS = settings(max_examples=40, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Text an editor may paste from anywhere: Latin, Cyrillic (Ukrainian and Russian letters), Hebrew and Arabic
# (right to left), combining marks, bidi controls, zero-width characters, emoji, controls, YAML and Markdown
# punctuation.
_ALPHABET = st.one_of(
    st.sampled_from("abcXYZ019 ,.;:?!'\"-#*_[](){}<>&|>%@`~\\/\t\n"),
    st.sampled_from("ЗапоріжжяКиївХарківЄїґыэъё"),
    st.sampled_from("שלוםمرحبا\u200f\u200e\u202e\u2066\u2069"),
    st.sampled_from("e\u0301a\u0308\u0306\u20dd\u200b\u200d\ufeff\u00a0\u2028\u2029"),
    st.sampled_from("北京😀\U0001f1fa\U0001f1e6\x00\x01\x1b\x7f\x85"),
    st.characters(codec="utf-8"),
)
TEXT = st.text(_ALPHABET, max_size=40)
LINES = st.text(_ALPHABET, max_size=300)


def _check_problems(problems, path: str, text: str | None = None) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.path == path
        assert problem.severity in ("error", "warning")
        assert problem.message and "Traceback" not in problem.message
        if problem.line is not None and text is not None:
            assert 1 <= problem.line <= text.count("\n") + 2, problem
        problem.format()  # renders without failing


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    site = tmp_path / "scratch"
    (site / "content/articles").mkdir(parents=True)
    (site / "content/notes").mkdir(parents=True)
    return site


_KINDS = [(ARTICLE, "content/articles/fuzzed.md", Article), (ARTICLE, "content/articles/fuzzed.yaml", Article),
          (NOTE, "content/notes/fuzzed.md", Note), (SPEAKERS, "content/speakers.yaml", Speaker)]


@FUZZ
@given(data=st.binary(max_size=600), kind=st.sampled_from(_KINDS))
@example(data=b"---\ntitle: x\n---\n\xff\xfe", kind=_KINDS[0])
@example(data=b"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\n", kind=_KINDS[0])
@example(data=b"---\n" + b"[" * 2000 + b"\n---\n", kind=_KINDS[0])
@example(data=b"- " * 3000, kind=_KINDS[3])
def test_any_bytes_give_records_or_located_problems(scratch, data, kind):
    kind_name, path, record_type = kind
    write(scratch / path, data)
    parsed = parse_source(scratch, SourceFile(kind_name, path), ParseSettings("Europe/Kyiv"))
    _check_problems(parsed.problems, path)
    assert all(isinstance(record, record_type) for record in parsed.records)


# Front matter: any mix of known and unknown fields, values of any YAML shape, any text.
_SCALAR = st.one_of(TEXT, st.integers(-10**20, 10**20), st.booleans(), st.none(), st.floats(allow_nan=True),
                    st.dates().map(date.isoformat), st.sampled_from(["2022-02-30", "2022-09-11T14:30:00",
                                                                    "2022-09-11T14:30:00+03:00", "yesterday"]))
_VALUE = st.recursive(_SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)
_FIELDS = ["title", "date", "source", "summary", "tags", "places", "quotes", "events", "corrections", "draft",
           "author", "articles", "body", "outlet", "url"]


@st.composite
def front_matter(draw) -> dict:
    data = {}
    if draw(st.booleans()):  # mostly well-formed, so the later checks are reached
        data = {"title": draw(TEXT), "date": draw(st.sampled_from(["2022-09-11", "2022-09-11T14:30:00+03:00"])),
                "source": {"outlet": draw(TEXT), "url": draw(st.sampled_from(
                    ["https://example.org/a", "javascript:alert(1)", "https://пример.укр/статья"]))}}
    for key in draw(st.lists(st.one_of(st.sampled_from(_FIELDS), TEXT), max_size=5)):
        data[key] = draw(_VALUE)
    if draw(st.booleans()):
        data["tags"] = draw(st.lists(TEXT, max_size=4))
    if draw(st.booleans()):
        data["quotes"] = [{"speaker": draw(st.sampled_from(["marty", "nobody", ""])), "text": draw(TEXT)}]
    return data


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


@FUZZ
@given(data=front_matter(), body=LINES, kind=st.sampled_from(_KINDS[:3]), crlf=st.booleans(), nfd=st.booleans())
def test_any_front_matter_and_any_unicode_give_records_or_located_problems(scratch, data, body, kind, crlf, nfd):
    kind_name, path, record_type = kind
    text = (_dump(data) if path.endswith(".yaml") else f"---\n{_dump(data)}---\n{body}")
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if crlf:
        text = text.replace("\n", "\r\n")
    write(scratch / path, text.encode("utf-8", "surrogatepass"))
    parsed = parse_source(scratch, SourceFile(kind_name, path))
    _check_problems(parsed.problems, path)
    assert all(isinstance(record, record_type) for record in parsed.records)
    if not any(p.severity == "error" for p in parsed.problems):
        assert len(parsed.records) == 1
        record = parsed.records[0]
        assert record.title == record.title.strip() and record.title
        if record_type is Article:
            assert record.source.url.startswith(("http://", "https://"))


# -- whole builds --------------------------------------------------------------------------------------

_SLUG_STEM = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}\Z")
_ODD_STEM = st.text(st.sampled_from("abcКиїв é-_ .ĳ😀"), min_size=1, max_size=12)
_STEM = st.one_of(_SLUG_STEM, _ODD_STEM)
NAME = TEXT.filter(lambda t: t.strip())


def _rarely(draw, odds: int) -> bool:
    """True once in ``odds`` draws: most generated files are valid, so pages get rendered."""
    return draw(st.sampled_from([False] * (odds - 1) + [True]))


@st.composite
def article_file(draw) -> tuple[str, bytes]:
    stem = draw(_ODD_STEM if _rarely(draw, 12) else _SLUG_STEM)
    folder = draw(st.sampled_from(["", "2022/", "2022/09/", "Київ/"]))
    if _rarely(draw, 20):
        return f"{folder}{stem}.md", draw(st.binary(max_size=300))
    data = {"title": draw(NAME),
            "date": "2022-13-01" if _rarely(draw, 12) else draw(st.sampled_from(
                ["2022-09-11", "2023-02-24T05:00:00+02:00", "2022-03-01", "2022-03-02"])),
            "source": {"outlet": draw(NAME), "url": "https://example.org/" + draw(st.from_regex(r"\A[a-z]{1,8}\Z"))},
            "tags": draw(st.lists(NAME, max_size=3)), "places": draw(st.lists(NAME, max_size=2)),
            "summary": draw(LINES)}
    if draw(st.booleans()):
        data["quotes"] = [{"speaker": "unknown" if _rarely(draw, 12) else draw(st.sampled_from(
            ["marty", "volodymyr-zelensky"])), "text": draw(NAME), "context": draw(TEXT)}]
    if draw(st.booleans()):
        data["events"] = [{"date": "2022-09-10", "title": draw(NAME)}]
    if draw(st.booleans()):
        data["corrections"] = [{"date": "2022-09-12", "text": draw(LINES.filter(lambda t: t.strip()))}]
    if _rarely(draw, 5):
        data["draft"] = "yes" if _rarely(draw, 4) else draw(st.booleans())
    if _rarely(draw, 15):
        data[draw(st.sampled_from(["drafts", "Title", "tag"]))] = draw(_VALUE)
    text = f"---\n{_dump(data)}---\n{draw(LINES)}"
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return f"{folder}{stem}.md", text.encode("utf-8", "surrogatepass")


def _new_site() -> Path:
    root = Path(tempfile.mkdtemp(prefix="sitegen-prop-"))
    shutil.copytree(SITES / "basic", root / "site")
    for folder in ("articles", "notes", "sources"):
        shutil.rmtree(root / "site/content" / folder, ignore_errors=True)
    return root / "site"


@BUILDS
@given(files=st.lists(article_file(), min_size=1, max_size=4, unique_by=lambda f: f[0].casefold()),
       linked=st.lists(st.integers(0, 3), max_size=2), unknown_note_article=st.integers(0, 9))
def test_any_content_builds_a_valid_site_or_reports_clean_problems(files, linked, unknown_note_article):
    note_articles = [Path(files[i % len(files)][0]).stem for i in linked]
    if unknown_note_article == 0:
        note_articles.append("no-such-article")
    site = _new_site()
    try:
        for rel, data in files:
            write(site / "content/articles" / rel, data)
        write(site / "content/notes/fuzz-note.md", "---\ntitle: Note\ndate: 2022-09-12\narticles: "
              f"{yaml.safe_dump(note_articles, allow_unicode=True).strip()}\n---\nA note.\n")
        output = site / "public"
        result = build(site, output, use_cache=False, jobs=1)
        errors = [p for p in result.problems if p.severity == "error"]
        for problem in result.problems:
            assert problem.message and "Traceback" not in problem.message
            assert problem.line is None or problem.line >= 1
            problem.format()
        assert result.ok == (not errors)
        event("a valid site" if result.ok else "problems reported")
        if not result.ok:
            assert not output.exists(), "a failed first build must not leave an output"
            return
        assert (output / "index.html").is_file()
        for page in output.rglob("*.html"):
            tree = lxml.html.fromstring(page.read_bytes())
            assert tree.xpath("//script[not(@src) and not(@type='application/ld+json')]") == []
            for name in tree.xpath("//@*[starts-with(name(), 'on')]"):
                raise AssertionError(f"{page}: an event handler attribute {name}")
        for rel in output.rglob("*"):
            assert SLUG_PATTERN.match(rel.name.split(".")[0]) or rel.name.startswith((".", "index")) \
                or rel.suffix in (".html", ".xml", ".json", ".css", ".txt", ".js", ".svg", ".ico", ".png"), rel
    finally:
        shutil.rmtree(site.parent, ignore_errors=True)


def test_a_file_name_that_is_not_utf8_is_a_clean_message(site):
    name = os.fsdecode(b"bad-\xff-name.md")
    write(site / "content/articles" / name, (site / "content/articles/2022/04/kharkiv-shelling.md").read_bytes())
    result = run_sitegen("build", site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is not a slug" in result.stderr


# -- slugs ---------------------------------------------------------------------------------------------

NAMES = st.text(_ALPHABET, min_size=1, max_size=30)


@settings(max_examples=1000, deadline=None)
@given(NAMES)
@example("Straße")
@example("Ъ")
@example("\u0130stanbul")
@example(os.fsdecode(b"\xff\xfe"))
def test_a_slug_is_a_slug_stable_for_every_spelling_of_one_name(name):
    slug = slugify(name)
    if not name_key(name):
        assert slug == ""
        return
    assert is_slug(slug), (name, slug)
    assert slugify(slug) == slug
    for variant in (unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name), name.upper(),
                    name.lower(), name.casefold(), f"  {name}  ", re.sub(r"\s+", "   ", name)):
        if name_key(variant) == name_key(name):
            assert slugify(variant) == slug, (name, variant)


def test_slugs_do_not_change_between_runs_or_releases():
    assert [slugify(n) for n in ("Запоріжжя", "Донецька область", "Düsseldorf", "北京", "Αθήνα", "STRASSE")] == [
        "zaporizhzhia", "donetska-oblast", "dusseldorf", "n-74b5138a6e", "n-b1c119f807", "strasse"]


_TAG_ARTICLE = ("---\ntitle: {title}\ndate: 2022-09-{day:02d}\nsource:\n  outlet: X\n  url: https://example.org/{day}\n"
                "tags: [{tag}]\n---\n")


@settings(max_examples=20, deadline=None)
@given(first=st.text(st.sampled_from("abcdКиївé "), min_size=1, max_size=10).filter(lambda t: slugify(t)),
       punctuation=st.sampled_from(["!", "?", ".", " (2)", "-", "’"]))
def test_two_spellings_that_make_one_slug_are_an_error_naming_both(first, punctuation):
    second = first + punctuation
    assume(slugify(second) == slugify(first) and name_key(second) != name_key(first))
    site = _new_site()
    try:
        for day, tag in ((1, first), (2, second)):
            write(site / f"content/articles/tagged-{day}.md",
                  _TAG_ARTICLE.format(title=f"Tagged {day}", day=day, tag=yaml.safe_dump(tag, allow_unicode=True,
                                                                                        width=1000).strip()
                                      .removesuffix("\n...").strip()))
        result = build(site, site / "public", use_cache=False, jobs=1)
        assert not result.ok
        messages = [p.format() for p in result.problems if "both make the URL slug" in p.message]
        assert len(messages) == 1
        assert f"'{first.strip()}'" in messages[0] and f"'{second.strip()}'" in messages[0]
        assert "content/articles/tagged-1.md:7" in messages[0] and messages[0].startswith("content/articles/tagged-2.md:7")
    finally:
        shutil.rmtree(site.parent, ignore_errors=True)


@settings(max_examples=15, deadline=None)
@given(stem=st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,5})?\Z"),
       folders=st.lists(st.from_regex(r"\A[a-z0-9]{1,6}\Z"), min_size=2, max_size=3, unique=True),
       extensions=st.lists(st.sampled_from([".md", ".yaml"]), min_size=3, max_size=3))
def test_two_article_files_with_one_stem_in_different_folders_are_an_error_naming_both(stem, folders, extensions):
    site = _new_site()
    try:
        paths = []
        for index, (folder, extension) in enumerate(zip(folders, extensions)):
            rel = f"content/articles/{folder}/{stem}{extension}"
            body = (f"title: Twin {index}\ndate: 2022-09-0{index + 1}\nsource:\n  outlet: X\n"
                    f"  url: https://example.org/{index}\n")
            write(site / rel, body if extension == ".yaml" else f"---\n{body}---\n")
            paths.append(rel)
        result = build(site, site / "public", use_cache=False, jobs=1)
        assert not result.ok
        duplicates = [p for p in result.problems if f"the article slug '{stem}' is also used by" in p.message]
        assert len(duplicates) == len(paths) - 1
        first, *others = sorted(paths)
        assert sorted(p.path for p in duplicates) == others
        assert all(first in p.message for p in duplicates)
    finally:
        shutil.rmtree(site.parent, ignore_errors=True)
