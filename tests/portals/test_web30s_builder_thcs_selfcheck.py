"""Self-checks of the web30s_builder_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import web30s_builder_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|form)\b[^>]*?(?:href|action)="([^"]*)\"""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def links(body: str, current: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#", "about:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.startswith(("/uploads/", "/assets/")):
            continue
        out.append(target)
    return out


def crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in links(body, target) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "web30s_builder_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells, in order, each in a <td>
                cells = "".join(f"<td>{_html.escape(c, quote=False)}</td>" for c in para.split(" | "))
                assert cells in body, para
            else:
                assert para in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert f'"{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if "vb-head" in body:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        else:
            assert f'<span class="ngay">{d}</span>' in body
            assert f'<span class="thang">Tháng {int(m)}</span><span class="nam">{y}</span>' in body
            if len(gold["published_at"]) > 10:
                assert gold["published_at"][11:16] in text
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["path"]}"' in body


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target


def test_unknown_paths_404(server):
    for target in ["/tin-tuc/khong-co.html", "/khong-co.html", "/danh-muc-tin/khong-co",
                   "/tin-tuc?page=9", "/danh-muc-tin/thong-bao?page=5", "/abc/def"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_reachable_and_budget(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for target in portal.NON_ARTICLES:
        assert seen.get(target) == 200, target
    assert all(status == 200 for status in seen.values()), seen
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_deep(server):
    """Two posts are linked only from page 2+ listings (not home, page 1 or the sidebar)."""
    shallow = ["/", "/tin-tuc", *(f"/danh-muc-tin/{c}" for c in portal.CATS)]
    linked = set()
    for target in shallow:
        linked.update(links(fetch(server, target)[1], target))
    deep = [g["path"] for g in portal.GOLD if g["path"] not in linked]
    assert len(deep) >= 2, deep
