"""Scoring one raw text against its hand-written key, and adding the scores up.

Quote precision (found quotes that are key quotes; key ``fragments`` not counted), recall, attribution
(right speaker / quotes found), told (whom the words were given to kept in the context), clutter dropped,
and paragraphs lost (dropped article text the key does not list as clutter). A found and a key quote match
when each shares 70% of its words with the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.import_sets import Unreadable
from sitegen.importer import find_quotes, parse_raw

TARGETS = {"precision": 0.95, "recall": 0.90, "attribution": 0.90, "clutter": 0.95}
FIGURES = ("precision", "recall", "attribution", "clutter")
_STOP = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "s", "us", "u"}


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"[^\W_]+", re.sub(r"[’‘'`]", "", text))


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


def stems(text: str) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words(text)} - _STOP


# The key's speaker of a quote that nothing in the page attributes (its attribution cut off or never given).
UNKNOWN = "unknown speaker"
# The store's metadata prefix glued to a page's first paragraph (" date 2022-04-03 "), once split off.
_STORE_DATE = re.compile(r"date \d{4} \d{2}(?: \d{2})?")


# A generation or an order after a name ("Samuel L. Stanley Jr.", "Prince Albert II", "Andrii Roe SJ"): the importer
# leaves it out of a speaker's name, some keys keep it; either way it is the same person.
_SUFFIX = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV|SJ|OSB|OFM|OP)\.?)+\s*$")


def _without_suffix(name: str) -> str:
    return _SUFFIX.sub("", str(name))


def right_speaker(guess, key: dict) -> bool:
    if key.get("unnamed") and norm(key["speaker"]) == UNKNOWN:
        return guess is None  # nothing names the speaker: the quote is left to the editor
    if guess is None:
        return False
    if key.get("unnamed"):
        return not guess.named and bool(stems(guess.description) & stems(key["speaker"]))
    if not guess.named:
        return False
    names = [_without_suffix(key["speaker"])] + [_without_suffix(a) for a in key.get("aliases") or []]
    found = words(_without_suffix(guess.name))
    # the same surname, or the text gave only the first name ("Liliia" for "Liliia Malona")
    return any(found and (words(n) == found or words(n)[-1:] == found[-1:] or (len(found) == 1 and words(n)[:1] == found))
               for n in names if words(n))


def kept_told(quote, told: str) -> bool:
    """The quote's context keeps whom the words were given to (most of its words)."""
    context = getattr(quote, "context", "") or ""
    wanted, have = stems(told), stems(context)
    if not wanted:  # "told: me", "told: us": words too short to stem, compared whole
        wanted, have = set(told.casefold().split()), set(context.casefold().split())
    return bool(wanted) and len(wanted & have) * 2 >= len(wanted)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _clutter_entries(key: dict) -> list[tuple[str, str]]:
    """(text, kind) of the key's clutter lines; the old keys list bare strings."""
    out = []
    for entry in key.get("clutter") or []:
        text, kind = (entry.get("text"), entry.get("kind")) if isinstance(entry, dict) else (entry, "clutter")
        if norm(str(text)):
            out.append((str(text), str(kind or "clutter")))
    return out


def evaluate_file(raw_path: Path, key: dict) -> dict:
    """The scores of one raw text against its key."""
    try:
        return score_text(raw_path.read_text(encoding="utf-8"), key)
    except (OSError, UnicodeDecodeError) as exc:
        raise Unreadable(f"{raw_path}: cannot read: {exc}") from None


def score_text(text: str, key: dict) -> dict:
    """Found, right, wrong and missed quotes, misattributions, clutter kept and paragraphs lost."""
    article = parse_raw(text)
    found = find_quotes([p.text for p in article.kept])
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
    told = [(f, k) for f, k in matches if k.get("told")]

    # Clutter is located by the raw lines it starts; a paragraph covers the lines from its own to the next's.
    lines = [norm(line) for line in text.replace("\r\n", "\n").split("\n")]
    paragraphs = list(article.paragraphs)
    spans = [range(p.line, min([q.line for q in paragraphs[i + 1:] if q.line > p.line] or [len(lines) + 1]))
             for i, p in enumerate(paragraphs)]
    clutter = _clutter_entries(key)
    excused = [norm(t) for t, _ in clutter] + [norm(str(x)) for x in key.get("ignore") or []]
    kept_text = [norm(p.text) for p in article.kept]
    clutter_kept, unlocated, wholes, lost = [], [], [], []
    for line_text, kind in clutter:
        target = norm(line_text)
        # an entry ending in an ellipsis is a whole teaser line, not the start of the paragraph it cuts short
        whole_line = line_text.rstrip().endswith(("…", "..."))
        at = [n + 1 for n, line in enumerate(lines) if n and (line == target if whole_line else line.startswith(target))]
        # the key names a line by its start: the whole line is clutter, and in a text whose paragraphs are
        # separated by blank lines, the lines of its paragraph down to the next blank one
        for n in at:
            end = n
            while article.layout == "blank-lines" and end < len(lines) and lines[end]:
                end += 1
            wholes.append(" ".join(lines[n - 1:end]))
        heads = [p for p in paragraphs if (norm(p.text) == target if whole_line else norm(p.text).startswith(target))]
        if not at and not heads:
            unlocated.append(line_text)
        if kind == "repeat":
            # words given twice (a standfirst the body repeats): one of them goes, the article keeps them
            if not any(p.kind == "clutter" for p in heads):
                clutter_kept.append((line_text, kind))
            elif not any(_contains(k, target) for k in kept_text):
                lost.append(line_text)
            continue
        if any(p.kind != "clutter" for p in heads) or any(
                p.kind != "clutter" and _contains(norm(p.text), target) and any(n in span for n in at)
                for p, span in zip(paragraphs, spans)):
            clutter_kept.append((line_text, kind))
    for p in article.clutter:
        text = norm(p.text)
        if _STORE_DATE.fullmatch(text):
            continue  # page metadata by the key definitions (import_heldout/README.md), never article text
        if text in kept_text or any(_contains(whole, text) for whole in wholes) or any(
                text.startswith(t) or (len(text) >= 4 and t.startswith(text)) for t in excused):
            continue
        rest = text
        for target in sorted(excused, key=len, reverse=True):
            rest = f" {rest} ".replace(f" {target} ", " ").strip()
        if len(rest.split()) >= 3:
            lost.append(p.text)
    # Article text the key names because it shares a line with clutter ("…difference.Officials in Kyiv")
    lost += [str(t) for t in key.get("kept") or [] if not any(_contains(k, norm(str(t))) for k in kept_text)]
    return {
        "found": len(found), "right": len(matches), "wrong": wrong, "fragments": len(fragment_hits),
        "key": len(key_quotes), "missed": missed, "misattributed": misattributed, "matches": matches,
        "attributed": len(matches) - len(misattributed), "clutter": clutter, "clutter_kept": clutter_kept,
        "unlocated": unlocated, "lost": lost, "told": told,
    }


class Tally:
    """Counts for one group of files (a set, an outlet) and the figures made of them."""

    def __init__(self):
        self.n = Counter()
        self.by_ref = defaultdict(Counter)
        self.by_kind = defaultdict(Counter)

    def add(self, r: dict) -> None:
        for name in ("found", "right", "fragments", "key", "attributed"):
            self.n[name] += r[name]
        self.n["wrong"] += len(r["wrong"])
        self.n["clutter"] += len(r["clutter"])
        self.n["dropped"] += len(r["clutter"]) - len(r["clutter_kept"])
        self.n["lost"] += len(r["lost"])
        self.n["files"] += 1
        self.n["told"] += len(r["told"])
        # a wrong speaker misleads the editor; no speaker only leaves the quote to attribute
        self.n["no_speaker"] += sum(f.speaker is None for f, _ in r["misattributed"])
        self.n["wrong_speaker"] += sum(f.speaker is not None for f, _ in r["misattributed"])
        self.n["told_kept"] += sum(kept_told(f, k["told"]) for f, k in r["told"])
        for k in r["missed"]:
            self.by_ref[k.get("ref", "?")]["missed"] += 1
        for f, k in r["matches"]:
            ref = self.by_ref[k.get("ref", "?")]
            ref["found"] += 1
            ref["right"] += right_speaker(f.speaker, k)
        kept = Counter(kind for _, kind in r["clutter_kept"])
        for _, kind in r["clutter"]:
            self.by_kind[kind]["all"] += 1
        for kind, count in kept.items():
            self.by_kind[kind]["kept"] += count

    def figures(self) -> dict:
        n = self.n

        def ratio(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {"precision": ratio(n["right"], n["found"] - n["fragments"]), "recall": ratio(n["right"], n["key"]),
                "attribution": ratio(n["attributed"], n["right"]), "clutter": ratio(n["dropped"], n["clutter"]),
                "lost": n["lost"]}

    def row(self) -> str:
        f = self.figures()
        return (f"{f['precision']:5.3f} {f['recall']:5.3f} {f['attribution']:5.3f} "
                f"{self.n['dropped']:>4}/{self.n['clutter']:<4} {self.n['lost']:>4}")

    def misses(self) -> list[str]:
        """The targets these figures miss, as words."""
        f = self.figures()
        out = [f"{name} {f[name]:.3f} < {TARGETS[name]:.2f}" for name in FIGURES if f[name] < TARGETS[name]]
        return out + ([f"{f['lost']} paragraphs lost"] if f["lost"] else [])
