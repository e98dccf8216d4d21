"""Self-checks of the drupal6_q_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal6_q_thcs as portal
from tests.portals._common import TODAY
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def norm(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.replace("\xa0", " "))).strip()


def doc(body: str):
    return lxml.html.fromstring(body)


def h1(body: str) -> str:
    return norm(doc(body).xpath('string(//h1[@class="title"])'))


def content_text(body: str) -> str:
    """Text of the node's body element, as a reader sees it."""
    node = doc(body).xpath('//div[contains(@class, "node")]//div[contains(@class, "content")]')
    return norm(node[0].text_content()) if node else ""


def links(base: str, body: str) -> list[str]:
    """Same-host links of a page, entities unescaped, fragments dropped."""
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#")[0]
        absolute = urljoin(base, href)
        if href and absolute.startswith(base):
            out.append(absolute)
    return out


def target(absolute: str) -> str:
    parts = urlsplit(absolute)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def view_text(body: str) -> str:
    return norm(doc(body).xpath('string(//div[contains(@class, "view-tin-tuc")])'))


# --- gold is well formed --------------------------------------------------------------------


def test_gold_count_and_keys():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert ISO.match(g["published_at"]), g["published_at"]
        assert g["category"] in portal.TERMS.values()
        assert g["canonical_path"] == g["path"]
        assert g["path"].startswith("/?q=tin-tuc/")
        assert len(g["alt_paths"]) == 3
        for text in [g["title"], g["body"], g["summary"] or "", *g["authors"], *g["photographers"]]:
            assert text == unicodedata.normalize("NFC", text)
            assert "  " not in text and "&" not in text.replace("GD&ĐT", "")
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        for img in g["images"]:
            assert img["path"].startswith("/sites/default/files/")
            assert img["caption"] is None or img["caption"] == norm(img["caption"])


def test_gold_decisions_by_hand():
    hoi_thi = BY_PATH["/?q=tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027"]
    assert hoi_thi["authors"] == ["Trần Thị Thu Hương"]
    assert hoi_thi["images"][2]["caption"] is None  # "DSC_0457.JPG" is no caption
    assert "1 | Nguyễn Thị Hằng | Khoa học Tự nhiên | Giỏi" in hoi_thi["body"]
    khai_giang = BY_PATH["/?q=tin-tuc/le-khai-giang-nam-hoc-2026-2027"]
    assert khai_giang["authors"] == [] and "BBT" not in khai_giang["body"]
    assert [i["caption"] for i in khai_giang["images"]] == [
        "Toàn cảnh Lễ khai giảng năm học 2026 - 2027",
        "Thầy Hiệu trưởng Nguyễn Đình Khoa đánh trống khai trường",
    ]
    ngay_nha_giao = BY_PATH["/?q=tin-tuc/ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026"]
    assert ngay_nha_giao["authors"] == ["Nguyễn Văn Hải"]
    assert ngay_nha_giao["photographers"] == ["Lê Thị Mai"]
    by_source = {g["source"] for g in portal.GOLD} - {None}
    assert by_source == {"hatinh.edu.vn", "phonggdthachha.edu.vn"}
    units = {a for g in portal.GOLD for a in g["authors"] if a.startswith("Tổ ")}
    assert units == {"Tổ Khoa học Tự nhiên", "Tổ Văn phòng", "Tổ Xã hội"}
    every_author = {a for g in portal.GOLD for a in g["authors"]}
    assert not every_author & {"admin", "bientap", "thuhuong", "BBT"}
    for g in portal.GOLD:
        assert "Người viết" not in g["body"] and "Nguồn:" not in g["body"]
        assert "Đính kèm" not in g["body"] and "lượt đọc" not in g["body"]


def test_term_of_every_story_is_its_category():
    for s in portal.STORIES:
        assert portal.TERMS[s.opts["term"]] == s.cat
        assert s.opts["created"].replace(" ", "T") + ":00+07:00" == s.published_at


# --- every address of every article -----------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][4:40])
def test_every_address_serves_the_article(server, gold):
    bodies = []
    for path in [gold["path"], *gold["alt_paths"]]:
        status, body, _h = fetch(server, path)
        assert status == 200, path
        assert h1(body) == gold["title"], path
        bodies.append(content_text(body))
    assert len(set(bodies)) == 1  # the very same article at all four addresses


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][4:40])
def test_body_paragraphs_captions_and_date_are_printed(server, gold):
    _status, body, _h = fetch(server, gold["path"])
    text = content_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            cells = para.split(" | ")
            assert all(c in text for c in cells), para
        else:
            assert para in text, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    d = gold["published_at"]
    assert f"{d[8:10]}/{d[5:7]}/{d[:4]} - {d[11:16]}" in body
    assert f"Hôm nay: {TODAY}" in body


def test_text_forms_of_the_platform(server):
    _s, body, _h = fetch(
        server, "/?q=tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027"
    )
    assert "gi&aacute;o vi&ecirc;n" in body  # TinyMCE's named entities
    assert "cấp trường  năm học" in body  # the double space of the typed title
    _s, body, _h = fetch(server, "/?q=node/52")
    nfd_title = unicodedata.normalize("NFD", "Phòng GD&amp;ĐT Thạch Hà tổng kết")
    assert nfd_title in body and unicodedata.normalize("NFC", nfd_title) not in body
    _s, body, _h = fetch(server, "/?q=node/136")
    assert ".&nbsp; Tới dự" in body


# --- a reader's walk from the start page reaches every article ----------------------------------


def test_breadth_first_walk_reaches_every_gold(server):
    wanted = {}
    for g in portal.GOLD:
        for p in [g["path"], *g["alt_paths"]]:
            wanted[p] = g["path"]
    base = server.url("/")
    seen, found = set(), set()
    queue = deque([server.url(portal.START_PATH)])
    while queue and len(seen) < 400:
        absolute = queue.popleft()
        t = target(absolute)
        if t in seen or t.startswith("/sites/") or t.startswith("/misc/"):
            continue
        seen.add(t)
        if t in wanted:
            found.add(wanted[t])
        status, body, headers = fetch(server, t)
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(links(base, body))
    assert found == set(BY_PATH)


def test_listings_and_zero_based_paging(server):
    titles = [s.title for s in sorted(portal.STORIES, key=lambda s: s.opts["created"])]
    oldest = [norm(t) for t in titles[:3]]
    _s, first, _h = fetch(server, "/?q=tin-tuc")
    _s, zero, _h = fetch(server, "/?q=tin-tuc&page=0")
    assert view_text(first) == view_text(zero) and first.count('<div class="views-row ') == 5
    _s, second, _h = fetch(server, "/?q=tin-tuc&page=1")
    _s, third, _h = fetch(server, "/?q=tin-tuc&page=2")
    assert 'class="pager-current">2<' in second and 'class="pager-current">3<' in third
    assert '<a href="/?q=tin-tuc" title="Đến trang đầu"' in second  # page 0 has no parameter
    assert "tiếp theo ›" in first and "‹ trước" in second and "trang cuối »" in second
    for t in oldest:
        assert t in norm(_html.unescape(third)) and t not in norm(_html.unescape(first))
        assert t not in norm(_html.unescape(second))
    # front page: a second listing of the same nodes, the three oldest and the poll on page=1
    _s, front, _h = fetch(server, "/")
    _s, front_q, _h = fetch(server, "/?q=node")
    _s, front_1, _h = fetch(server, "/?q=node&page=1")
    assert front.count('class="node') == front_q.count('class="node') == 10
    assert 'id="node-140" class="node sticky"' in front
    assert "node-77" in front_1 and all(t in norm(_html.unescape(front_1)) for t in oldest)
    assert '<a href="/?q=node&amp;page=1"' in front
    # out of range: Drupal clamps to the last page
    _s, far, _h = fetch(server, "/?q=tin-tuc&page=9")
    assert 'class="pager-current">3<' in far
    # term pages list the teasers with the poster's "Gửi bởi" line
    for tid, name in portal.TERMS.items():
        status, body, _h = fetch(server, f"/?q=taxonomy/term/{tid}")
        assert status == 200 and h1(body) == name
        count = sum(1 for s in portal.STORIES if s.opts["term"] == tid)
        assert body.count("Đọc thêm") == count and "Gửi bởi" in body


def test_tin_moi_and_feeds_link_node_n(server):
    _s, body, _h = fetch(server, "/?q=gioi-thieu")
    block = body[body.index("<h2>Tin mới</h2>") :]
    assert '<a href="/?q=node/140">' in block
    for feed in ["/?q=rss.xml", "/?q=taxonomy/term/5/0/feed"]:
        status, xml, headers = fetch(server, feed)
        assert status == 200 and "rss" in headers["Content-Type"]
        root = ET.fromstring(xml)
        item_links = [i.findtext("link") for i in root.iter("item")]
        assert item_links and all("/?q=node/" in link for link in item_links)
        assert all(i.findtext("pubDate").endswith("+0700") for i in root.iter("item"))


def test_index_php_links_in_bodies(server):
    _s, body, _h = fetch(server, "/?q=node/138")
    assert 'href="/index.php?q=node/133"' in body
    _s, body, _h = fetch(server, "/?q=node/118")
    assert 'href="/index.php?q=node/5"' in body


# --- the traps ---------------------------------------------------------------------------------


def test_print_pages(server):
    for s in portal.STORIES:
        status, body, _h = fetch(server, f"/?q=print/{s.id}")
        assert status == 200
        assert "Source URL:" in body and f"/?q={s.slug}" in body
        assert "Thăm dò ý kiến" not in body and 'class="print-title"' in body


def test_comment_reply_pages(server):
    status, body, _h = fetch(server, "/?q=comment/reply/138")
    assert status == 200 and h1(body) == "Trả lời bình luận"
    assert "Từ ngày 09 đến ngày 18/11/2026" in _html.unescape(body)  # the full node above the form
    assert 'id="comment-form"' in body
    cid = portal.COMMENTS[138][0].cid
    status, body, _h = fetch(server, f"/?q=comment/reply/138/{cid}")
    assert status == 200 and "Chúc mừng các thầy cô" in body
    _s, article, _h = fetch(server, "/?q=node/138")
    assert "(chưa xác thực)" in article and 'href="/?q=comment/reply/138#comment-form"' in article


def test_user_search_contact_pages(server):
    for t, title in [
        ("/?q=user", "Tài khoản thành viên"),
        ("/?q=user/password", "Tài khoản thành viên"),
        ("/?q=user/register", "Tài khoản thành viên"),
        ("/?q=user/3", "bientap"),
        ("/?q=search/node", "Tìm kiếm"),
        ("/?q=contact", "Liên hệ"),
        ("/?q=poll", "Thăm dò ý kiến"),
    ]:
        status, body, _h = fetch(server, t)
        assert status == 200 and h1(body) == title, t
        assert "Gửi bởi" not in body.split('<div id="sidebar-right"')[0].split("<h1")[1]
    status, _b, _h = fetch(server, "/?q=admin")
    assert status == 403


def test_image_and_poll_nodes_are_not_articles(server):
    for nid, img in portal.IMAGES.items():
        for t in [f"/?q={img.alias}", f"/?q=node/{nid}", f"/?q={img.alias}&size=thumbnail"]:
            status, body, _h = fetch(server, t)
            assert status == 200 and h1(body) == img.title
            assert "Gửi bởi" in body and 'class="image-node"' in body
        assert f'href="/?q={img.alias}&amp;size=_original"' in body
    status, gallery, _h = fetch(server, "/?q=image/tid/9")
    assert status == 200 and all(f"/?q={i.alias}" in gallery for i in portal.IMAGES.values())
    status, body, _h = fetch(server, "/?q=node/77")
    assert status == 200 and h1(body) == portal.POLL.question and 'type="radio"' in body
    status, body, _h = fetch(server, "/?q=node/77/results")
    assert status == 200 and "Tổng số phiếu: 214" in body and 'class="bar"' in body


def test_page_nodes_and_non_articles(server):
    for t in portal.NON_ARTICLES:
        status, body, _h = fetch(server, t)
        assert status == 200, t
    for t in ["/?q=gioi-thieu", "/?q=lich-cong-tac", "/index.php?q=node/5"]:
        _s, body, _h = fetch(server, t)
        center = body.split('<h1 class="title">')[1].split('<div id="footer">')[0]
        assert "Gửi bởi" not in center and 'class="terms"' not in center
    _s, body, _h = fetch(server, "/?q=lich-cong-tac")
    assert "<table" in body


def test_deleted_node_is_a_themed_404(server):
    _s, body, _h = fetch(server, "/?q=node/63")
    assert 'href="/?q=node/41"' in body
    status, body, _h = fetch(server, "/?q=node/41")
    assert status == 404 and h1(body) == "Trang không tìm thấy"
    status, _b, _h = fetch(server, "/index.php?q=tin-tuc/khong-co-bai-nay")
    assert status == 404


def test_attachments_robots_and_static(server):
    _s, body, _h = fetch(server, "/?q=node/131")
    host = server.base_url
    assert f'href="{host}/sites/default/files/ke-hoach-12.doc"' in body
    assert "<th>Đính kèm</th><th>Kích thước</th>" in body
    status, _b, headers = fetch(server, "/sites/default/files/ke-hoach-12.doc")
    assert status == 200 and headers["Content-Type"] == "application/msword"
    status, robots, _h = fetch(server, "/robots.txt")
    assert status == 200 and "Disallow: /?q=comment/reply/" in robots
    assert "\nCrawl-delay:" not in robots
    status, _b, headers = fetch(server, "/sites/default/files/imagecache/large/hoi-giang-1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
