"""Measure the importer against the hand-written answer key.

    python -m benchmarks.import_eval [--raw-dir /work/shared/fixtures/raw] [--key-dir DIR] [--verbose]

For every raw text with a key file (``benchmarks/import_answer_key/<stem>.yaml``) it parses the text,
finds the quotes in the kept paragraphs and prints, per file and overall:

* quote precision: found quotes that are key quotes / found quotes (found quotes matching a key
  ``fragment`` are not counted either way; "strict" counts them as wrong);
* quote recall: key quotes found / key quotes;
* attribution: right speaker / key quotes found;
* clutter dropped: key clutter lines not kept / key clutter lines;
* real paragraphs lost: paragraphs dropped as clutter that the key does not list as clutter;
* outlet: the parsed outlet equals the key's.

A found quote and a key quote match when each shares at least 70% of its words with the other.
Exit status 1 when a target is missed (precision 0.9, recall 0.85, attribution 0.9, clutter 95%, no
paragraph lost).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

from sitegen.importer.quotes import find_quotes
from sitegen.importer.rawtext import parse_raw

KEY_DIR = Path(__file__).resolve().parent / "import_answer_key"
TARGETS = {"precision": 0.9, "recall": 0.85, "attribution": 0.9, "clutter": 0.95}
_STOP = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "s", "us", "u"}


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"[a-z0-9]+", re.sub(r"[’‘'`]", "", text))


def norm(text: str) -> str:
    return " ".join(words(text))


def overlap(a: str, b: str) -> tuple[float, float]:
    wa, wb = Counter(words(a)), Counter(words(b))
    if not wa or not wb:
        return 0.0, 0.0
    shared = sum((wa & wb).values())
    return shared / sum(wa.values()), shared / sum(wb.values())


def same_quote(found: str, key: str) -> float:
    """0 when they are not the same quote, else how well they agree."""
    of_found, of_key = overlap(found, key)
    return min(of_found, of_key) if of_found >= 0.7 and of_key >= 0.7 else 0.0


def right_speaker(guess, key: dict) -> bool:
    if guess is None:
        return False
    if key.get("unnamed"):
        if guess.named:
            return False
        return bool(stems(guess.description) & stems(key["speaker"]))
    if not guess.named:
        return False
    names = [key["speaker"]] + list(key.get("aliases") or [])
    found = words(guess.name)
    # the same surname, or the text gave only the first name ("Liliia" for "Liliia Malona")
    return any(found and (words(n) == found or words(n)[-1:] == found[-1:] or (len(found) == 1 and words(n)[:1] == found))
               for n in names if words(n))


def stems(text: str) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words(text)} - _STOP


def evaluate_file(raw_path: Path, key: dict) -> dict:
    article = parse_raw(raw_path.read_text(encoding="utf-8"))
    kept = [p.text for p in article.kept]
    found = find_quotes(kept)
    key_quotes = key.get("quotes") or []
    fragments = key.get("fragments") or []
    pairs = sorted(((same_quote(f.text, k["text"]), i, j) for i, f in enumerate(found)
                    for j, k in enumerate(key_quotes)), reverse=True)
    matched_found, matched_key, matches = set(), set(), []
    for score, i, j in pairs:
        if score and i not in matched_found and j not in matched_key:
            matched_found.add(i)
            matched_key.add(j)
            matches.append((found[i], key_quotes[j]))
    unmatched = [f for i, f in enumerate(found) if i not in matched_found]
    fragment_hits = [f for f in unmatched if any(max(overlap(f.text, g)) >= 0.7 for g in fragments)]
    wrong = [f for f in unmatched if f not in fragment_hits]
    missed = [k for j, k in enumerate(key_quotes) if j not in matched_key]
    misattributed = [(f, k) for f, k in matches if not right_speaker(f.speaker, k)]

    clutter = [c for c in key.get("clutter") or [] if norm(c)]
    kept_norms = [norm(p.text) for p in article.kept]
    clutter_missed = []
    for line in clutter:
        target = norm(line)
        candidates = [p for p in article.paragraphs if norm(p.text).startswith(target)
                      or (len(norm(p.text)) >= 4 and target.startswith(norm(p.text)))]
        if candidates:
            best = min(candidates, key=lambda p: abs(len(norm(p.text)) - len(target)))
            if best.kind != "clutter":
                clutter_missed.append(line)
    lost = [p for p in article.clutter if norm(p.text) not in kept_norms and not any(
        norm(p.text).startswith(norm(c)) or norm(c).startswith(norm(p.text)) for c in clutter)]
    return {
        "found": len(found), "right": len(matches), "wrong": wrong, "fragments": len(fragment_hits),
        "key": len(key_quotes), "missed": missed, "misattributed": misattributed,
        "attributed": len(matches) - len(misattributed), "clutter": len(clutter),
        "clutter_missed": clutter_missed, "lost": lost,
        "outlet_ok": (key.get("outlet") or None) == article.outlet, "outlet": article.outlet,
    }


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--raw-dir", type=Path, default=Path("/work/shared/fixtures/raw"))
    parser.add_argument("--key-dir", type=Path, default=KEY_DIR)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss, wrong quote and lost line")
    args = parser.parse_args(argv)
    raws = sorted(args.raw_dir.glob("*.txt"))
    if not raws:
        print(f"{args.raw_dir}: no raw texts (*.txt)", file=sys.stderr)
        return 2
    totals = Counter()
    print(f"{'file':58} {'prec':>5} {'rec':>5} {'attr':>5} {'clutter':>8} {'lost':>4} outlet")
    for raw in raws:
        key_path = args.key_dir / f"{raw.stem}.yaml"
        if not key_path.exists():
            print(f"{raw.stem[:58]:58} no answer key ({key_path.name})")
            totals["no_key"] += 1
            continue
        key = yaml.safe_load(key_path.read_text(encoding="utf-8")) or {}
        r = evaluate_file(raw, key)
        scored = r["found"] - r["fragments"]
        dropped = r["clutter"] - len(r["clutter_missed"])
        print(f"{raw.stem[:58]:58} {ratio(r['right'], scored):5.2f} {ratio(r['right'], r['key']):5.2f} "
              f"{ratio(r['attributed'], r['right']):5.2f} {dropped:>3}/{r['clutter']:<4} {len(r['lost']):>4} "
              f"{'ok' if r['outlet_ok'] else 'WRONG ' + str(r['outlet'])}")
        if args.verbose:
            for f in r["wrong"]:
                print(f"    not a key quote: {f.text[:100]!r} ({f.speaker.label if f.speaker else '?'})")
            for k in r["missed"]:
                print(f"    missed: {k['text'][:100]!r} ({k['speaker']})")
            for f, k in r["misattributed"]:
                print(f"    attributed to {f.speaker.label if f.speaker else None!r} [{f.how}], "
                      f"key {k['speaker']!r}: {k['text'][:70]!r}")
            for line in r["clutter_missed"]:
                print(f"    clutter kept: {line[:100]!r}")
            for p in r["lost"]:
                print(f"    paragraph lost ({p.reason}): {p.text[:100]!r}")
        for name in ("found", "right", "fragments", "key", "attributed", "clutter"):
            totals[name] += r[name]
        totals["wrong"] += len(r["wrong"])
        totals["dropped"] += dropped
        totals["lost"] += len(r["lost"])
        totals["outlets"] += r["outlet_ok"]
        totals["files"] += 1
    precision = ratio(totals["right"], totals["found"] - totals["fragments"])
    figures = {
        "precision": precision,
        "recall": ratio(totals["right"], totals["key"]),
        "attribution": ratio(totals["attributed"], totals["right"]),
        "clutter": ratio(totals["dropped"], totals["clutter"]),
    }
    print()
    print(f"files: {totals['files']}  key quotes: {totals['key']}  found: {totals['found']} "
          f"(of which {totals['fragments']} are short quoted phrases the key does not score)")
    print(f"quote precision:        {figures['precision']:.3f}  (strict, phrases counted wrong: "
          f"{ratio(totals['right'], totals['found']):.3f})")
    print(f"quote recall:           {figures['recall']:.3f}")
    print(f"speaker attribution:    {figures['attribution']:.3f}  (over {totals['right']} matched quotes)")
    print(f"clutter lines dropped:  {100 * figures['clutter']:.1f}%  ({totals['dropped']}/{totals['clutter']})")
    print(f"real paragraphs lost:   {totals['lost']}")
    print(f"outlet right:           {totals['outlets']}/{totals['files']}")
    met = all(figures[name] >= target for name, target in TARGETS.items()) and totals["lost"] == 0
    print("targets met" if met else "targets NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
