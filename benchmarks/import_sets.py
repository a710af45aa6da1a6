"""Which pages the importer's evaluation scores, and their keys: a set's folder (``raw/<stem>.txt``,
``keys/<stem>.yaml``, ``split.yaml``), the pages its split lists, their groups (the first round's record,
the cross-validation folds) and the keys read and checked for the fields the scoring reads."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml


HERE = Path(__file__).resolve().parent
# The development folders (import_pages, then each held-out set once it has been measured) and the held-out set,
# which the next round makes development data: a round moves LAST_DEVELOPMENT on by one.
LAST_DEVELOPMENT = 47
PAGES = (HERE / "import_pages", HERE / "import_heldout",
         *(HERE / f"import_heldout{n}" for n in range(2, LAST_DEVELOPMENT + 1)))
HELDOUT = HERE / f"import_heldout{LAST_DEVELOPMENT + 1}"


class Unreadable(Exception):
    """A text or key that cannot be read, with the place to look."""


_STEM_OUTLET = re.compile(r"^(?P<outlet>.+?)-(?:(?:19|20)\d\d|nodate)\b")


def outlet_of(stem: str) -> str:
    """The outlet a page's file name starts with: ``abc-au-2022-08-07-…`` → ``abc-au``."""
    match = _STEM_OUTLET.match(stem)
    return match.group("outlet") if match else stem.split("-")[0]


def folder_pages(folder: Path, listed: dict | None = None) -> list[tuple[str, Path, Path]]:
    """(outlet, raw path, key path) of a set's folder: the stems ``listed`` by outlet, else every raw text."""
    if listed is not None:
        return [(outlet, folder / "raw" / f"{stem}.txt", folder / "keys" / f"{stem}.yaml")
                for outlet, stems_ in sorted(listed.items()) for stem in stems_ or ()]
    return [(outlet_of(raw.stem), raw, folder / "keys" / f"{raw.stem}.yaml")
            for raw in sorted((folder / "raw").glob("*.txt"))]


def development_pages(folder: Path) -> tuple[list, dict[str, str], dict[str, str]]:
    """The development pages of ``folder/split.yaml``, each page's first-round group (a record, where the
    split keeps one) and each outlet's cross-validation fold (``folds``), with a warning for a raw text the
    split does not list and an outlet no fold holds."""
    split = read_yaml(folder / "split.yaml") if (folder / "split.yaml").exists() else None
    split = split if isinstance(split, dict) else {}
    where = folder / "split.yaml"
    listed = split.get("development")
    if listed is not None:
        listed = {str(outlet): [_stem(s, where) for s in _listed(stems_, where, f"development: {outlet}")]
                  for outlet, stems_ in _mapping(listed, where, "development").items()}
    pages = folder_pages(folder, listed)
    named = {raw.stem for _, raw, _ in pages}
    for raw in sorted((folder / "raw").glob("*.txt")):
        if raw.stem not in named:
            print(f"{where}: {raw.name} is in raw/ but not under 'development'", file=sys.stderr)
    groups = {}
    for group, by_outlet in _mapping(split.get("first_round"), where, "first_round").items():
        for stems_ in _mapping(by_outlet, where, f"first_round: {group}").values():
            groups.update({str(stem): str(group) for stem in _listed(stems_, where, f"first_round: {group}")})
    folds = {}
    for fold, outlets in _mapping(split.get("folds"), where, "folds").items():
        folds.update({str(outlet): str(fold) for outlet in _listed(outlets, where, f"folds: {fold}")})
    if folds:
        for outlet in sorted({outlet for outlet, _, _ in pages} - set(folds)):
            print(f"{folder / 'split.yaml'}: outlet {outlet} is in no fold", file=sys.stderr)
    return pages, groups, folds


def _mapping(value, path: Path, field: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Unreadable(f"{path}: '{field}' is a mapping")
    return value


def _stem(value, path: Path) -> str:
    """A page's file stem as the split names it: a plain name, never a path out of the folder."""
    stem = str(value)
    if not stem or "/" in stem or "\\" in stem or stem.startswith("."):
        raise Unreadable(f"{path}: {stem!r} is not a page's file name")
    return stem


def _listed(value, path: Path, field: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Unreadable(f"{path}: '{field}' is a list")
    return value


def read_yaml(path: Path):
    """A YAML file's data; a file that cannot be read or parsed raises ``Unreadable`` naming its line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise Unreadable(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise Unreadable(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from None


def read_key(path: Path) -> dict:
    """A key, checked for the fields the scoring reads."""
    if not path.exists():
        raise Unreadable(f"{path}: no answer key")
    key = read_yaml(path)
    if key is None:
        return {}
    if not isinstance(key, dict):
        raise Unreadable(f"{path}:1: a key is a mapping (outlet, quotes, fragments, clutter)")
    for n, quote in enumerate(key.get("quotes") or [], 1):
        if not isinstance(quote, dict) or not isinstance(quote.get("text"), str) or not isinstance(
                quote.get("speaker"), str):
            raise Unreadable(f"{path}: quote {n} needs 'text' and 'speaker' strings")
    for field in ("fragments", "ignore", "kept", "clutter"):
        if not isinstance(key.get(field) or [], list):
            raise Unreadable(f"{path}: '{field}' is a list")
    key["fragments"] = [str(g) for g in key.get("fragments") or []]
    return key
