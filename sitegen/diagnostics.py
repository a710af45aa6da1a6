"""Problems found in a site's content, collected in one place and rendered once.

A problem is a value, not an exception: loaders keep going after the first one so that an editor sees
every problem of a run together, each as ``path:line: message`` followed by the offending source line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

def record(cls):
    """A frozen, slotted dataclass that pickles as its constructor call: loading the build cache's
    thousands of records this way is several times faster than dataclasses' generic state restore."""
    cls = dataclass(frozen=True, slots=True)(cls)
    cls.__reduce__ = _reduce_to_constructor
    return cls


def _reduce_to_constructor(self):
    return (self.__class__, tuple(getattr(self, name) for name in self.__slots__))


ERROR = "error"
WARNING = "warning"


@record
class Problem:
    """One thing wrong with the content, located as precisely as we can."""

    path: str  # relative to the site folder, with forward slashes
    line: int | None  # 1-based line in the file, or None when the whole file is at fault
    message: str  # what is wrong and, after a semicolon or in a hint, how to fix it
    severity: str = ERROR
    source_line: str = ""  # the text of the offending line, for context

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def format(self) -> str:
        label = "" if self.severity == ERROR else f"{self.severity}: "
        text = f"{self.location()}: {label}{self.message}"
        if self.source_line.strip():
            text += f"\n    {self.line} | {self.source_line.rstrip()}"
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
                    cache[problem.path] = (site_dir / problem.path).read_text(encoding="utf-8").split("\n")
                except (OSError, UnicodeDecodeError, ValueError):
                    cache[problem.path] = []
            lines = cache[problem.path]
            if 0 < problem.line <= len(lines):
                problem = Problem(problem.path, problem.line, problem.message, problem.severity,
                                  lines[problem.line - 1])
        out.append(problem)
    return out


class BuildFailed(Exception):
    """Raised at the end of a stage that found errors; carries every problem found so far."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def relative_name(path: Path, site_dir: Path) -> str:
    """The path as an editor knows it: relative to the site folder, forward slashes."""
    try:
        return path.relative_to(site_dir).as_posix()
    except ValueError:
        return path.as_posix()
