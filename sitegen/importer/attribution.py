"""Deciding who said a quote by reading the clauses around it: the attribution after it ("…," said X), the
reporting clause before it (X said: "…"), the subject of the sentence around it. What the phrase found there
stands for is ``referents``'."""

from __future__ import annotations

import re
from dataclasses import replace

from sitegen.importer.gender import gender_of_name
from sitegen.importer.layout import split_sentences
from sitegen.importer.lexicon import (ADVERB, CALLING, GAVE_NAME, IRREGULAR_PAST, KNOWN_AS, OFFICE_WORDS, ORG_WORDS,
                                     PERSON_NOUNS, ROLE_WORDS, SPEECH_VERBS, VERB, given_to_tail)
from sitegen.importer.names import is_org, names_in
from sitegen.importer.mentions import CREDIT, GIVEN_NAME, PRONOUN_SUBJECT, unquoted_names, without_byline
from sitegen.importer.people import REPORTER, People, SpeakerGuess, is_person_description
from sitegen.importer.referents import is_pronoun, pronoun, resolve_who


_DESCRIBED_SUBJECT = re.compile(rf"^(?:The|A|An)\s+(?P<who>(?:[\w-]+\s+){{0,4}}?(?:{PERSON_NOUNS})"
                                rf"(?:\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?)\b")

# After a quote, a verb of manner says who spoke as a speech verb does: "“…,” laughs Chychen".
_AFTER_VERB_FIRST = re.compile(rf"^[\s,—–-]*(?:{SPEECH_VERBS}|laughs|laughed|sighs|sighed|smiles|smiled|jokes|shrugs|"
                               rf"shrugged)\s+(?P<who>[^\"“”]+)")
_AFTER_WHO_FIRST = re.compile(rf"^[\s,—–-]*(?P<who>[^\"“”!?]{{1,160}}?)\s+{ADVERB}(?:{SPEECH_VERBS})\b")
_GOVERNED = re.compile(r"(?:of|about|on|in|at|to|for|with|from|after|before|during|while|when|as|that|this|it)\b")
_AFTER_ACCORDING = re.compile(r"^[\s,]*according to (?P<who>[^\"“”]+)")
# "according to the cathedral's chief priest, Myroslav Vdodovych, “…”": the name set off after the description
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<who>[^,.\"“”]+(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?=,))?)")
# (also a sentence's end before a dash opening the next one: "…," says the student. - In the …")
_WHO_STOP = re.compile(rf"\.\s+[-–—]\s.*$|,? (?:who(?! {GAVE_NAME})|which|in an?|in \w+|on|at|during|after|before|while|when|as he|as she|"
                       r"from|to reporters|to the|to an?|recalling|referring|noting|adding|speaking|"
                       r"watching|insisting|using|accusing|describing|saying|told|via|said|seeking|shortly)\b.*$")



# "“…,” he was quoted as saying by Tass": the passive form names the speaker as its subject.
_WAS_QUOTED = re.compile(r"^[\s,]*(?P<who>[^\"“”]{1,80}?)\s+(?:was|were|has been|had been)\s+(?:quoted|cited)\b")
# "…, said a resident who gave only her first name, Olena": the name given is the speaker's.
_GAVE_NAME = re.compile(r"\b(?:(?:gave|giving|give|identified|identifying)\s+(?:only\s+)?(?:(?:his|her|their)\s+)?"
                        rf"(?:first\s+)?name\s*(?:as\b|,|:)?|(?:identified|referred\s+to)\s+(?:only\s+)?as|{KNOWN_AS})"
                        r"\s*[\"“‘']?(?P<name>[A-Z][\w'’-]+)")
# Words a recording gives: "… is heard saying in a video", "was filmed saying"; after a quote, with who says them.
_HEARD = r"(?:is|was|were|are|can be)\s+(?:heard|seen|filmed|recorded)\s+saying\b"
_HEARD_SAYING = re.compile(rf"\b{_HEARD}")
_HEARD_AFTER = re.compile(rf"^[\s,—–-]*(?P<who>[^\"“”.;:!?]{{1,120}}?)\s+{_HEARD}")
# A quote signed with a dash after it, alone on the rest of the line or before the next quote: "“…” — Volodymyr
# Zelensky", "“…”, — Svitlana Roe. “…”", "“…”, - coach of the academy Maksym Roe."
_DASH_AFTER = re.compile(rf"^\s*[.,]?\s*[—–-]+\s*(?P<who>(?!(?:{SPEECH_VERBS})\b)(?:[a-z][\w'’-]*\s+){{0,6}}[A-Z][\w'’.-]*"
                         r"(?:\s+[A-Z][\w'’.-]*){0,4}(?:,\s*[^.!?\"“”]{1,200})?)\s*\.?\s*(?:$|(?=[\"“]))")
# Verbs whose object is whom the words were given to, never their speaker.
_TOLD = re.compile(r"(?i)told|tells|tell|telling|asked|asks")
# "according to a statement from the ministry": the institution, not its statement.
_MESSAGES = r"message|sms|text|post|statement|report|letter|notice|appeal|warning|e-?mail|alert"
_STATEMENT_FROM = re.compile(rf"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:{_MESSAGES})\s+(?:from|by|of|issued by)\s+")
_CITED = re.compile(r"\b(?:quoted|cited|citing|quoting)\s+(?P<who>.+?),?\s+(?:as\s+)?(?:saying|telling|writing|adding)\b")


def who_after(after: str, context: People, quote: str = "") -> tuple[SpeakerGuess | None, str]:
    """The attribution following a quote: ``"…," said X`` / ``"…," X said`` / ``"…," according to X``."""
    if not after.strip() or re.match(r"^\s*[\"“‘]", after):
        return None, ""
    cut = re.fullmatch(r"\s*,?\s*(?P<pronoun>he|she)(?:\s+[a-z]{1,12})?\s*", after)
    if cut:  # "…,” she' or '…, ”he wrot': the text cut off inside its attribution
        return pronoun(cut.group("pronoun"), context), "X said"
    signed = _SIGNED.match(after)
    if signed and (gender_of_name(signed.group("name")) or len(signed.group("name").split()) > 1) and not is_org(
            signed.group("name").split()) and not context.is_place(signed.group("name")):
        return SpeakerGuess(name=context.full_name(signed.group("name"))), "X said"  # "“… with you!” (Laura)": who wrote it
    sentences = split_sentences(after.strip())
    sentence = sentences[0] if sentences else ""
    # a short quoted phrase on the way to the attribution is part of its clause ("“…” were removed from
    # beneath “the rubble”, the emergency service said"); a quote of its own has an attribution of its own
    sentence = re.sub(r"[\"“]((?:[^\"“”\s]+\s+){0,11}[^\"“”\s]*)[\"”]", r"\1", sentence)
    whole, sentence = sentence, re.split(r"[\"“]", sentence)[0]
    if _I_WONDERED.match(sentence):  # "“Will that not make it harder?” I was curious."
        return SpeakerGuess(description=REPORTER), "X said"
    match = _MESSAGE_FROM.match(sentence)
    if match:  # "“… Evacuate!” — such an sms from the regional administration", "That statement, from X, came"
        return resolve_who(match.group("who"), context, after_verb=True), "a message from X"
    if (sentence[:1].isupper() and re.search(r"[.!?]\s*$", quote.strip())) or sentence.lstrip().startswith("("):
        closing = _closing_attribution(sentence, context, whole == sentence)
        if closing is not None:  # "“… bombed.” Ukrainian refugee Taras Roe said.", "“…” (Jane Roe, chaplain)."
            return closing, "X said"
    if sentence[:1].isupper() and (re.search(r"[.]\s*$", quote.strip()) or not re.match(
            rf"^(?:[\w'’.-]+\s+){{1,4}}(?:{SPEECH_VERBS})\b", sentence)) and re.search(r"[.!?]\s*$", quote.strip()):
        return None, ""  # the quote ended its sentence; what follows is the reporter's next one
    # "“… an unprecedented amount” of cases, said X": the quoted words' sentence goes on before its attribution
    sentence = re.sub(rf"^\s*[a-z][^,.;:!?\"“”]{{0,60}},\s+(?=(?:{SPEECH_VERBS})\b)", "", sentence)
    gave = _GAVE_NAME.search(sentence)
    if gave and (VERB.search(sentence[:gave.start()]) or _HEARD_SAYING.search(sentence[gave.end():])):
        # "said a resident who gave only her first name, Olena", "one of the protesters, who only gave her name as
        # Antonina, is heard saying in a video"
        return SpeakerGuess(name=context.full_name(gave.group("name")), anonymous=True), "who gave the name X"
    heard = _HEARD_AFTER.match(sentence)
    if heard:  # "“…,” one of the protesters is heard saying in a video": who the recording gives
        guess = resolve_who(heard.group("who"), context, after_verb=True)
        if guess is not None:
            return guess, "X is heard saying"
    given = GIVEN_NAME.search(unquoted_names(sentences[0] if sentences else ""))
    if given and VERB.search(unquoted_names(sentences[0])):  # "…,” a soldier who gave his war name as “Ghost,” told AFP"
        name = given.group("name") or given.group("before")
        return SpeakerGuess(name=context.full_name(name), anonymous=True), "who gave the name X"
    match = _DASH_AFTER.match(after)
    if match:  # "“…” — Volodymyr Zelensky"
        office, who = re.match(r"((?:[a-z][\w'’-]*\s+)*)(.*)", match.group("who"), re.S).groups()
        guess = resolve_who(who, context, after_verb=True)
        if guess is not None and guess.named:  # ("- coach of the academy Maksym Roe": his office, then him)
            return (replace(guess, role=office.strip()) if office and not guess.role else guess), "— X"
    match = _AFTER_ACCORDING.match(sentence)
    if match:
        who = _WHO_STOP.sub("", _STATEMENT_FROM.sub("", match.group("who")))
        return resolve_who(who, context, after_verb=True), "according to X"
    match = _CITED.search(sentence)
    if match:
        return resolve_who(match.group("who"), context, after_verb=True), "quoted X as saying"
    match = _WAS_QUOTED.match(sentence)
    if match:
        guess = resolve_who(match.group("who"), context)
        if guess:
            return guess, "X was quoted as saying"
    match = _TESTIMONY.match(sentence)
    if match:  # "“…”, such is the testimony of Rabbi Wolff": whose words they are
        guess = resolve_who(match.group("who"), context, after_verb=True)
        if guess is not None:
            return guess, "such are the words of X"
    match = _ON_ITS_PAGE.match(sentence)
    if match:  # "…, - noted on the Legion page": the body whose page it is
        return SpeakerGuess(description=match.group("who")), "on X's page"
    match = _AFTER_VERB_FIRST.match(sentence)
    if match and not _GOVERNED.match(match.group("who")):  # "says of his enlistment": what, not who
        who = _WHO_STOP.sub("", _STATEMENT_FROM.sub("", match.group("who"))).rstrip(" .")  # ("a statement from X")
        tail = given_to_tail(who)
        who = who[:tail.start("before") + len(tail.group("before"))] if tail else who  # ("… Muscovite to “Vreme”")
        guess = resolve_who(who, context, after_verb=True)
        if guess:
            return guess, "said X"
    match = _AFTER_WHO_FIRST.match(sentence)
    if match and len(match.group("who").split()) <= 24 and not re.match(r"(?:which|that|who)\b", match.group("who")):
        # ("the Prince went on to say": who went on)
        guess = resolve_who(_GOES_ON_TO.sub("", match.group("who")), context)
        if guess:
            return guess, "X said"
    return None, ""


_ON_ITS_PAGE = re.compile(rf"^[\s,—–-]*(?:{SPEECH_VERBS}|[a-z]+ed)\s+(?:on|in)\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*"
                          rf"(?:\s+[A-Z][\w'’-]*){{0,4}}?)(?:['’]s)?\s+(?:page|website|channel|account|blog)\b")
_GOES_ON_TO = re.compile(r"\s+(?:went|goes|had gone) on to$|\s+(?:continued|continues|proceeded|hastened|wanted|wants) to$")
_TESTIMONY = re.compile(r"^[\s,—–-]*(?:[Ss]uch|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:is|are|was|were)\s+(?:the\s+)?"
                        r"(?:testimony|account|story|words|recollection|memory|memories|assessment|verdict)\s+of\s+"
                        r"(?P<who>[^\"“”.;:!?]{2,120})")
_I_WONDERED = re.compile(r"^[\s,—–-]*I\s+(?:was curious|wondered|inquired|enquired|pressed|wanted to know|ask|asked)\b")
_MESSAGE_FROM = re.compile(rf"^[\s,—–-]*(?:[Ss]uch|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,3}}?(?:{_MESSAGES})\b[^.;]{{0,80}}?"
                           r"\bfrom\s+"
                           r"(?P<who>(?:the\s+)?[^,.;]{2,80}?)(?=\s+(?:appears|appeared|arrives|arrived|came|comes|"
                           r"reads|read|was|is|on|to|in|\w+ed)\b|[,.;]|$)")


# A sentence after a closed quote that is only its attribution: "Ukrainian refugee Taras Roe said.", "Said Uche
# Roe, an agricultural expert.", a name and its role alone, maybe in brackets: "(Larysa Roe, chaplain of the
# church).", "Sergiy Roe, Ukraine Ambassador to Japan."
_CLOSING_VERBS = "said|says|added|adds|explained|explains|noted|notes|wrote|writes"
_SAID_ALONE = re.compile(rf"^(?P<who>(?:[\w'’.-]+\s+){{0,4}}[A-Z][\w'’.-]+)\s+(?:{_CLOSING_VERBS}|recalled|recalls|questioned)"
                         r"(?:\s+(?:on|at|in)\s+[^.,;:]{1,40})?\s*\.\s*$")
_SAID_FIRST = re.compile(rf"^(?:{'|'.join(v.capitalize() for v in _CLOSING_VERBS.split('|'))})\s+"
                         r"(?P<who>[A-Z][^.!?]{1,150}?)\s*\.?\s*$")
_NAME_ALONE = re.compile(r"^(?=\(.*\)\W*$|[^,]+,)\(?(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:,\s*[^.!?()]{1,150})?)\)?"
                         r"\s*\.?\s*$")


# Someone described, then a relative clause whose verb gives the quote: "a call from a friend in America who said".
_SOMEONE_WHO_SAID = re.compile(rf"\b(?P<who>(?:a|an|one|another)\s+[a-z][\w'’-]*"
                               rf"(?:\s+(?!who\b|that\b|an?\b|one\b)[\w'’-]+){{0,5}}?),?\s+(?:who|that)\s+(?:then\s+|just\s+)?"
                               rf"(?P<verb>{SPEECH_VERBS})(?:\s+(?:him|her|them|me|us))?\s*[:,]?\s*$")


# A name alone in brackets right after a quote, signing it: "“So sorry for you all.” (Laura) or this one: …".
_SIGNED = re.compile(r"\s*\((?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\)(?=\s*(?:[.,;]|or\b|and\b|$))")


def _closing_attribution(sentence: str, context: People, whole: bool) -> SpeakerGuess | None:
    """The person a closed quote's next sentence names as its speaker, when that sentence is only its attribution (a
    name and a role alone only where no quote follows in the sentence, and the role is no clause and no date: not
    "Peshkar Roe, a teacher from Mainpuri, had sent his son …", not "(Kaktus Media, August 1)")."""
    for pattern, after_verb in ((_SAID_ALONE, False), (_SAID_FIRST, True), (_NAME_ALONE, True)):
        match = pattern.match(sentence.strip())
        alone = pattern is _NAME_ALONE
        if not match or alone and not (whole and _a_role(match.group("who").partition(",")[2])):
            continue
        guess = resolve_who(match.group("who"), context, after_verb=after_verb)
        if guess is not None and guess.named and (not alone or len(guess.name.split()) >= 2) and not is_org(
                guess.name.split()):
            return guess
    return None


def _a_role(words: str) -> bool:
    """Words set off after a name that say who the person is ("chaplain of the church"), not a clause ("had sent his
    son") or a date ("August 1")."""
    return bool(re.search(r"\b[a-z]{2,}\b", words)) and not VERB.search(words) and not _FINITE.search(words)


# The words someone answered, introduced as theirs: "her first reaction was:", "His answer:".
_OWN_ANSWER = re.compile(r"\b(?P<whose>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+){0,2}?(?:reaction|response|answer|reply|retort|verdict|"
                         r"advice|explanation|conclusion)\s*(?:was|is|came)?\s*:\s*$")


# Words introduced as what someone said: "Here is some of what he had to say (rough translation):", "Here’s what
# the mayor told the crowd:".
_HERE_IS_WHAT = re.compile(r"^\W*(?:Here|This|That|Below)(?:\s+is|\s+was|['’]s)\s+(?:(?:some|part|more|much|most|the gist|"
                           r"an excerpt|a summary)\s+of\s+)?what\s+(?P<who>[^,:;()\"“”]{1,80}?)\s+(?:(?:had|has|have)\s+to\s+"
                           r"say|said|says|told|tells|wrote|writes)\b")


def who_before(before: str, context: People) -> tuple[SpeakerGuess | None, str]:
    """The speaker named in the reporting clause that introduces a quote: "X said:", "X said that"."""
    sentences = split_sentences(before.strip()) if before.strip() else []
    sentence = sentences[-1] if sentences else ""
    if not sentence or re.search(r"[.!?][\"”’']?$", sentence):
        return None, ""  # the text before is a finished sentence
    cited = _CITED.search(sentence)
    if cited:
        guess = resolve_who(cited.group("who"), context, after_verb=True)
        if guess is not None:
            return guess, "quoted X as saying"
    here = _HERE_IS_WHAT.match(sentence)
    if here:  # "Here is some of what he had to say:": his words, whatever "Here" is
        guess = resolve_who(here.group("who"), context, after_verb=True)
        if guess is not None:
            return guess, "here is what X said"
    verbs = list(VERB.finditer(sentence))
    passive = re.search(r"\b(?:was|were|is|been)\s+\w+ed by (?P<who>[^,.\"“”]+?)(?:\s+(?:at|in|on|as)\b|$)", sentence)
    if passive:
        guess = resolve_who(passive.group("who"), context, after_verb=True)
        if guess is not None and guess.named:
            return guess, "described by X"
    heard = re.search(r"^(?P<who>.+?)\s+(?:was|were)\s+(?:filmed|heard|seen|recorded|caught on camera)\s+saying\b", sentence)
    if heard:
        return resolve_who(heard.group("who"), context), "X was heard saying"
    if not verbs:
        matches = list(_ACCORDING.finditer(sentence))
        if matches:
            return resolve_who(matches[-1].group("who"), context), "according to X"
        reaction = _OWN_ANSWER.search(sentence)
        if reaction:  # "…, her first reaction was: “…”": the words are hers
            return pronoun("he" if reaction.group("whose").casefold() == "his" else "she", context), "his answer: \"...\""
        described = _DESCRIBED_SUBJECT.match(sentence) if sentence.rstrip().endswith(":") else None
        if described:  # "The commander of the company was full of fighting spirit: “…”"
            return SpeakerGuess(description=described.group("who")), "subject: \"...\""
        return None, ""
    if re.fullmatch(r"\s*(?:and|but|then|also)?\s*", sentence[:verbs[-1].start()], re.I):
        return context.last_any or context.last_subject or context.last_speaker, "X said and said"
    relative = _SOMEONE_WHO_SAID.search(sentence)
    if relative and relative.end("verb") == verbs[-1].end():
        # "he got a call from a friend in America who said “It has started.”": the friend's words, not his
        guess = resolve_who(relative.group("who"), context)
        if guess is not None and not guess.named and guess.description:
            return guess, "someone who said: \"...\""
    opening = _LEADING_ADVERBIAL.match(sentence)
    if opening and verbs[-1].start() >= opening.end():
        # "When asked why he wants to help, the ten-year-old told …:": the clause opening the sentence has no subject
        verbs = [verb for verb in verbs if verb.start() >= opening.end()]
    guess = None
    for verb in reversed(verbs):
        candidate = subject_of(sentence, verb.start(), context)
        if candidate is not None and candidate.named:
            return candidate, "X said: \"...\""
        guess = guess or candidate
    return guess, "X said: \"...\""


_CONJUNCTION = re.compile(r"(?:^|,\s+|\s+)(?:and|but|while|whilst|when|as|after|before|because|though|although|if|"
                          r"since|where|who|which)\s+", re.IGNORECASE)
_AUX_TAIL = re.compile(r"(?:^|\s+)(?:has|have|had|was|is|were|also|then|again|later|earlier|previously|would|will|did|"
                       r"does|not|[a-z]+ly|on \w+day|this week|last week|this past week|on \w+ \d+|in \w+|at the time|"
                       r"on Telegram|on Twitter)\s*$")
# A sentence whose subject is an office in capitals, then its verb: "the Secretary General thanked …".
_TITLED_SUBJECT = re.compile(r"\W*[Tt]he\s+(?P<title>(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\s+" + ADVERB + r"[a-z]{3,}ed\b")
_LEADING_ADVERBIAL = re.compile(r"^(?:(?:On|In|At|Ahead of|Earlier|Later|Speaking|Asked|During|After|Amid|Citing|"
                                r"Addressing|Back|Despite|Following|Since|When|While|With|Without|As|But|And|Sixty|Fifty|Forty|"
                                r"Thirty|Twenty|Ten|However|Meanwhile|Moreover|Nevertheless|Nonetheless|Furthermore|"
                                r"Instead|Indeed|Separately|Overall|Ultimately|Additionally|Finally|Similarly|Likewise)\b"
                                r"(?:[^,]{0,120})"
                                # any participle opening the sentence with its object, closed by a word in lower case
                                # ("Issuing dire warnings, …"; not "Heading home a tired Llyr, who …, said")
                                r"|[A-Z][a-z]{2,}ing\s+[a-z][^,]{0,118}\s[a-z][\w'’-]*),\s*")


def _strip_aux(text: str) -> str:
    for _ in range(4):
        text = _AUX_TAIL.sub("", text.strip())
    return text


# A clause's last comma-set phrase that ends in a name, with at most a few lower-case words (a role) before it:
# "…, its chief executive Edward Buttery".
_TRAILING_NAMED = re.compile(r",\s+(?P<who>(?P<words>(?:[a-z][\w'’-]*\s+){0,5})(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s*$")


# A name, then a relative clause set off up to the verb, whatever commas it holds: "Andy Roe, who has welcomed a
# mother and her daughter with his wife, Reem,".
# Also after a description set off before it: "The most decorated athlete of the games, swimmer Andrii Roe (5 medals),
# who lives in Kamianske, Dnipro region,".
_NAME_THEN_WHO = re.compile(r"(?:^|,\s+(?:(?!(?:the|a|an|its|his|her|their|our)\s)[a-z][\w-]*\s+){0,3})"
                            r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)"
                            r"(?:\s+\([^()]{1,40}\))?,\s+who\s[^.;:!?\"“”]{0,200},$")


# A name, its office in capitals and the body or the region it holds it in, each set off: "Dr Unni Roe, Global
# Humanitarian Director, Plan International", "…, Marie Roe, Regional Director, Eastern Europe and Central Asia", or
# the office alone: "Nora Roe, IRC Ukraine Team Lead,".
_NAME_OFFICE_BODY = re.compile(r"(?:^|,\s+)(?P<who>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+),\s+(?P<office>(?:[A-Z][\w'’&-]*\s+){0,4}"
                               r"[A-Z][\w'’&-]*),(?:\s+[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w'’&.-]*){0,5})?\s*$")
# The last word of an office in capitals: a role word or an office word ("Team Lead").
_OFFICE_ENDS = ROLE_WORDS | OFFICE_WORDS


# A name, then "who" opening the clause whose verb speaks: "…, president Volodymyr Roe, who".
_NAME_WHO_VERB = re.compile(r"(?<![\w'’-])(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+),\s+who(?:\s+(?:also|later|then|"
                            r"earlier|has|had|have))?\s*$")


# A clause of one subject and a verb before the speech verb, joined by "and": "Adele’s husband bundled her and the
# children into the family car and (told her …)"; its subject is the words before that first verb.
# (not the writer, nor a clause hanging on the first: "I joined the queue as … a man … pushed me and")
_SHARED_SUBJECT = re.compile(r"^(?!(?:I|We|He|She|They|It)\b)"
                             r"(?P<subject>(?:[A-Z][\w'’-]*|[Tt]he|[Aa]n?)(?:\s+[\w'’-]+){0,5}?)"
                             r"\s+" + ADVERB + r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\s"
                             r"(?:(?!\b(?:as|when|while|after|before|because|who|which|that|where|if|since|until)\b)"
                             r"[^,;:])*\sand$")


def subject_of(sentence: str, verb_start: int, context: People) -> SpeakerGuess | None:
    """Who the speech verb at ``verb_start`` belongs to: the clause before it, else the sentence's subject
    ("He said we have to ... and said the community must ...")."""
    # ("“…,” the Prince went on to say": who went on)
    head = _GOES_ON_TO.sub("", sentence[:verb_start].rstrip())
    before = _LEADING_ADVERBIAL.sub("", head.strip())
    aside = _NAME_THEN_WHO.search(before)
    if aside:  # "Jane Roe, who together with her husband, Nick, welcomed a family, said": she, not whom the aside names
        guess = resolve_who(aside.group("who"), context)
        if guess is not None and guess.named:
            return guess
    relative = _NAME_WHO_VERB.search(head)
    if relative:  # "support from Ukraine's president Volodymyr Zelenskyj, who wrote on X:": the name the clause hangs on
        guess = resolve_who(relative.group("who"), context)
        if guess is not None and guess.named and not is_org(guess.name.split()):
            return guess
    office = _NAME_OFFICE_BODY.search(before)
    if office and office.group("office").split()[-1].casefold() in _OFFICE_ENDS:
        guess = resolve_who(office.group("who"), context)  # "Stephen Roe, CEO, Plan International said": he, not the body
        if guess is not None and guess.named:
            return guess
    # "The fighter, who also spoke on condition of anonymity, described …": the relative clause is an aside
    clause = _strip_aux(re.sub(r",\s+(?:who|whom|whose|which)\b[^,]{0,120},", ",", head))
    clause = _LEADING_ADVERBIAL.sub("", clause)
    if re.match(r"(?i)^(?:he|she|they|it)\b", clause) and not _CONJUNCTION.search(clause) and is_pronoun(
            clause.split()[0], context):
        return pronoun(clause.split()[0].casefold(), context)
    set_off = re.search(r"\s[–—]\s+(he|she)\s*$", clause)
    if set_off:  # "Colin Ahern is the General Manager of the Ormonde – he says": the pronoun right before the verb
        return pronoun(set_off.group(1), context)
    relative = _RELATIVE_PRONOUN.search(clause)
    if relative:  # "a veteran Kremlin diplomat resigned and sent a letter in which he said": the person before it
        someone = list(_SOMEONE_BEFORE.finditer(clause[:relative.start()]))
        if someone:
            return SpeakerGuess(description=someone[-1].group("who"))
    trailing = _TRAILING_NAMED.search(clause)
    if trailing and not re.search(r"\b(?:to|with|by|for|from|at|in|on|of|about|and|[a-z]+ing|[a-z]+ed)\s",
                                  trailing.group("words")):
        # "The company has tried to insure it, its chief executive Edward Buttery said": he said it, not the company
        guess = resolve_who(trailing.group("who"), context)
        if guess is not None and guess.named and not is_org(guess.name.split()):
            return guess
    # ("Russian forces captured the city, and Adele’s husband bundled …": the last clause joined on)
    shared = _SHARED_SUBJECT.match(re.split(r",\s+(?:and|but|then)\s+", clause)[-1])
    if shared:  # "The woman contacted locals with representatives and (urged)": the first verb's subject
        clause = shared.group("subject")
    whole = resolve_who(clause[-220:], context) if clause.strip() and not re.match(
        r"(?i)^(?:he|she|they|it)\b", clause) else None
    if whole is not None and whole.named:
        return whole
    pieces = _CONJUNCTION.split(clause)
    last = _strip_aux(pieces[-1]) if pieces else ""
    if last:
        guess = resolve_who(last[-220:], context)
        if guess is not None:
            return guess
    first = _LEADING_ADVERBIAL.sub("", _strip_aux(pieces[0])) if pieces else ""
    if first.casefold().split()[:1] in (["he"], ["she"], ["they"], ["it"]):
        return pronoun(first.split()[0].casefold(), context)
    people = [x for x in names_in(first, context, True) if not x.org]
    if people:
        return SpeakerGuess(name=context.full_name(people[0].name), role=people[0].role)
    mentioned = re.search(r"\b(he|she)\b", clause, re.IGNORECASE)
    if mentioned:
        return pronoun(mentioned.group(1).casefold(), context)
    return resolve_who(first[-220:], context) if first else None


# A clause that hangs on the sentence's main one: what happens in it happens to someone else.
_SUBORDINATE = re.compile(r"\b(?:after|when|before|because|since|until|while|once|if)\b")


def _under_pronoun(bare: str, at: int) -> bool:
    """The speech verb at ``at`` is in a clause hanging on a main clause whose subject is he or she ("She started
    organizing the drive after a friend asked …"): who speaks there is no one the sentence is about."""
    opener = PRONOUN_SUBJECT.match(bare)
    return bool(opener) and opener.end() < at and bool(_SUBORDINATE.search(bare[opener.end():at]))


def speaker_of_sentence(sentence: str, context: People, need_verb: bool = False) -> SpeakerGuess | None:
    """The person a reporting sentence is about: the subject of a speech verb, else a name opening it."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?|‘[^‘’]*’", " \u2026 ", sentence)
    bare = without_byline(CREDIT.sub("", _WIRE_CREDIT.sub("", bare)))
    for verb in reversed(list(VERB.finditer(bare))):
        if _PASSIVE.search(bare[:verb.start()]) or re.match(r"\s+by\b", bare[verb.end():]):
            continue  # "the withdrawal ... was announced", "territory claimed by the separatists": a participle
        rest = bare[verb.end():].strip()
        # "The occupiers hit the region, said the head of the region Oleg Sinegubov."
        # ("Natalia, in tears, said her half-brother was inside": an aside before the verb, then what she said)
        # ("Mateusz, the head of the farm, told Wirtualna Polska about it": whom he told is no inverted subject)
        inverted = bare[:verb.start()].rstrip().endswith(",") and not rest.startswith("that") and not _TOLD.fullmatch(
            verb.group()) and len(
            rest.split()) <= 15 and not _FINITE.search(re.sub(r",\s+(?:which|who)\b.*$", "", rest))
        guess = who_after(bare[verb.start():], context)[0] if inverted else None
        if guess is None or not guess.named:
            guess = subject_of(bare, verb.start(), context) or guess
        if guess is None and not _TOLD.fullmatch(verb.group()):  # ("She told Trinity News that …": whom she told)
            guess, _ = who_after(bare[verb.start():], context)
        if guess and not guess.named and _under_pronoun(bare, verb.start()):
            continue  # "She started the drive after a friend asked …": the sentence is still hers
        if guess and (guess.named or guess.description):
            return guess
    participle = _SAYING.search(bare)
    subject = _NAMED_SUBJECT.match(bare[:participle.start()]) if participle else None
    if subject:  # "The Odesa Diocese of the UOC condemned the attack, saying “…”": the body that condemned it
        guess = resolve_who(subject.group("who"), context)
        if guess is not None and (guess.named or guess.description):
            return guess
    source = _ACCORDING.search(bare)
    if source:  # "..., according to the lieutenant, ...": the sentence reports what he said
        guess = resolve_who(source.group("who"), context, after_verb=True)
        if guess is not None and (guess.named or is_person_description(guess.description)):
            return guess
    if need_verb or bare.strip()[:1].islower():
        return None
    main = bare
    clause = re.match(r"^([^,]{0,160}\b(?:since|when|after|before|as|while|if|although|because|though)\b[^,]*),\s*", bare,
                      re.IGNORECASE)
    if clause:
        main = bare[clause.end():]
    for name in [x for x in names_in(main, context, False) if not x.org and not re.search(r"['’]s$", main[:x.end])]:
        # ("Vladimir Putin's troops withdrew": the troops withdrew, not Putin)
        following = re.match(rf"\s+{ADVERB}(?:has\s+|had\s+|have\s+|was\s+|is\s+)?(?P<verb>[a-z]+)", main[name.end:])
        if following and _verb_shaped(following.group("verb")) and following.group("verb") not in _NO_VERBS and not re.search(
                r"\b(?:of|by|with|to|for|from|at|on|in|and)\s+$", main[:name.start]):
            if len(name.name.split()) >= 2 or context.knows(name.name) or name.role:
                return SpeakerGuess(name=context.full_name(name.name), role=name.role)
    head = _LEADING_ADVERBIAL.sub("", bare)
    titled = _TITLED_SUBJECT.match(head)
    if titled and titled.group("title").split()[-1].casefold() in ROLE_WORDS:
        # "the Secretary General thanked President Niinistö …": the sentence is the office holder's, named before
        person = context.by_role(titled.group("title").split()[-1].casefold())
        if person is not None:
            return person
    reach = max(40, len(head) // 2)  # a name starting in the sentence's first half, read whole
    names = [x for x in names_in(head, context, False) if not x.org and x.start < reach and not re.search(
        r"\b(?:told|tells|telling|asked|asks)\s+$", head[:x.start]) and not _modifies(head, x.start, x.end)]
    # ("He told BlockAsset:": whom he told; "set up in the Food Liaison dining area": a name that names a place)
    if len(names) > 1 and re.search(r"['’]s$", head[:names[0].end]) and re.fullmatch(
            r"\s+[a-z]+(?:\s+[a-z]+)?,?\s+", head[names[0].end:names[1].start]):
        names = names[1:]  # "Tryukhan’s husband, Dima, joined": whose husband, and the sentence his
    if names and names[0].start <= 40 and not re.match(r"\W*(?:[Hh]e|[Ss]he)\s", head):
        # (not where he or she opens the sentence: "She and her family moved here from New Orleans"; a name in a
        # clause before the pronoun is whom it stands for: "When Tetyana Roe, 70, arrived …, she found …")
        name = names[0]
        if len(name.name.split()) >= 2 or context.knows(name.name) or name.role:
            return SpeakerGuess(name=context.full_name(name.name), role=name.role)
    apposed = _DESCRIBED_THEN_NAMED.match(head)
    if apposed:  # "Grandmaster and captain of the national team, Oleksander Roe, is waiting …": the name set off
        guess = resolve_who(apposed.group("name"), context)
        if guess is not None and guess.named and not is_org(guess.name.split()):
            return guess
    identified = _IDENTIFIED.match(head)
    if identified:  # "One of those musicians was the Ukrainian violinist Aleksey Semenenko, who …": the sentence is his
        return SpeakerGuess(name=context.full_name(identified.group("name")))
    naming = _BODY_CALLED.match(head)
    if naming:  # "Ukraine’s defence ministry called the attack “…”": the body that called it so
        return resolve_who(naming.group("who"), context)
    return None


# A subject described, then named, set off by commas before its verb: "Grandmaster and captain of the Ukrainian
# national team, Oleksander Roe, is waiting …" (the description holds no comma and no verb of its own).
_DESCRIBED_THEN_NAMED = re.compile(r"^(?P<description>[A-Z][^,.;:!?\"“”]{2,120}),\s+"
                                   r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),"
                                   r"\s+" + ADVERB + r"(?:is|was|has|had|[a-z]{3,}(?:ed|s))\b")


def _modifies(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands between "the" and a noun in lower case, naming which place or
    thing that is ("the Food Liaison dining area"), rather than before a verb ("the Rev Roe says")."""
    after = re.match(r"\s+([a-z]+)\b", text[end:])
    return bool(re.search(r"\b[Tt]he\s+$", text[:start])) and bool(after) and not (
        _verb_shaped(after.group(1)) or after.group(1) in _NOT_NOUNS)


def _verb_shaped(word: str) -> bool:
    """Whether a word in lower case has a finite verb's shape: -ed, -s or an irregular past ("drew")."""
    return word.endswith(("ed", "s")) or word in IRREGULAR_PAST


# Words in lower case after a name that are no noun it modifies.
_NOT_NOUNS = {"and", "or", "but", "who", "which", "that", "to", "in", "on", "at", "of", "for", "with", "from", "by",
              "said", "say", "will", "would", "can", "could", "may", "might", "must", "should", "did", "do", "does"}


# A sentence that says who someone described was: "One of those musicians was the Ukrainian violinist Aleksey
# Semenenko", "Among the injured was the driver Ivan Petrenko" (a description without names, "was", then a calling
# and the full name).
_IDENTIFIED = re.compile(rf"^(?:[A-Z][a-z]*)(?:\s+[a-z][\w'’-]*){{1,10}}\s+(?:was|is)\s+(?:the|a|an|one)\s+"
                         rf"(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:ian|ese|ish|an|ch|ni))\s+){{0,3}}"
                         rf"(?:{PERSON_NOUNS}|{CALLING})\s+"
                         rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})\b(?!['’]s)")


# "… in which he said", "… where she told": a pronoun in a relative clause, the verb's subject.
_RELATIVE_PRONOUN = re.compile(r"\b(?:in which|to which|where|after which|in whom)\s+(?:he|she)\s*$")
# Someone the same sentence described first, as its subject: "a veteran Kremlin diplomat resigned".
_SOMEONE_BEFORE = re.compile(rf"(?:^|[,;]\s+|\b(?:and|but|when|as)\s+)(?:[Aa]n?|[Tt]he)\s+(?P<who>(?:[\w-]+\s+){{0,3}}?"
                             rf"(?:{PERSON_NOUNS}))\s+(?:[a-z]+ed|[a-z]+s|was|is|has|had|went|sent|wrote|left|said)\b")

# A participle of speech after the sentence's main clause: "…, saying “…”", "…, instead claiming it was “…”".
_SAYING = re.compile(r",\s+(?:instead\s+|also\s+|then\s+)?(?:saying|claiming|adding|noting|insisting|arguing|warning|"
                     r"stressing|stating|writing|explaining)\b")
# The named subject opening a sentence, up to its verb: "The Russian Defence Ministry denied", "The Odesa Diocese
# of the UOC condemned".
_NAMED_SUBJECT = re.compile(r"^\W*(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and))*)\s+"
                            r"(?:also\s+|has\s+|have\s+|had\s+)?(?:[a-z]+ed|[a-z]+s)\b")

# A body or a person described, calling something by the quoted words: "Ukraine’s defense ministry called …".
_BODY_CALLED = re.compile(rf"^(?P<who>(?:[A-Z][\w'’-]*['’]s\s+|[Tt]he\s+)(?:[\w-]+\s+){{0,3}}?"
                          rf"(?:{'|'.join(map(re.escape, sorted(ORG_WORDS)))}|{PERSON_NOUNS}))\s+(?:called|described|termed|dubbed|"
                          rf"labell?ed|branded|condemned|hailed)\b")
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|could|can)\b")
_PASSIVE = re.compile(rf"\b(?:was|were|is|are|been|being|be)\s+{ADVERB}$")
# Words that end in -s as a verb can and are none: "money for the Red Cross as he is keen" (the Red Cross did nothing).
_NO_VERBS = {"as", "his", "its", "this", "thus", "us", "plus", "across", "unless", "whereas", "perhaps", "always",
             "besides", "towards", "afterwards", "sometimes", "less", "yes", "nevertheless", "regardless", "hundreds",
             "thousands", "dozens", "millions", "tens"}
# "..., Ukrinform reports.": the wire service that carried the sentence, not its subject.
_WIRE_CREDIT = re.compile(r",?\s+(?:[A-Z][\w.+-]*\s+){0,2}[A-Z][\w.+-]*\s+reports\s*\.?\s*$")
