"""Would a line classifier trained on the keyed pages drop more clutter than the importer's rules?

    python -m benchmarks.clutter_probe                   # the development pages, four outlet folds
    python -m benchmarks.clutter_probe --without-rules   # ... on words and shape alone

Each development page is parsed as the importer parses it; each paragraph is labelled clutter when one of its
key's clutter entries (not ``repeat``) starts it, and left out when an ``ignore`` or ``repeat`` entry does. A
logistic regression over the paragraph's words, its shape (length, end punctuation, capitals, digits, marks,
links, position) and what the rules made of it and of its neighbours is trained on three folds and scored on the
fourth, whose outlets it never saw. For each fold the probe prints the clutter paragraphs the rules drop and the
text paragraphs they drop, then the model's at 0.5 and at the threshold that drops no more text than the rules.
It is a paragraph-level proxy of ``import_eval``'s clutter and lost figures, for deciding what to build, not a
score of the importer. Pure Python; about half a minute.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks import import_eval
from benchmarks.import_scoring import _clutter_entries, norm
from benchmarks.import_sets import development_pages, read_key
from sitegen.importer import parse_raw

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def labelled_paragraphs(text: str, key: dict) -> list[tuple[list, int, bool]]:
    """(the page's paragraphs, index, is clutter) for every paragraph the key decides."""
    paragraphs = list(parse_raw(text).paragraphs)
    entries = _clutter_entries(key)
    clutter = [norm(t) for t, kind in entries if kind != "repeat"]
    undecided = [norm(t) for t, kind in entries if kind == "repeat"] + [norm(str(x)) for x in key.get("ignore") or []]
    out = []
    for i, paragraph in enumerate(paragraphs):
        text_ = norm(paragraph.text)
        if text_ and not any(text_.startswith(x) for x in undecided if x):
            out.append((paragraphs, i, any(text_.startswith(c) for c in clutter)))
    return out


def features(paragraphs: list, i: int, rules: bool = True) -> Counter:
    """The paragraph's words, its shape, and (with ``rules``) the rules' verdict on it and on its neighbours."""
    paragraph, text = paragraphs[i], paragraphs[i].text
    words = text.split()
    lowered = _WORD.findall(text.casefold())
    found = Counter({"bias": 1, f"length={min(len(words), 40) // 5}": 1,
                     f"capitals={round(4 * sum(w[:1].isupper() for w in words) / max(len(words), 1))}": 1})
    if rules:
        found.update({f"rule={paragraph.kind}": 1, f"reason={paragraph.reason or '-'}": 1,
                      f"before={paragraphs[i - 1].kind if i else 'none'}": 1,
                      f"after={paragraphs[i + 1].kind if i + 1 < len(paragraphs) else 'none'}": 1})
    found["ends a sentence"] = int(bool(re.search(r"[.!?…][\"”’')]*$", text)))
    found["ends with a colon"] = int(text.rstrip().endswith(":"))
    found["digits"] = int(bool(re.search(r"\d", text)))
    found["quote marks"] = int(bool(re.search(r"[“”\"]", text)))
    found["link"] = int(bool(re.search(r"https?:|www\.|\.com\b", text)))
    found["slash"] = int("/" in text)
    found["among the first three"] = int(i < 3)
    found["among the last three"] = int(i >= len(paragraphs) - 3)
    found.update(f"first:{w}" for w in lowered[:3])
    found.update(f"word:{w}" for w in set(lowered))
    found.update(f"pair:{a}_{b}" for a, b in set(zip(lowered, lowered[1:])))
    if lowered:
        found[f"last:{lowered[-1]}"] = 1
    return found


def train(rows: list[tuple[Counter, int]], epochs: int = 6, rate: float = 0.1, decay: float = 1e-5) -> dict:
    """A logistic regression fitted by stochastic gradient descent, in a fixed order (seeded), so the same
    rows give the same weights."""
    weights: dict[str, float] = defaultdict(float)
    order = list(rows)
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(order)
        for found, label in order:
            error = probability(weights, found) - label
            for name, value in found.items():
                weights[name] -= rate * (error * value + decay * weights[name])
    return dict(weights)


def probability(weights: dict, found: Counter) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def _pages(folders, rules: bool = True) -> list[tuple[str, Counter, bool, bool]]:
    rows = []
    for folder in folders:
        pages, _, folds = development_pages(folder)
        for outlet, raw, key in pages:
            if outlet in folds:
                for paragraphs, i, clutter in labelled_paragraphs(Path(raw).read_text(encoding="utf-8"), read_key(key)):
                    rows.append((folds[outlet], features(paragraphs, i, rules), clutter,
                                 paragraphs[i].kind == "clutter"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.clutter_probe", description=__doc__.split("\n")[0])
    parser.add_argument("--without-rules", action="store_true", help="train on words and shape alone")
    args = parser.parse_args(argv)
    rows = _pages(import_eval.PAGES, rules=not args.without_rules)
    print(f"{len(rows)} paragraphs the keys decide, {sum(r[2] for r in rows)} of them clutter")
    for fold in sorted({r[0] for r in rows}):
        weights = train([(found, int(clutter)) for f, found, clutter, _ in rows if f != fold])
        test = [(probability(weights, found), clutter, ruled) for f, found, clutter, ruled in rows if f == fold]
        clutter = sum(c for _, c, _ in test)
        rules = (sum(c and r for _, c, r in test), sum(not c and r for _, c, r in test))

        def at(threshold: float) -> tuple[int, int]:
            return sum(c and p >= threshold for p, c, _ in test), sum(not c and p >= threshold for p, c, _ in test)

        matched = max((at(t / 100) + (t / 100,) for t in range(5, 100) if at(t / 100)[1] <= rules[1]),
                      default=(0, 0, 1.0))
        half = at(0.5)
        print(f"fold {fold}: {clutter} clutter paragraphs | rules drop {rules[0]} ({rules[0] / clutter:.1%}) and "
              f"{rules[1]} of text | model at 0.5: {half[0]} ({half[0] / clutter:.1%}) and {half[1]} | at "
              f"{matched[2]:.2f}: {matched[0]} ({matched[0] / clutter:.1%}) and {matched[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
