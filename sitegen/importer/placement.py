"""Which paragraphs are article text, subheadings or clutter: what each line is by itself (``clutter``),
then what its place makes it — the standfirst under the headline, a caption beside its credit, a donation
appeal and the lines that go on addressing the reader, the teasers under a related-stories header, words
given twice, runs of titles between pieces of page furniture. When a rule is unsure, the line is kept."""

from __future__ import annotations

import re

from sitegen.importer.chrome import (ADDRESSES_READER, APPEAL, DASH_ATTRIBUTION, NAME_LINE, QUOTED, SOURCE_LINE,
                                     signs_pull_quote)
from sitegen.importer.captions import CAPTION_REASONS, FINITE, PHOTO_CREDIT, mark_captions
from sitegen.importer.clutter import (CLUTTER, DATED_LEAD, HEADING, TEXT, headline_like, headline_repeat, line_reason, normal,
                                      other_latin_language, outside_quotes, prose, script_of, weak_line, words_of)
from sitegen.importer.layout import OPEN_ENDINGS, ends_sentence, split_sentences
from sitegen.importer.lexicon import SPEECH_VERBS, VERB
from sitegen.importer.lists import (LIST_ITEM, explainer_runs, introduced_list, mark_embeds, mark_marked_lists,
                                    mark_runs)

# The label a writer's bio stands under: "About the Author:".
_ABOUT_AUTHOR = re.compile(r"(?i)about the authors?\s*:?\s*$")
# Reasons that come from a paragraph's place or shape rather than from what it says.
_BY_POSITION = ("caption", "list of other headlines", "page header", "related stories", "sidebar box")
# Page furniture that interrupts the text anywhere ("Advertisement") and says nothing of its neighbours.
_INTERRUPTIONS = ("chrome",) + CAPTION_REASONS
# A line ending in the speech verb that introduces a quote on the next line: "In terms of the major, Svitolina said,".
_INTRODUCES = re.compile(rf"\b(?:{SPEECH_VERBS})\s*[,:]\s*$")
# "..., a hit was recorded, no casualties so far, said the head of the RMA Oleg Sinegubov, UNN reports": a
# reported sentence that lost its full stop, not another story's title.
_REPORTED = re.compile(r",\s+(?:(?:said|says|reports|reported|according to)\b|(?:[A-Z][\w.-]*\s+){1,3}(?:reports|said|says)\b)")
_RELATED_HEADERS = re.compile(r"(?i)^(?:related (?:stories|articles?|coverage|news)|similar news|other topics of interest|"
                              r"(?:you )?may (?:also )?(?:be interested in|like)|"
                              r"read also|read more(?=\W*$)|more on (?:this|the) (?:story|topic)|most read)\b")
# A label that links one story on the next line: "Read also:" (any line), "Read more" (a title, or a marked line).
_INLINE_LINK = re.compile(r"(?i)read (?:also|more)\W*$")
# A quote signed with a dash and a name after its closing mark: "“We need courage …”. -Olya Balaban".
_SIGNED = re.compile(r"[\"”’]\W{0,2}\s*[-–—]\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*\.?$")
# Words in the first person without marks, signed by their speaker's full name after a dash: a pull quote ("Even that
# day, when it started in the morning, we couldn’t believe it was true— Natalia Roe").
_SIGNED_BARE = re.compile(r"[\w.!?…]\s*[–—]\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*\.?$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me)\b")


def classify(texts: list[str], headline: str = "", blocks: list[int] | None = None) -> list[tuple[str, str]]:
    """(kind, reason) for each paragraph, in order; ``headline`` is the page's, to recognise its repeats;
    ``blocks`` numbers the blank-line blocks the paragraphs came from, where the text has them."""
    count = len(texts)
    reasons = [line_reason(t, i, count) for i, t in enumerate(texts)]
    for i in range(1, count):  # the writer's bio under its label: "About the Author:", "Emmy-winning reporter, …"
        if reasons[i - 1] and _ABOUT_AUTHOR.match(texts[i - 1]) and not QUOTED.search(texts[i]) and len(
                words_of(texts[i])) <= 80:
            reasons[i] = reasons[i] or "byline"
    scripts = [script_of(t) for t in texts]
    main_script = max(("latin", "other"), key=lambda s: sum(len(t) for t, k in zip(texts, scripts) if k == s))
    for i, text in enumerate(texts):
        if headline and headline_repeat(text, headline):
            reasons[i] = "repeats the headline"
        elif scripts[i] and scripts[i] != main_script and len(words_of(text)) <= 40:
            reasons[i] = reasons[i] or "in another language"
    for i in other_latin_language(texts):
        reasons[i] = reasons[i] or "in another language"
    for i in explainer_runs(texts):
        reasons[i] = reasons[i] or "sidebar box"
    # A paragraph that quotes someone and says who is article text, whatever its neighbours look like.
    attributed = [bool(QUOTED.search(t)) and bool(VERB.search(outside_quotes(t)) or _SIGNED.search(t)) or bool(
        _SIGNED_BARE.search(t) and _FIRST_PERSON.search(t) and len(words_of(t)) >= 10) for t in texts]
    _mark_blocks(texts, reasons, attributed)
    mark_captions(texts, reasons, blocks)
    normals = [normal(t) for t in texts]
    _mark_copies(texts, normals, reasons)
    mark_runs(texts, normals, reasons)
    # a line that introduces the quote on the next ("Speaking to the BBC, Svitolina said,") and that quote
    introducing = [i + 1 < count and bool(_INTRODUCES.search(texts[i])) and bool(re.match(r"\W{0,2}[\"“‘«]", texts[i + 1]))
                   for i in range(count)]
    quotation = [i + 1 < count and bool(DASH_ATTRIBUTION.match(texts[i + 1])) or i > 0 and signs_pull_quote(
        texts[i], texts[i - 1]) or introducing[i] or i > 0 and introducing[i - 1] for i in range(count)]
    first_body = next((i for i, t in enumerate(texts) if not reasons[i] and ends_sentence(t)
                       and len(words_of(t)) >= 6), count)
    followed_by_byline = [i + 1 < count and reasons[i + 1] in ("credit or caption", "byline")
                          and bool(re.match(r"(?i)^(?:from|by) ", texts[i + 1])) for i in range(count)]
    # (a source line, an event's place and time: "Where: Outside the Consulate (8 Riebeek St, Cape Town 8001)")
    informative = [bool(SOURCE_LINE.match(t) or _NOTICE.search(t)) and not reasons[i] for i, t in enumerate(texts)]
    own = _content_words(headline)
    for i, text in enumerate(texts):
        if not reasons[i] and not quotation[i] and not informative[i] and i < first_body and not ends_sentence(
                text) and len(words_of(text)) <= 6:
            if len(words_of(text)) < 4 or not _heads_next(texts, reasons, i, headline):
                reasons[i] = "page header"  # not a post's title above the text that takes up its words
        elif not reasons[i] and not quotation[i] and not informative[i] and i < first_body and not ends_sentence(
                text) and len(words_of(text)) <= 40 and _display_headline(text, own):
            reasons[i] = "repeats the headline"  # a longer display headline above the text
    standfirst = _standfirst(texts, reasons, first_body) | introduced_list(texts, reasons)
    for i, text in enumerate(texts):
        if reasons[i] or quotation[i] or informative[i] or i in standfirst or followed_by_byline[i]:
            continue
        if headline_like(text, i == count - 1) and not (
                _REPORTED.search(text) and not (i > 0 and reasons[i - 1]) and not (i + 1 < count and reasons[i + 1])
        ) and not (i > first_body and _heads_next(texts, reasons, i, headline)) and not (
                i > first_body and _between_prose(texts, reasons, i)):
            reasons[i] = "list of other headlines"
    weak = [not reasons[i] and not quotation[i] and not informative[i] and i not in standfirst and weak_line(t)
            for i, t in enumerate(texts)]
    if count and prose(texts[-1]):
        weak[-1] = False  # the body cut off at the scraper's size cap is text, and says so of its neighbours
    kinds: list[tuple[str, str]] = []
    for i, text in enumerate(texts):
        if reasons[i] in _BY_POSITION and attributed[i]:
            reasons[i] = ""
            weak[i] = False
        if reasons[i] == "title of another item" and i > first_body and _heads_next(texts, reasons, i, headline):
            kinds.append((HEADING, "subheading"))  # "Learning English Is Critical" over "… learning English …"
            continue
        if reasons[i]:
            kinds.append((CLUTTER, reasons[i]))
            continue
        title_like = not ends_sentence(text) and len(words_of(text)) < 9 or (
            followed_by_byline[i] and not ends_sentence(text))
        if followed_by_byline[i] and title_like:
            kinds.append((HEADING, "post title"))
            continue
        if not weak[i]:
            kinds.append((TEXT, ""))
            continue
        previous, following = _neighbour(reasons, i, -1), _neighbour(reasons, i, 1)
        before = previous is not None and (reasons[previous] or weak[previous])
        after = following is not None and (reasons[following] or weak[following])
        if not before and not after:
            kinds.append((HEADING, "subheading") if title_like else (TEXT, ""))
        elif title_like and not after and i + 1 < count and text[:1].isupper() and (
                reasons[i - 1] in CAPTION_REASONS or i >= 2 and reasons[i - 1] and not reasons[i - 2] and not weak[i - 2]
                and not NAME_LINE.match(text)):  # a name alone there is a quote box's
            # right after a photo's caption, or after one piece of furniture inside the text, before the text it heads
            kinds.append((HEADING, "subheading"))
        elif title_like and not after and following is not None and i > first_body and reasons[i - 1] in _FURNITURE_BEFORE \
                and text[:1].isupper() and not NAME_LINE.match(text) and prose(texts[following]) and ends_sentence(texts[following]) \
                and _under_controls(reasons, i):
            kinds.append((HEADING, "subheading"))  # a post's title under the page's controls ("Share", "Key events")
        elif not ends_sentence(text) and i > first_body and _heads_next(texts, reasons, i, headline):
            kinds.append((HEADING, "subheading"))
        elif title_like and not after and following is not None and i > first_body and reasons[i - 1] not in (
                "page furniture", "related stories", "prompt") and _section_title(text) and prose(
                texts[following]) and ends_sentence(texts[following]) and len(words_of(texts[following])) >= 15:
            # a section's title after furniture inside the text (a pull quote given again, a teaser), before prose
            kinds.append((HEADING, "subheading"))
        elif i == count - 1 and prose(text):
            kinds.append((TEXT, ""))  # the body cut off at the scraper's size cap
        elif attributed[i] or (text.rstrip().endswith("?") and following is not None and not after):
            kinds.append((TEXT, ""))  # a quote said and attributed; a question the next paragraph answers
        elif (not kinds or kinds[-1][1] == "repeats the headline") and _opens_body(texts, reasons, weak, i):
            kinds.append((TEXT, ""))  # the standfirst under the headline, the body after it
        else:
            kinds.append((CLUTTER, "run of teasers"))
    mark_marked_lists(texts, kinds, attributed)
    _keep_one_copy(texts, normals, kinds)
    for i in _page_tail(texts, [reason if kind == CLUTTER else "" for kind, reason in kinds], attributed):
        kinds[i] = (CLUTTER, "page footer")
    for i in range(count):
        # a short line whose colon introduces nothing the article keeps: "No comments:", "Listen to the podcast here:"
        after = _neighbour(reasons, i, 1)
        if kinds[i][0] != CLUTTER and texts[i].rstrip().endswith(":") and len(words_of(texts[i])) <= 8 and (
                not attributed[i]) and (after is None or kinds[after][0] == CLUTTER or kinds[after][0] == HEADING):
            kinds[i] = (CLUTTER, "introduces nothing")
    mark_embeds(texts, kinds)  # after: a line introducing an embedded post introduces what the page shows
    for i in range(1, count - 1):
        # a short line between two items of a list of other stories or embedded posts is one of them
        # (one of them may be a title the site words to its reader, "…: Your guide to the rebellion")
        if kinds[i][0] != CLUTTER and not attributed[i] and len(words_of(texts[i])) <= 25 and all(
                kinds[j][0] == CLUTTER and kinds[j][1] in _LIST_ITEMS + ("prompt",) for j in (i - 1, i + 1)) and any(
                kinds[j][1] in _LIST_ITEMS for j in (i - 1, i + 1)):
            kinds[i] = (CLUTTER, "inside a list")
    for i, text in enumerate(texts):
        # running text stays, whatever its place: several sentences of prose are no teaser, title or footer line
        if kinds[i][0] == CLUTTER and kinds[i][1] in _BY_SHAPE and _running_text(text):
            kinds[i] = (TEXT, "")
    return kinds


def _section_title(text: str) -> bool:
    """Whether a short line has a section title's shape: two words or more in capitals first, no name alone, no
    order to the reader ("Visit Shots! now"), no byline, credit or handle, no line cut after a preposition."""
    words = words_of(text)
    return len(words) >= 2 and text[:1].isupper() and not NAME_LINE.match(text) and not _NO_TITLE.search(text) and (
        words[-1].casefold() not in OPEN_ENDINGS)


# What no section title holds: an order to the reader, a byline, a company's or a wire's name, a handle.
_NO_TITLE = re.compile(r"^(?:visit|log ?in|login|sign|subscribe|read|watch|listen|click|follow|join|by)\b|\b(?:LLC|Ltd|Inc|"
                       r"Reuters|AFP|AP|AAP)\b|@|\bcontinues after\b", re.IGNORECASE)


# Furniture under which a live blog's post title stands: the post's controls, its stamp, its share buttons.
_FURNITURE_BEFORE = ("chrome", "page furniture", "timestamp", "credit or caption", "byline or counter")
# Reasons that come from a line's place among its neighbours or its shape alone.
_BY_SHAPE = ("run of teasers", "list of other headlines", "page footer", "inside a list")


def _under_controls(reasons: list[str], i: int) -> bool:
    """The furniture right above line ``i`` is a post's controls and stamps, back to the text: no title of
    another story among it (a title after a list's header and its items is one of the list)."""
    j = i - 1
    while j >= 0 and reasons[j] in _FURNITURE_BEFORE + CAPTION_REASONS:
        j -= 1
    return j >= 0 and not reasons[j]


def _running_text(text: str) -> bool:
    """Three sentences or more of prose, twenty words or more, neither addressing the reader nor carrying a
    link or a photo's credit: a teaser, a title or a caption has one or two."""
    bare = outside_quotes(text)
    return len(split_sentences(bare)) >= 3 and len(words_of(text)) >= 20 and prose(text) and not (
        _YOU.search(bare) or re.search(r"https?:|www\.|\w\.(?:com|twitter)\b", text) or PHOTO_CREDIT.search(text))


# Page furniture that says the article is over (not a byline or a time stamp, which a live blog's posts have).
_ENDS_ARTICLE = ("prompt", "page furniture", "related stories", "list of other headlines", "run of teasers", "tags",
                 "appeal", "author note")
_LIST_ITEMS = ("list of other headlines", "run of teasers", "related stories", "embedded post", "page footer")
_YOU = re.compile(r"(?i)\b(?:you|your)\b")


def _page_tail(texts: list[str], reasons: list[str], attributed: list[bool]) -> set[int]:
    """The lines after the article's last line of running text, once page furniture that ends an article
    (prompts, lists of other stories) follows it: what is left there (lines that address the reader, lack
    end punctuation or end in an ellipsis) is the page's footer. Running text ends a sentence and does
    not address the reader; a last line cut off by the scraper is running text."""
    count = len(texts)

    def running(i: int) -> bool:
        text = texts[i]
        if attributed[i]:
            return True
        if text.rstrip().endswith(("…", "...")) or _YOU.search(outside_quotes(text)):
            return False
        # the body cut off at the scraper's size cap has the shape of running text: more than one sentence, or
        # a long one; a one-line teaser cut off under a list of other stories has not
        return ends_sentence(text) or (i == count - 1 and prose(text) and (
            len(split_sentences(text)) > 1 or len(words_of(text)) >= 20))

    last = max((i for i in range(count) if not reasons[i] and running(i)), default=-1)
    if last < 0:
        return set()  # no running line at all: no article whose end the furniture could mark
    tail = range(last + 1, count)
    ends = [reasons[j] for j in tail if reasons[j] in _ENDS_ARTICLE]
    if not ends or ends.count("run of teasers") == len(ends) == 1:
        return set()  # one short line the site cut off is no list of teasers
    # a title with its byline under it is a post's, not the footer's
    return {j for j in tail if not reasons[j] and not (j + 1 < count and reasons[j + 1] == "byline")}


# A link's label before another story's title ("See also:", "Read here"), and a picture named in a caption.
_LINK_LEAD = re.compile(r"(?i)^\W*(?:see|read|watch|listen|also read|more)\b")
_EXPLAINER_TITLE = re.compile(r"^\W*(?:Why|How|What|Who|Where|Here's|Here’s)\b")
_PICTURE = re.compile(r"(?i)\b(?:image|photo|picture|video)s?\b|\[")


def _between_prose(texts: list[str], reasons: list[str], i: int) -> bool:
    """A line with a paragraph of the body's prose right before and right after it (no furniture between,
    each a sentence of ten words or more): a subheading or a sentence that lost its full stop, as another
    story's title stands in a run of titles or beside a label, a credit or a picture. The line says
    something (a finite verb) or quotes someone, and is no link ("See also: …") and no picture's caption."""
    text = texts[i]
    if not (QUOTED.search(text) or FINITE.search(text)) or _LINK_LEAD.match(text) or _PICTURE.search(text) or (
            _EXPLAINER_TITLE.match(text) or len(split_sentences(text)) > 1):
        return False  # "Why the army turned east", "… has suffered for years. Here's why …": another story's title
    return 0 < i < len(texts) - 1 and all(not reasons[j] and ends_sentence(texts[j]) and len(words_of(texts[j])) >= 10
                                          and not headline_like(texts[j], False) for j in (i - 1, i + 1))


def _neighbour(reasons: list[str], i: int, step: int) -> int | None:
    """The paragraph before or after ``i``, looking past furniture that interrupts the text anywhere."""
    j = i + step
    while 0 <= j < len(reasons) and reasons[j] in _INTERRUPTIONS:
        j += step
    return j if 0 <= j < len(reasons) else None


def _opens_body(texts: list[str], reasons: list[str], weak: list[bool], i: int) -> bool:
    """Whether the first line of the page that is no furniture, five to thirty words, stands over the body:
    the next line but a label of two words or fewer ("RT") and the byline and its dates is prose that ends its
    sentence."""
    if not 5 <= len(words_of(texts[i])) <= 30 or not texts[i][:1].isupper():
        return False
    for j in range(i + 1, min(len(texts), i + 5)):
        if len(words_of(texts[j])) <= 2 or reasons[j] in ("byline", "byline or counter", "timestamp"):
            continue
        return not reasons[j] and not weak[j] and prose(texts[j]) and ends_sentence(texts[j])
    return False


# What a picture's credit line is dropped as.
_CREDITS = ("photo credit", "credit or caption", "caption with credit")


def _mark_copies(texts: list[str], normals: list[str], reasons: list[str]) -> None:
    """Words given twice: a paragraph said again word for word (a standfirst the body repeats, a caption
    and its alt text), or a short sentence inside a longer paragraph (a pull quote); the copy goes. A
    picture's alt text right above its caption, which repeats it with a credit, goes with the caption (read
    first: as a mere copy it could be kept again, its caption having gone for another reason)."""
    for i in range(len(texts) - 1):
        # (the same words twice with nothing added are no caption's sign: some pages give every paragraph twice)
        if not reasons[i] and len(words_of(texts[i])) >= 4 and normals[i] and reasons[i + 1] in CAPTION_REASONS and (
                normals[i + 1].startswith(normals[i])):
            reasons[i] = "caption"
    for i, text in enumerate(texts):
        if reasons[i] or not normals[i] or len(words_of(text)) < 6:
            continue
        if normals[i] in normals[:i] or (len(words_of(text)) <= 25 and re.search(r"[.!?…][\"”’')\]]*$", text) and any(
                normals[i] in other and normals[i] != other for other in normals)):
            reasons[i] = "repeats the article"
            copy = normals.index(normals[i])
            between = range(copy + 1, i)
            # (its credit maybe broken over three lines: "Molly Roe", "/", "WSHU")
            if copy < i <= copy + 4 and between and all(reasons[j] in _CREDITS and len(words_of(texts[j])) <= 8
                                                       for j in between):
                reasons[copy] = reasons[i] = "caption"  # a picture's description on both sides of its credit


def _keep_one_copy(texts: list[str], normals: list[str], kinds: list[tuple[str, str]]) -> None:
    """A sentence dropped as a repeat is kept after all when every other copy went for another reason and
    was shaped otherwise (a standfirst without its full stop dropped as a teaser): the article keeps its
    words once. Copies alike to the letter share their fate."""
    for i, (kind, reason) in enumerate(kinds):
        if reason != "repeats the article" or not ends_sentence(texts[i]):
            continue
        others = [j for j, other in enumerate(normals) if j != i and (other == normals[i] or normals[i] in other)]
        if not any(kinds[j][0] != CLUTTER for j in others) and all(texts[j] != texts[i] for j in others):
            kinds[i] = (TEXT, "")


def _standfirst(texts: list[str], reasons: list[str], first_body: int) -> set[int]:
    """The standfirst: the prose under the headline (or under its repeat in the page) before the body's
    first sentence — a summary, a subtitle, bulleted points — or the first long line followed by text."""
    start = max((i + 1 for i in range(first_body) if reasons[i] == "repeats the headline"), default=0)
    if first_body < len(texts) and DATED_LEAD.match(texts[first_body]):
        start = first_body  # the text opens with its date: what stands above it is the page's head
    found = {i for i in range(start, first_body) if not reasons[i] and len(words_of(texts[i])) >= 12 and prose(texts[i])}
    first = next((i for i in range(len(texts)) if not reasons[i] and len(words_of(texts[i])) >= 9), -1)
    if first >= 0 and (first + 1 >= len(texts) or not reasons[first + 1] and ends_sentence(texts[first + 1])):
        found.add(first)
    return found




# A live blog's post title opens with its clock time: "10:30 a.m. Brussels believes ...", "8:15 Explosions in Kyiv".
_CLOCK_TITLE = re.compile(r"(?i)^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+[A-Z]")
_SMALL_WORDS = {"that", "this", "with", "from", "have", "were", "what", "when", "their", "they", "about", "after",
                "over", "into", "will", "been", "than", "more", "said", "says", "here", "there", "which", "where"}


def _content_words(text: str) -> set[str]:
    return {w.casefold().rstrip("s") for w in re.findall(r"[A-Za-z][\w’'-]{3,}", text)} - _SMALL_WORDS


# A notice's label or a street address: "Where: …", "(316 Brooks Street, Menlo Park, 0081)".
_NOTICE = re.compile(r"(?i)^(?:where|when|venue|address)\s*:|\(\s*\d+[A-Za-z]?,? (?:[A-Z][\w'’-]+ ){1,3}"
                     r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Square|Way|Drive)\b")


def _display_headline(text: str, own: set[str]) -> bool:
    """A line above the text that is the page's headline as displayed: two thirds of the headline's content
    words, or three fifths both ways (a reworded headline: "Local business woman sponsors two families ..."
    for "Local business owner working to house two families ..."), or a title in Title Case ("Kyiv, Ukraine
    - Emotions Run High as Prisoners Return Home"), as no standfirst or sentence is written."""
    mine = _content_words(text)
    shared = len(own & mine)
    if len(own) >= 4 and (shared * 3 >= len(own) * 2 or shared * 5 >= len(own) * 3 and shared * 5 >= len(mine) * 3):
        return True
    words = words_of(text)
    return len(words) >= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) >= 4) and sum(
        1 for w in words if len(w) >= 4) >= 4


def _heads_next(texts: list[str], reasons: list[str], i: int, headline: str) -> bool:
    """A title-like line is the heading of the running text after it (a subheading, a live blog's post
    title), not another story's title, when that text takes up its words ("Hundreds of Ukrainian troops
    evacuated from Mariupol steel plant" above "Hundreds of Ukrainian fighters ... have been evacuated")
    and it does not stand in a run of titles; a post title led by its clock time heads its post wherever
    it stands. Captions, page furniture and time stamps between them are looked past. A line that gives
    most of the page's headline again is that headline, not a subheading."""
    if _CLOCK_TITLE.match(texts[i]):
        return True
    own = _content_words(headline)
    if own and len(own & _content_words(texts[i])) * 3 >= len(own) * 2:
        return False
    after = next((j for j in range(i + 1, len(texts)) if reasons[j] not in _INTERRUPTIONS + ("timestamp",)), None)
    before = next((j for j in range(i - 1, -1, -1) if reasons[j] not in _INTERRUPTIONS + ("timestamp",)), None)
    if after is None or reasons[after] or not (ends_sentence(texts[after]) and len(words_of(texts[after])) >= 10):
        return False
    if before is not None and not reasons[before] and headline_like(texts[before], False):
        return False  # one of a run of titles
    title = _content_words(texts[i])
    shared = title & _content_words(texts[after])
    return len(shared) >= 2 and len(shared) * 3 >= len(title)


def _mark_blocks(texts: list[str], reasons: list[str], attributed: list[bool]) -> None:
    """Blocks that are clutter as a whole: a donation appeal (its opening line, then the paragraphs that
    address the reader outside quotes and quote no one) and the teasers under a related-stories header (up to a paragraph that speaks in
    the first person: an answer of the article's interview, not a teaser)."""
    count = len(texts)
    i = 0
    while i < count:
        text = texts[i]
        if APPEAL.match(text) or (re.match(r"(?i)^(?:dear readers|a message from)\b", text) and len(words_of(text)) <= 12
                                  and not VERB.search(text)):
            reasons[i] = "appeal"
            j = i + 1
            while j < count and len(words_of(texts[j])) <= 90 and not attributed[j] and (
                    ADDRESSES_READER.search(outside_quotes(texts[j])) or APPEAL.match(texts[j])):
                reasons[j] = "appeal"
                j += 1
            i = j
            continue
        header = _RELATED_HEADERS.match(text)
        if header and len(words_of(text)) <= 20 and (  # a header, or a label before a colon; not a sentence
                text[header.end():].lstrip().startswith(":") or not text.rstrip().endswith(".")):
            reasons[i] = reasons[i] or "related stories"
            j = i + 1
            inline = _INLINE_LINK.match(text)
            if inline and j < count and len(words_of(texts[j])) <= (20 if "also" in text.casefold() else 25) and (
                    "also" in text.casefold() or LIST_ITEM.match(texts[j]) or not ends_sentence(texts[j])):
                reasons[j] = "related stories"  # an inline "Read also:" links one story
                j += 1
            rest = text[header.end():]  # "Related: <title>": a header glued to a title links that one story
            one_link = 3 <= len(words_of(rest)) <= 15 and not ends_sentence(rest)
            while j < count and len(words_of(texts[j])) <= 40 and not reasons[j] and j >= count - 12 and not (
                    inline or one_link) and not _FIRST_PERSON.search(outside_quotes(texts[j])):
                reasons[j] = "related stories"
                j += 1
            i = j
            continue
        i += 1
