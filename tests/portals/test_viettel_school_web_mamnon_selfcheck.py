"""Self-checks of the viettel_school_web_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import viettel_school_web_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get":
            self.forms.append(a.get("action") or "")


def _plain(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?i)<br\s*/?>", "\n", page)
    page = re.sub(r"(?i)</t[dh]>\s*<t[dh][^>]*>", " | ", page)  # a table row reads "a | b"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over same-host links from START_PATH: {target: (status, body)}."""
    seen: dict[str, tuple[int, str]] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.hrefs:
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if parts.path.lower().endswith(STATIC):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
        assert len(seen) < 200, "the site must be bounded"
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h2 class="tde-bv">{_html.escape(gold["title"])}</h2>' in body
        assert f'/tin-tuc/{gold["path"].split("/")[3]}/' in body
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        plain = _plain(body)
        assert gold["title"] in plain
        for para in gold["body"].split("\n\n"):
            assert para in plain, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in plain
        if gold["source"]:
            assert gold["source"] in plain
        assert f"› {gold['category']}" in plain
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in plain
        # the text never carries the chrome
        assert "Đăng bởi" not in gold["body"] and "Cập nhật lần cuối" not in gold["body"]


def test_gold_dates_are_printed(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in gold["published_at"]:
            hh, mm = gold["published_at"][11:16].split(":")
            assert f"{hh}h{mm} - {d}/{m}/{y}" in body
        else:
            assert f"{d}/{m}/{y}" in body or f"ngày {d} tháng {m} năm {y}" in body


def test_everything_reachable(crawl):
    ok = {t for t, (status, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in ok, alt
    for path in portal.NON_ARTICLES:
        assert path in ok, path


def test_pagination_only_articles(crawl):
    """Some posts are listed only on page 2 of a listing (and not on the home page)."""
    _, home = crawl[f"{portal.T}/"]
    for sid in (1160, 1143, 1151):
        assert f"/tin-tuc/{sid}/" not in home
    _, p2 = crawl[f"{portal.T}/chuyen-muc/11?p=2"]
    assert "/tin-tuc/1160/" in p2 and "/tin-tuc/1143/" in p2


def test_budget(crawl):
    pages = [t for t in crawl if not t.lower().endswith(STATIC)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Trường Mầm non Họa Mi" in body


@pytest.mark.parametrize(
    "target",
    [
        "/nope",
        f"{portal.T}/tin-tuc/9999/khong-co",
        f"{portal.T}/chuyen-muc/11?p=9",
        f"{portal.T}/chuyen-muc/99",
        f"{portal.T}/album/77",
        "/mnkhac-cairang/",
        f"{portal.T}/khong-ton-tai",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_slug_redirect_and_images(server):
    status, _, headers = fetch(server, f"{portal.T}/tin-tuc/1187/sai-slug")
    assert status == 301 and headers["Location"].endswith(
        "/tin-tuc/1187/hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027"
    )
    status, _, headers = fetch(server, "/upload/92041/20261203/hoithi-1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_traps_present(server):
    _, body, _ = fetch(server, f"{portal.T}/tin-tuc/1187/hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027")
    assert '<h1 class="mod-tit">TIN TỨC</h1>' in body
    assert '<table align="center"' in body and 'class="tbl-anh"' in body
    _, body, _ = fetch(server, f"{portal.T}/tin-tuc/1184/be-lop-la-2-trai-nghiem-lam-banh-bo-thot-not")
    assert 'style="display:none"' in body
    gold = next(g for g in portal.GOLD if "/1184/" in g["path"])
    assert "mam non hoa mi" not in gold["body"]
    assert all(img["caption"] is None for img in gold["images"])
    gold = next(g for g in portal.GOLD if "/1172/" in g["path"])
    assert gold["body"].count(gold["summary"]) == 1
    _, body, _ = fetch(server, gold["path"])
    assert _plain(body).count(gold["summary"]) == 2
