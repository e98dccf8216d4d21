"""Self-checks of the joomla3_k2_itemlist_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_k2_itemlist_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'\s(?:href|action)="([^"#][^"]*)"')
_STATIC = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(server: PortalServer, href: str, page: str) -> str | None:
    absolute = urljoin(server.url(page), html.unescape(href))
    parts = urlsplit(absolute)
    if parts.netloc != f"{server.host}:{server.port}" or parts.path.startswith("/tin-tuc/item/download"):
        return None
    if parts.path.lower().endswith(_STATIC):
        return None
    path = quote(parts.path, safe="/%-._~")
    return path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer, skip=lambda t: False, statuses: dict | None = None) -> set[str]:
    """Every page reachable by links (and forms' bare actions) from START_PATH."""
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    while queue:
        page = queue.pop()
        status, body, headers = fetch(server, page)
        if statuses is not None:
            statuses[page] = status
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            target = _target(server, href, page)
            if target and target not in seen and not skip(target):
                seen.add(target)
                queue.append(target)
    return seen


def _page_text(body: str) -> str:
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _q(path: str) -> str:
    return quote(path, safe="/%-._~?&=")


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, _q(target))
        assert status == 200, target
        assert html.escape(gold["title"], quote=True) in body, target
    status, body, _ = fetch(server, _q(gold["path"]))
    text = unicodedata.normalize("NFC", _page_text(body))
    for para in gold["body"].split("\n\n"):
        if "@" in para:  # the cloaked address is written by a script: check around it
            head, _, _ = para.partition("vanphong.sgddt@")
            assert head.strip() in text
            assert "'vanphong.sgddt' + '&#64;'" in body
            continue
        if " | " in para:  # a table row: its cells, in order, one per <td>/<th>
            cells = "".join(f"<t[hd]>{re.escape(c)}</t[hd]>" for c in para.split(" | "))
            assert re.search(f"<tr>{cells}</tr>", body), para
            continue
        assert para in text, para[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    if gold["summary"]:
        assert f'<div class="itemIntroText"><p>{html.escape(gold["summary"], quote=True)}</p></div>' in body
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f", {d} Tháng {int(m)} {y} " in text
    assert gold["category"] in text


def test_midnight_and_nfd_traps(server):
    a3 = portal.BY_ID[309]
    status, body, _ = fetch(server, portal.item_path(a3))
    assert status == 200
    assert "Thứ sáu, 27 Tháng 11 2026 00:00" in body
    b2 = portal.BY_ID[312]
    status, body, _ = fetch(server, portal.item_path(b2))
    assert status == 200
    assert unicodedata.normalize("NFD", "Tại ngày hội, 36 gian trưng bày") in body
    assert '<span><sup>Nổi bật</sup></span></h2>' in body


def test_every_gold_article_is_reachable(server):
    statuses: dict[str, int] = {}
    seen = _crawl(server, statuses=statuses)
    broken = {t: s for t, s in statuses.items() if s not in (200, 301)}
    assert not broken, broken
    for gold in portal.GOLD:
        assert _q(gold["path"]) in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert _q(path) in seen, path
    # the crawl stays bounded: 3 × (13 + non-articles) pages at most, print views left out
    pages = [t for t in seen if "print=1" not in t and "itemlist/search" not in t]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_on_page_two(server):
    seen = _crawl(server, skip=lambda t: "start=" in t)
    hidden = [g["path"] for g in portal.GOLD if _q(g["path"]) not in seen]
    assert len(hidden) >= 2, hidden


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, _q(path))
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/hoat-dong-cua-nganh?start=8",
        "/tin-tuc/hoat-dong-cua-nganh/item/318-sai-alias",
        "/tin-tuc/thong-bao/item/318-khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        "/tin-tuc/itemlist/tag/Kh%C3%B4ng%20c%C3%B3",
        "/van-ban/item/43-khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_and_downloads(server):
    status, _, headers = fetch(server, portal.k2img(318, "L"))
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    story = portal.BY_ID[319]
    status, _, headers = fetch(server, portal._attach_href(story, 0))
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
