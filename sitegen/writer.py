"""Write a build into a fresh folder beside the output and swap it in only when the build succeeded.

The last good output is never touched until the new one is complete: a failed, interrupted or killed
build leaves it as it was. A file whose bytes did not change is hard-linked from the previous output
instead of written, so it keeps its modification time and sync-by-change deploys upload nothing. The
writer only ever replaces a folder that it created itself (it carries a marker file).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
from pathlib import Path, PurePosixPath

MARKER = ".sitegen-output"
MARKER_TEXT = b"This folder is written by sitegen; each build replaces it as a whole.\n"
NEW_INFIX = ".sitegen-new-"
OLD_INFIX = ".sitegen-old-"


class OutputProblem(Exception):
    """The output folder cannot be written or replaced; the message says why and what to do."""


def _renameat2():
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


_RENAMEAT2 = _renameat2()
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where the system cannot."""
    if _RENAMEAT2 is None:
        return False
    result = _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP if hasattr(errno, "ENOTSUP") else errno.EINVAL):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def check_output_folder(output: Path) -> None:
    """Refuse to replace a folder that holds anything but a previous sitegen build."""
    if output.is_symlink():
        raise OutputProblem(f"the output {output} is a symbolic link; sitegen writes only to a real folder, "
                            "remove the link or choose another --output")
    if not output.exists():
        return
    if not output.is_dir():
        raise OutputProblem(f"the output {output} exists and is not a folder; remove it or choose another --output")
    if (output / MARKER).is_file():
        return
    if any(output.iterdir()):
        raise OutputProblem(f"the output folder {output} holds files that sitegen did not write (no {MARKER} "
                            "marker); sitegen replaces its output as a whole, so it refuses to touch it. "
                            "Empty or remove the folder, or choose another --output")


def clean_stale(output: Path) -> None:
    """Remove temp folders left by killed builds (their process is gone)."""
    parent = output.parent
    if not parent.is_dir():
        return
    for prefix in (f".{output.name}{NEW_INFIX}", f".{output.name}{OLD_INFIX}"):
        for candidate in parent.glob(prefix + "*"):
            pid_text = candidate.name[len(prefix):].split("-")[0]
            if pid_text.isdigit() and (int(pid_text) == os.getpid() or not _pid_alive(int(pid_text))):
                shutil.rmtree(candidate, ignore_errors=True)


class OutputWriter:
    """Collects a build's files in a fresh folder, then swaps it in place of the output."""

    def __init__(self, output: Path):
        self.output = output.absolute()
        self.staging = self.output.parent / f".{self.output.name}{NEW_INFIX}{os.getpid()}"
        self.written: list[str] = []  # files whose bytes changed (or are new)
        self.kept: list[str] = []  # files linked unchanged from the previous output
        self.previous_files: set[str] = set()

    def __enter__(self) -> "OutputWriter":
        check_output_folder(self.output)
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            clean_stale(self.output)
            self.staging.mkdir()
        except OSError as exc:
            raise OutputProblem(f"cannot create a folder beside {self.output}: {exc.strerror}; "
                                "check that the folder is writable and the disk has space") from None
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)

    def _target(self, rel: str) -> Path:
        path = PurePosixPath(rel)
        if path.is_absolute() or any(part in ("", ".", "..") for part in path.parts) or "\\" in rel:
            raise OutputProblem(f"refusing to write outside the output folder: {rel!r}")
        return self.staging.joinpath(*path.parts)

    def write(self, rel: str, data: bytes, previous_same: bool | None = None) -> None:
        """Put one file in the new output. ``previous_same`` says the previous output holds these bytes
        (known from the build cache); None means compare with the file on disk."""
        target = self._target(rel)
        old = self.output.joinpath(*PurePosixPath(rel).parts)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if previous_same is None:
                previous_same = _same_bytes(old, data)
            if previous_same:
                try:
                    os.link(old, target)
                    self.kept.append(rel)
                    return
                except OSError:
                    pass
            with open(target, "wb") as handle:
                handle.write(data)
            self.written.append(rel)
        except OSError as exc:
            raise OutputProblem(_write_message(exc, target)) from None

    def link_previous(self, rel: str) -> bool:
        """Keep the previous output's file as it is (a page whose inputs did not change)."""
        target = self._target(rel)
        old = self.output.joinpath(*PurePosixPath(rel).parts)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(old, target)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise OutputProblem(_write_message(exc, target)) from None
        self.kept.append(rel)
        return True

    def commit(self) -> None:
        """Swap the new output in. Atomic where the system can exchange two folders."""
        self.write(MARKER, MARKER_TEXT)
        self.written = [rel for rel in self.written if rel != MARKER]
        self.kept = [rel for rel in self.kept if rel != MARKER]
        try:
            if not self.output.exists():
                os.rename(self.staging, self.output)
                return
            if exchange(self.staging, self.output):
                shutil.rmtree(self.staging, ignore_errors=True)  # now holds the previous build
                return
            retired = self.output.parent / f".{self.output.name}{OLD_INFIX}{os.getpid()}"
            os.rename(self.output, retired)
            os.rename(self.staging, self.output)
            shutil.rmtree(retired, ignore_errors=True)
        except OSError as exc:
            raise OutputProblem(_write_message(exc, self.output)) from None


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _write_message(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"the disk is full while writing {path}; free some space and build again (the last good site is kept)"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"no permission to write {path} ({exc.strerror}); make the output's folder writable "
                "(the last good site is kept)")
    return f"cannot write {path}: {exc.strerror or exc}"
