"""Phòng Giáo dục và Đào tạo huyện Đức Trọng (Lâm Đồng) on WordPress 6.4 + Blocksy, block editor.

Platform
--------
WordPress 6.4.2 with the Blocksy 2.0 theme (header builder rows ``data-row``, ``ct-container``,
hero section ``hero-section`` type-1, archive cards ``article.entry-card`` with ``ul.entry-meta``
and ``time.ct-meta-element-date``, numbered ``nav.ct-pagination``, "Bài viết liên quan"
``ct-related-posts``, comments ``ct-comment-list``), Gutenberg blocks (columns, group, image +
``figcaption.wp-element-caption``, nested gallery, table, buttons, file, embeds, footnotes), Rank
Math SEO (``rank-math-schema`` JSON-LD graph, ``rank-math-breadcrumb`` shown through Blocksy's
``ct-breadcrumbs data-source="rankmath"``, Rank Math TOC block), plugins: a3 Lazy Load, Ad
Inserter, Cookie Notice, WP-Polls, WP Statistics, a Vietnamese text-to-speech player. Every URL
the site prints is absolute (``base_url``), as WordPress prints its home URL.

URL scheme
----------
- ``/`` static front page (blocks: "Tin mới nhất" latest-posts grid of 4, latest 3 of
  "Hoạt động chuyên môn", latest 3 of "Thông báo"); sidebar "Bài viết mới" (5) on every page.
- posts ``/tin-tuc/<slug>/`` (custom permalink base); ``/?p=<id>`` (the shortlink) and every
  path without its trailing slash answer 301 to the permalink; ``?replytocom=<comment id>``
  serves the same post (Rank Math "follow, noindex", the reply form titled "Trả lời …").
- categories ``/danh-muc/<slug>/`` and ``/danh-muc/<slug>/page/<n>/`` (4 posts a page; page/1/
  answers 301 to the first page); ``tin-tuc-su-kien`` and ``thong-bao`` paginate with numbers,
  ``hoat-dong-chuyen-mon`` with Blocksy's "load more" (see Traps).
- pages ``/<slug>/`` (gioi-thieu, co-cau-to-chuc, van-ban-chi-dao, thu-vien-anh, lien-he,
  chinh-sach-bao-mat); tags ``/tag/<slug>/``; author ``/author/quantri/`` (+ ``page/<n>/``);
  months ``/2026/<mm>/`` (only in the archive drop-down's option values); search ``/?s=<q>`` and
  ``/page/<n>/?s=<q>``; feeds ``/feed/`` (10 latest, excerpts only), ``/comments/feed/``,
  ``/danh-muc/<slug>/feed/``, ``/tin-tuc/<slug>/feed/`` (comments of a post); the oEmbed card
  ``/tin-tuc/<slug>/embed/``; an attachment page ``/tin-tuc/<post>/<attachment>/``.
- uploads ``/wp-content/uploads/YYYY/MM/<name>-1024x683.jpg`` (sizes -300x200, -768x512,
  -400x250 card crop, the bare name for the full file), PDFs and a .docx served as such.

Templates
---------
single post: breadcrumbs, ``h1.page-title``, (optional excerpt ``div.page-description``), meta
list (author account, "Cập nhật", "Ngày đăng", "Chuyên mục"), ``div.entry-content`` (the text and
whatever plugins add), tags, share box, sidebar, related posts (3 newest of the primary category),
comments + reply form. Listings: hero with ``<span class="ct-title-label">Danh mục:</span>``,
cards (thumbnail, category pills, h2 title, excerpt, date d/m/Y, comment count, "Đọc tiếp").

How each gold article is reached (posts are listed newest first, 4 a page)
-------------------------------------------------------------------------
- Tin tức - Sự kiện page 1: A1, A2, A3, A4; page 2: A7, A5, A6.
- Hoạt động chuyên môn page 1: A8, A3, A9, A7; page 2 (only through the load-more "next"): A10.
- Thông báo page 1: A11, A12, A13.
- Home / sidebar: A1, A8, A2, A11, A3, A9, A12, A13. A5, A6 and A10 are linked only from page 2+
  of a listing (category page 2, author page 3; A5 also in /feed/); related posts never show them.

Traps
-----
1. Load-more pagination (Hoạt động chuyên môn): ``nav.ct-pagination[data-pagination=load_more]``
   prints no page numbers, only a CSS-hidden ``a.next.page-numbers`` "Trang sau" next to a JS
   button "Xem thêm bài viết" (and Rank Math's ``<link rel="next">``). Gold: A10 is an article,
   reachable only there. The numbered categories wrap their numbers in ``div.ct-hidden-sm``.
2. Two dates per post in the hero, both ``time.ct-meta-element-date``: "Cập nhật" (modified,
   printed FIRST, in ``li.meta-updated-date``) then "Ngày đăng" (``li.meta-date``); the clock is
   WordPress's vi 12-hour "g:i a": "04/12/2026 lúc 3:20 chiều" is 15:20, "12:00 sáng" is
   midnight. Gold: the "Ngày đăng" date in 24-hour ISO with +07:00 (A1 "2026-12-04T15:20:00+07:00",
   never the "Cập nhật" one, A2's "05/12/2026 lúc 8:05 sáng" is an update); A6 was imported at
   midnight ("28/10/2026 lúc 12:00 sáng") -> the day alone "2026-10-28".
3. Posts filed in two categories (A3, A7): the meta line lists both, the post shows up in both
   listings (A7 first on "Tin tức - Sự kiện" page 2), the JSON-LD articleSection names both.
   Gold category: the breadcrumb's (Rank Math primary) one: A3 "Tin tức - Sự kiện", A7 "Hoạt
   động chuyên môn".
4. ``entry-content`` is not one element: Blocksy's header text element (today's date, hotline) is
   a ``div.entry-content``, and each comment is ``div.ct-comment-content.entry-content`` (A1 three
   comments, one a reply from the office; A8 one), after the related posts. Gold: no comment text
   in any body; the comments' "Trả lời" links ``?replytocom=31|32|33`` (A1) and ``?replytocom=40``
   (A8) serve the same post -> alt_paths.
5. Plugins write inside the text's container: the TTS player "🔊 Nghe đọc bài viết" + voice
   select at the top of every post since mid-November; Rank Math's TOC "Nội dung bài viết" with
   links to the headings (A4, between the TTS player and the lead); Ad Inserter's
   ``div.code-block.code-block-2`` after the 2nd paragraph (A1, A4) with a banner image and a bold
   ``<p>`` "Tra cứu kết quả tuyển sinh vào lớp 6 …". Gold: none of it is body; the banner is no
   image of the article.
6. a3 Lazy Load on every ``<img>``: ``src`` is ``lazy_placeholder.gif``, the file is in
   ``data-src`` / ``data-srcset`` and again in a ``<noscript><img src>`` copy. Gold images: each
   photo once, its ``data-src`` path (the -1024x683 size; classic posts the bare file), never the
   placeholder; card thumbnails (-400x250) and avatars (gravatar) are no images of the article.
7. Gallery block (A1): each nested image has its own figcaption (the caption); the gallery's own
   ``figcaption.blocks-gallery-caption`` "Ảnh: Lê Thị Hồng Nhung" credits them all -> photographer,
   not a caption of any image, not body. A2's only figcaption is "Ảnh: Thanh Tùng" -> caption None,
   Thanh Tùng photographer.
8. WordPress's own embed of another post (A9 embeds A7): ``blockquote.wp-embedded-content`` holding
   a link titled like A7 plus a hidden ``iframe`` to ``/tin-tuc/<A7>/embed/``. Gold: the blockquote
   is not a quote of the text (not body); the embed card page is a NON_ARTICLE (title, excerpt with
   "Đọc tiếp", comment count: not the article).
9. Attachment page: A10's photo links to ``/tin-tuc/<A10>/gv-mn-thi-day-gioi-01/``, which Rank Math
   does not redirect here: a post-like page (hero, breadcrumbs, "Ngày đăng", the image and its
   caption) titled with the file name. Gold: NON_ARTICLE.
10. Block-editor footnotes (A7): calls are bare ``<sup class="fn"><a>1</a></sup>`` (no text: "…phổ
   thông 2018, trong đó…"), the notes are ``ol.wp-block-footnotes`` printed AFTER the signature
   line, each ending in a "↩︎" back-link. Gold: the two notes are the last body paragraphs, without
   the "↩︎"; the signature between them is not body.
11. wptexturize vs Rank Math: the h1 prints ``&#8220;…&#8221;``, ``&#8211;``, ``&#8217;`` while the
   ``<title>``, og:title, JSON-LD headline, share links and the breadcrumb's last crumb keep what
   the editor typed (straight quotes, " - ") plus " - Phòng GD&ĐT Đức Trọng". Gold title: the h1
   as printed ("Ngày hội đọc sách “Sách – Ước mơ của em” tại Trường TH Liên Nghĩa", "… K’Ho …").
12. Excerpt in the hero (A3, A9): the manual excerpt printed as ``div.page-description`` between the
   h1 and the meta, not repeated in the content -> summary and the body's first paragraph. A6 (a
   classic-editor post) opens with a bold paragraph -> summary, also the first body paragraph.
   Listing excerpts ("…") and Rank Math's meta description are never summaries.
13. An official notice (A11) typed into table blocks: letterhead table, centred "THÔNG BÁO / Về
   việc …", then the text, the "Nơi nhận / TRƯỞNG PHÒNG / (đã ký) / Nguyễn Văn Thành" table and a
   file block. Gold: published_at "2026-11-30" (the letterhead's day), although the post's own
   date, the meta line, og and JSON-LD all say 01/12/2026 8:15; author Nguyễn Văn Thành; the
   letterhead, kind/subject, "Nơi nhận" table and "Tải xuống" are not body; "Thời gian thi …<br>Địa
   điểm …" is two paragraphs; the bold "1. Đối tượng dự thi" lines are paragraphs.
14. Non-text blocks inside the text: YouTube embed with its own figcaption "Clip: …" (A3: not a
   caption of an image, not body), the columns block (A3: the photo sits in the left column before
   the paragraphs of the right one; body order is column order), buttons + file block with a
   PDF ``<object>`` (A9), a file block with a .docx (A11). None is body.
15. A13 was pasted from a Mac: its text is decomposed (NFD) in the HTML; two lines start with a
   typed "📌". Gold: NFC text, the "📌 " kept (typed characters are text).
16. A6, a post migrated from the classic editor: ``<p>&nbsp;</p>`` spacers, a centred ``<img>`` in
   a ``<p>`` followed by a centred italic ``<p><em>`` caption line (caption, not body), a
   ``figure.wp-caption`` with ``figcaption.wp-caption-text``, a sentence starting "Theo thống kê của
   Công an huyện" (body, not a source) and a right-aligned "BBT" (nobody).

Gold decisions on ambiguous points
----------------------------------
- authors: the signature lines typed at the end of the text: "Trần Minh Khoa" (A1), "Bài: Thanh
  Tùng" (A2, also the photographer by "Ảnh: Thanh Tùng"), "Tin, ảnh: Nguyễn Thị Thu Hà (Trường TH
  Liên Nghĩa)" (A3, both roles, unit dropped), "Tổ Văn phòng" (A4, a unit signing alone), "Tin:
  ThS. Lê Văn Hậu – Ảnh: Đinh Quang Vinh" (A5), "Phạm Ngọc Ánh – Chuyên viên Phòng GD&ĐT" (A7, post
  dropped), "Hoàng Anh Tuấn" (A8), "Tin: Đỗ Thanh Bình (Trường THCS Hiệp An)" (A9), the notice's
  signer (A11). The meta line's "Người đăng: quantri" (the CMS account, also JSON-LD's author) is
  nobody; A6 "BBT" is nobody; A10, A12, A13 have no author.
- source: A2 "Nguồn: Báo Lâm Đồng" -> "Báo Lâm Đồng"; A13 "Theo Cổng TTĐT huyện Đức Trọng".
- tables in the text (A5 medal table, A12 schedule): each row a paragraph, the header row too,
  cells joined by " | ".
- headings in the text (A4's h2) are paragraphs; the TOC repeating them is not.
- category: the breadcrumb's (primary) category name exactly as printed ("Tin tức - Sự kiện"
  with a hyphen, as Rank Math prints the term).
- comments, the reply form, related posts, tags ("#năm học 2026-2027"), share box, sidebar and the
  cookie notice are chrome. The comment's own dates are no publication dates.
- alt_paths: only the ``?replytocom=`` URLs the comments link to; the 301s (``?p=``, no slash) and
  the embed card are not alt paths.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
import uuid
from datetime import datetime, timedelta
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_blocksy_gutenberg_pgd"
PLATFORM = (
    "WordPress 6.4 + Blocksy 2.0 (block editor), Rank Math SEO, a3 Lazy Load, Ad Inserter, "
    "Cookie Notice, WP-Polls"
)
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Đức Trọng"
ORG_NAME = "Phòng Giáo dục và Đào tạo huyện Đức Trọng"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4  # Settings > Reading > "Blog pages show at most"

#: category slug -> (name as the breadcrumb prints it, Blocksy pagination type, term id, description)
CATS = {
    "tin-tuc-su-kien": (
        "Tin tức - Sự kiện",
        "simple",
        3,
        "Tin tức, sự kiện của ngành Giáo dục và Đào tạo huyện Đức Trọng.",
    ),
    "hoat-dong-chuyen-mon": (
        "Hoạt động chuyên môn",
        "load_more",
        5,
        "Chuyên đề, hội thi, sinh hoạt chuyên môn các bậc học.",
    ),
    "thong-bao": ("Thông báo", "simple", 7, "Thông báo, kế hoạch của Phòng GD&ĐT."),
}

TAGS = {
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "hoc-sinh-dan-toc-thieu-so": "học sinh dân tộc thiểu số",
    "ngay-nha-giao-viet-nam": "ngày Nhà giáo Việt Nam",
    "doi-moi-phuong-phap": "đổi mới phương pháp",
}

U = "/wp-content/uploads"


def _right(inner: str, tag: str = "strong") -> Raw:
    """A signature line typed by the editor, right-aligned (Gutenberg alignment class)."""
    return Raw(f'<p class="has-text-align-right"><{tag}>{inner}</{tag}></p>')


_AD_BANNER = Raw(
    '<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;">\n'
    '<a href="@@B@@/danh-muc/thong-bao/"><img decoding="async" class="lazy lazy-hidden" '
    'src="@@B@@/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" data-lazy-type="image" '
    f'data-src="@@B@@{U}/2026/08/banner-tuyen-sinh-dau-cap-2026-2027.jpg" alt="Tuyển sinh đầu cấp" width="728" height="90" />'
    f'<noscript><img decoding="async" src="@@B@@{U}/2026/08/banner-tuyen-sinh-dau-cap-2026-2027.jpg" alt="Tuyển sinh đầu cấp" width="728" height="90" /></noscript></a>\n'
    '<p style="font-size: 14px; margin-top: 6px;"><strong>Tra cứu kết quả tuyển sinh vào lớp 6 năm học 2026 &#8211; 2027 '
    "và hướng dẫn nộp hồ sơ trực tuyến tại Cổng dịch vụ công tỉnh Lâm Đồng.</strong></p>\n"
    "</div>"
)

_COLS_OPEN = Raw(
    '<div class="wp-block-columns is-layout-flex wp-container-core-columns-layout-1 wp-block-columns-is-layout-flex">\n'
    '<div class="wp-block-column is-vertically-aligned-top is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:45%">'
)
_COLS_MID = Raw(
    '</div>\n<div class="wp-block-column is-vertically-aligned-top is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:55%">'
)
_COLS_CLOSE = Raw("</div>\n</div>")

_YOUTUBE = Raw(
    '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
    '<div class="wp-block-embed__wrapper">\n<iframe loading="lazy" title="Ngày hội đọc sách Trường TH Liên Nghĩa 2026" width="1200" height="675" '
    'src="https://www.youtube.com/embed/q3Xv7LhN0aE?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
    'encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>\n</div>'
    '<figcaption class="wp-element-caption">Clip: Học sinh lớp 4A giới thiệu cuốn sách &#8220;Dế Mèn phiêu lưu ký&#8221;</figcaption></figure>'
)

_GALLERY_OPEN = Raw(
    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-2 is-layout-flex wp-block-gallery-is-layout-flex">'
)
_GALLERY_CLOSE = Raw(
    '<figcaption class="blocks-gallery-caption wp-element-caption">Ảnh: Lê Thị Hồng Nhung</figcaption></figure>'
)


def _table_open(cls: str = "") -> Raw:
    return Raw(f'<figure class="wp-block-table{cls}"><table>')


_TABLE_CLOSE = Raw("</tbody></table></figure>")

_LETTERHEAD = Raw(
    '<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout"><tbody>'
    '<tr><td class="has-text-align-center" data-align="center">UBND HUYỆN ĐỨC TRỌNG<br><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>'
    '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td></tr>'
    '<tr><td class="has-text-align-center" data-align="center">Số: 1482/TB-PGDĐT</td>'
    '<td class="has-text-align-center" data-align="center"><em>Đức Trọng, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table></figure>\n"
    '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 '
    "năm học 2026 &#8211; 2027</strong></p>"
)
_SIGNATURE = Raw(
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
    "<td><em><strong>Nơi nhận:</strong></em><br>&#8211; Các trường THCS, TH&amp;THCS;<br>&#8211; Lãnh đạo Phòng;<br>"
    "&#8211; Website Phòng GD&amp;ĐT;<br>&#8211; Lưu: VT, CM.</td>"
    '<td class="has-text-align-center" data-align="center"><strong>TRƯỞNG PHÒNG</strong><br><br><em>(đã ký)</em><br><br>'
    "<strong>Nguyễn Văn Thành</strong></td></tr></tbody></table></figure>"
)
_FILE_HSG = Raw(
    '<div class="wp-block-file"><a id="wp-block-file--media-5b7e21c4-9f0d-4c8e-8a51-2d6f3c0e7a19" '
    f'href="@@B@@{U}/2026/12/Mau-danh-sach-HSG-lop-9-2026-2027.docx">Mau-danh-sach-HSG-lop-9-2026-2027</a>'
    f'<a href="@@B@@{U}/2026/12/Mau-danh-sach-HSG-lop-9-2026-2027.docx" class="wp-block-file__button wp-element-button" '
    'download aria-describedby="wp-block-file--media-5b7e21c4-9f0d-4c8e-8a51-2d6f3c0e7a19">Tải xuống</a></div>'
)
_BUTTONS_SHCM = Raw(
    '<div class="wp-block-buttons is-content-justification-center is-layout-flex wp-container-core-buttons-layout-1 wp-block-buttons-is-layout-flex">'
    '<div class="wp-block-button"><a class="wp-block-button__link has-vivid-red-background-color has-background wp-element-button" '
    f'href="@@B@@{U}/2026/11/ke-hoach-shcm-cum-hiep-thanh-hiep-an.pdf" target="_blank" rel="noreferrer noopener">'
    "Tải kế hoạch sinh hoạt chuyên môn cụm (PDF)</a></div></div>\n"
    f'<div class="wp-block-file"><object class="wp-block-file__embed" data="@@B@@{U}/2026/11/ke-hoach-shcm-cum-hiep-thanh-hiep-an.pdf" '
    'type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng của ke-hoach-shcm-cum-hiep-thanh-hiep-an."></object>'
    f'<a id="wp-block-file--media-0c4a9e57-33b1-4d0a-9a0f-6f2be1d4c8a3" href="@@B@@{U}/2026/11/ke-hoach-shcm-cum-hiep-thanh-hiep-an.pdf">'
    "ke-hoach-shcm-cum-hiep-thanh-hiep-an</a></div>"
)

# --- the 13 posts -------------------------------------------------------------------------

A1 = Story(
    id=1187,
    slug="hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs-nam-hoc-2026-2027",
    title="Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 – 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-04T15:20:00+07:00",
    blocks=[
        P(
            "Từ ngày 01 đến ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Đức Trọng tổ chức Hội thi Giáo viên "
            "chủ nhiệm lớp giỏi cấp THCS năm học 2026 – 2027 tại Trường THCS Chu Văn An, thị trấn Liên Nghĩa. "
            "Tham gia hội thi có 46 giáo viên đến từ 22 trường THCS và TH&THCS trên địa bàn huyện."
        ),
        P(
            "Hội thi gồm hai phần: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm. Ở phần thi "
            "thứ nhất, mỗi giáo viên trình bày một biện pháp đã áp dụng hiệu quả tại lớp mình chủ nhiệm trong năm "
            "học trước, có minh chứng về sự tiến bộ của học sinh."
        ),
        _AD_BANNER,
        P(
            "Nhiều biện pháp được ban giám khảo đánh giá cao như: xây dựng “góc chia sẻ” để học sinh bày tỏ cảm "
            "xúc, phối hợp với cha mẹ học sinh qua nhóm Zalo theo tổ, tổ chức sinh hoạt lớp theo chủ đề gắn với "
            "văn hóa các dân tộc K’Ho, Chu Ru."
        ),
        P(
            "Phần thi xử lý tình huống được tổ chức theo hình thức bốc thăm. Các tình huống xoay quanh những vấn "
            "đề giáo viên chủ nhiệm thường gặp: học sinh nghỉ học kéo dài, bạo lực học đường, sử dụng mạng xã hội "
            "thiếu kiểm soát, mâu thuẫn giữa học sinh và gia đình."
        ),
        _GALLERY_OPEN,
        Img(
            f"{U}/2026/12/hoi-thi-gvcn-gioi-thcs-01-1024x683.jpg",
            "Cô Lương Thị Thu Hương (Trường THCS Nguyễn Du) trình bày biện pháp giáo dục học sinh",
            "Cô Lương Thị Thu Hương (Trường THCS Nguyễn Du) trình bày biện pháp giáo dục học sinh",
            style="gal",
        ),
        Img(
            f"{U}/2026/12/hoi-thi-gvcn-gioi-thcs-02-1024x683.jpg",
            "Ban giám khảo chấm phần thi xử lý tình huống sư phạm",
            "Ban giám khảo chấm phần thi xử lý tình huống sư phạm",
            style="gal",
        ),
        Img(
            f"{U}/2026/12/hoi-thi-gvcn-gioi-thcs-03-1024x683.jpg",
            "Các thí sinh bốc thăm tình huống",
            "Các thí sinh bốc thăm tình huống",
            style="gal",
        ),
        _GALLERY_CLOSE,
        P(
            "Phát biểu bế mạc hội thi, bà Nguyễn Thị Minh Hòa, Phó Trưởng phòng GD&ĐT huyện ghi nhận sự chuẩn bị "
            "công phu, nghiêm túc của các thí sinh. Bà đề nghị các nhà trường nhân rộng những biện pháp hay, đồng "
            "thời quan tâm bồi dưỡng đội ngũ giáo viên chủ nhiệm trẻ."
        ),
        P(
            "Kết quả, Ban tổ chức công nhận 31 giáo viên đạt danh hiệu Giáo viên chủ nhiệm lớp giỏi cấp huyện; "
            "trao 01 giải Nhất, 02 giải Nhì, 04 giải Ba và 06 giải Khuyến khích. Giải Nhất thuộc về cô Lương Thị "
            "Thu Hương, Trường THCS Nguyễn Du."
        ),
        _right("Trần Minh Khoa"),
    ],
    authors=["Trần Minh Khoa"],
    photographers=["Lê Thị Hồng Nhung"],
    opts={
        "raw_title": "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        "cats": ["tin-tuc-su-kien"],
        "modified": "2026-12-04T16:02:31+07:00",
        "tags": ["nam-hoc-2026-2027"],
        "tts": True,
        "comments": [
            {
                "id": 31,
                "parent": 0,
                "author": "Phạm Thị Lan",
                "when": "2026-12-04T20:11:05+07:00",
                "text": "Hội thi rất ý nghĩa, giúp giáo viên chủ nhiệm trẻ như chúng tôi học hỏi được nhiều kinh "
                "nghiệm xử lý tình huống sư phạm. Mong Phòng tiếp tục tổ chức hội thi ở cấp tiểu học.",
            },
            {
                "id": 32,
                "parent": 31,
                "author": "Phòng GD&ĐT Đức Trọng",
                "when": "2026-12-05T07:42:10+07:00",
                "text": "Cảm ơn cô Lan đã quan tâm. Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học dự kiến "
                "được tổ chức vào học kỳ II năm học 2026 – 2027, Phòng sẽ có văn bản hướng dẫn gửi các trường.",
            },
            {
                "id": 33,
                "parent": 0,
                "author": "Nguyễn Quốc Bảo",
                "when": "2026-12-05T09:26:44+07:00",
                "text": "Chúc mừng cô Hương và tập thể Trường THCS Nguyễn Du. Biện pháp “góc chia sẻ” của cô rất "
                "đáng để các trường học tập, nhất là với học sinh lớp 6 mới chuyển cấp.",
            },
        ],
    },
)

A2 = Story(
    id=1179,
    slug="trao-120-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so-co-hoan-canh-kho-khan",
    title="Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-02T09:10:00+07:00",
    blocks=[
        P(
            "Sáng 01/12, tại Hội trường UBND huyện Đức Trọng, Phòng GD&ĐT huyện phối hợp với Hội Khuyến học huyện "
            "và Quỹ Bảo trợ trẻ em tỉnh Lâm Đồng tổ chức trao 120 suất học bổng cho học sinh dân tộc thiểu số có "
            "hoàn cảnh khó khăn, vượt khó học tốt."
        ),
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo một bộ sách giáo khoa và đồ dùng học tập. Tổng giá "
            "trị các phần quà hơn 300 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài huyện đóng góp."
        ),
        Img(f"{U}/2026/12/trao-hoc-bong-hs-dtts-2026-1024x683.jpg", "Ảnh: Thanh Tùng", None, style="fig"),
        P(
            "Các em nhận học bổng đang theo học tại 35 trường tiểu học, THCS trên địa bàn các xã Tà Năng, Đà "
            "Loan, Tà Hine, Ninh Loan, Đa Quyn và Phú Hội. Phần lớn các em là con em đồng bào K’Ho, Chu Ru, có cha "
            "mẹ làm nông, thu nhập bấp bênh."
        ),
        P(
            "Em Ka Huyền, học sinh lớp 8A Trường THCS Tà Năng xúc động chia sẻ: “Em sẽ dùng số tiền học bổng để "
            "mua thêm sách tham khảo và cố gắng học thật giỏi để sau này trở thành cô giáo dạy ở chính quê mình”."
        ),
        P(
            "Dịp này, Phòng GD&ĐT cũng phát động chương trình “Áo ấm cho em” năm 2026, vận động cán bộ, giáo viên "
            "toàn ngành quyên góp áo ấm, chăn màn gửi tới học sinh vùng khó khăn trước mùa khô lạnh."
        ),
        _right("Bài: Thanh Tùng", "em"),
        Raw("<p><em>Nguồn: Báo Lâm Đồng</em></p>"),
    ],
    authors=["Thanh Tùng"],
    photographers=["Thanh Tùng"],
    source="Báo Lâm Đồng",
    opts={
        "cats": ["tin-tuc-su-kien"],
        "modified": "2026-12-05T08:05:12+07:00",
        "tags": ["hoc-sinh-dan-toc-thieu-so"],
        "tts": True,
    },
)

A3 = Story(
    id=1163,
    slug="ngay-hoi-doc-sach-sach-uoc-mo-cua-em-tai-truong-th-lien-nghia",
    title="Ngày hội đọc sách “Sách – Ước mơ của em” tại Trường TH Liên Nghĩa",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-27T10:30:00+07:00",
    summary=(
        "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 26/11, Trường TH Liên Nghĩa tổ chức "
        "Ngày hội đọc sách với chủ đề “Sách – Ước mơ của em”, thu hút hơn 1.200 học sinh tham gia."
    ),
    sapo_outside=True,
    blocks=[
        _COLS_OPEN,
        Img(
            f"{U}/2026/11/ngay-hoi-doc-sach-th-lien-nghia-01-1024x683.jpg",
            "Học sinh khối 3 tham gia đố vui “Rung chuông sách”",
            "Học sinh khối 3 tham gia đố vui “Rung chuông sách”",
            style="fig",
        ),
        _COLS_MID,
        P(
            "Ngày hội gồm nhiều hoạt động phong phú: trưng bày sách theo chủ đề, giới thiệu sách qua tranh vẽ, kể "
            "chuyện theo sách, đố vui “Rung chuông sách” và hội chợ đổi sách cũ lấy sách mới."
        ),
        P(
            "Mỗi lớp được bố trí một gian trưng bày do chính học sinh trang trí. Nhiều gian sáng tạo với mô hình "
            "cây sách, ngôi nhà sách làm từ vật liệu tái chế."
        ),
        _COLS_CLOSE,
        P(
            "Điểm nhấn của ngày hội là phần thi giới thiệu sách của học sinh khối 4, 5. Các em tự tin kể lại nội "
            "dung, nêu cảm nghĩ về nhân vật và bài học rút ra từ cuốn sách yêu thích."
        ),
        _YOUTUBE,
        P(
            "Theo cô Trần Thị Ngọc Bích, Hiệu trưởng nhà trường, ngày hội nhằm khơi dậy niềm yêu thích đọc sách, "
            "giúp học sinh hình thành thói quen đọc mỗi ngày. Sau ngày hội, thư viện trường tiếp nhận thêm gần "
            "800 đầu sách do phụ huynh và học sinh ủng hộ."
        ),
        Img(
            f"{U}/2026/11/ngay-hoi-doc-sach-th-lien-nghia-02-1024x683.jpg",
            "Phụ huynh cùng học sinh tham quan gian trưng bày sách",
            "Phụ huynh cùng học sinh tham quan gian trưng bày sách",
            style="fig",
        ),
        _right("Tin, ảnh: Nguyễn Thị Thu Hà (Trường TH Liên Nghĩa)"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    opts={
        "raw_title": 'Ngày hội đọc sách "Sách - Ước mơ của em" tại Trường TH Liên Nghĩa',
        "cats": ["tin-tuc-su-kien", "hoat-dong-chuyen-mon"],
        "modified": "2026-11-27T10:48:09+07:00",
        "tags": ["doi-moi-phuong-phap"],
        "tts": True,
    },
)

A4 = Story(
    id=1140,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-19T16:40:00+07:00",
    blocks=[
        P(
            "Sáng 18/11, Phòng GD&ĐT huyện Đức Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        P(
            "Dự buổi lễ có ông Võ Đình Phong, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các ban, ngành, đoàn thể "
            "huyện cùng hơn 250 cán bộ quản lý, giáo viên, nhân viên đại diện cho các trường học trên địa bàn."
        ),
        _AD_BANNER,
        P("Những kết quả nổi bật của ngành", "h2 id=nhung-ket-qua-noi-bat-cua-nganh"),
        P(
            "Năm học 2025 – 2026, ngành giáo dục huyện có 112 trường học với hơn 47.000 học sinh. Chất lượng giáo "
            "dục toàn diện tiếp tục được nâng lên; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,8%, tỷ "
            "lệ học sinh tốt nghiệp THCS đạt 99,5%."
        ),
        P(
            "Toàn huyện có 78/112 trường đạt chuẩn quốc gia, tăng 6 trường so với năm học trước. Công tác chuyển "
            "đổi số được đẩy mạnh, 100% trường học sử dụng sổ điểm điện tử và học bạ số."
        ),
        P("Tuyên dương nhà giáo tiêu biểu", "h2 id=tuyen-duong-nha-giao-tieu-bieu"),
        P(
            "Tại buổi lễ, UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc; Phòng GD&ĐT tuyên "
            "dương 20 giáo viên tiêu biểu có nhiều đóng góp trong công tác dạy học vùng đồng bào dân tộc thiểu số."
        ),
        Img(
            f"{U}/2026/11/ky-niem-20-11-2026-tuyen-duong-1024x683.jpg",
            "Lãnh đạo UBND huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo UBND huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
            style="fig",
        ),
        P("Nhiệm vụ trong thời gian tới", "h2 id=nhiem-vu-trong-thoi-gian-toi"),
        P(
            "Phát biểu tại buổi lễ, ông Võ Đình Phong biểu dương những nỗ lực của đội ngũ nhà giáo trong thời gian "
            "qua. Ông đề nghị ngành tập trung thực hiện tốt Chương trình giáo dục phổ thông 2018, nâng cao chất "
            "lượng dạy học ngoại ngữ, tin học và tiếp tục sắp xếp mạng lưới trường lớp hợp lý."
        ),
        P(
            "Cũng trong dịp này, Công đoàn ngành đã trao 15 suất quà cho giáo viên có hoàn cảnh khó khăn và tổ "
            "chức giải bóng chuyền hơi chào mừng ngày 20/11."
        ),
        _right("Tổ Văn phòng"),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "raw_title": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "cats": ["tin-tuc-su-kien"],
        "modified": "2026-11-19T17:05:40+07:00",
        "tags": ["ngay-nha-giao-viet-nam"],
        "tts": True,
        "toc": True,
    },
)

A5 = Story(
    id=1102,
    slug="be-mac-hoi-khoe-phu-dong-huyen-duc-trong-lan-thu-xiii",
    title="Bế mạc Hội khỏe Phù Đổng huyện Đức Trọng lần thứ XIII",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-12T14:00:00+07:00",
    blocks=[
        P(
            "Sau 5 ngày tranh tài sôi nổi (từ ngày 06 đến 10/11/2026), Hội khỏe Phù Đổng huyện Đức Trọng lần thứ "
            "XIII đã bế mạc chiều 10/11 tại Nhà thi đấu đa năng huyện."
        ),
        P(
            "Hội khỏe năm nay có hơn 1.100 vận động viên là học sinh tiểu học và THCS của 15 cụm trường tranh tài "
            "ở 8 môn: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, cờ vua, đá cầu và võ cổ truyền."
        ),
        Img(
            f"{U}/2026/11/hkpd-duc-trong-xiii-chay-100m-1024x683.jpg",
            "Nội dung chạy 100m nam lứa tuổi THCS",
            "Nội dung chạy 100m nam lứa tuổi THCS",
            style="fig",
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 96 huy chương Vàng, 96 huy chương Bạc và 158 huy chương Đồng. Các đơn vị "
            "dẫn đầu bảng tổng sắp huy chương như sau:"
        ),
        _table_open(" is-style-stripes"),
        Raw("<thead>"),
        P("Đơn vị | Vàng | Bạc | Đồng", "th"),
        Raw("</thead><tbody>"),
        P("Cụm Liên Nghĩa | 21 | 17 | 25", "row"),
        P("Cụm Hiệp Thạnh | 14 | 12 | 19", "row"),
        P("Cụm Ninh Gia | 11 | 13 | 16", "row"),
        _TABLE_CLOSE,
        P(
            "Ban tổ chức trao cờ giải Nhất toàn đoàn cho cụm trường thị trấn Liên Nghĩa, giải Nhì cho cụm Hiệp "
            "Thạnh và giải Ba cho cụm Ninh Gia."
        ),
        P(
            "Qua hội khỏe, Phòng GD&ĐT sẽ tuyển chọn những vận động viên xuất sắc để thành lập đội tuyển tham gia "
            "Hội khỏe Phù Đổng tỉnh Lâm Đồng năm 2027."
        ),
        _right("Tin: ThS. Lê Văn Hậu &#8211; Ảnh: Đinh Quang Vinh"),
    ],
    authors=["Lê Văn Hậu"],
    photographers=["Đinh Quang Vinh"],
    opts={"cats": ["tin-tuc-su-kien"], "modified": "2026-11-12T14:21:03+07:00"},
)

A6 = Story(
    id=1058,
    slug="phat-dong-thang-cao-diem-an-toan-giao-thong-cho-hoc-sinh",
    title="Phát động Tháng cao điểm an toàn giao thông cho học sinh",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-28",
    summary=(
        "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông cho học sinh, ngày 27/10/2026, "
        "Phòng GD&ĐT phối hợp với Công an huyện Đức Trọng tổ chức lễ phát động Tháng cao điểm an toàn giao "
        "thông tại Trường THCS Phú Hội."
    ),
    blocks=[
        P(
            "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông cho học sinh, ngày 27/10/2026, "
            "Phòng GD&ĐT phối hợp với Công an huyện Đức Trọng tổ chức lễ phát động Tháng cao điểm an toàn giao "
            "thông tại Trường THCS Phú Hội.",
            "classic b",
        ),
        Raw("<p>&nbsp;</p>"),
        P(
            "Tại buổi lễ, đại diện Đội Cảnh sát giao thông – trật tự Công an huyện đã tuyên truyền các quy định về "
            "đội mũ bảo hiểm, không điều khiển xe máy khi chưa đủ tuổi, kỹ năng đi bộ và qua đường an toàn.",
            "classic",
        ),
        Img(
            f"{U}/2026/10/phat-dong-atgt-phu-hoi-1.jpg",
            "Cán bộ Công an huyện tuyên truyền cho học sinh Trường THCS Phú Hội",
            "Cán bộ Công an huyện tuyên truyền cho học sinh Trường THCS Phú Hội",
            style="classic-p",
        ),
        P(
            "Theo thống kê của Công an huyện, từ đầu năm 2026 đến nay trên địa bàn xảy ra 7 vụ tai nạn giao thông "
            "liên quan đến học sinh, làm 2 em tử vong và 6 em bị thương. Nguyên nhân chủ yếu do học sinh điều khiển "
            "xe mô tô khi chưa có giấy phép lái xe, chở quá số người quy định.",
            "classic",
        ),
        P(
            "Dịp này, 500 mũ bảo hiểm đạt chuẩn đã được trao tặng cho học sinh lớp 6 của các trường THCS vùng ven.",
            "classic",
        ),
        Img(
            f"{U}/2026/10/phat-dong-atgt-phu-hoi-2.jpg",
            "Trao tặng mũ bảo hiểm cho học sinh lớp 6",
            "Trao tặng mũ bảo hiểm cho học sinh lớp 6",
            style="classic",
        ),
        P(
            "Phòng GD&ĐT đề nghị các nhà trường đưa nội dung cam kết an toàn giao thông vào sinh hoạt lớp, phối "
            "hợp chặt chẽ với cha mẹ học sinh để quản lý việc đi lại của các em.",
            "classic",
        ),
        Raw("<p>&nbsp;</p>"),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    opts={
        "cats": ["tin-tuc-su-kien"],
        "date": "2026-10-28T00:00:00+07:00",
        "modified": "2026-10-28T00:00:00+07:00",
        "classic": True,
    },
)

A7 = Story(
    id=1131,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem-mon-toan-thcs",
    title="Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm” môn Toán cấp THCS",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-18T16:05:00+07:00",
    blocks=[
        P(
            "Ngày 17/11, tại Trường THCS Lê Lợi (xã Hiệp An), Phòng GD&ĐT tổ chức chuyên đề “Dạy học phát triển "
            "năng lực qua hoạt động trải nghiệm” môn Toán cấp THCS cho hơn 90 giáo viên dạy Toán trên địa bàn huyện."
        ),
        P(
            "Chuyên đề được triển khai nhằm cụ thể hóa yêu cầu của Chương trình giáo dục phổ thông 2018, trong đó "
            "nhấn mạnh việc tổ chức cho học sinh vận dụng kiến thức toán học vào giải quyết các vấn đề thực tiễn.",
            "sup1@2018",
        ),
        P(
            "Giáo viên Nguyễn Hoàng Yến dạy minh họa tiết “Thu thập và biểu diễn dữ liệu” ở lớp 7 với hoạt động học "
            "sinh khảo sát lượng rác thải nhựa của gia đình trong một tuần, sau đó lập bảng, vẽ biểu đồ và đề xuất "
            "giải pháp giảm thiểu."
        ),
        Img(
            f"{U}/2026/11/chuyen-de-toan-thcs-le-loi-1024x683.jpg",
            "Học sinh lớp 7A trình bày kết quả khảo sát theo nhóm",
            "Học sinh lớp 7A trình bày kết quả khảo sát theo nhóm",
            style="fig",
        ),
        P(
            "Trong phần thảo luận, các giáo viên tập trung phân tích cách thiết kế nhiệm vụ học tập gắn với bối "
            "cảnh địa phương, cách đánh giá năng lực mô hình hóa toán học của học sinh qua sản phẩm nhóm.",
            "sup2@hóa_toán_học",
        ),
        P(
            "Theo đánh giá của tổ chuyên môn, hình thức dạy học này giúp học sinh hứng thú hơn, tuy nhiên giáo viên "
            "cần chuẩn bị kỹ về thời gian và phương án tổ chức đối với các lớp có sĩ số đông."
        ),
        _right("Phạm Ngọc Ánh &#8211; Chuyên viên Phòng GD&amp;ĐT"),
        P(
            "Chương trình giáo dục phổ thông ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ "
            "trưởng Bộ Giáo dục và Đào tạo.",
            "fn",
        ),
        P(
            "Năng lực mô hình hóa toán học là một trong năm thành phần của năng lực toán học được quy định trong "
            "Chương trình môn Toán năm 2018.",
            "fn",
        ),
    ],
    authors=["Phạm Ngọc Ánh"],
    opts={
        "raw_title": 'Chuyên đề "Dạy học phát triển năng lực qua hoạt động trải nghiệm" môn Toán cấp THCS',
        "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"],
        "modified": "2026-11-18T16:30:52+07:00",
        "tags": ["doi-moi-phuong-phap"],
        "tts": True,
    },
)

A8 = Story(
    id=1184,
    slug="boi-duong-tieng-kho-cho-giao-vien-cong-tac-vung-dong-bao-dan-toc-thieu-so",
    title="Bồi dưỡng tiếng K’Ho cho giáo viên công tác tại vùng đồng bào dân tộc thiểu số",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T08:30:00+07:00",
    blocks=[
        P(
            "Từ ngày 23/11 đến ngày 02/12/2026, Phòng GD&ĐT huyện Đức Trọng phối hợp với Trường Cao đẳng Sư phạm "
            "Đà Lạt mở lớp bồi dưỡng tiếng K’Ho cho 45 cán bộ quản lý, giáo viên đang công tác tại các trường vùng "
            "đồng bào dân tộc thiểu số."
        ),
        P(
            "Trong 10 ngày, học viên được học phát âm, từ vựng giao tiếp thông dụng, cách chào hỏi, xưng hô theo "
            "phong tục của người K’Ho; đồng thời tìm hiểu về văn hóa cồng chiêng, lễ hội và đời sống của đồng bào."
        ),
        P(
            "Điểm mới của khóa học là phần thực hành giao tiếp tại thôn Bon Rơm, xã Đà Loan. Học viên trực tiếp trò "
            "chuyện với người dân, ghi chép các tình huống giao tiếp thường gặp khi đến thăm gia đình học sinh."
        ),
        Img(
            f"{U}/2026/12/boi-duong-tieng-kho-bon-rom-1024x683.jpg",
            "Học viên thực hành giao tiếp với người dân thôn Bon Rơm",
            "Học viên thực hành giao tiếp với người dân thôn Bon Rơm",
            style="fig",
        ),
        P(
            "Cô Ka Nhi, giáo viên Trường Mầm non Tà Hine cho biết, dù là người K’Ho nhưng lần đầu cô được học bài "
            "bản về chữ viết và ngữ pháp tiếng mẹ đẻ. Kiến thức này giúp cô tự tin hơn khi hỗ trợ trẻ mầm non "
            "chuẩn bị tiếng Việt trước khi vào lớp 1."
        ),
        P(
            "Kết thúc khóa học, 43 học viên được cấp chứng chỉ. Phòng GD&ĐT sẽ tiếp tục mở lớp thứ hai vào tháng "
            "3/2027 cho giáo viên các trường còn lại."
        ),
        _right("Hoàng Anh Tuấn"),
    ],
    authors=["Hoàng Anh Tuấn"],
    opts={
        "raw_title": "Bồi dưỡng tiếng K'Ho cho giáo viên công tác tại vùng đồng bào dân tộc thiểu số",
        "cats": ["hoat-dong-chuyen-mon"],
        "modified": "2026-12-03T09:14:20+07:00",
        "tags": ["nam-hoc-2026-2027", "hoc-sinh-dan-toc-thieu-so"],
        "tts": True,
        "comments": [
            {
                "id": 40,
                "parent": 0,
                "author": "Trần Văn Lực",
                "when": "2026-12-03T21:05:37+07:00",
                "text": "Lớp bồi dưỡng rất thiết thực. Tôi dạy ở Tà Năng đã 6 năm mà vẫn chỉ biết vài câu chào "
                "hỏi, mong Phòng sớm mở lớp thứ hai để giáo viên chúng tôi được tham gia.",
            },
        ],
    },
)

A9 = Story(
    id=1152,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-hiep-thanh-hiep-an",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Hiệp Thạnh – Hiệp An",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-25T13:45:00+07:00",
    summary=(
        "Ngày 24/11, cụm chuyên môn Hiệp Thạnh – Hiệp An tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài "
        "học môn Ngữ văn lớp 6, với sự tham gia của 38 giáo viên đến từ 5 trường THCS."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Bài học được chọn nghiên cứu là văn bản “Cô bé bán diêm” của nhà văn An-đéc-xen. Giáo viên Vũ Thị Mai, "
            "Trường THCS Hiệp Thạnh dạy minh họa tại lớp 6A2; các giáo viên dự giờ tập trung quan sát hoạt động học "
            "của học sinh thay vì nhận xét giáo viên như trước đây."
        ),
        Img(
            f"{U}/2026/11/shcm-nghien-cuu-bai-hoc-hiep-thanh-1024x683.jpg",
            "Tiết dạy minh họa tại lớp 6A2 Trường THCS Hiệp Thạnh",
            "Tiết dạy minh họa tại lớp 6A2 Trường THCS Hiệp Thạnh",
            style="fig",
        ),
        P(
            "Sau tiết dạy, các thành viên trong cụm chia sẻ những điều quan sát được: học sinh nào chưa tham gia "
            "hoạt động nhóm, vì sao các em gặp khó khăn, câu hỏi nào giúp học sinh suy nghĩ sâu hơn về số phận "
            "nhân vật."
        ),
        Raw("@@EMBED_A7@@"),
        P(
            "Đại diện Phòng GD&ĐT đánh giá cao cách tổ chức của cụm, đồng thời lưu ý các trường cần ghi hình tiết "
            "dạy để phục vụ việc phân tích sau giờ học và lưu trữ làm tư liệu bồi dưỡng giáo viên."
        ),
        _BUTTONS_SHCM,
        _right("Tin: Đỗ Thanh Bình (Trường THCS Hiệp An)"),
    ],
    authors=["Đỗ Thanh Bình"],
    opts={
        "raw_title": "Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Hiệp Thạnh - Hiệp An",
        "cats": ["hoat-dong-chuyen-mon"],
        "modified": "2026-11-25T14:02:55+07:00",
        "tags": ["nam-hoc-2026-2027", "doi-moi-phuong-phap"],
        "tts": True,
    },
)

ATTACHMENT_SLUG = "gv-mn-thi-day-gioi-01"

A10 = Story(
    id=1090,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non-nam-hoc-2026-2027",
    title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-06T09:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 02 đến ngày 05/11/2026, Phòng GD&ĐT huyện Đức Trọng tổ chức Hội thi Giáo viên dạy giỏi cấp "
            "huyện bậc học Mầm non năm học 2026 – 2027 với sự tham gia của 58 giáo viên đến từ 31 trường mầm non "
            "công lập và ngoài công lập."
        ),
        P(
            "Mỗi giáo viên phải trải qua ba phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục "
            "trẻ; kiểm tra hiểu biết về chương trình giáo dục mầm non; thực hành tổ chức hoạt động giáo dục trẻ tại "
            "lớp."
        ),
        Img(
            f"{U}/2026/11/{ATTACHMENT_SLUG}-1024x683.jpg",
            "Cô Lê Thị Thảo, Trường MN Hoa Hồng tổ chức hoạt động khám phá cho trẻ 5 tuổi",
            "Cô Lê Thị Thảo, Trường MN Hoa Hồng tổ chức hoạt động khám phá cho trẻ 5 tuổi",
            style="fig-att",
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, đồ dùng đồ chơi tự làm từ nguyên vật liệu sẵn có ở địa phương "
            "như vỏ cà phê, lõi ngô, ống tre. Nhiều giáo viên lồng ghép khéo léo nội dung giáo dục kỹ năng sống, "
            "tăng cường tiếng Việt cho trẻ người dân tộc thiểu số."
        ),
        P(
            "Kết quả có 42 giáo viên được công nhận Giáo viên dạy giỏi cấp huyện. Ban tổ chức chọn 6 giáo viên có "
            "thành tích cao nhất tham gia hội thi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
        ),
    ],
    opts={
        "raw_title": "Hội thi Giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026 - 2027",
        "cats": ["hoat-dong-chuyen-mon"],
        "modified": "2026-11-06T09:31:18+07:00",
    },
)

A11 = Story(
    id=1171,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện nhiệm vụ năm "
            "học 2026 – 2027, Phòng Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 "
            "như sau:"
        ),
        P("1. Đối tượng dự thi", "b"),
        P(
            "Học sinh đang học lớp 9 tại các trường THCS, TH&THCS trên địa bàn huyện, có kết quả học tập học kỳ I "
            "đạt mức Tốt, kết quả rèn luyện đạt mức Tốt."
        ),
        P("2. Môn thi và hình thức thi", "b"),
        P(
            "Gồm các môn: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học, Giáo dục công "
            "dân. Các môn thi theo hình thức tự luận, thời gian làm bài 150 phút; riêng môn Tin học thi thực hành "
            "trên máy tính."
        ),
        P("3. Thời gian, địa điểm", "b"),
        P("Thời gian thi: ngày 15/01/2027. Thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút."),
        P("Địa điểm: Trường THCS Chu Văn An, thị trấn Liên Nghĩa, huyện Đức Trọng.", "brk"),
        P("4. Hồ sơ đăng ký", "b"),
        P(
            "Các trường lập danh sách học sinh dự thi (theo mẫu đính kèm) gửi về Phòng Giáo dục và Đào tạo (qua bộ "
            "phận chuyên môn THCS) trước ngày 20/12/2026, đồng thời gửi bản mềm qua địa chỉ email "
            "chuyenmonthcs.ductrong@lamdong.edu.vn."
        ),
        P(
            "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc nội dung "
            "thông báo này./."
        ),
        _SIGNATURE,
        _FILE_HSG,
    ],
    authors=["Nguyễn Văn Thành"],
    opts={
        "raw_title": "Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
        "cats": ["thong-bao"],
        "date": "2026-12-01T08:15:00+07:00",
        "modified": "2026-12-01T08:20:44+07:00",
        "tags": ["nam-hoc-2026-2027"],
        "tts": True,
    },
)

A12 = Story(
    id=1125,
    slug="ke-hoach-to-chuc-giao-luu-olympic-tieng-anh-cap-tieu-hoc-nam-2026",
    title="Kế hoạch tổ chức Giao lưu “Olympic Tiếng Anh” cấp tiểu học năm 2026",
    cat="Thông báo",
    published_at="2026-11-16T10:00:00+07:00",
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích, khuyến khích học sinh tiểu học yêu thích môn Tiếng Anh, Phòng GD&ĐT huyện "
            "Đức Trọng tổ chức Giao lưu “Olympic Tiếng Anh” cấp tiểu học năm 2026 dành cho học sinh lớp 4 và lớp 5."
        ),
        P(
            "Mỗi trường tiểu học, TH&THCS chọn cử 01 đội gồm 03 học sinh khối 4 hoặc khối 5. Nội dung giao lưu "
            "bám sát chương trình môn Tiếng Anh cấp tiểu học, gồm các phần: khởi động, nghe hiểu, tìm hiểu văn hóa "
            "các nước nói tiếng Anh và tài năng."
        ),
        P("Lịch tổ chức cụ thể như sau:"),
        _table_open(),
        Raw("<thead>"),
        P("Thời gian | Nội dung | Địa điểm", "th"),
        Raw("</thead><tbody>"),
        P("Trước 30/11/2026 | Các trường gửi danh sách đội tham gia | Phòng GD&ĐT (bộ phận Tiểu học)", "row"),
        P("07/12/2026 | Vòng loại theo cụm trường | Các trường đầu cụm", "row"),
        P("14/12/2026 | Vòng chung kết | Hội trường Trường TH Kim Đồng", "row"),
        _TABLE_CLOSE,
        P(
            "Danh sách đội tham gia gửi qua email tieuhoc.ductrong@lamdong.edu.vn. Sau thời hạn trên, Ban tổ chức "
            "không nhận thêm đăng ký."
        ),
    ],
    opts={
        "raw_title": 'Kế hoạch tổ chức Giao lưu "Olympic Tiếng Anh" cấp tiểu học năm 2026',
        "cats": ["thong-bao"],
        "modified": "2026-11-24T15:12:08+07:00",
        "tts": True,
    },
)

A13 = Story(
    id=1040,
    slug="thong-bao-hoc-sinh-cac-xa-ta-nang-da-loan-nghi-hoc-do-mua-lon",
    title="Thông báo học sinh các xã Tà Năng, Đà Loan nghỉ học do mưa lớn kéo dài",
    cat="Thông báo",
    published_at="2026-10-21T15:30:00+07:00",
    blocks=[
        P(
            "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường liên xã bị sạt lở, ngập sâu, Phòng GD&ĐT huyện Đức "
            "Trọng thông báo cho học sinh các trường mầm non, tiểu học và THCS trên địa bàn hai xã Tà Năng và Đà Loan "
            "nghỉ học để bảo đảm an toàn."
        ),
        P("📌 Thời gian nghỉ học: từ ngày 22/10/2026 đến hết ngày 23/10/2026."),
        P("📌 Thời gian đi học trở lại: Phòng sẽ có thông báo sau, căn cứ vào tình hình thời tiết thực tế."),
        P(
            "Các trường có trách nhiệm thông báo kịp thời đến cha mẹ học sinh qua nhóm Zalo lớp, tin nhắn SMS; giáo "
            "viên chủ nhiệm theo dõi, nắm tình hình học sinh và báo cáo về Phòng trước 16 giờ hằng ngày."
        ),
        Raw("<p><em>Theo Cổng TTĐT huyện Đức Trọng</em></p>"),
    ],
    source="Cổng TTĐT huyện Đức Trọng",
    opts={"cats": ["thong-bao"], "modified": "2026-10-21T15:36:50+07:00", "nfd": True},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {st.id: st for st in STORIES}
BY_SLUG = {st.slug: st for st in STORIES}

#: the pages of the site (slug -> page id, title); their bodies are built further down
PAGES = {
    "gioi-thieu": (2, "Giới thiệu chung"),
    "co-cau-to-chuc": (14, "Cơ cấu tổ chức"),
    "van-ban-chi-dao": (21, "Văn bản chỉ đạo"),
    "thu-vien-anh": (27, "Thư viện ảnh"),
    "lien-he": (9, "Liên hệ"),
    "chinh-sach-bao-mat": (3, "Chính sách bảo mật"),
}

# --- text as WordPress prints it -----------------------------------------------------------

_TEXTURIZE = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def _tx(value: str, nfd: bool = False) -> str:
    """Text as wptexturize leaves it: escaped, smart punctuation as numeric references."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return s


def _attr(value: str) -> str:
    return _tx(value).replace('"', "&quot;")


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _post_date(st: Story) -> str:
    """The post's WordPress date (the gold may take another one: see the docstring)."""
    return st.opts.get("date") or str(st.published_at)


def _vn_clock(d: datetime) -> str:
    """WordPress vi locale, time format "g:i a": 12-hour clock with sáng/chiều."""
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def _vn_full(d: datetime) -> str:
    return f"{d:%d/%m/%Y} lúc {_vn_clock(d)}"


def _rfc822(d: datetime) -> str:
    utc = d - timedelta(hours=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[utc.weekday()]}, {utc.day:02d} {months[utc.month - 1]} {utc.year} {utc:%H:%M:%S} +0000"


def _raw_title(st: Story) -> str:
    """The title as typed (straight quotes, hyphens): what Rank Math prints in og/JSON-LD/crumbs."""
    return st.opts.get("raw_title", st.title)


def _post_url(b: str, st: Story) -> str:
    return f"{b}/tin-tuc/{st.slug}/"


def _first_text(st: Story) -> str:
    return next(blk.text for blk in st.blocks if isinstance(blk, P))


def _excerpt(st: Story) -> str:
    if st.summary and st.sapo_outside:
        return _tx(st.summary)
    words = _first_text(st).split()
    return _tx(" ".join(words[:28]), st.opts.get("nfd", False)) + "&hellip;"


def _cats_of(st: Story) -> list[str]:
    return st.opts["cats"]


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: _dt(_post_date(s)), reverse=True)


def _in_cat(slug: str) -> list[Story]:
    return _by_date([s for s in STORIES if slug in _cats_of(s)])


def _with_tag(slug: str) -> list[Story]:
    return _by_date([s for s in STORIES if slug in s.opts.get("tags", [])])


def _in_month(month: int) -> list[Story]:
    return _by_date([s for s in STORIES if _dt(_post_date(s)).month == month])


def _pages_of(items: list) -> int:
    return max(1, -(-len(items) // PER_PAGE))


# --- images -----------------------------------------------------------------------------------

_PLACEHOLDER = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"


def _sizes(src: str) -> tuple[str, list[tuple[str, int]], int, int]:
    """(full-size file, srcset entries, width, height) of an upload as WordPress names its sizes."""
    m = re.match(r"(.*?)(-1024x683)?\.jpg$", src)
    assert m, src
    stem = m.group(1)
    if m.group(2):
        return f"{stem}.jpg", [(f"{stem}-300x200.jpg", 300), (f"{stem}-768x512.jpg", 768), (src, 1024), (f"{stem}.jpg", 1600)], 1024, 683
    return src, [(src, 800), (f"{stem}-300x200.jpg", 300), (f"{stem}-768x512.jpg", 768)], 800, 533


def _lazy(b: str, src: str, wid: int, alt: str = "", cls: str = "", w: int | None = None, h: int | None = None, srcset: bool = True) -> str:
    """An <img> after a3 Lazy Load: placeholder in src, the file in data-src, a <noscript> copy."""
    _full, entries, sw, sh = _sizes(src) if srcset else (src, [], w or 400, h or 250)
    w, h = w or sw, h or sh
    ss = ", ".join(f"{b}{p} {n}w" for p, n in entries)
    classes = f"{cls} wp-image-{wid}".strip() if wid else cls
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    lazy_ss = f' srcset="" data-srcset="{ss}" sizes="{sizes}"' if ss else ""
    plain_ss = f' srcset="{ss}" sizes="{sizes}"' if ss else ""
    return (
        f'<img decoding="async" width="{w}" height="{h}" class="lazy lazy-hidden {classes}" src="{b}{_PLACEHOLDER}" '
        f'data-lazy-type="image" data-src="{b}{src}" alt="{_attr(alt)}"{lazy_ss} />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" class="{classes}" src="{b}{src}" alt="{_attr(alt)}"{plain_ss} /></noscript>'
    )


def _thumb(st: Story) -> str:
    imgs = st.images
    if not imgs:
        return f"{U}/2026/01/anh-dai-dien-pgd-duc-trong-400x250.jpg"
    src = imgs[0].src
    return src.replace("-1024x683.jpg", "-400x250.jpg") if src.endswith("-1024x683.jpg") else src[:-4] + "-400x250.jpg"


def _figure(b: str, st: Story, img: Img, wid: int) -> str:
    cap = _tx(img.printed) if img.printed else ""
    if img.style == "classic-p":
        name = img.src.rsplit("/", 1)[1][:-4]
        return (
            f'<p style="text-align: center;">{_lazy(b, img.src, wid, alt=name, cls="aligncenter size-full")}</p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if img.style == "classic":
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 800px" class="wp-caption aligncenter">'
            f'{_lazy(b, img.src, wid, cls="size-full")}'
            f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{cap}</figcaption></figure>'
        )
    tag = _lazy(b, img.src, wid)
    if img.style == "fig-att":
        tag = f'<a href="{_post_url(b, st)}{ATTACHMENT_SLUG}/">{tag}</a>'
    elif img.style == "gal":
        tag = f'<a href="{b}{_sizes(img.src)[0]}">{tag}</a>'
    figcap = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if img.printed else ""
    return f'<figure class="wp-block-image size-large">{tag}{figcap}</figure>'


# --- the post's content (the_content after the plugins' filters) ------------------------------


def _fn_id(st: Story, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ductrong-{st.id}-fn-{n}"))


def _wp_embed(b: str, st: Story) -> str:
    secret = "Xa8bq2LmTt"
    url = _post_url(b, st)
    return (
        '<figure class="wp-block-embed is-type-wp-embed is-provider-phong-gd-amp-dt-duc-trong wp-block-embed-phong-gd-amp-dt-duc-trong">'
        '<div class="wp-block-embed__wrapper">\n'
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{url}">{_tx(st.title)}</a></blockquote>'
        '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" '
        'style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
        f'title="&#8220;{_attr(st.title)}&#8221; &#8212; Phòng GD&amp;ĐT Đức Trọng" src="{url}embed/#?secret={secret}" '
        f'data-secret="{secret}" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>\n'
        "</div></figure>"
    )


def _tts(b: str, st: Story) -> str:
    return (
        f'<div class="ttsvn-wrap" id="ttsvn-{st.id}" data-post="{st.id}"><span class="ttsvn-label">🔊 Nghe đọc bài viết</span>'
        f'<audio class="ttsvn-audio" preload="none" controls><source src="{b}/wp-content/uploads/ttsvn/{st.id}-nu-bac.mp3" type="audio/mpeg"></audio>'
        '<select class="ttsvn-voice" aria-label="Chọn giọng đọc"><option value="nu-bac" selected>Giọng nữ miền Bắc</option>'
        '<option value="nam-nam">Giọng nam miền Nam</option></select></div>'
    )


def _toc(st: Story) -> str:
    items = []
    for blk in st.blocks:
        if isinstance(blk, P) and blk.style.startswith("h2"):
            anchor = blk.style.split("id=", 1)[1]
            items.append(f'<li><a href="#{anchor}">{_tx(blk.text)}</a></li>')
    return (
        '<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>Nội dung bài viết</h2>'
        f'<nav><ul>{"".join(items)}</ul></nav></div>'
    )


def _content(b: str, st: Story) -> str:
    nfd = st.opts.get("nfd", False)
    out: list[str] = []
    if st.opts.get("tts"):
        out.append(_tts(b, st))
    if st.opts.get("toc"):
        out.append(_toc(st))
    fn_notes: list[str] = []
    wid = st.id + 3
    for blk in st.blocks:
        if isinstance(blk, Raw):
            markup = blk.html
            if markup == "@@EMBED_A7@@":
                markup = _wp_embed(b, A7)
            out.append(markup.replace("@@B@@", b))
            continue
        if isinstance(blk, Img):
            wid += 1
            out.append(_figure(b, st, blk, wid))
            continue
        style = blk.style.split()
        t = _tx(blk.text, nfd)
        for tok in style:
            if tok.startswith("sup"):
                n_s, anchor = tok[3:].split("@", 1)
                anchor = anchor.replace("_", " ")
                u = _fn_id(st, int(n_s))
                sup = f'<sup data-fn="{u}" class="fn"><a href="#{u}" id="{u}-link">{n_s}</a></sup>'
                pos = t.index(anchor) + len(anchor)
                t = t[:pos] + sup + t[pos:]
        if "fn" in style:
            n = len(fn_notes) + 1
            u = _fn_id(st, n)
            fn_notes.append(f'<li id="{u}">{t} <a href="#{u}-link" aria-label="Chuyển đến chú thích {n}">↩︎</a></li>')
            continue
        if "th" in style:
            out.append("<tr>" + "".join(f"<th>{c}</th>" for c in t.split(" | ")) + "</tr>")
        elif "row" in style:
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in t.split(" | ")) + "</tr>")
        elif style and style[0] == "h2":
            out.append(f'<h2 class="wp-block-heading" id="{blk.style.split("id=", 1)[1]}">{t}</h2>')
        elif "brk" in style:
            assert out[-1].endswith("</p>")
            out[-1] = out[-1][: -len("</p>")] + f"<br>{t}</p>"
        else:
            inner = f"<strong>{t}</strong>" if "b" in style else t
            attrs = ' style="text-align: justify;"' if "classic" in style else ""
            out.append(f"<p{attrs}>{inner}</p>")
    if fn_notes:
        out.append(f'<ol class="wp-block-footnotes">{"".join(fn_notes)}</ol>')
    return "\n\n".join(out)


# --- chrome -------------------------------------------------------------------------------

_SVG_DOWN = '<span class="ct-toggle-dropdown-desktop"><svg class="ct-icon" width="8" height="8" viewBox="0 0 15 15"><path d="M2.1,3.2l5.4,5.4l5.4-5.4L15,4.3l-7.5,7.5L0,4.3L2.1,3.2z"/></svg></span>'

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    (
        "Tin tức",
        "/danh-muc/tin-tuc-su-kien/",
        [("Tin tức - Sự kiện", "/danh-muc/tin-tuc-su-kien/"), ("Hoạt động chuyên môn", "/danh-muc/hoat-dong-chuyen-mon/")],
    ),
    ("Thông báo", "/danh-muc/thong-bao/", []),
    ("Văn bản", "/van-ban-chi-dao/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(b: str, current: str, mobile: bool = False) -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU):
        mid = 25 + n * 3
        cls = f"menu-item menu-item-type-{'custom' if href == '/' else 'post_type'} menu-item-{mid}"
        if href == current:
            cls += " current-menu-item"
        if subs:
            cls += " menu-item-has-children animated-submenu-block"
            sub = "".join(
                f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-{mid + k + 1}" role="none">'
                f'<a href="{b}{h}" class="ct-menu-link" role="menuitem">{_tx(lbl)}</a></li>'
                for k, (lbl, h) in enumerate(subs)
            )
            toggle = "" if mobile else _SVG_DOWN
            items.append(
                f'<li id="menu-item-{mid}" class="{cls}" role="none"><a href="{b}{href}" class="ct-menu-link" role="menuitem">{_tx(label)}{toggle}</a>'
                '<button class="ct-toggle-dropdown-desktop-ghost" aria-label="Mở rộng menu thả xuống" aria-haspopup="true" aria-expanded="false" role="menuitem"></button>'
                f'<ul class="sub-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li id="menu-item-{mid}" class="{cls}" role="none"><a href="{b}{href}" class="ct-menu-link" role="menuitem">{_tx(label)}</a></li>'
            )
    menu_id = "menu-menu-chinh-1" if mobile else "menu-menu-chinh"
    return f'<ul id="{menu_id}" class="menu" role="menubar">{"".join(items)}</ul>'


def _header(b: str, current: str) -> str:
    return f"""<div class="ct-drawer-canvas" data-location="start">
<div id="search-modal" class="ct-panel" data-behaviour="modal" aria-label="Tìm kiếm" inert>
<div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Đóng cửa sổ tìm kiếm">×</button></div>
<div class="ct-panel-content"><form role="search" method="get" class="ct-search-form" action="{b}/" aria-haspopup="listbox" data-live-results="thumbs">
<input type="search" class="modal-field" placeholder="Nhập từ khóa cần tìm&hellip;" value="" name="s" autocomplete="off" title="Tìm kiếm cho..." aria-label="Tìm kiếm cho...">
<div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="icon" aria-label="Nút tìm kiếm">Tìm</button>
<input type="hidden" name="ct_post_type" value="post:page"></div></form></div></div>
<div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" aria-label="Menu di động" inert=""><div class="ct-panel-inner">
<div class="ct-panel-content" data-device="mobile"><nav class="mobile-menu has-submenu" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" aria-label="Menu di động">
{_menu(b, current, mobile=True)}</nav></div></div></div>
</div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">
<div data-device="desktop"><div data-row="top" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary">
<div class="ct-header-text " data-id="text"><div class="entry-content is-layout-flow">
<p><span style="color:#ffd54f">{HEADER_DATE}</span> &nbsp;|&nbsp; Đường dây nóng: 0263 3843 126 &nbsp;|&nbsp; Email: pgd.ductrong@lamdong.edu.vn</p>
</div></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary">
<div class="ct-header-socials " data-id="socials"><div class="ct-social-box" data-color="custom" data-icon-size="custom" data-icons-type="simple">
<a href="https://www.facebook.com/pgdductrong" data-network="facebook" aria-label="Facebook" target="_blank" rel="noopener noreferrer"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4c1.1,0,2.2,0.2,2.2,0.2v2.5h-1.3c-1.2,0-1.6,0.8-1.6,1.6v1.9h2.8L13.9,13h-2.3v7C16.3,19.2,20,15.1,20,10.1z"/></svg></span></a>
<a href="https://www.youtube.com/@pgdductrong" data-network="youtube" aria-label="YouTube" target="_blank" rel="noopener noreferrer"><span class="ct-icon-container"><svg width="20" height="20" viewbox="0 0 20 20" aria-hidden="true"><path d="M15,0H5C2.2,0,0,2.2,0,5v10c0,2.8,2.2,5,5,5h10c2.8,0,5-2.2,5-5V5C20,2.2,17.8,0,15,0z M14.5,10.9l-6.8,3.8c-0.1,0.1-0.3,0.1-0.5,0.1c-0.5,0-1-0.4-1-1l0,0V6.2c0-0.5,0.4-1,1-1c0.2,0,0.3,0,0.5,0.1l6.8,3.8c0.5,0.3,0.7,0.8,0.4,1.3C14.8,10.6,14.6,10.8,14.5,10.9z"/></svg></span></a>
</div></div></div></div></div></div>
<div data-row="middle" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary">
<div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization">
<a href="{b}/" class="site-logo-container" rel="home" itemprop="url"><img width="90" height="90" src="{b}{U}/2026/01/logo-pgd-duc-trong.png" class="default-logo" alt="Phòng GD&amp;ĐT Đức Trọng" decoding="async" /></a>
<div class="site-title-container"><span class="site-title" itemprop="name"><a href="{b}/" rel="home" itemprop="url">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</a></span>
<p class="site-description" itemprop="description">Tỉnh Lâm Đồng &#8211; Dạy tốt, học tốt, quản lý tốt</p></div></div>
</div></div>
<div data-column="end" data-placements="1"><div data-items="primary">
<button class="ct-header-search ct-toggle " data-toggle-panel="#search-modal" aria-controls="search-modal" aria-label="Tìm kiếm" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Tìm kiếm</span><svg class="ct-icon" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8c0.1,0.1,0.3,0.2,0.5,0.2s0.4-0.1,0.5-0.2C15.1,14.5,15.1,14,14.8,13.7z M1.5,6.8c0-2.9,2.4-5.2,5.2-5.2S12,3.9,12,6.8S9.6,12,6.8,12S1.5,9.6,1.5,6.8z"/></svg></button>
</div></div></div></div>
<div data-row="bottom" data-column-set="1"><div class="ct-container"><div data-column="middle"><div data-items="">
<nav id="header-menu-1" class="header-menu-1" data-id="menu" data-interaction="hover" data-menu="type-3" data-dropdown="type-1:simple" data-stretch data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Menu chính">
{_menu(b, current)}</nav>
</div></div></div></div>
</div>
<div data-device="mobile"><div data-row="middle" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary"><div class="site-branding" data-id="logo"><a href="{b}/" class="site-logo-container" rel="home"><img width="90" height="90" src="{b}{U}/2026/01/logo-pgd-duc-trong.png" class="default-logo" alt="Phòng GD&amp;ĐT Đức Trọng" decoding="async" /></a></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary"><button class="ct-header-trigger ct-toggle " data-toggle-panel="#offcanvas" aria-controls="offcanvas" data-design="simple" data-label="right" aria-label="Menu" data-id="trigger"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Menu</span><svg class="ct-icon" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" data-type="type-1"><rect y="0.00" width="18" height="1.7" rx="1"/><rect y="6.15" width="18" height="1.7" rx="1"/><rect y="12.3" width="18" height="1.7" rx="1"/></svg></button></div></div>
</div></div></div>
</header>"""


def _sidebar(b: str) -> str:
    recent = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{_post_url(b, s)}">{_tx(s.title)}</a>'
        f'<time datetime="{_post_date(s)}" class="wp-block-latest-posts__post-date">{_dt(_post_date(s)):%d/%m/%Y}</time></li>'
        for s in _by_date(STORIES)[:5]
    )
    months = "".join(
        f"<option value='{b}/2026/{m:02d}/'> Tháng {name} 2026 &nbsp;({len(_in_month(m))})</option>"
        for m, name in ((12, "Mười Hai"), (11, "Mười Một"), (10, "Mười"))
    )
    return f"""<aside class="ct-hidden-sm ct-hidden-md" data-type="type-3" id="sidebar" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
<div class="ct-sidebar" data-sticky="sidebar" data-widgets="separated">
<div class="ct-widget widget_search" id="search-2"><form role="search" method="get" class="ct-search-form" data-form-controls="inside" data-taxonomy-filter="false" data-submit-button="icon" action="{b}/" aria-haspopup="listbox"><input type="search" placeholder="Tìm kiếm" value="" name="s" autocomplete="off" title="Tìm kiếm cho..." aria-label="Tìm kiếm cho..."><div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="inside:icon" aria-label="Nút tìm kiếm">Tìm</button></div></form></div>
<div class="ct-widget widget_block" id="block-5"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">Bài viết mới</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{recent}</ul></div></div>
<div class="ct-widget widget_block" id="block-9"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">Văn bản mới</h2>
<ul><li><a href="{b}{U}/2026/11/CV-1390-PGDDT-huong-dan-kiem-tra-giua-ky-I.pdf">Công văn 1390/PGDĐT-CM hướng dẫn kiểm tra giữa kỳ I</a></li>
<li><a href="{b}{U}/2026/10/KH-1215-PGDDT-chuyen-doi-so-2026-2027.pdf">Kế hoạch 1215/KH-PGDĐT chuyển đổi số năm học 2026 &#8211; 2027</a></li>
<li><a href="{b}/van-ban-chi-dao/">Xem tất cả văn bản &raquo;</a></li></ul></div></div>
<div class="ct-widget widget_polls-widget" id="polls-widget-2"><h3 class="widget-title">Thăm dò ý kiến</h3><div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="8c1f6e3a2b" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện website mới của Phòng?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Đẹp, dễ tra cứu</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Bình thường</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Khó tìm văn bản</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></div>
<div class="ct-widget widget_archive" id="archives-2"><h3 class="widget-title">Lưu trữ</h3><label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown"><option value="">Chọn tháng</option>{months}</select>
<script>(function(){{var d=document.getElementById("archives-dropdown-2");d.onchange=function(){{if(this.options[this.selectedIndex].value!==""){{document.location.href=this.options[this.selectedIndex].value;}}}};}})();</script></div>
<div class="ct-widget widget_block" id="block-11"><h2 class="wp-block-heading">Liên kết website</h2><select onchange="if(this.value)window.open(this.value,'_blank')" style="width:100%"><option value="">&#8211; Chọn liên kết &#8211;</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://lamdong.edu.vn">Sở GD&amp;ĐT Lâm Đồng</option><option value="https://ductrong.lamdong.gov.vn">UBND huyện Đức Trọng</option><option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option></select></div>
<div class="ct-widget widget_wp_statistics_widget" id="wp_statistics_widget-2"><h3 class="widget-title">Thống kê truy cập</h3><ul><li><label>Đang online:</label> 14</li><li><label>Hôm nay:</label> 612</li><li><label>Hôm qua:</label> 1.048</li><li><label>Tổng truy cập:</label> 1.386.254</li></ul></div>
</div></aside>"""


def _footer(b: str) -> str:
    return f"""<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter">
<div data-row="middle"><div class="ct-container" data-columns-divider="md:sm">
<div data-column="widget-area-1"><div class="ct-widget widget_block" id="block-12"><h2 class="wp-block-heading">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</h2>
<p>Địa chỉ: Số 12 đường Thống Nhất, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng<br>Điện thoại: 0263 3843 126 &#8211; Fax: 0263 3843 127<br>Email: pgd.ductrong@lamdong.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thành &#8211; Trưởng phòng</p></div></div>
<div data-column="widget-area-2"><div class="ct-widget widget_nav_menu" id="nav_menu-3"><h3 class="widget-title">Truy cập nhanh</h3><div class="menu-truy-cap-nhanh-container"><ul id="menu-truy-cap-nhanh" class="widget-menu">
<li class="menu-item"><a href="{b}/danh-muc/thong-bao/">Thông báo</a></li><li class="menu-item"><a href="{b}/van-ban-chi-dao/">Văn bản chỉ đạo</a></li>
<li class="menu-item"><a href="https://dichvucong.lamdong.gov.vn" target="_blank" rel="noopener">Dịch vụ công trực tuyến</a></li><li class="menu-item"><a href="{b}/lien-he/">Liên hệ</a></li></ul></div></div></div>
<div data-column="widget-area-3"><div class="ct-widget widget_block" id="block-14"><h2 class="wp-block-heading">Fanpage</h2><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fpgdductrong&amp;tabs&amp;width=340&amp;height=130&amp;small_header=false&amp;adapt_container_width=true&amp;hide_cover=false&amp;show_facepile=true" width="340" height="130" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" loading="lazy"></iframe></div></div>
</div></div>
<div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright">
<p>Bản quyền &copy; 2026 Phòng GD&amp;ĐT huyện Đức Trọng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></div></div>
</footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">Chúng tôi sử dụng cookie để bảo đảm bạn có trải nghiệm tốt nhất trên website của Phòng Giáo dục và Đào tạo. Nếu bạn tiếp tục sử dụng trang này, chúng tôi hiểu rằng bạn đồng ý với việc sử dụng cookie.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Đồng ý" style="background-color: #00a99d">Đồng ý</a><a href="{b}/chinh-sach-bao-mat/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Chính sách bảo mật" style="background-color: #00a99d">Chính sách bảo mật</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Không"></span></div></div>
<script src="{b}/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.1" id="jquery-lazyloadxt-js"></script>
<script src="{b}/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.22" id="ct-scripts-js"></script>
</body>
</html>"""


def _head(b: str, *, title: str, canonical: str | None, description: str = "", og_type: str = "website", extra: str = "", robots: str = "follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large", ld: str = "") -> str:
    canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    desc = f'<meta name="description" content="{_attr(description)}"/>\n' if description else ""
    og_url = f'<meta property="og:url" content="{canonical}" />\n' if canonical else ""
    return f"""<!doctype html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
<link rel="profile" href="https://gmpg.org/xfn/11">

<!-- Tối ưu hóa công cụ tìm kiếm bởi Rank Math - https://rankmath.com/ -->
<title>{title}</title>
{desc}<meta name="robots" content="{robots}"/>
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:site_name" content="Phòng GD&amp;ĐT Đức Trọng" />
{og_url}{extra}{ld}<!-- /Plugin SEO WordPress Rank Math -->

<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Đức Trọng &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Đức Trọng &raquo; Dòng bình luận" href="{b}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='ct-main-styles-css' href='{b}/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.22' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{b}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.13' media='all' />
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.4.2" />
<link rel="icon" href="{b}{U}/2026/01/cropped-logo-pgd-duc-trong-32x32.png" sizes="32x32" />
</head>
"""


def _jsonld(graph: list[dict]) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("/", "\\/")
    return f'<script type="application/ld+json" class="rank-math-schema">{data}</script>\n'


def _org_graph(b: str) -> list[dict]:
    return [
        {
            "@type": ["EducationalOrganization", "Organization"],
            "@id": f"{b}/#organization",
            "name": ORG_NAME,
            "url": b,
            "logo": {"@type": "ImageObject", "@id": f"{b}/#logo", "url": f"{b}{U}/2026/01/logo-pgd-duc-trong.png", "contentUrl": f"{b}{U}/2026/01/logo-pgd-duc-trong.png", "caption": SITE_NAME, "inLanguage": "vi", "width": "512", "height": "512"},
        },
        {"@type": "WebSite", "@id": f"{b}/#website", "url": b, "name": SITE_NAME, "publisher": {"@id": f"{b}/#organization"}, "inLanguage": "vi"},
    ]


def _crumbs(b: str, trail: list[tuple[str, str | None]]) -> str:
    """Blocksy's breadcrumbs element with Rank Math as its source."""
    parts = []
    for name, href in trail:
        if href is None:
            parts.append(f'<span class="last">{_html.escape(name, quote=False)}</span>')
        else:
            parts.append(f'<a href="{b}{href}">{_html.escape(name, quote=False)}</a>')
    return (
        '<div class="ct-breadcrumbs" data-source="rankmath"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>'
        + '<span class="separator"> &rsaquo; </span>'.join(parts)
        + "</p></nav></div>"
    )


def _crumb_graph(b: str, url: str, trail: list[tuple[str, str | None]]) -> dict:
    items = []
    for pos, (name, href) in enumerate(trail, 1):
        items.append({"@type": "ListItem", "position": str(pos), "item": {"@id": f"{b}{href}" if href else url, "name": name}})
    return {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": items}


def _page(b: str, *, head: str, body_class: str, current: str, main: str, schema: str = "https://schema.org/Blog") -> str:
    return (
        head
        + f'<body class="{body_class} wp-custom-logo wp-embed-responsive cookies-not-set" data-link="type-2" data-prefix="single_blog_post" '
        f'data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="{schema}">\n'
        '<a class="skip-link show-on-focus" href="#main">Chuyển đến nội dung</a>\n'
        + _header(b, current)
        + f'\n<main id="main" class="site-main hfeed">\n{main}\n</main>\n'
        + _footer(b)
    )


def _ok(markup: str, headers: dict | None = None) -> Response:
    return html(markup, headers={"X-Powered-By": "PHP/8.1.27", **(headers or {})})


# --- single post ---------------------------------------------------------------------------

_GRAVATAR = "https://secure.gravatar.com/avatar/5f0c3a3e0b9c1d2e7f4a6b8c9d0e1f2a?s=50&amp;d=mm&amp;r=g"


def _term_links(b: str, st: Story) -> str:
    return ", ".join(
        f'<a href="{b}/danh-muc/{c}/" rel="tag" class="ct-term-{CATS[c][2]}">{_tx(CATS[c][0])}</a>' for c in _cats_of(st)
    )


def _post_classes(st: Story) -> str:
    cls = f"post-{st.id} post type-post status-publish format-standard"
    cls += " has-post-thumbnail" if st.images else ""
    cls += " hentry " + " ".join(f"category-{c}" for c in _cats_of(st))
    tags = st.opts.get("tags", [])
    return cls + ("".join(f" tag-{t}" for t in tags))


def _single_meta(b: str, st: Story) -> str:
    pub, mod = _dt(_post_date(st)), _dt(st.opts["modified"])
    return f"""<ul class="entry-meta is-width-constrained" data-type="label:slash" data-id="meta_1" >
<li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a href="{b}/author/quantri/" tabindex="-1" class="ct-media-container-static"><img decoding="async" width="25" height="25" src="{_GRAVATAR}" alt="quantri" style="aspect-ratio: 1/1;"></a><span>Người đăng</span><a class="ct-meta-element-author" href="{b}/author/quantri/" title="Xem các bài viết của quantri" rel="author" itemprop="url"><span itemprop="name">quantri</span></a></li>
<li class="meta-updated-date" itemprop="dateModified"><span>Cập nhật</span><time class="ct-meta-element-date" datetime="{mod.isoformat()}">{_vn_full(mod)}</time></li>
<li class="meta-date" itemprop="datePublished"><span>Ngày đăng</span><time class="ct-meta-element-date" datetime="{pub.isoformat()}">{_vn_full(pub)}</time></li>
<li class="meta-categories" data-type="simple"><span>Chuyên mục</span>{_term_links(b, st)}</li>
</ul>"""


def _related(b: str, st: Story) -> str:
    others = [s for s in _in_cat(_cats_of(st)[0]) if s is not st][:3]
    cards = []
    for s in others:
        d = _dt(_post_date(s))
        cards.append(
            f'<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-{s.id}" class="{_post_classes(s)}">'
            f'<a class="ct-media-container" href="{_post_url(b, s)}" aria-label="{_attr(s.title)}">{_lazy(b, _thumb(s), 0, cls="attachment-medium_large size-medium_large wp-post-image", w=400, h=250, srcset=False)}</a>'
            f'<h4 class="related-entry-title" itemprop="name"><a href="{_post_url(b, s)}" itemprop="url" rel="bookmark">{_tx(s.title)}</a></h4>'
            f'<ul class="entry-meta" data-type="simple:slash" data-id="meta_3" ><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{d.isoformat()}">{d:%d/%m/%Y}</time></li></ul>'
            "</div></article>"
        )
    return (
        '<div class="ct-related-posts-container" data-vertical-spacing="bottom"><div class="ct-container"><div class="ct-related-posts">'
        '<h3 class="ct-module-title">Bài viết liên quan</h3><div class="ct-related-posts-items" data-layout="grid">'
        + "".join(cards)
        + "</div></div></div></div>"
    )


def _comment_form(b: str, st: Story, reply_to: dict | None) -> str:
    url = _post_url(b, st)
    title = f"Trả lời {_tx(reply_to['author'])}" if reply_to else "Để lại một bình luận"
    cancel_style = "" if reply_to else ' style="display:none;"'
    parent = reply_to["id"] if reply_to else 0
    return f"""<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">{title} <span class="ct-cancel-reply"><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel_style}>Hủy trả lời</a></span></h2>
<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-labels-outside" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-field-textarea"><label for="comment">Bình luận<span class="required">&nbsp;*</span></label><textarea autocomplete="new-password" id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p>
<p class="comment-form-field-input-author"><label for="author">Tên<span class="required">&nbsp;*</span></label><input id="author" name="author" type="text" value="" size="30" required="required"></p>
<p class="comment-form-field-input-email"><label for="email">Email<span class="required">&nbsp;*</span></label><input id="email" name="email" type="text" value="" size="30" required="required"></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="wp-element-button" value="Gửi bình luận">Gửi bình luận</button> <input type='hidden' name='comment_post_ID' value='{st.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{parent}' /></p></form></div>"""


def _comments(b: str, st: Story, reply_to: dict | None) -> str:
    comments = st.opts.get("comments", [])
    url = _post_url(b, st)

    def one(c: dict, depth: int) -> str:
        d = _dt(c["when"])
        kids = [x for x in comments if x["parent"] == c["id"]]
        children = f'<ul class="children">{"".join(one(k, depth + 1) for k in kids)}</ul>' if kids else ""
        author = _tx(c["author"])
        return (
            f'<li id="comment-{c["id"]}" class="comment {"even" if depth % 2 else "odd"} depth-{depth}{" parent" if kids else ""}">'
            f'<article class="ct-comment-inner" id="ct-comment-inner-{c["id"]}" itemscope itemtype="https://schema.org/Comment">'
            f'<footer class="ct-comment-meta"><img alt="" src="{_GRAVATAR}" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async">'
            f'<h4 class="ct-comment-author" itemprop="author">{author}</h4><div class="ct-comment-meta-data">'
            f'<a href="{url}#comment-{c["id"]}"><time datetime="{d.isoformat()}" itemprop="datePublished">{_vn_full(d)}</time></a>'
            f"<a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={c['id']}#respond' data-commentid=\"{c['id']}\" "
            f'data-postid="{st.id}" data-belowelement="ct-comment-inner-{c["id"]}" data-respondelement="respond" '
            f"data-replyto=\"Trả lời {author}\" aria-label='Trả lời {author}'>Trả lời</a></div></footer>"
            f'<div class="ct-comment-content entry-content is-layout-flow" itemprop="text"><p>{_tx(c["text"])}</p></div>'
            f"</article>{children}</li>"
        )

    listing = ""
    if comments:
        roots = "".join(one(c, 1) for c in comments if c["parent"] == 0)
        listing = f'<h3 class="ct-comments-title">{len(comments)} bình luận</h3><ol class="ct-comment-list">{roots}</ol>'
    return (
        '<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments">'
        + listing
        + _comment_form(b, st, reply_to)
        + "</div></div></div>"
    )


def _share(b: str, st: Story) -> str:
    u = quote(_post_url(b, st), safe="")
    return (
        '<div class="ct-share-box is-width-constrained ct-hidden-sm" data-location="bottom" data-type="type-1" >'
        '<span class="ct-module-title">Chia sẻ bài viết</span><div data-icons-type="simple">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" data-network="facebook" aria-label="Facebook" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4z"/></svg></span></a>'
        f'<a href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(_raw_title(st))}" data-network="twitter" aria-label="X (Twitter)" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M2.9 0C1.3 0 0 1.3 0 2.9v14.3C0 18.7 1.3 20 2.9 20h14.3c1.6 0 2.9-1.3 2.9-2.9V2.9C20 1.3 18.7 0 17.1 0H2.9z"/></svg></span></a>'
        f'<a href="https://t.me/share/url?url={u}" data-network="telegram" aria-label="Telegram" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M10,0C4.5,0,0,4.5,0,10s4.5,10,10,10s10-4.5,10-10S15.5,0,10,0z"/></svg></span></a>'
        f'<a href="mailto:?subject={quote(_raw_title(st))}&amp;body={u}" data-network="email" aria-label="Email" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M10,10.1L0,4V3c0-0.6,0.4-1,1-1h18c0.6,0,1,0.4,1,1v1L10,10.1z"/></svg></span></a>'
        "</div></div>"
    )


def _tags_box(b: str, st: Story) -> str:
    tags = st.opts.get("tags", [])
    if not tags:
        return ""
    links = "".join(f'<a href="{b}/tag/{t}/" rel="tag"><span>#</span> {_tx(TAGS[t])}</a>' for t in tags)
    return f'<div class="entry-tags is-width-constrained "><span class="ct-module-title">Thẻ<span class="ct-ghost"></span></span><div data-type="simple:none">{links}</div></div>'


def _single(b: str, st: Story, reply_to: dict | None = None) -> str:
    url = _post_url(b, st)
    primary = _cats_of(st)[0]
    trail = [("Trang chủ", "/"), (CATS[primary][0], f"/danh-muc/{primary}/"), (_raw_title(st), None)]
    pub, mod = _dt(_post_date(st)), _dt(st.opts["modified"])
    desc_text = (st.summary or _first_text(st))[:155].rsplit(" ", 1)[0]
    img_meta = ""
    graph = _org_graph(b)
    if st.images:
        full = _sizes(st.images[0].src)[0]
        img_meta = f'<meta property="og:image" content="{b}{full}" />\n<meta property="og:image:width" content="1600" />\n<meta property="og:image:height" content="1067" />\n'
        graph.append({"@type": "ImageObject", "@id": f"{b}{full}", "url": f"{b}{full}", "width": "1600", "height": "1067", "inLanguage": "vi"})
    tags = st.opts.get("tags", [])
    extra = (
        f'<meta property="og:title" content="{_html.escape(_raw_title(st))}" />\n'
        f'<meta property="og:description" content="{_html.escape(desc_text)}" />\n'
        f'<meta property="og:updated_time" content="{mod.isoformat()}" />\n'
        + "".join(f'<meta property="article:tag" content="{_html.escape(TAGS[t])}" />\n' for t in tags)
        + f'<meta property="article:section" content="{_html.escape(CATS[primary][0])}" />\n'
        + img_meta
        + f'<meta property="article:published_time" content="{pub.isoformat()}" />\n'
        f'<meta property="article:modified_time" content="{mod.isoformat()}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="quantri" />\n'
    )
    graph += [
        _crumb_graph(b, url, trail),
        {
            "@type": "WebPage",
            "@id": f"{url}#webpage",
            "url": url,
            "name": f"{_raw_title(st)} - {SITE_NAME}",
            "datePublished": pub.isoformat(),
            "dateModified": mod.isoformat(),
            "isPartOf": {"@id": f"{b}/#website"},
            "inLanguage": "vi",
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
        },
        {"@type": "Person", "@id": f"{b}/author/quantri/", "name": "quantri", "url": f"{b}/author/quantri/", "worksFor": {"@id": f"{b}/#organization"}},
        {
            "@type": "NewsArticle",
            "headline": f"{_raw_title(st)} - {SITE_NAME}",
            "keywords": ", ".join(TAGS[t] for t in tags) or _raw_title(st).split(" ")[0],
            "datePublished": pub.isoformat(),
            "dateModified": mod.isoformat(),
            "articleSection": ", ".join(CATS[c][0] for c in _cats_of(st)),
            "author": {"@id": f"{b}/author/quantri/", "name": "quantri"},
            "publisher": {"@id": f"{b}/#organization"},
            "description": desc_text,
            "name": f"{_raw_title(st)} - {SITE_NAME}",
            "@id": f"{url}#richSnippet",
            "isPartOf": {"@id": f"{url}#webpage"},
            "inLanguage": "vi",
            "mainEntityOfPage": {"@id": f"{url}#webpage"},
        },
    ]
    robots = "follow, noindex" if reply_to else "follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"
    head = _head(
        b,
        title=f"{_html.escape(_raw_title(st))} - Phòng GD&amp;ĐT Đức Trọng",
        canonical=url,
        description=desc_text,
        og_type="article",
        extra=extra,
        robots=robots,
        ld=_jsonld(graph),
    ).replace(
        "</head>",
        f"<link rel='shortlink' href='{b}/?p={st.id}' />\n"
        f'<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Đức Trọng &raquo; {_html.escape(_raw_title(st))} Dòng bình luận" href="{url}feed/" />\n</head>',
    )
    sapo = f'\n<div class="page-description ct-hidden-sm"><p>{_tx(st.summary)}</p></div>' if st.sapo_outside and st.summary else ""
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-{st.id}" class="{_post_classes(st)}">
<div class="hero-section is-width-constrained" data-type="type-1">
<header class="entry-header">
{_crumbs(b, trail)}
<h1 class="page-title" title="{_attr(st.title)}" itemprop="headline">{_tx(st.title)}</h1>{sapo}
{_single_meta(b, st)}
</header>
</div>
<div class="entry-content is-layout-constrained">
{_content(b, st)}
</div>
{_tags_box(b, st)}
{_share(b, st)}
</article>
{_sidebar(b)}
</div>
{_related(b, st)}
{_comments(b, st, reply_to)}"""
    body_class = f"post-template-default single single-post postid-{st.id} single-format-standard"
    return _page(b, head=head, body_class=body_class, current=f"/danh-muc/{primary}/", main=main)


# --- listings ------------------------------------------------------------------------------


def _card(b: str, st: Story) -> str:
    url = _post_url(b, st)
    d = _dt(_post_date(st))
    n = len(st.opts.get("comments", []))
    return f"""<article class="entry-card {_post_classes(st)}" data-reveal="bottom:no">
<a class="ct-media-container" href="{url}" aria-label="{_attr(st.title)}">{_lazy(b, _thumb(st), 0, cls="attachment-medium_large size-medium_large wp-post-image", w=400, h=250, srcset=False)}</a>
<div class="card-content"><ul class="entry-meta" data-type="simple:slash" data-id="meta_1" ><li class="meta-categories" data-type="pill">{_term_links(b, st).replace(", ", "")}</li></ul>
<h2 class="entry-title"><a href="{url}" rel="bookmark">{_tx(st.title)}</a></h2>
<div class="entry-excerpt"><p>{_excerpt(st)}</p></div>
<ul class="entry-meta" data-type="simple:slash" data-id="meta_2" ><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{d.isoformat()}">{d:%d/%m/%Y}</time></li><li class="meta-comments"><a href="{url}#comments">{n} bình luận</a></li></ul>
<a class="entry-button wp-element-button ct-button" href="{url}">Đọc tiếp<span class="screen-reader-text">{_tx(st.title)}</span></a></div>
</article>"""


_SVG_NEXT = '<svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M14.1,8.2L8.6,13.7l-1.4-1.4l3.8-3.8H0.9v-2h10.1L7.2,2.7l1.4-1.4l5.5,5.5C14.5,7.2,14.5,7.8,14.1,8.2z"/></svg>'
_SVG_PREV = '<svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M0.9,6.8l5.5-5.5l1.4,1.4L4,6.5h10.1v2H4l3.8,3.8l-1.4,1.4L0.9,8.2C0.5,7.8,0.5,7.2,0.9,6.8z"/></svg>'


def _page_url(b: str, base_path: str, n: int, qs: str = "") -> str:
    return f"{b}{base_path}" + ("" if n == 1 else f"page/{n}/") + qs


def _pagination(b: str, base_path: str, page: int, pages: int, kind: str, qs: str = "") -> str:
    if pages <= 1:
        return ""
    if kind == "load_more":
        nxt = f'<a class="next page-numbers" rel="next" href="{_page_url(b, base_path, page + 1, qs)}">Trang sau</a>' if page < pages else ""
        last = ' style="display:block"' if page == pages else ""
        return (
            f'<nav class="ct-pagination" data-pagination="load_more" >{nxt}'
            '<div class="ct-load-more-helper"><button class="wp-element-button ct-load-more">Xem thêm bài viết</button>'
            '<span class="ct-ajax-loader"><svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" opacity="0.2" fill="none" stroke="currentColor" stroke-miterlimit="10" stroke-width="2"/></svg></span>'
            f'<div class="ct-last-page-text"{last}>Đã hiển thị tất cả bài viết</div></div></nav>'
        )
    nums = []
    for n in range(1, pages + 1):
        if n == page:
            nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            nums.append(f'<a class="page-numbers" href="{_page_url(b, base_path, n, qs)}">{n}</a>')
    prev = f'<a class="prev page-numbers" rel="prev" href="{_page_url(b, base_path, page - 1, qs)}">{_SVG_PREV}Trang trước</a>' if page > 1 else ""
    nxt = f'<a class="next page-numbers" rel="next" href="{_page_url(b, base_path, page + 1, qs)}">Trang sau {_SVG_NEXT}</a>' if page < pages else ""
    return f'<nav class="ct-pagination" data-pagination="simple" >{prev}<div class="ct-hidden-sm">{"".join(nums)}</div>{nxt}</nav>'


def _archive(
    b: str,
    *,
    items: list[Story],
    page: int,
    base_path: str,
    label: str,
    name: str,
    trail: list[tuple[str, str | None]],
    body_class: str,
    current: str,
    kind: str = "simple",
    description: str = "",
    qs: str = "",
    feed: str | None = None,
    noindex: bool = False,
) -> str | None:
    pages = _pages_of(items)
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    url = _page_url(b, base_path, page, qs)
    title = f"{_html.escape(name)}{f' - Trang {page} trên {pages}' if page > 1 else ''} - Phòng GD&amp;ĐT Đức Trọng"
    rel = ""
    if page > 1:
        rel += f'<link rel="prev" href="{_page_url(b, base_path, page - 1, qs)}" />\n'
    if page < pages:
        rel += f'<link rel="next" href="{_page_url(b, base_path, page + 1, qs)}" />\n'
    if feed:
        rel += f'<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Đức Trọng &raquo; {_html.escape(name)} Dòng thông tin" href="{b}{feed}" />\n'
    graph = [*_org_graph(b), _crumb_graph(b, url, trail), {"@type": "CollectionPage", "@id": f"{url}#webpage", "url": url, "name": name, "isPartOf": {"@id": f"{b}/#website"}, "inLanguage": "vi"}]
    head = _head(
        b,
        title=title,
        canonical=None if noindex else url,
        description=description,
        extra=f'<meta property="og:title" content="{_html.escape(name)}" />\n' + rel,
        robots="follow, noindex" if noindex else "index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large",
        ld=_jsonld(graph),
    )
    lbl = f'<span class="ct-title-label">{label}</span> ' if label else ""
    desc = f'\n<div class="page-description ct-hidden-sm"><p>{_tx(description)}</p></div>' if description and page == 1 else ""
    cards = "\n".join(_card(b, s) for s in chunk) if chunk else '<p class="ct-no-results">Không tìm thấy bài viết nào phù hợp.</p>'
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<section>
<div class="hero-section" data-type="type-1">
<header class="entry-header">
{_crumbs(b, trail)}
<h1 class="page-title" title="{_attr(label + " " + name if label else name)}">{lbl}{_tx(name)}</h1>{desc}
</header>
</div>
<div class="entries" data-archive="default" data-layout="simple" data-cards="boxed" data-hover="zoom-in">
{cards}
</div>
{_pagination(b, base_path, page, pages, kind, qs)}
</section>
{_sidebar(b)}
</div>"""
    return _page(b, head=head, body_class=body_class + (f" paged paged-{page}" if page > 1 else ""), current=current, main=main)


# --- home, pages, attachment, embed --------------------------------------------------------


def _latest_block(b: str, stories: list[Story], grid: bool = False) -> str:
    lis = []
    for s in stories:
        d = _dt(_post_date(s))
        img = (
            f'<div class="wp-block-latest-posts__featured-image alignleft"><a href="{_post_url(b, s)}" aria-label="{_attr(s.title)}">'
            f'{_lazy(b, _thumb(s), 0, cls="attachment-thumbnail size-thumbnail wp-post-image", w=400, h=250, srcset=False)}</a></div>'
            if grid
            else ""
        )
        excerpt = f'<div class="wp-block-latest-posts__post-excerpt">{_excerpt(s)}</div>' if grid else ""
        lis.append(
            f'<li>{img}<a class="wp-block-latest-posts__post-title" href="{_post_url(b, s)}">{_tx(s.title)}</a>'
            f'<time datetime="{d.isoformat()}" class="wp-block-latest-posts__post-date">{d:%d/%m/%Y}</time>{excerpt}</li>'
        )
    cls = "wp-block-latest-posts__list is-grid columns-2 has-dates wp-block-latest-posts" if grid else "wp-block-latest-posts__list has-dates wp-block-latest-posts"
    return f'<ul class="{cls}">{"".join(lis)}</ul>'


def _home(b: str) -> str:
    content = f"""<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="300" src="{b}{U}/2026/09/banner-nam-hoc-moi-2026-2027.jpg" alt="Chào mừng năm học mới 2026 - 2027" class="wp-image-980"/></figure>
<h2 class="wp-block-heading has-vivid-cyan-blue-color has-text-color">TIN MỚI NHẤT</h2>
{_latest_block(b, _by_date(STORIES)[:4], grid=True)}
<div class="wp-block-columns is-layout-flex wp-container-core-columns-layout-2 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2 class="wp-block-heading">HOẠT ĐỘNG CHUYÊN MÔN</h2>
{_latest_block(b, _in_cat("hoat-dong-chuyen-mon")[:3])}
<p class="has-text-align-right"><a href="{b}/danh-muc/hoat-dong-chuyen-mon/">Xem tất cả &raquo;</a></p></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2 class="wp-block-heading">THÔNG BÁO</h2>
{_latest_block(b, _in_cat("thong-bao")[:3])}
<p class="has-text-align-right"><a href="{b}/danh-muc/thong-bao/">Xem tất cả &raquo;</a></p></div>
</div>
<p class="has-text-align-right"><a href="{b}/danh-muc/tin-tuc-su-kien/">Xem tất cả tin tức &#8211; sự kiện &raquo;</a></p>"""
    graph = [*_org_graph(b), {"@type": "WebPage", "@id": f"{b}/#webpage", "url": f"{b}/", "name": f"Trang chủ - {SITE_NAME}", "about": {"@id": f"{b}/#organization"}, "isPartOf": {"@id": f"{b}/#website"}, "inLanguage": "vi"}]
    head = _head(
        b,
        title="Phòng GD&amp;ĐT Đức Trọng - Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đức Trọng",
        canonical=f"{b}/",
        description="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đức Trọng, tỉnh Lâm Đồng: tin tức, thông báo, văn bản chỉ đạo.",
        extra='<meta property="og:title" content="Phòng GD&amp;ĐT Đức Trọng" />\n',
        ld=_jsonld(graph),
    )
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-5" class="post-5 page type-page status-publish hentry">
<div class="entry-content is-layout-constrained">
{content}
</div>
</article>
{_sidebar(b)}
</div>"""
    return _page(b, head=head, body_class="home page-template-default page page-id-5", current="/", main=main, schema="https://schema.org/WebPage")


def _page_body(b: str, slug: str) -> str:
    if slug == "gioi-thieu":
        return """<p>Phòng Giáo dục và Đào tạo huyện Đức Trọng là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của UBND huyện; đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo tỉnh Lâm Đồng.</p>
<h2 class="wp-block-heading">Quy mô mạng lưới trường lớp</h2>
<ul><li>Mầm non: 37 trường (25 công lập, 12 ngoài công lập)</li><li>Tiểu học: 45 trường</li><li>THCS và TH&amp;THCS: 30 trường</li></ul>
<p>Địa chỉ trụ sở: Số 12 đường Thống Nhất, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng.</p>"""
    if slug == "co-cau-to-chuc":
        return """<p>Lãnh đạo Phòng Giáo dục và Đào tạo huyện Đức Trọng gồm Trưởng phòng và các Phó Trưởng phòng:</p>
<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
<tr><td>Nguyễn Văn Thành</td><td>Trưởng phòng</td><td>0263 3843 126</td></tr>
<tr><td>Nguyễn Thị Minh Hòa</td><td>Phó Trưởng phòng</td><td>0263 3843 128</td></tr>
<tr><td>K&#8217;Brơi</td><td>Phó Trưởng phòng</td><td>0263 3843 129</td></tr></tbody></table></figure>
<p>Các bộ phận chuyên môn: Mầm non, Tiểu học, THCS, Tổ chức cán bộ, Kế hoạch &#8211; Tài chính, Văn phòng.</p>"""
    if slug == "van-ban-chi-dao":
        rows = [
            ("1482/TB-PGDĐT", "30/11/2026", "Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp huyện lớp 9", "TB-1482-PGDDT-HSG-lop-9.pdf"),
            ("1390/PGDĐT-CM", "10/11/2026", "Hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026 &#8211; 2027", "CV-1390-PGDDT-huong-dan-kiem-tra-giua-ky-I.pdf"),
            ("1215/KH-PGDĐT", "05/10/2026", "Kế hoạch chuyển đổi số năm học 2026 &#8211; 2027", "KH-1215-PGDDT-chuyen-doi-so-2026-2027.pdf"),
        ]
        trs = "".join(
            f'<tr><td>{n}</td><td>{d}</td><td>{t}</td><td><a href="@@B@@{U}/2026/{d[3:5]}/{f}">Tải về</a></td></tr>' for n, d, t, f in rows
        )
        return f"""<p>Danh mục văn bản chỉ đạo, điều hành của Phòng Giáo dục và Đào tạo huyện Đức Trọng.</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{trs}</tbody></table></figure>"""
    if slug == "thu-vien-anh":
        figs = "".join(
            f'<figure class="wp-block-image size-large"><a href="@@B@@{U}/2026/{m}/{f}.jpg"><img decoding="async" src="@@B@@{U}/2026/{m}/{f}-768x512.jpg" alt="" class="wp-image-{900 + i}"/></a><figcaption class="wp-element-caption">{c}</figcaption></figure>'
            for i, (m, f, c) in enumerate(
                [
                    ("09", "khai-giang-nam-hoc-2026-2027-01", "Lễ khai giảng năm học 2026 &#8211; 2027"),
                    ("10", "phat-dong-atgt-phu-hoi-1", "Phát động Tháng an toàn giao thông"),
                    ("11", "ky-niem-20-11-2026-tuyen-duong", "Kỷ niệm ngày Nhà giáo Việt Nam 20/11"),
                    ("12", "hoi-thi-gvcn-gioi-thcs-01", "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS"),
                ]
            )
        )
        return f'<p>Một số hình ảnh hoạt động của ngành Giáo dục và Đào tạo huyện Đức Trọng.</p>\n<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">{figs}</figure>'
    if slug == "lien-he":
        return """<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</strong><br>Địa chỉ: Số 12 đường Thống Nhất, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng<br>Điện thoại: 0263 3843 126<br>Email: pgd.ductrong@lamdong.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f112-p9-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f112-p9-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p></form></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3905.1!2d108.37!3d11.73" width="100%" height="350" style="border:0;" allowfullscreen="" loading="lazy"></iframe>"""
    return """<p>Website của Phòng Giáo dục và Đào tạo huyện Đức Trọng sử dụng cookie để ghi nhớ lựa chọn của người dùng và thống kê lượt truy cập.</p>
<h2 class="wp-block-heading">Thông tin chúng tôi thu thập</h2>
<p>Khi bạn gửi bình luận hoặc liên hệ, chúng tôi lưu tên, email và nội dung bạn nhập để phản hồi. Thông tin này không được chia sẻ cho bên thứ ba.</p>"""


def _static_page(b: str, slug: str) -> str:
    pid, title = PAGES[slug]
    url = f"{b}/{slug}/"
    trail = [("Trang chủ", "/"), (title, None)]
    graph = [*_org_graph(b), _crumb_graph(b, url, trail), {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": title, "isPartOf": {"@id": f"{b}/#website"}, "inLanguage": "vi"}]
    head = _head(b, title=f"{_html.escape(title)} - Phòng GD&amp;ĐT Đức Trọng", canonical=url, og_type="article", extra=f'<meta property="og:title" content="{_html.escape(title)}" />\n', ld=_jsonld(graph))
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<div class="hero-section is-width-constrained" data-type="type-1">
<header class="entry-header">
{_crumbs(b, trail)}
<h1 class="page-title" title="{_attr(title)}" itemprop="headline">{_tx(title)}</h1>
</header>
</div>
<div class="entry-content is-layout-constrained">
{_page_body(b, slug).replace("@@B@@", b)}
</div>
</article>
{_sidebar(b)}
</div>"""
    return _page(b, head=head, body_class=f"page-template-default page page-id-{pid}", current=f"/{slug}/", main=main, schema="https://schema.org/WebPage")


def _attachment(b: str) -> str:
    st = A10
    img = next(i for i in st.images if i.style == "fig-att")
    url = f"{_post_url(b, st)}{ATTACHMENT_SLUG}/"
    trail = [("Trang chủ", "/"), (CATS["hoat-dong-chuyen-mon"][0], "/danh-muc/hoat-dong-chuyen-mon/"), (_raw_title(st), f"/tin-tuc/{st.slug}/"), (ATTACHMENT_SLUG, None)]
    d = datetime.fromisoformat("2026-11-06T08:52:00+07:00")
    full = _sizes(img.src)[0]
    head = _head(b, title=f"{ATTACHMENT_SLUG} - Phòng GD&amp;ĐT Đức Trọng", canonical=url, og_type="article", extra=f'<meta property="og:title" content="{ATTACHMENT_SLUG}" />\n', ld=_jsonld([*_org_graph(b), _crumb_graph(b, url, trail)]))
    main = f"""<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-1094" class="post-1094 attachment type-attachment status-inherit hentry">
<div class="hero-section is-width-constrained" data-type="type-1">
<header class="entry-header">
{_crumbs(b, trail)}
<h1 class="page-title" title="{ATTACHMENT_SLUG}" itemprop="headline">{ATTACHMENT_SLUG}</h1>
<ul class="entry-meta is-width-constrained" data-type="label:slash" data-id="meta_1" ><li class="meta-author"><span>Người đăng</span><a class="ct-meta-element-author" href="{b}/author/quantri/" rel="author"><span>quantri</span></a></li><li class="meta-date" itemprop="datePublished"><span>Ngày đăng</span><time class="ct-meta-element-date" datetime="{d.isoformat()}">{_vn_full(d)}</time></li></ul>
</header>
</div>
<div class="entry-content is-layout-constrained">
<p class="attachment"><a href="{b}{full}">{_lazy(b, img.src, 1094, cls="attachment-medium size-medium")}</a></p>
<p>{_tx(img.printed or "")}</p>
</div>
<nav class="post-navigation is-width-constrained"><a href="{_post_url(b, st)}" class="nav-item-prev"><span class="item-label">Đăng trong</span> <span class="item-title ct-hidden-sm">{_tx(st.title)}</span></a></nav>
</article>
{_sidebar(b)}
</div>"""
    return _page(b, head=head, body_class="attachment attachment-template-default single single-attachment postid-1094 attachmentid-1094 attachment-jpeg", current="", main=main)


def _embed_card(b: str, st: Story) -> str:
    url = _post_url(b, st)
    n = len(st.opts.get("comments", []))
    feat = (
        f'<div class="wp-embed-featured-image rectangular"><a href="{url}" target="_top"><img width="1024" height="683" src="{b}{st.images[0].src}" class="attachment-large size-large" alt="" decoding="async" /></a></div>\n'
        if st.images
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<title>{_tx(st.title)} &#8211; Phòng GD&amp;ĐT Đức Trọng</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name='robots' content='noindex, follow' />
<link rel="canonical" href="{url}" />
<style>body{{margin:0}}.wp-embed{{padding:25px;font:400 14px/1.5 sans-serif}}</style>
</head>
<body class="post-template-default single single-post postid-{st.id} single-format-standard wp-embed-responsive">
<div class="wp-embed post-{st.id} post type-post status-publish format-standard hentry">
{feat}<p class="wp-embed-heading"><a href="{url}" target="_top">{_tx(st.title)}</a></p>
<div class="wp-embed-excerpt"><p>{_excerpt(st)} <a href="{url}" class="wp-embed-more" target="_top">Đọc tiếp <span class="screen-reader-text">{_tx(st.title)}</span></a></p></div>
<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{b}/" target="_top"><img src="{b}{U}/2026/01/cropped-logo-pgd-duc-trong-32x32.png" width="32" height="32" alt="" class="wp-embed-site-icon" /><span>Phòng GD&amp;ĐT Đức Trọng</span></a></div>
<div class="wp-embed-meta"><div class="wp-embed-comments"><a href="{url}#respond" target="_top"><span class="dashicons dashicons-admin-comments"></span>{n} bình luận</a></div>
<div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Mở cửa sổ chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div></div>
</div>
<script src="{b}/wp-includes/js/wp-embed-template.min.js?ver=6.4.2"></script>
</body>
</html>"""


# --- feeds ---------------------------------------------------------------------------------


def _rss(b: str, self_path: str, title: str, items: list[str]) -> Response:
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{title}</title>
	<atom:link href="{b}{self_path}" rel="self" type="application/rss+xml" />
	<link>{b}</link>
	<description>Tỉnh Lâm Đồng &#8211; Dạy tốt, học tốt, quản lý tốt</description>
	<lastBuildDate>Sat, 05 Dec 2026 01:05:12 +0000</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.4.2</generator>
{"".join(items)}</channel>
</rss>
"""
    return Response(200, body.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _feed_item(b: str, st: Story) -> str:
    url = _post_url(b, st)
    cats = "".join(f"\n\t\t<category><![CDATA[{CATS[c][0]}]]></category>" for c in _cats_of(st))
    return f"""	<item>
		<title>{_tx(st.title)}</title>
		<link>{url}</link>
		<comments>{url}#respond</comments>
		<dc:creator><![CDATA[quantri]]></dc:creator>
		<pubDate>{_rfc822(_dt(_post_date(st)))}</pubDate>{cats}
		<guid isPermaLink="false">{b}/?p={st.id}</guid>
		<description><![CDATA[{_excerpt(st).replace("&hellip;", " [&hellip;]")}]]></description>
		<wfw:commentRss>{url}feed/</wfw:commentRss>
		<slash:comments>{len(st.opts.get("comments", []))}</slash:comments>
	</item>
"""


def _comment_feed(b: str, st: Story | None) -> Response:
    pairs = [(s, c) for s in STORIES for c in s.opts.get("comments", []) if st is None or s is st]
    items = "".join(
        f"""	<item>
		<title>Bình luận cho {_tx(s.title)} bởi {_tx(c["author"])}</title>
		<link>{_post_url(b, s)}#comment-{c["id"]}</link>
		<dc:creator><![CDATA[{c["author"]}]]></dc:creator>
		<pubDate>{_rfc822(_dt(c["when"]))}</pubDate>
		<guid isPermaLink="false">{b}/?p={s.id}#comment-{c["id"]}</guid>
		<description><![CDATA[{c["text"]}]]></description>
	</item>
"""
        for s, c in pairs
    )
    if st is None:
        return _rss(b, "/comments/feed/", "Bình luận cho Phòng GD&amp;ĐT Đức Trọng", [items])
    return _rss(b, f"/tin-tuc/{st.slug}/feed/", f"Bình luận về: {_tx(st.title)}", [items])


# --- the site ------------------------------------------------------------------------------

_RE_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_RE_CAT_FEED = re.compile(r"^/danh-muc/([a-z0-9-]+)/feed/$")
_RE_TAG = re.compile(r"^/tag/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_RE_AUTHOR = re.compile(r"^/author/quantri/(?:page/(\d+)/)?$")
_RE_MONTH = re.compile(r"^/2026/(1[012])/(?:page/(\d+)/)?$")
_RE_POST = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:(feed|embed)/|([a-z0-9-]+)/)?$")
_RE_PAGED = re.compile(r"^/page/(\d+)/$")
_RE_PAGE = re.compile(r"^/([a-z0-9-]+)/$")
_MONTHS = {10: "Tháng Mười 2026", 11: "Tháng Mười Một 2026", 12: "Tháng Mười Hai 2026"}

_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 64


def _search_text(st: Story) -> str:
    return unicodedata.normalize("NFC", " ".join([st.title, *st.paragraphs])).casefold()


class WpBlocksySite:
    """Phòng GD&ĐT Đức Trọng on WordPress 6.4 + Blocksy: pretty permalinks, Rank Math, plugins."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        b = base_url(request)
        if request.method == "POST":
            if path == "/wp-comments-post.php":
                return html(
                    "<!DOCTYPE html><html lang='vi'><head><title>Phòng GD&amp;ĐT Đức Trọng &rsaquo; Lỗi</title></head>"
                    '<body id="error-page"><div class="wp-die-message"><p><strong>Lỗi</strong>: Vui lòng điền các trường bắt buộc (tên, email).</p></div>'
                    "<p><a href='javascript:history.back()'>&laquo; Quay lại</a></p></body></html>",
                    status=400,
                )
            if path in ("/index.php", "/lien-he/"):
                return redirect(f"{b}/", 303)
            return None
        if path.startswith(("/wp-content/", "/wp-includes/")):
            low = path.lower()
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if low.endswith(".docx"):
                return Response(200, _DOCX, {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
            if low.endswith(".mp3"):
                return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/index.php":
            return redirect(f"{b}/", 301)
        if not path.endswith("/"):
            # WordPress's redirect_canonical: the permalink always ends with a slash
            probe = self._route(request, path + "/", b)
            if probe is not None and probe.status == 200:
                return redirect(f"{b}{path}/" + (f"?{request.query}" if request.query else ""), 301)
            return None
        return self._route(request, path, b)

    def _route(self, request: Request, path: str, b: str) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        keys = set(params)
        if path == "/":
            if not request.query:
                return _ok(_home(b))
            if keys == {"s"}:
                return self._search(b, params["s"], 1)
            if keys == {"p"} and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(_post_url(b, BY_ID[int(params["p"])]), 301)
            if keys == {"page_id"}:
                for slug, (pid, _t) in PAGES.items():
                    if params["page_id"] == str(pid):
                        return redirect(f"{b}/{slug}/", 301)
            return None
        if (m := _RE_PAGED.match(path)) and keys == {"s"}:
            return self._search(b, params["s"], int(m[1]))
        if (m := _RE_POST.match(path)) and (st := BY_SLUG.get(m[1])):
            if m[2] == "feed" and not request.query:
                return _comment_feed(b, st)
            if m[2] == "embed" and not request.query:
                return _ok(_embed_card(b, st), {"X-Robots-Tag": "noindex"})
            if m[3]:
                if st is A10 and m[3] == ATTACHMENT_SLUG and not request.query:
                    return _ok(_attachment(b))
                return None
            if m[2]:
                return None
            if not request.query:
                return _ok(_single(b, st))
            if keys == {"replytocom"}:
                for c in st.opts.get("comments", []):
                    if params["replytocom"] == str(c["id"]):
                        return _ok(_single(b, st, c))
            return None
        if request.query:
            return None
        if path in ("/feed/", "/comments/feed/"):
            if path == "/comments/feed/":
                return _comment_feed(b, None)
            return _rss(b, "/feed/", "Phòng GD&amp;ĐT Đức Trọng", [_feed_item(b, s) for s in _by_date(STORIES)[:10]])
        if (m := _RE_CAT_FEED.match(path)) and m[1] in CATS:
            return _rss(b, path, f"{_tx(CATS[m[1]][0])} &#8211; Phòng GD&amp;ĐT Đức Trọng", [_feed_item(b, s) for s in _in_cat(m[1])[:10]])
        if m := _RE_CAT.match(path):
            slug = m[1]
            if slug not in CATS:
                return None
            if m[2] == "1":
                return redirect(f"{b}/danh-muc/{slug}/", 301)
            name, kind, term, desc = CATS[slug]
            page = _archive(
                b,
                items=_in_cat(slug),
                page=int(m[2] or 1),
                base_path=f"/danh-muc/{slug}/",
                label="Danh mục:",
                name=name,
                trail=[("Trang chủ", "/"), (name, None)],
                body_class=f"archive category category-{slug} category-{term}",
                current=f"/danh-muc/{slug}/",
                kind=kind,
                description=desc,
                feed=f"/danh-muc/{slug}/feed/",
            )
            return _ok(page) if page else None
        if m := _RE_TAG.match(path):
            slug = m[1]
            if slug not in TAGS:
                return None
            if m[2] == "1":
                return redirect(f"{b}/tag/{slug}/", 301)
            page = _archive(
                b,
                items=_with_tag(slug),
                page=int(m[2] or 1),
                base_path=f"/tag/{slug}/",
                label="Thẻ:",
                name=TAGS[slug],
                trail=[("Trang chủ", "/"), (TAGS[slug], None)],
                body_class=f"archive tag tag-{slug}",
                current="",
            )
            return _ok(page) if page else None
        if m := _RE_AUTHOR.match(path):
            if m[1] == "1":
                return redirect(f"{b}/author/quantri/", 301)
            page = _archive(
                b,
                items=_by_date(STORIES),
                page=int(m[1] or 1),
                base_path="/author/quantri/",
                label="Tác giả:",
                name="quantri",
                trail=[("Trang chủ", "/"), ("Lưu trữ cho quantri", None)],
                body_class="archive author author-quantri author-1",
                current="",
                noindex=True,
            )
            return _ok(page) if page else None
        if m := _RE_MONTH.match(path):
            month = int(m[1])
            if m[2] == "1":
                return redirect(f"{b}/2026/{month:02d}/", 301)
            page = _archive(
                b,
                items=_in_month(month),
                page=int(m[2] or 1),
                base_path=f"/2026/{month:02d}/",
                label="Tháng:",
                name=_MONTHS[month],
                trail=[("Trang chủ", "/"), (f"Lưu trữ cho {_MONTHS[month]}", None)],
                body_class="archive date",
                current="",
                noindex=True,
            )
            return _ok(page) if page else None
        if (m := _RE_PAGE.match(path)) and m[1] in PAGES:
            return _ok(_static_page(b, m[1]))
        return None

    def _search(self, b: str, term: str, page: int) -> Response | None:
        needle = unicodedata.normalize("NFC", term.strip()).casefold()
        items = [s for s in _by_date(STORIES) if needle in _search_text(s)]
        shown = _html.escape(term.strip())
        markup = _archive(
            b,
            items=items,
            page=page,
            base_path="/",
            label="Kết quả tìm kiếm cho:",
            name=f"“{term.strip()}”",
            trail=[("Trang chủ", "/"), (f"Kết quả tìm kiếm cho “{shown}”", None)],
            body_class="search search-results" if items else "search search-no-results",
            current="",
            qs=f"?s={quote(term, safe='')}",
            noindex=True,
        )
        return _ok(markup) if markup else None


def build_site() -> WpBlocksySite:
    return WpBlocksySite()


# --- gold ----------------------------------------------------------------------------------


def _alt_paths(st: Story) -> list[str]:
    return [f"/tin-tuc/{st.slug}/?replytocom={c['id']}" for c in st.opts.get("comments", [])]


GOLD = [gold_record(st, f"/tin-tuc/{st.slug}/", st.cat, alt_paths=_alt_paths(st)) for st in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/van-ban-chi-dao/",
    "/thu-vien-anh/",
    "/lien-he/",
    "/chinh-sach-bao-mat/",
    f"/tin-tuc/{A10.slug}/{ATTACHMENT_SLUG}/",
    f"/tin-tuc/{A7.slug}/embed/",
]
