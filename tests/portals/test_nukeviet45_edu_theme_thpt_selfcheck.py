"""Self-checks of the nukeviet45_edu_theme_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_edu_theme_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _links(page: str, here: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = quote(parts.path, safe="/%-._~") + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _plain(page: str) -> str:
    """The page's text with tags removed without a space (as words split over runs read)."""
    no_tags = re.sub(r"<[^>]+>", "", page)
    return collapse(_html.unescape(no_tags))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of <a href> links from START_PATH: statuses and bodies by target."""
    seen: dict[str, tuple[int, str, dict[str, str]]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body, headers)
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            for link in _links(body, urlsplit(target).path):
                if link not in seen and not re.search(r"\.(jpe?g|png|gif|pdf|ico|css|js)$", link):
                    queue.append(link)
    return seen


def _q(path: str) -> str:
    parts = urlsplit(path)
    return quote(parts.path, safe="/%-._~") + (f"?{parts.query}" if parts.query else "")


def test_module_contract():
    assert portal.NAME == "nukeviet45_edu_theme_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["body"] and g["body"].count("\n\n") + 1 >= 3
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
    with open(portal.__file__, encoding="utf-8") as fh:
        src = fh.read()
    for root in ("home", "tmp", "work"):
        assert f"/{root}/" not in src


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _plain(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    cat = gold["category"]
    assert f'<span itemprop="name">{_html.escape(cat)}</span>' in body
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, _q(alt))
        assert status == 200, alt
        assert gold["title"] in _plain(body)
        first = gold["body"].split("\n\n")[0]
        assert first.split(" | ")[0] in _plain(body)
        if "/savefile/" in alt:
            assert headers.get("Content-Disposition", "").startswith("attachment")


def test_printed_dates():
    site_dates = {
        424: "Thứ tư - 02/12/2026 10:05",
        419: "Thứ năm - 12/11/2026 07:45",
        409: "Thứ bảy - 17/10/2026 00:00",
        427: "Thứ ba - 01/12/2026 09:15",
    }
    for sid, printed in site_dates.items():
        story = portal.BY_ID[sid]
        assert portal._detail_date(portal._pub(story)) == printed


def test_everything_reachable_from_start(crawl):
    reached = {t for t, (status, _, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert _q(gold["path"]) in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert _q(path) in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, len(crawl)
    assert all(status == 200 for status, _, _ in crawl.values()), [
        t for t, (s, _, _) in crawl.items() if s != 200
    ]


def test_page_two_only_articles(crawl, server):
    """426, 430, 407: no home block, sidebar or tag page links them; page 2 of their category does."""
    home = crawl["/"][1]
    for sid in (426, 430, 407):
        story = portal.BY_ID[sid]
        assert f"-{sid}.html" not in home
        cat_p1 = fetch(server, f"/news/{story.cat}/")[1]
        cat_p2 = fetch(server, f"/news/{story.cat}/page-2/")[1]
        assert f"-{sid}.html" not in cat_p1.split('class="cot-phai"')[0].split("cot-chinh")[1]
        assert f"-{sid}.html" in cat_p2
    for tag in portal.TAGS:
        page = fetch(server, f"/news/tag/{quote(tag)}/")[1]
        assert "-426.html" not in page and "-430.html" not in page and "-407.html" not in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert "news_column" not in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay/",
        "/news/khong-co-chuyen-muc/",
        "/news/thong-bao/khong-co-bai-999.html",
        "/news/thong-bao/page-9/",
        "/news/page-9/",
        "/news/tag/khong-co-tag/",
        "/index.php?language=vi&nv=news&op=thong-bao/abc-999",
    ):
        assert fetch(server, target)[0] == 404, target


def test_traps_are_in_place(server):
    s424 = portal.BY_ID[424]
    other = fetch(server, portal.article_path(s424, "tin-tuc-su-kien"))[1]
    assert '<span itemprop="name">Tin tức - Sự kiện</span>' in other
    assert f'href="http://127.0.0.1:{server.port}{portal.article_path(s424)}"' in other
    main = fetch(server, portal.article_path(s424))[1]
    assert "<title>Nguyễn Huệ giành 18 giải HSG tỉnh lớp 12 năm 2026" in main
    assert 'content="2026-12-02+0710:05:00"' in main
    assert "Tổng số điểm của bài viết là: 23 trong 5 đánh giá" in main
    assert "nh_quantri" in main
    s427 = portal.BY_ID[427]
    status, _, headers = fetch(server, portal.article_path(s427) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    s426 = fetch(server, portal.article_path(portal.BY_ID[426]))[1]
    assert "<o:p>&nbsp;</o:p>" in s426
    assert fetch(server, "/news/thong-bao")[0] == 301
    assert fetch(server, "/news/hoat-dong-chuyen-mon/page-1/")[0] == 301
    wrong = fetch(server, "/news/thong-bao/sai-alias-427.html")
    assert wrong[0] == 301 and wrong[2]["Location"] == portal.article_path(s427)
