"""Self-checks of the adobe_muse_thcs fixture portal against itself (never the crawler).

The gold says how a reader reads each page: the boxes in the order the page stylesheet draws them
top to bottom. ``read_as_seen`` does that reading with lxml and the page's own CSS, so the gold's
body, images and captions are checked against what the page shows, traps included.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawler.demo.server import PortalServer
from tests.portals import adobe_muse_thcs as portal
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def page_text(body: str) -> str:
    return nfc(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def local_links(base: str, target: str, body: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        url = urljoin(base + target, _html.unescape(href))
        parts = urlsplit(url)
        if url.startswith(base) and (parts.path.endswith(".html") or parts.path in ("", "/")):
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def alternate(target: str, body: str) -> str | None:
    m = re.search(
        r'<link media="only screen and \(max-width: 370px\)" rel="alternate" href="([^"]+)"', body
    )
    if not m:
        return None
    return urlsplit(urljoin("http://x" + target, m.group(1))).path


def css_tops(server: PortalServer, target: str, body: str) -> dict[str, int]:
    href = re.search(
        r'<link rel="stylesheet" type="text/css" href="([^"]+)" id="pagesheet"/>', body
    )
    assert href, target
    status, css, headers = fetch(server, urlsplit(urljoin(server.url(target), href.group(1))).path)
    assert status == 200 and headers["Content-Type"] == "text/css"
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"#([\w-]+)\{[^}]*?top:(\d+)px", css)}


def read_as_seen(server: PortalServer, target: str, body: str, by_css: bool) -> dict:
    """The article as a reader sees it: the content boxes in screen order (the stylesheet's
    ``top``; the DOM order on the phone layout, drawn top to bottom)."""
    doc = lxml.html.fromstring(body)
    boxes = [
        el
        for el in doc.xpath('//div[@id="page"]//*[contains(@class,"grpelem")]')
        if re.fullmatch(r"u\d{4}(-\d+)?", el.get("id", ""))
    ]
    if by_css:
        tops = css_tops(server, target, body)
        boxes.sort(key=lambda el: tops[el.get("id")])
    out: dict = {"title": None, "date": None, "byline": [], "body": [], "images": []}
    for box in boxes:
        if "clip_frame" in box.get("class", ""):
            src = box.xpath(".//img/@src")[0]
            path = urlsplit(urljoin("http://x" + target, src))
            out["images"].append({"path": path.path + "?" + path.query, "caption": None})
            continue
        for el in box.xpath(".//p | .//li | .//tr"):
            value = nfc(el.text_content())
            cls = el.get("class", "")
            if el.tag == "tr":
                out["body"].append(" | ".join(nfc(c.text_content()) for c in el.xpath("./th|./td")))
            elif not value or (el.tag == "p" and el.getparent().tag == "td"):
                continue
            elif cls == "Tieu-de-bai":
                out["title"] = value
            elif cls == "Ngay-dang":
                out["date"] = value
            elif cls == "Tac-gia":
                out["byline"].append(value)
            elif cls == "Chu-thich-anh":
                out["images"][-1]["caption"] = value
            elif value.startswith("File đính kèm:"):
                continue
            else:
                out["body"].append(value)
    return out


# --- gold --------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert len({g["path"] for g in portal.GOLD}) == len(portal.GOLD)
    for gold in portal.GOLD:
        assert set(gold) - {"alt_paths"} == KEYS, gold["path"]
        assert gold["canonical_path"] == gold["path"]  # Muse writes no canonical
        assert gold["published_at"] is None or DATE.match(gold["published_at"])
        assert gold["category"] in ("Tin tức", "Thông báo")
        assert gold["alt_paths"] == ["/phone" + gold["path"]]
        for value in [gold["title"], gold["body"], gold["summary"] or "", *gold["authors"]]:
            assert value == unicodedata.normalize("NFC", value)
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert image["path"].startswith("/images/") and "?crc=" in image["path"]
    news = [g for g in portal.GOLD if g["category"] == "Tin tức"]
    assert len(news) == 9 and len(portal.GOLD) - len(news) == 3
    assert 4 <= len(portal.NON_ARTICLES) <= 8


def test_gold_decisions_of_bylines():
    by_path = {g["path"]: g for g in portal.GOLD}
    assert by_path["/tin-tuc/le-ky-niem-20-11.html"]["photographers"] == ["Đỗ Thị Huyền"]
    assert by_path["/tin-tuc/tap-huan-gdpt-2018.html"]["source"] == "Phòng GD&ĐT"
    assert by_path["/tin-tuc/tap-huan-gdpt-2018.html"]["authors"] == []
    assert by_path["/tin-tuc/hoi-thi-khtn-cap-truong.html"]["authors"] == ["Tổ KHTN"]
    assert by_path["/tin-tuc/tin-2025/tong-ket-nam-hoc.html"]["authors"] == ["Vũ Thị Thanh"]
    assert by_path["/thong-bao/nghi-hoc-20-11.html"]["authors"] == []


# --- pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_article_and_phone_copy_read_as_gold(server, gold):
    for target, by_css in [(gold["path"], True), *((alt, False) for alt in gold["alt_paths"])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        assert 'rel="canonical"' not in body
        assert f'<meta name="generator" content="{portal.GENERATOR}"/>' in body
        seen = read_as_seen(server, target, body, by_css)
        assert seen["title"] == gold["title"], target
        assert "\n\n".join(seen["body"]) == gold["body"], target
        assert seen["images"] == gold["images"], target
        assert gold["title"] in page_text(body)
        assert seen["date"] and seen["date"].startswith("Ngày")
    status, body, _ = fetch(server, gold["path"])
    assert alternate(gold["path"], body) == gold["alt_paths"][0]


def test_titles_are_page_names_not_headlines(server):
    body = fetch(server, "/tin-tuc/hoi-giang-20-11-2026.html")[1]
    assert "<title>Hội giảng 20-11-2026</title>" in body
    body = fetch(server, "/tin-tuc/le-ky-niem-20-11.html")[1]
    assert f"<title>{portal.NEWS_TEMPLATE_TITLE}</title>" in body


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        nexts = local_links(server.base_url, target, body)
        alt = alternate(target, body)
        if alt:
            nexts.append(alt)
        for nxt in nexts:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in seen and gold["alt_paths"][0] in seen
    for path in portal.NON_ARTICLES:
        assert path in seen
    pages = {p for p in seen if p.endswith(".html")}
    # the whole site, both layouts, fits the budget of 3 requests per page a reader opens
    assert len(pages) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))


def test_home_answers_at_root_and_index(server):
    assert fetch(server, "/")[1] == fetch(server, "/index.html")[1]
    assert fetch(server, "/phone/")[1] == fetch(server, "/phone/index.html")[1]
    assert fetch(server, "/tin-tuc/")[0] == 404


# --- traps -------------------------------------------------------------------------------------


def test_header_clock_is_empty_and_menu_marks_the_section(server):
    for gold in portal.GOLD:
        body = fetch(server, gold["path"])[1]
        assert '<p id="dongho"></p>' in body
        active = re.findall(
            r"MuseMenuActive[^>]*><!-- horizontal box --><div[^>]*><!-- content --><p>([^<]+)</p>",
            body,
        )
        assert active == [gold["category"]], gold["path"]
    css = fetch(server, "/css/master_a-master.css?crc=2741828938")[1]
    assert ".MenuItem.MuseMenuActive{background-color:#C00000" in css


def test_listing_pages_buttons_and_teasers(server):
    linked = []
    for i, (target, stories) in enumerate(portal.LISTING_PAGES):
        status, body, _ = fetch(server, target)
        assert status == 200
        doc = lxml.html.fromstring(body)
        buttons = doc.xpath('//a[contains(@class,"Button")][.//p[normalize-space()="Xem tiếp"]]')
        assert [urljoin(target, b.get("href")) for b in buttons] == [
            s.opts["path"] for s in stories
        ]
        for button in buttons:
            assert button.xpath("./div/div/p")  # the label sits two divs deep
        pages = doc.xpath(
            '//a[contains(@class,"Button")][./div/p[string-length(normalize-space())=1]]'
        )
        assert [p.text_content().strip() for p in pages] == ["1", "2", "3"]
        assert "MuseLinkActive" in pages[i].get("class")
        linked += [s.opts["path"] for s in stories]
    assert linked == [s.opts["path"] for s in portal.NEWS]
    # two teasers whose title the teacher did not link: the thumbnail and the button only
    body = fetch(server, "/tin-tuc.html")[1]
    hrefs = HREF.findall(body)
    assert hrefs.count("tin-tuc/le-ky-niem-20-11.html") == 2
    assert hrefs.count("tin-tuc/hoi-giang-20-11-2026.html") == 3


def test_template_page_is_published_and_reached_by_a_stale_link(server):
    status, body, _ = fetch(server, portal.TEMPLATE_PATH)
    assert status == 200
    shown = page_text(body)
    assert "TIÊU ĐỀ BÀI VIẾT" in shown and "Ngày xx/xx/20xx" in shown
    assert shown.count("Nội dung bài viết…") >= 3
    assert portal.TEMPLATE_PATH not in {g["path"] for g in portal.GOLD}
    assert portal.TEMPLATE_PATH in portal.NON_ARTICLES
    old = fetch(server, "/tin-tuc/tin-2025/thi-vao-10-2025.html")[1]
    assert '<a class="nonblock" href="../tin-mau.html">Tiêu đề tin khác</a>' in old
    assert fetch(server, "/phone" + portal.TEMPLATE_PATH)[0] == 200


def test_assets_answer_with_crc_and_documents_are_files(server):
    body = fetch(server, "/tin-tuc/le-khai-giang.html")[1]
    srcs = re.findall(r'(?:src|href)="([^"]+\?crc=\d+)"', body)
    assert len(srcs) > 8
    for src in srcs:
        target = urlsplit(urljoin(server.url("/tin-tuc/le-khai-giang.html"), src))
        status, _, headers = fetch(server, target.path + "?" + target.query)
        assert status == 200, src
        assert headers["Content-Type"].split("/")[0] in ("image", "text", "application")
    docs = fetch(server, "/van-ban.html")[1]
    for pdf, _title in portal.DOCUMENTS:
        assert f'href="{pdf[1:]}"' in docs
        status, _, headers = fetch(server, pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    notice = fetch(server, "/thong-bao/lich-kiem-tra-hoc-ky-1.html")[1]
    assert 'href="../assets/lich-kiem-tra-hk1-2026.pdf"' in notice


@pytest.mark.parametrize(
    "target,caption",
    [
        (
            "/tin-tuc/le-ky-niem-20-11.html",
            "Thầy Hiệu trưởng Trần Quốc Khánh phát biểu tại buổi lễ",
        ),
        (
            "/tin-tuc/hoi-nghi-vien-chuc-2026.html",
            "Toàn cảnh Hội nghị viên chức, người lao động năm học 2026-2027",
        ),
    ],
)
def test_caption_frame_drawn_before_its_photo(server, target, caption):
    body = fetch(server, target)[1]
    tops = css_tops(server, target, body)
    doc = lxml.html.fromstring(body)
    cap = doc.xpath(f'//p[@class="Chu-thich-anh"][.="{caption}"]/..')[0]
    img = cap.getnext()
    assert "clip_frame" in img.get("class")  # the photo comes after its caption in the DOM
    assert tops[img.get("id")] < tops[cap.get("id")] < tops[img.get("id")] + 430  # but above it
    previous = cap.getprevious()
    assert tops[previous.get("id")] < tops[img.get("id")]


def test_pull_quote_written_after_the_footer(server):
    target = "/tin-tuc/hoi-giang-20-11-2026.html"
    body = fetch(server, target)[1]
    tops = css_tops(server, target, body)
    doc = lxml.html.fromstring(body)
    quote = doc.xpath('//p[@class="Trich-dan"]/..')[0]
    footer = doc.xpath('//div[@id="pu900"]')[0]
    assert quote.getprevious() is footer
    before = doc.xpath('//p[starts-with(.,"Nhiều tiết dạy")]/..')[0]
    after = doc.xpath('//p[starts-with(.,"Kết thúc đợt hội giảng")]/..')[0]
    assert tops[before.get("id")] < tops[quote.get("id")] < tops[after.get("id")]
    gold = next(g for g in portal.GOLD if g["path"] == target)
    assert nfc(quote.text_content()) in gold["body"].split("\n\n")


def test_decomposed_text_and_entity_tables(server):
    body = fetch(server, "/tin-tuc/le-khai-giang.html")[1]
    assert unicodedata.normalize("NFD", "lần đầu bước vào") in body
    table = fetch(server, "/tin-tuc/tin-2025/tong-ket-nam-hoc.html")[1]
    assert "Kh&#7889;i 6" in table and "To&agrave;n tr&#432;&#7901;ng" in table
