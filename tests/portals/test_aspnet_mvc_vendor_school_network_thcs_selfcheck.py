"""Self-checks of the aspnet_mvc_vendor_school_network_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_vendor_school_network_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str, base: str) -> list[str]:
    out = []
    body = re.sub(r"(?is)<script\b.*?</script>", " ", body)
    for href in re.findall(r'<a\b[^>]*?\bhref="([^"]*)"', body):
        href = _html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over the <a href> links of the host from START_PATH (no forms, no scripts)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        for link in links(body, server.url(target)):
            if urlsplit(link).path.lower().endswith(STATIC_EXT) or link in queued:
                continue
            queued.add(link)
            queue.append(link)
    return seen


def test_counts():
    assert portal.NAME == "aspnet_mvc_vendor_school_network_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert "text/html" in headers["Content-Type"]
        h1 = re.search(r'<h1 class="td-bv">(.*?)</h1>', body).group(1)
        assert collapse(_html.unescape(h1)) == g["title"]
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
        assert urlsplit(canonical).path == g["canonical_path"]


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        _, original, _ = fetch(server, g["path"])
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'href="{server.base_url}{g["canonical_path"]}"' in body
            assert body == original


def test_gold_fields_on_page(server):
    for g, story in zip(portal.GOLD, portal.STORIES, strict=True):
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for image in g["images"]:
            assert f'data-original="{image["path"]}"' in body
            if image["caption"]:
                assert image["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert "Nguồn: " + g["source"] in text
        if g["summary"]:
            assert g["summary"] == g["body"].split("\n\n")[0]
            assert g["summary"] in text
        printed = portal.us_date(portal.dt_of(story))
        assert printed in body
        assert g["category"] == portal.CAT_OF[story.id].name
        assert f'<li><a href="{portal.CAT_OF[story.id].path}">' in body


def test_dates_are_printed_the_en_us_way(server):
    _, body, _ = fetch(server, portal.GOLD[[s.id for s in portal.STORIES].index(1168)]["path"])
    assert "Ngày đăng: 11/5/2026 4:30:00 PM" in body
    _, body, _ = fetch(server, portal.GOLD[[s.id for s in portal.STORIES].index(1164)]["path"])
    assert "Ngày đăng: 11/3/2026 12:00:00 AM" in body
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'title="12/4/2026 3:20:00 PM">1 ngày trước</span>' in body
    _, listing, _ = fetch(server, "/thcs-chuvanan-ductrong/tin-tuc?page=2")
    assert "05/11/2026" in listing


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    pages = [t for t in seen if not urlsplit(t).path.lower().endswith(STATIC_EXT)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)
    # some articles are only on page 2+ of the listings (or other articles' pages)
    _, home, _ = fetch(server, portal.START_PATH)
    first_pages = home
    for target in ["/thcs-chuvanan-ductrong/tin-tuc"] + [c.path for c in portal.CATS]:
        first_pages += fetch(server, target)[1]
    for story_id in (1146, 1142):
        path = next(g["path"] for g, s in zip(portal.GOLD, portal.STORIES, strict=True) if s.id == story_id)
        assert path not in first_pages
        own = f'"{server.base_url}{path}"'
        others = [b for t, b in seen.items() if "/bai-viet/" in t and own not in b]
        assert not any(f'href="{path}"' in body for body in others)


def test_old_slug_and_route_duplicates_are_linked(server):
    _, home, _ = fetch(server, portal.START_PATH)
    assert "/thcs-chuvanan-ductrong/bai-viet/hoi-thi-gvdg-cap-truong-1179" in home
    assert "/thcs-chuvanan-ductrong/BaiViet/ChiTiet/1175" in home


def test_load_more_json(server):
    status, body, headers = fetch(server, "/thcs-chuvanan-ductrong/Home/LoadMore?skip=6&take=6")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert "\\/Date(" in body
    data = json.loads(body)
    assert data["HasMore"] is True
    assert [x["Id"] for x in data["Data"]] == [1164, 1160, 1157, 1153, 1149, 1146]
    last = json.loads(fetch(server, "/thcs-chuvanan-ductrong/Home/LoadMore?skip=12&take=6")[1])
    assert last["HasMore"] is False and [x["Id"] for x in last["Data"]] == [1142]
    gold_paths = {g["path"] for g in portal.GOLD}
    assert all(x["Url"] in gold_paths for x in data["Data"] + last["Data"])


def test_lazy_images_and_widgets(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'src="/thcs-chuvanan-ductrong/Content/images/loading.gif"' in body
    assert "Nghe đọc bài viết" in body and "Bài viết có hữu ích với bạn?" in body
    assert 'alt="📌"' in body and "#KeHoachNho" in body
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_siblings_are_served_but_not_gold(server):
    gold_paths = {g["path"] for g in portal.GOLD}
    for school in portal.SIBLINGS:
        status, body, _ = fetch(server, school.root + "/")
        assert status == 200
        for link in links(body, server.url(school.root + "/")):
            if "/bai-viet/" in link:
                assert link not in gold_paths
                assert fetch(server, link)[0] == 200
    assert fetch(server, "/")[0] == 200


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="noidung_bv"' not in body


def test_unknown_paths_404(server):
    for target in [
        "/nope",
        "/thcs-chuvanan-ductrong/khong-ton-tai",
        "/thcs-chuvanan-ductrong/bai-viet/abc-99999",
        "/thcs-chuvanan-ductrong/danh-muc/abc-77",
        "/thcs-chuvanan-ductrong/van-ban/abc-1",
        "/thcs-chuvanan-ductrong/tin-tuc?page=abc",
        "/th-kimdong-ductrong/bai-viet/x-1",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert prefix not in source
