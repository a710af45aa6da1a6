"""Faults lose nothing: a build killed at any moment, a full disk or a read-only output keeps the last good
site, stale temp folders are cleaned up, and the next build completes and equals a clean build.

The kill tests build a generated ~2,000-article site (benchmarks.corpus) in a subprocess and SIGKILL it
after a random delay; set SITEGEN_FAULT_ARTICLES, SITEGEN_FAULT_KILLS and SITEGEN_FAULT_SEED to change the
size, the number of kills and the delays. The full-disk and read-only tests mount a small tmpfs or a
read-only bind mount when the test runs as root with CAP_SYS_ADMIN; the in-process tests simulate the same
errors everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, write

sys.path.insert(0, str(REPO))  # benchmarks/ lives beside tests/
from benchmarks.corpus import edit_one_article, generate_site  # noqa: E402

import sitegen.output.files as output_files_module  # noqa: E402  (where files are compared)
import sitegen.output.writer as writer_module  # noqa: E402
from sitegen.build import build  # noqa: E402
from sitegen.output import MANIFEST, MARKER, OutputWriter  # noqa: E402

ARTICLES = int(os.environ.get("SITEGEN_FAULT_ARTICLES", "2000"))
KILLS = int(os.environ.get("SITEGEN_FAULT_KILLS", "4"))
SEED = int(os.environ.get("SITEGEN_FAULT_SEED", "20220224"))


# -- helpers --------------------------------------------------------------------------------------------

def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative path → digest of its bytes (a tree is compared whole)."""
    found = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = hashlib.blake2b(handle.read(), digest_size=16).hexdigest()
    return found


def describe_difference(a: dict, b: dict) -> str:
    only_a, only_b = sorted(a.keys() - b.keys()), sorted(b.keys() - a.keys())
    changed = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
    return f"{len(only_a)} only before {only_a[:3]}, {len(only_b)} only after {only_b[:3]}, {len(changed)} differ {changed[:3]}"


def leftovers(output: Path) -> list[str]:
    """Temp folders of builds beside the output."""
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}.sitegen-"))


def committed_staging(output: Path) -> bool:
    return any((output.parent / name / MANIFEST).is_file() for name in leftovers(output))


def sitegen_build(site: Path, output: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "sitegen", "build", str(site), "--output", str(output), *extra]


def run_to_completion(cmd: list[str], log: Path) -> float:
    started = time.monotonic()
    with open(log, "wb") as handle:
        result = subprocess.run(cmd, cwd=REPO, stdout=handle, stderr=subprocess.STDOUT, timeout=1800)
    assert result.returncode == 0, log.read_text("utf-8", "replace")[-3000:]
    assert b"Traceback" not in log.read_bytes()
    return time.monotonic() - started


def _group_alive(pgid: int) -> bool:
    """Whether a process of the group is still running (zombies do not count: nobody may reap them here)."""
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != b"Z":
            return True
    return False


def kill_after(cmd: list[str], delay: float, whole_group: bool, output: Path, log: Path):
    """Start a build, SIGKILL it (the main process, or it and its workers) after ``delay`` seconds.
    Returns (finished on its own, the output's snapshot right after the kill)."""
    with open(log, "wb") as handle:
        process = subprocess.Popen(cmd, cwd=REPO, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            process.wait(timeout=delay)
            return True, snapshot(output)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL) if whole_group else os.kill(process.pid, signal.SIGKILL)
            process.wait()
        state = snapshot(output)
        if not whole_group:
            # Orphaned workers go on rendering into the dead build's temp folder, never into the output.
            deadline = time.monotonic() + 300
            while _group_alive(process.pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _group_alive(process.pid):
                os.killpg(process.pid, signal.SIGKILL)
            assert snapshot(output) == state, "a worker of a killed build changed the output"
        return False, state


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "site"
    generate_site(folder, articles=ARTICLES, speakers=200, notes=200, seed=1)
    return folder


@pytest.fixture
def corpus_site(corpus: Path, tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(corpus, site)
    return site


def _retitle(site: Path, version: int) -> None:
    """A site-wide change: every page shows the site's title, so every page's bytes change."""
    path = site / "content/site.yaml"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("title:")]
    path.write_text("\n".join([f"title: Digest, version {version}"] + lines) + "\n", "utf-8")


def _retitle_articles(site: Path) -> None:
    """Changes that an incremental build handles: each article's title (its page, lists, feeds)."""
    for path in (site / "content/articles").rglob("*.md"):
        text = path.read_text("utf-8")
        path.write_text(text.replace("\ntitle: ", "\ntitle: Updated ", 1), "utf-8")


def _edit(site: Path, rng: random.Random, version: int) -> None:
    """An editor's change: a quote added, an article added, or an added article deleted again."""
    kind = rng.choice(["quote", "quote", "add", "delete"])
    added = sorted((site / "content/articles/added").glob("*.md"))
    if kind == "delete" and added:
        rng.choice(added).unlink()
    elif kind in ("add", "delete"):
        write(site / f"content/articles/added/fault-{version}.md",
              f"---\ntitle: Added article {version}\ndate: 2023-05-{version % 28 + 1:02d}\nsource:\n  outlet: X\n"
              f"  url: https://example.org/{version}\ntags: [fault-injection, tag-{version}]\n---\nBody {version}.\n")
    else:
        for _ in range(20):
            try:
                edit_one_article(site, rng)
                return
            except ValueError:  # an article without quotes
                continue


# -- SIGKILL --------------------------------------------------------------------------------------------

def test_a_full_build_killed_at_random_moments_leaves_the_last_good_site_and_the_next_build_is_clean(
        corpus_site, tmp_path):
    rng = random.Random(SEED)
    output = tmp_path / "public"
    cmd = sitegen_build(corpus_site, output, "--no-cache")
    duration = run_to_completion(cmd, tmp_path / "first.log")
    good = snapshot(output)
    assert MARKER in good
    outcomes = []
    for version in range(1, KILLS + 1):
        _retitle(corpus_site, version)
        delay = rng.uniform(0.1, duration * 1.1)
        whole_group = rng.random() < 0.5
        finished, state = kill_after(cmd, delay, whole_group, output, tmp_path / f"kill-{version}.log")
        where = f"seed {SEED}, version {version}, killed {'group' if whole_group else 'main'} after {delay:.2f} s"
        outcomes.append("finished" if finished else "previous" if state == good else "new")
        if state != good:
            # Only a whole new build may have replaced the last good one: building the same content again
            # (every build here is a full one) must not change a byte.
            run_to_completion(cmd, tmp_path / f"after-{version}.log")
            assert snapshot(output) == state, f"{where}: the output was half a build: " + describe_difference(
                snapshot(output), state)
            good = state
    run_to_completion(cmd, tmp_path / "last.log")
    final = snapshot(output)
    assert leftovers(output) == [], "stale temp folders were not cleaned up"
    clean = tmp_path / "clean"
    run_to_completion(sitegen_build(corpus_site, clean, "--no-cache"), tmp_path / "clean.log")
    assert final == snapshot(clean), describe_difference(final, snapshot(clean))
    print(f"full builds ({duration:.1f} s each), kills: {outcomes}")


def test_an_incremental_build_killed_at_random_moments_ends_as_one_whole_build_equal_to_a_clean_one(
        corpus_site, tmp_path):
    rng = random.Random(SEED + 1)
    output = tmp_path / "public"
    cmd = sitegen_build(corpus_site, output)  # with the cache: each build after the first is incremental
    run_to_completion(cmd, tmp_path / "first.log")
    durations = []
    for version in (1001, 1002):  # how long an incremental build takes here, for the kill delays
        _edit(corpus_site, rng, version)
        durations.append(run_to_completion(cmd, tmp_path / f"measure-{version}.log"))
    duration = min(durations)
    good = snapshot(output)
    outcomes = []
    for version in range(1, 2 * KILLS + 1):
        _edit(corpus_site, rng, version)
        if version % 4 == 0:
            _retitle(corpus_site, version)  # now and then a change that rewrites every page
        delay = rng.uniform(0.05, duration * 1.3)
        whole_group = rng.random() < 0.5
        finished, state = kill_after(cmd, delay, whole_group, output, tmp_path / f"kill-{version}.log")
        committed = committed_staging(output)
        run_to_completion(cmd, tmp_path / f"after-{version}.log")  # completes a committed build first
        new = snapshot(output)
        where = f"seed {SEED + 1}, version {version}, killed {'group' if whole_group else 'main'} after {delay:.2f} s"
        # Before the commit point the output is the previous build; after it, the next run finishes moving
        # the new one in; a killed build never leaves anything else.
        assert state in (good, new) or committed, f"{where}: " + describe_difference(good, state)
        assert leftovers(output) == [], f"{where}: stale temp folders were not cleaned up"
        outcomes.append("finished" if finished else "previous" if state == good else "new" if state == new
                        else "committed, completed by the next run")
        good = new
    clean = tmp_path / "clean"
    run_to_completion(sitegen_build(corpus_site, clean, "--no-cache"), tmp_path / "clean.log")
    assert good == snapshot(clean), describe_difference(good, snapshot(clean))
    print(f"incremental builds ({duration:.1f} s), kills: {outcomes}")


# -- stale temp folders ---------------------------------------------------------------------------------

def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_temp_folders_of_dead_builds_are_removed_and_a_running_builds_are_not(site, tmp_path):
    output = tmp_path / "public"
    assert build(site, output).ok
    good = snapshot(output)
    dead, sleeper = _dead_pid(), subprocess.Popen(["sleep", "60"])
    try:
        for name in (f".public.sitegen-new-{dead}", f".public.sitegen-old-{dead}", f".public.sitegen-new-{sleeper.pid}"):
            write(tmp_path / name / "articles/x/index.html", "stale")
        assert build(site, output, use_cache=False).ok
        assert leftovers(output) == [f".public.sitegen-new-{sleeper.pid}"]
        assert snapshot(output) == good
    finally:
        sleeper.kill()
        sleeper.wait()
    assert build(site, output, use_cache=False).ok
    assert leftovers(output) == []


def test_a_build_that_finds_nothing_changed_cleans_up_too(site, tmp_path):
    output = tmp_path / "public"
    assert build(site, output).ok
    write(tmp_path / f".public.sitegen-new-{_dead_pid()}" / "index.html", "stale")
    result = build(site, output)
    assert result.ok and result.written == []
    assert leftovers(output) == []


def test_a_committed_build_of_a_killed_run_is_completed_before_the_next_build(site, tmp_path):
    output = tmp_path / "public"
    assert build(site, output).ok
    _retitle_articles(site)
    assert build(site, tmp_path / "clean", use_cache=False).ok
    good = snapshot(tmp_path / "clean")
    staging = tmp_path / f".public.sitegen-new-{_dead_pid()}"
    write(staging / "index.html", "<p>half of a killed build</p>")
    write(staging / "extra/index.html", "<p>a page the killed build added</p>")
    write(staging / MANIFEST, json.dumps({"write": ["index.html", "extra/index.html", "gone.html"],
                                          "remove": ["feed.xml"]}))
    result = build(site, output)
    assert result.ok, result.problems
    assert leftovers(output) == []
    # The killed build's files were moved in, then every page compared with this build's: the output is
    # this build's, without the page the killed build added.
    assert snapshot(output) == good


def test_a_manifest_naming_files_outside_the_output_is_never_applied(site, tmp_path):
    output = tmp_path / "public"
    assert build(site, output).ok
    staging = tmp_path / f".public.sitegen-new-{_dead_pid()}"
    write(staging / "x.html", "x")
    write(staging / MANIFEST, json.dumps({"write": ["../escaped.html"], "remove": ["../../victim.txt"]}))
    victim = write(tmp_path.parent / "victim.txt", "keep")
    assert build(site, output, use_cache=False).ok
    assert victim.read_text() == "keep" and not (tmp_path / "escaped.html").exists()
    assert leftovers(output) == []


# -- a full disk ----------------------------------------------------------------------------------------

def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); the in-process tests cover it")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _big_article(site: Path, megabytes: float) -> Path:
    paragraph = "Shelling continued overnight near the front line, officials said. " * 20
    body = "\n\n".join([paragraph] * int(megabytes * 1024 * 1024 / len(paragraph)))
    settings = site / "content/site.yaml"  # a site that allows such an article (past the default max_file_kb)
    write(settings, settings.read_text(encoding="utf-8") + f"max_file_kb: {int(megabytes * 1024) + 1024}\n")
    return write(site / "content/articles/big-report.md", "---\ntitle: A very long report\ndate: 2022-05-01\n"
                 "source:\n  outlet: X\n  url: https://example.org/big\n---\n" + body + "\n")


@pytest.mark.parametrize("use_cache", [False, True], ids=["full", "incremental"])
def test_a_full_disk_is_a_clear_error_and_keeps_the_last_good_site(site, small_disk, use_cache):
    output = small_disk / "public"
    assert build(site, output, use_cache=use_cache).ok
    good = snapshot(output)
    big = _big_article(site, 1.5)
    result = build(site, output, use_cache=use_cache)
    assert not result.ok
    messages = [p.message for p in result.problems if p.severity == "error"]
    assert any("the disk is full while writing" in m and "the last good site is kept" in m for m in messages), messages
    assert snapshot(output) == good
    assert leftovers(output) == []  # and its space is given back
    big.unlink()
    assert build(site, output, use_cache=use_cache).ok


def _failing_writes(monkeypatch, error: int, after: int = 0, only_children: bool = False):
    """Make the writer's file writes fail with ``error`` after ``after`` successful ones."""
    real_open = open
    parent = os.getpid()
    count = [0]

    def failing_open(path, mode="r", *args, **kwargs):
        if "w" in mode and (not only_children or os.getpid() != parent):
            count[0] += 1
            if count[0] > after:
                raise OSError(error, os.strerror(error), str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(writer_module, "open", failing_open, raising=False)


@pytest.mark.parametrize("use_cache", [False, True], ids=["full", "incremental"])
@pytest.mark.parametrize("error, expected", [
    (errno.ENOSPC, "the disk is full while writing"),
    (errno.EROFS, "no permission to write"),
    (errno.EACCES, "no permission to write"),
    (errno.EIO, "cannot write"),
])
def test_a_failing_write_is_a_clear_error_and_keeps_the_last_good_site(site, tmp_path, monkeypatch, use_cache,
                                                                      error, expected):
    output = tmp_path / "public"
    assert build(site, output, use_cache=use_cache).ok
    good = snapshot(output)
    _retitle(site, 1)
    _failing_writes(monkeypatch, error, after=5)
    result = build(site, output, use_cache=use_cache)
    assert not result.ok
    assert [p.message for p in result.problems if p.severity == "error" and expected in p.message
            and "the last good site is kept" in p.message], result.problems
    assert snapshot(output) == good and leftovers(output) == []
    monkeypatch.undo()
    assert build(site, output, use_cache=use_cache).ok


def _many_articles(site: Path, count: int) -> None:
    for index in range(count):
        write(site / f"content/articles/many/many-{index}.md",
              f"---\ntitle: Report {index}\ndate: 2022-06-{index % 28 + 1:02d}\nsource:\n  outlet: X\n"
              f"  url: https://example.org/many/{index}\ntags: [many-{index % 9}]\n---\nBody {index}.\n")


def test_a_full_disk_in_a_build_worker_is_the_same_clear_error(site, tmp_path, monkeypatch):
    _many_articles(site, 450)  # enough pages to render in several processes
    output = tmp_path / "public"
    assert build(site, output, use_cache=False, jobs=2).ok
    good = snapshot(output)
    _retitle(site, 1)
    _failing_writes(monkeypatch, errno.ENOSPC, only_children=True)
    result = build(site, output, use_cache=False, jobs=2)
    assert not result.ok
    errors = [p.message for p in result.problems if p.severity == "error"]
    assert errors and all("Traceback" not in m for m in errors), errors
    assert any("the disk is full while writing" in m for m in errors), errors
    assert snapshot(output) == good and leftovers(output) == []


def test_a_failure_while_moving_a_committed_build_in_is_completed_by_the_next_build(site, tmp_path, monkeypatch):
    output = tmp_path / "public"
    assert build(site, output).ok
    _retitle_articles(site)
    real_replace, moved = os.replace, [0]

    def failing_replace(source, target, *args, **kwargs):
        if str(target).startswith(str(output) + os.sep) and not str(target).endswith(".tmp"):
            moved[0] += 1
            if moved[0] > 3:
                raise OSError(errno.EIO, os.strerror(errno.EIO), str(target))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(writer_module.os, "replace", failing_replace)
    result = build(site, output)
    monkeypatch.undo()
    assert not result.ok
    assert any("the next build, which completes it first" in p.message for p in result.problems), result.problems
    assert committed_staging(output)
    assert build(site, output).ok
    assert leftovers(output) == []
    clean = tmp_path / "clean"
    assert build(site, clean, use_cache=False).ok
    assert snapshot(output) == snapshot(clean)


def test_without_an_atomic_exchange_a_failed_swap_puts_the_last_good_site_back(site, tmp_path, monkeypatch):
    output = tmp_path / "public"
    assert build(site, output, use_cache=False).ok
    good = snapshot(output)
    _retitle(site, 1)
    monkeypatch.setattr(writer_module, "exchange", lambda a, b: False)
    real_rename = os.rename

    def failing_rename(source, target, *args, **kwargs):
        if Path(target) == output and ".sitegen-new-" in str(source):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(target))
        return real_rename(source, target, *args, **kwargs)

    monkeypatch.setattr(writer_module.os, "rename", failing_rename)
    result = build(site, output, use_cache=False)
    assert not result.ok
    assert snapshot(output) == good and leftovers(output) == []


# -- a read-only output ---------------------------------------------------------------------------------

@pytest.fixture
def read_only_mount(tmp_path):
    mounted = []

    def make_read_only(folder: Path) -> None:
        if not (_mount("--bind", str(folder), str(folder)) and _mount("-o", "remount,bind,ro", str(folder))):
            subprocess.run(["umount", str(folder)], capture_output=True)
            pytest.skip("cannot bind-mount read-only here (needs root with CAP_SYS_ADMIN); "
                        "the in-process tests cover it")
        mounted.append(folder)

    yield make_read_only
    for folder in mounted:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.parametrize("use_cache", [False, True], ids=["full", "incremental"])
def test_a_read_only_output_is_a_clear_error_and_keeps_the_last_good_site(site, tmp_path, read_only_mount,
                                                                        use_cache):
    deploy = tmp_path / "deploy"
    output = deploy / "public"
    assert build(site, output, use_cache=use_cache).ok
    good = snapshot(output)
    _retitle(site, 1)
    read_only_mount(deploy)
    result = build(site, output, use_cache=use_cache)
    assert not result.ok
    messages = [p.message for p in result.problems if p.severity == "error"]
    assert any("Read-only file system" in m and "writable" in m for m in messages), messages
    assert snapshot(output) == good
    subprocess.run(["umount", str(deploy)], check=True)
    assert build(site, output, use_cache=use_cache).ok
    assert snapshot(output) != good


def test_the_writer_keeps_nothing_behind_when_the_build_fails(tmp_path):
    output = tmp_path / "public"
    with pytest.raises(RuntimeError):
        with OutputWriter(output) as writer:
            writer.write("index.html", b"<p>new</p>")
            raise RuntimeError("a build error")
    assert not output.exists() and leftovers(output) == []


def test_a_large_file_is_kept_only_when_every_byte_is_the_same(tmp_path, monkeypatch):
    """The writer compares a file with the previous output's a block at a time (a 50,000-article site's
    timeline.json is 38 MB): a difference in any block, the last one too, writes the file."""
    monkeypatch.setattr(output_files_module, "_COMPARE_BLOCK", 1024)
    output = tmp_path / "public"
    data = bytes(range(256)) * 20  # five blocks
    with OutputWriter(output) as writer:
        writer.write("timeline.json", data)
        writer.write("other.json", data)
        writer.commit()
    changed = data[:-1] + b"x"
    with OutputWriter(output, incremental=True) as writer:
        writer.write("timeline.json", data)
        writer.write("other.json", changed)
        writer.commit()
        assert writer.kept == ["timeline.json"] and writer.written == ["other.json"]
    assert (output / "other.json").read_bytes() == changed
