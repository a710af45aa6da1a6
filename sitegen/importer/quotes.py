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
    "revealed|insists|warns|demanded|promised|read|reiterated|commented|boasted|shouted|telling|"
    "complained|lamented|hailed|countered|quipped|agreed|suggested|thundered|exclaimed|tell")
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
    "gov.", "prof.", "rep.", "qc", "mp", "mep", "rand", "corp", "corp.", "white", "house", "pentagon", "high",
    "commissioner", "refugees", "human", "rights", "then-president", "ex-president", "then-prime", "acting"}
_ORG_WORDS = {
    "ministry", "department", "office", "council", "staff", "command", "house", "kremlin", "pentagon", "government",
    "watch", "institute", "agency", "forces", "operation", "commission", "bank", "embassy", "service", "police",
    "army", "military", "union", "nations", "committee", "organization", "organisation", "statement", "report",
    "group", "company", "administration", "authorities", "court", "parliament", "duma", "cabinet", "mission",
    "centre", "center", "foundation", "board", "bureau", "guard", "guards", "unit", "brigade", "battalion",
    "fund", "station", "channel", "affairs", "press", "times", "post", "news", "reuters", "interfax", "tass",
    "telegraph", "bbc", "cnn", "project", "ria", "sky", "associated", "gazprom", "nato", "eu", "un", "who",
    "university", "school", "researchers", "officials", "department", "party", "coalition", "alliance"}
_NATIONALITIES = re.compile(r"^(?:[A-Z][a-z]{2,}(?:ian|ish|ese|ean)|British|French|Dutch|Swiss|Greek|Thai|Czech|Irish|"
                            r"Welsh|Scottish|Danish|Swedish|Finnish|Polish|Turkish|Kremlin|Western|Eastern|Northern|"
                            r"Southern|Central|European|American|African|Israeli|Iraqi|Pakistani|Saudi|Qatari|Afghan|"
                            r"Chechen|Kurdish|Soviet|Spanish|Belgian|Estonian|Latvian|Lithuanian|Ukrainian|Russian|"
                            r"Belarusian|German|Italian|Mexican|Canadian|Japanese|Chinese|Korean|Indian|Syrian|Iranian|"
                            r"Austrian|Hungarian|Romanian|Bulgarian|Moldovan|Georgian|Armenian|Slovak|Serbian|Croatian)$")
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|van|von|al-[\w-]+|bin|der|le|la|du|dos)$")


def _fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    # letters of any script: a registry may name a speaker in Cyrillic only
    return " ".join(re.findall(r"[^\W_]+", text.replace("’", "").replace("'", "")))


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
    roles: dict[str, str] = field(default_factory=dict)  # name -> role words used with it
    ages: dict[str, str] = field(default_factory=dict)  # "31" -> name
    last_subject: SpeakerGuess | None = None  # the last person a sentence was about
    last_speaker: SpeakerGuess | None = None  # the speaker of the last quote
    last_any: SpeakerGuess | None = None  # the last subject, named or not ("the ministry said")
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
            if 1 < len(folded.split()) < len(parts) and parts[-len(folded.split()):] == folded.split():
                return person
        return name

    def remember(self, guess: SpeakerGuess) -> None:
        if guess.named and guess.name not in self.people:
            self.people.append(guess.name)
        if guess.named and guess.role:
            self.roles[guess.name] = guess.role
        if not guess.named and guess.description:
            self.unnamed.append(guess)

    def by_role(self, noun: str) -> SpeakerGuess | None:
        """The last person given a role with this word: "the spokesman", "the Russian President"."""
        for person in reversed(self.people):
            if noun in _fold(self.roles.get(person, "")).split():
                return SpeakerGuess(name=person, role=self.roles[person])
        return None

    def subject(self, guess: SpeakerGuess | None) -> None:
        if guess is None:
            return
        self.remember(guess)
        if guess.named:
            self.last_subject = guess


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


_LEADING_CAPS = {
    "the", "a", "an", "in", "on", "at", "when", "while", "after", "before", "earlier", "later", "almost", "asked",
    "speaking", "ahead", "amid", "but", "and", "as", "if", "meanwhile", "however", "since", "despite", "following",
    "during", "under", "with", "for", "from", "by", "to", "of", "it", "its", "it's", "it’s", "i", "i've", "i’ve",
    "we", "he", "she", "they", "this", "that", "these", "those", "there", "here", "now", "then", "yet", "still", "so",
    "also", "once", "even", "only", "both", "each", "every", "another", "other", "some", "many", "most", "more",
    "all", "no", "not", "everybody", "nobody", "one", "two", "three", "several", "last", "next", "back", "today",
    "yesterday", "tonight", "separately", "instead", "indeed", "overall", "ultimately", "asked", "addressing",
    "citing", "according", "like", "unlike", "outside", "inside", "within", "without", "although", "though",
    "because", "whether", "what", "who", "how", "why", "where", "which", "our", "their", "his", "her", "my", "your",
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had",
    "photos", "watch", "exclusive", "read", "sixty", "fifty", "forty", "thirty", "twenty", "ten"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "easter",
             "christmas"}
_PLACES = {
    "russia", "ukraine", "moscow", "kyiv", "kiev", "washington", "beijing", "china", "britain", "london", "paris",
    "france", "germany", "berlin", "poland", "europe", "america", "belarus", "turkey", "iran", "israel", "japan",
    "india", "canada", "ottawa", "brussels", "italy", "rome", "spain", "sweden", "finland", "helsinki", "stockholm",
    "romania", "moldova", "bulgaria", "hungary", "budapest", "warsaw", "minsk", "crimea", "donbas", "donetsk",
    "luhansk", "kharkiv", "mariupol", "odessa", "odesa", "lviv", "bucha", "syria", "tehran", "taiwan", "qatar",
    "ireland", "dublin", "australia", "telegram", "twitter", "facebook", "youtube", "instagram", "tiktok", "west",
    "east", "north", "south", "ukrainians", "russians", "americans", "europeans", "nato", "eu", "un", "us", "uk",
    "u.s", "u.k", "u.s.", "u.k.", "e.u.", "g7", "g20", "cnn", "bbc", "reuters", "sky", "pbs", "cbs", "nbc", "abc",
    "fox", "afp", "ap", "interfax", "tass", "ria", "svt"}


def _person_from_tokens(tokens: list[str]) -> tuple[str, str]:
    """(name, role) from a run of capitalised tokens: "Defence Minister Oleksii Reznikov" → ("Oleksii
    Reznikov", "Defence Minister")."""
    tokens = [t.rstrip(",") for t in tokens]
    cut = 0
    while cut < len(tokens) - 1 and (tokens[cut].casefold().rstrip(".") in _ROLE_WORDS or tokens[cut].casefold() in
                                     _ROLE_WORDS or _NATIONALITIES.match(tokens[cut]) or tokens[cut].endswith(
                                         ("’s", "'s")) or tokens[cut].casefold() in _PLACES or
                                     tokens[cut].casefold().split("-")[-1] in _ROLE_WORDS):
        cut += 1
    name_tokens = [t for t in tokens[cut:] if t.casefold().rstrip(".") not in ("mr", "mrs", "ms", "dr")]
    while len(name_tokens) > 1 and name_tokens[-1].rstrip(".") in ("QC", "KC", "MP", "MEP", "Jr", "Sr", "II", "III"):
        name_tokens.pop()
    name = " ".join(name_tokens).strip(" .,")
    role = " ".join(tokens[:cut])
    return name, role


def _is_org(tokens: list[str]) -> bool:
    folded = [t.casefold().strip(".,").removesuffix("’s").removesuffix("'s") for t in tokens]
    return any(t in _ORG_WORDS for t in folded) or all(t in _PLACES for t in folded) or (
        len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1)


def _clean_who(phrase: str) -> str:
    phrase = phrase.strip(" ,.:;—–-")
    phrase = re.sub(r"^(?:and|but|while|whilst|as|then|so|also|however|meanwhile)\s+", "", phrase, flags=re.I)
    return phrase


@dataclass(slots=True)
class _Name:
    name: str
    role: str
    org: bool
    start: int
    end: int


def _names_in(part: str, context: _Context, adjacent_end: bool, adjacent_start: bool = False) -> list[_Name]:
    """Person and organisation names in a phrase, in order."""
    found = []
    for start, end, tokens in _name_runs(part):
        tokens = list(tokens)
        offset = start
        while tokens and (tokens[0].casefold() in _LEADING_CAPS or tokens[0].casefold().rstrip(".") in _CALENDAR):
            offset = part.find(tokens[1], offset + len(tokens[0])) if len(tokens) > 1 else end
            tokens = tokens[1:]
        tokens = [t for t in tokens if t.casefold().rstrip(".,") not in _CALENDAR]
        if not tokens:
            continue
        possessive = tokens[-1].endswith(("’s", "'s"))
        if possessive:
            bare = tokens[-1][:-2]
            if len(tokens) == 1 and (bare.casefold() in _PLACES or bare.casefold() in _ORG_WORDS):
                continue  # "Ukraine's" in "Ukraine's lead negotiator Mykhailo Podolyak"
            tokens[-1] = bare
        name, role = _person_from_tokens(tokens)
        if _is_org(name.split() or tokens):
            found.append(_Name(" ".join(tokens), "", True, offset, end))
            continue
        if not name or name.casefold() in _PRONOUNS or _NATIONALITIES.match(name):
            continue
        if all(t.casefold().rstrip(".") in _ROLE_WORDS for t in name.split()):
            found.append(_Name(" ".join(tokens), "", True, offset, end))
            continue
        if len(name.split()) == 1:
            known = _looks_known_surname(name, context) or any([_fold(name)] == _fold(p).split()[:1]
                                                               for p in context.people)
            if not (role or known or (adjacent_end and end >= len(part.rstrip(" ,")) - 1) or (
                    adjacent_start and offset == 0)):
                continue
        found.append(_Name(name, role, False, offset, end))
    return found


_ROLE_NOUNS = re.compile(r"^(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?P<noun>spokesman|spokeswoman|spokesperson|president|"
                         r"minister|chancellor|governor|mayor|ambassador|commander|general|leader|diplomat|secretary|"
                         r"premier|adviser|advisor|negotiator|envoy|chief|prime minister|foreign minister)$",
                         re.IGNORECASE)


def resolve_who(phrase: str, context: _Context, after_verb: bool = False) -> SpeakerGuess | None:
    """The speaker a phrase like "he", "the 31-year-old", "Kremlin spokesperson Dmitry Peskov" or "a
    senior US official" stands for."""
    appositive = after_verb or phrase.rstrip().endswith(",")
    phrase = _clean_who(phrase)
    if not phrase:
        return None
    lowered = phrase.casefold()
    if lowered in _PRONOUNS:
        return _pronoun(lowered, context)
    named = re.search(r"\b(?:named|called|identified as|known as|first name,)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})",
                      phrase)
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
        return context.last_subject or context.last_speaker
    parts = [re.sub(r"^(?:with|by|from)\s+", "", p.strip()) for p in re.split(r",\s*", phrase) if p.strip()]
    if parts and parts[-1].casefold() in _PRONOUNS:
        return _pronoun(parts[-1].casefold(), context)
    # the name nearest the verb; an appositive ("X, the head of Y,") points back to X; names inside a
    # lowercase description ("senior manager at Charles Stanley") are affiliations, not the speaker
    for n in range(len(parts) - 1, -1, -1):
        part = parts[n]
        if part[:1].islower() and n > 0:
            if n == len(parts) - 1 and not appositive and re.match(r"(?i)^(?:the|a|an|one|another)\s", part):
                break  # "Putin, the official said, ...": the description is the subject
            continue
        people = [x for x in _names_in(part, context, adjacent_end=n == len(parts) - 1, adjacent_start=n == 0)
                  if not x.org]
        people = [x for x in people if not part[:1].islower() or not re.search(
            r"\b(?:at|of|for|from|with|in|to|on|by|about)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}$", part[:x.start])]
        if people:
            person = people[-1]
            age = re.search(r"(\d+)-year-old", part)
            full = context.full_name(person.name)
            prefix = re.sub(r"^(?:a|an|the|one|another)\s+", "", part[:person.start].strip(), flags=re.I)
            prefix = re.sub(r"\b\d+-year-old\s*", "", prefix).strip(" ,")
            role_prefix = prefix if prefix[:1].islower() or (
                len(prefix.split()) <= 6 and prefix.split() and (prefix.split()[-1].islower()
                                                                 or prefix.split()[-1].casefold() in _ROLE_WORDS)) else ""
            role = " ".join(x for x in (role_prefix, person.role) if x)
            if not role and n + 1 < len(parts) and parts[n + 1][:1].islower() and len(parts[n + 1]) < 90:
                role = re.sub(r"^(?:a|an|the)\s+", "", parts[n + 1])
            if not role and n > 0 and re.fullmatch(r"(?i)(?:a|an|the|another|one)\s+[a-z][\w -]{2,40}", parts[n - 1]):
                role = re.sub(r"(?i)^(?:a|an|the|another|one)\s+", "", parts[n - 1])
            if age:
                context.ages[age.group(1)] = full
            anonymous = len(full.split()) == 1 and not _looks_known_surname(full, context)
            return SpeakerGuess(name=full, role=role.strip(), anonymous=anonymous)
    part = parts[0] if parts else phrase
    for candidate in reversed(parts):
        if any(x.org for x in _names_in(candidate, context, True)):
            part = candidate
            break
    role_noun = _ROLE_NOUNS.match(part)
    if role_noun and re.match(r"(?i)^the\b", part):
        person = context.by_role(role_noun.group("noun").casefold().split()[-1])
        if person is None and context.last_subject is not None:
            person = context.last_subject
        if person is not None:
            return person
    description = re.sub(r"^(?:a|an|the|one|another|two|three|some|several)\s+", "", part, flags=re.I).strip()
    if not description or len(description.split()) > 12 or not re.search(r"[A-Za-z].*[A-Za-z]", description):
        return None
    if description.casefold() in _AUXILIARY_WORDS:
        return None
    if re.fullmatch(r"(?:official|officials|ministry|statement|spokesperson|spokesman|spokeswoman|source|report)",
                    description.casefold()):
        head = description.casefold().rstrip("s")
        for earlier in reversed(context.unnamed):
            if earlier.description.casefold().rstrip("s").endswith(head):
                return earlier
    return SpeakerGuess(description=description)


_AUXILIARY_WORDS = {"has", "have", "had", "was", "is", "were", "also", "then", "and", "but", "who", "which", "that"}


def _pronoun(word: str, context: _Context) -> SpeakerGuess | None:
    if word in ("it", "they") and context.unnamed:
        return context.unnamed[-1]
    return context.last_subject or context.last_speaker


def _looks_known_surname(name: str, context: _Context) -> bool:
    return any(_fold(name) in _fold(p).split()[1:] for p in context.people)


_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?:{SPEECH_VERBS})\s+(?P<who>[^\"“”]+)")
_AFTER_WHO_FIRST = re.compile(rf"^[\s,]*(?P<who>[^\"“”!?]{{1,160}}?)\s+(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b")
_AFTER_ACCORDING = re.compile(r"^[\s,]*according to (?P<who>[^\"“”]+)")
_ACCORDING = re.compile(r"according to (?P<who>[^,.\"“”]+)")
_WHO_STOP = re.compile(r",? (?:who|which|in an?|in \w+|on|at|during|after|before|while|when|as he|as she|"
                       r"from|to reporters|to the|to an?|recalling|referring|noting|adding|speaking|"
                       r"watching|insisting|using|accusing|describing|saying|told|via|said|seeking|shortly)\b.*$")


def _who_after(after: str, context: _Context, quote: str = "") -> tuple[SpeakerGuess | None, str]:
    """The attribution following a quote: ``"…," said X`` / ``"…," X said`` / ``"…," according to X``."""
    if not after.strip() or re.match(r"^\s*[\"“‘]", after):
        return None, ""
    sentences = _sentences(after.strip())
    sentence = sentences[0] if sentences else ""
    sentence = re.split(r"[\"“]", sentence)[0]
    if sentence[:1].isupper() and (re.search(r"[.]\s*$", quote.strip()) or not re.match(
            rf"^(?:[\w'’.-]+\s+){{1,4}}(?:{SPEECH_VERBS})\b", sentence)) and re.search(r"[.!?]\s*$", quote.strip()):
        return None, ""  # the quote ended its sentence; what follows is the reporter's next one
    match = _AFTER_ACCORDING.match(sentence)
    if match:
        return resolve_who(_WHO_STOP.sub("", match.group("who")), context, after_verb=True), "according to X"
    match = _AFTER_VERB_FIRST.match(sentence)
    if match:
        who = _WHO_STOP.sub("", match.group("who")).rstrip(" .")
        guess = resolve_who(who, context, after_verb=True)
        if guess:
            return guess, "said X"
    match = _AFTER_WHO_FIRST.match(sentence)
    if match and len(match.group("who").split()) <= 24:
        guess = resolve_who(match.group("who"), context)
        if guess:
            return guess, "X said"
    return None, ""


def _who_before(before: str, context: _Context) -> tuple[SpeakerGuess | None, str]:
    """The speaker named in the reporting clause that introduces a quote: "X said:", "X said that"."""
    sentences = _sentences(before.strip()) if before.strip() else []
    sentence = sentences[-1] if sentences else ""
    if not sentence or re.search(r"[.!?][\"”’']?$", sentence):
        return None, ""  # the text before is a finished sentence
    verbs = list(_VERB.finditer(sentence))
    passive = re.search(r"\b(?:was|were|is|been)\s+\w+ed by (?P<who>[^,.\"“”]+?)(?:\s+(?:at|in|on|as)\b|$)", sentence)
    if passive:
        guess = resolve_who(passive.group("who"), context, after_verb=True)
        if guess is not None and guess.named:
            return guess, "described by X"
    if not verbs:
        matches = list(_ACCORDING.finditer(sentence))
        if matches:
            return resolve_who(matches[-1].group("who"), context), "according to X"
        return None, ""
    if re.fullmatch(r"\s*(?:and|but|then|also)?\s*", sentence[:verbs[-1].start()], re.I):
        return context.last_subject or context.last_speaker, "X said and said"
    guess = None
    for verb in reversed(verbs):
        candidate = _subject_of(sentence, verb.start(), context)
        if candidate is not None and candidate.named:
            return candidate, "X said: \"...\""
        guess = guess or candidate
    return guess, "X said: \"...\""


_CONJUNCTION = re.compile(r"(?:^|,\s+|\s+)(?:and|but|while|whilst|when|as|after|before|because|though|although|if|"
                          r"since|where|who|which)\s+", re.IGNORECASE)
_AUX_TAIL = re.compile(r"(?:^|\s+)(?:has|have|had|was|is|were|also|then|again|later|earlier|previously|would|will|did|"
                       r"does|not|\w+ly|on \w+day|this week|last week|this past week|on \w+ \d+|in \w+|at the time|"
                       r"on Telegram|on Twitter)\s*$")
_LEADING_ADVERBIAL = re.compile(r"^(?:On|In|At|Ahead of|Earlier|Later|Speaking|Asked|During|After|Amid|Citing|"
                                r"Addressing|Back|Despite|Following|Since|When|While|As|But|And|Sixty|Fifty|Forty|"
                                r"Thirty|Twenty|Ten)\b(?:[^,]{0,120}),\s*")


def _strip_aux(text: str) -> str:
    for _ in range(4):
        text = _AUX_TAIL.sub("", text.strip())
    return text


def _subject_of(sentence: str, verb_start: int, context: _Context) -> SpeakerGuess | None:
    """Who the speech verb at ``verb_start`` belongs to: the clause before it, else the sentence's subject
    ("He said we have to ... and said the community must ...")."""
    clause = _strip_aux(sentence[:verb_start])
    clause = _LEADING_ADVERBIAL.sub("", clause)
    if re.match(r"(?i)^(?:he|she|they|it)\b", clause) and not _CONJUNCTION.search(clause):
        return _pronoun(clause.split()[0].casefold(), context)
    whole = resolve_who(clause[-220:], context) if clause.strip() and not re.match(
        r"(?i)^(?:he|she|they|it)\b", clause) else None
    if whole is not None and whole.named:
        return whole
    pieces = _CONJUNCTION.split(clause)
    last = _strip_aux(pieces[-1]) if pieces else ""
    if last:
        guess = resolve_who(last[-220:], context)
        if guess is not None:
            return guess
    first = _LEADING_ADVERBIAL.sub("", _strip_aux(pieces[0])) if pieces else ""
    if first.casefold().split()[:1] in (["he"], ["she"], ["they"], ["it"]):
        return _pronoun(first.split()[0].casefold(), context)
    people = [x for x in _names_in(first, context, True) if not x.org]
    if people:
        return SpeakerGuess(name=context.full_name(people[0].name), role=people[0].role)
    pronoun = re.search(r"\b(he|she)\b", clause, re.IGNORECASE)
    if pronoun:
        return _pronoun(pronoun.group(1).casefold(), context)
    return resolve_who(first[-220:], context) if first else None


def _speaker_of_sentence(sentence: str, context: _Context, need_verb: bool = False) -> SpeakerGuess | None:
    """The person a reporting sentence is about: the subject of a speech verb, else a name opening it."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?|‘[^‘’]*’", " \u2026 ", sentence)
    for verb in reversed(list(_VERB.finditer(bare))):
        guess = _subject_of(bare, verb.start(), context)
        if guess is None:
            guess, _ = _who_after(bare[verb.start():], context)
        if guess and (guess.named or guess.description):
            return guess
    if need_verb or bare.strip()[:1].islower():
        return None
    main = bare
    clause = re.match(r"^([^,]{0,160}\b(?:since|when|after|before|as|while|if|although|because|though)\b[^,]*),\s*", bare,
                      re.IGNORECASE)
    if clause:
        main = bare[clause.end():]
    for name in [x for x in _names_in(main, context, False) if not x.org]:
        following = re.match(r"\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+|was\s+|is\s+)?(?P<verb>[a-z]+)", main[name.end:])
        if following and re.search(r"(?:ed|s)$", following.group("verb")) and not re.search(
                r"\b(?:of|by|with|to|for|from|at|on|in|and)\s+$", main[:name.start]):
            if len(name.name.split()) >= 2 or _looks_known_surname(name.name, context) or name.role:
                return SpeakerGuess(name=context.full_name(name.name), role=name.role)
    head = _LEADING_ADVERBIAL.sub("", bare)
    names = [x for x in _names_in(head[:max(40, len(head) // 2)], context, False) if not x.org]
    if names and names[0].start <= 40:
        name = names[0]
        if len(name.name.split()) >= 2 or _looks_known_surname(name.name, context) or name.role:
            return SpeakerGuess(name=context.full_name(name.name), role=name.role)
    return None


def _note_people(text: str, context: _Context) -> None:
    """Remember full names, roles and ages mentioned in reporting text, for surnames, "the spokesman" and
    "the 31-year-old"."""
    bare = re.sub(r"[\"“][^\"“”]*[\"”]?", " ", text)
    for start, end, tokens in _name_runs(bare):
        tokens = [t[:-2] if t.endswith(("’s", "'s")) else t for t in tokens]
        while tokens and (tokens[0].casefold() in _LEADING_CAPS or tokens[0].casefold().rstrip(".") in _CALENDAR):
            tokens = tokens[1:]
        if not tokens:
            continue
        name, role = _person_from_tokens(tokens)
        if not name or _NATIONALITIES.match(name.split()[0]):
            continue
        if _is_org(name.split()) or len(name.split()) < 2:
            continue
        if name not in context.people:
            context.people.append(name)
        before = re.search(r"((?:[a-z][\w'’-]*\s+){0,3})$", bare[:start]).group(1)
        words = " ".join(x for x in (before.strip(), role) if x)
        if words and not re.search(r"\b(?:said|told|says|and|of|the|a|an)\s*$", before):
            context.roles[name] = words
        elif role:
            context.roles[name] = role
        age = re.match(r",\s*(\d{1,3}),", bare[end:end + 30])
        if age:
            context.ages[age.group(1)] = name
    for match in re.finditer(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s*(\d{1,3}),", bare):
        name, _ = _person_from_tokens(match.group(1).split())
        if name and not _is_org(name.split()) and name.casefold() not in _LEADING_CAPS:
            context.ages[match.group(2)] = context.full_name(name)
    for match in re.finditer(r"(\d+)-year-old\s+(?:[a-z]+\s+){0,4}?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", bare):
        name, _ = _person_from_tokens(match.group(2).split())
        if name and not _is_org(name.split()):
            context.ages[match.group(1)] = context.full_name(name)


# --- finding -------------------------------------------------------------------------------------

_MARKLESS_TAIL = (rf"(?:{SPEECH_VERBS})\b(?:\s+(?!that\b)[^\s,\"“”]+){{0,8}}"
                  rf"(?:,\s+(?:[a-z]+ing|who|which|according|as|after|before|while|when)\b[^\"“”]*)?")
_MARKLESS_ATTRIBUTION = re.compile(
    rf",\s+(?P<attr>(?:(?:{SPEECH_VERBS})\s+[^\"“”]{{2,120}}|(?:he|she|they|it|[A-Z][\w'’.-]+(?:\s+[A-Za-z][\w'’.-]+)"
    rf"{{0,6}}|the\s+[\w\s'’.-]{{2,60}}?|a\s+[\w\s'’.-]{{2,60}}?)(?:,[^,]{{2,80}},)?\s+(?:\w+ly\s+)?{_MARKLESS_TAIL}))$")


def lost_quote_marks(paragraphs: list[str]) -> bool:
    """Whether the text lost its quote marks: no typographic marks, and either no marks at all where
    sentences read "Words, X said." or straight closing marks that nothing opened."""
    joined = "\n".join(paragraphs)
    if re.search(r"[“”‘’]", joined) or re.search(r"(?:^|\s)'[A-Z][^']{10,}[.,!?]'(?:\s|$)", joined):
        return False
    if '"' not in joined:
        return sum(1 for p in paragraphs for s in _sentences(p) if _MARKLESS_ATTRIBUTION.search(s.rstrip(". "))) >= 2
    for paragraph in paragraphs:
        first = paragraph.find('"')
        if first > 0 and not paragraph[first - 1].isspace() and paragraph[first - 1] not in "([{—:":
            return True  # the first mark in the paragraph closes something
    return False


def _sentences(text: str) -> list[str]:
    from sitegen.importer.rawtext import split_sentences
    return split_sentences(text)


def _markless_quotes(paragraph: str, context: _Context) -> list[tuple[str, str, bool]]:
    """(quote, attribution, continued) for sentences shaped "Words, X said." in a text without marks;
    the sentences after one, while they report nothing themselves, continue it, and the plain sentences
    opening the paragraph before one belong to it."""
    sentences = _sentences(paragraph)
    found = []
    continuing = False
    for k, sentence in enumerate(sentences):
        quote = None
        for comma in re.finditer(r",\s+", sentence):
            rest = sentence[comma.start():].rstrip(". ")
            if _MARKLESS_ATTRIBUTION.fullmatch(rest) and len(_words(" ".join(sentences[:k]) + " " + sentence[
                    :comma.start()])) >= 3 and len(_words(sentence[:comma.start()])) >= 1:
                quote = sentence[:comma.start()] + ","
                attribution = rest.lstrip(", ")
                break
        if quote and _plausible_markless(quote, context):
            # plain sentences opening the paragraph before it are part of the quote
            lead = []
            for previous in reversed(sentences[:k]):
                if _VERB.search(previous) or [x for x in _names_in(previous, context, False) if not x.org] or \
                        found:
                    lead = []
                    break
                lead.insert(0, previous)
            if lead and len(lead) == k:
                quote = " ".join(lead + [quote])
            found.append((quote, attribution, False))
            continuing = True
            continue
        if continuing and not _VERB.search(sentence) and not re.match(r"^(?:He|She|His|Her)\b", sentence) and len(
                _words(sentence)) >= 3 and not sentence.endswith("?") and (
                re.search(r"\b(?:I|we|We|us|our|Our|my|My|me|you|You|your|Your)\b", sentence) or (
                len(_words(sentence)) <= 12 and re.search(r"\b(?:is|are)\b", sentence))):
            found.append((sentence, "", True))
            continue
        continuing = False
    return found


def _plausible_markless(quote: str, context: _Context) -> bool:
    """Not reported speech: no speech verb or "according to" inside, not opening with a named person."""
    if _VERB.search(quote) or "according to" in quote:
        return False
    if re.match(r"^(?:In|On|At|After|But|As|When|While|Since|Despite|Following|During)\b", quote) and len(
            _words(quote)) < 12:
        return False
    names = [x for x in _names_in(quote[:60], context, False) if not x.org and len(x.name.split()) >= 2]
    return not (names and names[0].start <= 20)


def find_quotes(paragraphs: list[str], speakers: list[dict] | tuple = ()) -> list[FoundQuote]:
    """The direct quotes in the paragraphs (article text only, clutter already removed), each with its
    speaker matched against the registry where possible; a quote given twice is reported once."""
    context = _Context()
    for entry in speakers or ():
        names = entry_names(entry)
        if names and _fold(names[0]):
            context.people.append(names[0])
    markless = lost_quote_marks(paragraphs)
    found: list[FoundQuote] = []
    carried: tuple[str, int, str] | None = None  # an open quote going on into the next paragraph
    previous_had_quote = False
    for index, paragraph in enumerate(paragraphs):
        before_count = len(found)
        if markless and not re.search(r"[\"“”‘’]", paragraph):
            _markless_paragraph(paragraph, index, context, found)
            previous_had_quote = len(found) > before_count
            carried = None
            continue
        spans = quote_spans(paragraph)
        paragraph_speaker = None
        cursor = 0
        for n, span in enumerate(spans):
            between = paragraph[cursor:max(cursor, span.start - 1)]
            _note_people(between, context)
            between_sentences = _sentences(between)
            finished = bool(between_sentences) and bool(re.search(r"[.!?][\"”’']?\s*$", between.strip()))
            sentence_before = None
            for k, sentence in enumerate(between_sentences):
                if k == len(between_sentences) - 1 and not finished:
                    break
                subject = _speaker_of_sentence(sentence, context)
                context.subject(subject)
                if subject is not None:
                    context.last_any = subject
                if k == len(between_sentences) - 1:
                    sentence_before = _speaker_of_sentence(sentence, context, need_verb=True)
            cursor = span.end + 1
            text = span.text.strip()
            first_piece = carried is not None and n == 0 and span.opens_paragraph
            if carried and not first_piece:
                carried = None
            if first_piece:
                text = carried[0] + " " + text
                start_paragraph, before_text = carried[1], carried[2]
            else:
                start_paragraph, before_text = index, between
            if span.unclosed and _next_opens_with_quote(paragraphs, index) and n == len(spans) - 1:
                carried = (text, start_paragraph, before_text)
                continue
            carried = None
            quoted = is_quote(text) and not _is_heading_quote(paragraph, span)
            after = paragraph[span.end + 1:] if not span.unclosed else ""
            guess, how = _who_after(after, context, text)
            if guess is None and not finished:
                guess, how = _who_before(before_text, context)
            if guess is None and sentence_before is not None:
                # "X told an online panel. “This is the cost ...”": the sentence before names the speaker
                guess, how = sentence_before, "sentence before"
            if guess is None and paragraph_speaker is not None:
                guess, how = paragraph_speaker, "same paragraph"
            if guess is None and not finished and between.strip():
                guess = _speaker_of_sentence(between_sentences[-1], context)
                how = "subject of the sentence"
            if guess is None:
                if previous_had_quote and context.last_speaker is not None:
                    guess = context.last_speaker
                else:
                    guess = context.last_any or context.last_subject or context.last_speaker
                how = "continues the last speaker"
            if guess is not None:
                paragraph_speaker = guess
                context.subject(guess)
                context.last_any = guess
            if not quoted:
                continue
            if guess is not None:
                context.last_speaker = guess
            found.append(FoundQuote(_tidy_quote(text), guess, start_paragraph, how))
        tail = paragraph[cursor:]
        _note_people(tail, context)
        for sentence in _sentences(tail):
            subject = _speaker_of_sentence(sentence, context)
            context.subject(subject)
            if subject is not None:
                context.last_any = subject
        previous_had_quote = len(found) > before_count or carried is not None
    return _deduplicated(_with_registry(found, speakers))


def _markless_paragraph(paragraph: str, index: int, context: _Context, found: list[FoundQuote]) -> None:
    _note_people(paragraph, context)
    quotes = _markless_quotes(paragraph, context)
    last = None
    for sentence in _sentences(paragraph):
        match = next((q for q in quotes if q[0] and (sentence.startswith(q[0].rstrip(",")) or
                                                     q[0].endswith(sentence.split(", ")[0] + ","))), None)
        if match is None:
            context.subject(_speaker_of_sentence(sentence, context))
            continue
        text, attribution, continued = match
        quotes.remove(match)
        if continued:
            guess, how = last, "continues the last speaker"
        else:
            guess, how = _who_after(attribution, context)
        if guess is not None:
            last = guess
            context.last_speaker = guess
            context.subject(guess)
        if is_quote(text):
            found.append(FoundQuote(_tidy_quote(text), guess, index, how or "sentence, X said"))


def _next_opens_with_quote(paragraphs: list[str], index: int) -> bool:
    return index + 1 < len(paragraphs) and paragraphs[index + 1][:1] in "\"“‘'"


def _is_heading_quote(paragraph: str, span: _Span) -> bool:
    """A quoted subheading: the whole paragraph is the quote and it has no sentence punctuation."""
    outside = (paragraph[:max(0, span.start - 1)] + paragraph[span.end + 1:]).strip()
    return not outside and not re.search(r"[.!?,…]\s*$", span.text.strip())


def _tidy_quote(text: str) -> str:
    """The quoted words without the comma that led into the attribution."""
    return " ".join(text.split()).strip().rstrip(",;: ").strip()


_EXPLICIT = ("said X", "X said", "X said: \"...\"", "according to X", "described by X", "sentence, X said")


def _deduplicated(found: list[FoundQuote]) -> list[FoundQuote]:
    """One quote per text: of two, the one attributed by an explicit pattern ("said X") wins."""
    kept: dict[str, FoundQuote] = {}
    for quote in found:
        key = _fold(quote.text)
        if key in kept:
            old = kept[key]
            if (old.speaker is None and quote.speaker is not None) or (
                    old.how not in _EXPLICIT and quote.how in _EXPLICIT):
                kept[key] = quote
            continue
        kept[key] = quote
    return list(kept.values())


# --- the registry ---------------------------------------------------------------------------------

def entry_names(entry) -> list[str]:
    """A registry entry's name then its aliases, the text ones only (a hand-edited file may hold
    anything); a single alias written as text counts as a list of one."""
    if not isinstance(entry, dict):
        return []
    aliases = entry.get("aliases")
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, (list, tuple)):
        aliases = []
    names = [entry.get("name")] + list(aliases) + [entry.get("name_native")]
    return [n.strip() for n in names if isinstance(n, str) and _fold(n)] if isinstance(entry.get("name"), str) \
        else []


def match_speaker(name: str, speakers: list[dict] | tuple) -> dict | None:
    """The registry entry a name stands for: its name, one of its aliases, or its surname (when only one
    entry has that surname), ignoring case and diacritics, in any script."""
    folded = _fold(name)
    if not folded:
        return None
    entries = [e for e in speakers or () if isinstance(e, dict) and isinstance(e.get("id"), str) and e.get("id")
               and entry_names(e)]
    for entry in entries:
        if any(_fold(n) == folded for n in entry_names(entry)):
            return entry
    words = folded.split()
    by_surname = []
    for entry in entries:
        names = [_fold(n).split() for n in entry_names(entry)]
        surnames = {n[-1] for n in names}
        first_names = {n[0] for n in names if len(n) > 1}
        if words[-1] in surnames and (len(words) == 1 or words[0] in first_names):
            by_surname.append(entry)
    if len(by_surname) == 1:
        return by_surname[0]
    return None


def _with_registry(found: list[FoundQuote], speakers) -> list[FoundQuote]:
    full_names = [q.speaker.name for q in found if q.speaker is not None and len(q.speaker.name.split()) > 1]
    out = []
    for quote in found:
        guess = quote.speaker
        if guess is not None and len(guess.name.split()) == 1:
            # "Andryushchenko said" before the text gives "Petro Andryushchenko"
            fuller = [n for n in full_names if _fold(n).split()[-1:] == [_fold(guess.name)]]
            if len(set(fuller)) == 1:
                guess = replace(guess, name=fuller[0], anonymous=False)
        if guess is not None and guess.named:
            entry = match_speaker(guess.name, speakers)
            if entry:
                guess = replace(guess, speaker_id=entry["id"], name=entry_names(entry)[0],
                                anonymous=entry.get("anonymous") is True)
        out.append(replace(quote, speaker=guess))
    return out


def propose_speakers(found: list[FoundQuote], speakers: list[dict] | tuple) -> list[dict]:
    """New registry entries for the named speakers the registry does not know: ``id`` (a slug, unique),
    ``name``, ``role`` when the text states one, ``anonymous: true`` when only a first name or call sign
    is known."""
    taken = {e.get("id") for e in speakers or () if isinstance(e, dict) and isinstance(e.get("id"), str)}
    proposals: dict[str, dict] = {}
    for quote in found:
        guess = quote.speaker
        if guess is None or not guess.named or guess.speaker_id:
            continue
        key = _fold(guess.name)
        if key in proposals:
            if not proposals[key].get("role") and _clean_role(guess.role):
                proposals[key]["role"] = _clean_role(guess.role)
            continue
        slug = base = slugify(guess.name) or "speaker"
        number = 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        entry = {"id": slug, "name": guess.name}
        role = _clean_role(guess.role)
        if role:
            entry["role"] = role
        if guess.anonymous or len(guess.name.split()) == 1:
            entry["anonymous"] = True
        proposals[key] = entry
    return list(proposals.values())


def _clean_role(role: str) -> str:
    """A role as the registry wants it: no bare honorifics ("Mr", "Sir") or possessives ("Russia's")."""
    words = [w for w in role.split() if w.casefold().rstrip(".") not in ("mr", "mrs", "ms", "dr", "sir", "dame")]
    return " ".join(words).strip(" ,")


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
