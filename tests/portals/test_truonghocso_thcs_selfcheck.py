"""Self-check of the "Trường học số" THCS portal: the fixture against itself, never the crawler.

Every gold path and alternative answers 200 with its headline; the gold fields are printed on the
page; a walk of links and GET forms from START_PATH reaches every article (two of them only via
page 2 of a listing, one of those only through the notices' select form) within the request
budget; the non-articles answer 200 and unknown paths 404.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from itertools import product
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import truonghocso_thcs as portal
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(value: str) -> str:
    value = unicodedata.normalize("NFC", _html.unescape(value).replace("\xa0", " "))
    return re.sub(r"\s+", " ", value).strip()


class _Page(HTMLParser):
    """Links, GET forms (with their inputs and select options) and the visible text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[dict] = []
        self.text: list[str] = []
        self._skip = 0
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(), "fields": {}}
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            if a.get("type", "text") in ("text", "hidden", "search"):
                self._form["fields"].setdefault(a["name"], []).append(a.get("value", ""))
        elif tag == "select" and self._form is not None and a.get("name"):
            self._select = a["name"]
            self._form["fields"][self._select] = []
        elif tag == "option" and self._form is not None and self._select:
            self._form["fields"][self._select].append(a.get("value", ""))
        elif tag in ("br", "p", "div", "td", "li", "h1", "h2", "h3", "tr"):
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)

    @property
    def flat(self) -> str:
        return _norm(" ".join(self.text))


def _parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def _targets(page_target: str, parsed: _Page) -> set[str]:
    out = set()
    base = "http://fixture.invalid" + page_target
    for href in parsed.links:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urlsplit(urljoin(base, href))
        if url.netloc != "fixture.invalid":
            continue
        out.add(url.path + (f"?{url.query}" if url.query else ""))
    for form in parsed.forms:
        if form["method"] != "get" or form["action"].startswith("javascript:"):
            continue
        action = urlsplit(urljoin(base, form["action"] or page_target))
        if action.netloc != "fixture.invalid":
            continue
        names = list(form["fields"])
        for combo in product(*(form["fields"][n] or [""] for n in names)):
            query = urlencode(list(zip(names, combo, strict=True)))
            out.add(action.path + (f"?{query}" if query else ""))
    return out


def _is_page(target: str) -> bool:
    path = urlsplit(target).path
    return not path.startswith(("/Data/", "/Content/", "/Scripts/")) and path != "/rss.aspx"


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
            "summary", "body", "images", "category"}
    for g in portal.GOLD:
        assert keys <= set(g), g["path"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert "Sổ liên lạc điện tử" not in g["body"]
        assert "Nơi nhận" not in g["body"] and "CỘNG HÒA" not in g["body"]
        assert "File đính kèm" not in g["body"] and "Xem thêm" not in g["body"]


def test_every_gold_page_and_alternative_answers_with_its_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert g["title"] in _norm(body), target


def test_gold_fields_are_printed_on_the_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = _parse(body).flat
        raw = _norm(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):  # a table row: its cells are printed one by one
                assert piece in text, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'"{img["path"]}"' in raw, img
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        assert f'<link rel="canonical" href="http://127.0.0.1:{server.port}{g["canonical_path"]}"' in body
        if g["published_at"]:
            y, m, d = g["published_at"][:10].split("-")
            assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text, g["path"]


def test_tricky_dates_read_as_the_gold_says(server):
    by_id = {s.id: s for s in portal.STORIES}
    # 12:00:00 SA is midnight: a day alone; 12:20:00 CH is twenty past noon
    assert "12:00:00 SA" in by_id[2491877].opts["posted"] and by_id[2491877].published_at == "2026-11-20"
    assert "12:20:00 CH" in by_id[2493012].opts["posted"]
    assert by_id[2493012].published_at.endswith("T12:20:00+07:00")
    # notices printed as documents take the letterhead's day, not the posting day
    _, body, _ = fetch(server, portal.url_of(by_id[2492875]))
    assert "Ngày đăng: 01/12/2026" in body and "ngày 30 tháng 11 năm 2026" in body


def test_every_article_is_reachable_from_the_start_within_budget(server):
    wanted = {}
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            wanted[target] = g["path"]
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    parents: dict[str, str] = {}
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if target in wanted and status == 200:
            reached.add(wanted[target])
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for nxt in sorted(_targets(target, _parse(body))):
            if nxt not in seen and _is_page(nxt):
                seen.add(nxt)
                parents[nxt] = target
                queue.append(nxt)
    assert reached == {g["path"] for g in portal.GOLD}
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # the page-2-only articles: Hội nghị CBCCVC via ?page=2, the HSG notice via the select form
    hoi_nghi = portal.url_of(portal.A4)
    hsg = portal.url_of(portal.A11)
    assert parents[hoi_nghi].endswith("?page=2")
    assert "trang=2" in parents[hsg]


def test_page_two_articles_have_no_anchor_elsewhere(server):
    hsg = portal.url_of(portal.A11)
    hoi_nghi = portal.url_of(portal.A4)
    pages = ["/", "/thong-bao", portal.SECTIONS["hdnt"][0], "/goc-hoc-tap", "/tim-kiem?tukhoa=20%2F11"]
    pages += [g["path"] for g in portal.GOLD if g["path"] not in (hsg, hoi_nghi)]
    for target in pages:
        _, body, _ = fetch(server, target)
        links = _parse(body).links
        assert not any(str(portal.A11.id) in h or str(portal.A4.id) in h for h in links), target
    _, body, _ = fetch(server, "/thong-bao")
    assert "trang=2" not in " ".join(_parse(body).links)
    _, feed, _ = fetch(server, "/rss.aspx")
    assert str(portal.A11.id) not in feed and str(portal.A4.id) not in feed


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert portal.HEADER_TODAY in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/9999999/bai-khong-co.html",
        "/tin-tuc/9999999.html",
        "/tin-tuc/danh-muc/12/hoat-dong-nha-truong.html?page=7",
        "/tin-tuc/danh-muc/99/khong-co.html",
        "/thong-bao?trang=9",
        "/van-ban/1/khong-co.html",
        "/video/1/x.html",
    ],
)
def test_unknown_paths_are_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_and_attachments_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/Data/upload/files/thcsthongnhat/2026/12/De_cuong_Toan9_HKI.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
