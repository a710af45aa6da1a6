"""Names in reporting text: runs of capitalised words split into a title or role and a name, and told
apart from organisations, places and words that merely start a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitegen.importer.lexicon import (CALENDAR, CALLING, CLERGY, LEADING_CAPS, NAME_TOKEN, NAMED_NATIONALITIES, NATIONALITIES,
                                     ORG_WORDS, PERSON_NOUNS, PLACES, PRONOUNS, ROLE_WORDS, THING_WORDS, fold)
from sitegen.importer.gender import gender_of_name

if TYPE_CHECKING:
    from sitegen.importer.people import People


def _ends_sentence(token: str) -> bool:
    """"Grandi." before "Most of the refugees": a full stop after a word, not after an initial or a title."""
    return token.endswith(".") and len(token.rstrip(".")) > 2 and "." not in token.rstrip(".") and \
        token.rstrip(".").casefold() not in ROLE_WORDS


# A surname that opens with its particle in lower case: "al-Sheikh", "el-Sisi", "bin-Salman".
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|abu|ibn|bin)-[A-Z]")


def name_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised tokens: (start, end, tokens)."""
    runs = []
    tokens = list(re.finditer(r"[\w'’.-]+", text))
    i = 0
    while i < len(tokens):
        if tokens[i].group()[0].isupper() or _PARTICLE_NAME.match(tokens[i].group()):  # ("al-Sheikh said")
            j = i
            while j + 1 < len(tokens) and (tokens[j + 1].group()[0].isupper() or NAME_TOKEN.match(tokens[j + 1].group())) and \
                    text[tokens[j].end():tokens[j + 1].start()] in (" ", "-") and not _ends_sentence(tokens[j].group()) and (
                    tokens[j + 1].group() not in _SUBJECT_PRONOUNS):  # ("… Oleksandr Lytvynenko He immediately left")
                j += 1
            runs.append((tokens[i].start(), tokens[j].end(), [t.group() for t in tokens[i:j + 1]]))
            i = j + 1
        else:
            i += 1
    return runs



# A pronoun a sentence opens with, after a name whose full stop was lost: no part of the name.
_SUBJECT_PRONOUNS = {"He", "She", "They", "We", "I", "It"}

# Nouns that end a title before a name, whatever words of a field come first ("Energy Minister", "Veterans
# Affairs Secretary").
_TITLE_NOUNS = {"minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
                "ambassador", "commander", "chief", "director", "chairman", "chairwoman", "adviser", "advisor", "envoy",
                "ombudsman", "prosecutor", "commissioner", "premier", "chancellor"}


# A capitalised compound ending in a lower-case word describes whoever it comes before: "the Nigeria-born
# Adesina", "Kremlin-backed Denis Pushilin" ("Aqeel-ur-Rehman" ends in a capital: a name).
_EPITHET = re.compile(r"[\w'’.]+(?:-[\w'’.]+)*-[a-z]{3,}")


# Letters after a name that are no part of it: a barrister's, a member's, a generation, a degree, an honour, and the
# religious orders a priest or a bishop signs with ("Bishop Mykola Bychok CSsR", "Father Ivan Roe OSBM").
POST_NOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "Jr", "Sr", "II", "III", "PhD", "OBE", "MBE", "CBE", "KBE", "DBE",
                 "SJ", "OSB", "OFM", "OP", "CSsR", "C.Ss.R", "OSBM", "OFMCap", "OFMConv", "OCD", "OSA", "OMI", "SDB",
                 "SVD", "CSC", "FSC", "OCSO", "OCarm"}


def person_from_tokens(tokens: list[str]) -> tuple[str, str]:
    """(name, role) from a run of capitalised tokens: "Defence Minister Oleksii Reznikov" → ("Oleksii
    Reznikov", "Defence Minister")."""
    tokens = [t.rstrip(",") for t in tokens]
    cut = 0
    # (a given name shaped like a nationality is a name: "Fabian Picardo", "Adrian Roe")
    while cut < len(tokens) - 1 and (tokens[cut].casefold().rstrip(".") in ROLE_WORDS or tokens[cut].casefold() in
                                     ROLE_WORDS or NATIONALITIES.match(tokens[cut]) and not gender_of_name(
                                         tokens[cut]) or tokens[cut].endswith(
                                         ("’s", "'s")) or tokens[cut].casefold() in PLACES or
                                     tokens[cut].casefold().split("-")[-1] in ROLE_WORDS or _EPITHET.fullmatch(tokens[cut])):
        cut += 1
    # a title noun further on ends the role whatever stands before it: "Energy Minister Herman Halushchenko"
    titles = [k for k in range(cut, len(tokens) - 1) if tokens[k].casefold().rstrip(".") in _TITLE_NOUNS]
    if titles and all(t[:1].isupper() for t in tokens[titles[-1] + 1:]):
        cut = titles[-1] + 1
        while cut < len(tokens) - 1 and tokens[cut].casefold().rstrip(".") in CLERGY:
            cut += 1  # "Director Deacon Greg Lowe": a clergy title after the office is his too
    owner = next((k for k in range(cut + 1, len(tokens) - 1) if tokens[k].endswith(("’s", "'s"))), None)
    if owner is not None:  # "Elon Musk’s Starlink": the person, then what is theirs
        tokens = tokens[:owner] + [tokens[owner][:-2]]
    name_tokens = [t for t in tokens[cut:] if t.casefold().rstrip(".") not in ("mr", "mrs", "ms", "dr")]
    while len(name_tokens) > 1 and name_tokens[-1].rstrip(".") in POST_NOMINALS:
        name_tokens.pop()
    name = " ".join(name_tokens).strip(" .,")
    role = " ".join(tokens[:cut])
    return name, role


def _surname_like(name: str, context: People, alone: bool = False) -> bool:
    """"Haughian" after "Barry Haughian": a surname of the "-ian" shape the text gave a person, not a
    nationality ("Ukrainian", "Russian" never are); a nationality's own word only where it stands alone as the
    whole phrase, as no nationality does ("French said" after "Merle French", not "French officials")."""
    return len(name.split()) == 1 and context.known_surname(name) and (alone or not NAMED_NATIONALITIES.match(name))


def _given_then_surname(tokens: list[str]) -> bool:
    """Two words, the first a known given name: a person's name, whatever else the second word can be ("Dasha
    Banks", "Yvonne Judge")."""
    return len(tokens) == 2 and bool(gender_of_name(tokens[0]))


def is_org(tokens: list[str]) -> bool:
    folded = [t.casefold().strip(".,").removesuffix("’s").removesuffix("'s") for t in tokens]
    last = tokens[-1].strip(".,") if tokens else ""
    if _given_then_surname(tokens) and folded[1] not in ORG_WORDS | _PLATFORMS | _COUNTRIES:
        return False  # ("Dasha Banks": not the plural of "bank")
    if last.endswith("s") and NATIONALITIES.match(last[:-1]):
        return True  # "Displaced Ukrainians, hosts, friends and family gathered": a people, no person
    return any(t in ORG_WORDS or t.endswith("s") and t[:-1] in ORG_WORDS or t in _PLATFORMS for t in folded) or all(
        t in PLACES for t in folded) or len(folded) > 1 and folded[-1] in _COUNTRIES or (
        len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1) or is_thing(tokens)


# A channel or a page on these is a body that speaks ("the Tut Dagestan Telegram channel").
_PLATFORMS = {"telegram", "facebook", "twitter", "instagram", "youtube", "tiktok", "vkontakte", "whatsapp", "viber"}
# A name ending in a country is a body's ("Save Ukraine", "PEN Ukraine", "Team Ukraine"), not a person's.
_COUNTRIES = {"ukraine", "russia", "belarus", "poland", "moldova", "georgia", "germany", "france", "britain", "america",
              "canada", "lithuania", "latvia", "estonia", "finland", "europe", "hungary", "romania", "slovakia"}


def is_thing(tokens: list[str]) -> bool:
    """"Second World War", "Dnipro River", "Oxford Town Hall", "Notre Dame": a name of a place, an event or a thing,
    never of a person ("Chris Hall" is one: a hall is a thing only as a town's or a city's; a title such as "Dame"
    comes before a person's name, never last)."""
    last = [t.casefold().strip(".,") for t in tokens[-2:]]
    return len(tokens) > 1 and (last[-1] in THING_WORDS or last[-1] == "hall" and last[0] in ("town", "city", "village")
                                or last[-1] in _TITLES_FIRST)


_TITLES_FIRST = {"dame", "sir", "mr", "mrs", "ms", "dr", "prof"}


# "the Red Cross has", "forces of the Russian Federation have", "Satan II, which": a name the text writes
# after "the" (then a verb or punctuation, so that it is no modifier: "the Zelensky administration") or
# follows with "which" is an institution or a thing, whatever the word lists know of it.
_THE_NAME = re.compile(r"\b[Tt]he\s+(?P<the>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*?)(?:['’]s)?"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:has|have|had|is|was|are|were|said|says|will|would)\b)"
                       r"|\b(?P<which>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+which\b")


# A name inside a place or a thing the text describes first: "loaded him into the converted Volkswagen
# Transporter", "on the damaged Antonov Bridge" (no person noun among the words before it).
_THING_AFTER_PLACE = re.compile(r"\b(?:into|onto|aboard|inside|under|behind|on|in)\s+(?:the|a|an|his|her|their|its|our)\s+"
                                r"(?P<words>(?:[a-z][\w-]*\s+){1,3})(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")

# The kinds of body a name may follow: "the channel Ukrainian Witness", "grid operator Ukrenergo", "the movement
# Put Domoj", "the news portal Ukrainska Pravda": the name is an institution's.
BODY_KINDS = (r"operator|company|firm|provider|utility|agency|broadcaster|network|group|movement|channel|outlet|"
              r"organi[sz]ation|charity|foundation|manufacturer|corporation|bank|newspaper|website|portal|watchdog|"
              r"monitor|union|fund|platform|initiative|project|publication|magazine|party|brigade|unit|battalion|"
              r"association|federation|airline|retailer|producer|carrier")
_KIND_THEN_NAME = re.compile(rf"\b(?:{BODY_KINDS})\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})")
_ORG_NOUN_BEFORE = re.compile(rf"\b(?:{BODY_KINDS})\s+$")
# An office in a body before a name: "head of the donor selection unit Yuriy Verkhovenko" is the head, not the unit.
_HEAD_OF = re.compile(r"(?i)\b(?:head|chief|director|commander|chairman|chairwoman|leader|spokesman|spokeswoman|"
                      r"spokesperson) of (?:the )?(?:[\w'’-]+\s+){0,5}$")


def institutions_in(text: str) -> set[str]:
    """The folded names a text writes as institutions or things: after "the", before ", which", or after the
    kind of body they are ("grid operator Ukrenergo")."""
    found = {fold(m.group("name")) for m in _KIND_THEN_NAME.finditer(text)
             if m.group("name").split()[0].casefold() not in LEADING_CAPS and not _HEAD_OF.search(
                 text[max(0, m.start("name") - 80):m.start("name")])}
    for match in _THING_AFTER_PLACE.finditer(text):
        words = match.group("words").split()
        if not any(_PERSONISH.fullmatch(w) or w in _LINKING for w in words):  # "in the home of Lubov": hers
            found.add(fold(match.group("name")))
    for match in _THE_NAME.finditer(text):
        tokens = (match.group("the") or match.group("which")).split()
        if not tokens or any(t.casefold().rstrip(".") in ROLE_WORDS for t in tokens) or (
                tokens[0].casefold() in LEADING_CAPS and match.group("which")) or any(
                re.fullmatch(r"[A-Z]{2,}", t) for t in tokens[:-1]):
            continue  # "the Prime Minister said", "the RMA Oleg Sinegubov": a titled person
        found.add(fold(" ".join(tokens)))
        name, _ = person_from_tokens(tokens)
        if name and not _EPITHET.fullmatch(tokens[0]):  # ("the Nigeria-born Adesina said": a person so described)
            found.add(fold(name))  # "Federation" of "the Russian Federation"
    return found


# A word that makes the name after it a person's: a person noun, a calling ("rapper", "novelist"), "late".
_PERSONISH = re.compile(rf"(?:{PERSON_NOUNS})s?|{CALLING}s?|late|so-called")


_LINKING = {"of", "and", "or", "but", "for", "to", "with", "by", "from", "at", "near", "where", "who", "which", "that",
            "alongside", "beside", "among", "against", "about", "like", "via",
            "as", "while", "when", "after", "before", "because", "since", "if", "than", "said", "says", "told", "tells"}


def name_shaped(name: str) -> bool:
    """Whether words can be a person's name: no contraction ("They've"), no lone letter ("O"), no lone word
    shaped as an adjective ("Unfavorable", "Grateful")."""
    words = name.split()
    if any(re.search(r"['’](?:ve|re|ll|d|s|t)$|\d|/", w) for w in words):
        return False
    if len(words) == 1:
        return len(words[0].rstrip(".")) > 1 and not re.search(r"(?:able|ible|ful|ous|less)$", words[0])
    return True


def clean_who(phrase: str) -> str:
    phrase = phrase.strip(" ,.:;—–-")
    phrase = re.sub(r"^\d{1,3}/\s*", "", phrase)  # a thread's post number: "3/ She said"
    phrase = re.sub(r"^(?:and|but|while|whilst|as|then|so|also|however|meanwhile)\s+", "", phrase, flags=re.I)
    # a party or a place in brackets after the name: "Councillor Bryan Davies (Plaid Cymru)", "Jane Roe (D-Ohio)"
    phrase = re.sub(r"(\b[A-Z][\w'’-]+)\s*\([^()]{1,40}\)(?=\s*(?:,|$))", r"\1", phrase)
    return phrase


@dataclass(slots=True)
class Name:
    name: str
    role: str
    org: bool
    start: int
    end: int



# A sentence opened by a verb's -ing form ("Entering Pokrovsk with large vehicles is too dangerous").
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|from|in|at|to|into|near|for|with|by|on|over|across|towards?|about)\s+$")


def _name_like(token: str) -> bool:
    folded = token.casefold().rstrip(".,")
    return bool(re.fullmatch(r"[A-Z][a-z][\w'’-]*", token)) and not (
        folded in ORG_WORDS or folded in ROLE_WORDS or folded in PLACES or folded in CALENDAR or folded in LEADING_CAPS
        or NATIONALITIES.match(token))


# A run's own acronym right after it: "Government Communications Headquarters (GCHQ)" is a body's name.
_ACRONYM_NEXT = re.compile(r"\s*\([A-Z]{2,}")


def person_after_institution(tokens: list[str], following: str = "") -> tuple[list[str], list[str]] | None:
    """An institution's name, maybe with a title, then a person's: "Kharkiv Regional Military Administration
    Oleh Syniehubov", "European Council President Charles Michel" → (institution and title, person). A run
    followed by its acronym ("Government Communications Headquarters (GCHQ)") is an institution's name."""
    if _ACRONYM_NEXT.match(following):
        return None
    for k in range(len(tokens) - 3, -1, -1):
        person = tokens[k + 1:]
        if 2 <= len(person) <= 3 and all(_name_like(t) for t in person) and any(
                t.casefold().rstrip(".,") in ORG_WORDS for t in tokens[:k + 1]):
            return tokens[:k + 1], person
    return None


def holder_after_office(tokens: list[str], before: str, following: str) -> tuple[list[str], list[str]] | None:
    """An office "of" or "for" something in capitals, then its holder: "Complex Humanitarian Emergencies Adam Keehn"
    after "Americares Director of", "Migration Sammy Mahdi" after "State Secretary for" → (the office's words, the
    holder's two or three names); a run followed by its acronym is a body's name ("Director of Government
    Communications Headquarters (GCHQ)")."""
    if not before.rstrip().endswith(("of", "for", "the")) or _ACRONYM_NEXT.match(following):
        return None  # (a cheap test first: this runs for every name in the text)
    office = re.search(r"(?:[A-Z][\w'’&.-]*\s+)*\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$", before)
    if not office or office.group(1).casefold() not in ROLE_WORDS or before[:office.start()].rstrip().endswith(","):
        return None  # ("Siân Lewis, Chief Executive of Urdd Gobaith Cymru": the office of someone named before it)
    tokens = [t.rstrip(".,") for t in tokens]
    for k in (len(tokens) - 2, len(tokens) - 3):
        if k >= 1 and all(_name_like(t) for t in tokens[k:]):
            return office.group().split() + tokens[:k], tokens[k:]
    return None


def office_before_holder(tokens: list[str], following: str) -> bool:
    """Whether a run ends in an office whose holder is named after what it is "of": "Americares Director" in
    "Americares Director of Complex Humanitarian Emergencies Adam Keehn"."""
    if _given_then_surname(tokens):
        return False  # ("Yvonne Judge of the Ukrainian Civil Society Forum": no judge's office)
    return tokens[-1].casefold().rstrip(".,") in ROLE_WORDS and bool(re.match(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]", following))


def opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is where a sentence of ``text`` begins."""
    return not text[:start].strip() or bool(re.search(r"[.!?][\"”’']?\s*$", text[:start]))


def leads_off(tokens: list[str], sentence_start: bool) -> bool:
    """Whether a run's first capitalised word only starts the sentence ("The", "On Monday", "Entering
    Pokrovsk ...") rather than being part of a name."""
    first = tokens[0].casefold()
    return first in LEADING_CAPS or first.rstrip(".") in CALENDAR or (
        sentence_start and len(tokens) > 1 and bool(_GERUND.fullmatch(tokens[0])))


# Months that are also people's names: "Jan Gallagher", "April Kaull", "Theresa May".
_NAMED_MONTHS = {"Jan", "April", "June", "May"}
# Words before a month that make it a date: "In June Zelensky visited", "since April", "last May".
_WHEN_BEFORE = re.compile(r"\b(?:in|on|of|since|by|until|till|from|during|before|after|last|this|next|early|late|mid"
                          r"|through|throughout)\s+$", re.IGNORECASE)


def month_as_name(tokens: list[str], i: int, before: str, after: str) -> bool:
    """Whether the month word ``tokens[i]`` of a capitalised run is part of a person's name: a given name
    before another name ("Jan Gallagher", "April Kaull", not "In June Zelensky …" nor "May God …"), or a
    surname after one ("Theresa May", not "Ukraine June 7")."""
    word = tokens[i].rstrip(",")
    if word not in _NAMED_MONTHS:
        return False
    if i + 1 < len(tokens):
        return word != "May" and _name_like(tokens[i + 1].rstrip(".,")) and not (
            i == 0 and _WHEN_BEFORE.search(before))
    return i > 0 and _name_like(tokens[i - 1]) and not re.match(r"[\s,]*\d", after)


def gerund_opening(token: str, text: str, start: int, end: int) -> bool:
    """Whether a lone capitalised word opening a sentence is a verb's -ing form with its object or place after it
    ("Tying a tourniquet …", "Walking through the market …"), not a surname ("Manning said")."""
    return bool(re.fullmatch(r"[A-Z][a-z]+ing", token)) and opens_sentence(text, start) and bool(re.match(
        r"\s+(?:a|an|the|his|her|their|its|my|our|up|out|on|in|into|to|through|at|over|down|off|for|with|from)\s",
        text[end:]))


def owner_words(tokens: list[str]) -> int:
    """How many words at the start of a run name whose the rest is, where the rest is two words or more:
    "Belvoir-Wodonga's Michael Shepanski" (1), "Kentucky Baptist Convention’s Disaster Relief Director" (3), not
    "Elon Musk’s Starlink" (0: what he owns)."""
    owner = max((k + 1 for k, t in enumerate(tokens[:-1]) if t.endswith(("’s", "'s"))), default=0)
    return owner if owner and len(tokens) - owner >= 2 else 0


def owned_words(tokens: list[str]) -> int:
    """How many words at the end of a run are what the person named before them owns, where that is one word:
    "Elon Musk’s Starlink", "Father Vitalii Kester’s Sunday regimen" (1); not "Ukraine’s Zelensky" (0: no person's
    name before it)."""
    return 1 if len(tokens) >= 3 and tokens[-2].endswith(("’s", "'s")) and _name_like(tokens[-2][:-2]) and _name_like(
        tokens[-3]) else 0


def trailing_office(tokens: list[str], following: str) -> int:
    """How many words at the end of a run are an office its holder's name runs into, "of" something next:
    "Ivan Tchopko Pastor" before "of Saint's …" (1), not "Ivan Tchopko" (0); or an office in capitals ("George
    Roe CEO and president of …", "Jane Roe MP.")."""
    if len(tokens) < 3 or not all(_name_like(t) for t in tokens[-3:-1]):
        return 0
    return 1 if tokens[-1].casefold() in ROLE_WORDS and re.match(r"\s+of\s", following) or tokens[-1] in _OFFICE_ACRONYMS and (
        re.match(r"\s+(?:of|and|at|for)\s|\s*(?:[,.;:]|$)", following)) else 0  # "George Roe CEO and president of …"


# Offices written as capitals after the holder's name.
_OFFICE_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "MP", "MEP", "MSP", "MLA", "MPP", "MNA", "QC", "KC"}


def names_in(part: str, context: People, adjacent_end: bool, adjacent_start: bool = False) -> list[Name]:
    """Person and organisation names in a phrase, in order."""
    found = []
    for start, end, tokens in name_runs(part):
        tokens = list(tokens)
        offset = start
        while tokens and leads_off(tokens, opens_sentence(part, start)) and not (
                offset == start and month_as_name(tokens, 0, part[:start], part[end:])):
            offset = part.find(tokens[1], offset + len(tokens[0])) if len(tokens) > 1 else end
            tokens = tokens[1:]
        tokens = [t for i, t in enumerate(tokens) if t.casefold().rstrip(".,") not in CALENDAR or month_as_name(
            tokens, i, part[:offset], part[end:])]
        if len(tokens) == 1 and gerund_opening(tokens[0], part, offset, end):
            continue  # "Tying a tourniquet around his thigh, he fought on": a verb, no one's name
        owner = owner_words(tokens)
        if owner:  # "Kentucky Baptist Convention’s Disaster Relief Director": whose, then who
            at = part.find(tokens[owner], offset)
            found.append(Name(" ".join(tokens[:owner])[:-2], "", True, offset, at))
            offset, tokens = at, tokens[owner:]
        drop = trailing_office(tokens, part[end:])
        if drop:  # "Father Ivan Tchopko Pastor of Saint's Peter and Paul …": his office, set off by no comma
            tokens = tokens[:-drop]
            if len(tokens) >= 3 and tokens[0] == "Father":
                tokens = tokens[1:]  # (with an office of the church after the name, "Father" is how a priest is addressed)
        if not tokens:
            continue
        possessive = tokens[-1].endswith(("’s", "'s"))
        if possessive:
            bare = tokens[-1][:-2]
            if len(tokens) == 1 and (bare.casefold() in PLACES or bare.casefold() in ORG_WORDS):
                continue  # "Ukraine's" in "Ukraine's lead negotiator Mykhailo Podolyak"
            if len(tokens) == 1 and bare.casefold() in LEADING_CAPS:
                continue  # "Here’s what he told the crowd", "That’s": a word and "is", no one's
            tokens[-1] = bare
        if is_thing(tokens) or tokens[-1].rstrip(".") == "No" and re.match(r"\.?\s*\d", part[end:]):
            continue  # "the Second World War", "the Dnipro River", "the World No 15": no one who speaks
        name, role = context.title_off(*person_from_tokens(tokens))
        if name and context.common_words(name) and not role:
            continue  # "Volunteers tell …", "Now …": words, not a name
        if office_before_holder(tokens, part[end:]):
            continue  # its holder comes next
        split = person_after_institution(tokens, part[end:]) or holder_after_office(tokens, part[:offset], part[end:])
        body_before = bool(_ORG_NOUN_BEFORE.search(part[:offset])) and not _HEAD_OF.search(part[:offset])
        if split and not body_before and not is_org(list(split[1])):  # ("Director of Kamloops Immigrant Services": a body)
            institution, person = split
            at = part.find(person[0], offset)
            found.append(Name(" ".join(institution), "", True, offset, at))
            found.append(Name(" ".join(person), " ".join(institution), False, at, end))
            continue
        thing = fold(name) in context.things
        if (is_org(name.split() or tokens) or body_before or thing) and (
                name not in context.people or thing):
            found.append(Name(" ".join(tokens), "", True, offset, end))
            continue
        alone = not part[:offset].strip() and not part[end:].strip(" ,.")
        if not name or name.casefold() in PRONOUNS or NATIONALITIES.match(name) and not gender_of_name(name) and not _surname_like(
                name, context, alone) or not name_shaped(name):
            continue
        if all(t.casefold().rstrip(".") in ROLE_WORDS for t in name.split()):
            found.append(Name(" ".join(tokens), "", True, offset, end))
            continue
        if not role and context.is_place(name) or role and context.is_place(" ".join(tokens)):
            # ("British Columbia" where the text put something in it: a place, not a Briton called Columbia)
            found.append(Name(name, "", True, offset, end))
            continue
        if len(name.split()) == 1:
            known = context.known_surname(name) or any([fold(name)] == fold(p).split()[:1]
                                                               for p in context.people)
            governed = bool(_PREPOSITION_BEFORE.search(part[:offset]))  # "troops from Kherson": a place or a thing
            if not (role or known or (adjacent_end and end >= len(part.rstrip(" ,")) - 1 and not governed) or (
                    adjacent_start and offset == 0)):
                continue
        found.append(Name(name, role, False, offset, end))
    return found
