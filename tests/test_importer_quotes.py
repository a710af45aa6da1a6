"""Finding direct quotes and their speakers (sitegen.importer.quotes)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitegen.importer.quotes import find_quotes
from sitegen.importer.speakers import match_speaker, propose_speakers
from sitegen.importer.rawtext import parse_raw

EXCERPTS = Path(__file__).parent / "fixtures" / "raw_excerpts"
REGISTRY = [
    {"id": "volodymyr-zelensky", "name": "Volodymyr Zelensky", "aliases": ["Zelenskyy", "President Zelensky"]},
    {"id": "oleksii-reznikov", "name": "Oleksii Reznikov", "aliases": ["Oleksiy Reznikov"]},
    {"id": "dmytro-kuleba", "name": "Dmytro Kuleba"},
    {"id": "jens-stoltenberg", "name": "Jens Stoltenberg"},
]


def quotes_in(*paragraphs, speakers=()):
    return {q.text: q.speaker for q in find_quotes(list(paragraphs), speakers)}


def test_said_after_the_name():
    found = quotes_in("“We need to examine our own role,” said Finley, who tracks seizures of Russian yachts.")
    assert found["We need to examine our own role"].name == "Finley"


def test_name_then_said_after_the_quote_with_title_and_role():
    found = quotes_in("“We’ll have to make our western flank more sophisticated,” Kremlin spokesperson Dmitry "
                      "Peskov told Sky News.")
    speaker = found["We’ll have to make our western flank more sophisticated"]
    assert (speaker.name, speaker.role) == ("Dmitry Peskov", "Kremlin spokesperson")


def test_name_said_colon_before_the_quote():
    found = quotes_in('Kremlin spokesman Dmitry Peskov said: "These are heavy sanctions, but Russia has the '
                      'potential to compensate the damage."')
    assert found["These are heavy sanctions, but Russia has the potential to compensate the damage."].name == \
        "Dmitry Peskov"


def test_told_the_telegraph_with_a_speaker_described_by_age_and_role():
    found = quotes_in("“I think it’s the beginning of the end for Russian occupants,” a 25-year-old Ukrainian "
                      "soldier named Marty told the Telegraph.")
    speaker = found["I think it’s the beginning of the end for Russian occupants"]
    assert (speaker.name, speaker.role, speaker.anonymous) == ("Marty", "Ukrainian soldier", True)


def test_he_said_is_the_last_named_speaker():
    found = quotes_in("President Volodymyr Zelensky hailed Ukraine's offensive as a breakthrough.",
                      "“These last few days the Russian army has shown us its best side, its back,” he said.")
    assert found["These last few days the Russian army has shown us its best side, its back"].name == \
        "Volodymyr Zelensky"


def test_the_31_year_old_is_whoever_was_described_so_or_the_last_named_speaker():
    found = quotes_in("“They were running,” a 25-year-old soldier named Marty told the Telegraph.",
                      "Another soldier, Birdie, said his unit overheard a Russian tank unit.",
                      "“I saw small units of up to five of our guys on foot,” said the 31-year-old.")
    assert found["I saw small units of up to five of our guys on foot"].name == "Birdie"
    found = quotes_in("Serhiy, 31, a medic, was there when the convoy arrived in the town.",
                      "Another soldier, Birdie, said his unit overheard a Russian tank unit.",
                      "“I saw small units of up to five of our guys on foot,” said the 31-year-old.")
    assert found["I saw small units of up to five of our guys on foot"].name == "Serhiy"


def test_a_quote_running_over_paragraphs_is_one_quote():
    found = quotes_in("“They left a huge amount of vehicles and ammunition. We couldn’t evacuate it all.",
                      "“There were a lot of uniforms lying around,” said Marty, a soldier.")
    assert list(found) == ["They left a huge amount of vehicles and ammunition. We couldn’t evacuate it all. "
                           "There were a lot of uniforms lying around"]
    assert found[list(found)[0]].name == "Marty"


def test_a_quote_paragraph_without_attribution_continues_the_last_speaker():
    found = quotes_in("“Just imagine going from a NATO alliance that is 30 to 32 members strong,” another senior "
                      "State Department official told reporters.",
                      "“How this can be anything but a massive strategic blunder for Putin?”")
    speaker = found["How this can be anything but a massive strategic blunder for Putin?"]
    assert not speaker.named and "official" in speaker.description


def test_title_and_role_are_separated_from_the_name():
    found = quotes_in("Defence minister Oleksii Reznikov said the offensive had gone well.",
                      "\"It's a sign that Russia can be defeated,\" he said.")
    speaker = found["It's a sign that Russia can be defeated"]
    assert (speaker.name, speaker.role) == ("Oleksii Reznikov", "Defence minister")


def test_a_surname_alone_is_the_full_name_used_before():
    found = quotes_in("Alexander Stubb, who served as Finland’s Prime Minister, echoed this sentiment.",
                      "“We simply don’t want to be left alone again,” Stubb said.")
    assert found["We simply don’t want to be left alone again"].name == "Alexander Stubb"


def test_single_quote_marks_and_apostrophes():
    found = quotes_in("Yermak wrote of the Russian attack: 'These are only those who were found. Nothing is "
                      "sacred. Evil will be punished.'",
                      "'Every day they drop several bombs on Azovstal,' said Petro Andryushchenko, an adviser to "
                      "Mariupol's mayor.")
    assert found["These are only those who were found. Nothing is sacred. Evil will be punished."].name == "Yermak"
    assert found["Every day they drop several bombs on Azovstal"].name == "Petro Andryushchenko"


def test_short_quoted_phrases_and_quoted_subheadings_are_not_quotes():
    found = quotes_in("Ms Truss said the sanctions would decimate Mr Putin's \"war machine\".",
                      "‘Rethink the fundamentals’",
                      "He called it a \"profound\" change.")
    assert found == {}


def test_unnamed_sources_are_reported_as_such():
    found = quotes_in("“We will be very live to the possibility,” the official said.",
                      "\"These individuals have enriched themselves at the expense of the Russian people,\" the "
                      "White House said on Thursday.")
    assert found["We will be very live to the possibility"].description == "official"
    assert not found["These individuals have enriched themselves at the expense of the Russian people"].named


def test_text_that_lost_its_quote_marks():
    article = parse_raw((EXCERPTS / "washingtonpost-no-quote-marks.txt").read_text(encoding="utf-8"))
    found = {q.text: q.speaker.name for q in find_quotes([p.text for p in article.kept])}
    assert found["Fortunately, our military is holding on"] == "Oleksiy Danilov"
    zelensky = [t for t in found if t.startswith("Now we can state that the Russian forces have started")]
    assert zelensky and found[zelensky[0]] == "Volodymyr Zelensky"


def test_excerpt_quotes_and_speakers():
    article = parse_raw((EXCERPTS / "sun-lines.txt").read_text(encoding="utf-8"))
    found = find_quotes([p.text for p in article.kept], REGISTRY)
    speakers = [(q.speaker.speaker_id or q.speaker.name) for q in found]
    assert speakers == ["Marty", "Marty", "Birdie", "Birdie", "Birdie", "volodymyr-zelensky", "oleksii-reznikov"]


@pytest.mark.parametrize("name, speaker_id", [
    ("Volodymyr Zelensky", "volodymyr-zelensky"),
    ("Zelenskyy", "volodymyr-zelensky"),  # an alias
    ("President Zelensky", "volodymyr-zelensky"),
    ("Zelensky", "volodymyr-zelensky"),  # the surname
    ("volodymyr zelensky", "volodymyr-zelensky"),  # case
    ("Oleksiy Reznikov", "oleksii-reznikov"),
    ("Dmytro Kulebá", "dmytro-kuleba"),  # diacritics
    ("Stoltenberg", "jens-stoltenberg"),
    ("Marty", None),
    ("Dmytro Zelensky", None),  # same surname, another first name
    ("Zelenskiy", "volodymyr-zelensky"),  # the surname in another transliteration
    ("Volodymyr Zelenskyi", "volodymyr-zelensky"),
    ("Stoltenberga", None),  # another word, not another spelling
])
def test_speakers_match_the_registry_by_name_surname_and_alias(name, speaker_id):
    entry = match_speaker(name, REGISTRY)
    assert (entry["id"] if entry else None) == speaker_id


def test_quotes_carry_the_registry_id_of_their_speaker():
    found = find_quotes(["“It is the beginning of the end of this war,” Zelenskyy said."], REGISTRY)
    assert found[0].speaker.speaker_id == "volodymyr-zelensky"
    assert found[0].speaker.name == "Volodymyr Zelensky"


def test_unknown_speakers_are_proposed_with_role_and_anonymity():
    found = find_quotes([
        "“I think it’s the beginning of the end for Russian occupants,” a 25-year-old Ukrainian soldier named "
        "Marty told the Telegraph.",
        "“Nobody cared and no one even noticed what happened there,” said Alina Polyakova, president of the "
        "Center for European Policy Analysis.",
        "“It is a turning point in this war for all of us,” Zelensky said.",
        "“We will be very live to the possibility,” the official said."], REGISTRY)
    proposals = propose_speakers(found, REGISTRY)
    assert proposals == [
        {"id": "marty", "name": "Marty", "role": "Ukrainian soldier", "anonymous": True},
        {"id": "alina-polyakova", "name": "Alina Polyakova",
         "role": "president of the Center for European Policy Analysis"},
    ]


def test_proposed_ids_do_not_clash_with_the_registry():
    registry = REGISTRY + [{"id": "marty", "name": "Marty Smith"}]
    found = find_quotes(["“We are holding the line here and we will go on,” said Marty Jones, a medic."], registry)
    assert propose_speakers(found, registry)[0]["id"] == "marty-jones"
    found = find_quotes(["“We are holding the line here and we will go on,” said Marty, a medic."], registry)
    assert propose_speakers(found, [{"id": "marty", "name": "Someone Else"}])[0]["id"] == "marty-2"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=8))
def test_any_paragraphs_are_searched_without_an_exception(paragraphs):
    find_quotes(paragraphs, REGISTRY)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([
    "“", "”", "\"", "'", "‘", "’", " said ", " he said.", " Zelensky", " the 31-year-old", ", ", ". ", "We will",
    " fight", " named Marty", " told the Telegraph", ":", " President", " Mr", "a", " ", "\n"]), max_size=25).map("".join),
    max_size=6))
def test_quote_like_fragments_are_searched_without_an_exception(paragraphs):
    find_quotes(paragraphs, REGISTRY)


def only(*paragraphs):
    """The one quote found, with its speaker."""
    found = find_quotes(list(paragraphs))
    assert len(found) == 1, found
    return found[0]


def test_a_first_name_used_later_is_the_person_introduced_in_full():
    quote = only("Andrii Onistrat is a commander of a drone unit near Pavlivka.",
                 "Andrii gives the order, and they drop the grenade.",
                 "“I don’t care about the risk,” Andrii says.")
    assert quote.speaker.name == "Andrii Onistrat"


def test_a_call_sign_introduced_with_a_description_is_a_person():
    found = find_quotes(["A Ukrainian soldier, codenamed Flash, spoke before his unit set off.",
                         "“We are now preparing to enter the city,” Flash said.",
                         "“Everyone here is on edge, every single day,” said the camouflage-clad soldier."])
    assert [q.speaker.name for q in found] == ["Flash", "Flash"]
    assert found[0].speaker.anonymous


def test_a_single_word_the_text_uses_as_a_place_is_never_a_speaker():
    quote = only("Rescuers searched the rubble in Kharkiv overnight.",
                 "“We are still looking for people under the ruins,” Kharkiv said.")
    assert quote.speaker is None or not quote.speaker.named


def test_he_resolves_to_a_person_not_to_an_institution_or_a_city():
    quote = only("The ministry in Kyiv said the strike hit a school.",
                 "A man in a cafe talked about the nights.",
                 "“Every night I put headphones on and turn the film up,” he tells me.")
    assert not quote.speaker.named and "man" in quote.speaker.description


def test_an_unnamed_description_does_not_carry_over_to_the_next_unnamed_person():
    found = find_quotes(["“I have lost everything I had in this town,” a man in a grey coat told AFP.",
                         "“My son is still missing under the ruins,” a woman in tears responds."])
    assert "woman" in found[1].speaker.description and "man in a grey coat" not in found[1].speaker.description


def test_this_pensioner_is_the_person_just_quoted():
    found = find_quotes(["“The ceiling collapsed on us in the night,” Volodymyr Okhrimenko told AFP.",
                         "“No one died, thank God, no one at all,” explained this pensioner, still stunned."])
    assert found[1].speaker.name == "Volodymyr Okhrimenko"


def test_told_whom_is_kept_in_the_quote_context():
    quote = only("“We are going to the city now, it is the hottest spot,” another soldier, codenamed Muzikant, "
                 "told Anadolu, further saying they are ready.")
    assert (quote.speaker.name, quote.context) == ("Muzikant", "told Anadolu")
    assert only("He said to ITV News: \"I need some revenge for my friends who died.\"").context == "told ITV News"


def test_a_source_line_names_the_speaker_of_a_quote_label():
    quote = only("Source: Oleh Kiper, Head of Odesa Oblast Military Administration",
                 "Quote: \"Russian drones bombarded the city. There is damage to homes.\"")
    assert quote.speaker.name == "Oleh Kiper"
    assert only("Quote from Trukhanov: \"Odesa, please stay in safe places!\"").speaker.name == "Trukhanov"


def test_a_topic_label_before_a_colon_is_not_the_speaker():
    quote = only("General Oleksandr Syrskyi spoke to soldiers on Friday.",
                 "About the offensive: “It is going slowly, but it is going forward.”")
    assert quote.speaker is None or "offensive" not in quote.speaker.label.casefold()


def test_a_paragraph_followed_by_a_dash_attribution_is_a_quotation():
    quote = only("Occupants attacked the region. A hit was recorded. Details are being established",
                 "- wrote Sinegubov on Telegram.")
    assert quote.speaker.name == "Sinegubov" and quote.text.startswith("Occupants attacked")


def test_a_quote_whose_later_paragraphs_have_no_opening_mark_is_one_quote():
    quote = only("\"There is no water or gas in the city. People are sitting in basements.",
                 "We use every opportunity to help people.",
                 "I appeal to humanitarian organizations to intervene!\", Kyrylenko wrote.")
    assert quote.text.endswith("to intervene!") and quote.speaker.name == "Kyrylenko"


def test_a_named_institution_is_not_a_person():
    quote = only("“One person died and ten people were wounded in the strike,” the channel Ukrainian Witness reports.")
    assert not quote.speaker.named and "Ukrainian Witness" in quote.speaker.description


def test_people_described_without_a_name_are_reported_as_described():
    found = find_quotes(["The commander of the rifle company was calm yesterday: “I am totally confident of my men.”",
                         "The 28-year-old lieutenant added: “Every line of defence will hold until the last man.”",
                         "One of the wives was filmed saying, “You are violating the ministry's own rules,” later."])
    assert [q.speaker.named for q in found] == [False, False, False]
    assert ["commander" in found[0].speaker.description, "lieutenant" in found[1].speaker.description,
            "wives" in found[2].speaker.description] == [True, True, True]


def test_speech_set_off_by_dashes_is_quoted_when_a_clause_says_who_spoke():
    found = {q.text: q.speaker.label if q.speaker else None for q in find_quotes([
        "Taras Bondar commands a drone unit near the town.",
        "– It was hard, we were going to storm the village and we lacked equipment – he remembers. – We had rifles "
        "and a few anti-tank weapons – he adds.",
        "– It is unbearable there. I had to leave to save my wife, Viktor told the BBC.",
        "— Yes, and that is how it has been. But we are not murderers, we simply have no choice."])}
    assert found["It was hard, we were going to storm the village and we lacked equipment"] == "Taras Bondar"
    assert found["We had rifles and a few anti-tank weapons"] == "Taras Bondar"
    assert found["It is unbearable there. I had to leave to save my wife"] == "Viktor"
    assert not any(text.startswith("Yes, and that") for text in found)  # an interview's answer, no attribution


def test_a_mark_set_after_a_sentences_end_the_wrong_way_round_opens_the_quote():
    found = find_quotes(["Russian guns hit the town of Marhanets in the night, the governor Petro Kravets wrote on "
                         "Telegram. The attack lasted an hour.” Marhanets was shelled by heavy artillery overnight. "
                         "Nobody was hurt, but six houses were damaged,” Kravets wrote."])
    assert [q.text.rstrip(",") for q in found] == [
        "Marhanets was shelled by heavy artillery overnight. Nobody was hurt, but six houses were damaged"]


def test_an_outlet_credited_at_a_sentences_end_in_a_text_without_marks_is_no_speaker():
    found = find_quotes(["The first fifty soldiers who came back from abroad are being treated in Uzhhorod, TSN reports.",
                         "We had nothing left to lose, the soldier Petro Hnatyuk said.",
                         "They wanted to know where our positions were, said another soldier, Ivan Bondar."])
    assert not any(q.text.startswith("The first fifty soldiers") for q in found)
    assert any(q.text.startswith("We had nothing left to lose") for q in found)


def test_speech_set_off_by_a_dash_and_closed_by_a_short_sentence_saying_who_spoke():
    found = {q.text: q.speaker.label if q.speaker else None for q in find_quotes([
        "– I do not know anything about it. Why are you asking me such things? The old man replies.",
        "– Your men shelled our town for a month. That is why I am asking – explains the officer."])}
    assert "I do not know anything about it. Why are you asking me such things?" in found
    assert "Your men shelled our town for a month. That is why I am asking" in found


def test_a_quote_in_single_marks_left_open_goes_on_into_the_paragraph_that_closes_it():
    found = find_quotes(["In an interview, the medic described the night. ‘We had no choice,’ he said. ‘The command "
                         "never answered our calls and left us on our own.",
                         "When we saw there was no way out, the whole group walked out together.’ His words are "
                         "hard to hear."])
    assert [q.text for q in found][-1] == ("The command never answered our calls and left us on our own. When we saw "
                                           "there was no way out, the whole group walked out together.")


def test_guillemets_are_quote_marks():
    found = find_quotes(["«The windows are gone, and there is no life behind them», says Olena Hrytsenko, the "
                         "editor of «Vpered»."])
    assert [(q.text, q.speaker.name) for q in found] == [
        ("The windows are gone, and there is no life behind them", "Olena Hrytsenko")]


def test_speech_signed_at_its_end_after_a_comma_and_a_dash_names_the_page_it_came_from():
    found = find_quotes(["We honour the memory of our brothers who fell near Kharkiv this week. Their courage will "
                         "always inspire us, - noted on the Battalion page."])
    assert len(found) == 1 and found[0].text.startswith("We honour the memory of our brothers")
    assert found[0].speaker is not None and "Battalion" in found[0].speaker.description
