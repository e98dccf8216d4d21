"""Trường THPT Lê Quý Đôn (thành phố Đông Hà, Quảng Trị): WordPress 6.5, Hello Elementor theme,
Elementor Pro 3.2x theme builder, Yoast SEO.

Platform
--------
WordPress 6.5 in the ``vi`` locale with the Hello Elementor theme: the theme prints nothing of its
own, every template is an Elementor Pro theme-builder document (``data-elementor-type="header"``,
``"single-post"``, ``"archive"``, ``"loop-item"``, ``"footer"``). Archives use the Loop Grid
widget, whose pager is ``?e-page-<widget id>=N``; Yoast SEO prints the head (canonical, og:*,
``article:published_time`` in UTC, a schema graph) and the breadcrumbs. A lazy-load plugin
(WP-Rocket style) rewrites every content ``<img>``.

URL scheme
----------
- ``/<yyyy>/<mm>/<dd>/<post-slug>/`` posts; ``…/?replytocom=<id>`` the same post with the reply form
  moved under a comment; ``…/<post-slug>/<attachment-slug>/`` attachment pages (301 to the file);
  ``/?p=<id>`` short links (301 to the post).
- ``/category/<slug>/`` and ``/category/<parent>/<child>/`` archives; page N as
  ``/category/<slug>/?e-page-5a3f1c7=N`` (the Loop Grid's own pager, the only one printed in the
  page) and ``/category/<slug>/page/N/`` (WordPress' own, named only by Yoast's ``<link rel="next">``).
- ``/<page-slug>/`` pages built with Elementor; ``/?s=<q>`` search; ``/feed/`` RSS.

Templates
---------
home (static front page: Loop Grid "Tin mới nhất" with the 4 newest posts, a Posts widget with
the 3 newest notices, buttons "Xem tất cả" to each category); archive (Loop Grid of 3 posts per
page); single post (breadcrumb, title, Post Info, featured image, Post Excerpt, Post Content,
share buttons, related Loop Grid, comments, sidebar); pages.

How the gold articles are reached
---------------------------------
From the home page's grid and notice list, the menu's categories and their Loop Grid pages. The
oldest posts of "Tin tức - Sự kiện" (its archive also lists its child "Đoàn Thanh niên") and of
"Thông báo" are on page 2 only (khai-giang-lop-boi-duong…, thong-bao-muc-thu-hoc-phi…): a crawler
must follow the ``?e-page-5a3f1c7=2`` pager. The related grid of a post shows the two newest posts
of its primary category, the sidebar the five newest posts.

Traps
-----
1. Two ``<h1>``: the header template's heading widget prints the school's name as
   ``<h1 class="elementor-heading-title">`` before the post title's ``<h1>``; the ``<title>`` and
   og:title carry " - Trường THPT Lê Quý Đôn", the comments block an ``<h2>`` "2 phản hồi về “…”".
   Gold title = the Post Title widget's ``<h1>``.
2. Dates in words: the Post Info widget prints the day in the vi locale's ``F j, Y``
   ("Tháng Mười Hai 4, 2026") inside a ``<time>`` without ``datetime``, and the time in a separate
   list item as ``g:i a`` ("4:45 chiều", "7:45 sáng"). Gold: both read together,
   "2026-12-04T16:45:00+07:00"; "12:00 sáng" (midnight) is a day alone. Yoast's
   ``article:published_time`` is printed in UTC ("2026-12-04T09:45:00+00:00": the same instant).
3. The only ``<time datetime="…">`` of a post with comments is a comment's (a later day), and a
   custom Post Info item prints "Cập nhật: …" (the modified day): neither is the publication date.
4. The Post Excerpt widget above the content prints the manual excerpt when the post has one (a
   sapo: gold summary and the body's first paragraph) and otherwise WordPress' automatic excerpt,
   the content's first 30 words cut mid-sentence with " […]" (not a sapo: summary null, not body).
5. Elementor-built post content: the text sits in nested containers (``e-con`` /
   ``e-con-inner``) of text-editor widgets, some holding bare text with no ``<p>`` and a ``<br>``
   inside (two paragraphs), headings are heading widgets, and a list is an Icon List widget
   (``elementor-icon-list-item`` / ``elementor-icon-list-text``): its items are body paragraphs, while
   the very same markup in the Post Info widget above is meta.
6. Responsive copies: the editor duplicated a widget for phones (``elementor-hidden-desktop
   elementor-hidden-tablet``: a cropped photo, a re-broken paragraph). Gold counts what the desktop
   shows, once: the phone copies are neither body nor images.
7. Lazy-loaded images: ``src`` is an inline SVG placeholder (``data:image/svg+xml,…``), the photo
   is in ``data-lazy-src`` / ``data-lazy-srcset``, and a ``<noscript>`` repeats it with a real
   ``src``. Gold: the ``data-lazy-src`` path, once.
8. Featured image: the single template shows the post thumbnail above the text, a sized variant
   (``…-1024x683.jpg``) of the content's first photo, or the site's default picture
   (``anh-dai-dien-mac-dinh.jpg``) for a post without photos. Neither is an image of its own: gold
   images are the content's photos only.
9. Primary category: a post filed under two categories lists both in Post Info in alphabetical
   order ("Hoạt động chuyên môn, Tin tức - Sự kiện") and in its body classes, but Yoast's
   breadcrumb prints its primary category. A child category's breadcrumb prints the parent too
   ("Tin tức - Sự kiện » Đoàn Thanh niên"). Gold category = the breadcrumb's last category.
10. Loop Grid: each card links its post three times (thumbnail, title, "Đọc tiếp" button); page 2 is
    ``?e-page-5a3f1c7=2`` on the category path, while ``<link rel="next">`` names
    ``/category/<slug>/page/2/``: the same listing under two URLs (listings, not articles).
11. Comment reply links ``?replytocom=<id>#respond`` serve the post again (canonical back to the
    post): gold alt_paths. An image linked to its attachment page
    (``/2026/10/30/<post>/don-bang-chuan-qg/``) lives under the post's path and answers 301 to the
    file: not an article.
12. Bylines: Post Info's "Người đăng: Quản trị viên" / "bbt_lequydon" is the CMS account (nobody);
    the real signature is a right-aligned line at the end of the text ("Tin, ảnh: Thầy Hoàng Văn
    Nam", "Trần Minh Quân - Bí thư Đoàn trường", "ThS. Võ Thị Mai Anh", a unit "Tổ Ngữ văn").
13. The Basic Gallery widget prints WordPress' ``[gallery]`` markup: thumbnails (``-300x225``)
    linked to the full file, each with a ``figcaption.gallery-caption``; one caption only credits
    the photographer ("Ảnh: Lê Thị Hạnh").
14. An official notice (letterhead table, "Số: …", "Đông Hà, ngày 24 tháng 11 năm 2026", kind and
    subject, "Nơi nhận" and signer) posted on another day than the one it is dated.

Gold decisions on ambiguous points
----------------------------------
- Gallery images: the gold path is the ``<img>``'s own (lazy) source, the thumbnail as printed,
  not the full-size file its link opens.
- A footnote's call "[1]" stays in its sentence; the note "[1] Công văn …" is a body paragraph.
- "Tin: X - Ảnh: Y" -> authors [X], photographers [Y]; "Tin, ảnh: X" -> X in both; a gallery
  caption "Ảnh: X" makes X a photographer and the image's caption None.
- "Theo Báo Quảng Trị" on its own right-aligned line closing the text -> source "Báo Quảng Trị";
  the first paragraph "Theo kế hoạch của UBND tỉnh, …" is text.
- "Xem thêm: <link>" and the file block ("Tải về") are not body.
- A unit signing alone ("Tổ Văn phòng", "Đoàn trường", "Bộ phận Kế toán") is the author.
- The replytocom variants are alt_paths; the ``/page/N/`` and ``?e-page-…`` listings and the
  attachment redirects are neither articles nor alt paths.
"""

from __future__ import annotations

import hashlib
import html as _h
import json
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_hello_elementor_loop_thpt"
PLATFORM = "WordPress 6.5 + Hello Elementor + Elementor Pro 3.2x (theme builder, Loop Grid) + Yoast SEO"
START_PATH = "/"

SITE = "Trường THPT Lê Quý Đôn"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
#: the archive template's Loop Grid widget id: its pager prints ``?e-page-5a3f1c7=N``
LOOP_ID = "5a3f1c7"
DEFAULT_THUMB = "/wp-content/uploads/2026/09/anh-dai-dien-mac-dinh.jpg"

#: slug -> (name, parent slug, term id)
CATS: dict[str, tuple[str, str | None, int]] = {
    "tin-tuc": ("Tin tức - Sự kiện", None, 3),
    "doan-thanh-nien": ("Đoàn Thanh niên", "tin-tuc", 7),
    "thong-bao": ("Thông báo", None, 4),
    "chuyen-mon": ("Hoạt động chuyên môn", None, 5),
}

MONTHS = [
    "", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
]


def _hid(seed: str) -> str:
    """An Elementor element id: 7 hex digits, stable per seed."""
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:7]


# --- markup pieces used inside the story data -----------------------------------------------


def _right(text_html: str, gb: bool = True) -> Raw:
    """A right-aligned signature line (Gutenberg class or the text editor's inline style)."""
    if gb:
        return Raw(f'<p class="has-text-align-right">{text_html}</p>')
    return Raw(
        _widget("text-editor", f'<p style="text-align: right;">{text_html}</p>', "sig" + text_html)
    )


def _widget(kind: str, inner: str, seed: str, extra: str = "") -> str:
    wid = _hid(seed)
    cls = f"elementor-element elementor-element-{wid} {extra} elementor-widget elementor-widget-{kind}"
    return (
        f'<div class="{" ".join(cls.split())}" data-id="{wid}" data-element_type="widget" '
        f'data-widget_type="{kind}.default">\n<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


_PHONE_ONLY = "elementor-hidden-desktop elementor-hidden-tablet"


def _lazy_img(src: str, w: int = 1024, h: int = 683, cls: str = "", srcset: bool = True) -> str:
    """An ``<img>`` as the lazy-load plugin rewrites it: SVG placeholder, data-lazy-*, noscript."""
    ph = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )
    stem, ext = src.rsplit(".", 1)
    sets = f"{src} {w}w, {stem}-300x200.{ext} 300w, {stem}-768x512.{ext} 768w" if srcset else ""
    set_lazy = f' data-lazy-srcset="{sets}" data-lazy-sizes="(max-width: {w}px) 100vw, {w}px"' if sets else ""
    set_real = f' srcset="{sets}" sizes="(max-width: {w}px) 100vw, {w}px"' if sets else ""
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{ph}" class="{cls}" alt=""{set_lazy} '
        f'data-lazy-src="{src}"><noscript><img decoding="async" width="{w}" height="{h}" src="{src}" '
        f'class="{cls}" alt=""{set_real}></noscript>'
    )


def _el_image(src: str, printed: str | None, seed: str, extra: str = "", link: bool = True) -> str:
    img = _lazy_img(src, cls=f"attachment-large size-large wp-image-{int(_hid(src), 16) % 9000 + 1000}")
    if link:
        img = (
            f'<a href="{src}" data-elementor-open-lightbox="yes" data-elementor-lightbox-title="'
            f'{esc(printed or "")}">{img}</a>'
        )
    cap = f'<figcaption class="widget-image-caption wp-caption-text">{esc(printed)}</figcaption>' if printed else ""
    return _widget("image", f'<figure class="wp-caption">\n{img}\n{cap}\n</figure>', seed, extra)


# --- the articles ---------------------------------------------------------------------------

U = "/wp-content/uploads/2026"

STORIES: list[Story] = [
    Story(
        1412,
        "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-04T16:45:00+07:00",
        [
            P("Thực hiện kế hoạch năm học 2026-2027, Nhà trường thông báo lịch kiểm tra cuối học kỳ I "
              "đối với các khối lớp 10, 11 và 12 như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("16/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("17/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("18/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và "
              "dụng cụ học tập cần thiết."),
            P("Học sinh không được mang điện thoại di động vào phòng kiểm tra;", "li"),
            P("Học sinh vắng mặt có lý do chính đáng được bố trí kiểm tra bù theo lịch riêng của tổ "
              "chuyên môn;", "li"),
            P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến toàn thể học sinh và cha mẹ học sinh.", "li"),
            _right("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"posted": (2026, 12, 4, 16, 45), "builder": "gb", "modified": (2026, 12, 5, 8, 2)},
    ),
    Story(
        1409,
        "hoc-sinh-le-quy-don-dat-12-giai-hoc-sinh-gioi-cap-tinh",
        "Học sinh Trường THPT Lê Quý Đôn đạt 12 giải tại Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh",
        "tin-tuc",
        "2026-12-03T09:10:00+07:00",
        [
            Img(f"{U}/12/hsg-tinh-2026-01.jpg",
                "Đội tuyển học sinh giỏi của Nhà trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "Đội tuyển học sinh giỏi của Nhà trường chụp ảnh lưu niệm cùng Ban Giám hiệu", "el"),
            P("Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026-2027 do Sở GD&ĐT Quảng Trị "
              "tổ chức trong hai ngày 26 và 27/11/2026 với hơn 900 thí sinh dự thi ở 10 môn."),
            P("Trường THPT Lê Quý Đôn có 18 học sinh tham gia ở 7 môn thi. Kết quả, 12 em đạt giải, tỷ lệ "
              "đạt giải 66,7%, tăng so với năm học trước."),
            P("Những gương mặt tiêu biểu", "h2"),
            P("Em Nguyễn Hoàng Bảo Ngọc, lớp 12A1, xuất sắc giành giải Nhất môn Hóa học với số điểm "
              "18,25/20."),
            P("Các em Lê Minh Khôi (12A2, môn Toán), Trần Thị Thu Uyên (12C1, môn Ngữ văn) và Hồ Đức "
              "Thịnh (12A1, môn Vật lí) đạt giải Nhì."),
            Img(f"{U}/12/hsg-tinh-2026-02.jpg",
                "Thầy Hiệu trưởng trao thưởng cho em Nguyễn Hoàng Bảo Ngọc",
                "Thầy Hiệu trưởng trao thưởng cho em Nguyễn Hoàng Bảo Ngọc", "el"),
            P("Phát biểu tại buổi gặp mặt, thầy Hiệu trưởng ghi nhận sự nỗ lực của các em học sinh và tâm "
              "huyết của đội ngũ giáo viên bồi dưỡng, đồng thời đề nghị các tổ chuyên môn sớm xây dựng kế "
              "hoạch bồi dưỡng cho kỳ thi chọn học sinh giỏi quốc gia."),
            _right("<strong><em>Tin, ảnh: Thầy Hoàng Văn Nam</em></strong>", gb=False),
        ],
        authors=["Hoàng Văn Nam"],
        photographers=["Hoàng Văn Nam"],
        summary="Với 1 giải Nhất, 3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích, đội tuyển học sinh giỏi của "
        "Nhà trường tiếp tục khẳng định chất lượng giáo dục mũi nhọn trong năm học 2026-2027.",
        sapo_outside=True,
        opts={"posted": (2026, 12, 3, 9, 10), "builder": "el", "cats": ["tin-tuc", "chuyen-mon"],
              "featured": f"{U}/12/hsg-tinh-2026-01-1024x683.jpg", "author": "bbt_lequydon"},
    ),
    Story(
        1405,
        "hoi-trai-tuoi-tre-le-quy-don-tien-buoc-len-doan-nam-2026",
        "Hội trại “Tuổi trẻ Lê Quý Đôn – Tiến bước lên Đoàn” năm 2026",
        "doan-thanh-nien",
        "2026-12-01T14:00:00+07:00",
        [
            P("Sáng ngày 29/11/2026, Đoàn trường THPT Lê Quý Đôn tổ chức Hội trại “Tuổi trẻ Lê Quý Đôn – "
              "Tiến bước lên Đoàn” với sự tham gia của 36 chi đoàn và hơn 1.300 đoàn viên, học sinh."),
            P("Hội trại gồm nhiều hoạt động sôi nổi: dựng trại, thi cổng trại đẹp, trò chơi dân gian, hội "
              "thi “Hiểu biết về Đoàn” và chương trình lửa trại vào buổi tối."),
            Img(f"{U}/12/hoi-trai-01-300x225.jpg", "Cổng trại của chi đoàn 11A3",
                "Cổng trại của chi đoàn 11A3", "gal"),
            Img(f"{U}/12/hoi-trai-02-300x225.jpg", "Ảnh: Lê Thị Hạnh", None, "gal"),
            Img(f"{U}/12/hoi-trai-03-300x225.jpg", "Phần thi kéo co giữa các chi đoàn khối 10",
                "Phần thi kéo co giữa các chi đoàn khối 10", "gal"),
            P("Kết thúc hội trại, Ban Tổ chức trao giải Nhất toàn đoàn cho chi đoàn 11A3, giải Nhì cho chi "
              "đoàn 12A1 và 10A2, giải Ba cho các chi đoàn 12C2, 11B1 và 10C1."),
            P("Dịp này, Đoàn trường cũng kết nạp 45 đoàn viên mới là những học sinh ưu tú của khối 10."),
            _right("<strong>Trần Minh Quân - Bí thư Đoàn trường</strong>", gb=False),
        ],
        authors=["Trần Minh Quân"],
        photographers=["Lê Thị Hạnh"],
        opts={"posted": (2026, 12, 1, 14, 0), "builder": "el",
              "featured": f"{U}/12/hoi-trai-01-1024x768.jpg"},
    ),
    Story(
        1398,
        "hoi-thao-day-hoc-phat-trien-nang-luc-mon-ngu-van",
        "Hội thảo chuyên đề “Dạy học phát triển năng lực môn Ngữ văn theo Chương trình GDPT 2018”",
        "chuyen-mon",
        "2026-11-28",
        [
            P("Ngày 27/11/2026, tổ Ngữ văn Trường THPT Lê Quý Đôn tổ chức hội thảo chuyên đề về đổi mới "
              "phương pháp dạy học môn Ngữ văn theo định hướng phát triển phẩm chất, năng lực học sinh."),
            P("Nội dung hội thảo", "h2"),
            P("Các báo cáo tập trung vào ba vấn đề: dạy đọc hiểu văn bản theo thể loại, tổ chức hoạt động "
              "viết theo quy trình và đánh giá năng lực nói – nghe của học sinh."),
            P("Dạy văn hôm nay không phải là giảng cho học sinh nghe mà là giúp các em tự đọc, tự cảm và "
              "tự viết.", "quote"),
            P("Cô Phạm Thị Diệu Linh chia sẻ kinh nghiệm sử dụng phiếu học tập và sơ đồ tư duy trong các "
              "tiết đọc hiểu truyện ngắn."),
            P("Kết quả", "h2"),
            P("Hội thảo thống nhất các giải pháp sẽ áp dụng từ học kỳ II, trong đó chú trọng xây dựng ngân "
              "hàng đề đọc hiểu ngoài sách giáo khoa.[1]"),
            P("[1] Công văn số 3175/BGDĐT-GDTrH của Bộ GD&ĐT hướng dẫn đổi mới phương pháp dạy học và "
              "kiểm tra, đánh giá môn Ngữ văn."),
            _right("<em>Tổ Ngữ văn</em>"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"posted": (2026, 11, 28, 0, 0), "builder": "gb"},
    ),
    Story(
        1391,
        "thong-bao-cho-hoc-sinh-nghi-hoc-phong-tranh-bao-so-12",
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 12",
        "thong-bao",
        "2026-11-24",
        [
            Raw(
                '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>\n'
                "<tr><td>SỞ GD&amp;ĐT QUẢNG TRỊ<br><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong></td>"
                "<td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - "
                "Hạnh phúc</strong></td></tr>\n"
                "<tr><td>Số: 215/TB-LQĐ</td><td><em>Đông Hà, ngày 24 tháng 11 năm 2026</em></td></tr>\n"
                "</tbody></table></figure>\n"
                '<p class="has-text-align-center"><strong>THÔNG BÁO</strong></p>\n'
                '<p class="has-text-align-center"><strong>Về việc cho học sinh nghỉ học để phòng, tránh '
                "bão số 12</strong></p>"
            ),
            P("Căn cứ Công điện số 18/CĐ-UBND ngày 23/11/2026 của UBND tỉnh Quảng Trị về việc chủ động ứng "
              "phó với bão số 12;"),
            P("Căn cứ chỉ đạo của Sở Giáo dục và Đào tạo Quảng Trị, Hiệu trưởng Trường THPT Lê Quý Đôn "
              "thông báo:"),
            P("1. Toàn bộ học sinh của Nhà trường nghỉ học ngày 25 và 26/11/2026. Thời gian đi học trở lại "
              "sẽ được thông báo sau."),
            P("2. Giáo viên chủ nhiệm liên hệ với cha mẹ học sinh, nắm tình hình và hướng dẫn học sinh "
              "không đi ra vùng ngập lụt, sạt lở."),
            P("3. Các bộ phận trực cơ quan 24/24 giờ, chằng chống cửa kính, di chuyển hồ sơ, thiết bị lên "
              "tầng cao."),
            P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện."),
            Raw(
                '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>\n'
                "<tr><td><strong><em>Nơi nhận:</em></strong><br>- Sở GD&amp;ĐT (b/c);<br>- CB, GV, NV, "
                "HS;<br>- Website trường;<br>- Lưu: VT.</td>"
                "<td><strong>HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>"
                "<strong>Nguyễn Thị Thu Hà</strong></td></tr>\n"
                "</tbody></table></figure>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"posted": (2026, 11, 25, 10, 30), "builder": "gb"},
    ),
    Story(
        1384,
        "trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "tin-tuc",
        "2026-11-20T08:15:00+07:00",
        [
            Img(f"{U}/11/le-20-11-toan-canh.jpg", "Toàn cảnh buổi lễ", "Toàn cảnh buổi lễ", "el"),
            Raw(_el_image(f"{U}/11/le-20-11-toan-canh-mobile.jpg", "Toàn cảnh buổi lễ", "mob-1384",
                          _PHONE_ONLY)),
            P("Sáng 20/11/2026, Trường THPT Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam (20/11/1982 – 20/11/2026)."),
            P("Đến dự có đại diện lãnh đạo Thành ủy, UBND thành phố Đông Hà, Ban đại diện cha mẹ học sinh "
              "cùng đông đảo thế hệ thầy cô giáo và cựu học sinh của trường."),
            P("Tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Thu Hà ôn lại truyền thống vẻ vang của ngành Giáo dục "
              "Việt Nam và những thành tích nổi bật của Nhà trường trong năm học vừa qua."),
            Img(f"{U}/11/le-20-11-khen-thuong.jpg", "Ảnh: Lê Thị Hạnh", None, "el"),
            P("Nhân dịp này, 15 thầy cô giáo được Giám đốc Sở GD&ĐT tặng Giấy khen vì có thành tích xuất "
              "sắc trong năm học 2025-2026."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp biểu diễn, gửi "
              "tặng thầy cô những lời tri ân sâu sắc."),
            _right("<strong>Tin: Phan Văn Đức - Ảnh: Lê Thị Hạnh</strong>", gb=False),
        ],
        authors=["Phan Văn Đức"],
        photographers=["Lê Thị Hạnh"],
        opts={"posted": (2026, 11, 20, 8, 15), "builder": "el",
              "featured": f"{U}/11/le-20-11-toan-canh-1024x683.jpg",
              "comments": [
                  (41, 0, "Phụ huynh Nguyễn Văn Tâm", (2026, 11, 20, 20, 15),
                   "Chúc các thầy cô giáo luôn mạnh khỏe, hạnh phúc và thành công!"),
                  (42, 41, "Cựu học sinh khóa 2015-2018", (2026, 11, 21, 6, 40),
                   "Nhớ mãi những năm tháng dưới mái trường Lê Quý Đôn. Tri ân thầy cô!"),
              ]},
    ),
    Story(
        1377,
        "tuoi-tre-le-quy-don-ra-quan-ngay-chu-nhat-xanh-lan-thu-iii",
        "Tuổi trẻ Lê Quý Đôn ra quân “Ngày Chủ nhật xanh” lần thứ III",
        "doan-thanh-nien",
        "2026-11-16T19:30:00+07:00",
        [
            P("Sáng Chủ nhật 15/11/2026, hơn 400 đoàn viên, thanh niên Trường THPT Lê Quý Đôn đã tham gia "
              "ra quân “Ngày Chủ nhật xanh” lần thứ III năm 2026.", "bare"),
            P("Các chi đoàn được phân công dọn vệ sinh khuôn viên trường, tuyến đường Lê Lợi và khu vực bờ "
              "sông Hiếu."),
            P("Đoàn trường đã thu gom gần 2 tấn rác thải, phát quang bụi rậm và trồng mới 120 cây xanh.",
              "br"),
            P("Chi đoàn 12A1: trồng cây xanh dọc tuyến đường Lê Lợi;", "li"),
            P("Chi đoàn 11A3: làm sạch khu vực bờ sông Hiếu;", "li"),
            P("Các chi đoàn khối 10: dọn vệ sinh khuôn viên trường.", "li"),
            P("Hoạt động nhằm nâng cao ý thức bảo vệ môi trường, xây dựng nếp sống văn minh cho đoàn viên, "
              "thanh niên."),
            Raw(_widget(
                "text-editor",
                "<p>Hoạt động nhằm nâng cao ý thức bảo vệ môi trường,<br>xây dựng nếp sống văn minh<br>"
                "cho đoàn viên, thanh niên.</p>",
                "mob-1377", _PHONE_ONLY,
            )),
            _right("<strong>Đoàn trường</strong>", gb=False),
        ],
        authors=["Đoàn trường"],
        opts={"posted": (2026, 11, 16, 19, 30), "builder": "el"},
    ),
    Story(
        1369,
        "to-toan-tin-to-chuc-24-tiet-thao-giang-chao-mung-20-11",
        "Tổ Toán – Tin tổ chức 24 tiết thao giảng chào mừng Ngày Nhà giáo Việt Nam",
        "chuyen-mon",
        "2026-11-12T07:45:00+07:00",
        [
            P("Đợt thao giảng nằm trong chuỗi hoạt động thi đua “Dạy tốt – Học tốt” chào mừng 44 năm Ngày "
              "Nhà giáo Việt Nam."),
            Img(f"{U}/11/thao-giang-toan-01.jpg",
                "Cô Võ Thị Thanh Tâm trong tiết dạy chuyên đề hàm số lớp 12",
                "Cô Võ Thị Thanh Tâm trong tiết dạy chuyên đề hàm số lớp 12", "gb"),
            P("Nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin như phần mềm GeoGebra, bảng tương tác và "
              "hệ thống học tập trực tuyến của Nhà trường."),
            P("Qua đợt thao giảng, tổ chuyên môn đã lựa chọn 4 tiết dạy tiêu biểu để xây dựng thành video "
              "bài giảng mẫu phục vụ sinh hoạt chuyên môn."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/2026/10/22/ung-dung-tri-tue-nhan-tao-trong-day-'
                'hoc-vat-li/">Ứng dụng trí tuệ nhân tạo trong dạy học Vật lí: chia sẻ từ tổ Vật lí – Công '
                "nghệ</a></p>"),
            _right("<strong>Tổ Toán – Tin</strong>"),
        ],
        authors=["Tổ Toán – Tin"],
        summary="Từ ngày 02 đến 11/11/2026, tổ Toán – Tin đã tổ chức 24 tiết thao giảng, trong đó 18 tiết "
        "được xếp loại tốt.",
        sapo_outside=True,
        opts={"posted": (2026, 11, 12, 7, 45), "builder": "gb",
              "featured": f"{U}/11/thao-giang-toan-01-1024x683.jpg"},
    ),
    Story(
        1362,
        "ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "thong-bao",
        "2026-11-06T15:00:00+07:00",
        [
            P("Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển chọn "
              "vận động viên tham dự Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XI, Nhà trường xây dựng kế "
              "hoạch như sau:"),
            P("1. Thời gian và địa điểm", "h3"),
            P("Hội khỏe được tổ chức từ ngày 23/11 đến 05/12/2026 tại sân vận động và nhà đa năng của Nhà "
              "trường."),
            P("2. Các môn thi đấu", "h3"),
            P("Điền kinh: chạy 100m, 400m, nhảy xa, nhảy cao;", "li"),
            P("Bóng đá nam, bóng chuyền nam – nữ;", "li"),
            P("Cầu lông, cờ vua, đá cầu.", "li"),
            P("3. Tổ chức thực hiện", "h3"),
            P("Tổ Thể dục – Quốc phòng an ninh chủ trì, phối hợp với Đoàn trường và giáo viên chủ nhiệm "
              "đăng ký danh sách vận động viên trước ngày 20/11/2026."),
            Raw('<div class="wp-block-file"><a id="wp-block-file--media-5b1c" href="/wp-content/uploads/'
                '2026/11/ke-hoach-hkpd-2026.pdf">ke-hoach-hkpd-2026</a><a href="/wp-content/uploads/2026/11/'
                'ke-hoach-hkpd-2026.pdf" class="wp-block-file__button wp-element-button" download '
                'aria-describedby="wp-block-file--media-5b1c">Tải về</a></div>'),
        ],
        opts={"posted": (2026, 11, 6, 15, 0), "builder": "gb"},
    ),
    Story(
        1355,
        "truong-thpt-le-quy-don-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
        "Trường THPT Lê Quý Đôn đón nhận Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        "tin-tuc",
        "2026-10-30T10:00:00+07:00",
        [
            P("Theo kế hoạch của UBND tỉnh, sáng 29/10/2026, Trường THPT Lê Quý Đôn (thành phố Đông Hà) tổ "
              "chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 giai đoạn 2026-2031."),
            Img(f"{U}/10/don-bang-chuan-qg.jpg",
                "(Lãnh đạo UBND tỉnh trao Bằng công nhận cho Nhà trường)",
                "Lãnh đạo UBND tỉnh trao Bằng công nhận cho Nhà trường", "att"),
            P("Trải qua hơn 30 năm xây dựng và phát triển, đến nay trường đã có 36 lớp học với gần 1.400 học "
              "sinh và 92 cán bộ, giáo viên, nhân viên."),
            P("Trong 5 năm qua, Nhà trường có 214 học sinh đạt giải học sinh giỏi cấp tỉnh, 9 học sinh đạt "
              "giải cấp quốc gia; tỷ lệ tốt nghiệp THPT hằng năm đạt 100%."),
            P("Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh đề nghị Nhà trường tiếp tục đổi mới quản lý, nâng "
              "cao chất lượng giáo dục toàn diện, xứng đáng là một trong những trường trọng điểm của tỉnh."),
            _right("<strong>Lê Trường</strong>"),
            _right("<em>Theo Báo Quảng Trị</em>"),
        ],
        authors=["Lê Trường"],
        source="Báo Quảng Trị",
        opts={"posted": (2026, 10, 30, 10, 0), "builder": "gb",
              "featured": f"{U}/10/don-bang-chuan-qg-1024x683.jpg"},
    ),
    Story(
        1348,
        "ung-dung-tri-tue-nhan-tao-trong-day-hoc-vat-li",
        "Ứng dụng trí tuệ nhân tạo trong dạy học Vật lí: chia sẻ từ tổ Vật lí – Công nghệ",
        "chuyen-mon",
        "2026-10-22T16:20:00+07:00",
        [
            P("Những công cụ được giới thiệu", "h2"),
            P("Mô phỏng thí nghiệm ảo với PhET kết hợp trợ lý AI gợi ý câu hỏi;", "li"),
            P("Tạo ngân hàng câu hỏi trắc nghiệm theo ma trận đề;", "li"),
            P("Phân tích kết quả kiểm tra để phát hiện lỗ hổng kiến thức của học sinh.", "li"),
            P("Theo cô Võ Thị Mai Anh, AI chỉ là công cụ hỗ trợ; giáo viên vẫn phải kiểm định nội dung và "
              "định hướng để học sinh tránh lệ thuộc vào công nghệ."),
            Img(f"{U}/10/sinh-hoat-to-vat-li.jpg",
                "Giáo viên tổ Vật lí – Công nghệ thực hành thiết kế bài giảng có hỗ trợ AI",
                "Giáo viên tổ Vật lí – Công nghệ thực hành thiết kế bài giảng có hỗ trợ AI", "el"),
            P("Định hướng thời gian tới", "h2"),
            P("Tổ chuyên môn sẽ xây dựng bộ quy tắc sử dụng AI trong học tập cho học sinh và tổ chức tập "
              "huấn cho giáo viên các tổ khác trong học kỳ II."),
            _right("<strong>ThS. Võ Thị Mai Anh</strong>", gb=False),
        ],
        authors=["Võ Thị Mai Anh"],
        summary="Sinh hoạt chuyên môn theo nghiên cứu bài học tháng 10 của tổ Vật lí – Công nghệ tập trung "
        "vào việc sử dụng trí tuệ nhân tạo một cách có trách nhiệm trong dạy học.",
        sapo_outside=True,
        opts={"posted": (2026, 10, 22, 16, 20), "builder": "el",
              "featured": f"{U}/10/sinh-hoat-to-vat-li-1024x683.jpg", "author": "bbt_lequydon"},
    ),
    Story(
        1341,
        "thong-bao-muc-thu-hoc-phi-va-cac-khoan-thu-nam-hoc-2026-2027",
        "Thông báo mức thu học phí và các khoản thu năm học 2026-2027",
        "thong-bao",
        "2026-10-15T09:00:00+07:00",
        [
            P("Căn cứ Nghị quyết của HĐND tỉnh Quảng Trị quy định mức thu học phí đối với cơ sở giáo dục "
              "công lập năm học 2026-2027, Nhà trường thông báo các khoản thu như sau:"),
            P("STT | Khoản thu | Mức thu | Ghi chú", "tr"),
            P("1 | Học phí | Miễn | Theo chính sách của Nhà nước", "tr"),
            P("2 | Bảo hiểm y tế học sinh | 631.800 đồng/năm | Thu theo quy định", "tr"),
            P("3 | Nước uống tinh khiết | 10.000 đồng/tháng | Thỏa thuận", "tr"),
            P("Cha mẹ học sinh nộp các khoản thu qua tài khoản của Nhà trường hoặc trực tiếp tại bộ phận Kế "
              "toán trong giờ hành chính."),
            _right("<strong>Bộ phận Kế toán</strong>"),
        ],
        authors=["Bộ phận Kế toán"],
        opts={"posted": (2026, 10, 15, 9, 0), "builder": "gb"},
    ),
    Story(
        1334,
        "khai-giang-lop-boi-duong-ky-nang-chuyen-doi-so-cho-giao-vien",
        "Khai giảng lớp bồi dưỡng kỹ năng chuyển đổi số cho giáo viên",
        "tin-tuc",
        "2026-10-05T14:30:00+07:00",
        [
            P("Chiều 03/10/2026, Trường THPT Lê Quý Đôn khai giảng lớp bồi dưỡng kỹ năng chuyển đổi số dành "
              "cho 92 cán bộ, giáo viên, nhân viên của Nhà trường."),
            P("Lớp học kéo dài 6 tuần, gồm các chuyên đề: khai thác hệ thống quản lý học tập, thiết kế học "
              "liệu số, sử dụng sổ điểm điện tử và bảo đảm an toàn thông tin."),
            Img(f"{U}/10/lop-chuyen-doi-so-01.jpg",
                "Thầy Lê Văn Bình, Phó Hiệu trưởng, phát biểu khai giảng lớp học",
                "Thầy Lê Văn Bình, Phó Hiệu trưởng, phát biểu khai giảng lớp học", "gb"),
            P("Giảng viên là các thầy cô cốt cán của tổ Tin học và chuyên gia của Trung tâm Chuyển đổi số "
              "tỉnh Quảng Trị."),
            _right("<strong>Tin, ảnh: Nguyễn Thị Bích Thủy</strong>"),
        ],
        authors=["Nguyễn Thị Bích Thủy"],
        photographers=["Nguyễn Thị Bích Thủy"],
        opts={"posted": (2026, 10, 5, 14, 30), "builder": "gb",
              "featured": f"{U}/10/lop-chuyen-doi-so-01-1024x683.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def post_path(story: Story) -> str:
    y, m, d = story.opts["posted"][:3]
    return f"/{y}/{m:02d}/{d:02d}/{story.slug}/"


def cat_path(slug: str) -> str:
    parent = CATS[slug][1]
    return f"/category/{parent}/{slug}/" if parent else f"/category/{slug}/"


def _attachment_path(story: Story, img: Img) -> str:
    return post_path(story) + img.src.rsplit("/", 1)[1].rsplit(".", 1)[0] + "/"


def _date_words(t: tuple) -> str:
    return f"Tháng {MONTHS[t[1]]} {t[2]}, {t[0]}"


def _time_vi(t: tuple) -> str:
    h, mi = t[3], t[4]
    return f"{h % 12 or 12}:{mi:02d} {'sáng' if h < 12 else 'chiều'}"


def _dmy(t: tuple) -> str:
    return f"{t[2]:02d}/{t[1]:02d}/{t[0]}"


def _utc(t: tuple) -> str:
    """Yoast's UTC stamp of a local (UTC+7) time; the days here never cross a month."""
    y, m, d, h, mi = t
    h -= 7
    if h < 0:
        h, d = h + 24, d - 1
    return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+00:00"


# --- content rendering ----------------------------------------------------------------------


def _lines(items: list[str]) -> str:
    return "<br>\n".join(esc(t) for t in items)


def _groups(story: Story, groupable: set[str]) -> list[list]:
    """Blocks as runs: [kind, items]; a P styled "br" joins the previous paragraph after a <br>."""
    groups: list[list] = []
    for b in story.blocks:
        if isinstance(b, P):
            if b.style == "br":
                groups[-1][1][-1].append(b.text)
                continue
            kind = b.style or "p"
            if groups and groups[-1][0] == kind and kind in groupable:
                groups[-1][1].append([b.text])
            else:
                groups.append([kind, [[b.text]]])
        elif isinstance(b, Img):
            kind = "img-" + b.style
            if groups and groups[-1][0] == kind and kind in groupable:
                groups[-1][1].append(b)
            else:
                groups.append([kind, [b]])
        else:
            groups.append(["raw", [b.html]])
    return groups


def _gallery(imgs: list[Img], seed: str) -> str:
    items = []
    for img in imgs:
        full = re.sub(r"-300x225(\.\w+)$", r"\1", img.src)
        cap = (
            f'<figcaption class="wp-caption-text gallery-caption" id="gallery-1-{_hid(img.src)}">'
            f"{esc(img.printed)}</figcaption>"
            if img.printed else ""
        )
        items.append(
            '<figure class="gallery-item">\n<div class="gallery-icon landscape">'
            f'<a data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="{_hid(seed)}" '
            f'href="{full}">{_lazy_img(img.src, 300, 225, "attachment-medium size-medium", srcset=False)}'
            f"</a></div>\n{cap}\n</figure>"
        )
    return (
        '<div id="gallery-1" class="gallery galleryid-0 gallery-columns-3 gallery-size-medium">\n'
        + "\n".join(items) + "\n</div>"
    )


def _gb_content(story: Story) -> str:
    out = []
    for kind, items in _groups(story, {"li", "tr"}):
        if kind == "p":
            out.append(f"<p>{_lines(items[0])}</p>")
        elif kind in ("h2", "h3"):
            out.append(f'<{kind} class="wp-block-heading">{_lines(items[0])}</{kind}>')
        elif kind == "li":
            out.append('<ul class="wp-block-list">\n' + "\n".join(f"<li>{_lines(i)}</li>" for i in items) + "\n</ul>")
        elif kind == "tr":
            head, *rows = items
            th = "".join(f"<th>{esc(c)}</th>" for c in head[0].split(" | "))
            trs = "\n".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r[0].split(" | ")) + "</tr>" for r in rows
            )
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead><tr>{th}</tr></thead><tbody>\n{trs}\n</tbody></table></figure>"
            )
        elif kind == "quote":
            out.append(f'<blockquote class="wp-block-quote">\n<p>{_lines(items[0])}</p>\n</blockquote>')
        elif kind.startswith("img-"):
            img = items[0]
            pic = _lazy_img(img.src, cls=f"wp-image-{int(_hid(img.src), 16) % 9000 + 1000}")
            if img.style == "att":
                pic = f'<a href="{_attachment_path(story, img)}">{pic}</a>'
            cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>' if img.printed else ""
            out.append(f'<figure class="wp-block-image size-large">{pic}{cap}</figure>')
        else:
            out.append(items[0])
    return "\n\n".join(out)


def _icon_list(items: list[list[str]], seed: str) -> str:
    lis = "\n".join(
        '<li class="elementor-icon-list-item">\n<span class="elementor-icon-list-icon">'
        '<svg aria-hidden="true" class="e-font-icon-svg e-fas-check-circle" viewBox="0 0 512 512">'
        '<path d="M504 256c0 136.967-111.033 248-248 248S8 392.967 8 256z"></path></svg></span>\n'
        f'<span class="elementor-icon-list-text">{_lines(i)}</span>\n</li>'
        for i in items
    )
    return _widget("icon-list", f'<ul class="elementor-icon-list-items">\n{lis}\n</ul>', seed)


def _container(widgets: list[str], seed: str) -> str:
    cid = _hid(seed)
    return (
        f'<div class="elementor-element elementor-element-{cid} e-flex e-con-boxed e-con e-parent" '
        f'data-id="{cid}" data-element_type="container">\n<div class="e-con-inner">\n'
        + "\n".join(widgets) + "\n</div>\n</div>"
    )


def _el_content(story: Story) -> str:
    """Post content built in Elementor: containers of widgets, a new container at each heading."""
    containers: list[list[str]] = [[]]
    for n, (kind, items) in enumerate(_groups(story, {"p", "li", "img-gal"})):
        seed = f"{story.id}-{n}"
        if kind in ("h2", "h3"):
            if containers[-1]:
                containers.append([])
            inner = f'<{kind} class="elementor-heading-title elementor-size-default">{_lines(items[0])}</{kind}>'
            containers[-1].append(_widget("heading", inner, seed))
        elif kind == "p":
            containers[-1].append(_widget("text-editor", "\n".join(f"<p>{_lines(i)}</p>" for i in items), seed))
        elif kind == "bare":
            containers[-1].append(_widget("text-editor", _lines(items[0]), seed))
        elif kind == "li":
            containers[-1].append(_icon_list(items, seed))
        elif kind == "img-el":
            img = items[0]
            containers[-1].append(_el_image(img.src, img.printed, seed))
        elif kind == "img-gal":
            containers[-1].append(_widget("image-gallery", _gallery(items, seed), seed))
        else:
            containers[-1].append(items[0])
    inner = "\n".join(_container(w, f"{story.id}-c{i}") for i, w in enumerate(containers))
    return (
        f'<div data-elementor-type="wp-post" data-elementor-id="{story.id}" '
        f'class="elementor elementor-{story.id}" data-elementor-post-type="post">\n{inner}\n</div>'
    )


def content_html(story: Story) -> str:
    return _el_content(story) if story.opts["builder"] == "el" else _gb_content(story)


def _auto_excerpt(story: Story) -> str:
    """wp_trim_excerpt: the content's text without tags, its first 30 words and " […]"."""
    txt = re.sub(r"<noscript>.*?</noscript>|<figcaption.*?</figcaption>", " ", content_html(story), flags=re.S)
    txt = re.sub(r"<[^>]+>", " ", txt)
    words = _h.unescape(txt).split()
    return " ".join(words[:30]) + " […]"


def excerpt(story: Story) -> str:
    return story.summary if story.summary and story.sapo_outside else _auto_excerpt(story)


def _thumb(story: Story, size: str = "300x200") -> str:
    feat = story.opts.get("featured")
    src = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", feat) if feat else DEFAULT_THUMB
    stem, ext = src.rsplit(".", 1)
    return f"{stem}-{size}.{ext}"


def _newest(cat: str | None = None, exclude: int | None = None) -> list[Story]:
    out = []
    for s in STORIES:  # newest first already
        if s.id == exclude:
            continue
        if cat is None or cat in _cats(s) or CATS.get(s.cat, ("", None))[1] == cat:
            out.append(s)
    return out


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"),
                                    ("Đội ngũ cán bộ, giáo viên", "/doi-ngu-can-bo-giao-vien/")]),
    ("Tin tức - Sự kiện", cat_path("tin-tuc"), [("Đoàn Thanh niên", cat_path("doan-thanh-nien"))]),
    ("Thông báo", cat_path("thong-bao"), []),
    ("Hoạt động chuyên môn", cat_path("chuyen-mon"), []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Văn bản", "/van-ban/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(prefix: str) -> str:
    items = []
    n = 100
    for label, href, subs in MENU:
        n += 1
        if subs:
            sub = "\n".join(
                f'<li class="menu-item menu-item-type-custom menu-item-{n * 10 + i}">'
                f'<a href="{h}" class="elementor-sub-item">{esc(lab)}</a></li>'
                for i, (lab, h) in enumerate(subs)
            )
            items.append(
                f'<li class="menu-item menu-item-has-children menu-item-{n}"><a href="{href}" '
                f'class="elementor-item has-submenu">{esc(label)}</a>\n<ul class="sub-menu elementor-nav-menu--dropdown">'
                f"\n{sub}\n</ul></li>"
            )
        else:
            items.append(f'<li class="menu-item menu-item-{n}"><a href="{href}" class="elementor-item">{esc(label)}</a></li>')
    return f'<ul id="menu-{prefix}-2c8e1f0" class="elementor-nav-menu">\n' + "\n".join(items) + "\n</ul>"


def _header() -> str:
    nav = (
        '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
        f'elementor-nav-menu--layout-horizontal e--pointer-underline">\n{_menu("1")}\n</nav>\n'
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Chuyển đổi menu" '
        'aria-expanded="false"><span class="elementor-menu-toggle__icon--open">☰</span></div>\n'
        '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">\n'
        f"{_menu('2')}\n</nav>"
    )
    top = _container(
        [
            _widget("shortcode", f'<div class="elementor-shortcode"><span class="lqd-today">{HEADER_DATE}</span></div>',
                    "h-date"),
            _widget("icon-list", '<ul class="elementor-icon-list-items elementor-inline-items">'
                    '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">'
                    "Hotline: 0233 3852 417</span></li><li class=\"elementor-icon-list-item elementor-inline-item\">"
                    '<span class="elementor-icon-list-text">Email: c3lequydon@quangtri.edu.vn</span></li></ul>',
                    "h-contact"),
        ],
        "h-top",
    )
    brand = _container(
        [
            _widget("theme-site-logo", '<a href="/"><img width="120" height="120" src="/wp-content/uploads/2026/08/'
                    'logo-lqd.png" class="attachment-full size-full" alt="Logo Trường THPT Lê Quý Đôn"></a>', "h-logo"),
            _widget("heading", '<h1 class="elementor-heading-title elementor-size-default">TRƯỜNG THPT LÊ QUÝ ĐÔN</h1>',
                    "h-name"),
            _widget("heading", '<p class="elementor-heading-title elementor-size-default">Thành phố Đông Hà - '
                    "Tỉnh Quảng Trị</p>", "h-sub"),
            _widget("nav-menu", nav, "h-nav", "elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet"),
        ],
        "h-brand",
    )
    return (
        '<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 '
        f'elementor-location-header" data-elementor-post-type="elementor_library">\n{top}\n{brand}\n</div>'
    )


def _footer() -> str:
    cols = _container(
        [
            _widget("heading", '<h4 class="elementor-heading-title elementor-size-default">TRƯỜNG THPT LÊ QUÝ ĐÔN</h4>',
                    "f-h"),
            _widget("text-editor", "<p>Địa chỉ: Số 35 Lý Thường Kiệt, phường Đông Lương, thành phố Đông Hà, tỉnh "
                    "Quảng Trị</p><p>Điện thoại: 0233 3852 417 – Email: c3lequydon@quangtri.edu.vn</p>", "f-addr"),
            _widget("social-icons", '<div class="elementor-social-icons-wrapper elementor-grid"><span class="'
                    'elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-'
                    'facebook" href="https://www.facebook.com/thptlequydon.dongha" target="_blank"><span class="'
                    'elementor-screen-only">Facebook</span></a></span><span class="elementor-grid-item"><a class="'
                    'elementor-icon elementor-social-icon elementor-social-icon-youtube" href="https://www.youtube.'
                    'com/@thptlequydondongha" target="_blank"><span class="elementor-screen-only">Youtube</span>'
                    "</a></span></div>", "f-social"),
            _widget("text-editor", "<p>© 2026 Trường THPT Lê Quý Đôn – Đông Hà. Thiết kế bởi QTWeb.</p>", "f-copy"),
        ],
        "f-main",
    )
    return (
        '<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 '
        f'elementor-location-footer" data-elementor-post-type="elementor_library">\n{cols}\n</div>'
    )


def _sidebar() -> str:
    recent = "\n".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="post-date">{_dmy(s.opts["posted"])}</span></li>'
        for s in STORIES[:5]
    )
    return "\n".join([
        _widget("search-form", '<form class="elementor-search-form" role="search" action="/" method="get">'
                '<div class="elementor-search-form__container"><input placeholder="Tìm kiếm..." class="'
                'elementor-search-form__input" type="search" name="s" title="Tìm kiếm" value="">'
                '<button class="elementor-search-form__submit" type="submit" aria-label="Tìm kiếm">Tìm</button>'
                "</div></form>", "s-search"),
        _widget("wp-widget-recent-posts", f"<h5>Bài viết mới</h5>\n<ul>\n{recent}\n</ul>", "s-recent"),
        _widget("heading", '<h5 class="elementor-heading-title elementor-size-default">Liên kết</h5>', "s-lk"),
        _widget("icon-list", '<ul class="elementor-icon-list-items">'
                '<li class="elementor-icon-list-item"><a href="https://quangtri.edu.vn/" target="_blank">'
                '<span class="elementor-icon-list-text">Sở GD&amp;ĐT Quảng Trị</span></a></li>'
                '<li class="elementor-icon-list-item"><a href="https://moet.gov.vn/" target="_blank">'
                '<span class="elementor-icon-list-text">Bộ Giáo dục và Đào tạo</span></a></li>'
                '<li class="elementor-icon-list-item"><a href="https://quangtri.vnedu.vn/" target="_blank">'
                '<span class="elementor-icon-list-text">Sổ liên lạc điện tử vnEdu</span></a></li></ul>', "s-links"),
        _widget("wp-widget-wp_statistics_widget", '<h5>Thống kê truy cập</h5><ul class="wps-widget">'
                "<li><label>Đang online:</label> 14</li><li><label>Hôm nay:</label> 387</li>"
                "<li><label>Tổng truy cập:</label> 1.284.519</li></ul>", "s-stat"),
    ])


def _head(request: Request, title: str, canonical: str, extra: str = "", og_type: str = "website") -> str:
    base = base_url(request)
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{base}{canonical}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{base}{canonical}">
<meta property="og:site_name" content="{SITE}">
{extra}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="https://api.w.org/" href="{base}/wp-json/">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<link rel="stylesheet" id="elementor-post-345-css" href="/wp-content/uploads/elementor/css/post-345.css?ver=1733300000" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.5">
<meta name="generator" content="Elementor 3.23.4; features: e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled">
</head>
"""


def _page(request: Request, title: str, canonical: str, body_cls: str, main: str, extra: str = "",
          og_type: str = "website") -> Response:
    doc = (
        _head(request, title, canonical, extra, og_type)
        + f'<body class="{body_cls} wp-custom-logo elementor-default elementor-kit-6">\n'
        '<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>\n'
        + _header() + "\n" + main + "\n" + _footer()
        + '\n<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2"></script>'
        '\n<script>window.lazyLoadOptions={elements_selector:"img[data-lazy-src]"};</script>'
        + "\n</body>\n</html>\n"
    )
    return html(doc, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in items:
        if href:
            parts.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return _widget("breadcrumbs", f'<p id="breadcrumbs"><span>{" » ".join(parts)}</span></p>', "bc-" + items[-1][0])


def _cat_crumbs(slug: str) -> list[tuple[str, str | None]]:
    chain = []
    while slug:
        chain.insert(0, (CATS[slug][0], cat_path(slug)))
        slug = CATS[slug][1]
    return [("Trang chủ", "/"), *chain]


def _two_cols(main: list[str], seed: str) -> str:
    left = _hid(seed + "L")
    right = _hid(seed + "R")
    return (
        f'<main id="content" class="site-main">\n'
        f'<div class="elementor-element elementor-element-{_hid(seed)} e-flex e-con-boxed e-con e-parent" '
        f'data-id="{_hid(seed)}" data-element_type="container"><div class="e-con-inner">\n'
        f'<div class="elementor-element elementor-element-{left} e-con-full e-flex e-con e-child" '
        f'data-id="{left}" data-element_type="container">\n' + "\n".join(main) + "\n</div>\n"
        f'<div class="elementor-element elementor-element-{right} e-con-full e-flex e-con e-child" '
        f'data-id="{right}" data-element_type="container">\n{_sidebar()}\n</div>\n</div></div>\n</main>'
    )


# --- loop grid ------------------------------------------------------------------------------


def _post_classes(s: Story) -> str:
    thumb = " has-post-thumbnail" if s.opts.get("featured") else ""
    cats = " ".join(f"category-{c}" for c in sorted(_cats(s)))
    return f"post-{s.id} post type-post status-publish format-standard{thumb} hentry {cats}"


def _loop_item(s: Story) -> str:
    url = post_path(s)
    short = excerpt(s)
    words = short.split()
    if len(words) > 22:
        short = " ".join(words[:22]) + "…"
    inner = _container(
        [
            _widget("theme-post-featured-image", f'<a href="{url}"><img loading="lazy" width="300" height="200" '
                    f'src="{_thumb(s)}" class="attachment-medium size-medium" alt=""></a>', f"li-img-{s.id}"),
            _widget("theme-post-title", f'<h3 class="elementor-heading-title elementor-size-default"><a href="{url}">'
                    f"{esc(s.title)}</a></h3>", f"li-t-{s.id}"),
            _widget("post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                    '<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished">'
                    '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--'
                    f'type-date"><time>{_dmy(s.opts["posted"])}</time></span></li></ul>', f"li-d-{s.id}"),
            _widget("theme-post-excerpt", f"<p>{esc(short)}</p>", f"li-e-{s.id}"),
            _widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-'
                    f'link elementor-size-sm" href="{url}"><span class="elementor-button-content-wrapper"><span '
                    'class="elementor-button-text">Đọc tiếp</span></span></a></div>', f"li-b-{s.id}"),
        ],
        f"li-{s.id}",
    )
    return (
        f'<div data-elementor-type="loop-item" data-elementor-id="812" class="elementor elementor-812 e-loop-item '
        f'e-loop-item-{s.id} {_post_classes(s)}" data-elementor-post-type="elementor_library" '
        f'data-custom-edit-handle="1">\n{inner}\n</div>'
    )


def _loop_grid(stories: list[Story], wid: str, pager: str = "") -> str:
    items = "\n".join(_loop_item(s) for s in stories) or (
        '<div class="e-loop-nothing-found-message">Không tìm thấy bài viết nào.</div>'
    )
    return (
        f'<div class="elementor-element elementor-element-{wid} elementor-grid-3 elementor-grid-tablet-2 '
        f'elementor-grid-mobile-1 elementor-widget elementor-widget-loop-grid" data-id="{wid}" '
        'data-element_type="widget" data-settings="{&quot;template_id&quot;:&quot;812&quot;,'
        '&quot;pagination_type&quot;:&quot;numbers&quot;}" data-widget_type="loop-grid.post">\n'
        '<div class="elementor-widget-container">\n'
        f'<div class="elementor-loop-container elementor-grid">\n{items}\n</div>\n{pager}\n</div>\n</div>'
    )


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}?e-page-{LOOP_ID}={n}"

    parts = []
    if page > 1:
        parts.append(f'<a class="page-numbers prev" href="{href(page - 1)}">« Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">'
                         f"Trang</span>{n}</span>")
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}"><span class="elementor-screen-only">Trang</span>'
                         f"{n}</a>")
    if page < pages:
        parts.append(f'<a class="page-numbers next" href="{href(page + 1)}">Sau »</a>')
    return '<nav class="elementor-pagination" aria-label="Phân trang">\n' + "\n".join(parts) + "\n</nav>"


# --- page renderers -------------------------------------------------------------------------


def _post_info(s: Story) -> str:
    t = s.opts["posted"]
    account = s.opts.get("author", "Quản trị viên")
    terms = ", ".join(
        f'<a href="{cat_path(c)}" class="elementor-post-info__terms-list-item">{esc(CATS[c][0])}</a>'
        for c in sorted(_cats(s), key=lambda c: CATS[c][0])
    )

    def li(kind: str, inner: str, icon: str, prop: str = "") -> str:
        p = f' itemprop="{prop}"' if prop else ""
        return (
            f'<li class="elementor-icon-list-item elementor-repeater-item-{_hid(kind + str(s.id))} '
            f'elementor-inline-item"{p}><span class="elementor-icon-list-icon"><svg aria-hidden="true" '
            f'class="e-font-icon-svg e-far-{icon}" viewBox="0 0 512 512"><path d="M0 0h512v512H0z"></path></svg>'
            f'</span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--'
            f'type-{kind}">{inner}</span></li>'
        )

    items = [
        li("author", f'<span class="elementor-post-info__item-prefix">Người đăng: </span>{esc(account)}', "user-circle",
           "author"),
        li("date", f"<time>{_date_words(t)}</time>", "calendar-alt", "datePublished"),
        li("time", f"<time>{_time_vi(t)}</time>", "clock"),
        li("terms", f'<span class="elementor-post-info__terms-list">{terms}</span>', "folder", "about"),
    ]
    if "modified" in s.opts:
        m = s.opts["modified"]
        items.append(li("custom", f"Cập nhật: {_date_words(m)} {_time_vi(m)}", "edit"))
    if "comments" in s.opts:
        items.append(li("comments", f'<a href="{post_path(s)}#comments">{len(s.opts["comments"])} bình luận</a>',
                        "comment-dots", "commentCount"))
    return _widget("post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n'
                   + "\n".join(items) + "\n</ul>", f"pi-{s.id}")


def _comments(s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments")
    if not comments:
        return ""
    url = post_path(s)
    hide = "" if reply_to else ' style="display:none;"'
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"'
        f"{hide}>Hủy</a></small></h3>"
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" '
        'name="comment" cols="45" rows="8" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên</label><input id="author" name="author" '
        'type="text" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" '
        f'class="submit" value="Phản hồi"><input type="hidden" name="comment_post_ID" value="{s.id}">'
        f'<input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}"></p></form></div>'
    )

    def one(c: tuple) -> str:
        cid, parent, who, t, text = c
        y, m, d, h, mi = t
        kids = [k for k in comments if k[1] == cid]
        child = ('<ol class="children">\n' + "\n".join(one(k) for k in kids) + "\n</ol>") if kids else ""
        here = form if reply_to == cid else ""
        return (
            f'<li id="comment-{cid}" class="comment even depth-{2 if parent else 1}">\n'
            f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="/wp-content/uploads/2026/08/avatar-mac-dinh.png" '
            f'class="avatar avatar-42 photo" height="42" width="42"><b class="fn">{esc(who)}</b> '
            '<span class="says">viết:</span></div><div class="comment-metadata">'
            f'<a href="{url}#comment-{cid}"><time datetime="{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00">'
            f"{_date_words(t)} lúc {_time_vi(t)}</time></a></div></footer>"
            f'<div class="comment-content"><p>{esc(text)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" '
            f'data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" '
            f'data-respondelement="respond" aria-label="Trả lời {esc(who)}">Trả lời</a></div></article>\n'
            f"{here}{child}\n</li>"
        )

    top = "\n".join(one(c) for c in comments if c[1] == 0)
    return _widget(
        "post-comments",
        f'<section id="comments" class="comments-area">\n<h2 class="title-comments">{len(comments)} phản hồi về '
        f'“{esc(s.title)}”</h2>\n<ol class="comment-list">\n{top}\n</ol>\n{"" if reply_to else form}\n</section>',
        f"cm-{s.id}",
        "elementor-widget-theme-post-comments",
    )


def render_post(request: Request, s: Story, reply_to: int | None = None) -> Response:
    path = post_path(s)
    t = s.opts["posted"]
    primary = _cats(s)[0]
    base = base_url(request)
    feat = s.opts.get("featured") or DEFAULT_THUMB
    ex = excerpt(s)
    account = s.opts.get("author", "Quản trị viên")
    desc = f'<meta name="description" content="{esc(s.summary)}">\n' if s.summary else ""
    mod = s.opts.get("modified", t)
    schema = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{base}{path}#article",
                "isPartOf": {"@id": f"{base}{path}"},
                "author": {"name": account, "@id": f"{base}/#/schema/person/{_hid(account)}"},
                "headline": s.title,
                "datePublished": _utc(t),
                "dateModified": _utc(mod),
                "mainEntityOfPage": {"@id": f"{base}{path}"},
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{base}{path}#primaryimage"},
                "thumbnailUrl": f"{base}{feat}",
                "articleSection": sorted(CATS[c][0] for c in _cats(s)),
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{base}{path}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": i + 1, "name": n, **({"item": base + h} if h else {})}
                    for i, (n, h) in enumerate([*_cat_crumbs(primary), (s.title, None)])
                ],
            },
        ],
    }
    extra = (
        desc
        + '<meta property="article:publisher" content="https://www.facebook.com/thptlequydon.dongha">\n'
        f'<meta property="article:published_time" content="{_utc(t)}">\n'
        f'<meta property="article:modified_time" content="{_utc(mod)}">\n'
        f'<meta property="og:image" content="{base}{feat}">\n'
        f'<meta name="author" content="{esc(account)}">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        f'<meta name="twitter:label1" content="Được viết bởi"><meta name="twitter:data1" content="{esc(account)}">\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc"><meta name="twitter:data2" content="2 phút">\n'
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(schema, ensure_ascii=False).replace("</", "<\\/")
        + "</script>\n"
        f'<link rel="shortlink" href="{base}/?p={s.id}">\n'
        f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{s.id}">'
    )
    if reply_to:
        extra = '<meta name="robots" content="noindex, follow">\n' + extra
    related = [r for r in _newest(primary, exclude=s.id)][:2]
    main = [
        _crumbs([*_cat_crumbs(primary), (s.title, None)]),
        _widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(s.title)}</h1>',
                f"pt-{s.id}"),
        _post_info(s),
        _widget("theme-post-featured-image", _lazy_img(feat, cls="attachment-large size-large wp-post-image",
                                                       srcset=False), f"fi-{s.id}"),
        _widget("theme-post-excerpt", f"<p>{esc(ex)}</p>", f"ex-{s.id}"),
        _widget("theme-post-content", content_html(s), f"pc-{s.id}"),
        _widget("share-buttons", '<div class="elementor-grid"><div class="elementor-grid-item"><div class="'
                'elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Chia sẻ '
                'lên facebook"><span class="elementor-share-btn__title">Chia sẻ</span></div></div><div class="'
                'elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_print" role="button" '
                'tabindex="0" aria-label="In bài viết"><span class="elementor-share-btn__title">In</span></div>'
                "</div></div>", f"sh-{s.id}"),
        _widget("heading", '<h2 class="elementor-heading-title elementor-size-default">Bài viết liên quan</h2>',
                f"rl-h-{s.id}"),
        _loop_grid(related, _hid(f"rel-{s.id}")),
        _comments(s, reply_to),
    ]
    single = (
        f'<div data-elementor-type="single-post" data-elementor-id="345" class="elementor elementor-345 '
        f'elementor-location-single {_post_classes(s)}" data-elementor-post-type="elementor_library">\n'
        + _two_cols(main, f"single-{s.id}") + "\n</div>"
    )
    body_cls = (
        f"post-template-default single single-post postid-{s.id} single-format-standard elementor-page-345"
    )
    return _page(request, f"{s.title} - {SITE}", path, body_cls, single, extra, "article")


def render_archive(request: Request, slug: str, page: int) -> Response | None:
    posts = _newest(slug)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages and page > 1 and "e-page" not in request.query:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    base = cat_path(slug)
    name = CATS[slug][0]
    canonical = base if page == 1 else f"{base}page/{page}/"
    host = base_url(request)
    rels = ""
    if page > 1:
        rels += f'<link rel="prev" href="{host}{base if page == 2 else f"{base}page/{page - 1}/"}">\n'
    if page < pages:
        rels += f'<link rel="next" href="{host}{base}page/{page + 1}/">\n'
    title = f"{name} - {SITE}" if page == 1 else f"{name} - Trang {page} trên {pages} - {SITE}"
    main = [
        _crumbs([*_cat_crumbs(slug)[:-1], (name, None)]),
        _widget("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">Chuyên mục: '
                f"{esc(name)}</h1>", f"at-{slug}"),
        _loop_grid(chunk, LOOP_ID, _pager(base, page, pages)),
    ]
    archive = (
        '<div data-elementor-type="archive" data-elementor-id="402" class="elementor elementor-402 '
        'elementor-location-archive" data-elementor-post-type="elementor_library">\n'
        + _two_cols(main, f"arch-{slug}") + "\n</div>"
    )
    body_cls = f"archive category category-{slug} category-{CATS[slug][2]} elementor-page-402"
    return _page(request, title, canonical, body_cls, archive, rels.rstrip())


def render_home(request: Request) -> Response:
    notices = "\n".join(
        f'<article class="elementor-post elementor-grid-item post-{s.id}"><div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{post_path(s)}">{esc(s.title)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{_dmy(s.opts["posted"])}</span>'
        "</div></div></article>"
        for s in _newest("thong-bao")[:3]
    )
    buttons = "\n".join(
        _widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link '
                f'elementor-size-sm" href="{cat_path(c)}"><span class="elementor-button-text">Xem tất cả '
                f"{esc(CATS[c][0])} →</span></a></div>", f"home-btn-{c}")
        for c in ("tin-tuc", "thong-bao", "chuyen-mon")
    )
    main = [
        _widget("image", '<img width="1200" height="400" src="/wp-content/uploads/2026/08/banner-truong-lqd.jpg" '
                'class="attachment-full size-full" alt="Trường THPT Lê Quý Đôn">', "home-banner"),
        _widget("text-editor", "<p>Chào mừng quý vị đến với Cổng thông tin điện tử Trường THPT Lê Quý Đôn – "
                "Đông Hà. Năm học 2026-2027: “Đổi mới, sáng tạo, nâng cao chất lượng giáo dục toàn diện”.</p>",
                "home-welcome"),
        _widget("heading", '<h2 class="elementor-heading-title elementor-size-default">TIN MỚI NHẤT</h2>', "home-h1"),
        _loop_grid(STORIES[:4], "9b2e4d1"),
        _widget("heading", '<h2 class="elementor-heading-title elementor-size-default">THÔNG BÁO</h2>', "home-h2"),
        _widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">\n{notices}\n</div>',
                "home-notices", "elementor-posts--skin-classic"),
        buttons,
    ]
    doc = (
        '<div data-elementor-type="wp-page" data-elementor-id="2" class="elementor elementor-2" '
        'data-elementor-post-type="page">\n' + _two_cols(main, "home") + "\n</div>"
    )
    extra = '<meta name="description" content="Cổng thông tin điện tử Trường THPT Lê Quý Đôn, Đông Hà, Quảng Trị">'
    return _page(request, f"{SITE} – Đông Hà, Quảng Trị", "/", "home page-template-default page page-id-2 "
                 "elementor-page elementor-page-2", doc, extra)


def _staff_table() -> str:
    rows = [
        ("Nguyễn Thị Thu Hà", "Hiệu trưởng", "Ngữ văn"),
        ("Lê Văn Bình", "Phó Hiệu trưởng", "Tin học"),
        ("Hồ Thị Kim Oanh", "Phó Hiệu trưởng", "Hóa học"),
        ("Trần Minh Quân", "Bí thư Đoàn trường", "Giáo dục thể chất"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    return f"<table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr></thead><tbody>{trs}</tbody></table>"


PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường THPT Lê Quý Đôn được thành lập năm 1994 trên địa bàn thị xã (nay là thành phố) Đông Hà. "
        "Trải qua hơn 30 năm xây dựng và phát triển, Nhà trường đã trở thành địa chỉ giáo dục tin cậy của "
        "nhân dân trong tỉnh.</p><p>Năm học 2026-2027, trường có 36 lớp với gần 1.400 học sinh; 92 cán bộ, "
        "giáo viên, nhân viên, trong đó 38% có trình độ thạc sĩ.</p>",
    ),
    "doi-ngu-can-bo-giao-vien": ("Đội ngũ cán bộ, giáo viên", _staff_table()),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="elementor-gallery__container">'
        + "".join(
            f'<a class="e-gallery-item elementor-gallery-item" href="/wp-content/uploads/2026/{p}.jpg" '
            f'data-elementor-open-lightbox="yes"><img src="/wp-content/uploads/2026/{p}-300x200.jpg" alt="">'
            f'<div class="elementor-gallery-item__title">{esc(t)}</div></a>'
            for p, t in [("09/khai-giang-2026", "Lễ khai giảng năm học 2026-2027"),
                         ("11/le-20-11-toan-canh", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam"),
                         ("12/hoi-trai-01", "Hội trại Tuổi trẻ Lê Quý Đôn")]
        )
        + "</div>",
    ),
    "van-ban": (
        "Văn bản",
        '<ul class="elementor-icon-list-items">'
        '<li class="elementor-icon-list-item"><a href="/wp-content/uploads/2026/09/ke-hoach-nam-hoc-2026-2027.pdf">'
        '<span class="elementor-icon-list-text">Kế hoạch năm học 2026-2027</span></a></li>'
        '<li class="elementor-icon-list-item"><a href="/wp-content/uploads/2026/11/ke-hoach-hkpd-2026.pdf">'
        '<span class="elementor-icon-list-text">Kế hoạch Hội khỏe Phù Đổng cấp trường</span></a></li>'
        '<li class="elementor-icon-list-item"><a href="/wp-content/uploads/2026/09/quy-che-chi-tieu-noi-bo.pdf">'
        '<span class="elementor-icon-list-text">Quy chế chi tiêu nội bộ</span></a></li></ul>',
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Trường THPT Lê Quý Đôn – Số 35 Lý Thường Kiệt, phường Đông Lương, thành phố Đông Hà, tỉnh Quảng "
        "Trị.</p><p>Điện thoại: 0233 3852 417 – Email: c3lequydon@quangtri.edu.vn</p>"
        '<form class="elementor-form" method="post" name="Liên hệ"><input type="hidden" name="post_id" value="9">'
        '<input type="text" name="form_fields[name]" placeholder="Họ và tên"><input type="email" '
        'name="form_fields[email]" placeholder="Email"><textarea name="form_fields[message]"></textarea>'
        '<button type="submit" class="elementor-button">Gửi</button></form>',
    ),
}


def render_page(request: Request, slug: str) -> Response:
    title, inner = PAGES[slug]
    main = [
        _crumbs([("Trang chủ", "/"), (title, None)]),
        _widget("heading", f'<h1 class="elementor-heading-title elementor-size-default">{esc(title)}</h1>', f"pg-{slug}"),
        _widget("text-editor", inner, f"pg-body-{slug}"),
    ]
    pid = 100 + list(PAGES).index(slug)
    doc = (
        f'<div data-elementor-type="wp-page" data-elementor-id="{pid}" class="elementor elementor-{pid}" '
        'data-elementor-post-type="page">\n' + _two_cols(main, "page-" + slug) + "\n</div>"
    )
    return _page(request, f"{title} - {SITE}", f"/{slug}/", f"page-template-default page page-id-{pid} "
                 f"elementor-page elementor-page-{pid}", doc)


def render_search(request: Request, q: str) -> Response:
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()]
    main = [
        _widget("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">Kết quả tìm kiếm: '
                f"“{esc(q)}”</h1>", "search-title"),
        _loop_grid(hits[:PER_PAGE], LOOP_ID),
    ]
    extra = '<meta name="robots" content="noindex, follow">'
    return _page(request, f"Bạn đã tìm kiếm {q} - {SITE}", f"/?s={quote(q)}", "search search-results",
                 _two_cols(main, "search"), extra)


def render_feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link>"
        f"<dc:creator><![CDATA[{s.opts.get('author', 'Quản trị viên')}]]></dc:creator>"
        f"<category><![CDATA[{CATS[_cats(s)[0]][0]}]]></category>"
        f"<guid isPermaLink=\"false\">{base}/?p={s.id}</guid>"
        f"<description><![CDATA[{excerpt(s)}]]></description></item>\n"
        for s in STORIES[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{SITE}</title><link>{base}</link><language>vi</language>\n{items}</channel></rss>\n"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing --------------------------------------------------------------------------------

_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(?:([a-z0-9-]+)/)?$")
_CAT_RE = re.compile(r"^/category/([a-z0-9-]+)/(?:([a-z0-9-]+)/)?(?:page/(\d+)/)?$")
_PDFS = {
    "/wp-content/uploads/2026/11/ke-hoach-hkpd-2026.pdf",
    "/wp-content/uploads/2026/09/ke-hoach-nam-hoc-2026-2027.pdf",
    "/wp-content/uploads/2026/09/quy-che-chi-tieu-noi-bo.pdf",
}
_BY_PATH = {post_path(s): s for s in STORIES}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path in _PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/wp-json/"):
            return None
        resp = self._route(request, path)
        if resp is None and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            probe = Request(request.method, path + "/", "", request.headers)
            if self._route(probe, path + "/") is not None:
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        return resp

    def _route(self, request: Request, path: str) -> Response | None:
        params = request.params
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(post_path(story), 301) if story else None
            if "s" in params:
                return render_search(request, params["s"])
            return render_home(request)
        if path == "/feed/":
            return render_feed(request)
        m = _POST_RE.match(path)
        if m:
            story = _BY_PATH.get(f"/{m[1]}/{m[2]}/{m[3]}/{m[4]}/")
            if story is None:
                return None
            if m[5]:
                for img in story.images:
                    if img.style == "att" and _attachment_path(story, img) == path:
                        return redirect(img.src, 301)
                return None
            reply = params.get("replytocom")
            ids = {c[0] for c in story.opts.get("comments", [])}
            if reply is not None:
                if not reply.isdigit() or int(reply) not in ids:
                    return None
                return render_post(request, story, int(reply))
            return render_post(request, story)
        m = _CAT_RE.match(path)
        if m:
            first, second, num = m[1], m[2], m[3]
            if second:
                if first != CATS.get(second, ("", None))[1]:
                    return None
                slug = second
            else:
                if first not in CATS:
                    return None
                slug = first
                if CATS[slug][1]:
                    return redirect(cat_path(slug), 301)
            page = int(num) if num else 1
            if num and page == 1:
                return redirect(cat_path(slug), 301)
            epage = params.get(f"e-page-{LOOP_ID}")
            if epage is not None:
                if not epage.isdigit() or int(epage) < 1:
                    return None
                page = int(epage)
            return render_archive(request, slug, page)
        slug = path.strip("/")
        if slug in PAGES and path == f"/{slug}/":
            return render_page(request, slug)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = post_path(s)
    alts = [f"{path}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return gold_record(s, path, CATS[s.cat][0], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [f"/{slug}/" for slug in PAGES]
