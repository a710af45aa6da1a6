"""Find a theme's files: the site's own ``themes/<name>/`` first, then the built-in theme of that name.

A site's theme overrides the built-in one file by file, Hugo-style: a site can replace one template or
one stylesheet and inherit the rest.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


def builtin_themes_dir() -> Path:
    """The built-in themes: ``sitegen.themes`` when installed, ``themes/`` beside the package in a checkout."""
    try:
        return Path(str(resources.files("sitegen.themes")))
    except (ModuleNotFoundError, TypeError):  # running from a source tree that was never installed
        return Path(__file__).resolve().parent.parent / "themes"


@dataclass(frozen=True)
class Theme:
    name: str
    dirs: tuple[Path, ...]  # most specific first

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
                    found[path.relative_to(root).as_posix()] = path
        return dict(sorted(found.items()))

    def digest(self) -> str:
        """One hash over every template and static file: any theme change re-renders every page."""
        h = hashlib.blake2b(digest_size=16)
        for sub in ("templates", "static"):
            for rel, path in self.files(sub).items():
                h.update(f"{sub}/{rel}\0".encode())
                h.update(path.read_bytes())
                h.update(b"\0")
        return h.hexdigest()


def find_theme(site_dir: Path, name: str) -> Theme | None:
    candidates = [site_dir / "themes" / name, builtin_themes_dir() / name]
    dirs = tuple(d.resolve() for d in candidates if d.is_dir())
    # A site theme that is a copy of the built-in one (the example digest's) is harmless twice.
    unique = tuple(dict.fromkeys(dirs))
    return Theme(name, unique) if unique else None
