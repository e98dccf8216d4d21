"""``python -m crawler report``: arguments, output, usage errors (run in-process through main())."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.__main__ import main

from ._runs import day, rec, run


def test_report_command_writes_both_files_and_names_stopped_portals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "a", day(1), [rec(1, "2024-06-20")])
    run(tmp_path, "a", day(2), [], counts={"new": 0, "seen": 0})
    code = main(["report", "--output", str(tmp_path), "--state", "", "--as-of", "2024-06-30", "--weeks", "3", "--stale-days", "0"])
    out = capsys.readouterr().out
    assert code == 0
    assert "report: 1 portal(s), 1 stopped" in out and "a: STOPPED PRODUCING" in out
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["as_of"] == "2024-06-30" and len(report["weeks"]) == 3 and report["stale_days"] == 0
    assert (tmp_path / "report.html").is_file()
    assert (tmp_path / ".report-cache").is_dir()


def test_no_cache_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "a", day(1), [rec(1)])
    assert main(["report", "--output", str(tmp_path), "--state", "", "--no-cache"]) == 0
    assert not (tmp_path / ".report-cache").exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--output", "{tmp}/missing"], "no output directory"),
        (["--output", "{tmp}", "--as-of", "30/06/2024"], "write the date as YYYY-MM-DD"),
        (["--output", "{tmp}", "--weeks", "0"], "--weeks must be at least 1"),
    ],
)
def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str) -> None:
    assert main(["report", *(a.format(tmp=tmp_path) for a in args)]) == 2
    assert says in capsys.readouterr().err


def test_help_lists_report(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "report" in capsys.readouterr().out
