"""The golden site: tests/sites/basic built, compared file by file with tests/golden/basic/, so that a
change to a template, a view or a page kind shows in review as a diff of the pages it changes.

Refresh after a deliberate change with ``python -m pytest tests/test_golden.py --refresh-golden`` and read
the diff of tests/golden/ before committing it. The theme's fingerprinted asset names are written as
their plain names (``static/style.css``), so a stylesheet edit does not show as a change of every page;
the theme's files themselves are not kept here.
"""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

import pytest

from conftest import copy_site, run_sitegen

GOLDEN = Path(__file__).parent / "golden" / "basic"
_FINGERPRINT = re.compile(rb"(static/[\w/-]+)\.[0-9a-f]{10}\.(css|js)")


def built(tmp_path: Path) -> dict[str, bytes]:
    site = copy_site("basic", tmp_path)
    result = run_sitegen("build", site, "--no-cache")
    assert result.returncode == 0, result.stderr
    public = site / "public"
    return {path.relative_to(public).as_posix(): _FINGERPRINT.sub(rb"\1.\2", path.read_bytes())
            for path in sorted(public.rglob("*")) if path.is_file() and not path.relative_to(public).parts[0]
            in ("static",) and path.name != ".sitegen-output"}


def test_the_basic_site_builds_to_its_golden_output(tmp_path, request):
    files = built(tmp_path)
    if request.config.getoption("--refresh-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in files.items():
            target = GOLDEN / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        pytest.skip(f"refreshed {len(files)} golden files: review `git diff tests/golden` before committing")
    expected = {path.relative_to(GOLDEN).as_posix(): path.read_bytes()
                for path in sorted(GOLDEN.rglob("*")) if path.is_file()}
    assert sorted(files) == sorted(expected), "pages were added or removed (refresh with --refresh-golden)"
    differing = [rel for rel in files if files[rel] != expected[rel]]
    if differing:
        rel = differing[0]
        diff = "\n".join(difflib.unified_diff(expected[rel].decode("utf-8", "replace").splitlines(),
                                              files[rel].decode("utf-8", "replace").splitlines(),
                                              f"golden/{rel}", f"built/{rel}", lineterm="", n=2))
        pytest.fail(f"{len(differing)} file(s) differ from tests/golden/basic (refresh with --refresh-golden "
                    f"after a deliberate change): {differing[:10]}\n{diff[:4000]}")
