"""What a line is by itself: site chrome recognised by what it says and how it is shaped (prompts,
captions and credits, bylines, dates, tags, players, titles of other items), not by one site's strings.
Where a line sits (under the headline, beside a credit, in a run of teasers) is ``placement``'s part."""

from __future__ import annotations

import re

from sitegen.importer.chrome import (APPEAL, AUTHOR_BIO, BYLINE, BYLINE_LINE, CAPTION_DATE, CAPTION_DATELINE, FILE_PHOTO,
                                     CAPTION_TAIL, COUNTER, CREDIT_LINE, CREDITS, DATE_ONLY, DISCLAIMER, FURNITURE,
                                     MARKUP, MONTHS, OFFER, PICTURE_OF, PICTURE_POSITION, PICTURE_VERB, PIPE_CREDIT,
                                     PLATFORM_PROMPT, PLAYER, PROMPT_OPENERS, PROMPTS, PRONOUN_START, QUOTED, READER_APPEALS,
                                     RELATIVE_STAMPS, SHORT_CREDITS,
                                     SHARE_ROW, REPORTS_THIS, SOURCE_CREDIT, SOURCE_LINE, TAGS, TRAILER, TRAILING_CREDIT, TWEET, words_of)
from sitegen.importer.captions import FINITE, short_caption
from sitegen.importer.layout import OPEN_ENDINGS, CHROME, PUNCTUATED, ends_sentence, split_sentences
from sitegen.importer.lexicon import (IRREGULAR_PAST, LEADING_CAPS, ORG_WORDS, PLACES, ROLE_WORDS, SPEECH_VERBS, VERB,
                                      fold)

TEXT = "text"
HEADING = "heading"
CLUTTER = "clutter"


def outside_quotes(text: str) -> str:
    """The text with its quoted spans blanked out: what the reporter says, not whom he quotes."""
    return QUOTED.sub(" ", text)


# "Updated: ...", "Published on 12 May", "Posted 2 hours ago" — not "Published figures show ...".
_STAMPED = re.compile(r"(?i)^(?:updated|published|posted)\s*(?::|on\b|at\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                      r"[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\W*$)")


# The parts of a date or a time of day: month and day names, numbers, clock times, a.m. and p.m.
_STAMP_PARTS = re.compile(rf"(?i)\b(?:{MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|"
                          rf"fri|satur|sun)day)\b\.?|\d{{1,2}}(?:[:.]\d{{1,2}})?\s*[ap]\.?m\b\.?|\d{{1,2}}[:.]\d{{1,2}}"
                          rf"|\b\d{{1,4}}(?:st|nd|rd|th)?\b|\b[ap]\.?m\b\.?")


def time_stamp(text: str) -> bool:
    """A line that is a date with its year or a time of day, with two words at most beside it (places,
    time zones, a section's name): "Friday 12 July 2024 23:00, UK", "Kyiv June 7, 10:43 a.m.", "9:42am EST,
    5:42pm EAT", "10am EST, 6pm EAT", "October 21, 2025 Humanitarian aid"."""
    if len(text) > 60 or not re.search(r"\d{1,2}[:.]\d{2}|\b(?:19|20)\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", text):
        return False
    if _TRANSCRIPT_MARK.fullmatch(text.strip()):
        return False  # a transcript's own line, however like a time of day it looks
    return _words_beside_stamps(text) <= 2


def _stamps_only(text: str) -> bool:
    """"Posted at 5:42 AM, Mar 04, 2022 and last updated 2022-03-14 14:48:44-04": a page's dates, two words at most
    beside them."""
    return len(text) <= 120 and bool(_STAMPED.match(text)) and _words_beside_stamps(
        re.sub(r"(?i)\b(?:posted|published|updated|last|at|on|and)\b", " ", text)) <= 2


def _words_beside_stamps(text: str) -> int:
    return len(re.findall(r"[^\W\d_][\w'’-]*", _STAMP_PARTS.sub(" ", text)))


# A radio transcript's speaker label in capitals with the speaker's part, "STEVE INSKEEP, HOST:", and its note of
# what was not transcribed, "(SOUNDBITE OF VIOLIN PLAYING)".
_RADIO_TRANSCRIPT = re.compile(r"[A-Z][A-Z.'’ -]{1,40}, [A-Z][A-Z -]{2,20}:|\((?:SOUNDBITE|ARCHIVED RECORDING)\b[^()]*\)")
# A transcript's speaker label with its time code, "Ian Pannell: (00:14)", and its note of words not transcribed,
# "[Ukrainian 00:01:02]." or "[crosstalk 00:12:40]".
_TRANSCRIPT_MARK = re.compile(r"[A-Z][\w.'’ -]{1,40}:\s*\(\d{1,2}:\d{2}(?::\d{2})?\)"
                              r"|\[[A-Z]?[a-z]+(?: [a-z]+)? \d{1,2}:\d{2}(?::\d{2})?\]\.?")


# The site speaking to its reader or of itself: "your", "this website", a web address.
_TO_THE_READER = re.compile(r"\b(?:[Yy]our|[Tt]his (?:web)?site)\b|\b[\w-]+\.(?:com|net|org|tv)\b")
# Someone the text speaks of doing something, in the past: "he posted", "they signed up".
_NARRATED = re.compile(r"\b(?:he|she|they)\s+(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")


# A line that is one quotation from its opening mark to its closing one: someone's words, which no site's
# promotion is ("'PLEASE SAVE MY ANIMAL'" heading the passage that quotes it).
_WHOLLY_QUOTED = re.compile(r"^\s*[\"“‘'«][^\"“”‘’«»]+[\"”’'»][.!?]?\s*$")


# An item of a ranked list of stories, its place and its rank both given: "1. 1 Plans to open …", "2. 5 73-year-old …".
_RANKED = re.compile(r"(?:^|(?<=\s))\d{1,2}\.\s+\d{1,2}\s+[A-Z0-9‘'\"“]")


_STREET_ADDRESS = re.compile(r"^\d{1,5}\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|"
                             r"Drive|Dr|Way|Place|Pl|Square|Sq)\.?(?:,\s*[A-Z][\w .,-]{0,60})?$")


_SECTION_LABEL = re.compile(r"(?i)\W*(?:key (?:facts|points|takeaways)|in summary|reading time)\s*:?\s*")


def line_reason(text: str, position: int, count: int) -> str:
    """Why the paragraph is clutter on its own, or ""."""
    words = words_of(text)
    bare = outside_quotes(text)
    if _RADIO_TRANSCRIPT.fullmatch(text.strip()):
        return ""  # a transcript's own line, however like a dateline or a promotion in capitals it looks
    if _SECTION_LABEL.fullmatch(text.strip()):
        return "page furniture"  # a summary box's label alone: "Key takeaways:", "📌 Key Facts", "In Summary"
    if CHROME.fullmatch(text) or _STREET_ADDRESS.match(text.strip()):
        return "chrome"  # (a street address alone is a station's or a theme's contact block: "601 Gates Road")
    if DATE_ONLY.fullmatch(text) and re.search(r"\d", text) or time_stamp(text) or (
            RELATIVE_STAMPS.fullmatch(text) and re.search(r"(?i)\bago\b", text)):
        return "timestamp"
    if MARKUP.search(text) and len(words) <= 30:
        return "markup"
    if len(words) <= 14 and (BYLINE_LINE.search(text) or COUNTER.search(text)):
        return "byline or counter"
    reports = len(words) >= 8 and bool(VERB.search(bare))  # "Copyright lawyers said ...": reporting, no prompt
    opener = PROMPT_OPENERS.match(bare) and not reports and (len(words) <= 8 or not text.rstrip().endswith("."))
    if len(words) <= 60 and (PROMPTS.search(bare) or opener or READER_APPEALS.search(bare) and not reports) or (
            len(words) <= 8 and PLATFORM_PROMPT.match(text)) or (
            len(words) <= 14 and OFFER.search(text) and not VERB.search(bare)):
        return "prompt"
    if len(words) <= 12 and not ends_sentence(text) and re.search(r"(?i)\bembed\b", text) and not VERB.search(text):
        return "markup"  # a content system's name for an embedded block: "Map embed (Floods) – wide layout"
    if len(words) <= 8 and FURNITURE.fullmatch(re.sub(r"^[•·*▪–-]\s+", "", text.strip())):  # ("• Read more:", "- Download our app")
        return "page furniture"
    if len(words) <= 15 and not QUOTED.search(text) and not re.search(r"[?\"”’']\W*$|^\W*[\"“‘']", text) and (
            _TO_THE_READER.search(text)) and not _NARRATED.search(text):
        # (not a question, a line a quote opens or closes, the rest of its quote, nor a sentence telling what someone
        # did: "Ten days ago, he posted an offer for that room on the site ukrainetakeshelter.com.")
        return "prompt"  # the site speaking to its reader: "Take a fresh look at your lifestyle."
    if len(words) <= 30 and TAGS.match(text):
        return "tags"
    if SHARE_ROW.match(text):
        return "share buttons"
    if len(words) <= 12 and REPORTS_THIS.match(text):
        return "source line"
    if len(words) <= 80 and DISCLAIMER.search(bare):
        return "disclaimer"
    if len(words) <= 60 and TRAILER.match(text):
        return "aggregator trailer"
    if len(words) <= 20 and re.match(r"(?i)^(?:watch|listen|view)(?: it| this| the video)? on [A-Z][\w.]*\s*:", text):
        return "player"  # "Watch on YouTube: “…”": a video's link with its title
    if len(words) <= 30 and PLAYER.match(text) and (not ends_sentence(text) or re.match(r"^\w+\s*(?:\||:\s*$)", text)):
        return "player"  # "WATCH | Soldier says …:": a player's label, a bar after it, then the video's title
    source = SOURCE_LINE.match(text)
    if source:
        return "" if _names_a_person(source.group("rest")) else "source line"
    stamp = re.match(r"(?i)^(?:updated|published|posted):? ", text)
    if len(words) <= 70 and CREDITS.search(text) and not stamp or len(words) <= 200 and FILE_PHOTO.match(text) or (
            len(words) <= 10 and stamp and _STAMPED.match(text)) or (stamp and _stamps_only(text)) or (
            len(words) <= 8 and SHORT_CREDITS.search(text)) or (
            len(words) <= 40 and SOURCE_CREDIT.match(text) and len(split_sentences(text)) == 1 and (
                not FINITE.search(text[9:]) or "pictured" in text)) or (
            len(words) <= 40 and PICTURE_OF.match(text) and not PICTURE_VERB.search(split_sentences(text)[0])):
        return "credit or caption"
    if len(words) <= 45 and len(split_sentences(text)) == 1 and CAPTION_TAIL.search(text):
        return "caption"
    if len(words) <= 60 and PICTURE_POSITION.search(text):
        return "caption"
    dateline = CAPTION_DATELINE.search(text)
    if dateline and len(words) <= 90 and not re.search(r"[.!?][\"”’']?\s|\b(?:said|says|told|according to)\b",
                                                       text[:dateline.start()]):
        return "caption"
    if BYLINE.match(text):
        return "byline"
    if _says_its_start_again(words):
        return "caption with its alt text"
    if TWEET.search(text):
        return "embedded post"
    if len(_RANKED.findall(text)) >= 2 and _RANKED.match(text):
        return "related stories"  # a most-read box, numbered twice: "1. 1 Plans to open … 2. 2 Dereham …"
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
    if len(words) >= 4 and letters and all(c.isupper() for c in letters) and not _WHOLLY_QUOTED.match(text):
        return "all-caps promotion"  # a line in capitals wholly inside quotation marks is a pull quote
    if len(words) <= 2 and not ends_sentence(text) and text[:1].islower():
        return "debris"
    if (not ends_sentence(text) and len(words) >= 3 and all(w[0].isupper() or w[0].isdigit() for w in words)
            and any(w in ("In", "Of", "The", "A", "An", "And", "To", "For", "On", "At", "With", "That", "Is")
                    for w in words[1:])):
        return "title of another item"
    # ("RELATED STORY: State Department recommends Americans leave Russia immediately")
    if re.match(r"(?i)^(?:(?:exclusive|watch|related(?: stor(?:y|ies)| articles?| coverage| links?| reading)?|opinion|"
                r"analysis|listen|video|gallery|live|explainer|read"
                r"(?: more| also)?|also read|additionally (?:learn|read))\s*[:|]|see also\b)", text) and (
            not ends_sentence(text) or text.rstrip().endswith("?")):  # (the other story's title may ask)
        return "link to another story"
    if re.match(r"(?i)^(?:more|moreover|related|read more|read also|also read|opinion|see also|for subscribers|watch):"
                r"(?=[A-Z])", text):
        return "link to another story"  # a label glued to the other story's title: "Moreover:A Ukrainian couple …"
    return ""


def _says_its_start_again(words: list[str]) -> bool:
    """A line that gives its first six words again further on: a photo's caption and its alt text, which
    the scraper ran together ("Sokil, 29, of the national guard, mans ... Sokil, 29, of the national ...")."""
    half = len(words) // 2
    if 2 <= half < 6 and len(words) == 2 * half and words[:half] == words[half:]:
        return True  # "The flag of Ukraine The flag of Ukraine": a short caption given twice
    if len(words) < 12 or len(words) > 90:
        return False
    start = [w.casefold() for w in words[:6]]
    folded = [w.casefold() for w in words]
    return any(folded[k:k + 6] == start for k in range(6, len(folded) - 5))


def weak_line(text: str) -> bool:
    """Looks like a heading or a teaser: short, no end punctuation, or addressed to the reader."""
    bare = outside_quotes(text)
    words = words_of(text)
    if _RADIO_TRANSCRIPT.fullmatch(text.strip()):
        return False  # a transcript's label or sound note is one of its lines, no heading over them
    if not ends_sentence(text):
        return True
    if len(words) <= 40 and re.search(r"\b(?:you|your)\b", bare, re.IGNORECASE) and re.search(r"[?!]", bare):
        return True
    if len(words) <= 25 and re.search(r"(?:\.\.\.|…|!)$", bare.strip()):
        return True
    if len(words) <= 15 and bare.strip().endswith("?"):
        return True
    return False


def headline_like(text: str, last: bool) -> bool:
    """A line of 9 to 30 words without end punctuation reads as the title of another story."""
    words = words_of(text)
    # a title may close on a quoted phrase ("Cutting off family members: ‘It had never occurred to me …’"); a
    # sentence closes on its punctuation, inside the marks or out
    # (a stray markup mark may follow the full stop: "… amid the conflict.**")
    if PUNCTUATED.search(text) or not 9 <= len(words) <= 30 or PRONOUN_START.match(text) or _goes_on(text, words):
        return False
    if last and (len(words) > 15 or prose(text)):
        return False  # a body cut off at the scraper's size cap
    return True


def _goes_on(text: str, words: list[str]) -> bool:
    """A line that is part of a sentence running on from the line before or into the next, which no title is:
    it ends on a comma (also a quote's, which lost the attribution after it) or on a word no sentence ends
    with ("… told Forum 18 after the hearing,"), opens on an attribution in lower case ("said the UK Civil
    Aviation Authority"), or is someone's words wholly in marks, double or single, twelve words or more (a title
    quotes fewer)."""
    return bool(re.search(r",[\"”’]?$", text)) or words[-1].casefold() in OPEN_ENDINGS or bool(_GOES_ON.match(text)) or (
        _long_in_double_marks(text))


_GOES_ON = re.compile(rf"(?:{SPEECH_VERBS})\s+(?:the\s+)?[A-Z]"
                      # … or in single marks, which an apostrophe inside may not end: "'They are telling us … war'"
                      r"|^['‘][A-Z](?:\S+\s+){11,}\S*\w[.!?…]?['’]$")
_IN_DOUBLE_MARKS = re.compile(r"[\"“](?P<words>[^\"“”]+)[\"”]$")


def _long_in_double_marks(text: str) -> bool:
    """The whole line in double marks, twelve words or more: eleven spaces inside, none first or last and no two
    side by side. (A pattern of repeated words and spaces asks the same, but backtracks for seconds on a long
    line that falls short; this reads the line once.)"""
    match = _IN_DOUBLE_MARKS.match(text)
    if not match:
        return False
    inside, count, last = match.group("words"), 0, -1
    for i in range(1, len(inside) - 1):
        if inside[i].isspace() and i >= last + 2:
            count, last = count + 1, i
    return count >= 11


def normal(text: str) -> str:
    """Case- and punctuation-free form of a line, to compare copies."""
    return " ".join(re.findall(r"\w+", text.casefold().replace("’", "").replace("'", "")))


def _names_a_person(text: str) -> bool:
    """Whether a source line's first item is a person ("Oleh Kiper, Head of ...", "Odesa Mayor Hennadii
    Trukhanov") rather than an outlet or an institution ("Meduza", "RT+ “Independent”"); a line the site
    cut with an ellipsis is another story's teaser, whoever it names, and a name with an agency after a slash
    is a picture's credit."""
    first = re.split(r"[,;(]", text, maxsplit=1)[0].strip()
    if first.endswith(("…", "...")) or text.rstrip().endswith(("…", "...")) or len(words_of(text)) > 15:
        return False
    if re.search(r"\w ?/ ?[A-Z]", first):
        return False  # a picture's maker and agency, "Jane Roe/Global Images": a credit
    tokens = [t for t in first.split() if t[:1].isupper()]
    if len(tokens) != len(first.split()):
        return False
    folded = [fold(t) for t in tokens]
    if any(t in ORG_WORDS for t in folded):
        return False
    names = [t for t in folded if t not in ROLE_WORDS and t not in PLACES]
    return len(names) >= 2


# The article's first sentence with its date glued before it ("January 4, 2024The recruitment officers …"): the
# text's lead, which may give the headline's words, not the headline displayed again.
DATED_LEAD = re.compile(rf"^(?:(?:{MONTHS})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{MONTHS}),? \d{{4}})(?=[A-Z][a-z])")


def headline_repeat(text: str, headline: str) -> bool:
    """The page's headline again: the same words, near enough ("Three dead near Odessa after drone attack"
    for "... after a drone attack"), the headline with a few more (an outlet, a label) and its date and
    time, its start cut off by the scraper, or in full where the headline line was cut, also inside a word
    ("... the emotion of", "... deployment, Media" for "Mediazona")."""
    mine = normal(text)
    title = " ".join(w for w in normal(headline).split() if not re.fullmatch(r"\d{6,}", w))  # a page id
    if not mine or not title or DATED_LEAD.match(text) and ends_sentence(text):
        return False
    words, heads = mine.split(), title.split()
    rest = _after_title(words, heads)
    while rest and (rest[-1].isdigit() or rest[-1] in _CALENDAR_WORDS):
        rest = rest[:-1]  # the date and time the page gives its headline
    if rest is not None and (not rest or len(heads) >= 4 and len(rest) <= 4):
        return True
    if rest is not None and len(heads) >= 6 and len(rest) <= 12 and not re.search(r"[.!?…][\"”’')\]]*$", text):
        return True  # the headline, then a caption or a label that ends no sentence: "… Kharkiv came under fire (photo:"
    if len(heads) >= 5 and len(words) >= 5 and _share(words, heads) >= 0.8 and _share(heads, words) >= 0.8 and (
            not ends_sentence(text) or min(_share(words, heads), _share(heads, words)) >= 0.9):
        return True  # (a standfirst retelling the headline as a sentence, "… is helping …" for "… helps …", is the article's)
    if len(heads) >= 6 and mine.startswith(title + " ") and heads[-1] in OPEN_ENDINGS:
        return not ends_sentence(text) and len(words) <= 40
    return len(words) >= 5 and title.startswith(mine) and not ends_sentence(text)


_CALENDAR_WORDS = {m.casefold() for m in MONTHS.split("|")} | {m.casefold()[:3] for m in MONTHS.split("|")} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "gmt", "utc"}


def _after_title(words: list[str], heads: list[str]) -> list[str] | None:
    """The words of a line after the headline it starts with, or None; a long headline line may have been
    cut inside its last word."""
    if words[:len(heads)] == heads:
        return words[len(heads):]
    if len(heads) >= 8 and len(words) >= len(heads) and words[:len(heads) - 1] == heads[:-1] and (
            words[len(heads) - 1].startswith(heads[-1])):
        return words[len(heads):]
    return None


def _share(words: list[str], others: list[str]) -> float:
    """The share of ``words`` that ``others`` holds (each word counted as often as it occurs)."""
    pool = list(others)
    held = 0
    for word in words:
        if word in pool:
            pool.remove(word)
            held += 1
    return held / len(words) if words else 0.0


def script_of(text: str) -> str:
    """"latin", "other" (Cyrillic and the like) or "" for a line without letters."""
    latin = sum(1 for c in text if c.isalpha() and c.isascii())
    other = sum(1 for c in text if c.isalpha() and not c.isascii() and not "\u00c0" <= c <= "\u024f")
    return "" if latin == other == 0 else ("latin" if latin >= other else "other")


# English function words, and those of the languages whose chrome a scraper of English pages meets in Latin
# script (a Swedish comment box, a German or French footer).
_ENGLISH = {"the", "a", "an", "of", "to", "in", "and", "is", "are", "was", "were", "for", "on", "with", "that", "this",
            "it", "by", "at", "from", "as", "be", "has", "have", "had", "not", "but", "or", "he", "she", "they", "we",
            "you", "i", "his", "her", "their", "our", "your", "will", "would", "can", "who", "which"}
_OTHER_LATIN = {"och", "att", "är", "för", "du", "har", "den", "det", "inte", "und", "der", "die", "das", "ist",
                "nicht", "mit", "sie", "wir", "le", "la", "les", "et", "est", "une", "des", "du", "pour", "vous", "nous",
                "el", "los", "las", "y", "que", "es", "una", "por", "para", "con", "ja", "ei", "og", "ikke", "jeg"}


def other_latin_language(texts: list[str]) -> set[int]:
    """In an English page (most lines of eight words or more hold an English function word), the lines of
    six words or more that hold none and two of another language's: chrome in Swedish, German, French …"""
    def folded(text: str) -> list[str]:
        return [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]

    long = [folded(t) for t in texts if len(words_of(t)) >= 8]
    if not long or sum(1 for w in long if _ENGLISH & set(w)) * 10 < len(long) * 7:
        return set()
    return {i for i, t in enumerate(texts) if len(folded(t)) >= 6 and not _ENGLISH & set(folded(t)) and len(
        _OTHER_LATIN & set(folded(t))) >= 2}


def prose(text: str) -> bool:
    """Reads as running text rather than a title: most words in lower case."""
    words = words_of(text)
    return len(words) >= 6 and sum(1 for w in words if w[:1].islower()) * 10 >= len(words) * 4


# Two paragraphs the scraper ran together ("...makes all the difference.Officials in Kyiv are warning ..."), or a
# wire photo's caption and the text under it joined by a dash ("Soldiers ride ... on June 23, 2022. - On the road").
_GLUED = re.compile(r"(?<=[a-z0-9)][.!?])(?=[A-Z][a-z])|(?<=[a-z0-9)][.!?])\s+[-–—]\s+(?=[A-Z][a-z])")


def _after_headline(text: str, headline: str) -> int:
    """Where the page's headline (six words or more) ends when a line opens with it ("- The military … of
    its The servicemen …": the headline given again and the text the scraper joined to it), else 0."""
    heads = normal(headline).split()
    if len(heads) < 6:
        return 0
    tokens = [t for t in re.finditer(r"[\w'’]+", text) if t.group().replace("’", "").replace("'", "")]
    if len(tokens) <= len(heads) or [normal(t.group()) for t in tokens[:len(heads)]] != heads:
        return 0
    return tokens[len(heads)].start()


# A byline glued before a wire story's dateline: "By Jane Roe KYIV (Reuters) - …", "By Jane Roe LVIV, Ukraine — …".
_BYLINE_BEFORE_DATELINE = re.compile(r"(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?(?=\s+[A-Z]{3,}\b[A-Z .'’-]{0,30}"
                                     r"(?:,\s+[A-Z][a-z]+\s*)?(?:\s*\([A-Z][\w ]{1,20}\))?\s*[—–-]\s)")


# A byline and the writer's paper glued before the story by a dash: "BY LYN ROE, the state – They fled …".
_BYLINE_WITH_PAPER = re.compile(r"(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+(?:[Tt]he\s+)?"
                                r"[A-Za-z][\w.'’&]*(?:\s+[A-Za-z][\w.'’&]*){0,3}\s+[—–-](?=\s+[A-Z])")


# A byline the scraper ran into the story's first word: "By Francisco SalazarAs the city …", "By Angie Roe Faculty of
# EngineeringA grassroots …" (the story opens with a word that opens sentences, not a name's second capital: "DeSantis").
_BYLINE_RUN_IN = re.compile(r"(?:By|BY):?\s+[A-Z][\w.'’-]*(?:\s+(?:of|and|&|[A-Z][\w.'’-]*)){0,6}?(?<=[a-z])"
                            r"(?=(?P<first>[A-Z][a-z]*)\s)")


def split_glued(pieces: list[tuple[str, int]], headline: str = "") -> list[tuple[str, int]]:
    """Cut a paragraph where the scraper glued a line of chrome (an appeal, a caption, the headline given
    again) to article text, so that the text is not dropped with it; glued article text stays as it is."""
    out = []
    for text, line in pieces:
        cut = _after_headline(text, headline) if headline else 0
        tail = text[cut:]
        if cut and not ends_sentence(text[:cut].rstrip()) and tail[:1].isupper() and prose(tail) and len(
                words_of(tail)) >= 8 and ends_sentence(tail):  # a title ends no sentence: a lead that quotes it does
            out += [(text[:cut].rstrip(), line)]
            text = tail
        lead = _BYLINE_BEFORE_DATELINE.match(text)
        paper = _BYLINE_WITH_PAPER.match(text) if not lead else None
        run_in = _BYLINE_RUN_IN.match(text) if not (lead or paper) else None
        paper = paper or (run_in if run_in and run_in.group("first").casefold() in LEADING_CAPS else None)
        lead = lead or paper
        story = text[lead.end():].lstrip() if lead else ""
        if lead and (paper or line_reason(lead.group(), 0, 3)) and prose(story) and len(words_of(story)) >= 8:
            out += [(lead.group(), line)]  # "By Jane Roe KYIV (Reuters) - Tearful mourners …": the writer, then the text
            text = story
        for glue in _GLUED.finditer(text):
            head, tail = text[:glue.start()], text[glue.end():]
            if glue.group():  # the dash: a caption's, not an aside's
                chrome = short_caption(head) and len(split_sentences(head)) == 1 and prose(tail)
            else:
                chrome = (line_reason(head, 0, 3) or APPEAL.match(head)) and ends_sentence(tail)
            if chrome and not line_reason(tail, 0, 3) and len(words_of(tail)) >= 8:
                out += [(head, line), (tail, line)]
                break
        else:
            out.append((text, line))
    return out
