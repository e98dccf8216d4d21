"""Self-checks of the asp_classic_access_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import asp_classic_access_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS

_META_CHARSET = re.compile(rb'charset=["\']?([\w-]+)', re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str, data: bytes | None = None) -> tuple[int, str, dict]:
    """Status, text decoded as a browser would (header charset, else the meta's), headers."""
    try:
        with NO_REDIRECTS.open(server.url(target), data=data, timeout=10) as resp:
            status, raw, headers = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        status, raw, headers = err.code, err.read(), dict(err.headers)
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""))
    charset = m.group(1) if m else None
    if charset is None:
        meta = _META_CHARSET.search(raw[:2000])
        charset = meta.group(1).decode() if meta else "utf-8"
    charset = {"windows-1258": "cp1258"}.get(charset.lower(), charset)
    return status, unicodedata.normalize("NFC", raw.decode(charset, "replace")), headers


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.imgs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])


def _parse(page: str) -> _Links:
    p = _Links()
    p.feed(page)
    return p


def _plain(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _local(base: str, href: str) -> str | None:
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin("http://fixture.invalid" + base, href)
    parts = urlsplit(absolute)
    if parts.netloc != "fixture.invalid":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _is_page(target: str) -> bool:
    path = target.split("?")[0].lower()
    return path == "/" or path.endswith(".asp")


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "asp_classic_access_pgd"
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, page, headers = get(server, target)
        assert status == 200, target
        text = _plain(page)
        assert record["title"] in text, target
    status, page, headers = get(server, record["path"])
    assert "charset" not in headers["Content-Type"]  # only the meta names windows-1258
    text = _plain(page)
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    srcs = _parse(page).imgs
    for img in record["images"]:
        assert img["path"].lstrip("/") in srcs
        if img["caption"]:
            assert img["caption"] in text
    assert f"» {record['category']}" in text
    # the printed date, month first, gives the gold day
    day = record["published_at"][:10]
    y, mo, d = day.split("-")
    assert f"Ngày đăng: {int(mo)}/{int(d)}/{y}" in text or record["path"].endswith("id=99")


def test_breadcrumb_follows_url_cat(server):
    _, page, _ = get(server, "/tintuc.asp?ID=100&cat=1")
    assert "» Tin tức - Sự kiện" in _plain(page)
    _, page, _ = get(server, "/tintuc.asp?id=100")
    assert "» Hoạt động chuyên môn" in _plain(page)


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = get(server, target)
        assert status == 200, target
        assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC THỌ" in page


def test_unknown_paths_404(server):
    for target in ["/khongco.asp", "/tintuc.asp?id=5000", "/dstin.asp?cat=9", "/trang.asp?id=77",
                   "/vanban.asp?id=1", "/tintuc.asp"]:
        assert get(server, target)[0] == 404, target


def test_posts_and_static(server):
    status, page, _ = get(server, "/binhchon.asp", data=b"ykien=1")
    assert status == 200 and "bình chọn" in page
    assert get(server, "/binhchon.asp")[0] == 404
    assert get(server, "/Upload/VanBan/215-TB-PGDDT.pdf")[0] == 200
    assert get(server, "/images/new.gif")[0] == 200


def test_reachable_within_budget(server):
    start = portal.START_PATH
    seen = {start}
    queue = [start]
    fetched = 0
    while queue:
        target = queue.pop(0)
        status, page, _ = get(server, target)
        fetched += 1
        assert status == 200, target
        for href in _parse(page).links:
            local = _local(target.split("?")[0], href)
            if local and _is_page(local) and local not in seen and "admin/" not in local:
                seen.add(local)
                queue.append(local)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
        for alt in record.get("alt_paths", []):
            assert alt in seen, alt
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert fetched <= budget, (fetched, budget)
    print("pages fetched:", fetched, "budget:", budget)


def test_page2_only_article(server):
    """Post 87 is linked only from the third page of its listing."""
    _, page, _ = get(server, "/")
    assert "tintuc.asp?id=87" not in page
    _, page, _ = get(server, "/dstin.asp?cat=1&page=3")
    assert "tintuc.asp?id=87" in page
    for rec in portal.GOLD:
        _, page, _ = get(server, rec["path"])
        assert 'tintuc.asp?id=87"' not in page


def test_pages_past_the_end_are_bounded(server):
    status, page, _ = get(server, "/dstin.asp?cat=1&page=9")
    assert status == 200
    assert "Không có tin nào" in page and "page=" not in page.split("Không có tin nào")[1][:300]
