"""Write a build beside the output and move it in only when the whole build succeeded.

A full build writes a complete new folder and swaps it with the output in one atomic rename; a file whose
bytes did not change is hard-linked from the previous output, so it keeps its modification time and
sync-by-change deploys upload nothing. An incremental build stages only the files that changed, then a
manifest (the commit point), then moves them in: a build that fails or is killed before the manifest leaves
the output untouched; one killed while moving is completed by the next run before anything else, so the
output always ends as one whole build. The writer only ever replaces a folder that it created itself (it
carries a marker file).
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
from pathlib import Path, PurePosixPath

from sitegen.output.files import OutputProblem, inside_output, same_bytes, write_message
from sitegen.output.guard import MARKER, check_output_folder
from sitegen.parallel import libc

MARKER_TEXT = b"This folder is written by sitegen; each build replaces it as a whole.\n"
NEW_INFIX = ".sitegen-new-"
OLD_INFIX = ".sitegen-old-"
MANIFEST = ".sitegen-apply.json"  # in an incremental staging folder: its presence commits the build


def _renameat2():
    try:
        func = libc().renameat2
    except AttributeError:  # no C library, or one without renameat2
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


def stale_folders(output: Path) -> list[Path]:
    """Temp folders beside the output left by builds whose process is gone (or by this process)."""
    found = []
    for prefix in (f".{output.name}{NEW_INFIX}", f".{output.name}{OLD_INFIX}"):
        for candidate in sorted(output.parent.glob(prefix + "*")):
            pid_text = candidate.name[len(prefix):].split("-")[0]
            if pid_text.isdigit() and (int(pid_text) == os.getpid() or not _pid_alive(int(pid_text))):
                found.append(candidate)
    return found


def clean_stale(output: Path, applied: set[str] | None = None) -> bool:
    """Remove temp folders left by killed builds (their process is gone); an incremental build that was
    killed after its commit point is completed first. True when such a build was completed; the files it
    wrote are added to ``applied``."""
    completed = False
    if not output.parent.is_dir():
        return completed
    for candidate in stale_folders(output):
        if (candidate / MANIFEST).is_file() and output.is_dir():
            try:
                written = _apply(candidate, output)
            except (ValueError, KeyError, TypeError):  # not a manifest this writer wrote: ignore it
                written = []
            if applied is not None:
                applied.update(written)
            completed = True
        shutil.rmtree(candidate, ignore_errors=True)
    return completed


def _apply(staging: Path, output: Path) -> list[str]:
    """Move a committed incremental build's files into the output; safe to run again after a kill.
    Returns the files it writes."""
    manifest = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    if not all(isinstance(rel, str) and inside_output(rel) for rel in manifest["write"] + manifest["remove"]):
        raise ValueError("a manifest naming files outside the output")
    made: set[Path] = set()
    for rel in manifest["write"]:
        source = staging.joinpath(*PurePosixPath(rel).parts)
        target = output.joinpath(*PurePosixPath(rel).parts)
        if source.exists():
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            os.replace(source, target)
    for rel in manifest["remove"]:
        target = output.joinpath(*PurePosixPath(rel).parts)
        try:
            target.unlink()
        except FileNotFoundError:
            pass
        folder = target.parent
        while folder != output and folder.is_relative_to(output):
            try:
                folder.rmdir()  # only when empty
            except OSError:
                break
            folder = folder.parent
    return manifest["write"]


class OutputWriter:
    """Collects a build's files beside the output, then moves them in (see the module docstring)."""

    def __init__(self, output: Path, incremental: bool = False):
        self.output = output.absolute()
        self.incremental = incremental and self.output.is_dir()
        self.staging = self.output.parent / f".{self.output.name}{NEW_INFIX}{os.getpid()}"
        self.written: list[str] = []  # files whose bytes changed (or are new)
        self.kept: list[str] = []  # files kept unchanged from the previous output
        self.removed: list[str] = []
        self.recovered = False  # a killed build's committed files were moved in first
        self._made_folders: set[str] = set()  # folders of the staging tree made so far
        self._had_output = True  # (set on entering) else nothing is compared: every file is new
        self._keep_staging = False  # committed but not fully moved in: the next run completes it
        self._recovered_files: set[str] = set()  # what completing a killed build wrote

    def __enter__(self) -> "OutputWriter":
        check_output_folder(self.output)
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            self.recovered = clean_stale(self.output, self._recovered_files)
            self._had_output = self.output.is_dir()
            self.staging.mkdir()
        except OSError as exc:
            raise OutputProblem(f"cannot create a folder beside {self.output}: {exc.strerror}; "
                                "check that the folder is writable and the disk has space") from None
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.staging.exists() and not self._keep_staging:
            shutil.rmtree(self.staging, ignore_errors=True)

    def _target(self, rel: str) -> str:
        """A file's path in the staging tree. Paths as strings: pathlib's parsing cost a tenth of a
        millisecond a page."""
        if not inside_output(rel):
            raise OutputProblem(f"refusing to write outside the output folder: {rel!r}")
        return f"{self.staging}/{rel}"

    def _parent(self, target: str) -> None:
        folder = os.path.dirname(target)
        if folder not in self._made_folders:
            os.makedirs(folder, exist_ok=True)
            self._made_folders.add(folder)

    def write(self, rel: str, data: bytes) -> None:
        """Put one file in the new output (kept from the previous output when its bytes are the same)."""
        target = self._target(rel)
        old = f"{self.output}/{rel}"
        try:
            same = self._had_output and same_bytes(old, data)
            if same and self.incremental:
                self.kept.append(rel)
                return
            self._parent(target)
            if same:
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
            raise OutputProblem(write_message(exc, target)) from None

    def link_previous(self, rel: str) -> bool:
        """Keep the previous output's file as it is (a page whose inputs did not change)."""
        if self.incremental:
            if os.path.isfile(f"{self.output}/{rel}"):
                self.kept.append(rel)
                return True
            return False
        target = self._target(rel)
        try:
            self._parent(target)
            os.link(f"{self.output}/{rel}", target)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise OutputProblem(write_message(exc, target)) from None
        self.kept.append(rel)
        return True

    def remove(self, rels) -> list[str]:
        """Files of the previous output that this build no longer has (incremental builds): removed when
        the build is committed."""
        self.removed = sorted(rels)
        return self.removed

    def commit(self) -> None:
        """Move the new output in: a folder swap (full builds) or the staged files (incremental)."""
        if self.incremental:
            self._commit_incremental()
            return
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
            try:
                os.rename(self.staging, self.output)
            except OSError:
                os.rename(retired, self.output)  # put the last good site back before reporting
                raise
            shutil.rmtree(retired, ignore_errors=True)
        except OSError as exc:
            raise OutputProblem(write_message(exc, self.output)) from None


    def _commit_incremental(self) -> None:
        # A completed killed build may have added files that this build does not have (its content changed
        # since): every file of this build was written or kept, so the others go.
        extra = self._recovered_files - set(self.written) - set(self.kept)
        self.removed = sorted(set(self.removed) | extra)
        try:
            manifest = self.staging / MANIFEST
            temporary = manifest.with_suffix(".tmp")
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump({"write": self.written, "remove": self.removed}, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, manifest)  # the commit point
        except OSError as exc:
            raise OutputProblem(write_message(exc, self.output)) from None
        try:
            _apply(self.staging, self.output)
        except OSError as exc:
            # Part of this build is in the output: keep the staged rest, which the next run moves in first.
            self._keep_staging = True
            raise OutputProblem(write_message(exc, self.output, kept=False)) from None
        shutil.rmtree(self.staging, ignore_errors=True)
