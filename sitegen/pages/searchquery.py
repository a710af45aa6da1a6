"""Reading written index files the way ``search.js`` does: for the size benchmark and the tests."""

from __future__ import annotations

import json

from sitegen.pages.searchindex import shard_file_key
from sitegen.searchterms import _WORD, fold, romanize


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
