"""Trường Chính trị tỉnh Đồng Nai on WordPress 6.x with a government-style theme ("chinhtri":
red and yellow, the national emblem left of the school name in the header).

Platform
--------
A classic WordPress site (Classic Editor and a few Gutenberg posts), Yoast SEO (canonical,
``og:*``, ``article:published_time`` in UTC, breadcrumbs), WP-Print (``/print/`` endpoint),
WP-PageNavi on category archives, a3 Lazy Load on some images, the core gallery shortcode with
attachment pages, native comments. The Vietnamese locale prints the time in WordPress's default
``g:i a`` form: "4:40 chiều" is 16:40, "8:15 sáng" is 08:15.

URL scheme
----------
- ``/`` latest posts, 6 a page, newest first; older pages ``/page/2/``, ``/page/3/`` (linked by a
  "← Tin cũ hơn" / "Tin mới hơn →" pair, not by numbers).
- ``/tin-tuc/<slug>/`` a post (permalink structure ``/tin-tuc/%postname%/``).
- ``/?p=<id>`` the shortlink printed in the share box: 301 to the pretty permalink.
- ``/tin-tuc/<slug>/print/`` the WP-Print view (same article, no canonical, noindex).
- ``/tin-tuc/<slug>/?replytocom=<n>`` the comment "Trả lời" links (same article, canonical
  points at the post); ``/tin-tuc/<slug>/?utm_source=docnhieu&utm_medium=widget`` from the
  "Đọc nhiều" widget (same article).
- ``/tin-tuc/<slug>/attachment/<file>/`` attachment pages of gallery images (title = file name,
  a date, one big image): not articles.
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` category archives, 6 a page,
  WP-PageNavi ("Trang 1 / 2", numbers, "»"); ``/page/1/`` answers 301 to the first page.
- ``/gioi-thieu/``, ``/lien-he/`` static pages; ``/van-ban/`` and ``/van-ban/<slug>/`` the
  "Văn bản" custom post type (a document with number and issuing date); ``/thu-vien-anh/<slug>/``
  a photo album post type.
- Uploads under ``/wp-content/uploads/2026/<mm>/``; theme files under ``/wp-content/themes/``.
- No robots.txt and no sitemap (the spec asks for none): 404.

Page templates
--------------
Header: emblem, "ĐẢNG CỘNG SẢN VIỆT NAM / TRƯỜNG CHÍNH TRỊ TỈNH ĐỒNG NAI", the clock line
"Thứ Bảy, 05/12/2026" (today, never a publication date), the main menu (Trang chủ, Giới thiệu,
"Tin tức" with a dropdown of the four categories whose parent link is ``#``, Văn bản, Thư viện
ảnh, Liên hệ). Sidebar: search, "Đọc nhiều" (5 links with utm parameters), "Liên kết website"
(select), a poll, the visitor counter "Đang online / Hôm nay / Tổng truy cập". Footer: address,
phone, email, copyright.

Single post: Yoast breadcrumb "Trang chủ » <primary category> » <title>", an optional kicker
line above ``h1.single-title``, ``div.entry-meta`` (weekday, ``dd/mm/yyyy - g:i a``, "Đăng bởi:
<login>", "Lượt xem"), sometimes "Cập nhật: …" (modified), an optional sapo ``div.entry-sapo``
outside the content, ``div.entry-content`` (Classic/Gutenberg HTML, possibly an Easy-TOC "Mục lục"
box), then the share box (Facebook, Zalo, "In bài viết", "Gửi email", "Link rút gọn"), "Chuyên
mục:" and "Thẻ:" lines, "Tin liên quan", comments and the comment form.

How each gold article is reached
--------------------------------
13 posts. Home page 1 lists the 6 newest, ``/page/2/`` the next 6, ``/page/3/`` the oldest
(``van-dung-quan-diem-lay-dan-lam-goc...``), which is otherwise only on
``/chuyen-muc/nghien-cuu-trao-doi/`` and in "Tin liên quan". "Tin hoạt động" holds 7 posts
(6 of its own plus one cross-filed post), so its oldest (``tap-huan-chuyen-doi-so...``) is on its
``/page/2/`` only (and home page 2). The category archives are linked from the dropdown menu and
the footer menu.

Traps
-----
1. Time in 12-hour Vietnamese form: "Thứ Hai, 30/11/2026 - 4:40 chiều" is 16:40, "12:10 chiều"
   is 12:10; gold ``2026-11-30T16:40:00+07:00``. Yoast's ``article:published_time`` is in UTC
   (``2026-11-30T09:40:00+00:00``): reading its clock as local time is 7 hours off.
2. A "Cập nhật: …" (modified) date and time follows the publication date on some posts; the
   header clock prints today. Gold: the "posted-on" date only.
3. "Đăng bởi: quantri" on every post is the CMS login: credits nobody. The real credit is a
   byline in the content: "Tin, ảnh: Lê Thị Thu Hà (Phòng Quản lý đào tạo)" (author and
   photographer Lê Thị Thu Hà), "Tin: Nguyễn Hoàng Nam; Ảnh: Trần Minh Quân", a right-aligned
   "ThS. Phạm Thị Ngọc Ánh - Khoa Nhà nước và Pháp luật" (degree and department dropped),
   an essay's heading line "PGS, TS. Nguyễn Đức Thắng / Học viện Chính trị khu vực II" (the
   comma-separated degree pair is not the name; the institution is a post), "BBT" (nobody),
   "Tin: Đoàn Thanh niên trường" (a unit: author as printed). A reprint from Nhân Dân signs in
   that paper's capitals, "MINH QUANG": kept as printed (the house keeps credits as printed;
   re-casing a pen name would be a guess).
4. A unit whose own name contains " - ": the right-aligned signature "Phòng Tổ chức - Hành
   chính" is one unit (author as printed), not a name followed by a department.
5. Sapo forms: a bold first paragraph (summary), ``div.entry-sapo`` outside the content (summary,
   first paragraph of body), and a first paragraph whose first words only are bold
   ("<strong>Sáng 26/11,</strong> tại …") which is an ordinary paragraph (summary null).
6. Reprints: "Theo Báo Nhân Dân" (source "Báo Nhân Dân"), "Nguồn: Tạp chí Cộng sản" after the
   essay; the essay's "(Bài đăng trên Tạp chí Cộng sản số 1.052, tháng 11/2026)" line is a
   credit line (not body); published_at stays the post's own date.
7. Body boundaries: the Easy-TOC "Mục lục" box inside ``entry-content`` is not body; the
   sub-headings of the essay are; a timetable in a table gives one paragraph per row ("cells
   | joined"); a ``<br>`` inside a paragraph splits it in two; Bác's words in a blockquote are
   body; the references list of the essay ("Tài liệu tham khảo" heading and items) is printed
   article text, so body. Share box, "Chuyên mục/Thẻ", "Tin liên quan", comments are not.
8. Captions in four forms: core ``[caption]`` (``p.wp-caption-text``), Gutenberg ``figcaption``,
   a centred italic paragraph after an image, and a plain paragraph right under the photo
   that starts with the photo's subject ("Quang cảnh hội nghị.") - all captions, not body.
   A gallery: thumbnails link to attachment pages; ``dd.gallery-caption`` is each caption.
9. Lazy images (a3 Lazy Load): ``src`` is a placeholder GIF under the plugin folder, the photo
   is in ``data-src`` and in a ``<noscript>`` copy; gold is the photo, once.
10. Title: ``<title>``/``og:title`` are Yoast's SEO title (shorter, with " - Trường Chính trị
    Đồng Nai"); a kicker line in capitals sits above the ``h1`` on one post. Gold: the h1.
11. Category: one post is filed under two categories; its "Chuyên mục:" line lists them by name
    ("Học tập và làm theo …, Tin hoạt động") while Yoast's breadcrumb shows the primary
    category "Tin hoạt động": gold follows the breadcrumb (its last section; the last crumb
    is the post title, not a section).
12. Duplicates: ``/print/`` views, ``?replytocom=`` and ``?utm_…`` variants serve the same
    article (alt_paths); ``/?p=<id>`` is a 301 to the permalink.
13. Look-alike non-articles: attachment pages (title, date, image), "Văn bản" entries (number,
    issuing date, PDF), a photo album, static pages with the single template.
14. Listings: the home pager is a "Tin cũ hơn" link pair, category pagers are numbered; the
    "Tin tức" menu parent links to ``#``.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_dangbo_tct"
PLATFORM = "WordPress 6.x + government theme (Yoast SEO, WP-Print, WP-PageNavi, a3 Lazy Load)"
START_PATH = "/"
TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Đồng Nai"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "bao-ve-nen-tang-tu-tuong-cua-dang": "Bảo vệ nền tảng tư tưởng của Đảng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


STORIES: list[Story] = [
    Story(
        1201,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k45",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K45 hệ không tập trung",
        "tin-hoat-dong",
        "2026-12-03T08:15:00+07:00",
        [
            P(
                "Sáng 02/12, Trường Chính trị tỉnh Đồng Nai tổ chức Lễ khai giảng lớp Trung cấp lý "
                "luận chính trị - hành chính K45 hệ không tập trung dành cho 112 học viên là cán bộ, "
                "công chức các xã, phường trên địa bàn tỉnh.",
                "sapo",
            ),
            Img(
                up(12, "khai-giang-k45-1-1024x683.jpg"),
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học.",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học.",
                "wpcap",
            ),
            P(
                "Phát biểu tại lễ khai giảng, đồng chí Hiệu trưởng nhà trường nhấn mạnh: chương trình "
                "Trung cấp lý luận chính trị - hành chính trang bị cho học viên hệ thống kiến thức cơ "
                "bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng, chính sách, "
                "pháp luật của Nhà nước."
            ),
            P(
                "Lớp học kéo dài 8 tháng, học vào các ngày thứ Năm, thứ Sáu và thứ Bảy hằng tuần tại "
                "cơ sở 2 của trường. Học viên được tổ chức đi nghiên cứu thực tế tại huyện Tân Phú "
                "trong học phần cuối khóa."
            ),
            P(
                "Nhà trường đề nghị học viên chấp hành nghiêm quy chế đào tạo, phát huy tinh thần tự "
                "học, gắn lý luận với thực tiễn công tác tại cơ sở."
            ),
            Img(
                up(12, "khai-giang-k45-2-1024x683.jpg"),
                "Các học viên tham dự lễ khai giảng.",
                "Các học viên tham dự lễ khai giảng.",
                "wpcap",
            ),
            P(
                "Thay mặt học viên, đồng chí Nguyễn Văn Lợi, lớp trưởng, hứa sẽ đoàn kết, nỗ lực hoàn "
                "thành tốt nhiệm vụ học tập."
            ),
            byline_right("Tin, ảnh: Lê Thị Thu Hà (Phòng Quản lý đào tạo)"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        summary=(
            "Sáng 02/12, Trường Chính trị tỉnh Đồng Nai tổ chức Lễ khai giảng lớp Trung cấp lý "
            "luận chính trị - hành chính K45 hệ không tập trung dành cho 112 học viên là cán bộ, "
            "công chức các xã, phường trên địa bàn tỉnh."
        ),
        opts={"mod": (2026, 12, 4, 9, 2), "seo": "Khai giảng lớp TCLLCT-HC K45"},
    ),
    Story(
        1196,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        "Hội nghị viên chức, người lao động năm 2026",
        "tin-hoat-dong",
        "2026-11-30T16:40:00+07:00",
        [
            P(
                "Chiều 28/11, Trường Chính trị tỉnh Đồng Nai tổ chức Hội nghị viên chức, người lao "
                "động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ và bàn giải pháp cho năm 2027."
            ),
            Img(up(11, "hoi-nghi-vc-2026.jpg"), "Quang cảnh hội nghị.", "Quang cảnh hội nghị.", "plain"),
            P(
                "Năm 2026, nhà trường mở 24 lớp bồi dưỡng, đào tạo với hơn 2.600 học viên; 100% giảng "
                "viên thực hiện đủ định mức giờ giảng và đi thực tế cơ sở theo quy định."
            ),
            P(
                "Hội nghị đã thông qua quy chế chi tiêu nội bộ sửa đổi, quy chế dân chủ ở cơ sở và "
                "phát động phong trào thi đua năm 2027."
            ),
            P("Các chỉ tiêu chính năm 2027:", "h3"),
            P("Hoàn thành 100% kế hoạch đào tạo, bồi dưỡng được giao.", "li"),
            P("Phấn đấu 100% giảng viên đạt chuẩn theo quy định.", "li"),
            P("Đẩy mạnh chuyển đổi số trong quản lý đào tạo.", "li"),
            byline_right("Phòng Tổ chức - Hành chính"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
    ),
    Story(
        1193,
        "nhan-dien-va-dau-tranh-voi-cac-luan-dieu-xuyen-tac-vai-tro-lanh-dao-cua-dang",
        "Nhận diện và đấu tranh với các luận điệu xuyên tạc vai trò lãnh đạo của Đảng trong giai đoạn mới",
        "bao-ve-nen-tang-tu-tuong-cua-dang",
        "2026-11-28T09:10:00+07:00",
        [
            Raw(
                '<p><strong>PGS, TS. Nguyễn Đức Thắng</strong><br>'
                "<em>Học viện Chính trị khu vực II</em></p>"
            ),
            Raw("TOC"),
            P("1. Những luận điệu xuyên tạc phổ biến hiện nay", "h2"),
            P(
                "Lợi dụng không gian mạng, các thế lực thù địch ra sức phủ nhận vai trò lãnh đạo của "
                "Đảng, cho rằng sự lãnh đạo của Đảng là “không có cơ sở pháp lý”, đòi “đa nguyên, đa "
                "đảng”."
            ),
            P(
                "Chúng cố tình đánh đồng những hạn chế, khuyết điểm của một bộ phận cán bộ, đảng viên "
                "với bản chất của Đảng, từ đó gieo rắc tâm lý hoài nghi trong nhân dân."
            ),
            P("2. Cơ sở lý luận và thực tiễn để phản bác", "h2"),
            P(
                "Vai trò lãnh đạo của Đảng được xác lập từ thực tiễn lịch sử, được nhân dân thừa nhận "
                "và được ghi nhận tại Điều 4 Hiến pháp năm 2013."
            ),
            P(
                "Thành tựu của gần 40 năm đổi mới là minh chứng thuyết phục nhất cho năng lực lãnh "
                "đạo, cầm quyền của Đảng."
            ),
            P("3. Một số giải pháp", "h2"),
            P(
                "Một là, nâng cao nhận thức, bản lĩnh chính trị của cán bộ, đảng viên, nhất là đội "
                "ngũ giảng viên lý luận chính trị."
            ),
            P(
                "Hai là, đổi mới nội dung, phương thức đấu tranh, chủ động cung cấp thông tin chính "
                "thống trên không gian mạng."
            ),
            P("Tài liệu tham khảo", "h3"),
            P("Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb CTQG Sự thật, H.2021.", "ol"),
            P("Hồ Chí Minh: Toàn tập, Nxb CTQG, H.2011, t.5.", "ol"),
            Raw("<p><em>(Bài đăng trên Tạp chí Cộng sản số 1.052, tháng 11/2026)</em></p>"),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Cộng sản</em></p>'),
        ],
        authors=["Nguyễn Đức Thắng"],
        source="Tạp chí Cộng sản",
        summary=(
            "Bảo vệ vai trò lãnh đạo của Đảng là nhiệm vụ quan trọng hàng đầu trong đấu tranh bảo "
            "vệ nền tảng tư tưởng của Đảng hiện nay."
        ),
        sapo_outside=True,
        opts={"seo": "Đấu tranh với luận điệu xuyên tạc vai trò lãnh đạo của Đảng"},
    ),
    Story(
        1188,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-boi-duong-can-bo-co-so",
        "Hội thảo khoa học “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở”",
        "tin-hoat-dong",
        "2026-11-26T12:10:00+07:00",
        [
            P(
                "Sáng 26/11, tại hội trường A, Trường Chính trị tỉnh Đồng Nai tổ chức hội thảo khoa "
                "học cấp trường với 19 tham luận của giảng viên và cán bộ quản lý.",
                "leadbold",
            ),
            Img(
                up(11, "hoi-thao-khoa-hoc-2026.jpg"),
                "Các đại biểu tham dự hội thảo.",
                "Các đại biểu tham dự hội thảo.",
                "block",
            ),
            P(
                "Các tham luận tập trung phân tích thực trạng đội ngũ cán bộ cấp xã sau sắp xếp đơn vị "
                "hành chính, chỉ ra yêu cầu mới về kiến thức, kỹ năng đối với cán bộ cơ sở."
            ),
            P(
                "Nhiều ý kiến đề xuất tăng thời lượng thực hành, tình huống; đưa nội dung chuyển đổi "
                "số, kỹ năng xử lý thông tin trên mạng xã hội vào chương trình bồi dưỡng."
            ),
            P(
                "Kết luận hội thảo, đồng chí Phó Hiệu trưởng đề nghị các khoa tiếp thu, chắt lọc các ý "
                "kiến để hoàn thiện chương trình, giáo trình trong năm 2027."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Nguyễn Hoàng Nam; Ảnh: Trần Minh Quân</em></p>'),
        ],
        authors=["Nguyễn Hoàng Nam"],
        photographers=["Trần Minh Quân"],
    ),
    Story(
        1185,
        "tu-hoc-suot-doi-theo-guong-bac-ho",
        "Tự học suốt đời theo gương Bác Hồ",
        "hoc-tap-va-lam-theo-bac",
        "2026-11-24T07:45:00+07:00",
        [
            P(
                "Chủ tịch Hồ Chí Minh là tấm gương sáng về tinh thần tự học. Người tự học ngoại ngữ "
                "trong những năm bôn ba tìm đường cứu nước, học ở mọi lúc, mọi nơi."
            ),
            P("Người dạy:"),
            P("“Học hỏi là một việc phải tiếp tục suốt đời.", "quote"),
            P("Không ai có thể tự cho mình đã biết đủ rồi, biết hết rồi”.", "quote-br"),
            P(
                "Học tập và làm theo Bác, mỗi giảng viên nhà trường xác định tự học, tự nghiên cứu là "
                "nhiệm vụ thường xuyên để nâng cao trình độ chuyên môn và kỹ năng sư phạm."
            ),
            P(
                "Năm 2026, 14 giảng viên hoàn thành chương trình bồi dưỡng ngoại ngữ, 3 giảng viên bảo "
                "vệ thành công luận văn thạc sĩ."
            ),
            byline_right("ThS. Võ Thị Mai Hương"),
        ],
        authors=["Võ Thị Mai Hương"],
        summary=(
            "Tinh thần tự học của Chủ tịch Hồ Chí Minh là bài học quý cho đội ngũ giảng viên lý "
            "luận chính trị hôm nay."
        ),
        sapo_outside=True,
    ),
    Story(
        1180,
        "trao-bang-tot-nghiep-cao-cap-ly-luan-chinh-tri-lop-k43",
        "Trao bằng tốt nghiệp Cao cấp lý luận chính trị lớp K43",
        "tin-hoat-dong",
        "2026-11-20T15:30:00+07:00",
        [
            P(
                "Chiều 19/11, nhà trường phối hợp với Học viện Chính trị khu vực II tổ chức lễ bế giảng "
                "và trao bằng tốt nghiệp cho 86 học viên lớp Cao cấp lý luận chính trị K43."
            ),
            P(
                "Kết quả có 21 học viên tốt nghiệp loại giỏi, 65 học viên loại khá; 100% khóa luận đạt "
                "yêu cầu."
            ),
            Img(up(11, "dsc_0412-150x150.jpg"), "Trao bằng cho học viên", "Trao bằng cho học viên", "gallery"),
            Img(up(11, "dsc_0418-150x150.jpg"), "Tặng giấy khen học viên giỏi", "Tặng giấy khen học viên giỏi", "gallery"),
            Img(up(11, "dsc_0425-150x150.jpg"), None, None, "gallery"),
            P(
                "Dịp này, Học viện tặng giấy khen cho 5 học viên có thành tích xuất sắc trong học tập "
                "và rèn luyện."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
    ),
    Story(
        1177,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-hoat-dong",
        "2026-11-19T10:30:00+07:00",
        [
            P(
                "Sáng 18/11, Trường Chính trị tỉnh Đồng Nai tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam."
            ),
            P("Đến dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, các thế hệ nhà giáo "
              "của trường qua các thời kỳ."),
            Img(up(11, "20-11-2026.jpg"), "Lãnh đạo nhà trường tặng hoa các nhà giáo.",
                "Lãnh đạo nhà trường tặng hoa các nhà giáo.", "center-em"),
            P(
                "Dịp này, 6 giảng viên được tặng danh hiệu giảng viên dạy giỏi cấp trường; 2 tập thể "
                "khoa được tặng giấy khen."
            ),
            P("Chương trình văn nghệ do Đoàn Thanh niên nhà trường biểu diễn đã để lại nhiều cảm xúc."),
            Raw('<p style="text-align: right;"><em>Tin: Đoàn Thanh niên trường</em></p>'),
        ],
        authors=["Đoàn Thanh niên trường"],
        opts={"kicker": "CHÀO MỪNG KỶ NIỆM NGÀY NHÀ GIÁO VIỆT NAM"},
    ),
    Story(
        1172,
        "dang-uy-truong-so-ket-thuc-hien-chi-thi-05",
        "Đảng ủy Trường sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị",
        "tin-hoat-dong",
        "2026-11-14T14:30:00+07:00",
        [
            P(
                "Ngày 13/11, Đảng ủy Trường Chính trị tỉnh Đồng Nai tổ chức hội nghị sơ kết 5 năm thực "
                "hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                "Chí Minh."
            ),
            P(
                "Qua 5 năm, các chi bộ đã đưa nội dung học tập và làm theo Bác vào sinh hoạt chuyên đề "
                "hằng quý; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể."
            ),
            P(
                "Hội nghị khen thưởng 3 tập thể và 7 cá nhân có thành tích tiêu biểu, trong đó có chi "
                "bộ Khoa Xây dựng Đảng với mô hình “Mỗi tuần một bài giảng mẫu”."
            ),
            byline_right("Văn phòng Đảng ủy"),
        ],
        authors=["Văn phòng Đảng ủy"],
        opts={"cats": ["hoc-tap-va-lam-theo-bac", "tin-hoat-dong"]},
    ),
    Story(
        1168,
        "mot-so-giai-phap-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri",
        "Một số giải pháp nâng cao chất lượng giảng dạy lý luận chính trị ở trường chính trị tỉnh",
        "nghien-cuu-trao-doi",
        "2026-11-10T10:00:00+07:00",
        [
            P(
                "Chất lượng giảng dạy lý luận chính trị quyết định trực tiếp chất lượng đào tạo, bồi "
                "dưỡng cán bộ của hệ thống trường chính trị."
            ),
            P(
                "Thực tế cho thấy, phương pháp giảng dạy ở một số nơi vẫn nặng về thuyết trình, ít "
                "tương tác; việc liên hệ thực tiễn địa phương chưa thường xuyên."
            ),
            P("Từ thực tiễn nhà trường, tác giả đề xuất một số giải pháp sau:"),
            P("Thứ nhất, chuẩn hóa đội ngũ giảng viên theo vị trí việc làm.", "li"),
            P("Thứ hai, đổi mới phương pháp theo hướng lấy người học làm trung tâm.", "li"),
            P("Thứ ba, tăng cường đi thực tế và nghiên cứu khoa học gắn với địa phương.", "li"),
            P("Thứ tư, ứng dụng công nghệ thông tin trong giảng dạy và kiểm tra, đánh giá.", "li"),
            P(
                "Các giải pháp trên cần được triển khai đồng bộ, có lộ trình và có sự phối hợp chặt "
                "chẽ giữa nhà trường với các cơ quan tham mưu của Tỉnh ủy."
            ),
            byline_right("TS. Đỗ Thanh Tùng - Phó Trưởng Khoa Lý luận cơ sở"),
        ],
        authors=["Đỗ Thanh Tùng"],
    ),
    Story(
        1163,
        "phan-bac-luan-dieu-phu-nhan-chu-nghia-mac-lenin",
        "Phản bác luận điệu phủ nhận chủ nghĩa Mác - Lênin",
        "bao-ve-nen-tang-tu-tuong-cua-dang",
        "2026-11-05T20:15:00+07:00",
        [
            P(
                "Thời gian gần đây, trên một số trang mạng xuất hiện các bài viết cho rằng chủ nghĩa "
                "Mác - Lênin đã “lỗi thời”, “không còn phù hợp” với thời đại công nghệ số."
            ),
            P(
                "Đây là luận điệu không mới. Thực tiễn cho thấy, những nguyên lý cơ bản của chủ nghĩa "
                "Mác - Lênin vẫn giữ nguyên giá trị khoa học và cách mạng."
            ),
            P("Phép biện chứng duy vật vẫn là công cụ nhận thức sắc bén;"),
            P("học thuyết về hình thái kinh tế - xã hội vẫn soi sáng con đường phát triển.", "br"),
            P(
                "Kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh không có nghĩa là giáo điều mà "
                "là vận dụng sáng tạo, phù hợp với điều kiện cụ thể của Việt Nam."
            ),
            byline_right("MINH QUANG"),
            Raw('<p style="text-align: right;"><em>Theo Báo Nhân Dân</em></p>'),
        ],
        authors=["MINH QUANG"],
        source="Báo Nhân Dân",
        opts={"mod": (2026, 11, 6, 8, 0)},
    ),
    Story(
        1157,
        "tap-huan-chuyen-doi-so-cho-giang-vien-nam-2026",
        "Tập huấn chuyển đổi số cho giảng viên năm 2026",
        "tin-hoat-dong",
        "2026-10-28T08:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyển đổi số năm 2026, nhà trường tổ chức lớp tập huấn kỹ năng số "
                "cho toàn thể giảng viên và viên chức."
            ),
            P("Lịch tập huấn cụ thể như sau:"),
            P("Ngày | Nội dung | Báo cáo viên", "row"),
            P("29/10/2026 | Khai thác hệ thống quản lý đào tạo | Phòng Quản lý đào tạo", "row"),
            P("30/10/2026 | Thiết kế bài giảng điện tử | Khoa Nhà nước và Pháp luật", "row"),
            P("31/10/2026 | An toàn thông tin trên không gian mạng | Sở Khoa học và Công nghệ", "row"),
            P("Viên chức tham dự đầy đủ, mang theo máy tính xách tay cá nhân."),
            byline_right("ThS. Phạm Thị Ngọc Ánh - Khoa Nhà nước và Pháp luật"),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        opts={"comments": [(31, "Trần Văn Bình", "Lịch rất rõ ràng, cảm ơn nhà trường."),
                           (32, "Lê Hồng", "Xin tài liệu buổi 2 ạ.")]},
    ),
    Story(
        1150,
        "guong-sang-lam-theo-loi-bac-o-khoa-xay-dung-dang",
        "Gương sáng làm theo lời Bác ở Khoa Xây dựng Đảng",
        "hoc-tap-va-lam-theo-bac",
        "2026-10-15T15:20:00+07:00",
        [
            P(
                "Hơn 20 năm đứng trên bục giảng, thầy Trần Quốc Việt, giảng viên chính Khoa Xây dựng "
                "Đảng, luôn giữ nếp sống giản dị, tận tụy với học viên."
            ),
            Img(up(10, "thay-viet.jpg"), "Thầy Trần Quốc Việt trong một giờ giảng.",
                "Thầy Trần Quốc Việt trong một giờ giảng.", "lazy"),
            P(
                "Thầy thường xuyên xuống cơ sở, ghi chép những tình huống thực tế để đưa vào bài giảng; "
                "nhiều học viên nhớ mãi những buổi thảo luận sôi nổi của thầy."
            ),
            P("Năm 2026, thầy được UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong học tập "
              "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
            Raw('<p style="text-align: right;"><strong>Hoàng Long</strong></p>'
                '<p style="text-align: right;"><em>Theo Báo Đồng Nai</em></p>'),
        ],
        authors=["Hoàng Long"],
        source="Báo Đồng Nai",
    ),
    Story(
        1142,
        "van-dung-quan-diem-lay-dan-lam-goc-trong-cong-tac-dan-van",
        "Vận dụng quan điểm “lấy dân làm gốc” trong công tác dân vận ở cơ sở",
        "nghien-cuu-trao-doi",
        "2026-10-02T09:05:00+07:00",
        [
            P(
                "Quan điểm “lấy dân làm gốc” là sợi chỉ đỏ xuyên suốt trong tư tưởng Hồ Chí Minh và "
                "đường lối của Đảng ta."
            ),
            P(
                "Ở cơ sở, quan điểm này thể hiện ở việc cán bộ gần dân, hiểu dân, lắng nghe và giải "
                "quyết kịp thời những kiến nghị chính đáng của nhân dân."
            ),
            P(
                "Tuy nhiên, vẫn còn tình trạng một bộ phận cán bộ làm việc theo kiểu hành chính, ngại "
                "đối thoại, để bức xúc kéo dài."
            ),
            P(
                "Để khắc phục, cần thực hiện tốt quy chế dân chủ ở cơ sở, đổi mới phương thức tiếp "
                "dân, đối thoại và phát huy vai trò giám sát của Mặt trận Tổ quốc."
            ),
            Raw('<p style="text-align: right;"><strong>Lưu Thị Bích Ngọc</strong><br>'
                "<em>Khoa Xây dựng Đảng</em></p>"),
        ],
        authors=["Lưu Thị Bích Ngọc"],
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at, reverse=True)


def post_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


def alt_paths(story: Story) -> list[str]:
    out = [post_path(story) + "print/"]
    out += [f"{post_path(story)}?replytocom={cid}" for cid, _, _ in story.opts.get("comments", [])]
    if story in MOST_READ:
        out.append(post_path(story) + "?" + UTM)
    return out


UTM = "utm_source=docnhieu&utm_medium=widget"
MOST_READ = [BY_ID[1193], BY_ID[1172], BY_ID[1168], BY_ID[1185], BY_ID[1201]]

GOLD = [
    gold_record(s, post_path(s), CATEGORIES[s.cat], alt_paths=alt_paths(s)) for s in STORIES
]

GALLERY_SLUG = "le-trao-bang-tot-nghiep-cao-cap-llct-k43"
DOC_SLUG = "thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-k46"
NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    f"/van-ban/{DOC_SLUG}/",
    f"/thu-vien-anh/{GALLERY_SLUG}/",
    "/tin-tuc/trao-bang-tot-nghiep-cao-cap-ly-luan-chinh-tri-lop-k43/attachment/dsc_0412/",
    "/chuyen-muc/tin-hoat-dong/page/2/",
]


# --- dates ------------------------------------------------------------------------------------


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def clock(hour: int, minute: int) -> str:
    """WordPress ``g:i a`` in the Vietnamese locale."""
    return f"{hour % 12 or 12}:{minute:02d} {'sáng' if hour < 12 else 'chiều'}"


def date_long(story: Story) -> str:
    d = _dt_of(story)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {clock(d.hour, d.minute)}"


def date_short(story: Story) -> str:
    return f"{_dt_of(story):%d/%m/%Y}"


def date_utc(story: Story) -> str:
    return (_dt_of(story) - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + (" […]" if len(words) > 28 else "")


# --- content ----------------------------------------------------------------------------------

LAZY_GIF = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"


def _img(request: Request, img: Img) -> str:
    src = base_url(request) + img.src
    cls = 'class="size-large aligncenter"'
    if img.style == "lazy":
        return (
            f'<img {cls} loading="lazy" src="{base_url(request)}{LAZY_GIF}" data-src="{src}" '
            f'width="800" height="533" alt="">'
            f'<noscript><img {cls} src="{src}" width="800" height="533" alt=""></noscript>'
        )
    return f'<img {cls} src="{src}" width="800" height="533" alt="{esc(img.caption or "")}">'


def _toc(story: Story) -> str:
    items = "".join(
        f'<li><a href="#muc-{i}">{esc(b.text)}</a></li>'
        for i, b in enumerate(x for x in story.blocks if isinstance(x, P) and x.style == "h2")
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy">'
        '<p class="ez-toc-title">Mục lục</p><nav><ul class="ez-toc-list">'
        f"{items}</ul></nav></div>"
    )


def _gallery(request: Request, story: Story, imgs: list[Img]) -> str:
    out = [f'<div id="gallery-1" class="gallery galleryid-{story.id} gallery-columns-3">']
    for img in imgs:
        stem = img.src.rsplit("/", 1)[1].split("-150x150")[0].split(".")[0]
        cap = f'<dd class="wp-caption-text gallery-caption">{esc(img.printed)}</dd>' if img.printed else ""
        out.append(
            f'<dl class="gallery-item"><dt class="gallery-icon landscape">'
            f'<a href="{base_url(request)}{post_path(story)}attachment/{stem}/">'
            f'<img width="150" height="150" src="{base_url(request)}{img.src}" '
            f'class="attachment-thumbnail size-thumbnail" alt=""></a></dt>{cap}</dl>'
        )
    out.append('<br style="clear: both"></div>')
    return "".join(out)


def render_content(request: Request, story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    h2 = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_toc(story) if b.html == "TOC" else b.html)
        elif isinstance(b, Img):
            if b.style == "gallery":
                run = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    run.append(blocks[i])
                    i += 1
                out.append(_gallery(request, story, run))
                continue
            tag = _img(request, b)
            if b.style == "wpcap":
                out.append(
                    f'<div id="attachment_{story.id}{i}" style="width: 810px" '
                    f'class="wp-caption aligncenter">{tag}'
                    f'<p id="caption-attachment-{story.id}{i}" class="wp-caption-text">'
                    f"{esc(b.printed)}</p></div>"
                )
            elif b.style == "block":
                out.append(
                    f'<figure class="wp-block-image size-large">{tag}'
                    f'<figcaption class="wp-element-caption">{esc(b.printed)}</figcaption></figure>'
                )
            elif b.style == "center-em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            elif b.style == "plain":
                out.append(f"<p>{tag}</p>\n<p>{esc(b.printed)}</p>")
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        else:
            st = b.style
            if st in ("li", "ol"):
                tag = "ul" if st == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    items.append(f"<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
                continue
            if st == "row":
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                    cells = blocks[i].text.split(" | ")
                    cell = "th" if not rows else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in cells) + "</tr>")
                    i += 1
                out.append('<table class="tablepress" border="1" cellpadding="4"><tbody>'
                           + "".join(rows) + "</tbody></table>")
                continue
            if st == "quote":
                parts = [esc(b.text)]
                j = i + 1
                while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "quote-br":
                    parts.append(esc(blocks[j].text))
                    j += 1
                out.append(f"<blockquote><p><em>{'<br>'.join(parts)}</em></p></blockquote>")
                i = j
                continue
            if st == "h2":
                out.append(f'<h2><span class="ez-toc-section" id="muc-{h2}"></span>{esc(b.text)}</h2>')
                h2 += 1
            elif st == "h3":
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            elif st == "sapo":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif st == "leadbold":
                head, rest = b.text.split(",", 1)
                out.append(f"<p><strong>{esc(head)},</strong>{esc(rest)}</p>")
            else:
                parts = [esc(b.text)]
                j = i + 1
                while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                    parts.append(esc(blocks[j].text))
                    j += 1
                out.append(f"<p style=\"text-align: justify;\">{'<br />'.join(parts)}</p>")
                i = j
                continue
        i += 1
    return "\n".join(out)


# --- layout -----------------------------------------------------------------------------------


def menu(request: Request) -> str:
    b = base_url(request)
    subs = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="{b}/chuyen-muc/{k}/">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    return f"""<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item home"><a href="{b}/">Trang chủ</a></li>
<li class="menu-item"><a href="{b}/gioi-thieu/">Giới thiệu</a></li>
<li class="menu-item menu-item-has-children"><a href="#">Tin tức</a><ul class="sub-menu">{subs}</ul></li>
<li class="menu-item"><a href="{b}/van-ban/">Văn bản</a></li>
<li class="menu-item"><a href="{b}/thu-vien-anh/{GALLERY_SLUG}/">Thư viện ảnh</a></li>
<li class="menu-item"><a href="{b}/lien-he/">Liên hệ</a></li></ul></nav>"""


def sidebar(request: Request) -> str:
    b = base_url(request)
    reads = "".join(
        f'<li><a href="{b}{post_path(s)}?{UTM.replace("&", "&amp;")}" class="wpp-post-title">'
        f'{esc(s.title)}</a> <span class="wpp-views">{s.views()} lượt xem</span></li>'
        for s in MOST_READ
    )
    return f"""<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="{b}/">
<input type="search" name="s" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></section>
<section class="widget popular-posts"><h3 class="widget-title"><span>Đọc nhiều</span></h3><ul class="wpp-list">{reads}</ul></section>
<section class="widget widget_links"><h3 class="widget-title"><span>Liên kết website</span></h3>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://dongnai.gov.vn">Cổng TTĐT tỉnh Đồng Nai</option>
<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="https://nhandan.vn">Báo Nhân Dân</option></select>
<p><a href="https://hcma.vn"><img src="{b}/wp-content/themes/chinhtri/images/banner-hvctqg.jpg" alt="Học viện CTQG Hồ Chí Minh"></a></p></section>
<section class="widget widget_polls-widget"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<form class="wp-polls-form"><p>Bạn đánh giá thế nào về nội dung website?</p>
<label><input type="radio" name="poll_3" value="11"> Rất hữu ích</label>
<label><input type="radio" name="poll_3" value="12"> Hữu ích</label>
<label><input type="radio" name="poll_3" value="13"> Cần cải thiện</label>
<input type="button" value="Bình chọn"></form></section>
<section class="widget widget_counter"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul class="counter"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.245</b></li>
<li>Tháng này: <b>9.806</b></li><li>Tổng truy cập: <b>2.318.774</b></li></ul></section>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "") -> str:
    b = base_url(request)
    foot = "".join(f'<a href="{b}/chuyen-muc/{k}/">{esc(v)}</a> | ' for k, v in CATEGORIES.items())
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="{b}/wp-content/themes/chinhtri/style.css?ver=2.3">
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="{body_class}">
<div id="page" class="site">
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-clock-o"></i> {TODAY}</span>
<span class="hotline">Đường dây nóng: 0251.3822.145</span></div></div>
<header id="masthead" class="site-header"><div class="container">
<a class="logo" href="{b}/"><img src="{b}/wp-content/themes/chinhtri/images/quoc-huy.png" alt="Quốc huy" width="90"></a>
<div class="site-branding"><p class="site-subtitle">ĐẢNG CỘNG SẢN VIỆT NAM</p>
<p class="site-title"><a href="{b}/" rel="home">TRƯỜNG CHÍNH TRỊ TỈNH ĐỒNG NAI</a></p></div>
</div>{menu(request)}</header>
<div id="content" class="site-content container"><div class="row">
<div id="primary" class="content-area col-md-8"><main id="main" class="site-main">
{main}
</main></div>
<div class="col-md-4">{sidebar(request)}</div>
</div></div>
<footer id="colophon" class="site-footer"><div class="container">
<div class="footer-menu">{foot}</div>
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH ĐỒNG NAI</strong></p>
<p>Địa chỉ: Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa, tỉnh Đồng Nai</p>
<p>Điện thoại: 0251.3822.145 - Fax: 0251.3822.146 - Email: truongchinhtri@dongnai.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh Đồng Nai</p>
<p class="copyright">© 2026 Bản quyền thuộc về Trường Chính trị tỉnh Đồng Nai. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer></div></body></html>"""


def not_found(request: Request) -> Response:
    main = '<section class="error-404"><h1 class="page-title">Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p></section>'
    return html(layout(request, f"Không tìm thấy trang - {SITE}", main, body_class="error404"), status=404)


def card(request: Request, story: Story) -> str:
    b = base_url(request)
    img = story.images[0].src if story.images else "/wp-content/themes/chinhtri/images/no-thumb.jpg"
    return f"""<article class="post-{story.id} post type-post list-item">
<div class="thumb"><a href="{b}{post_path(story)}"><img src="{b}{img}" alt="" class="wp-post-image"></a></div>
<div class="list-info"><h2 class="entry-title"><a href="{b}{post_path(story)}" rel="bookmark">{esc(story.title)}</a></h2>
<span class="list-date"><i class="fa fa-calendar"></i> {date_short(story)}</span>
<div class="entry-summary"><p>{esc(excerpt(story))}</p></div></div></article>"""


def home(request: Request, page: int) -> Response:
    pages = (len(NEWEST) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return not_found(request)
    b = base_url(request)
    posts = NEWEST[(page - 1) * PER_PAGE : page * PER_PAGE]
    nav = []
    if page < pages:
        nav.append(f'<div class="nav-previous"><a href="{b}/page/{page + 1}/">← Tin cũ hơn</a></div>')
    if page > 1:
        newer = f"{b}/" if page == 2 else f"{b}/page/{page - 1}/"
        nav.append(f'<div class="nav-next"><a href="{newer}">Tin mới hơn →</a></div>')
    main = (
        '<h2 class="block-title"><span>Tin mới</span></h2>'
        + "".join(card(request, s) for s in posts)
        + '<nav class="navigation posts-navigation"><div class="nav-links">' + "".join(nav) + "</div></nav>"
    )
    title = SITE if page == 1 else f"Trang {page} - {SITE}"
    return html(layout(request, title, main, body_class="home blog"))


def category_page(request: Request, key: str, page: int) -> Response:
    posts = [s for s in NEWEST if key in s.opts.get("cats", [s.cat])]
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= page <= pages:
        return not_found(request)
    b = base_url(request)
    base = f"{b}/chuyen-muc/{key}/"
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    navi = ""
    if pages > 1:
        parts = [f'<span class="pages">Trang {page} / {pages}</span>']
        if page > 1:
            prev = base if page == 2 else f"{base}page/{page - 1}/"
            parts.append(f'<a class="previouspostslink" rel="prev" href="{prev}">«</a>')
        for n in range(1, pages + 1):
            href = base if n == 1 else f"{base}page/{n}/"
            parts.append(f'<span aria-current="page" class="current">{n}</span>' if n == page
                         else f'<a class="page larger" href="{href}">{n}</a>')
        if page < pages:
            parts.append(f'<a class="nextpostslink" rel="next" href="{base}page/{page + 1}/">»</a>')
        navi = '<div class="wp-pagenavi" role="navigation">' + "".join(parts) + "</div>"
    name = CATEGORIES[key]
    main = (
        f'<div class="breadcrumbs"><span><a href="{b}/">Trang chủ</a> » <span class="breadcrumb_last">{esc(name)}</span></span></div>'
        f'<h1 class="page-title cat-title">{esc(name)}</h1>'
        + "".join(card(request, s) for s in shown) + navi
    )
    return html(layout(request, f"{name} - {SITE}", main, body_class="archive category"))


def related(request: Request, story: Story) -> str:
    b = base_url(request)
    others = [s for s in NEWEST if s is not story and (s.cat == story.cat or story.cat in s.opts.get("cats", []))][:4]
    items = "".join(
        f'<li><a href="{b}{post_path(s)}">{esc(s.title)}</a> <span class="date">({date_short(s)})</span></li>'
        for s in others
    )
    return f'<div class="related-posts"><h3 class="related-title">Tin liên quan</h3><ul>{items}</ul></div>'


def comments(request: Request, story: Story) -> str:
    b = base_url(request)
    items = "".join(
        f'<li id="comment-{cid}" class="comment"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> '
        f'<span class="says">viết:</span></div><div class="comment-metadata">{date_short(story)}</div>'
        f'<div class="comment-content"><p>{esc(txt)}</p></div><div class="reply">'
        f'<a rel="nofollow" class="comment-reply-link" href="{b}{post_path(story)}?replytocom={cid}#respond">Trả lời</a></div></li>'
        for cid, who, txt in story.opts.get("comments", [])
    )
    listing = f'<h3 class="comments-title">{len(story.opts.get("comments", []))} bình luận</h3><ol class="comment-list">{items}</ol>' if items else ""
    return f"""<div id="comments" class="comments-area">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Gửi bình luận</h3>
<form action="{b}/wp-comments-post.php" method="post" id="commentform">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<textarea id="comment" name="comment"></textarea><input name="author" placeholder="Tên *">
<input name="email" placeholder="Email *"><input type="submit" value="Gửi bình luận">
<input type="hidden" name="comment_post_ID" value="{story.id}"></form></div></div>"""


def post_page(request: Request, story: Story) -> Response:
    b = base_url(request)
    cat = CATEGORIES[story.cat]
    seo = story.opts.get("seo", story.title)
    head = f"""<link rel="canonical" href="{b}{post_path(story)}">
<link rel="shortlink" href="{b}/?p={story.id}">
<meta name="description" content="{esc(excerpt(story))}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(seo)} - Trường Chính trị Đồng Nai">
<meta property="og:url" content="{b}{post_path(story)}">
<meta property="article:published_time" content="{date_utc(story)}">
<meta property="article:section" content="{esc(cat)}">"""
    kicker = f'<div class="post-kicker">{esc(story.opts["kicker"])}</div>' if "kicker" in story.opts else ""
    mod = ""
    if "mod" in story.opts:
        y, mo, d, h, mi = story.opts["mod"]
        mod = f' <span class="updated">Cập nhật: {d:02d}/{mo:02d}/{y} - {clock(h, mi)}</span>'
    sapo = f'<div class="entry-sapo"><strong>{esc(story.summary)}</strong></div>' if story.sapo_outside else ""
    cats = story.opts.get("cats", [story.cat])
    cat_links = ", ".join(
        f'<a href="{b}/chuyen-muc/{k}/" rel="category tag">{esc(CATEGORIES[k])}</a>'
        for k in sorted(cats, key=lambda k: CATEGORIES[k])
    )
    main = f"""<div class="breadcrumbs" id="breadcrumbs"><span><span><a href="{b}/">Trang chủ</a></span> » <span><a href="{b}/chuyen-muc/{story.cat}/">{esc(cat)}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(story.title)}</span></span></div>
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish single-post">
<header class="entry-header">{kicker}<h1 class="single-title">{esc(story.title)}</h1>
<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar"></i> {date_long(story)}</span>{mod}
<span class="byline"> Đăng bởi: <span class="author vcard">quantri</span></span>
<span class="post-views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div></header>
{sapo}
<div class="entry-content">
{render_content(request, story)}
</div>
<div class="share-tools"><span>Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={b}{post_path(story)}">Facebook</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?u={b}{post_path(story)}">Zalo</a>
<a class="print-link" href="{b}{post_path(story)}print/" rel="nofollow">In bài viết</a>
<a class="email-link" href="mailto:?subject={esc(story.title)}">Gửi email</a>
<span class="shortlink">Link rút gọn: <a href="{b}/?p={story.id}">{b}/?p={story.id}</a></span></div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: {cat_links}</span>
<span class="tags-links">Thẻ: <span>{esc(cat.split(",")[0].lower())}</span>, <span>trường chính trị</span></span></footer>
</article>
{related(request, story)}
{comments(request, story)}"""
    return html(layout(request, f"{seo} - {SITE}", main, head, "post-template-default single single-post"))


def print_page(request: Request, story: Story) -> Response:
    b = base_url(request)
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)} - {SITE}</title><link rel="stylesheet" href="{b}/wp-content/plugins/wp-print/css/print.css"></head>
<body onload="window.print()"><main role="main" class="center">
<p id="BlogTitle">{SITE}</p><p id="BlogDate">{date_long(story)}</p>
<h1 id="BlogTitle">{esc(story.title)}</h1>
<span style="float: right;">Chuyên mục: {esc(CATEGORIES[story.cat])}</span>
{f'<p><strong>{esc(story.summary)}</strong></p>' if story.sapo_outside else ""}
<div id="BlogContent">{render_content(request, story)}</div></main>
<hr class="Divider" style="text-align: center;">
<p>Bài viết in từ {SITE}: <strong dir="ltr">{b}</strong></p>
<p>Địa chỉ bài viết: <strong dir="ltr">{b}{post_path(story)}</strong></p>
<p style="text-align: center;">Bản quyền © 2026 Trường Chính trị tỉnh Đồng Nai.</p></body></html>"""
    return html(body)


def attachment_page(request: Request, story: Story, stem: str) -> Response | None:
    imgs = [i for i in story.images if i.src.rsplit("/", 1)[1].startswith(stem + "-150x150")]
    if not imgs:
        return None
    b = base_url(request)
    full = imgs[0].src.replace("-150x150", "")
    main = f"""<article class="attachment type-attachment status-inherit">
<header class="entry-header"><h1 class="single-title">{esc(stem)}</h1>
<div class="entry-meta"><span class="posted-on">{date_long(story)}</span> trong <a href="{b}{post_path(story)}">{esc(story.title)}</a></div></header>
<div class="entry-content"><p class="attachment"><a href="{b}{full}"><img width="1024" height="683" src="{b}{full}" class="attachment-large size-large" alt=""></a></p>
<p>{esc(imgs[0].printed or "")}</p></div></article>"""
    head = f'<link rel="canonical" href="{b}{post_path(story)}attachment/{stem}/">'
    return html(layout(request, f"{stem} - {SITE}", main, head, "attachment single"))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường Chính trị tỉnh Đồng Nai là đơn vị sự nghiệp trực thuộc Tỉnh ủy, UBND tỉnh, có chức năng "
            "đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.",
            "Trường có 5 khoa chuyên môn, 3 phòng chức năng với 68 viên chức, trong đó có 4 tiến sĩ và 41 thạc sĩ.",
            "Trải qua hơn 75 năm xây dựng và trưởng thành, nhà trường được tặng thưởng Huân chương Lao động hạng Nhất.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường Chính trị tỉnh Đồng Nai - Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa.",
            "Điện thoại: 0251.3822.145 - Email: truongchinhtri@dongnai.gov.vn",
        ],
    ),
}


def static_page(request: Request, slug: str) -> Response:
    b = base_url(request)
    title, paras = STATIC_PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += f"""<div class="wpcf7"><form action="{b}/lien-he/#wpcf7-f21-p2-o1" method="post" class="wpcf7-form">
<p><label>Họ và tên (bắt buộc)<input type="text" name="your-name"></label></p>
<p><label>Email (bắt buộc)<input type="email" name="your-email"></label></p>
<p><label>Nội dung<textarea name="your-message"></textarea></label></p>
<p><input type="submit" value="Gửi"></p></form></div>"""
    main = f"""<div class="breadcrumbs"><span><a href="{b}/">Trang chủ</a> » <span class="breadcrumb_last">{title}</span></span></div>
<article class="page type-page status-publish"><header class="entry-header"><h1 class="single-title">{title}</h1></header>
<div class="entry-content">{body}</div></article>"""
    head = f'<link rel="canonical" href="{b}/{slug}/">'
    return html(layout(request, f"{title} - {SITE}", main, head, "page-template-default page"))


def documents(request: Request) -> Response:
    b = base_url(request)
    main = f"""<h1 class="page-title">Văn bản</h1><table class="van-ban-list"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody><tr><td>125/TB-TCT</td><td>25/11/2026</td><td><a href="{b}/van-ban/{DOC_SLUG}/">Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính K46</a></td></tr></tbody></table>"""
    return html(layout(request, f"Văn bản - {SITE}", main, body_class="archive post-type-archive-van-ban"))


def document_page(request: Request) -> Response:
    b = base_url(request)
    title = "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính K46"
    main = f"""<div class="breadcrumbs"><span><a href="{b}/">Trang chủ</a> » <a href="{b}/van-ban/">Văn bản</a> » <span class="breadcrumb_last">{title}</span></span></div>
<article class="van-ban type-van-ban"><h1 class="single-title">{title}</h1>
<table class="vb-info"><tr><th>Số ký hiệu</th><td>125/TB-TCT</td></tr><tr><th>Ngày ban hành</th><td>25/11/2026</td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh Đồng Nai</td></tr><tr><th>Người ký</th><td>Hiệu trưởng</td></tr>
<tr><th>Trích yếu</th><td>Tuyển sinh 120 học viên lớp Trung cấp LLCT-HC K46 hệ không tập trung, khai giảng tháng 01/2027.</td></tr></table>
<p class="download"><a href="{b}/wp-content/uploads/2026/11/tb-125-tct.pdf">Tải về văn bản</a></p></article>"""
    return html(layout(request, f"{title} - {SITE}", main, body_class="single single-van-ban"))


def album_page(request: Request) -> Response:
    b = base_url(request)
    title = "Lễ trao bằng tốt nghiệp Cao cấp LLCT K43"
    thumbs = "".join(
        f'<a href="{b}/wp-content/uploads/2026/11/dsc_04{n}.jpg"><img src="{b}/wp-content/uploads/2026/11/dsc_04{n}-150x150.jpg" alt=""></a>'
        for n in (12, 18, 25, 31, 36)
    )
    main = f"""<article class="album type-album"><h1 class="single-title">{title}</h1>
<p class="album-meta">Ngày: 20/11/2026 | 5 ảnh</p><div class="album-grid">{thumbs}</div></article>"""
    return html(layout(request, f"{title} - {SITE}", main, body_class="single single-album"))


class WpDangboSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            if "p" in request.params:
                story = BY_ID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
                return redirect(base_url(request) + post_path(story), 301) if story else not_found(request)
            return home(request, 1)
        if m := re.fullmatch(r"/page/(\d+)/?", path):
            n = int(m.group(1))
            return redirect(base_url(request) + "/", 301) if n == 1 else home(request, n)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            key, n = m.group(1), int(m.group(2) or 0)
            if key not in CATEGORIES:
                return not_found(request)
            if n == 1:
                return redirect(f"{base_url(request)}/chuyen-muc/{key}/", 301)
            return category_page(request, key, n or 1)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)/(print/|attachment/([a-z0-9_]+)/)?", path):
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return not_found(request)
            if m.group(3):
                return attachment_page(request, story, m.group(3)) or not_found(request)
            if m.group(2):
                return print_page(request, story)
            return post_page(request, story)
        if m := re.fullmatch(r"/([a-z-]+)/", path):
            if m.group(1) in STATIC_PAGES:
                return static_page(request, m.group(1))
            if m.group(1) == "van-ban":
                return documents(request)
        if path == f"/van-ban/{DOC_SLUG}/":
            return document_page(request)
        if path == f"/thu-vien-anh/{GALLERY_SLUG}/":
            return album_page(request)
        return not_found(request)


def build_site() -> WpDangboSite:
    return WpDangboSite()
