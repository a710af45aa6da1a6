"""Words as the search index stores them and queries find them: folded, cut at what is not a letter or a
digit, romanized from Cyrillic (so ``Харків`` is found as ``kharkiv`` too). The load layer takes an
article's terms where its file is parsed; the pages layer builds the index from them; ``search.js``
folds queries the same way.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from sitegen.slugs import slugify

MIN_TERM_LENGTH = 2

# Words too common to narrow a search. Kept short: "us", "who" and "no" are names or matter in news.
STOP_WORDS = frozenset("""
a about after all also an and are as at be been but by can could did do does for from had has have he her
him his i if in into is it its me my not of on or our out over said says she so than that the their them
then there these they this those to up was we were what when which while will with would you your
""".split())

_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script; '_' and punctuation separate words
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LETTER_MARKS = frozenset("\u0306\u0308")  # the breve of й, the diaeresis of ї and ё: letters of their own


def fold(word: str) -> str:
    """A word as the index stores it: compatibility-decomposed, accents dropped, case-folded.

    Accents are dropped everywhere except the marks that make Cyrillic letters of their own (й, ї, ё),
    so the folded Cyrillic word still romanizes as the original does. ``search.js`` folds queries the
    same way.
    """
    if word.isascii():
        return word.lower()
    kept: list[str] = []
    after_cyrillic = False
    for ch in unicodedata.normalize("NFKD", word):
        if unicodedata.category(ch).startswith("M"):
            if after_cyrillic and ch in _CYRILLIC_LETTER_MARKS:
                kept.append(ch)
            continue
        after_cyrillic = "\u0400" <= ch <= "\u04ff"
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def romanize(term: str) -> str | None:
    """A folded Cyrillic term as the slugs romanize it (``харків`` → ``kharkiv``), or None for a term
    without Cyrillic or with nothing romanizable. ``search.js`` has the same table for queries."""
    if not _CYRILLIC.search(term):
        return None
    slug = slugify(term)
    return slug if slug and "-" not in slug else None  # a '-' here is slugify's hashed fallback


@functools.lru_cache(maxsize=1 << 16)
def _run_terms(run: str, romanized: bool) -> tuple[str, ...]:
    """The terms of a run of text between spaces: folded first, so that a combining accent does not
    split a word, then cut at everything that is not a letter or a digit."""
    out = [t for t in _WORD.findall(fold(run)) if len(t) >= MIN_TERM_LENGTH and t not in STOP_WORDS]
    if romanized:
        for term in list(out):
            roman = romanize(term)
            if roman and len(roman) >= MIN_TERM_LENGTH and roman not in STOP_WORDS and roman not in out:
                out.append(roman)
    return tuple(out)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order: folded words, plus the romanized form of Cyrillic words.

    ``Харків`` gives ``харків`` and ``kharkiv`` (the slug romanization, so it matches how English text
    spells the place and a reader who types it in Latin letters finds the Cyrillic quote); stop words
    and words shorter than two characters are dropped.
    """
    out: list[str] = []
    for run in text.split():
        found = _INDEX_RUNS.get(run)
        if found is None:
            if len(_INDEX_RUNS) >= 1 << 18:
                _INDEX_RUNS.clear()
            found = _INDEX_RUNS[run] = _run_terms(run, True)
        out += found
    return out


# run → its index terms: a plain dict, faster than lru_cache for the million lookups of a large site
# (a digest's vocabulary is small and every word recurs); emptied when it grows past 262,144 runs.
_INDEX_RUNS: dict[str, tuple[str, ...]] = {}


def query_terms(text: str) -> list[str]:
    """The words of a query as ``search.js`` folds them (finished words: no prefix), before romanizing:
    the script looks a Cyrillic term up both as written and romanized."""
    out: list[str] = []
    for run in text.split():
        out += [t for t in _run_terms(run, False) if t not in out]
    return out
