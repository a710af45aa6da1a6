"""Curation tools: quote integrity, import from the command line, scaffolding."""

import datetime as dt

from conftest import html, run_sitegen, write
from sitegen.load.quotecheck import closest_passage, normalize, quote_in_source

SOURCE = ('“I think it’s the beginning of the end for Russian occupants,” a 25-year-old Ukrainian soldier '
          'named Marty told the Telegraph.\n"It\'s a sign that Russia can be defeated," he said.\n'
          '“They left a huge amount of vehicles and ammunition. We couldn’t transfer it.\n'
          '“There were a lot of uniforms lying around.”')


def found(quote: str) -> bool:
    return quote_in_source(quote, normalize(SOURCE))


def test_a_quote_is_found_verbatim():
    assert found("I think it’s the beginning of the end for Russian occupants")


def test_straight_and_typographic_apostrophes_and_marks_are_the_same():
    assert found("I think it's the beginning of the end for Russian occupants")
    assert found("It’s a sign that Russia can be defeated")


def test_whitespace_and_line_breaks_do_not_matter():
    assert found("I think it’s the beginning\n  of the end   for Russian occupants")


def test_a_closing_comma_where_the_source_runs_on_is_tolerated():
    assert found("It's a sign that Russia can be defeated.")
    assert found("It's a sign that Russia can be defeated,")


def test_a_quotation_over_several_paragraphs_is_found():
    assert found("We couldn’t transfer it. There were a lot of uniforms lying around.")


def test_nothing_else_is_tolerated():
    assert not found("I think it is the beginning of the end for Russian occupants")  # a changed word
    assert not found("It's a sign that Russia can be defeated!")  # other punctuation
    assert not found("I think it’s the beginning of the end for the Russian occupants")


def test_the_closest_passage_shows_what_differs():
    closest = closest_passage("I think it is the beginning of the end for Russian occupants", normalize(SOURCE))
    assert "beginning of the end for Russian occupants" in closest


ARTICLE = "content/articles/2022/09/izium-troops-abandon-weapons.md"


def test_a_quote_missing_from_its_archive_is_a_warning_with_the_closest_passage(site):
    text = (site / ARTICLE).read_text().replace("for Russian occupants", "for the occupiers")
    write(site / ARTICLE, text)
    result = run_sitegen("check", site)
    assert result.returncode == 0
    assert (f"{ARTICLE}:12: warning: quote by marty not found in the archived source "
            "(content/sources/izium-troops-abandon-weapons.txt); closest passage: \"I think it's the "
            "beginning of the end for Russian occupants,\"\n") in result.stderr  # its own quote marks, once
    strict = run_sitegen("check", site, "--strict")
    assert strict.returncode == 1
    assert run_sitegen("build", site, "--strict").returncode == 1


def test_changing_the_archive_rechecks_the_quotes(site):
    assert "quote by marty not found" not in run_sitegen("build", site).stderr
    archive = site / "content/sources/izium-troops-abandon-weapons.txt"
    write(archive, archive.read_text().replace("Russian occupants", "the occupants"))
    result = run_sitegen("build", site)
    assert "quote by marty not found" in result.stderr


def test_quotes_found_in_their_archive_are_marked_checked(site):
    assert run_sitegen("build", site).returncode == 0
    for page in ("articles/izium-troops-abandon-weapons/index.html", "speakers/marty/index.html"):
        doc = html(site / "public" / page)
        assert doc.xpath("//figure[contains(@class,'quote')]//*[contains(@class,'checked')]"), page


def test_import_writes_a_draft_and_archives_the_raw_text(site, tmp_path):
    raw = write(tmp_path / "raw.txt", "Ukraine says offensive went better than expected | The Sun\n"
                "Ukraine's offensive went well, officials said.\n"
                "\"It's a sign that Russia can be defeated,\" said Defence minister Oleksii Reznikov.\n"
                "READ MORE ON UKRAINE WAR\nSource: Read Full Article\n")
    result = run_sitegen("import", raw, "--site", site, "--date", "2022-09-12", "--url", "https://www.thesun.co.uk/x/")
    assert result.returncode == 0, result.stderr
    drafts = list((site / "content/articles/2022/09").glob("ukraine-says*.md"))
    assert len(drafts) == 1
    text = drafts[0].read_text()
    assert "draft: true" in text and "speaker: oleksii-reznikov" in text
    assert "READ MORE" not in text
    archives = list((site / "content/sources").glob("ukraine-says*.txt"))
    assert archives[0].read_bytes() == raw.read_bytes()
    build = run_sitegen("build", site)
    assert build.returncode == 0
    assert not list((site / "public").rglob("ukraine-says*")), "a draft is not published"
    assert not any(p.suffix == ".txt" and "sources" in p.parts for p in (site / "public").rglob("*"))


def test_import_without_a_date_names_what_is_missing(site, tmp_path):
    raw = write(tmp_path / "raw.txt", "A headline | The Sun\nA paragraph.\n")
    result = run_sitegen("import", raw, "--site", site)
    assert result.returncode == 1
    assert "raw.txt" in result.stderr and "date" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_article_note_and_speaker_make_valid_skeletons(site):
    result = run_sitegen("new", "article", "Shelling in Запоріжжя", "--site", site)
    assert result.returncode == 0, result.stderr
    today = dt.date.today()
    path = site / f"content/articles/{today:%Y}/{today:%m}/shelling-in-zaporizhzhia.md"
    assert path.is_file() and "draft: true" in path.read_text()
    again = run_sitegen("new", "article", "Shelling in Запоріжжя", "--site", site)
    assert (path.parent / "shelling-in-zaporizhzhia-2.md").is_file(), again.stdout
    assert run_sitegen("new", "note", "On corridors", "--site", site).returncode == 0
    assert (site / "content/notes/on-corridors.md").is_file()
    before = (site / "content/speakers.yaml").read_text()
    assert run_sitegen("new", "speaker", "Marty", "--site", site).returncode == 0
    after = (site / "content/speakers.yaml").read_text()
    assert after.startswith(before) and "id: marty-2" in after
    check = run_sitegen("check", site, "--drafts")
    assert check.returncode == 0, check.stderr


def test_a_speaker_added_twice_under_one_name_gets_a_warning(site):
    first = run_sitegen("new", "speaker", "Jane Doe", "--site", site)
    assert first.returncode == 0 and "warning" not in first.stderr
    second = run_sitegen("new", "speaker", "jane  DOE", "--site", site)
    assert second.returncode == 0
    assert "added speaker 'jane-doe-2'" in second.stdout
    assert ("warning: content/speakers.yaml already has a speaker named 'jane  DOE' (jane-doe); if it is the "
            "same person, remove the new entry and use that id") in second.stderr


def test_an_unclosed_quote_in_a_new_article_names_the_line_where_it_starts(site):
    made = run_sitegen("new", "article", "Shelling", "--site", site)
    path = next((site / "content/articles").rglob("shelling.md"))
    lines = path.read_text().split("\n")
    lines[1] = 'title: "Shelling'  # the closing quote forgotten
    path.write_text("\n".join(lines))
    result = run_sitegen("check", site, "--drafts")
    assert result.returncode == 1, made.stdout
    assert "the quoted value that starts on line 2" in result.stderr, result.stderr


def test_the_closest_passage_is_cut_between_words():
    source = normalize("He said the offensive was going better than expected across the whole front " * 5)
    closest = closest_passage("the offensive was going much better than anyone had expected across the entire "
                              "front line and beyond the river " * 3, source, limit=50)
    assert closest.endswith("…") and len(closest) <= 50
    shown = closest[:-1]
    after = source[source.index(shown) + len(shown):]
    assert after.startswith(" "), (shown, after[:20])  # whole words of the source, not a word cut in two


def test_new_site_builds(tmp_path):
    assert run_sitegen("new", "site", tmp_path / "fresh").returncode == 0
    result = run_sitegen("build", tmp_path / "fresh")
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert (tmp_path / "fresh/public/index.html").is_file()
    assert run_sitegen("new", "site", tmp_path / "fresh").returncode == 1  # never overwrites
