"""Sở GD&ĐT Thanh Hóa on a national vendor's Java e-Portal (Liferay 7.x underneath) that still
runs the old JSP news module of the previous site next to it, on one Tomcat.

Platform
--------
Newer news items live in Liferay's Web Content and are shown by an Asset Publisher portlet at
friendly URLs; items from before the migration (and whatever some editors still post there) are
served by the legacy JSP module. The two share the theme's header, menu, sidebar and footer but
print the article in very different markup. Tomcat rewrites every link of a request that carries
no ``JSESSIONID`` cookie with ``;jsessionid=<SID>`` (``encodeURL``) and sends the cookie.

URL scheme
----------
- ``/`` and ``/web/sgddt`` -> 302 ``/web/sgddt/trang-chu`` (home: "Tin nổi bật", "Tin mới" (5),
  a box of the 2 newest per category, a video teaser).
- ``/web/sgddt/-/<slug>-<id>?p_l_id=<n>``: a Web Content article; ``p_l_id`` is the layout the
  link came from (20101 home, 20403/20405/20407/20409 the category pages); without the query it
  is the canonical URL; ``&p_p_state=pop_up&viewMode=print`` is the print view.
  The same form with the id of a legacy item answers 301 to its JSP URL.
- ``/sgddt/tin-tuc/chi-tiet.jsp?id=<n>`` legacy article; ``in-bai.jsp?id=`` its print view,
  ``gui-email.jsp?id=`` a send-by-mail form that prints the title.
- ``/sgddt/tin-tuc/danh-sach.jsp?page=<n>`` all news ("Tin tức - Sự kiện"),
  ``?cat=<12|13|15|17>&page=<n>`` a category; 8 items per page, newest first. The lists mix the
  site's own articles with items that link out to baothanhhoa.vn and with the weekly schedule.
- ``/sgddt/van-ban/danh-sach.jsp`` / ``chi-tiet.jsp?id=`` documents; ``/sgddt/lich-cong-tac.jsp
  ?tuan=49&nam=2026`` weekly schedule; ``/web/sgddt/thu-vien-anh`` (+ ``/-/album/3012``),
  ``/web/sgddt/video/-/video/88``, ``/web/sgddt/gioi-thieu``, ``/web/sgddt/lien-he``.
- Images: ``/documents/10182/<folder>/<file>/<uuid>?t=<ms>`` (Liferay) or
  ``/sgddt/upload/tintuc/2026/<mm>/<file>`` (legacy). No robots.txt, no sitemap.

Page templates
--------------
- Portal article: breadcrumb ``Trang chủ › Tin tức - Sự kiện › <Category> › <title cut at 50
  chars…>``; ``section.portlet`` with ``h1.portlet-title`` = the category name; headline in
  ``h3.header-title.title-news``; ``div.news-meta`` = [Cập nhật: …] | Ngày đăng: dd/MM/yyyy hh:mm
  SA|CH | [Tác giả: …] | Lượt xem; tools (In bài, Gửi email, A+/A-); ``div.asset-summary`` (bold
  sapo); ``div.journal-content-article`` (body); share links; "Tin liên quan" (newer items of the
  category). ``<title>`` is "<Category> - Cổng thông tin điện tử Sở GD&ĐT Thanh Hóa"; og:title is
  cut at 80 characters; rel=canonical and og:url give the query-less friendly URL.
- Legacy article: ``h1.logo-text`` = the site's name in the header; ``div.duongdan`` breadcrumb
  ``Trang chủ » Tin tức » <Category>``; ``div.title_cat`` = category in capitals;
  ``div.tieude_chitiet`` headline; ``div.ngaydang`` ("Thứ Tư, 02/12/2026 - 16:05" or
  "(30/11/2026)") + Lượt xem; ``div.tomtat`` sapo; ``div#divNoiDung.noidung`` body; tools;
  "Các tin khác". No canonical.
- Print views: title, date line, sapo, body; ``noindex``; no canonical.
- Lists (JSP): ``div.item-news`` rows (thumb, ``a.tieude``, "(dd/mm/yyyy)", lead); pager
  "Trang n/N:" — real ``href="danh-sach.jsp?page=n"`` links on the all-news list, but
  ``href="javascript:void(0);" onclick="goPage(n)"`` (a GET form) on category lists.
- Chrome: header "Thứ Bảy, 05/12/2026" (today), menu with a "Tin tức - Sự kiện" drop-down of the 4
  categories, sidebar (Tin đọc nhiều, poll form, link select, "Đang online / Hôm nay / Tổng truy
  cập"), footer with address and phone.

How each gold article is reached
--------------------------------
All-news list (24 rows): page 1 = 5 articles (04/12-30/11) among external rows; page 2 = 3
(27/11-23/11) with the schedule row; page 3 = 5 (20/11-28/10). Home links the 6 newest, the 2
newest of each category and the 4 most-read (all with ``p_l_id=20101``). Not on the home page:
60128 (Hội thi GVDG THPT: only page 3 of the all-news list and page 2 of the Tin hoạt động list,
behind the script pager), 5104, 60152, 5086 (page 3 of the all-news list and their small
category lists). "Tin liên quan"/"Các tin khác" link only newer items.

Traps (invented for this portal), with the gold given
-----------------------------------------------------
1. ``;jsessionid=`` links: without a cookie every .jsp link carries the session id (any id is
   accepted). Gold: one record per article; the session-id variants are in ``alt_paths``.
2. One article, many URLs: ``p_l_id`` differs by the page the link came from, print views, the
   query-less canonical. The canonical is the friendly URL without query; the rest are alt_paths.
   Legacy pages print no canonical: their path is the plain ``chi-tiet.jsp?id=``.
3. The first ``<h1>`` is not the headline: the portlet title (= category name) on portal pages,
   the site's name on legacy pages; ``<title>`` carries no headline and og:title is truncated.
   Gold title: the ``h3.title-news`` / ``div.tieude_chitiet`` text; one headline is printed in
   capitals and kept so.
4. Java's vi_VN 12-hour clock: "03/12/2026 02:30 CH" is 14:30 (CH = chiều), "09:10 SA" 09:10.
   A "Cập nhật:" stamp is printed *before* "Ngày đăng:"; the gold is the publication date. The
   legacy "(30/11/2026)" form has no time: a bare date. The header's today is never a date.
5. Credits: a "Tác giả: Quản trị viên" meta field (a CMS account: nobody) next to a real closing
   byline "Tin, ảnh: Lê Thu Hà" (author and photographer); "ThS. Nguyễn Văn Hùng - Phó Chánh Văn
   phòng Sở" -> "Nguyễn Văn Hùng"; "Lê Hằng (Trường THPT chuyên Lam Sơn)" -> "Lê Hằng"; "Thu Trang
   (tổng hợp)" -> "Thu Trang"; "Tin: Hoàng Lan - Ảnh: Quốc Toản" on one line; "Tin: X; Ảnh: <a
   centre>" gives the centre as photographer (a unit, credited as printed); a bare right-aligned
   unit ("Phòng Giáo dục Trung học", "Văn phòng Sở", "Phòng GDCN-GDTX") is the author; "BBT"
   gives nothing; "Ngọc Anh<br>Ảnh: CLB Nhiếp ảnh …" in one block gives both.
6. "Theo …" that is not a source: "Theo báo cáo…", "Theo kế hoạch…", "Theo dự báo…", "Theo
   Quyết định số…" open body paragraphs (source null); only a closing "Theo Báo Thanh Hóa" /
   "Nguồn: …" line names the source.
7. Body boundaries: the embedded PDF viewer with its "Tệp đính kèm: … (Tải về)" line, the
   YouTube iframe with its "Video: …" line (a caption of the video: not text, not an image), the
   slideshow's thumbnail strip, and an editor-typed "Xem thêm: <link>" line inside the body (a
   related link) are not body. A ``<br>`` inside the contact paragraph splits it in two; the
   entity-encoded legacy article reads as plain text.
8. Photos: a lazy-loaded photo is only in ``data-src`` (``src`` is blank.gif) -> gold is the
   data-src photo; a photo inside a layout table with a ``td.image_desc`` caption cell (not a data
   table: not body rows); a plain ``<p>`` line under a photo is its caption; "(Ảnh: Quốc Toản)"
   under a photo is its caption as displayed (house convention); slideshow photos once each, with
   their ``flex-caption``; thumbnails (``&imageThumbnail=1``) are not article images.
9. Category: the portal breadcrumb ends with the (cut) headline; the category is the last
   *section* crumb. The legacy ``title_cat`` box prints it in capitals; gold keeps the display
   form of the breadcrumb/menu ("Thi đua khen thưởng").
10. Reaching: category lists page with a script pager (no href); the all-news list pages with
   real links; a friendly URL of a legacy item answers 301; list rows link out to
   baothanhhoa.vn; the weekly schedule, a document entry, the video entry and the photo album
   print a title and a date but are not articles (NON_ARTICLES); the e-mail form prints the title.

Gold decisions on ambiguous points
----------------------------------
- summary: only the ``asset-summary``/``tomtat`` element; meta description (card lead) is not a
  sapo, so articles without that element have summary null.
- The video line is treated as a caption (of media that is not a photo): not body, no image.
- "(Ảnh: Quốc Toản)", with the byline, is the photographer credit; a line that only credits
  gives no caption (the house's convention, caption_zoo_pgd; harmonised after the first crawl:
  the helper's gold kept it as the caption too).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "java_cms_sgddt"
PLATFORM = "Java portal (Liferay 7.x-based vendor e-Portal) + legacy JSP news module on Tomcat"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo Thanh Hóa"
SHORT = "Sở GD&ĐT Thanh Hóa"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 8
#: the servlet container's session id, printed into .jsp links of a request without a cookie
SID = "7C1E9A04D2B35F86A1E0C4B7D9F23A15"
HOME_PLID = 20101

#: category key -> (cat id of the JSP lists, p_l_id of the portal page, display name)
CATS = {
    "thd": (12, 20403, "Tin hoạt động"),
    "cddh": (13, 20405, "Chỉ đạo điều hành"),
    "gdcn": (15, 20407, "Giáo dục chuyên nghiệp - GDTX"),
    "tdkt": (17, 20409, "Thi đua khen thưởng"),
}
CATEGORIES = {k: v[2] for k, v in CATS.items()}
CAT_BY_ID = {v[0]: k for k, v in CATS.items()}


def doc(name: str, folder: int = 35216) -> str:
    """A Document Library URL as Liferay prints it: file name, then a uuid, then ``?t=``."""
    h = hashlib.md5(name.encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"/documents/10182/{folder}/{name}/{uuid}?t={1764000000000 + int(h[:6], 16)}"


def upl(name: str) -> str:
    """An upload of the legacy JSP news module."""
    return f"/sgddt/upload/tintuc/2026/{name}"


RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'

# opts: tpl "portal" (friendly URL, Liferay asset template) or "jsp" (legacy chi-tiet.jsp);
# mod (portal: printed "Cập nhật" stamp), meta_author (portal "Tác giả:" field), datefmt (jsp:
# "weekday" or "paren"), sort (HH:MM used to order a day without a printed time), desc (meta
# description), upper (title printed in capitals).
# P styles: "" <p>, "div" justified <div>, "h" sub-heading, "li" bullet, "ol" numbered item,
# "tr"/"th" table row (cells " | "), "br" printed after a <br> in the previous paragraph,
# "quote" blockquote. Img styles: "slide" (slideshow), "lazy" (data-src, italic line under),
# "table" (image table, caption cell), "center" (centred italic <p>), "plain" (plain <p>),
# "figure" (figure/figcaption), "bare" (nothing printed).
STORIES: list[Story] = [
    Story(
        60231,
        "giao-ban-chuyen-mon-cap-thpt-thang-12-2026",
        "Giao ban công tác chuyên môn cấp THPT tháng 12/2026: tập trung ôn tập, kiểm tra cuối học kỳ I",
        "thd",
        "2026-12-04T09:10:00+07:00",
        [
            P(
                "Buổi giao ban do đồng chí Phạm Thị Thanh Hương, Phó Giám đốc Sở GD&ĐT chủ trì, với sự "
                "tham dự của hiệu trưởng 103 trường THPT công lập, ngoài công lập và các trung tâm "
                "GDNN-GDTX trên địa bàn tỉnh."
            ),
            P(
                "Theo báo cáo của Phòng Giáo dục Trung học, trong tháng 11 các nhà trường đã hoàn thành "
                "kiểm tra giữa kỳ I; 100% giáo viên được bồi dưỡng về xây dựng ma trận, đặc tả đề kiểm "
                "tra theo định hướng phát triển năng lực học sinh."
            ),
            Img(doc("giao-ban-thpt-1.jpg"), "Quang cảnh buổi giao ban", "Quang cảnh buổi giao ban", "slide"),
            Img(
                doc("giao-ban-thpt-2.jpg"),
                "Phó Giám đốc Sở Phạm Thị Thanh Hương phát biểu chỉ đạo",
                "Phó Giám đốc Sở Phạm Thị Thanh Hương phát biểu chỉ đạo",
                "slide",
            ),
            Img(
                doc("giao-ban-thpt-3.jpg"),
                "Hiệu trưởng Trường THPT Hậu Lộc 1 chia sẻ kinh nghiệm ôn tập cho học sinh lớp 12",
                "Hiệu trưởng Trường THPT Hậu Lộc 1 chia sẻ kinh nghiệm ôn tập cho học sinh lớp 12",
                "slide",
            ),
            P(
                "Phát biểu chỉ đạo, Phó Giám đốc Sở đề nghị các đơn vị tổ chức kiểm tra cuối học kỳ I "
                "nghiêm túc, đúng quy chế; chú trọng phụ đạo học sinh yếu, bồi dưỡng học sinh giỏi "
                "chuẩn bị cho Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            P(
                "Đồng thời, các trường rà soát cơ sở vật chất, chủ động phương án phòng, chống rét cho "
                "học sinh nội trú, bán trú ở các huyện miền núi trong những tháng mùa đông."
            ),
            Raw(RIGHT.format("Tin, ảnh: Lê Thu Hà")),
        ],
        authors=["Lê Thu Hà"],
        photographers=["Lê Thu Hà"],
        summary=(
            "Sáng 04/12, Sở GD&ĐT Thanh Hóa tổ chức giao ban công tác chuyên môn cấp THPT tháng "
            "12/2026 nhằm đánh giá kết quả tháng 11 và triển khai nhiệm vụ trọng tâm đến hết học kỳ I."
        ),
        sapo_outside=True,
        opts={"tpl": "portal", "mod": "05/12/2026 07:45 SA", "meta_author": "Quản trị viên"},
    ),
    Story(
        60218,
        "huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "cddh",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ GD&ĐT quy định về "
                "đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông, Sở GD&ĐT hướng dẫn "
                "các đơn vị tổ chức kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra", "h"),
            P("Cấp THPT: từ ngày 21/12 đến ngày 26/12/2026.", "li"),
            P("Cấp THCS: do Phòng GD&ĐT các huyện, thị xã, thành phố quy định, hoàn thành trước ngày 31/12/2026.", "li"),
            P("2. Đề kiểm tra", "h"),
            P(
                "Theo kế hoạch, Sở GD&ĐT ra đề chung cho các môn Ngữ văn, Toán, Tiếng Anh lớp 12; các "
                "môn còn lại do nhà trường tự ra đề theo ma trận, bản đặc tả thống nhất trong tổ chuyên môn."
            ),
            P(
                "Đề kiểm tra bảo đảm tỷ lệ các mức độ nhận biết, thông hiểu, vận dụng theo quy định; "
                "tránh ra đề đánh đố, yêu cầu học thuộc máy móc."
            ),
            Raw(
                '<div class="pdf-viewer"><p class="file-name">Tệp đính kèm: HD-2031-SGDDT-GDTrH.pdf '
                '(<a href="/documents/10182/41020/HD-2031-SGDDT-GDTrH.pdf" download>Tải về</a>)</p>'
                '<iframe src="/o/pdfjs/web/viewer.html?file=/documents/10182/41020/HD-2031-SGDDT-GDTrH.pdf"'
                ' width="100%" height="720" frameborder="0"></iframe></div>'
            ),
            P("3. Báo cáo kết quả", "h"),
            P(
                "Các đơn vị báo cáo kết quả kiểm tra về Sở (qua Phòng Giáo dục Trung học) trước ngày "
                "08/01/2027 qua hệ thống phần mềm quản lý trường học."
            ),
            Raw('<p style="text-align: right;"><em>Phòng Giáo dục Trung học</em></p>'),
        ],
        authors=["Phòng Giáo dục Trung học"],
        summary=(
            "Sở GD&ĐT vừa ban hành Công văn số 2031/SGDĐT-GDTrH hướng dẫn các đơn vị tổ chức kiểm "
            "tra, đánh giá cuối học kỳ I năm học 2026-2027 đối với cấp THCS, THPT."
        ),
        sapo_outside=True,
        opts={"tpl": "portal"},
    ),
    Story(
        5148,
        "tuyen-duong-tap-the-ca-nhan-xuat-sac-nam-hoc-2025-2026",
        "Tuyên dương 126 tập thể, cá nhân đạt thành tích xuất sắc trong phong trào thi đua năm học 2025-2026",
        "tdkt",
        "2026-12-02T16:05:00+07:00",
        [
            P(
                "Chiều 02/12, Sở GD&ĐT Thanh Hóa tổ chức Lễ tuyên dương các tập thể, cá nhân đạt thành "
                "tích xuất sắc trong phong trào thi đua yêu nước năm học 2025-2026."
            ),
            P(
                "Năm học vừa qua, toàn ngành có 41 tập thể được tặng Cờ thi đua, Bằng khen của UBND tỉnh; "
                "85 cá nhân được công nhận Chiến sĩ thi đua cấp tỉnh. Kết quả khen thưởng tiêu biểu như sau:"
            ),
            P("TT | Hình thức khen thưởng | Tập thể | Cá nhân", "th"),
            P("1 | Cờ thi đua của UBND tỉnh | 12 | -", "tr"),
            P("2 | Bằng khen của Chủ tịch UBND tỉnh | 29 | 46", "tr"),
            P("3 | Chiến sĩ thi đua cấp tỉnh | - | 39", "tr"),
            Img(
                upl("12/tuyen-duong-1.jpg"),
                "Lãnh đạo Sở trao Cờ thi đua cho các tập thể dẫn đầu phong trào thi đua",
                "Lãnh đạo Sở trao Cờ thi đua cho các tập thể dẫn đầu phong trào thi đua",
                "table",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Giám đốc Sở đề nghị các tập thể, cá nhân được tuyên "
                "dương tiếp tục phát huy vai trò nêu gương, lan tỏa các mô hình hay, cách làm sáng tạo "
                "trong toàn ngành."
            ),
            Raw(RIGHT.format("ThS. Nguyễn Văn Hùng - Phó Chánh Văn phòng Sở")),
        ],
        authors=["Nguyễn Văn Hùng"],
        summary=(
            "126 tập thể, cá nhân được tuyên dương vì đã có thành tích xuất sắc trong phong trào thi "
            "đua yêu nước của ngành GD&ĐT Thanh Hóa năm học 2025-2026."
        ),
        sapo_outside=True,
        opts={"tpl": "jsp", "datefmt": "weekday"},
    ),
    Story(
        60205,
        "trung-tam-gdnn-gdtx-tho-xuan-khai-giang-lop-trung-cap",
        "Trung tâm GDNN-GDTX Thọ Xuân khai giảng lớp trung cấp kết hợp học văn hóa khóa 2026-2029",
        "gdcn",
        "2026-12-01T08:00:00+07:00",
        [
            P(
                "Năm nay, Trung tâm tuyển sinh 186 học viên cho 5 lớp trung cấp các nghề Điện công "
                "nghiệp, Công nghệ ô tô, Kế toán doanh nghiệp và May thời trang, học song song chương "
                "trình GDTX cấp THPT."
            ),
            Img(
                doc("khai-giang-tho-xuan.jpg", 41188),
                "Các đại biểu đánh trống khai giảng khóa học mới",
                "Các đại biểu đánh trống khai giảng khóa học mới",
                "lazy",
            ),
            P(
                "Ông Lê Đình Quang, Giám đốc Trung tâm cho biết, 100% học viên tốt nghiệp khóa trước "
                "có việc làm ngay tại các doanh nghiệp trong Khu công nghiệp Lam Sơn - Sao Vàng với mức "
                "thu nhập từ 7 đến 9 triệu đồng mỗi tháng."
            ),
            Raw(
                '<div class="video-embed"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/q8Xr2T0aLmE" frameborder="0" allowfullscreen></iframe>'
                '<p class="video-caption" style="text-align: center;"><em>Video: Lễ khai giảng lớp trung '
                "cấp khóa 2026-2029</em></p></div>"
            ),
            P(
                "Mô hình học nghề kết hợp học văn hóa giúp học sinh sau tốt nghiệp THCS vừa có bằng trung "
                "cấp, vừa có thể dự thi tốt nghiệp THPT để học tiếp lên cao đẳng, đại học."
            ),
            Raw("<p>Tin: Đỗ Minh Phương; Ảnh: Trung tâm GDNN-GDTX Thọ Xuân</p>"),
        ],
        authors=["Đỗ Minh Phương"],
        photographers=["Trung tâm GDNN-GDTX Thọ Xuân"],
        opts={"tpl": "portal", "mod": "03/12/2026 10:12 SA",
              "desc": "Năm nay, Trung tâm tuyển sinh 186 học viên cho 5 lớp trung cấp các nghề"},
    ),
    Story(
        5139,
        "truong-thpt-chuyen-lam-son-to-chuc-ngay-hoi-stem-lan-thu-v",
        "Trường THPT chuyên Lam Sơn tổ chức Ngày hội STEM lần thứ V",
        "thd",
        "2026-11-30",
        [
            P(
                "Ngày hội thu hút hơn 1.200 học sinh tham gia với 46 gian trưng bày sản phẩm nghiên cứu "
                "khoa học, mô hình robot, thiết bị tiết kiệm năng lượng do chính các em thiết kế, chế tạo.",
                "div",
            ),
            Img(
                upl("11/stem-lam-son-1.jpg"),
                "Học sinh giới thiệu mô hình nhà thông minh điều khiển bằng giọng nói",
                "Học sinh giới thiệu mô hình nhà thông minh điều khiển bằng giọng nói",
                "center",
            ),
            P(
                "Nhiều sản phẩm có tính ứng dụng cao như máy lọc nước mini dùng năng lượng mặt trời, hệ "
                "thống cảnh báo cháy sớm cho khu nội trú, cánh tay robot phân loại rác thải.",
                "div",
            ),
            P("Ban tổ chức trao 6 giải Nhất, 10 giải Nhì và 14 giải Ba cho các đội thi.", "div"),
            P("Giải đặc biệt thuộc về nhóm học sinh lớp 11 Tin với sản phẩm “Mắt thần giao thông”.", "br"),
            Img(
                upl("11/stem-lam-son-2.jpg"),
                "Ban tổ chức trao giải cho các đội đạt giải Nhất",
                "Ban tổ chức trao giải cho các đội đạt giải Nhất",
                "center",
            ),
            Raw(RIGHT.format("Tin, ảnh: Lê Hằng (Trường THPT chuyên Lam Sơn)")),
        ],
        authors=["Lê Hằng"],
        photographers=["Lê Hằng"],
        opts={"tpl": "jsp", "datefmt": "paren", "sort": "10:00",
              "desc": "Ngày hội thu hút hơn 1.200 học sinh tham gia với 46 gian trưng bày"},
    ),
    Story(
        60197,
        "so-ket-phong-trao-thi-dua-day-tot-hoc-tot-dot-1",
        "Sơ kết phong trào thi đua “Dạy tốt - Học tốt” đợt 1 năm học 2026-2027",
        "tdkt",
        "2026-11-27T15:45:00+07:00",
        [
            P(
                "Đợt thi đua thứ nhất được phát động từ ngày 05/9 đến ngày 20/11/2026 với chủ đề “Đổi "
                "mới, sáng tạo trong dạy và học”, thu hút 100% đơn vị trực thuộc tham gia."
            ),
            P(
                "Qua đợt thi đua, toàn ngành có hơn 3.400 tiết dạy tốt, 215 sáng kiến kinh nghiệm được "
                "hội đồng cấp trường công nhận; nhiều đơn vị tổ chức tốt chuyên đề dạy học theo chủ đề "
                "liên môn, dạy học STEM."
            ),
            P("Những kết quả nổi bật", "h"),
            P("Tỷ lệ học sinh đi học chuyên cần đạt 99,2%, tăng 0,4% so với cùng kỳ.", "li"),
            P("86 giáo viên đạt giải Hội thi giáo viên dạy giỏi cấp huyện, cấp tỉnh.", "li"),
            P("Phong trào xây dựng “Trường học hạnh phúc” được nhân rộng tại 412 trường.", "li"),
            Raw(
                '<p>Xem thêm: <a href="/web/sgddt/-/tuyen-duong-tap-the-ca-nhan-xuat-sac-nam-hoc-2025-2026-5148">'
                "Tuyên dương 126 tập thể, cá nhân đạt thành tích xuất sắc</a></p>"
            ),
            P(
                "Hội nghị cũng phát động đợt thi đua thứ hai chào mừng kỷ niệm 97 năm Ngày thành lập Đảng "
                "Cộng sản Việt Nam và mừng Xuân Bính Ngọ 2027."
            ),
            Raw('<p style="text-align: right;">Văn phòng Sở</p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"tpl": "portal", "meta_author": "Quản trị viên"},
    ),
    Story(
        60190,
        "chu-dong-phong-chong-ret-cho-hoc-sinh-mua-dong-2026",
        "Chủ động phòng, chống rét cho học sinh trong mùa đông năm 2026",
        "cddh",
        "2026-11-25T10:20:00+07:00",
        [
            P(
                "Theo dự báo của Đài Khí tượng thủy văn tỉnh, từ cuối tháng 11 các đợt không khí lạnh "
                "tăng cường, nhiệt độ vùng núi cao có thể xuống dưới 10 độ C."
            ),
            Img(
                doc("phong-chong-ret.jpg", 41190),
                "Học sinh Trường PTDTBT THCS Mường Lý trong giờ học",
                "Học sinh Trường PTDTBT THCS Mường Lý trong giờ học",
                "plain",
            ),
            P(
                "Sở GD&ĐT yêu cầu Phòng GD&ĐT các huyện miền núi chỉ đạo các trường khi nhiệt độ ngoài "
                "trời xuống dưới 7 độ C thì cho học sinh mầm non, tiểu học nghỉ học; dưới 4 độ C thì "
                "học sinh THCS nghỉ học."
            ),
            P(
                "Các trường có học sinh bán trú, nội trú phải bảo đảm đủ chăn, màn, nước ấm; che chắn "
                "phòng ở, phòng học; tuyệt đối không để học sinh đốt than sưởi trong phòng kín."
            ),
            P(
                "Ông Trần Văn Thức, Giám đốc Sở nhấn mạnh: “Không để học sinh nào bị đói, bị rét, phải "
                "nghỉ học vì thiếu áo ấm trong mùa đông này”.",
                "quote",
            ),
            Raw(RIGHT.format("Minh Khôi")),
            Raw('<p><em>Theo Báo Thanh Hóa</em></p>'),
        ],
        authors=["Minh Khôi"],
        source="Báo Thanh Hóa",
        summary=(
            "Trước diễn biến rét đậm, rét hại, Sở GD&ĐT Thanh Hóa đề nghị các đơn vị chủ động các "
            "phương án bảo đảm sức khỏe và việc học tập của học sinh, nhất là học sinh vùng cao."
        ),
        sapo_outside=True,
        opts={"tpl": "portal", "mod": "26/11/2026 08:05 SA"},
    ),
]

STORIES += [
    Story(
        5127,
        "tong-ket-cong-tac-giao-duc-thuong-xuyen-nam-hoc-2025-2026",
        "Hội nghị tổng kết công tác giáo dục thường xuyên năm học 2025-2026",
        "gdcn",
        "2026-11-23T07:30:00+07:00",
        [
            P(
                "Sáng 23/11, Sở GD&ĐT tổ chức Hội nghị tổng kết công tác giáo dục thường xuyên năm học "
                "2025-2026, triển khai nhiệm vụ năm học 2026-2027."
            ),
            P("Kết quả năm học 2025-2026", "h"),
            P(
                "Toàn tỉnh có 27 trung tâm GDNN-GDTX cấp huyện, 1 Trung tâm GDTX tỉnh và 559 trung tâm "
                "học tập cộng đồng. Tổng số học viên học chương trình GDTX cấp THPT là 14.628 người."
            ),
            P(
                "Tỷ lệ học viên tốt nghiệp THPT đạt 93,7%, tăng 2,1% so với năm học trước; 8.420 học viên "
                "vừa học văn hóa vừa học nghề trình độ trung cấp."
            ),
            P(
                "Công tác xóa mù chữ được duy trì bền vững; tỉnh tiếp tục đạt chuẩn xóa mù chữ mức độ 2 "
                "với tỷ lệ người từ 15 đến 60 tuổi biết chữ đạt 98,6%."
            ),
            P("Nhiệm vụ năm học 2026-2027", "h"),
            P("Sắp xếp, kiện toàn mạng lưới trung tâm GDNN-GDTX theo hướng tinh gọn, hiệu quả.", "ol"),
            P("Đẩy mạnh đào tạo nghề gắn với nhu cầu doanh nghiệp, khu công nghiệp trên địa bàn.", "ol"),
            P("Ứng dụng công nghệ thông tin, học tập trực tuyến trong giáo dục thường xuyên.", "ol"),
            P(
                "Dịp này, Giám đốc Sở GD&ĐT tặng Giấy khen cho 12 tập thể và 25 cá nhân có thành tích "
                "xuất sắc trong công tác GDTX năm học 2025-2026."
            ),
            Raw('<p align="right"><b>Phòng GDCN-GDTX</b></p>'),
        ],
        authors=["Phòng GDCN-GDTX"],
        opts={"tpl": "jsp", "datefmt": "weekday", "ent": 2},
    ),
    Story(
        60176,
        "nganh-giao-duc-thanh-hoa-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "NGÀNH GIÁO DỤC THANH HÓA KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "thd",
        "2026-11-20T09:00:00+07:00",
        [
            P(
                "Sáng 20/11, tại Cung Văn hóa thiếu nhi tỉnh, Sở GD&ĐT Thanh Hóa long trọng tổ chức Lễ kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành cùng hơn 500 nhà "
                "giáo tiêu biểu, nhà giáo lão thành đại diện cho gần 50.000 cán bộ, giáo viên toàn tỉnh."
            ),
            Img(
                doc("ky-niem-20-11-1.jpg", 41170),
                "Các đại biểu dự Lễ kỷ niệm",
                "Các đại biểu dự Lễ kỷ niệm",
                "figure",
            ),
            P(
                "Năm học 2025-2026, Thanh Hóa có 61 học sinh đạt giải Kỳ thi chọn học sinh giỏi quốc gia, "
                "xếp thứ 3 toàn quốc; 2 học sinh giành huy chương Olympic quốc tế."
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những đóng "
                "góp của đội ngũ nhà giáo và đề nghị ngành tiếp tục đổi mới căn bản, toàn diện giáo dục."
            ),
            Img(
                doc("ky-niem-20-11-2.jpg", 41170),
                "(Ảnh: Quốc Toản)",
                None,
                "center",
            ),
            P(
                "Dịp này, 35 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc "
                "trong sự nghiệp giáo dục."
            ),
            Raw("<p><strong>Tin: Hoàng Lan - Ảnh: Quốc Toản</strong></p>"),
            Raw("<p>Nguồn: Cổng TTĐT tỉnh Thanh Hóa</p>"),
        ],
        authors=["Hoàng Lan"],
        photographers=["Quốc Toản"],
        source="Cổng TTĐT tỉnh Thanh Hóa",
        opts={"tpl": "portal", "mod": "21/11/2026 04:02 CH"},
    ),
    Story(
        5104,
        "khen-thuong-hoc-sinh-dat-giai-hoc-sinh-gioi-cap-tinh-lop-9",
        "Khen thưởng học sinh đạt giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027",
        "tdkt",
        "2026-11-17",
        [
            P(
                "Theo Quyết định số 1985/QĐ-SGDĐT ngày 16/11/2026 của Giám đốc Sở GD&ĐT, 1.152 học sinh "
                "đạt giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 được khen thưởng."
            ),
            P("Kết quả các đơn vị dẫn đầu như sau:"),
            P("Đơn vị | Giải Nhất | Giải Nhì | Giải Ba | Tổng", "th"),
            P("TP. Thanh Hóa | 28 | 61 | 74 | 163", "tr"),
            P("Thị xã Bỉm Sơn | 9 | 22 | 30 | 61", "tr"),
            P("Huyện Hoằng Hóa | 7 | 25 | 41 | 73", "tr"),
            P("Huyện Quảng Xương | 6 | 19 | 38 | 63", "tr"),
            Raw(
                '<div class="embed-pdf"><object data="/sgddt/upload/vanban/QD-1985-SGDDT.pdf" '
                'type="application/pdf" width="100%" height="600"><a href="/sgddt/upload/vanban/'
                'QD-1985-SGDDT.pdf">QD-1985-SGDDT.pdf</a></object></div>'
            ),
            P(
                "Mức thưởng: giải Nhất 1.000.000 đồng, giải Nhì 700.000 đồng, giải Ba 500.000 đồng, giải "
                "Khuyến khích 300.000 đồng."
            ),
        ],
        opts={"tpl": "jsp", "datefmt": "paren", "sort": "09:00",
              "desc": "Theo Quyết định số 1985/QĐ-SGDĐT ngày 16/11/2026"},
    ),
    Story(
        60152,
        "tu-van-huong-nghiep-tuyen-sinh-cho-hoc-sinh-lop-9-huyen-nhu-xuan",
        "Tư vấn hướng nghiệp, tuyển sinh cho học sinh lớp 9 huyện Như Xuân",
        "gdcn",
        "2026-11-12T16:15:00+07:00",
        [
            P(
                "Chương trình do Trung tâm GDNN-GDTX Như Xuân phối hợp với Trường Cao đẳng nghề Nghi Sơn "
                "tổ chức cho hơn 600 học sinh lớp 9 của 6 trường THCS trong huyện."
            ),
            P(
                "Tại buổi tư vấn, các em được giới thiệu về hệ thống giáo dục nghề nghiệp, các ngành nghề "
                "đang có nhu cầu lớn về nhân lực như điện tử công nghiệp, hàn, chế biến thực phẩm."
            ),
            Img(
                doc("tu-van-nhu-xuan.jpg", 41150),
                "Học sinh tìm hiểu ngành cơ khí tại gian trưng bày của nhà trường",
                "Học sinh tìm hiểu ngành cơ khí tại gian trưng bày của nhà trường",
                "lazy",
            ),
            P(
                "Nhiều học sinh mạnh dạn đặt câu hỏi về điều kiện học liên thông, chính sách miễn học phí "
                "đối với học sinh tốt nghiệp THCS học lên trình độ trung cấp."
            ),
            Raw(RIGHT.format("Thu Trang (tổng hợp)")),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Giáo dục và Thời đại</em></p>'),
        ],
        authors=["Thu Trang"],
        source="Báo Giáo dục và Thời đại",
        opts={"tpl": "portal"},
    ),
    Story(
        5086,
        "ke-hoach-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
        "Kế hoạch thực hiện chuyển đổi số trong giáo dục năm học 2026-2027",
        "cddh",
        "2026-11-06T14:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Thanh Hóa ban hành Kế hoạch số 412/KH-SGDĐT về thực hiện nhiệm vụ chuyển đổi "
                "số, ứng dụng công nghệ thông tin trong giáo dục năm học 2026-2027."
            ),
            P("Mục tiêu đến hết năm học:", "div"),
            P("100% cơ sở giáo dục sử dụng học bạ số đối với học sinh tiểu học, THCS, THPT;", "li"),
            P("100% giao dịch thanh toán học phí, các khoản thu được thực hiện không dùng tiền mặt;", "li"),
            P("Ít nhất 80% giáo viên sử dụng thành thạo học liệu số, hệ thống quản lý học tập (LMS).", "li"),
            P(
                "Các đơn vị cử cán bộ phụ trách chuyển đổi số, đăng ký danh sách về Sở trước ngày 20/11/2026."
            ),
            P("Mọi vướng mắc xin liên hệ: Văn phòng Sở, điện thoại 0237 3852 398;"),
            P("Email: vanphong@thanhhoa.edu.vn.", "br"),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"tpl": "jsp", "datefmt": "weekday"},
    ),
    Story(
        60128,
        "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        "thd",
        "2026-10-28T08:30:00+07:00",
        [
            P(
                "Hội thi diễn ra từ ngày 28/10 đến ngày 06/11/2026 tại 4 điểm trường: THPT Đào Duy Từ, "
                "THPT Hàm Rồng, THPT Nguyễn Trãi và THPT chuyên Lam Sơn."
            ),
            P(
                "Tham gia hội thi có 318 giáo viên của 103 trường THPT, thi ở 14 môn học. Mỗi giáo viên "
                "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy thực hành."
            ),
            Img(
                doc("gvdg-thpt-2026.jpg", 41110),
                "Một tiết dạy môn Vật lý của giáo viên dự thi tại Trường THPT Đào Duy Từ",
                "Một tiết dạy môn Vật lý của giáo viên dự thi tại Trường THPT Đào Duy Từ",
                "figure",
            ),
            P(
                "Ban Giám khảo gồm 96 thành viên là cán bộ quản lý, chuyên viên của Sở và giáo viên cốt "
                "cán có nhiều kinh nghiệm trong công tác chuyên môn."
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, lan tỏa các phương pháp dạy học "
                "tích cực theo Chương trình GDPT 2018."
            ),
            Raw('<p style="text-align: right;"><strong>Ngọc Anh</strong><br><em>Ảnh: CLB Nhiếp ảnh Trường THPT Đào Duy Từ</em></p>'),
        ],
        authors=["Ngọc Anh"],
        photographers=["CLB Nhiếp ảnh Trường THPT Đào Duy Từ"],
        summary=(
            "Sáng 28/10, Sở GD&ĐT Thanh Hóa khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT "
            "năm học 2026-2027 với 318 giáo viên tham dự."
        ),
        sapo_outside=True,
        opts={"tpl": "portal", "mod": "30/10/2026 11:20 SA", "meta_author": "Ngọc Anh"},
    ),
]

#: the aggregated items of the lists: links out to the provincial newspaper, never on this host
EXTERNAL = [
    ("thd", "2026-12-05 08:00", "Học sinh Thanh Hóa giành 2 huy chương Vàng Olympic Toán học trẻ quốc tế", 1),
    ("cddh", "2026-12-04 07:00", "Thanh Hóa: Rà soát, sắp xếp điểm trường lẻ giai đoạn 2026-2030", 2),
    ("thd", "2026-12-02 08:00", "Trao 500 suất học bổng “Tiếp bước đến trường” cho học sinh nghèo", 3),
    ("tdkt", "2026-11-29 09:00", "Nhà giáo ưu tú vùng biên Mường Lát được tôn vinh", 4),
    ("thd", "2026-11-28 09:00", "Tuổi trẻ xứ Thanh với cuộc thi “Ý tưởng khởi nghiệp”", 5),
    ("gdcn", "2026-11-26 09:00", "Doanh nghiệp đặt hàng đào tạo nghề cho học viên GDTX", 6),
    ("thd", "2026-11-21 09:00", "Giao lưu văn nghệ “Tri ân thầy cô” tại Sầm Sơn", 7),
    ("cddh", "2026-11-19 09:00", "Tăng cường quản lý dạy thêm, học thêm trên địa bàn tỉnh", 8),
    ("gdcn", "2026-11-10 09:00", "Nâng cao chất lượng đào tạo trung cấp tại các trung tâm", 9),
    ("tdkt", "2026-11-02 09:00", "Biểu dương 50 gương “Người tốt, việc tốt” ngành Giáo dục", 10),
]
SCHEDULE_TITLE = "Lịch công tác tuần 49 (từ ngày 30/11 đến ngày 06/12/2026) của Lãnh đạo Sở"
SCHEDULE_PATH = "/sgddt/lich-cong-tac.jsp?tuan=49&nam=2026"
BY_ID = {s.id: s for s in STORIES}


# --- URLs -----------------------------------------------------------------------------------


def friendly(s: Story, plid: int | None = None) -> str:
    return f"/web/sgddt/-/{s.slug}-{s.id}" + (f"?p_l_id={plid}" if plid else "")


def jsp(s: Story, sid: bool = False, page: str = "chi-tiet") -> str:
    return f"/sgddt/tin-tuc/{page}.jsp" + (f";jsessionid={SID}" if sid else "") + f"?id={s.id}"


def print_url(s: Story, plid: int | None = None) -> str:
    base = friendly(s, plid)
    return base + ("&" if plid else "?") + "p_p_state=pop_up&viewMode=print"


def no_cookie(request: Request) -> bool:
    return "JSESSIONID=" not in request.headers.get("Cookie", "")


def enc(request: Request, target: str) -> str:
    """Tomcat's encodeURL: a request without the session cookie gets ``;jsessionid=`` links."""
    if not no_cookie(request) or ".jsp" not in target:
        return target
    path, sep, query = target.partition("?")
    return f"{path};jsessionid={SID}{sep}{query}"


def link(request: Request, s: Story, plid: int) -> str:
    return friendly(s, plid) if s.opts["tpl"] == "portal" else enc(request, jsp(s))


def cat_list(k: str, page: int = 1) -> str:
    return f"/sgddt/tin-tuc/danh-sach.jsp?cat={CATS[k][0]}" + (f"&page={page}" if page > 1 else "")


def dmy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def sort_key(s: Story) -> str:
    t = s.published_at[11:16] if len(s.published_at) > 10 else s.opts.get("sort", "00:00")
    return s.published_at[:10] + " " + t


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def java_vi_time(s: Story) -> str:
    """Java's ``dd/MM/yyyy hh:mm a`` in the vi_VN locale: 12-hour clock, SA (sáng) / CH (chiều)."""
    h, mi = int(s.published_at[11:13]), s.published_at[14:16]
    return f"{dmy(s)} {h % 12 or 12:02d}:{mi} {'SA' if h < 12 else 'CH'}"


def jsp_date(s: Story) -> str:
    if s.opts.get("datefmt") == "paren":
        return f"({dmy(s)})"
    wd = WEEKDAYS[datetime.fromisoformat(s.published_at[:10]).weekday()]
    return f"{wd}, {dmy(s)} - {s.published_at[11:16]}"


# --- article text ---------------------------------------------------------------------------


def render_blocks(s: Story) -> str:
    legacy = s.opts["tpl"] == "jsp"
    ent = s.opts.get("ent", 0)

    def t(value: str) -> str:
        return text(value, entities=ent)

    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P) and b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>" + "\n".join(items) + f"</{tag}>")
            continue
        elif isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" and not legacy else "td"
                cells = "".join(
                    f"<{cell}>{'<b>' + t(c) + '</b>' if legacy and blocks[i].style == 'th' else t(c)}</{cell}>"
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            attrs = 'border="1" cellpadding="4" cellspacing="0" width="100%"' if legacy else 'class="table table-bordered"'
            out.append(f"<table {attrs}><tbody>" + "\n".join(rows) + "</tbody></table>")
            continue
        elif isinstance(b, P) and b.style == "br":
            last = out.pop()
            cut = last.rfind("</")
            out.append(last[:cut] + "<br>\n" + t(b.text) + last[cut:])
        elif isinstance(b, P) and b.style == "h":
            out.append(f"<p><strong>{t(b.text)}</strong></p>" if legacy else f"<h4>{t(b.text)}</h4>")
        elif isinstance(b, P) and b.style == "div":
            out.append(f'<div style="text-align: justify;">{t(b.text)}</div>')
        elif isinstance(b, P) and b.style == "quote":
            out.append(f"<blockquote><p><em>{t(b.text)}</em></p></blockquote>")
        elif isinstance(b, P):
            out.append(f'<p style="text-align: justify;">{t(b.text)}</p>')
        elif isinstance(b, Img) and b.style == "slide":
            imgs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "slide":
                imgs.append(blocks[i])
                i += 1
            slides = "\n".join(
                f'<li><img src="{esc(m.src)}" alt="{esc(m.printed or "")}">'
                f'<p class="flex-caption">{esc(m.printed or "")}</p></li>'
                for m in imgs
            )
            thumbs = "".join(
                f'<li><img src="{esc(m.src)}&amp;imageThumbnail=1" width="80" alt=""></li>' for m in imgs
            )
            out.append(
                f'<div class="slideshow-wrapper flexslider" id="slide_{s.id}"><ul class="slides">\n'
                f'{slides}\n</ul><ul class="slide-thumbs">{thumbs}</ul></div>'
            )
            continue
        elif isinstance(b, Img):
            src = esc(b.src)
            line = esc(b.printed or "")
            if b.style == "lazy":
                out.append(
                    f'<p style="text-align: center;"><img class="lazyload" src="/o/sgddt-theme/images/blank.gif" '
                    f'data-src="{src}" alt="" width="640"></p>\n<p style="text-align: center;"><em>{line}</em></p>'
                )
            elif b.style == "table":
                out.append(
                    '<table class="image" align="center" border="0" cellpadding="3" cellspacing="0"><tbody>'
                    f'<tr><td><img src="{src}" width="500" border="0"></td></tr>'
                    f'<tr><td class="image_desc">{line}</td></tr></tbody></table>'
                )
            elif b.style == "center":
                out.append(
                    f'<p style="text-align: center;"><img src="{src}" alt="" width="600"></p>\n'
                    f'<p style="text-align: center;"><em>{line}</em></p>'
                )
            elif b.style == "plain":
                out.append(f'<p><img src="{src}" width="600" height="400" alt=""></p>\n<p>{line}</p>')
            elif b.style == "figure":
                out.append(f'<figure class="image"><img src="{src}" alt="{line}"><figcaption>{line}</figcaption></figure>')
            else:
                out.append(f'<p><img src="{src}" alt=""></p>')
        i += 1
    return "\n".join(out)


def lead(s: Story) -> str:
    if s.summary:
        return s.summary
    return s.opts.get("desc") or next(b.text for b in s.blocks if isinstance(b, P))[:150]


def thumb(s: Story) -> str:
    img = next(iter(s.images), None)
    return img.src if img else "/o/sgddt-theme/images/no-image.png"


# --- chrome ---------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/web/sgddt/trang-chu"),
    ("Giới thiệu", "/web/sgddt/gioi-thieu"),
    ("Tin tức - Sự kiện", "/sgddt/tin-tuc/danh-sach.jsp"),
    ("Văn bản", "/sgddt/van-ban/danh-sach.jsp"),
    ("Lịch công tác", SCHEDULE_PATH),
    ("Thư viện ảnh", "/web/sgddt/thu-vien-anh"),
    ("Liên hệ", "/web/sgddt/lien-he"),
]
MOST_READ = [60218, 5148, 60176, 60205]


def nav(request: Request) -> str:
    items = []
    for label, href in NAV:
        sub = ""
        if label == "Tin tức - Sự kiện":
            sub = '<ul class="child-menu">' + "".join(
                f'<li><a href="{esc(enc(request, cat_list(k)))}">{esc(v[2])}</a></li>' for k, v in CATS.items()
            ) + "</ul>"
        items.append(f'<li class="lfr-nav-item"><a href="{esc(enc(request, href))}"><span>{esc(label)}</span></a>{sub}</li>')
    return '<nav id="navigation" class="sort-pages"><ul class="nav-menu">' + "".join(items) + "</ul></nav>"


def sidebar(request: Request) -> str:
    most = "".join(
        f'<li><a href="{esc(link(request, BY_ID[i], HOME_PLID))}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<aside class="col-md-3 right-column">
<div class="box-widget most-read"><div class="box-title">Tin đọc nhiều</div><ol>{most}</ol></div>
<div class="box-widget poll"><div class="box-title">Thăm dò ý kiến</div>
<form action="/sgddt/binh-chon.jsp" method="post"><p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</p>
<label><input type="radio" name="pa" value="1"> Rất hữu ích</label><br><label><input type="radio" name="pa" value="2"> Hữu ích</label><br>
<label><input type="radio" name="pa" value="3"> Chưa hữu ích</label><br><input type="submit" value="Bình chọn">
<a href="javascript:void(0);" onclick="window.open('/sgddt/binh-chon.jsp?xem=1','kq','width=400,height=300')">Xem kết quả</a></form></div>
<div class="box-widget links"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</option></select>
<a href="https://thanhhoa.gov.vn" target="_blank"><img src="/o/sgddt-theme/images/banner-ubnd.png" alt="UBND tỉnh"></a></div>
<div class="box-widget counter"><div class="box-title">Thống kê truy cập</div>
<ul><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li><li>Tổng truy cập: <b>4.862.117</b></li></ul></div>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "", legacy: bool = False) -> Response:
    if legacy:
        banner = (
            '<div id="header"><table width="100%"><tr><td><img src="/sgddt/images/logo.gif" alt=""></td>'
            f'<td><h1 class="logo-text">SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA</h1></td>'
            f'<td class="ngaythang"><span id="clock">{HEADER_TODAY}</span></td></tr></table></div>'
        )
    else:
        banner = (
            '<header id="banner" role="banner"><div class="top-bar"><span class="current-date">'
            f'{HEADER_TODAY}</span> <a href="/c/portal/login">Đăng nhập</a></div>'
            '<a class="logo" href="/web/sgddt/trang-chu"><img src="/o/sgddt-theme/images/logo.png" '
            'alt="Sở GD&amp;ĐT Thanh Hóa"></a><div class="site-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA</div></header>'
        )
    page = f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/o/sgddt-theme/css/main.css?browserId=other&amp;themeId=sgddt_WAR_sgddttheme">
<script src="/o/frontend-js-web/liferay/global.bundle.js"></script>
{head}</head>
<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper">{banner}
{nav(request)}
<div id="content" class="row"><div class="col-md-9">{main}</div>
{sidebar(request)}</div>
<footer id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA</b></p>
<p>Địa chỉ: Số 37 Trần Phú, phường Ba Đình, TP. Thanh Hóa, tỉnh Thanh Hóa</p>
<p>Điện thoại: 0237.3852.398 - Fax: 0237.3852.397 - Email: vanphong@thanhhoa.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Thanh Hóa. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="vendor">Thiết kế và phát triển bởi Trung tâm Giải pháp CNTT - e-Portal 7.4</p></footer>
</div></body></html>"""
    headers = {}
    if no_cookie(request):
        headers["Set-Cookie"] = f"JSESSIONID={SID}; Path=/; HttpOnly"
    return html(page, headers=headers)


# --- article pages --------------------------------------------------------------------------


def related(s: Story) -> list[Story]:
    newer = [o for o in STORIES if o.cat == s.cat and sort_key(o) > sort_key(s)]
    return sorted(newer, key=sort_key)[:3]


def portal_article(request: Request, s: Story, plid: int | None) -> Response:
    k = s.cat
    name = CATS[k][2]
    base = base_url(request)
    crumb = s.title if len(s.title) <= 50 else s.title[:50].rsplit(" ", 1)[0] + "..."
    meta = []
    if s.opts.get("mod"):
        meta.append(f'<span class="meta-modified">Cập nhật: {s.opts["mod"]}</span>')
    meta.append(f'<span class="meta-date"><i class="icon-time"></i> Ngày đăng: {java_vi_time(s)}</span>')
    if s.opts.get("meta_author"):
        meta.append(f'<span class="meta-author">Tác giả: {esc(s.opts["meta_author"])}</span>')
    meta.append(f'<span class="meta-view">Lượt xem: {s.views()}</span>')
    sapo = f'<div class="asset-summary"><strong>{esc(s.summary)}</strong></div>' if s.summary else ""
    rel = "".join(
        f'<li><a href="{esc(link(request, o, CATS[k][1]))}">{esc(o.title)}</a> <span class="date">({dmy(o)})</span></li>'
        for o in related(s)
    )
    rel = f'<div class="related-news"><h4 class="title-related">Tin liên quan</h4><ul>{rel}</ul></div>' if rel else ""
    url = base + friendly(s)
    main = f"""<div class="breadcrumb-wrap"><ul class="breadcrumb breadcrumb-horizontal">
<li><a href="/web/sgddt/trang-chu">Trang chủ</a></li><li><a href="{esc(enc(request, '/sgddt/tin-tuc/danh-sach.jsp'))}">Tin tức - Sự kiện</a></li>
<li><a href="{esc(enc(request, cat_list(k)))}">{esc(name)}</a></li><li class="active"><span>{esc(crumb)}</span></li></ul></div>
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_xK3pRt">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(name)}</span></h1></header>
<div class="portlet-content"><div class="asset-full-content show-asset-title">
<h3 class="header-title title-news">{esc(s.title)}</h3>
<div class="news-meta">{' <span class="sep">|</span> '.join(meta)}</div>
<div class="news-tools"><a href="{esc(print_url(s, plid))}" target="_blank" title="In bài viết">In bài</a>
<a href="mailto:?subject={esc(s.slug)}&amp;body={esc(url)}" title="Gửi email">Gửi email</a>
<a href="javascript:changeFont(1);">A+</a> <a href="javascript:changeFont(-1);">A-</a></div>
{sapo}
<div class="journal-content-article" id="article_10182_{s.id}" data-analytics-asset-id="{s.id}">
{render_blocks(s)}
</div>
<div class="taglib-social-bookmarks"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">Facebook</a>
<a href="https://zalo.me/share/?u={esc(url)}" target="_blank">Zalo</a>
<a href="https://twitter.com/intent/tweet?url={esc(url)}" target="_blank">Twitter</a></div>
{rel}
</div></div></section>"""
    og = s.title if len(s.title) <= 80 else s.title[:77] + "..."
    head = (
        f'<link rel="canonical" href="{url}">\n<meta property="og:title" content="{esc(og)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta name="description" content="{esc(lead(s))}">'
    )
    return layout(request, f"{name} - Cổng thông tin điện tử {SHORT}", main, head)


def jsp_article(request: Request, s: Story) -> Response:
    k = s.cat
    cid, _, name = CATS[k]
    sapo = f'<div class="tomtat"><b>{esc(s.summary)}</b></div>' if s.summary else ""
    others = [o for o in sorted(STORIES, key=sort_key, reverse=True) if o.cat == k and o is not s][:4]
    tinkhac = "".join(
        f'<li><a href="{esc(link(request, o, CATS[k][1]))}">{esc(o.title)}</a> <span class="ngay">({dmy(o)})</span></li>'
        for o in others
        if sort_key(o) > sort_key(s)
    )
    main = f"""<div class="duongdan"><a href="/web/sgddt/trang-chu">Trang chủ</a> &raquo;
<a href="{esc(enc(request, 'danh-sach.jsp'))}">Tin tức</a> &raquo; <a href="{esc(enc(request, f'danh-sach.jsp?cat={cid}'))}">{esc(name)}</a></div>
<table class="khung" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="khung_title"><div class="title_cat">{esc(name.upper())}</div></td></tr>
<tr><td class="ndtin">
<div class="tieude_chitiet">{esc(s.title)}</div>
<div class="ngaydang">{jsp_date(s)} &nbsp; <span class="luotxem">Lượt xem: {s.views()}</span></div>
{sapo}
<div class="noidung" id="divNoiDung">
{render_blocks(s)}
</div>
<div class="chucnang"><a href="{esc(enc(request, f'in-bai.jsp?id={s.id}'))}" target="_blank"><img src="/sgddt/images/print.gif" alt=""> In bài</a> |
<a href="{esc(enc(request, f'gui-email.jsp?id={s.id}'))}"><img src="/sgddt/images/email.gif" alt=""> Gửi email</a> |
<a href="javascript:history.back();">Quay lại</a></div>
<div class="tinkhac"><div class="tieude_tinkhac">Các tin khác</div><ul>{tinkhac}</ul></div>
</td></tr></table>"""
    head = f'<meta name="description" content="{esc(lead(s))}">'
    return layout(request, f"{s.title} - {SHORT}", main, head, legacy=True)


def print_page(request: Request, s: Story) -> Response:
    date = java_vi_time(s) if s.opts["tpl"] == "portal" else jsp_date(s)
    sapo = f"<p><b>{esc(s.summary)}</b></p>" if s.summary else ""
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow"></head>
<body onload="window.print();"><div class="print-header"><img src="/sgddt/images/logo-print.gif" alt=""> {esc(SITE)}</div>
<h2 class="print-title">{esc(s.title)}</h2><p class="print-date">{date}</p>{sapo}
<div class="print-content">{render_blocks(s)}</div>
<p class="print-footer">© Cổng thông tin điện tử {esc(SHORT)}</p></body></html>"""
    return html(page)


def email_page(request: Request, s: Story) -> Response:
    main = f"""<div class="title_cat">GỬI BÀI VIẾT QUA EMAIL</div>
<form method="post" action="{esc(enc(request, f'gui-email.jsp?id={s.id}'))}"><p>Bài viết: <b>{esc(s.title)}</b></p>
<p>Email người nhận: <input name="to"></p><p>Lời nhắn: <textarea name="msg"></textarea></p>
<input type="submit" value="Gửi"></form>"""
    return layout(request, f"Gửi email - {SHORT}", main, legacy=True)


# --- lists ----------------------------------------------------------------------------------


def list_items(cat: str | None) -> list[tuple[str, str, str, str, str]]:
    """(sort key, title, href kind, value, date) of a list, newest first."""
    items = [(sort_key(s), s.title, "story", str(s.id), dmy(s)) for s in STORIES if cat in (None, s.cat)]
    for k, when, title, n in EXTERNAL:
        if cat in (None, k):
            d = when[:10].split("-")
            items.append((when, title, "ext", f"https://baothanhhoa.vn/giao-duc/tin-{n}-{2026120 + n}.html", f"{d[2]}/{d[1]}/{d[0]}"))
    if cat in (None, "thd"):
        items.append(("2026-11-30 07:00", SCHEDULE_TITLE, "sched", SCHEDULE_PATH, "30/11/2026"))
    return sorted(items, reverse=True)


def listing(request: Request, cat: str | None, page: int) -> Response | None:
    items = list_items(cat)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return None
    name = CATS[cat][2] if cat else "Tin tức - Sự kiện"
    rows = []
    for _, title, kind, value, date in items[(page - 1) * PER_PAGE : page * PER_PAGE]:
        if kind == "story":
            s = BY_ID[int(value)]
            href, img, desc = link(request, s, CATS[s.cat][1]), thumb(s), lead(s)
            target = ""
        elif kind == "ext":
            href, img, desc, target = value, "/sgddt/images/baothanhhoa.png", "", ' target="_blank"'
        else:
            href, img, desc, target = enc(request, value), "/sgddt/images/lich.png", "", ""
        rows.append(
            f'<div class="item-news"><a href="{esc(href)}"{target}><img class="thumb" src="{esc(img)}" alt=""></a>'
            f'<a class="tieude" href="{esc(href)}"{target}>{esc(title)}</a> <span class="ngay">({date})</span>'
            + (f'<p class="tomtat">{esc(desc)}</p>' if desc else "")
            + "</div>"
        )
    pager = []
    for n in range(1, pages + 1):
        if n == page:
            pager.append(f'<span class="current">{n}</span>')
        elif cat:
            pager.append(f'<a href="javascript:void(0);" onclick="goPage({n});">{n}</a>')
        else:
            pager.append(f'<a href="{esc(enc(request, f"danh-sach.jsp?page={n}"))}">{n}</a>')
    script = ""
    if cat:
        script = (
            "<script>function goPage(p){var f=document.getElementById('frmList');"
            f"f.page.value=p;f.submit();}}</script><form id=\"frmList\" method=\"get\" action=\"danh-sach.jsp\">"
            f'<input type="hidden" name="cat" value="{CATS[cat][0]}"><input type="hidden" name="page" value="1"></form>'
        )
    crumb = f" &raquo; {esc(name)}" if cat else ""
    main = f"""<div class="duongdan"><a href="/web/sgddt/trang-chu">Trang chủ</a> &raquo; <a href="{esc(enc(request, 'danh-sach.jsp'))}">Tin tức</a>{crumb}</div>
<div class="title_cat">{esc(name.upper())}</div>
<div class="list-news">
{chr(10).join(rows)}
</div>
<div class="phantrang">Trang {page}/{pages}: {" ".join(pager)}</div>{script}"""
    return layout(request, f"{name} - {SHORT}", main, legacy=True)


def home(request: Request) -> Response:
    ordered = sorted(STORIES, key=sort_key, reverse=True)
    top = ordered[0]
    news = "".join(
        f'<li><a href="{esc(link(request, s, HOME_PLID))}">{esc(s.title)}</a> <span class="date">{dmy(s)}</span></li>'
        for s in ordered[1:6]
    )
    boxes = []
    for k, (_, _, name) in CATS.items():
        two = [s for s in ordered if s.cat == k][:2]
        lis = "".join(f'<li><a href="{esc(link(request, s, HOME_PLID))}">{esc(s.title)}</a></li>' for s in two)
        boxes.append(
            f'<div class="cat-box"><div class="cat-box-title"><a href="{esc(enc(request, cat_list(k)))}">{esc(name)}</a></div>'
            f'<ul>{lis}</ul><a class="more" href="{esc(enc(request, cat_list(k)))}">Xem thêm »</a></div>'
        )
    main = f"""<section class="portlet hot-news"><div class="box-title">Tin nổi bật</div>
<div class="hot-item"><a href="{esc(link(request, top, HOME_PLID))}"><img src="{esc(thumb(top))}" alt=""></a>
<h2><a href="{esc(link(request, top, HOME_PLID))}">{esc(top.title)}</a></h2><p>{esc(lead(top))}</p></div>
<div class="box-title">Tin mới</div><ul class="latest">{news}</ul>
<a class="more" href="{esc(enc(request, '/sgddt/tin-tuc/danh-sach.jsp'))}">Xem tất cả »</a></section>
{''.join(boxes)}
<div class="cat-box"><div class="cat-box-title">Video</div><a href="/web/sgddt/video/-/video/88"><img src="/o/sgddt-theme/images/video-thumb.jpg" alt=""> Phóng sự: Thanh Hóa nâng cao chất lượng giáo dục vùng cao</a></div>"""
    return layout(request, f"Trang chủ - Cổng thông tin điện tử {SHORT}", main)


# --- pages that are not articles ------------------------------------------------------------

DOCS = {
    2031: ("2031/SGDĐT-GDTrH", "03/12/2026", "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027", "Phạm Thị Thanh Hương", "HD-2031-SGDDT-GDTrH.pdf"),
    1985: ("1985/QĐ-SGDĐT", "16/11/2026", "Quyết định khen thưởng học sinh đạt giải Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9", "Trần Văn Thức", "QD-1985-SGDDT.pdf"),
    412: ("412/KH-SGDĐT", "05/11/2026", "Kế hoạch thực hiện chuyển đổi số trong giáo dục năm học 2026-2027", "Trần Văn Thức", "KH-412-SGDDT.pdf"),
}
ALBUM_PATH = "/web/sgddt/thu-vien-anh/-/album/3012"
VIDEO_PATH = "/web/sgddt/video/-/video/88"


def portlet(title: str, inner: str) -> str:
    return (
        f'<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">'
        f'<span class="portlet-title-text">{esc(title)}</span></h1></header><div class="portlet-content">{inner}</div></section>'
    )


def static_page(request: Request, key: str) -> Response:
    if key == "gioi-thieu":
        inner = """<h3 class="header-title">Chức năng, nhiệm vụ của Sở Giáo dục và Đào tạo Thanh Hóa</h3>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Thanh Hóa, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<h4>Lãnh đạo Sở</h4><ul><li>Giám đốc: Trần Văn Thức</li><li>Phó Giám đốc: Phạm Thị Thanh Hương</li><li>Phó Giám đốc: Lê Minh Đức</li></ul>"""
        return layout(request, f"Giới thiệu - {SHORT}", portlet("Giới thiệu", inner))
    inner = """<h3 class="header-title">Thông tin liên hệ</h3>
<p>Sở Giáo dục và Đào tạo Thanh Hóa - Số 37 Trần Phú, phường Ba Đình, TP. Thanh Hóa.</p>
<p>Điện thoại: 0237.3852.398 - Email: vanphong@thanhhoa.edu.vn</p>
<form method="post" action="/web/sgddt/lien-he?p_p_id=contact_WAR_portlet&amp;p_p_lifecycle=1"><p>Họ và tên: <input name="hoten"></p>
<p>Email: <input name="email"></p><p>Nội dung: <textarea name="noidung"></textarea></p><input type="submit" value="Gửi liên hệ"></form>"""
    return layout(request, f"Liên hệ - {SHORT}", portlet("Liên hệ", inner))


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="{esc(enc(request, f"chi-tiet.jsp?id={i}"))}">{esc(d[2])}</a></td></tr>'
        for i, d in DOCS.items()
    )
    main = f"""<div class="title_cat">VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</div>
<table class="vanban" border="1" width="100%"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"""
    return layout(request, f"Văn bản - {SHORT}", main, legacy=True)


def doc_page(request: Request, i: int) -> Response:
    num, date, summary, signer, file = DOCS[i]
    main = f"""<div class="duongdan"><a href="/web/sgddt/trang-chu">Trang chủ</a> &raquo; <a href="{esc(enc(request, 'danh-sach.jsp'))}">Văn bản</a></div>
<div class="title_cat">CHI TIẾT VĂN BẢN</div>
<table class="chitiet-vanban" border="1" cellpadding="5" width="100%">
<tr><td>Số/Ký hiệu</td><td>{esc(num)}</td></tr><tr><td>Ngày ban hành</td><td>{date}</td></tr>
<tr><td>Loại văn bản</td><td>{'Quyết định' if 'QĐ' in num else 'Hướng dẫn' if 'HD' in file else 'Kế hoạch'}</td></tr>
<tr><td>Trích yếu</td><td><b>{esc(summary)}</b></td></tr><tr><td>Người ký</td><td>{esc(signer)}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/documents/10182/41020/{file}">{file}</a></td></tr></table>"""
    return layout(request, f"{summary} - {SHORT}", main, legacy=True)


def schedule(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "Sáng: Giám đốc dự giao ban UBND tỉnh. Chiều: Làm việc với Phòng GDTrH"),
        ("Thứ Ba 01/12", "Sáng: Phó Giám đốc Phạm Thị Thanh Hương kiểm tra tại huyện Như Xuân"),
        ("Thứ Tư 02/12", "Chiều: Lễ tuyên dương tập thể, cá nhân xuất sắc năm học 2025-2026"),
        ("Thứ Năm 03/12", "Sáng: Họp Hội đồng thi đua khen thưởng ngành"),
        ("Thứ Sáu 04/12", "Sáng: Giao ban công tác chuyên môn cấp THPT tháng 12/2026"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    main = f"""<div class="title_cat">LỊCH CÔNG TÁC</div>
<div class="tieude_chitiet">{esc(SCHEDULE_TITLE)}</div><div class="ngaydang">Ngày đăng: 30/11/2026</div>
<table class="lichct" border="1" width="100%"><tr><th>Ngày</th><th>Nội dung công việc</th></tr>{trs}</table>
<p><a href="{esc(enc(request, '/sgddt/lich-cong-tac.jsp?tuan=48&nam=2026'))}">« Tuần trước</a></p>"""
    return layout(request, f"Lịch công tác - {SHORT}", main, legacy=True)


def album(request: Request) -> Response:
    photos = "".join(
        f'<div class="album-photo"><a href="{doc(n, 41170)}" data-fancybox="gallery"><img src="{doc(n, 41170)}&amp;imageThumbnail=2" alt="{esc(c)}"></a><p class="caption">{esc(c)}</p></div>'
        for n, c in [
            ("ky-niem-20-11-1.jpg", "Các đại biểu dự Lễ kỷ niệm"),
            ("ky-niem-20-11-3.jpg", "Tiết mục văn nghệ chào mừng"),
            ("ky-niem-20-11-4.jpg", "Trao Bằng khen cho các nhà giáo tiêu biểu"),
        ]
    )
    inner = f"""<h3 class="album-title">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026</h3>
<div class="album-meta">Ngày tạo: 20/11/2026 | 3 ảnh</div><div class="album-grid">{photos}</div>"""
    return layout(request, f"Thư viện ảnh - {SHORT}", portlet("Thư viện ảnh", inner))


def gallery(request: Request) -> Response:
    inner = f'<ul class="albums"><li><a href="{ALBUM_PATH}"><img src="{doc("ky-niem-20-11-1.jpg", 41170)}" alt=""> Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026</a> (3 ảnh)</li></ul>'
    return layout(request, f"Thư viện ảnh - {SHORT}", portlet("Thư viện ảnh", inner))


def video(request: Request) -> Response:
    inner = """<h3 class="video-title">Phóng sự: Thanh Hóa nâng cao chất lượng giáo dục vùng cao</h3>
<div class="video-meta">Ngày đăng: 14/11/2026 02:10 CH | Lượt xem: 842</div>
<div class="video-player"><iframe src="https://www.youtube.com/embed/Zp7aQ1mK3dE" width="720" height="405" allowfullscreen></iframe></div>
<p class="video-desc">Phóng sự của Đài Phát thanh và Truyền hình Thanh Hóa về những nỗ lực nâng cao chất lượng dạy và học tại các huyện miền núi của tỉnh.</p>"""
    return layout(request, f"Video - {SHORT}", portlet("Video", inner))


# --- routing --------------------------------------------------------------------------------

FRIENDLY = re.compile(r"/web/sgddt/-/([a-z0-9-]+)-(\d+)")


class JavaCmsSite:
    def respond(self, request: Request) -> Response | None:
        path = re.sub(r";jsessionid=[0-9A-Za-z]+", "", request.path, flags=re.IGNORECASE)
        params = request.params
        if path.startswith(("/o/", "/documents/", "/sgddt/upload/", "/sgddt/images/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/web/sgddt", "/web/sgddt/"):
            return redirect("/web/sgddt/trang-chu", 302)
        if path == "/web/sgddt/trang-chu":
            return home(request)
        if m := FRIENDLY.fullmatch(path):
            s = BY_ID.get(int(m.group(2)))
            if s is None or s.slug != m.group(1):
                return None
            if s.opts["tpl"] == "jsp":  # the new portal's URL of a migrated item: 301 to the old module
                return redirect(jsp(s), 301)
            if params.get("viewMode") == "print":
                return print_page(request, s)
            plid = params.get("p_l_id")
            known = {str(HOME_PLID)} | {str(v[1]) for v in CATS.values()}
            if plid is not None and plid not in known:
                return None
            return portal_article(request, s, int(plid) if plid else None)
        if path in ("/sgddt/tin-tuc/chi-tiet.jsp", "/sgddt/tin-tuc/in-bai.jsp", "/sgddt/tin-tuc/gui-email.jsp"):
            s = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            if s is None or s.opts["tpl"] != "jsp":
                return None
            if path.endswith("chi-tiet.jsp"):
                return jsp_article(request, s)
            return print_page(request, s) if path.endswith("in-bai.jsp") else email_page(request, s)
        if path == "/sgddt/tin-tuc/danh-sach.jsp":
            page = params.get("page", "1")
            cat = params.get("cat")
            if not page.isdigit() or (cat is not None and (not cat.isdigit() or int(cat) not in CAT_BY_ID)):
                return None
            return listing(request, CAT_BY_ID[int(cat)] if cat else None, int(page))
        if path == "/sgddt/van-ban/danh-sach.jsp":
            return doc_list(request)
        if path == "/sgddt/van-ban/chi-tiet.jsp":
            i = params.get("id", "")
            return doc_page(request, int(i)) if i.isdigit() and int(i) in DOCS else None
        if path == "/sgddt/lich-cong-tac.jsp" and params.get("tuan") in ("48", "49"):
            return schedule(request)
        if path in ("/web/sgddt/gioi-thieu", "/web/sgddt/lien-he"):
            return static_page(request, path.rsplit("/", 1)[1])
        if path == "/web/sgddt/thu-vien-anh":
            return gallery(request)
        if path == ALBUM_PATH:
            return album(request)
        if path == VIDEO_PATH:
            return video(request)
        return None


def build_site() -> JavaCmsSite:
    return JavaCmsSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    if s.opts["tpl"] == "portal":
        plid = CATS[s.cat][1]
        alts = [
            friendly(s, plid),
            friendly(s, HOME_PLID),
            print_url(s, plid),
            print_url(s, HOME_PLID),
            print_url(s),
        ]
        return gold_record(s, friendly(s, plid), CATEGORIES[s.cat], canonical_path=friendly(s), alt_paths=alts)
    alts = [jsp(s, sid=True), jsp(s, page="in-bai"), jsp(s, sid=True, page="in-bai")]
    return gold_record(s, jsp(s), CATEGORIES[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in sorted(STORIES, key=sort_key, reverse=True)]

NON_ARTICLES = [
    "/web/sgddt/gioi-thieu",
    "/web/sgddt/lien-he",
    "/sgddt/van-ban/chi-tiet.jsp?id=2031",
    SCHEDULE_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
]
