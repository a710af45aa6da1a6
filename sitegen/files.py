"""Reading the site's files: only regular files are ever opened.

A FIFO in ``content/`` or a theme would block the build forever once opened for reading, and a device
would be read without end; a contributor can commit either, and a link can point at one. Every file
the build reads goes through :func:`read_regular`, which opens without blocking and checks what it
opened before reading it.
"""

from __future__ import annotations

import errno
import os
import stat


class NotRegularFile(OSError):
    """A path that is a FIFO, a socket, a device or a folder, where a file was expected."""

    def __init__(self, path) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a pipe, device or folder); sitegen reads only "
                         "regular files", os.fspath(path))


class FileTooLarge(OSError):
    """A file larger than the build will read (the site's ``max_file_kb``)."""

    def __init__(self, path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{size_text(size)}, over the limit of {size_text(limit)}", os.fspath(path))
        self.size, self.limit = size, limit


def size_text(size: int) -> str:
    """A file size as editors read it: 812 bytes, 40 KB, 5.2 MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def read_regular(path, limit: int | None = None) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file and its stat; :class:`NotRegularFile` for anything else,
    :class:`FileTooLarge` past ``limit`` bytes (nothing is read then), other OSErrors as ``open`` raises
    them."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(path)
        if limit is not None and st.st_size > limit:
            raise FileTooLarge(path, st.st_size, limit)
        with os.fdopen(fd, "rb") as handle:
            fd = None
            return handle.read(), st
    finally:
        if fd is not None:
            os.close(fd)


def read_regular_text(path) -> str:
    """A regular file's text as UTF-8 (a byte-order mark dropped)."""
    return read_regular(path)[0].decode("utf-8-sig")
