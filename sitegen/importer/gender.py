"""What a text says of a person's sex, so that "he" and "she" skip the people they cannot stand for: a
title ("Mr", "Father", "Ms"), a kin or person noun next to the name ("her son Danya", "His niece, Hanna
Korsun-Samchuk", "spokeswoman Maria Zakharova", "a woman named Alla"), and a pronoun that plainly goes
back to the name just given ("Valentina and her son", "Svitlana Galak said she cried", "Michel, the
president of the European Council, as he stood", "Ivan met his sister" — "her" there could be someone
else — "Alina Mishkur’s parents own the cafe, and she quit"). Nothing is guessed from the name itself."""

from __future__ import annotations

import re

from sitegen.importer.lexicon import SPEECH_VERBS

MALE, FEMALE = "m", "f"

_MALE_NOUNS = ("man|men|boy|husband|son|father|dad|brother|nephew|grandfather|grandson|uncle|boyfriend|widower|"
               "king|prince|spokesman|chairman|serviceman|businessman|policeman|congressman|fireman|monk|priest|mr|"
               "mister|sir|lord")
_FEMALE_NOUNS = ("woman|women|girl|wife|daughter|mother|mum|mom|sister|niece|grandmother|granddaughter|aunt|"
                 "girlfriend|widow|queen|princess|spokeswoman|chairwoman|servicewoman|businesswoman|policewoman|"
                 "congresswoman|nun|mrs|ms|miss|madam|dame|lady")


def _name(group: str) -> str:
    return rf"(?P<{group}>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"


_NAME, _SUBJECT = _name("name"), _name("subject")
# A noun or title standing before the name: "her son Danya", "His niece, Hanna Korsun-Samchuk", "Mr Coveney",
# "Father Mykhailo Ozorovych", "a woman named Alla".
_NOUN_BEFORE = re.compile(rf"\b(?P<noun>(?i:{_MALE_NOUNS}|{_FEMALE_NOUNS}))\.?,?\s+(?:(?:named|called)\s+)?{_NAME}")
# A pronoun that goes back to the name just given.
_PRONOUN_AFTER = re.compile(
    rf"{_NAME}(?:\s+(?:and|with)\s+(?P<own>his|her)\b"
    rf"|,?\s+(?:{SPEECH_VERBS})\s+(?:that\s+)?(?P<says>he|she)\b"
    rf"|,\s+[^,.;:\"“”]{{2,90}},\s+(?:as|when|while|after|before|because|and|but|who|where)\s+(?P<then>he|she)\b)"
    rf"|(?:^|[.!?]\s+){_SUBJECT}\s+(?:from\s+[A-Z][\w'’-]+\s+)?(?:[a-z]+\s+){{1,3}}(?P<his>his|her)\b"
    rf"|^{_name('owner')}['’]s\s+[a-z][^.;:,\"“”]{{2,80}},\s+and\s+(?P<and>he|she)\b")


def genders_in(text: str) -> list[tuple[str, str]]:
    """(name as written, MALE or FEMALE) for the people a sentence marks, in order."""
    found = []
    for match in _NOUN_BEFORE.finditer(text):
        noun = match.group("noun").casefold()
        found.append((match.group("name"), MALE if re.fullmatch(_MALE_NOUNS, noun) else FEMALE))
    for match in _PRONOUN_AFTER.finditer(text):
        pronoun = (match.group("own") or match.group("says") or match.group("then") or match.group("his")
                   or match.group("and")).casefold()
        found.append((match.group("name") or match.group("subject") or match.group("owner"),
                      MALE if pronoun in ("he", "his") else FEMALE))
    return found


def gender_of_description(description: str) -> str:
    """The sex a description names: "a woman in tears" → FEMALE, "one of the men" → MALE, else ""."""
    words = set(re.findall(r"[a-z]+", description.casefold()))
    if words & set(_FEMALE_NOUNS.split("|")):
        return FEMALE
    if words & set(_MALE_NOUNS.split("|")):
        return MALE
    return ""


# The nouns that say only a person's sex, for "the man" or "the woman" as for he and she.
SEXED_NOUNS = {"man": MALE, "boy": MALE, "guy": MALE, "woman": FEMALE, "girl": FEMALE, "lady": FEMALE}


def pronoun_gender(word: str) -> str:
    """MALE for he, FEMALE for she, "" for the rest."""
    return {"he": MALE, "she": FEMALE}.get(word.casefold(), "")
