"""Self-checks of the liferay62_political_school_subsite_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import datetime
from urllib.parse import urlencode, urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_political_school_subsite_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$|^/documents/|^/image/|\.jsp$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text, tags dropped, NFC, whitespace collapsed."""
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", "", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


def links(body: str, here: str) -> list[str]:
    """Targets of hrefs and GET forms on a page, same host, as path?query."""
    found = [_html.unescape(h) for h in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', body)]
    for form in re.finditer(r'(?s)<form\b[^>]*action="([^"]*)"[^>]*method="get"[^>]*>(.*?)</form>',
                            body):
        fields = re.findall(r'<input\b[^>]*name="([^"]*)"[^>]*value="([^"]*)"', form[2])
        found.append(_html.unescape(form[1]) + "?" + urlencode(fields))
    out = []
    for h in found:
        if h.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, h)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first from START_PATH over every link and GET form; redirects followed."""
    pages: dict[str, str] = {}
    found_on: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    seen = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(headers["Location"]).path
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        pages[target] = body
        for link in links(body, urlsplit(target).path):
            found_on.setdefault(link, set()).add(target)
            if link not in seen and not ASSET.search(urlsplit(link).path):
                seen.add(link)
                queue.append(link)
    return pages, found_on


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_shape():
    assert portal.NAME == "liferay62_political_school_subsite_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        txt = page_text(body)
        assert gold["title"] in txt, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (target, cell)
        if gold["summary"]:
            assert gold["summary"] in txt
        for name in gold["authors"] + gold["photographers"]:
            assert name in txt, (target, name)
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in txt
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, (target, img)
            if img["caption"]:
                assert img["caption"] in txt
        assert f"Chuyên mục: {gold['category']}" in txt
        # the date line is the raw RFC-822 display date in GMT
        m = re.search(r"Ngày đăng: (\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000)", txt)
        assert m, target
        local = datetime.strptime(m[1], "%a, %d %b %Y %H:%M:%S %z").astimezone(TZ)
        if local.hour == local.minute == 0:
            assert gold["published_at"] == local.date().isoformat()
        else:
            assert gold["published_at"] == local.isoformat()
        # rel=canonical drops the query string: /chi-tiet pages all declare /chi-tiet
        canon = re.search(r'<link href="([^"]+)" rel="canonical"', body)[1]
        assert urlsplit(canon).path == urlsplit(target).path


def test_chi_tiet_prints_the_page_name_as_title(server):
    gold = portal.GOLD[0]
    target = next(a for a in gold["alt_paths"] if "chi-tiet" in a)
    _, body, _ = fetch(server, target)
    assert "<title>Chi tiết tin - Trường Chính trị tỉnh Lạng Sơn</title>" in body
    assert 'rel="canonical"' in body and "/web/truongchinhtri/chi-tiet\" rel" in body


def test_every_gold_article_reachable(crawled):
    pages, _ = crawled
    for gold in portal.GOLD:
        variants = {gold["path"], *gold["alt_paths"]}
        assert variants & set(pages), gold["path"]


def test_some_articles_only_on_page_two(crawled):
    _, found_on = crawled
    only_page_two = []
    for gold in portal.GOLD:
        sources = set()
        for link, where in found_on.items():
            if link.split("?")[0] == gold["path"] or link in gold["alt_paths"]:
                sources |= where
        if sources and all("_cur=2" in s for s in sources):
            only_page_two.append(gold["path"])
    assert len(only_page_two) == 3, only_page_two


def test_crawl_is_bounded(crawled):
    pages, _ = crawled
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, len(pages)
    # a crawler that drops Liferay's redirect parameter needs fewer
    stripped = {p.split("?redirect=")[0] for p in pages}
    assert len(stripped) < len(pages)


def test_non_articles(server, crawled):
    pages, _ = crawled
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "tieude-tin" not in body
        assert path in pages


def test_soft_404s_are_not_articles(server):
    status, body, _ = fetch(server, "/web/truongchinhtri/chi-tiet?articleId=409977")
    assert status == 200 and "không còn tồn tại" in body and "tieude-tin" not in body
    status, body, _ = fetch(server, "/web/truongchinhtri/chi-tiet")
    assert status == 200 and "tieude-tin" not in body


def test_images_and_unknown_paths(server):
    img = portal.GOLD[0]["images"][0]["path"]
    status, _, headers = fetch(server, img)
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/image/journal/article?img_id=461207&t=1")
    assert status == 200
    for target in [
        "/web/truongchinhtri/khong-co",
        "/web/truongchinhtri/tin-tuc/-/asset_publisher/Zk3fWq9RbT2a/content/khong-co-bai",
        "/web/truongchinhtri/tin-tuc/-/asset_publisher/Lm8pXc4NvQ1e/content/"
        + portal.STORIES[0].slug,
        "/web/guest/trang-chu",
        "/robots.txt",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_listing_pager(server):
    status, body, _ = fetch(server, "/web/truongchinhtri/tin-tuc")
    txt = page_text(body)
    assert status == 200
    assert "Trang 1 của 2" in txt and "Hiển thị 1 - 4 của 6 kết quả." in txt
    for word in ("Đầu", "Trước", "Sau", "Cuối"):
        assert word in txt
    status, body, _ = fetch(server, "/web/truongchinhtri/nghien-cuu-trao-doi")
    assert "lfr-pagination" not in body
