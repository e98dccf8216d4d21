"""Self-checks of the nukeviet45_viewcat_list_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_viewcat_list_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def _links(body: str, current: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + current, href))
        if parts.netloc != "fixture.invalid":
            continue
        if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico|mp3)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302):
            location = urlsplit(headers["Location"])
            queue.append(location.path + (f"?{location.query}" if location.query else ""))
        elif status == 200:
            queue.extend(_links(body, target))
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        h1 = re.search(r'<h1 class="title[^"]*"[^>]*>(.*?)</h1>', body, re.S)
        assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"], gold["path"]


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == gold["path"], alt
                continue
            assert status == 200, alt
            assert gold["title"] in _page_text(body), alt
            assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["path"]}"' in body, alt


def test_gold_fields_appear_on_the_page(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        page_text = _page_text(body)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in page_text, (gold["path"], cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in page_text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in page_text
        if gold["summary"]:
            assert f'<div class="hometext" itemprop="description">{_html.escape(gold["summary"])}</div>' in body
        for img in gold["images"]:
            assert f'"{img["path"]}"' in body, (gold["path"], img)
            if img["caption"]:
                assert img["caption"] in page_text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if gold["published_at"] == day:  # the notice: the letterhead's day
            assert f"ngày {d} tháng {m} năm {y}" in page_text
        else:
            hm = gold["published_at"][11:16]
            assert re.search(rf"Thứ \w+ - {d}/{m}/{y} {hm}", page_text), gold["path"]
        crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
        names = re.findall(r'<span itemprop="name">(.*?)</span>', crumbs)
        assert _html.unescape(names[-1]) == gold["category"]


def test_every_gold_article_reachable_and_budget(server):
    seen = _crawl(server)
    reached = {t for t, (status, _) in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_behind_page_two(server):
    seen = _crawl(server, skip=lambda target: "/page-" in target)
    reached = set(seen)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert len(hidden) >= 3, hidden


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for path in ("/news/khong-co/", "/news/tin-tuc-su-kien/khong-co-999.html", "/news/tin-tuc-su-kien/page-9",
                 "/albums/khong-co-9.html", "/thuc-don/khong-co.html", "/abc", "/index.php?nv=users"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
