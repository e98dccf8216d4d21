"""Self-checks of the DokuWiki school blog fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dokuwiki_blog_thpt as portal
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "alt_paths",
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"#]*)')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _nfc(value):
    if isinstance(value, str):
        assert unicodedata.is_normalized("NFC", value), value
    elif isinstance(value, list):
        for item in value:
            _nfc(item)
    elif isinstance(value, dict):
        for item in value.values():
            _nfc(item)


def _plain(page: str) -> str:
    return unicodedata.normalize("NFC", _html.unescape(page))


def _canonical(page: str) -> str | None:
    m = re.search(r'<link rel="canonical" href="([^"]+)"', page)
    return urlsplit(m.group(1)).path if m else None


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = set()
    for gold in portal.GOLD:
        assert set(gold) == KEYS, gold["path"]
        assert gold["path"] not in paths
        paths.add(gold["path"])
        assert gold["published_at"] is None or ISO.match(gold["published_at"])
        assert gold["category"] == "Tin tức"
        assert gold["title"] and gold["body"]
        if gold["summary"]:
            assert gold["body"].startswith(gold["summary"] + "\n\n")
        _nfc(gold)
        for image in gold["images"]:
            assert image["path"].startswith("/lib/exe/fetch.php?w=600&tok=")


def test_gold_pages_answer_with_title_and_canonical(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold["alt_paths"]]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            assert _html.escape(gold["title"], quote=False) in page, target
            assert _canonical(page) == gold["canonical_path"], target
        status, page, _ = fetch(server, gold["path"])
        text = _plain(page)
        assert "Sửa đổi lần cuối" in text and "Dấu vết:" in text and portal.TODAY in text
        for image in gold["images"]:
            assert _html.escape(image["path"]) in page
            assert fetch(server, image["path"])[0] == 200


def test_body_paragraphs_are_printed(server):
    for gold in portal.GOLD:
        text = _plain(fetch(server, gold["path"])[1])
        text = re.sub(r"\s+", " ", text)
        for para in gold["body"].split("\n\n"):
            if " | " in para:
                continue
            assert para in text, (gold["path"], para)


def test_signature_date_and_docinfo(server):
    for post in portal.POSTS:
        text = _plain(fetch(server, post.path)[1])
        assert f"{portal.USERS[post.user]}</a> {post.created}</em>" in text
        when, user = post.last_edit
        assert f"Sửa đổi lần cuối: {when} bởi {user}" in text


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
    page = fetch(server, "/doku.php/to_chuyen_mon/toan")[1]
    assert '<table class="inline">' in page and "Nguyễn Đức Thắng" in page


def _walk(server) -> set[str]:
    seen: set[str] = set()
    status, _, headers = fetch(server, "/")
    assert status == 302
    queue = deque([headers["Location"]])
    base = server.base_url
    while queue:
        target = queue.popleft()
        if target in seen or len(seen) > 400:
            continue
        seen.add(target)
        if "do=" in target or "/lib/exe/" in target:
            continue
        status, page, _ = fetch(server, target)
        if status != 200:
            continue
        for href in HREF.findall(page):
            url = urljoin(base + target, _html.unescape(href))
            parts = urlsplit(url)
            if url.startswith(base) and parts.path.startswith("/doku.php"):
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def test_walk_reaches_every_article(server):
    seen = _walk(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or set(gold["alt_paths"]) & seen, gold["path"]
    assert "/doku.php/tin_tuc/start?first=12" in seen
    oldest = portal.POSTS[-1]
    # the oldest post is linked from the last list page only (and the index tree)
    page = fetch(server, "/doku.php/tin_tuc/start")[1]
    assert oldest.path not in page
    assert oldest.path in fetch(server, "/doku.php/tin_tuc/start?first=12")[1]


def test_list_pages_print_full_texts(server):
    page = _plain(fetch(server, "/doku.php/tin_tuc/start")[1])
    short = portal.GOLD[2]
    assert short["body"].split("\n\n")[-1] in re.sub(r"\s+", " ", page)
    assert "Đọc tiếp →" in page and "bình luận" in page
    assert "2026/11/20 08:30 · Nguyễn Thị Lan · 3 bình luận" in re.sub(r"<[^>]+>", "", page)
    assert fetch(server, "/doku.php/tin_tuc/start?first=18")[0] == 404
    home = _plain(fetch(server, "/doku.php/start")[1])
    assert home.count('class="inclmeta') == 5


def test_action_traps(server):
    post = portal.POSTS[1]
    status, page, _ = fetch(server, post.path + "?do=edit")
    assert status == 200 and "Xem mã nguồn" in page and "<textarea" in page
    assert _canonical(page) is None and "noindex,nofollow" in page
    status, raw, headers = fetch(server, post.path + "?do=export_raw")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert raw.startswith(f"====== {post.title} ======")
    status, _, headers = fetch(server, post.path + "?do=export_pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    for action in ("revisions", "backlink", "login", "index", "recent"):
        status, page, _ = fetch(server, f"{post.path}?do={action}")
        assert status == 200 and _canonical(page) is None, action
    revs = fetch(server, post.path + "?do=revisions")[1]
    assert f"?rev={post.stamp}" in revs
    status, page, _ = fetch(server, f"{post.path}?rev={post.stamp}")
    assert status == 200 and "Đây là phiên bản cũ của tài liệu!" in page
    assert _canonical(page) is None
    assert fetch(server, f"{portal.POSTS[0].path}?rev=1")[0] == 404


def test_toc_and_section_buttons(server):
    long_post = next(p for p in portal.POSTS if p.slug == "hoi_nghi_vien_chuc_2026_2027")
    page = fetch(server, long_post.path)[1]
    assert 'id="dw__toc"' in page and "Mục lục" in page
    assert page.count(">Sửa</button>") == 1 + sum(
        isinstance(b, portal.P) and b.style in ("h2", "h3") for b in long_post.blocks
    )
    short = fetch(server, portal.POSTS[0].path)[1]
    assert 'id="dw__toc"' not in short


def test_media_detail_and_tag_pages(server):
    post = portal.POSTS[1]
    page = fetch(server, post.path)[1]
    detail = _html.unescape(re.search(r'href="(/lib/exe/detail\.php[^"]+)"', page).group(1))
    status, body, _ = fetch(server, detail)
    assert status == 200 and "Ngày:" in body and "Trở lại" in body
    status, body, _ = fetch(server, "/doku.php/tag/khai_giang?do=showtag&tag=khai_giang")
    assert status == 200 and "/doku.php?id=tin_tuc:2026:le_khai_giang" in body


def test_nfd_paragraph_printed_decomposed(server):
    post = next(p for p in portal.POSTS if p.slug == "hoi_nghi_cha_me_hoc_sinh")
    page = fetch(server, post.path)[1]
    assert unicodedata.normalize("NFD", "Hội nghị cha mẹ học sinh đầu năm học tại") in page
