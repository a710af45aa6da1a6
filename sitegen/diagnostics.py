"""Problems found in a site's content, collected in one place and rendered once.

A problem is a value, not an exception: loaders keep going after the first one so that an editor sees
every problem of a run together, each as ``path:line: message`` followed by the offending source line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.files import read_regular_text

def record(cls):
    """A record: a frozen, slotted dataclass (a value; how it pickles is the cache's business)."""
    return dataclass(frozen=True, slots=True)(cls)


ERROR = "error"
WARNING = "warning"

# What a terminal would act on rather than show: C0 and C1 controls and DEL (escape sequences that move
# the cursor, rewrite the title or the clipboard), and the invisible marks that reorder or hide text.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def printable(text: str, keep_newlines: bool = False) -> str:
    """Text safe to print to a terminal: each control or invisible formatting character as ``\\xNN`` or
    ``\\uNNNN`` (a tab too; newlines only when ``keep_newlines``)."""
    def escape(match: re.Match) -> str:
        char = match.group(0)
        if keep_newlines and char == "\n":
            return char
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    return _UNPRINTABLE.sub(escape, text)


def internal_error(path: str, exc: BaseException) -> "Problem":
    """A bug of sitegen's met while working on ``path``: reported on that file, the traceback kept for
    ``--debug``, so the run goes on and names what it could not handle."""
    import traceback

    return Problem(path, None, f"internal error while reading this file ({type(exc).__name__}: {exc}); "
                   "please report it with the file (run with --debug to see where it happened)", ERROR, "",
                   "".join(traceback.format_exception(exc)))


@record
class Problem:
    """One thing wrong with the content, located as precisely as we can."""

    path: str  # relative to the site folder, with forward slashes
    line: int | None  # 1-based line in the file, or None when the whole file is at fault
    message: str  # what is wrong and, after a semicolon or in a hint, how to fix it
    severity: str = ERROR
    source_line: str = ""  # the text of the offending line, for context
    detail: str = ""  # an internal error's traceback: shown only when asked (--debug)

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def format(self, debug: bool = False) -> str:
        """The problem as the terminal shows it; every part is made printable first (:func:`printable`):
        a file name or a value can hold terminal control sequences."""
        label = "" if self.severity == ERROR else f"{self.severity}: "
        text = f"{printable(self.location())}: {label}{printable(self.message)}"
        if self.source_line.strip():
            text += f"\n    {self.line} | {printable(self.source_line.rstrip())}"
        if debug and self.detail:
            text += "\n" + printable(self.detail, keep_newlines=True)
        return text

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "message": self.message, "severity": self.severity}


@dataclass
class Diagnostics:
    """Collects problems from every stage of a build."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int | None, message: str, source_line: str = "") -> None:
        self.problems.append(Problem(path, line, message, ERROR, source_line))

    def warning(self, path: str, line: int | None, message: str, source_line: str = "") -> None:
        self.problems.append(Problem(path, line, message, WARNING, source_line))

    def extend(self, problems) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def sorted(self) -> list[Problem]:
        """Problems in a stable order: by file, then line, then message."""
        return sorted(set(self.problems), key=lambda p: (p.path, p.line or 0, p.message, p.severity))


def with_source_lines(problems: list[Problem], site_dir: Path) -> list[Problem]:
    """Fill in the offending line's text where a stage knew the line but not its text."""
    cache: dict[str, list[str]] = {}
    out = []
    for problem in problems:
        if problem.line and not problem.source_line and not problem.path.startswith(("-", "(")):
            if problem.path not in cache:
                try:
                    cache[problem.path] = read_regular_text(site_dir / problem.path).split("\n")
                except (OSError, UnicodeDecodeError, ValueError):
                    cache[problem.path] = []
            lines = cache[problem.path]
            if 0 < problem.line <= len(lines):
                problem = Problem(problem.path, problem.line, problem.message, problem.severity,
                                  lines[problem.line - 1])
        out.append(problem)
    return out
