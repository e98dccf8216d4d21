"""Self-checks of the php_homemade_rewrite_html_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_rewrite_html_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|doc)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.srcs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "img":
            self.srcs.extend(v for k, v in attrs if k in ("src", "data-original") and v)


def links(server: PortalServer, target: str, body: str, *, use_base: bool = True) -> tuple[list[str], list[str]]:
    """Same-host targets linked from a page (hrefs, image srcs), resolved as a browser does."""
    parser = _Links()
    parser.feed(body)
    base = parser.base if (use_base and parser.base) else server.url(target)
    out_a, out_img = [], []
    for raw, out in [(h, out_a) for h in parser.hrefs] + [(s, out_img) for s in parser.srcs]:
        if raw.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, raw))
        if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out_a, out_img


def crawl(server: PortalServer, skip=lambda t: False, use_base: bool = True) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen or skip(target):
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status != 200:
            continue
        hrefs, _ = links(server, target, body, use_base=use_base)
        for h in hrefs:
            if not STATIC.search(urlsplit(h).path) and h not in seen:
                queue.append(h)
    return seen


def page_text(body: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S))
    return collapse(_html.unescape(no_tags))


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert 3 <= len(g["body"].split("\n\n")) <= 12


def test_module_has_no_machine_paths():
    with open(portal.__file__, encoding="utf-8") as fh:
        src = fh.read()
    assert not re.search(r"/(home|tmp|work)/", src)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_pages_answer_with_their_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = page_text(unicodedata.normalize("NFC", body))
    assert gold["title"] in text
    y, m, d = gold["published_at"][:10].split("-")
    assert f"Ngày đăng: {d}/{m}/{y}" in text
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    _, srcs = links(server, gold["path"], body)
    for img in gold["images"]:
        assert img["path"] in srcs
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    assert "images/grey.gif" not in [i["path"] for i in gold["images"]]
    # the category is the breadcrumb's leaf, the fb plugin carries the canonical URL
    assert f'<a href="{gold["path"].split("/")[1]}.html">{gold["category"]}</a>' in body
    assert f'data-href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = page_text(unicodedata.normalize("NFC", body))
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in text


def test_lead_printed_twice_is_body_once(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-179.html"))
    body = fetch(server, gold["path"])[1]
    assert page_text(body).count(gold["summary"]) >= 2
    assert gold["body"].count(gold["summary"]) == 1


def test_encodings_of_stored_text(server):
    nfd = next(g for g in portal.GOLD if g["path"].endswith("-171.html"))
    body = fetch(server, nfd["path"])[1]
    assert nfd["title"] not in body
    assert unicodedata.normalize("NFD", nfd["title"]) in body
    ent = next(g for g in portal.GOLD if g["path"].endswith("-149.html"))
    body = fetch(server, ent["path"])[1]
    assert "&#" in body and ent["body"].split("\n\n")[1] not in body
    assert "09/10/2026 - 00:00" in body and ent["published_at"] == "2026-10-09"


def test_every_gold_article_reachable_and_crawl_is_bounded(server):
    seen = crawl(server)
    ok = {t for t, st in seen.items() if st == 200}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in ok, target
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    assert all(st == 200 for st in seen.values()), {t: s for t, s in seen.items() if s != 200}


def test_some_articles_only_behind_page_two(server):
    seen = crawl(server, skip=lambda t: "/trang-2.html" in t)
    missing = {g["path"] for g in portal.GOLD} - set(seen)
    assert {p.rsplit("-", 1)[1] for p in missing} == {"155.html", "149.html", "152.html"}


def test_base_href_ignored_leads_to_404s(server):
    seen = crawl(server, use_base=False)
    assert any(st == 404 for st in seen.values())
    assert fetch(server, "/tin-tuc-su-kien/tin-tuc-su-kien/trang-2.html")[0] == 404
    assert fetch(server, "/tin-tuc-su-kien/upload/news/2026/12/hkpd-khai-mac.jpg")[0] == 404


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200
        assert "tieude_ct" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co.html",
        "/tin-tuc-su-kien/trang-3.html",
        "/tin-tuc/999.html",
        "/doan-doi/soi-noi-hoi-khoe-phu-dong-186.html",
        "/index.php?mod=news&act=detail&id=2",
        "/thu-vien-anh/khong-co-99.html",
        "/a/b/c-186.html",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
