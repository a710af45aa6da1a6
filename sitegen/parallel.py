"""Run a function over chunks of work in forked processes, the calling process taking a share
(``run_chunks``), or one task in a forked process beside another in this one (``run_beside``).

Forking after the model is built lets workers read it without pickling it; the calling process works too,
so two cores mean two busy processes (and summed memory counts two copies, not three). Where fork is not
available the work runs in this process.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import os
import pickle
import selectors
import signal
import sys
import traceback
from typing import Callable, Iterator, Sequence

MIN_ITEMS_PER_PROCESS = 64  # below this a fork costs more than it saves


def default_jobs() -> int:
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        count = os.cpu_count() or 1
    return max(1, min(count, 8))


@contextlib.contextmanager
def collector_paused():
    """The cyclic garbage collector off for a step that makes many objects and no garbage cycles: its
    collections would scan everything made so far, again and again (loading the parse cache, assembling
    the model). Cycles made meanwhile are collected afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def freeze_survivors() -> None:
    """What was made so far lives until the build ends (records, the model): out of the cyclic collector's
    way, so that its full collections do not scan it again and again, and forked workers share its pages
    instead of copying those the collector would touch."""
    gc.freeze()


FREEZE_EVERY = 512  # results collected between two freeze_survivors() in run_streamed


def resident_bytes() -> int:
    """This process's resident memory (Linux; 0 where /proc does not tell)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def jobs_within(jobs: int, budget: int, growth: float = 1.25) -> int:
    """How many processes, this one included, a step may use within ``budget`` bytes summed: a forked
    worker starts with as much resident memory as this process has now (the kernel counts every shared
    page in both), and each grows by about a quarter while it renders."""
    resident = resident_bytes()
    if resident <= 0:
        return jobs
    return max(1, min(jobs, int(budget // (resident * growth))))


class WorkerFailed(Exception):
    pass


def run_chunks(func: Callable[[Sequence], object], items: Sequence, jobs: int) -> list:
    """``func`` over ``jobs`` interleaved chunks of ``items``; returns each chunk's result, chunk 0 first."""
    jobs = max(1, min(jobs, len(items) // MIN_ITEMS_PER_PROCESS or 1))
    if jobs == 1 or not _can_fork():
        return [func(items)]
    chunks = [items[i::jobs] for i in range(jobs)]
    children = [_fork(functools.partial(func, chunk)) for chunk in chunks[1:]]
    try:
        first = func(chunks[0])
    except BaseException:
        _reap(children)  # this process's exception is the one reported
        raise
    return [first, *_collect(children)]


def _same(results: list) -> list:
    return results


def run_streamed(each: Callable[[object], object], items: Sequence, jobs: int,
                 report: Callable[[], object] | None = None, absorb: Callable[[object], None] = lambda report: None,
                 batch: int = 256, then: Callable[[list], list] = _same,
                 done: Callable[[int], None] = lambda count: None) -> list:
    """``each`` over ``items`` in ``jobs`` forked workers while this process collects: a worker sends its
    results in batches as it makes them, so neither it nor this process holds a backlog (a worker that
    returned half a site's parsed files at once held them twice while they crossed, and this process made
    its own half among the garbage of making them). ``then`` takes each batch of results where it was made
    and gives what is sent instead: a second kind of work done a batch at a time. Returns the results in
    the items' order. ``report()``, in a worker, gives what it has to say of the batch it just sent (what
    ``then`` did besides its results); it is handed to ``absorb`` here as it arrives, a batch at a time, so
    that no worker ends by sending all it did at once (nothing is reported when the work runs in this
    process). ``done(count)`` is told, here, of each batch of results that arrives. The results are kept
    for the rest of the build: they are frozen out of the collector as they come (freeze_survivors)."""
    jobs = max(1, min(jobs, len(items) // MIN_ITEMS_PER_PROCESS or 1))
    if jobs == 1 or not _can_fork():
        results = []
        for made in _batches(each, items, batch, then):
            results += made
            done(len(made))
            if len(results) % FREEZE_EVERY < len(made):
                freeze_survivors()
        return results
    workers = [_fork_streaming(each, items[i::jobs], report, batch, then) for i in range(jobs)]
    results: list[list] = [[] for _ in workers]
    raised, failures = None, []
    selector = selectors.DefaultSelector()
    pipes = {}
    for index, (pid, read_fd) in enumerate(workers):
        pipe = os.fdopen(read_fd, "rb")
        pipes[index] = pipe
        selector.register(pipe, selectors.EVENT_READ, index)
    collected = 0
    try:
        open_pipes = len(pipes)
        while open_pipes:
            for key, _ in selector.select():
                index = key.data
                try:
                    with collector_paused():  # the results are kept: collecting while they load finds nothing
                        kind, value = pickle.load(pipes[index])
                except Exception:  # EOF or a torn message: the worker died
                    kind, value = "died", None
                if kind == "batch":
                    made, said = value
                    results[index].extend(made)
                    if report is not None:
                        absorb(said)
                    done(len(made))
                    collected += len(made)
                    if collected % FREEZE_EVERY < len(made):
                        freeze_survivors()
                    continue
                if kind == "raise":
                    raised = raised or value
                elif kind == "error":
                    failures.append(value)
                elif kind != "done":
                    failures.append("a worker process died without a result")
                selector.unregister(pipes[index])
                open_pipes -= 1
    finally:
        selector.close()
        for index, (pid, _) in enumerate(workers):
            pipes[index].close()
            os.waitpid(pid, 0)
    _raise_failures(raised, failures)
    return interleave(results, len(items))


def _batches(each, items: Sequence, batch: int, then) -> Iterator[list]:
    """``then`` of each batch of ``each``'s results, as it is made."""
    for start in range(0, len(items), batch):
        yield then([each(item) for item in items[start:start + batch]])


def _fork_streaming(each, chunk: Sequence, report, batch: int, then) -> tuple[int, int]:
    """A forked worker for run_streamed: (pid, the pipe to read its messages from)."""
    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid != 0:
        os.close(write_fd)
        return pid, read_fd
    os.close(read_fd)
    status = 0
    _die_with_parent(parent)
    try:
        with os.fdopen(write_fd, "wb") as pipe:
            try:
                for made in _batches(each, chunk, batch, then):
                    said = report() if report is not None else None
                    pickle.dump(("batch", (made, said)), pipe, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(("done", None), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:
                status = 1
                pickle.dump(_failure(exc), pipe)
    finally:
        os._exit(status)


def run_beside(background: Callable[[], object], foreground: Callable[[], object]) -> tuple[object, object]:
    """``background()`` in a forked process while this one runs ``foreground()``; both results. The
    background result is pickled back: keep it small."""
    if not _can_fork():
        return background(), foreground()
    child = _fork(background)
    try:
        here = foreground()
    except BaseException:
        _reap([child])
        raise
    (there,) = _collect([child])
    return there, here


def _can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def _fork(task: Callable[[], object]) -> tuple[int, int]:
    """Start ``task`` in a forked child that sends its pickled result back: (pid, the pipe to read)."""
    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: compute, send the pickled result, leave without running the parent's cleanup
        os.close(read_fd)
        status = 0
        _die_with_parent(parent)
        try:
            payload = pickle.dumps(("ok", task()), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:
            payload = pickle.dumps(_failure(exc))
            status = 1
        try:
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(status)
    os.close(write_fd)
    return pid, read_fd


def _failure(exc: BaseException) -> tuple[str, object]:
    """A worker's message for its exception: one meant for the user (a full disk while writing) is raised
    again in the parent as itself; anything else is a bug, reported with its traceback."""
    if getattr(exc, "reraise_in_parent", False):
        return "raise", exc
    return "error", traceback.format_exc()


def _raise_failures(raised: BaseException | None, failures: list[str]) -> None:
    """What the workers' failures amount to in the parent: WorkerFailed for any bug or death, else the
    first exception meant for the user."""
    if failures:
        raise WorkerFailed("\n".join(failures))
    if raised is not None:
        raise raised


def _reap(children: list[tuple[int, int]]) -> None:
    """Wait for the children and drop what they send."""
    for pid, read_fd in children:
        with os.fdopen(read_fd, "rb") as pipe:
            pipe.read()
        os.waitpid(pid, 0)


def _collect(children: list[tuple[int, int]]) -> list:
    """Each child's result, in order; a child's exception meant for the user is raised again here, and
    any other failure raises WorkerFailed."""
    results: list = [None] * len(children)
    raised = None
    failures = []
    for index, (pid, read_fd) in enumerate(children):
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        try:
            with collector_paused():  # a worker's results are kept: collecting while they load finds nothing
                kind, value = pickle.loads(data)
        except Exception:
            failures.append("a worker process died without a result")
            continue
        if kind == "ok":
            results[index] = value
        elif kind == "raise":
            raised = raised or value
        else:
            failures.append(value)
    _raise_failures(raised, failures)
    return results


@functools.lru_cache(maxsize=1)
def libc() -> ctypes.CDLL | None:
    """The C library, for prctl and renameat2: the process's own symbols, which include it. Not through
    ``ctypes.util.find_library``, which runs ``ldconfig`` in a subprocess: from a forked worker that
    briefly doubled the worker's counted memory, and it cost every build a few milliseconds."""
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - not a dynamically linked Unix
        return None


def _die_with_parent(parent: int) -> None:
    """Linux: this worker is killed when the build that forked it dies (a SIGKILLed build leaves no workers
    rendering on into its temp folder)."""
    try:
        libc().prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def interleave(results: list[list], total: int) -> list:
    """Undo run_chunks' interleaving for per-item results."""
    jobs = len(results)
    out = [None] * total
    for index, chunk in enumerate(results):
        out[index::jobs] = chunk
    return out
