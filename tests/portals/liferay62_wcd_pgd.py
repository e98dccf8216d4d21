"""Phòng Giáo dục và Đào tạo huyện Tam Nông (Phú Thọ): a district sub-site of the province's
shared e-gov portal, Liferay Portal 6.2 CE (Web Content Display 56 and Asset Publisher 101
portlets, the province theme ``phutho-egov-theme`` used by every district sub-site).

URL scheme
- ``/`` -> 302 to ``/web/pgd-tamnong`` (the site's first layout, "Trang chủ"): START_PATH.
- ``/web/pgd-tamnong/tin-tuc``: the page "Tin tức - Sự kiện", Asset Publisher instance
  ``Tn8wQpLx3KfZ`` (delta 5, 13 assets, 3 pages) in column-1 and a second Asset Publisher
  ``r2NmYvB7cHsE`` ("Tin mới cập nhật", 3 latest) in column-2. Its pages are
  ``/web/pgd-tamnong/tin-tuc?p_p_id=101_INSTANCE_Tn8wQpLx3KfZ&p_p_lifecycle=0&…&_101_INSTANCE_Tn8wQpLx3KfZ_cur=<N>``.
- ``/web/pgd-tamnong/tin-giao-duc``, ``/hoat-dong-chuyen-mon``, ``/thong-bao``: one page per
  asset category (the menu's drop-down under "Tin tức - Sự kiện"), each with its own Asset
  Publisher instance filtered by category, paginated the same way (``…_cur=<N>``).
- ``/web/pgd-tamnong/tin-tuc/-/asset_publisher/<instanceId>/content/<urlTitle>``: an article,
  shown full by the portlet whose instance id is in the URL; the listings on "Tin tức" add
  ``?redirect=<URL-encoded listing page>``.
- ``/web/pgd-tamnong/<page>``: gioi-thieu, co-cau-to-chuc, lien-he, van-ban, thu-vien-anh,
  video (Web Content Display / Document Library / Media Gallery pages).
- Images: ``/documents/<groupId>/<folderId>/<title>/<uuid>?t=<ms>`` (article photos, no
  extension at the end of the path), ``/image/journal/article?img_id=…&t=…`` (listing small
  images), ``/image/company_logo?…``, theme files under ``/phutho-egov-theme/``.

Page templates
- every page: the theme's banner (company logo inside an ``<h1 class="site-title">``), the
  date "Thứ Bảy, 05/12/2026", the nav (``#navigation`` with ``ul.child-menu`` drop-downs), the
  breadcrumb (``ul.breadcrumb``), portlets in ``section.portlet`` with an
  ``<h1 class="portlet-title">`` each, a sidebar (links, visitor counter, poll results), footer.
- full content: ``div.taglib-header`` (back link, ``<h3 class="header-title">`` headline),
  ``div.asset-full-content > div.asset-content > div.journal-content-article`` holding the web
  content rendered by its template, then ``div.asset-ratings``, ``div.asset-metadata`` and an
  "Các tin khác" list. Two kinds of web content: the province structure "TIN_BAI" (template
  prints ``div.tb-ngay`` date line, ``div.tb-tomtat`` sapo, ``div.tb-noidung`` text,
  ``div.tb-tacgia`` / ``div.tb-nguon`` fields) and "Basic Web Content" (the CKEditor HTML alone).

How each gold article is reached
- home (``/web/pgd-tamnong``): the 5 newest (ids 1–5) and the three notices' titles;
- "Tin tức" listing: all 13 over ``_cur=1..3`` (ids 11–13 only on page 3 there);
- category pages: Tin giáo dục has 6 assets (id 13 only on its page 2);
- the column-2 "Tin mới cập nhật" portlet: ids 1–3 under its own instance id;
- every article page lists "Các tin khác" (the 5 following ones).

Traps
1. Same post under two Asset Publisher instance ids: ``…/asset_publisher/Tn8wQpLx3KfZ/content/x``
   (main column) and ``…/asset_publisher/r2NmYvB7cHsE/content/x`` (the sidebar portlet). On the
   second, Liferay shows the article *inside the narrow column-2 portlet* while column-1 still
   prints the listing's page 1 (five abstracts with their own summaries), and its rel=canonical
   is its own URL. Gold: one article, the main-instance URL canonical, the sidebar URL in
   ``alt_paths``.
2. ``?redirect=<encoded listing URL>`` on every link from the "Tin tức" listing (each listing
   page gives its own value; page 1 reached as ``/tin-tuc`` or as ``_cur=1`` gives the ``_cur=1``
   value). Gold: the URL without query is canonical, the redirect forms are ``alt_paths``.
3. The headline is an ``<h3 class="header-title">`` inside ``div.taglib-header``; the page's
   ``<h1>`` elements are the logo (``h1.site-title``) and the portlet titles ("Tin tức - Sự
   kiện", "Tin mới cập nhật", "Liên kết website" …). Gold title: the h3 text.
4. Dates in the asset metadata are Liferay's short vi_VN format ``dd/MM/yy`` with no label:
   ``<span class="metadata-entry metadata-modified-date">05/12/26</span>`` printed *before*
   ``metadata-publish-date`` "03/12/26" (read as yy/MM/dd it would be 2003-12-26). Basic web
   contents print nothing else: gold is the publish day ("2026-12-03"); the modified date is
   never the publication date. TIN_BAI contents also print "Ngày đăng: 04/12/2026 - 16:15" in
   ``div.tb-ngay``: gold has the time; "00:00" there is a day alone (id 7).
5. Category: the breadcrumb of every article says "Tin tức - Sự kiện" (the page the asset
   publisher lives on); the section an article is filed under is its asset category, printed in
   ``span.taglib-asset-categories-summary`` ("Chuyên mục: Hoạt động chuyên môn") and the menu.
   Gold category: the asset category.
6. Photos in CKEditor layout tables (``<table align="center"><tr><td><img></td></tr><tr><td>
   <em>caption</em></td></tr></table>``): the table is not a data table, its caption row is no
   body paragraph; once (id 6) the caption row is *above* the photo. Gold: caption of that photo.
7. A byline glued to the last paragraph by ``<br>``: ``<p>…năm học.<br><strong>Tin, ảnh: Lê Thị
   Mai</strong></p>`` (id 3). Gold: the sentence is body, the byline line is not; Lê Thị Mai is
   author and photographer.
8. ``span.metadata-author`` prints the CMS account's full name ("Quản trị Phòng GD&ĐT") on every
   article: never an author. Authors come from ``div.tb-tacgia`` ("Tác giả: ThS. Phan Văn Khải -
   Phó Trưởng phòng" -> "Phan Văn Khải") or the signature in the text.
9. Pagination: the visible pager has only "Đầu / Trước / Tiếp / Cuối" (disabled ones are
   ``href="javascript:;"``); the page numbers are in the "Trang 1 của 3" drop-down
   (``ul.dropdown-menu``). Gold: articles on pages 2 and 3 must be found through them.
10. The listing abstracts repeat the sapo (``div.asset-summary``) and show small images
    ``/image/journal/article?img_id=…`` that are not article photos; the article's own lead
    photos come from ``/documents/…?t=…`` (a path with no file extension at its end).
11. An official notice printed as a document (id 2): letterhead table, "Số: 312/TB-PGDĐT", kind
    and subject, "Nơi nhận", signer. Gold: the letterhead's day 2026-12-02 (the asset metadata
    says 03/12/26), signer Đỗ Minh Tuấn is the author.
12. "Tải về: …" attachment line with a PDF icon (id 7), "Ảnh: Hoàng Nam" credit lines (id 6)
    and a "(Ảnh minh họa)" line (id 5). Gold: the attachment is not body and its icon is no
    image; "Ảnh: X" credits a photographer (caption None); "Ảnh minh họa" is a caption.

Gold decisions on ambiguous points
- category = the asset category (Tin giáo dục / Hoạt động chuyên môn / Thông báo), not the
  breadcrumb's "Tin tức - Sự kiện" page.
- The TIN_BAI ``div.tb-tomtat`` (bold) is the sapo: summary and first body paragraph. A Basic
  Web Content whose first paragraph is all bold has that paragraph as sapo; otherwise null.
- ``div.tb-nguon`` "Nguồn: Báo Phú Thọ" and a closing "Nguồn: …" line are the source.
- A unit signing alone ("Trường THCS Văn Lương", "Tổ Văn phòng") is the author as printed.
- The AP ratings, view count, "Các tin khác" and the letterhead/closing of id 2 are not body;
  the schedule table of id 9 is (rows with cells joined by " | ").
"""

from __future__ import annotations

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
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "liferay62_wcd_pgd"
PLATFORM = "Liferay Portal 6.2 CE (Web Content Display + Asset Publisher, province e-gov theme)"
START_PATH = "/web/pgd-tamnong"

SITE = "/web/pgd-tamnong"
TIN_TUC = f"{SITE}/tin-tuc"
MAIN = "Tn8wQpLx3KfZ"
SIDE = "r2NmYvB7cHsE"
HOME_AP = "hM4kZt0pWq7e"
SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Tam Nông"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
DELTA = 5

CATS = {
    "Tin giáo dục": ("tin-giao-duc", "gDuc5TqWm1Lp", 30412),
    "Hoạt động chuyên môn": ("hoat-dong-chuyen-mon", "cMon8RzXa2Ke", 30415),
    "Thông báo": ("thong-bao", "tBao3NvQe6Hs", 30418),
}


def _doc(name: str, n: int) -> str:
    return f"/documents/20147/31502/{name}/5b8c0f2e-1a3d-4c1e-9f6a-7d2b8e4c1a{n:02d}?t=17648{n:02d}000000"


_SPAN = '<span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">{}</span></span>'

STORIES: list[Story] = [
    Story(
        1, "hoi-nghi-so-ket-chuyen-mon-hoc-ky-i-cap-thcs-nam-hoc-2026-2027",
        "Hội nghị sơ kết công tác chuyên môn học kỳ I cấp THCS năm học 2026 - 2027",
        "Hoạt động chuyên môn", "2026-12-04T16:15:00+07:00",
        [
            P("Chiều ngày 04/12/2026, Phòng GD&ĐT Tam Nông tổ chức Hội nghị sơ kết công tác chuyên "
              "môn học kỳ I cấp THCS năm học 2026 - 2027 với sự tham dự của cán bộ quản lý và tổ "
              "trưởng chuyên môn 14 trường THCS trên địa bàn huyện."),
            Img(_doc("hoi-nghi-so-ket-1.jpg", 1), "Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị", "tbl"),
            P("Trong học kỳ I, các nhà trường đã thực hiện nghiêm túc chương trình giáo dục phổ "
              "thông 2018, đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học; 100% giáo "
              "viên xây dựng kế hoạch bài dạy theo Công văn 5512."),
            P("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như việc ứng dụng công "
              "nghệ thông tin ở một số trường còn chưa đồng đều, kiểm tra đánh giá còn nặng về ghi nhớ."),
            P("Phát biểu kết luận, đồng chí Trưởng phòng đề nghị các trường tập trung ôn tập, tổ chức "
              "kiểm tra cuối học kỳ I nghiêm túc, khách quan, đúng thực chất."),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thu Hà</strong> - Tổ Chuyên môn THCS</p>'),
        ],
        authors=["Nguyễn Thu Hà"],
        summary="Sáng 04/12, Phòng GD&ĐT huyện Tam Nông đã tổ chức hội nghị sơ kết đánh giá kết quả "
                "thực hiện nhiệm vụ chuyên môn học kỳ I và triển khai nhiệm vụ trọng tâm học kỳ II.",
        sapo_outside=True,
        opts={"tpl": True, "day": "04/12/2026", "time": "16:15", "mod": "04/12/26", "pub": "04/12/26",
              "tacgia": None, "thumb": 31901},
    ),
    Story(
        2, "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
        "Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        "Thông báo", "2026-12-02",
        [
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>'
                '<tr><td style="text-align: center; width: 42%;">UBND HUYỆN TAM NÔNG<br />'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 312/TB-PGDĐT</td>'
                '<td style="text-align: right;"><em>Tam Nông, ngày 02 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027</strong></p>"
            ),
            P("Căn cứ Kế hoạch số 118/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT huyện Tam Nông về "
              "thực hiện nhiệm vụ năm học 2026 - 2027, Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học "
              "sinh giỏi lớp 9 cấp huyện như sau:"),
            P("1. Thời gian thi: ngày 19/12/2026 (thứ Bảy). Thí sinh có mặt tại điểm thi lúc 07 giờ 00."),
            P("2. Địa điểm: Trường THCS thị trấn Hưng Hóa, huyện Tam Nông."),
            P("3. Môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí."),
            P("4. Các trường gửi danh sách thí sinh dự thi về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) "
              "trước ngày 12/12/2026."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
                '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các trường THCS;<br />- Lãnh đạo phòng;<br />- Lưu: VT, CM.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Đỗ Minh Tuấn</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Đỗ Minh Tuấn"],
        opts={"tpl": False, "mod": "05/12/26", "pub": "03/12/26", "thumb": None},
    ),
    Story(
        3, "truong-mam-non-huong-non-to-chuc-chuyen-de-be-vui-hoc-toan",
        "Trường Mầm non Hương Nộn tổ chức chuyên đề “Bé vui học toán”",
        "Hoạt động chuyên môn", "2026-12-02T14:00:00+07:00",
        [
            P("Nhằm nâng cao chất lượng hoạt động làm quen với toán cho trẻ mẫu giáo, ngày 01/12/2026 "
              "Trường Mầm non Hương Nộn đã tổ chức chuyên đề “Bé vui học toán” cấp trường."),
            P("Tham dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt cán "
              "các trường mầm non cụm Hương Nộn - Cổ Tiết - Dị Nậu."),
            Img(_doc("be-vui-hoc-toan.jpg", 3), "Cô và trò lớp Mẫu giáo lớn A1 trong hoạt động làm quen với số lượng",
                "Cô và trò lớp Mẫu giáo lớn A1 trong hoạt động làm quen với số lượng", "br"),
            P("Qua các hoạt động được thiết kế dưới hình thức trò chơi, trẻ hào hứng, chủ động tham gia; "
              "giáo viên linh hoạt sử dụng đồ dùng tự làm từ nguyên vật liệu sẵn có ở địa phương."),
            P("Chuyên đề góp phần giúp đội ngũ giáo viên có thêm kinh nghiệm tổ chức hoạt động học theo "
              "hướng lấy trẻ làm trung tâm trong năm học.", "glue"),
        ],
        authors=["Lê Thị Mai"], photographers=["Lê Thị Mai"],
        summary="Chuyên đề thu hút sự quan tâm của đông đảo cán bộ, giáo viên các trường mầm non trong cụm.",
        sapo_outside=True,
        opts={"tpl": True, "day": "02/12/2026", "time": "14:00", "mod": "03/12/26", "pub": "02/12/26",
              "tacgia": None, "thumb": 31903, "glue": "<strong>Tin, ảnh: Lê Thị Mai</strong>"},
    ),
    Story(
        4, "tam-nong-100-truong-hoc-hoan-thanh-kiem-tra-an-toan-thuc-pham-bep-an-ban-tru",
        "Tam Nông: 100% trường học hoàn thành kiểm tra an toàn thực phẩm bếp ăn bán trú",
        "Tin giáo dục", "2026-11-30T09:00:00+07:00",
        [
            P("Từ ngày 16 đến 28/11/2026, đoàn kiểm tra liên ngành của huyện Tam Nông đã kiểm tra công "
              "tác bảo đảm an toàn thực phẩm tại bếp ăn bán trú của 32 trường mầm non, tiểu học và THCS."),
            P("Kết quả cho thấy các trường đều có hợp đồng cung cấp thực phẩm với cơ sở có đủ điều kiện, "
              "thực hiện lưu mẫu thức ăn 24 giờ và ghi chép sổ kiểm thực ba bước đúng quy định."),
            Img(_doc("kiem-tra-bep-an.jpg", 4), "Đoàn kiểm tra làm việc tại bếp ăn Trường Mầm non Hưng Hóa",
                "Đoàn kiểm tra làm việc tại bếp ăn Trường Mầm non Hưng Hóa", "next"),
            P("Đoàn đề nghị một số trường bổ sung tủ lưu mẫu, sửa chữa hệ thống thoát nước khu sơ chế "
              "và tập huấn kiến thức an toàn thực phẩm cho nhân viên nấu ăn trước ngày 31/12/2026."),
        ],
        authors=["Thanh Nga"], source="Báo Phú Thọ",
        summary="Đoàn kiểm tra liên ngành đánh giá các bếp ăn bán trú cơ bản bảo đảm điều kiện vệ sinh, "
                "an toàn thực phẩm.",
        sapo_outside=True,
        opts={"tpl": True, "day": "30/11/2026", "time": "09:00", "mod": "30/11/26", "pub": "30/11/26",
              "tacgia": "Tác giả: Thanh Nga", "nguon": "Nguồn: Báo Phú Thọ", "thumb": 31904},
    ),
    Story(
        5, "phat-dong-cuoc-thi-giao-vien-chu-nhiem-gioi-nam-hoc-2026-2027",
        "Phát động cuộc thi “Giáo viên chủ nhiệm giỏi” năm học 2026 - 2027",
        "Tin giáo dục", "2026-11-27",
        [
            P("Phòng GD&ĐT huyện Tam Nông phát động cuộc thi “Giáo viên chủ nhiệm giỏi” cấp huyện dành "
              "cho giáo viên tiểu học và THCS năm học 2026 - 2027.", "lead"),
            Img(_doc("gvcn-gioi.jpg", 5), "(Ảnh minh họa)", "Ảnh minh họa", "next"),
            P("Cuộc thi nhằm tôn vinh những giáo viên có nhiều sáng tạo trong công tác chủ nhiệm lớp, "
              "xây dựng môi trường học đường an toàn, thân thiện, phòng chống bạo lực học đường."),
            P("Mỗi giáo viên dự thi trình bày một giải pháp giáo dục học sinh và thực hiện một tiết sinh "
              "hoạt lớp trước ban giám khảo; vòng chung khảo dự kiến tổ chức vào tháng 3/2027."),
            P("Các trường đăng ký danh sách giáo viên dự thi trước ngày 20/12/2026."),
        ],
        summary="Phòng GD&ĐT huyện Tam Nông phát động cuộc thi “Giáo viên chủ nhiệm giỏi” cấp huyện dành "
                "cho giáo viên tiểu học và THCS năm học 2026 - 2027.",
        opts={"tpl": False, "mod": "28/11/26", "pub": "27/11/26", "thumb": 31905},
    ),
    Story(
        6, "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "Tin giáo dục", "2026-11-19T10:30:00+07:00",
        [
            P("Sáng 19/11/2026, UBND huyện Tam Nông tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt "
              "Nam, biểu dương các tập thể, cá nhân có thành tích xuất sắc trong năm học 2025 - 2026."),
            Img(_doc("gap-mat-20-11-a.jpg", 6), "Các đại biểu dự buổi gặp mặt",
                "Các đại biểu dự buổi gặp mặt", "tbl_above"),
            P("Năm học vừa qua, toàn huyện có 2 học sinh đạt giải cấp quốc gia, 96 học sinh đạt giải "
              "cấp tỉnh; tỷ lệ trường đạt chuẩn quốc gia đạt 87,5%."),
            Img(_doc("gap-mat-20-11-b.jpg", 7), "Ảnh: Hoàng Nam", None, "tbl"),
            P("Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 45 cá nhân có thành tích "
              "xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”."),
            Raw('<p style="text-align: right;"><strong>Minh Phương</strong></p>'),
        ],
        authors=["Minh Phương"], photographers=["Hoàng Nam"],
        summary="Buổi gặp mặt là dịp tri ân các thế hệ nhà giáo đã đóng góp cho sự nghiệp giáo dục "
                "huyện nhà.",
        sapo_outside=True,
        opts={"tpl": True, "day": "19/11/2026", "time": "10:30", "mod": "20/11/26", "pub": "19/11/26",
              "tacgia": None, "thumb": 31906},
    ),
    Story(
        7, "thong-bao-ke-hoach-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia",
        "Thông báo kế hoạch kiểm tra công nhận trường đạt chuẩn quốc gia năm 2026",
        "Thông báo", "2026-11-16",
        [
            P("Thực hiện kế hoạch của UBND huyện, Phòng GD&ĐT thông báo lịch kiểm tra, đánh giá ngoài "
              "và đề nghị công nhận trường đạt chuẩn quốc gia đối với 04 trường trên địa bàn."),
            P("Trường Mầm non Thọ Văn: ngày 24/11/2026."),
            P("Trường Tiểu học Tứ Mỹ: ngày 25/11/2026."),
            P("Trường THCS Quang Húc và Trường THCS Xuân Quang: ngày 26 - 27/11/2026."),
            P("Đề nghị các trường hoàn thiện hồ sơ tự đánh giá, chuẩn bị cơ sở vật chất và bố trí cán "
              "bộ, giáo viên làm việc với đoàn theo lịch."),
            Raw('<p><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
                '<a href="/documents/20147/31877/KH+128-PGDDT.pdf/a1f0c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d">'
                "Tải về: Kế hoạch số 128/KH-PGDĐT</a></p>"),
        ],
        summary="Phòng GD&ĐT thông báo lịch kiểm tra công nhận trường đạt chuẩn quốc gia năm 2026.",
        sapo_outside=True,
        opts={"tpl": True, "day": "16/11/2026", "time": "00:00", "mod": "17/11/26", "pub": "16/11/26",
              "tacgia": None, "thumb": None},
    ),
    Story(
        8, "truong-thcs-van-luong-dat-giai-nhat-hoi-khoe-phu-dong-cap-huyen",
        "Trường THCS Văn Lương đạt giải Nhất Hội khỏe Phù Đổng cấp huyện",
        "Tin giáo dục", "2026-11-13",
        [
            P("Hội khỏe Phù Đổng huyện Tam Nông lần thứ XII năm 2026 đã khép lại sau ba ngày tranh tài "
              "sôi nổi với sự tham gia của hơn 600 vận động viên đến từ 32 trường học."),
            P("Với 9 huy chương vàng, 6 huy chương bạc và 4 huy chương đồng ở các môn điền kinh, cầu "
              "lông, bóng bàn và cờ vua, đoàn vận động viên Trường THCS Văn Lương đã xuất sắc giành giải "
              "Nhất toàn đoàn khối THCS."),
            Img(_doc("hkpd-van-luong.jpg", 8), "Đoàn vận động viên Trường THCS Văn Lương nhận cờ giải Nhất",
                "Đoàn vận động viên Trường THCS Văn Lương nhận cờ giải Nhất", "div"),
            P("Giải Nhì thuộc về Trường THCS thị trấn Hưng Hóa, giải Ba thuộc về Trường THCS Hiền Quan."),
            Raw('<div style="text-align: right;"><strong>Trường THCS Văn Lương</strong></div>'),
        ],
        authors=["Trường THCS Văn Lương"],
        opts={"tpl": False, "mod": "14/11/26", "pub": "13/11/26", "thumb": 31908, "div": True},
    ),
    Story(
        9, "tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-tieu-hoc",
        "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên tiểu học",
        "Hoạt động chuyên môn", "2026-11-06T15:45:00+07:00",
        [
            P("Trong hai ngày 05 và 06/11/2026, Phòng GD&ĐT Tam Nông tổ chức lớp tập huấn ứng dụng trí "
              "tuệ nhân tạo (AI) trong soạn giảng cho 120 giáo viên cốt cán cấp tiểu học."),
            P("Nội dung tập huấn gồm:"),
            P("Sử dụng công cụ AI hỗ trợ xây dựng kế hoạch bài dạy và phiếu học tập;", "li"),
            P("Thiết kế câu hỏi đánh giá theo mức độ nhận thức;", "li"),
            P("Lưu ý về bảo mật dữ liệu học sinh và liêm chính học thuật.", "li"),
            P("Lịch tập huấn cụ thể:"),
            P("Ngày | Nội dung | Báo cáo viên", "tr"),
            P("05/11/2026 | Tổng quan về AI trong giáo dục | Phan Văn Khải", "tr"),
            P("06/11/2026 | Thực hành soạn giảng | Tổ cốt cán tiểu học", "tr"),
            P("Kết thúc lớp tập huấn, mỗi học viên hoàn thành một sản phẩm kế hoạch bài dạy có ứng dụng AI."),
        ],
        authors=["Phan Văn Khải"],
        summary="Lớp tập huấn giúp giáo viên tiếp cận các công cụ AI phục vụ thiết kế bài dạy.",
        sapo_outside=True,
        opts={"tpl": True, "day": "06/11/2026", "time": "15:45", "mod": "06/11/26", "pub": "06/11/26",
              "tacgia": "Tác giả: ThS. Phan Văn Khải - Phó Trưởng phòng", "thumb": 31909},
    ),
    Story(
        10, "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "Hoạt động chuyên môn", "2026-10-29",
        [
            P("Từ ngày 20 đến 28/10/2026, Phòng GD&ĐT huyện Tam Nông tổ chức Hội thi giáo viên dạy giỏi "
              "cấp huyện bậc Tiểu học với 58 giáo viên đến từ 17 trường tham gia."),
            P("Các giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy "
              "và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt hoặc Toán."),
            Img(_doc("gvdg-tieu-hoc.jpg", 10), "Một tiết dạy thực hành tại Trường Tiểu học Thanh Uyên",
                "Một tiết dạy thực hành tại Trường Tiểu học Thanh Uyên", "next"),
            P("Kết quả, 41 giáo viên được công nhận giáo viên dạy giỏi cấp huyện."),
            Raw('<p style="text-align: right;"><em>Tin: Bùi Hồng Nhung - Ảnh: Trần Quốc Việt</em></p>'),
        ],
        authors=["Bùi Hồng Nhung"], photographers=["Trần Quốc Việt"],
        opts={"tpl": False, "mod": "30/10/26", "pub": "29/10/26", "thumb": 31910, "entities": True},
    ),
    Story(
        11, "thong-bao-to-chuc-hoi-thi-thiet-ke-bai-giang-dien-tu",
        "Thông báo tổ chức Hội thi “Thiết kế bài giảng điện tử” cấp huyện",
        "Thông báo", "2026-10-21T08:00:00+07:00",
        [
            P("Phòng GD&ĐT huyện Tam Nông tổ chức Hội thi “Thiết kế bài giảng điện tử” cấp huyện năm học "
              "2026 - 2027 dành cho giáo viên các cấp học."),
            P("Mỗi trường chọn tối thiểu 02 sản phẩm tiêu biểu gửi dự thi; sản phẩm gửi qua hệ thống thư "
              "điện tử công vụ trước ngày 30/11/2026."),
            P("Ban tổ chức sẽ chấm sơ khảo trực tuyến và chọn 20 sản phẩm vào vòng chung khảo."),
        ],
        summary="Hội thi nhằm khuyến khích giáo viên ứng dụng công nghệ thông tin trong dạy học.",
        sapo_outside=True,
        opts={"tpl": True, "day": "21/10/2026", "time": "08:00", "mod": "22/10/26", "pub": "21/10/26",
              "tacgia": None, "thumb": None},
    ),
    Story(
        12, "phong-gd-dt-tam-nong-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Phòng GD&ĐT Tam Nông triển khai nhiệm vụ năm học 2026 - 2027",
        "Tin giáo dục", "2026-10-14T08:30:00+07:00",
        [
            P("Ngày 13/10/2026, Phòng GD&ĐT huyện Tam Nông tổ chức hội nghị tổng kết năm học 2025 - 2026, "
              "triển khai nhiệm vụ năm học 2026 - 2027."),
            Img(_doc("trien-khai-nhiem-vu.jpg", 12), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "tbl"),
            P("Năm học 2026 - 2027, ngành tập trung thực hiện chương trình giáo dục phổ thông 2018, đẩy "
              "mạnh chuyển đổi số, xây dựng trường học hạnh phúc và nâng cao chất lượng mũi nhọn."),
            P("Hội nghị cũng triển khai các văn bản mới về đánh giá học sinh, dạy thêm học thêm và công "
              "tác bồi dưỡng đội ngũ."),
        ],
        authors=["Tổ Văn phòng"],
        summary="Hội nghị đề ra 7 nhiệm vụ trọng tâm và 3 giải pháp đột phá trong năm học mới.",
        sapo_outside=True,
        opts={"tpl": True, "day": "14/10/2026", "time": "08:30", "mod": "15/10/26", "pub": "14/10/26",
              "tacgia": "Tác giả: Tổ Văn phòng", "thumb": 31912},
    ),
    Story(
        13, "khai-mac-hoi-thao-giao-vien-huyen-tam-nong-nam-2026",
        "Khai mạc Hội thao giáo viên huyện Tam Nông năm 2026",
        "Tin giáo dục", "2026-10-08",
        [
            P("Hội thao giáo viên huyện Tam Nông năm 2026 chính thức khai mạc tại Nhà thi đấu Trung tâm "
              "Văn hóa huyện.", "lead"),
            P("Hội thao có 420 vận động viên là cán bộ, giáo viên, nhân viên của 32 đơn vị trường học thi "
              "đấu ở 5 môn: bóng chuyền hơi, cầu lông, bóng bàn, kéo co và cờ tướng."),
            Img(_doc("hoi-thao-giao-vien.jpg", 13), "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc", "br"),
            P("Hội thao diễn ra đến hết ngày 11/10/2026."),
            Raw('<p style="text-align: right;"><strong>Quang Hưng</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Đài TT-TH huyện Tam Nông</em></p>'),
        ],
        authors=["Quang Hưng"], source="Đài TT-TH huyện Tam Nông",
        summary="Hội thao giáo viên huyện Tam Nông năm 2026 chính thức khai mạc tại Nhà thi đấu Trung tâm "
                "Văn hóa huyện.",
        opts={"tpl": False, "mod": "09/10/26", "pub": "08/10/26", "thumb": 31913},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
ORDER = STORIES  # already newest first


# --- URLs --------------------------------------------------------------------------------------


def list_url(page_path: str, inst: str, cur: int) -> str:
    """A listing page as Liferay 6.2's page iterator prints it."""
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"{page_path}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=2&{ns}delta={DELTA}&{ns}keywords=&{ns}advancedSearch=false"
        f"&{ns}andOperator=true&p_r_p_564233524_resetCur=false&{ns}cur={cur}"
    )


def article_path(story: Story, inst: str = MAIN) -> str:
    return f"{TIN_TUC}/-/asset_publisher/{inst}/content/{story.slug}"


def redirect_path(story: Story, cur: int) -> str:
    return article_path(story) + "?redirect=" + quote(list_url(TIN_TUC, MAIN, cur), safe="")


def main_page_of(story: Story) -> int:
    return ORDER.index(story) // DELTA + 1


def _pages(n: int) -> int:
    return max(1, (n + DELTA - 1) // DELTA)


# --- chrome ------------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", SITE, []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Giới thiệu chung", f"{SITE}/gioi-thieu"),
                                          ("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")]),
    ("Tin tức - Sự kiện", TIN_TUC, [(name, f"{SITE}/{slug}") for name, (slug, _i, _c) in CATS.items()]),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện", f"{SITE}/thu-vien-anh", [("Thư viện ảnh", f"{SITE}/thu-vien-anh"), ("Video", f"{SITE}/video")]),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def _nav(selected: str) -> str:
    out = ['<nav class="sort-pages modify-pages" id="navigation" role="navigation">',
           '<ul aria-label="Trang Web" role="menubar">']
    for i, (label, href, kids) in enumerate(NAV, 1):
        cls = "selected" if label == selected else ""
        out.append(f'<li class="{cls}" id="layout_{i}" role="presentation">'
                   f'<a aria-labelledby="layout_{i}" href="{esc(href)}"'
                   f'{" aria-haspopup=true" if kids else ""} role="menuitem"><span> {esc(label)}</span></a>')
        if kids:
            out.append('<ul class="child-menu" role="menu">')
            for j, (kl, kh) in enumerate(kids, 1):
                out.append(f'<li class="" id="layout_{i}{j}" role="presentation">'
                           f'<a aria-labelledby="layout_{i}{j}" href="{esc(kh)}" role="menuitem">{esc(kl)}</a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for i, (label, href) in enumerate(items):
        last = i == len(items) - 1
        cls = ("first " if i == 0 else "") + ("active last " if last else "") + "breadcrumb-truncate"
        inner = esc(label) if href is None else f'<a href="{esc(href)}">{esc(label)}</a>'
        lis.append(f'<li class="{cls}">{inner}{"" if last else "<span class=divider>/</span>"}</li>')
    return ('<nav id="breadcrumbs"><ul aria-label="Đường dẫn" class="breadcrumb breadcrumb-horizontal">'
            + "".join(lis) + "</ul></nav>")


def _portlet(pid: str, title: str, inner: str, extra_cls: str = "portlet-asset-publisher") -> str:
    base = pid.split("_INSTANCE_")[0]
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end '
        f'portlet-borderless {extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1></header>'
        f'<div class="portlet-content"><div class="portlet-content-container" style="">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _sidebar_common() -> str:
    links = _portlet(
        "56_INSTANCE_lKw9Bq2Te5Ra", "Liên kết website",
        '<div class="journal-content-article"><ul class="lien-ket">'
        '<li><a href="http://sogddt.phutho.gov.vn" target="_blank">Sở GD&amp;ĐT Phú Thọ</a></li>'
        '<li><a href="http://tamnong.phutho.gov.vn" target="_blank">Cổng TTĐT huyện Tam Nông</a></li>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li></ul>'
        '<p><a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" '
        'src="/phutho-egov-theme/images/custom/banner-csdl.png" /></a></p></div>',
        "portlet-journal-content",
    )
    docs = _portlet(
        "56_INSTANCE_vBm2Xc7Ld0Qs", "Văn bản mới",
        '<div class="journal-content-article"><ul>'
        f'<li><a href="{SITE}/van-ban">Kế hoạch số 128/KH-PGDĐT về kiểm tra trường chuẩn</a></li>'
        f'<li><a href="{SITE}/van-ban">Công văn 305/PGDĐT-CM hướng dẫn kiểm tra cuối kỳ I</a></li>'
        "</ul></div>",
        "portlet-journal-content",
    )
    poll = _portlet(
        "59_INSTANCE_pQ7rT1yU3iOp", "Thăm dò ý kiến",
        '<div class="poll-question"><p>Bạn đánh giá thế nào về Trang thông tin của Phòng?</p>'
        '<table class="table"><tr><td>Rất hữu ích</td><td>62%</td></tr>'
        "<tr><td>Hữu ích</td><td>31%</td></tr><tr><td>Bình thường</td><td>7%</td></tr></table>"
        "<p>Tổng số phiếu: 412</p></div>",
        "portlet-polls-display",
    )
    counter = _portlet(
        "56_INSTANCE_cNt4Hs8Jk1Mz", "Thống kê truy cập",
        '<div class="journal-content-article"><div class="thongke">'
        "<div>Đang online: <b>17</b></div><div>Hôm nay: <b>356</b></div>"
        "<div>Tổng truy cập: <b>1.284.903</b></div></div></div>",
        "portlet-journal-content",
    )
    return links + docs + poll + counter


def _side_latest(exclude: str | None = None) -> str:
    items = []
    for s in ORDER[:3]:
        day = s.opts.get("day") or s.published_at[8:10] + "/" + s.published_at[5:7] + "/" + s.published_at[:4]
        items.append(f'<li class="title-list"><a href="{esc(article_path(s, SIDE))}">{esc(s.title)}</a> '
                     f'<span class="ngay">({esc(day[:5])})</span></li>')
    return _portlet(f"101_INSTANCE_{SIDE}", "Tin mới cập nhật",
                    f'<div class="taglib-asset-list"><ul class="title-list">{"".join(items)}</ul></div>')


def _page(request: Request, *, title: str, main: str, side: str, crumbs: str, selected: str,
          canonical: str | None = None, description: str | None = None) -> Response:
    base = base_url(request)
    canon = f'<link href="{esc(base + canonical)}" rel="canonical" />' if canonical else ""
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    doc = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
{canon}
<link href="/phutho-egov-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/phutho-egov-theme/css/main.css?browserId=other&amp;themeId=phuthoegov_WAR_phuthoegovtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1764010000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = (function() {{ return {{ getCompanyId: function() {{ return "20116"; }},
getScopeGroupId: function() {{ return "20147"; }}, getLanguageId: function() {{ return "vi_VN"; }},
getPathThemeImages: function() {{ return "/phutho-egov-theme/images"; }},
isSignedIn: function() {{ return false; }} }}; }})();
var Liferay = {{ Browser: {{}}, Portlet: {{ list: ["101_INSTANCE_{MAIN}", "101_INSTANCE_{SIDE}"] }} }};
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=phuthoegov_WAR_phuthoegovtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1764010000000" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="Đi đến {esc(SITE_NAME)}">
<img alt="{esc(SITE_NAME)}" height="120" src="/image/company_logo?img_id=20159&amp;t=1764010000000" width="1000" /></a></h1>
<div class="ngay-hien-tai"><i class="icon-calendar"></i> {TODAY_LINE}</div>
<form action="{SITE}/tim-kiem" class="form-search" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /></form>
</div>
{_nav(selected)}
</header>
<div id="content">
{crumbs}
<div class="phutho-2cols" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
</div></div>
</div></div>
</div>
<footer id="footer" role="contentinfo">
<div class="footer-info">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TAM NÔNG</strong></p>
<p>Địa chỉ: Khu 5, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ</p>
<p>Điện thoại: 0210.3879.205 - Email: pgdtamnong@phutho.edu.vn</p>
<p>Ghi rõ nguồn “Phòng GD&amp;ĐT Tam Nông” khi phát hành lại thông tin từ trang này.</p>
</div>
<p class="powered-by">Cổng thông tin điện tử tỉnh Phú Thọ - Hệ thống cổng thành phần. Được phát triển bởi <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">AUI().use("aui-base", "liferay-menu", "liferay-navigation", function(A) {{ Liferay.Menu(); }});</script>
</body>
</html>"""
    return html(doc)


# --- article text ------------------------------------------------------------------------------


def _ptext(story: Story, value: str) -> str:
    s = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    if story.opts.get("entities"):
        s = entity_mix(s, 2)
    return s


def _img_html(story: Story, img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    line = f"<em>{esc(img.printed)}</em>" if img.printed else ""
    if img.style in ("tbl", "tbl_above"):
        rows = [f'<tr><td style="text-align: center;">{tag}</td></tr>']
        if line:
            cap = f'<tr><td style="text-align: center;">{line}</td></tr>'
            rows = [cap, *rows] if img.style == "tbl_above" else [*rows, cap]
        return ('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;">'
                f'<tbody>{"".join(rows)}</tbody></table>')
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />{line}</p>'
    if img.style == "div":
        return (f'<div style="text-align: center;">{tag}</div>'
                + (f'<div style="text-align: center;">{line}</div>' if line else ""))
    return (f'<p style="text-align: center;">{tag}</p>'
            + (f'<p style="text-align: center;">{line}</p>' if line else ""))


def _blocks(story: Story) -> str:
    out: list[str] = []
    tag = "div" if story.opts.get("div") else "p"
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(story, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_ptext(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cell = "th" if first else "td"
                cells = "".join(f"<{cell}>{_ptext(story, c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "lead":
            out.append(f'<{tag} style="text-align: justify;"><strong>{_ptext(story, b.text)}</strong></{tag}>')
        elif b.style == "glue":
            out.append(f'<p style="text-align: justify;">{_SPAN.format(_ptext(story, b.text))}'
                       f'<br />{story.opts["glue"]}</p>')
        elif story.opts.get("tpl"):
            out.append(f'<p style="text-align: justify;">{_SPAN.format(_ptext(story, b.text))}</p>')
        else:
            out.append(f'<{tag} style="text-align: justify;">{_ptext(story, b.text)}</{tag}>')
            if tag == "div":
                out.append("<div>&nbsp;</div>")
        i += 1
    return "\n".join(out)


def _web_content(story: Story) -> str:
    o = story.opts
    if not o.get("tpl"):
        return f'<div class="journal-content-article">\n{_blocks(story)}\n<p>&nbsp;</p></div>'
    extra = ""
    if o.get("tacgia"):
        extra += f'<div class="tb-tacgia">{esc(o["tacgia"])}</div>'
    if o.get("nguon"):
        extra += f'<div class="tb-nguon">{esc(o["nguon"])}</div>'
    return (
        '<div class="journal-content-article"><div class="tb-wrap">'
        f'<div class="tb-ngay"><i class="icon-time"></i> Ngày đăng: {o["day"]} - {o["time"]}</div>'
        f'<div class="tb-tomtat"><strong>{esc(story.summary or "")}</strong></div>'
        f'<div class="tb-noidung">\n{_blocks(story)}\n</div>{extra}</div></div>'
    )


def _metadata(story: Story) -> str:
    slug, _inst, catid = CATS[story.cat]
    o = story.opts
    return (
        '<div class="asset-metadata">'
        '<span class="metadata-entry metadata-author">Quản trị Phòng GD&amp;ĐT</span>'
        f'<span class="metadata-entry metadata-modified-date">{o["mod"]}</span>'
        f'<span class="metadata-entry metadata-publish-date">{o["pub"]}</span>'
        f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span>'
        '<span class="taglib-asset-categories-summary"><span class="asset-vocabulary">Chuyên mục:</span> '
        f'<a class="asset-category" data-category-id="{catid}" href="{SITE}/{slug}">{esc(story.cat)}</a></span>'
        "</div>"
    )


def _full_content(story: Story, inst: str, back: str) -> str:
    ns = f"_101_INSTANCE_{inst}_"
    others = ORDER[ORDER.index(story) + 1:][:5] or ORDER[:5]
    links = "".join(
        f'<li class="asset-links-list-item"><a href="{esc(article_path(s))}">{esc(s.title)}</a> '
        f'<span class="ngay">({s.opts["pub"]})</span></li>' for s in others if s is not story
    )
    return (
        f'<div class="taglib-header "><span class="header-back-to">'
        f'<a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="{ns}TabsBack" title="Quay lại">'
        f'<span class="helper-hidden-accessible">Quay lại</span></a></span>'
        f'<h3 class="header-title"><span>{esc(story.title)}</span></h3></div>'
        '<div class="asset-full-content default-asset-publisher show-asset-title">'
        f'<div class="lfr-meta-actions asset-actions"></div>'
        f'<div class="asset-content" id="{ns}{36200 + story.id}">{_web_content(story)}'
        '<div class="asset-ratings"><div class="taglib-ratings stars">'
        '<div class="liferay-rating-vote"><div class="rating-label">Đánh giá của bạn</div>'
        '<div class="rating-content"><a class="rating-element icon-star-empty" href="javascript:;"></a>'
        '<a class="rating-element icon-star-empty" href="javascript:;"></a>'
        '<a class="rating-element icon-star-empty" href="javascript:;"></a></div></div>'
        '<div class="liferay-rating-score"><div class="rating-label">Trung bình (0 Phiếu bầu)</div></div>'
        "</div></div>"
        "</div>"
        f"{_metadata(story)}"
        '<div class="cong-cu"><a href="javascript:window.print();">In trang</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(article_path(story), safe="")}" '
        'target="_blank">Chia sẻ Facebook</a></div>'
        "</div>"
        '<div class="asset-links"><h2 class="asset-links-title">Các tin khác</h2>'
        f'<ul class="asset-links-list">{links}</ul></div>'
    )


# --- listings ----------------------------------------------------------------------------------


def _pager(page_path: str, inst: str, cur: int, total: int) -> str:
    pages = _pages(total)
    ns = f"_101_INSTANCE_{inst}_"
    menu = "".join(
        f'<li role="presentation"><a class="taglib-icon" href="{esc(list_url(page_path, inst, n))}" '
        f'role="menuitem"><span class="taglib-text-icon">{n}</span></a></li>'
        for n in range(1, pages + 1)
    )

    def btn(label: str, n: int, enabled: bool, cls: str = "") -> str:
        if not enabled:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(list_url(page_path, inst, n))}">{label}</a></li>'

    lo, hi = (cur - 1) * DELTA + 1, min(cur * DELTA, total)
    return (
        f'<div class="taglib-search-iterator-page-iterator-bottom"><div class="taglib-page-iterator" '
        f'id="{ns}ocerSearchContainerPageIterator"><div class="clearfix lfr-pagination">'
        '<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">'
        '<div class="btn-group lfr-icon-menu current-page-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" '
        f'id="{ns}kldx_menu" title="Trang {cur} của {pages}"><span class="lfr-icon-menu-text">'
        f'Trang {cur} của {pages}</span> <i class="caret"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{menu}</ul></div></div></div>'
        f'<small class="search-results">Hiển thị {lo} - {hi} của {total} kết quả.</small>'
        '<ul class="pager lfr-pagination-buttons">'
        + btn("&larr; Đầu", 1, cur > 1, "first")
        + btn("Trước", cur - 1, cur > 1)
        + btn("Tiếp", cur + 1, cur < pages)
        + btn("Cuối &rarr;", pages, cur < pages, "last")
        + "</ul></div></div></div>"
    )


def _thumb(story: Story) -> str:
    if story.opts.get("thumb"):
        return (f'<div class="asset-small-image"><img alt="" class="asset-small-image" '
                f'src="/image/journal/article?img_id={story.opts["thumb"]}&amp;t=1764{story.id:02d}5550000" '
                'width="150" /></div>')
    return ""


def _abstract(story: Story, href: str) -> str:
    summary = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(summary) > 160:
        summary = summary[:157].rsplit(" ", 1)[0] + "..."
    return (
        '<div class="asset-abstract default-asset-publisher">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        f'<h3 class="asset-title"><a href="{esc(href)}">{esc(story.title)}</a></h3>'
        f'<div class="asset-content">{_thumb(story)}<div class="asset-summary">{esc(summary)}</div>'
        f'<div class="asset-more"><a href="{esc(href)}">Xem thêm <span class="helper-hidden-accessible">'
        f"về {esc(story.title)}</span> »</a></div></div>"
        '<div class="asset-metadata">'
        f'<span class="metadata-entry metadata-publish-date">{story.opts["pub"]}</span></div></div>'
    )


def _listing(page_path: str, inst: str, items: list[Story], cur: int, with_redirect: bool) -> str:
    chunk = items[(cur - 1) * DELTA: cur * DELTA]
    parts = []
    for s in chunk:
        href = redirect_path(s, cur) if with_redirect else article_path(s)
        parts.append(_abstract(s, href))
    if not parts:
        parts.append('<div class="alert alert-info">Không có kết quả nào.</div>')
    return "".join(parts) + _pager(page_path, inst, cur, len(items))


def _cur_of(request: Request, inst: str) -> int | None:
    p = request.params
    if p.get("p_p_id") != f"101_INSTANCE_{inst}":
        return 1
    raw = p.get(f"_101_INSTANCE_{inst}_cur", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


# --- the site ----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/web/pgd-tamnong/tin-tuc/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)$")

_STATIC_PAGES: dict[str, tuple[str, str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung", "Giới thiệu",
        "<p><strong>Phòng Giáo dục và Đào tạo huyện Tam Nông</strong> là cơ quan chuyên môn thuộc UBND "
        "huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Toàn huyện hiện có 14 trường mầm non, 14 trường tiểu học và 14 trường THCS với hơn 1.300 "
        "cán bộ, giáo viên, nhân viên.</p><p>Trụ sở: Khu 5, thị trấn Hưng Hóa, huyện Tam Nông.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức", "Giới thiệu",
        '<table border="1" cellpadding="4" style="width:100%"><tbody>'
        "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>Đỗ Minh Tuấn</td><td>Trưởng phòng</td><td>0912.345.678</td></tr>"
        "<tr><td>Phan Văn Khải</td><td>Phó Trưởng phòng</td><td>0983.221.456</td></tr>"
        "<tr><td>Nguyễn Thị Lan</td><td>Phó Trưởng phòng</td><td>0868.114.529</td></tr>"
        "</tbody></table>",
    ),
    "lien-he": (
        "Liên hệ", "Liên hệ",
        "<p>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TAM NÔNG</p><p>Địa chỉ: Khu 5, thị trấn Hưng Hóa, huyện Tam "
        "Nông, tỉnh Phú Thọ</p><p>Điện thoại: 0210.3879.205</p><p>Email: pgdtamnong@phutho.edu.vn</p>",
    ),
}

_DOCS = [
    ("KH+128-PGDDT.pdf/a1f0c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Kế hoạch số 128/KH-PGDĐT", "14/11/2026",
     "Kế hoạch kiểm tra công nhận trường đạt chuẩn quốc gia năm 2026"),
    ("CV+305-PGDDT-CM.pdf/b2e1d3c4-6f70-4b8c-9d0e-1f2a3b4c5d6e", "Công văn số 305/PGDĐT-CM", "25/11/2026",
     "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027"),
    ("TB+312-PGDDT.pdf/c3f2e4d5-7081-4c9d-0e1f-2a3b4c5d6e7f", "Thông báo số 312/TB-PGDĐT", "02/12/2026",
     "Tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện"),
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/video",
]


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path.startswith(("/documents/", "/image/")):
            if path.lower().endswith(".pdf") or ".pdf/" in path.lower():
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path.startswith(("/phutho-egov-theme/", "/html/")):
            if path.endswith(".jsp"):
                return static_file("x.js")
            return static_file(path)
        if path in (SITE, SITE + "/"):
            return self._home(request)
        if path == TIN_TUC:
            return self._tin_tuc(request)
        m = _ARTICLE.match(path)
        if m:
            inst, slug = m.groups()
            story = BY_SLUG.get(slug)
            if story is None or inst not in (MAIN, SIDE):
                return None
            return self._article(request, story, inst)
        rest = path[len(SITE) + 1:] if path.startswith(SITE + "/") else None
        if rest is None:
            return None
        for name, (slug, inst, _cid) in CATS.items():
            if rest == slug:
                return self._category(request, name, slug, inst)
        if rest in _STATIC_PAGES:
            return self._static(request, rest)
        if rest == "van-ban":
            return self._van_ban(request)
        if rest == "thu-vien-anh":
            return self._album(request)
        if rest == "video":
            return self._video(request)
        return None

    # pages

    def _home(self, request: Request) -> Response:
        top = ORDER[:5]
        first = top[0]
        feat = (
            '<div class="tin-noi-bat">'
            f'<a href="{esc(article_path(first))}"><img alt="{esc(first.title)}" '
            f'src="/image/journal/article?img_id={first.opts["thumb"]}&amp;t=1764015550000" width="460" /></a>'
            f'<h3 class="asset-title"><a href="{esc(article_path(first))}">{esc(first.title)}</a></h3>'
            f'<div class="asset-summary">{esc(first.summary or "")}</div></div><ul class="tin-khac">'
            + "".join(f'<li><a href="{esc(article_path(s))}">{esc(s.title)}</a> '
                      f'<span class="ngay">{s.opts["pub"]}</span></li>' for s in top[1:])
            + "</ul>"
        )
        notices = [s for s in ORDER if s.cat == "Thông báo"]
        notice = (
            '<div class="journal-content-article"><marquee behavior="scroll" direction="up" scrollamount="2">'
            + "".join(f'<p><a href="{esc(article_path(s))}">{esc(s.title)}</a></p>' for s in notices)
            + "</marquee></div>"
        )
        main = (_portlet(f"101_INSTANCE_{HOME_AP}", "Tin tức nổi bật", feat)
                + _portlet("56_INSTANCE_tB9wEr3Ty6Ui", "Thông báo", notice, "portlet-journal-content"))
        return _page(request, title=f"Trang chủ - {SITE_NAME}", main=main, side=_sidebar_common(),
                     crumbs=_crumbs([("Trang chủ", None)]), selected="Trang chủ", canonical=SITE)

    def _tin_tuc(self, request: Request) -> Response | None:
        cur = _cur_of(request, MAIN)
        if cur is None:
            return None
        main = _portlet(f"101_INSTANCE_{MAIN}", "Tin tức - Sự kiện", _listing(TIN_TUC, MAIN, ORDER, cur, True))
        return _page(request, title=f"Tin tức - Sự kiện - {SITE_NAME}", main=main,
                     side=_side_latest() + _sidebar_common(),
                     crumbs=_crumbs([("Trang chủ", SITE), ("Tin tức - Sự kiện", None)]),
                     selected="Tin tức - Sự kiện", canonical=TIN_TUC)

    def _category(self, request: Request, name: str, slug: str, inst: str) -> Response | None:
        cur = _cur_of(request, inst)
        if cur is None:
            return None
        items = [s for s in ORDER if s.cat == name]
        page_path = f"{SITE}/{slug}"
        main = _portlet(f"101_INSTANCE_{inst}", name, _listing(page_path, inst, items, cur, False))
        return _page(request, title=f"{name} - {SITE_NAME}", main=main, side=_sidebar_common(),
                     crumbs=_crumbs([("Trang chủ", SITE), ("Tin tức - Sự kiện", TIN_TUC), (name, None)]),
                     selected="Tin tức - Sự kiện", canonical=page_path)

    def _article(self, request: Request, story: Story, inst: str) -> Response:
        desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
        crumbs = _crumbs([("Trang chủ", SITE), ("Tin tức - Sự kiện", TIN_TUC), (story.title, None)])
        title = f"{story.title} - Tin tức - Sự kiện - {SITE_NAME}"
        if inst == MAIN:
            back = unquote(request.params.get("redirect", "")) or TIN_TUC
            if not back.startswith("/"):
                back = TIN_TUC
            main = _portlet(f"101_INSTANCE_{MAIN}", "Tin tức - Sự kiện", _full_content(story, MAIN, back))
            side = _side_latest() + _sidebar_common()
        else:
            main = _portlet(f"101_INSTANCE_{MAIN}", "Tin tức - Sự kiện", _listing(TIN_TUC, MAIN, ORDER, 1, True))
            side = (_portlet(f"101_INSTANCE_{SIDE}", "Tin mới cập nhật", _full_content(story, SIDE, TIN_TUC))
                    + _sidebar_common())
        return _page(request, title=title, main=main, side=side, crumbs=crumbs,
                     selected="Tin tức - Sự kiện", canonical=request.path, description=desc)

    def _static(self, request: Request, key: str) -> Response:
        title, section, body = _STATIC_PAGES[key]
        main = _portlet("56_INSTANCE_gT5hY7uJ9kLm", title,
                        f'<div class="journal-content-article">{body}</div>', "portlet-journal-content")
        crumbs = [("Trang chủ", SITE)]
        if section != title:
            crumbs.append((section, f"{SITE}/gioi-thieu"))
        crumbs.append((title, None))
        return _page(request, title=f"{title} - {SITE_NAME}", main=main, side=_sidebar_common(),
                     crumbs=_crumbs(crumbs), selected=section, canonical=request.path)

    def _van_ban(self, request: Request) -> Response:
        rows = "".join(
            f'<tr><td><a href="/documents/20147/31877/{p}">{esc(no)}</a></td><td>{d}</td><td>{esc(t)}</td></tr>'
            for p, no, d, t in _DOCS
        )
        inner = ('<div class="taglib-search-iterator"><table class="table table-bordered table-striped">'
                 "<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
                 f"<tbody>{rows}</tbody></table></div>")
        main = _portlet("110_INSTANCE_dL6kJ2hG8fDs", "Văn bản chỉ đạo, điều hành", inner,
                        "portlet-document-library-display")
        return _page(request, title=f"Văn bản - {SITE_NAME}", main=main, side=_sidebar_common(),
                     crumbs=_crumbs([("Trang chủ", SITE), ("Văn bản", None)]), selected="Văn bản",
                     canonical=request.path)

    def _album(self, request: Request) -> Response:
        pics = "".join(
            f'<div class="image-thumbnail"><a href="{_doc(n, k)}" title="{esc(t)}"><img alt="{esc(t)}" '
            f'src="{_doc(n, k)}&amp;imageThumbnail=1" /></a><span class="image-title">{esc(t)}</span></div>'
            for n, k, t in [("gap-mat-20-11-a.jpg", 6, "Gặp mặt 20/11"), ("hoi-thao-giao-vien.jpg", 13, "Hội thao giáo viên"),
                            ("hkpd-van-luong.jpg", 8, "Hội khỏe Phù Đổng")]
        )
        main = _portlet("31_INSTANCE_aLb1Qw2Er3Ty", "Thư viện ảnh", f'<div class="image-gallery">{pics}</div>',
                        "portlet-image-gallery-display")
        return _page(request, title=f"Thư viện ảnh - {SITE_NAME}", main=main, side=_sidebar_common(),
                     crumbs=_crumbs([("Trang chủ", SITE), ("Thư viện", None), ("Thư viện ảnh", None)]),
                     selected="Thư viện", canonical=request.path)

    def _video(self, request: Request) -> Response:
        inner = ('<div class="journal-content-article"><h4>Phóng sự: Ngành giáo dục Tam Nông chào mừng '
                 'ngày 20/11</h4><iframe allowfullscreen="" frameborder="0" height="315" '
                 'src="https://www.youtube.com/embed/aBcD3fGh1Jk" width="560"></iframe>'
                 "<p>Nguồn: Đài TT-TH huyện Tam Nông</p></div>")
        main = _portlet("56_INSTANCE_vId8Eo2Pq4Rs", "Video", inner, "portlet-journal-content")
        return _page(request, title=f"Video - {SITE_NAME}", main=main, side=_sidebar_common(),
                     crumbs=_crumbs([("Trang chủ", SITE), ("Thư viện", None), ("Video", None)]),
                     selected="Thư viện", canonical=request.path)


def build_site() -> _Site:
    return _Site()


def _alt_paths(story: Story) -> list[str]:
    alts = [redirect_path(story, main_page_of(story))]
    if story in ORDER[:3]:
        alts.append(article_path(story, SIDE))
    return alts


GOLD = [gold_record(s, article_path(s), s.cat, alt_paths=_alt_paths(s)) for s in STORIES]
