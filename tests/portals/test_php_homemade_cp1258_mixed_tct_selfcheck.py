"""Self-checks of the php_homemade_cp1258_mixed_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_cp1258_mixed_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

PAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str], bytes]:
    """Status, text decoded by the page's own meta charset (as a browser does), headers, bytes."""
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            status, raw, headers = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        status, raw, headers = err.code, err.read(), dict(err.headers)
    charset = "cp1258" if b"charset=windows-1258" in raw[:1024] else "utf-8"
    return status, raw.decode(charset, "replace"), headers, raw


def article_id(gold: dict) -> int:
    return int(re.search(r"[?&]id=(\d+)", gold["path"]).group(1))


def plain(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)</?(a|b|i|u|em|strong|span|font|sup)\b[^>]*>", "", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(html.unescape(markup))


def links(base: str, markup: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        href = html.unescape(href)
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not target.lower().endswith(PAGE_EXT):
            out.append(target)
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, _, _ = get(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(links("http://fixture.invalid" + target, body))
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "php_homemade_cp1258_mixed_tct"
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _, _ = get(server, target)
        assert status == 200, target
        page = plain(body)
        assert gold["title"] in page, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row: its cells, each in its own <td>
                assert collapse(cell) in page, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in page, (target, name)
        if gold["source"]:
            assert gold["source"] in page
    status, body, _, _ = get(server, gold["path"])
    page = plain(body)
    if gold["summary"]:
        assert gold["summary"] in page
    for img in gold["images"]:
        assert img["path"].lstrip("/") in body
        if img["caption"]:
            assert img["caption"] in page
        assert get(server, img["path"])[0] == 200
    # the only <h1> is the school's name, the <title> the site's: the headline is in neither
    h1 = [collapse(h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", body)]
    assert h1 == ["TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN"]
    assert gold["title"] not in re.search(r"<title>(.*?)</title>", body).group(1)


def test_published_dates_are_printed(server):
    for gold in portal.GOLD:
        _, body, _, _ = get(server, gold["path"])
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        page = plain(body)
        if article_id(gold) == 60:
            assert f"ngày {d} tháng {m} năm {y}" in page
            assert "04-12-2026 | 07:45" in page
        elif "T" in gold["published_at"]:
            assert f"Đăng ngày: {d}-{m}-{y} | {gold['published_at'][11:16]}" in page
        elif article_id(gold) <= portal.OLD_MAX_ID:
            assert f"Ngày đăng: {d}/{m}/{y}" in page
            assert "Cập nhật lần cuối:" in page
        else:
            assert f"Đăng ngày: {d}-{m}-{y} | 00:00" in page


def test_old_articles_are_windows_1258_with_combining_marks(server):
    old = [g for g in portal.GOLD if article_id(g) <= portal.OLD_MAX_ID]
    assert len(old) == 5
    for gold in old:
        for target in (gold["path"], f"/intin.php?id={article_id(gold)}"):
            status, body, headers, raw = get(server, target)
            assert status == 200
            assert headers["Content-Type"] == "text/html"
            assert b"charset=windows-1258" in raw[:400]
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
            assert "\u0301" in body or "\u0300" in body
            assert unicodedata.normalize("NFC", body) != body
    # three of them carry numeric references for letters the code page lacks
    with_ncr = [g for g in old if b"&#78" in get(server, g["path"])[3]]
    assert len(with_ncr) == 3


def test_new_articles_are_utf8(server):
    for gold in portal.GOLD:
        if article_id(gold) > portal.OLD_MAX_ID:
            _, _, headers, raw = get(server, gold["path"])
            assert headers["Content-Type"] == "text/html; charset=utf-8"
            raw.decode("utf-8")


def test_category_bar_follows_url_but_breadcrumb_does_not(server):
    _, body, _, _ = get(server, "/xemtin.php?id=53&loai=1")
    assert "TIN HOẠT ĐỘNG" in plain(body)
    crumb = re.search(r'<td class="duongdan">(.*?)</td>', body).group(1)
    assert "Đào tạo - Bồi dưỡng" in plain(crumb)


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server)
    ok = {t for t, body in seen.items() if body}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_behind_page_two(server):
    seen = crawl(server, skip=lambda t: "trang=2" in t)
    reached = {int(m) for t in seen for m in re.findall(r"(?:^/xemtin\.php\?|&)id=(\d+)", t)}
    reached |= {int(m) for t in seen for m in re.findall(r"^/xemtin\.php\?id=(\d+)", t)}
    assert {44, 41, 38}.isdisjoint(reached)
    assert len(reached) == 10


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN" in body
        assert "Đăng ngày:" not in body and "Ngày đăng:" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khongco.php",
        "/xemtin.php?id=39",
        "/xemtin.php?id=999",
        "/xemtin.php?id=58&loai=3",
        "/tin.php?loai=7",
        "/tin.php?loai=1&trang=3",
        "/intin.php?id=12",
        "/vanban.php?id=99",
        "/index.php?lang=en",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
