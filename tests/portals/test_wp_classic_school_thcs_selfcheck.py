"""Self-checks of the wp_classic_school_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_classic_school_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


class _Page(HTMLParser):
    """Visible text (no script/style) and the targets of ``<a href>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)
        if tag in ("p", "div", "li", "td", "tr", "br", "h1", "h2", "h3", "figcaption", "time"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in ("p", "div", "li", "td", "h1", "h2", "h3"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def _parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def _target(href: str, host: str) -> str | None:
    parts = urlsplit(_html.unescape(href))
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != host):
        return None
    if not parts.path and not parts.query:
        return None
    path = parts.path or "/"
    return path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract_shape():
    assert portal.NAME == "wp_classic_school_thcs"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts + portal.NON_ARTICLES)) == len(paths) + len(alts) + len(
        portal.NON_ARTICLES
    )
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["body"] and 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _parse(body)
        assert g["title"] in page.text, g["path"]
        assert f"<title>{portal._tx(g['title'])} &#8211; " in body


def _article_text(server, g) -> tuple[str, str]:
    """Text and markup of the article, all its pages (the split post 118 has two)."""
    texts, bodies = [], []
    for target in [g["path"]] + [a for a in g.get("alt_paths", []) if "&page=" in a]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        texts.append(_parse(body).text)
        bodies.append(body)
    return " ".join(texts), "\n".join(bodies)


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        text, markup = _article_text(server, g)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (g["path"], cell)
            else:
                assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
            assert f"<p><strong>{portal._tx(g['summary'])}</strong></p>" in markup
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert img["path"] in markup, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in text, (g["path"], img["caption"])
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in g["published_at"]:
            hm = g["published_at"][11:16]
            assert f"{d}/{m}/{y}" in text
            assert f"lúc {portal._clock(hm)}" in text
            # the machine-readable date carries the local clock labelled as UTC (trap 1)
            assert f'datetime="{day}T{hm}:00+00:00"' in markup
        else:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        assert "quantri_lvt" in text and "quantri_lvt" not in g["authors"]


def test_gold_body_has_no_chrome_or_plugin_text():
    banned = [
        "smartslider3", "#gallery-1", "Bài viết liên quan", "Xem thêm", "Nơi nhận", "THÔNG BÁO",
        "Tin, ảnh", "Ảnh:", "Nguồn:", "metaslider", "File đính kèm",
        "Trang: 1", "ke-hoach-nho-1",
    ]
    for g in portal.GOLD:
        for word in banned:
            assert word not in g["body"], (g["path"], word)
    # the oEmbed card of 124 inside 139 is no quote of 139's text
    body_139 = next(g["body"] for g in portal.GOLD if g["path"] == "/?p=139")
    assert portal.BY_ID[124].title not in body_139


def test_gold_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img["path"]


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in _parse(body).text, alt
            if "&page=" not in alt:
                host = urlsplit(server.base_url).netloc
                assert f'<link rel="canonical" href="http://{host}{g["path"]}" />' in body, alt


def test_every_article_reachable_from_start(server):
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    html_pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        html_pages += 1
        for href in _parse(body).links:
            nxt = _target(href, host)
            if nxt is None or nxt in seen or nxt.split("?")[0].lower().endswith(STATIC_EXT):
                continue
            seen.add(nxt)
            queue.append(nxt)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # following every same-host link stays within the crawl budget of the README
    assert html_pages <= 3 * (13 + len(portal.NON_ARTICLES)), html_pages


def test_some_articles_only_on_later_listing_pages(server):
    _, home, _ = fetch(server, "/")
    _, cat3, _ = fetch(server, "/?cat=3")
    _, cat3p2, _ = fetch(server, "/page/2/?cat=3")
    assert "/?p=101" not in home and "/?p=101" not in cat3
    assert "/?p=101" in cat3p2
    _, home2, _ = fetch(server, "/?paged=2")
    for pid in (127, 124, 121, 118):
        assert f"/?p={pid}\"" in home2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "entry-title" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/?p=9999",
        "/?p=118&page=3",
        "/?cat=99",
        "/?paged=9",
        "/page/3/?cat=3",
        "/?m=202609",
        "/?attachment_id=999",
        "/?page_id=99",
        "/tin-tuc/le-20-11.html",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target
