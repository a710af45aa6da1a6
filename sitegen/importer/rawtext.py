"""Raw scraped article text → headline, outlet and paragraphs, each marked as article text or clutter.

A raw text is line 1: the headline, often with an outlet suffix (" - Reuters", " | The Sun"); then the
body as a scraper stored it. Three body layouts occur and are told apart by their shape, not by site:

* ``blank-lines``: paragraphs separated by blank lines (news-search API records);
* ``lines``: one paragraph a line (news API records, pasted text); a line broken inside a sentence
  (a link's text on its own line) is joined back;
* ``joined``: the whole body on one line, paragraphs joined by a run of spaces and ", " (scraped tables);
* ``run-on``: one line with no paragraph marks at all; it is cut into sentences.

Clutter is decided by rules about what site chrome looks like, not by lists of one site's strings:
prompts ("read more", "sign up", "advertisement"), captions and photo credits, bylines and
"contributed to this report" credits, runs of short lines without end punctuation (lists of other
headlines), ALL-CAPS promotions, reader-addressed questions, footers. A short line without end
punctuation between two article paragraphs is kept as a subheading.

Everything here is a pure function of the text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

TEXT = "text"
HEADING = "heading"
CLUTTER = "clutter"


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # HTML entities decoded, whitespace collapsed
    kind: str  # TEXT, HEADING or CLUTTER
    reason: str = ""  # why it is clutter (or a heading), for the editor and the tests
    line: int = 0  # line of the raw text where it starts (1 = the headline)


@dataclass(frozen=True, slots=True)
class RawArticle:
    headline: str
    outlet: str | None
    layout: str
    paragraphs: tuple[Paragraph, ...]
    dates: tuple[date, ...] = ()  # dates the text states as its own (timestamps, "first published ...")
    urls: tuple[str, ...] = ()

    @property
    def kept(self) -> list[Paragraph]:
        """The paragraphs that belong to the article (text and subheadings), in order."""
        return [p for p in self.paragraphs if p.kind != CLUTTER]

    @property
    def clutter(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == CLUTTER]


def parse_raw(text: str) -> RawArticle:
    """Parse a raw text; never raises, whatever the input."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    first, _, body = text.partition("\n")
    headline, outlet = split_headline(html.unescape(first).strip())
    layout, pieces = split_paragraphs(body)
    kinds = classify([p for p, _ in pieces])
    paragraphs = tuple(Paragraph(p, kind, reason, line) for (p, line), (kind, reason) in zip(pieces, kinds))
    return RawArticle(headline, outlet, layout, paragraphs, stated_dates(paragraphs), stated_urls(text))


# --- headline and outlet -------------------------------------------------------------------------

# Words that stand after " - " in a headline as the person quoted ("... genocide' - PM"), not an outlet.
_ROLE_SUFFIXES = {"pm", "mp", "mep", "president", "minister", "un", "eu", "nato", "us", "uk", "police", "report",
                  "sources", "source", "official", "officials", "analysis", "opinion", "live", "video", "watch"}
_OUTLET_SUFFIX = re.compile(r"^(?P<headline>.+?)\s+(?:\||-|–|—)\s+(?P<outlet>[^|\-–—]{2,60})$")


def split_headline(line: str) -> tuple[str, str | None]:
    """``"Title - Reuters"`` → ``("Title", "Reuters")``; no recognisable suffix → ``(line, None)``."""
    line = " ".join(line.split())
    match = _OUTLET_SUFFIX.match(line)
    if not match:
        return line, None
    outlet = match.group("outlet").strip()
    words = outlet.split()
    if (outlet.casefold() in _ROLE_SUFFIXES or len(words) > 5 or not outlet[0].isupper() and not outlet[0].isdigit()
            or outlet.endswith((".", "?", "!", "'", "’", '"', "”"))):
        return line, None
    return match.group("headline").strip(), outlet


# --- paragraphs ----------------------------------------------------------------------------------

# Paragraph joins of the "joined" layout: a run of spaces then ", "; after an end of sentence a single
# space or none ('regime.", As part').
_JOIN = re.compile(r"[ \xa0]{2,},(?:[ \xa0]+|$)|(?<=[.!?:])[ \xa0]+,(?:[ \xa0]+|$)|(?<=[.!?][\"”'’])[ \xa0]+,(?:[ \xa0]+|$)|(?<=[.!?][\"”]),(?= [A-Z\"“])")
# Paragraphs run together with no space ("targeted.“I hear", "members.Mr Coveney").
_RUN_TOGETHER = re.compile(r"(?<=[a-z0-9)][.!?])(?=[\"“]?[A-Z])|(?<=[a-z0-9)][.!?][\"”])(?=[A-Z])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "maj", "col", "sgt", "capt", "gov", "sen", "rep", "prof",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
                  "u.s", "u.k", "u.n", "e.u", "inc", "co", "corp", "jr", "sr", "p.m", "a.m", "d.c", "rev", "ft"}
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’']?)\s+(?=[\"“‘']?[A-Z0-9])")
# A line that ends in one of these words was cut inside a sentence (a link's text follows).
_OPEN_ENDINGS = {"a", "an", "the", "of", "on", "in", "to", "for", "by", "with", "and", "or", "at", "from", "as",
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
        return "blank-lines", _tidy([(" ".join(t for t, _ in block), block[0][1]) for block in blocks])
    if len(filled) == 1:
        i = filled[0]
        parts = _RUN_TOGETHER.split(lines[i])
        if len(parts) == 1 and len(lines[i]) > 1500:
            return "run-on", _tidy([(s, i + 2) for s in split_sentences(lines[i])])
        return "run-on", _tidy([(p, i + 2) for p in parts])
    return "lines", _join_broken(_tidy([(lines[i], i + 2) for i in filled]))


def _tidy(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    out = []
    for text, line in pieces:
        text = html.unescape(text).replace("\xa0", " ")
        text = " ".join(text.split()).strip()
        text = re.sub(r"^,\s*", "", text).strip()
        text = re.sub(r"(?<=[.!?\"”])\s+read more$", "", text, flags=re.IGNORECASE)
        if text and text != ",":
            out.append((text, line))
    return out


def _join_broken(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Join a line cut inside a sentence to the next one ("It sent a" / "diplomatic note" / "to the ...")."""
    out: list[tuple[str, int]] = []
    for text, line in pieces:
        if out:
            previous = out[-1][0]
            last_word = previous.rsplit(" ", 1)[-1].casefold()
            cut = not _ends_sentence(previous) and (text[0].islower() or last_word in _OPEN_ENDINGS)
            if cut and (last_word in _OPEN_ENDINGS or not _is_chrome_word(text)):
                glue = "" if re.search(r"[a-z]$", previous) and re.match(r"[a-z]+\b", text) and len(
                    previous.rsplit(" ", 1)[-1]) <= 2 and last_word not in _OPEN_ENDINGS else " "
                out[-1] = (previous + glue + text, out[-1][1])
                continue
        out.append((text, line))
    return out


def split_sentences(text: str) -> list[str]:
    """Cut prose into sentences, leaving abbreviations ("Mr.", "U.S.", "Feb.") alone."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()].rsplit(" ", 1)[-1].rstrip(".!?\"”’'").casefold()
        if before in _ABBREVIATIONS or re.fullmatch(r"[a-z]", before):
            continue
        sentences.append(text[start:match.end(1)].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


# --- clutter -------------------------------------------------------------------------------------

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")
_END = re.compile(r"[.!?:;…][\"”’')\]]*$|[\"”’]$")
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
_CHROME = re.compile(
    r"(?:advertisement|advertising|sponsored(?: content)?|supported by|loading\W*|search|tweet|share|copy link|"
    r"linkedin|facebook|twitter|whatsapp|email(?: address)?|print|comments?|photos?|video|image caption|"
    r"hide caption|expand|close|menu|skip advertisement|arrowright|arrowleft|read more|[_*=~-]{2,}|\W*|"
    r"\[\[\w+\]\]|\d+ of \d+|summary)\W*", re.IGNORECASE)
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
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_CAPTION_DATE = re.compile(rf"\bon (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
                           rf"(?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{{1,2}}\b")


def _ends_sentence(text: str) -> bool:
    return bool(_END.search(text))


def _is_chrome_word(text: str) -> bool:
    return bool(_CHROME.fullmatch(text))


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _strong_reason(text: str, position: int, count: int) -> str:
    """Why the paragraph is clutter on its own, or ""."""
    words = _words(text)
    bare = _outside_quotes(text)
    if _CHROME.fullmatch(text):
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
    if trailing and not _ends_sentence(text) and len(trailing.group(1).split()) <= 6:
        return "caption with credit"
    letters = [c for c in bare if c.isalpha()]
    if len(words) >= 4 and letters and all(c.isupper() for c in letters):
        return "all-caps promotion"
    if len(words) <= 2 and not _ends_sentence(text) and text[:1].islower():
        return "debris"
    if (not _ends_sentence(text) and len(words) >= 3 and all(w[0].isupper() or w[0].isdigit() for w in words)
            and any(w in ("In", "Of", "The", "A", "An", "And", "To", "For", "On", "At", "With", "That", "Is")
                    for w in words[1:])):
        return "title of another item"
    if re.match(r"^(?:Exclusive|Watch|Related|Opinion|Analysis|Listen|Video|Gallery|Live|Explainer|Read|Opinion)"
                r"\s*[:|]", text) and not _ends_sentence(text):
        return "link to another story"
    return ""


def _weak(text: str) -> bool:
    """Looks like a heading or a teaser: short, no end punctuation, or addressed to the reader."""
    bare = _outside_quotes(text)
    words = _words(text)
    if not _ends_sentence(text):
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
    if _ends_sentence(text) or not 9 <= len(words) <= 30 or _PRONOUN_START.match(text):
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
    return len(_words(text)) <= 8 and "/" in text and ":" not in text and not _ends_sentence(text)


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
            if not _ends_sentence(texts[i + 1]):
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
        title_like = not _ends_sentence(text) and len(_words(text)) < 9 or (
            followed_by_byline[i] and not _ends_sentence(text))
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


# --- dates and addresses the text states ---------------------------------------------------------

_MONTH_NUMBER = {m.casefold(): i for i, m in enumerate(_MONTHS.split("|"), 1)}
_MONTH_NUMBER.update({m[:3].casefold(): i for m, i in list(_MONTH_NUMBER.items())})
_MONTH_NUMBER["sept"] = 9
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>20\d\d)[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2}),? (?P<y>20\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2}) (?P<mon>[A-Z][a-z]{2,8}),? (?P<y>20\d\d)\b"),
)
_URL = re.compile(r"https?://[^\s<>\"'“”)\]]+")


def _dates_in(text: str) -> list[date]:
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["m"]) if parts.get("m") else _MONTH_NUMBER.get((parts.get("mon") or "").casefold())
            try:
                found.append((match.start(), date(int(parts["y"]), month, int(parts["d"]))))
            except (TypeError, ValueError):
                continue
    return [d for _, d in sorted(found)]


def stated_dates(paragraphs: tuple[Paragraph, ...]) -> tuple[date, ...]:
    """Dates the text gives as its own: timestamp lines, "published"/"updated" lines. Dates mentioned in
    the story ("on April 9, 2010") are not the article's date and are left out."""
    found: list[date] = []
    for paragraph in paragraphs:
        if paragraph.reason in ("timestamp", "credit or caption") and (
                paragraph.reason == "timestamp" or re.search(r"(?i)\b(?:published|updated|posted)\b", paragraph.text)):
            found += _dates_in(paragraph.text)
    for paragraph in paragraphs:
        for url in _URL.findall(paragraph.text):
            found += url_dates(url)
    return tuple(dict.fromkeys(found))


def url_dates(url: str) -> list[date]:
    """The date in an address like ``/2022/04/22/`` or ``...-2022-04-12/``."""
    match = re.search(r"/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)", url) or re.search(
        r"[/-](20\d\d)-(\d{2})-(\d{2})(?:/|\.|$)", url)
    if not match:
        return []
    try:
        return [date(int(match.group(1)), int(match.group(2)), int(match.group(3)))]
    except ValueError:
        return []


def stated_urls(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u.rstrip(".,;") for u in _URL.findall(html.unescape(text))))
