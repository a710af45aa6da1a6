"""Whom a quote's words were given to, as its attribution says ("told AFP", "tells the BBC", "in a
conversation with Khrystyna Lutsyk"): kept in the quote's context for the editor's ``via``."""

from __future__ import annotations

import re

from sitegen.importer.layout import split_sentences
from sitegen.importer.lexicon import given_to_tail

_TOLD = re.compile(r"\b(?:told|tells|telling|said to|says to|speaking to|spoke to|speaks to|in an? (?:\w+ )?interview with|"
                   r"in a conversation with|shared (?:\w+ )?with|talks? to)\s+"
                   r"(?P<to>(?:the\s+|an?\s+)?[A-Z][\w.&'’+-]*(?:\s+(?:[A-Z][\w.&'’+-]*|news agency|reporters?|"
                   r"correspondents?|journalists?|news channel|daily|newspaper|broadcaster|of|on))*"
                   # the press or the writer, unnamed: "told reporters", "told me", "told local media"
                   r"|(?:reporters|journalists|me|us|the press|the media|(?:a |the )?(?:local|state|foreign|national|public|"
                   r"Ukrainian|Russian) (?:media|television|TV|radio)(?: broadcast)?)\b"
                   # an audience by what it is: "told the congregants", "told a gathering of about 20 parishioners",
                   # "told the animal rights organization Open Cages Ukraine", up to the clause after it
                   r"|(?:the|an?)\s+(?!(?:story|truth|tale|lies?|difference|same|rest|time)\b)[a-z][\w'’-]*"
                   r"(?:\s+(?:of\s+(?:about\s+)?)?(?!(?:that|about|during|after|on|in|at|when|while|who|whom|which|"
                   r"before|for|how|with|to|from|as|if|what|why|where|and|but|because|by|this|last|earlier|later|via|"
                   r"outside|inside|over|through|since|until|I)\b)(?:[a-z0-9][\w'’-]*|[A-Z][\w.&'’+-]*))*)")


def told_whom(attribution: str) -> str:
    """Whom the words were given to, as the attribution says: "told AFP news agency" → "told AFP news
    agency" (kept in the quote's context for the editor's ``via``)."""
    # the sentence's words outside quote marks: "…,” he said, but his friend was “under the rubble,” he told AFP"
    first = split_sentences(attribution)[0] if attribution.strip() else ""
    match = _TOLD.search(re.sub(r"[\"“][^\"“”]*[\"”]", " … ", first))
    if not match:
        # "says the thirty-seven-year-old Muscovite to “Vreme”": the verb, its speaker, then whom
        said = re.match(r"^\W*(?:said|says)\s+(?P<who>[^,.;:!?\"“”]{2,80}?[\"“‘]?[A-Z][^,.;:!?]{0,40}?)[.,;:]?\s*$", first)
        match = given_to_tail(said.group("who")) if said else None
    if not match:
        return ""
    whom = re.sub(r"\s+(?:of|on)$", "", re.sub(r"\s+on\s+[A-Z][a-z]+day$", "", match.group("to").strip().rstrip(".,;:")))
    return f"told {whom}" if len(whom.split()) <= 8 else ""
