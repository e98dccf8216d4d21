"""Self-checks of the wp_newsup_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newsup_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""href=["']([^"'#]*)(?:#[^"']*)?["']""")
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js)(\?|$)", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        if not href:
            continue
        absolute = urljoin(server.url(target), html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        if _STATIC.search(parts.path) or parts.path.startswith(("/feed", "/wp-")):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(urljoin(server.url(target), headers["Location"])).path)
            seen[target] = ""
            continue
        assert status == 200, target
        seen[target] = body
        queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


def test_contract():
    assert portal.NAME == "wp_newsup_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.__doc__ and "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="title single">(.*?)</h1>', page, re.S).group(1)
    assert _text(h1) == gold["title"]
    story = portal.BY_SLUG[gold["path"].strip("/")]
    pages = [page]
    for n in range(2, len(portal.story_parts(story)) + 1):
        status, extra, _ = fetch(server, f"{gold['path']}{n}/")
        assert status == 200
        pages.append(extra)
    text = " ".join(_text(p) for p in pages)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells, each in its own <td>
            assert cell in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"].replace("&", "&#038;") in page or img["path"] in page
        if img["caption"]:
            assert img["caption"] in text
    day = portal.vi_day(story.opts["at"])
    assert day in text
    if gold["published_at"] != story.opts["at"].date().isoformat():  # the notice: letterhead day
        assert "ngày 30 tháng 11 năm 2026" in text
    assert gold["category"] in text


def test_split_post_pages(server):
    status, _, headers = fetch(server, "/lop-choi-2-tham-quan-den-hung/1/")
    assert status == 301 and headers["Location"] == "/lop-choi-2-tham-quan-den-hung/"
    assert fetch(server, "/lop-choi-2-tham-quan-den-hung/3/")[0] == 404


def test_reachable_within_budget(server):
    pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, sorted(pages)


def test_some_articles_only_on_later_list_pages(server):
    _, first, _ = fetch(server, "/category/tin-tuc/")
    _, second, _ = fetch(server, "/category/tin-tuc/page/2/")
    oldest = "/giao-vien-nha-truong-dat-giai-hoi-thi-giao-vien-day-gioi-cap-thanh-pho/"
    assert oldest not in first and oldest in second
    _, home, _ = fetch(server, "/")
    assert oldest not in home


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    assert fetch(server, path)[0] == 200


@pytest.mark.parametrize(
    "path",
    ["/khong-co-bai-nay/", "/category/khong-co/", "/category/tin-tuc/page/9/", "/2026/08/",
     "/be-vui-trai-nghiem-lam-banh-troi/img_9999/", "/?foo=1", "/gioi-thieu/page/2/"],
)
def test_unknown_404(server, path):
    assert fetch(server, path)[0] == 404


def test_redirects(server):
    status, _, headers = fetch(server, "/?p=409")
    assert status == 301 and headers["Location"] == "/chi-bo-truong-mam-non-sao-mai-tong-ket-cong-tac-dang-nam-2026/"
    status, _, headers = fetch(server, "/lien-he")
    assert status in (301, 404)
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/"


def test_utc_meta_day_differs(server):
    _, page, _ = fetch(server, "/chi-bo-truong-mam-non-sao-mai-tong-ket-cong-tac-dang-nam-2026/")
    assert 'content="2026-12-02T23:10:00+00:00"' in page
    assert "Tháng Mười Hai 3, 2026" in page


def test_images_served(server):
    status, _, headers = fetch(server, "/wp-content/uploads/2026/12/IMG_0931.jpg?w=381&h=253")
    assert status == 200 and headers["Content-Type"].startswith("image/")
