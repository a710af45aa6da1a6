"""Keeping every paragraph of the article (sitegen.importer.placement): lines shaped like site clutter that
the article's own text has (a subheading, a sentence that lost its full stop, a pull quote in capitals),
each beside a line of the same shape that is clutter, on short made-up texts."""

import pytest

from sitegen.importer.rawtext import CLUTTER, TEXT, parse_raw

BODY = ("The regional governor said three villages had lost power after the overnight strikes on the grid.\n"
        "Repair crews were working through the day and expected to restore supplies by the evening.\n")

AFTER = ("Engineers from two other regions arrived on Tuesday to help the local teams with the damaged lines.\n"
         "The governor asked residents to save power during the hours of peak demand.\n")


def kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in parse_raw(text).paragraphs}


@pytest.mark.parametrize("line", [
    "The depot was only closed once before: in 1999 when the river flooded the whole of the lower town",
    "“Shelters are starting to run short of beds” in the northern districts of the region",
    "“WE DO NOT KNOW WHEN THE LIGHTS WILL EVER COME BACK ON”",
])
def test_a_line_without_its_full_stop_between_paragraphs_of_prose_is_kept(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line] != CLUTTER


@pytest.mark.parametrize("line", [
    "See also: The biggest strike on the grid this winter leaves four towns without power",
    "Residents queue with police and volunteers for water at the pumping station in the lower town",
    "[Image: grid_0042.jpg]Repair crews were lifting the cables off the road in the snow",
    "Why the grid operator gave up on small repairs and turned to whole new substations",
    "The eastern grid has suffered three winters of strikes. Here's why the repairs take so long",
])
def test_a_teaser_or_a_caption_between_paragraphs_of_prose_still_goes(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line] == CLUTTER


def test_a_title_in_a_run_of_titles_still_goes():
    line = "The depot was only closed once before when the river flooded the whole of the lower town"
    found = kinds(f"Power cut in three villages\n{BODY}{line}\nTwo more towns were left without heating after the "
                  f"strikes on the grid\n{AFTER}")
    assert found[line] == CLUTTER


@pytest.mark.parametrize("line", [
    "Olena recalls that the last bus left the village on March 3, 2023. The road was empty after that:",
    "When hundreds of engineers arrived in the town on Nov. 2, they found the grid in ruins. Crews began at once.",
])
def test_a_dated_sentence_told_by_someone_or_led_by_a_clause_is_no_caption(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line] == TEXT


@pytest.mark.parametrize("line", [
    "Olena waits for the last bus out of the village on March 3, 2023.",
    "Engineers repair a power line near Kharkiv, Ukraine, Nov. 2, 2023.",
])
def test_a_dated_present_tense_caption_still_goes(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line] == CLUTTER


@pytest.mark.parametrize("line", ["'PLEASE BRING THE LIGHTS BACK'", "“KEEP THE SHELTERS OPEN ALL NIGHT”"])
def test_a_line_in_capitals_wholly_inside_quotation_marks_is_a_pull_quote(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line] != CLUTTER


@pytest.mark.parametrize("line", ["GET THE DAILY BRIEFING IN YOUR INBOX", "'FREE' TRIAL FOR THE FIRST MONTH"])
def test_a_line_in_capitals_not_one_quotation_is_still_a_promotion(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line] == CLUTTER


def test_a_sentence_with_a_stray_markup_mark_after_its_full_stop_is_kept():
    line = "As the crews restore power in the north, residents describe nights of cold, queues and long silences.**"
    found = kinds("Power cut in three villages\n" + line + "\nPower cut in three villages**\n" + BODY + AFTER)
    assert found[line] == TEXT


def test_a_title_with_a_stray_markup_mark_and_no_full_stop_is_still_a_title():
    line = "Two more towns were left without heating after the strikes on the grid**"
    found = kinds(f"Power cut in three villages\n{BODY}{line}\nThe depot closed once before when the river flooded "
                  f"the lower town\n{AFTER}")
    assert found[line] == CLUTTER
