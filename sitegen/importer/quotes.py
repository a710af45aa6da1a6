"""Direct quotes in article paragraphs, and who said them.

Patterns handled (straight and typographic marks, double and single):

* ``"…," said X`` / ``"…," X said`` / ``"…," X told the Telegraph`` / ``X said: "…"`` / ``X said that "…"``;
* ``"…," he said``: the pronoun is the person the text last made the subject of a sentence;
* a quote running over paragraphs: an opening mark with no closing one goes on into the next paragraph
  when that paragraph opens with a quote mark;
* a quote paragraph with no attribution continues the last speaker;
* speakers described by role and age: "a 25-year-old Ukrainian soldier named Marty" → Marty, "said the
  31-year-old" → whoever was described as 31-year-old, else the last named speaker;
* titles and roles: "Defence minister Oleksii Reznikov" → name Oleksii Reznikov, role Defence minister;
  a surname alone ("Stubb said") → the full name used earlier;
* unnamed sources ("a senior US official", "the Kremlin", "the ministry") are reported as such;
* a clause ending in a colon is about the quote's speaker, whatever its verb ("His niece, X, shared her
  frustration: “…”"), and a paragraph ending in one ("X told Reuters at the scene:") introduces the quote
  opening the next;
* an attribution left inside the marks ("…, believes Victor. …"); a quote opening the story on its own line
  is the next paragraph's person's, and a pull quote signed on the line under it ("Jane Roe, dog handler") the
  signer's; an unattributed quote is the last speaker's when the paragraph before names them, else the person
  whose words the sentence before it reports ("Liliia said she thought …");
  with none of these it keeps no speaker, for the editor to fill: a guess would mislead;
* texts that lost their quote marks (some news APIs delete non-ASCII): ``Sentence, X said.``

A quoted span counts as a quote when it is a sentence (a capital letter and three words or more) or
at least six words; shorter quoted phrases and scare quotes are not quotes.

Speakers are matched against the site's registry (``content/speakers.yaml`` entries: ``id``, ``name``,
``aliases``) by name, surname and alias, ignoring case and diacritics. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sitegen.importer.attribution import speaker_of_sentence, subject_of, who_after, who_before
from sitegen.importer.chrome import DASH_ATTRIBUTION, SOURCE_LINE, signs_pull_quote
from sitegen.importer.gender import gender_of_name
from sitegen.importer.given_to import told_whom
from sitegen.importer.handover import handed_over, introduced_by
from sitegen.importer.layout import split_sentences
from sitegen.importer.lexicon import SPEECH_VERBS, VERB, fold
from sitegen.importer.markless import dashes_as_marks, lost_quote_marks, markless_paragraph
from sitegen.importer.mentions import note_introductions, note_people, note_someone
from sitegen.importer.names import institutions_in
from sitegen.importer.people import REPORTER, FoundQuote, People, SpeakerGuess, is_person_description
from sitegen.importer.referents import note_issuer, resolve_who
from sitegen.importer.speakers import entry_names, with_registry
from sitegen.importer.spans import (double_spans, is_heading_quote, is_quote, next_opens_with_quote, quote_spans,
                                    sentence_in_marks, single_quote_end, tidy_quote)

__all__ = ["FoundQuote", "SpeakerGuess", "find_quotes"]


def find_quotes(paragraphs: list[str], speakers: list[dict] | tuple = ()) -> list[FoundQuote]:
    """The direct quotes in the paragraphs (article text only, clutter already removed), each with its
    speaker matched against the registry where possible; a quote given twice is reported once."""
    context = People()
    for entry in speakers or ():
        names = entry_names(entry)
        if names and fold(names[0]):
            context.people.append(names[0])
            context.registry.add(names[0])
    for paragraph in paragraphs:  # the whole article says which names are institutions ("the Red Cross has")
        context.things |= institutions_in(re.sub(r"[\"“][^\"“”]*[\"”]?", " ", paragraph))
        context.common |= set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", paragraph))  # and which words are common ones
    # guillemets, the quote marks of Ukrainian, Russian and French texts, read as “ and ”
    # and two straight apostrophes standing for a double mark (''She's so strong,'' said …), read as ", as two
    # curly closing ones are read as ” (“… trapped in Odessa,’’ according to …)
    paragraphs = [dashes_as_marks(_closing_pairs(_DOUBLED_APOSTROPHES.sub('"', p.replace("«", "“").replace("»", "”"))))
                  for p in paragraphs]
    paragraphs = [_unmarked_names(p) for p in paragraphs]
    markless = lost_quote_marks(paragraphs)
    units = _units(paragraphs)
    paragraphs = [text for text, _ in units]
    found: list[FoundQuote] = []
    carried: _OpenQuote | None = None  # an open quote going on into the next paragraph
    previous_had_quote = False
    reporter = None  # who the latest sentence reporting speech was about, in this paragraph or the one before
    for index, paragraph in enumerate(paragraphs):
        context.paragraph = index
        if index and not re.search(r"[\"“”]", paragraphs[index - 1]) and not _reports(paragraphs[index - 1]):
            reporter = None
        before_count = len(found)
        if markless and not re.search(r"[\"“”‘’]", paragraph):
            markless_paragraph(paragraph, index, context, found)
            previous_had_quote = len(found) > before_count
            carried = None
            continue
        source = SOURCE_LINE.match(paragraph)
        if source:
            context.source = resolve_who(re.split(r"[;(]", source.group("rest"))[0], context, after_verb=True)
        note_introductions(paragraph, context)
        spans = quote_spans(paragraph)
        paragraph_speaker = None
        named_before = set(context.people)  # who the paragraphs before this one named
        cursor = 0
        for n, span in enumerate(spans):
            between = paragraph[cursor:max(cursor, span.start - 1)]
            note_people(between, context)
            note_issuer(between, context)
            between_sentences = split_sentences(between)
            finished = bool(between_sentences) and bool(re.search(r"[.!?][\"”’']?\s*$", between.strip()))
            sentence_before = subject_before = None
            for k, sentence in enumerate(between_sentences):
                if k == len(between_sentences) - 1 and not finished:
                    break
                subject = speaker_of_sentence(sentence, context)
                subject_before = subject
                context.subject(subject)
                if subject is not None:
                    context.last_any = subject
                    reporter = subject if _reports(sentence) else reporter
                elif k < len(between_sentences) - 1 or finished:
                    note_someone(sentence, context)
                if k == len(between_sentences) - 1:
                    sentence_before = speaker_of_sentence(sentence, context, need_verb=True)
            cursor = span.end + 1
            text = span.text.strip()
            first_piece = carried is not None and n == 0 and span.opens_paragraph
            if carried and not first_piece:
                carried = None
            if first_piece:
                text = carried.text + " " + text
                start_paragraph, before_text, intro = carried.paragraph, carried.before, carried.intro
                had_quote_before, opened_after = carried.had_quote_before, carried.opened_after
            else:
                start_paragraph, before_text, had_quote_before, opened_after = index, between, previous_had_quote, between
                if n == 0 and not between.strip() and index > 0 and paragraphs[index - 1].rstrip().endswith(":"):
                    # "X told Reuters at the scene:" closing the paragraph before introduces this quote
                    before_text, finished = split_sentences(paragraphs[index - 1])[-1], False
                intro = None
                if not finished and (before_text.rstrip().endswith(":") or re.search(
                        r"(?:,|\bthat)$", before_text.rstrip())) and not _LABEL.match(before_text):
                    # the clause that introduces the quote with a colon, a comma or "that" is about its speaker,
                    # whatever its verb ("His niece, Hanna Korsun-Samchuk, shared her frustration: “…,” she told NPR"),
                    # read where it stands, also for a quote that goes on over paragraphs
                    intro = who_before(before_text, context)[0] or introduced_by(before_text, context) or (
                        speaker_of_sentence(split_sentences(before_text)[-1], context)
                        if before_text.rstrip().endswith(":") else None)
                    if intro is not None:
                        context.subject(intro)
                        context.last_any = intro
            if span.unclosed and next_opens_with_quote(paragraphs, index) and n == len(spans) - 1:
                carried = _OpenQuote(text, start_paragraph, before_text, had_quote_before, opened_after, intro)
                continue
            carried = None
            quoted = is_quote(text, sentence_in_marks(paragraph, span)) and not is_heading_quote(paragraph, span)
            after = paragraph[span.end + 1:] if not span.unclosed else ""
            guess, how = _labelled(before_text, context)
            if guess is None:
                guess, how = who_after(after, context, text)
            if how == "according to X" and guess is not None and not guess.named and _MEDIA.search(
                    guess.description) and not finished and between.strip():
                # "Gov. X published a message telling civilians to “…,” according to the state outlet RT": the
                # outlet reported the words; the sentence's subject said them
                subject = speaker_of_sentence(between_sentences[-1], context)
                if subject is not None and (subject.named or subject.description and not _MEDIA.search(
                        subject.description)):
                    guess, how = subject, "subject of the sentence"  # (also one described: "A U.K defense official")
            own = _OWN_WORDS.search(before_text) if guess is None and not finished else None
            if own:  # "Prince Albert II announced his “full solidarity …,” the first 30 refugees were welcomed": the
                # words are the announcer's, whatever the rest of the sentence goes on to; the clause whose verb it is
                sentences = split_sentences(before_text[:own.start()]) or [""]
                clause = re.split(r"(?:^|,\s*|\s)(?:when|as|after|while|because|since|and|but)\s+", sentences[-1])[-1]
                # (the subject of a verb standing right after the clause)
                guess = subject_of(clause + " ", len(clause) + 1, context) if clause.strip() else None
                how = "announced his “…”"
            if guess is None:
                guess, how = handed_over(after, context, text), "“…,” X did"
            if guess is None and not finished:
                guess, how = who_before(before_text, context)
            if guess is None and intro is not None:  # the clause introducing the quote, nearer than the rest
                guess, how = intro, "X did: \"...\""
            if guess is None:
                inside = _INSIDE_ATTRIBUTION.search(text)
                if inside:  # "“People who stayed became more united, believes Victor. They help each other"
                    guess, how = resolve_who(inside.group("who"), context, after_verb=True), "inside the marks"
            if guess is None and sentence_before is not None:
                # "X told an online panel. “This is the cost ...”": the sentence before names the speaker
                guess, how = sentence_before, "sentence before"
            if guess is None and paragraph_speaker is not None:
                guess, how = paragraph_speaker, "same paragraph"
            if guess is None and not finished and between.strip():
                guess = speaker_of_sentence(between_sentences[-1], context)
                how = "subject of the sentence"
            if guess is None and n == 0 and finished and _known(subject_before, named_before) and (
                    _FIRST_PERSON_SINGULAR.search(text) and not re.search(r"[\"“”]", between)):
                # "Boykov has known liquid metal since his childhood. “My parents worked here.”": the words of the one
                # the sentence before is about
                guess, how = subject_before, "the person the sentence before is about"
            if guess is None:
                guess, how = _unattributed(paragraphs, start_paragraph, index, context, had_quote_before, opened_after,
                                           after, reporter, text)
            if guess is not None and how in _CARRIED and _body_voice(guess) and _FIRST_PERSON_SINGULAR.search(text):
                guess, how = None, "no attribution"  # "I was 35": a person's words, never a brand's or an agency's
            if guess is not None:
                reporter = guess
                paragraph_speaker = guess
                context.subject(guess)
                context.last_any = guess
            if not quoted:
                continue
            if guess is not None:
                if guess.description != REPORTER:  # the answer to the writer's question is the last speaker's
                    context.last_speaker = guess
            told = told_whom(after) or (told_whom(split_sentences(before_text)[-1]) if before_text.strip() else "")
            found.append(FoundQuote(tidy_quote(text), guess, units[start_paragraph][1], how, told))
        tail = paragraph[cursor:]
        note_people(tail, context)
        note_issuer(tail, context)
        for sentence in split_sentences(tail):
            subject = speaker_of_sentence(sentence, context)
            context.subject(subject)
            if subject is not None:
                context.last_any = subject
                reporter = subject if _reports(sentence) else reporter
            else:
                note_someone(sentence, context)
        previous_had_quote = len(found) > before_count or carried is not None
    return deduplicated(with_registry(found, speakers))


# A name in marks inside a sentence that goes on after it ("whose husband Serhii “Volynskyi” was acting commander …,
# told CNN", "Ukrainian drone operator “Riko” recalls", "informed “Sledstvo.Info” that"): a nickname or an outlet,
# read as the name it is, not a quote the sentence breaks off at (not a title: "The name “Ukrainian Dream” is …").
_NAME_IN_MARKS = re.compile(r"(?<=[\w,] )[\"“](?P<name>[A-Z][\w'’-]*(?:\.\w+)?(?:\s[A-Z][\w'’-]*){0,2})[\"”]"
                            r"(?=\s+[a-z])")
_TITLE_WORDS = re.compile(r"\b(?:name|word|called|named|titled|entitled|dubbed)\s$")


def _unmarked_names(paragraph: str) -> str:
    """The paragraph with the marks taken off the names in it that are no quotes (``_NAME_IN_MARKS``)."""
    return _NAME_IN_MARKS.sub(lambda m: m.group() if _TITLE_WORDS.search(paragraph[max(0, m.start() - 12):m.start()])
                              else m.group("name"), paragraph)


# Two straight apostrophes standing for a double mark, opening before a word or closing after one: ''So strong,''
_DOUBLED_APOSTROPHES = re.compile(r"(?<![\w'])''(?=[\w‘“])|(?<=[\w.,!?…])''(?![\w'])")
_DOUBLED_CLOSING = re.compile(r"(?<=[\w.,!?…])’’(?![\w’])")


def _closing_pairs(paragraph: str) -> str:
    """Two curly closing single marks read as ” where they close a quote “ opened (not one ‘ opened)."""
    return _DOUBLED_CLOSING.sub(lambda m: "”" if paragraph.rfind("“", 0, m.start()) > paragraph.rfind(
        "”", 0, m.start()) else m.group(), paragraph)


# An attribution the writer left inside the marks, translated-press style: "…, believes Victor. …".
_INSIDE_ATTRIBUTION = re.compile(rf",\s+(?:{SPEECH_VERBS})\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*[.,;]")
_LABEL = re.compile(r"^\s*(?:quote|quotes|цитата)(?:\s+from\s+(?P<who>[^:]{2,80}))?\s*:\s*$", re.IGNORECASE)


class _OpenQuote(NamedTuple):
    """A quote still open at its paragraph's end, read on into the next: what it holds so far, and what was read
    where it opened."""
    text: str
    paragraph: int  # the paragraph it opened in
    before: str  # the words that lead to it (its paragraph's, or the line before's that ends in a colon)
    had_quote_before: bool  # whether a quote came just before it
    opened_after: str  # its own paragraph's words before it opened
    intro: SpeakerGuess | None  # whom the clause introducing it names


def _reports(text: str) -> bool:
    """Whether a sentence reports speech outside quote marks ("Liliia said she thought they ...", "according
    to the lieutenant")."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " ", text)
    return bool(VERB.search(bare) or re.search(r"(?i)\baccording to\b", bare))


def _unattributed(paragraphs: list[str], start: int, index: int, context: People, previous_had_quote: bool,
                  before: str, after: str, reporter: SpeakerGuess | None = None,
                  text: str = "") -> tuple[SpeakerGuess | None, str]:
    """The speaker of a quote nothing attributes: the signer of a pull quote standing on its own, named with a
    role on the line under it; the last speaker, when quoted just before or named in the
    paragraph that leads to this one; for a quote opening the story on its own line, the person the next
    paragraph introduces; else the person whose words the latest sentence before it reports (in this
    paragraph or the one before); else, for words in the first person standing alone, the one person the
    paragraph before spoke of, when it was about them ("Ukhanov is now safe …, he has friends …" then "“I am
    worried”"), which also outranks the next paragraph's person. Else none: the last subject of any sentence is no
    evidence that the quote is theirs, and a wrong name misleads the editor where no name only leaves the quote to
    attribute. A quote running over paragraphs opens in paragraph ``start`` and closes in ``index``: what comes before
    it is read before the first, what comes after it after the last."""
    if start == index and not previous_had_quote and not before.strip() and not after.strip() and (
            index + 1 < len(paragraphs)) and signs_pull_quote(paragraphs[index + 1], paragraphs[index]):
        # (one paragraph standing alone, not the last of a long quote)
        signed = speaker_of_sentence(paragraphs[index + 1], context)
        if signed is not None and signed.named:
            return signed, "signed on the line under it"  # a pull quote, "Jane Roe, dog handler" under it
    if context.last_speaker is not None and (previous_had_quote or (
            start > 0 and _names(paragraphs[start - 1], context.last_speaker))):
        return context.last_speaker, "continues the last speaker"
    about = _about_before(paragraphs, start, context, before, after, text)
    if context.last_speaker is None and not before.strip() and not after.strip() and (
            index + 1 < len(paragraphs)) and paragraphs[index + 1].strip() and about is None:
        # (not where the paragraph before was about one person, who speaks in the first person here)
        following = speaker_of_sentence(split_sentences(paragraphs[index + 1])[0], context)
        if following is not None and following.named:
            return following, "the next paragraph's person"
    if start > 0 and not before.strip() and not after.strip() and _QUESTION.search(paragraphs[start - 1]) and (
            context.last_person is not None and (context.last_person.named or
                                                 is_person_description(context.last_person.description))):
        return context.last_person, "the answer to the question before"  # an interview: the person it is with
    if reporter is not None:
        return reporter, "the sentence reporting before"
    if about is not None:
        return about, "the person the paragraph before is about"
    return None, "no attribution"


def _about_before(paragraphs: list[str], start: int, context: People, before: str, after: str,
                  text: str) -> SpeakerGuess | None:
    """For words in the first person standing alone, the one person the paragraph before spoke of, when it was
    about them and quoted no one."""
    if start > 0 and not before.strip() and not after.strip() and _FIRST_PERSON.search(text) and not re.search(
            r"[\"“”]", paragraphs[start - 1]):
        about = context.last_subject
        spoken_of = {label for label, at in context.seen.items() if at == start - 1}
        if about is not None and about.named and spoken_of == {about.label} and _names(paragraphs[start - 1], about):
            return about
    return None


def _known(subject: SpeakerGuess | None, named_before: set[str]) -> bool:
    """Whether a sentence's subject is someone by name: a name the paragraphs before gave, a full name or a given
    name ("Question about …" is none of them)."""
    return subject is not None and subject.named and (
        subject.name in named_before or len(subject.name.split()) > 1 or bool(gender_of_name(subject.name)))


# A quote given as the object of its speaker's verb, as his own: "announced his “…”", "expressed their “…”".
_OWN_WORDS = re.compile(r"\b(?:announced|expressed|voiced|declared|reiterated|reaffirmed|affirmed|conveyed|pledged|"
                        r"offered|extended|stressed|confirmed|promised|vowed)\s+(?:his|her|their|its)\s*$")


# The ways a speaker is carried over to a quote that names no one, and a quote in the first person singular, which
# no body ("McDonald’s", "the report", "BBC News") speaks.
_CARRIED = ("continues the last speaker", "the sentence reporting before", "same paragraph", "sentence before")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|me|my|myself)\b")  # ("I'm": "I" ends at the apostrophe)
_FIRST_PERSON = re.compile(rf"{_FIRST_PERSON_SINGULAR.pattern}|\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _body_voice(guess: SpeakerGuess) -> bool:
    """Whether the speaker is a body, not a person nor the writer."""
    return not guess.named and guess.description != REPORTER and not is_person_description(guess.description)


# Who carries a report rather than says it: "the Russian state outlet RT", "the news agency".
# (and a paper or a wire by its title's words: "according to the Wall Street Journal", "according to Reuters")
_MEDIA = re.compile(r"(?i)\b(?:outlet|agency|media|newspaper|news|broadcaster|channel|tv|television|radio|reports?|journal|"
                    r"times|post|herald|gazette|tribune|telegraph|guardian|chronicle|reuters|bloomberg|politico|afp|bbc|"
                    r"cnn|npr|tass|interfax|ukrinform)\b")
# A paragraph that is one question of the interviewer's, without quote marks: "Where is your husband now?"
_QUESTION = re.compile(r"^[^\"“”]{3,200}\?\s*$")


def _names(paragraph: str, guess: SpeakerGuess) -> bool:
    """Whether a paragraph names this person (by any part of the name, also as an owner: "Kachkovskyi’s visa")."""
    parts = set(fold(guess.name).split()) if guess.named else set()
    bare = re.sub(r"['’]s\b", "", re.sub(r"[\"“][^\"“”]*[\"”]?", " ", paragraph))
    return bool(parts) and bool(parts & set(fold(bare).split()))


def _labelled(before: str, context: People) -> tuple[SpeakerGuess | None, str]:
    """A label line's speaker: "Quote from Trukhanov: “…”", or "Quote: “…”" under a "Source: X" line. Other
    labels ("About the offensive:") name a topic, not a speaker."""
    label = _LABEL.match(before)
    if not label:
        return None, ""
    if label.group("who"):
        return resolve_who(label.group("who"), context, after_verb=True), "label"
    return context.source, "label"


def _units(paragraphs: list[str]) -> list[tuple[str, int]]:
    """The paragraphs as quote-finding units (text, first paragraph index): a quote whose later
    paragraphs carry no opening mark is one unit up to the paragraph that closes it, and a paragraph
    without marks whose next line is only an attribution ("- wrote Sinegubov on Telegram.") is that
    quotation, given its marks."""
    units, i = [], 0
    while i < len(paragraphs):
        text = paragraphs[i]
        if i + 1 < len(paragraphs) and DASH_ATTRIBUTION.match(paragraphs[i + 1]) and not re.search(r"[\"“”]", text):
            units.append(("“" + text.rstrip() + "” " + re.sub(r"^[-–—]\s*", "", paragraphs[i + 1]), i))
            i += 2
            continue
        spans = double_spans(text)
        end = i
        if spans and spans[-1].unclosed and not next_opens_with_quote(paragraphs, i):
            for j in range(i + 1, min(i + 5, len(paragraphs))):
                marks = [m for m in re.finditer(r"[\"“”]", paragraphs[j])]
                if not marks:
                    continue
                first = marks[0]
                closes = first.group() == "”" or (first.start() > 0 and not paragraphs[j][first.start() - 1].isspace())
                if closes:
                    end = j
                break
        elif not spans and not re.search(r"[\"“”]", text):
            end = single_quote_end(paragraphs, i)
        units.append((" ".join(paragraphs[i:end + 1]), i))
        i = end + 1
    return units



_EXPLICIT = ("said X", "X said", "X said: \"...\"", "according to X", "described by X", "sentence, X said")


def deduplicated(found: list[FoundQuote]) -> list[FoundQuote]:
    """One quote per text: of two, the one attributed by an explicit pattern ("said X") wins, and of two so
    attributed, one that names its speaker ("said Ms Roe") over one that describes them ("says one mother", the
    standfirst giving the words before the text names her)."""
    kept: dict[str, FoundQuote] = {}
    for quote in found:
        key = fold(quote.text)
        if key in kept:
            old = kept[key]
            if (old.speaker is None and quote.speaker is not None) or (
                    old.how not in _EXPLICIT and quote.how in _EXPLICIT) or (
                    quote.how in _EXPLICIT and old.speaker is not None and not old.speaker.named and (
                        quote.speaker is not None and quote.speaker.named)):
                kept[key] = quote
            continue
        kept[key] = quote
    return list(kept.values())
