"""Self-checks of the kooboo_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import kooboo_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"', re.I)
_TAG = re.compile(r"<[^>]+>")
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub(" ", markup)))


def _links(target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        if parts.path.lower().endswith(_STATIC) or parts.path.lower().startswith("/kooboo/resource/"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        assert len(seen) < 200, "crawl does not end"
        queue.extend(t for t in _links(target, body) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "kooboo_sgddt"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths + alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_page_prints_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
    status, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert _html.escape(img["path"], quote=True) in body, img["path"]
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
    y, m, d = gold["published_at"][:10].split("-")
    days = (f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"ngày {d} tháng {m} năm {y}")
    assert any(day in text for day in days), gold["published_at"]
    assert gold["category"] in text
    # the header's today is not the article's date
    assert portal.HEADER_DAY in text


def test_title_tag_is_not_the_headline(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    title_tag = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
    assert gold["title"] not in _html.unescape(title_tag)


def test_nfd_and_entities_are_served_as_such(server):
    nfd = next(g for g in portal.GOLD if "giao-ban" in g["path"])
    _, body, _ = fetch(server, nfd["path"])
    assert unicodedata.normalize("NFD", nfd["title"]) in body
    ent = next(g for g in portal.GOLD if g["path"].endswith(portal.BY_ID[7].opts["uuid"]))
    _, body, _ = fetch(server, ent["path"])
    assert "&#7893;" in body and ent["title"] not in body


def test_everything_reachable_and_within_budget(server):
    seen = crawl(server)
    reached = {t for t, body in seen.items() if body}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_only_via_later_pages(server):
    seen = crawl(server)
    deep = {portal.clean_path(portal.BY_ID[i]) for i in (7, 9, 13)}
    for target, body in seen.items():
        if "pageIndex=2" in target or "pageIndex=3" in target:
            continue
        for link in _links(target, body):
            assert link not in deep, (target, link)


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles_answer(server, target):
    status, _, _ = fetch(server, target)
    assert status == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/chi-tiet?UserKey=khong-co-bai-nay",
        "/tin-tuc/chi-tiet",
        "/tin-tuc?pageIndex=9",
        "/tin-tuc?pageIndex=abc",
        "/thong-bao/chi-tiet/00000000-0000-0000-0000-000000000000",
        "/gioi-thieu/khong-co",
        "/van-ban/chi-tiet?UserKey=khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_and_files_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img["path"]
    status, _, headers = fetch(server, "/Cms_Data/Contents/SoGDDT/Media/Files/QD-ket-qua-sang-kien-2026.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
