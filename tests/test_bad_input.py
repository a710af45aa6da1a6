"""Bad content never crashes: one located message per problem, exit status 1, the last good site kept.
Fixture sites: tests/sites/invalid/."""

from pathlib import Path

import pytest

from conftest import SITES, run_sitegen, tree_bytes, write

ARTICLE = "content/articles/2022/09/izium-troops-abandon-weapons.md"
INVALID = SITES / "invalid"


@pytest.fixture
def built(site: Path) -> Path:
    result = run_sitegen("build", site)
    assert result.returncode == 0, result.stderr
    return site


CASES = sorted(path.name for path in INVALID.iterdir() if path.is_dir())


@pytest.mark.parametrize("case", CASES)
def test_a_broken_site_fails_with_located_messages_and_keeps_its_last_build(case, built, tmp_path):
    """tests/sites/invalid/<case>: files laid over the basic site once it has built (README.md there); the
    build fails, its messages hold every line of the case's expected.txt, and public/ is left as it was."""
    overlay = INVALID / case
    files = [path for path in sorted(overlay.rglob("*")) if path.is_file() and path.name != "expected.txt"]
    assert files, f"{case} changes no file"
    before = tree_bytes(built / "public")
    mtimes = {p: p.stat().st_mtime_ns for p in (built / "public").rglob("*")}
    for path in files:
        write(built / path.relative_to(overlay), path.read_bytes())
    result = run_sitegen("build", built, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    for expected in (overlay / "expected.txt").read_text(encoding="utf-8").splitlines():
        assert expected in result.stderr, result.stderr
    assert tree_bytes(built / "public") == before, "the last good public/ must be kept as it was"
    assert {p: p.stat().st_mtime_ns for p in (built / "public").rglob("*")} == mtimes
    assert not list(tmp_path.rglob("yaml-tag-ran")), "a YAML tag must never run code"


def test_a_missing_site_folder_is_a_clean_message(tmp_path):
    result = run_sitegen("build", tmp_path / "nowhere")
    assert result.returncode == 1
    assert "no such folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_problems_and_writes_nothing(site):
    write(site / ARTICLE, "")
    result = run_sitegen("check", site)
    assert result.returncode == 1
    assert "the file is empty" in result.stderr
    assert not (site / "public").exists()
