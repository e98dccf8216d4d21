"""Sở Giáo dục và Đào tạo tỉnh Tiền Giang on WordPress 6 with the JNews magazine theme (blind fixture).

Platform
--------
WordPress 6.x, JNews 11 (``jeg_`` classes everywhere), Yoast SEO (canonical, og:*, JSON-LD graph,
``article:published_time`` in UTC), the AMP plugin in reader mode (``/<slug>/amp/``), a3 Lazy Load
for images inside classic posts, JNews' own lazyload (``jeg-empty.png`` placeholder plus
``data-src``) for featured images and thumbnails, WP-Polls and a visitor counter in the sidebar.
Posts are a mix of Gutenberg (``wp-block-*`` markup) and classic-editor posts (``wp-caption``
shortcodes, ``text-align`` inline styles, Word leftovers).

URL scheme
----------
- ``/`` start page: JNews page-builder home (hero block, "Tin mới" block with an AJAX "Xem thêm"
  load-more button, one block per section, a trending ticker, a mega menu).
- ``/<slug>/`` posts *and* static pages (postname permalinks; same shape for both);
  ``/<slug>/amp/`` their AMP copy; ``/<slug>/?replytocom=<n>`` comment reply links;
  ``/?p=<id>`` shortlinks (301 to the permalink); a path without its trailing slash 301s.
- ``/category/<parent>/<child>/`` and ``/category/<cat>/`` archives, 4 posts a page, numbered
  pagination ``/category/…/page/<n>/`` (``jeg_navigation jeg_pagination jeg_pagenav_1``);
  ``/category/<child>/`` (without the parent) 301s to the full path.
- ``/tag/<slug>/``, ``/author/<login>/`` (+ ``/page/<n>/``), ``/?s=<q>`` search, ``/feed/`` RSS
  (10 newest posts).
- ``POST /?ajax-request=jnews`` (``action=jnews_module_ajax_jnews_block_3``,
  ``data[current_page]=n``): JNews' load-more endpoint, JSON ``{"content": "<html>", "next": …}``
  with PHP-escaped slashes. GET on it answers ``0`` with 400, as admin-ajax does.

Page templates
--------------
Single post: dark top bar with the date ("Thứ Bảy, Tháng Mười Hai 5, 2026"), midbar with the
department's logo, bottom bar with the main menu (mega menu with thumbnails and titles of the
newest posts), breaking-news ticker; then ``div.jeg_breadcrumbs`` ("Trang chủ › Tin tức › Hoạt
động": categories only, no post title), ``h1.jeg_post_title``, optional ``h2.jeg_post_subtitle``,
``div.jeg_meta_container`` (author link, published date, "Cập nhật" date, categories, zoom
tool, comment count), share bar (``jeg_share_button``), ``div.jeg_featured`` with the featured
image and ``p.wp-caption-text``, ``div.entry-content > div.content-inner`` (the text; a floating
share bar sits before it inside ``entry-content``; JNews injects a "Đọc thêm" inline related box
into ``content-inner``), ``jeg_post_source`` box, ``jeg_post_tags``, author box, "Tin liên quan"
``jeg_postblock_22``, comments with reply links and the comment form; sidebar with "Đọc nhiều",
a links dropdown, WP-Polls and the visitor counter; footer with address/phone/email.

How each gold article is reached (4 posts a listing page, newest first)
----------------------------------------------------------------------
- Hoạt động (``/category/tin-tuc/hoat-dong/``, also listed by its parent ``/category/tin-tuc/``):
  5231, 5176, 5152, 5131 on page 1 (home blocks, ticker, mega menu, related lists);
  5044 and 5012 **only** on ``/page/2/`` of the section, of its parent, or ``/author/quantri/page/2/``.
- Giáo dục Trung học (``/category/chuyen-mon/giao-duc-trung-hoc/``, parent ``/category/chuyen-mon/``):
  5219, 5204, 5160, 5102 on page 1; 4987 **only** on ``/page/2/`` (or the author's page 3).
- Thông báo (``/category/thong-bao/``): 5198, 5187 (and 5204, filed there as a second category).

Traps (each with the gold it implies)
-------------------------------------
1. **Lazyload placeholders.** Featured images print ``src=".../jnews/assets/img/jeg-empty.png"``
   with the real file in ``data-src``/``data-srcset``; classic-post images print a3 Lazy Load's
   ``lazy_placeholder.gif`` as ``src``, the real file in ``data-src`` and again in a
   ``<noscript><img src>`` copy. Gold ``images``: the ``data-src`` path, once per photo; never the
   placeholders, never the noscript copy as a second image. Gutenberg images carry a ``srcset``:
   gold is the ``src`` as printed (the ``-1024x683`` file), not the largest ``srcset`` entry.
2. **Dates in words, in UTC, and a "Cập nhật" neighbour.** The visible date is WordPress' Vietnamese
   ``j F, Y`` ("3 Tháng Mười Hai, 2026", no time) followed by ``Cập nhật <date>, <time>``; the
   header clock prints the same word-month form. The time is only in Yoast's
   ``article:published_time`` / JSON-LD ``datePublished``, given in UTC (``+00:00``); for 5219 and
   5012 the UTC day is the day *before* the visible one. Gold: the published instant in +07:00
   ("2026-12-03T06:10:00+07:00"), never the modified time, never the UTC day.
3. **Subtitle as the sapo.** ``h2.jeg_post_subtitle`` between the headline and the meta line is the
   lead printed in its own element: gold ``summary`` = it, and it is the body's first paragraph.
   Posts without a subtitle have a bold first paragraph (5204: summary) or no sapo (null).
4. **"Đọc thêm" box inside the text.** JNews injects ``jnews_inline_related_post`` (a
   ``jeg_postblock_29`` with ``h3.jeg_post_title`` links and dates) between the second and third
   paragraph of ``content-inner``; a classic post also has a typed "Xem thêm: <link>" line. Not body.
5. **Primary category vs. printed categories.** 5204 is filed in "Giáo dục Trung học" and "Thông
   báo"; the meta line prints both ("Giáo dục Trung học, Thông báo"), both listings show it. Gold
   ``category`` = the breadcrumb's last crumb (Yoast primary category), "Giáo dục Trung học".
6. **Pages and a video post look like posts.** ``/gioi-thieu/``, ``/co-cau-to-chuc/``,
   ``/van-ban-chi-dao/``, ``/lien-he/`` share the ``/<slug>/`` shape and the ``h1.jeg_post_title``
   template (no date); ``/video-hop-mat-…/`` is a dated post of format video (an embed and one
   line). All NON_ARTICLES.
7. **Duplicates of one post.** ``/<slug>/amp/`` (linked by ``rel=amphtml``), ``?replytocom=<n>``
   reply links under comments (noindex, canonical to the post), ``/?p=<id>`` shortlinks: gold
   ``alt_paths``; the canonical path is the permalink.
8. **Bylines.** The meta author is a CMS account ("quantri", "Ban Biên tập", "vanphong"): nobody.
   The real signature is a right-aligned last paragraph: a name ("Minh Thư"), a name with a unit in
   brackets ("Lê Phương (Trường THCS …)" -> "Lê Phương"), a unit alone ("Phòng GDTrH" stays),
   "Tin, ảnh: Ngọc Hân" (author and photographer), "Tin: Minh Thư - Ảnh: Quốc Bảo".
9. **JNews source box.** 5152 prints its source in ``div.jeg_post_source`` ("Nguồn: Báo Ấp Bắc",
   an external link) *outside* ``content-inner``: gold ``source`` "Báo Ấp Bắc". 5012 closes with a
   "Theo baoapbac.vn" line: source "baoapbac.vn", not body.
10. **Featured image caption outside the text.** ``p.wp-caption-text`` under ``div.jeg_featured``
    is the featured photo's caption (gold: first image, with that caption); 5204's featured line is
    only "Ảnh: Hữu Chí": caption None, photographer "Hữu Chí".
11. **Load more / pagination.** The home page's "Xem thêm" is ``href="#"`` driving a POST to
    ``/?ajax-request=jnews``; the oldest posts are reachable only through the numbered pagination
    of the category (or author) archives. The RSS feed holds the 10 newest only.
12. **Text forms.** 5131 is a classic post pasted from Word: decomposed Unicode (NFD), ``<br />``
    separated lines in one ``<p>`` (each line a paragraph in gold), ``<p>&nbsp;</p>`` spacers.
    Gutenberg posts carry lists, a table (rows as paragraphs, cells joined " | "), a quote, a
    gallery (each figure's caption), a ``wp-block-file`` download (not body).
13. **Official notice.** 5187 is a notice typed as an official document (letterhead table, "Số:
    3125/TB-SGDĐT", "Tiền Giang, ngày 28 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Trần Văn Hòa"), posted two days later (30/11).
    Gold: date "2026-11-28" (the letterhead's day), author "Trần Văn Hòa", body without the
    letterhead, kind/subject lines, closing table and the attachment line.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` with a time taken from ``article:published_time`` (the page prints the instant
  there, converted to +07:00), except the official notice (its letterhead day, house rule).
- Featured image: part of the article's images (first), path = its ``data-src`` (the
  ``-750x375`` crop JNews displays), not the full-size file its ``<a>`` or og:image point to.
- Gallery captions and ``figcaption`` are captions; a caption printed in brackets loses them.
- Comments (names, dates, texts), the author box and "Tin liên quan" are chrome.
- A signature with a unit in brackets after the name keeps the name only; a unit alone is kept.
- ``category``: the breadcrumb's last crumb (the leaf section), not its parent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
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

NAME = "wp_jnews_magazine_sgddt"
PLATFORM = "WordPress 6 + JNews 11 (Yoast SEO, AMP reader mode, a3 Lazy Load)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo Tiền Giang"
ICT = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 5, 10, 0, tzinfo=ICT)
PER_PAGE = 4
THEME = "/wp-content/themes/jnews"
EMPTY = f"{THEME}/assets/img/jeg-empty.png"
A3_PLACEHOLDER = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"

MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# --- sections, users, tags -----------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    parent: str | None
    cid: int
    desc: str

    @property
    def path(self) -> str:
        return f"/category/{self.parent}/{self.slug}/" if self.parent else f"/category/{self.slug}/"


CATS = {
    c.slug: c
    for c in (
        Cat("tin-tuc", "Tin tức", None, 3, "Tin tức hoạt động của ngành giáo dục tỉnh Tiền Giang"),
        Cat("hoat-dong", "Hoạt động", "tin-tuc", 7, "Hoạt động của Sở và các đơn vị trực thuộc"),
        Cat("chuyen-mon", "Chuyên môn", None, 4, "Hoạt động chuyên môn các cấp học"),
        Cat("giao-duc-trung-hoc", "Giáo dục Trung học", "chuyen-mon", 11, "Giáo dục THCS, THPT"),
        Cat("thong-bao", "Thông báo", None, 5, "Thông báo của Sở Giáo dục và Đào tạo"),
        Cat("video", "Video", None, 9, "Video hoạt động ngành"),
    )
}

USERS = {"quantri": "quantri", "bbt": "Ban Biên tập", "vanphong": "vanphong"}

TAGS = {
    "giao-vien": "giáo viên",
    "stem": "STEM",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
    "hoc-sinh-gioi": "học sinh giỏi",
}


def _right(inner: str, gb: bool) -> Raw:
    """A right-aligned signature line, as each editor prints it."""
    if gb:
        return Raw(f'<p class="has-text-align-right">{inner}</p>')
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _file_block(href: str, label: str, mid: int) -> Raw:
    return Raw(
        f'<div class="wp-block-file"><a id="wp-block-file--media-{mid}" href="{href}">{esc(label)}</a>'
        f'<a href="{href}" class="wp-block-file__button wp-element-button" download '
        f'aria-describedby="wp-block-file--media-{mid}">Tải về</a></div>'
    )


U = "/wp-content/uploads"

LETTERHEAD = Raw(
    '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center;">UBND TỈNH TIỀN GIANG<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />———</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 3125/TB-SGDĐT</td>'
    '<td style="text-align: right;"><em>Tiền Giang, ngày 28 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 '
    "THPT năm học 2026-2027</strong></p>"
)
CLOSING = Raw(
    '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em><br />'
    "- Như trên;<br />- Giám đốc, các PGĐ Sở;<br />- Các phòng chuyên môn Sở;<br />"
    "- Website Sở;<br />- Lưu: VT, KT&amp;KĐCLGD.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Hòa</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=5231,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 – 2027",
        cat="hoat-dong",
        published_at="2026-12-04T16:40:00+07:00",
        summary=(
            "Sau gần hai tuần tranh tài, 94 giáo viên đã được công nhận danh hiệu giáo viên dạy giỏi "
            "cấp tỉnh bậc THPT, trong đó 21 giáo viên đạt loại xuất sắc."
        ),
        sapo_outside=True,
        authors=["Minh Thư"],
        blocks=[
            Img(
                f"{U}/2026/12/tong-ket-gvdg-thpt-750x375.jpg",
                "Lãnh đạo Sở GD&ĐT trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi xuất sắc",
                "Lãnh đạo Sở GD&ĐT trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi xuất sắc",
                style="featured",
            ),
            P(
                "Chiều ngày 4/12, tại Trường THPT Nguyễn Đình Chiểu (TP. Mỹ Tho), Sở Giáo dục và Đào tạo "
                "(GD&ĐT) tổ chức lễ tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 – 2027. "
                "Dự buổi lễ có ông Trần Văn Hòa, Phó Giám đốc Sở GD&ĐT; đại diện Công đoàn ngành, lãnh đạo các "
                "phòng chuyên môn thuộc Sở cùng hơn 200 giáo viên là thí sinh của hội thi."
            ),
            P(
                "Hội thi năm nay thu hút 112 giáo viên đến từ 36 trường THPT, trường phổ thông nhiều cấp học và "
                "trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên trên địa bàn tỉnh tham gia, ở 12 môn "
                "học. Mỗi giáo viên phải trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy "
                "và thực hành dạy hai tiết trên lớp, trong đó một tiết do Ban Tổ chức bốc thăm trước 3 ngày."
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, các tiết dạy đều được chuẩn bị công phu, bám sát yêu cầu của "
                "Chương trình giáo dục phổ thông 2018. Nhiều giáo viên mạnh dạn vận dụng các phương pháp dạy học "
                "tích cực như dạy học theo dự án, dạy học giải quyết vấn đề, khai thác hiệu quả học liệu số và "
                "phần mềm mô phỏng, giúp học sinh chủ động khám phá kiến thức."
            ),
            Img(
                f"{U}/2026/12/tiet-day-hoi-thi-gvdg-1024x683.jpg",
                "Một tiết dạy môn Vật lí tại Trường THPT Chuyên Tiền Giang trong khuôn khổ hội thi",
                "Một tiết dạy môn Vật lí tại Trường THPT Chuyên Tiền Giang trong khuôn khổ hội thi",
                style="gb",
            ),
            P(
                "Kết quả, có 94 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh, đạt tỉ lệ 83,9%; "
                "trong đó 21 giáo viên đạt loại xuất sắc. Các môn có tỉ lệ đạt cao là Ngữ văn, Tiếng Anh, Hóa học "
                "và Tin học."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Trần Văn Hòa ghi nhận sự nỗ lực của các thầy cô giáo trong bối cảnh "
                "vừa tham gia hội thi vừa bảo đảm nhiệm vụ giảng dạy thường xuyên. Ông đề nghị các đơn vị tổ chức "
                "chia sẻ, nhân rộng những tiết dạy tốt thông qua sinh hoạt tổ chuyên môn và các chuyên đề cấp "
                "cụm trường."
            ),
            Img(
                f"{U}/2026/12/trao-giay-chung-nhan-gvdg-1024x683.jpg",
                "Các giáo viên đạt danh hiệu giáo viên dạy giỏi xuất sắc chụp ảnh lưu niệm",
                "Các giáo viên đạt danh hiệu giáo viên dạy giỏi xuất sắc chụp ảnh lưu niệm",
                style="gb",
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng tặng giấy khen cho 8 tập thể có thành tích tốt trong công tác tổ chức, "
                "đăng cai hội thi."
            ),
            _right("<strong>Minh Thư</strong>", gb=True),
        ],
        opts={
            "local": "2026-12-04 16:40",
            "modified": "2026-12-05 08:12",
            "editor": "gb",
            "user": "quantri",
            "tags": ["giao-vien", "hoc-sinh-gioi"],
            "inline": (2, [5204, 5160]),
            "comments": [
                (812, "Nguyễn Thị Mai", "2026-12-04 20:15", "Chúc mừng các thầy cô đạt danh hiệu xuất sắc!"),
                (
                    815,
                    "Thầy Hùng THPT Cái Bè",
                    "2026-12-05 07:02",
                    "Mong Sở sớm chia sẻ video các tiết dạy tốt để giáo viên các trường học tập.",
                ),
            ],
        },
    ),
    Story(
        id=5219,
        slug="huong-dan-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027 cấp trung học",
        cat="giao-duc-trung-hoc",
        published_at="2026-12-03T06:10:00+07:00",
        authors=["Phòng Giáo dục Trung học"],
        blocks=[
            Img(f"{U}/2026/12/kiem-tra-hoc-ky-i-750x375.jpg", None, None, style="featured"),
            P(
                "Nhằm đánh giá đúng thực chất kết quả học tập của học sinh sau học kỳ I, Sở GD&ĐT vừa ban hành "
                "Công văn số 3187/SGDĐT-GDTrH hướng dẫn các phòng GD&ĐT, các trường THPT và trường phổ thông "
                "nhiều cấp học tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027."
            ),
            P("1. Yêu cầu chung", "h2"),
            P(
                "Việc kiểm tra, đánh giá thực hiện theo Thông tư số 22/2021/TT-BGDĐT quy định về đánh giá học "
                "sinh trung học cơ sở và học sinh trung học phổ thông; bảo đảm nghiêm túc, khách quan, đúng quy "
                "chế và phù hợp với điều kiện thực tế của từng đơn vị."
            ),
            P(
                "Các trường chủ động xây dựng kế hoạch kiểm tra, công khai kế hoạch đến học sinh và cha mẹ học "
                "sinh trước ít nhất 2 tuần.",
                "li",
            ),
            P(
                "Đề kiểm tra được xây dựng theo ma trận và bản đặc tả do tổ chuyên môn thống nhất, bảo đảm các "
                "mức độ nhận biết, thông hiểu và vận dụng.",
                "li",
            ),
            P("Không tổ chức kiểm tra quá hai môn trong một buổi; không kiểm tra vào ngày nghỉ lễ.", "li"),
            P("2. Lịch kiểm tra tập trung", "h2"),
            P("Đối với các môn kiểm tra theo đề chung của Sở, lịch cụ thể như sau:"),
            P("Khối lớp | Môn kiểm tra | Thời gian", "row"),
            P("Lớp 9 | Ngữ văn, Toán, Tiếng Anh | Từ 21/12 đến 23/12/2026", "row"),
            P("Lớp 12 | Ngữ văn, Toán, Lịch sử, Tiếng Anh | Từ 14/12 đến 17/12/2026", "row"),
            P("Lớp 10, lớp 11 | Các môn theo kế hoạch của trường | Từ 14/12 đến 26/12/2026", "row"),
            P("3. Tổ chức thực hiện", "h2"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm bảo mật đề, tổ chức coi, chấm và nhập điểm lên hệ thống "
                "quản lý trường học trước ngày 31/12/2026. Trong quá trình thực hiện, nếu có vướng mắc, các đơn "
                "vị liên hệ Phòng Giáo dục Trung học, điện thoại (0273) 3 873 415, để được hướng dẫn."
            ),
            _file_block(f"{U}/2026/12/3187-sgddt-gdtrh.pdf", "3187-SGDĐT-GDTrH_kiem tra HKI", 5220),
            _right("<strong><em>Phòng Giáo dục Trung học</em></strong>", gb=True),
        ],
        opts={
            "local": "2026-12-03 06:10",
            "editor": "gb",
            "user": "bbt",
            "tags": ["chuong-trinh-gdpt-2018"],
        },
    ),
    Story(
        id=5204,
        slug="trien-khai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc-nam-hoc-2026-2027",
        title="Triển khai Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-12-02T09:30:00+07:00",
        summary=(
            "Sở GD&ĐT vừa ban hành kế hoạch tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh "
            "trung học năm học 2026-2027, nhằm khuyến khích học sinh nghiên cứu, sáng tạo và vận dụng kiến "
            "thức đã học vào giải quyết những vấn đề thực tiễn của cuộc sống."
        ),
        authors=["Thanh Tâm"],
        photographers=["Hữu Chí"],
        blocks=[
            Img(f"{U}/2026/12/cuoc-thi-khkt-750x375.jpg", "Ảnh: Hữu Chí", None, style="featured"),
            P(
                "Sở GD&ĐT vừa ban hành kế hoạch tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh "
                "trung học năm học 2026-2027, nhằm khuyến khích học sinh nghiên cứu, sáng tạo và vận dụng kiến "
                "thức đã học vào giải quyết những vấn đề thực tiễn của cuộc sống.",
                "lead",
            ),
            P(
                "Đối tượng dự thi là học sinh đang học lớp 8, lớp 9 tại các trường THCS và học sinh từ lớp 10 đến "
                "lớp 12 tại các trường THPT, trường phổ thông nhiều cấp học trên địa bàn tỉnh. Mỗi dự án có không "
                "quá 2 học sinh và được đăng ký dự thi ở một trong 22 lĩnh vực theo quy định của Bộ GD&ĐT."
            ),
            P(
                "Mỗi đơn vị được đăng ký tối đa 3 dự án; riêng Trường THPT Chuyên Tiền Giang được đăng ký tối đa "
                "6 dự án. Hồ sơ đăng ký gửi về Sở GD&ĐT (qua Phòng Giáo dục Trung học) trước ngày 15/01/2027."
            ),
            Img(
                f"{U}/2026/12/khkt-nam-truoc.jpg",
                "Học sinh Trường THPT Gò Công trình bày dự án tại vòng chung kết năm học trước",
                "Học sinh Trường THPT Gò Công trình bày dự án tại vòng chung kết năm học trước",
                style="classic",
            ),
            P(
                "Cuộc thi dự kiến diễn ra trong hai ngày 05 và 06/02/2027 tại Trường THPT Chuyên Tiền Giang, gồm "
                "các phần trưng bày sản phẩm, trình bày dự án và trả lời phỏng vấn của Ban Giám khảo. Các dự án "
                "đạt giải cao sẽ được lựa chọn tham dự Cuộc thi khoa học, kỹ thuật cấp quốc gia."
            ),
            P(
                "Sở GD&ĐT đề nghị thủ trưởng các đơn vị quan tâm phân công giáo viên có kinh nghiệm hướng dẫn học "
                "sinh, đồng thời bảo đảm các dự án là sản phẩm do chính học sinh thực hiện, không sao chép dưới "
                "bất kỳ hình thức nào."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tap-huan-giao-vien-cot-can-day-hoc-mon-khoa-hoc-tu-nhien-'
                'cap-thcs/">Tập huấn giáo viên cốt cán dạy học môn Khoa học tự nhiên cấp THCS theo hướng tích '
                "hợp</a></p>"
            ),
            _right("<strong><em>Thanh Tâm</em></strong>", gb=False),
        ],
        opts={
            "local": "2026-12-02 09:30",
            "modified": "2026-12-04 09:00",
            "editor": "classic",
            "user": "bbt",
            "cats": ["giao-duc-trung-hoc", "thong-bao"],
            "tags": ["stem"],
        },
    ),
    Story(
        id=5198,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-nganh-giao-duc-dot-2-nam-2026",
        title="Thông báo kết quả xét tuyển viên chức ngành giáo dục đợt 2 năm 2026",
        cat="thong-bao",
        published_at="2026-12-01T14:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 2456/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tuyển dụng viên chức giáo dục "
                "đợt 2 năm 2026, Hội đồng xét tuyển đã hoàn thành việc kiểm tra, sát hạch đối với 146 thí sinh đủ "
                "điều kiện dự tuyển."
            ),
            P("Sở GD&ĐT thông báo kết quả xét tuyển như sau:"),
            P(
                "Tổng số chỉ tiêu tuyển dụng: 98 chỉ tiêu ở các vị trí giáo viên THPT, giáo viên giáo dục thường "
                "xuyên và nhân viên thư viện, thiết bị.",
                "li",
            ),
            P("Số thí sinh trúng tuyển: 91 thí sinh.", "li"),
            P("Số chỉ tiêu chưa tuyển đủ: 7 chỉ tiêu, chủ yếu ở các môn Tin học, Âm nhạc và Mĩ thuật.", "li"),
            P(
                "Danh sách thí sinh trúng tuyển được niêm yết công khai tại trụ sở Sở GD&ĐT và đăng tải trong tệp "
                "đính kèm bên dưới. Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Văn phòng Sở trước ngày "
                "20/12/2026 để được ký hợp đồng làm việc theo quy định."
            ),
            P(
                "Trong thời hạn 10 ngày kể từ ngày thông báo, thí sinh có quyền gửi đơn đề nghị phúc khảo kết quả "
                "(nếu có) về Hội đồng xét tuyển."
            ),
            _file_block(f"{U}/2026/12/ds-trung-tuyen-vien-chuc-dot-2.pdf", "DS trung tuyen VC dot 2-2026", 5199),
        ],
        opts={"local": "2026-12-01 14:00", "editor": "gb", "user": "vanphong", "tags": []},
    ),
    Story(
        id=5187,
        slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-28",
        authors=["Trần Văn Hòa"],
        blocks=[
            LETTERHEAD,
            P(
                "Thực hiện Kế hoạch số 2210/KH-SGDĐT ngày 20/8/2026 về tổ chức các kỳ thi, cuộc thi năm học "
                "2026-2027, Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
                "năm học 2026-2027 như sau:"
            ),
            P(
                "1. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và "
                "Giáo dục kinh tế và pháp luật."
            ),
            P(
                "2. Đối tượng dự thi: học sinh đang học lớp 12 tại các trường THPT, trường phổ thông nhiều cấp học "
                "và học viên lớp 12 tại các trung tâm GDNN-GDTX có kết quả học tập học kỳ I từ mức Khá trở lên."
            ),
            P(
                "3. Thời gian thi: ngày 13/01/2027 (thi viết, buổi sáng); riêng môn Tin học thi thực hành trên máy "
                "tính vào buổi chiều cùng ngày."
            ),
            P("4. Địa điểm thi: Trường THPT Chuyên Tiền Giang, TP. Mỹ Tho."),
            P(
                "5. Hồ sơ đăng ký: các đơn vị nhập danh sách thí sinh trên phần mềm quản lý thi và gửi danh sách có "
                "xác nhận của Thủ trưởng đơn vị về Sở GD&ĐT (qua Phòng Khảo thí và Kiểm định chất lượng giáo dục) "
                "trước ngày 18/12/2026."
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị triển khai thông báo này đến giáo viên, học "
                "sinh và tổ chức thực hiện nghiêm túc./."
            ),
            CLOSING,
            Raw(
                f'<p>File đính kèm: <a href="{U}/2026/11/3125-tb-sgddt.pdf">3125-TB-SGDĐT.pdf</a></p>'
            ),
        ],
        opts={"local": "2026-11-30 08:05", "editor": "classic", "user": "vanphong", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=5176,
        slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-huyen-go-cong-dong",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh huyện Gò Công Đông",
        cat="hoat-dong",
        published_at="2026-11-28T10:15:00+07:00",
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        blocks=[
            Img(f"{U}/2026/11/hoc-bong-tiep-suc-750x375.jpg", None, None, style="featured"),
            P(
                "Sáng 28/11, tại Trường THCS Tân Thành, huyện Gò Công Đông, Sở GD&ĐT phối hợp với Quỹ Khuyến học "
                "tỉnh và Công ty TNHH Thực phẩm Việt Thái tổ chức trao 120 suất học bổng “Tiếp sức đến trường” cho "
                "học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn huyện."
            ),
            P(
                "Mỗi suất học bổng gồm 2 triệu đồng tiền mặt, 1 chiếc xe đạp và bộ dụng cụ học tập; tổng giá trị "
                "chương trình hơn 480 triệu đồng. Các em nhận học bổng được lựa chọn từ 18 trường tiểu học và THCS "
                "trong huyện, phần lớn là con em gia đình hộ nghèo, hộ cận nghèo, mồ côi cha hoặc mẹ."
            ),
            Img(
                f"{U}/2026/11/hoc-bong-tiep-suc-1.jpg",
                "Đại diện nhà tài trợ trao học bổng cho học sinh Trường THCS Tân Thành",
                "Đại diện nhà tài trợ trao học bổng cho học sinh Trường THCS Tân Thành",
                style="classic",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Sở GD&ĐT cảm ơn sự đồng hành của các nhà tài trợ, đồng "
                "thời mong muốn các em học sinh tiếp tục nỗ lực vượt qua khó khăn, chăm ngoan, học giỏi để trở "
                "thành người có ích cho gia đình và xã hội."
            ),
            P(
                "Em Trần Thị Mỹ Duyên, học sinh lớp 8/2 Trường THCS Tân Thành, xúc động chia sẻ: “Nhà em ở xa "
                "trường gần 5 cây số, chiếc xe đạp mới sẽ giúp em đi học đều đặn hơn. Em hứa sẽ cố gắng học thật "
                "giỏi để không phụ lòng thầy cô và các cô chú”."
            ),
            Img(
                f"{U}/2026/11/hoc-bong-tiep-suc-2.jpg",
                "(Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu)",
                "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
                style="classic",
            ),
            P(
                "Chương trình học bổng “Tiếp sức đến trường” được duy trì từ năm 2019 đến nay, đã trao hơn 900 "
                "suất học bổng cho học sinh các huyện phía Đông của tỉnh."
            ),
            _right("<strong>Tin, ảnh: Ngọc Hân</strong>", gb=False),
        ],
        opts={
            "local": "2026-11-28 10:15",
            "editor": "classic",
            "user": "quantri",
            "tags": [],
            "comments": [(790, "Phụ huynh Gò Công", "2026-11-28 21:40", "Cảm ơn nhà trường và các nhà hảo tâm.")],
        },
    ),
    Story(
        id=5160,
        slug="tap-huan-giao-vien-cot-can-day-hoc-mon-khoa-hoc-tu-nhien-cap-thcs",
        title="Tập huấn giáo viên cốt cán dạy học môn Khoa học tự nhiên cấp THCS theo hướng tích hợp",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-26T15:20:00+07:00",
        summary=(
            "Hơn 150 giáo viên cốt cán môn Khoa học tự nhiên cấp THCS được bồi dưỡng kỹ năng thiết kế bài dạy "
            "tích hợp, tổ chức hoạt động thực hành và đánh giá năng lực học sinh."
        ),
        sapo_outside=True,
        authors=["Lê Phương"],
        blocks=[
            Img(
                f"{U}/2026/11/tap-huan-khtn-750x375.jpg",
                "Giáo viên thực hành thí nghiệm trong buổi tập huấn tại Trường THCS Xuân Diệu",
                "Giáo viên thực hành thí nghiệm trong buổi tập huấn tại Trường THCS Xuân Diệu",
                style="featured",
            ),
            P(
                "Từ ngày 24 đến 26/11, Sở GD&ĐT tổ chức lớp tập huấn giáo viên cốt cán dạy học môn Khoa học tự "
                "nhiên cấp THCS theo hướng tích hợp cho hơn 150 giáo viên đến từ 11 phòng GD&ĐT huyện, thành phố, "
                "thị xã."
            ),
            P(
                "Báo cáo viên là các giảng viên Trường Đại học Tiền Giang và chuyên viên Phòng Giáo dục Trung học. "
                "Nội dung tập trung vào cách xây dựng kế hoạch dạy học theo chủ đề, phân công giảng dạy giữa các "
                "giáo viên có chuyên môn Vật lí, Hóa học, Sinh học và cách thiết kế hoạt động thí nghiệm với dụng "
                "cụ đơn giản, dễ làm."
            ),
            P("Những khó khăn khi dạy học tích hợp", "h3"),
            P(
                "Trong các buổi thảo luận, nhiều giáo viên cho biết việc một giáo viên phải dạy toàn bộ nội dung "
                "môn học vẫn còn là thách thức lớn, nhất là ở các trường vùng nông thôn có ít giáo viên. Các nhóm "
                "đã cùng nhau xây dựng ngân hàng câu hỏi và tiến trình dạy học cho một số chủ đề khó như “Năng "
                "lượng và sự biến đổi”, “Trao đổi chất và chuyển hóa năng lượng ở sinh vật”."
            ),
            P(
                "Giáo viên cốt cán phải là người lan tỏa, hỗ trợ đồng nghiệp ngay tại tổ chuyên môn của trường "
                "mình, chứ không dừng lại ở việc nhận chứng chỉ tập huấn.",
                "quote",
            ),
            P(
                "Kết thúc lớp tập huấn, các học viên đều hoàn thành sản phẩm là kế hoạch bài dạy chủ đề tích hợp "
                "và được cấp giấy chứng nhận. Sau tập huấn, giáo viên cốt cán sẽ tiếp tục hướng dẫn, bồi dưỡng lại "
                "cho giáo viên đại trà thông qua hệ thống bồi dưỡng trực tuyến trong tháng 12/2026."
            ),
            _right("<strong>Lê Phương</strong> (Trường THCS Thị trấn Chợ Gạo)", gb=True),
        ],
        opts={
            "local": "2026-11-26 15:20",
            "editor": "gb",
            "user": "quantri",
            "tags": ["chuong-trinh-gdpt-2018", "giao-vien"],
        },
    ),
    Story(
        id=5152,
        slug="hon-1-200-hoc-sinh-tham-gia-ngay-hoi-stem-tinh-tien-giang-lan-thu-iii",
        title="Hơn 1.200 học sinh tham gia Ngày hội STEM tỉnh Tiền Giang lần thứ III",
        cat="hoat-dong",
        published_at="2026-11-24T19:05:00+07:00",
        authors=["Thu Hà"],
        source="Báo Ấp Bắc",
        blocks=[
            Img(
                f"{U}/2026/11/ngay-hoi-stem-750x375.jpg",
                "Học sinh Trường THPT Chuyên Tiền Giang giới thiệu mô hình robot phân loại rác tại Ngày hội",
                "Học sinh Trường THPT Chuyên Tiền Giang giới thiệu mô hình robot phân loại rác tại Ngày hội",
                style="featured",
            ),
            P(
                "Ngày 23/11, tại Trường THPT Chuyên Tiền Giang, Sở GD&ĐT tổ chức Ngày hội STEM tỉnh Tiền Giang lần "
                "thứ III năm 2026 với sự tham gia của hơn 1.200 học sinh, giáo viên đến từ 42 trường THCS, THPT "
                "trong tỉnh."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động như trưng bày 86 sản phẩm STEM, thi lắp ráp và lập trình robot, thi "
                "thiết kế tên lửa nước, trải nghiệm thực tế ảo và các buổi nói chuyện chuyên đề về định hướng nghề "
                "nghiệp trong lĩnh vực khoa học, công nghệ."
            ),
            Img(f"{U}/2026/11/ngay-hoi-stem-2-1024x683.jpg", "Thi phóng tên lửa nước", "Thi phóng tên lửa nước", "gallery"),
            Img(
                f"{U}/2026/11/ngay-hoi-stem-3-1024x683.jpg",
                "Học sinh trải nghiệm kính thực tế ảo",
                "Học sinh trải nghiệm kính thực tế ảo",
                "gallery",
            ),
            P(
                "Nhiều sản phẩm gắn với thực tiễn địa phương được đánh giá cao như hệ thống cảnh báo xâm nhập mặn "
                "cho vườn sầu riêng, máy cho cá ăn tự động điều khiển bằng điện thoại, mô hình nhà kính trồng rau "
                "thủy canh sử dụng năng lượng mặt trời."
            ),
            P(
                "Theo Sở GD&ĐT, sau 3 năm triển khai, giáo dục STEM đã trở thành hoạt động thường xuyên ở nhiều "
                "trường học trong tỉnh; 100% trường THCS, THPT đã xây dựng kế hoạch giáo dục STEM, trong đó hơn 60% "
                "trường có câu lạc bộ STEM hoặc robotics hoạt động đều đặn."
            ),
            P(
                "Dịp này, Ban Tổ chức trao 24 giải cho các sản phẩm xuất sắc, trong đó giải Nhất thuộc về nhóm học "
                "sinh Trường THPT Trương Định (huyện Gò Công Tây) với sản phẩm “Hệ thống tưới tiết kiệm nước thông "
                "minh cho cây ăn trái”."
            ),
            _right("<strong>Thu Hà</strong>", gb=True),
        ],
        opts={
            "local": "2026-11-24 19:05",
            "editor": "gb",
            "user": "quantri",
            "tags": ["stem"],
            "source_box": ("Báo Ấp Bắc", "https://baoapbac.vn/giao-duc/202611/ngay-hoi-stem-lan-thu-iii-1056789/"),
        },
    ),
    Story(
        id=5131,
        slug="nganh-giao-duc-tien-giang-hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Ngành giáo dục Tiền Giang họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong",
        published_at="2026-11-19T09:00:00+07:00",
        authors=["Bảo Trân"],
        blocks=[
            Img(f"{U}/2026/11/hop-mat-20-11-750x375.jpg", "Quang cảnh buổi họp mặt", "Quang cảnh buổi họp mặt", "featured"),
            P(
                "Sáng 18/11, Sở GD&ĐT tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – "
                "20/11/2026). Đến dự có bà Lê Thị Thanh Nhàn, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành, đoàn "
                "thể tỉnh cùng các thế hệ nhà giáo tiêu biểu của ngành."
            ),
            P(
                "Năm học 2025-2026, toàn ngành có hơn 21.000 cán bộ quản lý, giáo viên, nhân viên đang công tác tại "
                "548 cơ sở giáo dục. Chất lượng giáo dục đại trà và mũi nhọn tiếp tục được giữ vững; tỉ lệ tốt "
                "nghiệp THPT đạt 99,3%; học sinh giỏi quốc gia đạt 34 giải, tăng 6 giải so với năm học trước."
            ),
            P(
                "Phát biểu tại buổi họp mặt, Phó Chủ tịch UBND tỉnh gửi lời chúc mừng, tri ân đến các thầy cô giáo "
                "và đề nghị ngành giáo dục tiếp tục đổi mới mạnh mẽ, đẩy mạnh chuyển đổi số, quan tâm hơn nữa đến "
                "đời sống vật chất, tinh thần của đội ngũ nhà giáo, nhất là giáo viên công tác ở vùng khó khăn."
            ),
            Img(
                f"{U}/2026/11/hop-mat-20-11-2.jpg",
                "Bà Lê Thị Thanh Nhàn, Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo",
                "Bà Lê Thị Thanh Nhàn, Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo",
                style="classic",
            ),
            P(
                "Dịp này, 15 nhà giáo được trao Kỷ niệm chương “Vì sự nghiệp giáo dục”; 42 tập thể và 87 cá nhân "
                "được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong năm học 2025-2026."
            ),
            P("Các nhà giáo được tuyên dương điển hình:"),
            P("- Thầy Nguyễn Văn Sáu, Trường THPT Cái Bè, 30 năm gắn bó với vùng Đồng Tháp Mười;", "br"),
            P("- Cô Phạm Thị Ngọc Ánh, Trường Tiểu học Tân Phú Đông, người “giữ lửa” lớp học tình thương;", "br"),
            P(
                "- Thầy Huỳnh Minh Khôi, Trường THPT Chuyên Tiền Giang, bồi dưỡng nhiều học sinh đạt giải quốc gia "
                "môn Tin học.",
                "br",
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Thay mặt các nhà giáo, thầy Nguyễn Văn Sáu bày tỏ niềm vinh dự và cho biết sẽ tiếp tục giữ gìn "
                "nhiệt huyết với nghề, cùng đồng nghiệp chăm lo cho học sinh vùng sâu."
            ),
            Raw("<p>&nbsp;</p>"),
            _right("<strong>Bảo Trân</strong>", gb=False),
        ],
        opts={
            "local": "2026-11-19 09:00",
            "modified": "2026-11-20 10:30",
            "editor": "classic",
            "nfd": True,
            "user": "quantri",
            "tags": ["giao-vien"],
        },
    ),
    Story(
        id=5102,
        slug="sinh-hoat-chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-mon-ngu-van",
        title="Sinh hoạt chuyên đề dạy học phát triển năng lực đọc hiểu môn Ngữ văn tại Trường THPT Chuyên Tiền Giang",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-12T14:30:00+07:00",
        summary=(
            "Chuyên đề giúp giáo viên Ngữ văn các trường THPT trong tỉnh trao đổi cách tổ chức hoạt động đọc "
            "hiểu văn bản theo thể loại, hướng đến phát triển năng lực tự đọc của học sinh."
        ),
        sapo_outside=True,
        authors=["Hoàng Yến"],
        blocks=[
            Img(
                f"{U}/2026/11/chuyen-de-ngu-van-750x375.jpg",
                "Tiết dạy minh họa bài “Chiếc thuyền ngoài xa” của cô Trần Ngọc Diễm",
                "Tiết dạy minh họa bài “Chiếc thuyền ngoài xa” của cô Trần Ngọc Diễm",
                style="featured",
            ),
            P(
                "Ngày 11/11, Sở GD&ĐT phối hợp với Trường THPT Chuyên Tiền Giang tổ chức sinh hoạt chuyên đề “Dạy "
                "học phát triển năng lực đọc hiểu văn bản theo đặc trưng thể loại” dành cho tổ trưởng chuyên môn và "
                "giáo viên Ngữ văn các trường THPT trong tỉnh."
            ),
            P(
                "Mở đầu chuyên đề, cô Trần Ngọc Diễm, giáo viên Trường THPT Chuyên Tiền Giang, thực hiện tiết dạy "
                "minh họa bài “Chiếc thuyền ngoài xa” (Nguyễn Minh Châu) với lớp 12 Văn. Tiết học được tổ chức theo "
                "các trạm đọc, học sinh làm việc nhóm để khám phá tình huống truyện, điểm nhìn trần thuật và thông "
                "điệp của tác phẩm."
            ),
            P(
                "Sau tiết dạy, các đại biểu tập trung thảo luận về việc lựa chọn văn bản ngoài sách giáo khoa để "
                "kiểm tra, đánh giá, cách xây dựng câu hỏi đọc hiểu theo các mức độ và kỹ thuật hướng dẫn học sinh "
                "viết đoạn văn nghị luận về một tác phẩm truyện."
            ),
            P(
                "Chuyên đề đã cung cấp thêm cho giáo viên những cách làm cụ thể, dễ áp dụng trong điều kiện lớp học "
                "đông học sinh. Sở GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên đề cấp trường, cấp "
                "cụm và chia sẻ học liệu lên kho học liệu số của ngành."
            ),
            _right("<strong>Hoàng Yến</strong>", gb=True),
        ],
        opts={"local": "2026-11-12 14:30", "editor": "gb", "user": "quantri", "tags": []},
    ),
    Story(
        id=5044,
        slug="doan-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-huyen-cai-be",
        title="Đoàn kiểm tra của Sở GD&ĐT làm việc về công tác phổ cập giáo dục, xóa mù chữ tại huyện Cái Bè",
        cat="hoat-dong",
        published_at="2026-10-27T08:20:00+07:00",
        authors=["Minh Thư"],
        photographers=["Quốc Bảo"],
        blocks=[
            Img(f"{U}/2026/10/kiem-tra-pho-cap-cai-be-750x375.jpg", None, None, style="featured"),
            P(
                "Từ ngày 23 đến 25/10, Đoàn kiểm tra của Sở GD&ĐT do ông Nguyễn Thanh Tùng, Phó Giám đốc Sở làm "
                "trưởng đoàn đã kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại huyện Cái Bè."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ tại Phòng GD&ĐT huyện, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện và "
                "trực tiếp làm việc tại 5 xã, thị trấn gồm Hậu Mỹ Bắc A, Mỹ Lợi A, An Hữu, Hòa Khánh và thị trấn "
                "Cái Bè."
            ),
            Img(
                f"{U}/2026/10/kiem-tra-pho-cap-cai-be-1.jpg",
                "Đoàn kiểm tra làm việc tại UBND xã Hậu Mỹ Bắc A",
                "Đoàn kiểm tra làm việc tại UBND xã Hậu Mỹ Bắc A",
                style="classic",
            ),
            P(
                "Qua kiểm tra, huyện Cái Bè tiếp tục duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi, "
                "phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2 và xóa mù chữ mức độ 2. Hồ sơ "
                "phổ cập được cập nhật đầy đủ trên hệ thống thông tin điện tử quản lý phổ cập giáo dục, xóa mù chữ."
            ),
            P(
                "Bên cạnh kết quả đạt được, Đoàn cũng chỉ ra một số hạn chế như tỉ lệ thanh, thiếu niên từ 15 đến "
                "18 tuổi có bằng tốt nghiệp THCS ở một số xã ven sông còn thấp; công tác vận động học sinh bỏ học "
                "trở lại lớp chưa thật sự hiệu quả."
            ),
            P(
                "Đoàn đề nghị huyện tiếp tục rà soát số liệu, tăng cường phối hợp giữa nhà trường với chính quyền "
                "địa phương, đoàn thể trong việc huy động trẻ trong độ tuổi ra lớp và mở các lớp xóa mù chữ tại ấp "
                "cho người lớn tuổi."
            ),
            _right("<em>Tin: Minh Thư - Ảnh: Quốc Bảo</em>", gb=False),
        ],
        opts={"local": "2026-10-27 08:20", "editor": "classic", "user": "quantri", "tags": []},
    ),
    Story(
        id=5012,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-tien-giang-lan-thu-xi-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Tiền Giang lần thứ XI năm 2026",
        cat="hoat-dong",
        published_at="2026-10-14T05:30:00+07:00",
        source="baoapbac.vn",
        blocks=[
            Img(
                f"{U}/2026/10/khai-mac-hkpd-750x375.jpg",
                "Các vận động viên diễu hành qua lễ đài tại lễ khai mạc",
                "Các vận động viên diễu hành qua lễ đài tại lễ khai mạc",
                style="featured",
            ),
            P(
                "Tối 13/10, tại Nhà thi đấu Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, Sở GD&ĐT phối hợp "
                "với Sở Văn hóa, Thể thao và Du lịch tổ chức khai mạc Hội khỏe Phù Đổng tỉnh Tiền Giang lần thứ XI "
                "năm 2026."
            ),
            P(
                "Hội khỏe năm nay có hơn 2.300 vận động viên là học sinh tiểu học, THCS và THPT của 11 huyện, thành, "
                "thị tham gia tranh tài ở 12 môn thi đấu gồm điền kinh, bơi lội, bóng đá, bóng chuyền, bóng bàn, cầu "
                "lông, cờ vua, võ cổ truyền, vovinam, taekwondo, đá cầu và kéo co."
            ),
            P(
                "Phát biểu khai mạc, ông Phan Văn Nghĩa, Giám đốc Sở GD&ĐT nhấn mạnh Hội khỏe Phù Đổng là dịp để "
                "đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường học, đồng thời phát "
                "hiện, tuyển chọn những học sinh có năng khiếu để bồi dưỡng, tham dự Hội khỏe Phù Đổng khu vực và "
                "toàn quốc."
            ),
            P("Các môn thi đấu diễn ra từ ngày 13 đến 26/10 tại 6 địa điểm trên địa bàn TP. Mỹ Tho và huyện Châu Thành."),
            _right("<em>Theo baoapbac.vn</em>", gb=True),
        ],
        opts={"local": "2026-10-14 05:30", "editor": "gb", "user": "quantri", "tags": []},
    ),
    Story(
        id=4987,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-trung-hoc",
        title="Hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục trung học",
        cat="giao-duc-trung-hoc",
        published_at="2026-10-08T15:00:00+07:00",
        authors=["Phòng GDTrH"],
        blocks=[
            Img(f"{U}/2026/10/hoi-nghi-gdtrh-750x375.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "featured"),
            P(
                "Ngày 7/10, Sở GD&ĐT tổ chức Hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục trung "
                "học. Tham dự hội nghị có lãnh đạo, chuyên viên phụ trách cấp THCS của các phòng GD&ĐT; hiệu trưởng "
                "các trường THPT, trường phổ thông nhiều cấp học và giám đốc các trung tâm GDNN-GDTX trong tỉnh."
            ),
            P("Nhìn lại năm học 2025-2026", "h3"),
            P(
                "Năm học 2025-2026, giáo dục trung học của tỉnh đạt nhiều kết quả nổi bật. Tỉ lệ học sinh THCS được "
                "đánh giá kết quả học tập từ mức Khá trở lên đạt 68,4%; tỉ lệ học sinh THPT đạt mức Khá, Tốt là "
                "81,2%. Kỳ thi tốt nghiệp THPT diễn ra an toàn, nghiêm túc với tỉ lệ tốt nghiệp 99,3%."
            ),
            P(
                "Toàn tỉnh có 34 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi quốc gia THPT, trong đó có 2 giải "
                "Nhì, 9 giải Ba và 23 giải Khuyến khích; 2 dự án đạt giải tại Cuộc thi khoa học, kỹ thuật cấp quốc gia."
            ),
            P("Nhiệm vụ trọng tâm năm học mới", "h3"),
            P("Năm học 2026-2027, giáo dục trung học tập trung thực hiện 6 nhiệm vụ trọng tâm:"),
            P(
                "Tiếp tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp; đổi mới "
                "phương pháp dạy học và kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh.",
                "li",
            ),
            P(
                "Nâng cao chất lượng giáo dục mũi nhọn, chú trọng bồi dưỡng học sinh giỏi và hướng dẫn học sinh "
                "nghiên cứu khoa học.",
                "li",
            ),
            P("Đẩy mạnh chuyển đổi số, triển khai học bạ số đối với cấp THCS và THPT.", "li"),
            P("Tăng cường giáo dục kỹ năng sống, giáo dục STEM và tư vấn hướng nghiệp, phân luồng học sinh sau THCS.", "li"),
            P("Thực hiện tốt công tác kiểm định chất lượng giáo dục và xây dựng trường đạt chuẩn quốc gia.", "li"),
            P("Nâng cao chất lượng đội ngũ giáo viên, cán bộ quản lý đáp ứng yêu cầu đổi mới.", "li"),
            P(
                "Tại hội nghị, đại biểu đã thảo luận nhiều giải pháp nhằm khắc phục tình trạng thiếu giáo viên các "
                "môn Tin học, Âm nhạc, Mĩ thuật và việc bố trí dạy học các môn học tích hợp ở cấp THCS."
            ),
            P(
                "Kết luận hội nghị, ông Nguyễn Thanh Tùng, Phó Giám đốc Sở GD&ĐT đề nghị các đơn vị bám sát hướng "
                "dẫn của Bộ GD&ĐT, xây dựng kế hoạch giáo dục nhà trường phù hợp với điều kiện thực tế và chú trọng "
                "giáo dục đạo đức, lối sống cho học sinh."
            ),
            _right("<strong>Phòng GDTrH</strong>", gb=False),
        ],
        opts={"local": "2026-10-08 15:00", "editor": "classic", "user": "quantri", "tags": []},
    ),
]

#: the video post: dated, filed in "Video", of format video; not an article (house rule)
VIDEO = Story(
    id=5140,
    slug="video-hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Video: Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="video",
    published_at=None,
    blocks=[
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
            '<iframe title="Họp mặt 20/11/2026 - Sở GD&amp;ĐT Tiền Giang" width="750" height="422" '
            'src="https://www.youtube.com/embed/Q8v1kXb3T0E?feature=oembed" frameborder="0" '
            'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
            "allowfullscreen></iframe></div></figure>"
        ),
        P("Video do Tổ Truyền thông Sở GD&ĐT thực hiện."),
    ],
    opts={"local": "2026-11-21 10:00", "editor": "gb", "user": "vanphong", "tags": [], "format": "video"},
)

ALL_POSTS: list[Story] = sorted([*STORIES, VIDEO], key=lambda s: s.opts["local"], reverse=True)
BY_ID = {s.id: s for s in ALL_POSTS}
BY_SLUG = {s.slug: s for s in ALL_POSTS}


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def _local(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def _utc_iso(value: str) -> str:
    return _local(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _wp_date(dt: datetime) -> str:
    """WordPress vi ``j F, Y``: "3 Tháng Mười Hai, 2026"."""
    return f"{dt.day} Tháng {MONTHS[dt.month - 1]}, {dt.year}"


def _ago(dt: datetime) -> str:
    """JNews' "ago" module date (human_time_diff in Vietnamese)."""
    secs = (NOW - dt).total_seconds()
    if secs < 3600:
        return f"{max(1, int(secs // 60))} phút trước"
    if secs < 86400:
        return f"{int(secs // 3600)} giờ trước"
    days = int(secs // 86400)
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _header_date() -> str:
    return f"{WEEKDAYS[NOW.weekday()]}, Tháng {MONTHS[NOW.month - 1]} {NOW.day}, {NOW.year}"


def _permalink(story: Story) -> str:
    return f"/{story.slug}/"


def _posts_in(cat_slug: str) -> list[Story]:
    """Posts of a section, its children included (as WordPress lists them), newest first."""
    slugs = {cat_slug} | {c.slug for c in CATS.values() if c.parent == cat_slug}
    return [s for s in ALL_POSTS if slugs & set(_cats(s))]


# --- static pages (NON_ARTICLES) -------------------------------------------------------------

PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (
        12,
        "Giới thiệu chung",
        "<p>Sở Giáo dục và Đào tạo tỉnh Tiền Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, "
        "giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ "
        "thông, giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>"
        "<p>Sở có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế "
        "và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về "
        "chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"
        '<p>Xem thêm: <a href="/co-cau-to-chuc/">Cơ cấu tổ chức</a></p>',
    ),
    "co-cau-to-chuc": (
        14,
        "Cơ cấu tổ chức",
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><td><strong>Ban Giám đốc</strong></td><td>Giám đốc: Phan Văn Nghĩa<br>Phó Giám đốc: Trần Văn Hòa"
        "<br>Phó Giám đốc: Nguyễn Thanh Tùng</td></tr>"
        "<tr><td><strong>Các phòng chuyên môn</strong></td><td>Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; "
        "Phòng Kế hoạch - Tài chính; Phòng Giáo dục Trung học; Phòng Giáo dục Tiểu học - Mầm non; Phòng Giáo "
        "dục thường xuyên - Chuyên nghiệp; Phòng Khảo thí và Kiểm định chất lượng giáo dục</td></tr>"
        "</tbody></table></figure>",
    ),
    "van-ban-chi-dao": (
        16,
        "Văn bản chỉ đạo",
        '<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành'
        "</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>"
        "<tr><td>3187/SGDĐT-GDTrH</td><td>02/12/2026</td><td>Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I"
        f'</td><td><a href="{U}/2026/12/3187-sgddt-gdtrh.pdf">PDF</a></td></tr>'
        "<tr><td>3125/TB-SGDĐT</td><td>28/11/2026</td><td>Thông báo tổ chức Kỳ thi chọn HSG cấp tỉnh lớp 12"
        f'</td><td><a href="{U}/2026/11/3125-tb-sgddt.pdf">PDF</a></td></tr>'
        "<tr><td>2210/KH-SGDĐT</td><td>20/08/2026</td><td>Kế hoạch tổ chức các kỳ thi, cuộc thi năm học "
        f'2026-2027</td><td><a href="{U}/2026/08/2210-kh-sgddt.pdf">PDF</a></td></tr>'
        "</tbody></table></figure>",
    ),
    "lien-he": (
        18,
        "Liên hệ",
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TIỀN GIANG</strong></p>"
        "<p>Địa chỉ: Số 11 đường 30/4, Phường 1, TP. Mỹ Tho, tỉnh Tiền Giang<br>Điện thoại: (0273) 3 872 "
        "447 – Fax: (0273) 3 873 260<br>Email: sgddt@tiengiang.gov.vn</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f210-p18-o1" lang="vi" dir="ltr">'
        '<form action="/lien-he/#wpcf7-f210-p18-o1" method="post" class="wpcf7-form init" novalidate="novalidate">'
        '<p><label> Họ và tên<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" '
        'name="your-name" value=""></label></p><p><label> Email<br><input size="40" type="email" '
        'name="your-email" value=""></label></p><p><label> Nội dung<br><textarea cols="40" rows="6" '
        'name="your-message"></textarea></label></p><p><input class="wpcf7-submit" type="submit" value="Gửi">'
        "</p></form></div>",
    ),
}


# --- markup pieces ---------------------------------------------------------------------------


def _thumb(story: Story, size: str = "350x250", cls: str = "size-715") -> str:
    """A JNews lazy thumbnail of another post (never gold)."""
    feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    src = feat.src.replace("-750x375", f"-{size}") if feat else f"{THEME}/assets/img/jeg-empty-{size}.jpg"
    w, h = size.split("x")
    return (
        f'<div class="thumbnail-container animate-lazy {cls}"><img width="{w}" height="{h}" src="{EMPTY}" '
        f'class="attachment-jnews-{size} size-jnews-{size} lazyload wp-post-image" alt="{esc(story.title)}" '
        f'decoding="async" data-src="{src}" data-sizes="auto" data-expand="700" /></div>'
    )


def _cat_link(slug: str) -> str:
    c = CATS[slug]
    return f'<a href="{c.path}" class="category-{c.slug}">{esc(c.name)}</a>'


def _item(story: Story, variant: str = "lg", excerpt: bool = False) -> str:
    """One ``article.jeg_post`` of a JNews block."""
    link = _permalink(story)
    dt = _local(story.opts["local"])
    thumb = (
        f'<div class="jeg_thumb"><a href="{link}">{_thumb(story)}</a>'
        f'<div class="jeg_post_category"><span>{_cat_link(_cats(story)[0])}</span></div></div>'
        if variant != "xs"
        else ""
    )
    exc = ""
    if excerpt:
        first = next((b.text for b in story.blocks if isinstance(b, P)), "")
        words = (story.summary or first).split()
        exc = (
            f'<div class="jeg_post_excerpt"><p>{esc(" ".join(words[:22]))}&hellip;</p>'
            f'<a href="{link}" class="jeg_readmore">Đọc tiếp</a></div>'
        )
    fmt = story.opts.get("format", "standard")
    return (
        f'<article class="jeg_post jeg_pl_{variant} format-{fmt}">{thumb}<div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{link}">{esc(story.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">bởi</span> '
        f'<a href="/author/{story.opts["user"]}/">{esc(USERS[story.opts["user"]])}</a></div>'
        f'<div class="jeg_meta_date"><a href="{link}"><i class="fa fa-clock-o"></i> {_ago(dt)}</a></div>'
        f"</div>{exc}</div></article>"
    )


def _block(title: str, items: str, num: int, link: str | None = None, loadmore: bool = False) -> str:
    head_link = (
        f'<div class="jeg_subcat jeg_aligncenter"><a href="{link}" class="jeg_subcat_all">Xem tất cả</a></div>'
        if link
        else ""
    )
    more = (
        '<div class="jeg_block_navigation"><div class="navigation_overlay"><div class="module-preloader '
        'module-loader"><div class="bounce1"></div><div class="bounce2"></div><div class="bounce3"></div></div>'
        '</div><div class="jeg_block_loadmore "><a href="#" class="" data-load="Xem thêm" '
        'data-loading="Đang tải..."> Xem thêm</a></div></div>'
        if loadmore
        else ""
    )
    uid = f"jnews_module_2{num:02d}_{num}_6571a{num}f0c"
    script = (
        f'<script>var {uid} = {{"header_icon":"","first_title":"{title}","number_post":"4","post_offset":"0",'
        f'"pagination_mode":"{"loadmore" if loadmore else "disable"}","paged":1,"column_class":"jeg_col_2o3",'
        f'"class":"jnews_block_{num}"}};</script>'
    )
    return (
        f'<div class="jeg_postblock_{num} jeg_postblock jeg_module_hook jeg_pagination_'
        f'{"loadmore" if loadmore else "disable"} jeg_col_2o3 {uid}" data-unique="{uid}">'
        f'<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
        f"<span>{esc(title)}</span></h3>{head_link}</div>"
        f'<div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{items}</div></div>'
        f"{more}{script}</div>"
    )


def _ticker() -> str:
    items = "".join(
        f'<div class="jeg_news_ticker_item jeg_news_ticker_animated {"jeg_news_ticker_active" if i == 0 else ""}">'
        f'<span><a href="{_permalink(s)}">{esc(s.title)}</a></span>'
        f'<span class="post-date">{_ago(_local(s.opts["local"]))}</span></div>'
        for i, s in enumerate(STORIES[:5])
    )
    return (
        '<div class="jeg_breakingnews clearfix"><div class="jeg_breakingnews_title"><i class="fa fa-bolt">'
        "</i>&nbsp;<span>Tin nổi bật</span></div>"
        '<div class="jeg_news_ticker" data-autoplay="true" data-delay="3000" data-direction="horizontal">'
        '<div class="jeg_news_ticker_control"><div class="jeg_news_ticker_next jeg_news_ticker_arrow">'
        '<span>Tiếp</span></div><div class="jeg_news_ticker_prev jeg_news_ticker_arrow"><span>Trước</span>'
        f'</div></div><div class="jeg_news_ticker_items">{items}</div></div></div>'
    )


def _megamenu(parent: str) -> str:
    c = CATS[parent]
    subs = [x for x in CATS.values() if x.parent == parent]
    subcat = "".join(f'<li data-cat-id="{x.cid}"><a href="{x.path}">{esc(x.name)}</a></li>' for x in subs)
    feed = "".join(
        f'<div class="jeg_newsfeed_item"><div class="jeg_thumb"><a href="{_permalink(s)}">'
        f'{_thumb(s, "360x180", "size-500")}</a></div><h3 class="jeg_post_title">'
        f'<a href="{_permalink(s)}">{esc(s.title)}</a></h3></div>'
        for s in _posts_in(parent)[:4]
    )
    return (
        f'<div class="sub-menu"><div class="jeg_newsfeed clearfix"><div class="jeg_newsfeed_subcat">'
        f'<ul class="jeg_subcat_item"><li data-cat-id="{c.cid}" class="active"><a href="{c.path}">Tất cả</a></li>'
        f'{subcat}</ul></div><div class="jeg_newsfeed_list"><div data-cat-id="{c.cid}" data-load-status="loaded" '
        f'class="jeg_newsfeed_container"><div class="newsfeed_carousel owl-carousel with_subcat">{feed}</div>'
        f'</div><div class="newsfeed_overlay"><div class="preloader_type preloader_circle"></div></div></div>'
        f"</div></div>"
    )


def _menu() -> str:
    def li(mid: int, href: str, label: str, extra: str = "", sub: str = "", cls: str = "") -> str:
        has = " menu-item-has-children" if sub else ""
        return (
            f'<li id="menu-item-{mid}" class="menu-item menu-item-type-{cls or "custom"} menu-item-{mid} bgnav'
            f'{has}{extra}" data-item-row="default"><a href="{href}">{esc(label)}</a>{sub}</li>'
        )

    intro_sub = (
        '<ul class="sub-menu">'
        + li(41, "/gioi-thieu/", "Giới thiệu chung", cls="post_type")
        + li(42, "/co-cau-to-chuc/", "Cơ cấu tổ chức", cls="post_type")
        + "</ul>"
    )
    return (
        '<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">'
        '<ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">'
        + li(25, "/", "Trang chủ", " menu-item-home")
        + li(40, "/gioi-thieu/", "Giới thiệu", sub=intro_sub, cls="post_type")
        + li(30, CATS["tin-tuc"].path, "Tin tức", " jeg_megamenu category_1", _megamenu("tin-tuc"), "taxonomy")
        + li(31, CATS["chuyen-mon"].path, "Chuyên môn", " jeg_megamenu category_1", _megamenu("chuyen-mon"), "taxonomy")
        + li(32, CATS["thong-bao"].path, "Thông báo", cls="taxonomy")
        + li(33, "/van-ban-chi-dao/", "Văn bản", cls="post_type")
        + li(34, CATS["video"].path, "Video", cls="taxonomy")
        + li(35, "/lien-he/", "Liên hệ", cls="post_type")
        + li(36, "https://dichvucong.tiengiang.gov.vn/", "Dịch vụ công")
        + "</ul></div></div>"
    )


def _header() -> str:
    return (
        '<div class="jeg_header_wrapper"><div class="jeg_header normal">'
        '<div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row">'
        '<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">'
        f'<div class="jeg_nav_item jeg_top_date">{_header_date()}</div>'
        '<div class="jeg_nav_item"><ul class="jeg_menu jeg_top_menu"><li><a href="https://tiengiang.gov.vn/" '
        'target="_blank">Cổng TTĐT tỉnh</a></li><li><a href="https://moet.gov.vn/" target="_blank">Bộ GD&amp;ĐT'
        '</a></li><li><a href="https://qlvb.tiengiang.gov.vn/" target="_blank">Quản lý văn bản</a></li></ul>'
        '</div></div></div><div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright">'
        '<div class="jeg_nav_item socials_widget jeg_social_icon_block nobg">'
        '<a href="https://www.facebook.com/sgddt.tiengiang" target="_blank" rel="external noopener nofollow" '
        'class="jeg_facebook"><i class="fa fa-facebook"></i> </a><a href="https://www.youtube.com/@sgddttiengiang" '
        'target="_blank" rel="external noopener nofollow" class="jeg_youtube"><i class="fa fa-youtube-play"></i> '
        "</a></div></div></div></div></div></div>"
        '<div class="jeg_midbar jeg_container dark normal"><div class="container"><div class="jeg_nav_row">'
        '<div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft">'
        '<div class="jeg_nav_item jeg_logo jeg_desktop_logo"><div class="site-title"><a href="/" '
        'style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="/wp-content/uploads/2024/03/logo-sgddt-tg.png" '
        'srcset="/wp-content/uploads/2024/03/logo-sgddt-tg.png 1x, /wp-content/uploads/2024/03/logo-sgddt-tg@2x.png '
        f'2x" alt="{SITE}" data-light-src="/wp-content/uploads/2024/03/logo-sgddt-tg.png" '
        'data-dark-src="/wp-content/uploads/2024/03/logo-sgddt-tg-dark.png" width="420" height="90"></a></div>'
        '</div></div></div><div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap '
        'jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class="ads-wrapper">'
        '<a href="https://tiengiang.gov.vn/chuyen-doi-so" target="_blank" class="adlink ads_image">'
        '<img src="/wp-content/uploads/2025/01/banner-chuyen-doi-so.jpg" alt="Chuyển đổi số ngành giáo dục" '
        'width="728" height="90"></a></div></div></div></div></div></div></div>'
        '<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal '
        'jeg_navbar_dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left '
        f'jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">{_menu()}</div></div>'
        '<div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright">'
        '<div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand">'
        '<a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a>'
        '<form action="/" method="get" class="jeg_search_form" target="_top">'
        '<input name="s" class="jeg_search_input" placeholder="Tìm kiếm..." type="text" value="" '
        'autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_button btn">'
        '<i class="fa fa-search"></i></button></form></div></div></div></div></div></div>'
        f'</div></div><div class="jeg_navbar_wrapper jeg_breaking_wrapper"><div class="container">{_ticker()}'
        "</div></div>"
    )


def _popular() -> str:
    picks = [BY_ID[i] for i in (5131, 5160, 5152, 5219)]
    items = "".join(
        f'<li class="post-{s.id}"><div class="jeg_thumb"><a href="{_permalink(s)}">{_thumb(s, "75x75", "size-1000")}'
        f'</a></div><div class="popularpost_item"><h3 class="jeg_post_title"><a href="{_permalink(s)}" '
        f'data-num="{n:02d}">{esc(s.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date">'
        f'{_local(s.opts["local"]).strftime("%d/%m/%Y")}</div><div class="jeg_meta_views"><i class="fa fa-eye"></i> '
        f"{s.views()} lượt xem</div></div></div></li>"
        for n, s in enumerate(picks, 1)
    )
    return (
        '<div class="widget widget_jnews_popular" id="jnews_popular-2"><div class="jeg_block_heading '
        'jeg_block_heading_6 jnews_5f21a"><h3 class="jeg_block_title"><span>Đọc nhiều</span></h3></div>'
        f'<div class="jeg_postblock"><ul class="popularpost_list">{items}</ul></div></div>'
    )


def _sidebar() -> str:
    return (
        '<div class="jeg_sidebar left jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">'
        f"{_popular()}"
        '<div class="widget widget_text" id="text-4"><div class="jeg_block_heading jeg_block_heading_6">'
        '<h3 class="jeg_block_title"><span>Liên kết website</span></h3></div><div class="textwidget">'
        '<select class="lk-web" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://tiengiang.gov.vn/">Cổng thông tin điện tử tỉnh Tiền Giang</option>'
        '<option value="https://baoapbac.vn/">Báo Ấp Bắc</option>'
        '<option value="https://thcs.tiengiang.edu.vn/">Cổng thông tin các trường THCS</option>'
        "</select><p><a href=\"https://dichvucong.gov.vn/\" target=\"_blank\">"
        '<img src="/wp-content/uploads/2024/03/banner-dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia" '
        'width="300" height="80"></a></p></div></div>'
        '<div class="widget widget_polls-widget" id="polls-widget-2"><div class="jeg_block_heading '
        'jeg_block_heading_6"><h3 class="jeg_block_title"><span>Thăm dò ý kiến</span></h3></div>'
        '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" '
        'method="post"><p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" '
        'value="a81c2f90de"></p><p style="display: none;"><input type="hidden" name="poll_id" value="3"></p>'
        '<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện mới của website?</strong></p>'
        '<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-9" name="poll_3" value="9"><label for="poll-answer-9">Đẹp, dễ '
        'sử dụng</label></li><li><input type="radio" id="poll-answer-10" name="poll_3" value="10">'
        '<label for="poll-answer-10">Bình thường</label></li><li><input type="radio" id="poll-answer-11" '
        'name="poll_3" value="11"><label for="poll-answer-11">Cần cải tiến</label></li></ul>'
        '<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " '
        'class="Buttons" onclick="poll_vote(3);"></p></div></form></div></div>'
        '<div class="widget widget_text" id="text-6"><div class="jeg_block_heading jeg_block_heading_6">'
        '<h3 class="jeg_block_title"><span>Thống kê truy cập</span></h3></div><div class="textwidget">'
        '<ul class="tk-truycap"><li><i class="fa fa-user"></i> Đang online: <b>37</b></li>'
        "<li><i class=\"fa fa-calendar\"></i> Hôm nay: <b>1.284</b></li>"
        "<li><i class=\"fa fa-bar-chart\"></i> Tháng này: <b>9.716</b></li>"
        "<li><i class=\"fa fa-globe\"></i> Tổng truy cập: <b>2.416.093</b></li></ul></div></div>"
        "</div></div></div>"
    )


def _footer() -> str:
    return (
        '<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_5 dark">'
        '<div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container">'
        '<div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-6 footer_column">'
        '<div class="footer_widget widget_jnews_about" id="jnews_about-2"><div class="jeg_about">'
        '<a class="footer_logo" href="/"><img class="lazyload" src="' + EMPTY + '" '
        'data-src="/wp-content/uploads/2024/03/logo-sgddt-tg-dark.png" alt="Logo Sở GD&amp;ĐT Tiền Giang" '
        'width="300" height="64"></a><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TIỀN GIANG</strong>'
        "<br>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tiền Giang<br>Chịu trách nhiệm chính: Phan Văn "
        "Nghĩa – Giám đốc Sở<br>Địa chỉ: Số 11 đường 30/4, Phường 1, TP. Mỹ Tho, tỉnh Tiền Giang<br>"
        "Điện thoại: (0273) 3 872 447 – Email: sgddt@tiengiang.gov.vn</p></div></div></div>"
        '<div class="col-md-3 footer_column"><div class="footer_widget widget_nav_menu"><div class="jeg_footer_heading '
        'jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>Liên kết nhanh</span></h3></div>'
        '<div class="menu-footer-container"><ul id="menu-footer" class="menu">'
        '<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>'
        '<li class="menu-item"><a href="/van-ban-chi-dao/">Văn bản chỉ đạo</a></li>'
        f'<li class="menu-item"><a href="{CATS["thong-bao"].path}">Thông báo</a></li>'
        '<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></div></div>'
        '<div class="col-md-3 footer_column"><div class="footer_widget widget_tag_cloud"><div class="jeg_footer_heading '
        'jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>Từ khóa</span></h3></div><div class="tagcloud">'
        + "".join(
            f'<a href="/tag/{t}/" class="tag-cloud-link tag-link-{20 + i}" style="font-size: 12pt;">{esc(n)}</a>'
            for i, (t, n) in enumerate(TAGS.items())
        )
        + "</div></div></div></div></div>"
        '<div class="jeg_footer_secondary clearfix"><p class="copyright"> © 2026 <a href="/">Sở Giáo dục và Đào '
        'tạo Tiền Giang</a>. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></div>'
        "</div></div></div>"
        '<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa '
        'fa-angle-up"></i></a></div>'
    )


def _head(request: Request, title: str, canonical: str, extra: str = "", robots: str = "index, follow") -> str:
    base = base_url(request)
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="profile" href="http://gmpg.org/xfn/11" />\n'
        f"<meta name='robots' content='{robots}, max-image-preview:large' />\n"
        f"<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f"<title>{esc(title)}</title>\n"
        f'<link rel="canonical" href="{base}{canonical}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n'
        f'<meta property="og:site_name" content="{SITE}" />\n{extra}'
        "<!-- / Yoast SEO plugin. -->\n"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" '
        f'href="{base}/feed/" />\n'
        f"<link rel='stylesheet' id='jnews-frontend-css' href='{THEME}/assets/dist/frontend.min.css?ver=11.6.5' "
        "type='text/css' media='all' />\n"
        f"<link rel='stylesheet' id='jnews-style-css' href='{THEME}/style.css?ver=11.6.5' type='text/css' />\n"
        '<link rel="icon" href="/wp-content/uploads/2024/03/favicon-32x32.png" sizes="32x32" />\n'
        "<script type=\"text/javascript\">var jnewsoption = {\"login_reload\":\"\",\"popup_script\":\"magnific\","
        "\"single_gallery\":false,\"ismobile\":false,\"isie\":false,\"sidefeed_ajax\":false,"
        f"\"site_slug\":\"\\/\",\"site_domain\":\"{request.headers.get('Host', '127.0.0.1')}\","
        '"lang":"vi","ajax_url":"\\/?ajax-request=jnews"};</script>\n</head>\n'
    )


def _page(request: Request, title: str, canonical: str, body_class: str, main: str, extra: str = "",
          robots: str = "index, follow", sidebar: bool = True) -> str:
    side = _sidebar() if sidebar else ""
    return (
        _head(request, title, canonical, extra, robots)
        + f'<body class="{body_class} wp-embed-responsive jeg_toggle_light jnews jsc_normal">'
        '<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"></div></div>'
        f'<div class="jeg_viewport">{_header()}<div class="jeg_main "><div class="jeg_container">'
        f'{main.replace("<!--SIDEBAR-->", side)}</div></div>{_footer()}</div>'
        f"<script type='text/javascript' src='{THEME}/assets/dist/frontend.min.js?ver=11.6.5' "
        "id='jnews-frontend-js'></script></body></html>"
    )


def _crumbs(parts: list[tuple[str, str | None]]) -> str:
    out = ['<span class=""><a href="/">Trang chủ</a></span>']
    for i, (label, href) in enumerate(parts):
        cls = "breadcrumb_last_link" if i == len(parts) - 1 else ""
        inner = f'<a href="{href}">{esc(label)}</a>' if href else esc(label)
        out.append(f'<i class="fa fa-angle-right"></i><span class="{cls}">{inner}</span>')
    return f'<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">{"".join(out)}</div></div>'


# --- the article's text ----------------------------------------------------------------------


def _img_tag(img: Img, n: int) -> str:
    if img.style == "classic":
        real = (
            f'class="wp-image-{n} size-full" src="{img.src}" alt="" width="800" height="533" '
            f'aria-describedby="caption-attachment-{n}"'
        )
        return (
            f'<img decoding="async" class="lazy lazy-hidden wp-image-{n} size-full" src="{A3_PLACEHOLDER}" '
            f'data-lazy-type="image" data-src="{img.src}" alt="" width="800" height="533" '
            f'aria-describedby="caption-attachment-{n}" /><noscript><img decoding="async" {real} /></noscript>'
        )
    small = img.src.replace("-1024x683", "-300x200")
    full = img.src.replace("-1024x683", "")
    return (
        f'<img decoding="async" loading="lazy" width="1024" height="683" src="{img.src}" alt="" '
        f'class="wp-image-{n}" srcset="{img.src} 1024w, {small} 300w, {full} 1200w" '
        f'sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def _content_chunks(story: Story) -> list[str]:
    """The top-level elements of ``content-inner``, in order (the inline box goes between them)."""
    gb = story.opts.get("editor") == "gb"
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    chunks: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    i = 0
    n = story.id + 11
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            chunks.append(b.html)
            i += 1
        elif isinstance(b, Img) and b.style == "gallery":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                g = blocks[i]
                n += 1
                cap = f'<figcaption class="wp-element-caption">{t(g.printed)}</figcaption>' if g.printed else ""
                group.append(f'<figure class="wp-block-image size-large">{_img_tag(g, n)}{cap}</figure>')
                i += 1
            chunks.append(
                '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 '
                f'is-layout-flex wp-block-gallery-is-layout-flex">{"".join(group)}</figure>'
            )
        elif isinstance(b, Img):
            n += 1
            if b.style == "gb":
                cap = f'<figcaption class="wp-element-caption">{t(b.printed)}</figcaption>' if b.printed else ""
                chunks.append(f'<figure class="wp-block-image aligncenter size-large">{_img_tag(b, n)}{cap}</figure>')
            else:
                cap = f'<p id="caption-attachment-{n}" class="wp-caption-text">{t(b.printed)}</p>' if b.printed else ""
                chunks.append(
                    f'<div id="attachment_{n}" style="width: 810px" class="wp-caption aligncenter">'
                    f"{_img_tag(b, n)}{cap}</div>"
                )
            i += 1
        else:
            style = b.style
            if style in ("li", "row"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                    group.append(blocks[i].text)
                    i += 1
                if style == "li":
                    cls = ' class="wp-block-list"' if gb else ""
                    chunks.append(f"<ul{cls}>" + "".join(f"<li>{t(x)}</li>" for x in group) + "</ul>")
                else:
                    rows = "".join(
                        "<tr>" + "".join(f"<td>{t(c)}</td>" for c in row.split(" | ")) + "</tr>" for row in group
                    )
                    if gb:
                        chunks.append(f'<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>{rows}'
                                      "</tbody></table></figure>")
                    else:
                        chunks.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>{rows}'
                                      "</tbody></table>")
                continue
            if style == "br":
                # a line typed with Shift+Enter: continues the previous <p>
                prev = chunks.pop()
                chunks.append(prev[: -len("</p>")] + f"<br />\n{t(b.text)}</p>")
            elif style in ("h2", "h3"):
                cls = ' class="wp-block-heading"' if gb else ""
                inner = t(b.text) if gb else f"<strong>{t(b.text)}</strong>"
                chunks.append(f"<{style}{cls}>{inner}</{style}>")
            elif style == "quote":
                chunks.append(f'<blockquote class="wp-block-quote"><p>{t(b.text)}</p></blockquote>')
            elif style == "lead":
                attr = "" if gb else ' style="text-align: justify;"'
                chunks.append(f"<p{attr}><strong>{t(b.text)}</strong></p>")
            else:
                attr = "" if gb else ' style="text-align: justify;"'
                chunks.append(f"<p{attr}>{t(b.text)}</p>")
            i += 1
    return chunks


def _inline_box(ids: list[int]) -> str:
    items = "".join(
        f'<article class="jeg_post jeg_pl_xs post-{s.id} post type-post status-publish format-standard '
        f'has-post-thumbnail hentry category-{_cats(s)[0]}"><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{_permalink(s)}">{esc(s.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{_permalink(s)}"><i class="fa fa-clock-o">'
        f'</i> {_wp_date(_local(s.opts["local"]))}</a></div></div></div></article>'
        for s in (BY_ID[i] for i in ids)
    )
    return (
        '<div class="jnews_inline_related_post_wrapper left half"><div class="jnews_inline_related_post">'
        '<div class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 '
        'jnews_module_5231_1_6571ab3e" data-unique="jnews_module_5231_1_6571ab3e">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
        "<span>Đọc thêm</span></h3></div><div class=\"jeg_block_container\"><div class=\"jeg_posts \">"
        f'<div class="jeg_postsmall jeg_load_more_flag">{items}</div></div></div></div></div></div>'
    )


def _share(story: Story, request: Request, floating: bool) -> str:
    url = quote(base_url(request) + _permalink(story), safe="")
    links = (
        f'<a href="http://www.facebook.com/sharer.php?u={url}" rel="nofollow" class="jeg_btn-facebook expanded">'
        '<i class="fa fa-facebook-official"></i><span>Chia sẻ</span></a>'
        f'<a href="https://zalo.me/share?url={url}" rel="nofollow" class="jeg_btn-zalo "><i class="fa fa-comment">'
        "</i></a>"
        f'<a href="https://twitter.com/intent/tweet?text={quote(story.title)}&url={url}" rel="nofollow" '
        'class="jeg_btn-twitter "><i class="fa fa-twitter"></i></a>'
        f'<a href="mailto:?subject={quote(story.title)}&body={url}" rel="nofollow" class="jeg_btn-email ">'
        '<i class="fa fa-envelope"></i></a>'
    )
    if floating:
        return (
            '<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome">'
            f'<div class="jeg_share_float_container"><div class="jeg_sharelist">{links}</div></div></div>'
        )
    return (
        '<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats">'
        '<div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">Chia sẻ</span></div>'
        f'<div class="jeg_views_count"><div class="counts">{story.views()}</div><span class="sharetext">Lượt xem'
        f'</span></div></div><div class="jeg_sharelist">{links}</div></div></div>'
    )


def _featured(story: Story) -> str:
    feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    if feat is None:
        return ""
    full = feat.src.replace("-750x375", "")
    small = feat.src.replace("-750x375", "-360x180")
    cap = f'<p class="wp-caption-text">{esc(feat.printed)}</p>' if feat.printed else ""
    return (
        f'<div class="jeg_featured featured_image "><a href="{full}"><div class="thumbnail-container '
        f'animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="{EMPTY}" '
        'class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="" decoding="async" '
        f'fetchpriority="high" data-src="{feat.src}" data-srcset="{feat.src} 750w, {small} 360w" data-sizes="auto" '
        f'data-expand="700" /></div></a>{cap}</div>'
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" '
        'class="comment-wrap clearfix"><div class="comment-avatar"><img alt="" src="/wp-content/uploads/2024/03/'
        'avatar-mac-dinh.png" class="avatar avatar-55 photo" height="55" width="55"></div><div class="comment-meta">'
        f'<span class="comment-author"><span class="fn">{esc(name)}</span></span> <span class="comment-date">'
        f'{_local(when).strftime("%d/%m/%Y")} lúc {_local(when).strftime("%H:%M")}</span></div>'
        f'<div class="comment-body"><p>{esc(body)}</p></div><span class="comment-reply">'
        f"<a rel='nofollow' class='comment-reply-link' href='{_permalink(story)}?replytocom={cid}#respond' "
        f'data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" '
        f'data-respondelement="respond" data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">'
        "Trả lời</a></span></div></li>"
        for cid, name, when, body in comments
    )
    listing = (
        f'<div class="jeg_commentlist_container"><h3 class="comments-title">{len(comments)} bình luận</h3>'
        f'<ol class="commentlist">{items}</ol></div>'
        if comments
        else ""
    )
    return (
        f'<div class="jnews_comment_container"><div id="comments" class="comment-wrapper section">{listing}'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình '
        'luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy'
        '</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment">'
        '<label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea>'
        '</p><p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" '
        'type="text" value="" size="30"></p><p class="form-submit"><input name="submit" type="submit" id="submit" '
        f'class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" value="{story.id}" '
        'id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
        "</form></div></div></div>"
    )


def _related(story: Story) -> str:
    others = [s for s in _posts_in(_cats(story)[0]) if s.id != story.id][:3]
    if not others:
        return ""
    items = "".join(_item(s, "md_1") for s in others)
    return (
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook '
        'jeg_pagination_disable jeg_col_2o3 jnews_module_related"><div class="jeg_block_heading '
        'jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Tin liên quan</span></h3></div>'
        f'<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts row">{items}'
        "</div></div></div></div></div>"
    )


def _article_head(request: Request, story: Story) -> str:
    base = base_url(request)
    link = _permalink(story)
    published = _utc_iso(story.opts["local"])
    modified = _utc_iso(story.opts.get("modified", story.opts["local"]))
    first = story.summary or next((b.text for b in story.blocks if isinstance(b, P)), "")
    desc = " ".join(first.split()[:28])
    feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    og_img = f'<meta property="og:image" content="{base}{feat.src.replace("-750x375", "")}" />\n' if feat else ""
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{base}{link}#article",
                "isPartOf": {"@id": f"{base}{link}"},
                "author": {"name": USERS[story.opts["user"]], "@id": f"{base}/#/schema/person/{story.opts['user']}"},
                "headline": story.title[:110],
                "datePublished": published,
                "dateModified": modified,
                "mainEntityOfPage": {"@id": f"{base}{link}"},
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": [CATS[c].name for c in _cats(story)],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{base}{link}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": story.title},
                ],
            },
        ],
    }
    return (
        f'<meta name="description" content="{esc(desc)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)} - {SITE}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{base}{link}" />\n'
        f'<meta property="article:published_time" content="{published}" />\n'
        f'<meta property="article:modified_time" content="{modified}" />\n{og_img}'
        f'<meta name="author" content="{esc(USERS[story.opts["user"]])}" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}'
        "</script>\n"
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        f'<link rel="amphtml" href="{base}{link}amp/">\n'
    )


def _single(request: Request, story: Story, replyto: int | None = None) -> str:
    link = _permalink(story)
    cats = _cats(story)
    primary = CATS[cats[0]]
    crumbs = ([(CATS[primary.parent].name, CATS[primary.parent].path)] if primary.parent else []) + [
        (primary.name, primary.path)
    ]
    dt = _local(story.opts["local"])
    updated = ""
    if "modified" in story.opts:
        m = _local(story.opts["modified"])
        updated = (
            '<div class="jeg_meta_date jeg_meta_updated"><span class="meta_text">Cập nhật</span> '
            f'<a href="{link}">{_wp_date(m)}, {m.strftime("%H:%M")}</a></div>'
        )
    subtitle = f'<h2 class="jeg_post_subtitle">{esc(story.summary)}</h2>' if story.sapo_outside else ""
    chunks = _content_chunks(story)
    if "inline" in story.opts:
        after, ids = story.opts["inline"]
        chunks.insert(after, _inline_box(ids))
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="jeg_post_tags"><span>Từ khóa:</span> '
        + "".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    source = ""
    if "source_box" in story.opts:
        name, href = story.opts["source_box"]
        source = (
            '<div class="jeg_post_source"><span><i class="fa fa-link"></i> Nguồn:</span> '
            f'<a href="{href}" rel="nofollow" target="_blank">{esc(name)}</a></div>'
        )
    fmt = story.opts.get("format", "standard")
    n_comments = len(story.opts.get("comments", []))
    main = (
        '<div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_ad jeg_article '
        'jnews_article_top_ads"><div class="ads-wrapper"></div></div><div class="row">'
        '<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">'
        f"{_crumbs(crumbs)}"
        f'<div class="entry-header"><h1 class="jeg_post_title">{esc(story.title)}</h1>{subtitle}'
        '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">'
        '<div class="jeg_meta_author"><img alt="" src="/wp-content/uploads/2024/03/avatar-mac-dinh.png" '
        'class="avatar avatar-80 photo" height="80" width="80"><span class="meta_text">bởi</span> '
        f'<a href="/author/{story.opts["user"]}/">{esc(USERS[story.opts["user"]])}</a></div>'
        f'<div class="jeg_meta_date"><a href="{link}">{_wp_date(dt)}</a></div>{updated}'
        '<div class="jeg_meta_category"><span><span class="meta_text">trong</span> '
        + ", ".join(f'<a href="{CATS[c].path}" rel="category tag">{esc(CATS[c].name)}</a>' for c in cats)
        + "</span></div></div>"
        '<div class="meta_right"><div class="jeg_meta_zoom" data-in-step="3" data-out-step="2"><div '
        'class="zoom-dropdown"><div class="zoom-icon"><span class="zoom-icon-small">A</span><span '
        'class="zoom-icon-big">A</span></div><div class="zoom-item-wrapper"><div class="zoom-item"><button '
        'class="zoom-out"><span>A</span></button><button class="zoom-in"><span>A</span></button><div '
        'class="zoom-bar-container"><div class="zoom-bar"></div></div><button class="zoom-reset"><span>Đặt lại'
        '</span></button></div></div></div></div>'
        f'<div class="jeg_meta_comment"><a href="{link}#comments"><i class="fa fa-comment-o"></i> {n_comments}</a>'
        "</div></div></div></div></div>"
        f"{_share(story, request, floating=False)}"
        f'<div class="jeg_featured_wrapper">{_featured(story)}</div>'
        '<div class="jeg_ad jeg_article jnews_content_top_ads "><div class="ads-wrapper"></div></div>'
        f'<div class="entry-content with-share">{_share(story, request, floating=True)}'
        f'<div class="content-inner  jeg_link_underline">{"".join(chunks)}</div></div>'
        f"{source}{tag_html}"
        '<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class="ads-wrapper"></div></div>'
        f'<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image">'
        '<img alt="" src="/wp-content/uploads/2024/03/avatar-mac-dinh.png" class="avatar avatar-80 photo" '
        'height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name">'
        f'<a href="/author/{story.opts["user"]}/">{esc(USERS[story.opts["user"]])}</a></h3>'
        '<p class="jeg_author_desc">Tài khoản đăng tin của Cổng thông tin điện tử Sở GD&amp;ĐT Tiền Giang.</p>'
        "</div></div></div>"
        f"{_related(story)}{_comments(story)}"
        "</div></div><!--SIDEBAR--></div></div></div>"
    )
    robots = "noindex, follow" if replyto else "index, follow"
    body_class = f"post-template-default single single-post postid-{story.id} single-format-{fmt}"
    return _page(request, f"{story.title} - {SITE}", link, body_class, main, _article_head(request, story), robots)


def _amp(request: Request, story: Story) -> str:
    base = base_url(request)
    link = _permalink(story)
    feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "featured"), None)
    figure = ""
    if feat:
        cap = f'<p class="wp-caption-text">{esc(feat.printed)}</p>' if feat.printed else ""
        figure = (
            f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="750" height="375" '
            f'src="{feat.src}" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" '
            f'layout="intrinsic"></amp-img>{cap}</figure>'
        )
    chunks = _content_chunks(story)
    body = "".join(chunks)
    # the AMP sanitizer turns <img> into <amp-img> and drops <noscript>
    body = re.sub(r"<noscript>.*?</noscript>", "", body)
    body = re.sub(
        r'<img [^>]*?data-src="([^"]+)"[^>]*/>', r'<amp-img src="\1" width="800" height="533" layout="intrinsic"></amp-img>', body
    )
    body = re.sub(
        r'<img [^>]*?src="([^"]+)"[^>]*/>', r'<amp-img src="\1" width="1024" height="683" layout="intrinsic"></amp-img>', body
    )
    subtitle = f'<p class="amp-wp-subtitle">{esc(story.summary)}</p>' if story.sapo_outside else ""
    source = ""
    if "source_box" in story.opts:
        source = f'<p class="amp-wp-source">Nguồn: {esc(story.opts["source_box"][0])}</p>'
    published = _utc_iso(story.opts["local"])
    cat = CATS[_cats(story)[0]]
    return (
        '<!doctype html>\n<html amp lang="vi"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width,minimum-scale=1,initial-scale=1">'
        f"<title>{esc(story.title)} - {SITE}</title>"
        f'<link rel="canonical" href="{base}{link}">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-custom>.amp-wp-header{background:#0b2a4a}</style></head>"
        f'<body class=""><header id="top" class="amp-wp-header"><div><a href="{base}/"><amp-img '
        'src="/wp-content/uploads/2024/03/logo-sgddt-tg.png" width="32" height="32" class="amp-wp-site-icon">'
        f'</amp-img><span class="amp-site-title">{SITE}</span></a></div></header>'
        '<article class="amp-wp-article"><header class="amp-wp-article-header">'
        f'<h1 class="amp-wp-title">{esc(story.title)}</h1>{subtitle}'
        '<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">'
        f'{esc(USERS[story.opts["user"]])}</span></div><div class="amp-wp-meta amp-wp-posted-on">'
        f'<time datetime="{published}">{_ago(_local(story.opts["local"]))}</time></div></header>'
        f'{figure}<div class="amp-wp-article-content">{body}{source}</div>'
        '<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Danh mục: '
        f'<a href="{base}{cat.path}" rel="category tag">{esc(cat.name)}</a></div>'
        f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{link}#respond">Để lại bình luận</a>'
        "</div></footer></article>"
        f'<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Về đầu trang'
        "</a></div></footer></body></html>"
    )


def _static_page(request: Request, slug: str) -> str:
    pid, title, content = PAGES[slug]
    crumbs = [("Giới thiệu", "/gioi-thieu/"), (title, None)] if slug == "co-cau-to-chuc" else [(title, None)]
    main = (
        '<div class="jeg_content jeg_singlepage"><div class="container"><div class="row">'
        '<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">'
        f'{_crumbs(crumbs)}<div class="entry-header"><h1 class="jeg_post_title">{esc(title)}</h1></div>'
        f'<div class="entry-content"><div class="content-inner">{content}</div></div>'
        "</div></div><!--SIDEBAR--></div></div></div>"
    )
    extra = (
        '<meta property="og:type" content="website" />\n'
        f'<meta property="og:title" content="{esc(title)} - {SITE}" />\n'
        f"<link rel='shortlink' href='{base_url(request)}/?page_id={pid}' />\n"
    )
    return _page(request, f"{title} - {SITE}", f"/{slug}/", f"page-template-default page page-id-{pid}", main, extra)


# --- listings --------------------------------------------------------------------------------


def _pagenav(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = [f'<span class="page_info">Trang {page} / {pages}</span>']
    if page > 1:
        parts.append(
            f'<a class="page_nav prev" data-id="{page - 1}" href="{href(page - 1)}"><span class="navtext">Trước'
            '</span><i class="fa fa-angle-left"></i></a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="page_number active">{n}</span>')
        else:
            parts.append(f'<a class="page_number" data-id="{n}" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(
            f'<a class="page_nav next" data-id="{page + 1}" href="{href(page + 1)}"><span class="navtext">Sau'
            '</span><i class="fa fa-angle-right"></i></a>'
        )
    return (
        '<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext no_pageinfo">'
        f'{"".join(parts)}</div>'
    )


def _archive(request: Request, posts: list[Story], page: int, base: str, title: str, crumbs: list,
             body_class: str, desc: str = "") -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(_item(s, "lg_2", excerpt=True) for s in chunk)
    sub = f'<h2 class="jeg_cat_subtitle">{esc(desc)}</h2>' if desc else ""
    main = (
        '<div class="jeg_content"><div class="jeg_section"><div class="container">'
        f'<div class="jeg_cat_header jeg_cat_header_1">{_crumbs(crumbs)}<h1 class="jeg_cat_title">{esc(title)}'
        f"</h1>{sub}</div>"
        '<div class="jeg_cat_content row"><div class="jeg_main_content jeg_column col-sm-8">'
        '<div class="jeg_inner_content"><div class="jnews_archive_content_wrapper">'
        '<div class="jeg_postblock_4 jeg_postblock jeg_module_hook jeg_pagination_nav_1 jeg_col_2o3 '
        'jnews_module_archive"><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">'
        f"{items}</div></div>{_pagenav(base, page, pages)}</div></div></div></div><!--SIDEBAR--></div>"
        "</div></div></div>"
    )
    canonical = base if page == 1 else f"{base}page/{page}/"
    label = f"{title} - Trang {page} trên {pages}" if page > 1 else title
    extra = '<meta property="og:type" content="website" />\n'
    if page < pages:
        extra += f'<link rel="next" href="{base_url(request)}{base}page/{page + 1}/" />\n'
    return html(_page(request, f"{label} - {SITE}", canonical, body_class, main, extra))


def _home(request: Request) -> str:
    hero = "".join(
        f'<article class="jeg_post jeg_hero_item_{i + 1}" style="padding: 0 0 2px 2px;"><div '
        f'class="jeg_block_container"><span class="jeg_postformat_icon"></span><div class="jeg_thumb"><a '
        f'href="{_permalink(s)}">{_thumb(s, "750x375", "size-1000")}</a></div><div class="jeg_postinfo">'
        f'<div class="jeg_post_category"><span>{_cat_link(_cats(s)[0])}</span></div><h2 class="jeg_post_title">'
        f'<a href="{_permalink(s)}">{esc(s.title)}</a></h2><div class="jeg_post_meta"><div class="jeg_meta_date">'
        f'<a href="{_permalink(s)}"><i class="fa fa-clock-o"></i> {_ago(_local(s.opts["local"]))}</a></div></div>'
        "</div></div></article>"
        for i, s in enumerate(STORIES[:4])
    )
    latest = "".join(_item(s, "md_2", excerpt=True) for s in ALL_POSTS[:4])
    hd = "".join(_item(s, "md_5") for s in _posts_in("hoat-dong")[:3])
    cm = "".join(_item(s, "md_5") for s in _posts_in("chuyen-mon")[:3])
    tb = "".join(_item(s, "xs") for s in _posts_in("thong-bao")[:3])
    vd = "".join(_item(s, "md_1") for s in _posts_in("video")[:1])
    main = (
        '<div class="jeg_content"><div class="jeg_vc_content"><div class="vc_row wpb_row vc_row-fluid">'
        '<div class="wpb_column jeg_column vc_column_container vc_col-sm-12"><div class="jeg_wrapper">'
        '<div class="jeg_heroblock jeg_heroblock_5 jeg_hero_style_1 jnews_module_hero_1"><div '
        f'class="jeg_heroblock_wrapper">{hero}</div></div></div></div></div>'
        '<div class="vc_row wpb_row vc_row-fluid"><div class="container"><div class="row">'
        '<div class="jeg_main_content col-md-8"><div class="jeg_wrapper">'
        + _block("Tin mới", latest, 3, loadmore=True)
        + _block("Hoạt động", hd, 5, CATS["hoat-dong"].path)
        + _block("Chuyên môn", cm, 5, CATS["chuyen-mon"].path)
        + _block("Thông báo", tb, 21, CATS["thong-bao"].path)
        + _block("Video", vd, 1, CATS["video"].path)
        + "</div></div><!--SIDEBAR--></div></div></div></div></div>"
    )
    extra = (
        '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tiền Giang" />\n'
        '<meta property="og:type" content="website" />\n'
    )
    return _page(request, f"{SITE} - Cổng thông tin điện tử", "/", "home page-template page-id-2", main, extra)


def _ajax(request: Request) -> Response:
    if request.method != "POST":
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
    form = request.form
    if not form.get("action", "").startswith("jnews_module_ajax_jnews_block_"):
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        page = int(form.get("data[current_page]", "1"))
    except ValueError:
        page = 1
    chunk = ALL_POSTS[(page - 1) * PER_PAGE : page * PER_PAGE]
    payload = {
        "content": "".join(_item(s, "md_2", excerpt=True) for s in chunk),
        "next": page * PER_PAGE < len(ALL_POSTS),
        "prev": page > 1,
    }
    body = json.dumps(payload, ensure_ascii=True).replace("/", "\\/")
    return Response(200, body, {"Content-Type": "application/json; charset=UTF-8"})


def _search(request: Request, q: str) -> str:
    words = q.lower().split()
    hits = [s for s in ALL_POSTS if words and all(w in s.title.lower() for w in words)][:PER_PAGE]
    items = "".join(_item(s, "lg_2", excerpt=True) for s in hits)
    if not words:
        items = "<p>Vui lòng nhập từ khóa để tìm kiếm.</p>"
    elif not hits:
        items = '<div class="jeg_empty_module">Không tìm thấy kết quả phù hợp.</div>'
    main = (
        '<div class="jeg_content"><div class="jeg_section"><div class="container">'
        f'<div class="jeg_archive_header">{_crumbs([("Tìm kiếm", None)])}<h1 class="jeg_archive_title">'
        f'Kết quả tìm kiếm cho &quot;{esc(q)}&quot;</h1></div><div class="jeg_cat_content row">'
        '<div class="jeg_main_content col-sm-8"><div class="jeg_postblock_4 jeg_postblock"><div class="jeg_posts">'
        f"{items}</div></div></div><!--SIDEBAR--></div></div></div></div>"
    )
    return _page(request, f"Kết quả tìm kiếm cho “{q}” - {SITE}", "/", "search search-results", main,
                 robots="noindex, follow")


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = ""
    for s in ALL_POSTS[:10]:
        dt = _local(s.opts["local"]).astimezone(UTC)
        first = s.summary or next((b.text for b in s.blocks if isinstance(b, P)), "")
        items += (
            f"<item><title>{esc(s.title)}</title><link>{base}{_permalink(s)}</link>"
            f"<dc:creator><![CDATA[{USERS[s.opts['user']]}]]></dc:creator>"
            f"<pubDate>{dt.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
            + "".join(f"<category><![CDATA[{CATS[c].name}]]></category>" for c in _cats(s))
            + f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
            f"<description><![CDATA[{' '.join(first.split()[:40])} [&#8230;]]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{SITE}</title><atom:link href=\"{base}/feed/\" rel=\"self\" type=\"application/rss+xml\" />"
        f"<link>{base}</link><description>Cổng thông tin điện tử</description><language>vi</language>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ---------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        lower = path.lower()
        if lower.endswith(".pdf") and lower.startswith("/wp-content/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if "." in path.rsplit("/", 1)[-1]:
            if path == "/wp-comments-post.php":
                return Response(405, b"", {"Allow": "POST", "Content-Type": "text/plain"})
            return static_file(path)
        if path == "/":
            return self._root(request, params)
        if not path.endswith("/"):
            return redirect(path + "/", 301)
        if path == "/feed/":
            return _feed(request)
        page = 1
        base = path
        m = _PAGED.match(path)
        if m:
            base, page = m.group("base"), int(m.group("n"))
            if page == 1:
                return redirect(base, 301)
        if base.startswith("/category/"):
            return self._category(request, base, page)
        if base.startswith("/tag/"):
            slug = base[len("/tag/") : -1]
            if slug not in TAGS:
                return None
            posts = [s for s in ALL_POSTS if slug in s.opts.get("tags", [])]
            return _archive(request, posts, page, base, TAGS[slug], [(TAGS[slug], None)], f"archive tag tag-{slug}")
        if base.startswith("/author/"):
            login = base[len("/author/") : -1]
            if login not in USERS:
                return None
            posts = [s for s in ALL_POSTS if s.opts["user"] == login]
            return _archive(request, posts, page, base, USERS[login], [(USERS[login], None)],
                            f"archive author author-{login}")
        if m:
            return None
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[1] == "amp" and parts[0] in BY_SLUG:
            return html(_amp(request, BY_SLUG[parts[0]]))
        if len(parts) != 1:
            return None
        slug = parts[0]
        if slug in PAGES:
            return html(_static_page(request, slug))
        story = BY_SLUG.get(slug)
        if story is None:
            return None
        reply = params.get("replytocom")
        replyto = int(reply) if reply and reply.isdigit() else None
        return html(_single(request, story, replyto))

    def _root(self, request: Request, params: dict[str, str]) -> Response | None:
        if "ajax-request" in params:
            return _ajax(request)
        if "p" in params:
            story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(_permalink(story), 301) if story else None
        if "page_id" in params:
            slug = next((k for k, v in PAGES.items() if str(v[0]) == params["page_id"]), None)
            return redirect(f"/{slug}/", 301) if slug else None
        if "s" in params:
            return html(_search(request, params["s"]))
        return html(_home(request))

    def _category(self, request: Request, base: str, page: int) -> Response | None:
        parts = base.strip("/").split("/")[1:]
        if not parts or any(p not in CATS for p in parts):
            return None
        cat = CATS[parts[-1]]
        if base != cat.path:
            # /category/hoat-dong/ -> /category/tin-tuc/hoat-dong/ (WordPress' canonical redirect)
            return redirect(cat.path if page == 1 else f"{cat.path}page/{page}/", 301)
        crumbs = ([(CATS[cat.parent].name, CATS[cat.parent].path)] if cat.parent else []) + [(cat.name, None)]
        return _archive(request, _posts_in(cat.slug), page, cat.path, cat.name, crumbs,
                        f"archive category category-{cat.slug} category-{cat.cid}", cat.desc)


def build_site() -> _Site:
    return _Site()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [f"/{story.slug}/amp/", f"/?p={story.id}"]
    alts += [f"/{story.slug}/?replytocom={cid}" for cid, *_ in story.opts.get("comments", [])]
    return alts


GOLD = [
    gold_record(s, _permalink(s), CATS[_cats(s)[0]].name, canonical_path=_permalink(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/van-ban-chi-dao/",
    "/lien-he/",
    f"/{VIDEO.slug}/",
]
