"""The theme's static files, with stylesheets and scripts fingerprinted for long-lived caching.

``style.css`` is published as ``static/style.<hash>.css``: its name changes whenever its bytes do, so a CDN
can cache it forever. Images and fonts keep their names (stylesheets refer to them by name).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from sitegen.files import read_regular
from sitegen.render.theming import Theme

FINGERPRINTED = (".css", ".js")


@dataclass(frozen=True)
class Asset:
    name: str  # as templates ask for it: "style.css"
    output: str  # as published: "static/style.1a2b3c4d5e.css"
    data: bytes


def theme_assets(theme: Theme) -> list[Asset]:
    assets = []
    for rel, path in theme.files("static").items():
        data, _ = read_regular(path)
        output = f"static/{rel}"
        pure = PurePosixPath(rel)
        if pure.suffix in FINGERPRINTED:
            digest = hashlib.blake2b(data, digest_size=5).hexdigest()
            output = f"static/{pure.with_name(f'{pure.stem}.{digest}{pure.suffix}').as_posix()}"
        assets.append(Asset(rel, output, data))
    return assets
