"""Self-checks of the mojolicious_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mojolicious_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """Links (href) and GET forms (action + default values) of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.forms: list[tuple[str, dict[str, str]]] = []
        self._form: tuple[str, dict[str, str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self._form = (a.get("action") or "", {})
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form[1][a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


def _targets(page: str, current: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    base = "http://h" + current
    out = []
    for href in parser.links:
        url = urljoin(base, _html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc == "h" and parts.scheme == "http":
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for action, values in parser.forms:
        url = urljoin(base, action)
        parts = urlsplit(url)
        query = "&".join(f"{k}={v}" for k, v in values.items())
        out.append(parts.path + (f"?{query}" if query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    requests = 0
    while queue:
        target = queue.pop(0)
        status, page, headers = fetch(server, target)
        requests += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for nxt in _targets(page, target):
            if nxt not in seen and not re.search(r"\.(jpg|png|gif|pdf|css|js|ico)$", nxt) and "/tim-kiem" not in nxt:
                seen.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"] for g in portal.GOLD])
def test_gold_page_serves_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _text(page)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # table rows: cells in their own <td>
                assert cell in text, para
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in page
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        assert gold["category"] in text
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page


def test_dates_printed(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        text = _text(page)
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
        if "T" in gold["published_at"]:
            hh, mm = gold["published_at"][11:13], gold["published_at"][14:16]
            assert f"{hh}g{mm} ngày {d}/{m}/{y}" in text


def test_not_body_lines_not_in_gold():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for junk in ("Tin: Y Khuê Niê", "Theo Báo Đắk Lắk", "Tải về", "Nơi nhận", "Số: 412", "CỘNG HÒA", "Ảnh:"):
        assert junk not in bodies


def test_everything_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only(server):
    _, home, _ = fetch(server, "/")
    for pid in (219, 214, 212):
        assert f"/tin/{pid}/" not in home
    for cat, pid in (("tin-tuc-su-kien", 219), ("hoat-dong-chuyen-mon", 212)):
        _, p1, _ = fetch(server, f"/chuyen-muc/{cat}")
        _, p2, _ = fetch(server, f"/chuyen-muc/{cat}?trang=2")
        assert f"/tin/{pid}/" not in p1 and f"/tin/{pid}/" in p2


def test_non_articles_serve(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    ["/khong-co", "/tin/999", "/tin/231/sai-slug", "/chuyen-muc/khong-co", "/chuyen-muc/tin-tuc-su-kien?trang=9", "/van-ban/7"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    status, _, headers = fetch(server, portal.GOLD[1]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
