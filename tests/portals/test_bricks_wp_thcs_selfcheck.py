"""Self-checks of the bricks_wp_thcs fixture against itself (never the crawler).

Every gold target answers 200 with its headline, the gold text is on its page, every article is
reachable from the start page by links within the crawl budget, the non-articles answer, unknown
addresses 404, and each documented trap is really in the markup.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bricks_wp_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"""href=(?:"([^"]*)"|'([^']*)')""")
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".php")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """What a reader sees: no scripts, styles, comments, noscript copies or footnote calls."""
    s = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", body)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<sup data-fn=.*?</sup>", "", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(_html.unescape(s))


def h1(body: str) -> str:
    m = re.search(r"<h1\b[^>]*>(.*?)</h1>", body, re.S)
    assert m, "no headline"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def post_json(server: PortalServer, path: str, payload: dict) -> tuple[int, dict]:
    req = urllib.request.Request(
        server.url(path),
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read().decode())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read().decode() or "{}")


def crawl(server: PortalServer, skip: re.Pattern | None = None) -> tuple[set[str], int]:
    """Breadth-first over every same-host href (a and link), following 301s; pages fetched."""
    base = server.url("")
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200:
            reached.add(target)
            links += [a or b for a, b in _HREF.findall(body)]
        for raw in links:
            url = urljoin(base + target, _html.unescape(raw))
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.lower().endswith(_STATIC) or parts.path.startswith("/wp-json"):
                continue
            if skip and skip.search(path):
                continue
            if path not in seen:
                seen.add(path)
                queue.append(path)
    return reached, fetched


# --- gold shape ----------------------------------------------------------------------------------


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    names = {v[0] for v in portal.CATS.values()}
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in names
        assert g["canonical_path"] == g["path"]
        assert g["body"] and "\n\n\n" not in g["body"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths)


# --- gold targets --------------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert h1(body) == gold["title"]
    seen = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in seen, (gold["path"], piece)
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen
    if gold["summary"]:
        assert gold["summary"] in seen
        assert gold["body"].startswith(gold["summary"])
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in seen
    for img in gold["images"]:
        assert f'data-src="{server.url(img["path"])}"' in body, img
        if img["caption"]:
            assert img["caption"] in seen
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize(
    "gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][9:40]
)
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert h1(body) == gold["title"]
        seen = page_text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in seen, (alt, piece)


def test_bodies_keep_out_chrome_and_bylines():
    for g in portal.GOLD:
        assert "CẢNH BÁO LỪA ĐẢO" not in g["body"]
        assert "giả danh giáo viên chủ nhiệm" not in g["body"]
        assert "Có thể bạn quan tâm" not in g["body"]
        assert "Người đăng" not in g["body"]
        assert "Xem thêm" not in g["body"]
        assert "Nơi nhận" not in g["body"] and "CỘNG HÒA" not in g["body"]
        assert "↩" not in g["body"] and "👉" not in g["body"]
        for name in g["authors"]:
            assert name not in g["body"].split("\n\n")[-1]


# --- discovery -----------------------------------------------------------------------------------


def test_every_article_reachable_within_budget(server):
    reached, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_two_articles_only_behind_page_two(server):
    reached, _ = crawl(server, skip=re.compile(r"/page/\d+/"))
    missing = {g["path"] for g in portal.GOLD} - reached
    assert missing == {portal.post_path(portal.A3), portal.post_path(portal.A5)}


def test_load_more_archive_prints_no_pager_only_rel_next(server):
    status, body, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon/")
    assert status == 200
    assert "page-numbers" not in body
    assert '"action": "loadMore"' in _html.unescape(body)
    assert (
        f'<link rel="next" href="{server.url("/chuyen-muc/hoat-dong-chuyen-mon/page/2/")}" />'
        in body
    )
    status, body, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon/page/2/")
    assert status == 200 and portal.post_path(portal.A5) in body


def test_load_more_rest_route(server):
    qid = portal._bid("cathoat-dong-chuyen-mon")
    status, data = post_json(
        server, "/wp-json/bricks/v1/load_query_page", {"queryElementId": qid, "page": 2}
    )
    assert status == 200 and portal.post_path(portal.A5) in data["html"]
    status, data = post_json(
        server, "/wp-json/bricks/v1/load_query_page", {"queryElementId": "hmtmnh", "page": 3}
    )
    assert status == 200 and portal.post_path(portal.A3) in data["html"]
    status, _ = post_json(
        server, "/wp-json/bricks/v1/load_query_page", {"queryElementId": "zzzzzz", "page": 2}
    )
    assert status == 400


def test_child_category_lists_and_parent_includes_it(server):
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/hoat-dong-doi/")
    assert portal.post_path(portal.A12) in body and portal.post_path(portal.A13) in body
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    assert portal.post_path(portal.A12) in body and "/chuyen-muc/tin-tuc-su-kien/page/2/" in body
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2/")
    assert portal.post_path(portal.A3) in body
    _, body, _ = fetch(server, portal.post_path(portal.A12))
    assert re.search(
        r"Hoạt động Đội</a><span class=\"separator\">»</span><span class=\"item\" aria-current",
        body,
    )


# --- non-articles and errors ----------------------------------------------------------------------


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "brxe-post-title" not in body or path == portal.ATTACHMENT_PATH


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co-trang-nay/",
        "/2026/11/khong-co-bai-nay/",
        "/chuyen-muc/tin-tuc-su-kien/page/3/",
        "/chuyen-muc/khong-co/",
        "/tag/khong-co/",
        "/2026/09/",
        f"{portal.post_path(portal.A1)}comment-page-3/",
        f"{portal.post_path(portal.A9)}comment-page-2/",
        "/van-ban/khong-co/",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_redirects(server):
    status, _, headers = fetch(server, f"/?p={portal.A1.id}")
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal.A1))
    status, _, headers = fetch(server, portal.post_path(portal.A11)[:-1])
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal.A11))
    status, _, headers = fetch(server, "/chuyen-muc/hoat-dong-doi/")
    assert status == 301 and headers["Location"].endswith(
        "/chuyen-muc/tin-tuc-su-kien/hoat-dong-doi/"
    )
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/thong-bao/")


# --- the traps are in the markup ------------------------------------------------------------------


def test_dates_local_words_and_utc_meta(server):
    _, body, _ = fetch(server, portal.post_path(portal.A2))
    assert "Tháng Mười Một 28, 2026 lúc 6:45 sáng" in body
    assert '<meta property="article:published_time" content="2026-11-27T23:45:00+00:00" />' in body
    _, body, _ = fetch(server, portal.post_path(portal.A3))
    assert "Tháng Mười 9, 2026 lúc 12:00 sáng" in body
    assert "2026-10-08T17:00:00+00:00" in body
    _, body, _ = fetch(server, portal.post_path(portal.A1))
    assert "Cập nhật lần cuối: Tháng Mười Hai 1, 2026 lúc 9:12 sáng" in body
    _, body, _ = fetch(server, portal.post_path(portal.A6))
    assert "Ngày đăng: 01/12/2026" in body and "ngày 30 tháng 11 năm 2026" in body
    assert TODAY in body


TODAY = "Thứ Bảy, 05/12/2026"


def test_texturized_headline_differs_from_meta_title(server):
    _, body, _ = fetch(server, portal.post_path(portal.A6))
    assert "năm học 2026 &#8211; 2027</h1>" in body
    assert (
        '<meta property="og:title" content="Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027" />'
        in body
    )


def test_lazy_images_have_placeholder_src(server):
    _, body, _ = fetch(server, portal.post_path(portal.A1))
    content = body.split('class="brxe-post-content"', 1)[1].split("brxe-post-taxonomy", 1)[0]
    srcs = re.findall(r'<img data-lazyloaded="1" src="([^"]+)"', content)
    assert len(srcs) == 3 and all(s.startswith("data:image/svg+xml") for s in srcs)
    assert content.count("<noscript><img") == 3
    _, body, _ = fetch(server, portal.post_path(portal.A13))
    assert body.count("bricks-lazy-hidden css-filter size-large") == 2


def test_facebook_paste_and_word_paste(server):
    _, body, _ = fetch(server, portal.post_path(portal.A12))
    assert body.count('src="https://static.xx.fbcdn.net/images/emoji.php') == 3
    assert "cùng các con!<br>Cùng nhau" in body
    _, body, _ = fetch(server, portal.post_path(portal.A3))
    assert body.count('<span style="mso-list:Ignore">·') == 4


def test_decomposed_text(server):
    _, body, _ = fetch(server, portal.post_path(portal.A8))
    assert unicodedata.normalize("NFD", "Hội khỏe Phù Đổng cấp trường năm học") in body
    assert "\u0301" in body


def test_footnote_calls_and_notes(server):
    _, body, _ = fetch(server, portal.post_path(portal.A9))
    assert body.count('<sup data-fn="') == 2
    assert 'class="wp-block-footnotes"' in body
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(portal.A9))
    assert "năm 2018." in gold["body"] and "20181" not in gold["body"]


def test_attachment_page_links_from_post(server):
    _, body, _ = fetch(server, portal.post_path(portal.A2))
    assert f'<a href="{server.url(portal.ATTACHMENT_PATH)}">' in body


def test_popup_on_every_page(server):
    for path in ["/", portal.post_path(portal.A7), "/lien-he/"]:
        _, body, _ = fetch(server, path)
        assert 'data-popup-id="1845"' in body and "CẢNH BÁO LỪA ĐẢO" in body
