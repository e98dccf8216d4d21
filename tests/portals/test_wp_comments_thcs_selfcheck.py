"""Self-checks of the WordPress (comments open) THCS fixture against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.request
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_comments_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

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
BY_PATH = {portal.post_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The collapsed text a reader sees in a piece of markup."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    """The post's entry-content (the comments' own entry-content divs come much later)."""
    return body.split('<div class="entry-content is-layout-flow">', 1)[1].split('<div class="ct-share-box', 1)[0]


def comments_of_page(body: str) -> str:
    return body.split('<div class="ct-comments" id="comments">', 1)[1]


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS) or href.startswith("/wp-json/"):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 800) -> set[str]:
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
        for name in g["photographers"] + (g["authors"] if g["authors"] != [portal.ACCOUNT_NAME] else []):
            assert name != portal.ACCOUNT_NAME  # (the poster, credited alone: see portal.GOLD)
            assert not name.startswith(("ThS.", "cô ", "Cô ", "Thầy")) and "–" not in name
        assert 2 <= len(g["body"].split("\n\n")) <= 14  # the video post: two paragraphs (spec)
        assert "Tải xuống" not in g["body"] and "bình luận" not in g["body"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    per_cat = {c: sum(g["category"] == c for g in portal.GOLD) for c in portal.CATEGORIES.values()}
    assert min(per_cat.values()) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = BY_PATH[gold["path"]]
    assert f'<h1 class="page-title" title="{_html.escape(gold["title"])}">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    if story.opts["meta"] == "A":
        assert f">{d:02d}/{m:02d}/{y}</time>" in body and "Đăng ngày" in body
        assert f"bởi <a class=\"ct-meta-element-author\" href=\"/tac-gia/{portal.ACCOUNT_LOGIN}/\"" in body
    else:
        assert f">{portal.MONTHS[m - 1]} {d}, {y}</time>" in body and "Đăng ngày" not in body
    assert f'class="ct-term-{story.cat}">{_html.escape(gold["category"])}</a>' in body
    content = shown(content_of(body))
    for para in gold["body"].split("\n\n"):
        if para == gold["summary"] and story.sapo_outside:
            assert f'<div class="page-description ct-hidden-sm">{_html.escape(para)}</div>' in body
            continue
        for cell in para.split(" | "):
            assert cell in content, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # the article images are exactly the gold ones (thumbs, avatars, logo are sized or elsewhere)
    inline = re.findall(r'<img[^>]* src="(/wp-content/uploads/2026/[^"]+)"', content_of(body))
    featured = [g["path"] for g in gold["images"]][: 1 if story.opts.get("featured") else 0]
    assert featured + inline == [g["path"] for g in gold["images"]]
    # the author box names the account, never a gold author
    assert "Giới thiệu về tác giả" in body and "Xem tất cả bài viết" in body
    # (credited only where no byline signs the post and the meta line names it: see portal.GOLD)
    assert portal.ACCOUNT_NAME not in gold["authors"] or gold["authors"] == [portal.ACCOUNT_NAME]
    assert "Chia sẻ:" in body and "Bài viết liên quan" in body and "Để lại một bình luận" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_conversation_is_apart_from_the_article(server, gold):
    story = BY_PATH[gold["path"]]
    comments = portal.comments_of(story)
    _, body, _ = fetch(server, gold["path"])
    content = shown(content_of(body))
    if not comments:
        assert "bình luận về" not in body and "ct-comment-list" not in body
        return
    every = [body] + [fetch(server, f"{gold['path']}comment-page-{n}/")[1] for n in range(2, portal.comment_pages(story) + 1)]
    discussion = " ".join(shown(comments_of_page(b)) for b in every)
    heading = f"{len(comments)} bình luận về “<span>{_html.escape(gold['title'])}</span>”"
    assert heading in body
    for c in comments:
        assert c.when[:10] >= gold["published_at"] and c.when[:10] <= "2026-11-25"
        # (the account answering comments is credited only as the post's poster: portal.GOLD)
        assert c.name not in gold["photographers"] + [a for a in gold["authors"] if a != portal.ACCOUNT_NAME]
        assert c.printed_date() in discussion and f"?replytocom={c.id}#respond" in " ".join(every)
        for para in c.paragraphs:
            assert collapse(para) in discussion
            assert collapse(para) not in content and collapse(para) not in gold["body"]
    assert "Email của bạn sẽ không được hiển thị công khai." in body and "Phản hồi" in body


def test_comment_dates_read_as_wordpress_prints_them(server):
    story = portal.BY_SLUG[portal.S_NHAGIAO]
    _, body, _ = fetch(server, portal.post_path(story))
    assert "20 Tháng 11, 2026 lúc 20:15" in body and "Phụ huynh Lan" in body
    assert "bypostauthor" in body and "ct-comment-content entry-content" in body
    assert body.count('class="ct-comment-inner"') == 3 and '<ol class="children">' in body


def test_alternative_urls_serve_the_same_article(server):
    for gold in portal.GOLD:
        _, first, _ = fetch(server, gold["path"])
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert content_of(body) == content_of(first), alt
            canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
            if "comment-page-" in alt:
                assert canonical == server.base_url + alt + "#comments"
            else:
                assert canonical == server.base_url + gold["path"]
            if "replytocom=" in alt:
                assert '<meta name="robots" content="noindex, follow">' in body
                assert '<h2 id="reply-title" class="comment-reply-title">Trả lời ' in body
                assert 'name="comment_parent" id="comment_parent" value="0"' not in body
        assert any(a.startswith("/?p=") for a in gold.get("alt_paths", []))
        assert f'<link rel="shortlink" href="{server.base_url}/?p=' in first


def test_paginated_comments(server):
    story = portal.BY_SLUG[portal.S_YNGUYEN]
    path = portal.post_path(story)
    assert portal.comment_pages(story) == 2
    _, page1, _ = fetch(server, path)
    _, page2, _ = fetch(server, path + "comment-page-2/")
    assert f'href="{path}comment-page-2/#comments"' in page1 and f'href="{path}#comments"' in page2
    last = portal.comments_of(story)[-1]
    assert f'id="comment-{last.id}"' in page2 and f'id="comment-{last.id}"' not in page1
    assert "8 bình luận về" in page1 and "8 bình luận về" in page2
    assert fetch(server, path + "comment-page-3/")[0] == 404
    status, _, headers = fetch(server, path + "comment-page-1/")
    assert status == 301 and headers["Location"] == path


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'rel="shortlink"' not in body and 'id="commentform"' not in body, path
        assert portal.TODAY in body
    _, body, _ = fetch(server, "/2026/10/14/")
    assert "Ngày: Tháng Mười 14, 2026" in body and 'class="entry-card' in body
    assert fetch(server, "/2026/10/13/")[0] == 404
    _, body, _ = fetch(server, "/tac-gia/bantruyenthong/")
    assert "Tác giả: Ban Truyền thông" in body and 'href="/tac-gia/bantruyenthong/page/2/"' in body


def test_every_gold_article_is_reachable(server):
    seen = walk(server, [portal.START_PATH])
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_listing_pagination(server):
    _, home, _ = fetch(server, "/")
    _, page3, _ = fetch(server, "/page/3/")
    oldest = portal.post_path(portal.BY_SLUG[portal.S_KHAIGIANG])
    assert f'href="{oldest}" rel="bookmark"' in page3 and f'href="{oldest}" rel="bookmark"' not in home
    assert 'href="/page/2/"' in home and fetch(server, "/page/4/")[0] == 404
    _, cat1, _ = fetch(server, "/chuyen-muc/tin-tuc/")
    _, cat2, _ = fetch(server, "/chuyen-muc/tin-tuc/page/2/")
    assert 'href="/chuyen-muc/tin-tuc/page/2/"' in cat1
    assert f'href="{oldest}" rel="bookmark"' in cat2 and f'href="{oldest}" rel="bookmark"' not in cat1
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-tuc/"


def test_sidebar_widgets(server):
    story = portal.BY_SLUG[portal.S_VIDEO]
    _, body, _ = fetch(server, portal.post_path(story))
    assert "<caption>Tháng Mười 2026</caption>" in body and 'href="/2026/10/14/"' in body
    assert 'href="/2026/09/">&laquo; Th9</a>' in body and 'href="/2026/11/">Th11 &raquo;</a>' in body
    _, home, _ = fetch(server, "/")
    assert "<caption>Tháng Mười Một 2026</caption>" in home and 'href="/?s=khai+giang"' in home
    assert "Đang online" in home and "Hôm nay" in home and "Tổng truy cập" in home
    recent = re.findall(r'<li class="recentcomments">.*?</li>', home)
    assert len(recent) == 5 and all(" trong <a href=" in r and "#comment-" in r for r in recent)


def test_search_results_page(server):
    status, body, _ = fetch(server, "/?s=khai+giang")
    assert status == 200 and "Kết quả tìm kiếm cho: khai giang" in body
    assert portal.post_path(portal.BY_SLUG[portal.S_KHAIGIANG]) in body
    assert '<meta name="robots" content="noindex, follow">' in body
    _, body, _ = fetch(server, "/?s=xyzabc")
    assert "Không tìm thấy kết quả" in body


def test_file_block_and_embed_are_not_content(server):
    lich = portal.BY_SLUG[portal.S_LICHKT]
    _, body, _ = fetch(server, portal.post_path(lich))
    pdf = next(iter(portal.PDF_PATHS))
    assert 'class="wp-block-file__button wp-element-button" download' in content_of(body)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    video = portal.BY_SLUG[portal.S_VIDEO]
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(video))
    _, body, _ = fetch(server, gold["path"])
    assert "wp-block-embed-youtube" in body and gold["images"] == []
    assert len(gold["body"].split("\n\n")) == 2


def test_comment_form_endpoint(server):
    status, _, headers = fetch(server, "/wp-comments-post.php")
    assert status == 405 and headers["Allow"] == "POST"
    req = urllib.request.Request(server.url("/wp-comments-post.php"), data=b"comment=x&comment_post_ID=101")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200 and "Lỗi" in resp.read().decode("utf-8")


def test_redirects_and_unknown_pages(server):
    story = portal.STORIES[0]
    path = portal.post_path(story)
    status, _, headers = fetch(server, path.rstrip("/"))
    assert status == 301 and headers["Location"] == path
    assert fetch(server, "/2026/09/" + story.slug + "/")[0] == 404
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, "/?p=999")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404
