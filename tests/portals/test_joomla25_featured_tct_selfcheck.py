"""Self-checks of the joomla25_featured_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla25_featured_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"""<form\s[^>]*>""", re.I)
_BASE = re.compile(r"""<base\s[^>]*href=["']([^"']+)["']""", re.I)
CLOAK_NOTICE = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó."
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(body: str, page_url: str) -> list[str]:
    """Links and GET form targets of a page, resolved as a browser does (honouring <base href>)."""
    base = _BASE.search(body)
    root = _html.unescape(base.group(1)) if base else page_url
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        out.append(urljoin(root, href))
    for tag in _FORM.findall(body):
        if re.search(r'method=["\']?post', tag, re.I):
            continue
        action = re.search(r'action=["\']([^"\']*)["\']', tag)
        if action:
            out.append(urljoin(root, _html.unescape(action.group(1))))
    return out


def _visible(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    body = re.sub(r"(?i)<br\s*/?>|</p>|</li>|</h\d>|</tr>|</td>", "\n", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 400, "the site must be bounded"
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for url in _links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host:
                continue
            nxt = _target(url)
            if nxt in seen or parts.path.lower().endswith(_SKIP_EXT):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, fetched


@pytest.fixture(scope="module")
def crawled(server):
    return _crawl(server)


def _story(record: dict):
    return next(s for s in portal.STORIES if portal.sef(s) == record["path"])


def test_counts():
    assert portal.NAME == "joomla25_featured_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_paths_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert record["title"] in _visible(body), target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_on_page(server, record):
    story = _story(record)
    full = record["path"] + ("?showall=1" if "break_at" in story.opts else "")
    status, body, _ = fetch(server, full)
    assert status == 200
    item = body.split('<div class="item-page">', 1)[1].split('<div class="tct-tienich">', 1)[0]
    seen = _visible(item)
    if story.opts.get("cloak_after"):
        # gold decision: the email-cloak plugin's no-JS notice is not text (its scripts are dropped)
        assert CLOAK_NOTICE in seen
        seen = collapse(seen.replace(CLOAK_NOTICE, " "))
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in seen, para
    raw = unicodedata.normalize("NFC", _html.unescape(item))
    for name in record["authors"] + record["photographers"]:
        assert name in seen, name
    if record["source"]:
        assert record["source"] in seen
    for img in record["images"]:
        assert img["path"].lstrip("/") in raw, img
        if img["caption"]:
            assert img["caption"] in raw, img
    # the chrome and the plugins' leftovers are not in the gold body
    for junk in ("Địa chỉ email này", "{gallery}", "Mục lục bài viết", "Cùng chuyên mục", "MsoNormalTable",
                 "Xem thêm", "Viết bởi", "Lượt truy cập"):
        assert junk not in record["body"]
    day = record["published_at"][:10]
    if story.opts["catid"] != 14:
        d = portal._dt.date.fromisoformat(day)
        printed = f"{d:%d} {portal._MONTHS[d.month - 1]} {d:%Y}"
        if record["published_at"][10:]:
            printed += " " + record["published_at"][11:16]
        assert printed in seen, printed
    else:
        assert "Hà Tĩnh, ngày 02 tháng 12 năm 2026" in seen


def test_every_gold_article_and_page_is_reachable(crawled):
    seen, _ = crawled
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_crawl_is_bounded(crawled):
    _, fetched = crawled
    # everything, nofollow print views and every duplicate included
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)) + 40


def test_page_two_only_articles(server):
    """168 and 166 are linked only from page 2 of their category."""
    only_late = {portal.sef(portal.BY_ID[i]) for i in (168, 166)}
    for target in ["/", "/index.php?start=5", "/index.php/tin-tuc-su-kien/8-tin-hoat-dong",
                   "/index.php/nghien-cuu-khoa-hoc/12-trao-doi-nghien-cuu", portal.GOLD[0]["path"]]:
        _, body, _ = fetch(server, target)
        assert not only_late & {_target(u) for u in _links(body, server.url(target))}, target
    for target in ["/index.php/tin-tuc-su-kien/8-tin-hoat-dong?start=5",
                   "/index.php/nghien-cuu-khoa-hoc/12-trao-doi-nghien-cuu?start=2"]:
        status, body, _ = fetch(server, target)
        assert status == 200
        assert only_late & {_target(u) for u in _links(body, server.url(target))}, target


def test_featured_home_prints_short_article_without_link(server):
    _, body, _ = fetch(server, "/")
    short = portal.BY_ID[184]
    assert short.blocks[0].text in _visible(body)
    assert portal.sef(short) not in body


def test_relative_links_need_the_base(server):
    target = portal.GOLD[0]["path"]
    _, body, _ = fetch(server, target)
    assert _BASE.search(body)
    relative = [h for h in _HREF.findall(body) if h.startswith("index.php")]
    assert relative
    wrong = _target(urljoin(server.url(target), _html.unescape(relative[0])))
    assert fetch(server, wrong)[0] == 404


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "vt-footer" in body


@pytest.mark.parametrize("target", [
    "/index.php/khong-co-trang-nay",
    "/index.php/tin-tuc-su-kien/8-tin-hoat-dong/999-khong-ton-tai.html",
    "/index.php/tin-tuc-su-kien/8-tin-hoat-dong?start=50",
    "/index.php?start=7",
    "/index.php?option=com_content&view=article&id=999",
    "/index.php/tin-tuc-su-kien/8-tin-hoat-dong/index.php/tin-tuc-su-kien/8-tin-hoat-dong",
])
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
