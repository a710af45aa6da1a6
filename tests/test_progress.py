"""A long build shows its progress on a terminal, and only there: a CI log keeps just the summary."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other end closed (EIO on Linux)
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_on_a_terminal_the_build_shows_its_phases_and_clears_the_line(site: Path):
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "sitegen", "build", str(site), "--no-cache"],
                               stdout=subprocess.PIPE, stderr=follower, text=False)
    os.close(follower)
    shown = _read_all(leader).decode("utf-8")
    os.close(leader)
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0
    assert "reading files" in shown and "rendering pages" in shown
    after_last_clear = shown.rsplit("\r\x1b[K", 1)[1]
    assert "…" not in after_last_clear  # what follows the cleared line is the report alone
    assert "built " in out.decode("utf-8") and "\r" not in out.decode("utf-8")


def test_in_a_log_there_is_no_progress_line(site: Path):
    result = subprocess.run([sys.executable, "-m", "sitegen", "build", str(site), "--no-cache"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert "\r" not in result.stderr and "reading files" not in result.stderr
    assert result.stdout.startswith("built ")
