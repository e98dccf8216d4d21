"""Trường THPT Chu Văn An (Thái Nguyên) on WordPress 6.7 + Twenty Twenty-Five + a child theme.

Platform
--------
WordPress 6.7.1 with the Twenty Twenty-Five block theme and the school's child theme "cva-ttf"
(everything is core blocks), plus the plugins a Vietnamese school site typically has: Yoast SEO
(head meta, JSON-LD, breadcrumbs), WP Rocket (lazy-loading of content images), Easy Table of
Contents, Contextual Related Posts, Post Views Counter, WP-Polls (a poll in the footer) and a
"disable REST API for visitors" plugin. WordPress prints absolute URLs almost everywhere (menus,
permalinks, images stored in the post content); the fixture builds them from the Host header.

URL scheme
----------
- ``/``: static front page: "Nổi bật" loop (query-2), "Tin mới nhất" loop (query-1, the four
  newest posts, no pagination, a "Xem tất cả tin tức" button to /tin-tuc/), "Thông báo" box
  (query-5, the three newest notices).
- ``/tin-tuc/``: a *Page* with two core Query Loop blocks: the main loop ``query-3`` (categories
  "Hoạt động nhà trường" + "Hoạt động chuyên môn", 4 per page, 3 pages: ``?query-3-page=N``) and
  a side loop ``query-7`` ("Thông báo mới", 3 per page, 2 pages: ``?query-7-page=N``, previous /
  next links only).
- ``/category/<slug>/`` and ``/category/<slug>/page/N/``: archives (3 posts per page, the
  site's "Blog pages show at most"), ``/category/<slug>/page/1/`` redirects to the first page.
- ``/tag/<slug>/``: two tag archives.
- ``/YYYY/MM/DD/<slug>/``: posts; ``.../comment-page-N/`` comment pages (``?replytocom=ID``: 301);
  ``/YYYY/MM/DD/<slug>/<attachment>/``: attachment pages of gallery images.
- ``/?p=ID``: shortlinks, 301 to the permalink; a path without its trailing slash: 301.
- ``/gioi-thieu/``, ``/doi-ngu-giao-vien/``, ``/thoi-khoa-bieu/``, ``/lien-he/``: Pages.
- ``/wp-content/uploads/YYYY/MM/<file>``: images, PDF, DOCX.  ``/wp-json/...``: 401 (plugin).

Page templates
--------------
Single post (child theme's single.html): header template part (top bar with today's date,
logo, site title, navigation block with submenus, search block), Yoast breadcrumb, an optional
"Cập nhật lần cuối" line (post-date block, displayType modified) ABOVE the title, the
``h1.wp-block-post-title``, the post-meta part (post-date "dd/mm/YYYY lúc HH:MM" — author
"quantri" — category terms), the ``wp-block-post-content`` (with the plugins' additions), tags,
share links, the comments block (comment template, comments pagination, the form), and a
"Bài viết khác" query loop (the four newest posts site-wide, the current one included). No
previous/next post links (the child theme removed the post-navigation part). Footer with
address, website links, a poll and the visitor counter.

How each gold article is reached (page-1 listings: home, /tin-tuc/, category page 1, tags)
--------------------------------------------------------------------------------------------
- A1 lich-kiem-tra (Thông báo): home, /category/thong-bao/, /tin-tuc/ side loop.
- A2 chuyen-de-toan-tin, A3 ao-am, A4 hoc-bong: home "Tin mới nhất" (+ category pages 1).
- A5 hoc-sinh-gioi, A6 le-20-11: /tin-tuc/ page 1, /category/hoat-dong-nha-truong/.
- A7 gvdg, A10 nghien-cuu-bai-hoc: /category/hoat-dong-chuyen-mon/ (page 1).
- A8 hoi-khoe (Thông báo): /category/thong-bao/, home "Thông báo" box.
- A11 an-toan-mang: /tag/chuyen-doi-so/, /tin-tuc/?query-3-page=2, category page 2.
- Only through page 2+: A9 rung-chuong-vang (/tin-tuc/?query-3-page=2,
  /category/hoat-dong-nha-truong/page/2/), A12 ban-dai-dien-cmhs (/category/thong-bao/page/2/,
  /tin-tuc/?query-7-page=2), A13 tap-huan (/tin-tuc/?query-3-page=3 — printed as the relative
  href "?query-3-page=3" — and /category/hoat-dong-chuyen-mon/page/2/).

Traps
-----
1. Query Loop pagination of a Page (not the /page/N/ archive scheme): the numbers print
   query-only relative hrefs ("?query-3-page=3", page 1 as "?query-3-page=1", a duplicate of
   /tin-tuc/), previous/next keep the whole query string, and the page's second loop (query-7)
   has its own key, so "?query-3-page=2&query-7-page=2" and "?query-7-page=2&query-3-page=2"
   combinations exist (bounded: 18 URLs of /tin-tuc/, all the same two lists). Gold: A9, A12, A13 only via those pages 2+ (or the category pages 2).
2. Pseudo-category printed first: "Nổi bật" is a category used for the front-page slider; the
   post-terms block prints terms by name, so a notice shows "Nổi bật, Thông báo" and Yoast's
   articleSection starts with "Nổi bật". Gold category = the section of the breadcrumb (Yoast
   primary category): "Thông báo" / "Hoạt động nhà trường", never "Nổi bật".
3. Dates in UTC in the head: Yoast's article:published_time / JSON-LD datePublished are post
   GMT times ("2026-11-20T12:40:00+00:00"); the page prints "20/11/2026 lúc 19:40" with
   ``<time datetime="…+07:00">``. Gold: local time with +07:00. On A8 and A12 a "Cập nhật lần
   cuối" (modified) date block sits ABOVE the headline, before the publication date. Gold: the
   publication date. A8 was scheduled for 00:00 ("12/11/2026 lúc 00:00"): gold the day alone.
4. Plugins inside ``.wp-block-post-content``: Easy Table of Contents inserts a "Mục lục" box
   (a list of the headings) before the first heading of A7; Contextual Related Posts appends
   "Bài viết liên quan:" with a list; Post Views Counter appends "Lượt xem: N". Gold: none of
   them is body (their list items are not the text's list items).
5. Lazy-loaded images (WP Rocket): every content image but the first (LCP) has a data:image/svg
   placeholder in ``src``, the file in ``data-lazy-src``/``data-lazy-srcset`` and a
   ``<noscript>`` copy. Gold: each photo once, path = the printed data-lazy-src (the
   "-1024x683" size), never the placeholder; og:image (the full-size file) is not an extra photo.
6. Attachment pages that look like articles: the A6 gallery links each photo to its attachment
   page /2026/11/20/le-ky-niem-…/img_2035/ (a dated URL under the post, with a
   wp-block-post-title "IMG_2035", a date, an author and a caption as content). Gold: not
   articles (listed in NON_ARTICLES).
7. Comment pagination: A6 has comments split in pages (2 per page, newest page shown at the
   permalink); /…/comment-page-1/ and /…/comment-page-2/ serve the whole article again and each
   prints ITS OWN canonical and og:url (the child theme keeps WordPress's cpage canonical); the
   comment dates link to ".../comment-page-2/#comment-452". Gold: one record per article at the
   permalink; the comment pages are alt_paths. (Yoast's "remove ?replytocom" is on: reply links
   are "#comment-N" and a ?replytocom=N URL answers 301 to the page's anchor: no alt_path.)
8. Percent-encoded Vietnamese slug: A12's slug was never edited, so WordPress stored it
   percent-encoded in lower-case hex ("/k%e1%ba%bft-qu%e1%ba%a3-…/"). Gold path: as printed
   (lower-case); the upper-case-hex form (a normalising client's) is an alt_path.
9. Hidden and quoted text: A1 keeps its detailed timetable in a core Details block (collapsed
   ``<details>``): its summary line and table rows ARE body. A2's Pullquote: the quotation and
   its ``<cite>`` line are body paragraphs (quotes in the text); the cite is not a byline.
10. SEO title ≠ headline (A5): ``<title>``/og:title carry a Yoast SEO title; gold title is the
   h1 as printed.
11. File blocks: "Tải xuống" buttons and the ``<object>`` PDF embed of the File block, table
   figcaptions ("Bảng: …") and the gallery caption are not body; the notice's PDF is not a photo.
12. Bylines: the post-author-name block prints the account "quantri" (nobody); the real
   signature is a right-aligned paragraph at the end of the content ("Tin: Nguyễn Thu Hằng",
   "Tin, ảnh: …", "ThS. …", a unit like "Tổ Ngữ văn"); photo credits "Ảnh: X" in a figcaption
   give a photographer and no caption. A11 closes with "(Theo Báo Thái Nguyên)": source.
13. Pasted text: a paragraph of A7 pasted from Word in decomposed Unicode (NFD) with ``&nbsp;``;
   A9's lines start with emoji drawn as ``<img class="emoji" src="https://s.w.org/…">`` (a bullet:
   no text, and not a photo).
14. A1 is an official notice (letterhead table, "Số: 215/TB-THPTCVA", "Thái Nguyên, ngày 03
   tháng 12 năm 2026", "THÔNG BÁO / Lịch kiểm tra…", "Nơi nhận", "KT. HIỆU TRƯỞNG … Đỗ Thị Thu
   Hà") posted a day later. Gold: the letterhead's day "2026-12-03", author "Đỗ Thị Thu Hà",
   letterhead/kind/closing not body. The listing excerpt of A1 starts with the letterhead words.

Gold decisions on ambiguous points
----------------------------------
- published_at: the visible post-date (which prints hours and minutes, seconds are :00);
  the Yoast UTC values are the same instants but the gold is written in +07:00.
- A Details block's ``<summary>`` line is a paragraph of the body (like a heading).
- A Pullquote / Quote block: its ``<p>`` and its ``<cite>`` are paragraphs, in that order.
- Table captions (figcaption of a Table block) and a gallery's own caption are not body and
  not any image's caption; a gallery image's caption is its own figcaption.
- The A12 note "Cập nhật ngày 20/10/2026: …" typed by the editor in the content is body text.
- "Bài viết khác", comments, the related-posts list and the TOC are chrome.
- The emoji ``<img>`` at the start of a line (A9) is the line's bullet: no text, no image.
- Gold category is the section the breadcrumb prints (the primary category).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

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

NAME = "wp_twentytwentyfive_query_loop_thpt"
PLATFORM = "WordPress 6.7 (Twenty Twenty-Five block theme + child theme, Yoast SEO, WP Rocket)"
START_PATH = "/"

SITE_NAME = "Trường THPT Chu Văn An"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "quantri"

#: slug -> (printed name, term id); "noi-bat" is the slider's pseudo-category
CATS = {
    "hoat-dong-nha-truong": ("Hoạt động nhà trường", 4),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 5),
    "thong-bao": ("Thông báo", 3),
    "noi-bat": ("Nổi bật", 9),
}
TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "chuyen-doi-so": "Chuyển đổi số",
}
PER_PAGE = 3  # Settings > Reading, used by the archives
TIN_TUC_CATS = ("hoat-dong-nha-truong", "hoat-dong-chuyen-mon")
Q3_PER_PAGE = 4
Q7_PER_PAGE = 3


def _r(markup: str) -> Raw:
    return Raw(markup)


def _byline(inner: str) -> Raw:
    return Raw(f'<p class="has-text-align-right">{inner}</p>')


def _file_block(path: str, label: str, *, embed: bool = False, fid: str = "") -> Raw:
    obj = (
        f'<object class="wp-block-file__embed" data="{{B}}{path}" type="application/pdf" '
        f'style="width:100%;height:600px" aria-label="Nhúng {esc(label)}."></object>'
        if embed
        else ""
    )
    return Raw(
        f'<div class="wp-block-file">{obj}<a id="wp-block-file--media-{fid}" href="{{B}}{path}">'
        f'{esc(label)}</a><a href="{{B}}{path}" class="wp-block-file__button wp-element-button" '
        f'download aria-describedby="wp-block-file--media-{fid}">Tải xuống</a></div>'
    )


TABLE_OPEN = Raw('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">')


def _table_close(caption: str = "") -> Raw:
    cap = f'<figcaption class="wp-element-caption">{esc(caption)}</figcaption>' if caption else ""
    return Raw(f"</table>{cap}</figure>")


# --- the thirteen posts --------------------------------------------------------------------

A1 = Story(
    id=3012,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-12-03",
    authors=["Đỗ Thị Thu Hà"],
    blocks=[
        _r(
            '<figure class="wp-block-table cva-quochieu"><table style="border-style:none;border-width:0px">'
            "<tbody><tr>"
            '<td class="has-text-align-center" data-align="center">SỞ GD&amp;ĐT THÁI NGUYÊN<br>'
            "<strong>TRƯỜNG THPT CHU VĂN AN</strong></td>"
            '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
            "VIỆT NAM</strong><br><strong>Độc lập – Tự do – Hạnh phúc</strong></td></tr>"
            '<tr><td class="has-text-align-center" data-align="center">Số: 215/TB-THPTCVA</td>'
            '<td class="has-text-align-center" data-align="center"><em>Thái Nguyên, ngày 03 tháng 12 '
            "năm 2026</em></td></tr></tbody></table></figure>"
        ),
        _r(
            '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Lịch kiểm tra '
            "cuối học kỳ I năm học 2026 – 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027; căn cứ Thông tư số "
            "22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh "
            "giá học sinh trung học cơ sở và học sinh trung học phổ thông;"
        ),
        P(
            "Trường THPT Chu Văn An thông báo lịch kiểm tra cuối học kỳ I đối với các môn kiểm tra "
            "tập trung như sau:"
        ),
        P("1. Thời gian và hình thức kiểm tra", "b"),
        P(
            "Các môn Ngữ văn, Toán, Tiếng Anh, Lịch sử kiểm tra tập trung theo khối từ ngày "
            "21/12/2026 đến ngày 24/12/2026; các môn còn lại do giáo viên bộ môn tổ chức kiểm tra "
            "trên lớp theo kế hoạch của tổ chuyên môn, hoàn thành trước ngày 26/12/2026."
        ),
        _r('<details class="wp-block-details">'),
        P("Xem lịch kiểm tra chi tiết theo buổi", "summary"),
        TABLE_OPEN,
        P("Ngày | Buổi sáng (khối 12) | Buổi chiều (khối 10, 11)", "th"),
        P("Thứ Hai, 21/12/2026 | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
        P("Thứ Ba, 22/12/2026 | Toán (90 phút) | Toán (90 phút)", "tr"),
        P("Thứ Tư, 23/12/2026 | Tiếng Anh (60 phút) | Lịch sử (45 phút)", "tr"),
        P("Thứ Năm, 24/12/2026 | Lịch sử (45 phút) | Tiếng Anh (60 phút)", "tr"),
        _table_close(),
        _r("</details>"),
        P("2. Yêu cầu đối với giáo viên và học sinh", "b"),
        P(
            "Giáo viên coi kiểm tra có mặt tại phòng hội đồng trước giờ kiểm tra 20 phút để nhận "
            "đề; học sinh có mặt tại phòng kiểm tra trước 15 phút, mang theo thẻ học sinh và đồ "
            "dùng học tập được phép mang vào phòng."
        ),
        P(
            "Học sinh vắng mặt có lý do chính đáng được bố trí kiểm tra bù trong tuần từ ngày "
            "28/12/2026 đến ngày 31/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra tới cha "
            "mẹ học sinh qua nhóm Zalo của lớp."
        ),
        _r(
            '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 '
            'wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow '
            'wp-block-column-is-layout-flow"><p class="has-small-font-size"><strong><em>Nơi nhận:'
            "</em></strong><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Đăng website;<br>"
            '- Lưu: VT.</p></div><div class="wp-block-column is-layout-flow '
            'wp-block-column-is-layout-flow"><p class="has-text-align-center"><strong>KT. HIỆU '
            "TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><em>(Đã ký)</em><br><br><strong>Đỗ Thị Thu Hà"
            "</strong></p></div></div>"
        ),
        _file_block(
            "/wp-content/uploads/2026/12/TB-215-lich-kiem-tra-cuoi-HKI.pdf",
            "TB-215-lich-kiem-tra-cuoi-HKI",
            embed=True,
            fid="3015",
        ),
    ],
    opts={
        "dt": "2026-12-04T15:20",
        "cats": ["thong-bao"],
        "excerpt": (
            "SỞ GD&amp;ĐT THÁI NGUYÊN TRƯỜNG THPT CHU VĂN AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập – Tự do – Hạnh phúc Số: 215/TB-THPTCVA Thái Nguyên, ngày 03 tháng 12 năm "
            "2026 THÔNG BÁO Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 Căn cứ Kế hoạch giáo "
            "dục nhà trường […]"
        ),
    },
)

A2 = Story(
    id=2998,
    slug="to-toan-tin-to-chuc-chuyen-de-day-hoc-phat-trien-nang-luc-so",
    title="Tổ Toán – Tin tổ chức chuyên đề “Dạy học phát triển năng lực số cho học sinh”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02T09:45:00+07:00",
    authors=["Tổ Toán – Tin"],
    summary=(
        "Sáng 28/11/2026, Tổ Toán – Tin Trường THPT Chu Văn An tổ chức chuyên đề cấp tổ “Dạy "
        "học phát triển năng lực số cho học sinh” với sự tham gia của 16 giáo viên trong tổ và "
        "đại diện Ban Giám hiệu nhà trường."
    ),
    blocks=[
        P(
            "Sáng 28/11/2026, Tổ Toán – Tin Trường THPT Chu Văn An tổ chức chuyên đề cấp tổ “Dạy "
            "học phát triển năng lực số cho học sinh” với sự tham gia của 16 giáo viên trong tổ và "
            "đại diện Ban Giám hiệu nhà trường.",
            "b",
        ),
        P(
            "Chuyên đề được xây dựng trên cơ sở Khung năng lực số cho người học do Bộ Giáo dục và "
            "Đào tạo ban hành, nhằm giúp giáo viên thống nhất cách lồng ghép các nội dung năng lực "
            "số vào từng bài học cụ thể thay vì chỉ dồn vào môn Tin học."
        ),
        _r(
            '<div class="wp-block-columns are-vertically-aligned-top is-layout-flex '
            'wp-container-core-columns-is-layout-2 wp-block-columns-is-layout-flex">'
            '<div class="wp-block-column is-vertically-aligned-top is-layout-flow '
            'wp-block-column-is-layout-flow" style="flex-basis:55%">'
        ),
        P(
            "Tại buổi sinh hoạt, cô Lương Thị Hải Yến trình bày tiết dạy minh họa bài “Thống kê và "
            "xác suất” tại lớp 11A3. Học sinh làm việc theo nhóm, dùng bảng tính để thu thập và xử "
            "lý số liệu về thời gian sử dụng điện thoại của chính các bạn trong lớp, sau đó trình "
            "bày kết quả bằng biểu đồ."
        ),
        P(
            "Thầy Phạm Quang Vinh chia sẻ kinh nghiệm sử dụng phần mềm GeoGebra trong dạy học hình "
            "học không gian, giúp học sinh quan sát trực quan các thiết diện và tự kiểm tra kết quả "
            "dựng hình của mình."
        ),
        _r(
            '</div><div class="wp-block-column is-vertically-aligned-top is-layout-flow '
            'wp-block-column-is-layout-flow" style="flex-basis:45%">'
        ),
        Img(
            "/wp-content/uploads/2026/11/chuyen-de-toan-tin-1024x768.jpg",
            "Cô Lương Thị Hải Yến dạy minh họa tại lớp 11A3",
            "Cô Lương Thị Hải Yến dạy minh họa tại lớp 11A3",
        ),
        _r("</div></div>"),
        _r('<figure class="wp-block-pullquote has-border-color"><blockquote>'),
        P(
            "“Năng lực số không phải là biết dùng máy tính, mà là biết dùng công nghệ để học tốt "
            "hơn, an toàn hơn và có trách nhiệm hơn.”",
            "pq",
        ),
        P("Thầy Nguyễn Mạnh Hùng – Hiệu trưởng nhà trường", "cite"),
        _r("</blockquote></figure>"),
        P(
            "Phát biểu kết luận chuyên đề, thầy Hiệu trưởng đề nghị các tổ chuyên môn tiếp tục đăng "
            "ký tiết dạy có ứng dụng công nghệ số trong học kỳ II, đồng thời chú trọng giáo dục học "
            "sinh kỹ năng nhận diện thông tin sai lệch và bảo vệ dữ liệu cá nhân trên không gian "
            "mạng."
        ),
        P(
            "Các ý kiến thảo luận tại chuyên đề sẽ được tổ tổng hợp, hoàn thiện thành tài liệu "
            "hướng dẫn nội bộ và chia sẻ trên hệ thống học liệu của nhà trường."
        ),
        _r(
            '<p><strong>Xem thêm:</strong> <a href="{B}/?p=2886">Sinh hoạt chuyên môn theo '
            "nghiên cứu bài học môn Ngữ văn</a></p>"
        ),
        _byline("<strong>Tổ Toán – Tin</strong>"),
    ],
    opts={
        "dt": "2026-12-02T09:45",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["chuyen-doi-so"],
        "thumb": "/wp-content/uploads/2026/11/chuyen-de-toan-tin",
    },
)

A3 = Story(
    id=2987,
    slug="doan-truong-trao-tang-300-ao-am-cho-hoc-sinh-xa-phu-dinh",
    title="Đoàn trường trao tặng 300 áo ấm cho học sinh vùng cao xã Phú Đình",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-30T16:05:00+07:00",
    authors=["Nguyễn Thu Hằng"],
    photographers=["Hoàng Minh Tuấn"],
    blocks=[
        P(
            "Chiều 29/11/2026, Đoàn Thanh niên Trường THPT Chu Văn An phối hợp với Ban đại diện "
            "cha mẹ học sinh tổ chức chương trình “Áo ấm cho em” tại Trường Phổ thông dân tộc bán "
            "trú Tiểu học và THCS Phú Đình, xã Phú Đình."
        ),
        P(
            "Đoàn công tác gồm 25 đoàn viên tiêu biểu và 6 thầy cô giáo đã trao tặng 300 chiếc áo "
            "ấm, 150 bộ sách giáo khoa cũ còn tốt, 200 cuốn vở cùng nhiều đồ dùng học tập cho các "
            "em học sinh có hoàn cảnh khó khăn."
        ),
        Img(
            "/wp-content/uploads/2026/11/ao-am-cho-em-1-1024x683.jpg",
            "(Đoàn viên Trường THPT Chu Văn An trao áo ấm cho học sinh Phú Đình)",
            "Đoàn viên Trường THPT Chu Văn An trao áo ấm cho học sinh Phú Đình",
        ),
        P(
            "Toàn bộ số quà trên được quyên góp từ phong trào “Mỗi đoàn viên một tấm áo ấm” do Ban "
            "Chấp hành Đoàn trường phát động từ đầu tháng 11. Chỉ sau ba tuần, 36 chi đoàn đã đóng "
            "góp hơn 42 triệu đồng tiền mặt và hàng trăm hiện vật."
        ),
        P(
            "Tại buổi giao lưu, các đoàn viên tổ chức trò chơi dân gian, hướng dẫn các em nhỏ gấp "
            "hạc giấy và cùng nhau nấu bữa cơm trưa có thịt, có sữa cho hơn 180 học sinh bán trú."
        ),
        Img("/wp-content/uploads/2026/11/ao-am-cho-em-2-1024x683.jpg", "Ảnh: Hoàng Minh Tuấn", None),
        P(
            "Thầy Lý Văn Thạch, Hiệu trưởng nhà trường bạn, xúc động cảm ơn tấm lòng của thầy và "
            "trò Trường THPT Chu Văn An, mong rằng sự gắn bó giữa hai trường sẽ được duy trì trong "
            "những năm học tiếp theo."
        ),
        _byline("<em>Tin: Nguyễn Thu Hằng</em>"),
    ],
    opts={
        "dt": "2026-11-30T16:05",
        "cats": ["hoat-dong-nha-truong", "noi-bat"],
        "thumb": "/wp-content/uploads/2026/11/ao-am-cho-em-1",
        "comments": [
            (412, "Trần Thị Bích", "2026-11-30T20:11", None,
             "Một việc làm rất ý nghĩa. Cảm ơn các con và các thầy cô đã mang hơi ấm tới các em nhỏ vùng cao!"),
            (413, "Đoàn Thanh niên THPT Chu Văn An", "2026-12-01T07:02", 412,
             "Đoàn trường cảm ơn các bậc phụ huynh đã đồng hành cùng chương trình ạ."),
        ],
    },
)

A4 = Story(
    id=2979,
    slug="thong-bao-nhan-ho-so-xet-cap-hoc-bong-vi-em-hieu-hoc-nam-2026",
    title="Thông báo nhận hồ sơ xét cấp học bổng “Vì em hiếu học” năm 2026",
    cat="thong-bao",
    published_at="2026-11-27T10:30:00+07:00",
    authors=["Văn phòng nhà trường"],
    blocks=[
        P(
            "Thực hiện kế hoạch phối hợp giữa Hội Khuyến học tỉnh Thái Nguyên và Trường THPT Chu "
            "Văn An, nhà trường thông báo nhận hồ sơ xét cấp học bổng “Vì em hiếu học” năm 2026 "
            "dành cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."
        ),
        P("Đối tượng và tiêu chuẩn", "h3"),
        _r('<ul class="wp-block-list">'),
        P(
            "Học sinh đang học tại trường, có kết quả học tập năm học 2025 – 2026 đạt mức Khá trở "
            "lên, kết quả rèn luyện mức Tốt;",
            "li",
        ),
        P(
            "Thuộc hộ nghèo, hộ cận nghèo hoặc có hoàn cảnh đặc biệt khó khăn được chính quyền địa "
            "phương xác nhận;",
            "li",
        ),
        P("Ưu tiên học sinh mồ côi, học sinh là người dân tộc thiểu số ở các xã vùng cao.", "li"),
        _r("</ul>"),
        P("Hồ sơ gồm", "h3"),
        _r('<ol class="wp-block-list">'),
        P("Đơn đề nghị xét cấp học bổng (theo mẫu);", "li"),
        P(
            "Bản sao giấy chứng nhận hộ nghèo, hộ cận nghèo hoặc giấy xác nhận hoàn cảnh khó khăn;",
            "li",
        ),
        P("Bản sao học bạ năm học 2025 – 2026.", "li"),
        _r("</ol>"),
        P(
            "Học sinh nộp hồ sơ cho giáo viên chủ nhiệm trước ngày 10/12/2026. Giáo viên chủ nhiệm "
            "tổng hợp, nộp về Văn phòng nhà trường (phòng 102, nhà A) trước 16 giờ 30 phút ngày "
            "12/12/2026."
        ),
        P(
            "Mỗi suất học bổng trị giá 2.000.000 đồng. Danh sách học sinh được nhận học bổng sẽ "
            "được công bố trên trang thông tin điện tử của nhà trường."
        ),
        _file_block(
            "/wp-content/uploads/2026/11/Mau-don-de-nghi-xet-hoc-bong-2026.docx",
            "Mẫu đơn đề nghị xét cấp học bổng năm 2026",
            fid="2982",
        ),
        _byline("<strong><em>Văn phòng nhà trường</em></strong>"),
    ],
    opts={"dt": "2026-11-27T10:30", "cats": ["noi-bat", "thong-bao"]},
)

A5 = Story(
    id=2965,
    slug="hoc-sinh-dat-9-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title="Học sinh Trường THPT Chu Văn An đạt 9 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-24T08:00:00+07:00",
    authors=["Trần Thị Minh Nguyệt"],
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở Giáo dục và Đào "
        "tạo Thái Nguyên tổ chức, đội tuyển của Trường THPT Chu Văn An đạt 9 giải, gồm 1 giải "
        "Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích."
    ),
    blocks=[
        P(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở Giáo dục và "
            "Đào tạo Thái Nguyên tổ chức, đội tuyển của Trường THPT Chu Văn An đạt 9 giải, gồm 1 "
            "giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích.",
            "b",
        ),
        P(
            "Kỳ thi diễn ra trong hai ngày 12 và 13/11/2026 với hơn 1.100 thí sinh của các trường "
            "THPT, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên trong tỉnh tham dự ở 11 "
            "môn thi."
        ),
        Img(
            "/wp-content/uploads/2026/11/doi-tuyen-hsg-2026-1024x576.jpg",
            "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu nhà trường",
            "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu nhà trường",
        ),
        P(
            "Em Nguyễn Hoàng Nam, lớp 12A1, xuất sắc giành giải Nhất môn Vật lí với số điểm "
            "18,25/20. Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhất môn Vật lí "
            "cấp tỉnh."
        ),
        P("Danh sách học sinh đạt giải", "h3"),
        TABLE_OPEN,
        P("TT | Họ và tên | Lớp | Môn | Giải", "th"),
        P("1 | Nguyễn Hoàng Nam | 12A1 | Vật lí | Nhất", "tr"),
        P("2 | Trần Minh Châu | 12A2 | Hóa học | Nhì", "tr"),
        P("3 | Lê Khánh Linh | 12A6 | Ngữ văn | Nhì", "tr"),
        P("4 | Đặng Quốc Bảo | 12A1 | Toán | Ba", "tr"),
        P("5 | Vũ Thị Ngọc Ánh | 12A5 | Tiếng Anh | Ba", "tr"),
        P("6 | Hà Đức Minh | 12A3 | Tin học | Ba", "tr"),
        P("7 | Ma Thị Phương Thảo | 12A6 | Lịch sử | Khuyến khích", "tr"),
        P("8 | Nông Gia Huy | 12A2 | Sinh học | Khuyến khích", "tr"),
        P("9 | Dương Thùy Trang | 12A5 | Địa lí | Khuyến khích", "tr"),
        _table_close("Bảng: Danh sách học sinh đạt giải (theo Quyết định công nhận của Sở GD&ĐT)"),
        P(
            "Kết quả trên là sự ghi nhận cho quá trình ôn luyện bền bỉ của học sinh và sự tận tâm "
            "của các thầy cô giáo trực tiếp bồi dưỡng đội tuyển. Nhà trường sẽ tổ chức tuyên dương, "
            "khen thưởng các em đạt giải vào buổi chào cờ đầu tuần."
        ),
        _byline("<em>ThS. Trần Thị Minh Nguyệt</em>"),
    ],
    opts={
        "dt": "2026-11-24T08:00",
        "cats": ["hoat-dong-nha-truong"],
        "seo": "HSG cấp tỉnh lớp 12 năm 2026: THPT Chu Văn An giành 9 giải",
        "thumb": "/wp-content/uploads/2026/11/doi-tuyen-hsg-2026",
    },
)

A6_GALLERY = [
    ("img_2035", 2960, "/wp-content/uploads/2026/11/IMG_2035-1024x683.jpg",
     "Các thầy cô giáo nhận hoa chúc mừng của học sinh"),
    ("img_2041", 2961, "/wp-content/uploads/2026/11/IMG_2041-1024x683.jpg",
     "Tiết mục múa “Bụi phấn” của lớp 11A4"),
    ("img_2052", 2962, "/wp-content/uploads/2026/11/IMG_2052-1024x683.jpg",
     "Học sinh tri ân các thầy cô giáo đã nghỉ hưu"),
]

A6 = Story(
    id=2950,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-20T19:40:00+07:00",
    authors=["Nguyễn Thu Hằng"],
    photographers=["Nguyễn Thu Hằng"],
    blocks=[
        P(
            "Tối 19/11/2026, Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, HĐND, UBND phường Phan "
            "Đình Phùng, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng "
            "toàn thể cán bộ, giáo viên, nhân viên và hơn 1.500 học sinh nhà trường."
        ),
        P(
            "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, thầy Nguyễn Mạnh Hùng, Hiệu trưởng nhà "
            "trường, điểm lại những kết quả nổi bật của năm học 2025 – 2026: tỉ lệ học sinh tốt "
            "nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp xếp thứ 4 toàn tỉnh, 37 học sinh "
            "đạt giải học sinh giỏi cấp tỉnh và 2 học sinh đạt giải Khuyến khích học sinh giỏi quốc "
            "gia."
        ),
        P(
            "Dịp này, 5 giáo viên được Chủ tịch UBND tỉnh tặng Bằng khen, 12 giáo viên được Giám "
            "đốc Sở Giáo dục và Đào tạo công nhận danh hiệu Chiến sĩ thi đua cơ sở."
        ),
        _r(
            '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
            'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
        ),
        *[Img(src, cap, cap, f"gal:{slug}:{wid}") for slug, wid, src, cap in A6_GALLERY],
        _r(
            '<figcaption class="blocks-gallery-caption wp-element-caption">Một số hình ảnh tại Lễ '
            "kỷ niệm</figcaption></figure>"
        ),
        P(
            "Trong không khí ấm áp, nhiều tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng đã "
            "được biểu diễn, gửi gắm lòng biết ơn sâu sắc tới các thầy cô giáo."
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Hoàng Thị Mai Anh, lớp 12A4, Bí thư Đoàn trường, bày "
            "tỏ: “Chúng em sẽ luôn nhớ những bài giảng tận tâm, những lời dặn dò ân cần của thầy "
            "cô. Đó là hành trang quý giá để chúng em vững bước vào đời”."
        ),
        _byline("<strong>Tin, ảnh: Nguyễn Thu Hằng</strong>"),
    ],
    opts={
        "dt": "2026-11-20T19:40",
        "cats": ["hoat-dong-nha-truong", "noi-bat"],
        "tags": ["ngay-nha-giao-viet-nam"],
        "thumb": "/wp-content/uploads/2026/11/IMG_2035",
        "cpp": 2,
        "comments": [
            (441, "Lê Quang Huy (K2015)", "2026-11-20T21:03", None,
             "Nhớ thầy cô và mái trường Chu Văn An quá! Chúc các thầy cô luôn mạnh khỏe, hạnh phúc."),
            (447, "Phạm Thị Ngọc", "2026-11-21T06:48", None,
             "Tiết mục “Bụi phấn” của 11A4 xúc động lắm ạ."),
            (452, "Nguyễn Văn Tùng", "2026-11-22T19:15", None,
             "Chúc mừng các thầy cô giáo nhân ngày 20/11. Mong nhà trường ngày càng phát triển."),
        ],
    },
)

A7 = Story(
    id=2941,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027: 18 giáo viên tham gia",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-17T14:15:00+07:00",
    authors=["Phạm Thị Thanh Huyền"],
    photographers=["Bùi Đức Anh"],
    blocks=[
        P(
            "Từ ngày 02/11 đến ngày 14/11/2026, Trường THPT Chu Văn An tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường năm học 2026 – 2027. Hội thi là hoạt động chuyên môn trọng tâm "
            "nhằm lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp tỉnh vào tháng 3/2027."
        ),
        Raw("{TOC}"),
        P("Phần thi năng lực", "h2toc"),
        P(
            "Ở phần thi thứ nhất, mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giáo "
            "dục học sinh trong môn học hoặc công tác chủ nhiệm mà mình đã áp dụng trong năm học "
            "trước, kèm theo minh chứng về hiệu quả.",
            "nfd",
        ),
        P(
            "Nhiều biện pháp có tính thực tiễn cao, như tổ chức dạy học dự án môn Địa lí gắn với "
            "vùng chè Tân Cương, hay xây dựng ngân hàng câu hỏi trắc nghiệm trực tuyến cho môn "
            "Lịch sử."
        ),
        P("Phần thi thực hành giảng dạy", "h2toc"),
        P(
            "Mỗi giáo viên dự thi dạy hai tiết: một tiết tự chọn bài và một tiết bốc thăm trước ba "
            "ngày. Ban Giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn, đánh giá tiết dạy "
            "theo hướng dẫn tại Công văn số 5512/BGDĐT-GDTrH của Bộ Giáo dục và Đào tạo."
        ),
        Img("/wp-content/uploads/2026/11/gvdg-cap-truong-1024x683.jpg", "Ảnh: Bùi Đức Anh", None),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kĩ thuật dạy "
            "học tích cực; học sinh được tổ chức hoạt động nhiều, chủ động trao đổi, tranh luận và "
            "tự rút ra kiến thức."
        ),
        P("Kết quả", "h2toc"),
        P(
            "Kết thúc hội thi, 15/18 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp "
            "trường, trong đó 6 giáo viên được đề nghị tham dự hội thi cấp tỉnh gồm các môn Ngữ "
            "văn, Toán, Vật lí, Tiếng Anh, Địa lí và Giáo dục kinh tế và pháp luật."
        ),
        _byline("<strong>Phạm Thị Thanh Huyền</strong> <em>(Tổ Ngữ văn)</em>"),
    ],
    opts={
        "dt": "2026-11-17T14:15",
        "cats": ["hoat-dong-chuyen-mon"],
        "thumb": "/wp-content/uploads/2026/11/gvdg-cap-truong",
    },
)

A8 = Story(
    id=2925,
    slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong",
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-12",
    authors=["Tổ Giáo dục thể chất – Quốc phòng và an ninh"],
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển "
            "chọn vận động viên tham gia Hội khỏe Phù Đổng tỉnh Thái Nguyên năm 2027, nhà trường "
            "xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường như sau:"
        ),
        P("Thời gian, địa điểm", "h3"),
        P(
            "Thời gian: từ ngày 23/11 đến ngày 05/12/2026 (các buổi chiều thứ Ba, thứ Năm, thứ "
            "Bảy).",
            "br1",
        ),
        P("Địa điểm: sân vận động và nhà đa năng của nhà trường.", "br2"),
        P("Các môn thi đấu", "h3"),
        _r('<ul class="wp-block-list">'),
        P("Bóng đá nam (sân 7 người);", "li"),
        P("Bóng chuyền nam, nữ;", "li"),
        P("Cầu lông, bóng bàn đơn nam, đơn nữ;", "li"),
        P("Điền kinh: chạy 100 m, 400 m, 1.500 m, nhảy xa, nhảy cao;", "li"),
        P("Kéo co (mỗi lớp một đội gồm 10 nam, 10 nữ).", "li"),
        _r("</ul>"),
        P(
            "Các lớp đăng ký danh sách vận động viên với đồng chí Phó Bí thư Đoàn trường trước ngày "
            "20/11/2026. Điều lệ chi tiết từng môn được gửi tới giáo viên chủ nhiệm qua hệ thống "
            "quản lý nhà trường."
        ),
        P(
            "Lưu ý: do ảnh hưởng của thời tiết, lịch thi đấu môn bóng đá được điều chỉnh sang tuần "
            "từ ngày 30/11/2026.",
            "em",
        ),
        _byline("<strong>Tổ Giáo dục thể chất – Quốc phòng và an ninh</strong>"),
    ],
    opts={"dt": "2026-11-12T00:00", "mod": "2026-11-19T16:42", "cats": ["thong-bao"]},
)

EMOJI_CHECK = "2705"

A9 = Story(
    id=2907,
    slug="soi-noi-hoi-thi-rung-chuong-vang-tim-hieu-phap-luat-ve-trat-tu-an-toan-giao-thong",
    title="Sôi nổi Hội thi “Rung chuông vàng” tìm hiểu pháp luật về trật tự, an toàn giao thông",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-06T07:30:00+07:00",
    authors=["BCH Đoàn trường"],
    blocks=[
        P(
            "Hưởng ứng Tháng an toàn giao thông và kỷ niệm Ngày Pháp luật Việt Nam 9/11, chiều "
            "05/11/2026, Đoàn Thanh niên Trường THPT Chu Văn An tổ chức Hội thi “Rung chuông vàng” "
            "tìm hiểu Luật Trật tự, an toàn giao thông đường bộ dành cho học sinh khối 10."
        ),
        P(
            "Tham gia hội thi có 100 thí sinh đại diện cho 10 lớp. Các câu hỏi xoay quanh quy định "
            "về độ tuổi điều khiển phương tiện, đội mũ bảo hiểm, sử dụng rượu bia khi tham gia "
            "giao thông và kỹ năng xử lý tình huống trên đường."
        ),
        _r(
            '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-3 '
            'wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow '
            'wp-block-column-is-layout-flow">'
        ),
        Img(
            "/wp-content/uploads/2026/11/rung-chuong-vang-1-1024x683.jpg",
            "Các thí sinh tham gia trả lời câu hỏi trên sàn thi đấu",
            "Các thí sinh tham gia trả lời câu hỏi trên sàn thi đấu",
        ),
        _r('</div><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">'),
        P(
            "Sau 25 câu hỏi, em Triệu Thị Hương Giang, lớp 10A7, là thí sinh cuối cùng trụ lại sàn "
            "thi đấu và giành giải Nhất. Giải Nhì thuộc về em Lò Văn Sơn, lớp 10A2; giải Ba thuộc "
            "về em Đinh Phương Thảo, lớp 10A5."
        ),
        _r("</div></div>"),
        P("Một số thông điệp được các thí sinh ghi nhớ sau hội thi:"),
        P("Đã uống rượu bia thì không lái xe;", "emoji"),
        P("Đội mũ bảo hiểm đạt chuẩn, cài quai đúng cách;", "emoji"),
        P("Không dàn hàng ngang, không dùng điện thoại khi đi xe đạp điện.", "emoji"),
        Img(
            "/wp-content/uploads/2026/11/rung-chuong-vang-2-1024x683.jpg",
            "Ban Tổ chức trao giải cho các thí sinh xuất sắc",
            "Ban Tổ chức trao giải cho các thí sinh xuất sắc",
        ),
        _byline("<strong>BCH Đoàn trường</strong>"),
    ],
    opts={
        "dt": "2026-11-06T07:30",
        "cats": ["hoat-dong-nha-truong"],
        "thumb": "/wp-content/uploads/2026/11/rung-chuong-vang-1",
    },
)

A10 = Story(
    id=2886,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn: dạy đọc hiểu văn bản thông tin",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30T15:00:00+07:00",
    authors=["Tổ Ngữ văn"],
    blocks=[
        P(
            "Chiều 28/10/2026, Tổ Ngữ văn Trường THPT Chu Văn An tổ chức buổi sinh hoạt chuyên môn "
            "theo nghiên cứu bài học với chủ đề “Dạy đọc hiểu văn bản thông tin cho học sinh lớp "
            "10”."
        ),
        P(
            "Tiết dạy minh họa do cô Ngô Thị Thanh Tâm thực hiện tại lớp 10A3. Thay vì ghi chép "
            "nhận xét về giáo viên, các thầy cô dự giờ được phân công quan sát từng nhóm học sinh: "
            "em nào còn lúng túng, em nào chưa tham gia, vì sao."
        ),
        P(
            "Trong phần thảo luận sau tiết dạy, các thành viên trong tổ thống nhất rằng học sinh đã "
            "biết tìm thông tin chính, nhưng còn khó khăn khi nhận xét cách trình bày dữ liệu bằng "
            "sơ đồ, bảng biểu trong văn bản."
        ),
        _r('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'),
        P(
            "Nghiên cứu bài học giúp chúng tôi chuyển trọng tâm từ “dạy cái gì” sang “học sinh học "
            "như thế nào”. Mỗi tiết dự giờ là một lần thầy cô cùng học.",
        ),
        P("Cô Vi Thị Thu Trang, Tổ trưởng Tổ Ngữ văn", "cite"),
        _r("</blockquote>"),
        P(
            "Từ kết quả quan sát, tổ đã điều chỉnh phiếu học tập, bổ sung hoạt động đọc sơ đồ trước "
            "khi đọc văn bản và thống nhất đưa vào kế hoạch dạy học của các lớp khối 10 trong học "
            "kỳ I."
        ),
        P(
            "Buổi sinh hoạt là một trong chuỗi hoạt động đổi mới sinh hoạt tổ chuyên môn mà nhà "
            "trường triển khai từ đầu năm học, hướng tới việc mỗi tổ thực hiện ít nhất hai bài học "
            "nghiên cứu trong một học kỳ."
        ),
        _r("<p>&nbsp;</p>"),
        _byline("<strong>Tổ Ngữ văn</strong>"),
    ],
    opts={"dt": "2026-10-30T15:00", "cats": ["hoat-dong-chuyen-mon"]},
)

A11 = Story(
    id=2870,
    slug="hoc-sinh-voi-an-toan-tren-khong-gian-mang",
    title="Học sinh với an toàn trên không gian mạng: sân chơi bổ ích của tuổi trẻ Chu Văn An",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-22T10:10:00+07:00",
    authors=["Thanh Thủy"],
    source="Báo Thái Nguyên",
    summary=(
        "Ngày hội “Học sinh với an toàn trên không gian mạng” do Đoàn Thanh niên Trường THPT Chu "
        "Văn An tổ chức đã thu hút hơn 1.200 học sinh tham gia, giúp các em trang bị kỹ năng nhận "
        "diện và phòng tránh các nguy cơ trên môi trường số."
    ),
    blocks=[
        P(
            "Ngày hội “Học sinh với an toàn trên không gian mạng” do Đoàn Thanh niên Trường THPT Chu "
            "Văn An tổ chức đã thu hút hơn 1.200 học sinh tham gia, giúp các em trang bị kỹ năng "
            "nhận diện và phòng tránh các nguy cơ trên môi trường số.",
            "b",
        ),
        P(
            "Ngày hội diễn ra vào sáng 20/10/2026 tại sân trường với 12 gian trải nghiệm do các chi "
            "đoàn khối 11 thiết kế. Mỗi gian mô phỏng một tình huống thường gặp: tin nhắn giả mạo "
            "ngân hàng, đường link trúng thưởng, tài khoản mạng xã hội bị chiếm đoạt hay lời mời "
            "làm việc online “việc nhẹ lương cao”."
        ),
        Img(
            "/wp-content/uploads/2026/10/ngay-hoi-an-toan-mang-1024x683.jpg",
            "Học sinh trải nghiệm tình huống lừa đảo trực tuyến tại gian của Chi đoàn 11A1",
            "Học sinh trải nghiệm tình huống lừa đảo trực tuyến tại gian của Chi đoàn 11A1",
        ),
        P(
            "Tại gian “Mật khẩu của bạn mạnh đến đâu?”, học sinh được kiểm tra độ an toàn của mật "
            "khẩu mẫu, được hướng dẫn bật xác thực hai lớp và cài đặt quyền riêng tư cho tài khoản "
            "cá nhân."
        ),
        P(
            "Đại úy Dương Văn Khánh, Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ "
            "cao, Công an tỉnh, chia sẻ nhiều vụ việc thực tế có nạn nhân là học sinh, sinh viên, "
            "qua đó khuyến cáo các em tuyệt đối không cung cấp mã OTP, không chuyển tiền cho người "
            "lạ."
        ),
        P(
            "Em Lưu Ngọc Diệp, lớp 11A1, cho biết: “Trước đây em nghĩ lừa đảo qua mạng chỉ xảy ra "
            "với người lớn. Sau ngày hội, em đã về hướng dẫn bố mẹ cách nhận biết tin nhắn giả "
            "mạo”."
        ),
        _byline("<strong>Thanh Thủy</strong>"),
        _byline("<em>(Theo Báo Thái Nguyên)</em>"),
    ],
    opts={
        "dt": "2026-10-22T10:10",
        "cats": ["hoat-dong-nha-truong"],
        "tags": ["chuyen-doi-so"],
        "thumb": "/wp-content/uploads/2026/10/ngay-hoi-an-toan-mang",
    },
)

A12_SLUG = "kết-quả-hội-nghị-ban-đại-diện-cha-mẹ-học-sinh-năm-học-2026-2027"

A12 = Story(
    id=2853,
    slug=A12_SLUG,
    title="Kết quả Hội nghị Ban đại diện cha mẹ học sinh năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-15T09:00:00+07:00",
    blocks=[
        P(
            "Sáng 12/10/2026, Trường THPT Chu Văn An tổ chức Hội nghị Ban đại diện cha mẹ học sinh "
            "năm học 2026 – 2027 với sự tham dự của 45 đại diện cha mẹ học sinh các lớp."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết hoạt động năm học 2025 – 2026, thảo luận và thống "
            "nhất phương hướng hoạt động năm học mới, trong đó tập trung phối hợp giáo dục kỹ năng "
            "sống, phòng chống bạo lực học đường và hỗ trợ học sinh có hoàn cảnh khó khăn."
        ),
        P("Hội nghị đã bầu Ban Thường trực Ban đại diện cha mẹ học sinh nhà trường gồm 5 thành viên:"),
        TABLE_OPEN,
        P("TT | Họ và tên | Chức danh | Đại diện lớp", "th"),
        P("1 | Ông Trịnh Văn Quyết | Trưởng ban | 12A1", "tr"),
        P("2 | Bà Nguyễn Thị Hoa | Phó Trưởng ban | 11A3", "tr"),
        P("3 | Ông Hà Văn Long | Phó Trưởng ban | 10A6", "tr"),
        P("4 | Bà Đỗ Thị Lệ | Ủy viên | 12A5", "tr"),
        P("5 | Bà Mai Thanh Xuân | Ủy viên | 11A7", "tr"),
        _table_close(),
        P(
            "Mọi ý kiến đóng góp của cha mẹ học sinh xin gửi về Ban Thường trực qua giáo viên chủ "
            "nhiệm các lớp",
            "br1",
        ),
        P("hoặc hòm thư góp ý đặt tại Văn phòng nhà trường.", "br2"),
        P(
            "Cập nhật ngày 20/10/2026: bổ sung danh sách Ban Thường trực theo biên bản hội nghị.",
            "em",
        ),
    ],
    opts={"dt": "2026-10-15T09:00", "mod": "2026-10-20T08:05", "cats": ["thong-bao"]},
)

A13 = Story(
    id=2790,
    slug="tap-huan-xay-dung-ma-tran-dac-ta-de-kiem-tra",
    title="Tập huấn xây dựng ma trận, bản đặc tả đề kiểm tra theo định dạng mới",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-05T08:30:00+07:00",
    authors=["Lê Văn Toàn"],
    blocks=[
        P(
            "Ngày 03/10/2026, Trường THPT Chu Văn An tổ chức tập huấn cho toàn thể giáo viên về xây "
            "dựng ma trận, bản đặc tả và đề kiểm tra định kì theo định dạng mới, đáp ứng yêu cầu "
            "đánh giá năng lực của Chương trình giáo dục phổ thông 2018."
        ),
        P(
            "Báo cáo viên là thầy Lê Văn Toàn, Phó Hiệu trưởng phụ trách chuyên môn. Thầy hướng dẫn "
            "cấu trúc đề gồm ba dạng câu hỏi: trắc nghiệm nhiều phương án lựa chọn, trắc nghiệm "
            "đúng – sai và trả lời ngắn, tương tự định dạng đề thi tốt nghiệp THPT từ năm 2025."
        ),
        Img(
            "/wp-content/uploads/2026/10/tap-huan-ma-tran-de-1024x683.jpg",
            "(Toàn cảnh buổi tập huấn tại hội trường nhà trường)",
            "Toàn cảnh buổi tập huấn tại hội trường nhà trường",
        ),
        P(
            "Sau phần lí thuyết, giáo viên làm việc theo tổ chuyên môn, mỗi tổ xây dựng một ma trận "
            "và bản đặc tả cho đề kiểm tra giữa học kỳ I của một khối lớp, sau đó trình bày và góp "
            "ý chéo giữa các tổ."
        ),
        P(
            "Theo kế hoạch, các tổ hoàn thiện ngân hàng câu hỏi theo định dạng mới trước ngày "
            "20/10/2026 để sử dụng cho kỳ kiểm tra giữa học kỳ I."
        ),
        _byline("<strong>ThS. Lê Văn Toàn</strong> – Phó Hiệu trưởng"),
    ],
    opts={
        "dt": "2026-10-05T08:30",
        "cats": ["hoat-dong-chuyen-mon"],
        "thumb": "/wp-content/uploads/2026/10/tap-huan-ma-tran-de",
    },
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}

#: related posts printed by the plugin (only posts a page-1 listing shows anyway)
RELATED = {
    3012: [2925, 2979],
    2998: [2941, 2886],
    2987: [2950, 2965],
    2979: [3012, 2925],
    2965: [2950, 2987],
    2950: [2965, 2987],
    2941: [2998, 2886],
    2925: [3012, 2979],
    2907: [2987, 2950],
    2886: [2941, 2998],
    2870: [2998, 2987],
    2853: [2979, 3012],
    2790: [2941, 2886],
}


# --- helpers ---------------------------------------------------------------------------------

def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M")


def _iso_local(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _iso_utc(value: str) -> str:
    return (_dt(value) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _vn_datetime(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y lúc %H:%M")


def _vn_date(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y")


def _wp_slug(slug: str) -> str:
    """The slug as WordPress stores an unedited Vietnamese one: UTF-8, lower-case hex."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), quote(slug, safe="-"))


def permalink(story: Story) -> str:
    d = _dt(story.opts["dt"])
    return f"/{d:%Y/%m/%d}/{_wp_slug(story.slug)}/"


def _cat_name(slug: str) -> str:
    return CATS[slug][0]


def _comments(story: Story) -> list[tuple]:
    return story.opts.get("comments", [])


def _comment_pages(story: Story) -> int:
    cpp = story.opts.get("cpp")
    top = [c for c in _comments(story) if c[3] is None]
    if not cpp or not top:
        return 1
    return (len(top) + cpp - 1) // cpp


def _excerpt(story: Story) -> str:
    if "excerpt" in story.opts:
        return story.opts["excerpt"]
    words = " ".join(b.text for b in story.blocks if isinstance(b, P))
    return esc(" ".join(words.split()[:32])) + " […]"


# --- chrome ------------------------------------------------------------------------------------

def _head(b: str, title: str, canonical: str | None, extra: str = "") -> str:
    canon = f'<link rel="canonical" href="{b}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE_NAME}" />
{extra}<!-- / Yoast SEO plugin. -->
<link rel="dns-prefetch" href="//s.w.org" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{b}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}}}};
</script>
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='twentytwentyfive-style-css' href='{b}/wp-content/themes/twentytwentyfive/style.css?ver=1.0' media='all' />
<link rel='stylesheet' id='cva-ttf-style-css' href='{b}/wp-content/themes/cva-ttf/style.css?ver=1.3.2' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{b}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69' media='all' />
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="icon" href="{b}/wp-content/uploads/2024/08/cropped-logo-chu-van-an-32x32.png" sizes="32x32" />
</head>
"""


def _nav(b: str) -> str:
    def item(href: str, label: str) -> str:
        return (
            f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
            f'href="{b}{href}"><span class="wp-block-navigation-item__label">{label}</span></a></li>'
        )

    def sub(href: str, label: str, children: list[tuple[str, str]]) -> str:
        kids = "".join(item(h, lab) for h, lab in children)
        return (
            '<li data-wp-context="{ &quot;submenuOpenedBy&quot;: { &quot;click&quot;: false, &quot;hover&quot;: false, &quot;focus&quot;: false }, &quot;type&quot;: &quot;submenu&quot; }" '
            'class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu">'
            f'<a class="wp-block-navigation-item__content" href="{b}{href}">{label}</a>'
            f'<button aria-label="Menu con {label}" class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" aria-expanded="false">'
            '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg></button>'
            f'<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{kids}</ul></li>'
        )

    items = "".join(
        [
            item("/", "Trang chủ"),
            sub("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"), ("/doi-ngu-giao-vien/", "Đội ngũ giáo viên")]),
            sub(
                "/tin-tuc/",
                "Tin tức",
                [
                    ("/category/hoat-dong-nha-truong/", "Hoạt động nhà trường"),
                    ("/category/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
                ],
            ),
            item("/category/thong-bao/", "Thông báo"),
            item("/thoi-khoa-bieu/", "Thời khóa biểu"),
            item("/lien-he/", "Liên hệ"),
        ]
    )
    return (
        '<nav class="has-text-color has-base-color is-responsive items-justified-right wp-block-navigation is-horizontal '
        'is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" '
        'aria-label="Menu chính" data-wp-interactive="core/navigation" data-wp-context=\'{"overlayOpenedBy":{"click":false,"hover":false,"focus":false},"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}\'>'
        '<button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick">'
        '<svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>'
        '<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1">'
        '<div class="wp-block-navigation__responsive-dialog"><button aria-label="Đóng menu" class="wp-block-navigation__responsive-container-close">'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button>'
        f'<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container has-text-color has-base-color is-responsive items-justified-right wp-block-navigation">{items}</ul></div>'
        "</div></div></div></nav>"
    )


def _header(b: str) -> str:
    return f"""<header class="wp-block-template-part">
<div class="wp-block-group cva-thanh-tren alignfull has-base-color has-text-color has-background has-link-color is-layout-constrained wp-block-group-is-layout-constrained" style="background-color:#0d4a8f;padding-top:6px;padding-bottom:6px">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex">
<p class="cva-ngay-hom-nay has-small-font-size">{HEADER_DATE}</p>
<p class="has-small-font-size">Đường dây nóng: 0208 3855 219 &nbsp;|&nbsp; Email: c3chuvanan@thainguyen.edu.vn</p>
</div></div>
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-4 wp-block-group-is-layout-flex">
<div class="wp-block-site-logo"><a href="{b}/" class="custom-logo-link" rel="home"><img width="72" height="72" src="{b}/wp-content/uploads/2024/08/logo-chu-van-an.png" class="custom-logo" alt="Trường THPT Chu Văn An" decoding="async" /></a></div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><p class="wp-block-site-tagline has-small-font-size">Sở Giáo dục và Đào tạo tỉnh Thái Nguyên</p>
<p class="wp-block-site-title has-large-font-size"><a href="{b}/" target="_self" rel="home">Trường THPT Chu Văn An</a></p></div>
</div>
{_nav(b)}
<form role="search" method="get" action="{b}/" class="wp-block-search__button-only wp-block-search__searchfield-hidden wp-block-search__icon-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Nhập từ khóa..." value="" type="search" name="s" required /><button aria-label="Tìm kiếm" class="wp-block-search__button has-icon wp-element-button" type="submit"><svg class="search-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5zm0 10.5c-2.5 0-4.5-2-4.5-4.5s2-4.5 4.5-4.5 4.5 2 4.5 4.5-2 4.5-4.5 4.5z"></path></svg></button></div></form>
</div></div>
</header>
"""


def _footer(b: str) -> str:
    return f"""<footer class="wp-block-template-part">
<div class="wp-block-group alignfull cva-chan-trang has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--40)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-9 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:40%">
<h2 class="wp-block-heading has-medium-font-size">TRƯỜNG THPT CHU VĂN AN – THÁI NGUYÊN</h2>
<p class="has-small-font-size">Địa chỉ: Số 168 đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên<br>Điện thoại: 0208 3855 219 – 0208 3751 620<br>Email: c3chuvanan@thainguyen.edu.vn<br>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Mạnh Hùng</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Liên kết website</h2>
<ul class="wp-block-list has-small-font-size cva-lien-ket">
<li><a href="https://moet.gov.vn/" target="_blank" rel="noreferrer noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://thainguyen.edu.vn/" target="_blank" rel="noreferrer noopener">Sở GD&amp;ĐT Thái Nguyên</a></li>
<li><a href="https://thainguyen.gov.vn/" target="_blank" rel="noreferrer noopener">Cổng TTĐT tỉnh Thái Nguyên</a></li>
<li><a href="https://smas.edu.vn/" target="_blank" rel="noreferrer noopener">Tra cứu điểm (SMAS)</a></li>
<li><a href="https://www.facebook.com/thptchuvanan.thainguyen" target="_blank" rel="noreferrer noopener">Fanpage nhà trường</a></li>
</ul>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Thăm dò ý kiến</h2>
<div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="5c1e0a9d2b" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về trang thông tin điện tử của nhà trường?</strong></p>
<div id="polls-4-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-14" name="poll_4" value="14" /> <label for="poll-answer-14">Bình thường</label></li>
<li><input type="radio" id="poll-answer-15" name="poll_4" value="15" /> <label for="poll-answer-15">Cần cập nhật thường xuyên hơn</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(4);" /></p></div></form></div>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Thống kê truy cập</h2>
<ul class="cva-thong-ke has-small-font-size"><li>Đang online: <strong>27</strong></li><li>Hôm nay: <strong>1.046</strong></li><li>Hôm qua: <strong>1.388</strong></li><li>Tổng truy cập: <strong>2.315.704</strong></li></ul>
</div>
</div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">© 2026 Trường THPT Chu Văn An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="has-small-font-size">Được vận hành bởi <a href="https://vi.wordpress.org" rel="nofollow">WordPress</a></p>
</div></div>
</footer>
</div>
<script src="{b}/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=6.7.1" id="wp-block-navigation-view-js" type="module"></script>
<script src="{b}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload-js"></script>
</body>
</html>
"""


def _page(b: str, title: str, body_class: str, main: str, canonical: str | None, extra_head: str = "") -> str:
    return (
        _head(b, title, canonical, extra_head)
        + f'<body class="{body_class} wp-embed-responsive">\n<div class="wp-site-blocks">\n'
        + _header(b)
        + main
        + _footer(b)
    )


def _breadcrumb(b: str, trail: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in trail:
        if href is None:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
        else:
            parts.append(f'<span><a href="{b}{href}">{esc(label)}</a></span>')
    return (
        '<div class="cva-duong-dan has-small-font-size"><p id="breadcrumbs"><span>'
        + " » ".join(parts)
        + "</span></p></div>\n"
    )


# --- article content ---------------------------------------------------------------------------

_SIZE = re.compile(r"-(\d+)x(\d+)\.jpg$")


def _srcset(b: str, src: str) -> tuple[str, str, int, int]:
    m = _SIZE.search(src)
    w, h = (int(m.group(1)), int(m.group(2))) if m else (1024, 683)
    stem = src[: m.start()] if m else src[:-4]
    small_h = round(300 * h / w)
    mid_h = round(768 * h / w)
    srcset = (
        f"{b}{src} {w}w, {b}{stem}-300x{small_h}.jpg 300w, {b}{stem}-768x{mid_h}.jpg 768w, "
        f"{b}{stem}.jpg 1600w"
    )
    return srcset, f"(max-width: {w}px) 100vw, {w}px", w, h


def _img_tag(b: str, img: Img, wid: int, lazy: bool) -> str:
    srcset, sizes, w, h = _srcset(b, img.src)
    plain = (
        f'<img decoding="async" width="{w}" height="{h}" src="{b}{img.src}" alt="" '
        f'class="wp-image-{wid}" srcset="{srcset}" sizes="{sizes}" />'
    )
    if not lazy:
        return plain.replace("<img ", '<img fetchpriority="high" ', 1)
    placeholder = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{placeholder}" alt="" '
        f'class="wp-image-{wid}" data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" '
        f'data-lazy-src="{b}{img.src}" /><noscript>{plain}</noscript>'
    )


def _figcaption(img: Img) -> str:
    if img.printed is None:
        return ""
    inner = esc(img.printed)
    if img.printed.startswith("Ảnh:"):
        inner = f"<em>{inner}</em>"
    return f'<figcaption class="wp-element-caption">{inner}</figcaption>'


def _anchor(label: str) -> str:
    table = str.maketrans("đĐ", "dD")
    plain = unicodedata.normalize("NFD", label.translate(table))
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")


def _toc(story: Story) -> str:
    heads = [blk.text for blk in story.blocks if isinstance(blk, P) and blk.style == "h2toc"]
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{i}\" "
        f'href="#{_anchor(h)}" title="{esc(h)}">{esc(h)}</a></li>'
        for i, h in enumerate(heads, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-light-blue '
        'ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" '
        'style="cursor:inherit">Mục lục</p><span class="ez-toc-title-toggle"><a href="#" '
        'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Ẩn/hiện mục lục"><span class="ez-toc-js-icon-con">☰</span></a></span></div>'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{items}</ul></nav></div>"
    )


def _p_html(blk: P) -> str:
    t = text(blk.text)
    style = blk.style
    if style == "b":
        return f"<p><strong>{t}</strong></p>"
    if style == "em":
        return f"<p><em>{t}</em></p>"
    if style in ("h2", "h3"):
        return f'<{style} class="wp-block-heading">{t}</{style}>'
    if style == "h2toc":
        aid = _anchor(blk.text)
        return (
            f'<h2 class="wp-block-heading"><span class="ez-toc-section" id="{aid}"></span>{t}'
            '<span class="ez-toc-section-end"></span></h2>'
        )
    if style == "li":
        return f"<li>{t}</li>"
    if style == "th":
        cells = "".join(f"<th>{text(c)}</th>" for c in blk.text.split(" | "))
        return f"<thead><tr>{cells}</tr></thead>"
    if style == "tr":
        cells = "".join(f"<td>{text(c)}</td>" for c in blk.text.split(" | "))
        return f"<tr>{cells}</tr>"
    if style == "pq":
        return f"<p>{t}</p>"
    if style == "cite":
        return f"<cite>{t}</cite>"
    if style == "summary":
        return f"<summary>{t}</summary>"
    if style == "nfd":
        body = text(blk.text, nfd=True).replace(", ", ",&nbsp;", 2)
        return (
            '<p><span style="font-family: \'times new roman\', times, serif; font-size: 14pt;">'
            f"{body}</span></p>"
        )
    if style == "emoji":
        return (
            f'<p><img draggable="false" role="img" class="emoji" alt="✅" '
            f'src="https://s.w.org/images/core/emoji/15.0.3/svg/{EMOJI_CHECK}.svg"> {t}</p>'
        )
    if style == "br1":
        return f"<p>{t}<br>\n"
    if style == "br2":
        return f"{t}</p>"
    return f"<p>{t}</p>"


def _content(b: str, story: Story) -> str:
    out: list[str] = []
    in_tbody = False
    first_img = True
    wid = story.id + 2
    for blk in story.blocks:
        is_tr = isinstance(blk, P) and blk.style == "tr"
        if is_tr and not in_tbody:
            out.append("<tbody>")
            in_tbody = True
        elif not is_tr and in_tbody:
            out.append("</tbody>")
            in_tbody = False
        if isinstance(blk, Raw):
            if blk.html == "{TOC}":
                out.append(_toc(story))
            else:
                out.append(blk.html.replace("{B}", b))
        elif isinstance(blk, Img):
            lazy = not first_img
            first_img = False
            if blk.style.startswith("gal:"):
                _, att, gid = blk.style.split(":")
                tag = _img_tag(b, blk, int(gid), lazy).replace(
                    'class="wp-image-', f'data-id="{gid}" class="wp-image-'
                )
                out.append(
                    f'<figure class="wp-block-image size-large"><a href="{b}{permalink(story)}{att}/">'
                    f"{tag}</a>{_figcaption(blk)}</figure>"
                )
            else:
                wid += 1
                out.append(
                    f'<figure class="wp-block-image size-large">{_img_tag(b, blk, wid, lazy)}'
                    f"{_figcaption(blk)}</figure>"
                )
        else:
            out.append(_p_html(blk))
    if in_tbody:
        out.append("</tbody>")
    related = "".join(
        f'<li><a href="{b}{permalink(BY_ID[i])}" class="crp_link post-{i}"><span class="crp_title">'
        f"{esc(BY_ID[i].title)}</span></a></li>"
        for i in RELATED[story.id]
    )
    out.append(
        '<div class="crp_related     crp-text-only"><h3>Bài viết liên quan:</h3><ul>'
        f'{related}</ul><div class="crp_clear"></div></div>'
    )
    out.append(
        f'<div class="post-views content-post post-{story.id} entry-meta load-static">'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
        f'<span class="post-views-label">Lượt xem:</span> <span class="post-views-count">{story.views():,}</span></div>'.replace(",", ".")
    )
    return "\n".join(out)


def _terms(b: str, slugs: list[str]) -> str:
    ordered = sorted(slugs, key=lambda s: _cat_name(s).replace("Đ", "D"))
    return '<span class="wp-block-post-terms__separator">, </span>'.join(
        f'<a href="{b}/category/{s}/" rel="tag">{esc(_cat_name(s))}</a>' for s in ordered
    )


def _post_date(value: str, cls: str = "wp-block-post-date", label: str = "") -> str:
    return (
        f'<div class="{cls}"><time datetime="{_iso_local(value)}">{label}{_vn_datetime(value)}</time></div>'
    )


def _comment_html(b: str, story: Story, c: tuple, cpage: int | None) -> str:
    cid, author, when, parent, body = c
    depth = 2 if parent else 1
    where = f"comment-page-{cpage}/" if cpage else ""
    return (
        f'<li id="comment-{cid}" class="comment {"odd alt" if depth == 2 else "even"} thread-even depth-{depth}">'
        '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-bottom:var(--wp--preset--spacing--40)">'
        '<div class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex">'
        f'<div class="wp-block-avatar"><img alt="Ảnh đại diện của {esc(author)}" '
        'src="https://secure.gravatar.com/avatar/5f1a9c0d7e3b?s=40&#038;d=mm&#038;r=g" '
        'class="avatar avatar-40 photo wp-block-avatar__image" height="40" width="40" style="border-radius:20px"/></div>'
        f'<div class="wp-block-comment-author-name">{esc(author)}</div></div>'
        f'<div class="wp-block-comment-date"><time datetime="{_iso_local(when)}"><a href="{b}{permalink(story)}{where}#comment-{cid}">'
        f"{_vn_datetime(when)}</a></time></div>"
        f'<div class="wp-block-comment-content"><p>{esc(body)}</p></div>'
        f'<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" '
        f'href="#comment-{cid}" data-commentid="{cid}" data-postid="{story.id}" '
        f'data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(author)}" '
        f'aria-label="Trả lời {esc(author)}">Trả lời</a></div></div>'
    )


def _comments_block(b: str, story: Story, cpage: int | None) -> str:
    comments = _comments(story)
    form = (
        '<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">'
        f'Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{b}{permalink(story)}#respond" style="display:none;">Hủy</a></small></h3>'
        f'<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        '<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> '
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
        '<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Gửi bình luận" /> '
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"
    )
    if not comments:
        return f'<div class="wp-block-comments wp-block-comments-query-loop">{form}</div>'
    pages = _comment_pages(story)
    top = [c for c in comments if c[3] is None]
    if pages > 1:
        shown_page = cpage or pages
        cpp = story.opts["cpp"]
        shown_top = top[(shown_page - 1) * cpp : shown_page * cpp]
    else:
        shown_page = None
        shown_top = top
    items = []
    for c in shown_top:
        children = [k for k in comments if k[3] == c[0]]
        child_html = ""
        if children:
            child_html = '<ol class="children">' + "".join(
                _comment_html(b, story, k, shown_page) + "</li>" for k in children
            ) + "</ol>"
        items.append(_comment_html(b, story, c, shown_page) + child_html + "</li>")
    nav = ""
    if pages > 1:
        links = []
        if shown_page > 1:
            links.append(
                f'<a href="{b}{permalink(story)}comment-page-{shown_page - 1}/#comments" '
                'class="wp-block-comments-pagination-previous">Bình luận cũ hơn</a>'
            )
        nums = []
        for n in range(1, pages + 1):
            if n == shown_page:
                nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                nums.append(f'<a class="page-numbers" href="{b}{permalink(story)}comment-page-{n}/#comments">{n}</a>')
        links.append(f'<div class="wp-block-comments-pagination-numbers">{"".join(nums)}</div>')
        if shown_page < pages:
            links.append(
                f'<a href="{b}{permalink(story)}comment-page-{shown_page + 1}/#comments" '
                'class="wp-block-comments-pagination-next">Bình luận mới hơn</a>'
            )
        nav = (
            '<nav class="wp-block-comments-pagination is-layout-flex wp-block-comments-pagination-is-layout-flex" '
            f'aria-label="Phân trang bình luận">{"".join(links)}</nav>'
        )
    return (
        '<div class="wp-block-comments wp-block-comments-query-loop" id="comments">'
        f'<h2 class="wp-block-comments-title">{len(comments)} bình luận về “{esc(story.title)}”</h2>'
        f'<ol class="wp-block-comment-template">{"".join(items)}</ol>{nav}{form}</div>'
    )


def _loop_item(b: str, story: Story, *, thumb: bool = True, excerpt: bool = True, level: int = 2) -> str:
    link = f"{b}{permalink(story)}"
    cats = " ".join(f"category-{s}" for s in story.opts["cats"])
    fig = ""
    if thumb and story.opts.get("thumb"):
        fig = (
            f'<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="{link}" target="_self">'
            f'<img width="768" height="512" src="{b}{story.opts["thumb"]}-768x512.jpg" '
            'class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" '
            'style="width:100%;height:100%;object-fit:cover;" decoding="async" loading="lazy" /></a></figure>'
        )
    ex = (
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{_excerpt(story)}</p></div>'
        if excerpt
        else ""
    )
    return (
        f'<li class="wp-block-post post-{story.id} post type-post status-publish format-standard '
        f'{"has-post-thumbnail " if story.opts.get("thumb") else ""}hentry {cats}">'
        '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
        f'{fig}<h{level} class="wp-block-post-title has-large-font-size"><a href="{link}" target="_self">'
        f"{esc(story.title)}</a></h{level}>"
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="{_iso_local(story.opts["dt"])}">'
        f'<a href="{link}">{_vn_date(story.opts["dt"])}</a></time></div>{ex}</div></li>'
    )


def _loop(b: str, stories: list[Story], qid: int, **kw) -> str:
    items = "".join(_loop_item(b, s, **kw) for s in stories)
    return (
        f'<div class="wp-block-query cva-loop-{qid} is-layout-flow wp-block-query-is-layout-flow">'
        '<ul class="columns-1 wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">'
        f"{items}</ul>"
    )


def _latest(n: int, cat: str | None = None) -> list[Story]:
    pool = [s for s in STORIES if cat is None or cat in s.opts["cats"]]
    return sorted(pool, key=lambda s: s.opts["dt"], reverse=True)[:n]


# --- pages -------------------------------------------------------------------------------------

def _article(request: Request, story: Story, cpage: int | None) -> Response:
    b = base_url(request)
    perm = permalink(story)
    own = perm + (f"comment-page-{cpage}/" if cpage else "")
    o = story.opts
    section = story.cat
    seo = o.get("seo") or story.title
    title_tag = f"{seo} - {SITE_NAME}"
    first_img = next((img for img in story.images), None)
    og_image = ""
    if first_img:
        m = _SIZE.search(first_img.src)
        full = first_img.src[: m.start()] + ".jpg" if m else first_img.src
        og_image = f'<meta property="og:image" content="{b}{full}" />\n<meta property="og:image:type" content="image/jpeg" />\n'
    modified = o.get("mod") or o["dt"]
    desc = " ".join(next(blk.text for blk in story.blocks if isinstance(blk, P)).split()[:28])
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{b}{perm}#article",
                "isPartOf": {"@id": f"{b}{perm}"},
                "author": {"name": ACCOUNT, "@id": f"{b}/#/schema/person/8f2c1d"},
                "headline": seo,
                "datePublished": _iso_utc(o["dt"]),
                "dateModified": _iso_utc(modified),
                "mainEntityOfPage": {"@id": f"{b}{perm}"},
                "publisher": {"@id": f"{b}/#organization"},
                "articleSection": [_cat_name(s) for s in sorted(o["cats"], key=lambda s: _cat_name(s).replace("Đ", "D"))],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{b}{perm}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{b}/"},
                    {"@type": "ListItem", "position": 2, "name": _cat_name(section), "item": f"{b}/category/{section}/"},
                    {"@type": "ListItem", "position": 3, "name": story.title},
                ],
            },
            {"@type": "Person", "@id": f"{b}/#/schema/person/8f2c1d", "name": ACCOUNT},
        ],
    }
    extra = (
        f'<meta name="description" content="{esc(desc)} …" />\n'
        + '<meta property="og:type" content="article" />\n'
        + f'<meta property="og:title" content="{esc(title_tag)}" />\n'
        + f'<meta property="og:url" content="{b}{own}" />\n'
        + '<meta property="article:publisher" content="https://www.facebook.com/thptchuvanan.thainguyen" />\n'
        + f'<meta property="article:published_time" content="{_iso_utc(o["dt"])}" />\n'
        + (f'<meta property="article:modified_time" content="{_iso_utc(o["mod"])}" />\n' if o.get("mod") else "")
        + og_image
        + f'<meta name="author" content="{ACCOUNT}" />\n'
        + '<meta name="twitter:card" content="summary_large_image" />\n'
        + f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{ACCOUNT}" />\n'
        + '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="3 phút" />\n'
        + '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False)
        + "</script>\n"
        + f"<link rel='shortlink' href='{b}/?p={story.id}' />\n"
        + f'<link rel="alternate" title="JSON" type="application/json" href="{b}/wp-json/wp/v2/posts/{story.id}" />\n'
    )
    modified_line = ""
    if o.get("mod"):
        modified_line = (
            '<div class="wp-block-group cva-cap-nhat is-content-justification-right is-layout-flex wp-block-group-is-layout-flex">'
            + _post_date(
                o["mod"],
                "wp-block-post-date__modified-date wp-block-post-date has-small-font-size",
                "Cập nhật lần cuối: ",
            )
            + "</div>"
        )
    tags = ""
    if o.get("tags"):
        tags = (
            '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
            '<div class="taxonomy-post_tag is-style-post-terms-1 wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span>'
            + '<span class="wp-block-post-terms__separator">  </span>'.join(
                f'<a href="{b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in o["tags"]
            )
            + "</div></div>"
        )
    share_url = quote(f"{b}{perm}", safe="")
    share = (
        '<div class="wp-block-group cva-chia-se is-layout-flex wp-block-group-is-layout-flex">'
        '<p class="has-small-font-size"><strong>Chia sẻ:</strong></p>'
        '<ul class="wp-block-social-links is-style-logos-only is-layout-flex wp-block-social-links-is-layout-flex">'
        f'<li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a rel="noopener nofollow" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li>'
        f'<li class="wp-social-link wp-social-link-zalo wp-block-social-link"><a rel="noopener nofollow" target="_blank" href="https://sp.zalo.me/share_inline?url={share_url}" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Zalo</span></a></li>'
        "</ul>"
        '<p class="has-small-font-size"><a href="javascript:window.print()">🖨 In bài viết</a></p></div>'
    )
    more = _latest(4)
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">\n'
        '<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">\n'
        + _breadcrumb(b, [("Trang chủ", "/"), (_cat_name(section), f"/category/{section}/"), (story.title, None)])
        + modified_line
        + f'<h1 style="font-size:var(--wp--preset--font-size--xx-large);" class="wp-block-post-title">{esc(story.title)}</h1>\n'
        + '<div class="wp-block-template-part"><div class="wp-block-group has-accent-4-color has-text-color has-link-color has-small-font-size is-layout-flex wp-block-group-is-layout-flex">'
        + _post_date(o["dt"])
        + '<p>—</p><p>bởi</p>'
        + f'<div class="wp-block-post-author-name">{ACCOUNT}</div>'
        + '<p>trong</p>'
        + f'<div class="taxonomy-category wp-block-post-terms">{_terms(b, o["cats"])}</div>'
        + "</div></div>\n"
        + '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n'
        + _content(b, story)
        + "\n</div>\n"
        + tags
        + share
        + _comments_block(b, story, cpage)
        + "\n</div>\n"
        + '<div class="wp-block-group alignwide cva-bai-khac is-layout-flow wp-block-group-is-layout-flow">'
        + '<h2 class="wp-block-heading has-large-font-size">Bài viết khác</h2>'
        + _loop(b, more, 11, excerpt=False, level=3)
        + "</div></div>\n</main>\n"
    )
    cats_cls = " ".join(f"category-{s}" for s in o["cats"])
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard {cats_cls}"
    )
    return html(_page(b, title_tag, body_class, main, own, extra))


def _attachment(request: Request, story: Story, att: str) -> Response | None:
    entry = next((g for g in A6_GALLERY if g[0] == att), None) if story is A6 else None
    if entry is None:
        return None
    slug, wid, src, cap = entry
    b = base_url(request)
    url = permalink(story) + slug + "/"
    full = _SIZE.sub(".jpg", src)
    medium = _SIZE.sub("-300x200.jpg", src)
    name = slug.upper()
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">\n'
        '<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">\n'
        + _breadcrumb(b, [("Trang chủ", "/"), (story.title, permalink(story)), (name, None)])
        + f'<h1 class="wp-block-post-title">{name}</h1>\n'
        + '<div class="wp-block-template-part"><div class="wp-block-group has-small-font-size is-layout-flex wp-block-group-is-layout-flex">'
        + _post_date(story.opts["dt"])
        + f'<p>—</p><p>bởi</p><div class="wp-block-post-author-name">{ACCOUNT}</div></div></div>\n'
        + '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">'
        + f'<p class="attachment"><a href="{b}{full}"><img width="300" height="200" src="{b}{medium}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>\n'
        + f"<p>{esc(cap)}</p>\n</div>\n"
        + f'<p class="has-small-font-size">Đăng trong <a href="{b}{permalink(story)}">{esc(story.title)}</a></p>'
        + "</div>\n</main>\n"
    )
    body_class = f"attachment attachment-template-default single single-attachment postid-{wid} attachmentid-{wid} attachment-jpeg"
    return html(_page(b, f"{name} - {SITE_NAME}", body_class, main, url, '<meta property="og:type" content="article" />\n'))


def _pagination_archive(b: str, base_path: str, page: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return f"{b}{base_path}" if n == 1 else f"{b}{base_path}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a href="{href(page - 1)}" class="wp-block-query-pagination-previous">Trang trước</a>')
    nums = "".join(
        f'<span aria-current="page" class="page-numbers current">{n}</span>'
        if n == page
        else f'<a class="page-numbers" href="{href(n)}">{n}</a>'
        for n in range(1, total + 1)
    )
    parts.append(f'<div class="wp-block-query-pagination-numbers">{nums}</div>')
    if page < total:
        parts.append(f'<a href="{href(page + 1)}" class="wp-block-query-pagination-next">Trang sau</a>')
    return (
        '<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex '
        f'wp-block-query-pagination-is-layout-flex" aria-label="Phân trang">{"".join(parts)}</nav>'
    )


def _archive(request: Request, kind: str, slug: str, page: int) -> Response | None:
    if kind == "category":
        if slug not in CATS:
            return None
        label = _cat_name(slug)
        pool = [s for s in STORIES if slug in s.opts["cats"]]
        heading = f"Danh mục: {label}"
    elif kind == "tag":
        if slug not in TAGS:
            return None
        label = TAGS[slug]
        pool = [s for s in STORIES if slug in s.opts.get("tags", [])]
        heading = f"Thẻ: {label}"
    else:  # author
        if slug != ACCOUNT:
            return None
        label = ACCOUNT
        pool = list(STORIES)
        heading = f"Tác giả: {ACCOUNT}"
    pool.sort(key=lambda s: s.opts["dt"], reverse=True)
    total = max(1, (len(pool) + PER_PAGE - 1) // PER_PAGE)
    if page > total:
        return None
    b = base_url(request)
    base_path = f"/{kind}/{slug}/"
    own = base_path if page == 1 else f"{base_path}page/{page}/"
    shown = pool[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">\n'
        + _breadcrumb(b, [("Trang chủ", "/"), (f"Lưu trữ cho {label}", None)])
        + f'<h1 class="wp-block-query-title">{esc(heading)}</h1>\n'
        + _loop(b, shown, 0)
        + _pagination_archive(b, base_path, page, total)
        + "</div>\n</main>\n"
    )
    title = f"{label} - {SITE_NAME}" + (f" - Trang {page} trên {total}" if page > 1 else "")
    body_class = f"archive {kind} {kind}-{slug} paged-{page}" if page > 1 else f"archive {kind} {kind}-{slug}"
    return html(_page(b, title, body_class, main, own, '<meta property="og:type" content="website" />\n'))


def _add_query_arg(request: Request, key: str, value: int) -> str:
    pairs = parse_qsl(request.query, keep_blank_values=True)
    if any(k == key for k, _ in pairs):
        pairs = [(k, str(value) if k == key else v) for k, v in pairs]
    else:
        pairs.append((key, str(value)))
    return request.path + "?" + urlencode(pairs)


def _query_pagination(b: str, request: Request, qid: int, page: int, total: int, numbers: bool) -> str:
    key = f"query-{qid}-page"
    parts = []
    if page > 1:
        parts.append(
            f'<a href="{b}{esc(_add_query_arg(request, key, page - 1))}" class="wp-block-query-pagination-previous">'
            '<span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Trang trước</a>'
        )
    if numbers:
        nums = "".join(
            f'<span aria-current="page" class="page-numbers current">{n}</span>'
            if n == page
            else f'<a class="page-numbers" href="?{key}={n}">{n}</a>'
            for n in range(1, total + 1)
        )
        parts.append(f'<div class="wp-block-query-pagination-numbers">{nums}</div>')
    if page < total:
        parts.append(
            f'<a href="{b}{esc(_add_query_arg(request, key, page + 1))}" class="wp-block-query-pagination-next">'
            'Trang sau<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
        )
    return (
        '<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex '
        f'wp-block-query-pagination-is-layout-flex" aria-label="Phân trang">{"".join(parts)}</nav>'
    )


def _page_num(request: Request, key: str) -> int | None:
    raw = request.params.get(key)
    if raw is None:
        return 1
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def _tin_tuc(request: Request) -> Response | None:
    p3 = _page_num(request, "query-3-page")
    p7 = _page_num(request, "query-7-page")
    if p3 is None or p7 is None:
        return None
    b = base_url(request)
    main_pool = sorted(
        (s for s in STORIES if s.cat in TIN_TUC_CATS), key=lambda s: s.opts["dt"], reverse=True
    )
    side_pool = _latest(99, "thong-bao")
    t3 = (len(main_pool) + Q3_PER_PAGE - 1) // Q3_PER_PAGE
    t7 = (len(side_pool) + Q7_PER_PAGE - 1) // Q7_PER_PAGE
    shown3 = main_pool[(p3 - 1) * Q3_PER_PAGE : p3 * Q3_PER_PAGE]
    shown7 = side_pool[(p7 - 1) * Q7_PER_PAGE : p7 * Q7_PER_PAGE]
    loop3 = (
        _loop(b, shown3, 3) + _query_pagination(b, request, 3, p3, t3, True) + "</div>"
        if shown3
        else '<div class="wp-block-query"><p class="cva-trong">Không tìm thấy bài viết nào.</p></div>'
    )
    loop7 = (
        _loop(b, shown7, 7, thumb=False, excerpt=False, level=3)
        + _query_pagination(b, request, 7, p7, t7, False)
        + "</div>"
        if shown7
        else '<div class="wp-block-query"><p class="cva-trong">Không tìm thấy bài viết nào.</p></div>'
    )
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">\n'
        + _breadcrumb(b, [("Trang chủ", "/"), ("Tin tức", None)])
        + '<h1 class="wp-block-post-title">Tin tức</h1>\n'
        + '<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">'
        + '<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-4 wp-block-columns-is-layout-flex">'
        + '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:68%">'
        + loop3
        + '</div><div class="wp-block-column cva-cot-phai is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:32%">'
        + '<h2 class="wp-block-heading has-medium-font-size">Thông báo mới</h2>'
        + loop7
        + "</div></div></div>\n</main>\n"
    )
    return html(
        _page(b, f"Tin tức - {SITE_NAME}", "page-template-default page page-id-18", main, "/tin-tuc/",
              '<meta property="og:type" content="article" />\n')
    )


def _home(request: Request) -> Response:
    b = base_url(request)
    featured = _latest(3, "noi-bat")
    cover = "".join(
        f'<div class="wp-block-cover cva-slide"><img class="wp-block-cover__image-background" alt="" '
        f'src="{b}{s.opts["thumb"]}-1024x683.jpg" data-object-fit="cover" />'
        '<span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span>'
        f'<div class="wp-block-cover__inner-container"><h2 class="wp-block-post-title"><a href="{b}{permalink(s)}">'
        f"{esc(s.title)}</a></h2></div></div>"
        if s.opts.get("thumb")
        else f'<h2 class="wp-block-post-title"><a href="{b}{permalink(s)}">{esc(s.title)}</a></h2>'
        for s in featured
    )
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">\n'
        '<div class="wp-block-group alignwide cva-noi-bat is-layout-flow wp-block-group-is-layout-flow">'
        f'<div class="wp-block-query cva-loop-2"><div class="wp-block-post-template is-flex-container columns-3">{cover}</div></div></div>\n'
        '<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-5 wp-block-columns-is-layout-flex">'
        '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:66.66%">'
        '<h2 class="wp-block-heading">Tin mới nhất</h2>'
        + _loop(b, _latest(4), 1)
        + "</div>"
        + f'<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="{b}/tin-tuc/">Xem tất cả tin tức</a></div></div>'
        + '</div><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:33.33%">'
        + '<h2 class="wp-block-heading">Thông báo</h2>'
        + _loop(b, _latest(3, "thong-bao"), 5, thumb=False, excerpt=False, level=3)
        + "</div>"
        + f'<p class="has-small-font-size"><a href="{b}/category/thong-bao/">Xem tất cả thông báo »</a></p>'
        + '<h2 class="wp-block-heading">Liên kết</h2>'
        + '<figure class="wp-block-image size-full"><a href="https://thainguyen.edu.vn/" target="_blank" rel="noreferrer noopener">'
        + f'<img src="{b}/wp-content/uploads/2024/08/banner-so-gddt.png" alt="Sở GD&amp;ĐT Thái Nguyên" /></a></figure>'
        + '<figure class="wp-block-image size-full"><a href="https://csdl.moet.gov.vn/" target="_blank" rel="noreferrer noopener">'
        + f'<img src="{b}/wp-content/uploads/2024/08/banner-csdl-nganh.png" alt="Cơ sở dữ liệu ngành" /></a></figure>'
        + "</div></div>\n</main>\n"
    )
    extra = (
        '<meta property="og:type" content="website" />\n<meta name="description" content="Trang thông tin '
        'điện tử Trường THPT Chu Văn An, tỉnh Thái Nguyên" />\n'
    )
    return html(_page(b, f"{SITE_NAME} - Sở GD&ĐT Thái Nguyên", "home page-template-default page page-id-7", main, "/", extra))


def _search(request: Request) -> Response:
    b = base_url(request)
    term = request.params.get("s", "")
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">\n'
        f'<h1 class="wp-block-query-title">Kết quả tìm kiếm cho: “{esc(term)}”</h1>'
        '<p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>'
        "\n</main>\n"
    )
    return html(_page(b, f"Tìm kiếm “{term}” - {SITE_NAME}", "search search-no-results", main, None))


STATIC_PAGES: dict[str, tuple[int, str, str]] = {
    "/gioi-thieu/": (
        12,
        "Giới thiệu chung",
        """<p>Trường THPT Chu Văn An, tỉnh Thái Nguyên được thành lập năm 1997, là trường trung học phổ thông công lập trực thuộc Sở Giáo dục và Đào tạo Thái Nguyên.</p>
<p>Năm học 2026 – 2027, nhà trường có 36 lớp với 1.540 học sinh; 96 cán bộ, giáo viên, nhân viên, trong đó 41 thầy cô có trình độ thạc sĩ.</p>
<h2 class="wp-block-heading">Thành tích nổi bật</h2>
<ul class="wp-block-list"><li>Trường đạt chuẩn quốc gia mức độ 2 năm 2022;</li><li>Huân chương Lao động hạng Ba năm 2017;</li><li>Nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</li></ul>""",
    ),
    "/doi-ngu-giao-vien/": (
        14,
        "Đội ngũ cán bộ, giáo viên",
        """<p>Ban Giám hiệu: Hiệu trưởng Nguyễn Mạnh Hùng; Phó Hiệu trưởng Lê Văn Toàn, Đỗ Thị Thu Hà.</p>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Tổ chuyên môn</th><th>Tổ trưởng</th><th>Số giáo viên</th></tr></thead><tbody>
<tr><td>Toán – Tin</td><td>Phạm Quang Vinh</td><td>16</td></tr>
<tr><td>Ngữ văn</td><td>Vi Thị Thu Trang</td><td>12</td></tr>
<tr><td>Khoa học tự nhiên</td><td>Hoàng Văn Nghĩa</td><td>18</td></tr>
<tr><td>Khoa học xã hội</td><td>Nguyễn Thị Thanh</td><td>15</td></tr>
<tr><td>Ngoại ngữ</td><td>Trần Thu Phương</td><td>11</td></tr>
<tr><td>GDTC – QP&amp;AN</td><td>Ngô Đức Mạnh</td><td>9</td></tr>
</tbody></table></figure>""",
    ),
    "/thoi-khoa-bieu/": (
        16,
        "Thời khóa biểu học kỳ I năm học 2026 – 2027",
        """<p>Thời khóa biểu áp dụng từ ngày 09/11/2026. Học sinh và cha mẹ học sinh tải tệp dưới đây để xem chi tiết theo từng lớp.</p>
<div class="wp-block-file"><a id="wp-block-file--media-2931" href="{B}/wp-content/uploads/2026/11/TKB-so-5-ap-dung-09-11-2026.pdf">TKB số 5 áp dụng từ 09/11/2026</a><a href="{B}/wp-content/uploads/2026/11/TKB-so-5-ap-dung-09-11-2026.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-2931">Tải xuống</a></div>""",
    ),
    "/lien-he/": (
        20,
        "Liên hệ",
        """<p>Trường THPT Chu Văn An – Số 168 đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên.</p>
<p>Điện thoại Văn phòng: 0208 3855 219. Email: c3chuvanan@thainguyen.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f88-p20-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f88-p20-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label>Họ và tên<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" value="" /></label></p>
<p><label>Email<br><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" value="" /></label></p>
<p><label>Nội dung<br><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p></form></div>""",
    ),
}


def _static_page(request: Request, path: str) -> Response:
    b = base_url(request)
    pid, title, content = STATIC_PAGES[path]
    main = (
        '<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">\n'
        + _breadcrumb(b, [("Trang chủ", "/"), (title, None)])
        + f'<h1 class="wp-block-post-title">{esc(title)}</h1>\n'
        + '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n'
        + content.replace("{B}", b)
        + "\n</div>\n</main>\n"
    )
    return html(
        _page(b, f"{title} - {SITE_NAME}", f"page-template-default page page-id-{pid}", main, path,
              '<meta property="og:type" content="article" />\n')
    )


# --- routing -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+)/(?:comment-page-(\d+)/)?$")
_ATTACH = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+)/([a-z0-9_-]+)/$")
_ARCHIVE = re.compile(r"^/(category|tag|author)/([^/]+)/(?:page/(\d+)/)?$")

DOCX = b"PK\x03\x04" + b"\x00" * 64


def _find(y: str, m: str, d: str, slug: str) -> Story | None:
    for s in STORIES:
        if unquote(permalink(s)) == f"/{y}/{m}/{d}/{slug}/":
            return s
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            low = path.lower()
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if low.endswith(".docx"):
                return Response(
                    200,
                    DOCX,
                    {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                )
            return static_file(path)
        if path.startswith("/wp-json"):
            body = json.dumps(
                {
                    "code": "rest_cannot_access",
                    "message": "Chỉ người dùng đã đăng nhập mới có thể truy cập REST API.",
                    "data": {"status": 401},
                },
                ensure_ascii=False,
            )
            return Response(401, body, {"Content-Type": "application/json; charset=UTF-8"})
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(story), 301) if story else None
            if "s" in params:
                return _search(request)
            return _home(request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            slashed = Request(request.method, request.path + "/", request.query, request.headers)
            if self.respond(slashed) is None:
                return None
            return redirect(slashed.target, 301)
        if path == "/tin-tuc/":
            return _tin_tuc(request)
        if path in STATIC_PAGES:
            return _static_page(request, path)
        m = _ARCHIVE.match(path)
        if m:
            kind, slug, page = m.group(1), m.group(2), m.group(3)
            if page == "1":
                return redirect(f"/{kind}/{slug}/", 301)
            return _archive(request, kind, slug, int(page or 1))
        m = _ARTICLE.match(path)
        if m:
            story = _find(*m.group(1, 2, 3, 4))
            if story is not None:
                cpage = int(m.group(5)) if m.group(5) else None
                if cpage is not None and not 1 <= cpage <= _comment_pages(story):
                    return redirect(permalink(story), 301)
                if cpage is not None and _comment_pages(story) == 1:
                    return redirect(permalink(story), 301)
                if "replytocom" in request.params:
                    # Yoast's "remove ?replytocom variables": 301 to the comment's anchor
                    own = permalink(story) + (f"comment-page-{cpage}/" if cpage else "")
                    return redirect(f"{own}#comment-{request.params['replytocom']}", 301)
                return _article(request, story, cpage)
        m = _ATTACH.match(path)
        if m:
            story = _find(*m.group(1, 2, 3, 4))
            if story is not None:
                return _attachment(request, story, m.group(5))
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------

def _alt_paths(story: Story) -> list[str]:
    perm = permalink(story)
    alts: list[str] = []
    if story is A12:
        alts.append(quote(unquote(perm), safe="/-"))
    pages = _comment_pages(story)
    if pages > 1:
        alts += [f"{perm}comment-page-{n}/" for n in range(1, pages + 1)]
    return alts


GOLD = [
    gold_record(s, permalink(s), _cat_name(s.cat), alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/thoi-khoa-bieu/",
    "/lien-he/",
    *[f"{permalink(A6)}{slug}/" for slug, *_ in A6_GALLERY],
]
