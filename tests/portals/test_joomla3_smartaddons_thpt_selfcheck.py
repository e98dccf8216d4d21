"""Self-checks of the joomla3_smartaddons_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_smartaddons_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|form)\b[^>]*?\b(?:href|action)="([^"#]*)["#]""", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<br\s*/?>", "\n", markup)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def _links(server: PortalServer, body: str, current: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        url = urljoin(server.url(current), _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for link in _links(server, body, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen


def test_contract_shape():
    assert portal.NAME == "joomla3_smartaddons_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    # the whole text: the page-break article is read on its all-pages view
    full = body
    for alt in gold.get("alt_paths", []):
        if "showall=1" in alt:
            full = fetch(server, alt)[1]
    text = _text(full)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    raw = _html.unescape(full)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in full
        if img["caption"]:
            assert img["caption"] in raw
    if gold["published_at"] and "T" in gold["published_at"]:
        assert f'datetime="{gold["published_at"]}" itemprop="datePublished"' in body
    elif gold["published_at"]:
        y, m, d = gold["published_at"].split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert f">{_html.escape(gold['category'])}</a>" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body


def test_everything_reachable_within_budget(server):
    before = len(server.requests)
    seen = _crawl(server)
    used = len(server.requests) - before
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert used <= 3 * (13 + len(portal.NON_ARTICLES)), used


def test_page_two_only_articles(server):
    """219 and 226 are on no page-1 listing, home page or sidebar."""
    home = fetch(server, "/")[1]
    for slug_id in ("/219-", "/226-"):
        assert slug_id not in home
        for listing in ("/tin-tuc-su-kien.html", "/thong-bao.html"):
            assert slug_id not in fetch(server, listing)[1]
    assert "/219-" in fetch(server, "/tin-tuc-su-kien.html?start=5")[1]
    assert "/226-" in fetch(server, "/thong-bao.html?start=2")[1]


def test_traps_are_printed(server):
    g231 = next(g for g in portal.GOLD if "/231-" in g["path"])
    body = fetch(server, g231["path"])[1]
    # full-text image outside the body, caption only in its title attribute
    head, _rest = body.split('itemprop="articleBody"', 1)
    assert 'class="caption" title="Đồng chí Phó Hiệu trưởng' in head
    # created date printed before the published date
    assert head.index("Ngày tạo:") < head.index("Ngày đăng:")
    assert "Super User" in head
    # page heading h1 with the category above the headline
    assert "<h1> Tin tức - Sự kiện </h1>" in head
    # page-break page 2 has the suffixed headline
    g228 = next(g for g in portal.GOLD if "/228-" in g["path"])
    p2 = fetch(server, g228["path"] + "?showall=&limitstart=1")[1]
    assert "- Trang 2</h2>" in p2 and "Trang 2 / 2" in p2
    # cloaked e-mail: a script inside the body
    g233 = next(g for g in portal.GOLD if "/233-" in g["path"])
    assert "<span id=\"cloak3b9d61ac\">" in fetch(server, g233["path"])[1]
    # loadposition module inside the articleBody of 224
    g224 = next(g for g in portal.GOLD if "/224-" in g["path"])
    b224 = fetch(server, g224["path"])[1].split('itemprop="articleBody"', 1)[1]
    assert b224.index("Bài viết cùng chuyên mục") < b224.index("Trần Thị Mai")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc-su-kien/999-khong-ton-tai.html",
        "/tin-tuc-su-kien.html?start=50",
        "/thong-bao/240-hoc-sinh-truong-thpt-phan-boi-chau-dat-9-giai-cap-tinh-ky-thi-chon-hoc-sinh-gioi-lop-12.html",
        "/index.php?option=com_content",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
