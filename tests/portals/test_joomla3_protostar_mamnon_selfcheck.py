"""Self-check of the joomla3_protostar_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla3_protostar_mamnon as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SKIP = re.compile(r"tmpl=component|format=feed|^#|^javascript:|^mailto:")
_INLINE = re.compile(r"</?(?:a|strong|em|span|u|b|i)\b[^>]*>", re.I)
_CLOAK = re.compile(r'<span id="cloak(\w+)">.*?</span><script[^>]*>(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _decloak(page: str) -> str:
    """What a browser shows for Email Cloaking: the script writes the address into the span."""

    def repl(m: re.Match) -> str:
        line = re.search(r"var addy_text\w+ = (.*?);document", m.group(2)).group(1)
        return html.unescape("".join(re.findall(r"'([^']*)'", line)))

    return _CLOAK.sub(repl, page)


def visible(page: str) -> str:
    page = _decloak(page)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</td>\s*<td[^>]*>", " | ", page)  # table rows: cells joined by " | "
    page = _INLINE.sub("", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(html.unescape(page))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if _SKIP.search(href):
            continue
        absolute = urljoin("http://h" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip: set[str] = frozenset()) -> tuple[set[str], int]:
    seen, queue, pages = {portal.START_PATH}, deque([portal.START_PATH]), 0
    while queue:
        target = queue.popleft()
        if re.search(r"\.(jpg|png|gif|ico|css|js|pdf)(\?|$)", target):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target):
            if link not in seen and link not in skip:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"].rsplit("/", 1)[-1][:40] for g in portal.GOLD])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 itemprop="headline">\n\t\t\t{html.escape(gold["title"])}' in page
    full = page
    if any("showall=1" in a for a in gold.get("alt_paths", [])):
        status, full, _ = fetch(server, gold["path"] + "?showall=1")
        assert status == 200
    text = visible(full)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert f"<p><strong>{html.escape(gold['summary'], quote=False)}</strong></p>" in full
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in full
        if img["caption"]:
            assert html.escape(img["caption"]) in full
    assert f">{gold['category']}</a></dd>" in page
    stamp = gold["published_at"]
    if "T" in stamp:
        assert f'datetime="{stamp}" itemprop="datePublished"' in page
    elif gold["title"].startswith("Thông báo"):
        d = stamp.split("-")
        assert f"ngày {int(d[2])} tháng {int(d[1])} năm {d[0]}" in text
    else:
        assert f'datetime="{stamp}T00:00:00+07:00" itemprop="datePublished"' in page
    for alt in gold.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200, alt
        assert html.escape(gold["title"]) in alt_page


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in [
        "/index.php/tin-tuc/41-khong-co",
        "/index.php/khong-co",
        "/index.php/tin-tuc?start=99",
        "/index.php/tin-tuc?start=1",
        "/index.php/chuyen-mon/41-truong-mam-non-son-ca-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        "/index.php?option=com_content&view=article&id=99:x&catid=8&Itemid=103",
        "/index.php/tin-tuc/41-truong-mam-non-son-ca-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027?x=1",
        "/khong-co",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_reachable_and_bounded(server):
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # links only (no print views, feeds or forms): well inside the budget
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only(server):
    """30 and 31 are on page 2 of their blogs and nowhere else."""
    seen, _ = _crawl(server, skip={"/index.php/tin-tuc?start=3", "/index.php/hoat-dong-cua-be?start=2"})
    paths = {g["path"] for g in portal.GOLD}
    missing = paths - seen
    assert missing == {
        "/index.php/tin-tuc/30-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "/index.php/hoat-dong-cua-be/31-be-lop-choi-1-choi-tro-choi-dan-gian",
    }


def test_traps(server):
    g41 = portal.GOLD[0]
    _, page, _ = fetch(server, g41["path"])
    # page heading h1 = menu title before the headline h2
    assert page.index("<h1> Tin tức </h1>") < page.index('itemprop="headline"')
    # CMS account in createdby; created and modified stamps differ from published
    assert 'Viết bởi <span itemprop="name">Super User</span>' in page
    assert 'datetime="2026-12-03T10:12:05+07:00" itemprop="dateCreated"' in page
    assert 'itemprop="dateModified"' in page
    # full-text image before articleBody, caption only in title attribute
    assert page.index("item-image") < page.index('itemprop="articleBody"')
    assert f'class="caption" title="{g41["images"][0]["caption"]}"' in page
    # created_by_alias
    _, page40, _ = fetch(server, "/index.php/tin-tuc/40-hoi-nghi-ban-dai-dien-cha-me-tre-em-nam-hoc-2026-2027")
    assert 'Viết bởi <span itemprop="name">Nguyễn Thị Thanh Tâm</span>' in page40
    # custom field author
    _, page39, _ = fetch(server, "/index.php/hoat-dong-cua-be/39-be-lop-mam-trai-nghiem-lam-banh-quy")
    assert '<span class="field-label ">Người viết: </span><span class="field-value ">Phạm Thị Hồng Nhung' in page39
    assert "?hitcount=0" in page39
    # email cloaking: address not in the raw markup, shown after decloaking
    g34 = next(g for g in portal.GOLD if "/34-" in g["path"])
    _, page34, _ = fetch(server, g34["path"])
    assert portal.EMAIL not in page34
    assert "đang được bảo vệ khỏi chương trình thư rác" in page34
    assert portal.EMAIL in visible(page34)
    assert "đang được bảo vệ" not in g34["body"]
    # page break: page 1 lacks the second part, showall has it, TOC not body
    g38 = next(g for g in portal.GOLD if "/38-" in g["path"])
    _, page38, _ = fetch(server, g38["path"])
    assert "Trang 1 / 2" in page38 and "Mục lục bài viết" in page38
    assert "Giải bóng chuyền hơi" not in page38
    _, p2, _ = fetch(server, g38["path"] + "?limitstart=1")
    assert "Giải bóng chuyền hơi" in p2
    assert "Mục lục" not in g38["body"] and "Các hoạt động chào mừng" not in g38["body"]
    # midnight publish -> day only
    g30 = next(g for g in portal.GOLD if "/30-" in g["path"])
    assert g30["published_at"] == "2026-10-15"
    # notice: Joomla's published day is 31/10, gold is the letterhead's 30/10
    g33 = next(g for g in portal.GOLD if "/33-" in g["path"])
    _, page33, _ = fetch(server, g33["path"])
    assert 'datetime="2026-10-31T07:45:00+07:00" itemprop="datePublished"' in page33
    assert g33["published_at"] == "2026-10-30" and g33["authors"] == ["Nguyễn Thị Kim Oanh"]
    assert "THÔNG BÁO" not in g33["body"] and "Nơi nhận" not in g33["body"]
    # no page prints a canonical link
    assert 'rel="canonical"' not in page
