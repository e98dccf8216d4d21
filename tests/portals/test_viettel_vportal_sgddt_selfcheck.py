"""Self-checks of the viettel_vportal_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import viettel_vportal_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = re.compile(r"</?(?:strong|em|span|a|b|i|font|o:p|u)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r"""<(?:a|iframe)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"""<form\b[^>]*\baction=["']([^"']+)["'][^>]*\bmethod=["']get["']""", re.I)
_ASSET = re.compile(r"\.(?:jpg|jpeg|png|gif|ico|css|js|pdf)$|^/documents/|^/image/", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    body = page.split("<body", 1)[-1].split(">", 1)[-1]
    body = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", body, flags=re.I)
    body = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub(" ", _INLINE.sub("", body))))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over same-host links, iframes and GET forms from START_PATH."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            cand = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if cand not in seen:
                seen.add(cand)
                queue.append(cand)
            continue
        assert status == 200, target
        hrefs = [_html.unescape(h) for h in _LINK.findall(page)]
        hrefs += [_html.unescape(a) + "?keyword=" for a in _FORM.findall(page)]
        for href in hrefs:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            cand = parts.path + (f"?{parts.query}" if parts.query else "")
            if _ASSET.search(parts.path) or cand in seen:
                continue
            seen.add(cand)
            queue.append(cand)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_gold_page_has_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert _html.escape(img["path"]).replace("&amp;", "&") in page.replace("&amp;", "&")
        if img["caption"]:
            assert img["caption"] in text
        s, _, h = fetch(server, img["path"])
        assert s == 200 and h["Content-Type"].startswith("image/")
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    # the category: the portlet topper and the breadcrumb's last link
    assert f'<span class="portlet-title-text">{_html.escape(gold["category"])}</span>' in page
    # the date: the page prints it (12-hour vi_VN pattern) or the letterhead does
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        text = _text(page)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_gold_dates_follow_the_printed_12_hour_times(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    for story in portal.STORIES:
        gold = by_path[portal._article_path(story.id, story.slug)]
        printed = story.opts["date"]
        m = re.search(r"(\d\d)/(\d\d)/(\d{4})(?:\D+(\d\d):(\d\d)(?::\d\d)? (SA|CH))?", printed)
        d, mo, y, hh, mm, ampm = m.groups()
        if story.id == 274281:  # the notice: the letterhead's day
            assert gold["published_at"] == "2026-11-30"
            continue
        if hh is None:
            assert gold["published_at"] == f"{y}-{mo}-{d}"
            continue
        hour = int(hh) % 12 + (12 if ampm == "CH" else 0)
        if hour == 0 and mm == "00":
            assert gold["published_at"] == f"{y}-{mo}-{d}"
        else:
            assert gold["published_at"] == f"{y}-{mo}-{d}T{hour:02d}:{mm}:00+07:00"


def test_every_gold_article_is_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_page_two(server):
    _, home, _ = fetch(server, portal.START_PATH)
    for sid in (274171, 274120, 274139):
        story = portal.BY_ID[sid]
        assert portal._article_path(sid, story.slug) not in home
        assert f"/view-content/{sid}" not in home
    _, page2, _ = fetch(server, "/sgddt/tin-tuc?categoryId=102&page=2")
    assert "/view-content/274171/" in page2 and "/view-content/274120/" in page2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "ndct-td" not in page


def test_root_redirects_to_sub_portal(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH


@pytest.mark.parametrize(
    "target",
    [
        "/sgddt/khong-co",
        "/sgddt/tin-tuc/-/view-content/999999/abc",
        "/sgddt/tin-tuc/-/view-content/274310/sai-slug",
        "/sgddt/tin-tuc?categoryId=102&page=9",
        "/sgddt/tin-tuc?categoryId=999",
        "/sgddt/van-ban/-/view-document/1",
        "/khong-ton-tai",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_traps_are_in_the_markup(server):
    gold = {g["path"]: g for g in portal.GOLD}
    path = portal._article_path(274310, portal.BY_ID[274310].slug)
    _, page, _ = fetch(server, path)
    # trap 1: h1 is the chuyên mục, the title tag generic
    assert re.search(r"<h1[^>]*>.*?Tin hoạt động của Sở", page, re.S)
    assert "<title>Chi tiết tin" in page
    assert 'property="og:title"' not in page
    # trap 6: caption rows are in a layout table, not body
    assert 'class="vp-tbl-anh"' in page
    assert "Quang cảnh hội nghị" not in gold[path]["body"]
    # trap 11: the editor's related list inside the text is not body
    assert "Tin liên quan:" in page and "Tin liên quan" not in gold[path]["body"]
    # trap 5: update printed before publication
    p250 = portal._article_path(274250, portal.BY_ID[274250].slug)
    _, page, _ = fetch(server, p250)
    assert page.index("Cập nhật: 02/12/2026") < page.index("Ngày đăng: 27/11/2026")
    # trap 2: listing titles are cut
    _, listing, _ = fetch(server, "/sgddt/tin-tuc?categoryId=102")
    assert "…" in listing
    assert _html.escape(portal.BY_ID[274219].title) not in listing
