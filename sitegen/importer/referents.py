"""Who a phrase names or stands for: a name (full, first, surname, a name of war), a description ("the
head of the unit, Ahil", "the UN representative", "a woman in tears"), a pronoun or an age ("the
46-year-old"), resolved against the article's register of people (``people``)."""

from __future__ import annotations

import re
from dataclasses import replace

from sitegen.importer.gender import MALE, SEXED_NOUNS, gender_of_name
from sitegen.importer.lexicon import (AUXILIARY_WORDS, CALLING, NAMING, OFFICE_WORDS, OFFICES, ORG_WORDS, PERSON_NOUNS, PRONOUNS, ROLE_NOUNS,
                                     ROLE_WORDS, SPEECH_VERBS)
from sitegen.importer.names import BODY_KINDS, clean_who, names_in
from sitegen.importer.people import REPORTER, People, SpeakerGuess, speaker_description


# What someone was doing or did, set off after their name: "…, sitting on the couch", "…, explained to her children"
# (not an office: "acting director", "managing partner").
_DOING = re.compile(r"[a-z]+(?:ing|ed)\s+(?:on|in|at|to|with|by|from|next|beside|near|outside|inside|behind|before|after|"
                    r"a|an|the|his|her|their|its|our)\b")
_LINKING_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_CLAUSE_WORD = re.compile(r"(?i)\b(?:when|where|while|because|if|and|but|then|that|which|who|whom)\s*$"
                          r"|['’]s\s+(?:when|where|how|why)\b")


def is_pronoun(word: str, context: People) -> bool:
    """Whether a pronoun's word (he, it …) stands for one here: not when it is a name of war in capitals the text
    gave someone ("a soldier with the call sign IT … “…,” IT said")."""
    return not (word.isupper() and len(word) > 1 and context.knows(word))


def resolve_who(phrase: str, context: People, after_verb: bool = False) -> SpeakerGuess | None:
    """The speaker a phrase like "he", "the 31-year-old", "Kremlin spokesperson Dmitry Peskov" or "a
    senior US official" stands for."""
    aside = _DASH_ASIDE.search(phrase)
    if aside:  # "Drew Hendry – SNP MP for Inverness, Nairn, Badenoch and Strathspey –": who he is, set off
        guess = resolve_who(phrase[:aside.start()], context, after_verb)
        if guess is not None and guess.named and not guess.role:
            return replace(guess, role=aside.group("aside"))
        return guess
    appositive = after_verb or phrase.rstrip().endswith(",")
    phrase = re.sub(r"\s+(?:later|also|then|again|further|earlier|too|previously|now)$", "", clean_who(phrase))
    if not phrase:  # "the mayor later (added)": the adverb is no part of who he is
        return None
    lowered = phrase.casefold()
    lowered = {"him": "he", "her": "she", "them": "they"}.get(lowered, lowered)  # "quoted him as saying"
    if lowered in PRONOUNS and is_pronoun(phrase, context):
        return pronoun(lowered, context)
    honorific = re.fullmatch(r"(his|her) (?:beatitude|holiness|eminence|excellency|grace|majesty|highness)", lowered)
    if honorific:  # "His Beatitude told Bishop Stika": the cleric (or the head of state) named before
        return pronoun("he" if honorific.group(1) == "his" else "she", context)
    if re.fullmatch(r"(?:a|another|one more)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|other)(?:\s+[a-z]+)?"
                    r"|(?:another|one more)\s+[a-z]+", lowered):
        return SpeakerGuess(description=phrase)  # "a third", "another user": someone new, whoever spoke last
    named = re.search(rf"\b(?:{NAMING})\s+(?:of\s+)?[\"“‘']?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})", phrase)
    if named and not re.search(r",\s", phrase[named.end():]):
        # (a name given in an earlier clause is a thing's: "a beer called Resolve to support …, founder John Roe")
        name = named.group(1)
        role = re.sub(r"^(?:a|an|the|one|another)\s+|\s*(?:\d+-year-old)\s*", " ", phrase[:named.start()]).strip()
        age = re.search(r"(\d+)-year-old", phrase)
        if age:
            context.ages[age.group(1)] = name
        return SpeakerGuess(name=name, role=role, anonymous=len(name.split()) == 1)
    age = re.fullmatch(r"(?:the|a|an)\s+(\d+|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+(?P<noun>[a-z]+))?", lowered)
    if age:
        name = context.ages.get(age.group(1))
        if name:
            return SpeakerGuess(name=name, anonymous=len(name.split()) == 1)
        last = phrase.split()[-1]
        if age.group("noun") and last[:1].isupper() and context.knows(last):
            return SpeakerGuess(name=context.full_name(last))  # "the 60-year-old Vorona": the Vorona named before
        if age.group("noun"):  # "the 28-year-old lieutenant": the lieutenant, else the person the text is about when
            # the noun fits them ("Mariya Roe said she … “…,” the 43-year-old resident said"), else someone new
            person = context.last_person
            return context.by_role(age.group("noun")) or (
                person if person is not None and person.named and context.fits(person, age.group("noun")) else None) or (
                SpeakerGuess(description=phrase.split(" ", 1)[1]))
        return context.last_subject or context.last_speaker
    if _THE_DOCUMENT.fullmatch(lowered) and context.issuer is not None and context.paragraph - context.issuer[0] <= 3:
        return context.issuer[1]  # "the statement read", after "the governor released a statement": the governor
    definite = _DEFINITE.fullmatch(lowered.split(",")[0].strip()) or _DEFINITE.fullmatch(
        _head(lowered.split(",")[0].strip()))  # "the mayor of the city": the mayor
    if definite and after_verb and re.search(r",\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+(?:\s*$|\s*,|\s+[a-z]+ing\b)",
                                             phrase):
        # "said the Rotary District Governor of Poland, Piotr Jankowski", "said the mother, Viktoriia Roe sitting on
        # the couch": the name given, below
        definite = None
    if definite:
        # "this pensioner", "the official": the source already described so ("a Finnish official"), the
        # person given that role, else the last person the text spoke of; an indefinite or possessive
        # description ("her sister", "a woman in tears") is someone new
        noun = definite.group("noun")
        words = set(re.findall(r"[\w-]+", lowered.split(",")[0])) - {"this", "that", "the"}
        earlier = next((u for u in reversed(context.unnamed)
                        if words <= set(re.findall(r"[\w-]+", u.description.casefold()))), None) or next(
            (u for u in reversed(context.unnamed) if re.search(rf"\b{noun}s?$", _head(u.description))), None)
        titled = context.by_role(noun)
        if earlier is not None and titled is not None:  # both described so: the one the text spoke of last
            earlier = max((titled, earlier), key=lambda g: context.seen.get(g.label, -1))
        person = earlier or titled or (context.last_person if context.fits(context.last_person, noun) else None)
        if person is None and noun not in SEXED_NOUNS and context.recent:
            # "… gave Heather Roe the idea. “…,” said the language arts teacher": the person just named, though
            # not as the sentence's subject, when the text gave them no other calling and their given name is a
            # person's (not "the siege of Chasiv Yar")
            near = context.recent[-1]
            if near.named and gender_of_name(near.name.split()[0]) and (
                    context.paragraph - context.seen.get(near.label, -9) <= 1 and context.fits(near, noun)):
                person = near
        if person is None and noun in SEXED_NOUNS:  # "the man": as "he" would, the latest person who can be
            person = context.by_pronoun("he" if SEXED_NOUNS[noun] == MALE else "she")
        if person is not None:
            return person
    role = re.fullmatch(r"(?:this|that|the|its)\s+(?:[\w-]+\s+){0,2}(?P<noun>[a-z][\w-]+)", lowered)
    # "the economist" after "the economist Marcel Fratzscher" (not a name the text gave: "the Nigeria-born Adesina");
    # "its chief Rabbi" after "Rabbi Avraham Wolff, chief Rabbi of Odessa": the body's, given that role
    if role and role.group("noun") not in ORG_WORDS and not context.knows(phrase.split()[-1]) and context.by_role(
            role.group("noun")):
        return context.by_role(role.group("noun"))
    if re.fullmatch(r"the [a-z]+", lowered):  # "the Prince" after "Prince Albert II": the person whose name the title opens
        title = lowered[4:]
        styled = next((p for p in reversed(context.people) if len(p.split()) > 1 and p.split()[0].casefold() == title), None)
        if styled:
            return SpeakerGuess(name=styled)
    body = _BODY_NAMED.fullmatch(phrase.strip(" ,"))
    first = body.group("name").split()[0] if body else ""
    if body and not gender_of_name(first) and first.casefold() not in ROLE_WORDS:
        # "international graphic arts association Intergraf", "Labels association Finat": a body, described (not "the
        # project Rev Tom Morgan", a title, nor "the group Maria Roe", a given name)
        return SpeakerGuess(description=re.sub(r"(?i)^(?:the|an?)\s+", "", body.group()))
    said_parts = [p.strip() for p in re.split(r",\s*", phrase) if p.strip()]
    parts = [re.sub(r"^(?:with|by|from)\s+", "", p) for p in said_parts]
    if parts and parts[-1].casefold() in PRONOUNS and is_pronoun(parts[-1], context):
        return pronoun(parts[-1].casefold(), context)
    # the name nearest the verb (after it, the first: "said Hugh Williamson, Europe and Central Asia director");
    # an appositive ("X, the head of Y,") points back to X; names inside a lowercase description ("senior
    # manager at Charles Stanley") are affiliations, not the speaker
    for n in (range(len(parts)) if after_verb else range(len(parts) - 1, -1, -1)):
        part = parts[n]
        if part[:1].islower() and n > 0:
            if n == len(parts) - 1 and re.match(r"(?i)^(?:the|a|an|one|another)\s", part) and _subject_description(
                    part, parts[:n], appositive, context):
                return resolve_who(part, context)
            continue
        office = _TITLE_OF.match(part)
        head = office.group(1).casefold() if office else ""
        firm = _FIRM_AND_ROLE.fullmatch(part)
        if firm:  # "Advantage Travel Partnership leisure director": the firm's name, then the office in it
            head = firm.group("role")
        if n > 0 and (head in ROLE_WORDS or head in OFFICE_WORDS or re.fullmatch(CALLING, head) or re.match(
                r"(?:from|with)\s", said_parts[n])) and any(not x.org for x in names_in(parts[n - 1], context, False, True)):
            continue  # "Siân Lewis, Chief Executive of Urdd Gobaith Cymru", "Wayne Jordash QC, Managing Partner at
            # Global Rights Compliance", "Luke Hardy, from Functional Skills UK", "Kelly Roe, Advantage Travel
            # Partnership leisure director": her office, his firm, no one else's name
        # "the head of the unit, Ahil, an experienced soldier": one word set off after a description names him
        set_off = n > 0 and len(part.split()) == 1 and bool(re.match(r"(?i)(?:the|a|an|one|another|his|her|their|our)\s",
                                                                       parts[n - 1]))
        if n > 0 and _BODY.fullmatch(re.sub(r"(?i)^(?:the|a|an)\s+(?:[\w-]+\s+)?", "", parts[n - 1]).casefold()) and (
                part[:1].isupper()):
            return SpeakerGuess(description=part)  # "the organization, Save Ukraine": the body's name
        people = [x for x in names_in(part, context, adjacent_end=n == len(parts) - 1, adjacent_start=n == 0 or set_off)
                  if not x.org]
        people = [x for x in people if not part[:1].islower() or not _affiliation(part[:x.start])]
        # "the Rotary District Governor of Poland, Piotr Jankowski": a title in capitals, its holder named next
        titles = [x for x in people if x.name.split()[-1].casefold() in ROLE_WORDS | OFFICE_WORDS]
        if titles and n + 1 < len(parts) and any(not x.org for x in names_in(parts[n + 1], context, True, True)):
            # (not a body named next: "John King, president of the Niagara County Farm Bureau" is John King)
            people = [x for x in people if x not in titles]
        # "Fr Grzegorz Draus of St John Paul II parish": a name after "of" a name is where that person belongs
        # ("Rotary Club of Belvoir-Wodonga's Michael Shepanski": the body's person, named after whose he is)
        people = [x for k, x in enumerate(people) if k == 0 or not re.search(
            r"^\s*(?:of|at|from)\s+(?:the\s+)?$", part[people[k - 1].end:x.start]) or x.role.endswith(("'s", "’s"))]
        if people:
            person = people[-1]
            age = re.search(r"(\d+)-year-old", part)
            name = person.name
            if len(name.split()) >= 3 and _OFFICE_OF.search(part[:person.start]):
                name = name.split(" ", 1)[1]  # "the mayor of Kramatorsk Oleksandr Honcharenko": the place, then him
            full = context.full_name(name)
            prefix = re.sub(r"^(?:a|an|the|one|another)\s+", "", part[:person.start].strip(), flags=re.I)
            prefix = re.sub(r"\b\d+-year-old\s*", "", prefix).strip(" ,")
            role_prefix = prefix if prefix[:1].islower() or (
                len(prefix.split()) <= 6 and prefix.split() and (prefix.split()[-1].islower()
                                                                 or prefix.split()[-1].casefold() in ROLE_WORDS)) else ""
            if role_prefix and _CLAUSE_WORD.search(role_prefix):
                role_prefix = ""  # "That's when Oleksii's relatives asked": a clause's words, no title
            # (the words before the name already hold its title: "Regional Council Chairman Petro Vovk", once)
            role = role_prefix if person.role and role_prefix.endswith(person.role) else " ".join(
                x for x in (role_prefix, person.role) if x)
            following = parts[n + 1] if n + 1 < len(parts) else ""
            # (a participle and what follows it is what they were doing, no role: "…, sitting on the couch")
            described = following[:1].islower() and not _DOING.match(following) or bool(_TITLE_OF.match(following))
            if not role and following and len(following) < 90 and (
                    described or re.match(r"(?:from|with)\s", said_parts[n + 1])):
                # "…, a local councillor", "…, Executive for Neighbourhoods", "…, from Functional Skills UK": who he is
                role = re.sub(r"^(?:a|an|the)\s+", "", following if described else said_parts[n + 1])
            if not role and n > 0 and re.fullmatch(r"(?i)(?:a|an|the|another|one)\s+[a-z][\w -]{2,40}", parts[n - 1]) and (
                    not _LINKING_VERB.search(parts[n - 1])):  # ("The Piece Corps is a play on words, Taylor said": no role)
                role = re.sub(r"(?i)^(?:a|an|the|another|one)\s+", "", parts[n - 1])
            if age:
                context.ages[age.group(1)] = full
            anonymous = len(full.split()) == 1 and not context.known_surname(full)
            return SpeakerGuess(name=full, role=role.strip(), anonymous=anonymous)
    part = parts[0] if parts else phrase
    for candidate in reversed(parts):
        if any(x.org for x in names_in(candidate, context, True)):
            part = candidate
            break
    role_noun = ROLE_NOUNS.match(part)
    if role_noun and re.match(r"(?i)^the\b", part):
        person = context.by_role(role_noun.group("noun").casefold().split()[-1])
        if person is None and context.last_subject is not None:
            person = context.last_subject
        if person is not None:
            return person
    # ("one of the members": one person of a group, so called)
    description = re.sub(r"^(?:a|an|the|one(?!\s+of\b)|another|two|three|some|several)\s+", "", part, flags=re.I).strip()
    if not description or len(description.split()) > 12 or not re.search(r"[A-Za-z].*[A-Za-z]", description):
        return None
    if description.casefold() in AUXILIARY_WORDS or re.match(r"(?i)(?:in|on|at|from|to|into|during|after|before)\b",
                                                              description):
        return None  # "in the telegram": a place or a time, nobody who speaks
    if description.split()[0].casefold() in _NO_ONE_OPENS:
        return None  # "When (asked)", "Here (is what he said)": a clause's first word, nobody who speaks
    if re.fullmatch(r"(?:official|officials|ministry|statement|spokesperson|spokesman|spokeswoman|source|report)",
                    description.casefold()):
        head = description.casefold().rstrip("s")
        for earlier in reversed(context.unnamed):
            if earlier.description.casefold().rstrip("s").endswith(head):
                return earlier
    if _BODY.fullmatch(description.casefold()):  # "the organization claimed": the body the text named so
        named = next((u for u in reversed(context.unnamed) if u.description[:1].isupper()), None)
        if named is not None:
            return named
    if re.match(r"(?i)(?:he|she|they|it|we|i)(?:['’]\w+)?\b", description):
        return None  # "They've been at the front": a clause about someone, no description of a speaker
    description = speaker_description(description)
    return SpeakerGuess(description=description) if description else None



# Words that open a clause, never a description of someone: what follows them is no speaker.
_NO_ONE_OPENS = {"when", "whenever", "while", "whilst", "if", "unless", "because", "although", "though", "whether",
                 "here", "there", "where", "why", "how", "once", "until"}

# An office in capitals "of", "for" or "at" something, opening an appositive: "Chief Executive of Urdd Gobaith
# Cymru", "Executive for Neighbourhoods and Community Safety", "Global Policy Analyst for ActionAid".
_TITLE_OF = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}([A-Z][a-z]+|[A-Z]{2,4})\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]")

# A firm's name in capitals, then an office in it in lower case: "Advantage Travel Partnership leisure director".
_FIRM_AND_ROLE = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){1,5}(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]+)")

# An aside between dashes closing the phrase before a speech verb: "Drew Hendry – SNP MP for Inverness –".
_DASH_ASIDE = re.compile(r"(?<=\w)\s+[–—]\s+(?P<aside>[^–—]{1,120}?)\s+[–—]\s*$")

# A body's kind in lower case, then its name: "international graphic arts association Intergraf", "the airline Wizz Air".
_BODY_NAMED = re.compile(rf"(?:(?:the|an?)\s+)?(?:(?!(?:on|of|in|at|for|from|with|to|by|about|and|said|says)\b)[\w'’-]+\s+){{0,4}}?"
                         rf"(?:{BODY_KINDS})\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}})")
# The kinds of body a description may name: "the organization", "the charity", "the group".
_BODY = re.compile(r"organi[sz]ation|group|charity|foundation|agency|company|movement|union|network|fund|initiative|"
                   r"ngo|institute|centre|center|service|association|coalition|campaign")


# What a person or a body issues and a text then makes speak: "the statement read", "the letter stated".
_DOCUMENTS = r"statement|letter|message|communiqu[eé]|press release|release|announcement|notice|appeal"
_THE_DOCUMENT = re.compile(rf"(?:the|this|that|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})")
_WHO = r"(?P<who>(?:the\s+|an?\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,7}?)"
# Its author, as the text names them: "a statement from the exarchate affirmed", "a recent statement by park founder
# Alexander Feldman painted", "The letter, which was signed by IOC president Thomas Bach", "the governor released a
# statement", "local authorities said in a statement".
_ISSUED_BY = re.compile(rf"\b(?:{_DOCUMENTS})\b(?:,?\s+which\s+was)?\s+(?:from|by|(?:issued|signed|sent|posted|released|"
                        rf"written)\s+by)\s+{_WHO}(?=\s+(?:{SPEECH_VERBS}|[a-z]+ed|reads?|says|made|makes)\b|\s*[,.;:(]|\s*$)"
                        # (the name set off after a description: "a letter from a former soldier with the same name, Ivan,")
                        r"(?P<name>,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*[,.;]))?")
_ISSUED = re.compile(rf"(?:^\s*|[,;:…][\"”’]?\s*){_WHO}\s+(?:has\s+|had\s+|have\s+)?(?:released|issued|published|put\s+out|sent|"
                     rf"posted|shared|signed|wrote|(?:{SPEECH_VERBS})\s+in)\s+(?:a|an|the|its|his|her|their)\s+"
                     rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})\b")


def note_issuer(text: str, context: People) -> None:
    """Remember who issued the statement or letter the text goes on to quote as "the statement said"."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " … ", text)
    for pattern in (_ISSUED_BY, _ISSUED):
        for match in pattern.finditer(bare):
            named = match.groupdict().get("name") or ""
            guess = resolve_who(match.group("who") + named, context)
            if guess is not None and (guess.named or guess.description):
                context.issuer = (context.paragraph, guess)


def _subject_description(description: str, before: list[str], appositive: bool, context: People) -> bool:
    """Whether the description closing a phrase is the subject rather than set beside a name before it:
    "Putin, the official said, …" and "Now, after nearly getting killed, the former officer, …, said" (no
    name for it to stand beside), not "“…,” Vitaly, a 27-year-old Kyiv resident said" or "Denis Pushilin, the
    Kremlin-backed head of the region said" (a name, then its description, which lost its comma)."""
    names = [x for p in before for x in names_in(p, context, True, True) if not x.org]
    if not names:
        return True
    return not (appositive or re.match(r"(?i)^an?\s", description) or len(names[-1].name.split()) >= 2)


def _head(description: str) -> str:
    """The head of a description: "commander of the Ukrainian company" → "commander"."""
    return re.split(r"\s+(?:of|from|in|at|with|on)\s+", description.casefold(), maxsplit=1)[0]


# An office and the place it governs, before its holder's name: "the mayor of (Kramatorsk) Oleksandr Honcharenko".
_OFFICES = rf"\b(?:{OFFICES})\s+of\s+"
_OFFICE_OF = re.compile(rf"{_OFFICES}$")
_OFFICE_OF_PLACE = re.compile(rf"{_OFFICES}(?:the\s+)?(?:[\w'’.-]+\s+){{0,2}}$")


def _affiliation(before: str) -> bool:
    """"senior manager at Charles Stanley", "a researcher at the think tank RAND": the name after it is
    where the speaker works; "the head of the region Oleg Sinegubov" names the speaker."""
    match = re.search(r"\b(?:at|of|for|from|with|in|to|on|by|about)\s+(?:the\s+)?(?P<between>(?:[\w'’.-]+\s+){0,2})$", before)
    if not match:
        return False
    if _OFFICE_OF_PLACE.search(before):
        return False  # "the mayor of Kramatorsk Alexander Goncharenko": the office's holder
    between = match.group("between").split()
    return not between or between[-1][:1].isupper() or between[-1].casefold() in ORG_WORDS or between[-1] in (
        "firm", "company", "tank", "newspaper", "outlet", "network", "broadcaster", "university", "charity")


_DEFINITE = re.compile(rf"(?:this|that|the)\s+(?:[\w-]+\s+){{0,3}}(?P<noun>{PERSON_NOUNS})")


def pronoun(word: str, context: People) -> SpeakerGuess | None:
    """He and she stand for the last person, named or described, of that sex where the text gave one; it
    and they for the last institution."""
    if word == "i":  # "“…?” I asked": the writer, asking
        return SpeakerGuess(description=REPORTER)
    if word in ("it", "they") and context.unnamed:
        return context.unnamed[-1]
    if word in ("he", "she"):
        return context.by_pronoun(word)
    return context.by_pronoun(word) or context.last_subject or context.last_speaker
