"""Self-check of the godaddy_builder_thcs fixture against itself (never the crawler).

Every gold target and alt path answers 200 with its title and gold fields on the page, the
non-articles answer 200, unknown paths 404, every article is reachable by links from "/" within
the request budget, and the documented traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import godaddy_builder_thcs as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_BINARY = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf|webmanifest|rss)$)|^/isteam/|^/blobby/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: scripts dropped, block ends as spaces, inline tags glued, NFC."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</(p|div|li|td|h\d|tr|blockquote)>", " ", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return collapse(html.unescape(markup))


def key(target: str) -> str:
    """A target as the site routes it: decoded, NFC path plus query."""
    parts = urlsplit(target)
    path = unicodedata.normalize("NFC", unquote(parts.path))
    return path + (f"?{parts.query}" if parts.query else "")


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)
    assert len(set(alts)) == len(alts)
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] == "Tin tức"  # (harmonised: the section the menu prints)
        assert g["body"] and "\n\n\n" not in g["body"]
        assert g["canonical_path"] == g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:30])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    seen = page_text(body)
    raw = html.unescape(body)
    assert gold["title"] in seen
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in seen, cell[:60]
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in seen
    for img in gold["images"]:
        assert img["path"] in raw
        if img["caption"]:
            assert img["caption"] in seen
    story = next(s for s in portal.STORIES if portal.post_path(s) == gold["path"])
    assert story.opts["day"] in seen
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"/>' in body
    assert gold["category"] in seen
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(alt_body)
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in alt_body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert portal.HEADER_TODAY in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/blog/f/bai-viet-khong-ton-tai",
        "/blog?page=9",
        "/blog?page=0",
        "/blog?blogcategory=Kh%C3%A1c",
        "/f/khong-co",
        "/?p=1",
        "/wp-admin/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def _crawl(server) -> tuple[set[str], int]:
    """Follow every same-host link from START_PATH (redirects by hand); count HTML fetches."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if key(target) in seen:
            continue
        seen.add(key(target))
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            absolute = urlsplit(urljoin(server.url(target), href))
            if absolute.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = absolute.path + (f"?{absolute.query}" if absolute.query else "")
            if _BINARY.search(absolute.path) or key(nxt) in seen:
                continue
            queue.append(nxt)
    return seen, pages


def test_every_article_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert key(gold["path"]) in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert key(alt) in seen, alt
    for path in portal.NON_ARTICLES:
        assert key(path) in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


# --- the traps, as documented ----------------------------------------------------------------


def test_old_posts_only_on_page_three(server):
    late = [portal.S10, portal.S11, portal.S12, portal.S13]
    _, page2, _ = fetch(server, "/blog?page=2")
    _, page3, _ = fetch(server, "/blog?page=3")
    _, feed, _ = fetch(server, "/blog/f.rss")
    for story in late:
        path = portal.post_path(story)
        assert f'href="{path}"' not in page2
        assert f'href="{path}"' in page3
        assert path not in feed
    assert 'href="?page=2"' in fetch(server, "/blog")[1]
    _, cat1, _ = fetch(server, "/blog?" + portal.cat_query("hd"))
    assert portal.post_path(portal.S13) not in cat1
    assert "&amp;page=2" in cat1 or "&page=2" in cat1


def test_lower_case_percent_encoding_links(server):
    _, home, _ = fetch(server, "/")
    assert portal.post_path(portal.S2, lower=True) in home
    assert portal.post_path(portal.S5, lower=True) in home
    assert portal.post_path(portal.S2, lower=True) != portal.post_path(portal.S2)


def test_json_blob_utc_day_differs_from_printed_day(server):
    for story, printed in ((portal.S6, "2026-11-14"), (portal.S13, "2026-10-12")):
        _, body, _ = fetch(server, portal.post_path(story))
        blob = re.search(r'data-aid="BLOG_POST_DATA">(.*?)</script>', body).group(1)
        assert json.loads(blob)["date"][:10] < printed
        gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(story))
        assert gold["published_at"] == printed


def test_logo_is_first_h1(server):
    _, body, _ = fetch(server, portal.post_path(portal.S4))
    h1s = re.findall(r"(?s)<h1\b.*?</h1>", body)
    assert len(h1s) == 2
    assert "Ban đại diện CMHS" in page_text(h1s[0])
    assert portal.S4.title in page_text(h1s[1])


def test_featured_image_is_lazy(server):
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(portal.S3))
    _, body, _ = fetch(server, gold["path"])
    first = gold["images"][0]["path"]
    assert f'data-srclazy="{first}"' in body
    assert f'src="{first}"' not in body
    status, _, headers = fetch(server, first)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_facebook_paste_and_notice(server):
    gold1 = portal.GOLD[0]
    _, body, _ = fetch(server, gold1["path"])
    assert 'alt="👉"' in body and "#HSG2026" in body
    assert "👉" not in gold1["body"] and "#HSG2026" not in gold1["body"]
    assert gold1["title"].startswith("🎉")
    gold2 = portal.GOLD[1]
    _, body, _ = fetch(server, gold2["path"])
    assert "ngày 30 tháng 11 năm 2026" in body and "2 thg 12, 2026" in body
    assert gold2["published_at"] == "2026-11-30" and gold2["authors"] == ["Phan Văn Hùng"]
    assert "Nơi nhận" not in gold2["body"] and "THÔNG BÁO" not in gold2["body"]


def test_nfd_text_and_word_lists(server):
    _, body, _ = fetch(server, portal.post_path(portal.S7))
    assert unicodedata.normalize("NFD", "Giải đấu năm nay") in body
    _, body, _ = fetch(server, portal.post_path(portal.S12))
    assert "mso-list:Ignore" in body
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(portal.S12))
    assert "\n\nHọc bài cũ" in gold["body"] and "\n\n- Ngoài ra" in gold["body"]


def test_old_address_redirects(server):
    status, _, headers = fetch(server, f"/f/{portal.S11.slug}")
    assert status == 301 and headers["Location"] == portal.post_path(portal.S11)
