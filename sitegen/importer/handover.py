"""Attributions known by where they stand rather than by their verb: the clause a quote ending in a
comma hands its sentence over to ("“…,” Ms Kadyrova, 85, moaned", "“…,” mentioned his sister Lena
Kabaeva"), and the clause that introduces a quote with a colon ("The head of the department, Oleksandr
Tolokonnikov, spoke about their work: “…”"). The speech-verb list cannot hold every verb a writer or a
translation engine uses; the sentence's shape says who speaks all the same."""

from __future__ import annotations

import re

from sitegen.importer.referents import resolve_who
from sitegen.importer.layout import split_sentences
from sitegen.importer.lexicon import ADVERB, LEADING_CAPS
from sitegen.importer.people import People, SpeakerGuess

# Past forms that do not end in -ed ("he wrote", "she spoke").
_IRREGULAR = ("wrote|spoke|said|told|went|began|broke|shook|swore|thought|felt|cried|sighed|smiled|laughed|sobbed|"
              "shrugged|nodded|added|put")
_TITLE_DOT = re.compile(r"\b(Mr|Ms|Mrs|Dr|Prof|Gen|Col|Lt|Sgt|Capt)\.(?=\s)")
# An aside between commas after the subject: ", 85,", ", a teacher from Bakhmut,".
_ASIDE = re.compile(r",\s*(?:\d{1,3}|(?:a|an|the|his|her|their)\s+[^,\"“”]{1,60}?),(?=\s)")
_DETERMINED = r"(?:the|a|an|this|that|another|one|his|her|their)\s+[^,\"“”]{1,60}?"
_NAME = r"(?:(?:Mr|Ms|Mrs|Dr)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# "“…,” the company commander recognised", "“…,” Kadyrova moaned": the subject, then its verb.
_SUBJECT_THEN_VERB = re.compile(
    rf"^[\s,—–-]*(?:(?P<pronoun>he|she)\s+{ADVERB}(?:[a-z]+(?:ed|s)|{_IRREGULAR})"
    rf"|(?P<described>{_DETERMINED})\s+{ADVERB}(?:[a-z]+ed|{_IRREGULAR})"
    rf"|(?P<name>{_NAME})\s+{ADVERB}(?:[a-z]+(?:ed|s)|{_IRREGULAR}))\b")
# "“…,” mentioned Mr Kadyrov's sister Lena Kabaeva": the verb, then its subject.
_VERB_THEN_SUBJECT = re.compile(rf"^[\s,—–-]*(?:[a-z]+ed|{_IRREGULAR})\s+(?P<who>(?:the|a|an|this|that|another|one|his|her|their"
                                rf"|[A-Z])[^\"“”]*)")
_WHO_ENDS = re.compile(r",? (?:who|which|in|on|at|during|after|before|while|when|as|to|from|with|via)\b.*$")


def handed_over(after: str, context: People, quote: str) -> SpeakerGuess | None:
    """The speaker the rest of the sentence names when a quote ends in a comma: the subject before its
    verb, or after it, whatever the verb; an age or description set off by commas is looked past."""
    if not quote.rstrip().rstrip("’'").endswith(","):  # (also a quote inside it closing there: "… ‘I hope so,’”)
        return None
    clause = re.split(r"[\"“”]", after)[0].strip()
    if not clause:
        return None
    clause = _TITLE_DOT.sub(r"\1", clause)
    clause = split_sentences(clause)[0]
    clause = _ASIDE.sub("", clause, count=1)
    subject = _subject(clause, context)
    if subject is not None:
        return subject
    match = _VERB_THEN_SUBJECT.match(clause)
    if match:
        return resolve_who(_WHO_ENDS.sub("", match.group("who")), context, after_verb=True)
    return None


# "The head of the department, Oleksandr Tolokonnikov, spoke about ...:": a name set off by commas after the
# subject's description is the subject.
_APPOSED_NAME = re.compile(r"^(?P<description>[^,]{3,160}),\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
                           + ADVERB + r"[a-z]+")


# A phrase of place or time before the subject: "In a Telegram post, ", "On Monday, ".
_OPENING_PHRASE = re.compile(r"^(?:In|On|At|During|After|Before|Later|Earlier|Meanwhile|Separately|Also)\b[^,\"“”]{0,60},\s+")
# Where a sentence's last clause begins: "The motor screams as the propeller spins up, and Yevhen counts down,".
_CLAUSE_JOIN = re.compile(r"(?:,\s+|;\s+|\s+)(?:and|but|as|while|then|so)\s+")


def introduced_by(before: str, context: People) -> SpeakerGuess | None:
    """The subject of the clause that introduces a quote with a colon, a comma or "that", whatever its verb
    ("Igor laughs:", "Yevhen counts down,", "He pointed out that"): a name set off by commas after a
    description, or the subject before the verb of the sentence's last clause."""
    sentences = split_sentences(_TITLE_DOT.sub(r"\1", before.strip()))
    clause = sentences[-1] if sentences else ""
    if not re.search(r"(?:[:,]|\bthat)$", clause):
        return None
    match = _APPOSED_NAME.match(clause)
    if match:
        return resolve_who(match.group("name"), context, after_verb=True)
    clause = _OPENING_PHRASE.sub("", clause)  # "In a Telegram post, the city council offered …, saying that"
    last = _CLAUSE_JOIN.split(clause)[-1]
    return _subject(_ASIDE.sub("", last, count=1), context) or (
        _subject(_ASIDE.sub("", clause, count=1), context) if last != clause else None)


def _subject(clause: str, context: People) -> SpeakerGuess | None:
    """The subject opening a clause before its verb; a word that only starts a sentence ("When asked")
    is no name."""
    match = _SUBJECT_THEN_VERB.match(clause)
    if match and match.group("name") in ("He", "She"):  # a clause opening the sentence: "He pointed out that"
        return resolve_who(match.group("name").casefold(), context)
    if not match or (match.group("name") and match.group("name").split()[0].casefold() in LEADING_CAPS):
        return None
    return resolve_who(match.group("pronoun") or match.group("described") or match.group("name"), context)
