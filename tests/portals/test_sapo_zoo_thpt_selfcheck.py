"""Self-checks of the sapo_zoo_thpt fixture (Laravel school CMS) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sapo_zoo_thpt as portal
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
GOLD = {g["path"]: g for g in portal.GOLD}


def gold_of(slug: str) -> dict:
    return GOLD[f"/bai-viet/{slug}.html"]


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


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    """The text a reader sees: tags removed, entities decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split("<article", 1)[1].split("</article>", 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/bai-viet/[a-z0-9-]+\.html", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g[
            "path"
        ]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        paras = g["body"].split("\n\n")
        assert 3 <= len([p for p in paras if " | " not in p]) <= 12, g["path"]
        if g["summary"]:
            assert paras[0] == g["summary"]
            assert g["body"].count(g["summary"]) == 1
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/storage/uploads/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if g["summary"]) == 8  # seven lead forms, and the bold quotation harmonised as a lead (see the module)
    assert sum(1 for g in portal.GOLD if "T" in g["published_at"]) >= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    story = portal.BY_SLUG[gold["path"][len("/bai-viet/") : -len(".html")]]
    title_tag = "post-title" if portal.VIEW[story.cat] == "news" else "entry__title"
    assert f'<h1 class="{title_tag}">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    # the printed date line
    date = gold["published_at"]
    y, m, d = date[:10].split("-")
    if "T" in date:
        assert f"Đăng lúc: {date[11:16]} - {d}/{m}/{y}" in body
    else:
        assert f"Ngày đăng: {d}.{m}.{y}" in body
    # breadcrumb's last section is the category
    crumb = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert shown(crumb).endswith(gold["category"])
    article = article_part(body)
    text = shown(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            esc_cap = _html.escape(img["caption"])
            assert (
                f"<figcaption>{esc_cap}</figcaption>" in article
                or f'<p style="text-align: center;"><em>{esc_cap}</em></p>' in article
            )
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng lúc:" not in body and "Ngày đăng:" not in body, path
        assert 'rel="canonical"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_school_news_only_on_page_two(server):
    path = gold_of(portal.S_CUUHS)["path"]
    status, page2, _ = fetch(server, "/chuyen-muc/tin-nha-truong?trang=2")
    assert status == 200 and path in page2
    _, page1, _ = fetch(server, "/chuyen-muc/tin-nha-truong")
    assert path not in page1 and 'href="/chuyen-muc/tin-nha-truong?trang=2"' in page1
    assert page1.count('class="post-item row') == 6
    assert fetch(server, "/chuyen-muc/tin-nha-truong?trang=1")[1].count('class="post-item row') == 6
    assert fetch(server, "/chuyen-muc/tin-nha-truong?trang=3")[0] == 404
    assert path not in fetch(server, "/")[1]
    for g in portal.GOLD:
        if g["path"] != path:
            assert path not in fetch(server, g["path"])[1], g["path"]


def test_tracking_duplicates_serve_the_same_post(server):
    _, home, _ = fetch(server, "/")
    tracked = [h for h in links(home) if "utm_source" in h]
    assert len(tracked) == len(portal.MOST_READ)
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            assert alt in tracked
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
            assert _html.escape(g["title"]) in body
    assert fetch(server, f"{gold_of(portal.S_TOAN)['path']}?id=3")[0] == 404


def _lead_markup(slug: str) -> tuple[str, dict]:
    g = gold_of(slug)
    return _html.escape(g["summary"] or ""), g


def test_lead_zoo(server):
    def page(slug):
        return fetch(server, gold_of(slug)["path"])[1]

    lead, g = _lead_markup(portal.S_NHAGIAO)
    assert f'<h2 class="lead">{lead}</h2>' in page(portal.S_NHAGIAO)
    lead, g = _lead_markup(portal.S_HSG)
    assert f'<div class="post-content">\n<p><strong>{lead}</strong></p>' in page(portal.S_HSG)
    lead, g = _lead_markup(portal.S_CMHS)
    assert f'<div class="post-content">\n<p><em>{lead}</em></p>' in page(portal.S_CMHS)
    # the teaser box repeats as the first paragraph of the text: twice on the page, once in gold
    lead, g = _lead_markup(portal.S_HKPD)
    body = page(portal.S_HKPD)
    assert f'<div class="post-excerpt fw-bold">{lead}</div>' in body
    assert f'<p style="text-align: justify;">{lead}</p>' in body
    assert g["body"].count(g["summary"]) == 1
    lead, g = _lead_markup(portal.S_STEM)
    assert g["summary"].startswith("(GD&TĐ) - Sáng 12/11,")
    assert f"<p><strong>{lead}</strong></p>" in page(portal.S_STEM)
    lead, g = _lead_markup(portal.S_AOAM)
    assert f'<blockquote class="sapo-box bg-light p-3">{lead}</blockquote>' in page(portal.S_AOAM)
    lead, g = _lead_markup(portal.S_ATGT)
    assert f'<div class="entry__lead"><p>{lead}</p></div>' in page(portal.S_ATGT)
    # no lead: a bold heading first, a place-and-date line first, a meta description only,
    # a bold quotation first
    g = gold_of(portal.S_NGUVAN)
    assert g["summary"] is None and g["body"].startswith("I. MỤC ĐÍCH, YÊU CẦU\n\n")
    assert '<div class="entry__content">\n<p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>' in page(
        portal.S_NGUVAN
    )
    g = gold_of(portal.S_KTHK)
    assert g["summary"] is None and "Nghệ An, ngày" not in g["body"]
    assert '<div class="post-content">\n<p>Nghệ An, ngày 10 tháng 11 năm 2026</p>' in page(
        portal.S_KTHK
    )
    g = gold_of(portal.S_TOADAM)
    body = page(portal.S_TOADAM)
    desc = portal.BY_SLUG[portal.S_TOADAM].opts["desc"]
    assert g["summary"] is None
    assert f'<meta name="description" content="{_html.escape(desc)}">' in body
    assert f'<meta property="og:description" content="{_html.escape(desc)}">' in body
    assert desc not in shown(article_part(body))
    assert 'class="lead"' not in body and "post-excerpt" not in body
    g = gold_of(portal.S_CUUHS)
    assert g["summary"] == g["body"].split("\n\n")[0] and g["body"].startswith("“Ba mươi năm")
    assert "<p><strong>“Ba mươi năm" in page(portal.S_CUUHS)
    for slug in (portal.S_TOAN, portal.S_GIOLAM):
        assert gold_of(slug)["summary"] is None
        body = page(slug)
        assert "entry__lead" not in body and "sapo-box" not in body and 'class="lead"' not in body


def test_bylines_dates_and_credits(server):
    def page(slug):
        return fetch(server, gold_of(slug)["path"])[1]

    assert "Tin: Nguyễn Thị Thu Hà; Ảnh: CLB Truyền thông" in page(portal.S_NHAGIAO)
    assert gold_of(portal.S_NHAGIAO)["photographers"] == ["CLB Truyền thông"]
    assert (
        "<strong>BBT</strong>" in page(portal.S_TOADAM)
        and gold_of(portal.S_TOADAM)["authors"] == []
    )
    assert "Tác giả: admin" in page(portal.S_ATGT)
    assert gold_of(portal.S_ATGT)["authors"] == ["Trần Minh Đức"]
    assert "ThS. Nguyễn Văn Lâm - Tổ trưởng Tổ Ngữ văn" in page(portal.S_NGUVAN)
    assert gold_of(portal.S_NGUVAN)["authors"] == ["Nguyễn Văn Lâm"]
    assert gold_of(portal.S_AOAM)["authors"] == ["Đoàn trường"]
    body = page(portal.S_CMHS)
    assert "Cập nhật lúc: 14:02 - 25/10/2026" in body
    assert gold_of(portal.S_CMHS)["published_at"] == "2026-10-24T08:10:00+07:00"
    # a <br> inside one paragraph: two gold paragraphs
    assert "(truy bài từ 6 giờ 45).<br>" in page(portal.S_GIOLAM)
    assert "(truy bài từ 6 giờ 45).\n\nBuổi chiều" in gold_of(portal.S_GIOLAM)["body"]
    # captions: figcaption on some, centred italic lines on others, none on some photos
    styles = {img.style for s in portal.STORIES for img in s.images}
    assert styles == {"figure", "em", "none"}


def test_unknown_pages_are_404(server):
    assert fetch(server, "/bai-viet/khong-co-bai-nay.html")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, "/chuyen-muc/thong-bao?trang=2")[0] == 404
    assert fetch(server, "/chuyen-muc/thong-bao?trang=abc")[0] == 404
