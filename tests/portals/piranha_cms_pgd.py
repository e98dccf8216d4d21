"""Piranha CMS (ASP.NET Core, Razor Pages) site of a district education office: Phòng GD&ĐT huyện Hương Khê.

Platform
--------
Piranha CMS 10 on ASP.NET Core with a vendor theme ("HKSoft"). A Piranha post is a list of
blocks, each rendered by its display template inside ``<div class="block {css-name}">``:
``html-block`` (TinyMCE HTML, printed with ``Html.Raw``), ``image-block``,
``image-gallery-block`` (a Bootstrap carousel), ``quote-block``, ``columns-block`` and
``post-block`` (a card teasing another post). Everything the theme prints through Razor
(titles, excerpts, category names, quote and caption fields, comments) goes through ASP.NET
Core's default ``HtmlEncoder``, which writes every non-ASCII character as a hex reference
(``Tr&#x1B0;&#x1EDD;ng``); the html-blocks are raw UTF-8.

URL scheme
----------
- ``/``                                   start page (Piranha page "Trang chủ")
- ``/tin-tuc``, ``/tin-tuc/page/N``       the post archive, 4 posts a page (``/page/1`` = page 1)
- ``/tin-tuc/category/<slug>[/page/N]``   category archive (the pager links ``/page/1`` too)
- ``/tin-tuc/tag/<slug>``                 tag archive
- ``/tin-tuc/2026/11[/page/N]``           month archive (served, never linked)
- ``/tin-tuc/<slug>``                     a post; ``/tin-tuc/<slug>/`` serves it too
- ``/post?id=<guid>``                     Piranha's internal post route: serves the same post
- ``/tin-tuc/<slug>?handler=InBai``       Razor Pages handler: print view (notices only)
- ``/tin-tuc/<old-slug>``                 a Piranha alias: 301 to the post's new slug
- ``/gioi-thieu``, ``/lien-he``, ``/lich-cong-tac``            Piranha pages (not articles)
- ``/van-ban``, ``/van-ban/<slug>``       document register and its entries (not articles)
- ``/thu-vien-anh[/<slug>]``, ``/video[/<slug>]``             albums, clips (not articles)
- ``/tim-kiem?q=``                        search (GET form in the header)
- ``/sitemap.xml``, ``/robots.txt``; files under ``/uploads/<guid>/``, ``/assets/``, ``/lib/``

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, a menu with drop-downs,
breadcrumb, right column (search, scrolling "Thông báo mới" marquee, "Tin đọc nhiều",
website-link select, poll, banners, visitor counter), footer with address/phone/email.
A post (``article.tt-chitiet``): optional hero (the primary image as a CSS background), ``h1``,
a meta line "Chuyên mục | Ngày đăng | Cập nhật | Lượt xem | Đăng bởi [| Tác giả]", the excerpt
as ``p.tt-sapo`` when the post has one, a tool bar, ``div.post-body`` with the blocks,
attachments, tags, comments (Piranha's built-in comments, with a POST form) and "Các tin khác".

How each gold article is reached
--------------------------------
The archive holds the 13 posts newest first, 4 a page (pages 1-4). The start page shows the
4 newest, a featured slider (3 posts), a "Thông báo" box and a "Chuyên môn" box; the sidebar's
"Tin đọc nhiều" lists 5. ``ngay-hoi-doc-sach…`` (id 9) is reached only through
``/tin-tuc/page/3`` or ``/tin-tuc/category/hoat-dong/page/2``; ``lien-doi-…-ke-hoach-nho``
(id 10) through ``/tin-tuc/page/4`` or its category's page 1; ``sinh-hoat-chuyen-mon…`` (id 12)
through page 3 of the archive, its category or its tag. ``/sitemap.xml`` (named in robots.txt)
lists every post by its canonical slug. A crawl that fetches each distinct page URL once needs
47 requests (budget 63).

Traps
-----
1. Month-first dates. The server runs with the en-US culture, so the post page prints
   ``Published.ToString()``: "Ngày đăng: 12/3/2026 2:30:00 PM" is 3 December, while listings
   print the vendor's "03/12/2026". Gold reads month/day (the PM/AM suffix says en-US; days
   above 12 elsewhere on the same pages confirm it): ``2026-12-03T14:30:00+07:00``. The meta
   ``article:published_time`` is the same moment in UTC ("2026-12-03T07:30:00.0000000Z").
2. Midnight. Post 6 prints "11/12/2026 12:00:00 AM" (and its UTC meta the evening before):
   a day without a time, gold ``2026-11-12`` (read day-first it would be 11 December, a future
   date).
3. Official notices in a post. Posts 2 and 11 are "THÔNG BÁO" documents pasted as a
   letterhead table, kind/subject lines, text, and a closing table (Nơi nhận | signer). Gold
   date is the letterhead's day (30/11, 02/12), not the post's "Ngày đăng" (01/12, 04/12);
   the signer ("Nguyễn Văn Thắng", "Phan Thị Lan", without "KT. TRƯỞNG PHÒNG") is the author;
   letterhead, kind/subject, "Nơi nhận" and attachment lines are not body.
4. The CMS account is not the author. Every post prints "Đăng bởi: pgd_huongkhe"; the vendor's
   "Tác giả" field says "BBT" on post 9 (nobody) and a real name on post 12. The real
   bylines sit at the end of the text: "Tin, ảnh: X" (author and photographer), "Tin: X - Ảnh: Y",
   "ThS. X - Chuyên viên …", "X (Trường MN Hoa Sen)", a unit alone ("Tổ Tiểu học",
   "Liên đội TH Hương Long").
5. Text after the byline. Post 3 is a Word paste: its footnotes come after the right-aligned
   byline and are body ("[1] …"); its list items carry ``mso-list:Ignore`` bullets (no text),
   while the "- " the editor typed in two paragraphs is text; the footnote calls "[1]" stay in
   their sentences.
6. ``<footer>`` inside the text. A Piranha quote block prints the quote's author in
   ``<footer class="blockquote-footer">``: it is a paragraph of the text (post 4), not chrome.
7. Carousel chrome. The gallery block (post 1) prints each photo once in the carousel with its
   caption in ``div.carousel-caption.d-none.d-md-block`` (hidden on phones, still the caption),
   a strip of ``_120x80`` thumbnails of the same photos (not images), and "Ảnh trước / Ảnh tiếp"
   control labels (not text).
8. Duplicated sapo. Post 4's editor typed the excerpt again as the first, bold paragraph of the
   text: the body has it once.
9. Post block inside the text. Post 7's blocks include a ``post-block`` card (image, title,
   excerpt, "Đọc tiếp") teasing post 4: a related link, not body, its image not the article's.
10. URL variants: ``/post?id=<guid>`` (linked inside the text of posts 3 and 13), the trailing
    slash (the start page's slider links post 1 so), the print handler of the notices, and a
    Piranha alias (post 13's "Xem thêm:" line links post 4's old slug, answered with 301).
    All serve one article each; the gold path is the canonical slug.
11. Hex-escaped Razor text and a decomposed title. Titles, excerpts, quotes and captions are
    ``&#x…;`` references; post 9's title was pasted decomposed (NFD), so its references are base
    letters plus combining marks. Gold titles are NFC.
12. The hero banner and ``og:image`` (posts 1, 7, 13) are the primary image as a CSS background,
    a crop of a photo; post 13 has no photo in its text: its images are [].
13. Captions: a centred italic line in the next html-block (``<em>``), a ``figcaption``, a line
    in parentheses (parentheses dropped), a line that only credits "Ảnh: Phương Thảo" (caption
    None, photographer). Image ``alt`` holds the camera's file name, never a caption.

Gold decisions on ambiguous points
----------------------------------
- The quote block's author line (``blockquote-footer``) is a body paragraph after the quote.
- The post's excerpt printed as ``p.tt-sapo`` under the headline is the summary and the body's
  first paragraph; a post without an excerpt has summary null even though the listings print an
  auto excerpt and the meta description repeats its first words (post 5's bold first paragraph
  is its sapo).
- The hero (CSS background) is not an article image; only ``<img>`` in the blocks count.
- A Piranha alias (301) is not an article URL: it is not in ``alt_paths``; the redirect target is.
- Comments (names, dates, text) are not part of the article; "Các tin khác" neither.
- The notices' numbered points ("1. Cán bộ…") are body paragraphs; the "Căn cứ…" lines too.
- Dates read from the post page ("Ngày đăng"), never "Cập nhật"; listings agree on the day.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
import uuid
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    gold_record,
    opaque,
    static_file,
)

NAME = "piranha_cms_pgd"
PLATFORM = "Piranha CMS 10 (ASP.NET Core Razor Pages, vendor theme)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng GD&ĐT Hương Khê"
PAGE_SIZE = 4

CATS = {
    "hoat-dong": "Tin hoạt động",
    "chuyen-mon": "Chuyên môn - Nghiệp vụ",
    "thong-bao": "Thông báo",
    "cong-doan": "Công đoàn - Đoàn Đội",
}
TAGS = {
    "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
    "chuyen-doi-so": "Chuyển đổi số",
}

_NS = uuid.UUID("6f1c2a0e-7d3b-4c55-9a61-2b8e0d4f1a77")


def guid(seed: str) -> str:
    return str(uuid.uuid5(_NS, seed))


def up(name: str, size: str = "800") -> str:
    """A Piranha media URL: ``/uploads/<media id>/<file>_<size>.jpg``."""
    return f"/uploads/{guid('media:' + name)}/{name}_{size}.jpg"


def rz(value: str) -> str:
    """What Razor's default HtmlEncoder prints: non-ASCII as hex references."""
    out = []
    for ch in value:
        code = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#x27;")
        elif ch == "+":
            out.append("&#x2B;")
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.append(f"&#x{code:X};")
    return "".join(out)


def t(value: str) -> str:
    """Text as TinyMCE stores it in an html-block: raw UTF-8, & < > escaped."""
    return _html.escape(value, quote=False)


def en_us(dt: datetime) -> str:
    """``DateTime.ToString()`` under en-US: "12/3/2026 2:30:00 PM"."""
    hour = dt.hour % 12 or 12
    half = "AM" if dt.hour < 12 else "PM"
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d}:{dt.second:02d} {half}"


def utc_o(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + ".0000000Z"


def vn_day(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


# --- official-document pieces -----------------------------------------------------------------


def letterhead(number: str, day: str, month: str) -> Raw:
    return Raw(
        '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
        '<tr><td style="width: 42%; text-align: center;"><p>UBND HUYỆN HƯƠNG KHÊ<br />'
        "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: "
        f"{number}</p></td>"
        '<td style="width: 58%; text-align: center;"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
        "<br /><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
        f"<p><em>Hương Khê, ngày {day} tháng {month} năm 2026</em></p></td></tr>"
        "</tbody></table>"
    )


def doc_kind(subject: str) -> Raw:
    return Raw(
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
        f'<p style="text-align: center;"><strong>{t(subject)}</strong></p>'
    )


def doc_close(receivers: list[str], posts: list[str], name: str) -> Raw:
    left = "<br />".join(t(r) for r in receivers)
    right = "<br />".join(f"<strong>{t(p)}</strong>" for p in posts)
    return Raw(
        '<table style="width: 100%;" border="0"><tbody><tr>'
        f'<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />{left}</p></td>'
        f'<td style="width: 50%; text-align: center; vertical-align: top;"><p>{right}</p>'
        f"<p><em>(Đã ký)</em></p><p>&nbsp;</p><p><strong>{t(name)}</strong></p></td>"
        "</tr></tbody></table>"
    )


def right(line: str, bold: bool = True, em: bool = False) -> Raw:
    inner = t(line)
    if bold:
        inner = f"<strong>{inner}</strong>"
    if em:
        inner = f"<em>{inner}</em>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the thirteen posts -----------------------------------------------------------------------

OLD_SLUG_4 = "doan-cong-tac-so-gd-dt-lam-viec-tai-huong-khe"

STORIES: list[Story] = [
    Story(
        id=13,
        slug="hoi-nghi-giao-ban-hieu-truong-trien-khai-nhiem-vu-trong-tam-thang-12-2026",
        title="Hội nghị giao ban hiệu trưởng triển khai nhiệm vụ trọng tâm tháng 12/2026",
        cat="hoat-dong",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Chiều 04/12, Phòng GD&ĐT huyện Hương Khê tổ chức hội nghị giao ban hiệu trưởng các trường "
            "mầm non, tiểu học, THCS trên địa bàn nhằm đánh giá kết quả tháng 11 và triển khai nhiệm vụ "
            "trọng tâm tháng 12/2026."
        ),
        sapo_outside=True,
        source="Cổng TTĐT huyện Hương Khê",
        blocks=[
            P(
                "Dự hội nghị có đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND huyện; lãnh đạo, chuyên viên "
                "Phòng GD&ĐT và 62 đồng chí hiệu trưởng các đơn vị trường học."
            ),
            P(
                "Trong tháng 11, các nhà trường đã tổ chức nhiều hoạt động thiết thực chào mừng kỷ niệm "
                "44 năm Ngày Nhà giáo Việt Nam 20/11; hoàn thành hội thi giáo viên dạy giỏi cấp trường; "
                "duy trì tỷ lệ chuyên cần của học sinh đạt 99,6%. Công tác kiểm định chất lượng giáo dục, "
                "xây dựng trường chuẩn quốc gia tiếp tục được quan tâm, có thêm 01 trường mầm non được "
                "công nhận đạt chuẩn mức độ 1."
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h"),
            P("Tổ chức kiểm tra cuối học kỳ I theo đúng hướng dẫn, bảo đảm nghiêm túc, khách quan;", "li"),
            P(
                "Hoàn thiện hồ sơ phổ cập giáo dục, xóa mù chữ để đón đoàn kiểm tra theo lịch đã thông báo;",
                "li",
            ),
            P(
                "Tăng cường công tác phòng, chống rét cho học sinh, nhất là học sinh mầm non và tiểu học "
                "các xã vùng cao;",
                "li",
            ),
            P(
                "Chuẩn bị các điều kiện tham gia Hội khỏe Phù Đổng cấp tỉnh và thi chọn học sinh giỏi "
                "lớp 9 cấp huyện.",
                "li",
            ),
            P(
                "Theo kế hoạch, kỳ kiểm tra cuối học kỳ I đối với cấp THCS diễn ra từ ngày 21/12 đến "
                "26/12/2026; đề kiểm tra các môn Toán, Ngữ văn, Tiếng Anh lớp 9 do Phòng GD&ĐT ra chung."
            ),
            P(
                "Phát biểu chỉ đạo tại hội nghị, đồng chí Phó Chủ tịch UBND huyện ghi nhận những kết quả "
                "ngành Giáo dục đạt được, đồng thời đề nghị các nhà trường chủ động rà soát cơ sở vật chất, "
                "bảo đảm an toàn trường học trong mùa mưa rét."
            ),
            Raw(
                '<p><em><strong>Xem thêm:</strong> <a href="/tin-tuc/' + OLD_SLUG_4 + '">Đoàn công tác '
                "Sở GD&amp;ĐT làm việc tại Hương Khê</a></em></p>"
            ),
            right("Nguồn: Cổng TTĐT huyện Hương Khê", bold=False, em=True),
        ],
        opts={
            "pub": datetime(2026, 12, 4, 16, 45),
            "upd": datetime(2026, 12, 4, 17, 2, 40),
            "hero": "giao-ban-hieu-truong-t12",
            "tags": ["chuyen-doi-so"],
            "links": {"lịch đã thông báo": "/post?id={guid2}"},
        },
    ),
    Story(
        id=11,
        slug="thong-bao-ve-viec-nghi-tet-duong-lich-nam-2027",
        title="Thông báo về việc nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-12-02",
        authors=["Phan Thị Lan"],
        blocks=[
            letterhead("238/TB-PGDĐT", "02", "12"),
            doc_kind("Về việc nghỉ Tết Dương lịch năm 2027"),
            P("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;"),
            P(
                "Căn cứ Công văn số 4567/UBND-NV ngày 28/11/2026 của UBND huyện Hương Khê về việc nghỉ Tết "
                "Dương lịch năm 2027 đối với cán bộ, công chức, viên chức và người lao động;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo đến các trường mầm non, tiểu học, trung học cơ sở "
                "trên địa bàn huyện như sau:"
            ),
            P(
                "1. Cán bộ, giáo viên, nhân viên và học sinh được nghỉ Tết Dương lịch 01 ngày vào Thứ Sáu, "
                "ngày 01/01/2027."
            ),
            P(
                "2. Thủ trưởng các đơn vị phân công trực bảo vệ, trực lãnh đạo trong thời gian nghỉ; báo "
                "cáo tình hình trước, trong và sau Tết về Phòng GD&ĐT (qua bộ phận Văn phòng) trước 16 giờ "
                "00 ngày 04/01/2027."
            ),
            P(
                "3. Các đơn vị tuyên truyền, nhắc nhở học sinh không tàng trữ, sử dụng pháo nổ, chấp hành "
                "nghiêm Luật Trật tự, an toàn giao thông đường bộ trong dịp nghỉ Tết."
            ),
            P("Phòng GD&ĐT đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc./."),
            doc_close(
                ["- Như trên;", "- UBND huyện (để b/c);", "- Lãnh đạo Phòng;", "- Lưu: VT."],
                ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"],
                "Phan Thị Lan",
            ),
        ],
        opts={
            "pub": datetime(2026, 12, 4, 10, 0),
            "upd": datetime(2026, 12, 4, 10, 12, 7),
            "print": True,
            "files": [("238-TB-PGDDT-nghi-tet-duong-lich-2027.pdf", "Thông báo số 238/TB-PGDĐT (bản ký số)")],
        },
    ),
    Story(
        id=1,
        slug="hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027-thanh-cong-tot-dep",
        title="Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027 thành công tốt đẹp",
        cat="hoat-dong",
        published_at="2026-12-03T14:30:00+07:00",
        authors=["Trần Thị Hồng Nhung"],
        photographers=["Trần Thị Hồng Nhung"],
        summary=(
            "Sau 3 ngày tranh tài sôi nổi (từ 01 - 03/12), Hội khỏe Phù Đổng cấp huyện năm học "
            "2026 - 2027 đã bế mạc với 46 bộ huy chương được trao cho các vận động viên xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay thu hút 742 vận động viên là học sinh tiểu học và THCS đến từ 38 đơn vị "
                "trường học, tranh tài ở 7 môn: điền kinh, bơi lội, bóng đá, cầu lông, cờ vua, bóng bàn và "
                "đá cầu."
            ),
            Img(
                up("hkpd-khai-mac-dong-dien", "1024x0"),
                "Màn đồng diễn thể dục của học sinh Trường THCS Thị trấn tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh Trường THCS Thị trấn tại lễ khai mạc",
                "gallery",
            ),
            Img(
                up("hkpd-chay-100m-nu", "1024x0"),
                "Các vận động viên nữ tranh tài nội dung chạy 100m",
                "Các vận động viên nữ tranh tài nội dung chạy 100m",
                "gallery",
            ),
            Img(
                up("hkpd-chung-ket-bong-da", "1024x0"),
                "Trận chung kết bóng đá nam cấp THCS giữa Trường THCS Hương Long và Trường THCS Phúc Trạch",
                "Trận chung kết bóng đá nam cấp THCS giữa Trường THCS Hương Long và Trường THCS Phúc Trạch",
                "gallery",
            ),
            P(
                "Kết quả chung cuộc, Trường THCS Thị trấn xếp nhất toàn đoàn khối THCS; Trường Tiểu học "
                "Hương Long xếp nhất toàn đoàn khối Tiểu học. Ban tổ chức đã lựa chọn 58 vận động viên xuất "
                "sắc vào đội tuyển của huyện tham dự Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT đánh giá cao tinh thần thi "
                "đấu trung thực, cao thượng của các em học sinh và sự chuẩn bị chu đáo của các nhà trường."
            ),
            right("Tin, ảnh: Trần Thị Hồng Nhung"),
        ],
        opts={
            "pub": datetime(2026, 12, 3, 14, 30),
            "hero": "hkpd-khai-mac-dong-dien",
            "tags": ["hoi-khoe-phu-dong"],
            "comments": [
                (
                    "Phụ huynh Lê Văn Hải",
                    datetime(2026, 12, 3, 20, 12, 44),
                    "Chúc mừng các cháu Trường THCS Thị trấn! Mong huyện tổ chức thêm môn bơi cho các cháu tiểu học.",
                ),
                (
                    "Nguyễn Thị Hoa",
                    datetime(2026, 12, 4, 7, 3, 10),
                    "Ban tổ chức làm rất chu đáo, cảm ơn các thầy cô.",
                ),
            ],
        },
    ),
    Story(
        id=2,
        slug="thong-bao-lich-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Thông báo lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Thắng"],
        blocks=[
            letterhead("231/TB-PGDĐT", "30", "11"),
            doc_kind("Lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026"),
            P(
                "Thực hiện Kế hoạch số 189/KH-UBND ngày 15/9/2026 của UBND huyện về kiểm tra công nhận đạt "
                "chuẩn phổ cập giáo dục, xóa mù chữ năm 2026, Phòng GD&ĐT thông báo lịch kiểm tra tại các "
                "xã, thị trấn như sau:"
            ),
            P("TT | Thời gian | Đơn vị được kiểm tra | Thành phần", "tr"),
            P("1 | Sáng 08/12/2026 | Thị trấn Hương Khê, xã Hương Long | Tổ kiểm tra số 1", "tr"),
            P("2 | Chiều 08/12/2026 | Xã Phúc Đồng, xã Hương Trà | Tổ kiểm tra số 1", "tr"),
            P("3 | Sáng 09/12/2026 | Xã Phúc Trạch, xã Hương Đô | Tổ kiểm tra số 2", "tr"),
            P("4 | Chiều 09/12/2026 | Xã Hà Linh, xã Hương Thủy | Tổ kiểm tra số 2", "tr"),
            P(
                "Hồ sơ kiểm tra gồm: sổ theo dõi phổ cập giáo dục, phiếu điều tra hộ gia đình, danh sách trẻ "
                "em và người trong độ tuổi, biên bản tự kiểm tra của Ban chỉ đạo cấp xã."
            ),
            P(
                "Đề nghị UBND các xã, thị trấn và các trường học chuẩn bị đầy đủ hồ sơ, bố trí phòng làm "
                "việc và cử cán bộ phụ trách phổ cập làm việc với đoàn."
            ),
            doc_close(
                ["- Như trên;", "- Thường trực BCĐ huyện (để b/c);", "- Lưu: VT, PC."],
                ["TRƯỞNG PHÒNG"],
                "Nguyễn Văn Thắng",
            ),
        ],
        opts={
            "pub": datetime(2026, 12, 1, 8, 15),
            "print": True,
            "files": [("231-TB-PGDDT-lich-kiem-tra-PCGD.pdf", "231-TB-PGDDT.pdf")],
        },
    ),
    Story(
        id=3,
        slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-thcs",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn THCS theo Chương trình GDPT 2018",
        cat="chuyen-mon",
        published_at="2026-11-28T16:05:00+07:00",
        authors=["Lê Minh Tuấn"],
        summary=(
            "Ngày 27/11, tại Trường THCS Thị trấn, Phòng GD&ĐT tổ chức hội thảo chuyên đề “Dạy học đọc "
            "hiểu văn bản theo thể loại trong môn Ngữ văn THCS” với sự tham gia của 85 giáo viên cốt cán."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chương trình Ngữ văn 2018 chuyển trọng tâm từ truyền thụ nội dung tác phẩm sang hình thành "
                "năng lực đọc, viết, nói và nghe cho học sinh thông qua các kiểu văn bản và thể loại.[1] Đây "
                "là thay đổi căn bản, đòi hỏi giáo viên đổi mới cả cách thiết kế bài học lẫn cách kiểm tra, "
                "đánh giá."
            ),
            P(
                "Hội thảo là hoạt động tiếp nối lớp tập huấn ứng dụng AI trong soạn giảng đầu tháng 11. "
                "Các đại biểu đã dự hai tiết dạy minh họa:"
            ),
            P(
                "Tiết 1: “Đọc hiểu văn bản truyện – Bài học đường đời đầu tiên” (lớp 6), giáo viên Võ Thị "
                "Hằng dạy;",
                "mso",
            ),
            P("Tiết 2: “Thực hành đọc hiểu thơ bốn chữ, năm chữ” (lớp 7), giáo viên Nguyễn Thị Quỳnh dạy.", "mso"),
            Img(
                up("ht-ngu-van-tiet-minh-hoa"),
                "(Tiết dạy minh họa của cô giáo Võ Thị Hằng, Trường THCS Thị trấn)",
                "Tiết dạy minh họa của cô giáo Võ Thị Hằng, Trường THCS Thị trấn",
                "block",
            ),
            P(
                "Qua thảo luận, hội thảo thống nhất một số giải pháp: thiết kế câu hỏi đọc hiểu theo các mức "
                "độ nhận biết, thông hiểu, vận dụng; tăng cường cho học sinh đọc mở rộng văn bản ngoài sách "
                "giáo khoa; sử dụng phiếu học tập và sơ đồ tư duy để học sinh tự khám phá văn bản.[2]"
            ),
            P("- Đối với tổ chuyên môn: tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học ít nhất 01 lần/tháng;"),
            P("- Đối với giáo viên: chủ động xây dựng ngân hàng câu hỏi, đề kiểm tra theo ma trận, bản đặc tả."),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm "
                "theo Thông tư số 32/2018/TT-BGDĐT."
            ),
            P(
                "2. Đỗ Ngọc Thống (chủ biên) (2020), Dạy học phát triển năng lực môn Ngữ văn trung học cơ sở, "
                "NXB Đại học Sư phạm."
            ),
            right("ThS. Lê Minh Tuấn - Chuyên viên Phòng GD&ĐT"),
            P("[1] Xem Chương trình GDPT môn Ngữ văn, mục “Quan điểm xây dựng chương trình”.", "ftn"),
            P("[2] Theo tham luận của tổ Ngữ văn Trường THCS Phúc Đồng.", "ftn"),
        ],
        opts={
            "pub": datetime(2026, 11, 28, 16, 5),
            "word": True,
            "tags": ["chuong-trinh-gdpt-2018"],
            "links": {"lớp tập huấn ứng dụng AI trong soạn giảng": "/post?id={guid8}"},
        },
    ),
    Story(
        id=4,
        slug="doan-cong-tac-so-gd-dt-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia",
        title="Đoàn công tác Sở GD&ĐT kiểm tra công nhận lại trường đạt chuẩn quốc gia tại Hương Khê",
        cat="hoat-dong",
        published_at="2026-11-20T09:00:00+07:00",
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        summary=(
            "Từ ngày 18 - 19/11, Đoàn công tác của Sở GD&ĐT Hà Tĩnh do đồng chí Phó Giám đốc Sở làm "
            "trưởng đoàn đã kiểm tra, đánh giá công nhận lại trường đạt chuẩn quốc gia đối với 3 trường "
            "học trên địa bàn huyện Hương Khê."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                "<p><strong>Từ ngày 18 - 19/11, Đoàn công tác của Sở GD&amp;ĐT Hà Tĩnh do đồng chí Phó Giám "
                "đốc Sở làm trưởng đoàn đã kiểm tra, đánh giá công nhận lại trường đạt chuẩn quốc gia đối với "
                "3 trường học trên địa bàn huyện Hương Khê.</strong></p>"
            ),
            P(
                "Đoàn đã kiểm tra thực tế tại Trường Tiểu học Phúc Đồng, Trường THCS Hương Trà và Trường "
                "Mầm non Hương Thủy; nghe báo cáo tự đánh giá, kiểm tra hồ sơ minh chứng và cơ sở vật chất "
                "của từng đơn vị."
            ),
            P(
                "Các nhà trường đã có nhiều cố gắng trong duy trì và nâng cao các tiêu chuẩn, đặc biệt là "
                "chất lượng đội ngũ và cảnh quan sư phạm xanh - sạch - đẹp. Tuy nhiên, cần tiếp tục đầu tư "
                "phòng học bộ môn và thiết bị dạy học tối thiểu theo lộ trình.",
                "quote",
            ),
            P("Đồng chí Lê Văn Hùng, Phó Giám đốc Sở GD&ĐT Hà Tĩnh", "cite"),
            Img(
                up("kiem-tra-chuan-qg-th-phuc-dong"),
                "Đoàn công tác kiểm tra hồ sơ tại Trường Tiểu học Phúc Đồng",
                "Đoàn công tác kiểm tra hồ sơ tại Trường Tiểu học Phúc Đồng",
                "figcap",
            ),
            P(
                "Kết thúc đợt kiểm tra, đoàn đánh giá cả 3 trường đều duy trì được các tiêu chuẩn theo quy "
                "định hiện hành và thống nhất đề nghị Sở GD&ĐT trình UBND tỉnh ra quyết định công nhận lại "
                "trường đạt chuẩn quốc gia."
            ),
            right("Thu Hà"),
            right("Nguồn: Báo Hà Tĩnh", bold=False, em=True),
        ],
        opts={"pub": datetime(2026, 11, 20, 9, 0)},
    ),
    Story(
        id=5,
        slug="cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-ngay-20-11",
        title="Công đoàn ngành Giáo dục huyện tổ chức Giải bóng chuyền hơi nữ chào mừng ngày 20/11 🏐",
        cat="cong-doan",
        published_at="2026-11-15T07:45:00+07:00",
        authors=["Hoàng Anh"],
        photographers=["Minh Đức"],
        summary=(
            "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), trong hai ngày "
            "13 và 14/11, Công đoàn ngành Giáo dục huyện Hương Khê tổ chức Giải bóng chuyền hơi nữ cán bộ, "
            "giáo viên năm 2026."
        ),
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), trong hai "
                "ngày 13 và 14/11, Công đoàn ngành Giáo dục huyện Hương Khê tổ chức Giải bóng chuyền hơi nữ "
                "cán bộ, giáo viên năm 2026.",
                "bold",
            ),
            P(
                "Giải đấu có 16 đội đến từ các cụm trường với gần 200 vận động viên tham gia. Các đội thi đấu "
                "vòng bảng, chọn hai đội đứng đầu mỗi bảng vào thi đấu vòng bán kết và chung kết."
            ),
            Img(
                up("bong-chuyen-hoi-nu-chung-ket"),
                "Trận chung kết giữa đội cụm Thị trấn và đội cụm Phúc Trạch",
                "Trận chung kết giữa đội cụm Thị trấn và đội cụm Phúc Trạch",
                "block",
            ),
            P(
                "Kết quả: giải Nhất thuộc về đội cụm Thị trấn; giải Nhì - đội cụm Phúc Trạch; đồng giải Ba - "
                "đội cụm Hương Long và đội cụm Hà Linh. 🎉"
            ),
            P(
                "Giải đấu là dịp để nữ cán bộ, giáo viên giao lưu, rèn luyện sức khỏe, góp phần xây dựng tổ "
                "chức công đoàn vững mạnh."
            ),
            right("Tin: Hoàng Anh - Ảnh: Minh Đức", bold=False, em=True),
        ],
        opts={"pub": datetime(2026, 11, 15, 7, 45)},
    ),
    Story(
        id=6,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-12",
        authors=["Tổ Tiểu học"],
        blocks=[
            P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
            P(
                "Phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, có nhiều sáng tạo "
                "trong đổi mới phương pháp dạy học, kiểm tra, đánh giá theo Chương trình GDPT 2018."
            ),
            P(
                "Hội thi được tổ chức nghiêm túc, đúng quy định tại Thông tư số 22/2019/TT-BGDĐT; không gây "
                "áp lực, tốn kém cho giáo viên và nhà trường."
            ),
            P("II. ĐỐI TƯỢNG, ĐIỀU KIỆN DỰ THI", "h"),
            P(
                "Giáo viên đang trực tiếp giảng dạy tại các trường tiểu học, đã đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường năm học 2026 - 2027; mỗi trường cử tối đa 03 giáo viên."
            ),
            P("III. THỜI GIAN, NỘI DUNG", "h"),
            P(
                "Từ ngày 23/11 đến 25/11/2026: giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy, "
                "giáo dục học sinh;",
                "li",
            ),
            P(
                "Từ ngày 30/11 đến 11/12/2026: thực hành dạy 02 tiết tại trường được phân công (01 tiết "
                "Tiếng Việt hoặc Toán và 01 tiết tự chọn);",
                "li",
            ),
            P("Ngày 18/12/2026: tổng kết, trao giải.", "li"),
            P(
                "Các trường gửi danh sách giáo viên dự thi (theo mẫu đính kèm) về Phòng GD&ĐT qua hộp thư "
                "điện tử tieuhoc.pgdhuongkhe@hatinh.edu.vn trước ngày 18/11/2026."
            ),
            right("Tổ Tiểu học"),
        ],
        opts={
            "pub": datetime(2026, 11, 12, 0, 0),
            "print": True,
            "tags": ["chuong-trinh-gdpt-2018"],
            "files": [("Mau-dang-ky-du-thi-GVDG-TH.docx", "Mẫu đăng ký dự thi GVDG Tiểu học.docx")],
        },
    ),
    Story(
        id=7,
        slug="truong-mam-non-hoa-sen-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường Mầm non Hoa Sen đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="hoat-dong",
        published_at="2026-11-08T10:20:00+07:00",
        authors=["Nguyễn Thị Thanh Bình"],
        summary=(
            "Sáng 07/11, Trường Mầm non Hoa Sen (xã Hương Trà) long trọng tổ chức lễ đón nhận Bằng công "
            "nhận trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trường Mầm non Hoa Sen được thành lập năm 1998, hiện có 12 nhóm, lớp với 326 trẻ. Những năm "
                "qua, được sự quan tâm của các cấp chính quyền, sự chung tay của phụ huynh, nhà trường đã "
                "đầu tư xây mới 6 phòng học, khu vui chơi ngoài trời và bếp ăn một chiều."
            ),
            Img(
                up("mn-hoa-sen-don-bang"),
                "(Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường)",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                "inline",
            ),
            P(
                "Phát biểu tại buổi lễ, cô giáo Hiệu trưởng bày tỏ niềm vui, niềm tự hào và cam kết tiếp tục "
                "duy trì, nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ, phấn đấu đạt chuẩn mức độ 2 "
                "vào năm 2028."
            ),
            Raw("<!--postblock:4-->"),
            right("Nguyễn Thị Thanh Bình (Trường MN Hoa Sen)"),
        ],
        opts={
            "pub": datetime(2026, 11, 8, 10, 20),
            "hero": "mn-hoa-sen-don-bang",
            "comments": [
                (
                    "Cựu học sinh MN Hoa Sen",
                    datetime(2026, 11, 9, 21, 40, 5),
                    "Chúc mừng trường! Ngày xưa học ở đây chỉ có 2 phòng học cấp 4.",
                ),
            ],
        },
    ),
    Story(
        id=8,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-ai-trong-soan-giang",
        title="Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho cán bộ quản lý, giáo viên THCS",
        cat="chuyen-mon",
        published_at="2026-11-05T15:00:00+07:00",
        authors=["Đặng Văn Khoa"],
        photographers=["Phương Thảo"],
        summary=(
            "Trong 2 ngày 04 - 05/11, Phòng GD&ĐT phối hợp với Trường Đại học Hà Tĩnh tổ chức lớp tập huấn "
            "ứng dụng trí tuệ nhân tạo (AI) trong thiết kế bài giảng, xây dựng học liệu số cho 120 cán bộ "
            "quản lý, giáo viên THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh, các nguyên "
                "tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường; thực hành sử dụng một số công cụ hỗ "
                "trợ soạn kế hoạch bài dạy, tạo câu hỏi trắc nghiệm và thiết kế hình ảnh minh họa.",
                "col",
            ),
            P(
                "Học viên cũng được lưu ý về bảo vệ dữ liệu cá nhân của học sinh và kiểm chứng thông tin do AI "
                "tạo ra trước khi đưa vào bài giảng.",
                "col",
            ),
            Img(up("tap-huan-ai-thcs", "600x0"), "Ảnh: Phương Thảo", None, "col"),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành sản phẩm là một kế hoạch bài dạy có ứng dụng "
                "AI. Phòng GD&ĐT sẽ lựa chọn các sản phẩm tiêu biểu để chia sẻ trên kho học liệu dùng chung của "
                "huyện."
            ),
            right("Đặng Văn Khoa - Trường THCS Thị trấn"),
        ],
        opts={"pub": datetime(2026, 11, 5, 15, 0), "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=9,
        slug="ngay-hoi-doc-sach-tai-truong-tieu-hoc-phuc-dong",
        title="Ngày hội đọc sách “Sách - Người bạn đồng hành” tại Trường Tiểu học Phúc Đồng",
        cat="hoat-dong",
        published_at="2026-10-28T09:30:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 26/10, Trường Tiểu học Phúc "
                "Đồng tổ chức Ngày hội đọc sách với chủ đề “Sách - Người bạn đồng hành”."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động hấp dẫn như: trưng bày sách theo chủ đề, kể chuyện theo sách, vẽ "
                "tranh về nhân vật em yêu thích, đổi sách cũ lấy sách mới. Mỗi lớp xây dựng một “góc đọc sách” "
                "với khẩu hiệu riêng, thu hút đông đảo học sinh tham gia."
            ),
            Img(
                up("ngay-hoi-doc-sach-th-phuc-dong"),
                "Học sinh lớp 3A say sưa đọc sách tại thư viện xanh của nhà trường",
                "Học sinh lớp 3A say sưa đọc sách tại thư viện xanh của nhà trường",
                "block",
            ),
            P(
                "Dịp này, nhà trường phát động phong trào quyên góp sách, truyện ủng hộ học sinh các trường "
                "vùng khó khăn; kết quả đã thu được hơn 1.200 cuốn sách các loại."
            ),
        ],
        opts={"pub": datetime(2026, 10, 28, 9, 30), "nfd": True, "tacgia": "BBT"},
    ),
    Story(
        id=12,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Tiểu học số 2",
        cat="chuyen-mon",
        published_at="2026-10-22T14:00:00+07:00",
        authors=["Phạm Thị Ngọc Ánh"],
        summary=(
            "Ngày 21/10, cụm trường Tiểu học số 2 gồm các trường Tiểu học Hương Trà, Hương Đô và Phúc Trạch "
            "tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán lớp 4."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi sinh hoạt chuyên môn được tổ chức theo 4 bước: chuẩn bị bài dạy minh họa, dạy minh họa "
                "và dự giờ, thảo luận về bài học, áp dụng vào thực tiễn dạy học hằng ngày."
            ),
            Img(
                up("shcm-cum-2-toan-4"),
                "(Cô giáo Nguyễn Thị Mai dạy minh họa bài “Phép chia phân số”, lớp 4A)",
                "Cô giáo Nguyễn Thị Mai dạy minh họa bài “Phép chia phân số”, lớp 4A",
                "figcap",
            ),
            P(
                "Trong phần thảo luận, giáo viên tập trung phân tích hoạt động học của học sinh: em nào gặp "
                "khó khăn, vì sao, giáo viên đã hỗ trợ như thế nào, thay vì nhận xét, xếp loại tiết dạy như "
                "trước đây."
            ),
            P(
                "Theo đánh giá của Phòng GD&ĐT, sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên "
                "thay đổi cách nhìn về tiết dạy, lấy hoạt động học của học sinh làm trung tâm."
            ),
        ],
        opts={
            "pub": datetime(2026, 10, 22, 14, 0),
            "tacgia": "Phạm Thị Ngọc Ánh",
            "tags": ["chuong-trinh-gdpt-2018"],
        },
    ),
    Story(
        id=10,
        slug="lien-doi-truong-tieu-hoc-huong-long-ra-mat-mo-hinh-ke-hoach-nho",
        title="Liên đội Trường Tiểu học Hương Long ra mắt mô hình “Kế hoạch nhỏ - Nuôi heo đất”",
        cat="cong-doan",
        published_at="2026-10-15T08:00:00+07:00",
        authors=["Liên đội TH Hương Long"],
        photographers=["Liên đội TH Hương Long"],
        blocks=[
            P(
                "Nhằm giáo dục học sinh ý thức tiết kiệm, tinh thần tương thân tương ái, đầu năm học "
                "2026 - 2027, Liên đội Trường Tiểu học Hương Long ra mắt mô hình “Kế hoạch nhỏ - Nuôi heo đất”."
            ),
            P(
                "Mỗi chi đội được trao một chú heo đất; các em tiết kiệm tiền quà sáng, thu gom giấy vụn, vỏ "
                "lon để “nuôi heo”.",
                "br",
            ),
            P(
                "Số tiền tiết kiệm được sẽ dùng để mua sách vở, đồ dùng học tập tặng các bạn có hoàn cảnh khó "
                "khăn vào dịp cuối học kỳ I."
            ),
            P("Mô hình nhận được sự hưởng ứng nhiệt tình của phụ huynh và học sinh toàn trường.", "br"),
            Img(
                up("ke-hoach-nho-heo-dat"),
                "Đại diện các chi đội nhận heo đất tại lễ ra mắt",
                "Đại diện các chi đội nhận heo đất tại lễ ra mắt",
                "inline",
            ),
            right("Tin, ảnh: Liên đội TH Hương Long", bold=False, em=True),
        ],
        opts={"pub": datetime(2026, 10, 15, 8, 0)},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
BY_GUID = {guid(f"post:{s.id}"): s for s in STORIES}
#: newest first, as Piranha orders an archive (by Published)
ORDERED = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)
ALIASES = {OLD_SLUG_4: BY_ID[4].slug}

for _s in STORIES:
    _s.opts["guid"] = guid(f"post:{_s.id}")
    _s.opts.setdefault("upd", _s.opts["pub"] + timedelta(days=1, hours=1, minutes=5, seconds=12))
    _s.opts.setdefault("tags", [])


# --- blocks -----------------------------------------------------------------------------------

_WORD_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _ftn_call(n: int) -> str:
    return (
        f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title="">'
        '<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
        f'<!--[if !supportFootnotes]--><span class="MsoFootnoteReference" style="font-size:14.0pt">[{n}]</span>'
        "<!--[endif]--></span></span></a>"
    )


def _inline(st: Story, text_value: str) -> str:
    """A paragraph's markup: escaped text with the story's inline links and footnote calls."""
    out = t(text_value)
    for anchor, href in st.opts.get("links", {}).items():
        href = href.format(guid2=BY_ID[2].opts["guid"], guid8=BY_ID[8].opts["guid"])
        out = out.replace(t(anchor), f'<a href="{href}">{t(anchor)}</a>', 1)
    if st.opts.get("word"):
        out = re.sub(r"\[(\d)\]", lambda m: _ftn_call(int(m.group(1))), out)
    return out


def _para(st: Story, b: P) -> str:
    inner = _inline(st, b.text)
    if st.opts.get("word"):
        return f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">{_WORD_SPAN}{inner}</span></p>'
    return f'<p style="text-align: justify;">{inner}</p>'


def _img_tag(img: Img, cls: str = "img-fluid") -> str:
    stem = img.src.rsplit("/", 1)[-1].split("_")[0]
    alt = "IMG_2026" + str(sum(map(ord, stem)) % 9000 + 1000) + ".JPG"
    return f'<img class="{cls}" src="{img.src}" alt="{alt}" loading="lazy" />'


def _gallery(imgs: list[Img], block_no: int) -> str:
    gid = f"gallery-{block_no}"
    active = ' class="active" aria-current="true"'
    dots = "".join(
        f'<button type="button" data-bs-target="#{gid}" data-bs-slide-to="{i}"'
        f'{active if i == 0 else ""} aria-label="Slide {i + 1}"></button>'
        for i in range(len(imgs))
    )
    items = "\n".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}">{_img_tag(img, "d-block w-100")}'
        f'<div class="carousel-caption d-none d-md-block"><p>{rz(img.printed or "")}</p></div></div>'
        for i, img in enumerate(imgs)
    )
    thumbs = "".join(
        f'<a href="#" data-bs-target="#{gid}" data-bs-slide-to="{i}">'
        f'<img src="{img.src.replace("_1024x0.jpg", "_120x80.jpg")}" width="120" height="80" alt="" /></a>'
        for i, img in enumerate(imgs)
    )
    return (
        f'<div class="block image-gallery-block">\n<div id="{gid}" class="carousel slide" data-bs-ride="carousel">\n'
        f'<div class="carousel-indicators">{dots}</div>\n<div class="carousel-inner">\n{items}\n</div>\n'
        f'<button class="carousel-control-prev" type="button" data-bs-target="#{gid}" data-bs-slide="prev">'
        '<span class="carousel-control-prev-icon" aria-hidden="true"></span><span class="visually-hidden">Ảnh trước</span></button>\n'
        f'<button class="carousel-control-next" type="button" data-bs-target="#{gid}" data-bs-slide="next">'
        '<span class="carousel-control-next-icon" aria-hidden="true"></span><span class="visually-hidden">Ảnh tiếp</span></button>\n'
        f'</div>\n<div class="gl-thumbs d-flex">{thumbs}</div>\n</div>'
    )


def _post_card(other: Story) -> str:
    link = f"/tin-tuc/{other.slug}"
    thumb = up(_thumb_name(other), "360x240")
    return (
        '<div class="block post-block">\n<div class="card lk-baiviet mb-3">\n'
        f'<a href="{link}"><img class="card-img-top" src="{thumb}" alt="{rz(other.title)}" /></a>\n'
        f'<div class="card-body"><h5 class="card-title"><a href="{link}">{rz(other.title)}</a></h5>\n'
        f'<p class="card-text">{rz(_excerpt(other))}</p>\n'
        f'<a href="{link}" class="btn btn-sm btn-outline-primary">Đọc tiếp</a></div>\n</div>\n</div>'
    )


def render_body(st: Story) -> str:
    """The post's blocks as Piranha prints them, each in ``div.block``."""
    blocks = st.blocks
    out: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            out.append('<div class="block html-block">\n' + "\n".join(cur) + "\n</div>")
            cur.clear()

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            m = re.fullmatch(r"<!--postblock:(\d+)-->", b.html)
            if m:
                flush()
                out.append(_post_card(BY_ID[int(m.group(1))]))
            else:
                cur.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                flush()
                out.append(_gallery(group, len(out) + 1))
                continue
            if b.style == "block":
                flush()
                out.append(f'<div class="block image-block">\n<div class="ha-khung">{_img_tag(b)}</div>\n</div>')
                if b.printed:
                    cur.append(f'<p style="text-align: center;"><em>{t(b.printed)}</em></p>')
            elif b.style == "figcap":
                flush()
                out.append(
                    '<div class="block image-block">\n<figure class="hinh-anh">'
                    f'{_img_tag(b)}<figcaption class="chuthich-anh">{rz(b.printed or "")}</figcaption></figure>\n</div>'
                )
            elif b.style == "inline":
                cur.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                if b.printed:
                    cur.append(f'<p style="text-align: center;"><em>{t(b.printed)}</em></p>')
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "mso"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                cur.append("<ul>\n" + "\n".join(f"<li>{_inline(st, p.text)}</li>" for p in group) + "\n</ul>")
            elif style == "tr":
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                cur.append('<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")
            else:
                for n, p in enumerate(group):
                    kind = "First" if n == 0 else ("Last" if n == len(group) - 1 else "Middle")
                    cur.append(
                        f'<p class="MsoListParagraphCxSp{kind}" style="margin-left:.75in;text-indent:-.25in;line-height:150%;mso-list:l0 level1 lfo1">'
                        '<!--[if !supportLists]--><span style="font-size:14.0pt;font-family:Symbol"><span style="mso-list:Ignore">·'
                        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                        f"<!--[endif]-->{_WORD_SPAN}{_inline(st, p.text)}</span></p>"
                    )
            continue
        if style == "col":
            left = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "col":
                left.append(blocks[i])
                i += 1
            img = blocks[i]
            assert isinstance(img, Img) and img.style == "col"
            i += 1
            flush()
            credit = f'<p class="text-end"><em>{t(img.printed)}</em></p>' if img.printed else ""
            out.append(
                '<div class="block columns-block">\n<div class="row">\n<div class="col-md-7">\n'
                '<div class="block html-column-block">\n' + "\n".join(_para(st, p) for p in left) + "\n</div>\n</div>\n"
                f'<div class="col-md-5">\n<div class="block image-block">{_img_tag(img)}{credit}</div>\n</div>\n</div>\n</div>'
            )
            continue
        if style == "quote":
            cite = blocks[i + 1] if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "cite" else None
            flush()
            foot = f'\n<footer class="blockquote-footer">{rz(cite.text)}</footer>' if cite else ""
            out.append(f'<div class="block quote-block">\n<blockquote class="blockquote">\n<p class="mb-0">{rz(b.text)}</p>{foot}\n</blockquote>\n</div>')
            i += 2 if cite else 1
            continue
        if style == "br":
            last = cur[-1]
            cur[-1] = last[: -len("</p>")] + "<br />\n" + _inline(st, b.text) + "</p>"
        elif style == "h":
            cur.append(f"<h3><strong>{t(b.text)}</strong></h3>" if not st.opts.get("word") else f'<p class="MsoNormal" style="line-height:150%"><b>{_WORD_SPAN}{t(b.text)}</span></b></p>')
        elif style == "bold":
            cur.append(f"<p><strong>{_inline(st, b.text)}</strong></p>")
        elif style == "ftn":
            n = int(b.text[1])
            note = t(b.text[3:].lstrip())
            if not any("footnote-list" in c for c in cur):
                cur.append('<div style="mso-element:footnote-list"><!--[if !supportFootnotes]--><br clear="all" /><hr align="left" size="1" width="33%" /><!--[endif]-->')
            cur.append(
                f'<div style="mso-element:footnote" id="ftn{n}"><p class="MsoFootnoteText">'
                f'<a style="mso-footnote-id:ftn{n}" href="#_ftnref{n}" name="_ftn{n}" title=""><span class="MsoFootnoteReference">'
                f'<span style="mso-special-character:footnote"><!--[if !supportFootnotes]--><span class="MsoFootnoteReference">[{n}]</span>'
                f"<!--[endif]--></span></span></a> {note}</p></div>"
            )
        else:
            cur.append(_para(st, b))
        i += 1
    if any("footnote-list" in c for c in cur):
        cur.append("</div>")
    flush()
    return "\n".join(out)


# --- helpers for listings ---------------------------------------------------------------------


def _shown_title(st: Story) -> str:
    return unicodedata.normalize("NFD", st.title) if st.opts.get("nfd") else st.title


def _excerpt(st: Story) -> str:
    """Piranha's excerpt field, or the theme's auto excerpt (first words of the text)."""
    if st.summary and st.sapo_outside:
        return st.summary
    first = next(b.text for b in st.blocks if isinstance(b, P))
    if len(first) <= 160:
        return first
    return first[:160].rsplit(" ", 1)[0] + "..."


def _thumb_name(st: Story) -> str:
    if st.opts.get("hero"):
        return st.opts["hero"]
    if st.images:
        return st.images[0].src.rsplit("/", 1)[-1].split("_")[0]
    return "no-image"


def _thumb(st: Story) -> str:
    name = _thumb_name(st)
    return "/assets/img/no-image.png" if name == "no-image" else up(name, "300x200")


def _post_link(st: Story) -> str:
    return f"/tin-tuc/{st.slug}"


# --- chrome -----------------------------------------------------------------------------------

DOCS = [
    {
        "slug": "238-tb-pgddt-nghi-tet-duong-lich-nam-2027",
        "so": "238/TB-PGDĐT",
        "ngay": "02/12/2026",
        "loai": "Thông báo",
        "trich": "Thông báo về việc nghỉ Tết Dương lịch năm 2027",
        "ky": "Phan Thị Lan",
        "file": "238-TB-PGDDT-nghi-tet-duong-lich-2027.pdf",
    },
    {
        "slug": "215-kh-pgddt-ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "so": "215/KH-PGDĐT",
        "ngay": "12/09/2026",
        "loai": "Kế hoạch",
        "trich": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của ngành Giáo dục huyện Hương Khê",
        "ky": "Nguyễn Văn Thắng",
        "file": "215-KH-PGDDT-nhiem-vu-nam-hoc-2026-2027.pdf",
    },
    {
        "slug": "189-kh-ubnd-kiem-tra-pho-cap-giao-duc-xoa-mu-chu-2026",
        "so": "189/KH-UBND",
        "ngay": "15/09/2026",
        "loai": "Kế hoạch",
        "trich": "Kế hoạch kiểm tra công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026",
        "ky": "Trần Quốc Bảo",
        "file": "189-KH-UBND-PCGD-XMC-2026.pdf",
    },
]
ALBUM = "/thu-vien-anh/hoi-khoe-phu-dong-cap-huyen-2026"
VIDEO = "/video/phong-su-ky-niem-ngay-nha-giao-viet-nam-20-11-2026"

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [("/gioi-thieu", "Giới thiệu chung"), ("/gioi-thieu#co-cau-to-chuc", "Cơ cấu tổ chức")],
    ),
    ("/tin-tuc", "Tin tức - Sự kiện", [(f"/tin-tuc/category/{k}", v) for k, v in CATS.items()]),
    ("/van-ban", "Văn bản", []),
    ("/lich-cong-tac", "Lịch công tác", []),
    ("/thu-vien-anh", "Thư viện", [("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video clip")]),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for href, label, sub in _MENU:
        cls = "nav-item" + (" active" if href == active else "") + (" dropdown" if sub else "")
        if sub:
            subs = "".join(f'<li><a class="dropdown-item" href="{h}">{rz(lab)}</a></li>' for h, lab in sub)
            items.append(
                f'<li class="{cls}"><a class="nav-link dropdown-toggle" href="{href}" data-bs-toggle="dropdown">'
                f'{rz(label)}</a><ul class="dropdown-menu">{subs}</ul></li>'
            )
        else:
            items.append(f'<li class="{cls}"><a class="nav-link" href="{href}">{rz(label)}</a></li>')
    return '<ul class="navbar-nav me-auto mnu-chinh">' + "".join(items) + "</ul>"


def _head(title: str, request: Request, canonical: str | None = None, extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{rz(title)} | {rz(SITE)}</title>
{canon}{extra}<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
<link rel="stylesheet" href="/lib/fontawesome/css/all.min.css" />
<link rel="stylesheet" href="/assets/css/hksoft.min.css?v=Qz7pX2aV0dLk3mN8" />
</head>
"""


def _top(request: Request, active: str) -> str:
    return f"""<body>
<div class="thanh-tren">
<div class="container d-flex justify-content-between">
<span class="ngay-hom-nay"><i class="far fa-calendar-alt"></i> {rz(HEADER_TODAY)}</span>
<span class="lk-nhanh"><a href="/sitemap.xml">Sơ đồ site</a> | <a href="https://mail.hatinh.edu.vn" target="_blank">Thư điện tử</a> | <a href="/lien-he">Liên hệ</a></span>
</div>
</div>
<header class="bn-dau">
<div class="container d-flex align-items-center">
<a href="/" class="logo-pgd"><img src="/assets/img/logo-pgd-huong-khe.png" alt="Logo" width="90" height="90" /></a>
<div class="ten-dv">
<div class="dv-cap-tren">UBND HUYỆN HƯƠNG KHÊ</div>
<div class="dv-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div>
<div class="dv-khauhieu">Dạy tốt - Học tốt - Đổi mới - Sáng tạo</div>
</div>
<form class="tim-kiem ms-auto" action="/tim-kiem" method="get">
<input type="text" name="q" class="form-control form-control-sm" placeholder="Nhập từ khóa..." />
<button type="submit" class="btn btn-sm btn-light"><i class="fa fa-search"></i></button>
</form>
</div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark thanh-menu">
<div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mnu">{_menu(active)}</div>
</div>
</nav>
<div class="tin-chay container"><marquee scrollamount="3"><a href="{_post_link(ORDERED[0])}">{rz(ORDERED[0].title)}</a> &#x2022; <a href="/lich-cong-tac">Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)</a></marquee></div>
"""


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    parts = ['<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> ' + rz("Trang chủ") + "</a></li>"]
    for href, label in items:
        if href:
            parts.append(f'<li class="breadcrumb-item"><a href="{href}">{rz(label)}</a></li>')
        else:
            parts.append(f'<li class="breadcrumb-item active" aria-current="page">{rz(label)}</li>')
    return '<nav aria-label="breadcrumb"><ol class="breadcrumb dd-trang">' + "".join(parts) + "</ol></nav>"


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sidebar(request: Request) -> str:
    notices = [s for s in ORDERED if s.cat == "thong-bao"]
    marquee = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{_post_link(s)}">{rz(_shown_title(s))}</a></li>' for s in notices
    )
    most = sorted(STORIES, key=lambda s: VIEWS[s.id], reverse=True)[:5]
    most_html = "".join(
        f'<li><span class="so-tt">{n}</span><a href="{_post_link(s)}">{rz(_shown_title(s))}</a>'
        f' <small class="text-muted">({_num(VIEWS[s.id])} lượt xem)</small></li>'
        for n, s in enumerate(most, 1)
    )
    token = opaque("poll:" + request.path, 90, b"\x09")
    return f"""<aside class="col-lg-4 cot-phai">
<div class="kh-box"><div class="kh-tieude">Thông báo mới</div>
<div class="kh-nd"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="160"><ul class="list-unstyled">{marquee}</ul></marquee></div></div>
<div class="kh-box"><div class="kh-tieude">Tin đọc nhiều</div>
<div class="kh-nd"><ol class="ds-docnhieu list-unstyled">{most_html}</ol></div></div>
<div class="kh-box"><div class="kh-tieude">Liên kết website</div>
<div class="kh-nd"><select class="form-select form-select-sm" onchange="if(this.value)window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>
<option value="https://huongkhe.hatinh.gov.vn">Cổng TTĐT huyện Hương Khê</option>
<option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option>
</select>
<a href="https://csdl.moet.gov.vn" target="_blank"><img class="img-fluid mt-2" src="/uploads/banner/banner-csdl-nganh.png" alt="CSDL" /></a>
<a href="https://vnedu.vn" target="_blank"><img class="img-fluid mt-2" src="/uploads/banner/banner-vnedu.png" alt="vnEdu" /></a>
</div></div>
<div class="kh-box"><div class="kh-tieude">Thăm dò ý kiến</div>
<div class="kh-nd"><form method="post" action="/binh-chon?handler=BinhChon">
<p>Bạn đánh giá thế nào về Cổng thông tin điện tử Phòng GD&amp;ĐT?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="luachon" value="1" id="bc1" /><label for="bc1">Rất hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="luachon" value="2" id="bc2" /><label for="bc2">Hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="luachon" value="3" id="bc3" /><label for="bc3">Cần cải thiện</label></div>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{token}" />
<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button>
<button type="button" class="btn btn-sm btn-outline-secondary" onclick="xemKetQua(3)">Xem kết quả</button>
</form></div></div>
<div class="kh-box"><div class="kh-tieude">Thống kê truy cập</div>
<div class="kh-nd tk-truycap"><div>Đang online: <b>37</b></div><div>Hôm nay: <b>1.254</b></div>
<div>Tháng này: <b>6.918</b></div><div>Tổng truy cập: <b>2.845.119</b></div></div></div>
</aside>
"""


def _footer() -> str:
    return """<footer class="chan-trang">
<div class="container">
<div class="row">
<div class="col-md-8">
<p class="ft-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HƯƠNG KHÊ</p>
<p>Địa chỉ: Khối 10, thị trấn Hương Khê, huyện Hương Khê, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3871.256 - Email: pgdhuongkhe@hatinh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thắng - Trưởng phòng</p>
</div>
<div class="col-md-4 text-end">
<a href="https://www.facebook.com/pgdhuongkhe" target="_blank"><i class="fab fa-facebook"></i></a>
<a href="https://www.youtube.com/@pgdhuongkhe" target="_blank"><i class="fab fa-youtube"></i></a>
<p class="small">&#xA9; 2026 Phòng GD&amp;ĐT Hương Khê. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small">Thiết kế: HKSoft | Powered by <a href="https://piranhacms.org" target="_blank">Piranha CMS</a></p>
</div>
</div>
</div>
</footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/hksoft.js?v=2Fa9kQ"></script>
</body>
</html>
"""


def _page(request: Request, title: str, active: str, crumbs: list, main: str, canonical: str | None = None, extra: str = "") -> Response:
    doc = (
        _head(title, request, canonical, extra)
        + _top(request, active)
        + '<main class="container noi-dung">\n'
        + _crumbs(crumbs)
        + '\n<div class="row">\n<div class="col-lg-8 cot-trai">\n'
        + main
        + "\n</div>\n"
        + _sidebar(request)
        + "</div>\n</main>\n"
        + _footer()
    )
    return html(doc)


# --- posts ------------------------------------------------------------------------------------

#: "Lượt xem" of each post (the most-read box shows the five highest)
VIEWS = {1: 2418, 4: 1987, 7: 1630, 5: 1402, 13: 1288, 3: 954, 11: 911, 2: 876, 8: 731, 6: 655, 12: 402, 10: 377, 9: 361}


def _post_head(request: Request, st: Story) -> str:
    base = base_url(request)
    pub: datetime = st.opts["pub"]
    og_img = up(_thumb_name(st), "1200x630") if _thumb_name(st) != "no-image" else "/assets/img/og-default.png"
    return (
        f'<meta name="description" content="{rz(_excerpt(st))}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{rz(_shown_title(st))}" />\n'
        f'<meta property="og:url" content="{base}{_post_link(st)}" />\n'
        f'<meta property="og:image" content="{base}{og_img}" />\n'
        f'<meta property="article:published_time" content="{utc_o(pub)}" />\n'
        f'<meta property="article:modified_time" content="{utc_o(st.opts["upd"])}" />\n'
    )


def _comments(request: Request, st: Story) -> str:
    items = st.opts.get("comments", [])
    rows = "".join(
        f'<div class="bl-item d-flex" id="bl-{guid(f"cmt:{st.id}:{n}")}">'
        f'<img class="bl-avatar rounded-circle" src="https://www.gravatar.com/avatar/{guid(name).replace("-", "")}?s=48&amp;d=mm" width="48" height="48" alt="" />'
        f'<div class="bl-nd"><strong class="bl-ten">{rz(name)}</strong> <span class="bl-ngay text-muted">{en_us(when)}</span>'
        f"<p>{rz(body)}</p></div></div>\n"
        for n, (name, when, body) in enumerate(items)
    )
    token = opaque("cmt:" + st.slug, 90, b"\x09")
    return f"""<section class="binh-luan" id="binh-luan">
<h4>Bình luận ({len(items)})</h4>
{rows}<form method="post" action="{_post_link(st)}?handler=SaveComment" class="bl-form">
<input type="hidden" name="Id" value="{st.opts["guid"]}" />
<div class="row g-2"><div class="col-md-6"><input class="form-control" name="CommentAuthor" placeholder="Họ và tên *" /></div>
<div class="col-md-6"><input class="form-control" name="CommentEmail" placeholder="Email *" /></div>
<div class="col-12"><textarea class="form-control" name="CommentBody" rows="3" placeholder="Nội dung bình luận"></textarea></div></div>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{token}" />
<button class="btn btn-primary btn-sm mt-2" type="submit">Gửi bình luận</button>
<p class="small text-muted">Bình luận sẽ được hiển thị sau khi được Ban biên tập duyệt.</p>
</form>
</section>
"""


def _others(st: Story) -> str:
    same = [s for s in ORDERED if s.cat == st.cat and s.id != st.id][:3]
    lis = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{_post_link(s)}">{rz(_shown_title(s))}</a> '
        f'<span class="text-muted">({vn_day(s.opts["pub"])})</span></li>'
        for s in same
    )
    return f'<div class="kh-tinkhac"><h4 class="tk-tieude">Các tin khác</h4><ul class="list-unstyled">{lis}</ul></div>'


def post_page(request: Request, st: Story) -> Response:
    pub: datetime = st.opts["pub"]
    link = _post_link(st)
    base = base_url(request)
    cat = CATS[st.cat]
    hero = ""
    if st.opts.get("hero"):
        hero = f'<div class="tt-anhbia" style="background-image: url(\'{up(st.opts["hero"], "1140x380")}\');"></div>\n'
    tacgia = f' | <span class="tt-tacgia">Tác giả: {rz(st.opts["tacgia"])}</span>' if st.opts.get("tacgia") else ""
    sapo = f'<p class="tt-sapo"><strong>{rz(st.summary)}</strong></p>\n' if st.summary and st.sapo_outside else ""
    printed = (
        f' <a class="btn btn-sm btn-light" href="{link}?handler=InBai" target="_blank"><i class="fa fa-file-alt"></i> Bản in</a>'
        if st.opts.get("print")
        else ""
    )
    files = ""
    if st.opts.get("files"):
        lis = "".join(
            f'<li><a href="/uploads/{guid("file:" + f)}/{f}"><i class="fa fa-paperclip"></i> {rz(label)}</a></li>'
            for f, label in st.opts["files"]
        )
        files = f'<div class="tt-dinhkem"><b>Tệp đính kèm:</b><ul>{lis}</ul></div>\n'
    tags = ""
    if st.opts["tags"]:
        links = " ".join(f'<a class="badge bg-light text-dark" href="/tin-tuc/tag/{k}">#{rz(TAGS[k])}</a>' for k in st.opts["tags"])
        tags = f'<div class="tt-tukhoa"><i class="fa fa-tags"></i> Từ khóa: {links}</div>\n'
    comments = _comments(request, st) if "comments" in st.opts else ""
    main = f"""<article class="tt-chitiet" id="bv-{st.id}">
{hero}<h1 class="tt-tieude">{rz(_shown_title(st))}</h1>
<div class="tt-meta text-muted">
<span><i class="fa fa-folder-open"></i> Chuyên mục: <a href="/tin-tuc/category/{st.cat}">{rz(cat)}</a></span> |
<span class="tt-ngaydang"><i class="far fa-clock"></i> Ngày đăng: {en_us(pub)}</span> |
<span class="tt-capnhat">Cập nhật: {en_us(st.opts["upd"])}</span> |
<span><i class="far fa-eye"></i> Lượt xem: {_num(VIEWS[st.id])}</span> |
<span class="tt-dangboi">Đăng bởi: pgd_huongkhe</span>{tacgia}
</div>
{sapo}<div class="tt-congcu">
<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={base}{link}" target="_blank"><i class="fab fa-facebook-f"></i> Chia sẻ</a>
<div class="zalo-share-button" data-href="{base}{link}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>
<a class="btn btn-sm btn-light" href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a>{printed}
<a class="btn btn-sm btn-light" href="javascript:void(0)" onclick="coChu(1)">A+</a><a class="btn btn-sm btn-light" href="javascript:void(0)" onclick="coChu(-1)">A-</a>
</div>
<div class="post-body">
{render_body(st)}
</div>
{files}{tags}<div class="tt-chiase-duoi"><iframe src="https://www.facebook.com/plugins/like.php?href={base}{link}&amp;layout=button_count" width="150" height="28" style="border:none;overflow:hidden"></iframe></div>
{comments}</article>
{_others(st)}"""
    crumbs = [("/tin-tuc", "Tin tức - Sự kiện"), (f"/tin-tuc/category/{st.cat}", cat), (None, _shown_title(st))]
    return _page(request, _shown_title(st), "/tin-tuc", crumbs, main, canonical=link, extra=_post_head(request, st))


def print_page(request: Request, st: Story) -> Response:
    pub: datetime = st.opts["pub"]
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{rz(_shown_title(st))}</title>
<link rel="canonical" href="{base_url(request)}{_post_link(st)}" />
<meta name="robots" content="noindex" />
<link rel="stylesheet" href="/assets/css/in-an.css" /></head>
<body onload="window.print()">
<div class="in-dau"><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HƯƠNG KHÊ</b><br />pgdhuongkhe.edu.vn</div>
<h1 class="tt-tieude">{rz(_shown_title(st))}</h1>
<div class="tt-meta">Ngày đăng: {en_us(pub)} | Chuyên mục: {rz(CATS[st.cat])}</div>
<div class="post-body">
{render_body(st)}
</div>
<div class="in-cuoi">Địa chỉ bài viết: {base_url(request)}{_post_link(st)}</div>
</body></html>
"""
    return html(doc)


# --- listings ---------------------------------------------------------------------------------


def _item(st: Story) -> str:
    return f"""<div class="tin-muc row mb-3">
<div class="col-4"><a href="{_post_link(st)}"><img class="img-fluid" src="{_thumb(st)}" alt="{rz(_shown_title(st))}" /></a></div>
<div class="col-8">
<h3 class="tin-td"><a href="{_post_link(st)}">{rz(_shown_title(st))}</a></h3>
<div class="tin-ngay text-muted"><i class="far fa-calendar"></i> {vn_day(st.opts["pub"])} | <a href="/tin-tuc/category/{st.cat}">{rz(CATS[st.cat])}</a></div>
<p class="tin-tt">{rz(_excerpt(st))}</p>
<a class="xem-tiep" href="{_post_link(st)}">Xem tiếp &#xBB;</a>
</div>
</div>"""


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def li(label: str, target: int | None, active: bool = False) -> str:
        if target is None:
            return f'<li class="page-item disabled"><span class="page-link">{label}</span></li>'
        if active:
            return f'<li class="page-item active"><span class="page-link">{label}</span></li>'
        return f'<li class="page-item"><a class="page-link" href="{base}/page/{target}">{label}</a></li>'

    items = [li("&#xAB;", 1 if page > 1 else None), li("&#x2039;", page - 1 if page > 1 else None)]
    items += [li(str(n), n, n == page) for n in range(1, pages + 1)]
    items += [li("&#x203A;", page + 1 if page < pages else None), li("&#xBB;", pages if page < pages else None)]
    return '<nav class="phan-trang"><ul class="pagination justify-content-center">' + "".join(items) + "</ul></nav>"


def listing_page(request: Request, posts: list[Story], page: int, base: str, heading: str, crumbs: list) -> Response | None:
    pages = max(1, (len(posts) + PAGE_SIZE - 1) // PAGE_SIZE)
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    body = "\n".join(_item(s) for s in chunk) or '<p class="text-muted">Chưa có bài viết nào.</p>'
    suffix = f" - {rz('Trang')} {page}" if page > 1 else ""
    main = f'<h1 class="dm-tieude">{rz(heading)}{suffix}</h1>\n<div class="ds-tin">\n{body}\n</div>\n{_pager(base, page, pages)}'
    canonical = base if page == 1 else f"{base}/page/{page}"
    return _page(request, heading, "/tin-tuc", crumbs, main, canonical=canonical)


# --- start page -------------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    featured = [BY_ID[1], BY_ID[13], BY_ID[7]]
    slides = "\n".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}">'
        # the slider's first link was typed by hand with a trailing slash
        f'<a href="{_post_link(s)}{"/" if s.id == 1 else ""}"><img class="d-block w-100" src="{up(s.opts["hero"], "760x400")}" alt="" /></a>'
        f'<div class="carousel-caption"><h5><a href="{_post_link(s)}{"/" if s.id == 1 else ""}">{rz(_shown_title(s))}</a></h5></div></div>'
        for n, s in enumerate(featured)
    )
    newest = "\n".join(_item(s) for s in ORDERED[:4])
    notices = [s for s in ORDERED if s.cat == "thong-bao"][:3]
    notice_html = "".join(
        f'<li><a href="{_post_link(s)}">{rz(_shown_title(s))}</a> <span class="text-danger small">({vn_day(s.opts["pub"])})</span></li>'
        for s in notices
    )
    cm = [s for s in ORDERED if s.cat == "chuyen-mon"][:2]
    cm_html = "".join(
        f'<div class="col-md-6"><a href="{_post_link(s)}"><img class="img-fluid" src="{_thumb(s)}" alt="" /></a>'
        f'<h6><a href="{_post_link(s)}">{rz(_shown_title(s))}</a></h6></div>'
        for s in cm
    )
    main = f"""<div id="tin-noi-bat" class="carousel slide mb-3" data-bs-ride="carousel">
<div class="carousel-inner">
{slides}
</div>
<button class="carousel-control-prev" type="button" data-bs-target="#tin-noi-bat" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
<button class="carousel-control-next" type="button" data-bs-target="#tin-noi-bat" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>
</div>
<div class="kh-box"><div class="kh-tieude"><a href="/tin-tuc">Tin mới</a></div>
<div class="kh-nd">
{newest}
<div class="text-end"><a href="/tin-tuc">Xem tất cả &#xBB;</a></div>
</div></div>
<div class="row">
<div class="col-md-6"><div class="kh-box"><div class="kh-tieude"><a href="/tin-tuc/category/thong-bao">Thông báo</a></div>
<div class="kh-nd"><ul class="list-unstyled">{notice_html}</ul></div></div></div>
<div class="col-md-6"><div class="kh-box"><div class="kh-tieude"><a href="/van-ban">Văn bản mới</a></div>
<div class="kh-nd"><ul class="list-unstyled">{"".join(f'<li><a href="/van-ban/{d["slug"]}">{rz(d["so"])}</a> - {rz(d["trich"])}</li>' for d in DOCS[:2])}</ul></div></div></div>
</div>
<div class="kh-box"><div class="kh-tieude"><a href="/tin-tuc/category/chuyen-mon">Chuyên môn - Nghiệp vụ</a></div>
<div class="kh-nd row">{cm_html}</div></div>
<div class="row">
<div class="col-md-6"><div class="kh-box"><div class="kh-tieude"><a href="/thu-vien-anh">Thư viện ảnh</a></div>
<div class="kh-nd"><a href="{ALBUM}"><img class="img-fluid" src="{up("album-hkpd-2026-bia", "360x240")}" alt="" /></a>
<p><a href="{ALBUM}">Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027</a></p></div></div></div>
<div class="col-md-6"><div class="kh-box"><div class="kh-tieude"><a href="/video">Video</a></div>
<div class="kh-nd"><a href="{VIDEO}"><img class="img-fluid" src="{up("video-2011-bia", "360x240")}" alt="" /></a>
<p><a href="{VIDEO}">Phóng sự: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</a></p></div></div></div>
</div>"""
    return _page(request, "Trang chủ", "/", [(None, "Tin mới")], main, canonical="/")


# --- pages that are not articles --------------------------------------------------------------


def intro_page(request: Request) -> Response:
    main = f"""<div class="trang-piranha">
<h1 class="tr-tieude">{rz("Giới thiệu chung")}</h1>
<div class="block html-block">
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Hương Khê là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Hà Tĩnh.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, toàn huyện có 65 trường học trực thuộc, trong đó 22 trường mầm non, 26 trường tiểu học, 17 trường trung học cơ sở với hơn 21.000 học sinh và 1.650 cán bộ, giáo viên, nhân viên. Tỷ lệ trường đạt chuẩn quốc gia đạt 89,2%.</p>
</div>
<div class="block image-block"><img class="img-fluid" src="{up("tru-so-pgd-huong-khe")}" alt="Trụ sở" /></div>
<div class="block html-block" id="co-cau-to-chuc">
<h3><strong>Cơ cấu tổ chức</strong></h3>
<ul>
<li>Trưởng phòng: Ông Nguyễn Văn Thắng - ĐT: 0912.345.678</li>
<li>Phó Trưởng phòng: Bà Phan Thị Lan - phụ trách bậc Mầm non, Tiểu học</li>
<li>Phó Trưởng phòng: Ông Hồ Đức Minh - phụ trách bậc THCS, công tác phổ cập</li>
<li>Các bộ phận: Văn phòng, Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Kế hoạch - Tài chính</li>
</ul>
</div>
</div>"""
    return _page(request, "Giới thiệu chung", "/gioi-thieu", [(None, "Giới thiệu chung")], main, canonical="/gioi-thieu")


def contact_page(request: Request) -> Response:
    token = opaque("lienhe", 90, b"\x09")
    main = f"""<div class="trang-piranha">
<h1 class="tr-tieude">{rz("Liên hệ")}</h1>
<div class="block html-block">
<table class="table table-borderless"><tbody>
<tr><td><strong>Cơ quan:</strong></td><td>Phòng Giáo dục và Đào tạo huyện Hương Khê</td></tr>
<tr><td><strong>Địa chỉ:</strong></td><td>Khối 10, thị trấn Hương Khê, huyện Hương Khê, tỉnh Hà Tĩnh</td></tr>
<tr><td><strong>Điện thoại:</strong></td><td>0239.3871.256 - Fax: 0239.3871.257</td></tr>
<tr><td><strong>Email:</strong></td><td><a href="mailto:pgdhuongkhe@hatinh.edu.vn">pgdhuongkhe@hatinh.edu.vn</a></td></tr>
</tbody></table>
</div>
<div class="ban-do"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3800!2d105.71!3d18.18" width="100%" height="300" style="border:0" loading="lazy"></iframe></div>
<form method="post" action="/lien-he" class="lh-form">
<div class="mb-2"><input class="form-control" name="HoTen" placeholder="Họ và tên *" /></div>
<div class="mb-2"><input class="form-control" name="Email" placeholder="Email *" /></div>
<div class="mb-2"><input class="form-control" name="TieuDe" placeholder="Tiêu đề" /></div>
<div class="mb-2"><textarea class="form-control" name="NoiDung" rows="4" placeholder="Nội dung"></textarea></div>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{token}" />
<button class="btn btn-primary" type="submit">Gửi liên hệ</button>
</form>
</div>"""
    return _page(request, "Liên hệ", "/lien-he", [(None, "Liên hệ")], main, canonical="/lien-he")


_SCHEDULE = [
    ("Thứ Hai 30/11", "Sáng", "Giao ban lãnh đạo Phòng", "Lãnh đạo Phòng, Văn phòng", "Phòng họp"),
    ("Thứ Hai 30/11", "Chiều", "Dự giờ hội thi GVDG Tiểu học", "Tổ Tiểu học", "TH Hương Long"),
    ("Thứ Ba 01/12", "Cả ngày", "Hội khỏe Phù Đổng cấp huyện (khai mạc 7h30)", "Lãnh đạo Phòng, Tổ THCS", "Sân vận động huyện"),
    ("Thứ Tư 02/12", "Cả ngày", "Hội khỏe Phù Đổng cấp huyện", "Tổ THCS, Tổ Tiểu học", "Sân vận động huyện"),
    ("Thứ Năm 03/12", "Chiều", "Bế mạc Hội khỏe Phù Đổng", "Ông Thắng - TP", "Sân vận động huyện"),
    ("Thứ Sáu 04/12", "Chiều", "Hội nghị giao ban hiệu trưởng tháng 12", "Lãnh đạo Phòng, hiệu trưởng các trường", "Hội trường UBND huyện"),
    ("Thứ Bảy 05/12", "Sáng", "Trực cơ quan", "Bà Lan - PTP", "Cơ quan"),
]


def schedule_page(request: Request) -> Response:
    rows = "".join(f"<tr><td>{rz(d)}</td><td>{rz(b)}</td><td>{rz(c)}</td><td>{rz(tp)}</td><td>{rz(dd)}</td></tr>" for d, b, c, tp, dd in _SCHEDULE)
    main = f"""<div class="trang-piranha">
<h1 class="tr-tieude">{rz("Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)")}</h1>
<div class="lct-dieu-huong"><a href="#" class="btn btn-sm btn-light" onclick="taiLich(48);return false;">&#xAB; Tuần trước</a>
<a href="#" class="btn btn-sm btn-light" onclick="taiLich(50);return false;">Tuần sau &#xBB;</a></div>
<table class="table table-bordered lct"><thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Thành phần</th><th>Địa điểm</th></tr></thead>
<tbody>{rows}</tbody></table>
<p class="small text-muted">Lịch có thể thay đổi, đề nghị các bộ phận theo dõi thường xuyên.</p>
</div>"""
    return _page(request, "Lịch công tác", "/lich-cong-tac", [(None, "Lịch công tác")], main, canonical="/lich-cong-tac")


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{rz(d["so"])}</td><td>{d["ngay"]}</td><td><a href="/van-ban/{d["slug"]}">{rz(d["trich"])}</a></td>'
        f'<td><a href="/uploads/{guid("file:" + d["file"])}/{d["file"]}"><i class="fa fa-download"></i></a></td></tr>'
        for d in DOCS
    )
    main = f"""<h1 class="dm-tieude">{rz("Văn bản")}</h1>
<table class="table table-striped ds-vanban"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return _page(request, "Văn bản", "/van-ban", [(None, "Văn bản")], main, canonical="/van-ban")


def doc_page(request: Request, d: dict) -> Response:
    href = f'/uploads/{guid("file:" + d["file"])}/{d["file"]}'
    main = f"""<div class="vb-chitiet">
<h1 class="tr-tieude">{rz(d["trich"])}</h1>
<table class="table table-bordered"><tbody>
<tr><th>Số/Ký hiệu</th><td>{rz(d["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{rz(d["loai"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
<tr><th>Người ký</th><td>{rz(d["ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{rz(d["trich"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{href}"><i class="fa fa-file-pdf"></i> {d["file"]}</a></td></tr>
</tbody></table>
</div>"""
    return _page(request, d["trich"], "/van-ban", [("/van-ban", "Văn bản"), (None, d["so"])], main, canonical=f"/van-ban/{d['slug']}")


_ALBUM_PHOTOS = [
    ("album-hkpd-1", "Lễ khai mạc Hội khỏe Phù Đổng cấp huyện"),
    ("album-hkpd-2", "Nội dung nhảy xa nam khối THCS"),
    ("album-hkpd-3", "Thi đấu cờ vua khối Tiểu học"),
    ("album-hkpd-4", "Đội bóng đá nam Trường THCS Hương Long"),
    ("album-hkpd-5", "Trao huy chương cho các vận động viên"),
]


def albums_page(request: Request) -> Response:
    main = f"""<h1 class="dm-tieude">{rz("Thư viện ảnh")}</h1>
<div class="row">
<div class="col-md-4"><a href="{ALBUM}"><img class="img-fluid" src="{up("album-hkpd-2026-bia", "360x240")}" alt="" /></a>
<p><a href="{ALBUM}">Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027</a> ({len(_ALBUM_PHOTOS)} ảnh)</p></div>
</div>"""
    return _page(request, "Thư viện ảnh", "/thu-vien-anh", [(None, "Thư viện ảnh")], main, canonical="/thu-vien-anh")


def album_page(request: Request) -> Response:
    photos = "\n".join(
        f'<div class="col-md-4 mb-3"><a href="{up(n, "1200x0")}" data-fancybox="album"><img class="img-fluid" src="{up(n, "360x240")}" alt="" /></a>'
        f'<p class="small">{rz(c)}</p></div>'
        for n, c in _ALBUM_PHOTOS
    )
    main = f"""<div class="trang-piranha">
<h1 class="tr-tieude">{rz("Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027")}</h1>
<div class="block image-gallery-block"><div class="row">
{photos}
</div></div>
</div>"""
    return _page(request, "Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027", "/thu-vien-anh", [("/thu-vien-anh", "Thư viện ảnh"), (None, "Hội khỏe Phù Đổng 2026")], main, canonical=ALBUM)


def videos_page(request: Request) -> Response:
    main = f"""<h1 class="dm-tieude">Video clip</h1>
<div class="row"><div class="col-md-6"><a href="{VIDEO}"><img class="img-fluid" src="{up("video-2011-bia", "360x240")}" alt="" /></a>
<p><a href="{VIDEO}">Phóng sự: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</a></p></div></div>"""
    return _page(request, "Video clip", "/thu-vien-anh", [(None, "Video clip")], main, canonical="/video")


def video_page(request: Request) -> Response:
    main = f"""<div class="trang-piranha">
<h1 class="tr-tieude">{rz("Phóng sự: Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11")}</h1>
<div class="block video-block"><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/Xq3mH8pLk2Q" title="YouTube video" allowfullscreen></iframe></div></div>
<div class="block html-block"><p>Phóng sự của Trung tâm Văn hóa - Truyền thông huyện về các hoạt động chào mừng Ngày Nhà giáo Việt Nam của ngành Giáo dục Hương Khê.</p></div>
</div>"""
    return _page(request, "Video", "/thu-vien-anh", [("/video", "Video clip"), (None, "Phóng sự 20/11")], main, canonical=VIDEO)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if q:
        key = unicodedata.normalize("NFC", q).lower()
        hits = [s for s in ORDERED if key in s.title.lower()]
        body = "\n".join(_item(s) for s in hits) or f"<p>{rz('Không tìm thấy kết quả phù hợp.')}</p>"
        head = f'Kết quả tìm kiếm cho &quot;{rz(q)}&quot; ({len(hits)})'
    else:
        body = f"<p>{rz('Vui lòng nhập từ khóa cần tìm.')}</p>"
        head = rz("Tìm kiếm")
    main = f'<h1 class="dm-tieude">{head}</h1>\n<div class="ds-tin">{body}</div>'
    return _page(request, "Tìm kiếm", "/", [(None, "Tìm kiếm")], main, extra='<meta name="robots" content="noindex" />\n')


def sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = ["/", "/gioi-thieu", "/tin-tuc", "/van-ban", "/lich-cong-tac", "/thu-vien-anh", "/video", "/lien-he"]
    urls += [_post_link(s) for s in ORDERED]
    body = '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    body += "".join(f"<url><loc>{base}{u}</loc></url>\n" for u in urls)
    body += "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


# --- the site ---------------------------------------------------------------------------------

_DOCS_BY_SLUG = {d["slug"]: d for d in DOCS}
_FILES = {
    ".pdf": ("application/pdf", PDF),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04 docx placeholder"),
}


class PiranhaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/lib/")) or path == "/favicon.ico":
            for ext, (ctype, data) in _FILES.items():
                if path.lower().endswith(ext):
                    return Response(200, data, {"Content-Type": ctype})
            return static_file(path)
        if request.method == "POST":
            return self._post(request)
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nDisallow: /manager/\nSitemap: {base_url(request)}/sitemap.xml\n", {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return sitemap(request)
        if len(path) > 1:
            path = path.rstrip("/") or "/"
        if path == "/":
            return home_page(request)
        if path == "/post":
            st = BY_GUID.get(request.params.get("id", ""))
            return post_page(request, st) if st else None
        pages = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/lich-cong-tac": schedule_page,
            "/van-ban": docs_page,
            "/thu-vien-anh": albums_page,
            "/video": videos_page,
            "/tim-kiem": search_page,
        }
        if path in pages:
            return pages[path](request)
        if path == ALBUM:
            return album_page(request)
        if path == VIDEO:
            return video_page(request)
        if path.startswith("/van-ban/"):
            d = _DOCS_BY_SLUG.get(path[len("/van-ban/") :])
            return doc_page(request, d) if d else None
        if path == "/tin-tuc" or path.startswith("/tin-tuc/"):
            return self._blog(request, path[len("/tin-tuc") :].strip("/"))
        return None

    def _post(self, request: Request) -> Response | None:
        path = request.path.rstrip("/")
        if path == "/lien-he":
            return redirect("/lien-he")
        if path == "/binh-chon":
            return redirect("/")
        slug = path[len("/tin-tuc/") :] if path.startswith("/tin-tuc/") else ""
        if slug in BY_SLUG and request.params.get("handler") == "SaveComment":
            return redirect(f"/tin-tuc/{slug}#binh-luan")
        return None

    def _blog(self, request: Request, rest: str) -> Response | None:
        parts = rest.split("/") if rest else []
        page = 1
        if len(parts) >= 2 and parts[-2] == "page":
            if not parts[-1].isdigit():
                return None
            page = int(parts[-1])
            parts = parts[:-2]
        crumbs_root = ("/tin-tuc", "Tin tức - Sự kiện")
        if not parts:
            return listing_page(request, ORDERED, page, "/tin-tuc", "Tin tức - Sự kiện", [(None, "Tin tức - Sự kiện")])
        if len(parts) == 2 and parts[0] == "category" and parts[1] in CATS:
            posts = [s for s in ORDERED if s.cat == parts[1]]
            name = CATS[parts[1]]
            return listing_page(request, posts, page, f"/tin-tuc/category/{parts[1]}", name, [crumbs_root, (None, name)])
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS:
            posts = [s for s in ORDERED if parts[1] in s.opts["tags"]]
            name = TAGS[parts[1]]
            return listing_page(request, posts, page, f"/tin-tuc/tag/{parts[1]}", f"Từ khóa: {name}", [crumbs_root, (None, name)])
        if len(parts) == 2 and parts[0] == "2026" and parts[1] in ("10", "11", "12"):
            month = int(parts[1])
            posts = [s for s in ORDERED if s.opts["pub"].month == month]
            return listing_page(request, posts, page, f"/tin-tuc/2026/{parts[1]}", f"Lưu trữ tháng {month}/2026", [crumbs_root, (None, f"Tháng {month}/2026")])
        if len(parts) == 1 and page == 1 and rest.split("/")[-1] != "1":
            slug = parts[0]
            if slug in ALIASES:
                return redirect(f"/tin-tuc/{ALIASES[slug]}", 301)
            st = BY_SLUG.get(slug)
            if st is None:
                return None
            if request.params.get("handler") == "InBai" and st.opts.get("print"):
                return print_page(request, st)
            return post_page(request, st)
        return None


def build_site() -> PiranhaSite:
    return PiranhaSite()


# --- gold -------------------------------------------------------------------------------------


def _alt(st: Story) -> list[str]:
    link = _post_link(st)
    alts = [f"{link}/", f"/post?id={st.opts['guid']}"]
    if st.opts.get("print"):
        alts.append(f"{link}?handler=InBai")
    return alts


GOLD = [gold_record(s, _post_link(s), CATS[s.cat], canonical_path=_post_link(s), alt_paths=_alt(s)) for s in ORDERED]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    *(f"/van-ban/{d['slug']}" for d in DOCS),
    ALBUM,
    VIDEO,
]
