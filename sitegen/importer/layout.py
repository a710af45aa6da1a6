"""A raw body's paragraphs and sentences: the layouts a scraper leaves (blank lines, one paragraph a
line, paragraphs joined on one line, run-on text) told apart by their shape."""

from __future__ import annotations

import html
import re

from sitegen.importer import chrome

# Paragraph joins of the "joined" layout: a run of spaces then ", "; after an end of sentence a single
# space or none ('regime.", As part').
_JOIN = re.compile(r"[ \xa0]{2,},(?:[ \xa0]+|$)|(?<=[.!?:])[ \xa0]+,(?:[ \xa0]+|$)|(?<=[.!?][\"”'’])[ \xa0]+,(?:[ \xa0]+|$)|(?<=[.!?][\"”]),(?= [A-Z\"“])")
# Paragraphs run together with no space ("targeted.“I hear", "members.Mr Coveney").
_RUN_TOGETHER = re.compile(r"(?<=[a-z0-9)][.!?])(?=[\"“]?[A-Z])|(?<=[a-z0-9)][.!?][\"”])(?=[A-Z])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "maj", "col", "sgt", "capt", "gov", "sen", "rep", "prof",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
                  "u.s", "u.k", "u.n", "e.u", "inc", "co", "corp", "jr", "sr", "p.m", "a.m", "d.c", "rev", "ft", "fr", "msgr", "cllr"}
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’']?)\s+(?=[\"“‘']?[A-Z0-9])")
# A line that ends in one of these words was cut inside a sentence (a link's text follows).
OPEN_ENDINGS = {"a", "an", "the", "of", "on", "in", "to", "for", "by", "with", "and", "or", "at", "from", "as",
                 "via", "his", "her", "their", "its", "our", "that", "which"}


def split_paragraphs(body: str) -> tuple[str, list[tuple[str, int]]]:
    """The body's layout name and its paragraphs with their line numbers (the headline is line 1)."""
    lines = body.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return "lines", []
    if len(filled) <= 2 and len(_JOIN.findall(body)) >= 2:
        pieces = []
        for i in filled:
            pieces += [(p, i + 2) for p in _JOIN.split(lines[i])]
        return "joined", _tidy(pieces)
    blank_between = sum(1 for a, b in zip(filled, filled[1:]) if b - a > 1)
    if blank_between >= max(1, (len(filled) - 1) // 3):
        blocks, current = [], []
        for i, line in enumerate(lines):
            if line.strip():
                current.append((line, i + 2))
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        # A block's lines are one paragraph where the text was wrapped inside a sentence; lines that stand
        # on their own (a caption, its credit, a byline) stay apart.
        pieces = []
        for block in blocks:
            lines_of = _tidy(block)
            if len(lines_of) > 1 and any(_stands_alone(text) for text, _ in lines_of):
                pieces += _join_broken(lines_of, wrapped=True)
            else:
                pieces += _tidy([(" ".join(t for t, _ in block), block[0][1])])
        return "blank-lines", pieces
    if len(filled) == 1:
        i = filled[0]
        parts = _RUN_TOGETHER.split(lines[i])
        if len(parts) == 1 and len(lines[i]) > 1500:
            return "run-on", _tidy([(s, i + 2) for s in split_sentences(lines[i])])
        return "run-on", _tidy([(p, i + 2) for p in parts])
    return "lines", _join_broken(_tidy([(lines[i], i + 2) for i in filled]))


# Page metadata a scraper glued to the start of a paragraph: "date 2022-11-13 ", "Published: Nov 19, 2024
# Reading time: 3 minutes" (and a photo credit in capitals, chrome.LEADING_CREDIT); a "Read also:" glued to
# its end.
# (the store's own "date …" before whatever the line holds: a quote mark, a number, a dash)
_LEADING_METADATA = re.compile(r"^(?:(date \d{4}-\d\d(?:-\d\d)?)\s+(?=\S)|((?:published|updated|posted):?\s+[A-Z][a-z]{2,8}\.? "
                               r"\d{1,2},? \d{4}(?:\s+reading time:?\s*\d+\s*min(?:ute)?s?)?)\s*(?=[A-Z]))", re.IGNORECASE)
_TRAILING_PROMPT = re.compile(r"(?<=[.!?])\s+(read also:?)$", re.IGNORECASE)


def _tidy(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    out = []
    for text, line in pieces:
        text = html.unescape(text).replace("\xa0", " ")
        text = " ".join(text.split()).strip()
        text = re.sub(r"^,\s*", "", text).strip()
        text = re.sub(r"(?<=[.!?\"”])\s+read more$", "", text, flags=re.IGNORECASE)
        if not text or text == ",":
            continue
        metadata = _LEADING_METADATA.match(text)
        if metadata and len(text) > metadata.end():
            out.append((metadata.group(1) or metadata.group(2), line))
            text = text[metadata.end():]
        credit = chrome.LEADING_CREDIT.match(text)
        if credit and len(text) - credit.end() > 20:
            out.append((credit.group("credit"), line))
            text = text[credit.end():]
        prompt = _TRAILING_PROMPT.search(text)
        if prompt:
            out += [(text[:prompt.start()], line), (prompt.group(1), line)]
            continue
        out.append((text, line))
    return out


def _join_broken(pieces: list[tuple[str, int]], wrapped: bool = False) -> list[tuple[str, int]]:
    """Join a line cut inside a sentence to the next one ("It sent a" / "diplomatic note" / "to the ...").
    ``wrapped``: the lines come from one block, so a long line that does not end a sentence goes on."""
    out: list[tuple[str, int]] = []
    for text, line in pieces:
        if out:
            previous = out[-1][0]
            last_word = previous.rsplit(" ", 1)[-1].casefold()
            cut = not ends_sentence(previous) and (text[0].islower() or last_word in OPEN_ENDINGS or (
                wrapped and len(previous.split()) >= 12 and not re.search(r"(?:\)|\d|[A-Z][\w.]*)$", previous))
                or _quote_goes_on(previous, text))
            if cut and not chrome.FURNITURE.fullmatch(previous) and (
                    last_word in OPEN_ENDINGS or not is_chrome_word(text)):
                glue = "" if re.search(r"[a-z]$", previous) and re.match(r"[a-z]+\b", text) and len(
                    previous.rsplit(" ", 1)[-1]) <= 2 and last_word not in OPEN_ENDINGS else " "
                out[-1] = (previous + glue + text, out[-1][1])
                continue
        out.append((text, line))
    return out


def _quote_goes_on(previous: str, text: str) -> bool:
    """A quote opened in ``previous`` and left open there is closed by the first mark of ``text``: the line
    was broken inside it ("“I was lying on the couch and there was a sudden" / "‘whoosh’,” she said.")."""
    marks = re.findall(r"[\"“”]", previous)
    if not marks or marks[-1] == "”" or (marks[-1] == '"' and len(marks) % 2 == 0):
        return False
    first = re.search(r"[\"“”]", text)
    return bool(first) and (first.group() == "”" or (first.group() == '"' and first.start() > 0
                                                     and not text[first.start() - 1].isspace()))


def _stands_alone(line: str) -> bool:
    """A line that is page furniture in itself (a credit, a byline, a date, a prompt, a bare name or
    label), so the block it is in is a stack of separate lines rather than one wrapped paragraph."""
    words = line.split()
    if len(words) <= 3 and not ends_sentence(line):
        return True
    return len(words) <= 70 and any(pattern.search(line) for pattern in (
        chrome.CREDITS, chrome.BYLINE, chrome.BYLINE_LINE, chrome.COUNTER, chrome.CAPTION_TAIL)) or bool(
        chrome.DATE_ONLY.fullmatch(line) and re.search(r"\d", line)) or bool(
        len(words) <= 60 and (chrome.PROMPTS.search(line) or chrome.PROMPT_OPENERS.match(line)))


def split_sentences(text: str) -> list[str]:
    """Cut prose into sentences, leaving abbreviations ("Mr.", "U.S.", "Feb.") alone."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()].rsplit(" ", 1)[-1].rstrip(".!?\"”’'").casefold()
        if before in _ABBREVIATIONS or re.fullmatch(r"[a-z](?:\.[a-z])*", before):  # "J.", "R.C." (initials)
            continue
        sentences.append(text[start:match.end(1)].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


# A sentence's end, with the marks that may close it: a quote's (also a guillemet, and "â", a curly mark garbled by a
# wrong encoding), a bracket's, or a stray markup mark ("… conflict.**").
_CLOSERS = "\"”’')\\]»â"
_END = re.compile(rf"[.!?:;…][{_CLOSERS}]*(?:\*+|_+)?$|[\"”’](?:\*+|_+)?$")
# The end of a sentence's punctuation, closers included, without a bare closing mark (a title may close on a quoted
# phrase: "Cutting off family members: ‘It had never occurred to me …’").
PUNCTUATED = re.compile(rf"[.!?:;…][{_CLOSERS}]*(?:\*+|_+)?$")

CHROME = re.compile(
    r"(?:advertisement|advertising|sponsored(?: content)?|supported by|loading\W*|search|tweet|share|copy link|"
    r"linkedin|facebook|twitter|whatsapp|email(?: address)?|print|comments?|photos?|video|image caption|"
    r"hide caption|expand|close|menu|skip advertisement|arrowright|arrowleft|read more|[_*=~-]{2,}|\W*|"
    r"\[\[\w+\]\]|\d+ of \d+|summary)\W*", re.IGNORECASE)


def ends_sentence(text: str) -> bool:
    return bool(_END.search(text))


def is_chrome_word(text: str) -> bool:
    return bool(CHROME.fullmatch(text))
