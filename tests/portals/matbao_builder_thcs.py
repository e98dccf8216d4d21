"""Fixture portal: Trường THCS Phan Bội Châu (Đắk Lắk) on a hosting company's drag-and-drop builder.

Imitates the site builders Vietnamese hosting providers sold schools around 2021 (a PHP platform:
the customer drags "modules" into a grid, the builder writes the page as rows and columns of
generated boxes: ``row-3 section-content``, ``col-md-8``, ``mod-12 module-news-detail``,
``id="widget_283"``, inline styles everywhere and Vietnamese abbreviations in ids: ``tintuc_chitiet``,
``dsTin``, ``ndTin``). The editor is TinyMCE. What it serves:

- the home page ``/``: header module (logo, school name, hotline, today's date written by a script
  and printed server-side as ``TODAY``, cart and login links), menu module, search box, a slider of
  the three newest posts (linking their *short* addresses), one news module per category, photo
  albums and new documents; the sidebar on every page: "Thông báo mới" (a ``<marquee>`` of notices
  with dates), "Tin mới nhất" (five newest with dates), "Video clip" (YouTube iframe), "Liên kết
  website" (a ``<select>``), the shop module the builder left enabled ("Đồng phục học sinh", with
  a relative ``?add-to-cart=15`` link), "Thống kê truy cập" ("Đang online: 3, Hôm nay: 102, Tổng:
  45.678"); a footer with address and hotline, a floating "Gọi ngay" button and the Zalo chat
  widget script;
- three news categories ``/tin-tuc`` ("Tin tức", 7 posts: three pages of three),
  ``/hoat-dong-chuyen-mon`` and ``/thong-bao`` (3 posts each, one page). Pages are
  ``?page=N``; the pager is ``<ul class="phantrang">`` with "«" (previous), numbers (the current one
  a ``<span>``) and "»" (next); under it the mobile template's pager links ``/<cat>/trang-N``,
  the same page at a second address. A sort bar links ``?sort=new`` and ``?sort=view``; the pager
  keeps the sort (``?sort=view&page=2``). A page past the last (``?page=999``) shows the last page
  again, status 200; a junk or zero page shows page 1;
- posts at ``/<cat>/<slug>-n<id>.html`` and the very same page at ``/<slug>-n<id>.html`` (the short
  link the share bar, the Zalo button, the comments box and the home slider use). Each copy prints
  ``rel=canonical`` and ``og:url`` naming *its own* address (the builder builds both from the
  request), so the two addresses are alternatives (``alt_paths``). Listings get the same treatment
  from the same code: the canonical is the path without its query, so ``/tin-tuc?page=2`` claims
  to be ``/tin-tuc``;
- a post page: breadcrumb module "Trang chủ / <category>", the article module: headline in
  ``<h1 class="title-detail">`` (posts from before the 2026 template update: ``<h2 class="tieude">``),
  a meta row "Ngày đăng: 14-11-2026 | Lượt xem: 1.234" (the "Thông báo" page's module instance is
  set to show the time and the posting account: "Ngày đăng: 23-11-2026 16:40 | Đăng bởi: admin |
  Lượt xem: …"), ``<div class="mota">`` (the description, plain text, empty on some posts),
  ``<div class="noidung" id="ndTin">`` (TinyMCE: ``<p><span style="font-family: 'times new
  roman'…">``; images in a centred paragraph followed by a caption paragraph, italic or in a blue
  ``<span>`` without italics, some in parentheses; one photo post whose images the builder's lazy
  filter rewrote to ``data-src``; a results table; right-aligned bylines at the end), an
  attachment box on one notice, "Từ khóa" (tags linking the search), the "Chia sẻ" bar (Facebook
  link, Zalo iframe, print button, the short link), "Tin cùng chuyên mục" (up to six cards with
  thumbnails and dates) and a Facebook comments box. Posts from before the update were typed in
  TinyMCE 3 with its default ``entity_encoding: "named"``: Latin-1 letters and punctuation are named
  references (``&agrave;``, ``&ldquo;``) among raw UTF-8 Vietnamese letters. Every page is UTF-8;
  ``article:published_time`` carries the machine time of saving.
- non-articles: ``/gioi-thieu``, ``/co-cau-to-chuc`` (staff table with photos), ``/lien-he``
  (form + Google Map iframe), ``/thu-vien-anh`` and albums ``/thu-vien-anh/<slug>-a12.html``,
  ``/van-ban`` (register of PDFs) and ``/van-ban/<slug>-d45.html``, ``/tuyen-sinh`` (a long landing
  page made of the same modules, with a registration form: not a news article), ``/dang-nhap``,
  ``/gio-hang`` (the shop module's cart, always empty); ``/sitemap.xml`` (announced in robots.txt)
  lists the categories, pages and posts at their long addresses.

Traps: the short link and the mobile pager give every post and listing page a second address;
``?sort=`` multiplies listing pages (finite); ``?page=999`` answers the last page again; tag links
and the search box open ``/tim-kiem?q=…`` result pages; every page carries the shop module's
``?add-to-cart=15`` link (any address with that parameter answers 302 to ``/gio-hang``); the login
and cart pages. Unknown addresses answer the builder's 404 page with status 404.

Gold (by hand). Articles are the posts of the three categories; albums, document entries, the
landing page and the static pages are not. Judgement calls:
- published_at: the meta row's date, dashes read day first. News posts print a day only (their
  ``article:published_time`` holds a time the reader never sees: the day alone). Notices print a
  time; "10-10-2026 00:00" is a day.
- summary: ``div.mota`` when it holds text (then also the body's first paragraph); empty
  ``div.mota`` gives None, except post 1284, whose first body paragraph is set wholly in bold (a
  hand-typed lead): the summary and the first paragraph.
- authors: "Tin, ảnh: Nguyễn Thị Thu – Tổ Ngữ văn" gives Nguyễn Thị Thu as author and
  photographer (unit after the dash dropped); "Thầy Lê Văn Bình" gives Lê Văn Bình; "GV. Hoàng Thị
  Lan – Tổ Khoa học xã hội" gives Hoàng Thị Lan; "ThS. Đặng Quốc Việt – Phó Hiệu trưởng" gives Đặng
  Quốc Việt; "Người viết: …", "Tin: …" and "Bài: X - Ảnh: Y" as labelled; a closing "BBT" credits
  nobody, nor does "Đăng bởi: admin"; "Nguồn: Sở GD&ĐT Đắk Lắk" is the source only.
- captions: "(…)" lines lose the wrapping parentheses; a caption line "Ảnh: Các em phân loại …"
  loses its "Ảnh:" label (it describes the photo, it names nobody); "… Ảnh: Minh Khoa" at the end of
  a caption stays in the caption and also gives Minh Khoa as photographer. Photos without a line
  under them have no caption; lazy photos are gold at their ``data-src`` address.
- body: the article's paragraphs in order, list lines with their dashes; the results table's rows
  are paragraphs with cells joined by " | " (header row included); captions, bylines, the
  attachment box, tags and widgets are not body.
- category: the breadcrumb's category name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "matbao_builder_thcs"
PLATFORM = "matbao_webbuilder"
START_PATH = "/"

SITE = "Trường THCS Phan Bội Châu"
ADDRESS = "Số 86 đường Nguyễn Chí Thanh, phường Tân An, tỉnh Đắk Lắk"
PHONE = "0262 3 852 417"
TEL = "02623852417"
EMAIL = "thcsphanboichau@daklak.edu.vn"
UP = "/uploads/thcspbc"
IMG = f"{UP}/images"
TPL = "/template/assets"
PER_PAGE = 3
RELATED = 6

#: category slug -> the name its breadcrumb, menu and module title print
CATS: dict[str, str] = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
#: the builder's page ids of the category pages (used in body ids and widget numbers)
_CAT_PAGE = {"tin-tuc": 7, "hoat-dong-chuyen-mon": 8, "thong-bao": 9}

_F14 = "font-family: 'times new roman', times; font-size: 14pt;"
_F12 = "font-size: 12pt;"


def _byline(line: str, old: bool = False) -> Raw:
    font = _F12 if old else _F14
    return Raw(f'<p style="text-align: right;"><strong><span style="{font}">{esc(line)}</span></strong></p>')


_SPACER = Raw("<p>&nbsp;</p>")

# opts: at (the saved time, "YYYY-MM-DD HH:MM"; meta article:published_time), old (pre-2026 template:
# h2.tieude, TinyMCE 3 named entities), lazy (images as data-src), bold_lead, tags, attach
STORIES: list[Story] = [
    Story(
        id=1290,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T16:40:00+07:00",
        summary="Lịch kiểm tra cuối học kỳ I các khối lớp 6, 7, 8, 9 năm học 2026 - 2027.",
        sapo_outside=True,
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Phan Bội Châu thông"
                " báo lịch kiểm tra cuối học kỳ I các môn học như sau:"
            ),
            P("- Khối 6 và khối 7: kiểm tra tập trung từ ngày 21/12 đến ngày 24/12/2026."),
            P("- Khối 8 và khối 9: kiểm tra tập trung từ ngày 17/12 đến ngày 23/12/2026."),
            P(
                "- Các môn đánh giá bằng nhận xét (Giáo dục thể chất, Nghệ thuật, Hoạt động trải nghiệm,"
                " hướng nghiệp): giáo viên bộ môn tổ chức kiểm tra trong giờ học theo thời khóa biểu, hoàn"
                " thành trước ngày 19/12/2026."
            ),
            P(
                "Lịch kiểm tra chi tiết từng môn, từng buổi được đính kèm thông báo này. Giáo viên chủ"
                " nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại phòng kiểm tra"
                " trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
        ],
        opts={
            "at": "2026-11-23 16:40",
            "tags": ["kiểm tra cuối kỳ"],
            "attach": f"{UP}/files/2026/11/lich-kiem-tra-cuoi-hki-2026-2027.pdf",
        },
    ),
    Story(
        id=1287,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc",
        published_at="2026-11-21",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam, ôn lại truyền thống “Tôn sư trọng đạo” và tôn vinh những đóng góp của"
            " đội ngũ thầy cô giáo nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, Ủy ban nhân dân phường Tân An; Ban đại diện"
                " cha mẹ học sinh; các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên,"
                " nhân viên và hơn 1.300 học sinh của trường."
            ),
            Img(
                f"{IMG}/2026/11/le-ky-niem-20-11-2026-1.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường đã ôn lại lịch sử,"
                " ý nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường"
                " trong năm học 2025 - 2026: tỉ lệ học sinh lên lớp đạt 99,6%; 47 học sinh đạt giải trong"
                " kỳ thi học sinh giỏi cấp tỉnh; 100% học sinh lớp 9 được công nhận tốt nghiệp trung học"
                " cơ sở."
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt - Học tốt” và trao 25 suất học bổng “Tiếp bước đến trường” cho"
                " học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                f"{IMG}/2026/11/le-ky-niem-20-11-2026-2.jpg",
                "Cô Hiệu trưởng Nguyễn Thị Kim Oanh trao giấy khen cho các giáo viên có thành tích xuất sắc",
                "Cô Hiệu trưởng Nguyễn Thị Kim Oanh trao giấy khen cho các giáo viên có thành tích xuất sắc",
                "em",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các lớp dàn dựng, gửi gắm lòng"
                " biết ơn sâu sắc của các thế hệ học sinh đến thầy cô giáo."
            ),
            _byline("Tin, ảnh: Nguyễn Thị Thu – Tổ Ngữ văn"),
        ],
        authors=["Nguyễn Thị Thu"],
        photographers=["Nguyễn Thị Thu"],
        opts={"at": "2026-11-21 07:52", "tags": ["20/11", "Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=1284,
        slug="soi-noi-hoi-thi-giai-dieu-tuoi-hong-chao-mung-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội thi “Giai điệu tuổi hồng” chào mừng Ngày Nhà giáo Việt Nam",
        cat="tin-tuc",
        published_at="2026-11-18",
        summary=(
            "Chiều 17/11/2026, Liên đội Trường THCS Phan Bội Châu tổ chức vòng chung kết Hội thi văn"
            " nghệ “Giai điệu tuổi hồng” với sự tham gia của 16 tiết mục đến từ các chi đội."
        ),
        blocks=[
            P(
                "Chiều 17/11/2026, Liên đội Trường THCS Phan Bội Châu tổ chức vòng chung kết Hội thi văn"
                " nghệ “Giai điệu tuổi hồng” với sự tham gia của 16 tiết mục đến từ các chi đội.",
                "bold",
            ),
            P(
                "Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, đồng"
                " thời tạo sân chơi lành mạnh, giúp các em phát huy năng khiếu, rèn luyện sự tự tin và"
                " tinh thần đoàn kết tập thể."
            ),
            Img(
                f"{IMG}/2026/11/giai-dieu-tuoi-hong-6a3.jpg",
                "(Tiết mục múa “Em yêu trường em” của chi đội 6A3)",
                "Tiết mục múa “Em yêu trường em” của chi đội 6A3",
                "blue",
            ),
            P(
                "Các tiết mục dự thi được dàn dựng công phu với nhiều thể loại: hát đơn ca, tốp ca, múa,"
                " hoạt cảnh… Nhiều tiết mục mang đậm bản sắc văn hóa các dân tộc Tây Nguyên như múa"
                " xoang, hòa tấu đàn T’rưng đã để lại ấn tượng đẹp với Ban giám khảo và khán giả."
            ),
            Img(
                f"{IMG}/2026/11/giai-dieu-tuoi-hong-trao-giai.jpg",
                "(Ban giám khảo trao giải Nhất cho chi đội 8A1)",
                "Ban giám khảo trao giải Nhất cho chi đội 8A1",
                "blue",
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 1 giải Nhất cho chi đội 8A1, 2 giải Nhì, 3 giải Ba và 4 giải"
                " Khuyến khích cho các chi đội có tiết mục xuất sắc."
            ),
            _byline("Thầy Lê Văn Bình"),
        ],
        authors=["Lê Văn Bình"],
        opts={"at": "2026-11-18 10:05", "tags": ["Liên đội", "văn nghệ"]},
    ),
    Story(
        id=1282,
        slug="chuyen-de-mon-toan-day-hoc-phat-trien-nang-luc-thong-qua-hoat-dong-trai-nghiem",
        title="Chuyên đề môn Toán: Dạy học phát triển năng lực thông qua hoạt động trải nghiệm",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16",
        summary=(
            "Ngày 13/11/2026, tổ Toán - Tin tổ chức chuyên đề cấp trường “Dạy học phát triển năng lực"
            " thông qua hoạt động trải nghiệm” trong môn Toán lớp 7."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có Ban giám hiệu nhà trường cùng toàn thể giáo viên tổ Toán - Tin và tổ"
                " Khoa học tự nhiên. Tiết dạy minh họa bài “Thu thập và phân loại dữ liệu” do cô Võ Thị"
                " Hồng Nhung thực hiện tại lớp 7A2."
            ),
            Img(
                f"{IMG}/2026/11/chuyen-de-toan-7a2-1.jpg",
                "Cô Võ Thị Hồng Nhung hướng dẫn học sinh lớp 7A2 thu thập dữ liệu qua phiếu khảo sát",
                "Cô Võ Thị Hồng Nhung hướng dẫn học sinh lớp 7A2 thu thập dữ liệu qua phiếu khảo sát",
                "em",
            ),
            P(
                "Trong tiết học, học sinh được chia thành các nhóm, trực tiếp khảo sát sở thích đọc sách"
                " của các bạn trong lớp, sau đó lập bảng thống kê và rút ra nhận xét. Hoạt động giúp các"
                " em thấy được ứng dụng của Toán học trong đời sống hằng ngày."
            ),
            P(
                "Ở phần thảo luận, các thầy cô đã trao đổi sôi nổi về cách thiết kế nhiệm vụ học tập, cách"
                " tổ chức hoạt động nhóm và đánh giá học sinh trong quá trình học. Chuyên đề đã giúp giáo"
                " viên có thêm kinh nghiệm để vận dụng linh hoạt trong giảng dạy theo Chương trình giáo"
                " dục phổ thông 2018."
            ),
            Img(f"{IMG}/2026/11/chuyen-de-toan-7a2-2.jpg", None, None, "none"),
            _SPACER,
            _byline("Người viết: Võ Thị Hồng Nhung"),
        ],
        authors=["Võ Thị Hồng Nhung"],
        opts={"at": "2026-11-16 14:18", "tags": ["chuyên đề", "Toán"]},
    ),
    Story(
        id=1279,
        slug="lien-doi-huong-ung-phong-trao-ke-hoach-nho-doi-giay-vun-lay-cay-xanh",
        title="Liên đội hưởng ứng phong trào “Kế hoạch nhỏ” - đổi giấy vụn lấy cây xanh",
        cat="tin-tuc",
        published_at="2026-11-12",
        summary=(
            "Trong tuần từ ngày 09 đến 11/11/2026, Liên đội Trường THCS Phan Bội Châu phát động phong"
            " trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa để đổi lấy cây xanh trồng trong khuôn"
            " viên trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 3 ngày phát động, các chi đội đã thu gom được hơn 1,2 tấn giấy vụn và 350 kg vỏ chai"
                " nhựa. Toàn bộ số tiền thu được từ phong trào sẽ dùng để mua cây xanh và hỗ trợ học sinh"
                " có hoàn cảnh khó khăn."
            ),
            P("Một số hình ảnh của phong trào:"),
            Img(
                f"{IMG}/2026/11/ke-hoach-nho-01.jpg",
                "Học sinh chi đội 9A4 mang giấy vụn đến điểm tập kết",
                "Học sinh chi đội 9A4 mang giấy vụn đến điểm tập kết",
                "em",
            ),
            Img(f"{IMG}/2026/11/ke-hoach-nho-02.jpg", None, None, "none"),
            Img(f"{IMG}/2026/11/ke-hoach-nho-03.jpg", None, None, "none"),
            Img(
                f"{IMG}/2026/11/ke-hoach-nho-04.jpg",
                "Ảnh: Các em phân loại vỏ chai nhựa trước khi cân",
                "Các em phân loại vỏ chai nhựa trước khi cân",
                "em",
            ),
            _byline("Bài: Phạm Thu Hà - Ảnh: Đoàn Văn Hùng"),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Đoàn Văn Hùng"],
        opts={"at": "2026-11-12 16:30", "lazy": True, "tags": ["Kế hoạch nhỏ", "Liên đội"]},
    ),
    Story(
        id=1275,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-13",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        cat="thong-bao",
        published_at="2026-11-07T09:15:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 1856/UBND-VP ngày 06/11/2026 của Ủy ban nhân dân phường Tân An về"
                " việc chủ động ứng phó với bão số 13, Trường THCS Phan Bội Châu thông báo:"
            ),
            P(
                "Toàn bộ học sinh của trường nghỉ học ngày thứ Sáu 07/11/2026 và thứ Bảy 08/11/2026. Học"
                " sinh đi học trở lại bình thường từ thứ Hai ngày 10/11/2026."
            ),
            P(
                "Trong thời gian nghỉ học, đề nghị cha mẹ học sinh quản lý, nhắc nhở con em không ra ngoài"
                " khi có mưa to, gió lớn; tuyệt đối không đến gần các khu vực sông, suối, ao hồ, vùng"
                " trũng thấp có nguy cơ ngập lụt."
            ),
            P(
                "Giáo viên chủ nhiệm các lớp có trách nhiệm thông báo kịp thời đến 100% học sinh và cha mẹ"
                " học sinh qua nhóm Zalo của lớp."
            ),
        ],
        opts={"at": "2026-11-07 09:15", "tags": ["phòng chống thiên tai"]},
    ),
    Story(
        id=1268,
        slug="hoc-sinh-khoi-8-trai-nghiem-thuc-te-tai-bao-tang-dak-lak",
        title="Học sinh khối 8 trải nghiệm thực tế tại Bảo tàng Đắk Lắk",
        cat="tin-tuc",
        published_at="2026-10-30",
        summary=(
            "Ngày 28/10/2026, gần 300 học sinh khối 8 của nhà trường đã có buổi học tập trải nghiệm thực"
            " tế tại Bảo tàng Đắk Lắk, tìm hiểu về lịch sử, văn hóa các dân tộc Tây Nguyên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hoạt động nằm trong kế hoạch dạy học môn Lịch sử và Địa lí, Hoạt động trải nghiệm, hướng"
                " nghiệp theo Chương trình giáo dục phổ thông 2018, giúp học sinh được học tập từ hiện"
                " vật, di sản bên cạnh những giờ học trên lớp."
            ),
            Img(
                f"{IMG}/2026/10/trai-nghiem-bao-tang-1.jpg",
                "Học sinh nghe thuyết minh về ngôi nhà dài truyền thống của người Ê Đê",
                "Học sinh nghe thuyết minh về ngôi nhà dài truyền thống của người Ê Đê",
                "em",
            ),
            P(
                "Tại bảo tàng, các em được nghe thuyết minh về không gian văn hóa cồng chiêng Tây Nguyên,"
                " tìm hiểu các hiện vật về đời sống, sản xuất, lễ hội của đồng bào các dân tộc Ê Đê,"
                " M’nông, Gia Rai… Mỗi nhóm học sinh hoàn thành phiếu học tập và chuẩn bị sản phẩm báo"
                " cáo sau chuyến đi."
            ),
            P(
                "Em Nguyễn Ngọc Bảo Trâm, lớp 8A3 chia sẻ: “Chuyến đi giúp em hiểu hơn về lịch sử, văn hóa"
                " của quê hương mình. Em rất thích khu trưng bày về cồng chiêng và các nghề thủ công"
                " truyền thống”."
            ),
            Img(
                f"{IMG}/2026/10/trai-nghiem-bao-tang-2.jpg",
                "Các em chụp ảnh lưu niệm trước Bảo tàng Đắk Lắk",
                "Các em chụp ảnh lưu niệm trước Bảo tàng Đắk Lắk",
                "em",
            ),
            _byline("GV. Hoàng Thị Lan – Tổ Khoa học xã hội"),
        ],
        authors=["Hoàng Thị Lan"],
        opts={"at": "2026-10-30 08:41", "tags": ["trải nghiệm", "Lịch sử và Địa lí"]},
    ),
    Story(
        id=1262,
        slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-24",
        blocks=[
            P(
                "Từ ngày 12 đến ngày 22/10/2026, Trường THCS Phan Bội Châu tổ chức Hội thi giáo viên dạy"
                " giỏi cấp trường năm học 2026 - 2027. Hội thi có 18 giáo viên thuộc 5 tổ chuyên môn đăng"
                " ký tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng"
                " giảng dạy và dạy hai tiết thực hành trên lớp. Các tiết dạy được Ban giám khảo đánh giá"
                " cao về việc ứng dụng công nghệ thông tin, tổ chức hoạt động học tập tích cực cho học"
                " sinh."
            ),
            Img(
                f"{IMG}/2026/10/gvdg-cap-truong-ngu-van.jpg",
                "Cô Trần Thị Thanh Hương thực hiện tiết dạy môn Ngữ văn tại lớp 9A1",
                "Cô Trần Thị Thanh Hương thực hiện tiết dạy môn Ngữ văn tại lớp 9A1",
                "em",
            ),
            P(
                "Kết quả, có 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 3 giáo"
                " viên có kết quả cao nhất được chọn tham gia hội thi cấp tỉnh:"
            ),
            P("STT | Họ và tên | Môn dạy | Tổ chuyên môn", "th"),
            P("1 | Trần Thị Thanh Hương | Ngữ văn | Ngữ văn", "tr"),
            P("2 | Nguyễn Văn Quang | Vật lí | Khoa học tự nhiên", "tr"),
            P("3 | H’Linh Êban | Tiếng Anh | Ngoại ngữ", "tr"),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, góp phần nâng cao chất lượng"
                " đội ngũ và hiệu quả dạy học của nhà trường."
            ),
            _byline("ThS. Đặng Quốc Việt – Phó Hiệu trưởng"),
        ],
        authors=["Đặng Quốc Việt"],
        opts={"at": "2026-10-24 15:02", "tags": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=1251,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
        cat="tin-tuc",
        published_at="2026-10-15",
        summary=(
            "Nhằm nâng cao nhận thức và kỹ năng phòng tránh đuối nước cho học sinh trong mùa mưa lũ,"
            " sáng 13/10/2026 Trường THCS Phan Bội Châu phối hợp với Công an phường Tân An tổ chức buổi"
            " tuyên truyền dưới cờ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tuyên truyền, cán bộ Công an phường đã cung cấp cho học sinh những kiến thức cơ"
                " bản về nguyên nhân, hậu quả của tai nạn đuối nước; cách nhận biết các khu vực nguy hiểm"
                " và kỹ năng xử lý khi gặp người bị đuối nước."
            ),
            Img(f"{IMG}/2026/10/tuyen-truyen-duoi-nuoc.jpg", None, None, "none"),
            P(
                "Các em học sinh cũng được hướng dẫn thực hành một số kỹ năng sơ cứu ban đầu, cách sử dụng"
                " phao cứu sinh, áo phao và các vật dụng nổi có sẵn để hỗ trợ người bị nạn."
            ),
            P(
                "Thông qua buổi tuyên truyền, nhà trường mong muốn mỗi học sinh sẽ là một tuyên truyền viên"
                " tích cực, cùng gia đình và cộng đồng chung tay phòng, chống tai nạn đuối nước."
            ),
            _byline("Nguồn: Sở GD&ĐT Đắk Lắk", old=True),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        opts={"at": "2026-10-15 10:27", "old": True, "tags": ["phòng chống đuối nước"]},
    ),
    Story(
        id=1248,
        slug="thong-bao-to-chuc-hoi-nghi-cha-me-hoc-sinh-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Hội nghị cha mẹ học sinh học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-10",
        blocks=[
            P(
                "Nhà trường tổ chức Hội nghị cha mẹ học sinh học kỳ I năm học 2026 - 2027 vào lúc 7 giờ 30"
                " phút, Chủ nhật ngày 18/10/2026."
            ),
            P(
                "Địa điểm: tại các phòng học của lớp. Nội dung hội nghị: thông báo kết quả học tập, rèn"
                " luyện của học sinh nửa đầu học kỳ I; triển khai kế hoạch giáo dục của nhà trường và của"
                " lớp; bầu Ban đại diện cha mẹ học sinh lớp."
            ),
            P(
                "Kính mời quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp không thể"
                " tham dự, đề nghị liên hệ với giáo viên chủ nhiệm lớp."
            ),
        ],
        opts={"at": "2026-10-10 00:00", "old": True, "tags": ["cha mẹ học sinh"]},
    ),
    Story(
        id=1240,
        slug="vui-tet-trung-thu-dem-hoi-trang-ram-nam-2026",
        title="Vui Tết Trung thu “Đêm hội trăng rằm” năm 2026",
        cat="tin-tuc",
        published_at="2026-09-26",
        summary=(
            "Tối 24/9/2026, Liên đội Trường THCS Phan Bội Châu tổ chức chương trình “Đêm hội trăng rằm”"
            " cho học sinh toàn trường, mang đến một mùa Trung thu ấm áp, ý nghĩa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chương trình gồm nhiều hoạt động sôi nổi như thi làm lồng đèn, bày mâm cỗ Trung thu, múa"
                " lân và các trò chơi dân gian. Mỗi chi đội đều chuẩn bị mâm cỗ được trang trí công phu từ"
                " các loại bánh, trái cây truyền thống."
            ),
            Img(
                f"{IMG}/2026/09/trung-thu-2026-mam-co.jpg",
                "Mâm cỗ Trung thu của chi đội 7A1 đạt giải Nhất. Ảnh: Minh Khoa",
                "Mâm cỗ Trung thu của chi đội 7A1 đạt giải Nhất. Ảnh: Minh Khoa",
                "blue",
            ),
            P(
                "Nhân dịp này, nhà trường và Ban đại diện cha mẹ học sinh đã trao 50 phần quà Trung thu cho"
                " các em học sinh có hoàn cảnh khó khăn, học sinh dân tộc thiểu số đang theo học tại"
                " trường."
            ),
            Img(
                f"{IMG}/2026/09/trung-thu-2026-ruoc-den.jpg",
                "Các em học sinh rước đèn quanh sân trường",
                "Các em học sinh rước đèn quanh sân trường",
                "blue",
            ),
            _byline("Tin: Trần Minh Tâm", old=True),
        ],
        authors=["Trần Minh Tâm"],
        photographers=["Minh Khoa"],
        opts={"at": "2026-09-26 09:12", "old": True, "tags": ["Trung thu", "Liên đội"]},
    ),
    Story(
        id=1235,
        slug="to-khoa-hoc-tu-nhien-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Tổ Khoa học tự nhiên sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-22",
        summary=(
            "Chiều 19/9/2026, tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên"
            " cứu bài học với bài dạy “Tốc độ chuyển động” - môn Khoa học tự nhiên lớp 7."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa do thầy Nguyễn Văn Quang thực hiện tại lớp 7A5. Giáo viên trong tổ dự"
                " giờ tập trung quan sát hoạt động học của học sinh: cách các em tiếp nhận nhiệm vụ, thảo"
                " luận nhóm, những khó khăn gặp phải và mức độ hoàn thành nhiệm vụ."
            ),
            Img(
                f"{IMG}/2026/09/nghien-cuu-bai-hoc-khtn.jpg",
                "Học sinh lớp 7A5 đo thời gian chuyển động của xe đồ chơi trên máng nghiêng",
                "Học sinh lớp 7A5 đo thời gian chuyển động của xe đồ chơi trên máng nghiêng",
                "blue",
            ),
            P(
                "Sau tiết dạy, tổ chuyên môn đã cùng phân tích, chia sẻ về những điểm tích cực và những"
                " điều cần điều chỉnh, từ đó đề xuất các biện pháp giúp học sinh học tập hiệu quả hơn. Đây"
                " là hình thức sinh hoạt chuyên môn giúp giáo viên chủ động đổi mới phương pháp dạy học."
            ),
            _byline("Tin, ảnh: Lê Thị Mỹ Dung", old=True),
        ],
        authors=["Lê Thị Mỹ Dung"],
        photographers=["Lê Thị Mỹ Dung"],
        opts={"at": "2026-09-22 17:05", "old": True, "tags": ["nghiên cứu bài học"]},
    ),
    Story(
        id=1226,
        slug="truong-thcs-phan-boi-chau-tung-bung-khai-giang-nam-hoc-moi-2026-2027",
        title="Trường THCS Phan Bội Châu tưng bừng khai giảng năm học mới 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.300 học sinh Trường THCS Phan"
            " Bội Châu hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự Lễ khai giảng có đồng chí Y Khoa Niê, Phó Chủ tịch Ủy ban nhân dân phường Tân An;"
                " đại diện Ban đại diện cha mẹ học sinh cùng đông đảo phụ huynh. Năm học này, nhà trường"
                " có 32 lớp với 1.326 học sinh, trong đó có 342 học sinh lớp 6 vừa trúng tuyển."
            ),
            Img(
                f"{IMG}/2026/09/khai-giang-2026-don-lop-6.jpg",
                "Các em học sinh lớp 6 tham gia lễ đón học sinh đầu cấp",
                "Các em học sinh lớp 6 tham gia lễ đón học sinh đầu cấp",
                "em",
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Kim Oanh đã đọc thư của Chủ tịch nước gửi ngành"
                " Giáo dục nhân dịp khai giảng năm học mới, đồng thời phát động thi đua với chủ đề “Kỷ"
                " cương - Sáng tạo - Chất lượng”."
            ),
            P(
                "Sau nghi thức đánh trống khai trường, toàn trường cùng hưởng ứng các hoạt động văn nghệ"
                " chào mừng năm học mới trong không khí vui tươi, phấn khởi."
            ),
            Img(
                f"{IMG}/2026/09/khai-giang-2026-danh-trong.jpg",
                "Cô Hiệu trưởng Nguyễn Thị Kim Oanh đánh trống khai giảng năm học mới",
                "Cô Hiệu trưởng Nguyễn Thị Kim Oanh đánh trống khai giảng năm học mới",
                "em",
            ),
            _byline("BBT", old=True),
        ],
        opts={"at": "2026-09-05 11:20", "old": True, "tags": ["khai giảng"]},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.cat}/{story.slug}-n{story.id}.html"


def short_path(story: Story) -> str:
    """The share buttons' short link: the very same article page."""
    return f"/{story.slug}-n{story.id}.html"


def newest(cat: str | None = None) -> list[Story]:
    """Posts newest first (the builder orders by its saved time)."""
    return sorted((s for s in STORIES if cat is None or s.cat == cat), key=lambda s: s.opts["at"], reverse=True)


def by_views(cat: str) -> list[Story]:
    return sorted(newest(cat), key=lambda s: s.views(), reverse=True)


def pages_of(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=[short_path(s)]) for s in newest()
]


@dataclass(frozen=True)
class Album:
    id: int
    slug: str
    title: str
    day: str
    photos: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}-a{self.id}.html"


ALBUMS: list[Album] = [
    Album(
        12,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        ("Đón học sinh lớp 6", "Chào cờ", "Đánh trống khai trường", "Văn nghệ chào mừng", "Thả bóng bay", "Ảnh lưu niệm"),
    ),
    Album(
        10,
        "ngay-hoi-doc-sach-nam-2026",
        "Ngày hội đọc sách năm 2026",
        "21/04/2026",
        ("Gian trưng bày sách", "Thi kể chuyện theo sách", "Đọc sách dưới tán cây", "Trao giải"),
    ),
    Album(
        9,
        "hoi-trai-mung-95-nam-thanh-lap-doan",
        "Hội trại mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        "26/03/2026",
        ("Cổng trại chi đội 9A2", "Thi nấu cơm", "Kéo co", "Lửa trại", "Bế mạc hội trại"),
    ),
]


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    day: str
    title: str
    issuer: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}-d{self.id}.html"

    @property
    def file(self) -> str:
        return f"{UP}/files/van-ban/{self.slug}.pdf"


DOCS: list[Doc] = [
    Doc(47, "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027", "215/KH-THCSPBC", "28/08/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "Trường THCS Phan Bội Châu"),
    Doc(46, "quy-che-chi-tieu-noi-bo-nam-2026", "12/QĐ-THCSPBC", "15/01/2026",
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "Trường THCS Phan Bội Châu"),
    Doc(45, "huong-dan-nhiem-vu-nam-hoc-2026-2027-cap-thcs", "2890/SGDĐT-GDTrH", "20/08/2026",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027", "Sở GD&ĐT Đắk Lắk"),
]  # fmt: skip

NON_ARTICLES: list[str] = [
    "/",
    *(f"/{c}" for c in CATS),
    *(f"/{c}?page={n}" for c in CATS for n in range(2, pages_of(c) + 1)),
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    "/van-ban",
    *(d.path for d in DOCS),
    "/tuyen-sinh",
    "/dang-nhap",
    "/gio-hang",
]


# --------------------------------------------------------------------------- text forms


def _named(markup: str) -> str:
    """TinyMCE 3's default ``entity_encoding: "named"``: only characters with an HTML name."""
    return "".join(f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c for c in markup)


def _txt(value: str, old: bool) -> str:
    s = text(value)
    return _named(s) if old else s


def _dmy(at: str, sep: str = "/") -> str:
    return sep.join((at[8:10], at[5:7], at[:4]))


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _fold(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        name = imgs[0].src.rsplit("/", 1)[1]
        return f"{UP}/thumbs/{name}"
    return f"{UP}/thumbs/no-image-{story.cat}.jpg"


# --------------------------------------------------------------------------- article body


def _img_tag(img: Img, lazy: bool) -> str:
    if lazy:
        return (
            f'<img class="lazy" src="{TPL}/images/lazy-blank.gif" data-src="{img.src}" alt="" width="700"'
            ' height="467" />'
        )
    return f'<img src="{img.src}" alt="" width="700" height="467" />'


def _caption(img: Img, old: bool) -> str:
    line = _txt(img.printed or "", old)
    if img.style == "em":
        return f'<p style="text-align: center;"><em><span style="{_F12}">{line}</span></em></p>'
    return f'<p style="text-align: center;"><span style="color: #0000ff; {_F12}">{line}</span></p>'


def _table(rows: list[P], old: bool) -> str:
    out = ['<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="5"><tbody>']
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            tds = "".join(f'<td style="text-align: center;"><strong>{_txt(c, old)}</strong></td>' for c in cells)
        else:
            tds = "".join(f"<td>{_txt(c, old)}</td>" for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _noidung(story: Story) -> str:
    old = bool(story.opts.get("old"))
    lazy = bool(story.opts.get("lazy"))
    font = _F12 if old else _F14
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(blocks[i])
                i += 1
            out.append(_table(rows, old))
            continue
        if isinstance(block, P):
            inner = f'<span style="{font}">{_txt(block.text, old)}</span>'
            if block.style == "bold":
                inner = f"<strong>{inner}</strong>"
            # the old editor left a non-breaking space at the end of typed paragraphs
            tail = "&nbsp;" if old and i % 2 else ""
            out.append(f'<p style="text-align: justify;">{inner}{tail}</p>')
        elif isinstance(block, Img):
            out.append(f'<p style="text-align: center;">{_img_tag(block, lazy)}</p>')
            if block.printed:
                out.append(_caption(block, old))
        elif isinstance(block, Raw):
            out.append(_named(block.html) if old else block.html)
        i += 1
    return "\n".join(out)


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str, desc: str = "", extra: str = "") -> str:
    url = base_url(request) + request.path
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or SITE)}">
<meta name="keywords" content="thcs phan boi chau, truong thcs phan boi chau dak lak">
<meta name="generator" content="MB WebBuilder 4.2">
<link rel="canonical" href="{esc(url)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{esc(url)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:image" content="{base_url(request)}{UP}/logo-share.jpg">
{extra}<link rel="shortcut icon" href="{UP}/favicon.ico">
<link rel="stylesheet" href="{TPL}/css/bootstrap.min.css">
<link rel="stylesheet" href="{TPL}/css/font-awesome.min.css">
<link rel="stylesheet" href="{TPL}/css/builder.css?v=20210615">
<style>#widget_101{{padding:8px 0}} #widget_283 .title-detail,#widget_283 .tieude{{color:#0b5394;font-size:22px;font-weight:bold}} .phantrang li{{display:inline-block;margin:0 2px}}</style>
<script src="{TPL}/js/jquery-1.12.4.min.js"></script>
</head>"""


def _header() -> str:
    return f"""<div class="row-1 section-header" style="background:#0b5394;">
<div class="container"><div class="row">
<div class="col-md-2 col-xs-3 mod-1 module-logo" id="widget_101"><a href="/"><img src="{UP}/logo.png" alt="{esc(SITE)}" style="max-height:90px;"></a></div>
<div class="col-md-7 col-xs-9 mod-2 module-text" id="widget_102">
<div style="color:#fff;font-size:13px;text-transform:uppercase;">Sở Giáo dục và Đào tạo tỉnh Đắk Lắk</div>
<div style="color:#ffd966;font-size:26px;font-weight:bold;text-transform:uppercase;line-height:1.3;">{esc(SITE)}</div>
<div style="color:#fff;font-style:italic;">Dạy tốt – Học tốt – Rèn luyện tốt</div>
</div>
<div class="col-md-3 hidden-xs mod-3 module-hotline" id="widget_103" style="color:#fff;text-align:right;">
<div><i class="fa fa-phone"></i> Hotline: <b>{PHONE}</b></div>
<div id="ngayhientai" style="font-size:13px;">{TODAY}</div>
<script>(function(){{var d=new Date(),t=["Chủ nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"];document.getElementById("ngayhientai").innerHTML=t[d.getDay()]+", ngày "+("0"+d.getDate()).slice(-2)+"/"+("0"+(d.getMonth()+1)).slice(-2)+"/"+d.getFullYear();}})();</script>
<div style="margin-top:4px;"><a href="/gio-hang" style="color:#fff;"><i class="fa fa-shopping-cart"></i> Giỏ hàng (0)</a> | <a href="/dang-nhap" style="color:#fff;"><i class="fa fa-user"></i> Đăng nhập</a></div>
</div>
</div></div>
</div>"""


def _menu(active: str) -> str:
    def item(href: str, label: str, key: str) -> str:
        cls = ' class="active"' if key == active else ""
        return f'<li{cls}><a href="{href}">{esc(label)}</a>'

    cats = "".join(f'<li><a href="/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<div class="row-2 section-menu" style="background:#073763;">
<div class="container"><div class="row"><div class="col-md-9 mod-4 module-menu" id="widget_104">
<ul class="menu-main">
{item("/", "Trang chủ", "home")}</li>
{item("/gioi-thieu", "Giới thiệu", "gioi-thieu")}<ul class="sub-menu"><li><a href="/gioi-thieu">Giới thiệu chung</a></li><li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
{item("/tin-tuc", "Bản tin", "news")}<ul class="sub-menu">{cats}</ul></li>
{item("/van-ban", "Văn bản", "van-ban")}</li>
{item("/thu-vien-anh", "Thư viện ảnh", "thu-vien-anh")}</li>
{item("/tuyen-sinh", "Tuyển sinh", "tuyen-sinh")}</li>
{item("/lien-he", "Liên hệ", "lien-he")}</li>
</ul></div>
<div class="col-md-3 mod-5 module-search" id="widget_105">
<form action="/tim-kiem" method="get" class="form-search"><input type="text" name="q" placeholder="Tìm kiếm..." class="form-control" style="display:inline-block;width:80%;"><button type="submit" class="btn btn-warning"><i class="fa fa-search"></i></button></form>
</div></div></div>
</div>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for href, label in trail:
        items.append('<li class="sep">/</li>')
        items.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f"<li>{esc(label)}</li>")
    return (
        '<div class="mod-7 module-breadcrumb" id="widget_107" style="padding:8px 0;border-bottom:1px solid #eee;">'
        f'<ul class="breadcrumb-list" style="list-style:none;padding:0;">{"".join(items)}</ul></div>'
    )


def _sidebar() -> str:
    notices = "".join(
        f'<p><i class="fa fa-angle-right"></i> <a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span style="color:#999;">({_dmy(s.opts["at"])})</span></p>'
        for s in newest("thong-bao")
    )
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a><br><small style="color:#999;">'
        f'<i class="fa fa-clock-o"></i> {_dmy(s.opts["at"])}</small></li>'
        for s in newest()[:5]
    )
    return f"""<div class="mod-20 module-news-marquee" id="widget_290">
<div class="title-module" style="background:#0b5394;color:#fff;padding:6px 10px;"><h3 style="font-size:15px;margin:0;">Thông báo mới</h3></div>
<marquee direction="up" scrollamount="2" height="200" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee>
</div>
<div class="mod-21 module-news-list" id="widget_291">
<div class="title-module" style="background:#0b5394;color:#fff;padding:6px 10px;"><h3 style="font-size:15px;margin:0;">Tin mới nhất</h3></div>
<ul class="list-unstyled" style="padding:8px;">{latest}</ul>
</div>
<div class="mod-22 module-video" id="widget_292">
<div class="title-module" style="background:#0b5394;color:#fff;padding:6px 10px;"><h3 style="font-size:15px;margin:0;">Video clip</h3></div>
<iframe width="100%" height="200" src="https://www.youtube.com/embed/Xq8pZ3b7KfE" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>
</div>
<div class="mod-23 module-product" id="widget_293">
<div class="title-module" style="background:#0b5394;color:#fff;padding:6px 10px;"><h3 style="font-size:15px;margin:0;">Đồng phục học sinh</h3></div>
<div class="product-item" style="text-align:center;padding:8px;"><img src="{UP}/products/ao-dong-phuc-nam.jpg" alt="Áo đồng phục nam" style="max-width:100%;">
<p>Áo sơ mi đồng phục nam</p><p style="color:#c00;font-weight:bold;">Liên hệ</p>
<a class="btn btn-sm btn-danger add_to_cart" href="?add-to-cart=15" rel="nofollow">Thêm vào giỏ</a></div>
</div>
<div class="mod-24 module-links" id="widget_294">
<div class="title-module" style="background:#0b5394;color:#fff;padding:6px 10px;"><h3 style="font-size:15px;margin:0;">Liên kết website</h3></div>
<select class="form-control" onchange="if(this.value)window.open(this.value,'_blank');">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>
<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option>
</select>
</div>
<div class="mod-25 module-counter" id="widget_295">
<div class="title-module" style="background:#0b5394;color:#fff;padding:6px 10px;"><h3 style="font-size:15px;margin:0;">Thống kê truy cập</h3></div>
<div style="padding:8px;"><p><i class="fa fa-user"></i> Đang online: <b>3</b></p><p><i class="fa fa-calendar"></i> Hôm nay: <b>102</b></p><p><i class="fa fa-bar-chart"></i> Tổng: <b>45.678</b></p></div>
</div>"""


def _footer() -> str:
    return f"""<div class="row-9 section-footer" style="background:#073763;color:#fff;padding:20px 0;">
<div class="container"><div class="row">
<div class="col-md-7 mod-30 module-text" id="widget_300">
<p style="font-weight:bold;text-transform:uppercase;">{esc(SITE)}</p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Bà Nguyễn Thị Kim Oanh - Hiệu trưởng</p>
</div>
<div class="col-md-5 mod-31 module-text" id="widget_301" style="text-align:right;">
<p>© Bản quyền thuộc về {esc(SITE)}</p>
<p style="font-size:12px;">Thiết kế website bởi MB WebBuilder</p>
</div></div></div>
</div>
<a class="btn-goi-ngay" href="tel:{TEL}" style="position:fixed;left:15px;bottom:15px;z-index:999;background:#e60000;color:#fff;border-radius:30px;padding:10px 16px;"><i class="fa fa-phone"></i> Gọi ngay</a>
<div class="zalo-chat-widget" data-oaid="2736189504218375611" data-welcome-message="Trường THCS Phan Bội Châu xin chào! Quý phụ huynh cần hỗ trợ gì ạ?" data-autopopup="0" data-width="350" data-height="420"></div>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v11.0"></script>
<script src="{TPL}/js/bootstrap.min.js"></script>
<script src="{TPL}/js/jquery.lazy.min.js"></script>
<script>$(function(){{$("img.lazy").Lazy();}});</script>"""


def _page(request: Request, title: str, main: str, *, body_class: str, page_id: int, active: str = "",
          desc: str = "", extra: str = "", sidebar: bool = True) -> str:  # fmt: skip
    side = f'<div class="col-md-4 col-sidebar">\n{_sidebar()}\n</div>' if sidebar else ""
    width = "col-md-8" if sidebar else "col-md-12"
    return f"""{_head(request, title, desc, extra)}
<body class="{body_class}" id="page_{page_id}">
<div id="wrapper">
{_header()}
{_menu(active)}
<div class="row-3 section-content" style="padding:15px 0;">
<div class="container"><div class="row">
<div class="{width} col-main">
{main}
</div>
{side}
</div></div>
</div>
{_footer()}
</div>
</body>
</html>"""


# --------------------------------------------------------------------------- pages


def _article(request: Request, story: Story) -> str:
    old = bool(story.opts.get("old"))
    at = story.opts["at"]
    shown = _dmy(at, "-")
    base = base_url(request)
    if story.cat == "thong-bao":
        meta = (
            f'<i class="fa fa-calendar"></i> Ngày đăng: {shown} {at[11:16]} | <i class="fa fa-user"></i> Đăng bởi:'
            f' admin | <i class="fa fa-eye"></i> Lượt xem: {_views(story.views())}'
        )
    else:
        meta = f'<i class="fa fa-calendar"></i> Ngày đăng: {shown} | <i class="fa fa-eye"></i> Lượt xem: {_views(story.views())}'
    heading = (
        f'<h2 class="tieude">{esc(story.title)}</h2>' if old else f'<h1 class="title-detail">{esc(story.title)}</h1>'
    )
    mota = esc(story.summary) if story.summary and story.sapo_outside else ""
    attach = ""
    if story.opts.get("attach"):
        href = story.opts["attach"]
        attach = (
            '<div class="file-dinhkem" style="margin:10px 0;padding:8px;background:#f5f5f5;"><b>Tệp đính kèm:</b>'
            f' <a href="{href}" target="_blank"><i class="fa fa-file-pdf-o"></i> {href.rsplit("/", 1)[1]}</a></div>'
        )
    tags = ", ".join(
        f'<a href="/tim-kiem?q={quote(t)}">{esc(t)}</a>' for t in story.opts.get("tags", [])
    )
    short = short_path(story)
    same = [s for s in newest(story.cat) if s.id != story.id][:RELATED]
    cards = "\n".join(
        f'<div class="col-md-4 col-xs-6 item-related" style="margin-bottom:12px;">'
        f'<a href="{article_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" style="width:100%;height:120px;object-fit:cover;"></a>'
        f'<h4 style="font-size:14px;"><a href="{article_path(s)}">{esc(s.title)}</a></h4>'
        f'<span class="date" style="color:#999;font-size:12px;">{_dmy(s.opts["at"])}</span></div>'
        for s in same
    )
    main = f"""{_crumbs((f"/{story.cat}", CATS[story.cat]))}
<div class="mod-12 module-news-detail" id="widget_283">
<div id="tintuc_chitiet" class="tintuc-chitiet">
{heading}
<div class="ngaydang" style="color:#888;font-size:13px;margin:6px 0 10px;">{meta}</div>
<div class="mota" style="font-weight:bold;margin-bottom:10px;">{mota}</div>
<div class="noidung" id="ndTin">
{_noidung(story)}
</div><!-- /ndTin -->
{attach}
<div class="tukhoa" style="margin:10px 0;"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
<div class="chiase" style="margin:15px 0;padding:8px 0;border-top:1px solid #eee;border-bottom:1px solid #eee;">
<span style="font-weight:bold;">Chia sẻ:</span>
<a class="btn btn-xs btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(base + short, safe='')}" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i> Facebook</a>
<iframe src="https://button-share.zalo.me/share_inline?layout=1&amp;color=blue&amp;customize=false&amp;width=70&amp;height=20&amp;url={quote(base + short, safe='')}" width="70" height="20" frameborder="0" scrolling="no" style="vertical-align:middle;"></iframe>
<a class="btn btn-xs btn-default" href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a>
<span class="link-rutgon" style="margin-left:10px;font-size:12px;">Link bài viết: <a href="{short}">{esc(base + short)}</a></span>
</div>
</div>
</div>
<div class="mod-13 module-news-related" id="widget_284">
<div class="title-module" style="border-bottom:2px solid #0b5394;margin-bottom:10px;"><h3 style="font-size:16px;color:#0b5394;text-transform:uppercase;">Tin cùng chuyên mục</h3></div>
<div class="row" id="dsTin_lienquan">
{cards}
</div>
</div>
<div class="mod-14 module-facebook-comment" id="widget_285">
<div class="title-module"><h3 style="font-size:16px;">Bình luận</h3></div>
<div class="fb-comments" data-href="{esc(base + short)}" data-width="100%" data-numposts="5"></div>
</div>"""
    published = f'<meta property="article:published_time" content="{at[:10]}T{at[11:16]}:{story.id % 60:02d}+07:00">\n'
    return _page(
        request,
        f"{story.title} - {SITE}",
        main,
        body_class="page-tintuc_chitiet",
        page_id=story.id,
        active="news",
        desc=story.summary or story.title,
        extra=published,
    )


def _item(story: Story) -> str:
    path = article_path(story)
    mota = esc(story.summary) if story.summary and story.sapo_outside else ""
    return f"""<div class="item-news row" style="margin-bottom:15px;padding-bottom:15px;border-bottom:1px dashed #ddd;">
<div class="col-md-4 col-xs-12"><a href="{path}" class="thumb" style="display:block;height:150px;background:url('{_thumb(story)}') center center / cover no-repeat;"></a></div>
<div class="col-md-8 col-xs-12"><h3 class="title-news" style="font-size:17px;"><a href="{path}">{esc(story.title)}</a></h3>
<div class="date-news" style="color:#999;font-size:12px;"><i class="fa fa-clock-o"></i> {_dmy(story.opts["at"])}</div>
<div class="desc-news">{mota}</div>
<a class="readmore" href="{path}">Xem thêm »</a></div>
</div>"""


def _pager(cat: str, page: int, last: int, sort: str) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return f"/{cat}?sort={sort}&amp;page={n}" if sort else f"/{cat}?page={n}"

    lis = []
    lis.append(f'<li><a href="{href(page - 1)}">«</a></li>' if page > 1 else '<li class="disabled"><span>«</span></li>')
    for n in range(1, last + 1):
        lis.append(f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{href(n)}">{n}</a></li>')
    lis.append(f'<li><a href="{href(page + 1)}">»</a></li>' if page < last else '<li class="disabled"><span>»</span></li>')
    prev = f'<a href="/{cat}/trang-{page - 1}">‹ Trang trước</a>' if page > 1 else ""
    nxt = f'<a href="/{cat}/trang-{page + 1}">Trang sau ›</a>' if page < last else ""
    return (
        f'<ul class="phantrang" style="text-align:center;list-style:none;">{"".join(lis)}</ul>\n'
        f'<div class="phantrang-mobile visible-xs" style="text-align:center;">{prev} <span>{page}/{last}</span> {nxt}</div>'
    )


def _page_number(raw: str | None) -> int:
    try:
        return max(1, int(raw or "1"))
    except ValueError:
        return 1


def _listing(request: Request, cat: str, page: int) -> str:
    sort = request.params.get("sort", "")
    sort = sort if sort in ("new", "view") else ""
    stories = by_views(cat) if sort == "view" else newest(cat)
    last = pages_of(cat)
    page = min(page, last)  # the builder clamps: past the end is the last page again
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(_item(s) for s in chunk)
    title = CATS[cat]
    main = f"""{_crumbs((f"/{cat}", title))}
<div class="mod-11 module-news" id="widget_2{_CAT_PAGE[cat]:02d}">
<div class="title-module" style="border-bottom:2px solid #0b5394;margin-bottom:10px;"><h2 style="font-size:18px;color:#0b5394;text-transform:uppercase;">{esc(title)}</h2></div>
<div class="sort-bar" style="text-align:right;font-size:13px;margin-bottom:8px;">Sắp xếp: <a href="/{cat}?sort=new">Mới nhất</a> | <a href="/{cat}?sort=view">Xem nhiều</a></div>
<div id="dsTin" class="list-news">
{items}
</div>
{_pager(cat, page, last, sort)}
</div>"""
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(request, f"{title}{suffix} - {SITE}", main, body_class="page-tintuc", page_id=_CAT_PAGE[cat], active="news")


def _box(cat: str) -> str:
    stories = newest(cat)[:4]
    first, rest = stories[0], stories[1:]
    others = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <small style="color:#999;">({_dmy(s.opts["at"])})</small></li>'
        for s in rest
    )
    return f"""<div class="mod-16 module-news-home" id="widget_3{_CAT_PAGE[cat]:02d}" style="margin-bottom:20px;">
<div class="title-module" style="border-bottom:2px solid #0b5394;"><h2 style="font-size:17px;"><a href="/{cat}" style="color:#0b5394;text-transform:uppercase;">{esc(CATS[cat])}</a></h2></div>
<div class="row"><div class="col-md-6"><a href="{article_path(first)}"><img src="{_thumb(first)}" alt="" style="width:100%;"></a>
<h3 style="font-size:16px;"><a href="{article_path(first)}">{esc(first.title)}</a></h3>
<p style="color:#999;font-size:12px;">{_dmy(first.opts["at"])}</p></div>
<div class="col-md-6"><ul class="list-home">{others}</ul></div></div>
</div>"""


def _home(request: Request) -> str:
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{short_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" style="width:100%;"></a>'
        f'<div class="carousel-caption"><a href="{short_path(s)}" style="color:#fff;">{esc(s.title)}</a></div></div>'
        for i, s in enumerate([s for s in newest() if s.images][:3])
    )
    albums = "".join(
        f'<div class="col-md-4 col-xs-6"><a href="{a.path}"><img src="{UP}/album/{a.slug}/1.jpg" alt="" style="width:100%;"></a>'
        f'<p><a href="{a.path}">{esc(a.title)}</a></p></div>'
        for a in ALBUMS
    )
    docs = "".join(f'<li><a href="{d.path}">{esc(d.number)}: {esc(d.title)}</a></li>' for d in DOCS)
    main = f"""<div class="mod-10 module-slider" id="widget_210">
<div id="carousel-home" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
</div>
{"".join(_box(c) for c in CATS)}
<div class="mod-17 module-album-home" id="widget_317">
<div class="title-module" style="border-bottom:2px solid #0b5394;"><h2 style="font-size:17px;"><a href="/thu-vien-anh">THƯ VIỆN ẢNH</a></h2></div>
<div class="row">{albums}</div>
</div>
<div class="mod-18 module-document-home" id="widget_318">
<div class="title-module" style="border-bottom:2px solid #0b5394;"><h2 style="font-size:17px;"><a href="/van-ban">VĂN BẢN MỚI</a></h2></div>
<ul>{docs}</ul>
</div>"""
    return _page(request, f"{SITE} - Trang chủ", main, body_class="page-home", page_id=1, active="home")


_GIOI_THIEU = [
    "Trường THCS Phan Bội Châu được thành lập năm 1978, là một trong những trường trung học cơ sở"
    " có bề dày truyền thống của tỉnh Đắk Lắk.",
    "Năm học 2026 - 2027, nhà trường có 32 lớp với 1.326 học sinh; 78 cán bộ, giáo viên, nhân viên,"
    " trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.",
    "Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022, nhiều năm liền được công nhận danh hiệu Tập"
    " thể lao động xuất sắc.",
]
_STAFF = [
    ("Nguyễn Thị Kim Oanh", "Hiệu trưởng", "0905 112 345"),
    ("Đặng Quốc Việt", "Phó Hiệu trưởng", "0914 223 456"),
    ("Lý Thị Hạnh", "Phó Hiệu trưởng", "0935 334 567"),
    ("Trần Thị Thanh Hương", "Tổ trưởng tổ Ngữ văn", "0982 445 678"),
    ("Võ Thị Hồng Nhung", "Tổ trưởng tổ Toán - Tin", "0977 556 789"),
]


def _static(request: Request, slug: str) -> str:
    if slug == "gioi-thieu":
        body = "".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in _GIOI_THIEU)
        body += f'<p style="text-align: center;"><img src="{UP}/images/gioi-thieu/toan-canh-truong.jpg" alt="" width="700" /></p>'
        title = "Giới thiệu chung"
    else:
        rows = "".join(
            f'<tr><td style="text-align:center;"><img src="{UP}/images/nhan-su/{i}.jpg" alt="" width="80" /></td>'
            f"<td>{esc(n)}</td><td>{esc(r)}</td><td>{p}</td></tr>"
            for i, (n, r, p) in enumerate(_STAFF, 1)
        )
        body = (
            '<table class="table table-bordered"><thead><tr><th>Ảnh</th><th>Họ và tên</th><th>Chức vụ</th>'
            f"<th>Điện thoại</th></tr></thead><tbody>{rows}</tbody></table>"
        )
        title = "Cơ cấu tổ chức"
    main = f"""{_crumbs(("/gioi-thieu", "Giới thiệu"), (None, title))}
<div class="mod-15 module-page" id="widget_215"><div class="title-module"><h2 style="color:#0b5394;">{esc(title)}</h2></div>
<div class="page-content">{body}</div></div>"""
    return _page(request, f"{title} - {SITE}", main, body_class="page-trangtinh", page_id=2, active="gioi-thieu")


def _contact(request: Request) -> str:
    note = ""
    if request.method == "POST":
        note = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất!</div>'
    main = f"""{_crumbs((None, "Liên hệ"))}
<div class="mod-15 module-contact" id="widget_216">
<div class="title-module"><h2 style="color:#0b5394;">Liên hệ</h2></div>
<p><b>{esc(SITE)}</b></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p><p>Email: {EMAIL}</p>
{note}
<form method="post" action="/lien-he" class="form-contact">
<input type="text" name="hoten" class="form-control" placeholder="Họ và tên (*)">
<input type="text" name="dienthoai" class="form-control" placeholder="Điện thoại">
<input type="email" name="email" class="form-control" placeholder="Email">
<textarea name="noidung" class="form-control" rows="5" placeholder="Nội dung (*)"></textarea>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.6!2d108.05!3d12.68!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="350" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
</div>"""
    return _page(request, f"Liên hệ - {SITE}", main, body_class="page-lienhe", page_id=3, active="lien-he", sidebar=False)


def _albums(request: Request) -> str:
    cards = "".join(
        f'<div class="col-md-4 col-xs-6 album-item"><a href="{a.path}"><img src="{UP}/album/{a.slug}/1.jpg" alt="" style="width:100%;"></a>'
        f'<h3 style="font-size:15px;"><a href="{a.path}">{esc(a.title)}</a></h3><span>{len(a.photos)} ảnh</span></div>'
        for a in ALBUMS
    )
    main = f"""{_crumbs((None, "Thư viện ảnh"))}
<div class="mod-19 module-album" id="widget_219"><div class="title-module"><h2 style="color:#0b5394;">Thư viện ảnh</h2></div>
<div class="row">{cards}</div></div>"""
    return _page(request, f"Thư viện ảnh - {SITE}", main, body_class="page-album", page_id=4, active="thu-vien-anh")


def _album(request: Request, album: Album) -> str:
    photos = "".join(
        f'<div class="col-md-4 col-xs-6"><a href="{UP}/album/{album.slug}/{i}.jpg" data-fancybox="gallery" data-caption="{esc(t)}">'
        f'<img src="{UP}/album/{album.slug}/thumb_{i}.jpg" alt="{esc(t)}" style="width:100%;"></a></div>'
        for i, t in enumerate(album.photos, 1)
    )
    main = f"""{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, album.title))}
<div class="mod-19 module-album-detail" id="widget_220"><h1 style="font-size:20px;color:#0b5394;">{esc(album.title)}</h1>
<p style="color:#999;">{len(album.photos)} ảnh</p>
<div class="row">{photos}</div></div>"""
    return _page(request, f"{album.title} - {SITE}", main, body_class="page-album-detail", page_id=5, active="thu-vien-anh")


def _docs(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td>{esc(d.number)}</td><td>{d.day}</td><td><a href="{d.path}">{esc(d.title)}</a></td>'
        f'<td><a href="{d.file}" target="_blank"><i class="fa fa-download"></i> Tải về</a></td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs((None, "Văn bản"))}
<div class="mod-26 module-document" id="widget_226"><div class="title-module"><h2 style="color:#0b5394;">Văn bản</h2></div>
<table class="table table-bordered table-striped"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(request, f"Văn bản - {SITE}", main, body_class="page-vanban", page_id=6, active="van-ban")


def _doc(request: Request, doc: Doc) -> str:
    main = f"""{_crumbs(("/van-ban", "Văn bản"), (None, doc.number))}
<div class="mod-26 module-document-detail" id="widget_227"><h1 style="font-size:20px;color:#0b5394;">{esc(doc.title)}</h1>
<table class="table table-bordered">
<tr><th style="width:30%;">Số ký hiệu</th><td>{esc(doc.number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc.day}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(doc.issuer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc.title)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{doc.file}" target="_blank"><i class="fa fa-file-pdf-o"></i> {doc.slug}.pdf</a></td></tr>
</table>
<iframe src="{doc.file}" width="100%" height="600"></iframe></div>"""
    return _page(request, f"{doc.title} - {SITE}", main, body_class="page-vanban-detail", page_id=10, active="van-ban")


_TS_REASONS = [
    ("Đội ngũ tận tâm", "78 cán bộ, giáo viên, 100% đạt chuẩn và trên chuẩn, nhiều thầy cô là giáo viên dạy"
     " giỏi cấp tỉnh."),
    ("Cơ sở vật chất hiện đại", "32 phòng học được trang bị ti vi thông minh, 3 phòng tin học, phòng STEM,"
     " thư viện thân thiện và sân thể thao đa năng."),
    ("Chất lượng khẳng định", "Nhiều năm liền dẫn đầu tỉnh về số học sinh giỏi; trên 90% học sinh lớp 9 trúng"
     " tuyển vào lớp 10 công lập."),
    ("Hoạt động trải nghiệm phong phú", "Câu lạc bộ tiếng Anh, robotics, bóng đá, cồng chiêng; các chuyến học"
     " tập thực tế mỗi học kỳ."),
]  # fmt: skip


def _tuyen_sinh(request: Request) -> str:
    note = ""
    if request.method == "POST":
        note = '<div class="alert alert-success">Đăng ký thành công! Nhà trường sẽ liên hệ với quý phụ huynh.</div>'
    reasons = "".join(
        f'<div class="col-md-6" style="margin-bottom:15px;"><div style="background:#f3f8ff;padding:15px;border-radius:6px;">'
        f'<h3 style="font-size:17px;color:#0b5394;">{esc(h)}</h3><p>{esc(t)}</p></div></div>'
        for h, t in _TS_REASONS
    )
    main = f"""<div class="mod-40 module-banner" id="widget_240" style="background:url('{UP}/images/tuyen-sinh/banner-2027.jpg') center/cover;min-height:260px;padding:60px 20px;color:#fff;text-align:center;">
<h1 style="font-size:30px;font-weight:bold;text-transform:uppercase;">Tuyển sinh lớp 6 năm học 2027 - 2028</h1>
<p style="font-size:18px;">Trường THCS Phan Bội Châu – Nơi ươm mầm tri thức</p>
<a href="#dangky" class="btn btn-lg btn-warning">Đăng ký ngay</a>
</div>
<div class="mod-41 module-text" id="widget_241" style="padding:20px 0;">
<h2 style="text-align:center;color:#0b5394;">Vì sao chọn Trường THCS Phan Bội Châu?</h2>
<div class="row">{reasons}</div>
</div>
<div class="mod-42 module-counter-number" id="widget_242" style="background:#0b5394;color:#fff;padding:20px;text-align:center;">
<div class="row"><div class="col-xs-4"><b style="font-size:28px;">48</b><br>năm xây dựng và phát triển</div>
<div class="col-xs-4"><b style="font-size:28px;">1.326</b><br>học sinh</div>
<div class="col-xs-4"><b style="font-size:28px;">47</b><br>giải học sinh giỏi cấp tỉnh</div></div>
</div>
<div class="mod-43 module-text" id="widget_243" style="padding:20px 0;">
<h2 style="color:#0b5394;">Chỉ tiêu và phương thức tuyển sinh</h2>
<p>Chỉ tiêu dự kiến: 9 lớp với 360 học sinh. Phương thức: xét tuyển học sinh hoàn thành chương trình tiểu học
cư trú trên địa bàn được phân tuyến theo quy định của Sở Giáo dục và Đào tạo.</p>
<p>Thời gian nhận hồ sơ: từ ngày 01/7/2027 đến ngày 10/7/2027 (dự kiến), tại Văn phòng nhà trường hoặc đăng ký trực tuyến.</p>
</div>
<div class="mod-44 module-form" id="dangky" style="padding:20px;background:#fafafa;">
<h2 style="color:#0b5394;">Đăng ký tư vấn tuyển sinh</h2>
{note}
<form method="post" action="/tuyen-sinh">
<input type="text" name="hoten_hs" class="form-control" placeholder="Họ tên học sinh (*)">
<input type="text" name="ngaysinh" class="form-control" placeholder="Ngày sinh (dd/mm/yyyy)">
<input type="text" name="truong_th" class="form-control" placeholder="Trường tiểu học đang học">
<input type="text" name="sdt_ph" class="form-control" placeholder="Số điện thoại phụ huynh (*)">
<button type="submit" class="btn btn-danger">Gửi đăng ký</button>
</form>
</div>"""
    return _page(request, f"Tuyển sinh lớp 6 năm học 2027 - 2028 - {SITE}", main, body_class="page-landing", page_id=11,
                 active="tuyen-sinh", sidebar=False)  # fmt: skip


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    found: list[Story] = []
    if q:
        key = _fold(q)
        found = [s for s in newest() if key in _fold(s.title) or any(key in _fold(t) for t in s.opts.get("tags", []))]
        result = (
            f'<p>Tìm thấy <b>{len(found)}</b> kết quả cho từ khóa “{esc(q)}”</p>\n<div id="dsTin" class="list-news">'
            + "\n".join(_item(s) for s in found)
            + "</div>"
        )
    else:
        result = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    main = f"""{_crumbs((None, "Tìm kiếm"))}
<div class="mod-27 module-search-result" id="widget_228"><div class="title-module"><h2 style="color:#0b5394;">Kết quả tìm kiếm</h2></div>
<form action="/tim-kiem" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control"><button type="submit" class="btn btn-primary">Tìm kiếm</button></form>
{result}</div>"""
    return _page(request, f"Tìm kiếm - {SITE}", main, body_class="page-search", page_id=12)


def _login(request: Request) -> str:
    note = '<div class="alert alert-danger">Tên đăng nhập hoặc mật khẩu không đúng.</div>' if request.method == "POST" else ""
    main = f"""{_crumbs((None, "Đăng nhập"))}
<div class="mod-28 module-login" id="widget_229" style="max-width:420px;margin:0 auto;">
<h2 style="color:#0b5394;">Đăng nhập thành viên</h2>{note}
<form method="post" action="/dang-nhap">
<input type="text" name="username" class="form-control" placeholder="Tên đăng nhập">
<input type="password" name="password" class="form-control" placeholder="Mật khẩu">
<label><input type="checkbox" name="remember"> Ghi nhớ</label>
<button type="submit" class="btn btn-primary">Đăng nhập</button>
</form><p><a href="/dang-nhap?action=quen-mat-khau">Quên mật khẩu?</a></p></div>"""
    return _page(request, f"Đăng nhập - {SITE}", main, body_class="page-login", page_id=13, sidebar=False)


def _cart(request: Request) -> str:
    main = f"""{_crumbs((None, "Giỏ hàng"))}
<div class="mod-29 module-cart" id="widget_230">
<h2 style="color:#0b5394;">Giỏ hàng của bạn</h2>
<div class="cart-empty" style="padding:30px;text-align:center;"><i class="fa fa-shopping-cart" style="font-size:48px;color:#ccc;"></i>
<p>Chưa có sản phẩm nào trong giỏ hàng.</p><a href="/" class="btn btn-primary">Tiếp tục mua hàng</a></div>
</div>"""
    return _page(request, f"Giỏ hàng - {SITE}", main, body_class="page-cart", page_id=14, sidebar=False)


def _not_found(request: Request) -> Response:
    main = """<div class="mod-99 module-404" style="text-align:center;padding:60px 0;">
<h1 style="font-size:72px;color:#ccc;">404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>
<a href="/" class="btn btn-primary">Về trang chủ</a></div>"""
    return html(_page(request, f"Không tìm thấy trang - {SITE}", main, body_class="page-404", page_id=0, sidebar=False), status=404)


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    locs = ["/", *(f"/{c}" for c in CATS), "/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/thu-vien-anh",
            "/van-ban", "/tuyen-sinh"]  # fmt: skip
    entries = [f"<url><loc>{base}{loc}</loc><changefreq>daily</changefreq><priority>0.8</priority></url>" for loc in locs]
    entries += [
        f"<url><loc>{base}{article_path(s)}</loc><lastmod>{s.opts['at'][:10]}</lastmod><changefreq>weekly</changefreq>"
        "<priority>0.6</priority></url>"
        for s in newest()
    ]
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(entries)
        + "\n</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /cms/\n\nSitemap: {base}/sitemap.xml\n"

_LONG = re.compile(r"^/([a-z-]+)/([a-z0-9-]+)-n(\d+)\.html$")
_SHORT = re.compile(r"^/([a-z0-9-]+)-n(\d+)\.html$")
_TRANG = re.compile(r"^/([a-z-]+)/trang-(\d+)$")
_ALBUM = re.compile(r"^/thu-vien-anh/([a-z0-9-]+)-a(\d+)\.html$")
_DOC = re.compile(r"^/van-ban/([a-z0-9-]+)-d(\d+)\.html$")
_SESSION = {"Set-Cookie": "PHPSESSID=9f3c2a7e5d1b4c8a6e0f2d4b7a9c1e3f; path=/; HttpOnly"}


class MatBaoBuilderSite:
    """The builder's front controller: one router over slugs, ids and the shop's query hooks."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith((f"{UP}/files/",)) and path.endswith(".pdf"):
            known = {d.file for d in DOCS} | {s.opts["attach"] for s in STORIES if s.opts.get("attach")}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found(request)
        if path.startswith((UP + "/", TPL + "/")):
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if "add-to-cart" in request.params:
            return Response(302, b"", {"Location": "/gio-hang", **_SESSION})
        page = self._route(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=_SESSION)

    def _route(self, request: Request) -> str | Response | None:
        path = request.path
        if path in ("/", "/index.php", "/trang-chu"):
            return _home(request) if path == "/" else redirect("/", 301)
        if path.strip("/") in CATS and path == "/" + path.strip("/"):
            return _listing(request, path.strip("/"), _page_number(request.params.get("page")))
        if (m := _TRANG.match(path)) and m.group(1) in CATS:
            return _listing(request, m.group(1), _page_number(m.group(2)))
        if m := _LONG.match(path):
            story = _BY_ID.get(int(m.group(3)))
            if story and story.cat == m.group(1) and story.slug == m.group(2):
                return _article(request, story)
            return None
        if m := _SHORT.match(path):
            story = _BY_ID.get(int(m.group(2)))
            if story and story.slug == m.group(1):
                return _article(request, story)
            return None
        if path in ("/gioi-thieu", "/co-cau-to-chuc"):
            return _static(request, path[1:])
        if path == "/lien-he":
            return _contact(request)
        if path == "/thu-vien-anh":
            return _albums(request)
        if m := _ALBUM.match(path):
            album = next((a for a in ALBUMS if a.id == int(m.group(2)) and a.slug == m.group(1)), None)
            return _album(request, album) if album else None
        if path == "/van-ban":
            return _docs(request)
        if m := _DOC.match(path):
            doc = next((d for d in DOCS if d.id == int(m.group(2)) and d.slug == m.group(1)), None)
            return _doc(request, doc) if doc else None
        if path == "/tuyen-sinh":
            return _tuyen_sinh(request)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/dang-nhap":
            return _login(request)
        if path == "/gio-hang":
            return _cart(request)
        return None


def build_site() -> MatBaoBuilderSite:
    """A fresh site object; every page is rendered per request from the constant data above."""
    return MatBaoBuilderSite()
