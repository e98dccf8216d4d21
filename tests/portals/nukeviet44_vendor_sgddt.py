"""Sở Giáo dục và Đào tạo tỉnh Kon Tum: NukeViet 4.4 with a vendor's custom theme ("sgddt-kt").

Platform
    NukeViet 4.4, rewrite on, news module renamed ``tin-tuc``, a vendor theme that overrides the
    news module's templates (``themes/sgddt-kt/modules/news/detail.tpl``) with its own class names
    ("kt-ct-…": chi tiết, "ttct", "ngaydang"), the about ("Giới thiệu"), contact and laws
    (văn bản) modules.

URL scheme
    ``/``                                        home: "Tin mới nhất" + a block per category
    ``/tin-tuc/`` , ``/tin-tuc/page-<N>``        all news, 5 a page
    ``/tin-tuc/<cat>/`` , ``/tin-tuc/<cat>/page-<N>``   a category, 4 a page (no trailing slash
                                                 on page-N, as NukeViet prints it)
    ``/tin-tuc/<cat>/<title-alias>-<id>.html``   a post
    ``/tin-tuc/<cat>/<title-alias>-<id>.html?download=1&id=<k>``  an attached file (PDF)
    ``/tin-tuc/print/<cat>/<title-alias>-<id>.html``  print view (opened by an onclick popup)
    ``/tin-tuc/tag/<alias>``                     tag listing
    ``/tin-tuc/search/?q=…``                     search form target (no results listed)
    ``/about/<alias>.html``                      about pages
    ``/contact/``                                contact form
    ``/laws/`` , ``/laws/detail/<Alias>-<id>.html``   documents module
    ``/voting/``                                 poll result
    ``/uploads/…``, ``/themes/…``, ``/assets/…``  images, styles, scripts

Page templates
    Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, a menu with drop-downs,
    a breadcrumb "Trang nhất › Tin tức › <category>", a right column (search, "Tin đọc nhiều",
    "Liên kết website" select, poll, visitor counter), a footer with address and copyright.
    The post page (vendor detail.tpl): ``h1.kt-ct-tieude``; an info bar ``div.kt-ct-thongtin``
    with "14:30 | Thứ năm, 03/12/2026", sometimes "Cập nhật: …", "Đăng bởi: <account>", views and
    the print/mail icons; the hometext (sapo) in ``div.kt-ct-mota``; the home image in a
    ``figure.kt-anhdaidien`` with a figcaption from its alt text; the text in
    ``div#news-bodyhtml.bodytext``; attached files; the author/source block
    ("Tác giả bài viết:", "Nguồn tin:"); keywords; a rating form; share buttons; comments;
    "Những tin mới hơn" with dates.

How each gold article is reached
    Home lists the five newest and three per category; the category listings list all of their
    posts, four a page; ``/tin-tuc/`` lists all, five a page. The two oldest posts of
    "Tin hoạt động" (ids 1203 and 1188) are linked only from page-2 of that category and from
    ``/tin-tuc/page-2`` / ``page-3`` (they carry no tags and the detail pages show only newer
    posts).

Traps
    1. Info bar prints the time before the day ("14:30 | Thứ năm, 03/12/2026") and, on some posts,
       an edit time "Cập nhật: 09:40 | 22/11/2026" right after it -> published_at is the first one
       (2026-11-20T19:05:00+07:00 for id 1220), never the edit time nor the header's today.
    2. "Đăng bởi: vanphong" (the CMS account that posted) sits in the same info bar, next to the
       date -> nobody; the author is the "Tác giả bài viết:" line of the block below the text.
    3. The author/source block after the text is NukeViet's own fields: "Tác giả bài viết:
       ThS. Nguyễn Thị Thu Hà - Văn phòng Sở" -> ["Nguyễn Thị Thu Hà"]; "Tác giả bài viết: Tin,
       ảnh: Phan Quốc Bảo" -> authors and photographers; "Tin: A Tuấn - Ảnh: Y Blao" -> split;
       "Nguồn tin: Báo Kon Tum" (a link) -> source "Báo Kon Tum". None of it is body.
    4. The hometext (sapo) is its own ``div.kt-ct-mota`` above the text, bold by CSS only, and the
       home image's figure comes between it and the text -> summary = hometext = body's first
       paragraph; the home image is the article's first image. When the editor left the image's
       alt empty the theme writes the title into ``alt`` and prints no figcaption (id 1220) ->
       caption None (an alt attribute is not a printed line).
    5. A post filed in two categories (listcatid, id 1238) is linked under each category's path:
       ``/tin-tuc/tin-hoat-dong/…-1238.html`` answers 200 with the same post and a canonical to
       ``/tin-tuc/giao-duc-trung-hoc/…-1238.html`` -> one article, the other path an alt_path;
       category "Giáo dục Trung học" (the breadcrumb on both).
    6. Print view opens only from ``onclick="nv_open_browse('/tin-tuc/print/…')"`` on an
       ``href="javascript:void(0);"`` icon -> the print path is an alt_path of its post.
    7. Attached files ("Tệp tin đính kèm") link to the post's own path plus
       ``?download=1&id=0``, which answers a PDF -> not an article, not an alt path; the file
       names are not body (ids 1241, 1224).
    8. Inside the article's panel, after the text: the rating widget ("Tổng số điểm của bài viết
       là: 14 trong 3 đánh giá", "Click để đánh giá bài viết"), a reader's comment with its own
       date under "Ý kiến bạn đọc", and "Những tin mới hơn" with "(30/11/2026)" dates -> no body.
    9. Listings print titles cut at 60 characters with "..." and a ``new.gif`` "Mới" icon after
       recent ones; pagination "page-2" without a trailing slash -> the title is the h1.
    10. Official notice (id 1241) printed as a document: letterhead table, "Số: 2318/TB-SGDĐT",
        "Kon Tum, ngày 01 tháng 12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer
        -> published_at "2026-12-01" (the info bar and og meta say 02/12/2026 08:00), author
        "Lê Văn Thanh", body only the numbered paragraphs.
    11. Midnight time "00:00 | Thứ tư, 28/10/2026" (id 1197) -> the day alone "2026-10-28".
    12. No hometext but a bold first paragraph (id 1236) -> it is the sapo; the text is typed in
        a ``<div>`` with ``<br />`` line breaks (CKEditor enter mode BR) -> each line a paragraph;
        a right-aligned "Phòng GDMN-TH" closing the text is the author as printed.
    13. The vendor's image table ("tbl-anh"): photo in one row, the line in the next; a line that
        only credits ("Ảnh: Hồng Thắm") -> caption None and photographer "Hồng Thắm"; a line in
        parentheses loses them (id 1233).
    14. Laws module entries (``/laws/detail/…``) print a title, "Ngày ban hành", "Trích yếu" and a
        text-like summary -> not articles.
    15. A closing "Nguồn: Cổng Thông tin điện tử tỉnh Kon Tum" inside the text and a "Xem thêm:"
       link line before it (id 1214) -> source; neither is body.

Gold decisions on ambiguous points
    - The "Nguồn tin:" field of the NukeViet block counts as a source line (source = its text).
    - A unit in "Tác giả bài viết: Phòng GDTrH" is the author as printed.
    - Category is the breadcrumb's last item (the primary category), also on the alt path.
    - The home image counts as the article's first photo; its caption is the figcaption when one
      is printed.
    - Footnote calls in brackets stay in their sentence; the "Tài liệu tham khảo" heading and its
      entries are body (id 1209).
    - Table rows in the text are paragraphs with cells joined by " | " (ids 1229, 1224).
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet44_vendor_sgddt"
PLATFORM = "NukeViet 4.4 (vendor theme sgddt-kt, news module, rewrite on)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Kon Tum"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
MOD = "/tin-tuc"
CAT_PER_PAGE = 4
ALL_PER_PAGE = 5

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "mam-non-tieu-hoc": "Giáo dục Mầm non - Tiểu học",
    "thong-bao": "Thông báo",
}

TAGS: dict[str, str] = {
    "chuyen-doi-so": "chuyển đổi số",
    "nha-giao": "nhà giáo",
    "hoc-sinh-gioi": "học sinh giỏi",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _nv_time(stamp: str) -> str:
    """How the vendor theme prints a time stamp "YYYY-MM-DD HH:MM": "14:30 | Thứ năm, 03/12/2026"."""
    when = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{when:%H:%M} | {_WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y}"


def _dmy(stamp: str) -> str:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


def _iso(stamp: str) -> str:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00+07:00")


# --- the stories ---------------------------------------------------------------------------------

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
    "<tbody><tr>"
    '<td style="text-align:center; width:45%">UBND TỈNH KON TUM<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />―――――</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>"
    "</tr><tr>"
    '<td style="text-align:center">Số: 2318/TB-SGDĐT</td>'
    '<td style="text-align:right"><em>Kon Tum, ngày 01 tháng 12 năm 2026</em></td>'
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12<br />"
    "năm học 2026-2027</strong></p>"
)

_SIGNATURE = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- Như trên;<br />- UBND tỉnh (b/c);<br />- Giám đốc, các PGĐ Sở;<br />"
    "- Cổng TTĐT Sở;<br />- Lưu: VT, GDTrH.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC'
    "</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Lê Văn Thanh</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=1245,
        slug="so-gd-dt-so-ket-cong-tac-chuyen-doi-so-hoc-ky-i-nam-hoc-2026-2027",
        title="Sở GD&ĐT sơ kết công tác chuyển đổi số học kỳ I năm học 2026-2027",
        cat="tin-hoat-dong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến sơ kết công tác "
            "chuyển đổi số học kỳ I năm học 2026-2027 tới 102 điểm cầu trong toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/so-ket-cds-1.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                style="home",
            ),
            P(
                "Theo báo cáo của Văn phòng Sở, đến hết tháng 11/2026, 100% cơ sở giáo dục phổ "
                "thông trên địa bàn tỉnh đã triển khai học bạ số; 96% giáo viên sử dụng sổ điểm "
                "điện tử và 89% phụ huynh thanh toán học phí không dùng tiền mặt."
            ),
            P(
                "Hệ thống cơ sở dữ liệu ngành được cập nhật thường xuyên, kết nối với cơ sở dữ "
                "liệu của Bộ Giáo dục và Đào tạo, phục vụ tốt công tác thống kê, tuyển sinh và "
                "quản lý hồ sơ học sinh."
            ),
            Img(
                "/uploads/news/2026_12/so-ket-cds-2.jpg",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                style="fig",
            ),
            P("Nhiệm vụ trọng tâm học kỳ II", style="h"),
            P("Hoàn thành việc số hóa hồ sơ văn bằng, chứng chỉ giai đoạn 2010-2020;", style="li"),
            P("Triển khai thí điểm sổ liên lạc điện tử tại 20 trường tiểu học;", style="li"),
            P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý trường học.", style="li"),
            P(
                "Phát biểu kết luận hội nghị, Giám đốc Sở đề nghị các đơn vị khắc phục tình trạng "
                "cập nhật dữ liệu chậm, bảo đảm an toàn thông tin và coi chuyển đổi số là nhiệm "
                "vụ thường xuyên của mỗi nhà trường."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "pub": "2026-12-03 14:30",
            "poster": "vanphong",
            "author_line": "ThS. Nguyễn Thị Thu Hà - Văn phòng Sở",
            "tags": ["chuyen-doi-so"],
            "comments": [
                (
                    "Nguyễn Văn Long",
                    "03/12/2026 20:11",
                    "Đề nghị Sở sớm hướng dẫn việc dùng sổ liên lạc điện tử cho các trường vùng "
                    "sâu, vì nhiều phụ huynh chưa có điện thoại thông minh.",
                )
            ],
        },
    ),
    Story(
        id=1241,
        slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title=(
            "Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027"
        ),
        cat="thong-bao",
        published_at="2026-12-01",
        blocks=[
            _LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 1650/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về "
                "thực hiện nhiệm vụ năm học 2026-2027, Sở GD&ĐT thông báo tổ chức kỳ thi chọn học "
                "sinh giỏi cấp tỉnh lớp 12 như sau:"
            ),
            P(
                "1. Thời gian thi: ngày 22 và 23/12/2026. Thí sinh có mặt tại điểm thi lúc 7 giờ "
                "00 ngày 21/12/2026 để làm thủ tục dự thi."
            ),
            P(
                "2. Địa điểm thi: Trường THPT chuyên Nguyễn Tất Thành, số 234 Bà Triệu, phường "
                "Quyết Thắng, thành phố Kon Tum."
            ),
            P(
                "3. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh."
            ),
            P(
                "4. Hồ sơ đăng ký dự thi gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày "
                "10/12/2026 theo mẫu đính kèm."
            ),
            P(
                "Sở GD&ĐT đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc Thông báo "
                "này./."
            ),
            _SIGNATURE,
        ],
        authors=["Lê Văn Thanh"],
        opts={
            "pub": "2026-12-02 08:00",
            "poster": "phonggdtrh",
            "tags": ["hoc-sinh-gioi"],
            "files": ["2318-TB-SGDDT.pdf", "Mau-dang-ky-HSG12.pdf"],
        },
    ),
    Story(
        id=1238,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-30T09:15:00+07:00",
        summary=(
            "Sáng 30/11, tại Trường THPT Kon Tum, Sở GD&ĐT khai mạc Hội thi giáo viên dạy giỏi "
            "cấp tỉnh cấp THPT với sự tham gia của 146 giáo viên đến từ 32 đơn vị."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững "
                "vàng, đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                "/uploads/news/2026_11/hoi-thi-gvdg-thpt-1.jpg",
                "Quang cảnh lễ khai mạc Hội thi",
                "Quang cảnh lễ khai mạc Hội thi",
                style="pcenter",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và dạy "
                "hai tiết thực hành trên lớp; ban giám khảo gồm 48 thành viên là cán bộ quản lý, "
                "giáo viên cốt cán các bộ môn."
            ),
            Img(
                "/uploads/news/2026_11/hoi-thi-gvdg-thpt-2.jpg",
                "Giáo viên dự thi bốc thăm bài dạy",
                "Giáo viên dự thi bốc thăm bài dạy",
                style="pcenter",
            ),
            P("Hội thi diễn ra đến hết ngày 12/12/2026."),
        ],
        authors=["Phan Quốc Bảo"],
        photographers=["Phan Quốc Bảo"],
        opts={
            "pub": "2026-11-30 09:15",
            "poster": "phonggdtrh",
            "author_line": "Tin, ảnh: Phan Quốc Bảo",
            "tags": ["nha-giao"],
            "extra_cats": ["tin-hoat-dong"],
        },
    ),
    Story(
        id=1236,
        slug="ngay-hoi-be-vui-hoc-stem-tai-truong-mam-non-hoa-hong",
        title="Ngày hội “Bé vui học STEM” tại Trường Mầm non Hoa Hồng",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-28T15:45:00+07:00",
        summary=(
            "Ngày 27/11, Trường Mầm non Hoa Hồng (thành phố Kon Tum) tổ chức Ngày hội “Bé vui "
            "học STEM” cho hơn 400 trẻ từ 3 đến 5 tuổi."
        ),
        blocks=[
            P(
                "Ngày 27/11, Trường Mầm non Hoa Hồng (thành phố Kon Tum) tổ chức Ngày hội “Bé vui "
                "học STEM” cho hơn 400 trẻ từ 3 đến 5 tuổi.",
                style="lead",
            ),
            P(
                "Tại ngày hội, các bé được tự tay làm núi lửa phun trào, thả thuyền giấy, lắp ghép "
                "mô hình nhà rông từ que kem.",
                style="br",
            ),
            P(
                "Mỗi góc trải nghiệm đều có giáo viên hướng dẫn, giúp trẻ quan sát, đặt câu hỏi "
                "và tự tìm ra câu trả lời.",
                style="br",
            ),
            P(
                "Phụ huynh đến dự cùng con, chụp ảnh và tham gia các trò chơi dân gian xen kẽ.",
                style="br",
            ),
            Img(
                "/uploads/news/2026_11/stem-mn-hoa-hong.jpg",
                "Trẻ hào hứng với thí nghiệm “núi lửa phun trào”",
                "Trẻ hào hứng với thí nghiệm “núi lửa phun trào”",
                style="fig",
            ),
            P(
                "Theo kế hoạch, Phòng GDMN-TH sẽ nhân rộng mô hình ngày hội STEM tới các trường "
                "mầm non trên địa bàn tỉnh trong học kỳ II."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDMN-TH</strong></p>'),
        ],
        authors=["Phòng GDMN-TH"],
        opts={"pub": "2026-11-28 15:45", "poster": "mamnon"},
    ),
    Story(
        id=1233,
        slug="lanh-dao-so-tham-lam-viec-tai-cac-truong-vung-kho-huyen-tu-mo-rong",
        title="Lãnh đạo Sở thăm, làm việc tại các trường vùng khó huyện Tu Mơ Rông",
        cat="tin-hoat-dong",
        published_at="2026-11-27T10:00:00+07:00",
        summary=(
            "Từ ngày 24 đến 26/11, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở Lê Văn Thanh "
            "làm trưởng đoàn đã thăm, làm việc tại 7 trường học trên địa bàn huyện Tu Mơ Rông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, bếp ăn bán trú, khu nội trú và việc tổ chức "
                "dạy học hai buổi/ngày tại các điểm trường lẻ."
            ),
            Img(
                "/uploads/news/2026_11/tu-mo-rong-1.jpg",
                "(Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT TH-THCS Đăk Hà)",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT TH-THCS Đăk Hà",
                style="tbl",
            ),
            P(
                "Qua kiểm tra, các trường cơ bản bảo đảm điều kiện dạy và học; tuy nhiên còn "
                "thiếu phòng học bộ môn, nhà vệ sinh cho học sinh bán trú xuống cấp."
            ),
            Img("/uploads/news/2026_11/tu-mo-rong-2.jpg", "Ảnh: Hồng Thắm", None, style="tbl"),
            P(
                "Đoàn đã trao tặng 300 bộ quần áo ấm, 500 cuốn vở và 120 suất quà cho học sinh "
                "có hoàn cảnh khó khăn."
            ),
        ],
        authors=["Hồng Thắm"],
        photographers=["Hồng Thắm"],
        source="Báo Kon Tum",
        opts={
            "pub": "2026-11-27 10:00",
            "poster": "vanphong",
            "author_line": "Hồng Thắm",
            "source_line": ("Báo Kon Tum", "https://baokontum.com.vn/"),
        },
    ),
    Story(
        id=1229,
        slug="huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-cap-thpt-nam-hoc-2026-2027",
        title="Hướng dẫn kiểm tra, đánh giá cuối học kỳ I cấp THPT năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-25T16:20:00+07:00",
        summary=(
            "Sở GD&ĐT hướng dẫn các trường THPT tổ chức kiểm tra, đánh giá cuối học kỳ I bảo "
            "đảm nghiêm túc, khách quan, đúng quy định tại Thông tư 22/2021/TT-BGDĐT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đề kiểm tra các môn đánh giá bằng điểm số do nhà trường xây dựng theo ma trận, "
                "bản đặc tả thống nhất trong tổ chuyên môn; thời gian làm bài 45 hoặc 90 phút."
            ),
            P("Lịch kiểm tra tập trung như sau:"),
            P("Ngày | Buổi | Môn kiểm tra", style="tr"),
            P("22/12/2026 | Sáng | Ngữ văn", style="tr"),
            P("22/12/2026 | Chiều | Lịch sử", style="tr"),
            P("23/12/2026 | Sáng | Toán", style="tr"),
            P("23/12/2026 | Chiều | Tiếng Anh", style="tr"),
            P(
                "Các môn còn lại do nhà trường chủ động sắp xếp, hoàn thành trước ngày "
                "31/12/2026 và báo cáo kết quả về Sở trước ngày 10/01/2027."
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={"pub": "2026-11-25 16:20", "poster": "phonggdtrh", "author_line": "Phòng GDTrH"},
    ),
    Story(
        id=1224,
        slug="thong-bao-lich-tiep-cong-dan-cua-lanh-dao-so-thang-12-2026",
        title="Thông báo lịch tiếp công dân của lãnh đạo Sở tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-24T07:30:00+07:00",
        blocks=[
            P(
                "Văn phòng Sở GD&ĐT thông báo lịch tiếp công dân định kỳ của lãnh đạo Sở trong "
                "tháng 12/2026 tại Phòng tiếp công dân, tầng 1, trụ sở Sở GD&ĐT:"
            ),
            P("Ngày | Người tiếp | Thời gian", style="tr"),
            P("08/12/2026 | Giám đốc Sở | 7h30 - 11h00", style="tr"),
            P("22/12/2026 | Phó Giám đốc Lê Văn Thanh | 7h30 - 11h00", style="tr"),
            P(
                "Công dân có nhu cầu phản ánh, kiến nghị vui lòng liên hệ trước qua số điện "
                "thoại 0260.3862.544 để được bố trí."
            ),
        ],
        opts={
            "pub": "2026-11-24 07:30",
            "poster": "vanphong",
            "files": ["Lich-tiep-cong-dan-T12-2026.pdf"],
        },
    ),
    Story(
        id=1220,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-20T19:05:00+07:00",
        summary=(
            "Tối 20/11, Sở GD&ĐT tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên "
            "dương 86 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/le-20-11-2026.jpg", None, None, style="home"),
            P(
                "Đến dự có đại diện lãnh đạo Tỉnh ủy, UBND tỉnh, các sở, ngành và hơn 500 cán bộ, "
                "giáo viên, học sinh trên địa bàn thành phố Kon Tum."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, Giám đốc Sở nhấn mạnh những nỗ lực của "
                "đội ngũ nhà giáo bám trường, bám lớp ở vùng sâu, vùng xa, vùng đồng bào dân tộc "
                "thiểu số.",
            ),
            P(
                "“Mỗi thầy cô giáo là một tấm gương sáng để học sinh noi theo”, Giám đốc Sở phát "
                "biểu.",
                style="quote",
            ),
            P(
                "Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể, 35 cá nhân; Sở GD&ĐT tặng Giấy "
                "khen cho 86 nhà giáo tiêu biểu."
            ),
        ],
        authors=["Minh Châu"],
        opts={
            "pub": "2026-11-20 19:05",
            "updated": "2026-11-22 09:40",
            "poster": "vanphong",
            "author_line": "Minh Châu",
            "tags": ["nha-giao"],
            "comments": [
                (
                    "Trần Thị Mai",
                    "21/11/2026 06:42",
                    "Chúc mừng các thầy cô giáo nhân ngày 20/11. Cảm ơn thầy cô đã bám bản dạy "
                    "chữ cho các em.",
                )
            ],
        },
    ),
    Story(
        id=1214,
        slug="tap-huan-tang-cuong-tieng-viet-cho-tre-mam-non-hoc-sinh-tieu-hoc-dan-toc-thieu-so",
        title=(
            "Tập huấn tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu học người dân tộc "
            "thiểu số"
        ),
        cat="mam-non-tieu-hoc",
        published_at="2026-11-16T08:45:00+07:00",
        summary=(
            "Từ ngày 12 đến 14/11, Sở GD&ĐT tập huấn tăng cường tiếng Việt cho 215 cán bộ quản "
            "lý, giáo viên mầm non và tiểu học vùng đồng bào dân tộc thiểu số."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các học viên được hướng dẫn phương pháp dạy tiếng Việt như ngôn ngữ thứ hai, cách "
                "xây dựng môi trường tiếng Việt trong lớp học và tận dụng tiếng mẹ đẻ của trẻ."
            ),
            Img(
                "/uploads/news/2026_11/tap-huan-tieng-viet.jpg",
                "Giáo viên thực hành tổ chức hoạt động làm quen với tiếng Việt",
                "Giáo viên thực hành tổ chức hoạt động làm quen với tiếng Việt",
                style="pcenter",
            ),
            P(
                "Kết thúc đợt tập huấn, mỗi đơn vị xây dựng kế hoạch tăng cường tiếng Việt năm "
                "học 2026-2027 và gửi về Sở trước ngày 30/11/2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/mam-non-tieu-hoc/'
                'ngay-hoi-be-vui-hoc-stem-tai-truong-mam-non-hoa-hong-1236.html">'
                "Ngày hội “Bé vui học STEM” tại Trường Mầm non Hoa Hồng</a></p>"
            ),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Cổng Thông tin điện tử tỉnh Kon Tum'
                "</em></p>"
            ),
        ],
        source="Cổng Thông tin điện tử tỉnh Kon Tum",
        opts={"pub": "2026-11-16 08:45", "poster": "mamnon"},
    ),
    Story(
        id=1209,
        slug="nang-cao-chat-luong-giao-duc-huong-nghiep-va-phan-luong-hoc-sinh-sau-thcs",
        title="Nâng cao chất lượng giáo dục hướng nghiệp và phân luồng học sinh sau THCS",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-10T14:00:00+07:00",
        summary=(
            "Giáo dục hướng nghiệp và phân luồng học sinh sau THCS là giải pháp quan trọng "
            "nhằm đáp ứng nhu cầu nhân lực của địa phương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025-2026, tỷ lệ học sinh tốt nghiệp THCS vào học tại các cơ sở giáo dục "
                "nghề nghiệp của tỉnh đạt 24,6%, tăng 3,1% so với năm học trước.[1]"
            ),
            P(
                "Tuy vậy, công tác tư vấn hướng nghiệp ở nhiều trường còn hình thức, chưa gắn với "
                "nhu cầu thị trường lao động tại địa phương.[2]"
            ),
            P("Một số giải pháp", style="h"),
            P(
                "Thứ nhất, đổi mới nội dung hoạt động trải nghiệm, hướng nghiệp theo hướng gắn với "
                "các ngành nghề thế mạnh của tỉnh như nông nghiệp công nghệ cao, du lịch."
            ),
            P(
                "Thứ hai, tăng cường phối hợp giữa nhà trường với doanh nghiệp và các trường cao "
                "đẳng, trung cấp trong việc tổ chức tham quan, trải nghiệm nghề."
            ),
            P("Tài liệu tham khảo", style="h"),
            P(
                "[1] Báo cáo tổng kết năm học 2025-2026 của Sở GD&ĐT tỉnh Kon Tum.",
                style="note",
            ),
            P(
                "[2] Đề án giáo dục hướng nghiệp giai đoạn 2018-2025 (Quyết định 522/QĐ-TTg).",
                style="note",
            ),
        ],
        authors=["Võ Thị Hồng Nhung"],
        opts={
            "pub": "2026-11-10 14:00",
            "poster": "phonggdtrh",
            "author_line": "TS. Võ Thị Hồng Nhung, Phó Trưởng phòng GDTrH",
        },
    ),
    Story(
        id=1203,
        slug="truong-ptdtnt-tinh-to-chuc-hoi-khoe-phu-dong-cap-truong",
        title="Trường PTDTNT tỉnh tổ chức Hội khỏe Phù Đổng cấp trường",
        cat="tin-hoat-dong",
        published_at="2026-11-05T10:30:00+07:00",
        blocks=[
            P(
                "Trong 3 ngày từ 02 đến 04/11, Trường Phổ thông Dân tộc nội trú tỉnh tổ chức Hội "
                "khỏe Phù Đổng cấp trường với 9 môn thi đấu."
            ),
            P(
                "Hơn 600 học sinh thuộc 12 dân tộc tham gia tranh tài ở các môn điền kinh, bóng "
                "đá, bóng chuyền, cầu lông, đẩy gậy, kéo co và bắn nỏ."
            ),
            Img(
                "/uploads/news/2026_11/hkpd-ptdtnt.jpg",
                "Học sinh thi đấu môn đẩy gậy",
                "Học sinh thi đấu môn đẩy gậy",
                style="pcenter",
            ),
            P(
                "Ban tổ chức đã trao 54 huy chương vàng, 54 huy chương bạc và 78 huy chương đồng "
                "cho các vận động viên xuất sắc."
            ),
        ],
        authors=["A Tuấn"],
        photographers=["Y Blao"],
        opts={"pub": "2026-11-05 10:30", "poster": "vanphong", "author_line": "Tin: A Tuấn - Ảnh: Y Blao"},
    ),
    Story(
        id=1197,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-10-28",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức Sở GD&ĐT thông báo kết quả xét tuyển viên chức "
                "giáo dục năm 2026 (đợt 2) đối với 74 chỉ tiêu tại các trường trực thuộc Sở."
            ),
            P(
                "Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Phòng Tổ chức cán bộ trước ngày "
                "15/11/2026; quá thời hạn trên, thí sinh không hoàn thiện hồ sơ sẽ bị hủy kết quả "
                "trúng tuyển."
            ),
            P("Danh sách thí sinh trúng tuyển được niêm yết công khai tại trụ sở Sở GD&ĐT."),
        ],
        opts={"pub": "2026-10-28 00:00", "poster": "tccb"},
    ),
    Story(
        id=1188,
        slug="cong-doan-nganh-giao-duc-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-20-10",
        title="Công đoàn ngành Giáo dục tổ chức giải bóng chuyền hơi nữ chào mừng ngày 20/10",
        cat="tin-hoat-dong",
        published_at="2026-10-19T16:10:00+07:00",
        summary=(
            "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn ngành "
            "Giáo dục tổ chức giải bóng chuyền hơi nữ với 18 đội tham gia."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_10/bong-chuyen-hoi-nu.jpg",
                "Trận chung kết giữa đội Trường THPT Kon Tum và đội Trường THPT Duy Tân",
                "Trận chung kết giữa đội Trường THPT Kon Tum và đội Trường THPT Duy Tân",
                style="home",
            ),
            P(
                "Sau hai ngày thi đấu sôi nổi, đội Trường THPT Kon Tum giành giải nhất, đội Trường "
                "THPT Duy Tân giải nhì, đồng giải ba thuộc về đội Văn phòng Sở và Trường THPT "
                "chuyên Nguyễn Tất Thành."
            ),
            P(
                "Giải đấu là dịp để các nữ cán bộ, giáo viên rèn luyện sức khỏe, giao lưu, học hỏi "
                "lẫn nhau."
            ),
        ],
        authors=["Thu Trang"],
        opts={"pub": "2026-10-19 16:10", "poster": "congdoan", "author_line": "Thu Trang"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _post_path(story: Story, cat: str | None = None) -> str:
    return f"{MOD}/{cat or story.cat}/{story.slug}-{story.id}.html"


def _print_path(story: Story) -> str:
    return f"{MOD}/print/{story.cat}/{story.slug}-{story.id}.html"


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra_cats", [])]


def _in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if cat in _cats_of(s)]


def _newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["pub"], reverse=True)


# --- laws and about -----------------------------------------------------------------------------

LAWS = [
    {
        "id": 91,
        "alias": "Quyet-dinh-ban-hanh-Quy-che-thi-chon-hoc-sinh-gioi-cap-tinh",
        "so": "1520/QĐ-SGDĐT",
        "ngay": "18/11/2026",
        "loai": "Quyết định",
        "title": "Quyết định ban hành Quy chế thi chọn học sinh giỏi cấp tỉnh",
        "trich": "Ban hành kèm theo Quyết định này Quy chế thi chọn học sinh giỏi cấp tỉnh các "
        "lớp 9 và 12 áp dụng từ năm học 2026-2027.",
    },
    {
        "id": 88,
        "alias": "Ke-hoach-thuc-hien-nhiem-vu-chuyen-doi-so-nam-2027",
        "so": "2105/KH-SGDĐT",
        "ngay": "30/10/2026",
        "loai": "Kế hoạch",
        "title": "Kế hoạch thực hiện nhiệm vụ chuyển đổi số ngành Giáo dục năm 2027",
        "trich": "Kế hoạch xác định mục tiêu, nhiệm vụ và giải pháp chuyển đổi số trong quản lý "
        "và dạy học năm 2027 của ngành Giáo dục tỉnh Kon Tum.",
    },
    {
        "id": 84,
        "alias": "Cong-van-huong-dan-nhiem-vu-GDTrH-nam-hoc-2026-2027",
        "so": "1712/SGDĐT-GDTrH",
        "ngay": "28/8/2026",
        "loai": "Công văn",
        "title": "Công văn hướng dẫn thực hiện nhiệm vụ GDTrH năm học 2026-2027",
        "trich": "Hướng dẫn các cơ sở giáo dục trung học thực hiện nhiệm vụ năm học 2026-2027.",
    },
]

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Kon Tum là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu "
            "quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Toàn ngành hiện có 402 cơ sở giáo dục với hơn 160.000 học sinh và 11.200 cán bộ, "
            "giáo viên, nhân viên.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở GD&ĐT có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, "
            "giáo dục phổ thông, giáo dục thường xuyên và giáo dục nghề nghiệp theo phân cấp.",
            "Sở chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và "
            "Đào tạo.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và 03 Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - "
            "Tài chính; Phòng GDMN-TH; Phòng GDTrH; Phòng Quản lý chất lượng.",
        ],
    ),
}


# --- chrome -------------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(f'<li><a href="{MOD}/{a}/">{esc(n)}</a></li>' for a, n in CATS.items())
    about = "".join(f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items())
    return (
        '<nav class="kt-menu-ngang"><ul class="kt-mn">'
        '<li class="home"><a href="/" title="Trang nhất"><em class="fa fa-home"></em></a></li>'
        f'<li class="dropdown"><a href="/about/gioi-thieu-chung.html">Giới thiệu</a>'
        f'<ul class="kt-mn-con">{about}</ul></li>'
        f'<li class="dropdown"><a href="{MOD}/">Tin tức</a><ul class="kt-mn-con">{cats}</ul></li>'
        '<li><a href="/laws/">Văn bản</a></li>'
        '<li><a href="https://csdl.kontum.edu.vn/" target="_blank">Cơ sở dữ liệu ngành</a></li>'
        '<li><a href="/contact/">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _crumbs(items: list[tuple[str, str]]) -> str:
    out = ['<li><a href="/" title="Trang nhất"><span>Trang nhất</span></a></li>']
    for href, label in items:
        out.append(f'<li><a href="{href}"><span>{esc(label)}</span></a></li>')
    return (
        '<div class="kt-dieuhuong"><ul class="breadcrumbs list-none" itemscope '
        'itemtype="http://schema.org/BreadcrumbList">' + "".join(out) + "</ul></div>"
    )


_MOST_READ = [1245, 1220, 1238, 1229, 1233]


def _sidebar() -> str:
    reads = "".join(
        f'<li><a href="{_post_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f"{esc(_cut(BY_ID[i].title, 55))}</a></li>"
        for i in _MOST_READ
    )
    return (
        '<aside class="col-md-8 kt-cot-phai">'
        f'<div class="panel kt-bl"><div class="kt-bl-tieude">Tìm kiếm</div>'
        f'<form action="{MOD}/search/" method="get"><input type="text" name="q" '
        'placeholder="Nhập từ khóa..."/><button type="submit">Tìm</button></form></div>'
        f'<div class="panel kt-bl"><div class="kt-bl-tieude">Tin đọc nhiều</div>'
        f'<ul class="kt-ds-tin">{reads}</ul></div>'
        '<div class="panel kt-bl"><div class="kt-bl-tieude">Liên kết website</div>'
        "<select onchange=\"window.open(this.value,'_blank')\">"
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://kontum.gov.vn/">Cổng TTĐT tỉnh Kon Tum</option>'
        '<option value="https://baokontum.com.vn/">Báo Kon Tum</option></select></div>'
        '<div class="panel kt-bl"><div class="kt-bl-tieude">Thăm dò ý kiến</div>'
        '<form action="/voting/" method="post"><p>Bạn biết đến Cổng thông tin qua đâu?</p>'
        '<label><input type="radio" name="option" value="1"/> Mạng xã hội</label><br />'
        '<label><input type="radio" name="option" value="2"/> Nhà trường</label><br />'
        '<label><input type="radio" name="option" value="3"/> Khác</label><br />'
        '<input type="submit" value="Bình chọn"/> <a href="/voting/">Xem kết quả</a></form></div>'
        '<div class="panel kt-bl"><div class="kt-bl-tieude">Thống kê truy cập</div>'
        '<ul class="counter"><li><em class="fa fa-bolt"></em> Đang truy cập <span>27</span></li>'
        "<li>Hôm nay <span>1.204</span></li><li>Tháng hiện tại <span>38.915</span></li>"
        "<li>Tổng lượt truy cập <span>3.456.789</span></li></ul></div>"
        '<div class="kt-banner-phai"><a href="https://dichvucong.gov.vn/" target="_blank">'
        '<img src="/uploads/banner/dich-vu-cong.png" alt="Dịch vụ công"/></a></div>'
        "</aside>"
    )


def _page(request: Request, title: str, crumbs: list[tuple[str, str]], main: str, head: str = "") -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head>'
        f"<title>{esc(title)}</title>"
        '<meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
        '<meta name="generator" content="NukeViet v4.4"/>'
        f"{head}"
        '<link rel="StyleSheet" href="/themes/sgddt-kt/css/style.css"/>'
        '<link rel="StyleSheet" href="/themes/sgddt-kt/css/news.css"/>'
        '<script src="/assets/js/jquery/jquery.min.js"></script>'
        '<script src="/assets/js/language/vi.js"></script>'
        '<script src="/assets/js/global.js"></script>'
        '<script src="/themes/sgddt-kt/js/main.js"></script>'
        "</head><body>"
        '<div class="kt-thanhtren"><div class="wraper"><span class="kt-ngay">'
        f'<em class="fa fa-calendar"></em> {HEADER_DATE}</span>'
        '<span class="kt-hotline">Đường dây nóng: 0260.3862.544</span></div></div>'
        '<header class="kt-dau"><a href="/"><img src="/uploads/logo-sgddt-kontum.png" '
        f'alt="{esc(SITE_NAME)}"/></a><div class="kt-ten"><span>UBND TỈNH KON TUM</span>'
        "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div></header>"
        f"{_menu()}"
        '<div class="wraper"><div class="row">'
        f'<section class="col-md-16 kt-cot-giua">{_crumbs(crumbs)}{main}</section>'
        f"{_sidebar()}</div></div>"
        '<footer class="kt-chan"><div class="wraper">'
        f"<p><strong>{esc(SITE_NAME.upper())}</strong></p>"
        "<p>Địa chỉ: Số 32 Phan Đình Phùng, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</p>"
        "<p>Điện thoại: 0260.3862.544 - Fax: 0260.3864.117 - Email: sgddt@kontum.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>© Bản quyền thuộc về Sở GD&amp;ĐT tỉnh Kon Tum. Thiết kế bởi Công ty CP Giải pháp "
        "Phần mềm Tây Nguyên</p></div></footer>"
        '<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, '
        '<a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.'
        "</div></body></html>"
    )
    return html(doc)


def _cut(title: str, n: int = 60) -> str:
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


_NEW_ICON = ' <img src="/themes/sgddt-kt/images/icons/new.gif" alt="Mới" class="kt-moi"/>'


def _item(story: Story, cat: str | None = None, with_text: bool = True) -> str:
    href = _post_path(story, cat)
    new = _NEW_ICON if story.opts["pub"] >= "2026-11-28" else ""
    thumb = next((im.src for im in story.images), "/themes/sgddt-kt/images/no_image.gif")
    lead = ""
    if with_text:
        first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
        lead = f'<p class="kt-tt-mota">{esc(_cut(first, 160))}</p>'
    return (
        '<div class="kt-tt-item clearfix">'
        f'<a href="{href}" title="{esc(story.title)}"><img class="kt-tt-anh" '
        f'src="{thumb.replace("/uploads/", "/assets/")}" alt="{esc(story.title)}" width="120"/></a>'
        f'<h3><a href="{href}" title="{esc(story.title)}">{esc(_cut(story.title))}</a>{new}</h3>'
        f'<span class="kt-tt-ngay">{_dmy(story.opts["pub"])}</span>{lead}</div>'
    )


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base.rstrip('/')}/page-{n}"

    out = []
    if page > 1:
        out.append(f'<li><a href="{href(page - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a href="{href(page + 1)}">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(out) + "</ul></div>"


# --- pages --------------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    newest = _newest_first(STORIES)[:5]
    top = newest[0]
    parts = [
        '<div class="kt-tinnoibat">'
        f'<a href="{_post_path(top)}"><img src="{top.images[0].src}" alt="{esc(top.title)}"/></a>'
        f'<h2><a href="{_post_path(top)}">{esc(top.title)}</a></h2></div>',
        '<div class="kt-bl-tieude">Tin mới nhất</div><div class="kt-ds">',
        "".join(_item(s, with_text=False) for s in newest),
        "</div>",
    ]
    for alias, name in CATS.items():
        items = _newest_first(_in_cat(alias))[:3]
        parts.append(
            f'<div class="kt-khoi-cm"><div class="kt-bl-tieude"><a href="{MOD}/{alias}/">'
            f"{esc(name)}</a></div>" + "".join(_item(s, alias) for s in items) + "</div>"
        )
    return _page(request, SITE_NAME, [], "".join(parts))


def _listing(request: Request, stories: list[Story], base: str, page: int, per: int,
             title: str, crumbs: list[tuple[str, str]], cat: str | None) -> Response | None:
    pages = max(1, -(-len(stories) // per))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * per : page * per]
    body = (
        f'<h1 class="kt-cm-tieude">{esc(title)}</h1><div class="kt-ds">'
        + "".join(_item(s, cat) for s in chunk)
        + "</div>"
        + _pager(base, page, pages)
    )
    page_title = title + (f" - Trang {page}" if page > 1 else "") + f" - {SITE_NAME}"
    canon = base if page == 1 else f"{base.rstrip('/')}/page-{page}"
    head = f'<link rel="canonical" href="{base_url(request)}{canon}"/>'
    return _page(request, page_title, crumbs, body, head)


def _render_img(img: Img) -> str:
    src = esc(img.src)
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return (
            '<figure class="image" style="display:inline-block">'
            f'<img alt="" height="533" src="{src}" width="800" />{cap}</figure>'
        )
    if img.style == "pcenter":
        out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 700px; height: 466px;" /></p>'
        if img.printed:
            out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        return out
    if img.style == "tbl":
        line = ""
        if img.printed:
            line = (
                '<tr><td style="text-align:center"><span style="font-size:12px;">'
                f"<em>{esc(img.printed)}</em></span></td></tr>"
            )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            f'style="width:90%"><tbody><tr><td><img alt="" src="{src}" width="100%" /></td></tr>'
            f"{line}</tbody></table>"
        )
    raise ValueError(img.style)


def _render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b))
        elif b.style in ("li", "tr", "br", "note"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append(
                    '<div style="text-align: justify;">'
                    + "<br />\r\n".join(esc(p.text) for p in group)
                    + "</div>"
                )
            elif b.style == "note":
                out.append(
                    '<p style="font-size:12px;">' + "<br />".join(esc(p.text) for p in group) + "</p>"
                )
            else:
                rows = []
                for k, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {esc(b.text)}</p>')
        i += 1
    return "\r\n".join(out)


def _tools(story: Story) -> str:
    prt = _print_path(story)
    mail = f"{MOD}/sendmail/{story.cat}/{story.slug}-{story.id}.html"
    return (
        '<ul class="kt-congcu list-none">'
        '<li><a href="javascript:void(0);" class="kt-cc-in" title="In ra" '
        f"onclick=\"nv_open_browse('{prt}','',840,500,'resizable=no,scrollbars=yes,toolbar=no,"
        "location=no,status=no');return false\"><em class=\"fa fa-print\"></em></a></li>"
        '<li><a href="javascript:void(0);" title="Gửi bài viết qua email" '
        f"onclick=\"nv_open_browse('{mail}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,"
        "location=no,status=no');return false\"><em class=\"fa fa-envelope\"></em></a></li>"
        "</ul>"
    )


def _detail(request: Request, story: Story, url_cat: str) -> Response:
    o = story.opts
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    info = [f'<span class="ngaydang"><em class="fa fa-clock-o"></em> {_nv_time(o["pub"])}</span>']
    if o.get("updated"):
        info.append(f'<span class="kt-capnhat">Cập nhật: {_nv_time(o["updated"])}</span>')
    info.append(f'<span class="kt-nguoidang">Đăng bởi: {esc(o["poster"])}</span>')
    info.append(f'<span class="kt-luotxem"><em class="fa fa-eye"></em> Lượt xem: {story.views()}</span>')
    parts = [
        '<div class="kt-khung-ct panel panel-default"><div class="panel-body">',
        f'<h1 class="kt-ct-tieude">{esc(story.title)}</h1>',
        '<div class="kt-ct-thongtin clearfix">' + " ".join(info) + _tools(story) + "</div>",
    ]
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="kt-ct-mota">{esc(story.summary)}</div>')
    if home is not None:
        cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
        parts.append(
            f'<figure class="kt-anhdaidien center"><a href="{esc(home.src)}" rel="shadowbox">'
            f'<img alt="{esc(home.printed or story.title)}" src="{esc(home.src)}" width="680" '
            f'class="img-thumbnail"/></a>{cap}</figure>'
        )
    parts.append(
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{_render_body(story)}</div>'
    )
    files = o.get("files", [])
    if files:
        here = _post_path(story, url_cat)
        rows = "".join(
            f'<li><em class="fa fa-file-pdf-o"></em> <a href="{here}?download=1&amp;id={k}" '
            f'title="{esc(name)}">{esc(name)}</a></li>'
            for k, name in enumerate(files)
        )
        parts.append(
            '<div class="kt-ct-tep"><p class="h3"><em class="fa fa-download"></em> '
            f'<strong>Tệp tin đính kèm</strong></p><ul class="list-none">{rows}</ul></div>'
        )
    meta = []
    if o.get("author_line"):
        meta.append(
            f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(o["author_line"])}</p>'
        )
    if o.get("source_line"):
        name, url = o["source_line"]
        meta.append(
            '<p class="h5 text-right"><strong>Nguồn tin: </strong>'
            f'<a title="{esc(name)}" rel="nofollow" href="{url}">{esc(name)}</a></p>'
        )
    if meta:
        parts.append('<div class="kt-ct-tacgia margin-bottom-lg">' + "".join(meta) + "</div>")
    tags = o.get("tags", [])
    if tags:
        links = ", ".join(f'<a href="{MOD}/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
        parts.append(
            '<div class="kt-ct-tukhoa"><em class="fa fa-tags"></em> '
            f"<strong>Từ khóa: </strong>{links}</div>"
        )
    votes = 3 + story.id % 4
    parts.append(
        '<div class="kt-ct-danhgia"><form id="form3B" action="">'
        f'<div class="h5"><span id="stringrating">Tổng số điểm của bài viết là: {votes * 4 + 2} '
        f"trong {votes} đánh giá</span>"
        + "".join(
            f'<input class="hover-star" type="radio" value="{k}" title="Bài viết đánh giá {k} điểm"/>'
            for k in range(1, 6)
        )
        + '<span id="numberrating">Xếp hạng: 4.6 - '
        f"{votes} phiếu bầu</span></div>"
        '<div class="h5 clearfix"><span id="hover-test">Click để đánh giá bài viết</span></div>'
        "</form></div>"
        '<div class="kt-ct-chiase"><span>Chia sẻ:</span> '
        '<a href="https://www.facebook.com/sharer/sharer.php?u='
        f'{base_url(request)}{_post_path(story)}" target="_blank">'
        '<img src="/themes/sgddt-kt/images/icons/facebook.png" alt="Facebook"/></a> '
        '<a href="https://zalo.me/share" target="_blank">'
        '<img src="/themes/sgddt-kt/images/icons/zalo.png" alt="Zalo"/></a></div>'
    )
    comments = o.get("comments", [])
    rendered = "".join(
        '<div class="kt-bl-item media"><img class="media-object" src="/themes/sgddt-kt/images/users/no_avatar.png" '
        'alt=""/><div class="media-body">'
        f'<div class="media-heading"><strong>{esc(who)}</strong> <span class="small">{when}</span></div>'
        f"<p>{esc(txt)}</p></div></div>"
        for who, when, txt in comments
    )
    parts.append(
        '<div id="idcomment" class="kt-binhluan"><p class="h3"><strong>Ý kiến bạn đọc</strong></p>'
        + (rendered or '<p class="small">Chưa có ý kiến nào. Hãy là người đầu tiên bình luận.</p>')
        + '<form method="post" action="" onsubmit="return false;"><textarea name="content" '
        'placeholder="Nội dung bình luận"></textarea><input type="text" name="name" '
        'placeholder="Họ tên"/><input type="submit" value="Gửi bình luận"/></form></div>'
    )
    same = _newest_first(_in_cat(story.cat))
    newer = [s for s in same if s.opts["pub"] > o["pub"]][-3:]
    if newer:
        lis = "".join(
            f'<li><em class="fa fa-angle-right"></em> <a href="{_post_path(s, story.cat)}" '
            f'title="{esc(s.title)}">{esc(s.title)}</a> <em>({_dmy(s.opts["pub"])})</em></li>'
            for s in newer
        )
        parts.append(
            '<div class="kt-ct-tinkhac"><p class="h3"><strong>Những tin mới hơn</strong></p>'
            f'<ul class="related list-none">{lis}</ul></div>'
        )
    parts.append("</div></div>")

    canon = base_url(request) + _post_path(story)
    pub_meta = _iso(o["pub"])
    head = (
        f'<meta name="description" content="{esc(story.summary or story.title)}"/>'
        '<meta property="og:type" content="article"/>'
        f'<meta property="og:title" content="{esc(story.title)}"/>'
        f'<meta property="og:url" content="{canon}"/>'
        f'<meta property="article:published_time" content="{pub_meta}"/>'
        + (
            f'<meta property="article:modified_time" content="{_iso(o["updated"])}"/>'
            if o.get("updated")
            else ""
        )
        + f'<link rel="canonical" href="{canon}"/>'
    )
    cat_name = CATS[story.cat]
    crumbs = [(f"{MOD}/", "Tin tức"), (f"{MOD}/{story.cat}/", cat_name)]
    return _page(request, f"{story.title} - {cat_name} - {SITE_NAME}", crumbs, "".join(parts), head)


def _print(request: Request, story: Story) -> Response:
    o = story.opts
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    parts = [
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
        f"<title>{esc(story.title)}</title>"
        '<meta name="robots" content="noindex, nofollow"/>'
        '<link rel="StyleSheet" href="/themes/sgddt-kt/css/print.css"/></head>'
        '<body><div id="print"><div id="hd_print">'
        '<img src="/uploads/logo-sgddt-kontum.png" alt="" height="60"/>'
        f"<p>{esc(SITE_NAME)}</p></div>"
        f'<div id="content"><h1>{esc(story.title)}</h1>'
        f'<p class="time">{_nv_time(o["pub"])}</p>',
    ]
    if story.summary and story.sapo_outside:
        parts.append(f'<div id="hometext"><strong>{esc(story.summary)}</strong></div>')
    if home is not None:
        cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
        parts.append(f'<figure><img src="{esc(home.src)}" alt="" width="500"/>{cap}</figure>')
    parts.append(f'<div id="bodytext" class="clearfix">{_render_body(story)}</div>')
    if o.get("author_line"):
        parts.append(f'<div class="copyright">Tác giả bài viết: {esc(o["author_line"])}</div>')
    if o.get("source_line"):
        parts.append(f'<div class="copyright">Nguồn tin: {esc(o["source_line"][0])}</div>')
    parts.append(
        f'<div id="footerprint"><p>URL của bản tin này: {base_url(request)}{_post_path(story)}</p>'
        '<a href="javascript:;" onclick="window.print()">In bài viết</a> '
        '<a href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></div>'
        "</div></div></body></html>"
    )
    return html("".join(parts))


def _law_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="text-center">{k}</td><td><a href="/laws/detail/{law["alias"]}-{law["id"]}.html">'
        f'{esc(law["so"])}</a></td><td>{law["ngay"]}</td><td><a href="/laws/detail/{law["alias"]}-'
        f'{law["id"]}.html">{esc(law["title"])}</a></td></tr>'
        for k, law in enumerate(LAWS, 1)
    )
    main = (
        '<h1 class="kt-cm-tieude">Văn bản</h1><table class="table table-striped table-bordered">'
        "<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    return _page(request, f"Văn bản - {SITE_NAME}", [("/laws/", "Văn bản")], main)


def _law(request: Request, law: dict) -> Response:
    main = (
        f'<div class="kt-vb"><h1>{esc(law["title"])}</h1>'
        '<table class="table table-bordered"><tbody>'
        f'<tr><td>Số/Ký hiệu</td><td>{esc(law["so"])}</td></tr>'
        f'<tr><td>Ngày ban hành</td><td>{law["ngay"]}</td></tr>'
        f'<tr><td>Loại văn bản</td><td>{esc(law["loai"])}</td></tr>'
        "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>"
        "<tr><td>Người ký</td><td>Lê Văn Thanh</td></tr>"
        f'<tr><td>Trích yếu</td><td>{esc(law["trich"])}</td></tr>'
        "</tbody></table>"
        f'<p class="kt-vb-noidung">{esc(law["trich"])} Văn bản có hiệu lực kể từ ngày ký.</p>'
        f'<p><em class="fa fa-download"></em> <a href="/uploads/laws/{law["alias"]}.pdf">'
        f'Tải về: {law["alias"]}.pdf</a></p></div>'
    )
    crumbs = [("/laws/", "Văn bản"), (f"/laws/detail/{law['alias']}-{law['id']}.html", law["title"])]
    return _page(request, f"{law['title']} - Văn bản - {SITE_NAME}", crumbs, main)


def _about(request: Request, alias: str) -> Response:
    title, paras = ABOUT[alias]
    side = "".join(f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items())
    main = (
        f'<div class="kt-gioithieu"><h1>{esc(title)}</h1>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + f'<ul class="kt-gt-khac">{side}</ul></div>'
    )
    return _page(request, f"{title} - {SITE_NAME}", [(f"/about/{alias}.html", title)], main)


def _contact(request: Request) -> Response:
    main = (
        '<div class="kt-lienhe"><h1>Liên hệ</h1>'
        "<p>Văn phòng Sở Giáo dục và Đào tạo tỉnh Kon Tum</p>"
        "<p>Điện thoại: 0260.3862.544 - Email: sgddt@kontum.gov.vn</p>"
        '<form method="post" action="/contact/"><input name="fname" placeholder="Họ và tên"/>'
        '<input name="femail" placeholder="Email"/><textarea name="fcon"></textarea>'
        '<input type="submit" value="Gửi"/></form></div>'
    )
    return _page(request, f"Liên hệ - {SITE_NAME}", [("/contact/", "Liên hệ")], main)


def _tag(request: Request, alias: str) -> Response:
    items = _newest_first([s for s in STORIES if alias in s.opts.get("tags", [])])
    main = (
        f'<h1 class="kt-cm-tieude">Từ khóa: {esc(TAGS[alias])}</h1><div class="kt-ds">'
        + "".join(_item(s) for s in items)
        + "</div>"
    )
    crumbs = [(f"{MOD}/", "Tin tức"), (f"{MOD}/tag/{alias}", TAGS[alias])]
    return _page(request, f"{TAGS[alias]} - Tin tức - {SITE_NAME}", crumbs, main)


def _simple(request: Request, title: str, text: str, crumb: str) -> Response:
    main = f'<div class="kt-khung"><h1>{esc(title)}</h1><p>{esc(text)}</p></div>'
    return _page(request, f"{title} - {SITE_NAME}", [(crumb, title)], main)


_POST_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT_RE = re.compile(r"^/tin-tuc/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:page-(\d+))?$")
_ALL_RE = re.compile(r"^/tin-tuc/(?:page-(\d+))?$")
_LAW_RE = re.compile(r"^/laws/detail/([A-Za-z0-9-]+)-(\d+)\.html$")
_ABOUT_RE = re.compile(r"^/about/([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if re.search(r"\.(jpg|jpeg|png|gif|ico|css|js)$", path, re.I):
            return static_file(path)
        if path.startswith("/uploads/laws/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/tin-tuc/search/":
            q = params.get("q", "")
            return _simple(request, "Tìm kiếm", f"Không tìm thấy kết quả nào cho từ khóa “{q}”.", path)
        if path == "/voting/":
            return _simple(request, "Kết quả thăm dò", "Mạng xã hội: 46% - Nhà trường: 41% - Khác: 13%", path)
        if request.query and not path.startswith("/tin-tuc/"):
            return None
        if path == "/" and not request.query:
            return _home(request)
        m = _PRINT_RE.match(path)
        if m and not request.query:
            story = BY_ID.get(int(m.group(3)))
            if story and story.slug == m.group(2) and story.cat == m.group(1):
                return _print(request, story)
            return None
        m = _POST_RE.match(path)
        if m:
            cat, slug, sid = m.group(1), m.group(2), int(m.group(3))
            story = BY_ID.get(sid)
            if not story or story.slug != slug or cat not in _cats_of(story):
                return None
            if request.query:
                files = story.opts.get("files", [])
                k = params.get("id", "")
                if params.get("download") == "1" and k.isdigit() and int(k) < len(files):
                    return Response(
                        200,
                        PDF,
                        {
                            "Content-Type": "application/pdf",
                            "Content-Disposition": f'attachment; filename="{files[int(k)]}"',
                        },
                    )
                return None
            return _detail(request, story, cat)
        if request.query:
            return None
        m = _ALL_RE.match(path)
        if m:
            page = int(m.group(1) or 1)
            if m.group(1) == "1":
                return None
            return _listing(request, _newest_first(STORIES), f"{MOD}/", page, ALL_PER_PAGE,
                            "Tin tức", [(f"{MOD}/", "Tin tức")], None)
        m = re.match(r"^/tin-tuc/tag/([a-z0-9-]+)$", path)
        if m and m.group(1) in TAGS:
            return _tag(request, m.group(1))
        m = _CAT_RE.match(path)
        if m and m.group(1) in CATS:
            cat = m.group(1)
            if m.group(2) == "1":
                return None
            return _listing(
                request, _newest_first(_in_cat(cat)), f"{MOD}/{cat}/", int(m.group(2) or 1),
                CAT_PER_PAGE, CATS[cat], [(f"{MOD}/", "Tin tức"), (f"{MOD}/{cat}/", CATS[cat])], cat,
            )
        if path == "/laws/":
            return _law_list(request)
        m = _LAW_RE.match(path)
        if m:
            law = next((x for x in LAWS if x["id"] == int(m.group(2)) and x["alias"] == m.group(1)), None)
            return _law(request, law) if law else None
        m = _ABOUT_RE.match(path)
        if m and m.group(1) in ABOUT:
            return _about(request, m.group(1))
        if path == "/contact/":
            return _contact(request)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [_print_path(story)]
    alts += [_post_path(story, c) for c in story.opts.get("extra_cats", [])]
    return gold_record(story, _post_path(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/chuc-nang-nhiem-vu.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    "/laws/detail/Quyet-dinh-ban-hanh-Quy-che-thi-chon-hoc-sinh-gioi-cap-tinh-91.html",
    "/laws/detail/Ke-hoach-thuc-hien-nhiem-vu-chuyen-doi-so-nam-2027-88.html",
    "/laws/detail/Cong-van-huong-dan-nhiem-vu-GDTrH-nam-hoc-2026-2027-84.html",
]
