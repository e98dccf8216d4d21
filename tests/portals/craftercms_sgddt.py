"""Sở Giáo dục và Đào tạo tỉnh Hà Giang on Crafter CMS 4 (blind fixture).

Platform
    Crafter CMS 4 (Crafter Engine, FreeMarker templates) built by a systems integrator. Content
    type "tin bài" (``/page/tin-bai``: ``title_t``, ``summary_t``, ``date_dt``, ``content_html``,
    ``author_s``) and "thông báo" (``/page/thong-bao``). Listings are a search-driven component
    (OpenSearch query sorted by ``date_dt`` desc) that prints its pager as query-only links.

URL scheme
    ``/``                                   home: "Tiêu điểm" carousel, "Tin mới", notice box
    ``/tin-tuc``  ``?p=N``                  listing component, 4 per page (3 pages)
    ``/tin-tuc?cm=<chuyên mục>&p=N``         the same component filtered by category, 2 per page
    ``/tin-tuc/<year>/<month>/<slug>``      an article (year/month = the folder the item lives in)
    ``/thong-bao`` ``?p=N``                 notices, 2 per page (2 pages)
    ``/thong-bao/<slug>``                   a notice
    ``/gioi-thieu/...``                     intro pages (``/gioi-thieu`` itself redirects)
    ``/van-ban/<số>``                       a document entry (not an article)
    ``/tim-kiem?q=``                        search form (GET)
    ``/static-assets/images/...``           pictures; ``/static-assets/documents/...`` PDFs

Page templates
    Every page: top bar with today's date, header whose ``<h1>`` is the site's name, menu with
    drop-downs, breadcrumb ``<ol class="dd-bc">``, right column (Văn bản mới, Đọc nhiều, Liên
    kết, poll form, visitor counter), footer. Article: ``<h2 class="tb-td">`` headline, meta line
    ``div.tb-mt`` (Cập nhật, Người đăng, Ngày đăng with ``<time datetime=UTC>``, Lượt xem), the
    sapo ``div.tb-tt`` when the item has ``summary_t`` printed, the RTE field in
    ``div.tb-nd[data-craftercms-field-id=content_html]``, then tags, share bar and "Các tin khác".

How each gold article is reached
    /tin-tuc pages 1–3 list all ten tin bài (clean links); the category listings (menu
    drop-down) list them again, 2 a page; the home page links the four newest and carries the
    three newest again in the carousel with ``?crafterSite=``; /thong-bao pages 1–2 list the
    three notices (the oldest only on page 2). Articles 9–10 and notice 13 are reachable only
    through page 2+ of a listing (no "Tin liên quan"/"Các tin khác"/"Đọc nhiều" links them).

Traps
    1. Headline not in <title>/<h1>: ``<title>`` is "Tin bài | Sở GD&ĐT Hà Giang", ``<h1>``
       and og:title are the site's name; the headline is ``h2.tb-td``. Gold title = the h2.
    2. URL variants: the home carousel links ``<path>?crafterSite=sgddt-hagiang`` (the Engine's
       multi-tenant site parameter) and "Tin liên quan"/"Các tin khác" link ``<path>/`` with a
       trailing slash; both serve the same page with 200. Gold path = the canonical clean path,
       both variants in alt_paths.
    3. The URL's year/month is the folder, not the date: "Tổng kết Tuần lễ ... học tập suốt
       đời" lives in ``/tin-tuc/2026/10/`` but is published 02/11/2026 08:15. Gold = the page.
    4. Listings print the search index's ``date_dt`` day in UTC: an article published at 06:10
       or 06:30 (Vietnam time) shows the previous day in the listing ("27/11/2026" for an
       article of 28/11 06:10). Gold = the article page's local date and time.
    5. The meta line prints "Cập nhật: <later date>" before "Ngày đăng"; the header prints
       today. Gold = Ngày đăng; "25/11/2026 00:00" (midnight) -> the day alone "2026-11-25".
    6. Bylines: the meta's "Người đăng: bientap.hg" is a CMS account (nobody); the real byline
       is a right-aligned line at the end of the text: "Tin, ảnh: Lò Thị Mai" -> author and
       photographer; "ThS. Vàng Seo Chứ - Phòng Giáo dục Tiểu học" -> "Vàng Seo Chứ"; "Tin:
       X - Ảnh: Y"; "Triệu Thị Hồng (Trung tâm ...)" -> the name; a unit signing alone ("Văn
       phòng Sở", "Phòng Khảo thí và Quản lý chất lượng giáo dục") is the author as printed.
    7. Images three ways: TinyMCE tables (image row + ``<em>`` caption row: the caption row is a
       caption, not a table row of text); lazy images whose ``src`` is
       ``/static-assets/images/loading.gif`` and whose real path is ``data-src`` (gold = the
       data-src); centred ``<p>`` pairs whose caption is in parentheses (taken off). A line
       "Ảnh: Nguyễn Thu Hà" under a photo is a credit: caption None.
    8. Boundaries inside the RTE container: the "Nguồn:"/"Theo ..." closing line, a "Xem thêm:"
       link line, a "Tệp đính kèm:" line and a "Tin liên quan" box all sit inside
       ``div.tb-nd`` after the text; none is body. "Theo kế hoạch, ..." inside the text is text.
    9. Notices printed as official documents: letterhead table (UBND TỈNH HÀ GIANG / SỞ GIÁO
       DỤC VÀ ĐÀO TẠO | CỘNG HÒA ...), "Số: 2145/TB-SGDĐT", "Hà Giang, ngày 30 tháng 11 năm
       2026", "THÔNG BÁO / Về việc ..." and the closing table (Nơi nhận | KT. GIÁM ĐỐC ...
       signer) are not body; date = the letterhead's day (the page only prints "Cập nhật");
       author = the signer's name.
   10. Pager as query-only relative links (``href="?p=2"``, ``href="?cm=...&p=2"``); a page past
       the last answers 200 with "Không tìm thấy tin bài nào" (not linked).
   11. Sapo: ``div.tb-tt > strong`` outside the body for some items (the body's first paragraph
       in the gold); a bold lead ``<p><strong>`` inside the text for another; the others have
       only a meta description (summary null).
   12. Text forms: tables of results inside the text (rows, cells joined " | "), ``<br>``-split
       paragraphs, ``<h3>`` sub-headings and list items are paragraphs.

Gold decisions on ambiguous points
    - category: the breadcrumb's last section ("Hoạt động ngành", "Giáo dục dân tộc", "Khảo thí
      - Kiểm định chất lượng", "Thông báo").
    - The notice printed as an official document has no "Ngày đăng" (only "Cập nhật"): its date
      is the letterhead's day "2026-11-30".
    - "Nguồn: Báo Hà Giang" -> source "Báo Hà Giang"; "Theo Công đoàn ngành Giáo dục tỉnh Hà
      Giang" closing line -> that source.
    - The intro pages, the contact page and the document entry are NON_ARTICLES; the search page,
      listings and the redirecting ``/gioi-thieu`` are neither.
"""

from __future__ import annotations

import json
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
)

NAME = "craftercms_sgddt"
PLATFORM = "Crafter CMS 4 (FreeMarker, search-driven listing component)"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"
SITE_PARAM = "crafterSite=sgddt-hagiang"

# category key -> (label printed in breadcrumb/menu, cm= value)
CATS = {
    "hdn": ("Hoạt động ngành", "hoat-dong-nganh"),
    "gddt": ("Giáo dục dân tộc", "giao-duc-dan-toc"),
    "kt": ("Khảo thí - Kiểm định chất lượng", "khao-thi-kiem-dinh"),
    "tb": ("Thông báo", ""),
}


def R(markup: str) -> Raw:
    return Raw(markup)


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        1,
        "khai-mac-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi-nam-2026",
        "Khai mạc Hội khỏe Phù Đổng cấp tỉnh lần thứ XI năm 2026",
        "hdn",
        "2026-12-04T15:20:00+07:00",
        [
            P(
                "Dự lễ khai mạc có đồng chí Nguyễn Mạnh Tuấn, Phó Chủ tịch UBND tỉnh; lãnh đạo Sở "
                "Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch cùng đại diện các sở, ban, "
                "ngành liên quan."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/12/hkpd-khai-mac-01.jpg",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "tbl",
            ),
            P(
                "Hội khỏe Phù Đổng năm nay được tổ chức với 9 môn thi đấu gồm: điền kinh, bóng đá, "
                "bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền, đẩy gậy và kéo co. Đây là "
                "các môn thể thao phổ biến trong trường học, phù hợp với điều kiện tập luyện của "
                "học sinh vùng cao."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh: Hội khỏe "
                "Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất, hoạt động thể thao "
                "trong trường học; đồng thời tuyển chọn những vận động viên xuất sắc tham dự Hội "
                "khỏe Phù Đổng toàn quốc."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/12/hkpd-khai-mac-02.jpg",
                "(Tiết mục đồng diễn thể dục của học sinh Trường THPT Chuyên Hà Giang)",
                "Tiết mục đồng diễn thể dục của học sinh Trường THPT Chuyên Hà Giang",
                "tbl",
            ),
            P(
                "Các nội dung thi đấu diễn ra đến hết ngày 08/12/2026 tại Nhà thi đấu tỉnh, Sân vận "
                "động tỉnh và Trường THPT Chuyên Hà Giang."
            ),
            right("<strong>Tin, ảnh: Lò Thị Mai</strong>"),
        ],
        authors=["Lò Thị Mai"],
        photographers=["Lò Thị Mai"],
        summary=(
            "Chiều 04/12, tại Nhà thi đấu tỉnh, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức khai "
            "mạc Hội khỏe Phù Đổng cấp tỉnh lần thứ XI năm 2026 với sự tham gia của hơn 1.200 vận "
            "động viên là học sinh đến từ 11 huyện, thành phố."
        ),
        sapo_outside=True,
        opts={"folder": "2026/12", "updated": "05/12/2026 08:41"},
    ),
    Story(
        2,
        "tap-huan-day-hoc-cho-hoc-sinh-dan-toc-thieu-so-cap-tieu-hoc",
        "Tập huấn dạy học cho học sinh dân tộc thiểu số cấp tiểu học năm học 2026-2027",
        "gddt",
        "2026-12-02T08:00:00+07:00",
        [
            P(
                "Từ ngày 30/11 đến ngày 02/12/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn chuyên "
                "môn cho 180 cán bộ quản lý, giáo viên dạy học sinh dân tộc thiểu số cấp tiểu học "
                "tại các huyện vùng cao núi đá phía Bắc.",
                "bold",
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/12/tap-huan-dtts.jpg",
                "Giảng viên hướng dẫn giáo viên thiết kế hoạt động tăng cường tiếng Việt",
                "Giảng viên hướng dẫn giáo viên thiết kế hoạt động tăng cường tiếng Việt",
                "lazy",
            ),
            P(
                "Nội dung tập huấn tập trung vào các chuyên đề về tăng cường tiếng Việt cho trẻ em "
                "người dân tộc thiểu số trước khi vào lớp 1 và xây dựng môi trường giáo dục song "
                "ngữ trong nhà trường, cụ thể:"
            ),
            P(
                "Chuyên đề 1: Dạy học tiếng Việt cho học sinh có tiếng mẹ đẻ là tiếng Mông, tiếng Dao;",
                "li",
            ),
            P("Chuyên đề 2: Tổ chức hoạt động trải nghiệm gắn với văn hóa địa phương;", "li"),
            P("Chuyên đề 3: Đánh giá học sinh tiểu học theo quy định hiện hành.", "li"),
            P(
                "Kết thúc đợt tập huấn, các học viên xây dựng kế hoạch bài dạy minh họa và triển "
                "khai sinh hoạt chuyên môn tại trường trong tháng 12/2026."
            ),
            right("<em>ThS. Vàng Seo Chứ - Phòng Giáo dục Tiểu học</em>"),
        ],
        authors=["Vàng Seo Chứ"],
        summary=(
            "Từ ngày 30/11 đến ngày 02/12/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn chuyên "
            "môn cho 180 cán bộ quản lý, giáo viên dạy học sinh dân tộc thiểu số cấp tiểu học "
            "tại các huyện vùng cao núi đá phía Bắc."
        ),
        opts={"folder": "2026/12", "updated": "02/12/2026 10:15"},
    ),
    Story(
        3,
        "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        "Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "kt",
        "2026-11-28T06:10:00+07:00",
        [
            P(
                "Kỳ thi được tổ chức trong hai ngày 18 và 19/11/2026 với 11 môn thi: Toán, Vật lí, "
                "Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế "
                "và pháp luật, Công nghệ."
            ),
            P("Kết quả cụ thể theo một số đơn vị như sau:"),
            P("Đơn vị | Số dự thi | Số đạt giải | Giải Nhất", "row"),
            P("THPT Chuyên Hà Giang | 214 | 168 | 21", "row"),
            P("PTDTNT THPT tỉnh | 96 | 41 | 3", "row"),
            P("THPT Đồng Văn | 58 | 19 | 1", "row"),
            P("THPT Bắc Quang | 87 | 35 | 2", "row"),
            P(
                "Căn cứ kết quả kỳ thi, Sở sẽ thành lập đội tuyển dự thi chọn học sinh giỏi quốc gia "
                "năm 2027 và tổ chức bồi dưỡng tập trung từ ngày 15/12/2026."
            ),
            R(
                '<p>Tệp đính kèm: <a href="/static-assets/documents/2026/kq-hsg-12-2026.pdf" '
                'target="_blank"><img src="/static-assets/images/icons/pdf.gif" alt=""> '
                "kq-hsg-12-2026.pdf</a></p>"
            ),
            right("<strong>Phòng Khảo thí và Quản lý chất lượng giáo dục</strong>"),
        ],
        authors=["Phòng Khảo thí và Quản lý chất lượng giáo dục"],
        summary=(
            "Sở Giáo dục và Đào tạo công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
            "năm học 2026-2027, có 412/986 thí sinh đạt giải."
        ),
        sapo_outside=True,
        opts={"folder": "2026/11", "updated": "29/11/2026 17:02"},
    ),
    Story(
        4,
        "truong-ptdtbt-thcs-lung-cu-don-bang-cong-nhan-truong-dat-chuan-quoc-gia",
        "Trường PTDTBT THCS Lũng Cú đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        "hdn",
        "2026-11-25",
        [
            P(
                "Ngày 24/11, Trường Phổ thông dân tộc bán trú THCS Lũng Cú, huyện Đồng Văn tổ chức "
                "lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/11/lung-cu-chuan-qg.jpg",
                "Lãnh đạo huyện Đồng Văn trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện Đồng Văn trao Bằng công nhận cho nhà trường",
                "plain",
            ),
            P(
                "Trường hiện có 14 lớp với 486 học sinh, trong đó 98% là học sinh dân tộc Mông; toàn "
                "bộ học sinh ở bán trú được hưởng chính sách hỗ trợ theo quy định."
            ),
            P(
                "Theo kế hoạch, đến hết năm 2027 huyện Đồng Văn phấn đấu có thêm 5 trường đạt chuẩn "
                "quốc gia, nâng tỷ lệ trường chuẩn toàn huyện lên 42%."
            ),
            right("<em>Nguồn: Báo Hà Giang</em>"),
        ],
        source="Báo Hà Giang",
        opts={"folder": "2026/11", "printed_date": "25/11/2026 00:00", "updated": "26/11/2026 07:30"},
    ),
    Story(
        5,
        "kiem-tra-cong-tac-ban-tru-tai-cac-truong-vung-cao-huyen-meo-vac",
        "Kiểm tra công tác bán trú tại các trường vùng cao huyện Mèo Vạc",
        "gddt",
        "2026-11-20T09:45:00+07:00",
        [
            P(
                "Từ ngày 17 đến 19/11/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo đã làm việc tại "
                "6 trường phổ thông dân tộc bán trú trên địa bàn huyện Mèo Vạc."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/11/meo-vac-ban-tru-01.jpg",
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT Tiểu học Pải Lủng",
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT Tiểu học Pải Lủng",
                "plain",
            ),
            P(
                "Đoàn đã kiểm tra cơ sở vật chất phòng ở, nhà ăn, công trình vệ sinh, nguồn nước "
                "sinh hoạt và việc thực hiện chế độ chính sách cho học sinh bán trú."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/11/meo-vac-ban-tru-02.jpg",
                "Ảnh: Nguyễn Thu Hà",
                None,
                "plain",
            ),
            P(
                "Qua kiểm tra, các nhà trường cơ bản đảm bảo điều kiện nuôi dưỡng học sinh; tuy "
                "nhiên một số điểm trường còn thiếu nước sạch vào mùa khô, phòng ở bán trú còn chật."
            ),
            right("<strong>Tin: Hoàng Văn Dũng - Ảnh: Nguyễn Thu Hà</strong>"),
        ],
        authors=["Hoàng Văn Dũng"],
        photographers=["Nguyễn Thu Hà"],
        opts={"folder": "2026/11", "updated": "20/11/2026 09:45"},
    ),
    Story(
        6,
        "hoi-thao-nang-cao-chat-luong-day-hoc-tieng-viet-lop-1-vung-cao",
        "Hội thảo nâng cao chất lượng dạy học Tiếng Việt lớp 1 vùng cao",
        "gddt",
        "2026-11-15T06:30:00+07:00",
        [
            P(
                "Hội thảo thu hút 120 đại biểu là cán bộ quản lý, giáo viên cốt cán cấp tiểu học "
                "của 11 huyện, thành phố."
            ),
            P("Các tham luận tập trung vào ba vấn đề chính:", "br"),
            P("- Tổ chức dạy học phân hóa theo năng lực của học sinh;", "br"),
            P("- Sử dụng đồ dùng trực quan do giáo viên tự làm;", "br"),
            P("- Phối hợp với cha mẹ học sinh trong việc luyện đọc ở nhà."),
            Img(
                "/static-assets/images/tin-tuc/2026/11/hoi-thao-tieng-viet-1.jpg",
                "Cô giáo Trường PTDTBT Tiểu học Sủng Là chia sẻ kinh nghiệm dạy học",
                "Cô giáo Trường PTDTBT Tiểu học Sủng Là chia sẻ kinh nghiệm dạy học",
                "tbl",
            ),
            P(
                "Phát biểu kết luận, lãnh đạo Sở đề nghị các phòng giáo dục và đào tạo chỉ đạo các "
                "trường tăng thời lượng tăng cường tiếng Việt, đặc biệt trong học kỳ I của lớp 1."
            ),
            R("@XEMTHEM:2@"),
            Raw('<div align="right"><b>Hà Thị Lan</b></div>'),
        ],
        authors=["Hà Thị Lan"],
        summary=(
            "Ngày 14/11, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên đề nâng cao chất lượng dạy "
            "học môn Tiếng Việt cho học sinh lớp 1 vùng dân tộc thiểu số."
        ),
        sapo_outside=True,
        opts={"folder": "2026/11", "updated": "16/11/2026 14:22"},
    ),
    Story(
        7,
        "trien-khai-danh-gia-ngoai-co-so-giao-duc-mam-non-dot-2-nam-2026",
        "Triển khai đánh giá ngoài cơ sở giáo dục mầm non đợt 2 năm 2026",
        "kt",
        "2026-11-10T14:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch kiểm định chất lượng giáo dục năm 2026, Sở Giáo dục và Đào tạo "
                "thành lập 4 đoàn đánh giá ngoài đối với 16 trường mầm non trên địa bàn tỉnh."
            ),
            P("Về thời gian và phạm vi", "h"),
            P(
                "Các đoàn làm việc từ ngày 16/11 đến ngày 11/12/2026 tại các huyện Vị Xuyên, Bắc "
                "Quang, Quang Bình, Hoàng Su Phì và thành phố Hà Giang."
            ),
            P("Về yêu cầu đối với các trường", "h"),
            P(
                "Các trường được đánh giá chuẩn bị đầy đủ hồ sơ tự đánh giá, minh chứng và bố trí "
                "phòng làm việc cho đoàn; không tổ chức đón tiếp, không làm ảnh hưởng đến hoạt động "
                "chăm sóc, giáo dục trẻ."
            ),
            P(
                "Kết quả đánh giá ngoài là căn cứ để Sở xem xét công nhận trường đạt kiểm định chất "
                "lượng giáo dục và đạt chuẩn quốc gia."
            ),
        ],
        opts={"folder": "2026/11", "updated": "12/11/2026 08:05"},
    ),
    Story(
        8,
        "tong-ket-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2026",
        "Tổng kết Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        "hdn",
        "2026-11-02T08:15:00+07:00",
        [
            P(
                "Ngày 31/10, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết Tuần lễ hưởng ứng học "
                "tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ nguyên số”."
            ),
            P(
                "Trong tuần lễ, toàn tỉnh đã tổ chức hơn 1.500 lớp học, buổi sinh hoạt chuyên đề tại "
                "các trung tâm học tập cộng đồng với trên 86.000 lượt người tham gia; các thư viện "
                "trường học mở cửa phục vụ người dân vào cuối tuần."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/10/tuan-le-hoc-tap.jpg",
                "Lớp học xóa mù chữ tại xã Minh Ngọc, huyện Bắc Mê",
                "Lớp học xóa mù chữ tại xã Minh Ngọc, huyện Bắc Mê",
                "lazy",
            ),
            P("Hội nghị đã khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong tổ chức Tuần lễ."),
            right("<em>Triệu Thị Hồng (Trung tâm GDNN-GDTX huyện Bắc Mê)</em>"),
        ],
        authors=["Triệu Thị Hồng"],
        opts={"folder": "2026/10", "updated": "03/11/2026 09:00"},
    ),
    Story(
        9,
        "hoan-thanh-kiem-dinh-chat-luong-giao-duc-tai-12-truong-thpt",
        "Hoàn thành kiểm định chất lượng giáo dục tại 12 trường THPT",
        "kt",
        "2026-10-27T16:40:00+07:00",
        [
            P(
                "Theo báo cáo của Phòng Khảo thí và Quản lý chất lượng giáo dục, các trường được "
                "đánh giá đều hoàn thành báo cáo tự đánh giá đúng thời hạn, minh chứng được số hóa "
                "trên phần mềm quản lý kiểm định."
            ),
            P(
                "Tuy nhiên, một số tiêu chí về cơ sở vật chất, thiết bị dạy học chưa đạt yêu cầu, "
                "nhất là tại các trường vùng khó khăn."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/10/kiem-dinh-thpt.jpg",
                "Đoàn đánh giá ngoài làm việc tại Trường THPT Yên Minh",
                "Đoàn đánh giá ngoài làm việc tại Trường THPT Yên Minh",
                "tbl",
            ),
            P(
                "Năm 2027, Sở tiếp tục hướng dẫn các trường xây dựng kế hoạch cải tiến chất lượng "
                "sau đánh giá ngoài."
            ),
            right("<strong>Đỗ Minh Tuấn</strong>"),
        ],
        authors=["Đỗ Minh Tuấn"],
        summary=(
            "Năm 2026, 12 trường THPT trên địa bàn tỉnh đã được đánh giá ngoài, trong đó 9 trường "
            "đạt kiểm định chất lượng giáo dục cấp độ 2."
        ),
        sapo_outside=True,
        opts={"folder": "2026/10", "updated": "28/10/2026 07:50"},
    ),
    Story(
        10,
        "cong-doan-nganh-giao-duc-toa-dam-ky-niem-ngay-phu-nu-viet-nam",
        "Công đoàn ngành Giáo dục tọa đàm kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
        "hdn",
        "2026-10-20T10:00:00+07:00",
        [
            P(
                "Sáng 20/10, Công đoàn ngành Giáo dục tỉnh Hà Giang tổ chức tọa đàm kỷ niệm 96 năm "
                "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."
            ),
            P(
                "Tại buổi tọa đàm, các đại biểu đã ôn lại truyền thống của Hội Liên hiệp Phụ nữ Việt "
                "Nam, chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình của nữ nhà giáo vùng cao."
            ),
            Img(
                "/static-assets/images/tin-tuc/2026/10/toa-dam-20-10.jpg",
                "(Các nữ cán bộ, giáo viên tham dự tọa đàm)",
                "Các nữ cán bộ, giáo viên tham dự tọa đàm",
                "plain",
            ),
            P(
                "Dịp này, Công đoàn ngành đã trao 30 suất quà cho nữ giáo viên có hoàn cảnh khó khăn "
                "đang công tác tại các điểm trường lẻ."
            ),
            right("<em>Theo Công đoàn ngành Giáo dục tỉnh Hà Giang</em>"),
        ],
        source="Công đoàn ngành Giáo dục tỉnh Hà Giang",
        opts={"folder": "2026/10", "updated": "21/10/2026 15:35"},
    ),
    # --- notices ---------------------------------------------------------------------------
    Story(
        11,
        "thong-bao-nghi-tet-duong-lich-nam-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "tb",
        "2026-11-30",
        [
            R("@CONGVAN@"),
            P(
                "Căn cứ Bộ luật Lao động năm 2019; căn cứ thông báo của Ủy ban nhân dân tỉnh về việc "
                "nghỉ Tết Dương lịch năm 2027, Sở Giáo dục và Đào tạo thông báo như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức và người lao động cơ quan Sở được nghỉ Tết Dương "
                "lịch 01 ngày vào thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Các đơn vị trực thuộc bố trí trực cơ quan, đảm bảo an ninh, an toàn tài sản trong "
                "thời gian nghỉ."
            ),
            P(
                "3. Đối với học sinh, các trường thực hiện theo khung kế hoạch thời gian năm học "
                "2026-2027 đã được phê duyệt."
            ),
            R("@KY@"),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"updated": "03/12/2026 10:05", "no_date": True},
    ),
    Story(
        12,
        "lich-tiep-cong-dan-cua-giam-doc-so-thang-12-nam-2026",
        "Lịch tiếp công dân của Giám đốc Sở tháng 12 năm 2026",
        "tb",
        "2026-11-26T16:00:00+07:00",
        [
            P(
                "Văn phòng Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc "
                "Sở trong tháng 12 năm 2026 như sau:"
            ),
            P("Thời gian | Địa điểm | Người tiếp", "row"),
            P("Thứ Tư, 09/12/2026 | Phòng tiếp công dân, trụ sở Sở | Giám đốc Sở", "row"),
            P("Thứ Tư, 23/12/2026 | Phòng tiếp công dân, trụ sở Sở | Phó Giám đốc Sở", "row"),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
                "dung kiến nghị, phản ánh."
            ),
            R(
                '<p>Tệp đính kèm: <a href="/static-assets/documents/2026/lich-tiep-cong-dan-t12.pdf">'
                "lich-tiep-cong-dan-t12.pdf</a></p>"
            ),
            right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"updated": "26/11/2026 16:00"},
    ),
    Story(
        13,
        "thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026",
        "Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (vòng 2)",
        "tb",
        "2026-11-12T09:00:00+07:00",
        [
            P(
                "Hội đồng xét tuyển viên chức năm 2026 của Sở Giáo dục và Đào tạo thông báo kết quả "
                "xét tuyển vòng 2 đối với các vị trí giáo viên trung học phổ thông như sau:"
            ),
            P("Tổng số thí sinh dự xét tuyển vòng 2: 146 người;", "li"),
            P("Số thí sinh trúng tuyển: 87 người;", "li"),
            P("Số thí sinh không trúng tuyển: 59 người.", "li"),
            P(
                "Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Văn phòng Sở trước ngày 30/11/2026. "
                "Danh sách chi tiết được niêm yết tại trụ sở Sở và đăng trên Cổng thông tin điện tử "
                "của Sở."
            ),
            R(
                '<p>Tệp đính kèm: <a href="/static-assets/documents/2026/ds-trung-tuyen-vc-2026.pdf">'
                "Danh sách trúng tuyển (PDF)</a></p>"
            ),
        ],
        opts={"updated": "12/11/2026 09:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWS = [s for s in STORIES if s.cat != "tb"]
NOTICES = [s for s in STORIES if s.cat == "tb"]


def story_path(s: Story) -> str:
    if s.cat == "tb":
        return f"/thong-bao/{s.slug}"
    return f"/tin-tuc/{s.opts['folder']}/{s.slug}"


PATHS = {story_path(s): s for s in STORIES}

# "Tin liên quan" (first) and "Các tin khác": never the items kept for page 2+ (9, 10, 13)
RELATED = {1: [4, 8], 2: [6, 5], 3: [7, 4], 4: [1, 8], 5: [2, 6], 6: [2, 5], 7: [3, 5],
           8: [1, 4], 9: [7, 3], 10: [8, 4], 11: [12], 12: [11], 13: [12, 11]}

# --- dates ------------------------------------------------------------------------------------


def _parts(s: Story) -> tuple[int, int, int, int, int]:
    """(year, month, day, hour, minute) of the publication, local time."""
    d = s.published_at or ""
    y, m, dd = int(d[0:4]), int(d[5:7]), int(d[8:10])
    hh, mm = (int(d[11:13]), int(d[14:16])) if len(d) > 10 else (0, 0)
    return y, m, dd, hh, mm


def _utc(s: Story) -> tuple[int, int, int, int, int]:
    import datetime as _dt

    y, m, d, hh, mm = _parts(s)
    t = _dt.datetime(y, m, d, hh, mm) - _dt.timedelta(hours=7)
    return t.year, t.month, t.day, t.hour, t.minute


def local_printed(s: Story) -> str:
    if "printed_date" in s.opts:
        return s.opts["printed_date"]
    y, m, d, hh, mm = _parts(s)
    return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"


def utc_iso(s: Story) -> str:
    y, m, d, hh, mm = _utc(s)
    return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00.000Z"


def listing_day(s: Story) -> str:
    """The search index's date_dt printed with ?string('dd/MM/yyyy') in UTC (trap 4)."""
    y, m, d, _, _ = _utc(s)
    return f"{d:02d}/{m:02d}/{y}"


# --- chrome -----------------------------------------------------------------------------------


def _menu() -> str:
    sub = "".join(
        f'<li><a href="/tin-tuc?cm={slug}">{esc(label)}</a></li>'
        for key, (label, slug) in CATS.items()
        if key != "tb"
    )
    return f"""
<nav id="mnu-chinh" class="nav-sgd"><ul class="mnu-l1">
 <li><a href="/" title="Trang chủ"><img src="/static-assets/images/icons/home.png" alt="Trang chủ"></a></li>
 <li class="co-con"><a href="/gioi-thieu">Giới thiệu</a>
  <ul class="mnu-l2">
   <li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>
   <li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
   <li><a href="/gioi-thieu/lanh-dao-so">Lãnh đạo Sở</a></li>
  </ul></li>
 <li class="co-con"><a href="/tin-tuc">Tin tức - Sự kiện</a><ul class="mnu-l2">{sub}</ul></li>
 <li><a href="/thong-bao">Thông báo</a></li>
 <li><a href="/van-ban/2098-sgddt-gdtrh">Văn bản</a></li>
 <li><a href="https://hagiang.edu.vn/tra-cuu-diem" rel="nofollow">Tra cứu điểm thi</a></li>
 <li><a href="/gioi-thieu/lien-he">Liên hệ</a></li>
</ul>
<form action="/tim-kiem" method="get" class="frm-tk"><input type="text" name="q" placeholder="Tìm kiếm...">
<button type="submit">Tìm</button></form></nav>"""


def _sidebar() -> str:
    docread = "".join(
        f'<li><a href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in (5, 6, 1)
    )
    return f"""
<aside class="cot-phai" id="cmp-8d21">
 <div class="khoi-ph"><div class="khoi-td">Văn bản mới</div>
  <ul><li><a href="/van-ban/2098-sgddt-gdtrh">Công văn 2098/SGDĐT-GDTrH hướng dẫn kiểm tra cuối học kỳ I</a></li></ul></div>
 <div class="khoi-ph"><div class="khoi-td">Đọc nhiều</div><ol class="ds-docnhieu">{docread}</ol></div>
 <div class="khoi-ph"><div class="khoi-td">Liên kết website</div>
  <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
  <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
  <option value="https://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option></select>
  <a href="https://www.facebook.com/sgddthagiang" rel="nofollow"><img src="/static-assets/images/banner/fanpage.png" alt="Fanpage"></a></div>
 <div class="khoi-ph"><div class="khoi-td">Thăm dò ý kiến</div>
  <form action="/api/1/services/binh-chon.json" method="post" id="frm-bc">
   <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
   <label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label>
   <label><input type="radio" name="pa" value="2"> Bình thường</label>
   <label><input type="radio" name="pa" value="3"> Khó sử dụng</label>
   <button type="submit">Bình chọn</button></form></div>
 <div class="khoi-ph tk-truycap"><div class="khoi-td">Thống kê truy cập</div>
  <p>Đang online: 37</p><p>Hôm nay: 1.284</p><p>Tổng truy cập: 2.917.406</p></div>
</aside>"""


def page(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str,
         canonical: str | None = None, description: str = "", doc_title: str | None = None) -> Response:
    bc = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f"<li><span>{esc(label)}</span></li>"
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(doc_title or title)} | Sở GD&amp;ĐT Hà Giang</title>
{desc}
<meta property="og:title" content="Sở Giáo dục và Đào tạo Hà Giang">
<meta property="og:site_name" content="Sở Giáo dục và Đào tạo Hà Giang">
{canon}
<link rel="stylesheet" href="/static-assets/css/main.css">
<script src="/static-assets/js/app.js"></script>
</head><body class="tpl-sgd">
<div class="thanh-tren"><span class="ngay-ht">{TODAY}</span>
 <span class="lk-tren"><a href="/gioi-thieu/lien-he">Liên hệ</a> | <a href="https://mail.hagiang.edu.vn" rel="nofollow">Thư điện tử</a></span></div>
<header id="dau-trang"><a href="/"><img src="/static-assets/images/logo-sgddt.png" alt="Logo"></a>
 <h1 class="ten-dv">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</h1>
 <p class="khau-hieu">Cổng thông tin điện tử</p></header>
{_menu()}
<div class="khung-chinh">
<ol class="dd-bc">{bc}</ol>
<main class="cot-trai" id="cmp-4a09">{main}</main>
{_sidebar()}
</div>
<footer id="chan-trang">
 <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>
 <p>Địa chỉ: Số 12, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
 <p>Điện thoại: 0219.3866.152 - Email: sgddt@hagiang.edu.vn</p>
 <p>© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Hà Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 <p class="nen-tang">Powered by CrafterCMS</p>
</footer>
<script>/* craftercms guest */ window.craftercms = window.craftercms || {{}};</script>
</body></html>"""
    return html(body)


# --- article rendering -------------------------------------------------------------------


def _img_html(img: Img) -> str:
    alt = esc(img.caption or "")
    if img.style == "tbl":
        return (
            '<table class="mce-item-table" style="width:100%;border:0" cellpadding="2"><tbody>'
            f'<tr><td style="text-align:center"><img src="{img.src}" alt="{alt}" width="680"></td></tr>'
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "lazy":
        cap = f'<p class="cthich-a"><em>{esc(img.printed)}</em></p>' if img.printed else ""
        return (
            '<p style="text-align:center"><img class="lazyload" src="/static-assets/images/loading.gif" '
            f'data-src="{img.src}" alt="{alt}"></p>{cap}'
        )
    cap = (
        f'<p style="text-align: center;"><span style="font-size:12px"><em>{esc(img.printed)}</em></span></p>'
        if img.printed
        else ""
    )
    return f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" style="width:100%"></p>{cap}'


def _notice_head(s: Story) -> str:
    return """<table style="width:100%;border:0" class="tbl-cv"><tbody>
<tr><td style="text-align:center;width:40%">UBND TỈNH HÀ GIANG<br><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
<tr><td style="text-align:center">Số: 2145/TB-SGDĐT</td>
<td style="text-align:center"><em>Hà Giang, ngày 30 tháng 11 năm 2026</em></td></tr>
</tbody></table>
<p style="text-align:center"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"""


def _notice_sign() -> str:
    return """<table style="width:100%;border:0" class="tbl-ky"><tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- Các phòng thuộc Sở;<br>- Các đơn vị trực thuộc;<br>- Website Sở;<br>- Lưu: VT, VP.</td>
<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Văn Thành</strong></td>
</tr></tbody></table>"""


def _xem_them(i: int) -> str:
    o = BY_ID[i]
    return f'<p><strong>Xem thêm:</strong> <a href="{story_path(o)}">{esc(o.title)}</a></p>'


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "@CONGVAN@":
                out.append(_notice_head(s))
            elif b.html == "@KY@":
                out.append(_notice_sign())
            elif b.html.startswith("@XEMTHEM:"):
                out.append(_xem_them(int(b.html.split(":")[1].rstrip("@"))))
            else:
                out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_img_html(b))
            i += 1
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="width:100%"><tbody>'
                       + "".join(rows) + "</tbody></table>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(esc(blocks[i].text))
                i += 1
            parts.append(esc(blocks[i].text))
            i += 1
            out.append('<p style="text-align: justify;">' + "<br>\n".join(parts) + "</p>")
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            i += 1
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            i += 1
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
            i += 1
    return "\n".join(out)


def _thumb(s: Story) -> str:
    return f"/static-assets/images/thumbs/{s.slug[:40]}.jpg"


def article_page(request: Request, s: Story) -> Response:
    path = story_path(s)
    label = CATS[s.cat][0]
    if s.cat == "tb":
        crumbs = [("Thông báo", "/thong-bao")]
    else:
        crumbs = [("Tin tức - Sự kiện", "/tin-tuc"), (label, f"/tin-tuc?cm={CATS[s.cat][1]}")]
    meta = [f'<span class="tb-cn">Cập nhật: {s.opts["updated"]}</span>']
    if s.cat != "tb":
        meta.append('<span class="tb-nguoidang">Người đăng: bientap.hg</span>')
    if not s.opts.get("no_date"):
        meta.append(
            f'<span class="tb-ngay">Ngày đăng: <time datetime="{utc_iso(s)}">{local_printed(s)}</time></span>'
        )
    meta.append(f'<span class="tb-lx">Lượt xem: {s.views()}</span>')
    sapo = (
        f'<div class="tb-tt" data-craftercms-field-id="summary_t"><strong>{esc(s.summary)}</strong></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    rel = "".join(
        f'<li><a href="{story_path(BY_ID[j])}/">{esc(BY_ID[j].title)}</a></li>' for j in RELATED[s.id][:1]
    )
    related_box = (
        f'<div class="tlq-box" style="border:1px solid #ddd;padding:6px"><p><strong>Tin liên quan:</strong></p>'
        f"<ul>{rel}</ul></div>"
    )
    others = "".join(
        f'<li><a href="{story_path(BY_ID[j])}/">{esc(BY_ID[j].title)}</a> '
        f'<span class="ngay-ds">({listing_day(BY_ID[j])})</span></li>'
        for j in RELATED[s.id]
    )
    model = f"/site/website{path}/index.xml"
    main = f"""
<article class="ctn-tb" data-craftercms-model-path="{model}" data-craftercms-model-id="{s.id:08d}-7c1e">
 <h2 class="tb-td" data-craftercms-field-id="title_t">{esc(s.title)}</h2>
 <div class="tb-mt">{" | ".join(meta)}</div>
 {sapo}
 <div class="tb-nd" data-craftercms-field-id="content_html">
{render_blocks(s)}
{related_box}
 </div>
 <div class="tb-tukhoa">Từ khóa: <a href="/tim-kiem?q={quote(label)}">{esc(label)}</a></div>
 <div class="tb-congcu"><a href="javascript:window.print()">In bài</a> |
  <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{path}" rel="nofollow">Chia sẻ Facebook</a> |
  <a href="mailto:?subject={quote(s.title)}">Gửi email</a></div>
 <div class="tin-khac"><div class="khoi-td">Các tin khác</div><ul>{others}</ul></div>
</article>"""
    summary_meta = s.summary or s.paragraphs[0][:150]
    doc_title = "Thông báo" if s.cat == "tb" else "Tin bài"
    return page(request, s.title, crumbs, main, canonical=path, description=summary_meta,
                doc_title=doc_title)


# --- listings ---------------------------------------------------------------------------------


def _int(v: str | None) -> int:
    try:
        return max(1, int(v or "1"))
    except ValueError:
        return 1


def _pager(n: int, pages: int, prefix: str) -> str:
    if pages <= 1:
        return ""
    items = []
    for k in range(1, pages + 1):
        if k == n:
            items.append(f'<li class="dang-xem"><span>{k}</span></li>')
        else:
            items.append(f'<li><a href="?{prefix}p={k}">{k}</a></li>')
    if n < pages:
        items.append(f'<li><a href="?{prefix}p={n + 1}" title="Trang sau">»</a></li>')
    return f'<ul class="kh-pt">{"".join(items)}</ul>'


def _item(s: Story) -> str:
    lead = s.summary or s.paragraphs[0]
    return f"""<div class="ds-tb-i">
 <a href="{story_path(s)}" class="a-anh"><img src="{_thumb(s)}" alt=""></a>
 <h4><a href="{story_path(s)}">{esc(s.title)}</a></h4>
 <span class="cm-nho">{esc(CATS[s.cat][0])}</span> <span class="ngay-ds">{listing_day(s)}</span>
 <p>{esc(lead[:180])}…</p></div>"""


def news_listing(request: Request) -> Response:
    params = request.params
    cm = params.get("cm", "")
    n = _int(params.get("p"))
    if cm:
        key = next((k for k, (_, slug) in CATS.items() if slug and slug == cm), None)
        if key is None:
            return None  # type: ignore[return-value]
        items = [s for s in NEWS if s.cat == key]
        size, prefix, label = 2, f"cm={cm}&amp;", CATS[key][0]
        crumbs = [("Tin tức - Sự kiện", "/tin-tuc"), (label, None)]
    else:
        items, size, prefix, label = NEWS, 4, "", "Tin tức - Sự kiện"
        crumbs = [("Tin tức - Sự kiện", None)]
    pages = (len(items) + size - 1) // size
    chunk = items[(n - 1) * size : n * size]
    lst = "".join(_item(s) for s in chunk) or '<p class="khong-kq">Không tìm thấy tin bài nào.</p>'
    main = f"""<div class="cmp-ds" data-craftercms-model-id="cmp-ds-tinbai" data-q="content-type:/page/tin-bai">
<h2 class="td-ds">{esc(label)}</h2><p class="so-kq">Tìm thấy {len(items)} kết quả</p>
{lst}{_pager(n, pages, prefix) if chunk else ""}</div>"""
    return page(request, label, crumbs, main)


def notice_listing(request: Request) -> Response:
    n = _int(request.params.get("p"))
    size = 2
    pages = (len(NOTICES) + size - 1) // size
    chunk = NOTICES[(n - 1) * size : n * size]
    lst = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="ngay-ds">'
        f"({listing_day(s) if not s.opts.get('no_date') else '03/12/2026'})</span></li>"
        for s in chunk
    ) or '<li class="khong-kq">Không tìm thấy thông báo nào.</li>'
    main = f"""<div class="cmp-ds" data-q="content-type:/page/thong-bao"><h2 class="td-ds">Thông báo</h2>
<ul class="ds-thongbao">{lst}</ul>{_pager(n, pages, "") if chunk else ""}</div>"""
    return page(request, "Thông báo", [("Thông báo", None)], main)


def home(request: Request) -> Response:
    carousel = "".join(
        f'<div class="sl-item"><a href="{story_path(s)}?{SITE_PARAM}"><img src="{_thumb(s)}" alt="">'
        f"<span>{esc(s.title)}</span></a></div>"
        for s in NEWS[:3]
    )
    latest = "".join(_item(s) for s in NEWS[:4])
    notices = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a></li>' for s in NOTICES[:2]
    )
    main = f"""
<div class="tieu-diem" id="cmp-slider" data-autoplay="5000">{carousel}</div>
<section class="khoi-tinmoi"><h2 class="td-ds"><a href="/tin-tuc">Tin mới</a></h2>{latest}
<p class="xem-tat"><a href="/tin-tuc">Xem tất cả »</a></p></section>
<section class="khoi-tb"><h2 class="td-ds"><a href="/thong-bao">Thông báo</a></h2><ul>{notices}</ul></section>"""
    return page(request, SITE, [], main, canonical="/", doc_title="Trang chủ")


# --- other pages ------------------------------------------------------------------------------

INTRO = {
    "/gioi-thieu/chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Giang, tham "
            "mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của Ủy ban nhân dân tỉnh.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán "
            "bộ; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo "
            "thí và Quản lý chất lượng giáo dục.",
        ],
    ),
    "/gioi-thieu/lanh-dao-so": (
        "Lãnh đạo Sở",
        [
            "Giám đốc: Đặng Quốc Hưng - Điện thoại: 0219.3866.150",
            "Phó Giám đốc: Nguyễn Văn Thành - Điện thoại: 0219.3866.151",
        ],
    ),
    "/gioi-thieu/lien-he": (
        "Liên hệ",
        [
            "Sở Giáo dục và Đào tạo tỉnh Hà Giang",
            "Địa chỉ: Số 12, đường Nguyễn Trãi, thành phố Hà Giang",
            "Điện thoại: 0219.3866.152 - Email: sgddt@hagiang.edu.vn",
        ],
    ),
}


def intro_page(request: Request, path: str) -> Response:
    title, paras = INTRO[path]
    sub = "".join(
        f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in INTRO.items()
    )
    body = "".join(f"<p>{esc(x)}</p>" for x in paras)
    extra = ""
    if path.endswith("lien-he"):
        extra = """<form action="/gioi-thieu/lien-he" method="post" class="frm-lh">
<input name="hoten" placeholder="Họ tên"><input name="email" placeholder="Email">
<textarea name="noidung"></textarea><button type="submit">Gửi</button></form>"""
    main = f"""<div class="trang-gt"><ul class="mnu-gt">{sub}</ul>
<h2 class="tb-td">{esc(title)}</h2><div class="gt-nd">{body}</div>{extra}</div>"""
    return page(request, title, [("Giới thiệu", "/gioi-thieu"), (title, None)], main, canonical=path)


def doc_page(request: Request) -> Response:
    main = """<div class="vb-ct"><h2 class="tb-td">Công văn số 2098/SGDĐT-GDTrH</h2>
<table class="tbl-vb" border="1" cellpadding="4"><tbody>
<tr><th>Số ký hiệu</th><td>2098/SGDĐT-GDTrH</td></tr>
<tr><th>Ngày ban hành</th><td>20/11/2026</td></tr>
<tr><th>Trích yếu</th><td>Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Thành</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/static-assets/documents/2026/cv-2098-sgddt-gdtrh.pdf">cv-2098-sgddt-gdtrh.pdf</a></td></tr>
</tbody></table></div>"""
    return page(request, "Công văn số 2098/SGDĐT-GDTrH", [("Văn bản", None)], main,
                canonical="/van-ban/2098-sgddt-gdtrh", doc_title="Văn bản")


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        res = "<p>Vui lòng nhập từ khóa tìm kiếm.</p>"
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower() or q == CATS[s.cat][0]]
        res = "".join(
            f'<li><a href="{story_path(s)}">{esc(s.title)}</a></li>' for s in hits
        ) or "<li>Không tìm thấy kết quả phù hợp.</li>"
        res = f"<ul class='kq-tk'>{res}</ul>"
    main = f'<div class="cmp-tk"><h2 class="td-ds">Kết quả tìm kiếm: {esc(q)}</h2>{res}</div>'
    return page(request, "Tìm kiếm", [("Tìm kiếm", None)], main, doc_title="Tìm kiếm")


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/static-assets/"):
            if path.startswith("/static-assets/documents/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/api/1/services/binh-chon.json":
            if request.method == "POST":
                return Response(200, json.dumps({"ok": True, "msg": "Cảm ơn bạn đã bình chọn"}),
                                {"Content-Type": "application/json"})
            return None
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return news_listing(request)
        if path == "/thong-bao":
            return notice_listing(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/gioi-thieu":
            return redirect("/gioi-thieu/chuc-nang-nhiem-vu")
        if path in INTRO:
            return intro_page(request, path)
        if path == "/van-ban/2098-sgddt-gdtrh":
            return doc_page(request)
        clean = path[:-1] if path.endswith("/") and len(path) > 1 else path
        s = PATHS.get(clean)
        if s is not None:
            # the Engine resolves /x and /x/ to the same index.xml; crafterSite is ignored
            return article_page(request, s)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    path = story_path(s)
    return gold_record(
        s,
        path,
        CATS[s.cat][0],
        canonical_path=path,
        alt_paths=[path + "/", f"{path}?{SITE_PARAM}"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/lanh-dao-so",
    "/gioi-thieu/lien-he",
    "/van-ban/2098-sgddt-gdtrh",
]
