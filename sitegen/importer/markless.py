"""Texts that lost their quote marks (some news APIs delete non-ASCII): sentences shaped "Words, X
said." and the sentences that go on from them."""

from __future__ import annotations

import re

from sitegen.importer.attribution import speaker_of_sentence, who_after
from sitegen.importer.layout import split_sentences
from sitegen.importer.lexicon import ADVERB, SPEECH_VERBS, VERB, word_tokens
from sitegen.importer.names import names_in
from sitegen.importer.mentions import note_people
from sitegen.importer.people import FoundQuote, People
from sitegen.importer.spans import is_quote, tidy_quote


_MARKLESS_TAIL = (rf"(?:{SPEECH_VERBS})\b(?:\s+(?!that\b)[^\s,\"“”]+){{0,8}}"
                  rf"(?:,\s+(?:[a-z]+ing|who|which|according|as|after|before|while|when)\b[^\"“”]*)?")
_MARKLESS_ATTRIBUTION = re.compile(
    rf",\s+(?P<attr>(?:(?:{SPEECH_VERBS})\s+[^\"“”]{{2,120}}|(?:he|she|they|it|[A-Z][\w'’.-]+(?:\s+[A-Za-z][\w'’.-]+)"
    rf"{{0,6}}|the\s+[\w\s'’.-]{{2,60}}?|a\s+[\w\s'’.-]{{2,60}}?)(?:,[^,]{{2,80}},)?\s+{ADVERB}{_MARKLESS_TAIL}))$")


def lost_quote_marks(paragraphs: list[str]) -> bool:
    """Whether the text lost its quote marks: no typographic marks, and either no marks at all where
    sentences read "Words, X said." or straight closing marks that nothing opened."""
    joined = "\n".join(paragraphs)
    if re.search(r"[“”‘’]", joined) or re.search(r"(?:^|\s)'[A-Z][^']{10,}[.,!?]'(?:\s|$)", joined):
        return False
    if '"' not in joined:
        return sum(1 for p in paragraphs for s in split_sentences(p) if _MARKLESS_ATTRIBUTION.search(s.rstrip(". "))) >= 2
    for paragraph in paragraphs:
        first = paragraph.find('"')
        if first > 0 and not paragraph[first - 1].isspace() and paragraph[first - 1] not in "([{—:":
            return True  # the first mark in the paragraph closes something
    return False



def _markless_quotes(paragraph: str, context: People) -> list[tuple[str, str, bool]]:
    """(quote, attribution, continued) for sentences shaped "Words, X said." in a text without marks;
    the sentences after one, while they report nothing themselves, continue it, and the plain sentences
    opening the paragraph before one belong to it."""
    sentences = split_sentences(paragraph)
    found = []
    continuing = False
    for k, sentence in enumerate(sentences):
        quote = None
        for comma in re.finditer(r",\s+", sentence):
            rest = sentence[comma.start():].rstrip(". ")
            if _MARKLESS_ATTRIBUTION.fullmatch(rest) and len(word_tokens(" ".join(sentences[:k]) + " " + sentence[
                    :comma.start()])) >= 3 and len(word_tokens(sentence[:comma.start()])) >= 1:
                quote = sentence[:comma.start()] + ","
                attribution = rest.lstrip(", ")
                break
        if quote and re.fullmatch(r"(?:[A-Z][\w.+-]*\s+){0,2}[A-Z][\w.+-]*\s+reports", attribution):
            quote = None  # "…, TSN reports.": the outlet that carried the story, not someone speaking
        if quote and _plausible_markless(quote, context):
            # plain sentences opening the paragraph before it are part of the quote
            lead = []
            for previous in reversed(sentences[:k]):
                if VERB.search(previous) or [x for x in names_in(previous, context, False) if not x.org] or \
                        found:
                    lead = []
                    break
                lead.insert(0, previous)
            if lead and len(lead) == k:
                quote = " ".join(lead + [quote])
            found.append((quote, attribution, False))
            continuing = True
            continue
        if continuing and not VERB.search(sentence) and not re.match(r"^(?:He|She|His|Her)\b", sentence) and len(
                word_tokens(sentence)) >= 3 and not sentence.endswith("?") and (
                re.search(r"\b(?:I|we|We|us|our|Our|my|My|me|you|You|your|Your)\b", sentence) or (
                len(word_tokens(sentence)) <= 12 and re.search(r"\b(?:is|are)\b", sentence))):
            found.append((sentence, "", True))
            continue
        continuing = False
    return found


def _plausible_markless(quote: str, context: People) -> bool:
    """Not reported speech: no speech verb or "according to" inside, not opening with a named person."""
    if VERB.search(quote) or "according to" in quote:
        return False
    if re.match(r"^(?:In|On|At|After|But|As|When|While|Since|Despite|Following|During)\b", quote) and len(
            word_tokens(quote)) < 12:
        return False
    names = [x for x in names_in(quote[:60], context, False) if not x.org and len(x.name.split()) >= 2]
    return not (names and names[0].start <= 20)



def markless_paragraph(paragraph: str, index: int, context: People, found: list[FoundQuote]) -> None:
    note_people(paragraph, context)
    quotes = _markless_quotes(paragraph, context)
    last = None
    for sentence in split_sentences(paragraph):
        match = next((q for q in quotes if q[0] and (sentence.startswith(q[0].rstrip(",")) or
                                                     q[0].endswith(sentence.split(", ")[0] + ","))), None)
        if match is None:
            context.subject(speaker_of_sentence(sentence, context))
            continue
        text, attribution, continued = match
        quotes.remove(match)
        if continued:
            guess, how = last, "continues the last speaker"
        else:
            guess, how = who_after(attribution, context)
        if guess is not None:
            last = guess
            context.last_speaker = guess
            context.subject(guess)
        if is_quote(text):
            found.append(FoundQuote(tidy_quote(text), guess, index, how or "sentence, X said"))


# Speech set off by dashes, the quote marks of Polish, Nordic and Russian styles: "– We had rifles – he adds."
_DASH_OPENS = re.compile(r"^\s*(?:[•·]\s*)?[–—]\s+(?=\S)")
_DASH_BETWEEN = re.compile(r"\s+[–—]\s+")
# The clause between two dashes that says who spoke, whatever its verb: "he remembers", "says Oleksandr Krawtsow".
_DASH_ATTRIBUTION = re.compile(rf"^(?:(?:he|she|they|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}}|the\s+[a-z]+(?:\s+[a-z]+)?)"
                               rf"\s+{ADVERB}[a-z]{{3,}}\b|(?:{SPEECH_VERBS}|[a-z]{{3,}}(?:s|ed))\s+"
                               rf"(?:he|she|the\s|a\s|an\s|his\s|her\s|[A-Z]))[^–—]{{0,60}}$")
# Speech signed at its end after a comma and a dash, in the Ukrainian and Russian manner: "…, - noted X."
_DASH_SIGNED = re.compile(rf"^(?P<speech>[^–—]{{20,}}?[,.!?…])\s+[-–—]\s+(?P<attribution>(?:{SPEECH_VERBS}|[a-z]{{3,}}ed)\b"
                          rf"[^–—\n]{{0,80}})$")
# A short sentence closing a dash-led paragraph that says who spoke: "The surprised woman replies."
_CLOSING_ATTRIBUTION = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]he\s+(?:[a-z]+\s+){0,3}?[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                                  r"\s+" + ADVERB + r"[a-z]{3,}(?:s|ed)\.?$")


def dashes_as_marks(paragraph: str) -> str:
    """A paragraph of speech set off by dashes given quote marks, when a clause says who spoke: "– We had
    rifles – he adds." → "“We had rifles,” he adds."; "– It's unbearable there, Victor told the BBC." →
    "“It's unbearable there,” Victor told the BBC." A dash-led run with no attribution of its own (an
    interview's answers) stays as it is."""
    opening = _DASH_OPENS.match(paragraph)
    if re.search(r"[\"“”]", paragraph):
        return paragraph
    if not opening:
        signed = _DASH_SIGNED.match(paragraph)
        if signed and len(word_tokens(signed.group("speech"))) >= 6:
            # "We honour our brothers … Their courage will always inspire us, - noted on the Legion page."
            return f"“{signed.group('speech')}” {signed.group('attribution')}"
        return paragraph
    pieces = _DASH_BETWEEN.split(paragraph[opening.end():].strip())
    out, attributed = [], False
    for k, piece in enumerate(pieces):
        if k and len(word_tokens(piece)) <= 10 and _DASH_ATTRIBUTION.match(piece) and out and out[-1][1] == "speech":
            out.append((piece, "attribution"))
            attributed = True
        else:
            out.append((piece, "speech"))
    if not attributed and len(out) == 1:
        sentences = split_sentences(out[0][0])
        if len(sentences) > 1 and len(word_tokens(sentences[-1])) <= 6 and _CLOSING_ATTRIBUTION.match(sentences[-1]):
            # "– I have no idea. Why ask such questions? The surprised woman replies."
            cut = len(out[0][0]) - len(sentences[-1])
            return f"“{out[0][0][:cut].rstrip()}” {sentences[-1]}"
        sentence = (sentences or [""])[-1]
        for comma in re.finditer(r",\s+", sentence):
            rest = sentence[comma.start():].rstrip(". ")
            if _MARKLESS_ATTRIBUTION.fullmatch(rest):
                cut = len(out[0][0]) - len(sentence) + comma.start()
                out = [(out[0][0][:cut], "speech"), (out[0][0][cut:].lstrip(", "), "attribution")]
                attributed = True
                break
    if not attributed:
        return paragraph
    text = ""
    for k, (piece, kind) in enumerate(out):
        if kind == "attribution":
            text += " " + piece
        elif k + 1 < len(out) and out[k + 1][1] == "attribution":
            text += f" “{piece.rstrip(',')}{'' if piece.rstrip()[-1:] in '?!' else ','}”"
        else:
            text += f" “{piece}”"
    return text.strip()
