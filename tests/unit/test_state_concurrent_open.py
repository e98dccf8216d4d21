"""Several processes opening one new state file at the same moment (the workers of a batch, or
Scrapyd jobs, starting together on a fresh STATE_PATH) all get a usable store."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from crawler.state import StateStore


def _open(path: str, barrier: multiprocessing.synchronize.Barrier, answers: multiprocessing.Queue) -> None:
    barrier.wait()
    try:
        with StateStore(path) as store:
            store.verify()
        answers.put("ok")
    except Exception as exc:  # reported to the test, which names it
        answers.put(repr(exc))


def test_processes_opening_a_new_state_file_together(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    answers: list[str] = []
    for round_ in range(12):
        path = str(tmp_path / f"state-{round_}.sqlite3")
        barrier = context.Barrier(4)
        queue = context.Queue()
        procs = [context.Process(target=_open, args=(path, barrier, queue)) for _ in range(4)]
        for proc in procs:
            proc.start()
        answers += [queue.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(timeout=60)
    assert set(answers) == {"ok"}, [a for a in answers if a != "ok"][:3]
