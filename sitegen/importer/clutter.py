"""Which paragraphs are site chrome rather than article text, decided by rules about what chrome
looks like (prompts, captions and credits, bylines, headline lists, promotions), not by one site's strings."""

from __future__ import annotations

import re

from sitegen.importer.chrome import (APPEAL, ADDRESSES_READER, AUTHOR_BIO, BYLINE, BYLINE_LINE, CAPTION_DATE,
                                     CAPTION_TAIL, COUNTER, CREDIT_LINE, CREDITS, DASH_ATTRIBUTION, DATE_ONLY, MARKUP,
                                     NAME_LINE, PIPE_CREDIT, PROMPTS, PRONOUN_START, QUOTED, SOURCE_LINE,
                                     TRAILING_CREDIT, TWEET, WORD)
from sitegen.importer.layout import CHROME, ends_sentence, split_sentences
from sitegen.importer.lexicon import ORG_WORDS, PLACES, ROLE_WORDS, VERB, fold

TEXT = "text"
HEADING = "heading"
CLUTTER = "clutter"

def _outside_quotes(text: str) -> str:
    return QUOTED.sub(" ", text)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _strong_reason(text: str, position: int, count: int) -> str:
    """Why the paragraph is clutter on its own, or ""."""
    words = _words(text)
    bare = _outside_quotes(text)
    if CHROME.fullmatch(text):
        return "chrome"
    if DATE_ONLY.fullmatch(text) and re.search(r"\d", text):
        return "timestamp"
    if MARKUP.search(text) and len(words) <= 30:
        return "markup"
    if len(words) <= 14 and (BYLINE_LINE.search(text) or COUNTER.search(text)):
        return "byline or counter"
    if len(words) <= 60 and PROMPTS.search(bare):
        return "prompt"
    source = SOURCE_LINE.match(text)
    if source:
        return "" if _names_a_person(source.group("rest")) else "source line"
    if len(words) <= 70 and CREDITS.search(text) and not re.match(r"(?i)^(?:updated|published|posted):? ", text) or (
            len(words) <= 10 and re.match(r"(?i)^(?:updated|published|posted):? ", text)):
        return "credit or caption"
    if len(words) <= 45 and len(split_sentences(text)) == 1 and CAPTION_TAIL.search(text):
        return "caption"
    if BYLINE.match(text):
        return "byline"
    if TWEET.search(text):
        return "embedded post"
    if position >= count - 2 and AUTHOR_BIO.match(text):
        return "author note"
    if len(words) <= 8 and CREDIT_LINE.match(text) and "/" in text:
        return "photo credit"
    if PIPE_CREDIT.search(text):
        return "photo credit"
    trailing = TRAILING_CREDIT.search(text)
    if trailing and not ends_sentence(text) and len(trailing.group(1).split()) <= 6:
        return "caption with credit"
    letters = [c for c in bare if c.isalpha()]
    if len(words) >= 4 and letters and all(c.isupper() for c in letters):
        return "all-caps promotion"
    if len(words) <= 2 and not ends_sentence(text) and text[:1].islower():
        return "debris"
    if (not ends_sentence(text) and len(words) >= 3 and all(w[0].isupper() or w[0].isdigit() for w in words)
            and any(w in ("In", "Of", "The", "A", "An", "And", "To", "For", "On", "At", "With", "That", "Is")
                    for w in words[1:])):
        return "title of another item"
    if re.match(r"^(?:Exclusive|Watch|Related|Opinion|Analysis|Listen|Video|Gallery|Live|Explainer|Read|Opinion)"
                r"\s*[:|]", text) and not ends_sentence(text):
        return "link to another story"
    return ""


def _weak(text: str) -> bool:
    """Looks like a heading or a teaser: short, no end punctuation, or addressed to the reader."""
    bare = _outside_quotes(text)
    words = _words(text)
    if not ends_sentence(text):
        return True
    if len(words) <= 40 and re.search(r"\b(?:you|your)\b", bare, re.IGNORECASE) and re.search(r"[?!]", bare):
        return True
    if len(words) <= 25 and re.search(r"(?:\.\.\.|…|!)$", bare.strip()):
        return True
    if len(words) <= 15 and bare.strip().endswith("?"):
        return True
    return False


def _headline_like(text: str, last: bool) -> bool:
    """A line of 9 to 30 words without end punctuation reads as the title of another story."""
    words = _words(text)
    if ends_sentence(text) or not 9 <= len(words) <= 30 or PRONOUN_START.match(text):
        return False
    if last and (len(words) > 15 or _prose(text)):
        return False  # a body cut off at the scraper's size cap
    return True


_AUXILIARIES = {"has", "was", "is", "does", "says", "goes", "gives", "makes", "takes", "seems", "remains", "continues"}


def _short_caption(text: str) -> bool:
    """A one- or two-sentence present-tense photo caption with its date ("People look as ... on April 18.")."""
    sentences = split_sentences(text)
    if len(sentences) > 2 or len(_words(text)) > 45 or not CAPTION_DATE.search(sentences[0]):
        return False
    if re.search(r"\b(?:said|says|told|according to|announced|reported)\b", sentences[0]):
        return False
    verb = re.match(r"^(?:[A-Z][\w'-]*\s+){1,6}?(?P<verb>[a-z]+)\b", text)
    return bool(verb) and verb.group("verb") not in _AUXILIARIES and (
        verb.group("verb").endswith("s") or verb.group("verb") in ("look", "work", "walk", "sit", "stand", "talk",
                                                                  "ride", "move", "wait", "gather", "are"))


def _explainer_runs(texts: list[str]) -> set[int]:
    """Three or more paragraphs in a row each led by a short label sentence ("How it all began. ...") are
    a sidebar box."""
    leads = []
    for text in texts:
        sentences = split_sentences(text) or [""]
        leads.append(len(_words(sentences[0])) <= 5 and bool(re.search(r"[.?]$", sentences[0])) and len(sentences) > 1)
    found, run = set(), []
    for i, is_lead in enumerate(leads + [False]):
        if is_lead:
            run.append(i)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def _credit_line(text: str) -> bool:
    return len(_words(text)) <= 8 and "/" in text and ":" not in text and not ends_sentence(text)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold().replace("’", "").replace("'", "")))


_CAPTION_REASONS = ("photo credit", "caption", "credit or caption", "caption with credit")
# Reasons that come from a paragraph's place or shape rather than from what it says.
_BY_POSITION = ("caption", "list of other headlines", "page header", "related stories", "sidebar box")
# "..., a hit was recorded, no casualties so far, said the head of the RMA Oleg Sinegubov, UNN reports": a
# reported sentence that lost its full stop, not another story's title.
_REPORTED = re.compile(r",\s+(?:(?:said|says|reports|reported|according to)\b|(?:[A-Z][\w.-]*\s+){1,3}(?:reports|said|says)\b)")
_RELATED_HEADERS = re.compile(r"(?i)^(?:related (?:stories|articles?|coverage|news)|similar news|other topics of interest|"
                              r"read also|more on (?:this|the) (?:story|topic)|most read)\b")


def _names_a_person(text: str) -> bool:
    """Whether a source line's first item is a person ("Oleh Kiper, Head of ...", "Odesa Mayor Hennadii
    Trukhanov") rather than an outlet or an institution ("Meduza", "RT+ “Independent”")."""
    first = re.split(r"[,;(]", text, maxsplit=1)[0].strip()
    if first.endswith(("…", "...")) or len(_words(text)) > 15:
        return False
    tokens = [t for t in first.split() if t[:1].isupper()]
    if len(tokens) != len(first.split()):
        return False
    folded = [fold(t) for t in tokens]
    if any(t in ORG_WORDS for t in folded):
        return False
    names = [t for t in folded if t not in ROLE_WORDS and t not in PLACES]
    return len(names) >= 2


def _headline_repeat(text: str, headline: str) -> bool:
    """The page's headline again: the same words, the headline with more (an outlet, a label), or its
    start cut off by the scraper."""
    mine, title = _normal(text), _normal(headline)
    if not mine or not title:
        return False
    if mine == title or (len(title.split()) >= 4 and mine.startswith(title) and len(mine.split()) - len(title.split()) <= 4):
        return True
    return len(mine.split()) >= 5 and title.startswith(mine) and not ends_sentence(text)


def _script(text: str) -> str:
    latin = sum(1 for c in text if c.isalpha() and c.isascii())
    other = sum(1 for c in text if c.isalpha() and not c.isascii() and not "\u00c0" <= c <= "\u024f")
    return "" if latin == other == 0 else ("latin" if latin >= other else "other")


def classify(texts: list[str], headline: str = "") -> list[tuple[str, str]]:
    """(kind, reason) for each paragraph, in order; ``headline`` is the page's, to recognise its repeats."""
    count = len(texts)
    reasons = [_strong_reason(t, i, count) for i, t in enumerate(texts)]
    scripts = [_script(t) for t in texts]
    main_script = max(("latin", "other"), key=lambda s: sum(len(t) for t, k in zip(texts, scripts) if k == s))
    for i, text in enumerate(texts):
        if headline and _headline_repeat(text, headline):
            reasons[i] = "repeats the headline"
        elif scripts[i] and scripts[i] != main_script and len(_words(text)) <= 40:
            reasons[i] = reasons[i] or "in another language"
    for i in _explainer_runs(texts):
        reasons[i] = reasons[i] or "sidebar box"
    _mark_blocks(texts, reasons)
    normals = [_normal(t) for t in texts]
    for i, text in enumerate(texts):
        # The line before a caption marker or a photo credit is the caption; so is the line after
        # "Image caption".
        short_credit = bool(re.match(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} for [A-Z][\w&]*(?: [A-Z][\w&]*){0,3}$", text))
        if i > 0 and not reasons[i - 1] and (re.fullmatch(r"(?i)hide caption", text) or _credit_line(text)
                                             or short_credit):
            if len(_words(texts[i - 1])) <= 60:
                reasons[i - 1] = "caption"
        if re.fullmatch(r"(?i)enlarge this image\W*", text) and i + 1 < count and not reasons[i + 1]:
            reasons[i + 1] = "caption"
        if re.fullmatch(r"(?i)image caption\W*", text) and i + 1 < count and not reasons[i + 1]:
            if not ends_sentence(texts[i + 1]):
                reasons[i + 1] = "caption"
        if not reasons[i] and _short_caption(text):
            reasons[i] = "caption"
        # A pull quote or caption repeating a sentence of the article; of two identical paragraphs the
        # first is kept.
        if not reasons[i] and normals[i] and 6 <= len(_words(text)) <= 25 and re.search(
                r"[.!?…][\"”’')\]]*$", text):
            if normals[i] in normals[:i] or any(normals[i] in other and normals[i] != other
                                                for other in normals):
                reasons[i] = "repeats the article"
    for i, text in enumerate(texts):
        # A name alone beside a caption is the photo's credit.
        if not reasons[i] and NAME_LINE.match(text) and any(
                0 <= j < count and reasons[j] in _CAPTION_REASONS for j in (i - 1, i + 1)):
            reasons[i] = "photo credit"
    quotation = [i + 1 < count and bool(DASH_ATTRIBUTION.match(texts[i + 1])) for i in range(count)]
    first_body = next((i for i, t in enumerate(texts) if not reasons[i] and ends_sentence(t)
                       and len(_words(t)) >= 6), count)
    followed_by_byline = [i + 1 < count and reasons[i + 1] in ("credit or caption", "byline")
                          and bool(re.match(r"(?i)^(?:from|by) ", texts[i + 1])) for i in range(count)]
    informative = [bool(SOURCE_LINE.match(t)) and not reasons[i] for i, t in enumerate(texts)]
    for i, text in enumerate(texts):
        if not reasons[i] and not quotation[i] and not informative[i] and i < first_body and not ends_sentence(
                text) and len(_words(text)) <= 6:
            reasons[i] = "page header"
    # The standfirst under the headline reads like a title but is the article's own; it is followed by text.
    standfirst = next((i for i in range(count) if not reasons[i] and len(_words(texts[i])) >= 9), -1)
    if standfirst >= 0 and standfirst + 1 < count and (
            reasons[standfirst + 1] or not ends_sentence(texts[standfirst + 1])):
        standfirst = -1
    for i, text in enumerate(texts):
        if reasons[i] or quotation[i] or informative[i]:
            continue
        elif not followed_by_byline[i] and i != standfirst and _headline_like(text, i == count - 1) and not (
                _REPORTED.search(text) and not (i > 0 and reasons[i - 1]) and not (i + 1 < count and reasons[i + 1])):
            reasons[i] = "list of other headlines"
    weak = [not reasons[i] and not quotation[i] and not informative[i] and _weak(t) for i, t in enumerate(texts)]
    # A paragraph that quotes someone and says who is article text, whatever its neighbours look like.
    attributed = [bool(QUOTED.search(t)) and bool(VERB.search(_outside_quotes(t))) for t in texts]
    kinds: list[tuple[str, str]] = []
    for i, text in enumerate(texts):
        if reasons[i] in _BY_POSITION and attributed[i]:
            reasons[i] = ""
            weak[i] = False
        if reasons[i]:
            kinds.append((CLUTTER, reasons[i]))
            continue
        title_like = not ends_sentence(text) and len(_words(text)) < 9 or (
            followed_by_byline[i] and not ends_sentence(text))
        if followed_by_byline[i] and title_like:
            kinds.append((HEADING, "post title"))
            continue
        if not weak[i] or (i == standfirst and len(_words(text)) >= 9):
            kinds.append((TEXT, ""))
            continue
        before = i > 0 and (reasons[i - 1] or weak[i - 1])
        after = i + 1 < count and (reasons[i + 1] or weak[i + 1])
        if not before and not after:
            kinds.append((HEADING, "subheading") if title_like else (TEXT, ""))
        elif (title_like and not after and i + 1 < count and text[:1].isupper()
              and reasons[i - 1] in _CAPTION_REASONS):
            kinds.append((HEADING, "subheading"))  # right after a photo's caption, before the text it heads
        elif i == count - 1 and _prose(text):
            kinds.append((TEXT, ""))  # the body cut off at the scraper's size cap
        elif attributed[i]:
            kinds.append((TEXT, ""))
        else:
            kinds.append((CLUTTER, "run of teasers"))
    return kinds


def _mark_blocks(texts: list[str], reasons: list[str]) -> None:
    """Blocks that are clutter as a whole: a donation appeal (its opening line, then the paragraphs that
    address the reader) and the teasers under a related-stories header."""
    count = len(texts)
    i = 0
    while i < count:
        text = texts[i]
        if APPEAL.match(text) or (re.match(r"(?i)^(?:dear readers|a message from)\b", text)):
            reasons[i] = "appeal"
            j = i + 1
            while j < count and len(_words(texts[j])) <= 90 and (
                    ADDRESSES_READER.search(texts[j]) or APPEAL.match(texts[j])):
                reasons[j] = "appeal"
                j += 1
            i = j
            continue
        if _RELATED_HEADERS.match(text) and len(_words(text)) <= 20:
            reasons[i] = reasons[i] or "related stories"
            j = i + 1
            if re.match(r"(?i)read also\W*$", text) and j < count and len(_words(texts[j])) <= 20:
                reasons[j] = "related stories"  # an inline "Read also:" links one story
                j += 1
            while j < count and len(_words(texts[j])) <= 40 and not reasons[j] and j >= count - 12 and not (
                    re.match(r"(?i)read also\W*$", text)):
                reasons[j] = "related stories"
                j += 1
            i = j
            continue
        i += 1


def _prose(text: str) -> bool:
    """Reads as running text rather than a title: most words in lower case."""
    words = _words(text)
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) * 10 >= len(words) * 4
