"""Is a quote really in its source? Verbatim, up to whitespace, quote-mark style and a run-on comma.

A quote is checked against the article's archived source text (``source.archive``), or its body when there
is no archive. Matching tolerates only what does not change the words: runs of whitespace and line breaks,
straight vs typographic quotation marks and apostrophes (and the mark that reopens each paragraph of a
quotation running over several), and a closing comma where the source's sentence
runs on (``"…," she said`` quoted as ``…``. or ``…``). Anything else (a changed word, a dropped clause,
other punctuation) is not found, and the closest passage of the source is reported so the editor can see
what differs.
"""

from __future__ import annotations

import difflib
import heapq
import re

_QUOTE_MARKS = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
})


# A quotation running over several paragraphs reopens each with a quotation mark: typography, not words.
_REOPENING_MARK = re.compile(r"\n[ \t]*[\"“‘«„']")


_MARK_PAIRS = tuple((chr(k), v) for k, v in _QUOTE_MARKS.items())


def normalize(text: str) -> str:
    text = _REOPENING_MARK.sub("\n", text)
    for mark, plain in _MARK_PAIRS:  # faster than str.translate with this table
        if mark in text:
            text = text.replace(mark, plain)
    return " ".join(text.split())  # runs of whitespace as one space, none at the ends (a regex is slower)


def quote_in_source(quote: str, source_normalized: str) -> bool:
    """``source_normalized`` is ``normalize(source)``, computed once per article."""
    needle = normalize(quote).strip("\"'").strip()
    if not needle:
        return False
    if needle in source_normalized:
        return True
    # "…," she said: the source's comma where the quote ends its sentence with a full stop.
    if needle.endswith(".") and needle[:-1] + "," in source_normalized:
        return True
    return False


def closest_passage(quote: str, source_normalized: str, limit: int = 160) -> str:
    """The stretch of the source that looks most like the quote (by words), for the error message."""
    needle = normalize(quote)
    words = source_normalized.split(" ")
    width = max(1, len(needle.split(" ")))
    best, best_ratio = "", 0.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle.casefold())
    step = max(1, width // 4)
    starts = range(0, max(1, len(words) - width + 1), step)
    if len(starts) > _CANDIDATES:
        starts = _most_shared_words(words, needle, width, starts)
    for start in starts:
        window = " ".join(words[start:start + width])
        matcher.set_seq1(window.casefold())
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = window, ratio
    if len(best) > limit:  # cut between words
        cut = best[:limit - 1]
        if best[limit - 1] != " " and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        best = cut.rstrip(" ,;:") + "…"
    return best


# Comparing characters costs the square of the quote's length per window (milliseconds), so a source is
# first narrowed down by a count that is linear in its length (a long article has a million words): the
# windows holding the most of the quote's words. A source of up to this many windows is compared everywhere.
_CANDIDATES = 6


def _most_shared_words(words: list[str], needle: str, width: int, starts: range) -> list[int]:
    """The starts of the ``_CANDIDATES`` windows sharing the most words with the quote, most first (the
    earlier of two equal ones first)."""
    wanted: dict[str, int] = {}
    for word in needle.casefold().split(" "):
        wanted[word] = wanted.get(word, 0) + 1
    folded = [w.casefold() for w in words]
    held: dict[str, int] = {}
    shared = 0
    scores = []
    wanted_starts = set(starts)
    for index, word in enumerate(folded):
        if word in wanted:
            held[word] = held.get(word, 0) + 1
            if held[word] <= wanted[word]:
                shared += 1
        start = index - width + 1
        if start > 0:
            gone = folded[start - 1]
            if gone in wanted:
                if held[gone] <= wanted[gone]:
                    shared -= 1
                held[gone] -= 1
        if start >= 0 and start in wanted_starts:
            scores.append((shared, -start))
    return [-negative for _, negative in heapq.nlargest(_CANDIDATES, scores)]
