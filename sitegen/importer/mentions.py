"""Reading a text's mentions of people into the article's register (``people.People``): full names and
the roles and ages given with them, people introduced by one name ("the driver Serhiy", "codenamed Flash",
"thirty-two-year-old Ihor"), names of war, places, sexes, and the unnamed person a sentence is about."""

from __future__ import annotations

import re

from sitegen.importer.gender import gender_of_description, gender_of_name, genders_in
from sitegen.importer.lexicon import (ADVERB, CALENDAR, CLERGY, IRREGULAR_PAST, LEADING_CAPS, NAMING, NATIONALITIES, OFFICES, ORG_WORDS, PERSON_NOUNS, PLACES, PRONOUNS,
                                     ROLE_WORDS, SPEECH_VERBS, fold)
from sitegen.importer.names import (gerund_opening, holder_after_office, is_org, leads_off, name_runs, names_in,
                                    office_before_holder, opens_sentence, owned_words, owner_words,
                                    person_after_institution, person_from_tokens, trailing_office)
from sitegen.importer.people import KIN_NOUNS, People, SpeakerGuess


_INTRODUCED = re.compile(
    rf"(?i:\b(?P<noun>{PERSON_NOUNS})s?\b|\bwho\b|\bhimself\b|\bherself\b)(?:\s+[\w-]+){{0,5}}?,?\s+"
    rf"(?:{NAMING})[,:]?\s+(?:of\s+)?[\"“‘']?"
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|\b(?:[Hh]er|[Hh]is) name is (?P<plain>[A-Z][\w'’-]+)")
_DESCRIBED = re.compile(rf"(?i:\b(?P<noun>{PERSON_NOUNS}))(?:,)?\s+(?P<name>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z])")
# "thirty-two-year-old Ihor", "the 19-year-old Danya" (also "38-year old Marek", "18 year old Matvii"): an age given to
# a name makes it a person's.
_AGED = re.compile(r"\b(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old|\d{1,3}[- ]year[- ]old)\s+(?P<name>[A-Z][a-z][\w'’-]+)\b"
                   r"(?!\s+[A-Z])")
_APPOSITION = re.compile(r"(?:^|[.;]\s+|\b(?:One|one) of (?:them|the \w+)(?:,|\s+(?:is|was))\s+|\b(?:says|said|explains|admits|describes|"
                         r"assures|believes)\s+)"
                         r"(?P<name>[A-Z][a-z][\w'’-]+),\s+(?:\d{1,3}\b|(?:a|an|another|the|her|his|their)\s)")
_SPEAKS = re.compile(rf"(?:\b(?:{SPEECH_VERBS})\s+(?P<after>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z])"
                     rf"|(?:^|[.;:,]\s+|\band\s+)(?P<before>[A-Z][a-z][\w'’-]+)\s+(?:{SPEECH_VERBS}"
                     rf"|shared\s+(?:[\w’'-]+\s+){{0,3}}?with)\b)")
# A given name alone opening a sentence or its main clause, its verb next: "Ivan has been given the name Decent Man",
# "Daria studies", "At the beginning of the conflict, Liliya fled to Germany".
_GIVEN_SUBJECT = re.compile(r"(?:^|[.!?;,]\s+)(?P<name>[A-Z][a-z]+)\s+(?:[a-z]+(?:s|ed)|has|had|is|was|will|would|can|"
                            r"could|does|did|grew|spent|told|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")
# A given name alone with an aside after it, after an opening clause: "On a hot day in August, Ivan, a retired welder,
# stood in front of his ruined house".
_GIVEN_ASIDE = re.compile(r",\s+(?P<name>[A-Z][a-z]+),\s+(?:\d{1,3}\b|(?:a|an|the|her|his|their)\s)")
# A given name alone said to be who someone is: "One first-time visitor is Liliya, an English interpreter".
_GIVEN_IS = re.compile(r"\b(?:is|was)\s+(?P<name>[A-Z][a-z]+)(?:,|\s+(?:who|from)\b|\.)")
# A given name alone as an owner: "Ivan’s spacious two-story house took several direct hits".
_GIVEN_OWNER = re.compile(r"(?:^|[.!?;,]\s+|\b(?:and|of|with|as|[Ww]hen|[Ww]hile)\s+)(?P<name>[A-Z][a-z]+)['’]s\s+[a-z]")
# A given name set off before a relative clause about its bearer: "Exactly one year ago, Galina, who lived alone in
# Kyiv, visited …".
_GIVEN_WHO = re.compile(r"(?:^|[.!?;,]\s+)(?P<name>[A-Z][a-z]+),\s+who\s+[a-z]")
# Someone the text describes without naming: "a man in a cafe", "an elderly woman", "one of the wives".
# (the words before the noun describe it, they join no clause: not "a farm while his father")
_SOMEONE = re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne of the)\s+(?P<who>(?:(?!(?:while|and|or|but|when|as|his|her|their|its|"
                      rf"our|my|your|who|that|which|because|after|before|with|to|of)\b)[A-Za-z][\w-]*\s+){{0,3}}?(?:{PERSON_NOUNS})s?"
                      rf"(?:\s+(?:in|from|with|at)\s+(?:a|an|the)\s+[a-z][\w-]*)?)\b")
_LOCATIVE = re.compile(r"\b(?:[Ii]n|at|[Nn]ear|[Oo]utside|[Aa]round|into|[Aa]cross|of the (?:city|town|village|region) of|"
                       r"(?:residents|people|inhabitants|citizens|outskirts|streets|centre|center|mayor|governor) of|"
                       # where a journey goes: "a flight to New Delhi" (not where it comes from: "evacuated from
                       # Feldman Ecopark" names a zoo, and its founder Alexander Feldman)
                       r"(?:flights?|flew|trip|journey|travell?ed|fled|moved|returned|headed|evacuated|relocated|drove)"
                       r"\s+(?:back\s+|home\s+)?to)"
                       r"\s+(?:the\s+)?(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")

# The region set off after a place: "in Maple Ridge, British Columbia, Aleks …", "in Houston, Texas." (not the
# person named after a place, who has an age or a description next: "In Bucha, Ivan Roe, 62, said").
_REGION_AFTER = re.compile(r",\s+(?P<region>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=,\s+[A-Z]|[.;]|\s*$)")


# The lower-case noun after a name that makes it the name of whoever leads or owns something ("the Trump
# administration", "the Zelensky government"), not a place's ("the Kharkiv region").
_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")
_WHOSE_NOUNS = {"administration", "administrations", "government", "regime", "cabinet", "presidency", "era", "family",
                "campaign", "camp", "team", "doctrine", "plan", "years", "tenure", "household", "entourage"}


# A sentence whose subject is he or she: "She coped with ...", "Sitting up, exposed to the cold, she had ...".
# (with those who went with them: "He, his wife, and a friend travelled …", "She and her son left …")
PRONOUN_SUBJECT = re.compile(r"^(?:[^.;:]{0,200}?,\s+)?(?P<word>[Hh]e|[Ss]he)(?:,\s+(?:his|her)\s+[a-z]+,?\s+and\s+"
                             r"(?:a|an|the|his|her)\s+[a-z]+,?|\s+and\s+(?:his|her)\s+[a-z]+)?\s+" + ADVERB + r"[a-z]{2,}")


def note_someone(sentence: str, context: People) -> None:
    """A sentence whose subject is he or she is about the person they stand for, who stays whom they stand
    for next; one that mentions one unnamed person ("I talk to a man in a cafe") makes that person the
    one "he" or "she" stands for next, unless the sentences before were about he or she and the unnamed
    person is only mentioned in passing ("… showing a soldier killing an imprisoned soldier. She coped …")."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " … ", sentence)
    opener = PRONOUN_SUBJECT.match(bare)
    if opener:
        person = context.by_pronoun(opener.group("word").casefold())
        if person is not None:
            context.last_person = person
            context.mention(person)
            context.topic = True
        return
    kin = re.match(r"\W*(His|Her)\s+[a-z]", bare)
    person = context.by_pronoun("he" if kin.group(1) == "His" else "she") if kin else None
    if person is not None:
        context.mention(person)  # "His mother started working on a farm": the text still speaks of him
    elif not any(not x.org for x in names_in(bare, context, False)):
        # "Now his monthly salary is stretched to breaking point": a sentence naming no one that speaks of him
        owner = re.search(r"\b(his|him|her)\b", bare)
        person = context.by_pronoun("he" if owner.group(1) in ("his", "him") else "she") if owner else None
        if person is not None:
            context.mention(person)  # the text still speaks of him
    kin = _DEFINITE_KIN.match(bare)
    last = context.last_person
    if kin and last is not None and last.named and context.by_role(kin.group("noun")) is None and (
            context.sex(last) == gender_of_description(kin.group("noun"))) and (
            context.seen.get(last.label, -9) >= context.paragraph - 1):
        # "Larysa Krevchuk lived in Ukraine. The Ukrainian grandmother had a good family": she, so called
        context.roles[last.name] = " ".join(x for x in (context.roles.get(last.name, ""), kin.group("who")) if x)
        context.mention(last)
        return
    definite = _DEFINITE_SUBJECT.match(bare)
    if definite and not GIVEN_NAME.search(unquoted_names(bare)) and not _INTRODUCED.search(bare) and not re.fullmatch(
            r"reporter|journalist|correspondent|writer", definite.group("noun").casefold()):
        noun = definite.group("noun").casefold()
        if context.by_role(noun) is None and not context.fits(context.last_person, noun):
            # "The widow of one of the two victims also spoke to …": someone new, no one the text has named
            context.last_person = SpeakerGuess(description=definite.group("who"))
            context.seen[context.last_person.label] = context.paragraph
            context.topic = False
        return
    if context.topic and not re.match(r"^\W*(?:[Aa]n?|[Aa]nother|[Oo]ne of the)\s", bare):
        return
    match = None
    for candidate in _SOMEONE.finditer(bare):
        if not re.search(r"(?i)\b(?:into|as|is|was|were|became|become|becomes|becoming|be|being|like|remain|remains|"
                         r"remained|from|by|of|against|than)\s+(?:(?:just|only|still|then|already|once|barely)\s+)?$",
                         bare[:candidate.start()]):
            # ("an order from a higher-ranking soldier": whose order, no one the text goes on to speak of)
            match = candidate  # "turned him into a soldier", "was just a girl" describe him or her, no one new
    if match is not None and not match.group("who").split()[-1].endswith("s") and not _INFANT.search(match.group("who")):
        introduced = _INTRODUCED.search(bare, match.start("who"))
        if introduced and introduced.start() < match.end() and introduced.group("name"):
            # "A female Ukrainian sniper, known to the world only as “Charcoal”, is …": the name given her is hers
            context.last_person = SpeakerGuess(name=context.full_name(introduced.group("name")))
            context.mention(context.last_person)
            return
        named = _NAMED_AFTER.match(bare[match.end():])
        if named:  # "A resident of the village of Sudzha, Anna Bogunova, shared …": the description is hers
            context.last_person = SpeakerGuess(name=context.full_name(named.group("name")))
            context.mention(context.last_person)
            return
        named = _NAMED_BEFORE.search(bare[:match.start()])
        if named and not context.is_place(named.group("name")) and fold(named.group("name")) not in PLACES:
            # "helped by Kate, a volunteer and Ukrainian national …": the description set off after her name is hers
            context.last_person = SpeakerGuess(name=context.full_name(named.group("name")))
            context.mention(context.last_person)
            return
        context.last_person = SpeakerGuess(description=match.group("who"))
        context.seen[context.last_person.label] = context.paragraph
        if context.sex(context.last_person):  # "A ministry spokesman came out …": someone "he" can stand for later
            context.mention(context.last_person)


# Someone too young to be quoted: "Another baby boy." is no one the next "she says" stands for.
_INFANT = re.compile(r"\b(?:baby|babies|infant|newborn)\b", re.IGNORECASE)

# A sentence whose subject is a person described, not named: "The widow of one of the victims also spoke to …".
_DEFINITE_SUBJECT = re.compile(rf"^\W*(?:The|This|That)\s+(?P<who>(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{PERSON_NOUNS})"
                               rf"(?:\s+of\s+[^,.;“\"]{{1,60}}?)?)\s+(?:also\s+|later\s+|then\s+)?"
                               rf"(?:[a-z]+ed|spoke|said|says|told|tells|was|is|has|had|went|came|met|saw)\b")

# A sentence whose subject is someone's kin, described: "The Ukrainian grandmother had a good family".
_DEFINITE_KIN = re.compile(r"^\W*The\s+(?P<who>(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:ian|ish|ese|ean))\s+){0,2}?"
                           rf"(?P<noun>{'|'.join(sorted(KIN_NOUNS))}))\s+(?:also\s+|later\s+|then\s+)?"
                           r"(?:[a-z]+ed|had|has|was|is|went|came|left|fled|spent|grew|kept)\b")

# A name the description is set off after: "Kate, a volunteer" (not a place: "in Kharkiv, a volunteer said").
_NAMED_BEFORE = re.compile(r"(?<!\b[Ii]n )(?<!\b[Aa]t )(?<!\b[Ff]rom )(?<!\b[Nn]ear )(?<![.;:] )(?<!^)"
                           r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+$")
# A full name set off by commas right after a description: "…, Anna Bogunova, shared".
_NAMED_AFTER = re.compile(r"[^,.;]{0,80},\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),")
# The words that give a person a name of war: "call sign", "war name", "nom de guerre", "military code".
_NAME_WORDS = (r"call[ -]?sign|callsign|war name|wartime name|code[ -]?name|codenamed|code-named|nom de guerre|"
               r"military code|nickname|nicknamed|pseudonym")
# A name given so, whatever noun comes before: "with the call sign Tkach", "identified by his callsign, Goose",
# "gave his war name as Ghost", "Trauma – its military code"; the name's quote marks already taken off.
GIVEN_NAME = re.compile(rf"(?i:\b(?:{_NAME_WORDS})(?:\s+(?:is|was|as|of))?[,:]?)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                        rf"|\b(?P<before>[A-Z][\w'’-]+)\s*[–—(-]+\s*(?i:(?:his|her|its|the)\s+)?(?i:{_NAME_WORDS})\b")


def unquoted_names(text: str) -> str:
    """The text with a name's quote marks taken off: “Fox”, “Ghost,” → Fox, Ghost,."""
    return re.sub(r"[\"“‘']([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(,?)[\"”’']", r"\1\2", text)


# A name whose bearer the text shields: "Maryna (last name withheld)", "Adele (not her real name)", "Ion (name changed)".
_NAME_KEPT_BACK = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]+)\s+\((?:not\s+(?:her|his|their)\s+real\s+name|(?:(?:last|family|"
                             r"real)\s+|sur)?names?\s+(?:has\s+been\s+|have\s+been\s+)?(?:changed|withheld))\b[^()]{0,60}\)")


def note_introductions(paragraph: str, context: People) -> None:
    """Register the people a paragraph introduces by a name ("a soldier who goes by the call sign “Fox”",
    "a medic named Olha", "with the call sign Tkach"): a person whatever the word lists say of the word,
    the name maybe in quote marks, with the person noun that introduced them as their role; a name of war
    needs no noun before it. The person is the latest one mentioned, for he or she."""
    named = re.sub(r"[\"“][^\"“”]*[\"”]?", " … ", unquoted_names(paragraph))
    found = [(m.group("name") or m.group("plain"), m.group("noun")) for m in _INTRODUCED.finditer(named)]
    found += [(m.group("name") or m.group("before"), None) for m in GIVEN_NAME.finditer(named)]
    found += [(m.group("name"), None) for m in _NAME_KEPT_BACK.finditer(named)]
    for name, noun in found:
        if fold(name) in PRONOUNS or name.casefold() in LEADING_CAPS or fold(name) in CALENDAR:
            continue
        full = context.full_name(name)
        if full not in context.people:
            context.people.append(full)
        if noun and not context.roles.get(full):
            context.roles[full] = noun.casefold()
        context.mention(SpeakerGuess(name=full, anonymous=len(full.split()) == 1))


def introduce(text: str, context: People) -> None:
    """Register the people a sentence introduces by one name — "codenamed Flash", "the driver Serhiy",
    "Kostyantyn, 33,", "admits Oksana" — and the words it uses as places ("in Kharkiv"), so that a
    single capitalised word is read as a person only when the text made it one."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " … ", text)
    for match in _LOCATIVE.finditer(bare):
        words = match.group("place").split()  # "in New York": "New" and "New York" are places
        if match.group().startswith("at"):
            words = words[:1]  # ("senior investment manager at Charles Stanley": a firm, maybe a person's name)
        after = re.search(r"\bthe\s+[A-Z]", match.group()) and _NOUN_AFTER.match(bare, match.end())
        if after and after.group(1) in _WHOSE_NOUNS:
            continue  # "in the Trump administration", "in the Zelensky government": whose it is, no place
        context.places.update(fold(" ".join(words[:n])) for n in range(1, len(words) + 1))
        if len(words) > 1 and words[0] in ("St", "St.", "Saint") and re.search(r"['’]s$", words[-1]):
            # "in St Catherine’s": the parish, also without its possessive (not "in Simon’s town": his)
            context.places.add(fold(" ".join(words[:-1] + [words[-1][:-2]])))
        region = _REGION_AFTER.match(bare, match.end())
        if region and not gender_of_name(region.group("region")) and not context.knows(region.group("region")):
            words = region.group("region").split()  # ("British Columbia": "Columbia" once "British" is read off)
            context.places.update(fold(" ".join(words[n:])) for n in range(len(words)))
    found = [(m.group("name") or m.group("plain"), "") for m in _INTRODUCED.finditer(bare)]
    found += [(m.group("name"), m.group("noun").casefold()) for m in _DESCRIBED.finditer(bare)]
    found += [(m.group("name"), "") for m in _APPOSITION.finditer(bare)]
    found += [(m.group("name"), "") for m in _AGED.finditer(bare)]
    found += [(m.group("after") or m.group("before"), "") for m in _SPEAKS.finditer(bare)]
    # (not a given name the same text opens a full name with: "Artem Kariakin and his unit … Holding a smartphone,
    # Artem shows me": the full name, registered below, is whom "Artem" stands for)
    full_names = {run[0] for _, _, run in name_runs(bare) if len(run) > 1}
    found += [(m.group("name"), "") for given in (_GIVEN_SUBJECT, _GIVEN_IS, _GIVEN_ASIDE)
              for m in given.finditer(bare)
              if gender_of_name(m.group("name")) and m.group("name") not in full_names]
    found += [(m.group("name"), "") for m in _GIVEN_OWNER.finditer(bare) if gender_of_name(m.group("name"))]
    found += [(m.group("name"), "") for m in _GIVEN_WHO.finditer(bare) if gender_of_name(m.group("name"))]
    for name, role in found:
        folded = fold(name)
        if not folded or name.casefold() in LEADING_CAPS or context.common_words(name) or folded in PLACES or folded in ORG_WORDS or (
                folded in CALENDAR or NATIONALITIES.match(name) or folded in PRONOUNS or context.is_place(name)):
            continue
        full = context.full_name(name)
        if full not in context.people:
            context.people.append(full)
        if role and not context.roles.get(full):
            context.roles[full] = role


# Titles held by people a text names by one name: clergy, monarchs.
_ONE_NAME_TITLES = CLERGY | {"pope", "king", "queen"}


_VERB_BETWEEN = re.compile(rf"\b(?:{SPEECH_VERBS}|was|is|were|are|has|had|have|from|in|of|at|near|with|for)\b")


# Whose picture it is: "Photo courtesy Ukrainian Hockey Dream.", "Photos by Jane Roe/AP", a caption's glued "…at
# warCredit: BLOCK ASSET": a credit names no one the text goes on to speak of.
CREDIT = re.compile(r"(?:\b(?:photo(?:graph)?s?|images?|videos?|pictures?|footage)\s+(?:courtesy(?:\s+of)?|by|credit)\b:?"
                    r"|(?:\b|(?<=[a-z]))credit:)[^.;]*", re.IGNORECASE)


# A byline glued before a paragraph's dateline or agency: "By Andrew R.C. Marshall ZHOVKVA, Ukraine (Reuters) – …".
_BYLINE_LEAD = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}?(?=\s+[A-Z]{3,}\b|\s*\([A-Z])")
# A newsroom's dateline opening a paragraph: "TRAVERSE CITY — …", "KYIV, Ukraine (AP) — …".
_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                       r"(?:\s+\([A-Z][\w ]{1,20}\))?\s+[—–-]+\s+")


def without_byline(text: str) -> str:
    """The text with a byline glued before its dateline blanked out ("By Andrew R.C. Marshall ZHOVKVA, Ukraine
    (Reuters) – …"): the writer is no one the article speaks of."""
    byline = _BYLINE_LEAD.match(text)
    return " " * byline.end() + text[byline.end():] if byline else text


def note_people(text: str, context: People) -> None:
    """Remember full names, roles, ages and sexes mentioned in reporting text, for surnames, "the
    spokesman", "the 31-year-old" and "she"; not the names in a picture's credit, nor the place a dateline
    names ("TRAVERSE CITY — …"), which is a place."""
    text = without_byline(CREDIT.sub(" ", text))
    dateline = _DATELINE.match(text)
    if dateline and len(dateline.group("place")) > 2 and not gender_of_name(dateline.group("place")):
        context.places.add(fold(dateline.group("place")))
        text = " " * dateline.end() + text[dateline.end():]
    introduce(text, context)
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " ", text)
    mentioned = []
    for start, end, tokens in name_runs(bare):
        owner = owner_words(tokens)
        if owner:  # "Belvoir-Wodonga's Michael Shepanski": the person after whose he is
            start = bare.find(tokens[owner], start)
            tokens = tokens[owner:]
        tokens = tokens[:len(tokens) - owned_words(tokens)]  # "Father Vitalii Kester’s Sunday regimen": not his
        tokens = [t[:-2] if t.endswith(("’s", "'s")) else t for t in tokens]
        while tokens and leads_off(tokens, opens_sentence(bare, start)):
            tokens = tokens[1:]
        if not tokens:
            continue
        if office_before_holder(tokens, bare[end:]):
            continue  # its holder comes next
        split = person_after_institution(tokens, bare[end:]) or holder_after_office(tokens, bare[:start], bare[end:])
        name, role = (" ".join(split[1]), " ".join(split[0])) if split else context.title_off(*person_from_tokens(tokens))
        if not name or NATIONALITIES.match(name.split()[0]) or fold(name) in context.things or context.common_words(name):
            continue
        if is_org(name.split()):
            continue
        if re.search(r"[A-Z][\w'’.-]*\s+\($", bare[:start]) and re.match(r"[^()]{0,40}\)", bare[end:]):
            continue  # "Cllr Marilyn Roe (Crewe West, Lab)": her ward and party in brackets after her name, no one
        if context.is_place(name) and len(name.split()) > 1:
            continue
        if len(name.split()) < 2:
            if context.knows(name) and not context.is_place(name):
                mentioned.append((start, context.full_name(name)))  # "Psaki" after "Jen Psaki"
            elif role and role.split()[-1].casefold() in _ONE_NAME_TITLES and name not in context.people and (
                    name.casefold() not in ROLE_WORDS):  # ("Lord Mayor": a title, no one's name)
                context.people.append(name)  # "Metropolitan Agafanguel", later "the Metropolitan"
                context.roles[name] = role
                mentioned.append((start, name))
            continue
        if name not in context.people:
            context.people.append(name)
        mentioned.append((start, name))
        before = re.search(r"(?<![\w'’-])((?:[a-z][\w'’-]*\s+){0,3})$", bare[:start]).group(1)
        office = re.search(rf"\b(?:the|a|an)\s+({OFFICES})\s+of\s+(?:the\s+)?[a-z][\w-]*\s+$", bare[:start])
        if office:  # "the head of the region Vyacheslav Gladkov": the whole office, more than its last words
            before = bare[office.start(1):start]
        words = " ".join(x for x in (before.strip(), role) if x)
        if words and not re.search(r"\b(?:said|told|says|and|of|the|a|an|for|to|by|with|from|in|on|at|about|was|were|"
                                   r"is|are)\s*$", before) and not re.search(r"\b(?:that|who|which|whom|was|were|is|are)\s", before) and (
                not context.roles.get(name)):
            # ("a fitting place for Volodymyr Zelenskyy", "Among the artists was Merle French", "one of her students
            # that gave Heather Roe the idea", "was speaking after Cllr Marilyn Roe" give no role)
            context.roles[name] = words
        elif role:
            context.roles[name] = role
        titled = _TITLE_SET_OFF.match(bare, end)
        if titled and not context.roles.get(name) and any(
                w.casefold() in ROLE_WORDS for w in titled.group("title").split()):
            context.roles[name] = titled.group("title")  # "James Fry, Lord Mayor of Oxford, called …": later "the Lord Mayor"
        age = re.match(r",\s*(\d{1,3}),", bare[end:end + 30])
        if age:
            context.ages[age.group(1)] = name
    for match in re.finditer(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s*(?:(?:a|an)\s+)?(\d{1,3})(?:,|-year-old\b)",
                             bare):
        name, _ = person_from_tokens(match.group(1).split())
        if name and not is_org(name.split()) and name.casefold() not in LEADING_CAPS:
            context.ages[match.group(2)] = context.full_name(name)
    for match in re.finditer(r"(\d+)[- ]year[- ]old\s+((?:[a-z]+\s+){0,4}?)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", bare):
        if _VERB_BETWEEN.search(match.group(2)):
            continue  # "the 43-year-old told AFP", "a 38-year-old teacher from Bakhmut": not the age's owner
        name, _ = person_from_tokens(match.group(3).split())
        if name and not is_org(name.split()):
            context.ages[match.group(1)] = context.full_name(name)
    for name, sex in genders_in(bare):
        at, tokens = bare.find(name), name.split()
        if at >= 0:
            if len(tokens) == 1 and gerund_opening(name, bare, at, at + len(name)):
                continue  # "Tying a tourniquet around his thigh, he …": a verb, no one the "he" marks
            tokens = tokens[:len(tokens) - trailing_office(tokens, bare[at + len(name):])]  # "… Pastor of"
        name, _ = person_from_tokens(tokens)
        folded = fold(name)
        if not folded or is_org(name.split()) or folded in PLACES or folded in CALENDAR or context.is_place(name) or (
                name.casefold() in LEADING_CAPS or NATIONALITIES.match(name) or context.common_words(name)):
            continue
        full = context.full_name(name)
        if full not in context.people:
            context.people.append(full)  # "Valentina and her son": a name the text gives a sex is a person
        context.genders.setdefault(full, sex)  # the first mark stands: a later "his" for her is a slip
        mentioned.append((bare.find(name), full))
    for name in _by_salience(bare, mentioned):
        context.mention(SpeakerGuess(name=name))


# A title in capitals set off after a name: ", Lord Mayor of Oxford,", ", Chief Executive of Example Trust."
_TITLE_SET_OFF = re.compile(r",\s+(?:the\s+)?(?P<title>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
                            r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)\s*[,.;]")


def _by_salience(text: str, mentioned: list[tuple[int, str]]) -> list[str]:
    """The names in order of mention, except that within a sentence its subject, the name opening it, is
    the most salient and comes last: "Psaki did not say whether the US shares the sentiments of Michel, as
    he stood ... She said ..." — she is Psaki."""
    boundaries = [0] + [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+", text)]

    def salience(item: tuple[int, str]) -> tuple[int, int, int]:
        sentence = sum(1 for b in boundaries[1:] if b <= item[0])
        return sentence, int(not text[boundaries[sentence]:item[0]].strip()), item[0]

    return [name for _, name in sorted(mentioned, key=salience)]
