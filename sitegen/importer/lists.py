"""Clutter that comes in lists and embeds, read once every line has a kind (``placement``): the items of a
list led by one mark, one of which is another story's title; the body of an embedded social post above its
signature and the hashtagged lines beside it; a sidebar box of paragraphs each led by a short label. A rule here only turns
kept lines into clutter where the list or the embed is certain, and never a paragraph that quotes someone
and says who (but an embed's own body, under its signature)."""

from __future__ import annotations

import re

from sitegen.importer.chrome import SOURCE_LINE
from sitegen.importer.clutter import CLUTTER, words_of
from sitegen.importer.layout import split_sentences

# The mark that leads a list's item: "• ", "- ", "– ", or a pictograph a charity's page bullets with ("💙 ").
_MARKS = r"[-–—•·*▪]|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?"
_MARK = re.compile(rf"^({_MARKS})\s+\S")
LIST_ITEM = re.compile(rf"^(?:{_MARKS}|\d{{1,2}}[.)])\s+\S")
# What makes a line one of a list of other stories (``placement``'s reasons).
LIST_ITEMS = ("list of other headlines", "run of teasers", "related stories", "embedded post", "page footer")


def mark_marked_lists(texts: list[str], kinds: list[tuple[str, str]], attributed: list[bool]) -> None:
    """Lines in a row led by the same mark are one list: when one item is another story's title (a list of
    other stories), so are the others of thirty words or fewer that quote no one with a name, also one
    ending in a question mark or cut off. A list the text introduces with a colon is the article's."""
    i, count = 0, len(texts)
    while i < count:
        mark = _MARK.match(texts[i])
        j = i + 1
        while mark and j < count and texts[j].startswith(mark.group(1)) and _MARK.match(texts[j]):
            j += 1
        items = range(i, j)
        introduced = i > 0 and texts[i - 1].rstrip().endswith(":")
        if j - i >= 2 and not introduced and any(kinds[k][0] == CLUTTER and kinds[k][1] in LIST_ITEMS for k in items):
            for k in items:
                if kinds[k][0] != CLUTTER and len(words_of(texts[k])) <= 30 and not attributed[k]:
                    kinds[k] = (CLUTTER, "inside a list")
        i = max(j, i + 1)


# An embedded post's signature on a line of its own: "— Jane Roe (@janeroe) May 25, 2024".
_SIGNATURE = re.compile(r"^[—–-]\s*.{2,60}\(@\w+\) \w+ \d{1,2}, \d{4}$")
# A hashtag in running words ("#Kherson"), not one the text names as such ("the hashtag #StandWith").
_HASHTAG = re.compile(r"(?<![\w&#])(?<!hashtag )#[A-Za-z]\w+")


def _leaves_quote_open(text: str) -> bool:
    """A paragraph that opens a quotation and does not close it: the quote runs on into the next one."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def mark_embeds(texts: list[str], kinds: list[tuple[str, str]]) -> None:
    """An embedded post's body is the paragraph right above its signature (unless it introduces the post
    with a colon, or the text quotes the post: the paragraph before it opens a quotation it does not close);
    a short line with a hashtag next to an embedded post (one paragraph between at most) is
    one of its fragments."""
    count = len(texts)
    for i, text in enumerate(texts):
        if i and _SIGNATURE.match(text) and kinds[i - 1][0] != CLUTTER and len(words_of(texts[i - 1])) <= 80 and (
                not texts[i - 1].rstrip().endswith(":")) and not (i >= 2 and _leaves_quote_open(texts[i - 2])):
            kinds[i - 1] = (CLUTTER, "embedded post")
    posts = [i for i in range(count) if kinds[i] == (CLUTTER, "embedded post")]
    for i, text in enumerate(texts):
        if kinds[i][0] != CLUTTER and len(words_of(text)) <= 40 and _HASHTAG.search(text) and any(
                0 < abs(i - j) <= 2 for j in posts):
            kinds[i] = (CLUTTER, "embedded post")


# A short first sentence that is someone speaking or narrating, not a box's label: "Yes.", "He was 21.".
_SPOKEN_LEAD = re.compile(r"(?i)\b(?:i|we|you|he|she|they|it|me|us|him|her|them|my|our|yes|no|well|then)\b")
_WH_LEAD = re.compile(r"(?i)(?:how|why|what|where|when|who)\b")  # "How it all began." is a label


def explainer_runs(texts: list[str]) -> set[int]:
    """Three or more paragraphs in a row each led by a short label sentence ("How it all began. ...") are
    a sidebar box; a short sentence with a pronoun ("He was 21.", "Yes.") is no label."""
    leads = []
    for text in texts:
        sentences = split_sentences(text) or [""]
        leads.append(len(words_of(sentences[0])) <= 5 and bool(re.search(r"[.?]$", sentences[0])) and len(sentences) > 1
                     and not (_SPOKEN_LEAD.search(sentences[0]) and not _WH_LEAD.match(sentences[0])))
    found, run = set(), []
    for i, is_lead in enumerate(leads + [False]):
        if is_lead:
            run.append(i)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def mark_runs(texts: list[str], normals: list[str], reasons: list[str]) -> None:
    """Lines that go with the furniture beside them, by reason (before each line has its kind): a source
    line naming a person in a run of source lines is one of them; a player's title given again under its
    label ("WATCH | Title:" then "Title") is the player's."""
    count = len(texts)
    for i in range(count):
        if not reasons[i] and SOURCE_LINE.match(texts[i]) and len(words_of(texts[i])) <= 8 and any(
                0 <= j < count and reasons[j] == "source line" for j in (i - 1, i + 1)):
            reasons[i] = "source line"
    for i in range(1, count):
        if reasons[i - 1] == "player" and not reasons[i] and len(normals[i]) >= 12 and normals[i] in normals[i - 1]:
            reasons[i] = "player"


def introduced_list(texts: list[str], reasons: list[str]) -> set[int]:
    """The items of a list the text introduces with a colon ("The agreement includes:" then "- a ceasefire
    along the front line ..."), or whose marked items are sentences or clauses of one ("- help with
    accommodation in Warsaw,"), or that a label calls the story's key points ("What You Need To Know"): the
    article's own, however much each item looks like a title. Unmarked items
    need a sentence to introduce them ("The drop-in events are taking place:", not "Listen to the podcast
    here:"), end no sentence themselves, and the list ends at the first line that does; the sentence may also
    announce a quotation."""
    found: set[int] = set()
    for i in range(1, len(texts)):
        j = i - 1
        key_points = bool(_KEY_POINTS.match(texts[j]) and LIST_ITEM.match(texts[i]))  # under its label, whatever its kind
        if (reasons[i] or reasons[j] and j not in found) and not key_points:
            continue
        if LIST_ITEM.match(texts[i]):
            introduced = texts[j].rstrip().endswith(":") or key_points
            to_reader = bool(re.search(r"\b[Yy]ou(?:r)?\b", texts[i]))  # "• You can follow …": the site's, not the list's
            if introduced or not to_reader and (j in found or _CLAUSE_ITEM.match(texts[i])):
                found.add(i)
            continue
        last = (split_sentences(texts[j]) or [""])[-1]  # ("…, we must highlight the work of the local churches:")
        opened = bool(_INTRODUCES.search(texts[j]) or len(words_of(texts[j])) > len(words_of(last)) and (
            _INTRODUCES_LAST.search(last)))
        item = not re.search(r"[.!?…:]$", texts[i].rstrip())
        if item and (opened or j in found and not LIST_ITEM.match(texts[j])) or opened and texts[i][:1] in "\"“‘'":
            found.add(i)
    return found


# The label over a story's own summary in points: "What You Need To Know", "Key takeaways:", "At a Glance".
_KEY_POINTS = re.compile(r"(?i)^(?:what you need to know|key (?:points|takeaways|facts)|highlights|story highlights|"
                         r"at a glance|in brief|in short|summary)\W*$")
# An item that is a sentence or a clause of one, not a title: it goes on in lower case ("- help with accommodation
# in Warsaw,") or ends as a sentence does ("- No one has claimed responsibility for damaging it.").
# (an item ending on a semicolon is one clause of the list's sentence, however short: "💙 2 Emergency units of quarantine;")
_CLAUSE_ITEM = re.compile(rf"^(?:{_MARKS}|\d{{1,2}}[.)])\s+(?:[a-z]|(?=(?:\S+\s+){{5}}.*[.;,]$)|(?=.*;$))")
# A sentence that introduces a list (as _INTRODUCES below) closing a longer paragraph, up to thirty words.
_INTRODUCES_LAST = re.compile(r"^(?!(?:Listen|Read|Watch|See|Follow|Click|Tap|Subscribe|Sign|Get|Download|Share|More|"
                              r"Related)\b)[A-Z][\w’'-]*,?(?: [\w’',-]+){4,29}(?<!\bhere)(?<!\bbelow)(?<!\btoday)"
                              r"(?<!\bfollowing):$")
_INTRODUCES = re.compile(r"^(?!(?:Listen|Read|Watch|See|Follow|Click|Tap|Subscribe|Sign|Get|Download|Share|More|Related)\b)"
                         r"[A-Z][\w’'-]*(?: [\w’'-]+){4,11}(?<!\bhere)(?<!\bbelow):$")
