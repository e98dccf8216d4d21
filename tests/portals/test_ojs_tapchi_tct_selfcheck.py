"""Self-checks of the ojs_tapchi_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import urldefrag, urlencode, urljoin, urlsplit

import lxml.html
import pytest

from crawler.demo.server import PortalServer
from tests.portals import ojs_tapchi_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    doc = lxml.html.fromstring(body)
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return unicodedata.normalize("NFC", collapse(doc.text_content()))


def _targets(server: PortalServer, page_url: str, body: str) -> list[str]:
    """Links and GET-form submissions of a page, as same-host targets (path?query)."""
    doc = lxml.html.fromstring(body)
    urls: list[str] = []
    for href in doc.xpath("//a/@href"):
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        urls.append(urljoin(page_url, href))
    for form in doc.xpath("//form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        action = urljoin(page_url, form.get("action") or page_url)
        fixed = [
            (i.get("name"), i.get("value") or "")
            for i in form.xpath(".//input[@name]")
            if (i.get("type") or "text").lower() not in ("submit", "button", "radio", "checkbox")
        ]
        selects = form.xpath(".//select[@name]")
        if not selects:
            urls.append(action.split("?")[0] + "?" + urlencode(fixed))
        for sel in selects:
            for opt in sel.xpath(".//option/@value"):
                urls.append(
                    action.split("?")[0] + "?" + urlencode([*fixed, (sel.get("name"), opt)])
                )
    out = []
    base = urlsplit(server.base_url)
    for url in urls:
        url = urldefrag(url)[0]
        parts = urlsplit(url)
        if parts.netloc != base.netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over links and GET forms from START_PATH: target -> (status, type)."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        ctype = headers.get("Content-Type", "")
        seen[target] = (status, ctype)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and ctype.startswith("text/html"):
            queue.extend(_targets(server, server.url(target), body))
        assert len(seen) < 400, "the site should not be unbounded"
    return seen


def test_counts_and_uniqueness():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_text(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = page_text(body)
        assert gold["title"] in text or gold["title"] in unicodedata.normalize("NFC", body), alt


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in text
    doc = lxml.html.fromstring(body)
    srcs = {urlsplit(urljoin("http://x" + gold["path"], s)).path for s in doc.xpath("//img/@src")}
    for img in gold["images"]:
        assert img["path"] in srcs, img
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    forms = [day, f"{d}/{m}/{y}", f"ngày {int(d)} tháng {int(m)} năm {y}"]
    assert any(f in text for f in forms), forms
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text


def test_gold_reachable_from_start(crawl):
    for gold in portal.GOLD:
        assert crawl.get(gold["path"], (0,))[0] == 200, gold["path"]


def test_non_articles_answer_and_are_reachable(server, crawl):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert path in crawl, path


def test_page_budget(crawl):
    """Pages a link-following crawler asks for (redirects and OJS's extension-less galley files
    included; files with an extension and search-form submissions left out) fit the budget."""
    pages = [
        t
        for t, (st, _ct) in crawl.items()
        if st != 404
        and not re.search(r"\.(jpe?g|png|gif|pdf|docx?)$", t.split("?")[0])
        and "tukhoa=" not in t
        and "/search/search" not in t
    ]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc/tin-tuc-su-kien/khong-co-n9999.html",
        "/tin-tuc/tin-tuc-su-kien/?trang=9",
        f"{portal.J}/article/view/999",
        f"{portal.J}/issue/view/1",
        f"{portal.J}/article/view/ttkh58-01/55",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_pdf_galley_redirects_to_download(server):
    status, _, headers = fetch(server, f"{portal.J}/article/view/ttkh58-03/103")
    assert status == 302
    assert headers["Location"].endswith(f"{portal.J}/article/download/ttkh58-03/103")


def test_header_date_is_today_not_a_gold_date(server):
    _, body, _ = fetch(server, "/")
    assert portal.HEADER_TODAY in page_text(body)
    assert all(not g["published_at"].startswith("2026-12-05") for g in portal.GOLD)
