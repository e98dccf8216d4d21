"""Self-checks of the WordPress block-theme (Trường Chính trị) fixture against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_gutenberg_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers",
    "source", "summary", "body", "images", "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The collapsed text of some markup, tags as spaces."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def entry(body: str) -> str:
    return body.split('<div class="entry-content', 1)[1].split('<div class="wp-block-group post-footer', 1)[0]


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href=["\']([^"\']+)["\']', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url):] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    assert len(BY_PATH) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert collapse(value.replace("\n\n", " ")) == value.replace("\n\n", " ")
        assert 3 <= len(g["body"].split("\n\n")) <= 40
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/")
        for name in g["authors"] + g["photographers"]:
            assert name != "admin" and "ThS." not in name and " - " not in name
        for alt in g["alt_paths"]:
            assert alt.startswith(g["path"] + "?replytocom=")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="wp-block-post-title has-x-large-font-size">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    assert portal.TODAY in body
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert re.search(rf'<time datetime="{gold["published_at"]}T\d\d:\d\d:\d\d\+07:00">'
                     rf"{d} {portal.MONTHS[m - 1]}, {y}</time>", body)
    assert f'class="breadcrumb_last" aria-current="page">{_html.escape(gold["title"])}' in body
    assert f'rel="tag">{_html.escape(gold["category"])}</a>' in body
    # footnote reference numbers are anchors, not text
    text = shown(re.sub(r'<sup data-fn="[^"]+" class="fn">.*?</sup>', "", entry(body)))
    assert shown(gold["title"]) in shown(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: cells in order
            pattern = r"\s*".join(re.escape(c) for c in para.split(" | ") if c)
            assert re.search(pattern, text), para
        else:
            assert para in text, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in entry(body)
        if img["caption"]:
            assert _html.escape(img["caption"]) in entry(body)
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text or f">{name}</a></div>" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "article:published_time" not in body, path
        assert 'class="wp-block-post-date"><time' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in ("/gioi-thieu/", "/lien-he/", "/lich-hoc/", "/the/nha-giao/", "/author/admin/"):
        assert path in seen


def test_pagination_and_page_two_only_articles(server):
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    assert 'href="/chuyen-muc/tin-tuc-su-kien/page/2/" class="wp-block-query-pagination-next">Trang sau' in first
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2/")
    assert 'class="wp-block-query-pagination-previous"' in second and "Trang trước" in second
    assert '<span aria-current="page" class="page-numbers current">2</span>' in second
    for key in ("tin-tuc-su-kien", "nghien-cuu-trao-doi"):
        oldest = [p for p in portal.ORDERED if p.cat == key][-1]
        _, p1, _ = fetch(server, f"/chuyen-muc/{key}/")
        _, p2, _ = fetch(server, f"/chuyen-muc/{key}/page/2/")
        assert f'href="/{oldest.slug}/"' not in p1 and f'href="/{oldest.slug}/"' in p2
        _, home, _ = fetch(server, "/")
        assert f'href="/{oldest.slug}/"' not in home
    assert fetch(server, "/chuyen-muc/cong-tac-dao-tao/page/2/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/tin-tuc-su-kien/")
    assert fetch(server, "/page/4/")[0] == 200 and fetch(server, "/page/5/")[0] == 404


def test_short_links_and_slashless_urls_redirect(server):
    for p in portal.POSTS:
        status, body, headers = fetch(server, f"/?p={p.id}")
        assert status == 301 and headers["Location"] == f"{server.base_url}/{p.slug}/"
    p = portal.POSTS[0]
    _, body, _ = fetch(server, f"/{p.slug}/")
    assert f"<link rel='shortlink' href='{server.base_url}/?p={p.id}' />" in body
    assert f"body={server.base_url}/?p={p.id}" in body
    status, _, headers = fetch(server, f"/{p.slug}")
    assert status == 301 and headers["Location"] == f"{server.base_url}/{p.slug}/"
    assert fetch(server, "/?p=99999")[0] == 404


def test_replytocom_serves_the_same_article(server):
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            assert f'href="{alt}#respond"' in page
            status, body, _ = fetch(server, alt)
            assert status == 200 and "noindex, follow" in body
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body
            assert entry(body) == entry(page)
        assert page.count('class="wp-block-comment-content"') == 2


def test_date_prints_day_but_datetime_has_a_clock(server):
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    assert re.search(r'article:published_time" content="2026-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00"', body)
    assert len(g["published_at"]) == 10


def test_authors_admin_and_department(server):
    for p in portal.POSTS:
        g = BY_PATH[f"/{p.slug}/"]
        _, body, _ = fetch(server, g["path"])
        name = portal.USERS[p.user]
        assert f'class="wp-block-post-author-name__link">{name}</a>' in body
        if p.user == "phongdaotao":
            assert g["authors"] == ["Phòng Đào tạo"]
    g = BY_PATH["/giai-phap-nang-cao-chat-luong-giang-day-phap-luat-tai-truong-chinh-tri-tinh/"]
    assert g["authors"] == ["Nguyễn Thị Thu Sương"]
    _, body, _ = fetch(server, g["path"])
    assert '<p class="has-text-align-right"><strong>ThS. Nguyễn Thị Thu Sương - Khoa Nhà nước và Pháp luật</strong></p>' in body


def test_core_blocks_and_what_is_not_body(server):
    seen_blocks: set[str] = set()
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        content = entry(body)
        for cls in re.findall(r'class="(wp-block-[a-z]+)', content):
            seen_blocks.add(cls)
        for fig in re.findall(r'<figure class="wp-block-table">.*?</figure>', content):
            cap = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", fig)
            assert cap and cap.group(1).startswith("Bảng 1:")
            assert _html.unescape(cap.group(1)) not in g["body"]
            assert "<thead>" in fig
        for fig in re.findall(r'<figure class="wp-block-embed.*?</figure>', content):
            cap = _html.unescape(re.search(r"<figcaption[^>]*>(.*?)</figcaption>", fig).group(1))
            assert cap not in g["body"] and cap not in [i["caption"] for i in g["images"]]
        if "wp-block-file" in content:
            assert "Tải xuống" not in g["body"] and 'download aria-describedby' in content
            pdf = re.search(r'class="wp-block-file"><object data="([^"]+)"', content).group(1)
            status, _, headers = fetch(server, pdf)
            assert status == 200 and headers["Content-Type"] == "application/pdf"
        if "wp-block-buttons" in content:
            assert "Đăng ký tham gia" in content and "Đăng ký tham gia" not in g["body"]
        if "wp-block-footnotes" in content:
            notes = re.findall(r'<li id="[0-9a-f-]+">(.*?) <a href="#', content.split("wp-block-footnotes")[1])
            paras = g["body"].split("\n\n")
            assert [_html.unescape(n) for n in notes] == paras[-len(notes):]
            assert "↩︎" not in g["body"] and content.count('class="fn"') == len(notes)
        if "wp-block-details" in content:
            assert "<summary>Xem danh sách học viên</summary>" in content
            assert "Xem danh sách học viên\n\nChi bộ 1:" in g["body"]
        if "wp-block-verse" in content:
            assert "Bục giảng mùa thu nắng nhẹ rơi,\n\nCô giảng bài xưa giọng ngọt lời," in g["body"]
        if "wp-block-quote" in content:
            assert "<cite>Chủ tịch Hồ Chí Minh</cite>" in content and "\n\nChủ tịch Hồ Chí Minh" in g["body"]
        assert "wp-block-pullquote" not in content
        # related excerpts, tags, navigation and comments are outside the content
        rel = body.split('class="wp-block-query related-posts', 1)[1].split('<div class="wp-block-comments">', 1)[0]
        assert 'href="' + g["path"] + '"' not in rel
        for other in re.findall(r'<p class="wp-block-post-excerpt__excerpt">(.*?) </p>', rel):
            assert not g["body"].startswith(_html.unescape(other).rstrip("…"))
        assert "Bài trước: " in body or "Bài sau: " in body
        assert "Bài viết liên quan" in body and "Bài viết liên quan" not in g["body"]
    for block in ("wp-block-heading", "wp-block-list", "wp-block-quote", "wp-block-table", "wp-block-image",
                  "wp-block-gallery", "wp-block-columns", "wp-block-file", "wp-block-embed",
                  "wp-block-separator", "wp-block-details", "wp-block-verse", "wp-block-footnotes",
                  "wp-block-buttons"):
        assert block in seen_blocks, block


def test_captions_vary(server):
    g = BY_PATH["/hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh/"]
    assert [i["caption"] for i in g["images"]] == [None, "Đoàn công tác tham quan thư viện Nhà trường"]
    _, body, _ = fetch(server, g["path"])
    assert '<p class="has-text-align-center has-small-font-size"><em>Đoàn công tác tham quan thư viện Nhà trường</em></p>' in body
    gal = BY_PATH["/truong-chinh-tri-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam/"]
    _, body, _ = fetch(server, gal["path"])
    gallery = body.split('<figure class="wp-block-gallery', 1)[1].split("\n</figure>", 1)[0]
    assert gallery.count("<figcaption") == 3 and len(gal["images"]) == 4
    col = BY_PATH["/chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-thang-10/"]
    _, body, _ = fetch(server, col["path"])
    assert 'style="flex-basis:40%"' in entry(body) and len(col["images"]) == 1


def test_pages_and_archives_are_not_articles(server):
    _, body, _ = fetch(server, "/gioi-thieu/")
    assert "wp-block-cover" in body and "wp-block-columns" in body and "page-template-default" in body
    _, body, _ = fetch(server, "/lich-hoc/")
    assert "<thead>" in body and "wp-block-post-date" not in body
    _, body, _ = fetch(server, "/?s=dao+tao")
    assert "Kết quả tìm kiếm" in body and 'class="wp-block-post-excerpt__excerpt"' in body
    _, body, _ = fetch(server, "/author/admin/")
    assert "Tác giả: admin" in body
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and "rss" in headers["Content-Type"]


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/")[0] == 404
    assert fetch(server, "/the/khong-co/")[0] == 404
