"""Viettel SMAS school portal (ASP.NET MVC) of an upper-secondary school: Trường THPT Thanh Chương 4.

Platform
--------
The public website module ("Cổng thông tin điện tử") that comes with SMAS, the school-management
system a telecom group sells to schools: ASP.NET MVC 4 with jQuery, ``jquery.unobtrusive-ajax``
and PagedList.Mvc, a CKEditor content field, a login panel for teachers and parents (SMAS
accounts), "Sổ liên lạc điện tử" banners. Routes are case-insensitive, as ASP.NET's are.

URL scheme
----------
- ``/``                                           home: "Tin nổi bật" slider, category boxes (Ajax)
- ``/danh-muc/<categoryId>/<slug>``               category shell (friendly alias; menus link it)
- ``/Portal/News?categoryId=<n>``                 the same shell under its controller route
- ``/Portal/News/ListNewsPartial?categoryId=<n>&page=<p>``
                                                  the list itself: an HTML fragment (no <html>),
                                                  4 items a page, PagedList pager (Ajax.ActionLink)
- ``/Portal/Home/NewsBox?categoryId=<n>&top=4``   home box fragment, only named inside a <script>
- ``/bai-viet/<newsId>/<slug>``                   article, friendly alias (any slug is accepted)
- ``/Portal/NewsDetail?newsId=<id>&categoryId=<n>`` article under its controller route; the
                                                  breadcrumb follows ``categoryId`` of the URL
- ``/Portal/Introduce``, ``/Portal/Staff``, ``/Portal/Contact``, ``/Portal/Schedule[?classId=]``
- ``/Portal/Document`` (+ ``/Document/Detail?documentId=``), ``/Portal/Album`` (+ ``/Album/Detail?albumId=``),
  ``/Portal/Video`` (+ ``/Video/Detail?videoId=``), ``/Portal/Search?keyword=``, ``/Account/LogOn``
- ``/UploadFiles/Portal/31245/...``              images and attached files

Page templates
--------------
Every full page: top bar with today's date "Thứ Bảy, 05/12/2026" and a login link, banner with
the school's name in the page's only ``<h1>``, drop-down menu, search form, left column (login
panel with anti-forgery token, SMAS banner, scrolling "Thông báo" marquee), right column ("Tin
mới đăng", "Tin đọc nhiều", website links in a <select>, visitor counter, poll), footer.
Article: breadcrumb ``div.duongdan``, headline ``h2.tde-ct``, meta line ``div.tt-dang``
("Ngày đăng: 04/12/2026 9:05:00 SA | Người đăng: <account> | Lượt xem: n", sometimes a
"Cập nhật" before it), optional sapo ``div.mota-ct``, CKEditor content ``div#dvNoiDung_<id>``,
attachment box ``div.dinhkem``, tools, "CÁC TIN KHÁC" (friendly links, page-1 articles of the
category only).

How each gold article is reached
--------------------------------
Menus link the four category shells; each shell names its list fragment in ``data-url`` and in a
``<noscript>`` link; fragments link articles by friendly alias and page 2 by an Ajax.ActionLink
whose ``href`` is the next fragment. "Tin tức - Sự kiện" has 6 articles: 2809 and 2803 are only
on its page 2 (no sidebar, box or "Các tin khác" links them). The sidebars add duplicates:
"Tin nổi bật" slider -> ``/Portal/NewsDetail?newsId=..&categoryId=1``; "Tin đọc nhiều" (another
vendor widget) -> lower-case ``/portal/newsdetail?newsid=..&categoryid=..``.
A crawl that follows links and GET forms needs 47 page requests (51 if it also fetches the four
home boxes named only in a script); the budget is 3 x (13 + 7) = 60.

Traps
-----
1. Ajax lists: a category page prints no article link; the list is an HTML fragment named in
   ``data-url``/``<noscript>`` and paged by unobtrusive-Ajax links (``data-ajax="true"``).
   Gold: all 13 articles, two of them only through ``ListNewsPartial?categoryId=1046&page=2``;
   fragments and shells are listings, not articles.
2. Three URL forms per article (friendly alias, ``/Portal/NewsDetail?..&categoryId=1`` from the
   slider, lower-case ``/portal/newsdetail?newsid=..`` from "Tin đọc nhiều"), plus a stale slug
   (``/bai-viet/2811/hoi-thi-giao-vien-day-gioi-cap-truong``, typed by an editor in a "Xem thêm"
   line before the title was lengthened). Gold: one record each, path = friendly alias with the
   current slug, the others in ``alt_paths``.
3. Broken canonical: every page prints ``<link rel="canonical" href="http://host/">`` (the
   home page); ``og:url`` is right. Gold: canonical_path = the friendly alias; an article is not
   a duplicate of the home page.
4. Category from the URL: ``/Portal/NewsDetail?newsId=2826&categoryId=1`` prints the breadcrumb
   "Trang chủ » Tin nổi bật". Gold category: the article's own section ("Tin tức - Sự kiện"),
   as the friendly page's breadcrumb prints it.
5. vi-VN ASP.NET dates: "20/11/2026 4:15:00 CH" (CH = afternoon -> 16:15), "9:05:00 SA"
   (morning), "09/11/2026 12:00:00 SA" (midnight -> the day alone), day-first dd/MM/yyyy with
   days <= 12; article 2820 prints "Cập nhật: 11/11/2026 8:30:00 SA" before "Ngày đăng". Gold:
   the "Ngày đăng" stamp, converted as above.
6. Headline: ``<title>`` is the site's name on every page and the only ``<h1>`` is the school
   name; the headline is an ``h2`` among sidebar ``h2`` headings. Gold title: ``h2.tde-ct``.
7. Bylines: "Người đăng: thpttc4.admin" (CMS account) -> nobody; "Tin, ảnh: Thầy Hoàng Văn Tuấn"
   -> "Hoàng Văn Tuấn" in both lists; "ThS. Phan Văn Quang - Phó Bí thư Đoàn trường" -> name
   only; "Tin: Lê Thị Phương Anh (Bí thư Đoàn trường)" -> name only; the unit "Tổ Toán - Tin"
   signs alone and keeps its hyphen; "BBT" -> nobody; "Minh Khôi" + "Theo Báo Nghệ An" ->
   author and source.
8. Captions four ways: a CKEditor layout table (image row + caption row: not body table rows),
   ``<figure>/<figcaption>``, a centred ``<em>`` paragraph after the photo (one in parentheses),
   ``<img><br><i>caption</i>`` in one div. Gold: captions, never body.
9. Text boundaries: the 2822 article goes on after its byline (Word footnotes ``[1]``, ``[2]``
   are its text), ends with a "Xem thêm:" link line (not text); attachment boxes, "CÁC TIN
   KHÁC", the marquee and the login panel are chrome.
10. An official notice (2828) with letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer: body is the text between; date the letterhead's day 2026-11-30 (posted 01/12);
    author the signer "Nguyễn Đình Thắng".
11. Encodings: 2803 is CKEditor entity-encoded (``&agrave;``, ``&#7899;`` mixed with raw UTF-8),
    2818 is decomposed Unicode (NFD); 2806 is a Word paste with ``mso-list:Ignore`` bullets.
    Gold: NFC text without the bullets; a typed "- " stays.
12. Forms: login (POST, anti-forgery token), poll (POST), search (GET), timetable class
    <select> (GET, 12 classes): none leads to an article; the timetable is bounded.

Gold decisions on ambiguous points
----------------------------------
- path = friendly alias with the current slug; ``alt_paths`` = the other URL forms the site
  links (slider, most-read, stale slug). Routes are case-insensitive, any slug works; unlinked
  variants are not listed.
- "Thầy"/"Cô" before a name is a title and is dropped, like "ThS.".
- An emoji in a title or at the end of a sentence is kept ("🎉 Chúc mừng…", "… tốt. 👏👏").
- The letterhead date wins over "Ngày đăng" for the official notice only.
- Word footnotes (``<a name="_ftn1">[1]</a> …``) at the foot of 2822 are body paragraphs, after
  "Tài liệu tham khảo" and its entries; the byline between them is not body.
- "(Chi tiết xem file đính kèm)" in 2820 is a sentence of the text; the "Tệp đính kèm" box is not.
- 2803 prints only a day ("Ngày đăng: 17/10/2026") -> "2026-10-17".
- Summary: the ``div.mota-ct`` sapo (2831, 2826, 2822) or the bold lead paragraph (2815); a bold
  heading "1. Đặt vấn đề" or "Danh sách …" is not a lead; og:description alone is not a sapo.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "viettel_smas_thpt"
PLATFORM = "Viettel SMAS school portal (ASP.NET MVC, Ajax category lists)"
START_PATH = "/"

SCHOOL = "Trường THPT Thanh Chương 4"
TODAY = "Thứ Bảy, 05/12/2026"
UP = "/UploadFiles/Portal/31245"

# category id -> (name, slug, parent menu label or None)
CATS = {
    1046: ("Tin tức - Sự kiện", "tin-tuc-su-kien", "Tin tức"),
    1047: ("Hoạt động Đoàn - Hội", "hoat-dong-doan-hoi", "Tin tức"),
    1049: ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon", "Tin tức"),
    1051: ("Thông báo", "thong-bao", None),
}
FEATURED = 1  # "Tin nổi bật": a flag shown as a category by NewsDetail?categoryId=1
FEATURED_NAME = "Tin nổi bật"
PAGE_SIZE = 4


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _img(day: str, name: str) -> str:
    return f"{UP}/Images/{day}/{name}"


# --- the thirteen articles ------------------------------------------------------------------

S2831 = Story(
    id=2831,
    slug="hoi-thao-chao-mung-82-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam",
    title="Hội thao chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)",
    cat="1046",
    published_at="2026-12-04T09:05:00+07:00",
    summary=(
        "Sáng ngày 04/12/2026, Đoàn trường THPT Thanh Chương 4 phối hợp với tổ Giáo dục thể chất - "
        "Quốc phòng tổ chức Hội thao chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam và "
        "37 năm Ngày hội Quốc phòng toàn dân."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự hội thao có thầy Nguyễn Đình Thắng - Hiệu trưởng nhà trường, đại diện Ban Chỉ huy "
            "Quân sự xã Hạnh Lâm cùng hơn 1.200 đoàn viên, học sinh của 33 chi đoàn."
        ),
        Img(
            _img("2026/12/04", "IMG_20261204_071522.jpg"),
            "Thầy Nguyễn Đình Thắng phát biểu khai mạc hội thao",
            "Thầy Nguyễn Đình Thắng phát biểu khai mạc hội thao",
            style="tbl",
        ),
        P(
            "Hội thao gồm các nội dung: điều lệnh đội ngũ, kéo co, chạy tiếp sức 4x100m và thi tìm hiểu "
            "về truyền thống Quân đội nhân dân Việt Nam. Các nội dung được tổ chức theo từng khối lớp, "
            "bảo đảm an toàn, tiết kiệm."
        ),
        P(
            "Kết quả, giải Nhất toàn đoàn thuộc về chi đoàn 12A3, giải Nhì thuộc về chi đoàn 11A1, giải "
            "Ba thuộc về các chi đoàn 10A5 và 12A7."
        ),
        Img(
            _img("2026/12/04", "IMG_20261204_084037.jpg"),
            "Phần thi kéo co sôi nổi của các chi đoàn khối 11",
            "Phần thi kéo co sôi nổi của các chi đoàn khối 11",
            style="tbl",
        ),
        P(
            "Hội thao là dịp để đoàn viên, học sinh rèn luyện sức khỏe, nâng cao tinh thần đoàn kết và "
            "lòng biết ơn đối với các thế hệ cha anh đã chiến đấu, hy sinh vì độc lập, tự do của Tổ quốc."
        ),
        _right("<strong>Tin: Nguyễn Thị Thu Hà - Ảnh: Trần Đức Mạnh</strong>"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Trần Đức Mạnh"],
    opts={"printed": "04/12/2026 9:05:00 SA", "poster": "thpttc4.admin", "featured": True},
)

S2830 = Story(
    id=2830,
    slug="doan-truong-phat-dong-chuong-trinh-ao-am-mua-dong-se-chia-yeu-thuong-nam-2026",
    title="Đoàn trường phát động chương trình “Áo ấm mùa đông - Sẻ chia yêu thương” năm 2026",
    cat="1047",
    published_at="2026-12-03T19:45:00+07:00",
    blocks=[
        P(
            "Nhằm giúp đỡ các bạn học sinh có hoàn cảnh khó khăn vượt qua mùa đông giá rét, Ban Chấp hành "
            "Đoàn trường phát động chương trình “Áo ấm mùa đông - Sẻ chia yêu thương” đến toàn thể đoàn "
            "viên, thanh niên trong nhà trường."
        ),
        P("Thời gian thực hiện: từ ngày 03/12/2026 đến hết ngày 20/12/2026."),
        P(
            "Hình thức: mỗi chi đoàn quyên góp áo ấm, chăn màn, sách vở và ủng hộ tiền mặt theo tinh thần "
            "tự nguyện.",
            style="br",
        ),
        P(
            "Đoàn trường sẽ tổng hợp, trao tặng trực tiếp cho 45 học sinh có hoàn cảnh đặc biệt khó khăn, "
            "học sinh con em đồng bào dân tộc thiểu số ở các bản vùng cao."
        ),
        Img(
            _img("2026/12/03", "aoam_phatdong.jpg"),
            "Đại diện Ban Chấp hành Đoàn trường phát động chương trình tại buổi chào cờ đầu tuần",
            "Đại diện Ban Chấp hành Đoàn trường phát động chương trình tại buổi chào cờ đầu tuần",
            style="br",
        ),
        P(
            "Mọi sự ủng hộ xin gửi về Văn phòng Đoàn trường (phòng 104, nhà A) hoặc liên hệ đồng chí "
            "Lê Thị Phương Anh, số điện thoại 0912.468.357."
        ),
        _right("<b>Tin: Lê Thị Phương Anh (Bí thư Đoàn trường)</b>"),
    ],
    authors=["Lê Thị Phương Anh"],
    opts={"printed": "03/12/2026 7:45:00 CH", "poster": "doantruong.tc4"},
)

S2829 = Story(
    id=2829,
    slug="chuc-mung-18-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026-2027",
    title="🎉 Chúc mừng 18 học sinh đạt giải Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027",
    cat="1046",
    published_at="2026-12-02T15:40:00+07:00",
    blocks=[
        P(
            "Ngày 01/12/2026, Sở Giáo dục và Đào tạo Nghệ An công bố kết quả Kỳ thi chọn học sinh giỏi "
            "tỉnh lớp 12 THPT năm học 2026 - 2027. Trường THPT Thanh Chương 4 có 18 học sinh đạt giải, "
            "trong đó có 01 giải Nhất, 04 giải Nhì, 06 giải Ba và 07 giải Khuyến khích."
        ),
        P("Danh sách học sinh đạt giải Nhất, Nhì:", style="b"),
        P("TT | Họ và tên | Lớp | Môn thi | Giải", style="th"),
        P("1 | Nguyễn Thị Hồng Nhung | 12A1 | Ngữ văn | Nhất", style="tr"),
        P("2 | Phan Đức Anh | 12A2 | Toán | Nhì", style="tr"),
        P("3 | Trần Bảo Ngọc | 12A1 | Lịch sử | Nhì", style="tr"),
        P("4 | Lê Quang Huy | 12A3 | Vật lí | Nhì", style="tr"),
        P("5 | Hồ Thị Khánh Linh | 12A2 | Tiếng Anh | Nhì", style="tr"),
        Img(
            _img("2026/12/02", "doituyen_hsg12.jpg"),
            "Đội tuyển học sinh giỏi tỉnh lớp 12 cùng các thầy cô giáo bồi dưỡng",
            "Đội tuyển học sinh giỏi tỉnh lớp 12 cùng các thầy cô giáo bồi dưỡng",
            style="em",
        ),
        P(
            "Ban Giám hiệu nhà trường nhiệt liệt chúc mừng các em học sinh đạt giải và các thầy cô giáo "
            "đã tận tâm bồi dưỡng. Kết quả này là nguồn động viên to lớn để thầy và trò nhà trường tiếp "
            "tục thi đua dạy tốt, học tốt. 👏👏"
        ),
        _right("<em><strong>Tổ Văn phòng</strong></em>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"printed": "02/12/2026 3:40:00 CH", "poster": "vanphong_tc4", "featured": True},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT NGHỆ AN<br />'
    "<strong>TRƯỜNG THPT THANH CHƯƠNG 4</strong><br />"
    "<span style=\"font-size: 13px;\">Số: 215/TB-THPTTC4</span></td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
    "<em>Hạnh Lâm, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    '<span style="font-size: 12px;">- Như trên;<br />- Website nhà trường;<br />- Lưu: VT.</span></td>'
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Đình Thắng</strong></td></tr></tbody></table>"
)

S2828 = Story(
    id=2828,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="1051",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 112/KH-THPTTC4 ngày 05/9/2026 của Trường THPT Thanh Chương 4 về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo quy "
            "định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;"
        ),
        P("Nhà trường thông báo lịch tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian kiểm tra", style="b"),
        P("- Khối 12: từ ngày 21/12/2026 đến ngày 24/12/2026."),
        P("- Khối 10 và khối 11: từ ngày 23/12/2026 đến ngày 26/12/2026."),
        P("2. Hình thức kiểm tra", style="b"),
        P(
            "- Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo đề chung của trường; các môn còn "
            "lại kiểm tra tại lớp theo kế hoạch của tổ chuyên môn."
        ),
        P("3. Tổ chức thực hiện", style="b"),
        P(
            "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; các tổ chuyên môn hoàn thành "
            "ra đề, nộp về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 15/12/2026. Đề nghị các bộ "
            "phận, cá nhân nghiêm túc thực hiện./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Đình Thắng"],
    opts={"printed": "01/12/2026 7:45:00 SA", "poster": "vanphong_tc4"},
)

S2826 = Story(
    id=2826,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="1046",
    published_at="2026-11-20T16:15:00+07:00",
    summary=(
        "Sáng 20/11, Trường THPT Thanh Chương 4 long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 - 20/11/2026) trong không khí ấm áp, trang trọng."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Hạnh Lâm, Ban đại diện cha mẹ học "
            "sinh, các thầy cô giáo đã nghỉ hưu qua các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân "
            "viên và học sinh nhà trường."
        ),
        Img(
            _img("2026/11/20", "le2011_01.jpg"),
            "(Thầy Nguyễn Đình Thắng - Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
            "Thầy Nguyễn Đình Thắng - Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            style="em",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Đình Thắng ôn lại truyền thống vẻ vang của ngành Giáo dục "
            "và những thành tích nổi bật của nhà trường trong năm học 2025 - 2026: tỷ lệ tốt nghiệp THPT "
            "đạt 99,6%, có 27 học sinh đạt giải học sinh giỏi cấp tỉnh, 04 đề tài khoa học kỹ thuật đạt "
            "giải cấp tỉnh."
        ),
        P(
            "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
            "theo”, thầy Hiệu trưởng nhấn mạnh.",
            style="quote",
        ),
        Img(
            _img("2026/11/20", "le2011_02.jpg"),
            "Học sinh tặng hoa chúc mừng các thầy cô giáo",
            "Học sinh tặng hoa chúc mừng các thầy cô giáo",
            style="em",
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
            "thi đua “Dạy tốt - Học tốt” và trao 20 suất học bổng “Vượt khó học giỏi” cho học sinh có "
            "hoàn cảnh khó khăn."
        ),
        Img(_img("2026/11/20", "le2011_03.jpg")),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng, để lại nhiều "
            "cảm xúc cho thầy và trò nhà trường."
        ),
        _right("<strong>Tin, ảnh: Thầy Hoàng Văn Tuấn</strong>"),
    ],
    authors=["Hoàng Văn Tuấn"],
    photographers=["Hoàng Văn Tuấn"],
    opts={"printed": "20/11/2026 4:15:00 CH", "poster": "hoangtuan.tc4", "featured": True},
)

_FN = (
    '<a href="#_ftn{n}" name="_ftnref{n}" title=""><sup><span style="font-size:11.0pt;'
    "line-height:115%;font-family:&quot;Times New Roman&quot;,serif\">[{n}]</span></sup></a>"
)

S2822 = Story(
    id=2822,
    slug="chuyen-de-van-dung-mo-hinh-lop-hoc-dao-nguoc-trong-day-hoc-mon-ngu-van-lop-11",
    title="Chuyên đề: Vận dụng mô hình lớp học đảo ngược trong dạy học môn Ngữ văn lớp 11",
    cat="1049",
    published_at="2026-11-14T10:10:00+07:00",
    summary=(
        "Ngày 12/11/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học với chuyên đề "
        "“Vận dụng mô hình lớp học đảo ngược trong dạy học môn Ngữ văn lớp 11”."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Đặt vấn đề", style="b"),
        P(
            "Chương trình giáo dục phổ thông 2018 đặt ra yêu cầu chuyển mạnh từ dạy học truyền thụ kiến "
            "thức sang phát triển phẩm chất, năng lực người học.[1] Trong bối cảnh đó, mô hình lớp học "
            "đảo ngược (flipped classroom) được nhiều giáo viên lựa chọn vì giúp học sinh chủ động tiếp "
            "cận bài học trước khi lên lớp.[2]",
            style="fn",
        ),
        P("2. Nội dung chuyên đề", style="b"),
        P(
            "Tiết dạy minh họa bài “Tràng giang” (Huy Cận) do cô Trần Thị Minh Nguyệt thực hiện tại lớp "
            "11A4. Trước giờ học, học sinh xem video bài giảng, đọc tài liệu trên hệ thống học trực tuyến "
            "và hoàn thành phiếu học tập."
        ),
        P(
            "Trên lớp, giáo viên tổ chức cho học sinh thảo luận nhóm, trình bày sản phẩm và phản biện; "
            "thời gian dành cho giảng giải của giáo viên giảm còn khoảng 10 phút."
        ),
        Img(
            _img("2026/11/12", "chuyende_nv11_a4.jpg"),
            "Học sinh lớp 11A4 trình bày sản phẩm nhóm",
            "Học sinh lớp 11A4 trình bày sản phẩm nhóm",
            style="em",
        ),
        P("3. Kết luận", style="b"),
        P(
            "Qua thảo luận, các thành viên trong tổ thống nhất vận dụng mô hình lớp học đảo ngược ở một số "
            "bài học phù hợp trong học kỳ I, đồng thời xây dựng kho học liệu số dùng chung của tổ."
        ),
        P("Tài liệu tham khảo", style="b"),
        P(
            "1. Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể, "
            "Hà Nội."
        ),
        P(
            "2. Bergmann, J. & Sams, A. (2012), Flip Your Classroom: Reach Every Student in Every Class "
            "Every Day, ISTE."
        ),
        _right("<strong>ThS. Trần Thị Minh Nguyệt - Tổ trưởng Tổ Ngữ văn</strong>"),
        Raw('<div style="mso-element:footnote-list"><br clear="all" /><hr align="left" size="1" width="33%" />'),
        P("[1] Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ Giáo dục và Đào tạo.", style="ftn"),
        P(
            "[2] Nguyễn Văn Tuấn (2020), Dạy học theo mô hình lớp học đảo ngược, Tạp chí Giáo dục, số 480.",
            style="ftn",
        ),
        Raw("</div>"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/bai-viet/2811/hoi-thi-giao-vien-day-gioi-cap-truong">'
            "Hội thi giáo viên dạy giỏi cấp trường</a></p>"
        ),
    ],
    authors=["Trần Thị Minh Nguyệt"],
    opts={
        "printed": "14/11/2026 10:10:00 SA",
        "poster": "tonguvan.tc4",
        "attach": [("ChuyenDe_LopHocDaoNguoc_NV11.pdf", "Chuyên đề lớp học đảo ngược - Ngữ văn 11")],
    },
)

S2820 = Story(
    id=2820,
    slug="thong-bao-to-chuc-ngay-hoi-doc-sach-va-quyen-gop-sach-cho-thu-vien-nha-truong",
    title="Thông báo tổ chức Ngày hội đọc sách và quyên góp sách cho Thư viện nhà trường",
    cat="1051",
    published_at="2026-11-10T14:20:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch xây dựng văn hóa đọc trong trường học năm học 2026 - 2027, Thư viện nhà "
            "trường phối hợp với Đoàn trường tổ chức Ngày hội đọc sách vào sáng thứ Bảy, ngày 21/11/2026 "
            "tại sân trường."
        ),
        P(
            "Nhà trường kêu gọi cán bộ, giáo viên và học sinh quyên góp sách tham khảo, sách văn học, "
            "truyện thiếu nhi còn sử dụng được để bổ sung cho tủ sách dùng chung. Sách quyên góp nộp tại "
            "Thư viện (tầng 1, nhà B) trước ngày 19/11/2026."
        ),
        P("(Chi tiết xem file đính kèm)", style="i"),
    ],
    opts={
        "printed": "10/11/2026 2:20:00 CH",
        "updated": "11/11/2026 8:30:00 SA",
        "poster": "thuvien_tc4",
        "attach": [("TB_NgayHoiDocSach_2026.pdf", "Thông báo Ngày hội đọc sách năm 2026")],
    },
)

S2818 = Story(
    id=2818,
    slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    cat="1046",
    published_at="2026-11-09",
    blocks=[
        P(
            "Chiều ngày 08/11/2026, Trường THPT Thanh Chương 4 tổ chức Hội nghị cha mẹ học sinh giữa học "
            "kỳ I năm học 2026 - 2027 tại 33 lớp học."
        ),
        P(
            "Tại hội nghị, giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của từng "
            "học sinh; phổ biến kế hoạch ôn tập, kiểm tra cuối học kỳ và các quy định về an toàn giao "
            "thông, phòng chống bạo lực học đường."
        ),
        P(
            "Cha mẹ học sinh được hướng dẫn cài đặt, sử dụng ứng dụng SMAS để theo dõi điểm số, điểm danh "
            "và nhận thông báo của nhà trường qua điện thoại."
        ),
        Img(
            _img("2026/11/08", "hoinghi_cmhs_10a2.jpg"),
            "Cha mẹ học sinh lớp 10A2 trao đổi với giáo viên chủ nhiệm",
            "Cha mẹ học sinh lớp 10A2 trao đổi với giáo viên chủ nhiệm",
            style="em",
        ),
        P(
            "Hội nghị đã ghi nhận 26 ý kiến đóng góp của cha mẹ học sinh về công tác bán trú, giờ giấc đưa "
            "đón và việc tổ chức dạy thêm, học thêm. Các ý kiến đã được Ban Giám hiệu tiếp thu, giải đáp."
        ),
        _right("<strong>BBT</strong>"),
    ],
    opts={"printed": "09/11/2026 12:00:00 SA", "poster": "thpttc4.admin", "enc": "nfd"},
)

S2815 = Story(
    id=2815,
    slug="chung-ket-cuoc-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Chung kết cuộc thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="1047",
    published_at="2026-11-05T14:05:00+07:00",
    summary=(
        "Sáng ngày 05/11/2026, Đoàn trường tổ chức vòng chung kết cuộc thi “Rung chuông vàng” với sự "
        "tham gia của 100 thí sinh đến từ các chi đoàn khối 10 và khối 11."
    ),
    blocks=[
        P(
            "Sáng ngày 05/11/2026, Đoàn trường tổ chức vòng chung kết cuộc thi “Rung chuông vàng” với sự "
            "tham gia của 100 thí sinh đến từ các chi đoàn khối 10 và khối 11.",
            style="lead",
        ),
        P(
            "Các câu hỏi của cuộc thi xoay quanh kiến thức các môn học, lịch sử truyền thống của nhà "
            "trường, hiểu biết xã hội và kỹ năng sống. Sau 20 câu hỏi, thí sinh Nguyễn Khánh Vy (lớp "
            "11A1) đã xuất sắc trở thành người duy nhất trả lời đúng tất cả các câu hỏi và rung chuông vàng."
        ),
        Img(
            _img("2026/11/05", "rcv2026_toancanh.jpg"),
            "Toàn cảnh vòng chung kết cuộc thi",
            "Toàn cảnh vòng chung kết cuộc thi",
            style="fig",
        ),
        Img(
            _img("2026/11/05", "rcv2026_traogiai.jpg"),
            "Ban tổ chức trao giải cho thí sinh Nguyễn Khánh Vy",
            "Ban tổ chức trao giải cho thí sinh Nguyễn Khánh Vy",
            style="fig",
        ),
        P(
            "Cuộc thi tạo sân chơi bổ ích, giúp học sinh củng cố kiến thức, rèn luyện bản lĩnh và tinh "
            "thần tự tin trước đông người."
        ),
        _right("<strong>ThS. Phan Văn Quang - Phó Bí thư Đoàn trường</strong>"),
    ],
    authors=["Phan Văn Quang"],
    opts={"printed": "05/11/2026 2:05:00 CH", "poster": "doantruong.tc4"},
)

S2811 = Story(
    id=2811,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="1049",
    published_at="2026-10-28T15:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 19/10 đến ngày 27/10/2026, Trường THPT Thanh Chương 4 tổ chức Hội thi giáo viên dạy "
            "giỏi cấp trường năm học 2026 - 2027 với 21 giáo viên tham gia thuộc 7 tổ chuyên môn."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng cao chất "
            "lượng giảng dạy. Ban giám khảo gồm các đồng chí trong Ban Giám hiệu và tổ trưởng chuyên môn."
        ),
        P(
            "Kết quả, có 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó Tổ Toán - Tin "
            "có 4 giáo viên đạt giải, xếp thứ nhất toàn trường."
        ),
        Img(
            _img("2026/10/27", "gvdg_toantin.jpg"),
            "Cô Đặng Thị Lan Hương (Tổ Toán - Tin) trong tiết dạy thi",
            "Cô Đặng Thị Lan Hương (Tổ Toán - Tin) trong tiết dạy thi",
            style="em",
        ),
        P(
            "Hội thi là dịp để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học theo định hướng "
            "phát triển năng lực học sinh, đồng thời lựa chọn giáo viên tham dự Hội thi cấp tỉnh."
        ),
        Raw('<div style="text-align: right;"><b>Tổ Toán - Tin</b></div>'),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "printed": "28/10/2026 3:00:00 CH",
        "poster": "thpttc4.admin",
        "old_slug": "hoi-thi-giao-vien-day-gioi-cap-truong",
    },
)

S2809 = Story(
    id=2809,
    slug="so-gd-dt-nghe-an-kiem-tra-cong-tac-dau-nam-hoc-tai-cac-truong-thpt-khu-vuc-thanh-chuong",
    title="Sở GD&ĐT Nghệ An kiểm tra công tác đầu năm học tại các trường THPT khu vực Thanh Chương",
    cat="1046",
    published_at="2026-10-24T10:20:00+07:00",
    blocks=[
        P(
            "Ngày 23/10/2026, đoàn công tác của Sở GD&ĐT Nghệ An do đồng chí Phó Giám đốc Sở làm trưởng "
            "đoàn đã kiểm tra công tác đầu năm học 2026 - 2027 tại Trường THPT Thanh Chương 4 và một số "
            "trường THPT trên địa bàn."
        ),
        P(
            "Theo kế hoạch, đoàn kiểm tra hồ sơ quản lý, việc thực hiện chương trình giáo dục phổ thông "
            "2018, công tác chuyển đổi số và việc sử dụng sổ điểm điện tử, học bạ số trong nhà trường."
        ),
        P(
            "Đoàn ghi nhận Trường THPT Thanh Chương 4 đã triển khai đồng bộ hệ thống quản lý trường học, "
            "100% giáo viên sử dụng sổ điểm điện tử; cơ sở vật chất được tu sửa, bảo đảm cho năm học mới."
        ),
        Img(
            _img("2026/10/23", "doankiemtra_so.jpg"),
            "Đoàn công tác của Sở GD&ĐT làm việc với nhà trường",
            "Đoàn công tác của Sở GD&ĐT làm việc với nhà trường",
            style="tbl",
        ),
        P(
            "Kết luận buổi kiểm tra, trưởng đoàn đề nghị nhà trường tiếp tục nâng cao chất lượng giáo dục "
            "mũi nhọn, quan tâm công tác tư vấn tâm lý học đường và giáo dục kỹ năng sống cho học sinh."
        ),
        _right("<strong>Minh Khôi</strong>"),
        _right("<em>Theo Báo Nghệ An</em>"),
    ],
    authors=["Minh Khôi"],
    source="Báo Nghệ An",
    opts={"printed": "24/10/2026 10:20:00 SA", "poster": "thpttc4.admin"},
)

S2806 = Story(
    id=2806,
    slug="tuoi-tre-thanh-chuong-4-ra-quan-ngay-chu-nhat-xanh-bao-ve-moi-truong",
    title="Tuổi trẻ Thanh Chương 4 ra quân “Ngày Chủ nhật xanh” bảo vệ môi trường",
    cat="1047",
    published_at="2026-10-18T09:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, sáng Chủ nhật ngày "
            "18/10/2026, hơn 600 đoàn viên của Đoàn trường THPT Thanh Chương 4 đã ra quân làm vệ sinh "
            "môi trường tại khuôn viên nhà trường và các tuyến đường lân cận.",
            style="mso0",
        ),
        P("Các nội dung chính của đợt ra quân:", style="msob"),
        P("Thu gom rác thải, phát quang bụi rậm dọc tuyến đường liên xã trước cổng trường;", style="mso"),
        P("Trồng mới 120 cây xanh và chăm sóc vườn hoa của các chi đoàn;", style="mso"),
        P("Tuyên truyền hạn chế sử dụng túi ni lông và đồ nhựa dùng một lần.", style="mso"),
        P(
            "- Mỗi chi đoàn đăng ký ít nhất một công trình thanh niên “Lớp học xanh - sạch - đẹp” trong "
            "học kỳ I.",
            style="mso0",
        ),
        Img(
            _img("2026/10/18", "chunhatxanh_01.jpg"),
            "Đoàn viên thu gom rác thải trên tuyến đường trước cổng trường",
            "Đoàn viên thu gom rác thải trên tuyến đường trước cổng trường",
            style="em",
        ),
        P(
            "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan trường học xanh - "
            "sạch - đẹp và an toàn.",
            style="mso0",
        ),
        _right('<b><span lang="VI">Nguyễn Hữu Lộc - Lớp 11A2</span></b>'),
    ],
    authors=["Nguyễn Hữu Lộc"],
    opts={"printed": "18/10/2026 9:00:00 SA", "poster": "doantruong.tc4"},
)

S2803 = Story(
    id=2803,
    slug="toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam-20-10",
    title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10",
    cat="1046",
    published_at="2026-10-17",
    blocks=[
        P(
            "Chiều ngày 16/10/2026, Công đoàn Trường THPT Thanh Chương 4 tổ chức buổi tọa đàm kỷ niệm 96 "
            "năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."
        ),
        P(
            "Tại buổi tọa đàm, các nữ cán bộ, giáo viên, nhân viên đã cùng ôn lại truyền thống của Hội Liên "
            "hiệp Phụ nữ Việt Nam, chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và chăm sóc "
            "gia đình."
        ),
        P(
            "Nhà trường hiện có 58 nữ cán bộ, giáo viên, nhân viên, chiếm 64% tổng số cán bộ, giáo viên, "
            "nhân viên; nhiều chị em đạt danh hiệu giáo viên dạy giỏi các cấp và chiến sĩ thi đua cơ sở."
        ),
        Img(
            _img("2026/10/16", "toadam_2010_01.jpg"),
            "Các nữ cán bộ, giáo viên chụp ảnh lưu niệm tại buổi tọa đàm",
            "Các nữ cán bộ, giáo viên chụp ảnh lưu niệm tại buổi tọa đàm",
            style="em",
        ),
        P(
            "Dịp này, Công đoàn trường đã tặng quà cho 58 nữ đoàn viên và tổ chức chương trình văn nghệ "
            "chào mừng."
        ),
        _right("<em>Công đoàn trường</em>"),
    ],
    authors=["Công đoàn trường"],
    opts={"printed": "17/10/2026", "poster": "congdoan_tc4", "enc": "entities"},
)

STORIES: list[Story] = [
    S2831, S2830, S2829, S2828, S2826, S2822, S2820, S2818, S2815, S2811, S2809, S2806, S2803,
]
BY_ID = {s.id: s for s in STORIES}

# "Tin đọc nhiều" (most read), printed with lower-case routes by its widget
MOST_READ = [2826, 2815, 2822, 2818, 2830]


def _cat(story: Story) -> int:
    return int(story.cat)


def in_cat(cat: int) -> list[Story]:
    """Newest first, as the lists order them."""
    if cat == FEATURED:
        items = [s for s in STORIES if s.opts.get("featured")]
    else:
        items = [s for s in STORIES if _cat(s) == cat]
    return sorted(items, key=lambda s: (_sort_key(s), s.id), reverse=True)


def _sort_key(story: Story) -> str:
    day, _, clock = story.opts["printed"].partition(" ")
    d, m, y = day.split("/")
    return f"{y}{m}{d}{clock}"


def friendly(story: Story, slug: str | None = None) -> str:
    return f"/bai-viet/{story.id}/{slug or story.slug}"


def detail_url(story: Story, cat: int) -> str:
    return f"/Portal/NewsDetail?newsId={story.id}&categoryId={cat}"


def lower_url(story: Story) -> str:
    return f"/portal/newsdetail?newsid={story.id}&categoryid={_cat(story)}"


def cat_url(cat: int) -> str:
    if cat == FEATURED:
        return f"/Portal/News?categoryId={FEATURED}"
    return f"/danh-muc/{cat}/{CATS[cat][1]}"


def partial_url(cat: int, page: int) -> str:
    return f"/Portal/News/ListNewsPartial?categoryId={cat}&page={page}"


def cat_name(cat: int) -> str:
    return FEATURED_NAME if cat == FEATURED else CATS[cat][0]


def day_of(story: Story) -> str:
    return story.opts["printed"].split(" ")[0]


def thumb(story: Story) -> str:
    return f"{UP}/News/Thumb/{story.id}_thumb.jpg"


# --- rendering of article text --------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    enc = story.opts.get("enc")
    return text(value, nfd=enc == "nfd", entities=2 if enc == "entities" else 0)


_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times '
    'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
)


def _render_img(story: Story, img: Img) -> str:
    src = esc(img.src)
    cap = _t(story, img.printed) if img.printed else ""
    if img.printed is None:
        return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 560px;"><tbody>'
            f'<tr><td style="text-align: center;"><img alt="" src="{src}" style="width: 560px; height: 373px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "fig":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="{esc(img.printed)}" height="400" '
            f'src="{src}" width="600" /><figcaption>{cap}</figcaption></figure>'
        )
    if img.style == "br":
        return f'<div style="text-align: center;"><img alt="" src="{src}" /><br />\n<i>{cap}</i></div>'
    return (
        f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>\n'
        f'<p style="text-align: center;"><em>{cap}</em></p>'
    )


def _para(story: Story, p: P) -> str:
    body = _t(story, p.text)
    if p.style == "fn":
        body = re.sub(r"\[(\d+)\]", lambda m: _FN.format(n=m.group(1)), body)
    if p.style == "ftn":
        n = re.match(r"\[(\d+)\]", p.text).group(1)
        rest = body[len(f"[{n}]"):]
        return (
            f'<div id="ftn{n}"><p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" title="">'
            f'<span class="MsoFootnoteReference"><span style="font-size:10.0pt">[{n}]</span></span></a>{rest}</p></div>'
        )
    return body


def render_content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(story, b))
            i += 1
            continue
        if b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        '<tr style="background-color:#dfe8f6">'
                        + "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append(
                        "<tr>" + "".join(f"<td>&nbsp;{_t(story, c)}</td>" for c in cells) + "</tr>"
                    )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                "<tbody>" + "\n".join(rows) + "</tbody></table>"
            )
            continue
        if b.style == "mso":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "mso":
                items.append(blocks[i])
                i += 1
            for k, item in enumerate(items):
                kind = "First" if k == 0 else ("Last" if k == len(items) - 1 else "Middle")
                out.append(
                    f'<p class="MsoListParagraphCxSp{kind}" style="margin-left:36.0pt;mso-add-space:auto;'
                    f'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1">{_MSO_BULLET}'
                    f'<span lang="VI" style="font-size:14.0pt;line-height:115%">{_t(story, item.text)}</span></p>'
                )
            continue
        parts = [b]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            parts.append(blocks[i])
            i += 1
        inner = "<br />\n".join(_para(story, p) for p in parts)
        st = b.style
        if st in ("b", "lead"):
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif st == "i":
            out.append(f"<p><em>{inner}</em></p>")
        elif st == "quote":
            out.append(f'<blockquote><p style="text-align: justify;"><em>{inner}</em></p></blockquote>')
        elif st == "ftn":
            out.append(inner)
        elif st in ("mso0", "msob"):
            bold = ("<b>", "</b>") if st == "msob" else ("", "")
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span lang="VI" '
                f'style="font-size:14.0pt;line-height:115%">{bold[0]}{inner}{bold[1]}<o:p></o:p></span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    def li(href: str, label: str) -> str:
        return f'<li><a href="{href}">{esc(label)}</a></li>'

    news_sub = "".join(li(cat_url(c), CATS[c][0]) for c in (1046, 1047, 1049))
    return (
        '<div id="mnu_ngang" class="mnu-top"><ul class="sf-menu" id="ulMenuTop">'
        '<li class="m-lv1 m-home"><a href="/"><img src="/Content/Portal/images/ico-home.png" alt="" /> Trang chủ</a></li>'
        '<li class="m-lv1"><a href="javascript:void(0);">Giới thiệu</a><ul class="m-sub">'
        + li("/Portal/Introduce", "Giới thiệu chung")
        + li("/Portal/Staff", "Đội ngũ CB, GV, NV")
        + '</ul></li><li class="m-lv1"><a href="javascript:void(0);">Tin tức</a><ul class="m-sub">'
        + news_sub
        + "</ul></li>"
        + f'<li class="m-lv1"><a href="{cat_url(1051)}">Thông báo</a></li>'
        + '<li class="m-lv1"><a href="/Portal/Document">Văn bản</a></li>'
        + '<li class="m-lv1"><a href="javascript:void(0);">Thư viện</a><ul class="m-sub">'
        + li("/Portal/Album", "Thư viện ảnh")
        + li("/Portal/Video", "Video clip")
        + "</ul></li>"
        + '<li class="m-lv1"><a href="/Portal/Schedule">Thời khóa biểu</a></li>'
        + '<li class="m-lv1"><a href="/Portal/Contact">Liên hệ</a></li>'
        "</ul>"
        '<div class="frm-timkiem"><form action="/Portal/Search" method="get" id="frmSearch">'
        '<input type="text" name="keyword" id="txtKeyword" placeholder="Nhập từ khóa tìm kiếm..." />'
        '<input type="submit" value="" class="btn-search" /></form></div></div>'
    )


def _left(seed: str) -> str:
    notices = in_cat(1051)
    marquee = "".join(
        f'<li><img src="/Content/Portal/images/new.gif" alt="" /> <a href="{friendly(s)}">{esc(s.title)}</a></li>'
        for s in notices
    )
    return (
        '<div class="col-trai" id="dvColLeft">'
        '<div class="bx bx-dangnhap"><div class="bx-hd"><h2>ĐĂNG NHẬP HỆ THỐNG</h2></div><div class="bx-ct">'
        '<form action="/Account/LogOn" method="post" id="frmLogOn">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{opaque("tok" + seed, 80)}" />'
        '<table class="tbl-login"><tr><td>Đối tượng</td><td><select name="UserType">'
        '<option value="1">Cán bộ, giáo viên</option><option value="2">Phụ huynh, học sinh</option></select></td></tr>'
        '<tr><td>Tài khoản</td><td><input type="text" name="UserName" /></td></tr>'
        '<tr><td>Mật khẩu</td><td><input type="password" name="Password" /></td></tr>'
        '<tr><td></td><td><label><input type="checkbox" name="RememberMe" value="true" /> Ghi nhớ</label>'
        ' <input type="submit" value="Đăng nhập" class="btn-dn" /></td></tr></table>'
        '<a href="https://smas.edu.vn/Home/ForgotPassword" target="_blank">Quên mật khẩu?</a>'
        "</form></div></div>"
        '<div class="bx bx-banner"><a href="https://smas.edu.vn" target="_blank">'
        '<img src="/Content/Portal/images/banner-smas.png" alt="Hệ thống quản lý nhà trường SMAS" /></a>'
        '<p class="sllhd">Sổ liên lạc điện tử: soạn <b>HS</b> gửi <b>8062</b> để đăng ký nhận điểm qua tin nhắn</p></div>'
        '<div class="bx bx-thongbao"><div class="bx-hd"><h2>THÔNG BÁO</h2></div><div class="bx-ct">'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{marquee}</ul></marquee>'
        "</div></div></div>"
    )


def _right_col() -> str:
    newest = sorted(STORIES, key=lambda s: (_sort_key(s), s.id), reverse=True)[:5]
    new_li = "".join(
        f'<li><a href="{friendly(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <span class="ngay">({day_of(s)})</span></li>'
        for s in newest
    )
    top_li = "".join(
        f'<li><span class="stt">{k}</span><a href="{lower_url(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for k, i in enumerate(MOST_READ, 1)
    )
    return (
        '<div class="col-phai" id="dvColRight">'
        f'<div class="bx bx-tinmoi"><div class="bx-hd"><h2>TIN MỚI ĐĂNG</h2></div><div class="bx-ct"><ul>{new_li}</ul></div></div>'
        f'<div class="bx bx-docnhieu" id="wgTopView_3"><div class="bx-hd"><h2>TIN ĐỌC NHIỀU</h2></div><div class="bx-ct"><ul class="lst-top">{top_li}</ul></div></div>'
        '<div class="bx bx-lienket"><div class="bx-hd"><h2>LIÊN KẾT WEBSITE</h2></div><div class="bx-ct">'
        "<select onchange=\"if(this.value!='')window.open(this.value,'_blank');\" style=\"width:100%\">"
        '<option value="">--- Chọn liên kết ---</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>'
        '<option value="https://smas.edu.vn">Hệ thống SMAS</option>'
        '<option value="https://thptquocgia.edu.vn">Thi tốt nghiệp THPT</option></select></div></div>'
        '<div class="bx bx-thongke"><div class="bx-hd"><h2>THỐNG KÊ TRUY CẬP</h2></div><div class="bx-ct"><table>'
        "<tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>"
        "<tr><td>Tháng này:</td><td>2.156</td></tr><tr><td>Tổng truy cập:</td><td>1.284.903</td></tr>"
        "</table></div></div>"
        '<div class="bx bx-binhchon"><div class="bx-hd"><h2>THĂM DÒ Ý KIẾN</h2></div><div class="bx-ct">'
        '<form action="/Portal/Poll/Vote" method="post"><p>Bạn đánh giá thế nào về website của nhà trường?</p>'
        '<input type="hidden" name="pollId" value="7" />'
        '<label><input type="radio" name="answerId" value="21" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="answerId" value="22" /> Hữu ích</label><br />'
        '<label><input type="radio" name="answerId" value="23" /> Cần cải thiện</label><br />'
        '<input type="submit" value="Bình chọn" /> <a href="javascript:void(0)" onclick="Portal.ViewPoll(7)">Xem kết quả</a>'
        "</form></div></div></div>"
    )


def page(request: Request, main: str, *, desc: str = "", og: str = "", seed: str = "x") -> Response:
    base = base_url(request)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{SCHOOL} - Cổng thông tin điện tử</title>
<meta name="description" content="{esc(desc or SCHOOL + ' - Xã Hạnh Lâm, tỉnh Nghệ An')}" />
<meta name="keywords" content="THPT Thanh Chương 4, Nghệ An, trường học, SMAS" />
<link rel="canonical" href="{base}/" />
{og}<link rel="shortcut icon" href="/favicon.ico" />
<link href="/Content/Portal/css/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/Portal/Themes/Theme03/style.css?v=3.2.1908" rel="stylesheet" />
<script src="/Scripts/jquery-1.10.2.min.js"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Scripts/Portal/smas.portal.js?v=3.2.1908"></script>
</head>
<body class="portal-body theme03">
<div id="wrapper">
<div class="top-bar"><div class="container">
<span class="ngay-ht"><img src="/Content/Portal/images/ico-clock.png" alt="" /> {TODAY}</span>
<span class="lnk-top"><a href="/Account/LogOn">Đăng nhập</a> | <a href="https://smas.edu.vn" target="_blank">SMAS</a> | <a href="mailto:c3thanhchuong4@nghean.edu.vn">Email</a></span>
</div></div>
<div id="header" style="background: url('{UP}/Banner/banner_2026.jpg') no-repeat center top; height: 160px;">
<div class="container"><a href="/" class="logo"><img src="{UP}/Logo/logo_tc4.png" alt="Logo" /></a>
<div class="ten-dv"><span class="so">SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN</span>
<h1 class="ten-truong">TRƯỜNG THPT THANH CHƯƠNG 4</h1>
<span class="slogan">Kỷ cương - Tình thương - Trách nhiệm</span></div></div></div>
{_menu()}
<div class="container main-ct"><div class="row">
{_left(seed)}
<div class="col-giua" id="dvColCenter">
{main}
</div>
{_right_col()}
</div></div>
<div id="footer"><div class="container">
<p><b>TRƯỜNG THPT THANH CHƯƠNG 4</b></p>
<p>Địa chỉ: Xã Hạnh Lâm, tỉnh Nghệ An - Điện thoại: 0238.3928.546 - Email: c3thanhchuong4@nghean.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Đình Thắng - Hiệu trưởng</p>
<p class="cpr">© Bản quyền thuộc về Trường THPT Thanh Chương 4. Phát triển bởi Viettel - Hệ thống quản lý nhà trường SMAS.</p>
</div></div>
</div>
<script>
  $(function () {{ $('#ulMenuTop').superfish(); }});
</script>
</body>
</html>"""
    return html(doc, headers={"X-AspNetMvc-Version": "4.0", "X-Powered-By": "ASP.NET"})


def _crumb(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + ' <span class="sep">»</span> '.join(parts) + "</div>"


def _cat_crumb(cat: int) -> str:
    if cat == FEATURED:
        return _crumb((cat_url(FEATURED), FEATURED_NAME))
    name, _, parent = CATS[cat]
    if parent:
        return _crumb(("javascript:void(0);", parent), (cat_url(cat), name))
    return _crumb((cat_url(cat), name))


# --- pages ----------------------------------------------------------------------------------


def _teaser(story: Story, n: int = 180) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= n:
        return first
    return first[:n].rsplit(" ", 1)[0] + "..."


def home(request: Request) -> Response:
    feats = in_cat(FEATURED)
    slides = "".join(
        f'<a href="{esc(detail_url(s, FEATURED))}"><img src="{UP}/News/Large/{s.id}_large.jpg" alt="" title="#cap_{s.id}" /></a>'
        for s in feats
    )
    caps = "".join(
        f'<div id="cap_{s.id}" class="nivo-html-caption"><a href="{esc(detail_url(s, FEATURED))}">{esc(s.title)}</a></div>'
        for s in feats
    )
    boxes = []
    loads = []
    for cat in (1046, 1047, 1049, 1051):
        name = CATS[cat][0]
        boxes.append(
            f'<div class="home-box" id="hb_{cat}"><div class="bx-hd"><h2><a href="{cat_url(cat)}">{esc(name.upper())}</a></h2></div>'
            f'<div class="bx-ct" id="dvBox_{cat}"><img src="/Content/Portal/images/ajax-loader.gif" alt="Đang tải dữ liệu..." /></div>'
            f'<a class="xem-tat-ca" href="{cat_url(cat)}">Xem tất cả »</a></div>'
        )
        loads.append(f"    Portal.LoadBox('dvBox_{cat}', '/Portal/Home/NewsBox?categoryId={cat}&top=4');")
    main = (
        '<div class="slide-tinnb"><div class="bx-hd"><h2>TIN NỔI BẬT</h2></div>'
        f'<div id="slider_tnb" class="nivoSlider">{slides}</div>{caps}</div>'
        + "\n".join(boxes)
        + "\n<script>\n  $(document).ready(function () {\n"
        + "\n".join(loads)
        + "\n  });\n</script>"
    )
    return page(request, main, seed="home")


def news_box(cat: int) -> str:
    items = in_cat(cat)[:4]
    first, rest = items[0], items[1:]
    lis = "".join(
        f'<li><a href="{friendly(s)}">{esc(s.title)}</a> <span class="ngay">({day_of(s)})</span></li>' for s in rest
    )
    return (
        f'<div class="hb-first"><a href="{friendly(first)}"><img src="{thumb(first)}" alt="" class="hb-img" /></a>'
        f'<a class="hb-tde" href="{friendly(first)}">{esc(first.title)}</a><p>{esc(_teaser(first))}</p></div>'
        f'<ul class="hb-lst">{lis}</ul>'
    )


def cat_shell(request: Request, cat: int) -> Response:
    url = partial_url(cat, 1)
    main = (
        _cat_crumb(cat)
        + f'<div class="bx-cate"><div class="bx-hd"><h2>{esc(cat_name(cat))}</h2></div>'
        f'<div id="dvListNews_{cat}" class="lst-news-ajax" data-url="{esc(url)}">'
        '<img src="/Content/Portal/images/ajax-loader.gif" alt="Đang tải dữ liệu..." /></div>'
        f'<noscript><a href="{esc(url)}">Xem danh sách tin bài</a></noscript></div>\n'
        "<script>\n  $(function () {\n"
        f"    Portal.LoadNews('#dvListNews_{cat}', $('#dvListNews_{cat}').data('url'));\n"
        "  });\n</script>"
    )
    return page(request, main, seed=f"cat{cat}")


def _pager(cat: int, cur: int, total: int) -> str:
    if total <= 1:
        return ""

    def a(p: int, label: str, extra: str = "") -> str:
        return (
            f'<a data-ajax="true" data-ajax-method="GET" data-ajax-mode="replace" '
            f'data-ajax-update="#dvListNews_{cat}" href="{esc(partial_url(cat, p))}"{extra}>{label}</a>'
        )

    lis = []
    if cur > 1:
        lis.append('<li class="PagedList-skipToPrevious">' + a(cur - 1, "«", ' rel="prev"') + "</li>")
    for p in range(1, total + 1):
        lis.append(f'<li class="active"><a>{p}</a></li>' if p == cur else f"<li>{a(p, str(p))}</li>")
    if cur < total:
        lis.append('<li class="PagedList-skipToNext">' + a(cur + 1, "»", ' rel="next"') + "</li>")
    return '<div class="pagination-container"><ul class="pagination">' + "".join(lis) + "</ul></div>"


def list_partial(cat: int, pg: int) -> Response:
    items = in_cat(cat)
    total = max(1, -(-len(items) // PAGE_SIZE))
    chunk = items[(pg - 1) * PAGE_SIZE: pg * PAGE_SIZE]
    if not chunk:
        body = '<div class="no-data">Không có tin bài nào trong chuyên mục này.</div>'
    elif cat == 1051:
        rows = "".join(
            f'<tr><td class="c">{(pg - 1) * PAGE_SIZE + k}</td><td><a href="{friendly(s)}">{esc(s.title)}</a></td>'
            f'<td class="c">{day_of(s)}</td></tr>'
            for k, s in enumerate(chunk, 1)
        )
        body = (
            '<table class="tbl-thongbao" cellpadding="4"><thead><tr><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>'
            f"</thead><tbody>{rows}</tbody></table>"
        )
    else:
        lis = "".join(
            f'<li class="it-tin clearfix"><a class="anh" href="{friendly(s)}"><img src="{thumb(s)}" alt="{esc(s.title)}" /></a>'
            f'<div class="tt"><a class="tde" href="{friendly(s)}">{esc(s.title)}</a>'
            f' <span class="ngay">({day_of(s)})</span><p class="mt">{esc(_teaser(s))}</p></div></li>'
            for s in chunk
        )
        body = f'<ul class="lst-tin">{lis}</ul>'
    return html(body + _pager(cat, pg, total))


def article(request: Request, story: Story, shown_cat: int) -> Response:
    crumb = _cat_crumb(shown_cat)
    meta = []
    if story.opts.get("updated"):
        meta.append(f'<span class="capnhat">Cập nhật: {story.opts["updated"]}</span>')
    meta.append(f'<span class="ngaydang"><img src="/Content/Portal/images/ico-date.png" alt="" /> Ngày đăng: {story.opts["printed"]}</span>')
    meta.append(f'<span class="nguoidang">Người đăng: {story.opts["poster"]}</span>')
    meta.append(f'<span class="luotxem">Lượt xem: {story.views()}</span>')
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="mota-ct"><strong>{_t(story, story.summary)}</strong></div>'
    attach = ""
    if story.opts.get("attach"):
        files = "".join(
            f'<li><img src="/Content/Portal/images/ico-pdf.png" alt="" /> <a href="{UP}/Files/{fn}" target="_blank">{esc(label)}</a></li>'
            for fn, label in story.opts["attach"]
        )
        attach = f'<div class="dinhkem"><b>Tệp đính kèm:</b><ul>{files}</ul></div>'
    others = [s for s in in_cat(_cat(story))[:PAGE_SIZE] if s.id != story.id][:4]
    others_li = "".join(
        f'<li><a href="{friendly(s)}">{esc(s.title)}</a> <span class="ngay">({day_of(s)})</span></li>' for s in others
    )
    others_html = (
        f'<div class="tin-khac"><div class="bx-hd"><h2>CÁC TIN KHÁC</h2></div><ul>{others_li}</ul></div>'
        if others_li
        else ""
    )
    base = base_url(request)
    main = (
        crumb
        + f'<div class="ct-tin" id="dvChiTiet_{story.id}">'
        f'<h2 class="tde-ct">{esc(story.title)}</h2>'
        f'<div class="tt-dang">{" &nbsp;|&nbsp; ".join(meta)}</div>'
        f"{sapo}"
        f'<div class="nd-ct" id="dvNoiDung_{story.id}">\n{render_content(story)}\n</div>'
        f"{attach}"
        '<div class="congcu"><a href="javascript:window.print();"><img src="/Content/Portal/images/ico-print.png" alt="" /> In bài viết</a>'
        f' | <a href="mailto:?subject={esc(story.title)}&amp;body={esc(base + friendly(story))}">Gửi email</a>'
        ' | <a href="javascript:history.back();">Quay lại</a>'
        f' <a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={esc(base + friendly(story))}" target="_blank">'
        '<img src="/Content/Portal/images/share-fb.png" alt="Chia sẻ Facebook" /></a></div>'
        f"{others_html}</div>"
    )
    og = (
        f'<meta property="og:url" content="{esc(base + friendly(story))}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:image" content="{esc(base + thumb(story))}" />\n'
    )
    return page(request, main, desc=_teaser(story, 150), og=og, seed=f"n{story.id}")


# --- non-article pages ----------------------------------------------------------------------


def introduce(request: Request) -> Response:
    main = _crumb((None, "Giới thiệu chung")) + (
        '<div class="ct-tin"><h2 class="tde-ct">Giới thiệu chung về Trường THPT Thanh Chương 4</h2><div class="nd-ct">'
        "<p>Trường THPT Thanh Chương 4 được thành lập năm 1978, đóng trên địa bàn xã Hạnh Lâm, tỉnh Nghệ An. "
        "Trải qua gần 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều thế hệ "
        "học sinh đã trưởng thành, đóng góp cho quê hương, đất nước.</p>"
        "<p>Năm học 2026 - 2027, nhà trường có 33 lớp với 1.286 học sinh; 84 cán bộ, giáo viên, nhân viên, "
        "trong đó 100% giáo viên đạt chuẩn, 31% trên chuẩn về trình độ đào tạo.</p>"
        "<p>Nhà trường đạt chuẩn Quốc gia mức độ 1 năm 2019, được tặng Bằng khen của Thủ tướng Chính phủ năm "
        "2023.</p>"
        f'<p style="text-align:center"><img src="{UP}/Images/gioithieu/toantruong.jpg" alt="" /></p>'
        "</div></div>"
    )
    return page(request, main, seed="gt")


STAFF = [
    ("Nguyễn Đình Thắng", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
    ("Trần Văn Hải", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
    ("Lê Thị Thanh Bình", "Phó Hiệu trưởng", "Thạc sĩ Ngữ văn"),
    ("Trần Thị Minh Nguyệt", "Tổ trưởng Tổ Ngữ văn", "Thạc sĩ Văn học"),
    ("Đặng Thị Lan Hương", "Tổ trưởng Tổ Toán - Tin", "Thạc sĩ Toán học"),
    ("Lê Thị Phương Anh", "Bí thư Đoàn trường", "Cử nhân Sư phạm Lịch sử"),
]


def staff(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{k}</td><td>{esc(n)}</td><td>{esc(p)}</td><td>{esc(q)}</td></tr>"
        for k, (n, p, q) in enumerate(STAFF, 1)
    )
    main = _crumb((None, "Đội ngũ CB, GV, NV")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Đội ngũ cán bộ, giáo viên, nhân viên</h2></div>'
        '<table class="tbl-ds" border="1" cellpadding="4"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Trình độ</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return page(request, main, seed="staff")


def contact(request: Request) -> Response:
    main = _crumb((None, "Liên hệ")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Thông tin liên hệ</h2></div>'
        "<p><b>TRƯỜNG THPT THANH CHƯƠNG 4</b></p><p>Địa chỉ: Xã Hạnh Lâm, tỉnh Nghệ An</p>"
        "<p>Điện thoại: 0238.3928.546 - Email: c3thanhchuong4@nghean.edu.vn</p>"
        '<form action="/Portal/Contact/Send" method="post">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{opaque("contact", 80)}" />'
        '<p>Họ và tên: <input type="text" name="FullName" /></p><p>Email: <input type="text" name="Email" /></p>'
        '<p>Tiêu đề: <input type="text" name="Title" /></p><p>Nội dung: <textarea name="Content" rows="5"></textarea></p>'
        '<p><input type="submit" value="Gửi liên hệ" /></p></form></div>'
    )
    return page(request, main, seed="lh")


DOCS = [
    (87, "112/KH-THPTTC4", "05/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "KH_NhiemVuNamHoc_2026-2027.pdf"),
    (85, "3456/SGDĐT-GDTrH", "28/08/2026", "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027", "CV3456_SGDDT_GDTrH.pdf"),
]


def documents(request: Request) -> Response:
    rows = []
    for k, (did, so, ngay, trich, fn) in enumerate(DOCS, 1):
        title = f'<a href="/Portal/Document/Detail?documentId={did}">{esc(so)}</a>' if did == 87 else esc(so)
        rows.append(
            f"<tr><td>{k}</td><td>{title}</td><td>{ngay}</td><td>{esc(trich)}</td>"
            f'<td><a href="{UP}/Files/{fn}">Tải về</a></td></tr>'
        )
    main = _crumb((None, "Văn bản")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Văn bản</h2></div><table class="tbl-vb" border="1" cellpadding="4">'
        "<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    return page(request, main, seed="vb")


def document_detail(request: Request) -> Response:
    _, so, ngay, trich, fn = DOCS[0]
    main = _crumb(("/Portal/Document", "Văn bản"), (None, so)) + (
        '<div class="ct-vb"><h2 class="tde-ct">Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</h2>'
        '<table class="tbl-ttvb" border="1" cellpadding="4">'
        f"<tr><td>Số/Ký hiệu</td><td>{so}</td></tr><tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        "<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr><tr><td>Cơ quan ban hành</td><td>Trường THPT Thanh Chương 4</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr><tr><td>Người ký</td><td>Nguyễn Đình Thắng</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{UP}/Files/{fn}">{fn}</a></td></tr></table></div>'
    )
    return page(request, main, seed="vbd")


def albums(request: Request) -> Response:
    main = _crumb((None, "Thư viện ảnh")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Thư viện ảnh</h2></div><ul class="lst-album">'
        f'<li><a href="/Portal/Album/Detail?albumId=15"><img src="{UP}/Album/15/cover.jpg" alt="" /></a>'
        '<a href="/Portal/Album/Detail?albumId=15">Lễ khai giảng năm học 2026 - 2027</a> <span>(12 ảnh)</span></li>'
        "</ul></div>"
    )
    return page(request, main, seed="al")


def album_detail(request: Request) -> Response:
    imgs = "".join(
        f'<li><a href="{UP}/Album/15/khaigiang_{k:02d}.jpg" class="fancybox" rel="gal15">'
        f'<img src="{UP}/Album/15/thumb_khaigiang_{k:02d}.jpg" alt="" /></a></li>'
        for k in range(1, 7)
    )
    main = _crumb(("/Portal/Album", "Thư viện ảnh"), (None, "Lễ khai giảng năm học 2026 - 2027")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Lễ khai giảng năm học 2026 - 2027</h2></div>'
        "<p class=\"ngay\">Ngày tạo: 05/09/2026</p>"
        f'<ul class="lst-anh">{imgs}</ul></div>'
    )
    return page(request, main, seed="ald")


def videos(request: Request) -> Response:
    main = _crumb((None, "Video clip")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Video clip</h2></div><ul class="lst-video">'
        f'<li><a href="/Portal/Video/Detail?videoId=6"><img src="{UP}/Video/6/thumb.jpg" alt="" /></a>'
        '<a href="/Portal/Video/Detail?videoId=6">Phóng sự: Trường THPT Thanh Chương 4 - Gần nửa thế kỷ xây dựng và trưởng thành</a></li>'
        "</ul></div>"
    )
    return page(request, main, seed="vd")


def video_detail(request: Request) -> Response:
    main = _crumb(("/Portal/Video", "Video clip"), (None, "Phóng sự")) + (
        '<div class="ct-video"><h2 class="tde-ct">Phóng sự: Trường THPT Thanh Chương 4 - Gần nửa thế kỷ xây dựng và trưởng thành</h2>'
        '<p class="ngay">Ngày đăng: 15/10/2026 8:00:00 SA</p>'
        '<iframe width="640" height="360" src="https://www.youtube.com/embed/Xk3pTc4vQ8w" frameborder="0" allowfullscreen></iframe>'
        "<p>Phóng sự do Đài Phát thanh - Truyền hình Nghệ An thực hiện nhân dịp kỷ niệm ngày thành lập trường.</p></div>"
    )
    return page(request, main, seed="vdd")


CLASSES = [f"{g}A{k}" for g in (10, 11, 12) for k in (1, 2, 3, 4)]
SUBJECTS = ["Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Hóa học", "Sinh học", "Lịch sử", "Địa lí", "Tin học", "GDTC"]


def schedule(request: Request) -> Response:
    params = {k.lower(): v for k, v in request.params.items()}
    try:
        idx = int(params.get("classid", "1")) - 1
    except ValueError:
        idx = 0
    if not 0 <= idx < len(CLASSES):
        idx = 0
    opts = "".join(
        f'<option value="{k}"{" selected" if k - 1 == idx else ""}>{c}</option>' for k, c in enumerate(CLASSES, 1)
    )
    head = "".join(f"<th>Thứ {d}</th>" for d in range(2, 8))
    rows = "".join(
        f"<tr><td>Tiết {t}</td>"
        + "".join(f"<td>{SUBJECTS[(t * 3 + d * 7 + idx) % len(SUBJECTS)]}</td>" for d in range(2, 8))
        + "</tr>"
        for t in range(1, 6)
    )
    main = _crumb((None, "Thời khóa biểu")) + (
        '<div class="bx-cate"><div class="bx-hd"><h2>Thời khóa biểu</h2></div>'
        "<p><i>Áp dụng từ ngày 07/12/2026 (Học kỳ I - Năm học 2026 - 2027)</i></p>"
        '<form action="/Portal/Schedule" method="get">Chọn lớp: '
        f'<select name="classId" onchange="this.form.submit()">{opts}</select> <input type="submit" value="Xem" /></form>'
        f'<table class="tbl-tkb" border="1" cellpadding="3"><thead><tr><th>Tiết</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )
    return page(request, main, seed="tkb")


def search(request: Request) -> Response:
    kw = request.params.get("keyword", "").strip()
    if not kw:
        body = '<p class="no-data">Vui lòng nhập từ khóa tìm kiếm.</p>'
    else:
        hits = [s for s in STORIES if kw.lower() in s.title.lower()]
        body = (
            f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(kw)}”</p><ul class=\"lst-kq\">"
            + "".join(f'<li><a href="{friendly(s)}">{esc(s.title)}</a> ({day_of(s)})</li>' for s in hits)
            + "</ul>"
        )
    main = _crumb((None, "Tìm kiếm")) + f'<div class="bx-cate"><div class="bx-hd"><h2>Kết quả tìm kiếm</h2></div>{body}</div>'
    return page(request, main, seed="tk")


def logon(request: Request) -> Response:
    err = '<p class="err">Tên đăng nhập hoặc mật khẩu không đúng.</p>' if request.method == "POST" else ""
    main = _crumb((None, "Đăng nhập")) + (
        f'<div class="bx-cate"><div class="bx-hd"><h2>Đăng nhập hệ thống SMAS</h2></div>{err}'
        "<p>Sử dụng tài khoản SMAS do nhà trường cấp để đăng nhập.</p></div>"
    )
    return page(request, main, seed="dn")


def message(request: Request, text_: str) -> Response:
    return page(request, f'<div class="bx-cate"><p class="msg">{esc(text_)}</p></div>', seed="msg")


# --- routing --------------------------------------------------------------------------------

_FRIENDLY = re.compile(r"^/bai-viet/(\d+)/[^/]+$")
_CATEGORY = re.compile(r"^/danh-muc/(\d+)/[^/]+$")


def _int(params: dict[str, str], name: str) -> int | None:
    try:
        return int(params.get(name, ""))
    except ValueError:
        return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower().rstrip("/") or "/"
        params = {k.lower(): v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if low.startswith("/uploadfiles/") and low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/uploadfiles/", "/content/", "/scripts/")) or low == "/favicon.ico":
            return static_file(path)
        if low == "/":
            return home(request)
        if m := _FRIENDLY.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article(request, story, _cat(story)) if story else None
        if m := _CATEGORY.match(path):
            cat = int(m.group(1))
            return cat_shell(request, cat) if cat in CATS else None
        if low == "/portal/newsdetail":
            story = BY_ID.get(_int(params, "newsid") or 0)
            cat = _int(params, "categoryid")
            if not story:
                return None
            shown = cat if cat in CATS or cat == FEATURED else _cat(story)
            return article(request, story, shown)
        if low == "/portal/news":
            cat = _int(params, "categoryid")
            return cat_shell(request, cat) if cat in CATS or cat == FEATURED else None
        if low == "/portal/news/listnewspartial":
            cat = _int(params, "categoryid")
            pg = _int(params, "page") or 1
            if not (cat in CATS or cat == FEATURED) or pg < 1:
                return None
            return list_partial(cat, pg)
        if low == "/portal/home/newsbox":
            cat = _int(params, "categoryid")
            return html(news_box(cat)) if cat in CATS else None
        simple = {
            "/portal/introduce": introduce,
            "/portal/staff": staff,
            "/portal/contact": contact,
            "/portal/document": documents,
            "/portal/album": albums,
            "/portal/video": videos,
            "/portal/schedule": schedule,
            "/portal/search": search,
            "/account/logon": logon,
        }
        if low in simple:
            return simple[low](request)
        if low == "/portal/document/detail":
            return document_detail(request) if _int(params, "documentid") == 87 else None
        if low == "/portal/album/detail":
            return album_detail(request) if _int(params, "albumid") == 15 else None
        if low == "/portal/video/detail":
            return video_detail(request) if _int(params, "videoid") == 6 else None
        if low == "/portal/poll/vote" and request.method == "POST":
            return message(request, "Cảm ơn bạn đã tham gia bình chọn!")
        if low == "/portal/contact/send" and request.method == "POST":
            return message(request, "Gửi liên hệ thành công. Nhà trường sẽ phản hồi trong thời gian sớm nhất.")
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("featured"):
        alts.append(detail_url(story, FEATURED))
    if story.id in MOST_READ:
        alts.append(lower_url(story))
    if story.opts.get("old_slug"):
        alts.append(friendly(story, story.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(
        s,
        friendly(s),
        CATS[_cat(s)][0],
        canonical_path=friendly(s),
        alt_paths=_alts(s),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/Portal/Introduce",
    "/Portal/Staff",
    "/Portal/Contact",
    "/Portal/Document/Detail?documentId=87",
    "/Portal/Album/Detail?albumId=15",
    "/Portal/Video/Detail?videoId=6",
    "/Portal/Schedule",
]
