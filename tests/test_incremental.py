"""Incremental builds: after any sequence of edits, the output is byte for byte what a clean build makes,
and a save re-renders only the pages that show what it changed (Hugo's rebuild tests, Lektor's "a second
build builds nothing").

Two incremental paths are checked: ``sitegen serve``'s Builder (state in memory, files replaced in place,
told which paths changed) and ``sitegen build`` run again and again (a new Builder each time, its state
read back from ``.sitegen-cache/``).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, SITES
from sitegen.build import Builder
from sitegen.build import builder as builder_module
from sitegen.build import rendering, searching
from sitegen.diagnostics import Problem
from sitegen.model.reads import Reading
from sitegen.pages import articles
from sitegen.output import MARKER

BASE_URL = "http://127.0.0.1:8000/"  # what serve builds with; the clean builds use the same
THEME = REPO / "themes" / "default"

SITE_YAML = """title: Generated digest
description: A digest made up for rebuild tests
base_url: https://example.org/digest/
timezone: Europe/Kyiv
per_page: {per_page}
"""

SPEAKERS_YAML = """- id: marty
  name: Marty
  role: Ukrainian soldier
  anonymous: true
- id: volodymyr-zelensky
  name: Volodymyr Zelensky
  name_native: Володимир Зеленський
  role: President of Ukraine
- id: oleksii-reznikov
  name: Oleksii Reznikov
  role: Minister of Defence of Ukraine
- id: nobody-quoted
  name: Nobody Quoted
"""


def article_text(title: str, date: str, *, tags=(), places=(), quotes=(), events=(), draft=False,
                 body: str = "") -> str:
    lines = ["---", f'title: "{title}"', f"date: {date}", "source:", "  outlet: The Outlet",
             f"  url: https://news.example/{zlib.crc32(title.encode())}", f"summary: Summary of *{title}*."]
    lines.append(f"tags: [{', '.join(tags)}]")
    lines.append(f"places: [{', '.join(places)}]")
    if quotes:
        lines.append("quotes:")
        for speaker, text in quotes:
            lines += [f"  - speaker: {speaker}", f'    text: "{text}"']
    if events:
        lines.append("events:")
        for day, title_ in events:
            lines += [f"  - date: {day}", f"    title: {title_}"]
    if draft:
        lines.append("draft: true")
    lines += ["---", body]
    return "\n".join(lines) + "\n"


def note_text(title: str, date: str, articles=()) -> str:
    return (f'---\ntitle: "{title}"\ndate: {date}\nauthor: The editors\narticles: [{", ".join(articles)}]\n---\n'
            f"A note about {title}.\n")


def make_site(root: Path) -> Path:
    """A small digest that has every page kind: three years, a draft, Cyrillic places, a YAML article,
    events, notes pointing at articles, pagination at two per page, and its own copy of the theme."""
    content = root / "content"
    files = {
        "site.yaml": SITE_YAML.format(per_page=2),
        "speakers.yaml": SPEAKERS_YAML,
        "articles/2022/09/izium.md": article_text(
            "Izium retaken", "2022-09-11", tags=["counteroffensive", "weapons"], places=["Izium", "Kharkiv Oblast"],
            quotes=[("marty", "The beginning of the end"), ("volodymyr-zelensky", "Its best side, its back")],
            events=[("2022-09-10", "Ukrainian forces retake Izium")], body="Soldiers described *hurried* retreats."),
        "articles/2022/04/kharkiv-shelling.md": article_text(
            "Shelling in Харків", "2022-04-19", tags=["shelling"], places=["Харків"]),
        "articles/2022/04/draft-piece.md": article_text(
            "A draft", "2022-04-20", tags=["secret-draft-tag"], quotes=[("marty", "DRAFT QUOTE")], draft=True),
        "articles/2023/02/bakhmut.md": article_text(
            "Bakhmut holds", "2023-02-01T09:30:00+02:00", tags=["shelling", "counteroffensive"],
            places=["Бахмут"], quotes=[("oleksii-reznikov", "Still a stronghold")]),
        "articles/2021/12/buildup.md": article_text(
            "Troops gather", "2021-12-03", tags=["buildup"], places=["Kharkiv Oblast"],
            quotes=[("volodymyr-zelensky", "We are ready")], events=[("2021-11-30", "Satellite images")]),
        "articles/2022/09/reznikov-snowball.yaml": (
            'title: Reznikov says the offensive went better than expected\n'
            'date: 2022-09-11T18:30:00+03:00\nsource:\n  outlet: The Sun\n  url: https://www.thesun.co.uk/x\n'
            'summary: A snowball.\ntags: [counteroffensive]\nplaces: []\nquotes:\n'
            '  - speaker: oleksii-reznikov\n    text: "Russia can be defeated"\nbody: |\n  A body in *YAML*.\n'),
        "notes/how-we-attribute.md": note_text("How we attribute quotes", "2022-09-12", ["izium"]),
        "notes/dates.md": note_text("Dates", "2021-12-05", ["buildup", "bakhmut"]),
    }
    for rel, text in files.items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copytree(THEME / "templates", root / "themes" / "default" / "templates")
    shutil.copytree(THEME / "static", root / "themes" / "default" / "static")
    return root


# ---- building and comparing -------------------------------------------------------------------------

def output_files(folder: Path) -> dict[str, bytes]:
    """Every file of a build's output (the writer's marker aside), by relative path."""
    files = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = Path(directory, name)
            rel = path.relative_to(folder).as_posix()
            if rel != MARKER:
                files[rel] = path.read_bytes()
    return files


def clean_build(site: Path, drafts: bool):
    """A from-scratch build into a new folder: what every incremental build must equal."""
    out = Path(tempfile.mkdtemp(prefix="clean-", dir=site.parent))
    result = Builder(site, out / "public", base_url=BASE_URL, include_drafts=drafts, use_cache=False).build()
    files = output_files(out / "public") if result.ok else None
    shutil.rmtree(out)
    return result, files


def problems_of(result) -> list[str]:
    return [p.format() for p in result.problems]


def assert_same_as_clean(site: Path, result, output: Path, drafts: bool, label: str) -> None:
    clean, clean_files = clean_build(site, drafts)
    assert result.ok == clean.ok, f"{label}: ok={result.ok}, clean build ok={clean.ok}: {problems_of(clean)}"
    assert problems_of(result) == problems_of(clean), label
    if not clean.ok:
        return  # both failed; the incremental output keeps its last good build, as the clean one would
    files = output_files(output)
    assert sorted(files) == sorted(clean_files), f"{label}: different files"
    different = [rel for rel in files if files[rel] != clean_files[rel]]
    assert not different, f"{label}: files differ from a clean build: {different}"


class Paths:
    """What an edit touched, as the watcher would report it (site-relative, files and folders)."""

    def __init__(self, site: Path):
        self.site = site
        self.touched: set[str] = set()

    def add(self, path: Path) -> None:
        self.touched.add(path.relative_to(self.site).as_posix())

    def take(self) -> set[str]:
        touched, self.touched = self.touched, set()
        return touched


def save(paths: Paths, path: Path, text: str, atomic: bool) -> None:
    """Write a file as an editor does: in place, or to a temporary file renamed over it."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True)
        paths.add(path.parent)
    if atomic:
        temporary = path.with_name(f".{path.name}.swp-{os.getpid()}")
        temporary.write_text(text, encoding="utf-8")
        paths.add(temporary)
        os.replace(temporary, path)
    else:
        path.write_text(text, encoding="utf-8")
    paths.add(path)


# ---- the edits --------------------------------------------------------------------------------------

def articles_of(site: Path) -> list[Path]:
    return sorted(p for p in (site / "content" / "articles").rglob("*") if p.suffix in (".md", ".yaml"))


def notes_of(site: Path) -> list[Path]:
    return sorted((site / "content" / "notes").rglob("*.md"))


def speaker_ids(site: Path) -> list[str]:
    return re.findall(r"^- id: (\S+)", (site / "content" / "speakers.yaml").read_text(encoding="utf-8"), re.M)


def pick(items: list, index: int):
    return items[index % len(items)] if items else None


def edit_quote(site, paths, n, index, atomic):
    article = pick(articles_of(site), index)
    if article is None:
        return
    text = article.read_text(encoding="utf-8")
    speaker = pick(speaker_ids(site), n)
    if re.search(r"^  - speaker: ", text, re.M):
        text = re.sub(r'^(    text: ").*(")$', rf"\g<1>Quote edited {n}\2", text, count=1, flags=re.M)
        if n % 2:  # every other time the quote is given to another speaker
            text = re.sub(r"^(  - speaker: ).*$", rf"\g<1>{speaker}", text, count=1, flags=re.M)
    else:
        text = text.replace("\nsource:", f'\nquotes:\n  - speaker: {speaker}\n    text: "New quote {n}"\nsource:', 1)
    save(paths, article, text, atomic)


def edit_words(site, paths, n, index, atomic):
    """What most saves are: new words in the title and the body, nothing else."""
    article = pick(articles_of(site), index)
    if article is None:
        return
    text = re.sub(r'^(title: "?)', rf"\g<1>Edited {n}, ", article.read_text(encoding="utf-8"), count=1, flags=re.M)
    save(paths, article, text + f"\nA sentence added by edit {n}.\n" if article.suffix == ".md" else text, atomic)


def archive(site, paths, n, index, atomic):
    """The archived source an article's quotes are checked against: name one (which may not exist yet),
    write it (holding the article's quotes, or not), or delete it."""
    article = pick([p for p in articles_of(site) if "\nquotes:\n" in p.read_text(encoding="utf-8")], index)
    if article is None:
        return
    name = f"sources/archive-{n % 2}.txt"
    text = article.read_text(encoding="utf-8")
    if n % 3 == 0:
        if re.search(r"^  archive: ", text, re.M):
            text = re.sub(r"^  archive: .*$", f"  archive: {name}", text, count=1, flags=re.M)
        else:
            text = re.sub(r"^(  outlet: .*)$", rf"\g<1>\n  archive: {name}", text, count=1, flags=re.M)
        save(paths, article, text, atomic)
    elif n % 3 == 1:
        quotes = re.findall(r'^    text: "(.*)"$', text, re.M)
        save(paths, site / "content" / name, " ".join(quotes[: n % 4]) + f" Archived text {n}.\n", atomic)
    elif (site / "content" / name).exists():
        (site / "content" / name).unlink()
        paths.add(site / "content" / name)


def change_year(site, paths, n, index, atomic):
    article = pick(articles_of(site), index)
    if article is None:
        return
    text = article.read_text(encoding="utf-8")
    text = re.sub(r"^date: \d{4}", f"date: {2020 + n % 5}", text, count=1, flags=re.M)
    save(paths, article, text, atomic)


TAGS = ["counteroffensive", "shelling", "new-tag", "Kyiv", "kyiv"]


def add_tag(site, paths, n, index, atomic):
    article = pick(articles_of(site), index)
    if article is None:
        return
    text = article.read_text(encoding="utf-8")
    text = re.sub(r"^tags: \[(.*)\]$", lambda m: f"tags: [{', '.join(filter(None, [m[1], TAGS[n % len(TAGS)]]))}]",
                  text, count=1, flags=re.M)
    save(paths, article, text, atomic)


def remove_tag(site, paths, n, index, atomic):
    article = pick(articles_of(site), index)
    if article is None:
        return
    text = article.read_text(encoding="utf-8")
    text = re.sub(r"^tags: \[(.*)\]$", lambda m: f"tags: [{', '.join(m[1].split(', ')[:-1])}]", text, count=1,
                  flags=re.M)
    save(paths, article, text, atomic)


def add_note(site, paths, n, index, atomic):
    article = pick(articles_of(site), index)
    slugs = [article.stem] if article else []
    save(paths, site / "content" / "notes" / f"note-{n}.md", note_text(f"Note {n}", f"2022-0{1 + n % 9}-15", slugs),
         atomic)


def delete_note(site, paths, n, index, atomic):
    note = pick(notes_of(site), index)
    if note is not None:
        note.unlink()
        paths.add(note)


def delete_article(site, paths, n, index, atomic):
    article = pick(articles_of(site), index)
    if article is not None:
        article.unlink()
        paths.add(article)


def rename_article(site, paths, n, index, atomic):
    """Move an article's file to another folder; every other time give it another name (a new slug)."""
    article = pick(articles_of(site), index)
    if article is None:
        return
    folder = site / "content" / "articles" / f"moved-{n % 3}"
    name = article.name if n % 2 else f"renamed-{n}{article.suffix}"
    target = folder / name
    if target.exists():
        return
    if not folder.exists():
        folder.mkdir(parents=True)
        paths.add(folder)
    os.rename(article, target)
    paths.add(article)
    paths.add(target)


def add_speaker(site, paths, n, index, atomic):
    speakers = site / "content" / "speakers.yaml"
    text = speakers.read_text(encoding="utf-8") + f"- id: new-speaker-{n}\n  name: New Speaker {n}\n  role: Role {n}\n"
    save(paths, speakers, text, atomic)


def edit_speaker(site, paths, n, index, atomic):
    speakers = site / "content" / "speakers.yaml"
    text = re.sub(r"^(  role: ).*$", rf"\g<1>Role as of edit {n}", speakers.read_text(encoding="utf-8"), count=1,
                  flags=re.M)
    save(paths, speakers, text, atomic)


def set_per_page(site, paths, n, index, atomic):
    save(paths, site / "content" / "site.yaml", SITE_YAML.format(per_page=1 + n % 3), atomic)


TEMPLATES = ["article.html", "partials/article_card.html", "base.html", "timeline_year.html", "speaker.html"]


def touch_template(site, paths, n, index, atomic):
    """Change a template of the site's theme: a visible line, or only a comment (same pages, new theme)."""
    name = TEMPLATES[index % len(TEMPLATES)]
    template = site / "themes" / "default" / "templates" / name
    if not template.exists():
        template.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(THEME / "templates" / name, template)
    text = template.read_text(encoding="utf-8")
    if n % 2:
        text = re.sub(r"\{# touched \d+ #\}\n", "", text) + f"{{# touched {n} #}}\n"
    else:
        text = text.replace("</footer>", f"<p>touched {n}</p></footer>", 1) if "</footer>" in text else \
            text + f"<!-- touched {n} -->\n"
    save(paths, template, text, atomic)


def edit_stylesheet(site, paths, n, index, atomic):
    stylesheet = site / "themes" / "default" / "static" / "style.css"
    if not stylesheet.exists():
        stylesheet.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(THEME / "static" / "style.css", stylesheet)
    save(paths, stylesheet, stylesheet.read_text(encoding="utf-8") + f"\n/* edit {n} */\n", atomic)


def toggle_draft(site, paths, n, index, atomic):
    article = pick([p for p in articles_of(site) if p.suffix == ".md"], index)
    if article is None:
        return
    text = article.read_text(encoding="utf-8")
    if "\ndraft: true\n" in text:
        text = text.replace("\ndraft: true\n", "\n", 1)
    else:
        text = text.replace("\n---\n", "\ndraft: true\n---\n", 1)
    save(paths, article, text, atomic)


BREAKS = [
    ("unknown speaker", lambda t: re.sub(r"^(  - speaker: ).*$", r"\g<1>no-such-speaker", t, count=1, flags=re.M)
     if "  - speaker: " in t else t.replace("\nsource:", "\nquotes:\n  - speaker: no-such-speaker\n"
                                             '    text: "x"\nsource:', 1)),
    ("bad YAML", lambda t: t.replace("\nsource:", "\nsource: [unclosed\n  oops:", 1)),
    ("impossible date", lambda t: re.sub(r"^date: \d{4}-\d\d-\d\d", "date: 2022-02-30", t, count=1, flags=re.M)),
]


def break_and_fix(site, paths, n, index, atomic, check):
    """Break an article (each kind of problem in turn), build, then restore its bytes and build again."""
    article = pick(articles_of(site), index)
    if article is None:
        return
    original = article.read_text(encoding="utf-8")
    _, breaker = BREAKS[n % len(BREAKS)]
    save(paths, article, breaker(original), atomic)
    check("broken")
    save(paths, article, original, atomic)


EDITS = {f.__name__: f for f in (edit_quote, edit_words, archive, change_year, add_tag, remove_tag, add_note, delete_note, delete_article,
                                  rename_article, add_speaker, edit_speaker, set_per_page, touch_template,
                                  edit_stylesheet, toggle_draft, break_and_fix)}

edit_steps = st.lists(
    st.tuples(st.sampled_from(sorted(EDITS)), st.integers(0, 99), st.integers(0, 20), st.booleans()),
    min_size=1, max_size=6)


class Session:
    """A site under edit with its two incremental builders; check() compares both to a clean build."""

    def __init__(self, site: Path):
        self.site = site
        self.paths = Paths(site)
        self.serve_output = site.parent / "serve-output"
        self.serve_builder = Builder(site, self.serve_output, base_url=BASE_URL, include_drafts=True,
                                     use_cache=False, in_place=True)
        self.cli_output = site / "public"
        first = self.serve_builder.build()
        assert first.ok, problems_of(first)
        self.failing = False  # serve renders nothing ahead while it shows a failed build's problems
        assert self.cli_build().ok

    def cli_build(self):
        """``sitegen build`` as a new process would run it: a new Builder, the state read from the cache."""
        return Builder(self.site, self.cli_output, base_url=BASE_URL, include_drafts=False, use_cache=True).build()

    def check(self, label: str) -> None:
        changed = self.paths.take()
        # As serve does: the saved articles' own pages first and announced, then the rest of the build.
        announced: list[str] = []
        result = self.serve_builder.build(changed_paths=changed, announce=None if self.failing else announced.extend)
        self.failing = not result.ok
        stray = [rel for rel in announced if rel not in result.written]
        assert not stray, f"announced after {label}, yet not what the build wrote: {stray}"
        assert_same_as_clean(self.site, result, self.serve_output, True, f"serve after {label} {sorted(changed)}")
        result = self.cli_build()
        assert_same_as_clean(self.site, result, self.cli_output, False, f"build after {label}")

    def apply(self, name: str, n: int, index: int, atomic: bool) -> None:
        if name == "break_and_fix":
            break_and_fix(self.site, self.paths, n, index, atomic, self.check)
        else:
            EDITS[name](self.site, self.paths, n, index, atomic)
        self.check(name)


# Each example builds the site three times per edit; SITEGEN_REBUILD_EXAMPLES=200 for a longer hunt.
PROPERTY_SETTINGS = settings(max_examples=int(os.environ.get("SITEGEN_REBUILD_EXAMPLES", "15")), deadline=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@PROPERTY_SETTINGS
@given(steps=edit_steps)
def test_any_sequence_of_edits_rebuilds_byte_identical_to_a_clean_build(tmp_path_factory, steps):
    root = tmp_path_factory.mktemp("generated")
    session = Session(make_site(root / "site"))
    for name, n, index, atomic in steps:
        session.apply(name, n, index, atomic)


@PROPERTY_SETTINGS
@given(steps=edit_steps)
def test_any_sequence_of_edits_to_the_basic_fixture_rebuilds_byte_identical(tmp_path_factory, steps):
    root = tmp_path_factory.mktemp("basic")
    site = root / "site"
    shutil.copytree(SITES / "basic", site)
    session = Session(site)
    for name, n, index, atomic in steps:
        session.apply(name, n, index, atomic)


# ---- what one save re-renders (Hugo's rebuild_test) ---------------------------------------------------

def site_pages(rels) -> list[str]:
    """Outputs outside search/: the search index is a shard per term prefix, so which shards an edit
    touches depends on the words it changed; the byte-identical tests above cover it."""
    return sorted(rel for rel in rels if not rel.startswith("search/"))


@pytest.fixture
def preview(tmp_path):
    """The generated site and serve's Builder after its first build."""
    site = make_site(tmp_path / "site")
    builder = Builder(site, tmp_path / "serve-output", base_url=BASE_URL, use_cache=False, in_place=True)
    assert builder.build().ok
    return site, builder


def edit(site: Path, rel: str, old: str, new: str) -> str:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return rel


def test_editing_a_quote_renders_the_pages_that_show_the_article_and_writes_those_whose_bytes_changed(preview):
    site, builder = preview
    rel = edit(site, "content/articles/2022/09/izium.md", "The beginning of the end", "The end, edited")
    result = builder.build(changed_paths={rel})
    assert result.ok
    assert site_pages(result.rendered) == [
        "articles/izium/index.html",
        "feed.json", "feed.xml",
        "notes/how-we-attribute/index.html",  # lists the article
        "page/2/index.html",  # the front page's page that shows it (newest first, two per page)
        "places/izium/feed.xml", "places/izium/index.html",
        "places/kharkiv-oblast/feed.xml", "places/kharkiv-oblast/index.html",
        "speakers/marty/feed.xml", "speakers/marty/index.html",
        "speakers/volodymyr-zelensky/feed.xml", "speakers/volodymyr-zelensky/index.html",
        "tags/counteroffensive/feed.xml", "tags/counteroffensive/page/2/index.html",
        "tags/weapons/feed.xml", "tags/weapons/index.html",
        "timeline/2022/index.html",
    ]  # not the sitemap (no page's URL or last modification changed), nor the timeline files (no event did)
    # Lists show headlines, not quote texts: only the pages that print the quote got new bytes.
    assert site_pages(result.written) == [
        "articles/izium/index.html", "speakers/marty/feed.xml", "speakers/marty/index.html"]
    assert result.removed == []


def test_editing_a_headline_renders_the_timeline_files_that_show_it(preview):
    site, builder = preview
    rel = edit(site, "content/articles/2022/09/izium.md", "Izium retaken", "Edited: Izium retaken")
    result = builder.build(changed_paths={rel})
    assert result.ok
    assert {"timeline.json", "timeline/2022/timeline.json"} <= set(result.written)
    assert b"Edited: " in (builder.output / "timeline/2022/timeline.json").read_bytes()
    assert not any(rel.startswith("timeline/20") and rel.endswith(".json") and rel != "timeline/2022/timeline.json"
                   for rel in result.rendered)


def test_moving_an_article_to_another_year_renders_both_years_the_timeline_and_the_front_pages(preview):
    site, builder = preview
    rel = edit(site, "content/articles/2022/04/kharkiv-shelling.md", "date: 2022-04-19", "date: 2021-04-19")
    result = builder.build(changed_paths={rel})
    assert result.ok
    assert site_pages(result.rendered) == [
        "articles/kharkiv-shelling/index.html",
        "feed.json", "feed.xml",
        "index.html", "page/2/index.html", "page/3/index.html",  # the order of every page may change
        "places/kharkiv/feed.xml", "places/kharkiv/index.html",
        "sitemap.xml",  # the article's last modification
        "tags/shelling/feed.xml", "tags/shelling/index.html",
        "timeline.json",
        "timeline/2021/index.html", "timeline/2021/timeline.json",  # its new year
        "timeline/2022/index.html", "timeline/2022/timeline.json",  # its old year
        "timeline/2023/index.html",  # links to the year before, whose count changed
        "timeline/index.html",
    ]
    assert "index.html" not in result.written  # page 1 shows the same two articles as before
    assert {"timeline/2021/index.html", "timeline/2022/index.html", "timeline/index.html",
            "page/2/index.html", "page/3/index.html"} <= set(result.written)


def test_editing_a_note_renders_only_the_pages_that_show_it(preview):
    site, builder = preview
    rel = edit(site, "content/notes/dates.md", "A note about", "A note, edited, about")
    result = builder.build(changed_paths={rel})
    assert result.ok
    assert site_pages(result.rendered) == [
        "articles/bakhmut/index.html", "articles/buildup/index.html",  # the note shows on both
        "feed.xml",  # its entries' updated time counts the note (feed.json's date_modified does not)
        "index.html",  # the latest notes
        "notes/dates/index.html", "notes/index.html",
        "places/bakhmut/feed.xml", "places/kharkiv-oblast/feed.xml",
        "speakers/oleksii-reznikov/feed.xml", "speakers/volodymyr-zelensky/feed.xml",
        "tags/buildup/feed.xml", "tags/counteroffensive/feed.xml", "tags/shelling/feed.xml",
    ]
    assert site_pages(result.written) == [
        "articles/bakhmut/index.html", "articles/buildup/index.html", "index.html", "notes/dates/index.html",
        "notes/index.html"]


def test_deleting_a_note_renders_the_articles_it_showed_on(preview):
    site, builder = preview
    (site / "content/notes/dates.md").unlink()
    result = builder.build(changed_paths={"content/notes/dates.md"})
    assert result.ok
    assert {"articles/bakhmut/index.html", "articles/buildup/index.html"} <= set(result.written)
    assert "notes/dates/index.html" in result.removed
    assert "articles/izium/index.html" not in result.rendered


@pytest.mark.parametrize("rel, old, new", [
    ("themes/default/templates/partials/article_card.html", "", "{# a comment changes no page #}\n"),
    ("themes/default/static/style.css", "", "/* new rule */\n"),
    ("content/site.yaml", "per_page: 2", "per_page: 3"),
])
def test_a_theme_or_settings_change_renders_every_page(preview, rel, old, new):
    site, builder = preview
    path = site / rel
    path.write_text(path.read_text(encoding="utf-8") + new if not old else
                    path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    result = builder.build(changed_paths={rel})
    assert result.ok
    assert sorted(result.rendered) == sorted(r.output for r in builder.routes)


def output_mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_a_warm_build_renders_nothing_and_writes_nothing(preview):
    site, builder = preview
    before = output_mtimes(builder.output)
    for changed in (set(), None, {"content/notes/not-there.md", "content/articles/.izium.md.swp"}):
        result = builder.build(changed_paths=changed)
        assert result.ok and result.nothing_changed
        assert result.rendered == [] and result.written == [] and result.removed == []
    assert output_mtimes(builder.output) == before


def test_a_second_sitegen_build_renders_nothing_and_writes_nothing(tmp_path):
    site = make_site(tmp_path / "site")
    assert Builder(site, base_url=BASE_URL).build().ok
    before = output_mtimes(site / "public")
    result = Builder(site, base_url=BASE_URL).build()  # a new process: the state comes from .sitegen-cache/
    assert result.ok and result.nothing_changed
    assert result.rendered == [] and result.written == []
    assert output_mtimes(site / "public") == before
    edit(site, "content/articles/2022/09/izium.md", "The beginning of the end", "The end, edited")
    result = Builder(site, base_url=BASE_URL).build()
    assert site_pages(result.written) == [
        "articles/izium/index.html", "speakers/marty/feed.xml", "speakers/marty/index.html"]


def test_the_first_edit_after_a_clean_build_renders_what_the_same_edit_renders_later(tmp_path):
    """Dependency digests follow values, not which objects hold them: a clean build shares an outlet's name
    among its articles, a build from the cache does not, and both must agree (else the first edit after a
    clean build renders every timeline page again)."""
    site = make_site(tmp_path / "site")
    assert Builder(site, base_url=BASE_URL).build().ok
    rel = "content/articles/2022/09/izium.md"
    edit(site, rel, "The beginning of the end", "The end, edited")
    first = Builder(site, base_url=BASE_URL).build()
    edit(site, rel, "The end, edited", "The beginning of the end")
    assert Builder(site, base_url=BASE_URL).build().ok
    edit(site, rel, "The beginning of the end", "The end, edited")
    again = Builder(site, base_url=BASE_URL).build()
    assert first.ok and again.ok
    assert first.rendered == again.rendered
    assert "timeline.json" not in first.rendered  # the article is in the timeline, its events are not edited


def test_compiled_templates_are_kept_between_builds_and_a_changed_template_is_compiled_again(tmp_path):
    site = make_site(tmp_path / "site")
    assert Builder(site, base_url=BASE_URL).build().ok
    compiled = site / ".sitegen-cache" / "templates"
    kept = sorted(p.name for p in compiled.iterdir())
    assert kept and all(name.endswith(".cache") for name in kept)
    (compiled / "0123456789abcdef-stale.cache").write_bytes(b"another sitegen's")  # left by other code
    template = site / "themes" / "default" / "templates" / "article.html"
    template.write_text(template.read_text(encoding="utf-8").replace("</article>", "<p>recompiled</p></article>", 1),
                        encoding="utf-8")
    result = Builder(site, base_url=BASE_URL).build()  # a new process: compiled code from the cache
    assert result.ok
    assert b"<p>recompiled</p>" in (site / "public/articles/izium/index.html").read_bytes()
    assert not (compiled / "0123456789abcdef-stale.cache").exists()
    assert sorted(p.name for p in compiled.iterdir()) == kept  # the same names, article.html's code replaced


def test_edit_builds_that_make_the_search_index_in_a_forked_process_match_a_clean_build(tmp_path, monkeypatch):
    """sitegen build's edit builds of a large site build the search index beside the other routes; the
    threshold is lowered so that this small site takes that path, and the memory bound raised so that this
    test process's own size does not forbid the fork."""
    monkeypatch.setattr(builder_module, "BESIDE_THRESHOLD", 1)
    beside = []
    real = searching.run_beside
    monkeypatch.setattr(searching, "run_beside", lambda *tasks: beside.append(1) or real(*tasks))
    site = make_site(tmp_path / "site")
    assert Builder(site, base_url=BASE_URL, jobs=2, max_memory_mb=100_000).build().ok
    edits = [("content/articles/2022/09/izium.md", "The beginning of the end", "The end, edited"),
             ("content/articles/2022/09/izium.md", "Izium retaken", "Izium retaken in September"),
             ("content/articles/2022/04/kharkiv-shelling.md", "tags: [shelling]", "tags: [shelling, artillery]")]
    for rel, old, new in edits:
        edit(site, rel, old, new)
        result = Builder(site, base_url=BASE_URL, jobs=2, max_memory_mb=100_000).build()
        assert_same_as_clean(site, result, site / "public", False, f"after editing {rel}")
        assert any(rel.startswith("search/terms-") for rel in result.written)  # new words were indexed
    assert len(beside) == len(edits)
    # An unchanged search file the output lost is made again, in this process.
    lost = sorted((site / "public" / "search").glob("docs-*.json"))[-1]
    lost.unlink()
    edit(site, "content/articles/2023/02/bakhmut.md", "Still a stronghold", "Still a stronghold, he said")
    result = Builder(site, base_url=BASE_URL, jobs=2, max_memory_mb=100_000).build()
    assert_same_as_clean(site, result, site / "public", False, "after losing a search file")
    assert f"search/{lost.name}" in result.written


def test_an_edit_build_makes_again_the_unchanged_pages_the_output_lost(tmp_path):
    """sitegen build's edit builds keep only the routes they render (a large site's routes take tens of
    megabytes): a page the edit leaves alone but that the output no longer has is made again all the same."""
    site = make_site(tmp_path / "site")
    assert Builder(site, base_url=BASE_URL).build().ok
    for rel in ("404.html", "notes/index.html", "search/meta.json"):
        (site / "public" / rel).unlink()
    edit(site, "content/articles/2022/09/izium.md", "The beginning of the end", "The end, edited")
    result = Builder(site, base_url=BASE_URL).build()
    assert_same_as_clean(site, result, site / "public", False, "after losing pages")
    assert {"404.html", "notes/index.html", "search/meta.json"} <= set(result.written)


def test_compiled_templates_made_for_another_base_url_are_not_used(tmp_path):
    """Jinja writes a filter over a constant into the compiled code: robots.txt's sitemap URL."""
    site = make_site(tmp_path / "site")
    assert Builder(site, base_url="https://first.example/").build().ok
    assert Builder(site, base_url="https://second.example/digest/").build().ok
    assert "Sitemap: https://second.example/digest/sitemap.xml" in (site / "public/robots.txt").read_text()


def test_a_save_whose_stat_looks_unchanged_is_still_read_when_the_watcher_names_it(preview):
    """Two saves within one tick of the file system's clock, of the same length, look alike by stat."""
    site, builder = preview
    path = site / "content/articles/2022/09/izium.md"
    stat = path.stat()
    edit(site, "content/articles/2022/09/izium.md", "The beginning of the end", "The beginning of the END")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    result = builder.build(changed_paths={"content/articles/2022/09/izium.md"})
    assert "articles/izium/index.html" in result.written
    assert b"The beginning of the END" in (builder.output / "articles/izium/index.html").read_bytes()


@pytest.mark.parametrize("told", [True, False], ids=["serve", "sitegen build"])
def test_an_archive_made_after_the_article_named_it_is_read(tmp_path, told):
    site = make_site(tmp_path / "site")
    edit(site, "content/articles/2022/09/izium.md", "  outlet: The Outlet\n",
         "  outlet: The Outlet\n  archive: sources/izium.txt\n")
    builder = Builder(site, tmp_path / "out", base_url=BASE_URL, use_cache=not told, in_place=told)
    first = builder.build()
    assert any("sources/izium.txt does not exist" in p.message for p in first.problems)
    assert builder.build(changed_paths=set() if told else None).nothing_changed
    archive_file = site / "content" / "sources" / "izium.txt"
    archive_file.parent.mkdir()
    archive_file.write_text("The beginning of the end, said Marty.\n", encoding="utf-8")
    if not told:
        builder = Builder(site, tmp_path / "out", base_url=BASE_URL)  # sitegen build run again
    result = builder.build(changed_paths={"content/sources/izium.txt"} if told else None)
    assert not any("izium.txt does not exist" in p.message for p in result.problems)
    assert "articles/izium/index.html" in result.written  # the quote now shows as checked


def test_a_new_article_in_a_new_folder_and_a_stray_file_are_found_from_the_watchers_paths(preview):
    site, builder = preview
    folder = site / "content/articles/2024/01"
    folder.mkdir(parents=True)
    (folder / "fresh.md").write_text(article_text("Fresh", "2024-01-02", tags=["fresh"]), encoding="utf-8")
    result = builder.build(changed_paths={"content/articles/2024", "content/articles/2024/01",
                                          "content/articles/2024/01/fresh.md"})
    assert result.ok and "articles/fresh/index.html" in result.written
    (folder / "notes.txt").write_text("not an article", encoding="utf-8")
    result = builder.build(changed_paths={"content/articles/2024/01/notes.txt"})
    assert [p.message for p in result.problems if p.path.endswith("notes.txt")] == [
        "ignored: articles/ holds .md or .yaml or .yml files only"]
    (folder / "notes.txt").unlink()
    result = builder.build(changed_paths={"content/articles/2024/01/notes.txt"})
    assert not [p for p in result.problems if p.path.endswith("notes.txt")]


def test_a_full_build_keeps_no_bodies_and_an_edit_rendering_an_unchanged_article_reads_its_file_again(tmp_path):
    """A full build renders each article's page as its file is parsed and keeps the record without its
    body (what lets a 50,000-article build fit its memory bound). An edit build that must render an
    unchanged article's page again (a speaker it quotes renamed) reads the file again, and the page is
    the one a clean build makes."""
    site = make_site(tmp_path / "site")
    builder = Builder(site, base_url=BASE_URL)
    assert builder.build().ok
    assert builder.site.articles and all(a.body is None for a in builder.site.articles)
    with pytest.raises(LookupError):
        builder.site.articles[0].body_html  # never an empty body by mistake
    edit(site, "content/speakers.yaml", "name: Marty", "name: Marty the soldier")
    result = Builder(site, base_url=BASE_URL).build()
    assert "articles/izium/index.html" in result.written  # quotes Marty; its body came from the file
    assert "hurried" in (site / "public/articles/izium/index.html").read_text(encoding="utf-8")
    assert_same_as_clean(site, result, site / "public", False, "after renaming a speaker")


def test_an_article_whose_file_went_away_since_it_was_parsed_is_reported_not_rendered_without_body(tmp_path):
    site = make_site(tmp_path / "site")
    builder = Builder(site, base_url=BASE_URL)
    assert builder.build().ok
    article = builder.site.articles_by_slug["izium"]
    assert "hurried" in builder.site.body_html(article)  # the file read again
    (site / article.path).unlink()
    route = articles.route(article, ())
    problem = rendering.render_page(builder.renderer, route, Reading(builder.site).page(), set())
    assert isinstance(problem, Problem) and problem.path == article.path
    assert "changed while the site was being built; build again" in problem.message


def test_a_tight_memory_bound_builds_the_same_site_in_fewer_processes(tmp_path, monkeypatch):
    """--max-memory: a build that may not fork within its bound renders in one process, the same bytes."""
    monkeypatch.setattr(rendering, "PARALLEL_THRESHOLD", 1)
    forked = []
    real = rendering.run_chunks
    monkeypatch.setattr(rendering, "run_chunks", lambda func, items, jobs: forked.append(jobs) or
                        real(func, items, jobs))
    site = make_site(tmp_path / "site")
    tight = tmp_path / "tight"
    assert Builder(site, tight, base_url=BASE_URL, jobs=2, max_memory_mb=1, use_cache=False).build().ok
    assert forked and set(forked) == {1}
    forked.clear()
    roomy = tmp_path / "roomy"
    assert Builder(site, roomy, base_url=BASE_URL, jobs=2, max_memory_mb=100_000, use_cache=False).build().ok
    assert 2 in forked
    assert output_files(tight) == output_files(roomy)
