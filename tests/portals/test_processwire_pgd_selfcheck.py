"""Self-checks of the ProcessWire fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html import unescape
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler.demo.server import PortalServer
from tests.portals import processwire_pgd as portal
from tests.portals._common import TODAY, collapse
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
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _doc(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(body)


def _h1(body: str) -> str:
    return collapse(_doc(body).xpath("string(//h1)"))


def _links(body: str) -> list[str]:
    return [unescape(h) for h in re.findall(r"""href=["']([^"']*)["']""", body)]


def _article_gold(slug_fragment: str) -> dict:
    return next(g for g in portal.GOLD if slug_fragment in g["path"])


# --- gold ---------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for gold in portal.GOLD:
        assert set(gold) >= KEYS, gold["path"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published_at"]) or re.fullmatch(
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00", gold["published_at"]
        )
        assert gold["canonical_path"] == gold["path"]
        assert gold["title"] and gold["body"] and gold["category"]
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert ("path" in image) != ("url" in image)
            assert image.get("path", "/").startswith("/")
        for name in ("authors", "photographers"):
            for person in gold[name]:
                assert not person.startswith(("ThS", "GV", "Cô ", "Thầy "))
                assert "Trường" not in person and "(" not in person
        strings = [gold["title"], *gold["body"].split("\n\n"), gold["summary"] or ""]
        strings += [gold["source"] or ""]
        strings += gold["authors"] + gold["photographers"] + [gold["category"]]
        strings += [im["caption"] for im in gold["images"] if im["caption"]]
        for value in strings:
            assert unicodedata.is_normalized("NFC", value), value
            assert value == collapse(value)


def test_gold_decisions_in_words():
    assert _article_gold("lich-tiep-cong-dan")["authors"] == ["Tổ Văn phòng"]  # the office wrote it
    assert _article_gold("lich-tiep-cong-dan")["source"] is None
    assert _article_gold("tong-ket-hoi-thi")["authors"] == ["Nguyễn Văn Hùng"]
    assert _article_gold("bong-chuyen")["authors"] == ["Lê Hoàng Nam", "Phạm Thu Hà"]
    assert _article_gold("mit-tinh")["photographers"] == ["Hồng Nhung"]
    assert _article_gold("stem")["source"] == "Báo Giáo dục và Thời đại"
    assert _article_gold("kim-djong")["category"] == "Tin tức"
    assert _article_gold("2-buoi-ngay")["summary"] is None


# --- pages ---------------------------------------------------------------------------------------


def test_gold_and_alt_paths_answer_with_their_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert _h1(body) == gold["title"], target
            assert TODAY in body or "Wednesday, 25/11/2026" in body


def test_printed_article_matches_gold(server):
    """The markup reads as the gold says: lead + body blocks, images and captions in order."""
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        article = _doc(body).xpath("//article[contains(@class,'uk-article')]")[0]
        paragraphs: list[str] = []
        images: list[tuple[str, str | None]] = []
        lead = article.xpath(".//div[contains(@class,'uk-text-lead')]")
        if lead:
            paragraphs.append(collapse(lead[0].text_content()))
        div = article.xpath(".//div[@class='body']")[0]
        pending_old = False
        for el in div:
            style = el.get("style") or ""
            if el.tag == "figure":
                cap = el.xpath("./figcaption")
                images.append(
                    (el.xpath(".//img/@src")[0], collapse(cap[0].text_content()) if cap else None)
                )
            elif el.tag == "p" and el.xpath(".//img"):
                images.append((el.xpath(".//img/@src")[0], None))
                pending_old = True
            elif el.tag == "p" and pending_old and el.xpath("./em"):
                images[-1] = (images[-1][0], collapse(el.text_content()))
                pending_old = False
            elif el.tag == "p" and "right" in style:
                continue  # the photo credit line
            elif el.tag in ("p", "h3"):
                paragraphs.append(collapse(el.text_content()))
            elif el.tag == "ul":
                paragraphs += [collapse(li.text_content()) for li in el.xpath("./li")]
            elif el.tag == "table":
                for tr in el.xpath(".//tr"):
                    paragraphs.append(
                        " | ".join(collapse(c.text_content()) for c in tr.xpath("./th|./td"))
                    )
        for fig in article.xpath(".//div[contains(@class,'images')]//figure"):
            cap = fig.xpath("./figcaption")
            images.append(
                (fig.xpath(".//img/@src")[0], collapse(cap[0].text_content()) if cap else None)
            )
        assert "\n\n".join(paragraphs) == gold["body"], gold["path"]
        want = [(im.get("path") or im["url"], im["caption"]) for im in gold["images"]]
        assert images == want, gold["path"]
        meta = collapse(article.xpath("string(.//p[contains(@class,'uk-article-meta')])"))
        d = gold["published_at"]
        assert meta.startswith(f"Đăng ngày {d[8:10]} tháng {int(d[5:7])} năm {d[:4]}")
        if gold["category"] != "Tin tức":
            assert meta.endswith(f"trong {gold['category']}")
        else:
            assert "trong" not in meta


def test_non_article_pages_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "uk-article-meta" not in body, target
        assert _h1(body), target


def test_breadth_first_walk_reaches_every_gold_article(server):
    wanted = {g["path"] for g in portal.GOLD}
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    found: set[str] = set()
    fetched = 0
    while queue and fetched < 400 and wanted - found:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            new = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if new not in seen:
                seen.add(new)
                queue.append(new)
            continue
        if status != 200:
            continue
        if target in wanted:
            found.add(target)
        for href in _links(body):
            absolute = urlsplit(urljoin(server.url(target), href))
            if absolute.scheme != "http" or absolute.netloc != urlsplit(server.base_url).netloc:
                continue
            new = absolute.path + (f"?{absolute.query}" if absolute.query else "")
            if absolute.path.lower().endswith(STATIC) or new in seen:
                continue
            seen.add(new)
            queue.append(new)
    assert wanted == found


# --- listings and pagination ----------------------------------------------------------------------


def _card_links(body: str) -> list[str]:
    return re.findall(
        r'<h3 class="uk-card-title uk-margin-small"><a class="uk-link-heading" href="([^"]+)"', body
    )


def test_news_listing_pages_with_path_segments(server):
    _, page1, _ = fetch(server, "/tin-tuc/")
    assert len(_card_links(page1)) == 5
    assert (
        "<li aria-label='Trang 1, trang hiện tại' class='uk-active' aria-current='true'><span>1</span></li>"
        in page1
    )
    assert "href='/tin-tuc/trang2/'><span>2</span>" in page1
    assert "href='/tin-tuc/trang2/'><span>›</span>" in page1
    _, page2, _ = fetch(server, "/tin-tuc/trang2/")
    assert len(_card_links(page2)) == 5
    assert "href='/tin-tuc/'><span>‹</span>" in page2
    _, page3, _ = fetch(server, "/tin-tuc/trang3/")
    assert len(_card_links(page3)) == 2
    assert "<span>›</span>" not in page3
    listed = _card_links(page1) + _card_links(page2) + _card_links(page3)
    assert len(listed) == len(set(listed)) == 12
    assert "?page=" not in page1 + page2 + page3


def test_page_one_and_slashless_page_numbers_redirect(server):
    status, _, headers = fetch(server, "/tin-tuc/trang1/")
    assert status == 301 and headers["Location"] == "/tin-tuc/"
    status, _, headers = fetch(server, "/tin-tuc/trang2")
    assert status == 301 and headers["Location"] == "/tin-tuc/trang2/"


def test_category_and_tag_listings(server):
    _, cat1, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon/")
    _, cat2, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon/trang2/")
    assert len(_card_links(cat1)) == 5 and len(_card_links(cat2)) == 1
    assert "href='/chuyen-muc/hoat-dong-chuyen-mon/trang2/'" in cat1
    _, tag1, _ = fetch(server, "/tin-tuc/?tag=nam-hoc-2026-2027")
    assert len(_card_links(tag1)) == 5
    assert "href='/tin-tuc/trang2/?tag=nam-hoc-2026-2027'" in tag1
    _, tag2, _ = fetch(server, "/tin-tuc/trang2/?tag=nam-hoc-2026-2027")
    assert len(_card_links(tag2)) == 1
    status, unknown, _ = fetch(server, "/tin-tuc/?tag=khong-co")
    assert status == 200 and "Không có bài viết nào." in unknown


def test_search_pages_by_segment(server):
    status, body, _ = fetch(server, "/tim-kiem/?q=tr%C6%B0%E1%BB%9Dng")
    assert status == 200
    assert "href='/tim-kiem/trang2/?q=tr%C6%B0%E1%BB%9Dng'" in body
    status, body2, _ = fetch(server, "/tim-kiem/trang2/?q=tr%C6%B0%E1%BB%9Dng")
    assert status == 200 and "uk-active" in body2


# --- traps -----------------------------------------------------------------------------------------


def test_page_number_past_the_end_is_an_empty_200(server):
    status, body, _ = fetch(server, "/tin-tuc/trang999/")
    assert status == 200
    assert "Không có bài viết nào." in body
    assert _card_links(body) == []
    assert "<span>›</span>" not in body and "<span>‹</span>" not in body
    status, _, _ = fetch(server, "/tin-tuc/trang1000/")
    assert status == 404
    status, body, _ = fetch(server, "/chuyen-muc/thong-bao/trang7/")
    assert status == 200 and _card_links(body) == []


def test_admin_redirects_to_login(server):
    _, home, _ = fetch(server, "/")
    assert 'href="/processwire/"' in home
    status, _, headers = fetch(server, "/processwire/")
    assert status == 302 and headers["Location"] == "/processwire/login/"
    status, body, _ = fetch(server, "/processwire/login/")
    assert status == 200 and "login_pass" in body


def test_asset_files_and_size_variants(server):
    for target in (
        "/site/assets/files/1060/le-mit-tinh-20-11-01.jpg",
        "/site/assets/files/1060/le-mit-tinh-20-11-01.600x0.jpg",
        "/site/assets/files/1058/tong-ket-hoi-thi-gvdg-thcs.800x0-is.jpg",
        "/site/assets/files/1022/banner-bo-gddt.jpg",
    ):
        status, _, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"] == "image/jpeg", target
    status, _, headers = fetch(
        server, "/site/assets/files/1057/tb-112-tb-ubnd-tuyen-dung-vien-chuc-2026.pdf"
    )
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, "/tin-tuc/mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/")
    assert 'href="/site/assets/files/1060/le-mit-tinh-20-11-01.jpg"' in body
    assert 'src="/site/assets/files/1060/le-mit-tinh-20-11-01.600x0.jpg"' in body


def test_week_navigation_never_ends(server):
    status, body, _ = fetch(server, "/lich-cong-tac/")
    assert status == 200 and "/lich-cong-tac/?tuan=2026-W47" in body and "?tuan=2026-W49" in body
    target = "/lich-cong-tac/?tuan=2026-W49"
    for _ in range(20):
        status, body, _ = fetch(server, target)
        assert status == 200
        target = re.search(r'href="(/lich-cong-tac/\?tuan=[^"]+)">Tuần sau', body).group(1)
    assert "Chưa có lịch công tác của tuần này." in body
    status, body, _ = fetch(server, "/lich-cong-tac/?tuan=1998-W07")
    assert status == 200 and "?tuan=1998-W06" in body


def test_lang_switch_changes_only_the_chrome(server):
    gold = _article_gold("tong-ket-hoi-thi")
    _, vi, _ = fetch(server, gold["path"])
    _, en, _ = fetch(server, gold["path"] + "?lang=en")
    _, vi2, _ = fetch(server, gold["path"] + "?lang=vi")
    assert 'href="?lang=en"' in vi
    assert vi2 == vi
    assert "Posted on 18 November 2026 in" in en and "Author: ThS. Nguyễn Văn Hùng" in en
    assert "Related news" in en and "Tin cùng chuyên mục" not in en

    def block(body: str, xpath: str) -> str:
        return lxml.html.tostring(_doc(body).xpath(xpath)[0], encoding="unicode")

    for xpath in ("//h1", "//div[@class='body']", "//div[contains(@class,'uk-text-lead')]"):
        assert block(vi, xpath) == block(en, xpath)


def test_slashless_article_address_redirects(server):
    for gold in portal.GOLD:
        status, _, headers = fetch(server, gold["path"].rstrip("/"))
        assert status == 301 and headers["Location"] == gold["path"]
    _, body, _ = fetch(server, _article_gold("mit-tinh")["path"])
    assert f'href="{portal.S_GVDG_URL}"' in body and not portal.S_GVDG_URL.endswith("/")
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao")
    assert status == 301 and headers["Location"] == "/chuyen-muc/thong-bao/"


def test_hidden_notice_only_in_pinned_box(server):
    hidden = _article_gold("tuyen-dung")["path"]
    listings = ["/tin-tuc/", "/tin-tuc/trang2/", "/tin-tuc/trang3/", "/chuyen-muc/thong-bao/"]
    for target in listings:
        _, body, _ = fetch(server, target)
        assert hidden not in _card_links(body)
        assert f'href="{hidden}"' in body  # the sidebar's "Thông báo" box
    _, body, _ = fetch(server, "/tim-kiem/?q=tuy%E1%BB%83n+d%E1%BB%A5ng")
    assert "Không tìm thấy kết quả" in body


def test_text_forms_as_the_editors_left_them(server):
    _, body, _ = fetch(server, _article_gold("be-khoe")["path"])
    inner = re.search(r'<div class="body">(.*?)</div>', body, re.S).group(1)
    assert not unicodedata.is_normalized("NFC", inner)
    assert "&quot;Bé khỏe - Bé ngoan&quot;" in body  # the title through TextformatterEntities
    _, body, _ = fetch(server, _article_gold("stem")["path"])
    assert "&nbsp;" in body and "https://cdn.giaoducthoidai.vn/" in body
    _, body, _ = fetch(server, _article_gold("ngu-van")["path"])
    assert "Tác giả: GV Đỗ Thị Hạnh - Trường THCS Nguyễn Du" in body


def test_unknown_pages_are_404_with_chrome(server):
    status, body, _ = fetch(server, "/tin-tuc/khong-co-bai-nay/")
    assert status == 404 and "Không tìm thấy trang" in body and TODAY in body
    status, _, _ = fetch(
        server, "/tin-tuc/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026/trang2/"
    )
    assert status == 404
