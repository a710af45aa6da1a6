"""Clutter known by where a line sits (sitegen.importer.placement): the standfirst under the headline, a caption
beside its credit, the teasers under a related-stories header, runs of titles, the page footer, words given
twice, on short made-up texts. What a line is by itself is test_importer_clutter_kinds; keeping the
article's own paragraphs that look like clutter is test_importer_keeping. A rule unsure of a line keeps it."""

import pytest

from importer_texts import AFTER, BODY, kinds
from sitegen.importer.rawtext import CLUTTER, TEXT, parse_raw


def test_the_headline_cut_by_the_scraper_is_recognised_in_full():
    found = kinds("1668417742 Villagers count the cost of the\n\nVillagers count the cost of the long winter in the "
                  "north\n\n" + BODY.replace("\n", "\n\n"))
    assert found["Villagers count the cost of the long winter in the north"] == CLUTTER


def test_a_source_line_cut_with_an_ellipsis_is_another_storys_teaser():
    found = kinds("Power cut\n" + BODY + "Source: Ivan Petrenko, Head of the Region The number of people injured in the…\n")
    assert found["Source: Ivan Petrenko, Head of the Region The number of people injured in the…"] == CLUTTER


def test_the_lines_of_a_block_with_a_photo_credit_are_its_caption():
    found = kinds("Power cut\n\n" + BODY.replace("\n", "\n\n") + "A man stands guard near the substation.\n"
                  "Both sides blamed each other for the strikes.(Reuters: Jane Roe)\n\n"
                  "Engineers said the damage was worse than in the autumn.\n")
    assert found["A man stands guard near the substation."] == CLUTTER
    assert found["Engineers said the damage was worse than in the autumn."] == TEXT


def test_a_related_block_ends_where_the_text_speaks_in_the_first_person():
    found = kinds("Interview\n\n" + BODY.replace("\n", "\n\n") + "Other Topics of Interest\n\n"
                  "Ukraine at War Update for Nov. 5\n\nIn this area, we are fighting mainly with regular troops. "
                  "They use artillery, sometimes\n")
    assert found["Ukraine at War Update for Nov. 5"] == CLUTTER
    assert found["In this area, we are fighting mainly with regular troops. They use artillery, sometimes"] == TEXT


def test_words_given_twice_are_kept_once():
    article = parse_raw("Homes burn after drone attack\nRegional News\nAugust 28, 9:15\n"
                        "According to preliminary reports, there were no casualties\n"
                        "BELGOROD, August 28. The drone attack set two homes on fire in the village, the governor "
                        "said.\nAccording to preliminary reports, there were no casualties.\n")
    kept = [p.text for p in article.kept]
    assert sum(t.startswith("According to preliminary reports") for t in kept) == 1
    twice = "The two countries completed what is expected to be the largest prisoner swap of the war so far."
    article = parse_raw(f"Prisoner swap\n\n{twice}\n\n{BODY.splitlines()[0]}\n\n{twice}\n")
    assert [p.text for p in article.kept].count(twice) == 1


def test_a_line_giving_the_headline_again_after_the_first_paragraph_is_no_subheading():
    text = ("Witnesses upload video of shelling in the Obolon district of Kyiv\n\n"
            "Around 5 am an artillery shell hit a residential building.\n\n"
            "Witnesses upload video of shelling in the Obolon district, Kyiv Head Office of the Emergency Service\n\n"
            "The video of the shelling in the Obolon district was uploaded by witnesses on the morning of 14 March.\n")
    found = kinds(text)
    assert found["Witnesses upload video of shelling in the Obolon district, Kyiv Head Office of the Emergency "
                 "Service"] == CLUTTER


@pytest.mark.parametrize("headline, line", [
    ("Ukraine: three dead near Odessa after a drone attack", "Ukraine: Three dead near Odessa after drone attack"),
    ("When soldiers say no. Hundreds of servicemen face trial for refusing deployment, Media",
     "When soldiers say no. Hundreds of servicemen face trial for refusing deployment, Mediazona study reveals "
     "11 April 2023, 8:41"),
    ("Civilians fleeing the steel works tell harrowing tales",
     "Escape from hell: Civilians fleeing the steel works tell of the horrors of constant bombing"),
])
def test_the_headline_given_again_in_other_words_or_with_its_date_is_clutter(headline, line):
    found = kinds(f"{headline}\n\n{line}\n\n{BODY}")
    assert found[line] == CLUTTER


def test_after_the_last_paragraph_and_page_furniture_what_addresses_the_reader_or_trails_off_is_the_footer():
    text = ("Power cut in three villages\n\n" + BODY.replace("\n", "\n\n") +
            "It was over by the evening.\n\nLeave a reply\n\nPlease enter your comment! Please enter your name here\n\n"
            "Most popular\n\nFarmers stretched to the brink as grain exports stall…\n\nGet a daily dose of news in "
            "your inbox every morning\n")
    found = kinds(text)
    assert found["It was over by the evening."] == TEXT  # the article's last sentence, however short
    assert found["Please enter your comment! Please enter your name here"] == CLUTTER
    assert found["Farmers stretched to the brink as grain exports stall…"] == CLUTTER
    assert found["Get a daily dose of news in your inbox every morning"] == CLUTTER


def test_the_page_footer_keeps_a_body_cut_off_a_post_title_with_its_byline_and_needs_more_than_a_fragment():
    cut = ("Power cut in three villages\n\n" + BODY.replace("\n", "\n\n") + "Most popular\n\n"
           "Crews in the south said on Friday that they were still waiting. Spare parts were due to arrive from the")
    assert kinds(cut)["Crews in the south said on Friday that they were still waiting. Spare parts were due to "
                      "arrive from the"] == TEXT  # sentences: the article going on under the box, cut at its end
    teaser = ("Power cut in three villages\n\n" + BODY.replace("\n", "\n\n") + "Most popular\n\n"
              "Italy investigates killing of scientist in Colombia\n\nCould the activist's property in Russia be con")
    assert kinds(teaser)["Could the activist's property in Russia be con"] == CLUTTER  # one more teaser, cut
    post = ("Live: power cuts\n\n" + BODY.replace("\n", "\n\n") + "Pension fund divests Russian assets\n\n"
            "By Jane Roe\n\nThe in\n")
    assert kinds(post)["Pension fund divests Russian assets"] != CLUTTER


def test_a_short_line_between_two_items_of_a_list_of_other_stories_is_one_of_them():
    text = ("Power cut in three villages\n\n" + BODY.replace("\n", "\n\n") +
            "The bird-shaped obsession that drives a famous sports photographer\n\n"
            "The riots, one year on: ‘I know what happened doesn’t represent us’\n\n"
            "The week in politics: a fiasco shows the leader he won't get everything\n\n"
            "Repair crews in the south were still waiting for spare parts on Friday, the governor said.\n")
    found = kinds(text)
    assert found["The riots, one year on: ‘I know what happened doesn’t represent us’"] == CLUTTER
    assert found["Repair crews in the south were still waiting for spare parts on Friday, the governor said."] == TEXT


def test_a_caption_run_together_with_its_alt_text_says_its_start_again():
    line = ("Taras, 29, of the national guard, mans an observation point in a trench Taras, 29, of the national "
            "guard, mans an observation point in a trench JANE ROE FOR THE EXAMPLE TIMES")
    assert kinds(f"Life in the trenches\n\n{line}\n\n{BODY}")[line] == CLUTTER
    chant = ("They chanted “we will not leave, we will not leave” in the square, and then they sang the anthem "
             "until the police arrived, and we will not leave either, one of them said.")
    assert kinds(f"Protest in the square\n\n{chant}\n\n{BODY}")[chant] == TEXT


def test_the_block_of_a_caption_glued_to_its_credit_goes_and_the_subheading_after_it_stays():
    text = ("Refugees arrive in the city\n\nWomen and children have arrived in the city by bus from the border, "
            "exhausted but happy.\n\nRefugees arriving in the city\nWomen and children have been arriving in recent "
            "daysImage: Jane Roe/Example Agency\n\nA centre created from scratch\n\nThe pharmacist, who came to the "
            "city twenty years ago, has also organised peace demonstrations with thousands of people.\n")
    found = kinds(text)
    assert found["Refugees arriving in the city"] == CLUTTER
    assert found["A centre created from scratch"] != CLUTTER


def test_a_short_line_whose_colon_introduces_nothing_the_article_keeps_is_clutter():
    text = ("Power cut in three villages\n\n" + BODY.replace("\n", "\n\n") + "Key findings:\n\n"
            "• Three villages lost power for a day.\n\nListen to the podcast here:\n\nAPPLE Opens in new window ]\n\n"
            "SPOTIFY Opens in new window ]\n\nNo comments:\n")
    found = kinds(text)
    assert found["Key findings:"] == TEXT and found["• Three villages lost power for a day."] == TEXT
    assert found["Listen to the podcast here:"] == CLUTTER
    assert found["No comments:"] == CLUTTER


def test_a_teaser_given_twice_in_the_page_footer_is_not_kept_as_the_articles_words():
    teaser = "The downsizing could reportedly affect half of the forces deployed after the escalation..."
    text = ("Power cut in three villages\n" + BODY + f"Most popular\nMore Information{teaser}\n{teaser}\n"
            "Russian intelligence earlier reported that the city intends to remove the monuments ...\n")
    assert kinds(text)[teaser] == CLUTTER


def test_a_long_caption_with_its_photo_credit_is_no_running_text():
    caption = ("This image taken from a video shows people by a damaged building in the region, Monday, May 22, "
               "2023. Troops and security forces fought for a second day on Tuesday against an alleged raid across "
               "the border that the capital blamed on saboteurs but which the other side called an uprising. The "
               "governor of the region on the border said forces continued to sweep the rural area around the "
               "small town where the alleged attack took place on Monday. Residents of the villages near the "
               "border were taken to shelters in the regional capital while the fighting went on. (AP Photo)")
    text = ("Raid on the border region\n" + BODY + "More stories from the region\n" + caption + "\n"
            "Drones hit two towns in the south overnight\nSign up for our newsletter\n")
    assert kinds(text)[caption] == CLUTTER


def test_the_body_above_an_embedded_posts_signature_and_its_hashtag_lines_are_the_post():
    body = "Two drones hit the substation tonight. The lights are out in the whole district."
    tagged = "The lights went out across #Sumy again, the third night in a row."
    text = ("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + "The mayor wrote on X:\n\n" + body +
            "\n\n— Jane Roe (@janeroe) May 25, 2024\n\n" + tagged + "\n\n" + AFTER.replace("\n", "\n\n"))
    found = kinds(text)
    assert found[body] == CLUTTER and found[tagged] == CLUTTER
    assert found["The mayor wrote on X:"] == TEXT  # the article introducing the post


def test_a_hashtag_the_article_names_and_a_hashtag_far_from_any_post_stay():
    named = "Supporters shared the hashtag #StandWithSumy more than a million times."
    text = ("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + named + "\n\nRepairs are going on.\n\n"
            "The lights are back, for now.\n\n— Jane Roe (@janeroe) May 25, 2024\n\n" + AFTER.replace("\n", "\n\n"))
    assert kinds(text)[named] == TEXT
    far = "The lights went out across #Sumy again, the third night in a row."
    assert kinds("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + far + "\n\n" + AFTER)[far] == TEXT


def test_the_items_of_a_marked_list_of_other_stories_go_together():
    items = ["- Drones hit two substations in the north of the region again overnight",
             "- How long can the grid hold out against the winter?", "- Five things to know about the b"]
    found = kinds("Strikes on the grid\n" + BODY + AFTER + "\n".join(items) + "\n")
    assert all(found[item] == CLUTTER for item in items)


@pytest.mark.parametrize("link", ["• The government allocated $20 million to repair the substations, the minister "
                                  "announced.", "What keeps the grid in the north failing"])
def test_the_line_under_a_read_more_label_is_the_story_it_links(link):
    found = kinds("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + "Read more\n\n" + link + "\n\n" +
                  AFTER.replace("\n", "\n\n"))
    assert found[link] == CLUTTER
    assert found[AFTER.split("\n")[0]] == TEXT


@pytest.mark.parametrize("headline, line", [
    ("Local bakery owner working to house two families displaced by Ukrainian war",
     "Local bakery woman sponsors two families who were displaced by Ukrainian war"),
    ("Prisoner exchange brings joy and sorrow to families in the north",
     "Chernihiv, Ukraine - Emotions Run High as Soldiers Come Home"),
    ("Nine people remain missing after strike on market in Sumy",
     "Nine people remain missing after strike on market in Sumy Sumy came under fire (photo:"),
])
def test_the_headline_displayed_again_reworded_in_title_case_or_with_a_caption_is_clutter(headline, line):
    assert kinds(f"{headline}\n\n{line}\n\n{BODY}")[line] == CLUTTER
    standfirst = "Two families who fled the war are being fed by a local baker, who says it is the least she can do"
    assert kinds(f"{headline}\n\n{standfirst}\n\n{BODY}")[standfirst] == TEXT


def test_the_headline_given_again_with_the_text_joined_to_it_is_split_off():
    headline = "The regional governor spoke about the repairs of the grid in the"
    found = kinds(f"{headline}\n- {headline} Repair crews worked through the night to restore the lines in the "
                  f"villages, the governor said.\n{BODY}")
    assert found[f"- {headline}"] == CLUTTER
    assert found["Repair crews worked through the night to restore the lines in the villages, the governor "
                 "said."] == TEXT
    quoted = "“We may lose the whole grid if the strikes go on,” the governor said"
    lead = quoted + ". Officials in the capital were told to expect cuts of twelve hours a day."
    assert kinds(f"{quoted}\n{lead}\n{BODY}")[lead] == TEXT  # a lead that quotes the headline keeps it


def test_a_title_closing_on_a_quoted_phrase_is_one_of_a_list_of_titles():
    title = "Cutting off the family: ‘It had never occurred to me that you could grieve someone still alive’"
    text = ("Power cut in three villages\n" + BODY + title + "\n"
            "The bird-shaped obsession that drives a famous sports photographer in the city\n"
            "The week in politics: a fiasco shows the leader he won't get everything his way\n" + AFTER)
    assert kinds(text)[title] == CLUTTER
    said = "Officials said the cuts would last for weeks: ‘We have never seen damage like this before.’"
    assert kinds(text.replace(title, said))[said] == TEXT


def test_a_short_line_between_a_list_item_and_a_title_worded_to_the_reader_is_one_of_the_list():
    text = ("Power cut in three villages\n" + BODY + "Keep reading\n"
            "The grid under fire: your guide to the winter ahead\nMayor's role in the repairs ‘boosts his standing’\n"
            "Generators to be handed to hospitals in the region: official end of list\n" + AFTER)
    assert kinds(text)["Mayor's role in the repairs ‘boosts his standing’"] == CLUTTER
    kept = "The crews finished the repairs by noon."
    text = "Power cut in three villages\n" + BODY + "Your support helps us report.\n" + kept + "\n" + AFTER
    assert kinds(text)[kept] == TEXT
