"""No tracked file names a path that only exists on one machine.

Why: the suite once passed only because three tests named the original checkout's virtualenv; a
clone anywhere else failed. Absolute home, work and temporary-directory paths (and this checkout's
own location) have no place in code, tests, docs or committed bench results: use
``sys.executable``, paths derived from ``__file__``, or the names ``bench.portable`` writes.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: absolute paths under directories that differ per machine or per run (a Windows drive's path, as
#: Word leaves "file:///C:/Users/…/clip_image001.jpg" in a pasted page a fixture imitates, is none)
MACHINE_PATH = re.compile(r"(?<![\w.$~:])/(?:home|root|work|Users|tmp|var/tmp|private/var)/[\w.-]+")
#: documented examples that are not paths of any machine (a shell snippet cloning into /tmp/x)
#: and routes of the platforms the fixture portals imitate (SilverStripe's search form posts to
#: "/home/SearchForm", the home page's controller; dotCMS's home page "/home/index"; an ASP.NET MVC
#: portal's HomeController action "/Home/XemThem", matched in lower case): addresses on a portal,
#: not directories
ALLOWED = re.compile(r"/tmp/(?:x|clone|portal-crawler|example)\b|/home/(?:SearchForm|index|xemthem)\b")


def tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name for name in out.decode("utf-8").split("\0") if name]


def offending_lines(text: str, here: str) -> list[str]:
    hits = []
    for line in text.splitlines():
        found = [m.group(0) for m in MACHINE_PATH.finditer(line) if not ALLOWED.match(m.group(0))]
        if found or here in line:
            hits.append(line.strip()[:160])
    return hits


def test_no_tracked_file_holds_a_machine_path() -> None:
    here = str(ROOT)
    problems = []
    for path in tracked_files():
        if path == Path(__file__).resolve() or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files (gzip fixtures, images)
        problems += [f"{path.relative_to(ROOT)}: {line}" for line in offending_lines(text, here)]
    assert problems == [], "machine paths in tracked files:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize(
    "line",
    [
        # (built from pieces, so that this file names no path of this machine itself)
        'PYTHON = "/' + 'work/main/.venv/bin/python"',
        "log: /tmp/bench-crawl-l2d58bwv/ours/crawl.log",
        "/home/alice/src/portal-crawler/.venv/bin/python -m scrapy",
        "File /" + "root/.pyenv/versions/3.11.7/lib/python3.11/urllib/parse.py",
    ],
)
def test_the_guard_catches_machine_paths(line: str) -> None:
    assert offending_lines(line, "/nowhere/at/all")


@pytest.mark.parametrize(
    "line",
    ["git clone repo /tmp/x && cd /tmp/x", "see $TMP/ours/crawl.log", "STATE_PATH = output/state/x.sqlite3", "https://example.org/home/page"],
)
def test_the_guard_lets_portable_text_pass(line: str) -> None:
    assert not offending_lines(line, "/nowhere/at/all")
