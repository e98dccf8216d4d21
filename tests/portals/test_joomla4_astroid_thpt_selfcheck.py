"""Self-checks of the joomla4_astroid_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_astroid_thpt as portal
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page, NFC, whitespace collapsed, with a newline at block boundaries."""
    body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", body)
    body = re.sub(r"(?i)<br\s*/?>|</(p|td|th|li|h\d|div|figcaption|tr|span)>", "\n", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = _html.unescape(body).replace("\xa0", " ")
    body = unicodedata.normalize("NFC", body)
    return "\n".join(re.sub(r"\s+", " ", line).strip() for line in body.split("\n"))


def flat(body: str) -> str:
    return re.sub(r"\s+", " ", page_text(body))


def links(body: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first walk of every same-host link from START_PATH; redirects followed."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    reached: set[str] = set()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if _STATIC.search(urlsplit(target).path) or "download=" in target:
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302, 303):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        reached.add(target)
        queue.extend(links(body, server.url(target)))
    return reached, pages


def test_contract():
    assert portal.NAME == "joomla4_astroid_thpt"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["category"]
        assert g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in flat(body), target
        h2 = re.search(r'<h2 itemprop="headline">(.*?)</h2>', body, re.S)
        assert (
            h2
            and re.sub(
                r"\s+", " ", unicodedata.normalize("NFC", _html.unescape(h2.group(1)))
            ).strip()
            == gold["title"]
        )


def test_every_gold_and_non_article_reachable_within_budget(server):
    reached, pages = crawl(server)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert not missing
    assert not [p for p in portal.NON_ARTICLES if p not in reached]
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_a4_only_on_page_two(server):
    a4 = portal.sef(portal.A4)
    reached, _ = crawl(server)
    linking = []
    for target in reached:
        _, body, _ = fetch(server, target)
        if a4 in links(body, server.url(target)):
            linking.append(target)
    assert linking == ["/tin-tuc/hoat-dong?start=3"]


def test_d2_printed_in_full_on_listing_without_link(server):
    _, body, _ = fetch(server, "/tin-tuc/doan-thanh-nien")
    d2 = portal.sef(portal.D2)
    assert d2 not in body
    gold = next(g for g in portal.GOLD if g["path"] == d2)
    for para in gold["body"].split("\n\n"):
        assert para in flat(body)


def _date_forms(iso: str) -> list[str]:
    if "T" not in iso:
        d = datetime.fromisoformat(iso)
        return [f"ngày {d.day} tháng {d.month} năm {d.year}"]
    d = datetime.fromisoformat(iso)
    return [
        f'datetime="{iso}" itemprop="datePublished"',
        f"{d:%d} Tháng {d.month} {d.year} {d:%H:%M}",
    ]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = flat(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body, img
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
        assert fetch(server, img["path"])[0] == 200
    nfc_body = unicodedata.normalize("NFC", _html.unescape(body))
    assert all(form in nfc_body for form in _date_forms(gold["published_at"])[:1]), gold[
        "published_at"
    ]
    assert f">{gold['category']}<" in body or f"> {gold['category']} <" in body
    # the things the gold leaves out are on the page too (the traps are real)
    assert "Quản trị viên" in text


def test_letterhead_notice():
    n1 = next(g for g in portal.GOLD if g["path"] == portal.sef(portal.N1))
    assert n1["published_at"] == "2026-11-30"
    assert n1["authors"] == ["Phạm Thị Thu Trang"]
    assert "THÔNG BÁO" not in n1["body"] and "Nơi nhận" not in n1["body"]


def test_nfd_article_is_nfd_on_the_wire(server):
    _, body, _ = fetch(server, portal.sef(portal.C1))
    assert unicodedata.normalize("NFD", "Ứng dụng trí tuệ nhân tạo") in body


def test_lazy_images_have_placeholder(server):
    _, body, _ = fetch(server, portal.sef(portal.A3))
    assert 'data-src="/images/2026/11/hoi-thao/hoi-thao-gv-01.jpg"' in body
    assert 'src="data:image/svg+xml;base64,' in body


def test_k2_redirect(server):
    status, _, headers = fetch(server, f"/component/k2/item/61-{portal.K2_SLUG}")
    assert status == 301
    assert headers["Location"].endswith(portal.sef(portal.K2))


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'itemprop="datePublished"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/hoat-dong/261-sai-alias",
        "/tin-tuc/hoat-dong/999-bai-khong-co",
        "/tin-tuc/hoat-dong?start=30",
        "/component/tags/tag/khong-co",
        "/component/k2/item/999-khong-co",
        "/lich-cong-tac?tuan=99",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
