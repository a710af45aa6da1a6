"""Scale check: a 50,000-article site and a single 5 MB article build within the memory bound.

    python -m benchmarks.scale_check [--work DIR] [--articles 50000] [--notes 5000] [--megabytes 5]
                                     [--only large|big-article] [--timeout SECONDS]

Not a test (far too slow for CI). For each site it runs ``sitegen build`` cold (no cache, no output), warm
(nothing changed) and after one edit, measuring the process tree as ``benchmarks.run`` does: wall time, CPU
and peak RSS summed over the build and its workers (sampled from /proc, never below the largest single
process's exact high-water mark). The bound is the benchmark's: 500 MB summed. Exit status 1 when a build
fails or goes over it.

- *large*: the benchmark corpus (``benchmarks.corpus``) at ``--articles`` articles and ``--notes`` notes,
  generated once into the work folder and reused while its parameters and the generator are unchanged.
- *big-article*: a small site whose one article has a body of ``--megabytes`` MB of generated paragraphs
  (with headings, lists and block quotes), one quote found in it and one not (so the closest passage is
  searched through all of it); the edit appends a paragraph to it.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from benchmarks.corpus import (_Prose, corpus_parameters, edit_one_article, generate_site, make_speakers,
                               read_marker)
from benchmarks import run
from benchmarks.run import MB, REPO_ROOT, TARGET_PEAK_RSS_MB, Measurement, Trash, measure, remove, sitegen_env

DEFAULT_WORK = REPO_ROOT / "benchmarks" / ".work" / "scale"


def large_site(work: Path, articles: int, notes: int) -> Path:
    """The benchmark corpus at this size, generated unless the work folder already holds it."""
    folder = work / f"corpus-a{articles}-n{notes}"
    marker = read_marker(folder)
    params = corpus_parameters(articles, 200, notes, 1)
    if marker is None or any(marker.get(key) != value for key, value in params.items()):
        print(f"generating {articles} articles and {notes} notes into {folder} ...", flush=True)
        generate_site(folder, articles=articles, speakers=200, notes=notes, seed=1,
                      progress=lambda text: print("  " + text, flush=True))
    return folder


def big_article_body(megabytes: float, seed: int = 5) -> str:
    """Generated paragraphs, with a heading, a list and a block quote now and then, to ``megabytes``."""
    prose = _Prose(random.Random(seed), make_speakers(50, seed))
    blocks, size, count = [], 0, 0
    while size < megabytes * 1024 * 1024:
        if count % 20 == 5:
            blocks.append(f"## Section {count // 20 + 1}")
        if count % 15 == 7:
            blocks.append("\n".join(f"- {' '.join(prose.words(6))}" for _ in range(4)))
        if count % 30 == 11:
            blocks.append("> " + prose.sentence())
        text, _ = prose.paragraph()
        blocks.append(text)
        size += len(text.encode("utf-8")) + 2
        count += 1
    return "\n\n".join(blocks) + "\n"


def big_article_site(work: Path, megabytes: float) -> Path:
    site = work / f"big-article-{megabytes:g}mb"
    remove(site)
    body = big_article_body(megabytes)
    middle = body.split("\n\n")[len(body.split("\n\n")) // 2]
    found = middle.split(". ")[0].replace('"', "").replace("*", "").strip()
    (site / "content" / "articles").mkdir(parents=True)
    # Past the default max_file_kb (1 MB): the site allows its long article, as a newsroom would.
    allowed = int(megabytes * 1024) + 1024
    (site / "content" / "site.yaml").write_text("title: One long article\nbase_url: https://example.org/\n"
                                                f"max_file_kb: {allowed}\n", "utf-8")
    (site / "content" / "speakers.yaml").write_text("- id: analyst\n  name: An Analyst\n", "utf-8")
    front = ("---\ntitle: A very long report\ndate: 2022-05-01\nsource:\n  outlet: Example\n"
             "  url: https://example.org/long-report\ntags: [long, report]\nplaces: [Kharkiv]\nquotes:\n"
             f"  - speaker: analyst\n    text: \"{found}\"\n"
             "  - speaker: analyst\n    text: \"A sentence that this article never contains, word for word.\"\n---\n")
    (site / "content" / "articles" / "long-report.md").write_text(front + body, "utf-8")
    print(f"wrote {site} ({(site / 'content/articles/long-report.md').stat().st_size / MB:.1f} MB article)",
          flush=True)
    return site


def append_paragraph(site: Path) -> Path:
    path = site / "content" / "articles" / "long-report.md"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("\nOne more paragraph, added by an editor after the first build.\n")
    return path


def check(name: str, site: Path, work: Path, edit, timeout: float) -> list[Measurement]:
    output = work / f"{name}-public"
    remove(output)
    remove(site / ".sitegen-cache")
    cmd = [sys.executable, "-m", "sitegen", "build", str(site), "--output", str(output)]
    results = []
    for phase in ("cold", "warm", "one edit"):
        if phase == "one edit":
            edited = edit(site)
            print(f"  edited {edited.relative_to(site)}", flush=True)
        m = measure(cmd, cwd=REPO_ROOT, env=sitegen_env(), log_path=work / "logs" / f"{name}-{phase.replace(' ', '-')}.log",
                    timeout=timeout, tool="sitegen", phase=phase, articles=0, repeat=0)
        results.append(m)
        within = m.peak_rss_bytes <= TARGET_PEAK_RSS_MB * MB
        print(f"{name:12} {phase:9} {'ok' if m.ok else f'FAILED (exit {m.exit_code})':4}  wall {m.wall_s:7.1f} s  "
              f"cpu {m.cpu_s:7.1f} s  peak RSS (summed) {m.peak_rss_bytes / MB:6.0f} MB  "
              f"largest process {m.max_single_rss_bytes / MB:5.0f} MB  "
              f"{'within' if within else 'OVER'} {TARGET_PEAK_RSS_MB} MB  {m.note}", flush=True)
        if not m.ok:
            print(f"  log: {m.log}", flush=True)
            break
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help=f"work folder (default {DEFAULT_WORK})")
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--notes", type=int, default=5_000)
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the single big article")
    parser.add_argument("--only", choices=("large", "big-article"))
    parser.add_argument("--timeout", type=float, default=7200, help="seconds before a build is killed")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    run.trash = Trash(args.work)  # what is cleared between builds is deleted after the last (see Trash)

    results: list[Measurement] = []
    if args.only in (None, "big-article"):
        site = big_article_site(args.work, args.megabytes)
        results += check("big-article", site, args.work, append_paragraph, args.timeout)
    if args.only in (None, "large"):
        site = large_site(args.work, args.articles, args.notes)
        # The edit is undone afterwards: the generated corpus is reused by the next run.
        files = sorted((site / "content" / "articles").rglob("*.md"))
        edited = files[7919 % len(files)]  # the file edit_one_article(site, 7919) edits
        original = edited.read_bytes()
        try:
            results += check("large", site, args.work, lambda s: edit_one_article(s, 7919), args.timeout)
        finally:
            edited.write_bytes(original)
    run.trash.empty()
    failed = [m for m in results if not m.ok or m.peak_rss_bytes > TARGET_PEAK_RSS_MB * MB]
    print("all builds succeeded within the memory bound" if not failed else
          f"{len(failed)} build(s) failed or went over {TARGET_PEAK_RSS_MB} MB", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
