"""Sở Giáo dục và Đào tạo tỉnh Quảng Trị on DNN Platform 8 with an EasyDNNnews-like news module.

Platform: DNN Platform 8 (DotNetNuke, ASP.NET WebForms: one ``<form id="Form">`` around the page,
``__VIEWSTATE``, ``__doPostBack``), a commercial news module in the EasyDNNnews manner (``edn_*``
classes, ``PgrID/<moduleId>/PageID/<n>`` paging, ``ArticleID/<id>/<slug>`` details, categories
and tags) and a skin the department bought (``qt*`` classes, containers with numbered ids).

URL scheme
- ``/`` home (TabID 54): "Tin mới" module 398 (4 latest news), "Thông báo" module 415 (2 notices),
  a hand-typed "Tin nổi bật" HTML module linking ``/Default.aspx?TabID=57&ArticleID=<id>``.
- ``/tin-tuc`` (TabID 57, news module 412): all 13 articles, 5 a page, newest first; pages
  ``/tin-tuc/PgrID/412/PageID/<n>`` (n = 1..3).
- ``/tin-tuc/category/<cat-slug>``: 3 a page; ``/tin-tuc/category/<cat-slug>/PgrID/412/PageID/2``.
- ``/tin-tuc/tag/<tag-slug>``: tag listings (not articles).
- ``/tin-tuc/ArticleID/<id>/<slug>``: article details (the module resolves by id: any slug, or
  none, serves the article; the page prints ``<link rel="canonical">`` to the current slug).
- ``/Default.aspx?TabID=<n>`` serves the same page as its friendly name; with ``&ArticleID=<id>``
  (TabID 57) it serves the article.
- Pages: ``/gioi-thieu`` (55), ``/co-cau-to-chuc`` (56), ``/van-ban-chi-dao`` (58, a listing) and
  its entry ``/van-ban-chi-dao/DocumentID/2051/<slug>``, ``/thu-vien-anh`` (59), ``/lien-he`` (60),
  ``/Login`` (nofollow).

Templates: a details page is skin chrome (top bar with today's date and login link, banner, menu
with drop-downs, breadcrumb, the skin's page-title h1, right pane with most-read, notices, links,
poll and visitor counter, footer) around the news module container: tools (print, font size,
share), ``h1.edn_articleTitle``, a meta line (``Cập nhật`` / posted date, ``Đăng bởi``, views,
categories), maybe a lead image, maybe ``div.edn_articleSummary``, ``div.edn_articleContent``,
then tags, rating, related articles, comments; below it, in the same content pane, an HTML
module "Đường dây nóng" and a "Các tin khác" list.

How each gold article is reached: every article is on ``/tin-tuc`` page 1, 2 or 3 and on its
category's listing; the three oldest (1071, 1066, 1060) only via page 3 of ``/tin-tuc`` or page 2
of their category (1060) / page 1 of a small category. The home page links the 4 latest news and
the 2 notices.

Traps
1. Two h1 on a details page: the skin prints the page name "TIN TỨC - SỰ KIỆN" in an
   ``h1.qtPgTitle`` above the module; the article's headline is the later ``h1.edn_articleTitle``.
   Gold title: the latter.
2. The details template prints the date with the portal's default culture, en-US ("g" format:
   ``11/10/2026 2:30 PM``, month first, 12-hour clock) while the listings print ``dd/MM/yyyy``
   ("10/11/2026"). Gold: 2026-11-10T14:30:00+07:00; ``12:00 AM`` is midnight, so the day alone.
   The ``itemprop="datePublished"`` meta gives the local time without an offset.
3. The meta line prints "Cập nhật: <date>" before the posted date on two articles: gold takes the
   posted date.
4. The summary is printed in its own ``div.edn_articleSummary`` and on two articles the editor
   pasted it again as the first paragraph of ``edn_articleContent``: the body holds it once (as
   the sapo, first paragraph).
5. One post, several URLs: the title and thumbnail link ``/tin-tuc/ArticleID/<id>/<slug>``, the
   home "Tin nổi bật" box links ``/Default.aspx?TabID=57&ArticleID=<id>``, a related box links an
   article under its old slug (the title was edited; the module resolves by id). These are
   ``alt_paths``; the gold path is the friendly URL with the current slug (the canonical link).
   An article filed under two categories appears in both category listings (one article).
6. Telerik RadEditor markup: the text of two articles is a run of ``<div>`` lines with
   ``<div>&nbsp;</div>`` spacers (no ``<p>``), and one article is a single ``div.Normal`` whose
   paragraphs are separated by ``<br /><br />``. Each line/segment is a paragraph.
7. A byline glued to the last paragraph after a ``<br />`` (``…dùng chung của ngành.<br />
   <strong>Đặng Minh Tuấn</strong>``): the text before the break is body, the name is the author.
8. The module's "Đăng bởi: Quản trị Sở" is a CMS account (nobody); real bylines are right-aligned
   closing lines ("ThS. Lê Thị Hằng - Văn phòng Sở" -> "Lê Thị Hằng"; "Tin, ảnh: X"; "Tin: X -
   Ảnh: Y"; a unit signing alone; a name over the school in parentheses on a second line).
9. Captions: as the second row of RadEditor's image table, as a centred italic paragraph in
   parentheses (taken off), under the module's lead image (``p.edn_imgCap``); "Ảnh: X" under a
   photo is a credit (caption None, X a photographer); a photo with only a long ``alt`` has no
   caption.
10. An official notice printed with the letterhead table, "Số: …", "Quảng Trị, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO / Về việc …" and the "Nơi nhận" / signer table, posted by the module
    on 12/1/2026 7:20 AM: gold date 2026-11-30, author the signer, letterhead and closing not
    body.
11. Chrome inside and right after the article container: "Từ khóa" tag links, the rating widget
    ("Đánh giá bài viết"), "Tin liên quan", the comment form ("Ý kiến bạn đọc"), then a Text/HTML
    module "Đường dây nóng" in the same ContentPane and "Các tin khác". None is body.
12. Paging by module: ``PgrID/412/PageID/<n>`` on ``/tin-tuc`` and on category listings; page
    links are numbered, with "Đầu"/"Cuối" and "»"; the oldest articles are only on page 3/2.
13. WebForms postbacks: the "Thông báo" module's "Xem thêm" is ``javascript:__doPostBack(...)``
    (no URL); a POST to any page answers that page as a GET would.
14. Attachment lines ("Tải về: <a>….pdf</a>", "File đính kèm") at the end of the text and a
    closing "Nguồn: Báo Quảng Trị" / "Theo Cổng Thông tin điện tử tỉnh Quảng Trị" line: not
    body; the latter is the source. A body sentence "Theo kế hoạch của Sở…" stays text.

Gold decisions on ambiguous points
- category: the article's main category as the breadcrumb prints it (the meta line may list a
  second category).
- The lead image printed by the module above the summary is the article's first photo.
- A footnote call printed in brackets ("…địa phương.[1]") stays; the note line "[1] Kế hoạch …"
  at the end of the text is the text's own paragraph.
- A table inside the text: one paragraph per row, cells joined by " | " (header row included).
- Headings (h3) and list items inside the text are paragraphs.
- A unit signing alone ("Phòng Khảo thí và Kiểm định CLGD") is the author as printed.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote

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
)

NAME = "dnn8_news_articles_sgddt"
PLATFORM = "DNN Platform 8 (DotNetNuke) + EasyDNNnews-like news module, ASP.NET WebForms"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
NEWS_TAB = 57
NEWS_MID = 412
PER_PAGE = 5
CAT_PER_PAGE = 3

CATS = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định",
    "giao-duc-pho-thong": "Giáo dục phổ thông",
    "mam-non-tieu-hoc": "Mầm non - Tiểu học",
    "thong-bao": "Thông báo",
}
TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-sinh-gioi": "học sinh giỏi",
    "nha-giao-viet-nam": "Nhà giáo Việt Nam",
}

PAGES = {
    # path: (TabID, name)
    "/gioi-thieu": (55, "Giới thiệu"),
    "/co-cau-to-chuc": (56, "Cơ cấu tổ chức"),
    "/van-ban-chi-dao": (58, "Văn bản chỉ đạo"),
    "/thu-vien-anh": (59, "Thư viện ảnh"),
    "/lien-he": (60, "Liên hệ"),
}
DOC_PATH = "/van-ban-chi-dao/DocumentID/2051/cong-van-huong-dan-nhiem-vu-nam-hoc-2026-2027"

RIGHT = '<p style="text-align: right;">{}</p>'


def _right(inner: str) -> Raw:
    return Raw(RIGHT.format(inner))


LETTERHEAD = """<table style="width: 100%;" border="0" cellpadding="0" cellspacing="0">
<tbody><tr>
<td style="width: 40%; text-align: center;">UBND TỈNH QUẢNG TRỊ<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>
<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>
</tr><tr>
<td style="text-align: center;">Số: 2150/TB-SGDĐT</td>
<td style="text-align: center;"><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc cho học sinh nghỉ học do ảnh hưởng của mưa lũ</strong></p>"""

CLOSING = """<table style="width: 100%;" border="0"><tbody><tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- Như trên;<br />- UBND tỉnh (b/c);<br />- Giám đốc, các PGĐ Sở;<br />- Lưu: VT, VP.</td>
<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td>
</tr></tbody></table>"""

STORIES: list[Story] = [
    Story(
        id=1102,
        slug="hoi-nghi-so-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-quy-iv-2026",
        title="Hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục quý IV/2026",
        cat="hoat-dong-nganh",
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Chiều ngày 04/12, Sở GD&ĐT tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác chuyển "
            "đổi số quý IV/2026 và bàn giải pháp triển khai học bạ số, hồ sơ số trong các cơ sở "
            "giáo dục."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/Portals/0/EasyDNNnews/1102/img-hoi-nghi-cds-qiv.jpg",
                "Quang cảnh hội nghị sơ kết công tác chuyển đổi số.",
                "Quang cảnh hội nghị sơ kết công tác chuyển đổi số.",
                style="main",
            ),
            P(
                "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 8 phòng "
                "GD&ĐT và 36 trường THPT trên địa bàn tỉnh. Đồng chí Nguyễn Văn Hùng, Phó Giám đốc "
                "Sở chủ trì hội nghị."
            ),
            P(
                "Theo báo cáo, đến hết tháng 11/2026 toàn tỉnh đã có 100% trường THPT triển khai "
                "học bạ số đối với học sinh lớp 10, 11; 92% trường THCS sử dụng sổ điểm điện tử và "
                "85% trường tiểu học ký số học bạ."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như hạ tầng mạng "
                "tại các điểm trường miền núi còn hạn chế, một bộ phận giáo viên chưa thành thạo kỹ "
                "năng số."
            ),
            Img(
                "/Portals/0/Images/2026/12/cds-phat-bieu.jpg",
                "Phó Giám đốc Sở Nguyễn Văn Hùng phát biểu chỉ đạo tại hội nghị.",
                "Phó Giám đốc Sở Nguyễn Văn Hùng phát biểu chỉ đạo tại hội nghị.",
                style="em",
            ),
            P(
                "Phát biểu kết luận, Phó Giám đốc Sở đề nghị các đơn vị hoàn thành việc số hóa hồ "
                "sơ học sinh trước ngày 31/12/2026 và tăng cường bồi dưỡng năng lực số cho đội ngũ."
            ),
            _right("<strong>ThS. Lê Thị Hằng - Văn phòng Sở</strong>"),
        ],
        authors=["Lê Thị Hằng"],
        opts={"lead_dup": True, "tags": ["chuyen-doi-so"], "featured": True},
    ),
    Story(
        id=1101,
        slug="ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026-2027",
        cat="khao-thi-kiem-dinh",
        published_at="2026-12-03T09:00:00+07:00",
        summary=(
            "Sở GD&ĐT ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp "
            "tỉnh, dự kiến diễn ra trong hai ngày 15 và 16/01/2027."
        ),
        blocks=[
            P(
                "Sở GD&ĐT ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp "
                "tỉnh, dự kiến diễn ra trong hai ngày 15 và 16/01/2027.",
                "bold",
            ),
            P(
                "Kỳ thi được tổ chức cho 10 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và pháp luật."
            ),
            P("Lịch thi cụ thể như sau:"),
            P("Ngày | Buổi | Nội dung", "row"),
            P("15/01/2027 | Sáng | Khai mạc, thi các môn Toán, Ngữ văn, Tiếng Anh", "row"),
            P("15/01/2027 | Chiều | Thi các môn Vật lí, Lịch sử", "row"),
            P("16/01/2027 | Sáng | Thi các môn Hóa học, Sinh học, Tin học, Địa lí, GDKT&PL", "row"),
            P(
                "Các đơn vị gửi hồ sơ đăng ký dự thi về Sở GD&ĐT (qua Phòng Khảo thí và Kiểm định "
                "CLGD) trước ngày 20/12/2026."
            ),
            Raw(
                '<p class="qtAtt"><img src="/Portals/_default/skins/qt_edu/images/ico-pdf.gif" '
                'alt="" /> Tải về: <a href="/Portals/0/VanBan/2026/KH-HSG12-2026.pdf" '
                'target="_blank">KH-HSG12-2026.pdf</a></p>'
            ),
            _right("<em>Phòng Khảo thí và Kiểm định CLGD</em>"),
        ],
        authors=["Phòng Khảo thí và Kiểm định CLGD"],
        opts={"tags": ["hoc-sinh-gioi"], "featured": True},
    ),
    Story(
        id=1098,
        slug="thong-bao-ve-viec-cho-hoc-sinh-nghi-hoc-do-anh-huong-cua-mua-lu",
        title="Thông báo về việc cho học sinh nghỉ học do ảnh hưởng của mưa lũ",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(LETTERHEAD),
            P(
                "Căn cứ Công văn số 1875/UBND-VX ngày 29/11/2026 của UBND tỉnh về việc chủ động ứng "
                "phó với mưa lũ;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo cho toàn bộ học sinh mầm non, tiểu học và THCS "
                "tại các huyện Hải Lăng, Triệu Phong, Gio Linh và Vĩnh Linh nghỉ học ngày "
                "01/12/2026."
            ),
            P(
                "Thủ trưởng các đơn vị chủ động theo dõi diễn biến thời tiết, có phương án bảo đảm "
                "an toàn cho học sinh, giáo viên và tài sản; báo cáo tình hình thiệt hại (nếu có) "
                "về Sở trước 16 giờ 00 ngày 02/12/2026."
            ),
            Raw(CLOSING),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"posted": "2026-12-01T07:20:00"},
    ),
    Story(
        id=1095,
        slug="truong-thpt-chuyen-le-quy-don-dat-12-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Trường THPT chuyên Lê Quý Đôn đạt 12 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="giao-duc-pho-thong",
        published_at="2026-11-28T16:10:00+07:00",
        summary=(
            "Với 12 dự án đạt giải, trong đó có 2 giải Nhất, Trường THPT chuyên Lê Quý Đôn tiếp "
            "tục dẫn đầu toàn tỉnh tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học năm "
            "học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi năm nay thu hút 146 dự án của 58 trường THCS, THPT tham gia, thuộc 20 "
                "lĩnh vực như kỹ thuật cơ khí, hệ thống nhúng, khoa học xã hội và hành vi, khoa học "
                "môi trường."
            ),
            Img(
                "/Portals/0/Images/2026/11/khkt-trung-bay.jpg",
                "Học sinh giới thiệu dự án với Ban giám khảo",
                "Học sinh giới thiệu dự án với Ban giám khảo",
                style="table",
            ),
            P(
                "Hai dự án đạt giải Nhất của nhà trường là “Hệ thống cảnh báo sớm ngập lụt cho vùng "
                "hạ lưu sông Thạch Hãn” và “Ứng dụng trí tuệ nhân tạo hỗ trợ nhận diện sâu bệnh trên "
                "cây hồ tiêu”."
            ),
            P(
                "Theo thầy Phan Đình Khoa, Phó Hiệu trưởng nhà trường, các dự án được nuôi dưỡng từ "
                "câu lạc bộ nghiên cứu khoa học trong suốt năm học trước."
            ),
            Img(
                "/Portals/0/Images/2026/11/khkt-trao-giai.jpg",
                "Ban tổ chức trao giải Nhất cho các tác giả dự án",
                "Ban tổ chức trao giải Nhất cho các tác giả dự án",
                style="table",
            ),
            Raw('<div style="text-align: right;"><strong>Tin, ảnh: Trần Quốc Bảo</strong></div>'),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={"form": "div", "updated": "2026-12-02T10:05:00", "tags": ["hoc-sinh-gioi"],
              "featured": True},
    ),
    Story(
        id=1093,
        slug="tong-ket-cac-hoat-dong-tri-an-ngay-nha-giao-viet-nam-20-11",
        title="Tổng kết các hoạt động tri ân Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nganh",
        published_at="2026-11-25",
        blocks=[
            P(
                "Hưởng ứng Ngày Nhà giáo Việt Nam 20/11, các cơ sở giáo dục trên địa bàn tỉnh đã tổ "
                "chức nhiều hoạt động thiết thực như thăm hỏi nhà giáo lão thành, hội giảng, hội thi "
                "văn nghệ."
            ),
            P(
                "Toàn ngành đã thăm, tặng 1.250 suất quà cho các nhà giáo có hoàn cảnh khó khăn với "
                "tổng trị giá hơn 625 triệu đồng."
            ),
            P(
                "Nhiều trường đã tổ chức chuyên đề “Nhà giáo tâm huyết, sáng tạo” nhằm tôn vinh "
                "những tấm gương tiêu biểu trong dạy học và nghiên cứu khoa học."
            ),
            Raw(
                '<div style="text-align: right;"><em>Nguồn: <a href="https://baoquangtri.vn/" '
                'target="_blank">Báo Quảng Trị</a></em></div>'
            ),
        ],
        source="Báo Quảng Trị",
        opts={"form": "br", "extra_cats": ["giao-duc-pho-thong"], "tags": ["nha-giao-viet-nam"]},
    ),
    Story(
        id=1090,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hoat-dong-nganh",
        published_at="2026-11-20T08:30:00+07:00",
        summary=(
            "Sáng 20/11, Sở GD&ĐT long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "tuyên dương 120 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự buổi lễ có đồng chí Hoàng Thị Thu, Phó Chủ tịch UBND tỉnh cùng đại diện "
                "lãnh đạo các sở, ban, ngành và hơn 300 thầy, cô giáo tiêu biểu."
            ),
            Img(
                "/Portals/0/Images/2026/11/20-11-van-nghe.jpg",
                "(Tiết mục văn nghệ chào mừng của học sinh Trường THPT Đông Hà)",
                "Tiết mục văn nghệ chào mừng của học sinh Trường THPT Đông Hà",
                style="em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp to "
                "lớn của đội ngũ nhà giáo trong sự nghiệp phát triển giáo dục của tỉnh."
            ),
            Img("/Portals/0/Images/2026/11/20-11-tuyen-duong.jpg", "Ảnh: Hồ Nhật Minh", None,
                style="em"),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 nhà giáo; Giám đốc Sở GD&ĐT tặng "
                "Giấy khen cho 75 nhà giáo có thành tích xuất sắc."
            ),
            _right("<strong>Tin: Võ Thị Kim Ngân - Ảnh: Hồ Nhật Minh</strong>"),
        ],
        authors=["Võ Thị Kim Ngân"],
        photographers=["Hồ Nhật Minh"],
        opts={"tags": ["nha-giao-viet-nam"]},
    ),
    Story(
        id=1087,
        slug="tap-huan-day-hoc-mon-tieng-anh-theo-chuong-trinh-gdpt-2018-cho-giao-vien-thcs",
        title="Tập huấn dạy học môn Tiếng Anh theo Chương trình GDPT 2018 cho giáo viên THCS",
        cat="giao-duc-pho-thong",
        published_at="2026-11-14T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 12 đến 14/11/2026, Sở GD&ĐT phối hợp với Nhà xuất bản Giáo dục Việt Nam tổ "
                "chức tập huấn dạy học môn Tiếng Anh cho 180 giáo viên THCS toàn tỉnh."
            ),
            P(
                "Nội dung tập huấn tập trung vào phương pháp dạy học phát triển năng lực giao tiếp, "
                "kỹ thuật đánh giá thường xuyên và ứng dụng công nghệ trong dạy học ngoại ngữ."
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi giáo viên xây dựng một kế hoạch bài dạy minh họa và chia "
                "sẻ trên hệ thống học liệu dùng chung của ngành.",
                "tail",
            ),
        ],
        authors=["Đặng Minh Tuấn"],
        opts={"tail": "<strong>Đặng Minh Tuấn</strong>", "old_slug": "tap-huan-tieng-anh-thcs"},
    ),
    Story(
        id=1084,
        slug="cong-bo-ket-qua-kiem-dinh-chat-luong-giao-duc-dot-2-nam-2026",
        title="Công bố kết quả kiểm định chất lượng giáo dục đợt 2 năm 2026",
        cat="khao-thi-kiem-dinh",
        published_at="2026-11-10T14:30:00+07:00",
        summary=(
            "Sở GD&ĐT công bố kết quả đánh giá ngoài và công nhận đạt kiểm định chất lượng giáo "
            "dục, đạt chuẩn quốc gia cho 27 cơ sở giáo dục mầm non và phổ thông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong đợt 2 năm 2026, các đoàn đánh giá ngoài đã khảo sát chính thức tại 27 cơ sở "
                "giáo dục, gồm 9 trường mầm non, 10 trường tiểu học, 6 trường THCS và 2 trường THPT."
            ),
            Img(
                "/Portals/0/Images/2026/11/kiem-dinh-doan-danh-gia.jpg",
                None,
                None,
                style="alt:Đoàn đánh giá ngoài làm việc tại Trường Mầm non Hoa Hồng, thành phố Đông Hà",
            ),
            P(
                "Kết quả có 19 trường đạt kiểm định chất lượng giáo dục cấp độ 2, 8 trường đạt cấp "
                "độ 3; 21 trường được công nhận đạt chuẩn quốc gia mức độ 1 và 6 trường đạt mức độ 2."
            ),
            P(
                "Sở GD&ĐT đề nghị các trường tiếp tục duy trì, nâng cao chất lượng các tiêu chuẩn "
                "sau khi được công nhận và xây dựng kế hoạch cải tiến chất lượng giai đoạn tiếp theo."
            ),
        ],
        opts={"updated": "2026-11-12T08:40:00"},
    ),
    Story(
        id=1080,
        slug="hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-cap-tinh-nam-2026",
        title="Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh năm 2026",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-05T10:15:00+07:00",
        summary=(
            "Từ ngày 02 đến 05/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp học mầm "
            "non cấp tỉnh với sự tham gia của 96 giáo viên đến từ 8 huyện, thị xã, thành phố."
        ),
        blocks=[
            Img(
                "/Portals/0/EasyDNNnews/1080/img-hoi-thi-gvdg-mam-non.jpg",
                "Một tiết dạy của giáo viên tham gia hội thi",
                "Một tiết dạy của giáo viên tham gia hội thi",
                style="main",
            ),
            P(
                "Từ ngày 02 đến 05/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp học mầm "
                "non cấp tỉnh với sự tham gia của 96 giáo viên đến từ 8 huyện, thị xã, thành phố.",
                "bold",
            ),
            P("Nội dung hội thi", "h"),
            P("Phần thi trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ;", "li"),
            P("Phần thi thực hành tổ chức hoạt động giáo dục trẻ tại trường sở tại.", "li"),
            P("Kết quả", "h"),
            P(
                "Ban tổ chức đã công nhận 78 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh; "
                "trao 6 giải Nhất, 12 giải Nhì và 18 giải Ba cho các tiết dạy xuất sắc."
            ),
            _right("<strong><em>Phòng GDMN-GDTH</em></strong>"),
        ],
        authors=["Phòng GDMN-GDTH"],
    ),
    Story(
        id=1076,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-10-30T07:45:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo tỉnh Quảng Trị thông báo tuyển dụng viên chức làm việc tại "
                "các trường THPT, Trung tâm GDNN-GDTX trực thuộc Sở năm 2026 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h"),
            P(
                "Tổng chỉ tiêu: 64 người, trong đó giáo viên THPT 52 người, giáo viên Trung tâm "
                "GDNN-GDTX 12 người."
            ),
            P("2. Thời gian, địa điểm nhận hồ sơ", "h"),
            P("Từ ngày 01/11/2026 đến hết ngày 30/11/2026 (trong giờ hành chính)."),
            P(
                "Địa điểm nhận hồ sơ: Phòng Tổ chức cán bộ, Sở GD&ĐT Quảng Trị, số 1 Lê Quý Đôn, "
                "phường Đông Hà."
            ),
            Raw(
                '<p><strong>File đính kèm:</strong></p><ul class="qtAttList">'
                '<li><a href="/Portals/0/VanBan/2026/TB-tuyen-dung-2026.pdf">TB-tuyen-dung-2026.pdf'
                '</a> (312 KB)</li><li><a href="/Portals/0/VanBan/2026/Mau-phieu-dang-ky.pdf">'
                "Mau-phieu-dang-ky.pdf</a> (96 KB)</li></ul>"
            ),
            _right("<strong>Phòng Tổ chức cán bộ</strong>"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
    ),
    Story(
        id=1071,
        slug="trien-khai-mo-hinh-truong-hoc-gan-voi-san-xuat-kinh-doanh-tai-dia-phuong",
        title="Triển khai mô hình trường học gắn với sản xuất, kinh doanh tại địa phương",
        cat="giao-duc-pho-thong",
        published_at="2026-10-22T16:20:00+07:00",
        blocks=[
            P(
                "Theo kế hoạch của Sở GD&ĐT, năm học 2026-2027 sẽ có 15 trường THCS, THPT thí điểm "
                "mô hình trường học gắn với sản xuất, kinh doanh tại địa phương.[1]"
            ),
            P(
                "Mô hình giúp học sinh được trải nghiệm thực tế tại các hợp tác xã, doanh nghiệp, "
                "qua đó định hướng nghề nghiệp phù hợp với thế mạnh của tỉnh như trồng hồ tiêu, cà "
                "phê, chế biến thủy sản."
            ),
            P(
                "Các trường tham gia thí điểm sẽ được hỗ trợ kinh phí xây dựng vườn trường, xưởng "
                "thực hành và tổ chức các chuyên đề giáo dục hướng nghiệp."
            ),
            P("[1] Kế hoạch số 245/KH-SGDĐT ngày 10/10/2026 của Sở GD&ĐT.", "note"),
            _right("<em>Theo Cổng Thông tin điện tử tỉnh Quảng Trị</em>"),
        ],
        source="Cổng Thông tin điện tử tỉnh Quảng Trị",
        opts={"related_old": 1087},
    ),
    Story(
        id=1066,
        slug="ngay-hoi-doc-sach-tai-truong-tieu-hoc-hai-lang",
        title="Ngày hội đọc sách “Sách – Người bạn của em” tại Trường Tiểu học Hải Lăng",
        cat="mam-non-tieu-hoc",
        published_at="2026-10-15T09:40:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Ngày sách và Văn hóa đọc Việt Nam, Trường Tiểu học Hải Lăng tổ chức Ngày "
                "hội đọc sách với chủ đề “Sách – Người bạn của em” cho hơn 600 học sinh."
            ),
            Img(
                "/Portals/0/Images/2026/10/ngay-hoi-doc-sach.jpg",
                "Học sinh tham gia hoạt động đọc sách tại thư viện xanh",
                "Học sinh tham gia hoạt động đọc sách tại thư viện xanh",
                style="table",
            ),
            P(
                "Ngày hội gồm nhiều hoạt động hấp dẫn như kể chuyện theo sách, vẽ tranh nhân vật yêu "
                "thích, trao đổi sách cũ và giới thiệu sách mới của thư viện."
            ),
            P(
                "Thông qua ngày hội, nhà trường mong muốn khơi dậy niềm đam mê đọc sách, hình thành "
                "thói quen đọc cho học sinh ngay từ những năm đầu cấp."
            ),
            Raw(
                '<div style="text-align: right;"><strong>Nguyễn Thị Mai Phương</strong></div>'
                '<div style="text-align: right;"><em>(Trường Tiểu học Hải Lăng)</em></div>'
            ),
        ],
        authors=["Nguyễn Thị Mai Phương"],
        opts={"form": "div"},
    ),
    Story(
        id=1060,
        slug="doan-cong-tac-bo-gd-dt-lam-viec-tai-quang-tri-ve-cong-tac-pho-cap-giao-duc",
        title="Đoàn công tác Bộ GD&ĐT làm việc tại Quảng Trị về công tác phổ cập giáo dục",
        cat="hoat-dong-nganh",
        published_at="2026-10-08T08:00:00+07:00",
        summary=(
            "Ngày 07/10, Đoàn công tác của Bộ GD&ĐT do Vụ trưởng Vụ Giáo dục thường xuyên làm "
            "trưởng đoàn đã làm việc với Sở GD&ĐT Quảng Trị về công tác phổ cập giáo dục, xóa mù "
            "chữ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo với đoàn công tác, lãnh đạo Sở cho biết đến nay tỉnh đã duy trì vững chắc "
                "kết quả phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 "
                "và phổ cập giáo dục THCS mức độ 2."
            ),
            Img(
                "/Portals/0/Images/2026/10/doan-bo-lam-viec.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                style="em",
            ),
            P(
                "Đoàn công tác ghi nhận những nỗ lực của ngành Giáo dục Quảng Trị, đồng thời đề "
                "nghị tỉnh quan tâm hơn đến công tác xóa mù chữ cho người dân tộc thiểu số tại các "
                "huyện miền núi Hướng Hóa, Đakrông."
            ),
            _right("<strong>Hà Linh</strong>"),
        ],
        authors=["Hà Linh"],
        opts={"lead_dup": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


# --- helpers -----------------------------------------------------------------------------------


def art_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/ArticleID/{s.id}/{slug or s.slug}"


def tab_path(s: Story) -> str:
    return f"/Default.aspx?TabID={NEWS_TAB}&ArticleID={s.id}"


def _posted(s: Story) -> datetime:
    raw = s.opts.get("posted") or s.published_at or ""
    return datetime.fromisoformat(raw[:19]) if "T" in raw else datetime.fromisoformat(raw)


def us_date(dt: datetime) -> str:
    """en-US short date and time (.NET "g"): 11/10/2026 2:30 PM."""
    hour = dt.hour % 12 or 12
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'}"


def vn_day(dt: datetime) -> str:
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"


def thumb(s: Story) -> str:
    return f"/Portals/0/EasyDNNnews/{s.id}/120090p{NEWS_MID}EDNthumb{s.slug[:24]}.jpg"


def list_summary(s: Story) -> str:
    text_ = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return text_ if len(text_) < 160 else text_[:150].rsplit(" ", 1)[0] + "..."


def stories_in(cat: str) -> list[Story]:
    return [s for s in ORDER if s.cat == cat or cat in s.opts.get("extra_cats", [])]


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/co-cau-to-chuc", "Cơ cấu tổ chức"),
                                  ("/Default.aspx?TabID=55", "Chức năng, nhiệm vụ")]),
    ("/tin-tuc", "Tin tức - Sự kiện", [(f"/tin-tuc/category/{k}", v) for k, v in CATS.items()]),
    ("/van-ban-chi-dao", "Văn bản chỉ đạo", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    out = ['<nav id="dnn_pnlMenu" class="qtNav"><ul class="qtmnu lv0">']
    for i, (href, label, subs) in enumerate(MENU):
        cls = "item" + (" first" if i == 0 else "") + (" sel" if href == active else "")
        cls += " haschild" if subs else ""
        out.append(f'<li class="{cls}"><a href="{href}"><span>{esc(label)}</span></a>')
        if subs:
            out.append('<ul class="qtmnu lv1">')
            out += [f'<li class="item"><a href="{h}"><span>{esc(t)}</span></a></li>' for h, t in subs]
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "".join(out)


def _crumbs(items: list[tuple[str, str]]) -> str:
    parts = []
    for pos, (href, label) in enumerate([("/", "Trang chủ"), *items], start=1):
        parts.append(
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" class="SkinObject" itemprop="item"><span itemprop="name">'
            f'{esc(label)}</span></a><meta itemprop="position" content="{pos}" /></span>'
        )
    return (
        '<div class="qtBc"><span class="qtBcLbl">Bạn đang ở:</span> '
        '<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope '
        'itemtype="https://schema.org/breadcrumb"><span itemscope '
        'itemtype="http://schema.org/BreadcrumbList">'
        + ' <img src="/Portals/_default/skins/qt_edu/images/bc-sep.gif" alt="" /> '.join(parts)
        + "</span></span></div>"
    )


def _container(mid: int, title: str, inner: str, cls: str = "qtcBlue") -> str:
    return (
        f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="{cls}"><div class="qtcHd"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
        f'class="qtcTitle">{esc(title)}</span></h2></div>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="qtcBd"><div id="dnn_ctr{mid}_ModuleContent" '
        f'class="DNNModuleContent ModEasyDNNnewsC">{inner}</div></div></div></div>'
    )


def _sidebar() -> str:
    most = [BY_ID[i] for i in (1102, 1095, 1090, 1101, 1093)]
    notices = [s for s in ORDER if s.cat == "thong-bao"]
    most_html = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in most
    )
    notice_html = "".join(
        f'<div class="edn_article qtNotice"><a href="{art_path(s)}">{esc(s.title)}</a> '
        f'<span class="qtNd">({vn_day(_posted(s))})</span></div>'
        for s in notices
    )
    notice_html += (
        "<a id=\"dnn_ctr415_ViewEasyDNNNewsMain_ctl00_lbMore\" class=\"qtMore\" "
        "href=\"javascript:__doPostBack('dnn$ctr415$ViewEasyDNNNewsMain$ctl00$lbMore','')\">"
        "Xem thêm »</a>"
    )
    return (
        '<div id="dnn_RightPane" class="qtRpane">'
        + _container(420, "Tin đọc nhiều", f'<ol class="qtTop">{most_html}</ol>', "qtcRed")
        + _container(415, "Thông báo", notice_html, "qtcRed")
        + '<div class="DnnModule DnnModule-DNN_HTML DnnModule-421"><a name="421"></a>'
        '<div class="qtcPlain"><div id="dnn_ctr421_HtmlModule_lblContent" class="Normal">'
        '<p><a href="https://moet.gov.vn/" target="_blank"><img src="/Portals/0/banner/bo-gddt.png" '
        'alt="Bộ Giáo dục và Đào tạo" /></a></p>'
        '<p><a href="https://quangtri.gov.vn/" target="_blank"><img '
        'src="/Portals/0/banner/cong-ttdt-quang-tri.png" alt="Cổng TTĐT tỉnh Quảng Trị" /></a></p>'
        '<p><a href="https://csdl.moet.gov.vn/" target="_blank"><img '
        'src="/Portals/0/banner/csdl-nganh.png" alt="CSDL ngành" /></a></p></div></div></div>'
        + _container(
            423,
            "Thăm dò ý kiến",
            '<div class="qtPoll"><p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>'
            '<label><input type="radio" name="poll423" value="1" /> Rất hữu ích</label><br />'
            '<label><input type="radio" name="poll423" value="2" /> Hữu ích</label><br />'
            '<label><input type="radio" name="poll423" value="3" /> Cần cải thiện</label><br />'
            "<a href=\"javascript:__doPostBack('dnn$ctr423$Poll$cmdVote','')\" class=\"qtBtn\">"
            "Biểu quyết</a></div>",
            "qtcGray",
        )
        + _container(
            424,
            "Thống kê truy cập",
            '<ul class="qtCounter"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li>'
            "<li>Tháng này: <b>16.907</b></li><li>Tổng truy cập: <b>4.512.806</b></li></ul>",
            "qtcGray",
        )
        + "</div>"
    )


def page(
    request: Request,
    *,
    title: str,
    body: str,
    active: str,
    crumbs: list[tuple[str, str]],
    pagetitle: str,
    tab: int,
    canonical: str | None = None,
    description: str = "",
) -> Response:
    path = request.target
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />' if canonical else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description or title)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="Sở GD&amp;ĐT Quảng Trị, giáo dục, đào tạo" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
{canon}
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=118" type="text/css" rel="stylesheet" />
<link href="/DesktopModules/EasyDNNnews/static/rateit/css/rateit.css?cdv=118" type="text/css" rel="stylesheet" />
<link href="/Portals/_default/skins/qt_edu/skin.css?cdv=118" type="text/css" rel="stylesheet" />
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=118" type="text/javascript"></script>
<link id="favicon" rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2026-09-12-101500-000" type="image/x-icon" />
</head>
<body id="Body">
<form method="post" action="{esc(path)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(path, 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(path + '#ev', 96)}" />
</div>
<div id="qtWrap" class="qtSkin tab{tab}">
 <div class="qtTop">
  <span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{HEADER_TODAY}</span>
  <span class="qtTopLinks"><a href="/lien-he">Hỏi đáp</a> | <a href="/Default.aspx?TabID=60">Góp ý</a> |
  <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="LoginLink" rel="nofollow" href="/Login?returnurl=%2f">Đăng nhập</a></span>
  <div class="qtSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" id="dnn_dnnSearch_txtSearch" placeholder="Tìm kiếm..." />
  <a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">Tìm</a></div>
 </div>
 <div class="qtBanner">
  <a id="dnn_dnnLOGO_hypLogo" title="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-sgd-quangtri.png" alt="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" /></a>
  <div class="qtBnTxt"><span>UBND TỈNH QUẢNG TRỊ</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
 </div>
 {_menu(active)}
 {_crumbs(crumbs)}
 <div class="qtMain">
  <h1 class="qtPgTitle">{esc(pagetitle.upper())}</h1>
  <div class="row">
   <div id="dnn_ContentPane" class="col-md-8 qtCpane">{body}</div>
   <div class="col-md-4">{_sidebar()}</div>
  </div>
 </div>
 <div class="qtFoot">
  <div id="dnn_FooterPane" class="qtFootPane"><div class="Normal">
  <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
  <p>Địa chỉ: Số 1 Lê Quý Đôn, phường Đông Hà, tỉnh Quảng Trị</p>
  <p>Điện thoại: 0233.3852.480 - Fax: 0233.3852.481 - Email: sgddt@quangtri.gov.vn</p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Quảng Trị</p>
  <p><a href="/Default.aspx?TabID=55">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a></p>
  </div></div>
  <div class="qtCopy"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2026 by Sở GD&amp;ĐT Quảng Trị</span>
  | <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/Login?returnurl=%2f">Quản trị</a></div>
 </div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tab}`}}" />
</form>
</body>
</html>"""
    return html(doc)


# --- article rendering -------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        return (
            '<table class="imgTbl" style="margin: 0 auto; width: 600px;" border="0" cellpadding="3" '
            f'cellspacing="0"><tbody><tr><td><img src="{src}" alt="" width="600" height="400" />'
            f'</td></tr><tr><td style="text-align: center;"><em><span style="font-size: 12px;">'
            f"{esc(img.printed or '')}</span></em></td></tr></tbody></table>"
        )
    if img.style.startswith("alt:"):
        alt = esc(img.style[4:])
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="{alt}" title="{alt}" '
            'style="width: 600px; height: 400px;" /></p>'
        )
    # "em": the photo in a centred paragraph, its line under it in italics
    out = f'<p style="text-align: center;"><img src="{src}" alt="" style="width: 600px;" /></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _content(s: Story) -> str:
    form = s.opts.get("form", "p")
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "main")]
    out: list[str] = []
    if s.opts.get("lead_dup") and s.summary:
        out.append(f"<p>{esc(s.summary)}</p>")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table class="MsoTableGrid" border="1" cellpadding="4" cellspacing="0" '
                'style="width: 100%; border-collapse: collapse;"><tbody>' + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "tail":
            out.append(f'<p style="text-align: justify;">{esc(b.text)}<br />\n{s.opts["tail"]}</p>')
        elif b.style == "note":
            out.append(f'<p><span style="font-size: 11px;"><em>{esc(b.text)}</em></span></p>')
        elif form == "div":
            out.append(f'<div style="text-align: justify;">{esc(b.text)}</div>\n<div>&nbsp;</div>')
        elif form == "br":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                run.append(esc(blocks[i].text))
                i += 1
            out.append('<div class="Normal">' + "<br />\n<br />\n".join(run) + "</div>")
            continue
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _meta_line(s: Story) -> str:
    posted = _posted(s)
    iso = posted.strftime("%Y-%m-%dT%H:%M:%S")
    parts = []
    if s.opts.get("updated"):
        upd = datetime.fromisoformat(s.opts["updated"])
        parts.append(f'<span class="qtIcoUpd">Cập nhật: {us_date(upd)}</span>')
    parts.append(
        f'<span class="qtIcoDate"><time class="edn_articleDate">{us_date(posted)}</time></span>'
    )
    parts.append(
        '<span class="edn_articleAuthor">Đăng bởi: <span class="qtAcc">Quản trị Sở</span></span>'
    )
    parts.append(f'<span class="qtViews">Lượt xem: {s.views()}</span>')
    cats = [s.cat, *s.opts.get("extra_cats", [])]
    parts.append(
        '<span class="edn_categories">Chuyên mục: '
        + ", ".join(f'<a class="edn_category" href="/tin-tuc/category/{c}">{esc(CATS[c])}</a>'
                    for c in cats)
        + "</span>"
    )
    return f'<meta itemprop="datePublished" content="{iso}" /><div class="edn_metaDetails">' + \
        " <span class=\"qtSep\">|</span> ".join(parts) + "</div>"


def _related(s: Story) -> list[tuple[Story, str]]:
    same = [o for o in ORDER if o.cat == s.cat and o.id != s.id][:3]
    rel = [(o, art_path(o)) for o in same]
    if s.opts.get("related_old"):
        o = BY_ID[s.opts["related_old"]]
        rel.insert(0, (o, art_path(o, o.opts["old_slug"])))
    return rel


def article_page(request: Request, s: Story) -> Response:
    main = [b for b in s.blocks if isinstance(b, Img) and b.style == "main"]
    lead = ""
    if main:
        m = main[0]
        big = m.src.replace("/img-", "/big-")
        lead = (
            f'<div class="edn_mainImage"><a class="edn_lightbox" href="{esc(big)}" '
            f'title="{esc(m.printed or "")}"><img src="{esc(m.src)}" alt="{esc(s.title)}" /></a>'
            f'<p class="edn_imgCap">{esc(m.printed or "")}</p></div>'
        )
    summary = ""
    if s.summary and s.sapo_outside:
        summary = f'<div class="edn_articleSummary" itemprop="description"><p>{esc(s.summary)}</p></div>'
    tags = s.opts.get("tags", [])
    tags_html = ""
    if tags:
        tags_html = '<div class="edn_articleTags"><span class="qtTagLbl">Từ khóa:</span> ' + ", ".join(
            f'<a href="/tin-tuc/tag/{t}">{esc(TAGS[t])}</a>' for t in tags) + "</div>"
    rel_html = "".join(
        f'<li><a href="{href}">{esc(o.title)}</a> <span class="qtRd">({vn_day(_posted(o))})</span></li>'
        for o, href in _related(s)
    )
    others = [o for o in ORDER if o.id != s.id and o.cat != s.cat][:4]
    others_html = "".join(
        f'<li><a href="{art_path(o)}">{esc(o.title)}</a></li>' for o in others
    )
    share_url = quote(base_url(request) + art_path(s), safe="")
    inner = f"""<div class="eds_news_QtEdu eds_template_Details_Article_QtEdu">
<div class="edn_article edn_articleDetails edn_clearFix" itemscope itemtype="http://schema.org/NewsArticle">
<div class="qtDtlTools"><a href="javascript:window.print();" class="qtPrint">In bài</a>
<a href="javascript:void(0)" class="qtFontDown">A-</a> <a href="javascript:void(0)" class="qtFontUp">A+</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow" class="qtFb">Chia sẻ</a></div>
<h1 class="edn_articleTitle" itemprop="headline">{esc(s.title)}</h1>
{_meta_line(s)}
{lead}
{summary}
<div class="edn_articleContent" itemprop="articleBody">
{_content(s)}
</div>
{tags_html}
<div class="edn_articleRating"><span>Đánh giá bài viết:</span> <div class="rateit" data-rateit-value="4"></div> <span>(12 lượt)</span></div>
<div class="edn_relatedArticles"><h3>Tin liên quan</h3><ul>{rel_html}</ul></div>
<div class="edn_comments"><h3>Ý kiến bạn đọc</h3>
<p>Hiện chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>
<div class="qtCmtForm"><input type="text" name="dnn$ctr{NEWS_MID}$cmtName" placeholder="Họ và tên" />
<input type="text" name="dnn$ctr{NEWS_MID}$cmtEmail" placeholder="Email" />
<textarea name="dnn$ctr{NEWS_MID}$cmtText" placeholder="Nội dung ý kiến"></textarea>
<a href="javascript:__doPostBack('dnn$ctr{NEWS_MID}$ViewEasyDNNNewsMain$ctl00$lbAddComment','')" class="qtBtn">Gửi ý kiến</a></div>
</div>
</div></div>"""
    hotline = (
        '<div class="DnnModule DnnModule-DNN_HTML DnnModule-430"><a name="430"></a>'
        '<div class="qtcNote"><div id="dnn_ctr430_HtmlModule_lblContent" class="Normal">'
        '<p><strong>Đường dây nóng ngành Giáo dục:</strong> 0233.3852.999 - Email: '
        "duongdaynong.sgd@quangtri.gov.vn</p>"
        "<p>Tiếp nhận phản ánh về dạy thêm, học thêm, thu chi đầu năm học và an toàn trường học.</p>"
        "</div></div></div>"
    )
    body = (
        _container(NEWS_MID, "Tin tức - Sự kiện", inner)
        + hotline
        + _container(431, "Các tin khác", f'<ul class="qtOther">{others_html}</ul>', "qtcGray")
    )
    cat_name = CATS[s.cat]
    return page(
        request,
        title=f"{s.title} > Tin tức - Sự kiện > Sở GD&ĐT Quảng Trị",
        body=body,
        active="/tin-tuc",
        crumbs=[("/tin-tuc", "Tin tức - Sự kiện"), (f"/tin-tuc/category/{s.cat}", cat_name)],
        pagetitle="Tin tức - Sự kiện",
        tab=NEWS_TAB,
        canonical=art_path(s),
        description=s.summary or list_summary(s),
    )


# --- listings ----------------------------------------------------------------------------------


def _list_items(items: list[Story], link_tab: bool = False) -> str:
    out = []
    for s in items:
        href = art_path(s)
        more = tab_path(s) if link_tab else href
        out.append(
            '<div class="edn_article edn_clearFix qtLi">'
            f'<a class="edn_articleImage" href="{href}"><img src="{thumb(s)}" alt="{esc(s.title)}" /></a>'
            f'<h2 class="edn_articleTitle"><a href="{href}">{esc(s.title)}</a></h2>'
            f'<div class="qtLiDate">{vn_day(_posted(s))}</div>'
            f'<div class="edn_articleSummary">{esc(list_summary(s))}</div>'
            f'<a class="edn_readMore" href="{more}">Xem tiếp »</a></div>'
        )
    return "".join(out)


def _pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}/PgrID/{NEWS_MID}/PageID/{n}"

    out = ['<div class="article_pager">']
    if current > 1:
        out.append(f'<a class="first" href="{href(1)}">Đầu</a>')
        out.append(f'<a class="prev" href="{href(current - 1)}">«</a>')
    for n in range(1, total + 1):
        if n == current:
            out.append(f'<span class="page active">{n}</span>')
        else:
            out.append(f'<a class="page" href="{href(n)}">{n}</a>')
    if current < total:
        out.append(f'<a class="next" href="{href(current + 1)}">»</a>')
        out.append(f'<a class="last" href="{href(total)}">Cuối</a>')
    out.append("</div>")
    return "".join(out)


def listing(request: Request, items: list[Story], base: str, n: int, per: int, title: str,
            crumbs: list[tuple[str, str]]) -> Response | None:
    total = max(1, -(-len(items) // per))
    if not 1 <= n <= total:
        return None
    chunk = items[(n - 1) * per: n * per]
    inner = (
        f'<div class="eds_news_QtEdu eds_template_List_Article_QtEdu">{_list_items(chunk)}'
        f"{_pager(base, n, total)}</div>"
    )
    return page(
        request,
        title=f"{title} > Sở GD&ĐT Quảng Trị" + (f" - Trang {n}" if n > 1 else ""),
        body=_container(NEWS_MID, title, inner),
        active="/tin-tuc",
        crumbs=crumbs,
        pagetitle="Tin tức - Sự kiện",
        tab=NEWS_TAB,
        canonical=base if n == 1 else f"{base}/PgrID/{NEWS_MID}/PageID/{n}",
    )


def home(request: Request) -> Response:
    news = [s for s in ORDER if s.cat != "thong-bao"][:4]
    featured = [s for s in ORDER if s.opts.get("featured")]
    feat_html = "".join(
        f'<li><a href="{tab_path(s)}"><img src="/Portals/0/Images/noibat/nb-{s.id}.jpg" alt="" />'
        f"<span>{esc(s.title)}</span></a></li>"
        for s in featured
    )
    body = (
        '<div class="DnnModule DnnModule-DNN_HTML DnnModule-397"><a name="397"></a>'
        '<div class="qtcHot"><div class="qtcHd"><h2><span class="qtcTitle">Tin nổi bật</span></h2>'
        f'</div><div id="dnn_ctr397_HtmlModule_lblContent" class="Normal"><ul class="qtSlide">{feat_html}'
        "</ul></div></div></div>"
        + _container(
            398,
            "Tin mới",
            f'<div class="eds_news_QtEdu">{_list_items(news)}'
            '<p class="qtAll"><a href="/tin-tuc">Xem tất cả »</a></p></div>',
        )
    )
    return page(
        request,
        title="Sở GD&ĐT Quảng Trị > Trang chủ",
        body=body,
        active="/",
        crumbs=[],
        pagetitle="Trang chủ",
        tab=54,
        canonical="/",
        description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị",
    )


# --- static pages ------------------------------------------------------------------------------

PAGE_BODY = {
    "/gioi-thieu": (
        "<p>Sở Giáo dục và Đào tạo tỉnh Quảng Trị là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, "
        "giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về "
        "chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"
    ),
    "/co-cau-to-chuc": (
        "<h3>Ban Giám đốc</h3><table border=\"1\"><tr><td>Giám đốc</td><td>Trần Văn Lợi</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Nguyễn Văn Hùng</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Lê Thị Thanh Hương</td></tr></table>"
        "<h3>Các phòng chuyên môn</h3><ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li>"
        "<li>Phòng Kế hoạch - Tài chính</li><li>Phòng GDMN-GDTH</li><li>Phòng GDTrH - GDTX</li>"
        "<li>Phòng Khảo thí và Kiểm định CLGD</li><li>Thanh tra Sở</li></ul>"
    ),
    "/van-ban-chi-dao": (
        '<table class="qtDocTbl" border="1"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th></tr>"
        f'<tr><td>2051/SGDĐT-GDTrH</td><td>12/09/2026</td><td><a href="{DOC_PATH}">Hướng dẫn '
        "thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027</a></td></tr></table>"
    ),
    "/thu-vien-anh": (
        '<div class="qtAlbum"><h3>Lễ khai giảng năm học 2026-2027</h3>'
        + "".join(
            f'<a href="/Portals/0/Gallery/khai-giang-2026/{n}.jpg"><img '
            f'src="/Portals/0/Gallery/khai-giang-2026/thumb_{n}.jpg" alt="Ảnh {n}" /></a>'
            for n in range(1, 7)
        )
        + "</div>"
    ),
    "/lien-he": (
        "<p><strong>Sở Giáo dục và Đào tạo tỉnh Quảng Trị</strong></p>"
        "<p>Địa chỉ: Số 1 Lê Quý Đôn, phường Đông Hà, tỉnh Quảng Trị</p>"
        "<p>Điện thoại: 0233.3852.480 - Email: sgddt@quangtri.gov.vn</p>"
        '<div class="dnnForm"><input type="text" name="dnn$ctr440$name" placeholder="Họ tên" />'
        '<textarea name="dnn$ctr440$msg" placeholder="Nội dung"></textarea>'
        "<a href=\"javascript:__doPostBack('dnn$ctr440$cmdSend','')\">Gửi</a></div>"
    ),
}


def static_page(request: Request, path: str) -> Response:
    tab, name = PAGES[path]
    inner = f'<div id="dnn_ctr{tab * 10}_HtmlModule_lblContent" class="Normal">{PAGE_BODY[path]}</div>'
    crumbs = [(path, name)]
    if path == "/co-cau-to-chuc":
        crumbs = [("/gioi-thieu", "Giới thiệu"), (path, name)]
    return page(
        request, title=f"{name} > Sở GD&ĐT Quảng Trị", body=_container(tab * 10, name, inner),
        active=path, crumbs=crumbs, pagetitle=name, tab=tab, canonical=path,
    )


def doc_page(request: Request) -> Response:
    inner = (
        '<table class="qtDocDtl" border="1">'
        "<tr><td>Số/Ký hiệu</td><td>2051/SGDĐT-GDTrH</td></tr>"
        "<tr><td>Ngày ban hành</td><td>12/09/2026</td></tr>"
        "<tr><td>Loại văn bản</td><td>Công văn</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở GD&amp;ĐT Quảng Trị</td></tr>"
        "<tr><td>Trích yếu</td><td>Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học "
        "2026-2027</td></tr><tr><td>Người ký</td><td>Nguyễn Văn Hùng</td></tr>"
        '<tr><td>Tệp đính kèm</td><td><a href="/Portals/0/VanBan/2026/2051-SGDDT-GDTrH.pdf">'
        "2051-SGDDT-GDTrH.pdf</a></td></tr></table>"
    )
    return page(
        request, title="Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        body=_container(580, "Văn bản chỉ đạo", inner), active="/van-ban-chi-dao",
        crumbs=[("/van-ban-chi-dao", "Văn bản chỉ đạo")], pagetitle="Văn bản chỉ đạo", tab=58,
        canonical=DOC_PATH,
    )


def login_page(request: Request) -> Response:
    inner = (
        '<div class="dnnForm dnnLoginService"><label>Tên đăng nhập:</label>'
        '<input type="text" name="dnn$ctr$Login$Login_DNN$txtUsername" />'
        '<label>Mật khẩu:</label><input type="password" name="dnn$ctr$Login$Login_DNN$txtPassword" />'
        "<a href=\"javascript:__doPostBack('dnn$ctr$Login$Login_DNN$cmdLogin','')\">Đăng nhập</a></div>"
    )
    return page(request, title="Đăng nhập > Sở GD&ĐT Quảng Trị", body=_container(0, "Đăng nhập", inner),
                active="", crumbs=[("/Login", "Đăng nhập")], pagetitle="Đăng nhập", tab=63)


# --- routing -----------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/ArticleID/(\d+)(?:/([a-z0-9-]+))?/?$")
_PGR = re.compile(rf"^(/tin-tuc(?:/category/[a-z0-9-]+)?)/PgrID/{NEWS_MID}/PageID/(\d+)$")
_TAB_PATHS = {tab: path for path, (tab, _n) in PAGES.items()}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Portals/", "/Resources/", "/DesktopModules/")) or path == "/favicon.ico":
            return static_file(path)
        # a postback comes back to the page it was posted from
        if path == "/Default.aspx" or path.lower() == "/default.aspx":
            params = request.params
            tab = params.get("TabID") or params.get("tabid") or ""
            if not tab:
                return home(request)
            if not tab.isdigit():
                return None
            tab_n = int(tab)
            if tab_n == NEWS_TAB:
                aid = params.get("ArticleID") or params.get("articleid")
                if aid:
                    s = BY_ID.get(int(aid)) if aid.isdigit() else None
                    return article_page(request, s) if s else None
                return self._news(request, 1)
            if tab_n == 54:
                return home(request)
            if tab_n in _TAB_PATHS:
                return static_page(request, _TAB_PATHS[tab_n])
            return None
        if request.query and path not in ("/Login",):
            return None
        if path == "/":
            return home(request)
        if path == "/Login":
            return login_page(request)
        if path in PAGES:
            return static_page(request, path)
        if path == DOC_PATH:
            return doc_page(request)
        if path == "/tin-tuc":
            return self._news(request, 1)
        m = _ART.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            return article_page(request, s) if s else None
        m = _PGR.match(path)
        if m:
            base, n = m.group(1), int(m.group(2))
            if base == "/tin-tuc":
                return self._news(request, n)
            return self._cat(request, base.rsplit("/", 1)[1], n)
        if path.startswith("/tin-tuc/category/"):
            return self._cat(request, path.rsplit("/", 1)[1], 1)
        if path.startswith("/tin-tuc/tag/"):
            tag = path.rsplit("/", 1)[1]
            if tag not in TAGS:
                return None
            items = [s for s in ORDER if tag in s.opts.get("tags", [])]
            return listing(request, items, path, 1, 20, f"Từ khóa: {TAGS[tag]}",
                           [("/tin-tuc", "Tin tức - Sự kiện"), (path, TAGS[tag])])
        return None

    def _news(self, request: Request, n: int) -> Response | None:
        return listing(request, ORDER, "/tin-tuc", n, PER_PAGE, "Tin tức - Sự kiện",
                       [("/tin-tuc", "Tin tức - Sự kiện")])

    def _cat(self, request: Request, cat: str, n: int) -> Response | None:
        if cat not in CATS:
            return None
        base = f"/tin-tuc/category/{cat}"
        return listing(request, stories_in(cat), base, n, CAT_PER_PAGE, CATS[cat],
                       [("/tin-tuc", "Tin tức - Sự kiện"), (base, CATS[cat])])


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.opts.get("featured"):
        alts.append(tab_path(s))
    if s.opts.get("old_slug"):
        alts.append(art_path(s, s.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat], canonical_path=art_path(s), alt_paths=_alt_paths(s))
    for s in ORDER
]

NON_ARTICLES = ["/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/thu-vien-anh", DOC_PATH]
