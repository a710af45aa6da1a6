"""Hostile Markdown: how long sitegen takes to convert it (or to refuse it), as a ratio to plain prose.

    python -m benchmarks.hostile_markdown [--sizes 10000,50000,200000] [--stock-size 5000] [--repeat 3]

For each hostile input (a short unit of Markdown syntax repeated to about the size) and each size: the
seconds ``sitegen.load.markup.render_markdown`` takes (what the build runs: the fast path, Python-Markdown with
sitegen's link parsing, the sanitizer; or the time to refuse the text with a located problem), and that
time divided by the time for prose of the same size that goes through Python-Markdown (each paragraph
has a code span; plain prose, which skips it, is shown too), measured in the same run. At
``--stock-size`` the same for stock Python-Markdown with the production extensions (conversion only,
against its own time for that prose), for comparison. Best of ``--repeat`` runs each. Nothing is
asserted: the numbers go in benchmarks/README.md.

For the kinds sitegen refuses, a second table times the worst text it still converts: as many units as
the limit allows (found by bisection), then prose up to the size.
"""

from __future__ import annotations

import argparse
import time

import markdown

from sitegen.load.markdownproblems import refuse_slow_constructs
from sitegen.load.markup import EXTENSIONS, MarkdownProblem, render_markdown

# name → the unit repeated (or a function of the size)
HOSTILE = {
    "unmatched `[`": "[",
    "unclosed links `[a](`": "[a](",
    "unmatched `![`": "![",
    "footnote markers `[^`": "[^",
    "nested `[[…]]`": lambda size: "[" * (size // 2) + "]" * (size - size // 2),
    "links `[a](b) `": "[a](b) ",
    "titles `[a](b '`": "[a](b '",
    "emphasis `*_`": "*_",
    "quotes `>\\t`": ">\t",
    "tags never closed `<a `": "<a ",
    "headings `#\\n`": "#\n",
    "definitions `a\\n: `": "a\n: ",
}
# The kinds refused once they are long, for the second table.
LIMITED = {
    "tags never closed `<a `": "<a ",
    "headings `#\\n`": "#\n",
    "definitions `a\\n: `": "a\n: ",
    "abbreviations `*[a]: b\\n`": "*[a]: b\n",
    "setext underlines `a\\n===\\n`": "a\n===\n",
}
_PROSE = ("Shelling hit the district overnight, officials said, and the water supply was restored by noon. "
          "The mayor said repairs would take weeks.\n\n")
_MARKDOWN_PROSE = _PROSE.replace("the water supply", "the `water` supply")  # a code span: Markdown converts it


def hostile_text(unit, size: int) -> str:
    """Whole units: a cut one could change what the fast path does with the text."""
    return unit(size) if callable(unit) else unit * max(size // len(unit), 1)


def prose(size: int, paragraph: str = _PROSE) -> str:
    return (paragraph * (size // len(paragraph) + 1))[:size]


def largest_accepted(unit: str, size: int) -> str:
    """As many units as sitegen converts without refusing, then prose up to ``size``."""
    def text(count: int) -> str:
        return unit * count + "\n\n" + prose(max(size - count * len(unit), 0))

    low, high = 0, size // len(unit)
    while low < high:
        middle = (low + high + 1) // 2
        try:
            refuse_slow_constructs(text(middle))
            low = middle
        except MarkdownProblem:
            high = middle - 1
    return text(low)


def best_time(convert, text: str, repeat: int) -> tuple[float, str]:
    """Best of ``repeat`` runs: seconds, and "refused" when sitegen refused the text."""
    best, outcome = float("inf"), "converted"
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            convert(text)
        except MarkdownProblem:
            outcome = "refused"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,50000,200000", help="characters, comma-separated")
    parser.add_argument("--stock-size", type=int, default=5000, help="size for stock Python-Markdown (0: skip)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]

    stock = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")

    def stock_convert(text: str) -> str:
        try:
            return stock.convert(text)
        finally:
            stock.reset()

    plain_time = {size: best_time(render_markdown, prose(size), args.repeat)[0] for size in sizes}
    prose_time = {size: best_time(render_markdown, prose(size, _MARKDOWN_PROSE), args.repeat)[0] for size in sizes}
    stock_prose = best_time(stock_convert, prose(args.stock_size, _MARKDOWN_PROSE), args.repeat)[0] if args.stock_size else 0
    print("| input | " + " | ".join(f"{size:,} chars" for size in sizes)
          + (f" | stock at {args.stock_size:,}" if args.stock_size else "") + " |")
    print("|---|" + "---:|" * (len(sizes) + bool(args.stock_size)))
    print("| plain prose (skips Markdown) | " + " | ".join(f"{plain_time[size]:.4f} s" for size in sizes)
          + (" | " if args.stock_size else "") + " |")
    print("| prose through Markdown (1 ×) | " + " | ".join(f"{prose_time[size]:.4f} s" for size in sizes)
          + (f" | {stock_prose:.4f} s" if args.stock_size else "") + " |")
    for name, unit in HOSTILE.items():
        cells = []
        for size in sizes:
            seconds, outcome = best_time(render_markdown, hostile_text(unit, size), args.repeat)
            mark = " (refused)" if outcome == "refused" else ""
            cells.append(f"{seconds / prose_time[size]:.1f} × ({seconds:.3f} s){mark}")
        if args.stock_size:
            seconds, _ = best_time(stock_convert, hostile_text(unit, args.stock_size), 1)
            cells.append(f"{seconds / stock_prose:.0f} × ({seconds:.2f} s)")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    print("\n| just under the limit | " + " | ".join(f"{size:,} chars" for size in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for name, unit in LIMITED.items():
        cells = []
        for size in sizes:
            text = largest_accepted(unit, size)
            seconds, _ = best_time(render_markdown, text, args.repeat)
            cells.append(f"{seconds / prose_time[size]:.1f} × ({seconds:.3f} s, {text.count(unit):,} units)")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
