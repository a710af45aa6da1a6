"""Slugs for URLs: lower case ASCII words joined by hyphens.

Cyrillic is romanized with the Ukrainian national system of 2010 (the KMU table, as the ``translitua``
package implements it): ``Запоріжжя`` → ``zaporizhzhia``. Other scripts fall back to their ASCII
decomposition (``Düsseldorf`` → ``dusseldorf``); text with nothing romanizable (``北京``)
gets a stable hashed slug (``n-3f2a9c01d4``) instead.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from translitua import UkrainianKMU, translit

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # matched whole (fullmatch): no trailing newline
# A slug is a folder name in the output and part of a URL: slugify keeps what it makes to this length (a
# longer name is cut, with a digest of the whole name, so two long names stay apart), and an id or file
# name written longer is refused (is_slug).
MAX_SLUG_LENGTH = 100
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The Ukrainian table leaves Russian-only letters untouched; romanize them the same way.
_RUSSIAN_ONLY = str.maketrans({"ы": "y", "Ы": "Y", "э": "e", "Э": "E", "ъ": "", "Ъ": "", "ё": "io", "Ё": "Io"})


@functools.lru_cache(maxsize=65536)  # the same tags and places recur on thousands of pages
def slugify(text: str) -> str:
    """The slug of a display name. A function of its :func:`name_key`, so spellings that are one name (NFC or
    NFD, case, spacing: ``Straße`` and ``STRASSE``) always get one slug."""
    key = name_key(str(text))
    text = key.translate(_RUSSIAN_ONLY)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = translit(text, UkrainianKMU)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")
    if (not slug and key) or len(slug) > MAX_SLUG_LENGTH:
        # surrogateescape: a name read from a file name that is not UTF-8 still gets a slug
        digest = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=5).hexdigest()
        slug = f"{slug[:MAX_SLUG_LENGTH - 11].rstrip('-')}-{digest}" if slug else f"n-{digest}"
    return slug


def is_slug(text: str) -> bool:
    """Lower case ASCII letters and digits in words joined by single hyphens, at most MAX_SLUG_LENGTH."""
    return len(text) <= MAX_SLUG_LENGTH and SLUG_PATTERN.fullmatch(text) is not None


def name_key(text: str) -> str:
    """Two display names with the same key are the same term (case and spacing aside)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
