"""import_raw and accept_speakers: drafts, archives, proposed speakers (sitegen.importer)."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from sitegen.importer import accept_speakers, import_raw

EXCERPTS = Path(__file__).parent / "fixtures" / "raw_excerpts"
TODAY = dt.date(2024, 1, 1)
SPEAKERS_YAML = """\
# The speakers registry: keep this comment.
- id: volodymyr-zelensky
  name: Volodymyr Zelensky
  aliases: [Zelenskyy, President Zelensky]   # aligned comment kept too
- id: oleksii-reznikov
  name: Oleksii Reznikov
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "speakers.yaml").write_text(SPEAKERS_YAML, encoding="utf-8")
    return tmp_path


def raw_copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / "raw" / name
    target.parent.mkdir(exist_ok=True)
    target.write_bytes((EXCERPTS / name).read_bytes())
    return target


def front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def test_import_writes_a_draft_with_front_matter_quotes_and_body(site, tmp_path):
    raw = raw_copy(tmp_path, "sun-lines.txt")
    result = import_raw(site, raw, url="https://www.thesun.co.uk/news/19775122/", date="2022-09-11", today=TODAY)
    assert result.ok, result.problems
    assert result.article_path == site / "content/articles/2022/09" / f"{result.slug}.md"
    assert result.slug == "putins-troops-abandon-huge-quantities-of-weapons-fleeing"
    front, body = front_matter(result.article_path)
    assert front["title"].startswith("Putin's troops abandon huge quantities of weapons")
    assert front["date"] == dt.date(2022, 9, 11)
    assert front["source"] == {"outlet": "The Sun", "url": "https://www.thesun.co.uk/news/19775122/",
                               "archive": f"sources/{result.slug}.txt"}
    assert front["summary"] == "" and front["tags"] == [] and front["places"] == [] and front["draft"] is True
    assert [q["speaker"] for q in front["quotes"]] == [
        "marty", "marty", "birdie", "birdie", "birdie", "volodymyr-zelensky", "oleksii-reznikov"]
    assert front["quotes"][-1]["text"] == "It's a sign that Russia can be defeated"
    assert "READ MORE" not in body and "Most read in News" not in body and "Source: Read Full Article" not in body
    assert "totally f\\*\\*\\*\\*\\*d" in body  # Markdown-escaped, so it reads as written
    assert body.startswith("“I think it’s the beginning of the end")


def test_the_raw_text_is_archived_byte_for_byte(site, tmp_path):
    raw = tmp_path / "odd.txt"
    content = "Odd bytes here - The Outlet\r\nA line\u00a0with NBSP &amp; entities.\r\n\r\n\ufeffMore text.\n".encode()
    raw.write_bytes(content)
    result = import_raw(site, raw, url="https://example.org/a", date=dt.date(2022, 4, 1), today=TODAY)
    assert result.ok, result.problems
    assert result.archive_path == site / "content" / "sources" / f"{result.slug}.txt"
    assert result.archive_path.read_bytes() == content


def test_proposed_speakers_go_to_the_review_file_not_the_registry(site, tmp_path):
    raw = raw_copy(tmp_path, "sun-lines.txt")
    result = import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    assert [p["id"] for p in result.proposed_speakers] == ["marty", "birdie"]
    assert (site / "content" / "speakers.yaml").read_text(encoding="utf-8") == SPEAKERS_YAML
    proposed = yaml.safe_load((site / "content" / "speakers.proposed.yaml").read_text(encoding="utf-8"))
    assert proposed == [
        {"id": "marty", "name": "Marty", "role": "Ukrainian soldier", "anonymous": True},
        {"id": "birdie", "name": "Birdie", "role": "soldier", "anonymous": True},
    ]
    # a second import reuses what is proposed instead of proposing it again, and appends
    again = import_raw(site, raw, url="https://example.org/b", date="2022-09-11", today=TODAY)
    assert again.proposed_speakers == ()
    front, _ = front_matter(again.article_path)
    assert front["quotes"][0]["speaker"] == "marty"


def test_nothing_is_overwritten_a_taken_slug_gets_a_number(site, tmp_path):
    raw = raw_copy(tmp_path, "sun-lines.txt")
    first = import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    edited = first.article_path.read_text(encoding="utf-8") + "\nThe editor's own words.\n"
    first.article_path.write_text(edited, encoding="utf-8")
    second = import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    assert second.ok
    assert second.slug == first.slug + "-2"
    assert first.article_path.read_text(encoding="utf-8") == edited
    # a slug used by an article in another month, or by an archived source alone, is taken too
    (site / "content" / "sources" / (first.slug + "-3.txt")).write_text("kept", encoding="utf-8")
    third = import_raw(site, raw, url="https://example.org/a", date="2023-01-05", today=TODAY)
    assert third.slug == first.slug + "-4"
    assert (site / "content" / "sources" / (first.slug + "-3.txt")).read_text(encoding="utf-8") == "kept"


def test_missing_date_url_and_outlet_are_reported_naming_the_file(site, tmp_path):
    raw = raw_copy(tmp_path, "washingtonpost-no-quote-marks.txt")
    result = import_raw(site, raw, today=TODAY)
    assert not result.ok
    messages = [str(p) for p in result.problems]
    assert all(m.startswith(str(raw) + ": ") for m in messages)
    assert any("no date" in m for m in messages)
    assert any("no outlet" in m for m in messages)
    assert any("no source URL" in m for m in messages)
    assert result.article_path is None
    assert not (site / "content" / "articles").exists() and not (site / "content" / "sources").exists()


def test_options_are_used_and_the_text_fills_in_what_it_states(site, tmp_path):
    raw = tmp_path / "stated.txt"
    raw.write_text("Russia mounts attacks in the east - Reuters\nApril 19 2022, 7.51pm\n"
                   "“We will fight to the end here in the east,” Zelensky said.\n"
                   "Source: https://www.reuters.com/world/europe/story-2022-04-19/\n", encoding="utf-8")
    result = import_raw(site, raw, today=TODAY)
    assert result.ok, result.problems
    assert (result.outlet, result.url, result.date) == (
        "Reuters", "https://www.reuters.com/world/europe/story-2022-04-19/", dt.date(2022, 4, 19))
    front, body = front_matter(result.article_path)
    assert front["quotes"] == [{"speaker": "volodymyr-zelensky", "text": "We will fight to the end here in the east"}]
    assert "Source:" not in body and "7.51pm" not in body
    override = import_raw(site, raw, outlet="Reuters Wire", url="https://example.org/x", date="2022-04-20",
                          today=TODAY)
    assert (override.outlet, override.url, override.date) == ("Reuters Wire", "https://example.org/x",
                                                              dt.date(2022, 4, 20))


def test_a_date_in_the_future_or_not_a_date_is_refused(site, tmp_path):
    raw = raw_copy(tmp_path, "sun-lines.txt")
    assert "after today" in str(import_raw(site, raw, url="https://e.org", date="2030-01-01", today=TODAY).problems[0])
    assert "YYYY-MM-DD" in str(import_raw(site, raw, url="https://e.org", date="11/09/2022", today=TODAY).problems[0])


def test_unreadable_or_non_utf8_raw_text_is_a_problem_value(site, tmp_path):
    missing = import_raw(site, tmp_path / "nope.txt", today=TODAY)
    assert "cannot read" in str(missing.problems[0])
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 - Outlet\nBody.\n".encode("latin-1"))
    assert "not UTF-8" in str(import_raw(site, latin, today=TODAY).problems[0])


def test_unnamed_sources_are_left_as_comments_for_the_editor(site, tmp_path):
    raw = tmp_path / "unnamed.txt"
    raw.write_text("Officials weigh options - The Paper\n"
                   "“We will be very live to the possibility that Russia may try something,” the official said.\n",
                   encoding="utf-8")
    result = import_raw(site, raw, url="https://example.org/u", date="2022-04-01", today=TODAY)
    text = result.article_path.read_text(encoding="utf-8")
    front, _ = front_matter(result.article_path)
    assert front["quotes"] == []
    assert "#   official: We will be very live to the possibility" in text


def test_cyrillic_headline_slug_is_romanized_with_the_national_system(site, tmp_path):
    raw = tmp_path / "uk.txt"
    raw.write_text("Резніков: Запоріжжя вистоїть - Укрінформ\n“Ми вистоїмо,” сказав він.\n", encoding="utf-8")
    result = import_raw(site, raw, url="https://example.org/uk", date="2022-04-01", today=TODAY)
    assert result.slug == "reznikov-zaporizhzhia-vystoit"


def test_accept_speakers_appends_to_the_registry_and_keeps_its_text(site, tmp_path):
    raw = raw_copy(tmp_path, "sun-lines.txt")
    import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    result = accept_speakers(site)
    assert result.ok and result.accepted == ("marty", "birdie")
    registry = (site / "content" / "speakers.yaml").read_text(encoding="utf-8")
    assert registry.startswith(SPEAKERS_YAML)
    assert [e["id"] for e in yaml.safe_load(registry)] == [
        "volodymyr-zelensky", "oleksii-reznikov", "marty", "birdie"]
    assert yaml.safe_load((site / "content" / "speakers.proposed.yaml").read_text(encoding="utf-8")) is None
    assert accept_speakers(site).accepted == ()  # nothing left to accept


def test_accept_speakers_leaves_bad_or_clashing_entries_for_review(site):
    (site / "content" / "speakers.proposed.yaml").write_text(
        "- id: oleksii-reznikov\n  name: Oleksii Reznikov\n- id: Not A Slug\n  name: X\n"
        "- id: jens-stoltenberg\n  name: Jens Stoltenberg\n", encoding="utf-8")
    result = accept_speakers(site)
    assert result.accepted == ("jens-stoltenberg",)
    assert len(result.problems) == 2 and all("speakers.proposed.yaml" in str(p) for p in result.problems)
    left = yaml.safe_load((site / "content" / "speakers.proposed.yaml").read_text(encoding="utf-8"))
    assert [e["id"] for e in left] == ["oleksii-reznikov", "Not A Slug"]


def test_a_broken_registry_is_reported_not_overwritten(site, tmp_path):
    (site / "content" / "speakers.yaml").write_text("- id: a\n  name: [unclosed\n", encoding="utf-8")
    raw = raw_copy(tmp_path, "sun-lines.txt")
    result = import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    assert not result.ok and "speakers.yaml" in str(result.problems[0])
    (site / "content" / "speakers.proposed.yaml").write_text("- id: b\n  name: B\n", encoding="utf-8")
    assert not accept_speakers(site).ok
    assert (site / "content" / "speakers.yaml").read_text(encoding="utf-8") == "- id: a\n  name: [unclosed\n"


def test_a_speaker_whose_name_has_no_latin_letters_is_matched_not_a_crash(site, tmp_path):
    (site / "content" / "speakers.yaml").write_text(
        SPEAKERS_YAML + "- id: olena-zelenska\n  name: Олена Зеленська\n  aliases: [Olena Zelenska]\n",
        encoding="utf-8")
    raw = tmp_path / "first-lady.txt"
    raw.write_text("First lady speaks - The Paper\n"
                   "“We will rebuild every school that was destroyed,” Olena Zelenska said.\n"
                   "«Ми відбудуємо кожну школу», — сказала Олена Зеленська.\n", encoding="utf-8")
    result = import_raw(site, raw, url="https://example.org/z", date="2022-04-01", today=TODAY)
    assert result.ok, result.problems
    front, _ = front_matter(result.article_path)
    assert [q["speaker"] for q in front["quotes"]] == ["olena-zelenska"]


@pytest.mark.parametrize("entry, where", [
    ("- id: a\n  name: 5\n  aliases: [~, 3]\n", ":3"),
    ("- id: a\n  name: [A, B]\n", ":2"),
    ("- id: a\n  name: Anna Smith\n  aliases: {x: 1}\n", ":3"),
    ("- just a string\n", ":1"),
    ("- id: a\n", ":1"),
])
def test_odd_registry_entries_end_in_a_located_message(site, tmp_path, entry, where):
    (site / "content" / "speakers.yaml").write_text(entry, encoding="utf-8")
    raw = raw_copy(tmp_path, "sun-lines.txt")
    result = import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    assert not result.ok
    assert any(f"speakers.yaml{where}:" in str(p) for p in result.problems), result.problems
    assert result.article_path is None


@pytest.mark.parametrize("entry", [
    "- id: a\n  name: Anna Smith\n  aliases: []\n",
    "- id: a\n  name: Anna Smith\n  aliases:\n",
    "- id: x\n  name: X\n",
    "- id: li-ming\n  name: 李明\n",
    "- id: a\n  name: Anna Smith\n  aliases: Smith\n",
])
def test_unusual_but_valid_registry_entries_import_normally(site, tmp_path, entry):
    (site / "content" / "speakers.yaml").write_text(entry, encoding="utf-8")
    raw = raw_copy(tmp_path, "sun-lines.txt")
    result = import_raw(site, raw, url="https://example.org/a", date="2022-09-11", today=TODAY)
    assert result.ok, result.problems
    assert len(result.quotes) == 7


def test_accept_speakers_keeps_odd_review_entries_for_review(site):
    (site / "content" / "speakers.proposed.yaml").write_text(
        "- just text\n- id: x\n  name: [1, 2]\n- id: jens-stoltenberg\n  name: Jens Stoltenberg\n", encoding="utf-8")
    result = accept_speakers(site)
    assert result.accepted == ("jens-stoltenberg",) and len(result.problems) == 2
    left = yaml.safe_load((site / "content" / "speakers.proposed.yaml").read_text(encoding="utf-8"))
    assert left == ["just text", {"id": "x", "name": [1, 2]}]


def test_whom_the_words_were_given_to_is_kept_as_the_quote_context(site, tmp_path):
    raw = tmp_path / "told.txt"
    raw.write_text("Soldiers head to the front - The Paper\n"
                   "A Ukrainian soldier, codenamed Flash, waited by the road.\n"
                   "“We are now preparing to enter the city,” Flash told Anadolu.\n", encoding="utf-8")
    result = import_raw(site, raw, url="https://example.org/t", date="2023-04-01", today=TODAY)
    front, _ = front_matter(result.article_path)
    assert front["quotes"] == [{"speaker": "flash", "text": "We are now preparing to enter the city",
                                "context": "told Anadolu"}]
