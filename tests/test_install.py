"""A regular (non-editable) install carries the default theme: a site without themes/ builds."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO, copy_site, html


def test_a_wheel_install_builds_a_site_that_has_no_theme_of_its_own(tmp_path: Path):
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", "public", ".sitegen-cache", "*.egg-info", "build", "__pycache__", "node_modules", "content", "tests",
        "benchmarks", "docs", ".ci"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(source)],
                   check=True, capture_output=True)
    site = copy_site("basic", tmp_path)
    assert not (site / "themes").exists()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([str(venv / "bin" / "sitegen"), "build", str(site)], cwd=elsewhere,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    located = subprocess.run([str(python), "-c", "import sitegen; print(sitegen.__file__)"], cwd=elsewhere,
                             capture_output=True, text=True).stdout
    assert str(venv) in located, "the test must exercise the installed copy, not the source tree"
    assert html(site / "public/index.html").xpath("//link[@rel='stylesheet']")
