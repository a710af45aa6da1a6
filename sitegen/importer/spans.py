"""Quoted spans in a paragraph: double and single marks, apostrophes told apart, a quote left open at
the end of a paragraph, and which spans are quotes rather than short phrases or titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitegen.importer.lexicon import SPEECH_VERBS, word_tokens


@dataclass(slots=True)
class Span:
    start: int  # index of the first character inside the marks
    end: int  # index just past the last character inside the marks
    text: str
    unclosed: bool = False  # opened and not closed in this paragraph
    opens_paragraph: bool = False


_OPENERS = "\"“"
_CLOSERS = "\"”"
_BEFORE_OPEN = set(" \t([{—–-:;,/") | {""}


def double_spans(text: str) -> list[Span]:
    """Spans inside double quote marks, including one left open at the end of the paragraph and, for
    texts that lost their opening marks, one closed by a mark that nothing opened."""
    spans: list[Span] = []
    open_at = misplaced = None
    for i, ch in enumerate(text):
        if ch not in "\"“”":
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if open_at is None:
            if ch == "“" or (ch == '"' and (prev in _BEFORE_OPEN or prev.isspace()) and nxt and not nxt.isspace()) or (
                    ch == '"' and prev in ".!?" and nxt.isupper()):  # 'said Kovalenko."They were ...': run together
                open_at = i + 1
            elif ch in "”\"" and re.match(r"[,.]?\s+(?:[^\s\"“”]+\s+){0,6}?(?:%s)\b" % SPEECH_VERBS, text[i + 1:]):
                # a closing mark nothing opened ("…infrastructure," the ministry said.), from the paragraph's
                # start or from a mark set after a sentence's end that opened it the wrong way round
                # ("… in the night.” Nikopol was shelled …,” Lysak wrote.")
                start = misplaced or 0
                spans.append(Span(start, i, text[start:i]))
            elif ch == "”" and prev in ".!?" and re.match(r"\s+[A-Z]", text[i + 1:]):
                misplaced = i + 1
            continue
        if ch == "“" and prev.isspace():
            # a new opening before the old one closed: the marks are unbalanced, start again
            open_at = i + 1
            continue
        spans.append(Span(open_at, i, text[open_at:i], opens_paragraph=open_at == 1))
        open_at = None
    if open_at is not None and len(text) - open_at > 1:
        spans.append(Span(open_at, len(text), text[open_at:], unclosed=True, opens_paragraph=open_at == 1))
    return spans


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))[‘'](?=[^\s'’])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s‘])[’'](?=[\s.,;:!?)\]—–]|$)")


def single_spans(text: str) -> list[Span]:
    """Spans inside single quote marks (outlets that quote with them), telling apostrophes apart."""
    spans = []
    position = 0
    while True:
        opening = _SINGLE_OPEN.search(text, position)
        if not opening:
            break
        start = opening.end()
        closing = _SINGLE_CLOSE.search(text, start)
        while closing and re.match(r"s\b", text[closing.start() - 1:closing.start()]) and closing.end() < len(text) \
                and text[closing.end():closing.end() + 1] == " " and re.match(r" [a-z]", text[closing.end():]) and \
                not re.match(r" (?:%s)\b" % SPEECH_VERBS, text[closing.end():]):
            closing = _SINGLE_CLOSE.search(text, closing.end())  # "the Russians' tanks": a possessive
        if not closing:
            spans.append(Span(start, len(text), text[start:], unclosed=True, opens_paragraph=start == 1))
            break
        spans.append(Span(start, closing.start(), text[start:closing.start()], opens_paragraph=start == 1))
        position = closing.end()
    return spans


def single_quote_end(paragraphs: list[str], index: int) -> int:
    """The paragraph that closes a quote in single marks left open at the end of this one ("‘We had no
    choice,’ he said. ‘The command abandoned us." … "When we realized …, we surrendered.’"): the next one,
    when its first mark closes, and so on while the joined text ends in an open quote; else this one."""
    end = index
    while end + 1 < min(len(paragraphs), index + 5) and not next_opens_with_quote(paragraphs, end):
        spans = single_spans(" ".join(paragraphs[index:end + 1]))
        following = paragraphs[end + 1]
        close, opening = _SINGLE_CLOSE.search(following), _SINGLE_OPEN.search(following)
        if not spans or not spans[-1].unclosed or not close or (opening and opening.start() < close.start()) or (
                re.search(r"[\"“”]", following)):
            break
        end += 1
    return end


def quote_spans(text: str) -> list[Span]:
    spans = double_spans(text)
    covered = [(s.start, s.end) for s in spans]
    for span in single_spans(text):
        if not any(a - 1 <= span.start <= b + 1 for a, b in covered):
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def is_quote(text: str, ends_outside: bool = False) -> bool:
    """A sentence of three words or more, or a partial quotation of six; not a title or a phrase.
    ``ends_outside``: the sentence's full stop stands after the closing mark ("according to him: “It was
    Armageddon”.")."""
    words = word_tokens(text)
    stripped = text.strip(" .,…([")
    if len(words) >= 6:
        return True
    return len(words) >= 3 and stripped[:1].isupper() and (
        ends_outside or bool(re.search(r"[.!?,…]\s*$", text.strip())))


def sentence_in_marks(paragraph: str, span: Span) -> bool:
    """The marks hold a whole sentence whose full stop the writer put after them: the span opens the
    paragraph or follows a colon, a dash or a finished sentence, and a full stop, "!" or "?" follows."""
    before = paragraph[:max(0, span.start - 1)].rstrip()
    return (not before or before.endswith((":", "—", "–")) or bool(re.search(r"[.!?][\"”’']?$", before))) and bool(
        re.match(r"[.!?]", paragraph[span.end + 1:span.end + 2]))



def next_opens_with_quote(paragraphs: list[str], index: int) -> bool:
    return index + 1 < len(paragraphs) and paragraphs[index + 1][:1] in "\"“‘'"



def is_heading_quote(paragraph: str, span: Span) -> bool:
    """A quoted subheading: the whole paragraph is the quote, closed, and it has no sentence punctuation
    (a quote left open at the end of the text is the scraper's cut, not a heading)."""
    if span.unclosed:
        return False
    outside = (paragraph[:max(0, span.start - 1)] + paragraph[span.end + 1:]).strip()
    return not outside and not re.search(r"[.!?,…]\s*$", span.text.strip())


def tidy_quote(text: str) -> str:
    """The quoted words without the comma that led into the attribution."""
    return " ".join(text.split()).strip().rstrip(",;: ").strip()
