"""Trường THCS Nguyễn Trường Tộ (quận Đống Đa, Hà Nội): Liferay Portal 7.0 GA with a provincial
vendor's own news portlet (``newsportlet_WAR_vendorportlet``, neither Asset Publisher nor Blogs),
the vendor's theme ("ntt-theme") drawn over Liferay's classic layout (``#wrapper``, ``#banner``,
``portlet-boundary`` / ``portlet-dropzone`` columns, ``breadcrumb`` taglib, namespaced ids).

URL scheme
- site pages (layouts): ``/web/thcs-nguyentruongto/<page>``; the site's root
  ``/web/thcs-nguyentruongto`` serves the home layout (``trang-chu``); ``/`` redirects to it;
- post (canonical, friendly URL mapper): ``/web/thcs-nguyentruongto/tin-tuc/-/news/<id>/<slug>``;
- lists: ``/web/thcs-nguyentruongto/tin-tuc?p_p_id=newsportlet_WAR_vendorportlet
  &_newsportlet_WAR_vendorportlet_page=<N>`` (5 a page), a category adds
  ``&_newsportlet_WAR_vendorportlet_categoryId=<C>``; ``/tin-tuc`` alone is page 1 of all news;
- documents: ``/documents/20143/<folder>/<file>/<uuid>?t=<ms>`` (Documents and Media);
- theme files: ``/o/ntt-theme/...``.

Page templates
- home: "Tin mới" portlet instance (4 newest, linked through the home layout
  ``/trang-chu/-/news/<id>/<slug>``), "Thông báo" box (render URLs), sidebar;
- news list (``/tin-tuc``): vendor list items (thumbnail, title, date, teaser, "Xem tiếp »"),
  pager "« Đầu ‹ Trước 1 2 3 Sau › Cuối »" and a JS-only "Hiển thị" select;
- post: vendor detail (category, headline div, info line, tools, sapo, content, author field,
  hidden print copy, discussion, "Tin cùng chuyên mục");
- site pages: gioi-thieu, co-cau-to-chuc, van-ban, thu-vien-anh, lien-he (Web Content Display,
  Documents and Media, album), tim-kiem (search results, GET form in the header).
- every page: header clock "Thứ Bảy, 05/12/2026", drop-down navigation, breadcrumb, sidebar
  (Web Content Display admission notice, "Tin đọc nhiều", links, poll, visitor counter), footer.

How the gold articles are reached
- tin-tuc list pages 1-3 (newest first: 41290 ... 41086) and category lists (Tin hoạt động has
  two pages); 41131 and 41086 are linked only from page 2+ of a list (tin-tuc page 3, Tin hoạt
  động page 2); the home page links the 4 newest and the notices; "Tin đọc nhiều" links five;
  the pager's "« Đầu" names page 1 with an explicit ``_page=1`` (a second address of the list).

Traps
1. The headline is no heading: ``<title>`` is the layout's name ("Tin tức - Trường THCS Nguyễn
   Trường Tộ", "Trang chủ - ..." on the home layout's form), the only ``<h1>`` is the school's
   name, the portlet's title bar ``<h2>`` says "Tin tức"; the headline is
   ``<div class="nw-tieude">`` and there is no og:title. Gold title: that div.
2. The canonical link lies. Liferay 7.0 builds it from the layout URL plus the friendly part:
   on a render-URL form (``tin-tuc?p_p_id=...&_..._newsId=<id>``) it names the *list*
   ``/web/thcs-nguyentruongto/tin-tuc``; on the home layout's form
   (``/trang-chu/-/news/<id>/<slug>``) it names itself. Gold canonical: ``/tin-tuc/-/news/...``;
   both other forms are alt_paths.
3. One post, up to five addresses: title and thumbnail link the friendly URL; on the all-news
   list "Xem tiếp »" adds ``?_newsportlet_WAR_vendorportlet_redirect=<that list page, encoded>``;
   the home "Tin mới" links go through ``/trang-chu/-/news/``; the home "Thông báo" box uses the
   full render URL (``p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_mvcPath=%2Fhtml%2Fnews%2F
   view_detail.jsp&_newsId=<id>``). All are alt_paths.
4. The home page, asked without a JSESSIONID cookie, rewrites the "Tin mới" portlet's URLs with
   ``;jsessionid=<id>`` (the id is fixed here); those forms are alt_paths too.
5. Java's SHORT vi_VN date: the "Hoạt động chuyên môn" posts print "Ngày đăng: 01/12/26 09:30"
   (day/month/two-digit year, not 2001-12-26 nor 2026-01-12). Gold "2026-12-01T09:30:00+07:00".
6. CKEditor caption tables: a photo sits in ``<table class="tbl-anh">`` whose second row is its
   caption (sometimes in parentheses). Table rows are body text elsewhere; these rows are
   captions (parentheses taken off), not body.
7. Lazy photos: ``<img class="lazy" src="/o/ntt-theme/images/blank.gif" data-original="...">``
   with no ``<noscript>``: the photo is the ``data-original`` path (gold images), never blank.gif.
8. A hidden print copy: the portlet repeats headline, date and the whole content inside
   ``<div id="_newsportlet_WAR_vendorportlet_printArea" style="display:none">`` for its
   "In bài" script. Gold body and images: once.
9. Liferay discussion under two posts: "Ý kiến bạn đọc (2)" with commenters' names, dates and
   their messages, and a comment form. Not body, not authors, not dates.
10. Truncated headlines: list anchors and the breadcrumb's last crumb cut long headlines with
    "..." (full text only in the anchor's ``title``); gold title is the detail page's full one,
    and the category is the crumb before the headline crumb (also printed above the headline).
11. Two dates on one line, the update first: "Cập nhật: 30/11/2026 10:05 | Ngày đăng:
    28/11/2026 14:00". Gold: the posting time.
12. Midnight: "Ngày đăng: 16/11/2026 00:00" is a day without a time: "2026-11-16".
13. An official notice (letterhead table, "Số: 148/TB-THCSNTT", "Đống Đa, ngày 02 tháng 12 năm
    2026", "THÔNG BÁO / Về việc ...", "Nơi nhận", "HIỆU TRƯỞNG ... Nguyễn Thị Minh Hằng") posted on
    03/12/2026 08:10: gold date the letterhead's day "2026-12-02", author the signer; its
    attachment line is no body.
14. Two people fields: the info line's "Người đăng: quantri" / "vanphong_ntt" is a CMS account
    (nobody); the vendor's "Tác giả: Đỗ Minh Quân" field under the text is the author.
15. A post typed with CKEditor's ENTER_DIV mode: lines are ``<div>``s, one holds ``<br>``-split
    results (each line its own paragraph); another post is written with HTML entities in every
    second non-ASCII letter.
16. Chrome that reads like a notice: a Web Content Display "THÔNG BÁO tuyển sinh" with its own
    date sits in the sidebar of every page, and the intro page is a dated web content.

Gold decisions on ambiguous points
- category: the vendor category as the breadcrumb prints it ("Tin hoạt động", "Thông báo",
  "Hoạt động chuyên môn"), not the layout "Tin tức".
- The official notice's "1. ...", "2. ..." bold lines are body headings; its schedule table rows
  are body ("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài" included).
- A caption line in parentheses loses them; a line "Ảnh: X" is no caption, X is the photographer.
- "Nguyễn Hoàng Nam (Phó Hiệu trưởng)" -> "Nguyễn Hoàng Nam"; "ThS. Vũ Thị Lan Anh - Tổ trưởng
  tổ Ngữ văn" -> "Vũ Thị Lan Anh"; a unit signing alone ("Tổ Khoa học Tự nhiên", "Tổ Ngoại ngữ",
  "Văn phòng nhà trường", "Liên đội THCS Nguyễn Trường Tộ") is the author as printed.
- The bracketed footnote calls "[1]", "[2]" stay in their sentences; "Tài liệu tham khảo" and
  its entries are body.
- A bullet drawn as ``<img alt="👉">`` is no text; "🌸 " and "🎉 " typed in the text are kept.
- The sapo printed in ``<div class="nw-tomtat">`` above the content is the summary and the
  body's first paragraph; a bold first content paragraph is the summary too.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

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

NAME = "liferay70_newsportlet_thcs"
PLATFORM = "Liferay Portal 7.0 GA + vendor news portlet (newsportlet_WAR_vendorportlet)"
SITE = "/web/thcs-nguyentruongto"
START_PATH = SITE
SCHOOL = "Trường THCS Nguyễn Trường Tộ"
PID = "newsportlet_WAR_vendorportlet"
NS = f"_{PID}_"
THEME = "/o/ntt-theme"
JSESSIONID = "5F0C2B8E91A4D37C6E20B1F9A8D4C7E3"
PER_PAGE = 5

CATS = {"Tin hoạt động": 31501, "Thông báo": 31502, "Hoạt động chuyên môn": 31503}
CAT_BY_ID = {v: k for k, v in CATS.items()}


def doc(folder: int, fname: str) -> str:
    """A Documents and Media URL as Liferay 7.0 prints it (uuid and ?t= timestamp)."""
    h = hashlib.md5(f"{folder}/{fname}".encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    t = 1764000000000 + int(h[:6], 16)
    return f"/documents/20143/{folder}/{fname}/{uuid}?t={t}"


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align:right">{inner}</p>')


STORIES: list[Story] = [
    Story(
        41290,
        "hoc-sinh-thcs-nguyen-truong-to-gianh-3-giai-tai-ngay-hoi-stem-quan-ong-a-nam-2026",
        "Học sinh THCS Nguyễn Trường Tộ giành 3 giải tại Ngày hội STEM quận Đống Đa năm 2026",
        "Tin hoạt động",
        "2026-12-04T16:45:00+07:00",
        [
            P(
                "Đoàn học sinh nhà trường gồm 12 em thuộc câu lạc bộ Khoa học và Robotics mang đến "
                "ngày hội ba sản phẩm: hệ thống tưới cây tự động, mô hình nhà thông minh tiết kiệm "
                "điện và bộ lọc nước từ vật liệu tái chế."
            ),
            Img(
                doc(41290, "stem-gian-trung-bay.jpg"),
                "Gian trưng bày sản phẩm của học sinh nhà trường tại Ngày hội",
                "Gian trưng bày sản phẩm của học sinh nhà trường tại Ngày hội",
                "tbl",
            ),
            P(
                "Sau một ngày thi tài sôi nổi, sản phẩm “Nhà thông minh tiết kiệm điện” của nhóm "
                "học sinh lớp 9A1 đạt giải Nhất; sản phẩm “Bộ lọc nước tái chế” của nhóm lớp 8A3 "
                "đạt giải Ba và nhà trường nhận giải Khuyến khích toàn đoàn."
            ),
            Img(
                doc(41290, "stem-trao-giai.jpg"),
                "(Đại diện nhóm học sinh lớp 9A1 nhận giải Nhất)",
                "Đại diện nhóm học sinh lớp 9A1 nhận giải Nhất",
                "tbl",
            ),
            P(
                "Thầy Trịnh Văn Hùng, giáo viên phụ trách câu lạc bộ chia sẻ: “Các em đã dành gần "
                "hai tháng để thiết kế, lắp ráp và thử nghiệm. Giải thưởng là động lực để câu lạc "
                "bộ tiếp tục nghiên cứu những sản phẩm gắn với đời sống”."
            ),
            right("<strong>Tin, ảnh: Lê Thu Hà</strong>"),
        ],
        authors=["Lê Thu Hà"],
        photographers=["Lê Thu Hà"],
        summary=(
            "Sáng 03/12, tại Trường THCS Thái Thịnh, Phòng GD&ĐT quận Đống Đa tổ chức Ngày hội "
            "STEM năm 2026 với sự tham gia của 28 trường THCS trên địa bàn quận."
        ),
        sapo_outside=True,
        opts={"posted": (2026, 12, 4, 16, 45), "comments": True, "tags": ["STEM", "Robotics"]},
    ),
    Story(
        41275,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "Thông báo",
        "2026-12-02",
        [
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="text-align:center;width:42%">UBND QUẬN ĐỐNG ĐA<br />'
                "<strong>TRƯỜNG THCS NGUYỄN TRƯỜNG TỘ</strong><br />Số: 148/TB-THCSNTT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Đống Đa, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tổ chức kiểm tra cuối học kỳ I '
                "năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027 của Trường THCS Nguyễn Trường Tộ; căn "
                "cứ hướng dẫn của Phòng Giáo dục và Đào tạo quận Đống Đa về kiểm tra, đánh giá học "
                "kỳ I, nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Lịch kiểm tra các môn tập trung", "bold"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P("18/12/2026 | Sáng | Khoa học tự nhiên | 60 phút", "row"),
            P("2. Yêu cầu", "bold"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
                "sinh và đồ dùng học tập theo quy định; không mang điện thoại vào phòng kiểm tra."
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh trước "
                "ngày 08/12/2026."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr><td style="vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT (để b/c);<br />"
                "- CB, GV, NV, HS;<br />- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong>'
                "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Minh Hằng</strong>"
                "</td></tr></tbody></table>"
            ),
            Raw(
                f'<p class="nw-dinhkem"><img alt="" src="{THEME}/images/icons/pdf.png" /> '
                f'Tệp đính kèm: <a href="{doc(41275, "TB148-lich-kiem-tra-HKI.pdf")}">'
                "TB148-lich-kiem-tra-HKI.pdf</a> (212 KB)</p>"
            ),
        ],
        authors=["Nguyễn Thị Minh Hằng"],
        opts={"posted": (2026, 12, 3, 8, 10)},
    ),
    Story(
        41262,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "Hoạt động chuyên môn",
        "2026-12-01T09:30:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, từ ngày 16/11 đến ngày "
                "28/11/2026, Trường THCS Nguyễn Trường Tộ tổ chức Hội thi giáo viên dạy giỏi cấp "
                "trường với 18 giáo viên tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và "
                "thực hiện hai tiết dạy trên lớp, trong đó có một tiết do ban tổ chức bốc thăm "
                "trước hai ngày."
            ),
            Img(
                doc(41262, "gvdg-tiet-day-khtn.jpg"),
                "Cô Phạm Thu Trang trong tiết dạy môn Khoa học tự nhiên lớp 8A2",
                "Cô Phạm Thu Trang trong tiết dạy môn Khoa học tự nhiên lớp 8A2",
                "lazy",
            ),
            P(
                "Kết quả, ban giám khảo công nhận 14 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường; 5 giáo viên có kết quả cao nhất được chọn tham dự hội thi cấp quận."
            ),
            Img(doc(41262, "gvdg-ban-giam-khao.jpg"), None, None, "lazy"),
            right("<strong><em>Tổ Khoa học Tự nhiên</em></strong>"),
        ],
        authors=["Tổ Khoa học Tự nhiên"],
        opts={"posted": (2026, 12, 1, 9, 30), "short": True},
    ),
    Story(
        41248,
        "lien-oi-phat-ong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
        "Liên đội phát động phong trào Kế hoạch nhỏ năm học 2026 - 2027",
        "Tin hoạt động",
        "2026-11-28T14:00:00+07:00",
        [
            P(
                "Chiều 27/11, Liên đội Trường THCS Nguyễn Trường Tộ phát động phong trào thu gom "
                "giấy vụn, vỏ hộp sữa làm Kế hoạch nhỏ năm học 2026 - 2027.",
                "bold",
            ),
            P(
                "Theo kế hoạch, mỗi chi đội thu gom tối thiểu 80 kg giấy vụn trong hai tuần; số "
                "tiền thu được sẽ dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn "
                "của trường và của một điểm trường vùng cao tại tỉnh Lào Cai."
            ),
            Img(
                doc(41248, "kehoachnho-tap-ket.jpg"),
                "Các chi đội mang giấy vụn tập kết về sân trường",
                "Các chi đội mang giấy vụn tập kết về sân trường",
            ),
            P(
                "Ngay trong buổi phát động, các chi đội đã tập kết được hơn 1,2 tấn giấy vụn; chi "
                "đội 7A4 dẫn đầu với 136 kg."
            ),
            right("Tin: Đỗ Minh Quân - Ảnh: Trần Bảo Ngọc"),
        ],
        authors=["Đỗ Minh Quân"],
        photographers=["Trần Bảo Ngọc"],
        summary=(
            "Chiều 27/11, Liên đội Trường THCS Nguyễn Trường Tộ phát động phong trào thu gom "
            "giấy vụn, vỏ hộp sữa làm Kế hoạch nhỏ năm học 2026 - 2027."
        ),
        opts={"posted": (2026, 11, 28, 14, 0), "updated": "30/11/2026 10:05"},
    ),
    Story(
        41233,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "Tin hoạt động",
        "2026-11-20T11:20:00+07:00",
        [
            P(
                "Tới dự buổi lễ có đại diện lãnh đạo UBND phường Văn Miếu - Quốc Tử Giám, Ban đại "
                "diện cha mẹ học sinh nhà trường cùng các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Nhà trường trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong năm học "
                "2025 - 2026.",
                "emoji",
            ),
            P(
                "Liên đội trao tặng nhà trường bức tranh ghép hoa “Tri ân thầy cô” do học sinh "
                "khối 6 thực hiện.",
                "emoji",
            ),
            Img(
                doc(41233, "20-11-chuc-mung.jpg"),
                "Các thầy cô giáo nhận hoa chúc mừng của học sinh",
                "Các thầy cô giáo nhận hoa chúc mừng của học sinh",
            ),
            P(
                "🌸 Tiết mục văn nghệ “Bụi phấn” của tập thể giáo viên nhận được nhiều tràng pháo "
                "tay của học sinh."
            ),
            right("<em>Nguyễn Hoàng Nam (Phó Hiệu trưởng)</em>"),
        ],
        authors=["Nguyễn Hoàng Nam"],
        summary=(
            "Sáng 19/11, Trường THCS Nguyễn Trường Tộ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        opts={"posted": (2026, 11, 20, 11, 20), "comments": True},
    ),
    Story(
        41219,
        "lich-tiep-cha-me-hoc-sinh-cua-ban-giam-hieu-thang-11-va-thang-12-2026",
        "Lịch tiếp cha mẹ học sinh của Ban Giám hiệu tháng 11 và tháng 12/2026",
        "Thông báo",
        "2026-11-16",
        [
            P(
                "Ban Giám hiệu nhà trường tiếp cha mẹ học sinh vào sáng thứ Bảy hằng tuần, từ 8h00 "
                "đến 10h30, tại phòng Hội đồng (tầng 2, nhà A)."
            ),
            P("Lịch cụ thể như sau:"),
            P("Thứ Bảy 21/11/2026: Hiệu trưởng Nguyễn Thị Minh Hằng", "li"),
            P("Thứ Bảy 28/11/2026: Phó Hiệu trưởng Nguyễn Hoàng Nam", "li"),
            P("Thứ Bảy 05/12/2026: Phó Hiệu trưởng Trần Thị Bích Ngọc", "li"),
            P("Thứ Bảy 12/12/2026: Hiệu trưởng Nguyễn Thị Minh Hằng", "li"),
            P(
                "Cha mẹ học sinh có nhu cầu gặp trực tiếp vui lòng đăng ký trước qua giáo viên chủ "
                "nhiệm hoặc số điện thoại văn phòng 024.3851.2468."
            ),
        ],
        opts={"posted": (2026, 11, 16, 0, 0), "poster": "quantri"},
    ),
    Story(
        41204,
        "chuyen-e-day-hoc-doc-hieu-van-ban-theo-dinh-huong-phat-trien-nang-luc-mon-ngu-van",
        "Chuyên đề “Dạy học đọc hiểu văn bản theo định hướng phát triển năng lực” môn Ngữ văn",
        "Hoạt động chuyên môn",
        "2026-11-10T15:05:00+07:00",
        [
            P(
                "Ngày 07/11/2026, tổ Ngữ văn tổ chức chuyên đề cấp trường về dạy học đọc hiểu văn "
                "bản theo định hướng phát triển năng lực học sinh lớp 6, 7.",
                "bold",
            ),
            P(
                "Chương trình giáo dục phổ thông 2018 xác định đọc hiểu là một trong bốn kỹ năng "
                "cốt lõi của môn Ngữ văn, bên cạnh viết, nói và nghe.[1] Vì vậy, tiết dạy minh họa "
                "tập trung vào việc tổ chức cho học sinh tự khám phá văn bản qua phiếu học tập.",
                "fn",
            ),
            P(
                "Tiết dạy minh họa bài “Lao xao” (Duy Khán) do cô Đặng Thu Hương thực hiện tại lớp "
                "6A5 được đồng nghiệp đánh giá cao về cách đặt câu hỏi gợi mở.[2]",
                "fn",
            ),
            P(
                "Kết thúc chuyên đề, tổ Ngữ văn thống nhất xây dựng ngân hàng phiếu học tập dùng "
                "chung cho các khối lớp."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn.",
                "fn",
            ),
            P("[2] Duy Khán (1988), Tuổi thơ im lặng, NXB Kim Đồng.", "fn"),
            right("<strong>ThS. Vũ Thị Lan Anh - Tổ trưởng tổ Ngữ văn</strong>"),
        ],
        authors=["Vũ Thị Lan Anh"],
        summary=(
            "Ngày 07/11/2026, tổ Ngữ văn tổ chức chuyên đề cấp trường về dạy học đọc hiểu văn "
            "bản theo định hướng phát triển năng lực học sinh lớp 6, 7."
        ),
        opts={"posted": (2026, 11, 10, 15, 5), "short": True},
    ),
    Story(
        41187,
        "oan-kiem-tra-cong-tac-y-te-truong-hoc-lam-viec-tai-nha-truong",
        "Đoàn kiểm tra công tác y tế trường học làm việc tại nhà trường",
        "Tin hoạt động",
        "2026-11-05T10:40:00+07:00",
        [
            P(
                "Ngày 04/11/2026, đoàn kiểm tra liên ngành của quận Đống Đa do Trung tâm Y tế quận "
                "chủ trì đã kiểm tra công tác y tế, vệ sinh an toàn thực phẩm tại Trường THCS "
                "Nguyễn Trường Tộ."
            ),
            P(
                "Theo kế hoạch, đoàn kiểm tra hồ sơ quản lý sức khỏe học sinh, phòng y tế, bếp ăn "
                "bán trú và khu vệ sinh của các dãy phòng học."
            ),
            Img(
                doc(41187, "kiem-tra-bep-an.jpg"),
                "Đoàn kiểm tra bếp ăn bán trú của nhà trường",
                "Đoàn kiểm tra bếp ăn bán trú của nhà trường",
            ),
            P(
                "Đoàn đánh giá nhà trường thực hiện tốt việc khám sức khỏe đầu năm cho 1.246 học "
                "sinh, bếp ăn bán trú bảo đảm quy trình bếp một chiều; đồng thời đề nghị nhà trường "
                "bổ sung sổ theo dõi học sinh mắc bệnh mãn tính."
            ),
            right("<em>Nguồn: Trung tâm Y tế quận Đống Đa</em>"),
        ],
        source="Trung tâm Y tế quận Đống Đa",
        opts={"posted": (2026, 11, 5, 10, 40), "entities": 2},
    ),
    Story(
        41170,
        "giai-bong-a-hoc-sinh-khoi-8-9-tranh-cup-nguyen-truong-to-lan-thu-v",
        "Giải bóng đá học sinh khối 8, 9 tranh Cúp Nguyễn Trường Tộ lần thứ V",
        "Tin hoạt động",
        "2026-10-28T17:15:00+07:00",
        [
            P(
                "Sau hai tuần thi đấu sôi nổi, chiều 27/10, trận chung kết Giải bóng đá học sinh "
                "khối 8, 9 tranh Cúp Nguyễn Trường Tộ lần thứ V đã diễn ra tại sân thể chất của "
                "nhà trường.",
                "div",
            ),
            P(
                "Giải năm nay có 16 đội bóng của các lớp tham gia, thi đấu theo thể thức vòng bảng "
                "và loại trực tiếp.",
                "div",
            ),
            Img(doc(41170, "bong-da-chung-ket.jpg"), "Ảnh: Phạm Đức Long", None, "divimg"),
            P("Kết quả chung cuộc:", "divbr"),
            P("Giải Nhất: lớp 9A2", "divbr"),
            P("Giải Nhì: lớp 9A5", "divbr"),
            P("Giải Ba: lớp 8A1 và lớp 8A4", "divbr"),
            P(
                "Cầu thủ xuất sắc nhất giải là em Nguyễn Đức Anh (9A2); vua phá lưới thuộc về em Lê "
                "Hoàng Phúc (9A5) với 7 bàn thắng.",
                "div",
            ),
            Raw('<div style="text-align:right"><b>Liên đội THCS Nguyễn Trường Tộ</b></div>'),
        ],
        authors=["Liên đội THCS Nguyễn Trường Tộ"],
        photographers=["Phạm Đức Long"],
        opts={"posted": (2026, 10, 28, 17, 15)},
    ),
    Story(
        41152,
        "hoc-sinh-at-11-giai-ky-thi-olympic-tieng-anh-cap-quan-nam-hoc-2026-2027",
        "Học sinh đạt 11 giải kỳ thi Olympic tiếng Anh cấp quận năm học 2026 - 2027",
        "Hoạt động chuyên môn",
        "2026-10-20T10:00:00+07:00",
        [
            P(
                "Kỳ thi Olympic tiếng Anh cấp quận dành cho học sinh lớp 6, 7, 8 năm học 2026 - "
                "2027 diễn ra ngày 17/10/2026 tại Trường THCS Láng Thượng."
            ),
            P(
                "Đội tuyển nhà trường có 11/14 học sinh đạt giải, xếp thứ ba toàn quận. Danh sách "
                "học sinh đạt giải Nhất, Nhì, Ba:"
            ),
            P("STT | Họ và tên | Lớp | Giải", "th"),
            P("1 | Ngô Khánh Linh | 8A1 | Nhất", "row"),
            P("2 | Hoàng Minh Châu | 7A3 | Nhì", "row"),
            P("3 | Bùi Gia Huy | 6A2 | Nhì", "row"),
            P("4 | Lương Thảo Vy | 8A3 | Ba", "row"),
            P("Các học sinh còn lại đạt giải Khuyến khích."),
            Raw(
                "<p><strong>Xem thêm:</strong> "
                f'<a href="{SITE}/tin-tuc/-/news/41262/hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027">'
                "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027</a></p>"
            ),
            right("<strong>Tổ Ngoại ngữ</strong>"),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"posted": (2026, 10, 20, 10, 0), "short": True},
    ),
    Story(
        41131,
        "nha-truong-huong-ung-tuan-le-hoc-tap-suot-oi-nam-2026",
        "Nhà trường hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "Tin hoạt động",
        "2026-10-15T08:30:00+07:00",
        [
            P(
                "Từ ngày 01/10 đến 07/10/2026, hưởng ứng Tuần lễ học tập suốt đời với chủ đề “Học "
                "tập suốt đời trong kỷ nguyên số”, thư viện nhà trường tổ chức nhiều hoạt động "
                "khuyến đọc cho học sinh."
            ),
            P(
                "Các hoạt động gồm: ngày hội đổi sách cũ lấy sách mới, cuộc thi giới thiệu sách "
                "qua video ngắn và giờ đọc sách chung vào đầu giờ sáng thứ Hai."
            ),
            Img(
                doc(41131, "doi-sach-6a1.jpg"),
                "Học sinh lớp 6A1 tham gia ngày hội đổi sách",
                "Học sinh lớp 6A1 tham gia ngày hội đổi sách",
                "tbl",
            ),
            P(
                "Kết thúc tuần lễ, thư viện đã trao đổi gần 900 đầu sách; cuộc thi giới thiệu sách "
                "nhận được 64 video của học sinh các khối lớp."
            ),
            right("<strong>Tin, ảnh: Trần Mai Phương</strong>"),
        ],
        authors=["Trần Mai Phương"],
        photographers=["Trần Mai Phương"],
        opts={"posted": (2026, 10, 15, 8, 30)},
    ),
    Story(
        41108,
        "thong-bao-ang-ky-tham-gia-cau-lac-bo-ngoai-khoa-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo đăng ký tham gia câu lạc bộ ngoại khóa học kỳ I năm học 2026 - 2027",
        "Thông báo",
        "2026-10-08T14:20:00+07:00",
        [
            P(
                "Nhằm phát triển năng khiếu và kỹ năng sống cho học sinh, học kỳ I năm học 2026 - "
                "2027 nhà trường tổ chức các câu lạc bộ ngoại khóa sau:"
            ),
            P("Câu lạc bộ Khoa học và Robotics (chiều thứ Ba, thứ Năm)", "li"),
            P("Câu lạc bộ Tiếng Anh (chiều thứ Tư)", "li"),
            P("Câu lạc bộ Cờ vua (chiều thứ Sáu)", "li"),
            P("Câu lạc bộ Bóng rổ (chiều thứ Ba, thứ Sáu)", "li"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 15/10/2026. Các câu lạc bộ bắt "
                "đầu sinh hoạt từ tuần 7."
            ),
            right("<strong>Văn phòng nhà trường</strong>"),
            Raw(
                f'<p class="nw-dinhkem">File đính kèm: <a href="{doc(41108, "Mau-dang-ky-CLB.docx")}">'
                "Mau-dang-ky-CLB.docx</a></p>"
            ),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"posted": (2026, 10, 8, 14, 20), "poster": "vanphong_ntt"},
    ),
    Story(
        41086,
        "ai-hoi-lien-oi-nhiem-ky-2026-2027-thanh-cong-tot-ep",
        "Đại hội Liên đội nhiệm kỳ 2026 - 2027 thành công tốt đẹp",
        "Tin hoạt động",
        "2026-10-02T16:00:00+07:00",
        [
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi năm học 2025 - "
                "2026, đề ra phương hướng, nhiệm vụ năm học mới với khẩu hiệu hành động “Mỗi ngày "
                "một việc tốt”."
            ),
            P(
                "🎉 Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 em; em Nguyễn Ngọc Bảo "
                "Anh (lớp 9A1) được bầu làm Liên đội trưởng."
            ),
            Img(
                doc(41086, "bch-lien-doi-ra-mat.jpg"),
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            ),
            P(
                "Phát biểu tại Đại hội, cô Nguyễn Thị Minh Hằng, Hiệu trưởng nhà trường ghi nhận "
                "những đóng góp của Liên đội và mong các em tiếp tục phát huy vai trò tự quản."
            ),
        ],
        authors=["Đỗ Minh Quân"],
        summary=(
            "Chiều 30/9/2026, Liên đội Trường THCS Nguyễn Trường Tộ tổ chức Đại hội Liên đội "
            "nhiệm kỳ 2026 - 2027 với sự tham gia của 86 đại biểu là chỉ huy các chi đội."
        ),
        sapo_outside=True,
        opts={"posted": (2026, 10, 2, 16, 0), "author_field": "Đỗ Minh Quân", "poster": "quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
HOME_NEW = [41290, 41275, 41262, 41248]
NOTICE_BOX = [41275, 41219, 41108]
MOST_READ = [41233, 41290, 41262, 41204, 41275]


# --- URLs -----------------------------------------------------------------------------------


def f1(s: Story) -> str:
    return f"{SITE}/tin-tuc/-/news/{s.id}/{s.slug}"


def f2(s: Story) -> str:
    return f"{SITE}/trang-chu/-/news/{s.id}/{s.slug}"


def f3(s: Story) -> str:
    return (
        f"{SITE}/tin-tuc?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{NS}mvcPath=%2Fhtml%2Fnews%2Fview_detail.jsp&{NS}newsId={s.id}"
    )


def list_url(page: int, cat: int | None = None, explicit: bool = False) -> str:
    if page == 1 and cat is None and not explicit:
        return f"{SITE}/tin-tuc"
    q = f"p_p_id={PID}"
    if cat:
        q += f"&{NS}categoryId={cat}"
    if page > 1 or explicit:
        q += f"&{NS}page={page}"
    return f"{SITE}/tin-tuc?{q}"


def f4(s: Story, page: int, cat: int | None) -> str:
    return f"{f1(s)}?{NS}redirect={quote(list_url(page, cat), safe='')}"


def listing(cat: int | None) -> list[Story]:
    return [s for s in STORIES if cat is None or CATS[s.cat] == cat]


def pages_of(cat: int | None) -> int:
    return (len(listing(cat)) + PER_PAGE - 1) // PER_PAGE


def page_of(s: Story, cat: int | None) -> int:
    return listing(cat).index(s) // PER_PAGE + 1


def with_session(path: str) -> str:
    if "?" in path:
        p, q = path.split("?", 1)
        return f"{p};jsessionid={JSESSIONID}?{q}"
    return f"{path};jsessionid={JSESSIONID}"


def alt_paths(s: Story) -> list[str]:
    out = [f4(s, page_of(s, None), None)]
    if s.id in HOME_NEW:
        out += [f2(s), with_session(f2(s))]
    if s.id in NOTICE_BOX:
        out.append(f3(s))
    return out


def a(href: str) -> str:
    return esc(href)


# --- dates ----------------------------------------------------------------------------------


def vi_date(posted: tuple, short: bool = False, with_time: bool = True) -> str:
    y, mo, d, h, mi = posted
    day = f"{d:02d}/{mo:02d}/{y % 100:02d}" if short else f"{d:02d}/{mo:02d}/{y}"
    return f"{day} {h:02d}:{mi:02d}" if with_time else day


def printed_date(s: Story) -> str:
    return vi_date(s.opts["posted"], short=s.opts.get("short", False))


def shorten(title: str, n: int = 64) -> str:
    if len(title) <= n:
        return title
    cut = title[:n].rsplit(" ", 1)[0]
    return cut + "..."


# --- article content ------------------------------------------------------------------------

_FN = re.compile(r"\[(\d)\]")


def _ptext(s: Story, p: P) -> str:
    t = text(p.text, entities=s.opts.get("entities", 0))
    if p.style == "fn":
        if p.text.startswith("["):
            t = _FN.sub(r'<a href="#_ftnref\1" name="_ftn\1">[\1]</a>', t, count=1)
        else:
            t = _FN.sub(r'<a href="#_ftn\1" name="_ftnref\1">[\1]</a>', t)
    return t


def _img(s: Story, im: Img) -> str:
    ent = s.opts.get("entities", 0)
    cap = text(im.printed, entities=ent) if im.printed else ""
    if im.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:600px"><tbody><tr><td><img alt="" src="'
            + a(im.src)
            + '" style="width:600px;height:400px" /></td></tr>'
            + (f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{cap}</em>'
               "</span></td></tr>" if cap else "")
            + "</tbody></table>"
        )
    if im.style == "lazy":
        out = (
            f'<p style="text-align:center"><img alt="" class="lazy" data-original="{a(im.src)}" '
            f'height="427" src="{THEME}/images/blank.gif" width="640" /></p>'
        )
        if cap:
            out += f'<p style="text-align:center"><em>{cap}</em></p>'
        return out
    if im.style == "divimg":
        out = f'<div style="text-align:center"><img alt="" src="{a(im.src)}" style="width:620px" /></div>'
        if cap:
            out += f'<div style="text-align:right"><em>{cap}</em></div>'
        return out
    out = f'<p style="text-align:center"><img alt="" src="{a(im.src)}" style="width:620px" /></p>'
    if cap:
        out += f'<p style="text-align:center"><span style="color:#0000cd"><em>{cap}</em></span></p>'
    return out


def content_html(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(s, b))
        elif b.style in ("li", "th", "row", "divbr"):
            group = [b]
            kinds = ("th", "row") if b.style in ("th", "row") else (b.style,)
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style in kinds:
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_ptext(s, g)}</li>" for g in group) + "</ul>")
            elif b.style == "divbr":
                out.append("<div>" + "<br />".join(_ptext(s, g) for g in group) + "</div>")
            else:
                rows = []
                for g in group:
                    tag = "th" if g.style == "th" else "td"
                    cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in g.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                    'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
                )
        elif b.style == "bold":
            out.append(f"<p><strong>{_ptext(s, b)}</strong></p>")
        elif b.style == "h":
            out.append(f"<h3>{_ptext(s, b)}</h3>")
        elif b.style == "div":
            out.append(f"<div>{_ptext(s, b)}</div>")
        elif b.style == "emoji":
            out.append(
                f'<p><img alt="👉" class="emoji" src="{THEME}/images/emoji/1f449.png" '
                f'style="width:16px;height:16px" /> {_ptext(s, b)}</p>'
            )
        else:
            out.append(f'<p style="text-align:justify">{_ptext(s, b)}</p>')
        out.append("\n")
        i += 1
    return "".join(out)


# --- chrome ---------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Giới thiệu chung", f"{SITE}/gioi-thieu"),
                                           ("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")]),
    ("Tin tức", f"{SITE}/tin-tuc", [(c, list_url(1, cid)) for c, cid in CATS.items()]),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def portlet(pid: str, title: str, inner: str, extra_cls: str = "") -> str:
    head = (
        f'<header class="portlet-topper"><h2 class="portlet-title-text">{esc(title)}</h2></header>'
        if title else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static portlet-static-end '
        f'{extra_cls} portlet-decorate" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{head}'
        f'<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div>'
        f'<div class="portlet-content-container"><div class="portlet-body">{inner}</div></div>'
        "</div></section></div>"
    )


def sidebar() -> str:
    notice = portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tsinh2027",
        "",
        '<div class="journal-content-article" data-analytics-asset-id="38512">'
        '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
        "<p>Nhà trường thông báo kế hoạch tuyển sinh vào lớp 6 năm học 2027 - 2028 sẽ được đăng "
        "tải sau khi có hướng dẫn của Sở Giáo dục và Đào tạo Hà Nội. Cha mẹ học sinh theo dõi "
        "thông tin trên cổng thông tin điện tử của nhà trường.</p>"
        '<p style="text-align:right"><em>Ngày 01/12/2026</em></p></div>',
    )
    most = "".join(
        f'<li><a href="{a(f1(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    links = (
        '<ul class="lk-list"><li><a href="https://moet.gov.vn" target="_blank">'
        f'<img alt="Bộ GD&amp;ĐT" src="{THEME}/images/lienket/bogd.png" /></a></li>'
        '<li><a href="https://hanoi.edu.vn" target="_blank">'
        f'<img alt="Sở GD&amp;ĐT Hà Nội" src="{THEME}/images/lienket/sogd.png" /></a></li>'
        '<li><a href="https://www.facebook.com/thcsnguyentruongto" target="_blank">Fanpage nhà trường</a></li></ul>'
    )
    poll = (
        '<form action="/c/polls/vote?p_auth=Qx7LmN2p" method="post" name="_pollsfm">'
        "<p>Bạn đánh giá thế nào về cổng thông tin của nhà trường?</p>"
        '<label><input name="choiceId" type="radio" value="1" /> Rất hữu ích</label><br />'
        '<label><input name="choiceId" type="radio" value="2" /> Hữu ích</label><br />'
        '<label><input name="choiceId" type="radio" value="3" /> Cần cải thiện</label><br />'
        '<button class="btn btn-primary" type="submit">Bình chọn</button></form>'
    )
    counter = (
        '<ul class="tk-truycap"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>412</b></li>'
        "<li>Tổng truy cập: <b>1.386.540</b></li></ul>"
    )
    return (
        '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
        'id="layout-column_column-2">'
        + notice
        + portlet(f"{PID}_INSTANCE_docnhieu", "Tin đọc nhiều", f'<ul class="nw-docnhieu">{most}</ul>')
        + portlet("com_liferay_nested_portlets_web_portlet_LienKet", "Liên kết website", links)
        + portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01", "Thăm dò ý kiến", poll)
        + portlet("vendorcounter_WAR_vendorportlet", "Thống kê truy cập", counter)
        + "</div></div>"
    )


def nav(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(NAV):
        cls = "lfr-nav-item" + (" selected active" if label == active else "")
        sub = ""
        if subs:
            sub = '<ul class="child-menu dropdown-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" role="presentation"><a href="{a(h)}" role="menuitem">'
                f"{esc(lab)}</a></li>" for lab, h in subs
            ) + "</ul>"
        items.append(
            f'<li class="{cls}{" dropdown" if subs else ""}" id="layout_{i + 2}" role="presentation">'
            f'<a aria-labelledby="layout_{i + 2}" href="{a(href)}" role="menuitem">'
            f"<span>{esc(label)}</span></a>{sub}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        '<ul aria-label="Các trang web" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for i, (label, href) in enumerate(crumbs):
        cls = "first " if i == 0 else ("active " if i == len(crumbs) - 1 else "")
        if href:
            lis.append(f'<li class="{cls}breadcrumb-truncate"><a href="{a(href)}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="{cls}breadcrumb-truncate"><span>{esc(label)}</span></li>')
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_'
        'portlet_SiteNavigationBreadcrumbPortlet_" id="p_p_id_breadcrumb_">'
        '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        + "".join(lis) + "</ul></div>"
    )


def layout_page(
    request: Request,
    *,
    layout: str,
    active: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    canonical: str,
    plid: int,
) -> Response:
    base = base_url(request)
    cur = request.target
    js_cur = cur.replace("/", "\\x2f")
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(layout)} - {SCHOOL}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Cổng thông tin điện tử Trường THCS Nguyễn Trường Tộ - quận Đống Đa - Hà Nội" name="description" />
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{esc(base + canonical)}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/aui.css?browserId=other&amp;themeId=ntttheme_WAR_ntttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7010&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=ntttheme_WAR_ntttheme&amp;languageId=vi_VN&amp;b=7010&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7010&amp;t=1764000000000&amp;/o/frontend-js-web/everything.jsp" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
  getLayoutId: function() {{ return '{plid % 100}'; }},
  getPathMain: function() {{ return '\\x2fc'; }},
  getPlid: function() {{ return '{plid}'; }},
  getScopeGroupId: function() {{ return '20143'; }},
  getLanguageId: function() {{ return 'vi_VN'; }}
}};
Liferay.currentURL = '{js_cur}';
Liferay.currentURLEncoded = '{quote(cur, safe="")}';
// ]]>
</script>
<script src="{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7010&amp;t=1764000000000" type="text/javascript"></script>
<script src="{THEME}/js/jquery.lazyload.min.js" type="text/javascript"></script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua để tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
  <div class="ntt-topbar"><span class="ntt-ngay">Thứ Bảy, 05/12/2026</span>
    <form action="{SITE}/tim-kiem" class="ntt-timkiem" method="get" name="_searchfm">
      <input name="p_p_id" type="hidden" value="com_liferay_portal_search_web_portlet_SearchPortlet" />
      <input name="p_p_state" type="hidden" value="maximized" />
      <input name="_com_liferay_portal_search_web_portlet_SearchPortlet_keywords" placeholder="Tìm kiếm..." type="text" />
      <button type="submit">Tìm</button>
    </form>
  </div>
  <div class="navbar-header" id="heading">
    <a class="logo custom-logo" href="{SITE}" title="Tới {SCHOOL}">
      <img alt="{SCHOOL}" height="90" src="/image/layout_set_logo?img_id=38120&amp;t=1764000000000" width="90" />
    </a>
    <h1 class="site-title"><span>UBND QUẬN ĐỐNG ĐA</span> {SCHOOL.upper()}</h1>
  </div>
  {nav(active)}
</header>
<section id="content">
  {breadcrumb(crumbs)}
  <div class="columns-2-8-4" id="main-content" role="main">
  <div class="portlet-layout row">
  <div class="col-md-8 portlet-column portlet-column-first" id="column-1">
  <div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
  {main}
  </div></div>
  {sidebar()}
  </div></div>
</section>
<footer id="footer" role="contentinfo">
  <div class="ntt-footer">
  <p><strong>TRƯỜNG THCS NGUYỄN TRƯỜNG TỘ</strong></p>
  <p>Địa chỉ: Số 16 ngõ 1 phố Trần Quý Cáp, quận Đống Đa, thành phố Hà Nội</p>
  <p>Điện thoại: 024.3851.2468 - Email: c2nguyentruongto@hanoiedu.vn</p>
  <p>Bản quyền © 2026 Trường THCS Nguyễn Trường Tộ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="powered-by">Phát triển trên nền <a href="https://www.liferay.com" rel="external">Liferay</a></p>
  </div>
</footer>
</div>
<script type="text/javascript">$(function(){{ $("img.lazy").lazyload({{effect: "fadeIn"}}); }});</script>
</body>
</html>
"""
    headers = {"Liferay-Portal": "Liferay Community Edition Portal 7.0.0 GA1 (Wilberforce / Build 7000 / June 28, 2016)"}
    has_cookie = "JSESSIONID=" in request.headers.get("Cookie", "")
    if not has_cookie:
        headers["Set-Cookie"] = f"JSESSIONID={JSESSIONID}; Path=/; HttpOnly"
    return html(page, headers=headers)


# --- pages ----------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    src = s.images[0].src + "&imageThumbnail=1" if s.images else f"{THEME}/images/no-image.png"
    return f'<img alt="" class="nw-thumb" src="{a(src)}" />'


def _teaser(s: Story) -> str:
    t = s.summary or s.paragraphs[0]
    return esc(t if len(t) < 170 else t[:160].rsplit(" ", 1)[0] + "...")


def list_page(request: Request, page: int, cat: int | None) -> Response | None:
    items = listing(cat)
    n = pages_of(cat)
    if page < 1 or page > n:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = []
    for s in chunk:
        rows.append(
            '<div class="nw-ds-item clearfix">'
            f'<a class="nw-anh" href="{a(f1(s))}">{_thumb(s)}</a>'
            f'<div class="nw-ds-td"><a href="{a(f1(s))}" title="{esc(s.title)}">{esc(shorten(s.title))}</a></div>'
            f'<span class="nw-ds-ngay">({vi_date(s.opts["posted"], with_time=False)})</span>'
            f'<div class="nw-ds-mota">{_teaser(s)}</div>'
            f'<a class="nw-xemtiep" href="{a(f4(s, page, cat) if cat is None else f1(s))}">Xem tiếp »</a></div>'
        )
    pager = [f'<span class="nw-tongso">Trang {page}/{n} - Tổng số {len(items)} tin</span><ul class="pagination">']
    if page > 1:
        pager.append(f'<li><a href="{a(list_url(1, cat, explicit=True))}">« Đầu</a></li>')
        pager.append(f'<li><a href="{a(list_url(page - 1, cat))}">‹ Trước</a></li>')
    for k in range(1, n + 1):
        if k == page:
            pager.append(f'<li class="active"><a href="javascript:;">{k}</a></li>')
        else:
            pager.append(f'<li><a href="{a(list_url(k, cat))}">{k}</a></li>')
    if page < n:
        pager.append(f'<li><a href="{a(list_url(page + 1, cat))}">Sau ›</a></li>')
        pager.append(f'<li><a href="{a(list_url(n, cat))}">Cuối »</a></li>')
    pager.append(
        f'</ul><select id="{NS}delta" onchange="{NS}changeDelta(this.value);">'
        '<option selected="selected" value="5">Hiển thị 5</option><option value="10">10</option>'
        '<option value="20">20</option></select>'
    )
    title = CAT_BY_ID[cat] if cat else "Tin tức"
    inner = (
        f'<div class="nw-danhsach" id="{NS}danhsach">{"".join(rows)}</div>'
        f'<div class="nw-phantrang">{"".join(pager)}</div>'
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", SITE), ("Tin tức", f"{SITE}/tin-tuc")]
    if cat:
        crumbs.append((CAT_BY_ID[cat], list_url(1, cat)))
    return layout_page(
        request, layout="Tin tức", active="Tin tức", crumbs=crumbs,
        main=portlet(PID, title, inner, "portlet-borderless"), canonical=f"{SITE}/tin-tuc", plid=20452,
    )


COMMENTS = {
    41290: [
        ("Phụ huynh em Minh Khang 9A1", "04/12/2026 20:15",
         "Chúc mừng các con và thầy Hùng! Mong nhà trường tiếp tục duy trì câu lạc bộ Robotics."),
        ("Nguyễn Thanh Hà", "05/12/2026 07:02", "Sản phẩm nhà thông minh của các em rất sáng tạo."),
    ],
    41233: [
        ("Cựu học sinh khóa 2015 - 2019", "20/11/2026 19:40",
         "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người."),
        ("Phụ huynh lớp 7A4", "21/11/2026 06:55", "Buổi lễ rất ý nghĩa, cảm ơn nhà trường."),
    ],
}


def detail(request: Request, s: Story, layout: str) -> Response:
    cat_id = CATS[s.cat]
    info = []
    if s.opts.get("updated"):
        info.append(f'<span class="nw-capnhat">Cập nhật: {s.opts["updated"]}</span>')
    info.append(f'<span class="nw-ngaydang">Ngày đăng: {printed_date(s)}</span>')
    if s.opts.get("poster"):
        info.append(f'<span class="nw-nguoidang">Người đăng: {s.opts["poster"]}</span>')
    info.append(f'<span class="nw-luotxem">Lượt xem: {s.views():,}</span>'.replace(",", "."))
    content = content_html(s)
    sapo = (
        f'<div class="nw-tomtat"><strong>{esc(s.summary)}</strong></div>'
        if s.sapo_outside and s.summary else ""
    )
    author = (
        f'<div class="nw-tacgia">Tác giả: <b>{esc(s.opts["author_field"])}</b></div>'
        if s.opts.get("author_field") else ""
    )
    tags = s.opts.get("tags")
    tag_html = (
        '<div class="nw-tukhoa">Từ khóa: ' + ", ".join(f"<span>{esc(t)}</span>" for t in tags) + "</div>"
        if tags else ""
    )
    share = quote(base_url(request) + f1(s), safe="")
    tools = (
        '<div class="nw-congcu">'
        f'<a href="javascript:{NS}printNews();"><img alt="" src="{THEME}/images/icons/print.png" /> In bài</a> '
        f'<a href="javascript:{NS}sendMail();"><img alt="" src="{THEME}/images/icons/mail.png" /> Gửi email</a> '
        f'<a href="javascript:;" onclick="{NS}zoom(-1);">A-</a> <a href="javascript:;" onclick="{NS}zoom(0);">A</a> '
        f'<a href="javascript:;" onclick="{NS}zoom(1);">A+</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">'
        f'<img alt="Chia sẻ Facebook" src="{THEME}/images/icons/fb-share.png" /></a></div>'
    )
    printed = (
        f'<div class="hide" id="{NS}printArea" style="display:none">'
        '<div class="in-truong">UBND QUẬN ĐỐNG ĐA - TRƯỜNG THCS NGUYỄN TRƯỜNG TỘ</div>'
        f'<div class="in-tieude">{esc(s.title)}</div><div class="in-ngay">{printed_date(s)}</div>'
        f"{sapo}{content}</div>"
    )
    comments = ""
    if s.id in COMMENTS:
        cs = COMMENTS[s.id]
        arts = "".join(
            '<article class="lfr-discussion"><div class="lfr-discussion-details">'
            f'<span class="user-name">{esc(n)}</span> <small class="text-muted">{d}</small></div>'
            f'<div class="lfr-discussion-message">{esc(m)}</div></article>'
            for n, d, m in cs
        )
        comments = (
            f'<div class="taglib-discussion" id="{NS}discussion"><h4>Ý kiến bạn đọc ({len(cs)})</h4>'
            f"{arts}"
            '<form action="/c/portal/comment/discussion/edit?p_auth=Qx7LmN2p" method="post" '
            f'name="{NS}fm"><input name="className" type="hidden" value="vn.vendor.news.model.NewsEntry" />'
            f'<input name="classPK" type="hidden" value="{s.id}" />'
            '<input name="hoten" placeholder="Họ và tên" type="text" />'
            '<textarea name="body" placeholder="Nội dung ý kiến"></textarea>'
            '<button class="btn" type="submit">Gửi ý kiến</button></form></div>'
        )
    others = [o for o in listing(cat_id) if o.id != s.id][:4]
    other_html = "".join(
        f'<li><a href="{a(f1(o))}">{esc(o.title)}</a> <span>({vi_date(o.opts["posted"], with_time=False)})</span></li>'
        for o in others
    )
    inner = (
        f'<div class="nw-chitiet" id="{NS}chitiet_{s.id}">'
        f'<div class="nw-chuyenmuc"><a href="{a(list_url(1, cat_id))}">{esc(s.cat)}</a></div>'
        f'<div class="nw-tieude">{esc(s.title)}</div>'
        f'<div class="nw-thongtin">{" | ".join(info)}</div>'
        f"{tools}{sapo}"
        f'<div class="nw-noidung" id="{NS}noidung">{content}</div>'
        f"{author}{tag_html}{printed}{comments}"
        f'<div class="nw-tinkhac"><div class="nw-tinkhac-td">Tin cùng chuyên mục</div><ul>{other_html}</ul></div>'
        "</div>"
    )
    if layout == "trang-chu":
        crumbs = [("Trang chủ", SITE), (s.cat, list_url(1, cat_id)), (shorten(s.title, 50), None)]
        return layout_page(
            request, layout="Trang chủ", active="Trang chủ", crumbs=crumbs,
            main=portlet(f"{PID}_INSTANCE_tinmoi", "Tin mới", inner), canonical=f2(s), plid=20448,
        )
    crumbs = [
        ("Trang chủ", SITE), ("Tin tức", f"{SITE}/tin-tuc"), (s.cat, list_url(1, cat_id)),
        (shorten(s.title, 50), None),
    ]
    canonical = f1(s) if request.path.endswith(s.slug) else f"{SITE}/tin-tuc"
    return layout_page(
        request, layout="Tin tức", active="Tin tức", crumbs=crumbs,
        main=portlet(PID, "Tin tức", inner, "portlet-borderless"), canonical=canonical, plid=20452,
    )


def home(request: Request) -> Response:
    lead, *rest = [BY_ID[i] for i in HOME_NEW]
    new_html = (
        '<div class="nw-noibat">'
        f'<a href="{a(f2(lead))}">{_thumb(lead)}</a>'
        f'<div class="nw-noibat-td"><a href="{a(f2(lead))}">{esc(lead.title)}</a></div>'
        f'<div class="nw-ds-mota">{_teaser(lead)}</div></div><ul class="nw-moi">'
        + "".join(
            f'<li><a href="{a(f2(s))}" title="{esc(s.title)}">{esc(shorten(s.title))}</a> '
            f'<span class="nw-ds-ngay">({vi_date(s.opts["posted"], with_time=False)})</span></li>'
            for s in rest
        )
        + f'</ul><a class="nw-xemtatca" href="{a(f"{SITE}/tin-tuc")}">Xem tất cả »</a>'
    )
    notices = "<ul class=\"nw-thongbao\">" + "".join(
        f'<li><img alt="" src="{THEME}/images/icons/new.gif" /> <a href="{a(f3(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>'
        for i in NOTICE_BOX
    ) + "</ul>"
    if "JSESSIONID=" not in request.headers.get("Cookie", ""):
        new_html = re.sub(
            r'href="(/web/thcs-nguyentruongto/trang-chu/-/news/[^"?#]*)',
            lambda m: f'href="{m.group(1)};jsessionid={JSESSIONID}',
            new_html,
        )
    main = portlet(f"{PID}_INSTANCE_tinmoi", "Tin mới", new_html) + portlet(
        f"{PID}_INSTANCE_thongbao", "Thông báo", notices
    )
    return layout_page(
        request, layout="Trang chủ", active="Trang chủ", crumbs=[("Trang chủ", SITE)], main=main,
        canonical=SITE, plid=20448,
    )


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu", "Giới thiệu",
        '<div class="journal-content-article"><h3>Giới thiệu chung về Trường THCS Nguyễn Trường Tộ</h3>'
        "<p>Trường THCS Nguyễn Trường Tộ được thành lập năm 1979, là một trong những trường trung "
        "học cơ sở có bề dày truyền thống của quận Đống Đa. Năm học 2026 - 2027 nhà trường có 32 "
        "lớp với 1.246 học sinh và 78 cán bộ, giáo viên, nhân viên.</p>"
        "<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo "
        "dục cấp độ 3.</p>"
        '<p style="text-align:right"><em>Cập nhật: 12/09/2026</em></p></div>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức", "Giới thiệu",
        '<div class="journal-content-article"><h3>Ban Giám hiệu</h3>'
        '<table border="1" style="width:100%"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th></tr>'
        "<tr><td>Nguyễn Thị Minh Hằng</td><td>Hiệu trưởng</td></tr>"
        "<tr><td>Nguyễn Hoàng Nam</td><td>Phó Hiệu trưởng</td></tr>"
        "<tr><td>Trần Thị Bích Ngọc</td><td>Phó Hiệu trưởng</td></tr></tbody></table>"
        "<h3>Các tổ chuyên môn</h3><ul><li>Tổ Ngữ văn</li><li>Tổ Toán - Tin</li>"
        "<li>Tổ Khoa học Tự nhiên</li><li>Tổ Ngoại ngữ</li><li>Tổ Khoa học Xã hội</li>"
        "<li>Tổ Văn phòng</li></ul></div>",
    ),
    "van-ban": (
        "Văn bản", "Văn bản",
        '<table class="table table-autofit table-list"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th>'
        "<th>Ngày ban hành</th><th>Tải về</th></tr></thead><tbody>"
        f'<tr><td>135/KH-THCSNTT</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td><td>05/09/2026</td>'
        f'<td><a href="{doc(30211, "KH135-ke-hoach-giao-duc-2026-2027.pdf")}">Tải về</a></td></tr>'
        f'<tr><td>140/QĐ-THCSNTT</td><td>Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027</td><td>10/09/2026</td>'
        f'<td><a href="{doc(30211, "QD140-to-chuyen-mon.pdf")}">Tải về</a></td></tr>'
        f'<tr><td>148/TB-THCSNTT</td><td>Thông báo lịch kiểm tra cuối học kỳ I</td><td>02/12/2026</td>'
        f'<td><a href="{doc(41275, "TB148-lich-kiem-tra-HKI.pdf")}">Tải về</a></td></tr>'
        "</tbody></table>",
    ),
    "thu-vien-anh": (
        "Thư viện ảnh", "Thư viện ảnh",
        '<div class="album"><h3>Album: Lễ khai giảng năm học 2026 - 2027</h3><div class="album-grid">'
        + "".join(
            f'<a href="{doc(30500, f"khai-giang-{k}.jpg")}"><img alt="Khai giảng {k}" '
            f'src="{doc(30500, f"khai-giang-{k}.jpg")}&amp;imageThumbnail=1" /></a>'
            for k in range(1, 7)
        )
        + "</div></div>",
    ),
    "lien-he": (
        "Liên hệ", "Liên hệ",
        '<div class="journal-content-article"><p><strong>TRƯỜNG THCS NGUYỄN TRƯỜNG TỘ</strong></p>'
        "<p>Địa chỉ: Số 16 ngõ 1 phố Trần Quý Cáp, quận Đống Đa, Hà Nội</p>"
        "<p>Điện thoại: 024.3851.2468</p><p>Email: c2nguyentruongto@hanoiedu.vn</p></div>"
        '<form action="/c/portal/lienhe/send?p_auth=Qx7LmN2p" method="post">'
        '<input name="hoten" placeholder="Họ và tên" /><input name="email" placeholder="Email" />'
        '<textarea name="noidung"></textarea><button type="submit">Gửi</button></form>',
    ),
}


def site_page(request: Request, slug: str) -> Response:
    layout, active, inner = STATIC_PAGES[slug]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", SITE)]
    if active != layout:
        crumbs.append((active, f"{SITE}/gioi-thieu"))
    crumbs.append((layout, f"{SITE}/{slug}"))
    return layout_page(
        request, layout=layout, active=active, crumbs=crumbs,
        main=portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_" + slug.replace("-", ""),
                     layout, inner),
        canonical=f"{SITE}/{slug}", plid=20460 + len(slug),
    )


def search_page(request: Request) -> Response:
    kw = request.params.get("_com_liferay_portal_search_web_portlet_SearchPortlet_keywords", "")
    inner = f'<p class="search-total-label">Không tìm thấy kết quả nào cho từ khóa “{esc(kw)}”.</p>'
    return layout_page(
        request, layout="Tìm kiếm", active="", crumbs=[("Trang chủ", SITE), ("Tìm kiếm", None)],
        main=portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", inner),
        canonical=f"{SITE}/tim-kiem", plid=20470,
    )


# --- routing --------------------------------------------------------------------------------

_SESSION = re.compile(r";jsessionid=[^/?]*", re.I)
_FRIENDLY = re.compile(rf"^{SITE}/(tin-tuc|trang-chu)/-/news/(\d+)/([a-z0-9-]+)$")


def _document(path: str) -> Response | None:
    m = re.match(r"^/documents/20143/\d+/([^/]+)/[0-9a-f-]{36}$", path)
    if not m:
        return None
    name = m.group(1).lower()
    if name.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    if name.endswith(".docx"):
        return Response(200, PDF, {
            "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    return static_file(name)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = _SESSION.sub("", request.path)
        if request.method == "POST":
            if path.startswith("/c/"):
                return redirect(SITE)
            return None
        if path == "/":
            return redirect(SITE, 302)
        if path.startswith("/documents/"):
            return _document(path)
        if path.startswith(("/o/", "/combo")) or path == "/image/layout_set_logo":
            return static_file(path) or (
                Response(200, b"/* combo */", {"Content-Type": "application/javascript"})
                if path == "/combo" else static_file(".png")
            )
        params = request.params
        if path in (SITE, f"{SITE}/trang-chu") and not request.query:
            return home(request)
        m = _FRIENDLY.match(path)
        if m:
            layout, sid, slug = m.group(1), int(m.group(2)), m.group(3)
            s = BY_ID.get(sid)
            if s is None or slug != s.slug:
                return None
            if request.query and set(params) - {f"{NS}redirect"}:
                return None
            return detail(request, s, layout)
        if path == f"{SITE}/tin-tuc":
            if not request.query:
                return list_page(request, 1, None)
            if params.get("p_p_id") != PID:
                return None
            if f"{NS}newsId" in params:
                if unquote(params.get(f"{NS}mvcPath", "")) != "/html/news/view_detail.jsp":
                    return None
                s = BY_ID.get(int(params[f"{NS}newsId"])) if params[f"{NS}newsId"].isdigit() else None
                return detail(request, s, "tin-tuc") if s else None
            known = {"p_p_id", f"{NS}page", f"{NS}categoryId"}
            if set(params) - known:
                return None
            page = params.get(f"{NS}page", "1")
            cat = params.get(f"{NS}categoryId")
            if not page.isdigit() or (cat is not None and (not cat.isdigit() or int(cat) not in CAT_BY_ID)):
                return None
            return list_page(request, int(page), int(cat) if cat else None)
        if path == f"{SITE}/tim-kiem":
            return search_page(request)
        slug = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else None
        if slug in STATIC_PAGES and not request.query:
            return site_page(request, slug)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, f1(s), s.cat, canonical_path=f1(s), alt_paths=alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/lien-he",
]
