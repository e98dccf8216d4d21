"""PivotX 2.3 weblog (Skinny theme, customised in 2012) of Trường THCS Nguyễn Trãi, Cẩm Giàng, Hải Dương.

Platform
--------
PivotX 2.3 ("PHP weblog, flat files or MySQL"), theme ``skinny`` reworked by a teacher: a
calendar leaf beside each entry, a red menu with drop-downs, a right sidebar. Two weblogs live in
the one install: ``thcs`` (the school's, the front page) and ``doi`` (the Liên đội's, its own
header and a narrower menu). Entries have PivotX's two text fields, *introduction* and *body*, and
an optional *subtitle*; TinyMCE wrote the HTML of both fields.

URL scheme
----------
- ``/`` front page of weblog ``thcs`` (5 newest entries, introductions only);
  ``/?w=doi`` front page of weblog ``doi`` (3 newest Đội entries, links as ``/?e=<uid>&w=doi``).
- entries: ``/entry/<uid>-<slug>`` (mod_rewrite form: listings, tags, breadcrumbs, RSS) and
  ``/?e=<uid>&w=<weblog>`` (the sidebar's "Bài viết mới" and the ``doi`` weblog). PivotX finds the
  entry by its uid alone: ``/entry/6-hoi-giang-cap-truong`` (the slug before a retitle) serves
  entry 6; ``/?e=<uid>`` without ``w`` serves it too (not linked).
- lists: ``/category/<cat>`` and ``/category/<cat>/<N>`` (3 entries a page; paging
  "« Trang trước | 1 2 | Trang sau »"); the drop-down items Thông báo, Văn bản and Thư viện ảnh
  link the query form ``/?c=<cat>`` (one page each).
- ``/archive/<yyyy>-m<mm>`` month archives (offered only as ``<option value>`` of a select that
  navigates with ``onchange``); ``/tag/<tag>`` tag pages; ``/?p=<page>`` static pages;
  ``/?q=<words>`` search (GET form); ``/rss`` feed; images under ``/images/<yyyy>-<mm>/``.

Page templates
--------------
Every page: header ("Thứ Bảy, 05/12/2026", the weblog name in ``<h1>``), menu, sidebar (search,
Bài viết mới, Lưu trữ select, Tags, Liên kết, Thăm dò ý kiến, Thống kê truy cập), footer.
Entry page: ``div.entry`` with the calendar leaf ``div.ngay`` (day, "Th12", year), the headline
in ``<h2>`` (a link to itself), the subtitle in ``<h3 class="tieude-phu">``, the introduction in
``div.gthieu``, the anchor ``<a id="body">``, the body in ``div.ndung``, then ``p.meta`` ("Đăng bởi
quantri lúc 09:15 SA | Chuyên mục: … | 2 bình luận | Sửa lần cuối: …"), tags, share tools,
"Các tin khác", the comment thread and the comment form.

How each gold article is reached
--------------------------------
Front page: 13, 12, 9, 11, 10 (also the sidebar, as ``/?e=<uid>&w=thcs``). Category pages:
Tin tức - Sự kiện 13, 11, 8 | page 2: 5, 2; Hoạt động Đội 12, 7, 3 | page 2: 1; Chuyên môn 10, 6;
Thông báo (``/?c=thong-bao``) 9, 4. Entries 5, 2 and 1 are reached only from page 2 of their
category or from the month archives behind the select. ``/?w=doi`` links 12, 7, 3 as
``/?e=<uid>&w=doi``; entry 10 links entry 6 by its old slug.

Traps
-----
1. Date split over two elements: the calendar leaf prints day, "Th11" and year in three spans
   before the headline; the time is only in the meta line under the text ("lúc 02:05 CH"). Gold
   joins them: "2026-11-27T14:05:00+07:00". The listings print "Thứ Sáu, 27 Tháng Mười Một 2026"
   date headers only when the day changes (several entries under one header).
2. 12-hour clock with Vietnamese meridiem: "SA" (sáng) / "CH" (chiều). "02:05 CH" is 14:05;
   "12:10 CH" is 12:10 (entry 4); "12:00 SA" is midnight, a day without a time (entry 7:
   "2026-11-12").
3. Introduction and body are two sibling containers (``div.gthieu`` + ``<a id="body">`` +
   ``div.ndung``): the text is both, in order. Listings print the whole introduction with
   "Đọc tiếp »" to ``#body``; an entry whose text is all introduction (4, 9) prints in full on
   the lists with no "Đọc tiếp" link, so a list page looks like an article (it is not).
4. PivotX subtitle: entry 13's deck is printed in ``<h3 class="tieude-phu">`` between headline
   and text; it is the sapo (summary) and the body's first paragraph. A bold first paragraph of
   the introduction (entry 11) is the sapo too; plain introductions are not (summary null).
5. Comment thread under the text (``div.bl`` with ``<cite>`` names and their own dates, a reply
   signed "Ban giám hiệu"), plus the "N bình luận" count and the comment form: none of it is
   body, author or date.
6. PivotX image markup: ``div.pivotx-wrapper`` with the caption in ``div.pivotx-caption`` (a
   caption); ``a.pivotx-popupimage`` wrapping a ``.thumb.jpg`` whose ``title``/``alt`` carry a
   text that the page never prints (caption None; the photo is the ``<img>``'s thumbnail as
   printed, not the link's full-size file); TinyMCE's centred image with an italic line in
   parentheses under it (caption without the parentheses); a line "Ảnh: X" (photographer only).
7. One post, many URLs: ``/entry/<uid>-<slug>``, ``/?e=<uid>&amp;w=thcs`` (sidebar),
   ``/?e=<uid>&amp;w=doi`` (the Liên đội weblog: other header, same entry) and the old slug
   ``/entry/6-hoi-giang-cap-truong``: alt_paths of one gold record each.
8. Discovery: month archives only as ``<option value>`` of a ``<select onchange>``; entries 5, 2
   and 1 only on page 2 of their category (paging links numbers, not rel=next).
9. The weblog's name is the page's ``<h1>``; the headline is the entry's ``<h2>``; ``<title>`` is
   "headline » weblog name".
10. Entries that are not articles in the entry scheme: a document entry (15, a PDF to download)
    and a photo album entry (14) under ``/entry/…``.
11. Meta line "Đăng bởi quantri" (a CMS account: nobody) and "Sửa lần cuối: 05/12/2026 08:12"
    (an update, not the publication); entry 9 is an official notice whose letterhead day
    (30/11) differs from its posting day (01/12): gold is the letterhead's "2026-11-30".
12. Bylines as the text's last lines: right-aligned unit alone ("Công đoàn trường", "Tổ KHTN",
    "Ban Giám hiệu"), "Tin, ảnh: X", "Bài: X - Ảnh: Y", "Tin: X - Ảnh: Y", "Name - TPT Đội";
    a closing "Nguồn: Phòng GD&ĐT Cẩm Giàng" (source); a "Xem thêm: <link>" line (not body).
13. Entry 2 was written when TinyMCE's ``entity_encoding`` was "named": its text mixes raw UTF-8,
    named (``&agrave;``) and numeric (``&#7897;``) references.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the ``/entry/<uid>-<slug>`` form (the one listings link); no canonical link is
  printed, so ``canonical_path`` is the same; the other linked forms are ``alt_paths``.
- Popup images: the gold image is the ``<img src>`` (the thumbnail the page shows).
- The subtitle ``<h3>`` counts as a sapo printed as its own element.
- Table rows (entries 4, 10) are body paragraphs with cells joined by " | ", header row included.
- A ``<br>`` inside a paragraph splits it (entry 7).
- Entry 9: letterhead, "THÔNG BÁO", its "Về việc…" line, "Nơi nhận" and the signature block are
  not body; the signer "Nguyễn Văn Thắng" is the author.
"""

from __future__ import annotations

import datetime as _dt
import re

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
    static_file,
    text,
)

NAME = "pivotx_thcs"
PLATFORM = "PivotX 2.3 (Skinny theme, customised)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Trường THCS Nguyễn Trãi"
DOI_SITE = "Liên đội THCS Nguyễn Trãi"
PER_PAGE = 3

# slug -> (name as printed, link form)
CATS = {
    "tin-tuc": ("Tin tức - Sự kiện", "path"),
    "hoat-dong-doi": ("Hoạt động Đội", "path"),
    "chuyen-mon": ("Chuyên môn", "path"),
    "thong-bao": ("Thông báo", "query"),
    "van-ban": ("Văn bản", "query"),
    "thu-vien-anh": ("Thư viện ảnh", "query"),
}
TAGS = {"20-11": "20-11", "doi-tntp": "đội TNTP", "khoa-hoc": "khoa học"}

DAYNAMES = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHNAMES = [
    "", "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def cat_href(slug: str, page: int = 1) -> str:
    if CATS[slug][1] == "query":
        return f"/?c={slug}"
    return f"/category/{slug}" + (f"/{page}" if page > 1 else "")


def right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


# --- the entries ---------------------------------------------------------------------------

_LETTERHEAD = (
    '<table border="0" style="width: 100%;"><tbody><tr>'
    '<td style="text-align: center;">UBND HUYỆN CẨM GIÀNG<br /><strong>TRƯỜNG THCS NGUYỄN TRÃI</strong>'
    "<br />Số: 87/TB-THCSNT</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br /><em>Cẩm Giàng, ngày 30 tháng 11 năm 2026</em>"
    "</td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I'
    "<br />năm học 2026 - 2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" style="width: 100%;"><tbody><tr>'
    '<td style="vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- GVCN các lớp;<br />'
    "- Ban đại diện CMHS;<br />- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thắng</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        13,
        "truong-thcs-nguyen-trai-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        "Trường THCS Nguyễn Trãi đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        "tin-tuc",
        "2026-12-04T09:15:00+07:00",
        [
            P(
                "Về dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện Cẩm Giàng, lãnh đạo Phòng Giáo dục và "
                "Đào tạo, Đảng ủy, HĐND, UBND xã Cẩm Vũ cùng đông đảo cha mẹ học sinh và các thế hệ thầy "
                "cô giáo của nhà trường."
            ),
            Img(
                "/images/2026-12/le-don-bang-1.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện trao Bằng công nhận cho nhà trường",
                "Đồng chí Phó Chủ tịch UBND huyện trao Bằng công nhận cho nhà trường",
                "pivotx",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 18 lớp với 712 học sinh, 41 cán bộ, giáo viên, nhân "
                "viên; 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            P(
                "Trong 5 năm qua, nhà trường có 126 lượt học sinh đạt giải học sinh giỏi cấp huyện, 31 lượt "
                "đạt giải cấp tỉnh; tỷ lệ học sinh thi đỗ vào lớp 10 THPT công lập luôn đứng trong tốp 5 "
                "của huyện."
            ),
            Img(
                "/images/2026-12/le-don-bang-2.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh khối 7",
                "Tiết mục văn nghệ chào mừng của học sinh khối 7",
                "pivotx",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận những nỗ lực của tập thể "
                "sư phạm nhà trường và đề nghị nhà trường tiếp tục giữ vững, phát huy các tiêu chuẩn đã đạt "
                "được."
            ),
            right("<strong>Tin, ảnh: Phạm Thị Thu Hà</strong>"),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        summary=(
            "Sáng 04/12, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ đón nhận Bằng công nhận trường "
            "đạt chuẩn quốc gia mức độ 2 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 3."
        ),
        sapo_outside=True,
        opts={
            "posted": "2026-12-04 09:15",
            "intro": 2,
            "edited": "05/12/2026 08:12",
            "comments": [
                ("Phụ huynh em Hoàng Minh Anh (7A)", "04/12/2026 20:15", "Chúc mừng thầy cô và các con!"),
                (
                    "Cựu học sinh khóa 2008-2012",
                    "05/12/2026 06:40",
                    "Tự hào về ngôi trường của chúng em. Mong trường ngày càng phát triển.",
                ),
            ],
        },
    ),
    Story(
        12,
        "khai-mac-giai-bong-da-hoc-sinh-chao-mung-82-nam-ngay-thanh-lap-qdnd-viet-nam",
        "Khai mạc Giải bóng đá học sinh chào mừng 82 năm Ngày thành lập QĐND Việt Nam",
        "hoat-dong-doi",
        "2026-12-02T15:40:00+07:00",
        [
            P(
                "Chiều 02/12, Liên đội THCS Nguyễn Trãi tổ chức khai mạc Giải bóng đá học sinh khối 8, 9 "
                "chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)."
            ),
            P(
                "Giải có 8 đội bóng của 8 chi đội tham gia, thi đấu theo thể thức vòng tròn hai bảng, chọn "
                "hai đội đứng đầu mỗi bảng vào bán kết."
            ),
            Img("/images/2026-12/bong-da-khai-mac.thumb.jpg", None, None, "popup"),
            P("Trận khai mạc giữa hai chi đội 9A và 8C kết thúc với tỉ số 2 - 1 nghiêng về chi đội 9A."),
            P("Ban tổ chức trao các giải sau khi kết thúc giải đấu:", ""),
            P("Giải Nhất: cờ lưu niệm và 500.000 đồng;", "li"),
            P("Giải Nhì: cờ lưu niệm và 300.000 đồng;", "li"),
            P("Giải Phong cách: 200.000 đồng.", "li"),
            right("<em>Liên đội THCS Nguyễn Trãi</em>"),
        ],
        authors=["Liên đội THCS Nguyễn Trãi"],
        opts={
            "posted": "2026-12-02 15:40",
            "intro": 1,
            "tags": ["doi-tntp"],
            "popup_title": "Học sinh hai chi đội 9A và 8C chào nhau trước trận khai mạc",
            "comments": [("Thầy Lê Văn Dũng", "03/12/2026 07:05", "Các em thi đấu rất hay, cố lên 9A!")],
        },
    ),
    Story(
        11,
        "ngoai-khoa-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-hoc-sinh",
        "Ngoại khóa phòng cháy chữa cháy và cứu nạn, cứu hộ cho học sinh",
        "tin-tuc",
        "2026-11-27T14:05:00+07:00",
        [
            P(
                "Nhằm trang bị cho học sinh kiến thức và kỹ năng thoát nạn khi có cháy, chiều 27/11, nhà "
                "trường phối hợp với Công an huyện Cẩm Giàng tổ chức buổi ngoại khóa về phòng cháy chữa cháy "
                "và cứu nạn, cứu hộ.",
                "bold",
            ),
            P(
                "Hơn 700 học sinh và toàn thể cán bộ, giáo viên được nghe giới thiệu về nguyên nhân gây cháy "
                "thường gặp trong gia đình, trường học và cách gọi lực lượng cứu hỏa qua số 114."
            ),
            Img(
                "/images/2026-11/pccc-1.jpg",
                "(Cán bộ Công an huyện hướng dẫn học sinh sử dụng bình chữa cháy)",
                "Cán bộ Công an huyện hướng dẫn học sinh sử dụng bình chữa cháy",
                "center",
            ),
            P(
                "Các em được trực tiếp thực hành dập đám cháy bằng bình bột, bình khí CO2 và kỹ năng dùng "
                "khăn ướt che mũi, cúi thấp người để thoát ra khỏi phòng có khói."
            ),
            P(
                "Buổi ngoại khóa khép lại với phần thi tìm hiểu kiến thức giữa các chi đội, chi đội 8B giành "
                "giải Nhất."
            ),
            right("<em>Nguyễn Văn Long - TPT Đội</em>"),
        ],
        authors=["Nguyễn Văn Long"],
        summary=(
            "Nhằm trang bị cho học sinh kiến thức và kỹ năng thoát nạn khi có cháy, chiều 27/11, nhà trường "
            "phối hợp với Công an huyện Cẩm Giàng tổ chức buổi ngoại khóa về phòng cháy chữa cháy và cứu "
            "nạn, cứu hộ."
        ),
        opts={"posted": "2026-11-27 14:05", "intro": 1},
    ),
    Story(
        10,
        "hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-huyen-nam-hoc-2026-2027",
        "Học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp huyện năm học 2026-2027",
        "chuyen-mon",
        "2026-11-25T16:20:00+07:00",
        [
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp huyện năm học 2026-2027, "
                "trường THCS Nguyễn Trãi có 3 dự án đạt giải."
            ),
            P("Kết quả cụ thể như sau:"),
            P("TT | Tên dự án | Học sinh | Giải", "row"),
            P("1 | Máy tưới rau tự động dùng cảm biến độ ẩm | Trần Đức Anh, Vũ Thị Ngọc (9A) | Nhất", "row"),
            P("2 | Gạch không nung từ tro trấu | Nguyễn Minh Khôi (8B) | Ba", "row"),
            P("3 | Thùng rác phân loại thông minh | Đào Thu Trang (9C) | Khuyến khích", "row"),
            P(
                "Dự án đạt giải Nhất được chọn tham dự cuộc thi cấp tỉnh tổ chức vào tháng 01/2027 tại thành "
                "phố Hải Dương."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/entry/6-hoi-giang-cap-truong">Hội giảng chào mừng Ngày Nhà giáo '
                "Việt Nam 20-11</a></em></p>"
            ),
            right("<strong>Tổ KHTN</strong>"),
        ],
        authors=["Tổ KHTN"],
        opts={"posted": "2026-11-25 16:20", "intro": 1, "tags": ["khoa-hoc"]},
    ),
    Story(
        9,
        "thong-bao-ve-viec-to-chuc-hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
        "Thông báo về việc tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I",
        "thong-bao",
        "2026-11-30",
        [
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 52/KH-THCSNT ngày 05/9/2026 của Trường THCS Nguyễn Trãi về việc thực hiện "
                "nhiệm vụ năm học 2026 - 2027;"
            ),
            P("Nhà trường thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I như sau:"),
            P("1. Thời gian: 7 giờ 30 phút, Chủ nhật ngày 07/12/2026."),
            P("2. Địa điểm: Tại các phòng học của từng lớp."),
            P("3. Thành phần: Cha mẹ học sinh (hoặc người giám hộ) của tất cả học sinh toàn trường."),
            P(
                "Đề nghị giáo viên chủ nhiệm gửi giấy mời tới cha mẹ học sinh và chuẩn bị báo cáo kết quả "
                "học tập, rèn luyện giữa kỳ của lớp."
            ),
            Raw(_SIGNATURE),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"posted": "2026-12-01 07:30", "intro": 99},
    ),
    Story(
        8,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-tuc",
        "2026-11-20T10:30:00+07:00",
        [
            P(
                "Sáng 20/11, Trường THCS Nguyễn Trãi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tổng "
                "kết đợt thi đua \"Hoa điểm 10 kính tặng thầy cô\"."
            ),
            Img("/images/2026-11/le-20-11-1.jpg", "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm", "pivotx"),
            P(
                "Trong đợt thi đua, toàn trường đạt 4.126 điểm 10, 312 giờ học tốt; chi đội 9A dẫn đầu khối 9, "
                "chi đội 6B dẫn đầu khối 6."
            ),
            P("Thay mặt nhà trường, thầy Hiệu trưởng Nguyễn Văn Thắng chia sẻ:"),
            P(
                "\"Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học trò noi theo.\"",
                "quote",
            ),
            Img("/images/2026-11/le-20-11-2.jpg", "Ảnh: Trần Văn Hùng", None, "center"),
            P(
                "Nhân dịp này, Ban đại diện cha mẹ học sinh trao 20 suất quà cho học sinh có hoàn cảnh khó "
                "khăn vươn lên trong học tập."
            ),
            Img("/images/2026-11/le-20-11-3.thumb.jpg", None, None, "popup"),
            right("<strong>Bài: Đỗ Thị Hạnh - Ảnh: Trần Văn Hùng</strong>"),
        ],
        authors=["Đỗ Thị Hạnh"],
        photographers=["Trần Văn Hùng"],
        opts={
            "posted": "2026-11-20 10:30",
            "intro": 1,
            "tags": ["20-11"],
            "popup_title": "Ban đại diện cha mẹ học sinh trao quà",
            "comments": [
                ("Nguyễn Thị Lan", "20/11/2026 19:02", "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc."),
                ("Ban giám hiệu", "21/11/2026 06:30", "Nhà trường cảm ơn quý phụ huynh!"),
                ("Lớp 9A", "22/11/2026 21:45", "Chúng em yêu thầy cô nhiều lắm ạ."),
            ],
        },
    ),
    Story(
        7,
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        "Liên đội phát động phong trào Kế hoạch nhỏ thu gom giấy vụn",
        "hoat-dong-doi",
        "2026-11-12",
        [
            P(
                "Hưởng ứng phong trào \"Kế hoạch nhỏ\" năm học 2026 - 2027, Liên đội phát động toàn thể đội "
                "viên thu gom giấy vụn, vỏ lon để gây quỹ ủng hộ bạn nghèo."
            ),
            P("Sau một tuần phát động, các chi đội đã thu được hơn 1,2 tấn giấy vụn. Dẫn đầu là:"),
            P("Chi đội 8A: 152 kg"),
            P("Chi đội 9B: 140 kg", "br"),
            P(
                "Toàn bộ số tiền thu được sẽ dùng để mua áo ấm tặng học sinh có hoàn cảnh khó khăn trước "
                "mùa đông."
            ),
            right("<em>Vũ Minh Châu - Liên đội trưởng</em>"),
        ],
        authors=["Vũ Minh Châu"],
        opts={"posted": "2026-11-12 00:00", "intro": 1, "tags": ["doi-tntp"]},
    ),
    Story(
        6,
        "hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20-11",
        "chuyen-mon",
        "2026-11-18T15:00:00+07:00",
        [
            P(
                "Từ ngày 02/11 đến 16/11, nhà trường tổ chức hội giảng cấp trường với 24 tiết dạy của giáo "
                "viên thuộc hai tổ chuyên môn."
            ),
            P(
                "Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng lực học sinh, ứng dụng "
                "hiệu quả công nghệ thông tin và các kỹ thuật dạy học tích cực."
            ),
            Img("/images/2026-11/hoi-giang.thumb.jpg", None, None, "popup"),
            P(
                "Kết quả có 15 tiết xếp loại Tốt, 9 tiết xếp loại Khá. Cô Nguyễn Thị Mai (Ngữ văn) và thầy "
                "Đặng Quốc Huy (Toán) được chọn dự thi giáo viên dạy giỏi cấp huyện."
            ),
        ],
        opts={
            "posted": "2026-11-18 15:00",
            "intro": 1,
            "tags": ["20-11"],
            "edited": "19/11/2026 07:45",
            "old_slug": "hoi-giang-cap-truong",
            "popup_title": "Tiết dạy môn Ngữ văn lớp 8A của cô Nguyễn Thị Mai",
        },
    ),
    Story(
        5,
        "doan-kiem-tra-cua-phong-gd-dt-cam-giang-lam-viec-tai-nha-truong",
        "Đoàn kiểm tra của Phòng GD&ĐT Cẩm Giàng làm việc tại nhà trường",
        "tin-tuc",
        "2026-11-06T08:45:00+07:00",
        [
            P(
                "Ngày 05/11/2026, đoàn kiểm tra công tác đầu năm học của Phòng GD&ĐT Cẩm Giàng do đồng chí "
                "Trưởng phòng làm trưởng đoàn đã làm việc tại Trường THCS Nguyễn Trãi."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, cơ sở vật chất, dự giờ 6 tiết dạy và kiểm tra việc thực hiện "
                "chương trình giáo dục phổ thông 2018 ở các khối lớp."
            ),
            P(
                "Theo kế hoạch, nhà trường sẽ hoàn thiện các nội dung đoàn góp ý trước ngày 30/11/2026."
            ),
            P(
                "Đoàn đánh giá cao sự chuẩn bị chu đáo và kết quả triển khai nhiệm vụ năm học của nhà trường."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Cẩm Giàng</em></p>'),
        ],
        source="Phòng GD&ĐT Cẩm Giàng",
        opts={"posted": "2026-11-06 08:45", "intro": 1},
    ),
    Story(
        4,
        "lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-11-02T12:10:00+07:00",
        [
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027 như sau:"),
            P("Ngày | Khối 6, 7 | Khối 8, 9", "row"),
            P("Thứ Hai, 09/11 | Ngữ văn | Toán", "row"),
            P("Thứ Ba, 10/11 | Toán | Ngữ văn", "row"),
            P("Thứ Tư, 11/11 | Tiếng Anh | Khoa học tự nhiên", "row"),
            P("Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."),
            right("<strong>Ban Giám hiệu</strong>"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"posted": "2026-11-02 12:10", "intro": 99},
    ),
    Story(
        3,
        "hoi-thi-chi-huy-doi-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi “Chỉ huy Đội giỏi” cấp trường năm học 2026-2027",
        "hoat-dong-doi",
        "2026-10-26T14:00:00+07:00",
        [
            P(
                "Chiều 26/10, Liên đội THCS Nguyễn Trãi tổ chức Hội thi \"Chỉ huy Đội giỏi\" cấp trường với sự "
                "tham gia của 36 chỉ huy chi đội."
            ),
            P(
                "Các thí sinh trải qua ba phần thi: kiến thức về Đội, nghi thức Đội và xử lý tình huống trong "
                "sinh hoạt chi đội."
            ),
            Img(
                "/images/2026-10/chi-huy-doi-gioi.jpg",
                "Phần thi nghi thức của chi đội 7A",
                "Phần thi nghi thức của chi đội 7A",
                "pivotx",
            ),
            P("Kết quả:"),
            P("Giải Nhất: em Lê Phương Thảo, chi đội 9B;", "li"),
            P("Giải Nhì: em Nguyễn Gia Bảo, chi đội 8A;", "li"),
            P("Giải Ba: em Phạm Khánh Linh, chi đội 7A.", "li"),
            P("Em Lê Phương Thảo sẽ đại diện Liên đội dự thi cấp huyện."),
            right("<em>Tin: Nguyễn Văn Long - Ảnh: Vũ Minh Châu</em>"),
        ],
        authors=["Nguyễn Văn Long"],
        photographers=["Vũ Minh Châu"],
        opts={"posted": "2026-10-26 14:00", "intro": 1, "tags": ["doi-tntp"]},
    ),
    Story(
        2,
        "cong-doan-nha-truong-to-chuc-ky-niem-ngay-phu-nu-viet-nam-20-10",
        "Công đoàn nhà trường tổ chức kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
        "tin-tuc",
        "2026-10-20T09:00:00+07:00",
        [
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn trường tổ chức buổi "
                "gặp mặt các cô giáo, nữ nhân viên trong nhà trường."
            ),
            P("Tại buổi gặp mặt, các thầy giáo đã tặng hoa và những lời chúc tốt đẹp tới 29 chị em."),
            P(
                "Chương trình văn nghệ và trò chơi dân gian do các thầy tự dàn dựng đã mang lại nhiều tiếng "
                "cười sảng khoái."
            ),
            P("Buổi gặp mặt khép lại trong không khí ấm áp, đoàn kết."),
            right("<strong>Công đoàn trường</strong>"),
        ],
        authors=["Công đoàn trường"],
        opts={"posted": "2026-10-20 09:00", "intro": 1, "entities": True},
    ),
    Story(
        1,
        "ra-mat-cau-lac-bo-em-yeu-khoa-hoc",
        "Ra mắt Câu lạc bộ Em yêu khoa học",
        "hoat-dong-doi",
        "2026-10-08T16:30:00+07:00",
        [
            P(
                "Chiều 08/10, Liên đội ra mắt Câu lạc bộ \"Em yêu khoa học\" với 45 thành viên là học sinh yêu "
                "thích các môn khoa học tự nhiên."
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần tại phòng thực hành bộ môn, do các thầy cô "
                "tổ KHTN hướng dẫn."
            ),
            P("Một số hoạt động của câu lạc bộ", "h"),
            P("Làm thí nghiệm vui và chế tạo mô hình;", "li"),
            P("Tìm hiểu các nhà khoa học Việt Nam;", "li"),
            P("Chuẩn bị ý tưởng cho cuộc thi Khoa học kỹ thuật.", "li"),
            P("Ban chủ nhiệm câu lạc bộ mong nhận được sự ủng hộ của cha mẹ học sinh."),
        ],
        opts={
            "posted": "2026-10-08 16:30",
            "intro": 1,
            "tags": ["doi-tntp", "khoa-hoc"],
            "comments": [("Phụ huynh em Khôi", "09/10/2026 12:20", "Một sân chơi rất bổ ích cho các con.")],
        },
    ),
]

# entries that are not articles: a photo album and a document to download
EXTRA: list[Story] = [
    Story(
        14,
        "album-anh-hoi-khoe-phu-dong-cap-truong",
        "Album ảnh: Hội khỏe Phù Đổng cấp trường",
        "thu-vien-anh",
        None,
        [Img(f"/images/2026-11/hkpd-{i}.jpg", None, None, "plain") for i in range(1, 7)],
        opts={"posted": "2026-11-22 17:10", "intro": 99},
    ),
    Story(
        15,
        "ke-hoach-to-chuc-cac-hoat-dong-chao-mung-ngay-20-11",
        "Kế hoạch tổ chức các hoạt động chào mừng ngày 20/11",
        "van-ban",
        None,
        [
            Raw(
                '<p>Kế hoạch số 61/KH-THCSNT ngày 28/10/2026.</p><p>Tải về: <a href="/files/2026-11/'
                'ke-hoach-20-11.pdf"><img src="/pivotx/pics/pdf.png" alt="" /> ke-hoach-20-11.pdf</a> '
                "(215 KB)</p>"
            )
        ],
        opts={"posted": "2026-11-28 10:00", "intro": 99},
    ),
]

ALL = sorted(STORIES + EXTRA, key=lambda s: s.opts["posted"], reverse=True)
BY_ID = {s.id: s for s in ALL}
GOLD_BY_ID = {s.id: s for s in STORIES}


def entry_href(s: Story) -> str:
    return f"/entry/{s.id}-{s.slug}"


def q_href(s: Story, weblog: str) -> str:
    return f"/?e={s.id}&w={weblog}"


# --- text rendering ------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, entities=2 if s.opts.get("entities") else 0)


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(s, b))
        elif b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(s, g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{_t(s, c)}</{tag}>" for c in g.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" style="border-collapse: collapse; width: 96%;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        elif b.style == "bold":
            out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
        elif b.style == "h":
            out.append(f'<p><strong><span style="font-size: 13pt;">{_t(s, b.text)}</span></strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(s, b.text)}</em></p></blockquote>")
        elif b.style == "br":
            # joins the previous paragraph with a <br />
            prev = out.pop()
            out.append(prev[: -len("</p>")] + f"<br />\n{_t(s, b.text)}</p>")
        else:
            out.append(f"<p>{_t(s, b.text)}</p>")
        i += 1
    return "\n".join(out)


def render_img(s: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "pivotx":
        return (
            '<div class="pivotx-wrapper" style="width: 460px; margin: 6px auto;">'
            f'<img src="{src}" width="450" height="300" alt="{esc(img.src.rsplit("/", 1)[1])}" '
            'class="pivotx-image" />'
            f'<div class="pivotx-caption">{esc(img.printed or "")}</div></div>'
        )
    if img.style == "popup":
        big = esc(img.src.replace(".thumb.jpg", ".jpg"))
        title = esc(s.opts.get("popup_title", ""))
        return (
            f'<p><a href="{big}" class="pivotx-popupimage" rel="lightbox[e{s.id}]" title="{title}">'
            f'<img src="{src}" alt="{title}" title="{title}" class="pivotx-popupimage" '
            'style="float: left; margin: 0 10px 6px 0;" width="200" height="150" /></a></p>'
        )
    if img.style == "plain":
        return f'<a href="{src}" class="pivotx-popupimage" rel="lightbox[e{s.id}]"><img src="{src}" width="150" alt="" /></a>'
    line = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;"><img src="{src}" width="500" height="333" alt="" /></p>{line}'


# --- dates ---------------------------------------------------------------------------------


def posted(s: Story) -> _dt.datetime:
    return _dt.datetime.strptime(s.opts["posted"], "%Y-%m-%d %H:%M")


def clock12(d: _dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def long_day(d: _dt.datetime) -> str:
    return f"{DAYNAMES[d.weekday()]}, {d.day:02d} {MONTHNAMES[d.month]} {d.year}"


# --- page chrome ---------------------------------------------------------------------------


def menu(weblog: str) -> str:
    if weblog == "doi":
        return (
            '<ul id="menu" class="menu-doi"><li><a href="/">Trang trường</a></li>'
            '<li><a href="/?w=doi">Liên đội</a></li>'
            '<li><a href="/category/hoat-dong-doi">Hoạt động Đội</a></li>'
            '<li><a href="/tag/doi-tntp">Tin Đội TNTP</a></li></ul>'
        )
    return (
        '<ul id="menu">'
        '<li class="current"><a href="/">Trang chủ</a></li>'
        '<li><a href="/?p=gioi-thieu">Giới thiệu</a><ul class="sub">'
        '<li><a href="/?p=gioi-thieu">Lịch sử nhà trường</a></li>'
        '<li><a href="/?p=doi-ngu">Đội ngũ giáo viên</a></li></ul></li>'
        '<li><a href="/category/tin-tuc">Tin tức - Sự kiện</a><ul class="sub">'
        '<li><a href="/?c=thong-bao">Thông báo</a></li>'
        '<li><a href="/?c=van-ban">Văn bản</a></li></ul></li>'
        '<li><a href="/category/hoat-dong-doi">Hoạt động Đội</a></li>'
        '<li><a href="/category/chuyen-mon">Chuyên môn</a></li>'
        '<li><a href="/?c=thu-vien-anh">Thư viện ảnh</a></li>'
        '<li><a href="/?w=doi">Liên đội</a></li>'
        '<li><a href="/?p=lien-he">Liên hệ</a></li>'
        "</ul>"
    )


def sidebar() -> str:
    recent = [s for s in ALL if s.id in GOLD_BY_ID][:5]
    recent_html = "".join(
        f'<li><a href="{esc(q_href(s, "thcs"))}">{esc(s.title)}</a></li>' for s in recent
    )
    tags = " ".join(
        f'<a href="/tag/{slug}" rel="tag" style="font-size: {11 + n * 2}px;">{esc(name)}</a>'
        for n, (slug, name) in enumerate(TAGS.items())
    )
    return f"""
<div id="sidebar">
 <div class="khoi"><h3>Tìm kiếm</h3>
  <form method="get" action="/" class="tim"><input type="text" name="q" value="" size="16" />
  <input type="submit" value="Tìm" /></form></div>
 <div class="khoi"><h3>Bài viết mới</h3><ul>{recent_html}</ul></div>
 <div class="khoi"><h3>Lưu trữ</h3>
  <select name="archive" onchange="window.location=this.options[this.selectedIndex].value;">
   <option value="">-- Chọn tháng --</option>
   <option value="/archive/2026-m12">Tháng 12/2026</option>
   <option value="/archive/2026-m11">Tháng 11/2026</option>
   <option value="/archive/2026-m10">Tháng 10/2026</option>
  </select></div>
 <div class="khoi"><h3>Tags</h3><p class="tagcloud">{tags}</p></div>
 <div class="khoi"><h3>Liên kết</h3><ul>
  <li><a href="https://haiduong.edu.vn" target="_blank">Sở GD&amp;ĐT Hải Dương</a></li>
  <li><a href="https://camgiang.edu.vn" target="_blank">Phòng GD&amp;ĐT Cẩm Giàng</a></li>
  <li><a href="https://www.facebook.com/thcsnguyentraicamgiang" target="_blank">Fanpage nhà trường</a></li>
 </ul></div>
 <div class="khoi"><h3>Thăm dò ý kiến</h3>
  <p>Bạn đánh giá thế nào về website của trường?</p>
  <p><label><input type="radio" name="bc" value="1" /> Rất hữu ích</label><br />
  <label><input type="radio" name="bc" value="2" /> Bình thường</label><br />
  <label><input type="radio" name="bc" value="3" /> Cần cải tiến</label></p>
  <p><input type="button" value="Bình chọn" onclick="alert('Cảm ơn bạn!');" /></p></div>
 <div class="khoi thongke"><h3>Thống kê truy cập</h3>
  <p>Đang online: 7<br />Hôm nay: 214<br />Tổng truy cập: 418.372</p></div>
 <div class="khoi"><p><a href="/rss"><img src="/pivotx/pics/rss.png" alt="RSS" /> RSS</a></p></div>
</div>"""


def page(request: Request, title: str, main: str, weblog: str = "thcs", crumbs: str = "") -> Response:
    name = DOI_SITE if weblog == "doi" else SITE
    head_logo = "/pivotx/templates/skinny/img/logo-doi.png" if weblog == "doi" else "/pivotx/templates/skinny/img/logo.png"
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="PivotX" />
<meta name="description" content="Website Trường THCS Nguyễn Trãi - huyện Cẩm Giàng - tỉnh Hải Dương" />
<link rel="stylesheet" type="text/css" href="/pivotx/templates/skinny/skinny.css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base_url(request)}/rss" />
<script type="text/javascript" src="/pivotx/includes/js/jquery.js"></script>
</head>
<body>
<div id="container">
<div id="header">
 <div class="homnay">{TODAY_LINE}</div>
 <a href="/"><img src="{head_logo}" alt="" id="logo" /></a>
 <h1><a href="{"/?w=doi" if weblog == "doi" else "/"}">{esc(name)}</a></h1>
 <p class="slogan">Xã Cẩm Vũ - huyện Cẩm Giàng - tỉnh Hải Dương</p>
</div>
{menu(weblog)}
<div id="main">
{crumbs}
{main}
</div>
{sidebar()}
<div id="footer">
 <p><strong>TRƯỜNG THCS NGUYỄN TRÃI - CẨM GIÀNG - HẢI DƯƠNG</strong><br />
 Địa chỉ: Xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương<br />
 Điện thoại: 0220.3786.125 - Email: c2nguyentrai.cg@haiduong.edu.vn<br />
 &copy; 2012 - 2026 THCS Nguyễn Trãi. Powered by <a href="https://pivotx.net">PivotX</a>.</p>
</div>
</div>
</body>
</html>"""
    return html(body)


# --- entry page ----------------------------------------------------------------------------


def intro_body(s: Story) -> tuple[list, list]:
    n = s.opts.get("intro", 1)
    return s.blocks[:n], s.blocks[n:]


def leaf(d: _dt.datetime) -> str:
    return (
        f'<div class="ngay"><span class="d">{d.day:02d}</span><span class="m">Th{d.month}</span>'
        f'<span class="y">{d.year}</span></div>'
    )


def comment_count(s: Story) -> int:
    return len(s.opts.get("comments", []))


def entry_page(request: Request, s: Story, weblog: str) -> Response:
    d = posted(s)
    intro, rest = intro_body(s)
    catname = CATS[s.cat][0]
    sub = f'<h3 class="tieude-phu">{esc(s.summary)}</h3>\n' if s.sapo_outside and s.summary else ""
    more = f'<a id="body"></a>\n<div class="ndung">\n{render_blocks(s, rest)}\n</div>\n' if rest else ""
    n = comment_count(s)
    meta = (
        f'Đăng bởi <span class="tacgia">quantri</span> lúc {clock12(d)} | Chuyên mục: '
        f'<a href="{cat_href(s.cat)}">{esc(catname)}</a>'
    )
    if s.id in GOLD_BY_ID:
        meta += f' | <a href="{entry_href(s)}#comm">{n} bình luận</a>'
    if s.opts.get("edited"):
        meta += f' | <span class="sua">Sửa lần cuối: {s.opts["edited"]}</span>'
    tags = ""
    if s.opts.get("tags"):
        tags = '<p class="tags">Tags: ' + ", ".join(
            f'<a href="/tag/{t}" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        ) + "</p>"
    others = [o for o in ALL if o.cat == s.cat and o.id != s.id and posted(o) > posted(s)][:3]
    others_html = ""
    if others:
        others_html = '<div class="cactinkhac"><h4>Các tin khác</h4><ul>' + "".join(
            f'<li><a href="{entry_href(o)}">{esc(o.title)}</a> <span class="ngaynho">({posted(o):%d/%m/%Y})</span></li>'
            for o in others
        ) + "</ul></div>"
    comments = ""
    if s.id in GOLD_BY_ID:
        items = "".join(
            f'<div class="bl" id="comment-{s.id * 10 + k}"><div class="bl-nd"><p>{esc(t)}</p></div>'
            f'<p class="bl-ten"><cite>{esc(who)}</cite> - <a href="{entry_href(s)}#comment-{s.id * 10 + k}">{when}</a></p></div>'
            for k, (who, when, t) in enumerate(s.opts.get("comments", []), start=1)
        )
        comments = f"""<div id="comm"><h4>{n} bình luận cho &#8220;{esc(s.title)}&#8221;</h4>{items}</div>
<form method="post" action="{entry_href(s)}#message" id="commentform"><fieldset><legend>Gửi bình luận</legend>
<p><label>Họ tên</label> <input type="text" name="piv_name" /></p>
<p><label>Email</label> <input type="text" name="piv_email" /></p>
<p><label>Nội dung</label><br /><textarea name="piv_comment" rows="5" cols="40"></textarea></p>
<p><input type="hidden" name="piv_code" value="{s.id}" /><input type="submit" value="Gửi bình luận" /></p>
</fieldset></form>"""
    crumbs = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="{cat_href(s.cat)}">{esc(catname)}</a>'
        f" &raquo; {esc(s.title)}</div>"
    )
    main = f"""<div class="entry" id="e{s.id}">
{leaf(d)}
<h2><a href="{entry_href(s)}" rel="bookmark" title="Liên kết cố định">{esc(s.title)}</a></h2>
{sub}<div class="gthieu">
{render_blocks(s, intro)}
</div>
{more}<p class="meta">{meta}</p>
{tags}
<div class="congcu"><a href="javascript:window.print();">In bài</a> |
<a href="https://www.facebook.com/sharer.php?u={base_url(request)}{entry_href(s)}" target="_blank">Chia sẻ Facebook</a> |
<a href="#header">Lên đầu trang</a></div>
</div>
{others_html}
{comments}"""
    return page(request, f"{s.title} » {DOI_SITE if weblog == 'doi' else SITE}", main, weblog, crumbs)


# --- listings ------------------------------------------------------------------------------


def list_html(entries: list[Story], weblog: str = "thcs", titles_only: bool = False) -> str:
    out: list[str] = []
    last_day = None
    for s in entries:
        d = posted(s)
        if d.date() != last_day:
            out.append(f'<h4 class="ngaythang">{long_day(d)}</h4>')
            last_day = d.date()
        href = q_href(s, "doi") if weblog == "doi" else entry_href(s)
        intro, rest = intro_body(s)
        if titles_only:
            out.append(f'<p class="luutru"><a href="{esc(href)}">{esc(s.title)}</a></p>')
            continue
        more = f'<p class="doctiep"><a href="{esc(href)}#body">Đọc tiếp &raquo;</a></p>' if rest else ""
        n = comment_count(s)
        out.append(
            f'<div class="entry tomtat" id="e{s.id}">{leaf(d)}'
            f'<h2><a href="{esc(href)}">{esc(s.title)}</a></h2>'
            f'<div class="gthieu">{render_blocks(s, intro)}</div>{more}'
            f'<p class="meta">quantri | {clock12(d)} | {n} bình luận</p></div>'
        )
    return "\n".join(out)


def paging(base: str, current: int, pages: int) -> str:
    if pages < 2:
        return ""

    def link(n: int) -> str:
        return base if n == 1 else f"{base}/{n}"

    parts = []
    if current > 1:
        parts.append(f'&laquo; <a href="{link(current - 1)}">Trang trước</a> |')
    for n in range(1, pages + 1):
        parts.append(f"<strong>{n}</strong>" if n == current else f'<a href="{link(n)}">{n}</a>')
    if current < pages:
        parts.append(f'| <a href="{link(current + 1)}">Trang sau</a> &raquo;')
    return '<div class="phantrang">' + " ".join(parts) + "</div>"


def category_page(request: Request, slug: str, n: int) -> Response | None:
    entries = [s for s in ALL if s.cat == slug]
    pages = max(1, -(-len(entries) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = entries[(n - 1) * PER_PAGE : n * PER_PAGE]
    name = CATS[slug][0]
    crumbs = f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(name)}</div>'
    main = (
        f'<h2 class="tieude-cm">Chuyên mục: {esc(name)}</h2>\n{list_html(chunk)}\n'
        + paging(f"/category/{slug}", n, pages)
    )
    suffix = f" - Trang {n}" if n > 1 else ""
    return page(request, f"{name}{suffix} » {SITE}", main, crumbs=crumbs)


def home(request: Request) -> Response:
    entries = [s for s in ALL if s.id in GOLD_BY_ID][:5]
    main = list_html(entries) + '\n<p class="xemthem">Xem các bài cũ hơn trong mục <a href="/category/tin-tuc">Tin tức - Sự kiện</a></p>'
    return page(request, f"{SITE} - Cẩm Giàng - Hải Dương", main)


def doi_home(request: Request) -> Response:
    entries = [s for s in ALL if s.cat == "hoat-dong-doi"][:3]
    main = '<div class="chao">Chào mừng các bạn đội viên đến với trang của Liên đội!</div>\n' + list_html(
        entries, weblog="doi"
    )
    return page(request, f"{DOI_SITE}", main, weblog="doi")


def archive_page(request: Request, year: int, month: int) -> Response | None:
    entries = [s for s in ALL if posted(s).year == year and posted(s).month == month]
    if not entries:
        return None
    crumbs = f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; Lưu trữ tháng {month}/{year}</div>'
    main = f'<h2 class="tieude-cm">Lưu trữ: {MONTHNAMES[month]} {year}</h2>\n' + list_html(entries, titles_only=True)
    return page(request, f"Lưu trữ {month}/{year} » {SITE}", main, crumbs=crumbs)


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    entries = [s for s in ALL if tag in s.opts.get("tags", [])]
    crumbs = f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; Tag: {esc(TAGS[tag])}</div>'
    main = f'<h2 class="tieude-cm">Các bài viết gắn tag &#8220;{esc(TAGS[tag])}&#8221;</h2>\n' + list_html(
        entries, titles_only=True
    )
    return page(request, f"Tag: {TAGS[tag]} » {SITE}", main, crumbs=crumbs)


def search_page(request: Request, q: str) -> Response:
    words = q.strip().lower()
    hits = [s for s in ALL if words and words in s.title.lower()]
    main = f'<h2 class="tieude-cm">Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221;</h2>\n'
    main += list_html(hits, titles_only=True) if hits else "<p>Không tìm thấy bài viết nào.</p>"
    return page(request, f"Tìm kiếm » {SITE}", main)


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu nhà trường",
        "<p>Trường THCS Nguyễn Trãi được thành lập năm 1965, đóng trên địa bàn xã Cẩm Vũ, huyện Cẩm Giàng, "
        "tỉnh Hải Dương.</p><p>Trải qua hơn 60 năm xây dựng và trưởng thành, nhà trường đã nhiều năm liền đạt "
        "danh hiệu Tập thể lao động xuất sắc, được Thủ tướng Chính phủ tặng Bằng khen năm 2015.</p>"
        '<p style="text-align: center;"><img src="/images/trang/toan-canh-truong.jpg" width="500" alt="" /></p>'
        "<p>Năm học 2026 - 2027 nhà trường có 18 lớp với 712 học sinh.</p>",
    ),
    "doi-ngu": (
        "Đội ngũ giáo viên",
        '<table border="1" style="border-collapse: collapse;"><tbody>'
        "<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr>"
        "<tr><td>1</td><td>Nguyễn Văn Thắng</td><td>Hiệu trưởng</td><td>Toán</td></tr>"
        "<tr><td>2</td><td>Trần Thị Hương</td><td>Phó Hiệu trưởng</td><td>Ngữ văn</td></tr>"
        "<tr><td>3</td><td>Nguyễn Văn Long</td><td>Tổng phụ trách Đội</td><td>GDCD</td></tr>"
        "<tr><td>4</td><td>Nguyễn Thị Mai</td><td>Tổ trưởng tổ KHXH</td><td>Ngữ văn</td></tr>"
        "<tr><td>5</td><td>Đặng Quốc Huy</td><td>Tổ trưởng tổ KHTN</td><td>Toán</td></tr>"
        "</tbody></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>Trường THCS Nguyễn Trãi</strong></p><p>Địa chỉ: Xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương</p>"
        "<p>Điện thoại: 0220.3786.125</p><p>Email: c2nguyentrai.cg@haiduong.edu.vn</p>"
        '<form method="post" action="/?p=lien-he"><p>Họ tên: <input type="text" name="ten" /></p>'
        '<p>Nội dung: <textarea name="nd" rows="4" cols="40"></textarea></p>'
        '<p><input type="submit" value="Gửi" /></p></form>',
    ),
}


def static_page(request: Request, slug: str) -> Response | None:
    if slug not in STATIC_PAGES:
        return None
    title, content = STATIC_PAGES[slug]
    crumbs = f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(title)}</div>'
    main = f'<div class="trang"><h2>{esc(title)}</h2>\n{content}</div>'
    return page(request, f"{title} » {SITE}", main, crumbs=crumbs)


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{entry_href(s)}</link>"
        f"<guid isPermaLink=\"false\">{s.id}@thcs</guid>"
        f"<pubDate>{posted(s):%a, %d %b %Y %H:%M:00} +0700</pubDate></item>"
        for s in ALL[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{SITE}</title><link>{base}/</link><description>Tin tức nhà trường</description>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------

_ENTRY = re.compile(r"^/entry/(\d+)-([a-z0-9-]+)/?$")
_CAT = re.compile(r"^/category/([a-z-]+)(?:/(\d+))?/?$")
_ARCHIVE = re.compile(r"^/archive/(\d{4})-m(\d{2})/?$")
_TAG = re.compile(r"^/tag/([a-z0-9-]+)/?$")


class PivotXSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/pivotx/")):
            return static_file(path)
        if path.startswith("/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/rss":
            return rss(request)
        if m := _ENTRY.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None or m.group(2) not in (s.slug, s.opts.get("old_slug")):
                return None
            return entry_page(request, s, "thcs")
        if m := _CAT.match(path):
            slug = m.group(1)
            if slug not in CATS:
                return None
            return category_page(request, slug, int(m.group(2) or 1))
        if m := _ARCHIVE.match(path):
            return archive_page(request, int(m.group(1)), int(m.group(2)))
        if m := _TAG.match(path):
            return tag_page(request, m.group(1))
        if path not in ("/", "/index.php"):
            return None
        params = request.params
        weblog = params.get("w", "thcs")
        if weblog not in ("thcs", "doi"):
            return None
        if "e" in params:
            if not params["e"].isdigit() or int(params["e"]) not in BY_ID:
                return None
            return entry_page(request, BY_ID[int(params["e"])], weblog)
        if "c" in params:
            return category_page(request, params["c"], 1) if params["c"] in CATS else None
        if "p" in params:
            return static_page(request, params["p"])
        if "q" in params:
            return search_page(request, params["q"])
        if params.keys() - {"w"}:
            return None
        return doi_home(request) if weblog == "doi" else home(request)


def build_site() -> PivotXSite:
    return PivotXSite()


# --- gold ----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts: list[str] = []
    if s in [x for x in ALL if x.id in GOLD_BY_ID][:5]:
        alts.append(q_href(s, "thcs"))
    if s in [x for x in ALL if x.cat == "hoat-dong-doi"][:3]:
        alts.append(q_href(s, "doi"))
    if s.opts.get("old_slug"):
        alts.append(f"/entry/{s.id}-{s.opts['old_slug']}")
    return gold_record(s, entry_href(s), CATS[s.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/?p=gioi-thieu",
    "/?p=doi-ngu",
    "/?p=lien-he",
    entry_href(BY_ID[14]),
    entry_href(BY_ID[15]),
]
