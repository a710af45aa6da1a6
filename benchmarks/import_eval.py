"""Measure the importer against hand-written answer keys.

    python -m benchmarks.import_eval [--verbose] [--raw-dir /work/shared/fixtures/raw [--key-dir DIR]]
    python -m benchmarks.import_eval --heldout-detail     # the held-out set's per-file detail, for a closing report

Sets, each a folder of ``raw/<stem>.txt`` and ``keys/<stem>.yaml``: ``development`` (``import_sets.PAGES``:
``import_pages``, ``import_heldout`` … the last set measured, the pages their ``split.yaml`` files list, with each
folder's figures, the four cross-validation folds by outlet and the retired first-round groups printed too),
``heldout`` (``import_sets.HELDOUT`` when it exists; its outlets and files only with ``--heldout-detail``) and, with
``--raw-dir``, ``fixtures`` (keys in ``--key-dir``, default ``import_answer_key``). The scores are
``import_scoring``'s. Exit 1 when a held-out target is missed or the development pages lead the held-out ones
by more than 5 points; with no held-out set, when a development target is missed; 2 when a text or key
cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.import_scoring import FIGURES, TARGETS, Tally, evaluate_file, kept_told
from benchmarks.import_sets import HELDOUT, PAGES, Unreadable, development_pages, folder_pages, read_key

HERE = Path(__file__).resolve().parent
KEY_DIR = HERE / "import_answer_key"
MAX_GAP = 0.05


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


def run_set(name: str, files, detail: bool, errors: list[str], groups: dict[str, list[str]] | None = None,
            outlets_shown: bool = True) -> Tally:
    """Score one set and print its figures: per outlet (when ``outlets_shown``), per group (each page's
    groups in ``groups``: its folder, its fold, its first-round group), per reference kind, per clutter
    kind; per file (misses, wrong quotes, clutter kept, paragraphs lost) when ``detail``."""
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
        for group in (groups or {}).get(str(raw), ()):
            by_group[group].add(r)
        if detail:
            report_file(raw.stem[:50], r)
    f = total.figures()
    print(f"\n== {name}: {total.n['files']} texts, {len(outlets)} outlets ==")
    print(f"  {'':28} {HEADER}")
    for outlet, tally in sorted(outlets.items()) if outlets_shown else ():
        print(f"  {outlet[:28]:28} {tally.row()}")
    def order(item):  # folders, then folds, then the first round's groups
        return (2 if item[0].startswith("first round ") else 1 if item[0].startswith("fold ") else 0, item[0])

    for group, tally in sorted(by_group.items(), key=order):
        print(f"  {group + ' (' + str(tally.n['files']) + ')':28} {tally.row()}")
    print(f"  key quotes {total.n['key']}, found {total.n['found']} ({total.n['fragments']} short phrases "
          f"not scored), wrong {total.n['wrong']}")
    print(f"  quote precision {f['precision']:.3f}  recall {f['recall']:.3f}  attribution {f['attribution']:.3f} "
          f"(wrong speaker {total.n['wrong_speaker']}, none {total.n['no_speaker']})  "
          f"clutter dropped {100 * f['clutter']:.1f}% ({total.n['dropped']}/{total.n['clutter']})  "
          f"paragraphs lost {total.n['lost']}  told kept {total.n['told_kept']}/{total.n['told']}")
    refs = ", ".join(f"{ref} {c['found']}/{c['found'] + c['missed']} found, {c['right']}/{c['found']} right"
                     for ref, c in sorted(total.by_ref.items()))
    print(f"  by reference: {refs}")
    kinds = ", ".join(f"{kind} {c['all'] - c['kept']}/{c['all']}" for kind, c in sorted(total.by_kind.items()))
    print(f"  clutter dropped by kind: {kinds}")
    return total


def development(folders, detail: bool, errors: list[str]) -> Tally:
    """Score the development folders as one set, with each folder's, each fold's and each first-round
    group's figures."""
    files, groups = [], {}
    for folder in folders:
        pages, first_round, folds = development_pages(folder)
        files += pages
        for outlet, raw, _ in pages:
            groups[str(raw)] = [folder.name] + [f"fold {folds[o]}" for o in (outlet,) if o in folds] + [
                f"first round {first_round[s]}" for s in (raw.stem,) if s in first_round]
    return run_set("development", files, detail, errors, groups, outlets_shown=detail)


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
    parser.add_argument("--pages", type=Path, action="append", help="a development folder (repeatable; default "
                                                                     f"import_pages, import_heldout … {PAGES[-1].name})")
    parser.add_argument("--heldout", type=Path, default=HELDOUT, help="the held-out set's folder")
    parser.add_argument("--no-pages", action="store_true", help="leave out the development pages")
    parser.add_argument("--verbose", "-v", action="store_true", help="every outlet, miss, wrong quote and lost line "
                                                                      "of the development sets")
    parser.add_argument("--heldout-detail", action="store_true", help="the held-out set's outlets and per-file "
                                                                      "detail; for the closing report, never for tuning")
    args = parser.parse_args(argv)
    if args.raw_dir and not sorted(args.raw_dir.glob("*.txt")):
        print(f"{args.raw_dir}: no raw texts (*.txt)", file=sys.stderr)
        return 2
    errors: list[str] = []
    results = {}
    if not args.no_pages:
        try:
            results["development"] = development(args.pages or list(PAGES), args.verbose, errors)
        except Unreadable as exc:
            print(exc, file=sys.stderr)
            return 2
    if (args.heldout / "raw").is_dir():
        results["heldout"] = run_set("heldout", folder_pages(args.heldout), args.heldout_detail, errors,
                                     outlets_shown=args.heldout_detail)
    else:
        print(f"\n== heldout: absent ({args.heldout} has no raw/ folder); the development targets decide ==")
    if args.raw_dir:
        fixtures = [(raw.stem.split("-")[0], raw, args.key_dir / f"{raw.stem}.yaml")
                    for raw in sorted(args.raw_dir.glob("*.txt"))]
        results["fixtures"] = run_set("fixtures", fixtures, args.verbose, errors, outlets_shown=args.verbose)
    met = verdict({name: tally for name, tally in results.items() if tally.n["files"]})
    if errors:
        print(f"{len(errors)} texts or keys could not be read (above)", file=sys.stderr)
        return 2
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
