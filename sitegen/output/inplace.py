"""Writers that do not swap a folder: serve's, which replaces files one by one in its private folder, and
check's, which writes nothing."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from sitegen.output.files import OutputProblem, same_bytes, write_message


class InPlaceWriter:
    """For the dev server's private output folder: files are replaced one by one (write to a temporary
    file, rename over), so a page is never served half-written; no swap of the whole folder."""

    def __init__(self, output: Path):
        self.output = output.absolute()
        self.written: list[str] = []
        self.kept: list[str] = []

    def __enter__(self) -> "InPlaceWriter":
        self.output.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        pass

    def _target(self, rel: str) -> Path:
        path = PurePosixPath(rel)
        if path.is_absolute() or any(part in ("", ".", "..") for part in path.parts) or "\\" in rel:
            raise OutputProblem(f"refusing to write outside the output folder: {rel!r}")
        return self.output.joinpath(*path.parts)

    def write(self, rel: str, data: bytes) -> None:
        target = self._target(rel)
        if same_bytes(target, data):
            self.kept.append(rel)
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, target)
        except OSError as exc:
            raise OutputProblem(write_message(exc, target)) from None
        self.written.append(rel)

    def link_previous(self, rel: str) -> bool:
        # Called for every page a build keeps: a string path, not a checked Path (rel comes from a route).
        if os.path.isfile(f"{self.output}/{rel}"):
            self.kept.append(rel)
            return True
        return False

    def remove(self, stale) -> list[str]:
        """Remove files this build no longer has, now; the ones removed."""
        removed = []
        for rel in sorted(stale):
            try:
                self._target(rel).unlink()
                removed.append(rel)
            except (FileNotFoundError, OutputProblem):
                continue
        return removed

    def commit(self) -> None:
        pass


class DiscardingWriter:
    """For ``sitegen check``: every page is rendered, nothing is written."""

    incremental = False
    recovered = False

    def __init__(self):
        self.written: list[str] = []
        self.kept: list[str] = []

    def __enter__(self) -> "DiscardingWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        pass

    def write(self, rel: str, data: bytes) -> None:
        pass

    def link_previous(self, rel: str) -> bool:
        return False

    def remove(self, rels) -> list[str]:
        return []

    def commit(self) -> None:
        pass
