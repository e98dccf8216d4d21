"""Self-checks of the php_homemade_ajax_tabs_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_ajax_tabs_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
_BLOCK = re.compile(r"</?(?:p|div|br|td|th|tr|li|ul|ol|table|tbody|thead|h[1-6]|img|span class)[^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = _BLOCK.sub(" ", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return collapse(_html.unescape(markup))


def links(markup: str, page_target: str, base: str) -> list[str]:
    """Same-host targets of the page's <a href> and GET forms' actions, resolved like a browser."""
    m = re.search(r'<base href="([^"]+)"', markup)
    page_url = base + page_target
    resolve_from = m.group(1) if m else page_url
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', markup):
        href = _html.unescape(href)
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(resolve_from, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over the site's links from START_PATH: {target: [pages linking it]}."""
    seen: dict[str, list[str]] = {portal.START_PATH: []}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target.lower().endswith(_STATIC) or urlsplit(target).path.startswith("/timthumb.php"):
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        pages += 1
        for link in links(body, target, server.base_url):
            if link not in seen:
                seen[link] = []
                queue.append(link)
            seen[link].append(target)
    return seen, pages


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_paths_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'<h2 class="tde_ctiet">{_html.escape(g["title"])}</h2>' in body, target
            assert g["title"] in page_text(body)
            # the <title> is the office's name, never the headline (trap 3)
            assert f"<title>{_html.escape(portal.SITE_TITLE)}</title>" in body


def test_every_gold_article_is_reachable(crawl):
    seen, pages = crawl
    for g in portal.GOLD:
        assert any(t in seen for t in [g["path"], *g.get("alt_paths", [])]), g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_list_pages_two_and_three(crawl):
    seen, _ = crawl
    for sid in (1190, 1188, 1187):
        sources = seen.get(f"/chi-tiet.php?id={sid}&cat=1", []) + seen.get(f"/chi-tiet.php?id={sid}", [])
        assert sources, sid
        assert all(re.fullmatch(r"/tin-tuc\.php\?cat=1&page=[23]", s) for s in sources), (sid, sources)


def test_home_tab_boxes_are_empty_and_ajax_fragment_is_relative(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    assert body.count("Đang tải dữ liệu...") >= 3
    assert "ajax/tintuc.php?cat=" in body
    main = body[body.index('id="cot_chinh"'): body.index('id="cot_phu"')]
    home_articles = set(re.findall(r'href="(chi-tiet\.php[^"]*)"', main))
    assert len(home_articles) == 3  # the carousel only
    status, frag, _ = fetch(server, "/ajax/tintuc.php?cat=1&trang=1")
    assert status == 200 and "<html" not in frag
    assert 'href="chi-tiet.php?id=1214&amp;cat=1"' in frag
    # fetched by itself, the fragment's links point under /ajax/ and are dead
    assert fetch(server, "/ajax/chi-tiet.php?id=1214&cat=1")[0] == 404
    assert fetch(server, "/ajax/tintuc.php?cat=1&trang=2")[0] == 200
    assert "Chưa có tin" in fetch(server, "/ajax/tintuc.php?cat=3&trang=1")[1]


def test_gold_fields_are_on_the_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            # a table row's cells are joined by " | " in the gold, printed as cells on the page
            assert para in text or para.replace(" | ", " ") in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        y, m, d = g["published_at"].split("-")
        if g["path"] == "/chi-tiet.php?id=1215":
            assert f"ngày {d} tháng {m} năm {y}" in text
            assert "Đăng ngày: 04/12/2026" in text
        else:
            assert f"Đăng ngày: {d}/{m}/{y}" in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"].lstrip("/")}"' in body or f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        crumb = re.search(r'<ol class="breadcrumb dd_dan">(.*?)</ol>', body).group(1)
        assert g["category"] in _html.unescape(crumb)


def test_url_cat_does_not_change_the_breadcrumb(server):
    _, body, _ = fetch(server, "/chi-tiet.php?id=1199&cat=1")
    crumb = re.search(r'<ol class="breadcrumb dd_dan">(.*?)</ol>', body).group(1)
    assert "Chuyên môn - Nghiệp vụ" in crumb and "Tin tức - Sự kiện" not in crumb


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "tde_ctiet" in body or "tde_lich" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co.php",
        "/chi-tiet.php?id=9999",
        "/chi-tiet.php?id=1214&cat=2",
        "/tin-tuc.php?cat=99",
        "/tin-tuc.php?cat=1&page=9",
        "/van-ban.php?id=1",
        "/ajax/chi-tiet.php?id=1214",
        "/upload/vanban/2026/khong.pdf",
        "/lich-cong-tac.php?tuan=60",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as fh:
        source = fh.read()
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
