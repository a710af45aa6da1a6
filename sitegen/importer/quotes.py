"""Direct quotes in article paragraphs, and who said them.

Patterns handled (straight and typographic marks, double and single):

* ``"…," said X`` / ``"…," X said`` / ``"…," X told the Telegraph`` / ``X said: "…"`` / ``X said that "…"``;
* ``"…," he said``: the pronoun is the person the text last made the subject of a sentence;
* a quote running over paragraphs: an opening mark with no closing one goes on into the next paragraph
  when that paragraph opens with a quote mark;
* a quote paragraph with no attribution continues the last speaker;
* speakers described by role and age: "a 25-year-old Ukrainian soldier named Marty" → Marty, "said the
  31-year-old" → whoever was described as 31-year-old, else the last named speaker;
* titles and roles: "Defence minister Oleksii Reznikov" → name Oleksii Reznikov, role Defence minister;
  a surname alone ("Stubb said") → the full name used earlier;
* unnamed sources ("a senior US official", "the Kremlin", "the ministry") are reported as such;
* texts that lost their quote marks (some news APIs delete non-ASCII): ``Sentence, X said.``

A quoted span counts as a quote when it is a sentence (a capital letter and three words or more) or
at least six words; shorter quoted phrases and scare quotes are not quotes.

Speakers are matched against the site's registry (``content/speakers.yaml`` entries: ``id``, ``name``,
``aliases``) by name, surname and alias, ignoring case and diacritics. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from sitegen.slugs import slugify


@dataclass(frozen=True, slots=True)
class SpeakerGuess:
    name: str = ""  # a person's name as the text gives it; "" for an unnamed source
    role: str = ""
    description: str = ""  # what the text calls an unnamed source: "senior US State Department official"
    speaker_id: str = ""  # the registry entry it matched
    anonymous: bool = False  # only a first name or a call sign is known

    @property
    def named(self) -> bool:
        return bool(self.name)

    @property
    def label(self) -> str:
        return self.name or self.description


@dataclass(frozen=True, slots=True)
class FoundQuote:
    text: str
    speaker: SpeakerGuess | None
    paragraph: int  # index of the paragraph the quote starts in
    how: str = ""  # which pattern attributed it


# --- words ---------------------------------------------------------------------------------------

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|noted|recalled|recounted|argued|warned|"
    "insisted|stressed|declared|vowed|acknowledged|admitted|replied|responded|answered|continued|claimed|concluded|"
    "tweeted|posted|stated|announced|urged|remarked|echoed|pleaded|predicted|observed|joked|conceded|cautioned|"
    "revealed|confirmed|insists|warns|added|demanded|promised|read|reiterated|commented|boasted|shouted|"
    "complained|lamented|hailed|countered|quipped|agreed|suggested|thundered|exclaimed")
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_ROLE_WORDS = {
    "president", "prime", "minister", "secretary", "treasury", "kremlin", "spokesperson", "spokesman", "spokeswoman",
    "chancellor", "defence", "defense", "foreign", "deputy", "general", "gen", "maj", "lt", "col", "sgt", "capt", "dr",
    "mr", "mrs", "ms", "sir", "dame", "professor", "prof", "sen", "senator", "rep", "gov", "governor", "mayor",
    "ambassador", "chief", "director", "head", "commander", "colonel", "captain", "finance", "interior", "health",
    "climate", "affairs", "state", "press", "national", "security", "adviser", "advisor", "former", "retired",
    "lord", "lady", "king", "queen", "pope", "speaker", "leader", "chairman", "chair", "ceo", "economist",
    "analyst", "officer", "official", "envoy", "negotiator", "presidential", "regional", "military", "army",
    "navy", "air", "force", "first", "vice", "under", "assistant", "executive", "political", "un", "eu", "nato",
    "us", "u.s", "uk", "u.k", "e.u", "secretary-general", "opposition", "labour", "conservative", "republican",
    "democratic", "senior", "top", "moscow", "kyiv", "resident", "soldier", "reporter", "correspondent",
    "expert", "researcher", "professor", "dr.", "mr.", "mrs.", "ms.", "gen.", "maj.", "lt.", "col.", "sen.",
    "gov.", "prof.", "rep.", "qc", "mp", "mep", "rand", "corp", "corp.", "white", "house", "pentagon"}
_ORG_WORDS = {
    "ministry", "department", "office", "council", "staff", "command", "house", "kremlin", "pentagon", "government",
    "watch", "institute", "agency", "forces", "operation", "commission", "bank", "embassy", "service", "police",
    "army", "military", "union", "nations", "committee", "organization", "organisation", "statement", "report",
    "group", "company", "administration", "authorities", "court", "parliament", "duma", "cabinet", "mission",
    "centre", "center", "foundation", "board", "bureau", "guard", "guards", "unit", "brigade", "battalion",
    "fund", "station", "channel", "agency", "press", "times", "post", "news", "reuters", "interfax", "tass",
    "telegraph", "bbc", "cnn", "project", "ria", "sky", "associated", "gazprom", "nato", "eu", "un", "who",
    "university", "school", "researchers", "officials", "department", "party", "coalition", "alliance"}
_NATIONALITIES = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ish|ese|an|ic|i)|British|French|Dutch|Swiss|Greek|Thai|Czech|"
                            r"Irish|Welsh|Scottish|Danish|Swedish|Finnish|Polish|Turkish|Kremlin|Western|European)$")
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|van|von|al-[\w-]+|bin|der|le|la|du|dos)$")


def _fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("’", "").replace("'", "")))


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’-]*", text)


# --- quoted spans --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Span:
    start: int  # index of the first character inside the marks
    end: int  # index just past the last character inside the marks
    text: str
    unclosed: bool = False  # opened and not closed in this paragraph
    opens_paragraph: bool = False


_OPENERS = "\"“"
_CLOSERS = "\"”"
_BEFORE_OPEN = set(" \t([{—–-:;,/") | {""}


def double_spans(text: str) -> list[_Span]:
    """Spans inside double quote marks, including one left open at the end of the paragraph and, for
    texts that lost their opening marks, one closed by a mark that nothing opened."""
    spans: list[_Span] = []
    open_at = None
    for i, ch in enumerate(text):
        if ch not in "\"“”":
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if open_at is None:
            if ch == "“" or (ch == '"' and (prev in _BEFORE_OPEN or prev.isspace()) and nxt and not nxt.isspace()):
                open_at = i + 1
            elif ch in "”\"" and re.match(r"[,.]?\s+(?:[^\s\"“”]+\s+){0,6}?(?:%s)\b" % SPEECH_VERBS, text[i + 1:]):
                # a closing mark nothing opened ("…infrastructure," the ministry said.)
                start = 0
                spans.append(_Span(start, i, text[start:i]))
            continue
        if ch == "“" and prev.isspace():
            # a new opening before the old one closed: the marks are unbalanced, start again
            open_at = i + 1
            continue
        spans.append(_Span(open_at, i, text[open_at:i], opens_paragraph=open_at == 1))
        open_at = None
    if open_at is not None and len(text) - open_at > 1:
        spans.append(_Span(open_at, len(text), text[open_at:], unclosed=True, opens_paragraph=open_at == 1))
    return spans


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))[‘'](?=[^\s'’])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s‘])[’'](?=[\s.,;:!?)\]—–]|$)")


def single_spans(text: str) -> list[_Span]:
    """Spans inside single quote marks (outlets that quote with them), telling apostrophes apart."""
    spans = []
    position = 0
    while True:
        opening = _SINGLE_OPEN.search(text, position)
        if not opening:
            break
        start = opening.end()
        closing = _SINGLE_CLOSE.search(text, start)
        while closing and re.match(r"s\b", text[closing.start() - 1:closing.start()]) and closing.end() < len(text) \
                and text[closing.end():closing.end() + 1] == " " and re.match(r" [a-z]", text[closing.end():]) and \
                not re.match(r" (?:%s)\b" % SPEECH_VERBS, text[closing.end():]):
            closing = _SINGLE_CLOSE.search(text, closing.end())  # "the Russians' tanks": a possessive
        if not closing:
            spans.append(_Span(start, len(text), text[start:], unclosed=True, opens_paragraph=start == 1))
            break
        spans.append(_Span(start, closing.start(), text[start:closing.start()], opens_paragraph=start == 1))
        position = closing.end()
    return spans


def quote_spans(text: str) -> list[_Span]:
    spans = double_spans(text)
    covered = [(s.start, s.end) for s in spans]
    for span in single_spans(text):
        if not any(a - 1 <= span.start <= b + 1 for a, b in covered):
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def is_quote(text: str) -> bool:
    """A sentence of three words or more, or a partial quotation of six; not a title or a phrase."""
    words = _words(text)
    stripped = text.strip(" .,…([")
    if len(words) >= 6:
        return True
    return len(words) >= 3 and stripped[:1].isupper() and bool(re.search(r"[.!?,…]\s*$", text.strip()))


# --- who -----------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Context:
    people: list[str] = field(default_factory=list)  # full names in order of mention
    ages: dict[str, str] = field(default_factory=dict)  # "31" -> name
    last_subject: SpeakerGuess | None = None
    last_speaker: SpeakerGuess | None = None
    unnamed: list[SpeakerGuess] = field(default_factory=list)

    def full_name(self, name: str) -> str:
        """A surname or a shorter form used after the full name: "Stubb" → "Alexander Stubb"."""
        folded = _fold(name)
        for person in reversed(self.people):
            parts = _fold(person).split()
            if folded == _fold(person):
                return person
            if len(folded.split()) == 1 and folded in parts[1:]:
                return person
        return name

    def remember(self, guess: SpeakerGuess) -> None:
        if guess.named and guess.name not in self.people:
            self.people.append(guess.name)
        if not guess.named and guess.description:
            self.unnamed.append(guess)


def _name_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised tokens: (start, end, tokens)."""
    runs = []
    tokens = list(re.finditer(r"[\w'’.-]+", text))
    i = 0
    while i < len(tokens):
        if tokens[i].group()[0].isupper():
            j = i
            while j + 1 < len(tokens) and _NAME_TOKEN.match(tokens[j + 1].group()) and \
                    text[tokens[j].end():tokens[j + 1].start()] in (" ", "-"):
                j += 1
            runs.append((tokens[i].start(), tokens[j].end(), [t.group() for t in tokens[i:j + 1]]))
            i = j + 1
        else:
            i += 1
    return runs


def _person_from_tokens(tokens: list[str]) -> tuple[str, str]:
    """(name, role) from a run of capitalised tokens: "Defence Minister Oleksii Reznikov" → ("Oleksii
    Reznikov", "Defence Minister")."""
    tokens = [t.rstrip(".,’'") if t.endswith((",",)) else t for t in tokens]
    cut = 0
    while cut < len(tokens) - 1 and (tokens[cut].casefold().rstrip(".") in _ROLE_WORDS or tokens[cut].casefold() in
                                     _ROLE_WORDS or _NATIONALITIES.match(tokens[cut]) or tokens[cut].endswith(
                                         ("’s", "'s"))):
        cut += 1
    name_tokens = [t for t in tokens[cut:] if t.casefold().rstrip(".") not in ("mr", "mrs", "ms", "dr")]
    name = " ".join(name_tokens).strip(" .,")
    role = " ".join(tokens[:cut])
    return name, role


def _is_org(tokens: list[str]) -> bool:
    return any(t.casefold().strip(".,’'s") in _ORG_WORDS or t.casefold() in _ORG_WORDS for t in tokens) or (
        len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1)


def _clean_who(phrase: str) -> str:
    phrase = phrase.strip(" ,.:;—–-")
    phrase = re.sub(r"^(?:and|but|while|whilst|as|then|so|also|however|meanwhile)\s+", "", phrase, flags=re.I)
    return phrase


def resolve_who(phrase: str, context: _Context) -> SpeakerGuess | None:
    """The speaker a phrase like "he", "the 31-year-old", "Kremlin spokesperson Dmitry Peskov" or "a
    senior US official" stands for."""
    phrase = _clean_who(phrase)
    if not phrase:
        return None
    lowered = phrase.casefold()
    if lowered in _PRONOUNS:
        if lowered in ("he", "she"):
            return context.last_subject or context.last_speaker
        if lowered in ("it", "they") and context.last_subject and not context.last_subject.named:
            return context.last_subject
        return context.last_subject or context.last_speaker
    named = re.search(r"\b(?:named|called|identified as|known as)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", phrase)
    if named:
        name = named.group(1)
        role = re.sub(r"^(?:a|an|the|one|another)\s+|\s*(?:\d+-year-old)\s*", " ", phrase[:named.start()]).strip()
        age = re.search(r"(\d+)-year-old", phrase)
        if age:
            context.ages[age.group(1)] = name
        return SpeakerGuess(name=name, role=role, anonymous=len(name.split()) == 1)
    age = re.fullmatch(r"(?:the|a|an)\s+(\d+)-year-old(?:\s+[a-z]+)?", lowered)
    if age:
        name = context.ages.get(age.group(1))
        if name:
            return SpeakerGuess(name=name, anonymous=len(name.split()) == 1)
        return context.last_speaker or context.last_subject
    # "Daniel Fried, a former ..." / "the E.U. foreign policy chief, Josep Borrell Fontelles"
    parts = [p.strip() for p in re.split(r",\s*", phrase) if p.strip()]
    candidates = []
    for part in parts:
        runs = _name_runs(part)
        for start, end, tokens in runs:
            if start == 0 or part[:start].strip().casefold().split()[-1:] != ["the"] or True:
                candidates.append((part, start, end, tokens))
    for part, start, end, tokens in candidates:
        if _is_org(tokens):
            continue
        name, role = _person_from_tokens(tokens)
        if not name or name.casefold() in _PRONOUNS or not name[0].isupper():
            continue
        if all(t.casefold().rstrip(".") in _ROLE_WORDS for t in name.split()):
            continue
        age = re.search(r"(\d+)-year-old", part)
        full = context.full_name(name)
        prefix = part[:start].strip()
        role = " ".join(x for x in (re.sub(r"^(?:a|an|the|one|another)\s+", "", prefix, flags=re.I), role) if x)
        role = re.sub(r"\b\d+-year-old\s*", "", role).strip(" ,")
        if not role:
            rest = [p for p in parts if p is not part]
            role = next((re.sub(r"^(?:a|an|the)\s+", "", p) for p in rest if p[:1].islower() and len(p) < 90), "")
        if age:
            context.ages[age.group(1)] = full
        return SpeakerGuess(name=full, role=role, anonymous=len(full.split()) == 1 and full == name
                            and not _looks_known_surname(full, context))
    description = re.sub(r"^(?:a|an|the|one|another|two|three|some|several)\s+", "", parts[0] if parts else phrase,
                         flags=re.I).strip()
    if not description or len(description.split()) > 12:
        return None
    if re.fullmatch(r"(?:official|officials|ministry|statement|spokesperson|spokesman|spokeswoman|source|report)",
                    description.casefold()):
        head = description.casefold().rstrip("s")
        for earlier in reversed(context.unnamed):
            if earlier.description.casefold().rstrip("s").endswith(head):
                return earlier
    return SpeakerGuess(description=description)


def _looks_known_surname(name: str, context: _Context) -> bool:
    return any(_fold(name) in _fold(p).split() for p in context.people)


_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?:{SPEECH_VERBS})\s+(?P<who>[^\"“”]+)")
_AFTER_WHO_FIRST = re.compile(
    rf"^[\s,]*(?P<who>[^\"“”.!?]{{1,140}}?)\s+(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b")
_BEFORE = re.compile(
    rf"(?P<who>[^\"“”.!?;]{{1,160}}?)\s+(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b(?P<rest>[^\"“”]{{0,120}}?)"
    rf"(?:[:,]|\bthat|\bsaying|\bas saying|\badding|\bof)?\s*$")
_ACCORDING = re.compile(r"according to (?P<who>[^,.\"“”]+)")
_WHO_STOP = re.compile(r",? (?:who|which|in an?|in his|in her|on|at|during|after|before|while|when|as he|as she|"
                       r"from|to reporters|to the|to an?|of the|recalling|referring|noting|adding|speaking|"
                       r"watching|insisting|using|accusing|describing|saying|told|via)\b.*$")


def _who_after(after: str, context: _Context) -> tuple[SpeakerGuess | None, str]:
    after = after.lstrip()
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|[\"“]", after, maxsplit=1)[0]
    match = _AFTER_VERB_FIRST.match(sentence)
    if match:
        who = _WHO_STOP.sub("", match.group("who"))
        who = re.split(r"[.;]\s", who)[0]
        guess = resolve_who(who, context)
        if guess:
            return guess, "said X"
    match = _AFTER_WHO_FIRST.match(sentence)
    if match and len(match.group("who").split()) <= 14:
        guess = resolve_who(match.group("who"), context)
        if guess:
            return guess, "X said"
    return None, ""


def _who_before(before: str, context: _Context) -> tuple[SpeakerGuess | None, str]:
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", before.rstrip())[-1] if before.strip() else ""
    if not sentence or not re.search(r"[:,]\s*$|\b(?:that|saying|adding|of|as)\s*$|(?:%s)\s*$" % SPEECH_VERBS,
                                     sentence) and not _VERB.search(sentence):
        return None, ""
    verbs = list(_VERB.finditer(sentence))
    if not verbs:
        match = _ACCORDING.search(sentence)
        if match:
            return resolve_who(match.group("who"), context), "according to X"
        return None, ""
    verb = verbs[-1]
    subject = sentence[:verb.start()]
    # the subject of the speech verb: the end of the clause before it
    subject = re.split(r"(?:^|,\s+|\s+)(?:and|but|while|whilst|when|as|after|before|because|though|although|"
                       r"if|since)\s+", subject)[-1]
    subject = re.sub(r"^(?:On|In|At|Ahead of|Earlier|Later|Speaking|Asked|During|After)\b[^,]*,\s*", "", subject)
    subject = re.sub(r"\s+(?:has|have|had|was|is|were|also|then|again|later|earlier|previously|would|will|"
                     r"did|does|not|\w+ly|on \w+day|this week|last week)\s*$", "", subject.strip())
    subject = re.sub(r"\s+(?:has|have|had|was|is|were|also|then)\s*$", "", subject.strip())
    guess = resolve_who(subject[-160:], context) if subject.strip() else None
    return guess, "X said: \"...\""


def _speaker_of_sentence(sentence: str, context: _Context) -> SpeakerGuess | None:
    """The person a reporting sentence is about: the subject of a speech verb, else a name opening it."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?|‘[^‘’]*’", " ", sentence)
    verb = _VERB.search(bare)
    if verb:
        guess, _ = _who_before(bare[:verb.end()], context)
        if guess is None:
            guess, _ = _who_after(bare[verb.start():], context)
        if guess and (guess.named or guess.description):
            return guess
    runs = _name_runs(bare)
    for start, end, tokens in runs[:3]:
        if start > len(bare) * 0.6 or _is_org(tokens):
            continue
        name, role = _person_from_tokens(tokens)
        if len(name.split()) >= 2 or (name and _looks_known_surname(name, context)):
            return SpeakerGuess(name=context.full_name(name), role=role)
    return None


def _note_people(text: str, context: _Context) -> None:
    """Remember full names and ages mentioned in reporting text, for surnames and "the 31-year-old"."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " ", text)
    for start, end, tokens in _name_runs(bare):
        if _is_org(tokens):
            continue
        name, _ = _person_from_tokens(tokens)
        if len(name.split()) >= 2 and name not in context.people:
            context.people.append(name)
        after = bare[end:end + 30]
        age = re.match(r",\s*(\d{1,3}),", after)
        if age and name:
            context.ages[age.group(1)] = context.full_name(name)
    for match in re.finditer(r"(\d+)-year-old\s+(?:[a-z]+\s+){0,4}?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", bare):
        name, _ = _person_from_tokens(match.group(2).split())
        if name:
            context.ages[match.group(1)] = context.full_name(name)


# --- finding -------------------------------------------------------------------------------------

_MARKLESS_ATTRIBUTION = re.compile(
    rf",\s+(?P<attr>(?:(?:{SPEECH_VERBS})\s+[^,]{{2,80}}|(?:he|she|they|it|[A-Z][\w'’.-]+(?:\s+[A-Za-z][\w'’.-]+){{0,6}}"
    rf"|the\s+[\w\s'’.-]{{2,60}}?|a\s+[\w\s'’.-]{{2,60}}?)\s+(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b[^\"“”]*))$")


def lost_quote_marks(paragraphs: list[str]) -> bool:
    """Whether the text lost its quote marks (no typographic marks, straight ones missing or unpaired)."""
    joined = "\n".join(paragraphs)
    if re.search(r"[“”‘’]", joined):
        return False
    straight = joined.count('"')
    attributions = sum(1 for p in paragraphs for s in _sentences(p) if _MARKLESS_ATTRIBUTION.search(s.rstrip(". ")))
    return straight == 0 and attributions > 0 or straight % 2 == 1 or any(
        p.count('"') % 2 for p in paragraphs) or straight < attributions


def _sentences(text: str) -> list[str]:
    from sitegen.importer.rawtext import split_sentences
    return split_sentences(text)


def _markless_quotes(paragraph: str) -> list[tuple[str, str, bool]]:
    """(quote, attribution, continued) for sentences shaped "Words, X said." in a text without marks;
    the sentences after one, while they report nothing themselves, continue it."""
    found = []
    continuing = False
    for sentence in _sentences(paragraph):
        match = _MARKLESS_ATTRIBUTION.search(sentence.rstrip(". "))
        if match:
            # the quote is what stands before the first comma that starts an attribution
            quote = None
            for comma in re.finditer(r",\s+", sentence):
                rest = sentence[comma.start():].rstrip(". ")
                if _MARKLESS_ATTRIBUTION.fullmatch(rest) and len(_words(sentence[:comma.start()])) >= 3:
                    quote = sentence[:comma.start()] + ","
                    attribution = rest.lstrip(", ")
                    break
            if quote and not re.match(r"^(?:%s)\b" % SPEECH_VERBS, quote):
                found.append((quote, attribution, False))
                continuing = True
                continue
        if continuing and not _VERB.search(sentence) and not re.match(r"^(?:He|She|His|Her)\b", sentence) and len(
                _words(sentence)) >= 3:
            found.append((sentence, "", True))
            continue
        continuing = False
    return found


def find_quotes(paragraphs: list[str], speakers: list[dict] | tuple = ()) -> list[FoundQuote]:
    """The direct quotes in the paragraphs (article text only, clutter already removed), each with its
    speaker matched against the registry where possible; a quote given twice is reported once."""
    context = _Context()
    for entry in speakers or ():
        if isinstance(entry, dict) and entry.get("name"):
            context.people.append(str(entry["name"]))
    markless = lost_quote_marks(paragraphs)
    found: list[FoundQuote] = []
    carried: tuple[str, int, str] | None = None  # an open quote going on into the next paragraph
    previous_had_quote = False
    for index, paragraph in enumerate(paragraphs):
        spans = quote_spans(paragraph)
        if markless and not re.search(r"[\"“”‘’]", paragraph):
            _markless_paragraph(paragraph, index, context, found)
            previous_had_quote = bool(found and found[-1].paragraph == index)
            carried = None
            continue
        paragraph_speaker = None
        cursor = 0
        for n, span in enumerate(spans):
            # reporting text before this quote tells who is talking
            between = paragraph[cursor:max(cursor, span.start - 1)]
            _note_people(between, context)
            for sentence in _sentences(between):
                subject = _speaker_of_sentence(sentence, context)
                if subject:
                    context.last_subject = subject
                    context.remember(subject)
            cursor = span.end + 1
            text = span.text.strip()
            first_piece = carried is not None and n == 0 and span.opens_paragraph
            if carried and not first_piece:
                carried = None
            if span.unclosed and not _next_opens_with_quote(paragraphs, index):
                # an opening mark nobody closed, not continued: take the sentence it starts
                text = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[0] if len(_words(text)) > 60 else text
            if first_piece:
                text = carried[0] + " " + text
                start_paragraph, before_text = carried[1], carried[2]
            else:
                start_paragraph, before_text = index, paragraph[:max(0, span.start - 1)]
            if span.unclosed and _next_opens_with_quote(paragraphs, index) and n == len(spans) - 1:
                carried = (text, start_paragraph, before_text)
                continue
            carried = None
            if not is_quote(text) or _is_heading_quote(paragraph, span):
                continue
            after = paragraph[span.end + 1:] if not span.unclosed else ""
            guess, how = _who_after(after, context)
            if guess is None:
                guess, how = _who_before(before_text, context)
            if guess is None and paragraph_speaker is not None:
                guess, how = paragraph_speaker, "same paragraph"
            if guess is None:
                guess = context.last_speaker if previous_had_quote or span.opens_paragraph else None
                guess = guess or context.last_subject or context.last_speaker
                how = "continues the last speaker"
            if guess is not None:
                paragraph_speaker = guess
                context.last_speaker = guess
                context.last_subject = guess if guess.named else context.last_subject
                context.remember(guess)
            found.append(FoundQuote(_tidy_quote(text), guess, start_paragraph, how))
        tail = paragraph[cursor:]
        _note_people(tail, context)
        for sentence in _sentences(tail):
            subject = _speaker_of_sentence(sentence, context)
            if subject:
                context.last_subject = subject
                context.remember(subject)
        previous_had_quote = bool(found and found[-1].paragraph in (index,) or carried)
    return _deduplicated(_with_registry(found, speakers))


def _markless_paragraph(paragraph: str, index: int, context: _Context, found: list[FoundQuote]) -> None:
    _note_people(paragraph, context)
    quotes = _markless_quotes(paragraph)
    last = None
    for sentence in _sentences(paragraph):
        match = next((q for q in quotes if sentence.startswith(q[0].rstrip(",")) and q[0]), None)
        if match is None:
            subject = _speaker_of_sentence(sentence, context)
            if subject:
                context.last_subject = subject
                context.remember(subject)
            continue
        text, attribution, continued = match
        if continued:
            guess, how = last, "continues the last speaker"
        else:
            guess, how = _who_after(attribution, context)
        if guess is not None:
            last = guess
            context.last_speaker = guess
            if guess.named:
                context.last_subject = guess
            context.remember(guess)
        if is_quote(text):
            found.append(FoundQuote(_tidy_quote(text), guess, index, how or "sentence, X said"))


def _next_opens_with_quote(paragraphs: list[str], index: int) -> bool:
    return index + 1 < len(paragraphs) and paragraphs[index + 1][:1] in "\"“‘'"


def _is_heading_quote(paragraph: str, span: _Span) -> bool:
    """A quoted subheading: the whole paragraph is the quote and it has no sentence punctuation."""
    outside = (paragraph[:max(0, span.start - 1)] + paragraph[span.end + 1:]).strip()
    return not outside and not re.search(r"[.!?,…]\s*$", span.text.strip())


def _tidy_quote(text: str) -> str:
    return " ".join(text.split()).strip()


def _deduplicated(found: list[FoundQuote]) -> list[FoundQuote]:
    kept: dict[str, FoundQuote] = {}
    for quote in found:
        key = _fold(quote.text)
        if key in kept:
            if kept[key].speaker is None and quote.speaker is not None:
                kept[key] = quote
            continue
        kept[key] = quote
    return list(kept.values())


# --- the registry ---------------------------------------------------------------------------------

def match_speaker(name: str, speakers: list[dict] | tuple) -> dict | None:
    """The registry entry a name stands for: its name, one of its aliases, or its surname (when only one
    entry has that surname), ignoring case and diacritics."""
    folded = _fold(name)
    if not folded:
        return None
    entries = [e for e in speakers or () if isinstance(e, dict) and e.get("id")]
    for entry in entries:
        names = [entry.get("name") or ""] + [str(a) for a in entry.get("aliases") or ()]
        if any(_fold(n) == folded for n in names if n):
            return entry
    by_surname = []
    for entry in entries:
        names = [entry.get("name") or ""] + [str(a) for a in entry.get("aliases") or ()]
        surnames = {_fold(n).split()[-1] for n in names if _fold(n)}
        if folded.split()[-1] in surnames and (len(folded.split()) == 1 or _fold(entry.get("name") or "").split()[0]
                                                == folded.split()[0] or any(
                    _fold(a) == folded for a in entry.get("aliases") or ())):
            by_surname.append(entry)
        elif len(folded.split()) == 1 and folded in surnames:
            by_surname.append(entry)
    if len(by_surname) == 1:
        return by_surname[0]
    return None


def _with_registry(found: list[FoundQuote], speakers) -> list[FoundQuote]:
    out = []
    for quote in found:
        guess = quote.speaker
        if guess is not None and guess.named:
            entry = match_speaker(guess.name, speakers)
            if entry:
                guess = replace(guess, speaker_id=str(entry["id"]), name=str(entry.get("name") or guess.name),
                                anonymous=bool(entry.get("anonymous", False)))
        out.append(replace(quote, speaker=guess))
    return out


def propose_speakers(found: list[FoundQuote], speakers: list[dict] | tuple) -> list[dict]:
    """New registry entries for the named speakers the registry does not know: ``id`` (a slug, unique),
    ``name``, ``role`` when the text states one, ``anonymous: true`` when only a first name or call sign
    is known."""
    taken = {str(e.get("id")) for e in speakers or () if isinstance(e, dict)}
    proposals: dict[str, dict] = {}
    for quote in found:
        guess = quote.speaker
        if guess is None or not guess.named or guess.speaker_id:
            continue
        key = _fold(guess.name)
        if key in proposals:
            if not proposals[key].get("role") and guess.role:
                proposals[key]["role"] = guess.role
            continue
        slug = base = slugify(guess.name) or "speaker"
        number = 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        entry = {"id": slug, "name": guess.name}
        if guess.role:
            entry["role"] = guess.role
        if guess.anonymous or len(guess.name.split()) == 1:
            entry["anonymous"] = True
        proposals[key] = entry
    return list(proposals.values())


def speaker_id_for(guess: SpeakerGuess | None, proposals: list[dict]) -> str:
    """The id a quote's front matter uses: the registry's, or the proposed entry's."""
    if guess is None or not guess.named:
        return ""
    if guess.speaker_id:
        return guess.speaker_id
    for entry in proposals:
        if _fold(entry["name"]) == _fold(guess.name):
            return entry["id"]
    return slugify(guess.name)
