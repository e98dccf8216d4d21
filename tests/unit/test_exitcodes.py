"""crawler.exitcodes: one table of exit statuses for both crawl commands."""

from __future__ import annotations

import os
import subprocess
import sys

from crawler.exitcodes import HELP, ExitStatus, for_finish_reason, from_returncode, worst
from tests.e2e.harness import ROOT


def test_finish_reasons_map_to_documented_statuses() -> None:
    assert for_finish_reason("finished") == ExitStatus.OK == 0
    assert for_finish_reason("closespider_timeout") == ExitStatus.OK
    for reason in ("unreachable", "too_many_failures", "empty", "shutdown"):
        assert for_finish_reason(reason) == ExitStatus.FAILED == 1
    assert for_finish_reason("already_running") == ExitStatus.ALREADY_RUNNING == 3
    assert for_finish_reason("write_failed") == ExitStatus.WRITE_FAILED == 4
    assert for_finish_reason("state_unusable") == ExitStatus.STATE_UNUSABLE == 5
    assert for_finish_reason("closespider_errorcount") == ExitStatus.FAILED
    assert for_finish_reason(None) == ExitStatus.FAILED


def test_returncodes_and_the_worst_of_several() -> None:
    assert from_returncode(3) == ExitStatus.ALREADY_RUNNING
    assert from_returncode(-9) == ExitStatus.FAILED  # killed
    assert from_returncode(137) == ExitStatus.FAILED
    assert worst([]) == ExitStatus.OK
    assert worst([ExitStatus.OK, ExitStatus.ALREADY_RUNNING]) == ExitStatus.ALREADY_RUNNING
    assert worst([ExitStatus.ALREADY_RUNNING, ExitStatus.FAILED, ExitStatus.OK]) == ExitStatus.FAILED
    assert worst([ExitStatus.FAILED, ExitStatus.WRITE_FAILED]) == ExitStatus.WRITE_FAILED


def test_help_lists_every_status() -> None:
    for status in ExitStatus:
        assert f"\n  {int(status)}  " in HELP


def test_both_commands_document_the_exit_statuses() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for cmd in (["-m", "crawler", "crawl", "--help"], ["-m", "scrapy", "crawl", "-h"]):
        proc = subprocess.run([sys.executable, *cmd], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env)
        assert proc.returncode == 0, proc.stderr
        assert HELP in proc.stdout, cmd
