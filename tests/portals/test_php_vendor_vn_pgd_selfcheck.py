"""Self-check of the district education office's home-made PHP portal: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
two other addresses and every non-article answer 200; that the gold is well formed and printed on
its page (after entities, NFC and ``<br />`` lines); that a browser-like walk of links from
START_PATH (resolving against the page's ``<base href>``, as a browser does) reaches every
article under all three addresses; and that the traps behave as the module says: the week
schedule never ends, print views repeat the text, the three addresses are the same page without
a canonical, relative links only work through ``<base>``, the marquee's dead notice is a soft 404,
the header sends no charset, and the older posts are stored decomposed or with references.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import php_vendor_vn_pgd as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_BASE = re.compile(r'<base href="([^"]+)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|swf)$", re.I)
_CONTENT_START = '<div class="noi-dung-tin">'
_CONTENT_END = "</div><!-- ket thuc noi dung tin -->"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    import urllib.error

    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers.items())


def _page(server: PortalServer, target: str) -> str:
    status, raw, _ = _get(server, target)
    assert status == 200, target
    return raw.decode("utf-8")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """The text a reader sees: table cells joined " | ", inline tags dropped, NFC, one space."""
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|strong|em|span|b|i|o:p)\b[^>]*>", "", markup)
    plain = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(plain).replace("\xa0", " ").split())


def _lines(markup: str) -> list[str]:
    """The content's lines as a reader reads them: blocks and ``<br />`` break lines."""
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = re.sub(r"<br\s*/?>|</?(p|div|tr|table|tbody)\b[^>]*>", "\n", markup)
    out = []
    for line in markup.split("\n"):
        line = " ".join(_nfc(re.sub(r"<[^>]+>", "", line)).replace("\xa0", " ").split())
        if line:
            out.append(line)
    return out


def _content(page: str) -> str:
    return page.split(_CONTENT_START, 1)[1].split(_CONTENT_END, 1)[0]


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    base = _BASE.search(page)
    root = base.group(1) if base else server.url(target)
    out = []
    for _, href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(root, href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _story(gold: dict) -> portal.Story:
    number = int(parse_qs(urlsplit(gold["path"]).query)["id"][0])
    return next(s for s in portal.STORIES if s.id == number)


_IDS = {"ids": lambda g: g["path"].split("id=", 1)[1]}


# --------------------------------------------------------------------------- contract


def test_contract_shape() -> None:
    assert portal.NAME == "php_vendor_vn_pgd" and portal.START_PATH == "/"
    assert isinstance(portal.PLATFORM, str) and portal.PLATFORM
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(portal.pages(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, **_IDS)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "category"):
        assert gold[key] and gold[key] == gold[key].strip()
    for value in (gold["title"], gold["body"], gold["summary"] or "", *gold["authors"]):
        assert unicodedata.is_normalized("NFC", value)
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n") if gold["body"] else []
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    story = _story(gold)
    assert gold["alt_paths"] == [portal.plain_path(story), portal.rewrite_path(story)]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


# --------------------------------------------------------------------------- article pages


@pytest.mark.parametrize("gold", portal.GOLD, **_IDS)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    page = _page(server, gold["path"])
    story = _story(gold)
    head = re.search(r'<div class="tieu-de-tin"[^>]*>(.*?)</div>', page).group(1)
    assert _nfc(head) == gold["title"]
    assert not re.search(r"<h[1-6]", page)
    assert "<title>.:: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KỲ LÂM ::.</title>" in page
    content = _content(page)
    lines = _lines(content)
    body = [p for p in gold["body"].split("\n\n") if p]
    own = body[1:] if story.sapo_outside else body
    # every gold paragraph is one line of the content, in order
    positions = [lines.index(p) for p in own]
    assert positions == sorted(positions)
    lead = re.search(r'<div class="trich-dan"><i>(.*?)</i></div>', page).group(1)
    if gold["summary"] and not lead:
        # (harmonised: a wholly bold first paragraph with no .trich-dan is the summary)
        assert gold["summary"] == body[0] and f"<strong>{gold['summary']}</strong>" in _nfc(content)
    elif gold["summary"]:
        assert _nfc(lead) == gold["summary"]
    else:
        assert lead == ""
    # the date line, with the time the page prints
    stamp = gold["published_at"]
    when = portal._when(story)
    assert f"Cập nhật lúc: {when:%H:%M} - {when:%d/%m/%Y}" in page
    assert stamp[:10] == f"{when:%Y-%m-%d}"
    assert ("T" in stamp) == (f"{when:%H:%M}" != "00:00")
    # images and captions
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in story.images:
        if img.printed:
            assert img.printed in lines
        if img.caption:
            assert img.caption in img.printed
    # bylines: printed in the article block, not in the gold body
    block = _reader(
        page.split('<div class="tieu-de-tin"', 1)[1].split('<div class="cong-cu"', 1)[0]
    )
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in block
        assert not any(line == name for line in body)
    crumbs = re.search(r'<div class="duong-dan">(.*?)</div>', page).group(1)
    assert re.findall(r">([^<]+)</a>", crumbs)[-1] == gold["category"]
    bar = re.search(r'<div class="thanh-tieu-de"><span>([^<]+)</span>', page).group(1)
    assert bar == gold["category"].upper()
    text = _reader(page)
    for chrome in (portal.TODAY, "Lượt xem:", "Các tin khác:", "[In trang]", "Gửi cho bạn bè",
                   "Đang truy cập: 12", "Tổng lượt truy cập: 1.234.567", "Thiết kế bởi",
                   portal.HOTLINE, "VĂN BẢN MỚI", "TIN MỚI NHẤT", "LIÊN KẾT WEBSITE"):  # fmt: skip
        assert chrome in text
    assert re.search(r"\(\d{2}/\d{2}/2026\)", text)


def test_byline_shapes_are_printed_as_documented(server: PortalServer) -> None:
    printed = {
        1287: "Người viết: Nguyễn Thị Hoa - Phòng GD&ĐT",
        1285: "Tác giả: ThS. Lê Văn Tâm",
        1283: "Nguồn: Trường TH Kỳ Tân",
        1280: "Tin: Trần Minh Đức; ảnh: Hoàng Thị Lan",
        1270: "Phạm Thu Trang",
        1262: "Nguồn: Báo Hà Tĩnh",
        1254: "Tin, ảnh: Võ Hồng Nhung",
        1276: "Tác giả: Cô Nguyễn Thị Lựu - Trường TH Thị trấn Kỳ Lâm",
        1238: "Tác giả: Tổ Văn phòng",
    }
    for number, line in printed.items():
        story = next(s for s in portal.STORIES if s.id == number)
        page = _page(server, portal.article_path(story))
        block = page.split(_CONTENT_START, 1)[1].split('<div class="cong-cu"', 1)[0]
        assert line in _reader(block), number
    # the platform's own author field, after the content
    page = _page(server, portal.article_path(next(s for s in portal.STORIES if s.id == 1238)))
    assert '<div class="tac-gia" align="right"><b>Tác giả:</b>' in page.split(_CONTENT_END, 1)[1]


def test_scanned_letter_post_has_only_images_and_a_download(server: PortalServer) -> None:
    story = next(s for s in portal.STORIES if s.id == 1281)
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
    assert gold["body"] == "" and gold["summary"] is None and len(gold["images"]) == 2
    content = _content(_page(server, gold["path"]))
    assert _lines(content) == ["Tải về"]
    pdf = re.search(r'href="([^"]+\.pdf)"', content).group(1)
    status, raw, headers = _get(server, pdf)
    assert (
        status == 200 and headers["Content-Type"] == "application/pdf" and raw.startswith(b"%PDF")
    )


def test_repeated_lead_and_bold_first_paragraph(server: PortalServer) -> None:
    twice = next(s for s in portal.STORIES if s.id == 1262)
    page = _nfc(_page(server, portal.article_path(twice)))
    assert page.count(twice.summary) == 2
    assert not twice.sapo_outside
    bold = next(s for s in portal.STORIES if s.id == 1283)
    page = _page(server, portal.article_path(bold))
    assert '<div class="trich-dan"><i></i></div>' in page
    assert '<p style="text-align: justify;"><strong>Nhằm chào mừng' in page


# --------------------------------------------------------------------------- addresses, traps


def test_three_addresses_serve_the_same_page_without_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _page(server, gold["path"])
        assert 'rel="canonical"' not in main and "og:url" not in main
        for alt in gold["alt_paths"]:
            other = _page(server, alt)
            strip = re.compile(r'<li class="chon">')
            assert strip.sub("<li>", other) == strip.sub("<li>", main), alt


def test_relative_links_need_the_base_href(server: PortalServer) -> None:
    story = portal.STORIES[1]
    page = _page(server, portal.rewrite_path(story))
    assert _BASE.search(page).group(1) == server.base_url + "/"
    assert 'href="index.php?mod=tintuc&act=danhmuc&cat=' in page
    wrong = urljoin(portal.rewrite_path(story), "index.php?mod=lienhe")
    assert wrong.startswith("/tin-tuc/") and _get(server, wrong)[0] == 404


def test_print_view_repeats_the_article_without_chrome(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = _story(gold)
        page = _page(server, portal.print_path(story))
        assert 'onload="window.print();"' in page and "khung-trai" not in page
        lines = _lines(_content(page))
        for paragraph in [p for p in gold["body"].split("\n\n") if p][
            (1 if story.sapo_outside else 0) :
        ]:
            assert paragraph in lines
        assert f"Địa chỉ bài viết: {server.base_url}{portal.plain_path(story)}" in page


def test_week_schedule_never_ends(server: PortalServer) -> None:
    target = "/index.php?mod=lichcongtac"
    page = _page(server, target)
    assert "LỊCH CÔNG TÁC TUẦN 48 (Từ ngày 23/11/2026 đến ngày 29/11/2026)" in _reader(page)
    assert "Giao ban lãnh đạo Phòng" in page
    weeks = []
    for _ in range(60):
        nxt = re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1)
        target = "/" + html.unescape(nxt)
        weeks.append(int(parse_qs(urlsplit(target).query)["tuan"][0]))
        page = _page(server, target)
    assert weeks == list(range(49, 109))
    assert "tuan=108&nam=2026" in target and "Chưa có lịch công tác tuần này." in page
    assert "Tuần sau »" in page
    back = _page(server, portal.week_path(2026, -40))
    assert "tuan=-41&nam=2026" in back and "tuan=-39&nam=2026" in back


def test_soft_404_is_linked_from_the_marquee(server: PortalServer) -> None:
    home = _page(server, "/")
    marquee = re.search(r"<marquee[^>]*>(.*?)</marquee>", home, re.S).group(1)
    assert portal.soft_404_path() in _links(
        server, "/", marquee + f'<base href="{server.base_url}/" />'
    )
    status, raw, _ = _get(server, portal.soft_404_path())
    page = raw.decode("utf-8")
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa!" in page
    assert "khung-trai" in page and "tieu-de-tin" not in page
    # an unknown mod falls through to the home page; a stray path is Apache's 404
    assert "TIN NỔI BẬT" in _page(server, "/index.php?mod=khongco")
    assert _get(server, "/quantri/")[0] == 404


def test_listings_page_through_every_article(server: PortalServer) -> None:
    for cat in portal.CATS:
        listed: list[str] = []
        last = portal.pages(cat)
        for n in range(1, last + 1):
            target = portal.listing_path(cat) if n == 1 else portal.listing_path(cat, n)
            page = _page(server, target)
            center = page.split('<div id="khung-giua">', 1)[1].split('class="cot-phai"', 1)[0]
            base = f'<base href="{server.base_url}/" />'
            listed += [
                link for link in dict.fromkeys(_links(server, target, base + center))
                if "act=chitiet" in link
            ]  # fmt: skip
            pager = re.search(r'<div class="phan-trang"[^>]*>(.*?)</div>', page)
            if last > 1:
                assert pager and _reader(pager.group(1)).startswith("Trang:")
                assert f"<b>[{n}]</b>" in pager.group(1)
                assert ("Cuối »" in pager.group(1)) == (n < last)
            else:
                assert pager is None
        assert listed == [portal.article_path(s) for s in portal.newest(cat)]
    assert _reader(_page(server, portal.listing_path("5", 1))).count("[1]") == 1
    assert "Chưa có tin trong chuyên mục này." in _page(server, portal.listing_path("5", 9))


def test_walk_reaches_every_article_under_every_address(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, raw, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, raw.decode("utf-8")):
            if _FILES.search(urlsplit(link).path):
                continue
            week = parse_qs(urlsplit(link).query).get("tuan")
            if week and abs(int(week[0]) - 48) > 1:
                continue  # the schedule never ends: stay near this week
            queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen
        assert set(gold["alt_paths"]) <= seen
    assert set(portal.NON_ARTICLES) <= seen


def test_documents_and_albums(server: PortalServer) -> None:
    page = _page(server, "/index.php?mod=vanban")
    assert "Trang: <b>[1]</b>" in page and "mod=vanban&trang=2" in page
    for doc in portal.DOCS:
        detail = _reader(_page(server, f"/index.php?mod=vanban&act=chitiet&id={doc.id}"))
        for value in (doc.number, doc.issued, doc.issuer, doc.subject, "Tải về"):
            assert value in detail
        assert _get(server, doc.file)[2]["Content-Type"] == "application/pdf"
    album = _page(server, "/index.php?mod=thuvienanh&act=album&id=12")
    assert album.count('rel="lightbox[album]"') == 6


def test_search_is_accent_insensitive(server: PortalServer) -> None:
    page = _page(server, "/index.php?mod=timkiem&tu=hoi+khoe+phu+dong")
    assert portal.plain_path(next(s for s in portal.STORIES if s.id == 1254)).lstrip("/") in page
    for word in {w for s in portal.STORIES for w in s.opts["tu"]}:
        assert portal.search_hits(word)


# --------------------------------------------------------------------------- encodings


def test_header_has_no_charset_and_meta_says_utf8(server: PortalServer) -> None:
    status, raw, headers = _get(server, portal.GOLD[0]["path"])
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in raw
    assert headers["X-Powered-By"].startswith("PHP/5.2")


def test_old_posts_are_stored_decomposed_or_with_references(server: PortalServer) -> None:
    for story in portal.STORIES:
        page = _page(server, portal.article_path(story))
        content = _content(page)
        head = re.search(r'<div class="tieu-de-tin"[^>]*>(.*?)</div>', page).group(1)
        if story.opts.get("nfd"):
            assert not unicodedata.is_normalized("NFC", content)
            assert not unicodedata.is_normalized("NFC", head)
            assert "\u0301" in content or "\u0300" in content
        else:
            assert unicodedata.is_normalized("NFC", content)
        if story.opts.get("entities"):
            assert re.search(r"&[a-z]+;", content.replace("&nbsp;", "").replace("&amp;", ""))
            assert re.search(r"&#\d{4};", content)
    assert sum(bool(s.opts.get("nfd")) for s in portal.STORIES) == 3


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
