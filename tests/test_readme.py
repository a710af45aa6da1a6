"""README's terminal samples are what the commands print: each is run on the example digest and compared
line by line, times, clocks and ports aside."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, run_sitegen

IZIUM = "content/articles/2022/09/izium-russian-troops-abandon-weapons.md"


def samples(command: str) -> list[list[str]]:
    """README's fenced blocks that start with ``$ <command>``: their lines after that one."""
    blocks = re.findall(r"```\n\$ (.+?)\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    return [body.rstrip("\n").split("\n") for typed, body in blocks if typed == command]


def normalized(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = re.sub(r"\b\d+(\.\d+)? (s|ms)\b", "<time>", line)
        line = re.sub(r"^\d\d:\d\d:\d\d ", "<clock> ", line)
        line = re.sub(r"http://127\.0\.0\.1:\d+/", "<address>", line)
        out.append(line)
    return out


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The example digest as README's reader has it: content/ and themes/ of the repository."""
    site = tmp_path / "digest"
    for folder in ("content", "themes"):
        shutil.copytree(REPO / folder, site / folder)
    return site


def edited(site: Path, rel: str, old: str, new: str) -> None:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def output(result: subprocess.CompletedProcess) -> list[str]:
    return (result.stderr + result.stdout).rstrip("\n").split("\n")


def test_the_build_samples_are_what_sitegen_build_prints(example):
    success, failure = samples("sitegen build")
    built = run_sitegen("build", cwd=example)
    assert built.returncode == 0 and not built.stderr, built.stderr
    assert normalized(output(built)) == normalized(success)
    edited(example, IZIUM, "- speaker: volodymyr-zelensky", "- speaker: zelenskyy")
    failed = run_sitegen("build", cwd=example)
    assert failed.returncode == 1
    assert normalized(output(failed)) == normalized(failure)


def test_the_quote_warning_sample_is_what_sitegen_check_prints(example):
    (warning,) = samples("sitegen check")
    edited(example, IZIUM, 'the beginning of the end for Russian occupants"', 'the beginning of the end for the occupiers"')
    checked = run_sitegen("check", cwd=example)
    assert checked.returncode == 0
    assert normalized(output(checked)) == normalized(warning)


def test_the_serve_sample_is_what_sitegen_serve_prints(example):
    (sample,) = samples("sitegen serve")
    server = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "--port", "0"], cwd=example,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={k: v for k, v in os.environ.items() if k != "COLUMNS"})
    try:
        lines = [server.stdout.readline().rstrip("\n") for _ in range(3)]
        time.sleep(0.5)  # the watcher is running before the first build; let a save land after it
        note = example / "content/notes/dates.md"  # a sentence added at the end of a note
        note.write_text(note.read_text(encoding="utf-8") + "\nAn editor's new sentence.\n", encoding="utf-8")
        lines.append(server.stdout.readline().rstrip("\n"))
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert normalized(lines) == normalized(sample)
