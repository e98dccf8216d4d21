"""Self-checks of the tapestry_vendor_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tapestry_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|src|action)\s*=\s*["']([^"']+)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for m in re.finditer(r"""href\s*=\s*["']([^"']+)["']""", body, re.I):
        href = _html.unescape(m.group(1))
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(target), href.split("#")[0])
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        if re.search(r"\.(jpg|png|gif|css|js|ico|pdf)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over links from START_PATH, following redirects; target -> final body."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        seen[target] = ""
        if status in (301, 302):
            queue.append(urlsplit(urljoin(server.url(target), headers["Location"])).path)
            continue
        assert status == 200, target
        seen[target] = body
        queue.extend(links(server, target, body))
    crawl.requests = requests  # type: ignore[attr-defined]
    return seen


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert f'<span id="lblTieuDe">{portal.esc(gold["title"])}</span>' in body
    for para in gold["body"].split("\n\n"):
        # a table row is one paragraph with its cells joined by " | "
        assert para.replace(" | ", " ") in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert f'<div class="tomTat"><strong>{portal.esc(gold["summary"])}</strong></div>' in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
    assert f"» {gold['category']}</a></div>" in text or gold["category"] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    # the page's date line prints the gold date
    story = portal.BY_ID[int(gold["path"].split("/")[2])]
    stamp = portal._stamp(story)
    printed = portal.java_date(stamp) if story.opts.get("date") == "java" else portal.vn_date(stamp)
    assert printed in text
    if gold["published_at"] and "T" not in gold["published_at"]:
        assert "00:00:00 ICT" in printed


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<span id="lblTieuDe">{portal.esc(gold["title"])}</span>' in body
        assert f'{gold["canonical_path"]}"/>' in body


def test_captions_and_bylines_are_not_body():
    for gold in portal.GOLD:
        for img in gold["images"]:
            if img["caption"]:
                assert img["caption"] not in gold["body"]
        assert "Người đăng" not in gold["body"]
        assert "Ý kiến bạn đọc" not in gold["body"]
        assert "Tin liên quan" not in gold["body"]
        assert "hb_quantri" not in gold["authors"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/chitiettin/99999", "/tintuc/9", "/tintuc/1/7", "/khongcotrang",
                 "/tintuc.grid.pager/9?t:ac=1", "/tintuc:pagelink/5?t:ac=3", "/vanban/chitiet/7"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_event_links(server):
    status, _, headers = fetch(server, "/tintuc.grid.pager/2?t:ac=1")
    assert status == 302 and headers["Location"] == "/tintuc/1/2"
    status, _, headers = fetch(server, "/tintuc.grid.columns:sort/ngayDang?t:ac=2")
    assert status == 302 and headers["Location"] == "/tintuc/2"
    status, body, _ = fetch(server, "/tintuc:pagelink/2?t:ac=3")
    assert status == 200 and "/chitiettin/1231/" in body
    status, _, headers = fetch(server, "/")
    assert "JSESSIONID" in headers.get("Set-Cookie", "")


def test_all_gold_reachable_within_budget(server):
    pages = crawl(server)
    reached = set(pages)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert crawl.requests <= budget, crawl.requests  # type: ignore[attr-defined]


def test_page_two_only_articles(server):
    """1233, 1229, 1227 and 1231 are linked only from page 2 of their list."""
    pages = crawl(server)
    only_p2 = {1233, 1229, 1227, 1231}
    for target, body in pages.items():
        if target in ("/tintuc/1/2", "/tintuc/2/2", "/tintuc:pagelink/2?t:ac=3"):
            continue
        if target.startswith("/chitiettin/") and int(re.split(r"[/;]", target)[2]) in only_p2:
            continue
        for sid in only_p2:
            assert f"/chitiettin/{sid}" not in body, (target, sid)
