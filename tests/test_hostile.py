"""The hostile-content review's cases: each ends as a located message or a safe site, never a traceback,
never a crash, never markup in an output, never a lost file. Fixture sites: tests/sites/hostile/."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import SITES, copy_site, run_sitegen, tree_bytes, write
from sitegen.pages.searchindex import SHARD_KEY_BYTES

HOSTILE = SITES / "hostile"


def hostile_site(case: str, tmp_path: Path) -> Path:
    """tests/sites/basic with the case's files laid over it (tests/sites/hostile/README.md)."""
    site = copy_site("basic", tmp_path)
    shutil.copytree(HOSTILE / case, site, dirs_exist_ok=True)
    return site


def fails_at(site: Path, expected: str, *args) -> str:
    """Build with the CLI: it fails with ``expected`` in a located message, no traceback, and the last
    good public/ is kept as it was."""
    public = site / "public"
    before = tree_bytes(public) if public.is_dir() else None
    result = run_sitegen("build", site, *args)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert expected in result.stderr, result.stderr
    if before is not None:
        assert tree_bytes(public) == before
    return result.stderr


def builds(site: Path, *args) -> str:
    result = run_sitegen("build", site, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


# -- URLs: validated where they are written, escaped wherever they are printed ----------------------------

@pytest.mark.parametrize("case", ["url-quote", "url-quote-no-space"])
def test_a_source_url_that_would_close_its_attribute_is_refused_at_its_line(case, tmp_path):
    site = hostile_site(case, tmp_path)
    fails_at(site, "content/articles/2022/05/url-quote.md:6: the source url must not contain ")


def test_a_source_url_no_parser_reads_is_a_located_problem(tmp_path):
    site = hostile_site("url-unparsable", tmp_path)
    fails_at(site, "content/articles/2022/05/url-unparsable.md:6: the source url is not a valid URL")


def test_a_base_url_with_a_quote_is_refused_at_its_line(tmp_path):
    site = hostile_site("base-url-quote", tmp_path)
    fails_at(site, "content/site.yaml:3: base_url must not contain the character '\"'")
    result = run_sitegen("build", copy_site("basic", tmp_path / "again"), "--base-url", "https://e.org/\"x/")
    assert result.returncode == 1 and "--base-url: base_url must not contain" in result.stderr


def test_urls_are_escaped_in_the_html_inside_feed_json_and_timeline_json(site):
    """Defence in depth: even a URL that got past validation cannot become markup in the JSON files'
    HTML strings."""
    from dataclasses import replace

    from sitegen.load.config import load_config
    from sitegen.diagnostics import Diagnostics
    from sitegen.model.assemble import assemble
    from sitegen.model.reads import Reading
    from sitegen.model.records import Source
    from sitegen.pages import feeds, timeline
    from sitegen.load.sources import SPEAKERS, SourceFile, parse_source

    config = load_config(site, Diagnostics()).with_base_url('https://example.org/"><b>x</b>/')
    article = parse_source(site, SourceFile("article", "content/articles/2022/04/kharkiv-shelling.md")).records[0]
    article = replace(article, source=Source("Outlet", 'https://e.com/"><img src=x onerror=alert(1)>'))
    speakers = parse_source(site, SourceFile(SPEAKERS, "content/speakers.yaml")).records
    built = assemble(config, list(speakers), [article], [], Diagnostics())
    reads = Reading(built).page()
    for html in [item["content_html"] for item in feeds.json_feed(reads)["items"]] + [
            event["text"]["text"] for event in json.loads(bytes(timeline.export_view(reads, None)))["events"]]:
        assert "<img" not in html and "<b>" not in html, html
        assert "&quot;&gt;&lt;" in html, html


# -- values that made Python raise ------------------------------------------------------------------------

def test_a_number_too_long_to_print_as_a_title_is_a_located_problem(tmp_path):
    site = hostile_site("hex-title", tmp_path)
    fails_at(site, "content/articles/2022/05/hex-title.md:2: a number of thousands of digits; put it in quotes")


def test_a_nul_byte_in_an_archive_path_is_a_located_problem(tmp_path):
    site = hostile_site("archive-nul", tmp_path)
    fails_at(site, "content/articles/2022/05/archive-nul.md:7: the archive path 'sources/a\\x00b.txt' must not "
                   "contain control characters")


def test_an_unexpected_error_reading_one_file_names_that_file_and_the_run_goes_on(site, monkeypatch, capsys):
    """A bug met on one file is a problem on that file (its traceback only under --debug), never a
    crash: every other file is still read and reported on."""
    import sitegen.load.schema
    from sitegen import cli

    real = sitegen.load.schema.note_from_data

    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(sitegen.load.schema, "note_from_data", broken)
    monkeypatch.setattr("sitegen.load.sources.note_from_data", broken)
    write(site / "content/articles/2022/04/kharkiv-shelling.md", "not front matter")
    assert cli.main(["build", str(site), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert ("content/notes/how-we-attribute.md: internal error while reading this file (KeyError: 'a bug'); "
            "please report it") in err
    assert "content/articles/2022/04/kharkiv-shelling.md:1:" in err  # the other files are still checked
    assert "Traceback" not in err
    assert cli.main(["build", str(site), "--jobs", "1", "--debug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "in broken" in err
    monkeypatch.setattr(sitegen.load.schema, "note_from_data", real)


def test_an_internal_error_outside_any_file_is_one_line_without_debug(site, monkeypatch, capsys):
    from sitegen import cli, pages

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the routes")

    monkeypatch.setattr(pages, "routes", broken)
    assert cli.main(["build", str(site), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("sitegen: internal error (RuntimeError: a bug in the routes)")
    assert "Traceback" not in err
    assert cli.main(["build", str(site), "--no-cache", "--debug"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


# -- file names: every generated one is bounded ----------------------------------------------------------

def _longest_name(folder: Path) -> int:
    return max(len(os.fsencode(path.name)) for path in folder.rglob("*"))


def test_a_three_hundred_letter_tag_gets_a_bounded_page(tmp_path):
    site = hostile_site("long-tag", tmp_path)
    builds(site)
    tags = [path.name for path in (site / "public/tags").iterdir() if path.is_dir() and path.name.startswith("aaa")]
    assert len(tags) == 1 and len(tags[0]) <= 100
    page = (site / "public/articles/long-tag/index.html").read_text(encoding="utf-8")
    assert f'/tags/{tags[0]}/"' in page and "a" * 300 in page  # linked, and shown by its whole name
    assert _longest_name(site / "public") <= 100


def test_words_sharing_a_long_prefix_do_not_split_search_shards_without_bound(tmp_path):
    site = hostile_site("shared-prefix-words", tmp_path)
    builds(site)
    meta = json.loads((site / "public/search/meta.json").read_bytes())
    assert max(len(key.encode("utf-8")) for key in meta["shards"]) <= SHARD_KEY_BYTES
    assert _longest_name(site / "public") <= 100


def test_a_speaker_id_too_long_to_be_a_folder_is_refused_at_its_line(tmp_path):
    site = hostile_site("long-speaker-id", tmp_path)
    line = (site / "content/speakers.yaml").read_text().splitlines().index("- id: " + "x" * 300) + 1
    fails_at(site, f"content/speakers.yaml:{line}: the speaker id '{'x' * 300}' must be a slug (lower case "
                   "letters, digits, hyphens, at most 100)")


def test_a_file_name_ending_in_a_newline_is_not_a_slug(site):
    write(site / "content/articles/2022/05/with-newline\n.md",
          "---\ntitle: T\ndate: 2022-05-01\nsource:\n  outlet: O\n  url: https://example.org/x\n---\n")
    fails_at(site, "is not a slug")


# -- what is never opened, and what is never printed raw -------------------------------------------------

def test_an_archive_that_is_a_fifo_is_never_opened(tmp_path):
    site = hostile_site("archive-fifo", tmp_path)
    os.mkfifo(site / "content/sources/pipe.txt")
    result = run_sitegen("build", site, "--no-cache")  # a blocking open would hang here until the timeout
    assert result.returncode == 0, result.stderr
    assert ("content/articles/2022/05/archive-fifo.md:4: warning: the archived source content/sources/pipe.txt "
            "cannot be read (not a regular file") in result.stderr


def test_a_theme_file_that_is_a_fifo_is_an_error_never_opened(site):
    write(site / "themes/default/templates/.keep", "")
    os.mkfifo(site / "themes/default/templates/article.html")
    fails_at(site, "themes/default/templates/article.html: not a regular file")


def test_terminal_control_characters_from_files_are_escaped_in_every_message(tmp_path):
    site = hostile_site("control-characters", tmp_path)
    write(site / "content/articles/2022/05/\x1b]0;title\x07.md", "not front matter")
    err = fails_at(site, "unknown speaker 'nobody\\x1b[31m\\x1b]52;c;cHduZWQ=\\x07'")
    assert "\x1b" not in err and "\x07" not in err
    assert "content/articles/2022/05/\\x1b]0;title\\x07.md" in err


# -- size: a file the build would choke on is refused with the setting that allows it -------------------

def test_a_content_file_over_max_file_kb_is_refused_with_the_setting_to_raise(site):
    body = "- item *with emphasis*\n" * (1536 * 1024 // 23)
    write(site / "content/articles/2022/05/huge.md",
          "---\ntitle: Huge\ndate: 2022-05-01\nsource:\n  outlet: O\n  url: https://example.org/huge\n---\n" + body)
    err = fails_at(site, "content/articles/2022/05/huge.md: the file is 1.5 MB, over the limit of 1.0 MB")
    assert "max_file_kb: 1537 would allow it" in err
    text = (site / "content/site.yaml").read_text()
    write(site / "content/site.yaml", text + "max_file_kb: 2048\n")
    builds(site)
    assert (site / "public/articles/huge/index.html").is_file()
