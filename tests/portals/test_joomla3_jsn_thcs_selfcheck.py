"""Self-check of the joomla3_jsn_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_jsn_thcs as portal
from tests.portals._selfcheck import fetch

_A = re.compile(r"<a\b([^>]*)>", re.I)
_HREF = re.compile(r'href="([^"]*)"')
_STATIC = ("/images/", "/templates/", "/media/", "/modules/", "/plugins/")
_INLINE = re.compile(r"</?(?:a|sup|span|strong|em|b|i|u|font)\b[^>]*>", re.I)
_BODY_END = re.compile(r'</div>(?:<ul class="(?:tags|pager)|</div>)')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def reader_text(markup: str) -> str:
    """Scripts dropped, inline tags to nothing, other tags to spaces, references resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S | re.I)
    markup = _INLINE.sub("", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def article_text(markup: str) -> str:
    start = markup.index(">", markup.index('itemprop="articleBody"')) + 1
    end = _BODY_END.search(markup, start)
    return reader_text(markup[start:end.start()])


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(page: str, target: str, *, sensible: bool) -> list[str]:
    found = []
    for attrs in _A.findall(page):
        m = _HREF.search(attrs)
        if not m:
            continue
        if sensible and 'rel="nofollow"' in attrs:
            continue
        url = urljoin("http://h" + target, html.unescape(m.group(1)))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.path.startswith(_STATIC) or parts.path.endswith(".pdf"):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def crawl(server: PortalServer, *, sensible: bool) -> dict[str, int]:
    seen = {portal.START_PATH: 0}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, target, sensible=sensible):
            if sensible and ("format=feed" in link or "tmpl=component" in link):
                continue
            if link not in seen:
                seen[link] = -1
                queue.append(link)
        assert len(seen) < 400, "crawl does not end"
    return seen


def test_counts_and_shapes():
    assert portal.NAME == "joomla3_jsn_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert g["body"] and g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["canonical_path"] == g["path"]
        assert all(a not in paths for a in g.get("alt_paths", []))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_serve_their_article(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = reader_text(body)
    assert gold["title"] in text
    art = article_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in art, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in art, name
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert art.startswith(gold["summary"])
    if gold["source"]:
        assert f"Theo {gold['source']}" in art
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text or f'title="{html.escape(img["caption"])}"' in body
    assert f'>{html.escape(gold["category"])}</a>' in body
    day = gold["published_at"][:10]
    if "T" in gold["published_at"]:
        assert f'datetime="{gold["published_at"]}" itemprop="datePublished"' in body
    else:
        y, m, d = day.split("-")
        assert f"{d} Tháng {int(m)} {y} 00:00" in text or f"ngày {d} tháng {m} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    _, canonical, _ = fetch(server, gold["path"])
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert article_text(body) == article_text(canonical), alt


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server, sensible=False)
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200, g["path"]
        for alt in g.get("alt_paths", []):
            assert seen.get(alt) == 200, alt
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path


def test_sensible_crawl_fits_the_budget(server):
    seen = crawl(server, sensible=True)
    assert all(seen.get(g["path"]) == 200 for g in portal.GOLD)
    assert all(seen.get(p) == 200 for p in portal.NON_ARTICLES)
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    assert not [t for t, s in seen.items() if s not in (200,)], seen


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "jsn-master" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc/9-tin-nha-truong/999-bai-khong-ton-tai.html",
        "/tin-tuc/10-hoat-dong-doan-doi/312-soi-noi-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027.html",
        "/tin-tuc.html?start=40",
        "/component/tags/tag/9-khong-co.html",
        "/administrator/",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


# --- the traps behave as documented ------------------------------------------------------------


def _gold(story_id: int) -> dict:
    return next(g for g in portal.GOLD if f"/{story_id}-" in g["path"])


def test_page_two_only_articles(server):
    page1 = fetch(server, "/tin-tuc.html")[1] + fetch(server, "/tin-tuc/9-tin-nha-truong.html")[1]
    page2 = fetch(server, "/tin-tuc.html?start=4")[1] + fetch(server, "/tin-tuc/9-tin-nha-truong.html?start=3")[1]
    home = fetch(server, "/")[1]
    for sid in (301, 296):
        path = _gold(sid)["path"]
        assert path in page2 and path not in page1 and path not in home
    assert "?limitstart=0" in fetch(server, "/tin-tuc.html?start=4")[1]
    cm = fetch(server, "/chuyen-mon.html")[1]
    more = cm[cm.index("items-more"):]
    assert _gold(299)["path"] in more


def test_jcaption_caption_lives_in_title_only(server):
    body = fetch(server, _gold(312)["path"])[1]
    cap = _gold(312)["images"][0]["caption"]
    assert f'class="caption" title="{cap}"' in body
    assert cap not in reader_text(body)
    assert "new JCaption('img.caption')" in body
    assert _gold(312)["images"][1]["caption"] is None


def test_cms_account_in_info_line_not_author(server):
    body = fetch(server, _gold(312)["path"])[1]
    assert 'Viết bởi <span itemprop="name">Super User</span>' in body
    assert _gold(312)["authors"] == ["Hoàng Thị Thanh Nhàn"]
    assert 'Viết bởi <span itemprop="name">Đặng Văn Quý</span>' in fetch(server, _gold(296)["path"])[1]
    assert _gold(301)["authors"] == []


def test_modified_date_printed_before_published(server):
    body = fetch(server, _gold(312)["path"])[1]
    assert body.index("dateModified") < body.index("datePublished")
    assert "Cập nhật lần cuối: Thứ Bảy, 05 Tháng 12 2026 07:45" in body
    assert _gold(305)["published_at"] == "2026-11-09"
    assert "Ngày đăng: Thứ Hai, 09 Tháng 11 2026 00:00" in fetch(server, _gold(305)["path"])[1]


def test_official_notice(server):
    gold = _gold(313)
    body = fetch(server, gold["path"])[1]
    assert "Đô Lương, ngày 02 tháng 12 năm 2026" in body and "03 Tháng 12 2026 09:10" in body
    assert gold["published_at"] == "2026-12-02" and gold["authors"] == ["Lê Đình Khánh"]
    for chrome in ("THÔNG BÁO", "CỘNG HÒA", "Nơi nhận", "HIỆU TRƯỞNG", "File đính kèm"):
        assert chrome not in gold["body"]


def test_no_canonical_and_duplicates_differ_in_breadcrumb(server):
    gold = _gold(309)
    canonical = fetch(server, gold["path"])[1]
    component = fetch(server, gold["alt_paths"][1])[1]
    assert 'rel="canonical"' not in canonical
    assert 'href="/tin-tuc/9-tin-nha-truong.html" class="pathway"' in canonical
    assert 'class="pathway">Tin nhà trường' not in component


def test_encodings(server):
    body = fetch(server, _gold(311)["path"])[1]
    assert unicodedata.normalize("NFD", "Liên đội phát động") in body
    assert "Liên đội phát động" not in body.split("<h2", 1)[1].split("</h2>", 1)[0]
    assert "&agrave;" in fetch(server, _gold(299)["path"])[1] or "&#" in fetch(server, _gold(299)["path"])[1]


def test_word_markers_and_typed_dashes():
    assert "\n\n- " not in _gold(296)["body"] and "mso" not in _gold(296)["body"]
    assert "\n\n- Hoàn thiện cơ sở dữ liệu ngành đúng tiến độ;" in _gold(301)["body"]


def test_footnotes_after_byline(server):
    gold = _gold(306)
    assert "năm 1039.[1] Trong" in gold["body"]
    assert gold["body"].endswith("Nxb Khoa học Xã hội, 2006.")
    art = article_text(fetch(server, gold["path"])[1])
    assert art.index("Phạm Thị Hồng Vân") < art.index("Tài liệu tham khảo")


def test_intro_page_looks_like_an_article(server):
    body = fetch(server, "/gioi-thieu.html")[1]
    assert "jsn-article-info" in body and "jsn-article-print-button" in body
