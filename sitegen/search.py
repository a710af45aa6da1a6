"""A static search index: JSON files under ``search/`` that the theme's ``search.js`` reads in the browser.

The index covers what a reader looks for in a digest: headlines, summaries, quotes, and the names of
speakers, places and tags (not article bodies). It is split so that a query downloads little:

- ``search/meta.json``: the format version, how many documents per chunk, the list of term shards, the
  stop words (the browser drops the same ones), and a digest of the whole index that the script appends
  to every other file's URL, so a browser never mixes files of two builds;
- ``search/docs-<n>.json``: what a result shows, ``[url, title, kind, meta]`` per document, in chunks
  of :data:`DOCS_PER_CHUNK`;
- ``search/terms-<key>.json``: term → postings for the terms that start with the shard's key (hex of the
  key's UTF-8, so file names are ASCII). A key is a term's first two characters; a shard that would
  exceed :data:`SHARD_BYTES` is split by one more character, so the script loads the shard with the
  longest key that starts a term. Postings are flat ``[doc, weight, doc, weight, …]`` with each doc
  number given as the difference to the previous one (small numbers are short JSON).

A document's weight for a term is the sum of the weights of the fields the term occurs in (each field
counted once): a headline outweighs a name, a name a quote, a quote the summary. Speakers, places and
tags weigh most for their own names, so "Zelensky" lists the speaker page first.

Every internal URL is site-relative; the script prefixes the base path from the form's ``data-base``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from sitegen import deps, views
from sitegen.model import Article, Note, Site, Speaker, Term, pack_text, unpack_text
from sitegen.render import json_bytes, json_str
from sitegen.slugs import slugify

if TYPE_CHECKING:
    from sitegen.routes import Route

FORMAT_VERSION = 1
DOCS_PER_CHUNK = 64  # a result list of ten needs at most ten chunks of ~8 KB
SHARD_BYTES = 48_000  # split a term shard past this many bytes of JSON (one term's postings can exceed it)
# A shard key's UTF-8 is its file name (as hex): never split past this many bytes, so a run of words
# sharing a long prefix cannot make a name the file system refuses; such a shard stays larger.
SHARD_KEY_BYTES = 24
MIN_TERM_LENGTH = 2

# Field weights. Summed per document and term, each field counted once.
TITLE = 8
NAME = 4  # the speakers an article quotes, its places and tags; a note's author
QUOTE = 2
SUMMARY = 1
OWN_NAME = 16  # a speaker's, place's or tag's own name on its own page

# Words too common to narrow a search. Kept short: "us", "who" and "no" are names or matter in news.
STOP_WORDS = frozenset("""
a about after all also an and are as at be been but by can could did do does for from had has have he her
him his i if in into is it its me my not of on or our out over said says she so than that the their them
then there these they this those to up was we were what when which while will with would you your
""".split())

_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script; '_' and punctuation separate words
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LETTER_MARKS = frozenset("\u0306\u0308")  # the breve of й, the diaeresis of ї and ё: letters of their own


def fold(word: str) -> str:
    """A word as the index stores it: compatibility-decomposed, accents dropped, case-folded.

    Accents are dropped everywhere except the marks that make Cyrillic letters of their own (й, ї, ё),
    so the folded Cyrillic word still romanizes as the original does. ``search.js`` folds queries the
    same way.
    """
    if word.isascii():
        return word.lower()
    kept: list[str] = []
    after_cyrillic = False
    for ch in unicodedata.normalize("NFKD", word):
        if unicodedata.category(ch).startswith("M"):
            if after_cyrillic and ch in _CYRILLIC_LETTER_MARKS:
                kept.append(ch)
            continue
        after_cyrillic = "\u0400" <= ch <= "\u04ff"
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def romanize(term: str) -> str | None:
    """A folded Cyrillic term as the slugs romanize it (``харків`` → ``kharkiv``), or None for a term
    without Cyrillic or with nothing romanizable. ``search.js`` has the same table for queries."""
    if not _CYRILLIC.search(term):
        return None
    slug = slugify(term)
    return slug if slug and "-" not in slug else None  # a '-' here is slugify's hashed fallback


@functools.lru_cache(maxsize=1 << 16)
def _run_terms(run: str, romanized: bool) -> tuple[str, ...]:
    """The terms of a run of text between spaces: folded first, so that a combining accent does not
    split a word, then cut at everything that is not a letter or a digit."""
    out = [t for t in _WORD.findall(fold(run)) if len(t) >= MIN_TERM_LENGTH and t not in STOP_WORDS]
    if romanized:
        for term in list(out):
            roman = romanize(term)
            if roman and len(roman) >= MIN_TERM_LENGTH and roman not in STOP_WORDS and roman not in out:
                out.append(roman)
    return tuple(out)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order: folded words, plus the romanized form of Cyrillic words.

    ``Харків`` gives ``харків`` and ``kharkiv`` (the slug romanization, so it matches how English text
    spells the place and a reader who types it in Latin letters finds the Cyrillic quote); stop words
    and words shorter than two characters are dropped.
    """
    out: list[str] = []
    for run in text.split():
        found = _INDEX_RUNS.get(run)
        if found is None:
            if len(_INDEX_RUNS) >= 1 << 18:
                _INDEX_RUNS.clear()
            found = _INDEX_RUNS[run] = _run_terms(run, True)
        out += found
    return out


# run → its index terms: a plain dict, faster than lru_cache for the million lookups of a large site
# (a digest's vocabulary is small and every word recurs); emptied when it grows past 262,144 runs.
_INDEX_RUNS: dict[str, tuple[str, ...]] = {}


def query_terms(text: str) -> list[str]:
    """The words of a query as ``search.js`` folds them (finished words: no prefix), before romanizing:
    the script looks a Cyrillic term up both as written and romanized."""
    out: list[str] = []
    for run in text.split():
        out += [t for t in _run_terms(run, False) if t not in out]
    return out


def shard_file_key(key: str) -> str:
    """A shard key as an ASCII file name part: the hex of its UTF-8 (``ka`` → ``6b61``)."""
    return key.encode("utf-8").hex()


# -- documents ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    url: str
    title: str
    kind: str  # article, speaker, place, tag, note
    meta: str  # one short line under the title: "Reuters · 12 April 2022"

    def row(self) -> list[str]:
        return [self.url, self.title, self.kind, self.meta]


# Per-record field terms, kept from one build to the next of the same process (sitegen serve keeps
# unchanged records as the same objects): (function, id(record)) → (record, value). Holding the record
# keeps its id from being reused; each build keeps only what it used.
_field_memo: dict[tuple, tuple[object, object]] = {}


def _fields(record, compute, memo_out: dict):
    """The record's fields, from this build's memo, moved over from the last (each entry held once), or
    computed."""
    key = (compute, id(record))
    found = memo_out.get(key) or _field_memo.pop(key, None)
    if found is None or found[0] is not record:
        found = (record, compute(record))
    memo_out[key] = found
    return found[1]


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
    bytes (all under 256): two objects instead of a set or dict per field, which at 10,000 articles took
    tens of megabytes, and two to unpickle from the build cache instead of a hundred. Packed, the terms of
    50,000 articles take 20 MB less of the memory every build process holds until the index is made."""
    ordered = sorted(weights.items())
    return pack_text(" ".join(term for term, _ in ordered)), bytes(weight for _, weight in ordered)


def _pairs(flat: tuple[bytes, bytes]):
    terms, weights = flat
    return zip(unpack_text(terms).split(" "), weights) if terms else ()


def record_fields(record) -> tuple | None:
    """An article's or a note's search fields: computed where the record is parsed (in the parse workers,
    and kept in the build cache with it), so that indexing the site only adds up weights."""
    if isinstance(record, Article):
        return _article_fields(record)
    if isinstance(record, Note):
        return _note_fields(record)
    return None


def remember_fields(records_and_fields) -> None:
    """Take (record, record_fields(record)) pairs made elsewhere as what this process computed."""
    for record, fields in records_and_fields:
        if fields is not None:
            compute = _article_fields if isinstance(record, Article) else _note_fields
            _field_memo[(compute, id(record))] = (record, fields)


def _speaker_names(speaker: Speaker) -> frozenset[str]:
    return _set(speaker.name, speaker.name_native, *speaker.aliases)


def _speaker_fields(speaker: Speaker) -> tuple[frozenset, frozenset]:
    return _speaker_names(speaker), _set(speaker.role, speaker.affiliation)


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
    memo: dict[tuple, tuple[object, object]] = {}
    documents: list[Document] = []
    # term → (doc numbers, their weights), as machine integers and bytes (weights stay under 32): as a
    # list of int objects the postings of 50,000 articles took 50 MB, as an array of pairs 28, as these 18.
    postings: dict[str, tuple[array, bytearray]] = {}

    def add(document: Document, weights) -> int:
        """Post a document's (term, weight) pairs at once: a weights dict per document kept until the end
        took 50 MB. The order of a document's terms does not matter: postings are sorted by term."""
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

    for speaker_id in views.speaker_order(site):
        speaker = site.speakers[speaker_id]
        names, about = _fields(speaker, _speaker_fields, memo)
        meta = " · ".join(x for x in (speaker.role, speaker.affiliation,
                                      _plural(len(site.quotes_by_speaker[speaker_id]), "quote")) if x)
        add(Document(views.speaker_url(speaker_id), speaker.name, "speaker", meta),
            _weights((names, OWN_NAME), (about, QUOTE)).items())
    for kind, label, terms_, by_term in (("place", "Place", site.places, site.articles_by_place),
                                         ("tag", "Tag", site.tags, site.articles_by_tag)):
        for slug, term in terms_.items():
            meta = f"{label} · {_plural(len(by_term[slug]), 'article')}"
            add(Document(f"{kind}s/{slug}/", term.name, kind, meta),
                _weights((_fields(term, _term_fields, memo), OWN_NAME)).items())
    for article in site.articles:
        flat, names = _fields(article, _article_fields, memo)
        meta = f"{article.source.outlet} · {views.display_day(article.day)}"
        doc = add(Document(views.article_url(article.slug), article.title, "article", meta), _pairs(flat))
        speakers = [site.speakers[s] for s in dict.fromkeys(q.speaker for q in article.quotes) if s in site.speakers]
        if speakers:  # their names count as names, once with the tags' and places'
            spoken = frozenset().union(*(_fields(s, _speaker_names, memo) for s in speakers)).difference(names.split())
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
        meta = " · ".join(x for x in ("Editor note", note.author, views.display_day(note.day)) if x)
        add(Document(views.note_url(note.slug), note.title, "note", meta),
            _pairs(_fields(note, _note_fields, memo)))
    _field_memo.clear()
    _field_memo.update(memo)

    postings = dict(sorted(postings.items()))
    for docs, _ in postings.values():  # each document number as the difference to the previous one
        docs[1:] = array("I", map(operator.sub, docs[1:], docs))
    index = SearchIndex(documents, postings, {}, "")
    # Each entry's JSON size decides the shards; hashing the same bytes gives the index's version. It
    # starts with the JSON list of every document's row, hashed a chunk of rows at a time (all at once
    # they took 20 MB at 50,000 articles).
    version = hashlib.blake2b(b"[", digest_size=12)
    for number in range(views.page_count(len(documents), DOCS_PER_CHUNK)):
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


# -- routes ------------------------------------------------------------------------------------------

def search_page(site: Site) -> dict:
    page = views.page_info("search", "search/", "Search",
                           "Search headlines, summaries, quotes, speakers, places and tags.", site=site)
    page["jsonld"] = dict(page["jsonld"], **{"@type": "SearchResultsPage"})
    return {"page": page}


def _meta(site: Site, index: SearchIndex) -> dict:
    return index.meta_view()


def _chunk(site: Site, index: SearchIndex, number: int) -> list:
    return index.chunk_view(number)


def _shard(site: Site, index: SearchIndex, key: str) -> dict:
    return index.shard_view(key)


def search_routes(site: Site) -> list[Route]:
    """The search page and the index's data files."""
    return [search_page_route(), *search_data_routes(site)]


def search_page_route() -> Route:
    from sitegen.routes import Route  # routes.py imports this module: import Route when called

    return Route("search/", "search/index.html", "search.html", search_page)


def search_data_routes(site: Site) -> list[Route]:
    """The index's data files.

    Their content is known before rendering (the index is built here, each route's view only slices it):
    each depends on its own content's digest, so an edit re-renders only the chunks of documents and the
    term shards that changed (a term that leaves an article changes its shard's digest as well; a
    speaker's new quote, only the chunk whose meta line counts them).
    """
    from sitegen.routes import content_route

    index = build_index(site)
    routes = [content_route("search/meta.json", partial(_meta, index=index), deps.digest(index.meta_view()))]
    for number in range(views.page_count(len(index.documents), DOCS_PER_CHUNK)):
        routes.append(content_route(f"search/docs-{number}.json", partial(_chunk, index=index, number=number),
                                    deps.digest(index.chunk_view(number))))
    for key in index.shards:
        routes.append(content_route(f"search/terms-{shard_file_key(key)}.json",
                                    partial(_shard, index=index, key=key), index.shard_digests[key]))
    return routes


# -- reading the index as search.js does (for the size benchmark and the tests) ---------------------

def run_query(read, query: str, results: int = 8) -> tuple[list[list[str]], int, list[str]]:
    """Run ``query`` against written index files the way ``search.js`` does: ``read(name)`` returns the
    bytes of ``search/<name>``. Returns the rows of the first ``results`` results, how many documents
    matched, and the files read (what a browser downloads for this first query, meta.json first)."""

    files: list[str] = []
    cache: dict[str, object] = {}

    def load(name: str):
        if name not in cache:
            files.append(name)
            cache[name] = json.loads(read(name))
        return cache[name]

    meta = load("meta.json")
    shard_keys = set(meta["shards"])
    stop = set(meta["stop_words"])
    runs = query.split()
    open_word = bool(runs) and bool(_WORD.search(fold(query[-1:])))  # still typing the last word
    wanted: list[tuple[str, bool]] = []
    for index, run in enumerate(runs):
        parts = _WORD.findall(fold(run))
        for part_index, term in enumerate(parts):
            prefix = open_word and index == len(runs) - 1 and part_index == len(parts) - 1
            if len(term) >= meta["min_length"] and (prefix or term not in stop) and term not in dict(wanted):
                wanted.append((term, prefix))
    if not wanted:
        return [], 0, files

    def add_postings(weights: dict[int, int], term: str, prefix: bool) -> None:
        keys = [next((term[:n] for n in range(len(term), 0, -1) if term[:n] in shard_keys), None)]
        if prefix:
            keys += [k for k in meta["shards"] if len(k) > len(term) and k.startswith(term)]
        for key in filter(None, keys):
            for candidate, flat in load(f"terms-{shard_file_key(key)}.json").items():
                if candidate == term or (prefix and candidate.startswith(term)):
                    doc = 0
                    for delta, weight in zip(flat[::2], flat[1::2]):
                        doc += delta
                        weights[doc] = max(weights.get(doc, 0), weight)

    lists = []
    for term, prefix in wanted:  # a Cyrillic term also as romanized: "Харків" finds "Kharkiv"
        weights: dict[int, int] = {}
        for variant in dict.fromkeys(filter(None, (term, romanize(term)))):
            add_postings(weights, variant, prefix)
        lists.append(weights)
    lists.sort(key=len)
    scores = {doc: weight + sum(other.get(doc, 0) for other in lists[1:])
              for doc, weight in lists[0].items() if all(doc in other for other in lists[1:])}
    ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
    rows = [load(f"docs-{doc // meta['chunk']}.json")[doc % meta["chunk"]] for doc, _ in ranked[:results]]
    return rows, len(ranked), files
