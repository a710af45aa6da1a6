"""Shared helpers: fixture sites copied to a temp folder, the CLI run as a user runs it, parsed HTML."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

SITES = Path(__file__).parent / "sites"
REPO = Path(__file__).parent.parent


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh copy of tests/sites/basic."""
    return copy_site("basic", tmp_path)


def copy_site(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copytree(SITES / name, target, ignore=shutil.ignore_patterns(".sitegen-cache", "public"))
    return target


def run_sitegen(*args, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m sitegen ARGS`` in a subprocess: exit status, stdout and stderr as a user sees them."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "sitegen", *map(str, args)], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=300)


def html(path: Path):
    return lxml.html.fromstring(path.read_bytes())


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path: for byte-identical comparisons."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- real-browser tests: Playwright driving Debian's Chromium ----------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def need(condition: bool, reason: str) -> None:
    """Skip with the reason locally; under CI=true a missing tool fails the test, never a silent pass."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"required in CI (CI=true: not skipped): {reason}")
    pytest.skip(reason)


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (its own browsers are not needed)"
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run; tests open their own contexts."""
    missing = _browser_missing()
    need(missing is None, f"browser tests need Chromium and Playwright: {missing}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pytest_addoption(parser):
    parser.addoption("--refresh-golden", action="store_true",
                     help="write the golden outputs under tests/golden/ anew from this tree (then review the diff)")
