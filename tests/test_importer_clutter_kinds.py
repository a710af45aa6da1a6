"""Clutter known by what a line is (sitegen.importer.clutter, .chrome): captions, credits, counters, dates,
players, prompts, each beside an article sentence of a similar shape that is kept; short made-up lines."""

import pytest

from sitegen.importer.rawtext import CLUTTER, TEXT, parse_raw

BODY = ("The regional governor said three villages had lost power after the overnight strikes on the grid.\n"
        "Repair crews were working through the day and expected to restore supplies by the evening.\n")

AFTER = ("Engineers from two other regions arrived on Tuesday to help the local teams with the damaged lines.\n"
         "The governor asked residents to save power during the hours of peak demand.\n")


def kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in parse_raw(text).paragraphs}


def kind_between_prose(line: str) -> str:
    return kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line]


@pytest.mark.parametrize("line", [
    "A lineman climbs a pylon damaged by a drone strike, amid the attacks on the grid, in Sumy, Ukraine March 3, 2024.",
    "Workers clear the rubble of a substation hit by a missile, in Sumy, Ukraine March 3, 2024",
])
def test_a_wire_caption_closing_on_place_country_and_date_is_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_dating_its_event_with_on_is_kept():
    line = "The substation in Sumy was hit again on March 3, 2024, and the crews went back to it the same night."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "3 weeks ago 1,204 Last updated: 2 hours ago",
    "Updated: 5 minutes ago",
    "Comments / 12",
    "photo caption, Olena hangs a lamp from the ceiling of the cellar to read at night.",
])
def test_relative_stamps_comment_counts_and_labelled_captions_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "3 weeks ago the grid was hit again, and 1,204 homes lost power for two days.",
    "Comments from the mayor came two hours later, after the crews had left.",
    "The photo caption under the picture in the city paper named the wrong village.",
])
def test_sentences_with_the_same_words_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_the_sentence_under_an_image_caption_label_and_the_line_above_its_source_are_the_picture():
    found = kinds("Power cut in three villages\n" + BODY + "Linemen repair a pylon near Sumy\nImage source, Example Agency\n"
                  "Image caption,\nSeveral pylons near the town have been bent by the blasts.\n" + AFTER)
    assert found["Linemen repair a pylon near Sumy"] == CLUTTER
    assert found["Several pylons near the town have been bent by the blasts."] == CLUTTER


def test_the_text_beside_an_image_label_that_quotes_someone_or_runs_on_is_kept():
    said = "“We will not leave the village,” said the mayor, who stayed with the crews."
    longer = ("Several pylons near the town were bent by the blasts. Crews from three regions worked on them for a "
              "week before the lines carried power again.")
    found = kinds("Power cut in three villages\n" + BODY + "Image caption,\n" + said + "\nImage caption,\n" + longer
                  + "\n" + AFTER)
    assert found[said] == TEXT
    assert found[longer] == TEXT


def test_a_players_label_with_a_bar_and_its_title_given_again_are_the_player():
    found = kinds("Power cut in three villages\n" + BODY + "WATCH | Lineman says the town will have power by Friday:\n"
                  "Lineman says the town will have power by Friday\n" + AFTER)
    assert found["WATCH | Lineman says the town will have power by Friday:"] == CLUTTER
    assert found["Lineman says the town will have power by Friday"] == CLUTTER


def test_a_sentence_about_watching_is_kept():
    line = "Watch crews worked through the night, the governor said, and the town had power by Friday."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Chart embed (Outages) – narrow layout",
    "For ad-free episodes of Grid Talk, sign up for Grid Talk Plus via your podcast app or at plus.example.org.",
])
def test_an_embeds_system_name_and_a_sign_up_prompt_with_its_address_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Volunteers sign up at the station each week via the charity, which sends them on to the villages.",
    "Reporters embedded with the repair crews saw the damage first hand.",
])
def test_sentences_about_signing_up_or_embedding_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_you_may_be_interested_in_header_goes_with_its_link():
    found = kinds("Power cut in three villages\n" + BODY + "May Be Interested In:The Grid Weekly: storms, pylons and "
                  "spare parts\n" + AFTER)
    assert found["May Be Interested In:The Grid Weekly: storms, pylons and spare parts"] == CLUTTER
    assert found[AFTER.split("\n")[0]] == TEXT


def test_a_source_line_naming_a_person_in_a_run_of_source_lines_is_one_of_them():
    found = kinds("Power cut in three villages\n" + BODY + "Source: Regional Energy Office\nSource: Olena Petrenko\n"
                  "Source: Example Wire\n")
    assert found["Source: Olena Petrenko"] == CLUTTER


def test_a_source_line_naming_a_person_alone_is_kept():
    found = kinds("Power cut in three villages\n" + BODY + "Source: Olena Petrenko\n" + AFTER)
    assert found["Source: Olena Petrenko"] == TEXT


def test_a_line_telling_the_reader_which_version_of_the_page_they_view_is_clutter():
    line = "You're currently viewing a lite version of this page. Open the full version with its pictures."
    assert kind_between_prose(line) == CLUTTER


def test_a_quote_about_viewing_is_kept():
    line = "“You are viewing the damage from the roof,” the engineer told us, pointing at the substation."
    assert kind_between_prose(line) == TEXT
