"""Checks a newly keyed set of import pages against every earlier one before it is merged and measured: a page
from an outlet an earlier set used, or a copy of a page an earlier set holds, would measure the importer on
text it was already tuned on.

    python -m benchmarks.new_set_check benchmarks/import_heldout28
    python -m benchmarks.new_set_check benchmarks/import_heldout28 --raw-dir ../shared/fixtures/raw
    python -m benchmarks.new_set_check --folds     # when a held-out set has become development data

Three checks, each page of the new set against each page of the others (every ``benchmarks/import_*`` folder
with a ``raw/`` folder, and ``--raw-dir``):

- **outlet**: the outlet its file name starts with (``outlet_of``) is one an earlier set used;
- **host**: a site address its ``SOURCES*.md`` names is one an earlier set's sources name (``www.`` aside);
- **copy**: more than ``--share`` (15%) of its eight-word runs occur in one earlier page; a wire report
  carried by two sites, or a rewording that kept whole sentences, is a copy whatever site carries it.

A line for each finding; exit 1 when there is one, 0 when the set is clean. Reworded copies below the share
pass: the keyers' own reading is the check for those.

Then the set's pages against one another, since the parts of a set are keyed apart and two of them can give one
report: each **pair** holding more than ``--pair-share`` (5%) of the shorter page's runs in common is named, for
the merger to read both and keep one or record both (a reworded copy keeps less than a wire copy; two reports of
one story share only stock phrases). A pair is no finding: both pages are unseen, and a set may keep both.

When a set becomes development data its copies must share a cross-validation fold, or a rule written from one
would seem to help the other's fold. ``--folds`` checks every two pages of the development folders the eval
scores, within a folder and across folders, that hold more than ``--share`` of the shorter one's runs in
common, and exits 1 when two are in different folds; a recorded pair below the share is put in one fold by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.import_sets import PAGES, development_pages, outlet_of

HERE = Path(__file__).resolve().parent
RUN = 8
SHARE = 0.15
PAIR_SHARE = 0.05
_HOST = re.compile(r"https?://([^/\s)>\]`\"']+)")


def runs(text: str, length: int = RUN) -> set[str]:
    """The text's runs of ``length`` words, lower-cased, punctuation aside."""
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i:i + length]) for i in range(len(words) - length + 1)}


def hosts(folder: Path) -> set[str]:
    """The site addresses a set's ``SOURCES*.md`` names, lower-cased, without ``www.``."""
    found = set()
    for sources in sorted(folder.glob("SOURCES*.md")):
        for host in _HOST.findall(sources.read_text(encoding="utf-8")):
            found.add(host.casefold().rstrip(".").removeprefix("www."))
    return found


def copies(new: dict[str, set[str]], earlier: dict[str, set[str]], share: float = SHARE) -> list[tuple[str, str, float]]:
    """(new page, earlier page, share) for every new page more than ``share`` of whose runs one earlier page
    holds; the earlier page holding the most."""
    found = []
    for name, own in sorted(new.items()):
        if not own:
            continue
        best, where = 0.0, ""
        for other, theirs in earlier.items():
            held = len(own & theirs) / len(own)
            if held > best:
                best, where = held, other
        if best > share:
            found.append((name, where, best))
    return found


def pairs(pages: dict[str, set[str]], share: float = SHARE) -> list[tuple[str, str, float]]:
    """(page, page, share) for every two pages of one collection that hold more than ``share`` of the shorter
    one's runs in common, sorted; found through an index of the runs, so the pages are not compared pair by
    pair."""
    index = defaultdict(list)
    for name, own in pages.items():
        for run in own:
            index[run].append(name)
    found = []
    for name, own in sorted(pages.items()):
        common = Counter(other for run in own for other in index[run] if other > name)
        for other, held in common.items():
            held /= min(len(own), len(pages[other]))
            if held > share:
                found.append((name, other, held))
    return sorted(found)


def split_copies(folders: list[Path], share: float = SHARE) -> list[str]:
    """A line for every two copies among the development pages of ``folders`` (within one folder or across
    two) whose outlets are in different cross-validation folds: a rule written from one of them would seem to
    help the other's fold."""
    texts, fold_of = {}, {}
    for folder in folders:
        pages, _, folds = development_pages(folder)
        for outlet, raw, _ in pages:
            name = f"{folder.name}/{raw.stem}"
            texts[name] = runs(raw.read_text(encoding="utf-8", errors="replace"))
            fold_of[name] = folds.get(outlet)
    return [f"{a} (fold {fold_of[a]}) and {b} (fold {fold_of[b]}) are copies ({held:.0%} of the shorter's "
            f"{RUN}-word runs): put their outlets in one fold"
            for a, b, held in pairs(texts, share) if fold_of[a] != fold_of[b]]


def findings(folder: Path, others: list[Path], share: float = SHARE) -> list[str]:
    """What the three checks find for the set in ``folder`` against the raw folders of ``others`` (a set's
    folder, or a bare folder of raw texts)."""
    pages = sorted((folder / "raw").glob("*.txt"))
    lines = []
    used_outlets: dict[str, str] = {}
    used_hosts: dict[str, str] = {}
    earlier: dict[str, set[str]] = {}
    for other in others:
        raw = other / "raw" if (other / "raw").is_dir() else other
        for page in sorted(raw.glob("*.txt")):
            used_outlets.setdefault(outlet_of(page.stem), f"{other.name}/{page.name}")
            earlier[f"{other.name}/{page.name}"] = runs(page.read_text(encoding="utf-8", errors="replace"))
        for host in hosts(other):
            used_hosts.setdefault(host, other.name)
    for page in pages:
        outlet = outlet_of(page.stem)
        if outlet in used_outlets:
            lines.append(f"{page.name}: outlet {outlet!r} is used by {used_outlets[outlet]}")
    for host in sorted(hosts(folder)):
        if host in used_hosts:
            lines.append(f"{folder.name}: host {host} is named in {used_hosts[host]}'s sources")
    new = {page.name: runs(page.read_text(encoding="utf-8", errors="replace")) for page in pages}
    for name, where, held in copies(new, earlier, share):
        lines.append(f"{name}: {held:.0%} of its {RUN}-word runs are in {where} (a copy above {share:.0%})")
    return lines


def within(folder: Path, share: float = PAIR_SHARE) -> list[str]:
    """A line for every two pages of the set in ``folder`` that may give one report."""
    pages = {page.name: runs(page.read_text(encoding="utf-8", errors="replace"))
             for page in sorted((folder / "raw").glob("*.txt"))}
    return [f"{a} and {b}: {held:.0%} of the shorter's {RUN}-word runs in common (one report twice? read both; "
            f"keep one, or record both and put them in one fold when the set becomes development data)"
            for a, b, held in pairs(pages, share)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.new_set_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", help="the new set's folder (raw/, keys/, SOURCES*.md)")
    parser.add_argument("--raw-dir", type=Path, action="append", default=[],
                        help="another folder of raw texts to check against (repeatable), e.g. the fixtures")
    parser.add_argument("--share", type=float, default=SHARE, help="the share of runs that makes a copy (0.15)")
    parser.add_argument("--pair-share", type=float, default=PAIR_SHARE,
                        help="the share of runs in common that names two pages of the set as a pair to read (0.05)")
    parser.add_argument("--folds", action="store_true", help="instead, check that copies among the development "
                                                              "folders the eval scores share a fold")
    args = parser.parse_args(argv)
    if args.folds:
        lines = split_copies(list(PAGES), args.share)
        for line in lines:
            print(line)
        print(f"{len(PAGES)} development folders: {len(lines)} pair(s) of copies in two folds")
        return 1 if lines else 0
    if args.folder is None or not (args.folder / "raw").is_dir():
        print(f"{args.folder or 'no folder'}: no raw/ folder; give a set's folder, e.g. benchmarks/import_heldout28",
              file=sys.stderr)
        return 2
    target = args.folder.resolve()
    others = [f for f in sorted(HERE.glob("import_*")) if (f / "raw").is_dir() and f.resolve() != target]
    others += [d for d in args.raw_dir if d.is_dir()]
    lines = findings(args.folder, others, args.share)
    twice = within(args.folder, args.pair_share)
    for line in lines:
        print(line)
    for line in twice:
        print(f"pair: {line}")
    pages = len(list((args.folder / "raw").glob("*.txt")))
    print(f"{args.folder.name}: {pages} pages checked against {len(others)} folders, {len(lines)} finding(s); "
          f"{len(twice)} pair(s) within the set")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
