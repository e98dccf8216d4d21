"""Self-checks of the aspnet_devexpress_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_devexpress_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page's visible-ish text: scripts dropped, tags removed, entities read, NFC."""
    markup = re.sub(r"(?is)<script\b.*?</script>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", "", markup)
    return collapse(_html.unescape(markup))


_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def links(base: str, markup: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup):
        href = _html.unescape(raw).strip()
        if href.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urllib.parse.urljoin(base, href)
        parts = urllib.parse.urlsplit(absolute)
        if parts.scheme != "http" or not parts.netloc.startswith("127.0.0.1"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$|\.axd$", re.IGNORECASE)


def crawl(server, skip=lambda target: False) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for link in links(server.url(target), body):
            if link in seen or _ASSET.search(link.split("?")[0]) or skip(link):
                continue
            seen.add(link)
            queue.append(link)
    return seen


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert "path" in img
        assert img["path"].rsplit("/", 1)[-1] in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["authors"] == ["Trần Quốc Khánh"]:
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"{d}/{m}/{y}" in text


def test_every_gold_article_reachable_from_start(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        targets = {gold["path"], *gold.get("alt_paths", [])}
        assert targets & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_page_two_articles_need_the_fallback_pager(server):
    seen = crawl(server, skip=lambda link: "page=" in link)
    assert "/TinTuc/ChiTiet.aspx?id=2843" not in seen
    assert "/TinTuc/ChiTiet.aspx?id=2845" not in seen
    assert "/TinTuc/ChiTiet.aspx?id=2847" in seen


def test_crawl_stays_within_budget(server):
    seen = crawl(server)
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, len(seen)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "Sở Giáo dục và Đào tạo Hà Tĩnh" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.aspx",
        "/TinTuc/ChiTiet.aspx?id=9999",
        "/TinTuc/ChiTiet.aspx",
        "/TinTuc/DanhMuc.aspx?cat=1&page=3",
        "/TinTuc/DanhMuc.aspx?cat=99",
        "/VanBan/ChiTiet.aspx?id=1",
        "/ThuVien/Album.aspx?id=2",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_devexpress_pager_has_no_hrefs_but_callback_works(server):
    status, body, _ = fetch(server, "/TinTuc/DanhMuc.aspx?cat=1")
    assert status == 200
    assert "ASPx.NCPagerClick('ctl00_cphMain_ncDanhMuc','PN1')" in body
    assert not re.search(r'<a class="dxp-num"[^>]*href', body)
    data = urllib.parse.urlencode(
        {"__CALLBACKID": "ctl00$cphMain$ncDanhMuc", "__CALLBACKPARAM": "c0:PN1"}
    ).encode()
    req = urllib.request.Request(server.url("/TinTuc/DanhMuc.aspx?cat=1"), data=data, method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        answer = resp.read().decode("utf-8")
    assert answer.startswith("/*DX*/(")
    assert "ChiTiet.aspx?id=2843" in answer
    data = urllib.parse.urlencode(
        {"__EVENTTARGET": "ctl00$cphMain$dvDanhMuc", "__EVENTARGUMENT": "PN1"}
    ).encode()
    req = urllib.request.Request(server.url("/TinTuc/DanhMuc.aspx?cat=7"), data=data, method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert "/TinTuc/ChiTiet.aspx?id=2845" in resp.read().decode("utf-8")


def test_traps_in_markup(server):
    _, body, _ = fetch(server, "/TinTuc/ChiTiet.aspx?id=2857")
    assert "20/11/2026 12:05:00 CH" in body
    _, body, _ = fetch(server, "/TinTuc/ChiTiet.aspx?id=2861")
    assert "28/11/2026 12:00:00 SA" in body
    _, body, _ = fetch(server, "/TinTuc/ChiTiet.aspx?id=2864")
    assert body.index("Cập nhật lúc:") < body.index("Ngày đăng:")
    _, body, _ = fetch(server, "/TinTuc/ChiTiet.aspx?id=2852")
    assert "mso-list:Ignore" in body and "&#7897;" in body
    _, body, _ = fetch(server, "/")
    assert f"/{portal.SESSION}/TinTuc/ChiTiet.aspx?id=2869" in body
    assert "/tintuc/chitiet.aspx?ID=2857" in body
    assert "<title>\n\tSở Giáo dục và Đào tạo Hà Tĩnh\n</title>" in body
