"""WordPress + Porto theme (WPBakery, classic and block editors): Trường THCS Nguyễn Du, thị xã
Hương Thủy, Thừa Thiên Huế.

Platform: WordPress 6 with the Porto theme (blog layout "large", Porto's page header with
breadcrumbs, post meta, share bar, author box, related-posts carousel) and WPBakery Page Builder,
used by a lower secondary school. Posts were written over the years with three editors: the
classic editor (``[caption]`` output), WPBakery (nested ``vc_row``/``wpb_text_column`` divs and
Porto's own shortcodes) and the block editor (``wp-block-*``).

URL scheme (WordPress permalinks ``/%postname%/``):
- ``/`` home: a WPBakery front page with Porto's "porto_blog" grid of the 5 latest posts;
- ``/<slug>/`` a post or a page; a post whose title was typed with accents and no transliteration
  plugin keeps a Unicode slug, which WordPress stores and prints as *lowercase* percent-encoded
  UTF-8 (``/h%e1%bb%99i-thi-…/``);
- ``/?p=<id>`` the shortlink of a post, answered by WordPress's redirect_canonical with a 301 to
  the permalink (old text widgets and old posts still link that way);
- ``/<slug>/?replytocom=<comment id>`` the "Trả lời" link of a comment: the same post again;
- ``/category/<slug>/`` and ``/category/<slug>/page/<N>/`` (4 posts a page), ``/tag/<slug>/``,
  ``/<yyyy>/<mm>/`` month archives (paged the same way); ``/author/quantri/`` exists but no page
  links it (Porto's "show author link" is off);
- ``/<post slug>/<attachment slug>/`` an attachment page; ``/portfolio/<slug>/`` a Porto portfolio
  item (the school's photo albums); ``/?s=<words>`` search.

Page templates: every page has the Porto header (top bar with today's date, logo, mega menu with
drop-downs), the Porto page header (``section.page-top``: breadcrumbs, then an ``h1.page-title``),
a right sidebar (search, recent posts, an old text widget "Bài viết cũ", categories with counts,
month archives, tag cloud, WP-Polls poll, visitor counter) and the Porto footer. A single post is
``article.post.post-large``: Porto's featured image slideshow (``div.post-image.single``), the
day/month block (``div.post-date``), ``h2.entry-title``, hidden hentry microformats, the
``div.post-meta`` line, ``div.entry-content``, the share bar, the author box, comments where there
are some, and the related-posts carousel.

How each gold article is reached: the 5 latest from the home page's grid and the sidebar's recent
posts; all from their category listing (Tin tức - Sự kiện has 5 posts: the oldest is only on
``/category/tin-tuc-su-kien/page/2/``), the month archives (October's and November's need
their page 2); two old ones also from ``/?p=`` links in the sidebar.

Traps:
1. Porto's page header on a single post prints the *category* as the page's ``h1.page-title``
   ("Tin tức - Sự kiện"); the headline is the post's ``h2.entry-title`` (the ``<title>`` adds
   " – Trường THCS Nguyễn Du"). Gold title: the ``h2``.
2. Dates: Porto's date block prints the day and the short month with no year
   (``<span class="day">03</span><span class="month">Th12</span>``); the meta line prints the day
   in WordPress's Vietnamese month words, format "F j, Y": "Tháng Mười Một 4, 2026" is 4 November
   (not "Tháng Mười" + day "Một 4"), "Tháng Mười Hai 3, 2026" is 3 December. A hidden
   ``span.updated`` (hentry microformat, display:none) holds the *modified* time in ISO form with
   a time; comments print their own day and time ("… lúc 7:45 sáng"). Gold: the publication day
   alone ("2026-12-03"): the page prints no publication time.
3. Bylines: the meta line's "Bởi quantri", the hidden ``span.vcard .fn`` and Porto's author box
   ("Tác giả: quantri") are the CMS account: nobody. The real byline is the text's last line
   (right-aligned name, "Tin, ảnh: X", "Tin: X - Ảnh: Y", a unit, "ThS. X – Tổ trưởng …").
4. Porto's lazy loading on the WPBakery post: the ``<img>`` of a ``vc_single_image`` has an inline
   SVG placeholder as ``src`` and the real file in ``data-oi``. Gold image: the ``data-oi`` path.
5. Old classic-editor captions (WordPress < 5.6): ``<div class="wp-caption"><img><p
   class="wp-caption-text">…</p></div>``: the caption is a ``<p>`` inside the text. Gold: caption,
   not body. Newer posts print ``figure.wp-caption > figcaption`` or ``figure.wp-block-image >
   figcaption.wp-element-caption``.
6. WPBakery leftovers: an old post written with WPBakery whose shortcodes were no longer parsed
   prints raw tokens glued to its paragraphs ("[vc_row][vc_column][vc_column_text]Sáng ngày…",
   "…cấp trường.[/vc_column_text][/vc_column][/vc_row]"). Gold: the tokens are no text.
7. WPBakery nesting: the text of the WPBakery post is spread over three ``wpb_text_column``
   blocks in two ``vc_row``s, with a Porto "Ultimate heading" (``div.porto-u-main-heading > h2``
   plus ``div.porto-u-sub-heading``) between them and a ``vc_separator``. Gold: all of it, in
   order, the two heading lines being paragraphs; the separator's empty line nothing.
8. A Unicode slug: WordPress prints ``/h%e1%bb%99i-thi-…/`` (lowercase hex) in every listing,
   the canonical and the shortlink's redirect; another post's "Xem thêm" line links the same post
   with uppercase hex (``/h%E1%BB%99i-…``). Same post: gold path the lowercase form, the
   uppercase form in alt_paths.
9. ``/?p=<id>`` links (every post's ``<link rel='shortlink'>``, the old text widget "Bài viết cũ",
   an old post's "Xem thêm" line) answer 301 to the permalink: alt_paths of the post, never a
   second article.
10. Comments (the 20/11 post): "Trả lời" links ``?replytocom=<id>`` serve the same post (alt
    paths); the comments' ``<p>`` text and dates are not the article's.
11. Look-alike posts: a Porto portfolio item (``/portfolio/…``, the photo album, printed with the
    same ``h2.entry-title``, date and meta line and a "Mô tả" text) and an attachment page
    (``/<post>/img_5612/``, title "IMG_5612", reached from a photo linked to its attachment page)
    are not articles.
12. A ``[gallery link="file"]``: thumbnails (``-150x150``) linking to the full files, each with a
    ``figcaption.gallery-caption``. Gold images: the thumbnails as printed, with their captions.
13. A notice printed as an official document (letterhead table, "Số:", place and day, "THÔNG BÁO /
    Về việc …", "Nơi nhận", signer): letterhead day 2026-12-01 while WordPress dates the post
    2026-12-02. Gold: the letterhead's day, the signer as author, the letterhead/kind/closing not
    body.
14. Chrome that reads as text: the related-posts carousel ("Bài viết liên quan") with excerpts and
    "20 Th11" dates, the share bar's "Chia sẻ bài viết" heading, the author box, the "Bài viết cũ"
    widget, and a Gutenberg button "Tải kế hoạch (PDF)" (a file attachment line: not body).

Gold decisions on ambiguous points:
- The featured image printed in Porto's ``div.post-image.single`` slideshow is the article's first
  photo (path as its ``src`` prints it, the ``-1024x683`` size; caption None, Porto prints none);
  its zoom link's full-size file is not a second image.
- Images: the ``src`` as printed (``srcset`` sizes ignored); for ``data-oi`` lazy images the
  ``data-oi`` path.
- A caption that only credits the photographer ("Ảnh: Minh Tâm") is no caption; its name is a
  photographer.
- A post's category: the category of its breadcrumb (WordPress's primary category).
- A bold first paragraph is the sapo (summary); the other posts have none (Porto's listing excerpt
  is not a sapo).
- A "Xem thêm: <link>" line and "Tải kế hoạch (PDF)" button are not body.
- The Unicode post's gold path is WordPress's own lowercase-hex form.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_porto_thcs"
PLATFORM = "WordPress 6 + Porto theme + WPBakery (THCS)"
START_PATH = "/"

SITE_NAME = "Trường THCS Nguyễn Du"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}
TAGS = {
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "doi-tntp-ho-chi-minh": "Đội TNTP Hồ Chí Minh",
    "day-hoc": "dạy học",
}
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
UP = "/wp-content/uploads/2026"
SVG_PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%20width%3D%27"
    "1024%27%20height%3D%27683%27%20viewBox%3D%270%200%201024%20683%27%3E%3C%2Fsvg%3E"
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the 13 posts, oldest first ------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        348, "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        "Hội nghị cha mẹ học sinh đầu năm học 2026-2027", "tin-tuc-su-kien", "2026-10-03",
        [
            Img(f"{UP}/10/hoi-nghi-cmhs-1024x683.jpg", style="featured"),
            P("Chiều ngày 01/10/2026, Trường THCS Nguyễn Du tổ chức Hội nghị cha mẹ học sinh đầu "
              "năm học 2026-2027 với sự tham dự của gần 600 phụ huynh thuộc 16 lớp."),
            P("Tại hội nghị, thầy Hiệu trưởng Trần Văn Bình báo cáo tổng kết năm học 2025-2026 và "
              "triển khai kế hoạch, nhiệm vụ trọng tâm của năm học mới."),
            Img(f"{UP}/10/hoi-nghi-cmhs-2.jpg", "Quang cảnh hội nghị tại hội trường nhà trường",
                "Quang cảnh hội nghị tại hội trường nhà trường", style="oldcap"),
            P("Các phụ huynh đã thảo luận, đóng góp nhiều ý kiến về công tác bán trú, an toàn "
              "trường học và việc phối hợp giáo dục đạo đức, kỹ năng sống cho học sinh."),
            P("Hội nghị đã bầu Ban đại diện cha mẹ học sinh nhà trường gồm 9 thành viên, ông Lê "
              "Văn Hùng được bầu làm Trưởng ban."),
            _right("<strong>Võ Thị Mỹ Linh</strong>"),
        ],
        authors=["Võ Thị Mỹ Linh"],
        opts={"tags": ["nam-hoc-2026-2027"], "editor": "classic"},
    ),
    Story(
        353, "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội nhiệm kỳ 2026-2027", "doan-doi", "2026-10-09",
        [
            Img(f"{UP}/10/dai-hoi-lien-doi-1024x683.jpg", style="featured"),
            P("Sáng ngày 08/10/2026, Liên đội Trường THCS Nguyễn Du long trọng tổ chức Đại hội "
              "Liên đội nhiệm kỳ 2026-2027."),
            P("Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi năm học 2025-2026, "
              "đề ra phương hướng, chỉ tiêu cho năm học mới với chủ đề “Thiếu nhi Việt Nam – Tự "
              "hào tiến bước dưới cờ Đảng”."),
            Img(f"{UP}/10/dai-hoi-lien-doi-2.jpg", "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội", style="figcap"),
            P("Đại hội đã bầu Ban chỉ huy Liên đội gồm 15 đội viên tiêu biểu; em Nguyễn Ngọc Bảo "
              "Trân, lớp 9/2, được bầu làm Liên đội trưởng."),
            _right("<em><strong>Liên đội THCS Nguyễn Du</strong></em>"),
        ],
        authors=["Liên đội THCS Nguyễn Du"],
        opts={"tags": ["doi-tntp-ho-chi-minh", "nam-hoc-2026-2027"], "editor": "classic"},
    ),
    Story(
        359, "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
        "Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn", "hoat-dong-chuyen-mon", "2026-10-14",
        [
            Img(f"{UP}/10/chuyen-de-ngu-van-1024x683.jpg", style="featured"),
            P("Sáng ngày 12/10/2026, tổ Ngữ văn Trường THCS Nguyễn Du tổ chức chuyên đề “Dạy học "
              "đọc hiểu văn bản theo thể loại” trong chương trình Ngữ văn 8.", "sc-open"),
            P("Tiết dạy minh họa do cô Hồ Thị Phương thực hiện tại lớp 8/3 với văn bản “Lão Hạc” "
              "của nhà văn Nam Cao."),
            P("Qua tiết dạy, các thầy cô đã trao đổi về cách tổ chức hoạt động nhóm, sử dụng phiếu "
              "học tập và đánh giá năng lực đọc hiểu của học sinh."),
            P("Chuyên đề góp phần nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình giáo "
              "dục phổ thông 2018 và là cơ sở để tổ chức các chuyên đề tiếp theo ở cấp trường.",
              "sc-close"),
            _right("<strong>ThS. Phan Thị Ngọc Ánh – Tổ trưởng tổ Ngữ văn</strong>"),
        ],
        authors=["Phan Thị Ngọc Ánh"],
        opts={"tags": ["day-hoc"], "editor": "rawsc"},
    ),
    Story(
        364, "hoc-sinh-tham-gia-cuoc-thi-khoa-hoc-ky-thuat-cap-thi-xa",
        "Học sinh tham gia Cuộc thi Khoa học kỹ thuật cấp thị xã", "tin-tuc-su-kien", "2026-10-22",
        [
            Img(f"{UP}/10/khkt-thi-xa-1024x683.jpg", style="featured"),
            P("Từ ngày 19 đến 20/10/2026, Phòng GD&ĐT thị xã Hương Thủy tổ chức Cuộc thi Khoa học "
              "kỹ thuật dành cho học sinh trung học cơ sở năm học 2026-2027."),
            P("Trường THCS Nguyễn Du có 2 dự án tham gia thuộc lĩnh vực Kỹ thuật môi trường và "
              "Hệ thống nhúng."),
            P("Dự án “Thùng rác phân loại thông minh” của hai em Trần Gia Huy và Lê Minh Thư, lớp "
              "9/1, đạt giải Nhì và được chọn dự thi cấp tỉnh."),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT thị xã Hương Thủy</em></p>'),
        ],
        source="Phòng GD&ĐT thị xã Hương Thủy",
        opts={"editor": "classic"},
    ),
    Story(
        372, "thong-bao-tuyen-chon-hoc-sinh-gioi-du-thi-cap-thi-xa",
        "Thông báo tuyển chọn học sinh giỏi dự thi cấp thị xã", "thong-bao", "2026-10-28",
        [
            P("Nhà trường thông báo kế hoạch tuyển chọn đội tuyển học sinh giỏi lớp 9 dự thi cấp "
              "thị xã năm học 2026-2027 như sau:"),
            P("📌 Thời gian thi tuyển: 7 giờ 30 ngày 05/11/2026 tại phòng học tầng 2, dãy nhà A.", "li"),
            P("📌 Các môn: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí.", "li"),
            P("📌 Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 02/11/2026.", "li"),
            P("Đề nghị giáo viên chủ nhiệm các lớp 9 thông báo đến học sinh và cha mẹ học sinh."),
            _right("<strong>BBT</strong>"),
        ],
        opts={"editor": "classic"},
    ),
    Story(
        381, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán", "hoat-dong-chuyen-mon", "2026-11-04",
        [
            Img(f"{UP}/11/sinh-hoat-toan-1024x683.jpg", style="featured"),
            P("Thực hiện kế hoạch chuyên môn học kỳ I, tổ Toán – Tin tổ chức sinh hoạt chuyên môn "
              "theo nghiên cứu bài học với bài “Định lí Pythagore và ứng dụng”."),
            P("Lịch dự giờ và thảo luận được tổ phân công như sau:"),
            P("Ngày | Lớp | Người dạy | Nội dung", "tr"),
            P("03/11/2026 | 8/2 | Nguyễn Văn Tâm | Định lí Pythagore", "tr"),
            P("05/11/2026 | 8/4 | Lê Thị Hồng | Luyện tập", "tr"),
            P("Sau mỗi tiết dạy, tổ tập trung phân tích việc học của học sinh thay vì nhận xét "
              "giáo viên, từ đó điều chỉnh thiết kế bài học cho các lớp tiếp theo."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/?p=359">Chuyên đề đổi mới phương pháp dạy '
                'học môn Ngữ văn</a></p>'),
            _right("<strong>Tổ Toán – Tin</strong>"),
        ],
        authors=["Tổ Toán – Tin"],
        opts={"tags": ["day-hoc"], "editor": "classic"},
    ),
    Story(
        389, "hoi-khoe-phu-dong-cap-truong-nam-2026",
        "Hội khỏe Phù Đổng cấp trường năm 2026", "doan-doi", "2026-11-07",
        [
            Img(f"{UP}/11/hkpd-1024x683.jpg", style="featured"),
            P("Trong hai ngày 05 và 06/11/2026, Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng "
              "cấp trường với hơn 300 vận động viên tham gia."),
            P("Học sinh thi đấu ở các môn điền kinh, bóng đá mini, cầu lông, đá cầu và kéo co."),
            Img(f"{UP}/11/hkpd-keo-co-150x150.jpg", "Kéo co khối 7", "Kéo co khối 7", style="gallery"),
            Img(f"{UP}/11/hkpd-bong-da-150x150.jpg", "Chung kết bóng đá mini nam",
                "Chung kết bóng đá mini nam", style="gallery"),
            Img(f"{UP}/11/hkpd-da-cau-150x150.jpg", "Nội dung đá cầu nữ", "Nội dung đá cầu nữ",
                style="gallery"),
            P("Kết thúc hội thi, Ban tổ chức đã trao 45 huy chương các loại và chọn 20 vận động "
              "viên vào đội tuyển dự Hội khỏe Phù Đổng cấp thị xã."),
            Raw('<p><em>Xem thêm: <a href="/portfolio/hoi-khoe-phu-dong-cap-truong-2026/">Album ảnh '
                'Hội khỏe Phù Đổng cấp trường 2026</a></em></p>'),
            _right("<strong>Tin, ảnh: Hoàng Văn Quốc</strong>"),
        ],
        authors=["Hoàng Văn Quốc"],
        photographers=["Hoàng Văn Quốc"],
        opts={"tags": ["doi-tntp-ho-chi-minh"], "editor": "classic"},
    ),
    Story(
        397, "trao-hoc-bong-cho-hoc-sinh-vuot-kho-hoc-tot",
        "Trao học bổng cho học sinh vượt khó học tốt", "tin-tuc-su-kien", "2026-11-14",
        [
            Img(f"{UP}/11/hoc-bong-1024x683.jpg", style="featured"),
            P("Chiều ngày 13/11/2026, Hội Khuyến học thị xã Hương Thủy phối hợp với nhà trường trao "
              "25 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."),
            P("Mỗi suất học bổng trị giá 1.000.000 đồng cùng bộ sách giáo khoa và đồ dùng học tập."),
            Img(f"{UP}/11/IMG_5612-1024x768.jpg", "Ảnh: Minh Tâm", None, style="attlink"),
            P("Thay mặt các em học sinh, em Phạm Thị Thu Uyên, lớp 8/1, bày tỏ lòng biết ơn và "
              "hứa sẽ cố gắng học tập, rèn luyện tốt hơn."),
            _right("<strong>Nguyễn Thị Thanh Thủy</strong>"),
        ],
        authors=["Nguyễn Thị Thanh Thủy"],
        photographers=["Minh Tâm"],
        opts={"editor": "classic"},
    ),
    Story(
        406, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "tin-tuc-su-kien", "2026-11-20",
        [
            Img(f"{UP}/11/le-20-11-1024x683.jpg", style="featured"),
            P("Sáng 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam, tôn vinh những thầy cô đã tận tụy với sự nghiệp trồng người.",
              "lead"),
            P("Tham dự buổi lễ có lãnh đạo UBND phường Phú Bài, Ban đại diện cha mẹ học sinh cùng "
              "đông đảo thầy cô giáo nghỉ hưu qua các thời kỳ."),
            Img(f"{UP}/11/le-20-11-2.jpg", "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo", style="figcap"),
            P("Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong "
              "phong trào thi đua “Dạy tốt – Học tốt”."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn.",
              "br-head"),
            P("Ban đại diện cha mẹ học sinh cũng trao quà tri ân đến tập thể giáo viên nhà trường.",
              "br"),
            _right("<strong>Tin: Lê Thị Thu Hà - Ảnh: Trần Minh Đức</strong>"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Trần Minh Đức"],
        summary=("Sáng 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                 "Nhà giáo Việt Nam, tôn vinh những thầy cô đã tận tụy với sự nghiệp trồng người."),
        opts={"tags": ["nam-hoc-2026-2027"], "editor": "classic", "comments": True},
    ),
    Story(
        414, "hội-thi-giáo-viên-dạy-giỏi-cấp-trường-năm-học-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027", "hoat-dong-chuyen-mon",
        "2026-11-28",
        [
            Img(f"{UP}/11/hoi-thi-gvdg-1024x683.jpg", style="featured"),
            P("Từ ngày 16 đến 27/11/2026, Trường THCS Nguyễn Du tổ chức Hội thi giáo viên dạy giỏi "
              "cấp trường với 18 giáo viên tham gia."),
            P("Nội dung hội thi", "h3"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn.", "li"),
            P("Thực hành dạy hai tiết trên lớp, một tiết do giáo viên tự chọn và một tiết bốc thăm.",
              "li"),
            Img(f"{UP}/11/hoi-thi-gvdg-2-1024x683.jpg",
                "Cô Nguyễn Thị Mai dạy tiết Khoa học tự nhiên tại lớp 7/2",
                "Cô Nguyễn Thị Mai dạy tiết Khoa học tự nhiên tại lớp 7/2", style="block"),
            P("Kết quả", "h3"),
            P("Có 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 6 giáo viên "
              "được đề nghị dự thi cấp thị xã."),
            Raw('<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">'
                '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" '
                f'href="{UP}/11/ke-hoach-hoi-thi-gvdg.pdf">Tải kế hoạch (PDF)</a></div></div>'),
            Raw('<p class="has-text-align-right"><strong>Tổ Khoa học Tự nhiên</strong></p>'),
        ],
        authors=["Tổ Khoa học Tự nhiên"],
        opts={"tags": ["day-hoc", "nam-hoc-2026-2027"], "editor": "gutenberg"},
    ),
    Story(
        420, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027", "thong-bao", "2026-12-01",
        [
            Raw('<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 45%; text-align: center;">UBND THỊ XÃ HƯƠNG THỦY<br />'
                '<strong>TRƯỜNG THCS NGUYỄN DU</strong><br />Số: 86/TB-THCSND</td>'
                '<td style="width: 55%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                'NAM<br />Độc lập - Tự do - Hạnh phúc</strong><br /><em>Hương Thủy, ngày 01 tháng '
                '12 năm 2026</em></td></tr></tbody></table>'),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc lịch '
                'kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>'),
            P("Căn cứ kế hoạch giáo dục nhà trường năm học 2026-2027, Trường THCS Nguyễn Du thông "
              "báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian kiểm tra: từ ngày 21/12 đến ngày 26/12/2026."),
            P("2. Các môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử "
              "và Địa lí; các môn còn lại kiểm tra theo lớp."),
            P("3. Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh; học sinh có "
              "mặt tại trường trước giờ kiểm tra 15 phút."),
            Raw('<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;">'
                '<strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT (b/c);<br />- CB, GV, '
                'NV;<br />- Website trường;<br />- Lưu: VT.</td><td style="width: 50%; text-align: '
                'center;"><strong>HIỆU TRƯỞNG</strong><br /><br /><br /><strong>Trần Văn Bình'
                '</strong></td></tr></tbody></table>'),
        ],
        authors=["Trần Văn Bình"],
        opts={"editor": "classic", "post_date": "2026-12-02"},
    ),
    Story(
        427, "ngoai-khoa-tuyen-truyen-an-toan-giao-thong",
        "Ngoại khóa tuyên truyền an toàn giao thông cho học sinh", "doan-doi", "2026-12-03",
        [
            Img(f"{UP}/12/atgt-1024x683.jpg", style="featured"),
            P("Sáng ngày 02/12/2026, Liên đội Trường THCS Nguyễn Du phối hợp với Đội Cảnh sát giao "
              "thông Công an thị xã Hương Thủy tổ chức buổi ngoại khóa tuyên truyền an toàn giao "
              "thông.", "vc1"),
            P("Hơn 700 học sinh đã được nghe phổ biến Luật Trật tự, an toàn giao thông đường bộ và "
              "các quy định về đội mũ bảo hiểm, điều khiển xe đạp điện.", "vc1"),
            P("Nói không với xe máy khi chưa đủ tuổi", "uh-main"),
            P("Cam kết của học sinh toàn trường", "uh-sub"),
            P("Đại diện học sinh các lớp đã ký cam kết chấp hành nghiêm luật giao thông, không điều "
              "khiển xe máy khi chưa đủ tuổi và không dàn hàng ngang khi đi xe đạp.", "vc2"),
            Img(f"{UP}/12/atgt-ky-cam-ket.jpg", "Học sinh ký cam kết chấp hành luật giao thông",
                "Học sinh ký cam kết chấp hành luật giao thông", style="lazy"),
            P("Buổi ngoại khóa kết thúc với phần thi đố vui về biển báo giao thông sôi nổi.", "vc3"),
            _right("<strong>Tin, ảnh: Đoàn Thị Kim Oanh – TPT Đội</strong>"),
        ],
        authors=["Đoàn Thị Kim Oanh"],
        photographers=["Đoàn Thị Kim Oanh"],
        opts={"tags": ["doi-tntp-ho-chi-minh"], "editor": "wpbakery"},
    ),
    Story(
        433, "tong-ket-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam",
        "Tổng kết phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam", "tin-tuc-su-kien",
        "2026-12-04",
        [
            Img(f"{UP}/12/tong-ket-thi-dua-1024x683.jpg", style="featured"),
            P("Chiều ngày 03/12/2026, Ban Chấp hành Công đoàn và Liên đội Trường THCS Nguyễn Du tổ "
              "chức tổng kết đợt thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11."),
            P("Trong đợt thi đua, toàn trường có 1.250 giờ học tốt, 86 tiết dạy tốt và nhiều hoạt "
              "động văn nghệ, thể thao sôi nổi."),
            Img(f"{UP}/12/tong-ket-thi-dua-2.jpg", "(Lớp 9/2 nhận cờ thi đua xuất sắc)",
                "Lớp 9/2 nhận cờ thi đua xuất sắc", style="emcap"),
            P("Nhà trường đã trao giấy khen cho 8 tập thể lớp và 35 cá nhân có thành tích xuất sắc."),
            Raw('<p><em>Xem thêm: <a href="/h%E1%BB%99i-thi-gi%C3%A1o-vi%C3%AAn-d%E1%BA%A1y-gi%E1%BB'
                '%8Fi-c%E1%BA%A5p-tr%C6%B0%E1%BB%9Dng-n%C4%83m-h%E1%BB%8Dc-2026-2027/">Hội thi giáo '
                'viên dạy giỏi cấp trường năm học 2026-2027</a></em></p>'),
            _right("<strong>Minh Khang</strong>"),
            _right("<em>Theo Báo Thừa Thiên Huế</em>"),
        ],
        authors=["Minh Khang"],
        source="Báo Thừa Thiên Huế",
        opts={"editor": "classic"},
    ),
]
BY_ID = {s.id: s for s in STORIES}
COMMENTS = {
    406: [
        (52, "Phụ huynh em Minh Anh", "2026-11-21", "7:45 sáng",
         "Cảm ơn quý thầy cô đã luôn tận tâm với các em. Chúc thầy cô nhiều sức khỏe!"),
        (53, "Cựu học sinh khóa 2015-2019", "2026-11-22", "9:02 tối",
         "Nhớ mãi những năm tháng dưới mái trường Nguyễn Du. Kính chúc thầy cô luôn hạnh phúc."),
    ],
}
#: ``/?p=`` shortlinks printed somewhere on the site
SHORTLINKED = (359, 364)


def permalink(story: Story) -> str:
    """WordPress's permalink: a Unicode slug as lowercase percent-encoded UTF-8."""
    return "/" + quote(story.slug, safe="-").lower() + "/"


def _newest_first() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.id, reverse=True)


def _post_day(story: Story) -> str:
    return story.opts.get("post_date") or story.published_at or ""


def _words_date(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return f"{MONTHS[m - 1]} {d}, {y}"


# --- the page frame ------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"),
                                    ("Đội ngũ giáo viên", "/doi-ngu-giao-vien/")]),
    ("Tin tức", "/category/tin-tuc-su-kien/", [("Tin tức - Sự kiện", "/category/tin-tuc-su-kien/"),
                                               ("Thông báo", "/category/thong-bao/")]),
    ("Chuyên môn", "/category/hoat-dong-chuyen-mon/", []),
    ("Đoàn - Đội", "/category/doan-doi/", []),
    ("Thư viện ảnh", "/portfolio/hoi-khoe-phu-dong-cap-truong-2026/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(active: str) -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{1201 + n}"
        if subs:
            cls += " menu-item-has-children has-sub narrow"
        if href == active:
            cls += " current-menu-item active"
        sub = ""
        if subs:
            sub = ('<div class="popup"><div class="inner"><ul class="sub-menu porto-narrow-sub-menu">'
                   + "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
                   + "</ul></div></div>")
        items.append(f'<li id="nav-menu-item-{1201 + n}" class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return ('<ul id="menu-main-menu" class="main-menu mega-menu show-arrow">' + "".join(items) + "</ul>")


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a></li>' for s in _newest_first()[:5]
    )
    counts = {c: sum(1 for s in STORIES if s.cat == c) for c in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{7 + i}"><a href="/category/{slug}/">{esc(name)}</a> ({counts[slug]})</li>'
        for i, (slug, name) in enumerate(CATS.items())
    )
    months = "".join(
        f'<li><a href="/2026/{m:02d}/">{MONTHS[m - 1]} 2026</a></li>' for m in (12, 11, 10)
    )
    tags = "".join(
        f'<a href="/tag/{slug}/" class="tag-cloud-link tag-link-{30 + i}" style="font-size: {12 + 2 * i}pt;" '
        f'aria-label="{esc(name)}">{esc(name)}</a> '
        for i, (slug, name) in enumerate(TAGS.items())
    )
    old = "".join(
        f'<li>&raquo; <a href="/?p={pid}">{esc(BY_ID[pid].title)}</a></li>' for pid in SHORTLINKED
    )
    return f"""
<div class="col-lg-3 sidebar porto-blog-sidebar right-sidebar"><div class="sidebar-content">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">
<div class="input-group"><input class="form-control" placeholder="Tìm kiếm&hellip;" name="s" id="s" type="text" />
<button type="submit" class="btn btn-dark p-2"><i class="d-inline-block porto-icon-search-3"></i></button></div></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></aside>
<aside id="text-4" class="widget widget_text"><h3 class="widget-title">Bài viết cũ</h3><div class="textwidget"><ul>{old}</ul></div></aside>
<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title">Chuyên mục</h3><ul>{cats}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">Lưu trữ</h3><ul>{months}</ul></aside>
<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h3 class="widget-title">Thẻ</h3><div class="tagcloud">{tags}</div></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title">Thăm dò ý kiến</h3>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5d1c0a9e7f" /></p>
<p style="text-align: center;"><strong>Bạn biết đến website nhà trường qua kênh nào?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Giáo viên chủ nhiệm</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Fanpage Facebook</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Bạn bè, người thân</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h3 class="widget-title">Thống kê truy cập</h3>
<div class="textwidget custom-html-widget"><ul class="wps-counter"><li>Đang online: <strong>14</strong></li>
<li>Hôm nay: <strong>362</strong></li><li>Tổng truy cập: <strong>1.284.905</strong></li></ul></div></aside>
</div></div>"""


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="home" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
             '<a itemprop="item" href="/" title="Về trang chủ"><span itemprop="name">Trang chủ</span></a>'
             '<meta itemprop="position" content="1" /><i class="delimiter delimiter-2"></i></li>']
    for n, (label, href) in enumerate(trail, start=2):
        if href:
            items.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                         f'<a itemprop="item" href="{href}"><span itemprop="name">{esc(label)}</span></a>'
                         f'<meta itemprop="position" content="{n}" /><i class="delimiter delimiter-2"></i></li>')
        else:
            items.append(f"<li>{esc(label)}</li>")
    return ('<ul class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
            + "".join(items) + "</ul>")


def _page(request: Request, *, title: str, h1: str, trail: list[tuple[str, str | None]],
          main: str, body_class: str, active: str = "", head: str = "", sidebar: bool = True) -> Response:
    base = base_url(request)
    content = (f'<div class="row main-content-wrap"><div class="main-content col-lg-9">{main}</div>{_sidebar()}</div>'
               if sidebar else f'<div class="row main-content-wrap"><div class="main-content col-lg-12">{main}</div></div>')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1" />
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='porto-css-vars-css' href='/wp-content/uploads/porto_styles/theme_css_vars.css?ver=7.1.4' type='text/css' media='all' />
<link rel='stylesheet' id='js_composer_front-css' href='/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.6' type='text/css' media='all' />
<link rel='stylesheet' id='porto-theme-css' href='/wp-content/themes/porto/css/theme.css?ver=7.1.4' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{head}
<link rel="icon" href="/wp-content/uploads/2024/08/logo-nd-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} full blog-1 wpb-js-composer js-comp-ver-7.6 vc_responsive">
<div class="page-wrapper">
<div class="header-wrapper"><header id="header" class="header-separate header-1 logo-center">
<div class="header-top"><div class="container">
<div class="header-left"><span class="welcome-msg"><i class="far fa-calendar-alt"></i> {TODAY_LINE}</span></div>
<div class="header-right"><ul class="top-links"><li><i class="fas fa-phone"></i> 0234 3861 245</li>
<li><a href="mailto:thcsnguyendu.huongthuy@thuathienhue.edu.vn">thcsnguyendu.huongthuy@thuathienhue.edu.vn</a></li></ul>
<div class="share-links"><a target="_blank" rel="nofollow noopener noreferrer" class="share-facebook" href="https://www.facebook.com/thcsnguyenduhuongthuy" title="Facebook"></a>
<a target="_blank" rel="nofollow noopener noreferrer" class="share-youtube" href="https://www.youtube.com/@thcsnguyenduhuongthuy" title="Youtube"></a></div></div>
</div></div>
<div class="header-main"><div class="container header-row">
<div class="logo"><a href="/" title="{SITE_NAME} - Thị xã Hương Thủy" rel="home">
<img class="img-responsive standard-logo" width="320" height="90" src="/wp-content/uploads/2024/08/logo-thcs-nguyen-du.png" alt="{SITE_NAME}" /></a></div>
<div class="header-center"><p class="school-slogan">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG THỦY<br />TRƯỜNG THCS NGUYỄN DU</p></div>
<a class="mobile-toggle" href="#" aria-label="Mobile Menu"><i class="fas fa-bars"></i></a>
</div></div>
<div class="main-menu-wrap"><div id="main-menu" class="container centered">{_menu(active)}</div></div>
</header></div>
<section class="page-top page-header-1"><div class="container"><div class="row"><div class="col-lg-12">
<div class="breadcrumbs-wrap">{_breadcrumbs(trail)}</div>
<h1 class="page-title">{esc(h1)}</h1>
</div></div></div></section>
<div id="main" class="column2 column2-right-sidebar boxed"><div class="container">
{content}
</div></div>
<div class="footer-wrapper"><div id="footer" class="footer footer-1"><div class="footer-main"><div class="container"><div class="row">
<div class="col-lg-6"><aside class="widget contact-info"><h3 class="widget-title">{SITE_NAME.upper()}</h3>
<div class="contact-info-block"><ul class="contact-details list list-icons">
<li><i class="far fa-dot-circle"></i> <strong>Địa chỉ:</strong> <span>Tổ 5, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế</span></li>
<li><i class="fab fa-whatsapp"></i> <strong>Điện thoại:</strong> <span>0234 3861 245</span></li>
<li><i class="far fa-envelope"></i> <strong>Email:</strong> <span><a href="mailto:thcsnguyendu.huongthuy@thuathienhue.edu.vn">thcsnguyendu.huongthuy@thuathienhue.edu.vn</a></span></li>
</ul></div></aside></div>
<div class="col-lg-6"><aside class="widget widget_text"><h3 class="widget-title">Liên kết</h3><div class="textwidget"><ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://thuathienhue.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Thừa Thiên Huế</a></li>
<li><a href="https://huongthuy.thuathienhue.gov.vn" target="_blank" rel="noopener">Cổng TTĐT thị xã Hương Thủy</a></li>
</ul></div></aside></div></div></div></div>
<div class="footer-bottom"><div class="container"><div class="footer-left"><span class="footer-copyright">&copy; Copyright 2026 {SITE_NAME} - Hương Thủy. Thiết kế bởi Porto Theme.</span></div></div></div>
</div></div></div>
<script type="text/javascript" src="/wp-content/themes/porto/js/theme.min.js?ver=7.1.4" id="porto-theme-js"></script>
<script type="text/javascript" src="/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=7.6" id="wpb_composer_front_js-js"></script>
<script type="text/javascript">var porto_lazyload = {{"selector": ".porto-lazyload", "attr": "data-oi"}}; var __base = "{base}";</script>
</body>
</html>"""
    return html(page, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


# --- article body in three editors -----------------------------------------------------------

def _p(block: P) -> str:
    return esc(block.text)


def _img_classic(img: Img, n: int) -> str:
    src = esc(img.src)
    small = esc(re.sub(r"(-\d+x\d+)?\.jpg$", "-300x200.jpg", img.src))
    tag = (f'<img loading="lazy" decoding="async" class="size-large wp-image-{n}" src="{src}" alt="" '
           f'width="800" height="533" srcset="{src} 800w, {small} 300w" sizes="(max-width: 800px) 100vw, 800px" />')
    if img.style == "oldcap":
        return (f'<div id="attachment_{n}" style="width: 810px" class="wp-caption aligncenter">{tag}'
                f'<p class="wp-caption-text">{esc(img.printed or "")}</p></div>')
    if img.style == "figcap":
        return (f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: 800px" '
                f'class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{n}" '
                f'class="wp-caption-text">{esc(img.printed or "")}</figcaption></figure>')
    if img.style == "attlink":
        return (f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: 800px" '
                f'class="wp-caption aligncenter"><a href="img_5612/" rel="attachment wp-att-{n}">{tag}</a>'
                f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{esc(img.printed or "")}'
                f'</figcaption></figure>')
    if img.style == "emcap":
        return (f'<p style="text-align: center;">{tag}</p>\n'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    return f'<p>{tag}</p>'


def _gallery(imgs: list[Img], first: int) -> str:
    items = []
    for k, img in enumerate(imgs):
        full = esc(img.src.replace("-150x150", ""))
        items.append(
            f"<figure class='gallery-item'><div class='gallery-icon landscape'><a href='{full}'>"
            f"<img width=\"150\" height=\"150\" src=\"{esc(img.src)}\" class=\"attachment-thumbnail size-thumbnail\" "
            f"alt=\"\" decoding=\"async\" aria-describedby=\"gallery-1-{first + k}\" /></a></div>"
            f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{first + k}'>\n"
            f"{esc(img.printed or '')}\n</figcaption></figure>")
    return ("<div id='gallery-1' class='gallery galleryid-389 gallery-columns-3 gallery-size-thumbnail'>"
            + "".join(items) + "</div>")


def _classic(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    i = 0
    n = 5000 + story.id * 10
    in_list = False
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_p(b)}</li>")
            i += 1
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag} style=\"width: 25%;\">{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="table table-bordered" style="width: 100%;"><tbody>' + "".join(rows)
                       + "</tbody></table>")
            continue
        if isinstance(b, Img) and b.style == "gallery":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                group.append(blocks[i])
                i += 1
            out.append(_gallery(group, n))
            continue
        if isinstance(b, Img):
            n += 1
            out.append(_img_classic(b, n))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_p(b)}</strong></p>')
        elif b.style == "br":
            out[-1] = out[-1][: -len("</p>")] + f"<br />\n{_p(b)}</p>"
        elif b.style == "sc-open":
            out.append(f"<p>[vc_row][vc_column][vc_column_text]{_p(b)}</p>")
        elif b.style == "sc-close":
            out.append(f"<p>{_p(b)}[/vc_column_text][/vc_column][/vc_row]</p>")
        else:
            out.append(f'<p style="text-align: justify;">{_p(b)}</p>')
        i += 1
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _gutenberg(story: Story) -> str:
    out: list[str] = []
    in_list = False
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "featured":
            continue
        if in_list and not (isinstance(b, P) and b.style == "li"):
            out.append("</ul>")
            in_list = False
        if isinstance(b, P) and b.style == "li":
            if not in_list:
                out.append('<ul class="wp-block-list">')
                in_list = True
            out.append(f"<li>{_p(b)}</li>")
        elif isinstance(b, P) and b.style == "h3":
            out.append(f'<h3 class="wp-block-heading">{_p(b)}</h3>')
        elif isinstance(b, P):
            out.append(f"<p>{_p(b)}</p>")
        elif isinstance(b, Img):
            out.append(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" '
                       f'width="1024" height="683" src="{esc(b.src)}" alt="" class="wp-image-{story.id + 3}" />'
                       f'<figcaption class="wp-element-caption">{esc(b.printed or "")}</figcaption></figure>')
        else:
            out.append(b.html)
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _wpbakery(story: Story) -> str:
    def text_col(paras: list[P], uid: str) -> str:
        inner = "\n".join(f"<p>{_p(p)}</p>" for p in paras)
        return (f'<div class="wpb_text_column wpb_content_element {uid}"><div class="wpb_wrapper">\n{inner}\n'
                "</div></div>")

    def row(inner: str, rid: int) -> str:
        return (f'<div class="vc_row wpb_row row top-row porto-inner-container vc_custom_17331{rid}">'
                '<div class="vc_column_container col-md-12"><div class="wpb_wrapper vc_column-inner">'
                f"{inner}</div></div></div>")

    paras = {st: [b for b in story.blocks if isinstance(b, P) and b.style == st]
             for st in ("vc1", "uh-main", "uh-sub", "vc2", "vc3")}
    img = next(b for b in story.blocks if isinstance(b, Img) and b.style == "lazy")
    raws = [b.html for b in story.blocks if isinstance(b, Raw)]
    heading = (
        '<div class="porto-u-heading" data-hspacer="line_only" data-halign="center" style="text-align:center">'
        f'<div class="porto-u-main-heading"><h2 style="font-weight:700;color:#0b4d8c;">{_p(paras["uh-main"][0])}</h2></div>'
        '<div class="porto-u-heading-spacer line_only" style="topheight: 2px;"><span class="porto-u-headings-line" '
        'style="border-style:solid;border-bottom-width:2px;border-color:#f4b400;width:80px;"></span></div>'
        f'<div class="porto-u-sub-heading" style="font-size:16px;">{_p(paras["uh-sub"][0])}</div></div>'
    )
    separator = ('<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 '
                 'vc_sep_pos_align_center vc_separator_no_text"><span class="vc_sep_holder vc_sep_holder_l">'
                 '<span class="vc_sep_line"></span></span><span class="vc_sep_holder vc_sep_holder_r">'
                 '<span class="vc_sep_line"></span></span></div>')
    image = ('<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure">'
             '<div class="vc_single_image-wrapper vc_box_border_grey">'
             f'<img width="1024" height="683" src="{SVG_PLACEHOLDER}" data-oi="{esc(img.src)}" '
             f'class="vc_single_image-img attachment-large porto-lazyload" alt="" decoding="async" /></div>'
             f'<figcaption class="vc_figure-caption">{esc(img.printed or "")}</figcaption></figure></div>')
    return "\n".join([
        row(text_col(paras["vc1"], "vc_custom_1733120441"), 1),
        row(separator + heading, 2),
        row(text_col(paras["vc2"], "vc_custom_1733120502") + image + text_col(paras["vc3"], "vc_custom_1733120577"), 3),
        *raws,
    ])


def _entry_content(story: Story) -> str:
    editor = story.opts.get("editor")
    if editor == "gutenberg":
        return _gutenberg(story)
    if editor == "wpbakery":
        return _wpbakery(story)
    return _classic(story)


# --- pages ---------------------------------------------------------------------------------

def _date_block(day: str) -> str:
    _, m, d = day.split("-")
    return f'<div class="post-date"><span class="day">{d}</span><span class="month">Th{int(m)}</span></div>'


def _modified(story: Story) -> str:
    y, m, d = (int(x) for x in _post_day(story).split("-"))
    return f"{y:04d}-{m:02d}-{d:02d}T{8 + story.id % 9:02d}:{story.id % 60:02d}:33+07:00"


def _excerpt(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return esc(" ".join(words[:28])) + (" [&hellip;]" if len(words) > 28 else "")


def _featured(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)


def _thumb(story: Story, size: str) -> str:
    f = _featured(story)
    if not f:
        return "/wp-content/uploads/2024/08/placeholder-thong-bao-" + size + ".jpg"
    return f.src.replace("-1024x683", "-" + size)


def _related(story: Story) -> str:
    others = [s for s in _newest_first() if s.cat == story.cat and s.id != story.id][:3]
    items = []
    for s in others:
        link = permalink(s)
        day = _post_day(s)
        items.append(
            f'<div class="post-item"><a aria-label="{esc(s.title)}" href="{link}"><span class="post-image '
            f'thumb-info thumb-info-hide-wrapper-bg m-b-md"><span class="thumb-info-wrapper"><img width="450" '
            f'height="231" src="{_thumb(s, "450x231")}" class="img-responsive" alt="" /></span></span></a>'
            f'{_date_block(day)}<h4><a href="{link}">{esc(s.title)}</a></h4>'
            f'<div class="post-excerpt">{_excerpt(s)}</div>'
            f'<a href="{link}" class="read-more">Đọc thêm <i class="fas fa-angle-right"></i></a></div>')
    if not items:
        return ""
    return ('<hr class="tall" /><div class="related-posts"><h4 class="sub-title">Bài viết <strong>liên quan'
            '</strong></h4><div class="post-carousel porto-carousel owl-carousel show-nav-title" '
            'data-plugin-options="{&quot;themeConfig&quot;:true,&quot;lg&quot;:3}">' + "".join(items) + "</div></div>")


def _comments(story: Story, base: str) -> str:
    comments = COMMENTS.get(story.id)
    if not comments:
        return ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
                'Để lại bình luận</h3><p class="must-log-in">Bạn phải <a href="/wp-login.php">đăng nhập</a> '
                'để gửi bình luận.</p></div>')
    link = permalink(story)
    items = []
    for cid, who, day, clock, body in comments:
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div class="comment-body">'
            '<div class="img-thumbnail"><img alt="" src="/wp-content/themes/porto/images/avatar.png" '
            'class="avatar avatar-80 photo" height="80" width="80" /></div><div class="comment-block">'
            f'<div class="comment-arrow"></div><span class="comment-by"><strong>{esc(who)}</strong>'
            f'<span class="float-end"><span> <a rel="nofollow" class="comment-reply-link" '
            f'href="{link}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}" '
            f'aria-label="Trả lời {esc(who)}">Trả lời</a></span></span></span>'
            f'<div><p>{esc(body)}</p></div>'
            f'<span class="date float-end">{_words_date(day)} lúc {clock}</span></div></div></li>')
    return (f'<div id="comments" class="post-comments post-block"><h3><i class="far fa-comments"></i>Bình luận '
            f'({len(comments)})</h3><ul class="comments">{"".join(items)}</ul></div>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại '
            'bình luận</h3><p class="must-log-in">Bạn phải <a href="/wp-login.php">đăng nhập</a> để gửi bình '
            'luận.</p></div>')


def _single(request: Request, story: Story) -> Response:
    base = base_url(request)
    link = permalink(story)
    day = _post_day(story)
    cat = CATS[story.cat]
    feat = _featured(story)
    image = ""
    if feat:
        image = ('<div class="post-image single"><div class="post-slideshow porto-carousel owl-carousel has-ccols '
                 'ccols-1 nav-inside nav-inside-center nav-style-2 show-nav-hover"><div><div class="img-thumbnail">'
                 f'<img width="1024" height="683" src="{esc(feat.src)}" class="owl-lazy img-responsive" alt="" '
                 f'decoding="async" /><span class="zoom" data-src="{esc(feat.src.replace("-1024x683", ""))}" '
                 'data-title=""><i class="fas fa-search"></i></span></div></div></div></div>')
    tags = story.opts.get("tags", [])
    tag_line = ""
    if tags:
        tag_line = ('<div class="post-tags"><i class="fas fa-tag"></i> Thẻ: '
                    + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags) + "</div>")
    ncom = len(COMMENTS.get(story.id, []))
    share_u = quote(base + link, safe="")
    main = f"""
<article class="post-large post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{story.cat}">
{image}
{_date_block(day)}
<div class="post-content">
<h2 class="entry-title">{esc(story.title)}</h2>
<span class="vcard" style="display: none;"><span class="fn">quantri</span></span>
<span class="updated" style="display:none">{_modified(story)}</span>
<div class="post-meta">
<span class="meta-date"><i class="far fa-calendar-alt"></i> {_words_date(day)}</span>
<span class="meta-author"><i class="far fa-user"></i> <span>Bởi</span> quantri</span>
<span class="meta-cats"><i class="far fa-folder"></i> <a href="/category/{story.cat}/" rel="category tag">{esc(cat)}</a></span>
<span class="meta-comments"><i class="far fa-comments"></i> <a href="{link}#respond" class="hash-scroll">{ncom} Bình luận</a></span>
</div>
<div class="entry-content">
{_entry_content(story)}
</div>
</div>
<div class="post-gap"></div>
{tag_line}
<div class="post-share post-block"><h3><i class="fas fa-share"></i>Chia sẻ bài viết</h3><div class="share-links">
<a href="https://www.facebook.com/sharer.php?u={share_u}" target="_blank" rel="noopener noreferrer nofollow" data-bs-tooltip data-bs-placement="bottom" title="Facebook" class="share-facebook">Facebook</a>
<a href="https://twitter.com/intent/tweet?text={quote(story.title)}&amp;url={share_u}" target="_blank" rel="noopener noreferrer nofollow" title="X" class="share-twitter">X</a>
<a href="mailto:?subject={quote(story.title)}&amp;body={share_u}" target="_blank" rel="noopener noreferrer nofollow" title="Email" class="share-email">Email</a>
<a href="https://zalo.me/share?u={share_u}" target="_blank" rel="noopener noreferrer nofollow" title="Zalo" class="share-zalo">Zalo</a>
</div></div>
<div class="post-block post-author clearfix"><h3><i class="far fa-user"></i>Tác giả</h3>
<div class="img-thumbnail"><img alt="" src="/wp-content/themes/porto/images/avatar.png" class="avatar avatar-80 photo" height="80" width="80" /></div>
<p><strong class="name">quantri</strong></p>
<p>Quản trị website Trường THCS Nguyễn Du</p></div>
{_comments(story, base)}
</article>
{_related(story)}"""
    head = (f'<link rel="canonical" href="{base}{link}" />\n'
            f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
            f'<meta property="og:locale" content="vi_VN" /><meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(story.title)}" />\n'
            f'<meta property="og:url" content="{base}{link}" />')
    if feat:
        head += f'\n<meta property="og:image" content="{base}{esc(feat.src)}" />'
    if "replytocom" in request.params:
        head = "<meta name='robots' content='noindex, follow' />\n" + head
    return _page(request, title=f"{story.title} – {SITE_NAME}", h1=cat,
                 trail=[(cat, f"/category/{story.cat}/"), (story.title, None)], main=main,
                 body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
                 active=f"/category/{story.cat}/", head=head)


def _listing_item(s: Story) -> str:
    link = permalink(s)
    return f"""
<article class="post post-large post-{s.id} type-post status-publish hentry category-{s.cat}">
<div class="post-image single"><div class="img-thumbnail"><a href="{link}" aria-label="post image">
<img width="1024" height="683" src="{_thumb(s, "1024x683")}" class="img-responsive" alt="" decoding="async" /></a></div></div>
{_date_block(_post_day(s))}
<div class="post-content">
<h2 class="entry-title"><a href="{link}">{esc(s.title)}</a></h2>
<span class="vcard" style="display: none;"><span class="fn">quantri</span></span>
<span class="updated" style="display:none">{_modified(s)}</span>
<div class="post-excerpt">{_excerpt(s)}</div>
<div class="post-meta"><span class="meta-author"><i class="far fa-user"></i> Bởi quantri</span>
<span class="meta-cats"><i class="far fa-folder"></i> <a href="/category/{s.cat}/" rel="category tag">{esc(CATS[s.cat])}</a></span>
<span class="meta-comments"><i class="far fa-comments"></i> <a href="{link}#respond">{len(COMMENTS.get(s.id, []))} Bình luận</a></span>
<span class="d-block float-sm-end mt-3 mt-sm-0"><a class="btn btn-xs btn-default text-xs text-uppercase" href="{link}">Đọc thêm...</a></span></div>
</div></article>"""


def _listing(request: Request, base_path: str, page_no: int, posts: list[Story], h1: str,
             trail: list[tuple[str, str | None]], body_class: str, active: str = "") -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page_no < 1 or page_no > pages:
        return None
    chunk = posts[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]

    def href(n: int) -> str:
        return base_path if n == 1 else f"{base_path}page/{n}/"

    nav = ""
    if pages > 1:
        parts = []
        if page_no > 1:
            parts.append(f'<a class="prev page-numbers" href="{href(page_no - 1)}"></a>')
        for n in range(1, pages + 1):
            if n == page_no:
                parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
        if page_no < pages:
            parts.append(f'<a class="next page-numbers" href="{href(page_no + 1)}"></a>')
        nav = ('<div class="clearfix"></div><div class="pagination-wrap"><div class="pagination" role="navigation">'
               + "".join(parts) + "</div></div>")
    main = ('<div class="blog-posts posts-large posts-container">' + "".join(_listing_item(s) for s in chunk)
            + "</div>" + nav)
    title = h1 + (f" – Trang {page_no}" if page_no > 1 else "") + f" – {SITE_NAME}"
    return _page(request, title=title, h1=h1, trail=trail, main=main,
                 body_class=f"archive {body_class} paged-{page_no}", active=active)


def _home(request: Request) -> Response:
    latest = _newest_first()[:5]
    cards = []
    for s in latest:
        link = permalink(s)
        cards.append(
            f'<div class="grid-box post-{s.id}"><article class="post post-grid"><div class="post-image">'
            f'<a href="{link}"><img width="450" height="231" src="{_thumb(s, "450x231")}" alt="" /></a></div>'
            f'<div class="post-content"><h4 class="entry-title"><a href="{link}">{esc(s.title)}</a></h4>'
            f'<div class="post-meta"><span class="meta-date"><i class="far fa-calendar-alt"></i> '
            f'{_words_date(_post_day(s))}</span></div><p class="post-excerpt">{_excerpt(s)}</p>'
            f'<a class="btn-readmore" href="{link}">Đọc thêm</a></div></article></div>')
    notices = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="new-label">Mới</span></li>'
        for s in _newest_first() if s.cat == "thong-bao"
    )
    main = f"""
<div class="vc_row wpb_row row top-row"><div class="vc_column_container col-md-12"><div class="wpb_wrapper vc_column-inner">
<div class="porto-ultimate-content-box"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">
<h3 style="text-align: center;"><strong>CHÀO MỪNG QUÝ VỊ ĐẾN VỚI WEBSITE TRƯỜNG THCS NGUYỄN DU</strong></h3>
<p style="text-align: center;">Năm học 2026-2027: “Đoàn kết, sáng tạo, nâng cao chất lượng giáo dục toàn diện”</p>
</div></div></div>
<div class="porto-u-heading"><div class="porto-u-main-heading"><h2>TIN MỚI NHẤT</h2></div></div>
<div class="porto-blog wpb_content_element"><div class="blog-posts posts-grid posts-container row">{"".join(cards)}</div></div>
<div class="porto-u-heading"><div class="porto-u-main-heading"><h2>THÔNG BÁO</h2></div></div>
<ul class="list list-icons list-primary">{notices}</ul>
</div></div></div>"""
    head = f'<link rel="canonical" href="{base_url(request)}/" />'
    return _page(request, title=f"{SITE_NAME} – Thị xã Hương Thủy", h1=SITE_NAME, trail=[], main=main,
                 body_class="home page-template-default page page-id-2", active="/", head=head)


_PAGES = {
    "gioi-thieu": ("Giới thiệu chung", """
<div class="vc_row wpb_row row"><div class="vc_column_container col-md-12"><div class="wpb_wrapper">
<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">
<p>Trường THCS Nguyễn Du được thành lập năm 1996, đóng trên địa bàn phường Phú Bài, thị xã Hương Thủy.</p>
<p>Năm học 2026-2027, trường có 16 lớp với 642 học sinh, 41 cán bộ, giáo viên, nhân viên. Trường đạt chuẩn quốc gia mức độ 1 năm 2019.</p>
<p><img class="aligncenter size-large" src="/wp-content/uploads/2024/08/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="1024" height="576" /></p>
</div></div></div></div></div>"""),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", """
<table class="table table-striped"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr></thead><tbody>
<tr><td>1</td><td>Trần Văn Bình</td><td>Hiệu trưởng</td><td>Toán</td></tr>
<tr><td>2</td><td>Lê Thị Thu Hà</td><td>Phó Hiệu trưởng</td><td>Ngữ văn</td></tr>
<tr><td>3</td><td>Phan Thị Ngọc Ánh</td><td>Tổ trưởng tổ Ngữ văn</td><td>Ngữ văn</td></tr>
<tr><td>4</td><td>Nguyễn Văn Tâm</td><td>Tổ trưởng tổ Toán – Tin</td><td>Toán</td></tr>
<tr><td>5</td><td>Đoàn Thị Kim Oanh</td><td>Tổng phụ trách Đội</td><td>Âm nhạc</td></tr>
</tbody></table>"""),
    "lien-he": ("Liên hệ", """
<p><strong>Trường THCS Nguyễn Du</strong><br />Địa chỉ: Tổ 5, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế<br />Điện thoại: 0234 3861 245</p>
<div role="form" class="wpcf7" id="wpcf7-f5-p12-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f5-p12-o1" method="post" class="wpcf7-form init" novalidate="novalidate">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="5" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f5-p12-o1" /></div>
<p><label> Họ tên<br /><input type="text" name="your-name" value="" size="40" /></label></p>
<p><label> Email<br /><input type="email" name="your-email" value="" size="40" /></label></p>
<p><label> Nội dung<br /><textarea name="your-message" cols="40" rows="6"></textarea></label></p>
<p><input type="submit" value="Gửi" class="wpcf7-form-control wpcf7-submit" /></p></form></div>"""),
}


def _static_page(request: Request, slug: str) -> Response:
    title, body = _PAGES[slug]
    main = f'<article class="post-{100 + len(slug)} page type-page status-publish hentry"><div class="page-content">{body}</div></article>'
    trail = [(title, None)]
    if slug == "doi-ngu-giao-vien":
        trail = [("Giới thiệu", "/gioi-thieu/"), (title, None)]
    return _page(request, title=f"{title} – {SITE_NAME}", h1=title, trail=trail, main=main,
                 body_class=f"page-template-default page page-id-{100 + len(slug)}", active=f"/{slug}/",
                 head=f'<link rel="canonical" href="{base_url(request)}/{slug}/" />')


ALBUM_PATH = "/portfolio/hoi-khoe-phu-dong-cap-truong-2026/"
ATTACHMENT_PATH = "/trao-hoc-bong-cho-hoc-sinh-vuot-kho-hoc-tot/img_5612/"


def _portfolio(request: Request) -> Response:
    photos = "".join(
        f'<div><div class="img-thumbnail"><img width="1024" height="683" src="{UP}/11/hkpd-album-{k}.jpg" '
        f'class="owl-lazy img-responsive" alt="" /></div></div>' for k in range(1, 6)
    )
    main = f"""
<article class="portfolio portfolio-large post-402 type-portfolio status-publish hentry portfolio_cat-hoat-dong">
<div class="portfolio-image single"><div class="portfolio-slideshow porto-carousel owl-carousel">{photos}</div></div>
{_date_block("2026-11-07")}
<div class="portfolio-info"><h2 class="entry-title shorter">Hội khỏe Phù Đổng cấp trường 2026</h2>
<div class="post-meta"><span class="meta-date"><i class="far fa-calendar-alt"></i> {_words_date("2026-11-07")}</span>
<span class="meta-author"><i class="far fa-user"></i> Bởi quantri</span></div></div>
<div class="row"><div class="col-lg-8"><h5 class="portfolio-desc-title">Mô tả</h5>
<div class="post-content"><p>Một số hình ảnh tại Hội khỏe Phù Đổng cấp trường năm 2026 do Liên đội tổ chức trong hai ngày 05 và 06/11/2026.</p></div></div>
<div class="col-lg-4"><h5 class="portfolio-desc-title">Chi tiết</h5><ul class="portfolio-details">
<li><strong>Danh mục:</strong> Hoạt động ngoài giờ</li><li><strong>Ảnh:</strong> 5</li></ul></div></div>
</article>"""
    return _page(request, title=f"Hội khỏe Phù Đổng cấp trường 2026 – {SITE_NAME}", h1="Thư viện ảnh",
                 trail=[("Thư viện ảnh", None), ("Hội khỏe Phù Đổng cấp trường 2026", None)], main=main,
                 body_class="portfolio-template-default single single-portfolio postid-402",
                 active=ALBUM_PATH, sidebar=False)


def _attachment(request: Request) -> Response:
    story = BY_ID[397]
    main = f"""
<article class="post-large post-5612 attachment type-attachment status-inherit hentry">
{_date_block("2026-11-14")}
<div class="post-content"><h2 class="entry-title">IMG_5612</h2>
<div class="post-meta"><span class="meta-date"><i class="far fa-calendar-alt"></i> {_words_date("2026-11-14")}</span>
<span class="meta-author"><i class="far fa-user"></i> Bởi quantri</span></div>
<div class="entry-content"><p class="attachment"><a href="{UP}/11/IMG_5612.jpg"><img width="300" height="225" src="{UP}/11/IMG_5612-300x225.jpg" class="attachment-medium size-medium" alt="" /></a></p>
<p>Ảnh: Minh Tâm</p></div>
<p class="back-link">Đăng trong <a href="{permalink(story)}">{esc(story.title)}</a></p></div></article>"""
    return _page(request, title=f"IMG_5612 – {SITE_NAME}", h1=CATS[story.cat],
                 trail=[(story.title, permalink(story)), ("IMG_5612", None)], main=main,
                 body_class="attachment attachment-template-default single single-attachment postid-5612")


def _search(request: Request) -> Response:
    q = request.params.get("s", "").strip()
    hits = [s for s in _newest_first() if q and q.lower() in s.title.lower()]
    if hits:
        main = '<div class="blog-posts posts-large posts-container">' + "".join(_listing_item(s) for s in hits) + "</div>"
    else:
        main = ('<div class="page-content"><h2 class="entry-title">Không tìm thấy kết quả</h2><p>Rất tiếc, không có '
                'bài viết nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div>')
    return _page(request, title=f"Kết quả tìm kiếm “{q}” – {SITE_NAME}", h1=f"Kết quả tìm kiếm: {q}",
                 trail=[(f"Kết quả tìm kiếm “{q}”", None)], main=main, body_class="search search-results")


_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")


class PortoSite:
    def __init__(self) -> None:
        self.by_slug = {s.slug: s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if not request.query:
                return _home(request)
            if set(params) == {"p"} and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(base_url(request) + permalink(BY_ID[int(params["p"])]), 301)
            if set(params) == {"s"}:
                return _search(request)
            return None
        if not path.endswith("/"):
            target = self._route(path + "/", Request("GET", path + "/", "", request.headers))
            if target is not None and target.status == 200:
                return redirect(base_url(request) + path + "/", 301)
            return None
        return self._route(path, request)

    def _route(self, path: str, request: Request) -> Response | None:
        query = request.params
        if request.query and set(query) != {"replytocom"}:
            return None
        page_no = 1
        m = _PAGED.match(path)
        if m:
            page_no = int(m["n"])
            if page_no == 1:
                return redirect(base_url(request) + m["base"], 301)
            path = m["base"]
        if query and m:
            return None
        parts = [unquote(p) for p in path.strip("/").split("/")]
        newest = _newest_first()
        if len(parts) == 2 and parts[0] == "category" and parts[1] in CATS and not query:
            slug = parts[1]
            return _listing(request, path, page_no, [s for s in newest if s.cat == slug], CATS[slug],
                            [(CATS[slug], None)], f"category category-{slug}", f"/category/{slug}/")
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS and not query:
            slug = parts[1]
            return _listing(request, path, page_no, [s for s in newest if slug in s.opts.get("tags", [])],
                            f"Thẻ: {TAGS[slug]}", [(f"Thẻ: {TAGS[slug]}", None)], f"tag tag-{slug}")
        if parts == ["author", "quantri"] and not query:
            return _listing(request, path, page_no, newest, "Tác giả: quantri", [("Tác giả: quantri", None)],
                            "author author-quantri")
        if len(parts) == 2 and parts[0] == "2026" and parts[1] in ("10", "11", "12") and not query:
            mm = parts[1]
            posts = [s for s in newest if _post_day(s)[5:7] == mm]
            label = f"{MONTHS[int(mm) - 1]} 2026"
            return _listing(request, path, page_no, posts, f"Lưu trữ: {label}",
                            [("2026", None), (label, None)], "date")
        if m:
            return None
        if path == ALBUM_PATH and not query:
            return _portfolio(request)
        if path == ATTACHMENT_PATH and not query:
            return _attachment(request)
        if len(parts) == 1 and parts[0] in _PAGES and not query:
            return _static_page(request, parts[0])
        if len(parts) == 1 and parts[0] in self.by_slug:
            story = self.by_slug[parts[0]]
            if query:
                valid = {str(c[0]) for c in COMMENTS.get(story.id, [])}
                if query["replytocom"] not in valid:
                    return None
            return _single(request, story)
        return None


def build_site() -> PortoSite:
    return PortoSite()


# --- gold ----------------------------------------------------------------------------------

def _gold(story: Story) -> dict:
    path = permalink(story)
    alts = [f"/?p={story.id}"]  # the head's rel=shortlink; old widgets and posts link some too
    alts += [f"{path}?replytocom={c[0]}" for c in COMMENTS.get(story.id, [])]
    if path != "/" + story.slug + "/":
        alts.append("/" + quote(story.slug, safe="-") + "/")
    return gold_record(story, path, CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in _newest_first()]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/lien-he/",
    ALBUM_PATH,
    ATTACHMENT_PATH,
]
