"""Self-checks of the joomla3_zoo_blog_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_zoo_blog_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
_BASE = re.compile(r"""<base\s+href=["']([^"']+)["']""", re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    no_scripts = _SCRIPT.sub(" ", body)
    return collapse(_html.unescape(_TAG.sub(" ", no_scripts)))


def links(body: str, page_url: str) -> list[str]:
    m = _BASE.search(body)
    base = m.group(1) if m else page_url
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(base, href)
        out.append(absolute.split("#", 1)[0])
    return out


def crawl(server: PortalServer):
    """Breadth-first over GET links on the host, honouring <base>; returns pages and in-links."""
    root = server.url("/")
    host = urlsplit(root).netloc
    seen = {"/"}
    inlinks: dict[str, set[str]] = {}
    queue = deque(["/"])
    pages = []
    while queue and len(pages) < 300:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.append(target)
        for url in links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host:
                continue
            t = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpe?g|png|gif|pdf|ico|css|js)$", parts.path, re.I):
                continue
            if "task=callelement" in t:
                continue
            inlinks.setdefault(t, set()).add(target)
            if t not in seen:
                seen.add(t)
                queue.append(t)
    return pages, inlinks


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        assert 3 <= g["body"].count("\n\n") + 1 <= 12
        if g["published_at"]:
            assert g["published_at"][:7] in {"2026-10", "2026-11", "2026-12"}


def test_gold_paths_serve_the_article(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            m = re.search(r'<h1 class="pos-title">(.*?)</h1>', body, re.S)
            assert m, target
            assert collapse(_html.unescape(m.group(1))) == g["title"], target


def test_every_gold_article_is_reachable_and_budget(server):
    pages, inlinks = crawl(server)
    reached = set(pages)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), budget)
    # the page-2-only items are linked from page 2 of their listing (and their own page) only
    for story in (portal.A5, portal.A6, portal.B5):
        sources = inlinks[portal.sef(story)] - {portal.sef(story)}
        assert sources == {f"/tin-tuc/category/{story.cat}/2"}, sources


def test_base_href_trap(server):
    # relative sources resolve against the root <base>, not against the page
    status, _, _ = fetch(server, "/tin-tuc/item/images/tintuc/2026/12/hoi-thao-khoa-hoc-04-12-2.jpg")
    assert status == 404
    status, _, _ = fetch(server, "/tin-tuc/category/tin-tuc/category/tin-tuc-su-kien/2")
    assert status == 404
    status, body, _ = fetch(server, "/tin-tuc/category/tin-tuc-su-kien")
    assert 'href="tin-tuc/category/tin-tuc-su-kien/2"' in body
    assert f"<base href=\"{server.base_url}/\" />" in body


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL in para:
                before, after = para.split(portal.EMAIL)
                assert collapse(before) in txt
                assert after in body
                assert "Địa chỉ email này đang được bảo vệ" in txt
                user, domain = portal.EMAIL.split("@")
                assert f"'{user}' + '&#64;'" in body
                for piece in domain.split("."):
                    assert f"'{piece}'" in body
            elif " | " in para:  # a table row: its cells, in order
                cells = [re.escape(c) for c in para.split(" | ")]
                assert re.search(" ".join(cells), txt), (g["path"], para)
            else:
                assert para in txt, (g["path"], para)
        if g["summary"]:
            assert f"<strong>{g['summary']}" in unicodedata.normalize(
                "NFC", _html.unescape(body)
            )
        story = portal.BY_SLUG[g["path"].rsplit("/", 1)[1]]
        assert portal.long_date(story.opts["dt"]) in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, name
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img
            if img["caption"]:
                assert img["caption"] in unicodedata.normalize("NFC", _html.unescape(body))
        crumb = re.search(r'<ul class="uk-breadcrumb">(.*?)</ul>', body, re.S).group(1)
        assert f">{g['category']}</a>" in _html.unescape(crumb)


def test_comments_and_widgets_are_not_in_gold():
    bodies = " ".join(g["body"] for g in portal.GOLD)
    for noise in (
        "Mong nhà trường sớm phát hành kỷ yếu",
        "Tin cùng chuyên mục",
        "Xem thêm",
        "Địa chỉ email này",
        "Tôn vinh những người thầy",
        "Lần cập nhật cuối",
    ):
        assert noise not in bodies


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1 class=\"pos-title\">" not in body or "pos-specification" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/item/bai-viet-khong-co",
        "/tin-tuc/category/tin-tuc-su-kien/3",
        "/tin-tuc/category/khong-co",
        "/tin-tuc/tag/kh%C3%B4ng%20c%C3%B3",
        "/index.php?option=com_zoo&task=item&item_id=9999",
        "/index.php?option=com_content&view=article&id=1",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target
