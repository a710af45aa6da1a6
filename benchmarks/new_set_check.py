"""Checks a newly keyed set of import pages against every earlier one before it is merged and measured: a page
from an outlet an earlier set used, or a copy of a page an earlier set holds, would measure the importer on
text it was already tuned on.

    python -m benchmarks.new_set_check benchmarks/import_heldout28
    python -m benchmarks.new_set_check benchmarks/import_heldout28 --raw-dir ../shared/fixtures/raw

Three checks, each page of the new set against each page of the others (every ``benchmarks/import_*`` folder
with a ``raw/`` folder, and ``--raw-dir``):

- **outlet**: the outlet its file name starts with (``outlet_of``) is one an earlier set used;
- **host**: a site address its ``SOURCES*.md`` names is one an earlier set's sources name (``www.`` aside);
- **copy**: more than ``--share`` (15%) of its eight-word runs occur in one earlier page; a wire report
  carried by two sites, or a rewording that kept whole sentences, is a copy whatever site carries it.

A line for each finding; exit 1 when there is one, 0 when the set is clean. Reworded copies below the share
pass: the keyers' own reading is the check for those.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from benchmarks.import_sets import outlet_of

HERE = Path(__file__).resolve().parent
RUN = 8
SHARE = 0.15
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.new_set_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the new set's folder (raw/, keys/, SOURCES*.md)")
    parser.add_argument("--raw-dir", type=Path, action="append", default=[],
                        help="another folder of raw texts to check against (repeatable), e.g. the fixtures")
    parser.add_argument("--share", type=float, default=SHARE, help="the share of runs that makes a copy (0.15)")
    args = parser.parse_args(argv)
    if not (args.folder / "raw").is_dir():
        print(f"{args.folder}: no raw/ folder; give a set's folder, e.g. benchmarks/import_heldout28", file=sys.stderr)
        return 2
    target = args.folder.resolve()
    others = [f for f in sorted(HERE.glob("import_*")) if (f / "raw").is_dir() and f.resolve() != target]
    others += [d for d in args.raw_dir if d.is_dir()]
    lines = findings(args.folder, others, args.share)
    for line in lines:
        print(line)
    pages = len(list((args.folder / "raw").glob("*.txt")))
    print(f"{args.folder.name}: {pages} pages checked against {len(others)} folders, {len(lines)} finding(s)")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
