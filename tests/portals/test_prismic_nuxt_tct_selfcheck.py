"""Self-check of the prismic_nuxt_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import prismic_nuxt_tct as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SKIP = ("/_nuxt/", "/_ipx/", "/files/", "/favicon.ico")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_INLINE = re.compile(r"</?(?:strong|em|a|span|u|b|i)\b[^>]*>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, NFC and whitespace-collapsed (bare footnote calls dropped)."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    page = re.sub(r"<sup\b.*?</sup>", "", page, flags=re.S)
    page = _INLINE.sub("", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page)).strip()


def _main(page: str) -> str:
    return page[page.index("<main") : page.index("</main>")]


def _norm(path: str) -> str:
    return path.rstrip("/") or "/"


def test_module_contract():
    assert portal.NAME == "prismic_nuxt_tct"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_article_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    main = _main(page)
    text = _text(main)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S).group(1)
    assert unicodedata.normalize("NFC", html.unescape(h1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{html.escape(img["path"])}"' in main, img["path"]
        if img["caption"]:
            assert img["caption"] in text
    assert f">{gold['category']}</a></li></ol>" in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"].endswith(portal.S2.slug):  # the notice: its day is the letterhead's
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    else:
        assert f"{d}/{m}/{y}" in text
        if "T" in gold["published_at"]:
            assert f"Đăng lúc {gold['published_at'][11:16]}, {d}/{m}/{y}" in text
        else:
            assert f"Đăng lúc 00:00, {d}/{m}/{y}" in text
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1)
    assert urlsplit(canonical).path == gold["canonical_path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    _, page, _ = fetch(server, gold["path"])
    for alt in gold.get("alt_paths", []):
        status, twin, _ = fetch(server, alt)
        assert status == 200
        assert _main(twin) == _main(page)


def test_reachable_from_start_within_budget(server):
    gold_paths = {}
    for g in portal.GOLD:
        for p in [g["path"], *g.get("alt_paths", [])]:
            gold_paths[_norm(p)] = g["path"]
    seen, queue, found, fetched = {portal.START_PATH}, deque([portal.START_PATH]), set(), 0
    non_articles = set()
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            link = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if link not in seen:
                seen.add(link)
                queue.append(link)
            continue
        assert status == 200, target
        if _norm(urlsplit(target).path) in gold_paths:
            found.add(gold_paths[_norm(urlsplit(target).path)])
        if target in portal.NON_ARTICLES:
            non_articles.add(target)
        for href in _HREF.findall(page):
            url = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if url.netloc != urlsplit(server.base_url).netloc or url.path.startswith(_SKIP):
                continue
            link = url.path + (f"?{url.query}" if url.query else "")
            if link not in seen:
                seen.add(link)
                queue.append(link)
    assert found == {g["path"] for g in portal.GOLD}
    assert non_articles == set(portal.NON_ARTICLES)
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in page


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/bai-viet-khong-ton-tai",
        "/chuyen-muc/khong-co",
        "/van-ban/khong-co",
        "/thu-vien-anh/khong-co",
        "/files/khong-co.pdf",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_assets_served(server):
    _, page, _ = fetch(server, "/")
    for src in re.findall(r'<img src="([^"]+)"', page)[:5]:
        status, _, headers = fetch(server, html.unescape(src))
        assert status == 200 and headers["Content-Type"].startswith("image/")


# --- the traps behave as documented ------------------------------------------------------------


def test_pagination_hides_the_oldest_article(server):
    s13 = portal.S13.slug
    for target in ("/", "/tin-tuc", "/tin-tuc?page=2", "/chuyen-muc/tin-hoat-dong"):
        assert s13 not in fetch(server, target)[1], target
    for g in portal.GOLD:
        if not g["path"].endswith(s13):
            assert s13 not in fetch(server, g["path"])[1], g["path"]
    assert f'href="/tin-tuc/{s13}"' in fetch(server, "/tin-tuc?page=3")[1]
    assert f'href="/tin-tuc/{s13}"' in fetch(server, "/chuyen-muc/tin-hoat-dong?page=2")[1]
    assert 'href="?page=3"' in fetch(server, "/tin-tuc")[1]
    assert "Chưa có bài viết nào." in fetch(server, "/tin-tuc?page=9")[1]


def test_home_links_carry_a_trailing_slash(server):
    page = fetch(server, "/")[1]
    main = _main(page)
    assert f'href="/tin-tuc/{portal.S1.slug}/"' in main
    assert f'href="/tin-tuc/{portal.S1.slug}"' not in main


def test_old_uid_redirects(server):
    status, _, headers = fetch(server, f"/tin-tuc/{portal.S3.opts['old_uid']}")
    assert status == 301 and headers["Location"] == f"/tin-tuc/{portal.S3.slug}"


def test_machine_dates_lie_for_imported_articles(server):
    for story in (portal.S10, portal.S11, portal.S12, portal.S13):
        page = fetch(server, f"/tin-tuc/{story.slug}")[1]
        meta = re.search(r'article:published_time" content="([^"]+)"', page).group(1)
        assert meta.startswith("2026-11-02T02:10:35")
        assert '"first_publication_date":' in page and "2026-11-02T02:10:35+0000" in page
        assert "Cập nhật: <time" in page and "09:10 02/11/2026" in page
    page = fetch(server, f"/tin-tuc/{portal.S6.slug}")[1]
    assert 'content="2026-11-19T23:30:00.000Z"' in page
    assert "Đăng lúc 06:30, 20/11/2026" in page


def test_payload_is_devalue_json(server):
    page = fetch(server, f"/tin-tuc/{portal.S4.slug}")[1]
    raw = re.search(r'id="__NUXT_DATA__">(.*?)</script>', page, re.S).group(1)
    data = json.loads(raw)
    assert data[0] == ["ShallowReactive", 1]
    state = data[data[0][1]]
    docs = data[data[state["data"]][1]]
    doc = data[docs[f"tin-{portal.S4.slug}"]]
    fields = data[doc["data"]]
    assert data[fields["ngay_dang"]] == "2026-11-27T03:20:00+0000"
    assert "mo_ta_seo" in fields


def test_title_tags_are_seo_titles(server):
    for g, story in zip(portal.GOLD, portal.STORIES, strict=True):
        page = fetch(server, g["path"])[1]
        title = html.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
        assert title.startswith(story.opts["seo"]) and g["title"] not in title


def test_nfd_article_is_decomposed(server):
    page = fetch(server, f"/tin-tuc/{portal.S12.slug}")[1]
    assert unicodedata.normalize("NFD", portal.S12.title) in page
    assert portal.S12.title not in _main(page)


def test_footnote_calls(server):
    page = fetch(server, f"/tin-tuc/{portal.S4.slug}")[1]
    assert 'lần thứ XIV<sup class="cc"><a href="#cc-1"' in page
    gold = next(g for g in portal.GOLD if g["path"].endswith(portal.S4.slug))
    assert "lần thứ XIV của Đảng" in gold["body"] and "XIV1" not in gold["body"]
    gold8 = next(g for g in portal.GOLD if g["path"].endswith(portal.S8.slug))
    assert "phát triển lý luận.[1]" in gold8["body"]


def test_notice_letterhead_is_not_body():
    gold = next(g for g in portal.GOLD if g["path"].endswith(portal.S2.slug))
    assert gold["published_at"] == "2026-11-30"
    assert gold["authors"] == ["Trần Văn Hùng"]
    for line in ("TỈNH ỦY", "Số: 215", "THÔNG BÁO", "Nơi nhận", "Đã ký", "Tệp đính kèm"):
        assert line not in gold["body"]


def test_caption_lines_are_not_body():
    for g in portal.GOLD:
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] not in g["body"].split("\n\n")
        assert "Xem thêm" not in g["body"] and "Tin liên quan" not in g["body"]
        assert "Ảnh:" not in g["body"] and "Nguồn:" not in g["body"]
