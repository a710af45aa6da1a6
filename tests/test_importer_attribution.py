"""Who said a quote: the per-article register of people and the forms that point to a speaker
(sitegen.importer.attribution, .people, .gender, .names, .quotes), on short made-up texts."""

import pytest

from sitegen.importer.attribution import speaker_of_sentence
from sitegen.importer.handover import introduced_by
from sitegen.importer.mentions import note_people
from sitegen.importer.people import People
from sitegen.importer.quotes import find_quotes


def speakers(*paragraphs):
    return {q.text: q.speaker.label if q.speaker else None for q in find_quotes(list(paragraphs))}


def contexts(*paragraphs):
    return {q.text: q.context for q in find_quotes(list(paragraphs))}


def test_a_person_named_after_an_institution_is_the_speaker():
    found = speakers("“The shelling went on all night,” Head of the Sumy Regional Military Administration Ivan "
                     "Kovalenko said.",
                     "“We will rebuild every house,” Regional Council Chairman Petro Vovk said.")
    assert found["The shelling went on all night"] == "Ivan Kovalenko"
    assert found["We will rebuild every house"] == "Petro Vovk"


def test_an_institution_followed_by_its_acronym_is_not_a_person():
    found = speakers("“The network is under attack,” said the director of Government Communications Headquarters "
                     "(GCHQ), Jeremy Ford.")
    assert found["The network is under attack"] == "Jeremy Ford"


def test_an_age_belongs_to_the_subject_not_to_whom_the_words_were_given():
    found = speakers("Olena Marchuk said she cried when the soldiers arrived.",
                     "“I saw a Ukrainian soldier and I was relieved,” the 43-year-old told Agence France-Presse.",
                     "“I had tears of happiness,” she said.")
    assert found["I had tears of happiness"] == "Olena Marchuk"


def test_he_was_quoted_as_saying_names_the_speaker():
    found = speakers("Earlier, a military spokesman, Petro Sych, said the prisoners had fought at the front.",
                     "“Each of them is a hero,” said another official, Ivan Bilyk.",
                     "In a separate statement, Sych denied the claim. “The city is still firmly in our hands,” he was "
                     "quoted as saying by a news agency.")
    assert found["The city is still firmly in our hands"] == "Petro Sych"


def test_the_clause_before_a_colon_is_about_the_speaker_whatever_its_verb():
    found = speakers("Among them is Petro Dudka, the former mayor, who was detained in 2022. His niece, Olena "
                     "Dudka-Ivanova, shared her frustration: “I’ve been trying to raise the issue for months,” she "
                     "told NPR.",
                     "A child's voice came over the telephone: “Dad, is that you?”")
    assert found["I’ve been trying to raise the issue for months"] == "Olena Dudka-Ivanova"
    assert found["Dad, is that you?"] == "child"


def test_whom_the_words_were_given_to_in_the_paragraph_before_is_kept():
    found = contexts("The head of the prosecutor’s office, Ivan Kovalenko, told Reuters at the scene:",
                     "“The remains will be sent to forensic experts for further investigation.”")
    assert found["The remains will be sent to forensic experts for further investigation."] == "told Reuters"


def test_a_definite_description_matches_the_source_described_with_the_same_words():
    found = speakers("Both the president and the Finnish official said Helsinki expects such attacks.",
                     "Some countries fear an attack before then, according to a European official.",
                     "“We will be very alert to the possibility,” the official said.",
                     "And the Finnish official acknowledged they “have to be prepared, whatever the country decides "
                     "to do next.”")
    assert found["We will be very alert to the possibility"] == "European official"
    assert found["have to be prepared, whatever the country decides to do next."] == "Finnish official"


def test_a_comma_inside_the_marks_hands_over_to_the_subject_whatever_its_verb():
    found = speakers("The commander of the infantry company was full of fighting spirit: “I am totally confident "
                     "of my men.”",
                     "The 28-year-old lieutenant added: “Every line before us will hold until the last man.”",
                     "“This is our strongest front,” the company commander recognised their zeal.")
    assert found["This is our strongest front"] == "commander of the infantry"


def test_according_to_someone_makes_them_the_person_reported():
    found = speakers("The front line was far away, according to the lieutenant, as of yesterday.",
                     "“They wanted to take the city in three days but failed.”")
    assert found["They wanted to take the city in three days but failed."] == "lieutenant"


def test_a_quote_opening_the_story_on_its_own_is_the_next_paragraphs_person():
    found = speakers("Ukrainian-Canadians living in the city say the country needs help.",
                     "“It was a sobering wake up call.”",
                     "Father Mykhailo Demko, the pastor of the cathedral, was not worried a few weeks ago.")
    assert found["It was a sobering wake up call."] == "Father Mykhailo Demko"


def test_an_unattributed_quote_is_the_last_speakers_when_the_paragraph_before_names_him():
    found = speakers("“The Russians are over there,” Andrii Marchenko says, pointing at a tree line.",
                     "Andrii’s son Ostap was killed last month. He was 21. When we ask Andrii about him, he takes a "
                     "long pause.",
                     "“I don’t understand how it could have happened")
    assert found["I don’t understand how it could have happened"] == "Andrii Marchenko"


def test_a_sentence_whose_full_stop_stands_after_the_marks_is_a_quote():
    found = speakers("The shelling was incessant, according to Viktor: “It was Armageddon”. He repaired the roof.")
    assert found["It was Armageddon"] == "Viktor"


def test_an_attribution_left_inside_the_marks_names_the_speaker():
    found = speakers("Viktor and Lubov never wanted to leave.",
                     "“People who stayed became more united, believes Viktor. They help each other")
    assert found["People who stayed became more united, believes Viktor. They help each other"] == "Viktor"


def test_a_place_after_a_preposition_or_a_passive_verb_is_nobody():
    found = speakers("Valentina and her son Danya came out of town with apples. Although the withdrawal of troops "
                     "from Kherson was officially announced, the city is cut off.",
                     "“I’m very happy that they came back,” she says.")
    assert found["I’m very happy that they came back"] == "Valentina"


def test_she_skips_a_man_the_text_marked_as_such():
    found = speakers("Maria Kovach and her husband Petro came back to the village. Petro fixed the roof.",
                     "“We have no water, but we stay,” she said.")
    assert found["We have no water, but we stay"] == "Maria Kovach"


def test_she_skips_a_man_whose_given_name_is_a_mans_where_the_text_says_nothing_more():
    found = speakers("Oksana Hrytsenko quit her job when the war came, as she calls what Vladimir Putin began.",
                     "“Every day we bake bread,” she said.")
    assert found["Every day we bake bread"] == "Oksana Hrytsenko"


def test_a_name_used_for_both_sexes_marks_no_one():
    found = speakers("Sasha Koval came to the station. The train was late.",
                     "“We waited all night,” she said.")
    assert found["We waited all night"] == "Sasha Koval"


def test_she_goes_to_the_woman_just_named_before_a_body_of_unknown_sex():
    found = speakers("Speaking in English, Kateryna Prokopenko, 27, called for a rescue mission like the one at "
                     "Dunkirk, and asked the Red Cross for help. Petro Vovk, her neighbour, stood beside her.",
                     "“We can do this extraction operation,” she said.")
    assert found["We can do this extraction operation"] == "Kateryna Prokopenko"


def test_the_subject_of_a_sentence_outweighs_the_names_inside_it():
    found = speakers("Spokeswoman Jane Doe said the sanctions would stay.",
                     "Doe did not say whether the US shares the views of Charles Peters, the council head, as he "
                     "stood beside the prime minister and said: “We are with you until the end of the war.”",
                     "“We are doing everything we can to help,” she said.")
    assert found["We are with you until the end of the war."] == "Charles Peters"
    assert found["We are doing everything we can to help"] == "Jane Doe"


def test_a_sentence_opened_by_a_verb_in_ing_names_no_one():
    assert speaker_of_sentence("Entering Pokrovsk with large vehicles is too dangerous.", People()) is None
    assert speaker_of_sentence("Taras Kovalenko drove the minibus into the town.", People()).name == "Taras Kovalenko"


def test_a_main_clause_after_a_long_adverbial_has_its_own_subject():
    found = speakers("“We have again returned to a dead end,” Petro Sych told a briefing.",
                     "Sixty one years to the day since the Soviet Union's Yuri Gagarin blasted off into the history "
                     "books by becoming the first man in space, Sych drew an analogy between then and now.",
                     "“The isolation was complete but we were still first in space,” he said.")
    assert found["The isolation was complete but we were still first in space"] == "Petro Sych"


def test_a_participle_with_by_is_not_a_speech_verb():
    found = speakers("Mr. Biden and his allies have said they must act if Mr. Putin seizes territory claimed by the "
                     "separatists.",
                     "“This is the beginning of an invasion,” he said.")
    assert found["This is the beginning of an invasion"] == "Biden"


def test_more_ways_of_naming_the_speaker():
    found = speakers("“We will not give up our land” — Volodymyr Petrenko",
                     "As Ivan Bilyk put it: “Nobody will give up anything here.”",
                     "“We work without a break every day,” said a resident who gave only her first name, Olena.",
                     "“There is no progress at all,” according to a statement from the ministry.",
                     "“The enemy attacked the city at night,” - said Syniehubov.")
    assert found["We will not give up our land"] == "Volodymyr Petrenko"
    assert found["Nobody will give up anything here."] == "Ivan Bilyk"
    assert found["We work without a break every day"] == "Olena"
    assert found["There is no progress at all"] == "ministry"
    assert found["The enemy attacked the city at night"] == "Syniehubov"


def test_people_introduced_in_passing_keep_their_age_and_sex():
    found = speakers("Two women sat on a bench. One of them, Halyna, 67, lost her house.",
                     "“We have nowhere to go,” she said.")
    assert found["We have nowhere to go"] == "Halyna"
    found = speakers("Ivan met his sister Oksana in the square.", "“I thought I would never see her again,” he said.")
    assert found["I thought I would never see her again"] == "Ivan"
    found = speakers("Iryna, a 38-year-old teacher from Bakhmut, said the shelling never stopped.",
                     "“We lived in the basement for two months,” the 38-year-old said.")
    assert found["We lived in the basement for two months"] == "Iryna"


def test_a_title_ends_at_its_noun_whatever_field_comes_first():
    found = find_quotes(["“This was one of the most massive attacks on our grid,” Energy Minister Herman Petrenko "
                         "said on Facebook."])
    assert (found[0].speaker.name, found[0].speaker.role) == ("Herman Petrenko", "Energy Minister")


def test_he_or_she_before_any_sentence_was_about_someone_is_the_latest_person_named():
    found = speakers("Videos showed people running out of food. The announcement by the deputy prime minister, "
                     "Iryna Vereshchuk, of their rescue came after a week of convoys.",
                     "“All women and children have been evacuated,” she said.")
    assert found["All women and children have been evacuated"] == "Iryna Vereshchuk"


def test_a_name_the_text_introduces_in_quote_marks_is_a_person_whatever_the_word_lists_say():
    found = speakers("In a basement in Bakhmut, a soldier who goes by the call sign \"Fox\" said he did not know how "
                     "long they could hold out.",
                     "\"Everyone is on edge,\" Fox said.",
                     "\"Lack of sleep, cold, rain, constant shelling,\" said the camouflage-clad soldier.",
                     "President Volodymyr Zelensky has said the troops will fight for the city.",
                     "Fox said it was hard to make any predictions.",
                     "\"We don't feel support from our artillery,\" he said.")
    assert set(found.values()) == {"Fox"}


def test_a_quote_ending_in_a_comma_hands_over_to_the_person_the_clause_names_whatever_its_verb():
    found = speakers("A cold wind was blowing, but Halyna Kovalenko did not see the point in bundling up.",
                     "“So maybe I won’t be warm,” Ms. Kovalenko, 85, moaned.",
                     "“He was sure he was doing the right thing,” mentioned Mr. Kovalenko’s sister Olena Hrys, who "
                     "said he never complained.",
                     "“During the night the enemy attacked the region with drones,” a statement from the regional "
                     "authorities disseminated on social networks.")
    assert found["So maybe I won’t be warm"] == "Halyna Kovalenko"
    assert found["He was sure he was doing the right thing"] == "Olena Hrys"
    assert found["During the night the enemy attacked the region with drones"] == "statement from the regional authorities"


def test_the_subject_of_a_clause_ending_in_a_colon_speaks_whatever_its_verb():
    found = speakers("“We stayed to film the shelling,” noted their colleague, Maria Shevchuk.",
                     "The head of the regional information department, Oleksandr Tkach, spoke about the work of "
                     "the injured photographer: “They were the first to be under fire, despite the danger.”")
    assert found["They were the first to be under fire, despite the danger."] == "Oleksandr Tkach"
    assert introduced_by("When asked about the convoy, officials were blunt:", People()) is None  # no 'When'


def test_a_description_before_the_verb_is_the_person_given_that_role():
    found = speakers("Not long ago, the economist Marcel Brandt described the refugees' integration as a success. "
                     "The loss of these people may be painful for Ukraine, the economist says, “but they are "
                     "extremely beneficial to Germany, also from an economic perspective.”")
    assert found["but they are extremely beneficial to Germany, also from an economic perspective."] == "Marcel Brandt"


def test_a_name_the_text_writes_as_an_institution_is_no_person():
    found = speakers("“It’s an incredibly difficult situation,” Ivan Hryhorenko, Head of Fundraising with the Irish "
                     "Red Cross, told a radio station.",
                     "“They are looking for shelter,” she said, adding that the Red Cross has sent a convoy.",
                     "In recent days, the forces of the Russian Federation have strengthened their attacks.",
                     "“The enemy struck a massive blow,” he wrote in the telegram.")
    assert found["It’s an incredibly difficult situation"] == "Ivan Hryhorenko"
    assert found["The enemy struck a massive blow"] != "Federation"


def test_a_place_or_a_time_is_nobody_who_speaks():
    found = speakers("“The shelling went on all night,” in the telegram channel said.")
    assert found["The shelling went on all night"] is None


def test_a_quote_nothing_attributes_is_left_to_the_editor_rather_than_given_to_the_last_subject():
    found = speakers("Mayor Ivan Kovalenko visited the school on Monday with two engineers.",
                     "Workers cleared the rubble from the yard before the rain came.",
                     "“Nobody expected the roof to fall in the middle of the lesson.”")
    assert found["Nobody expected the roof to fall in the middle of the lesson."] is None


def test_a_quote_after_a_paragraph_reporting_someones_words_is_theirs():
    found = speakers("Workers cleared the rubble from the yard before the rain came.",
                     "Olena Marchuk said she thought the family would never get out of the city.",
                     "“We are nervous, very much. It is a new life with new people.”")
    assert found["We are nervous, very much. It is a new life with new people."] == "Olena Marchuk"


def test_a_description_that_names_no_one_who_speaks_gives_no_speaker():
    found = speakers("“The troops switched to infantry tactics and came on foot,” especially north of the town, "
                     "explains their work.",
                     "“We counted forty attacks in one night,” the battalion navigator said.",
                     "“The water came up to the second floor,” said one of the women.")
    assert found["The troops switched to infantry tactics and came on foot"] is None
    assert found["We counted forty attacks in one night"] == "battalion navigator"
    assert found["The water came up to the second floor"] == "one of the women"  # (one of them, as the text says)


def test_after_the_verb_the_name_nearest_it_is_the_first_not_one_inside_the_apposition():
    found = speakers("“The cases we documented amount to deliberate cruelty,” said Hugh Petrenko, Europe and Central "
                     "Asia director at Human Rights Watch.")
    assert found["The cases we documented amount to deliberate cruelty"] == "Hugh Petrenko"


def test_a_name_of_war_the_attribution_gives_is_the_speaker_whatever_the_noun_before_it():
    found = speakers("“There are many more of them than before,” said a drone operator who is only being "
                     "identified by his callsign, Heron, in line with military rules.",
                     "“We heard a plane and then a hiss,” a 19-year-old soldier who gave his war name as “Smoke,” "
                     "and was nearby, told AFP.",
                     "“The columns drove into the minefields,” says “Anvil” – his military code -, 29 years old.")
    assert found["There are many more of them than before"] == "Heron"
    assert found["We heard a plane and then a hiss"] == "Smoke"
    assert found["The columns drove into the minefields"] == "Anvil"


def test_a_name_of_war_introduced_before_is_whom_he_stands_for():
    found = speakers("The reporter spoke to the commander of a rifle company of the brigade, with the call sign "
                     "Kestrel.",
                     "“At this stage our progress is successful,” he told the correspondent.")
    assert found["At this stage our progress is successful"] == "Kestrel"


def test_the_clause_introducing_a_quote_with_a_comma_or_that_speaks_whatever_its_verb():
    found = speakers("His mother, Maria, remembers the last flood. “Nobody thought the dam could break,” she says. "
                     "Ivan laughs: “Mum, you forgot to water the tomatoes.”",
                     "The motor screams as the propeller spins up, and Taras counts down, “Three, two, one, launch!”",
                     "Minister Petro Vovk briefed the president on the losses. He pointed out that “the brigade "
                     "lost forty men in two weeks of fighting.”")
    assert found["Mum, you forgot to water the tomatoes."] == "Ivan"
    assert found["Three, two, one, launch!"] == "Taras"
    assert found["the brigade lost forty men in two weeks of fighting."] == "Petro Vovk"


def test_an_aside_before_the_verb_is_no_inversion_when_what_follows_is_what_was_said():
    found = speakers("“I was lucky,” said Ruslan Petrenko, a cook.",
                     "Natalia, in tears, said her half-brother Nikita, 23, was inside near the oven.",
                     "“They can’t get him out,” she said.")
    assert found["They can’t get him out"] == "Natalia"


def test_he_or_she_stands_only_for_someone_the_last_paragraphs_spoke_of():
    found = speakers("Minister Petro Vovk opened the new bridge in the morning.",
                     "The bridge had been closed for two years after the shelling.",
                     "Traffic on the river has grown since the spring.",
                     "Trucks will use the bridge from next week.",
                     "“We had to wait a long time for this day,” he said.")
    assert found["We had to wait a long time for this day"] is None


def test_a_sentence_about_she_keeps_her_in_view_past_someone_mentioned_in_passing():
    found = speakers("Olha Kerod waited for news of her husband for weeks.",
                     "She found out that fifty prisoners had died. The news came after videos showed a guard "
                     "beating an imprisoned soldier. She coped with the uncertainty by staying busy.",
                     "“I didn’t cry, I didn’t panic,” she says.")
    assert found["I didn’t cry, I didn’t panic"] == "Olha Kerod"


def test_a_name_opening_the_second_half_of_a_sentence_is_read_whole():
    found = speakers("At the edge of the flooded village near the river, the region's best-known surgeon, Taras "
                     "Bilokonenko, arrives with two bags.",
                     "“We came to see who still needs help,” the 51-year-old told AFP.")
    assert found["We came to see who still needs help"] == "Taras Bilokonenko"


def test_a_place_event_or_thing_is_never_the_person_he_stands_for():
    found = speakers("Mykola Hrytsenko joined the army in March.",
                     "“You learn to work with fear,” he says, a lesson soldiers learnt in the First World War. "
                     "“You cannot switch it off,” he says.")
    assert found["You cannot switch it off"] == "Mykola Hrytsenko"
    found = speakers("The fighting on the far bank of the Siversky Donets River went on.",
                     "“We were under fire all night,” the marine, Petro, said.")
    assert found["We were under fire all night"] == "Petro"


def test_what_a_speech_verb_is_about_is_not_who_spoke():
    found = speakers("The war found twenty-nine-year-old Bohdan in Lviv, where he taught history.",
                     "“I have one task now,” he says of his service. “I fly drones,” he adds.")
    assert found["I have one task now"] == "Bohdan"
    assert found["I fly drones"] == "Bohdan"


def test_one_name_set_off_after_a_description_is_that_person():
    found = speakers("“Hold the line!”, shouted the head of the platoon, Taras, a quiet man of few words.",
                     "Asked how long they will stay, he replies: “As long as it takes.”")
    assert found["As long as it takes."] == "Taras"


def test_the_noun_stands_for_the_latest_person_it_fits():
    found = speakers("A 30-year-old soldier with a shaved head walks past.",
                     "“Keep your heads down!”, shouted the commander of the company, Ostap, an experienced soldier.",
                     "“There is total war now,” says the soldier.")
    assert found["There is total war now"] == "Ostap"


def test_the_noun_is_nobody_the_text_gave_another_calling():
    found = speakers("The country's UN envoy Ivan Petrenko read out the messages on Monday.",
                     "His mother asked: “Where are you?”",
                     "“Mum, I am not on training any more,” replied the young soldier.")
    assert found["Mum, I am not on training any more"] != "Ivan Petrenko"
    assert found["Mum, I am not on training any more"] != "His mother"
    found = speakers("“The roads are impassable,” says Captain Dmytro Oliinyk of the 10th Brigade.",
                     "“Drones are the curse of the front,” explains the Ukrainian soldier.")
    assert found["Drones are the curse of the front"] == "Dmytro Oliinyk"


def test_a_name_after_the_kind_of_body_it_is_speaks_as_an_institution():
    found = find_quotes(["The state-owned rail operator Ukrzaliznytsia added three trains on Friday.",
                         "Ukrzaliznytsia said in a statement that “every carriage on the line is already full.”",
                         "“We are ready to help both sides,” Mariinsky Palace said."])
    by_text = {q.text: q.speaker for q in found}
    rail = by_text["every carriage on the line is already full."]
    assert rail is not None and not rail.named and "Ukrzaliznytsia" in rail.description
    palace = by_text["We are ready to help both sides"]
    assert palace is not None and not palace.named


def test_an_answer_under_an_interviewers_question_is_the_interviewees():
    found = speakers("Oksana from Dnipro is raising her two sons alone since her husband was called up.",
                     "Where is your husband now?",
                     "“He is near Pokrovsk. I have not heard from him for a week.”",
                     "“He writes when the signal comes back.”")
    assert found["He is near Pokrovsk. I have not heard from him for a week."] == "Oksana"
    assert found["He writes when the signal comes back."] == "Oksana"


def test_a_question_line_alone_makes_no_speaker():
    found = speakers("Where does the money go?",
                     "“Nobody could tell us.”")
    assert found["Nobody could tell us."] is None


def test_whom_the_words_were_given_to_is_kept_in_every_form():
    found = contexts("“We were about to leave,” he said, but his friend was still “under the rubble,” he told AFP.",
                     "“I could not believe the pictures,” he tells the BBC.",
                     "“I want him home,” a woman told a Moscow Times reporter at the gathering.",
                     "“It was hell,” a soldier shared in a conversation with American journalists.",
                     "“I am overjoyed,” she shared tearfully with NBC News on Tuesday.")
    assert found["We were about to leave"] == "told AFP"
    assert found["I could not believe the pictures"] == "told the BBC"
    assert found["I want him home"] == "told a Moscow Times reporter"
    assert found["It was hell"] == "told American journalists"
    assert found["I am overjoyed"] == "told NBC News"


def test_an_office_holder_is_not_the_soldier_and_the_man_is_the_latest_man():
    found = speakers("At the session on Monday, the country's ambassador Ivan Petrenko read out the messages.",
                     "The young soldier admitted to firing at houses.",
                     "“I am not on training any more,” replied the young soldier.",
                     "His mother replied: “Where are you then?”",
                     "“I only want to come home now,” the man wrote back.")
    assert found["I am not on training any more"] == "young soldier"
    assert found["I only want to come home now"] == "young soldier"


def test_words_that_cannot_be_a_name_make_no_speaker():
    from sitegen.importer.names import name_shaped
    assert not name_shaped("They've") and not name_shaped("O") and not name_shaped("Unfavorable")
    assert not name_shaped("3/ She")
    assert name_shaped("Anatoly") and name_shaped("Vitaly Klitschko") and name_shaped("Olive")
    found = speakers("Lidiya Kravets, a mother of a soldier, wrote a long post.",
                     "They've been at the front for three years. “A mother wants her son back,” she wrote.",
                     "3/ She said the police told her “the topic of mobilised soldiers must not be raised.”")
    assert found["A mother wants her son back"] == "Lidiya Kravets"
    assert found["the topic of mobilised soldiers must not be raised."] in ("Lidiya Kravets", None)


def test_the_quoted_words_sentence_may_go_on_before_its_attribution():
    found = speakers("“This is a large number, a record number” of cases, said Oleh Marchenko, head of a legal aid "
                     "group.")
    assert found["This is a large number, a record number"] == "Oleh Marchenko"


def test_the_representative_is_the_person_just_spoken_of():
    found = speakers("“We are ready for the winter,” Maria Lindqvist said.",
                     "According to her, more towns are shelled every day. “These attacks strike homes and schools "
                     "every single day,” the UN representative added.")
    assert found["These attacks strike homes and schools every single day"] == "Maria Lindqvist"


def test_an_outlet_that_carried_the_words_is_not_who_said_them():
    found = speakers("In Belgorod, regional Gov. Petro Sydorenko posted a message telling residents to “stay indoors "
                     "and keep away from the windows,” according to the state news agency TASS.")
    assert found["stay indoors and keep away from the windows"] == "Petro Sydorenko"


def test_the_subject_after_an_opening_phrase_introduces_with_saying_that():
    found = speakers("In a Facebook post, the village council thanked the rescuers, saying that “every one of them "
                     "worked through the night.”")
    guess = found["every one of them worked through the night."]
    assert guess is not None and "council" in guess


def test_a_quoted_phrase_on_the_way_to_the_attribution_is_part_of_its_clause():
    found = speakers("“By 08:00 on Tuesday, the bodies of four people (two of them children)” were taken from “the "
                     "ruins of the destroyed school building”, the State Emergency Service said on Telegram.")
    guess = found["By 08:00 on Tuesday, the bodies of four people (two of them children)"]
    assert guess is not None and "State Emergency Service" in guess


def test_a_message_from_someone_names_its_sender():
    found = speakers("“Dear residents! Leave the city while the roads are open!” — such a text message from the "
                     "regional military administration arrives as I drive into town.")
    guess = found["Dear residents! Leave the city while the roads are open!"]
    assert guess is not None and "military administration" in guess


def test_the_writer_asking_is_the_reporter_and_the_answer_goes_back_to_who_was_asked():
    found = speakers("“We will only stay two days,” said Bohdan.",
                     "“But the frost is coming, won’t that make it harder?” I asked.",
                     "“We can take it, we will be fine.”",
                     "“And the mud?” I was curious.")
    assert found["But the frost is coming, won’t that make it harder?"] == "reporter"
    assert found["We can take it, we will be fine."] == "Bohdan"
    assert found["And the mud?"] == "reporter"


def test_a_relative_clause_after_the_subject_is_an_aside():
    found = speakers("The fighter, who also spoke under the condition of anonymity, described the last hours. ‘We had "
                     "no water and no food left at all.’")
    assert found["We had no water and no food left at all."] == "fighter"
    found = speakers("Petro Kravets, the governor of Chernihiv, which borders Belarus, said “Shells fell on the "
                     "village all night long.”")
    assert found["Shells fell on the village all night long."] == "Petro Kravets"


def test_an_unnamed_fighter_is_not_the_unnamed_soldier_but_a_named_captain_is_the_soldier():
    from sitegen.importer.people import SpeakerGuess
    context = People()
    assert not context.fits(SpeakerGuess(description="soldier"), "fighter")
    context.roles["Dmytro Oliinyk"] = "Captain"
    assert context.fits(SpeakerGuess(name="Dmytro Oliinyk", role="Captain"), "soldier")


def test_a_name_the_speaker_wanted_to_be_known_by_is_the_speakers():
    found = speakers("“We felt something was coming,” said the soldier, who wanted only to be identified as Badger, "
                     "in an exclusive interview with CBC.")
    assert found["We felt something was coming"] == "Badger"
    assert contexts("“We felt something was coming,” said the soldier, who wanted only to be identified as Badger, "
                    "in an exclusive interview with CBC.")["We felt something was coming"] == "told CBC"


def test_a_person_who_shared_her_story_with_an_outlet_is_the_woman_after():
    found = speakers("Halyna shared this with Suspilne.",
                     "The woman recounts that her son went to the front on the first day.",
                     "“I did not try to stop him. We will stay here until the end.”")
    assert found["I did not try to stop him. We will stay here until the end."] == "Halyna"


def test_a_description_named_right_after_is_that_person():
    found = speakers("A resident of the recently freed Kherson village of Posad, Olha Marchenko, shared her account "
                     "with Suspilne about the confessions made by Russian soldiers during their occupation.",
                     "“There was a tank in our garden all winter,” she recounted.")
    assert found["There was a tank in our garden all winter"] == "Olha Marchenko"


def test_quoted_him_as_telling_is_his():
    found = speakers("Defence Minister Ivan Kovalchuk visited a brigade near Kupiansk.",
                     "“You are holding the line for all of us,” the ministry’s website quoted him as telling the "
                     "soldiers.")
    assert found["You are holding the line for all of us"] == "Ivan Kovalchuk"


def test_according_to_opening_the_sentence_names_the_speaker():
    found = speakers("According to Ostap, leader of a drone unit in the 10th Brigade, “it came from a place we know.” "
                     "“We want to hit the pilots. We are in the air already, with the coordinates.”")
    assert found["it came from a place we know."] == "Ostap"
    assert found["We want to hit the pilots. We are in the air already, with the coordinates."] == "Ostap"


def test_that_statement_from_someone_after_a_quote_names_them():
    found = speakers("Quote – “The fight is here; we need shells, not speeches.” That statement, from Defence Minister "
                     "Ivan Kovalchuk to the allies, came a day after the attack.")
    assert found["The fight is here; we need shells, not speeches."] == "Ivan Kovalchuk"


def test_the_mother_is_someone_called_a_mother_not_whoever_came_last():
    found = speakers("The video was shared by Petro Hnatenko, who then spoke to the prisoner's family.",
                     "“Do you know where your son is?” Hnatenko asks.",
                     "“What do you mean? He is in Ukraine?” The mother asks.")
    assert found["What do you mean? He is in Ukraine?"] == "mother"


def test_a_network_speaks_and_a_verb_of_manner_after_a_quote_names_the_speaker():
    found = speakers("Warning that the outages could last for days, the network said that “patience and courage are "
                     "what we need this winter.”",
                     "“You can tell my bunk by the mess,” laughs Bober.",
                     "“Real volunteers must share the hardships of their people,” the Resistance Committee quoted "
                     "Mykola Zhuk saying.")
    assert found["patience and courage are what we need this winter."] == "network"
    assert found["You can tell my bunk by the mess"] == "Bober"
    assert found["Real volunteers must share the hardships of their people"] == "Mykola Zhuk"


def test_a_body_that_called_something_by_the_quoted_words_said_them():
    found = speakers("“Eternal memory to those we lost,” Mayor Ivan Hrytsenko wrote on Telegram.",
                     "Poland’s foreign ministry called the overnight strike “the worst attack on the city since the "
                     "start of the war,” which the mayor echoed.")
    guess = found["the worst attack on the city since the start of the war"] or ""
    assert "ministry" in guess


def test_an_attribution_the_text_cut_off_still_names_by_its_pronoun():
    found = speakers("The announcement by the deputy minister, Olena Hrytsenko, came after a week of convoys.",
                     "“Every woman and child has now left the plant,” she")
    assert found["Every woman and child has now left the plant"] == "Olena Hrytsenko"


def test_words_before_a_name_ending_in_a_preposition_give_it_no_role():
    from sitegen.importer.mentions import note_people
    context = People()
    note_people("Ukrainian President Andriy Melnyk visited the island.", context)
    note_people("It was a fitting place for Andriy Melnyk to visit.", context)
    assert context.roles["Andriy Melnyk"] == "Ukrainian President"


def test_a_name_inside_a_thing_the_text_describes_is_not_whom_she_stands_for():
    found = speakers("Oksana Hrytsenko rushed to the square and found a man bleeding from the leg.",
                     "They carried him into the battered Ford Transit for the drive to the clinic. “He kept "
                     "asking for his wife,” she said.")
    assert found["He kept asking for his wife"] == "Oksana Hrytsenko"


def test_a_name_after_words_ending_in_a_preposition_or_conjunction_stays_a_person():
    found = speakers("Of the 11 windows in the home of Lubov, only three survived. “We will stay here whatever happens,” said Lubov.",
                     "The port was blocked but Putin wanted more, “so even a fly cannot escape,” said Putin.")
    assert found["We will stay here whatever happens"] == "Lubov"
    assert found["so even a fly cannot escape"] == "Putin"


def test_someone_she_became_is_no_new_person_for_she():
    found = speakers("Iryna Bondar studied law in Kyiv before the war.",
                     "At no time was the change starker: from student to becoming a combat medic at the front.",
                     "“I was just a girl who liked to dance,” she said.")
    assert found["I was just a girl who liked to dance"] == "Iryna Bondar"


def test_according_to_a_description_then_a_name_set_off_is_the_named_person():
    found = speakers("According to the parish's chief priest, Petro Danylenko, “It was a direct hit on the altar.”")
    assert found["It was a direct hit on the altar."] == "Petro Danylenko"


def test_a_sentence_adverb_before_a_comma_is_no_person_for_he():
    found = speakers("“They keep storming our positions with tanks,” Ivan Sokil noted. Previously, the enemy "
                     "trained its assault units.",
                     "“We all understood why they did it,” he added.")
    assert found["We all understood why they did it"] == "Ivan Sokil"


def test_the_office_with_an_adverb_or_its_place_after_it_is_the_person_holding_it():
    found = speakers("“The wall is moving,” Odesa Mayor Hennadiy Trukhanov told reporters.",
                     "“We will start tearing down this wall,” the mayor later added.",
                     "“Tell parishioners that it is not safe,” the mayor of the city said.")
    assert found["We will start tearing down this wall"] == "Hennadiy Trukhanov"
    assert found["Tell parishioners that it is not safe"] == "Hennadiy Trukhanov"


def test_the_governor_is_the_head_of_the_region_the_text_named_not_a_state():
    found = speakers("Shelling of the Belgorod region of the Russian Federation wounded eight people. This was "
                     "announced in his Telegram channel on Thursday the head of the region Vyacheslav Gladkov.",
                     "“There is massive shelling in the district,” the governor wrote.")
    assert found["There is massive shelling in the district"] == "Vyacheslav Gladkov"


def test_words_given_to_the_press_or_the_writer_unnamed_are_kept_in_the_context():
    found = contexts("“It looks like we are getting very close,” the president told reporters at the start.",
                     "“Nobody came for a week,” she told me, standing by the gate.",
                     "“The forest is still the most contaminated place,” he told the US news channel.")
    assert found["It looks like we are getting very close"] == "told reporters"
    assert found["Nobody came for a week"] == "told me"
    assert found["The forest is still the most contaminated place"] == "told the US news channel"


def test_the_mayor_of_a_named_city_then_his_name_is_that_person():
    found = speakers("“Thirty surgeons are operating at the same time,” said the mayor of Kramatorsk Oleksandr "
                     "Honcharenko.")
    assert found["Thirty surgeons are operating at the same time"] == "Oleksandr Honcharenko"


def test_someone_else_and_a_second_a_third_commenter_are_each_someone_new():
    found = speakers("Someone else commented: “We do not deserve dogs and their faithful love.”",
                     "A second person said: “He must be having the time of his life out there.”",
                     "“Of course they use a small terrier for the job,” said a third.")
    assert found["We do not deserve dogs and their faithful love."] == "Someone else"
    assert found["He must be having the time of his life out there."] == "A second person"
    assert found["Of course they use a small terrier for the job"] == "a third"


def test_whom_someone_told_is_not_the_he_of_his_next_words():
    found = speakers("Mateusz Ćwikliński, the head of the farm, told Wirtualna Polska about the disturbing images. "
                     "“Next to the weigh bridge there was a small building,” he said.")
    assert found["Next to the weigh bridge there was a small building"] == "Mateusz Ćwikliński"


def test_a_sentence_about_a_person_described_not_named_makes_her_the_she_that_follows():
    found = speakers("Mateusz Kowal, the head of the farm, told the portal about the disturbing images.",
                     "The widow of one of the two victims also spoke to the portal. “I have to persevere because I "
                     "have children to live for,” she said.")
    assert found["I have to persevere because I have children to live for"] == "widow of one of the two victims"


def test_a_present_tense_verb_of_emphasis_after_the_quote_attributes_it():
    found = speakers("Halyna Turcan, who runs a family business on both sides of the border, is also worried. "
                     "“We are all concerned about what comes next,” emphasizes the 46-year-old.")
    assert found["We are all concerned about what comes next"] == "Halyna Turcan"


def test_a_cleric_named_by_title_and_one_name_is_the_title_said_later():
    found = speakers("“We will start tearing down this wall,” the mayor added, addressing Metropolitan Agafangel, "
                     "an 84-year-old cleric in charge of the diocese.",
                     "“It is awful, awful. What a holy place!” exclaims the Metropolitan.")
    assert found["It is awful, awful. What a holy place!"] == "Agafangel"


def test_a_named_body_that_acted_saying_or_claiming_the_words_is_their_speaker():
    found = speakers("The Odesa Diocese of the UOC condemned the attack on the cathedral, saying “this act of terrorism "
                     "is in no way connected with military facilities.”",
                     "The Russian Defence Ministry denied responsibility, instead claiming it was due to “the fall of a "
                     "Ukrainian anti-aircraft guided missile”.")
    assert found["this act of terrorism is in no way connected with military facilities."] == "Odesa Diocese of the UOC"
    assert found["the fall of a Ukrainian anti-aircraft guided missile"] == "Russian Defence Ministry"


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_name():
    found = speakers("Volunteers tell the station that thousands pass through each day. Many volunteers sleep there.",
                     "“We see more families every morning,” Volunteers said.")
    speaker = next(q.speaker for q in find_quotes(
        ["Volunteers tell the station that thousands pass through each day. Many volunteers sleep there.",
         "“We see more families every morning,” Volunteers said."]))
    assert found["We see more families every morning"] == "Volunteers" and not speaker.named  # a group, described


def test_a_person_from_a_body_whose_name_ends_in_a_plural_institution_word_is_the_speaker():
    found = speakers("“The community is taking on all the responsibility,” Kateryna Argyrou from the Australian "
                     "Federation of Ukrainian Organisations told AAP.")
    assert found["The community is taking on all the responsibility"] == "Kateryna Argyrou"


def test_a_description_after_an_opening_clause_with_no_name_is_the_subject():
    found = speakers("Now, after nearly getting killed in a barrage in Bakhmut, the former officer, who is not being "
                     "identified, said he is “happier than I have ever been.”",
                     "Ivan, a soldier from Zhytomyr who lost his right leg, told Efe: “I look at the guys who "
                     "already walk again.”")
    assert found["happier than I have ever been."] == "former officer"
    assert found["I look at the guys who already walk again."] == "Ivan"


def test_a_title_written_before_a_name_is_the_role_the_text_uses_later():
    found = speakers("Ukrainian Fencer Olha Kharlan won the first medal for Ukraine. Later the fencer dedicated it to "
                     "the athletes who did not make it.",
                     "Accepting her medal, the Ukrainian fencer said: “This is a message that Ukraine will never give up.”")
    assert found["This is a message that Ukraine will never give up."] == "Olha Kharlan"


def test_a_preposition_opening_a_sentence_is_no_one_who_chants():
    found = speakers("Amidst this maelstrom of violence, a phrase cut through the chaos: “Russian warship, go away "
                     "from our island.”")
    assert found["Russian warship, go away from our island."] != "Amidst"


def test_a_body_named_after_its_kind_is_an_institution_and_the_kind_later_stands_for_it():
    quotes = find_quotes(["“Children taken from Kherson have finally crossed the border with their relatives,” said "
                          "the organization, Save Ukraine.",
                          "Video shared by the group showed children running into their relatives' arms.",
                          "“The woman’s heart could not stand it,” the organization claimed."])
    first, second = quotes
    assert first.speaker.description == "Save Ukraine" and not first.speaker.named
    assert second.speaker.description == "Save Ukraine"


def test_a_body_named_with_its_country_or_its_platform_speaks_as_an_institution():
    for paragraph in ("“With our greatest pain, we inform you of her death,” PEN Ukraine said.",
                      "“Including guys who recently came from the army,” the Tut Dagestan Telegram channel wrote."):
        speaker = find_quotes([paragraph])[0].speaker
        assert speaker is None or not speaker.named


def test_a_gerund_or_a_plural_calling_opening_a_sentence_is_no_person():
    found = speakers("Olesia Ostrovska-Liuta runs the gallery. Safeguarding the collection is her central goal and "
                     "she says she will stay in Kyiv “as long as we can guard our museum”.")
    zookeepers = find_quotes(["Zookeepers said there were “plenty of animals left in the park area.”"])[0].speaker
    assert found["as long as we can guard our museum"] == "Olesia Ostrovska-Liuta"
    assert zookeepers is not None and not zookeepers.named


def test_someone_named_only_as_the_source_of_a_thing_is_not_whom_he_stands_for():
    found = speakers("Judge Serhiy Ahafonov imposed the life sentence, saying the soldier had followed out a "
                     "“criminal order” from a higher-ranking soldier.",
                     "“Given that the act committed is a crime against peace,” he explained, “the court sees no "
                     "prospect of a shorter sentence.”")
    assert found["Given that the act committed is a crime against peace"] == "Serhiy Ahafonov"


def test_someone_described_with_a_capitalised_word_is_someone_new_for_he():
    found = speakers("Anton Herashchenko posted the video of the call.",
                     "A captured Russian soldier sat at the table. “My parents do not know where I am,” he said.")
    assert found["My parents do not know where I am"] == "captured Russian soldier"


def test_a_pronoun_in_a_relative_clause_is_the_person_the_sentence_described_before_it():
    found = speakers("A captured soldier spoke to reporters.",
                     "Meanwhile, a veteran Kremlin diplomat resigned and sent a letter to his colleagues in which he "
                     "said about the invasion: “Never have I been so ashamed of my country.”")
    assert found["Never have I been so ashamed of my country."] == "veteran Kremlin diplomat"


def test_a_name_after_of_a_name_is_where_the_person_belongs():
    found = speakers("“About 2,000 people have passed through our church,” Fr Grzegorz Draus of St John Paul II "
                     "parish in Lviv told The Tablet by phone.")
    assert found["About 2,000 people have passed through our church"] == "Grzegorz Draus"


def test_a_pastor_named_by_first_name_is_the_person_named_in_full_and_the_pm_is_the_prime_minister():
    found = speakers("Dmytro Drobyna leads a church in Irpin. “We are in a difficult situation,” said Pastor Dmytro.",
                     "Prime Minister Narendra Modi spoke to the cabinet. “The war is affecting every country across "
                     "the world,” the PM said.")
    assert found["We are in a difficult situation"] == "Dmytro Drobyna"
    assert found["The war is affecting every country across the world"] == "Narendra Modi"


def test_the_vatican_speaks_as_an_institution():
    speaker = find_quotes(["The envoy will seek to “contribute to the solution of the tragic situation in Ukraine,” the "
                           "Vatican announced to explain the second stage of the mission."])[0].speaker
    assert speaker is not None and not speaker.named


def test_words_given_to_national_television_are_kept_in_the_context():
    found = contexts("“The attack caused a significant technical failure,” the company's chief told national television.")
    assert found["The attack caused a significant technical failure"] == "told national television"


def test_someone_who_gave_his_name_is_named_so():
    found = speakers("The father, who gave his name as Yevhen, said: “We were sitting here in the corner when the "
                     "strike happened.”")
    assert found["We were sitting here in the corner when the strike happened."] == "Yevhen"


def test_a_name_then_an_indefinite_description_that_lost_its_comma_is_the_name():
    found = speakers("“Light the candles and go on with our lives, ” Vitaly, a 27-year-old Kyiv resident said.",
                     "Putin, the official said, will not attend. “We have nothing to add to what was said before,” the "
                     "official said.")
    assert found["Light the candles and go on with our lives"] == "Vitaly"
    assert found["We have nothing to add to what was said before"] == "official"


def test_someone_who_gave_a_name_only_is_named_so_after_the_verb():
    found = speakers("“Today I had the worst sunrise in my life,” said another Kharkiv resident, who gave her name only "
                     "as Sasha.",
                     "“There were three dead bodies at the kiosk,” said a market vendor who gave his name only as "
                     "Volodymyr.")
    assert found["Today I had the worst sunrise in my life"] == "Sasha"
    assert found["There were three dead bodies at the kiosk"] == "Volodymyr"


def test_a_full_name_then_a_definite_description_that_lost_its_comma_is_the_name():
    found = speakers("“Six people were killed and 11 wounded in the shelling,” Denis Pushilin, the Kremlin-backed head "
                     "of the region said on social media.")
    assert found["Six people were killed and 11 wounded in the shelling"] == "Denis Pushilin"


def test_a_surname_of_the_shape_of_a_nationality_is_the_person_the_text_named():
    found = speakers("When Irishman Barry Haughian and his wife Lola saw the refugees, they offered their castle.",
                     "“We were emotional wrecks for probably more than a week,” said Haughian.")
    ukrainian = find_quotes(["Olena Kovalenko hosted them too.", "“Ukrainian families need homes, not words,” said "
                             "the Ukrainian."])[0].speaker
    assert found["We were emotional wrecks for probably more than a week"] == "Barry Haughian"
    assert ukrainian is None or not ukrainian.named or ukrainian.name == "Olena Kovalenko"


def test_as_a_description_opening_a_sentence_describes_its_subject_no_one_new():
    found = speakers("Mitya Hrytsenko grew up skateboarding in Kyiv.",
                     "As an FPV drone pilot, the skills he picked up from gaming became invaluable. “The speed and the "
                     "reflexes I developed on my board are what keep me alive,” he said.")
    assert found["The speed and the reflexes I developed on my board are what keep me alive"] == "Mitya Hrytsenko"


def test_a_state_named_in_capitals_is_no_one_she_stands_for():
    found = speakers("Valentina Moraru lives by the border post.",
                     "She mentioned the attack by Islamic State followers on the concert hall near Moscow. “I feel sorry "
                     "for the people who died there,” she said.")
    assert found["I feel sorry for the people who died there"] == "Valentina Moraru"


def test_a_calling_given_after_the_name_as_an_epithet_is_the_person_named():
    found = speakers("Coming to the match is a chance to meet others, said Olena Kovalenko, 37, at the stadium with "
                     "her son. “For two years, everything I did was for my child,” said the former accountant.",
                     "Iryna Bondar won gold in the sabre on Sunday. “We always have strength,” said the former world "
                     "champion.")
    assert found["For two years, everything I did was for my child"] == "Olena Kovalenko"
    assert found["We always have strength"] == "Iryna Bondar"


def test_whom_a_person_told_is_never_the_speaker_of_the_words_the_sentence_carries():
    found = speakers("Paulina’s classes took a break. She told Trinity News that though classes continued to be held "
                     "partly in person, “I left Kyiv a month later”.")
    assert found["I left Kyiv a month later"] == "Paulina"  # she, whose classes they were; not Trinity News


def test_a_players_world_ranking_is_no_name():
    found = speakers("Elina Kovalenko has pledged her prize money to Ukraine's army. The World No 15 told the BBC that "
                     "her family is defending the country.",
                     "“Until the very last moment, we did not believe that this would happen,” she said.")
    assert found["Until the very last moment, we did not believe that this would happen"] == "Elina Kovalenko"


def test_a_body_named_for_whom_it_serves_is_no_person_she_stands_for():
    found = speakers("Vera Koval is the president of a children's charity in Detroit.",
                     "According to the United Nations Children’s Fund, millions of children have been displaced. The "
                     "country expects 100,000 refugees, and already Koval is seeing the support.",
                     "“So many people reach out to me and want to host them,” she said.")
    assert found["So many people reach out to me and want to host them"] == "Vera Koval"


def test_a_parish_a_church_or_a_federation_is_a_body_not_a_person_he_stands_for():
    found = speakers("The conversation has resulted in Tomasone, the priest at St. Joseph Parish in Warren, agreeing "
                     "to be the family's sponsor.",
                     "“By telling her that, I was making a commitment to help her out,” he said.")
    assert found["By telling her that, I was making a commitment to help her out"] != "St. Joseph Parish"


def test_the_medallist_or_the_champion_is_the_person_named_whatever_calling_the_text_gave_her():
    found = speakers("Olga Koval, a fencer from Mykolaiv, gave Ukraine its first medal of the Games on Monday.",
                     "“This is a message for all of Ukraine,” added the Olympic medallist.",
                     "“We always have strength,” the former world champion said.")
    assert found["This is a message for all of Ukraine"] == "Olga Koval"
    assert found["We always have strength"] == "Olga Koval"


def test_a_pronoun_after_a_name_whose_full_stop_was_lost_is_no_part_of_the_name():
    found = speakers("When the war began, the long jumper Oleksandr Koval He immediately left the city.",
                     "“I couldn’t sleep. Every night was like that,” he said.")
    assert found["I couldn’t sleep. Every night was like that"] == "Oleksandr Koval"


def test_one_person_described_then_named_after_the_verb_is_the_name():
    found = speakers("“We should celebrate Christmas with the whole world,” said one smiling parishioner, Olena, whose "
                     "son is a medic on the front line.")
    assert found["We should celebrate Christmas with the whole world"] == "Olena"


def test_the_head_of_a_unit_named_before_his_name_is_the_person_not_the_unit():
    found = speakers("Head of the donor selection unit Yuriy Koval said 200 people had already given blood today. "
                     "“Given the queues, many more people want to donate,” he said.")
    assert found["Given the queues, many more people want to donate"] == "Yuriy Koval"


def test_a_name_after_a_dash_with_a_long_description_is_the_speaker():
    found = speakers("“Victory is ours, young people will live.” — Nelia Koval, 62, who was attending a church memorial "
                     "service in Bucha, a town outside Kyiv that became an early symbol of the war.",
                     "“Ukraine is entering a new period, with a new task — to win” —- Ukrainian Defense Minister Oleksiy "
                     "Petrenko.")
    assert found["Victory is ours, young people will live."] == "Nelia Koval"
    assert found["Ukraine is entering a new period, with a new task — to win"] == "Oleksiy Petrenko"


def test_words_in_the_first_person_singular_are_never_carried_over_to_a_body():
    found = speakers("As part of the sanctions, the burger company announced the closure of its restaurants.",
                     "“I was 35. There were a lot of people. It was completely new.”")
    assert found["I was 35. There were a lot of people. It was completely new."] is None


def test_a_platform_formerly_known_by_another_name_gives_no_speaker_its_name():
    found = speakers("“We condemn this attack on a medical facility,” the charity said in a post on platform X, formerly "
                     "known as Twitter.")
    assert found["We condemn this attack on a medical facility"] != "Twitter"


def test_a_thing_formerly_known_by_another_name_names_no_one_wherever_the_phrase_is_read():
    from sitegen.importer.referents import resolve_who
    guess = resolve_who("the messaging platform, formerly known as Twitter", People())
    assert guess is None or guess.name != "Twitter"
    assert resolve_who("a soldier known as Ghost", People()).name == "Ghost"


def test_a_name_after_a_preposition_ending_a_description_is_a_person_not_a_thing():
    found = speakers("Two volunteers, Ivan-ur-Petrenko and Olha Dovzhenko, said they were out of money.",
                     "“We have run out of food,” Petrenko said in a video message alongside Dovzhenko.",
                     "“We ask the government to take us out,” Dovzhenko said.")
    assert found["We ask the government to take us out"] == "Olha Dovzhenko"


def test_a_capitalised_epithet_before_a_surname_is_no_part_of_the_name():
    found = speakers("Prices have risen by 60 percent, bank president Akinwunmi Adesina has said.",
                     "“That would be rather serious,” the Nigeria-born Adesina said.",
                     "“The vote was a sham,” said Kremlin-backed Denis Pushilin.")
    assert found["That would be rather serious"] == "Akinwunmi Adesina"
    assert found["The vote was a sham"] == "Denis Pushilin"


def test_pm_before_a_name_is_a_title_and_the_pm_is_the_person_so_titled():
    found = speakers("Prime Minister Narendra Modi appealed for peace on Thursday.",
                     "‘India has links with both nations’, PM Modi said, while giving a speech in New Delhi.",
                     "Explaining the choice, PM Modi said India wants peace. ‘The war is affecting every country’, the PM "
                     "said.")
    assert found["The war is affecting every country"] == "Narendra Modi"


def test_words_in_the_first_person_alone_after_a_paragraph_about_one_named_person_are_theirs():
    found = speakers("Oleksandr Ukhanov arrived in Canada in March.",
                     "Though Ukhanov is now safe in Thunder Bay, he has friends who remain in Mariupol and Kyiv.",
                     "“I am worried about this. It’s my country.”")
    assert found["I am worried about this. It’s my country."] == "Oleksandr Ukhanov"


def test_a_paragraph_naming_the_person_only_as_an_owner_is_about_them():
    found = speakers("Alexander Kachkovskyi is living in Leola for a year-long internship.",
                     "Kachkovskyi’s visa expires in July, but he doesn’t know when he’ll be able to go back home.",
                     "“My family, especially my mother, she is in panic.”")
    assert found["My family, especially my mother, she is in panic."] == "Alexander Kachkovskyi"


def test_words_alone_after_a_paragraph_about_two_people_stay_unattributed():
    found = speakers("Oleksandr Ukhanov and Petro Melnyk arrived in Canada in March.",
                     "Though Ukhanov is now safe in Thunder Bay, Melnyk has friends who remain in Mariupol and Kyiv.",
                     "“I am worried about this. It’s my country.”")
    assert found["I am worried about this. It’s my country."] is None


def test_she_after_a_possessive_subject_is_the_possessor_and_a_later_slip_of_his_does_not_unmake_it():
    found = speakers("Alina Mishkur’s parents own the cafe, and she quit her job as a lawyer to help them when a "
                     "“crazy man”, as she calls Russian President Vladimir Putin, attacked Ukraine.",
                     "“Every day, from morning to night, we bake bread,” she said.",
                     "Those who can pay do so, and for those who cannot, Mishkur and his parents give them the bread.",
                     "“It is our role in this crazy war,” she said.",
                     "For Ukrainians, Mishkur said, bread is not just food.",
                     "“Bread is a symbol of life,” she said.")
    assert found["Bread is a symbol of life"] == "Alina Mishkur"


def test_a_surname_spelt_with_another_slavic_ending_is_the_person_the_text_named():
    found = speakers("Museum director Anna Navrobskaya showed the empty halls.",
                     "“It’s a Russian book,” Navrobska said.",
                     "President Volodymyr Zelensky visited the front on Monday.",
                     "“They paid for it with many lives,” Zelenskyy said.")
    assert found["It’s a Russian book"] == "Anna Navrobskaya"
    assert found["They paid for it with many lives"] == "Volodymyr Zelensky"


def test_a_surname_spelt_with_another_transliterations_letters_is_the_person_the_text_named():
    found = speakers("Mykola Bojkow runs the bakery his parents opened in Kharkiv.",
                     "“The people make this place special,” said Boykov.",
                     "Olena Kharchenko, a baker, stayed too.",
                     "“We bake every night,” Harchenko said.")
    assert found["The people make this place special"] == "Mykola Bojkow"
    assert found["We bake every night"] == "Olena Kharchenko"


def test_surnames_a_letter_apart_that_no_transliteration_explains_stay_two_people():
    found = speakers("Ivan Petrov and Oleh Petrik run the bakery.",
                     "“We bake every night,” Petrik said.")
    assert found["We bake every night"] == "Oleh Petrik"


def test_says_the_speaker_to_an_outlet_gives_the_words_to_the_outlet_and_leaves_it_out_of_the_speaker():
    found = {q.text: q for q in find_quotes(["“I consider it a new home,” says the 37-year-old Muscovite to “Vreme”.",
                                             "“We need more shells,” said Oleksii Danilov to Reuters.",
                                             "“We need more air defence,” said the US ambassador to Ukraine."])}
    assert found["I consider it a new home"].context == "told Vreme"
    assert found["I consider it a new home"].speaker.label == "37-year-old Muscovite"
    assert found["We need more shells"].context == "told Reuters"
    assert found["We need more shells"].speaker.label == "Oleksii Danilov"
    assert found["We need more air defence"].context == ""
    assert found["We need more air defence"].speaker.label == "US ambassador to Ukraine"


def test_said_a_statement_from_a_body_gives_the_words_to_the_body():
    found = speakers("Two citizens “had been in Ukraine since December,” said a statement from the Foreign Ministry.")
    assert found["had been in Ukraine since December"] == "Foreign Ministry"


def test_two_straight_apostrophes_standing_for_double_marks_open_and_close_a_quote():
    found = speakers("''She's so strong,'' said guitarist Valentyn Leshchynskyi. ''She won't give up.''",
                     "It was the band's ''best'' year, and rock 'n' roll''s too.")
    assert found["She's so strong"] == "Valentyn Leshchynskyi"
    assert "She won't give up." in found


def test_dcn_is_a_deacons_title_before_his_first_name():
    found = speakers("WACMRO Director Deacon Greg Lowe said he was confident.",
                     "“They know what it is like to be a stranger in a foreign land,” Dcn Greg said.")
    assert found["They know what it is like to be a stranger in a foreign land"] == "Greg Lowe"


def test_what_a_named_person_owns_is_no_part_of_their_name():
    found = speakers("Elon Musk’s Starlink satellite service suffered a global outage on Thursday.",
                     "“Service will be restored shortly,” Elon Musk’s Starlink team wrote, and Musk said the same.",
                     "“Sorry for the outage,” he said.")
    assert found["Sorry for the outage"] == "Elon Musk"


def test_an_age_before_a_surname_the_text_gave_is_that_person():
    found = speakers("Lyudmyla Vorona says her hometown was not ready when the Russians took control in March.",
                     "“We did not have food and toiletries,” the 60-year-old Vorona says.")
    assert found["We did not have food and toiletries"] == "Lyudmyla Vorona"


def test_a_place_of_two_words_the_text_puts_someone_in_is_no_one_who_speaks():
    found = speakers("The poet Iryna Halych was born in Lviv in 1986. In 2021, she founded a book fair in New York, "
                     "Donetsk, a small town near the front line.",
                     "“When I founded a book fair in a small village called New York, I was being ironic,” she wrote.")
    assert found["When I founded a book fair in a small village called New York, I was being ironic"] == "Iryna Halych"


def test_a_person_met_in_a_place_is_still_a_person():
    found = speakers("In Kharkiv Oleh Synehubov met the mayor and spoke to residents at the market.",
                     "“The city will hold,” he said.")
    assert found["The city will hold"] == "Oleh Synehubov"


def test_a_county_or_a_village_opening_a_dateline_is_a_place_not_a_man():
    found = speakers("Kyambu County, Kenya (AP) – Monica Kariuki is ready to give up farming. Chasing her out of her land "
                     "is the cost of fertiliser.",
                     "Kariuki fertilized his entire farm for 20,000 shillings. Now, she has to spend five times as much. "
                     "He said he will get nothing but loss.",
                     "“I can’t continue farming,” he said.")
    assert found["I can’t continue farming"] == "Monica Kariuki"


def test_a_surname_spelt_with_a_y_after_i_or_ck_for_k_is_the_person_the_text_named():
    found = speakers("Monica Kariuki farms ten acres outside Nairobi.",
                     "Kariyuki fertilised the whole farm for 20,000 shillings. He said prices rose.",
                     "“I can’t continue farming,” he said.",
                     "Ivan Chukarov plays for the Thunder.",
                     "“I was honestly shocked,” Chuckarov said.")
    assert found["I can’t continue farming"] == "Monica Kariuki"
    assert found["I was honestly shocked"] == "Ivan Chukarov"


def test_a_pictures_credit_names_no_one_the_next_he_can_be():
    found = speakers("A missile destroyed an ice rink in Druzhkivka. Photo courtesy Ukrainian Hockey Dream.",
                     "At 3 a.m. the phone rang and woke 19-year-old Dmytro Kubrytsky at his home in Kyiv. He woke his mom "
                     "to tell her the war had started.",
                     "“The first day was really hard,” he says.")
    assert found["The first day was really hard"] == "Dmytro Kubrytsky"


def test_a_firm_someone_works_at_keeps_them_a_named_speaker():
    found = speakers("Markets reeled across the financial world:",
                     "Will Walker-Arnott, senior investment manager at Charles Stanley, told the BBC that “it looks like "
                     "Russia is increasingly becoming an economic pariah”.")
    assert found["it looks like Russia is increasingly becoming an economic pariah"] == "Will Walker-Arnott"


def test_whom_he_told_is_never_the_speaker_even_when_he_is_out_of_reach():
    found = {q.text: q for q in find_quotes([
        "OLEKSANDR USYK “cannot stop thinking about” the war as he prepares for his rematch with Anthony Joshua.",
        "The unified heavyweight champion recently left the frontlines to prepare for a summer showdown.",
        "But the proud Ukrainian is, understandably, finding it incredibly hard to focus on his title defence.",
        "He told BlockAsset: “I want to concentrate as much as possible on my preparation.”"])}
    quote = found["I want to concentrate as much as possible on my preparation."]
    assert quote.speaker is None or quote.speaker.label != "BlockAsset"



def test_a_baby_is_no_one_the_next_she_says_stands_for():
    found = speakers("Natalia Reznikova, a 30-something redhead, is expecting her third child. Another baby boy.",
                     "“I’m not panicking,” she says as she makes her way carefully down the stairs.")
    assert found["I’m not panicking"] == "Natalia Reznikova"


def test_a_named_person_closing_the_sentence_before_said_is_its_speaker_not_the_body_it_opened_with():
    found = speakers("London-listed Example Shipping Investments has a vessel still in Ukraine. The company has tried to "
                     "protect its asset through insurance, its chief executive Edward Roe said.",
                     "“We have kept cover in place for the duration,” he told Reuters.")
    assert found["We have kept cover in place for the duration"] == "Edward Roe"


def test_a_name_after_speaking_to_in_the_clause_is_not_the_one_who_said_it():
    found = speakers("President Zelensky, speaking to Joe Biden, said the air defence was short.",
                     "“We need more,” he said.")
    assert found["We need more"] == "Zelensky"


def test_a_state_before_resident_is_where_she_lives_not_who_she_is():
    found = speakers("The second speaker was Ukrainian Utah resident Kateryna Hansen, who shared how the war has affected "
                     "her personally.",
                     "“My hometown has been reduced to rubble,” she said.")
    assert found["My hometown has been reduced to rubble"] == "Kateryna Hansen"


def test_she_after_a_man_closing_a_sentence_goes_to_the_woman_named_after_him():
    found = speakers("Some Russian troops remained in the region, regional governor Stas Chaus said on Monday.",
                     "Among those whose house was completely destroyed is Iryna Selezniova.",
                     "“We suffered a lot,” she said as she lined up to get food.")
    assert found["We suffered a lot"] == "Iryna Selezniova"


def test_a_title_in_capitals_set_off_before_its_holders_name_gives_the_words_to_the_holder():
    found = speakers("SAN DIEGO — Rotary clubs rarely have seen anything like the months-long battle in Ukraine.",
                     "“Don’t believe Russia is a good friend,” said the Rotary District Governor of Poland, Piotr Nowak.")
    assert found["Don’t believe Russia is a good friend"] == "Piotr Nowak"


@pytest.mark.parametrize("office", ["Example Director of Complex Humanitarian Emergencies", "Director of Communications",
                                    "President of the European Commission"])
def test_an_office_of_something_in_capitals_gives_the_words_to_the_holder_named_after_it(office):
    found = speakers("The charity is sending 100 tons of medicines to hospitals in Ukraine.",
                     f"“The needs in Ukraine are enormous,” said {office} Adam Keehn. “We are committed to meeting them.”")
    assert found["The needs in Ukraine are enormous"] == "Adam Keehn"
    assert found["We are committed to meeting them."] == "Adam Keehn"


def test_a_body_with_its_acronym_after_an_office_of_is_no_holders_name():
    found = speakers("Jeremy Fleming, Director of Government Communications Headquarters (GCHQ), spoke in Canberra.",
                     "“We've seen Russian soldiers refusing to carry out orders,” Fleming said.")
    assert found["We've seen Russian soldiers refusing to carry out orders"] == "Jeremy Fleming"


def test_a_number_of_people_opening_a_sentence_is_no_one_who_speaks():
    found = speakers("Dozens of Ukrainian families holidaying in Cyprus are stranded, a representative of the community said.",
                     "“Everything has been extremely difficult and stressful,” Olena Andreou told the paper. "
                     "“My daughter cries every night.”",
                     "Special transport is needed, which the park said could attract the attention of the Russian "
                     "military, “who, as a rule, respond to activity on its territory with shelling.”")
    assert found["Everything has been extremely difficult and stressful"] == "Olena Andreou"
    assert found.get("who, as a rule, respond to activity on its territory with shelling.") not in ("Dozens", "Special")


def test_a_name_before_administration_after_in_the_is_whose_it_is_not_a_place():
    found = speakers("U.S. President Donald Roe’s special envoy was in Kyiv on Monday, as anticipation grew over a shift in "
                     "the Roe administration’s policy on the war.",
                     "“I am very disappointed with President Putin,” Roe said late Sunday.")
    assert found["I am very disappointed with President Putin"] == "Donald Roe"


def test_a_name_before_region_after_in_the_stays_a_place():
    found = speakers("Olena Kovalenko fled the fighting in the Kharkiv region last spring.",
                     "“We left everything behind,” she said.")
    assert found["We left everything behind"] == "Olena Kovalenko"


def test_he_after_a_sentence_saying_who_someone_described_was_goes_to_the_person_it_names():
    found = speakers("On 25 March, Valeriy Roe got into his car and fled Ukraine with six young student musicians.",
                     "One of those musicians was the Ukrainian violinist Aleksey Petrenko, who had escaped Kyiv aboard an "
                     "evening train. ‘I arrived in Kyiv on the 20th,’ he explains.")
    assert found["I arrived in Kyiv on the 20th"] == "Aleksey Petrenko"


def test_a_title_set_off_after_a_name_is_what_the_title_later_stands_for():
    found = speakers("James Roe, Lord Mayor of Oxford, called for a minute of silence.",
                     "The Ukrainian flag was also flown at Oxford Town Hall today as another act of solidarity.",
                     "The Lord Mayor added: “Our thoughts are particularly with the Ukrainians in Oxford today.”")
    assert found["Our thoughts are particularly with the Ukrainians in Oxford today."] == "James Roe"


def test_an_office_of_a_body_set_off_after_a_name_is_that_persons_not_a_holders_name():
    found = speakers("The Welsh youth organisation Urdd Gobaith Cymru has offered accommodation to 250 Ukrainians.",
                     "Siân Lewis, Chief Executive of Urdd Gobaith Cymru, said: “Humanitarian support has been at the "
                     "core of our work since 1922.”")
    assert found["Humanitarian support has been at the core of our work since 1922."] == "Siân Lewis"


def test_a_surname_that_is_also_a_buildings_word_stays_a_persons_name():
    found = speakers("Somerset Council says more host families are needed. Chris Hall, executive director of Community "
                     "Services at the council said: “It is thanks to the generosity of our host families.”")
    assert found["It is thanks to the generosity of our host families."] == "Chris Hall"


def test_a_place_of_two_words_or_with_an_abbreviated_saint_is_no_one_she_stands_for():
    found = speakers("Maryna Roe said four other physicians feel the same. By contrast, she points to Nova Scotia’s "
                     "Health Department, which is recruiting.",
                     "“I don’t want to go from Newfoundland, I like this place,” she said.")
    assert found["I don’t want to go from Newfoundland, I like this place"] == "Maryna Roe"
    found = speakers("For now, they are stranded in St. Louis.",
                     "“Right now they’re trying to figure out the ways to go back to Ukraine,” he said.")
    assert found["Right now they’re trying to figure out the ways to go back to Ukraine"] != "St. Louis"


def test_an_office_for_or_at_a_body_set_off_after_a_name_is_that_persons_role():
    found = speakers("Councillor Jane Roe, Executive for Neighbourhoods and Community Safety, said: “We are here to show "
                     "solidarity.”",
                     "Adam Doe, Global Policy Analyst for ExampleAid, said the research shows prices rose. “They are "
                     "affected by several crises at once.”",
                     "Mark Poe QC, Managing Partner at Example Rights Compliance, said there will be a need for help. "
                     "“People who know the battlefield will be needed.”")
    assert found["We are here to show solidarity."] == "Jane Roe"
    assert found["They are affected by several crises at once."] == "Adam Doe"
    assert found["People who know the battlefield will be needed."] == "Mark Poe"
    speaker = find_quotes(["Adam Doe, Global Policy Analyst for ExampleAid, said: “Prices rose in every market we "
                           "looked at.”"])[0].speaker
    assert speaker.role == "Global Policy Analyst for ExampleAid"


def test_a_councillors_title_is_a_role_not_part_of_the_name():
    speaker = find_quotes(["Councillor Jane Roe said: “We welcome them.”"])[0].speaker
    assert (speaker.name, speaker.role) == ("Jane Roe", "Councillor")


def test_an_aside_between_dashes_after_the_name_is_who_the_speaker_is():
    speaker = find_quotes(["“The Highlands is your home now too,” Adam Roe – SNP MP for Inverness, Nairn, Badenoch and "
                           "Strathspey – told a crowd of several hundred."])[0].speaker
    assert (speaker.name, speaker.role) == ("Adam Roe", "SNP MP for Inverness, Nairn, Badenoch and Strathspey")


def test_a_beach_town_and_a_name_ending_in_a_title_are_no_one_a_pronoun_stands_for():
    found = speakers("For Point Pleasant Beach, New Jersey, Mayor Paul Roe, the war is personal. On the mayor’s Facebook "
                     "page, he wrote he felt “compelled to do something watching this horror unfold.”")
    assert found["compelled to do something watching this horror unfold."] == "Paul Roe"
    found = speakers("Maryna Roe revived the club. She wrote in her essay that she would start it again if Notre Dame "
                     "admitted her.",
                     "“I am glad to have this support system,” she said.")
    assert found["I am glad to have this support system"] == "Maryna Roe"


def test_whom_the_words_were_given_to_is_kept_when_the_text_says_what_audience_it_was():
    found = contexts("“Please, pray for Ukraine,” Petro Roe told a gathering of about 20 parishioners for Saturday’s "
                     "liturgy.",
                     "“If you want to help, donate to causes you trust,” Roe told the congregants.",
                     "“Thank you for your support,” Roe told a reporter during a brief interview after Mass.",
                     "“Tens of thousands of dolphins have died,” Ivan Doe told the animal rights organization Example "
                     "Cages Ukraine.",
                     "Service manager Jane Poe told the meeting: “We produce leaflets in Ukrainian.”")
    assert found["Please, pray for Ukraine"] == "told a gathering of about 20 parishioners"
    assert found["If you want to help, donate to causes you trust"] == "told the congregants"
    assert found["Thank you for your support"] == "told a reporter"
    assert found["Tens of thousands of dolphins have died"] == "told the animal rights organization Example Cages Ukraine"
    assert found["We produce leaflets in Ukrainian."] == "told the meeting"


def test_a_story_or_the_truth_told_is_no_one_the_words_were_given_to():
    found = contexts("“I was alone,” she told the story of her escape.",
                     "“Nothing happened on that road,” he told the court I agree.")
    assert found["I was alone"] == ""
    assert found["Nothing happened on that road"] == "told the court"


def test_an_office_for_something_then_its_holder_gives_the_words_to_the_holder():
    found = speakers("The offer follows a request from State Secretary for Migration Jane Roe for residents to offer "
                     "rooms. “We need every room we can find,” Roe said.")
    assert found["We need every room we can find"] == "Jane Roe"


def test_a_title_before_a_name_is_the_role_once():
    roles = {q.text: q.speaker.role for q in find_quotes([
        "“We are ready for whatever comes,” said Minister of Foreign Affairs Ivan Petrenko.",
        "“We will rebuild every house,” Regional Council Chairman Petro Roe said."])}
    assert roles == {"We are ready for whatever comes": "Minister of Foreign Affairs",
                     "We will rebuild every house": "Regional Council Chairman"}


def test_a_ledes_first_word_in_capitals_is_no_name():
    found = speakers("ANY Ukrainian refugees will find a warm reception in the city as “welcoming strangers is baked "
                     "into our DNA.”")
    assert found["welcoming strangers is baked into our DNA."] is None


def test_a_sentence_after_a_closed_quote_that_is_only_its_attribution_names_the_speaker():
    found = speakers("“Our life changed because in the morning we woke up to the news that Ukraine was bombed.” Ukrainian "
                     "refugee Taras Roe said.",
                     "“They are killing people because they are Ukrainians.” Sergiy Doe, Ukraine Ambassador to Japan.",
                     "“Food prices will go up because farmers have to make a profit, so what will happen to consumers?” "
                     "Said Uche Poe, an agricultural expert at the university.",
                     "“A chaplain is a unique person who helps soldiers remain human in inhumane conditions” (Larysa "
                     "Koe, chaplain of the Evangelical Church).")
    assert found["Our life changed because in the morning we woke up to the news that Ukraine was bombed."] == "Taras Roe"
    assert found["They are killing people because they are Ukrainians."] == "Sergiy Doe"
    assert found["Food prices will go up because farmers have to make a profit, so what will happen to consumers?"] == (
        "Uche Poe")
    assert found["A chaplain is a unique person who helps soldiers remain human in inhumane conditions"] == "Larysa Koe"


def test_a_closed_quote_then_a_slogan_or_a_dateline_makes_no_speaker():
    found = speakers("“We will win this war together, whatever it costs.” Slava Ukraini.",
                     "“It was a long night for all of us in the shelter.” Kyiv, March 3.")
    assert found["We will win this war together, whatever it costs."] is None
    assert found["It was a long night for all of us in the shelter."] is None


def test_a_closed_quote_then_a_clause_about_someone_or_an_outlets_citation_gives_them_no_words():
    found = speakers("“We are very grateful for the evacuation of our children,” said Mahesh Roe. “It's his last year.” "
                     "Peshkar Doe, a teacher from Mainpuri, had sent his younger son to Ukraine to study.",
                     "Ivan Poe, a member of the council, said Russia “is obliged to use all possible pressure mechanisms in "
                     "response to unfriendly actions” (Example Media, August 1).",
                     "Civil liberties advocate Olena Koe said it was “an extremely harsh sentence for one murder during the war.” But Adam "
                     "Moe, a British-based lawyer, said the trial was conducted “with what appears to be due process.”")
    assert found["It's his last year."] == "Mahesh Roe"
    assert found["is obliged to use all possible pressure mechanisms in response to unfriendly actions"] == "Ivan Poe"
    assert found["an extremely harsh sentence for one murder during the war."] == "Olena Koe"


def test_a_given_name_opening_a_sentence_is_a_person_he_can_stand_for():
    found = speakers("Ivan has been given the name Decent Man by his fellow soldiers. He has spent 18 months at the front "
                     "and misses his family. “The country has already spent money on me. How can I leave?” he asks.")
    assert found["The country has already spent money on me. How can I leave?"] == "Ivan"


@pytest.mark.parametrize("between, speaker", [
    ("The town became known around the world in the first weeks of the invasion.", "Mitya"),
    ("The town's mayor, Olena Roe, said the skate park would reopen.", None),  # another person named since
])
def test_he_reaches_back_however_far_only_to_the_only_person_the_text_has_named(between, speaker):
    found = speakers("Mitya used to skate through the streets of his home town with his friends.",
                     "“I used to love sport very much,” Mitya said through a translator.",
                     between,
                     "Three years later, the town's skate park is still closed.",
                     "The drones are flown through the enemy's lines at speed.",
                     "“The reflexes I developed on my board now help me as a drone operator,” he said.")
    assert found["The reflexes I developed on my board now help me as a drone operator"] == speaker


def test_the_freshman_or_the_guard_is_the_student_or_guardswoman_named_before():
    found = speakers("Solana Roe underestimated her classmates. Given the task of raising funds, Roe aimed low.",
                     "“I honestly thought we would maybe raise $100,” said the freshman at Edward Little High School.")
    assert found["I honestly thought we would maybe raise $100"] == "Solana Roe"
    found = speakers("“I do not reject the idea that this will become my main task in the National Guard,” says Nina.",
                     "“In these courses women cope perfectly with any task of the instructors,” the guard assures.")
    assert found["In these courses women cope perfectly with any task of the instructors"] == "Nina"


def test_he_does_not_reach_back_to_someone_only_spoken_of():
    found = speakers("When Vladimir Putin announced the mobilisation in September, thousands left Moscow.",
                     "The queues at the border stretched for kilometres.",
                     "Belgrade has since become home to thousands of Russians.",
                     "Rents in the city have doubled.",
                     "“The mobilisation was the last drop. I had to leave,” he said.")
    assert found["The mobilisation was the last drop. I had to leave"] is None


def test_she_stays_the_person_whose_sentence_it_was_not_someone_speaking_in_its_subordinate_clause():
    found = speakers("“They respond all over the world to disasters like floods,” said Kerrick.",
                     "She started organizing the drive after a friend asked if any local groups were collecting "
                     "donations for Ukraine.",
                     "“We have an obligation as human beings to help people fleeing their homeland,” she said.")
    assert found["We have an obligation as human beings to help people fleeing their homeland"] == "Kerrick"


def test_someone_speaking_in_a_sentence_of_their_own_is_who_she_stands_for_next():
    found = speakers("“They respond all over the world to disasters like floods,” said Kerrick.",
                     "A neighbour asked her whether any local groups were collecting donations for Ukraine.",
                     "“We have an obligation as human beings to help people fleeing their homeland,” she said.")
    assert found["We have an obligation as human beings to help people fleeing their homeland"] != "Kerrick"


def test_a_dash_opening_the_next_sentence_is_not_part_of_the_speakers_description():
    found = speakers("Geographers from Lviv came to Vilnius this week.",
                     "“In Western Europe, many people don't understand this yet,” says the student. - In the")
    assert found["In Western Europe, many people don't understand this yet"] == "student"


def test_a_pull_quote_is_the_person_who_signs_it_on_the_line_under_it():
    found = speakers("We are delighted to introduce the new dogs of our mine clearance teams.",
                     "“TNT is one year old and the youngest member of the team.”",
                     "Maksim Roe, dog handler",
                     "These dogs can detect explosive vapours from a metre away.",
                     "“Dodo is a very serious dog, he is built for serious missions.”",
                     "Yevhen Doe, dog handler",
                     "Each dog has its own personality.")
    assert found["Dodo is a very serious dog, he is built for serious missions."] == "Yevhen Doe"


def test_a_long_quotes_last_paragraph_is_not_signed_by_the_next_person_introduced():
    found = speakers("“A few days ago our heavyweight Atanas Roe died at the front,” said Slobodianiuk.",
                     "“Two masters of sports were seriously injured.",
                     "“We really hope that we will not receive any more bad news.”",
                     "Sergey Doe, a coach for young weightlifters")
    assert found["Two masters of sports were seriously injured. We really hope that we will not receive any more bad "
                 "news."] == "Slobodianiuk"


def test_a_party_in_brackets_after_the_name_is_not_the_speaker():
    found = speakers("Leader of the Council, Councillor Bryan Roe (Plaid Cymru), said: “The local community has been "
                     "fantastic, and people have been kind.”")
    assert found["The local community has been fantastic, and people have been kind."] == "Bryan Roe"


def test_a_place_in_a_sentence_whose_subject_is_she_is_not_whom_she_stands_for():
    found = speakers("Adilya Roe is a newer Newfoundlander. She and her family moved here from New Orleans four years ago.",
                     "“It feels like a couple of months to be honest,” she says from her home.")
    assert found["It feels like a couple of months to be honest"] == "Adilya Roe"


def test_a_description_set_off_after_a_name_is_that_persons_not_someone_new():
    found = speakers("The players were helped by Kate, a volunteer and Ukrainian national doing all she can to help.",
                     "“The kindness and generosity of people makes me believe in humanity again,” she said.")
    assert found["The kindness and generosity of people makes me believe in humanity again"] == "Kate"


def test_a_volunteer_after_a_place_is_someone_new():
    found = speakers("Olena Roe runs the shelter. Shells fell all night on the station in Kharkiv, a volunteer there "
                     "wrote on Monday.",
                     "“We could not sleep at all,” she said.")
    assert found["We could not sleep at all"] != "Kharkiv"


def test_a_thing_called_by_a_name_in_an_earlier_clause_is_not_the_speaker():
    found = speakers("The two breweries have launched a collaboration beer program called Resolve to support the "
                     "humanitarian effort in Ukraine, founder John Roe of the first brewery told Brewbound.",
                     "“As a brewery, we have deep connections to Ukraine,” he said.")
    assert found["As a brewery, we have deep connections to Ukraine"] == "John Roe"


def test_a_name_in_the_clause_before_she_is_whom_she_stands_for():
    found = speakers("A woman in a lab coat shouted out that the insulin was gone.",
                     "Three days later, when Tetyana Roe, 70, arrived at the pharmacy she runs in central Kyiv, she "
                     "found no one waiting outside. When the war began, she said, “the lines stretched all the way to "
                     "the park.”")
    assert found["the lines stretched all the way to the park."] == "Tetyana Roe"


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["“Our hope is to make the transition easy,” said Jan Gallagher, a member of the Welcome Circle."],
     "Our hope is to make the transition easy", "Jan Gallagher"),
    (["“Brexit means Brexit,” Theresa May said in 2016."], "Brexit means Brexit", "Theresa May"),
    (["“The border is open,” former prime minister Theresa May told reporters on May 5."], "The border is open",
     "Theresa May"),
])
def test_a_month_that_is_part_of_a_name_stays_in_it(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["In June Oleksandr Petrenko went to Kharkiv.", "“We will hold,” he said."], "We will hold", "Oleksandr Petrenko"),
    (["Since April Olena Bondar has run the shelter.", "“We are full,” she said."], "We are full", "Olena Bondar"),
    (["“We are full,” said Olena Bondar on Jan 5."], "We are full", "Olena Bondar"),
    (["Updated May 11, 2022", "“We are full,” said Olena Bondar."], "We are full", "Olena Bondar"),
])
def test_a_month_before_or_after_a_name_is_still_a_date(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["Mike Bulpitt, CEO of Community Action said:", "“We know that many people will help.”"],
     "We know that many people will help.", "Mike Bulpitt"),
    (["“We know that many people will help,” Mike Bulpitt, CEO of Community Action, said."],
     "We know that many people will help", "Mike Bulpitt"),
    (["Luke Hardy, from Functional Skills UK, said: “There was a need for the courses.”"],
     "There was a need for the courses.", "Luke Hardy"),
])
def test_the_body_a_person_works_for_is_not_the_speaker(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_a_region_set_off_after_a_place_is_no_one_he_stands_for():
    found = speakers("In Maple Ridge, British Columbia, Aleks Vrublevskij’s email is inundated with offers of housing.",
                     "“We can barely keep up,” he tells New Canadian Media.")
    assert found["We can barely keep up"] == "Aleks Vrublevskij"


def test_a_place_a_sentence_opens_with_or_a_dateline_names_is_no_one_he_stands_for():
    found = speakers("TRAVERSE CITY — “We thought we were coming to Chicago,” Vitaliy Roe said, “but our plane landed "
                     "in Traverse City.”",
                     "He and his wife were emigrating to the United States in August 1991. “Most churches had to "
                     "worship underground,” he said.",
                     "Arriving in Traverse City, they learned they’d been sponsored by a church.",
                     "“Within a month, they moved us into a mobile home,” he said.")
    assert set(found.values()) == {"Vitaliy Roe"}


def test_someone_described_is_not_found_across_a_clause_and_his_kin_keep_him_in_view():
    found = speakers("“We are ready,” said Olga Doe, the centre's director.",
                     "“The sponsor was responsible for the transportation,” Myron Roe explained.",
                     "They lived in a suburb. His mother started working on a farm while his father got a job at a "
                     "steel mill.",
                     "The Ukrainian community welcomed them.",
                     "“When we came here, I knew no English,” he said.")
    assert found["When we came here, I knew no English"] == "Myron Roe"


def test_a_person_named_after_the_body_whose_they_are_is_the_speaker():
    found = speakers("The donation allowed the charity to buy an ambulance in Poland.",
                     "Rotary Club of Belvoir-Wodonga's Michael Roe said club members had wanted to help people.",
                     "“It's an ambulance, we know what it does,” he said.")
    assert found["It's an ambulance, we know what it does"] == "Michael Roe"


def test_an_office_opening_a_sentence_is_its_holder_not_the_person_it_acts_on():
    found = speakers("“We welcome Finland to the Alliance!,” said NATO Secretary General Jens Roe, as the foreign minister "
                     "deposited the instrument. The Secretary General then welcomed Finnish President Sauli Doe.",
                     "Speaking ahead of the ceremony, the Secretary General thanked President Doe for his leadership. "
                     "“I am deeply proud to welcome Finland,” he said.")
    assert found["I am deeply proud to welcome Finland"] == "Jens Roe"


def test_he_after_a_woman_is_the_man_described_before_her():
    found = speakers("Paulina, one of the protesters, said the women were angry.",
                     "A ministry spokesman came out to meet the women, in a highly unusual move.",
                     "Paulina posted an audio file of the unnamed spokesman’s conversation with the women.",
                     "“I will give you a piece of information,” he said.")
    assert found["I will give you a piece of information"] == "ministry spokesman"


def test_a_byline_glued_before_the_dateline_is_the_writer_not_whom_he_stands_for():
    found = speakers("By Andrew R.C. Roe ZHOVKVA, Ukraine (Reuters) – Before he left for the front, reservist Viktor Doe "
                     "hugged his wife Oksana and told her not to worry.",
                     "“Everything is okay,” he wrote.")
    assert found["Everything is okay"] == "Viktor Doe"


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["Oleksandr Roe is 24 and has one leg. Tying a tourniquet around his right thigh, he fought on for two hours.",
      "“By the time I got to the doctors, I knew I was going to lose my leg,” he said."],
     "By the time I got to the doctors, I knew I was going to lose my leg", "Oleksandr Roe"),
    (["“We will feed them meals,” said Kentucky Baptist Convention’s Disaster Relief Director, Ron Roe."],
     "We will feed them meals", "Ron Roe"),
    (["Father Ivan Roe Pastor of Saint Peter and Paul Church asked people to pray.",
      "“We are praying for peace,” said Pastor Roe."], "We are praying for peace", "Ivan Roe"),
    (["Colin Roe is the General Manager of the Ormonde in Kilkenny city – he says they want to help:",
      "“We’re built for short stays and that’s what we do.”"], "We’re built for short stays and that’s what we do.",
     "Colin Roe"),
])
def test_the_speaker_is_found_past_a_gerund_a_bodys_possessive_a_run_on_office_and_a_dash(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_a_quote_running_over_paragraphs_is_read_after_the_paragraph_it_opens_under():
    # the paragraph before the quote's first one is about one man; the quote runs on into a second paragraph
    found = speakers("Oleksandr Roe’s life is much different than it was six months ago.",
                     "Though Roe is now safe in Canada, he has friends who remain in Mariupol and Kyiv.",
                     "“I am worried about this. It’s my country. I was born there.",
                     "“My best friends stayed there. It’s terrible.”",
                     "Among the artists at the fair was Merle Doe, selling paintings.")
    # (nor is it the person the next paragraph names: that is for a quote opening a story)
    assert found == {"I am worried about this. It’s my country. I was born there. My best friends stayed there. "
                     "It’s terrible.": "Oleksandr Roe"}


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["Daria, another native of Kyiv, studies economics in Paris. “When the war started I was in the middle of my exams”"
      " she recalled."], "When the war started I was in the middle of my exams", "Daria"),
    (["Among the artists was Merle French, selling paintings.",
      "“It really got to me,” French said."], "It really got to me", "Merle French"),
])
def test_a_first_name_set_off_by_another_and_a_surname_that_is_a_nationality_are_people(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_a_nationality_before_a_noun_is_not_the_person_whose_surname_it_is():
    found = speakers("Among the artists was Merle French, selling jewelry.",
                     "“We are worried,” French officials said.")
    assert found["We are worried"] != "Merle French"


def test_the_words_before_a_name_give_a_role_only_when_they_describe_the_person():
    context = People()
    note_people("Among the artists was Merle French, selling jewelry. The local priest Ivan Doe blessed the stalls.",
                context)
    assert context.people == ["Merle French", "Ivan Doe"]
    assert context.roles == {"Ivan Doe": "local priest"}


def test_a_place_a_journey_goes_to_is_no_one_he_can_stand_for():
    found = speakers("“Our classes will be held online,” Sneh Roe told reporters before leaving. It’s an 8.5-hour "
                     "flight to New Delhi.",
                     "For the student, leaving Ukraine is a painful moment. “The embassy asked all the students to "
                     "leave, if possible,” he said.")
    assert found["The embassy asked all the students to leave, if possible"] == "Sneh Roe"


def test_a_faith_before_a_calling_describes_a_person_and_is_no_name():
    found = speakers("A Greek Catholic priest waves his incense burner over the coffins.",
                     "“We accompany them on their last journey, it is a journey to heaven,” he says.")
    assert found["We accompany them on their last journey, it is a journey to heaven"] == "Greek Catholic priest"


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["For Galina Roe, 88, it was not a choice made without trepidation.",
      "“They told me Germany was my best choice. I told them, ‘I hope you’re right,’” she mentioned."],
     "They told me Germany was my best choice. I told them, ‘I hope you’re right,’", "Galina Roe"),
    (["One of them is Pavel, a Russian migrant who arrived five months ago.",
      "“Putin’s mobilization was the last drop. I had to leave,” he told Courthouse News."],
     "Putin’s mobilization was the last drop. I had to leave", "Pavel"),
    (["As Russian troops rolled into the Kherson region, Ivan’s spacious two-story house took several direct hits.",
      "“I built the house with my own hands and fixed everything around it,” he recalled."],
     "I built the house with my own hands and fixed everything around it", "Ivan"),
])
def test_he_or_she_stands_for_a_person_named_as_one_of_them_or_as_an_owner(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_an_age_and_a_calling_after_a_person_is_that_person_when_the_calling_fits():
    found = speakers("Mariya Roe was at home when the troops came.",
                     "“I was walking away when I saw an armored personnel carrier,” the 43-year-old resident said.",
                     "Olena Doe was at home too.",
                     "“They took everything we had in the cellar,” the 50-year-old man said.")
    assert found["I was walking away when I saw an armored personnel carrier"] == "Mariya Roe"
    assert found["They took everything we had in the cellar"] == "50-year-old man"


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["When the troops invaded, 38-year old Marek had just passed his driving test.",
      "Travelling from Poland into Ukraine, Marek brings medicine and crams people into his car for the way back.",
      "“I try to take those who cannot afford to pay,” he says."],
     "I try to take those who cannot afford to pay", "Marek"),
    (["In March the 18 year old Matvii left for Lviv with his mother.",
      "“We took only one bag each,” he said."],
     "We took only one bag each", "Matvii"),
])
def test_an_age_written_without_its_hyphens_still_makes_the_name_after_it_a_persons(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


@pytest.mark.parametrize("paragraph, quote", [
    ("Kelly Roe, Advantage Travel Partnership leisure director, agreed saying: “It is too early to notice much of an "
     "impact on sales.”", "It is too early to notice much of an impact on sales."),
    ("“It is too early to see an impact,” Kelly Roe, Polka Dot Travel director, said.", "It is too early to see an impact"),
])
def test_a_firm_named_before_an_office_set_off_after_a_person_is_where_she_works_not_the_speaker(paragraph, quote):
    assert speakers(paragraph)[quote] == "Kelly Roe"


def test_an_office_of_a_body_whose_name_ends_in_services_is_no_person_named_after_the_office():
    found = speakers("The Executive Director of Kamloops Immigrant Services said: “We are ready for the families.”")
    assert found["We are ready for the families."] == "Executive Director of Kamloops Immigrant Services"


def test_his_in_a_sentence_naming_no_one_keeps_the_text_on_the_person_for_a_later_he():
    found = speakers("HARARE, May 10 (Reuters) – Security guard Edwin Roe was already struggling to support his wife and "
                     "four children.",
                     "Now his monthly salary is stretched to breaking point.",
                     "At a supermarket in Mabvuku, the 46-year-old worried about his family’s next meal.",
                     "He took a bottle of vegetable oil, but it was more than he could afford.",
                     "“I keep hearing it’s because of Ukraine,” he said, crossing the oil off his list.")
    assert found["I keep hearing it’s because of Ukraine"] == "Edwin Roe"


@pytest.mark.parametrize("paragraph, quote", [
    ("“We decided it was not something we could do,” 30-year-old Katie-Jo Roe, from Snohomish, Wash., says.",
     "We decided it was not something we could do"),
    ("“We drove the van to the border twice,” Katie-Jo Roe of Fresno, Calif., said.", "We drove the van to the border twice"),
])
def test_a_state_abbreviated_after_a_town_is_a_place_not_the_speaker(paragraph, quote):
    assert speakers(paragraph)[quote] == "Katie-Jo Roe"


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["Gov. Glenn Roe visited the church on Sunday.",
      "On Saturday afternoon, the governor released a statement saying the invasion cannot stand.",
      "“Today, we are acting to show our solidarity with the Ukrainian people,” the statement read."],
     "Today, we are acting to show our solidarity with the Ukrainian people", "Glenn Roe"),
    (["She was invited to compete in Paris. The letter, which was signed by IOC president Thomas Doe made further "
      "concessions for the fencer.",
      "“Rest assured the IOC will continue to stand in full solidarity with the athletes,” the letter stated."],
     "Rest assured the IOC will continue to stand in full solidarity with the athletes", "Thomas Doe"),
    (["The zoo is in Kharkiv. A recent statement by park founder Alexander Roe painted a dire picture.",
      "“The park is no more. Now this can be said quite definitely,” the statement began."],
     "The park is no more. Now this can be said quite definitely", "Alexander Roe"),
    (["“The enemy has just struck the district with drones,” local authorities said in a statement on Facebook. "
      "“There is damage,” the statement said."],
     "There is damage", "local authorities"),
])
def test_a_statement_or_letter_made_to_speak_is_given_to_whoever_the_text_says_issued_it(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_the_governor_is_the_person_titled_gov_not_his_spokesperson_named_since():
    found = speakers("Gov. Glenn Roe stopped by the church to attend a prayer service.",
                     "Macaulay Doe, a spokesperson for Roe, stated Monday the governor was moved by the invasion.",
                     "“We are here to pray with the community,” the governor said.")
    assert found["We are here to pray with the community"] == "Glenn Roe"


def test_a_statement_whose_author_the_text_never_named_is_given_to_no_one_named_before():
    found = speakers("Gov. Glenn Roe visited the church on Sunday.",
                     "The talks went on for a week. The city was quiet.",
                     "A week on, the governor went to the border.",
                     "Nothing changed for the families. The queues grew longer.",
                     "“We are acting to show our solidarity with the Ukrainian people,” the statement read.")
    assert found["We are acting to show our solidarity with the Ukrainian people"] != "Glenn Roe"


def test_such_is_the_testimony_of_after_a_quote_names_its_speaker_not_the_person_named_before_it():
    found = speakers("Rabbi Avraham Roe, chief Rabbi of Odessa, told the paper of the tragedy of these hours.",
                     "The explosions had been heard after Russian President Vladimir Putin announced the invasion. “A "
                     "ninety-year-old man called me crying because of the loud noises”, such is the testimony of Rabbi "
                     "Roe. “I tried to calm him down and I explained that nobody will come to kill him.”")
    assert found["A ninety-year-old man called me crying because of the loud noises"] == "Avraham Roe"
    assert found["I tried to calm him down and I explained that nobody will come to kill him."] == "Avraham Roe"


def test_its_and_a_role_is_the_person_the_text_gave_that_role():
    found = speakers("Rabbi Avraham Roe, chief Rabbi of Odessa, told the paper of the tragedy of these hours.",
                     "Then the calls to his phone became hundreds. Its chief Rabbi says: “We arranged items of primary "
                     "necessity for those in need.”")
    assert found["We arranged items of primary necessity for those in need."] == "Avraham Roe"


def test_a_host_described_by_her_parish_is_no_person_named_after_the_parish():
    found = speakers("One mother and daughter have been taken in by a family in St Catherine’s.",
                     "The host in St Catherine’s who did not wish to be named said: “I think a handful have already "
                     "arrived and a lot more are in the pipeline.”")
    assert found["I think a handful have already arrived and a lot more are in the pipeline."] == "host in St Catherine’s"


@pytest.mark.parametrize("paragraph, quote, speaker", [
    ("Jane Roe, who together with her husband, Nick, welcomed a family of three to their home, said: “Like everyone "
     "else we had seen the news reports.”", "Like everyone else we had seen the news reports.", "Jane Roe"),
    ("Andy Doe, who has welcomed a mother and young daughter with his wife, Reem, says: “You have got a lot of people "
     "with quite big houses here.”", "You have got a lot of people with quite big houses here.", "Andy Doe"),
])
def test_a_name_before_a_relative_clause_that_names_someone_else_is_the_speaker(paragraph, quote, speaker):
    assert speakers(paragraph)[quote] == speaker


def test_a_nationality_in_the_plural_opening_a_sentence_is_no_person_for_a_later_she():
    found = speakers("One of them, Chantal Roe, has volunteered most of her time to the effort.",
                     "Displaced Ukrainians, hosts, friends and family gathered for an event at the hall on June 17.",
                     "“I only bought 60 name tags, so when we ran out in the first 20 minutes I was worried,” she "
                     "recalled.")
    assert found["I only bought 60 name tags, so when we ran out in the first 20 minutes I was worried"] == "Chantal Roe"


@pytest.mark.parametrize("opening", ["When Maryna (last name withheld) arrived", "When Maryna (not her real name) arrived"])
def test_a_given_name_whose_surname_the_text_withholds_is_a_person_for_a_later_she(opening):
    found = speakers(f"{opening} in Canada with her daughter five months ago, she was thankful for the support.",
                     "“My city suffers a lot, from the first day of the war,” she said.")
    assert found["My city suffers a lot, from the first day of the war"] == "Maryna"


def test_a_given_name_set_off_before_a_relative_clause_is_a_person_for_a_later_she():
    found = speakers("Ivan Roe, 70, lives in the village.",
                     "Exactly one year ago, Galina, who lived alone in Kyiv, visited her relatives in the north.",
                     "She said, “There was heavy shelling from the Russians there, and it was very difficult.”")
    assert found["There was heavy shelling from the Russians there, and it was very difficult."] == "Galina"


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["Ivan Roe, 70, lives in the village.",
      "When asking Holocaust survivor Renate about her thoughts on the war, her first reaction was: “It is pure evil.”"],
     "It is pure evil.", "Renate"),
    (["Ivan Roe, 70, lives in the village.", "Olena Doe runs the shop and knows the families well.",
      "Asked what comes next for the village, his answer was: “We rebuild the school first.”"],
     "We rebuild the school first.", "Ivan Roe"),
])
def test_his_or_her_answer_before_a_colon_gives_the_quote_to_the_person_he_or_she_stands_for(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_a_name_whose_last_word_is_a_title_is_the_speaker_when_a_body_not_a_person_is_named_after_it():
    found = speakers("“The biggest issue is getting barges from point A to point B,” said John King, president of the "
                     "Niagara County Farm Bureau.")
    assert found["The biggest issue is getting barges from point A to point B"] == "John King"


def test_a_body_named_after_its_kind_is_described_not_named_there_and_after():
    found = speakers("Issuing dire warnings, international graphic arts association Intergraf says the war will hit "
                     "prices. It says this is “a major concern for the future of our industry”.",
                     "Intergraf says, “the graphic industry experiences a paper supply shortage it has never experienced "
                     "before,” and warns of “severe repercussions in the supply of print products.”",
                     "Labels association Finat has warned of “far reaching consequences for the global economy”.")
    assert found["a major concern for the future of our industry"] == "international graphic arts association Intergraf"
    assert found["the graphic industry experiences a paper supply shortage it has never experienced before"] == "Intergraf"
    assert found["severe repercussions in the supply of print products."] == "Intergraf"
    assert found["far reaching consequences for the global economy"] == "Labels association Finat"


@pytest.mark.parametrize("paragraph, quote, speaker", [
    ("Heading for home after a long and eventful journey a tired Llyr, who lives in Ruthin, said from Poland: “We had "
     "to adapt our plans as we went along.”", "We had to adapt our plans as we went along.", "Llyr"),
    ("Commenting on the project Rev Tom Morgan said: “I wanted to do something because I have a passion for this.”",
     "I wanted to do something because I have a passion for this.", "Tom Morgan"),
])
def test_a_participle_opening_the_sentence_without_a_comma_before_the_name_leaves_the_name_the_speaker(
        paragraph, quote, speaker):
    assert speakers(paragraph)[quote] == speaker


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    (["Stephen Roe, CEO, Plan International said:", "“We stand in solidarity with everyone whose lives are torn apart.”"],
     "We stand in solidarity with everyone whose lives are torn apart.", "Stephen Roe"),
    (["Dr Unni Doe, Global Humanitarian Director, Plan International said:",
      "“We are hearing stories of unprecedented human suffering.”"],
     "We are hearing stories of unprecedented human suffering.", "Unni Doe"),
])
def test_a_name_its_office_and_its_body_each_set_off_before_said_is_the_person(paragraphs, quote, speaker):
    assert speakers(*paragraphs)[quote] == speaker


def test_the_title_alone_after_a_name_it_opens_and_went_on_to_say_are_that_person():
    found = speakers("Prince asks for full solidarity",
                     "Prince Albert II announced in a video message that Monaco is engaged in welcoming refugees.",
                     "In a broadcast from the Palace, Prince Albert gave an impassioned speech about the refugees.",
                     "“I hope that Monaco will take full part in the effort of solidarity,” the Prince went on to say.")
    assert found["I hope that Monaco will take full part in the effort of solidarity"] == "Prince Albert"


def test_a_religious_orders_letters_after_a_name_are_no_part_of_it():
    found = speakers("“Support is now arriving from all across the Society,” said Andrii Roe SJ, the director in Lviv.")
    assert found["Support is now arriving from all across the Society"] == "Andrii Roe"


def test_a_name_and_its_office_in_capitals_set_off_before_said_is_the_person():
    found = speakers("Nadia Roe, IRC Ukraine Team Lead, said,",
                     "“With four million refugees now having fled Ukraine, the impact is devastating.”")
    assert found["With four million refugees now having fled Ukraine, the impact is devastating."] == "Nadia Roe"


def test_a_speech_verb_in_the_clause_opening_the_sentence_is_not_the_one_whose_subject_speaks():
    found = speakers("Tomos Roe, from Talyllyn, has been busking to raise money for the Red Cross.",
                     "When asked why he wants to help refugees, the ten-year-old told the Gazette: “Russia is "
                     "attacking Ukraine and Ukraine does not have much to fight back with.”")
    assert found["Russia is attacking Ukraine and Ukraine does not have much to fight back with."] == "Tomos Roe"


def test_the_pupil_named_by_his_school_after_the_boy_was_named_is_the_boy():
    found = speakers("Tomos Roe, from Talyllyn, has been busking to raise money for the Red Cross.",
                     "The Llangorse Primary School pupil said he was inspired by his brother.",
                     "He said: “My brother started busking because he played the trumpet.”")
    assert found["My brother started busking because he played the trumpet."] == "Tomos Roe"


def test_went_on_to_say_in_the_sentence_before_a_quote_is_who_went_on():
    found = speakers("Prince asks for “full solidarity” in welcoming refugees",
                     "Prince Albert II announced in a video message that Monaco is welcoming refugees.",
                     "“I hope that Monaco will take full part in the effort,” the Prince went on to say. “We will "
                     "participate with the means that are ours.”")
    assert found["We will participate with the means that are ours."] == "Prince Albert"


def test_words_announced_as_the_subjects_own_are_the_subjects_not_the_next_clauses():
    found = speakers("Following a televised address, when Prince Albert II announced his “full solidarity with the "
                     "Ukrainian population,” the first 30 refugees were welcomed into Monaco.")
    assert found["full solidarity with the Ukrainian population"] == "Prince Albert"


@pytest.mark.parametrize("intro", ["Here is some of what he had to say (rough translation, sorry):",
                                   "Here’s what he told the crowd:"])
def test_here_is_what_he_said_gives_the_words_to_him(intro):
    found = speakers("Prince Albert II spoke on television on Thursday evening.", intro,
                     "“In the name of my family I want to express our solidarity.”")
    assert found["In the name of my family I want to express our solidarity."] == "Prince Albert"


def test_a_body_followed_by_as_is_not_the_subject_of_the_sentence():
    found = speakers("Tomos Roe, from Talyllyn, has been busking to raise money for the Red Cross as he is very keen "
                     "to help.",
                     "When asked why, the ten-year-old told the Gazette: “It is important to help others.”")
    assert found["It is important to help others."] == "Tomos Roe"


def test_a_name_after_a_description_with_a_relative_clause_set_off_before_said_is_the_speaker():
    found = speakers("“Our athletes need to be strong like our soldiers,” said the committee's president, Valeriy Doe.",
                     "The most decorated athlete of these games, swimmer Andrii Roe (5 medals), who lives and trains "
                     "in Kamianske, Dnipro region, said: “Every time our athletes climb onto the podium, we remind "
                     "people about Ukraine”.")
    assert found["Every time our athletes climb onto the podium, we remind people about Ukraine"] == "Andrii Roe"


def test_two_closing_single_marks_close_a_double_quote():
    found = speakers("“Reports suggest that around one hundred vessels are trapped in Odesa,’’ according to the "
                     "charity Seafarers Aid. “Ships have been sunk and civilian seafarers have been killed.”")
    assert found["Reports suggest that around one hundred vessels are trapped in Odesa"] == "charity Seafarers Aid"
    assert found["Ships have been sunk and civilian seafarers have been killed."] == "charity Seafarers Aid"


def test_two_closing_single_marks_after_a_single_opening_mark_are_left_alone():
    found = speakers("Anna Roe read the letter aloud.",
                     "‘We know that this will be disappointing to you,’’ the email said.")
    assert found and not any("”" in text for text in found)  # (no double mark made up to close it)


def test_the_word_opening_a_clause_is_never_a_speaker():
    found = speakers("When asked about the shelling, a passer-by told the Gazette: “It went on all night.”")
    assert found["It went on all night."] != "When"


def test_a_surname_whose_particle_is_in_lower_case_names_the_speaker():
    found = speakers("Dr. Samer al-Roe stared at the photograph of himself on his phone.",
                     "“If I were alone, I wouldn’t have left Ukraine,” al-Roe said. “But my wife asked me to think "
                     "about our daughter.”")
    assert found["If I were alone, I wouldn’t have left Ukraine"] == "Samer al-Roe"
    assert found["But my wife asked me to think about our daughter."] == "Samer al-Roe"


def test_words_in_the_first_person_after_a_sentence_about_someone_in_the_same_paragraph_are_theirs():
    found = speakers("“Production is running on a tight schedule,” says Mykola Roe, the shift manager.",
                     "Mykola Roe has been familiar with the sight of liquid metal since his childhood. “My parents "
                     "worked here and so did my brother.” Today he checks the schedule.")
    assert found["My parents worked here and so did my brother."] == "Mykola Roe"


def test_one_of_the_members_is_a_person_she_can_stand_for_not_the_body_named_before():
    found = speakers("At the July meeting of Winslow WI, one of the members told the meeting about efforts to collect "
                     "knitted squares. “Wouldn’t it be good,” she said, “if we could knit enough squares for a blanket?”")
    assert found["if we could knit enough squares for a blanket?"] == "one of the members"


def test_the_person_the_words_were_said_to_described_first_is_not_the_speaker():
    found = speakers("“When I was little, I thought Ukraine was the only country,” says Kateryna Roe to her friend "
                     "Sofia Doe.")
    assert found["When I was little, I thought Ukraine was the only country"] == "Kateryna Roe"


@pytest.mark.parametrize("closing", ["Assam chief minister Himanta Roe informed through Twitter on Thursday.",
                                     "one pilgrim, Himanta Roe, informed AFP."])
def test_informed_a_medium_or_an_outlet_reports_speech(closing):
    found = speakers(f"“Happy that another student from Assam has been evacuated,” {closing}")
    assert found["Happy that another student from Assam has been evacuated"] == "Himanta Roe"


def test_informed_as_an_adjective_reports_no_speech():
    from sitegen.importer.lexicon import VERB
    assert VERB.search("Our aim is to keep you, our readers, informed about developments at home.") is None
    assert VERB.search("the minister informed reporters on Monday").group() == "informed"


def test_the_name_a_relative_clause_of_speech_hangs_on_is_the_speaker():
    found = speakers("On Friday, they received support from Ukraine's president Volodymyr Roe, who wrote on X:",
                     "“Our people, our flag and our anthem stand with all who respect life.”")
    assert found["Our people, our flag and our anthem stand with all who respect life."] == "Volodymyr Roe"


@pytest.mark.parametrize("verb", ["remembers excitedly", "remembered", "questioned at the rally"])
def test_remembers_and_questioned_after_a_quote_attribute_it(verb):
    found = speakers(f"“We have been very joyful,” Vorona’s friend, Valentyn Doe, 60, {verb}.")
    assert found["We have been very joyful"] == "Valentyn Doe"


@pytest.mark.parametrize("verb", ["mentioned", "reflected", "asserted", "acknowledges", "underlined", "murmured",
                                  "continues"])
def test_more_verbs_report_speech_so_the_quote_after_them_is_the_reporteds(verb):
    found = speakers("The centre opened in March.",
                     f"Kamile Roe {verb} that the war at home was terrifying for her family. “We cannot sleep at night.”")
    assert found["We cannot sleep at night."] == "Kamile Roe"


def test_a_subject_described_then_named_by_commas_before_its_verb_is_who_he_stands_for():
    found = speakers("Grandmaster and captain of the Ukrainian national team, Oleksander Roe, is waiting behind a trench "
                     "in the western city of Lviv, holding a rifle to face the army sent by Russian President Vladimir "
                     "Putin.",
                     "“I am defending my land from enemies. The truth will win!” he posted a week ago.")
    assert found["I am defending my land from enemies. The truth will win!"] == "Oleksander Roe"


def test_a_surname_ending_in_ly_is_no_adverb_before_the_verb():
    found = speakers("“There was a pinch point around St. Patrick’s Day weekend,” Mr Kelly continued.")
    assert found["There was a pinch point around St. Patrick’s Day weekend"] == "Kelly"
    found = speakers("In an interview, US Supreme Knight Patrick Kelly said that as 9/11 was a defining moment, “the "
                     "invasion will be a defining moment for the world.”")
    assert found["the invasion will be a defining moment for the world."] == "Supreme Knight Patrick Kelly"


@pytest.mark.parametrize("adverb", ["However", "Meanwhile", "Moreover"])
def test_a_sentence_adverb_opening_the_sentence_is_no_speaker(adverb):
    found = speakers(f"{adverb}, officials said Ministers are now “actively considering Jersey’s position, and next "
                     "steps, after the UK launched its scheme.”")
    assert found["actively considering Jersey’s position, and next steps, after the UK launched its scheme."] == (
        "officials")


def test_a_name_after_the_that_names_a_place_makes_no_subject_of_the_sentence():
    sentence = "A special display was set up in the Food Liaison dining area with detailed information about Razom."
    assert speaker_of_sentence(sentence, People()) is None
    assert speaker_of_sentence("Later that day the Rev Tomos Roe says the display was set up.", People()).name == (
        "Tomos Roe")


def test_the_bishops_and_the_rabbi_are_people_who_speak():
    found = speakers("“Thousands of innocent men, women and children have lost their lives,” the bishops said in a "
                     "letter to the faithful.",
                     "“We will stay with our community,” the rabbi said.")
    assert found["Thousands of innocent men, women and children have lost their lives"] == "bishops"
    assert found["We will stay with our community"] == "rabbi"


def test_words_a_recording_gives_go_to_whom_it_gives_them_and_the_name_she_gave():
    found = speakers("They marked 500 days since Russian President Vladimir Putin ordered a “partial mobilization” of "
                     "reservists.",
                     "“We want our husbands back alive,” one of the protesters, who only gave her name as Antonina for "
                     "fear of reprisals, is heard saying in a video published by an independent outlet.",
                     "“Bring them home now,” a second woman was filmed saying.")
    assert found["We want our husbands back alive"] == "Antonina"
    assert found["Bring them home now"] == "a second woman"


def test_the_teacher_is_the_person_the_sentence_before_named_even_as_its_object():
    found = speakers("It was a comment from one of her Grade 6 students that gave Heather Roe the idea to do a fundraiser.",
                     "“There’s two students at our school who are from Ukraine,” said the language arts teacher at "
                     "O’Leary Elementary School.")
    assert found["There’s two students at our school who are from Ukraine"] == "Heather Roe"


def test_the_teacher_is_someone_new_after_a_place_or_a_person_of_another_calling():
    found = speakers("Readers were shocked by an account of the siege of Chashny Yar.",
                     "“We had no choice,” said the teacher.")
    assert found["We had no choice"] == "teacher"
    found = speakers("Grade 6 student Jayla Roe drew the sunflower.",
                     "“We sold every packet,” said the teacher.")
    assert found["We sold every packet"] == "teacher"


def test_a_clause_opening_with_with_is_looked_past_to_the_sentences_subject():
    found = speakers("“I think my future will be here,” said Olesia Roe.",
                     "With her hometown of Lutsk being bombed, Sofiya Doe, 17, is concerned about her family in Ukraine.",
                     "“I called my grandmother a couple of days before,” she said.")
    assert found["I think my future will be here"] == "Olesia Roe"
    assert found["I called my grandmother a couple of days before"] == "Sofiya Doe"


def test_she_skips_a_man_the_text_named_only_as_bill():
    found = speakers("Mary Roe added that she had spoken with Pastor of the Epiphany Church, Father Daniel A. Toomey and "
                     "the manager of the kitchen, Bill Doe, about the possibility of the fundraiser, to which they said yes.",
                     "Additionally, she noted that the group received donations of food from various places.",
                     "“We have potatoes and eggs from the farms,” she said.")
    assert found["We have potatoes and eggs from the farms"] == "Mary Roe"


def test_a_councillors_ward_and_party_in_brackets_are_no_one_and_the_councillor_is_she():
    found = speakers("Conservative group leader Janet Doe (Wybunbury, Con) was speaking after Cllr Marilyn Roe (Crewe West, "
                     "Lab) raised concerns about the checks.",
                     "“There may well be between 500 and 600 refugees hoping to come,” said the Crewe councillor.",
                     "“My question is, is there a disconnect?” she asked.")
    assert found["There may well be between 500 and 600 refugees hoping to come"] == "Marilyn Roe"
    assert found["My question is, is there a disconnect?"] == "Marilyn Roe"


def test_an_office_set_off_with_the_region_it_covers_leaves_the_name_the_speaker():
    found = speakers("Responding to the latest attacks, including reports of a missile attack on a building, Marie Roe, "
                     "Regional Director, Eastern Europe and Central Asia said:",
                     "“Russian missiles continue to cause unspeakable civilian suffering in Ukraine.”")
    assert found["Russian missiles continue to cause unspeakable civilian suffering in Ukraine."] == "Marie Roe"


def test_father_abbreviated_with_a_full_stop_is_a_title_not_the_speaker():
    found = speakers("“People are slowly coming back,” says Fr. Roman Roe with determination after yet another trip.")
    assert found["People are slowly coming back"] == "Roman Roe"


def test_an_office_for_a_body_set_off_after_the_name_leaves_the_name_the_speaker():
    found = speakers("“Our schools are welcoming everyone who is fleeing the war,” Salesian Don Anatoliy Roe, Delegate for "
                     "Social Communications of the Vice-Province of Ukraine (UKR) wrote us.")
    assert found["Our schools are welcoming everyone who is fleeing the war"] == "Don Anatoliy Roe"


def test_a_given_name_alone_in_brackets_after_a_quote_signs_it():
    found = speakers("We sent over a fresh batch of messages, like this one “So sorry for you all. Please know our thoughts "
                     "are always with you!” (Laura) or this one from a donor.",
                     "“The convoy left at dawn,” (Kharkiv) officials said.")
    assert found["So sorry for you all. Please know our thoughts are always with you!"] == "Laura"
    assert found["The convoy left at dawn"] != "Kharkiv"


def named(*paragraphs):
    return {q.text: q.speaker.named for q in find_quotes(list(paragraphs)) if q.speaker}


def test_a_given_name_shaped_like_a_nationality_is_a_name():
    found = named("‘What I saw at the border was disheartening,’ says Adrian, who works with a local partner in the region.")
    assert found["What I saw at the border was disheartening"] is True


def test_a_person_named_after_a_place_and_a_comma_is_no_region():
    found = named("This was announced on his Facebook page by the head of the Vicariate in North America, Luka Roe.",
                  "Luka Roe said that the location “will soon become a religious and cultural center for refugees.”")
    assert found["will soon become a religious and cultural center for refugees."] is True


def test_words_given_twice_go_to_the_name_the_second_time_gives_not_the_standfirsts_description():
    found = speakers("‘I wanted my children to know our Easter tradition,’ says one mother",
                     "Liliia Roe joined 100 Ukrainians last week creating Easter eggs at a workshop.",
                     "“I wanted my children to know our Easter tradition,” said Ms Roe.")
    assert found["I wanted my children to know our Easter tradition"] == "Liliia Roe"


def test_a_person_set_off_after_a_possessive_kin_noun_is_whom_the_sentence_is_about():
    found = speakers("Tryukhan and her children, along with Dinah and John Vogel, had planned to be at yesterday’s meeting "
                     "in person. That changed Tuesday afternoon when John tested positive. Tryukhan’s husband, Dima, joined "
                     "the online call from somewhere in Ukraine.",
                     "“My family is safe and I thank all of you,” he said.")
    assert found["My family is safe and I thank all of you"] == "Dima"


def test_a_possessor_alone_still_opens_the_sentence_about_them():
    found = speakers("Olena Roe fled Kharkiv with her son in March.",
                     "Olena’s son has said that one of the hardest things is the cold.",
                     "“We slept in the car for three nights,” she said.")
    assert found["We slept in the car for three nights"] == "Olena Roe"


def test_words_given_by_someone_described_in_a_relative_clause_are_theirs():
    found = speakers('Igor Roe woke up as well and said he got a call from a friend in America who said "It has started."',
                     "Olha Doe said she got a call from a neighbour who told her: “Take the children to the basement.”",
                     "Olha Doe said a friend who drove them out of the city “saved our lives on the road that night.”")
    assert found["It has started."] == "friend in America"
    assert found["Take the children to the basement."] == "neighbour"
    assert found["saved our lives on the road that night."] == "Olha Doe"  # words said of him, not by him


def test_an_office_in_capitals_after_a_name_is_no_part_of_it():
    found = speakers("“This grant provides critical funding for our teams,” says George Roe CEO and president of Water "
                     "Mission.",
                     "“We will keep the shelter open all winter,” said Jane Doe MP.",
                     "“The pumps run day and night,” said Olena Doe of the water board.")
    assert found["This grant provides critical funding for our teams"] == "George Roe"
    assert found["We will keep the shelter open all winter"] == "Jane Doe"
    assert found["The pumps run day and night"] == "Olena Doe"


def test_an_office_in_capitals_set_off_before_a_name_is_no_speaker():
    found = speakers("“We are thankful that we can help the families,” said Freeport City Manager, Randy Roe.")
    assert found["We are thankful that we can help the families"] == "Randy Roe"


def test_what_a_named_person_owns_is_no_part_of_their_name():
    found = speakers("Father Ivan Roe, outside his church after Mass.",
                     "Father Ivan Roe’s Sunday routine is not what it was before the war.",
                     "“Glory to Jesus Christ,” Roe said to the first parishioner.",
                     "Quilts were packed this morning at Jane Doe’s Delaware home.",
                     "“Piecing is what we do to make the tops,” Doe said.")
    assert found["Glory to Jesus Christ"] == "Father Ivan Roe"
    assert found["Piecing is what we do to make the tops"] == "Jane Doe"


def test_a_religious_orders_letters_after_a_name_are_no_part_of_it():
    found = speakers("The eparchy's new website is a bridge to our people, according to Bishop Mykola Roe CSsR.",
                     "“Wrong information can destroy someone,” Roe said.",
                     "“We pray for peace every day,” said Father Petro Doe OSBM.")
    assert found["Wrong information can destroy someone"] == "Mykola Roe"
    assert found["We pray for peace every day"] == "Father Petro Doe"


def test_a_given_name_alone_after_an_opening_clause_or_said_to_be_who_someone_is_is_a_person():
    found = speakers("At the beginning of the conflict, Liliya fled to Germany. But she returned three months later.",
                     "“We came here in late winter, because he could only get time off now,” she adds.")
    assert found["We came here in late winter, because he could only get time off now"] == "Liliya"
    found = speakers("One first-time visitor is Liliya, an English interpreter from the Sumy region.",
                     "“My phone alerts me three or four times a day about sirens back home,” she says.")
    assert found["My phone alerts me three or four times a day about sirens back home"] == "Liliya"
    found = speakers("Tanya moved to Kyiv in March.", "“That is when everything changed for us,” she said.")
    assert found["That is when everything changed for us"] == "Tanya"


def test_a_city_after_an_opening_clause_is_no_person():
    found = speakers("In the west of the country, Lviv has taken in thousands.",
                     "“We have no more beds in the shelters,” she said.")
    assert found["We have no more beds in the shelters"] is None


def test_a_name_set_off_after_a_description_already_met_is_the_speaker():
    found = speakers("A mother and son who fled Ukraine have arrived in Madison.",
                     "“I am not believing it now, that I am here,” said the mother, Viktoriia Roe sitting on the couch "
                     "next to Kelly Doe.")
    assert found["I am not believing it now, that I am here"] == "Viktoriia Roe"


def test_a_given_name_in_the_paragraph_that_gives_the_full_name_stands_for_it():
    found = speakers("In a scene filled with tension, Artem Roe and his unit recount their retreat. Holding a smartphone, "
                     "Artem shows me video footage of their last journey.",
                     "Artem candidly discusses the withdrawal, admitting, “It was pretty chaotic. Many units left in "
                     "disarray.”")
    assert found["It was pretty chaotic. Many units left in disarray."] == "Artem Roe"


def roles(*paragraphs):
    return {q.text: q.speaker.role for q in find_quotes(list(paragraphs)) if q.speaker}


def test_what_someone_was_doing_or_a_clause_before_their_name_is_no_role():
    found = roles("“I did not believe it at first,” said Kseniya Roe, holding a sign with Stop War to shield herself.",
                  "The Piece Corps is a play on words, Taylor said. “Piecing is what we do to make the tops.”",
                  "Before the war, Oleksii was an entrepreneur. That's when Oleksii's relatives first asked him for help.",
                  "“When my relatives asked me to help them get out, I didn't even hesitate,” he says.",
                  "“We will rebuild the school by autumn,” said Jane Doe, acting director of the museum.")
    assert found["I did not believe it at first"] == ""
    assert found["Piecing is what we do to make the tops."] == ""
    assert found["When my relatives asked me to help them get out, I didn't even hesitate"] == ""
    assert found["We will rebuild the school by autumn"] == "acting director of the museum"


def test_a_given_name_alone_set_off_with_an_aside_after_an_opening_clause_is_a_person():
    found = speakers("On a hot sunny day in early August, Ivan, a burly retired welder in his fifties, stood in front of "
                     "his ruined house.",
                     "“Blackberries grew in front of my house and the children ate them,” he said during an interview.")
    assert found["Blackberries grew in front of my house and the children ate them"] == "Ivan"


def test_a_quote_signed_with_a_dash_after_a_comma_or_before_the_next_quote():
    found = speakers("“We tried to help the girl make friends with difficult emotions”, — Svitlana Zub. “The children are "
                     "happy, most of them climbed a mountain in winter”, — Serhii Lekhan.",
                     '"At the moment, our task is to involve children in sports", - coach of the academy Maksym Doe.')
    assert found["We tried to help the girl make friends with difficult emotions"] == "Svitlana Zub"
    assert found["The children are happy, most of them climbed a mountain in winter"] == "Serhii Lekhan"
    assert found["At the moment, our task is to involve children in sports"] == "Maksym Doe"
    assert roles('"At the moment, our task is to involve children in sports", - coach of the academy Maksym Doe.')[
        "At the moment, our task is to involve children in sports"] == "coach of the academy"


def test_the_paper_a_quote_is_according_to_reported_it_and_the_sentences_subject_said_it():
    found = speakers('Russian Foreign Minister Sergei Lavrov said "the west is engaged in a proxy war with his country." '
                     'according to the Wall Street Journal.',
                     'A U.K. defense official has signaled a tougher stance and said: "it would be legitimate for Ukraine '
                     'to strike targets in Russia" according to the Wall Street Journal.')
    assert found["the west is engaged in a proxy war with his country."] == "Sergei Lavrov"
    assert found["it would be legitimate for Ukraine to strike targets in Russia"] == "U.K. defense official"


def test_a_given_name_and_a_surname_that_is_an_offices_word_is_a_person_not_an_office():
    found = speakers("Yvonne Judge of the Ukrainian Civil Society Forum says communities need to be supported.",
                     "“There are communities like Kiltullagh that have taken in hundreds of people,” she said.",
                     "“We help where we can,” said Americares Director of Emergencies Adam Roe.")
    assert found["There are communities like Kiltullagh that have taken in hundreds of people"] == "Yvonne Judge"
    assert found["We help where we can"] == "Adam Roe"


def test_he_with_those_who_went_with_him_stays_the_one_he_stands_for():
    found = speakers("On stage, 32-year-old comedian Sergii Roe says the army has called him up.",
                     "He, his wife, and a friend travelled more than 1,000 kilometres west to Lviv.",
                     "“It was a little bit scary to perform, but it is necessary,” he said.",
                     "Olena Doe runs the shelter. She and her son left Kharkiv in March with a neighbour.",
                     "“We took only what we could carry,” she said.")
    assert found["It was a little bit scary to perform, but it is necessary"] == "Sergii Roe"
    assert found["We took only what we could carry"] == "Olena Doe"


def test_a_description_said_of_a_named_person_is_no_one_new_and_a_plural_surname_is_no_body():
    found = speakers("Dasha Banks was just a girl when she and her mother emigrated from Ukraine to the United States.",
                     "“I am standing in front of you as an American,” she said outside the city hall.")
    assert found["I am standing in front of you as an American"] == "Dasha Banks"


def test_a_nickname_or_an_outlet_in_marks_inside_a_sentence_does_not_break_the_sentence_off():
    found = speakers("Ruslana Roe, whose husband Serhii “Volynskyi” was acting commander of the 36th Separate Marine "
                     "Brigade, told CNN via text message that she discovered the exchange on the internet.",
                     "“Later, Serhii called himself, and I heard him. It was a joy,” she said.",
                     "The village was held by marine brigades and separate divisions of the Territorial Defence "
                     "brigades.",
                     'On 17 July, the spokesperson for the "Tawria" brigade, Dmytro Doe, informed "Sledstvo.Info" that '
                     '"The Defence Forces are continuing their defensive operation on the left bank of the Dnieper."')
    assert found["Later, Serhii called himself, and I heard him. It was a joy"] == "Ruslana Roe"
    assert found["The Defence Forces are continuing their defensive operation on the left bank of the Dnieper."] == (
        "Dmytro Doe")


def test_a_title_in_marks_stays_a_title():
    found = speakers("Denys Roe. The name “Ukrainian Dream” is consonant with the plane that was destroyed in "
                     "February. “Monuments of Lenin are being dropped from Ukrainian military planes on Moscow,” says "
                     "the artist.")
    assert found["Monuments of Lenin are being dropped from Ukrainian military planes on Moscow"] == "Denys Roe"


def test_the_subject_of_two_verbs_joined_by_and_is_the_words_before_the_first():
    found = speakers("Adele Roe and her family lived in a small village. On 2 March, Russian forces captured the "
                     "city of Kherson, and Adele’s husband bundled her and the children into the family car and told "
                     "her to get as far away as she could. She hasn’t seen him since.",
                     "“He is only 12,” she says.")
    assert found["He is only 12"] == "Adele Roe"
    found = speakers("The woman contacted locals with parliamentary representatives and urged them to take in "
                     "refugees.",
                     "“Tell them that you need to accept Ukrainian refugees now,” she said.")
    assert found["Tell them that you need to accept Ukrainian refugees now"] == "woman"


def test_a_verb_in_a_clause_hanging_on_the_writers_is_not_the_subjects():
    found = speakers("I joined the queue as I reached the bus a heavily built man was at the door grabbed me by the "
                     "collar and shouted;\"Dogs are not going to use buses. Rescue mission is for us only.\"")
    assert found["Dogs are not going to use buses. Rescue mission is for us only."] != "reporter"


def test_someone_described_then_given_a_name_is_that_name():
    found = speakers('A female Ukrainian sniper, known to the world only as "Charcoal" is being hailed as a national '
                     'hero.',
                     '"These are not people," she reportedly said with respect to the Russian forces.')
    assert found["These are not people"] == "Charcoal"


def test_an_honorific_stands_for_the_person_named_before():
    found = speakers("On April 27, Archbishop Sviatoslav Roe spoke to more than 100 U.S. bishops during a video call.",
                     "“To talk to you, I consider a miracle,” His Beatitude told Bishop Richard Doe and others in "
                     "attendance.")
    assert found["To talk to you, I consider a miracle"] == "Sviatoslav Roe"


def test_kin_described_right_after_a_named_woman_is_her():
    found = speakers("It was such a beautiful life that Larysa Roe lived in Ukraine.",
                     "The Ukrainian grandmother had a good family and a good job.",
                     "“Every time you switch seats, it’s hard,” the grandmother said in Italian.")
    assert found["Every time you switch seats, it’s hard"] == "Larysa Roe"


def test_a_known_given_name_shaped_like_a_nationality_opens_a_full_name():
    found = speakers("The Chief Minister, Fabian Picardo, said: “I am extremely proud of Tito and Brian for this.”",
                     "Julian Roe said: “We drove 9,000 kilometres in eight days to deliver the supplies.”")
    assert found["I am extremely proud of Tito and Brian for this."] == "Fabian Picardo"
    assert found["We drove 9,000 kilometres in eight days to deliver the supplies."] == "Julian Roe"


def test_a_name_of_war_in_capitals_that_spells_a_pronoun_is_the_name():
    found = speakers("Ukraine has said Russia is deliberately hitting port infrastructure and commercial vessels.",
                     "Pickup trucks help fight off attacks, said a former computer teacher, now a soldier with the "
                     "call sign IT.",
                     "“Otherwise, there are no emotions at all. Emotions come later,” IT said.",
                     "“It is hard work,” he said. “It never stops.”")
    assert found["Otherwise, there are no emotions at all. Emotions come later"] == "IT"
