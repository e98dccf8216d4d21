"""Phòng GD&ĐT huyện Lục Ngạn (Bắc Giang): a home-made Pyramid + Chameleon (ZPT) + SQLAlchemy site.

Platform
    Written around 2016 by the district's IT officer: Pyramid with traversal (a resource tree
    ``Root / "tin-tuc" / <year> / <slug>``), Chameleon page templates with one ``main.pt`` macro
    (XHTML 1.0 Transitional, ``<br />``), SQLAlchemy models whose ``DateTime`` columns some
    templates print raw (``${bai.ngay_dang}``) and others through Babel's ``format_datetime``
    with the ``vi`` locale. Batching copied from Plone's habits (``b_start``, ``b_start:int``,
    ``-C=``). Every article page sets ``<base href>`` to the resource's URL with a slash, as a
    folderish traversal context does, and its own links are written relative to it.

URL scheme
    ``/``                              home: newest 4 posts, "Đọc nhiều" portlet
    ``/tin-tuc``, ``/tin-tuc?b_start=5``, ``?b_start:int=5&-C=``  all posts, 5 a page (3 pages)
    ``/tin-tuc/<yyyy>/<slug>``         article (canonical); ``…/<slug>/``, ``…/<slug>/view`` and
                                       ``…/<slug>/@@print`` are the same article by traversal
    ``/chuyen-muc/<slug>``             category: its newest 3 posts only, "Xem tất cả" -> /tin-tuc
    ``/van-ban``, ``/van-ban/<số hiệu>``  document register and entries (số hiệu has an "Đ",
                                       printed percent-encoded)
    ``/gioi-thieu``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``, ``/tim-kiem?q=``

Page templates
    main.pt: header (logo, name, today "Thứ Bảy, 05/12/2026"), menu with drop-downs, left column
    (categories, "Đọc nhiều", links, poll, visitor counter), centre, footer.
    bai_viet.pt: breadcrumb, ``<h1 class="td-bv">``, the "dòng thông tin" line (``bởi quantri —
    Đăng lúc: … — Sửa lần cuối: … — Lượt xem``), optional "Người viết", optional "mô tả" (sapo),
    ``<div class="nd-bv">`` body, tool bar, "Ý kiến bạn đọc" (comments + form), "Các tin khác".
    in_bai.pt (``@@print``): the same article without the chrome.

How each gold article is reached
    /tin-tuc page 1 (b_start=0): 1-5; page 2 (b_start=5): 6-10; page 3 (b_start=10): 11-13.
    Home shows 1-4; "Đọc nhiều" 6, 1, 4; category pages the newest 3 of their category;
    "Các tin khác" under each article the 3 newest posts. So article 10 is reached only from
    /tin-tuc page 2 and article 13 only from page 3.

Traps
    1. ``<base href="…/tin-tuc/2026/<slug>/">`` on every article page, and the article's own links
       ("Các tin khác" ``../<slug>``, "Xem bản in" ``@@print``, category ``../../../chuyen-muc/…``,
       photos ``anh-1.jpg``) are relative to it. Resolved against the page URL instead they 404
       (``/tin-tuc/<slug>``). Gold: image paths are ``/tin-tuc/2026/<slug>/anh-N.jpg``.
    2. Babel ``vi`` medium datetimes put the time before the day and abbreviate the month:
       "Đăng lúc: 15:20:00 4 thg 12, 2026" -> "2026-12-04T15:20:00+07:00"; "17 thg 11, 2026"
       (day-only format) -> "2026-11-17".
    3. Older templates print the SQLAlchemy value raw, with microseconds:
       "2026-11-28 14:00:07.418000" -> "2026-11-28T14:00:07+07:00".
    4. "Sửa lần cuối" (modified) follows the posting date in the same format on the article and is
       the only date in the listings ("Cập nhật: …"): never the gold date.
    5. Each post is linked twice from every listing in two traversal forms: the title to
       ``…/<slug>/view``, "Xem tiếp »" to ``…/<slug>``; the page also answers ``…/<slug>/`` and
       ``…/<slug>/@@print``. Gold path: ``/tin-tuc/2026/<slug>`` (the canonical link); the other
       three are alt_paths.
    6. Plone-style batching: page numbers link ``/tin-tuc?b_start:int=5&-C=``, "5 tin sau »"
       links ``/tin-tuc?b_start=5``; both serve the same list (pages 2-3 hold articles 6-13).
    7. The body of two articles is cut in two by a "Tin liên quan" portlet the template inserts
       after the second paragraph: ``<div class="nd-bv">`` … portlet … ``<div class="nd-bv
       nd-tiep">``. Gold body: both parts, in order, without the portlet.
    8. One article was typed as plain text and is printed in ``<div class="nd-bv"
       style="white-space:pre-line">`` with blank lines between paragraphs and no ``<p>``. Gold:
       one paragraph per blank-line-separated block.
    9. Captions above the photo: ``<div class="ct-anh">line</div>`` then ``<p><img/></p>``, in
       two articles; elsewhere a two-row table with the line under the photo. A photo whose only
       line is "Ảnh: X" has no caption (X is a photographer).
    10. "Ý kiến bạn đọc": readers' comments with names, Babel dates and ``<p>`` text under the
        article: not body, not authors, not dates.
    11. Bylines: "bởi quantri" (CMS account) in the info line -> nobody; "Người viết: X" in its
        own line under it -> X; closing "Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Phó Trưởng
        phòng", a unit alone, "Nguồn: …", "Theo …" as the README says.
    12. An official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", signer);
        posted on 1 Dec, letterhead day 30 Nov -> "2026-11-30", signer is the author.

Gold decisions on ambiguous points
    - The sapo exists only where the page prints ``<div class="mo-ta"><strong>…</strong></div>``
      (outside the body: ``sapo_outside``) or a body's first paragraph is wholly bold.
    - The pre-line article's "Người viết: Trần Văn Long" line is the author.
    - The document register and its entries are not articles; the comments are chrome.
    - The category is the breadcrumb's middle crumb (the menu's name of the category).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "pyramid_chameleon_pgd"
PLATFORM = "Pyramid + Chameleon (ZPT) + SQLAlchemy, home-made, traversal URLs"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo huyện Lục Ngạn"
B_SIZE = 5

CATS = {
    "tin-giao-duc": "Tin giáo dục",
    "chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "doan-the": "Công đoàn - Đoàn Đội",
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


_LETTERHEAD = Raw(
    '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="vb-dau"><tr>'
    '<td width="40%" align="center">UBND HUYỆN LỤC NGẠN<br /><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b>'
    "<br />Số: 412/TB-PGDĐT</td>"
    '<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br /><b><u>Độc lập - Tự do - '
    'Hạnh phúc</u></b><br /><i>Lục Ngạn, ngày 30 tháng 11 năm 2026</i></td></tr></table>'
    '<p align="center"><b>THÔNG BÁO</b><br /><b>Về việc tổ chức Giao lưu Olympic Tiếng Anh '
    "học sinh tiểu học cấp huyện năm học 2026-2027</b></p>"
)
_DOC_CLOSE = Raw(
    '<table width="100%" border="0" class="vb-cuoi"><tr><td width="50%" valign="top">'
    "<b><i>Nơi nhận:</i></b><br />- Các trường TH, TH&amp;THCS;<br />- Lãnh đạo Phòng;<br />"
    '- Lưu: VT, GDTH.</td><td align="center" valign="top"><b>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG '
    "PHÒNG</b><br /><br /><br /><i>(Đã ký)</i><br /><br /><b>Giáp Văn Thắng</b></td></tr></table>"
)


def _stories() -> list[Story]:
    s: list[Story] = []
    s.append(Story(
        1, "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027", "chuyen-mon",
        "2026-12-04T15:20:00+07:00",
        [
            P("Từ ngày 01 đến ngày 04/12/2026, Phòng GD&ĐT Lục Ngạn tổ chức Hội thi giáo viên dạy "
              "giỏi cấp huyện bậc THCS với 86 giáo viên của 29 trường tham gia."),
            Img("anh-1.jpg", "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi", "below"),
            P("Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành "
              "hai tiết dạy trên lớp, một tiết do giáo viên tự chọn, một tiết bốc thăm."),
            P("Ban giám khảo đánh giá nhiều tiết dạy được thiết kế theo hướng phát triển năng lực, "
              "vận dụng linh hoạt công nghệ thông tin và các kỹ thuật dạy học tích cực."),
            Img("anh-2.jpg", "Ảnh: Hà Phương", None, "below"),
            P("Kết quả, 61 giáo viên được công nhận giáo viên dạy giỏi cấp huyện; Trường THCS Kiên "
              "Thành, THCS Phượng Sơn và THCS Tân Hoa có tỷ lệ đạt cao nhất."),
            _right("<b>Tin, ảnh: Hà Phương</b>"),
        ],
        authors=["Hà Phương"], photographers=["Hà Phương"],
        summary="Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tâm huyết với nghề.",
        sapo_outside=True,
        opts={"date": "babel", "modified": "2026-12-05T08:02:11", "comments": [
            ("Phụ huynh Nguyễn Văn Tâm", "2026-12-04T20:11:05",
             "Chúc mừng các thầy cô đạt giải, mong các thầy cô tiếp tục cố gắng."),
            ("Hoàng Thị Lan", "2026-12-05T06:45:30",
             "Tiết dạy của cô giáo trường Phượng Sơn rất hay, học sinh hào hứng."),
        ]},
    ))
    s.append(Story(
        2, "trao-120-suat-qua-cho-hoc-sinh-vung-cao-truoc-mua-ret",
        "Lục Ngạn: Trao 120 suất quà cho học sinh vùng cao trước mùa rét", "tin-giao-duc",
        "2026-12-03T09:05:00+07:00",
        [
            P("Sáng 02/12, Phòng GD&ĐT phối hợp với Hội Chữ thập đỏ huyện trao 120 suất quà cho "
              "học sinh có hoàn cảnh khó khăn tại các xã Sa Lý, Phong Minh và Tân Sơn."),
            P("Mỗi suất quà gồm áo ấm, chăn, sách vở và 300.000 đồng tiền mặt, tổng trị giá hơn "
              "80 triệu đồng do các nhà hảo tâm đóng góp."),
            Img("anh-1.jpg", "Các em học sinh Trường PTDTBT TH Sa Lý nhận quà",
                "Các em học sinh Trường PTDTBT TH Sa Lý nhận quà", "above"),
            P("Phát biểu tại buổi trao quà, đại diện Phòng GD&ĐT đề nghị các nhà trường quan tâm "
              "chỗ ăn, chỗ ở của học sinh bán trú khi nhiệt độ xuống thấp."),
            P("Các em học sinh bày tỏ niềm vui và hứa sẽ cố gắng học tập tốt hơn."),
            _right("<b>Tin: Lê Văn Quang - Ảnh: Hoàng Thị Mai</b>"),
        ],
        authors=["Lê Văn Quang"], photographers=["Hoàng Thị Mai"],
        opts={"date": "babel", "modified": "2026-12-03T10:40:52", "split": 2},
    ))
    s.append(Story(
        3, "thong-bao-to-chuc-giao-luu-olympic-tieng-anh-hoc-sinh-tieu-hoc",
        "Thông báo tổ chức Giao lưu Olympic Tiếng Anh học sinh tiểu học cấp huyện năm học 2026-2027",
        "thong-bao", "2026-11-30",
        [
            _LETTERHEAD,
            P("Thực hiện Kế hoạch số 15/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT về nhiệm vụ năm "
              "học 2026-2027, Phòng GD&ĐT thông báo tổ chức Giao lưu Olympic Tiếng Anh học sinh "
              "tiểu học cấp huyện như sau:"),
            P("1. Đối tượng: học sinh lớp 4, lớp 5 đang học tại các trường tiểu học trên địa bàn "
              "huyện; mỗi trường chọn cử không quá 04 học sinh."),
            P("2. Thời gian: 07 giờ 30 phút, thứ Bảy ngày 19/12/2026."),
            P("3. Địa điểm: Trường Tiểu học Thị trấn Chũ."),
            P("4. Hồ sơ đăng ký gửi về Phòng GD&ĐT (bộ phận Tiểu học) qua hộp thư điện tử trước "
              "ngày 12/12/2026."),
            P("Nhận được Thông báo này, đề nghị Hiệu trưởng các trường triển khai thực hiện./."),
            _DOC_CLOSE,
        ],
        authors=["Giáp Văn Thắng"],
        opts={"date": "babel", "posted": "2026-12-01T08:10:00", "modified": "2026-12-01T08:12:40",
              "attach": ("/files/tb-412-olympic-tieng-anh.pdf", "TB 412 Olympic Tieng Anh.pdf")},
    ))
    s.append(Story(
        4, "cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu",
        "Công đoàn ngành Giáo dục huyện tổ chức giải bóng chuyền hơi nữ", "doan-the",
        "2026-11-28T14:00:07+07:00",
        [
            P("Chào mừng 44 năm Ngày Nhà giáo Việt Nam, Công đoàn ngành Giáo dục Lục Ngạn tổ chức "
              "giải bóng chuyền hơi nữ cho 24 đội đến từ các cụm trường."),
            P("Các trận đấu diễn ra sôi nổi, đoàn kết; nhiều đội có sự chuẩn bị chu đáo về trang "
              "phục và chiến thuật."),
            Img("/anh/2026/11/bong-chuyen-hoi.jpg", "Trận chung kết giữa cụm Chũ và cụm Biên Sơn",
                "Trận chung kết giữa cụm Chũ và cụm Biên Sơn", "below"),
            P("Kết thúc giải, Ban tổ chức trao giải Nhất cho cụm trường thị trấn Chũ, giải Nhì "
              "cho cụm Biên Sơn và hai giải Ba cho cụm Kiên Lao, cụm Phượng Sơn."),
            _right("<b>Công đoàn ngành Giáo dục Lục Ngạn</b>"),
        ],
        authors=["Công đoàn ngành Giáo dục Lục Ngạn"],
        opts={"date": "raw", "micro": "418000", "modified": "2026-11-29T07:31:55"},
    ))
    s.append(Story(
        5, "chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” tại Trường TH Kiên Thành",
        "chuyen-mon", "2026-11-25T07:45:00+07:00",
        [
            P("Ngày 24/11/2026, Trường Tiểu học Kiên Thành tổ chức chuyên đề cấp huyện về đổi mới "
              "sinh hoạt chuyên môn theo nghiên cứu bài học."),
            P("Tham dự có đại diện bộ phận Tiểu học Phòng GD&ĐT, cán bộ quản lý và tổ trưởng "
              "chuyên môn của 12 trường tiểu học cụm Kiên Thành - Kiên Lao."),
            P("Các đại biểu dự giờ tiết Tiếng Việt lớp 3, sau đó cùng thảo luận, phân tích hoạt "
              "động học của từng nhóm học sinh thay vì đánh giá giờ dạy của giáo viên."),
            P("Chuyên đề giúp các nhà trường thống nhất cách tổ chức sinh hoạt chuyên môn, lấy "
              "học sinh làm trung tâm."),
        ],
        authors=["Trần Văn Long"],
        opts={"date": "babel", "modified": "2026-11-25T07:45:00", "pre": True,
              "writer": "Trần Văn Long"},
    ))
    s.append(Story(
        6, "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "tin-giao-duc",
        "2026-11-20T10:30:00+07:00",
        [
            P("Sáng 19/11, Phòng GD&ĐT Lục Ngạn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026.", "b"),
            P("Dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND huyện cùng hơn 300 cán bộ quản lý, "
              "giáo viên tiêu biểu của các trường."),
            Img("anh-1.jpg", "Lãnh đạo huyện tặng hoa chúc mừng các thầy cô giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng các thầy cô giáo", "below"),
            P("Năm học 2025-2026, toàn huyện có 98,6% học sinh lớp 9 được công nhận tốt nghiệp "
              "THCS; 27 học sinh đạt giải học sinh giỏi cấp tỉnh."),
            Img("anh-2.jpg", "Các nhà giáo tiêu biểu nhận Giấy khen",
                "Các nhà giáo tiêu biểu nhận Giấy khen", "below"),
            P("Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 45 nhà giáo có thành tích xuất sắc "
              "trong sự nghiệp trồng người."),
            Img("anh-3.jpg", None, None, "below"),
            _right("<b>ThS. Đỗ Minh Tuấn - Phó Trưởng phòng GD&amp;ĐT</b>"),
        ],
        authors=["Đỗ Minh Tuấn"],
        summary="Sáng 19/11, Phòng GD&ĐT Lục Ngạn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026.",
        opts={"date": "babel", "modified": "2026-11-21T16:02:09", "comments": [
            ("Cựu học sinh THCS Chũ", "2026-11-20T21:03:44",
             "Kính chúc các thầy cô luôn mạnh khỏe và hạnh phúc."),
        ]},
    ))
    s.append(Story(
        7, "kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-xa-sa-ly",
        "Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại xã Sa Lý", "tin-giao-duc",
        "2026-11-17",
        [
            P("Đoàn kiểm tra của huyện do Phòng GD&ĐT chủ trì đã kiểm tra hồ sơ phổ cập giáo dục, "
              "xóa mù chữ năm 2026 tại xã Sa Lý."),
            P("Theo báo cáo, xã duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập "
              "tiểu học mức độ 2 và xóa mù chữ mức độ 1."),
            P("Đoàn đề nghị xã tiếp tục vận động người dân độ tuổi 15-35 tham gia lớp xóa mù chữ "
              "do Trường PTDTBT TH&THCS Sa Lý mở."),
            Raw('<p style="text-align: right;"><i>Nguồn: Cổng TTĐT huyện Lục Ngạn</i></p>'),
        ],
        source="Cổng TTĐT huyện Lục Ngạn",
        opts={"date": "babel_day", "modified": "2026-11-18T09:00:00"},
    ))
    s.append(Story(
        8, "lien-doi-thcs-phuong-son-ra-quan-ke-hoach-nho",
        "Liên đội Trường THCS Phượng Sơn ra quân “Kế hoạch nhỏ” thu gom giấy vụn", "doan-the",
        "2026-11-12T16:45:00+07:00",
        [
            P("Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027, Liên đội Trường THCS Phượng "
              "Sơn tổ chức ra quân thu gom giấy vụn, chai nhựa."),
            P("Sau một buổi, các chi đội đã thu gom được:"),
            P("Hơn 1,2 tấn giấy vụn các loại;", "li"),
            P("350 kg chai nhựa, vỏ lon;", "li"),
            P("Số tiền 9,6 triệu đồng ủng hộ quỹ “Đôi dép yêu thương”.", "li"),
            Img("/anh/2026/11/ke-hoach-nho-1.jpg", "(Các đội viên cân giấy vụn tại sân trường)",
                "Các đội viên cân giấy vụn tại sân trường", "below"),
            P("Chi đội 8A dẫn đầu với 142 kg giấy vụn và được Liên đội khen thưởng."),
            _right("<b>Nguyễn Thị Thu Hà</b> (TPT Đội)"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "babel", "modified": "2026-11-13T08:15:20"},
    ))
    s.append(Story(
        9, "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-tieu-hoc",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ, giáo viên tiểu học", "chuyen-mon",
        "2026-11-06T08:00:41+07:00",
        [
            P("Trong hai ngày 04 và 05/11/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản "
              "lý trường học cho cán bộ, giáo viên tiểu học."),
            P("Lịch tập huấn theo cụm như sau:"),
            P("Cụm | Địa điểm | Thời gian", "tr"),
            P("Chũ - Hồng Giang | Trường TH Thị trấn Chũ | Sáng 04/11", "tr"),
            P("Biên Sơn - Tân Sơn | Trường TH Biên Sơn | Chiều 04/11", "tr"),
            P("Kiên Thành - Kiên Lao | Trường TH Kiên Thành | Sáng 05/11", "tr"),
            P("Học viên được hướng dẫn nhập điểm, nhận xét học sinh, quản lý hồ sơ chuyên môn và "
              "kết xuất báo cáo lên cơ sở dữ liệu ngành."),
            _right("<b>Bộ phận Tiểu học</b>"),
        ],
        authors=["Bộ phận Tiểu học"],
        opts={"date": "raw", "micro": "062315", "modified": "2026-11-06T11:20:03"},
    ))
    s.append(Story(
        10, "hoc-sinh-luc-ngan-dat-9-giai-hoi-thi-tin-hoc-tre-cap-tinh",
        "Học sinh Lục Ngạn đạt 9 giải Hội thi Tin học trẻ cấp tỉnh", "tin-giao-duc",
        "2026-10-30T14:15:00+07:00",
        [
            P("Tại Hội thi Tin học trẻ tỉnh Bắc Giang lần thứ XXII, đội tuyển huyện Lục Ngạn giành "
              "9 giải gồm 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích."),
            P("Em Vi Văn Hưng, học sinh lớp 9 Trường THCS Tân Hoa, đạt giải Nhì bảng B với sản phẩm "
              "phần mềm tra cứu kỹ thuật chăm sóc cây vải thiều."),
            P("Mỗi sản phẩm là một câu chuyện về quê hương, các em đã dùng tin học để giải quyết "
              "những việc rất gần với đời sống.", "q"),
            Img("anh-1.jpg", "Em Vi Văn Hưng giới thiệu sản phẩm dự thi",
                "Em Vi Văn Hưng giới thiệu sản phẩm dự thi", "above"),
            P("Thành tích này đưa Lục Ngạn xếp thứ ba toàn đoàn trong 10 huyện, thị xã, thành phố."),
            _right("<b>Minh Hằng</b>"),
            Raw('<p style="text-align: right;"><i>Theo Báo Bắc Giang</i></p>'),
        ],
        authors=["Minh Hằng"], source="Báo Bắc Giang",
        opts={"date": "babel", "modified": "2026-10-31T07:05:00", "split": 2},
    ))
    s.append(Story(
        11, "ke-hoach-kiem-tra-noi-bo-hoc-ky-i-nam-hoc-2026-2027",
        "Kế hoạch kiểm tra nội bộ học kỳ I năm học 2026-2027", "thong-bao",
        "2026-10-22T09:40:00+07:00",
        [
            P("Phòng GD&ĐT hướng dẫn các đơn vị xây dựng và thực hiện kế hoạch kiểm tra nội bộ "
              "học kỳ I năm học 2026-2027."),
            P("I. Mục đích, yêu cầu", "h"),
            P("Đánh giá đúng thực trạng việc thực hiện nhiệm vụ của cán bộ, giáo viên, nhân viên; "
              "kịp thời điều chỉnh, uốn nắn những hạn chế."),
            P("II. Nội dung kiểm tra", "h"),
            P("Kiểm tra hoạt động sư phạm của ít nhất 1/3 số giáo viên; kiểm tra việc thu, chi "
              "các khoản đóng góp đầu năm học."),
            P("Báo cáo kết quả gửi về Phòng GD&ĐT trước ngày 15/01/2027."),
        ],
        opts={"date": "babel", "modified": "2026-10-22T09:40:00"},
    ))
    s.append(Story(
        12, "doan-thanh-nien-phong-gd-dt-huong-ung-ngay-chu-nhat-xanh",
        "Đoàn Thanh niên Phòng GD&ĐT hưởng ứng “Ngày Chủ nhật xanh”", "doan-the",
        "2026-10-15T15:00:52+07:00",
        [
            P("Chiều 11/10, Chi đoàn Phòng GD&ĐT phối hợp Đoàn xã Nam Dương ra quân “Ngày Chủ nhật "
              "xanh” tại Trường Mầm non Nam Dương."),
            Img("/anh/2026/10/chu-nhat-xanh.jpg", "Đoàn viên dọn vệ sinh khuôn viên trường",
                "Đoàn viên dọn vệ sinh khuôn viên trường", "above"),
            P("Các đoàn viên dọn vệ sinh, trồng 50 cây xanh và sơn lại đồ chơi ngoài trời cho các "
              "cháu mầm non."),
            P("Hoạt động góp phần xây dựng cảnh quan trường học xanh - sạch - đẹp."),
            _right("<b>Tin, ảnh: Chi đoàn Phòng GD&amp;ĐT</b>"),
        ],
        authors=["Chi đoàn Phòng GD&ĐT"], photographers=["Chi đoàn Phòng GD&ĐT"],
        opts={"date": "raw", "micro": "730001", "modified": "2026-10-16T08:00:00"},
    ))
    s.append(Story(
        13, "hoi-nghi-tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hội nghị tổng kết năm học 2025-2026, triển khai nhiệm vụ năm học 2026-2027",
        "tin-giao-duc", "2026-10-08T10:10:00+07:00",
        [
            P("Hội nghị đánh giá kết quả năm học 2025-2026 và bàn giải pháp thực hiện nhiệm vụ "
              "trọng tâm năm học mới."),
            P("Năm học 2025-2026, toàn huyện có 61 trường đạt chuẩn quốc gia, tăng 4 trường so với "
              "năm học trước."),
            P("Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 99,2%."),
            P("Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học đạt 99,7%.", "br"),
            Img("anh-1.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "below"),
            P("Năm học 2026-2027, ngành tập trung nâng cao chất lượng dạy học ngoại ngữ, chuyển "
              "đổi số và kiên cố hóa phòng học ở các xã vùng cao."),
            _right("<b>Ngọc Ánh</b>"),
        ],
        authors=["Ngọc Ánh"],
        summary="Ngày 07/10, Phòng GD&ĐT Lục Ngạn tổ chức Hội nghị tổng kết năm học 2025-2026, "
                "triển khai nhiệm vụ năm học 2026-2027.",
        sapo_outside=True,
        opts={"date": "babel", "modified": "2026-10-09T14:22:17"},
    ))
    return s


STORIES = _stories()
BY_SLUG = {st.slug: st for st in STORIES}


def _year(st: Story) -> str:
    return "2026"


def art_path(st: Story) -> str:
    return f"/tin-tuc/{_year(st)}/{st.slug}"


def _posted(st: Story) -> str:
    """The posting moment the info line prints (naive local ISO)."""
    return st.opts.get("posted") or st.published_at[:19]


# --- dates as the templates print them --------------------------------------------------------


def babel_dt(iso: str) -> str:
    """Babel ``format_datetime(dt, 'medium', locale='vi')``: "15:20:00 4 thg 12, 2026"."""
    y, mo, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return f"{iso[11:19]} {d} thg {mo}, {y}"


def babel_day(iso: str) -> str:
    y, mo, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return f"{d} thg {mo}, {y}"


def raw_dt(iso: str, micro: str = "000000") -> str:
    """``str(datetime)`` of a SQLAlchemy column: "2026-11-28 14:00:07.418000"."""
    return f"{iso[:10]} {iso[11:19]}.{micro}"


def _printed_posted(st: Story) -> str:
    form = st.opts["date"]
    if form == "raw":
        return raw_dt(_posted(st), st.opts.get("micro", "000000"))
    if form == "babel_day":
        return babel_day(_posted(st) if len(_posted(st)) > 10 else st.published_at)
    return babel_dt(_posted(st))


def _printed_modified(st: Story) -> str:
    mod = st.opts["modified"]
    return raw_dt(mod, "120044") if st.opts["date"] == "raw" else babel_dt(mod)


# --- the body -------------------------------------------------------------------------------


def _img(img: Img) -> str:
    if img.style == "above":
        line = f'<div class="ct-anh" style="text-align:center;font-style:italic">{esc(img.printed)}</div>' \
            if img.printed else ""
        return f'{line}<p style="text-align: center;"><img src="{esc(img.src)}" alt="" width="520" /></p>'
    rows = f'<tr><td><img src="{esc(img.src)}" alt="" width="520" border="0" /></td></tr>'
    if img.printed:
        rows += f'<tr><td class="dong-ct"><em>{esc(img.printed)}</em></td></tr>'
    return f'<table class="bang-anh" align="center" cellpadding="3" cellspacing="0">{rows}</table>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">'
                       + "".join(rows) + "</table>")
            continue
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            # a following "br" paragraph shares this <p>, after a <br />
            texts = [esc(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                texts.append(esc(blocks[i].text))
            out.append('<p style="text-align: justify;">' + "<br />\n".join(texts) + "</p>")
        i += 1
    return "\n".join(out)


def _related_portlet(st: Story) -> str:
    others = [o for o in STORIES if o.cat == st.cat and o.id != st.id][:2]
    items = "".join(f'<li><a href="../{o.slug}">{esc(o.title)}</a></li>' for o in others)
    return (f'<div class="portlet portlet-lq" style="float:right;width:210px;border:1px solid #ccc">'
            f'<div class="portletHeader">Tin liên quan</div><ul>{items}</ul></div>')


def body_html(st: Story) -> str:
    if st.opts.get("pre"):
        text = "\n\n".join(esc(b.text) for b in st.blocks if isinstance(b, P))
        return f'<div class="nd-bv" style="white-space:pre-line">\n{text}\n</div>'
    split = st.opts.get("split")
    if split:
        # cut after the ``split``-th paragraph
        seen = 0
        for k, b in enumerate(st.blocks):
            if isinstance(b, P):
                seen += 1
                if seen == split:
                    cut = k + 1
                    break
        first, rest = st.blocks[:cut], st.blocks[cut:]
        return (f'<div class="nd-bv">\n{render_blocks(first)}\n</div>\n{_related_portlet(st)}\n'
                f'<div class="nd-bv nd-tiep">\n{render_blocks(rest)}\n</div>')
    return f'<div class="nd-bv">\n{render_blocks(st.blocks)}\n</div>'


# --- chrome ---------------------------------------------------------------------------------

_MOST_READ = [6, 1, 4]


def _header() -> str:
    cats = "".join(f'<li><a href="/chuyen-muc/{k}">{esc(v)}</a></li>' for k, v in CATS.items())
    return f"""<div id="dau-trang">
 <div class="ngay-hom-nay">{TODAY_LINE}</div>
 <a href="/"><img src="/static/img/logo-pgd.png" alt="Logo Phòng GD&amp;ĐT Lục Ngạn" width="90" /></a>
 <div class="ten-dv"><span>UBND HUYỆN LỤC NGẠN</span><br /><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></div>
</div>
<ul id="menu-ngang">
 <li><a href="/">Trang chủ</a></li>
 <li><a href="/gioi-thieu">Giới thiệu</a><ul class="menu-con">
  <li><a href="/gioi-thieu">Giới thiệu chung</a></li>
  <li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
 <li><a href="/tin-tuc">Tin tức</a><ul class="menu-con">{cats}</ul></li>
 <li><a href="/van-ban">Văn bản</a></li>
 <li><a href="/lien-he">Liên hệ</a></li>
</ul>
<form id="tim-kiem" method="get" action="/tim-kiem"><input type="text" name="q" value="" />
<input type="submit" value="Tìm" /></form>"""


def _left() -> str:
    cats = "".join(f'<li><a href="/chuyen-muc/{k}">{esc(v)}</a></li>' for k, v in CATS.items())
    most = "".join(
        f'<li><a href="{art_path(STORIES[i - 1])}/view">{esc(STORIES[i - 1].title)}</a></li>'
        for i in _MOST_READ
    )
    return f"""<div id="cot-trai">
 <dl class="portlet"><dt class="portletHeader">Chuyên mục</dt><dd><ul>{cats}</ul></dd></dl>
 <dl class="portlet"><dt class="portletHeader">Đọc nhiều</dt><dd><ol>{most}</ol></dd></dl>
 <dl class="portlet"><dt class="portletHeader">Liên kết</dt><dd><ul>
  <li><a href="https://sgdbacgiang.edu.vn/" target="_blank">Sở GD&amp;ĐT Bắc Giang</a></li>
  <li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
  <li><a href="https://lucngan.bacgiang.gov.vn/" target="_blank">Cổng TTĐT huyện Lục Ngạn</a></li>
 </ul></dd></dl>
 <dl class="portlet"><dt class="portletHeader">Thăm dò ý kiến</dt><dd>
  <form method="post" action="/binh-chon"><p>Bạn đánh giá thế nào về website?</p>
  <label><input type="radio" name="y" value="1" /> Rất hữu ích</label><br />
  <label><input type="radio" name="y" value="2" /> Bình thường</label><br />
  <input type="submit" value="Bình chọn" /></form></dd></dl>
 <dl class="portlet"><dt class="portletHeader">Thống kê truy cập</dt><dd>
  Đang online: 17<br />Hôm nay: 412<br />Tổng truy cập: 1.208.566</dd></dl>
</div>"""


def _footer() -> str:
    return """<div id="chan-trang">
 <p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN LỤC NGẠN</b></p>
 <p>Địa chỉ: Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang - ĐT: 0204.3882.345 -
 Email: pgdlucngan@bacgiang.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT. Thiết kế: Tổ CNTT Phòng GD&amp;ĐT</p>
 <p>&#169; 2016-2026 Phòng GD&amp;ĐT Lục Ngạn. Powered by Pyramid.</p>
</div>"""


def page(title: str, centre: str, head_extra: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} — {SITE}</title>
{head_extra}
<link rel="stylesheet" type="text/css" href="/static/css/pgd.css" />
<script type="text/javascript" src="/static/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div id="bao-ngoai">
{_header()}
<div id="khung-giua">
{_left()}
<div id="cot-giua">
{centre}
</div>
</div>
{_footer()}
</div>
</body>
</html>"""


# --- pages ----------------------------------------------------------------------------------


def _comments(st: Story) -> str:
    items = "".join(
        f'<div class="yk"><span class="yk-ten"><b>{esc(name)}</b></span> '
        f'<span class="yk-ngay">({babel_dt(when)})</span><p>{esc(txt)}</p></div>'
        for name, when, txt in st.opts.get("comments", [])
    )
    n = len(st.opts.get("comments", []))
    return f"""<div id="y-kien-ban-doc"><h4>Ý kiến bạn đọc ({n})</h4>{items}
<form method="post" action="@@gui-y-kien" class="deform">
 <label>Họ và tên</label><input type="text" name="ho_ten" />
 <label>Email</label><input type="text" name="email" />
 <label>Nội dung</label><textarea name="noi_dung" rows="4"></textarea>
 <input type="submit" name="gui" value="Gửi ý kiến" /></form></div>"""


def _info_line(st: Story) -> str:
    return (f'<div class="dong-tt"><span class="ng-dang">bởi quantri</span> — '
            f'<span class="ngay-dang">Đăng lúc: {_printed_posted(st)}</span> — '
            f'<span class="ngay-sua">Sửa lần cuối: {_printed_modified(st)}</span> — '
            f'<span class="luot-xem">Lượt xem: {st.views()}</span></div>')


def _article_core(st: Story) -> str:
    parts = [f'<h1 class="td-bv">{esc(st.title)}</h1>', _info_line(st)]
    if st.opts.get("writer"):
        parts.append(f'<div class="ng-viet">Người viết: <b>{esc(st.opts["writer"])}</b></div>')
    if st.summary and st.sapo_outside:
        parts.append(f'<div class="mo-ta"><strong>{esc(st.summary)}</strong></div>')
    parts.append(body_html(st))
    if st.opts.get("attach"):
        href, label = st.opts["attach"]
        parts.append(f'<div class="dinh-kem">File đính kèm: <a href="{href}">{esc(label)}</a></div>')
    return "\n".join(parts)


def article_page(st: Story, request: Request) -> str:
    base = base_url(request)
    newest = [o for o in STORIES if o.id != st.id][:3]
    others = "".join(
        f'<li><a href="../{o.slug}">{esc(o.title)}</a> <span class="ngay">({babel_day(_posted(o))})</span></li>'
        for o in newest
    )
    centre = f"""<div class="dong-dan"><a href="/">Trang chủ</a> › <a href="../../../chuyen-muc/{st.cat}">{esc(CATS[st.cat])}</a> › <span>{esc(st.title)}</span></div>
<div class="bai-viet" id="bv-{st.id}">
{_article_core(st)}
<div class="cong-cu">
 <a href="javascript:void(0)" onclick="window.open('@@print','inbai','width=760,height=600,scrollbars=1');return false;"><img src="/static/img/print.gif" alt="" /> In bài</a> |
 <a href="mailto:?subject={quote(st.title)}"><img src="/static/img/email.gif" alt="" /> Gửi email</a> |
 <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base + art_path(st))}" target="_blank"><img src="/static/img/fb.png" alt="Chia sẻ" /></a> |
 <a href="#bao-ngoai">Về đầu trang</a>
</div>
{_comments(st)}
<div class="cac-tin-khac"><h4>Các tin khác</h4><ul>{others}</ul></div>
</div>"""
    head = (f'<base href="{base}{art_path(st)}/" />\n'
            f'<link rel="canonical" href="{base}{art_path(st)}" />\n'
            f'<meta name="description" content="{esc(st.summary or st.title)}" />')
    return page(st.title, centre, head)


def print_page(st: Story, request: Request) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(st.title)}</title>
<base href="{base}{art_path(st)}/" />
<link rel="canonical" href="{base}{art_path(st)}" />
</head><body onload="window.print()">
<div class="in-dau">{SITE}</div>
<div class="bai-viet">
{_article_core(st)}
</div>
<div class="in-cuoi">Địa chỉ bài viết: {base}{art_path(st)}</div>
</body></html>"""


def _item(st: Story) -> str:
    return f"""<div class="muc-tin">
 <a href="{art_path(st)}/view"><img src="/anh/thumb/{st.id}.jpg" alt="" width="120" class="anh-nho" /></a>
 <h3><a href="{art_path(st)}/view">{esc(st.title)}</a></h3>
 <div class="cap-nhat">Cập nhật: {_printed_modified(st)}</div>
 <p>{esc((st.summary or next(b.text for b in st.blocks if isinstance(b, P)))[:160])}…</p>
 <a class="xem-tiep" href="{art_path(st)}">Xem tiếp »</a>
</div>"""


def listing_page(b_start: int) -> str | None:
    total = len(STORIES)
    if b_start < 0 or b_start >= total or b_start % B_SIZE:
        return None
    items = "".join(_item(st) for st in STORIES[b_start:b_start + B_SIZE])
    nums = []
    for k in range(0, total, B_SIZE):
        n = k // B_SIZE + 1
        if k == b_start:
            nums.append(f'<span class="current">{n}</span>')
        else:
            nums.append(f'<a href="/tin-tuc?b_start:int={k}&amp;-C=">{n}</a>')
    nav = []
    if b_start > 0:
        nav.append(f'<a class="previous" href="/tin-tuc?b_start={b_start - B_SIZE}">« {B_SIZE} tin trước</a>')
    nav.append(" ".join(nums))
    if b_start + B_SIZE < total:
        nxt = min(B_SIZE, total - b_start - B_SIZE)
        nav.append(f'<a class="next" href="/tin-tuc?b_start={b_start + B_SIZE}">{nxt} tin sau »</a>')
    centre = (f'<div class="dong-dan"><a href="/">Trang chủ</a> › <span>Tin tức</span></div>'
              f'<h2 class="td-muc">Tin tức</h2>{items}'
              f'<div class="listingBar">{" | ".join(nav)}</div>')
    return page("Tin tức", centre)


def category_page(slug: str) -> str:
    posts = [st for st in STORIES if st.cat == slug][:3]
    items = "".join(_item(st) for st in posts)
    centre = (f'<div class="dong-dan"><a href="/">Trang chủ</a> › <span>{esc(CATS[slug])}</span></div>'
              f'<h2 class="td-muc">{esc(CATS[slug])}</h2>{items}'
              f'<p class="xem-tat-ca"><a href="/tin-tuc">Xem tất cả tin »</a></p>')
    return page(CATS[slug], centre)


def home_page() -> str:
    first, rest = STORIES[0], STORIES[1:4]
    lead = f"""<div class="tin-noi-bat">
 <a href="{art_path(first)}/view"><img src="/anh/thumb/{first.id}-lon.jpg" alt="" width="320" /></a>
 <h2><a href="{art_path(first)}/view">{esc(first.title)}</a></h2>
 <p>{esc(first.summary or "")}</p><a href="{art_path(first)}">Xem tiếp »</a></div>"""
    items = "".join(_item(st) for st in rest)
    docs = "".join(f'<li><a href="/van-ban/{quote(d.so_hieu)}">{esc(d.so_hieu_in)}</a> - '
                   f'{esc(d.trich_yeu)}</li>' for d in DOCS)
    centre = (f'{lead}<h3 class="td-muc">Tin mới</h3>{items}'
              f'<p><a href="/tin-tuc">Xem tất cả tin tức »</a></p>'
              f'<div class="vb-moi"><h3>Văn bản mới</h3><ul>{docs}</ul></div>')
    return page("Trang chủ", centre)


@dataclass(frozen=True)
class Doc:
    so_hieu: str      # the traversal name
    so_hieu_in: str   # as printed
    trich_yeu: str
    ngay: str


DOCS = [
    Doc("412-TB-PGDĐT", "412/TB-PGDĐT", "Thông báo tổ chức Giao lưu Olympic Tiếng Anh học sinh tiểu học",
        "30/11/2026"),
    Doc("398-PGDĐT-TCCB", "398/PGDĐT-TCCB", "Về việc rà soát, bổ sung hồ sơ cán bộ, viên chức",
        "20/11/2026"),
    Doc("15-KH-PGDĐT", "15/KH-PGDĐT", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027", "05/09/2026"),
]
DOC_BY = {d.so_hieu: d for d in DOCS}


def doc_list_page() -> str:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{quote(d.so_hieu)}">{esc(d.so_hieu_in)}</a></td>'
        f"<td>{esc(d.trich_yeu)}</td><td>{d.ngay}</td></tr>" for d in DOCS)
    centre = ('<div class="dong-dan"><a href="/">Trang chủ</a> › <span>Văn bản</span></div>'
              '<h2 class="td-muc">Văn bản chỉ đạo, điều hành</h2>'
              '<table class="vb" border="1"><tr><th>Số hiệu</th><th>Trích yếu</th>'
              f"<th>Ngày ban hành</th></tr>{rows}</table>")
    return page("Văn bản", centre)


def doc_page(d: Doc) -> str:
    pdf = f"/files/{quote(d.so_hieu)}.pdf"
    centre = (f'<div class="dong-dan"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản</a> › '
              f"<span>{esc(d.so_hieu_in)}</span></div>"
              f'<h2 class="td-muc">Văn bản số {esc(d.so_hieu_in)}</h2>'
              '<table class="vb-ct" border="1">'
              f"<tr><th>Số hiệu</th><td>{esc(d.so_hieu_in)}</td></tr>"
              f"<tr><th>Trích yếu</th><td>{esc(d.trich_yeu)}</td></tr>"
              f"<tr><th>Ngày ban hành</th><td>{d.ngay}</td></tr>"
              "<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT Lục Ngạn</td></tr>"
              "<tr><th>Người ký</th><td>Giáp Văn Thắng</td></tr>"
              f'<tr><th>Tải về</th><td><a href="{pdf}">{esc(d.so_hieu_in)}.pdf</a></td></tr></table>')
    return page(f"Văn bản {d.so_hieu_in}", centre)


INTRO = [
    ("/gioi-thieu", "Giới thiệu chung",
     "<p>Phòng Giáo dục và Đào tạo huyện Lục Ngạn là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
     "quản lý nhà nước về giáo dục trên địa bàn 29 xã, thị trấn.</p><p>Toàn huyện có 112 trường "
     "mầm non, tiểu học, THCS với hơn 48.000 học sinh.</p>"),
    ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức",
     "<table border='1'><tr><td>Trưởng phòng</td><td>Nguyễn Văn Bình</td></tr>"
     "<tr><td>Phó Trưởng phòng</td><td>Giáp Văn Thắng</td></tr>"
     "<tr><td>Phó Trưởng phòng</td><td>Đỗ Minh Tuấn</td></tr></table>"),
    ("/lien-he", "Liên hệ",
     "<p>Phòng GD&amp;ĐT huyện Lục Ngạn, Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang.</p>"
     "<p>Điện thoại: 0204.3882.345 - Email: pgdlucngan@bacgiang.edu.vn</p>"
     "<form method='post' action='/lien-he'><input name='ho_ten' /><textarea name='nd'></textarea>"
     "<input type='submit' value='Gửi' /></form>"),
]


def simple_page(title: str, inner: str) -> str:
    centre = (f'<div class="dong-dan"><a href="/">Trang chủ</a> › <span>{esc(title)}</span></div>'
              f'<h2 class="td-muc">{esc(title)}</h2><div class="nd-trang">{inner}</div>')
    return page(title, centre)


_ART = re.compile(r"^/tin-tuc/(\d{4})/([a-z0-9-]+)(/|/view|/@@print)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.lower().endswith(".pdf") and path.startswith("/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/static/", "/anh/")) or re.match(r"^/tin-tuc/\d{4}/[a-z0-9-]+/anh-\d+\.jpg$", path):
            return static_file(path)
        if path == "/":
            return html(home_page())
        if path == "/tin-tuc":
            params = request.params
            raw = params.get("b_start:int", params.get("b_start", "0"))
            if not raw.isdigit():
                return None
            body = listing_page(int(raw))
            return html(body) if body else None
        m = _ART.match(path)
        if m:
            st = BY_SLUG.get(m.group(2))
            if st is None or m.group(1) != _year(st):
                return None
            if m.group(3) == "/@@print":
                return html(print_page(st, request))
            return html(article_page(st, request))
        if path.startswith("/chuyen-muc/") and path[12:] in CATS:
            return html(category_page(path[12:]))
        if path == "/van-ban":
            return html(doc_list_page())
        if path.startswith("/van-ban/") and path[9:] in DOC_BY:
            return html(doc_page(DOC_BY[path[9:]]))
        for p, title, inner in INTRO:
            if path == p:
                return html(simple_page(title, inner))
        if path == "/tim-kiem":
            q = request.params.get("q", "")
            return html(simple_page("Tìm kiếm", f"<p>Không tìm thấy kết quả cho “{esc(q)}”.</p>"))
        if path == "/binh-chon" and request.method == "POST":
            return html(simple_page("Kết quả bình chọn", "<p>Cảm ơn bạn đã bình chọn.</p>"))
        return None


def build_site() -> Site:
    return Site()


def _gold(st: Story) -> dict:
    p = art_path(st)
    return gold_record(st, p, CATS[st.cat], canonical_path=p,
                       alt_paths=[p + "/", p + "/view", p + "/@@print"], image_page=p + "/")


GOLD = [_gold(st) for st in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    *(f"/van-ban/{quote(d.so_hieu)}" for d in DOCS),
]
