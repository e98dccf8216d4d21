"""Self-checks of the aspnet_webpages_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webpages_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Links(HTMLParser):
    """Links, GET forms (hidden inputs and selects only) and visible text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.imgs: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        elif tag == "form":
            self._form = {
                "method": (a.get("method") or "get").lower(),
                "action": a.get("action") or "",
                "fixed": [],
                "selects": {},
                "text": False,
            }
            self.forms.append(self._form)
        elif self._form is not None and tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind == "hidden":
                self._form["fixed"].append((a["name"], a.get("value", "")))
            elif kind in ("text", "search"):
                self._form["text"] = True
        elif self._form is not None and tag == "select":
            self._select = a.get("name")
            self._form["selects"][self._select] = []
        elif self._form is not None and tag == "option" and self._select:
            self._form["selects"][self._select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        elif tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(body: str) -> _Links:
    p = _Links()
    p.feed(body)
    return p


def page_text(body: str) -> str:
    return collapse(" ".join(parse(body).text))


def targets(page_path: str, body: str) -> list[str]:
    """Same-host targets a browser reaches from a page by links and by submitting GET forms."""
    base = "http://fixture.invalid" + page_path
    doc = parse(body)
    out = []
    for href in doc.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        out.append(urljoin(base, _html.unescape(href)))
    for form in doc.forms:
        if form["method"] != "get" or form["text"]:
            continue
        action = urljoin(base, form["action"])
        choices = [[]]
        for name, values in form["selects"].items():
            choices = [[*c, (name, v)] for c in choices for v in values]
        for choice in choices:
            out.append(action.split("?")[0] + "?" + urlencode(form["fixed"] + choice))
    result = []
    for url in out:
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid":
            continue
        result.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return result


def _is_page(target: str) -> bool:
    path = target.split("?")[0].lower()
    return not path.endswith((".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf"))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def crawl(server, skip=lambda t: False) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        for nxt in targets(target, body):
            if nxt not in queued and _is_page(nxt) and not skip(nxt):
                queued.add(nxt)
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_contract_shape():
    assert portal.NAME == "aspnet_webpages_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"] in portal.CATS.values()


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            text = page_text(body)
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                for piece in para.split(" | "):  # a table row: its cells are printed apart
                    assert piece in text, (target, para)
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert g["source"] in text
            if "?in=" not in target:  # the print view prints no breadcrumb
                assert g["category"] in text
            for img in g["images"]:
                assert img["path"] in body
                if img["caption"]:
                    assert img["caption"] in text


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_detail_dates_print_in_en_us_culture(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, f"/ChiTiet.cshtml/{story.id}")
        dt = story.opts["dt"]
        if dt is None:
            assert "Ngày đăng:" not in body
            assert next(g for g in portal.GOLD if g["path"].endswith(f"/{story.id}"))["published_at"] is None
        else:
            assert f"Ngày đăng: {portal.us_dt(dt)}" in body


def test_every_gold_article_and_page_is_reachable_within_budget(crawled):
    reached = set(crawled)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawled) <= budget, (len(crawled), sorted(crawled))


def test_some_article_needs_page_two_through_the_form(server):
    reached = set(crawl(server, skip=lambda t: "trang=" in t and "trang=1" not in t))
    missing = [g["path"] for g in portal.GOLD if not ({g["path"], *g.get("alt_paths", [])} & reached)]
    assert missing == ["/ChiTiet.cshtml/44"]


def test_alt_paths_are_linked_somewhere(crawled):
    reached = set(crawled)
    linked = {alt for g in portal.GOLD for alt in g.get("alt_paths", []) if alt in reached}
    assert "/chitiet.cshtml/46" in linked
    assert "/ChiTiet/58" in linked
    feat = portal.FEATURED
    assert f"/ChiTiet.cshtml/{feat.id}/{feat.slug}" in linked
    assert f"/ChiTiet.cshtml/{feat.id}/TinTuc.cshtml?loai={feat.cat}" in linked


def test_soft_404_pages_are_not_articles(server, crawled):
    assert "/ChiTiet.cshtml/47" in crawled
    assert "/ChiTiet.cshtml/TinTuc.cshtml?loai=1" in crawled
    for target in ("/ChiTiet.cshtml/47", "/ChiTiet.cshtml/TinTuc.cshtml?loai=1", "/ChiTiet/TinTuc.cshtml?loai=2"):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert "Bài viết không tồn tại" in body
        assert 'class="tieude_bv"' not in body and 'class="nd_bv"' not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "TRƯỜNG THCS PHAN BỘI CHÂU" in body


def test_unknown_paths_404(server):
    for target in (
        "/khongco.cshtml",
        "/TinTuc.cshtml?loai=99",
        "/TinTuc.cshtml?loai=1&trang=9",
        "/GioiThieu.cshtml/abc",
        "/Default.cshtml/abc",
        "/App_Data/TruongHoc.sdf",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_word_list_markers_and_bylines_stay_out_of_gold():
    g50 = next(g for g in portal.GOLD if g["path"] == "/ChiTiet.cshtml/50")
    assert "- Quan sát" not in g50["body"] and "Xem thêm" not in g50["body"]
    g64 = next(g for g in portal.GOLD if g["path"] == "/ChiTiet.cshtml/64")
    assert g64["published_at"] == "2026-12-02" and g64["authors"] == ["Vũ Thị Hạnh"]
    assert "THÔNG BÁO" not in g64["body"] and "Ngày | Buổi | Môn | Khối" in g64["body"]
