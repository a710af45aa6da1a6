"""Markdown that sitegen will not or cannot convert, as a problem located in the text for its editor.

Two kinds, both raised as :class:`MarkdownProblem` (never a traceback):

- text refused before conversion (:func:`refuse_slow_constructs`): constructs that Python-Markdown reads in
  time growing with the square of their length and that cannot be read faster with the same output
  (docs/security.md). The limits are deterministic: an estimate of the characters Python-Markdown would
  re-read, allowed up to a fixed amount plus a multiple of the text's length;
- text Python-Markdown raises on (:func:`failure`): the problem names the first block (paragraph or
  fenced code block) that raises when converted alone, or else the block whose addition makes a growing
  prefix of the text raise.
"""

from __future__ import annotations

import re
from collections.abc import Callable



class MarkdownProblem(Exception):
    """A Markdown text that is refused or cannot be converted: ``line`` (1-based, in the text), its text,
    a message saying what is wrong and how to fix it, and ``index`` (which of the texts converted
    together)."""

    def __init__(self, line: int, source_line: str, message: str, index: int = 0):
        super().__init__(message)
        self.line = line
        self.source_line = source_line
        self.message = message
        self.index = index


# Python-Markdown re-reads what follows such a line, up to the next blank line, for each of them: a
# heading, a rule or setext underline, a definition, an abbreviation's definition, an empty list item.
_SPLITTING_LINE = re.compile(r"^ {0,3}(?:#|[-=*_+ \t]+$|:(?:[ \t]|$)|\*\[|\d+[.)][ \t]*$)", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Python's HTML reader, which Python-Markdown runs over the text, reads from each '<' that may open a
# tag, comment or declaration to the next '>' (to the end of the text when there is none), and again
# from the next one.
_TAG_START_OR_END = re.compile(r"<[A-Za-z!?/]|>")
# A line that starts with this many list or quote markers nests them as deep: Python-Markdown recurses
# once a level, and takes seconds, with a long text, to run out of stack.
_DEEPEST_NESTING = 100
_NESTED_MARKERS = re.compile(rf"^[ \t]*(?:(?:[-*+]|\d{{1,9}}[.)])[ \t]+|>[ \t]*){{{_DEEPEST_NESTING},}}",
                             re.MULTILINE)
_ALLOWED_REREAD = 2_000_000  # characters; plus _REREAD_PER_CHARACTER per character of the text
_REREAD_PER_CHARACTER = 30


def refuse_slow_constructs(text: str, whole_length: int | None = None) -> None:
    """Raise a :class:`MarkdownProblem` for text whose conversion would take more than a bounded multiple
    of its length (see the module docstring). ``text`` may be the part of a document that reaches
    Python-Markdown, whose allowance is still that of the document's ``whole_length``."""
    allowed = _ALLOWED_REREAD + _REREAD_PER_CHARACTER * (whole_length or len(text))
    nested = _NESTED_MARKERS.search(text)
    if nested:
        raise _problem(text, nested.start(), f"lists or block quotes are nested here more than {_DEEPEST_NESTING} "
                       "levels deep (this line starts with that many list or quote markers), deeper than "
                       "Python-Markdown can convert; nest them less deeply")
    if "<" in text:
        cost, first = _unclosed_tag_cost(text)
        if cost > allowed:
            raise _problem(text, first, "a '<' here and many after it open HTML tags that no '>' closes; "
                           "Python-Markdown's HTML reader reads to the end of the text from each, so that "
                           "converting it would take minutes. Write &lt; for a '<' that is not a tag, or close "
                           "the tags with '>'")
    splitting = len(_SPLITTING_LINE.findall(text))
    if splitting * len(text) > allowed:  # else even their re-reading every character stays allowed
        cost, first = _splitting_lines_cost(text)
        if cost > allowed:
            raise _problem(text, first, "headings, rules, definitions, abbreviations or empty list items follow "
                           "each other from here with no blank line between them; Python-Markdown re-reads the "
                           "rest of the paragraph for each, so that converting it would take minutes. Put a blank "
                           "line between them")


def _unclosed_tag_cost(text: str) -> tuple[int, int]:
    """Characters read from each possible tag start to its '>', and the position of the first start that
    reads furthest."""
    cost, next_close, furthest, first = 0, len(text), -1, 0
    for match in reversed(list(_TAG_START_OR_END.finditer(text))):
        position = match.start()
        if text[position] == ">":
            next_close = position
            continue
        cost += next_close - position
        if next_close - position >= furthest:
            furthest, first = next_close - position, position
    return cost, first


def _splitting_lines_cost(text: str) -> tuple[int, int]:
    """Characters re-read after each splitting line to the end of its paragraph, and the first such line
    of the paragraph that costs most."""
    cost, worst, first = 0, -1, 0
    ends = [gap.start() for gap in _BLANK_LINE.finditer(text)] + [len(text)]
    block, block_cost, block_first = 0, 0, None
    for match in _SPLITTING_LINE.finditer(text):
        position = match.start()
        while ends[block] < position:
            block, block_cost, block_first = block + 1, 0, None
        block_first = position if block_first is None else block_first
        cost += ends[block] - position
        block_cost += ends[block] - position
        if block_cost > worst:
            worst, first = block_cost, block_first
    return cost, first


def _problem(text: str, position: int, message: str) -> MarkdownProblem:
    line = text.count("\n", 0, position) + 1
    return MarkdownProblem(line, text.split("\n")[line - 1], message)


# -- locating what Python-Markdown raises on -------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first line, text) of each fenced code block, as the extension finds them, and of each paragraph
    between them."""
    # What the extension reads as one block; imported here, as Markdown does, since it imports Pygments,
    # which a build that converts nothing does not need.
    from markdown.extensions.fenced_code import FencedBlockPreprocessor

    blocks: list[tuple[int, str]] = []
    position = 0
    for fenced in FencedBlockPreprocessor.FENCED_BLOCK_RE.finditer(text):
        blocks += _paragraphs(text, position, fenced.start())
        blocks.append((text.count("\n", 0, fenced.start()) + 1, fenced.group()))
        position = fenced.end()
    return blocks + _paragraphs(text, position, len(text))


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, str]]:
    line = text.count("\n", 0, start) + 1
    paragraphs = []
    for part in text[start:end].split("\n"):
        if part.strip():
            if paragraphs and paragraphs[-1][2]:
                paragraphs[-1][1].append(part)
            else:
                paragraphs.append((line, [part], True))
        elif paragraphs:
            paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1], False)
        line += 1
    return [(first, "\n".join(lines)) for first, lines, _ in paragraphs]


def failure(text: str, error: Exception, convert: Callable[[str], str]) -> MarkdownProblem:
    """The problem to report for ``text``, on which ``convert`` raised ``error``."""
    blocks = _blocks(text) or [(1, text)]
    culprit = next((block for block in blocks if _raises(convert, block[1])), None)
    if culprit is None:  # only with what comes before it: the shortest raising prefix ends with it
        low, high = 1, len(blocks)
        while low < high:
            middle = (low + high) // 2
            if _raises(convert, "\n\n".join(b[1] for b in blocks[:middle])):
                high = middle
            else:
                low = middle + 1
        culprit = blocks[low - 1]
    line, block = culprit
    first_line = block.split("\n", 1)[0]
    return MarkdownProblem(line, first_line, _explain(first_line, error))


def _raises(convert: Callable[[str], str], text: str) -> bool:
    try:
        convert(text)
    except Exception:
        return True
    return False


def _explain(first_line: str, error: Exception) -> str:
    detail = f"{type(error).__name__}: {error}"
    if isinstance(error, RecursionError):
        return ("the Markdown here nests lists, quotes or other blocks inside each other more deeply than "
                f"Python-Markdown can convert ({detail}); nest them less deeply, or indent the text less")
    fence = _FENCE.match(first_line)
    if fence and "{" in first_line:
        options = first_line[first_line.index("{"):].strip()
        return (f"Python-Markdown cannot convert this fenced code block with the options {options} "
                f"({detail}); write the fence with a language only (e.g. {fence.group(1)}python), or "
                "with options as key=\"text\" pairs other than linenums, guess_lang, noclasses and use_pygments")
    return (f"Python-Markdown cannot convert the Markdown starting here ({detail}); rewrite it, e.g. escape "
            "the punctuation that Markdown reads as syntax with a backslash")
