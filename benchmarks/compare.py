"""Two trees of sitegen side by side in one run: cold, warm and one-edit builds, and serve, on one corpus.

    python -m benchmarks.compare --base REV [--articles 10000] [--repeat 3] [--edits 10] [--json FILE]

``REV`` (a commit) is checked out as a git worktree under ``benchmarks/.work/trees/``; the other side is
this working tree. Every repeat runs each side's cold build (no cache, no output), warm build and one-edit
build (``corpus.edit_one_article``, the same article on both sides) on its own copy of the corpus, the
sides alternating which goes first, so that the machine's noise falls on both alike. Then each side
serves a copy of the corpus and times ``--edits`` saves as ``benchmarks.serve_bench`` does. Reported:
medians of wall time, CPU time and peak summed RSS per phase, and the ratio this tree / base (under
1.10 is "within 10 %").
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks import run as harness
from benchmarks import serve_bench
from benchmarks.corpus import edit_one_article

REPO = Path(__file__).resolve().parent.parent
PHASES = ("cold", "warm", "one edit")


def worktree(rev: str, work: Path) -> Path:
    """A checkout of ``rev`` to run (made once)."""
    sha = subprocess.run(["git", "rev-parse", "--short=10", rev], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout.strip()
    tree = work / "trees" / sha
    if not (tree / "sitegen").is_dir():
        tree.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), sha], cwd=REPO, check=True,
                       capture_output=True)
    return tree


def builds(side: str, code: Path, corpus: Path, run_dir: Path, repeat: int, timeout: float) -> list:
    """One repeat of a side's cold, warm and one-edit builds, on a fresh copy of the corpus."""
    site = run_dir / side / "site"
    harness.fresh_copy(corpus, site)
    env = {k: v for k, v in harness.sitegen_env().items() if k != "PYTHONPATH"}
    made = []
    for phase in PHASES:
        if phase == "one edit":
            edit_one_article(site, repeat)
        cmd = [sys.executable, "-m", "sitegen", "build", str(site), "--output", str(site / "public")]
        made.append(harness.measure(cmd, cwd=code, env=env, log_path=run_dir / side / f"{phase}-{repeat}.log",
                                    timeout=timeout, tool=side, phase=phase, articles=0, repeat=repeat))
        if not made[-1].ok:
            raise SystemExit(f"{side} {phase} failed: see {made[-1].log}")
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare", description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare this working tree with")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--edits", type=int, default=10, help="saves timed in serve, on each side")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / ".work")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    harness.trash = harness.Trash(args.work)
    sides = {"base": worktree(args.base, args.work), "this": REPO}
    corpus = harness.ensure_corpus(args.work, args.articles, 200, 1000, 1, False, False).sitegen
    run_dir = args.work / "compare" / f"a{args.articles}"
    measured = {side: [] for side in sides}
    try:
        for repeat in range(args.repeat):
            order = list(sides) if repeat % 2 == 0 else list(reversed(sides))
            for side in order:
                for m in builds(side, sides[side], corpus, run_dir, repeat, args.timeout):
                    measured[side].append(m)
                    print(f"  {side} {m.phase} #{repeat + 1}: {m.wall_s:.2f} s wall, {m.cpu_s:.2f} s CPU, "
                          f"{m.peak_rss_bytes / harness.MB:.0f} MB", flush=True)
        served = {}
        for side in sides:
            site = run_dir / side / "serve-site"
            harness.fresh_copy(corpus, site)
            options = argparse.Namespace(edits=args.edits, pause=0.3, site=str(site), articles=None)
            served[side] = serve_bench.run(options, code=sides[side], site=site)
            print(f"  {side} serve: save → served {served[side]['save_to_served_ms']['median']} ms, "
                  f"whole rebuild {served[side]['save_to_rebuild_done_ms']['median']} ms", flush=True)
    finally:
        harness.trash.empty()

    rows = []
    for phase in PHASES:
        figures = {}
        for side in sides:
            ms = [m for m in measured[side] if m.phase == phase]
            figures[side] = {"wall": statistics.median(m.wall_s for m in ms), "cpu": statistics.median(m.cpu_s for m in ms),
                             "peak_mb": max(m.peak_rss_bytes for m in ms) / harness.MB}
        rows.append((phase, figures))
    for key, label in (("save_to_served_ms", "serve: save → served"), ("save_to_rebuild_done_ms", "serve: save → rebuilt")):
        rows.append((label, {side: {"wall": served[side][key]["median"] / 1000, "cpu": None,
                                     "peak_mb": served[side]["rss_mib"]["peak"]} for side in sides}))
    print(f"\n{args.articles:,} articles, base {args.base} against this tree, medians of {args.repeat} "
          f"(serve: {args.edits} saves)")
    print(f"{'':24} {'base s':>8} {'this s':>8} {'ratio':>6}   {'base MB':>8} {'this MB':>8} {'ratio':>6}")
    for label, figures in rows:
        base, this = figures["base"], figures["this"]
        print(f"{label:24} {base['wall']:8.3f} {this['wall']:8.3f} {this['wall'] / base['wall']:6.2f}   "
              f"{base['peak_mb']:8.0f} {this['peak_mb']:8.0f} {this['peak_mb'] / base['peak_mb']:6.2f}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "serve": served}, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
