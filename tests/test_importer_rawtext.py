"""Raw scraped text → headline, outlet, paragraphs and clutter (sitegen.importer.rawtext)."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.importer.rawtext import CLUTTER, HEADING, TEXT, parse_raw, split_headline, split_sentences

EXCERPTS = Path(__file__).parent / "fixtures" / "raw_excerpts"


def excerpt(name: str) -> str:
    return (EXCERPTS / name).read_text(encoding="utf-8")


def kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in parse_raw(text).paragraphs}


@pytest.mark.parametrize("line, headline, outlet", [
    ("Putin's troops abandon weapons | The Sun", "Putin's troops abandon weapons", "The Sun"),
    ("Putin says peace talks are at dead end, goads the West - Reuters",
     "Putin says peace talks are at dead end, goads the West", "Reuters"),
    ("UN’s Guterres to meet Putin, Zelenskyy in peace effort - Al Jazeera English",
     "UN’s Guterres to meet Putin, Zelenskyy in peace effort", "Al Jazeera English"),
    ("Live updates: Russia's war in Ukraine | CNN", "Live updates: Russia's war in Ukraine", "CNN"),
    ("Canada promises heavy artillery for Ukraine", "Canada promises heavy artillery for Ukraine", None),
    # the person quoted, not an outlet
    ("Ukraine war: Bucha deaths 'not far short of genocide' - PM",
     "Ukraine war: Bucha deaths 'not far short of genocide' - PM", None),
    ("Russia-Ukraine war: day 55", "Russia-Ukraine war: day 55", None),
])
def test_headline_and_outlet_come_from_the_suffix(line, headline, outlet):
    assert split_headline(line) == (headline, outlet)


def test_one_paragraph_a_line_with_related_headline_lists_dropped():
    paragraphs = kinds(excerpt("sun-lines.txt"))
    for clutter in ("READ MORE ON UKRAINE WAR", "Most read in News", "Read More on The Sun",
                    "Watch ‘panicking’ Russians fall off tank before it crashes into a tree",
                    "Kate reveals poignant reaction of Louis, 4, after great-gran The Queen died",
                    "Source: Read Full Article"):
        assert paragraphs[clutter] == CLUTTER, clutter
    assert paragraphs["“Then I heard them die in real time, while I was listening,” he said."] == TEXT
    assert paragraphs["President Volodymyr Zelensky hailed Ukraine's offensive as a potential breakthrough in "
                      "the six-month-old war."] == TEXT


def test_blank_line_layout_drops_site_prompts_credits_and_captions():
    article = parse_raw(excerpt("reuters-blank-lines.txt"))
    assert article.layout == "blank-lines"
    assert article.outlet == "Reuters"
    dropped = [p.text for p in article.clutter]
    assert "Register now for FREE unlimited access to Reuters.com Register" in dropped
    assert any(t.startswith("Writing by Guy Faulconbridge") for t in dropped)
    assert any(t.startswith("Russian President Vladimir Putin chairs a meeting") for t in dropped)  # photo caption
    assert "West's economic Blitzkrieg has failed - Putin" in dropped  # teaser list
    assert all(not p.text.startswith("Register") for p in article.kept)
    assert article.kept[0].text.startswith("LONDON, April 12 (Reuters)")
    assert article.kept[0].line == 12


def test_joined_layout_splits_on_space_runs_and_decodes_entities():
    article = parse_raw(excerpt("bbc-joined.txt"))
    assert article.layout == "joined"
    texts = [p.text for p in article.kept]
    assert texts[0].startswith("Attacks on civilians by Russian forces")
    assert any(t.startswith("\"It is no wonder people are responding") for t in texts)
    # paragraphs joined with no space run: 'regime.", As part of ...'
    assert any(t.startswith("As part of its sanctions response") for t in texts)
    assert [p.text for p in article.clutter][-1].startswith("© 2022 BBC.")
    assert "The rise and fall of media mogul Robert Maxwell" in [p.text for p in article.clutter]
    assert not any("&amp;" in t for t in texts)


def test_run_on_text_is_cut_where_paragraphs_ran_together():
    article = parse_raw(excerpt("independent-run-on.txt"))
    assert article.layout == "run-on"
    texts = [p.text for p in article.kept]
    assert len(texts) >= 2
    assert "&ldquo;" not in " ".join(texts) and "“I hear a narrative" in " ".join(texts)


def test_news_api_chrome_is_dropped():
    paragraphs = kinds(excerpt("washingtonpost-no-quote-marks.txt"))
    for clutter in ("7:05 p.m. EDT", "Loading...", "Placeholder while article actions load", "ArrowRight"):
        assert paragraphs[clutter] == CLUTTER, clutter
    assert paragraphs["Firefighters work to extinguish a fire after an airstrike hit a tire shop in Lviv, Ukraine, "
                      "on April 18. (Mykola Tys/AP)"] == CLUTTER


def test_a_lone_short_line_between_paragraphs_is_a_subheading():
    text = ("Title - Outlet\n\nFirst paragraph of the story, which says something.\n\n"
            "Significant shifts in public opinion\n\nSecond paragraph of the story, which says more.\n")
    paragraphs = kinds(text)
    assert paragraphs["Significant shifts in public opinion"] == HEADING


def test_runs_of_title_lines_without_punctuation_are_a_headline_list():
    text = ("Title - Outlet\nThe story begins here and says a thing.\nMore from the desk\n"
            "Queen carried into Holyrood in front of Anne, Andrew and Edward\n"
            "Royals faced mysterious delay as they raced to be with dying Queen\n"
            "The story goes on with another sentence.\n")
    paragraphs = kinds(text)
    assert paragraphs["More from the desk"] == CLUTTER
    assert paragraphs["Royals faced mysterious delay as they raced to be with dying Queen"] == CLUTTER
    assert paragraphs["The story goes on with another sentence."] == TEXT


def test_a_line_broken_inside_a_sentence_is_joined():
    text = "Title\nMoscow sent a\ndiplomatic note\nto the State Department on Friday.\nNext paragraph.\n"
    assert [p.text for p in parse_raw(text).kept] == [
        "Moscow sent a diplomatic note to the State Department on Friday.", "Next paragraph."]


def test_dates_and_urls_stated_in_the_text_are_picked_up():
    text = ("Headline here\nApril 19 2022, 7.51pm\nUpdated: April 19 2022, 8.32pm\nBody text says so.\n"
            "Source: https://www.example.com/news/2022/04/19/story.html\n")
    article = parse_raw(text)
    assert article.dates[0] == date(2022, 4, 19)
    assert article.urls == ("https://www.example.com/news/2022/04/19/story.html",)


def test_dates_mentioned_in_the_story_are_not_the_articles_date():
    text = "Headline\nThe pipeline was started on April 9, 2010, officials said.\n"
    assert parse_raw(text).dates == ()


def test_sentences_are_not_cut_after_abbreviations():
    assert split_sentences("Mr. Biden met Gen. Milley in the U.S. capital. Then he left.") == [
        "Mr. Biden met Gen. Milley in the U.S. capital.", "Then he left."]


def test_sentences_are_not_cut_after_a_writers_initials():
    assert split_sentences("By Andrew R.C. Roe and George W. Doe. Then they left.") == [
        "By Andrew R.C. Roe and George W. Doe.", "Then they left."]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses_without_an_exception(text):
    article = parse_raw(text)
    assert all(p.kind in (TEXT, HEADING, CLUTTER) for p in article.paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Advertisement", "READ MORE", "“A quote,” he said.", "Some Title Line", "", "  ,  ", "A sentence ends here.",
    "&amp; &ldquo;x&rdquo;", "Photo: AP", "\u00a0", "2022/04/19 21:01", "- Reuters", "said:", "\"", "‘", "'"]),
    max_size=30), st.sampled_from(["\n", "\n\n", "                    , "]))
def test_any_mix_of_scraped_lines_parses(lines, joiner):
    parse_raw("Headline - Outlet\n" + joiner.join(lines))


def dropped(text: str) -> set[str]:
    return {p.text for p in parse_raw(text).paragraphs if p.kind == CLUTTER}


BODY = ("Russian drones attacked the city overnight, injuring three people, the governor said.\n\n"
        "Fires broke out across the city as a result of the attack, officials said.\n\n")


@pytest.mark.parametrize("line", [
    "Drones hit Odesa overnight",                                   # the headline again
    "Ivashkiv Olena — Tuesday, 8 October 2024, 01:17",              # byline with date and time
    "• 24780 views",                                                # counter
    "Published: Updated:",
    "Source: Meduza",                                               # a source line naming an outlet
    "Sursa: https://www.facebook.com/mvs.gov.ua",                   # ... in another language
    "Support UP or become our patron!",                             # prompts
    "Leave a Reply",
    "Читати більше",
    "Росіяни обстрілюють Одесу",                                    # a line in another script
    "A woman holds her baby inside a bus as they leave Kyiv, Ukraine, Thursday, Feb. 24, 2022.",
    "Families fleeing from eastern Ukraine in a humanitarian corridor. Photo: AFP",
    "A child holds a sign during a rally on Feb. 24, 2022. (Ben Nelms/CBC)",
    "class=”sc-97fd9fa8-0 jNFKxv”>",
])
def test_clutter_is_recognised_by_what_it_is(line):
    text = f"Drones hit Odesa overnight - The Paper\n\n{line}\n\n{BODY}"
    assert line in dropped(text)


def test_a_source_line_naming_a_person_is_kept():
    text = f"Drones hit Odesa - The Paper\n\nSource: Oleh Kiper, Head of Odesa Oblast Military Administration\n\n{BODY}"
    assert "Source: Oleh Kiper, Head of Odesa Oblast Military Administration" not in dropped(text)


def test_a_donation_appeal_is_dropped_as_a_block():
    text = ("Drones hit Odesa - The Paper\n\n" + BODY + "A Message from The Paper:\n\nDear readers,\n\n"
            "We are facing unprecedented challenges and our staff are at risk.\n\n"
            "We, the journalists of The Paper, refuse to be silenced and need your help.\n")
    assert {"Dear readers,", "We are facing unprecedented challenges and our staff are at risk."} <= dropped(text)
    assert not any(p.startswith("Russian drones") for p in dropped(text))


def test_a_teaser_after_read_also_is_dropped_and_the_text_before_it_kept():
    text = ("Strike on Kharkiv - The Paper\nIn Kharkiv, the military struck a residential sector.\n"
            "Mayor Ihor Terekhov reported this on Telegram. Read also:\nSeveral explosions occurred in Kharkiv\n"
            "“An attack on the residential sector, there are five victims,” he said in the post.\n")
    gone = dropped(text)
    assert "Several explosions occurred in Kharkiv" in gone
    assert "Mayor Ihor Terekhov reported this on Telegram." not in gone


def test_metadata_glued_to_a_paragraph_is_split_off():
    text = ("Evacuations - The Paper\n\nPublished: Nov 19, 2024 Reading time: 3 minutesFor 1,000 days, Ukraine has "
            "resisted the invasion.\n\n" + BODY)
    article = parse_raw(text)
    assert "For 1,000 days, Ukraine has resisted the invasion." in [p.text for p in article.kept]


def test_lines_of_a_block_stay_apart_when_one_is_page_furniture():
    text = ("Drones hit Odesa - The Paper\n\nEmily McGarvey\nBBC News\nWatch the moment a drone hits a building\n\n"
            + BODY)
    assert {"Emily McGarvey", "BBC News"} <= dropped(text)
    assert not any(p.startswith("Russian drones") for p in dropped(text))


def test_a_line_broken_inside_a_quote_is_joined_to_the_line_that_closes_it():
    text = ("Dozens die in strike on apartment block\n"
            "The missile hit the nine-storey building in the afternoon, rescuers said.\n"
            "“I was lying down on the couch and there was a sudden\n"
            "‘whoosh’,” Halyna Shevchuk, 72, said. She had been alone in her flat on the seventh floor.\n"
            "There is no military target nearby.\n")
    found = kinds(text)
    assert found["“I was lying down on the couch and there was a sudden ‘whoosh’,” Halyna Shevchuk, 72, said. She "
                 "had been alone in her flat on the seventh floor."] == TEXT
