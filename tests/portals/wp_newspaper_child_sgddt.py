"""Sở Giáo dục và Đào tạo tỉnh Bình Định on WordPress 6.2 with a child theme of a tagDiv
Newspaper-like news theme (tdb cloud templates, "td-block" modules), Rank Math SEO, a Vietnamese
social-share plugin ("VN Share" with a Zalo button), kk Star Ratings and lazy-loaded images.

URL scheme (permalink ``/%category%/%postname%-%post_id%.html``):
- posts ``/<category-slug>/<post-slug>-<id>.html``; a post split with ``<!--nextpage-->`` has its
  page 2 at ``/<category-slug>/<post-slug>-<id>.html/2`` (WordPress appends the page number to a
  permalink that ends in ``.html``);
- category archives ``/<category-slug>/`` and ``/<category-slug>/page/<N>/`` (``/page/1/`` 301s to
  the archive, a page past the end is a 404), tag archives ``/tag/<slug>/``, the author archive
  ``/author/bbt_sgddt/`` (+ ``/page/2/``), search ``/?s=…``;
- pages ``/<page-slug>/`` (``/gioi-thieu/``, ``/lien-he/``);
- uploads ``/wp-content/uploads/YYYY/MM/<name>-<w>x<h>.jpg`` (any image path answers).

Page templates: the home page (tdb home template: a "big grid" of the four newest posts, then one
``td_flex_block`` per section with a JS-only "Tải thêm" / next-prev pager), category/tag/author
archives (tdb loop, 3 posts a page for categories, numbered ``page-nav``), the single-post tdb
template (breadcrumbs, category tags, title, excerpt subtitle, author/date/views meta, featured
image, content, source block, tags, share bars, next/prev in the same category, related posts,
comments) and a page template. A sidebar (most read, links, poll, visitor counter) and the footer
are on every page; the header prints today's date in the theme's format.

How each gold article is reached from ``/``:
- home big grid: Tổng kết hội thi GVDG (1211), Thông báo nghỉ Tết (1209), Giải đáp tuyển sinh (1207),
  Hoài Nhơn (1204); the section blocks add Tập huấn Tin học (1198), Học bổng (1176),
  Mầm non Hoa Sen (1187), Hướng dẫn ôn thi HSG (1095);
- not on the home page, only through archives (or the "Tin liên quan" / next-prev links of
  other posts): Ngày Nhà giáo (1138) and
  Mùa mưa bão (1062) are on ``/tin-tuc-su-kien/page/2/``; KHKT Lê Quý Đôn (1041) on
  ``/giao-duc-trung-hoc/``; Ngày hội đọc sách (1070) on ``/gd-mam-non-tieu-hoc/``; 28 trường đạt
  kiểm định (1101) on ``/khao-thi-kiem-dinh/``.

Traps:
1. Home blocks page with AJAX only: "Tải thêm" and the next/prev arrows are ``<a href="#">`` with a
   ``data-td_block_id`` (the theme POSTs ``action=td_ajax_block`` to ``/wp-admin/admin-ajax.php``,
   which answers JSON); five articles are only on numbered category archives, two of them on
   ``/tin-tuc-su-kien/page/2/``. Gold: all 13 reachable by plain links through the archives.
2. Module titles in listings are cut by the theme's title-length setting ("…Kỳ thi chọn học sinh
   giỏi…" ends in "..."); the ``<title>``/og:title carry the site suffix. Gold title: the post's
   ``h1.tdb-title-text`` as printed (typographic quotes “…” from wptexturize kept).
3. Dates in the Vietnamese WordPress locale: "4 Tháng Mười Hai, 2026 lúc 4:10 chiều" (12-hour
   clock with sáng/chiều), and "Tháng Mười" (October) is a prefix of "Tháng Mười Một" /
   "Tháng Mười Hai"; the header prints today as "Thứ Bảy, Tháng Mười Hai 5, 2026". Gold: the
   post's own date (16:10 for "4:10 chiều"), never the header's.
4. Visible date without a time, ``<time datetime>`` / Rank Math ``article:published_time`` with one;
   the child theme prints the ``datetime`` of one post in UTC ("2026-11-26T02:45:00+00:00").
   Gold: the machine-readable time in +07:00 ("2026-11-26T09:45:00+07:00"); posts imported at
   midnight ("T00:00:00+07:00") are the day alone.
5. Lazy images: ``src`` is an SVG ``data:`` placeholder, the real file is in ``data-src`` /
   ``data-srcset``, a ``<noscript><img></noscript>`` copy follows, and the ``<a>`` around it links
   the full-size file. Gold: one image per photo, path = the ``data-src`` file (the sized one).
6. The featured image is printed by the tdb template above the content (``tdb_single_featured_image``
   with ``figcaption.tdb-caption-text``); it is the article's first photo. Listing thumbnails are
   ``<span class="entry-thumb" data-img-url>`` backgrounds and are not the article's.
7. The excerpt is printed as a subtitle (``p.td-post-sub-title``) outside the content: it is the
   sapo and the body's first paragraph. Where a post has no excerpt Rank Math's meta description is
   the first 160 characters of the text: not a sapo (summary null).
8. The ``[dropcap]`` shortcode wraps the first letter of a paragraph in
   ``<span class="dropcap dropcap1">T</span>ham dự…``: gold text "Tham dự…" (no space, no lost
   letter).
9. A post split with ``<!--nextpage-->`` (1095): page 2 (``…-1095.html/2``) holds the rest of the
   text and the byline, and Rank Math's canonical on page 2 points at page 1. Gold: one article whose
   body is pages 1 and 2 in order; page 2 is listed in ``alt_paths``.
10. A post in two categories (1198: Giáo dục Trung học, primary, and Tin tức - Sự kiện) is linked
    from the Tin tức archive as ``/tin-tuc-su-kien/…-1198.html``, which WordPress serves with 200;
    canonical and breadcrumb say the primary one. Gold: the primary path, the other in
    ``alt_paths``; category "Giáo dục Trung học" (the breadcrumb), not the first category tag.
11. Rank Math's table-of-contents block inside the content has its own heading "Nội dung chính" and
    a list of anchors repeating the h2s: not body; the h2s themselves are. Rank Math's FAQ block
    (questions as ``h3.rank-math-question``, answers in ``div.rank-math-answer``) is the post's text.
12. Theme and plugin boxes inside ``.tdb-block-inner`` of the content: the in-content banner spot
    ("- Quảng cáo -"), an inline "CÓ THỂ BẠN QUAN TÂM" related block with other posts' titles and
    excerpts, the VN Share box ("Chia sẻ bài viết: Facebook Zalo Sao chép liên kết") and the
    kk Star Ratings legend ("4.7/5 - (15 bình chọn)") appended by the_content filters: not body.
13. The meta line's author ("Bởi Quản trị viên", Rank Math's schema author) is the CMS account:
    nobody. Authors come from the byline paragraph at the end of the text (right-aligned, bold):
    "Tin, ảnh: X" -> X in both; "Tin: X - Ảnh: Y"; "ThS. X - Phó Trưởng phòng GDTrH" -> X;
    a unit alone ("Phòng Tổ chức cán bộ") is the author as printed.
14. Captions three ways: Gutenberg ``figcaption.wp-element-caption``, the classic ``[caption]``
    shortcode (``figure.wp-caption`` / ``figcaption.wp-caption-text``) and, in classic-editor posts,
    a centred italic paragraph after the image (one in parentheses): all captions, none body.
    A caption "Ảnh: X" only credits X (caption None, X a photographer).
15. The theme's source block under the content ("Nguồn" + link "Báo Bình Định",
    ``tdb_single_source``) is the post's source: "Báo Bình Định".
16. Posts in "Văn bản", "Thư viện ảnh" and "Video" use the very same URL scheme and template but
    are a document entry, an album and a clip: not articles.
17. ``?replytocom=<id>`` links under the comments serve the same post (robots noindex): alt path.

Gold decisions on ambiguous points:
- published_at: the post's ``<time datetime>`` / ``article:published_time`` instant written in
  +07:00, even where the visible line prints only the day (decision 4); midnight = day alone.
- A ``<br>`` list typed with "- " inside one paragraph: each line a paragraph keeping its "- ".
- Headings of the content (h2/h3) are body paragraphs; the TOC block's title is not.
- Table rows of the content (the training schedule) are paragraphs, cells joined by " | ".
- "Bài, ảnh: X (Phòng GDMN-GDTH)" reads like "Tin, ảnh: X": X in authors and photographers.
- The attachment line "Tệp đính kèm: ….pdf" of the notice is not body.
- The split post's page 2 is an alt path of page 1 (not an article of its own).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

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

NAME = "wp_newspaper_child_sgddt"
PLATFORM = "WordPress 6.2 + Newspaper-like child theme (tdb templates), Rank Math, VN Share"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo Bình Định"
HEADER_TODAY = "Thứ Bảy, Tháng Mười Hai 5, 2026"
PER_PAGE = 3
AUTHOR_PER_PAGE = 10

MONTHS = {
    1: "Tháng Một", 2: "Tháng Hai", 3: "Tháng Ba", 4: "Tháng Tư", 5: "Tháng Năm", 6: "Tháng Sáu",
    7: "Tháng Bảy", 8: "Tháng Tám", 9: "Tháng Chín", 10: "Tháng Mười", 11: "Tháng Mười Một",
    12: "Tháng Mười Hai",
}

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "gd-mam-non-tieu-hoc": "GD Mầm non - Tiểu học",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
    "video": "Video",
}

TAGS = {
    "nha-giao": "nhà giáo",
    "chuong-trinh-gdpt-2018": "chương trình GDPT 2018",
    "hoc-sinh-gioi": "học sinh giỏi",
    "tuyen-sinh": "tuyển sinh",
    "kiem-dinh": "kiểm định",
}

NEXTPAGE = Raw("<!--nextpage-->")
UP = "/wp-content/uploads"


def byline(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


INLINE_AD = Raw(
    '<div class="td-a-rec td-a-rec-id-content_inline tdi_71 td_block_template_1">'
    '<span class="td-adspot-title">- Quảng cáo -</span>'
    '<a href="https://ts10.binhdinh.edu.vn/" target="_blank" rel="noopener">'
    f'<img src="{UP}/2025/08/banner-tuyen-sinh-truc-tuyen.png" alt="Tuyển sinh trực tuyến" '
    'width="728" height="90"></a></div>'
)

# --- the stories -------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1211,
        "tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-12-04T16:10:00+07:00",
        [
            Img(f"{UP}/2026/12/tong-ket-hoi-thi-gvdg-thpt-1024x683.jpg",
                "Lãnh đạo Sở GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải cao tại Hội thi.",
                "Lãnh đạo Sở GD&ĐT trao giấy chứng nhận cho các giáo viên đạt giải cao tại Hội thi.",
                "featured"),
            P("Tham dự hội thi năm nay có 241 giáo viên đến từ 48 trường THPT, trung tâm GDNN-GDTX "
              "và các trường phổ thông nhiều cấp học trên địa bàn tỉnh. Mỗi giáo viên dự thi trình "
              "bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực hành trên lớp.",
              "dropcap"),
            P("Hội thi được tổ chức từ ngày 10/11 đến ngày 28/11/2026 tại 6 cụm trường, gồm 14 môn "
              "học theo Chương trình giáo dục phổ thông 2018. Nhiều tiết dạy vận dụng hiệu quả công "
              "nghệ số, tổ chức cho học sinh hoạt động nhóm và trải nghiệm thực tế."),
            INLINE_AD,
            P("Kết quả, Ban tổ chức công nhận 186 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
              "tỉnh, trong đó có 22 giáo viên được tặng giấy khen của Giám đốc Sở vì có thành tích "
              "xuất sắc."),
            Img(f"{UP}/2026/12/gv-thpt-nguyen-trung-truc-tiet-day-1024x683.jpg",
                "Một tiết dạy môn Vật lí của giáo viên Trường THPT Nguyễn Trung Trực.",
                "Một tiết dạy môn Vật lí của giáo viên Trường THPT Nguyễn Trung Trực.", "gb"),
            P("Phát biểu tại buổi tổng kết, ông Nguyễn Văn Hùng, Phó Giám đốc Sở GD&ĐT, đề nghị các "
              "đơn vị nhân rộng những cách làm hay, tiếp tục đổi mới phương pháp dạy học và kiểm "
              "tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh."),
            byline("Tin, ảnh: Lê Thị Thu Hà"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        summary="Chiều 4/12, Sở Giáo dục và Đào tạo tổ chức tổng kết và trao giải Hội thi giáo "
        "viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027 với 186 giáo viên đạt danh hiệu "
        "giáo viên dạy giỏi cấp tỉnh.",
        sapo_outside=True,
        opts={"show_time": True, "tags": ["nha-giao"], "modified": "2026-12-05T08:02:11+07:00"},
    ),
    Story(
        1209,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với học sinh và cán bộ, giáo viên",
        "thong-bao",
        "2026-12-03T17:25:00+07:00",
        [
            P("Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ "
              "sở giáo dục trên địa bàn tỉnh như sau:"),
            P("Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày vào thứ Sáu, ngày "
              "01/01/2027.", "li"),
            P("Thời gian nghỉ bù (nếu có) thực hiện theo hướng dẫn của UBND tỉnh.", "li"),
            P("Thủ trưởng các đơn vị bố trí lịch trực, bảo đảm an ninh, an toàn trường học trong "
              "thời gian nghỉ Tết."),
            Raw('<p>Tệp đính kèm: <a href="/wp-content/uploads/2026/12/Thong-bao-312-TB-SGDDT.pdf">'
                'Thong-bao-312-TB-SGDDT.pdf</a></p>'),
        ],
        opts={"show_time": True},
    ),
    Story(
        1207,
        "giai-dap-thac-mac-ve-tuyen-sinh-lop-10-thpt-nam-hoc-2027-2028",
        "Giải đáp thắc mắc về tuyển sinh lớp 10 THPT năm học 2027 - 2028",
        "khao-thi-kiem-dinh",
        "2026-12-02T09:00:00+07:00",
        [
            P("Phòng Quản lý chất lượng Sở GD&ĐT giải đáp một số câu hỏi phụ huynh, học sinh quan "
              "tâm về kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028.", "lead"),
            P("Kỳ thi tuyển sinh lớp 10 năm 2027 thi mấy môn?", "faq-q"),
            P("Thí sinh thi ba bài thi gồm Ngữ văn, Toán và Tiếng Anh; thí sinh dự tuyển vào trường "
              "chuyên thi thêm môn chuyên.", "faq-a"),
            P("Khi nào Sở công bố phương án tuyển sinh chính thức?", "faq-q"),
            P("Phương án tuyển sinh chính thức được công bố trước ngày 31/3/2027 trên Cổng thông "
              "tin điện tử của Sở.", "faq-a"),
            P("Học sinh có được đăng ký nhiều nguyện vọng không?", "faq-q"),
            P("Mỗi thí sinh được đăng ký tối đa hai nguyện vọng vào các trường THPT công lập, xếp "
              "theo thứ tự ưu tiên.", "faq-a"),
            byline("Phòng QLCL"),
        ],
        authors=["Phòng QLCL"],
        summary="Phòng Quản lý chất lượng Sở GD&ĐT giải đáp một số câu hỏi phụ huynh, học sinh "
        "quan tâm về kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028.",
        opts={"tags": ["tuyen-sinh"]},
    ),
    Story(
        1204,
        "so-gd-dt-lam-viec-voi-ubnd-thi-xa-hoai-nhon-ve-cong-tac-pho-cap-giao-duc",
        "Sở GD&ĐT làm việc với UBND thị xã Hoài Nhơn về công tác phổ cập giáo dục",
        "tin-tuc-su-kien",
        "2026-12-01T10:05:00+07:00",
        [
            P("Sáng 1/12, đoàn công tác của Sở Giáo dục và Đào tạo do bà Trần Thị Thanh Hương, Phó "
              "Giám đốc Sở, làm trưởng đoàn đã có buổi làm việc với UBND thị xã Hoài Nhơn về công "
              "tác phổ cập giáo dục, xóa mù chữ năm 2026."),
            Img(f"{UP}/2026/12/lam-viec-hoai-nhon-800x533.jpg",
                "Quang cảnh buổi làm việc tại UBND thị xã Hoài Nhơn.",
                "Quang cảnh buổi làm việc tại UBND thị xã Hoài Nhơn.", "wpcap"),
            P("Theo báo cáo của UBND thị xã, đến nay 17/17 xã, phường trên địa bàn duy trì đạt chuẩn "
              "phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và "
              "phổ cập giáo dục trung học cơ sở mức độ 2."),
            P("Tỷ lệ thanh niên, thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp THCS đạt 96,8%; tỷ "
              "lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 98,2%."),
            P("Kết luận buổi làm việc, bà Trần Thị Thanh Hương ghi nhận những kết quả thị xã đạt "
              "được, đồng thời đề nghị địa phương rà soát kỹ hồ sơ, cập nhật đầy đủ dữ liệu trên hệ "
              "thống thông tin điện tử quản lý phổ cập giáo dục trước ngày 15/12/2026."),
            byline("Minh Quân (Văn phòng Sở)"),
        ],
        authors=["Minh Quân"],
        opts={"show_time": True, "comments": True},
    ),
    Story(
        1198,
        "tap-huan-trien-khai-chuong-trinh-giao-duc-pho-thong-2018-mon-tin-hoc-lop-12",
        "Tập huấn triển khai Chương trình giáo dục phổ thông 2018 môn Tin học lớp 12",
        "giao-duc-trung-hoc",
        "2026-11-30T08:00:00+07:00",
        [
            P("Từ ngày 28 đến 30/11, Sở GD&ĐT tổ chức lớp tập huấn triển khai Chương trình giáo dục "
              "phổ thông 2018 môn Tin học lớp 12 cho 96 giáo viên cốt cán các trường THPT."),
            P("Nội dung tập huấn tập trung vào hai định hướng Khoa học máy tính và Tin học ứng dụng, "
              "cách xây dựng kế hoạch bài dạy và đánh giá năng lực số của học sinh."),
            P("Lịch tập huấn", "h3"),
            P("Ngày | Nội dung | Báo cáo viên", "tr"),
            P("28/11 | Định hướng Khoa học máy tính | Trần Văn Dũng", "tr"),
            P("29/11 | Định hướng Tin học ứng dụng | Lê Minh Tâm", "tr"),
            P("30/11 | Kiểm tra, đánh giá | Nguyễn Thị Bích", "tr"),
            P("Sau đợt tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên bộ môn "
              "tại đơn vị trước ngày 20/12/2026."),
            byline("ThS. Trần Văn Dũng - Phó Trưởng phòng GDTrH"),
        ],
        authors=["Trần Văn Dũng"],
        opts={"show_time": True, "tags": ["chuong-trinh-gdpt-2018"],
              "also": ["tin-tuc-su-kien"]},
    ),
    Story(
        1187,
        "chuyen-de-xay-dung-moi-truong-giao-duc-lay-tre-lam-trung-tam-tai-quy-nhon",
        "Chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm” tại Quy Nhơn",
        "gd-mam-non-tieu-hoc",
        "2026-11-28T07:55:00+07:00",
        [
            Img(f"{UP}/2026/11/chuyen-de-mam-non-hoa-sen-1024x683.jpg",
                "Các bé Trường Mầm non Hoa Sen tham gia hoạt động trải nghiệm.",
                "Các bé Trường Mầm non Hoa Sen tham gia hoạt động trải nghiệm.", "featured"),
            P("Tham dự chuyên đề có hơn 150 cán bộ quản lý, giáo viên mầm non đến từ 11 huyện, thị "
              "xã, thành phố."),
            P("Các đại biểu được tham quan môi trường giáo dục trong và ngoài lớp học, dự hoạt động "
              "học của trẻ mẫu giáo 5 - 6 tuổi và thảo luận về cách bố trí các góc chơi mở, sử dụng "
              "nguyên vật liệu địa phương."),
            Img(f"{UP}/2026/11/goc-choi-mo-mam-non-800x533.jpg",
                "Góc chơi mở được làm từ nguyên vật liệu tái chế.",
                "Góc chơi mở được làm từ nguyên vật liệu tái chế.", "wpcap"),
            P("Chuyên đề giúp giáo viên có thêm kinh nghiệm trong việc tạo cơ hội cho trẻ được khám "
              "phá, trải nghiệm và phát triển toàn diện."),
            byline("Bài, ảnh: Phan Thị Mỹ Linh (Phòng GDMN-GDTH)"),
        ],
        authors=["Phan Thị Mỹ Linh"],
        photographers=["Phan Thị Mỹ Linh"],
        summary="Sáng 27/11, tại Trường Mầm non Hoa Sen (TP Quy Nhơn), Sở GD&ĐT tổ chức chuyên đề "
        "cấp tỉnh về xây dựng môi trường giáo dục lấy trẻ làm trung tâm.",
        sapo_outside=True,
    ),
    Story(
        1176,
        "trao-hoc-bong-tiep-suc-den-truong-cho-120-hoc-sinh-co-hoan-canh-kho-khan",
        "Trao học bổng “Tiếp sức đến trường” cho 120 học sinh có hoàn cảnh khó khăn",
        "tin-tuc-su-kien",
        "2026-11-26T09:45:00+07:00",
        [
            P("Ngày 26/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh trao 120 suất học bổng “Tiếp "
              "sức đến trường” cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập.", "lead"),
            P("Mỗi suất học bổng trị giá 3 triệu đồng, tổng giá trị 360 triệu đồng do các doanh "
              "nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp. Các em nhận học bổng đều là học "
              "sinh mồ côi, thuộc hộ nghèo hoặc sinh sống ở các huyện miền núi An Lão, Vĩnh Thạnh, "
              "Vân Canh."),
            Img(f"{UP}/2026/11/trao-hoc-bong-tiep-suc-den-truong-768x512.jpg",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh.",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh.", "em"),
            P("Em Đinh Thị Mai, học sinh lớp 11 Trường THPT Vĩnh Thạnh, chia sẻ: “Số tiền học bổng "
              "giúp em có thêm điều kiện mua sách vở và chi phí đi lại trong năm học này.”"),
            P("Dịp này, Ban tổ chức cũng trao tặng 200 bộ sách giáo khoa và 50 xe đạp cho học sinh "
              "các trường vùng khó khăn."),
            byline("Tin: Ngọc Ánh - Ảnh: Văn Lưu"),
        ],
        authors=["Ngọc Ánh"],
        photographers=["Văn Lưu"],
        summary="Ngày 26/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh trao 120 suất học bổng "
        "“Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập.",
        opts={"show_time": True, "utc_attr": True},
    ),
    Story(
        1138,
        "nganh-giao-duc-binh-dinh-huong-ung-ngay-nha-giao-viet-nam-20-11",
        "Ngành Giáo dục Bình Định hưởng ứng Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-18T15:00:00+07:00",
        [
            Raw("TOC"),
            P("Tri ân thầy cô giáo nghỉ hưu", "h2"),
            P("Các phòng GD&ĐT và trường học đã tổ chức thăm hỏi, tặng quà cho hơn 1.200 nhà giáo "
              "đã nghỉ hưu, nhà giáo có hoàn cảnh khó khăn. Nhiều trường tổ chức gặp mặt truyền "
              "thống, mời các thế hệ thầy cô về thăm trường."),
            P("Phong trào thi đua “Dạy tốt - Học tốt”", "h2"),
            P("Trong đợt thi đua cao điểm từ ngày 15/10 đến 20/11, toàn ngành có hơn 8.500 tiết dạy "
              "tốt được đăng ký, nhiều chuyên đề được tổ chức ở các cấp học."),
            Img(f"{UP}/2026/11/tiet-day-tot-chao-mung-20-11-1024x683.jpg",
                "Tiết dạy tốt chào mừng Ngày Nhà giáo Việt Nam tại Trường THCS Ghềnh Ráng.",
                "Tiết dạy tốt chào mừng Ngày Nhà giáo Việt Nam tại Trường THCS Ghềnh Ráng.", "gb"),
            P("Khen thưởng nhà giáo tiêu biểu", "h2"),
            P("Nhân dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 35 nhà giáo có thành tích xuất "
              "sắc; Giám đốc Sở GD&ĐT tặng giấy khen cho 120 tập thể, cá nhân."),
            P("35 bằng khen của Chủ tịch UBND tỉnh;", "li"),
            P("120 giấy khen của Giám đốc Sở GD&ĐT;", "li"),
            P("15 kỷ niệm chương “Vì sự nghiệp giáo dục”.", "li"),
            byline("Phòng Tổ chức cán bộ"),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        summary="Nhiều hoạt động thiết thực được các đơn vị, trường học trong tỉnh tổ chức nhân kỷ "
        "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
        sapo_outside=True,
        opts={"tags": ["nha-giao"]},
    ),
    Story(
        1101,
        "binh-dinh-co-28-truong-dat-kiem-dinh-chat-luong-giao-duc-trong-nam-2026",
        "Bình Định có 28 trường đạt kiểm định chất lượng giáo dục trong năm 2026",
        "khao-thi-kiem-dinh",
        "2026-11-05T10:30:00+07:00",
        [
            P("Năm 2026, toàn tỉnh có 28 trường mầm non, phổ thông được công nhận đạt kiểm định chất "
              "lượng giáo dục, nâng tổng số trường đạt kiểm định lên 612 trường."),
            Img(f"{UP}/2026/11/doan-danh-gia-ngoai-kiem-dinh-1024x683.jpg",
                "Ảnh: Nguyễn Hữu Phước", None, "gb"),
            P("Trong số đó, 9 trường đạt kiểm định chất lượng giáo dục cấp độ 3 và 19 trường đạt "
              "cấp độ 2."),
            Raw("RELATED"),
            P("Ông Võ Đình Khoa, Trưởng phòng Quản lý chất lượng, cho biết công tác tự đánh giá tại "
              "các trường ngày càng đi vào thực chất, gắn với kế hoạch cải tiến chất lượng hằng "
              "năm."),
            byline("Nguyễn Hữu Phước"),
        ],
        authors=["Nguyễn Hữu Phước"],
        photographers=["Nguyễn Hữu Phước"],
        opts={"tags": ["kiem-dinh"]},
    ),
    Story(
        1095,
        "huong-dan-on-tap-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        "Hướng dẫn ôn tập Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        "giao-duc-trung-hoc",
        "2026-11-12T14:20:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 sẽ diễn ra trong hai "
              "ngày 8 và 9/01/2027 với 12 môn thi.", "lead"),
            P("Để chuẩn bị tốt cho kỳ thi, Sở GD&ĐT đề nghị các trường THPT lựa chọn đội tuyển đúng "
              "thực chất, xây dựng kế hoạch ôn tập phù hợp với năng lực của từng học sinh."),
            P("Các môn thi gồm: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
              "Tiếng Anh, Tiếng Pháp, Giáo dục kinh tế và pháp luật, Công nghệ."),
            Img(f"{UP}/2026/11/on-thi-hsg-lop-12-1024x683.jpg",
                "Học sinh đội tuyển Hóa học Trường THPT chuyên Lê Quý Đôn ôn luyện.",
                "Học sinh đội tuyển Hóa học Trường THPT chuyên Lê Quý Đôn ôn luyện.", "gb"),
            NEXTPAGE,
            P("Một số lưu ý về đề thi", "h3"),
            P("Đề thi được ra theo hướng đánh giá năng lực, bám sát chương trình lớp 12 và có phần "
              "nâng cao dành cho học sinh có năng khiếu."),
            P("Thời gian làm bài mỗi môn là 180 phút; riêng môn Tin học thí sinh làm bài trên máy "
              "tính."),
            P("Danh sách thí sinh dự thi gửi về Phòng Quản lý chất lượng trước ngày 15/12/2026 qua "
              "hệ thống quản lý thi."),
            byline("Phòng Giáo dục Trung học"),
        ],
        authors=["Phòng Giáo dục Trung học"],
        summary="Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 sẽ diễn ra trong "
        "hai ngày 8 và 9/01/2027 với 12 môn thi.",
        opts={"tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        1070,
        "hoc-sinh-tieu-hoc-tuy-phuoc-hao-hung-voi-ngay-hoi-doc-sach",
        "Học sinh tiểu học Tuy Phước hào hứng với Ngày hội đọc sách",
        "gd-mam-non-tieu-hoc",
        "2026-10-28",
        [
            P("Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, Phòng GD&ĐT huyện Tuy "
              "Phước tổ chức Ngày hội đọc sách cho học sinh tiểu học toàn huyện."),
            Img(f"{UP}/2026/10/ngay-hoi-doc-sach-tuy-phuoc-768x512.jpg",
                "(Học sinh Trường Tiểu học số 1 Phước Lộc đọc sách tại thư viện xanh)",
                "Học sinh Trường Tiểu học số 1 Phước Lộc đọc sách tại thư viện xanh", "em"),
            P("Tại ngày hội, các em được tham gia nhiều hoạt động như kể chuyện theo sách, vẽ tranh "
              "về nhân vật yêu thích, giới thiệu sách và trao đổi sách cũ."),
            P("Dịp này, ban tổ chức trao tặng 2.000 cuốn sách cho thư viện các trường tiểu học trên "
              "địa bàn."),
        ],
    ),
    Story(
        1062,
        "nhieu-truong-hoc-chu-dong-ung-pho-mua-mua-bao",
        "Nhiều trường học chủ động ứng phó mùa mưa bão",
        "tin-tuc-su-kien",
        "2026-10-22T08:30:00+07:00",
        [
            P("Trước diễn biến phức tạp của thời tiết, các trường học trên địa bàn tỉnh đã chủ động "
              "kiểm tra cơ sở vật chất, chằng chống phòng học, di dời tài liệu, thiết bị đến nơi an "
              "toàn."),
            Img(f"{UP}/2026/10/truong-hoc-chang-chong-mua-bao-1024x576.jpg", None, None, "gb"),
            P("Tại Trường Tiểu học Nhơn Hải (TP Quy Nhơn), giáo viên và phụ huynh cùng nhau cắt tỉa "
              "cây xanh, gia cố mái tôn, kiểm tra hệ thống điện trước khi mưa lớn."),
            P("Sở GD&ĐT yêu cầu các đơn vị theo dõi chặt chẽ thông tin dự báo, chủ động cho học sinh "
              "nghỉ học khi có mưa lớn, lũ lụt và báo cáo kịp thời thiệt hại về Sở."),
            byline("Hoàng Anh"),
        ],
        authors=["Hoàng Anh"],
        source="Báo Bình Định",
        opts={"source_url": "https://baobinhdinh.vn/viewer.aspx?macm=5&macmp=5&mabb=352114"},
    ),
    Story(
        1041,
        "truong-thpt-chuyen-le-quy-don-dat-15-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Trường THPT chuyên Lê Quý Đôn đạt 15 giải tại Cuộc thi khoa học kỹ thuật cấp tỉnh",
        "giao-duc-trung-hoc",
        "2026-10-15",
        [
            P("Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027 "
              "thu hút 126 dự án của 64 trường THCS, THPT trên địa bàn tỉnh."),
            P("Trường THPT chuyên Lê Quý Đôn có 15 dự án đạt giải, trong đó có 3 giải Nhất, 5 giải "
              "Nhì và 7 giải Ba."),
            P("Các dự án đạt giải Nhất gồm:"),
            P("- Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm;", "br"),
            P("- Ứng dụng hỗ trợ học sinh khiếm thị đọc tài liệu;", "br"),
            P("- Chế phẩm sinh học xử lý rơm rạ sau thu hoạch.", "br"),
            Img(f"{UP}/2026/10/hoc-sinh-le-quy-don-du-an-khkt-800x600.jpg",
                "Nhóm học sinh trình bày dự án hệ thống cảnh báo sạt lở đất.",
                "Nhóm học sinh trình bày dự án hệ thống cảnh báo sạt lở đất.", "wpcap"),
            P("Ban tổ chức chọn 6 dự án xuất sắc tham dự Cuộc thi khoa học kỹ thuật cấp quốc gia "
              "năm 2027."),
        ],
        opts={"tags": ["hoc-sinh-gioi"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
REPLY_ID = 58


def post_path(story_or_post, cat: str | None = None) -> str:
    return f"/{cat or story_or_post.cat}/{story_or_post.slug}-{story_or_post.id}.html"


# --- the non-article posts (same URL scheme, other kinds) -------------------------------------


@dataclass
class Other:
    id: int
    slug: str
    title: str
    cat: str
    published_at: str
    content: str
    thumb: str


OTHERS = [
    Other(
        1150,
        "cong-van-so-2415-sgddt-gdtrh-ve-viec-huong-dan-kiem-tra-danh-gia-hoc-ky-i",
        "Công văn số 2415/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá học kỳ I",
        "van-ban",
        "2026-11-20T16:00:00+07:00",
        '<table class="tbl-vanban" style="width:100%" border="1"><tbody>'
        "<tr><td><strong>Số ký hiệu</strong></td><td>2415/SGDĐT-GDTrH</td></tr>"
        "<tr><td><strong>Ngày ban hành</strong></td><td>20/11/2026</td></tr>"
        "<tr><td><strong>Loại văn bản</strong></td><td>Công văn</td></tr>"
        "<tr><td><strong>Cơ quan ban hành</strong></td><td>Sở Giáo dục và Đào tạo</td></tr>"
        "<tr><td><strong>Trích yếu</strong></td><td>Hướng dẫn kiểm tra, đánh giá cuối học kỳ I "
        "năm học 2026 - 2027 đối với cấp THCS, THPT</td></tr></tbody></table>"
        '<p><a class="pdfemb-download" href="/wp-content/uploads/2026/11/CV-2415-SGDDT-GDTrH.pdf">'
        "Tải về: CV-2415-SGDDT-GDTrH.pdf</a></p>"
        '<div class="pdfemb-viewer" data-pdf-url="/wp-content/uploads/2026/11/CV-2415-SGDDT-GDTrH.pdf"'
        ' style="width:100%;height:600px"></div>',
        f"{UP}/2024/05/icon-van-ban-324x220.png",
    ),
    Other(
        1160,
        "hinh-anh-hoi-thi-giao-vien-day-gioi-thpt",
        "Hình ảnh Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
        "thu-vien-anh",
        "2026-11-29T11:00:00+07:00",
        '<div class="tiled-gallery type-rectangular" data-original-width="1068">'
        + "".join(
            f'<div class="tiled-gallery-item"><a href="{UP}/2026/11/album-gvdg-{i}.jpg">'
            f'<img src="{UP}/2026/11/album-gvdg-{i}-300x200.jpg" width="300" height="200" '
            f'alt="album-gvdg-{i}"></a></div>'
            for i in range(1, 7)
        )
        + "</div>",
        f"{UP}/2026/11/album-gvdg-1-324x220.jpg",
    ),
    Other(
        1170,
        "phong-su-nganh-giao-duc-binh-dinh-vuot-kho-sau-mua-lu",
        "Phóng sự: Ngành Giáo dục Bình Định vượt khó sau mùa lũ",
        "video",
        "2026-11-10T09:00:00+07:00",
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">'
        '<div class="wp-block-embed__wrapper"><iframe title="Phóng sự" width="696" height="392" '
        'src="https://www.youtube.com/embed/q8ZrKpTd3sA?feature=oembed" frameborder="0" '
        "allowfullscreen></iframe></div></figure><p>(Nguồn: Đài PT-TH Bình Định)</p>",
        f"{UP}/2026/11/video-vuot-kho-mua-lu-324x220.jpg",
    ),
]

OTHER_BY_ID = {o.id: o for o in OTHERS}

# --- dates -------------------------------------------------------------------------------------


def _parts(iso: str) -> tuple[int, int, int, int | None, int | None]:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", iso)
    assert m
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    hh = int(m[4]) if m[4] else None
    mm = int(m[5]) if m[5] else None
    return y, mo, d, hh, mm


def vi_day(iso: str) -> str:
    y, mo, d, _, _ = _parts(iso)
    return f"{d} {MONTHS[mo]}, {y}"


def vi_time(iso: str) -> str:
    _, _, _, hh, mm = _parts(iso)
    assert hh is not None and mm is not None
    suffix = "sáng" if hh < 12 else "chiều"
    h12 = hh % 12 or 12
    return f"{h12}:{mm:02d} {suffix}"


def iso_attr(iso: str, utc: bool = False) -> str:
    y, mo, d, hh, mm = _parts(iso)
    if hh is None:
        return f"{y:04d}-{mo:02d}-{d:02d}T00:00:00+07:00"
    if utc:
        total = hh * 60 + mm - 7 * 60
        assert total >= 0, "the UTC instant must stay on the same day here"
        return f"{y:04d}-{mo:02d}-{d:02d}T{total // 60:02d}:{total % 60:02d}:00+00:00"
    return f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"


# --- rendering helpers ---------------------------------------------------------------------------


def full_size(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def thumb_of(src: str) -> str:
    return re.sub(r"(-\d+x\d+)?(\.\w+)$", r"-324x220\2", src)


def _dims(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.\w+$", src)
    return (int(m[1]), int(m[2])) if m else (1024, 683)


def lazy_img(src: str, cls: str = "", alt: str = "") -> str:
    w, h = _dims(src)
    ph = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20"
        f"viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"
    )
    full = full_size(src)
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{ph}" data-src="{src}" '
        f'data-srcset="{src} {w}w, {full} 1600w" data-sizes="(max-width: {w}px) 100vw, {w}px" '
        f'class="lazyload {cls}" alt="{esc(alt)}">'
        f'<noscript><img width="{w}" height="{h}" src="{src}" class="{cls}" alt="{esc(alt)}">'
        "</noscript>"
    )


def _anchor(text: str) -> str:
    s = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def render_img(img: Img, n: int) -> str:
    wp_id = 4000 + n
    a = f'<a href="{full_size(img.src)}">'
    if img.style == "gb":
        cap = (
            f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>'
            if img.printed
            else ""
        )
        return (
            f'<figure class="wp-block-image aligncenter size-large">{a}'
            f'{lazy_img(img.src, f"wp-image-{wp_id}")}</a>{cap}</figure>'
        )
    if img.style == "wpcap":
        w, _ = _dims(img.src)
        return (
            f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" '
            f'style="width: {w}px" class="wp-caption aligncenter">{a}'
            f'{lazy_img(img.src, f"size-full wp-image-{wp_id}")}</a>'
            f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">'
            f"{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{a}{lazy_img(img.src, f"aligncenter wp-image-{wp_id}")}'
            f'</a></p>\n<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    raise ValueError(img.style)


def render_toc(story: Story) -> str:
    items = "".join(
        f'<li><a href="#{_anchor(b.text)}">{esc(b.text)}</a></li>'
        for b in story.blocks
        if isinstance(b, P) and b.style == "h2"
    )
    return (
        '<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>Nội dung chính</h2>'
        f"<nav><ul>{items}</ul></nav></div>"
    )


def module_html(story, cat: str | None = None, kind: str = "flex_1", excerpt: bool = True) -> str:
    """A td_module as the loops and blocks print it (title cut at 12 words)."""
    url = post_path(story, cat)
    words = story.title.split()
    shown = " ".join(words[:12]) + ("..." if len(words) > 12 else "")
    if isinstance(story, Story):
        imgs = story.images
        thumb = thumb_of(imgs[0].src) if imgs else f"{UP}/2024/05/no-thumb-sgddt-324x220.png"
        first = next((b.text for b in story.blocks if isinstance(b, P)), "")
        ex = story.summary or first
        date = story.published_at or ""
        utc = bool(story.opts.get("utc_attr"))
    else:
        thumb, ex, date, utc = story.thumb, story.title, story.published_at, False
    ex_words = ex.split()
    ex_short = " ".join(ex_words[:25]) + ("..." if len(ex_words) > 25 else "")
    ex_html = f'<div class="td-excerpt">{esc(ex_short)}</div>' if excerpt else ""
    return (
        f'<div class="td_module_flex td_module_{kind} td_module_wrap td-animation-stack '
        'td-cpt-post"><div class="td-module-container td-category-pos-">'
        '<div class="td-image-container"><div class="td-module-thumb">'
        f'<a href="{url}" rel="bookmark" class="td-image-wrap " title="{esc(story.title)}">'
        f'<span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{thumb}">'
        "</span></a></div></div>"
        '<div class="td-module-meta-info">'
        f'<a href="/{story.cat}/" class="td-post-category">{esc(CATS[story.cat])}</a>'
        f'<h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark" '
        f'title="{esc(story.title)}">{esc(shown)}</a></h3>'
        '<div class="td-editor-date"><span class="td-author-date"><span class="td-post-date">'
        f'<time class="entry-date updated td-module-date" datetime="{iso_attr(date, utc)}">'
        f"{vi_day(date)}</time></span></span></div>{ex_html}</div></div></div>"
    )


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", []),
    ("Tin tức", "/tin-tuc-su-kien/", [("Tin tức - Sự kiện", "/tin-tuc-su-kien/"),
                                        ("Thông báo", "/thong-bao/")]),
    ("Chuyên môn", "#", [("GD Mầm non - Tiểu học", "/gd-mam-non-tieu-hoc/"),
                          ("Giáo dục Trung học", "/giao-duc-trung-hoc/"),
                          ("Khảo thí - Kiểm định", "/khao-thi-kiem-dinh/")]),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/")]),
    ("Liên hệ", "/lien-he/", []),
]


def menu_html() -> str:
    out = ['<ul id="menu-menu-chinh-1" class="sf-menu tdb-block-menu tdb-menu tdb-menu-items-visible">']
    for i, (label, href, subs) in enumerate(MENU):
        mid = 310 + i
        if subs:
            sub = "".join(
                f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'tdb-menu-item"><a href="{h}"><div class="tdb-menu-item-text">{esc(t)}</div></a></li>'
                for t, h in subs
            )
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item menu-item-has-children tdb-menu-item-button '
                f'tdb-menu-item tdb-normal-menu"><a href="{href}"><div class="tdb-menu-item-text">'
                f'{esc(label)}</div><i class="tdb-sub-menu-icon td-icon-down tdb-main-sub-menu-icon">'
                f'</i></a><ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            out.append(
                f'<li id="menu-item-{mid}" class="menu-item tdb-menu-item-button tdb-menu-item '
                f'tdb-normal-menu"><a href="{href}"><div class="tdb-menu-item-text">{esc(label)}'
                "</div></a></li>"
            )
    out.append("</ul>")
    return "".join(out)


def header_html() -> str:
    return (
        '<div class="td-header-template-wrap" style="position: relative">'
        '<div class="td-header-desktop-wrap"><div id="tdi_1" class="tdc-zone">'
        '<div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style">'
        '<div class="tdc-row"><div class="vc_row tdi_5 wpb_row td-pb-row">'
        '<div class="td_block_wrap tdb_header_date tdi_8 td-pb-border-top td_block_template_1">'
        f'<div class="tdb-block-inner td-fix-index"><div class="tdb-head-date-txt">{HEADER_TODAY}'
        "</div></div></div>"
        '<div class="td_block_wrap tdb_header_weather tdi_9"><span class="tdb-weather-deg">26'
        '</span><span class="tdb-weather-unit">C</span> <span class="tdb-weather-city">Quy Nhơn'
        "</span></div>"
        '<div class="tdm-social-wrapper"><a href="https://www.facebook.com/sogddtbinhdinh" '
        'title="Facebook" target="_blank"><i class="td-icon-font td-icon-facebook"></i></a>'
        '<a href="https://www.youtube.com/@sogddtbinhdinh" title="Youtube" target="_blank">'
        '<i class="td-icon-font td-icon-youtube"></i></a></div></div></div>'
        '<div class="tdc-row"><div class="vc_row tdi_12 wpb_row td-pb-row">'
        '<div class="td_block_wrap tdb_header_logo tdi_15"><div class="tdb-block-inner td-fix-index">'
        '<a class="tdb-logo-a" href="/"><span class="tdb-logo-img-wrap">'
        f'<img class="tdb-logo-img td-retina-data" src="{UP}/2024/05/logo-sgddt-binh-dinh.png" '
        f'alt="Logo" title="{SITE}" width="420" height="90"></span>'
        '<span class="tdb-logo-text-wrap"><span class="tdb-logo-text-title">SỞ GIÁO DỤC VÀ ĐÀO '
        'TẠO</span><span class="tdb-logo-text-tagline">TỈNH BÌNH ĐỊNH</span></span></a></div></div>'
        "</div></div>"
        '<div class="tdc-row"><div class="vc_row tdi_18 wpb_row td-pb-row">'
        '<div class="td_block_wrap tdb_header_menu tdi_21 tds_menu_active1 tds_menu_sub_active1">'
        f'<div id="tdi_21" class="td_block_inner td-fix-index">{menu_html()}</div></div>'
        '<div class="td_block_wrap tdb_header_search tdi_24"><div class="tdb-block-inner">'
        '<form method="get" class="tdb-search-form" action="/"><div role="search" '
        'class="tdb-search-form-inner"><input class="tdb-head-search-form-input" placeholder=" " '
        'type="text" value="" name="s" autocomplete="off"><button class="wpb_button '
        'wpb_btn-inverse btn tdb-head-search-form-btn" type="submit"><span>Tìm kiếm</span>'
        "</button></div></form></div></div></div></div></div></div></div></div>"
    )


def sidebar_html() -> str:
    popular = [BY_ID[i] for i in (1176, 1207, 1187, 1095)]
    pop = "".join(module_html(s, kind="6", excerpt=False) for s in popular)
    return (
        '<div class="vc_column tdi_90 wpb_column vc_column_container tdc-column td-pb-span4">'
        '<div class="wpb_wrapper td_block_sticky_sidebar">'
        '<div class="td_block_wrap td_flex_block_1 tdi_91 td-pb-border-top td_block_template_8">'
        '<div class="td-block-title-wrap"><h4 class="td-block-title"><span>Xem nhiều</span></h4>'
        f'</div><div id="tdi_91" class="td_block_inner td-mc1-wrap">{pop}</div></div>'
        '<div class="td_block_wrap td_block_text_with_title tdi_92 td_block_template_8">'
        '<div class="td-block-title-wrap"><h4 class="td-block-title"><span>Liên kết website</span>'
        '</h4></div><div class="td_mod_wrap td-fix-index"><ul>'
        '<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://binhdinh.gov.vn/" target="_blank">Cổng TTĐT tỉnh Bình Định</a></li>'
        '<li><a href="https://dichvucong.binhdinh.gov.vn/" target="_blank">Dịch vụ công trực tuyến'
        "</a></li></ul></div></div>"
        '<div class="td_block_wrap td_block_wp_polls"><h4 class="td-block-title"><span>Thăm dò ý '
        'kiến</span></h4><div id="polls-7" class="wp-polls"><form id="polls_form_7" '
        'class="wp-polls-form" action="/index.php" method="post"><p style="display: none;">'
        '<input type="hidden" name="poll_id" value="7"></p><p style="text-align: center;">'
        "<strong>Bạn đánh giá thế nào về giao diện mới của website?</strong></p>"
        '<div id="polls-7-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-21" name="poll_7" value="21"> '
        '<label for="poll-answer-21">Rất hài lòng</label></li>'
        '<li><input type="radio" id="poll-answer-22" name="poll_7" value="22"> '
        '<label for="poll-answer-22">Hài lòng</label></li>'
        '<li><input type="radio" id="poll-answer-23" name="poll_7" value="23"> '
        '<label for="poll-answer-23">Chưa hài lòng</label></li></ul>'
        '<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " '
        'class="Buttons" onclick="poll_vote(7);"></p></div></form></div></div>'
        '<div class="td_block_wrap widget_visitor_counter"><h4 class="td-block-title"><span>'
        'Thống kê truy cập</span></h4><ul class="wpvc-stats">'
        "<li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.482</b></li>"
        "<li>Tổng truy cập: <b>4.917.356</b></li></ul></div>"
        "</div></div>"
    )


def footer_html() -> str:
    return (
        '<div class="td-footer-template-wrap" style="position: relative">'
        '<div class="td-footer-wrap "><div id="tdi_200" class="tdc-zone">'
        '<div class="tdc_zone tdi_201 wpb_row td-pb-row"><div class="tdc-row">'
        '<div class="vc_row tdi_203 wpb_row td-pb-row">'
        '<div class="td_block_wrap tdb_footer_text"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH '
        "ĐỊNH</strong></p><p>Địa chỉ: 08 Trần Phú, TP. Quy Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: (0256) 3822 547 - Fax: (0256) 3823 281</p>"
        '<p>Email: <a href="mailto:sgddt@binhdinh.gov.vn">sgddt@binhdinh.gov.vn</a></p>'
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p></div>"
        '<div class="td_block_wrap tdb_footer_menu"><ul class="menu">'
        '<li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/lien-he/">Liên hệ</a></li>'
        "</ul></div>"
        '<div class="td_block_wrap tdb_footer_copy"><div class="tdb-block-inner">© Bản quyền '
        "thuộc về Sở Giáo dục và Đào tạo Bình Định. Ghi rõ nguồn khi phát hành lại thông tin từ "
        "website này.</div></div></div></div></div></div></div></div>"
    )


def page_html(request: Request, title: str, body_class: str, main: str, head_extra: str = "",
              canonical: str | None = None, desc: str | None = None) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    meta_desc = f'<meta name="description" content="{esc(desc)}">' if desc else ""
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{esc(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        "<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->\n"
        f"{meta_desc}\n"
        '<meta name="robots" content="follow, index, max-snippet:-1, max-image-preview:large">\n'
        f"{canon}\n{head_extra}\n"
        "<!-- /Rank Math WordPress SEO plugin -->\n"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" '
        f'href="{base}/feed/">\n'
        f"<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.5' "
        "type='text/css' media='all'>\n"
        "<link rel='stylesheet' id='td-theme-child-css' "
        "href='/wp-content/themes/Newspaper-child/style.css?ver=12.5c' type='text/css' media='all'>\n"
        "<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.4'></script>\n"
        '<meta name="generator" content="WordPress 6.2.2">\n'
        "</head>\n"
        f'<body class="{body_class} td-standard-pack global-block-template-8 tdb-template '
        'td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">\n'
        '<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>\n'
        '<div id="td-outer-wrap" class="td-theme-wrap">\n'
        f"{header_html()}\n{main}\n{footer_html()}\n</div>\n"
        "<script type='text/javascript' src='/wp-content/plugins/td-composer/legacy/Newspaper/js/"
        "tagdiv_theme.min.js?ver=12.5'></script>\n"
        "<script>var tdBlocksArray = []; var td_ajax_url=\"\\/wp-admin\\/admin-ajax.php?"
        'td_theme_name=Newspaper&v=12.5";</script>\n'
        "</body>\n</html>\n"
    )


def main_wrap(content: str) -> str:
    return (
        '<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">'
        '<div class="tdc-row"><div class="vc_row tdi_44 wpb_row td-pb-row">'
        '<div class="vc_column tdi_47 wpb_column vc_column_container tdc-column td-pb-span8">'
        f'<div class="wpb_wrapper">{content}</div></div>{sidebar_html()}</div></div></div></div>'
    )


def breadcrumbs(items: list[tuple[str, str | None]]) -> str:
    out = ['<div class="td_block_wrap tdb_breadcrumbs tdi_50 td-pb-border-top td_block_template_8">'
           '<div class="tdb-block-inner td-fix-index">']
    for i, (label, href) in enumerate(items):
        if i:
            out.append('<i class="tdb-bread-sep td-icon-right"></i>')
        if href:
            out.append(f'<span><a title="" class="tdb-entry-crumb" href="{href}">{esc(label)}</a></span>')
        else:
            out.append(f'<span class="tdb-bred-no-url-last">{esc(label)}</span>')
    out.append("</div></div>")
    return "".join(out)


def page_nav(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    out = ['<div class="page-nav td-pb-padding-side">']
    if page > 1:
        out.append(f'<a href="{link(page - 1)}" aria-label="prev-page">'
                   '<i class="page-nav-icon td-icon-menu-left"></i></a>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<span class="current">{n}</span>')
        else:
            out.append(f'<a href="{link(n)}" class="page" title="{n}">{n}</a>')
    if page < pages:
        out.append(f'<a href="{link(page + 1)}" aria-label="next-page">'
                   '<i class="page-nav-icon td-icon-menu-right"></i></a>')
    out.append(f'<span class="pages">Trang {page} trên {pages}</span><div class="clearfix"></div></div>')
    return "".join(out)


# --- the site -----------------------------------------------------------------------------------


def _date_key(p) -> str:
    return iso_attr(p.published_at)


def posts_in_cat(cat: str) -> list:
    items = [s for s in STORIES if s.cat == cat or cat in s.opts.get("also", [])]
    items += [o for o in OTHERS if o.cat == cat]
    return sorted(items, key=_date_key, reverse=True)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST" and path == "/wp-admin/admin-ajax.php":
            return self.ajax(request)
        if path == "/wp-admin/admin-ajax.php":
            return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
        if path.lower().endswith(".pdf") and path.startswith("/wp-content/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "s" in request.params:
                return self.search(request)
            if "p" in request.params:
                return self.shortlink(request.params["p"])
            return self.home(request)
        if path == "/feed/":
            return self.feed(request)
        m = re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html(?:/(\d+))?", path)
        if m:
            return self.post(request, m[1], m[2], int(m[3]), int(m[4] or 1))
        m = re.fullmatch(r"/([a-z0-9-]+)/(?:page/(\d+)/)?", path)
        if m and m[1] in CATS:
            return self.category(request, m[1], int(m[2] or 1))
        m = re.fullmatch(r"/tag/([a-z0-9-]+)/", path)
        if m and m[1] in TAGS:
            return self.tag(request, m[1])
        m = re.fullmatch(r"/author/bbt_sgddt/(?:page/(\d+)/)?", path)
        if m:
            return self.author(request, int(m[1] or 1))
        if path in ("/gioi-thieu/", "/lien-he/"):
            return self.wp_page(request, path)
        return None

    # -- listings --

    def home(self, request: Request) -> Response:
        latest = sorted(STORIES, key=_date_key, reverse=True)
        grid = "".join(module_html(s, kind="mx1", excerpt=False) for s in latest[:4])
        blocks = [
            '<div class="td_block_wrap td_block_big_grid_flex_1 tdi_60 td-grid-style-1 '
            f'td-hover-1 td-big-grids-flex"><div id="tdi_60" class="td_block_inner">{grid}</div></div>'
        ]
        sections = [
            ("tin-tuc-su-kien", 4, "loadmore"),
            ("giao-duc-trung-hoc", 2, "nextprev"),
            ("gd-mam-non-tieu-hoc", 1, "nextprev"),
            ("khao-thi-kiem-dinh", 1, "nextprev"),
            ("thong-bao", 2, "loadmore"),
        ]
        for n, (cat, limit, pager) in enumerate(sections):
            uid = f"tdi_{63 + n * 3}"
            items = [p for p in posts_in_cat(cat) if isinstance(p, Story)]
            mods = "".join(module_html(s, cat=s.cat) for s in items[:limit])
            if pager == "loadmore":
                pg = (
                    '<div class="td-load-more-wrap td-load-more-infinite-wrap">'
                    f'<a href="#" class="td_ajax_load_more td_ajax_load_more_js" id="next-page-{uid}" '
                    f'data-td_block_id="{uid}">Tải thêm<i class="td-load-more-icon td-icon-right"></i>'
                    "</a></div>"
                )
            else:
                pg = (
                    '<div class="td-next-prev-wrap">'
                    f'<a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" '
                    f'id="prev-page-{uid}" data-td_block_id="{uid}"><i class="td-next-prev-icon '
                    'td-icon-font td-icon-menu-left"></i></a>'
                    f'<a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-{uid}" '
                    f'data-td_block_id="{uid}"><i class="td-next-prev-icon td-icon-font '
                    'td-icon-menu-right"></i></a></div>'
                )
            atts = json.dumps({"category_id": cat, "limit": limit, "ajax_pagination": pager,
                               "td_ajax_filter_type": "", "class": uid}, ensure_ascii=False)
            blocks.append(
                f'<div class="td_block_wrap td_flex_block_1 {uid} td_with_ajax_pagination '
                f'td-pb-border-top td_block_template_8" data-td-block-uid="{uid}">'
                f"<script>var block_{uid} = new tdBlock(); block_{uid}.id = \"{uid}\"; "
                f"block_{uid}.atts = '{esc(atts)}'; block_{uid}.td_current_page = 1; "
                f"block_{uid}.max_num_pages = {max(1, -(-len(items) // limit))}; "
                f"tdBlocksArray.push(block_{uid});</script>"
                '<div class="td-block-title-wrap"><h4 class="td-block-title">'
                f'<a href="/{cat}/" class="td-pulldown-size">{esc(CATS[cat])}</a></h4></div>'
                f'<div id="{uid}" class="td_block_inner td-mc1-wrap">{mods}</div>{pg}</div>'
            )
        main = main_wrap("".join(blocks))
        head = (
            f'<meta property="og:locale" content="vi_VN"><meta property="og:type" content="website">'
            f'<meta property="og:title" content="Trang chủ - {SITE}">'
            f'<meta property="og:url" content="{base_url(request)}/">'
        )
        body = page_html(request, f"Trang chủ - {SITE}", "home page-template-default page page-id-2",
                         main, head, canonical="/",
                         desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bình Định")
        return html(body)

    def ajax(self, request: Request) -> Response:
        form = request.form
        if form.get("action") != "td_ajax_block":
            return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
        try:
            atts = json.loads(form.get("td_atts", "{}"))
            page = int(form.get("td_current_page", "1"))
        except (ValueError, json.JSONDecodeError):
            return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
        cat = atts.get("category_id", "")
        limit = int(atts.get("limit", 3))
        items = [p for p in posts_in_cat(cat) if isinstance(p, Story)] if cat in CATS else []
        chunk = items[(page - 1) * limit: page * limit]
        data = {
            "td_data": "".join(module_html(s, cat=s.cat) for s in chunk),
            "td_block_id": form.get("td_block_id", ""),
            "td_hide_prev": page <= 1,
            "td_hide_next": page * limit >= len(items),
        }
        return Response(200, json.dumps(data, ensure_ascii=False),
                        {"Content-Type": "application/json; charset=UTF-8"})

    def _archive(self, request: Request, title: str, items: list, base: str, page: int,
                 per_page: int, body_class: str, crumbs: list, link_cat: str | None = None):
        pages = max(1, -(-len(items) // per_page))
        if page == 1 and base + "page/1/" == request.path:
            return redirect(base, 301)
        if page > pages:
            return None
        chunk = items[(page - 1) * per_page: page * per_page]
        mods = "".join(
            module_html(p, cat=link_cat if isinstance(p, Story) and link_cat else None)
            for p in chunk
        )
        content = (
            breadcrumbs(crumbs)
            + '<div class="td_block_wrap tdb_title tdi_52 tdb-category-title td-pb-border-top '
            f'td_block_template_8"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">'
            f"{esc(title)}</h1></div></div>"
            + '<div class="td_block_wrap tdb_loop tdi_55 tdb-numbered-pagination td_with_ajax_pagination '
            'td-pb-border-top td_block_template_8 tdb-category-loop-posts">'
            f'<div id="tdi_55" class="td_block_inner tdb-block-inner td-fix-index">{mods}</div>'
            f"{page_nav(base, page, pages)}</div>"
        )
        suffix = f" - Trang {page} trên {pages}" if page > 1 else ""
        canonical = base if page == 1 else f"{base}page/{page}/"
        body = page_html(request, f"{title}{suffix} - {SITE}", body_class, main_wrap(content),
                         canonical=canonical)
        return html(body)

    def category(self, request: Request, cat: str, page: int):
        items = posts_in_cat(cat)
        return self._archive(
            request, CATS[cat], items, f"/{cat}/", page, PER_PAGE,
            f"archive category category-{cat} tdb_template_95",
            [("Trang chủ", "/"), (CATS[cat], None)], link_cat=cat,
        )

    def tag(self, request: Request, slug: str):
        items = sorted([s for s in STORIES if slug in s.opts.get("tags", [])], key=_date_key,
                       reverse=True)
        return self._archive(
            request, f"Thẻ: {TAGS[slug]}", items, f"/tag/{slug}/", 1, PER_PAGE,
            f"archive tag tag-{slug} tdb_template_97",
            [("Trang chủ", "/"), ("Thẻ", None), (TAGS[slug], None)],
        )

    def author(self, request: Request, page: int):
        items = sorted([*STORIES, *OTHERS], key=_date_key, reverse=True)
        return self._archive(
            request, "Quản trị viên", items, "/author/bbt_sgddt/", page, AUTHOR_PER_PAGE,
            "archive author author-bbt_sgddt author-1 tdb_template_99",
            [("Trang chủ", "/"), ("Tác giả", None), ("Quản trị viên", None)],
        )

    def search(self, request: Request) -> Response:
        q = request.params.get("s", "").strip()
        found = [s for s in STORIES if q and q.lower() in s.title.lower()][:PER_PAGE]
        mods = "".join(module_html(s) for s in found) or (
            '<div class="no-results td-pb-padding-side"><h2>Không tìm thấy kết quả nào phù hợp.</h2>'
            "</div>"
        )
        content = (
            breadcrumbs([("Trang chủ", "/"), ("Tìm kiếm", None)])
            + f'<h1 class="tdb-title-text">Kết quả tìm kiếm: {esc(q)}</h1>'
            + f'<div class="tdb_loop">{mods}</div>'
        )
        head = '<meta name="robots" content="noindex, follow">'
        return html(page_html(request, f"Bạn đã tìm kiếm {q} - {SITE}", "search search-results",
                              main_wrap(content), head))

    def shortlink(self, pid: str) -> Response | None:
        if pid.isdigit() and int(pid) in BY_ID:
            return redirect(post_path(BY_ID[int(pid)]), 301)
        return None

    def feed(self, request: Request) -> Response:
        base = base_url(request)
        items = "".join(
            f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link></item>"
            for s in sorted(STORIES, key=_date_key, reverse=True)[:10]
        )
        rss = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
               f"<title>{SITE}</title><link>{base}/</link>{items}</channel></rss>")
        return Response(200, rss, {"Content-Type": "application/rss+xml; charset=UTF-8"})

    def wp_page(self, request: Request, path: str) -> Response:
        if path == "/gioi-thieu/":
            title = "Giới thiệu"
            text = (
                "<p>Sở Giáo dục và Đào tạo tỉnh Bình Định là cơ quan chuyên môn thuộc UBND tỉnh, "
                "tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào "
                "tạo trên địa bàn tỉnh.</p>"
                "<h2>Chức năng, nhiệm vụ</h2><p>Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và "
                "công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên "
                "môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"
                "<h2>Lãnh đạo Sở</h2><ul><li>Giám đốc: Đào Đức Tuấn</li>"
                "<li>Phó Giám đốc: Nguyễn Văn Hùng</li>"
                "<li>Phó Giám đốc: Trần Thị Thanh Hương</li></ul>"
            )
        else:
            title = "Liên hệ"
            text = (
                "<p>Sở Giáo dục và Đào tạo tỉnh Bình Định</p><p>Địa chỉ: 08 Trần Phú, TP. Quy Nhơn"
                "</p><p>Điện thoại: (0256) 3822 547</p>"
                '<div class="wpcf7 no-js" id="wpcf7-f512-p20-o1" lang="vi" dir="ltr">'
                '<form action="/lien-he/#wpcf7-f512-p20-o1" method="post" class="wpcf7-form init">'
                '<p><label>Họ và tên<br><input type="text" name="your-name" size="40"></label></p>'
                '<p><label>Email<br><input type="email" name="your-email" size="40"></label></p>'
                '<p><label>Nội dung<br><textarea name="your-message" cols="40" rows="6"></textarea>'
                '</label></p><p><input type="submit" value="Gửi liên hệ" class="wpcf7-submit"></p>'
                "</form></div>"
            )
        content = (
            breadcrumbs([("Trang chủ", "/"), (title, None)])
            + f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{title}'
            f'</span></h1></div><div class="td-page-content tagdiv-type">{text}</div>'
        )
        return html(page_html(request, f"{title} - {SITE}", "page-template-default page",
                              main_wrap(content), canonical=path))

    # -- single posts --

    def post(self, request: Request, cat: str, slug: str, pid: int, page: int):
        story = BY_ID.get(pid)
        if story is not None:
            cats = [story.cat, *story.opts.get("also", [])]
            if slug != story.slug or cat not in cats:
                return None
            pages = 1 + sum(1 for b in story.blocks if b is NEXTPAGE)
            if page > pages or request.path.endswith("/1"):
                return None
            return html(self.render_story(request, story, page, pages))
        other = OTHER_BY_ID.get(pid)
        if other is None or other.slug != slug or other.cat != cat or page != 1:
            return None
        return html(self.render_other(request, other))

    def _meta_block(self, iso_pub: str, visible: str, utc: bool, views: int) -> str:
        return (
            '<div class="td_block_wrap tdb_single_author tdi_56 tdb-post-author-wrap '
            'td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index">'
            f'<a class="tdb-author-photo" href="/author/bbt_sgddt/" title="Quản trị viên">'
            f'<img alt="Quản trị viên" src="{UP}/2024/05/avatar-qtv-96x96.png" class="avatar" '
            'width="96" height="96"></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">'
            'Bởi</span> <a class="tdb-author-name" href="/author/bbt_sgddt/">Quản trị viên</a>'
            "</div></div></div>"
            '<div class="td_block_wrap tdb_single_date tdi_57 td-pb-border-top td_block_template_8" '
            'style="display:inline-block"><div class="tdb-block-inner td-fix-index">'
            '<i class="tdb-date-icon td-icon-calendar"></i>'
            f'<time class="entry-date updated td-module-date" datetime="{iso_attr(iso_pub, utc)}">'
            f"{visible}</time></div></div>"
            '<div class="td_block_wrap tdb_single_post_views tdi_58"><div class="tdb-block-inner '
            f'td-fix-index"><i class="tdb-views-icon td-icon-views"></i><span class="td-nr-views-'
            f'{views}">{views}</span></div></div>'
        )

    def _sharing(self, url: str, title: str) -> str:
        return (
            '<div class="td_block_wrap tdb_single_post_share tdi_59 td-pb-border-top '
            'td_block_template_8"><div id="tdi_59" class="td-post-sharing tdb-block '
            'td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible">'
            '<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler '
            'td-social-share-text"><div class="td-social-but-text">Chia sẻ</div></div>'
            f'<a class="td-social-sharing-button td-social-network td-social-facebook" '
            f'href="https://www.facebook.com/sharer.php?u={url}" title="Facebook">'
            '<div class="td-social-but-icon"><i class="td-icon-facebook"></i></div></a>'
            f'<a class="td-social-sharing-button td-social-network td-social-print" href="#" '
            'title="Print"><div class="td-social-but-icon"><i class="td-icon-print"></i></div></a>'
            f'<a class="td-social-sharing-button td-social-network td-social-mail" '
            f'href="mailto:?subject={esc(title)}&amp;body={url}" title="Email">'
            '<div class="td-social-but-icon"><i class="td-icon-mail"></i></div></a>'
            "</div></div></div>"
        )

    def _content_tail(self, story: Story, url: str) -> str:
        votes = 9 + story.id % 13
        score = 4 + (story.id % 9) / 10
        return (
            '<div class="vnss-share-box vnss-after-content"><span class="vnss-label">Chia sẻ bài '
            f'viết:</span> <a class="vnss-btn vnss-fb" href="https://www.facebook.com/sharer/'
            f'sharer.php?u={url}" rel="nofollow" target="_blank">Facebook</a> '
            f'<span class="zalo-share-button vnss-btn vnss-zalo" data-href="{url}" '
            'data-oaid="579745863508352884" data-layout="2" data-customize="true">Zalo</span> '
            f'<a class="vnss-btn vnss-copy" href="#" data-clipboard-text="{url}">Sao chép liên kết'
            "</a></div>"
            '<div class="kk-star-ratings kksr-auto kksr-align-left kksr-valign-bottom" '
            f'data-payload=\'{{"align":"left","id":"{story.id}","slug":"default","valign":"bottom",'
            f'"reference":"auto","count":"{votes}","score":"{score:.1f}","best":"5"}}\'>'
            '<div class="kksr-stars"><div class="kksr-stars-inactive">'
            + '<div class="kksr-star" data-star="1"><div class="kksr-icon"></div></div>' * 5
            + "</div></div>"
            f'<div class="kksr-legend" style="font-size: 19.2px;">{score:.1f}/5 - ({votes} bình '
            "chọn)</div></div>"
        )

    def _related_inline(self, story: Story) -> str:
        picks = [BY_ID[1207], BY_ID[1095]]
        mods = "".join(module_html(s, kind="related", excerpt=True) for s in picks)
        return (
            '<div class="td_block_wrap td_block_related_posts tdi_88 td_with_ajax_pagination '
            'td-pb-border-top td_block_template_8 td-inline-related" data-td-block-uid="tdi_88">'
            '<div class="td-related-title"><a id="tdi_89" class="td-related-left '
            'td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_88" href="#">'
            "CÓ THỂ BẠN QUAN TÂM</a></div>"
            f'<div id="tdi_88" class="td_block_inner">{mods}</div></div>'
        )

    def render_content(self, story: Story, page: int) -> str:
        # split on NEXTPAGE
        chunks: list[list] = [[]]
        for b in story.blocks:
            if b is NEXTPAGE:
                chunks.append([])
            else:
                chunks[-1].append(b)
        blocks = chunks[page - 1]
        img_no = sum(1 for c in chunks[: page - 1] for b in c if isinstance(b, Img))
        out: list[str] = []
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if isinstance(b, Img):
                img_no += 1
                if b.style != "featured":
                    out.append(render_img(b, img_no + story.id))
                i += 1
                continue
            if isinstance(b, Raw):
                if b.html == "TOC":
                    out.append(render_toc(story))
                elif b.html == "RELATED":
                    out.append(self._related_inline(story))
                else:
                    out.append(b.html)
                i += 1
                continue
            style = b.style
            if style in ("li", "tr", "faq-q", "faq-a"):
                group = {"li": ("li",), "tr": ("tr",), "faq-q": ("faq-q", "faq-a"),
                         "faq-a": ("faq-q", "faq-a")}[style]
                j = i
                while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in group:
                    j += 1
                items = blocks[i:j]
                if style == "li":
                    out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in items) + "</ul>")
                elif style == "tr":
                    rows = []
                    for k, p in enumerate(items):
                        tag = "th" if k == 0 else "td"
                        rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>"
                                                     for c in p.text.split(" | ")) + "</tr>")
                    out.append('<figure class="wp-block-table is-style-stripes"><table><tbody>'
                               + "".join(rows) + "</tbody></table></figure>")
                else:
                    qa = []
                    n = 0
                    for p in items:
                        if p.style == "faq-q":
                            n += 1
                            if n > 1:
                                qa.append("</div></div>")
                            qa.append(f'<div id="faq-question-{story.id}{n}" class="rank-math-list-item">'
                                      f'<h3 class="rank-math-question ">{esc(p.text)}</h3>'
                                      '<div class="rank-math-answer ">')
                        else:
                            qa.append(esc(p.text))
                    qa.append("</div></div>")
                    out.append('<div id="rank-math-faq" class="rank-math-block">'
                               f'<div class="rank-math-list ">{"".join(qa)}</div></div>')
                i = j
                continue
            if style in ("h2", "h3"):
                out.append(f'<{style} class="wp-block-heading" id="{_anchor(b.text)}">'
                           f"{esc(b.text)}</{style}>")
                i += 1
                continue
            # paragraph, with following "br" lines glued in with <br>
            j = i + 1
            lines = [b.text]
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                lines.append(blocks[j].text)
                j += 1
            if style == "dropcap":
                first = f'<span class="dropcap dropcap1">{esc(b.text[0])}</span>{esc(b.text[1:])}'
                out.append(f"<p>{first}</p>")
            elif style == "lead":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            else:
                out.append("<p>" + "<br>\n".join(esc(t) for t in lines) + "</p>")
            i = j
        return "\n".join(out)

    def render_story(self, request: Request, story: Story, page: int, pages: int) -> str:
        base = base_url(request)
        canon_path = post_path(story)
        url = base + canon_path
        cat_name = CATS[story.cat]
        utc = bool(story.opts.get("utc_attr"))
        pub = story.published_at or ""
        visible = vi_day(pub)
        if story.opts.get("show_time"):
            visible += f" lúc {vi_time(pub)}"
        modified = story.opts.get("modified", iso_attr(pub))
        all_cats = sorted([story.cat, *story.opts.get("also", [])], key=lambda c: CATS[c])
        cat_tags = "".join(
            f'<a class="tdb-entry-category" href="/{c}/"><span class="tdb-cat-bg"></span>'
            f"{esc(CATS[c])}</a>"
            for c in all_cats
        )
        first_text = next(b.text for b in story.blocks if isinstance(b, P))
        desc = story.summary if story.sapo_outside else first_text[:157].rsplit(" ", 1)[0] + "..."
        images = story.images
        og_img = f'<meta property="og:image" content="{base}{images[0].src}">' if images else ""
        schema = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": ["EducationalOrganization", "Organization"], "@id": f"{base}/#organization",
                 "name": SITE},
                {"@type": "WebSite", "@id": f"{base}/#website", "url": base, "name": SITE,
                 "inLanguage": "vi"},
                {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "item": {"@id": base, "name": "Trang chủ"}},
                    {"@type": "ListItem", "position": 2,
                     "item": {"@id": f"{base}/{story.cat}/", "name": cat_name}},
                    {"@type": "ListItem", "position": 3, "item": {"@id": url, "name": story.title}},
                ]},
                {"@type": "NewsArticle", "headline": f"{story.title} - {SITE}",
                 "datePublished": iso_attr(pub), "dateModified": modified,
                 "author": {"@type": "Person", "name": "Quản trị viên"},
                 "publisher": {"@id": f"{base}/#organization"},
                 "description": desc, "name": f"{story.title} - {SITE}",
                 "@id": f"{url}#richSnippet", "inLanguage": "vi",
                 "mainEntityOfPage": {"@id": url}},
            ],
        }
        head = (
            '<meta property="og:locale" content="vi_VN"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(story.title)} - {SITE}">'
            f'<meta property="og:description" content="{esc(desc)}">'
            f'<meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{SITE}">'
            f'<meta property="article:section" content="{esc(cat_name)}">'
            f'<meta property="og:updated_time" content="{modified}">{og_img}'
            f'<meta property="article:published_time" content="{iso_attr(pub)}">'
            f'<meta property="article:modified_time" content="{modified}">'
            '<script type="application/ld+json" class="rank-math-schema">'
            f"{json.dumps(schema, ensure_ascii=False)}</script>"
        )
        if "replytocom" in request.params:
            head += "<meta name='robots' content='noindex, follow'>"

        featured = next((img for img in images if img.style == "featured"), None)
        feat_html = ""
        if featured and page == 1:
            feat_html = (
                '<div class="td_block_wrap tdb_single_featured_image tdi_60 tdb-content-horiz-center '
                'td-pb-border-top td_block_template_8"><div class="tdb-block-inner td-fix-index">'
                f'<a href="{full_size(featured.src)}" class="td-modal-image">'
                f'{lazy_img(featured.src, "entry-thumb td-animation-stack-type0-2")}</a>'
                f'<figcaption class="tdb-caption-text">{esc(featured.printed or "")}</figcaption>'
                "</div></div>"
            )
        sub = ""
        if story.sapo_outside and story.summary and page == 1:
            sub = (
                '<div class="td_block_wrap tdb_single_subtitle tdi_54 td-pb-border-top '
                'td_block_template_8"><div class="tdb-block-inner td-fix-index">'
                f'<p class="td-post-sub-title">{esc(story.summary)}</p></div></div>'
            )
        link_pages = ""
        if pages > 1:
            parts = []
            for n in range(1, pages + 1):
                target = canon_path if n == 1 else f"{canon_path}/{n}"
                parts.append(f"<div>{n}</div>" if n == page else f'<a href="{target}"><div>{n}</div></a>')
            nxt = (f'<a href="{canon_path}/{page + 1}"><div><i class="td-icon-menu-right"></i>'
                   "</div></a>" if page < pages else "")
            link_pages = ('<div class="page-nav page-nav-post td-pb-padding-side">'
                          + "".join(parts) + nxt + "</div>")
        content = (
            '<div class="td_block_wrap tdb_single_content tdi_62 td-pb-border-top '
            'td_block_template_8 td-post-content tagdiv-type"><div class="tdb-block-inner '
            f'td-fix-index">{self.render_content(story, page)}'
            f"{self._content_tail(story, url) if page == pages else ''}{link_pages}</div></div>"
        )
        source = ""
        if story.source:
            source = (
                '<div class="td_block_wrap tdb_single_source tdi_64 td-pb-border-top '
                'td_block_template_8"><div class="tdb-block-inner td-fix-index">'
                '<span class="tdb-source-text">Nguồn</span>'
                f'<a class="tdb-source-link" href="{esc(story.opts["source_url"])}" rel="nofollow" '
                f'target="_blank">{esc(story.source)}</a></div></div>'
            )
        tags = ""
        if story.opts.get("tags"):
            tags = (
                '<div class="td_block_wrap tdb_single_tags tdi_65 td-pb-border-top '
                'td_block_template_8"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags">'
                '<li><span>TAGS</span></li>'
                + "".join(f'<li><a href="/tag/{t}/">{esc(TAGS[t])}</a></li>'
                          for t in story.opts["tags"])
                + "</ul></div></div>"
            )
        # next/prev in the same category (by date)
        same = sorted([s for s in STORIES if s.cat == story.cat], key=_date_key)
        k = same.index(story)
        prev_s = same[k - 1] if k > 0 else None
        next_s = same[k + 1] if k + 1 < len(same) else None
        nav = '<div class="td_block_wrap tdb_single_next_prev tdi_66 td-pb-border-top"><div class="tdb-block-inner td-fix-index">'
        if prev_s:
            nav += (f'<div class="tdb-next-post tdb-prev-post"><span>Bài trước</span>'
                    f'<a href="{post_path(prev_s)}">{esc(prev_s.title)}</a></div>')
        if next_s:
            nav += (f'<div class="tdb-next-post tdb-next-post-bg"><span>Bài tiếp theo</span>'
                    f'<a href="{post_path(next_s)}">{esc(next_s.title)}</a></div>')
        nav += "</div></div>"
        related = [s for s in sorted(STORIES, key=_date_key, reverse=True)
                   if s.cat == story.cat and s is not story][:3]
        rel_html = (
            '<div class="td_block_wrap tdb_single_related tdi_67 td_with_ajax_pagination '
            'td-pb-border-top td_block_template_8 tdb-single-related-posts">'
            '<div class="td-block-title-wrap"><h4 class="td-block-title"><span>Tin liên quan</span>'
            '</h4></div><div id="tdi_67" class="td_block_inner tdb-block-inner td-fix-index">'
            + "".join(module_html(s, kind="flex_7", excerpt=False) for s in related)
            + "</div></div>"
        )
        comments = ""
        if story.opts.get("comments"):
            comments = (
                '<div class="comments" id="comments"><div class="td-comments-title-wrap '
                'td_block_template_8"><h4 class="td-comments-title block-title"><span>1 BÌNH LUẬN'
                '</span></h4></div><ol class="comment-list td-comments-list">'
                f'<li class="comment even thread-even depth-1" id="li-comment-{REPLY_ID}">'
                f'<article id="comment-{REPLY_ID}"><footer><img alt="" src="{UP}/2024/05/'
                'avatar-default-50x50.png" class="avatar" width="50" height="50">'
                '<cite>Phụ huynh Hoài Nhơn</cite><a class="comment-link" href="#comment-58">'
                '<time pubdate="1764737100">2 Tháng Mười Hai, 2026 lúc 9:45 sáng</time></a></footer>'
                '<div class="comment-content"><p>Mong Sở tiếp tục quan tâm đầu tư cơ sở vật chất '
                "cho các trường vùng ven biển.</p></div>"
                f'<div class="comment-meta" id="comment-{REPLY_ID}"><a rel="nofollow" '
                f'class="comment-reply-link" href="{canon_path}?replytocom={REPLY_ID}#respond" '
                f'data-commentid="{REPLY_ID}" data-postid="{story.id}" data-belowelement="comment-'
                f'{REPLY_ID}" data-respondelement="respond" aria-label="Trả lời Phụ huynh Hoài Nhơn">'
                "Trả lời</a></div></article></li></ol>"
                '<div id="respond" class="comment-respond"><h3 id="reply-title" '
                'class="comment-reply-title">ĐỂ LẠI MỘT BÌNH LUẬN</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" '
                'class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap '
                'td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" '
                'cols="45" rows="8" aria-required="true"></textarea></div>'
                '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" '
                'name="author" placeholder="Tên:*" type="text" value="" size="30"></div>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" '
                f'class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" '
                f'value="{story.id}" id="comment_post_ID"></p></form></div></div>'
            )
        article = (
            f'<article id="template-id-87" class="post-{story.id} post type-post status-publish '
            f'format-standard has-post-thumbnail category-{story.cat}" itemscope '
            'itemtype="https://schema.org/Article">'
            + breadcrumbs([("Trang chủ", "/"), (cat_name, f"/{story.cat}/"), (story.title, None)])
            + '<div class="td_block_wrap tdb_single_categories tdi_51 td-pb-border-top '
            f'td_block_template_8"><div class="tdb-category td-fix-index">{cat_tags}</div></div>'
            + '<div class="td_block_wrap tdb_title tdi_53 tdb-single-title td-pb-border-top '
            f'td_block_template_8"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">'
            f"{esc(story.title)}</h1></div></div>"
            + sub
            + self._meta_block(pub, visible, utc, story.views())
            + self._sharing(url, story.title)
            + feat_html
            + content
            + source
            + tags
            + nav
            + rel_html
            + comments
            + "</article>"
        )
        title = f"{story.title} - {SITE}"
        if page > 1:
            title = f"{story.title} - Trang {page} trên {pages} - {SITE}"
        body_class = (f"post-template-default single single-post postid-{story.id} "
                      "single-format-standard tdb_template_87")
        return page_html(request, title, body_class, main_wrap(article), head,
                         canonical=canon_path, desc=desc)

    def render_other(self, request: Request, other: Other) -> str:
        cat_name = CATS[other.cat]
        content = (
            breadcrumbs([("Trang chủ", "/"), (cat_name, f"/{other.cat}/"), (other.title, None)])
            + '<div class="td_block_wrap tdb_title tdi_53 tdb-single-title"><div class="tdb-block-inner '
            f'td-fix-index"><h1 class="tdb-title-text">{esc(other.title)}</h1></div></div>'
            + self._meta_block(other.published_at, vi_day(other.published_at), False, 300 + other.id % 97)
            + '<div class="td_block_wrap tdb_single_content tdi_62 td-post-content tagdiv-type">'
            f'<div class="tdb-block-inner td-fix-index">{other.content}</div></div>'
        )
        path = post_path(other)
        head = (f'<meta property="og:type" content="article">'
                f'<meta property="article:published_time" content="{other.published_at}">')
        return page_html(request, f"{other.title} - {SITE}",
                         f"post-template-default single single-post postid-{other.id} tdb_template_87",
                         main_wrap(content), head, canonical=path)


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = post_path(story)
    alt: list[str] = []
    for c in story.opts.get("also", []):
        alt.append(post_path(story, c))
    pages = 1 + sum(1 for b in story.blocks if b is NEXTPAGE)
    alt += [f"{path}/{n}" for n in range(2, pages + 1)]
    if story.opts.get("comments"):
        alt.append(f"{path}?replytocom={REPLY_ID}")
    return gold_record(story, path, CATS[story.cat], alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    post_path(OTHER_BY_ID[1150]),
    post_path(OTHER_BY_ID[1160]),
    post_path(OTHER_BY_ID[1170]),
]
