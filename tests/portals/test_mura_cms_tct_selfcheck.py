"""Self-checks of the mura_cms_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mura_cms_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, tags dropped, entities decoded, whitespace collapsed."""
    no_tags = re.sub(r"<br\s*/?>", "\n", page)
    no_tags = re.sub(r"</t([dh])>\s*<t[dh][^>]*>", " | ", no_tags)
    no_tags = re.sub(r"<[^>]+>", " ", no_tags)
    return collapse(_html.unescape(no_tags))


def _local_links(page: str, here: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/sites/", "/tasks/")):
            continue
        out.append(target)
    return out


def _crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in _local_links(body, target) if t not in seen)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h2 class="pageTitle tieude-bv">{_html.escape(record["title"])}</h2>' in body, target
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{record["canonical_path"]}"' in body
    status, body, _ = fetch(server, record["path"])
    text = _text(body)
    for para in record["body"].split("\n\n"):
        assert para in text, para
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert f"Nguồn: {record['source']}" in text
    if record["summary"]:
        assert record["summary"] in text
    for img in record["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert f">{_html.escape(record['category'])}</a>" in body
    day = record["published_at"][:10]
    y, m, d = day.split("-")
    assert (f"{d}/{m}/{y}" in text or f"{y}-{m}-{d}" in text
            or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
            or f"ngày {d} tháng {m} năm {y}" in text)
    if len(record["published_at"]) > 10:
        assert record["published_at"][11:16] in text


def test_everything_reachable_within_budget(server):
    seen = _crawl(server)
    for record in portal.GOLD:
        assert seen.get(record["path"]) == 200, record["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, len(seen)


def test_oldest_only_on_later_pages(server):
    oldest = portal.url_of(portal.S13)
    for target in ["/", "/tin-tuc/", f"/tin-tuc/?categoryid={portal.CATEGORY_IDS[portal.DT]}"]:
        _, body, _ = fetch(server, target)
        assert oldest not in body and portal.url_of(portal.S13, "index") not in body
    _, body, _ = fetch(server, "/index.cfm/tin-tuc/?startrow=11")
    assert portal.url_of(portal.S13, "index") in body
    _, body, _ = fetch(server, f"/tin-tuc/?categoryid={portal.CATEGORY_IDS[portal.DT]}&startrow=6")
    assert oldest in body


def test_traps_are_printed(server):
    _, body, _ = fetch(server, portal.url_of(portal.S3))
    assert "{ts &#x27;2026-12-01 09:00:00&#x27;}" in body or "{ts '2026-12-01 09:00:00'}" in body
    assert 'data-src="/sites/tct/assets/Image/2026/12/hoi-thao-1.jpg"' in body
    assert 'data-object="collection"' in body and "LinkServID=" in body
    _, body, _ = fetch(server, portal.url_of(portal.S1))
    assert 'class="mura-comment"' in body and "Tin nổi bật" in body
    assert '<h1 class="site-name">' in body
    _, body, _ = fetch(server, portal.url_of(portal.S7))
    assert "&#7897;" in body or "&agrave;" in body
    _, body, _ = fetch(server, "/index.cfm/tin-tuc/?startrow=6")
    assert "/tasks/render/file/?fileID=" in body
    _, body, _ = fetch(server, "/index.cfm/tin-tuc/?startrow=11")
    assert "https://baoquangngai.vn/" in body


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for path in ["/khong-co/", "/tin-tuc/khong-co-bai-nay/", "/?LinkServID=ABC", "/tin-tuc/?startrow=99",
                 "/gioi-thieu/khong-co/", "/tasks/render/file/?fileID=x"]:
        status, _, _ = fetch(server, path)
        assert status == 404, path
    status, _, headers = fetch(server, "/tin-tuc/" + portal.S1.slug)
    assert status == 301 and headers["Location"].endswith(portal.url_of(portal.S1))
