"""What a long build is doing, shown on a terminal while it runs: the phase and how far it has come.

Only on an interactive terminal (stderr a TTY): a CI log or a file keeps just the final summary. One line,
rewritten at most ten times a second and cleared when the build ends, so the problems and the summary
printed afterwards stand alone.
"""

from __future__ import annotations

import sys
import time


class Progress:
    """Reports phases and counts; this base class shows nothing (not a terminal, or a library caller)."""

    def phase(self, name: str, total: int | None = None) -> None:
        """A new phase starts: ``name`` ("reading files"), with ``total`` steps if known."""

    def advance(self, count: int = 1) -> None:
        """``count`` more steps of the phase are done."""

    def finish(self) -> None:
        """The build is over: leave nothing behind on the terminal."""


class TerminalProgress(Progress):
    INTERVAL = 0.1  # seconds between redraws

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.name, self.total, self.done = "", None, 0
        self._drawn_at = 0.0
        self._shown = False

    def phase(self, name: str, total: int | None = None) -> None:
        self.name, self.total, self.done = name, total, 0
        self._draw(force=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._draw()

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn_at < self.INTERVAL:
            return
        self._drawn_at = now
        count = f" {min(self.done, self.total):,}/{self.total:,}" if self.total else ""
        self.stream.write(f"\r\x1b[K{self.name}{count}…")
        self.stream.flush()
        self._shown = True


def for_terminal(stream=None) -> Progress:
    """A progress display when ``stream`` (stderr) is an interactive terminal, else one that shows nothing."""
    stream = stream or sys.stderr
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    return TerminalProgress(stream) if interactive else Progress()
