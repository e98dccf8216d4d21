"""Self-checks of the article_chain_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import article_chain_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
POST_RE = re.compile(r'href="(/bai/\d+-[a-z0-9-]+\.html)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> dict[str, int]:
    """BFS over href links (redirects followed by hand); the depth each target is found at."""
    seen, queue = {s: 0 for s in starts}, deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found = (
            [headers["Location"]] if status in (301, 302) else links(body) if status == 200 else []
        )
        for href in found:
            if href not in seen:
                seen[href] = seen[target] + 1
                queue.append(href)
    return seen


def shown_text(fragment: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def article_part(body: str) -> str:
    return body.split('<div class="baiviet">', 1)[1].split('<div class="congcu">', 1)[0]


def nav(body: str, which: str) -> str | None:
    m = re.search(rf'<div class="{which}">[^<]*<a href="([^"]+)">', body)
    return m.group(1) if m else None


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/upload/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "ThS." not in name and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # several per category, dates strictly newest first
    for name in portal.CATEGORIES.values():
        assert sum(g["category"] == name for g in portal.GOLD) >= 5
    dates = [g["published_at"] for g in portal.GOLD]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) == len(dates)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="tieude">{_html.escape(gold["title"])}</h1>' in body
    y, m, d = gold["published_at"].split("-")
    assert f"Đăng ngày {d}/{m}/{y} " in body
    assert portal.TODAY_VN in body
    crumb = body.split('<div class="duongdan">', 1)[1].split("</div>", 1)[0]
    assert crumb.endswith(f">{_html.escape(gold['category'])}</a>")
    article = article_part(body)
    shown = shown_text(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    for name in gold["authors"]:
        assert name in shown
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
        assert "Nguồn:" not in gold["body"]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert img["caption"] in shown
            assert img["caption"] not in gold["body"]
    # the title of other posts and their dates are printed too, outside the article text
    after = body.split('<div class="dieuhuong">', 1)[1].split('<div id="sidebar">', 1)[0]
    assert gold["title"] not in shown_text(after)


def test_images_answer(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng ngày" not in body and 'class="dieuhuong"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in ("/gioi-thieu.html", "/lien-he.html", "/chuyen-muc/tin-tuc-su-kien.html"):
        assert path in seen
    # the month archives are reached by no href
    assert not any(t.startswith("/luu-tru/") for t in seen)


def test_listings_show_four_newest_and_no_pager(server):
    listed = set()
    for target in ("/", *(f"/chuyen-muc/{k}.html" for k in portal.CATEGORIES)):
        status, body, _ = fetch(server, target)
        assert status == 200
        main = body.split('<div id="main">', 1)[1].split('<div id="sidebar">', 1)[0]
        posts = list(dict.fromkeys(POST_RE.findall(main)))
        assert len(posts) == 4, target
        assert "page=" not in body and "Trang sau" not in body and "trang-" not in body
        listed.update(posts)
        assert fetch(server, target + "?page=2")[0] == 404
    _, home, _ = fetch(server, "/")
    assert [p for p in dict.fromkeys(POST_RE.findall(home.split('<div id="main">')[1]))][:4] == [
        g["path"] for g in portal.GOLD[:4]
    ]
    assert len(listed) == 8
    hidden = {g["path"] for g in portal.GOLD} - listed
    assert len(hidden) == 6
    # a walk that never opens a post finds only the listed ones
    for target in ("/", *(f"/chuyen-muc/{k}.html" for k in portal.CATEGORIES), "/gioi-thieu.html"):
        assert not hidden & set(links(fetch(server, target)[1]))


def test_previous_next_chain(server):
    paths = [g["path"] for g in portal.GOLD]
    steps, target = 0, paths[0]
    _, body, _ = fetch(server, target)
    assert nav(body, "baisau") is None
    visited = [target]
    while (prev := nav(body, "baitruoc")) is not None:
        _, body, _ = fetch(server, prev)
        visited.append(prev)
        steps += 1
        assert nav(body, "baisau") == visited[-2]
        assert "« Bài trước" in _html.unescape(body) or prev == paths[-1]
    assert visited == paths
    assert steps == 13
    assert paths.index(paths[-1]) - paths.index(paths[portal.HOME_COUNT - 1]) == 10
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        prev = nav(body, "baitruoc")
        if prev:
            title = portal.GOLD[paths.index(prev)]["title"]
            assert f'Bài trước: <a href="{prev}">{_html.escape(title)}</a>' in body


def test_same_category_box(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        box = body.split('<div class="cungchuyenmuc">', 1)[1].split("</div>", 1)[0]
        got = POST_RE.findall(box)
        same = [g for g in portal.GOLD if g["category"] == gold["category"]]
        i = same.index(gold)
        want = same[i + 1 : i + 4]
        assert got == [g["path"] for g in want]
        for g in want:
            y, m, d = g["published_at"].split("-")
            assert f"({d}/{m}/{y})" in box
        if not want:
            assert "Chưa có bài viết khác." in box


def test_month_archive_select(server):
    _, body, _ = fetch(server, "/")
    select = re.search(
        r'<select name="luutru" onchange="location=this.value"[^>]*>(.*?)</select>', body
    )
    assert select
    values = re.findall(r'<option value="([^"]+)">', select.group(1))
    assert values == [f"/luu-tru/{ym}.html" for ym in ("2026-11", "2026-10", "2026-09")]
    assert 'href="/luu-tru/' not in body
    for value in values:
        status, page, _ = fetch(server, value)
        assert status == 200 and "Lưu trữ tháng" in page and "Đăng ngày" not in page
        ym = value[len("/luu-tru/") : -len(".html")]
        want = [g["path"] for g in portal.GOLD if g["published_at"].startswith(ym)]
        main = page.split('<div id="main">', 1)[1].split('<div id="sidebar">', 1)[0]
        assert list(dict.fromkeys(POST_RE.findall(main))) == want
    assert fetch(server, "/luu-tru/2026-08.html")[0] == 404
    # with the archive options the six hidden posts are one step from a listing page
    seen = walk(server, ["/", *values])
    assert all(g["path"] in seen and seen[g["path"]] <= 1 for g in portal.GOLD)


def test_legacy_ticker_links_redirect(server):
    _, body, _ = fetch(server, "/")
    ids = re.findall(r'href="/bai\.php\?id=(\d+)"', body)
    assert len(ids) == 4
    for gold, id_ in zip(portal.GOLD[:4], ids, strict=True):
        status, _, headers = fetch(server, f"/bai.php?id={id_}")
        assert status == 301 and headers["Location"] == gold["path"]
    assert fetch(server, "/bai.php?id=143")[0] == 404


def test_wrong_slug_redirects_and_unknown_is_404(server):
    gold = portal.GOLD[5]
    post_id = gold["path"].split("/")[2].split("-")[0]
    status, _, headers = fetch(server, f"/bai/{post_id}-sai-duong-dan.html")
    assert status == 301 and headers["Location"] == gold["path"]
    assert fetch(server, "/bai/143-bai-da-xoa.html")[0] == 404
    assert fetch(server, gold["path"] + "?utm_source=fb")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404


def test_poll_page_is_not_an_article(server):
    for method_target in ("/binh-chon.php",):
        status, body, _ = fetch(server, method_target)
        assert status == 200 and "Kết quả bình chọn" in body and "Đăng ngày" not in body


def test_bylines_and_captions_markup(server):
    by_id = {g["path"].split("/")[2].split("-")[0]: g for g in portal.GOLD}
    _, body, _ = fetch(server, by_id["142"]["path"])
    assert "<strong>ThS. Lê Văn Hải</strong>" in body
    _, body, _ = fetch(server, by_id["150"]["path"])
    assert "Tin: Võ Thành Đạt - Ảnh: Lê Thị Mỹ Duyên" in body and "<figcaption>" in body
    _, body, _ = fetch(server, by_id["147"]["path"])
    assert "<strong>Ban biên tập</strong>" in body and "Ghi chú:<br />" in body
    assert by_id["147"]["authors"] == []
    _, body, _ = fetch(server, by_id["160"]["path"])
    assert '<div class="tomtat"><b>' in body
    _, body, _ = fetch(server, by_id["144"]["path"])
    assert '<p align="center">Ban chỉ huy Liên đội' in body
