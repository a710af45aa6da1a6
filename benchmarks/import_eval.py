"""Measure the importer against hand-written answer keys.

    python -m benchmarks.import_eval [--verbose] [--heldout-detail]
    python -m benchmarks.import_eval --raw-dir /work/shared/fixtures/raw [--key-dir DIR] [--verbose]

Sets, each a folder of ``raw/<stem>.txt`` and ``keys/<stem>.yaml``: ``development`` (``import_pages``, the
pages its ``split.yaml`` lists, with the retired first-round groups printed too), ``heldout``
(``import_heldout`` when it exists, measured once; per-file detail only with ``--heldout-detail``) and,
with ``--raw-dir``, ``fixtures`` (keys in ``--key-dir``, default ``import_answer_key``).

Per set, outlet, speaker-reference kind and clutter kind: quote precision (found quotes that are key
quotes; key ``fragments`` not counted), recall, attribution (right speaker / quotes found), told (whom the
words were given to kept in the context), clutter dropped, and paragraphs lost (dropped article text the
key does not list as clutter). A found and a key quote match when each shares 70% of its words with the
other. Exit 1 when a held-out target is missed or the development pages lead the held-out ones by more
than 5 points; with no held-out set, when a development target is missed; 2 when a text or key cannot be
read.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from sitegen.importer import find_quotes, parse_raw

HERE = Path(__file__).resolve().parent
PAGES = HERE / "import_pages"
HELDOUT = HERE / "import_heldout"
KEY_DIR = HERE / "import_answer_key"
TARGETS = {"precision": 0.95, "recall": 0.90, "attribution": 0.90, "clutter": 0.95}
MAX_GAP = 0.05
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


def right_speaker(guess, key: dict) -> bool:
    if guess is None:
        return False
    if key.get("unnamed"):
        return not guess.named and bool(stems(guess.description) & stems(key["speaker"]))
    if not guess.named:
        return False
    names = [key["speaker"]] + list(key.get("aliases") or [])
    found = words(guess.name)
    # the same surname, or the text gave only the first name ("Liliia" for "Liliia Malona")
    return any(found and (words(n) == found or words(n)[-1:] == found[-1:] or (len(found) == 1 and words(n)[:1] == found))
               for n in names if words(n))


def kept_told(quote, told: str) -> bool:
    """The quote's context keeps whom the words were given to (most of its words)."""
    wanted = stems(told)
    return bool(wanted) and len(wanted & stems(getattr(quote, "context", "") or "")) * 2 >= len(wanted)


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


class Unreadable(Exception):
    """A text or key that cannot be read, with the place to look."""


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
        at = [n + 1 for n, line in enumerate(lines) if n and line.startswith(target)]
        # the key names a line by its start: the whole line is clutter, and in a text whose paragraphs are
        # separated by blank lines, the lines of its paragraph down to the next blank one
        for n in at:
            end = n
            while article.layout == "blank-lines" and end < len(lines) and lines[end]:
                end += 1
            wholes.append(" ".join(lines[n - 1:end]))
        heads = [p for p in paragraphs if norm(p.text).startswith(target)]
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


_STEM_OUTLET = re.compile(r"^(?P<outlet>.+?)-(?:(?:19|20)\d\d|nodate)\b")


def outlet_of(stem: str) -> str:
    """The outlet a page's file name starts with: ``abc-au-2022-08-07-…`` → ``abc-au``."""
    match = _STEM_OUTLET.match(stem)
    return match.group("outlet") if match else stem.split("-")[0]


def folder_pages(folder: Path, listed: dict | None = None) -> list[tuple[str, Path, Path]]:
    """(outlet, raw path, key path) of a set's folder: the stems ``listed`` by outlet, else every raw text."""
    if listed is not None:
        return [(outlet, folder / "raw" / f"{stem}.txt", folder / "keys" / f"{stem}.yaml")
                for outlet, stems_ in sorted(listed.items()) for stem in stems_ or ()]
    return [(outlet_of(raw.stem), raw, folder / "keys" / f"{raw.stem}.yaml")
            for raw in sorted((folder / "raw").glob("*.txt"))]


def development_pages(folder: Path) -> tuple[list, dict[str, str]]:
    """The development pages of ``folder/split.yaml`` and each page's first-round group, with a warning
    for a raw text the split does not list."""
    split = read_yaml(folder / "split.yaml") if (folder / "split.yaml").exists() else None
    listed = (split or {}).get("development") if isinstance(split, dict) else None
    pages = folder_pages(folder, listed if isinstance(listed, dict) else None)
    named = {raw.stem for _, raw, _ in pages}
    for raw in sorted((folder / "raw").glob("*.txt")):
        if raw.stem not in named:
            print(f"{folder / 'split.yaml'}: {raw.name} is in raw/ but not under 'development'", file=sys.stderr)
    groups = {}
    for group, by_outlet in ((split or {}).get("first_round") or {}).items() if isinstance(split, dict) else ():
        for stems_ in (by_outlet or {}).values():
            groups.update({stem: str(group) for stem in stems_ or ()})
    return pages, groups


def read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise Unreadable(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise Unreadable(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from None


def read_key(path: Path) -> dict:
    """A key, checked for the fields the scoring reads."""
    if not path.exists():
        raise Unreadable(f"{path}: no answer key")
    key = read_yaml(path)
    if key is None:
        return {}
    if not isinstance(key, dict):
        raise Unreadable(f"{path}:1: a key is a mapping (outlet, quotes, fragments, clutter)")
    for n, quote in enumerate(key.get("quotes") or [], 1):
        if not isinstance(quote, dict) or not isinstance(quote.get("text"), str) or not isinstance(
                quote.get("speaker"), str):
            raise Unreadable(f"{path}: quote {n} needs 'text' and 'speaker' strings")
    for field in ("fragments", "ignore", "kept", "clutter"):
        if not isinstance(key.get(field) or [], list):
            raise Unreadable(f"{path}: '{field}' is a list")
    key["fragments"] = [str(g) for g in key.get("fragments") or []]
    return key


def report_file(name: str, r: dict) -> None:
    def describe(f) -> str:
        return f.speaker.label if f.speaker else "?"

    for f in r["wrong"]:
        print(f"    {name}: not a key quote: {f.text[:90]!r} ({describe(f)})")
    for k in r["missed"]:
        print(f"    {name}: missed [{k.get('ref', '?')}]: {k['text'][:90]!r} ({k['speaker']})")
    for f, k in r["misattributed"]:
        print(f"    {name}: attributed to {describe(f)!r} [{f.how}], key {k['speaker']!r} "
              f"[{k.get('ref', '?')}]: {k['text'][:60]!r}")
    for f, k in r["told"]:
        if not kept_told(f, k["told"]):
            print(f"    {name}: context lacks 'told {k['told']}': {getattr(f, 'context', '')!r}")
    for line, kind in r["clutter_kept"]:
        print(f"    {name}: clutter kept [{kind}]: {line[:90]!r}")
    for line in r["unlocated"]:
        print(f"    {name}: KEY ERROR: clutter line not found at a line start: {line[:90]!r}")
    for text in r["lost"]:
        print(f"    {name}: paragraph lost: {text[:90]!r}")


HEADER = f"{'prec':>5} {'rec':>5} {'attr':>5} {'clutter':>9} {'lost':>4}"


def run_set(name: str, files, detail: bool, errors: list[str], groups: dict[str, str] | None = None) -> Tally:
    """Score one set and print its figures: per outlet, per reference kind, per clutter kind; per file
    (misses, wrong quotes, clutter kept, paragraphs lost) when ``detail``."""
    total, outlets, by_group = Tally(), defaultdict(Tally), defaultdict(Tally)
    for outlet, raw, key_path in files:
        try:
            r = evaluate_file(raw, read_key(key_path))
        except Unreadable as exc:
            errors.append(str(exc))
            print(exc, file=sys.stderr)
            continue
        total.add(r)
        outlets[outlet].add(r)
        if groups and raw.stem in groups:
            by_group[groups[raw.stem]].add(r)
        if detail:
            report_file(raw.stem[:50], r)
    f = total.figures()
    print(f"\n== {name}: {total.n['files']} texts, {len(outlets)} outlets ==")
    print(f"  {'outlet':28} {HEADER}")
    for outlet, tally in sorted(outlets.items()):
        print(f"  {outlet[:28]:28} {tally.row()}")
    for group, tally in sorted(by_group.items()):
        print(f"  {'first round ' + group + ' (' + str(tally.n['files']) + ')':28} {tally.row()}")
    print(f"  key quotes {total.n['key']}, found {total.n['found']} ({total.n['fragments']} short phrases "
          f"not scored), wrong {total.n['wrong']}")
    print(f"  quote precision {f['precision']:.3f}  recall {f['recall']:.3f}  attribution {f['attribution']:.3f}  "
          f"clutter dropped {100 * f['clutter']:.1f}% ({total.n['dropped']}/{total.n['clutter']})  "
          f"paragraphs lost {total.n['lost']}  told kept {total.n['told_kept']}/{total.n['told']}")
    refs = ", ".join(f"{ref} {c['found']}/{c['found'] + c['missed']} found, {c['right']}/{c['found']} right"
                     for ref, c in sorted(total.by_ref.items()))
    print(f"  by reference: {refs}")
    kinds = ", ".join(f"{kind} {c['all'] - c['kept']}/{c['all']}" for kind, c in sorted(total.by_kind.items()))
    print(f"  clutter dropped by kind: {kinds}")
    return total


def verdict(results: dict[str, Tally]) -> bool:
    """Print the targets for each set and whether the deciding set meets them: the held-out set when
    there is one (and the development pages may not lead it by more than 5 points), else every
    development set."""
    print(f"\ntargets: precision {TARGETS['precision']:.2f}, recall {TARGETS['recall']:.2f}, attribution "
          f"{TARGETS['attribution']:.2f}, clutter {100 * TARGETS['clutter']:.0f}%, no paragraph lost")
    for name, tally in results.items():
        misses = tally.misses()
        print(f"  {name:12} {tally.row()}  {'met' if not misses else 'MISSED: ' + '; '.join(misses)}")
    if "heldout" not in results:
        return all(not tally.misses() for tally in results.values())
    met = not results["heldout"].misses()
    if "development" in results:
        held, dev = results["heldout"].figures(), results["development"].figures()
        for name in FIGURES:
            gap = dev[name] - held[name]
            if gap > MAX_GAP:
                met = False
                print(f"  OVERFIT: {name} on the development pages leads the held-out set by {100 * gap:.1f} points")
    print("held-out targets met" if met else "held-out targets NOT met")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--raw-dir", type=Path, help="also score this folder of raw texts as the 'fixtures' set")
    parser.add_argument("--key-dir", type=Path, default=KEY_DIR, help="the keys of --raw-dir")
    parser.add_argument("--pages", type=Path, default=PAGES, help="the development pages' folder")
    parser.add_argument("--heldout", type=Path, default=HELDOUT, help="the held-out set's folder")
    parser.add_argument("--no-pages", action="store_true", help="leave out the development pages")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss, wrong quote and lost line "
                                                                      "of the development sets")
    parser.add_argument("--heldout-detail", action="store_true", help="per-file detail of the held-out set too "
                                                                      "(with -v); for the closing report, never for tuning")
    args = parser.parse_args(argv)
    if args.raw_dir and not sorted(args.raw_dir.glob("*.txt")):
        print(f"{args.raw_dir}: no raw texts (*.txt)", file=sys.stderr)
        return 2
    errors: list[str] = []
    results = {}
    if not args.no_pages:
        try:
            pages, groups = development_pages(args.pages)
        except Unreadable as exc:
            print(exc, file=sys.stderr)
            return 2
        results["development"] = run_set("development", pages, args.verbose, errors, groups)
    if (args.heldout / "raw").is_dir():
        results["heldout"] = run_set("heldout", folder_pages(args.heldout), args.verbose and args.heldout_detail, errors)
    else:
        print(f"\n== heldout: absent ({args.heldout} has no raw/ folder); the development targets decide ==")
    if args.raw_dir:
        fixtures = [(raw.stem.split("-")[0], raw, args.key_dir / f"{raw.stem}.yaml")
                    for raw in sorted(args.raw_dir.glob("*.txt"))]
        results["fixtures"] = run_set("fixtures", fixtures, args.verbose, errors)
    met = verdict({name: tally for name, tally in results.items() if tally.n["files"]})
    if errors:
        print(f"{len(errors)} texts or keys could not be read (above)", file=sys.stderr)
        return 2
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
