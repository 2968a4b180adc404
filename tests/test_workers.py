"""Issue 16: the web process's background work runs behind one small runner (``rihai.workers``).
Timing is bounded: jobs are woken rather than waited for, and no test sleeps more than briefly."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from rihai.workers import Runner

WAIT = 10.0  # an upper bound for a thread to react; the tests pass in milliseconds


def test_a_job_runs_when_woken_and_not_before():
    runner = Runner()
    ran = threading.Event()
    job = runner.add("wakeable", ran.set)  # no interval: only when woken
    try:
        assert job.alive and job is runner.job("wakeable")
        assert not ran.wait(0.1)
        assert runner.wake("wakeable") is True
        assert ran.wait(WAIT)
    finally:
        runner.stop(WAIT)
    assert not job.alive


def test_a_job_runs_on_its_interval_and_first_at_once_when_asked():
    runner = Runner()
    runs: list[int] = []
    three = threading.Event()

    def work() -> None:
        runs.append(1)
        if len(runs) >= 3:
            three.set()

    runner.add("ticking", work, every=0.02, first=0)
    try:
        assert three.wait(WAIT)
    finally:
        runner.stop(WAIT)


def test_a_first_delay_given_as_a_function_is_asked_in_the_jobs_thread():
    runner = Runner()
    asked_in: list[str] = []
    ran = threading.Event()

    def first() -> float:
        asked_in.append(threading.current_thread().name)
        return 0.0

    runner.add("checks-first", ran.set, every=3600, first=first)
    try:
        assert ran.wait(WAIT)
    finally:
        runner.stop(WAIT)
    assert asked_in == ["rihai-checks-first"]


def test_a_failure_is_logged_by_its_type_only_and_the_job_runs_again(caplog):
    runner = Runner()
    attempts: list[int] = []
    second = threading.Event()

    def failing() -> None:
        attempts.append(1)
        if len(attempts) >= 2:
            second.set()
        raise ValueError("Zarmeena Qasimzai (TEST) broke it")

    with caplog.at_level(logging.WARNING, logger="rihai.workers"):
        job = runner.add("fragile", failing)
        try:
            runner.wake("fragile")
            assert _until(lambda: len(attempts) >= 1)
            assert job.alive  # the thread survives the failure
            runner.wake("fragile")
            assert second.wait(WAIT)
        finally:
            runner.stop(WAIT)
    assert "fragile" in caplog.text and "ValueError" in caplog.text
    assert "Zarmeena" not in caplog.text


def test_wakes_during_a_run_bring_one_more_run_and_runs_never_overlap():
    runner = Runner()
    inside, release = threading.Event(), threading.Event()
    active: list[int] = []
    overlapped: list[bool] = []
    runs: list[int] = []

    def work() -> None:
        overlapped.append(bool(active))
        active.append(1)
        runs.append(1)
        inside.set()
        release.wait(WAIT)
        active.pop()

    runner.add("slow", work)
    try:
        runner.wake("slow")
        assert inside.wait(WAIT)
        for _ in range(5):
            runner.wake("slow")  # while it runs
        release.set()
        assert _until(lambda: len(runs) == 2)
        assert not _until(lambda: len(runs) > 2, seconds=0.2)
    finally:
        runner.stop(WAIT)
    assert overlapped == [False, False]


def test_stop_lets_the_run_in_hand_finish_then_calls_at_stop_in_order():
    runner = Runner()
    inside = threading.Event()
    events: list[str] = []

    def work() -> None:
        inside.set()
        runner.stopping.wait(WAIT)  # work that loops watches the stop event
        events.append("work finished")

    runner.add("busy", work, at_stop=lambda: events.append("busy at_stop"))
    runner.add("idle", lambda: None, every=3600, at_stop=lambda: events.append("idle at_stop"))
    runner.wake("busy")
    assert inside.wait(WAIT)
    runner.stop(WAIT)
    assert events == ["work finished", "busy at_stop", "idle at_stop"]
    assert not runner.job("busy").alive and not runner.job("idle").alive
    runner.stop(WAIT)  # a second stop does nothing more
    assert len(events) == 3


def test_stop_does_not_wait_for_a_job_that_asked_not_to_be_waited_for():
    runner = Runner()
    inside, release = threading.Event(), threading.Event()

    def long_run() -> None:
        inside.set()
        release.wait(WAIT)

    job = runner.add("long", long_run, wait_at_stop=False)
    runner.wake("long")
    assert inside.wait(WAIT)
    stopped = threading.Event()
    threading.Thread(target=lambda: (runner.stop(WAIT), stopped.set()), daemon=True).start()
    try:
        assert stopped.wait(1.0)
        assert job.alive  # still in its run; a daemon thread, it dies with the process
    finally:
        release.set()


def test_a_failing_at_stop_does_not_keep_the_others_from_running():
    runner = Runner()
    done: list[str] = []

    def broken() -> None:
        raise OSError("disk full")

    runner.add("a", lambda: None, at_stop=broken)
    runner.add("b", lambda: None, at_stop=lambda: done.append("b"))
    runner.stop(WAIT)
    assert done == ["b"]


def test_names_are_unique_unknown_names_wake_nothing_and_a_stopped_runner_takes_no_job():
    runner = Runner()
    runner.add("one", lambda: None)
    with pytest.raises(ValueError, match="already running"):
        runner.add("one", lambda: None)
    assert runner.wake("nobody") is False and runner.job("nobody") is None
    runner.stop(WAIT)
    with pytest.raises(RuntimeError):
        runner.add("late", lambda: None)


def _until(condition, seconds: float = WAIT) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def test_a_callable_interval_is_asked_after_each_run():
    runs: list[float] = []
    waits = iter([0.01, 0.01, 3600.0])
    runner = Runner()
    runner.add("asks", lambda: runs.append(time.monotonic()), every=lambda: next(waits), first=0)
    try:
        deadline = time.monotonic() + 30
        while len(runs) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)
    finally:
        runner.stop()
    assert len(runs) == 3  # the third wait is an hour: no fourth run
