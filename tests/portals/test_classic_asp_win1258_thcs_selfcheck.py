"""Self-checks of the classic_asp_win1258_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import classic_asp_win1258_thcs as portal
from tests.portals._common import collapse, from_tcvn3
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get_bytes(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


_VNTIME = re.compile(rb'<font face="\.VnTime" size="3">(.*?)</font>(?=</p>|<br>)', re.S)
_VNTIMEH = re.compile(r'<font face="\.VnTimeH">(.*?)</font>', re.S)


def decode(data: bytes) -> str:
    """What a reader sees: windows-1258 text, the .VnTime passages read through their font."""
    out, pos = [], 0
    for m in _VNTIME.finditer(data):
        out.append(data[pos : m.start(1)].decode("cp1258"))
        shown = from_tcvn3(m.group(1))
        out.append(_VNTIMEH.sub(lambda h: h.group(1).upper(), shown))
        pos = m.end(1)
    out.append(data[pos:].decode("cp1258"))
    return unicodedata.normalize("NFC", "".join(out))


def visible(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<br\s*/?>|</p>|</tr>|</div>", "\n", page, flags=re.I)
    page = re.sub(r"</td>", " | ", page, flags=re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def page_text(server: PortalServer, target: str) -> str:
    status, data, _ = get_bytes(server, target)
    assert status == 200, target
    return visible(decode(data))


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["title"] and g["body"]
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            text = page_text(server, target)
            assert g["title"] in text, target


def test_gold_fields_on_page(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        text = page_text(server, g["path"])
        for para in g["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text.replace(" | ", " "), (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert img["caption"] is None or img["caption"] in text
        _, raw, _ = get_bytes(server, g["path"])
        page = decode(raw)
        for img in story.images:
            assert f'src="{img.src}"' in page
        dt = story.opts["dt"]
        if story.opts.get("old"):
            assert f"Ngày đăng: {portal._vbs_date(dt)}" in text
        else:
            assert f"Ngày đăng: {portal._vn_datetime(dt)}" in text
        assert "<h1" not in page.lower()


def test_tcvn3_passages_are_bytes_of_the_font(server):
    _, raw, headers = get_bytes(server, "/chitiet.asp?id=219&cat=1")
    assert "charset" not in headers["Content-Type"]
    assert len(_VNTIME.findall(raw)) == 4
    assert b'<font face=".VnTimeH">' in raw
    assert "Ủy ban kiểm tra Công đoàn" in page_text(server, "/chitiet.asp?id=219&cat=1")
    # the raw cp1258 reading of those bytes is not the text
    assert "Ủy ban kiểm tra" not in unicodedata.normalize("NFC", raw.decode("cp1258"))


def test_old_module_charsets(server):
    _, raw, headers = get_bytes(server, "/news_detail.asp?NewsID=224")
    assert headers["Content-Type"] == "text/html; charset=windows-1258"
    assert b"charset=windows-1252" in raw
    assert "Ngày đăng: 11/24/2026 3:05:00 PM" in page_text(server, "/news_detail.asp?NewsID=224")
    assert "Ngày đăng: 11/5/2026 " in page_text(server, "/news_detail.asp?NewsID=220") + " "


def test_breadcrumb_echoes_cat(server):
    assert "Trang chủ » Tin nổi bật" in page_text(server, "/ChiTiet.asp?ID=231&Cat=0")
    assert "Trang chủ » Tin tức - Sự kiện" in page_text(server, "/chitiet.asp?id=231&cat=1")
    assert "Trang chủ » Tin tức " in page_text(server, "/chitiet.asp?id=230")


def test_hidden_spam_is_there_but_not_gold(server):
    for target in ("/chitiet.asp?id=217&cat=2", "/chitiet.asp?id=212&cat=1"):
        _, raw, _ = get_bytes(server, target)
        assert "vay tiền nhanh" in decode(raw)
    assert all("vay tiền" not in g["body"] for g in portal.GOLD)


def _links(base: str, page: str) -> list[str]:
    out = []
    for m in re.finditer(r'<a\s[^>]*href="([^"]+)"', page, flags=re.I):
        href = _html.unescape(m.group(1))
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, skip: set[str] = frozenset()) -> set[str]:
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, raw, headers = get_bytes(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server.url(target), decode(raw)):
            if re.search(r"\.(jpg|gif|png|pdf|swf)$", link, flags=re.I) or link in skip:
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen


def test_reachable_by_links_and_bounded(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_only_from_page_two(server):
    seen = crawl(server, skip={"/tintuc.asp?cat=1&page=2", "/tintuc.asp?cat=2&page=2"})
    only_p2 = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert sorted(only_p2) == sorted(
        f"/chitiet.asp?id={i}&cat={c}" for i, c in ((219, 1), (215, 1), (212, 1), (217, 2))
    )


def test_listing_titles_cut_and_pager(server):
    text = page_text(server, "/tintuc.asp?cat=2")
    assert "Hội thi giáo viên dạy giỏi cấp trường năm học 2026..." in text
    assert "Trang: [1] 2 »" in text
    last = page_text(server, "/tintuc.asp?cat=1&page=2")
    assert "» " in last and "[2] »" in last
    empty = page_text(server, "/tintuc.asp?cat=1&page=3")
    assert "Không có tin nào trong chuyên mục này!" in empty
    assert "[3] »" not in empty
    assert get_bytes(server, "/tintuc.asp?cat=1&page=4")[0] == 404


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        assert get_bytes(server, target)[0] == 200, target


def test_unknown_paths_404(server):
    for target in ("/khongco.asp", "/chitiet.asp?id=9999&cat=1", "/tintuc.asp?cat=9", "/vanban.asp?id=99"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
