"""Photo captions and credits: by their shape alone (a present-tense line with its date, a participle where a
sentence has its verb, a noun phrase and where it is, a short credit with a slash) and by what stands next to
them (a caption marker, a credit, a block holding a credit). Used by ``clutter`` and ``placement``."""

from __future__ import annotations

import re

from sitegen.importer.chrome import CAPTION_DATE, NAME_LINE, PICTURE_GIVER, QUOTED, words_of
from sitegen.importer.layout import ends_sentence, split_sentences
from sitegen.importer.lexicon import VERB


# The reasons a line is a photo's caption or credit.
CAPTION_REASONS = ("photo credit", "caption", "credit or caption", "caption with credit")
# A photo's credit somewhere in a line: "(Jane Roe/AP)", "Photo: …".
PHOTO_CREDIT = re.compile(r"\((?:[^()]*/[^()]*|(?:AP|AFP|Reuters|EPA|Getty)\b[^()]*)\)\s*$"
                           r"|^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} ?/ ?[A-Z][\w .'/-]*$|\b(?:[Pp]hoto|PHOTO)\b"
                           r"|(?:Image|Picture|Photograph):")


# A sentence led by a subordinate clause, not by the named subject a caption opens with.
_SUBORDINATE_LEAD = re.compile(r"^(?:When|As|After|Before|While|If|Since|Although|Though|Once|Until|Because)\s")
_AUXILIARIES = {"has", "was", "is", "does", "says", "goes", "gives", "makes", "takes", "seems", "remains", "continues"}


def short_caption(text: str, dated: bool = True) -> bool:
    """A one- or two-sentence present-tense photo caption with its date ("People look as ... on April 18."),
    or without one (``dated=False``) where another caption vouches for it."""
    sentences = split_sentences(text)
    if len(sentences) > 2 or len(words_of(text)) > 45 or dated and not CAPTION_DATE.search(sentences[0]):
        return False
    if re.search(r"\b(?:said|says|told|tells|according to|announced|reported|explains|recalls|adds|notes|recounts"
                 r"|remembers)\b", sentences[0]) or text.rstrip().endswith(":"):
        return False  # someone telling it, or a line that introduces what follows: the article's narration
    if _SUBORDINATE_LEAD.match(text):
        return False  # "When troops stormed the town on Aug. 6, they ...": a clause, then the sentence's subject
    # the first word in lower case after the capitalised subject is its verb, unless a determiner leads the
    # subject ("The talks began ...": "talks" is the noun, "began" the verb)
    verb = re.match(r"^(?:(?:The|A|An|This|These|Its|His|Her|Their)\s+[a-z][\w'-]*\s+|(?:[A-Z][\w'-]*\s+){1,6}?)"
                    r"(?P<verb>[a-z]+)\b", text)
    if verb and re.match(r"\s+(?:were|was|are|is|have|has|had|will|would|[a-z]{3,}ed)\b", text[verb.end():]):
        return False  # "Some attendees were …", "Eighty-two countries signed …": the -s word was the subject's noun
    return bool(verb) and verb.group("verb") not in _AUXILIARIES and (
        verb.group("verb").endswith("s") or verb.group("verb") in ("look", "work", "walk", "sit", "stand", "talk",
                                                                  "ride", "move", "wait", "gather", "are"))


# A caption's shape: a named subject, then a participle instead of a finite verb ("Ukrainians holding a banner
# ...", "British troops moving to help Ukraine."); a determiner would make the -ing word a noun ("The shelling").
_PARTICIPLE_LEAD = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z]+s\s+)?[a-z]{2,}ing\b")
FINITE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
                     r"should|do|does|did)\b|\b[a-z]{3,}ed\b")

# Prepositions that open a phrase before a sentence's subject, never a caption's named subject.
_OPENS_PHRASE = {"from", "in", "on", "at", "after", "before", "during", "with", "without", "for", "since", "by", "under",
                 "over", "across", "through", "between", "among", "despite", "like", "unlike", "besides", "beyond"}

_PRONOUN_LEAD = re.compile(r"(?:He|She|It|They|We|I|You)(?:['’](?:s|re|m|ve|d|ll))?\s")


def participle_caption(text: str) -> bool:
    """A one-sentence line of thirty words or fewer, closed by a full stop, that describes a picture with a
    participle where a sentence has its verb, and no finite verb anywhere (no auxiliary, no past tense, no
    verb of speech); a subheading of that shape ("Eyes glowing with determination") has no full stop."""
    if not text.endswith(".") or not _PARTICIPLE_LEAD.match(text) or re.match(r"(?:The|A|An|This|That|These|Those)\s",
                                                                               text) or _PRONOUN_LEAD.match(text) or (
            text.split()[0].casefold() in _OPENS_PHRASE):
        return False  # ("He’s working to pack up …": a pronoun stands for someone the text named, and ’s is a verb;
        # "From living room couches to spare bedrooms, the site connects …": a phrase, then the sentence's subject)
    return len(words_of(text)) <= 30 and len(split_sentences(text)) == 1 and not FINITE.search(text) and not (
        VERB.search(text))


# A picture's description with no verb at all: "Damaged cars outside the train station in Kramatorsk, eastern
# Ukraine.", "Russian troops in Kherson.": names and participles before a noun, then only where it is.
_VERBLESS_CAPTION = re.compile(
    r"^(?:(?:The|A|An|Two|Three|Several|Local)\s+)?(?:(?:[A-Z][\w'’-]*|[a-z]+(?:ed|en))\s+){0,3}[a-z]{3,}(?<!ed)s?,?"
    r"(?:\s+(?:in|outside|at|near|inside|on|of|(?:north|south|east|west|northeast|northwest|southeast|southwest) of)(?:\s+the)?(?:\s+(?:[A-Z][\w'’-]*,?|(?:eastern|western|northern|southern|"
    r"central|region|city|town|village|oblast|district|capital|station|train|railway|street|square|road|outskirts|border|"
    r"bridge|river|port|front|line|of|the),?))+)+\.$")


def verbless_caption(text: str) -> bool:
    """A one-sentence line of twenty-five words or fewer that is a noun phrase and the place it is in, with
    no verb and no one's words."""
    return len(words_of(text)) <= 25 and bool(_VERBLESS_CAPTION.match(text)) and not VERB.search(text) and not (
        re.search(r"\b(?:is|are|was|were|has|have|had)\b", text))


def credit_line(text: str) -> bool:
    """A short photo credit with a slash between names: "Charles Davis/Insider", "Katie Blackley / 90.5 WESA" (a
    station by its frequency; not a web address)."""
    return len(words_of(text)) <= 8 and bool(re.search(r"[A-Z][\w.'’-]*\s?/\s?(?:[A-Z]|\d+(?:\.\d+)?\s+[A-Z])", text)) and (
        ":" not in text) and (
        not ends_sentence(text))


# A caption led by its paper's name, the way some groups label their pictures: "Hampshire Chronicle: Nataliia and
# Serjejs from Ukraine" (a question or a sentence after such a label is an interview's or a quoted outlet's).
_PAPER_LABEL = re.compile(r"^(?:The )?(?:[A-Z][\w'&-]*\s){0,3}(?:Chronicle|Echo|Advertiser|Gazette|Times|News|Post|Herald|"
                          r"Mail|Express|Star|Standard|Journal|Observer|Telegraph|Press|Argus|Mercury|Courier|Guardian|"
                          r"Sentinel|Leader|Record|Citizen|Bulletin|Examiner|Tribune)\s*:\s+\S")


# A sentence reporting what someone says or reckons: "Jane Roe … estimates that at least 200 people have fled".
_REPORTS_THAT = re.compile(r"\b(?:says|said|estimates|estimated|believes|believed|explains|explained|notes|noted|adds|added"
                           r"|told [A-Z]?\w+)\s+that\b")


# A caption its photographer's credit opens, NPR style: "Claire Roe / NPR / NPR A house and playground at …".
_CREDIT_THEN_CAPTION = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} ?/ ?[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2}"
                                  r"(?: ?/ ?[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2})? (?P<rest>[A-Z][^\"“”]{10,400}\.)$")


def _describes_picture(text: str) -> bool:
    """Whether the line above a photo's credit can be the picture's caption: sixty words or fewer, not two
    sentences of forty words or more, not a sentence reporting what someone says (the picture had none)."""
    above = len(words_of(text))
    return above <= 60 and not _REPORTS_THAT.search(text) and not (above >= 40 and len(split_sentences(text)) >= 2)


def mark_captions(texts: list[str], reasons: list[str], blocks: list[int] | None) -> None:
    """Captions known by what stands next to them: the line before a caption marker or a photo credit,
    the line after "Image caption", the lines of a block that holds a photo's credit, a name beside a
    caption (the photo's credit)."""
    count = len(texts)
    for i in range(1, count - 1):
        # a credit broken over three lines, its slash alone on the middle one: "Molly Roe", "/", "WSHU"
        if texts[i].strip() == "/" and all(len(words_of(texts[j])) <= 4 for j in (i - 1, i + 1)) and credit_line(
                f"{texts[i - 1]} / {texts[i + 1]}"):
            reasons[i - 1] = reasons[i - 1] or "photo credit"
            reasons[i] = reasons[i + 1] = "photo credit"
            if i >= 2 and not reasons[i - 2] and _describes_picture(texts[i - 2]):
                reasons[i - 2] = "caption"  # the picture's description, right above its credit
            opening = words_of(texts[i - 2])[:3] if i >= 2 else None
            if opening and i + 2 < count and not reasons[i + 2] and (
                    words_of(texts[i + 2])[:len(opening)] == opening and _describes_picture(texts[i + 2])):
                # its alt text under it, opening the same way ("Rep. Jane Roe", credit, "Rep. Jane Roe (D-CT)"); named
                # apart from "caption", which draws the short lines beside it into a gallery
                reasons[i + 2] = "caption with its alt text"
    for i, text in enumerate(texts):
        short_credit = bool(re.match(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} for [A-Z][\w&]*(?: [A-Z][\w&]*){0,3}$",
                                     text) or re.match(PICTURE_GIVER, text, re.IGNORECASE))
        if i > 0 and not reasons[i - 1] and (re.fullmatch(r"(?i)hide caption", text) or credit_line(text)
                                             or short_credit):
            if _describes_picture(texts[i - 1]):
                reasons[i - 1] = "caption"
            if credit_line(text):  # ("Katie Blackley / 90.5 WESA"; not a title "Zelensky Calls for Talks")
                reasons[i] = reasons[i] or "photo credit"
        if re.fullmatch(r"(?i)enlarge this image\W*", text) and i + 1 < count and not reasons[i + 1]:
            reasons[i + 1] = "caption"
        if re.fullmatch(r"(?i)image caption\W*", text) and i + 1 < count and not reasons[i + 1]:
            if not ends_sentence(texts[i + 1]) or len(words_of(texts[i + 1])) <= 30 and len(
                    split_sentences(texts[i + 1])) == 1 and not QUOTED.search(texts[i + 1]):
                reasons[i + 1] = "caption"  # the caption the label stands over: one sentence, quoting no one
        if re.match(r"(?i)image (?:caption|source)\b", text) and i > 0 and not reasons[i - 1] and not ends_sentence(
                texts[i - 1]) and len(words_of(texts[i - 1])) <= 15 and not QUOTED.search(texts[i - 1]):
            reasons[i - 1] = "caption"  # the picture's description (its alt text) right above its label
        credited = _CREDIT_THEN_CAPTION.match(text)
        if not reasons[i] and credited and len(words_of(credited.group("rest"))) >= 4 and not VERB.search(text):
            reasons[i] = "caption with credit"
        if not reasons[i] and (short_caption(text) or participle_caption(text) or verbless_caption(text) or (
                _PAPER_LABEL.match(text) and not ends_sentence(text) and len(words_of(text)) <= 20)):
            reasons[i] = "caption"
    if blocks is not None:
        # A block of lines kept apart because one is a photo's credit is the photo's caption: the scraper
        # stacked the picture's description, its alt text and its credit without blank lines between.
        credited = {blocks[i] for i in range(count) if reasons[i] in CAPTION_REASONS and PHOTO_CREDIT.search(texts[i])}
        for i in range(count):
            if blocks[i] in credited and not reasons[i] and len(words_of(texts[i])) <= 40 and texts[i][:1].isupper() and (
                    not QUOTED.search(texts[i]) and blocks.count(blocks[i]) > 1):
                reasons[i] = "caption"
    for i, text in enumerate(texts):
        # a gallery: a present-tense description beside a caption is one too, dated or not (not where it
        # reports in the past anywhere: "The collections were put together …")
        if not reasons[i] and not QUOTED.search(text) and any(
                0 <= j < count and reasons[j] == "caption" for j in (i - 1, i + 1)) and short_caption(text, dated=False) and (
                not re.search(r"\b(?:was|were|had)\b", text)):
            reasons[i] = "caption"
    for i, text in enumerate(texts):
        if not reasons[i] and NAME_LINE.match(text) and any(
                0 <= j < count and reasons[j] in CAPTION_REASONS for j in (i - 1, i + 1)):
            reasons[i] = "photo credit"
