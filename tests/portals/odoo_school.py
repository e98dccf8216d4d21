"""Fixture portal: a private inter-level school (Trường Liên cấp Sao Mai, Cần Thơ) on Odoo 17 Website.

Why: private schools increasingly run their site on Odoo (Website + Blog + Events + eCommerce for
admission fees), built by a local Odoo partner. Nothing in it looks like a news CMS: the article
is a ``blog.post`` whose cover is a CSS background, whose sapo is the "subtitle" field, whose body
is a column of website-builder snippets, and whose home page loads its news by JSON-RPC.

What it serves (Odoo 17 markup, class names as the platform writes them):

- three blogs, ``/blog/<slug>-<id>``: "Tin tức - Sự kiện" (7 posts, three pages), "Thông báo" (3),
  "Chương trình song ngữ" (2); ``/blog`` lists all 12 over four pages. The agency set
  ``_blog_post_per_page = 3`` (one row of cards a page). Pager links are ``/page/N`` (page 1 is the
  bare URL; ``/page/1`` and pages past the end still answer 200, the latter with "Chưa có bài viết
  nào phù hợp."). Cards: the cover as ``background-image`` of ``o_record_cover_image``, the title
  link ``o_blog_post_title``, Odoo's teaser (content text cut at 200 characters + "..."), tag
  badges, the date and "trong <blog>".
- posts at ``/blog/<blog-slug>-<id>/<post-slug>-<id>``. Slugs come from Odoo's fallback slugify
  (NFKD, ASCII only): "đ"/"Đ" vanish ("Đại hội Liên đội" -> ``ai-hoi-lien-oi``). The page: cover
  block ``o_wblog_post_page_cover`` holding ``h1.o_wblog_post_name`` and
  ``div.o_wblog_post_subtitle``; breadcrumb "Tất cả blog › <blog> › <title>"; the content field
  ``div.o_wblog_post_content_field`` (s_text_block, s_picture with ``figcaption.figure-caption``,
  inline ``<img>`` with a centred ``p.text-muted`` line, s_image_text, s_three_columns cards,
  s_quotes_carousel, s_image_gallery with indicator thumbnails as background images, Odoo tables,
  s_call_to_action "Đăng ký ngay"); "trong <blog>" and ``#tag`` badges; the agency's "Bài viết
  khác" (four newest posts, dd/mm/yyyy); a sidebar with the author avatar (``<img>``
  ``/web/image/blog.post/<id>/author_avatar/50x50``), the author's name and the date, "Chia sẻ bài
  viết", "Thẻ"; and Odoo's "Đọc tiếp" footer, which prints the *next* post's name and subtitle
  with the same classes ``o_wblog_post_name`` / ``o_wblog_post_subtitle`` (as divs).
- head: ``rel=canonical``, og tags (``og:image`` = the cover, or the site logo),
  ``article:published_time`` / ``modified_time`` as Odoo writes ``str(datetime)``: UTC with no
  zone ("2026-11-17 23:40:00" for a post of 06:40 on 18/11), ``article:tag``, the blog's Atom link.
- chrome: a top bar with today's date (TODAY) and the admission hotline, the mega menu, a search
  modal (``/website/search``), cart, "Đăng nhập" (``/web/login``), "Đăng ký tư vấn"; footer with
  address, phone, hotline, a visitor counter ("Thống kê truy cập"), "Bản quyền ©", "Được hỗ trợ
  bởi Odoo"; the cookie bar ("Chúng tôi sử dụng cookie…", "Tôi đồng ý").
- the home page: a carousel, numbers, and the dynamic "Tin tức mới nhất" snippet, empty in the
  HTML (``div.dynamic_snippet_template``): a script POSTs JSON-RPC to ``/website/snippet/filters``
  (served; GET answers 400). The home page links no post.
- non-articles: "Giới thiệu", "Thư viện ảnh" (a captioned image gallery), "Văn bản - Biểu mẫu"
  (PDFs at ``/web/content/<id>?download=true``), "Tuyển sinh" (a ``s_website_form`` lead form with
  "Đăng ký ngay"), ``/contactus``, ``/cookie-policy``, ``/web/login`` and ``/web/reset_password``;
  ``/event`` and two event pages ``/event/<slug>-<id>/register`` (dated, with a description: not
  news; ``/event/<slug>-<id>`` answers 302 there; ``?date=`` filters; ``/event/<id>/ics``);
  ``/shop`` (admission deposits as products, ``?order=`` sort links), three product pages and
  ``/shop/cart``.
- ``/blog/<blog>/feed``: Atom, per blog (no site-wide feed), announced in ``<head>`` of blog pages
  and as an RSS icon; ``/sitemap.xml`` (named in robots.txt): pages, blogs, every post (lastmod).

Traps and hard cases:
- Tag filters: the tag cloud links each tag *toggled* into the active list (``tags_list``), so a
  tag page links ``/tag/a-4,b-5`` combinations; Odoo 13+ answers every multi-tag GET with a 302 to
  the first tag (query kept), so the links are many (~80 here) but the pages are not. A wrong tag
  slug answers 301.
- The archive is a ``<select>`` of ``?date_begin=…&date_end=…`` URLs (filtered listings, 200).
- Post URL variants all answer 301 to the canonical URL: Odoo 12's ``/blog/<blog>/post/<post>``
  (an editor pasted one into post 57), a bare id, an old slug, another blog's prefix, an old blog
  slug. Post 55 links last year's unpublished post: 404. Query strings (utm) serve the same page.
- Covers are CSS backgrounds, never ``<img>``; posts without a cover print an empty style.
- The bilingual blog is rendered by the agency's override that formats the date with
  ``lang_code='en_US'``: "11/05/2026" (post 57) and "10/09/2026" (post 50) are month first,
  with ``<time datetime="2026-11-05">`` beside them; its listing prints the same, ``/blog``'s
  cards print "5 tháng 11, 2026" / "9 tháng 10, 2026", "Bài viết khác" prints 05/11/2026.
- Post 59 is stored decomposed (NFD, typed with "Unicode tổ hợp") everywhere it is printed;
  post 61 has the editor's ``&nbsp;``; everything is UTF-8.

Gold (by hand; conventions of shared/real-pages/SOURCES.md):
- title: the cover's ``h1``, not ``<title>`` ("… | Trường Liên cấp Sao Mai") nor the "Đọc tiếp"
  footer. category: the blog named in the breadcrumb.
- published_at: the author block's date, date only (Odoo prints no time; the UTC og time is not
  printed and can name the day before). For the two month-first posts the date is read month
  first, as the ``<time datetime>``, the og time, the /blog cards and the text ("chiều 04/11",
  "Ngày 08/10") show: 2026-11-05 and 2026-10-09 (read day first they would be in May/September,
  or after today).
- summary: the subtitle, when there is one; it is also the body's first paragraph.
- body: the content field's paragraphs in order, with headings (h3, the s_picture heading
  "Tiếng trống khai trường", the s_image_text heading), list items, table rows (cells " | "),
  card titles and texts, the lead-in "Một số hình ảnh…". The two carousel quotes *and* their
  attribution lines ("Nguyễn Hoàng Gia Hân - học sinh lớp 8S1") are body: the editor wrote them
  as article text. Left out: captions, signature lines ("Tin: …", "Bài, ảnh: …", "Nguồn: …"),
  the attachment line "Lich-kiem-tra-cuoi-HKI-2026-2027.pdf", and the s_call_to_action block
  ("Tuyển sinh năm học 2027 - 2028 … Đăng ký ngay", posts 55 and 54): the same promotional block
  sits on the home page, not article text.
- images: every content image once in page order (the helper's gold put the post's cover, a CSS
  background behind the title, first; harmonised after the blind crawl: a CSS background is no
  article image, as webflow_thpt's gold has it): figure/figcaption and ``text-muted`` lines are captions (kept as printed, "(Ảnh: X)"
  included); card, gallery and image-text images have none; a line that is only the Zalo file
  name (post 48) is no caption. Avatars, the logo, gallery indicator thumbnails and the next
  post's cover are not article images.
- authors / photographers / source: an in-text signature wins over the author block ("Tin: A -
  Ảnh: B"; "Bài, ảnh: C" gives C to both lists; a caption's "(Ảnh: X)" adds X to photographers).
  Without one, the author block names the author when it is a person (Nguyễn Thị Hạnh, Phạm Ngọc
  Diệp, Trần Văn Khoa); Odoo's untouched "Administrator" account credits nobody. "Nguồn: Báo Cần
  Thơ" is the source (post 45, authors empty).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "odoo_school"
PLATFORM = "odoo"
START_PATH = "/"

SITE = "Trường Liên cấp Sao Mai"
SITE_LONG = "Trường Tiểu học, THCS và THPT Sao Mai"
ADDRESS = "Số 18 đường Nguyễn Văn Cừ, phường Ninh Kiều, thành phố Cần Thơ"
PHONE = "0292 3 889 456"
HOTLINE = "0909 318 466"
EMAIL = "tuyensinh@saomai.edu.vn"
#: the agency's override of ``WebsiteBlog._blog_post_per_page`` (three cards a row, one row a page)
PER_PAGE = 3
_LOCAL = timezone(timedelta(hours=7))
#: asset bundle hashes and the logo's ``unique`` stamp, as Odoo prints them
_ASSETS = "9a3c2e1"
_UNIQUE = "8d1c4e2"

#: blogs: key -> (id, name); the key is Odoo's slug of the name
BLOGS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "thong-bao": (2, "Thông báo"),
    "chuong-trinh-song-ngu": (3, "Chương trình song ngữ"),
}
#: the blog whose pages the agency's override renders with English (en_US) dates
INTL_BLOG = "chuong-trinh-song-ngu"

#: tags: key -> (id, name). The slugs come from Odoo's fallback slugify (NFKD, then ASCII only),
#: which drops "đ"/"Đ" altogether: "Đội - Đoàn" -> "oi-oan".
TAGS: dict[str, tuple[int, str]] = {
    "ngay-nha-giao-viet-nam": (4, "Ngày Nhà giáo Việt Nam"),
    "hoc-sinh-gioi": (5, "Học sinh giỏi"),
    "stem": (6, "STEM"),
    "tieng-anh": (7, "Tiếng Anh"),
    "trai-nghiem": (8, "Trải nghiệm"),
    "tuyen-sinh": (9, "Tuyển sinh"),
    "lich-hoc-lich-thi": (10, "Lịch học - Lịch thi"),
    "oi-oan": (11, "Đội - Đoàn"),
}

#: Odoo's ``res.partner`` of each posting account: name -> partner id (avatar URL)
ACCOUNTS: dict[str, int] = {
    "Ban Truyền thông": 9,
    "Administrator": 3,
    "Nguyễn Thị Hạnh": 14,
    "Phạm Ngọc Diệp": 17,
    "Trần Văn Khoa": 21,
}

_IMG = "/web/image"

_CTA = (
    '<section class="s_call_to_action o_cc o_cc3 pt48 pb24 o_colored_level" data-snippet="s_call_to_action"'
    ' data-name="Kêu gọi hành động"><div class="container"><div class="row align-items-center">'
    '<div class="col-lg-9 pb16"><h3><b>Tuyển sinh năm học 2027 - 2028</b></h3>'
    "<p>Đăng ký tham quan trường và nhận tư vấn lộ trình học tập phù hợp cho con. Ưu đãi 10% học phí"
    " học kỳ I cho hồ sơ nộp trước ngày 31/12/2026.</p></div>"
    '<div class="col-lg-3 pb16"><p style="text-align: right;"><a class="btn btn-primary btn-lg"'
    ' href="/tuyen-sinh">Đăng ký ngay</a></p></div></div></div></section>'
)


def _sign(line: str, italic: bool = False) -> Raw:
    inner = f"<em><strong>{esc(line)}</strong></em>" if italic else f"<strong>{esc(line)}</strong>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# Story.opts: at (local post_date as stored, "YYYY-MM-DD HH:MM"), account (the Odoo author shown
# in the author block), tags, nfd (text typed as decomposed Unicode), nbsp (the editor's "&nbsp;"
# after the first comma), edited (write_date, UTC, for article:modified_time and the sitemap).
# Img styles: cover (the post cover: a CSS background-image, not an <img>), inline (an <img> in a
# text block, its line a centred "text-muted" paragraph), picture (s_picture: figure + figcaption
# "figure-caption"), imagetext (s_image_text: the image beside the P "it-h"/"it" that follow),
# card (s_three_columns: a card image, then P "card-h" and P "card"), gallery (s_image_gallery).
# P styles: "" text, h3 heading, li list item, th/tr table rows (cells " | "), pic-h (the heading
# of the s_picture that follows), quote / quote-by (s_quotes_carousel slides).
STORIES: list[Story] = [
    Story(
        id=61,
        slug="truong-lien-cap-sao-mai-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Liên cấp Sao Mai tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, trong không khí trang trọng và ấm áp, Trường Liên cấp Sao Mai tổ chức Lễ"
            " kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các thầy"
            " cô giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_IMG}/1412-5c0e3a1f/le-ky-niem-20-11-2026.jpg", None, None, "cover"),
            P(
                "Tham dự buổi lễ có ông Trần Quốc Hưng, Chủ tịch Hội đồng quản trị nhà trường; đại diện"
                " Ban đại diện cha mẹ học sinh ba cấp học cùng toàn thể cán bộ, giáo viên, nhân viên và"
                " hơn 1.800 học sinh."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Minh Tâm, Hiệu trưởng nhà trường, ôn lại truyền thống"
                " tôn sư trọng đạo của dân tộc và ghi nhận những nỗ lực của đội ngũ giáo viên trong năm"
                " học vừa qua: 100% giáo viên đạt chuẩn trình độ đào tạo, 26 thầy cô đạt danh hiệu giáo"
                " viên dạy giỏi cấp thành phố."
            ),
            Img(
                f"{_IMG}/1413-a7d2e940/tuyen-duong-giao-vien.jpg",
                "Hội đồng quản trị trao giấy khen cho các thầy cô giáo tiêu biểu năm học 2025 - 2026",
                "Hội đồng quản trị trao giấy khen cho các thầy cô giáo tiêu biểu năm học 2025 - 2026",
                "picture",
            ),
            P(
                "Dịp này, nhà trường trao giấy khen cho 18 thầy cô có thành tích xuất sắc và trao “Giải"
                " thưởng Sao Mai” cho 3 giáo viên có sáng kiến đổi mới phương pháp dạy học được áp dụng"
                " rộng rãi."
            ),
            Img(
                f"{_IMG}/1414-0b6e9c3d/van-nghe-chao-mung.jpg",
                "Tiết mục văn nghệ “Người thầy” của học sinh khối THCS (Ảnh: Đỗ Quang Vinh)",
                "Tiết mục văn nghệ “Người thầy” của học sinh khối THCS (Ảnh: Đỗ Quang Vinh)",
                "inline",
            ),
            P(
                "Xen giữa các phần của buổi lễ là chương trình văn nghệ đặc sắc do học sinh ba cấp học"
                " dàn dựng, gửi gắm lòng biết ơn sâu sắc tới các thầy giáo, cô giáo."
            ),
            _sign("Tin: Lê Minh Châu - Ảnh: Đỗ Quang Vinh"),
        ],
        authors=["Lê Minh Châu"],
        photographers=["Đỗ Quang Vinh"],
        opts={
            "at": "2026-11-20 09:30",
            "account": "Ban Truyền thông",
            "tags": ["ngay-nha-giao-viet-nam"],
            "nbsp": True,
            "edited": "2026-11-21 03:12:45",
        },
    ),
    Story(
        id=60,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-18",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I đối"
                " với học sinh khối THCS và THPT như sau:"
            ),
            P("Khối 6, 7, 8, 9: từ ngày 14/12/2026 đến ngày 19/12/2026;", "li"),
            P("Khối 10, 11: từ ngày 15/12/2026 đến ngày 19/12/2026;", "li"),
            P("Khối 12: từ ngày 10/12/2026 đến ngày 15/12/2026.", "li"),
            P(
                "Học sinh khối Tiểu học thực hiện đánh giá định kỳ cuối học kỳ I theo lịch của từng khối"
                " lớp do giáo viên chủ nhiệm thông báo."
            ),
            P(
                "Lịch kiểm tra chi tiết từng môn xem trong tệp đính kèm. Đề nghị quý phụ huynh nhắc nhở"
                " học sinh ôn tập chu đáo, tham gia kiểm tra đúng giờ."
            ),
            Raw(
                '<p><a href="/web/content/1520?download=true" target="_blank"><span class="fa fa-file-pdf-o"></span>'
                " Lich-kiem-tra-cuoi-HKI-2026-2027.pdf</a></p>"
            ),
        ],
        # posted at 06:40 local time: article:published_time (UTC, no zone) reads the day before
        opts={"at": "2026-11-18 06:40", "account": "Administrator", "tags": ["lich-hoc-lich-thi"]},
    ),
    Story(
        id=59,
        slug="hoc-sinh-sao-mai-gianh-5-giai-tai-ky-thi-chon-hoc-sinh-gioi-cap-thanh-pho-lop-9",
        title="Học sinh Sao Mai giành 5 giải tại Kỳ thi chọn học sinh giỏi cấp thành phố lớp 9",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14",
        summary=(
            "Với 1 giải Nhất, 2 giải Nhì và 2 giải Ba, đội tuyển học sinh giỏi lớp 9 của trường đã hoàn"
            " thành xuất sắc mục tiêu đề ra tại kỳ thi năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 do Sở Giáo dục và Đào"
                " tạo thành phố Cần Thơ tổ chức trong hai ngày 07 và 08/11/2026, với hơn 1.100 thí sinh"
                " tham dự ở 9 môn thi."
            ),
            P("Trường Liên cấp Sao Mai có 8 học sinh dự thi, kết quả có 5 em đạt giải:"),
            P("Em Võ Ngọc Bảo Trân (9A1): giải Nhất môn Tiếng Anh;", "li"),
            P("Em Huỳnh Gia Khang (9A2): giải Nhì môn Toán;", "li"),
            P("Em Lâm Thảo Vy (9A1): giải Nhì môn Ngữ văn;", "li"),
            P("Em Trương Minh Nhật (9A3) và em Đặng Khánh Linh (9A2): giải Ba môn Khoa học tự nhiên.", "li"),
            Img(
                f"{_IMG}/1398-3f9e07b2/doi-tuyen-hsg-9.jpg",
                "Đội tuyển học sinh giỏi lớp 9 chụp ảnh lưu niệm cùng Ban Giám hiệu (Ảnh: Trần Thảo)",
                "Đội tuyển học sinh giỏi lớp 9 chụp ảnh lưu niệm cùng Ban Giám hiệu (Ảnh: Trần Thảo)",
                "inline",
            ),
            P(
                "Để có kết quả này, các em đã được bồi dưỡng từ đầu năm học lớp 8 theo chương trình riêng"
                " của nhà trường, kết hợp giữa học trên lớp, tự học có hướng dẫn và luyện đề với giáo viên"
                " bộ môn."
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        photographers=["Trần Thảo"],
        opts={"at": "2026-11-14 16:05", "account": "Nguyễn Thị Hạnh", "tags": ["hoc-sinh-gioi"], "nfd": True},
    ),
    Story(
        id=57,
        slug="hoc-sinh-song-ngu-toa-sang-tai-ngay-hoi-hung-bien-tieng-anh-speak-up-2026",
        title="Học sinh song ngữ tỏa sáng tại Ngày hội hùng biện tiếng Anh “Speak Up 2026”",
        cat="chuong-trinh-song-ngu",
        published_at="2026-11-05",
        summary=(
            "Ngày hội hùng biện tiếng Anh thường niên “Speak Up 2026” dành cho học sinh chương trình song"
            " ngữ khối THCS đã diễn ra sôi nổi với 24 bài thi về chủ đề “Our Green Future”."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_IMG}/1380-c41a9e52/speak-up-2026.jpg", None, None, "cover"),
            P(
                "Vòng chung kết diễn ra chiều 04/11/2026 tại hội trường lớn của trường. Mỗi thí sinh có 3"
                " phút trình bày bài hùng biện và 2 phút trả lời câu hỏi của Ban giám khảo gồm các giáo"
                " viên bản ngữ và giáo viên tiếng Anh của nhà trường."
            ),
            P(
                "Nhiều bài thi gây ấn tượng bởi ý tưởng sáng tạo như giảm rác thải nhựa trong căng tin,"
                " trồng vườn rau trên sân thượng hay tiết kiệm điện trong lớp học. Giải Nhất thuộc về em"
                " Nguyễn Hoàng Gia Hân (lớp 8S1) với bài hùng biện “Small Actions, Big Changes”."
            ),
            P(
                "“Em từng rất sợ nói trước đám đông. Sau ba tháng luyện tập cùng thầy cô, em đã tự tin đứng"
                " trên sân khấu và nói bằng tiếng Anh về điều mình quan tâm.”",
                "quote",
            ),
            P("Nguyễn Hoàng Gia Hân - học sinh lớp 8S1", "quote-by"),
            P(
                "“Các em không chỉ luyện phát âm mà còn học cách lập luận, lắng nghe và phản biện. Đó là"
                " những kỹ năng các em sẽ cần suốt đời.”",
                "quote",
            ),
            P("Thầy Daniel Harris - giáo viên tiếng Anh", "quote-by"),
            P(
                "Ngày hội là hoạt động trong chuỗi chương trình phát triển năng lực ngoại ngữ của học sinh"
                " hệ song ngữ, giúp các em vận dụng tiếng Anh trong các tình huống thực tế."
            ),
        ],
        authors=["Phạm Ngọc Diệp"],
        opts={
            "at": "2026-11-05 08:15",
            "account": "Phạm Ngọc Diệp",
            "tags": ["tieng-anh"],
            # pasted from the old Odoo 12 site: ``/blog/<blog>/post/<post>``, answered 301
            "links": {
                "chuỗi chương trình phát triển năng lực ngoại ngữ": (
                    "/blog/chuong-trinh-song-ngu-3/post/"
                    "sao-mai-tro-thanh-on-vi-to-chuc-thi-chung-chi-cambridge-english-cho-hoc-sinh-50"
                )
            },
        },
    ),
    Story(
        id=55,
        slug="ngay-hoi-stem-nha-khoa-hoc-nhi-nam-2026",
        title="Ngày hội STEM “Nhà khoa học nhí” năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-31",
        summary=(
            "Hơn 600 học sinh Tiểu học và THCS đã mang đến Ngày hội STEM 48 sản phẩm tự thiết kế, từ xe"
            " chạy bằng năng lượng mặt trời đến hệ thống tưới cây tự động."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_IMG}/1355-e2b7f031/ngay-hoi-stem-2026.jpg", None, None, "cover"),
            P(
                "Ngày hội STEM “Nhà khoa học nhí” được tổ chức sáng 30/10/2026 tại sân trường, với sự tham"
                " gia của 42 đội thi đến từ các lớp khối 4, 5 và khối THCS."
            ),
            P("Các sản phẩm dự thi được chia thành ba nhóm chủ đề:"),
            Img(f"{_IMG}/1356-1c8a5d4e/stem-nang-luong.jpg", None, None, "card"),
            P("Năng lượng xanh", "card-h"),
            P(
                "Xe mô hình chạy bằng pin mặt trời, đèn học tự sạc, quạt gió mini từ vật liệu tái chế.",
                "card",
            ),
            Img(f"{_IMG}/1357-9b03f6a2/stem-nong-nghiep.jpg", None, None, "card"),
            P("Nông nghiệp thông minh", "card-h"),
            P(
                "Hệ thống tưới cây tự động theo độ ẩm đất, nhà kính mini điều khiển bằng điện thoại.",
                "card",
            ),
            Img(f"{_IMG}/1358-47e2c1b9/stem-robot.jpg", None, None, "card"),
            P("Robot và lập trình", "card-h"),
            P(
                "Robot dò đường, cánh tay robot gắp vật, trò chơi lập trình Scratch dành cho học sinh tiểu"
                " học.",
                "card",
            ),
            P(
                "Ban giám khảo đánh giá cao tính ứng dụng của nhiều sản phẩm. Giải Nhất thuộc về đội lớp"
                " 7A2 với “Hệ thống tưới cây tự động cho vườn trường”."
            ),
            _sign("Bài, ảnh: Vũ Hoàng Long", italic=True),
            Raw(_CTA),
        ],
        authors=["Vũ Hoàng Long"],
        photographers=["Vũ Hoàng Long"],
        opts={
            "at": "2026-10-31 15:20",
            "account": "Ban Truyền thông",
            "tags": ["stem", "trai-nghiem"],
            # last year's post, unpublished since: the link answers 404
            "links": {"Ngày hội STEM “Nhà khoa học nhí”": "/blog/tin-tuc-su-kien-1/ngay-hoi-stem-nha-khoa-hoc-nhi-nam-2025-23"},
        },
    ),
    Story(
        id=54,
        slug="thong-bao-tuyen-sinh-nam-hoc-2027-2028",
        title="Thông báo tuyển sinh năm học 2027 - 2028",
        cat="thong-bao",
        published_at="2026-10-26",
        summary=(
            "Trường Liên cấp Sao Mai thông báo tuyển sinh các lớp đầu cấp và các lớp còn chỉ tiêu năm học"
            " 2027 - 2028 cho cả hai hệ chương trình chuẩn và song ngữ."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Đối tượng và chỉ tiêu", "h3"),
            P("Lớp 1: 150 học sinh (sinh năm 2021);", "li"),
            P("Lớp 6: 120 học sinh đã hoàn thành chương trình tiểu học;", "li"),
            P("Lớp 10: 160 học sinh đã tốt nghiệp THCS;", "li"),
            P("Các lớp 2 - 5, 7 - 9 và 11: tuyển bổ sung theo số chỗ còn trống.", "li"),
            P("2. Hồ sơ đăng ký", "h3"),
            P(
                "Phiếu đăng ký tuyển sinh (theo mẫu của nhà trường), bản sao giấy khai sinh, học bạ hoặc"
                " giấy xác nhận hoàn thành chương trình lớp học trước và 2 ảnh 3x4."
            ),
            P("3. Thời gian nhận hồ sơ", "h3"),
            P(
                "Từ ngày 02/11/2026 đến hết ngày 30/01/2027, trong giờ hành chính từ thứ Hai đến sáng thứ"
                " Bảy, tại Phòng Tuyển sinh của nhà trường."
            ),
            Raw(_CTA),
        ],
        opts={"at": "2026-10-26 10:00", "account": "Administrator", "tags": ["tuyen-sinh"]},
    ),
    Story(
        id=52,
        slug="hoc-sinh-lop-3-trai-nghiem-lam-nong-dan-tai-phong-ien",
        title="Học sinh lớp 3 trải nghiệm làm nông dân tại Phong Điền",
        cat="tin-tuc-su-kien",
        published_at="2026-10-20",
        blocks=[
            P(
                "Trong hai ngày 16 và 17/10/2026, hơn 200 học sinh khối lớp 3 đã tham gia chuyến trải"
                " nghiệm thực tế tại một trang trại nông nghiệp ở xã Phong Điền, thành phố Cần Thơ."
            ),
            P(
                "Các em được tìm hiểu quy trình trồng lúa, tự tay cấy mạ, bắt cá đồng, làm bánh dân gian"
                " và tham quan vườn trái cây. Chuyến đi giúp các em hiểu hơn về công việc của người nông"
                " dân và biết trân trọng hạt gạo."
            ),
            P("Một số hình ảnh của chuyến trải nghiệm:"),
            Img(f"{_IMG}/1331-d0c4b8a6/trai-nghiem-phong-dien-1.jpg", None, None, "gallery"),
            Img(f"{_IMG}/1332-6f2e9a70/trai-nghiem-phong-dien-2.jpg", None, None, "gallery"),
            Img(f"{_IMG}/1333-b5c1d8e4/trai-nghiem-phong-dien-3.jpg", None, None, "gallery"),
            Img(f"{_IMG}/1334-29a7f3c6/trai-nghiem-phong-dien-4.jpg", None, None, "gallery"),
        ],
        authors=["Trần Văn Khoa"],
        opts={"at": "2026-10-20 17:45", "account": "Trần Văn Khoa", "tags": ["trai-nghiem"]},
    ),
    Story(
        id=50,
        slug="sao-mai-tro-thanh-on-vi-to-chuc-thi-chung-chi-cambridge-english-cho-hoc-sinh",
        title="Sao Mai trở thành đơn vị tổ chức thi chứng chỉ Cambridge English cho học sinh",
        cat="chuong-trinh-song-ngu",
        published_at="2026-10-09",
        summary=(
            "Từ tháng 12/2026, học sinh của trường có thể đăng ký dự thi các chứng chỉ tiếng Anh"
            " Cambridge ngay tại trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày 08/10/2026, Trường Liên cấp Sao Mai đã ký kết thỏa thuận hợp tác với một đơn vị đối"
                " tác của Cambridge University Press & Assessment tại Việt Nam về việc tổ chức các kỳ thi"
                " chứng chỉ tiếng Anh Cambridge tại trường."
            ),
            Img(f"{_IMG}/1302-6ad4f0e8/ky-ket-cambridge.jpg", None, None, "imagetext"),
            P("Thi ngay tại trường, thuận tiện cho phụ huynh", "it-h"),
            P(
                "Học sinh có thể dự thi các cấp độ Starters, Movers, Flyers, KET và PET theo lịch thi định"
                " kỳ mỗi năm hai đợt, vào tháng 12 và tháng 5.",
                "it",
            ),
            P(
                "Theo bà Phạm Ngọc Diệp, Trưởng ban Chương trình song ngữ, việc tổ chức thi tại trường giúp"
                " học sinh làm bài trong môi trường quen thuộc, giảm áp lực và tiết kiệm thời gian đi lại"
                " cho gia đình."
            ),
            P(
                "Lệ phí dự thi được áp dụng theo quy định của hội đồng thi. Phụ huynh đăng ký cho con tại"
                " văn phòng Chương trình song ngữ trước ngày 15/11/2026."
            ),
        ],
        authors=["Phạm Ngọc Diệp"],
        opts={"at": "2026-10-09 14:00", "account": "Phạm Ngọc Diệp", "tags": ["tieng-anh"]},
    ),
    Story(
        id=48,
        slug="ai-hoi-lien-oi-nhiem-ky-nam-hoc-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-02",
        blocks=[
            P(
                "Chiều 30/9/2026, Liên đội Trường Liên cấp Sao Mai tổ chức Đại hội Liên đội nhiệm kỳ năm"
                " học 2026 - 2027 với sự tham gia của 96 đại biểu là chỉ huy các chi đội lớp 3 đến lớp 9."
            ),
            Img(
                f"{_IMG}/1288-85c3e7d1/dai-hoi-lien-doi-1.jpg",
                "Các đại biểu biểu quyết thông qua chương trình Đại hội",
                "Các đại biểu biểu quyết thông qua chương trình Đại hội",
                "inline",
            ),
            P(
                "Đại hội đã đánh giá kết quả hoạt động năm học 2025 - 2026, trong đó nổi bật là phong trào"
                " “Kế hoạch nhỏ” thu gom hơn 3 tấn giấy vụn, ủng hộ học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                f"{_IMG}/1289-2e9b0a4f/z5873162049317_7c1e2f9a8b3d4e6f.jpg",
                "z5873162049317_7c1e2f9a8b3d4e6f",
                None,
                "inline",
            ),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội mới gồm 11 đội viên; em Phan Quỳnh Như (lớp 8A1) được"
                " tín nhiệm bầu làm Liên đội trưởng."
            ),
            _sign("Tin: Bùi Thanh Trúc"),
        ],
        authors=["Bùi Thanh Trúc"],
        opts={"at": "2026-10-02 11:10", "account": "Nguyễn Thị Hạnh", "tags": ["oi-oan"]},
    ),
    Story(
        id=45,
        slug="ron-rang-ngay-hoi-khai-giang-nam-hoc-moi-tai-truong-lien-cap-sao-mai",
        title="Rộn ràng ngày hội khai giảng năm học mới tại Trường Liên cấp Sao Mai",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05",
        summary=(
            "Sáng 5/9, cùng với học sinh cả nước, hơn 1.800 học sinh Trường Liên cấp Sao Mai hân hoan"
            " bước vào năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_IMG}/1240-f3a8d61c/khai-giang-2026.jpg", None, None, "cover"),
            P(
                "Năm học này, trường đón 152 học sinh lớp 1, 118 học sinh lớp 6 và 165 học sinh lớp 10. Các"
                " em học sinh đầu cấp được các anh chị lớp trên đón chào bằng những tràng pháo tay và bông"
                " hoa tươi thắm."
            ),
            P("Tiếng trống khai trường", "pic-h"),
            Img(
                f"{_IMG}/1241-09d4b7e3/danh-trong-khai-truong.jpg",
                "Ông Trần Quốc Hưng, Chủ tịch Hội đồng quản trị, đánh trống khai giảng năm học mới",
                "Ông Trần Quốc Hưng, Chủ tịch Hội đồng quản trị, đánh trống khai giảng năm học mới",
                "picture",
            ),
            P(
                "Phát biểu tại lễ khai giảng, thầy Hiệu trưởng Nguyễn Minh Tâm cho biết năm học 2026 - 2027,"
                " nhà trường tiếp tục đẩy mạnh chuyển đổi số, mở rộng chương trình song ngữ và tăng cường"
                " các hoạt động trải nghiệm cho học sinh."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Cần Thơ</em></p>'),
        ],
        source="Báo Cần Thơ",
        opts={"at": "2026-09-05 18:30", "account": "Administrator", "tags": []},
    ),
    Story(
        id=44,
        slug="thong-bao-lich-tuu-truong-nam-hoc-2026-2027",
        title="Thông báo lịch tựu trường năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-08-28",
        # the table: one paragraph per row, cells joined by " | " (header row included)
        blocks=[
            P("Nhà trường thông báo lịch tựu trường năm học 2026 - 2027 đối với học sinh các khối lớp như sau:"),
            P("Khối lớp | Ngày tựu trường | Thời gian | Địa điểm", "th"),
            P("Lớp 1 | 31/8/2026 | 7h30 - 10h00 | Khu Tiểu học", "tr"),
            P("Lớp 2 - 5 | 01/9/2026 | 7h30 - 10h00 | Khu Tiểu học", "tr"),
            P("Lớp 6 - 9 | 01/9/2026 | 13h30 - 16h00 | Khu THCS", "tr"),
            P("Lớp 10 - 12 | 01/9/2026 | 7h30 - 10h30 | Khu THPT", "tr"),
            P(
                "Học sinh mặc đồng phục theo quy định, mang theo sách vở, đồ dùng học tập. Học sinh bán trú"
                " đăng ký suất ăn với giáo viên chủ nhiệm trong buổi tựu trường."
            ),
        ],
        opts={"at": "2026-08-28 08:00", "account": "Administrator", "tags": ["lich-hoc-lich-thi"]},
    ),
    Story(
        id=42,
        slug="khep-lai-trai-he-sao-mai-summer-camp-2026-voi-nhieu-ky-niem-ang-nho",
        title="Khép lại trại hè “Sao Mai Summer Camp 2026” với nhiều kỷ niệm đáng nhớ",
        cat="tin-tuc-su-kien",
        published_at="2026-08-15",
        summary=(
            "Sau ba tuần sinh hoạt, 320 học sinh tham gia trại hè đã có thêm nhiều kỹ năng sống, bạn bè"
            " mới và những trải nghiệm khó quên."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_IMG}/1198-4c7d2a9e/summer-camp-2026.jpg", None, None, "cover"),
            P(
                "Trại hè “Sao Mai Summer Camp 2026” diễn ra từ ngày 20/7 đến 08/8/2026 dành cho học sinh từ"
                " 7 đến 15 tuổi, với các hoạt động: kỹ năng sinh tồn, bơi lội, nấu ăn, làm phim ngắn và"
                " giao lưu tiếng Anh cùng giáo viên nước ngoài."
            ),
            Img(
                f"{_IMG}/1199-b81f3c05/summer-camp-ky-nang.jpg",
                "Học sinh thực hành kỹ năng dựng lều trong buổi cắm trại",
                "Học sinh thực hành kỹ năng dựng lều trong buổi cắm trại",
                "inline",
            ),
            P(
                "Điểm nhấn của trại hè năm nay là chuyến dã ngoại hai ngày một đêm tại khu du lịch sinh"
                " thái Mỹ Khánh, nơi các em tự tổ chức bữa ăn, dựng lều và tham gia trò chơi lớn theo đội."
            ),
            Img(f"{_IMG}/1200-5e6a9d17/be-mac-trai-he.jpg", None, None, "inline"),
            P(
                "Tại lễ bế mạc tối 08/8/2026, Ban tổ chức đã trao giấy chứng nhận cho các trại sinh và khen"
                " thưởng 12 đội xuất sắc."
            ),
        ],
        authors=["Trần Văn Khoa"],
        opts={"at": "2026-08-15 20:00", "account": "Trần Văn Khoa", "tags": ["trai-nghiem"]},
    ),
]


def odoo_slugify(value: str) -> str:
    """Odoo's ``slugify`` without python-slugify installed: NFKD, ASCII only (drops "đ"), dashes."""
    ascii_only = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[\W_]", " ", ascii_only).strip().lower()
    return re.sub(r"[-\s]+", "-", words)


_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_BLOG_BY_ID: dict[int, str] = {bid: key for key, (bid, _) in BLOGS.items()}
_TAG_BY_ID: dict[int, str] = {tid: key for key, (tid, _) in TAGS.items()}


def blog_slug(key: str) -> str:
    return f"{key}-{BLOGS[key][0]}"


def tag_slug(key: str) -> str:
    return f"{key}-{TAGS[key][0]}"


def blog_path(key: str) -> str:
    return f"/blog/{blog_slug(key)}"


def post_path(story: Story) -> str:
    return f"{blog_path(story.cat)}/{story.slug}-{story.id}"


def local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def utc_naive(story: Story) -> str:
    """``str(post_date)`` as Odoo stores it: UTC, no zone (og ``article:published_time``)."""
    return local(story).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def newest(blog: str | None = None, tags: tuple[str, ...] = ()) -> list[Story]:
    items = [
        s for s in STORIES if (blog is None or s.cat == blog) and all(t in s.opts["tags"] for t in tags)
    ]
    return sorted(items, key=local, reverse=True)


def pages_of(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


def blog_tags(blog: str | None) -> list[str]:
    """The tag cloud of a blog (every tag for the all-blogs page), in the order of TAGS."""
    used = {t for s in newest(blog) for t in s.opts["tags"]}
    return [t for t in TAGS if t in used]


def listing_base(blog: str | None, tag: str | None = None) -> str:
    base = blog_path(blog) if blog else "/blog"
    return f"{base}/tag/{tag_slug(tag)}" if tag else base


def listing_pages(blog: str | None, tag: str | None = None) -> list[str]:
    base = listing_base(blog, tag)
    count = len(newest(blog, (tag,) if tag else ()))
    return [base] + [f"{base}/page/{n}" for n in range(2, pages_of(count) + 1)]


def vi_date(d: datetime) -> str:
    """The agency's format ``d MMMM, yyyy`` through Babel's Vietnamese: "20 tháng 11, 2026"."""
    return f"{d.day} tháng {d.month}, {d.year}"


def en_us_date(d: datetime) -> str:
    """``format_date(..., lang_code='en_US')``: en_US's date format %m/%d/%Y, month first."""
    return f"{d:%m/%d/%Y}"


def shown_date(story: Story) -> str:
    """The date the post page and its blog's listing print."""
    when = local(story)
    return en_us_date(when) if story.cat == INTL_BLOG else vi_date(when)


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, post_path(s), BLOGS[s.cat][1]) for s in STORIES]
# Harmonised with the project's convention (webflow_thpt's gold, every fixture's): a cover shown
# only as a CSS background-image is no article image; the helper's gold had it first
for _story, _record in zip(STORIES, GOLD, strict=True):
    _cover = next((b.src for b in _story.blocks if isinstance(b, Img) and b.style == "cover"), None)
    if _cover:
        _record["images"] = [img for img in _record["images"] if not (img.get("path") or img.get("url") or "").endswith(_cover)]

EVENTS: dict[int, tuple[str, str]] = {
    7: ("ngay-hoi-tham-quan-truong-open-day-2026", "Ngày hội tham quan trường - Open Day 2026"),
    8: (
        "hoi-thao-cha-me-ong-hanh-cung-con-vao-lop-1",
        "Hội thảo “Cha mẹ đồng hành cùng con vào lớp 1”",
    ),
}
PRODUCTS: dict[int, tuple[str, str, str]] = {
    31: ("phi-giu-cho-lop-1-nam-hoc-2027-2028", "Phí giữ chỗ lớp 1 năm học 2027 - 2028", "5.000.000"),
    32: ("phi-giu-cho-lop-6-nam-hoc-2027-2028", "Phí giữ chỗ lớp 6 năm học 2027 - 2028", "5.000.000"),
    33: ("phi-giu-cho-lop-10-nam-hoc-2027-2028", "Phí giữ chỗ lớp 10 năm học 2027 - 2028", "7.000.000"),
}
PAGES: dict[str, str] = {
    "/gioi-thieu": "Giới thiệu",
    "/thu-vien-anh": "Thư viện ảnh",
    "/van-ban": "Văn bản - Biểu mẫu",
    "/tuyen-sinh": "Tuyển sinh",
    "/contactus": "Liên hệ",
    "/cookie-policy": "Chính sách cookie",
}


def event_path(eid: int) -> str:
    return f"/event/{EVENTS[eid][0]}-{eid}/register"


def product_path(pid: int) -> str:
    return f"/shop/{PRODUCTS[pid][0]}-{pid}"


_LISTINGS: list[str] = [
    *listing_pages(None),
    *(p for b in BLOGS for p in listing_pages(b)),
    *(p for t in blog_tags(None) for p in listing_pages(None, t)),
    *(p for b in BLOGS for t in blog_tags(b) for p in listing_pages(b, t)),
]

NON_ARTICLES: list[str] = [
    "/",
    *_LISTINGS,
    *PAGES,
    "/event",
    *(event_path(e) for e in EVENTS),
    "/shop",
    *(product_path(p) for p in PRODUCTS),
    "/shop/cart",
    "/web/login",
]


# --------------------------------------------------------------------------- rendering: chrome

_MENU: list[tuple[str, str | list[tuple[str, str]]]] = [
    ("Trang chủ", "/"),
    ("Giới thiệu", [("Về Sao Mai", "/gioi-thieu"), ("Thư viện ảnh", "/thu-vien-anh"), ("Văn bản - Biểu mẫu", "/van-ban")]),
    ("Tin tức", [(name, blog_path(key)) for key, (_, name) in BLOGS.items()]),
    ("Sự kiện", "/event"),
    ("Tuyển sinh", [("Thông tin tuyển sinh", "/tuyen-sinh"), ("Đóng phí giữ chỗ", "/shop")]),
    ("Liên hệ", "/contactus"),
]


def _head(request: Request, title: str, extra: str = "", main_object: str = "website.page(1,)") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi-VN" data-website-id="1" data-main-object="{main_object}" data-add2cart-redirect="1">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta property="og:site_name" content="{esc(SITE)}"/>
{extra}
        <link rel="canonical" href="{base}{esc(request.path)}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>{esc(title)}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique={_UNIQUE}"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        <link type="text/css" rel="stylesheet" href="/web/assets/1/{_ASSETS}/web.assets_frontend.min.css"/>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "5f0a1c9e7b3d2e8f4a6c1b9d0e7f3a2c5b8d1e4f0",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "currencies": {{"23": {{"symbol": "\\u20ab", "position": "after", "digits": [69, 0]}}}}, "bundle_params": {{"lang": "vi_VN", "website_id": 1}}, "websocket_worker_version": "17.0-1", "translationURL": "/website/translations", "cache_hashes": {{"translations": "2d7c1f0a9e3b"}}, "geoip_country_code": "VN", "geoip_phone_code": 84, "lang_url_code": "vi"}};
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/4f2d8b7/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
        <script type="text/javascript" defer="defer" data-src="/web/assets/1/b6e1a93/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
    </head>"""


def _menu(active: str) -> str:
    items = []
    for label, target in _MENU:
        if isinstance(target, str):
            cls = " active" if target == active else ""
            items.append(
                f'<li role="presentation" class="nav-item"><a role="menuitem" href="{target}" class="nav-link{cls}">'
                f"<span>{esc(label)}</span></a></li>"
            )
            continue
        subs = "".join(
            f'<li role="presentation"><a role="menuitem" href="{href}" class="dropdown-item{" active" if href == active else ""}">'
            f"<span>{esc(sub)}</span></a></li>"
            for sub, href in target
        )
        items.append(
            '<li class="nav-item dropdown position-static">'
            '<a data-bs-toggle="dropdown" href="#" class="nav-link dropdown-toggle o_mega_menu_toggle" data-bs-display="static">'
            f'<span>{esc(label)}</span></a><ul class="dropdown-menu" role="menu">{subs}</ul></li>'
        )
    return "\n".join(items)


def _header(active: str) -> str:
    return f"""<div id="wrapwrap" class="   ">
<header id="top" data-anchor="true" data-name="Header" class="o_header_standard">
    <div class="o_header_topbar s_text_block o_cc o_cc5 small py-1" data-name="Thanh trên cùng">
        <div class="container d-flex justify-content-between">
            <span class="o_topbar_date"><i class="fa fa-calendar me-1"></i>{TODAY}</span>
            <span><i class="fa fa-phone me-1"></i>Hotline tuyển sinh: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a>
            <span class="mx-2">|</span><i class="fa fa-envelope me-1"></i><a href="mailto:{EMAIL}">{EMAIL}</a></span>
        </div>
    </div>
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
        <div id="o_main_nav" class="container">
            <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
                <span role="img" aria-label="Logo of {esc(SITE)}" title="{esc(SITE)}"><img src="/web/image/website/1/logo/{quote(SITE)}?unique={_UNIQUE}" class="img img-fluid" width="95" height="40" alt="{esc(SITE)}" loading="lazy"/></span>
            </a>
            <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
{_menu(active)}
            </ul>
            <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
                <li class="">
                    <div class="modal fade css_editable_mode_hidden" id="o_search_modal" aria-hidden="true" tabindex="-1">
                        <div class="modal-dialog modal-lg pt-5"><div class="modal-content mt-5">
                            <form method="get" class="o_searchbar_form o_wait_lazy_js s_searchbar_input" action="/website/search" data-snippet="s_searchbar_input">
                                <div role="search" class="input-group input-group-lg">
                                    <input type="search" name="search" class="search-query form-control oe_search_box border-0 bg-light" placeholder="Tìm kiếm..." data-search-type="all" data-limit="5" data-display-image="true" data-display-description="true" data-display-extra-link="true" data-display-detail="true" data-order-by="name asc" autocomplete="off"/>
                                    <button type="submit" aria-label="Tìm kiếm" title="Tìm kiếm" class="btn oe_search_button btn-light"><i class="oi oi-search"></i></button>
                                </div>
                                <input name="order" type="hidden" class="o_search_order_by" value="name asc"/>
                            </form>
                        </div></div>
                    </div>
                    <a data-bs-target="#o_search_modal" data-bs-toggle="modal" role="button" title="Tìm kiếm" href="#" class="btn rounded-circle p-1 lh-1 o_navlink_background text-reset o_not_editable"><i class="oi oi-search fa-stack lh-lg"></i></a>
                </li>
                <li class="o_wsale_my_cart"><a href="/shop/cart" aria-label="Giỏ hàng" class="btn position-relative rounded-circle p-1 text-reset o_navlink_background"><div class=""><i class="fa fa-shopping-cart fa-stack"></i><sup class="my_cart_quantity badge text-bg-primary position-absolute top-0 end-0 mt-n1 me-n1 rounded-pill d-none" data-order-id="">0</sup></div></a></li>
                <li class="o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary">Đăng nhập</a></li>
                <li><div class="oe_structure oe_structure_solo ms-2"><section class="oe_unremovable oe_unmovable s_text_block" data-snippet="s_text_block" data-name="Text"><div class="container"><a href="/tuyen-sinh" class="oe_unremovable btn btn-primary btn_cta">Đăng ký tư vấn</a></div></section></div></li>
            </ul>
        </div>
    </nav>
</header>"""


def _footer() -> str:
    quick = "".join(
        f'<li class="list-item py-1"><a href="{href}">{esc(label)}</a></li>'
        for label, href in [
            ("Về Sao Mai", "/gioi-thieu"),
            ("Tin tức - Sự kiện", blog_path("tin-tuc-su-kien")),
            ("Sự kiện sắp diễn ra", "/event"),
            ("Tuyển sinh", "/tuyen-sinh"),
            ("Văn bản - Biểu mẫu", "/van-ban"),
            ("Chính sách cookie", "/cookie-policy"),
        ]
    )
    return f"""<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
    <div id="footer" class="oe_structure oe_structure_solo">
        <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
            <div class="container"><div class="row">
                <div class="col-lg-4 pt24 pb24">
                    <h5 class="mb-3">{esc(SITE)}</h5>
                    <p>{esc(SITE_LONG)} - hệ thống giáo dục liên cấp từ Tiểu học đến THPT, chương trình chuẩn và song ngữ.</p>
                    <div class="s_social_media text-start o_not_editable" data-snippet="s_social_media" data-name="Mạng xã hội">
                        <a href="/website/social/facebook" class="s_social_media_facebook" target="_blank" aria-label="Facebook"><i class="fa fa-facebook rounded-circle shadow-sm o_editable_media"></i></a>
                        <a href="/website/social/youtube" class="s_social_media_youtube" target="_blank" aria-label="YouTube"><i class="fa fa-youtube rounded-circle shadow-sm o_editable_media"></i></a>
                    </div>
                </div>
                <div class="col-lg-3 pt24 pb24"><h5 class="mb-3">Liên kết nhanh</h5><ul class="list-unstyled">{quick}</ul></div>
                <div class="col-lg-5 pt24 pb24" id="connect">
                    <h5 class="mb-3">Liên hệ</h5>
                    <ul class="list-unstyled">
                        <li class="py-1"><i class="fa fa-map-marker fa-fw me-2"></i>Địa chỉ: {esc(ADDRESS)}</li>
                        <li class="py-1"><i class="fa fa-phone fa-fw me-2"></i>Điện thoại: <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a></li>
                        <li class="py-1"><i class="fa fa-mobile fa-fw me-2"></i>Hotline tuyển sinh: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a></li>
                        <li class="py-1"><i class="fa fa-envelope fa-fw me-2"></i>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></li>
                    </ul>
                    <div class="s_visitor_counter small text-muted" data-name="Thống kê truy cập">Thống kê truy cập: Đang trực tuyến <b>23</b> · Hôm nay <b>611</b> · Tổng lượt truy cập <b>1.204.377</b></div>
                </div>
            </div></div>
        </section>
    </div>
    <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
        <div class="container py-3"><div class="row">
            <div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">Bản quyền © {esc(SITE_LONG)}</span></div>
            <div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">
                Được hỗ trợ bởi <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/></a>
                - Trình tạo trang web miễn phí <a target="_blank" href="http://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website">Trình tạo trang web</a>
            </div></div>
        </div></div>
    </div>
</footer>
</div>"""


_COOKIES_BAR = """<div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1">
    <div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" style="display: none;" aria-hidden="true">
        <div class="modal-dialog d-flex s_popup_size_full"><div class="modal-content oe_structure">
            <section class="o_colored_level o_cc o_cc1"><div class="container"><div class="row">
                <div class="col-lg-8 pt16"><p><span class="pe-1">Chúng tôi sử dụng cookie để mang lại trải nghiệm tốt hơn cho bạn trên trang web này.</span><a href="/cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">Chính sách cookie</a></p></div>
                <div class="col-lg-4 text-end pt16 pb16">
                    <a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">Chỉ những cookie cần thiết</a>
                    <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">Tôi đồng ý</a>
                </div>
            </div></div></section>
        </div></div>
    </div>
</div>"""


def _page(request: Request, title: str, main: str, *, active: str = "", extra: str = "", main_object: str = "website.page(1,)") -> str:
    return (
        _head(request, title, extra, main_object)
        + '\n    <body class="">\n'
        + _header(active)
        + f"\n<main>\n{main}\n</main>\n"
        + _footer()
        + "\n"
        + _COOKIES_BAR
        + "\n    </body>\n</html>"
    )


def _og(request: Request, title: str, description: str | None = None, image: str | None = None, kind: str = "website") -> str:
    base = base_url(request)
    lines = [
        f'        <meta property="og:type" content="{kind}"/>',
        f'        <meta property="og:title" content="{esc(title)}"/>',
        f'        <meta property="og:url" content="{base}{esc(request.path)}"/>',
        f'        <meta property="og:image" content="{base}{esc(image or "/web/image/website/1/logo?unique=" + _UNIQUE)}"/>',
        '        <meta name="twitter:card" content="summary_large_image"/>',
        f'        <meta name="twitter:title" content="{esc(title)}"/>',
    ]
    if description:
        lines.insert(2, f'        <meta property="og:description" content="{esc(description)}"/>')
        lines.insert(0, f'        <meta name="description" content="{esc(description)}"/>')
    return "\n".join(lines)


# --------------------------------------------------------------------------- rendering: posts


_ACTIVE = ' class="active"'


def stored(story: Story, value: str) -> str:
    """Text as the database holds it: decomposed for a post typed with "Unicode tổ hợp"."""
    return unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value


def _t(value: str, story: Story | None = None) -> str:
    out = text(value, nfd=bool(story and story.opts.get("nfd")))
    if story is not None and story.opts.get("nbsp"):
        out = out.replace(", ", ",&nbsp;", 1)
    return out


def _img_tag(src: str, cls: str, alt: str = "") -> str:
    mimetype = "image/jpeg"
    att = src.split("/")[3].split("-")[0]
    return (
        f'<img src="{esc(src)}" class="{cls}" alt="{esc(alt)}" data-original-id="{att}"'
        f' data-original-src="{esc(src)}" data-mimetype="{mimetype}" loading="lazy"/>'
    )


def _text_section(parts: list[str]) -> str:
    return (
        '<section class="s_text_block o_colored_level pt16 pb16" data-snippet="s_text_block" data-name="Text">'
        f'<div class="s_allow_columns o_container_small">{"".join(parts)}</div></section>'
    )


def _content(story: Story) -> str:
    """The ``content`` html field: Odoo snippets as the website editor saves them."""
    sections: list[str] = []
    buf: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    pic_heading = ""

    def flush() -> None:
        if buf:
            sections.append(_text_section(buf))
            buf.clear()

    def run(i: int, styles: tuple[str, ...]) -> list:
        out = []
        while i < len(blocks) and getattr(blocks[i], "style", None) in styles and not isinstance(blocks[i], Raw):
            out.append(blocks[i])
            i += 1
        return out

    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            if block.html.startswith("<section"):
                flush()
                sections.append(block.html)
            else:
                buf.append(block.html)
            i += 1
            continue
        style = block.style
        if isinstance(block, P) and style == "li":
            items = run(i, ("li",))
            buf.append("<ul>" + "".join(f"<li><p>{_t(b.text, story)}</p></li>" for b in items) + "</ul>")
            i += len(items)
        elif isinstance(block, P) and style in ("th", "tr"):
            rows = run(i, ("th", "tr"))
            trs = []
            for row in rows:
                cells = row.text.split(" | ")
                wrap = (lambda c: f"<strong>{_t(c, story)}</strong>") if row.style == "th" else (lambda c: _t(c, story))
                trs.append("<tr>" + "".join(f"<td>{wrap(c)}</td>" for c in cells) + "</tr>")
            buf.append(f'<table class="table table-bordered"><tbody>{"".join(trs)}</tbody></table>')
            i += len(rows)
        elif isinstance(block, P) and style == "h3":
            buf.append(f"<h3>{_t(block.text, story)}</h3>")
            i += 1
        elif isinstance(block, P) and style == "pic-h":
            pic_heading = block.text
            i += 1
        elif isinstance(block, P) and style == "":
            para = _t(block.text, story)
            for phrase, href in story.opts.get("links", {}).items():
                shown = _t(phrase, story)
                para = para.replace(shown, f'<a href="{href}">{shown}</a>', 1)
            buf.append(f"<p>{para}</p>")
            i += 1
        elif isinstance(block, Img) and style == "inline":
            buf.append(f'<p style="text-align: center;">{_img_tag(block.src, "img img-fluid o_we_custom_image")}</p>')
            if block.printed:
                buf.append(f'<p class="text-muted" style="text-align: center;"><em>{_t(block.printed, story)}</em></p>')
            i += 1
        elif isinstance(block, Img) and style == "picture":
            flush()
            head = f'<h2 style="text-align: center;">{_t(pic_heading, story)}</h2>' if pic_heading else ""
            pic_heading = ""
            cap = f'<figcaption class="figure-caption text-muted py-3">{_t(block.printed, story)}</figcaption>' if block.printed else ""
            sections.append(
                '<section class="s_picture pt48 pb24 o_colored_level" data-snippet="s_picture" data-name="Picture">'
                f'<div class="container">{head}<div class="row s_nb_column_fixed">'
                '<div class="col-lg-10 offset-lg-1 pb24" style="text-align: center;"><figure class="figure">'
                f'{_img_tag(block.src, "figure-img img-thumbnail padding-large")}{cap}</figure></div></div></div></section>'
            )
            i += 1
        elif isinstance(block, Img) and style == "imagetext":
            flush()
            beside = run(i + 1, ("it-h", "it"))
            right = "".join(
                f'<h2 class="h3-fs">{_t(b.text, story)}</h2>' if b.style == "it-h" else f"<p>{_t(b.text, story)}</p>"
                for b in beside
            )
            sections.append(
                '<section class="s_image_text pt32 pb32 o_colored_level" data-snippet="s_image_text" data-name="Image - Text">'
                '<div class="container"><div class="row align-items-center">'
                f'<div class="col-lg-6 pt16 pb16">{_img_tag(block.src, "img img-fluid mx-auto rounded o_we_custom_image")}</div>'
                f'<div class="col-lg-6 pt16 pb16">{right}</div></div></div></section>'
            )
            i += 1 + len(beside)
        elif isinstance(block, Img) and style == "card":
            flush()
            cards = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "card":
                img, head, body = blocks[i], blocks[i + 1], blocks[i + 2]
                cards.append(
                    '<div class="col-lg-4 s_col_no_bgcolor pt16 pb16" data-name="Thẻ"><div class="card bg-white h-100">'
                    f'{_img_tag(img.src, "card-img-top")}<div class="card-body">'
                    f'<h3 class="card-title">{_t(head.text, story)}</h3><p class="card-text">{_t(body.text, story)}</p>'
                    "</div></div></div>"
                )
                i += 3
            sections.append(
                '<section class="s_three_columns o_cc o_cc2 pt32 pb32 o_colored_level" data-snippet="s_three_columns" data-name="Columns">'
                f'<div class="container"><div class="row d-flex align-items-stretch">{"".join(cards)}</div></div></section>'
            )
        elif isinstance(block, P) and style == "quote":
            flush()
            slides = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "quote":
                quote_, by = blocks[i], blocks[i + 1]
                name, _, role = by.text.partition(" - ")
                slides.append(
                    f'<div class="carousel-item{" active" if not slides else ""} o_cc o_cc2 pt80 pb80" data-name="Slide">'
                    '<div class="container"><blockquote class="s_blockquote s_blockquote_classic w-100 mx-auto" data-snippet="s_blockquote" data-name="Blockquote">'
                    '<div class="s_blockquote_wrap_icon text-center mx-auto"><i class="s_blockquote_icon fa fa-1x fa-quote-right rounded-circle bg-secondary" role="img"></i></div>'
                    f'<div class="s_blockquote_content"><p>{_t(quote_.text, story)}</p>'
                    f'<div class="s_blockquote_infos"><div class="s_blockquote_author"><span class="o_small"><strong>{_t(name, story)}</strong>'
                    f' - {_t(role, story)}</span></div></div></div></blockquote></div></div>'
                )
                i += 2
            ident = f"myCarousel{story.id}1700"
            dots = "".join(
                f'<li data-bs-target="#{ident}" data-bs-slide-to="{n}"{_ACTIVE if n == 0 else ""}></li>'
                for n in range(len(slides))
            )
            sections.append(
                '<section class="s_quotes_carousel_wrapper" data-vxml="001" data-snippet="s_quotes_carousel" data-name="Quotes">'
                f'<div class="s_quotes_carousel carousel slide s_carousel_default" data-bs-ride="carousel" data-bs-interval="10000" id="{ident}">'
                f'<ol class="carousel-indicators">{dots}</ol><div class="carousel-inner">{"".join(slides)}</div>'
                f'<a class="carousel-control-prev o_not_editable" href="#{ident}" data-bs-slide="prev" role="img" aria-label="Trước" title="Trước"><span class="carousel-control-prev-icon"></span><span class="visually-hidden">Trước</span></a>'
                f'<a class="carousel-control-next o_not_editable" href="#{ident}" data-bs-slide="next" role="img" aria-label="Sau" title="Sau"><span class="carousel-control-next-icon"></span><span class="visually-hidden">Sau</span></a>'
                "</div></section>"
            )
        elif isinstance(block, Img) and style == "gallery":
            flush()
            imgs = run(i, ("gallery",))
            ident = f"slideshow_{story.id}0042"
            items = "".join(
                f'<div class="carousel-item{" active" if n == 0 else ""}" style="min-height: 400px;">'
                f'<img class="img img-fluid d-block mh-100 mw-100 mx-auto rounded object-fit-cover" src="{esc(b.src)}" alt="" data-index="{n}" data-name="Image" loading="lazy"/></div>'
                for n, b in enumerate(imgs)
            )
            dots = "".join(
                f'<li data-bs-target="#{ident}" data-bs-slide-to="{n}" style="background-image: url({esc(b.src)})"{_ACTIVE if n == 0 else ""}></li>'
                for n, b in enumerate(imgs)
            )
            sections.append(
                '<section class="s_image_gallery o_slideshow s_image_gallery_show_indicators s_image_gallery_indicators_rounded pt24 o_colored_level"'
                ' data-vcss="001" data-columns="3" style="height: 500px; overflow: hidden;" data-snippet="s_image_gallery" data-name="Image Gallery">'
                f'<div class="o_container_small overflow-hidden"><div id="{ident}" class="carousel slide" data-bs-ride="carousel" data-bs-interval="0" style="margin: 0 12px;">'
                f'<div class="carousel-inner" style="padding: 0;">{items}</div><ul class="carousel-indicators">{dots}</ul>'
                f'<a class="carousel-control-prev o_we_no_overlay o_not_editable" href="#{ident}" data-bs-slide="prev" aria-label="Trước" title="Trước"><span class="fa fa-chevron-left fa-2x text-white"></span><span class="visually-hidden">Trước</span></a>'
                f'<a class="carousel-control-next o_we_no_overlay o_not_editable" href="#{ident}" data-bs-slide="next" aria-label="Sau" title="Sau"><span class="fa fa-chevron-right fa-2x text-white"></span><span class="visually-hidden">Sau</span></a>'
                "</div></div></section>"
            )
            i += len(imgs)
        else:  # pragma: no cover - a data error
            raise ValueError(f"{story.slug}: no markup for {block!r}")
    flush()
    return "\n".join(sections)


def cover_src(story: Story) -> str | None:
    return next((b.src for b in story.blocks if isinstance(b, Img) and b.style == "cover"), None)


def _cover_style(story: Story) -> tuple[str, str]:
    """The cover's classes and the style of ``o_record_cover_image`` (``cover_properties``)."""
    src = cover_src(story)
    if src:
        return "o_cc o_cc3 o_half_screen_height o_record_has_cover", f"background-image: url('{esc(src)}');"
    return "o_cc o_cc3 cover_auto", ""


def _avatar(story: Story, size: str = "50x50") -> str:
    name = story.opts["account"]
    return (
        '<span class="o_wblog_author_avatar_lg me-2"><img src="/web/image/blog.post/'
        f'{story.id}/author_avatar/{size}" class="img img-fluid rounded-circle" alt="{esc(name)}" loading="lazy"/></span>'
    )


def _date_html(story: Story) -> str:
    shown = shown_date(story)
    if story.cat == INTL_BLOG:
        # the agency's override for the bilingual blog: English date, machine date beside it
        return f'<time class="text-muted" datetime="{local(story):%Y-%m-%d}">{shown}</time>'
    return f'<span class="text-muted">{shown}</span>'


def _tag_badges(story: Story, cls: str) -> str:
    return "".join(
        f'<a class="{cls}" href="{blog_path(story.cat)}/tag/{tag_slug(t)}">{esc(TAGS[t][1])}</a>'
        for t in story.opts["tags"]
    )


def next_post(story: Story) -> Story:
    """Odoo's "read next": the next older post of the same blog, the newest after the oldest."""
    same = newest(story.cat)
    return same[(same.index(story) + 1) % len(same)]


def _others(story: Story) -> list[Story]:
    """"Bài viết khác" (the agency's block): the four newest other posts of every blog."""
    return [s for s in newest() if s.id != story.id][:4]


def _share(canonical: str) -> str:
    u = quote(canonical, safe="")
    return f"""<div class="o_wblog_sidebar_block pb-5">
    <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Chia sẻ bài viết</h6>
    <div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable">
        <a href="https://www.facebook.com/sharer/sharer.php?u={u}" aria-label="Facebook" title="Chia sẻ lên Facebook" class="o_facebook bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-facebook-square text-facebook"></i></a>
        <a href="https://twitter.com/intent/tweet?tw_p=tweetbutton&amp;text={u}" aria-label="X" title="Chia sẻ lên X" class="o_twitter bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-twitter text-twitter"></i></a>
        <a href="https://www.linkedin.com/sharing/share-offsite/?url={u}" aria-label="LinkedIn" title="Chia sẻ lên LinkedIn" class="o_linkedin bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-linkedin text-linkedin"></i></a>
        <a href="https://zalo.me/share?u={u}" aria-label="Zalo" title="Chia sẻ lên Zalo" class="o_zalo bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none">Zalo</a>
        <a href="mailto:?body={u}&amp;subject=B%C3%A0i%20vi%E1%BA%BFt" aria-label="Email" title="Gửi email" class="bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none"><i class="fa fa-envelope"></i></a>
    </div>
</div>"""


def _post_page(story: Story, request: Request) -> str:
    base = base_url(request)
    canonical = base + post_path(story)
    bid, blog_name = BLOGS[story.cat]
    classes, cover_css = _cover_style(story)
    nfd = bool(story.opts.get("nfd"))
    title = text(story.title, nfd=nfd)
    subtitle = text(story.summary, nfd=nfd) if story.summary else ""
    nxt = next_post(story)
    n_classes, n_css = _cover_style(nxt)
    others = "".join(
        f'<li class="mb-2"><a href="{post_path(s)}">{esc(stored(s, s.title))}</a> <small class="text-muted">({local(s):%d/%m/%Y})</small></li>'
        for s in _others(story)
    )
    tags_sidebar = _tag_badges(story, "badge border mb-1 text-primary me-1")
    main = f"""<div id="wrap" class="js_blog website_blog">
    <section id="o_wblog_post_top">
        <div id="title" class="blog_header">
            <div data-name="Blog Post Cover" style="" data-use_size="True" data-use_filters="True" data-res-model="blog.post" data-res-id="{story.id}" class="o_record_cover_container d-flex flex-column h-100 o_colored_level {classes} o_wblog_post_page_cover">
                <div class="o_record_cover_component o_record_cover_image " style="{cover_css}"></div>
                <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
                <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                    <div class="o_wblog_post_title  ">
                        <h1 class="o_wblog_post_name o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Tiêu đề" data-blog-id="{bid}">{title}</h1>
                        <div class="o_wblog_post_subtitle o_editable_no_shadow" placeholder="Phụ đề">{subtitle}</div>
                    </div>
                    <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="Tới nội dung" title="Tới nội dung"></i></a>
                </div>
            </div>
        </div>
    </section>
    <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
        <nav aria-label="breadcrumb" class="breadcrumb flex-nowrap py-0 px-0 css_editable_mode_hidden mb-3 bg-transparent">
            <li class="breadcrumb-item"><a href="/blog">Tất cả blog</a></li>
            <li class="breadcrumb-item"><a href="{blog_path(story.cat)}">{esc(blog_name)}</a></li>
            <li class="breadcrumb-item text-truncate active"><span>{esc(stored(story, story.title))}</span></li>
        </nav>
        <div class="d-flex flex-column flex-lg-row justify-content-between">
            <div id="o_wblog_post_content" class="o_container_small w-100 flex-shrink-0">
                <div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field o_wblog_read_text">
{_content(story)}
                </div>
                <div class="css_editable_mode_hidden text-muted">
                    <div>trong <a href="{blog_path(story.cat)}"><b>{esc(blog_name)}</b></a></div>
                    {f'<div>#{_tag_badges(story, "badge border mb-1 text-primary me-1")}</div>' if story.opts["tags"] else ""}
                </div>
                <div class="o_wblog_other_posts mt-5 css_editable_mode_hidden">
                    <h4 class="o_wblog_other_title border-bottom pb-2">Bài viết khác</h4>
                    <ul class="list-unstyled">{others}</ul>
                </div>
            </div>
            <div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
                <div id="o_wblog_post_sidebar">
                    <div class="o_wblog_sidebar_block pb-5">
                        <div class="d-flex align-items-center">
                            {_avatar(story)}
                            <div style="line-height:1">
                                <span>{esc(story.opts["account"])}</span><br/>
                                {_date_html(story)}
                            </div>
                        </div>
                    </div>
                    {_share(canonical)}
                    {f'<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Thẻ</h6><div class="h5">{tags_sidebar}</div></div>' if story.opts["tags"] else ""}
                </div>
            </div>
        </div>
    </section>
    <section id="o_wblog_post_footer">
        <div class="mt-5">
            <div id="o_wblog_next_container" class="d-flex flex-column">
                <div class="o_wblog_next_loader o_wblog_next_fake_btn d-flex flex-column align-items-center justify-content-center">
                    <span class="h6 mb-3">Đọc tiếp</span>
                </div>
                <span id="o_wblog_next_post_info" class="d-none" data-size="o_half_screen_height" data-url="{post_path(nxt)}#wrap"></span>
                <div class="o_blog_cover_container o_wblog_post_page_cover o_record_cover_container {n_classes} o_wblog_next_fake_btn">
                    <div class="o_record_cover_component o_record_cover_image " style="{n_css}"></div>
                    <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                        <div class="o_wblog_post_title">
                            <div class="o_wblog_post_name mb-2">{esc(stored(nxt, nxt.title))}</div>
                            <div class="o_wblog_post_subtitle">{esc(stored(nxt, nxt.summary or ""))}</div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </section>
</div>"""
    og_image = cover_src(story)
    meta = _og(request, stored(story, story.title), stored(story, story.summary or "") or None, og_image, kind="article")
    meta += f'\n        <meta property="article:published_time" content="{utc_naive(story)}"/>'
    meta += f'\n        <meta property="article:modified_time" content="{story.opts.get("edited", utc_naive(story))}"/>'
    meta += "".join(f'\n        <meta property="article:tag" content="{esc(TAGS[t][1])}"/>' for t in story.opts["tags"])
    meta += f'\n        <link rel="alternate" type="application/atom+xml" title="{esc(blog_name)}" href="{blog_path(story.cat)}/feed"/>'
    return _page(
        request,
        f"{stored(story, story.title)} | {SITE}",
        main,
        active=blog_path(story.cat),
        extra=meta,
        main_object=f"blog.post({story.id},)",
    )


# --------------------------------------------------------------------------- rendering: listings

_BLOG_SUBTITLES = {
    "tin-tuc-su-kien": "Hoạt động dạy và học, phong trào của thầy và trò Sao Mai",
    "thong-bao": "Thông báo của nhà trường tới phụ huynh và học sinh",
    "chuong-trinh-song-ngu": "Tin tức hệ song ngữ - Bilingual Programme News",
}


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def teaser(story: Story) -> str:
    """Odoo's computed teaser: the content's plain text cut at 200 characters, then "..."."""
    body = " ".join(p for p in story.paragraphs if p != story.summary)
    return stored(story, body[:200] + "...")


def _query(params: dict[str, str]) -> str:
    keep = [(k, params[k]) for k in ("date_begin", "date_end", "search") if params.get(k)]
    return ("?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in keep)) if keep else ""


def _card(story: Story, blog: str | None) -> str:
    classes, css = _cover_style(story)
    shown = vi_date(local(story)) if blog is None else shown_date(story)
    tag_base = blog_path(blog) if blog else "/blog"
    tags = "".join(
        f'<a href="{tag_base}/tag/{tag_slug(t)}" class="badge text-primary border me-1 post_link">#{esc(TAGS[t][1])}</a>'
        for t in story.opts["tags"]
    )
    return f"""<div class="pb-4 col-12 col-md-6 col-xl-4">
    <article name="blog_post" class="o_wblog_post position-relative h-100 card">
        <a href="{post_path(story)}" class="text-reset text-decoration-none">
            <div data-name="Blog Post Cover" class="o_record_cover_container d-flex flex-column h-100 o_colored_level {classes} o_wblog_post_cover_nocard card-img-top">
                <div class="o_record_cover_component o_record_cover_image " style="{css}"></div>
            </div>
        </a>
        <div class="card-body px-2 py-0 mb-2">
            <a href="{post_path(story)}" class="d-block text-reset text-decoration-none o_blog_post_title my-2 h5">{esc(stored(story, story.title))}</a>
            <div class="o_wblog_post_teaser mb-2 opacity-75">{esc(teaser(story))}</div>
            <div class="o_wblog_post_short_tag_section">{tags}</div>
        </div>
        <div class="o_wblog_normalize_font card-footer px-2 pb-2">
            <div class="d-flex align-items-center small"><span class="text-muted me-2">{shown}</span>
            <span>trong <a href="{blog_path(story.cat)}" class="text-truncate"><b>{esc(BLOGS[story.cat][1])}</b></a></span></div>
        </div>
    </article>
</div>"""


def _pager(base: str, page: int, last: int, query: str) -> str:
    if last <= 1:
        return ""

    def url(n: int) -> str:
        return (base if n == 1 else f"{base}/page/{n}") + query

    prev = (
        f'<li class="page-item o_not_editable{" disabled" if page <= 1 else ""}"><a class="page-link" href="{url(page - 1) if page > 1 else ""}"'
        ' aria-label="Trang trước" title="Trang trước"><span class="fa fa-chevron-left" role="img"></span></a></li>'
    )
    nums = "".join(
        f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="{url(n)}">{n}</a></li>'
        for n in range(1, last + 1)
    )
    nxt = (
        f'<li class="page-item o_not_editable{" disabled" if page >= last else ""}"><a class="page-link" href="{url(page + 1) if page < last else ""}"'
        ' aria-label="Trang sau" title="Trang sau"><span class="fa fa-chevron-right" role="img"></span></a></li>'
    )
    return f'<ul class="pagination m-0 mt-4 justify-content-center">{prev}{nums}{nxt}</ul>'


def _months(items: list[Story]) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    for s in items:
        key = (local(s).year, local(s).month)
        if key not in seen:
            seen.append(key)
    return seen


def _archive_value(base: str, year: int, month: int) -> str:
    end_y, end_m = (year + 1, 1) if month == 12 else (year, month + 1)
    begin = quote(f"{year}-{month:02d}-01 00:00:00")
    end = quote(f"{end_y}-{end_m:02d}-01 00:00:00")
    return f"{base}?date_begin={begin}&amp;date_end={end}"


def _listing(request: Request, blog: str | None, tags: list[str], page: int) -> str:
    params = request.params
    query = _query(params)
    items = newest(blog, tuple(tags))
    if params.get("date_begin") and params.get("date_end"):
        try:
            begin = datetime.strptime(params["date_begin"][:10], "%Y-%m-%d").date()
            end = datetime.strptime(params["date_end"][:10], "%Y-%m-%d").date()
            items = [s for s in items if begin <= local(s).date() < end]
        except ValueError:
            pass
    if params.get("search"):
        needle = _fold(params["search"])
        items = [s for s in items if needle in _fold(s.title + " " + " ".join(s.paragraphs))]
    last = pages_of(len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = listing_base(blog, tags[0] if tags else None)
    blog_base = blog_path(blog) if blog else "/blog"
    cards = "".join(_card(s, blog) for s in chunk) or (
        '<div class="col-12"><div class="alert alert-info">Chưa có bài viết nào phù hợp.</div></div>'
    )
    pills = '<li class="nav-item"><a href="/blog" class="nav-link{}">Tất cả</a></li>'.format(" active" if blog is None else "")
    pills += "".join(
        f'<li class="nav-item"><a href="{blog_path(k)}" class="nav-link{" active" if k == blog else ""}">{esc(n)}</a></li>'
        for k, (_, n) in BLOGS.items()
    )

    def toggled(t: str) -> str:
        active = list(tags)
        active.remove(t) if t in active else active.append(t)
        if not active:
            return blog_base + query
        return f"{blog_base}/tag/{','.join(tag_slug(a) for a in active)}{query}"

    cloud = "".join(
        f'<a href="{toggled(t)}" class="badge mb-2 me-1 text-truncate {"text-bg-primary" if t in tags else "border text-primary"} post_link">{esc(TAGS[t][1])}</a>'
        for t in blog_tags(blog)
    )
    chips = "".join(
        f'<span class="align-items-baseline border d-inline-flex ps-2 rounded mb-2 me-2"><i class="fa fa-tag me-2 text-muted"></i>{esc(TAGS[t][1])}'
        f'<a href="{toggled(t)}" class="btn border-0 py-1 post_link" title="Bỏ lọc">×</a></span>'
        for t in tags
    )
    archive = "".join(
        f'<option value="{_archive_value(blog_base, y, m)}">tháng {m} {y}</option>' for y, m in _months(newest(blog))
    )
    latest = "".join(
        f'<li class="mb-2"><a href="{post_path(s)}">{esc(stored(s, s.title))}</a><br/><small class="text-muted">{local(s):%d/%m/%Y}</small></li>'
        for s in newest()[:5]
    )
    follow = (
        f'<a href="{blog_base}/feed" class="me-2" aria-label="RSS" title="RSS"><i class="fa fa-rss-square fa-2x"></i></a>'
        if blog
        else ""
    )
    title = BLOGS[blog][1] if blog else "Tin tức - Thông báo"
    subtitle = _BLOG_SUBTITLES[blog] if blog else "Tất cả bài viết của nhà trường"
    main = f"""<div id="wrap" class="js_blog website_blog">
    <div class="oe_structure oe_empty" id="oe_structure_blog_all_header">
        <section class="s_cover o_cc o_cc3 pt48 pb48" data-snippet="s_cover" data-name="Cover">
            <div class="container s_allow_columns text-center"><h1 class="o_wblog_blog_name display-5">{esc(title)}</h1><p class="lead">{esc(subtitle)}</p></div>
        </section>
    </div>
    <section id="o_wblog_index_content">
        <div class="container py-4">
            <div class="row justify-content-between">
                <div id="o_wblog_posts_loop_container" class="col">
                    <div class="d-flex flex-wrap align-items-center justify-content-between mb-3">
                        <ul class="nav nav-pills o_wblog_navbar_blogs">{pills}</ul>
                        <form method="get" class="o_searchbar_form s_searchbar_input o_wblog_search" action="{blog_base}" data-snippet="s_searchbar_input">
                            <div role="search" class="input-group"><input type="search" name="search" class="search-query form-control oe_search_box" placeholder="Tìm kiếm..." value="{esc(params.get("search", ""))}" data-search-type="blogs"/>
                            <button type="submit" aria-label="Tìm kiếm" title="Tìm kiếm" class="btn oe_search_button btn-primary"><i class="oi oi-search"></i></button></div>
                        </form>
                    </div>
                    {f'<div class="mb-2">{chips}</div>' if chips else ""}
                    <div id="o_wblog_posts_loop">
                        <div class="row">
{cards}
                        </div>
                        {_pager(base, page, last, query)}
                    </div>
                </div>
                <div id="o_wblog_sidebar" class="col-12 col-md-3 d-flex">
                    <div class="ms-md-4 w-100">
                        <div class="o_wblog_sidebar_block pb-5">
                            <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Về chúng tôi</h6>
                            <p>{esc(SITE_LONG)} là hệ thống trường liên cấp tư thục tại Cần Thơ, đào tạo học sinh từ lớp 1 đến lớp 12.</p>
                        </div>
                        <div class="o_wblog_sidebar_block pb-5">
                            <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Theo dõi chúng tôi</h6>
                            <div class="o_wblog_social_links d-flex">{follow}<a href="/website/social/facebook" aria-label="Facebook"><i class="fa fa-facebook-square fa-2x"></i></a></div>
                        </div>
                        <div class="o_wblog_sidebar_block pb-5">
                            <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Bài viết mới</h6>
                            <ul class="list-unstyled">{latest}</ul>
                        </div>
                        <div class="o_wblog_sidebar_block pb-5">
                            <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Lưu trữ</h6>
                            <select name="archive" oninput="location = this.value;" class="form-select" aria-label="Lưu trữ">
                                <option value="{blog_base}" selected="true">-- Tất cả thời gian --</option>{archive}
                            </select>
                        </div>
                        <div class="o_wblog_sidebar_block pb-5">
                            <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">Thẻ</h6>
                            <div class="h5">{cloud}</div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </section>
</div>"""
    extra = _og(request, title, subtitle)
    if blog:
        extra += f'\n        <link rel="alternate" type="application/atom+xml" title="{esc(title)}" href="{blog_base}/feed"/>'
    main_object = f"blog.blog({BLOGS[blog][0]},)" if blog else "website.page(3,)"
    return _page(request, f"{title} | {SITE}", main, active=blog_base, extra=extra, main_object=main_object)


# --------------------------------------------------------------------------- rendering: other pages


def _home(request: Request) -> str:
    main = f"""<div id="wrap" class="oe_structure oe_empty">
    <section class="s_carousel_wrapper" data-vxml="001" data-snippet="s_carousel" data-name="Carousel">
        <div id="myCarousel1699000" class="s_carousel s_carousel_default carousel slide" data-bs-interval="10000">
            <div class="carousel-inner">
                <div class="carousel-item active oe_img_bg o_bg_img_center pt152 pb152" style="background-image: url('/web/image/1101-7a2c9e3f/banner-truong-sao-mai.jpg');" data-name="Slide">
                    <div class="container oe_unremovable"><div class="row content"><div class="carousel-content col-lg-7">
                        <h2><font class="text-white">Kiến tạo thế hệ công dân toàn cầu</font></h2>
                        <p class="lead"><font class="text-white">Hệ thống giáo dục liên cấp Tiểu học - THCS - THPT, chương trình chuẩn và song ngữ.</font></p>
                        <p><a href="/tuyen-sinh" class="btn btn-primary btn-lg">Đăng ký tư vấn</a> <a href="/gioi-thieu" class="btn btn-outline-light btn-lg">Tìm hiểu thêm</a></p>
                    </div></div></div>
                </div>
            </div>
        </div>
    </section>
    <section class="s_numbers o_cc o_cc2 pt80 pb80" data-snippet="s_numbers" data-name="Numbers">
        <div class="container"><div class="row">
            <div class="col-lg-3 text-center pt24 pb24"><span class="s_number display-4">17</span><br/>Năm xây dựng và phát triển</div>
            <div class="col-lg-3 text-center pt24 pb24"><span class="s_number display-4">1.800+</span><br/>Học sinh ba cấp học</div>
            <div class="col-lg-3 text-center pt24 pb24"><span class="s_number display-4">160</span><br/>Giáo viên và chuyên gia</div>
            <div class="col-lg-3 text-center pt24 pb24"><span class="s_number display-4">98%</span><br/>Học sinh đỗ đại học</div>
        </div></div>
    </section>
    <section class="s_title pt48 pb24" data-snippet="s_title" data-name="Title"><div class="s_allow_columns container"><h2 style="text-align: center;">Tin tức mới nhất</h2></div></section>
    <section data-snippet="s_blog_posts" class="s_blog_posts s_dynamic_snippet_blog_posts s_dynamic s_dynamic_empty pt32 pb32 o_colored_level s_blog_post_card" data-name="Blog Posts" data-filter-id="3" data-template-key="website_blog.dynamic_filter_template_blog_post_card" data-number-of-elements="3" data-number-of-elements-small-devices="1" data-number-of-records="6" data-blog-id="-1" data-force-minimum-max-limit-to16="1">
        <div class="container o_not_editable"><div class="css_non_editable_mode_hidden"><div class="missing_option_warning alert alert-info rounded-0 fade show d-none d-print-none o_default_snippet_text">Vui lòng chọn bộ lọc</div></div>
        <div class="dynamic_snippet_template"></div></div>
    </section>
    <section class="s_text_block pb32" data-snippet="s_text_block" data-name="Text"><div class="container text-center"><a href="{blog_path("tin-tuc-su-kien")}" class="btn btn-outline-primary">Xem tất cả tin tức</a></div></section>
    {_CTA}
</div>"""
    return _page(request, f"Trang chủ | {SITE}", main, active="/", extra=_og(request, SITE, f"Website chính thức của {SITE_LONG}"))


def _simple(request: Request, path: str, body: str) -> str:
    title = PAGES[path]
    main = f"""<div id="wrap" class="oe_structure oe_empty">
    <section class="s_title parallax s_parallax_is_fixed bg-black-50 pt24 pb24" data-vcss="001" data-snippet="s_title" data-name="Title">
        <div class="container"><h1>{esc(title)}</h1></div>
    </section>
{body}
</div>"""
    return _page(request, f"{title} | {SITE}", main, active=path, extra=_og(request, title))


_ABOUT = """    <section class="s_text_image pt32 pb32 o_colored_level" data-snippet="s_text_image" data-name="Text - Image">
        <div class="container"><div class="row align-items-center">
            <div class="col-lg-6 pt16 pb16">
                <h2>Lịch sử hình thành</h2>
                <p>Trường Liên cấp Sao Mai được thành lập năm 2009 theo quyết định của UBND thành phố Cần Thơ, khởi đầu với 12 lớp tiểu học. Năm 2014, nhà trường mở cấp THCS và năm 2018 mở cấp THPT.</p>
                <p>Hiện nay trường có 62 lớp với hơn 1.800 học sinh, 160 giáo viên và chuyên gia, trong đó có 14 giáo viên bản ngữ giảng dạy chương trình song ngữ.</p>
            </div>
            <div class="col-lg-6 pt16 pb16"><img src="/web/image/1102-3e9f1a7c/toan-canh-truong.jpg" class="img img-fluid mx-auto rounded" alt="Toàn cảnh trường" loading="lazy"/></div>
        </div></div>
    </section>
    <section class="s_text_block pt16 pb32" data-snippet="s_text_block" data-name="Text"><div class="container">
        <h3>Sứ mệnh</h3><p>Xây dựng môi trường học tập hạnh phúc, nơi mỗi học sinh được phát triển toàn diện về tri thức, kỹ năng và nhân cách.</p>
        <h3>Tầm nhìn</h3><p>Trở thành hệ thống trường liên cấp chất lượng cao hàng đầu khu vực Đồng bằng sông Cửu Long.</p>
    </div></section>"""

_ALBUM = [
    ("/web/image/1110-5d1e8c2b/album-le-khai-giang.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    ("/web/image/1111-a4b6c9d0/album-hoi-thao.jpg", "Hội thao chào mừng 20/11"),
    ("/web/image/1112-0f3e7a1b/album-thu-vien.jpg", "Thư viện xanh"),
    ("/web/image/1113-c8d2e5f6/album-phong-stem.jpg", "Phòng học STEM"),
    ("/web/image/1114-1a9b3c7d/album-ho-boi.jpg", "Hồ bơi bốn mùa"),
    ("/web/image/1115-6e4f2a8c/album-ban-tru.jpg", "Khu bán trú"),
]

_DOCS = [
    (1521, "Kế hoạch năm học 2026 - 2027", "ke-hoach-nam-hoc-2026-2027.pdf", "15/08/2026"),
    (1522, "Quy chế tuyển sinh năm học 2027 - 2028", "quy-che-tuyen-sinh-2027-2028.pdf", "20/10/2026"),
    (1523, "Mẫu phiếu đăng ký tuyển sinh", "phieu-dang-ky-tuyen-sinh.pdf", "20/10/2026"),
    (1520, "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", "Lich-kiem-tra-cuoi-HKI-2026-2027.pdf", "18/11/2026"),
]


def _album() -> str:
    cells = "".join(
        f'<div class="col-lg-4 o_snippet_not_selectable"><figure class="figure"><img class="img img-fluid d-block rounded" src="{src}" alt="{esc(cap)}" data-index="{n}" loading="lazy"/>'
        f'<figcaption class="figure-caption">{esc(cap)}</figcaption></figure></div>'
        for n, (src, cap) in enumerate(_ALBUM)
    )
    return (
        '    <section class="s_image_gallery o_spc-small o_masonry pt24 pb24" data-vcss="001" data-columns="3" data-snippet="s_image_gallery" data-name="Image Gallery">'
        f'<div class="container"><div class="row s_nb_column_fixed">{cells}</div></div></section>'
    )


def _docs() -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td>{esc(title)}</td><td>{day}</td><td><a href="/web/content/{att}?download=true"><i class="fa fa-download"></i> {esc(name)}</a></td></tr>'
        for n, (att, title, name, day) in enumerate(_DOCS, 1)
    )
    return (
        '    <section class="s_table pt32 pb32" data-snippet="s_text_block" data-name="Text"><div class="container">'
        '<table class="table table-striped"><thead><tr><th>STT</th><th>Tên văn bản</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )


_FORM_ADMISSION = """    <section class="s_text_block pt32 pb16" data-snippet="s_text_block" data-name="Text"><div class="container">
        <p>Trường Liên cấp Sao Mai tuyển sinh lớp 1 đến lớp 11 năm học 2027 - 2028, hệ chuẩn và hệ song ngữ. Phụ huynh vui lòng để lại thông tin, Phòng Tuyển sinh sẽ liên hệ tư vấn trong vòng 24 giờ.</p>
    </div></section>
    <section class="s_website_form pt16 pb32" data-vcss="001" data-snippet="s_website_form" data-name="Form"><div class="container">
        <form id="tuyen_sinh_form" action="/website/form/" method="post" enctype="multipart/form-data" class="o_mark_required" data-mark="*" data-model_name="crm.lead" data-success-mode="redirect" data-success-page="/contactus-thank-you">
            <div class="s_website_form_rows row s_col_no_bgcolor">
                <div class="mb-3 col-12 s_website_form_field s_website_form_required" data-type="char" data-name="Field"><label class="s_website_form_label" for="ts1">Họ tên phụ huynh</label><input class="form-control s_website_form_input" type="text" name="contact_name" required="1" id="ts1"/></div>
                <div class="mb-3 col-12 s_website_form_field s_website_form_required" data-type="tel" data-name="Field"><label class="s_website_form_label" for="ts2">Số điện thoại</label><input class="form-control s_website_form_input" type="tel" name="phone" required="1" id="ts2"/></div>
                <div class="mb-3 col-12 s_website_form_field" data-type="selection" data-name="Field"><label class="s_website_form_label" for="ts3">Khối lớp đăng ký</label><select class="form-select s_website_form_input" name="description" id="ts3"><option>Lớp 1</option><option>Lớp 6</option><option>Lớp 10</option><option>Lớp khác</option></select></div>
                <div class="mb-0 py-2 col-12 s_website_form_submit" data-name="Submit Button"><a href="#" role="button" class="btn btn-primary btn-lg s_website_form_send">Đăng ký ngay</a><span id="s_website_form_result"></span></div>
            </div>
        </form>
    </div></section>"""

_CONTACT = f"""    <section class="s_text_block pt40 pb40" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row">
        <div class="col-lg-8">
            <p>Liên hệ với chúng tôi về mọi vấn đề liên quan đến nhà trường. Chúng tôi sẽ phản hồi sớm nhất có thể.</p>
            <section class="s_website_form" data-vcss="001" data-snippet="s_website_form"><form id="contactus_form" action="/website/form/" method="post" enctype="multipart/form-data" class="o_mark_required" data-mark="*" data-model_name="mail.mail" data-success-mode="redirect" data-success-page="/contactus-thank-you">
                <div class="mb-3"><label class="s_website_form_label" for="c1">Tên của bạn</label><input class="form-control s_website_form_input" type="text" name="name" required="" id="c1"/></div>
                <div class="mb-3"><label class="s_website_form_label" for="c2">Email</label><input class="form-control s_website_form_input" type="email" name="email_from" required="" id="c2"/></div>
                <div class="mb-3"><label class="s_website_form_label" for="c3">Câu hỏi của bạn</label><textarea class="form-control s_website_form_input" name="description" required="" id="c3" rows="5"></textarea></div>
                <a href="#" role="button" class="btn btn-primary s_website_form_send">Gửi</a>
            </form></section>
        </div>
        <div class="col-lg-4 mt-4 mt-lg-0">
            <ul class="list-unstyled mb-0 ps-2"><li>{esc(SITE_LONG)}</li><li><i class="fa fa-map-marker fa-fw me-2"></i>{esc(ADDRESS)}</li>
            <li><i class="fa fa-phone fa-fw me-2"></i>{PHONE}</li><li><i class="fa fa-envelope fa-fw me-2"></i>{EMAIL}</li></ul>
        </div>
    </div></div></section>
    <section class="s_map pt0 pb0" data-map-type="m" data-map-zoom="15" data-snippet="s_map" data-name="Map"><div class="map_container o_not_editable"><iframe class="s_map_embedded o_not_editable" src="https://maps.google.com/maps?q=S%E1%BB%91%2018%20Nguy%E1%BB%85n%20V%C4%83n%20C%E1%BB%AB%20C%E1%BA%A7n%20Th%C6%A1&amp;t=m&amp;z=15&amp;ie=UTF8&amp;iwloc=&amp;output=embed" width="100%" height="100%" frameborder="0" aria-label="Bản đồ"></iframe></div></section>"""

_COOKIE_POLICY = """    <section class="s_text_block pt32 pb32" data-snippet="s_text_block" data-name="Text"><div class="container">
        <h2>Cookie là gì?</h2><p>Cookie là các tệp văn bản nhỏ được trang web gửi đến trình duyệt của bạn, giúp trang web ghi nhớ thông tin về lần truy cập của bạn.</p>
        <h2>Chúng tôi sử dụng cookie như thế nào?</h2><p>Trang web sử dụng cookie cần thiết để duy trì phiên làm việc và ghi nhớ lựa chọn ngôn ngữ, cùng cookie thống kê để cải thiện nội dung.</p>
    </div></section>"""

_EVENT_INFO = {
    7: (
        "Thứ Bảy, 05/12/2026", "08:00 - 11:30", "Cơ sở chính - " + ADDRESS,
        "Ngày hội tham quan trường dành cho phụ huynh và học sinh có nhu cầu tìm hiểu môi trường học tập tại Sao Mai:"
        " tham quan lớp học, phòng STEM, thư viện, khu bán trú; dự tiết học mẫu và gặp gỡ Ban Giám hiệu.",
    ),
    8: (
        "Chủ Nhật, 13/12/2026", "08:30 - 10:30", "Hội trường lớn, khu Tiểu học",
        "Hội thảo chia sẻ kinh nghiệm chuẩn bị tâm thế và kỹ năng cho trẻ trước khi vào lớp 1, do chuyên gia tâm lý"
        " giáo dục và giáo viên khối 1 của trường trình bày.",
    ),
}


def _events_page(request: Request) -> str:
    cards = "".join(
        f'<div class="col-md-6 col-lg-4 mb-4"><article class="h-100 card"><a href="{event_path(e)}" class="text-decoration-none text-reset">'
        f'<div class="o_record_cover_container o_cc o_cc3"><div class="o_record_cover_component o_record_cover_image" style="background-image: url(\'/web/image/event.event/{e}/cover\');"></div>'
        f'<span class="badge text-bg-primary o_wevent_badge">{_EVENT_INFO[e][0].split(", ")[1]}</span></div>'
        f'<div class="card-body"><h5 class="card-title">{esc(name)}</h5><small>{_EVENT_INFO[e][0]} · {_EVENT_INFO[e][1]}</small></div></a></article></div>'
        for e, (_, name) in EVENTS.items()
    )
    main = f"""<div id="wrap" class="o_wevent_index">
    <section class="s_title pt24 pb24"><div class="container"><h1>Sự kiện</h1></div></section>
    <div class="container"><div class="row">
        <div class="col-lg-3 o_wevent_index_sidebar"><div class="dropdown mb-3">
            <a class="btn btn-light dropdown-toggle" data-bs-toggle="dropdown" href="#">Thời gian</a>
            <div class="dropdown-menu">
                <a class="dropdown-item active" href="/event?date=upcoming">Sắp diễn ra</a>
                <a class="dropdown-item" href="/event?date=month">Tháng này</a>
                <a class="dropdown-item" href="/event?date=old">Sự kiện đã qua</a>
                <a class="dropdown-item" href="/event?date=all">Tất cả</a>
            </div></div></div>
        <div class="col-lg-9"><div class="row">{cards}</div></div>
    </div></div>
</div>"""
    return _page(request, f"Sự kiện | {SITE}", main, active="/event", extra=_og(request, "Sự kiện"))


def _event_page(request: Request, eid: int) -> str:
    _, name = EVENTS[eid]
    day, hours, place, desc = _EVENT_INFO[eid]
    main = f"""<div id="wrap" class="o_wevent_event js_event">
    <section class="o_wevent_event_title o_cc o_cc3 pt48 pb48"><div class="container">
        <h1 itemprop="name">{esc(name)}</h1>
        <div class="o_wevent_event_date"><i class="fa fa-calendar me-2"></i>{day}<span class="mx-2">·</span><i class="fa fa-clock-o me-2"></i>{hours} (Asia/Ho_Chi_Minh)</div>
    </div></section>
    <section class="container py-4"><div class="row">
        <div class="col-lg-8"><div class="o_wevent_event_description" itemprop="description"><p>{esc(desc)}</p></div></div>
        <div class="col-lg-4">
            <form id="registration_form" action="/event/{EVENTS[eid][0]}-{eid}/registration/new" method="post">
                <div class="card"><div class="card-header">Vé tham dự</div><div class="card-body"><p>Miễn phí</p>
                <select class="form-select" name="nb_register-0"><option>0</option><option selected="selected">1</option><option>2</option></select>
                <button type="submit" class="btn btn-primary w-100 mt-3 a-submit">Đăng ký</button></div></div>
            </form>
            <div class="mt-4"><h6>Địa điểm</h6><p>{esc(place)}</p>
            <a href="/event/{eid}/ics" class="btn btn-link px-0"><i class="fa fa-calendar-plus-o me-1"></i>Thêm vào lịch iCal/Outlook</a></div>
        </div>
    </div></section>
</div>"""
    return _page(request, f"{name} | {SITE}", main, active="/event", extra=_og(request, name, desc), main_object=f"event.event({eid},)")


def _shop_page(request: Request) -> str:
    cards = "".join(
        f'<div class="col-md-4 mb-4"><form action="/shop/cart/update" method="post" class="card oe_product_cart h-100" itemscope="itemscope" itemtype="http://schema.org/Product">'
        f'<a class="oe_product_image_link d-block" href="{product_path(p)}"><img src="/web/image/product.template/{p}/image_512" class="img img-fluid" alt="{esc(name)}" loading="lazy"/></a>'
        f'<div class="card-body"><h6 class="o_wsale_products_item_title"><a class="text-primary" href="{product_path(p)}" itemprop="name">{esc(name)}</a></h6>'
        f'<span class="oe_currency_value">{price}</span>&nbsp;₫</div></form></div>'
        for p, (_, name, price) in PRODUCTS.items()
    )
    main = f"""<div id="wrap" class="js_sale o_wsale_products_page">
    <div class="container oe_website_sale pt-2">
        <div class="products_header d-flex flex-wrap gap-2 mb-3">
            <h1 class="h3 me-auto">Đóng phí giữ chỗ tuyển sinh</h1>
            <div class="o_sortby_dropdown dropdown"><a role="button" href="#" class="dropdown-toggle btn btn-light" data-bs-toggle="dropdown">Sắp xếp theo: Nổi bật</a>
            <div class="dropdown-menu dropdown-menu-end" role="menu">
                <a role="menuitem" rel="noindex,nofollow" href="/shop?order=website_sequence+asc" class="dropdown-item">Nổi bật</a>
                <a role="menuitem" rel="noindex,nofollow" href="/shop?order=create_date+desc" class="dropdown-item">Mới nhất</a>
                <a role="menuitem" rel="noindex,nofollow" href="/shop?order=name+asc" class="dropdown-item">Tên (A-Z)</a>
                <a role="menuitem" rel="noindex,nofollow" href="/shop?order=list_price+asc" class="dropdown-item">Giá - Thấp đến Cao</a>
                <a role="menuitem" rel="noindex,nofollow" href="/shop?order=list_price+desc" class="dropdown-item">Giá - Cao đến Thấp</a>
            </div></div>
        </div>
        <div class="o_wsale_products_grid_table_wrapper"><div class="row">{cards}</div></div>
    </div>
</div>"""
    return _page(request, f"Cửa hàng | {SITE}", main, active="/shop", extra=_og(request, "Cửa hàng"))


def _product_page(request: Request, pid: int) -> str:
    _, name, price = PRODUCTS[pid]
    main = f"""<div id="wrap" class="js_sale o_wsale_product_page ecom-zoomable">
    <section id="product_detail" class="container py-4 oe_website_sale" data-view-track="1">
        <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/shop">Tất cả sản phẩm</a></li><li class="breadcrumb-item active"><span>{esc(name)}</span></li></ol></nav>
        <div class="row"><div class="col-lg-6"><img src="/web/image/product.template/{pid}/image_1024" class="img img-fluid product_detail_img" alt="{esc(name)}" loading="lazy"/></div>
        <div class="col-lg-6" id="product_details">
            <h1 itemprop="name">{esc(name)}</h1>
            <p class="text-muted my-2" placeholder="Mô tả ngắn">Khoản phí giữ chỗ được trừ vào học phí học kỳ I khi học sinh nhập học chính thức; không hoàn lại nếu phụ huynh hủy đăng ký sau ngày 31/03/2027.</p>
            <form action="/shop/cart/update" method="POST"><input type="hidden" name="product_id" value="{pid}"/>
            <div class="product_price"><h3 class="css_editable_mode_hidden"><span class="oe_price"><span class="oe_currency_value">{price}</span>&nbsp;₫</span></h3></div>
            <a role="button" id="add_to_cart" class="btn btn-primary js_check_product a-submit flex-grow-1" href="#"><i class="fa fa-shopping-cart me-2"></i>Thêm vào giỏ hàng</a></form>
        </div></div>
    </section>
</div>"""
    return _page(request, f"{name} | {SITE}", main, active="/shop", extra=_og(request, name), main_object=f"product.template({pid},)")


def _cart(request: Request) -> str:
    main = """<div id="wrap"><div class="container oe_website_sale py-2"><div class="row"><div class="col-12">
    <h3 class="mb-4">Giỏ hàng</h3><div class="js_cart_lines alert alert-info">Giỏ hàng của bạn đang trống!</div>
    <a role="button" href="/shop" class="btn btn-secondary"><i class="fa fa-chevron-left me-2"></i>Quay lại cửa hàng</a>
</div></div></div></div>"""
    return _page(request, f"Giỏ hàng | {SITE}", main, extra='        <meta name="robots" content="noindex"/>')


def _login(request: Request) -> str:
    main = """<div id="wrap" class="oe_structure oe_empty"><div class="container py-5"><div class="oe_login_form mx-auto" style="max-width: 300px;">
    <form class="oe_login_form" role="form" method="post" action="/web/login">
        <input type="hidden" name="csrf_token" value="5f0a1c9e7b3d2e8f4a6c1b9d0e7f3a2c5b8d1e4f0"/>
        <div class="mb-3 field-login"><label for="login" class="form-label">Email</label><input type="text" placeholder="Email" name="login" id="login" required="required" autocomplete="username" autofocus="autofocus" autocapitalize="off" class="form-control "/></div>
        <div class="mb-3"><label for="password" class="form-label">Mật khẩu</label><input type="password" placeholder="Mật khẩu" name="password" id="password" required="required" autocomplete="current-password" maxlength="4096" class="form-control "/></div>
        <div class="clearfix oe_login_buttons text-center gap-1 d-grid mb-1 pt-3"><button type="submit" class="btn btn-primary">Đăng nhập</button>
        <div class="justify-content-between mt-2 d-flex small"><a href="/web/reset_password">Đặt lại mật khẩu</a></div></div>
        <input type="hidden" name="redirect"/>
    </form>
</div></div></div>"""
    return _page(request, f"Đăng nhập | {SITE}", main, extra='        <meta name="robots" content="noindex"/>')


def _site_search(request: Request) -> str:
    q = request.params.get("search", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    rows = "".join(
        f'<a href="{post_path(s)}" class="dropdown-item p-2 text-wrap"><div class="h6 fw-bold">{esc(stored(s, s.title))}</div><p class="mb-0 small">{esc(teaser(s))}</p></a>'
        for s in hits
    )
    main = f"""<div id="wrap"><div class="oe_structure"><section class="container pt24 pb24">
    <h1>Kết quả tìm kiếm</h1><p>{len(hits)} kết quả cho “{esc(q)}”</p><div class="o_search_result_item">{rows}</div>
</section></div></div>"""
    return _page(request, f"Tìm kiếm | {SITE}", main, extra='        <meta name="robots" content="noindex"/>')


def _not_found(request: Request) -> Response:
    main = """<div id="wrap"><div class="oe_structure oe_empty"><div class="container py-5 text-center">
    <h1 class="mt-5">Rất tiếc! Đã xảy ra lỗi.</h1>
    <p class="lead">Chúng tôi không tìm thấy trang bạn đang tìm kiếm.</p>
    <p><a href="/" class="btn btn-primary">Về trang chủ</a></p>
</div></div></div>"""
    return html(_page(request, f"404 | {SITE}", main), status=404)


# --------------------------------------------------------------------------- feeds, sitemap, JSON-RPC


def _iso_utc(story: Story) -> str:
    return local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _feed(request: Request, blog: str) -> Response:
    """``/blog/<blog>/feed``: website_blog's Atom template (the newest 15 posts of the blog)."""
    base = base_url(request)
    items = newest(blog)[:15]
    entries = "".join(
        f"""
    <entry>
        <title>{esc(stored(s, s.title))}</title>
        <link href="{base}{post_path(s)}"/>
        <id>{base}{post_path(s)}</id>
        <author><name>{esc(s.opts["account"])}</name></author>
        <summary>{esc(teaser(s))}</summary>
        <updated>{_iso_utc(s)}</updated>
    </entry>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <title>{esc(BLOGS[blog][1])}</title>
    <link href="{base}{blog_path(blog)}"/>
    <id>{base}{blog_path(blog)}</id>
    <updated>{_iso_utc(items[0])}</updated>{entries}
</feed>
"""
    return Response(200, body, {"Content-Type": "application/atom+xml"})


def _lastmod(story: Story) -> str:
    return story.opts.get("edited", utc_naive(story))[:10]


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    locs: list[tuple[str, str | None]] = [("/", "2026-11-02"), ("/blog", None)]
    locs += [(blog_path(b), None) for b in BLOGS]
    locs += [(post_path(s), _lastmod(s)) for s in newest()]
    locs += [(p, "2026-09-12") for p in PAGES]
    locs += [("/event", None), *((event_path(e), None) for e in EVENTS), ("/shop", None)]
    locs += [(product_path(p), None) for p in PRODUCTS]
    urls = "".join(
        f"  <url>\n    <loc>{base}{loc}</loc>\n" + (f"    <lastmod>{mod}</lastmod>\n" if mod else "") + "  </url>\n"
        for loc, mod in locs
    )
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    return Response(200, body, {"Content-Type": "application/xml;charset=utf-8"})


def _snippet_filters(request: Request) -> Response:
    """The home page's dynamic "Tin tức mới nhất" snippet asks this JSON-RPC route for its cards."""
    if request.method != "POST":
        body = "<p>Function declared as capable of handling request of type 'json' but called with a request of type 'http'</p>"
        return html(body, status=400)
    try:
        call_id = json.loads(request.body or b"{}").get("id")
    except ValueError:
        call_id = None
    cards = [
        f'<div class="s_blog_posts_post card h-100"><a href="{post_path(s)}" class="text-decoration-none">'
        f'<div class="card-body"><h5 class="card-title">{esc(stored(s, s.title))}</h5><small class="text-muted">{vi_date(local(s))}</small></div></a></div>'
        for s in newest()[:6]
    ]
    payload = {"jsonrpc": "2.0", "id": call_id, "result": cards}
    return Response(200, json.dumps(payload, ensure_ascii=False), {"Content-Type": "application/json"})


# --------------------------------------------------------------------------- routing

_UNSLUG = re.compile(r"^(?:(\w{1,2}|\w[A-Za-z0-9_-]+?\w)-)?(-?\d+)$")
_SESSION = {"Set-Cookie": "session_id=8e1f4c2a9d7b3e6f0a5c1d8b2e9f7a4c6b3d0e1f; Expires=Wed, 02 Dec 2026 00:00:00 GMT; Max-Age=604800; HttpOnly; Path=/"}


def _unslug(segment: str) -> int | None:
    m = _UNSLUG.match(segment)
    return int(m.group(2)) if m else None


class OdooSchool:
    """The Odoo 17 website's routes for this fixture (website, website_blog, website_event, website_sale)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/web/image/", "/web/static/", "/web/assets/")):
            return static_file(path + ".jpg") if "." not in path.rsplit("/", 1)[-1] else static_file(path)
        if m := re.fullmatch(r"/web/content/(\d+)(?:/[^/]+)?", path):
            ids = {att for att, *_ in _DOCS}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if int(m.group(1)) in ids else _not_found(request)
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nSitemap: {base_url(request)}/sitemap.xml\n", {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/website/snippet/filters":
            return _snippet_filters(request)
        if m := re.fullmatch(r"/website/social/(\w+)", path):
            return redirect(f"https://www.{m.group(1)}.com/truonglienCapSaoMai", 303)
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        page = self._route(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=dict(_SESSION))

    def _route(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if path.startswith("/blog"):
            return self._blog(request)
        if path in PAGES:
            body = {
                "/gioi-thieu": _ABOUT,
                "/thu-vien-anh": _album(),
                "/van-ban": _docs(),
                "/tuyen-sinh": _FORM_ADMISSION,
                "/contactus": _CONTACT,
                "/cookie-policy": _COOKIE_POLICY,
            }[path]
            return _simple(request, path, body)
        if path == "/event":
            return _events_page(request)
        if m := re.fullmatch(r"/event/([^/]+)(/register)?", path):
            eid = _unslug(m.group(1))
            if eid not in EVENTS:
                return None
            if not m.group(2) or m.group(1) != f"{EVENTS[eid][0]}-{eid}":
                return redirect(event_path(eid), 302)
            return _event_page(request, eid)
        if m := re.fullmatch(r"/event/(\d+)/ics", path):
            if int(m.group(1)) not in EVENTS:
                return None
            ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Odoo//Event//VI\r\nEND:VCALENDAR\r\n"
            return Response(200, ics, {"Content-Type": "application/octet-stream"})
        if path == "/shop":
            return _shop_page(request)
        if path == "/shop/cart":
            return _cart(request)
        if m := re.fullmatch(r"/shop/([^/]+)", path):
            pid = _unslug(m.group(1))
            if pid not in PRODUCTS:
                return None
            if m.group(1) != f"{PRODUCTS[pid][0]}-{pid}":
                return redirect(product_path(pid), 301)
            return _product_page(request, pid)
        if path == "/web/login":
            return _login(request)
        if path == "/web/reset_password":
            return _page(request, f"Đặt lại mật khẩu | {SITE}", '<div id="wrap"><div class="container py-5"><form method="post" action="/web/reset_password"><label for="login">Email</label><input type="text" name="login" id="login" class="form-control"/><button type="submit" class="btn btn-primary mt-3">Xác nhận</button></form></div></div>')
        if path == "/website/search":
            return _site_search(request)
        return None

    def _blog(self, request: Request) -> str | Response | None:
        parts = request.path.split("/")[2:]  # after "/blog"
        blog: str | None = None
        if parts and parts[0] not in ("page", "tag"):
            bid = _unslug(parts[0])
            if bid not in _BLOG_BY_ID:
                return None
            blog = _BLOG_BY_ID[bid]
            if parts[0] != blog_slug(blog):
                rest = "/".join(parts[1:])
                return redirect(blog_path(blog) + (f"/{rest}" if rest else "") + (f"?{request.query}" if request.query else ""), 301)
            parts = parts[1:]
        if blog and parts == ["feed"]:
            return _feed(request, blog)
        if blog and len(parts) == 2 and parts[0] == "post":
            # Odoo 12's post URLs: still routed, answered by a permanent redirect
            pid = _unslug(parts[1])
            story = _BY_ID.get(pid) if pid is not None else None
            return redirect(post_path(story), 301) if story else None
        if blog and len(parts) == 1 and parts[0] not in ("page", "tag"):
            pid = _unslug(parts[0])
            story = _BY_ID.get(pid) if pid is not None else None
            if story is None:
                return None
            if story.cat != blog or parts[0] != f"{story.slug}-{story.id}":
                return redirect(post_path(story), 301)
            return _post_page(story, request)
        tags: list[str] = []
        if len(parts) >= 2 and parts[0] == "tag":
            raw = unquote(parts[1])
            pieces = raw.split(",")
            if len(pieces) > 1:
                # website_blog: "redirect get tag-1,tag-2 -> get tag-1"
                first = listing_base(blog) + f"/tag/{pieces[0]}"
                return redirect(first + _query(request.params), 302)
            tid = _unslug(raw)
            if tid not in _TAG_BY_ID:
                return redirect(listing_base(blog) + _query(request.params), 301)
            tags = [_TAG_BY_ID[tid]]
            if raw != tag_slug(tags[0]):
                return redirect(listing_base(blog, tags[0]) + _query(request.params), 301)
            parts = parts[2:]
        page = 1
        if len(parts) == 2 and parts[0] == "page" and parts[1].isdigit():
            page = int(parts[1])
            parts = []
        if parts or page < 1:
            return None
        return _listing(request, blog, tags, page)


def build_site() -> OdooSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return OdooSchool()
