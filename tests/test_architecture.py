"""The layers of docs/architecture.md hold: import-linter's contracts in pyproject.toml pass, cover every
module, and do catch an import that points up."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import REPO


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                           "sys.exit(lint_imports_command())"], cwd=root, env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_layers_hold():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_module_of_the_package_is_in_a_layer():
    contracts = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layered = {name.strip() for contract in contracts for layer in contract["layers"]
               for name in re.split(r"[|:]", layer)}
    package = REPO / "sitegen"
    modules = {f"sitegen.{path.stem}" for path in package.glob("*.py") if path.stem not in ("__init__", "__main__")}
    modules |= {f"sitegen.{path.parent.name}" for path in package.glob("*/__init__.py")}
    assert modules - layered == set(), "a module no layer names escapes the contracts"


def test_an_import_that_points_up_breaks_the_contract(tmp_path):
    copy = tmp_path / "tree"
    shutil.copytree(REPO / "sitegen", copy / "sitegen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    site_module = copy / "sitegen/model/site.py"
    site_module.write_text(site_module.read_text() + "\nimport sitegen.pages  # the model reaching up\n")
    result = lint_imports(copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and "sitegen.model.site -> sitegen.pages" in result.stdout
