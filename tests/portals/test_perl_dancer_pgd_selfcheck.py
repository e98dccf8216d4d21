"""Self-checks of the perl_dancer_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import perl_dancer_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """``<a href>`` targets and GET forms (each select option and text field as one submission)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                          "fields": {}, "options": []}
            self.forms.append(self._form)
        elif self._form is not None and tag == "select":
            self._select = a.get("name")
        elif self._form is not None and tag == "option" and self._select:
            self._form["options"].append((self._select, a.get("value", "")))
        elif self._form is not None and tag == "input" and a.get("name"):
            self._form["fields"][a["name"]] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def _targets(page_url: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = [urljoin(page_url, h) for h in parser.links]
    for form in parser.forms:
        if form["method"] != "get":
            continue
        action = urljoin(page_url, form["action"])
        for name, value in form["options"] or [(None, None)]:
            fields = dict(form["fields"])
            if name:
                fields[name] = value
            out.append(action + "?" + urlencode(fields))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over pages (not images, styles, scripts, files), following redirects."""
    seen: set[str] = set()
    reached: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        reached.add(target)
        for url in _targets(server.url(target), body):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if re.search(r"\.(jpe?g|png|gif|css|js|pdf)$", parts.path, re.I):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return reached, requests


def _page_text(body: str) -> str:
    body = re.sub(r'<div style="display:none">.*?</div>', " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_shape():
    assert portal.NAME == "perl_dancer_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_paths_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        for path in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, path)
            assert status == 200, path
            assert headers["Content-Type"].lower() == "text/html; charset=utf-8"
            m = re.search(r'<h2 class="tde">(.*?)</h2>', body, re.S)
            assert m and collapse(_html.unescape(m.group(1))) == g["title"], path
            assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_every_gold_and_non_article_reachable_within_budget(server):
    reached, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_beyond_first_pages(server):
    first_pages = set()
    for target in ["/", "/news/section/tin-tuc-su-kien", "/news/section/hoat-dong-chuyen-mon",
                   "/news/section/thong-bao"]:
        _, body, _ = fetch(server, target)
        first_pages |= set(re.findall(r'href="(/news/\d{4}/[^"#]+?)/?"', body))
    hidden = {g["path"] for g in portal.GOLD} - first_pages
    assert len(hidden) >= 2, hidden


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert f'data-original="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
        day = (g["published_at"] or "")[:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text, g["path"]


def test_hidden_note_not_in_gold():
    g = next(g for g in portal.GOLD if g["path"].endswith("tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc"))
    assert "BTV" not in g["body"]


def test_traps_present(server):
    _, body, _ = fetch(server, "/news/2026/11/18/ky-niem-44-nam-ngay-nha-giao-viet-nam")
    assert "charset=iso-8859-1" in body
    assert '<time datetime="2026-11-20T02:15:00Z">09:15 20/11/2026</time>' in body
    assert "Cập nhật: 22/11/2026" in body
    assert 'class="lazy" src="/images/grey.gif"' in body
    assert "Phụ huynh Lê Văn Tùng" in body
    _, home, _ = fetch(server, "/")
    assert "[ 04/11/2026 ]" in home  # 111, posted 04/12/2026: the 0-based month
    _, ent, _ = fetch(server, "/news/2026/10/03/giai-bong-da-hoc-sinh-thcs-huyen-quynh-luu-nam-2026")
    assert "&#x1EA1;" in ent or "&#x1EA3;" in ent
    _, last, _ = fetch(server, "/news/section/tin-tuc-su-kien/page/2")
    assert 'href="/news/section/tin-tuc-su-kien/page/3"' in last
    status, empty, _ = fetch(server, "/news/section/tin-tuc-su-kien/page/3")
    assert status == 200 and "Chưa có bài viết nào." in empty and "page/4" not in empty
    status, _, headers = fetch(server, "/news/archive?thang=2026-10")
    assert status == 302 and headers["Location"] == "/news/archive/2026-10"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co",
        "/news/2026/11/19/ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "/news/2026/11/18/khong-co-bai",
        "/news/section/khong-co",
        "/news/section/tin-tuc-su-kien/page/4",
        "/news/archive/2025-01",
        "/page/khong-co",
        "/documents/999",
        "/files/van-ban/khong-co.pdf",
        "/news/2026/11/18/ky-niem-44-nam-ngay-nha-giao-viet-nam/comment",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404
