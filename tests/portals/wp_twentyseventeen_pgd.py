"""Phòng Giáo dục và Đào tạo thị xã Ba Đồn (Quảng Bình): WordPress 5.4, theme Twenty Seventeen.

Platform
--------
WordPress 5.4 (vi locale) with the default Twenty Seventeen theme: a static front page whose
"sections" (front page panels) print the full text of three pages plus the three latest posts,
header media image, blog sidebar widgets. Posts are written in the Gutenberg editor, with some
classic-editor posts left over (wpautop markup, ``[caption]``/``[gallery]`` shortcodes, Word
pastes). Jetpack adds Open Graph tags, sharing/like buttons, Lazy Images and the Related Posts
block. Permalinks were switched from the default ``?p=`` to ``/%category%/%postname%/`` last year.

URL scheme
----------
- ``/<category-path>/<post-slug>/`` posts; a post in a child category has the parent's slug too
  (``/chuyen-mon/thcs/<slug>/``); a post split with ``<!--nextpage-->`` has ``…/<slug>/2/``.
- ``/?p=<id>`` old links: 301 to the permalink (``redirect_canonical``); so are a renamed post's
  old slug (``_wp_old_slug``) and a post asked under another category's path.
- ``/category/<path>/`` and ``/category/<path>/page/<N>/`` archives; ``/bai-viet/`` (posts page)
  and ``/bai-viet/page/<N>/``; ``/author/pgdbadon/``; ``/tag/<slug>/``; ``/2026/<MM>/`` month
  archives (linked only from the Archives widget's drop-down ``<option value>``); ``/?s=`` search.
- ``/<page-slug>/`` pages (``/gioi-thieu/co-cau-to-chuc/`` is a child page); attachment pages
  under their post (``/tin-tuc/<post>/<attachment>/``); ``/feed/`` RSS; ``/robots.txt``.

Page templates
--------------
front page (panels + "recent posts" excerpts), single post (``single-featured-image-header``
above the content, ``.entry-header`` with posted-on/byline, ``.entry-content``, ``.entry-footer``
with categories/tags, comments, post navigation, sidebar), archive/index listings (Twenty
Seventeen prints each post's FULL content on listings, up to a ``<!--more-->``), pages (no
sidebar), attachment pages, search results (excerpts).

How each gold article is reached
--------------------------------
The front page lists the 3 latest posts, the "Bài viết mới" widget the 5 latest; every post
links its neighbours (post navigation); ``/bai-viet/`` (7 a page, 2 pages), the category archives
(``/category/tin-tuc/`` has a page 2 with the oldest post) and the author archive (2 pages) list
all of them. The oldest post (2104) appears on no first page of a listing.

Traps
-----
1. Two ``<time>`` in the posted-on link: ``entry-date published`` then ``updated`` (hidden only by
   the theme's CSS), the update being later. Gold: the ``published`` one.
2. The visible date is words in the vi locale ("3 Tháng Mười Hai, 2026"; "Tháng Mười" is a prefix
   of "Tháng Mười Một"/"Tháng Mười Hai"); the time is only in ``datetime``. Gold: the full
   ``datetime`` (the page's markup prints the time), day alone when it is midnight (2104).
3. Jetpack ``article:published_time`` is UTC (``+00:00``): for posts published before 07:00
   local (2166 at 06:40, 2104 at 00:00) its DAY is the previous day. Gold: local time, +07:00.
4. Jetpack Lazy Images: content ``<img src>`` is a 1×1 placeholder gif, the photo is in
   ``data-lazy-src`` with ``?is-pending-load=1`` and again in a ``<noscript><img>``. Gold: the
   real file as printed in the noscript/``data-lazy-src`` without the query; srcset's largest
   (the original without ``-WxH``) is not the printed photo.
5. Jetpack sharing ("Chia sẻ:"), likes ("Thích bài này: … Đang tải...") and the Related Posts
   block ("Tin liên quan" with titles, dates, "Trong “Tin tức”") are INSIDE ``.entry-content``.
   Gold: not body.
6. Related Posts links carry ``?relatedposts_hit=1&relatedposts_origin=…&relatedposts_position=…``
   (``&#038;`` in the markup) and answer 200 with the same post; comment reply links
   ``?replytocom=N`` too. Gold: ``alt_paths``.
7. The single view's ``single-featured-image-header`` prints the post thumbnail OUTSIDE the
   article at another size (``-2000x1200``) of the first content photo (or the very same file).
   Gold: photos of the content only, once.
8. Listings print each post's full content (h2 titles, dates, photos, paragraphs), the front
   page prints the full text of pages in its panels; attachment pages look like posts (h1 title,
   posted-on date, byline, photo). Gold: none of them is an article (attachment page is in
   NON_ARTICLES).
9. A post split with ``<!--nextpage-->`` (2153): ``…/2/`` has its own canonical and the second
   half of the text. Gold: one article at page 1 whose body/images are both pages'.
10. Gutenberg gallery: per-photo ``blocks-gallery-item__caption`` plus a gallery-wide
    ``blocks-gallery-caption`` that belongs to no single photo (it sits after the last one).
    Gold: each photo's own caption or None; the gallery caption is neither body nor a caption.
11. Table block caption (``<figure class="wp-block-table">…<figcaption>``) and file block
    ("Tải xuống"): not body; table rows are (cells joined by " | ").
12. Byline "bởi pgdbadon" is the CMS account; the real author is a right-aligned line at the end
    ("Tin, ảnh: X", "ThS. X", "X – Trường …", a unit alone, "BBT Website" = nobody).
13. A post filed under two categories prints "THCS, Tin tức" (by name) in ``.cat-links``; its
    permalink uses "Tin tức" (lowest term id). Gold category: the permalink's ("Tin tức").
14. ``<title>`` ends " &#8211; Phòng GD&amp;ĐT thị xã Ba Đồn" and a title itself contains a
    spaced en dash (wptexturize). Gold: the h1 as printed.
15. Old ``/?p=ID`` links in texts and widgets, an old slug, a wrong-category path: 301s (not
    duplicates). Classic posts: ``<br />`` line splits, ``<p>&nbsp;</p>``, emoji stored as
    ``&#x1f449;`` entities, a Word-pasted table, a photo credit line "(Ảnh: Thu Hằng)".
16. An official notice (letterhead table) published on 25/11 is dated 24/11 by its letterhead.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` comes from ``<time class="entry-date published" datetime>``, with its time
  (visible text prints the day only) except midnight; for the official notice the letterhead's
  day. The ``updated`` time, comment times, related-post dates are never it.
- The split post's body is the text of both its pages; ``…/2/`` is not an alt path (it is another
  part of the article, not the same page).
- Classic ``[gallery]`` prints thumbnails (``-150x150``) linked to the full file: the gold image is
  the printed thumbnail. Gutenberg images: the printed ``src`` (``-1024x683``), not srcset's.
- A caption line that only credits ("(Ảnh: Thu Hằng)", "Ảnh: Minh Châu") -> caption None and the
  name is a photographer.
- "Xem thêm: <link>" lines, author/source lines, letterhead rows, "Nơi nhận" and the signature
  block are not body. Items of a ``<br />``-split paragraph are separate paragraphs; the emoji
  typed in them is kept.
- Summary: a bold first paragraph (``<p><strong>``); manual excerpts (printed only on the front
  page, in og:description or related posts) are not a sapo.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import parse_qs

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

NAME = "wp_twentyseventeen_pgd"
PLATFORM = "WordPress 5.4 + Twenty Seventeen (Gutenberg + classic editor, Jetpack)"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT thị xã Ba Đồn"
SITE_DESC = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo thị xã Ba Đồn, tỉnh Quảng Bình"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 7
U = "/wp-content/uploads"

# category slug path -> (term id, name, parent path)
CATS: dict[str, tuple[int, str, str | None]] = {
    "tin-tuc": (2, "Tin tức", None),
    "thong-bao": (3, "Thông báo", None),
    "chuyen-mon": (4, "Chuyên môn", None),
    "chuyen-mon/tieu-hoc": (6, "Tiểu học", "chuyen-mon"),
    "chuyen-mon/thcs": (7, "THCS", "chuyen-mon"),
}
TAGS = {"chuyen-doi-so": "Chuyển đổi số"}

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip

GB = "g"  # Gutenberg
CL = "c"  # classic editor


def _au(s: str) -> str:
    return f'<p class="has-text-align-right"><strong>{esc(s)}</strong></p>'


def _auc(s: str) -> str:
    return f'<p style="text-align: right;"><strong>{esc(s)}</strong></p>'


RELATED = Raw("<!--related-->")
MORE = Raw("<!--more-->")
NEXTPAGE = Raw("<!--nextpage-->")

STORIES: list[Story] = [
    Story(
        2188,
        "tong-ket-hoi-thi-giao-vien-day-gioi-cap-thi-xa-nam-hoc-2026-2027",
        "Tổng kết Hội thi “Giáo viên dạy giỏi” cấp thị xã – năm học 2026-2027",
        "tin-tuc",
        "2026-12-03T14:30:00+07:00",
        [
            P("Chiều ngày 03/12/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức tổng kết Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học và THCS năm học 2026-2027. Tham dự có đại diện lãnh đạo UBND thị xã, lãnh đạo Phòng GD&ĐT cùng 146 giáo viên dự thi.", "lead"),
            P("Hội thi diễn ra từ ngày 16/11 đến ngày 28/11/2026 tại 12 điểm trường với hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy và dạy thực hành hai tiết trên lớp. Ban Giám khảo gồm các chuyên viên Phòng GD&ĐT và cán bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm."),
            P("Kết quả, có 118 giáo viên được công nhận giáo viên dạy giỏi cấp thị xã, trong đó bậc Tiểu học 71 giáo viên, bậc THCS 47 giáo viên. Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các phương pháp dạy học tích cực và ứng dụng công nghệ thông tin."),
            Img(f"{U}/2026/12/hoi-thi-gvdg-1-1024x683.jpg", "Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải", "Lãnh đạo Phòng GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải", "gal"),
            Img(f"{U}/2026/12/hoi-thi-gvdg-2-1024x683.jpg", "Tiết dạy thực hành môn Toán lớp 4 tại Trường Tiểu học Quảng Thuận", "Tiết dạy thực hành môn Toán lớp 4 tại Trường Tiểu học Quảng Thuận", "gal"),
            Img(f"{U}/2026/12/hoi-thi-gvdg-3-1024x683.jpg", None, None, "gal"),
            P("Phát biểu tại buổi tổng kết, đồng chí Trưởng phòng GD&ĐT ghi nhận sự chuẩn bị chu đáo của các nhà trường, đồng thời đề nghị giáo viên tiếp tục lan tỏa các biện pháp hay, như mô hình Câu lạc bộ Tiếng Anh liên trường đã triển khai thời gian qua."),
            Raw(_au("Tin, ảnh: Nguyễn Thị Hà")),
            RELATED,
        ],
        authors=["Nguyễn Thị Hà"],
        photographers=["Nguyễn Thị Hà"],
        summary="Chiều ngày 03/12/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức tổng kết Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học và THCS năm học 2026-2027. Tham dự có đại diện lãnh đạo UBND thị xã, lãnh đạo Phòng GD&ĐT cùng 146 giáo viên dự thi.",
        opts={
            "ed": GB,
            "dt": "2026-12-03T14:30:00+07:00",
            "mod": "2026-12-04T08:05:11+07:00",
            "featured": f"{U}/2026/12/hoi-thi-gvdg-1-2000x1200.jpg",
            "gallery_caption": "Một số hình ảnh tại Hội thi",
            "links": {"Câu lạc bộ Tiếng Anh liên trường": "/tin-tuc/ra-mat-clb-tieng-anh/"},
            "related": [2110, 2124],
        },
    ),
    Story(
        2179,
        "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-doi-voi-cap-thcs",
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027 đối với cấp THCS",
        "thong-bao",
        "2026-11-28T16:05:00+07:00",
        [
            P("Thực hiện Kế hoạch số 287/KH-PGDĐT ngày 15/9/2026 về thực hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I đối với các trường THCS trên địa bàn thị xã như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Các nhà trường chủ động xây dựng đề kiểm tra các môn còn lại theo ma trận và bản đặc tả đã được thống nhất trong tổ chuyên môn; hoàn thành việc chấm, nhập điểm lên hệ thống quản lý trước ngày 31/12/2026."),
            P("Đề kiểm tra các môn tập trung do Phòng GD&ĐT ra và gửi về các trường qua hộp thư điện tử công vụ trước giờ kiểm tra 60 phút. Hiệu trưởng các trường chịu trách nhiệm bảo mật đề theo quy định."),
            Raw(
                f'<div class="wp-block-file"><a href="{{base}}{U}/2026/11/TB-lich-kiem-tra-HKI-THCS.pdf">TB-lich-kiem-tra-HKI-THCS</a>'
                f'<a href="{{base}}{U}/2026/11/TB-lich-kiem-tra-HKI-THCS.pdf" class="wp-block-file__button" download>Tải xuống</a></div>'
            ),
            Raw('<p class="has-text-align-right"><strong><em>Bộ phận THCS</em></strong></p>'),
        ],
        authors=["Bộ phận THCS"],
        opts={
            "ed": GB,
            "dt": "2026-11-28T16:05:00+07:00",
            "table_caption": "Lịch kiểm tra tập trung các môn (các môn còn lại do nhà trường tự bố trí)",
            "excerpt": "Lịch kiểm tra tập trung cuối học kỳ I các môn Ngữ văn, Toán, Tiếng Anh, Lịch sử và Địa lí, Khoa học tự nhiên.",
        },
    ),
    Story(
        2172,
        "thong-bao-to-chuc-hoi-khoe-phu-dong-cap-thi-xa-lan-thu-x-nam-2027",
        "Thông báo về việc tổ chức Hội khỏe Phù Đổng cấp thị xã lần thứ X năm 2027",
        "thong-bao",
        "2026-11-24",
        [
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 42%; text-align: center;"><strong>UBND THỊ XÃ BA ĐỒN</strong><br />\n<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>'
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td></tr>'
                '<tr><td style="text-align: center;">Số: 412/TB-PGDĐT</td>'
                '<td style="text-align: center;"><em>Ba Đồn, ngày 24 tháng 11 năm 2026</em></td></tr></tbody></table>\n'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Về việc tổ chức Hội khỏe Phù Đổng cấp thị xã lần thứ X năm 2027</strong></p>"
            ),
            P("Căn cứ Kế hoạch số 1985/KH-UBND ngày 10/11/2026 của UBND thị xã Ba Đồn về tổ chức Hội khỏe Phù Đổng cấp thị xã lần thứ X năm 2027;"),
            P("Phòng GD&ĐT thông báo đến các trường Tiểu học, THCS, TH&THCS trên địa bàn thị xã một số nội dung như sau:"),
            P("1. Thời gian, địa điểm", "b"),
            P("- Thời gian: từ ngày 08/01/2027 đến ngày 12/01/2027."),
            P("- Địa điểm: Sân vận động thị xã và Nhà thi đấu đa năng Trường THPT Lương Thế Vinh.", "br"),
            P("2. Môn thi đấu", "b"),
            P("Điền kinh, bơi lội, cờ vua, bóng bàn, cầu lông, đá cầu, bóng đá mini nam (cấp THCS) và kéo co (cấp Tiểu học)."),
            P("3. Đăng ký thi đấu", "b"),
            P("Các đơn vị gửi danh sách vận động viên (theo mẫu) về Phòng GD&ĐT qua bộ phận Văn phòng trước ngày 20/12/2026 để tổng hợp và tổ chức bốc thăm xếp lịch thi đấu."),
            P("Nhận được Thông báo này, đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc./."),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />\n- Như trên;<br />\n- UBND thị xã (b/c);<br />\n- Lưu: VT.</td>'
                '<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Trần Văn Dũng</strong></td>'
                "</tr></tbody></table>"
            ),
        ],
        authors=["Trần Văn Dũng"],
        opts={"ed": CL, "dt": "2026-11-25T09:12:00+07:00", "mod": "2026-11-25T10:40:27+07:00"},
    ),
    Story(
        2166,
        "chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-2",
        "Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2” tại Trường Tiểu học số 1 Quảng Thuận",
        "chuyen-mon/tieu-hoc",
        "2026-11-21T06:40:00+07:00",
        [
            P("Sáng 20/11/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức chuyên đề cấp thị xã “Dạy học phát triển năng lực đọc cho học sinh lớp 2” tại Trường Tiểu học số 1 Quảng Thuận với sự tham gia của hơn 60 cán bộ quản lý, giáo viên khối lớp 2 các trường tiểu học.", "lead"),
            Img(f"{U}/2026/11/chuyen-de-doc-lop2-1-1024x768.jpg", None, None, "mt"),
            P("Tiết dạy minh họa bài “Những cái tên đáng yêu” do cô giáo Lê Thị Minh Nguyệt thực hiện được tổ chức theo hướng học sinh đọc thành tiếng, đọc hiểu và chia sẻ cảm nhận theo nhóm.", "mt"),
            P("Các em được tham gia trò chơi “Ai đọc hay nhất”, “Tìm từ ngữ chỉ đặc điểm” qua đó hình thành kỹ năng đọc một cách tự nhiên, hứng thú.", "mt"),
            P("Trong phần thảo luận, các giáo viên tập trung trao đổi về cách tổ chức hoạt động khởi động, cách hướng dẫn học sinh đọc đúng ngữ điệu và những khó khăn khi dạy học sinh đọc chậm."),
            Img(f"{U}/2026/11/chuyen-de-doc-lop2-2-1024x683.jpg", "Giáo viên các trường thảo luận sau tiết dạy minh họa", "Giáo viên các trường thảo luận sau tiết dạy minh họa", "g"),
            P("Chuyên đề giúp giáo viên có thêm kinh nghiệm trong việc đổi mới phương pháp dạy học môn Tiếng Việt, góp phần nâng cao chất lượng giáo dục ở bậc Tiểu học trên địa bàn thị xã."),
            Raw(_au("Phạm Thị Thu Hiền – Trường TH số 1 Quảng Thuận")),
        ],
        authors=["Phạm Thị Thu Hiền"],
        summary="Sáng 20/11/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức chuyên đề cấp thị xã “Dạy học phát triển năng lực đọc cho học sinh lớp 2” tại Trường Tiểu học số 1 Quảng Thuận với sự tham gia của hơn 60 cán bộ quản lý, giáo viên khối lớp 2 các trường tiểu học.",
        opts={
            "ed": GB,
            "dt": "2026-11-21T06:40:00+07:00",
            "mod": "2026-11-21T07:02:45+07:00",
            "featured": f"{U}/2026/11/chuyen-de-doc-lop2-1-2000x1200.jpg",
        },
    ),
    Story(
        2160,
        "truong-thcs-quang-phong-to-chuc-ngay-hoi-doc-sach-nam-2026",
        "Trường THCS Quảng Phong tổ chức Ngày hội đọc sách năm 2026",
        "tin-tuc",
        "2026-11-18T10:00:00+07:00",
        [
            P("Nhằm xây dựng văn hóa đọc trong nhà trường, ngày 16/11/2026, Trường THCS Quảng Phong tổ chức Ngày hội đọc sách với chủ đề “Sách – người bạn đồng hành”.", "lead"),
            Img(f"{U}/2026/11/ngay-hoi-doc-sach-1-800x533.jpg", "Học sinh tham quan gian trưng bày sách của các lớp", "Học sinh tham quan gian trưng bày sách của các lớp", "cap"),
            Raw("<p>&nbsp;</p>"),
            P("Ngày hội có nhiều hoạt động bổ ích như trưng bày, giới thiệu sách theo chủ đề, thi kể chuyện theo sách, vẽ tranh về nhân vật yêu thích và trao đổi sách cũ giữa các lớp."),
            P("Đặc biệt, phần thi kể chuyện của các em học sinh khối 6, khối 7 đã để lại nhiều ấn tượng với cách dẫn dắt sinh động, giàu cảm xúc."),
            Img(f"{U}/2026/11/ngay-hoi-doc-sach-2-150x150.jpg", "Phần thi kể chuyện theo sách", "Phần thi kể chuyện theo sách", "cgal"),
            Img(f"{U}/2026/11/ngay-hoi-doc-sach-3-150x150.jpg", "Trao đổi sách cũ giữa các lớp", "Trao đổi sách cũ giữa các lớp", "cgal"),
            Img(f"{U}/2026/11/ngay-hoi-doc-sach-4-150x150.jpg", None, None, "cgal"),
            P("Thông qua ngày hội, nhà trường đã quyên góp được hơn 600 cuốn sách, truyện để bổ sung cho tủ sách lớp học và thư viện thân thiện."),
            Raw(_auc("Bài và ảnh: Hoàng Văn Tâm (Trường THCS Quảng Phong)")),
            Raw('<p><em>Xem thêm: <a href="{base}/?p=2131">Trường Mầm non Quảng Long đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1</a></em></p>'),
        ],
        authors=["Hoàng Văn Tâm"],
        photographers=["Hoàng Văn Tâm"],
        summary="Nhằm xây dựng văn hóa đọc trong nhà trường, ngày 16/11/2026, Trường THCS Quảng Phong tổ chức Ngày hội đọc sách với chủ đề “Sách – người bạn đồng hành”.",
        opts={
            "ed": CL,
            "cats": ["tin-tuc", "chuyen-mon/thcs"],
            "dt": "2026-11-18T10:00:00+07:00",
            "mod": "2026-11-19T15:22:10+07:00",
            "featured": f"{U}/2026/11/ngay-hoi-doc-sach-1-2000x1200.jpg",
            "attachment": ("ngay-hoi-doc-sach-1", 2161),
        },
    ),
    Story(
        2153,
        "ba-don-hoi-nghi-so-ket-cong-tac-chuyen-doi-so-trong-giao-duc",
        "Ba Đồn: Hội nghị sơ kết công tác chuyển đổi số trong giáo dục",
        "tin-tuc",
        "2026-11-14T08:00:00+07:00",
        [
            P("Ngày 13/11/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức Hội nghị sơ kết công tác chuyển đổi số trong giáo dục giai đoạn 2024-2026 và triển khai nhiệm vụ thời gian tới.", "lead"),
            P("Theo báo cáo, 100% trường học trên địa bàn đã triển khai sổ điểm điện tử, học bạ số và thanh toán không dùng tiền mặt; 38/42 trường có hạ tầng mạng đáp ứng yêu cầu dạy học trực tuyến."),
            Img(f"{U}/2026/11/hoi-nghi-cds-1024x576.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "g"),
            P("Tuy nhiên, việc khai thác học liệu số ở một số trường còn hạn chế; thiết bị dạy học hiện đại chưa đồng bộ, nhất là ở các xã vùng bãi ngang."),
            NEXTPAGE,
            P("Nhiệm vụ trọng tâm thời gian tới", "h3"),
            P("Hoàn thiện hồ sơ học bạ số đối với học sinh Tiểu học và THCS trước tháng 5/2027.", "li"),
            P("Tổ chức bồi dưỡng kỹ năng số cho 100% giáo viên, ưu tiên giáo viên lớn tuổi.", "li"),
            P("Xây dựng kho học liệu số dùng chung cấp thị xã.", "li"),
            P("Hội nghị đã khen thưởng 6 tập thể và 12 cá nhân có thành tích xuất sắc trong công tác chuyển đổi số năm học 2025-2026."),
            Img(f"{U}/2026/11/hoi-nghi-cds-khen-thuong-1024x576.jpg", "Trao giấy khen cho các tập thể có thành tích xuất sắc", "Trao giấy khen cho các tập thể có thành tích xuất sắc", "g"),
            Raw(_au("ThS. Nguyễn Văn Khoa")),
            RELATED,
        ],
        authors=["Nguyễn Văn Khoa"],
        summary="Ngày 13/11/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức Hội nghị sơ kết công tác chuyển đổi số trong giáo dục giai đoạn 2024-2026 và triển khai nhiệm vụ thời gian tới.",
        opts={
            "ed": GB,
            "dt": "2026-11-14T08:00:00+07:00",
            "featured": f"{U}/2026/11/hoi-nghi-cds-2000x1200.jpg",
            "tags": ["chuyen-doi-so"],
            "related": [2188, 2104],
        },
    ),
    Story(
        2147,
        "boi-duong-giao-vien-thcs-ve-kiem-tra-danh-gia-theo-thong-tu-22",
        "Bồi dưỡng giáo viên THCS về kiểm tra, đánh giá theo Thông tư 22",
        "chuyen-mon/thcs",
        "2026-11-10T15:45:00+07:00",
        [
            P("Trong hai ngày 08 và 09/11/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức lớp bồi dưỡng chuyên môn về kiểm tra, đánh giá học sinh THCS theo Thông tư 22/2021/TT-BGDĐT cho hơn 300 giáo viên."),
            P("Báo cáo viên là các chuyên viên Sở GD&ĐT Quảng Bình và giáo viên cốt cán cấp tỉnh. Nội dung tập trung vào kỹ thuật xây dựng ma trận, bản đặc tả, biên soạn câu hỏi theo các mức độ nhận thức."),
            Img(f"{U}/2026/11/boi-duong-tt22-1024x683.jpg", "Các học viên thực hành xây dựng ma trận đề kiểm tra", "Các học viên thực hành xây dựng ma trận đề kiểm tra", "gc"),
            P("Đánh giá không chỉ để xếp loại mà quan trọng hơn là giúp học sinh nhận ra mình đang ở đâu và cần cố gắng điều gì.", "quote"),
            P("Kết thúc lớp bồi dưỡng, các tổ chuyên môn được giao nhiệm vụ xây dựng bộ đề tham khảo cho từng khối lớp, hoàn thành trước ngày 30/11/2026."),
            Raw('<p class="has-text-align-right"><em>Nguồn: Sở GD&amp;ĐT Quảng Bình</em></p>'),
        ],
        source="Sở GD&ĐT Quảng Bình",
        opts={
            "ed": GB,
            "dt": "2026-11-10T15:45:00+07:00",
            "mod": "2026-11-12T09:00:00+07:00",
            "comments": [
                (57, 0, "Nguyễn Thị Lệ", "2026-11-11T08:12:33+07:00", "Cảm ơn Phòng đã tổ chức lớp bồi dưỡng rất thiết thực. Mong Phòng chia sẻ thêm tài liệu ma trận mẫu cho môn Ngữ văn."),
                (58, 57, "pgdbadon", "2026-11-11T10:30:05+07:00", "Tài liệu đã được gửi về hộp thư công vụ của các trường, thầy cô liên hệ tổ trưởng chuyên môn để nhận nhé."),
            ],
        },
    ),
    Story(
        2139,
        "ra-mat-cau-lac-bo-tieng-anh-lien-truong-khu-vuc-phia-nam",
        "Ra mắt Câu lạc bộ Tiếng Anh liên trường khu vực phía Nam thị xã",
        "tin-tuc",
        "2026-11-06T07:30:00+07:00",
        [
            P("Chiều 05/11/2026, tại Trường THCS Quảng Thuận, Câu lạc bộ Tiếng Anh liên trường khu vực phía Nam thị xã Ba Đồn chính thức ra mắt với 85 thành viên là học sinh của 5 trường THCS."),
            Img(f"{U}/2026/11/clb-tieng-anh-1.jpg", "Các thành viên Câu lạc bộ tham gia trò chơi khởi động", "Các thành viên Câu lạc bộ tham gia trò chơi khởi động", "plain"),
            P("Câu lạc bộ sinh hoạt định kỳ vào chiều thứ Bảy tuần thứ hai và tuần thứ tư hằng tháng với các hoạt động:"),
            P("👉 Giao tiếp theo chủ đề, hùng biện tiếng Anh;"),
            P("👉 Hát, kể chuyện, đóng kịch bằng tiếng Anh;", "br"),
            P("👉 Giao lưu với tình nguyện viên nước ngoài (trực tuyến).", "br"),
            P("Việc thành lập Câu lạc bộ nhằm tạo môi trường để học sinh rèn luyện kỹ năng nghe, nói, nâng cao sự tự tin khi sử dụng tiếng Anh, đồng thời phát hiện, bồi dưỡng học sinh có năng khiếu."),
            Img(f"{U}/2026/11/clb-tieng-anh-2.jpg", "(Ảnh: Thu Hằng)", None, "plain"),
            Raw(_auc("Thu Hằng")),
            Raw('<p>Xem thêm: <a href="{base}/?p=2104">Phòng GD&amp;ĐT thị xã Ba Đồn triển khai nhiệm vụ năm học 2026 &#8211; 2027</a></p>'),
        ],
        authors=["Thu Hằng"],
        photographers=["Thu Hằng"],
        opts={
            "ed": CL,
            "dt": "2026-11-06T07:30:00+07:00",
            "mod": "2026-11-06T20:15:40+07:00",
            "featured": f"{U}/2026/11/clb-tieng-anh-1.jpg",
            "old_slug": "ra-mat-clb-tieng-anh",
        },
    ),
    Story(
        2131,
        "truong-mam-non-quang-long-don-bang-cong-nhan-truong-dat-chuan-quoc-gia",
        "Trường Mầm non Quảng Long đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        "tin-tuc",
        "2026-11-02T09:00:00+07:00",
        [
            P("Sáng 01/11/2026, Trường Mầm non Quảng Long long trọng tổ chức Lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.", "lead"),
            Img(f"{U}/2026/11/mn-quang-long-1-800x534.jpg", "Ảnh: Minh Châu", None, "cap"),
            P("Trường Mầm non Quảng Long hiện có 12 nhóm, lớp với 356 trẻ; đội ngũ 34 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo."),
            P("Những năm qua, được sự quan tâm của cấp ủy, chính quyền địa phương và sự đồng thuận của phụ huynh, cơ sở vật chất nhà trường được đầu tư khang trang với 12 phòng học kiên cố, khu vui chơi và bếp ăn một chiều đạt chuẩn."),
            Img(f"{U}/2026/11/mn-quang-long-2-800x534.jpg", "Các cháu biểu diễn văn nghệ chào mừng buổi lễ", "Các cháu biểu diễn văn nghệ chào mừng buổi lễ", "cap"),
            P("Phát biểu tại buổi lễ, lãnh đạo UBND thị xã đề nghị nhà trường tiếp tục duy trì, nâng cao các tiêu chuẩn đã đạt được, hướng tới đạt chuẩn quốc gia mức độ 2 vào năm 2028."),
            Raw(_auc("Tin: Phan Thị Huyền")),
        ],
        authors=["Phan Thị Huyền"],
        photographers=["Minh Châu"],
        summary="Sáng 01/11/2026, Trường Mầm non Quảng Long long trọng tổ chức Lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
        opts={
            "ed": CL,
            "dt": "2026-11-02T09:00:00+07:00",
            "featured": f"{U}/2026/11/mn-quang-long-1-2000x1200.jpg",
        },
    ),
    Story(
        2124,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc",
        "2026-10-29T19:20:00+07:00",
        [
            P("Thực hiện Kế hoạch của UBND tỉnh Quảng Bình, từ ngày 01 đến ngày 07/10/2026, ngành Giáo dục thị xã Ba Đồn đã tổ chức nhiều hoạt động hưởng ứng Tuần lễ học tập suốt đời với chủ đề “Chuyển đổi số trong học tập suốt đời”."),
            MORE,
            P("Các trường học tổ chức lễ phát động, trưng bày sách, báo; tổ chức cho học sinh thi tìm hiểu kiến thức qua hình thức trực tuyến; các trung tâm học tập cộng đồng mở lớp tin học cơ bản cho người dân."),
            Img(f"{U}/2026/10/tuan-le-hoc-tap-suot-doi-1024x683.jpg", "Học sinh Trường Tiểu học Quảng Hải đọc sách tại thư viện xanh", "Học sinh Trường Tiểu học Quảng Hải đọc sách tại thư viện xanh", "g"),
            P("Qua Tuần lễ, đã có hơn 12.000 lượt học sinh, giáo viên và người dân tham gia các hoạt động; nhiều mô hình hay như “Thư viện xanh”, “Góc đọc sách gia đình” tiếp tục được nhân rộng."),
            Raw(_au("BBT Website")),
        ],
        opts={
            "ed": GB,
            "dt": "2026-10-29T19:20:00+07:00",
            "featured": f"{U}/2026/10/tuan-le-hoc-tap-suot-doi-2000x1200.jpg",
            "excerpt": "Nhiều hoạt động thiết thực hưởng ứng Tuần lễ học tập suốt đời đã được các trường tổ chức.",
        },
    ),
    Story(
        2117,
        "ket-qua-hoi-thi-khoa-hoc-ky-thuat-cap-thi-xa-nam-hoc-2026-2027",
        "Kết quả Hội thi Khoa học kỹ thuật cấp thị xã dành cho học sinh trung học năm học 2026-2027",
        "chuyen-mon/thcs",
        "2026-10-23T14:00:00+07:00",
        [
            P("Ngày 21/10/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức chấm Hội thi Khoa học kỹ thuật dành cho học sinh trung học cơ sở năm học 2026-2027. Hội thi có 24 dự án của 14 trường tham gia thuộc 6 lĩnh vực.", "mso"),
            P("Ban Giám khảo đã lựa chọn 10 dự án đạt giải, trong đó có 4 dự án được chọn tham dự Cuộc thi cấp tỉnh. Danh sách các dự án đạt giải Nhất, Nhì như sau:", "mso"),
            P("TT | Tên dự án | Tác giả | Đơn vị | Giải", "th"),
            P("1 | Hệ thống tưới cây tự động sử dụng cảm biến độ ẩm | Nguyễn Hoàng Nam, Lê Thu Trang | THCS Quảng Thọ | Nhất", "tr"),
            P("2 | Chế phẩm sinh học xử lý rác thải hữu cơ tại gia đình | Trần Minh Khôi | THCS Ba Đồn | Nhì", "tr"),
            P("3 | Thiết bị cảnh báo đuối nước cho trẻ em | Đặng Bảo Ngọc, Võ Gia Huy | THCS Quảng Phong | Nhì", "tr"),
            P("Các dự án được chọn tham dự cấp tỉnh tiếp tục được hoàn thiện dưới sự hướng dẫn của giáo viên và chuyên viên phụ trách.", "mso"),
            Raw('<p class="MsoNormal" style="text-align: right;" align="right"><b><span style="font-size: 14.0pt; line-height: 115%;">Bộ phận THCS</span></b><o:p></o:p></p>'),
        ],
        authors=["Bộ phận THCS"],
        opts={"ed": CL, "dt": "2026-10-23T14:00:00+07:00"},
    ),
    Story(
        2110,
        "ngay-hoi-hoc-sinh-voi-an-toan-giao-thong-tai-truong-thcs-quang-tho",
        "Ngày hội “Học sinh với an toàn giao thông” tại Trường THCS Quảng Thọ",
        "tin-tuc",
        "2026-10-16T10:30:00+07:00",
        [
            P("Sáng 15/10/2026, Trường THCS Quảng Thọ phối hợp với Đội Cảnh sát giao thông Công an thị xã Ba Đồn tổ chức Ngày hội “Học sinh với an toàn giao thông” cho gần 500 học sinh.", "lead"),
            P("Tại ngày hội, các em được nghe tuyên truyền về Luật Trật tự, an toàn giao thông đường bộ, các quy định về đội mũ bảo hiểm, không đi xe máy điện khi chưa đủ tuổi và kỹ năng xử lý tình huống khi tham gia giao thông."),
            Img(f"{U}/2026/10/atgt-quang-tho-1-1024x683.jpg", None, None, "gal"),
            Img(f"{U}/2026/10/atgt-quang-tho-2-1024x683.jpg", None, None, "gal"),
            P("Phần thi “Đội tuyên truyền an toàn giao thông” với các tiểu phẩm sân khấu hóa đã mang lại nhiều tiếng cười và thông điệp ý nghĩa."),
            Raw(_au("Tin, ảnh: Trần Quốc Việt")),
            RELATED,
        ],
        authors=["Trần Quốc Việt"],
        photographers=["Trần Quốc Việt"],
        summary="Sáng 15/10/2026, Trường THCS Quảng Thọ phối hợp với Đội Cảnh sát giao thông Công an thị xã Ba Đồn tổ chức Ngày hội “Học sinh với an toàn giao thông” cho gần 500 học sinh.",
        opts={
            "ed": GB,
            "dt": "2026-10-16T10:30:00+07:00",
            "mod": "2026-10-17T08:00:12+07:00",
            "featured": f"{U}/2026/10/atgt-quang-tho-1-2000x1200.jpg",
            "gallery_caption": "Học sinh tham gia các hoạt động tại Ngày hội",
            "related": [2188, 2139],
        },
    ),
    Story(
        2104,
        "phong-gddt-thi-xa-ba-don-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Phòng GD&ĐT thị xã Ba Đồn triển khai nhiệm vụ năm học 2026 – 2027",
        "tin-tuc",
        "2026-10-08",
        [
            P("Ngày 06/10/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức Hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với các cơ sở giáo dục mầm non, tiểu học và trung học cơ sở."),
            P("Kết quả năm học 2025-2026", "h4"),
            P("Năm học 2025-2026, toàn thị xã có 18.640 học sinh; tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,6%; có 52 học sinh đạt giải cấp tỉnh, 3 học sinh đạt giải cấp quốc gia."),
            P("Nhiệm vụ trọng tâm năm học 2026-2027", "h4"),
            P("Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 đối với tất cả các khối lớp.", "oli"),
            P("Nâng cao chất lượng giáo dục mũi nhọn, giáo dục kỹ năng sống cho học sinh.", "oli"),
            P("Đẩy mạnh chuyển đổi số, xây dựng trường học an toàn, thân thiện.", "oli"),
            Img(f"{U}/2026/10/hoi-nghi-trien-khai-nhiem-vu-800x450.jpg", "Đồng chí Trưởng phòng GD&ĐT phát biểu tại Hội nghị", "Đồng chí Trưởng phòng GD&ĐT phát biểu tại Hội nghị", "cap"),
            Raw('<p style="text-align: right;"><em>Văn phòng Phòng GD&amp;ĐT</em></p>'),
        ],
        authors=["Văn phòng Phòng GD&ĐT"],
        opts={"ed": CL, "dt": "2026-10-08T00:00:00+07:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
# newest first: the order of every listing
ORDERED = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats", [s.cat])


def permalink(s: Story) -> str:
    return f"/{s.cat}/{s.slug}/"


# --- text helpers ----------------------------------------------------------------------------


def tx(s: str) -> str:
    """Escape and texturize as WordPress prints text (curly quotes, dashes, emoji entities)."""
    out = esc(s).replace("&#x27;", "&#8217;").replace("&quot;", "&#8221;")
    out = out.replace("“", "&#8220;").replace("”", "&#8221;").replace(" – ", " &#8211; ")
    return out.replace("👉", "&#x1f449;")


def vi_date(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def vi_time(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat()


def svg(icon: str) -> str:
    return (
        f'<svg class="icon icon-{icon}" aria-hidden="true" role="img"> '
        f'<use href="#icon-{icon}" xlink:href="#icon-{icon}"></use> </svg>'
    )


_SIZE = re.compile(r"-(\d+)x(\d+)(\.\w+)$")


def original(src: str) -> str:
    return _SIZE.sub(r"\3", src)


def img_tag(base: str, src: str, cls: str, *, lazy: bool, w: int = 1024, h: int = 683) -> str:
    """An image as WordPress + Jetpack Lazy Images print it in post content."""
    m = _SIZE.search(src)
    if m:
        w, h = int(m.group(1)), int(m.group(2))
    srcset = ""
    if m and w > 300:
        stem = original(src)[: -len(m.group(3))]
        srcset = (
            f"{base}{src} {w}w, {base}{stem}-300x{h * 300 // w}{m.group(3)} 300w, "
            f"{base}{stem}-768x{h * 768 // w}{m.group(3)} 768w, {base}{stem}{m.group(3)} 2048w"
        )
    if not lazy:
        extra = f' srcset="{srcset}" sizes="(max-width: 767px) 89vw, (max-width: 1000px) 54vw, 580px"' if srcset else ""
        return f'<img width="{w}" height="{h}" src="{base}{src}" alt="" class="{cls}"{extra} />'
    lazy_srcset = f' data-lazy-srcset="{srcset}"' if srcset else ""
    return (
        f'<img width="{w}" height="{h}" src="{base}/wp-content/plugins/jetpack/modules/lazy-images/images/1x1.trans.gif" '
        f'data-lazy-src="{base}{src}?is-pending-load=1" alt="" class="{cls} jetpack-lazy-image"'
        f' srcset="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"{lazy_srcset} />'
        f'<noscript><img width="{w}" height="{h}" src="{base}{src}" alt="" class="{cls}" /></noscript>'
    )


def _wp_id(src: str) -> int:
    return 3000 + sum(map(ord, src)) % 900


# --- post content ----------------------------------------------------------------------------


def _p_inner(s: Story, b: P, base: str) -> str:
    out = tx(b.text)
    for phrase, href in s.opts.get("links", {}).items():
        t = tx(phrase)
        out = out.replace(t, f'<a href="{base}{href}">{t}</a>', 1)
    return out


def render_blocks(s: Story, blocks: list, base: str, *, lazy: bool) -> str:
    """The post content as its editor saved it and WordPress prints it."""
    gb = s.opts["ed"] == GB
    out: list[str] = []
    i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--more-->":
                out.append(f'<p><span id="more-{s.id}"></span></p>')
            elif b.html == "<!--related-->":
                out.append(related_block(s, base))
            else:
                out.append(b.html.replace("{base}", base))
            i += 1
            continue
        if isinstance(b, Img):
            style = b.style
            if style in ("gal", "cgal"):
                group = []
                while i < n and isinstance(blocks[i], Img) and blocks[i].style == style:
                    group.append(blocks[i])
                    i += 1
                out.append(gallery(s, group, base, lazy=lazy, classic=style == "cgal"))
                continue
            if style == "mt":
                paras = []
                i += 1
                while i < n and isinstance(blocks[i], P) and blocks[i].style == "mt":
                    paras.append(f"<p>{_p_inner(s, blocks[i], base)}</p>")
                    i += 1
                tag = img_tag(base, b.src, f"wp-image-{_wp_id(b.src)}", lazy=lazy)
                out.append(
                    '<div class="wp-block-media-text alignwide is-stacked-on-mobile">'
                    f'<figure class="wp-block-media-text__media">{tag}</figure>'
                    f'<div class="wp-block-media-text__content">{"".join(paras)}</div></div>'
                )
                continue
            out.append(image_html(b, base, lazy=lazy, post=s))
            i += 1
            continue
        # a paragraph
        st = b.style
        if st in ("li", "oli", "quote", "th", "tr"):
            kind = {"li": "ul", "oli": "ol", "quote": "quote", "th": "table", "tr": "table"}[st]
            group = []
            while i < n and isinstance(blocks[i], P) and blocks[i].style in (
                ("th", "tr") if kind == "table" else (st,)
            ):
                group.append(blocks[i])
                i += 1
            out.append(group_html(s, kind, group, base))
            continue
        # a classic paragraph with <br /> continuations
        lines = [_p_inner(s, b, base)]
        i += 1
        while i < n and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(_p_inner(s, blocks[i], base))
            i += 1
        inner = "<br />\n".join(lines)
        if st == "lead" or st == "b":
            out.append(f"<p><strong>{inner}</strong></p>")
        elif st in ("h3", "h4"):
            out.append(f"<{st}>{inner}</{st}>" if gb else f"<{st}><strong>{inner}</strong></{st}>")
        elif st == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;">'
                f'<span style="font-size: 14.0pt; line-height: 115%; font-family: \'Times New Roman\',serif;">{inner}</span><o:p></o:p></p>'
            )
        else:
            out.append(f"<p>{inner}</p>")
    return "\n".join(out)


def group_html(s: Story, kind: str, group: list[P], base: str) -> str:
    gb = s.opts["ed"] == GB
    if kind in ("ul", "ol"):
        items = "".join(f"<li>{_p_inner(s, p, base)}</li>" for p in group)
        return f"<{kind}>{items}</{kind}>"
    if kind == "quote":
        paras = "".join(f"<p>{_p_inner(s, p, base)}</p>" for p in group)
        return f'<blockquote class="wp-block-quote">{paras}</blockquote>'
    head = [p for p in group if p.style == "th"]
    rows = [p for p in group if p.style == "tr"]
    if gb:
        thead = "".join(
            "<tr>" + "".join(f"<th>{tx(c)}</th>" for c in p.text.split(" | ")) + "</tr>" for p in head
        )
        tbody = "".join(
            "<tr>" + "".join(f"<td>{tx(c)}</td>" for c in p.text.split(" | ")) + "</tr>" for p in rows
        )
        cap = s.opts.get("table_caption")
        figcap = f"<figcaption>{tx(cap)}</figcaption>" if cap else ""
        return (
            f'<figure class="wp-block-table is-style-stripes"><table class=""><thead>{thead}</thead>'
            f"<tbody>{tbody}</tbody></table>{figcap}</figure>"
        )
    # a table pasted from Word
    trs = []
    for p in group:
        cells = []
        for c in p.text.split(" | "):
            inner = f"<b>{tx(c)}</b>" if p.style == "th" else tx(c)
            cells.append(
                '<td style="border: solid windowtext 1.0pt; padding: 0cm 5.4pt;" valign="top">'
                f'<p class="MsoNormal" style="text-align: center;" align="center"><span style="font-size: 13.0pt;">{inner}</span></p></td>'
            )
        trs.append(f'<tr style="height: 20.15pt;">{"".join(cells)}</tr>')
    return (
        '<table class="MsoTableGrid" style="border-collapse: collapse; border: none;" border="1" cellspacing="0" cellpadding="0">'
        f"<tbody>{''.join(trs)}</tbody></table>"
    )


def image_html(b: Img, base: str, *, lazy: bool, post: Story) -> str:
    wid = _wp_id(b.src)
    if b.style in ("g", "gc"):
        tag = img_tag(base, b.src, f"wp-image-{wid}", lazy=lazy)
        cap = f"<figcaption>{tx(b.printed)}</figcaption>" if b.printed else ""
        if b.style == "gc":
            return f'<div class="wp-block-image"><figure class="aligncenter size-large">{tag}{cap}</figure></div>'
        return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'
    if b.style == "cap":
        tag = img_tag(base, b.src, f"size-large wp-image-{wid}", lazy=lazy, w=800, h=533)
        att = post.opts.get("attachment")
        if att and att[0] in b.src:
            tag = f'<a href="{base}{permalink(post)}{att[0]}/" rel="attachment wp-att-{att[1]}">{tag}</a>'
            wid = att[1]
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 800px" '
            f'class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{wid}" '
            f'class="wp-caption-text">{tx(b.printed or "")}</figcaption></figure>'
        )
    # classic image in a paragraph, its line printed under it in italics
    tag = img_tag(base, b.src, f"aligncenter size-full wp-image-{wid}", lazy=lazy, w=960, h=640)
    line = f'\n<p style="text-align: center;"><em>{tx(b.printed)}</em></p>' if b.printed else ""
    return f"<p>{tag}</p>{line}"


def gallery(s: Story, group: list[Img], base: str, *, lazy: bool, classic: bool) -> str:
    if classic:
        items = []
        for g in group:
            wid = _wp_id(g.src)
            full = original(g.src)
            tag = img_tag(base, g.src, "attachment-thumbnail size-thumbnail", lazy=lazy, w=150, h=150)
            tag = tag.replace(' alt=""', f' alt="" aria-describedby="gallery-1-{wid}"', 1)
            cap = (
                f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{wid}'>\n\t\t\t\t{tx(g.printed)}\n\t\t\t\t</figcaption>"
                if g.printed
                else ""
            )
            items.append(
                f"<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n\t\t\t\t"
                f"<a href='{base}{full}'>{tag}</a>\n\t\t\t</div>{cap}</figure>"
            )
        return (
            f"<div id='gallery-1' class='gallery galleryid-{s.id} gallery-columns-3 gallery-size-thumbnail'>"
            + "".join(items)
            + "\n\t\t</div>\n"
        )
    items = []
    for g in group:
        wid = _wp_id(g.src)
        tag = img_tag(base, g.src, f"wp-image-{wid}", lazy=lazy)
        tag = tag.replace(
            ' alt=""',
            f' alt="" data-id="{wid}" data-full-url="{base}{original(g.src)}" data-link="{base}/?attachment_id={wid}"',
        )
        cap = f'<figcaption class="blocks-gallery-item__caption">{tx(g.printed)}</figcaption>' if g.printed else ""
        items.append(f'<li class="blocks-gallery-item"><figure>{tag}{cap}</figure></li>')
    gcap = s.opts.get("gallery_caption")
    gfig = f'<figcaption class="blocks-gallery-caption">{tx(gcap)}</figcaption>' if gcap else ""
    return (
        f'<figure class="wp-block-gallery columns-{min(len(group), 3)} is-cropped"><ul class="blocks-gallery-grid">'
        + "".join(items)
        + f"</ul>{gfig}</figure>"
    )


def related_url(target: Story, origin: Story, pos: int) -> str:
    return f"{permalink(target)}?relatedposts_hit=1&relatedposts_origin={origin.id}&relatedposts_position={pos}"


def related_block(s: Story, base: str) -> str:
    items = []
    for pos, rid in enumerate(s.opts.get("related", [])):
        r = BY_ID[rid]
        href = base + related_url(r, s, pos).replace("&", "&#038;")
        thumb = r.opts.get("featured")
        thumb_html = (
            f'<dt>Xem trước</dt><dd class="jp-related-posts-i2__post-img-link"><a href="{href}">'
            f'<img class="jp-related-posts-i2__post-img" src="{base}{original(thumb)[:-4]}-350x200.jpg" alt="{esc(r.title)}" /></a></dd>'
            if thumb
            else ""
        )
        items.append(
            f'<li class="jp-related-posts-i2__post" id="related-posts-item-{s.id}{pos}">'
            f'<a class="jp-related-posts-i2__post-link" id="related-posts-item-{s.id}{pos}-label" href="{href}" '
            f'aria-labelledby="related-posts-item-{s.id}{pos}-label">{tx(r.title)}</a>'
            f'<dl class="jp-related-posts-i2__post-defs">{thumb_html}'
            f'<dt>Ngày</dt><dd class="jp-related-posts-i2__post-date">{vi_date(r.opts["dt"])}</dd>'
            f'<dt>Ngữ cảnh</dt><dd class="jp-related-posts-i2__post-context">Trong &#8220;{esc(CATS[r.cat][1])}&#8221;</dd>'
            "</dl></li>"
        )
    return (
        '<h3 class="jp-relatedposts-headline"><em>Tin liên quan</em></h3>'
        '<nav class="jp-relatedposts-i2" data-layout="grid"><div class="jp-related-posts-i2__row" '
        f'data-post-count="{len(items)}"><ul class="jp-related-posts-i2__list" role="list">'
        + "".join(items)
        + "</ul></div></nav>"
    )


def sharing(s: Story, base: str) -> str:
    url = base + permalink(s)
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-official sd-sharing">'
        '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><div class="fb-share-button" data-href="{url}" data-layout="button_count"></div></li>'
        f'<li class="share-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{url}" '
        f'data-text="{esc(s.title)}">Tweet</a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button" '
        f'href="{url}#print" target="_blank" title="Nhấn để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
        f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' "
        f"id='like-post-wrapper-170245981-{s.id}-6752a1b0' data-src='https://widgets.wp.com/likes/#blog_id=170245981&amp;post_id={s.id}' "
        f"data-name='like-post-frame-170245981-{s.id}'><h3 class=\"sd-title\">Thích bài này:</h3>"
        "<div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'>"
        "<span class='button'><span>Thích</span></span> <span class=\"loading\">Đang tải...</span></div>"
        "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>"
    )


def pages_of(s: Story) -> list[list]:
    parts: list[list] = [[]]
    for b in s.blocks:
        if b is NEXTPAGE:
            parts.append([])
        else:
            parts[-1].append(b)
    return parts


def link_pages(s: Story, base: str, current: int) -> str:
    parts = pages_of(s)
    if len(parts) < 2:
        return ""
    links = []
    for n in range(1, len(parts) + 1):
        if n == current:
            links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
        else:
            href = base + permalink(s) + ("" if n == 1 else f"{n}/")
            links.append(f'<a href="{href}" class="post-page-numbers">{n}</a>')
    return f'<div class="page-links">Trang:{"".join(links)}</div>'


def time_link(s: Story, base: str) -> str:
    dt = s.opts["dt"]
    mod = s.opts.get("mod")
    if mod and mod != dt:
        t = (
            f'<time class="entry-date published" datetime="{dt}">{vi_date(dt)}</time>'
            f'<time class="updated" datetime="{mod}">{vi_date(mod)}</time>'
        )
    else:
        t = f'<time class="entry-date published updated" datetime="{dt}">{vi_date(dt)}</time>'
    return f'<span class="screen-reader-text">Đăng vào</span> <a href="{base}{permalink(s)}" rel="bookmark">{t}</a>'


def post_classes(s: Story) -> str:
    cls = [f"post-{s.id}", "post", "type-post", "status-publish", "format-standard"]
    if s.opts.get("featured"):
        cls.append("has-post-thumbnail")
    cls.append("hentry")
    cls += [f"category-{c.split('/')[-1]}" for c in cats_of(s)]
    cls += [f"tag-{t}" for t in s.opts.get("tags", [])]
    return " ".join(cls)


def cat_links(s: Story, base: str) -> str:
    cats = sorted(cats_of(s), key=lambda c: CATS[c][1].lower())
    links = ", ".join(
        f'<a href="{base}/category/{c}/" rel="category tag">{esc(CATS[c][1])}</a>' for c in cats
    )
    out = f'<span class="cat-links">{svg("folder-open")}<span class="screen-reader-text">Chuyên mục</span>{links}</span>'
    tags = s.opts.get("tags", [])
    if tags:
        tl = ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        out += f'<span class="tags-links">{svg("hashtag")}<span class="screen-reader-text">Thẻ</span>{tl}</span>'
    return f'<footer class="entry-footer"><span class="cat-tags-links">{out}</span></footer>'


# --- page chrome -----------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    ("Tin tức", "/category/tin-tuc/", []),
    ("Thông báo", "/category/thong-bao/", []),
    (
        "Chuyên môn",
        "/category/chuyen-mon/",
        [("Tiểu học", "/category/chuyen-mon/tieu-hoc/"), ("THCS", "/category/chuyen-mon/thcs/")],
    ),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def menu_html(base: str, current: str) -> str:
    items = []
    mid = 31
    for label, href, subs in MENU:
        mid += 1
        cls = ["menu-item", "menu-item-type-custom", "menu-item-object-custom", f"menu-item-{mid}"]
        if href == current:
            cls.append("current-menu-item")
        sub = ""
        if subs:
            cls.append("menu-item-has-children")
            lis = []
            for sl, sh in subs:
                mid += 1
                lis.append(f'<li id="menu-item-{mid}" class="menu-item menu-item-{mid}"><a href="{base}{sh}">{esc(sl)}</a></li>')
            sub = f'<ul class="sub-menu">{"".join(lis)}</ul>'
            label_html = f"{esc(label)}{svg('angle-down')}"
        else:
            label_html = esc(label)
        items.append(f'<li id="menu-item-{mid - len(subs)}" class="{" ".join(cls)}"><a href="{base}{href}">{label_html}</a>{sub}</li>')
    return (
        '<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" '
        'role="navigation" aria-label="Menu trên cùng"><button class="menu-toggle" aria-controls="top-menu" '
        f'aria-expanded="false">{svg("bars")}{svg("close")}Menu</button><div class="menu-menu-chinh-container">'
        f'<ul id="top-menu" class="menu">{"".join(items)}</ul></div>'
        f'<a href="#content" class="menu-scroll-down">{svg("arrow-right")}<span class="screen-reader-text">Cuộn xuống nội dung</span></a>'
        "</nav></div></div>"
    )


def sidebar(base: str) -> str:
    recent = "".join(
        f'<li><a href="{base}{permalink(s)}">{tx(s.title)}</a><span class="post-date">{vi_date(s.opts["dt"])}</span></li>'
        for s in ORDERED[:5]
    )
    p7 = BY_ID[2147]
    cats = []
    for path, (tid, name, parent) in CATS.items():
        count = sum(1 for s in STORIES if path in cats_of(s))
        cats.append((path, tid, name, parent, count))
    cat_lis = []
    for path, tid, name, parent, count in cats:
        if parent:
            continue
        children = "".join(
            f'<li class="cat-item cat-item-{t2}"><a href="{base}/category/{p2}/">{esc(n2)}</a> ({c2})</li>'
            for p2, t2, n2, par2, c2 in cats
            if par2 == path
        )
        kids = f"<ul class='children'>{children}</ul>" if children else ""
        cat_lis.append(f'<li class="cat-item cat-item-{tid}"><a href="{base}/category/{path}/">{esc(name)}</a> ({count}){kids}</li>')
    months = []
    for ym, label in (("2026/12", "Tháng Mười Hai 2026"), ("2026/11", "Tháng Mười Một 2026"), ("2026/10", "Tháng Mười 2026")):
        n = sum(1 for s in STORIES if s.opts["dt"][:7].replace("-", "/") == ym)
        months.append(f"\t<option value='{base}/{ym}/'> {label} &nbsp;({n})</option>\n")
    return (
        '<aside id="secondary" class="widget-area" role="complementary" aria-label="Thanh bên blog">'
        '<section id="custom_html-4" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget">'
        f'<div class="ngay-thang" style="font-weight:bold;color:#0b5394">{TODAY_LINE}</div></div></section>'
        '<section id="search-2" class="widget widget_search">'
        f'<form role="search" method="get" class="search-form" action="{base}/"><label for="search-form-1">'
        '<span class="screen-reader-text">Tìm kiếm cho:</span></label><input type="search" id="search-form-1" '
        'class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" />'
        f'<button type="submit" class="search-submit">{svg("search")}<span class="screen-reader-text">Tìm kiếm</span></button></form></section>'
        f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>'
        '<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Phản hồi gần đây</h2>'
        '<ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">pgdbadon</span> trong '
        f'<a href="{base}{permalink(p7)}#comment-58">{tx(p7.title)}</a></li>'
        '<li class="recentcomments"><span class="comment-author-link">Nguyễn Thị Lệ</span> trong '
        f'<a href="{base}{permalink(p7)}#comment-57">{tx(p7.title)}</a></li></ul></section>'
        '<section id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title">Tin nổi bật</h2>'
        '<div class="textwidget custom-html-widget"><ul class="tin-noi-bat">'
        f'<li><a href="{base}/?p=2166">Chuyên đề dạy học phát triển năng lực đọc cho học sinh lớp 2</a></li>'
        f'<li><a href="{base}/tin-tuc/ket-qua-hoi-thi-khoa-hoc-ky-thuat-cap-thi-xa-nam-hoc-2026-2027/">Kết quả Hội thi KHKT cấp thị xã</a></li>'
        "</ul></div></section>"
        f'<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{"".join(cat_lis)}</ul></section>'
        '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2>'
        '<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>'
        "<select id=\"archives-dropdown-2\" name=\"archive-dropdown\" onchange='document.location.href=this.options[this.selectedIndex].value;'>"
        f'<option value="">Chọn tháng</option>\n{"".join(months)}</select></section>'
        '<section id="text-5" class="widget widget_text"><h2 class="widget-title">Liên kết website</h2><div class="textwidget"><ul>'
        '<li><a href="https://sgddt.quangbinh.gov.vn/" target="_blank" rel="noopener noreferrer">Sở GD&amp;ĐT Quảng Bình</a></li>'
        '<li><a href="https://moet.gov.vn/" target="_blank" rel="noopener noreferrer">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://badon.quangbinh.gov.vn/" target="_blank" rel="noopener noreferrer">Cổng TTĐT thị xã Ba Đồn</a></li>'
        "</ul></div></section>"
        '<section id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget"><h2 class="widget-title">Thống kê truy cập</h2>'
        "<ul><li><label>Đang online:</label> 14</li><li><label>Hôm nay:</label> 386</li>"
        "<li><label>Hôm qua:</label> 512</li><li><label>Tổng truy cập:</label> 1.284.907</li></ul></section>"
        "</aside>"
    )


def footer(base: str) -> str:
    return (
        '<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap">'
        '<aside class="widget-area" role="complementary" aria-label="Chân trang">'
        '<div class="widget-column footer-widget-1"><section id="text-3" class="widget widget_text">'
        '<h2 class="widget-title">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN</h2><div class="textwidget">'
        "<p>Địa chỉ: Số 01 đường Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình<br />\n"
        "Điện thoại: 0232.3512.148 &#8211; Fax: 0232.3512.149<br />\n"
        'Email: <a href="mailto:pgdbadon@quangbinh.edu.vn">pgdbadon@quangbinh.edu.vn</a></p>'
        "<p>Chịu trách nhiệm nội dung: Trưởng phòng Trần Văn Dũng</p></div></section></div>"
        '<div class="widget-column footer-widget-2"><section id="text-4" class="widget widget_text">'
        '<h2 class="widget-title">Giờ làm việc</h2><div class="textwidget"><p>Sáng: 7h00 &#8211; 11h30<br />\n'
        "Chiều: 13h30 &#8211; 17h00 (từ thứ Hai đến thứ Sáu)</p></div></section></div></aside>"
        '<nav class="social-navigation" role="navigation" aria-label="Menu liên kết mạng xã hội">'
        '<div class="menu-mang-xa-hoi-container"><ul id="menu-mang-xa-hoi" class="social-links-menu">'
        f'<li class="menu-item"><a href="https://www.facebook.com/pgdbadon"><span class="screen-reader-text">Facebook</span>{svg("facebook")}</a></li>'
        f'<li class="menu-item"><a href="https://www.youtube.com/channel/UCpgdbadon"><span class="screen-reader-text">YouTube</span>{svg("youtube")}</a></li>'
        "</ul></div></nav>"
        '<div class="site-info">&copy; 2020 &#8211; 2026 Phòng GD&amp;ĐT thị xã Ba Đồn. '
        '<a href="https://vi.wordpress.org/" class="imprint">Tự hào được cung cấp bởi WordPress</a></div>'
        "</div></footer>"
    )


def layout(
    base: str,
    *,
    title: str,
    body_class: str,
    content: str,
    path: str,
    head_extra: str = "",
    front: bool = False,
    featured: str | None = None,
    current_menu: str = "",
) -> Response:
    doc_title = f"{SITE_TITLE} &#8211; {esc(SITE_DESC)}" if front else f"{title} &#8211; Phòng GD&amp;ĐT thị xã Ba Đồn"
    site_title = (
        f'<h1 class="site-title"><a href="{base}/" rel="home">Phòng GD&amp;ĐT thị xã Ba Đồn</a></h1>'
        if front
        else f'<p class="site-title"><a href="{base}/" rel="home">Phòng GD&amp;ĐT thị xã Ba Đồn</a></p>'
    )
    feat = (
        f'<div class="single-featured-image-header"><img width="2000" height="1200" src="{base}{featured}" '
        f'class="attachment-twentyseventeen-featured-image size-twentyseventeen-featured-image wp-post-image" alt="" /></div>'
        if featured
        else ""
    )
    jbase = base.replace("/", "\\/")
    page = f"""<!DOCTYPE html>
<html lang="vi" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{doc_title}</title>
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT thị xã Ba Đồn &raquo; Dòng thông tin" href="{base}/feed/" />
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/12.0.0-1\\/72x72\\/","ext":".png","source":{{"concatemoji":"{jbase}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=5.4.2"}}}};
</script>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=5.4.2' type='text/css' media='all' />
<link rel='stylesheet' id='twentyseventeen-style-css' href='{base}/wp-content/themes/twentyseventeen/style.css?ver=20190507' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=8.6.1' type='text/css' media='all' />
<script type='text/javascript' src='{base}/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<link rel='https://api.w.org/' href='{base}/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{base}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress 5.4.2" />
{head_extra}<style type='text/css'>img#wpstats{{display:none}}</style>
<link rel="icon" href="{base}/wp-content/uploads/2020/08/cropped-logo-pgd-32x32.png" sizes="32x32" />
</head>
<body class="{body_class}">
<div id="page" class="site">
\t<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
\t<header id="masthead" class="site-header" role="banner">
\t\t<div class="custom-header">
\t\t<div class="custom-header-media">
\t\t\t<div id="wp-custom-header" class="wp-custom-header"><img src="{base}/wp-content/uploads/2020/08/cropped-banner-pgd-badon.jpg" width="2000" height="1200" alt="Phòng GD&amp;ĐT thị xã Ba Đồn" srcset="{base}/wp-content/uploads/2020/08/cropped-banner-pgd-badon.jpg 2000w, {base}/wp-content/uploads/2020/08/cropped-banner-pgd-badon-300x180.jpg 300w" sizes="100vw" /></div>
\t\t</div>
\t<div class="site-branding"><div class="wrap">
\t\t<a href="{base}/" class="custom-logo-link" rel="home"><img width="250" height="250" src="{base}/wp-content/uploads/2020/08/logo-pgd.png" class="custom-logo" alt="Phòng GD&amp;ĐT thị xã Ba Đồn" /></a>
\t\t<div class="site-branding-text">{site_title}<p class="site-description">{esc(SITE_DESC)}</p></div>
\t\t<a href="#content" class="menu-scroll-down">{svg("arrow-right")}<span class="screen-reader-text">Cuộn xuống nội dung</span></a>
\t</div></div>
\t\t</div>
{menu_html(base, current_menu)}
\t</header>
{feat}
\t<div class="site-content-contain">
\t\t<div id="content" class="site-content">
{content}
\t\t</div>
{footer(base)}
\t</div>
</div>
<script type='text/javascript' src='{base}/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20190121'></script>
<script type='text/javascript' src='{base}/wp-content/plugins/jetpack/_inc/build/lazy-images/js/lazy-images.min.js?ver=8.6.1'></script>
<script type='text/javascript' src='https://stats.wp.com/e-202649.js' async='async' defer='defer'></script>
<svg style="position: absolute; width: 0; height: 0; overflow: hidden;" version="1.1" xmlns="http://www.w3.org/2000/svg"><defs><symbol id="icon-arrow-right" viewBox="0 0 32 32"><path d="M29.75 16l-11.25 11.25-1.625-1.625 8.5-8.5h-23.375v-2.25h23.375l-8.5-8.5 1.625-1.625z"></path></symbol></defs></svg>
</body>
</html>
"""
    return html(page, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


def _with_sidebar(base: str, inner: str) -> str:
    return f'<div class="wrap">{inner}{sidebar(base)}</div>'


# --- single post ---------------------------------------------------------------------------


def og_tags(s: Story, base: str, page_url: str) -> str:
    exc = s.opts.get("excerpt")
    desc = esc(exc) if exc else esc(next(b.text for b in s.blocks if isinstance(b, P))[:150]) + "&hellip;"
    img = s.opts.get("featured")
    og_img = f'<meta property="og:image" content="{base}{original(img)}" />\n' if img else ""
    mod = s.opts.get("mod") or s.opts["dt"]
    return (
        "<!-- Jetpack Open Graph Tags -->\n"
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{page_url}" />\n'
        f'<meta property="og:description" content="{desc}" />\n'
        f'<meta property="article:published_time" content="{utc(s.opts["dt"])}" />\n'
        f'<meta property="article:modified_time" content="{utc(mod)}" />\n'
        '<meta property="og:site_name" content="Phòng GD&amp;ĐT thị xã Ba Đồn" />\n'
        f"{og_img}"
        '<meta property="og:locale" content="vi_VN" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        "<!-- End Jetpack Open Graph Tags -->\n"
    )


def comments_html(s: Story, base: str) -> str:
    comments = s.opts.get("comments", [])
    url = base + permalink(s)
    out = []
    if comments:
        def one(c: tuple, depth: int) -> str:
            cid, _parent, author, when, textv = c
            kids = [k for k in comments if k[1] == cid]
            children = (
                '<ol class="children">' + "".join(one(k, depth + 1) for k in kids) + "</ol>" if kids else ""
            )
            return (
                f'<li id="comment-{cid}" class="comment {"even thread-even" if depth == 1 else "odd alt"} depth-{depth}">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                '<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/'
                f'{cid:032d}?s=100&#038;d=mm&#038;r=g" class="avatar avatar-100 photo" height="100" width="100" />'
                f'<b class="fn">{esc(author)}</b> <span class="says">viết:</span></div>'
                f'<div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{when}">'
                f"{vi_date(when)} lúc {vi_time(when)}</time></a></div></footer>"
                f'<div class="comment-content"><p>{tx(textv)}</p></div>'
                f"<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' "
                f"data-commentid=\"{cid}\" data-postid=\"{s.id}\" data-belowelement=\"div-comment-{cid}\" "
                f"data-respondelement=\"respond\" aria-label='Trả lời đến {esc(author)}'>{svg('mail-reply')}Trả lời</a></div>"
                f"</article>{children}</li>"
            )

        roots = "".join(one(c, 1) for c in comments if c[1] == 0)
        out.append(
            f'<h2 class="comments-title">{len(comments)} bình luận về &ldquo;{tx(s.title)}&rdquo;</h2>'
            f'<ol class="comment-list">{roots}</ol>'
        )
    out.append(
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Hủy</a></small></h3>'
        f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        'Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" />'
        f"<input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"
    )
    return f'<div id="comments" class="comments-area">{"".join(out)}</div>'


def post_nav(s: Story, base: str) -> str:
    idx = ORDERED.index(s)
    parts = []
    if idx + 1 < len(ORDERED):
        prev = ORDERED[idx + 1]
        parts.append(
            f'<div class="nav-previous"><a href="{base}{permalink(prev)}" rel="prev"><span class="screen-reader-text">Bài trước</span>'
            f'<span aria-hidden="true" class="nav-subtitle">Trước</span> <span class="nav-title">'
            f'<span class="nav-title-icon-wrapper">{svg("arrow-left")}</span>{tx(prev.title)}</span></a></div>'
        )
    if idx > 0:
        nxt = ORDERED[idx - 1]
        parts.append(
            f'<div class="nav-next"><a href="{base}{permalink(nxt)}" rel="next"><span class="screen-reader-text">Bài sau</span>'
            f'<span aria-hidden="true" class="nav-subtitle">Sau</span> <span class="nav-title">{tx(nxt.title)}'
            f'<span class="nav-title-icon-wrapper">{svg("arrow-right")}</span></span></a></div>'
        )
    return (
        '<nav class="navigation post-navigation" role="navigation" aria-label="Bài viết">'
        f'<h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>'
    )


def single(s: Story, base: str, page_no: int = 1) -> Response:
    parts = pages_of(s)
    canon = base + permalink(s) + ("" if page_no == 1 else f"{page_no}/")
    content = render_blocks(s, parts[page_no - 1], base, lazy=True)
    byline = (
        '<span class="byline"> bởi <span class="author vcard"><a class="url fn n" '
        f'href="{base}/author/pgdbadon/">pgdbadon</a></span></span>'
    )
    article = (
        f'<article id="post-{s.id}" class="{post_classes(s)}">'
        f'<header class="entry-header"><div class="entry-meta"><span class="posted-on">{time_link(s, base)}</span>{byline}</div>'
        f'<h1 class="entry-title">{tx(s.title)}</h1></header>'
        f'<div class="entry-content">\n{content}\n{link_pages(s, base, page_no)}{sharing(s, base)}</div>'
        f"{cat_links(s, base)}</article>"
    )
    main = (
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
        f"{article}{comments_html(s, base)}{post_nav(s, base)}</main></div>"
    )
    head = (
        f'<link rel="canonical" href="{canon}" />\n'
        f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={base}{permalink(s)}" />\n'
        + og_tags(s, base, canon)
    )
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard has-header-image has-sidebar colors-light"
    return layout(
        base,
        title=tx(s.title),
        body_class=body_class,
        content=_with_sidebar(base, main),
        path=permalink(s),
        head_extra=head,
        featured=s.opts.get("featured"),
    )


# --- listings --------------------------------------------------------------------------------


def listing_article(s: Story, base: str) -> str:
    """A post on an archive: Twenty Seventeen prints its content up to <!--more-->."""
    parts = pages_of(s)
    blocks = parts[0]
    more = ""
    if MORE in blocks:
        blocks = blocks[: blocks.index(MORE)]
        more = (
            f'<p><a href="{base}{permalink(s)}#more-{s.id}" class="more-link">Đọc tiếp'
            f'<span class="screen-reader-text"> &#8220;{tx(s.title)}&#8221;</span></a></p>'
        )
    blocks = [b for b in blocks if b is not RELATED]
    content = render_blocks(s, blocks, base, lazy=True)
    thumb = ""
    if s.opts.get("featured"):
        f = s.opts["featured"]
        thumb = (
            f'<div class="post-thumbnail"><a href="{base}{permalink(s)}"><img width="2000" height="1200" '
            f'src="{base}{f}" class="attachment-twentyseventeen-featured-image size-twentyseventeen-featured-image wp-post-image" alt="" /></a></div>'
        )
    return (
        f'<article id="post-{s.id}" class="{post_classes(s)}">'
        f'<header class="entry-header"><div class="entry-meta">{time_link(s, base)}</div>'
        f'<h2 class="entry-title"><a href="{base}{permalink(s)}" rel="bookmark">{tx(s.title)}</a></h2></header>'
        f'{thumb}<div class="entry-content">\n{content}\n{more}{link_pages(s, base, 1)}</div></article>'
    )


def pagination(base: str, root: str, page_no: int, total: int) -> str:
    if total < 2:
        return ""

    def href(n: int) -> str:
        return f"{base}{root}" + ("" if n == 1 else f"page/{n}/")

    links = []
    if page_no > 1:
        links.append(f'<a class="prev page-numbers" href="{href(page_no - 1)}">{svg("arrow-left")}<span class="screen-reader-text">Trang trước</span></a>')
    for n in range(1, total + 1):
        label = f'<span class="meta-nav screen-reader-text">Trang </span>{n}'
        if n == page_no:
            links.append(f'<span aria-current="page" class="page-numbers current">{label}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{href(n)}">{label}</a>')
    if page_no < total:
        links.append(f'<a class="next page-numbers" href="{href(page_no + 1)}"><span class="screen-reader-text">Trang sau</span>{svg("arrow-right")}</a>')
    return (
        '<nav class="navigation pagination" role="navigation" aria-label="Bài viết">'
        f'<h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{"".join(links)}</div></nav>'
    )


def listing(base: str, root: str, heading: str, posts: list[Story], page_no: int, body_class: str, current: str = "") -> Response | None:
    total = max(1, -(-len(posts) // PER_PAGE))
    if page_no > total:
        return None
    chunk = posts[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    arts = "".join(listing_article(s, base) for s in chunk)
    main = (
        f'<header class="page-header"><h1 class="page-title">{heading}</h1></header>'
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
        f"{arts}{pagination(base, root, page_no, total)}</main></div>"
    )
    canon = base + root + ("" if page_no == 1 else f"page/{page_no}/")
    head = f'<link rel="canonical" href="{canon}" />\n' if root == "/bai-viet/" else ""
    if page_no > 1:
        body_class += " paged paged-" + str(page_no)
    return layout(
        base,
        title=re.sub(r"<[^>]+>", "", heading) + ("" if page_no == 1 else f" &#8211; Trang {page_no}"),
        body_class=body_class + " hfeed has-header-image has-sidebar page-two-column colors-light",
        content=_with_sidebar(base, main),
        path=root,
        head_extra=head,
        current_menu=current,
    )


def search_page(base: str, q: str) -> Response:
    hits = [s for s in ORDERED if q and q.lower() in s.title.lower()]
    arts = []
    for s in hits:
        excerpt = s.opts.get("excerpt") or " ".join(next(b.text for b in s.blocks if isinstance(b, P)).split()[:55]) + " &hellip;"
        arts.append(
            f'<article id="post-{s.id}" class="{post_classes(s)}"><header class="entry-header">'
            f'<div class="entry-meta">{time_link(s, base)}</div>'
            f'<h2 class="entry-title"><a href="{base}{permalink(s)}" rel="bookmark">{tx(s.title)}</a></h2></header>'
            f'<div class="entry-summary"><p>{tx(excerpt) if "&hellip;" not in excerpt else excerpt} <a href="{base}{permalink(s)}" class="more-link">Đọc tiếp'
            f'<span class="screen-reader-text"> &#8220;{tx(s.title)}&#8221;</span></a></p></div></article>'
        )
    body = "".join(arts) or (
        '<section class="no-results not-found"><div class="page-content"><p>Rất tiếc, không có kết quả phù hợp với từ khóa của bạn. '
        "Vui lòng thử lại với từ khóa khác.</p></div></section>"
    )
    main = (
        f'<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h1></header>'
        f'<div id="primary" class="content-area"><main id="main" class="site-main" role="main">{body}</main></div>'
    )
    return layout(
        base,
        title=f"Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221;",
        body_class="search search-results hfeed has-header-image has-sidebar colors-light",
        content=_with_sidebar(base, main),
        path="/",
        head_extra="<meta name='robots' content='noindex,follow' />\n",
    )


# --- pages -----------------------------------------------------------------------------------

PAGES: dict[str, tuple[int, str, str]] = {
    "/gioi-thieu/": (
        14,
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo thị xã Ba Đồn là cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã, "
        "tham mưu, giúp UBND thị xã thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>\n"
        "<p>Toàn thị xã hiện có 16 trường mầm non, 14 trường tiểu học, 1 trường TH&amp;THCS và 11 trường THCS với "
        "hơn 21.000 học sinh và gần 1.500 cán bộ quản lý, giáo viên, nhân viên.</p>\n"
        "<p>Phòng GD&amp;ĐT có các bộ phận: Văn phòng, Bộ phận Mầm non, Bộ phận Tiểu học, Bộ phận THCS và Bộ phận "
        "Tổ chức cán bộ &#8211; Kế hoạch tài chính.</p>",
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        16,
        "Cơ cấu tổ chức",
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
        "<tr><td>Trần Văn Dũng</td><td>Trưởng phòng</td><td>0913.xxx.148</td></tr>"
        "<tr><td>Nguyễn Thị Hải Yến</td><td>Phó Trưởng phòng</td><td>0915.xxx.276</td></tr>"
        "<tr><td>Lê Quang Huy</td><td>Phó Trưởng phòng</td><td>0912.xxx.390</td></tr>"
        "</tbody></table></figure>\n"
        "<h3>Các bộ phận chuyên môn</h3>\n<ul><li>Văn phòng</li><li>Bộ phận Mầm non</li><li>Bộ phận Tiểu học</li>"
        "<li>Bộ phận THCS</li><li>Bộ phận Tổ chức &#8211; Kế hoạch tài chính</li></ul>",
    ),
    "/lien-he/": (
        18,
        "Liên hệ",
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN</strong></p>\n"
        "<p>Địa chỉ: Số 01 đường Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình<br />\n"
        "Điện thoại: 0232.3512.148<br />\nEmail: pgdbadon@quangbinh.edu.vn</p>\n"
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3814" '
        'width="600" height="350" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></figure>',
    ),
    "/thu-vien-anh/": (
        20,
        "Thư viện ảnh",
        "<p>Một số hình ảnh hoạt động của ngành Giáo dục thị xã Ba Đồn.</p>\n"
        '<figure class="wp-block-gallery columns-3 is-cropped"><ul class="blocks-gallery-grid">'
        + "".join(
            f'<li class="blocks-gallery-item"><figure><img src="{{base}}{U}/2026/09/khai-giang-{n}-1024x683.jpg" alt="" class="wp-image-{2080 + n}"/>'
            f'<figcaption class="blocks-gallery-item__caption">{cap}</figcaption></figure></li>'
            for n, cap in (
                (1, "Lễ khai giảng năm học 2026-2027 tại Trường THCS Ba Đồn"),
                (2, "Học sinh Trường Tiểu học Quảng Long đón năm học mới"),
                (3, "Trẻ Trường Mầm non Quảng Phúc trong ngày hội đến trường"),
                (4, "Lãnh đạo thị xã đánh trống khai giảng"),
            )
        )
        + "</ul></figure>",
    ),
    "/van-ban/": (
        22,
        "Văn bản chỉ đạo",
        '<figure class="wp-block-table"><table><thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>'
        f'<tr><td>287/KH-PGDĐT</td><td>15/09/2026</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026-2027</td><td><a href="{{base}}{U}/2026/09/KH-287-PGDDT.pdf">Tải về</a></td></tr>'
        f'<tr><td>412/TB-PGDĐT</td><td>24/11/2026</td><td>Thông báo tổ chức Hội khỏe Phù Đổng cấp thị xã lần thứ X</td><td><a href="{{base}}{U}/2026/11/TB-412-PGDDT.pdf">Tải về</a></td></tr>'
        "</tbody></table></figure>",
    ),
}


def page_view(path: str, base: str) -> Response:
    pid, title, body = PAGES[path]
    article = (
        f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
        f'<div class="entry-content">\n{body.replace("{base}", base)}\n</div></article>'
    )
    main = f'<div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">{article}</main></div></div>'
    head = f'<link rel="canonical" href="{base}{path}" />\n<link rel=\'shortlink\' href=\'{base}/?p={pid}\' />\n'
    return layout(
        base,
        title=esc(title),
        body_class=f"page-template-default page page-id-{pid} has-header-image page-one-column colors-light",
        content=main,
        path=path,
        head_extra=head,
        current_menu=path,
    )


def attachment_view(s: Story, base: str) -> Response:
    slug, aid = s.opts["attachment"]
    full = f"{U}/2026/11/{slug}.jpg"
    url = f"{base}{permalink(s)}{slug}/"
    t = s.opts["dt"]
    article = (
        f'<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">'
        f'<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Đăng vào</span> '
        f'<a href="{url}" rel="bookmark"><time class="entry-date published updated" datetime="{t}">{vi_date(t)}</time></a></span>'
        '<span class="byline"> bởi <span class="author vcard"><a class="url fn n" '
        f'href="{base}/author/pgdbadon/">pgdbadon</a></span></span></div><h1 class="entry-title">{slug}</h1></header>'
        f'<div class="entry-content">\n<p class="attachment"><a href="{base}{full}"><img width="300" height="200" '
        f'src="{base}{U}/2026/11/{slug}-300x200.jpg" class="attachment-medium size-medium" alt="" /></a></p>\n'
        "<p>Học sinh tham quan gian trưng bày sách của các lớp</p>\n</div></article>"
    )
    nav = (
        '<nav class="navigation post-navigation" role="navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2>'
        f'<div class="nav-links"><div class="nav-previous"><a href="{base}{permalink(s)}" rel="prev"><span class="meta-nav">Đăng trong</span>'
        f'<span class="post-title">{tx(s.title)}</span></a></div></div></nav>'
    )
    main = f'<div id="primary" class="content-area"><main id="main" class="site-main" role="main">{article}{nav}</main></div>'
    return layout(
        base,
        title=slug,
        body_class=f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg has-header-image has-sidebar colors-light",
        content=_with_sidebar(base, main),
        path=f"{permalink(s)}{slug}/",
        head_extra=f'<link rel="canonical" href="{url}" />\n',
    )


def front_page(base: str) -> Response:
    recent = []
    for s in ORDERED[:3]:
        exc = s.opts.get("excerpt") or " ".join(next(b.text for b in s.blocks if isinstance(b, P)).split()[:40])
        recent.append(
            f'<article id="post-{s.id}" class="{post_classes(s)}"><header class="entry-header">'
            f'<div class="entry-meta">{time_link(s, base)}</div>'
            f'<h3 class="entry-title"><a href="{base}{permalink(s)}" rel="bookmark">{tx(s.title)}</a></h3></header>'
            f'<div class="entry-summary"><p>{tx(exc)} &hellip; <a href="{base}{permalink(s)}" class="more-link">Đọc tiếp'
            f'<span class="screen-reader-text"> &#8220;{tx(s.title)}&#8221;</span></a></p></div></article>'
        )

    def panel(n: int, pid: int, title: str, body: str, image: str | None = None, extra: str = "") -> str:
        img = (
            f'<div class="panel-image" style="background-image: url({base}{image});"><div class="panel-image-prop" style="padding-top: 60%"></div></div>'
            if image
            else ""
        )
        return (
            f'<article id="panel{n}" class="twentyseventeen-panel post-{pid} page type-page status-publish hentry">'
            f'{img}<div class="panel-content"><div class="wrap"><header class="entry-header"><h2 class="entry-title">{title}</h2></header>'
            f'<div class="entry-content">{body}</div>{extra}</div></div></article>'
        )

    main = (
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
        '<article id="post-2" class="twentyseventeen-panel post-2 page type-page status-publish hentry">'
        '<div class="panel-content"><div class="wrap"><header class="entry-header"><h2 class="entry-title">Trang chủ</h2></header>'
        '<div class="entry-content"><p>Chào mừng quý thầy cô, quý phụ huynh và các em học sinh đến với Cổng thông tin điện tử '
        "Phòng Giáo dục và Đào tạo thị xã Ba Đồn.</p></div></div></div></article>"
        + panel(1, 14, "Giới thiệu", PAGES["/gioi-thieu/"][2], f"{U}/2020/08/tru-so-pgd-badon.jpg")
        + panel(
            2,
            12,
            "Bài viết mới",
            "",
            extra=f'<div class="recent-posts">{"".join(recent)}</div>'
            f'<p class="xem-tat-ca"><a href="{base}/bai-viet/">Xem tất cả bài viết &raquo;</a></p>',
        )
        + panel(3, 18, "Liên hệ", PAGES["/lien-he/"][2].split("<figure")[0])
        + "</main></div>"
    )
    return layout(
        base,
        title=SITE_TITLE,
        body_class="home page-template-default page page-id-2 twentyseventeen-front-page has-header-image page-one-column title-tagline colors-light",
        content=main,
        path="/",
        head_extra=f'<link rel="canonical" href="{base}/" />\n',
        front=True,
        current_menu="/",
    )


def feed(base: str) -> Response:
    items = "".join(
        f"<item><title>{tx(s.title)}</title><link>{base}{permalink(s)}</link>"
        f"<pubDate>{datetime.fromisoformat(s.opts['dt']).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        f'<dc:creator><![CDATA[pgdbadon]]></dc:creator><guid isPermaLink="false">{base}/?p={s.id}</guid></item>'
        for s in ORDERED[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Phòng GD&amp;ĐT thị xã Ba Đồn</title><link>{base}</link><description>{esc(SITE_DESC)}</description>"
        f"<language>vi</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ---------------------------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self.posts = {permalink(s): s for s in STORIES}
        self.by_slug = {s.slug: s for s in STORIES}
        self.old = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
        self.attachments = {
            f"{permalink(s)}{s.opts['attachment'][0]}/": s for s in STORIES if s.opts.get("attachment")
        }

    def respond(self, request: Request) -> Response | None:
        if request.method == "POST":
            return Response(405, "", {"Allow": "GET"}) if request.path == "/wp-comments-post.php" else None
        base = base_url(request)
        path = request.path
        st = static_file(path) if path.startswith(("/wp-content/", "/wp-includes/")) else None
        if st is not None:
            return st
        if path.endswith(".pdf") and path.startswith(f"{U}/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/":
            return self._root(request, base)
        if not path.endswith("/"):
            if self._route(path + "/", base, request) is not None:
                return redirect(base + path + "/", 301)
            return None
        return self._route(path, base, request)

    def _root(self, request: Request, base: str) -> Response | None:
        params = parse_qs(request.query, keep_blank_values=True)
        if "p" in params:
            try:
                s = BY_ID.get(int(params["p"][0]))
            except ValueError:
                s = None
            return redirect(base + permalink(s), 301) if s else None
        if "s" in params:
            return search_page(base, params["s"][0].strip())
        if request.query and not set(params) <= {"utm_source", "fbclid"}:
            return None
        return front_page(base)

    def _route(self, path: str, base: str, request: Request) -> Response | None:
        if path in self.posts:
            return single(self.posts[path], base)
        if path in PAGES:
            return page_view(path, base)
        if path in self.attachments:
            return attachment_view(self.attachments[path], base)
        if path == "/feed/":
            return feed(base)
        m = re.fullmatch(r"(/.+/)(\d+)/", path)
        if m and m.group(1) in self.posts:
            s = self.posts[m.group(1)]
            n = int(m.group(2))
            return single(s, base, n) if 2 <= n <= len(pages_of(s)) else None
        page_no = 1
        pm = re.fullmatch(r"(/.+/)page/(\d+)/", path)
        root = path
        if pm:
            root, page_no = pm.group(1), int(pm.group(2))
            if page_no < 2:
                return redirect(base + root, 301)
        if root == "/bai-viet/":
            return listing(base, root, "Bài viết mới", ORDERED, page_no, "blog")
        if root.startswith("/category/"):
            cp = root[len("/category/") : -1]
            if cp in CATS:
                posts = [s for s in ORDERED if any(c == cp or c.startswith(cp + "/") for c in cats_of(s))]
                tid, name, _ = CATS[cp]
                return listing(
                    base, root, f"Chuyên mục: {esc(name)}", posts, page_no,
                    f"archive category category-{cp.split('/')[-1]} category-{tid}", current=root,
                )  # fmt: skip
            return None
        if root == "/author/pgdbadon/":
            return listing(base, root, 'Tác giả: <span class="vcard">pgdbadon</span>', ORDERED, page_no, "archive author author-pgdbadon author-1")
        if root.startswith("/tag/"):
            t = root[5:-1]
            if t in TAGS:
                posts = [s for s in ORDERED if t in s.opts.get("tags", [])]
                return listing(base, root, f"Thẻ: {esc(TAGS[t])}", posts, page_no, f"archive tag tag-{t}")
            return None
        mm = re.fullmatch(r"/(2026)/(\d\d)/", root)
        if mm:
            ym = f"{mm.group(1)}-{mm.group(2)}"
            posts = [s for s in ORDERED if s.opts["dt"].startswith(ym)]
            if not posts:
                return None
            label = f"Tháng: {MONTHS[int(mm.group(2)) - 1]} 2026"
            return listing(base, root, label, posts, page_no, "archive date")
        if pm:
            return None
        # WordPress resolves /<any category path>/<post slug>/ and redirects to the permalink;
        # a renamed post's old slug too
        segs = path.strip("/").split("/")
        if len(segs) >= 2:
            cat_path, slug = "/".join(segs[:-1]), segs[-1]
            if cat_path in CATS:
                if slug in self.by_slug:
                    return redirect(base + permalink(self.by_slug[slug]), 301)
                if slug in self.old:
                    return redirect(base + permalink(self.old[slug]), 301)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    for origin in STORIES:
        for pos, rid in enumerate(origin.opts.get("related", [])):
            if rid == s.id:
                alts.append(related_url(s, origin, pos))
    for cid, *_ in s.opts.get("comments", []):
        alts.append(f"{permalink(s)}?replytocom={cid}")
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat][1], alt_paths=_alt_paths(s))
    for s in ORDERED
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/thu-vien-anh/",
    "/van-ban/",
    f"{permalink(BY_ID[2160])}ngay-hoi-doc-sach-1/",
]
