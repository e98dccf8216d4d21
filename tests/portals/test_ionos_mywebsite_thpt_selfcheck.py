"""Self-checks of the ionos_mywebsite_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ionos_mywebsite_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(body: str) -> str:
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", body)
    body = re.sub(r"(?i)<br\s*/?>", "\n", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def _links(body: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not target.lower().endswith(STATIC):
            out.append(target)
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        queue.extend(t for t in _links(body, target) if t not in seen)
    return seen


def test_contract_shape():
    assert portal.NAME == "ionos_mywebsite_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _visible(body)
            assert f'<h2 class="blogTitle">{_html.escape(gold["title"])}</h2>' in body, target
            entry = _visible(body.split('<div class="blogContent">', 1)[1].split('<div class="blogComments">')[0])
            for para in gold["body"].split("\n\n"):
                for piece in para.split(" | "):
                    assert piece in entry, (target, piece)
            for name in gold["authors"] + gold["photographers"]:
                assert name in text, (target, name)
            if gold["source"]:
                assert gold["source"] in text
            for img in gold["images"]:
                assert f'src="{img["path"]}"' in body
                if img["caption"]:
                    assert img["caption"] in text
            assert gold["category"] in text
            assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


def test_dates_printed(server):
    months = {"10": "Okt", "11": "Nov", "12": "Dez"}
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        y, m, d = gold["published_at"][:10].split("-")
        badge = (f'<span class="bdD">{d}</span><span class="bdM">{months[m]}</span>'
                 f'<span class="bdY">{y}</span>')
        assert badge in body
        if "T" in gold["published_at"]:
            assert f'{gold["published_at"][11:16]} Uhr' in body
        else:
            assert "Uhr</span>" not in body


def test_everything_reachable_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_some_posts_only_on_later_pages(server):
    _, first, _ = fetch(server, "/tin-tuc")
    _, home, _ = fetch(server, "/")
    oldest = portal.GOLD[-1]
    assert oldest["path"] not in first and oldest["path"] not in home
    _, third, _ = fetch(server, "/tin-tuc?page=3")
    assert oldest["path"] in third


def test_non_articles_and_images(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200


@pytest.mark.parametrize("target", [
    "/nope", "/tin-tuc/khong-co-bai-nay", "/tin-tuc?page=4", "/tin-tuc?page=0",
    "/tin-tuc/tag/khong-co", "/blog/2026/12/01/hoc-sinh-viet-duc-gianh-5-giai-nhat-hsg-tinh",
    "/blog/2026/12/04/hoc-sinh-viet-duc-gianh-5-giai-nhat-hsg-tinh/",
])
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
