"""Trường Chính trị tỉnh Hà Tĩnh: a home-grown PHP portal from a local vendor (written blind).

The platform: a portal a provincial software shop ("Công ty TNHH Tin học Hồng Lam") sold to
several party and state bodies around 2010 and never rebuilt: one ``index.php`` routing on
``?act=``, XHTML 1.0 Transitional, a 1000 px layout of tables inside divs with inline styles and
Vietnamese-abbreviation class names (``tde_ct`` tiêu đề chi tiết, ``nd_ct`` nội dung, ``ngay_ct``,
``tomtat_ct``, ``khoi_trai``, ``tin_da_dua``), jQuery 1.4.2 with ddsmoothmenu, a marquee ticker, a
login box and SSO links in the red top bar, FCKeditor-era article text wrapped in
``<font face="Times New Roman" size="3">`` inside a ``<td id="noidung_ct">``.

URL scheme (all relative links written without a leading slash, "index.php?…", "files/2026/…"):
- start ``/index.php`` (``/`` serves the same home through DirectoryIndex, never linked);
- listing ``/index.php?act=list&cat=<2|5|8>`` and ``&p=N``; the "Xem tiếp »" / "« Trang trước"
  links are query-only (``href="?act=list&amp;cat=2&amp;p=2"``); 4 items a page;
- article ``/index.php?act=detail&id=<id>&cat=<cat>`` (canonical, as listings print it);
- print view ``/print.php?id=<id>`` (opened by an onclick popup only), "Gửi bạn bè"
  ``/index.php?act=guibai&id=<id>`` (popup form, not an article);
- files and photos ``/files/2026/<file>``; theme images ``/images/…``; ``/sso.php?returnUrl=…``
  302s to the province's SSO host (another host: never followed by the gold);
- other pages: ``act=page&id=1|2`` (Giới thiệu), ``act=lienhe``, ``act=vanban`` (+ ``&id=41|39``),
  ``act=album`` (+ ``&id=6``), ``act=search``, ``act=login`` and ``act=binhchon`` (form answers).

Page templates:
- every page: top bar with the day ("Thứ Bảy, 05/12/2026"), login form, "Đăng nhập SSO",
  "Thư công vụ", "QLVB điều hành"; banner; red ddsmoothmenu with a "GIỚI THIỆU" drop-down; the
  "Tin mới:" marquee (5 newest, bare links, "(dd/mm)"); search form; left column (DANH MỤC, VĂN
  BẢN MỚI, LIÊN KẾT WEBSITE select, THỐNG KÊ TRUY CẬP); right column (TIN XEM NHIỀU, THĂM DÒ Ý
  KIẾN poll, banner ads); red footer with address, phone, email, licence and the vendor.
- home: one box per category (first item with thumbnail, time and teaser, two more titles,
  "Xem tiếp »" to the listing), a THƯ VIỆN ẢNH box.
- listing: breadcrumb, rows of thumbnail | cut title (full title in ``title=``), "(dd/mm/yyyy
  HH:MM)" and teaser; "Xem tiếp »" whenever the page is full.
- article: breadcrumb "Trang chủ » <category>"; a table: headline row (``td.tde_ct``), "(Cập nhật:
  dd/mm/yyyy HH:MM)" with "Cỡ chữ: A+ A-" and "Lượt xem", an optional bold sapo row
  (``td.tomtat_ct``), then ``td#noidung_ct`` holding the ``<font>`` text, "Người đăng: <account>[ -
  Ngày đăng: dd/mm/yyyy HH:MM]" and "In trang | Gửi bạn bè | Về đầu trang"; below the table "Các
  tin đã đưa" (3 items with "(dd/mm/yyyy)").

Articles and how they are reached (listing order = the "Cập nhật" stamp, newest first):
- Tin tức - Sự kiện (cat 2): p=1: 341, 338, 335, 330; p=2: 322, 316. 341, 338 and 335 are also
  in the home box, 341 and 338 in the ticker, 338 and 330 in TIN XEM NHIỀU. **322 and 316 are
  reachable only from p=2** (from no box, ticker or "Các tin đã đưa").
- Đào tạo - Bồi dưỡng (cat 5): p=1: 340, 333, 337, 327 (333 edited on 27/11 sorts above 337);
  "Xem tiếp »" leads to an empty p=2.
- Nghiên cứu - Trao đổi (cat 8): p=1: 339, 332, 325.

Traps
1. "Các tin đã đưa" is not the older articles: the vendor's query is "the 3 newest of the
   category except this one", so its dates are later than the article's own (332 of 10/11 lists
   339 "(30/11/2026)"). Gold: ``published_at`` never from that list; and nothing in it ever links
   a page-2 article, so 322 and 316 need the pagination.
2. The vendor's pagination test "page is full -> print Xem tiếp »": Đào tạo - Bồi dưỡng has
   exactly 4 articles, so its p=1 links ``p=2``, an empty listing that answers 200 with "Chưa có
   tin trong chuyên mục này!" and full chrome. Gold: no article there; p=1 holds all four.
3. Three link forms of one article plus a popup print view: listings and "Các tin đã đưa" print
   ``act=detail&id=X&cat=C``, the home boxes (another template) ``act=detail&cat=C&id=X``, the
   ticker and most-read box ``act=detail&id=X`` with no cat; ``print.php?id=X`` sits in an onclick
   only. Gold: one record each, canonical = the listing form, the three others in ``alt_paths``.
   A wrong ``cat`` does not serve the article (the vendor's WHERE id AND cat): the 200 "not found"
   page.
4. "(Cập nhật: …)" under the headline is the record's last-modified stamp (the column the vendor
   sorts by); the poster's line at the bottom prints "Ngày đăng: …" only for articles edited after
   posting. Gold: "Ngày đăng" when printed (338: Cập nhật 02/12/2026 08:30, Ngày đăng 20/11/2026
   16:45 -> "2026-11-20T16:45:00+07:00"; 333: 27/11 vs 13/11 14:00); otherwise the Cập nhật stamp
   is the only date and is the post's time (see the decisions). Listings, home and ticker print the
   Cập nhật stamp too, so they show 338 as "(02/12/2026 08:30)". 316, imported from the old site
   with a day only, prints "12/10/2026 00:00" -> "2026-10-12".
5. Photo tables vs data tables inside the text: the editor's image box is a 2-row table (photo,
   then a grey row with the caption) in 341 and 337; 337 also has a real results table (Xếp loại |
   Số học viên | Tỷ lệ). Gold: the image table gives an image + caption and no paragraph; each row
   of the data table is a body paragraph, cells joined by " | " (header row included).
6. Soft "not found": the cached TIN XEM NHIỀU box still links ``act=detail&id=87`` ("Hội nghị cán
   bộ, viên chức, người lao động năm 2026"), deleted; it answers 200 "Tin này không tồn tại hoặc
   đã bị xóa!" with full chrome, a headline-looking title in the sidebar and the header's date.
   Gold: not an article (and not in NON_ARTICLES).
7. Chrome that reads like content or dates: the top bar's "Thứ Bảy, 05/12/2026", the login form
   (POST ``act=login``), "Đăng nhập SSO" (302 to another host), the marquee of headlines with
   "(dd/mm)", the poll form, the "Cỡ chữ / Lượt xem" row between the headline and the text, and
   "Người đăng" + "In trang | Gửi bạn bè | Về đầu trang" inside the text's own td. Gold: none of
   it is body, date, author or image.
8. Listings cut titles ("Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ, công..."),
   the full headline is only in the ``title=`` attribute and on the article. Gold: the article's
   full headline.
9. Bylines as this site's editors sign: "Tin, ảnh: X" / "Bài, ảnh: X" (X both author and
   photographer), "Tin: X - Ảnh: Y", a bold name right-aligned (338, 333), a degree + name over
   a unit line at the end ("ThS. Phan Thị Lan" / "Khoa Lý luận cơ sở" -> "Phan Thị Lan") or at
   the top before the text ("TS. Đặng Văn Hùng" / "Phó Trưởng khoa Xây dựng Đảng" -> "Đặng Văn
   Hùng"), a unit alone ("Khoa Xây dựng Đảng" -> the author as printed), "Hoàng Anh (tổng hợp)"
   -> "Hoàng Anh", "BBT" and every "Người đăng: <account>" -> nobody. A photo whose only line is
   "Ảnh: Trần Minh Đức" (338) -> caption None, photographer.
10. Text stored three ways: 335 is FCKeditor enterMode-br text (no <p>, paragraphs split by
   ``<br /><br />``, byline in a ``<div align="right">``); 316 typed with Unikey's composite
   Unicode (NFD throughout); 332 saved with FCKeditor's entity option on every second letter
   (named, decimal and raw UTF-8 in one word), title included. Gold: NFC text, one paragraph per
   br-separated line.
11. Things inside the ``<font>`` that are not text: the official notice's letterhead table,
   "THÔNG BÁO / <subject>", "Nơi nhận" + signer table and "File đính kèm: <pdf>" (340); a dashed
   "Tin liên quan:" box with two links at the end of 332; closing "Nguồn: Báo Hà Tĩnh" (322) and
   "Theo Tạp chí Cộng sản" (325) lines -> ``source``; while "Theo Người, tự phê bình…" in 325 is a
   body sentence. Captions printed in parentheses (322, 327) lose them.

Gold decisions on ambiguous points
- Date: "Ngày đăng" in the poster's line wins over "Cập nhật"; when the page prints only
  "(Cập nhật: …)", that stamp is the post's time (this platform fills it at posting and prints no
  other date), so it is the gold with its time. The official notice (340) takes its letterhead day
  "2026-11-30" (Cập nhật 01/12/2026 16:00 is when the office posted it).
- Summary: the ``td.tomtat_ct`` row (341, 333: outside the body, first body paragraph in gold) or
  a bold first paragraph (338, 339); the teasers of listings are not sapos. Others: null.
- Headings printed as bold paragraphs ("1. Đối tượng", "Các nhiệm vụ trọng tâm…:") and list items
  are paragraphs; in 340 the editor's typed "- " stays. In 339 "[1]" calls stay in their
  sentences and "TÀI LIỆU THAM KHẢO" with its two entries is the text's own.
- The blockquote of Hồ Chí Minh's words in 325 is a body paragraph.
- Category: the breadcrumb's name ("Tin tức - Sự kiện", "Đào tạo - Bồi dưỡng", "Nghiên cứu - Trao
  đổi"), not the menu's capitals.
- Images: relative ``files/2026/…`` paths resolve against ``/index.php`` -> ``/files/2026/…``;
  listing thumbnails, theme icons, banner ads and the attachment icon are not article images.
"""

from __future__ import annotations

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

NAME = "php_vendor_sso_edu_portal_tct"
PLATFORM = "home-grown PHP portal (vendor templates: tables in divs, inline styles, jQuery 1.4)"
START_PATH = "/index.php"

SITE_TITLE = "Trường Chính trị tỉnh Hà Tĩnh"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4  # the vendor's $so_tin_trang

#: cat id -> (name as the breadcrumb prints it, name as the top menu prints it)
CATS = {
    "2": ("Tin tức - Sự kiện", "TIN TỨC - SỰ KIỆN"),
    "5": ("Đào tạo - Bồi dưỡng", "ĐÀO TẠO - BỒI DƯỠNG"),
    "8": ("Nghiên cứu - Trao đổi", "NGHIÊN CỨU - TRAO ĐỔI"),
}

# --- the articles -------------------------------------------------------------------------------
# opts: updated = the "(Cập nhật: …)" line (also the listing's sort key and date), posted = the
# "Ngày đăng" of the poster's line (printed only for articles edited after posting), poster = the
# CMS account, mode = "br" for FCKeditor's enterMode-br text, nfd / entities = how the text is
# stored, thumb = the listing's thumbnail.

STORIES: list[Story] = [
    Story(
        id=341,
        slug="hoi-thao-boi-duong-cap-xa",
        title="Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính”",
        cat="2",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội thảo khoa học cấp trường với chủ "
            "đề “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành "
            "chính”. Đồng chí Nguyễn Văn Bình, Hiệu trưởng Nhà trường chủ trì hội thảo."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        opts={"updated": "03/12/2026 14:30", "poster": "quantri_tct", "thumb": "files/2026/thumb_hoithao-capxa.jpg"},
        blocks=[
            P(
                "Tham dự hội thảo có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ, Đảng ủy một "
                "số xã, phường trên địa bàn tỉnh cùng toàn thể cán bộ, giảng viên Nhà trường."
            ),
            Img(
                "files/2026/hoithao-capxa-1.jpg",
                "Đồng chí Nguyễn Văn Bình, Hiệu trưởng Nhà trường phát biểu khai mạc hội thảo",
                "Đồng chí Nguyễn Văn Bình, Hiệu trưởng Nhà trường phát biểu khai mạc hội thảo",
                style="table",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Hiệu trưởng nhấn mạnh: sau khi vận hành mô hình chính "
                "quyền địa phương hai cấp, đội ngũ cán bộ, công chức cấp xã đứng trước yêu cầu rất "
                "mới về khối lượng công việc, thẩm quyền giải quyết và kỹ năng phục vụ Nhân dân. "
                "Đổi mới nội dung, chương trình bồi dưỡng vì thế là đòi hỏi cấp thiết đối với Nhà trường."
            ),
            P(
                "Hội thảo nhận được 24 tham luận của các nhà khoa học, giảng viên và cán bộ thực "
                "tiễn. Các ý kiến tập trung làm rõ thực trạng đội ngũ cán bộ, công chức cấp xã hiện "
                "nay; những khó khăn trong việc cử cán bộ đi học khi khối lượng công việc tại cơ sở "
                "tăng lên; sự cần thiết phải thiết kế các chuyên đề ngắn hạn, sát với vị trí việc làm."
            ),
            Img("files/2026/hoithao-capxa-2.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo", style="table"),
            P(
                "Nhiều đại biểu đề xuất tăng thời lượng thực hành, xử lý tình huống; đẩy mạnh ứng "
                "dụng công nghệ thông tin, tổ chức một số nội dung bồi dưỡng theo hình thức trực "
                "tuyến để cán bộ cơ sở vừa học tập vừa bảo đảm công việc chuyên môn."
            ),
            P(
                "Kết luận hội thảo, đồng chí Nguyễn Văn Bình ghi nhận các ý kiến tâm huyết, trách "
                "nhiệm của đại biểu; giao các khoa chuyên môn tiếp thu, hoàn thiện chương trình bồi "
                "dưỡng năm 2027 để trình Ban Thường vụ Tỉnh ủy xem xét."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></p>'),
        ],
    ),
    Story(
        id=338,
        slug="ky-niem-ngay-nha-giao",
        title="Nhà trường tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="2",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Chiều 20/11, Trường Chính trị tỉnh Hà Tĩnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam. Về dự có đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy cùng "
            "đại diện các sở, ngành liên quan."
        ),
        authors=["Hồ Thị Ngọc Anh"],
        photographers=["Trần Minh Đức"],
        opts={
            "updated": "02/12/2026 08:30",
            "posted": "20/11/2026 16:45",
            "poster": "hongocanh",
            "thumb": "files/2026/thumb_ky-niem-20-11.jpg",
        },
        blocks=[
            P(
                "Chiều 20/11, Trường Chính trị tỉnh Hà Tĩnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Về dự có đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy cùng "
                "đại diện các sở, ngành liên quan.",
                style="lead",
            ),
            P(
                "Tại buổi lễ, đồng chí Phó Hiệu trưởng Võ Thị Minh Nguyệt ôn lại truyền thống vẻ vang "
                "của ngành giáo dục và chặng đường xây dựng, phát triển của Nhà trường. Năm học "
                "2025 - 2026, tập thể cán bộ, giảng viên đã hoàn thành tốt nhiệm vụ chính trị, mở "
                "và quản lý 46 lớp với hơn 3.200 lượt học viên."
            ),
            Img(
                "files/2026/ky-niem-20-11-1.jpg",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo lão thành",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo lão thành",
            ),
            P(
                "Đội ngũ giảng viên không ngừng đổi mới phương pháp giảng dạy, tích cực nghiên cứu "
                "khoa học, đi thực tế cơ sở; 02 giảng viên đạt giải Nhì Hội thi giảng viên dạy giỏi "
                "các trường chính trị khu vực Bắc Trung Bộ."
            ),
            P(
                "Dịp này, Nhà trường trao Giấy khen cho 05 tập thể và 17 cá nhân có thành tích xuất "
                "sắc trong phong trào thi đua “Dạy tốt, học tốt”; đồng thời phát động đợt thi đua cao "
                "điểm hoàn thành thắng lợi nhiệm vụ chính trị năm 2026."
            ),
            Img("files/2026/ky-niem-20-11-2.jpg", "Ảnh: Trần Minh Đức", None, style="credit"),
            P(
                "Phát biểu tại buổi lễ, thay mặt Ban Tuyên giáo và Dân vận Tỉnh ủy, đồng chí Phó "
                "Trưởng ban ghi nhận những đóng góp của tập thể Nhà trường, đề nghị tiếp tục nâng "
                "cao chất lượng đội ngũ, gắn lý luận với thực tiễn của tỉnh."
            ),
            Raw('<p style="text-align: right;"><em><strong>Hồ Thị Ngọc Anh</strong></em></p>'),
        ],
    ),
    Story(
        id=335,
        slug="sinh-hoat-chuyen-de-chi-bo-xdd",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="2",
        published_at="2026-11-17T10:15:00+07:00",
        authors=["Khoa Xây dựng Đảng"],
        opts={"updated": "17/11/2026 10:15", "poster": "quantri_tct", "mode": "br"},
        blocks=[
            P(
                "Sáng 16/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao tính chiến đấu trong sinh hoạt chi bộ gắn với thực hiện Quy định số 144-QĐ/TW "
                "về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới”."
            ),
            P(
                "Đồng chí Bí thư Chi bộ trình bày báo cáo chuyên đề, trong đó nêu rõ những kết quả "
                "bước đầu, đồng thời chỉ ra một số hạn chế như nội dung sinh hoạt có lúc còn dàn "
                "trải, việc tự phê bình và phê bình chưa thường xuyên."
            ),
            P(
                "Các đảng viên trong chi bộ thảo luận sôi nổi, đề xuất mỗi quý chọn một vấn đề "
                "trọng tâm, gắn với nhiệm vụ chuyên môn của khoa và trách nhiệm nêu gương của từng "
                "đảng viên là giảng viên lý luận chính trị."
            ),
            P(
                "Kết thúc buổi sinh hoạt, chi bộ thống nhất ban hành kế hoạch thực hiện chuyên đề, "
                "phân công cụ thể đến từng đảng viên và đưa kết quả thực hiện vào đánh giá, xếp loại "
                "chất lượng cuối năm."
            ),
            Raw('<div align="right"><b>Khoa Xây dựng Đảng</b></div>'),
        ],
    ),
    Story(
        id=330,
        slug="giai-bong-chuyen-hoi-cong-doan",
        title="Công đoàn Nhà trường tổ chức giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam",
        cat="2",
        published_at="2026-11-06T15:20:00+07:00",
        authors=["Trần Minh Đức"],
        photographers=["Lê Văn Tâm"],
        opts={"updated": "06/11/2026 15:20", "poster": "quantri_tct", "thumb": "files/2026/thumb_bongchuyen.jpg"},
        blocks=[
            P(
                "Hưởng ứng các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11, từ ngày 04 đến ngày "
                "06/11, Công đoàn Trường Chính trị tỉnh Hà Tĩnh tổ chức giải bóng chuyền hơi nam nữ "
                "phối hợp năm 2026."
            ),
            P(
                "Giải đấu có 06 đội tham gia, đại diện cho các khoa, phòng trong Nhà trường. Các trận "
                "đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thể thao cao thượng và sự đoàn kết "
                "giữa cán bộ, giảng viên, người lao động."
            ),
            Img(
                "files/2026/bongchuyen-1.jpg",
                "Một pha tranh bóng trong trận chung kết",
                "Một pha tranh bóng trong trận chung kết",
            ),
            P(
                "Kết quả, đội Khoa Lý luận cơ sở giành giải Nhất; giải Nhì thuộc về đội Phòng Quản lý "
                "đào tạo; đồng giải Ba thuộc về đội Khoa Nhà nước và Pháp luật và đội Phòng Tổ chức - "
                "Hành chính."
            ),
            Img(
                "files/2026/bongchuyen-2.jpg",
                "Ban Tổ chức trao giải Nhất cho đội Khoa Lý luận cơ sở",
                "Ban Tổ chức trao giải Nhất cho đội Khoa Lý luận cơ sở",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Trần Minh Đức - Ảnh: Lê Văn Tâm</strong></p>'),
        ],
    ),
    Story(
        id=322,
        slug="lam-viec-doan-hoc-vien-ctqg",
        title="Đoàn công tác Học viện Chính trị quốc gia Hồ Chí Minh làm việc tại Trường Chính trị tỉnh Hà Tĩnh",
        cat="2",
        published_at="2026-10-24T08:00:00+07:00",
        authors=["Hải Yến"],
        source="Báo Hà Tĩnh",
        opts={"updated": "24/10/2026 08:00", "poster": "quantri_tct", "thumb": "files/2026/thumb_doan-hv.jpg"},
        blocks=[
            P(
                "Ngày 23/10, Đoàn công tác Học viện Chính trị quốc gia Hồ Chí Minh do đồng chí Phó "
                "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Hà "
                "Tĩnh về tình hình thực hiện các chương trình đào tạo lý luận chính trị."
            ),
            P(
                "Báo cáo với đoàn công tác, lãnh đạo Nhà trường cho biết, từ đầu năm đến nay Trường "
                "đã mở 12 lớp trung cấp lý luận chính trị, 02 lớp cao cấp lý luận chính trị hệ không "
                "tập trung phối hợp với Học viện Chính trị khu vực I và nhiều lớp bồi dưỡng ngắn hạn."
            ),
            Img(
                "files/2026/doan-hv-ctqg.jpg",
                "(Toàn cảnh buổi làm việc)",
                "Toàn cảnh buổi làm việc",
            ),
            P(
                "Nhà trường kiến nghị Học viện sớm ban hành chương trình khung cập nhật sau khi sắp "
                "xếp tổ chức bộ máy, hỗ trợ bồi dưỡng chuyên sâu cho đội ngũ giảng viên trẻ và tạo "
                "điều kiện để Trường tham gia các đề tài khoa học cấp Bộ."
            ),
            P(
                "Phát biểu kết luận, đồng chí Trưởng đoàn đánh giá cao kết quả Nhà trường đạt được "
                "trong bối cảnh nhiều khó khăn, đề nghị Trường tiếp tục chuẩn hóa đội ngũ, đẩy mạnh "
                "chuyển đổi số trong quản lý đào tạo và xây dựng trường chuẩn mức 1."
            ),
            Raw('<p style="text-align: right;"><strong>Hải Yến</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
        ],
    ),
    Story(
        id=316,
        slug="quan-triet-nghi-quyet-dai-hoi-xx",
        title="Cán bộ, giảng viên học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        cat="2",
        published_at="2026-10-12",
        opts={"updated": "12/10/2026 00:00", "poster": "admin", "nfd": True},
        blocks=[
            P(
                "Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy, Đảng ủy Trường Chính trị tỉnh Hà Tĩnh "
                "tổ chức hội nghị học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại "
                "biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 cho toàn thể cán bộ, đảng viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo viên truyền đạt những nội dung cơ bản của Nghị quyết, trong "
                "đó tập trung vào các mục tiêu, chỉ tiêu chủ yếu, ba đột phá chiến lược và các nhiệm "
                "vụ, giải pháp trọng tâm phát triển tỉnh trong nhiệm kỳ."
            ),
            P("Các nhiệm vụ trọng tâm của Nhà trường sau hội nghị:", style="h"),
            P("Cập nhật nội dung Nghị quyết vào các bài giảng phần thực tiễn địa phương.", style="li"),
            P("Tổ chức các cuộc tọa đàm khoa học về ba đột phá chiến lược của tỉnh.", style="li"),
            P("Mỗi cán bộ, đảng viên xây dựng kế hoạch hành động cá nhân trước ngày 30/10.", style="li"),
            P(
                "Sau hội nghị, các chi bộ tổ chức thảo luận, xây dựng chương trình hành động cụ thể, "
                "bảo đảm đưa Nghị quyết vào cuộc sống ngay từ những tháng cuối năm 2026."
            ),
            Raw('<p style="text-align: right;"><b>BBT</b></p>'),
        ],
    ),
    Story(
        id=340,
        slug="thong-bao-tuyen-sinh-tccl-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="5",
        published_at="2026-11-30",
        authors=["Võ Thị Minh Nguyệt"],
        opts={"updated": "01/12/2026 16:00", "poster": "phongdaotao", "notice": True},
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
                '<td style="text-align: center;" width="45%">TỈNH ỦY HÀ TĨNH<br /><b>TRƯỜNG CHÍNH TRỊ</b><br />*<br />'
                "Số: 215-TB/TCT</td>"
                '<td style="text-align: center;" valign="top"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br /><br />'
                "<i>Hà Tĩnh, ngày 30 tháng 11 năm 2026</i></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><b>THÔNG BÁO</b><br /><b>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</b></p>'),
            P(
                "Căn cứ kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
                "Chính trị tỉnh Hà Tĩnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không "
                "tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng", style="h"),
            P(
                "Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị, xã, phường trên "
                "địa bàn tỉnh thuộc diện quy hoạch hoặc được cơ quan có thẩm quyền cử đi học."
            ),
            P("2. Hồ sơ dự tuyển", style="h"),
            P("- Quyết định cử đi học của cấp có thẩm quyền;"),
            P("- Bản sao bằng tốt nghiệp trung học phổ thông trở lên;"),
            P("- Bản nhận xét của cấp ủy nơi công tác và 02 ảnh cỡ 3x4."),
            P("3. Thời gian và địa điểm nhận hồ sơ", style="h"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo, Trường Chính trị tỉnh Hà Tĩnh trước ngày "
                "25/12/2026. Dự kiến khai giảng vào tuần đầu tháng 01/2027."
            ),
            Raw(
                '<table border="0" width="100%"><tbody><tr><td valign="top" width="50%">'
                "<b><i>Nơi nhận:</i></b><br />- Ban Tổ chức Tỉnh ủy;<br />- Các đảng ủy trực thuộc Tỉnh ủy;<br />"
                '- Lưu VT, QLĐT.</td><td style="text-align: center;" valign="top">'
                "<b>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</b><br /><br /><br /><br /><b>Võ Thị Minh Nguyệt</b>"
                "</td></tr></tbody></table>"
            ),
            Raw(
                '<p><img src="images/icon_attach.gif" alt="" /> File đính kèm: '
                '<a href="files/2026/TB-215-tuyen-sinh-TCLLCT-2027.pdf">TB-215-tuyen-sinh-TCLLCT-2027.pdf</a></p>'
            ),
        ],
    ),
    Story(
        id=337,
        slug="be-giang-tcllct-k68",
        title="Bế giảng lớp Trung cấp lý luận chính trị K68 hệ không tập trung",
        cat="5",
        published_at="2026-11-26T10:00:00+07:00",
        authors=["Phan Quốc Việt"],
        photographers=["Phan Quốc Việt"],
        opts={"updated": "26/11/2026 10:00", "poster": "phongdaotao", "thumb": "files/2026/thumb_be-giang-k68.jpg"},
        blocks=[
            P(
                "Sáng 25/11, Trường Chính trị tỉnh Hà Tĩnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp "
                "cho 85 học viên lớp Trung cấp lý luận chính trị K68 hệ không tập trung."
            ),
            P(
                "Sau 10 tháng học tập, các học viên đã hoàn thành chương trình gồm 05 phần học với "
                "21 học phần, đi nghiên cứu thực tế tại huyện Cẩm Xuyên cũ và viết tiểu luận tốt "
                "nghiệp. Kết quả học tập toàn khóa như sau:"
            ),
            P("Xếp loại | Số học viên | Tỷ lệ (%)", style="row"),
            P("Giỏi | 18 | 21,2", style="row"),
            P("Khá | 61 | 71,8", style="row"),
            P("Trung bình | 6 | 7,0", style="row"),
            Img(
                "files/2026/be-giang-k68.jpg",
                "Lãnh đạo Nhà trường trao giấy khen cho các học viên đạt thành tích xuất sắc",
                "Lãnh đạo Nhà trường trao giấy khen cho các học viên đạt thành tích xuất sắc",
                style="table",
            ),
            P(
                "Phát biểu bế giảng, đồng chí Phó Hiệu trưởng Võ Thị Minh Nguyệt chúc mừng các học viên, "
                "đề nghị mỗi đồng chí vận dụng kiến thức được trang bị vào thực tiễn công tác tại "
                "địa phương, đơn vị."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Phan Quốc Việt</strong></p>'),
        ],
    ),
    Story(
        id=333,
        slug="khai-giang-kiem-tra-giam-sat",
        title="Khai giảng lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng năm 2026",
        cat="5",
        published_at="2026-11-13T14:00:00+07:00",
        summary=(
            "Chiều 13/11, Trường Chính trị tỉnh Hà Tĩnh phối hợp với Ủy ban Kiểm tra Tỉnh ủy khai "
            "giảng lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát cho 96 học viên là ủy viên "
            "ủy ban kiểm tra đảng ủy các xã, phường."
        ),
        sapo_outside=True,
        authors=["Lê Thị Hương Giang"],
        opts={
            "updated": "27/11/2026 10:20",
            "posted": "13/11/2026 14:00",
            "poster": "huonggiang",
            "thumb": "files/2026/thumb_kgiang-ktgs.jpg",
        },
        blocks=[
            P(
                "Trong thời gian 05 ngày, học viên được nghiên cứu các chuyên đề: những vấn đề chung "
                "về công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng; kỹ năng kiểm tra khi "
                "có dấu hiệu vi phạm; giám sát chuyên đề; giải quyết tố cáo, khiếu nại kỷ luật đảng."
            ),
            Img(
                "files/2026/kgiang-ktgs.jpg",
                "Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu tại lễ khai giảng",
                "Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu tại lễ khai giảng",
            ),
            P(
                "Điểm mới của lớp học năm nay là dành một ngày cho thực hành nghiệp vụ: học viên "
                "chia nhóm xây dựng kế hoạch, lập hồ sơ một cuộc kiểm tra giả định và báo cáo trước "
                "lớp dưới sự hướng dẫn của cán bộ Ủy ban Kiểm tra Tỉnh ủy."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy đề nghị học viên "
                "nghiêm túc chấp hành nội quy, chủ động trao đổi những vướng mắc trong thực tiễn để "
                "lớp học thực sự bổ ích."
            ),
            Raw('<p style="text-align: right;"><strong>Lê Thị Hương Giang</strong></p>'),
        ],
    ),
    Story(
        id=327,
        slug="nghien-cuu-thuc-te-vung-ang",
        title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại Khu kinh tế Vũng Áng",
        cat="5",
        published_at="2026-11-03T09:30:00+07:00",
        authors=["Phan Quốc Việt"],
        photographers=["Phan Quốc Việt"],
        opts={"updated": "03/11/2026 09:30", "poster": "phongdaotao", "thumb": "files/2026/thumb_vung-ang.jpg"},
        blocks=[
            P(
                "Từ ngày 30/10 đến 01/11, 72 học viên lớp Cao cấp lý luận chính trị hệ không tập "
                "trung mở tại Trường Chính trị tỉnh Hà Tĩnh đã đi nghiên cứu thực tế tại Khu kinh tế "
                "Vũng Áng và phường Kỳ Anh."
            ),
            Img(
                "files/2026/vung-ang-1.jpg",
                "(Đoàn học viên làm việc với Ban Quản lý Khu kinh tế tỉnh)",
                "Đoàn học viên làm việc với Ban Quản lý Khu kinh tế tỉnh",
            ),
            P(
                "Tại buổi làm việc, đại diện Ban Quản lý Khu kinh tế tỉnh giới thiệu quá trình hình "
                "thành, phát triển khu kinh tế; kết quả thu hút đầu tư, giải quyết việc làm và những "
                "định hướng phát triển công nghiệp, cảng biển, năng lượng trong thời gian tới."
            ),
            P(
                "Đoàn đã tham quan cảng nước sâu Sơn Dương, tìm hiểu công tác bảo vệ môi trường "
                "biển và việc thực hiện chính sách đối với người dân vùng tái định cư."
            ),
            Img(
                "files/2026/vung-ang-2.jpg",
                "(Học viên tìm hiểu hoạt động tại cảng Sơn Dương)",
                "Học viên tìm hiểu hoạt động tại cảng Sơn Dương",
            ),
            P(
                "Chuyến đi giúp học viên có thêm tư liệu thực tiễn để hoàn thành tiểu luận cuối khóa, "
                "đồng thời hiểu sâu hơn về tiềm năng, lợi thế và các vấn đề đặt ra đối với phát triển "
                "kinh tế - xã hội của tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Quốc Việt</strong></p>'),
        ],
    ),
    Story(
        id=339,
        slug="phuong-phap-day-hoc-tich-cuc",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị hiện nay",
        cat="8",
        published_at="2026-11-30T20:05:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu có tính quy luật để nâng cao chất lượng đào "
            "tạo, bồi dưỡng lý luận chính trị. Bài viết trao đổi một số kinh nghiệm vận dụng phương "
            "pháp dạy học tích cực tại Trường Chính trị tỉnh Hà Tĩnh."
        ),
        authors=["Phan Thị Lan"],
        opts={"updated": "30/11/2026 20:05", "poster": "quantri_tct"},
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu có tính quy luật để nâng cao chất lượng đào "
                "tạo, bồi dưỡng lý luận chính trị. Bài viết trao đổi một số kinh nghiệm vận dụng phương "
                "pháp dạy học tích cực tại Trường Chính trị tỉnh Hà Tĩnh.",
                style="lead",
            ),
            P("1. Sự cần thiết của phương pháp dạy học tích cực", style="h"),
            P(
                "Học viên của trường chính trị là cán bộ đã có kinh nghiệm thực tiễn, có khả năng tự "
                "học và nhu cầu giải quyết những vấn đề cụ thể tại cơ quan, địa phương. Lối giảng "
                "thuyết trình một chiều vì vậy dễ gây nhàm chán và hạn chế hiệu quả tiếp thu.[1]"
            ),
            P(
                "Quy định về chuẩn trường chính trị yêu cầu giảng viên dành thời lượng hợp lý cho "
                "thảo luận, xử lý tình huống và liên hệ thực tiễn trong mỗi bài giảng.[2]"
            ),
            P("2. Một số kinh nghiệm vận dụng", style="h"),
            P(
                "Thứ nhất, giảng viên cần thiết kế bài giảng theo hướng nêu vấn đề, đặt câu hỏi gợi "
                "mở ngay từ đầu để học viên suy nghĩ, liên hệ với công việc của mình."
            ),
            P(
                "Thứ hai, tăng cường sử dụng tình huống thực tế của tỉnh, nhất là những vấn đề nảy "
                "sinh sau sắp xếp đơn vị hành chính cấp xã, để học viên thảo luận nhóm và đề xuất "
                "cách giải quyết."
            ),
            P(
                "Thứ ba, kết hợp hài hòa giữa giảng dạy trực tiếp với khai thác học liệu điện tử, "
                "giao nhiệm vụ tự học có kiểm tra, đánh giá cụ thể."
            ),
            P("TÀI LIỆU THAM KHẢO", style="center"),
            P("[1] Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý luận chính trị, Nxb. Lý luận chính trị, Hà Nội, 2021.", style="ref"),
            P("[2] Ban Bí thư: Quy định số 208-QĐ/TW ngày 20/11/2019 về tiêu chuẩn trường chính trị chuẩn.", style="ref"),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phan Thị Lan</strong><br />'
                "<em>Khoa Lý luận cơ sở</em></p>"
            ),
        ],
    ),
    Story(
        id=332,
        slug="sinh-hoat-chi-bo-nong-thon",
        title="Một số giải pháp nâng cao chất lượng sinh hoạt chi bộ ở nông thôn Hà Tĩnh hiện nay",
        cat="8",
        published_at="2026-11-10T08:45:00+07:00",
        authors=["Đặng Văn Hùng"],
        opts={"updated": "10/11/2026 08:45", "poster": "quantri_tct", "entities": 2},
        blocks=[
            Raw(
                '<p style="text-align: left;"><b><i>TS. Đặng Văn Hùng</i></b><br />'
                "<i>Phó Trưởng khoa Xây dựng Đảng</i></p>"
            ),
            P(
                "Chi bộ là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Chất lượng sinh hoạt chi "
                "bộ quyết định trực tiếp đến năng lực lãnh đạo và sức chiến đấu của tổ chức đảng, "
                "nhất là ở các thôn, tổ dân phố vùng nông thôn."
            ),
            P(
                "Thời gian qua, nhiều chi bộ nông thôn ở Hà Tĩnh đã đổi mới nội dung sinh hoạt, gắn "
                "với nhiệm vụ xây dựng nông thôn mới nâng cao, khu dân cư kiểu mẫu. Tuy vậy, vẫn còn "
                "tình trạng sinh hoạt hình thức, nội dung trùng lặp, tỷ lệ đảng viên dự họp chưa cao."
            ),
            P("Từ thực tiễn đó, tác giả đề xuất một số giải pháp:", style="h"),
            P("Nâng cao nhận thức, trách nhiệm của cấp ủy và đảng viên về vị trí, vai trò của sinh hoạt chi bộ.", style="li"),
            P("Chuẩn bị chu đáo nội dung, lựa chọn vấn đề trọng tâm, thiết thực cho mỗi kỳ sinh hoạt.", style="li"),
            P("Phát huy vai trò của bí thư chi bộ trong điều hành, khơi gợi tinh thần dân chủ.", style="li"),
            P("Tăng cường kiểm tra, giám sát, định kỳ đánh giá chất lượng sinh hoạt chi bộ.", style="li"),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần làm cho mỗi kỳ sinh hoạt chi bộ "
                "thực sự là nơi giáo dục, rèn luyện đảng viên và củng cố niềm tin của Nhân dân."
            ),
            Raw(
                '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;border:1px dashed #999;" width="100%">'
                '<tbody><tr><td bgcolor="#f3f3f3"><b>Tin liên quan:</b><br />'
                '- <a href="index.php?act=detail&amp;id=335&amp;cat=2">Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026</a><br />'
                '- <a href="index.php?act=detail&amp;id=339&amp;cat=8">Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị hiện nay</a>'
                "</td></tr></tbody></table>"
            ),
        ],
    ),
    Story(
        id=325,
        slug="tu-phe-binh-va-phe-binh",
        title="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tự phê bình và phê bình",
        cat="8",
        published_at="2026-10-29T15:00:00+07:00",
        authors=["Hoàng Anh"],
        source="Tạp chí Cộng sản",
        opts={"updated": "29/10/2026 15:00", "poster": "quantri_tct"},
        blocks=[
            P(
                "Tự phê bình và phê bình là quy luật phát triển của Đảng, là vũ khí sắc bén để mỗi "
                "cán bộ, đảng viên tự soi, tự sửa. Chủ tịch Hồ Chí Minh đặc biệt coi trọng nguyên tắc "
                "này trong xây dựng Đảng.",
                style="div",
            ),
            P("Người từng căn dặn:", style="div"),
            P(
                "“Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng có gan thừa "
                "nhận khuyết điểm của mình, vạch rõ những cái đó, vì đâu mà có khuyết điểm đó, xét "
                "rõ hoàn cảnh sinh ra khuyết điểm đó, rồi tìm kiếm mọi cách để sửa chữa khuyết điểm "
                "đó. Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính”.",
                style="quote",
            ),
            P(
                "Theo Người, tự phê bình và phê bình phải thường xuyên như người ta rửa mặt hằng ngày; "
                "phải thật thà, chân thành, “không nể nang, không giấu giếm, không thêm bớt”.",
                style="div",
            ),
            P(
                "Học tập và làm theo Bác, mỗi cán bộ, giảng viên Nhà trường cần thẳng thắn nhìn nhận "
                "hạn chế của bản thân, lắng nghe góp ý của đồng nghiệp và học viên, coi đó là động "
                "lực để hoàn thiện mình.",
                style="div",
            ),
            Raw('<div style="text-align: right;"><b>Hoàng Anh (tổng hợp)</b></div>'),
            Raw('<div style="text-align: right;"><i>Theo Tạp chí Cộng sản</i></div>'),
        ],
    ),
]

BY_ID = {s.id: s for s in STORIES}

DELETED_ID = 87  # still in the cached "Tin xem nhiều" box, gone from the database
MOST_READ = [338, 330, DELETED_ID, 337, 333]
MOST_READ_TITLES = {DELETED_ID: "Hội nghị cán bộ, viên chức, người lao động năm 2026"}


def _key(stamp: str) -> str:
    """'02/12/2026 08:30' -> '2026-12-02 08:30', sortable."""
    day, hm = stamp.split()
    d, m, y = day.split("/")
    return f"{y}-{m}-{d} {hm}"


def in_cat(cat: str) -> list[Story]:
    """The category's articles as the vendor lists them: by the update stamp, newest first."""
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: _key(s.opts["updated"]), reverse=True)


def latest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: _key(s.opts["updated"]), reverse=True)[:n]


# the three link forms of one article
def url_list(s: Story) -> str:
    """How listings and "Các tin đã đưa" print it (the canonical form)."""
    return f"index.php?act=detail&amp;id={s.id}&amp;cat={s.cat}"


def url_home(s: Story) -> str:
    """How the home page's category blocks print it (another template, parameters swapped)."""
    return f"index.php?act=detail&amp;cat={s.cat}&amp;id={s.id}"


def url_bare(s_id: int) -> str:
    """How the ticker and the most-read box print it (no cat: the script looks it up)."""
    return f"index.php?act=detail&amp;id={s_id}"


def short(title: str, n: int = 62) -> str:
    """The vendor's cut of long titles in listings (cut_string($str, 62) . '...')."""
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


def teaser(s: Story, n: int = 190) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return short(first, n)


# --- article text ---------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=int(s.opts.get("entities", 0)))


def _img(s: Story, img: Img) -> str:
    if img.style == "table":
        out = (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody>'
            f'<tr><td><img alt="" border="0" src="{esc(img.src)}" width="500" /></td></tr>'
        )
        if img.printed:
            out += (
                '<tr><td style="text-align: center; background-color: #eeeeee;">'
                f'<span style="font-size: 12px;"><em>{_t(s, img.printed)}</em></span></td></tr>'
            )
        return out + "</tbody></table>"
    out = f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" style="width: 480px; height: 320px;" /></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{_t(s, img.printed)}</em></p>'
    return out


def _para(s: Story, p: P) -> str:
    t = _t(s, p.text)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "center":
        return f'<p style="text-align: center;"><b>{t}</b></p>'
    if p.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if p.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if p.style == "ref":
        return f'<p style="margin-left: 20px; font-size: 13px;">{t}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def body_html(s: Story) -> str:
    """The text as the editor stored it (what sits inside the <font> tag)."""
    if s.opts.get("mode") == "br":
        parts = []
        for b in s.blocks:
            if isinstance(b, P):
                parts.append(_t(s, b.text) + "<br />\n<br />")
            elif isinstance(b, Img):
                parts.append(_img(s, b))
            else:
                parts.append(b.html)
        return "\n".join(parts)
    out: list[str] = []
    group = ""
    for b in s.blocks:
        kind = b.style if isinstance(b, P) and b.style in ("li", "row") else ""
        if group and kind != group:
            out.append("</ul>" if group == "li" else "</tbody></table>")
        if kind and kind != group:
            out.append(
                "<ul>"
                if kind == "li"
                else '<table align="center" border="1" cellpadding="3" cellspacing="0" '
                'style="border-collapse: collapse;" width="80%"><tbody>'
            )
        group = kind
        if kind == "li":
            out.append(f"<li>{_t(s, b.text)}</li>")
        elif kind == "row":
            cells = "".join(f'<td style="text-align: center;">{_t(s, c)}</td>' for c in b.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
        elif isinstance(b, P):
            out.append(_para(s, b))
        elif isinstance(b, Img):
            out.append(_img(s, b))
        else:
            out.append(b.html)
    if group:
        out.append("</ul>" if group == "li" else "</tbody></table>")
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

MENU_INTRO = [("index.php?act=page&amp;id=1", "Lịch sử hình thành"), ("index.php?act=page&amp;id=2", "Cơ cấu tổ chức")]
VANBAN = {
    41: ("Số: 1250-QĐ/TU", "18/11/2026", "Quyết định về việc ban hành Quy chế tổ chức và hoạt động của Trường Chính trị tỉnh Hà Tĩnh", "QD-1250-quy-che-TCT.pdf"),
    39: ("Số: 198-KH/TCT", "02/11/2026", "Kế hoạch mở lớp năm 2027 của Trường Chính trị tỉnh Hà Tĩnh", "KH-198-mo-lop-2027.pdf"),
}
PAGES = {
    1: (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Hà Tĩnh được thành lập năm 1991 trên cơ sở hợp nhất Trường Đảng tỉnh, Trường Hành chính và Trường Đoàn thể sau khi tái lập tỉnh Hà Tĩnh.",
            "Qua hơn 35 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, công chức, viên chức của tỉnh; được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật; Khoa Dân vận.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa học và Thông tin tư liệu.",
        ],
    ),
}


def _menu() -> str:
    intro = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU_INTRO)
    cats = "".join(
        f'<li><a href="index.php?act=list&amp;cat={c}">{upper}</a></li>' for c, (_, upper) in CATS.items()
    )
    return (
        '<div id="smoothmenu1" class="ddsmoothmenu" style="background:#b30000;height:32px;"><ul>'
        '<li><a href="index.php">TRANG CHỦ</a></li>'
        f'<li><a href="index.php?act=page&amp;id=1">GIỚI THIỆU</a><ul>{intro}</ul></li>'
        f"{cats}"
        '<li><a href="index.php?act=vanban">VĂN BẢN</a></li>'
        '<li><a href="index.php?act=album">THƯ VIỆN ẢNH</a></li>'
        '<li><a href="index.php?act=lienhe">LIÊN HỆ</a></li>'
        "</ul><br style=\"clear: left\" /></div>"
    )


def _ticker() -> str:
    items = " &nbsp;&nbsp; ".join(
        f'<img src="images/icon_new.gif" alt="" /> <a href="{url_bare(s.id)}" class="lk_chay">{esc(s.title)}</a> '
        f'<span style="color:#888">({s.opts["updated"][:5]})</span>'
        for s in latest(5)
    )
    return (
        '<div id="tinmoi_chay" style="border:1px solid #e0c08a;background:#fff8e6;height:26px;">'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td width="70" style="color:#b30000;font-weight:bold;padding-left:5px">Tin mới:</td>'
        f'<td><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">{items}</marquee></td>'
        '<td width="230" align="right"><form name="frmTimKiem" action="index.php" method="get" style="margin:0">'
        '<input type="hidden" name="act" value="search" /><input type="text" name="tukhoa" size="18" '
        'value="Nhập từ khóa..." onfocus="if(this.value==\'Nhập từ khóa...\')this.value=\'\'" />'
        '<input type="submit" value="Tìm" class="nut" /></form></td></tr></table></div>'
    )


def _left(current_cat: str | None) -> str:
    cats = "".join(
        f'<tr><td class="{"mnu_chon" if c == current_cat else "mnu_trai"}"><img src="images/mui_ten.gif" alt="" /> '
        f'<a href="index.php?act=list&amp;cat={c}">{name}</a></td></tr>'
        for c, (name, _) in CATS.items()
    )
    return (
        '<div class="khoi_trai"><div class="tde_khoi_trai">DANH MỤC</div>'
        f'<table width="100%" cellpadding="4" cellspacing="0">{cats}</table></div>'
        '<div class="khoi_trai"><div class="tde_khoi_trai">VĂN BẢN MỚI</div><ul class="ds_vb">'
        + "".join(
            f'<li><a href="index.php?act=vanban&amp;id={vid}">{esc(so)} - {esc(ty[:48])}...</a></li>'
            for vid, (so, _, ty, _) in VANBAN.items()
        )
        + "</ul></div>"
        '<div class="khoi_trai"><div class="tde_khoi_trai">LIÊN KẾT WEBSITE</div>'
        '<select style="width:190px" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">-- Chọn website --</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="https://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option></select></div>'
        '<div class="khoi_trai"><div class="tde_khoi_trai">THỐNG KÊ TRUY CẬP</div>'
        '<table width="100%" style="font-size:12px"><tr><td>Đang online:</td><td align="right">17</td></tr>'
        '<tr><td>Hôm nay:</td><td align="right">402</td></tr>'
        '<tr><td>Tổng truy cập:</td><td align="right">1.284.517</td></tr></table></div>'
    )


def _right() -> str:
    items = []
    for sid in MOST_READ:
        title = BY_ID[sid].title if sid in BY_ID else MOST_READ_TITLES[sid]
        items.append(f'<li><a href="{url_bare(sid)}">{esc(title)}</a></li>')
    return (
        '<div class="khoi_phai"><div class="tde_khoi_phai">TIN XEM NHIỀU</div>'
        f'<ul class="xemnhieu">{"".join(items)}</ul></div>'
        '<div class="khoi_phai"><div class="tde_khoi_phai">THĂM DÒ Ý KIẾN</div>'
        '<form name="frmBinhChon" method="post" action="index.php?act=binhchon">'
        "<b>Bạn quan tâm nội dung nào trên website?</b><br />"
        '<input type="radio" name="phuongan" value="1" /> Tin hoạt động<br />'
        '<input type="radio" name="phuongan" value="2" /> Thông báo tuyển sinh<br />'
        '<input type="radio" name="phuongan" value="3" /> Bài nghiên cứu, trao đổi<br />'
        '<input type="submit" value="Bình chọn" class="nut" /></form></div>'
        '<div class="khoi_phai">'
        '<a href="https://hatinh.gov.vn" target="_blank"><img src="images/qc/cong-ttdt-hatinh.jpg" width="190" alt="Cổng TTĐT Hà Tĩnh" /></a>'
        '<a href="https://dichvucong.gov.vn" target="_blank"><img src="images/qc/dvc-quocgia.jpg" width="190" alt="Dịch vụ công" /></a>'
        "</div>"
    )


def page(title: str, main: str, current_cat: str | None = None, *, raw_title: str | None = None) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{raw_title or esc(title)}</title>
<meta name="keywords" content="truong chinh tri ha tinh, dao tao ly luan chinh tri, trung cap ly luan chinh tri" />
<meta name="description" content="Website Trường Chính trị tỉnh Hà Tĩnh" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link href="css/ddsmoothmenu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/ddsmoothmenu.js"></script>
<script type="text/javascript">
ddsmoothmenu.init({{ mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup" }});
function popup(url) {{ window.open(url, 'cuaso', 'width=720,height=600,scrollbars=yes'); }}
function zoom(n) {{ var s = parseInt($('#noidung_ct').css('font-size')); $('#noidung_ct').css('font-size', (s + n) + 'px'); }}
</script>
</head>
<body style="margin:0;background:#f0e6d2 url(images/bg_body.jpg) repeat-x;">
<a name="top"></a>
<div id="wrapper" style="width:1000px;margin:0 auto;background:#ffffff;">
<div id="top_bar" style="background:#8b0000;color:#fff;font-size:12px;height:28px;">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="ngay_ht" style="padding-left:8px">{HEADER_DAY}</td>
<td align="right" style="padding-right:8px">
<form name="frmDangNhap" method="post" action="index.php?act=login" style="margin:0;display:inline">
Tài khoản: <input type="text" name="txtUser" size="10" /> Mật khẩu: <input type="password" name="txtPass" size="10" />
<input type="submit" value="Đăng nhập" class="nut" /></form>
| <a href="sso.php?returnUrl=index.php" style="color:#ffd700">Đăng nhập SSO</a>
| <a href="https://mail.hatinh.gov.vn" target="_blank" style="color:#fff">Thư công vụ</a>
| <a href="https://qlvb.hatinh.gov.vn" target="_blank" style="color:#fff">QLVB điều hành</a>
</td></tr></table></div>
<div id="banner"><a href="index.php"><img src="images/banner_tct.jpg" width="1000" height="160" alt="Trường Chính trị tỉnh Hà Tĩnh" border="0" /></a></div>
{_menu()}
{_ticker()}
<table id="khung" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="cot_trai" width="210" valign="top" style="background:#faf5ea">{_left(current_cat)}</td>
<td id="cot_giua" valign="top" style="padding:6px 8px">{main}</td>
<td id="cot_phai" width="200" valign="top" style="background:#faf5ea">{_right()}</td>
</tr></table>
<div id="footer" style="background:#8b0000;color:#fff;text-align:center;font-size:12px;padding:8px">
<b>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</b><br />
Địa chỉ: Số 128 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3855.126 - Fax: 0239.3855.127 - Email: truongchinhtri@hatinh.gov.vn<br />
Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông Hà Tĩnh cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
Thiết kế bởi Công ty TNHH Tin học Hồng Lam
</div>
</div>
</body>
</html>"""


def _crumb(*parts: tuple[str | None, str]) -> str:
    links = ['<a href="index.php">Trang chủ</a>']
    for href, label in parts:
        links.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return (
        '<div class="dd_dan" style="font-size:12px;color:#666;padding:4px 0;border-bottom:1px dotted #ccc">'
        '<img src="images/home_icon.gif" alt="" /> ' + " &raquo; ".join(links) + "</div>"
    )


def _box(title: str, inner: str) -> str:
    return (
        '<div class="khoi_giua"><table width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td class="tde_khoi_giua" style="background:url(images/bg_tde.gif);color:#b30000;font-weight:bold;height:28px;padding-left:8px">{title}</td></tr>'
        f'<tr><td style="padding:6px">{inner}</td></tr></table></div>'
    )


# --- pages ----------------------------------------------------------------------------------


def home() -> str:
    blocks = []
    for c, (_name, upper) in CATS.items():
        items = in_cat(c)[:3]
        first, rest = items[0], items[1:]
        thumb = first.opts.get("thumb", "images/no_image.jpg")
        inner = (
            '<table width="100%" cellpadding="3"><tr>'
            f'<td width="130" valign="top"><a href="{url_home(first)}"><img src="{thumb}" width="120" height="85" border="0" alt="" /></a></td>'
            f'<td valign="top"><a href="{url_home(first)}" class="tde_tin_dau"><b>{esc(first.title)}</b></a>'
            f' <span class="ngay">({first.opts["updated"]})</span><br />{esc(teaser(first))}</td></tr></table>'
            '<ul class="tin_khac">'
            + "".join(
                f'<li><a href="{url_home(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["updated"][:10]})</span></li>'
                for s in rest
            )
            + "</ul>"
            f'<div align="right"><a href="index.php?act=list&amp;cat={c}" class="xemtiep">Xem tiếp &raquo;</a></div>'
        )
        blocks.append(_box(f'<a href="index.php?act=list&amp;cat={c}" style="color:#b30000">{upper}</a>', inner))
    album = _box(
        "THƯ VIỆN ẢNH",
        '<a href="index.php?act=album&amp;id=6"><img src="files/2026/album/thumb_album6.jpg" width="160" alt="" /></a> '
        '<a href="index.php?act=album">Xem tất cả album &raquo;</a>',
    )
    return page(f"{SITE_TITLE} - Trang chủ", "".join(blocks) + album)


def listing(cat: str, p: int) -> str:
    name, _ = CATS[cat]
    items = in_cat(cat)
    chunk = items[(p - 1) * PAGE_SIZE : p * PAGE_SIZE]
    if chunk:
        rows = []
        for s in chunk:
            thumb = s.opts.get("thumb")
            pic = (
                f'<td width="110" valign="top"><a href="{url_list(s)}"><img src="{thumb}" width="100" height="70" border="0" alt="" /></a></td>'
                if thumb
                else '<td width="110" valign="top"><img src="images/no_image.jpg" width="100" height="70" alt="" /></td>'
            )
            rows.append(
                f'<tr>{pic}<td valign="top" style="border-bottom:1px dotted #ccc">'
                f'<a href="{url_list(s)}" class="tde_ds" title="{esc(s.title)}"><b>{esc(short(s.title))}</b></a> '
                f'<span class="ngay_ds">({s.opts["updated"]})</span><br />'
                f'<span class="tomtat_ds">{esc(teaser(s))}</span></td></tr>'
            )
        inner = '<table width="100%" cellpadding="4" cellspacing="0">' + "".join(rows) + "</table>"
    else:
        inner = '<div style="padding:20px;text-align:center;color:#b30000">Chưa có tin trong chuyên mục này!</div>'
    nav = []
    if p > 1:
        nav.append(f'<a href="?act=list&amp;cat={cat}&amp;p={p - 1}">&laquo; Trang trước</a>')
    # the vendor's test: a full page means there is more (wrong when the count is a multiple)
    if len(chunk) == PAGE_SIZE:
        nav.append(f'<a href="?act=list&amp;cat={cat}&amp;p={p + 1}" class="xemtiep">Xem tiếp &raquo;</a>')
    inner += '<div align="right" style="padding:6px">' + " | ".join(nav) + "</div>"
    crumb = _crumb((f"index.php?act=list&amp;cat={cat}", name))
    return page(f"{name} - {SITE_TITLE}", crumb + _box(CATS[cat][1], inner), cat)


def article(s: Story) -> str:
    name, upper = CATS[s.cat]
    crumb = _crumb((f"index.php?act=list&amp;cat={s.cat}", name))
    title = _t(s, s.title)
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<tr><td class="tomtat_ct" style="padding:6px 0;font-weight:bold;text-align:justify">{_t(s, s.summary)}</td></tr>'
    posted = f' - Ngày đăng: {s.opts["posted"]}' if s.opts.get("posted") else ""
    others = [o for o in in_cat(s.cat) if o.id != s.id][:3]
    others_html = "".join(
        f'<li><img src="images/mui_ten.gif" alt="" /> <a href="{url_list(o)}">{esc(o.title)}</a> '
        f'<span class="ngay">({o.opts["updated"][:10]})</span></li>'
        for o in others
    )
    main = f"""{crumb}
<div id="chitiet_tin">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tde_ct" style="padding:8px 0 4px 0"><span style="font-size:17px;font-weight:bold;color:#0054a6;font-family:Arial">{title}</span></td></tr>
<tr><td class="ngay_ct" style="font-size:11px;color:#777;padding-bottom:4px"><i>(Cập nhật: {s.opts["updated"]})</i>
&nbsp;&nbsp; Cỡ chữ: <a href="javascript:zoom(1)">A+</a> <a href="javascript:zoom(-1)">A-</a>
&nbsp;&nbsp; Lượt xem: {s.views()}</td></tr>
{sapo}
<tr><td id="noidung_ct" class="nd_ct" style="text-align:justify;line-height:150%;font-size:14px">
<font face="Times New Roman" size="3">
{body_html(s)}
</font>
<div class="nguoidang" align="right" style="font-size:11px;color:#777;padding-top:6px">Người đăng: {s.opts["poster"]}{posted}</div>
<div class="congcu" align="right" style="font-size:12px;padding:6px 0;border-top:1px solid #ddd">
<img src="images/icon_print.gif" alt="" /> <a href="#" onclick="popup('print.php?id={s.id}'); return false;">In trang</a> |
<img src="images/icon_mail.gif" alt="" /> <a href="#" onclick="popup('index.php?act=guibai&amp;id={s.id}'); return false;">Gửi bạn bè</a> |
<img src="images/icon_top.gif" alt="" /> <a href="#top">Về đầu trang</a></div>
</td></tr>
</table>
</div>
<div class="tin_da_dua" style="margin-top:10px">
<div style="font-weight:bold;color:#b30000;border-bottom:2px solid #b30000;padding:3px 0">Các tin đã đưa</div>
<ul style="list-style:none;padding-left:4px">{others_html}</ul>
</div>"""
    return page(s.title, main, s.cat, raw_title=f"{_t(s, s.title)} - {esc(upper)}")


def missing_article() -> str:
    main = _crumb((None, "Chi tiết tin")) + (
        '<div style="padding:30px;text-align:center;color:#b30000;font-weight:bold">'
        "Tin này không tồn tại hoặc đã bị xóa!<br /><a href=\"index.php\">Quay về trang chủ</a></div>"
    )
    return page(SITE_TITLE, main)


def print_page(request: Request, s: Story) -> str:
    sapo = f"<p><b>{_t(s, s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    posted = f' - Ngày đăng: {s.opts["posted"]}' if s.opts.get("posted") else ""
    link = f"{base_url(request)}/index.php?act=detail&amp;id={s.id}&amp;cat={s.cat}"
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_t(s, s.title)}</title><link href="css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()" style="font-family:'Times New Roman';width:680px;margin:10px auto">
<table width="100%"><tr><td><img src="images/logo_tct.png" alt="" height="50" /></td>
<td><b>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</b><br />Website: {base_url(request)}</td></tr></table><hr />
<h3 style="font-size:18px">{_t(s, s.title)}</h3>
<i>(Cập nhật: {s.opts["updated"]})</i>
{sapo}
{body_html(s)}
<p align="right" style="font-size:11px">Người đăng: {s.opts["poster"]}{posted}</p>
<hr /><small>Địa chỉ bài viết: {link}</small><br />
<a href="javascript:window.close()">[Đóng cửa sổ]</a>
</body></html>"""


def guibai(s: Story) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Gửi bài viết cho bạn bè</title></head><body style="font-family:Arial;font-size:12px">
<form method="post" action="index.php?act=guibai&amp;id={s.id}">
<b>Gửi bài viết:</b> {esc(s.title)}<br />
Email của bạn: <input name="email_gui" /><br />Email người nhận: <input name="email_nhan" /><br />
Lời nhắn: <textarea name="loinhan" rows="4" cols="40"></textarea><br />
<input type="submit" value="Gửi" /> <input type="button" value="Đóng" onclick="window.close()" />
</form></body></html>"""


def static_page(pid: int) -> str:
    title, paras = PAGES[pid]
    inner = "".join(f'<p style="text-align:justify">{esc(x)}</p>' for x in paras)
    crumb = _crumb(("index.php?act=page&amp;id=1", "Giới thiệu"), (None, title))
    return page(f"{title} - {SITE_TITLE}", crumb + _box(title.upper(), inner))


def contact() -> str:
    inner = (
        "<p><b>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</b></p>"
        "<p>Địa chỉ: Số 128 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239.3855.126 - Email: truongchinhtri@hatinh.gov.vn</p>"
        '<form method="post" action="index.php?act=lienhe"><table>'
        '<tr><td>Họ tên:</td><td><input name="hoten" size="40" /></td></tr>'
        '<tr><td>Email:</td><td><input name="email" size="40" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="45"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi liên hệ" /></td></tr></table></form>'
    )
    return page(f"Liên hệ - {SITE_TITLE}", _crumb((None, "Liên hệ")) + _box("LIÊN HỆ", inner))


def vanban_list() -> str:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="index.php?act=vanban&amp;id={vid}">{esc(ty)}</a></td></tr>'
        for vid, (so, ngay, ty, _) in VANBAN.items()
    )
    inner = (
        '<table width="100%" border="1" cellpadding="4" style="border-collapse:collapse">'
        f"<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"
    )
    return page(f"Văn bản - {SITE_TITLE}", _crumb((None, "Văn bản")) + _box("VĂN BẢN", inner))


def vanban(vid: int) -> str:
    so, ngay, ty, fname = VANBAN[vid]
    inner = (
        '<table width="100%" border="1" cellpadding="5" style="border-collapse:collapse">'
        f"<tr><td width=\"150\"><b>Số/Ký hiệu</b></td><td>{esc(so)}</td></tr>"
        f"<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(ty)}</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Tỉnh ủy Hà Tĩnh</td></tr>"
        f'<tr><td><b>File</b></td><td><a href="files/2026/{fname}"><img src="images/icon_pdf.gif" alt="" /> {fname}</a></td></tr>'
        "</table>"
    )
    crumb = _crumb(("index.php?act=vanban", "Văn bản"), (None, so))
    return page(f"{ty} - {SITE_TITLE}", crumb + _box("CHI TIẾT VĂN BẢN", inner))


def album_list() -> str:
    inner = (
        '<table><tr><td align="center"><a href="index.php?act=album&amp;id=6">'
        '<img src="files/2026/album/thumb_album6.jpg" width="160" alt="" /><br />'
        "Hình ảnh Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></td></tr></table>"
    )
    return page(f"Thư viện ảnh - {SITE_TITLE}", _crumb((None, "Thư viện ảnh")) + _box("THƯ VIỆN ẢNH", inner))


def album() -> str:
    pics = "".join(
        f'<a href="files/2026/album/a6_{i}.jpg" rel="lightbox[a6]"><img src="files/2026/album/a6_{i}_t.jpg" width="150" alt="" /></a> '
        for i in range(1, 7)
    )
    crumb = _crumb(("index.php?act=album", "Thư viện ảnh"), (None, "Album"))
    inner = f"<b>Hình ảnh Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</b> (6 ảnh)<br />{pics}"
    return page(f"Hình ảnh Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 - {SITE_TITLE}", crumb + _box("THƯ VIỆN ẢNH", inner))


def message(title: str, msg: str) -> str:
    return page(f"{title} - {SITE_TITLE}", _crumb((None, title)) + _box(title.upper(), f'<p style="color:#b30000">{msg}</p>'))


# --- the site -------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self._index(request)
        if path == "/print.php":
            s = BY_ID.get(_int(request.params.get("id")) or 0)
            return html(print_page(request, s)) if s else html(message("Thông báo", "Không tìm thấy bài viết!"))
        if path == "/sso.php":
            back = quote(base_url(request) + "/" + request.params.get("returnUrl", "index.php"), safe="")
            return redirect(f"https://sso.hatinh.gov.vn/cas/login?service={back}")
        if path.startswith("/files/") and path.lower().endswith((".pdf", ".doc", ".docx")):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/files/", "/images/", "/js/", "/css/")) or path == "/favicon.ico":
            return static_file(path)
        return None

    def _index(self, request: Request) -> Response | None:
        q = request.params
        act = q.get("act", "")
        if act == "":
            return html(home()) if set(q) <= {"act"} else None
        if act == "list":
            cat = q.get("cat", "")
            if cat not in CATS:
                return None
            p = max(_int(q.get("p")) or 1, 1)
            return html(listing(cat, p))
        if act == "detail":
            s = BY_ID.get(_int(q.get("id")) or 0)
            if s is None or ("cat" in q and q["cat"] != s.cat):
                return html(missing_article())  # the vendor's 200 "not found"
            return html(article(s))
        if act == "guibai":
            s = BY_ID.get(_int(q.get("id")) or 0)
            return html(guibai(s)) if s else None
        if act == "page" and _int(q.get("id")) in PAGES:
            return html(static_page(_int(q.get("id")) or 0))
        if act == "lienhe":
            return html(contact())
        if act == "vanban":
            if "id" not in q:
                return html(vanban_list())
            return html(vanban(_int(q["id"]) or 0)) if _int(q["id"]) in VANBAN else None
        if act == "album":
            if "id" not in q:
                return html(album_list())
            return html(album()) if q["id"] == "6" else None
        if act == "search":
            return html(message("Tìm kiếm", "Vui lòng nhập từ khóa cần tìm (ít nhất 2 ký tự)!"))
        if act == "login":
            return html(message("Đăng nhập", "Sai tên đăng nhập hoặc mật khẩu!"))
        if act == "binhchon":
            return html(message("Thăm dò ý kiến", "Cảm ơn bạn đã tham gia bình chọn!"))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    canonical = f"/index.php?act=detail&id={s.id}&cat={s.cat}"
    alts = [
        f"/index.php?act=detail&cat={s.cat}&id={s.id}",
        f"/index.php?act=detail&id={s.id}",
        f"/print.php?id={s.id}",
    ]
    return gold_record(s, canonical, CATS[s.cat][0], canonical_path=canonical, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.php?act=page&id=1",
    "/index.php?act=page&id=2",
    "/index.php?act=lienhe",
    "/index.php?act=vanban&id=41",
    "/index.php?act=vanban&id=39",
    "/index.php?act=album&id=6",
]
