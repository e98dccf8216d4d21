"""Trường Chính trị tỉnh Tuyên Quang: a sub-site of the province's ASP.NET MVC 5 e-government portal.

Platform
--------
The provincial "Cổng thông tin điện tử" product every department of the province runs (ASP.NET
MVC 5, Razor views, bundles ``/bundles/...?v=``, Kendo UI 2016 remnants: ``k-menu``, ``k-listview``,
``k-pager-wrap``, ``text/x-kendo-template`` scripts, a ``kendo.data.DataSource`` fed from inline
JSON with ``/Date(ms)/`` values). One host serves the provincial portal at ``/``, the Department
of Education at ``/sogiaoduc`` and the political school at ``/truongchinhtri``; the three share
templates and the same article URL form. IIS routes are case-insensitive.

URL scheme (the school)
-----------------------
- ``/truongchinhtri``                                   sub-site home (START_PATH)
- ``/truongchinhtri/tin-tuc/<category-slug>[?page=N]``  category listing, 3 items a page,
  Kendo pager whose links are query-only (``href="?page=2"``)
- ``/truongchinhtri/tin-tuc/<slug>-<id>.html``          article (routed on the id: any slug serves)
- ``/truongchinhtri/print/tin-tuc/<id>``                print view of an article
- ``/truongchinhtri/gioi-thieu/<slug>``                 intro pages (dated, titled: not articles)
- ``/truongchinhtri/van-ban`` and ``/truongchinhtri/van-ban/<slug>-<id>.html``  documents
- ``/truongchinhtri/thu-vien-anh/<slug>-<id>``          photo album
- ``/truongchinhtri/lien-he``                           contact page with a POST form
- ``/truongchinhtri/tim-kiem?tukhoa=``                  search (GET form)
- ``/`` and ``/tin-tuc/<slug>-<id>.html``               the provincial portal (other site)
- ``/sogiaoduc`` and ``/sogiaoduc/tin-tuc/<slug>-<id>.html``  another sub-site (other site)

Page templates
--------------
Layout: top bar with today's date, banner, Kendo menu with drop-downs (Giới thiệu, Tin tức,
Văn bản, "Cổng thành phần" to the other sub-sites), breadcrumb ``ol.dd-path``, main column,
sidebar (most-read rendered server-side AND as Kendo JSON, "Tin Cổng TTĐT tỉnh" box, poll,
visitor counter, links), footer. Article: ``h1.tde-ct``, a meta line ``div.tt-dang`` (publication
date in vi-VN 12-hour form "2:30:00 CH", "Người đăng: <account>", views), a hidden creation date,
tools, the sapo ``div.tomtat-ct`` (some articles), the text ``div#noidung.nd-ctiet``, the
"Cập nhật lần cuối" line, share bar, "Tin mới hơn" list.

How each gold article is reached
--------------------------------
Home: the 4 newest (1187, 1186, 1185, 1183) and two per category (1179, 1181, 1166, 1174;
1179 and 1166 via their stale slugs). Category page 1: 1176, 1171. Only via page 2 of a
listing: 1169, 1158 (Tin hoạt động) and 1162 (Đào tạo, bồi dưỡng).

Traps
-----
1. Scope: the provincial portal ``/`` and the ``/sogiaoduc`` sub-site share the host, the
   templates and the article URL form (``/tin-tuc/<slug>-<id>.html``,
   ``/sogiaoduc/tin-tuc/<slug>-<id>.html``); the school's sidebar and menus link to them. Gold:
   only ``/truongchinhtri/...`` articles; the other sites' articles are not the school's (not gold,
   and they must not come out).
2. Case-insensitive IIS routes: the most-read box links ``/TruongChinhTri/tin-tuc/...`` while
   menus and listings link lower case; both answer 200 with the same article. Gold: the lower-case
   path, the capitalised one in ``alt_paths``.
3. Stale slugs: 1179 and 1166 were retitled after publishing; the home page's cached boxes still
   link the old slug, the listing and ``<link rel=canonical>`` the new one; the route only reads
   the id so both serve. Gold: the canonical (new slug) path, the old one in ``alt_paths``; the
   print view ``/truongchinhtri/print/tin-tuc/<id>`` is in every record's ``alt_paths`` too.
4. Dates: the meta line prints the vi-VN 12-hour clock ("Thứ Năm, 03/12/2026 - 2:30:00 CH" =
   14:30); "12:00:00 SA" is midnight = the day alone (1176); a hidden ``/Date(ms)/`` creation
   time and a "Cập nhật lần cuối" line come with different times and are never the date; the
   header prints today (05/12/2026). The official notice 1186 is posted on 02/12 but dated by its
   letterhead "ngày 30 tháng 11 năm 2026" -> "2026-11-30".
5. Bylines: "Người đăng: tct.quantri" (CMS account) is nobody; the closing right-aligned
   byline carries degrees and posts ("ThS. Lê Thị Thu Hà - Khoa Xây dựng Đảng" -> "Lê Thị Thu
   Hà"); "Tin, ảnh: Minh Châu" -> author and photographer; a unit signing alone ("Phòng Đào
   tạo") is the author; a caption line "Ảnh: Hoàng Anh" is only a credit (caption None, Hoàng
   Anh a photographer).
6. Chrome inside the text container: a "Tin liên quan" box is injected by the view at the end of
   ``div#noidung`` (before the byline) and a "Xem thêm:" link line sits between paragraphs; neither
   is body. A "Theo kế hoạch, ..." paragraph is text; a closing "Nguồn: Báo Tuyên Quang" is source.
7. Captions two ways: the editor's image table (``table.tbl-anh``, second row ``td.ghichu-anh``)
   and a centred italic paragraph after the image "(Quang cảnh hội nghị ...)" whose parentheses
   come off; a figure without a line has caption None.
8. Kendo remnants: a ``text/x-kendo-template`` script holds a link template
   ``/truongchinhtri/tin-tuc/#= Slug #-#= Id #.html`` (404 for ``/truongchinhtri/tin-tuc/``);
   inline JSON with escaped ``\\/`` URLs; query-only pager links ``?page=2``; and the pager's
   "next" arrow on the last page still links page N+1, which answers an empty listing
   ("Không có dữ liệu") — bounded, no articles.
9. Text forms: 1176 is stored decomposed (NFD, old Unikey) -> gold NFC; 1174 uses an emoji drawn
   as ``<img alt="👉">`` at the start of lines (bullet, no text) next to a typed "👉 " (text);
   1181 has bracketed footnote calls "[1]" kept in the sentence, a bare superscript "2" that is
   not text, and its "Tài liệu tham khảo" list as body; 1162 has a table (cells joined " | ")
   and a ``<br>`` that splits a paragraph.
10. Look-alike non-articles: intro pages under ``/gioi-thieu/`` carry an h1, a date line and long
    text in the same template; document entries ``/van-ban/<slug>-<id>.html`` share the
    ``-<id>.html`` form. Not articles.

Gold decisions on ambiguous points
----------------------------------
- The category is the breadcrumb's last item ("Tin hoạt động", "Đào tạo, bồi dưỡng",
  "Nghiên cứu khoa học", "Thông báo"), not its parent "Tin tức".
- The sapo in ``div.tomtat-ct`` (outside the text) is the summary and the body's first paragraph;
  1179's bold first paragraph inside the text is its sapo; articles without either have no summary.
- The official notice 1186: the letterhead table, "THÔNG BÁO" and its "Về việc ..." line, "Nơi
  nhận" and the signature block are not body; the signer "Nguyễn Văn Bình" (after "K/T HIỆU
  TRƯỞNG / PHÓ HIỆU TRƯỞNG") is the author.
- Images are given as printed (site-relative paths under ``/truongchinhtri/Upload/``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta, timezone

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
    opaque,
    static_file,
    text,
)

NAME = "aspnet_mvc5_egov_tct"
PLATFORM = "ASP.NET MVC 5 provincial e-government portal (Razor, Kendo UI remnants), sub-site"
START_PATH = "/truongchinhtri"

SUB = "/truongchinhtri"
SITE_NAME = "Trường Chính trị tỉnh Tuyên Quang"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
UP = SUB + "/Upload/TinTuc/2026"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo, bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ICT = timezone(timedelta(hours=7))


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def _printed_when(d: datetime) -> str:
    """vi-VN long date with the 12-hour clock, SA/CH: 'Thứ Năm, 03/12/2026 - 2:30:00 CH'."""
    hour = d.hour % 12 or 12
    ampm = "SA" if d.hour < 12 else "CH"
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {hour}:{d:%M}:{d:%S} {ampm}"


def _msdate(d: datetime) -> str:
    return f"/Date({int(d.timestamp() * 1000)})/"


def _byline(s: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(s)}</strong></p>')


# --- the 13 articles --------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1187,
        slug="truong-chinh-tri-tinh-khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-k82",
        title="Trường Chính trị tỉnh khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung K82",
        cat="tin-hoat-dong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Trường Chính trị tỉnh Tuyên Quang tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị hệ không tập trung K82 cho 86 học viên là cán bộ, công chức các xã, phường "
            "thuộc thành phố Tuyên Quang."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Văn Bình, Phó Hiệu trưởng Trường Chính trị tỉnh; "
                "đại diện lãnh đạo Ban Tổ chức Thành ủy Tuyên Quang cùng các khoa, phòng của Nhà trường."
            ),
            Img(f"{UP}/12/khaigiang-k82-01.jpg", "(Quang cảnh lễ khai giảng lớp K82)",
                "Quang cảnh lễ khai giảng lớp K82", "em"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: lớp học diễn ra trong bối "
                "cảnh cả tỉnh đang triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, "
                "đòi hỏi đội ngũ cán bộ cơ sở phải được trang bị vững vàng về lý luận chính trị."
            ),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 12 tháng với 5 phần học, học viên học tập "
                "vào các ngày thứ Sáu, thứ Bảy hằng tuần tại Trường Chính trị tỉnh."
            ),
            Img(f"{UP}/12/khaigiang-k82-02.jpg", "Đại diện học viên phát biểu hứa quyết tâm",
                "Đại diện học viên phát biểu hứa quyết tâm", "tbl"),
            P(
                "Đồng chí Nguyễn Thị Lan, đại diện học viên, hứa sẽ chấp hành nghiêm quy chế, tích cực "
                "nghiên cứu tài liệu, liên hệ thực tiễn công tác tại địa phương."
            ),
            Raw('<div class="box-tlq"><span class="tlq-t">Tin liên quan:</span><ul>'
                f'<li><a href="{SUB}/tin-tuc/khai-giang-lop-cao-cap-ly-luan-chinh-tri-tap-trung-'
                'tai-tuyen-quang-khoa-2026-2028-1179.html">Khai giảng lớp Cao cấp lý luận chính trị '
                'tập trung tại Tuyên Quang khóa 2026 - 2028</a></li></ul></div>'),
            _byline("Tin, ảnh: Minh Châu"),
        ],
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        opts={"posted": "2026-12-03 14:30", "created": "2026-12-03 11:02",
              "updated": "2026-12-04 09:15", "views": 1},
    ),
    Story(
        id=1183,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV",
        cat="tin-hoat-dong",
        published_at="2026-11-27T08:00:00+07:00",
        blocks=[
            P(
                "Sáng 27/11, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh tổ chức sinh hoạt chuyên "
                "đề quý IV với chủ đề “Nâng cao tinh thần trách nhiệm, nêu gương của đảng viên là giảng "
                "viên lý luận chính trị”."
            ),
            Img(f"{UP}/11/sinhhoat-chuyende-q4.jpg", "Ảnh: Hoàng Anh", None, "em"),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những biểu hiện thiếu gương mẫu "
                "cần khắc phục; đồng thời đề xuất các giải pháp gắn việc nêu gương với đổi mới phương "
                "pháp giảng dạy."
            ),
            P(
                "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ yêu cầu mỗi đảng viên xây dựng kế hoạch "
                "rèn luyện cụ thể, đưa nội dung cam kết vào đánh giá, xếp loại cuối năm."
            ),
            _byline("Hoàng Anh"),
        ],
        authors=["Hoàng Anh"],
        photographers=["Hoàng Anh"],
        opts={"posted": "2026-11-27 08:00", "created": "2026-11-26 16:40",
              "updated": "2026-11-27 10:20"},
    ),
    Story(
        id=1176,
        slug="doan-cong-tac-truong-chinh-tri-tinh-ha-giang-tham-va-lam-viec",
        title="Đoàn công tác Trường Chính trị tỉnh Hà Giang thăm và làm việc",
        cat="tin-hoat-dong",
        published_at="2026-11-20",
        blocks=[
            P(
                "Ngày 19/11, đoàn công tác Trường Chính trị tỉnh Hà Giang do đồng chí Phó Hiệu trưởng "
                "làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm với Trường Chính trị tỉnh Tuyên Quang."
            ),
            P(
                "Hai bên đã chia sẻ kinh nghiệm trong đổi mới nội dung, chương trình đào tạo, bồi dưỡng; "
                "công tác nghiên cứu khoa học và xây dựng trường chính trị đạt chuẩn mức 1."
            ),
            Img(f"{UP}/11/hagiang-lamviec.jpg", "Hai đoàn chụp ảnh lưu niệm",
                "Hai đoàn chụp ảnh lưu niệm", "tbl"),
            P(
                "Dịp này, đoàn công tác đã tham quan thư viện, phòng truyền thống và các phòng học "
                "thông minh của Nhà trường."
            ),
        ],
        opts={"posted": "2026-11-20 00:00", "created": "2026-11-19 21:12",
              "updated": "2026-11-21 08:05", "nfd": True},
    ),
    Story(
        id=1169,
        slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Công đoàn Trường tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-14T15:45:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường Chính trị tỉnh đã tổ "
                "chức Hội thao với các môn bóng chuyền hơi, kéo co và cầu lông."
            ),
            P(
                "Hội thao thu hút hơn 70 cán bộ, giảng viên, nhân viên tham gia, tạo không khí vui tươi, "
                "đoàn kết trong toàn trường."
            ),
            Raw(f'<p><em>Xem thêm: <a href="{SUB}/tin-tuc/chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-'
                'quy-iv-1183.html">Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV</a></em></p>'),
            P(
                "Kết thúc Hội thao, Ban Tổ chức đã trao giải Nhất toàn đoàn cho Công đoàn bộ phận Khoa "
                "Lý luận cơ sở."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Tuyên Quang</em></p>'),
        ],
        source="Báo Tuyên Quang",
        opts={"posted": "2026-11-14 15:45", "created": "2026-11-14 15:30",
              "updated": "2026-11-15 07:10"},
    ),
    Story(
        id=1158,
        slug="giang-vien-nha-truong-dat-giai-hoi-thi-giang-vien-day-gioi-cap-tinh",
        title="Giảng viên Nhà trường đạt giải Hội thi giảng viên dạy giỏi cấp tỉnh",
        cat="tin-hoat-dong",
        published_at="2026-10-29T09:10:00+07:00",
        summary=(
            "Với bài giảng về chủ đề bảo vệ nền tảng tư tưởng của Đảng, giảng viên Trường Chính trị "
            "tỉnh đã đạt giải Nhì Hội thi giảng viên dạy giỏi cấp tỉnh năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi do Ban Tuyên giáo Tỉnh ủy tổ chức, quy tụ 24 giảng viên đến từ Trường Chính trị "
                "tỉnh và các trung tâm chính trị cấp huyện."
            ),
            Img(f"{UP}/10/hoithi-gvdg.jpg", None, None, "none"),
            P(
                "Ban Giám khảo đánh giá cao tính thực tiễn, khả năng liên hệ với tình hình địa phương và "
                "việc ứng dụng công nghệ thông tin trong bài giảng."
            ),
            _byline("Phạm Thu Trang"),
        ],
        authors=["Phạm Thu Trang"],
        opts={"posted": "2026-10-29 09:10", "created": "2026-10-28 17:00",
              "updated": "2026-10-29 09:12"},
    ),
    Story(
        id=1185,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
        cat="dao-tao-boi-duong",
        published_at="2026-12-01T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 01/12, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
                "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Qua 5 ngày học tập, 112 học viên là trưởng thôn, bí thư chi bộ đã được bồi dưỡng các "
                "chuyên đề về đường lối quốc phòng, an ninh của Đảng, xây dựng thế trận lòng dân."
            ),
            Img(f"{UP}/12/begiang-qpan.jpg", "(Trao giấy chứng nhận cho học viên)",
                "Trao giấy chứng nhận cho học viên", "em"),
            P("100% học viên đủ điều kiện được cấp giấy chứng nhận hoàn thành chương trình."),
            _byline("Phòng Đào tạo"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"posted": "2026-12-01 10:00", "created": "2026-12-01 09:41",
              "updated": "2026-12-02 14:00"},
    ),
    Story(
        id=1179,
        slug="khai-giang-lop-cao-cap-ly-luan-chinh-tri-tap-trung-tai-tuyen-quang-khoa-2026-2028",
        title="Khai giảng lớp Cao cấp lý luận chính trị tập trung tại Tuyên Quang khóa 2026 - 2028",
        cat="dao-tao-boi-duong",
        published_at="2026-11-23T07:30:00+07:00",
        summary=(
            "Sáng 23/11, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh khai giảng lớp "
            "Cao cấp lý luận chính trị tập trung tại Tuyên Quang."
        ),
        blocks=[
            P(
                "Sáng 23/11, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh khai giảng lớp "
                "Cao cấp lý luận chính trị tập trung tại Tuyên Quang.",
                "bold",
            ),
            P(
                "Lớp học có 95 học viên là lãnh đạo các sở, ban, ngành, đoàn thể tỉnh và các huyện, thành "
                "phố, học tập trong thời gian 8 tháng."
            ),
            P(
                "Phát biểu tại lễ khai giảng, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đề nghị học viên phát "
                "huy tinh thần tự học, gắn lý luận với thực tiễn lãnh đạo, quản lý ở cơ quan, đơn vị."
            ),
            Img(f"{UP}/11/khaigiang-caocap.jpg", "Các đại biểu dự lễ khai giảng",
                "Các đại biểu dự lễ khai giảng", "tbl"),
            _byline("Tin, ảnh: Minh Châu"),
        ],
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        opts={"posted": "2026-11-23 07:30", "created": "2026-11-22 20:15",
              "updated": "2026-11-24 16:45",
              "old_slug": "khai-giang-lop-cao-cap-ly-luan-chinh-tri-nam-2026"},
    ),
    Story(
        id=1171,
        slug="boi-duong-cap-nhat-kien-thuc-cho-can-bo-dien-ban-thuong-vu-tinh-uy-quan-ly",
        title="Bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
        cat="dao-tao-boi-duong",
        published_at="2026-11-16T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 16 đến 18/11, Trường Chính trị tỉnh tổ chức lớp bồi dưỡng cập nhật kiến thức năm "
                "2026 cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý."
            ),
            P("Các chuyên đề được giới thiệu tại lớp học gồm:"),
            P("Chuyển đổi số trong hoạt động của hệ thống chính trị;", "li"),
            P("Công tác phòng, chống tham nhũng, tiêu cực trong tình hình mới;", "li"),
            P("Kinh tế tuần hoàn và phát triển bền vững vùng miền núi.", "li"),
            P(
                "Các báo cáo viên là lãnh đạo các ban, bộ, ngành Trung ương và các nhà khoa học có nhiều "
                "kinh nghiệm."
            ),
            _byline("Phòng Đào tạo"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"posted": "2026-11-16 14:00", "created": "2026-11-16 13:20",
              "updated": "2026-11-16 14:02"},
    ),
    Story(
        id=1162,
        slug="to-chuc-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-k79",
        title="Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị K79",
        cat="dao-tao-boi-duong",
        published_at="2026-10-30T16:20:00+07:00",
        blocks=[
            P(
                "Ngày 29 và 30/10, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 78 học viên lớp Trung "
                "cấp lý luận chính trị K79 hệ không tập trung."
            ),
            P("Lịch thi cụ thể như sau:"),
            P("Ngày thi | Môn thi | Hình thức", "row"),
            P("29/10/2026 | Những vấn đề cơ bản về chủ nghĩa Mác - Lênin | Viết", "row"),
            P("30/10/2026 | Vận dụng lý luận vào thực tiễn địa phương | Vấn đáp", "row"),
            P("Kỳ thi diễn ra nghiêm túc, đúng quy chế.", "brnext"),
            P("Kết quả thi sẽ được công bố trước ngày 15/11/2026."),
            _byline("Phòng Đào tạo"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"posted": "2026-10-30 16:20", "created": "2026-10-30 15:58",
              "updated": "2026-11-02 08:00"},
    ),
    Story(
        id=1181,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-tu-phe-binh-va-phe-binh-trong-xay-dung-dang-hien-nay",
        title="Vận dụng tư tưởng Hồ Chí Minh về tự phê bình và phê bình trong xây dựng Đảng hiện nay",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-25T09:00:00+07:00",
        summary=(
            "Tự phê bình và phê bình là quy luật phát triển của Đảng, là vũ khí sắc bén để Đảng ta tự "
            "chỉnh đốn, tự đổi mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng "
                "hỏng”.[1] Tư tưởng đó đến nay vẫn giữ nguyên giá trị.",
                "fn:[1]:1",
            ),
            P("1. Nội dung tư tưởng Hồ Chí Minh về tự phê bình và phê bình", "h"),
            P(
                "Theo Người, tự phê bình và phê bình phải được tiến hành thường xuyên, “như người ta "
                "ngày nào cũng phải rửa mặt”, với thái độ thành khẩn, trung thực, có lý, có tình."
            ),
            P("2. Vận dụng trong giai đoạn hiện nay", "h"),
            P(
                "Văn kiện Đại hội XIII nêu rõ yêu cầu tăng cường tự phê bình và phê bình gắn với "
                "kiểm tra, giám sát, kiểm soát quyền lực.",
                "sup:XIII:2",
            ),
            P(
                "Đối với các trường chính trị, cần đưa nội dung này vào giảng dạy một cách sinh động, "
                "gắn với những bài học thực tiễn ở địa phương."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.15, tr.301.", "note"),
            P("[2] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, t.I, tr.190.",
              "note"),
            _byline("ThS. Lê Thị Thu Hà - Khoa Xây dựng Đảng"),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"posted": "2026-11-25 09:00", "created": "2026-11-20 10:10",
              "updated": "2026-11-26 15:30"},
    ),
    Story(
        id=1166,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn "
            "địa phương”"
        ),
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-10T08:30:00+07:00",
        blocks=[
            P(
                "Ngày 10/11, Trường Chính trị tỉnh tổ chức Hội thảo khoa học “Nâng cao chất lượng giảng dạy "
                "lý luận chính trị gắn với thực tiễn địa phương”."
            ),
            Img(f"{UP}/11/hoithao-khoahoc.jpg", "(Quang cảnh hội thảo)", "Quang cảnh hội thảo", "em"),
            P(
                "Hội thảo nhận được 32 tham luận của giảng viên Nhà trường, các trung tâm chính trị và "
                "một số sở, ngành của tỉnh."
            ),
            P(
                "Các ý kiến tập trung làm rõ việc lựa chọn tình huống thực tiễn đưa vào bài giảng, đổi mới "
                "phương pháp kiểm tra, đánh giá theo hướng phát triển năng lực người học."
            ),
            Img(f"{UP}/11/hoithao-thamluan.jpg", "Đại biểu trình bày tham luận tại hội thảo",
                "Đại biểu trình bày tham luận tại hội thảo", "tbl"),
            _byline("Khoa Lý luận cơ sở"),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={"posted": "2026-11-10 08:30", "created": "2026-11-09 22:00",
              "updated": "2026-11-12 10:00",
              "old_slug": "hoi-thao-khoa-hoc-cap-truong-nam-2026"},
    ),
    Story(
        id=1186,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table style="width:100%;border:none"><tbody><tr>'
                '<td style="text-align:center;width:45%">TỈNH ỦY TUYÊN QUANG<br /><strong>TRƯỜNG CHÍNH TRỊ'
                '</strong><br />*<br />Số: 215-TB/TCT</td>'
                '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br />'
                '<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                '<strong>Về việc tuyển sinh lớp Trung cấp lý luận chính trị năm 2027</strong></p>'
            ),
            P(
                "Căn cứ kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính "
                "trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung như sau:"
            ),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo cấp phòng."),
            P("2. Hồ sơ nộp về Phòng Đào tạo trước ngày 25/12/2026."),
            P("3. Thời gian khai giảng dự kiến: tháng 01/2027."),
            Raw(
                '<table style="width:100%;border:none"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
                '- Ban Tổ chức Tỉnh ủy;<br />- Các huyện ủy, thành ủy;<br />- Lưu VP.</td>'
                '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br />'
                'PHÓ HIỆU TRƯỞNG</strong><br /><br /><br /><strong>Nguyễn Văn Bình</strong></td>'
                '</tr></tbody></table>'
            ),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"posted": "2026-12-02 08:00", "created": "2026-12-01 16:30",
              "updated": "2026-12-02 08:05"},
    ),
    Story(
        id=1174,
        slug="lich-nghi-tet-duong-lich-nam-2027-doi-voi-hoc-vien-cac-lop-tap-trung",
        title="Lịch nghỉ Tết Dương lịch năm 2027 đối với học viên các lớp tập trung",
        cat="thong-bao",
        published_at="2026-11-18T10:05:00+07:00",
        blocks=[
            P("Trường Chính trị tỉnh thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với học viên như sau:"),
            P("Học viên nghỉ từ ngày 01/01/2027 đến hết ngày 03/01/2027.", "emoji"),
            P("Ngày 04/01/2027 học viên trở lại học tập bình thường.", "emoji"),
            P("👉 Học viên ở nội trú đăng ký với Phòng Quản lý học viên trước ngày 28/12/2026."),
            _byline("Phòng Quản lý học viên"),
        ],
        authors=["Phòng Quản lý học viên"],
        opts={"posted": "2026-11-18 10:05", "created": "2026-11-18 09:00",
              "updated": "2026-11-19 07:45"},
    ),
]
BY_ID = {s.id: s for s in STORIES}


def _posted(s: Story) -> datetime:
    return _dt(s.opts["posted"])


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_posted, reverse=True)


def _in_cat(cat: str) -> list[Story]:
    return _sorted([s for s in STORIES if s.cat == cat])


def art_path(s: Story, slug: str | None = None, prefix: str = SUB) -> str:
    return f"{prefix}/tin-tuc/{slug or s.slug}-{s.id}.html"


def print_path(s: Story) -> str:
    return f"{SUB}/print/tin-tuc/{s.id}"


def cased_path(s: Story) -> str:
    return art_path(s, prefix="/TruongChinhTri")


MOST_READ = [1187, 1181, 1179, 1185, 1166]


# --- other sites on the host (not the school's) -----------------------------------------------

OTHER_ARTICLES = {
    "": [
        (2241, "ubnd-tinh-hop-phien-thuong-ky-thang-11-nam-2026", "UBND tỉnh họp phiên thường kỳ tháng 11 năm 2026"),
        (2236, "tuyen-quang-day-manh-chuyen-doi-so-cap-xa", "Tuyên Quang đẩy mạnh chuyển đổi số cấp xã"),
    ],
    "/sogiaoduc": [
        (871, "so-gddt-tap-huan-giao-vien-cot-can-mon-tin-hoc", "Sở GD&ĐT tập huấn giáo viên cốt cán môn Tin học"),
        (866, "ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh", "Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 - 2027"),
    ],
}
OTHER_SITE_NAMES = {"": "Cổng Thông tin điện tử tỉnh Tuyên Quang", "/sogiaoduc": "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"}


# --- non-articles -----------------------------------------------------------------------------

INTRO = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh, được thành lập năm 1949 "
            "tại An toàn khu Tân Trào.",
            "Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
            "cán bộ cho tỉnh.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng "
            "lý luận chính trị cho cán bộ, đảng viên của hệ thống chính trị ở cơ sở.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng, khoa: Phòng Tổ chức - Hành chính; Phòng Đào tạo, Quản lý khoa học; Khoa Xây dựng "
            "Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và Pháp luật; Khoa Dân vận.",
        ],
    ),
}
DOCS = {
    45: ("quyet-dinh-ban-hanh-quy-che-dao-tao", "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị",
         "312-QĐ/TCT", "15/10/2026"),
    44: ("ke-hoach-dao-tao-boi-duong-nam-2027", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "198-KH/TCT", "02/10/2026"),
}
ALBUM = ("le-khai-giang-lop-k82", 12, "Lễ khai giảng lớp Trung cấp lý luận chính trị K82")

NON_ARTICLES = [
    f"{SUB}/gioi-thieu/lich-su-hinh-thanh",
    f"{SUB}/gioi-thieu/chuc-nang-nhiem-vu",
    f"{SUB}/gioi-thieu/co-cau-to-chuc",
    f"{SUB}/van-ban/quyet-dinh-ban-hanh-quy-che-dao-tao-45.html",
    f"{SUB}/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027-44.html",
    f"{SUB}/thu-vien-anh/le-khai-giang-lop-k82-12",
    f"{SUB}/lien-he",
]


# --- rendering ---------------------------------------------------------------------------------


def _t(s: str, story: Story | None = None) -> str:
    return text(s, nfd=bool(story and story.opts.get("nfd")))


def _head(request: Request, title: str, canonical: str | None, desc: str = "") -> str:
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
{canon}
<link href="/Content/kendo/2016.1.112/kendo.common-bootstrap.min.css" rel="stylesheet" />
<link href="/bundles/css-portal?v=Wq3kVbXl9gOZz1h7dM2dJq0C1" rel="stylesheet" />
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/Scripts/kendo/2016.1.112/kendo.all.min.js"></script>
<script src="/Scripts/kendo/2016.1.112/cultures/kendo.culture.vi-VN.min.js"></script>
</head>
"""


def _menu(prefix: str) -> str:
    cats = "".join(
        f'<li class="k-item"><a class="k-link" href="{SUB}/tin-tuc/{slug}">{esc(name)}</a></li>'
        for slug, name in CATS.items()
    )
    intro = "".join(
        f'<li class="k-item"><a class="k-link" href="{SUB}/gioi-thieu/{slug}">{esc(t)}</a></li>'
        for slug, (t, _) in INTRO.items()
    )
    return f"""<ul id="mnuChinh" class="k-widget k-reset k-header k-menu k-menu-horizontal" data-role="menu">
<li class="k-item k-state-default"><a class="k-link" href="{SUB}"><span class="k-icon k-i-home"></span> Trang chủ</a></li>
<li class="k-item k-state-default"><span class="k-link">Giới thiệu<span class="k-icon k-i-arrow-s"></span></span>
<ul class="k-group k-menu-group" style="display:none">{intro}</ul></li>
<li class="k-item k-state-default"><span class="k-link">Tin tức<span class="k-icon k-i-arrow-s"></span></span>
<ul class="k-group k-menu-group" style="display:none">{cats}</ul></li>
<li class="k-item k-state-default"><a class="k-link" href="{SUB}/van-ban">Văn bản</a></li>
<li class="k-item k-state-default"><a class="k-link" href="{SUB}/thu-vien-anh/{ALBUM[0]}-{ALBUM[1]}">Thư viện ảnh</a></li>
<li class="k-item k-state-default"><a class="k-link" href="{SUB}/lien-he">Liên hệ</a></li>
<li class="k-item k-state-default"><span class="k-link">Cổng thành phần<span class="k-icon k-i-arrow-s"></span></span>
<ul class="k-group k-menu-group" style="display:none">
<li class="k-item"><a class="k-link" href="/">Cổng TTĐT tỉnh Tuyên Quang</a></li>
<li class="k-item"><a class="k-link" href="/sogiaoduc">Sở Giáo dục và Đào tạo</a></li>
</ul></li>
</ul>"""


def _top(request: Request, crumbs: list[tuple[str, str | None]]) -> str:
    token = opaque("antiforgery" + request.path, 64)
    trail = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
        for label, href in crumbs
    )
    return f"""<body class="k-content">
<div id="top-bar"><span class="ngay-ht"><span class="k-icon k-i-calendar"></span> {HEADER_TODAY}</span>
<span class="lnk-tinh"><a href="/">Cổng Thông tin điện tử tỉnh Tuyên Quang</a></span>
<form action="{SUB}/tim-kiem" method="get" id="frmTimKiem" class="tk-box">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input type="text" name="tukhoa" class="k-textbox" placeholder="Nhập từ khóa..." /><button type="submit" class="k-button">Tìm</button>
</form></div>
<div class="hdr-tct"><a href="{SUB}"><img src="{SUB}/Content/images/banner-tct.jpg" alt="{SITE_NAME}" /></a></div>
{_menu(SUB)}
<ol class="dd-path"><li><a href="{SUB}">Trang chủ</a></li>{trail}</ol>
<div class="row-main"><div class="col-md-9 cot-trai">
"""


def _sidebar() -> str:
    links = "".join(
        f'<li><a href="{cased_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    js = ",".join(
        json.dumps(
            {"Id": i, "TieuDe": BY_ID[i].title, "Url": cased_path(BY_ID[i]),
             "NgayXB": _msdate(_posted(BY_ID[i]))},
            ensure_ascii=False,
        ).replace("/", "\\/")
        for i in MOST_READ
    )
    tinh = "".join(
        f'<li><a href="/tin-tuc/{slug}-{i}.html">{esc(t)}</a></li>' for i, slug, t in OTHER_ARTICLES[""]
    )
    return f"""</div><div class="col-md-3 cot-phai">
<div class="pnl-bx" id="pnlXemNhieu"><div class="pnl-bx-t">Tin xem nhiều</div>
<ul class="ds-xemnhieu">{links}</ul>
<div id="lvXemNhieu"></div>
<script>
var dsXemNhieu = new kendo.data.DataSource({{ data: [{js}], pageSize: 5 }});
$("#lvXemNhieu").kendoListView({{ dataSource: dsXemNhieu, template: kendo.template($("#tplXemNhieu").html()) }});
</script>
<script type="text/x-kendo-template" id="tplXemNhieu">
<div class="xn-item"><a href="{SUB}/tin-tuc/#= Slug #-#= Id #.html">#: TieuDe #</a></div>
</script></div>
<div class="pnl-bx"><div class="pnl-bx-t">Tin Cổng TTĐT tỉnh</div><ul>{tinh}</ul></div>
<div class="pnl-bx"><div class="pnl-bx-t">Thăm dò ý kiến</div>
<form action="{SUB}/BinhChon/Vote" method="post">
<p>Bạn đánh giá thế nào về chất lượng giảng dạy của Nhà trường?</p>
<label><input type="radio" name="PhuongAn" value="1" /> Rất tốt</label><br />
<label><input type="radio" name="PhuongAn" value="2" /> Tốt</label><br />
<label><input type="radio" name="PhuongAn" value="3" /> Bình thường</label><br />
<button type="submit" class="k-button">Bình chọn</button></form></div>
<div class="pnl-bx"><div class="pnl-bx-t">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://www.tuyenquang.gov.vn">Cổng TTĐT tỉnh</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select>
<p><a href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank"><img src="{SUB}/Content/images/icon-fb.png" alt="Facebook" /></a></p></div>
<div class="pnl-bx thong-ke"><div class="pnl-bx-t">Thống kê truy cập</div>
<p>Đang online: <b>27</b></p><p>Hôm nay: <b>418</b></p><p>Tổng truy cập: <b>1.284.503</b></p></div>
</div></div>
"""


def _footer() -> str:
    return f"""<div id="ftr"><p><strong>{SITE_NAME.upper()}</strong></p>
<p>Địa chỉ: Đường Lê Lợi, phường Phan Thiết, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.458 - Email: truongchinhtri@tuyenquang.gov.vn</p>
<p>Giấy phép số 23/GP-TTĐT ngày 12/3/2019 của Sở Thông tin và Truyền thông tỉnh Tuyên Quang.</p>
<p>© Bản quyền thuộc {SITE_NAME}. Vận hành trên nền Cổng TTĐT tỉnh Tuyên Quang.</p>
<p><a href="/sogiaoduc">Sở Giáo dục và Đào tạo</a> | <a href="/">Cổng TTĐT tỉnh</a></p></div>
<script src="/bundles/portal-js?v=hD3kZ0nYb0Iu1vW6"></script>
</body></html>"""


def _page(request: Request, title: str, crumbs, main: str, canonical: str | None = None, desc: str = "") -> Response:
    body = _head(request, title, canonical, desc) + _top(request, crumbs) + main + _sidebar() + _footer()
    return html(body, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


def _render_para(p: P, story: Story) -> str:
    style = p.style
    t = _t(p.text, story)
    if style.startswith("fn:"):
        _, mark, n = style.split(":")
        t = t.replace(mark, f'<a href="#_ftn{n}" name="_ftnref{n}">{mark}</a>', 1)
        return f'<p style="text-align: justify;">{t}</p>'
    if style.startswith("sup:"):
        _, word, n = style.split(":")
        sup = f'<sup><a href="#_ftn{n}" name="_ftnref{n}">{n}</a></sup>'
        t = t.replace(word, word + sup, 1)
        return f'<p style="text-align: justify;">{t}</p>'
    if style == "h":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "bold":
        return f'<p style="text-align: justify;"><b>{t}</b></p>'
    if style == "note":
        return f'<p style="font-size: 11pt;"><a name="_ftn{t[1]}"></a>{t}</p>'
    if style == "emoji":
        return (f'<p><img alt="👉" src="{SUB}/Content/emoji/1f449.png" style="width:16px;height:16px" />'
                f"&nbsp;{t}</p>")
    return f'<p style="text-align: justify;">{t}</p>'


def _render_img(img: Img) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" align="center" cellpadding="3" cellspacing="0" style="width:90%">'
            f'<tbody><tr><td><img src="{src}" style="width:100%" alt="" /></td></tr>'
            f'<tr><td class="ghichu-anh" style="text-align:center">{esc(img.printed or "")}</td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;"><img src="{src}" alt="" style="width:600px" /></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(g.text, story)}</li>" for g in group) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f'<td style="border:1px solid #999">{_t(c, story)}</td>'
                                     for c in g.text.split(" | ")) + "</tr>"
                    for g in group
                )
                out.append(f'<table border="1" cellpadding="4" style="border-collapse:collapse"><tbody>{rows}</tbody></table>')
            continue
        if isinstance(b, P) and b.style == "brnext":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_t(b.text, story)}<br />\n{_t(nxt.text, story)}</p>')
            i += 2
            continue
        if isinstance(b, P):
            out.append(_render_para(b, story))
        elif isinstance(b, Img):
            out.append(_render_img(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _article(request: Request, s: Story) -> Response:
    posted = _posted(s)
    created = _dt(s.opts["created"])
    updated = _dt(s.opts["updated"])
    cat = CATS[s.cat]
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="tomtat-ct"><strong>{_t(s.summary, s)}</strong></div>'
    newer = [x for x in _in_cat(s.cat) if _posted(x) > posted][-3:]
    newer_html = "".join(
        f'<li><a href="{art_path(x)}">{esc(x.title)}</a> <span class="ngay">({_posted(x):%d/%m/%Y})</span></li>'
        for x in newer
    )
    tin_moi = f'<div class="tin-khac"><div class="tk-t">Tin mới hơn</div><ul>{newer_html}</ul></div>' if newer else ""
    main = f"""<div class="ctiet-tin" id="divChiTiet_{s.id}">
<h1 class="tde-ct">{_t(s.title, s)}</h1>
<div class="tt-dang"><span class="ngay-xb"><span class="k-icon k-i-clock"></span> {_printed_when(posted)}</span>
 | <span class="ng-dang">Người đăng: tct.quantri</span> | <span class="luot-xem">Lượt xem: {s.views()}</span></div>
<input type="hidden" id="hdNgayTao" value="{_msdate(created)}" />
<div class="cong-cu"><a href="javascript:void(0)" onclick="tangCoChu()">A+</a> <a href="javascript:void(0)" onclick="giamCoChu()">A-</a>
 <a href="{print_path(s)}" target="_blank" title="In bài viết"><img src="{SUB}/Content/images/print.png" alt="In" /></a>
 <a href="mailto:?subject={esc(s.title)}"><img src="{SUB}/Content/images/email.png" alt="Gửi email" /></a></div>
{sapo}
<div class="nd-ctiet" id="noidung">
{_render_blocks(s)}
</div>
<div class="cap-nhat"><em>Cập nhật lần cuối: {updated:%d/%m/%Y} {_printed_when(updated).split(" - ")[1]}</em></div>
<div class="chia-se"><a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{art_path(s)}" target="_blank"><img src="{SUB}/Content/images/share-fb.png" alt="Chia sẻ" /></a>
<div class="zalo-share-button" data-href="{base_url(request)}{art_path(s)}" data-oaid="579745863508352884"></div></div>
</div>
{tin_moi}
"""
    crumbs = [("Tin tức", None), (cat, f"{SUB}/tin-tuc/{s.cat}")]
    return _page(request, f"{s.title} - {SITE_NAME}", crumbs, main, canonical=art_path(s),
                 desc=(s.summary or s.paragraphs[0])[:150])


def _print(request: Request, s: Story) -> Response:
    sapo = f"<p><strong>{_t(s.summary, s)}</strong></p>" if s.summary and s.sapo_outside else ""
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(s.title)}</title>
<link rel="canonical" href="{base_url(request)}{art_path(s)}" /></head>
<body onload="window.print()"><div class="in-bai"><p>{SITE_NAME.upper()}</p>
<h2>{_t(s.title, s)}</h2><p class="ngay-xb">{_printed_when(_posted(s))}</p>{sapo}
<div class="nd-in">{_render_blocks(s)}</div></div></body></html>"""
    return html(page)


def _item(s: Story, slug: str | None = None) -> str:
    desc = s.summary or s.paragraphs[0]
    thumb = next((i.src for i in s.images), f"{SUB}/Content/images/no-image.jpg")
    return (
        f'<div class="k-listview-item tin-item" data-uid="{s.id:08x}-4c1f-9d2e-a1b2c3d4e5f6">'
        f'<a href="{art_path(s, slug)}"><img class="anh-nho" src="{thumb}?w=180" alt="" /></a>'
        f'<h3 class="tde-ds"><a href="{art_path(s, slug)}">{esc(s.title)}</a></h3>'
        f'<span class="ngay">({_posted(s):%d/%m/%Y})</span><p class="mota">{esc(desc[:180])}...</p></div>'
    )


def _listing(request: Request, cat: str) -> Response | None:
    items = _in_cat(cat)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    try:
        page = int(request.params.get("page", "1") or "1")
    except ValueError:
        page = 1
    if page < 1 or page > pages + 1:
        return None
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    rows = "".join(_item(s) for s in chunk) or '<div class="k-listview-empty">Không có dữ liệu</div>'
    nums = "".join(
        f'<li><span class="k-state-selected">{n}</span></li>' if n == page
        else f'<li><a href="?page={n}" class="k-link" data-page="{n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    prev_ = max(1, page - 1)
    pager = (
        '<div class="k-pager-wrap k-widget k-floatwrap" data-role="pager">'
        f'<a href="?page=1" class="k-link k-pager-nav k-pager-first" title="Trang đầu"><span class="k-icon k-i-seek-w"></span></a>'
        f'<a href="?page={prev_}" class="k-link k-pager-nav" title="Trang trước"><span class="k-icon k-i-arrow-w"></span></a>'
        f'<ul class="k-pager-numbers k-reset">{nums}</ul>'
        f'<a href="?page={page + 1}" class="k-link k-pager-nav" title="Trang sau"><span class="k-icon k-i-arrow-e"></span></a>'
        f'<span class="k-pager-info k-label">{len(chunk)} / {len(items)} tin</span></div>'
        if page <= pages else ""
    )
    main = f"""<div class="ds-tin"><h2 class="tde-cm">{esc(CATS[cat])}</h2>
<div id="lvTinTuc" class="k-widget k-listview" data-role="listview">{rows}</div>
<script type="text/x-kendo-template" id="tplTin">
<div class="tin-item"><a href="{SUB}/tin-tuc/#= Slug #-#= Id #.html">#: TieuDe #</a><span>#= kendo.toString(NgayXB, "dd/MM/yyyy") #</span></div>
</script>
{pager}</div>
"""
    return _page(request, f"{CATS[cat]} - {SITE_NAME}", [("Tin tức", None), (CATS[cat], None)], main)


def _home(request: Request) -> Response:
    stale = {s.id: s.opts.get("old_slug") for s in STORIES}
    newest = _sorted(STORIES)[:4]
    hot = newest[0]
    top = (
        f'<div class="tin-noibat"><a href="{art_path(hot)}"><img src="{hot.images[0].src}" alt="{esc(hot.title)}" /></a>'
        f'<h2><a href="{art_path(hot)}">{esc(hot.title)}</a></h2><p>{esc(hot.summary or "")}</p></div>'
        '<ul class="tin-moi">'
        + "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in newest[1:])
        + "</ul>"
    )
    boxes = ""
    for slug, name in CATS.items():
        two = _in_cat(slug)[:2]
        boxes += (
            f'<div class="box-cm" id="boxCM_{slug}"><div class="box-cm-t"><a href="{SUB}/tin-tuc/{slug}">{esc(name)}</a>'
            f'<a class="xem-tat" href="{SUB}/tin-tuc/{slug}">Xem tất cả »</a></div>'
            + "".join(_item(s, stale[s.id]) for s in two) + "</div>"
        )
    main = f'<div class="trang-chu">{top}{boxes}</div>'
    return _page(request, SITE_NAME, [], main, canonical=SUB)


def _intro(request: Request, slug: str) -> Response:
    title, paras = INTRO[slug]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = (
        f'<div class="ctiet-tin gt"><h1 class="tde-ct">{esc(title)}</h1>'
        f'<div class="tt-dang"><span class="ngay-xb">Thứ Hai, 06/01/2025 - 8:00:00 SA</span></div>'
        f'<div class="nd-ctiet">{body}</div></div>'
    )
    return _page(request, f"{title} - {SITE_NAME}", [("Giới thiệu", None), (title, None)], main)


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(no)}</td><td>{esc(day)}</td><td><a href="{SUB}/van-ban/{slug}-{i}.html">{esc(t)}</a></td></tr>'
        for i, (slug, t, no, day) in DOCS.items()
    )
    main = (f'<h2 class="tde-cm">Văn bản</h2><table class="k-grid" border="1"><thead><tr><th>Số hiệu</th>'
            f"<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>")
    return _page(request, f"Văn bản - {SITE_NAME}", [("Văn bản", None)], main)


def _doc(request: Request, i: int) -> Response:
    slug, t, no, day = DOCS[i]
    main = (
        f'<div class="vb-ct"><h1 class="tde-ct">{esc(t)}</h1><table class="tt-vb" border="1">'
        f"<tr><td>Số ký hiệu</td><td>{esc(no)}</td></tr><tr><td>Ngày ban hành</td><td>{day}</td></tr>"
        f"<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh</td></tr><tr><td>Trích yếu</td><td>{esc(t)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{SUB}/Upload/VanBan/{slug}.pdf">{slug}.pdf</a></td></tr></table></div>'
    )
    return _page(request, f"{t} - {SITE_NAME}", [("Văn bản", f"{SUB}/van-ban"), (t, None)], main)


def _album(request: Request) -> Response:
    t = ALBUM[2]
    imgs = "".join(
        f'<a href="{SUB}/Upload/ThuVienAnh/k82-{n}.jpg" data-lightbox="album"><img src="{SUB}/Upload/ThuVienAnh/k82-{n}.jpg?w=200" alt="" /></a>'
        for n in range(1, 5)
    )
    main = f'<div class="album"><h1 class="tde-ct">{esc(t)}</h1><div class="ds-anh">{imgs}</div></div>'
    return _page(request, f"{t} - {SITE_NAME}", [("Thư viện ảnh", None), (t, None)], main)


def _contact(request: Request) -> Response:
    token = opaque("contact", 64)
    main = f"""<div class="lien-he"><h1 class="tde-ct">Liên hệ</h1>
<p>{SITE_NAME}</p><p>Địa chỉ: Đường Lê Lợi, phường Phan Thiết, thành phố Tuyên Quang</p>
<p>Điện thoại: 0207.3822.458</p>
<form action="{SUB}/lien-he/gui" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input name="HoTen" class="k-textbox" /><input name="Email" class="k-textbox" /><textarea name="NoiDung"></textarea>
<button type="submit" class="k-button">Gửi</button></form></div>"""
    return _page(request, f"Liên hệ - {SITE_NAME}", [("Liên hệ", None)], main)


def _search(request: Request) -> Response:
    q = request.params.get("tukhoa", "")
    main = f'<h2 class="tde-cm">Kết quả tìm kiếm: {esc(q)}</h2><div class="k-listview-empty">Không tìm thấy kết quả phù hợp.</div>'
    return _page(request, f"Tìm kiếm - {SITE_NAME}", [("Tìm kiếm", None)], main)


def _other_site(request: Request, prefix: str, art_id: int | None) -> Response | None:
    name = OTHER_SITE_NAMES[prefix]
    arts = OTHER_ARTICLES[prefix]
    links = "".join(f'<li><a href="{prefix}/tin-tuc/{slug}-{i}.html">{esc(t)}</a></li>' for i, slug, t in arts)
    subs = f'<li><a href="{SUB}">Trường Chính trị tỉnh</a></li><li><a href="/sogiaoduc">Sở Giáo dục và Đào tạo</a></li>'
    if art_id is None:
        main = f"<h1>{esc(name)}</h1><ul class='tin-moi'>{links}</ul><h3>Cổng thành phần</h3><ul>{subs}</ul>"
    else:
        hit = next((a for a in arts if a[0] == art_id), None)
        if hit is None:
            return None
        main = (
            f'<div class="ctiet-tin"><h1 class="tde-ct">{esc(hit[2])}</h1>'
            f'<div class="tt-dang"><span class="ngay-xb">Thứ Tư, 02/12/2026 - 3:10:00 CH</span></div>'
            f'<div class="nd-ctiet" id="noidung"><p style="text-align: justify;">{esc(hit[2])}: nội dung '
            "do cơ quan chủ quản đăng tải trên cổng thành phần của mình, không thuộc Trường Chính trị tỉnh.</p>"
            f'<p style="text-align: justify;">Chi tiết xem tại chuyên mục tin tức của {esc(name)}.</p></div></div>'
            f"<ul>{links}</ul>"
        )
    page = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(name)}</title></head>'
            f'<body><div id="top-bar">{HEADER_TODAY}</div><div class="hdr">{esc(name)}</div>{main}'
            f'<div id="ftr">© {esc(name)}</div></body></html>')
    return html(page)


_ART = re.compile(r"^/truongchinhtri/tin-tuc/[a-z0-9-]+-(\d+)\.html$")
_OTHER_ART = re.compile(r"^(/sogiaoduc)?/tin-tuc/[a-z0-9-]+-(\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        raw = request.path
        if "/upload/" in raw.lower() or "/content/" in raw.lower() or raw.startswith(("/bundles/", "/Scripts/")):
            if raw.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            resp = static_file(raw)
            if resp is None and raw.startswith("/bundles/"):
                ctype = "text/css" if "css" in raw else "application/javascript"
                resp = Response(200, b"/* bundle */", {"Content-Type": ctype})
            return resp
        path = unicodedata.normalize("NFC", raw).lower()  # IIS: routes are case-insensitive
        if request.method == "POST":
            if path in (f"{SUB}/binhchon/vote", f"{SUB}/lien-he/gui"):
                return html('<html><body><p>Cảm ơn bạn đã gửi ý kiến.</p><a href="/truongchinhtri">Quay lại</a></body></html>')
            return None
        if path == SUB:
            return _home(request)
        if path == SUB + "/":
            return redirect(SUB, 301)
        m = _ART.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            return _article(request, s) if s else None
        if path.startswith(f"{SUB}/print/tin-tuc/"):
            tail = path.rsplit("/", 1)[1]
            s = BY_ID.get(int(tail)) if tail.isdigit() else None
            return _print(request, s) if s else None
        if path.startswith(f"{SUB}/tin-tuc/"):
            cat = path[len(f"{SUB}/tin-tuc/"):]
            return _listing(request, cat) if cat in CATS else None
        if path.startswith(f"{SUB}/gioi-thieu/"):
            slug = path.rsplit("/", 1)[1]
            return _intro(request, slug) if slug in INTRO else None
        if path == f"{SUB}/van-ban":
            return _doc_list(request)
        m = re.match(r"^/truongchinhtri/van-ban/([a-z0-9-]+)-(\d+)\.html$", path)
        if m:
            i = int(m.group(2))
            return _doc(request, i) if i in DOCS and DOCS[i][0] == m.group(1) else None
        if path == f"{SUB}/thu-vien-anh/{ALBUM[0]}-{ALBUM[1]}":
            return _album(request)
        if path == f"{SUB}/lien-he":
            return _contact(request)
        if path == f"{SUB}/tim-kiem":
            return _search(request)
        if path == "/":
            return _other_site(request, "", None)
        if path in ("/sogiaoduc", "/sogiaoduc/"):
            return _other_site(request, "/sogiaoduc", None)
        m = _OTHER_ART.match(path)
        if m:
            return _other_site(request, m.group(1) or "", int(m.group(2)))
        return static_file(raw) if raw.lower().endswith((".ico", ".png", ".jpg", ".gif")) else None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    alts = [cased_path(s)] if s.id in MOST_READ else []
    if s.opts.get("old_slug"):
        alts.append(art_path(s, s.opts["old_slug"]))
    alts.append(print_path(s))
    return gold_record(s, art_path(s), CATS[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
