"""Self-checks of the chamilo_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import chamilo_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"""<form\b[^>]*\bmethod\s*=\s*["']get["'][^>]*\baction\s*=\s*["']([^"']+)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible-ish text of a page: tags dropped, references decoded, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(no_tags))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first walk over same-host links and GET forms from START_PATH (redirects followed)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH, "/"])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302) and headers.get("Location"):
            loc = urljoin("http://h" + target, headers["Location"])
            queue.append(urlsplit(loc).path + (f"?{urlsplit(loc).query}" if urlsplit(loc).query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for raw in _HREF.findall(body) + _FORM.findall(body):
            href = _html.unescape(raw)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin("http://h" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "h":
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|pdf|css|js|ico)$", parts.path, re.I):
                continue
            queue.append(path)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_has_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, para
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_same_text(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = _text(body)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_dates_printed(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        value = gold["published_at"]
        y, m, d = value[:10].split("-")
        if gold["path"] == "/news_list.php?id=39":
            assert f"ngày {d} tháng {m} năm {y}" in body
        elif gold["path"].startswith("/news_list.php"):
            hm = value[11:16] if len(value) > 10 else "00:00"
            assert f"{d}/{m}/{y} {hm}</time>" in body
        else:
            assert f"Ngày tạo: {value[:10]} {value[11:19]}" in body


def test_all_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or any(a in seen for a in gold.get("alt_paths", [])), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page_two_only_articles(server):
    _, first, _ = fetch(server, "/news_list.php")
    _, home, _ = fetch(server, portal.START_PATH)
    for old in (33, 31, 28):
        assert f"id={old}&" not in first and f"id={old}\"" not in first
        assert f"id={old}" not in home
    _, second, _ = fetch(server, "/news_list.php?page=2")
    assert "id=33&amp;page=2" in second


def test_non_articles_ok(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/nope.php",
        "/news_list.php?id=9999",
        "/news_list.php?page=7",
        "/web/pages/khong-co",
        "/courses/XYZ/index.php",
        "/main/inc/ajax/announcement.ajax.php?a=get_announcement&id=1",
    ],
)
def test_unknown_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_root_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/index.php"


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
