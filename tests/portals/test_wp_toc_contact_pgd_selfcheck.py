"""Self-checks of the WordPress (Newsup-like, ez-TOC) PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_toc_contact_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 500) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    """The text a reader sees in a piece of markup, collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split('<article class="small single">', 1)[1].split("</article>", 1)[0]


def story_of(gold: dict):
    return portal.BY_SLUG[gold["path"].rstrip("/").rsplit("/", 1)[1]]


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
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/wp-content/uploads/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "Internet", "BBT")
            assert "ThS" not in name and "–" not in name and "Giáo viên" not in name
        assert len(g["body"].split("\n\n")) >= 3 or g["path"].endswith("thang-12-2026/")
        assert g["alt_paths"] == [f"/?p={story_of(g).id}", g["path"] + "?amp=1"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    base = server.base_url
    title = _html.escape(gold["title"])
    assert f'<h1 class="title single"><a title="Liên kết đến: {title}">{title}</a></h1>' in body
    assert f'<link rel="canonical" href="{base}{gold["canonical_path"]}">' in body
    story = story_of(gold)
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert f'<i class="fas fa-clock"></i> {portal.MONTHS[m - 1]} {d}, {y}</span>' in body
    assert f'content="{gold["published_at"]}T{story.opts["time"]}+07:00"' in body
    assert portal.TOP_DATE in body
    assert f">{_html.escape(gold['category'])}</a></div>" in body
    article = article_part(body)
    text = shown(article)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells in order
            assert re.search(r"\s*".join(re.escape(c) for c in para.split(" | ")), text), para
        else:
            assert para in text, para
    for img in gold["images"]:
        assert f'src="{base}{img["path"]}"' in article
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert (
                f'<figcaption class="wp-element-caption">{cap}</figcaption>' in article
                or f'<p class="has-text-align-center has-small-font-size">{cap}</p>' in article
            )
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text


def test_widgets_sit_inside_the_content_column(server):
    for g in portal.GOLD:
        story = story_of(g)
        article = article_part(fetch(server, g["path"])[1])
        text = shown(article)
        assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG TRÀ" in text
        assert "Địa chỉ: 12 Lý Thần Tông" in text and "Điện thoại: 0234.3557 123" in text
        assert "Chia sẻ: Facebook Zalo Twitter Email In" in text
        assert "Đăng ký nhận bản tin" in text
        assert ("Bạn thấy bài viết này thế nào?" in text) == bool(story.opts.get("rating"))
        assert ('id="ez-toc-container"' in article) == bool(story.opts.get("toc"))
        assert ("saboxplugin-wrap" in article) == (story.opts["user"] == "thuha")
    votes = shown(article_part(fetch(server, f"/2026/11/{portal.S_NANGLUCDOC}/")[1]))
    assert "thế nào? ★ ★ ★ ★ ★" in votes and "★ 4.6/5 - (12 bình chọn)" in votes


def test_toc_lists_the_headings(server):
    _, body, _ = fetch(server, f"/2026/11/{portal.S_NANGLUCDOC}/")
    article = article_part(body)
    box = article.split('<div id="ez-toc-container"', 1)[1].split("</nav></div>", 1)[0]
    assert "Mục lục" in box and "[ẩn]" in box and "Hiển thị" in box
    anchors = re.findall(r'href="#([^"]+)"', box)
    assert anchors[:4] == ["1_Muc_tieu", "2_Noi_dung_va_giai_phap", "21_Doi_voi_nha_truong",
                           "22_Doi_voi_giao_vien"]
    for a in anchors:
        assert f'<span class="ez-toc-section" id="{a}"></span>' in article
    assert "<ul class='ez-toc-list-level-3' >" in box
    assert '<hr class="wp-block-separator' in article
    assert '<figure class="wp-block-table' in article and "<blockquote" in article
    assert article.index("ez-toc-container") < article.index("Căn cứ Kế hoạch")


def test_twins_shortlink_and_amp(server):
    base = server.base_url
    for g in portal.GOLD:
        story = story_of(g)
        _, body, _ = fetch(server, g["path"])
        assert f"<link rel=\"shortlink\" href=\"{base}/?p={story.id}\">" in body
        assert f'<link rel="amphtml" href="{base}{g["path"]}?amp=1">' in body
        assert f"Link rút gọn: <a href=\"{base}/?p={story.id}\">" in body
        status, short, _ = fetch(server, f"/?p={story.id}")
        assert status == 200 and f'<link rel="canonical" href="{base}{g["path"]}">' in short
        assert shown(article_part(short)) == shown(article_part(body))
        status, amp, _ = fetch(server, g["path"] + "?amp=1")
        assert status == 200 and "<html amp" in amp
        assert f'<link rel="canonical" href="{base}{g["path"]}">' in amp
        assert f'<h1 class="amp-wp-title">{_html.escape(g["title"])}</h1>' in amp
        assert "<amp-img" in amp or not g["images"]
        assert "pgd-contact-box" not in amp.split('<div class="amp-wp-article-content">')[1]
        amp_text = shown(amp)
        for para in g["body"].split("\n\n"):
            assert para.split(" | ")[0] in amp_text
    assert fetch(server, "/?p=9999")[0] == 404


def test_bylines_and_captions_as_spec(server):
    def article(slug: str) -> str:
        story = portal.BY_SLUG[slug]
        return article_part(fetch(server, portal.permalink(story))[1])

    assert "<strong>Tin và ảnh: Lê Quang Huy</strong>" in article(portal.S_KYNIEM)
    assert "Bài: Nguyễn Thị Mai – Ảnh: Hồ Văn Tài" in article(portal.S_HOAITHUONG)
    docsach = article(portal.S_DOCSACH)
    assert "<strong>Phan Thanh Sơn</strong></p>" in docsach
    assert "Giáo viên Trường TH Hương Văn" in docsach
    gallery = docsach.split('<figure class="wp-block-gallery', 1)[1].split("\n</figure>", 1)[0]
    assert gallery.count("<img ") == 4 and gallery.count("<figcaption") == 2
    assert "Người đưa tin: Võ Thị Lan" in article(portal.S_GVCN)
    assert "ThS. Lê Quang Huy – Tổ Chuyên môn THCS" in article(portal.S_AI)
    assert "Ảnh: Internet" in article(portal.S_BAOLU)
    assert "<strong>BBT</strong>" in article(portal.S_NGHIHOC)
    assert not GOLD_BY_PATH[portal.permalink(portal.BY_SLUG[portal.S_NGHIHOC])]["authors"]
    centred = [
        s.slug for s in portal.STORIES if 'has-text-align-center has-small-font-size">' in article(s.slug)
    ]
    assert sorted(centred) == sorted([portal.S_HOAITHUONG, portal.S_NCBH])
    for slug in centred:
        assert "<figcaption" not in article(slug)
    _, body, _ = fetch(server, f"/2026/11/{portal.S_NANGLUCDOC}/")
    assert "<span>Đăng bởi:</span> <a" in body and ">Trần Thị Thu Hà</a></h4>" in body
    _, body, _ = fetch(server, f"/2026/11/{portal.S_TIEPDAN}/")
    assert ">admin</a></h4>" in body


def test_date_traps(server):
    g = GOLD_BY_PATH[f"/2026/11/{portal.S_GVCN}/"]
    assert g["body"].startswith("Ngày 18/11/2026, ") and g["published_at"] == "2026-11-20"
    _, body, _ = fetch(server, f"/2026/11/{portal.S_NANGLUCDOC}/")
    assert 'content="2026-11-20T08:12:45+07:00"' in body
    assert "Tháng Mười Một 20, 2026</span>" in body
    assert "Thứ Tư, 25 Tháng Mười Một, 2026" in body


def test_pdf_notice(server):
    _, body, _ = fetch(server, f"/2026/11/{portal.S_TIEPDAN}/")
    article = article_part(body)
    assert '<div class="wp-block-file">' in article and ">Tải xuống</a>" in article
    pdf = re.search(r'href="[^"]*?(/wp-content/uploads/[^"]+\.pdf)"', article).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert len(GOLD_BY_PATH[f"/2026/11/{portal.S_TIEPDAN}/"]["body"].split("\n\n")) == 2


def test_non_articles_answer(server):
    titles = {g["title"] for g in portal.GOLD}
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "article:published_time" not in body, path
        h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        assert h1 and not {shown(h) for h in h1} & titles, path


def test_attachment_page(server):
    g = GOLD_BY_PATH[f"/2026/11/{portal.S_GVCN}/"]
    _, body, _ = fetch(server, g["path"])
    att = f"{server.base_url}{g['path']}anh-1/"
    assert f'<a href="{att}"><img' in body
    status, page, _ = fetch(server, g["path"] + "anh-1/")
    assert status == 200 and 'title="Liên kết đến: anh-1">anh-1</a></h1>' in page
    assert "mg-blog-date" in page and "attachment-medium" in page
    assert fetch(server, g["path"] + "anh-2/")[0] == 404


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_chuyen_mon_post_only_on_later_listing_pages(server):
    ai = f"/2026/10/{portal.S_AI}/"
    for target in ("/", "/page/2/", "/page/3/", "/chuyen-muc/chuyen-mon/", "/feed/"):
        assert ai not in fetch(server, target)[1], target
    for g in portal.GOLD:
        if g["path"] != ai:
            assert ai not in fetch(server, g["path"])[1], g["path"]
    for target in ("/page/4/", "/chuyen-muc/chuyen-mon/page/2/", "/2026/10/"):
        status, body, _ = fetch(server, target)
        assert status == 200 and ai in body, target
    _, body, _ = fetch(server, "/chuyen-muc/chuyen-mon/")
    assert f'href="{server.base_url}/chuyen-muc/chuyen-mon/page/2/"' in body
    assert fetch(server, "/page/6/")[0] == 404
    assert fetch(server, "/chuyen-muc/chuyen-mon/page/3/")[0] == 404


def test_archives_tags_authors_search(server):
    _, home, _ = fetch(server, "/")
    for day in sorted({g["published_at"] for g in portal.GOLD if g["published_at"][5:7] == "11"}):
        href = f"/2026/11/{day[8:]}/"
        assert f'href="{server.base_url}{href}"' in home
        status, body, _ = fetch(server, href)
        assert status == 200 and 'class="entry-title title"' in body
    assert "Hôm nay: 128" in home and "Hôm qua: 342" in home and "Tổng: 98.765" in home
    status, body, _ = fetch(server, "/2026/11/20/")
    assert status == 200 and body.count('class="entry-title title"') == 2
    status, body, _ = fetch(server, "/tac-gia/thuha/")
    assert status == 200 and body.count('class="entry-title title"') == 2
    status, body, _ = fetch(server, "/the/doc-sach/")
    assert status == 200 and "Thẻ: Đọc sách" in body
    status, body, _ = fetch(server, "/?s=%C4%91%E1%BB%8Dc")
    assert status == 200 and "Kết quả tìm kiếm: đọc" in body
    assert body.count('class="entry-title title"') == 3
    status, body, _ = fetch(server, "/?s=sinh")
    assert status == 200 and f'href="{server.base_url}/?s=sinh&amp;paged=2"' in body
    assert fetch(server, "/?s=sinh&paged=2")[0] == 200
    assert "Rất tiếc" in fetch(server, "/?s=khongcotukhoanay")[1]
    assert fetch(server, "/2026/09/")[0] == 404


def test_pages_feed_json_and_redirects(server):
    base = server.base_url
    _, body, _ = fetch(server, "/gioi-thieu/")
    assert "<h1 class=\"title\">Giới thiệu</h1>" in body and "mg-blog-date" not in body
    _, body, _ = fetch(server, "/lien-he/")
    assert "wpcf7-form" in body
    _, home, _ = fetch(server, "/")
    assert f'<link rel="https://api.w.org/" href="{base}/wp-json/">' in home
    status, body, headers = fetch(server, "/wp-json/")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["name"] == portal.SITE_TITLE
    story = portal.BY_SLUG[portal.S_KYNIEM]
    data = json.loads(fetch(server, f"/wp-json/wp/v2/posts/{story.id}")[1])
    assert data["link"] == base + portal.permalink(story)
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and body.count("<item>") == 10
    path = portal.permalink(story)
    status, _, headers = fetch(server, path.rstrip("/"))
    assert status == 301 and headers["Location"] == base + path
    assert fetch(server, "/2026/10/" + portal.S_KYNIEM + "/")[0] == 404
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
