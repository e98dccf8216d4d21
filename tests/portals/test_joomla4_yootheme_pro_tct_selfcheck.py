"""Self-checks of the joomla4_yootheme_pro_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_yootheme_pro_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".css", ".js", ".pdf", ".mp3", ".ico", ".webp")
_HREF = re.compile(r"<a\b[^>]*?\shref=\"([^\"]*)\"", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _wire(target: str) -> str:
    """A link as a client sends it: path percent-encoded (UTF-8), existing escapes kept."""
    parts = urlsplit(target)
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="=&%:@!$'()*+,;/?-._~")
    return path + (f"?{query}" if query else "")


def _key(target: str) -> str:
    parts = urlsplit(target)
    return unquote(parts.path) + (f"?{unquote(parts.query)}" if parts.query else "")


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _crawl(server) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Follow <a href> links on the host from START_PATH; status per target and who links where."""
    seen: dict[str, int] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        key = _key(target)
        if key in seen:
            continue
        status, body, headers = fetch(server, _wire(target))
        seen[key] = status
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            linked_from.setdefault(_key(nxt), set()).add(key)
            if _key(nxt) not in seen:
                queue.append(nxt)
    return seen, linked_from


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_shape():
    assert portal.NAME == "joomla4_yootheme_pro_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["body"] and 3 <= g["body"].count("\n\n") + 1 <= 40
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], g["canonical_path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _page_text(body), target


def test_gold_fields_are_on_the_page(server):
    for g in portal.GOLD:
        target = next((a for a in g.get("alt_paths", []) if "showall" in a), g["path"])
        status, body, _ = fetch(server, target)
        assert status == 200
        text = _page_text(body)
        for para in g["body"].split("\n\n"):
            if "@" in para:
                assert "<joomla-hidden-mail" in body and portal.CLOAK_TEXT in text
                address = re.search(r"[\w.+-]+@[\w.-]+\w", para).group()
                name, domain = (base64.b64encode(p.encode()).decode() for p in address.split("@"))
                assert f'first="{name}"' in body and f'last="{domain}"' in body
                assert address not in body, "the address must only be printed cloaked"
            elif " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (g["path"], cell)
            else:
                assert para in text, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert _html.escape(img["path"]) in body or img["path"] in body, img
            if img["caption"]:
                assert img["caption"] in text


def test_gold_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_dates_as_printed(server):
    # the builder's <time> carries the UTC database value: 06:15 local is the day before in UTC
    status, body, _ = fetch(server, portal.path_of(portal.S59))
    assert status == 200
    assert '<time datetime="2026-11-26T23:15:00+00:00">27 Tháng Mười Một 2026, 06:15</time>' in body
    # the official notice: posted on the 1st, dated the 30th in its letterhead
    status, body, _ = fetch(server, portal.path_of(portal.B60))
    assert status == 200
    assert "ngày 30 tháng 11 năm 2026" in body and "01 Tháng 12 2026 09:10" in body
    # midnight: a day without a time
    status, body, _ = fetch(server, portal.path_of(portal.B56))
    assert status == 200
    assert "Thứ Hai, 16 Tháng 11 2026 00:00" in body


def test_everything_reachable_and_bounded(crawl):
    seen, _ = crawl
    for g in portal.GOLD:
        assert seen.get(_key(g["path"])) == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(_key(path)) == 200, path
    assert all(status == 200 for status in seen.values()), [k for k, v in seen.items() if v != 200]
    assert len(seen) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(crawl):
    _, linked_from = crawl
    for story, page2 in ((portal.S50, "/tin-tuc-su-kien?start=4"), (portal.D4, "/dao-tao/page-2")):
        assert linked_from[_key(portal.path_of(story))] == {page2}, story.slug


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "tm-main" in body, path


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-trang-nay",
        "/tin-tuc-su-kien/999-khong-co",
        "/tin-tuc-su-kien?start=40",
        "/dao-tao/page-9",
        portal.path_of(portal.S54) + "?start=7",
        "/tag/khong-co",
        "/index.php?option=com_content&view=article&id=999",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target

