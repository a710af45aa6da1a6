"""A digest of plain data that depends on the values alone (fingerprints of settings and code)."""

from __future__ import annotations

import hashlib
import io
import pickle


def digest(value) -> str:
    """Pickled without pickle's memo: a string met twice would otherwise be written as a reference the
    second time, so equal values held by shared or by separate objects would digest apart."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=4)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.blake2b(buffer.getbuffer(), digest_size=12).hexdigest()
