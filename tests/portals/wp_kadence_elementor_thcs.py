"""Trường THCS Chu Văn An (TP. Buôn Ma Thuột, Đắk Lắk): WordPress 6 + Kadence + Elementor Pro.

Platform
--------
WordPress 6.6 with the Kadence theme, every public template replaced by Elementor Pro's Theme
Builder (single-post template id 412, archive template id 530), the "Essential Addons for
Elementor" post grid on the home page and in the sidebars, Yoast SEO (breadcrumbs, canonical,
JSON-LD graph, sitemaps) and WP Rocket's lazy-load. Built by a freelance designer: numbered
Elementor ids (``elementor-element-3f8a2c1``) everywhere, a few hand classes with Vietnamese
abbreviations (``cva-capnhat``, ``cva-tb-head``, ``cva-kyten``).

URL scheme
----------
- posts ``/<yyyy>/<mm>/<slug>/`` (year and month of the post's WordPress date);
- categories ``/chuyen-muc/<cat>/`` and ``/chuyen-muc/<cat>/page/<N>/`` (4 a page);
- ``/tin-tuc/``: a page whose Elementor Posts widget (id ``5f3c2a1``) paginates with
  ``/tin-tuc/?e-page-5f3c2a1=<N>`` (5 a page, the sticky notice pinned on top of every page);
- pages ``/<slug>/`` (gioi-thieu, co-cau-to-chuc, lien-he, cong-khai, thu-vien-anh);
- tags ``/tag/<t>/``, author archive ``/author/quantri_cva/`` (+ ``page/2/``), ``/feed/``,
  Yoast sitemaps (``/sitemap_index.xml``), search ``/?s=``;
- attachment links ``/<yyyy>/<mm>/<slug>/<file-stem>/`` answer 301 to the image file (Yoast's
  "redirect attachment URLs"); the old slug of article 5 answers 301 to its new URL.

Page templates
--------------
Kadence header (top bar with today's date, logo row, primary menu with drop-downs, a second
copy of the menu in the mobile drawer), ``<main>`` holding the Elementor template, Kadence footer.
Single post: Yoast breadcrumb, H1 (post-title widget), post-info list (account, date, time,
terms, comments count), the excerpt widget (only when a manual excerpt exists), the post-content
widget, a "Cập nhật lần cuối" text line, share buttons, previous/next navigation, an EA grid
"Bài viết liên quan" with excerpts, the comments; right column: search, EA grid "Tin mới nhất",
"Xem nhiều", links, visitor counter, WP-Polls poll.

How each gold article is reached
--------------------------------
Home: EA grid with the 4 latest (S1-S4) and a "Xem thêm" load-more *button* (POST to
admin-ajax, no href), category blocks (Thông báo, Công tác Đội, Hoạt động chuyên môn).
Sidebar "Tin mới nhất": S1-S5, "Xem nhiều": S6, S9, S10. S11 only via /chuyen-muc/
hoat-dong-chuyen-mon/ and /tin-tuc/ page 2; S12 and S13 only via /tin-tuc/?e-page-5f3c2a1=3,
/chuyen-muc/tin-tuc-su-kien/page/2/, the author archive page 2 and the sitemap.

Traps
-----
1. Elementor query pagination: /tin-tuc/ pages are ``?e-page-5f3c2a1=N`` on the same path; the
   oldest articles (S12, S13) are linked only from page 3 / category page 2 (and the sitemap).
   The home grid's "Xem thêm" is a ``<button>`` posting to admin-ajax.php, never an href.
2. Dates: the post-info prints the day "03/12/2026" and the time in the vi locale "2:30 chiều"
   in separate items -> "2026-12-03T14:30:00+07:00". Yoast's JSON-LD and article:published_time
   are in UTC (S6: "2026-11-19T23:15:00+00:00", the previous day in UTC) -> gold stays the local
   day/time "2026-11-20T06:15:00+07:00". Every post also prints "Cập nhật lần cuối" and
   dateModified (not the publication date); comments carry their own ``<time datetime>``.
3. S7's time is printed "12:00 sáng" (midnight in vi "g:i a") -> day only "2026-11-13".
4. Bylines: post-info's author is the CMS account "quantri_cva" -> nobody; the real signature is a
   right-aligned line at the end of the content: "Tin, ảnh: X" (S1 -> authors and photographers
   X), "Bài: ThS. Lê Văn Tâm – Ảnh: Y Bhim Êban" (S4), "Tin: X - Ảnh: Y" (S6), "Tổ Ngữ văn" (a
   unit alone, S3), "Người viết: Phạm Quốc Bảo (Phó Hiệu trưởng)" (S5 -> the name only),
   "BBT Website" (S11 -> nobody), "Y Nguyên Ksor – TPT Đội" (S9 -> the name).
5. Captions in four markups: Gutenberg ``<figcaption class="wp-element-caption">``, the classic
   ``[caption]`` ``wp-caption-text`` (S9), Elementor image widgets' ``widget-image-caption``
   (S6, whose content is built in Elementor sections) and an italic centred line after the image
   in parentheses (S10: parentheses taken off). "Ảnh: Y Bhim Êban" under S4's photos is a credit:
   caption None. WP Rocket lazy-load prints ``src="data:image/svg+xml…"`` with the real file in
   ``data-lazy-src`` and again in a ``<noscript>`` copy: each photo counts once, path as in
   data-lazy-src (the ``-1024x683`` size variant).
6. Official notice S2: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" + signer table and a
   "Tải về" attachment line are not body; its date is the letterhead's "ngày 02 tháng 12 năm
   2026" -> "2026-12-02" although the post is dated 03/12/2026 2:30 chiều; signer "Trần Thị Mai
   Hương" is the author. The schedule table inside is body (cells joined by " | ").
7. Category: S5 is filed in two categories; post-info's term list prints them alphabetically
   ("Hoạt động chuyên môn, Tin tức - Sự kiện") but the Yoast primary category, which the
   breadcrumb prints, is "Tin tức - Sự kiện" -> gold category.
8. Duplicates: comment "Trả lời" links ``?replytocom=<id>`` serve the same article (S1, S6:
   alt_paths); the sticky notice S2 sits on top of every /tin-tuc/ page; S5's old slug
   (linked from S7's "Xem thêm" line) answers 301; attachment links answer 301 to image files.
9. Chrome that reads like text: "Bài viết liên quan" EA grid with excerpts, prev/next titles,
   comment bodies, the "Cập nhật lần cuối" line, the "Xem thêm:" line inside S7's content, the
   poll and the mobile drawer's second menu are not body.
10. Sapo: the Elementor excerpt widget prints the manual excerpt above the content (S1, S8 ->
   summary and first body paragraph); S3's sapo is a bold first paragraph inside the content;
   otherwise the excerpt widget is not printed and og:description (Yoast's auto text) is no sapo.
11. wptexturize: H1 prints curly quotes and an en dash (“Kế hoạch nhỏ”, "2026 – 2027") where the
   JSON-LD headline keeps the typed ASCII; gold title is the H1 as printed.
12. S4's lines start with emoji drawn as ``<img class="emoji" alt="📌">`` (the line's bullet, no
   text); S8 keeps a typed "👉 " character in its text.

Gold decisions on ambiguous points
----------------------------------
- The Elementor excerpt widget is the sapo only when the post has a manual excerpt (S1, S8);
  its text is the body's first paragraph (``sapo_outside``).
- The featured image is not printed on single posts (template choice); og:image and listing
  thumbnails are not article images.
- Source: S8 ends "Nguồn: Sở GD&ĐT Đắk Lắk" -> "Sở GD&ĐT Đắk Lắk"; S12 ends "Theo Báo Đắk Lắk" ->
  "Báo Đắk Lắk"; S8's body sentence "Theo hướng dẫn, …" is text.
- A ``<br>`` inside a paragraph splits it (S9, S13); list items and table rows are paragraphs.
- /cong-khai/ (three-public-disclosures page with PDF links) and /thu-vien-anh/ (album) are pages,
  not articles, although they print dates.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_kadence_elementor_thcs"
PLATFORM = "WordPress 6 + Kadence + Elementor Pro + Essential Addons + Yoast SEO"
START_PATH = "/"

SITE = "Trường THCS Chu Văn An"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
EPAGE = "e-page-5f3c2a1"
ACCOUNT = "quantri_cva"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
    "thong-bao": "Thông báo",
}
TAGS = {
    "hoc-sinh": "học sinh",
    "chuyen-mon": "chuyên môn",
    "nam-hoc-2026-2027": "năm học 2026-2027",
}
U = "/wp-content/uploads"


def _sign(text: str) -> Raw:
    return Raw(f'<p class="cva-kyten" style="text-align: right;"><strong>{esc(text)}</strong></p>')


# --- the 13 articles ---------------------------------------------------------------------------

S1 = Story(
    1, "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    "Trường THCS Chu Văn An tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    "tin-tuc-su-kien", "2026-12-04T15:10:00+07:00",
    [
        P("Sáng ngày 03/12/2026, tại sân vận động nhà trường, Trường THCS Chu Văn An long trọng "
          "tổ chức Lễ khai mạc Hội khỏe Phù Đổng cấp trường với sự tham gia của hơn 900 học sinh."),
        Img(f"{U}/2026/12/hkpd-khai-mac-1024x683.jpg", "Thầy Hiệu trưởng phát biểu khai mạc Hội khỏe",
            "Thầy Hiệu trưởng phát biểu khai mạc Hội khỏe", "fig att"),
        P("Hội khỏe năm nay gồm các môn thi đấu: bóng đá mini nam, bóng chuyền nữ, cầu lông, "
          "đá cầu, kéo co và chạy tiếp sức. Các trận đấu diễn ra sôi nổi trong suốt ba ngày."),
        P("Ban tổ chức đã trao 24 huy chương vàng, 24 huy chương bạc và 36 huy chương đồng cho các "
          "vận động viên xuất sắc; giải nhất toàn đoàn thuộc về khối 9."),
        Img(f"{U}/2026/12/hkpd-keo-co-1024x683.jpg", "Phần thi kéo co của khối 8",
            "Phần thi kéo co của khối 8", "fig"),
        P("Qua Hội khỏe, nhà trường chọn được 32 vận động viên tiêu biểu để bồi dưỡng, chuẩn bị "
          "tham gia Hội khỏe Phù Đổng thành phố Buôn Ma Thuột vào tháng 01/2027."),
        _sign("Tin, ảnh: Nguyễn Thị Hồng Nhung"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"], photographers=["Nguyễn Thị Hồng Nhung"],
    summary="Hội khỏe Phù Đổng cấp trường là dịp để học sinh rèn luyện thể chất, giao lưu và "
            "tuyển chọn vận động viên cho Hội khỏe cấp thành phố.",
    sapo_outside=True,
    opts={"posted": "2026-12-04 15:10", "tags": ["hoc-sinh", "nam-hoc-2026-2027"],
          "comments": [(45, "Phụ huynh lớp 8A3", "2026-12-04T20:11:00+07:00",
                        "Các con rất hào hứng, cảm ơn nhà trường!"),
                       (47, "Lê Minh Khang", "2026-12-05T07:02:00+07:00",
                        "Chúc mừng khối 9 đạt giải nhất toàn đoàn.")],
          "views": 1534},
)

_TB_HEAD = (
    '<table class="cva-tb-head" style="width: 100%; border: none;"><tbody>'
    '<tr><td style="width: 45%; text-align: center;">PHÒNG GD&amp;ĐT TP. BUÔN MA THUỘT<br>'
    "<strong>TRƯỜNG THCS CHU VĂN AN</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập – Tự do – Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 112/TB-THCSCVA</td>'
    '<td style="text-align: center;"><em>Buôn Ma Thuột, ngày 02 tháng 12 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I '
    "năm học 2026 – 2027</strong></p>"
)
_TB_FOOT = (
    '<table class="cva-tb-foot" style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 50%;"><strong><em>Nơi nhận:</em></strong><br>- Phòng GD&amp;ĐT (b/c);<br>'
    "- CB, GV, NV (t/h);<br>- Website trường;<br>- Lưu: VT.</td>"
    '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>'
    "<strong>Trần Thị Mai Hương</strong></td></tr></tbody></table>"
    f'<p class="cva-dinhkem">📎 Tải về: <a href="{U}/2026/12/TB-112-KTCuoiKyI.pdf">'
    "TB-112-KTCuoiKyI.pdf</a> (214 KB)</p>"
)
S2 = Story(
    2, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    "thong-bao", "2026-12-02",
    [
        Raw(_TB_HEAD),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027; Trường THCS Chu Văn An thông "
          "báo lịch kiểm tra cuối học kỳ I như sau:"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian", "row"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
        P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
        P("24/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
        P("Giáo viên chủ nhiệm thông báo lịch đến học sinh và phụ huynh; học sinh có mặt tại "
          "phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."),
        P("Trong quá trình thực hiện nếu có vướng mắc, đề nghị liên hệ Phó Hiệu trưởng phụ trách "
          "chuyên môn để được hướng dẫn."),
        Raw(_TB_FOOT),
    ],
    authors=["Trần Thị Mai Hương"],
    opts={"posted": "2026-12-03 14:30", "sticky": True, "tags": ["nam-hoc-2026-2027"],
          "views": 2210},
)

S3 = Story(
    3, "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-8",
    "Chuyên đề “Dạy học phát triển năng lực qua môn Ngữ văn 8”",
    "hoat-dong-chuyen-mon", "2026-12-01T09:00:00+07:00",
    [
        P("Nhằm đổi mới phương pháp dạy học theo Chương trình GDPT 2018, ngày 28/11/2026 Tổ Ngữ văn "
          "tổ chức chuyên đề cấp trường về dạy học phát triển năng lực qua môn Ngữ văn 8.", "bold"),
        P("Tiết dạy minh họa bài “Lặng lẽ Sa Pa” do cô Đỗ Thị Thu Trang thực hiện tại lớp 8A2, "
          "vận dụng kỹ thuật khăn trải bàn và sơ đồ tư duy."),
        Img(f"{U}/2026/12/chuyen-de-van-8-1024x768.jpg", "Cô Thu Trang hướng dẫn học sinh thảo luận nhóm",
            "Cô Thu Trang hướng dẫn học sinh thảo luận nhóm", "fig"),
        P("Sau tiết dạy, các thầy cô trong tổ đã phân tích, góp ý và thống nhất một số giải pháp "
          "vận dụng trong các tiết đọc hiểu văn bản."),
        _sign("Tổ Ngữ văn"),
    ],
    authors=["Tổ Ngữ văn"],
    summary="Nhằm đổi mới phương pháp dạy học theo Chương trình GDPT 2018, ngày 28/11/2026 Tổ Ngữ "
            "văn tổ chức chuyên đề cấp trường về dạy học phát triển năng lực qua môn Ngữ văn 8.",
    opts={"posted": "2026-12-01 09:00", "tags": ["chuyen-mon"], "views": 640,
          "ascii_title": 'Chuyên đề "Dạy học phát triển năng lực qua môn Ngữ văn 8"'},
)

_EMOJI = "https://s.w.org/images/core/emoji/15.0.3/svg/1f4cc.svg"
S4 = Story(
    4, "lien-doi-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    "Liên đội tổ chức phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
    "cong-tac-doi", "2026-11-28T16:45:00+07:00",
    [
        P("Hưởng ứng tháng hành động vì môi trường, Liên đội Trường THCS Chu Văn An phát động phong "
          "trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon và chai nhựa trong toàn trường."),
        P("Kết quả sau hai tuần thực hiện:"),
        P("Thu gom được hơn 1.250 kg giấy vụn và 180 kg vỏ lon, chai nhựa.", "emoji"),
        P("Chi đội 9A1 dẫn đầu với 146 kg, chi đội 6A4 đứng thứ hai với 121 kg.", "emoji"),
        P("Số tiền thu được 6.350.000 đồng dùng để mua áo ấm tặng học sinh có hoàn cảnh khó khăn.",
          "emoji"),
        Img(f"{U}/2026/11/ke-hoach-nho-1-1024x683.jpg", "Ảnh: Y Bhim Êban", None, "fig att"),
        Img(f"{U}/2026/11/ke-hoach-nho-2-1024x683.jpg", "Ảnh: Y Bhim Êban", None, "fig"),
        P("Phong trào góp phần giáo dục ý thức bảo vệ môi trường và tinh thần sẻ chia cho đội viên."),
        _sign("Bài: ThS. Lê Văn Tâm – Ảnh: Y Bhim Êban"),
    ],
    authors=["Lê Văn Tâm"], photographers=["Y Bhim Êban"],
    opts={"posted": "2026-11-28 16:45", "ascii_title": "Liên đội tổ chức phong trào \"Kế hoạch "
          "nhỏ\" thu gom giấy vụn", "tags": ["hoc-sinh"], "views": 512},
)

S5 = Story(
    5, "hoi-thi-giao-vien-day-gioi-cap-truong-18-giao-vien-dat-danh-hieu",
    "Hội thi giáo viên dạy giỏi cấp trường: 18 giáo viên đạt danh hiệu",
    "tin-tuc-su-kien", "2026-11-25T10:20:00+07:00",
    [
        P("Từ ngày 02/11 đến 22/11/2026, Trường THCS Chu Văn An tổ chức Hội thi giáo viên dạy giỏi "
          "cấp trường với 23 giáo viên đăng ký tham gia."),
        P("Mỗi giáo viên thực hiện hai tiết dạy và trình bày biện pháp nâng cao chất lượng giảng "
          "dạy trước hội đồng giám khảo."),
        Img(f"{U}/2026/11/gvdg-tiet-day-1024x683.jpg", "Tiết dạy môn Khoa học tự nhiên của thầy Hồ "
            "Đăng Khoa", "Tiết dạy môn Khoa học tự nhiên của thầy Hồ Đăng Khoa", "fig att"),
        P("Kết quả có 18 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 6 giáo "
          "viên được chọn dự thi cấp thành phố."),
        _sign("Người viết: Phạm Quốc Bảo (Phó Hiệu trưởng)"),
    ],
    authors=["Phạm Quốc Bảo"],
    opts={"posted": "2026-11-25 10:20", "extra_cats": ["hoat-dong-chuyen-mon"],
          "old_slug": "hoi-thi-gv-gioi-cap-truong", "tags": ["chuyen-mon"], "views": 880},
)

S6 = Story(
    6, "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc-su-kien", "2026-11-20T06:15:00+07:00",
    [
        P("Sáng 19/11/2026, Trường THCS Chu Văn An tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
          "(20/11/1982 – 20/11/2026) với sự tham dự của đại diện Ban đại diện cha mẹ học sinh."),
        P("Buổi lễ ôn lại truyền thống vẻ vang của ngành giáo dục và tôn vinh những thầy cô có "
          "nhiều đóng góp cho sự nghiệp trồng người."),
        Img(f"{U}/2026/11/20-11-van-nghe-1024x683.jpg", "Tiết mục văn nghệ chào mừng của học sinh "
            "lớp 9A3", "Tiết mục văn nghệ chào mừng của học sinh lớp 9A3", "el"),
        P("Dịp này, nhà trường khen thưởng 12 tập thể và 27 cá nhân có thành tích xuất sắc trong "
          "phong trào thi đua “Dạy tốt – Học tốt”."),
        Img(f"{U}/2026/11/20-11-khen-thuong-1024x683.jpg", "Trao giấy khen cho các giáo viên tiêu "
            "biểu", "Trao giấy khen cho các giáo viên tiêu biểu", "el"),
        P("Phát biểu tại buổi lễ, cô Hiệu trưởng Trần Thị Mai Hương cảm ơn sự đồng hành của phụ "
          "huynh và mong tập thể sư phạm tiếp tục đoàn kết, sáng tạo."),
        _sign("Tin: Nguyễn Thị Hồng Nhung - Ảnh: Đoàn Minh Khoa"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"], photographers=["Đoàn Minh Khoa"],
    opts={"posted": "2026-11-20 06:15", "elementor_body": True,
          "comments": [(39, "Cựu học sinh khóa 2015", "2026-11-20T21:40:00+07:00",
                        "Kính chúc quý thầy cô luôn mạnh khỏe!")],
          "tags": ["nam-hoc-2026-2027"], "views": 1920},
)

S7 = Story(
    7, "ngoai-khoa-stem-hoc-sinh-lop-7-che-tao-ten-lua-nuoc",
    "Ngoại khóa STEM: Học sinh lớp 7 chế tạo tên lửa nước",
    "hoat-dong-chuyen-mon", "2026-11-13",
    [
        P("Trong tuần qua, Tổ Khoa học tự nhiên phối hợp với Câu lạc bộ STEM tổ chức buổi ngoại "
          "khóa chế tạo tên lửa nước cho học sinh khối 7."),
        P("Các nhóm sử dụng chai nhựa, bìa cứng và bơm xe đạp để chế tạo, sau đó thi phóng xa "
          "trên sân trường."),
        Raw('<p><strong>Xem thêm:</strong> <a href="/2026/11/hoi-thi-gv-gioi-cap-truong/">Hội thi '
            "giáo viên dạy giỏi cấp trường</a></p>"),
        Img(f"{U}/2026/11/stem-ten-lua-nuoc-1024x683.jpg", "Nhóm 3 lớp 7A5 chuẩn bị phóng tên lửa",
            "Nhóm 3 lớp 7A5 chuẩn bị phóng tên lửa", "fig"),
        P("Tên lửa của nhóm 3 lớp 7A5 bay xa 68 mét, đạt giải nhất của buổi ngoại khóa."),
        _sign("Tổ Khoa học tự nhiên"),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    opts={"posted": "2026-11-13 00:00", "tags": ["hoc-sinh"], "views": 455},
)

S8 = Story(
    8, "huong-dan-phong-chong-dich-benh-mua-mua-trong-truong-hoc",
    "Hướng dẫn phòng, chống dịch bệnh mùa mưa trong trường học",
    "thong-bao", "2026-11-10T14:00:00+07:00",
    [
        P("Theo hướng dẫn, các trường học cần tăng cường vệ sinh lớp học, nhà vệ sinh và khu vực "
          "bán trú; diệt lăng quăng, bọ gậy quanh khuôn viên trường."),
        P("Một số biện pháp cụ thể:", "h3"),
        P("Tổ chức tổng vệ sinh trường lớp vào chiều thứ Sáu hằng tuần.", "li"),
        P("Tuyên truyền cho học sinh về bệnh sốt xuất huyết, tay chân miệng.", "li"),
        P("Theo dõi sức khỏe học sinh, thông báo kịp thời cho phụ huynh khi có dấu hiệu bệnh.",
          "li"),
        P("👉 Phụ huynh lưu ý cho con mang theo áo mưa và bình nước cá nhân khi đến trường."),
        Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
    ],
    source="Sở GD&ĐT Đắk Lắk",
    summary="Sở GD&ĐT Đắk Lắk đề nghị các đơn vị chủ động các biện pháp phòng, chống dịch bệnh "
            "trong mùa mưa, bảo đảm sức khỏe cho học sinh.",
    sapo_outside=True,
    opts={"posted": "2026-11-10 14:00", "views": 730},
)

S9 = Story(
    9, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
    "Đại hội Liên đội nhiệm kỳ 2026 – 2027 thành công tốt đẹp",
    "cong-tac-doi", "2026-11-05T08:30:00+07:00",
    [
        P("Chiều ngày 04/11/2026, Liên đội Trường THCS Chu Văn An tổ chức Đại hội Liên đội nhiệm kỳ "
          "2026 – 2027 với 120 đại biểu là chỉ huy các chi đội."),
        Img(f"{U}/2026/11/dai-hoi-lien-doi-1024x683.jpg", "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt "
            "Đại hội", "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội", "wpcap"),
        P("Đại hội đã thông qua báo cáo tổng kết công tác Đội năm học 2025 – 2026.", "br1"),
        P("Đại hội bầu Ban chỉ huy Liên đội gồm 15 đội viên, em Nguyễn Hà Vy lớp 9A1 được bầu làm "
          "Liên đội trưởng.", "br2"),
        P("Đại hội biểu quyết thông qua chương trình hành động với chủ đề “Đội viên Chu Văn An chăm "
          "ngoan, sáng tạo”."),
        _sign("Y Nguyên Ksor – TPT Đội"),
    ],
    authors=["Y Nguyên Ksor"],
    opts={"posted": "2026-11-05 08:30", "tags": ["hoc-sinh"], "views": 1377},
)

S10 = Story(
    10, "hoc-sinh-trai-nghiem-tai-bao-tang-the-gioi-ca-phe",
    "Học sinh trải nghiệm tại Bảo tàng Thế giới Cà phê",
    "tin-tuc-su-kien", "2026-10-30T15:00:00+07:00",
    [
        P("Ngày 28/10/2026, gần 300 học sinh khối 6 tham gia chuyến trải nghiệm tại Bảo tàng Thế "
          "giới Cà phê, thành phố Buôn Ma Thuột."),
        Img(f"{U}/2026/10/bao-tang-ca-phe-1-1024x683.jpg", "(Học sinh tìm hiểu dụng cụ pha cà phê "
            "truyền thống)", "Học sinh tìm hiểu dụng cụ pha cà phê truyền thống", "em_after"),
        P("Các em được nghe thuyết minh về lịch sử cây cà phê Tây Nguyên và văn hóa thưởng thức cà "
          "phê của nhiều quốc gia trên thế giới."),
        Img(f"{U}/2026/10/bao-tang-ca-phe-2-1024x683.jpg", "(Chụp ảnh lưu niệm trước bảo tàng)",
            "Chụp ảnh lưu niệm trước bảo tàng", "em_after"),
        P("Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm thu hoạch dưới dạng báo tường hoặc video "
          "ngắn."),
        _sign("Hoàng Thị Lan Anh"),
    ],
    authors=["Hoàng Thị Lan Anh"],
    opts={"posted": "2026-10-30 15:00", "tags": ["hoc-sinh"], "views": 1650},
)

S11 = Story(
    11, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán",
    "hoat-dong-chuyen-mon", "2026-10-22T09:45:00+07:00",
    [
        P("Tổ Toán – Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy "
          "minh họa bài “Định lí Pythagore” tại lớp 8A4."),
        P("1. Mục tiêu", "h3"),
        P("Giúp giáo viên quan sát việc học của học sinh, phát hiện khó khăn và điều chỉnh cách tổ "
          "chức hoạt động."),
        P("2. Kết quả", "h3"),
        P("Các thành viên thống nhất: học sinh tiếp thu tốt khi được tự đo đạc, cắt ghép hình."),
        P("Dạy học không phải là rót đầy một cái bình mà là thắp sáng một ngọn lửa.", "quote"),
        _sign("BBT Website"),
    ],
    opts={"posted": "2026-10-22 09:45", "tags": ["chuyen-mon"], "views": 301},
)

S12 = Story(
    12, "tuyen-truyen-an-toan-giao-thong-dau-nam-hoc",
    "Tuyên truyền an toàn giao thông đầu năm học",
    "tin-tuc-su-kien", "2026-10-15T10:00:00+07:00",
    [
        P("Sáng 14/10/2026, Đội Cảnh sát giao thông Công an thành phố Buôn Ma Thuột phối hợp với "
          "nhà trường tuyên truyền pháp luật về an toàn giao thông cho học sinh."),
        P("Học sinh được hướng dẫn đội mũ bảo hiểm đúng cách và nhắc nhở không điều khiển xe máy "
          "khi chưa đủ tuổi."),
        Img(f"{U}/2026/10/atgt-1024x683.jpg", "Cán bộ CSGT hướng dẫn học sinh đội mũ bảo hiểm",
            "Cán bộ CSGT hướng dẫn học sinh đội mũ bảo hiểm", "fig"),
        P("Kết thúc buổi tuyên truyền, 100% học sinh ký cam kết chấp hành Luật Giao thông đường bộ."),
        Raw('<p style="text-align: right;"><strong>Theo Báo Đắk Lắk</strong></p>'),
    ],
    source="Báo Đắk Lắk",
    opts={"posted": "2026-10-15 10:00", "views": 266},
)

S13 = Story(
    13, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị viên chức, người lao động năm học 2026 – 2027",
    "tin-tuc-su-kien", "2026-10-08T14:20:00+07:00",
    [
        P("Chiều ngày 07/10/2026, Trường THCS Chu Văn An tổ chức Hội nghị viên chức, người lao động "
          "năm học 2026 – 2027."),
        P("Hội nghị đã thảo luận và thông qua các chỉ tiêu chính:", "br1"),
        P("Tỉ lệ học sinh lên lớp đạt 98,5%; tốt nghiệp THCS đạt 100%.", "br2"),
        P("Chỉ tiêu | Năm học 2025 – 2026 | Năm học 2026 – 2027", "row"),
        P("Học sinh giỏi cấp thành phố | 42 | 45", "row"),
        P("Giáo viên dạy giỏi cấp thành phố | 5 | 6", "row"),
        P("Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 thành viên."),
        _sign("Văn phòng nhà trường"),
    ],
    authors=["Văn phòng nhà trường"],
    opts={"posted": "2026-10-08 14:20", "tags": ["nam-hoc-2026-2027"], "views": 188},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
POST_ID = {s.id: 1200 + s.id * 7 for s in STORIES}


def _posted(s: Story) -> datetime:
    return datetime.strptime(s.opts["posted"], "%Y-%m-%d %H:%M")


def post_path(s: Story) -> str:
    d = _posted(s)
    return f"/{d:%Y}/{d:%m}/{s.slug}/"


def _cats(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("extra_cats", [])]


def _vi_time(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'}"


def _utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _modified(s: Story) -> datetime:
    return _posted(s) + timedelta(hours=2, minutes=5 * s.id)


ORDER = sorted(STORIES, key=_posted, reverse=True)
STICKY = [s for s in ORDER if s.opts.get("sticky")]
NONSTICKY = [s for s in ORDER if not s.opts.get("sticky")]

# --- rendering ---------------------------------------------------------------------------------

_LAZY = ("data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
         "1024%20683'%3E%3C/svg%3E")


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _stem(src: str) -> str:
    return _full(src).rsplit("/", 1)[1].rsplit(".", 1)[0]


def _img_tag(base: str, src: str, alt: str, n: int) -> str:
    real = base + src
    full = base + _full(src)
    return (
        f'<img decoding="async" width="1024" height="683" src="{_LAZY}" '
        f'class="wp-image-{3400 + n} size-large" alt="{esc(alt)}" data-lazy-src="{real}" '
        f'data-lazy-srcset="{real} 1024w, {full} 1600w" data-lazy-sizes="(max-width: 1024px) 100vw, '
        f'1024px"><noscript><img decoding="async" width="1024" height="683" src="{real}" '
        f'class="wp-image-{3400 + n} size-large" alt="{esc(alt)}"></noscript>'
    )


def _img_block(base: str, s: Story, img: Img, n: int) -> str:
    tag = _img_tag(base, img.src, img.caption or "", n)
    if "att" in img.style:
        tag = f'<a href="{base}{post_path(s)}{_stem(img.src)}/">{tag}</a>'
    else:
        tag = f'<a href="{base}{_full(img.src)}">{tag}</a>'
    line = esc(img.printed) if img.printed else ""
    if img.style.startswith("fig"):
        cap = f'<figcaption class="wp-element-caption">{line}</figcaption>' if line else ""
        return f'<figure class="wp-block-image aligncenter size-large">{tag}{cap}</figure>'
    if img.style == "wpcap":
        return (f'<div id="attachment_{3400 + n}" style="width: 1034px" class="wp-caption '
                f'aligncenter">{tag}<p id="caption-attachment-{3400 + n}" class="wp-caption-text">'
                f"{line}</p></div>")
    if img.style == "em_after":
        return (f'<p style="text-align: center;">{tag}</p>\n'
                f'<p style="text-align: center;"><em>{line}</em></p>')
    if img.style == "el":
        return (f'<div class="elementor-element elementor-element-{7100 + n:x} elementor-widget '
                f'elementor-widget-image" data-widget_type="image.default"><div class="elementor-'
                f'widget-container"><figure class="wp-caption">{tag}<figcaption class="widget-'
                f'image-caption wp-caption-text">{line}</figcaption></figure></div></div>')
    raise ValueError(img.style)


def _body_html(base: str, s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            n += 1
            out.append(_img_block(base, s, b, n))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>'
                       + "".join(rows) + "</tbody></table></figure>")
            continue
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br>\n{esc(nxt.text)}</p>")
            i += 2
            continue
        elif b.style == "h3":
            out.append(f'<h3 class="wp-block-heading">{esc(b.text)}</h3>')
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{esc(b.text)}</p></blockquote>')
        elif b.style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "emoji":
            out.append(f'<p><img draggable="false" role="img" class="emoji" alt="📌" src="{_EMOJI}">'
                       f" {esc(b.text)}</p>")
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if s.opts.get("elementor_body"):
        # the post itself is built in Elementor: every paragraph its own text-editor widget
        wrapped = []
        for k, chunk in enumerate(out):
            if "elementor-widget-image" in chunk:
                wrapped.append(chunk)
            else:
                wrapped.append(
                    f'<div class="elementor-element elementor-element-{0x6a10 + k:x} elementor-'
                    f'widget elementor-widget-text-editor" data-widget_type="text-editor.default">'
                    f'<div class="elementor-widget-container">{chunk}</div></div>')
        return (f'<div data-elementor-type="wp-post" data-elementor-id="{POST_ID[s.id]}" class="'
                f'elementor elementor-{POST_ID[s.id]}"><section class="elementor-section '
                f'elementor-top-section elementor-element elementor-element-2c0d9e1 elementor-'
                f'section-boxed"><div class="elementor-container elementor-column-gap-default">'
                f'<div class="elementor-column elementor-col-100 elementor-top-column"><div class='
                f'"elementor-widget-wrap elementor-element-populated">' + "\n".join(wrapped)
                + '<div class="elementor-element elementor-widget elementor-widget-spacer"><div '
                'class="elementor-spacer"><div class="elementor-spacer-inner"></div></div></div>'
                "</div></div></div></section></div>")
    return "\n".join(out)


MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"),
                                     ("Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    ("Tin tức", "/tin-tuc/", [("Tất cả tin bài", "/tin-tuc/"),
                              ("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien/"),
                              ("Hoạt động chuyên môn", "/chuyen-muc/hoat-dong-chuyen-mon/")]),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Công tác Đội", "/chuyen-muc/cong-tac-doi/", []),
    ("Công khai", "/cong-khai/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(base: str, ul_id: str) -> str:
    items = []
    for k, (label, href, sub) in enumerate(MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{210 + k}"
        if sub:
            subs = "".join(f'<li class="menu-item"><a href="{base}{h}">{esc(t)}</a></li>'
                           for t, h in sub)
            items.append(f'<li class="{cls} menu-item-has-children"><a href="{base}{href}"><span '
                         f'class="nav-drop-title-wrap">{esc(label)}<span class="dropdown-nav-'
                         f'toggle"></span></span></a><ul class="sub-menu">{subs}</ul></li>')
        else:
            items.append(f'<li class="{cls}"><a href="{base}{href}">{esc(label)}</a></li>')
    return f'<ul id="{ul_id}" class="menu">' + "".join(items) + "</ul>"


def _thumb(s: Story) -> str:
    imgs = s.images
    return imgs[0].src if imgs else f"{U}/2026/09/logo-cva-thumb-400x267.jpg"


def _sidebar(base: str) -> str:
    latest = "".join(
        f'<article class="eael-grid-post eael-post-grid-column"><div class="eael-grid-post-holder">'
        f'<div class="eael-entry-media"><img src="{base}{_thumb(s).replace("1024x683", "150x150")}"'
        f' alt=""></div><div class="eael-entry-wrapper"><h4 class="eael-entry-title"><a class="eael-'
        f'grid-post-link" href="{base}{post_path(s)}">{esc(s.title)}</a></h4><span class="eael-'
        f'posted-on"><time>{_posted(s):%d/%m/%Y}</time></span></div></div></article>'
        for s in ORDER[:5]
    )
    popular = "".join(f'<li><a href="{base}{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
                      f'<span class="cva-lx">({BY_ID[i].opts["views"]} lượt xem)</span></li>'
                      for i in (6, 9, 10))
    return (
        '<aside class="elementor-column elementor-col-33 cva-cot-phai">'
        f'<form role="search" method="get" class="elementor-search-form" action="{base}/">'
        '<input type="search" name="s" placeholder="Tìm kiếm..." value=""><button type="submit">'
        "Tìm</button></form>"
        '<div class="elementor-widget-eael-post-grid"><h3 class="elementor-heading-title">Tin mới '
        f'nhất</h3><div class="eael-post-grid eael-post-appender-9a1b2c3">{latest}</div></div>'
        '<div class="elementor-widget-wp-widget-custom_html"><h3 class="elementor-heading-title">Xem '
        f'nhiều</h3><ol class="cva-xemnhieu">{popular}</ol></div>'
        '<div class="elementor-widget-wp-widget-links"><h3 class="elementor-heading-title">Liên kết '
        'website</h3><ul><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo '
        'dục và Đào tạo</a></li><li><a href="https://daklak.edu.vn" target="_blank" rel="noopener">'
        'Sở GD&amp;ĐT Đắk Lắk</a></li><li><a href="https://pgdbmt.edu.vn" target="_blank" '
        'rel="noopener">Phòng GD&amp;ĐT TP. Buôn Ma Thuột</a></li></ul></div>'
        '<div class="wp-polls"><h3 class="elementor-heading-title">Thăm dò ý kiến</h3>'
        f'<form id="polls_form_3" class="wp-polls-form" action="{base}/wp-admin/admin-ajax.php" '
        'method="post"><p style="text-align: center;"><strong>Bạn biết đến website của trường qua '
        'kênh nào?</strong></p><ul class="wp-polls-ul"><li><input type="radio" name="poll_3" '
        'value="11"> Facebook</li><li><input type="radio" name="poll_3" value="12"> Zalo nhóm lớp'
        '</li><li><input type="radio" name="poll_3" value="13"> Giáo viên giới thiệu</li></ul>'
        '<input type="hidden" name="action" value="polls"><input type="button" name="vote" '
        'value="Bình chọn" class="Buttons"></form></div>'
        '<div class="cva-thongke"><h3 class="elementor-heading-title">Thống kê truy cập</h3>'
        "<ul><li>Đang online: 17</li><li>Hôm nay: 342</li><li>Tổng truy cập: 1.286.407</li></ul>"
        "</div></aside>"
    )


def _page(request: Request, title: str, main: str, *, body_class: str, head: str = "",
          canonical: str | None = None, sidebar: bool = True) -> Response:
    base = base_url(request)
    canon = base + (canonical or request.path)
    side = _sidebar(base) if sidebar else ""
    doc = f"""<!doctype html>
<html lang="vi" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)} - {SITE}</title>
<link rel="canonical" href="{canon}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{SITE}">
{head}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="kadence-global-css" href="{base}/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all">
<link rel="stylesheet" id="eael-general-css" href="{base}/wp-content/plugins/essential-addons-for-elementor-lite/assets/front-end/css/view/general.min.css?ver=6.0.9" media="all">
<link rel="icon" href="{base}/wp-content/uploads/2024/08/cropped-logo-cva-32x32.png" sizes="32x32">
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard content-title-style-normal content-width-normal content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header elementor-default elementor-kit-6">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Chuyển đến nội dung</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-top-header-wrap site-header-row-container site-header-focus-item"><div class="site-header-row site-header-row-has-sides">
<div class="site-header-top-section-left"><div class="header-html inner-link-style-normal"><div class="header-html-inner"><p><i class="kadence-svg-iconset"></i> {TODAY_LINE}</p></div></div></div>
<div class="site-header-top-section-right"><div class="header-html2"><p>Hotline: 0262 3 852 417 | Email: thcschuvanan.bmt@daklak.edu.vn</p></div></div>
</div></div>
<div class="site-main-header-wrap site-header-row-container"><div class="site-header-row">
<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="{base}/" rel="home"><img width="96" height="96" src="{base}/wp-content/uploads/2024/08/logo-cva.png" class="custom-logo" alt="{SITE}"><div class="site-title-wrap"><p class="site-title">{SITE}</p><p class="site-description">Phòng GD&amp;ĐT thành phố Buôn Ma Thuột</p></div></a></div>
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-underline" role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container">{_menu(base, "primary-menu")}</div></nav>
</div></div>
</header>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel" data-drawer-target-string="#mobile-drawer"><div class="drawer-inner"><div class="drawer-content mobile-drawer-content"><nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation" role="navigation" aria-label="Primary Mobile Navigation"><div class="mobile-menu-container drawer-menu-container">{_menu(base, "mobile-menu")}</div></nav></div></div></div>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<main id="main" class="site-main" role="main">
<div class="elementor-container cva-2cot"><div class="elementor-column elementor-col-66">{main}</div>{side}</div>
</main>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-middle-footer-wrap"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget1"><div class="footer-widget-area-inner site-info-inner"><section class="widget widget_text"><h2 class="widget-title">TRƯỜNG THCS CHU VĂN AN</h2><div class="textwidget"><p>Địa chỉ: 45 Lê Duẩn, phường Tân Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br>Điện thoại: 0262 3 852 417 – Email: thcschuvanan.bmt@daklak.edu.vn</p></div></section></div></div></div>
<div class="site-bottom-footer-wrap"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 {SITE}. Thiết kế bởi <a href="https://www.facebook.com/thietkeweb.bmt" rel="nofollow">TK Web BMT</a></p></div></div></div></div></footer>
</div>
<script src="{base}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload"></script>
<script src="{base}/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9"></script>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


# --- single post -------------------------------------------------------------------------------


def _jsonld(base: str, s: Story) -> str:
    d = _posted(s)
    url = base + post_path(s)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article",
         "headline": s.opts.get("ascii_title", s.title.replace(" – ", " - ")),
         "datePublished": _utc(d), "dateModified": _utc(_modified(s)),
         "author": {"name": ACCOUNT}, "articleSection": [CATS[c] for c in _cats(s)],
         "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": s.title + " - " + SITE},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": CATS[s.cat],
             "item": f"{base}/chuyen-muc/{s.cat}/"},
            {"@type": "ListItem", "position": 3, "name": s.title}]},
    ]}
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False) + "</script>")


def _post_grid_item(base: str, s: Story, with_excerpt: bool = True) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    exc = (s.summary or first)[:120].rsplit(" ", 1)[0] + "&hellip;"
    return (
        f'<article class="eael-grid-post eael-post-grid-column" data-id="{POST_ID[s.id]}"><div '
        f'class="eael-grid-post-holder"><div class="eael-entry-media"><a href="{base}{post_path(s)}">'
        f'<img src="{base}{_thumb(s).replace("1024x683", "400x267")}" alt="{esc(s.title)}"></a></div>'
        f'<div class="eael-entry-wrapper"><header class="eael-entry-header"><h3 class="eael-entry-'
        f'title"><a class="eael-grid-post-link" href="{base}{post_path(s)}">{esc(s.title)}</a></h3>'
        f'</header><div class="eael-entry-meta"><span class="eael-posted-on"><time datetime="'
        f'{_utc(_posted(s))}">{_posted(s):%d/%m/%Y}</time></span></div>'
        + (f'<div class="eael-entry-content"><div class="eael-grid-post-excerpt"><p>{exc}</p>'
           f'<a href="{base}{post_path(s)}" class="eael-post-elements-readmore-btn">Đọc tiếp</a>'
           "</div></div>" if with_excerpt else "")
        + "</div></div></article>"
    )


def _comments(base: str, s: Story, reply_to: int | None) -> str:
    cs = s.opts.get("comments", [])
    items = []
    for cid, who, when, body in cs:
        d = datetime.fromisoformat(when)
        items.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-'
            f'{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author '
            f'vcard"><b class="fn">{esc(who)}</b> <span class="says">viết:</span></div><div class='
            f'"comment-metadata"><a href="{base}{post_path(s)}#comment-{cid}"><time datetime="{when}">'
            f"{d:%d/%m/%Y} lúc {_vi_time(d)}</time></a></div></footer><div class=\"comment-content\">"
            f"<p>{esc(body)}</p></div><div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-"
            f'link" href="{base}{post_path(s)}?replytocom={cid}#respond" data-commentid="{cid}" '
            f'data-postid="{POST_ID[s.id]}" aria-label="Trả lời {esc(who)}">Trả lời</a></div>'
            "</article></li>")
    title = "Để lại bình luận"
    if reply_to is not None:
        who = next(c[1] for c in cs if c[0] == reply_to)
        title = (f"Trả lời {esc(who)} <small><a rel=\"nofollow\" id=\"cancel-comment-reply-link\" "
                 f'href="{base}{post_path(s)}#respond">Hủy</a></small>')
    head = f'<h2 class="comments-title">{len(cs)} bình luận</h2>' if cs else ""
    return (
        f'<div id="comments" class="comments-area">{head}<ol class="comment-list">{"".join(items)}'
        f'</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-'
        f'title">{title}</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform"'
        ' class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công '
        'khai.</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" '
        'rows="8" required></textarea></p><p class="comment-form-author"><input id="author" name='
        '"author" type="text" required></p><p class="form-submit"><input name="submit" type="submit"'
        f' id="submit" class="submit" value="Phản hồi"><input type="hidden" name="comment_post_ID" '
        f'value="{POST_ID[s.id]}"><input type="hidden" name="comment_parent" id="comment_parent" '
        f'value="{reply_to or 0}"></p></form></div></div>'
    )


def _single(request: Request, s: Story, reply_to: int | None) -> Response:
    base = base_url(request)
    d = _posted(s)
    m = _modified(s)
    url = base + post_path(s)
    first = next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="'
        f'{esc(s.title)} - {SITE}">\n<meta property="og:description" content="{esc(first[:150])}">\n'
        f'<meta property="og:url" content="{url}">\n<meta property="article:published_time" '
        f'content="{_utc(d)}">\n<meta property="article:modified_time" content="{_utc(m)}">\n'
        f'<meta property="og:image" content="{base}{_thumb(s)}">\n<meta name="author" content="'
        f'{ACCOUNT}">\n{_jsonld(base, s)}'
    )
    terms = sorted(_cats(s), key=lambda c: CATS[c])
    term_links = ", ".join(f'<a href="{base}/chuyen-muc/{c}/" class="elementor-post-info__terms-'
                           f'list-item">{esc(CATS[c])}</a>' for c in terms)
    ncom = len(s.opts.get("comments", []))
    info = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        '<li class="elementor-icon-list-item elementor-repeater-item-a1c3e0f elementor-inline-item" '
        f'itemprop="author"><a href="{base}/author/{ACCOUNT}/"><span class="elementor-icon-list-icon">'
        '<i class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-'
        f'post-info__item elementor-post-info__item--type-author">{ACCOUNT}</span></a></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-5d2f7b1 elementor-inline-item" '
        'itemprop="datePublished"><span class="elementor-icon-list-icon"><i class="fas fa-calendar">'
        '</i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-'
        f'info__item--type-date"><time>{d:%d/%m/%Y}</time></span></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-0b9e4c2 elementor-inline-item">'
        '<span class="elementor-icon-list-icon"><i class="far fa-clock"></i></span><span class="'
        'elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">'
        f"<time>{_vi_time(d)}</time></span></li>"
        '<li class="elementor-icon-list-item elementor-repeater-item-7e81aa0 elementor-inline-item" '
        'itemprop="about"><span class="elementor-icon-list-icon"><i class="fas fa-tags"></i></span>'
        '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--'
        f'type-terms"><span class="elementor-post-info__terms-list">{term_links}</span></span></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-c44d1e2 elementor-inline-item" '
        f'itemprop="commentCount"><a href="{url}#comments"><span class="elementor-icon-list-text '
        'elementor-post-info__item elementor-post-info__item--type-comments">'
        f'{ncom if ncom else "Không có"} bình luận</span></a></li></ul>'
    )
    excerpt = ""
    if s.summary and s.sapo_outside:
        excerpt = ('<div class="elementor-element elementor-element-91e0c4d elementor-widget '
                   'elementor-widget-theme-post-excerpt" data-widget_type="theme-post-excerpt.'
                   f'default"><div class="elementor-widget-container">{esc(s.summary)}</div></div>')
    idx = ORDER.index(s)
    nav = '<div class="elementor-post-navigation">'
    if idx + 1 < len(ORDER):
        p = ORDER[idx + 1]
        nav += (f'<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a '
                f'href="{base}{post_path(p)}" rel="prev"><span class="post-navigation__prev--label">'
                f'Bài trước</span><span class="post-navigation__prev--title">{esc(p.title)}</span>'
                "</a></div>")
    if idx > 0:
        n = ORDER[idx - 1]
        nav += (f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a '
                f'href="{base}{post_path(n)}" rel="next"><span class="post-navigation__next--label">'
                f'Bài tiếp</span><span class="post-navigation__next--title">{esc(n.title)}</span>'
                "</a></div>")
    nav += "</div>"
    related = [o for o in ORDER if o is not s and o.cat == s.cat][:3]
    tags = s.opts.get("tags", [])
    tag_html = ""
    if tags:
        tag_html = ('<div class="elementor-widget-post-info cva-the"><span>Thẻ:</span> ' + ", ".join(
            f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags) + "</div>")
    share_u = quote(url, safe="")
    main = (
        f'<div data-elementor-type="single-post" data-elementor-id="412" class="elementor '
        f'elementor-412 elementor-location-single post-{POST_ID[s.id]} post type-post status-publish'
        f' format-standard has-post-thumbnail hentry category-{s.cat}">'
        '<section class="elementor-section elementor-top-section elementor-element elementor-element-'
        '3f8a2c1 elementor-section-boxed"><div class="elementor-container elementor-column-gap-'
        'default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-'
        'element elementor-element-8b1d0e4"><div class="elementor-widget-wrap elementor-element-'
        'populated">'
        '<div class="elementor-element elementor-element-c2d77a9 elementor-widget elementor-widget-'
        'breadcrumbs"><div class="elementor-widget-container"><p id="breadcrumbs"><span><span><a '
        f'href="{base}/">Trang chủ</a></span> » <span><a href="{base}/chuyen-muc/{s.cat}/">'
        f'{esc(CATS[s.cat])}</a></span> » <span class="breadcrumb_last" aria-current="page">'
        f"{esc(s.title)}</span></span></p></div></div>"
        '<div class="elementor-element elementor-element-4e6a0f2 elementor-widget elementor-widget-'
        'theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-'
        f'widget-container"><h1 class="elementor-heading-title elementor-size-default">'
        f"{esc(s.title)}</h1></div></div>"
        '<div class="elementor-element elementor-element-b7d3e15 elementor-widget elementor-widget-'
        f'post-info"><div class="elementor-widget-container">{info}</div></div>'
        f"{excerpt}"
        '<div class="elementor-element elementor-element-e5b1c08 elementor-widget elementor-widget-'
        'theme-post-content" data-widget_type="theme-post-content.default"><div class="elementor-'
        f'widget-container">\n{_body_html(base, s)}\n</div></div>'
        '<div class="elementor-element elementor-element-1aa4f6c elementor-widget elementor-widget-'
        'text-editor"><div class="elementor-widget-container"><p class="cva-capnhat"><i>Cập nhật lần '
        f"cuối: {m:%d/%m/%Y} {m:%H:%M}</i></p></div></div>"
        f"{tag_html}"
        '<div class="elementor-element elementor-element-0f3c9d7 elementor-share-buttons--view-icon-'
        'text elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-'
        'container"><div class="elementor-grid"><div class="elementor-grid-item"><a class="'
        f'elementor-share-btn elementor-share-btn_facebook" href="https://www.facebook.com/sharer.php'
        f'?u={share_u}" target="_blank" rel="nofollow">Chia sẻ</a></div><div class="elementor-grid-'
        f'item"><a class="elementor-share-btn elementor-share-btn_zalo" href="https://sp.zalo.me/'
        f'share_inline?u={share_u}" target="_blank" rel="nofollow">Zalo</a></div><div class="'
        'elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_print" role="button"'
        ' onclick="window.print()">In bài</div></div></div></div></div>'
        f'<div class="elementor-element elementor-element-d90b3f1 elementor-widget elementor-widget-'
        f'post-navigation"><div class="elementor-widget-container">{nav}</div></div>'
        '<div class="elementor-element elementor-element-5c6e2ab elementor-widget elementor-widget-'
        'eael-post-grid"><div class="elementor-widget-container"><h3 class="elementor-heading-title">'
        f'Bài viết liên quan</h3><div class="eael-post-grid eael-post-appender-5c6e2ab">'
        + "".join(_post_grid_item(base, o) for o in related)
        + "</div></div></div>"
        '<div class="elementor-element elementor-element-ae3f770 elementor-widget elementor-widget-'
        f'post-comments"><div class="elementor-widget-container">{_comments(base, s, reply_to)}'
        "</div></div>"
        "</div></div></div></section></div>"
    )
    return _page(request, s.title, main, head=head, canonical=post_path(s),
                 body_class=f"post-template-default single single-post postid-{POST_ID[s.id]} "
                 "single-format-standard elementor-page-412")


# --- listings ----------------------------------------------------------------------------------


def _posts_widget(base: str, posts: list[Story], pager: str, widget: str) -> str:
    arts = "".join(
        f'<article class="elementor-post elementor-grid-item post-{POST_ID[s.id]} post type-post '
        f'status-publish{" sticky" if s.opts.get("sticky") else ""}"><a class="elementor-post__'
        f'thumbnail__link" href="{base}{post_path(s)}" tabindex="-1"><div class="elementor-post__'
        f'thumbnail"><img src="{base}{_thumb(s).replace("1024x683", "300x200")}" alt=""></div></a>'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{base}'
        f'{post_path(s)}">{"📌 " if s.opts.get("sticky") else ""}{esc(s.title)}</a></h3><div '
        f'class="elementor-post__meta-data"><span class="elementor-post-date">{_posted(s):%d/%m/%Y}'
        f'</span></div><div class="elementor-post__excerpt"><p>'
        f'{esc(next(b.text for b in s.blocks if isinstance(b, P))[:110])}&hellip;</p></div><a '
        f'class="elementor-post__read-more" href="{base}{post_path(s)}" aria-label="Đọc thêm về '
        f'{esc(s.title)}">Đọc tiếp »</a></div></article>'
        for s in posts
    )
    return (f'<div class="elementor-element elementor-element-{widget} elementor-grid-1 elementor-'
            f'posts--thumbnail-left elementor-widget elementor-widget-posts"><div class="elementor-'
            f'widget-container"><div class="elementor-posts-container elementor-posts elementor-'
            f'posts--skin-classic elementor-grid">{arts}</div>{pager}</div></div>')


def _pager(base: str, page: int, pages: int, href) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a class="page-numbers prev" href="{base}{href(page - 1)}">« Trang trước</a>')
    for k in range(1, pages + 1):
        if k == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{base}{href(k)}">{k}</a>')
    if page < pages:
        parts.append(f'<a class="page-numbers next" href="{base}{href(page + 1)}">Trang sau »</a>')
    return ('<nav class="elementor-pagination" aria-label="Phân trang">' + " ".join(parts)
            + "</nav>")


def _crumb(base: str, label: str) -> str:
    return (f'<p id="breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span> » <span '
            f'class="breadcrumb_last" aria-current="page">{esc(label)}</span></span></p>')


def _tin_tuc(request: Request) -> Response | None:
    base = base_url(request)
    params = request.params
    raw = params.get(EPAGE, "1")
    if set(params) - {EPAGE} or not raw.isdigit():
        return None
    page = int(raw)
    per = 5
    pages = -(-len(NONSTICKY) // per)
    if not 1 <= page <= pages:
        return None
    posts = STICKY + NONSTICKY[(page - 1) * per: page * per]

    def href(k: int) -> str:
        return "/tin-tuc/" if k == 1 else f"/tin-tuc/?{EPAGE}={k}"

    main = (_crumb(base, "Tin tức") + '<h1 class="elementor-heading-title">Tin tức</h1>'
            + _posts_widget(base, posts, _pager(base, page, pages, href), "5f3c2a1"))
    return _page(request, "Tin tức", main, canonical=href(page),
                 body_class="page-template-elementor_header_footer page page-id-18 elementor-page "
                 "elementor-page-18")


def _archive(request: Request, label: str, posts: list[Story], root: str, page: int,
             per: int, body_class: str) -> Response | None:
    base = base_url(request)
    pages = max(1, -(-len(posts) // per))
    if not 1 <= page <= pages:
        return None

    def href(k: int) -> str:
        return root if k == 1 else f"{root}page/{k}/"

    main = (_crumb(base, label) + f'<h1 class="elementor-heading-title">{esc(label)}</h1>'
            + _posts_widget(base, posts[(page - 1) * per: page * per],
                            _pager(base, page, pages, href), "7a0e5d3"))
    return _page(request, label, main, canonical=href(page),
                 body_class=f"archive {body_class} elementor-page-530")


def _home(request: Request) -> Response:
    base = base_url(request)
    latest = ORDER[:4]
    template = json.dumps({"dir": "lite", "file_name": "default.php", "name": "Post_Grid"})
    blocks = []
    for cat in ("thong-bao", "cong-tac-doi", "hoat-dong-chuyen-mon"):
        posts = [s for s in ORDER if cat in _cats(s)][:3]
        items = "".join(f'<li><a href="{base}{post_path(s)}">{esc(s.title)}</a> <span class="cva-'
                        f'ngay">({_posted(s):%d/%m})</span></li>' for s in posts)
        blocks.append(f'<div class="elementor-widget-wp-widget-recent-posts cva-khoi"><h3 class='
                      f'"elementor-heading-title"><a href="{base}/chuyen-muc/{cat}/">'
                      f"{esc(CATS[cat])}</a></h3><ul>{items}</ul><a class=\"cva-xemtatca\" "
                      f'href="{base}/chuyen-muc/{cat}/">Xem tất cả »</a></div>')
    main = (
        '<div data-elementor-type="wp-page" data-elementor-id="8" class="elementor elementor-8">'
        '<section class="elementor-section elementor-top-section elementor-element elementor-element'
        '-61c0f2e"><div class="elementor-container"><div class="elementor-widget-heading"><h2 class='
        '"elementor-heading-title">Chào mừng quý phụ huynh và các em học sinh đến với website Trường '
        'THCS Chu Văn An</h2></div>'
        '<div class="elementor-element elementor-element-a3b9e21 elementor-widget elementor-widget-'
        'eael-post-grid"><div class="elementor-widget-container"><h3 class="elementor-heading-'
        'title">Tin tức mới</h3><div id="eael-post-grid-a3b9e21" class="eael-post-grid-container">'
        '<div class="eael-post-grid eael-post-appender eael-post-appender-a3b9e21">'
        + "".join(_post_grid_item(base, s) for s in latest)
        + '</div></div><div class="eael-load-more-button-wrap"><button class="eael-load-more-button"'
        ' id="eael-load-more-btn-a3b9e21" data-widget-id="a3b9e21" data-widget="a3b9e21" data-page-'
        f'id="8" data-template=\'{esc(template)}\' data-class="Essential_Addons_Elementor\\Elements\\'
        'Post_Grid" data-layout="masonry" data-page="1" data-args="orderby=date&amp;order=desc&amp;'
        'posts_per_page=4&amp;post_type=post"><span class="eael-btn-loader button__loader"></span>'
        '<span class="eael_load_more_text">Xem thêm</span></button></div></div></div>'
        + "".join(blocks)
        + "</div></section></div>"
    )
    return _page(request, "Trang chủ", main, canonical="/",
                 body_class="home page-template-elementor_header_footer page page-id-8 "
                 "elementor-page elementor-page-8")


def _load_more(request: Request) -> Response | None:
    form = request.form
    if form.get("action") != "load_more" or not form.get("page", "").isdigit():
        return html("0")
    page = int(form["page"])
    posts = ORDER[page * 4: page * 4 + 4]
    if not posts:
        return Response(200, b"", {"Content-Type": "text/html; charset=UTF-8"})
    base = base_url(request)
    return html("".join(_post_grid_item(base, s) for s in posts))


# --- pages -------------------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Trường THCS Chu Văn An được thành lập năm 1996, tọa lạc tại trung tâm thành phố Buôn Ma "
        "Thuột, tỉnh Đắk Lắk.",
        "Năm học 2026 – 2027 nhà trường có 28 lớp với 1.126 học sinh, 68 cán bộ, giáo viên, nhân "
        "viên; trường đạt chuẩn quốc gia mức độ 2.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Hiệu trưởng: Trần Thị Mai Hương.",
        "Phó Hiệu trưởng: Phạm Quốc Bảo, Nguyễn Văn Sáu.",
        "Các tổ chuyên môn: Tổ Ngữ văn, Tổ Toán – Tin, Tổ Khoa học tự nhiên, Tổ Ngoại ngữ, "
        "Tổ Khoa học xã hội, Tổ Văn phòng.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: 45 Lê Duẩn, phường Tân Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk.",
        "Điện thoại: 0262 3 852 417 – Email: thcschuvanan.bmt@daklak.edu.vn",
    ]),
    "cong-khai": ("Công khai theo Thông tư 09/2024/TT-BGDĐT", [
        "Ngày đăng: 15/09/2026",
        "Công khai cam kết chất lượng giáo dục năm học 2026 – 2027 (tải về bên dưới).",
        "Công khai điều kiện đảm bảo chất lượng giáo dục năm học 2026 – 2027.",
    ]),
    "thu-vien-anh": ("Thư viện ảnh", [
        "Album: Hội khỏe Phù Đổng 2026 (24 ảnh) – cập nhật 04/12/2026",
        "Album: Lễ kỷ niệm 20/11/2026 (31 ảnh) – cập nhật 20/11/2026",
    ]),
}


def _wp_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, paras = PAGES[slug]
    body = "".join(f"<p>{esc(t)}</p>" for t in paras)
    if slug == "cong-khai":
        body += (f'<ul><li><a href="{base}{U}/2026/09/cam-ket-chat-luong-2026-2027.pdf">Cam kết chất '
                 f'lượng (PDF)</a></li><li><a href="{base}{U}/2026/09/dieu-kien-dam-bao-2026-2027.pdf">'
                 "Điều kiện đảm bảo chất lượng (PDF)</a></li></ul>")
    if slug == "thu-vien-anh":
        body += "".join(
            f'<figure class="gallery-item"><a href="{base}{s.images[0].src}"><img src="{base}'
            f'{s.images[0].src.replace("1024x683", "300x200")}" alt=""></a></figure>'
            for s in (S1, S6))
    if slug == "lien-he":
        body += ('<div class="wpcf7"><form action="/lien-he/#wpcf7-f77-o1" method="post" class='
                 '"wpcf7-form"><input type="text" name="your-name"><textarea name="your-message">'
                 '</textarea><input type="submit" value="Gửi"></form></div>')
    main = (_crumb(base, title) + '<div data-elementor-type="wp-page" class="elementor"><h1 class='
            f'"elementor-heading-title">{esc(title)}</h1><div class="elementor-widget-text-editor">'
            f"{body}</div></div>")
    return _page(request, title, main,
                 body_class=f"page-template-default page page-{slug} elementor-page")


# --- feeds, sitemaps, search -------------------------------------------------------------------


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link><dc:creator><![CDATA["
        f"{ACCOUNT}]]></dc:creator><pubDate>{(_posted(s) - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S}"
        f" +0000</pubDate><category><![CDATA[{CATS[s.cat]}]]></category></item>"
        for s in ORDER[:10])
    xml = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/'
           f'elements/1.1/"><channel><title>{SITE}</title><link>{base}</link>{items}</channel></rss>')
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _xml(body: str) -> Response:
    return Response(200, '<?xml version="1.0" encoding="UTF-8"?>' + body,
                    {"Content-Type": "application/xml; charset=UTF-8"})


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    if which == "index":
        return _xml('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<sitemap><loc>{base}/post-sitemap.xml</loc></sitemap><sitemap><loc>{base}/"
                    "page-sitemap.xml</loc></sitemap></sitemapindex>")
    if which == "post":
        urls = [(post_path(s), _modified(s)) for s in ORDER]
    else:
        urls = [("/", _modified(S1)), ("/tin-tuc/", _modified(S1))] + [
            (f"/{p}/", datetime(2026, 9, 15, 8, 0)) for p in PAGES]
    locs = "".join(f"<url><loc>{base}{p}</loc><lastmod>{_utc(m)}</lastmod></url>" for p, m in urls)
    return _xml(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>')


def _search(request: Request, q: str) -> Response:
    base = base_url(request)
    words = q.lower().split()
    hits = [s for s in ORDER if words and all(w in s.title.lower() for w in words)]
    label = f"Kết quả tìm kiếm cho: {q}"
    body = (_posts_widget(base, hits, "", "7a0e5d3") if hits
            else "<p>Không tìm thấy kết quả phù hợp.</p>")
    main = _crumb(base, label) + f'<h1 class="elementor-heading-title">{esc(label)}</h1>' + body
    return _page(request, label, main, body_class="search search-results elementor-page-530",
                 head='<meta name="robots" content="noindex, follow">')


# --- routing -----------------------------------------------------------------------------------

_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9-]+)/)?$")
_CAT_RE = re.compile(r"^/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?$")
_TAG_RE = re.compile(r"^/tag/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_AUTHOR_RE = re.compile(rf"^/author/{ACCOUNT}/(?:page/(\d+)/)?$")
BY_PATH = {post_path(s): s for s in STORIES}
OLD_SLUGS = {f"/2026/11/{s.opts['old_slug']}/": s for s in STORIES if "old_slug" in s.opts}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path == "/wp-admin/admin-ajax.php":
                return _load_more(request)
            return None
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax."
                            f"php\n\nSitemap: {base_url(request)}/sitemap_index.xml\n",
                            {"Content-Type": "text/plain"})
        if path == "/sitemap_index.xml":
            return _sitemap(request, "index")
        if path in ("/post-sitemap.xml", "/page-sitemap.xml"):
            return _sitemap(request, path[1:5])
        if path == "/feed/":
            return _feed(request)
        if path == "/":
            params = request.params
            if "s" in params:
                return _search(request, params["s"])
            if "p" in params and params["p"].isdigit():
                for s in STORIES:
                    if POST_ID[s.id] == int(params["p"]):
                        return redirect(base_url(request) + post_path(s), 301)
                return None
            return _home(request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/"
            probe = Request("GET", target, "", request.headers)
            if self.respond(probe) is not None:
                return redirect(base_url(request) + target + (f"?{request.query}" if request.query
                                                              else ""), 301)
            return None
        if path == "/tin-tuc/":
            return _tin_tuc(request)
        if path in OLD_SLUGS:
            return redirect(base_url(request) + post_path(OLD_SLUGS[path]), 301)
        m = _POST_RE.match(path)
        if m:
            s = BY_PATH.get(f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/")
            if s is None:
                return None
            if m.group(4):
                for img in s.images:
                    if _stem(img.src) == m.group(4):
                        return redirect(base_url(request) + _full(img.src), 301)
                return None
            reply = parse_qs(request.query).get("replytocom", [None])[0]
            if reply is not None:
                ids = {c[0] for c in s.opts.get("comments", [])}
                if not reply.isdigit() or int(reply) not in ids:
                    return _single(request, s, None)
                return _single(request, s, int(reply))
            return _single(request, s, None)
        m = _CAT_RE.match(path)
        if m and m.group(1) in CATS:
            if m.group(2) == "1":
                return redirect(f"{base_url(request)}/chuyen-muc/{m.group(1)}/", 301)
            cat = m.group(1)
            posts = [s for s in ORDER if cat in _cats(s)]
            return _archive(request, CATS[cat], posts, f"/chuyen-muc/{cat}/",
                            int(m.group(2) or 1), 4, f"category category-{cat}")
        m = _TAG_RE.match(path)
        if m and m.group(1) in TAGS:
            t = m.group(1)
            posts = [s for s in ORDER if t in s.opts.get("tags", [])]
            return _archive(request, f"Thẻ: {TAGS[t]}", posts, f"/tag/{t}/", int(m.group(2) or 1),
                            10, f"tag tag-{t}")
        m = _AUTHOR_RE.match(path)
        if m:
            return _archive(request, f"Tác giả: {ACCOUNT}", ORDER, f"/author/{ACCOUNT}/",
                            int(m.group(1) or 1), 10, f"author author-{ACCOUNT}")
        slug = path.strip("/")
        if slug in PAGES:
            return _wp_page(request, slug)
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    return [f"{post_path(s)}?replytocom={c[0]}" for c in s.opts.get("comments", [])]


GOLD = [gold_record(s, post_path(s), CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu/", "/co-cau-to-chuc/", "/lien-he/", "/cong-khai/", "/thu-vien-anh/"]
