"""Work in forked processes: results come back in order, and a failure on either side is reported."""

from __future__ import annotations

import os

import pytest

from sitegen.parallel import WorkerFailed, interleave, jobs_within, resident_bytes, run_beside, run_chunks, run_streamed


class UserFacing(Exception):
    reraise_in_parent = True  # like OutputProblem: raised again in the parent as itself


def test_chunks_run_in_several_processes_and_come_back_in_order():
    items = list(range(300))
    results = run_chunks(lambda chunk: [(item, os.getpid()) for item in chunk], items, 2)
    assert [item for item, _ in interleave(results, len(items))] == items
    assert len({pid for chunk in results for _, pid in chunk}) == 2


def test_the_background_task_runs_in_another_process_beside_the_foreground_one():
    there, here = run_beside(lambda: ("background", os.getpid()), lambda: ("foreground", os.getpid()))
    assert there[0] == "background" and here == ("foreground", os.getpid())
    assert there[1] != os.getpid()


def test_a_bug_in_the_background_task_is_reported_with_its_traceback():
    def broken():
        raise KeyError("missing")

    with pytest.raises(WorkerFailed, match="KeyError: 'missing'"):
        run_beside(broken, lambda: "fine")


def test_an_error_meant_for_the_user_comes_back_as_itself():
    def full_disk():
        raise UserFacing("no space left on the device")

    with pytest.raises(UserFacing, match="no space left"):
        run_beside(full_disk, lambda: "fine")


def test_the_foreground_error_is_the_one_raised_and_the_background_process_is_reaped(tmp_path):
    def background():
        (tmp_path / "pid").write_text(str(os.getpid()))
        return "fine"

    def broken_here():
        raise ValueError("here")

    with pytest.raises(ValueError, match="here"):
        run_beside(background, broken_here)
    with pytest.raises(ChildProcessError):  # waited for already: no zombie left behind
        os.waitpid(int((tmp_path / "pid").read_text()), os.WNOHANG)


def test_streamed_work_comes_back_in_order_with_a_report_of_each_batch():
    items = list(range(1000))
    reports = []
    results = run_streamed(lambda item: (item, os.getpid()), items, 2, report=os.getpid, absorb=reports.append,
                           batch=7)
    assert [item for item, _ in results] == items
    assert len(reports) == sum(-(-len(items[i::2]) // 7) for i in range(2))  # one per batch sent
    assert os.getpid() not in reports and {pid for _, pid in results} == set(reports)


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_work_takes_a_second_step_a_batch_at_a_time_where_it_was_made(jobs):
    """``then`` sees each batch whole, after ``each`` made it, in the process that made it."""
    items = list(range(300))

    def then(batch):
        return [(item, len(batch), pid, os.getpid()) for item, pid in batch]

    results = run_streamed(lambda item: (item, os.getpid()), items, jobs, batch=64, then=then)
    assert [item for item, *_ in results] == items
    assert all(size <= 64 for _, size, _, _ in results) and max(size for _, size, _, _ in results) == 64
    assert all(made == stepped for _, _, made, stepped in results)
    assert ({made for _, _, made, _ in results} == {os.getpid()}) == (jobs == 1)


def test_streamed_work_runs_in_this_process_when_one_is_asked_for():
    reports = []
    results = run_streamed(lambda item: os.getpid(), list(range(10)), 1, report=os.getpid, absorb=reports.append)
    assert set(results) == {os.getpid()} and reports == []


def _raise_missing():
    raise KeyError("missing")


def _raise_full_disk():
    raise UserFacing("no space left on the device")


@pytest.mark.parametrize("fail, expected, message", [
    (_raise_missing, WorkerFailed, "KeyError: 'missing'"),  # a bug: reported with its traceback
    (_raise_full_disk, UserFacing, "no space left"),  # meant for the user: comes back as itself
    (lambda: os._exit(3), WorkerFailed, "died without a result"),  # a worker that dies
])
def test_a_failing_streaming_worker_is_reported(fail, expected, message):
    def each(item):
        if item == 501:
            fail()
        return item

    with pytest.raises(expected, match=message):
        run_streamed(each, list(range(1000)), 2)


def test_the_memory_bound_decides_how_many_processes_a_step_forks():
    here = resident_bytes()
    assert here > 0
    assert jobs_within(4, budget=here) == 1  # a fork would count this process's memory twice
    assert jobs_within(4, budget=2 * here) == 1  # and each process grows while it works
    assert jobs_within(2, budget=3 * here) == 2
    assert jobs_within(4, budget=100 * here) == 4
