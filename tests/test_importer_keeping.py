"""Keeping every paragraph of the article (sitegen.importer.placement): lines shaped like site clutter that
the article's own text has (a subheading, a sentence that lost its full stop, a pull quote in capitals),
each beside a line of the same shape that is clutter, on short made-up texts."""

import pytest

from sitegen.importer.quotes import find_quotes
from importer_texts import AFTER, BODY, kind_between_prose, kinds
from sitegen.importer.rawtext import CLUTTER, TEXT


@pytest.mark.parametrize("line", [
    "The depot was only closed once before: in 1999 when the river flooded the whole of the lower town",
    "“Shelters are starting to run short of beds” in the northern districts of the region",
    "“WE DO NOT KNOW WHEN THE LIGHTS WILL EVER COME BACK ON”",
])
def test_a_line_without_its_full_stop_between_paragraphs_of_prose_is_kept(line):
    assert kind_between_prose(line) != CLUTTER


@pytest.mark.parametrize("line", [
    "See also: The biggest strike on the grid this winter leaves four towns without power",
    "Residents queue with police and volunteers for water at the pumping station in the lower town",
    "[Image: grid_0042.jpg]Repair crews were lifting the cables off the road in the snow",
    "Why the grid operator gave up on small repairs and turned to whole new substations",
    "The eastern grid has suffered three winters of strikes. Here's why the repairs take so long",
])
def test_a_teaser_or_a_caption_between_paragraphs_of_prose_still_goes(line):
    assert kind_between_prose(line) == CLUTTER


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
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Olena waits for the last bus out of the village on March 3, 2023.",
    "Engineers repair a power line near Kharkiv, Ukraine, Nov. 2, 2023.",
])
def test_a_dated_present_tense_caption_still_goes(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", ["'PLEASE BRING THE LIGHTS BACK'", "“KEEP THE SHELTERS OPEN ALL NIGHT”"])
def test_a_line_in_capitals_wholly_inside_quotation_marks_is_a_pull_quote(line):
    assert kind_between_prose(line) != CLUTTER


@pytest.mark.parametrize("line", ["GET THE DAILY BRIEFING IN YOUR INBOX", "'FREE' TRIAL FOR THE FIRST MONTH"])
def test_a_line_in_capitals_not_one_quotation_is_still_a_promotion(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_with_a_stray_markup_mark_after_its_full_stop_is_kept():
    line = "As the crews restore power in the north, residents describe nights of cold, queues and long silences.**"
    found = kinds("Power cut in three villages\n" + line + "\nPower cut in three villages**\n" + BODY + AFTER)
    assert found[line] == TEXT


def test_a_title_with_a_stray_markup_mark_and_no_full_stop_is_still_a_title():
    line = "Two more towns were left without heating after the strikes on the grid**"
    found = kinds(f"Power cut in three villages\n{BODY}{line}\nThe depot closed once before when the river flooded "
                  f"the lower town\n{AFTER}")
    assert found[line] == CLUTTER


def test_the_standfirst_under_the_headline_is_kept_even_when_it_reads_like_a_title():
    found = kinds("Power cut in three villages\nSubway stations are being used as shelters amid the shelling and "
                  "the street fighting\nYour support helps us to tell the story\n" + BODY)
    assert found["Subway stations are being used as shelters amid the shelling and the street fighting"] == TEXT
    found = kinds("Power cut in three villages\nPower cut in three villages\n- The call for evacuations came as "
                  "officials said the grid could fail again within days in the region\nTopic | Energy\n")
    assert found["- The call for evacuations came as officials said the grid could fail again within days in the "
                 "region"] == TEXT


def test_a_title_line_whose_names_the_next_paragraph_takes_up_is_a_subheading():
    found = kinds("Power cut\n\n" + BODY.replace("\n", "\n\n") +
                  "Grid War: Russian drones apparently target Sumy Oblast substations again\n\n"
                  "In its daily briefing the Sumy Oblast administration said Russian drones hit two substations.\n\n"
                  "Compact – The most important news about the war in one place\n\n"
                  "The briefing did not say when the power would return to the villages.\n")
    assert found["Grid War: Russian drones apparently target Sumy Oblast substations again"] == TEXT
    assert found["Compact – The most important news about the war in one place"] == CLUTTER


def test_an_interview_question_beside_an_advertisement_is_kept():
    found = kinds("Interview\n\nWhere are you serving now?\n\nI have been in the east since the summer, with a "
                  "brigade holding a long stretch of the line.\n\nWhat is the situation at the front now?\n\n"
                  "Advertisement\n\nIt has been stable since the new year, and there is no looming catastrophe.\n")
    assert found["What is the situation at the front now?"] == TEXT


def test_the_items_of_a_list_the_text_introduces_are_kept():
    found = kinds("Ceasefire talks\nThe two sides met in Istanbul on Friday and agreed on first steps after five "
                  "hours of talks.\nThe agreement includes:\n- a ceasefire along the entire front line starting next "
                  "Monday\n- the exchange of all prisoners of war within the next two weeks\nThe talks will resume "
                  "next week, officials said.\n")
    assert found["- a ceasefire along the entire front line starting next Monday"] == TEXT
    assert found["- the exchange of all prisoners of war within the next two weeks"] == TEXT


def test_the_items_of_a_list_a_longer_paragraph_introduces_with_its_last_sentence_are_kept():
    items = ["A family we know has been hosting six refugees in addition to their own family of six",
             "The university has been housing families of students in its dormitories",
             "A group of Ukrainian churches has set up an informal system of distributing goods"]
    found = kinds("Ukraine update\n\nWe drove to Lviv overnight and dropped off the food, clothing and medical "
                  "supplies at three different places.\nWe were told that our visit was encouraging. However, we must "
                  "take this opportunity to highlight the work of the local churches in Poland and Ukraine:\n"
                  + "\n".join(items) + "\nChurches in Poland have shuttled people across the border and hosted "
                  "refugees in their homes.\n")
    assert [found[item] for item in items] == [TEXT] * 3


def test_a_question_answered_past_a_caption_is_kept():
    found = kinds("Interview with a medic\n\nHow long have you been at the front?\n\nA medic tends to a wounded "
                  "soldier near Bakhmut, Ukraine, Monday, May 22, 2023.\n\nSince the first week of the war. I joined "
                  "the battalion as a volunteer and stayed.\n")
    assert found["How long have you been at the front?"] == TEXT


def test_a_subheading_above_the_text_the_scraper_cut_is_kept():
    found = kinds("Kherson after the occupation\n\n" + BODY.replace("\n", "\n\n") + "Mistreatment, hunger\n\n"
                  "Galak, a resident of a small village in the middle of an agricultural plain t\n")
    assert found["Mistreatment, hunger"] != CLUTTER


def test_paragraphs_led_by_a_short_spoken_sentence_are_no_sidebar():
    answers = ["Yes. We held the line for three days without any rest at all.",
               "Well. Nobody came to help us during the whole of that week.",
               "He was 21. He had joined the army straight after school."]
    found = kinds("Interview\n" + "\n".join(answers) + "\n")
    assert all(found[a] == TEXT for a in answers)
    labels = ["How it all began. The conflict has simmered since the first clashes in the spring.",
              "Failed diplomatic efforts. The sides met four times without any result.",
              "What is next? The talks are due to resume in the autumn in Geneva."]
    found = kinds("Explainer\n" + BODY + "\n".join(labels) + "\n")
    assert all(found[label] == CLUTTER for label in labels)


def test_a_title_whose_words_the_next_paragraph_takes_up_heads_it_past_a_time_stamp():
    text = ("Live: the war in Ukraine\n\nThe tension reached new levels as the invasion began in February this year.\n\n"
            "Hundreds of troops evacuated from the Mariupol steel plant\n\nTuesday, May 17\n\n"
            "Hundreds of fighters who were trapped in the Mariupol steel plant have been evacuated, officials said.\n\n"
            "The bird-shaped obsession that drives a famous sports photographer\n\n"
            "The week in politics: a fiasco shows the leader he won't get everything\n\n"
            "Repair crews were working through the day and expected to restore supplies by the evening.\n")
    found = kinds(text)
    assert found["Hundreds of troops evacuated from the Mariupol steel plant"] != CLUTTER
    assert found["The bird-shaped obsession that drives a famous sports photographer"] == CLUTTER  # a run of titles
    assert found["The week in politics: a fiasco shows the leader he won't get everything"] == CLUTTER


def test_a_live_blog_post_title_led_by_its_clock_time_is_kept():
    text = ("Live updates: the war, day 28\n\nThe European Commission believes Russia is attacking food reserves "
            "to create a famine in the country.\n\n11:25 p.m. Zelensky reveals his favourite world leader to talk to\n\n"
            "8:40 p.m. The United States imposes more sanctions against Russia\n\n"
            "The United States confirmed on Thursday a new package of sanctions in coordination with its allies.\n")
    found = kinds(text)
    assert found["11:25 p.m. Zelensky reveals his favourite world leader to talk to"] != CLUTTER
    assert found["8:40 p.m. The United States imposes more sanctions against Russia"] != CLUTTER


def test_a_long_paragraph_that_shares_the_headlines_words_is_kept():
    line = ("Russian troops in the morning caused a massive blow to the community, there were fires, reports the "
            "head of the regional military administration. The enemy drones hit several villages and the rescuers "
            "went to the scene, where they started eliminating the consequences of the strikes on the community and "
            "its people without")
    found = kinds(f"Russian troops struck a massive blow to the community\n\n{line}\n\n{BODY}")
    assert found[line] == TEXT


def test_three_sentences_of_prose_stay_whatever_stands_around_them():
    text = ("Aid for the families\n\nOur church helps refugee families who arrive from the south.\n\n"
            "Every Day in Ukraine\n\n"
            "May 6: Mom Olena with her 11-year-old son Matvii came from Mykolaiv. They are great friends. Together "
            "they are waiting for their dad, who defends his country. Food: $24\n\n"
            "Give to the families\n\nShare this page\n")
    assert kinds(text)["May 6: Mom Olena with her 11-year-old son Matvii came from Mykolaiv. They are great "
                       "friends. Together they are waiting for their dad, who defends his country. Food: $24"] == TEXT


def test_a_quote_signed_with_a_dash_is_the_articles_and_its_signer_speaks():
    quote = ("\"We need to gather courage and continue to work, and greet refugee families with a smile\". "
             "-Olha Balan")
    text = ("Aid for the families\n\nOur church helps refugee families who arrive from the south.\n\n"
            "Every Day in Ukraine\n\n" + quote + "\n\nGive to the families\n\nShare this page\n")
    assert kinds(text)[quote] == TEXT
    found = find_quotes([quote])
    assert [q.speaker.label for q in found] == ["Olha Balan"]


def test_a_marked_list_of_the_articles_own_points_stays():
    items = ["• Three villages lost power for a day after the strikes.",
             "• How long can the grid hold out against the winter?",
             "• Engineers from two other regions arrived on Tuesday to help the local teams, who had worked for "
             "three days without rest, repair the lines that the strikes brought down in the villages."]
    found = kinds("Strikes on the grid\n" + BODY + "\n".join(items) + "\n" + AFTER)
    assert all(found[item] == TEXT for item in items)
    title = "• Drones hit two substations in the north of the region again overnight"
    found = kinds("Strikes on the grid\n" + BODY + "\n".join([title] + items[2:]) + "\n" + AFTER)
    assert found[items[2]] == TEXT  # a long item is the article's whatever stands beside it


def test_a_sentence_under_a_read_more_label_stays():
    line = "The governor said the lights would be back in every village by the evening."
    found = kinds("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + "Read more\n\n" + line + "\n\n" +
                  AFTER.replace("\n", "\n\n"))
    assert found[line] == TEXT


def test_a_first_sentence_with_its_date_glued_before_it_is_the_articles_lead():
    headline = "Recruitment officers keep stopping cars in the capital"
    teaser = "‘A song for the dog’: comedians from the show landed in a new scandal after the New Year broadcast"
    lead = f"March 3, 2024{headline}."
    found = kinds(f"{headline}\n{teaser}\nMarch 3, 2024\n{lead}\nLocal channels report on this.\n{BODY}")
    assert found[lead] == TEXT
    assert found[teaser] == CLUTTER  # above the dated lead: the page's head, no standfirst
    found = kinds(f"{headline}\n{headline}.\nLocal channels report on this.\n{BODY}")
    assert found[f"{headline}."] == CLUTTER  # without its date, the headline given again


def test_a_title_after_one_piece_of_furniture_inside_the_text_is_a_subheading():
    caption = "Olena Roe and her neighbour met with our reporter to talk about the help the town gives them"
    text = ("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + caption + "\n\nRecord donations in March\n\n" +
            AFTER.replace("\n", "\n\n"))
    found = kinds(text)
    assert found[caption] == CLUTTER and found["Record donations in March"] != CLUTTER
    teasers = text.replace(caption, caption + "\n\nMost popular")
    assert kinds(teasers)["Record donations in March"] == CLUTTER  # after two pieces: one of a run


def test_a_short_title_above_the_text_that_takes_up_its_words_is_kept():
    text = ("Live: strikes on the grid, day 300\n\nSumy region substations hit – reports\n\n"
            "Russian drones reportedly hit two substations in the Sumy region overnight, officials said.\n\n" + BODY)
    assert kinds(text)["Sumy region substations hit – reports"] != CLUTTER
    label = "Live: strikes on the grid, day 300\n\nRegional news\n\nRegional officials said drones hit the grid again.\n"
    assert kinds(label)["Regional news"] == CLUTTER  # a section's label


def test_with_no_running_line_on_the_page_there_is_no_footer():
    only = ("This live blog is closed, you can find our latest coverage here Crews restored power to three "
            "villages overnight after the strikes on the grid. Officials said more repairs would follow.")
    found = kinds("Strikes on the grid\n\n" + only + "\n\nPost a Comment\n\nPrevious Post Next Post\n")
    assert found[only] == TEXT and found["Post a Comment"] == CLUTTER


def test_the_post_the_text_quotes_over_two_paragraphs_is_kept_above_its_signature():
    found = kinds("Power cut in three villages\n" + BODY + 'On the platform the mayor wrote,"Day 100 without light. '
                  "We are still here.\nThank you to every crew that came to help us. We will rebuild the lines.\"\n"
                  "— Example Mayor (@examplemayor) July 8, 2023\n" + AFTER)
    assert found["Thank you to every crew that came to help us. We will rebuild the lines.\""] == TEXT


def test_an_embedded_post_the_text_does_not_quote_still_goes():
    found = kinds("Power cut in three villages\n" + BODY + "The mayor thanked the crews on the platform.\n"
                  "Thank you to every crew that came to help us. We will rebuild the lines.\n"
                  "— Example Mayor (@examplemayor) July 8, 2023\n" + AFTER)
    assert found["Thank you to every crew that came to help us. We will rebuild the lines."] == CLUTTER


def test_a_post_title_under_the_posts_controls_is_kept():
    found = kinds("Power cut in three villages\n" + BODY + "Share\nKey events\nWhere the repairs stand tonight\n"
                  "Crews have restored power to two of the three villages, and the third should follow by morning.\n")
    assert found["Where the repairs stand tonight"] != CLUTTER


def test_a_name_or_a_title_after_a_list_of_other_stories_under_controls_still_goes():
    found = kinds("Power cut in three villages\n" + BODY + "3 hours ago\nOlena Petrenko\n"
                  "Crews have restored power to two of the three villages, and the third should follow by morning.\n")
    assert found["Olena Petrenko"] == CLUTTER


def test_a_standfirst_under_the_headline_or_its_repeat_over_the_body_is_kept():
    under_repeat = kinds("Volunteers for the front – ABC\n\nVolunteers for the front\n\n"
                         "Russian men on the street join the fight in the east\n\n" + BODY + AFTER)
    over_label = kinds("At the front you see things differently: an interview with a conscript\n"
                       "How do conscripts feel about the war, their enemy and civilian life?\nRT\n" + BODY + AFTER)
    assert under_repeat["Russian men on the street join the fight in the east"] == TEXT
    assert over_label["How do conscripts feel about the war, their enemy and civilian life?"] == TEXT


def test_the_last_of_a_run_of_summary_lines_over_the_body_still_goes():
    found = kinds("Talks at a dead end, says the minister - Example\nThe minister chairs a meeting via a video link at a "
                  "residence outside the capital, April 5, 2022. Example/Photo\n\nSummary Talks hit a dead end - "
                  "minister\n\nEconomic blitz has failed - minister\n\nThe army will achieve its noble aims - minister\n\n"
                  + BODY + AFTER)
    assert found["The army will achieve its noble aims - minister"] == CLUTTER


def test_a_standfirst_retelling_the_headline_as_a_sentence_is_kept():
    found = kinds("Brave bomb squad dog helps disposal experts in Ukraine clean up Russian landmines\n\n"
                  "A brave bomb squad dog is helping disposal experts clean up Russian landmines in Ukraine.\n\n"
                  + BODY + AFTER)
    assert found["A brave bomb squad dog is helping disposal experts clean up Russian landmines in Ukraine."] == TEXT


def test_a_sentence_telling_what_someone_did_on_a_website_is_no_prompt():
    assert kind_between_prose("Ten days ago, he posted an offer for that room on the site ukrainetakeshelter.com.") == TEXT
    assert kind_between_prose("Find more offers like this one on ukrainetakeshelter.com") == CLUTTER


def test_a_title_cased_subheading_whose_words_the_next_paragraph_takes_up_is_kept():
    text = ("Fleeing war in Ukraine, a family finds a home in Colorado\n\n"
            "The family arrived in Denver in April after three weeks of travel through Poland and Mexico.\n\n"
            "Their sponsors met them at the airport and drove them to an apartment the church had furnished.\n\n"
            "Learning English Is Critical\n\n"
            "With the family safe, the couple’s next priority was to help them settle. Learning English in the "
            "United States is what will make people successful, the sponsor says.\n")
    assert kinds(text)["Learning English Is Critical"] != CLUTTER
