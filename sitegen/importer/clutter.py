"""Which paragraphs are site chrome rather than article text, decided by rules about what chrome
looks like (prompts, captions and credits, bylines, headline lists, promotions), not by one site's strings."""

from __future__ import annotations

import re

from sitegen.importer.layout import CHROME, ends_sentence, split_sentences

TEXT = "text"
HEADING = "heading"
CLUTTER = "clutter"

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")
_WORD = re.compile(r"[A-Za-z0-9][\w'’&.-]*")

# Prompts and chrome, anywhere in a short paragraph.
_PROMPTS = re.compile(
    r"\bread (?:more|full article|about our)\b|\bmost read\b|\bmore on\b|\brelated (?:stories|articles|coverage)\b"
    r"|\byou (?:may|might) (?:also )?like\b|\balso read\b|\bclick here\b|\bsign[ -]?up\b|\bnewsletter\b"
    r"|\bsubscri(?:be|ber|ption)\b|\bregister now\b|\bfree unlimited access\b|\bterms (?:of service|and conditions|&)"
    r"|\bprivacy polic|\bcookie polic|\bfollow (?:us|[A-Z][\w ]{0,40} on)\b|\bshare (?:this|on)\b|©|\bcopyright\b"
    r"|\ball rights reserved\b|\bplaceholder while\b|\bgift article\b|\bour standards\b|\btrust principles\b"
    r"|\bstream (?:it )?for free\b|\bwatch the latest\b|\bin the video above\b|\bhere are your\b|\berror occurred\b"
    r"|\bplease try again\b|\byour question\b|\bthis form\b|\bsend (?:us|them) (?:via|by) email\b"
    r"|\bnot responsible for the content of external\b|\bsave to read later\b|\bhead start on your day\b"
    r"|\bsent straight to your inbox\b|\bi agree to the\b|\bmarketing emails\b|\bis loading\b",
    re.IGNORECASE)
# Whole-paragraph chrome: the paragraph is nothing but this.
# Credits, bylines and the like.
_CREDITS = re.compile(
    r"\bcontributed (?:to this report|reporting|from)\b|\breported from\b|\bwrote from\b|\bwith reporting by\b"
    r"|\bwith files from\b|\bwriting by\b|\bediting by\b|\badditional reporting\b|\breporting by\b"
    r"|\b(?:this|the) (?:report|story|article) (?:by [\w ]+ )?(?:was|has been) (?:first published|updated)\b"
    r"|^from [A-Z][\w]*'s [A-Z]|^source: |^sources?: \S+$|^(?:updated|published|posted):? "
    r"|\(AP Photo\b|\bAP Photo/|\bphotograph: |\(photo: |\(video: |\bcredit: |\bgetty images\b|\bvia reuters\b"
    r"|\bREUTERS/|\(pictured\b|\bpictured:|\bimage caption\b|\bsupplied by\b|\bPool Photo\b|\bstill image\b"
    r"|^file - |^file photo\b|^(?:an? )?(?:image|photo|picture|illustration) of\b",
    re.IGNORECASE)
_DATE_ONLY = re.compile(
    r"^(?:(?:updated|published|posted):?\s*)?(?:\w+day,?\s+)?(?:\d{4}[/-]\d{1,2}[/-]\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2},? "
    r"\d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})?[,\s]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE)
_BYLINE = re.compile(r"^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+(?:(?:,| and) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+)*$")
_TWEET = re.compile(r"[—–-] .{2,60}\(@\w+\) \w+ \d{1,2}, \d{4}$")
# "Jane Doe is a senior fellow at ..." closing an opinion piece.
_AUTHOR_BIO = re.compile(
    r"^(?:Dr\.? |Prof\.? )?[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} is (?:a |an |the )?[\w\s,&-]{0,80}?"
    r"\b(?:fellow|author|columnist|contributor|correspondent|editor|professor|president of|director of|analyst)\b")
# Photo credit on its own line: "Charles Davis/Insider", "Alex Micsik /Pool Photo via AP".
_CREDIT_LINE = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} ?/ ?[A-Z][\w .'/-]*$")
# Credit glued after a caption's last sentence: ". EPA", ". Getty Images", ". AFP via Getty Images", ". Kremlin"
_TRAILING_CREDIT = re.compile(r"[.!?”\"]\s+((?:via )?[A-Z][\w.&'/-]*(?:[ /]+(?:via |and |of )?[A-Z][\w.&'/-]*){0,5})$")
_PIPE_CREDIT = re.compile(r" \| [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)* ?/")
_PRONOUN_START = re.compile(r"^(?:their|they|it|its|he|she|his|her|we|i|our|this is|these are)\b", re.IGNORECASE)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_CAPTION_DATE = re.compile(rf"\bon (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
                           rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{{1,2}}\b")



def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _strong_reason(text: str, position: int, count: int) -> str:
    """Why the paragraph is clutter on its own, or ""."""
    words = _words(text)
    bare = _outside_quotes(text)
    if CHROME.fullmatch(text):
        return "chrome"
    if _DATE_ONLY.fullmatch(text) and re.search(r"\d", text):
        return "timestamp"
    if len(words) <= 60 and _PROMPTS.search(bare):
        return "prompt"
    if len(words) <= 70 and _CREDITS.search(text):
        return "credit or caption"
    if _BYLINE.match(text):
        return "byline"
    if _TWEET.search(text):
        return "embedded post"
    if position >= count - 2 and _AUTHOR_BIO.match(text):
        return "author note"
    if len(words) <= 8 and _CREDIT_LINE.match(text) and "/" in text:
        return "photo credit"
    if _PIPE_CREDIT.search(text):
        return "photo credit"
    trailing = _TRAILING_CREDIT.search(text)
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
    if ends_sentence(text) or not 9 <= len(words) <= 30 or _PRONOUN_START.match(text):
        return False
    if last and len(words) > 15:
        return False  # a body cut off at the scraper's size cap
    return True


_AUXILIARIES = {"has", "was", "is", "does", "says", "goes", "gives", "makes", "takes", "seems", "remains", "continues"}


def _short_caption(text: str) -> bool:
    """A one- or two-sentence present-tense photo caption with its date ("People look as ... on April 18.")."""
    sentences = split_sentences(text)
    if len(sentences) > 2 or len(_words(text)) > 45 or not _CAPTION_DATE.search(sentences[0]):
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


def classify(texts: list[str]) -> list[tuple[str, str]]:
    """(kind, reason) for each paragraph, in order."""
    count = len(texts)
    reasons = [_strong_reason(t, i, count) for i, t in enumerate(texts)]
    for i in _explainer_runs(texts):
        reasons[i] = reasons[i] or "sidebar box"
    normals = [_normal(t) for t in texts]
    for i, text in enumerate(texts):
        # The line before a caption marker or a photo credit is the caption; so is the line after
        # "Image caption".
        if i > 0 and not reasons[i - 1] and (re.fullmatch(r"(?i)hide caption", text) or _credit_line(text)):
            if len(_words(texts[i - 1])) <= 60:
                reasons[i - 1] = "caption"
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
    followed_by_byline = [i + 1 < count and reasons[i + 1] in ("credit or caption", "byline")
                          and bool(re.match(r"(?i)^(?:from|by) ", texts[i + 1])) for i in range(count)]
    for i, text in enumerate(texts):
        if not reasons[i] and not followed_by_byline[i] and _headline_like(text, i == count - 1):
            reasons[i] = "list of other headlines"
    weak = [not reasons[i] and _weak(t) for i, t in enumerate(texts)]
    kinds: list[tuple[str, str]] = []
    for i, text in enumerate(texts):
        if reasons[i]:
            kinds.append((CLUTTER, reasons[i]))
            continue
        title_like = not ends_sentence(text) and len(_words(text)) < 9 or (
            followed_by_byline[i] and not ends_sentence(text))
        if followed_by_byline[i] and title_like:
            kinds.append((HEADING, "post title"))
            continue
        if not weak[i]:
            kinds.append((TEXT, ""))
            continue
        before = i > 0 and (reasons[i - 1] or weak[i - 1])
        after = i + 1 < count and (reasons[i + 1] or weak[i + 1])
        if not before and not after:
            kinds.append((HEADING, "subheading") if title_like else (TEXT, ""))
        elif (title_like and not after and i + 1 < count and text[:1].isupper()
              and reasons[i - 1] in _CAPTION_REASONS):
            kinds.append((HEADING, "subheading"))  # right after a photo's caption, before the text it heads
        else:
            kinds.append((CLUTTER, "run of teasers"))
    return kinds
