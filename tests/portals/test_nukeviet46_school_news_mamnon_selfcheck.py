"""Self-checks of the NukeViet "mamnon" kindergarten fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_school_news_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(page: str) -> str:
    """The visible text of a page, tags as spaces, entities decoded, whitespace collapsed, NFC."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def links(page: str, here: str) -> list[str]:
    """Same-host targets of ``href`` attributes (path plus query), fragments dropped."""
    out = []
    for raw in re.findall(r'href="([^"]*)"', page):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        parts = urlsplit(urljoin("http://127.0.0.1" + here, href))
        if parts.hostname != "127.0.0.1":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[dict[str, list[str]], int]:
    """Breadth-first over the links from START_PATH; redirects followed on the same host."""
    seen: dict[str, list[str]] = {}
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen or urlsplit(target).path.lower().endswith(STATIC_EXT):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = []
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        seen[target] = links(body, urlsplit(target).path)
        queue.extend(t for t in seen[target] if t not in seen)
    return seen, pages


def test_contract_shape():
    assert portal.NAME == "nukeviet46_school_news_mamnon"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        assert g["summary"] and g["body"].startswith(g["summary"]), g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1"), g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_title_and_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    shown = page_text(body)
    assert gold["title"] in shown
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{src}"' in body, src
        if img["caption"]:
            assert img["caption"] in shown, img["caption"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown, name
    if gold["source"]:
        assert gold["source"] in shown
    day = gold["published_at"][:10]
    assert f"{day[8:10]}/{day[5:7]}/{day[:4]}" in shown
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in shown
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
    assert re.findall(r'itemprop="name">([^<]+)<', crumbs)[-1] == gold["category"]
    assert f'href="http://127.0.0.1:{server.port}{gold["path"]}"' in body  # canonical


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    assert gold["alt_paths"], gold["path"]
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert urlsplit(headers["Location"]).path == gold["path"]
            continue
        assert status == 200, alt
        shown = page_text(body)
        assert gold["title"] in shown
        assert gold["body"].split("\n\n")[-1].split(" | ")[-1] in shown


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    seen, pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_page_two(server):
    first_pages = ["/", "/news/", "/news/hoat-dong-cua-be/", "/news/rss/"]
    old = [portal.article_path(portal.A1), portal.article_path(portal.A2)]
    for target in first_pages:
        _status, body, _headers = fetch(server, target)
        for path in old:
            assert path not in body, (target, path)
    for target in ("/news/hoat-dong-cua-be/page-2/", "/news/page-2/"):
        _status, body, _headers = fetch(server, target)
        for path in old:
            assert f'href="{path}"' in body
    for gold in portal.GOLD:
        if gold["path"] in old:
            continue
        _status, body, _headers = fetch(server, gold["path"])
        for path in old:
            assert path not in body, (gold["path"], path)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _headers = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body
        assert path not in GOLD_BY_PATH


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/news/hoat-dong-cua-be/page-3/",
        "/news/hoat-dong-cua-be/page-1/",
        "/news/page-4/",
        "/news/khong-co-muc/",
        "/news/hoat-dong-cua-be/be-lam-thiep-9999.html",
        "/news/goc-phu-huynh/be-tham-gia-thuc-hanh-thoat-nan-phong-chay-chua-chay-450.html",
        "/news/tag/khong-co",
        "/photos/hoat-dong-cua-be/khong-co-99.html",
        "/videoclips/khong-co-99.html",
        "/index.php?language=vi&nv=news&op=khong-co/bai-1",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_traps_are_in_the_markup(server):
    # the home image: D1 hides it, A6/D2 print the title as its figcaption
    _s, d1, _h = fetch(server, portal.article_path(portal.D1))
    assert "thuc-don-tuan-3-t11.jpg" not in d1.split('id="news-bodyhtml"')[0].split("og:image")[1][60:]
    _s, d2, _h = fetch(server, portal.article_path(portal.D2))
    assert f"<figcaption>{portal.D2.title}</figcaption>" in d2
    # the week in the title, the date line, NukeViet's meta time with "ICT" in it
    assert "Thứ sáu - 04/12/2026 16:45" in d2
    assert 'content="2026-12-04ICT16:45:00"' in d2
    # menu rows with a rowspan; the sidebar repeats Monday's dishes on every page
    assert d2.count('rowspan="2"') == 5
    _s, home, _h = fetch(server, "/")
    assert "<td>Cháo tôm bí đỏ</td><td>Sữa chua, bánh quy</td>" in home
    assert "op=thuc-don-tuan/thuc-don-tuan-1-thang-12-tu-07-12-den-11-12-2026-455" in home
    # the multi-category article is linked under the second category
    _s, news, _h = fetch(server, "/news/tin-tuc-nha-truong/")
    assert portal._alt_paths(portal.A4)[0] in news
    # A3 is decomposed (NFD)
    _s, a3, _h = fetch(server, portal.article_path(portal.A3))
    assert unicodedata.normalize("NFD", "thu hoạch rau cải") in a3
    assert "thu hoạch rau cải" not in a3
    # A5's photos on the old host
    _s, a5, _h = fetch(server, portal.article_path(portal.A5))
    assert 'src="http://mnhoasen.vinhyen.edu.vn/uploads/news/2026_11/steam-tha-thuyen.jpg"' in a5
    # comments with their own dates, the visible breadcrumb empty
    _s, a4, _h = fetch(server, portal.article_path(portal.A4))
    assert "20/11/2026 06:52" in a4 and "Ý kiến bạn đọc" in a4
    assert '<ul class="breadcrumbs list-none"></ul>' in a4


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            if "path" in img:
                status, _body, headers = fetch(server, img["path"])
                assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source
