"""Self-checks of the typo3_bootstrap_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import typo3_bootstrap_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", markup)))


def links(markup: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host page links from START_PATH (assets skipped)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    ok: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        ok.add(target)
        for link in links(body, target):
            if re.search(r"\.(jpe?g|png|gif|ico|css|js|docx)$", urlsplit(link).path) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    return ok, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "typo3_bootstrap_thpt"


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'<h3 itemprop="headline">{_html.escape(g["title"])}</h3>' in body, target
            assert f'rel="canonical" href="http://127.0.0.1:{server.port}{g["canonical_path"]}"' in body


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells, one after another
                cells = para.split(" | ")
                assert "".join(f"<td>{_html.escape(c)}</td>" for c in cells) in body or "".join(
                    f"<th>{_html.escape(c)}</th>" for c in cells
                ) in body, (g["path"], para)
                continue
            assert para in text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert f">{_html.escape(g['category'])}</a>" in body
        assert g["category"] in text.split("Chuyên mục:", 1)[1][:60]
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = f"{d}/{m}/{y}"
        if g["path"].endswith("kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"):
            assert f"ngày {int(d)} tháng {m} năm {y}" in text
        else:
            assert printed in text, (g["path"], printed)
            if "T" in g["published_at"]:
                assert f"{printed} {g['published_at'][11:16]}" in text


def test_everything_reachable_within_budget(server):
    reached, pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="headline"' not in body


def test_unknown_and_variants(server):
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/tin-tuc/chi-tiet/khong-co-tin")[0] == 404
    assert fetch(server, "/tin-tuc/page-9")[0] == 404
    assert fetch(server, "/tin-tuc/page-1")[0] == 404
    assert fetch(server, "/index.php?id=12&tx_news_pi1%5Bnews%5D=183&cHash=deadbeef")[0] == 404
    status, _, headers = fetch(server, portal.GOLD[0]["path"] + "/")
    assert status == 301 and headers["Location"] == portal.GOLD[0]["path"]
    # the hidden record: 200 with no article
    status, body, _ = fetch(server, portal.legacy_path(portal.HIDDEN_UID))
    assert status == 200 and "Không tìm thấy tin tức." in body and 'itemprop="headline"' not in body
    # raw brackets resolve as well
    status, body, _ = fetch(server, portal.legacy_path(183, encoded=False).replace("[", "%5B").replace("]", "%5D"))
    assert status == 200
    assert fetch(server, "/fileadmin/user_upload/tin-tuc/2026/atgt-chao-co.jpg")[0] == 200


def test_list_paging_and_link_records(server):
    _, p1, _ = fetch(server, "/tin-tuc")
    assert 'href="/tin-tuc/page-2"' in p1 and 'href="/tin-tuc/page-3"' not in p1
    _, p3, _ = fetch(server, "/tin-tuc/page-3")
    oldest = portal.BY_UID[158]
    assert portal.detail_path(oldest) in p3
    _, home, _ = fetch(server, "/")
    assert portal.detail_path(oldest) not in home
    _, p2, _ = fetch(server, "/tin-tuc/page-2")
    assert 'href="/gioi-thieu/thanh-tich"' in p2
