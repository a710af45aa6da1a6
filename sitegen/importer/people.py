"""Who an article is about: the speaker guesses and found quotes, and the per-article register of
people (full names, roles, ages) that later mentions are resolved against. Reading a text's mentions into
the register is ``mentions``'."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegen.importer.gender import SEXED_NOUNS, gender_of_description, gender_of_name, pronoun_gender
from sitegen.importer.lexicon import ORG_WORDS, PERSON_NOUNS, PLACES, SPEECH_VERBS, fold, spelling


@dataclass(frozen=True, slots=True)
class SpeakerGuess:
    name: str = ""  # a person's name as the text gives it; "" for an unnamed source
    role: str = ""
    description: str = ""  # what the text calls an unnamed source: "senior US State Department official"
    speaker_id: str = ""  # the registry entry it matched
    anonymous: bool = False  # only a first name or a call sign is known

    @property
    def named(self) -> bool:
        return bool(self.name)

    @property
    def label(self) -> str:
        return self.name or self.description


@dataclass(frozen=True, slots=True)
class FoundQuote:
    text: str
    speaker: SpeakerGuess | None
    paragraph: int  # index of the paragraph the quote starts in
    how: str = ""  # which pattern attributed it
    context: str = ""  # to whom the words were given, as the text says: "told AFP"



# Who asks when the text says "I asked": the writer of the piece.
REPORTER = "reporter"


@dataclass(slots=True)
class People:
    people: list[str] = field(default_factory=list)  # full names in order of mention
    roles: dict[str, str] = field(default_factory=dict)  # name -> role words used with it
    ages: dict[str, str] = field(default_factory=dict)  # "31" -> name
    last_subject: SpeakerGuess | None = None  # the last person a sentence was about
    last_speaker: SpeakerGuess | None = None  # the speaker of the last quote
    last_any: SpeakerGuess | None = None  # the last subject, named or not ("the ministry said")
    unnamed: list[SpeakerGuess] = field(default_factory=list)
    last_person: SpeakerGuess | None = None  # the last person, named or described ("a man in a cafe")
    places: set[str] = field(default_factory=set)  # folded words the text uses as places ("in Kharkiv")
    source: SpeakerGuess | None = None  # the person a "Source: X" line names, for a "Quote:" label
    registry: set[str] = field(default_factory=set)  # names known from the site's registry, not this text
    things: set[str] = field(default_factory=set)  # folded names the text writes as institutions or things
    genders: dict[str, str] = field(default_factory=dict)  # full name -> MALE or FEMALE, where the text says so
    recent: list[SpeakerGuess] = field(default_factory=list)  # people in order of last mention, the latest last
    paragraph: int = 0  # the paragraph being read
    topic: bool = False  # the last sentence was about he or she (its subject), not about someone named
    seen: dict[str, int] = field(default_factory=dict)  # a person's label -> the paragraph that last spoke of them
    issuer: tuple[int, SpeakerGuess] | None = None  # (paragraph, author) of the last statement or letter with one
    common: set[str] = field(default_factory=set)  # words the text also writes in lower case: "now", "volunteers"

    def title_off(self, name: str, role: str) -> tuple[str, str]:
        """A title the text writes in lower case elsewhere taken off the front of a name into its role:
        "Fencer Olga Kharlan" → ("Olga Kharlan", "Fencer") where the text also says "the fencer"."""
        words = name.split()
        # ("Father X": kin is no title)
        while len(words) >= 3 and words[0].casefold() in self.common and words[0].casefold() not in KIN_NOUNS:
            role, words = " ".join(x for x in (role, words[0]) if x), words[1:]
        return " ".join(words), role

    def common_words(self, name: str) -> bool:
        """Whether a capitalised name is only words the text also writes in lower case ("Volunteers", "Now",
        "Information Policy") and no one it introduced: a sentence's first word or a title's, not a person."""
        words = [w.casefold() for w in name.split()]
        if not words or name in self.people or len(words) == 1 and self.knows(name):
            return False
        # ("Safeguarding them is …", "Zookeepers said": a gerund or a plural of a calling, whatever the text has)
        return len(words) == 1 and bool(_COMMON_SHAPE.fullmatch(words[0])) or all(w in self.common for w in words)

    def full_name(self, name: str) -> str:
        """A surname, a first name or a shorter form used after the full name: "Stubb" → "Alexander
        Stubb", "Andrii" → "Andrii Onistrat" (when one person has that first name)."""
        folded = fold(name)
        for person in reversed(self.people):
            parts = fold(person).split()
            if folded == fold(person):
                return person
            if len(folded.split()) == 1 and folded in parts[1:]:
                return person
            if 1 < len(folded.split()) < len(parts) and parts[-len(folded.split()):] == folded.split():
                return person
        if len(folded.split()) == 1:
            firsts = {p for p in self.people if len(fold(p).split()) > 1 and fold(p).split()[0] == folded
                      and p not in self.registry}
            if len(firsts) == 1:
                return firsts.pop()
            # the surname spelt another way ("Zelenskyy" after "Volodymyr Zelensky"), when it fits one person
            spelt = {p for p in self.people if len(p.split()) > 1 and spelling(p.split()[-1]) == spelling(folded)}
            if len(spelt) == 1:
                return spelt.pop()
        return name

    def remember(self, guess: SpeakerGuess) -> None:
        if guess.named and guess.name not in self.people:
            self.people.append(guess.name)
        if guess.named and guess.role:
            self.roles[guess.name] = guess.role
        if not guess.named and guess.description:
            self.unnamed.append(guess)

    def by_role(self, noun: str) -> SpeakerGuess | None:
        """The last person given a role with this word: "the spokesman", "the Russian President"."""
        same = _SAME_ROLE.get(noun)
        for person in reversed(self.people):
            role = fold(self.roles.get(person, ""))
            if noun in role.split() or (same is not None and same.search(role)):
                return SpeakerGuess(name=person, role=self.roles[person])
        return None

    def known_surname(self, name: str) -> bool:
        """Whether a single word is the surname of someone already named in full."""
        return any(fold(name) in fold(p).split()[1:] for p in self.people)

    def knows(self, name: str) -> bool:
        """Whether a single word is someone the text has introduced (a one-name person, or the first or
        last name of a full name)."""
        folded = fold(name)
        return bool(folded) and any(folded == fold(p) or folded in fold(p).split()[::max(1, len(fold(p).split()) - 1)]
                                    for p in self.people if p not in self.registry) or self.known_surname(name)

    def is_place(self, name: str) -> bool:
        """A name the text puts something in ("in Kharkiv"), or a place of more than one word the lexicon knows
        ("Nova Scotia"), unless the text made it a person's."""
        folded = fold(name)
        return (folded in self.places or " " in folded and folded in PLACES) and not any(
            fold(p) == folded for p in self.people)

    def subject(self, guess: SpeakerGuess | None) -> None:
        """A sentence was about this person or institution."""
        if guess is None:
            return
        if guess.named and self.is_place(guess.name):
            return  # "Arriving in Traverse City, they learned …": where it happened, no one for he or she
        self.remember(guess)
        if guess.named:
            self.last_subject = guess
        if guess.named or (is_person_description(guess.description) and (not guess.description.endswith("s") or re.match(
                r"(?i)one of\b", guess.description))):  # (not "residents", but "one of the members")
            self.last_person = guess
            self.mention(guess)
            self.topic = False

    def mention(self, guess: SpeakerGuess) -> None:
        """The text named or described this person just now."""
        self.recent = [g for g in self.recent if g.label != guess.label][-30:] + [guess]
        self.seen[guess.label] = self.paragraph

    def fits(self, guess: SpeakerGuess | None, noun: str) -> bool:
        """Whether "the <noun>" can be this person: "the man" is no one the text made a woman, and "the
        soldier" no one it gave another calling ("Ukraine's UN ambassador", "his mother")."""
        if guess is None:
            return False
        sex = SEXED_NOUNS.get(noun)
        if sex:
            return self.sex(guess) in ("", sex)
        called = (self.roles.get(guess.name) or guess.role) if guess.named else guess.description
        if noun in _ACCOLADES:  # "the Olympic medallist" is the fencer the text named, whatever her calling
            return guess.named
        if noun in KIN_NOUNS:  # "the mother" is someone the text called a mother, not whoever came last
            return noun in re.findall(r"[a-z]+", called.casefold())
        nouns = set(_PERSON_NOUN.findall(called.casefold())) | (set(called.casefold().split()) & _TITLES)
        if guess.named and noun in _MILITARY and (nouns & _MILITARY or _MILITARY_WORD.search(called)):
            return True  # "Captain Oropai …, explains the Ukrainian soldier"
        return not nouns or any(n.startswith(noun) for n in nouns)

    def sex(self, guess: SpeakerGuess) -> str:
        """MALE, FEMALE or "" as the text marked this person, else as their given name says ("Vladimir")."""
        if not guess.named:
            return gender_of_description(guess.description)
        return self.genders.get(guess.name) or gender_of_name(guess.name)

    def by_pronoun(self, word: str) -> SpeakerGuess | None:
        """He or she: the last person, unless that person is the other sex ("her son Danya" for "she"); then
        the person of that sex mentioned in the last paragraphs, else the latest person of unknown sex."""
        person = self._by_pronoun(pronoun_gender(word))
        if person is not None and self.paragraph - self.seen.get(person.label, self.paragraph) > _PRONOUN_REACH and (
                not self._sole_voice(person)):
            return None  # nobody the last paragraphs spoke of: a guess from further back misleads
        return person

    def _sole_voice(self, person: SpeakerGuess) -> bool:
        """The only person the text has spoken of, and the one it quoted last ("“…,” Mitya said", paragraphs on,
        "he said"): he or she can stand for nobody else, however far back."""
        return len(self.recent) <= 1 and self.last_speaker is not None and person.label == self.last_speaker.label

    def _by_pronoun(self, wanted: str) -> SpeakerGuess | None:
        person = self.last_person
        if person is None and wanted:  # no sentence was about anyone yet: the latest person the text named
            return next((g for g in reversed(self.recent) if self.sex(g) in ("", wanted)), None)
        if wanted and person is not None and self.sex(person) == "":
            # a person of that sex the text named after the last one of unknown sex: "…, governor Chaus said. Among
            # those whose house was destroyed is Iryna Selezniova. “…,” she said"
            since = self.seen.get(person.label, -1)
            later = next((g for g in reversed(self.recent) if self.seen.get(g.label, -1) > since and
                          self.sex(g) == wanted), None)
            if later is not None:
                return later
        if not wanted or person is None or self.sex(person) in ("", wanted):
            return person
        near = [g for g in reversed(self.recent) if self.paragraph - self.seen.get(g.label, 0) <= _PRONOUN_REACH]
        # someone near of that sex before anyone of unknown sex: "Kateryna … the Red Cross … Petro … she said"
        return next((g for g in near if self.sex(g) == wanted),
                    next((g for g in reversed(self.recent) if self.sex(g) == ""), person))


# What else a text calls the holder of an office: "the head of the region Vyacheslav Gladkov" is "the governor".
_SAME_ROLE = {
    "governor": re.compile(r"\bhead of (?:the )?(?:[\w-]+ )?(?:region|oblast|province|regional|state)\b|^gov$"),
    "mayor": re.compile(r"\bhead of (?:the )?(?:city|town|village|municipality|city council)\b"),
    **dict.fromkeys(("pm", "premier"), re.compile(r"\bprime minister\b")),
    "councillor": re.compile(r"\b(?:cllr|councilor|council member)\b"),
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"),
                    re.compile(r"\b(?:spokesman|spokeswoman|spokesperson|press secretary)\b")),
}

# A capitalised word shaped as a gerund or as the plural of a calling ("Safeguarding", "Zookeepers", "Officials").
_COMMON_SHAPE = re.compile(r"[a-z]{3,}(?:ing|ers|ors|ists|ians|ees|ants|ents|ives|ies)")

KIN_NOUNS = {"mother", "father", "son", "daughter", "wife", "husband", "sister", "brother", "grandmother",
             "grandfather", "niece", "nephew", "grandson", "granddaughter", "widow"}
# What a person won rather than what they do: any named calling can have won it.
_ACCOLADES = {"champion", "medalist", "medallist"}
# Offices a person holds, which no later "the soldier" or "the driver" stands for.
_TITLES = {"ambassador", "envoy", "minister", "president", "chancellor", "secretary", "adviser", "advisor",
           "negotiator", "premier", "director", "leader", "chairman", "chairwoman", "mayor", "governor", "senator"}
# Callings that are one to a later "the soldier": a rank, an arm, a unit.
_MILITARY = {"soldier", "serviceman", "servicewoman", "fighter", "sniper", "commander", "officer", "lieutenant",
             "sergeant", "captain", "colonel", "general", "marine", "gunner", "pilot", "scout", "recruit", "veteran"}
_MILITARY_WORD = re.compile(r"(?i)\b(?:brigade|battalion|regiment|army|unit|forces|guard|infantry|company|platoon|"
                            r"major|private|corporal)\b")
# He or she stands for someone this paragraph or the two before spoke of.
_PRONOUN_REACH = 2



def is_person_description(description: str) -> bool:
    """"a man in a cafe", "one of the wives", "her sister": a person, not an institution."""
    return bool(description) and bool(_PERSON_NOUN.search(description) or _ONE_MEMBER.match(description))


# One person of a body, described by it: "one of the members" (of a club, a choir, a brigade).
_ONE_MEMBER = re.compile(r"(?i)one of (?:the|our|its|their) (?:[\w-]+ )?members\b")


# (a noun before "'s" names whose thing it is: "the United Nations Children's Fund" is a fund)
_PERSON_NOUN = re.compile(rf"\b(?:(?:{PERSON_NOUNS})(?:s|es|ves)?|women|men|wives|children|people)\b(?!['’]s\b)",
                          re.IGNORECASE)
# Where a description runs on into a clause: a speech verb, an auxiliary, a verb with its object ("fired two").
_CLAUSE = re.compile(rf"\s+(?:(?:{SPEECH_VERBS})\b|(?:has|have|had|is|was|are|were|will|would)\b|"
                     rf"[a-z]+ed\s+(?:the|a|an|two|three|four|five|his|her|their|its|that|\d+)\b).*$")


def speaker_description(description: str) -> str:
    """What an unnamed speaker is called, as a noun phrase ("statement said the movement ..." → "statement"),
    or "" when it names no one who can speak: its head (the words before "of", "in", ...) holds a person
    noun, an institution's word or a capitalised name ("senior State Department official", "General Staff
    of the Armed Forces", "the interior ministry"), not "especially northeast of Avdiivka" or "their work"."""
    description = _CLAUSE.sub("", description).strip(" ,;:")
    head = re.split(r"\s+(?:of|in|at|from|with|on|to|for|near|by|about)\s+",
                    re.sub(r"(?i)^(?:one\s+)?of\s+(?:the\s+)?", "", description), maxsplit=1)[0]  # "(one) of the wives"
    words = re.findall(r"[\w'’.-]+", head)
    if _PERSON_NOUN.search(head) or _ONE_MEMBER.match(description) or any(
            _SPEAKING_NOUN.fullmatch(w) or w.casefold() in ORG_WORDS or w.casefold().rstrip("s") in ORG_WORDS
            for w in words) or any(w[:1].isupper() for w in words):
        return description
    return ""


# Nouns for people by their make ("councilman", "operator", "navigator", "guardian"), by whom they take in
# ("the host in St Catherine’s"), and bodies that speak as one ("the city said", "the Russian side").
_SPEAKING_NOUN = re.compile(r"[a-z]*(?:man|men|woman|women)|[a-z]{3,}(?:er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents)"
                            r"|hosts?|guests?|city|side")
