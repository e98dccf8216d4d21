"""``python -m crawler validate`` and ``python -m crawler schema``."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.__main__ import main
from crawler.feeds.manifest import write_manifest

PYTHON = sys.executable  # the interpreter running the suite, wherever the clone lives


def record(n: int, **changes) -> dict:
    base = {
        "url": f"http://127.0.0.1:8000/tin-tuc/bai-{n}.html?utm_source=fb",
        "canonical_url": f"http://127.0.0.1:8000/tin-tuc/bai-{n}.html",
        "portal": "haugiang",
        "title": "Trường Chính trị tỉnh Hậu Giang bế giảng lớp Trung cấp lý luận chính trị",
        "published_at": "2026-11-20T08:30:00+07:00",
        "updated": False,
        "authors": ["Thanh Tâm"],
        "photographers": ["Minh Khang"],
        "source": None,
        "summary": "Sáng 20/11, Trường tổ chức lễ bế giảng.",
        "body": "Sáng 20/11, Trường tổ chức lễ bế giảng.\n\nDự lễ có lãnh đạo Tỉnh ủy.",
        "images": [{"url": "http://127.0.0.1:8000/uploads/anh-1.jpg", "caption": "Quang cảnh buổi lễ"}],
        "category": "Tin tức - Sự kiện",
        "language": "vi",
        "content_hash": hashlib.sha256(f"body {n}".encode()).hexdigest(),
        "crawled_at": "2026-11-25T12:00:00Z",
        "schema_version": 1,
    }
    base.update(changes)
    return base


def line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False) + "\n"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "20261125T120000Z-abc123.jsonl"
    path.write_text("".join(line(record(n)) for n in range(3)), encoding="utf-8")
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.jsonl"
    path.write_text(
        line(record(1))  # 1 fine
        + '{"url": "http://127.0.0.1/x", "title": \n'  # 2 not JSON
        + line(record(3, language="en", published_at="20/11/2026"))  # 3 two schema errors
        + line(record(1, url="http://127.0.0.1:8000/?p=1"))  # 4 duplicate of line 1
        + line(record(5))[:120],  # 5 cut mid-record, no newline
        encoding="utf-8",
    )
    return path


def test_valid_file(good: Path, capsys) -> None:
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"{good}: OK: 3 lines, 3 records, 0 problems"


def test_valid_file_with_matching_manifest_then_tampered(good: Path, capsys) -> None:
    write_manifest(good, {"portal": "haugiang"})
    assert main(["validate", str(good)]) == 0
    with good.open("a", encoding="utf-8") as fh:
        fh.write(line(record(9)))
    assert main(["validate", str(good)]) == 1
    out = capsys.readouterr().out
    assert f"{good}: manifest: line count 4 differs from manifest's 3" in out
    assert f"{good}: manifest: sha256 differs" in out


def test_broken_file(broken: Path, capsys) -> None:
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out.splitlines()
    problems = [o for o in out if o.startswith(f"{broken}:")]
    assert any(p.startswith(f"{broken}:2: not JSON") for p in problems), out
    assert any(p.startswith(f"{broken}:3: schema: language") for p in problems), out
    assert any(p.startswith(f"{broken}:3: schema: published_at") for p in problems), out
    assert (f"{broken}:4: duplicate canonical_url http://127.0.0.1:8000/tin-tuc/bai-1.html "
            f"(first on line 1)") in problems
    assert any(p.startswith(f"{broken}:5: last line has no newline") for p in problems), out
    assert any(p.startswith(f"{broken}:5: not JSON") for p in problems), out
    assert not any(p.startswith(f"{broken}:1:") for p in problems)
    assert out[-1] == f"{broken}: INVALID: 5 lines, 3 records, 6 problems"


def test_max_problems_and_several_files(good: Path, broken: Path, capsys) -> None:
    assert main(["validate", "--max-problems", "1", str(good), str(broken)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sum(o.startswith(f"{broken}:") and "INVALID" not in o for o in out) == 2
    assert any("5 more problems not shown" in o for o in out)
    assert out[-1] == "total: 2 files, 1 invalid, 6 records, 6 problems"


def test_missing_file_is_a_usage_error(good: Path, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.jsonl"
    assert main(["validate", str(good), str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # checked before any file is validated
    assert captured.err.count("\n") == 1
    assert str(missing) in captured.err and "no such file" in captured.err
    assert main(["validate", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_cli_subprocess(good: Path, broken: Path, tmp_path: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([PYTHON, "-m", "crawler", *args], capture_output=True,
                              text=True, timeout=60, cwd=tmp_path)

    ok = cli("validate", str(good))
    assert ok.returncode == 0 and "OK" in ok.stdout and ok.stderr == ""
    bad = cli("validate", str(broken))
    assert bad.returncode == 1 and f"{broken}:2: not JSON" in bad.stdout
    missing = cli("validate", str(tmp_path / "missing.jsonl"))
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.startswith("error: ") and missing.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr

    schema = cli("schema")
    assert schema.returncode == 0
    assert json.loads(schema.stdout)["properties"]["schema_version"] == {"const": 1}
    assert schema.stdout.startswith('{\n  "$schema"')


def test_schema_command_prints_the_shipped_schema(capsysbinary) -> None:
    assert main(["schema"]) == 0
    text = capsysbinary.readouterr().out.decode("utf-8")
    schema = json.loads(text)
    assert schema["required"] == list(record(0))
