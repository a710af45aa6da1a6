"""Bad content never crashes: one located message per problem, exit status 1, the last good site kept."""

from pathlib import Path

import pytest

from conftest import run_sitegen, tree_bytes, write

ARTICLE = "content/articles/2022/09/izium-troops-abandon-weapons.md"


@pytest.fixture
def built(site: Path) -> Path:
    result = run_sitegen("build", site)
    assert result.returncode == 0, result.stderr
    return site


def break_and_build(site: Path, rel: str, text: str | bytes):
    before = tree_bytes(site / "public")
    mtimes = {p: p.stat().st_mtime_ns for p in (site / "public").rglob("*")}
    write(site / rel, text)
    result = run_sitegen("build", site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert tree_bytes(site / "public") == before, "the last good public/ must be kept as it was"
    assert {p: p.stat().st_mtime_ns for p in (site / "public").rglob("*")} == mtimes
    return result.stderr


def replace_in(site: Path, rel: str, old: str, new: str) -> str:
    text = (site / rel).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


def test_unknown_speaker_points_at_the_quote_entry(built):
    text = replace_in(built, ARTICLE, "- speaker: volodymyr-zelensky", "- speaker: zelenskyy")
    err = break_and_build(built, ARTICLE, text)
    assert f"{ARTICLE}:15: unknown speaker 'zelenskyy'" in err
    assert "speakers.yaml" in err


def test_unknown_article_in_a_note_points_at_its_line(built):
    rel = "content/notes/how-we-attribute.md"
    text = replace_in(built, rel, "articles: [izium-troops-abandon-weapons]",
                      "articles:\n  - izium-troops-abandon-weapons\n  - no-such-article")
    err = break_and_build(built, rel, text)
    assert f"{rel}:7: unknown article 'no-such-article'" in err


def test_duplicate_article_slugs_across_folders_name_both_files(built):
    err = break_and_build(built, "content/articles/2023/01/kharkiv-shelling.md",
                          (built / "content/articles/2022/04/kharkiv-shelling.md").read_text())
    assert "kharkiv-shelling" in err
    assert "content/articles/2022/04/kharkiv-shelling.md" in err
    assert "content/articles/2023/01/kharkiv-shelling.md" in err


def test_duplicate_speaker_ids_are_reported(built):
    text = (built / "content/speakers.yaml").read_text() + "- id: marty\n  name: Another Marty\n"
    err = break_and_build(built, "content/speakers.yaml", text)
    assert "content/speakers.yaml:15: the speaker id 'marty' is already used at line 1" in err


def test_an_impossible_date_is_reported_at_its_line(built):
    err = break_and_build(built, ARTICLE, replace_in(built, ARTICLE, "date: 2022-09-11", "date: 2022-02-30"))
    assert f"{ARTICLE}:3: '2022-02-30' is not a date that exists" in err


def test_an_impossible_event_date_is_reported_at_its_line(built):
    err = break_and_build(built, ARTICLE, replace_in(built, ARTICLE, "- date: 2022-09-10", "- date: 2022-13-10"))
    assert f"{ARTICLE}:18: '2022-13-10' is not a date that exists" in err


def test_a_missing_required_field_is_named(built):
    err = break_and_build(built, ARTICLE, replace_in(
        built, ARTICLE, "title: \"Putin's troops abandon huge quantities of weapons fleeing Ukrainian blitz\"\n", ""))
    assert f"{ARTICLE}:2: the field 'title' is required" in err


def test_unreadable_yaml_is_reported_at_the_file_line(built):
    err = break_and_build(built, ARTICLE, replace_in(built, ARTICLE, "summary: Ukrainian", "summary: note: Ukrainian"))
    assert f"{ARTICLE}:8: unreadable YAML" in err


def test_bytes_that_are_not_utf8_are_reported_with_their_line(built):
    data = (built / ARTICLE).read_bytes().replace(b"Soldiers described", b"Soldiers \xff described")
    err = break_and_build(built, ARTICLE, data)
    assert f"{ARTICLE}:21: the file is not UTF-8 text" in err
    assert "1 error(s)" in err, "a broken article must not cascade into errors in notes that cite it"


def test_unclosed_front_matter(built):
    err = break_and_build(built, ARTICLE, "---\ntitle: A\ndate: 2022-01-01\n")
    assert f"{ARTICLE}:1: the front matter opened here is never closed" in err


def test_an_empty_file(built):
    err = break_and_build(built, ARTICLE, "")
    assert f"{ARTICLE}: the file is empty" in err


def test_a_python_tag_is_reported_and_never_run(built, tmp_path):
    marker = tmp_path / "pwned"
    text = replace_in(built, ARTICLE, "summary: Ukrainian",
                      f'extra: !!python/object/apply:os.system ["touch {marker}"]\nsummary: Ukrainian')
    err = break_and_build(built, ARTICLE, text)
    assert f"{ARTICLE}:8: the YAML tag" in err and "not allowed" in err
    assert not marker.exists()


def test_unknown_fields_are_errors_with_a_suggestion(built):
    err = break_and_build(built, ARTICLE, replace_in(built, ARTICLE, "summary:", "summery:"))
    assert f"{ARTICLE}:8: unknown field 'summery' in an article; did you mean 'summary'?" in err


def test_a_source_url_must_be_http(built):
    err = break_and_build(built, ARTICLE, replace_in(built, ARTICLE, "url: https://www.thesun", "url: javascript://www.thesun"))
    assert f"{ARTICLE}:6: the source url must be an absolute http(s) link" in err


def test_every_problem_of_a_run_is_reported_together(built):
    write(built / "content/articles/2022/04/kharkiv-shelling.md", "")
    text = replace_in(built, ARTICLE, "- speaker: marty", "- speaker: nobody")
    err = break_and_build(built, ARTICLE, text)
    assert "kharkiv-shelling.md: the file is empty" in err
    assert "unknown speaker 'nobody'" in err
    assert "2 error(s)" in err


def test_the_offending_source_line_is_shown(built):
    err = break_and_build(built, ARTICLE, replace_in(built, ARTICLE, "- speaker: marty", "- speaker: nobody"))
    assert "    12 |   - speaker: nobody" in err


def test_a_missing_site_folder_is_a_clean_message(tmp_path):
    result = run_sitegen("build", tmp_path / "nowhere")
    assert result.returncode == 1
    assert "no such folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_problems_and_writes_nothing(site):
    write(site / ARTICLE, "")
    result = run_sitegen("check", site)
    assert result.returncode == 1
    assert "the file is empty" in result.stderr
    assert not (site / "public").exists()


def test_a_note_whose_articles_is_a_number_is_a_located_problem(built):
    note = "content/notes/how-we-attribute.md"
    text = (built / note).read_text(encoding="utf-8")
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines, 1) if l.startswith("articles:"))
    lines[line - 1] = "articles: 1"
    err = break_and_build(built, note, "\n".join(lines))
    assert f"{note}:{line}: 'articles' must be a list of article slugs" in err
    assert "internal error" not in err

