"""Clutter known by what a line is (sitegen.importer.clutter, .chrome): captions, credits, counters, dates,
players, prompts, each beside an article sentence of a similar shape that is kept; short made-up lines."""

import subprocess
import sys

import pytest

from importer_texts import AFTER, BODY, kind_between_prose, kinds
from sitegen.importer.clutter import line_reason
from sitegen.importer.rawtext import CLUTTER, TEXT, parse_raw


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


@pytest.mark.parametrize("line", [
    "Firefighters work at a burning fuel depot in Odesa, Ukraine, Friday, May 3, 2024.",
    "A woman hugs her son after his return from captivity, in Ukraine, Dec. 30, 2024.",
    "Read in Google News!",
    "Follow us on Telegram",
    "Читай у Google News!",
    "Tags: #kyiv #drones",
    "#kyiv #drones #winter",
    "Watch the moment a drone hits a tower block in the capital",
    "Advertisement - Scroll to continue",
    "Story continues below advertisement",
    "Join our Telegram channel",
    "See also: Drones hit the capital again",
    "Image source, Reuters",
    "Most popular",
    "Editor's picks",
    "Written by Jane Roe",
    "Last updated: 12 May 2023",
    "2 hours ago",
    "Comments (12)",
    "Support independent journalism",
    "Illustrative photo",
    "KYIV —",
    "Log in",
    "This article was originally published by The Example Weekly.",
    "If you have noticed an error, select it with the mouse and press Ctrl+Enter.",
    "Like this:",
])
def test_a_line_that_is_page_furniture_by_itself_is_dropped(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n{BODY.split(chr(10))[0]} Later.\n")[line] == CLUTTER


@pytest.mark.parametrize("line", [
    "The talks began in Geneva on March 11, 2022.",
    "He wrote about this on Telegram.",
    "Watching the sky every night has become a habit for the villagers, she said.",
])
def test_lines_that_only_look_like_furniture_are_kept(line):
    assert kinds(f"Power cut in three villages\n{BODY}{line}\n")[line] == TEXT


def test_a_capitals_credit_glued_before_a_paragraph_is_split_off():
    found = kinds("Power cut\n" + BODY + "JANE ROE / THE DAILY EXAMPLE “We lost everything in one night,” said Ivan.\n")
    assert found["JANE ROE / THE DAILY EXAMPLE"] == CLUTTER
    assert found["“We lost everything in one night,” said Ivan."] == TEXT


def test_an_appeal_glued_to_the_text_goes_and_the_text_stays():
    found = kinds("Power cut\n" + BODY + "Your support makes all the difference.Officials in the city are warning "
                  "people to stay in shelters away from windows tonight.\n")
    assert found["Your support makes all the difference."] == CLUTTER
    assert found["Officials in the city are warning people to stay in shelters away from windows tonight."] == TEXT


@pytest.mark.parametrize("line", [
    "Russian forces are now concentrating more on the Donbas region, the ministry said.",
    "Residents were told to sign up for evacuation buses at the town hall by Friday.",
    "Zelensky urged people to follow his channel on Telegram for updates.",
    "The blogger asked his followers to share this video as widely as possible.",
    "The ministry has a newsletter for soldiers' families, officials said.",
    "Copyright lawyers said the seizure of the archive broke international law.",
    "This form of attack is new, experts said.",
    "The grain ship is loading at the port of Odesa.",
    "Most read newspapers in Russia did not report the strike at all.",
    "The terms and conditions of the deal were not published.",
    "Dear readers wrote to the paper in their hundreds, the editor said.",
    "Ukraine used rocket systems supplied by the United States to strike the bridge overnight.",
    "As the BBC reported from Kyiv on Monday, the sirens sounded for six hours.",
    "The footage, obtained via Reuters, shows the moment the missile hit.",
    "She wrote from her hospital bed that she would return to the front.",
    "He wrote about it on Telegram t.me/example",
    "Published figures show exports fell by a third in March.",
    "A photo of her son hangs above the kitchen table.",
    "An image of the burning tank went viral on Saturday.",
    "Copyright of the archive now belongs to the museum.",
    "Watch towers along the border were destroyed in the strikes.",
    "Share prices in Moscow fell by 10% after the announcement.",
    "Updated figures released on Tuesday put the death toll at 12.",
    "Listen to the sirens, she told her children, and run to the basement.",
    "Latest news from the front suggests the offensive has stalled.",
    "Editor's note: the names of the soldiers have been changed for their safety.",
])
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_reporting_prose_with_words_of_page_furniture_is_kept(line, separator):
    after = ["Engineers said the damage was worse than in the autumn and would take weeks to repair.",
             "The next convoy of generators is expected to arrive from Poland on Thursday."]
    text = "Power cut in three villages\n" + separator.join(BODY.strip().split("\n") + [line] + after) + "\n"
    assert kinds(text)[line] != CLUTTER


@pytest.mark.parametrize("line", [
    "Children with their host family in the town. The parents did not wish to be photographed. Picture: Jane Roe",
    "Image: Ivan Petrenko and his wife",
    "(Photograph:Twitter)",
])
def test_a_pictures_label_makes_a_caption_or_a_credit(line):
    assert kinds(f"Host families in the town\n\n{line}\n\n{BODY}")[line] == CLUTTER


@pytest.mark.parametrize("stamp", ["Friday 12 July 2024 23:00, UK", "Kyiv June 7, 10:43 a.m.",
                                   "9:42am EST, 5:42pm EAT", "October 21, 2025 Humanitarian aid"])
def test_a_date_or_time_with_a_place_or_zone_beside_it_is_a_time_stamp(stamp):
    assert kinds("Strikes on the grid\n" + BODY + stamp + "\n" + AFTER)[stamp] == CLUTTER
    kept = "In 2022 the dam held."
    assert kinds("Strikes on the grid\n" + BODY + kept + "\n" + AFTER)[kept] == TEXT


@pytest.mark.parametrize("line", ["Take a fresh look at your lifestyle.", "Watch more on streamtv.com.",
                                  "Read your favorite news, except the excluded topics, by you.",
                                  "The owners of this website may be paid to recommend the products."])
def test_a_short_line_of_the_site_speaking_to_its_reader_is_a_prompt(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == CLUTTER


@pytest.mark.parametrize("line", ["You can see the current front line on the map below.",
                                  "This was reported by Mayor Ihor Terekhov on Censor.NET.",
                                  "Where is your husband now?"])
def test_a_line_that_only_mentions_you_or_a_site_stays(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == TEXT


def test_a_long_parenthetical_in_a_paragraph_is_read_without_backtracking():
    """A credit pattern once read '(words words ... words' with nested repetition: a statute's long
    parenthetical hung the importer (the run never ended). The check runs in a child process so that a
    hang fails the test instead of the suite."""
    words = " ".join(["public actions aimed at discrediting the use of the armed forces"] * 3)
    line = f"In addition, Art. 280.3 ({words}). The punishment is a fine."
    code = ("import sys; from sitegen.importer.rawtext import parse_raw; "
            "parse_raw('Headline\\n\\n' + sys.argv[1] + '\\n')")
    result = subprocess.run([sys.executable, "-c", code, line], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_long_line_opened_by_a_quote_mark_that_never_closes_is_read_without_backtracking():
    """Whether a title-like line is someone's words wholly in marks was once read with nested repetition: a line of
    thirty words opened by a mark and never closed took minutes (each two words more, four times as long). The
    check runs in a child process so that a hang fails the test instead of the suite."""
    line = ("“We waited at the border crossing for news of the convoy while the trucks and buses of three regions "
            "queued for hours in the cold rain with their engines running")
    code = ("import sys; from sitegen.importer.rawtext import parse_raw; "
            "parse_raw('Headline\\n\\n' + sys.argv[1] + '\\n' + sys.argv[2] + '\\n\\n' + sys.argv[3])")
    result = subprocess.run([sys.executable, "-c", code, BODY, line, AFTER], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("line", ["Loading replies...", "Comments have been disabled.", "Font size:", "Key events",
                                  "Search for a country site.", "View the full transcript", "Post URL",
                                  "Watch on Vimeo: “A morning at the plant”"])
def test_the_pages_own_controls_are_chrome(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == CLUTTER


@pytest.mark.parametrize("line", ["Loading the trucks took the volunteers all night.",
                                  "Comments were closed to the public after the hearing.",
                                  "Search for survivors went on through the night.",
                                  "Key events of the year are listed in the report."])
def test_sentences_with_the_words_of_page_controls_stay(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == TEXT


@pytest.mark.parametrize("line", ["The post Dam repairs begin in the south appeared first on Example Daily.",
                                  "Posted in Energy and tagged , , , ."])
def test_an_aggregators_trailer_is_dropped(line):
    assert kinds("Strikes on the grid\n" + BODY + AFTER + line + "\n")[line] == CLUTTER
    kept = "The post office in the village was the first building hit, and it was tagged with graffiti."
    assert kinds("Strikes on the grid\n" + BODY + kept + "\n" + AFTER)[kept] == TEXT


@pytest.mark.parametrize("line", ["You have 62% of this article left to read. The rest is for subscribers only.",
                                  "For the latest news from the region stay with us.",
                                  "With all the media in the country blocked, stay tuned to our channel for the news.",
                                  "Thanks for reading. Subscribe to the Example Newsletter for more stories.",
                                  "As a nonprofit newsroom, we depend on your support to fund our coverage of the war "
                                  "and its refugees across the region."])
def test_the_site_asking_its_reader_to_stay_or_to_pay_is_a_prompt(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == CLUTTER


@pytest.mark.parametrize("line", ["Most residents chose to stay with relatives in the west of the country.",
                                  "“We depend on your support,” the charity's director told donors at the meeting.",
                                  "We depend on your support more than ever this winter, the charity's director told the "
                                  "donors.",
                                  "Stay with us, the volunteers told the old woman who would not leave.",
                                  "The rest of the convoy was reserved for the wounded, the officer said."])
def test_sentences_about_staying_or_support_stay(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == TEXT


@pytest.mark.parametrize("line", ["Disclosure: The owners of this site may be paid to recommend the products reviewed below, "
                                  "and the reviews may not be neutral.",
                                  "A short disclaimer is given at the end of this article.",
                                  "Please note: these claims are not yet verified, and we will update the story."])
def test_the_sites_disclaimer_is_dropped(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == CLUTTER


@pytest.mark.parametrize("line", ["The ministry published a disclaimer with its figures on Monday.",
                                  "Note: the figures do not include the occupied territories.",
                                  "Note: we could not verify the footage independently.",
                                  "The disclosure of the site's location angered officials."])
def test_a_disclaimer_the_article_reports_or_its_own_note_stays(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == TEXT


@pytest.mark.parametrize("line", ["Volunteers Ivan Roe, 27, left, and Olena Doe, 28, look for the house of a woman awaiting "
                                  "evacuation from the town, in the east of the country, on a cold morning in March. "
                                  "(Jane Roe for The Example Post)",
                                  "Video courtesy of Example TV. Ukraine, 2023.",
                                  "Example Border Guard on Facebook",
                                  "Supplied Olena Roe and her sister at the station in Lviv.",
                                  "Substation in the south of the region - photo"])
def test_credits_and_the_captions_they_lead_or_close_are_dropped(line):
    assert kinds("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + line + "\n\n" + AFTER)[line] == CLUTTER


@pytest.mark.parametrize("line", ["Supplied weapons reached the brigade only in March, the commander said.",
                                  "Supplied Western weapons helped the brigade retake the town.",
                                  "The footage was posted on Facebook by the border guard on Monday.",
                                  "Repairs went on for a week in the south of the region, the photos show."])
def test_sentences_naming_a_platform_or_a_supply_stay(line):
    assert kinds("Strikes on the grid\n\n" + BODY.replace("\n", "\n\n") + line + "\n\n" + AFTER)[line] == TEXT


def test_a_wire_caption_joined_to_the_text_by_a_dash_is_split_off():
    line = ("Workers walk past a damaged substation near the town on March 3, 2024. - On the road to the town, "
            "reporters saw three repair crews working under the threat of new strikes.")
    found = kinds("Strikes on the grid\n\n" + line + "\n\n" + BODY.replace("\n", "\n\n"))
    assert found["Workers walk past a damaged substation near the town on March 3, 2024."] == CLUTTER
    assert found["On the road to the town, reporters saw three repair crews working under the threat of new "
                 "strikes."] == TEXT
    aside = ("The crews worked through the night. - Officials said the power would be back by the morning in "
             "every village.")
    assert kinds("Strikes on the grid\n\n" + aside + "\n\n" + BODY.replace("\n", "\n\n"))[aside] == TEXT


def test_an_hour_without_minutes_in_two_zones_is_a_time_stamp():
    assert kinds("Strikes on the grid\n" + BODY + "8am GMT, 11am MSK\n" + AFTER)["8am GMT, 11am MSK"] == CLUTTER
    kept = "At 8am the sirens sounded again."
    assert kinds("Strikes on the grid\n" + BODY + kept + "\n" + AFTER)[kept] == TEXT


@pytest.mark.parametrize("line", ["We are sorry for turning your life upside down.'",
                                  "\"Nobody tells you how hard it is to open your eyes in the morning"])
def test_a_line_a_quote_opens_or_closes_is_no_prompt_to_the_reader(line):
    assert kinds("Strikes on the grid\n" + BODY + AFTER + line + "\n")[line] == TEXT  # the last line, cut off
    assert kinds("Strikes on the grid\n" + BODY + "We are sorry for the delay in your delivery.\n" + AFTER)[
        "We are sorry for the delay in your delivery."] == CLUTTER


@pytest.mark.parametrize("line", ["Volunteers carrying boxes of food into the shelter near the station.",
                                  "Polish troops heading to the border."])
def test_a_picture_described_with_a_participle_and_no_finite_verb_is_a_caption(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == CLUTTER


@pytest.mark.parametrize("line", ["Residents fleeing the city described long queues at the border.",
                                  "Volunteers carrying food have reached the town at last.",
                                  "Officials visiting the site say repairs will take weeks.",
                                  "The shelling of the town went on through the night."])
def test_sentences_with_a_participle_and_a_finite_verb_stay(line):
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == TEXT
    heading = "Eyes fixed on the sky"
    assert kinds("Strikes on the grid\n" + BODY + heading + "\n" + AFTER)[heading] != CLUTTER


def test_read_some_more_is_a_prompt_like_read_more():
    assert kinds("Strikes on the grid\n" + BODY + "READ SOME MORE\n" + AFTER)["READ SOME MORE"] == CLUTTER
    kept = "Read some more of the letters from the front, the teacher told her pupils."
    assert kinds("Strikes on the grid\n" + BODY + kept + "\n" + AFTER)[kept] == TEXT


def test_chrome_in_another_language_in_latin_script_is_dropped_from_an_english_page():
    line = "Tack för att du läser. Din kommentar är viktig och den publiceras efter granskning."
    assert kinds("Strikes on the grid\n" + BODY + line + "\n" + AFTER)[line] == CLUTTER
    named = "Der Spiegel and Le Monde both reported the strikes on Monday."
    assert kinds("Strikes on the grid\n" + BODY + named + "\n" + AFTER)[named] == TEXT
    german = ("Stromausfall in drei Dörfern\nDie Reparatur der Leitungen ist für den Abend geplant und wir "
              "berichten weiter.\nDer Gouverneur sagt, dass die Dörfer bis zum Abend wieder Strom haben.\n")
    assert all(kind == TEXT for kind in kinds(german).values())


def test_a_learn_more_link_label_is_furniture():
    assert kind_between_prose("Learn More about the Grid") == CLUTTER


def test_a_sentence_telling_what_someone_wanted_to_learn_more_about_is_kept():
    assert kind_between_prose("Learn more about the grid, the engineers urged, before the next winter comes.") == TEXT


@pytest.mark.parametrize("line", [
    "Hide Ad",
    "Powered by Blogger.",
    "Curated by Briefly",
    "Already subscribed? Sign in",
    "People are also reading…",
    "The news, curated.",
    "War in Ukraine Live Blog",
    "PAY ATTENTION: Check out news picked for you on the home page and enjoy!",
    "By Thomson Reuters Aug 29, 2022 | 8:19 AM",
    "Text and photographs by Joel Gunter in Kharkiv, Ukraine",
    "in Kharkiv, Ukraine",
])
def test_ad_switches_platform_and_curator_lines_paywall_sign_ins_and_dated_bylines_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "The ad was hidden in a newspaper that people are also reading in the shelters.",
    "Text messages were sent by the mayor to every resident in Kharkiv, Ukraine's second city.",
    "The live blog of the city council kept residents informed through the night.",
    "Pay attention to the sirens, the governor said, and go to a shelter at once.",
])
def test_sentences_sharing_those_words_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Damaged cars outside the train station in Kramatorsk, eastern Ukraine.",
    "Russian troops in Kherson.",
    "Burned tanks on the road near Brovary.",
])
def test_a_noun_phrase_and_where_it_is_without_a_verb_is_a_caption(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Russia's war in Ukraine continues.",
    "Crowds partied outside the city hall in darkness, still without electricity.",
    "Danylo left on the fifth day of the offensive in Ukraine.",
    "Russian troops took cover in Kherson.",
])
def test_a_short_sentence_with_its_verb_before_or_after_the_place_is_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Click to play video: 'Resort owners renovate an old property to house refugees'",
    "Post a Comment",
    "Note: Only a member of this blog may post a comment.",
    "Twitter Facebook Reddit Pinterest Email",
    "by Yannick PASQUET",
    "Radio Liberty reports this.",
    "Jeff Stein reports in the Washington Post:",
    "For being our subscriber, you have free access to all articles by visitors.",
    "Pub • Continue reading below",
    "This video grab taken and released on Saturday, Oct. 8, 2022 shows smoke rising from a fire on the bridge.",
    "Firefighters battle blazes caused by missile strikes in a photo provided by the regional governor",
    "Ukrainian flag on Snake Island/ Photo STR / AFP / Profimedia",
    "An emotional Olha wears the Ukrainian flag as her family arrives safely in Sydney.Photo: AAP",
    "On the 1st (local time), the mayor (front row, right) awarded the medal to the athletes at the city hall.",
])
def test_players_comment_forms_share_rows_source_lines_and_labelled_captions_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "The reporter who broke the story reports this was the third strike on the bridge in a month.",
    "Members of this blog's community post comments every day, the editor said.",
    "Nobody was free to leave, and the photo provided by the police showed the crowd at the gate.",
])
def test_sentences_with_those_words_in_them_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "bottom of page",
    "Advertising Read more",
    "Author",
    "Kommentare (0)",
    "A weekly summary of our latest stories about the post-Soviet world.",
    "[see_also ids",
    "April 25, 2022 People's Journal 313 views",
])
def test_page_ends_ad_labels_comment_counters_newsletter_blurbs_shortcodes_and_dated_view_counts_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Translate »",
    "This content was published on",
    "1 minute",
    "Olesia poses for a photo in the middle of her classroom in the school basement.",
])
def test_a_translate_button_a_publication_label_a_reading_time_and_a_posed_portrait_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_about_posing_for_photos_with_a_verb_of_its_own_told_is_kept():
    line = "She refused to pose for a photo, she said, because her son is still at the front."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Writer Hector Abad (R) and the former negotiator Sergio Jaramillo speak to the press in Kramatorsk.",
    "Military convoy southeast of Ivankiv, Ukraine.",
])
def test_a_caption_marking_who_stands_where_or_a_convoy_and_where_it_is_is_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_with_a_letter_in_brackets_that_marks_no_place_in_a_photo_is_kept():
    line = "The brigade moved its artillery (D-30 guns) southeast of the town before the storm began."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "This story is from the {{IssueName}} edition of the weekly.",
    "By AFP and Entorno |",
    "Bürgenstock, Switzerland:",
    "Full Story",
    "International desk",
])
def test_template_placeholders_agency_bylines_lone_datelines_and_desk_labels_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_naming_a_place_before_a_colon_that_introduces_a_list_is_kept():
    line = "Three towns were hit overnight in Kharkiv region, officials said: Izium, Balakliia and Kupiansk."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "This browser does not support the Video element.",
    "Watch the No Comment by clicking on the player icon above.",
    "- Advertisement -",
    ":max_bytes(150000):strip_icc():",
    "Mar 3, 2022, 1:30 AM | Updated: Mar 8, 2022, 5:28 pm",
])
def test_player_notices_ad_dividers_image_parameters_and_stamp_pairs_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "This is an archived article and the information in it may be outdated.",
    "(With inputs from agencies.)",
    "Article content",
    "Original interview:",
])
def test_archive_notices_agency_inputs_and_content_labels_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Soldiers fire a mortar over the river toward the enemy positions near the town. Photo by Jane Roe",
    "A volunteer hands out bread to the people queuing in the square outside the church. Photo provided to the "
    "Example Journal",
    "In the month since the scheme began, 40 families have arrived. (Source: Example News)",
    "A guard helps an elderly woman with her bags into the carriage of the evacuation train. (Courtesy of Jane Roe)",
    "Nurse Olena Petrenko: 'We never stop.' /ETV",
    "The graves were found in a forest near the town. / Example Forest",
    "Mourners kneel as the servicemen carry the coffin of a soldier through the square on Jan. 8.Jane Roe/The Example "
    "Press",
    "The old town and its theatre survived the war largely intact, the city's council said [Jane Roe/Reuters]",
    "A shopping centre in Moscow stands empty after the brands left the country, on March 7, 2022 ( AFP / – )",
    "Crowds grow at the border – Copyright: Jane Roe/Example Paper (Must Credit)",
    "Ivan Petrenko (from left), Olena Koval and Maria Bondar have all enrolled at the school.",
    "Father John Roe, left, is the family's sponsor. He met them at the airport last week.",
    "Ivan Petrenko – 4th from left",
    "Police stand guard during an unsanctioned protest rally in Moscow against the mobilisation. Reuters photo via "
    "Example",
    "Image:",
])
def test_credits_after_a_caption_and_marks_of_who_stands_where_are_clutter_by_what_they_are(line):
    assert line_reason(line, 5, 10)
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "The photo by Jane Roe went round the world within hours, the agency said.",
    "He left the city in March and came back in May with his mother and two sisters.",
    "The mayor, Ivan Petrenko, left the meeting early, officials said, and went to the station.",
    "Prices rose by a third (source of the figures: the statistics office) over the winter.",
])
def test_sentences_with_a_photo_by_a_left_or_a_source_in_brackets_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_an_archive_photos_caption_is_clutter_however_long():
    line = ("FILE – This satellite image provided by Example Technologies shows burning oil tanks in the city during "
            "the invasion on Monday, March 21, 2022. " + " ".join(["The tanks burned for days and the smoke could be "
                                                                "seen from far away as the fighting went on."] * 4))
    assert kind_between_prose(line) == CLUTTER


def test_a_pictures_alt_text_right_above_its_credited_caption_is_clutter_too():
    alt = "Members of the city's choir sing patriotic songs at the barricades in front of the Opera House"
    text = (f"Choir at the barricades\n\nSingers are preparing to defend the city and the opera house from the "
            f"bombardment\n\n{alt}\n{alt} Credit: Jane Roe for the Telegraph\n\n{BODY}\n{AFTER}")
    assert kinds(text)[alt] == CLUTTER
    twice = "The crews finished the last repairs late in the evening and the lights came back on."
    page = parse_raw(f"Power cut in three villages\n\n{BODY}\n{twice}\n\n{twice}\n\n{AFTER}")
    assert TEXT in [p.kind for p in page.paragraphs if p.text == twice]


@pytest.mark.parametrize("line", [
    "This field is for validation purposes and should be left unchanged.",
    "Please refresh the page for the fullest version.",
    "Check out our partner's best offers here.",
    "Youtube video thumbnail",
    "Süre:1min",
])
def test_a_forms_hidden_field_a_reload_request_an_offer_and_a_players_still_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_asking_readers_to_check_out_a_place_is_kept():
    line = "Check out the new shelters in the old metro station, the mayor urged residents on Monday, before the frost."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "We use cookies to help you navigate efficiently and perform certain functions.",
    "Necessary cookies are required to enable the basic features of this site.",
    "Analytical cookies are used to understand how visitors interact with the website.",
    "No cookies to display.",
    "$19.90 per year, save $14.90 compared to monthly billing.",
    "30-days free access, then $2.90",
    "You can cancel anytime .",
    "Annual Access BEST VALUE",
    "Support Example Pravda on Patreon",
    "Follow latest: Ukraine live blog",
    "Read the full story in The Example Post here.",
    "((This Oct. 26 story has been refiled to correct the day))",
    "This article was published by a local media outlet",
    "Post a Comment (0)",
    "Previous Post Next Post",
    "Kommentare",
])
def test_cookie_panels_paywall_offers_reprint_notes_and_blog_controls_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Grandmothers in the village baked cookies for the soldiers at the front, the volunteers said.",
    "The family now pays $300 a month for a flat on the edge of the city, far from the school.",
    "Many readers followed the story of the convoy through the night and wrote to the editors about it.",
])
def test_sentences_about_cookies_prices_or_reading_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "We are having trouble retrieving the article content.",
    "Thank you for your patience while we verify access.",
    "Want all of The Example Times? Subscribe.",
    "This item is available in full to subscribers.",
    "Share your experiences, suggestions, and any issues you've encountered",
    "Get the best experience",
    "Buy Now | Our finest subscription plan",
    "Image Commercially Licensed from: ExamplePhotos",
    "View image in full screen",
    "[embedded content]",
    "Read Full Story",
    "READ :",
    "Shape Created with Sketch.",
    "You will be interested",
    "Article continues below video",
])
def test_paywall_boxes_feedback_boxes_licences_and_embed_controls_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Buy now or pay more later, the shopkeepers in the market told their customers as prices rose again.",
    "The commander said he was interested in the drones, and he read the full story of the battle to his men.",
])
def test_sentences_that_share_those_words_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_sentence_dated_with_on_a_weekday_and_the_full_date_is_kept():
    line = ("The couple, who met during the war seven years ago, were photographed at the ceremony held in a hospital "
            "in Brovary earlier on Monday, March 14, 2022")
    assert kind_between_prose(line) == TEXT
    caption = ("A woman and her daughter listen to a prayer for fallen soldiers at Lviv cemetery, western Ukraine, on "
               "Thursday, Feb. 23, 2023.")
    assert line_reason(caption, 5, 10) == "caption"


@pytest.mark.parametrize("line", [
    "An aerial view of the plant, eastern Ukraine, in a still from video released on Feb. 19, 2024. (Example Ministry "
    "Press Service via AP)",
    "Jane Roe/For The Example Post People lay flowers to commemorate the victims of the missile that hit near a "
    "playground in the city on Friday.",
])
def test_a_handouts_agency_credit_and_a_photographers_credit_glued_before_a_caption_make_it_a_caption(line):
    assert line_reason(line, 5, 10)
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_with_a_via_in_brackets_or_a_slash_is_kept():
    line = ("The convoy reached the city at night (via the old road through the forest) and the drivers unloaded "
            "the food and medicine/bandages by morning.")
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Get instant access to all articles",
    "... or subscribe as a group",
    "Ultimate magazine theme for WordPress.",
    "8 thoughts on “Supporting the Chess Players”",
    "Others are reading now",
    "Source link",
    "Date:",
    "By:",
    "Keep reading...Show less",
])
def test_access_offers_theme_credits_comment_counts_and_lone_field_labels_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_about_thoughts_on_a_letter_is_kept():
    line = "Eight thoughts on “the letter from the front” were read aloud at the school assembly on Monday morning."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "The English translation is powered by AI tool.",
    "We apologize, but this video has failed to load.",
    "Try refreshing your browser.",
    "tap here to see other videos from our team.",
    "• Example Radio thanks our sponsors",
    "How to help the refugees from the Czech Republic read in our article.",
    "Cartoon by Jane Roe",
    "Screenshot of Anna (top box)",
    "Our Offices",
])
def test_translation_notices_failed_players_sponsor_lines_and_drawing_credits_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_players_line_that_runs_on_into_the_next_paragraph_takes_no_prose_with_it():
    page = parse_raw("Power cut in three villages\n" + BODY + "Try refreshing your browser, or\n" + AFTER)
    assert all(p.kind == TEXT for p in page.paragraphs if "Engineers from two other regions" in p.text)


def test_a_sentence_about_a_cartoon_or_a_screenshot_is_kept():
    line = "The cartoon by a Kyiv artist went round the world, and a screenshot of the post was shared a million times."
    assert kind_between_prose(line) == TEXT


def test_a_dated_sentence_whose_plural_subject_is_followed_by_its_verb_is_kept():
    line = "Some attendees were Ukrainians who fled their country when Russia invaded on Feb. 24, 2022."
    assert kind_between_prose(line) == TEXT
    assert kind_between_prose("A woman looks at the ruins of her house in Irpin on March 3, 2022.") == CLUTTER


@pytest.mark.parametrize("line", [
    "This preview shows approximately 15% of the article.",
    "Issued on:",
    "Published on:",
    "Click on the video player above to view the full report.",
    "Kommentare sind geschlossen.",
    "Post a Comment (0) Previous Post Next Post",
    "Advert",
    "▶ Watch Video: Ukrainian ballet company makes U.S. debut",
    "Click to play video: 'UN votes Russia out of human rights council'",
])
def test_a_papers_preview_notice_a_lone_date_label_a_players_pointer_and_closed_comments_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_about_a_preview_or_a_video_player_is_kept():
    line = ("The preview showed about 15% of the opera, and viewers could click on the video player in the theatre's "
            "lobby to see the rest, the director said.")
    assert kind_between_prose(line) == TEXT
    assert kind_between_prose("Advertising agencies in Lviv have given their billboards to the army's "
                              "recruitment campaign, the mayor said.") == TEXT


def test_an_unmarked_list_a_sentence_introduces_with_a_colon_is_the_articles_own():
    items = ["26 November at the Central Library, 4 Market Street, Sumy, 10 am-12 pm",
             "3 December at the Town Hall, 12 Park Lane, Sumy, 4-6 pm"]
    found = kinds("Drop-in sessions for hosts\n" + BODY + "The drop-in sessions are taking place:\n" + "\n".join(items)
                  + "\n" + AFTER)
    assert [found[i] for i in items] == [TEXT, TEXT]


def test_the_list_a_colon_introduces_ends_at_the_first_sentence_and_other_headlines_after_it_stay_clutter():
    teasers = ["The rise and fall of a media mogul", "A singer sits down for a one-to-one encounter with an actor",
               "Why does it touch almost every system in the body?"]
    found = kinds("Drop-in sessions for hosts\n" + BODY + "The drop-in sessions are taking place:\n"
                  + "26 November at the Central Library, Sumy, 10 am-12 pm\n" + AFTER + "\n".join(teasers) + "\n")
    assert [found[t] for t in teasers[:2]] == [CLUTTER, CLUTTER]
    found = kinds("Drop-in sessions for hosts\n" + BODY + "Listen to the whole interview with the governor here:\n"
                  + "\n".join(teasers) + "\n" + AFTER)
    assert [found[t] for t in teasers[:2]] == [CLUTTER, CLUTTER]


def test_the_points_a_label_calls_the_storys_key_points_are_the_articles_own():
    points = ["• A bakery in Lviv was organised by two sisters to feed displaced families",
              "• The sisters' parents are from Kharkiv and they still have family living there",
              "• All the money raised goes to a charity that buys generators"]
    found = kinds("Bread for Lviv\n" + "What You Need To Know\n" + "\n".join(points) + "\n" + BODY + AFTER)
    assert [found[p] for p in points] == [TEXT, TEXT, TEXT]


def test_a_present_tense_description_beside_a_dated_caption_is_a_caption_too():
    gallery = ["A volunteer carries a dog to the shelter at the Kyiv Hippodrome on March 3, 2022.",
               "A dog pokes out its muzzle and stretches its paw through the fence of its pen."]
    found = kinds("Dogs of the war\n" + BODY + "\n".join(gallery) + "\n" + AFTER)
    assert [found[g] for g in gallery] == [CLUTTER, CLUTTER]


def test_a_sentence_beside_a_caption_that_reports_in_the_past_or_stands_among_prose_is_kept():
    caption = "A volunteer carries a dog to the shelter at the Kyiv Hippodrome on March 3, 2022."
    past = "The three shelters in the city were put together in a week by the volunteers of the zoo."
    found = kinds("Dogs of the war\n" + BODY + caption + "\n" + past + "\n" + AFTER)
    assert found[caption] == CLUTTER and found[past] == TEXT
    present = "A volunteer drives the dogs to the border every week and comes back with food for the rest."
    assert kind_between_prose(present) == TEXT


@pytest.mark.parametrize("line", [
    "RELATED: Ukrainian soldiers blessed with the love of stray cats",
    "READ : How much does pet insurance cost?",
    "See also Last year's inflation figure fell due to new accounts, what are the consequences?",
])
def test_a_link_to_another_story_under_its_label_in_any_case_is_clutter_even_when_its_title_asks(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_that_opens_with_read_or_watch_is_kept():
    line = "Read together, the two letters show how the shelter ran out of food in the second week of the siege."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", ["Ian Pannell: (00:14)", "President Zelensky: (01:02)", "[Ukrainian 00:01:02].",
                                  "[crosstalk 00:12:40]"])
def test_a_transcripts_speaker_label_with_its_time_code_is_the_articles_own(line):
    assert kind_between_prose(line) != CLUTTER  # kept, as text or as the heading of what the speaker says


@pytest.mark.parametrize("line", ["Kyiv 10:43", "Updated: (10:43)"])
def test_a_time_of_day_with_a_place_or_a_label_stays_a_timestamp(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_marked_list_of_sentences_or_of_clauses_going_on_in_lower_case_is_the_articles_own():
    items = ["- help with accommodation and transport in Warsaw, Poland,",
             "- provision of a hostel in Budapest, Hungary,",
             "- No one has claimed responsibility for damaging the bridge."]
    found = kinds("Appeal update\n" + BODY + "Some of the support provided through these funds has included\n"
                  + "\n".join(items) + "\n" + AFTER)
    assert [found[i] for i in items] == [TEXT, TEXT, TEXT]


def test_a_marked_item_that_speaks_to_the_reader_after_sentence_items_stays_clutter():
    items = ["• The drone works really well at night, one of the soldiers says, and it can see far.",
             "• You can follow information about the defence of Ukraine around the clock in our live report",
             "• More important information can be found on our homepage"]
    found = kinds("Drone operator\n" + BODY + "\n".join(items) + "\n" + AFTER)
    assert found[items[1]] == CLUTTER


@pytest.mark.parametrize("line", [
    "Follow our socials",
    "Recommended Videos",
    "This material may not be published, broadcast, rewritten or redistributed.",
])
def test_a_social_prompt_a_video_list_header_and_a_wires_licence_notice_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_saying_what_may_not_be_published_is_kept():
    line = "Under the new law, the names of the soldiers may not be published until their families are told."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "The head of the National Police, Igor Klymenko, announced: «3 Russian missiles hit a building with offices.»",
    "Many of Moscow's friends abstained on the resolution, and even Cuba, which spoke for Russia, voted âyes.â",
    '"Most of them have come with bicycles. Today we have had about sixty of them at the crossing,"',
])
def test_paragraphs_closing_on_a_guillemet_a_garbled_mark_or_a_quotes_comma_are_no_run_of_teasers(line):
    second = line.replace("the", "a")
    found = kinds("Missiles hit the city\n" + BODY + line + "\n" + second + "\n" + AFTER)
    assert [found[line], found[second]] == [TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Scroll to Top", "Discussion about this post", "Recent posts", "Top jobs of the day",
    "Read all articles by Example News Media on Google News",
])
def test_page_controls_a_jobs_box_and_a_news_apps_follow_prompt_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "You must be logged in to post a comment.", "You haven't yet saved any bookmarks.", "Go to full site",
    "Space to play or pause, M to mute", "Kindly like us on Facebook/twitter", "Related video",
    "Image may contain Face Human Person",
])
def test_a_comment_gate_a_bookmarks_box_a_players_keys_and_a_machine_made_picture_description_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "To read more stories, download The Example Mail news app", "Support Local Journalism",
    "Register for free to read more of the latest local news.", "How informative is this news?", "AI summarized text",
    "Read Entire Article", "error: Content is protected !!", "IN OTHER NEWS:",
])
def test_a_local_papers_prompts_a_rating_widget_and_a_copy_guard_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "In other news from the front, the governor said two villages were shelled overnight.",
    "Volunteers say they support local journalism by handing out the paper at the station.",
])
def test_sentences_opening_like_those_prompts_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Residents said they had to go to the full site of the hospital because the clinic was shut.",
    "The image may contain clues to where the convoy was, the analysts said.",
])
def test_sentences_about_a_full_site_or_what_an_image_may_contain_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_jobs_box_over_two_lines_is_clutter_and_takes_no_prose_with_it():
    found = kinds("Power cut in three villages\n" + BODY + "Top jobs of the day\nFind the best jobs now and\n"
                  "be notified by email.\n" + AFTER)
    assert all(kind == CLUTTER for text, kind in found.items() if "jobs" in text or "notified" in text)
    assert all(kind == TEXT for text, kind in found.items() if "Engineers" in text or "governor" in text)


def test_a_sentence_about_jobs_or_a_post_is_kept():
    line = "Top jobs of the day went to the refugees who had found work in the town, and the discussion went on."
    assert kind_between_prose(line) == TEXT


def test_a_line_ending_on_a_comma_goes_on_into_the_next_and_is_no_title_of_another_story():
    lines = ['"I told the court I agree that I have broken the law of Ukraine,"',
             "Vitaly Alekseenko told Forum 18 from Ivano-Frankivsk after the appeal hearing,",
             '"but I am not guilty under the law of God."']
    found = kinds("Objector jailed\n" + BODY + "\n".join(lines) + "\n" + AFTER)
    assert found[lines[1]] == TEXT


@pytest.mark.parametrize("line", [
    "You have /5 articles left.",
    "It looks like you're in Asia, would you like to be redirected",
    "Yes, take me to the Asia edition No",
    "NEW York can now listen to Example News articles!",
    "WARNING: The images and content of this story may be distressing",
    "This article is a developing story.",
    "—Paralympic Games (@Paralympics) March 8, 2022",
])
def test_a_paywall_meter_an_edition_redirect_a_warning_a_storys_state_and_a_posts_signature_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_warning_of_a_developing_situation_is_kept():
    line = "This article is part of a developing story of how the shelters ran out of power, the mayor warned."
    assert kind_between_prose(line) == TEXT


def test_someones_words_wholly_in_marks_without_a_final_stop_are_no_title_of_another_story():
    lines = ["“Our aim is to collate evidence on what happened at the frontiers and the cities, as well as of those who fled”",
             "“Apparently the residents left the dog behind when they escaped the shelling, and the soldiers took him in”"]
    found = kinds("Films of the war\n" + BODY + "\n".join(lines) + "\n" + AFTER)
    assert [found[line] for line in lines] == [TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "If you purchase via links on our site, we may receive affiliate commissions.",
    "This article is available exclusively to subscribers like you.",
    "🌍 This article is also available in Ukrainian",
    "Scroll down to see all available streams.",
    "Support The Example Times’ journalism of integrity and credibility",
    "Good journalism costs a lot of money. Yet only good journalism can ensure a good society.",
    "12 Photos",
    "[Photo: courtesy Example Architects]",
    "Photo by example_photographer / Instagram",
])
def test_an_affiliate_note_a_subscribers_wall_another_edition_a_papers_appeal_a_gallery_count_and_a_credit_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "The museum keeps 12 photos of the siege in a locked room, and the curator shows them only to families.",
    "Photo by photo, volunteers rebuilt the archive the shelling had burnt, the librarian said.",
])
def test_prose_about_photos_and_commissions_is_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_caption_with_its_credit_glued_to_the_last_word_is_clutter():
    assert kind_between_prose("And he is finding it difficult to focus on the fight while his country is at warCredit: "
                              "EXAMPLE AGENCY") == CLUTTER


@pytest.mark.parametrize("line", [
    "The article has been automatically translated into English by Google Translate from Russian and has not been edited.",
    "Paid Advertisement",
    "Help us amplify vital stories and drive change in underreported crises.",
    "Support our work.",
    "Example News’s Article search uses Boolean search capabilities. Here are some quick tips.",
    "To search specifically for more than one word, put the search term in quotation marks.",
    "Submitted by Thunderbird on March 24, 2022",
    "Contents",
])
def test_a_machine_translations_note_an_ads_label_a_plea_a_search_boxs_help_and_a_contents_label_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_reader_appeal_under_a_readers_label_is_clutter_to_its_end():
    lines = ["Readers", "These are extraordinary times. All of us have to rely on trustworthy journalism.",
             "Example Samwad is a venture that has no shareholders. We have taken the small step forward.",
             "Please help us to keep our journalism independent and free."]
    found = kinds("Oil prices rise\n" + BODY + "\n\n".join(lines) + "\n\n" + AFTER)
    assert [found[line] for line in lines] == [CLUTTER] * 4


def test_prose_about_a_translation_app_and_a_search_is_kept():
    line = "Refugees at the station used Google Translate to talk to the volunteers, who searched for beds all night."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "(PA wire)",
    "Related:",
    "Stay up to date with Example Radio’s email newsletter.",
    "BY IVAN EXAMPLENKO",
    "L to R: Jane Roe, Polina, Alina and Major General John Roe.",
    "READ ALSOUkraine is Europe | Jane Roe",
    "This is the seventh in a series of articles in Example Fish Magazine",
    "Ukrainian refugees Lisa and Lillia. Pictures: Jane Roe",
])
def test_an_agencys_bracketed_credit_a_bare_related_label_a_capitals_byline_and_a_series_note_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_prose_opening_with_related_is_kept():
    assert kind_between_prose("Related to the shortages, the ministry said fuel prices rose by a third in March.") == TEXT


@pytest.mark.parametrize("line", [
    "Report this comment Cancel",
    "Please report any comments that break our rules.",
    "Comments: Our rules",
    "Buy the e-paper of the Example Democrat here for instant access to the county's premier news titles.",
    "The next sentence is not part of the article",
    "For subscribers:Friends amid war in Ukraine: ‘You understand this friend cares about you.’",
    "• You can read it here. The article has links to two new songs.",
    "• Listen to the five-minute interview here.",
    "You can learn more about the fund or donate here.",
    "Example Newsroom, Nov 28, 2022 / 13:30 pm (EN).",
    "Author: Jane RoePublished 24th Feb 2023 Last updated 24th Feb 2023",
    "(Screengrab of the appeal posted on the regiment's website)",
    "Rishi Example has returned to Ukraine. Image collected",
    "Example Chronicle: Nataliia and Serhii from Ukraine",
])
def test_comment_rules_an_e_paper_offer_links_here_page_metadata_and_labelled_captions_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Volunteers collected images of the damage and sent them to the council, which promised to report back in May.",
    "Example News: How much do you need to help those in need, and how much have you received?",
    "You can read the letter in full on the council's website, the spokeswoman said in a statement on Monday.",
])
def test_prose_about_collected_images_an_interviews_question_and_a_letter_is_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_reporters_note_closing_the_page_is_clutter():
    note = "Jane Roe is a freelance reporter for Example Radio, covering issues around central New York."
    assert kinds(f"Power cut in three villages\n{BODY}{AFTER}{note}\n")[note] == CLUTTER


@pytest.mark.parametrize("line", [
    "A church destroyed by a Russian attack in the Donetsk region is pictured Feb. 13, 2024. (EXN News photo/Jane Roe, "
    "Reuters)",
    "time:2023-06-09 06:12:33source:Example News author:Press center6",
])
def test_an_outlets_bracketed_photo_credit_and_a_pages_time_line_under_the_headline_are_clutter(line):
    assert kinds(f"Power cut in three villages\n\n{line}\n\n{BODY}{AFTER}")[line] == CLUTTER


def test_a_standfirst_above_the_byline_and_its_dates_is_kept():
    text = ("Ukrainian refugees living in Merseyside reflect one year since the war started\n\n"
            "Vigils are being held across the country\n\n"
            "Author: Jane RoePublished 24th Feb 2023\nLast updated 24th Feb 2023\n\n"
            "Today marks one year since the start of Russia's invasion of Ukraine, and refugees who found safety in "
            "Merseyside say life will never be as it was.\n\n"
            "The war began with a bomb being dropped in the early hours of the morning on 24 February 2022.\n")
    found = kinds(text)
    assert found["Vigils are being held across the country"] != CLUTTER
    assert found["Author: Jane RoePublished 24th Feb 2023"] == CLUTTER


@pytest.mark.parametrize("line", [
    "Published: Feb. 27, 2022 at 3:25 PM AKST|Updated: 22 hours ago",
    "Advertisment",
    "Body",
    "Gift 5 articles to anyone you choose each month when you subscribe.",
    "Start and end each day with the latest news stories and analyses delivered straight to your inbox.",
    "Group of Filipino seafarers arrived in Manila on March 9 (DFA Photo)",
])
def test_a_dated_published_line_a_misspelt_ad_label_a_bare_body_label_inbox_offers_and_an_agencys_photo_credit_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_prose_about_a_publication_date_is_kept():
    line = "Published on March 3, 2022, the report found that the strikes had damaged 40 schools across the region."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Posted at 5:42 AM, Mar 04, 2022 and last updated 2022-03-14 14:48:44-04",
    "Add new comment",
    "Contact Us",
    "Watch the video HERE.",
    "Image Credits: Example Newsable",
    "Example Universal, Inc.",
    "Also readFarmers would be facing a food crisis",
    "Original content",
    "Find out what's happening in Springfieldfor free with the latest updates from Example.",
    "Watch this story:",
    "More in section",
    "Find more local news here.",
    "Learn more about the Russia-Ukraine situation",
    "From the left to the right: Jane Roe “Target,” Anna Doe “Determination”",
    "Clockwise, from top left: the singer Jane Roe, the actor Petro Poe, the author Ivan Doe.",
    "Original video here.",
    "image invasion .jpg",
    "–IANS",
    "Provided by Jane Roe",
    "Courtesy Example News Agency",
    "Stay up-to-date with the latest on the war, with our exclusive international coverage.",
    "Don't miss out on essential news, industry updates, hot videos and photos, and more!",
    "Read all articles by Example News Media on Google News, subscribe and follow.",
    "(From left to right) Jane Roe, Anna Doe and Petro Poe sit together in the great hall of the city museum on April 20. "
    + " ".join(["They sit next to a bronze statue of a little girl."] * 12),
])
def test_a_posted_and_updated_line_comment_and_contact_links_a_credit_label_and_a_related_link_glued_to_its_title_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Posted at the border for three months, the unit saw heavy fighting near the river.",
    "Contact us, the volunteers said, and we will find you a host family.",
    "Left to their own devices, the villagers rebuilt the school roof before the first snow.",
    "Courtesy of the neighbours, the family had a roof over their heads within a week.",
])
def test_prose_opening_with_posted_or_contact_us_is_kept(line):
    assert kind_between_prose(line) == TEXT


def test_the_line_above_a_provided_by_credit_is_the_pictures_caption():
    text = ("Uniforms for women soldiers\n\n" + BODY.strip() + "\n\nUkrainian soldier Jane Roe\n\nProvided by Jane Roe\n\n"
            + AFTER.strip() + "\n")
    found = kinds(text)
    assert found["Ukrainian soldier Jane Roe"] == CLUTTER
    assert found["Provided by Jane Roe"] == CLUTTER


def test_a_radio_transcripts_speaker_labels_and_sound_notes_are_kept_and_its_section_label_is_not():
    text = ("Violinists plan a concert for Ukraine\n"
            "Next month's concert will raise funds for families affected by the war in Ukraine.\n"
            "Transcript\n"
            "JANE ROE, HOST:\n"
            "Many people watching events in Ukraine feel helpless.\n"
            "MARTA POE: Ukraine is my home country. It is where I learned to play the violin.\n"
            "(SOUNDBITE OF VIOLIN PLAYING)\n"
            "ROE: Marta Poe is a violinist based in Pittsburgh.\n"
            "JOHN DOE, BYLINE:\n"
            "Her cousin is a violinist too, and he has joined the Border Guard.\n")
    found = kinds(text)
    assert found["Transcript"] == CLUTTER
    assert found["JANE ROE, HOST:"] != CLUTTER and found["JOHN DOE, BYLINE:"] != CLUTTER
    assert found["(SOUNDBITE OF VIOLIN PLAYING)"] == TEXT  # one of the transcript's lines, no heading over them


@pytest.mark.parametrize("line", ["Bürgenstock, Switzerland:", "Kyiv, Ukraine:", "WATCH THE FULL CONCERT HERE NOW"])
def test_a_dateline_on_a_line_of_its_own_and_a_promotion_in_capitals_stay_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_reworded_copys_related_link_is_clutter_and_a_sentence_opening_with_additionally_is_kept():
    assert kind_between_prose("Additionally Learn: Zelenskyy Accuses Russia of Stealing Grain") == CLUTTER
    assert kind_between_prose("Additionally, learn the rules of the shelter before the sirens go off at night.") == TEXT


@pytest.mark.parametrize("line", [
    "Tetiana Roe (middle) takes part in a pupils' protest against the war. She is one of several students from Kyiv.",
    "Photo (l-r): board members Sylvia Roe, Andrew Doe and Monica Poe with the visiting delegation",
    "Volunteers (second from left) load a van with medical supplies for Kharkiv",
    "The flag of Ukraine The flag of Ukraine",
])
def test_a_caption_saying_where_people_stand_and_a_short_caption_given_twice_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "The volunteers who had left stayed in touch, and two of them came back to the centre in the spring.",
    "The flag of Ukraine flew over the town hall again on Monday, a week after the town was freed.",
])
def test_sentences_about_leaving_or_a_flag_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "You've successfully subscribed to Example Daily",
    "Great! Next, complete checkout",
    "Error! Stripe checkout failed.",
    "Billing info update failed.",
    "Comments are closed, but trackbacks and pingbacks are open.",
    "Read the full story in the Example Herald magazine.",
    "More from The Example Star & partners",
    "Jane Roe for The Example Times",
    "All photos credited to Jane Roe",
    "By Anna van Dijk and Jan de Vries",
])
def test_a_platforms_account_notices_closed_comments_a_cookie_notice_a_pointer_to_the_full_story_and_credits_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "The checkout at the only open shop took an hour, because the card machines had failed.",
    "Comments on the plan are closed until the council meets again on Monday.",
    "Read the full list of shelters on the city council's website, the mayor said.",
    "All photos of the damage were sent to the insurers by the council.",
])
def test_prose_about_checkouts_comments_reading_or_photos_is_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_cookie_notice_saying_what_the_cookies_are_for_is_clutter():
    notice = ("This website uses cookies for anonymised analytics and for account authentication. See our privacy and "
              "cookies policies for more information.")
    assert kind_between_prose(notice) == CLUTTER


def test_a_title_case_heading_with_for_is_no_credit():
    assert kind_between_prose("Zelensky Calls for Talks") != CLUTTER


def test_the_name_and_role_signing_a_pull_quote_is_kept():
    found = kinds(f"Power cut in three villages\n{BODY}\n“Dodo is a very serious dog, he is built for serious missions.”\n"
                  f"Yevhen Doe, dog handler\nA unique bond\n{AFTER}")
    assert found["Yevhen Doe, dog handler"] == TEXT


@pytest.mark.parametrize("rest", ["\"I left my home, my family and all my flowers behind.\"",
                                  "26 Kenyans have been evacuated from the Sumy region of Ukraine by bus."])
def test_the_stores_date_glued_before_a_quote_or_a_number_is_split_off_and_the_line_kept(rest):
    found = kinds(f"Power cut in three villages\n date 2022-07-03 {rest}\n\n{BODY}\n{AFTER}")
    assert found["date 2022-07-03"] == CLUTTER
    assert found[rest] == TEXT


def test_someones_words_in_single_marks_on_a_line_of_their_own_are_kept():
    line = ("'They are telling us that those of us who came before February 24 do not have rights. That’s most of "
            "the refugees in Larnaca, we came before the war'")
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "He’s working to pack up the family’s apartment, while collecting winter gear for the newest neighbours.",
    "She’s hoping to find work in the town, sending most of what she earns home to her mother in Kharkiv.",
])
def test_a_sentence_opened_by_a_pronoun_and_a_participle_is_kept_not_taken_for_a_caption(line):
    assert kind_between_prose(line) == TEXT


def test_a_picture_described_by_a_participle_is_still_a_caption():
    assert kind_between_prose("Ukrainian volunteers loading boxes of winter gear onto a truck in Lviv.") == CLUTTER


@pytest.mark.parametrize("line", [
    "By Jane Roe - Lethbridge Examiner on December 6, 2022.",
    "Grace Roe, Reporter",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "View all images",
    "Name:",
    "To refresh the security code, click on it",
    "Have a comment on this story? Write to the editors. Include your full name, city and state.",
    "Read article in the fully formatted PDF of the Example Society Magazine.",
    "The following article has been reproduced in its entirety from the society's September 2023 newsletter.",
    "This website example.org/story/ is currently offline. Cloudflare's Always Online™ shows a snapshot of this web page.",
])
def test_bylines_browser_and_archive_notices_reprint_notes_and_form_labels_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "By the end of the day - the mayor said - the town had no power again.",
    "Olena Roe, an editor at the town paper, said the shelter had run out of blankets.",
    "Name: that was all the form asked for, and the volunteers wrote it down for everyone.",
    "The following week the volunteers reproduced the list of names for the town hall.",
])
def test_sentences_sharing_words_with_those_bylines_notices_and_form_labels_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_the_writers_bio_under_its_label_is_clutter():
    found = kinds(f"Power cut in three villages\n{BODY}About the Author:\n\nAward-winning reporter, tennis player and "
                  f"drummer. Husband to Veronica and cat father to Bella.\n")
    assert found["About the Author:"] == CLUTTER
    assert found["Award-winning reporter, tennis player and drummer. Husband to Veronica and cat father to Bella."] == CLUTTER


@pytest.mark.parametrize("line", [
    "- Download our free app",
    "Support quality, independent, local journalism",
    "The story continues below the ad",
    "Play Live Radio",
    "Check back for updates to this list",
    "Grace Roe, Town Review Reporter",
    "Apr 05, 2024 01:04PM ● By Tom Roe",
])
def test_app_and_support_prompts_ad_breaks_a_radio_switch_an_update_promise_and_dated_bylines_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "- Download the evacuation app, the mayor said, and follow its alerts.",
    "Support for local journalism has grown since the war began, Olena Roe said.",
    "Grace Roe, Town Review Reporter, asked the mayor when power would return.",
    "Check back in a week, the volunteers told the families waiting for visas.",
])
def test_sentences_sharing_words_with_those_prompts_and_bylines_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Ivan Roe said...",
    "Anonymous said…",
    "By Tom Roe, The Town Press on February 1, 2024.",
    "Author(s): Tom Roe. Published on April 25, 2022.",
    "(Town News Desk – Lviv)",
    "Source: Tom Roe/Town Images",
    "Enjoy what you're reading? Subscribe for more!",
    "Close this search box.",
    "Other news:",
    "Something went wrong with processing the request.",
    "This interview aired on The Morning Show",
    "This interview aired on The Morning Show on Aug. 23, 2024. The Morning Show airs weekdays at 11 a.m. on Town Radio.",
    "June 27, 2022 | By Tom Roe",
    "By admin , in news , at May 10, 2022",
    "WORDS Grace Roe",
])
def test_comment_headers_dated_bylines_desk_and_picture_credits_and_site_notices_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Ivan Roe said the shelter had run out of blankets...",
    "By February 1, 2024, the town had taken in three hundred families.",
    "Source: Ivan Roe, head of the regional council",
    "Something went wrong with the grid in the night, the engineers said.",
    "This interview aired on Monday, and the mayor repeated his call the next day.",
    "Other news from the front reached the town only on Sunday, Olena Roe said.",
])
def test_sentences_sharing_words_with_those_comment_headers_bylines_and_notices_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_an_events_place_with_its_street_address_under_the_headline_is_kept():
    found = kinds("Town Stands with Ukraine against the Invasion\n\nTown Stands with Ukraine against the Invasion\n\n"
                  "Where: Outside the Russian Consulate in Cape Town (8 Riebeek St, Cape Town 8001)\n\n"
                  "Outside the Russian Embassy in Pretoria (316 Brooks Street, Menlo Park, 0081)\n\n"
                  "The association calls on the community to stand with Ukraine against the invasion of its land.\n")
    assert found["Where: Outside the Russian Consulate in Cape Town (8 Riebeek St, Cape Town 8001)"] == TEXT
    assert found["Outside the Russian Embassy in Pretoria (316 Brooks Street, Menlo Park, 0081)"] == TEXT


def test_a_sentence_reporting_what_someone_reckons_above_a_photos_credit_is_kept_the_picture_had_no_caption():
    found = kinds(f"Power cut in three villages\n{BODY}\nJane Roe from the group Town Stands With Ukraine estimates that at "
                  f"least 200 people have fled the war and come to the town.\n\nTown Stands With Ukraine / Facebook\n\n"
                  f"“This day is extremely important,” Roe said.\n")
    assert found["Jane Roe from the group Town Stands With Ukraine estimates that at least 200 people have fled the war "
                 "and come to the town."] == TEXT
    assert found["Town Stands With Ukraine / Facebook"] == CLUTTER


def test_a_short_line_introducing_the_quote_on_the_next_line_and_that_quote_are_kept():
    found = kinds(f"Power cut in three villages\n{BODY}No handshakes due to war\n"
                  f"Speaking to the BBC ahead of the match, Svitolina said,\n"
                  f"\"There were lots of misunderstandings in Paris because everyone understood my position,\n"
                  f"and it is just a big motivation for me to go out there.”\n{AFTER}")
    assert found["Speaking to the BBC ahead of the match, Svitolina said,"] == TEXT
    assert found["\"There were lots of misunderstandings in Paris because everyone understood my position, and it is "
                 "just a big motivation for me to go out there.”"] == TEXT


def test_a_pictures_alt_text_above_its_caption_with_a_credit_goes_with_the_caption():
    found = kinds(f"Villages raise money for the appeal\n\nPublished: 1:56 PM March 13, 2022\nMore than 200 people attended "
                  f"a coffee morning at the church hall in aid of the appeal.\n\nMore than 200 people attended a coffee "
                  f"morning at the church hall in aid of the appeal. - Credit: Chris Roe\n\n{BODY}\n{AFTER}")
    assert found["More than 200 people attended a coffee morning at the church hall in aid of the appeal."] == CLUTTER
    assert found["The regional governor said three villages had lost power after the overnight strikes on the grid. "
                 "Repair crews were working through the day and expected to restore supplies by the evening."] == TEXT


def test_a_credit_naming_a_station_by_its_frequency_goes_and_so_does_the_caption_above_it():
    found = kinds(f"Power cut in three villages\n\n{BODY}\nMembers of the parish pinch dumplings in the church's basement.\n\n"
                  f"Jane Roe / 90.5 WXYZ\n\n{AFTER}")
    assert found["Members of the parish pinch dumplings in the church's basement."] == CLUTTER
    assert found["Jane Roe / 90.5 WXYZ"] == CLUTTER


def test_a_caption_given_on_both_sides_of_its_credit_goes_both_times():
    caption = ("Yuriy Roe, 56, of Ballwin, holds a Ukrainian flag signed by soldiers on Feb. 28, during a demonstration "
               "at the Arch.")
    page = parse_raw(f"Donations are the best way to help\n\n{caption}\nBrian Doe\nSt. Louis Public Radio\n{caption}\n\n"
                     f"{BODY}\n{AFTER}")
    assert [p.kind for p in page.paragraphs if p.text == caption] == [CLUTTER, CLUTTER]


def test_a_most_read_box_numbered_by_place_and_rank_is_clutter_and_a_numbered_list_of_the_article_is_kept():
    found = kinds(f"Power cut in three villages\n\n{BODY}\nMost Read\n\n  1. 1 Plans to open a cafe on the outskirts of "
                  f"town\n  2. 2 Market place reopens after an incident\n  3. 3 New cruiser set for launch\n\n"
                  f"1. Three villages lost power overnight. 2. Crews worked through the day to restore it.\n\n{AFTER}")
    assert found["1. 1 Plans to open a cafe on the outskirts of town 2. 2 Market place reopens after an incident 3. 3 New "
                 "cruiser set for launch"] == CLUTTER
    assert found["1. Three villages lost power overnight. 2. Crews worked through the day to restore it."] == TEXT


def test_a_paragraph_of_several_sentences_above_a_photos_credit_is_article_text_not_its_caption():
    paragraph = ("Father Ivan Roe, who serves two Ukrainian Catholic parishes in the city as well as a mission in the "
                 "valley, is a native Ukrainian. Originally from Lviv, he has been in the United States for 15 years but "
                 "still has family at home.")
    found = kinds(f"Power cut in three villages\n\n{BODY}\n{paragraph}\n\nJane Doe / 90.5 WXYZ\n\n{AFTER}")
    assert found[paragraph] == TEXT
    assert found["Jane Doe / 90.5 WXYZ"] == CLUTTER


@pytest.mark.parametrize("line", [
    "Posted by Editor on May 17, 2024 - 7:50 am",
    "By Jane Roe, FP, 20/2/23 Feb 22, 2023 - 4:24:07 PM",
    "Article written by",
    "By admin , in news , at May 10, 2022 Tags:",
])
def test_more_dated_bylines_are_clutter(line):
    assert kinds(f"Power cut in three villages\n\n{BODY}\n{line}\n\n{AFTER}")[line] == CLUTTER


@pytest.mark.parametrize("line", [
    "Posted by volunteers on May 17, 2024, the appeal raised money for the generators.",
    "By Jane Roe, the driver, twenty families were taken to the border.",
])
def test_sentences_opening_like_a_dated_byline_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_byline_glued_before_a_wire_dateline_is_cut_off_and_the_story_kept():
    found = kinds("Mourners remember a volunteer\n\nBy Jane Roe KYIV (Reuters) - Tearful mourners in Kyiv on Sunday "
                  "commemorated a British volunteer killed while attempting an evacuation.\n\n" + AFTER)
    assert found["By Jane Roe"] == CLUTTER
    assert found["KYIV (Reuters) - Tearful mourners in Kyiv on Sunday commemorated a British volunteer killed while "
                 "attempting an evacuation."] == TEXT


@pytest.mark.parametrize("line", [
    "WATCH:",
    "This summary has been generated by AI.",
    "App users, tap here to watch video report.",
    "Buy subscriptions, t-shirts and more from our shop right here!",
    "Send questions/comments to the editors.",
    "The i newsletter cut through the noise",
])
def test_a_players_label_a_donation_button_an_ai_notice_and_more_of_the_sites_own_prompts_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", [
    "Make a donation to the fund, the mayor urged residents on Monday.",
    "App users in the region can tap here and there for news, the minister said, but the network is down.",
    "The newsletter of the parish reported that forty families came to the hall.",
    "Listen: the mayor spoke to the families for an hour about the shelters.",
])
def test_sentences_sharing_words_with_those_prompts_are_kept(line):
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", [
    "Welcome to the discussion.",
    "Keep it clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
    "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.",
    "Be proactive. Use the 'Report' link on each comment to let us know of abusive posts.",
    "Share with Us. We'd love to hear eyewitness accounts, the history behind an article.",
    "Sign in or get an account to comment.",
    "Stay ahead of the Ukraine Crisis",
    "If you have a story idea for the Ag Network, email us.",
    "Written on . Posted in News.",
])
def test_a_comment_sections_rules_and_a_sites_alerts_and_calls_for_stories_are_clutter(line):
    assert kinds(f"Power cut in three villages\n\n{BODY}\n{line}\n\n{AFTER}")[line] == CLUTTER


@pytest.mark.parametrize("line", [
    "Keep it clean, the mayor told the volunteers as they swept the square on Monday.",
    "Be nice to the newcomers, the teacher told her pupils before the families arrived.",
    "Stay ahead of the cold, the governor urged residents as the grid failed across three regions.",
])
def test_sentences_opening_like_comment_rules_or_alerts_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_list_bulleted_with_a_pictograph_whose_first_item_is_a_clause_is_the_articles():
    items = ["💙 2 Emergency units of quarantine;", "💙 Equipment for quarantine such as big crates and blankets",
             "💙 Medications and consultations (vet care, parasite controls for the shelter and tests)"]
    found = kinds(f"Power cut in three villages\n\n{BODY}\nWhat has been done with our previous donation of 15,000€?\n\n"
                  + "\n\n".join(items) + f"\n\n{AFTER}")
    assert [found[item] for item in items] == [TEXT, TEXT, TEXT]


def test_a_wire_sign_off_of_place_and_date_in_brackets_is_no_photo_credit():
    line = ("Data from the tourism authority show that there were 9,883 Ukrainian arrivals, whilst the Russian arrivals "
            "stand at 18,044. (Colombo/Feb27/2022)")
    assert kind_between_prose(line) == TEXT
    assert kind_between_prose("A volunteer sorts donated clothes at the station. (Jane Roe/Reuters)") == CLUTTER


@pytest.mark.parametrize("line", [
    "Legal Disclaimer:",
    "The syndicator provides the information “as is” without warranty of any kind. We do not accept any "
    "responsibility or liability for the accuracy, content, images, videos or reliability of the information.",
    "Be the first to comment",
    "No items found.",
    "Read the Faroese versions of this article here.",
    "304 North Cardinal St.",
    "601 Gates Road",
    "TOPSHOT – A man clears debris at a damaged residential building in Kyiv on February 25, 2022.",
    "Claire Roe / NPR / NPR A caretaker at a children's village in Bilgoraj, Poland, walks children through the property.",
])
def test_a_disclaimer_a_comment_boxs_and_an_empty_listings_lines_an_address_and_credited_captions_are_clutter(line):
    assert kinds(f"Power cut in three villages\n\n{BODY}\n{line}\n\n{AFTER}")[line] == CLUTTER


@pytest.mark.parametrize("line", [
    "The mayor said the company does not accept any blame for the outage and would repair the line by Friday.",
    "Be the first to help, the pastor told the congregation as the families arrived on Sunday.",
    "304 families were rehoused on North Cardinal Street after the missile struck their block in March.",
    "Claire Roe, a volunteer from Bilgoraj, walks the children through the property every morning.",
])
def test_sentences_sharing_words_with_a_disclaimer_a_prompt_an_address_or_a_credit_are_kept(line):
    assert kind_between_prose(line) == TEXT


def test_a_byline_with_the_writers_paper_glued_before_the_story_by_a_dash_is_cut_off():
    story = ("They fled war-torn Ukraine uncertain what was waiting for them 15 hours later in Spartanburg, South "
             "Carolina.")
    found = kinds(f"Power cut in three villages\n\nBY LYN ROE, the state – {story}\n\n{AFTER}")
    assert found["BY LYN ROE, the state –"] == CLUTTER
    assert found[story] == TEXT


def test_a_byline_the_scraper_ran_into_the_storys_first_word_is_cut_off():
    story = ("As the city of Odessa prepares to be attacked, members of the opera company joined volunteers in "
             "building barricades.")
    found = kinds(f"Power cut in three villages\n\nBy Francisco Roe{story}\n\n{AFTER}")
    assert found["By Francisco Roe"] == CLUTTER
    assert found[story] == TEXT
    story = "A grassroots fundraising and awareness initiative is underway on campus to support relief efforts."
    found = kinds(f"Power cut in three villages\n\nBy Angie Roe Faculty of Engineering{story}\n\n{AFTER}")
    assert found["By Angie Roe Faculty of Engineering"] == CLUTTER
    assert found[story] == TEXT


def test_a_name_with_a_second_capital_after_by_is_no_byline_run_in():
    line = "By Ron DeSantis’s own account, the state sent two planes of aid to the families who fled Ukraine last spring."
    assert kinds(f"Power cut in three villages\n\n{BODY}\n\n{line}\n\n{AFTER}")[line] == TEXT


def test_a_sentence_opening_with_a_prepositional_phrase_and_a_participle_is_no_caption():
    line = ("From living room couches to spare bedrooms, the site connects those offering a safe haven as Ukrainians "
            "scramble to begin new lives.")
    assert kind_between_prose(line) == TEXT
    assert kind_between_prose("Volunteers unloading boxes of food at the station in Przemysl.") == CLUTTER


def test_words_in_the_first_person_signed_with_a_dash_and_a_full_name_are_kept():
    line = "Even that day, when it started in the morning, we couldn’t believe it was true— Natalia Roe"
    found = kinds("A long way from Clare to Kyiv\n\nOrla Doe carries with her an image of the moment the war sank in. A "
                  "young Ukrainian woman asked her what would happen next: her fiance was fighting in Ukraine. When he "
                  "arrived here, she asked, would he be able to learn English?\n\nHer gaze was wide-eyed and intense. "
                  "“It killed me because looking at her, it felt that all that happened in the 100 years since the war "
                  "is that the means of communication had speeded up,” she says.It’s a sparkling autumn morning in "
                  f"Ennis. The November rains have temporarily abat\n\n{line}\n\nNatalia Roe was one of those who "
                  "marched that day. She has lived in Ennis for more than 20 years.")
    assert found[line] == TEXT


@pytest.mark.parametrize("line", ["Key takeaways:", "📌 Key Facts", "In Summary", "Reading time",
                                  "Comments on this story express the views of the commentator only, not the "
                                  "publisher. We are unable to guarantee the accuracy of any of those comments."])
def test_a_summary_boxs_label_and_a_comment_boxs_disclaimer_are_clutter(line):
    assert kinds(f"Power cut in three villages\n\n{BODY}\n{line}\n\n{AFTER}")[line] == CLUTTER


@pytest.mark.parametrize("line", ["Key facts about the grid emerged only after the third strike on the substation.",
                                  "Comments on the mayor's plan came from every party in the council on Monday."])
def test_sentences_opening_like_a_label_or_a_comment_disclaimer_are_kept(line):
    assert kind_between_prose(line) == TEXT


SECTION_PROSE = ("On February 24, 2022, Russia launched a full-scale invasion of Ukraine, forcing thousands of families in "
                 "the region to flee their homes within days.")


def test_a_section_title_after_a_pull_quote_given_again_before_prose_is_kept():
    lead = "It has been three years since the invasion, and several families have made the town their home."
    found = kinds(f"Families mark three years\n\n{lead}\n\nBy: Eden Roe\n\n{lead}\n\nThe Beginning of War\n\n"
                  f"{SECTION_PROSE}\n\n{AFTER}")
    assert found["The Beginning of War"] == "heading"
    assert found[SECTION_PROSE] == TEXT


@pytest.mark.parametrize("line", ["Visit Shots! now", "Reuters", "By Elif Roe and Michael Doe"])
def test_an_order_a_wires_name_or_a_byline_between_furniture_and_prose_is_no_section_title(line):
    lead = "It has been three years since the invasion, and several families have made the town their home."
    found = kinds(f"Families mark three years\n\n{lead}\n\nBy: Eden Roe\n\n{lead}\n\n{line}\n\n{SECTION_PROSE}\n\n{AFTER}")
    assert found[line] == CLUTTER


@pytest.mark.parametrize("line", [
    "Afghan refugees and their supporters during a rally in front of the Parliament in Canberra, 9 February 2022.",
    "Prayer vigil at St Mary the Protectress, Parksville, 27 February 2022.",
])
def test_a_caption_closing_on_its_place_and_a_day_month_year_date_is_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_dated_day_month_year_after_on_is_kept():
    line = "The first buses left the square in Canberra on 9 February 2022, the organisers said."
    assert kind_between_prose(line) == TEXT


def test_a_photo_credit_broken_over_three_lines_and_the_caption_on_both_sides_of_it_are_clutter():
    text = ("Ukrainian families reflect on a year of war\n\n"
            "Iryna Roe and her daughter fled Ukraine last year.\nMolly Doe\n/\nWSHU\n"
            "Iryna Roe and her daughter fled Ukraine last year.\n\n"
            "Ukrainian refugees and members of the congressional delegation gathered Thursday to mark one year since "
            "the invasion began.\n\n"
            "Multiple organizations in the state have sponsored Ukrainian families fleeing the war, and more are "
            "arriving this spring.\n\n"
            "Rep. Jane Roe\nMolly Doe\n/\nWSHU\nRep. Jane Roe (D-CT)\n\n"
            "The congresswoman said the state has been a model for how to welcome families who fled the war.\n")
    found = kinds(text)
    assert [found[line] for line in ("Iryna Roe and her daughter fled Ukraine last year.", "Molly Doe", "/", "WSHU",
                                     "Rep. Jane Roe", "Rep. Jane Roe (D-CT)")] == [CLUTTER] * 6
    assert found["Multiple organizations in the state have sponsored Ukrainian families fleeing the war, and more are "
                 "arriving this spring."] == TEXT
    assert found["The congresswoman said the state has been a model for how to welcome families who fled the war."] == TEXT


@pytest.mark.parametrize("line", ["RELATED STORY: State Department recommends Americans leave Russia immediately",
                                  "Related articles: Kyiv metro stations open as shelters"])
def test_a_related_story_link_labelled_story_or_articles_is_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", ["Written by YGTV Team on 07 June 2022 .", "by Raphael Roe-Lall (Trinidad Guardian)"])
def test_a_byline_written_on_a_date_or_with_its_paper_in_brackets_is_clutter(line):
    assert kind_between_prose(line) == CLUTTER


@pytest.mark.parametrize("line", ["Get access to everything we publish when you join VeloNews or Outside+.",
                                  "We'll only be in touch when we've something exciting to share.",
                                  "Jannah Theme License is not validated, Go to the theme options page to validate the "
                                  "license, You need a single license for each domain name."])
def test_a_membership_offer_a_newsletters_promise_and_a_themes_licence_notice_are_clutter(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_about_access_or_a_licence_in_the_story_is_kept():
    line = "Aid groups say they will only get access to the town when the shelling stops and the road is cleared."
    assert kind_between_prose(line) == TEXT


@pytest.mark.parametrize("line", ["Moreover:A Ukrainian couple has left their war-torn homeland with a baby on the way. "
                                  "She was born in Topeka.",
                                  "More:Gas tops $4 a gallon in Wichita Falls"])
def test_a_link_label_glued_to_the_other_storys_title_is_clutter_even_as_a_sentence(line):
    assert kind_between_prose(line) == CLUTTER


def test_a_sentence_opening_moreover_with_a_space_is_kept():
    line = "Moreover: the convoy reached Lviv on Tuesday, two days later than planned, the organisers said."
    assert kind_between_prose(line) == TEXT
