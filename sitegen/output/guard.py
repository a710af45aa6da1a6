"""Which folder a build may write: the output judged where it leads, and refused when it is the site's own
or holds what sitegen did not write (docs/security.md, "What the build writes")."""

from __future__ import annotations

import os
from pathlib import Path

from sitegen.output.files import OutputProblem

MARKER = ".sitegen-output"


def resolve_output(given: Path) -> Path:
    """The folder ``given`` names once the system has followed its links and ``..``: what the guard judges
    and the build writes (``/tmp/nope/../victim`` is ``/tmp/victim``, whether or not ``nope`` exists). A
    last component that is itself a link is kept as the link, which :func:`check_output_folder` refuses."""
    text = os.path.join(os.getcwd(), os.fspath(given)).rstrip(os.sep) or os.sep
    head, tail = os.path.split(text)
    if tail in ("", ".", ".."):
        return Path(os.path.realpath(text))
    return Path(os.path.realpath(head)) / tail


def output_problem(output: Path, site_dir: Path) -> str | None:
    """Why the build must not replace ``output`` (resolved) for the site in ``site_dir``, or None. Refused
    whatever they hold: the site folder, its content/, themes/ and cache or anything inside them, any
    folder the site is in, the home folder and /. Refused unless empty or a previous sitegen output:
    everything else (see :func:`check_output_folder`)."""
    site = Path(os.path.realpath(site_dir))
    home = Path(os.path.realpath(os.path.expanduser("~")))
    own = {"site folder": site, "content folder": site / "content", "themes folder": site / "themes",
           "build cache": site / ".sitegen-cache"}
    for what, folder in own.items():
        if output == folder:
            return f"the output {output} is the {what}; sitegen replaces its output as a whole: choose another --output"
        if what != "site folder" and output.is_relative_to(folder):
            return (f"the output {output} is inside the {what}, which the build reads; "
                    "choose an --output outside it, such as the default public/")
    if site.is_relative_to(output):
        return (f"the output {output} holds the site folder itself; sitegen replaces its output as a whole: "
                "choose another --output")
    if output == home or output == Path(output.anchor):
        return f"the output {output} is the home folder or the root folder; choose another --output"
    try:
        check_output_folder(output)
    except OutputProblem as exc:
        return str(exc)
    return None


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
