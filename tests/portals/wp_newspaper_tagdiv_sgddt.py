"""Sở Giáo dục và Đào tạo tỉnh Lâm Đồng on WordPress 6.7 + Newspaper 12.6 (tagDiv) + Yoast SEO.

Platform
--------
A magazine site built the way Vietnamese departments ordered them around 2020-2026: WordPress with
the Newspaper theme by tagDiv (td-header-wrap, mega menus, ``td_block_*`` modules, ``td_module_*``
list items, ``td-post-content``), Yoast SEO in the head (canonical, og:*, a JSON-LD graph, UTC
times), tagDiv's AMP plugin, WP-Polls and WP Statistics in the sidebar, and many ad slots
(``td-a-rec-id-*``) left empty. Every link and image URL is absolute (``home_url``), as WordPress
prints them.

URL scheme
----------
- ``/`` home: a static page built with tagDiv Composer: a big grid (4 latest posts) and three
  category blocks whose pagination is AJAX only (see traps 1, 2).
- posts ``/<slug>/`` (permalink ``/%postname%/``); AMP ``/<slug>/amp/`` (``<link rel="amphtml">``);
  shortlink ``/?p=<id>`` answers 301 to the permalink; a post split with ``<!--nextpage-->`` has
  ``/<slug>/2/``.
- categories ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (4 posts a page;
  ``/page/1/`` answers 301 to the first page, pages beyond the last 404).
- tags ``/tag/<slug>/``, authors ``/author/<login>/`` (+ ``/page/<n>/``), search ``/?s=``,
  feed ``/feed/`` (6 latest posts), pages ``/gioi-thieu/``, ``/thu-tuc-hanh-chinh/``,
  ``/lien-he/``, attachment pages ``/<post-slug>/<attachment-slug>/``.
- ``POST /wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8`` with ``action=td_ajax_block``
  (home blocks, related posts) or ``action=td_ajax_loop`` (category "Tải thêm") answers JSON.
- ``/wp-json/…`` answers 401 (REST closed to visitors by a security plugin); sitemaps are off.

Page templates
--------------
Post (single, "td-post-template-default"): breadcrumb ``.td-crumb-container`` (Yoast primary
category), ``.td-post-header`` with category pills ``ul.td-category``, ``h1.entry-title``, an
optional subtitle ``p.td-post-sub-title``, the meta line (account, ``<time>``, comments, views),
the share bar, then ``div.td-post-content.tagdiv-type`` (featured image first, ad slots, the text),
a footer (post page-nav, source and tag boxes, share bar, author box), the related-posts block
"TIN LIÊN QUAN" (AJAX pages) and the comment area. Category: ``.td-category-header`` with h1,
``td_module_10`` items (thumb, title, account, date, excerpt) and either numbered
``div.page-nav`` or an AJAX "Tải thêm" button.

How each gold article is reached (4 posts a listing page)
---------------------------------------------------------
- Tin tức - Sự kiện (load-more listing): page 1 a1, a2, a3, b2; page 2 (only via ``<link
  rel="next">``) a4, a5. Home block and mega menu show page 1's four.
- Hoạt động chuyên môn (numbered pages; lists b2 too, filed in both): page 1 b1, b2, b3, b4;
  page 2 b5. Home block shows b1, b2, b3; related posts of b1/b3 show b4.
- Thi - Tuyển sinh: one page c1, c2, c3; home block shows c1, c2.
- Author archives ``/author/bientap/`` (3 pages) and ``/author/quantri/`` list them again; a4, a5
  and b5 appear only on page 2+ of a listing (no tags, not in the feed, not in any block).

Traps
-----
1. Home blocks paginate by AJAX only: next/prev arrows and "Tải thêm" are ``href="#"`` with
   ``data-td_block_id``; the pages come as JSON from admin-ajax (``td_data``). Gold: nothing is
   reachable only that way; the JSON answers are not articles.
2. The "Tin tức - Sự kiện" category uses the theme's "Tải thêm" (load more) pagination: no
   page-nav links in the body; page 2 is linked only by Yoast's ``<link rel="next">`` in the head
   (and the ``td_ajax_loop`` POST). a4 and a5 are reachable from there (or author page 2).
3. Post filed in two categories (b2): the pills print "Hoạt động chuyên môn" first (WordPress
   orders by name) and the ``<article>`` classes name both, but the Yoast primary category in the
   breadcrumb is "Tin tức - Sự kiện". Gold category: "Tin tức - Sự kiện"; b2 is listed in both
   categories (one record).
4. The theme's subtitle field (``p.td-post-sub-title``) sits between h1 and the meta line,
   outside ``td-post-content`` (a2, c3): it is the sapo. Gold: summary = subtitle and the body's
   first paragraph. Elsewhere the sapo is a bold first paragraph (a3, b1) or there is none.
5. The meta line and the author box print the WordPress account ("Bởi Ban Biên tập",
   "Quản trị viên", also ``<meta name="author">`` and the JSON-LD author); the writer signs at the
   end of the text, right-aligned ("Tin, ảnh: Quốc Bảo", "Tin: Hoài Thương – Ảnh: Đình Văn",
   "ThS. Trần Thị Mỹ Linh - Phòng Tổ chức cán bộ", "Hà Linh (tổng hợp)", a unit alone). Gold:
   accounts are nobody; the signature gives authors/photographers as the README says.
6. Dates: the post prints only the day ("04/12/2026") in ``<time datetime="2026-12-04T16:05:31+07:00">``;
   Yoast's ``article:published_time`` and JSON-LD print the same instant in UTC
   ("2026-12-04T09:05:31+00:00"): b3 was posted at 06:50 local, which is the previous day in UTC.
   The top bar prints today ("Thứ Bảy, 05/12/2026"), comments print their own times, and
   ``article:modified_time`` is later. Gold: the local timestamp with seconds, taken from the
   post's ``<time datetime>``.
7. Ad slots inside ``td-post-content``: empty ``content_top``/``content_bottom`` divs and a
   ``content_inline`` slot between two paragraphs of the text carrying the label "- Quảng cáo -" and an
   unfilled ``<ins class="adsbygoogle">``. Gold: not body (the text runs on across the slot).
8. An editor-inserted tagDiv block ("Bài viết cùng chủ đề", a ``td_block_9`` shortcode) inside
   ``td-post-content`` of a2 with three other posts' titles, dates and excerpts. Gold: not body.
9. tagDiv's gallery slider replacing ``[gallery]`` (a1): each slide's ``<figcaption>`` prints the
   attachment title (a camera file name "DSC_4410") next to the caption, a second strip repeats the
   photos as 150x150 thumbnails, and the slider has a title and a "1 trên 4" counter. Gold: the 4
   slide images (their ``<img src>``), caption = the caption text (None for the one whose only
   line is the file name), thumbnails are not images, title/counter not body.
10. A drop cap: ``<span class="dropcap dropcap1">S</span>áng ngày…`` (a1, c3). Gold: "Sáng ngày…"
    (no space inside the word).
11. A post split with ``<!--nextpage-->`` (a4): ``/<slug>/`` and ``/<slug>/2/`` (Yoast gives page 2
    its own canonical and "Trang 2 trên 2" in the title); the byline is on page 2. Gold: one
    record at ``/<slug>/`` whose body is both pages in order; ``/<slug>/2/`` is in alt_paths.
12. The source is printed only in the theme's "NGUỒN" box under the text (``ul.td-source``),
    not as a line of the text (c3). Gold: source "Báo Lâm Đồng".
13. Leftover WPBakery shortcodes printed as text (a5 was drafted in WPBakery, which was later
    deactivated): ``[vc_row][vc_column][vc_column_text]`` before the text and the closing tags
    after it; the listing excerpt starts with them too. Gold: not body.
14. Attachment pages: b3's photos link to ``/<post>/<attachment>/`` (WordPress attachment pages,
    Yoast's redirect off) which look like posts (h1 = file name, date, one image, breadcrumb).
    Gold: NON_ARTICLES.
15. Duplicates: AMP ``/<slug>/amp/`` (``amp-img``, own markup) for every post -> alt_paths;
    ``/?p=<id>`` shortlinks answer 301 (not listed).
16. An official notice as a post (c1): letterhead table, "THÔNG BÁO / Về việc…", "Nơi nhận" and
    the signer, an attached PDF line; posted 01/12 but dated 30/11. Gold per README: date
    "2026-11-30", author the signer.
17. b1 was pasted from Word with "Unicode tổ hợp" (NFD) text in ``p.MsoNormal`` spans with empty
    ``&nbsp;`` paragraphs between. Gold: NFC text, empty paragraphs are nothing.
18. b2's photo lines only credit the photographer ("Ảnh: Hữu Trí"): caption None, photographers
    ["Hữu Trí"].

Gold decisions on ambiguous points
----------------------------------
- published_at: the post's ``<time datetime>`` carries the time (and Yoast prints the same instant
  twice), so the time counts as printed even though the visible text shows the day only.
- The featured image (inside ``td-post-content``) is the article's first photo, its
  ``<figcaption>`` its caption.
- A quote box (``blockquote.td_quote_box``) in the text is a paragraph of the body.
- The multi-page post is one article (trap 11); its AMP view prints the whole text.
- The theme's "NGUỒN" box counts as the closing source line (trap 12).
- Unit signatures ("Văn phòng Sở", "Phòng Quản lý chất lượng", "Phòng Giáo dục Mầm non") are the
  author as printed; "(tổng hợp)" and the unit after a name are dropped.
- Comments (a3) are not body; their times are not dates of the article.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from urllib.parse import parse_qs, quote

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

NAME = "wp_newspaper_tagdiv_sgddt"
PLATFORM = "WordPress 6.7 + Newspaper 12.6 (tagDiv) + Yoast SEO"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
TOPBAR_DATE = "Thứ Bảy, 05/12/2026"
VER = "12.6.8"
AJAX_PATH = "/wp-admin/admin-ajax.php"
AJAX_URL = f"{AJAX_PATH}?td_theme_name=Newspaper&v={VER}"
UP = "/wp-content/uploads"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": {"name": "Tin tức - Sự kiện", "id": 3, "pager": "loadmore"},
    "hoat-dong-chuyen-mon": {"name": "Hoạt động chuyên môn", "id": 5, "pager": "numbers"},
    "thi-tuyen-sinh": {"name": "Thi - Tuyển sinh", "id": 7, "pager": "numbers"},
}
ACCOUNTS = {
    "bientap": ("Ban Biên tập", "Ban Biên tập Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Lâm Đồng."),
    "quantri": ("Quản trị viên", "Tài khoản quản trị hệ thống."),
}
TAGS = {
    "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng",
    "hoc-bong": "học bổng",
    "chuyen-doi-so": "chuyển đổi số",
    "tuyen-sinh-lop-10": "tuyển sinh lớp 10",
}

A, B, C = "tin-tuc-su-kien", "hoat-dong-chuyen-mon", "thi-tuyen-sinh"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


AD_INLINE = Raw("@@AD_INLINE@@")
RELATED_INLINE = Raw("@@RELATED_INLINE@@")
NEXTPAGE = Raw("<!--nextpage-->")
WORD_GAP = Raw('<p class="MsoNormal" style="text-align:justify;line-height:150%">&nbsp;<o:p></o:p></p>')

# --- the 13 posts -----------------------------------------------------------------------------

A1 = Story(
    id=4518,
    slug="khai-mac-hoi-khoe-phu-dong-tinh-lam-dong-lan-thu-xii-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Lâm Đồng lần thứ XII năm 2026",
    cat=A,
    published_at="2026-12-04T16:05:31+07:00",
    blocks=[
        Img(f"{UP}/2026/12/hkpd-khai-mac-696x464.jpg",
            "Các đoàn vận động viên diễu hành qua lễ đài tại lễ khai mạc",
            "Các đoàn vận động viên diễu hành qua lễ đài tại lễ khai mạc", style="featured"),
        Raw("@@AD_TOP@@"),
        P("Sáng ngày 4/12, tại Trung tâm Thể dục thể thao tỉnh (phường Xuân Hương – Đà Lạt), Sở Giáo dục "
          "và Đào tạo phối hợp với Sở Văn hóa, Thể thao và Du lịch long trọng tổ chức Lễ khai mạc Hội khỏe "
          "Phù Đổng tỉnh Lâm Đồng lần thứ XII năm 2026.", "dropcap"),
        P("Đây là kỳ Hội khỏe Phù Đổng đầu tiên được tổ chức sau khi hợp nhất tỉnh, với sự tham gia của "
          "hơn 2.300 vận động viên là học sinh đến từ 124 trường học và trung tâm giáo dục nghề nghiệp – "
          "giáo dục thường xuyên trên địa bàn toàn tỉnh."),
        P("Tham dự lễ khai mạc có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Giáo dục và Đào tạo, Sở "
          "Văn hóa, Thể thao và Du lịch, Tỉnh đoàn cùng đông đảo thầy cô giáo, phụ huynh và học sinh."),
        AD_INLINE,
        P("Phát biểu khai mạc, Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh Hội khỏe Phù Đổng là dịp để đánh "
          "giá kết quả công tác giáo dục thể chất, hoạt động thể thao trong trường học, đồng thời phát "
          "hiện, bồi dưỡng những tài năng thể thao trẻ cho tỉnh."),
        P("Trong khuôn khổ Hội khỏe, các vận động viên tranh tài ở 12 môn: điền kinh, bơi lội, bóng đá, "
          "bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền, vovinam, karate, taekwondo và đẩy gậy. "
          "Các môn thi được tổ chức tại 6 địa điểm thuộc phường Xuân Hương – Đà Lạt, phường Lâm Viên – Đà "
          "Lạt và phường Cam Ly – Đà Lạt, kéo dài đến hết ngày 14/12/2026."),
        P("Kết quả Hội khỏe Phù Đổng cấp tỉnh là cơ sở để lựa chọn những vận động viên xuất sắc tham gia "
          "Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2028."),
        Img(f"{UP}/2026/12/hkpd-01-1068x712.jpg",
            "Màn đồng diễn thể dục của học sinh các trường trên địa bàn Đà Lạt",
            "Màn đồng diễn thể dục của học sinh các trường trên địa bàn Đà Lạt", style="gallery:DSC_4410"),
        Img(f"{UP}/2026/12/hkpd-02-1068x712.jpg",
            "Đại diện vận động viên tuyên thệ tại lễ khai mạc",
            "Đại diện vận động viên tuyên thệ tại lễ khai mạc", style="gallery:DSC_4437"),
        Img(f"{UP}/2026/12/hkpd-03-1068x712.jpg",
            "Lãnh đạo tỉnh tặng hoa các đoàn tham gia Hội khỏe",
            "Lãnh đạo tỉnh tặng hoa các đoàn tham gia Hội khỏe", style="gallery:DSC_4452"),
        Img(f"{UP}/2026/12/hkpd-04-1068x712.jpg", None, None, style="gallery:DSC_4471"),
        _right("Tin, ảnh: Quốc Bảo"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Quốc Bảo"],
    photographers=["Quốc Bảo"],
    opts={"cats": [A], "primary": A, "account": "bientap", "views": 1342,
          "tags": ["hoi-khoe-phu-dong"], "modified": "2026-12-04T17:12:09+07:00"},
)

A2 = Story(
    id=4502,
    slug="giao-ban-cong-tac-giao-duc-vung-dong-bao-dan-toc-thieu-so-hoc-ky-i",
    title="Giao ban công tác giáo dục vùng đồng bào dân tộc thiểu số học kỳ I năm học 2026 - 2027",
    cat=A,
    published_at="2026-12-02T09:30:12+07:00",
    summary="Hội nghị đánh giá kết quả thực hiện nhiệm vụ giáo dục dân tộc trong học kỳ I và thống nhất các "
            "giải pháp nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số trong thời gian tới.",
    sapo_outside=True,
    blocks=[
        Img(f"{UP}/2026/12/giao-ban-dtts-696x392.jpg", None, None, style="featured"),
        Raw("@@AD_TOP@@"),
        P("Ngày 1/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị giao ban công tác giáo dục vùng đồng bào dân "
          "tộc thiểu số học kỳ I năm học 2026 - 2027 theo hình thức trực tiếp kết hợp trực tuyến đến 46 "
          "điểm cầu tại các xã có đông đồng bào dân tộc thiểu số."),
        P("Theo báo cáo, toàn tỉnh hiện có 38 trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú "
          "với hơn 14.600 học sinh; tỷ lệ huy động trẻ 5 tuổi người dân tộc thiểu số ra lớp đạt 99,2%, tỷ "
          "lệ học sinh bỏ học giảm còn 0,18%."),
        P("Tăng cường tiếng Việt cho trẻ trước khi vào lớp 1", "h3"),
        AD_INLINE,
        P("Nhiều đơn vị đã chủ động xây dựng môi trường tăng cường tiếng Việt, bố trí giáo viên biết tiếng "
          "K’Ho, Mạ, Chu Ru hỗ trợ trẻ trong giai đoạn chuyển tiếp từ mầm non lên lớp 1. Mô hình “Thư viện "
          "thân thiện song ngữ” tại xã Đam Rông 2 và xã Lạc Dương bước đầu mang lại hiệu quả rõ rệt."),
        RELATED_INLINE,
        P("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như cơ sở vật chất ở các điểm "
          "trường lẻ còn thiếu, đội ngũ giáo viên người dân tộc thiểu số chưa đáp ứng nhu cầu, việc đi lại "
          "của học sinh vùng sâu trong mùa mưa còn nhiều trở ngại."),
        P("Mỗi thầy cô công tác ở vùng khó phải thực sự là người cha, người mẹ thứ hai của các em; không để "
          "học sinh nào phải bỏ học vì hoàn cảnh khó khăn.", "quote"),
        P("Kết luận hội nghị, lãnh đạo Sở đề nghị các đơn vị tiếp tục rà soát, hỗ trợ kịp thời chế độ chính "
          "sách cho học sinh, đẩy mạnh ứng dụng công nghệ thông tin trong dạy học và phối hợp chặt chẽ với "
          "chính quyền địa phương trong công tác vận động học sinh ra lớp."),
        _right("Văn phòng Sở"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Văn phòng Sở"],
    opts={"cats": [A], "primary": A, "account": "bientap", "views": 1120,
          "modified": "2026-12-03T16:20:44+07:00",
          "description": "Hội nghị giao ban công tác giáo dục vùng đồng bào dân tộc thiểu số học kỳ I."},
)

A3 = Story(
    id=4471,
    slug="trao-250-suat-hoc-bong-tiep-suc-den-truong",
    title="Trao 250 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat=A,
    published_at="2026-11-27T14:00:05+07:00",
    summary="Chiều 26/11, Sở Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học tỉnh và các nhà hảo tâm trao "
            "250 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt "
            "trên địa bàn tỉnh.",
    blocks=[
        Img(f"{UP}/2026/11/hoc-bong-tiep-suc-696x464.jpg",
            "Các em học sinh nhận học bổng “Tiếp sức đến trường” năm 2026",
            "Các em học sinh nhận học bổng “Tiếp sức đến trường” năm 2026", style="featured"),
        Raw("@@AD_TOP@@"),
        P("Chiều 26/11, Sở Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học tỉnh và các nhà hảo tâm trao "
          "250 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt "
          "trên địa bàn tỉnh.", "bold"),
        P("Mỗi suất học bổng trị giá 2 triệu đồng cùng một bộ sách giáo khoa, dụng cụ học tập, tổng trị giá "
          "hơn 600 triệu đồng. Các em nhận học bổng năm nay đến từ 42 trường tiểu học, trung học cơ sở và "
          "trung học phổ thông, trong đó hơn một nửa là học sinh người dân tộc thiểu số."),
        Img(f"{UP}/2026/11/hoc-bong-trao-1024x683.jpg",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh", style="wpcap"),
        P("Em Ka Nhung, học sinh lớp 9 Trường THCS Tà Nung, chia sẻ: “Nhà em cách trường gần 7 km, bố mẹ "
          "làm rẫy thuê. Suất học bổng này giúp em có thêm xe đạp và sách vở để yên tâm đến lớp”."),
        AD_INLINE,
        P("Phát biểu tại buổi lễ, đại diện lãnh đạo Sở Giáo dục và Đào tạo ghi nhận sự đồng hành của các tổ "
          "chức, doanh nghiệp và nhà hảo tâm; đồng thời mong các em tiếp tục nỗ lực vươn lên, học tập tốt để "
          "không phụ lòng gia đình, thầy cô và xã hội."),
        P("Chương trình “Tiếp sức đến trường” được duy trì liên tục từ năm 2012 đến nay. Qua 15 năm, chương "
          "trình đã trao hơn 4.800 suất học bổng với tổng trị giá trên 8 tỷ đồng."),
        _right("Tin: Hoài Thương – Ảnh: Đình Văn"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Hoài Thương"],
    photographers=["Đình Văn"],
    opts={"cats": [A], "primary": A, "account": "bientap", "views": 1875,
          "tags": ["hoc-bong"], "modified": "2026-11-27T14:08:51+07:00",
          "comments": [
              (57, "Trần Văn Nam", "2026-11-27T20:14:00+07:00",
               "Cảm ơn các nhà hảo tâm đã tiếp sức cho các cháu. Mong chương trình được duy trì lâu dài."),
              (58, "Cô giáo vùng cao", "2026-11-28T07:02:00+07:00",
               "Học sinh trường tôi cũng được nhận 5 suất, các em rất vui. Xin chân thành cảm ơn!"),
          ]},
)

A4 = Story(
    id=4433,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Lâm Đồng gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat=A,
    published_at="2026-11-19T17:45:20+07:00",
    blocks=[
        Img(f"{UP}/2026/11/gap-mat-20-11-696x464.jpg",
            "Các đại biểu dự buổi gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam",
            "Các đại biểu dự buổi gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam", style="featured"),
        Raw("@@AD_TOP@@"),
        P("Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức buổi gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
          "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."),
        P("Tới dự có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh cùng hơn 300 đại "
          "biểu là cán bộ quản lý, nhà giáo, nhân viên ngành giáo dục và các thầy cô giáo đã nghỉ hưu qua các "
          "thời kỳ."),
        P("Ôn lại truyền thống, các đại biểu khẳng định qua 44 năm, đội ngũ nhà giáo tỉnh nhà không ngừng lớn "
          "mạnh cả về số lượng và chất lượng. Đến nay, toàn ngành có hơn 38.000 cán bộ quản lý, giáo viên và "
          "nhân viên; tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 đạt 96,7%."),
        AD_INLINE,
        Img(f"{UP}/2026/11/tang-hoa-20-11-1024x683.jpg",
            "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo",
            "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo", style="wpcap"),
        P("Năm học 2025 - 2026, chất lượng giáo dục toàn diện của tỉnh có nhiều chuyển biến; tỷ lệ tốt "
          "nghiệp trung học phổ thông đạt 99,3%, tỉnh có 41 học sinh đạt giải trong Kỳ thi chọn học sinh "
          "giỏi quốc gia và 2 học sinh đạt huy chương tại các kỳ thi Olympic khu vực, quốc tế."),
        NEXTPAGE,
        P("Tuyên dương 60 nhà giáo tiêu biểu", "h3"),
        P("Tại buổi gặp mặt, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 15 tập thể và 60 nhà giáo có thành "
          "tích xuất sắc trong công tác giảng dạy, giáo dục học sinh. Nhiều thầy cô đã gắn bó hàng chục năm "
          "với các điểm trường vùng sâu, vùng xa."),
        P("Cô giáo Ka Thị Bích, Trường Mầm non Đạ Tông, người có 22 năm bám bản, xúc động chia sẻ: “Niềm "
          "vui lớn nhất của tôi là thấy các con đến lớp đều đặn, nói tiếng Việt mạnh dạn hơn mỗi ngày”."),
        P("Phát biểu chúc mừng, lãnh đạo UBND tỉnh đề nghị ngành giáo dục tiếp tục triển khai hiệu quả Nghị "
          "quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, chăm lo xây dựng "
          "đội ngũ nhà giáo đủ về số lượng, đồng bộ về cơ cấu, vững vàng về chuyên môn."),
        _right("ThS. Trần Thị Mỹ Linh - Phòng Tổ chức cán bộ"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Trần Thị Mỹ Linh"],
    opts={"cats": [A], "primary": A, "account": "bientap", "views": 402,
          "modified": "2026-11-20T08:03:15+07:00"},
)

A5 = Story(
    id=4420,
    slug="bo-gddt-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-lam-dong",
    title="Bộ GDĐT kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại Lâm Đồng",
    cat=A,
    published_at="2026-11-12T10:20:44+07:00",
    blocks=[
        Img(f"{UP}/2026/11/kiem-tra-pcgd-696x464.jpg",
            "Đoàn công tác làm việc tại Sở Giáo dục và Đào tạo",
            "Đoàn công tác làm việc tại Sở Giáo dục và Đào tạo", style="featured"),
        Raw("@@AD_TOP@@"),
        Raw("<p>[vc_row][vc_column][vc_column_text]</p>"),
        P("Từ ngày 10 đến 11/11, Đoàn công tác của Bộ Giáo dục và Đào tạo do Vụ Giáo dục nghề nghiệp và "
          "Giáo dục thường xuyên làm trưởng đoàn đã làm việc với Sở Giáo dục và Đào tạo về kết quả thực hiện "
          "công tác phổ cập giáo dục, xóa mù chữ năm 2026."),
        P("Theo báo cáo của Sở, đến tháng 10/2026, 100% xã, phường, đặc khu trên địa bàn tỉnh duy trì đạt "
          "chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi và phổ cập giáo dục tiểu học; 98,6% xã đạt chuẩn "
          "phổ cập giáo dục trung học cơ sở mức độ 2 trở lên; tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức "
          "độ 2 đạt 97,8%."),
        P("Đoàn đã kiểm tra thực tế hồ sơ phổ cập tại xã Đinh Văn Lâm Hà, xã Bảo Thuận và phường 2 Bảo Lộc; "
          "thăm lớp xóa mù chữ dành cho đồng bào dân tộc thiểu số tại thôn Đạ Nghịch, xã Đinh Trang Thượng."),
        AD_INLINE,
        P("Đánh giá chung, Đoàn công tác ghi nhận tỉnh đã có nhiều cố gắng trong bối cảnh sắp xếp đơn vị "
          "hành chính, đồng thời đề nghị Sở tiếp tục cập nhật dữ liệu trên hệ thống thông tin điện tử quản "
          "lý phổ cập giáo dục - xóa mù chữ, bảo đảm khớp đúng với dữ liệu dân cư sau sắp xếp."),
        Raw("<p>[/vc_column_text][/vc_column][/vc_row]</p>"),
        Raw("@@AD_BOTTOM@@"),
    ],
    opts={"cats": [A], "primary": A, "account": "bientap", "views": 388,
          "modified": "2026-11-12T10:20:44+07:00",
          "excerpt": "[vc_row][vc_column][vc_column_text]Từ ngày 10 đến 11/11, Đoàn công tác của Bộ Giáo dục "
                     "và Đào tạo do Vụ Giáo dục nghề nghiệp và Giáo dục thường xuyên làm..."},
)

B1 = Story(
    id=4510,
    slug="tap-huan-trien-khai-khung-nang-luc-so-cho-giao-vien-trung-hoc",
    title="Tập huấn triển khai Khung năng lực số cho giáo viên trung học",
    cat=B,
    published_at="2026-12-03T10:45:18+07:00",
    summary="Từ ngày 1 đến 3/12, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn triển khai Khung năng lực số cho "
            "gần 400 cán bộ quản lý, giáo viên cốt cán cấp trung học cơ sở và trung học phổ thông toàn tỉnh.",
    blocks=[
        Raw("@@AD_TOP@@"),
        P("Từ ngày 1 đến 3/12, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn triển khai Khung năng lực số cho "
          "gần 400 cán bộ quản lý, giáo viên cốt cán cấp trung học cơ sở và trung học phổ thông toàn tỉnh.",
          "wordbold"),
        WORD_GAP,
        P("Lớp tập huấn được tổ chức tại Trường THPT Chuyên Thăng Long (phường Lâm Viên – Đà Lạt) và Trường "
          "THPT Chuyên Bảo Lộc, kết hợp học trực tuyến trên hệ thống LMS của Sở.", "word"),
        P("Nội dung tập huấn tập trung vào 6 miền năng lực số theo Thông tư số 02/2025/TT-BGDĐT của Bộ Giáo "
          "dục và Đào tạo, gồm: khai thác dữ liệu và thông tin; giao tiếp và hợp tác trong môi trường số; "
          "sáng tạo nội dung số; an toàn; giải quyết vấn đề; ứng dụng trí tuệ nhân tạo.", "word"),
        Img(f"{UP}/2026/12/tap-huan-nls-1024x768.jpg", None, None, style="plain"),
        P("Các học viên được hướng dẫn cách lồng ghép mục tiêu phát triển năng lực số vào kế hoạch bài dạy "
          "của từng môn học, thiết kế hoạt động học tập có sử dụng công cụ số và xây dựng tiêu chí đánh giá "
          "phù hợp với từng khối lớp.", "word"),
        AD_INLINE,
        WORD_GAP,
        P("Sau tập huấn, giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn vị thông qua "
          "sinh hoạt tổ chuyên môn, hoàn thành trước ngày 31/12/2026.", "word"),
        _right("Lê Hoàng Phúc (Phòng Giáo dục phổ thông)"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Lê Hoàng Phúc"],
    opts={"cats": [B], "primary": B, "account": "bientap", "views": 960, "nfd": True,
          "tags": ["chuyen-doi-so"], "modified": "2026-12-03T11:02:37+07:00"},
)

B2 = Story(
    id=4462,
    slug="be-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc",
    title="Bế mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học năm học 2026 - 2027",
    cat=A,
    published_at="2026-11-25T15:30:27+07:00",
    blocks=[
        Raw("@@AD_TOP@@"),
        P("Chiều 25/11, Sở Giáo dục và Đào tạo tổ chức bế mạc và trao giải Hội thi giáo viên dạy giỏi cấp "
          "tỉnh bậc tiểu học năm học 2026 - 2027."),
        P("Sau 5 ngày tranh tài, 168 giáo viên đến từ 86 trường tiểu học đã hoàn thành phần thi trình bày "
          "biện pháp nâng cao chất lượng giảng dạy và thực hành 2 tiết dạy trên lớp. Ban Giám khảo đã công "
          "nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."),
        Img(f"{UP}/2026/11/hoi-thi-gvdg-th-01-1024x683.jpg", "Ảnh: Hữu Trí", None, style="wpcap"),
        P("Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các phương pháp dạy học tích cực, khai "
          "thác hiệu quả thiết bị dạy học số và tạo được không khí lớp học thân thiện, giúp học sinh chủ động "
          "khám phá kiến thức."),
        AD_INLINE,
        P("Ban Tổ chức đã trao 12 giải Nhất, 24 giải Nhì, 36 giải Ba và 70 giải Khuyến khích cho các giáo "
          "viên có thành tích xuất sắc."),
        Img(f"{UP}/2026/11/hoi-thi-gvdg-th-02-1024x683.jpg", "Ảnh: Hữu Trí", None, style="wpcap"),
        P("Kết quả Hội thi là cơ sở để các đơn vị tiếp tục nhân rộng những tiết dạy hay, những biện pháp "
          "hiệu quả trong đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."),
        _right("Thanh Tâm"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Thanh Tâm"],
    photographers=["Hữu Trí"],
    opts={"cats": [B, A], "primary": A, "account": "bientap", "views": 1503,
          "modified": "2026-11-26T09:11:02+07:00"},
)

B3 = Story(
    id=4455,
    slug="chuyen-de-day-hoc-stem-cap-tinh-tai-truong-thcs-le-loi",
    title="Chuyên đề dạy học STEM cấp tỉnh tại Trường THCS Lê Lợi",
    cat=B,
    published_at="2026-11-16T06:50:00+07:00",
    blocks=[
        Raw("@@AD_TOP@@"),
        P("Ngày 14/11, tại Trường THCS Lê Lợi (phường 1 Bảo Lộc), Sở Giáo dục và Đào tạo tổ chức chuyên đề "
          "“Tổ chức hoạt động giáo dục STEM trong môn Khoa học tự nhiên và Công nghệ cấp trung học cơ sở”."),
        P("Chuyên đề thu hút hơn 120 cán bộ quản lý, tổ trưởng chuyên môn, giáo viên Khoa học tự nhiên, Công "
          "nghệ đến từ các trường trung học cơ sở khu vực phía Nam của tỉnh."),
        Img(f"{UP}/2026/11/stem-le-loi-01-1024x683.jpg",
            "Học sinh lớp 8A2 lắp ráp mô hình hệ thống tưới nhỏ giọt tự động",
            "Học sinh lớp 8A2 lắp ráp mô hình hệ thống tưới nhỏ giọt tự động", style="attach:stem-le-loi-01"),
        P("Tiết dạy minh họa bài học STEM “Thiết kế hệ thống tưới nhỏ giọt cho vườn rau” của cô giáo Nguyễn "
          "Thị Thu Hà được các đại biểu đánh giá cao về tính thực tiễn. Học sinh làm việc theo nhóm, vận "
          "dụng kiến thức về áp suất chất lỏng, mạch điện đơn giản để thiết kế và thử nghiệm sản phẩm."),
        AD_INLINE,
        P("Trong phần thảo luận, các thầy cô đã trao đổi về cách lựa chọn chủ đề STEM gắn với thực tiễn sản "
          "xuất nông nghiệp của địa phương, cách đánh giá sản phẩm học tập và những khó khăn khi tổ chức dạy "
          "học STEM ở các trường còn thiếu phòng học bộ môn."),
        Img(f"{UP}/2026/11/stem-le-loi-02-1024x683.jpg",
            "Đại biểu dự giờ tiết học STEM",
            "Đại biểu dự giờ tiết học STEM", style="attach:stem-le-loi-02"),
        P("Dịp này, Sở cũng định hướng các trường đưa giáo dục STEM vào kế hoạch giáo dục nhà trường, bảo "
          "đảm mỗi khối lớp thực hiện tối thiểu 4 bài học STEM trong năm học."),
        _right("Phạm Minh Tuấn - Trường THCS Lê Lợi"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Phạm Minh Tuấn"],
    opts={"cats": [B], "primary": B, "account": "bientap", "views": 733,
          "tags": ["chuyen-doi-so"], "modified": "2026-11-16T08:15:40+07:00"},
)

B4 = Story(
    id=4440,
    slug="hoi-thao-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-nam-2026",
    title="Hội thảo chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” năm 2026",
    cat=B,
    published_at="2026-11-06T14:10:09+07:00",
    blocks=[
        Img(f"{UP}/2026/11/hoi-thao-mam-non-696x464.jpg",
            "Đại biểu tham quan môi trường giáo dục tại Trường Mầm non 6",
            "Đại biểu tham quan môi trường giáo dục tại Trường Mầm non 6", style="featured"),
        Raw("@@AD_TOP@@"),
        P("Ngày 5/11, tại Trường Mầm non 6 (phường Xuân Hương – Đà Lạt), Sở Giáo dục và Đào tạo tổ chức hội "
          "thảo chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2026 - 2030."),
        P("Hội thảo có sự tham gia của hơn 150 cán bộ quản lý, giáo viên mầm non đại diện cho các cơ sở giáo "
          "dục mầm non công lập và ngoài công lập trên toàn tỉnh."),
        P("Các tham luận tập trung vào những nội dung:"),
        P("Xây dựng môi trường giáo dục trong và ngoài lớp học theo hướng mở, tận dụng nguyên vật liệu sẵn "
          "có ở địa phương;", "li"),
        P("Tổ chức hoạt động trải nghiệm giúp trẻ được khám phá, thực hành, phát triển kỹ năng sống;", "li"),
        P("Phối hợp với cha mẹ trẻ trong chăm sóc, giáo dục và theo dõi sự phát triển của trẻ;", "li"),
        P("Ứng dụng phần mềm quản lý trẻ và sổ liên lạc điện tử trong nhà trường.", "li"),
        AD_INLINE,
        P("Đại biểu đã tham quan môi trường giáo dục và dự hoạt động góc của trẻ mẫu giáo 5 - 6 tuổi tại các "
          "lớp của nhà trường."),
        _right("Phòng Giáo dục Mầm non"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Phòng Giáo dục Mầm non"],
    opts={"cats": [B], "primary": B, "account": "bientap", "views": 515,
          "modified": "2026-11-06T14:10:09+07:00"},
)

B5 = Story(
    id=4398,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thpt-phia-bac",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm các trường THPT phía Bắc",
    cat=B,
    published_at="2026-10-21T14:15:40+07:00",
    blocks=[
        Raw("@@AD_TOP@@"),
        P("Ngày 20/10, Trường THPT Lâm Hà chủ trì tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài "
          "học cụm các trường trung học phổ thông khu vực phía Bắc của tỉnh."),
        P("Tham gia buổi sinh hoạt có 75 giáo viên bộ môn Ngữ văn, Toán và Tiếng Anh đến từ 8 trường THPT. "
          "Mỗi bộ môn thực hiện một tiết dạy minh họa, sau đó các nhóm giáo viên cùng quan sát, phân tích "
          "hoạt động học của học sinh."),
        P("Thay vì nhận xét, xếp loại giờ dạy của giáo viên như trước đây, các thầy cô tập trung thảo luận: "
          "học sinh học như thế nào, khi nào học sinh gặp khó khăn và nguyên nhân do đâu, từ đó đề xuất điều "
          "chỉnh thiết kế bài học."),
        AD_INLINE,
        P("Theo kế hoạch, hoạt động sinh hoạt chuyên môn cụm trường sẽ được duy trì định kỳ mỗi học kỳ hai "
          "lần, luân phiên tổ chức tại các trường trong cụm."),
        _right("Hà Linh (tổng hợp)"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Hà Linh"],
    opts={"cats": [B], "primary": B, "account": "bientap", "views": 261,
          "modified": "2026-10-21T14:15:40+07:00"},
)

_C1_HEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center; vertical-align: top;">UBND TỈNH LÂM ĐỒNG<br />'
    '<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2817/TB-SGDĐT</td>'
    '<td style="width: 60%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    'VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />'
    '<em>Lâm Đồng, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức Kỳ thi chọn '
    'học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027</strong></p>'
)
_C1_FOOT = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- Như trên;<br />'
    '- Giám đốc, các PGĐ Sở;<br />- Lưu: VT, QLCL.</td>'
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM '
    'ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Hiệp</strong></td></tr></tbody></table>'
    f'<p><strong>File đính kèm:</strong> <a href="@@BASE@@{UP}/2026/12/2817-TB-SGDDT.pdf">2817-TB-SGDDT.pdf</a></p>'
)

C1 = Story(
    id=4495,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-thpt",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
    cat=C,
    published_at="2026-11-30",
    blocks=[
        Raw("@@AD_TOP@@"),
        Raw(_C1_HEAD),
        P("Căn cứ Kế hoạch số 2650/KH-SGDĐT ngày 10/11/2026 của Sở Giáo dục và Đào tạo về tổ chức các kỳ thi "
          "chọn học sinh giỏi năm học 2026 - 2027;", "doc"),
        P("Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
          "2026 - 2027 như sau:", "doc"),
        P("1. Thời gian thi: ngày 16/12/2026 (buổi sáng thi viết, buổi chiều thi thực hành đối với môn Tin "
          "học).", "doc"),
        P("2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng "
          "Pháp, Giáo dục kinh tế và pháp luật.", "doc"),
        P("3. Địa điểm thi: Trường THPT Chuyên Thăng Long (phường Lâm Viên – Đà Lạt), Trường THPT Chuyên Bảo "
          "Lộc (phường 1 Bảo Lộc), Trường THPT Chuyên Trần Hưng Đạo (phường Phan Thiết) và Trường THPT "
          "Chuyên Nguyễn Chí Thanh (phường Bắc Gia Nghĩa).", "doc"),
        P("4. Hồ sơ đăng ký dự thi: các đơn vị nhập danh sách thí sinh trên hệ thống quản lý thi của Sở trước "
          "ngày 05/12/2026.", "doc"),
        P("Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm túc nội dung "
          "Thông báo này./.", "doc"),
        Raw(_C1_FOOT),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Trần Văn Hiệp"],
    opts={"cats": [C], "primary": C, "account": "quantri", "views": 1288,
          "posted": "2026-12-01T08:30:00+07:00", "modified": "2026-12-01T08:41:26+07:00",
          "excerpt": "UBND TỈNH LÂM ĐỒNG SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 2817/TB-SGDĐT CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                     "VIỆT NAM Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 30 tháng 11 năm..."},
)

C2 = Story(
    id=4476,
    slug="lam-dong-chon-70-hoc-sinh-vao-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-2027",
    title="Lâm Đồng chọn 70 học sinh vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
    cat=C,
    published_at="2026-11-23T10:00:35+07:00",
    blocks=[
        Raw("@@AD_TOP@@"),
        P("Sở Giáo dục và Đào tạo vừa công bố kết quả Kỳ thi chọn đội tuyển học sinh giỏi dự thi cấp quốc "
          "gia năm 2027. Theo đó, 70 học sinh được chọn vào đội tuyển của tỉnh ở 10 môn thi."),
        P("Kỳ thi được tổ chức trong 2 ngày 18 và 19/11 với 356 thí sinh dự thi, là học sinh lớp 11, 12 của "
          "các trường THPT chuyên và THPT trên địa bàn tỉnh."),
        P("Số lượng học sinh được chọn vào đội tuyển theo từng môn như sau:"),
        AD_INLINE,
        P("Môn thi | Số thí sinh dự thi | Số học sinh được chọn", "th"),
        P("Toán | 42 | 8", "row"),
        P("Vật lí | 38 | 8", "row"),
        P("Hóa học | 40 | 8", "row"),
        P("Tin học | 27 | 6", "row"),
        P("Ngữ văn | 45 | 8", "row"),
        P("Tiếng Anh | 51 | 8", "row"),
        P("Các môn còn lại | 113 | 24", "row"),
        P("Các học sinh trong đội tuyển được tập trung bồi dưỡng tại Trường THPT Chuyên Thăng Long từ ngày "
          "01/12/2026 trước khi tham dự kỳ thi chọn học sinh giỏi quốc gia dự kiến diễn ra vào cuối tháng "
          "12/2026."),
        _right("Phòng Quản lý chất lượng"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Phòng Quản lý chất lượng"],
    opts={"cats": [C], "primary": C, "account": "quantri", "views": 1407,
          "modified": "2026-11-23T10:00:35+07:00"},
)

C3 = Story(
    id=4405,
    slug="nhung-diem-moi-trong-tuyen-sinh-lop-10-nam-hoc-2027-2028",
    title="Những điểm mới trong tuyển sinh lớp 10 năm học 2027 - 2028",
    cat=C,
    published_at="2026-10-30T16:40:03+07:00",
    summary="Năm học 2027 - 2028, tỉnh Lâm Đồng tiếp tục tổ chức tuyển sinh vào lớp 10 bằng hình thức thi "
            "tuyển với 3 môn thi, đồng thời điều chỉnh một số quy định về vùng tuyển sinh sau khi sắp xếp đơn "
            "vị hành chính.",
    sapo_outside=True,
    blocks=[
        Img(f"{UP}/2026/10/tuyen-sinh-10-696x464.jpg",
            "Thí sinh dự thi tuyển sinh lớp 10 năm học 2026 - 2027 tại Đà Lạt",
            "Thí sinh dự thi tuyển sinh lớp 10 năm học 2026 - 2027 tại Đà Lạt", style="featured"),
        Raw("@@AD_TOP@@"),
        P("Theo dự thảo phương án tuyển sinh vừa được Sở Giáo dục và Đào tạo lấy ý kiến, kỳ thi tuyển sinh "
          "vào lớp 10 năm học 2027 - 2028 dự kiến diễn ra trong tháng 6/2027, thí sinh thi 3 môn: Ngữ văn, "
          "Toán và Ngoại ngữ.", "dropcap"),
        P("Một số điểm mới đáng chú ý gồm:"),
        P("Phân vùng tuyển sinh theo đơn vị hành chính cấp xã mới, thay cho địa bàn huyện, thành phố trước "
          "đây;", "oli"),
        P("Thí sinh được đăng ký tối đa 3 nguyện vọng vào các trường THPT công lập, trong đó nguyện vọng 1 và "
          "2 phải thuộc vùng tuyển sinh;", "oli"),
        P("Điểm ưu tiên, khuyến khích thực hiện theo Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung "
          "học phổ thông của Bộ Giáo dục và Đào tạo.", "oli"),
        AD_INLINE,
        P("Đối với các trường THPT chuyên, thí sinh thi thêm môn chuyên; điểm xét tuyển là tổng điểm 3 môn "
          "thi chung cộng điểm môn chuyên nhân hệ số 2."),
        P("Sở Giáo dục và Đào tạo cho biết sẽ tiếp thu ý kiến góp ý của phụ huynh, học sinh và các đơn vị "
          "trước khi trình UBND tỉnh phê duyệt phương án chính thức trong tháng 12/2026."),
        _right("Khánh Phúc"),
        Raw("@@AD_BOTTOM@@"),
    ],
    authors=["Khánh Phúc"],
    source="Báo Lâm Đồng",
    opts={"cats": [C], "primary": C, "account": "quantri", "views": 2210,
          "tags": ["tuyen-sinh-lop-10"], "modified": "2026-11-02T09:12:00+07:00",
          "source_box": ("Báo Lâm Đồng", "https://baolamdong.vn/giao-duc/"),
          "description": "Dự thảo phương án tuyển sinh lớp 10 năm học 2027 - 2028 của tỉnh Lâm Đồng."},
)

STORIES = [A1, B1, A2, C1, A3, B2, C2, A4, B3, A5, B4, C3, B5]  # newest first


def _posted(s: Story) -> str:
    return s.opts.get("posted") or s.published_at


STORIES.sort(key=_posted, reverse=True)
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def _in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if cat in s.opts["cats"]]


def _by_account(login: str) -> list[Story]:
    return [s for s in STORIES if s.opts["account"] == login]


def _by_tag(tag: str) -> list[Story]:
    return [s for s in STORIES if tag in s.opts.get("tags", [])]


# attachment pages (trap 14): path -> (parent, attachment slug, image, uploaded)
ATTACHMENTS = {
    f"/{B3.slug}/stem-le-loi-01/": (B3, "stem-le-loi-01", f"{UP}/2026/11/stem-le-loi-01.jpg", "15/11/2026"),
    f"/{B3.slug}/stem-le-loi-02/": (B3, "stem-le-loi-02", f"{UP}/2026/11/stem-le-loi-02.jpg", "15/11/2026"),
}

# --- small helpers ---------------------------------------------------------------------------


def _dt(iso: str) -> datetime:
    if len(iso) == 10:
        iso += "T08:30:00+07:00"
    return datetime.fromisoformat(iso)


def _dmy(iso: str) -> str:
    return _dt(iso).strftime("%d/%m/%Y")


def _utc(iso: str) -> str:
    return _dt(iso).astimezone(UTC).isoformat()


def _sized(src: str, size: str | None) -> str:
    base = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    if not size:
        return base
    return re.sub(r"(\.\w+)$", rf"-{size}\1", base)


def _featured(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _cat_link(base: str, cat: str) -> str:
    return f"{base}/chuyen-muc/{cat}/"


def _plink(base: str, s: Story) -> str:
    return f"{base}/{s.slug}/"


def _excerpt(s: Story) -> str:
    if "excerpt" in s.opts:
        return s.opts["excerpt"]
    words: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            words += b.text.split()
        if len(words) > 26:
            break
    return " ".join(words[:25]) + "..."


def _time(iso: str, cls: str = "entry-date updated td-module-date") -> str:
    stamp = _dt(iso).isoformat()
    return f'<time class="{cls}" datetime="{stamp}" >{_dmy(iso)}</time>'


def _thumb(base: str, s: Story, size: str, w: int, h: int) -> str:
    f = _featured(s)
    if f is None:
        src = f"{base}/wp-content/themes/Newspaper/images/no-thumb/td_{size}.png"
        return (f'<img class="entry-thumb" src="{src}" alt="" title="{esc(s.title)}" width="{w}" '
                f'height="{h}"/>')
    src = base + _sized(f.src, size)
    return (f'<img width="{w}" height="{h}" class="entry-thumb" src="{src}" srcset="{src} {w}w, '
            f'{base}{_sized(f.src, "696x464")} 696w" sizes="(max-width: {w}px) 100vw, {w}px" alt="" '
            f'title="{esc(s.title)}"/>')


# --- list modules ----------------------------------------------------------------------------


def _mod_meta(base: str, s: Story, author: bool = True, comments: bool = True) -> str:
    login = s.opts["account"]
    out = '<div class="td-module-meta-info">'
    if author:
        out += (f'<span class="td-post-author-name"><a href="{base}/author/{login}/">'
                f'{esc(ACCOUNTS[login][0])}</a> <span>-</span> </span>')
    out += f'<span class="td-post-date">{_time(_posted(s))}</span>'
    if comments:
        n = len(s.opts.get("comments", []))
        out += f'<span class="td-module-comments"><a href="{_plink(base, s)}#respond">{n}</a></span>'
    return out + "</div>"


def _module(base: str, s: Story, kind: str) -> str:
    link = _plink(base, s)
    title = esc(s.title)
    cat = s.opts["primary"]
    if kind == "mx":  # big grid
        return (f'<div class="td_module_mx5 td-animation-stack td-big-grid-post td-meta-info-hide td-big-thumb">'
                f'<div class="td-module-thumb"><a href="{link}" rel="bookmark" class="td-image-wrap " '
                f'title="{title}">{_thumb(base, s, "534x462", 534, 462)}</a></div>'
                f'<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
                f'<a href="{_cat_link(base, cat)}" class="td-post-category">{esc(CATS[cat]["name"])}</a>'
                f'<h3 class="entry-title td-module-title"><a href="{link}" rel="bookmark" title="{title}">'
                f'{title}</a></h3></div><div class="td-module-meta-info"><span class="td-post-date">'
                f'{_time(_posted(s))}</span></div></div></div></div>')
    if kind in ("m8", "mega", "related"):
        thumb = ""
        if kind != "m8":
            thumb = (f'<div class="td-module-thumb"><a href="{link}" rel="bookmark" class="td-image-wrap " '
                     f'title="{title}">{_thumb(base, s, "218x150", 218, 150)}</a></div>')
        cls = {"m8": "td_module_8 td_module_wrap", "mega": "td_module_mega_menu td-animation-stack td_mod_mega_menu",
               "related": "td_module_related_posts td-animation-stack td_mod_related_posts"}[kind]
        meta = _mod_meta(base, s, author=False, comments=False) if kind == "m8" else ""
        return (f'<div class="{cls}">{thumb}<div class="item-details"><h3 class="entry-title td-module-title">'
                f'<a href="{link}" rel="bookmark" title="{title}">{title}</a></h3>{meta}</div></div>')
    # td_module_10 (category loop) / td_module_1 (home block first) / td_module_6 (small)
    excerpt = f'<div class="td-excerpt">{esc(_excerpt(s))}</div>' if kind in ("m10", "m1") else ""
    size, w, h = ("324x160", 324, 160) if kind == "m1" else ("218x150", 218, 150)
    if kind == "m6":
        size, w, h = "100x70", 100, 70
    cls = {"m10": "td_module_10 td_module_wrap td-animation-stack", "m1": "td_module_1 td_module_wrap td-animation-stack",
           "m6": "td_module_6 td_module_wrap td-animation-stack"}[kind]
    return (f'<div class="{cls}"><div class="td-module-thumb"><a href="{link}" rel="bookmark" '
            f'class="td-image-wrap " title="{title}">{_thumb(base, s, size, w, h)}</a></div>'
            f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{link}" rel="bookmark" '
            f'title="{title}">{title}</a></h3>{_mod_meta(base, s, author=kind != "m6")}{excerpt}</div></div>')


# --- AJAX blocks (trap 1) ---------------------------------------------------------------------

# block id -> (type, category or None, limit, pagination)
BLOCKS = {
    "tdi_31": ("td_block_1", A, 4, "next_prev"),
    "tdi_35": ("td_block_4", B, 3, "next_prev"),
    "tdi_39": ("td_block_7", C, 2, "load_more"),
    "tdi_18": ("td_block_mega_menu", A, 4, "next_prev"),
    "tdi_22": ("td_block_mega_menu", B, 4, "next_prev"),
}


def _block_posts(cat: str | None, limit: int, page: int, exclude: int | None = None) -> tuple[list[Story], bool]:
    pool = [s for s in (_in_cat(cat) if cat else STORIES) if s.id != exclude]
    chunk = pool[(page - 1) * limit: page * limit]
    return chunk, page * limit >= len(pool)


def _block_script(bid: str, btype: str, cat: str | None, limit: int, pagination: str, pool: int) -> str:
    atts = {"custom_title": CATS[cat]["name"] if cat else "", "category_id": str(CATS[cat]["id"]) if cat else "",
            "limit": str(limit), "ajax_pagination": pagination, "td_ajax_filter_type": "",
            "block_type": btype, "separator": "", "td_column_number": 2, "header_color": "",
            "ajax_pagination_infinite_stop": "", "offset": "", "class": f"{bid}_rand"}
    pages = max(1, -(-pool // limit))
    return (f'<script>var block_{bid} = new tdBlock();\nblock_{bid}.id = "{bid}";\n'
            f"block_{bid}.atts = '{json.dumps(atts, ensure_ascii=False)}';\n"
            f'block_{bid}.td_column_number = "2";\nblock_{bid}.block_type = "{btype}";\n'
            f'block_{bid}.post_count = "{min(limit, pool)}";\nblock_{bid}.found_posts = "{pool}";\n'
            f'block_{bid}.header_color = "";\nblock_{bid}.ajax_pagination_infinite_stop = "";\n'
            f'block_{bid}.max_num_pages = "{pages}";\ntdBlocksArray.push(block_{bid});\n</script>')


def _next_prev(bid: str, last: bool) -> str:
    nxt = " ajax-page-disabled" if last else ""
    return (f'<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" '
            f'aria-label="prev-page" id="prev-page-{bid}" data-td_block_id="{bid}"><i class="td-next-prev-icon '
            f'td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page{nxt}" '
            f'aria-label="next-page" id="next-page-{bid}" data-td_block_id="{bid}"><i class="td-next-prev-icon '
            f'td-icon-font td-icon-menu-right"></i></a></div>')


def _block_inner(base: str, btype: str, posts: list[Story]) -> str:
    if btype == "td_block_1":
        if not posts:
            return ""
        first, rest = posts[0], posts[1:]
        return (f'<div class="td-block-span6">{_module(base, first, "m1")}</div><div class="td-block-span6">'
                + "".join(_module(base, s, "m6") for s in rest) + "</div>")
    if btype == "td_block_mega_menu":
        return '<div class="td-mega-row">' + "".join(
            f'<div class="td-mega-span">{_module(base, s, "mega")}</div>' for s in posts) + "</div>"
    if btype == "td_block_related_posts":
        return '<div class="td-related-row">' + "".join(
            f'<div class="td-related-span4">{_module(base, s, "related")}</div>' for s in posts) + "</div>"
    kind = "m10" if btype == "loop" else ("m8" if btype == "td_block_9" else "m6")
    return "".join(f'<div class="td-block-span12">{_module(base, s, kind)}</div>' for s in posts)


def _home_block(base: str, bid: str) -> str:
    btype, cat, limit, pagination = BLOCKS[bid]
    posts, last = _block_posts(cat, limit, 1)
    pool = len(_in_cat(cat) if cat else STORIES)
    name = CATS[cat]["name"] if cat else ""
    head = (f'<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><a href="{_cat_link(base, cat)}" '
            f'class="td-pulldown-size">{esc(name)}</a></h4></div>')
    if pagination == "load_more":
        pager = ("" if last else f'<div class="td-load-more-wrap"><a href="#" class="td_ajax_load_more '
                 f'td_ajax_load_more_js" aria-label="Tải thêm" id="next-page-{bid}" data-td_block_id="{bid}">'
                 f'Tải thêm<i class="td-load-more-icon"></i></a></div>')
    else:
        pager = _next_prev(bid, last)
    return (f'<div class="td_block_wrap {btype} {bid} td_with_ajax_pagination td-pb-border-top td_block_template_1 '
            f'td-column-2" data-td-block-uid="{bid}">{_block_script(bid, btype, cat, limit, pagination, pool)}'
            f'{head}<div id="{bid}" class="td_block_inner">{_block_inner(base, btype, posts)}</div>{pager}</div>')


def _ajax(request: Request) -> Response:
    form = request.form if request.method == "POST" else {}
    action = form.get("action", "")
    base = base_url(request)
    if action == "td_ajax_block":
        bid = form.get("td_block_id", "")
        try:
            page = max(1, int(form.get("td_current_page", "1")))
        except ValueError:
            page = 1
        btype = form.get("block_type", "")
        if bid in BLOCKS:
            btype, cat, limit, _ = BLOCKS[bid]
            posts, last = _block_posts(cat, limit, page)
        elif btype == "td_block_related_posts":
            try:
                atts = json.loads(form.get("td_atts", "{}"))
            except ValueError:
                atts = {}
            cur = BY_ID.get(int(atts.get("live_filter_cur_post_id", 0) or 0))
            if cur is None:
                return Response(200, '{"td_data":"","td_hide_prev":true,"td_hide_next":true}',
                                {"Content-Type": "application/json; charset=UTF-8"})
            posts, last = _block_posts(cur.opts["primary"], 3, page, exclude=cur.id)
        else:
            return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
        data = {"td_data": _block_inner(base, btype, posts), "td_block_id": bid,
                "td_hide_prev": page == 1, "td_hide_next": last}
        return Response(200, json.dumps(data), {"Content-Type": "application/json; charset=UTF-8"})
    if action == "td_ajax_loop":
        try:
            page = int(form.get("loopState[currentPage]", "1"))
            cat_id = int(form.get("loopState[atts][category_id]", "0"))
        except ValueError:
            return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
        cat = next((k for k, v in CATS.items() if v["id"] == cat_id), None)
        if cat is None:
            return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
        posts, last = _block_posts(cat, PER_PAGE, page)
        data = {"server_reply_html_data": _block_inner(base, "loop", posts), "currentPage": page,
                "max_num_pages": -(-len(_in_cat(cat)) // PER_PAGE)}
        return Response(200, json.dumps(data), {"Content-Type": "application/json; charset=UTF-8"})
    return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})


# --- chrome ----------------------------------------------------------------------------------


def _head(base: str, title: str, canonical: str | None, og_type: str = "website", extra: str = "",
          description: str | None = None) -> str:
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    return f"""<!doctype html >
<html lang="vi">
<head>
    <title>{esc(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <link rel="icon" type="image/png" href="{base}{UP}/2025/08/favicon-sgddt.png">
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
{desc}{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{canonical or base + '/'}" />
<meta property="og:site_name" content="{SITE}" />
{extra}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{base}/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=7cd248d7ca13c255207c3f8b916c3f00' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='{base}/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<script>
    window.tdb_global_vars = {{"wpRestUrl":"{base}\\/wp-json\\/","permalinkStructure":"\\/%postname%\\/"}};
    var tdBlocksArray = [];
    var td_ajax_url="{base}{AJAX_URL.replace('/', chr(92) + '/')}";
    var td_get_template_directory_uri="{base}\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
    var tds_general_modal_image="yes";
    var tdDateNamesI18n={{"month_names":["Tháng 1","Tháng 2","Tháng 3","Tháng 4","Tháng 5","Tháng 6","Tháng 7","Tháng 8","Tháng 9","Tháng 10","Tháng 11","Tháng 12"]}};
</script>
</head>
"""


def _menu(base: str, active: str | None) -> str:
    def item(mid: int, href: str, label: str, key: str | None = None, sub: str = "", extra: str = "") -> str:
        cur = " current-menu-item" if key and key == active else ""
        kids = " menu-item-has-children" if sub else ""
        return (f'<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-object-custom{cur}{kids} '
                f'td-menu-item {extra or "td-normal-menu"} menu-item-{mid}"><a href="{href}">{label}</a>{sub}</li>')

    def mega(bid: str, cat: str) -> str:
        return (f'<ul class="sub-menu"><li class="menu-item-0"><div class="td-container-border"><div class="td-mega-grid">'
                f'{_home_block(base, bid).replace("td_block_template_1 td-column-2", "td_block_template_1 td-column-3 td_block_mega_menu")}'
                f'</div></div></li></ul>')

    intro = (f'<ul class="sub-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{base}/gioi-thieu/">'
             f'Giới thiệu chung</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="{base}/gioi-thieu/#co-cau">'
             f'Cơ cấu tổ chức</a></li><li class="menu-item td-menu-item td-normal-menu"><a href="{base}/thu-tuc-hanh-chinh/">'
             f'Thủ tục hành chính</a></li></ul>')
    docs = ('<ul class="sub-menu"><li class="menu-item td-menu-item td-normal-menu"><a target="_blank" rel="noopener" '
            'href="https://vanban.lamdong.gov.vn/">Văn bản chỉ đạo điều hành</a></li><li class="menu-item td-menu-item '
            'td-normal-menu"><a target="_blank" rel="noopener" href="https://vbpl.vn/lamdong">Văn bản quy phạm pháp luật'
            '</a></li></ul>')
    return ('<ul id="menu-main-menu" class="sf-menu">'
            + item(21, f"{base}/", "Trang chủ", "home", extra="td-normal-menu menu-item-first")
            + item(22, "#", "Giới thiệu", "page", intro)
            + item(23, _cat_link(base, A), "Tin tức - Sự kiện", A, mega("tdi_18", A), "td-mega-menu")
            + item(24, _cat_link(base, B), "Hoạt động chuyên môn", B, mega("tdi_22", B), "td-mega-menu")
            + item(25, _cat_link(base, C), "Thi - Tuyển sinh", C)
            + item(26, "#", "Văn bản", None, docs)
            + item(27, f"{base}/lien-he/", "Liên hệ", "contact")
            + "</ul>")


def _header(base: str, active: str | None) -> str:
    return f"""<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container">
  <div class="td-search-wrap"><div id="td-aj-search-mob" class="td-search-wrap-mob"><div class="td-drop-down-search">
  <form method="get" class="td-search-form" action="{base}/"><div class="td-search-form"><input class="td-widget-search-input" type="text" value="" name="s" autocomplete="off" placeholder="Tìm kiếm..." /></div></form>
  </div></div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap">
<div class="td-header-wrap td-header-style-1">
  <div class="td-header-top-menu-full td-container-wrap">
    <div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
      <div class="td-header-sp-top-menu">
        <div class="td_data_time"><div style="visibility:visible;">{TOPBAR_DATE}</div></div>
        <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu">
          <li class="menu-item menu-item-first td-menu-item td-normal-menu"><a target="_blank" rel="noopener" href="https://dichvucong.lamdong.gov.vn/">Dịch vụ công trực tuyến</a></li>
          <li class="menu-item td-menu-item td-normal-menu"><a target="_blank" rel="noopener" href="https://mail.lamdong.gov.vn/">Thư điện tử công vụ</a></li>
          <li class="menu-item td-menu-item td-normal-menu"><a href="{base}/lien-he/">Đường dây nóng</a></li>
        </ul></div>
      </div>
      <div class="td-header-sp-top-widget">
        <span class="td-social-icon-wrap"><a target="_blank" rel="noopener" href="https://www.facebook.com/sogddtlamdong" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span>
        <span class="td-social-icon-wrap"><a target="_blank" rel="noopener" href="https://www.youtube.com/@sogddtlamdong" title="Youtube"><i class="td-icon-font td-icon-youtube"></i></a></span>
      </div>
    </div></div>
  </div>
  <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap">
    <div class="td-container td-header-row td-header-header">
      <div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/">
        <img class="td-retina-data" data-retina="{base}{UP}/2025/08/logo-sgddt-lamdong-retina.png" src="{base}{UP}/2025/08/logo-sgddt-lamdong.png" alt="{SITE}" title="{SITE}" width="544" height="90"/>
        <span class="td-visual-hidden">{SITE}</span></a></div>
      <div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header  td-a-rec-no-translate tdi_1 td_block_template_1"></div></div></div>
    </div>
  </div>
  <div class="td-header-menu-wrap-full td-container-wrap">
    <div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu">
      <div id="td-header-menu" role="navigation">
        <div id="td-top-mobile-toggle"><a href="#" role="button" aria-label="Menu"><i class="td-icon-font td-icon-mobile"></i></a></div>
        <div class="td-main-menu-logo td-logo-in-header"><a class="td-mobile-logo td-sticky-disable" aria-label="Logo" href="{base}/"><img src="{base}{UP}/2025/08/logo-sgddt-mobile.png" alt="{SITE}" width="280" height="46"/></a></div>
        <div class="menu-main-menu-container">{_menu(base, active)}</div>
      </div>
      <div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a></div>
        <div class="td-drop-down-search" aria-labelledby="td-header-search-button">
          <form method="get" class="td-search-form" action="{base}/"><div role="search" class="td-head-form-search-wrap">
            <input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Tìm kiếm" />
          </div></form><div id="td-aj-search"></div>
        </div></div>
    </div></div>
  </div>
</div>
</div>
"""


def _sidebar(base: str) -> str:
    popular = [BY_ID[i] for i in (4405, 4471, 4462, 4476)]
    mods = "".join(f'<div class="td-block-span12">{_module(base, s, "m8")}</div>' for s in popular)
    links = [("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"), ("https://lamdong.gov.vn/", "Cổng TTĐT tỉnh Lâm Đồng"),
             ("https://baolamdong.vn/", "Báo Lâm Đồng"), ("https://thisinh.thitotnghiepthpt.edu.vn/", "Hệ thống thi tốt nghiệp THPT")]
    options = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in links)
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td-a-rec td-a-rec-id-sidebar  tdi_60 td_block_template_1"></div>
<aside class="td_block_template_1 widget widget_media_image"><a href="https://dichvucong.lamdong.gov.vn/" target="_blank" rel="noopener"><img width="300" height="90" src="{base}{UP}/2025/09/banner-dich-vu-cong.jpg" class="image wp-image-212  attachment-full size-full" alt="Dịch vụ công trực tuyến" decoding="async" /></a></aside>
<aside class="td_block_template_1 widget widget_media_image"><a href="https://csdl.moet.gov.vn/" target="_blank" rel="noopener"><img width="300" height="90" src="{base}{UP}/2025/09/banner-csdl-nganh.jpg" class="image wp-image-213  attachment-full size-full" alt="Cơ sở dữ liệu ngành" decoding="async" /></a></aside>
<div class="td_block_wrap td_block_9 tdi_62 td-pb-border-top td_block_template_1 td-column-1" data-td-block-uid="tdi_62">
  <div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">ĐỌC NHIỀU</span></h4></div>
  <div id="tdi_62" class="td_block_inner">{mods}</div></div>
<aside class="td_block_template_1 widget widget_polls-widget"><h4 class="block-title"><span>THĂM DÒ Ý KIẾN</span></h4>
  <div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="{base}/index.php" method="post">
  <p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="8d1f0c2a7b" /></p>
  <p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
  <p style="text-align: center;"><strong>Bạn quan tâm nhất đến nội dung nào trên Cổng thông tin?</strong></p>
  <div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
    <li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Tin tức - Sự kiện</label></li>
    <li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Thi - Tuyển sinh</label></li>
    <li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Văn bản chỉ đạo</label></li>
  </ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
  <p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div>
</aside>
<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>LIÊN KẾT WEBSITE</span></h4>
  <div class="textwidget"><select name="lienket" style="width:100%" onchange="if(this.value!='') window.open(this.value,'_blank');"><option value="">-- Chọn liên kết --</option>{options}</select></div></aside>
<aside class="td_block_template_1 widget widget_wpstatistics_widget"><h4 class="block-title"><span>THỐNG KÊ TRUY CẬP</span></h4>
  <ul><li><label>Đang online:</label> 27</li><li><label>Hôm nay:</label> 1.486</li><li><label>Hôm qua:</label> 2.113</li>
  <li><label>Tổng truy cập:</label> 4.215.930</li></ul></aside>
</div></div>
"""


def _footer(base: str) -> str:
    cats = "".join(f'<li class="cat-item cat-item-{v["id"]}"><a href="{_cat_link(base, k)}">{esc(v["name"])}</a></li>'
                   for k, v in CATS.items())
    return f"""<div class="td-footer-page td-footer-container td-container-wrap">
<div class="td-footer-wrapper td-container-wrap td-footer-template-3"><div class="td-container"><div class="td-pb-row">
  <div class="td-pb-span4"><aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG</span></h4>
    <div class="textwidget"><p>Địa chỉ: Số 23 Lê Hồng Phong, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng<br />
    Điện thoại: 0263 3822 360 – Fax: 0263 3821 590<br />Email: sgddt@lamdong.gov.vn</p></div></aside></div>
  <div class="td-pb-span4"><aside class="td_block_template_1 widget widget_categories"><h4 class="block-title"><span>CHUYÊN MỤC</span></h4><ul>{cats}</ul></aside></div>
  <div class="td-pb-span4"><aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>CHỊU TRÁCH NHIỆM NỘI DUNG</span></h4>
    <div class="textwidget"><p>Giám đốc Sở Giáo dục và Đào tạo tỉnh Lâm Đồng<br />Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p></div></aside></div>
</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
  <div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">
    <li class="menu-item"><a href="{base}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{base}/lien-he/">Liên hệ</a></li></ul></div></div>
  <div class="td-pb-span td-sub-footer-copy">&copy; 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Lâm Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</div></div></div>
</div>
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="{base}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver={VER}" id="td-site-min-js"></script>
<script type="text/javascript" src="{base}/wp-content/plugins/wp-polls/polls-js.js?ver=2.77.2" id="wp-polls-js"></script>
</body>
</html>
"""


def _crumbs(base: str, trail: list[tuple[str | None, str]]) -> str:
    out = [f'<span><a title="" class="entry-crumb" href="{base}/">Trang chủ</a></span>']
    for i, (href, label) in enumerate(trail):
        last = i == len(trail) - 1
        sep = '<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i>' if last else '<i class="td-icon-right td-bread-sep"></i>'
        if href:
            out.append(f'{sep} <span><a title="Xem tất cả bài viết trong {esc(label)}" class="entry-crumb" '
                       f'href="{href}">{esc(label)}</a></span>')
        else:
            out.append(f'{sep} <span class="td-bred-no-url-last">{esc(label)}</span>')
    return f'<div class="td-crumb-container"><div class="entry-crumbs">{" ".join(out)}</div></div>'


def _page(base: str, head: str, body_class: str, active: str | None, main: str, status: int = 200) -> Response:
    page = (head + f'<body class="{body_class} td-standard-pack global-block-template-1 td-full-layout" '
            f'itemscope="itemscope" itemtype="https://schema.org/WebPage">\n' + _header(base, active)
            + main + _footer(base))
    return html(page, status=status)


def _with_sidebar(base: str, inner: str, crumbs: str = "", cls: str = "") -> str:
    return (f'<div class="td-main-content-wrap td-container-wrap"><div class="td-container {cls}">{crumbs}'
            f'<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
            f'{inner}</div></div>{_sidebar(base)}</div></div></div>')


# --- post content ----------------------------------------------------------------------------


def _ad(slot: str, uid: int, label: bool = False) -> str:
    inner = ""
    if label:
        inner = ('<span class="td-adspot-title">- Quảng cáo -</span><div class="td-all-devices">'
                 '<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" '
                 'data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot=""></ins></div>')
    return f'<div class="td-a-rec td-a-rec-id-{slot}  tdi_{uid} td_block_template_1">{inner}</div>'


def _related_inline(base: str) -> str:
    posts = [BY_ID[i] for i in (4471, 4510, 4476)]
    return (f'<div class="td_block_wrap td_block_9 tdi_61 td-pb-border-top td_block_template_1 td-column-1" '
            f'data-td-block-uid="tdi_61">{_block_script("tdi_61", "td_block_9", None, 3, "", 3)}'
            f'<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">'
            f'Bài viết cùng chủ đề</span></h4></div><div id="tdi_61" class="td_block_inner">'
            + "".join(f'<div class="td-block-span12">{_module(base, s, "m10")}</div>' for s in posts)
            + "</div></div>")


def _img_tag(base: str, im: Img, n: int, amp: bool, size_cls: str = "size-large") -> str:
    w, h = (1024, 683) if "1024x683" in im.src else (1024, 768) if "1024x768" in im.src else (696, 464)
    src = base + im.src
    if amp:
        return f'<amp-img src="{src}" width="{w}" height="{h}" layout="responsive" alt=""></amp-img>'
    return (f'<img decoding="async" loading="lazy" class="aligncenter {size_cls} wp-image-{n}" src="{src}" '
            f'width="{w}" height="{h}" alt="" srcset="{src} {w}w, {base}{_sized(im.src, "300x200")} 300w, '
            f'{base}{_sized(im.src, "768x512")} 768w" sizes="(max-width: {w}px) 100vw, {w}px" />')


def _gallery(base: str, s: Story, imgs: list[Img], amp: bool) -> str:
    if amp:
        figs = "".join(f'<figure>{_img_tag(base, im, 0, True)}'
                       + (f"<figcaption>{esc(im.printed)}</figcaption>" if im.printed else "")
                       + "</figure>" for im in imgs)
        return f'<amp-carousel width="696" height="464" layout="responsive" type="slides">{figs}</amp-carousel>'
    slides, thumbs = [], []
    for k, im in enumerate(imgs, 1):
        title = im.style.split(":", 1)[1]
        cap = esc(im.printed or "")
        full = base + _sized(im.src, None)
        slides.append(
            f'<div class="td-slide-item td-item{k}"><figure class="td-slide-galery-figure td-slide-popup-gallery">'
            f'<a class="slide-gallery-image-link" href="{full}" title="{title}" data-caption="{cap}" '
            f'data-description=""><img src="{base}{im.src}" alt="" /></a>'
            f'<figcaption class="td-slide-caption td-gallery-slide-content"><div class="td-gallery-slide-copywrite">'
            f'<div class="td-gallery-slide-copywrite-span">{title}</div></div><span>{cap}</span></figcaption>'
            f'</figure></div>')
        thumbs.append(f'<div class="td-button td-item{k}"><div class="td-border"></div>'
                      f'<img class="td-slide-nav-img" src="{base}{_sized(im.src, "150x150")}" alt="" /></div>')
    gid = f"{s.id}_{len(imgs)}"
    return (f'<div class="td-gallery td-slide-on-2-columns"><div class="post_td_gallery">'
            f'<div class="td-gallery-slide-top td-gallery-slide-top-2"><div class="td-gallery-title">Hình ảnh tại '
            f'lễ khai mạc</div><div class="td-gallery-controls-wrapper"><div class="td-gallery-slide-count">'
            f'<span class="td-gallery-slide-item-focus">1</span> trên {len(imgs)}</div>'
            f'<div class="td-gallery-slide-prev-next-but"><i class="td-icon-left doubleSliderPrevButton"></i>'
            f'<i class="td-icon-right doubleSliderNextButton"></i></div></div></div>'
            f'<div class="td-doubleSlider-1 "><div class="td-slider">{"".join(slides)}</div></div>'
            f'<div class="td-doubleSlider-2"><div class="td-slider">{"".join(thumbs)}</div></div></div>'
            f'<script>jQuery(window).on("load", function () {{ tdGallerySlider.init("{gid}"); }});</script></div>')


def _figure(base: str, s: Story, im: Img, n: int, amp: bool) -> str:
    tag = _img_tag(base, im, n, amp)
    if im.style.startswith("attach:") and not amp:
        tag = f'<a href="{base}/{s.slug}/{im.style.split(":", 1)[1]}/" rel="attachment wp-att-{n}">{tag}</a>'
    if im.style == "plain":
        return f"<p>{tag}</p>"
    w = 1024
    return (f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" style="width: {w}px" '
            f'class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{n}" class="wp-caption-text">'
            f'{esc(im.printed or "")}</figcaption></figure>')


def _paragraph(s: Story, b: P) -> str:
    t = _t(s, b.text)
    if b.style == "bold":
        return f"<p><strong>{t}</strong></p>"
    if b.style == "dropcap":
        return f'<p><span class="dropcap dropcap1">{t[0]}</span>{t[1:]}</p>'
    if b.style in ("h3", "h4"):
        return f"<{b.style}>{t}</{b.style}>"
    if b.style == "quote":
        return f'<blockquote class="td_quote_box td_box_center"><p>{t}</p></blockquote>'
    if b.style in ("word", "wordbold"):
        inner = f"<b>{t}</b>" if b.style == "wordbold" else t
        return (f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
                f'<span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'
                f"{inner}<o:p></o:p></span></p>")
    if b.style == "doc":
        return f'<p style="text-align: justify; text-indent: 36pt;">{t}</p>'
    return f"<p>{t}</p>"


def _content(base: str, s: Story, blocks: list, amp: bool = False) -> str:
    out: list[str] = []
    i = 0
    n = 7000 + s.id % 1000
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(f'<td style="width: 33.3%; text-align: center;"><strong>{_t(s, c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f'<td style="width: 33.3%;">{_t(s, c)}</td>' for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(f'<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>{"".join(rows)}</tbody></table>')
            continue
        if isinstance(b, Img) and b.style.startswith("gallery:"):
            imgs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style.startswith("gallery:"):
                imgs.append(blocks[i])
                i += 1
            out.append(_gallery(base, s, imgs, amp))
            continue
        i += 1
        if isinstance(b, P):
            out.append(_paragraph(s, b))
        elif isinstance(b, Img):
            n += 1
            if b.style == "featured":
                out.append(_featured_html(base, s, b, amp))
            else:
                out.append(_figure(base, s, b, n, amp))
        elif b.html == "@@AD_TOP@@":
            out.append("" if amp else _ad("content_top", 57))
        elif b.html == "@@AD_BOTTOM@@":
            out.append("" if amp else _ad("content_bottom", 58))
        elif b.html == "@@AD_INLINE@@":
            out.append("" if amp else _ad("content_inline", 59, label=True))
        elif b.html == "@@RELATED_INLINE@@":
            out.append("" if amp else _related_inline(base))
        elif b.html == "<!--nextpage-->":
            continue
        else:
            out.append(b.html.replace("@@BASE@@", base))
    return "\n".join(out)


def _featured_html(base: str, s: Story, im: Img, amp: bool) -> str:
    src = base + im.src
    cap = f'<figcaption class="wp-caption-text">{esc(im.printed)}</figcaption>' if im.printed else ""
    if amp:
        return (f'<div class="td-post-featured-image"><figure><amp-img src="{src}" width="696" height="464" '
                f'layout="responsive" alt=""></amp-img>{cap}</figure></div>')
    full = base + _sized(im.src, None)
    return (f'<div class="td-post-featured-image"><figure><a href="{full}" data-caption="{esc(im.printed or "")}">'
            f'<img width="696" height="464" class="entry-thumb td-modal-image" src="{src}" srcset="{src} 696w, '
            f'{base}{_sized(im.src, "300x200")} 300w, {full} 1200w" sizes="(max-width: 696px) 100vw, 696px" alt="" '
            f'title="{esc(s.title)}"/></a>{cap}</figure></div>')


def _pages_of(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and b.html == "<!--nextpage-->":
            pages.append([])
        else:
            pages[-1].append(b)
    if len(pages) > 1:  # the theme prints the featured image on every page
        f = _featured(s)
        if f is not None:
            pages[1:] = [[f, *p] for p in pages[1:]]
    return pages


def _share(base: str, s: Story, where: str) -> str:
    u = quote(_plink(base, s), safe="")
    return (f'<div class="td-post-sharing-{where}"><div id="td_social_sharing_article_{where}" class="td-post-sharing '
            f'td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible">'
            f'<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text">'
            f'<div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Chia sẻ</div></div>'
            f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" '
            f'href="https://www.facebook.com/sharer.php?u={u}" title="Facebook"><div class="td-social-but-icon">'
            f'<i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>'
            f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-zalo" '
            f'href="https://sp.zalo.me/share_inline?d={u}" title="Zalo"><div class="td-social-but-icon">'
            f'<i class="td-icon-zalo"></i></div><div class="td-social-but-text">Zalo</div></a>'
            f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-print" '
            f'href="#" title="In bài viết"><div class="td-social-but-icon"><i class="td-icon-print"></i></div>'
            f'<div class="td-social-but-text">In bài viết</div></a></div></div></div>')


def _comments(base: str, s: Story) -> str:
    items = []
    for cid, name, when, body in s.opts.get("comments", []):
        d = _dt(when)
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article><footer>'
            f'<img alt="" src="{base}/wp-content/plugins/td-composer/assets/images/avatar.png" class="avatar avatar-50 photo" '
            f'height="50" width="50"/><cite>{esc(name)}</cite><a class="comment-link" href="#comment-{cid}">'
            f'<time pubdate="{int(d.timestamp())}">{d.strftime("%d/%m/%Y")} lúc {d.strftime("%H:%M")}</time></a></footer>'
            f'<div class="comment-content" id="comment-{cid}"><p>{esc(body)}</p></div>'
            f'<div class="comment-meta" id="comment-meta-{cid}"><a rel="nofollow" class="comment-reply-link" '
            f'href="#comment-{cid}" data-commentid="{cid}" data-postid="{s.id}" data-belowelement="comment-{cid}" '
            f'data-respondelement="respond" data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">'
            f'Trả lời</a></div></article></li>')
    title = ""
    if items:
        title = (f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title">'
                 f'<span>{len(items)} BÌNH LUẬN</span></h4></div><ol class="comment-list">{"".join(items)}</ol>')
    return (f'<div class="comments" id="comments">{title}<div id="respond" class="comment-respond">'
            f'<h3 id="reply-title" class="comment-reply-title">ĐỂ LẠI MỘT BÌNH LUẬN <small><a rel="nofollow" '
            f'id="cancel-comment-reply-link" href="{_plink(base, s)}#respond" style="display:none;">Hủy trả lời</a>'
            f'</small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" '
            f'class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap '
            f'td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" '
            f'aria-required="true"></textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div>'
            f'</div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" '
            f'placeholder="Tên:*" type="text" value="" size="30" aria-required="true" /></div>'
            f'<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" '
            f'placeholder="Email:*" type="text" value="" size="30" aria-required="true" /></div>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
            f' <input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID" />'
            f'<input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p></form></div></div>')


def _related(base: str, s: Story) -> str:
    posts, last = _block_posts(s.opts["primary"], 3, 1, exclude=s.id)
    atts = json.dumps({"limit": 3, "ajax_pagination": "next_prev", "live_filter": "cur_post_same_categories",
                       "td_ajax_filter_type": "td_custom_related", "class": "tdi_88",
                       "live_filter_cur_post_id": s.id, "live_filter_cur_post_author": "1"})
    return (f'<div class="td_block_wrap td_block_related_posts tdi_88 td_with_ajax_pagination td-pb-border-top '
            f'td_block_template_1" data-td-block-uid="tdi_88"><script>var block_tdi_88 = new tdBlock();\n'
            f'block_tdi_88.id = "tdi_88";\nblock_tdi_88.atts = \'{atts}\';\n'
            f'block_tdi_88.block_type = "td_block_related_posts";\ntdBlocksArray.push(block_tdi_88);</script>'
            f'<h4 class="td-related-title td-block-title"><a id="tdi_89" class="td-related-left td-cur-simple-item" '
            f'data-td_filter_value="" data-td_block_id="tdi_88" href="#">TIN LIÊN QUAN</a><a id="tdi_90" '
            f'class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_88" '
            f'href="#">CÙNG TÁC GIẢ</a></h4><div id="tdi_88" class="td_block_inner">'
            f'{_block_inner(base, "td_block_related_posts", posts)}</div>{_next_prev("tdi_88", last)}</div>')


def _yoast_article(base: str, s: Story, canonical: str) -> str:
    posted, modified = _posted(s), s.opts.get("modified") or _posted(s)
    account = ACCOUNTS[s.opts["account"]][0]
    f = _featured(s)
    og_img = (f'<meta property="og:image" content="{base}{_sized(f.src, None)}" />\n<meta property="og:image:width" '
              f'content="1200" />\n<meta property="og:image:height" content="800" />\n') if f else ""
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{canonical}#article", "isPartOf": {"@id": canonical},
         "author": {"name": account, "@id": f"{base}/#/schema/person/{s.opts['account']}"},
         "headline": s.title, "datePublished": _utc(posted), "dateModified": _utc(modified),
         "mainEntityOfPage": {"@id": canonical}, "publisher": {"@id": f"{base}/#organization"},
         "articleSection": [CATS[c]["name"] for c in s.opts["cats"]], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": canonical, "url": canonical, "name": f"{s.title} - {SITE}",
         "datePublished": _utc(posted), "dateModified": _utc(modified),
         "breadcrumb": {"@id": f"{canonical}#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{canonical}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": CATS[s.opts["primary"]]["name"],
             "item": _cat_link(base, s.opts["primary"])},
            {"@type": "ListItem", "position": 3, "name": s.title}]},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE, "url": f"{base}/"},
    ]}
    minutes = max(1, sum(len(b.text.split()) for b in s.blocks if isinstance(b, P)) // 200)
    return (f'<meta property="article:publisher" content="https://www.facebook.com/sogddtlamdong" />\n'
            f'<meta property="article:published_time" content="{_utc(posted)}" />\n'
            f'<meta property="article:modified_time" content="{_utc(modified)}" />\n{og_img}'
            f'<meta name="author" content="{esc(account)}" />\n<meta name="twitter:card" content="summary_large_image" />\n'
            f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(account)}" />\n'
            f'<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="{minutes} phút" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n')


def _article(request: Request, s: Story, page_no: int = 1) -> Response:
    base = base_url(request)
    pages = _pages_of(s)
    link = _plink(base, s)
    canonical = link if page_no == 1 else f"{link}{page_no}/"
    title = s.title if page_no == 1 else f"{s.title} - Trang {page_no} trên {len(pages)}"
    extra = _yoast_article(base, s, canonical)
    head = _head(base, f"{title} - {SITE}", canonical, "article", extra, s.opts.get("description"))
    head = head.replace("</head>", f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
                        f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{s.id}" />\n'
                        f'<link rel="amphtml" href="{link}amp/">\n</head>')
    login = s.opts["account"]
    account, bio = ACCOUNTS[login]
    primary = s.opts["primary"]
    pills = "".join(f'<li class="entry-category"><a href="{_cat_link(base, c)}">{esc(CATS[c]["name"])}</a></li>'
                    for c in s.opts["cats"])
    sub = f'<p class="td-post-sub-title">{esc(s.summary)}</p>' if s.sapo_outside and s.summary else ""
    ncom = len(s.opts.get("comments", []))
    cats_cls = " ".join(f"category-{c}" for c in s.opts["cats"])
    tags_cls = " ".join(f"tag-{t}" for t in s.opts.get("tags", []))
    has_thumb = " has-post-thumbnail" if _featured(s) else ""
    header = (f'<div class="td-post-header"><ul class="td-category">{pills}</ul><header class="td-post-title">'
              f'<h1 class="entry-title">{esc(s.title)}</h1>{sub}<div class="td-module-meta-info">'
              f'<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{base}/author/{login}/">'
              f'{esc(account)}</a><div class="td-author-line"> - </div></div>'
              f'<span class="td-post-date">{_time(_posted(s))}</span>'
              f'<div class="td-post-comments"><a href="{link}#respond"><i class="td-icon-comments"></i>{ncom}</a></div>'
              f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{s.id}">'
              f'{s.opts["views"]}</span></div></div></header></div>')
    content = _content(base, s, pages[page_no - 1])
    post_nav = ""
    if len(pages) > 1:
        parts = []
        for k in range(1, len(pages) + 1):
            href = link if k == 1 else f"{link}{k}/"
            parts.append(f'<span class="current">{k}</span>' if k == page_no else f'<a href="{href}"><div>{k}</div></a>')
        if page_no < len(pages):
            parts.append(f'<a href="{link}{page_no + 1}/"><div><i class="td-icon-menu-right"></i></div></a>')
        post_nav = f'<div class="page-nav page-nav-post td-pb-padding-side">{"".join(parts)}</div>'
    boxes = ""
    if "source_box" in s.opts:
        name, url = s.opts["source_box"]
        boxes += (f'<ul class="td-source"><li><span>NGUỒN</span></li><li><a rel="nofollow" href="{url}" '
                  f'target="_blank">{esc(name)}</a></li></ul>')
    if s.opts.get("tags"):
        boxes += ('<ul class="td-tags td-post-small-box clearfix"><li><span>THẺ</span></li>'
                  + "".join(f'<li><a href="{base}/tag/{t}/">{esc(TAGS[t])}</a></li>' for t in s.opts["tags"]) + "</ul>")
    footer = (f'<footer>{post_nav}<div class="td-post-source-tags">{boxes}</div>{_share(base, s, "bottom")}'
              f'<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="{base}/author/{login}/">'
              f'{esc(account)}</a></span></div><div class="author-box-wrap"><a href="{base}/author/{login}/" aria-label="author-photo">'
              f'<img alt="{esc(account)}" src="{base}/wp-content/plugins/td-composer/assets/images/avatar.png" class="avatar '
              f'avatar-96 photo" height="96" width="96"/></a><div class="desc"><div class="td-author-name vcard author">'
              f'<span class="fn"><a href="{base}/author/{login}/">{esc(account)}</a></span></div><div class="td-author-url">'
              f'<a href="{base}/">{base}</a></div><div class="td-author-description">{esc(bio)}</div>'
              f'<div class="clearfix"></div></div></div></footer>')
    article = (f'<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard{has_thumb} '
               f'{cats_cls} {tags_cls}" itemscope itemtype="https://schema.org/Article">{header}{_share(base, s, "top")}'
               f'<div class="td-post-content tagdiv-type">{content}</div>{footer}</article>')
    inner = article + _related(base, s) + _comments(base, s)
    crumbs = _crumbs(base, [(_cat_link(base, primary), CATS[primary]["name"]), (None, s.title)])
    main = _with_sidebar(base, inner, crumbs, "td-post-template-default ")
    body_cls = f"post-template-default single single-post postid-{s.id} single-format-standard"
    return _page(base, head, body_cls, primary, main)


def _amp(request: Request, s: Story) -> Response:
    base = base_url(request)
    link = _plink(base, s)
    blocks = [b for b in s.blocks if not (isinstance(b, Raw) and b.html == "<!--nextpage-->")]
    primary = s.opts["primary"]
    sub = f'<p class="td-post-sub-title">{esc(s.summary)}</p>' if s.sapo_outside and s.summary else ""
    page = f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} - {SITE}</title>
<link rel="canonical" href="{link}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.td-amp-wrap{{max-width:700px;margin:0 auto}}.td-post-sub-title{{font-style:italic}}</style>
</head>
<body class="td-amp-body">
<div class="td-amp-wrap">
<header id="td-amp-header" class="td-amp-header"><div class="td-amp-header-inner">
<a href="{base}/" class="td-amp-logo"><amp-img src="{base}{UP}/2025/08/logo-sgddt-lamdong.png" width="272" height="45" alt="{SITE}"></amp-img></a>
</div></header>
<div class="td-amp-content"><article class="td-post-template-amp">
<div class="td-post-header"><div class="td-category"><a href="{_cat_link(base, primary)}">{esc(CATS[primary]["name"])}</a></div>
<h1 class="entry-title">{esc(s.title)}</h1>{sub}
<div class="td-module-meta-info"><div class="td-post-author-name">Bởi {esc(ACCOUNTS[s.opts["account"]][0])}</div>
<span class="td-post-date">{_time(_posted(s), "entry-date")}</span></div></div>
<div class="td-post-content">{_content(base, s, blocks, amp=True)}</div>
</article></div>
<footer class="td-amp-footer"><div class="td-amp-footer-menu"><a href="{base}/">Trang chủ</a> | <a href="{base}/lien-he/">Liên hệ</a></div>
<div class="td-amp-copyright">&copy; 2026 {SITE}</div></footer>
</div>
</body>
</html>
"""
    return html(page)


# --- listings --------------------------------------------------------------------------------


def _numbers(base_href: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        prev = base_href if page == 2 else f"{base_href}page/{page - 1}/"
        parts.append(f'<a href="{prev}" aria-label="prev-page"><i class="td-icon-menu-left"></i></a>')
    for k in range(1, pages + 1):
        href = base_href if k == 1 else f"{base_href}page/{k}/"
        parts.append(f'<span class="current">{k}</span>' if k == page
                     else f'<a href="{href}" class="page" title="{k}">{k}</a>')
    if page < pages:
        parts.append(f'<a href="{base_href}page/{page + 1}/" aria-label="next-page"><i class="td-icon-menu-right"></i></a>')
    parts.append(f'<span class="pages">Trang {page} trên {pages}</span><div class="clearfix"></div>')
    return f'<div class="page-nav td-pb-padding-side">{"".join(parts)}</div>'


def _rel_links(base_href: str, page: int, pages: int) -> str:
    out = ""
    if page > 1:
        out += f'<link rel="prev" href="{base_href if page == 2 else f"{base_href}page/{page - 1}/"}" />\n'
    if page < pages:
        out += f'<link rel="next" href="{base_href}page/{page + 1}/" />\n'
    return out


def _category(request: Request, cat: str, page: int) -> Response | None:
    base = base_url(request)
    posts = _in_cat(cat)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    info = CATS[cat]
    href = _cat_link(base, cat)
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    canonical = href if page == 1 else f"{href}page/{page}/"
    title = f"{info['name']} Archives - {SITE}" if page == 1 else f"{info['name']} Archives - Trang {page} trên {pages} - {SITE}"
    head = _head(base, title, canonical, "article", _rel_links(href, page, pages))
    grid = ""
    if page == 1:
        grid = ('<div class="td-category-grid td-container-wrap"><div class="td_block_wrap td_block_big_grid_1 '
                'tdi_15 td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top td_block_template_1"><div id="tdi_15" '
                'class="td_block_inner"><div class="td-big-grid-wrapper">'
                + "".join(_module(base, s, "mx") for s in posts[:3]) + "</div></div></div></div>")
    loop = "".join(_module(base, s, "m10") for s in chunk)
    if info["pager"] == "loadmore":
        state = {"sidebarPosition": "", "moduleId": 10, "currentPage": page, "max_num_pages": pages,
                 "atts": {"category_id": info["id"], "offset": 0}, "ajax_pagination_infinite_stop": "0",
                 "server_reply_html_data": ""}
        pager = (f'<script>var tdAjaxLoop = window.tdAjaxLoop || {{}}; tdAjaxLoop.loopState = {json.dumps(state)};</script>'
                 + ("" if page >= pages else
                    '<div class="td-load-more-wrap td-load-more-infinite-wrap" id="infinite-handler">'
                    '<a href="#" class="td_ajax_load_more" id="next-page-infinite" data-td_block_id="">Tải thêm '
                    '<i class="td-icon-font td-icon-menu-down"></i></a></div>'))
    else:
        pager = _numbers(href, page, pages)
    top = (f'<div class="td-category-header td-container-wrap"><div class="td-container"><div class="td-pb-row">'
           f'<div class="td-pb-span12">{_crumbs(base, [(None, info["name"])])}<h1 class="entry-title td-page-title">'
           f'{esc(info["name"])}</h1></div></div></div></div>')
    inner = loop + pager
    main = top + grid + _with_sidebar(base, inner)
    body_cls = f"archive category category-{cat} category-{info['id']} td-category-template-1"
    return _page(base, head, body_cls, cat, main)


def _archive(request: Request, kind: str, key: str, page: int) -> Response | None:
    base = base_url(request)
    if kind == "author":
        if key not in ACCOUNTS:
            return None
        posts, label, href = _by_account(key), ACCOUNTS[key][0], f"{base}/author/{key}/"
        heading = f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(label)}</span></h1></div>'
    else:
        if key not in TAGS:
            return None
        posts, label, href = _by_tag(key), TAGS[key], f"{base}/tag/{key}/"
        heading = (f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>Thẻ: {esc(label)}</span>'
                   f'</h1></div>')
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    canonical = href if page == 1 else f"{href}page/{page}/"
    head = _head(base, f"{label} - {SITE}", canonical, "profile" if kind == "author" else "article",
                 _rel_links(href, page, pages))
    inner = heading + "".join(_module(base, s, "m10") for s in chunk) + _numbers(href, page, pages)
    main = _with_sidebar(base, inner, _crumbs(base, [(None, label)]))
    return _page(base, head, f"archive {kind}", None, main)


def _search(request: Request, term: str) -> Response:
    base = base_url(request)
    needle = term.strip().casefold()
    hits = [s for s in STORIES if needle and needle in s.title.casefold()][:10]
    head = _head(base, f"Bạn đã tìm kiếm {term} - {SITE}", None)
    head = head.replace("</head>", '<meta name="robots" content="noindex, follow" />\n</head>')
    body = "".join(_module(base, s, "m10") for s in hits) or (
        '<div class="no-results td-pb-padding-side"><h2>Không tìm thấy kết quả nào phù hợp. Vui lòng thử lại với '
        'từ khóa khác.</h2></div>')
    inner = (f'<div class="td-page-header td-pb-padding-side"><h1 class="entry-title td-page-title"><span>'
             f'Kết quả tìm kiếm: {esc(term)}</span> - <span class="td-search-query">{len(hits)} kết quả</span></h1>'
             f'</div>{body}')
    return _page(base, head, "search search-results", None, _with_sidebar(base, inner))


def _home(request: Request) -> Response:
    base = base_url(request)
    head = _head(base, f"{SITE} - Cổng thông tin điện tử", f"{base}/", description=(
        "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Lâm Đồng: tin tức, hoạt động chuyên môn, thi và tuyển sinh."))
    grid = ('<div class="td_block_wrap td_block_big_grid_1 tdi_27 td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top '
            'td_block_template_1" data-td-block-uid="tdi_27"><div id="tdi_27" class="td_block_inner"><div class="td-big-grid-wrapper">'
            + "".join(_module(base, s, "mx") for s in STORIES[:4]) + "</div></div></div>")
    video = ('<div class="td_block_wrap td_block_video_youtube tdi_44 td-pb-border-top td_block_template_1">'
             '<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span>VIDEO</span></h4></div>'
             '<div class="td_wrapper_video_playlist"><div class="td_wrapper_player td_wrapper_playlist_player_youtube">'
             '<iframe id="player_youtube" width="100%" height="100%" src="https://www.youtube.com/embed/'
             'videoseries?list=PLsgddtlamdong2026&amp;enablejsapi=1" frameborder="0" allowfullscreen=""></iframe>'
             '</div><div class="td_container_video_playlist"><div class="td_video_controls_playlist_wrapper">'
             '<div class="td_video_stop_play_control"><a class="td-youtube-control-pause" href="#"></a></div>'
             '<div class="td_video_title_text">Phóng sự: Ngành giáo dục Lâm Đồng sau hợp nhất</div>'
             '<div class="td_video_time">04:12</div></div></div></div></div>')
    left = _home_block(base, "tdi_31") + _home_block(base, "tdi_35") + _home_block(base, "tdi_39")
    main = (f'<div class="td-main-content-wrap td-main-page-wrap td-container-wrap"><div class="tdc-content-wrap">'
            f'<div id="tdi_26" class="tdc-row"><div class="vc_row tdi_26 wpb_row td-pb-row">{grid}</div></div>'
            f'<div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">'
            f'<div class="td-ss-main-content">{left}{video}{_ad("content_home", 46)}</div></div>{_sidebar(base)}</div></div>'
            f'</div></div>')
    body_cls = "home page-template page-template-page-pagebuilder-latest page page-id-2 tdc-header-template"
    return _page(base, head, body_cls, "home", main)


# --- pages (NON_ARTICLES) --------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu chung", 2, """<p>Sở Giáo dục và Đào tạo tỉnh Lâm Đồng là cơ quan chuyên môn thuộc Ủy ban
nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa
bàn tỉnh.</p>
<h3 id="co-cau">Cơ cấu tổ chức</h3>
<ul><li>Lãnh đạo Sở: Giám đốc và các Phó Giám đốc</li><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li>
<li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non</li><li>Phòng Giáo dục phổ thông</li>
<li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>
<p>Địa chỉ: Số 23 Lê Hồng Phong, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng.</p>"""),
    "thu-tuc-hanh-chinh": ("Thủ tục hành chính", 14, """<p>Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở
Giáo dục và Đào tạo được công bố tại Cổng dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính
tỉnh Lâm Đồng.</p>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>
<tr><td><strong>STT</strong></td><td><strong>Tên thủ tục</strong></td><td><strong>Lĩnh vực</strong></td></tr>
<tr><td>1</td><td>Chỉnh sửa nội dung văn bằng, chứng chỉ</td><td>Văn bằng, chứng chỉ</td></tr>
<tr><td>2</td><td>Cấp bản sao văn bằng, chứng chỉ từ sổ gốc</td><td>Văn bằng, chứng chỉ</td></tr>
<tr><td>3</td><td>Cho phép trường trung học phổ thông hoạt động giáo dục</td><td>Giáo dục trung học</td></tr>
</tbody></table>
<p>Tra cứu và nộp hồ sơ trực tuyến tại <a href="https://dichvucong.lamdong.gov.vn/" target="_blank" rel="noopener">
dichvucong.lamdong.gov.vn</a>.</p>"""),
    "lien-he": ("Liên hệ", 16, """<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG</strong></p>
<p>Địa chỉ: Số 23 Lê Hồng Phong, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng<br />Điện thoại: 0263 3822 360<br />
Email: sgddt@lamdong.gov.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f120-p16-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f120-p16-o1"
method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40"
class="wpcf7-form-control wpcf7-text" type="text" name="your-name" value="" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40"
class="wpcf7-form-control wpcf7-email" type="email" name="your-email" value="" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6"
class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p></form></div>"""),
}


def _wp_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, pid, body = PAGES[slug]
    head = _head(base, f"{title} - {SITE}", f"{base}/{slug}/")
    inner = (f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>'
             f'<div class="td-page-content tagdiv-type">{body.replace(chr(10), " ")}</div>')
    main = _with_sidebar(base, inner, _crumbs(base, [(None, title)]))
    return _page(base, head, f"page-template-default page page-id-{pid}", "contact" if slug == "lien-he" else "page", main)


def _attachment(request: Request, path: str) -> Response:
    base = base_url(request)
    parent, slug, src, day = ATTACHMENTS[path]
    siblings = [p for p in ATTACHMENTS if ATTACHMENTS[p][0] is parent]
    head = _head(base, f"{slug} - {SITE}", f"{base}{path}", "article")
    nav = "".join(f'<div class="td-attachment-{"prev" if p < path else "next"}"><a href="{base}{p}">'
                  f'<img width="150" height="150" src="{base}{_sized(ATTACHMENTS[p][2], "150x150")}" alt="" /></a></div>'
                  for p in siblings if p != path)
    inner = (f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{slug}</span></h1></div>'
             f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated" '
             f'datetime="2026-11-15T21:30:00+07:00">{day}</time></span></div>'
             f'<div class="td-attachment-page-content"><a href="{base}{src}" title="{slug}" rel="attachment">'
             f'<img class="td-attachment-page-image" src="{base}{src}" alt="" /></a><div class="td-attachment-page-content">'
             f'</div></div><div class="td-attachment-prev-next">{nav}</div>')
    crumbs = _crumbs(base, [(_plink(base, parent), parent.title), (None, slug)])
    return _page(base, head, "attachment attachment-template-default single single-attachment", None,
                 _with_sidebar(base, inner, crumbs))


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in STORIES[:6]:
        d = _dt(_posted(s)).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(f"<item><title>{esc(s.title)}</title><link>{_plink(base, s)}</link>"
                     f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']][0]}]]></dc:creator><pubDate>{d}</pubDate>"
                     f"<category><![CDATA[{CATS[s.opts['primary']]['name']}]]></category>"
                     f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
                     f"<description><![CDATA[{_excerpt(s)}]]></description></item>")
    body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{SITE}</title>'
            f'<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" /><link>{base}/</link>'
            f"<description>Cổng thông tin điện tử</description><language>vi</language>"
            f"<sy:updatePeriod xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">hourly</sy:updatePeriod>"
            f'{"".join(items)}</channel></rss>')
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _not_found(request: Request) -> Response:
    base = base_url(request)
    head = _head(base, f"Không tìm thấy trang - {SITE}", None)
    head = head.replace("</head>", '<meta name="robots" content="noindex, follow" />\n</head>')
    inner = ('<div class="td-404-title">Rất tiếc, trang bạn tìm không tồn tại!</div><div class="td-404-sub-title">'
             'Trang có thể đã bị xóa hoặc đường dẫn không chính xác.</div><div class="td-404-sub-sub-title">'
             f'<a href="{base}/">Quay về trang chủ</a></div>')
    return _page(base, head, "error404", None, _with_sidebar(base, inner), status=404)


# --- routing ---------------------------------------------------------------------------------

_CAT_RE = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_ARCH_RE = re.compile(r"^/(author|tag)/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_POST_RE = re.compile(r"^/([a-z0-9-]+)/(?:(amp|\d+)/)?$")


class NewspaperSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path == AJAX_PATH:
            return _ajax(request)
        if path.startswith("/wp-json"):
            return Response(401, json.dumps({"code": "rest_cannot_access", "message": "Chỉ người dùng đã xác thực mới "
                            "có thể truy cập REST API.", "data": {"status": 401}}, ensure_ascii=False),
                            {"Content-Type": "application/json; charset=UTF-8"})
        if path == f"{UP}/2026/12/2817-TB-SGDDT.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")):
            found = static_file(path)
            return found
        if path == "/wp-comments-post.php":
            return html("<html><body id=\"error-page\"><div class=\"wp-die-message\"><p><strong>Lỗi</strong>: Vui lòng "
                        "điền các trường bắt buộc (tên, email).</p></div></body></html>", status=409)
        if path == "/index.php" and request.method == "POST":
            return redirect(base_url(request) + "/", 302)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                            {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/feed/":
            return _feed(request)
        if path == "/":
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(_plink(base_url(request), s), 301) if s else _not_found(request)
            if "s" in params:
                return _search(request, params["s"])
            if request.query:
                return _home(request)
            return _home(request)
        m = _CAT_RE.match(path)
        if m:
            cat, page = m.group(1), m.group(2)
            if cat not in CATS:
                return _not_found(request)
            if page == "1":
                return redirect(_cat_link(base_url(request), cat), 301)
            return _category(request, cat, int(page or 1)) or _not_found(request)
        m = _ARCH_RE.match(path)
        if m:
            if m.group(3) == "1":
                return redirect(f"{base_url(request)}/{m.group(1)}/{m.group(2)}/", 301)
            return _archive(request, m.group(1), m.group(2), int(m.group(3) or 1)) or _not_found(request)
        if path in ATTACHMENTS:
            return _attachment(request, path)
        m = _POST_RE.match(path)
        if m:
            slug, extra = m.group(1), m.group(2)
            if slug in PAGES and not extra:
                return _wp_page(request, slug)
            s = BY_SLUG.get(slug)
            if s is None:
                return _not_found(request)
            if extra == "amp":
                return _amp(request, s)
            if extra:
                n = int(extra)
                if n == 1 or n > len(_pages_of(s)):
                    return redirect(_plink(base_url(request), s), 301)
                return _article(request, s, n)
            return _article(request, s)
        return _not_found(request)


def build_site() -> NewspaperSite:
    return NewspaperSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [f"/{s.slug}/amp/"]
    if len(_pages_of(s)) > 1:
        alts.append(f"/{s.slug}/2/")
    return gold_record(s, f"/{s.slug}/", CATS[s.opts["primary"]]["name"], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/thu-tuc-hanh-chinh/",
    "/lien-he/",
    f"/{B3.slug}/stem-le-loi-01/",
    f"/{B3.slug}/stem-le-loi-02/",
]
