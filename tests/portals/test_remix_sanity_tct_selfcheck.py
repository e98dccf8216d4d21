"""Self-checks of the remix_sanity_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import remix_sanity_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SKIP_PREFIXES = ("/assets/", "/cdn-img/", "/cdn-files/", "/favicon")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """Hrefs of <a> and the targets a GET form submits to, one per submit button."""

    def __init__(self, use_forms: bool = True):
        super().__init__(convert_charrefs=True)
        self.use_forms = use_forms
        self.hrefs: list[str] = []
        self._form: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form" and self.use_forms:
            method = (a.get("method") or "get").lower()
            self._form = {"action": a.get("action") or "", "fields": [], "buttons": []}
            if method != "get":
                self._form = None
        elif self._form is not None and tag == "input" and a.get("name"):
            if a.get("type") not in ("radio", "checkbox", "submit"):
                self._form["fields"].append((a["name"], a.get("value") or ""))
        elif self._form is not None and tag == "button" and a.get("name"):
            self._form["buttons"].append((a["name"], a.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            form = self._form
            submits = form["buttons"] or [None]
            for button in submits:
                fields = list(form["fields"]) + ([button] if button else [])
                self.hrefs.append(form["action"] + "?" + urlencode(fields))
            self._form = None


def links_of(page_url: str, body: str, use_forms: bool = True) -> list[str]:
    parser = _Links(use_forms)
    parser.feed(body)
    out = []
    base = urlsplit(page_url)
    for href in parser.hrefs:
        absolute = urlsplit(urljoin(page_url, _html.unescape(href)))
        if absolute.netloc != base.netloc or absolute.scheme not in ("http", "https"):
            continue
        target = absolute.path + (f"?{absolute.query}" if absolute.query else "")
        if target.startswith(SKIP_PREFIXES):
            continue
        out.append(target)
    return out


def crawl(server, use_forms: bool = True) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = body
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in links_of(server.url(target), body, use_forms):
            if link not in seen:
                queue.append(link)
    return seen


def page_text(body: str) -> str:
    """Visible text, comments and scripts dropped, blocks spaced, NFC, collapsed."""
    body = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(
        r"</?(p|br|li|td|th|tr|h[1-6]|div|figure|figcaption|blockquote|ul|ol|table)\b[^>]*>",
        " ",
        body,
    )
    body = re.sub(r"<[^>]+>", "", body)
    return collapse(_html.unescape(body))


def h1_of(body: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    assert m, "no <h1>"
    return page_text(m.group(1))


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"].startswith(g["summary"] or "")


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert headers["Content-Type"].startswith("text/html")
        assert h1_of(body) == g["title"], g["path"]
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"/>' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            assert status == 200, alt
            if "_data=" in alt:
                assert headers["Content-Type"].startswith("application/json")
                doc = json.loads(body)["baiViet"]
                assert collapse(doc["tieuDe"]) == g["title"]
            else:
                assert h1_of(body) == g["title"], alt
                assert f'href="{server.base_url}{g["canonical_path"]}"' in body


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))


def test_essay_three_needs_the_get_form_and_n10_needs_page_two(server):
    seen = crawl(server, use_forms=False)
    assert portal.GOLD[12]["path"] not in seen  # E3 only behind <button name="trang" value="2">
    n10 = portal.GOLD[9]["path"]
    linking = [t for t, body in seen.items() if f'href="{n10}"' in body]
    assert sorted(linking) == ["/chuyen-muc/tin-hoat-dong?trang=2", "/tin-tuc?trang=3"]


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells, each in a cell
                for cell in para.split(" | "):
                    assert f">{_html.escape(cell, quote=True)}</t" in body, (g["path"], cell)
            else:
                assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{_html.escape(img["path"], quote=True)}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if g["path"].endswith("khoa-86"):
            assert f"ngày {int(d)} tháng {m} năm {y}" in text
        else:
            assert f"{d}/{m}/{y}" in text, g["path"]
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] in text
        assert g["category"] in text


def test_gold_decisions_on_traps(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    n3 = by_path[f"/tin-tuc/{portal.N3.slug}"]
    _, body, _ = fetch(server, n3["path"])
    assert 'dateTime="2026-11-30T23:05:00.000Z"' in body
    assert n3["published_at"] == "2026-12-01T06:05:00+07:00"
    # React's separators sit inside the printed date
    assert "01/12/2026<!-- --> - <!-- -->06:05" in body
    # the internal note rides in the loader JSON only
    _, body, _ = fetch(server, f"/tin-tuc/{portal.N1.slug}")
    note = portal.N1.opts["note"]
    assert note in body.split("window.__remixContext", 1)[1]
    assert note not in page_text(body)
    # N6 is printed decomposed, gold is NFC
    _, body, _ = fetch(server, f"/tin-tuc/{portal.N6.slug}")
    assert unicodedata.normalize("NFD", "long trọng") in body
    assert "long trọng" not in body
    # bylines and signatures stay out of the body
    for g in portal.GOLD:
        assert "Tin, ảnh" not in g["body"] and "Đăng bởi" not in g["body"]
        assert "Nơi nhận" not in g["body"] and "Xem thêm" not in g["body"]
    # midnight is a day; the letterhead's day for the notice; update date ignored
    assert by_path[f"/tin-tuc/{portal.N7.slug}"]["published_at"] == "2026-11-13"
    assert by_path[f"/tin-tuc/{portal.N2.slug}"]["published_at"] == "2026-11-30"
    assert by_path[f"/tin-tuc/{portal.N4.slug}"]["published_at"].startswith("2026-11-27T14:30")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_data_routes_and_unknown_paths(server):
    status, body, headers = fetch(server, "/tin-tuc?trang=2&_data=routes%2Ftin-tuc._index")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert len(json.loads(body)["baiViet"]) == len(portal.NEWS)
    status, _, _ = fetch(server, f"/tin-tuc/{portal.N1.slug}?_data=routes%2F_index")
    assert status == 403
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/bai-viet-khong-co",
        f"/nghien-cuu/{portal.N1.slug}",
        "/chuyen-muc/khong-co",
        "/tin-tuc?trang=abc",
        "/gioi-thieu/khong-co",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_listing_pages_parse(server):
    status, body, _ = fetch(server, "/chuyen-muc/nghien-cuu-trao-doi")
    assert status == 200
    assert 'name="trang" value="2"' in body
    targets = links_of(server.url("/chuyen-muc/nghien-cuu-trao-doi"), body)
    page2 = [t for t in targets if parse_qs(urlsplit(t).query).get("trang") == ["2"]]
    assert page2 == ["/chuyen-muc/nghien-cuu-trao-doi?trang=2"] * 2  # "2" and "Trang sau ›"
    status, body, _ = fetch(server, page2[0])
    assert f'href="/nghien-cuu/{portal.E3.slug}"' in body
    status, body, _ = fetch(server, "/tin-tuc?trang=3")
    assert f'href="/tin-tuc/{portal.N10.slug}"' in body
