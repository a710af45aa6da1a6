"""What a user installs works: the wheel holds every module and file of the tree, and every documented
command runs from it, outside the repository.

The installed copy lives in a fresh virtual environment. Under ``.ci/run`` that environment is made by
pip from the wheel and its declared dependencies (``SITEGEN_INSTALLED_VENV``), so a dependency missing
from pyproject.toml fails here. Elsewhere (README's test command on any machine) the test makes its own
from the wheel, seeing the dependencies of the environment the tests run in, never the source tree.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, html, write

EXCERPTS = REPO / "tests" / "fixtures" / "raw_excerpts"


def _git_files(folder: str) -> list[str]:
    listed = subprocess.run(["git", "ls-files", folder], cwd=REPO, capture_output=True, text=True)
    if listed.returncode != 0:
        return sorted(p.relative_to(REPO).as_posix() for p in (REPO / folder).rglob("*")
                      if p.is_file() and "__pycache__" not in p.parts)
    return listed.stdout.split()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of the tree's files as git knows them, built in a copy: a build/ folder left in the
    checkout by an earlier build would otherwise lend the wheel files the tree no longer ships."""
    source = tmp_path_factory.mktemp("source")
    for rel in _git_files("."):
        if (REPO / rel).is_file():
            target = source / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / rel, target)
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source), "-w", str(out)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("sitegen-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    """A virtual environment with the wheel installed (see the module docstring)."""
    given = os.environ.get("SITEGEN_INSTALLED_VENV")
    if given:
        return Path(given)
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site_packages = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                   capture_output=True, text=True, check=True).stdout.strip()
    # The tests' own dependencies (markdown, jinja2, ...), after the venv's own site-packages: the installed
    # sitegen is found first. A .pth line adds a folder without running the .pth files inside it, so an
    # editable sitegen of the test environment stays out.
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    write(Path(site_packages) / "test-dependencies.pth", "\n".join(ours) + "\n")
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    return venv


def _env() -> dict:
    """The environment a user's shell has: nothing pointing into the repository."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(venv: Path, cwd: Path, *args, command: str = "sitegen", input: str | None = None):
    return subprocess.run([str(venv / "bin" / command), *map(str, args)], cwd=cwd, env=_env(), input=input,
                          capture_output=True, text=True, timeout=300)


def test_the_wheel_holds_every_module_and_theme_file_of_the_tree(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [path for path in _git_files("sitegen") if path.endswith((".py", ".js"))]
    wanted += ["sitegen/themes/" + path.removeprefix("themes/") for path in _git_files("themes")]
    assert wanted and any(path.startswith("sitegen/importer/") for path in wanted)
    missing = [path for path in wanted if path not in names]
    assert not missing, f"the wheel lacks files of the tree: {missing}"


def test_every_documented_command_runs_from_the_installed_wheel_outside_the_repository(venv, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    located = run(venv, elsewhere, "-c", "import sitegen; print(sitegen.__file__)", command="python")
    assert str(venv) in located.stdout, "the test must exercise the installed copy, not the source tree"

    version = run(venv, elsewhere, "--version")
    assert version.returncode == 0 and version.stdout.startswith("sitegen "), version.stderr

    created = run(venv, elsewhere, "new", "site", "digest")
    assert created.returncode == 0, created.stderr
    site = elsewhere / "digest"
    assert not (site / "themes").exists()  # the built-in theme comes from the installed package
    for args in (("article", "Shelling in Kharkiv"), ("note", "How we attribute"), ("speaker", "Jane Doe")):
        made = run(venv, elsewhere, "new", *args, "--site", site)
        assert made.returncode == 0, made.stderr

    checked = run(venv, elsewhere, "check", site)
    assert checked.returncode == 0, checked.stderr
    built = run(venv, elsewhere, "build", site)
    assert built.returncode == 0, built.stderr
    assert html(site / "public/index.html").xpath("//link[@rel='stylesheet']")

    imported = run(venv, elsewhere, "import", EXCERPTS / "sun-lines.txt", "--site", site, "--date", "2022-09-11",
                   "--url", "https://www.thesun.co.uk/news/19775122/putins-troops-abandon-weapons/")
    assert imported.returncode == 0, imported.stderr
    assert list((site / "content/articles").rglob("putins-troops-*.md"))
    assert (site / "content/speakers.proposed.yaml").is_file()
    accepted = run(venv, elsewhere, "import", "--accept-speakers", "--site", site)
    assert accepted.returncode == 0, accepted.stderr
    assert "accepted into content/speakers.yaml" in accepted.stdout

    again = run(venv, elsewhere, "-m", "sitegen", "build", site, command="python")
    assert again.returncode == 0, again.stderr
    assert "built " in again.stdout

    for stop in (signal.SIGINT, signal.SIGTERM):
        _serve_then_stop(venv, elsewhere, site, stop)


def _serve_then_stop(venv: Path, cwd: Path, site: Path, stop: signal.Signals) -> None:
    """``sitegen serve --port 0``: it serves the site, and the signal stops it cleanly (status 0, no
    traceback)."""
    server = subprocess.Popen([str(venv / "bin" / "sitegen"), "serve", str(site), "--port", "0"], cwd=cwd, env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        deadline = time.monotonic() + 120
        while url is None and time.monotonic() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            if line.startswith("serving ") and " at " in line:
                url = line.split(" at ", 1)[1].split()[0]
        assert url, f"serve printed no address: {server.stderr.read() if server.poll() is not None else ''}"
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.status == 200
            assert b"<html" in response.read()
        server.send_signal(stop)
        out, err = server.communicate(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert server.returncode == 0, err
    assert "Traceback" not in err, err
