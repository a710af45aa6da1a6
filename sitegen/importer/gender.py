"""What a text says of a person's sex, so that "he" and "she" skip the people they cannot stand for: a
title ("Mr", "Father", "Ms"), a kin or person noun next to the name ("her son Danya", "His niece, Hanna
Korsun-Samchuk", "spokeswoman Maria Zakharova", "a woman named Alla"), and a pronoun that plainly goes
back to the name just given ("Valentina and her son", "Svitlana Galak said she cried", "Michel, the
president of the European Council, as he stood", "Ivan met his sister" — "her" there could be someone
else — "Alina Mishkur’s parents own the cafe, and she quit"); where the text says nothing, a given name that is one
sex wherever it is used ("Vladimir", "Kateryna"), never a name used for both."""

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


# Given names that are one sex wherever they are used, most of them the war's (Ukrainian and Russian, in their
# usual spellings), for a person the text does not mark otherwise. Names used for both ("Sasha", "Valya",
# "Jean", "Kim") are left out.
_MALE_GIVEN = frozenset("""
    volodymyr vladimir oleksandr olexandr alexander aleksandr alexandr oleksiy oleksii alexei alexey aleksei
    aleksey andriy andrii andrei andrey anatoliy anatolii anatoly anton artem artyom bohdan borys boris denys
    denis dmytro dmitry dmitri dmitriy evgeny evgeniy yevhen yevgeny yevgeniy eugene fedir fyodor hennadiy
    hennadii gennady gennadiy heorhiy heorhii georgiy georgy grigory hryhoriy hryhorii igor ihor illia ilya ivan
    kostiantyn kostyantyn konstantin kyrylo kirill leonid maksym maxim maksim mykhailo mykhaylo mikhail mykola
    nikolai nikolay oleh oleg pavlo pavel petro pyotr petr roman ruslan serhiy serhii sergey sergei sergiy
    stanislav stepan taras vadym vadim valeriy valerii valery vasyl vasily vasiliy viktor victor vitaliy
    vitalii vitaly vyacheslav viacheslav yaroslav yuriy yurii yuri yury zakhar mykyta nikita danylo daniil arseniy
    vladyslav vladislav yehor yegor egor tymofiy timofey yakiv yakov matviy orest ostap myroslav svyatoslav luka
    sviatoslav valentyn rustem emmanuel olaf jens antony joe donald rishi keir recep john james michael
    david robert william richard thomas mark paul peter george charles joseph daniel matthew steven
    bogdan hlib gleb nazar nazarii nazariy tymur timur rostyslav rostislav artur arthur semen semyon arkadiy arkady
    yevhenii yevheniy yevgen ievgen evgenii sergii serhij vasili valentin fedor misha dima vova kolya
    stephen kevin brian jeffrey henry jack andrew anthony edward gary frank raymond gregory timothy jason ryan
    eric luke adam simon tom mike martin patrick sean justin bill bob jim tony dave steve phil adrian julian damian fabian""".split())
_FEMALE_GIVEN = frozenset("""
    olena elena yelena helena iryna irina natalia natalya nataliya nataliia natasha oksana olha olga tetiana
    tetyana tatiana tatyana yulia yuliia julia kateryna ekaterina yekaterina katya svitlana svetlana liudmyla
    lyudmila lyudmyla ludmila halyna galina hanna ganna anna mariia maria mariya marina maryna viktoriia
    viktoria victoria valentyna valentina nadia nadiia nadiya nadezhda alina alona alyona inna larysa larisa
    liliya lilya yuliya tanya tania olya lena masha alla ella nelia nelya viktoriya anastasiya katerina
    yevheniya ivanna zoriana zoryana yaroslava bohdana halina liudmila iuliia
    lesia lesya liliia lilia lyubov liubov nina vira vera zoya daria dariia darya dasha sofia sofiia sophia
    anastasia anastasiia nastya khrystyna kristina christina ksenia kseniia polina yana oleksandra alexandra
    aleksandra valeriia valeria veronika yevheniia evgenia zhanna ruslana raisa lidiya lydia myroslava
    solomiia uliana ulyana diana olesia olesya sofiya tamara margarita marta mariana maryana karina ilona kira
    ursula kamala hillary elizabeth mary sarah jennifer jessica emily emma annalena giorgia paulina pauline
    theresa teresa susan karen linda barbara patricia nancy lisa helen laura rachel rebecca amanda michelle
    kathy cathy katherine catherine kate claire sophie lucy grace hannah chloe megan ann anne angela heather lillian
    nicole amy yvonne margaret dorothy judith carol sharon deborah janet joan julie diane louise ruth alice
    yvette""".split())


def gender_of_name(name: str) -> str:
    """The sex a given name is used for ("Vladimir Putin" → MALE, "Alina" → FEMALE), else ""."""
    first = next(iter(name.split()), "").casefold()
    return MALE if first in _MALE_GIVEN else FEMALE if first in _FEMALE_GIVEN else ""


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
