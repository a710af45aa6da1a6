"""What every writer needs: paths that stay inside the output, comparing a file with new bytes, messages
for write errors, and the error a writer raises."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class OutputProblem(Exception):
    """The output folder cannot be written or replaced; the message says why and what to do."""

    reraise_in_parent = True  # raised in a build worker, it reaches the user as itself, not as a traceback


def inside_output(rel: str) -> bool:
    """A relative path that stays inside the folder it is joined to."""
    parts = [part for part in rel.split("/") if part not in ("", ".")]
    return bool(parts) and not rel.startswith("/") and ".." not in parts and "\\" not in rel


_COMPARE_BLOCK = 1 << 20  # read a file to compare a megabyte at a time: timeline.json grows with the site


def same_bytes(path: Path | str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        view = memoryview(data)
        offset = 0
        with open(path, "rb") as handle:
            while block := handle.read(_COMPARE_BLOCK):
                if view[offset:offset + len(block)] != block:
                    return False
                offset += len(block)
        return offset == len(data)
    except OSError:
        return False


def write_message(exc: OSError, path: Path, kept: bool = True) -> str:
    outcome = ("the last good site is kept" if kept else
               "the output holds part of this build until the next build, which completes it first")
    if exc.errno == errno.ENOSPC:
        return f"the disk is full while writing {path}; free some space and build again ({outcome})"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"no permission to write {path} ({exc.strerror}); make the output's folder writable ({outcome})"
    return f"cannot write {path}: {exc.strerror or exc} ({outcome})"
