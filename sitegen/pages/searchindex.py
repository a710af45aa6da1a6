"""The search index of a site: documents, postings and the shards they are written in (``docs/search.md``
gives the file format; :mod:`sitegen.pages.search` writes the files).

The index covers what a reader looks for in a digest: headlines, summaries, quotes, and the names of
speakers, places and tags (not article bodies). A document's weight for a term is the sum of the weights of
the fields the term occurs in (each field counted once): a headline outweighs a name, a name a quote, a
quote the summary. Speakers, places and tags weigh most for their own names, so "Zelensky" lists the
speaker page first. An article's and a note's own fields are made where the file is parsed
(:func:`record_fields`), so that indexing a site only adds up weights.
"""

from __future__ import annotations

import hashlib
import operator
from array import array
from dataclasses import dataclass, field

from sitegen.jsonout import json_bytes, json_str
from sitegen.model.records import Article, Note, Speaker, Term, pack_text, unpack_text
from sitegen.model.site import Site
from sitegen.pages.common import article_url, display_day, note_url, page_count, speaker_url
from sitegen.searchterms import MIN_TERM_LENGTH, STOP_WORDS, terms

FORMAT_VERSION = 1
DOCS_PER_CHUNK = 64  # a result list of ten needs at most ten chunks of ~8 KB
SHARD_BYTES = 48_000  # split a term shard past this many bytes of JSON (one term's postings can exceed it)
# A shard key's UTF-8 is its file name (as hex): never split past this many bytes, so a run of words
# sharing a long prefix cannot make a name the file system refuses; such a shard stays larger.
SHARD_KEY_BYTES = 24

# Field weights. Summed per document and term, each field counted once.
TITLE = 8
NAME = 4  # the speakers an article quotes, its places and tags; a note's author
QUOTE = 2
SUMMARY = 1
OWN_NAME = 16  # a speaker's, place's or tag's own name on its own page


def shard_file_key(key: str) -> str:
    """A shard key as an ASCII file name part: the hex of its UTF-8 (``ka`` → ``6b61``)."""
    return key.encode("utf-8").hex()


@dataclass(frozen=True, slots=True)
class Document:
    url: str
    title: str
    kind: str  # article, speaker, place, tag, note
    meta: str  # one short line under the title: "Reuters · 12 April 2022"

    def row(self) -> list[str]:
        return [self.url, self.title, self.kind, self.meta]


def _set(*texts: str) -> frozenset[str]:
    found: set[str] = set()
    for text in texts:
        found.update(terms(text))
    return frozenset(found)


def _article_fields(article: Article) -> tuple[tuple[str, bytes], str]:
    """The weights of the article's own words (_flat), and the terms of its tag and place names joined by
    spaces (the index adds its speakers' names, which count as names once)."""
    names = _set(*article.tags, *article.places)
    weights = _weights((_set(article.title), TITLE), (names, NAME), (_set(*(q.text for q in article.quotes)), QUOTE),
                       (_set(article.summary_text), SUMMARY))
    return _flat(weights), " ".join(sorted(names))


def _note_fields(note: Note) -> tuple:
    return _flat(_weights((_set(note.title), TITLE), (_set(note.author), NAME), (_set(note.summary_text), SUMMARY)))


def _flat(weights: dict[str, int]) -> tuple[bytes, bytes]:
    """A record's weights as its terms joined by spaces (terms have none), packed, and their weights as
    bytes (all under 256): two objects instead of a set or dict per field, and two to unpickle from the
    build cache instead of a hundred; packed, the terms take less of the memory every build process holds
    until the index is made."""
    ordered = sorted(weights.items())
    return pack_text(" ".join(term for term, _ in ordered)), bytes(weight for _, weight in ordered)


def _pairs(flat: tuple[bytes, bytes]):
    terms, weights = flat
    return zip(unpack_text(terms).split(" "), weights) if terms else ()


def record_fields(record) -> tuple | None:
    """An article's or a note's search fields (None for other records): made where the record is parsed,
    and kept in the build cache with it."""
    if isinstance(record, Article):
        return _article_fields(record)
    if isinstance(record, Note):
        return _note_fields(record)
    return None


def _speaker_names(speaker: Speaker) -> frozenset[str]:
    return _set(speaker.name, speaker.name_native, *speaker.aliases)


def _term_fields(term: Term) -> frozenset[str]:
    return _set(term.name)


def _weights(*fields: tuple[frozenset[str], int]) -> dict[str, int]:
    weights: dict[str, int] = {}
    for field_terms, weight in fields:
        for term in field_terms:
            weights[term] = weights.get(term, 0) + weight
    return weights


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@dataclass
class SearchIndex:
    documents: list[Document]
    postings: dict[str, tuple[array, bytearray]]  # term → (its documents, as differences; their weights)
    shards: dict[str, list[str]]  # shard key → its terms, sorted
    version: str  # digest of documents and postings
    shard_digests: dict[str, str] = field(default_factory=dict)  # shard key → digest of its entries

    def flat(self, term: str) -> list[int]:
        """The term's postings as the index files write them: [doc, weight, doc, weight, …], each doc
        number as the difference to the previous one."""
        docs, weights = self.postings[term]
        flat = [0] * (2 * len(docs))
        flat[::2] = docs.tolist()
        flat[1::2] = weights
        return flat

    def shard_view(self, key: str) -> dict:
        return {term: self.flat(term) for term in self.shards[key]}

    def chunk_view(self, number: int) -> list[list[str]]:
        return [d.row() for d in self.documents[number * DOCS_PER_CHUNK:(number + 1) * DOCS_PER_CHUNK]]

    def meta_view(self) -> dict:
        return {
            "version": FORMAT_VERSION,
            "index": self.version,
            "documents": len(self.documents),
            "chunk": DOCS_PER_CHUNK,
            "shards": sorted(self.shards),
            "stop_words": sorted(STOP_WORDS),
            "min_length": MIN_TERM_LENGTH,
        }


def build_index(site: Site) -> SearchIndex:
    """Documents and postings of the whole site, in a stable order: speakers, places, tags (so that on
    equal scores the pages about a name come first), then articles and notes, newest first."""
    documents: list[Document] = []
    # term → (doc numbers, their weights), as machine integers and bytes (weights stay under 32): a third
    # of the memory of int objects in lists.
    postings: dict[str, tuple[array, bytearray]] = {}

    def add(document: Document, weights) -> int:
        """Post a document's (term, weight) pairs at once, keeping no weights dict per document until the
        end. The order of a document's terms does not matter: postings are sorted by term."""
        doc = len(documents)
        documents.append(document)
        for term, weight in weights:
            posted = postings.get(term)
            if posted is None:
                postings[term] = (array("I", (doc,)), bytearray((weight,)))
            else:
                posted[0].append(doc)
                posted[1].append(weight)
        return doc

    names_of = {speaker_id: _speaker_names(speaker) for speaker_id, speaker in site.speakers.items()}
    for speaker_id in site.speaker_order:
        speaker = site.speakers[speaker_id]
        names, about = names_of[speaker_id], _set(speaker.role, speaker.affiliation)
        meta = " · ".join(x for x in (speaker.role, speaker.affiliation,
                                      _plural(len(site.quotes_by_speaker[speaker_id]), "quote")) if x)
        add(Document(speaker_url(speaker_id), speaker.name, "speaker", meta),
            _weights((names, OWN_NAME), (about, QUOTE)).items())
    for kind, label, terms_, by_term in (("place", "Place", site.places, site.articles_by_place),
                                         ("tag", "Tag", site.tags, site.articles_by_tag)):
        for slug, term in terms_.items():
            meta = f"{label} · {_plural(len(by_term[slug]), 'article')}"
            add(Document(f"{kind}s/{slug}/", term.name, kind, meta),
                _weights((_term_fields(term), OWN_NAME)).items())
    for article in site.articles:
        flat, names = site.search_fields[article.path]
        meta = f"{article.source.outlet} · {display_day(article.day)}"
        doc = add(Document(article_url(article.slug), article.title, "article", meta), _pairs(flat))
        speakers = [s for s in dict.fromkeys(q.speaker for q in article.quotes) if s in names_of]
        if speakers:  # their names count as names, once with the tags' and places'
            spoken = frozenset().union(*(names_of[s] for s in speakers)).difference(names.split())
            for term in spoken:
                posted = postings.get(term)
                if posted is None:
                    postings[term] = (array("I", (doc,)), bytearray((NAME,)))
                elif posted[0][-1] == doc:  # the article's own words have it too
                    posted[1][-1] += NAME
                else:
                    posted[0].append(doc)
                    posted[1].append(NAME)
    for note in site.notes:
        meta = " · ".join(x for x in ("Editor note", note.author, display_day(note.day)) if x)
        add(Document(note_url(note.slug), note.title, "note", meta),
            _pairs(site.search_fields[note.path]))

    postings = dict(sorted(postings.items()))
    for docs, _ in postings.values():  # each document number as the difference to the previous one
        docs[1:] = array("I", map(operator.sub, docs[1:], docs))
    index = SearchIndex(documents, postings, {}, "")
    # Each entry's JSON size decides the shards; hashing the same bytes gives the index's version. It
    # starts with the JSON list of every document's row, hashed a chunk of rows at a time (never all of
    # them in memory at once).
    version = hashlib.blake2b(b"[", digest_size=12)
    for number in range(page_count(len(documents), DOCS_PER_CHUNK)):
        version.update(b"," if number else b"")
        version.update(json_bytes(index.chunk_view(number))[1:-1])
    version.update(b"]")
    sizes: dict[str, int] = {}
    entry_digests: dict[str, bytes] = {}
    for term in postings:
        entry = _entry_bytes(term, index.flat(term))
        version.update(entry)
        sizes[term] = len(entry)
        entry_digests[term] = hashlib.blake2b(entry, digest_size=8).digest()
    index.shards = _shards(sizes)
    index.shard_digests = {key: hashlib.blake2b(b"".join(entry_digests[t] for t in members),
                                                digest_size=12).hexdigest() for key, members in index.shards.items()}
    index.version = version.hexdigest()
    return index


def _entry_bytes(term: str, flat: list[int]) -> bytes:
    """``json_bytes({term: flat})``, five times faster: a list of ints' repr is its JSON but for spaces."""
    return f"{{{json_str(term)}:{repr(flat).replace(' ', '')}}}".encode("utf-8")


def _shards(sizes: dict[str, int]) -> dict[str, list[str]]:
    """Group the terms (sorted, with the JSON size of their entry) by their first character; split a
    group that is too big by one more character, again and again (terms no longer than the key stay in
    the shorter key's shard). A small site gets a few dozen files, a large one a few hundred of similar
    size."""
    shards: dict[str, list[str]] = {}

    def place(key_length: int, group: list[str]) -> None:
        by_key: dict[str, list[str]] = {}
        for term in group:
            by_key.setdefault(term[:key_length], []).append(term)
        for key, members in by_key.items():
            longer = [t for t in members if len(t) > key_length]
            if (sum(sizes[t] for t in members) > SHARD_BYTES and len(longer) > 1
                    and len(key.encode("utf-8")) + 4 <= SHARD_KEY_BYTES):
                shards[key] = [t for t in members if len(t) <= key_length]
                place(key_length + 1, longer)
            else:
                shards[key] = members
    place(1, list(sizes))
    return {key: members for key, members in sorted(shards.items()) if members}
