"""Liferay Portal 5.2 (CE 5.2.3, 2009-era) of a provincial Department of Education and Training.

"Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh", still on the Liferay 5.2 install a
vendor delivered in 2010: a custom theme ("sgddt-theme") derived from Classic, page layouts made
of portlet boxes (``portlet-boundary`` / ``portlet-topper`` / ``portlet-title`` /
``portlet-content``) in a ``lfr-grid`` table, Journal articles (web content) rendered through a
vendor Velocity template and listed by Asset Publisher portlets (``101_INSTANCE_xxxx``).

URL scheme
----------
- ``/`` -> 302 ``/web/guest/home`` (the start URL); ``/web/guest`` -> 302 the same.
- Layouts (pages): ``/web/guest/<friendly-url>``: ``home``, ``gioi-thieu``, ``co-cau-to-chuc``,
  ``tin-tuc``, ``giao-duc-trung-hoc``, ``gdmn-gdth``, ``thong-bao``, ``van-ban``,
  ``thu-vien-anh``, ``video-clip``, ``lien-he``. The menu's parent "Hoạt động chuyên môn" is a
  link-to-page layout pointing at ``giao-duc-trung-hoc``.
- A category listing: the layout's Asset Publisher prints abstracts; page N of it is
  ``/web/guest/tin-tuc?p_p_id=101_INSTANCE_tT9x&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
  &p_p_col_id=column-2&p_p_col_count=3&cur=N`` (Liferay's page iterator: "Đầu tiên / Trước /
  Tiếp / Cuối" links, a page ``<select>`` and a delta ``<select>`` driven by JavaScript).
- An article: the same layout with the portlet's render parameters
  ``?p_p_id=101_INSTANCE_<inst>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=…
  &p_p_col_count=…&_101_INSTANCE_<inst>_struts_action=%2Fasset_publisher%2Fview_content
  &_101_INSTANCE_<inst>_redirect=<the listing's URL>&_101_INSTANCE_<inst>_urlTitle=<slug>
  &_101_INSTANCE_<inst>_type=content``. The full content is shown *inside the listing layout*,
  in place of the abstracts, with every other portlet of the layout around it.
- The same article by the AP friendly-URL mapper: ``/web/guest/<layout>/-/asset_publisher/<inst>
  /content/<slug>`` (the vendor's "Các tin khác" and "Tin xem nhiều" boxes print this form).
- The same article through the home page's own Asset Publisher (``101_INSTANCE_hOm3``,
  ``p_p_col_id=column-2&p_p_col_count=2``), rendered inside the home layout.
- Print view: ``…&p_p_state=pop_up…&_101_INSTANCE_<inst>_viewMode=print`` (opened by an
  ``onclick`` handler only).
- Session ids: a request without the ``JSESSIONID`` cookie gets ``Set-Cookie`` and every
  portal-generated link rewritten ``/web/guest/tin-tuc;jsessionid=A3F0…?p_p_id=…`` (Tomcat URL
  rewriting); the server accepts ``;jsessionid=…`` on every path.
- Search: GET form to ``/web/guest/home?p_p_id=3…&_3_keywords=…``; login ``/c/portal/login``
  -> 302 the login portlet (58) maximized; poll and contact form POST (``p_p_lifecycle=1``) ->
  302 back.
- Document library: ``/web/guest/van-ban`` lists documents; one entry page
  ``?p_p_id=20…&_20_struts_action=%2Fdocument_library%2Fview_file_entry…``; files
  ``/c/document_library/get_file?uuid=…&groupId=10136`` (PDF).
- Images: ``/image/journal/article?img_id=…&t=…`` (journal images), ``/image/image_gallery?
  uuid=…&groupId=10136&t=…`` (image gallery), ``/image/company_logo?…``, theme files under
  ``/html/…`` and ``/sgddt-theme/…``.

Page templates
--------------
Every page: XHTML 1.0 Transitional, ``<title>`` = the *layout's* name + site name, a top bar with
today's date ("Thứ Bảy, 05/12/2026"), the search form and "Đăng nhập", ``<h1 class=
"company-title">`` holding only the banner logo, ``#navigation`` with drop-down ``child-menu``
lists, ``.breadcrumbs`` of layouts (never the article), a three-column ``lfr-grid`` table
(column-1: Navigation portlet "DANH MỤC", "VĂN BẢN MỚI", "LIÊN KẾT WEBSITE" select, banners;
column-2: the layout's main portlets; column-3: Journal Content "LỊCH TIẾP CÔNG DÂN", poll,
"TIN XEM NHIỀU", visitor counter "THỐNG KÊ TRUY CẬP"), footer with address/phone/email.
The article is the vendor Velocity template's output inside ``div.journal-content-article``:
``div.td_tin`` (headline), ``div.ngay_tin`` (date line, in one of five forms), an optional
``div.tomtat_tin`` (sapo), ``div.nd_tin`` (FCKeditor 2 rich text); after it the AP's tool icons,
``asset-metadata`` ("Người đăng", "Lượt xem", "Từ khóa"), ratings, the discussion ("Ý kiến bạn
đọc") and the vendor's "Các tin khác" list.

How each gold article is reached
--------------------------------
"Tin tức - Sự kiện" (``tT9x``, 4 per page): page 1 holds s1, s2, s4, s3; page 2 (``cur=2``) holds
s5 and s6 only. "Giáo dục Trung học" (``Qm2r``): s7, s9, s8. "Giáo dục Mầm non - Tiểu học"
(``Lp7c``): s10, s11. "Thông báo" (``Nb5d``): s13, s12 (also hand-linked from the home page's
"THÔNG BÁO MỚI" marquee). The home page's AP shows the four newest (s1, s13, s2, s7). Each
article page's "Các tin khác" links up to three older articles of its section (friendly form);
"TIN XEM NHIỀU" links s3, s1, s2. The gold path of each article is the link its own category
listing prints (page 1 of the listing without ``cur``; page 2 with ``cur=2`` in the redirect).
A browser-like walk from the start URL that drops ``;jsessionid`` fetches 47 pages.

Traps
-----
1. Headline nowhere a generic reader looks: ``<title>`` and the portlet title are the *layout's*
   name ("Tin tức - Sự kiện - Sở Giáo dục…"), the only ``<h1>`` is the department's banner, the
   listing used ``<h3 class="asset-title">`` but the article page prints its headline in the
   template's ``<div class="td_tin">``. Gold title: the ``td_tin`` text.
2. One article, many URLs: the listing link (with a ``_redirect`` back-link parameter that differs
   between ``tin-tuc`` and ``tin-tuc?…&cur=1``, reached from page 2's "Đầu tiên"/"Trước"), the
   home AP instance ``hOm3`` (rendered in the home layout, breadcrumb "Trang chủ"), the friendly
   ``/-/asset_publisher/…/content/<slug>`` form of "Các tin khác"/"Tin xem nhiều", the print
   pop-up, and all of them again with ``;jsessionid=…``. Gold: one record per article, the
   others in ``alt_paths``; category = the article's own section, never "Trang chủ".
3. Session ids: the first, cookie-less answer (the start page) rewrites every portal link with
   ``;jsessionid=A3F0…``; later answers (cookie sent) do not. Gold paths carry no session id.
4. Dates: the template prints "Cập nhật lúc: <modified>" *before* "Ngày đăng: <published>";
   Java's vi_VN 12-hour clock "3:20 CH" (CH = afternoon, SA = morning) -> 15:20; one template
   prints ``$reserved-article-display-date`` raw in GMT ("Wed, 02 Dec 2026 04:10:00 +0000" ->
   2026-12-02T11:10:00+07:00); "12:00 SA" is midnight -> the day alone; "Ngày 15/11/2026" with a
   timed "Cập nhật" in the metadata -> the day alone; the official notice -> its letterhead day
   (2026-11-30), not the AP's "Ngày đăng: 01/12/2026".
5. Look-alike content in the chrome: column-3's Journal Content portlet ("LỊCH TIẾP CÔNG DÂN")
   uses the same ``div.journal-content-article`` markup as the article; on home-form article
   pages the home layout's "Giới thiệu chung" journal box and notice marquee are there too;
   readers' comments ("Ý kiến bạn đọc") and the comment form follow the text. None is body.
6. FCKeditor 2 text: one article entity-encoded (``&agrave;``/``&#7897;``), one pasted from Word
   (``MsoNormal`` spans, ``mso-list:Ignore`` list markers that are no text, while an
   editor-typed "- " is text), ``<br />`` splitting paragraphs, photo captions in layout tables
   inside the text (caption, not a table row of the body), a results table whose rows are body.
7. Bylines and sources: AP metadata "Người đăng: vanthu.sgd" (CMS account: nobody); "Tin, ảnh:
   X"; "Tin: X - Ảnh: Y"; "ThS. X - Văn phòng Sở" -> X; "Hoàng Anh (Phòng GDTrH)" -> Hoàng Anh;
   units signing alone ("Phòng Quản lý chất lượng", "Văn phòng Sở", "Phòng GDMN"); "BBT" ->
   nobody; "Nguồn: Báo Hà Tĩnh" -> source; "Theo kế hoạch, …" is a body sentence.
8. Pagination: only the page iterator's links reach page 2 of "Tin tức - Sự kiện" (the page
   ``<select>`` and the delta ``<select>`` are JavaScript); s5 and s6 are linked nowhere else.
9. Lines that are not text: "Xem thêm: <a>…</a>" (external), "File đính kèm: <a>….pdf</a>",
   the photo-credit-only line "Ảnh: Nguyễn Hoa" (caption None, photographer), a caption in
   parentheses "(Các em học sinh …)" (caption without them), footnote call ``[1]`` kept but a bare
   ``<sup>2</sup>`` call dropped, the notes ("Chú thích") kept.
10. Document-library entries (title, number, date, signer) and the gallery / video pages look
   like articles but are not (NON_ARTICLES).

Gold decisions on ambiguous points
----------------------------------
- The sapo printed by the template in ``div.tomtat_tin`` is the summary and the body's first
  paragraph (s1); a bold first paragraph of the rich text is the summary too (s3, s7); other
  articles have no summary although the listing prints a description for them.
- The official notice (s12): body = the "Căn cứ" lines, the text and its numbered sections and
  table rows; not the letterhead, "THÔNG BÁO", "Về việc …", "Nơi nhận", the signer's block.
  Author = the signer "Nguyễn Văn Quang"; date = "2026-11-30".
- "Tin, ảnh: Lê Thị Thu Hiền (Trường THPT Nguyễn Du)" -> the name in both lists.
- s4 prints "Ảnh: Thu Trang" under its photo and "Thu Trang" as the byline: author and
  photographer "Thu Trang"; caption None.
- Emoji in s9's title and text kept as printed.
- The gold path is the category listing's link; the home-page and friendly forms are alternates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "liferay52_legacy_sgddt"
PLATFORM = "Liferay Portal 5.2 (Classic-derived theme, Asset Publisher, Journal)"
START_PATH = "/web/guest/home"

SITE = "Sở Giáo dục và Đào tạo Hà Tĩnh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
JSID = "A3F09C2D7B41E8856F1D2C0B9E7A4D13"
GROUP_ID = "10136"
COMPANY_ID = "10112"
THEME_IMG = "/html/themes/sgddt-theme/images"

# --- the articles ---------------------------------------------------------------------------

IMG_J = "/image/journal/article?img_id={}&t={}"


def _ji(img_id: int, t: int) -> str:
    return IMG_J.format(img_id, t)


S1 = Story(
    id=16431,
    slug="so-gd-t-to-chuc-hoi-nghi-trien-khai-ke-hoach-chuyen-oi-so-trong-giao-duc-giai-oan-2026-2030",
    title="Sở GD&ĐT tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số trong giáo dục giai đoạn 2026 - 2030",
    cat="tin-tuc",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Sáng 04/12, Sở GD&ĐT tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số trong giáo dục "
        "giai đoạn 2026 - 2030 với sự tham dự của hơn 250 đại biểu là lãnh đạo các phòng chuyên "
        "môn, hiệu trưởng các trường THPT, giám đốc các trung tâm GDNN-GDTX và đại diện UBND các "
        "xã, phường."
    ),
    sapo_outside=True,
    authors=["Thanh Hà"],
    photographers=["Thanh Hà"],
    blocks=[
        P(
            "Phát biểu khai mạc hội nghị, đồng chí Trần Văn Hùng, Giám đốc Sở GD&ĐT nhấn mạnh: "
            "chuyển đổi số không chỉ là việc trang bị máy móc, phần mềm mà trước hết là thay đổi "
            "nhận thức, cách làm của mỗi cán bộ quản lý, giáo viên. Sau giai đoạn 2021 - 2025, "
            "toàn ngành đã hoàn thành việc số hóa hồ sơ, học bạ điện tử cho 100% trường tiểu học "
            "và THCS; cơ sở dữ liệu ngành được kết nối, đồng bộ với cơ sở dữ liệu của Bộ GD&ĐT."
        ),
        Img(
            _ji(16437, 1764836400000),
            "Giám đốc Sở GD&ĐT Trần Văn Hùng phát biểu khai mạc hội nghị",
            "Giám đốc Sở GD&ĐT Trần Văn Hùng phát biểu khai mạc hội nghị",
            style="tbl",
        ),
        P(
            "Theo kế hoạch, giai đoạn 2026 - 2030 ngành tập trung vào ba nhóm nhiệm vụ trọng tâm:"
        ),
        P(
            "Hoàn thiện hạ tầng số, bảo đảm 100% cơ sở giáo dục có kết nối Internet cáp quang tốc "
            "độ cao, 80% phòng học được trang bị thiết bị trình chiếu;",
            "li",
        ),
        P(
            "Triển khai học bạ số, văn bằng số và hồ sơ giáo viên số trên toàn tỉnh từ năm học "
            "2027 - 2028;",
            "li",
        ),
        P(
            "Xây dựng kho học liệu số dùng chung với ít nhất 5.000 bài giảng điện tử đạt chuẩn, "
            "phục vụ dạy học trực tuyến và tự học của học sinh.",
            "li",
        ),
        Img(
            _ji(16439, 1764836400000),
            "Các đại biểu tham dự hội nghị",
            "Các đại biểu tham dự hội nghị",
            style="tbl",
        ),
        P(
            "Tại hội nghị, đại diện Phòng Kế hoạch - Tài chính trình bày dự thảo danh mục đầu tư; "
            "Trường THPT Phan Đình Phùng và Trường THCS Lê Văn Thiêm chia sẻ kinh nghiệm triển "
            "khai lớp học thông minh, quản lý nhà trường trên nền tảng số."
        ),
        P(
            "Kết luận hội nghị, Giám đốc Sở đề nghị các đơn vị khẩn trương xây dựng kế hoạch chi "
            "tiết, gửi về Sở (qua Văn phòng) trước ngày 20/12/2026 để tổng hợp, báo cáo UBND tỉnh."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Thanh Hà</strong></p>'),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 05/12/2026 8:47 SA</span> | '
        "Ngày đăng: 04/12/2026 3:20 CH",
        "day": "04/12/2026",
        "tags": ["chuyển đổi số", "hội nghị"],
        "comments": [
            ("Nguyễn Văn Tùng", "05/12/2026 7:12 SA",
             "Mong Sở sớm triển khai học bạ số cho cấp THPT để giảm bớt thủ tục giấy tờ cho phụ huynh."),
        ],
    },
)

S2 = Story(
    id=16402,
    slug="ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026-2027-dien-ra-nghiem-tuc-an-toan",
    title="Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027 diễn ra nghiêm túc, an toàn",
    cat="tin-tuc",
    published_at="2026-12-02T11:10:00+07:00",
    authors=["Phòng Quản lý chất lượng"],
    blocks=[
        P(
            "Trong hai ngày 01 và 02/12/2026, Sở GD&ĐT tổ chức Kỳ thi chọn học sinh giỏi tỉnh lớp 12 "
            "THPT năm học 2026 - 2027 tại 03 điểm thi: Trường THPT chuyên Hà Tĩnh, Trường THPT Phan "
            "Đình Phùng và Trường THPT Thành Sen."
        ),
        P(
            "Kỳ thi có 1.486 thí sinh dự thi ở 12 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, "
            "Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp, Giáo dục kinh tế và pháp luật, Công "
            "nghệ. Thời gian làm bài mỗi môn là 180 phút."
        ),
        P("Số lượng thí sinh dự thi tại các điểm thi:", "h"),
        P("Điểm thi | Số phòng thi | Số thí sinh | Vắng thi", "th"),
        P("THPT chuyên Hà Tĩnh | 24 | 562 | 3", "tr"),
        P("THPT Phan Đình Phùng | 22 | 516 | 5", "tr"),
        P("THPT Thành Sen | 17 | 408 | 2", "tr"),
        P("Tổng cộng | 63 | 1.486 | 10", "tr"),
        P(
            "Trước mỗi buổi thi, lãnh đạo Sở đã đi kiểm tra công tác coi thi tại các điểm thi. Đến "
            "hết buổi thi cuối cùng, không có cán bộ coi thi và thí sinh vi phạm quy chế; đề thi "
            "được đánh giá bám sát định hướng phát triển năng lực, có tính phân hóa cao."
        ),
        P(
            "Công tác chấm thi được tổ chức tập trung từ ngày 05/12 đến ngày 12/12/2026 tại Trung "
            "tâm Khảo thí và Kiểm định chất lượng giáo dục. Kết quả kỳ thi dự kiến công bố trước "
            "ngày 20/12/2026 trên Cổng thông tin điện tử của Sở."
        ),
        Img(
            _ji(16409, 1764648600000),
            "Thí sinh làm bài thi tại điểm thi Trường THPT chuyên Hà Tĩnh",
            "Thí sinh làm bài thi tại điểm thi Trường THPT chuyên Hà Tĩnh",
            style="tbl",
        ),
        Raw('<p align="right"><b>Phòng Quản lý chất lượng</b></p>'),
    ],
    opts={
        # the template prints $reserved-article-display-date as it comes: GMT, RFC 822
        "date": "Wed, 02 Dec 2026 04:10:00 +0000",
        "day": "02/12/2026",
        "tags": ["học sinh giỏi", "thi cử"],
    },
)

S3 = Story(
    id=16355,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc",
    published_at="2026-11-20T09:45:00+07:00",
    summary=(
        "Sáng 20/11, Sở GD&ĐT long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tôn "
        "vinh 44 nhà giáo tiêu biểu của ngành năm 2026."
    ),
    authors=["Nguyễn Thị Minh Hằng"],
    blocks=[
        P(
            "Sáng 20/11, Sở GD&ĐT long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tôn "
            "vinh 44 nhà giáo tiêu biểu của ngành năm 2026.",
            "b",
        ),
        P(
            "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, đại diện lãnh đạo các sở, ban, ngành "
            "cấp tỉnh cùng đông đảo các thế hệ nhà giáo, cán bộ quản lý giáo dục trên địa bàn."
        ),
        P(
            "Năm học 2025 - 2026, toàn ngành có 38 học sinh đạt giải quốc gia, 4 học sinh được chọn "
            "vào đội tuyển dự thi Olympic quốc tế và khu vực; tỷ lệ tốt nghiệp THPT đạt 99,2%, điểm "
            "trung bình các môn thi tốt nghiệp đứng thứ 9 cả nước."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội "
            "ngũ nhà giáo và gửi gắm:"
        ),
        P(
            "“Mỗi thầy giáo, cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng "
            "tạo để học sinh noi theo.”",
            "q",
        ),
        Img(
            "/image/image_gallery?uuid=7c1f0e2a-5b3d-4f6e-9a81-2d4c6b8e0f13&groupId=10136&t=1763606700000",
            "Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            style="center",
        ),
        P(
            "Nhân dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 32 cá nhân; Giám đốc Sở "
            "GD&ĐT tặng Giấy khen cho 44 nhà giáo tiêu biểu có nhiều đóng góp trong sự nghiệp "
            "trồng người."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>ThS. Nguyễn Thị Minh Hằng - Văn phòng Sở'
            "</strong></em></p>"
        ),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 21/11/2026 4:02 CH</span> | '
        "Ngày đăng: 20/11/2026 9:45 SA",
        "day": "20/11/2026",
        "entities": 1,
        "tags": ["20/11", "nhà giáo"],
        "comments": [
            ("Cựu học sinh", "20/11/2026 8:30 CH",
             "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc và tiếp tục cống hiến cho sự nghiệp giáo dục quê hương."),
            ("Phụ huynh xã Thạch Hà", "21/11/2026 6:05 SA",
             "Xin cảm ơn các thầy cô đã tận tụy với các cháu trong những ngày mưa lũ vừa qua."),
        ],
    },
)

S4 = Story(
    id=16318,
    slug="oan-cong-tac-bo-gd-t-kiem-tra-cong-tac-chuan-bi-co-so-vat-chat-tai-cac-truong-vung-lu",
    title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác khắc phục cơ sở vật chất tại các trường vùng lũ",
    cat="tin-tuc",
    published_at="2026-11-25",
    authors=["Thu Trang"],
    photographers=["Thu Trang"],
    source="Báo Hà Tĩnh",
    blocks=[
        P(
            "Từ ngày 23 đến 24/11/2026, đoàn công tác của Bộ GD&ĐT do ông Nguyễn Đức Thịnh, Phó "
            "Vụ trưởng Vụ Cơ sở vật chất làm trưởng đoàn đã đi kiểm tra công tác khắc phục hậu quả "
            "mưa lũ, bảo đảm điều kiện dạy học tại một số trường học trên địa bàn các xã Hương Khê, "
            "Hương Đô và Vũ Quang."
        ),
        P(
            "Đợt mưa lũ cuối tháng 10 vừa qua đã làm 46 trường học bị ngập sâu, hư hỏng nhiều thiết "
            "bị dạy học, bàn ghế, sách vở của học sinh. Ngay sau khi nước rút, các nhà trường đã "
            "huy động giáo viên, phụ huynh và lực lượng vũ trang dọn dẹp vệ sinh, sớm đón học sinh "
            "trở lại lớp."
        ),
        Img(_ji(16322, 1764036000000), "Ảnh: Thu Trang", None, style="tbl"),
        P(
            "Tại Trường Tiểu học Hương Khê, đoàn đã kiểm tra các phòng học được sửa chữa, thiết bị "
            "được bổ sung từ nguồn hỗ trợ của các nhà hảo tâm. Đến nay, 100% học sinh vùng lũ đã "
            "có đủ sách giáo khoa và đồ dùng học tập."
        ),
        P(
            "Đoàn công tác đánh giá cao sự chủ động của ngành Giáo dục Hà Tĩnh và đề nghị Sở tiếp "
            "tục rà soát, tổng hợp nhu cầu kinh phí sửa chữa, mua sắm thiết bị để Bộ xem xét hỗ "
            "trợ trong quý I năm 2027."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="https://baohatinh.vn/giao-duc/">Hà Tĩnh: Hơn 46 trường '
            "học bị ngập sâu sau mưa lũ</a></em></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Thu Trang</strong></p>'),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
    ],
    opts={
        "date": "Ngày đăng: 25/11/2026 12:00 SA",
        "day": "25/11/2026",
        "tags": ["cơ sở vật chất", "mưa lũ"],
    },
)

S5 = Story(
    id=16270,
    slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027-142-giao-vien-tham-gia",
    title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027: 142 giáo viên tham gia",
    cat="tin-tuc",
    published_at="2026-11-15",
    authors=["Hoàng Anh"],
    blocks=[
        P(
            "Từ ngày 09 đến 14/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc "
            "THCS năm học 2026 - 2027 tại Trường THCS Lê Văn Thiêm và Trường THCS Nguyễn Du.",
            "msop",
        ),
        P(
            "Tham gia hội thi có 142 giáo viên của 11 môn học, là những giáo viên đã đạt danh hiệu "
            "giáo viên dạy giỏi cấp trường và được các cơ sở giáo dục lựa chọn, cử dự thi. Mỗi giáo "
            "viên phải trải qua hai phần thi:",
            "msop",
        ),
        P(
            "Trình bày biện pháp nâng cao chất lượng dạy học, giáo dục học sinh (thời gian tối đa "
            "15 phút);",
            "mso",
        ),
        P(
            "Dạy thực hành 02 tiết trên lớp theo Chương trình giáo dục phổ thông 2018, trong đó có "
            "01 tiết bốc thăm trước 01 ngày.",
            "mso",
        ),
        Img(_ji(16274, 1763190000000), "Một tiết dạy tại Hội thi", "Một tiết dạy tại Hội thi", "msoimg"),
        P(
            "Ban Giám khảo đánh giá nhiều tiết dạy có sự đầu tư công phu, vận dụng linh hoạt các "
            "phương pháp, kỹ thuật dạy học tích cực; ứng dụng hiệu quả công nghệ thông tin và trí "
            "tuệ nhân tạo trong thiết kế học liệu.",
            "msop",
        ),
        P(
            "Kết quả, Ban Tổ chức công nhận 118 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "tỉnh, trong đó 26 giáo viên được tặng Giấy khen của Giám đốc Sở.",
            "msop",
        ),
        P(
            "- Một số tiết dạy xuất sắc sẽ được ghi hình, đưa lên kho học liệu số của ngành để giáo "
            "viên toàn tỉnh tham khảo.",
            "msop",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:'
            '13.0pt">Hoàng Anh (Phòng GDTrH)</span></b></p>'
        ),
    ],
    opts={
        "date": "Ngày 15/11/2026",
        "modified": "17/11/2026 10:20 SA",
        "day": "15/11/2026",
        "tags": ["giáo viên dạy giỏi"],
    },
)

S6 = Story(
    id=16211,
    slug="trao-250-suat-hoc-bong-tiep-suc-en-truong-cho-hoc-sinh-vung-lu",
    title="Trao 250 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
    cat="tin-tuc",
    published_at="2026-10-28T16:35:00+07:00",
    authors=["Minh Đức"],
    photographers=["Quang Huy"],
    blocks=[
        P(
            "Chiều 28/10, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh và một số doanh nghiệp tổ chức "
            "trao 250 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn bị "
            "ảnh hưởng bởi mưa lũ."
        ),
        Img(
            _ji(16215, 1761644100000),
            "Trao học bổng cho học sinh xã Hương Khê",
            "Trao học bổng cho học sinh xã Hương Khê",
            style="center",
        ),
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt kèm theo bộ sách giáo khoa, đồ dùng "
            "học tập và áo ấm. Tổng trị giá các phần quà hơn 700 triệu đồng."
        ),
        P(
            "Phát biểu tại buổi trao học bổng, lãnh đạo Sở GD&ĐT cảm ơn sự chung tay của các nhà hảo "
            "tâm, đồng thời mong các em học sinh vượt qua khó khăn, nỗ lực vươn lên trong học tập."
        ),
        Img(
            _ji(16217, 1761644100000),
            "(Các em học sinh nhận học bổng và quà tặng)",
            "Các em học sinh nhận học bổng và quà tặng",
            style="center",
        ),
        P(
            "Dịp này, Sở GD&ĐT cũng tiếp nhận 1.200 bộ sách giáo khoa và 300 bộ bàn ghế học sinh do "
            "các đơn vị trong và ngoài tỉnh ủng hộ để phân bổ cho các trường bị thiệt hại nặng."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Minh Đức - Ảnh: Quang Huy</strong></p>'),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 29/10/2026 7:55 SA</span> | '
        "Ngày đăng: 28/10/2026 4:35 CH",
        "day": "28/10/2026",
        "tags": ["học bổng"],
    },
)

S7 = Story(
    id=16377,
    slug="trien-khai-day-hoc-mon-tieng-anh-theo-lo-trinh-ua-tieng-anh-tro-thanh-ngon-ngu-thu-hai-trong-truong-hoc",
    title="Triển khai dạy học môn Tiếng Anh theo lộ trình đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học",
    cat="giao-duc-trung-hoc",
    published_at="2026-12-01T10:05:00+07:00",
    summary=(
        "Ngày 30/11, Sở GD&ĐT ban hành văn bản hướng dẫn các trường THCS, THPT triển khai dạy học "
        "môn Tiếng Anh theo lộ trình từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong "
        "trường học giai đoạn 2026 - 2035."
    ),
    authors=["Phòng GDTrH"],
    blocks=[
        P(
            "Ngày 30/11, Sở GD&ĐT ban hành văn bản hướng dẫn các trường THCS, THPT triển khai dạy "
            "học môn Tiếng Anh theo lộ trình từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai "
            "trong trường học giai đoạn 2026 - 2035.",
            "b",
        ),
        P(
            "Theo hướng dẫn, từ học kỳ II năm học 2026 - 2027, các trường THPT có đủ điều kiện tổ "
            "chức dạy học song ngữ ít nhất một chủ đề trong các môn Toán, Khoa học tự nhiên, Tin "
            "học; tăng cường các câu lạc bộ tiếng Anh, ngày hội tiếng Anh và giao lưu trực tuyến "
            "với giáo viên bản ngữ."
        ),
        P("Các nhà trường cần tập trung thực hiện một số nội dung:", "h"),
        P("Rà soát, đánh giá năng lực tiếng Anh của giáo viên theo Khung năng lực ngoại ngữ 6 bậc;", "li"),
        P("Xây dựng môi trường sử dụng tiếng Anh trong các hoạt động giáo dục, biển bảng, thông báo;", "li"),
        P("Khai thác hiệu quả nền tảng học tiếng Anh trực tuyến do Sở triển khai miễn phí cho học sinh.", "li"),
        Img(
            _ji(16381, 1764558300000),
            "Một giờ học tiếng Anh của học sinh Trường THPT chuyên Hà Tĩnh",
            "Một giờ học tiếng Anh của học sinh Trường THPT chuyên Hà Tĩnh",
            style="div",
        ),
        P(
            "Sở GD&ĐT yêu cầu thủ trưởng các đơn vị báo cáo kết quả triển khai trước ngày "
            "15/5/2027 để tổng hợp, đánh giá và nhân rộng các mô hình hiệu quả."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 02/12/2026 2:18 CH</span> | '
        "Ngày đăng: 01/12/2026 10:05 SA",
        "day": "01/12/2026",
        "tags": ["tiếng Anh", "ngoại ngữ"],
    },
)

S8 = Story(
    id=16340,
    slug="huong-dan-kiem-tra-anh-gia-giua-hoc-ky-i-oi-voi-cap-thcs-thpt",
    title="Hướng dẫn kiểm tra, đánh giá giữa học kỳ I đối với cấp THCS, THPT",
    cat="giao-duc-trung-hoc",
    published_at="2026-10-19",
    blocks=[
        P(
            "Thực hiện nhiệm vụ năm học 2026 - 2027, Sở GD&ĐT hướng dẫn các trường THCS, THPT tổ "
            "chức kiểm tra, đánh giá giữa học kỳ I theo quy định tại Thông tư số "
            "22/2021/TT-BGDĐT.[1]",
            "html:<p style=\"text-align: justify;\">Thực hiện nhiệm vụ năm học 2026 - 2027, Sở GD&amp;ĐT "
            "hướng dẫn các trường THCS, THPT tổ chức kiểm tra, đánh giá giữa học kỳ I theo quy "
            "định tại Thông tư số 22/2021/TT-BGDĐT.<a href=\"#_ftn1\" name=\"_ftnref1\">[1]</a></p>",
        ),
        P("1. Thời gian kiểm tra", "h"),
        P(
            "Các trường chủ động bố trí thời gian kiểm tra giữa kỳ trong khoảng từ ngày 26/10 đến "
            "ngày 07/11/2026, bảo đảm không kiểm tra quá 02 môn trong một buổi."
        ),
        P("2. Hình thức và đề kiểm tra", "h"),
        P(
            "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, kết hợp câu hỏi trắc nghiệm và tự "
            "luận theo định hướng của kỳ thi tốt nghiệp THPT từ năm 2025; tổ chuyên môn chịu "
            "trách nhiệm thẩm định đề.",
            "html:<p style=\"text-align: justify;\">Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, "
            "kết hợp câu hỏi trắc nghiệm và tự luận theo định hướng của kỳ thi tốt nghiệp THPT từ "
            "năm 2025<sup><a href=\"#_ftn2\" name=\"_ftnref2\">2</a></sup>; tổ chuyên môn chịu trách "
            "nhiệm thẩm định đề.</p>",
        ),
        P(
            "Đối với các môn đánh giá bằng nhận xét (Giáo dục thể chất, Nghệ thuật, Hoạt động trải "
            "nghiệm, hướng nghiệp), giáo viên đánh giá qua sản phẩm học tập và quá trình tham gia "
            "hoạt động của học sinh."
        ),
        P("Chú thích", "h"),
        P(
            "[1] Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ GD&ĐT quy định về "
            "đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông.",
            "note",
        ),
        P(
            "[2] Công văn số 3935/BGDĐT-QLCL ngày 30/7/2024 của Bộ GD&ĐT về định hướng đề thi tốt "
            "nghiệp THPT từ năm 2025.",
            "note",
        ),
        Raw(
            '<p>File đính kèm: <a href="/c/document_library/get_file?uuid=2b9d4e61-0c7a-4f3e-b815-'
            '6a0e9f2c1d47&amp;groupId=10136"><img src="/html/themes/sgddt-theme/images/file_system/'
            'small/pdf.png" alt="" border="0" /> 2418-SGDDT-GDTrH.pdf</a></p>'
        ),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    opts={
        "date": "Ngày 19/10/2026",
        "modified": "21/10/2026 3:40 CH",
        "day": "19/10/2026",
        "tags": ["kiểm tra đánh giá", "Thông tư 22"],
    },
)

S9 = Story(
    id=16296,
    slug="truong-thpt-nguyen-du-to-chuc-ngay-hoi-stem-nam-2026",
    title="Trường THPT Nguyễn Du tổ chức Ngày hội STEM năm 2026 🚀",
    cat="giao-duc-trung-hoc",
    published_at="2026-11-06T14:15:00+07:00",
    authors=["Lê Thị Thu Hiền"],
    photographers=["Lê Thị Thu Hiền"],
    blocks=[
        P(
            "Ngày 05/11, Trường THPT Nguyễn Du tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng tạo "
            "từ những điều giản dị”, thu hút hơn 1.300 học sinh tham gia."
        ),
        P(
            "Các lớp đã mang đến ngày hội 48 sản phẩm, mô hình như hệ thống tưới cây tự động, "
            "máy lọc nước mini từ vật liệu tái chế, cánh tay robot điều khiển bằng điện thoại, mô "
            "hình cảnh báo lũ sớm sử dụng cảm biến mực nước."
        ),
        Img(
            _ji(16299, 1762413300000),
            "Học sinh giới thiệu mô hình cảnh báo lũ sớm",
            "Học sinh giới thiệu mô hình cảnh báo lũ sớm",
            style="div",
        ),
        P(
            "Bên cạnh khu trưng bày, học sinh còn tham gia các trò chơi khoa học, thi phóng tên lửa "
            "nước và giải đố toán học. Đội tên lửa nước của lớp 11A2 đạt giải Nhất với cú phóng xa "
            "86 mét 🎉."
        ),
        Img(
            _ji(16301, 1762413300000),
            "Phần thi phóng tên lửa nước",
            "Phần thi phóng tên lửa nước",
            style="div",
        ),
        P(
            "Theo thầy Hiệu trưởng, ngày hội giúp học sinh vận dụng kiến thức liên môn vào giải "
            "quyết các vấn đề thực tiễn, đồng thời phát hiện những em có năng khiếu để bồi dưỡng dự "
            "thi Khoa học kỹ thuật cấp tỉnh."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Thu Hiền (Trường THPT Nguyễn Du)'
            "</strong></p>"
        ),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 06/11/2026 2:15 CH</span> | '
        "Ngày đăng: 06/11/2026 2:15 CH",
        "day": "06/11/2026",
        "tags": ["STEM"],
    },
)

S10 = Story(
    id=16329,
    slug="chuyen-e-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-cap-tinh-nam-hoc-2026-2027",
    title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cấp tỉnh năm học 2026 - 2027",
    cat="gdmn-gdth",
    published_at="2026-11-26T15:00:00+07:00",
    authors=["Phòng GDMN"],
    blocks=[
        P(
            "Ngày 25/11, tại Trường Mầm non Cẩm Xuyên, Sở GD&ĐT tổ chức chuyên đề “Xây dựng trường "
            "mầm non lấy trẻ làm trung tâm” cấp tỉnh năm học 2026 - 2027."
        ),
        P(
            "Tham dự chuyên đề có hơn 180 cán bộ quản lý, giáo viên đại diện các trường mầm non "
            "trong toàn tỉnh."
        ),
        P("Các đại biểu đã dự 04 hoạt động minh họa:"),
        P("Hoạt động khám phá “Bé với nước” - lớp Mẫu giáo 5 - 6 tuổi;", "brjoin"),
        P("Hoạt động tạo hình “Làm đồ chơi từ lá cây” - lớp Mẫu giáo 4 - 5 tuổi;", "brjoin"),
        P("Hoạt động góc “Bé làm nội trợ” - lớp Mẫu giáo 3 - 4 tuổi;", "brjoin"),
        P("Hoạt động ngoài trời “Khu vườn cổ tích” - lớp Nhà trẻ 24 - 36 tháng.", "brjoin"),
        Img(
            _ji(16333, 1764144000000),
            "Hoạt động khám phá “Bé với nước” tại Trường Mầm non Cẩm Xuyên",
            "Hoạt động khám phá “Bé với nước” tại Trường Mầm non Cẩm Xuyên",
            style="tbl",
        ),
        P(
            "Buổi chiều, các đại biểu thảo luận về việc tổ chức môi trường giáo dục mở, linh hoạt, "
            "tạo cơ hội cho trẻ được trải nghiệm, bày tỏ ý kiến và lựa chọn hoạt động theo hứng "
            "thú."
        ),
        P(
            "Phát biểu kết luận, lãnh đạo Sở yêu cầu các trường học tập kinh nghiệm, điều chỉnh "
            "kế hoạch giáo dục phù hợp với điều kiện thực tế; các cụm chuyên môn tổ chức sinh hoạt "
            "chuyên đề trước ngày 30/12/2026."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng GDMN</strong></p>'),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 26/11/2026 3:00 CH</span> | '
        "Ngày đăng: 26/11/2026 3:00 CH",
        "day": "26/11/2026",
        "tags": ["mầm non"],
    },
)

S11 = Story(
    id=16220,
    slug="ngay-hoi-oc-sach-moi-ngay-mot-trang-sach-tai-truong-tieu-hoc-thach-trung",
    title="Ngày hội đọc sách “Mỗi ngày một trang sách” tại Trường Tiểu học Thạch Trung",
    cat="gdmn-gdth",
    published_at="2026-10-12",
    authors=["Đặng Thị Lan"],
    photographers=["Nguyễn Hoa"],
    blocks=[
        P(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong nhà trường, ngày 10/10, Trường Tiểu học "
            "Thạch Trung tổ chức Ngày hội đọc sách “Mỗi ngày một trang sách” cho hơn 900 học sinh."
        ),
        P(
            "Tại ngày hội, các lớp tham gia trưng bày sách theo chủ đề, thi kể chuyện theo sách, "
            "đóng vai nhân vật văn học và trao đổi sách cũ. Thư viện nhà trường cũng giới thiệu mô "
            "hình “Thư viện xanh” với hơn 2.000 đầu sách đặt dưới tán cây trong sân trường."
        ),
        Img(_ji(16224, 1760288400000), "Ảnh: Nguyễn Hoa", None, style="center"),
        P(
            "Dịp này, phụ huynh và các nhà hảo tâm đã tặng thư viện nhà trường 650 cuốn sách thiếu "
            "nhi, truyện tranh, sách kỹ năng sống."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Đặng Thị Lan - Trường Tiểu học Thạch Trung'
            "</strong></p>"
        ),
    ],
    opts={
        "date": "Ngày 12/10/2026",
        "modified": "13/10/2026 9:05 SA",
        "day": "12/10/2026",
        "tags": ["văn hóa đọc", "tiểu học"],
    },
)

S12 = Story(
    id=16388,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-2026-ot-2",
    title="Thông báo tuyển dụng viên chức giáo viên năm 2026 (đợt 2)",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Văn Quang"],
    blocks=[
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">'
            "<tbody><tr>"
            '<td style="width: 40%; text-align: center;">UBND TỈNH HÀ TĨNH<br />'
            "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />———</td>"
            '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
            '<tr><td style="text-align: center;">Số: 2317/TB-SGDĐT</td>'
            '<td style="text-align: right;"><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td></tr>'
            "</tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
            '<p style="text-align: center;"><strong>Về việc tuyển dụng viên chức giáo viên năm 2026 '
            "(đợt 2)</strong></p>"
        ),
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, "
            "sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 sửa đổi, bổ "
            "sung một số điều của Nghị định số 115/2020/NĐ-CP;"
        ),
        P(
            "Căn cứ Kế hoạch số 512/KH-UBND ngày 10/11/2026 của UBND tỉnh về tuyển dụng viên chức "
            "giáo viên năm 2026 (đợt 2);"
        ),
        P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức giáo viên năm 2026 (đợt 2) như sau:"),
        P("1. Chỉ tiêu tuyển dụng", "h"),
        P("Vị trí việc làm | Chỉ tiêu | Trình độ chuẩn", "th"),
        P("Giáo viên THPT môn Tin học | 12 | Đại học sư phạm Tin học", "tr"),
        P("Giáo viên THPT môn Tiếng Anh | 15 | Đại học sư phạm Tiếng Anh", "tr"),
        P("Giáo viên THPT môn Lịch sử | 6 | Đại học sư phạm Lịch sử", "tr"),
        P("2. Điều kiện đăng ký dự tuyển", "h"),
        P(
            "Người đăng ký dự tuyển phải có đủ các điều kiện theo quy định tại Điều 22 Luật Viên "
            "chức và có trình độ đào tạo đáp ứng tiêu chuẩn chức danh nghề nghiệp giáo viên."
        ),
        P("3. Thời gian, địa điểm nhận Phiếu đăng ký dự tuyển", "h"),
        P(
            "Từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính), tại Phòng Tổ chức "
            "cán bộ, Sở GD&ĐT Hà Tĩnh, số 8 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh. "
            "Điện thoại liên hệ: 0239.3856.127."
        ),
        Raw(
            '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
            '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
            "- UBND tỉnh (b/c);<br />- Sở Nội vụ;<br />- Các trường THPT;<br />"
            "- Cổng TTĐT Sở;<br />- Lưu: VT, TCCB.</td>"
            '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />'
            "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br />"
            "<strong>Nguyễn Văn Quang</strong></td></tr></tbody></table>"
        ),
        Raw(
            '<p>Tải về: <a href="/c/document_library/get_file?uuid=9e4c2a70-3b1d-4d8f-a6e5-'
            '1f7b0c9d2e38&amp;groupId=10136">2317-TB-SGDDT.pdf</a></p>'
        ),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 01/12/2026 8:05 SA</span> | '
        "Ngày đăng: 01/12/2026 8:05 SA",
        "day": "01/12/2026",
        "tags": ["tuyển dụng"],
    },
)

S13 = Story(
    id=16421,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="thong-bao",
    published_at="2026-12-03T16:40:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Thực hiện Thông báo của UBND tỉnh về việc nghỉ Tết Dương lịch năm 2027, Sở GD&ĐT thông "
            "báo lịch nghỉ Tết Dương lịch đối với cán bộ, công chức, viên chức, người lao động và học "
            "sinh các cơ sở giáo dục trên địa bàn tỉnh như sau:"
        ),
        P("Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027.", "li"),
        P("Học sinh đi học trở lại từ thứ Hai ngày 04/01/2027.", "li"),
        P(
            "Thủ trưởng các đơn vị bố trí cán bộ trực, bảo đảm an ninh, an toàn tài sản, phòng "
            "chống cháy nổ trong thời gian nghỉ Tết; tăng cường tuyên truyền, giáo dục học sinh chấp "
            "hành pháp luật về an toàn giao thông, không sử dụng, tàng trữ pháo nổ."
        ),
        Raw('<p style="text-align: right;"><strong><em>Văn phòng Sở</em></strong></p>'),
    ],
    opts={
        "date": '<span class="capnhat">Cập nhật lúc: 04/12/2026 7:30 SA</span> | '
        "Ngày đăng: 03/12/2026 4:40 CH",
        "day": "03/12/2026",
        "tags": ["thông báo", "lịch nghỉ"],
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}


# --- layouts, portlet instances, URLs -------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    inst: str
    parent: str | None
    delta: int
    plid: int


CATS = {
    "tin-tuc": Cat("tin-tuc", "Tin tức - Sự kiện", "tT9x", None, 4, 10163),
    "giao-duc-trung-hoc": Cat(
        "giao-duc-trung-hoc", "Giáo dục Trung học", "Qm2r", "Hoạt động chuyên môn", 5, 10171
    ),
    "gdmn-gdth": Cat(
        "gdmn-gdth", "Giáo dục Mầm non - Tiểu học", "Lp7c", "Hoạt động chuyên môn", 5, 10173
    ),
    "thong-bao": Cat("thong-bao", "Thông báo", "Nb5d", None, 5, 10177),
}
ORDER = {
    "tin-tuc": [S1, S2, S4, S3, S5, S6],
    "giao-duc-trung-hoc": [S7, S9, S8],
    "gdmn-gdth": [S10, S11],
    "thong-bao": [S13, S12],
}
HOME_INST = "hOm3"
HOME_LATEST = [S1, S13, S2, S7]
MOST_READ = [S3, S1, S2]

LAYOUT_NAMES = {
    "home": "Trang chủ",
    "gioi-thieu": "Giới thiệu chung",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "tin-tuc": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "gdmn-gdth": "Giáo dục Mầm non - Tiểu học",
    "thong-bao": "Thông báo",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
    "video-clip": "Video clip",
    "lien-he": "Liên hệ",
}
PLIDS = {
    "home": 10150, "gioi-thieu": 10155, "co-cau-to-chuc": 10157, "tin-tuc": 10163,
    "giao-duc-trung-hoc": 10171, "gdmn-gdth": 10173, "thong-bao": 10177, "van-ban": 10181,
    "thu-vien-anh": 10185, "video-clip": 10187, "lien-he": 10191,
}  # fmt: skip
PARENTS = {
    "gioi-thieu": ("Giới thiệu", "gioi-thieu"),
    "co-cau-to-chuc": ("Giới thiệu", "gioi-thieu"),
    "giao-duc-trung-hoc": ("Hoạt động chuyên môn", "giao-duc-trung-hoc"),
    "gdmn-gdth": ("Hoạt động chuyên môn", "giao-duc-trung-hoc"),
    "thu-vien-anh": ("Thư viện", "thu-vien-anh"),
    "video-clip": ("Thư viện", "thu-vien-anh"),
}
NAV = [
    ("Trang chủ", "home", []),
    ("Giới thiệu", "gioi-thieu", [("Giới thiệu chung", "gioi-thieu"), ("Cơ cấu tổ chức", "co-cau-to-chuc")]),
    ("Tin tức - Sự kiện", "tin-tuc", []),
    (
        "Hoạt động chuyên môn",
        "giao-duc-trung-hoc",
        [("Giáo dục Trung học", "giao-duc-trung-hoc"), ("Giáo dục Mầm non - Tiểu học", "gdmn-gdth")],
    ),
    ("Thông báo", "thong-bao", []),
    ("Văn bản", "van-ban", []),
    ("Thư viện", "thu-vien-anh", [("Thư viện ảnh", "thu-vien-anh"), ("Video clip", "video-clip")]),
    ("Liên hệ", "lien-he", []),
]

AP_ACTION = "%2Fasset_publisher%2Fview_content"


def layout_url(key: str) -> str:
    return f"/web/guest/{key}"


def page_url(cat: Cat, cur: int) -> str:
    return (
        f"/web/guest/{cat.key}?p_p_id=101_INSTANCE_{cat.inst}&p_p_lifecycle=0&p_p_state=normal"
        f"&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=3&cur={cur}"
    )


def view_url(layout: str, inst: str, col_count: int, slug: str, back: str) -> str:
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"/web/guest/{layout}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal"
        f"&p_p_mode=view&p_p_col_id=column-2&p_p_col_count={col_count}"
        f"&{ns}struts_action={AP_ACTION}&{ns}redirect={quote(back, safe='')}"
        f"&{ns}urlTitle={slug}&{ns}type=content"
    )


def cat_view_url(story: Story, back: str) -> str:
    cat = CATS[story.cat]
    return view_url(cat.key, cat.inst, 3, story.slug, back)


def home_view_url(story: Story) -> str:
    return view_url("home", HOME_INST, 2, story.slug, "/web/guest/home")


def friendly_url(story: Story) -> str:
    cat = CATS[story.cat]
    return f"/web/guest/{cat.key}/-/asset_publisher/{cat.inst}/content/{story.slug}"


def print_url(story: Story) -> str:
    cat = CATS[story.cat]
    ns = f"_101_INSTANCE_{cat.inst}_"
    return (
        f"/web/guest/{cat.key}?p_p_id=101_INSTANCE_{cat.inst}&p_p_lifecycle=0&p_p_state=pop_up"
        f"&p_p_mode=view&{ns}struts_action={AP_ACTION}&{ns}urlTitle={story.slug}"
        f"&{ns}type=content&{ns}viewMode=print"
    )


def listing_page_of(story: Story) -> int:
    cat = CATS[story.cat]
    return ORDER[cat.key].index(story) // cat.delta + 1


def listing_back(cat: Cat, cur: int | None) -> str:
    return layout_url(cat.key) if cur is None else page_url(cat, cur)


def canonical_url(story: Story) -> str:
    page = listing_page_of(story)
    return cat_view_url(story, listing_back(CATS[story.cat], None if page == 1 else page))


def with_jsid(target: str) -> str:
    path, sep, query = target.partition("?")
    return f"{path};jsessionid={JSID}{sep}{query}"


DOC_ENTRY = (
    "/web/guest/van-ban?p_p_id=20&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    "&_20_struts_action=%2Fdocument_library%2Fview_file_entry&_20_redirect=%2Fweb%2Fguest%2Fvan-ban"
    "&_20_folderId=10231&_20_name=DLFE-1207.pdf"
)
SEARCH_BASE = (
    "/web/guest/home?p_p_id=3&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
    "&_3_struts_action=%2Fsearch%2Fsearch"
)
LOGIN_URL = (
    "/web/guest/home?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=0"
    "&_58_struts_action=%2Flogin%2Flogin"
)
DOCS = [
    ("Quyết định số 1985/QĐ-SGDĐT ban hành Kế hoạch thời gian năm học 2026 - 2027", None, "18/08/2026"),
    (
        "Công văn số 2418/SGDĐT-GDTrH hướng dẫn kiểm tra, đánh giá giữa học kỳ I",
        "/c/document_library/get_file?uuid=2b9d4e61-0c7a-4f3e-b815-6a0e9f2c1d47&groupId=10136",
        "16/10/2026",
    ),
    (
        "Thông báo số 2317/TB-SGDĐT tuyển dụng viên chức giáo viên năm 2026 (đợt 2)",
        "/c/document_library/get_file?uuid=9e4c2a70-3b1d-4d8f-a6e5-1f7b0c9d2e38&groupId=10136",
        "30/11/2026",
    ),
    (
        "Kế hoạch số 2290/KH-SGDĐT chuyển đổi số trong giáo dục giai đoạn 2026 - 2030",
        "/c/document_library/get_file?uuid=5a1e7c93-8d2f-4b60-9c14-3e8f0a6b7d25&groupId=10136",
        "27/11/2026",
    ),
]


# --- rendering --------------------------------------------------------------------------------


class Ctx:
    """What one request changes in the rendering: Tomcat's URL rewriting without a cookie."""

    def __init__(self, request: Request):
        cookie = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
        self.rewrite = "JSESSIONID=" not in cookie
        self.request = request

    def u(self, target: str) -> str:
        """An href the portal generated (encodeURL'd): escaped, with the session id if needed."""
        if self.rewrite and target.startswith("/web/"):
            target = with_jsid(target)
        return esc(target)


def portlet(pid: str, title: str, content: str, extra: str = "", borderless: bool = False) -> str:
    base = pid.split("_INSTANCE_")[0]
    if borderless:
        return (
            f'<div id="p_p_id_{pid}_" class="portlet-boundary portlet-boundary_{base}_ {extra}">'
            f'<a id="p_{pid}"></a><div class="portlet-borderless-container" style="">'
            f'<div class="portlet-body">{content}</div></div></div>'
        )
    return f"""<div id="p_p_id_{pid}_" class="portlet-boundary portlet-boundary_{base}_ {extra}">
<a id="p_{pid}"></a>
<div class="portlet" id="portlet-wrapper-{pid}">
<div class="portlet-topper">
<span class="portlet-title"><img alt="" src="{THEME_IMG}/spacer.png" style="background-image: url('/html/icons/default.png'); background-position: 50% 50%; background-repeat: no-repeat; height: 16px; width: 16px;" /> {title}</span>
<div class="portlet-icons" id="portlet-small-icon-bar_{pid}">&nbsp;</div>
</div>
<div class="portlet-content">
<div class="portlet-content-container" style="">
<div class="portlet-body">
{content}
</div>
</div>
</div>
</div>
</div>"""


def _nav(ctx: Ctx, current: str) -> str:
    items = []
    for name, key, children in NAV:
        keys = {key} | {c for _, c in children}
        cls = ' class="selected"' if current in keys else ""
        sub = ""
        if children:
            sub = '<ul class="child-menu">' + "".join(
                f'<li><a href="{ctx.u(layout_url(c))}"><span>{esc(n)}</span></a></li>'
                for n, c in children
            ) + "</ul>"
        items.append(f'<li{cls}><a href="{ctx.u(layout_url(key))}"><span>{esc(name)}</span></a>{sub}</li>')
    return '<div id="navigation" class="sort-pages modify-pages"><ul>' + "".join(items) + "</ul></div>"


def _crumbs(ctx: Ctx, key: str) -> str:
    home = f'<a href="{ctx.u(layout_url("home"))}">Trang chủ</a>'
    if key == "home":
        return f'<div class="breadcrumbs"><span class="first last">{home}</span></div>'
    parts = [f'<span class="first">{home}</span>']
    if key in PARENTS:
        pname, pkey = PARENTS[key]
        parts.append(f'<span><a href="{ctx.u(layout_url(pkey))}">{esc(pname)}</a></span>')
    parts.append(f'<span class="last"><a href="{ctx.u(layout_url(key))}">{esc(LAYOUT_NAMES[key])}</a></span>')
    return '<div class="breadcrumbs">' + " &raquo; ".join(parts) + "</div>"


def _col1(ctx: Ctx) -> str:
    tree = []
    for name, key, children in NAV[1:]:
        sub = ""
        if children:
            sub = "<ul>" + "".join(
                f'<li class="lv2"><a href="{ctx.u(layout_url(c))}">&raquo; {esc(n)}</a></li>'
                for n, c in children
            ) + "</ul>"
        tree.append(f'<li class="lv1"><a href="{ctx.u(layout_url(key))}">{esc(name)}</a>{sub}</li>')
    nav = portlet("71_INSTANCE_Mn4d", "DANH MỤC", '<div class="nav-menu nav-menu-style-"><ul class="layouts">' + "".join(tree) + "</ul></div>")
    docs = []
    for title, href, day in DOCS:
        target = ctx.u(DOC_ENTRY) if href is None else esc(href)
        docs.append(
            f'<tr><td class="vb_icon"><img alt="" src="{THEME_IMG}/file_system/small/pdf.png" /></td>'
            f'<td><a href="{target}">{esc(title)}</a><br /><span style="color:#999;font-size:8pt">({day})</span></td></tr>'
        )
    vb = portlet(
        "110_INSTANCE_Vb2k",
        "VĂN BẢN MỚI",
        '<table class="taglib-search-iterator" width="100%">' + "".join(docs) + "</table>"
        f'<div class="xemtiep" style="text-align:right"><a href="{ctx.u(layout_url("van-ban"))}">Xem tất cả &raquo;</a></div>',
    )
    links = portlet(
        "56_INSTANCE_Lk8s",
        "LIÊN KẾT WEBSITE",
        '<div class="journal-content-article" id="article_10112_10136_10419_1.0">'
        '<select onchange="if(this.value!=\'\') window.open(this.value);" style="width: 170px;">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://www.hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="http://www.baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="http://truonghocketnoi.edu.vn">Trường học kết nối</option>'
        "</select><br /><br />"
        f'<a href="http://www.moet.gov.vn" target="_blank"><img alt="Bộ GD&amp;ĐT" border="0" src="{THEME_IMG}/banner/bogddt.gif" width="170" /></a><br />'
        f'<a href="http://dichvucong.hatinh.gov.vn" target="_blank"><img alt="Dịch vụ công" border="0" src="{THEME_IMG}/banner/dvc.gif" width="170" /></a>'
        "</div>",
    )
    return nav + vb + links


def _col3(ctx: Ctx, layout: str) -> str:
    tiep_dan = portlet(
        "56_INSTANCE_Tb7f",
        "LỊCH TIẾP CÔNG DÂN",
        '<div class="journal-content-article" id="article_10112_10136_10427_1.3">'
        '<p style="text-align: justify;">Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ vào '
        "ngày 15 hằng tháng tại Phòng tiếp công dân, trụ sở Sở (số 8 đường Phan Đình Phùng, phường "
        "Thành Sen). Trường hợp ngày tiếp công dân trùng với ngày nghỉ, ngày lễ thì lùi sang ngày "
        "làm việc tiếp theo.</p>"
        '<p style="text-align: justify;">Đường dây nóng tiếp nhận phản ánh về tiêu cực trong thi cử, '
        "tuyển sinh và dạy thêm, học thêm: <strong>0239.3855.186</strong>.</p></div>",
    )
    ns = "_59_INSTANCE_Pq1z_"
    choices = [("10624", "a.", "Thông tin đầy đủ, kịp thời"), ("10625", "b.", "Cần cập nhật thường xuyên hơn"), ("10626", "c.", "Giao diện khó tìm kiếm")]
    rows = "".join(
        f'<tr><td><input id="{ns}choiceId{cid}" name="{ns}choiceId" type="radio" value="{cid}" /></td>'
        f"<td><b>{letter}</b></td><td>{esc(label)}</td></tr>"
        for cid, letter, label in choices
    )
    action = (
        f"/web/guest/{layout}?p_p_id=59_INSTANCE_Pq1z&p_p_lifecycle=1&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-3&p_p_col_pos=1&p_p_col_count=4&{ns}struts_action=%2Fpolls_display%2Fview"
    )
    poll = portlet(
        "59_INSTANCE_Pq1z",
        "THĂM DÒ Ý KIẾN",
        f'<form action="{ctx.u(action)}" method="post" name="{ns}fm">'
        f'<input name="{ns}questionId" type="hidden" value="10623" />'
        '<span class="poll-description">Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</span>'
        f'<table class="lfr-table">{rows}</table>'
        '<input type="submit" value="Bình chọn" /></form>',
    )
    most = "".join(
        f'<li><a href="{ctx.u(friendly_url(s))}">{esc(s.title)}</a></li>' for s in MOST_READ
    )
    most_read = portlet("tinxemnhieu_WAR_sgddtportlet", "TIN XEM NHIỀU", f'<ul class="lst_xemnhieu">{most}</ul>')
    counter = portlet(
        "thongketruycap_WAR_sgddtportlet",
        "THỐNG KÊ TRUY CẬP",
        '<table class="tk_truycap" cellpadding="2" width="100%">'
        f'<tr><td><img alt="" src="{THEME_IMG}/common/online.gif" /> Đang online:</td><td align="right"><b>27</b></td></tr>'
        '<tr><td>Hôm nay:</td><td align="right"><b>1.254</b></td></tr>'
        '<tr><td>Tổng truy cập:</td><td align="right"><b>3.871.602</b></td></tr></table>',
    )
    return tiep_dan + poll + most_read + counter


def shell(ctx: Ctx, layout: str, col2: str, *, full_width: bool = False) -> str:
    name = LAYOUT_NAMES[layout]
    plid = PLIDS[layout]
    search_hidden = (
        '<input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" /><input name="p_p_mode" type="hidden" value="view" />'
        '<input name="_3_struts_action" type="hidden" value="/search/search" />'
    )
    if full_width:
        grid = f'<td class="lfr-column" id="column-1" valign="top"><div class="lfr-portlet-column" id="layout-column_column-1">{col2}</div></td>'
    else:
        grid = (
            f'<td class="lfr-column twenty" id="column-1" valign="top"><div class="lfr-portlet-column" id="layout-column_column-1">{_col1(ctx)}</div></td>'
            f'<td class="lfr-column fifty-five" id="column-2" valign="top"><div class="lfr-portlet-column" id="layout-column_column-2">{col2}</div></td>'
            f'<td class="lfr-column twenty-five" id="column-3" valign="top"><div class="lfr-portlet-column" id="layout-column_column-3">{_col3(ctx, layout)}</div></td>'
        )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml">

<head>
	<title>{esc(name)} - {esc(SITE)}</title>

	<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
	<meta name="keywords" content="Sở GD&amp;ĐT Hà Tĩnh, giáo dục Hà Tĩnh, tuyển sinh, thi cử" />

	<link rel="Shortcut Icon" href="/sgddt-theme/images/liferay.ico" />
	<link href="/html/portal/css.jsp?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;colorSchemeId=01&amp;t=1262592000000" rel="stylesheet" type="text/css" />
	<link href="/html/portlet/journal/css.jsp?browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;colorSchemeId=01&amp;t=1262592000000" rel="stylesheet" type="text/css" />
	<link href="/sgddt-theme/css/main.css?browserId=other&amp;t=1262592000000" rel="stylesheet" type="text/css" />

	<script src="/html/js/everything_packed.js?browserId=other&amp;minifierType=js&amp;t=1262592000000" type="text/javascript"></script>
	<script type="text/javascript">
	// <![CDATA[
		var themeDisplay = {{
			getCompanyId: function() {{ return "{COMPANY_ID}"; }},
			getScopeGroupId: function() {{ return "{GROUP_ID}"; }},
			getPlid: function() {{ return "{plid}"; }},
			getLayoutURL: function() {{ return "/web/guest/{layout}"; }},
			getPathMain: function() {{ return "/c"; }},
			getPathThemeImages: function() {{ return "{THEME_IMG}"; }},
			getLanguageId: function() {{ return "vi_VN"; }},
			getSessionId: function() {{ return "{JSID}"; }},
			isSignedIn: function() {{ return false; }}
		}};
	// ]]>
	</script>
</head>

<body class="blue other">

<div id="wrapper">
	<a href="#main-content" id="skip-to-content">Bỏ qua để tới nội dung</a>

	<div id="banner" role="banner">
		<div class="thanh_tren">
			<span class="ngay_thang">{TODAY_LINE}</span>
			<span class="dock_dn"><a href="/c/portal/login">Đăng nhập</a></span>
			<form action="{ctx.u("/web/guest/home")}" method="get" name="fm_timkiem" class="frm_timkiem">
				{search_hidden}
				<input name="_3_keywords" size="22" type="text" value="" />
				<input type="submit" value="Tìm kiếm" />
			</form>
		</div>
		<h1 class="company-title">
			<a class="logo" href="{ctx.u("/web/guest/home")}" title="{esc(SITE)}"><img alt="{esc(SITE)}" height="130" src="/image/company_logo?img_id=10114&amp;t=1262592000000" width="980" /></a>
			<span class="current-community">Guest</span>
		</h1>
		{_nav(ctx, layout)}
	</div>

	<div id="content">
		{_crumbs(ctx, layout)}
		<div class="columns-3" id="main-content" role="main">
			<table class="lfr-grid" id="layout-grid">
			<tr>
			{grid}
			</tr>
			</table>
		</div>
	</div>

	<div id="footer" role="contentinfo">
		<table width="100%"><tr><td class="ft_trai">
		<b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b><br />
		Địa chỉ: Số 8 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh<br />
		Điện thoại: 0239.3856.127 - Fax: 0239.3856.128 - Email: vanphong@hatinh.edu.vn<br />
		Chịu trách nhiệm chính: Trần Văn Hùng - Giám đốc Sở GD&amp;ĐT<br />
		Giấy phép số 38/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2010
		</td><td class="ft_phai" align="right">
		&copy; Bản quyền thuộc Sở Giáo dục và Đào tạo Hà Tĩnh<br />
		Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
		<span class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></span>
		</td></tr></table>
	</div>
</div>

</body>

</html>
"""


# --- article text ----------------------------------------------------------------------------


def _img(img: Img) -> str:
    src = esc(img.src)
    tag = f'<img alt="" border="0" height="333" src="{src}" width="500" />'
    line = text(img.printed) if img.printed else None
    if img.style == "tbl":
        cap = (
            f'<tr><td style="text-align: center;"><em><span style="font-size: 10pt;">{line}</span></em></td></tr>'
            if line
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" width="500"><tbody>'
            f'<tr><td style="text-align: center;">{tag}</td></tr>{cap}</tbody></table>'
        )
    if img.style == "msoimg":
        cap = (
            f'<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:11.0pt">{line}</span></i></p>'
            if line
            else ""
        )
        return f'<p class="MsoNormal" align="center" style="text-align:center">{tag}</p>{cap}'
    if img.style == "div":
        cap = f'<br /><span style="font-size: 9pt; color: #555555;">{line}</span>' if line else ""
        return f'<div style="text-align: center;">{tag}{cap}</div>'
    cap = f'<p style="text-align: center;"><em>{line}</em></p>' if line else ""
    return f'<p style="text-align: center;">{tag}</p>{cap}'


_MSO_MARK = (
    '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
)


def render_body(story: Story) -> str:
    ent = story.opts.get("entities", 0)

    def t(s: str) -> str:
        return text(s, entities=ent)

    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style.startswith("html:"):
            out.append(b.style[5:])
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">' + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 95%; border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "brjoin":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "brjoin":
                lines.append(t(blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify; margin-left: 20px;">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{t(b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong><span style="color: #003366;">{t(b.text)}</span></strong></p>')
        elif b.style == "q":
            out.append(f'<blockquote><p style="text-align: justify;"><em>{t(b.text)}</em></p></blockquote>')
        elif b.style == "note":
            out.append(f'<p style="text-align: justify; font-size: 9pt;">{t(b.text)}</p>')
        elif b.style == "msop":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
                f"{t(b.text)}</span></p>"
            )
        elif b.style == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
                f"<!--[if !supportLists]-->{_MSO_MARK}<!--[endif]-->{t(b.text)}</span></p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{t(b.text)}</p>')
        i += 1
    return "\n".join(out)


def template(story: Story) -> str:
    """The vendor's Velocity template ("TIN_TUC", structure 10455) for one article."""
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat_tin" style="font-weight: bold; text-align: justify;">{text(story.summary)}</div>'
    return f"""<div class="journal-content-article" id="article_{COMPANY_ID}_{GROUP_ID}_{story.id}_1.{story.id % 4}">
<div class="ct_tin">
<div class="td_tin" style="font-weight: bold; font-size: 13pt; color: #00468c; padding: 5px 0px;">{esc(story.title)}</div>
<div class="ngay_tin" style="color: #888888; font-size: 8pt;">{story.opts["date"]}</div>
{sapo}
<div class="nd_tin">
{render_body(story)}
</div>
</div>
</div>"""


def _desc(story: Story) -> str:
    if story.summary:
        return story.summary
    first = story.paragraphs[0]
    if len(first) <= 180:
        return first
    return first[:180].rsplit(" ", 1)[0] + " ..."


def full_content(ctx: Ctx, story: Story, inst: str, back: str) -> str:
    ns = f"_101_INSTANCE_{inst}_"
    popup = print_url(story)
    share = esc(base_url(ctx.request) + friendly_url(story))
    meta = ['<span class="metadata-entry metadata-author">Người đăng: vanthu.sgd</span>']
    if "modified" in story.opts:
        meta.append(f'<span class="metadata-entry metadata-modified-date">Cập nhật: {story.opts["modified"]}</span>')
    meta.append(f'<span class="metadata-entry metadata-view-count">Lượt xem: {story.views()}</span>')
    tags = " ".join(f'<span class="tag">{esc(tg)}</span>' for tg in story.opts.get("tags", []))
    meta.append(f'<span class="metadata-entry metadata-tags">Từ khóa: {tags}</span>')
    comments = story.opts.get("comments", [])
    disc = "".join(
        '<table class="lfr-table taglib-discussion-message" width="100%"><tr>'
        f'<td class="lfr-top" style="width: 120px;"><div class="user-name">{esc(who)}</div>'
        f'<div class="date">{when}</div></td>'
        f'<td class="stretch lfr-top"><div class="message-body">{esc(what)}</div></td></tr></table>'
        for who, when, what in comments
    )
    post = (
        f"/web/guest/{story.cat}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=1&p_p_state=normal"
        f"&p_p_mode=view&{ns}struts_action=%2Fasset_publisher%2Fedit_entry_discussion"
    )
    older = ORDER[story.cat][ORDER[story.cat].index(story) + 1 :][:3]
    others = ""
    if older:
        others = (
            '<div class="tinkhac_lst"><div class="tieude_tinkhac"><b>Các tin khác</b></div><ul>'
            + "".join(
                f'<li><a href="{ctx.u(friendly_url(o))}">{esc(o.title)}</a> '
                f'<span class="ngay_tk">({o.opts["day"]})</span></li>'
                for o in older
            )
            + "</ul></div>"
        )
    back_link = ""
    if back.startswith("/web/guest/"):
        back_link = f'<div class="quay_lai"><a href="{ctx.u(back)}">&laquo; Quay lại</a></div>'
    return f"""<div class="asset-full-content no-title">
{back_link}
<div class="asset-content">
{template(story)}
</div>
<div class="cong_cu_bv">
<a href="javascript:;" onclick="window.open('{esc(popup)}', 'print', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640');"><img alt="" src="{THEME_IMG}/common/print.png" /> In bài viết</a>
<a href="javascript:;" onclick="{ns}sendEmail();"><img alt="" src="{THEME_IMG}/common/email.png" /> Gửi email</a>
<a href="http://www.facebook.com/sharer.php?u={share}" target="_blank"><img alt="Facebook" src="{THEME_IMG}/social_bookmarks/facebook.png" /></a>
<a href="http://twitter.com/home?status={share}" target="_blank"><img alt="Twitter" src="{THEME_IMG}/social_bookmarks/twitter.png" /></a>
</div>
<div class="asset-metadata">
{" ".join(meta)}
</div>
<div class="taglib-ratings stars">
<div class="liferay-rating-vote" id="{ns}ratingStars">Đánh giá: <img alt="" src="{THEME_IMG}/ratings/star_off.png" /><img alt="" src="{THEME_IMG}/ratings/star_off.png" /><img alt="" src="{THEME_IMG}/ratings/star_off.png" /><img alt="" src="{THEME_IMG}/ratings/star_off.png" /><img alt="" src="{THEME_IMG}/ratings/star_off.png" /></div>
<div class="liferay-rating-score">Trung bình ({len(comments) + 3} Phiếu bầu)</div>
</div>
<div class="taglib-discussion">
<div class="ykien_tieude"><b>Ý kiến bạn đọc ({len(comments)})</b></div>
{disc}
<form action="{ctx.u(post)}" method="post" name="{ns}fm">
<input name="{ns}className" type="hidden" value="com.liferay.portlet.journal.model.JournalArticle" />
<input name="{ns}classPK" type="hidden" value="{story.id + 3}" />
<table class="lfr-table"><tr><td>Họ tên:</td><td><input name="{ns}ten" type="text" /></td></tr>
<tr><td>Ý kiến:</td><td><textarea cols="50" name="{ns}postReplyBody0" rows="4" wrap="soft"></textarea></td></tr></table>
<input type="button" value="Gửi ý kiến" onclick="{ns}postReply(0);" />
</form>
</div>
</div>
{others}"""


def _abstract(ctx: Ctx, story: Story, href: str, thumb: bool = True) -> str:
    img = ""
    if thumb and story.images:
        img = f'<div class="asset-small-image"><a href="{ctx.u(href)}"><img alt="" class="asset-small-image" src="{esc(story.images[0].src)}" width="100" /></a></div>'
    return f"""<div class="asset-abstract">
{img}<h3 class="asset-title"><a href="{ctx.u(href)}"><img alt="" src="{THEME_IMG}/common/history.png" /> {esc(story.title)}</a></h3>
<div class="asset-content">
<div class="asset-summary">{esc(_desc(story))}</div>
<div class="asset-more"><a href="{ctx.u(href)}">Xem tiếp &raquo;</a></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{story.opts["day"]}</span></div>
</div>
<div class="separator"><!-- --></div>"""


_SEL = ' selected="selected"'


def _page_iterator(ctx: Ctx, cat: Cat, cur: int, total: int) -> str:
    pages = (total + cat.delta - 1) // cat.delta
    first, last = (cur - 1) * cat.delta + 1, min(cur * cat.delta, total)
    head = f'<div class="search-results">Hiển thị {first} - {last} của {total} kết quả.</div>'
    if pages == 1:
        return f'<div class="taglib-page-iterator" id="_101_INSTANCE_{cat.inst}_pageIterator">{head}</div>'
    base = page_url(cat, 1)[: -len("1")]
    options = "".join(
        f'<option{_SEL if n == cur else ""} value="{n}">{n}</option>'
        for n in range(1, pages + 1)
    )
    deltas = "".join(
        f'<option{_SEL if d == cat.delta else ""} value="{d}">{d}</option>'
        for d in (cat.delta, 10, 20, 30)
    )

    def link(cls: str, label: str, n: int, active: bool) -> str:
        if not active:
            return f'<span class="{cls}">{label}</span>'
        return f'<a class="{cls}" href="{ctx.u(page_url(cat, n))}">{label}</a>'

    links = " ".join(
        [
            link("first", "Đầu tiên", 1, cur > 1),
            link("previous", "Trước", cur - 1, cur > 1),
            link("next", "Tiếp", cur + 1, cur < pages),
            link("last", "Cuối", pages, cur < pages),
        ]
    )
    return f"""<div class="taglib-page-iterator" id="_101_INSTANCE_{cat.inst}_pageIterator">
{head}
<div class="search-pages">
<div class="delta-selector">Số mục trên trang <select onchange="_101_INSTANCE_{cat.inst}_updateDelta(this);">{deltas}</select></div>
<div class="page-selector">Trang <select class="pages" onchange="location.href = '{esc(base)}' + this.value;">{options}</select> của {pages}</div>
<div class="page-links">{links}</div>
</div>
</div>"""


def listing_col(ctx: Ctx, cat: Cat, cur: int | None) -> str | None:
    items = ORDER[cat.key]
    n = cur or 1
    chunk = items[(n - 1) * cat.delta : n * cat.delta]
    if not chunk:
        return None
    back = listing_back(cat, cur)
    body = "".join(_abstract(ctx, s, cat_view_url(s, back)) for s in chunk)
    body += _page_iterator(ctx, cat, n, len(items))
    return portlet(f"101_INSTANCE_{cat.inst}", cat.name.upper(), body, "portlet-asset-publisher")


def _home_extra(ctx: Ctx) -> str:
    marquee = "".join(
        # hand-written in the journal article: the URL the editor copied, no session id
        f'<p>&raquo; <a href="{esc(canonical_url(s))}">{esc(s.title)}</a> <img alt="" src="{THEME_IMG}/common/new.gif" /></p>'
        for s in ORDER["thong-bao"]
    )
    notices = portlet(
        "56_INSTANCE_Hx3m",
        "THÔNG BÁO MỚI",
        '<div class="journal-content-article" id="article_10112_10136_10433_1.7">'
        f'<marquee direction="up" height="90" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="1">{marquee}</marquee></div>',
    )
    intro = portlet(
        "56_INSTANCE_Gt6w",
        "GIỚI THIỆU CHUNG",
        '<div class="journal-content-article" id="article_10112_10136_10441_1.1">'
        f'<p style="text-align: justify;"><img align="left" alt="" src="/image/journal/article?img_id=10445&amp;t=1262592000000" style="margin: 0 6px 4px 0;" width="90" />'
        "Sở Giáo dục và Đào tạo Hà Tĩnh là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp "
        "UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh. "
        "Toàn ngành hiện có hơn 700 cơ sở giáo dục với trên 370.000 học sinh và 25.000 cán bộ, "
        "giáo viên, nhân viên.</p>"
        f'<p style="text-align: right;"><a href="{esc(layout_url("gioi-thieu"))}">Chi tiết &raquo;</a></p></div>',
    )
    return notices + intro


def home_col(ctx: Ctx) -> str:
    first, *rest = HOME_LATEST
    body = _abstract(ctx, first, home_view_url(first))
    body += '<ul class="tin_khac_tc">' + "".join(
        f'<li><a href="{ctx.u(home_view_url(s))}">{esc(s.title)}</a> <span class="ngay_tk">({s.opts["day"]})</span></li>'
        for s in rest
    ) + "</ul>"
    ap = portlet(f"101_INSTANCE_{HOME_INST}", "TIN TỨC NỔI BẬT", body, "portlet-asset-publisher")
    return ap + _home_extra(ctx)


# --- pages that are not articles ---------------------------------------------------------------


def _jc(pid: str, title: str, inner: str, article: int) -> str:
    return portlet(
        pid,
        title,
        f'<div class="journal-content-article" id="article_{COMPANY_ID}_{GROUP_ID}_{article}_1.0">{inner}</div>',
    )


def gioi_thieu_col(ctx: Ctx) -> str:
    return _jc(
        "56_INSTANCE_Gq2p",
        "GIỚI THIỆU CHUNG",
        '<p style="text-align: center;"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>'
        '<p style="text-align: justify;">Sở Giáo dục và Đào tạo Hà Tĩnh được thành lập năm 1991 khi '
        "tái lập tỉnh Hà Tĩnh, là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham "
        "mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: "
        "chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản "
        "lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi "
        "cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>"
        '<p style="text-align: justify;"><strong>Nhiệm vụ và quyền hạn</strong></p>'
        "<ul><li>Trình UBND tỉnh dự thảo quyết định, chỉ thị, quy hoạch, kế hoạch phát triển giáo dục "
        "và đào tạo trên địa bàn tỉnh;</li><li>Hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản "
        "quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt;</li><li>Quản lý các kỳ thi, "
        "tuyển sinh, cấp phát văn bằng, chứng chỉ theo quy định.</li></ul>"
        '<p style="text-align: justify;">Trụ sở: Số 8 đường Phan Đình Phùng, phường Thành Sen, tỉnh '
        "Hà Tĩnh.</p>",
        10451,
    )


def co_cau_col(ctx: Ctx) -> str:
    rows = [
        ("Ban Giám đốc", "Trần Văn Hùng (Giám đốc); Nguyễn Văn Quang, Lê Thị Hồng Nhung (Phó Giám đốc)", "0239.3856.127"),
        ("Văn phòng", "Phan Thị Hải Yến (Chánh Văn phòng)", "0239.3856.129"),
        ("Thanh tra", "Hồ Sỹ Lâm (Chánh Thanh tra)", "0239.3856.133"),
        ("Phòng Tổ chức cán bộ", "Võ Văn Bình (Trưởng phòng)", "0239.3856.135"),
        ("Phòng Kế hoạch - Tài chính", "Đinh Thị Thanh Nga (Trưởng phòng)", "0239.3856.137"),
        ("Phòng Giáo dục Mầm non", "Nguyễn Thị Thu Hà (Trưởng phòng)", "0239.3856.141"),
        ("Phòng Giáo dục Trung học", "Trần Đình Phúc (Trưởng phòng)", "0239.3856.143"),
        ("Phòng Quản lý chất lượng", "Lê Văn Tuấn (Trưởng phòng)", "0239.3856.145"),
    ]
    trs = "".join(f"<tr><td>{i}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>" for i, (a, b, c) in enumerate(rows, 1))
    return _jc(
        "56_INSTANCE_Cc5r",
        "CƠ CẤU TỔ CHỨC",
        '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
        "<tr><td><b>TT</b></td><td><b>Đơn vị</b></td><td><b>Lãnh đạo</b></td><td><b>Điện thoại</b></td></tr>"
        f"{trs}</table>",
        10453,
    )


def lien_he_col(ctx: Ctx) -> str:
    ns = "_1_WAR_webformportlet_INSTANCE_Wf9a_"
    action = (
        "/web/guest/lien-he?p_p_id=1_WAR_webformportlet_INSTANCE_Wf9a&p_p_lifecycle=1&p_p_state=normal"
        "&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=3"
    )
    info = _jc(
        "56_INSTANCE_Lh1k",
        "THÔNG TIN LIÊN HỆ",
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>"
        "<p>Địa chỉ: Số 8 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh<br />"
        "Điện thoại: 0239.3856.127 - Fax: 0239.3856.128<br />"
        'Email: <a href="mailto:vanphong@hatinh.edu.vn">vanphong@hatinh.edu.vn</a></p>',
        10457,
    )
    form = portlet(
        "1_WAR_webformportlet_INSTANCE_Wf9a",
        "GỬI Ý KIẾN",
        f'<form action="{ctx.u(action)}" method="post" name="{ns}fm">'
        '<p class="description">Mời quý vị gửi ý kiến, câu hỏi cho Sở GD&amp;ĐT theo mẫu dưới đây.</p>'
        f'<label>Họ và tên</label><br /><input name="{ns}field1" type="text" /><br />'
        f'<label>Email</label><br /><input name="{ns}field2" type="text" /><br />'
        f'<label>Nội dung</label><br /><textarea name="{ns}field3" rows="6" cols="50"></textarea><br />'
        '<input type="submit" value="Gửi" /></form>',
    )
    return info + form


def van_ban_col(ctx: Ctx) -> str:
    rows = []
    for i, (title, href, day) in enumerate(DOCS, 1):
        target = ctx.u(DOC_ENTRY) if href is None else esc(href)
        rows.append(
            f'<tr class="{"portlet-section-body" if i % 2 else "portlet-section-alternate"} results-row">'
            f'<td>{i}</td><td><a href="{target}"><img alt="" src="{THEME_IMG}/file_system/small/pdf.png" /> {esc(title)}</a></td>'
            f"<td>{day}</td><td>{180 + i * 37}k</td></tr>"
        )
    return portlet(
        "110_INSTANCE_Dv4n",
        "VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH",
        '<table class="taglib-search-iterator" width="100%"><tr class="portlet-section-header results-header">'
        "<th>TT</th><th>Tên tài liệu</th><th>Ngày ban hành</th><th>Kích thước</th></tr>"
        + "".join(rows)
        + '</table><div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 4 của 4 kết quả.</div></div>',
    )


def doc_entry_col(ctx: Ctx) -> str:
    dl = "/c/document_library/get_file?uuid=c3d8f1a2-6e4b-4a9d-8b27-0f5e1c9a3d61&groupId=10136"
    return portlet(
        "20",
        "Thư viện tài liệu",
        f'<div class="taglib-header"><span class="back-to"><a href="{ctx.u(layout_url("van-ban"))}">&laquo; Quay lại</a></span>'
        "<h1 class=\"header-title\"><span>DLFE-1207.pdf</span></h1></div>"
        '<table class="lfr-table">'
        "<tr><td>Tiêu đề:</td><td>Quyết định số 1985/QĐ-SGDĐT ban hành Kế hoạch thời gian năm học 2026 - 2027</td></tr>"
        "<tr><td>Số ký hiệu:</td><td>1985/QĐ-SGDĐT</td></tr>"
        "<tr><td>Ngày ban hành:</td><td>18/08/2026</td></tr>"
        "<tr><td>Người ký:</td><td>Trần Văn Hùng</td></tr>"
        "<tr><td>Mô tả:</td><td>Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Hà Tĩnh.</td></tr>"
        "<tr><td>Phiên bản:</td><td>1.0</td></tr><tr><td>Kích thước:</td><td>217k</td></tr>"
        "<tr><td>Lượt tải:</td><td>1.482</td></tr></table>"
        f'<p><a href="{esc(dl)}"><img alt="" src="{THEME_IMG}/common/download.png" /> Tải về (217k)</a></p>',
    )


GALLERY = [
    (16502, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"),
    (16503, "Tôn vinh nhà giáo tiêu biểu năm 2026"),
    (16504, "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS"),
    (16505, "Kỳ thi chọn học sinh giỏi tỉnh lớp 12"),
    (16506, "Ngày hội STEM Trường THPT Nguyễn Du"),
    (16507, "Trao học bổng cho học sinh vùng lũ"),
]


def gallery_col(ctx: Ctx) -> str:
    cells = "".join(
        f'<div class="image-thumbnail" style="float:left;width:130px;height:130px;text-align:center">'
        f'<a href="/image/image_gallery?img_id={iid}&amp;t=1764000000000" title="{esc(cap)}">'
        f'<img alt="{esc(cap)}" border="0" src="/image/image_gallery?img_id={iid + 100}&amp;t=1764000000000" width="120" /></a>'
        f"<br /><span>{esc(cap)}</span></div>"
        for iid, cap in GALLERY
    )
    return portlet(
        "31",
        "THƯ VIỆN ẢNH",
        '<div class="taglib-header"><h1 class="header-title"><span>Hoạt động ngành năm học 2026 - 2027</span></h1></div>'
        '<p class="description">Album ảnh hoạt động của ngành Giáo dục Hà Tĩnh học kỳ I năm học 2026 - 2027.</p>'
        f'<div class="gallery">{cells}<div style="clear:both"></div></div>',
    )


def video_col(ctx: Ctx) -> str:
    return _jc(
        "56_INSTANCE_Vd8e",
        "VIDEO CLIP",
        '<p style="text-align: center;"><strong>Phóng sự: Ngành Giáo dục Hà Tĩnh chung tay khắc phục hậu quả mưa lũ</strong></p>'
        '<p style="text-align: center;"><object height="300" width="400"><param name="movie" value="/html/themes/sgddt-theme/player/player.swf" />'
        '<param name="flashvars" value="file=/documents/10136/video/khac-phuc-lu-2026.flv&amp;autostart=false" />'
        '<embed flashvars="file=/documents/10136/video/khac-phuc-lu-2026.flv&amp;autostart=false" height="300" '
        'src="/html/themes/sgddt-theme/player/player.swf" type="application/x-shockwave-flash" width="400"></embed></object></p>'
        '<p style="text-align: justify;">Phóng sự do Đài Phát thanh - Truyền hình Hà Tĩnh thực hiện, phát sóng ngày 02/11/2026. '
        'Xem thêm trên kênh <a href="https://www.youtube.com/@truyenhinhhatinh" target="_blank">YouTube</a>.</p>',
        10461,
    )


def search_col(ctx: Ctx, keywords: str) -> str:
    kw = keywords.strip().lower()
    hits = [s for s in STORIES if kw and kw in s.title.lower()]
    if hits:
        rows = "".join(
            f'<tr class="results-row"><td><a href="{ctx.u(canonical_url(s))}">{esc(s.title)}</a><br />'
            f'<span class="ngay_tk">{CATS[s.cat].name} - {s.opts["day"]}</span></td></tr>'
            for s in hits
        )
        body = f'<table class="taglib-search-iterator">{rows}</table>'
    else:
        body = f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa <b>{esc(keywords)}</b>.</p>"
    return portlet("3", "Tìm kiếm", f'<div class="search-results">Kết quả tìm kiếm cho: <b>{esc(keywords)}</b></div>{body}')


def login_col(ctx: Ctx) -> str:
    action = (
        "/web/guest/home?p_p_id=58&p_p_lifecycle=1&p_p_state=maximized&p_p_mode=view"
        "&saveLastPath=0&_58_struts_action=%2Flogin%2Flogin"
    )
    return portlet(
        "58",
        "Đăng nhập",
        f'<form action="{ctx.u(action)}" method="post" name="_58_fm">'
        '<fieldset><label>Địa chỉ email</label><input name="_58_login" type="text" /><br />'
        '<label>Mật khẩu</label><input name="_58_password" type="password" /><br />'
        '<input type="checkbox" name="_58_rememberMe" /> Ghi nhớ<br />'
        '<input type="submit" value="Đăng nhập" /></fieldset></form>',
    )


def print_page(story: Story) -> str:
    cat = CATS[story.cat]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(cat.name)} - {esc(SITE)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/sgddt-theme/css/main.css?browserId=other&amp;t=1262592000000" rel="stylesheet" type="text/css" />
</head>
<body class="portal-popup">
<div class="portlet-body">
{template(story)}
</div>
<div class="print-action"><a href="javascript:print();">In trang</a></div>
<script type="text/javascript">print();</script>
</body>
</html>
"""


# --- the site --------------------------------------------------------------------------------

_JSID_RE = re.compile(r";jsessionid=[0-9A-Za-z.]+$")
_LAYOUT_RE = re.compile(r"/web/guest/([a-z0-9-]+)(?:/-/asset_publisher/(\w+)/content/([a-z0-9-]+))?/?")
_SIMPLE = {
    "gioi-thieu": gioi_thieu_col,
    "co-cau-to-chuc": co_cau_col,
    "lien-he": lien_he_col,
    "van-ban": van_ban_col,
    "thu-vien-anh": gallery_col,
    "video-clip": video_col,
}


class Site:
    def respond(self, request: Request) -> Response | None:
        ctx = Ctx(request)
        path = _JSID_RE.sub("", request.path)
        if path in ("/", "/web/guest", "/web/guest/", "/web", "/web/"):
            return redirect("/web/guest/home")
        if path in ("/image/journal/article", "/image/image_gallery", "/image/company_logo"):
            if not request.query:
                return None
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path == "/c/document_library/get_file":
            if "uuid=" not in request.query:
                return None
            return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "attachment"})
        if path == "/c/portal/login":
            return redirect(LOGIN_URL)
        if path.startswith(("/html/", "/sgddt-theme/")) or path == "/favicon.ico":
            return static_file(path)
        m = _LAYOUT_RE.fullmatch(path)
        if not m or m.group(1) not in LAYOUT_NAMES:
            return None
        layout, f_inst, f_slug = m.groups()
        params = request.params
        if params.get("p_p_lifecycle") == "1":
            # an action (poll vote, comment, contact form, login): Liferay redirects back
            return redirect(layout_url(layout))
        page = self._page(ctx, layout, f_inst, f_slug, params)
        if page is None:
            return None
        if isinstance(page, Response):
            return page
        headers = {"Content-Type": "text/html;charset=UTF-8"}
        if ctx.rewrite:
            headers["Set-Cookie"] = f"JSESSIONID={JSID}; Path=/"
        return html(page, headers=headers)

    def _page(self, ctx: Ctx, layout: str, f_inst: str | None, f_slug: str | None, params: dict):
        if f_inst is not None:
            story = BY_SLUG.get(f_slug or "")
            cat = CATS.get(layout)
            if story is None or cat is None or cat.inst != f_inst or story.cat != layout:
                return None
            return shell(ctx, layout, self._article_col(ctx, story, cat.inst, layout_url(layout)))
        pid = params.get("p_p_id")
        if pid is None:
            if params:
                return None
            if layout == "home":
                return shell(ctx, "home", home_col(ctx))
            if layout in CATS:
                return shell(ctx, layout, listing_col(ctx, CATS[layout], None))
            return shell(ctx, layout, _SIMPLE[layout](ctx))
        if pid == "3" and layout == "home":
            return shell(ctx, "home", search_col(ctx, params.get("_3_keywords", "")), full_width=True)
        if pid == "58" and layout == "home":
            return shell(ctx, "home", login_col(ctx), full_width=True)
        if pid == "20" and layout == "van-ban":
            if params.get("_20_name") != "DLFE-1207.pdf":
                return None
            return shell(ctx, "van-ban", doc_entry_col(ctx), full_width=True)
        if not pid.startswith("101_INSTANCE_"):
            return None
        inst = pid[len("101_INSTANCE_") :]
        ns = f"_{pid}_"
        slug = params.get(ns + "urlTitle")
        if slug is not None:
            story = BY_SLUG.get(slug)
            if story is None or params.get(ns + "struts_action") != "/asset_publisher/view_content":
                return None
            if not (
                (layout == "home" and inst == HOME_INST)
                or (layout in CATS and CATS[layout].inst == inst and story.cat == layout)
            ):
                return None
            if params.get("p_p_state") == "pop_up":
                return print_page(story)
            back = params.get(ns + "redirect") or layout_url(layout)
            if layout == "home":
                return shell(ctx, "home", self._article_col(ctx, story, inst, back) + _home_extra(ctx))
            return shell(ctx, layout, self._article_col(ctx, story, inst, back))
        cat = CATS.get(layout)
        if cat is None or cat.inst != inst or not params.get("cur", "").isdigit():
            return None
        col = listing_col(ctx, cat, int(params["cur"]))
        return None if col is None else shell(ctx, layout, col)

    @staticmethod
    def _article_col(ctx: Ctx, story: Story, inst: str, back: str) -> str:
        title = "TIN TỨC NỔI BẬT" if inst == HOME_INST else CATS[story.cat].name.upper()
        return portlet(
            f"101_INSTANCE_{inst}", title, full_content(ctx, story, inst, back), "portlet-asset-publisher"
        )


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def article_paths(story: Story) -> list[str]:
    """Every linked URL of the article: the gold path first, then its alternates."""
    cat = CATS[story.cat]
    forms = [canonical_url(story)]
    if listing_page_of(story) == 1 and cat.key == "tin-tuc":
        forms.append(cat_view_url(story, page_url(cat, 1)))  # from page 2's "Đầu tiên"/"Trước"
    if story in HOME_LATEST:
        forms.append(home_view_url(story))
    forms.append(friendly_url(story))
    forms.append(print_url(story))
    return forms + [with_jsid(f) for f in forms]


GOLD = [
    gold_record(
        s,
        article_paths(s)[0],
        CATS[s.cat].name,
        alt_paths=article_paths(s)[1:],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    "/web/guest/co-cau-to-chuc",
    "/web/guest/lien-he",
    DOC_ENTRY,
    "/web/guest/thu-vien-anh",
    "/web/guest/video-clip",
]
