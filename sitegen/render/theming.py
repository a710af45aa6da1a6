"""Find a theme's files: the site's own ``themes/<name>/`` first, then the built-in theme of that name.

A site's theme overrides the built-in one file by file, Hugo-style: a site can replace one template or
one stylesheet and inherit the rest.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sitegen.files import read_regular


def builtin_themes_dir() -> Path:
    """The built-in themes: ``sitegen.themes`` when installed, ``themes/`` beside the package in a checkout."""
    try:
        return Path(str(resources.files("sitegen.themes")))
    except (ModuleNotFoundError, TypeError):  # running from a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "themes"


@dataclass(frozen=True)
class Theme:
    name: str
    dirs: tuple[Path, ...]  # most specific first
    # (path, message) for each file or folder of the site's theme that leads, through a symbolic link, out
    # of the site folder; the build refuses such a theme. (A built-in theme is part of the installed
    # software, which a distribution may assemble with links.)
    problems: tuple[tuple[str, str], ...] = ()
    refused: frozenset[Path] = frozenset()  # those links: never read

    @property
    def template_dirs(self) -> list[str]:
        return [str(d / "templates") for d in self.dirs if (d / "templates").is_dir()]

    def files(self, sub: str) -> dict[str, Path]:
        """Relative name → file, for every file under ``<theme>/<sub>/``; earlier dirs win."""
        found: dict[str, Path] = {}
        for theme_dir in reversed(self.dirs):
            root = theme_dir / sub
            if not root.is_dir():
                continue
            for directory, subdirs, names in os.walk(root):
                subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith(".") or name.endswith("~"):
                        continue
                    path = Path(directory, name)
                    if path in self.refused:
                        continue
                    found[path.relative_to(root).as_posix()] = path
        return dict(sorted(found.items()))

    def digest(self) -> str:
        """One hash over every template and static file: any theme change re-renders every page."""
        h = hashlib.blake2b(digest_size=16)
        for sub in ("templates", "static"):
            for rel, path in self.files(sub).items():
                h.update(f"{sub}/{rel}\0".encode())
                h.update(read_regular(path)[0])
                h.update(b"\0")
        return h.hexdigest()


def find_theme(site_dir: Path, name: str) -> Theme | None:
    """The theme called ``name``: the site's ``themes/<name>/`` over the built-in one, either or both."""
    dirs, problems, refused = [], [], set()
    for theme_dir, checked in ((site_dir / "themes" / name, True), (builtin_themes_dir() / name, False)):
        if not theme_dir.is_dir():
            continue
        outside = _links_outside(theme_dir, os.path.realpath(site_dir)) if checked else []
        for path, target in outside:
            rel = path.relative_to(theme_dir).as_posix()
            problems.append((f"themes/{name}/{rel}" if rel != "." else f"themes/{name}",
                             f"a symbolic link to {target}, outside the site folder; a theme's files must lie "
                             "inside the site folder: copy them in instead of linking to them"))
            if path != theme_dir:
                refused.add(theme_dir.resolve() / rel)
        if not any(path == theme_dir for path, _ in outside):
            for path in _not_regular(theme_dir) if checked else []:
                rel = path.relative_to(theme_dir).as_posix()
                problems.append((f"themes/{name}/{rel}", "not a regular file (a pipe, socket or device), which "
                                 "sitegen never opens; remove it or replace it with a file"))
                refused.add(theme_dir.resolve() / rel)
            dirs.append(theme_dir.resolve())
    # A site theme that is a copy of the built-in one (the example digest's) is harmless twice.
    unique = tuple(dict.fromkeys(dirs))
    if not unique and not problems:
        return None
    return Theme(name, unique, tuple(problems), frozenset(refused))


def _not_regular(theme_dir: Path) -> list[Path]:
    """The entries under the theme folder that are neither folders nor regular files (a FIFO would block
    the build once opened). Links count as what they lead to; a dangling link is left to the loader."""
    found = []
    for directory, subdirs, names in os.walk(theme_dir):
        subdirs.sort()
        for name in sorted(names):
            path = os.path.join(directory, name)
            try:
                mode = os.stat(path).st_mode
            except OSError:
                continue
            if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
                found.append(Path(path))
    return found


def _links_outside(theme_dir: Path, root: str) -> list[tuple[Path, str]]:
    """The theme folder itself, or the links under it, that resolve outside ``root``, with their targets."""
    def outside(path: str) -> str | None:
        target = os.path.realpath(path)
        return None if target.startswith(root.rstrip(os.sep) + os.sep) else target

    target = outside(str(theme_dir))
    if target:
        return [(theme_dir, target)]
    found = []
    for directory, subdirs, names in os.walk(theme_dir):
        subdirs.sort()
        for name in sorted(subdirs) + sorted(names):
            path = os.path.join(directory, name)
            if os.path.islink(path):
                target = outside(path)
                if target:
                    found.append((Path(path), target))
    return found
