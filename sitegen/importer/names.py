"""Names in reporting text: runs of capitalised words split into a title or role and a name, and told
apart from organisations, places and words that merely start a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitegen.importer.lexicon import CALENDAR, LEADING_CAPS, NAME_TOKEN, NATIONALITIES, ORG_WORDS, PLACES, PRONOUNS, ROLE_WORDS, fold

if TYPE_CHECKING:
    from sitegen.importer.people import People


def _ends_sentence(token: str) -> bool:
    """"Grandi." before "Most of the refugees": a full stop after a word, not after an initial or a title."""
    return token.endswith(".") and len(token.rstrip(".")) > 2 and "." not in token.rstrip(".") and \
        token.rstrip(".").casefold() not in ROLE_WORDS


def name_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised tokens: (start, end, tokens)."""
    runs = []
    tokens = list(re.finditer(r"[\w'’.-]+", text))
    i = 0
    while i < len(tokens):
        if tokens[i].group()[0].isupper():
            j = i
            while j + 1 < len(tokens) and NAME_TOKEN.match(tokens[j + 1].group()) and \
                    text[tokens[j].end():tokens[j + 1].start()] in (" ", "-") and not _ends_sentence(tokens[j].group()):
                j += 1
            runs.append((tokens[i].start(), tokens[j].end(), [t.group() for t in tokens[i:j + 1]]))
            i = j + 1
        else:
            i += 1
    return runs



def person_from_tokens(tokens: list[str]) -> tuple[str, str]:
    """(name, role) from a run of capitalised tokens: "Defence Minister Oleksii Reznikov" → ("Oleksii
    Reznikov", "Defence Minister")."""
    tokens = [t.rstrip(",") for t in tokens]
    cut = 0
    while cut < len(tokens) - 1 and (tokens[cut].casefold().rstrip(".") in ROLE_WORDS or tokens[cut].casefold() in
                                     ROLE_WORDS or NATIONALITIES.match(tokens[cut]) or tokens[cut].endswith(
                                         ("’s", "'s")) or tokens[cut].casefold() in PLACES or
                                     tokens[cut].casefold().split("-")[-1] in ROLE_WORDS):
        cut += 1
    name_tokens = [t for t in tokens[cut:] if t.casefold().rstrip(".") not in ("mr", "mrs", "ms", "dr")]
    while len(name_tokens) > 1 and name_tokens[-1].rstrip(".") in ("QC", "KC", "MP", "MEP", "Jr", "Sr", "II", "III"):
        name_tokens.pop()
    name = " ".join(name_tokens).strip(" .,")
    role = " ".join(tokens[:cut])
    return name, role


def is_org(tokens: list[str]) -> bool:
    folded = [t.casefold().strip(".,").removesuffix("’s").removesuffix("'s") for t in tokens]
    return any(t in ORG_WORDS for t in folded) or all(t in PLACES for t in folded) or (
        len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1)


def clean_who(phrase: str) -> str:
    phrase = phrase.strip(" ,.:;—–-")
    phrase = re.sub(r"^(?:and|but|while|whilst|as|then|so|also|however|meanwhile)\s+", "", phrase, flags=re.I)
    return phrase


@dataclass(slots=True)
class Name:
    name: str
    role: str
    org: bool
    start: int
    end: int


# "the channel Ukrainian Witness", "the news portal Ukrainska Pravda": the name of an institution
_ORG_NOUN_BEFORE = re.compile(r"\b(?:channel|newspaper|portal|outlet|agency|project|movement|foundation|broadcaster|"
                              r"website|publication|magazine|group|company|party|brigade|unit|battalion)\s+$")


def names_in(part: str, context: People, adjacent_end: bool, adjacent_start: bool = False) -> list[Name]:
    """Person and organisation names in a phrase, in order."""
    found = []
    for start, end, tokens in name_runs(part):
        tokens = list(tokens)
        offset = start
        while tokens and (tokens[0].casefold() in LEADING_CAPS or tokens[0].casefold().rstrip(".") in CALENDAR):
            offset = part.find(tokens[1], offset + len(tokens[0])) if len(tokens) > 1 else end
            tokens = tokens[1:]
        tokens = [t for t in tokens if t.casefold().rstrip(".,") not in CALENDAR]
        if not tokens:
            continue
        possessive = tokens[-1].endswith(("’s", "'s"))
        if possessive:
            bare = tokens[-1][:-2]
            if len(tokens) == 1 and (bare.casefold() in PLACES or bare.casefold() in ORG_WORDS):
                continue  # "Ukraine's" in "Ukraine's lead negotiator Mykhailo Podolyak"
            tokens[-1] = bare
        name, role = person_from_tokens(tokens)
        if is_org(name.split() or tokens) or _ORG_NOUN_BEFORE.search(part[:offset]):
            found.append(Name(" ".join(tokens), "", True, offset, end))
            continue
        if not name or name.casefold() in PRONOUNS or NATIONALITIES.match(name):
            continue
        if all(t.casefold().rstrip(".") in ROLE_WORDS for t in name.split()):
            found.append(Name(" ".join(tokens), "", True, offset, end))
            continue
        if len(name.split()) == 1 and not role and context.is_place(name):
            found.append(Name(name, "", True, offset, end))
            continue
        if len(name.split()) == 1:
            known = context.known_surname(name) or any([fold(name)] == fold(p).split()[:1]
                                                               for p in context.people)
            if not (role or known or (adjacent_end and end >= len(part.rstrip(" ,")) - 1) or (
                    adjacent_start and offset == 0)):
                continue
        found.append(Name(name, role, False, offset, end))
    return found
