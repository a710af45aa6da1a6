"""Clutter that comes in lists and embeds, read once every line has a kind (``placement``): the body of an
embedded social post above its signature and the hashtagged lines beside it. A rule here only turns
kept lines into clutter where the list or the embed is certain, and never a paragraph that quotes someone
and says who (but an embed's own body, under its signature)."""

from __future__ import annotations

import re

from sitegen.importer.clutter import CLUTTER, words_of

# An embedded post's signature on a line of its own: "— Jane Roe (@janeroe) May 25, 2024".
_SIGNATURE = re.compile(r"^[—–-]\s*.{2,60}\(@\w+\) \w+ \d{1,2}, \d{4}$")
# A hashtag in running words ("#Kherson"), not one the text names as such ("the hashtag #StandWith").
_HASHTAG = re.compile(r"(?<![\w&#])(?<!hashtag )#[A-Za-z]\w+")


def mark_embeds(texts: list[str], kinds: list[tuple[str, str]]) -> None:
    """An embedded post's body is the paragraph right above its signature (unless it introduces the post
    with a colon); a short line with a hashtag next to an embedded post (one paragraph between at most) is
    one of its fragments."""
    count = len(texts)
    for i, text in enumerate(texts):
        if i and _SIGNATURE.match(text) and kinds[i - 1][0] != CLUTTER and len(words_of(texts[i - 1])) <= 80 and (
                not texts[i - 1].rstrip().endswith(":")):
            kinds[i - 1] = (CLUTTER, "embedded post")
    posts = [i for i in range(count) if kinds[i] == (CLUTTER, "embedded post")]
    for i, text in enumerate(texts):
        if kinds[i][0] != CLUTTER and len(words_of(text)) <= 40 and _HASHTAG.search(text) and any(
                0 < abs(i - j) <= 2 for j in posts):
            kinds[i] = (CLUTTER, "embedded post")
