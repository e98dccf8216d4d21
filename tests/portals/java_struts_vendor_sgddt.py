"""Sở Giáo dục và Đào tạo tỉnh Hà Nam on a vendor's Java e-gov portal (Struts 2 + JSP on Tomcat, ~2014).

Platform
--------
A vendor's "cổng thông tin" product sold to many provincial departments around 2014: Struts 2
actions (``*.action``) rendering JSPs on Tomcat 7, a three-column layout of portlet-like boxes
(``div.portlet > div.portlet-topper > span.portlet-title`` + ``div.portlet-body``), a jQuery
``ddsmoothmenu`` drop-down menu, Vietnamese-abbreviation class names (``tinchitiet_tieude``,
``tin_item``, ``phantrang``, ``duongdan``), pages generated from the MyEclipse JSP template (with
its ``<base href="<%=basePath%>">``), Tomcat session handling by URL rewriting on a first visit.

URL scheme (context path ``/portal``)
-------------------------------------
- ``/`` -> 302 to ``/portal/home.action`` (``;jsessionid=…`` added when the client sent no cookie)
- home ``/portal/home.action`` (``?request_locale=vi|en`` from the flags: the same page)
- listings ``/portal/news/list.action?categoryId=<n>&page=<n>`` (2 "Hoạt động ngành",
  5 "Giáo dục Trung học", 7 "Thông báo"; 1 is the virtual "Tin nổi bật" box, no listing)
- articles ``/portal/news/detail.action?newsId=<n>&categoryId=<n>``; the newer alias
  ``/portal/news/detail/<n>.html`` (canonical, most-read box); print view
  ``/portal/news/print.action?newsId=<n>``
- search ``/portal/news/search.action?keyword=…`` (header form and tag links)
- not articles: ``/portal/intro.action?menuId=11``, ``/portal/contact.action``,
  ``/portal/document/list.action``, ``/portal/document/detail.action?documentId=245``,
  ``/portal/album/detail.action?albumId=8``, ``/portal/video/detail.action?videoId=3``
- files ``/portal/upload/…``, ``/portal/images/…``, ``/portal/css|js|struts/…``,
  ``/portal/download.action?fileId=<n>`` (PDF)

Page templates
--------------
Every page: top bar with today's date and a GET search form, banner, drop-down menu, marquee,
left column (DANH MỤC TIN, VĂN BẢN MỚI, LIÊN KẾT WEBSITE select), centre column, right column
(ĐĂNG NHẬP form, TIN ĐỌC NHIỀU, THƯ VIỆN ẢNH, VIDEO, THĂM DÒ Ý KIẾN, THỐNG KÊ TRUY CẬP), footer.
Detail: portlet title, breadcrumb ``div.duongdan``, optional kicker ``div.tinchitiet_tieudephu``,
``h2.tinchitiet_tieude``, date/views/poster line ``div.tinchitiet_ngay``, optional sapo
``div.tinchitiet_tomtat``, the text in ``div#newsContent.tinchitiet_noidung``, tools
``div.congcu`` and "Các tin mới hơn" (newer items of the same category only).

How each gold article is reached
--------------------------------
Listings are newest first, 4 a page in category 2, 3 in category 5, 2 in category 7.
- page 1 of "Hoạt động ngành" (2): 1187, 1179, 1172, 1165; page 2: 1150, 1138 (only there)
- page 1 of "Giáo dục Trung học" (5): 1184, 1176, 1161; page 2: 1142 (only there)
- page 1 of "Thông báo" (7): 1181, 1170; page 2: 1145 (only there, and only through the pager
  form's ``<select name="page">``: that category has no page links)
- home: "Tin nổi bật" (1187, 1184, 1165 as ``categoryId=1`` plus the deleted 1190), category boxes
  (latest 3 of 2 and 5, latest 2 of 7), "Tin đọc nhiều" (.html alias: 1187, 1184, 1176, 1165, 1179)

Traps
-----
1. ``<base href="http://host/portal/">`` (MyEclipse JSP template) and relative links everywhere
   (``news/detail.action?…``, ``upload/news/…jpg``): resolved against the page's own URL they
   give ``/portal/news/news/detail.action`` — a Struts "There is no Action mapped for namespace"
   404. Gold: every link and image resolves against ``/portal/`` (gold images are
   ``/portal/upload/…``).
2. Tomcat URL rewriting: a request without a JSESSIONID cookie gets every link (and the redirect
   from ``/``) as ``…/detail.action;jsessionid=9C1E…E365?newsId=…``, plus ``Set-Cookie``. Gold:
   the clean path; every ``;jsessionid=`` form is in ``alt_paths``.
3. One article, many addresses: ``detail.action?newsId=N&categoryId=C`` (listings, gold path),
   ``detail/N.html`` (rel=canonical, og:url, most-read box: ``canonical_path``), ``print.action``
   and, for featured items, ``categoryId=1``. The print view is sent with Tomcat's default
   ``Content-Type: text/html;charset=ISO-8859-1`` while its bytes and its meta are UTF-8. Gold:
   one record per article, the others in ``alt_paths``.
4. Struts ``<s:property>`` double escaping: the CMS stores titles with entities (``&quot;``,
   ``&amp;``), and ``<title>``, ``og:title``, listing links and boxes escape them again, so a
   reader sees ``Hội thi &quot;Giáo viên…&quot;`` / ``GD&amp;ĐT``; only the detail ``h2`` prints
   with ``escape="false"``. Gold title: the ``h2`` as a reader sees it (real quotes, "GD&ĐT").
5. Dates as Java prints them: the vi_VN ``DateFormat`` puts the time first
   ("Ngày đăng: 16:20 04/12/2026" = 2026-12-04T16:20+07:00); the notice template prints a raw
   ``java.util.Date.toString()`` ("Wed Nov 25 08:15:00 ICT 2026"); "00:00" / "00:00:00" is a
   day only; "(Cập nhật: 08:05 03/12/2026)" is an update date, not the publication date.
6. Kicker above the headline (``div.tinchitiet_tieudephu`` "SẮP XẾP, TỔ CHỨC LẠI CƠ SỞ GIÁO
   DỤC"), and listings print a shortened title. Gold title: the ``h2`` alone, in full.
7. Portlet title vs breadcrumb: reached from "Tin nổi bật" (``categoryId=1``) the detail portlet
   is headed "TIN NỔI BẬT"; the breadcrumb always prints the real category. Gold category: the
   breadcrumb's (never "Tin nổi bật", never taken from the URL's categoryId).
8. Soft 404: the home "Tin nổi bật" box still links the deleted newsId 1190; Struts answers 200
   with the full chrome and "Tin bài không tồn tại hoặc đã bị gỡ bỏ". Not an article (it is in
   NON_ARTICLES so that emitting it shows).
9. Form-only pager: "Thông báo" pages with ``<form name="frmPhanTrang" method="get">`` and a
   ``<select name="page" onchange="…submit()">`` (a ``<noscript>`` submit button), no page links.
   1145 is reached only by submitting it with page=2.
10. Sapo printed twice: 1165 has the lead in ``div.tinchitiet_tomtat`` and the editor pasted it
    again, bold, as the text's first paragraph. Gold: the sapo once, as the body's first
    paragraph.
11. Widgets inside the text's container: the vendor's JSP closes ``div#newsContent`` only after
    the attachment box ("Tệp đính kèm: …pdf"), the keyword links ("Từ khóa: …") and the star
    rating ("Đánh giá bài viết"). None of them is body.
12. A notice printed as an official document (1181): letterhead table, "THÔNG BÁO / Về việc …",
    "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Trần Văn Bình"; posted "Tue Dec 01
    09:40:00 ICT 2026" but dated "Hà Nam, ngày 30 tháng 11 năm 2026". Gold: published_at
    "2026-11-30", author "Trần Văn Bình", body = the numbered prose only.
Besides: Word-pasted text (``MsoNormal``, ``mso-list:Ignore`` bullets "·", ``<o:p>``), CKEditor
image tables with the caption in the second row, a caption in parentheses, "Ảnh: X" credit lines,
"Tin: X - Ảnh: Y", "Tin, ảnh: X", a unit signing alone, "ThS. … - Phòng GDTrH", "BBT",
"Người đăng: hanam_sgd" (a CMS account) in the date line, "Nguồn: …" / "Theo …" source lines and a
closing body sentence that starts "Theo kế hoạch" (text), "Xem thêm:" lines.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the listing's ``detail.action?newsId=N&categoryId=C``; ``canonical_path`` the
  ``detail/N.html`` alias the page declares canonical.
- Images: only the photos inside ``#newsContent``; listing thumbnails and the sidebar album are not
  the article's. A line "Ảnh: X" under a photo is a credit (caption None, X a photographer).
- The "- " items of 1170 are printed as one ``<p>`` split by ``<br />``: each is a paragraph,
  with its typed "- " kept; typed numbers "1." / "2." are kept too.
- A "(Cập nhật: …)" date is never published_at; no article prints only an update date.
- "Người đăng: hanam_sgd" is a CMS account: nobody. "BBT" signs nothing.
- Table rows (1184) are paragraphs with cells joined by " | ", header row included.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from urllib.parse import quote_plus

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

NAME = "java_struts_vendor_sgddt"
PLATFORM = "Java vendor e-gov portal: Struts 2 + JSP on Tomcat 7 (~2014), .action URLs, jsessionid"
START_PATH = "/"

SESSION_ID = "9C1E4F0B7A2D53E8C6B14A97F2D0E365"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo Hà Nam"

CATS = {2: "Hoạt động ngành", 5: "Giáo dục Trung học", 7: "Thông báo"}
FEATURED_CAT = 1
FEATURED_NAME = "Tin nổi bật"
PAGE_SIZE = {2: 4, 5: 3, 7: 2}
FEATURED = (1187, 1184, 1165)
DELETED_ID = 1190
MOST_READ = (1187, 1184, 1176, 1165, 1179)

_DOW = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class When:
    """A posting time as the database holds it (the site prints it in several Java formats)."""

    y: int
    m: int
    d: int
    hh: int = 0
    mm: int = 0

    def vi_short(self) -> str:
        """vi_VN DateFormat SHORT date-time: the time first ("16:20 04/12/2026")."""
        return f"{self.hh:02d}:{self.mm:02d} {self.d:02d}/{self.m:02d}/{self.y}"

    def day(self) -> str:
        return f"{self.d:02d}/{self.m:02d}/{self.y}"

    def java(self) -> str:
        """``java.util.Date.toString()`` in the server's zone (ICT = UTC+7)."""
        import datetime

        dow = _DOW[datetime.date(self.y, self.m, self.d).weekday()]
        return f"{dow} {_MON[self.m - 1]} {self.d:02d} {self.hh:02d}:{self.mm:02d}:00 ICT {self.y}"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1187,
        "tong-ket-hoi-thi-gvcn",
        'Tổng kết Hội thi "Giáo viên chủ nhiệm lớp giỏi" cấp THPT năm học 2026-2027',
        "2",
        "2026-12-04T16:20:00+07:00",
        [
            P(
                "Tới dự có đồng chí Nguyễn Thị Lan Hương, Phó Giám đốc Sở GD&ĐT; đại diện lãnh đạo các "
                "phòng chuyên môn thuộc Sở, Ban Giám khảo cùng các thầy, cô giáo dự thi."
            ),
            Img(
                "upload/news/2026/12/tongket-gvcn-1.jpg",
                "Đồng chí Nguyễn Thị Lan Hương, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi tổng kết",
                "Đồng chí Nguyễn Thị Lan Hương, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi tổng kết",
                "cktable",
            ),
            P(
                "Hội thi được tổ chức qua hai phần: phần trình bày biện pháp giáo dục học sinh của giáo viên "
                "chủ nhiệm và phần xử lý tình huống sư phạm. Các biện pháp dự thi bám sát thực tiễn công tác "
                "chủ nhiệm, tập trung vào giáo dục kỹ năng sống, phòng chống bạo lực học đường, tư vấn tâm lý "
                "và hướng nghiệp cho học sinh."
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, nhiều biện pháp có tính mới, có khả năng áp dụng rộng rãi "
                "như: xây dựng lớp học hạnh phúc, ứng dụng mạng xã hội trong phối hợp với cha mẹ học sinh, "
                "tổ chức hoạt động trải nghiệm gắn với di sản văn hóa địa phương. Phần xử lý tình huống thể "
                "hiện sự bình tĩnh, bản lĩnh và tình yêu thương học trò của các thầy, cô."
            ),
            Img(
                "upload/news/2026/12/tongket-gvcn-2.jpg",
                "Ban Tổ chức trao giải Nhất cho các giáo viên đạt thành tích xuất sắc",
                "Ban Tổ chức trao giải Nhất cho các giáo viên đạt thành tích xuất sắc",
                "cktable",
            ),
            P(
                "Kết quả, Ban Tổ chức đã trao 6 giải Nhất, 10 giải Nhì, 14 giải Ba và 18 giải Khuyến khích "
                "cho các giáo viên dự thi. Các giáo viên đạt giải Nhất sẽ được đề nghị Giám đốc Sở công nhận "
                "danh hiệu giáo viên chủ nhiệm lớp giỏi cấp tỉnh."
            ),
            P(
                "Phát biểu tổng kết, đồng chí Phó Giám đốc Sở ghi nhận sự chuẩn bị công phu của các nhà "
                "trường và đề nghị các đơn vị tiếp tục nhân rộng các biện pháp hay, tạo môi trường giáo dục "
                "an toàn, thân thiện, giúp học sinh phát triển toàn diện."
            ),
            _right("<strong>Tin, ảnh: Phạm Thu Hằng</strong>"),
        ],
        authors=["Phạm Thu Hằng"],
        photographers=["Phạm Thu Hằng"],
        summary=(
            'Chiều 04/12, tại Trường THPT chuyên Biên Hòa, Sở GD&ĐT tổ chức tổng kết và trao giải Hội thi '
            '"Giáo viên chủ nhiệm lớp giỏi" cấp THPT năm học 2026-2027. Hội thi thu hút 58 giáo viên đến từ '
            "23 trường THPT và trung tâm GDNN-GDTX trong tỉnh tham gia."
        ),
        sapo_outside=True,
        opts={
            "when": When(2026, 12, 4, 16, 20),
            "short": 'Tổng kết Hội thi "Giáo viên chủ nhiệm lớp giỏi" cấp THPT',
            "widgets": ("tags", "rating"),
            "tags": ("giáo viên chủ nhiệm",),
        },
    ),
    Story(
        1184,
        "ket-qua-hsg-12",
        "Công bố kết quả kỳ thi chọn học sinh giỏi lớp 12 THPT cấp tỉnh năm học 2026-2027",
        "5",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Ngày 03/12/2026, Sở GD&ĐT Hà Nam đã ban hành quyết định công nhận kết quả kỳ thi chọn học "
                "sinh giỏi lớp 12 THPT cấp tỉnh năm học 2026-2027. Toàn tỉnh có 612/948 thí sinh đạt giải, "
                "chiếm tỷ lệ 64,6%.",
                "lead",
            ),
            P(
                "Kỳ thi được tổ chức trong hai ngày 18 và 19/11/2026 với 11 môn thi gồm: Toán, Vật lí, Hóa "
                "học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật, "
                "Công nghệ. Công tác coi thi, chấm thi được thực hiện nghiêm túc, đúng quy chế."
            ),
            P("Kết quả cụ thể của một số đơn vị dẫn đầu như sau:"),
            P("STT | Đơn vị | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "row"),
            P("1 | THPT chuyên Biên Hòa | 21 | 48 | 39 | 17", "row"),
            P("2 | THPT A Phủ Lý | 3 | 12 | 20 | 25", "row"),
            P("3 | THPT B Duy Tiên | 1 | 9 | 17 | 22", "row"),
            P("4 | THPT Lý Nhân | 2 | 7 | 15 | 19", "row"),
            P(
                "Trên cơ sở kết quả kỳ thi, Sở GD&ĐT sẽ tuyển chọn và tổ chức tập huấn đội tuyển tham dự kỳ "
                "thi chọn học sinh giỏi quốc gia THPT năm 2027."
            ),
            P(
                "Thí sinh có nhu cầu phúc khảo bài thi nộp đơn tại trường THPT nơi đăng ký dự thi trước ngày "
                "10/12/2026. Các trường tổng hợp, gửi danh sách về Sở (qua Phòng Quản lý chất lượng) trước 17 "
                "giờ 00 ngày 11/12/2026."
            ),
            _right("<em>Phòng GDTrH</em>"),
        ],
        authors=["Phòng GDTrH"],
        summary=(
            "Ngày 03/12/2026, Sở GD&ĐT Hà Nam đã ban hành quyết định công nhận kết quả kỳ thi chọn học sinh "
            "giỏi lớp 12 THPT cấp tỉnh năm học 2026-2027. Toàn tỉnh có 612/948 thí sinh đạt giải, chiếm tỷ lệ "
            "64,6%."
        ),
        opts={
            "when": When(2026, 12, 3, 14, 30),
            "short": "Kết quả thi chọn học sinh giỏi lớp 12 cấp tỉnh",
            "widgets": ("attach", "rating"),
            "files": ((3321, "QD_cong_nhan_HSG12_2026.pdf"),),
        },
    ),
    Story(
        1181,
        "tb-nghi-tet-duong-lich-2027",
        "Thông báo về việc nghỉ Tết Dương lịch năm 2027",
        "7",
        "2026-11-30",
        [
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td style="width: 40%; text-align: center; vertical-align: top;">UBND TỈNH HÀ NAM<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />______<br />Số: 1520/TB-SGDĐT</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
                "VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />________________"
                "<br /><em>Hà Nam, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
            ),
            P(
                "Căn cứ Bộ luật Lao động năm 2019; căn cứ Thông báo số 412/TB-UBND ngày 25/11/2026 của UBND "
                "tỉnh Hà Nam về việc nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên chức và "
                "người lao động,"
            ),
            P("Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P(
                "1. Đối với cơ quan Sở: cán bộ, công chức, viên chức và người lao động được nghỉ 01 ngày vào "
                "thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Đối với các cơ sở giáo dục: học sinh, giáo viên được nghỉ Tết Dương lịch 01 ngày vào ngày "
                "01/01/2027. Các đơn vị chủ động điều chỉnh kế hoạch dạy học, bảo đảm thực hiện đúng chương "
                "trình năm học."
            ),
            P(
                "3. Trong thời gian nghỉ, Thủ trưởng các đơn vị phân công cán bộ trực, bảo đảm an ninh, an "
                "toàn tài sản, phòng chống cháy nổ; báo cáo kịp thời về Sở (qua Văn phòng) những vụ việc đột "
                "xuất xảy ra."
            ),
            P("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./."),
            Raw(
                '<table border="0" style="width: 100%;"><tbody><tr><td style="width: 50%; vertical-align: '
                'top;"><strong><em>Nơi nhận:</em></strong><br />- Các đơn vị trực thuộc Sở;<br />- Các phòng '
                "thuộc Sở;<br />- Lưu: VT, VP.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC'
                "</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Bình</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Trần Văn Bình"],
        opts={
            "when": When(2026, 12, 1, 9, 40),
            "widgets": ("attach",),
            "files": ((3318, "TB_1520_nghi_Tet_DL_2027.pdf"),),
        },
    ),
    Story(
        1179,
        "lam-viec-ly-nhan",
        "Sở GD&ĐT làm việc với UBND huyện Lý Nhân về sắp xếp mạng lưới trường, lớp",
        "2",
        "2026-12-02T09:45:00+07:00",
        [
            P(
                "Sáng 02/12, đoàn công tác của Sở GD&ĐT do đồng chí Đinh Quang Hải, Giám đốc Sở làm trưởng "
                "đoàn đã có buổi làm việc với UBND huyện Lý Nhân về phương án sắp xếp, tổ chức lại các cơ sở "
                "giáo dục mầm non, phổ thông giai đoạn 2026-2030."
            ),
            Img("upload/news/2026/12/lynhan-lamviec.jpg", None, None, "none"),
            P(
                "Báo cáo tại buổi làm việc, lãnh đạo Phòng GD&ĐT huyện cho biết, hiện toàn huyện có 27 trường "
                "mầm non, 26 trường tiểu học và 24 trường THCS với tổng số hơn 31.000 học sinh. Một số trường "
                "có quy mô nhỏ, nhiều điểm trường lẻ, cơ sở vật chất xuống cấp, gây khó khăn cho công tác quản "
                "lý và nâng cao chất lượng dạy học."
            ),
            P(
                "Theo phương án dự kiến, trong giai đoạn tới huyện sẽ sáp nhập 6 cặp trường tiểu học và THCS "
                "có quy mô nhỏ thành trường liên cấp, đồng thời dồn ghép 14 điểm trường lẻ về điểm trường "
                "chính. Việc sắp xếp được thực hiện theo lộ trình, có sự đồng thuận của nhân dân và bảo đảm "
                "quyền lợi của giáo viên, học sinh."
            ),
            P(
                "Phát biểu kết luận, đồng chí Giám đốc Sở đánh giá cao sự chủ động của huyện Lý Nhân, đồng "
                "thời đề nghị huyện rà soát kỹ điều kiện đi lại của học sinh, không để xảy ra tình trạng học "
                "sinh bỏ học do trường ở xa; ưu tiên nguồn lực đầu tư cho các trường sau sáp nhập."
            ),
            P(
                "Sở GD&ĐT sẽ phối hợp với Sở Nội vụ hướng dẫn huyện hoàn thiện hồ sơ, trình UBND tỉnh xem "
                "xét, quyết định trước ngày 31/3/2027."
            ),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": When(2026, 12, 2, 9, 45),
            "updated": When(2026, 12, 3, 8, 5),
            "kicker": "SẮP XẾP, TỔ CHỨC LẠI CƠ SỞ GIÁO DỤC",
            "short": "Làm việc với huyện Lý Nhân về sắp xếp trường, lớp",
            "widgets": ("rating",),
        },
    ),
    Story(
        1176,
        "huong-dan-gddp-thpt",
        "Hướng dẫn thực hiện nội dung giáo dục địa phương cấp THPT năm học 2026-2027",
        "5",
        "2026-11-30T15:10:00+07:00",
        [
            P(
                "Nhằm triển khai hiệu quả nội dung giáo dục địa phương theo Chương trình giáo dục phổ thông "
                "2018, Sở GD&ĐT hướng dẫn các trường THPT, trung tâm GDNN-GDTX thực hiện một số nội dung trọng "
                "tâm sau:"
            ),
            P("1. Về kế hoạch dạy học", "h"),
            P(
                "Nội dung giáo dục địa phương được bố trí 35 tiết/năm học ở mỗi khối lớp, thực hiện trong "
                "thời khóa biểu chính khóa;",
                "li",
            ),
            P(
                "Nhà trường chủ động xây dựng kế hoạch theo chủ đề, có thể bố trí học tập trung theo tuần hoặc "
                "theo tháng, phù hợp với điều kiện thực tế;",
                "li",
            ),
            P(
                "Tăng cường tổ chức học tập tại thực địa: đền Trần Thương, chùa Tam Chúc, làng nghề trống Đọi "
                "Tam, làng dệt Nha Xá.",
                "li",
            ),
            P("2. Về tài liệu và phương pháp", "h"),
            P(
                "Giáo viên sử dụng tài liệu Giáo dục địa phương tỉnh Hà Nam đã được Bộ GD&ĐT phê duyệt; khuyến "
                "khích khai thác tư liệu từ bảo tàng tỉnh, thư viện tỉnh và các nghệ nhân tại địa phương. "
                "Phương pháp dạy học cần phát huy tính tích cực của học sinh thông qua dự án học tập, thảo "
                "luận nhóm và sản phẩm trải nghiệm."
            ),
            P("3. Về kiểm tra, đánh giá", "h"),
            P(
                "Kết quả học tập nội dung giáo dục địa phương được đánh giá bằng nhận xét, kết hợp với đánh "
                "giá sản phẩm học tập; kết quả được ghi vào sổ theo dõi và đánh giá học sinh theo quy định."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở (qua Phòng GDTrH) để "
                "được hướng dẫn, giải quyết."
            ),
            _right("<strong>ThS. Lê Thị Thu Hà - Phòng GDTrH</strong>"),
            Raw(
                '<p><span style="color: #ff0000;"><strong>Xem thêm:</strong></span> '
                '<a href="document/detail.action?documentId=245">Công văn số 1488/SGDĐT-GDTrH về hướng dẫn '
                "nhiệm vụ GDTrH năm học 2026-2027</a></p>"
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"when": When(2026, 11, 30, 15, 10), "widgets": ("rating",)},
    ),
    Story(
        1172,
        "tap-huan-chuyen-doi-so",
        "Tập huấn chuyển đổi số trong quản lý, quản trị nhà trường năm 2026",
        "2",
        "2026-11-28",
        [
            P(
                "Lớp tập huấn được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, với điểm cầu chính tại "
                "Trường Cao đẳng Sư phạm Hà Nam và 6 điểm cầu tại các huyện, thị xã, thành phố."
            ),
            Img(
                "upload/news/2026/11/taphuan-cds.jpg",
                "(Quang cảnh lớp tập huấn tại điểm cầu chính)",
                "Quang cảnh lớp tập huấn tại điểm cầu chính",
                "paren",
            ),
            P(
                "Các học viên được báo cáo viên của Cục Khoa học, Công nghệ và Thông tin (Bộ GD&ĐT) và doanh "
                "nghiệp công nghệ hướng dẫn khai thác cơ sở dữ liệu ngành, sử dụng học bạ số, hồ sơ điện tử, "
                "phần mềm quản lý nhà trường và các giải pháp thanh toán không dùng tiền mặt trong trường học."
            ),
            P(
                "Bên cạnh đó, học viên được trao đổi về bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của "
                "học sinh và kỹ năng ứng dụng trí tuệ nhân tạo trong công tác quản trị, soạn thảo văn bản "
                "hành chính."
            ),
            P(
                "Năm 2026, toàn tỉnh đã có 100% trường phổ thông triển khai học bạ số; 92% cơ sở giáo dục "
                "thực hiện thu học phí, các khoản thu dịch vụ không dùng tiền mặt. Mục tiêu đến hết năm 2027, "
                "100% hồ sơ công việc tại các nhà trường được xử lý trên môi trường mạng."
            ),
            _right("<strong>Hải Yến</strong>"),
            _right("<em>Nguồn: Báo Hà Nam</em>"),
        ],
        authors=["Hải Yến"],
        source="Báo Hà Nam",
        summary=(
            "Trong hai ngày 27 và 28/11, Sở GD&ĐT Hà Nam tổ chức lớp tập huấn chuyển đổi số trong quản lý, "
            "quản trị nhà trường cho hơn 300 cán bộ quản lý các trường học trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        opts={
            "when": When(2026, 11, 28, 0, 0),
            "short": "Tập huấn chuyển đổi số trong quản trị nhà trường",
            "widgets": ("attach", "tags"),
            "files": ((3302, "TL_taphuan_CDS_2026.pdf"),),
            "tags": ("chuyển đổi số",),
        },
    ),
    Story(
        1170,
        "tb-tuyen-dung-vc-2026-dot2",
        "Thông báo tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở GD&ĐT năm 2026 (đợt 2)",
        "7",
        "2026-11-25T08:15:00+07:00",
        [
            P(
                "Sở Giáo dục và Đào tạo tỉnh Hà Nam thông báo tuyển dụng viên chức làm việc tại các trường "
                "THPT, Trường THPT chuyên Biên Hòa và các trung tâm giáo dục thường xuyên trực thuộc Sở năm "
                "2026 (đợt 2), cụ thể như sau:"
            ),
            P(
                "1. Chỉ tiêu tuyển dụng: 46 chỉ tiêu, trong đó giáo viên THPT 39 chỉ tiêu (Toán 6, Ngữ văn 5, "
                "Tiếng Anh 7, Tin học 6, Công nghệ 4, Giáo dục kinh tế và pháp luật 5, Hóa học 3, Vật lí 3), "
                "nhân viên kế toán 4 chỉ tiêu, nhân viên thư viện - thiết bị 3 chỉ tiêu."
            ),
            P("2. Điều kiện đăng ký dự tuyển:"),
            P("- Có quốc tịch Việt Nam, cư trú tại Việt Nam; đủ 18 tuổi trở lên; có đủ sức khỏe để thực hiện công việc;"),
            P(
                "- Có văn bằng, chứng chỉ phù hợp với yêu cầu của vị trí việc làm theo quy định về chuẩn trình "
                "độ đào tạo của nhà giáo;",
                "br",
            ),
            P(
                "- Không trong thời gian bị truy cứu trách nhiệm hình sự, chấp hành bản án, quyết định về hình "
                "sự của Tòa án.",
                "br",
            ),
            P(
                "3. Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 25/11/2026 đến hết ngày 24/12/2026 (trong "
                "giờ hành chính), tại Văn phòng Sở GD&ĐT Hà Nam, số 9 đường Trần Phú, phường Quang Trung, "
                "thành phố Phủ Lý."
            ),
            P(
                "4. Hình thức tuyển dụng: xét tuyển theo hai vòng. Thông tin chi tiết về vị trí việc làm, chỉ "
                "tiêu của từng đơn vị xem tại tệp đính kèm dưới đây."
            ),
            _right("<strong>BBT</strong>"),
        ],
        opts={
            "when": When(2026, 11, 25, 8, 15),
            "short": "Tuyển dụng viên chức năm 2026 (đợt 2)",
            "widgets": ("attach",),
            "files": ((3297, "TB_tuyen_dung_VC_2026_dot2.pdf"), (3298, "Phieu_dang_ky_du_tuyen.doc")),
        },
    ),
    Story(
        1165,
        "gap-mat-20-11",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "2",
        "2026-11-19T15:00:00+07:00",
        [
            Raw(
                '<p style="text-align: justify;"><strong>Chiều 19/11, Sở GD&amp;ĐT Hà Nam tổ chức gặp mặt các '
                "thế hệ nhà giáo nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và biểu dương các nhà giáo tiêu "
                "biểu năm 2026.</strong></p>"
            ),
            P(
                "Dự buổi gặp mặt có đồng chí Lê Hoàng Sơn, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở, "
                "ban, ngành; các đồng chí nguyên lãnh đạo Sở qua các thời kỳ cùng đông đảo nhà giáo tiêu biểu "
                "trong toàn tỉnh."
            ),
            Img("upload/news/2026/11/gapmat-2011-1.jpg", "Ảnh: Trần Minh", None, "em"),
            P(
                "Năm học 2025-2026, ngành Giáo dục Hà Nam tiếp tục đạt nhiều kết quả nổi bật: tỉnh xếp thứ 5 "
                "toàn quốc về điểm trung bình thi tốt nghiệp THPT; 14 học sinh đạt giải kỳ thi chọn học sinh "
                "giỏi quốc gia; tỷ lệ trường đạt chuẩn quốc gia đạt 96,3%."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND tỉnh gửi lời chúc mừng tới các thế hệ "
                "nhà giáo, ghi nhận những đóng góp to lớn của đội ngũ nhà giáo đối với sự phát triển của tỉnh và "
                "đề nghị ngành tiếp tục đổi mới căn bản, toàn diện giáo dục, chăm lo đời sống giáo viên, nhất là "
                "giáo viên vùng khó khăn."
            ),
            Img(
                "upload/news/2026/11/gapmat-2011-2.jpg",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "em",
            ),
            P(
                "Nhân dịp này, 25 nhà giáo tiêu biểu được nhận Bằng khen của Chủ tịch UBND tỉnh; 40 nhà giáo "
                "được Giám đốc Sở tặng Giấy khen vì có thành tích xuất sắc trong sự nghiệp giáo dục."
            ),
            _right("<strong>Tin: Phạm Thu Hằng</strong>"),
        ],
        authors=["Phạm Thu Hằng"],
        photographers=["Trần Minh"],
        summary=(
            "Chiều 19/11, Sở GD&ĐT Hà Nam tổ chức gặp mặt các thế hệ nhà giáo nhân kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và biểu dương các nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        opts={
            "when": When(2026, 11, 19, 15, 0),
            "short": "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "widgets": ("rating",),
        },
    ),
    Story(
        1161,
        "olympic-hoa-hoc",
        "Học sinh Trường THPT chuyên Biên Hòa giành 5 huy chương tại Olympic Hóa học các tỉnh Đồng bằng Bắc Bộ",
        "5",
        "2026-11-15T10:30:00+07:00",
        [
            P(
                "Tại kỳ thi Olympic Hóa học các trường THPT chuyên khu vực Đồng bằng Bắc Bộ năm 2026 vừa được "
                "tổ chức tại tỉnh Hưng Yên, đội tuyển của Trường THPT chuyên Biên Hòa đã xuất sắc giành 1 Huy "
                "chương Vàng, 2 Huy chương Bạc và 2 Huy chương Đồng."
            ),
            Img(
                "/portal/upload/news/2026/11/olympic-hoa.jpg",
                "Đội tuyển Hóa học Trường THPT chuyên Biên Hòa cùng thầy giáo hướng dẫn",
                "Đội tuyển Hóa học Trường THPT chuyên Biên Hòa cùng thầy giáo hướng dẫn",
                "em",
            ),
            P(
                "Em Nguyễn Minh Khôi, học sinh lớp 11 Hóa là thí sinh giành Huy chương Vàng với số điểm cao "
                "thứ hai toàn kỳ thi. Khôi chia sẻ, em dành nhiều thời gian cho phần Hóa hữu cơ và thực hành "
                "thí nghiệm, đồng thời thường xuyên trao đổi với các bạn trong đội tuyển để rút kinh nghiệm sau "
                "mỗi bài kiểm tra."
            ),
            P(
                "Thầy Vũ Đức Thịnh, Tổ trưởng tổ Hóa học cho biết, đội tuyển được nhà trường chú trọng bồi dưỡng "
                "từ lớp 10, kết hợp giữa lý thuyết chuyên sâu và thực hành tại phòng thí nghiệm. Thành tích năm "
                "nay là kết quả của sự nỗ lực bền bỉ của cả thầy và trò."
            ),
            P(
                "Kỳ thi năm nay có 14 trường THPT chuyên tham gia với gần 200 thí sinh. Đây là sân chơi học "
                "thuật bổ ích, giúp học sinh cọ xát, chuẩn bị cho kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            _right("<em>Tin: Ngọc Anh - Ảnh: Hoàng Long</em>"),
        ],
        authors=["Ngọc Anh"],
        photographers=["Hoàng Long"],
        opts={
            "when": When(2026, 11, 15, 10, 30),
            "kicker": "GƯƠNG MẶT HỌC SINH TIÊU BIỂU",
            "short": "Chuyên Biên Hòa giành 5 huy chương Olympic Hóa học",
            "widgets": ("rating",),
        },
    ),
    Story(
        1150,
        "kiem-tra-hkpd-xii",
        "Kiểm tra công tác chuẩn bị Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XII năm 2026",
        "2",
        "2026-11-06T10:10:00+07:00",
        [
            P(
                "Ngày 05/11, Ban Tổ chức Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XII năm 2026 do đồng chí Nguyễn "
                "Thị Lan Hương, Phó Giám đốc Sở GD&ĐT, Phó Trưởng Ban Tổ chức làm trưởng đoàn đã kiểm tra công "
                "tác chuẩn bị tại các địa điểm thi đấu.",
                "mso",
            ),
            P("Đoàn đã kiểm tra các điểm thi đấu:", "mso"),
            P("Nhà thi đấu thể thao tỉnh: thi đấu các môn Bóng bàn, Cầu lông, Cờ vua;", "msoli"),
            P("Sân vận động tỉnh: thi đấu môn Điền kinh và tổ chức lễ khai mạc;", "msoli"),
            P("Trường THPT A Phủ Lý: thi đấu các môn Bóng đá, Bóng rổ, Đá cầu.", "msoli"),
            P(
                "Qua kiểm tra, các địa điểm cơ bản đáp ứng yêu cầu về sân bãi, trang thiết bị, công tác y tế và "
                "an ninh trật tự. Trưởng đoàn đề nghị các đơn vị hoàn thiện hệ thống âm thanh, ánh sáng, khu "
                "vực nghỉ của vận động viên, phương án đưa đón vận động viên và bảo đảm an toàn tuyệt đối trong "
                "suốt thời gian diễn ra Hội khỏe.",
                "mso",
            ),
            P(
                "Theo kế hoạch, Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XII năm 2026 sẽ khai mạc vào sáng ngày "
                "20/11/2026 với sự tham gia của hơn 2.000 vận động viên là học sinh các cấp học.",
                "mso",
            ),
            _right("<strong>Minh Đức</strong>"),
        ],
        authors=["Minh Đức"],
        opts={
            "when": When(2026, 11, 6, 10, 10),
            "updated": When(2026, 11, 10, 14, 2),
            "short": "Kiểm tra chuẩn bị Hội khỏe Phù Đổng lần thứ XII",
            "widgets": ("rating",),
        },
    ),
    Story(
        1145,
        "tb-dai-su-van-hoa-doc",
        'Thông báo tổ chức Cuộc thi "Đại sứ văn hóa đọc" tỉnh Hà Nam năm 2026',
        "7",
        "2026-10-26",
        [
            P(
                "Thực hiện Kế hoạch của Bộ Giáo dục và Đào tạo về việc tổ chức Cuộc thi Đại sứ Văn hóa đọc năm "
                "2026, Sở GD&ĐT thông báo tới các đơn vị, trường học nội dung cuộc thi cấp tỉnh như sau:",
                "div",
            ),
            P(
                "Đối tượng dự thi: học sinh đang theo học tại các cơ sở giáo dục phổ thông, trung tâm GDNN-GDTX "
                "trên địa bàn tỉnh; cán bộ thư viện, giáo viên và cán bộ quản lý các cơ sở giáo dục.",
                "div",
            ),
            P(
                "Hình thức dự thi: học sinh tiểu học thực hiện bài dự thi bằng tranh vẽ hoặc video giới thiệu "
                "cuốn sách em yêu thích; học sinh THCS, THPT thực hiện bài viết hoặc video với chủ đề \"Sách - "
                'người bạn đồng hành"; giáo viên, cán bộ thư viện thực hiện video giới thiệu mô hình phát '
                "triển văn hóa đọc tại đơn vị.",
                "div",
            ),
            P(
                "Thời gian nhận bài dự thi: các đơn vị tổ chức vòng sơ khảo và gửi bài dự thi được chọn về Sở "
                "(qua Phòng GDTrH) trước ngày 30/11/2026.",
                "div",
            ),
            P(
                "Ban Tổ chức sẽ trao 01 giải Đặc biệt, 05 giải Nhất, 10 giải Nhì, 15 giải Ba và các giải Khuyến "
                "khích; các bài dự thi xuất sắc được chọn tham gia cuộc thi cấp quốc gia.",
                "div",
            ),
        ],
        opts={"when": When(2026, 10, 26, 0, 0), "widgets": ()},
    ),
    Story(
        1142,
        "shcm-ngu-van",
        "Sinh hoạt chuyên môn cụm trường THPT môn Ngữ văn: đổi mới dạy học đọc hiểu văn bản",
        "5",
        "2026-10-27T14:00:00+07:00",
        [
            P(
                "Ngày 24/10, tại Trường THPT A Phủ Lý, cụm chuyên môn số 1 gồm 6 trường THPT khu vực thành phố "
                "Phủ Lý và huyện Kim Bảng đã tổ chức sinh hoạt chuyên môn môn Ngữ văn với chủ đề đổi mới dạy học "
                "đọc hiểu văn bản theo thể loại."
            ),
            P(
                "Tham dự buổi sinh hoạt có đại diện Phòng GDTrH, Sở GD&ĐT cùng hơn 70 giáo viên Ngữ văn của các "
                'trường trong cụm. Giờ dạy minh họa bài "Chiếc thuyền ngoài xa" của nhà văn Nguyễn Minh Châu do '
                "cô giáo Đỗ Thị Mai Phương thực hiện tại lớp 12A3 đã gây ấn tượng với cách tổ chức cho học sinh "
                "đọc, phân tích văn bản thông qua phiếu học tập và tranh biện theo nhóm."
            ),
            P(
                "Dạy đọc hiểu không phải là giảng cho học sinh nghe một bài văn hay, mà là trao cho các em chìa "
                "khóa để tự mình mở ra những văn bản mới.",
                "quote",
            ),
            P(
                "Đó là chia sẻ của cô Phương trong phần trao đổi sau tiết dạy. Các giáo viên dự giờ đã thảo luận "
                "sôi nổi về cách thiết kế câu hỏi đọc hiểu theo các mức độ, cách sử dụng văn bản ngoài sách giáo "
                "khoa trong kiểm tra, đánh giá và việc rèn luyện kỹ năng viết cho học sinh."
            ),
            P(
                "Kết thúc buổi sinh hoạt, đại diện Phòng GDTrH đề nghị các trường tiếp tục duy trì sinh hoạt "
                "chuyên môn theo nghiên cứu bài học, chia sẻ học liệu trên kho học liệu số của ngành."
            ),
            _right("<strong>Nguyễn Văn Tuấn</strong> <em>(THPT A Phủ Lý)</em>"),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={
            "when": When(2026, 10, 27, 14, 0),
            "short": "Sinh hoạt chuyên môn cụm trường môn Ngữ văn",
            "widgets": ("rating",),
        },
    ),
    Story(
        1138,
        "tang-qua-hs-mua-lu",
        "Ngành Giáo dục thăm, tặng quà học sinh bị ảnh hưởng bởi mưa lũ tại huyện Kim Bảng",
        "2",
        "2026-10-21T08:30:00+07:00",
        [
            P(
                "Ngày 20/10, đoàn công tác Sở GD&ĐT đã đến thăm, động viên và trao tặng quà cho học sinh có hoàn "
                "cảnh khó khăn bị ảnh hưởng bởi đợt mưa lũ vừa qua tại huyện Kim Bảng.",
                "lead",
            ),
            Img("upload/news/2026/10/tangqua-kimbang.jpg", None, None, "none"),
            P(
                "Đợt mưa lớn kéo dài từ ngày 10 đến 14/10 đã khiến nhiều tuyến đường tại các xã ven sông Đáy bị "
                "ngập sâu; 4 điểm trường phải cho học sinh nghỉ học, nhiều gia đình học sinh bị thiệt hại về "
                "nhà cửa, tài sản."
            ),
            P(
                "Tại các điểm trao quà, đoàn đã trao 150 suất quà, mỗi suất gồm 500.000 đồng tiền mặt, sách vở "
                "và đồ dùng học tập. Số tiền trên do cán bộ, công chức, viên chức cơ quan Sở và các đơn vị trực "
                "thuộc quyên góp."
            ),
            P(
                "Đoàn cũng kiểm tra tình hình khắc phục hậu quả mưa lũ tại các trường học, đề nghị các nhà "
                "trường khẩn trương vệ sinh trường lớp, khử khuẩn, kiểm tra an toàn điện, bảo đảm điều kiện để "
                "học sinh trở lại trường học tập an toàn."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="http://hanam.gov.vn/Pages/cong-dien-ung-pho-mua-lu.aspx" '
                'target="_blank">Công điện của Chủ tịch UBND tỉnh về việc ứng phó với mưa lũ</a></p>'
            ),
            _right("<em>Theo Cổng TTĐT tỉnh Hà Nam</em>"),
        ],
        source="Cổng TTĐT tỉnh Hà Nam",
        summary=(
            "Ngày 20/10, đoàn công tác Sở GD&ĐT đã đến thăm, động viên và trao tặng quà cho học sinh có hoàn "
            "cảnh khó khăn bị ảnh hưởng bởi đợt mưa lũ vừa qua tại huyện Kim Bảng."
        ),
        opts={"when": When(2026, 10, 21, 8, 30), "short": "Thăm, tặng quà học sinh bị ảnh hưởng mưa lũ"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_of(s: Story) -> int:
    return int(s.cat)


def _in_cat(cat: int) -> list[Story]:
    return [s for s in STORIES if _cat_of(s) == cat]  # STORIES are newest first


# --- addresses -------------------------------------------------------------------------------


def path_a(s: Story, cat: int | None = None) -> str:
    return f"/portal/news/detail.action?newsId={s.id}&categoryId={cat or _cat_of(s)}"


def path_b(s: Story) -> str:
    return f"/portal/news/detail/{s.id}.html"


def path_print(s: Story) -> str:
    return f"/portal/news/print.action?newsId={s.id}"


def _rel(target: str) -> str:
    """How the JSPs write most links: relative to ``<base href=".../portal/">``."""
    return target.removeprefix("/portal/")


def with_jsid(target: str) -> str:
    path, q, query = target.partition("?")
    return f"{path};jsessionid={SESSION_ID}" + (f"?{query}" if q else "")


def alt_paths(s: Story) -> list[str]:
    plain = [path_a(s)]
    extra = [path_print(s)]
    if s.id in FEATURED:
        extra.append(path_a(s, FEATURED_CAT))
    return extra + [with_jsid(t) for t in [*plain, path_b(s), *extra]]


# --- rendering -------------------------------------------------------------------------------


def _db(title: str) -> str:
    """The title as the CMS stores it: HTML-escaped on input (``&quot;``, ``&amp;``)."""
    return _html.escape(title, quote=True)


def _prop(title: str) -> str:
    """``<s:property value="title"/>``: the stored (escaped) value escaped again."""
    return esc(_db(title))


class _Ctx:
    def __init__(self, request: Request):
        self.host = base_url(request)
        self.base = self.host + "/portal/"
        cookie = ""
        for key, value in request.headers.items():
            if key.lower() == "cookie":
                cookie = value
        self.rewrite = "JSESSIONID=" not in cookie

    def u(self, target: str) -> str:
        """A link as ``<s:url>`` / ``<c:url>`` prints it (jsessionid added on a first visit)."""
        return esc(with_jsid(target) if self.rewrite else target)


def _mso(inner: str) -> str:
    return (
        '<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,'
        f'&quot;serif&quot;">{inner}</span>'
    )


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 550px; height: 367px;" />'
    if img.style == "cktable":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 560px;"><tbody>'
            f'<tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{text(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    if img.style == "paren":
        return (
            f'<div style="text-align: center;">{tag}<br />'
            f'<span style="color: #555555; font-size: 11px;">{text(img.printed or "")}</span></div>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def _para(p: P) -> str:
    t = text(p.text)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong><span style="color: #0000cd;">{t}</span></strong></p>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
            f"{_mso(t)}<o:p></o:p></p>"
        )
    if p.style == "msoli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span '
            'style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            f"</span></span></span><!--[endif]-->{_mso(t)}<o:p></o:p></p>"
        )
    if p.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if p.style == "div":
        return f'<div style="text-align: justify;">&nbsp;&nbsp;&nbsp; {t}</div>'
    return f'<p style="text-align: justify;">{t}</p>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">' + "".join(items) + "</ul>")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                inner = "".join(
                    f'<{tag} style="text-align: center;">{"<strong>" if first else ""}{text(c)}'
                    f'{"</strong>" if first else ""}</{tag}>'
                    for c in cells
                )
                rows.append(f"<tr>{inner}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: '
                'collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        else:
            lines = [text(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                lines.append(text(blocks[i].text))
            if len(lines) > 1:
                out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            else:
                out.append(_para(b))
        i += 1
    return "\n".join(out)


def _portlet(pid: str, title: str, body: str, extra_class: str = "") -> str:
    return (
        f'<div class="portlet {extra_class}" id="portlet_{pid}"><div class="portlet-topper">'
        f'<span class="portlet-title">{title}</span></div><div class="portlet-body">{body}</div></div>'
    )


def _menu(c: _Ctx) -> str:
    return f"""<div id="smoothmenu1" class="ddsmoothmenu"><ul>
<li><a href="{c.u("home.action")}">Trang chủ</a></li>
<li><a href="javascript:void(0);">Giới thiệu</a><ul>
 <li><a href="{c.u("intro.action?menuId=11")}">Giới thiệu chung</a></li>
 <li><a href="{c.u("contact.action")}">Thông tin liên hệ</a></li></ul></li>
<li><a href="javascript:void(0);">Tin tức - Sự kiện</a><ul>
 <li><a href="{c.u("news/list.action?categoryId=2")}">Hoạt động ngành</a></li>
 <li><a href="{c.u("news/list.action?categoryId=5")}">Giáo dục Trung học</a></li></ul></li>
<li><a href="{c.u("news/list.action?categoryId=7")}">Thông báo</a></li>
<li><a href="{c.u("document/list.action")}">Văn bản</a></li>
<li><a href="javascript:void(0);">Thư viện</a><ul>
 <li><a href="{c.u("album/detail.action?albumId=8")}">Thư viện ảnh</a></li>
 <li><a href="{c.u("video/detail.action?videoId=3")}">Video clip</a></li></ul></li>
<li><a href="{c.u("contact.action")}">Liên hệ</a></li>
</ul><br style="clear: left" /></div>"""


def _left(c: _Ctx) -> str:
    cats = "".join(
        f'<li><img src="images/bullet_cam.gif" alt="" /> <a href="{c.u(f"news/list.action?categoryId={k}")}">'
        f"{v}</a></li>"
        for k, v in CATS.items()
    )
    docs = (
        f'<ul class="ds_vanban"><li><a href="{c.u("document/detail.action?documentId=245")}">1488/SGDĐT-GDTrH'
        "</a><br /><span>Hướng dẫn thực hiện nhiệm vụ GDTrH năm học 2026-2027</span></li></ul>"
        f'<div class="xemtiep"><a href="{c.u("document/list.action")}">Xem tất cả »</a></div>'
    )
    links = (
        '<select id="cboLienKet" onchange="if(this.value!=\'\') window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://hanam.gov.vn">Cổng TTĐT tỉnh Hà Nam</option>'
        '<option value="http://thpt-chuyenbienhoa.hanam.edu.vn">THPT chuyên Biên Hòa</option></select>'
    )
    return (
        _portlet("101", "DANH MỤC TIN", f'<ul class="menu_doc">{cats}</ul>')
        + _portlet("102", "VĂN BẢN MỚI", docs)
        + _portlet("103", "LIÊN KẾT WEBSITE", links)
        + _portlet(
            "104",
            "QUẢNG CÁO",
            '<a href="http://dichvucong.hanam.gov.vn" target="_blank"><img src="images/banner_dvc.gif" '
            'alt="Dịch vụ công trực tuyến" width="200" /></a>',
        )
    )


def _right_col(c: _Ctx) -> str:
    login = (
        '<form id="frmLogin" action="login.action" method="post"><table>'
        '<tr><td>Tài khoản:</td><td><input type="text" name="username" size="14" /></td></tr>'
        '<tr><td>Mật khẩu:</td><td><input type="password" name="password" size="14" /></td></tr>'
        '<tr><td></td><td><input type="submit" value="Đăng nhập" class="btn" /></td></tr></table></form>'
    )
    most = "".join(
        f'<li><a href="{c.u(path_b(BY_ID[i]))}">{_prop(BY_ID[i].opts.get("short", BY_ID[i].title))}</a></li>'
        for i in MOST_READ
    )
    album = (
        f'<a href="{c.u("album/detail.action?albumId=8")}"><img src="upload/album/2026/12/thumb_gvcn.jpg" '
        'alt="" width="190" /></a><br /><a href="'
        f'{c.u("album/detail.action?albumId=8")}">Hình ảnh Hội thi GVCN lớp giỏi cấp THPT</a>'
    )
    video = (
        f'<a href="{c.u("video/detail.action?videoId=3")}"><img src="images/video_thumb.jpg" alt="" '
        'width="190" /></a><br />Phóng sự: Ngày hội đọc sách 2026'
    )
    poll = (
        '<form action="poll/vote.action" method="post"><input type="hidden" name="pollId" value="4" />'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>"
        '<input type="radio" name="answerId" value="11" /> Đẹp, dễ sử dụng<br />'
        '<input type="radio" name="answerId" value="12" /> Bình thường<br />'
        '<input type="radio" name="answerId" value="13" /> Khó tìm thông tin<br />'
        '<input type="submit" value="Bình chọn" /> <input type="button" value="Kết quả" '
        "onclick=\"window.open('poll/result.action?pollId=4','','width=400,height=300')\" /></form>"
    )
    counter = (
        '<table class="thongke"><tr><td>Đang online:</td><td>37</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.204</td></tr><tr><td>Tổng truy cập:</td><td>2.845.117</td></tr></table>"
    )
    return (
        _portlet("201", "ĐĂNG NHẬP", login)
        + _portlet("202", "TIN ĐỌC NHIỀU", f'<ul class="tin_docnhieu">{most}</ul>')
        + _portlet("203", "THƯ VIỆN ẢNH", album)
        + _portlet("204", "VIDEO", video)
        + _portlet("205", "THĂM DÒ Ý KIẾN", poll)
        + _portlet("206", "THỐNG KÊ TRUY CẬP", counter)
    )


def page(c: _Ctx, title_html: str, centre: str, *, head_extra: str = "", description: str = "") -> Response:
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<base href="{esc(c.base)}" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="cache-control" content="no-cache" />
<meta http-equiv="expires" content="0" />
<title>{SITE} - {title_html}</title>
<meta name="keywords" content="Sở GD&amp;ĐT Hà Nam, giáo dục Hà Nam, hanam.edu.vn" />
<meta name="description" content="{esc(description or SITE)}" />
{head_extra}
<link rel="stylesheet" type="text/css" href="css/portal.css" />
<link rel="stylesheet" type="text/css" href="css/ddsmoothmenu.css" />
<script type="text/javascript" src="struts/utils.js"></script>
<script type="text/javascript" src="js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="js/ddsmoothmenu.js"></script>
<script type="text/javascript">ddsmoothmenu.init({{mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"}});</script>
</head>
<body>
<div id="wrapper">
<div id="topbar"><span id="ngayhientai">{TODAY_LINE}</span>
<span class="ngonngu"><a href="{c.u("home.action?request_locale=vi")}"><img src="images/flag_vn.gif" alt="Tiếng Việt" /></a>
<a href="{c.u("home.action?request_locale=en")}"><img src="images/flag_en.gif" alt="English" /></a></span>
<form id="frmTimKiem" name="frmTimKiem" action="{c.u("news/search.action")}" method="get">
<input type="text" name="keyword" id="keyword" value="" onfocus="this.value='';" />
<input type="submit" value="Tìm kiếm" class="btnTim" /></form></div>
<div id="banner"><a href="{c.u("home.action")}"><img src="images/banner_sgd_hanam.jpg" alt="{SITE}" width="1000" height="150" /></a></div>
{_menu(c)}
<div id="chaymu"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Nam</marquee></div>
<div id="noidung">
<div id="cot_trai">{_left(c)}</div>
<div id="cot_giua">{centre}</div>
<div id="cot_phai">{_right_col(c)}</div>
<div class="clear"></div>
</div>
<div id="footer">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ NAM</strong></p>
<p>Địa chỉ: Số 9 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>
<p>Điện thoại: (0226) 3852 469 - Fax: (0226) 3852 470 - Email: sogddt@hanam.edu.vn</p>
<p>Giấy phép số 25/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hà Nam cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="thietke">Thiết kế và phát triển bởi <a href="http://egov-solutions.com.vn" target="_blank">eGov Solutions JSC</a> - Phiên bản 2.4.1</p>
</div>
</div>
</body>
</html>"""
    headers = {}
    if c.rewrite:
        headers["Set-Cookie"] = f"JSESSIONID={SESSION_ID}; Path=/portal; HttpOnly"
    return html(doc, headers=headers)


def _date_line(s: Story) -> str:
    w: When = s.opts["when"]
    if _cat_of(s) == 7:
        return f"Ngày đăng: {w.java()}"
    line = f"Ngày đăng: {w.vi_short()}"
    if "updated" in s.opts:
        line += f' <span class="ngaysua">(Cập nhật: {s.opts["updated"].vi_short()})</span>'
    return line


def _widgets(c: _Ctx, s: Story) -> str:
    out = []
    for w in s.opts.get("widgets", ()):
        if w == "attach":
            files = "".join(
                f'<li><img src="images/icon_attach.gif" alt="" /> <a href="{c.u(f"download.action?fileId={fid}")}">'
                f"{esc(name)}</a></li>"
                for fid, name in s.opts["files"]
            )
            out.append(f'<div class="tinchitiet_dinhkem"><b>Tệp đính kèm:</b><ul>{files}</ul></div>')
        elif w == "tags":
            tags = ", ".join(
                f'<a href="{c.u("news/search.action?keyword=" + quote_plus(t))}">{esc(t)}</a>'
                for t in s.opts["tags"]
            )
            out.append(f'<div class="tinchitiet_tukhoa"><b>Từ khóa:</b> {tags}</div>')
        elif w == "rating":
            stars = '<img src="images/star_on.gif" alt="" />' * 4 + '<img src="images/star_off.gif" alt="" />'
            out.append(
                f'<div class="tinchitiet_danhgia">Đánh giá bài viết: {stars} '
                f"<span>({3 + s.id % 17} lượt đánh giá)</span></div>"
            )
    return "\n".join(out)


def _newer(c: _Ctx, s: Story) -> str:
    newer = [o for o in _in_cat(_cat_of(s)) if STORIES.index(o) < STORIES.index(s)][-4:]
    if not newer:
        return ""
    items = "".join(
        f'<li><a href="{c.u(_rel(path_a(o)))}">{_prop(o.title)}</a> <span class="ngay">({o.opts["when"].day()})</span></li>'
        for o in newer
    )
    return f'<div class="tinkhac"><div class="tinkhac_tieude">Các tin mới hơn:</div><ul>{items}</ul></div>'


def detail(c: _Ctx, s: Story, via_cat: int) -> Response:
    cat = _cat_of(s)
    portlet_title = FEATURED_NAME.upper() if via_cat == FEATURED_CAT else CATS[cat].upper()
    kicker = s.opts.get("kicker")
    sapo = (
        f'<div class="tinchitiet_tomtat"><strong>{text(s.summary)}</strong></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    share = f"{c.host}{path_b(s)}"
    centre = f"""<div class="portlet" id="portlet_tinchitiet"><div class="portlet-topper"><span class="portlet-title">{portlet_title}</span></div>
<div class="portlet-body">
<div class="duongdan"><a href="{c.u("home.action")}">Trang chủ</a> <img src="images/arrow_bc.gif" alt="" /> <a href="{c.u(f"news/list.action?categoryId={cat}")}">{CATS[cat]}</a></div>
<div class="tinchitiet">
{f'<div class="tinchitiet_tieudephu">{esc(kicker)}</div>' if kicker else ""}
<h2 class="tinchitiet_tieude">{_db(s.title)}</h2>
<div class="tinchitiet_ngay">{_date_line(s)} &nbsp;|&nbsp; Lượt xem: {s.views()} &nbsp;|&nbsp; Người đăng: hanam_sgd</div>
{sapo}
<div id="newsContent" class="tinchitiet_noidung">
{render_blocks(s.blocks)}
{_widgets(c, s)}
</div>
<div class="congcu"><a href="{c.u(_rel(path_print(s)))}" target="_blank"><img src="images/icon_print.gif" alt="" /> In bài</a>
 | <a href="javascript:void(0);" onclick="guiEmail({s.id});"><img src="images/icon_email.gif" alt="" /> Gửi email</a>
 | <a href="javascript:history.back();"><img src="images/icon_back.gif" alt="" /> Quay lại</a>
 | <a href="http://www.facebook.com/sharer.php?u={esc(share)}" target="_blank"><img src="images/icon_fb.gif" alt="Chia sẻ Facebook" /></a></div>
{_newer(c, s)}
</div>
</div></div>"""
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<link rel="canonical" href="{esc(share)}" />\n<meta property="og:title" content="{_prop(s.title)}" />\n'
        f'<meta property="og:url" content="{esc(share)}" />\n<meta property="og:type" content="article" />'
    )
    return page(c, _prop(s.title), centre, head_extra=head, description=first[:160])


def print_view(s: Story) -> Response:
    sapo = f"<p><strong>{text(s.summary)}</strong></p>" if s.summary and s.sapo_outside else ""
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{_prop(s.title)}</title><link rel="stylesheet" href="/portal/css/print.css" /></head>
<body onload="window.print();"><div id="inbai">
<div class="logo_in"><img src="/portal/images/logo_in.gif" alt="" /> {SITE.upper()}</div>
<h1>{_db(s.title)}</h1><div class="ngay">{s.opts["when"].java()}</div>
{sapo}<div class="noidung_in">{render_blocks(s.blocks)}</div>
<div class="chan_in">Địa chỉ bài viết: /portal/news/detail/{s.id}.html</div></div></body></html>"""
    # the print JSP lacks its page directive: Tomcat's default charset goes into the header
    return Response(200, doc.encode("utf-8"), {"Content-Type": "text/html;charset=ISO-8859-1"})


def _list_item(c: _Ctx, s: Story) -> str:
    imgs = s.images
    thumb = f"upload/news/thumb/{s.id}.jpg" if imgs else "images/no_image.jpg"
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(lead) > 220:
        lead = lead[:220].rsplit(" ", 1)[0] + "..."
    short = s.opts.get("short", s.title)
    return f"""<div class="tin_item">
<a href="{c.u(_rel(path_a(s)))}"><img class="tin_anh" src="{thumb}" alt="" width="120" height="80" /></a>
<a class="tin_tieude" href="{c.u(_rel(path_a(s)))}" title="{_prop(s.title)}">{_prop(short)}</a> <span class="tin_ngay">({s.opts["when"].day()})</span>
<div class="tin_tomtat">{esc(lead)}</div>
<div class="clear"></div></div>"""


def listing(c: _Ctx, cat: int, pg: int) -> Response | None:
    items = _in_cat(cat)
    size = PAGE_SIZE[cat]
    pages = (len(items) + size - 1) // size
    if not 1 <= pg <= pages:
        return None
    chunk = items[(pg - 1) * size : pg * size]
    if cat == 7:
        sel = ' selected="selected"'
        opts = "".join(
            f'<option value="{n}"{sel if n == pg else ""}>{n}</option>' for n in range(1, pages + 1)
        )
        pager = f"""<form name="frmPhanTrang" id="frmPhanTrang" action="{c.u("news/list.action")}" method="get">
<input type="hidden" name="categoryId" value="{cat}" />
<div class="phantrang">Trang <select name="page" onchange="document.frmPhanTrang.submit();">{opts}</select> / {pages}
<noscript><input type="submit" value="Xem" /></noscript></div></form>"""
    else:
        parts = []
        if cat == 5 and pg > 1:
            parts.append(f'<a href="{c.u(f"news/list.action?categoryId={cat}&page={pg - 1}")}">‹ Trước</a>')
        for n in range(1, pages + 1):
            if n == pg:
                parts.append(f'<span class="trang_hientai">{n}</span>')
            else:
                parts.append(f'<a href="{c.u(f"news/list.action?categoryId={cat}&page={n}")}">{n}</a>')
        if pg < pages:
            label = "Sau ›" if cat == 5 else "Trang sau »"
            parts.append(f'<a href="{c.u(f"news/list.action?categoryId={cat}&page={pg + 1}")}">{label}</a>')
        pager = f'<div class="phantrang">Trang: {" ".join(parts)}</div>'
    body = "\n".join(_list_item(c, s) for s in chunk)
    centre = f"""<div class="portlet" id="portlet_dstin"><div class="portlet-topper"><span class="portlet-title">{CATS[cat].upper()}</span></div>
<div class="portlet-body"><div class="duongdan"><a href="{c.u("home.action")}">Trang chủ</a> <img src="images/arrow_bc.gif" alt="" /> {CATS[cat]}</div>
<div class="ds_tin">{body}</div>
{pager}</div></div>"""
    return page(c, CATS[cat], centre)


def home(c: _Ctx) -> Response:
    feat = []
    for i in FEATURED:
        s = BY_ID[i]
        img = s.images[0].src if s.images else "images/no_image.jpg"
        feat.append(
            f'<div class="noibat_item"><a href="{c.u(_rel(path_a(s, FEATURED_CAT)))}"><img src="{esc(img)}" alt="" '
            f'width="300" /></a><a class="noibat_tieude" href="{c.u(_rel(path_a(s, FEATURED_CAT)))}">{_prop(s.title)}</a></div>'
        )
    feat.append(
        f'<div class="noibat_item"><a href="{c.u(f"news/detail.action?newsId={DELETED_ID}&categoryId=1")}">'
        '<img src="upload/news/2026/11/khaimac-hkpd.jpg" alt="" width="300" /></a><a class="noibat_tieude" '
        f'href="{c.u(f"news/detail.action?newsId={DELETED_ID}&categoryId=1")}">Khai mạc Hội khỏe Phù Đổng tỉnh '
        "Hà Nam lần thứ XII năm 2026</a></div>"
    )
    boxes = []
    for cat, n in ((2, 3), (5, 3), (7, 2)):
        rows = "".join(
            f'<li><a href="{c.u(_rel(path_a(s)))}">{_prop(s.opts.get("short", s.title))}</a> '
            f'<span class="ngay">({s.opts["when"].day()})</span></li>'
            for s in _in_cat(cat)[:n]
        )
        boxes.append(
            _portlet(
                f"30{cat}",
                f'<a href="{c.u(f"news/list.action?categoryId={cat}")}">{CATS[cat].upper()}</a>',
                f'<ul class="box_tin">{rows}</ul>',
            )
        )
    centre = _portlet("300", FEATURED_NAME.upper(), '<div id="slider_noibat">' + "".join(feat) + "</div>") + "".join(
        boxes
    )
    return page(c, "Trang chủ", centre)


def soft404(c: _Ctx) -> Response:
    centre = _portlet(
        "loi",
        "THÔNG BÁO",
        '<div class="thongbao_loi"><img src="images/icon_warning.gif" alt="" /> Tin bài không tồn tại hoặc đã '
        f'bị gỡ bỏ. <a href="{c.u("home.action")}">Quay về trang chủ</a></div>',
    )
    return page(c, "Thông báo", centre)


def struts404(path: str) -> Response:
    ns, _, action = path.rpartition("/")
    ns = ns.removeprefix("/portal") or "/"
    body = (
        "<html><head><title>Apache Tomcat/7.0.52 - Error report</title></head><body><h1>HTTP Status 404 - "
        f"There is no Action mapped for namespace [{esc(ns)}] and action name [{esc(action.removesuffix('.action'))}]"
        " associated with context path [/portal].</h1><hr/><h3>Apache Tomcat/7.0.52</h3></body></html>"
    )
    return html(body, status=404)


# --- non-article pages -----------------------------------------------------------------------

NON_ARTICLES = [
    "/portal/intro.action?menuId=11",
    "/portal/contact.action",
    "/portal/document/detail.action?documentId=245",
    "/portal/album/detail.action?albumId=8",
    "/portal/video/detail.action?videoId=3",
    f"/portal/news/detail.action?newsId={DELETED_ID}&categoryId=1",
]


def _simple(c: _Ctx, ptitle: str, crumb: str, inner: str) -> Response:
    centre = _portlet(
        "trang",
        ptitle.upper(),
        f'<div class="duongdan"><a href="{c.u("home.action")}">Trang chủ</a> <img src="images/arrow_bc.gif" alt="" /> '
        f"{crumb}</div>{inner}",
    )
    return page(c, ptitle, centre)


def intro(c: _Ctx) -> Response:
    inner = """<div class="gioithieu">
<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Hà Nam là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học, Phòng Giáo dục thường xuyên - Chuyên nghiệp, Phòng Quản lý chất lượng.</p>
<p style="text-align: justify;">Đơn vị trực thuộc: 23 trường THPT, Trường THPT chuyên Biên Hòa và các trung tâm GDNN-GDTX.</p></div>"""
    return _simple(c, "Giới thiệu chung", "Giới thiệu chung", inner)


def contact(c: _Ctx) -> Response:
    inner = f"""<div class="lienhe"><p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ NAM</b></p>
<p>Địa chỉ: Số 9 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>
<p>Điện thoại: (0226) 3852 469 - Email: sogddt@hanam.edu.vn</p>
<form action="{c.u("contact!send.action")}" method="post"><table>
<tr><td>Họ và tên (*):</td><td><input type="text" name="contact.fullName" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="contact.email" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="contact.content" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /></td></tr></table></form></div>"""
    return _simple(c, "Liên hệ", "Liên hệ", inner)


def doc_list(c: _Ctx) -> Response:
    inner = f"""<table class="ds_vanban" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
<tr><td>1</td><td><a href="{c.u("document/detail.action?documentId=245")}">1488/SGDĐT-GDTrH</a></td><td>12/09/2026</td><td>Hướng dẫn thực hiện nhiệm vụ GDTrH năm học 2026-2027</td></tr>
</table>"""
    return _simple(c, "Văn bản", "Văn bản", inner)


def doc_detail(c: _Ctx) -> Response:
    inner = f"""<table class="ct_vanban" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td width="30%">Số/Ký hiệu</td><td>1488/SGDĐT-GDTrH</td></tr>
<tr><td>Ngày ban hành</td><td>12/09/2026</td></tr>
<tr><td>Loại văn bản</td><td>Công văn</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Người ký</td><td>Đinh Quang Hải</td></tr>
<tr><td>Trích yếu</td><td>Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027</td></tr>
<tr><td>File đính kèm</td><td><a href="{c.u("download.action?fileId=3110")}">CV_1488_GDTrH.pdf</a></td></tr></table>"""
    return _simple(
        c, "Văn bản", f'<a href="{c.u("document/list.action")}">Văn bản</a> <img src="images/arrow_bc.gif" alt="" /> 1488/SGDĐT-GDTrH', inner
    )


def album(c: _Ctx) -> Response:
    pics = "".join(
        f'<div class="anh_item"><a href="upload/album/2026/12/gvcn-{n}.jpg" rel="lightbox[album8]">'
        f'<img src="upload/album/2026/12/thumb_gvcn-{n}.jpg" alt="" /></a><div>Ảnh {n}</div></div>'
        for n in range(1, 7)
    )
    inner = f'<h3 class="album_tieude">Hình ảnh Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THPT</h3><div class="album">{pics}</div>'
    return _simple(c, "Thư viện ảnh", "Thư viện ảnh", inner)


def video(c: _Ctx) -> Response:
    inner = """<h3 class="video_tieude">Phóng sự: Ngày hội đọc sách 2026</h3>
<div id="mediaplayer"><embed src="js/jwplayer/player.swf" width="480" height="320" allowfullscreen="true"
 flashvars="file=/portal/upload/video/ngay-hoi-doc-sach-2026.mp4&amp;image=/portal/images/video_thumb.jpg" /></div>
<p>Thời lượng: 04:32 - Lượt xem: 812</p>"""
    return _simple(c, "Video", "Video clip", inner)


def search(c: _Ctx, keyword: str) -> Response:
    kw = keyword.strip().lower()
    if not kw:
        inner = '<div class="thongbao_loi">Vui lòng nhập từ khóa tìm kiếm!</div>'
    else:
        hits = [
            s
            for s in STORIES
            if kw in s.title.lower() or any(kw in t.lower() for t in s.opts.get("tags", ()))
        ]
        rows = "".join(
            f'<li><a href="{c.u(_rel(path_a(s)))}">{_prop(s.title)}</a> ({s.opts["when"].day()})</li>' for s in hits
        )
        inner = f'<p>Tìm thấy {len(hits)} kết quả cho từ khóa "<b>{esc(keyword)}</b>"</p><ul class="ketqua">{rows}</ul>'
    return _simple(c, "Tìm kiếm", "Kết quả tìm kiếm", inner)


# --- the site --------------------------------------------------------------------------------

_JSID = re.compile(r";jsessionid=[^/?;]*", re.I)
_ALIAS = re.compile(r"^/portal/news/detail/(\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = _JSID.sub("", request.path)
        params = request.params
        c = _Ctx(request)
        if path in ("/", "/portal", "/portal/", "/portal/index.jsp"):
            target = "/portal/home.action"
            if c.rewrite:
                resp = redirect(c.host + with_jsid(target))
                resp.headers["Set-Cookie"] = f"JSESSIONID={SESSION_ID}; Path=/portal; HttpOnly"
                return resp
            return redirect(c.host + target)
        if path.startswith("/portal/") and not path.endswith((".action", ".html")):
            if path.startswith(("/portal/upload/", "/portal/images/", "/portal/css/", "/portal/js/", "/portal/struts/")):
                return static_file(path)
            return None
        if path == "/portal/home.action":
            return home(c)
        if path == "/portal/news/list.action":
            try:
                cat = int(params.get("categoryId", ""))
                pg = int(params.get("page") or 1)
            except ValueError:
                return None
            return listing(c, cat, pg) if cat in CATS else None
        if path == "/portal/news/detail.action":
            nid = params.get("newsId", "")
            if not nid.isdigit():
                return None
            s = BY_ID.get(int(nid))
            if s is None:
                return soft404(c)
            via = params.get("categoryId", "")
            return detail(c, s, int(via) if via.isdigit() else _cat_of(s))
        m = _ALIAS.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            return detail(c, s, _cat_of(s)) if s else None
        if path == "/portal/news/print.action":
            nid = params.get("newsId", "")
            s = BY_ID.get(int(nid)) if nid.isdigit() else None
            return print_view(s) if s else None
        if path == "/portal/news/search.action":
            return search(c, params.get("keyword", ""))
        if path == "/portal/intro.action" and params.get("menuId") == "11":
            return intro(c)
        if path == "/portal/contact.action":
            return contact(c)
        if path == "/portal/document/list.action":
            return doc_list(c)
        if path == "/portal/document/detail.action" and params.get("documentId") == "245":
            return doc_detail(c)
        if path == "/portal/album/detail.action" and params.get("albumId") == "8":
            return album(c)
        if path == "/portal/video/detail.action" and params.get("videoId") == "3":
            return video(c)
        if path == "/portal/download.action" and params.get("fileId", "").isdigit():
            return Response(
                200,
                PDF,
                {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="file{params["fileId"]}.pdf"'},
            )
        if path.startswith("/portal/") and path.endswith(".action"):
            return struts404(path)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        path_a(s),
        CATS[_cat_of(s)],
        canonical_path=path_b(s),
        alt_paths=alt_paths(s),
        image_page="/portal/",
    )
    for s in STORIES
]
