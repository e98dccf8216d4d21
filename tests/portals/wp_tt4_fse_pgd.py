"""Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một: WordPress 6.5, a Twenty Twenty-Four child theme.

The education office of a provincial city runs WordPress 6.5.5 with a child theme of Twenty
Twenty-Four ("tdm-edu"): every page is block markup from templates and template parts
(``wp-site-blocks`` > ``header.wp-block-template-part`` / ``main`` / ``footer``), lists are Query Loop
blocks (``wp-block-query`` > ``ul.wp-block-post-template`` > ``li.wp-block-post``) and a post is
printed by ``wp-block-post-title`` / ``wp-block-post-date`` / ``wp-block-post-author-name`` /
``wp-block-post-terms`` / ``wp-block-post-excerpt`` / ``wp-block-post-featured-image`` /
``wp-block-post-content``. Plugins: Yoast SEO (head meta, JSON-LD, breadcrumbs), AddToAny, Lazy Load
by WP Rocket, Post Views Counter. All links are absolute (``home_url``) except those WordPress builds
with ``add_query_arg`` on the request URI (query-loop pagination).

URL scheme (permalinks ``/%year%/%monthnum%/%postname%/``)
- posts ``/2026/11/<slug>/``; ``/?p=<id>`` (the ``rel=shortlink``), the slash-less form and the old
  ``/<slug>/`` form from before the permalink change answer 301 to it; ``?replytocom=<comment>``
  serves the post again (noindex); ``<post>/embed/`` is the oEmbed card; ``<post>/feed/`` the
  comments RSS; ``<post>/<attachment-slug>/`` an attachment page;
- categories ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/N/`` (4 a page, absolute links;
  ``page/1/`` answers 301), their feed ``/chuyen-muc/<slug>/feed/``; tags ``/tag/<slug>/``, authors
  ``/author/<login>/`` (same paging); ``/feed/`` (10 newest, full content); ``/?s=`` search;
  ``/wp-json/wp/v2/posts/<id>`` (linked from the head);
- WordPress pages ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``,
  ``/van-ban-chi-dao/``, ``/thong-bao/`` (``/?page_id=<id>`` 301s to them).

Page templates
- front page ``/``: cover banner, Query Loop id 3 "TIN TỨC – SỰ KIỆN" (Tin tức + Hoạt động chuyên
  môn, 5 a page, block setting pages=2; pagination ``?query-3-page=N``), Query Loop "THÔNG BÁO"
  (3 newest notices, no pagination, "Xem tất cả thông báo »" to ``/thong-bao/``), sidebar;
- ``/thong-bao/``: a page holding Query Loop id 5 (notices, 2 a page, ``?query-5-page=N``);
- single (default template): [modified-date row] h1, meta row (long date, "Đăng bởi" account,
  "trong" categories), Post Excerpt block (styled as a bold lead), featured image, post content
  (views counter on top, AddToAny at the bottom), "Từ khóa" tags, comments and comment form;
  the right column is the sidebar (recent posts, documents, links, visit counter);
- single "Thông báo" template (notices): h1, "Ngày đăng: dd/mm/YYYY | Chuyên mục: …", content;
- archives: Yoast breadcrumbs, ``h1.wp-block-query-title`` ("Chuyên mục: Tin tức", "Thẻ: STEM",
  "Tác giả: Văn phòng"), term description, inherited query, pagination;
- every page: top bar with the header clock "Thứ Bảy, 05/12/2026", logo and site title, search
  form, navigation with drop-downs (menu label "Tin tức – Sự kiện" for the category "Tin tức"),
  a "Tin mới:" ticker (a Query Loop of the 5 newest titles), footer with address/phone/licence.

How each gold article is reached (newest first; posts 4 a page on archives)
- S1 sơ kết chuyển đổi số (Tin tức): front page, ticker, sidebar, Tin tức p.1, tag, feed.
- S2 thông báo bán trú (Thông báo): front page notices, ticker, /thong-bao/, Thông báo archive.
- S3 chuyên đề STEM (Hoạt động chuyên môn): front page, ticker, sidebar, HĐCM p.1, tag.
- S4 GV dạy giỏi mầm non (Tin tức): front page, ticker, sidebar, Tin tức p.1, tags.
- S5 GVCN giỏi tiểu học (Tin tức; also filed in HĐCM): front page, sidebar, both archives p.1.
- S6 họp mặt 20/11 (Tin tức): front page, sidebar, Tin tức p.1.
- S7 bồi dưỡng tiếng Anh (HĐCM): front page p.2 (``/?query-3-page=2``), HĐCM p.1.
- S8 học bổng (Tin tức): front page p.2, Tin tức p.2.
- S9 thư viện đạt chuẩn (HĐCM): front page p.2, HĐCM p.1, S7's "Xem thêm" (old URL, 301).
- S10 Hội khỏe Phù Đổng (Thông báo): front page notices, ``/thong-bao/?query-5-page=2``, archive.
- S11 KHKT cấp tỉnh (Tin tức): front page p.2, Tin tức p.2, the embed card in S3.
- S12 hội thảo Ngữ văn (HĐCM): only page 2s: front page p.2, HĐCM p.2, author p.2.
- S13 trường học hạnh phúc (Tin tức): only page 2s: Tin tức p.2, author p.2 (the front-page loop
  stops at its page 2 and page 3 is never linked).

Traps
1. Query Loop pagination, two kinds (pagination). The front page's loop pages with
   ``?query-3-page=N``: the numbers are bare relative links (``href="?query-3-page=2"``), previous
   and next are root-relative (``/?query-3-page=1`` is the front page again); the block's "pages: 2"
   setting hides the 11th news item for good. ``/thong-bao/`` pages with ``?query-5-page=2``, the
   archives with absolute ``/page/2/``. Gold: S12 and S13 exist only behind page 2 of a listing;
   a crawler that drops unknown query parameters or treats ``query-N-page`` as tracking misses S7–S12
   on the front page and S10 on ``/thong-bao/``.
2. An automatic excerpt dressed as a sapo (summary; not a listed kind). The single template has a
   Post Excerpt block styled as a bold lead between the meta row and the photo. With a manual
   excerpt (S1, S4, S6, S8, S12) it is the sapo: ``summary`` = it, and it is the body's first
   paragraph. Without one (S3, S5, S7, S9, S11, S13) WordPress prints the first 55 words of the text,
   cut mid-sentence with "…" and running across two paragraphs: not a sapo (summary null) and not
   body (the text follows in full).
3. Two post-date blocks (dates). Edited posts (S1, S4, S9, S12) print "Cập nhật lần cuối:" with a
   ``wp-block-post-date__modified-date`` ``<time datetime>`` *above* the h1; the publication date
   comes after it. Yoast prints ``article:published_time`` and JSON-LD dates in UTC
   ("2026-12-04T08:20:00+00:00"); comments carry later dates. Gold: the publication date with the
   site offset, "2026-12-04T15:20:00+07:00".
4. Notices' day-only template and a letterhead (dates, official document). The "Thông báo" template
   prints "Ngày đăng: 02/11/2026" while ``<time datetime>`` (and Yoast) carry the time: gold is the
   day printed, "2026-11-02" (S10). S2 is an official notice whose letterhead day (02/12) is not its
   posting day (03/12): "2026-12-02"; its letterhead and its signature block are ``wp-block-table``
   blocks just like the schedule table that *is* text (rows "Ngày | Buổi | Đơn vị", …); the signer
   Nguyễn Thị Thu Hương is the author.
5. One post, two categories (category; not a listed kind). S5 is filed under "Tin tức" (Yoast
   primary) and "Hoạt động chuyên môn"; the post-terms block lists them by name, so "Hoạt động
   chuyên môn" comes first, JSON-LD ``articleSection`` has both and the post is on both archives.
   Gold: the breadcrumb's "Tin tức". The menu calls that category "Tin tức – Sự kiện": gold uses
   the breadcrumb's name everywhere.
6. Lazy-loaded images (images; not a listed kind). Lazy Load by WP Rocket rewrites every content
   image: ``src`` is an inline SVG ``data:`` placeholder, the photo is in ``data-lazy-src`` /
   ``data-lazy-srcset``, and a ``<noscript>`` copy follows; the srcset's widest candidate is the
   original upload. Gold: each photo once, at the ``-1024x683`` rendition the editor inserted
   (``data-lazy-src``). The featured image (outside post-content, not lazy, ``fetchpriority``)
   is the article's lead photo: first in ``images``, caption null. Listing thumbnails
   (``-300x200``), banners and the logo are not article images.
7. Pages that look like posts (pseudo-articles; not a listed kind). Gallery photos in S8 link to
   WordPress attachment pages (``…/hoc-bong-trao-1/``) that the single template renders with an h1,
   a date, an author, a bold "excerpt" (the caption) and the photo; a password-protected notice
   ("Được bảo vệ: Danh sách đề xuất khen thưởng…") sits in every notice list, the ticker and the
   feed with a title and date but only a password form. Gold: none of them is an article
   (all three are NON_ARTICLES).
8. The site's own oEmbed card inside the text (boundaries; not a listed kind). S3 ends with a
   ``wp-block-embed`` of S11: a ``blockquote.wp-embedded-content`` holding S11's title as a link,
   and a hidden iframe of ``…/embed/``. Gold: not a quote, not body; the ``/embed/`` view (noindex,
   rel=canonical to S11, title + 35-word excerpt) is listed in S11's ``alt_paths``.
9. Duplicates (duplicates). "Trả lời" links ``?replytocom=57`` serve the whole article again with
   ``noindex`` and a canonical link: S4's two and S7's one are ``alt_paths``. ``/?p=<id>`` short
   links, slash-less URLs and the old ``/<slug>/`` link in S7's "Xem thêm" line answer 301 (not
   listed: they never serve a page).
10. Plugins writing into the text's container (chrome in the text). Inside
    ``wp-block-post-content``: Post Views Counter's "Lượt xem: 487" first, AddToAny's "Chia sẻ bài
    viết:" last, a synced pattern "📞 ĐƯỜNG DÂY NÓNG NGÀNH GIÁO DỤC THÀNH PHỐ" box at the end
    of S8 and S10, the file block "Tải xuống" (S2, S10), the YouTube embed and its
    figcaption (S7). Gold: none of it is body; a video is not an image.
11. Collapsed text (hidden text; not a listed kind). S13 keeps its four criteria inside a
    ``details.wp-block-details``: closed, but the text's own. Gold: the ``summary`` line and the four
    paragraphs are body, in order.
12. WordPress's text filters (text; not a listed kind). ``wptexturize`` prints quotes and dashes as
    ``&#8220;`` ``&#8221;`` ``&#8211;`` in titles and text: gold has “ ” – as characters.
    ``convert_smilies`` turned the ":)" closing S13 into ``<img class="wp-smiley" alt="🙂">`` from
    s.w.org: no text, no image. The core Footnotes block (S12) prints calls as
    ``<sup data-fn class="fn"><a>1</a></sup>`` and the notes as ``ol.wp-block-footnotes`` with "↩︎"
    back links: the calls are not text, the notes are the last body paragraphs without the arrow.
13. Captions four ways (captions). ``figcaption.wp-element-caption``; an italic centred paragraph
    typed under an image block (S3: it is the caption, not body); the Classic editor's
    ``figure.wp-caption > figcaption.wp-caption-text`` (S9); a gallery with a caption per photo and
    a gallery caption "Ảnh: Đoàn Minh Khoa" (S8: only a credit, so the photographer). S1's
    figcaption "Ảnh: Trần Minh Tâm" is a credit alone: caption null, photographer.
14. The account is not the author (bylines). The meta row prints "Đăng bởi Văn phòng" /
    "Biên tập viên" (WordPress accounts, also Yoast's ``meta name=author`` and JSON-LD author):
    nobody. The real byline is a right-aligned paragraph at the end: "Tin: X – Ảnh: Y", "Tin, ảnh:
    X (Trường …)", "Bài, ảnh: X", "Tin: X; ảnh: Y", a bare name "Hồng Nhung", a unit "Tổ Giáo dục
    Mầm non", "ThS. X – Tổ Giáo dục THCS", "ThS. X, chuyên viên …", and a source line
    "Theo Sở GD&ĐT Bình Dương" (S11, whose body also has a sentence "Theo kế hoạch của Ban tổ
    chức, …" that stays text).
15. Pasted from the old site (encodings). S9 was pasted into a Classic block: decomposed (NFD)
    Vietnamese, ``&nbsp;`` after the first full stop of each paragraph, Times New Roman spans and
    justified paragraphs. Gold: NFC text, one space.
16. Other posts' titles in the same markup (title). The header ticker, the sidebar and the
    front-page notices print other posts' titles as ``h3.wp-block-post-title`` before and after the
    article; the article's own is the only ``h1.wp-block-post-title``. ``<title>`` adds
    " – Phòng GD&ĐT Thủ Dầu Một".

Gold decisions on ambiguous points
- ``published_at``: the publication ``wp-block-post-date`` of the single template (it prints a time:
  full ISO, seconds :00 as printed and as in ``datetime``); the notices' template prints a day
  alone, so the day alone although ``datetime`` has a time; S2 takes its letterhead's day.
- ``summary``: only a manual excerpt (printed whole, shorter than the excerpt length) is a sapo; an
  automatic one is neither summary nor body.
- ``images``: the featured image counts, first, caption null; content photos at the URL in
  ``data-lazy-src``; gallery photos with their own figcaptions. Listing thumbnails, the wp-smiley,
  the embed card's picture and the YouTube frame are not images of the article.
- ``body``: headings (``h2.wp-block-heading``, bold numbered lines in S2), list items, table rows
  (header row included, cells joined by " | "), the pull quote (S6) and the quote (S12), the
  ``details`` summary and paragraphs (S13), footnotes (S12); a ``<br>`` splits S10's and S13's
  paragraphs. Not body: bylines, the source line, "Xem thêm:", captions (including S3's italic
  caption paragraph), letterhead/"THÔNG BÁO / Về việc…"/"Nơi nhận"/signature of S2, plugin boxes,
  the hotline pattern, file blocks, embeds, comments.
- ``authors``: the printed byline, degrees and posts removed; "Tin, ảnh: X", "Bài, ảnh: X" -> X in
  both lists; "Hồng Nhung" alone -> author; "Tổ Giáo dục Mầm non" -> author as printed; WordPress
  accounts never.
- ``category``: the breadcrumb's (Yoast primary) category name.
- ``alt_paths``: only targets that answer 200 with the article (``?replytocom=…``, ``/embed/``);
  redirects are not listed.
- NON_ARTICLES: the four WordPress pages, the protected notice and the two attachment pages.
  Listings (``/thong-bao/``, archives, search) are not listed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, redirect
from crawler.demo.server import html as html_response
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

NAME = "wp_tt4_fse_pgd"
PLATFORM = (
    "WordPress 6.5 block theme (Twenty Twenty-Four child, full-site editing) with Yoast SEO, "
    "AddToAny, Lazy Load by WP Rocket and Post Views Counter"
)
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Thủ Dầu Một"
SITE_LONG = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ THỦ DẦU MỘT"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

#: category slug -> (name as the breadcrumb and the archive print it, term id, menu label)
CATS: dict[str, tuple[str, int, str]] = {
    "tin-tuc": ("Tin tức", 3, "Tin tức – Sự kiện"),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 4, "Hoạt động chuyên môn"),
    "thong-bao": ("Thông báo", 5, "Thông báo"),
}
#: tag slug -> (name, term id)
TAGS: dict[str, tuple[str, int]] = {
    "chuyen-doi-so": ("chuyển đổi số", 21),
    "thi-giao-vien-gioi": ("thi giáo viên giỏi", 22),
    "mam-non": ("mầm non", 23),
    "stem": ("STEM", 24),
}
#: author login -> (display name, user id)
AUTHORS: dict[str, tuple[str, int]] = {
    "vanphong": ("Văn phòng", 2),
    "bientap-pgd": ("Biên tập viên", 3),
}

_CAPTION_CREDIT = "Ảnh: Trần Minh Tâm"

# --- the thirteen articles ------------------------------------------------------------------

_HOTLINE = Raw(
    '<div class="wp-block-group has-border-color has-background is-layout-constrained '
    'wp-block-group-is-layout-constrained" style="border-color:#b5121b;border-width:1px;'
    'border-radius:6px;background-color:#fff7f0;padding-top:12px;padding-right:16px;'
    'padding-bottom:12px;padding-left:16px">\n'
    '<p class="has-text-align-center" style="color:#b5121b"><strong>📞 ĐƯỜNG DÂY NÓNG NGÀNH '
    "GIÁO DỤC THÀNH PHỐ</strong></p>\n"
    '<p class="has-text-align-center has-small-font-size">Tiếp nhận phản ánh về thu chi đầu năm, '
    "dạy thêm &#8211; học thêm trái quy định: <strong>0274.3822.416</strong> &#8211; Email: "
    '<a href="mailto:duongdaynong.pgddt@thudaumot.binhduong.gov.vn">'
    "duongdaynong.pgddt@thudaumot.binhduong.gov.vn</a></p>\n</div>"
)


def _byline(inner: str, tag: str = "strong") -> Raw:
    return Raw(f'<p class="has-text-align-right"><{tag}>{inner}</{tag}></p>')


S1 = Story(
    id=2291,
    slug="so-ket-chuyen-doi-so-nganh-giao-duc-thanh-pho-nam-2026",
    title="Sơ kết công tác chuyển đổi số ngành Giáo dục thành phố năm 2026",
    cat="tin-tuc",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Chiều 04/12, Phòng GD&ĐT thành phố Thủ Dầu Một tổ chức hội nghị sơ kết công tác chuyển "
        "đổi số năm 2026, đánh giá kết quả triển khai học bạ số, sổ điểm điện tử và đề ra nhiệm vụ "
        "trọng tâm cho học kỳ II."
    ),
    sapo_outside=True,
    authors=["Phạm Quốc Việt"],
    photographers=["Trần Minh Tâm"],
    blocks=[
        Img("/wp-content/uploads/2026/12/so-ket-cds-2026.jpg", None, None, "featured"),
        P(
            "Tham dự hội nghị có ông Lê Văn Thắng – Trưởng phòng GD&ĐT thành phố; đại diện Trung tâm "
            "Chuyển đổi số thành phố cùng hiệu trưởng, phó hiệu trưởng phụ trách công nghệ thông tin "
            "của 58 trường mầm non, tiểu học và trung học cơ sở trên địa bàn."
        ),
        P(
            "Theo báo cáo, đến hết tháng 11/2026, 100% trường tiểu học và THCS đã sử dụng học bạ số; "
            "52/58 đơn vị triển khai thu học phí không dùng tiền mặt, đạt tỷ lệ 89,6%. Cơ sở dữ liệu "
            "ngành được cập nhật đầy đủ, đồng bộ với hệ thống của Bộ GD&ĐT trước thời hạn."
        ),
        P("Những khó khăn còn tồn tại", "h2"),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: hạ tầng mạng ở một số "
            "điểm trường còn chậm; một bộ phận giáo viên lớn tuổi chưa thành thạo ký số; việc khai "
            "thác dữ liệu phục vụ quản trị nhà trường chưa thường xuyên."
        ),
        Img("/wp-content/uploads/2026/12/hn-chuyen-doi-so-1024x683.jpg", _CAPTION_CREDIT, None, "fig"),
        P("Nhiệm vụ học kỳ II", "h2"),
        P("Hoàn thành ký số học bạ học kỳ I trước ngày 20/01/2027;", "li"),
        P("Tổ chức tập huấn kỹ năng số cho 100% nhân viên văn thư, kế toán;", "li"),
        P("Triển khai thí điểm phần mềm quản lý thư viện số tại 10 trường.", "li"),
        P(
            "Phát biểu kết luận, ông Lê Văn Thắng đề nghị các đơn vị xem chuyển đổi số là nhiệm vụ "
            "thường xuyên, gắn với trách nhiệm người đứng đầu, “không làm phong trào, không chạy theo "
            "số lượng”."
        ),
        _byline("Tin: Phạm Quốc Việt &#8211; Ảnh: Trần Minh Tâm"),
    ],
    opts={
        "dt": "2026-12-04T15:20",
        "mod": "2026-12-05T09:02",
        "cats": ["tin-tuc"],
        "tags": ["chuyen-doi-so"],
        "login": "vanphong",
    },
)

S2 = Story(
    id=2284,
    slug="thong-bao-kiem-tra-cong-tac-to-chuc-ban-tru-hoc-ky-i",
    title="Thông báo kiểm tra công tác tổ chức bán trú học kỳ I, năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-12-02",
    authors=["Nguyễn Thị Thu Hương"],
    blocks=[
        Raw(
            '<figure class="wp-block-table tdm-tieu-de-vb"><table class="has-fixed-layout"><tbody>'
            '<tr><td class="has-text-align-center" data-align="center">UBND THÀNH PHỐ THỦ DẦU MỘT<br>'
            "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 512/TB-PGDĐT</td>"
            '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ '
            "NGHĨA VIỆT NAM<br>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br>"
            "<em>Thủ Dầu Một, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table></figure>"
        ),
        Raw(
            '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc kiểm '
            "tra công tác tổ chức bán trú học kỳ I, năm học 2026 &#8211; 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 1468/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực "
            "hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra công tác tổ chức bán trú tại các "
            "trường mầm non, tiểu học công lập và ngoài công lập trên địa bàn thành phố như sau:"
        ),
        P("1. Nội dung kiểm tra", "b"),
        P(
            "Hồ sơ tổ chức bán trú; hợp đồng cung cấp thực phẩm, sổ kiểm thực ba bước, lưu mẫu thức "
            "ăn; điều kiện bếp ăn, nhà vệ sinh, phòng ngủ của trẻ; việc thu, chi các khoản phục vụ "
            "bán trú."
        ),
        P("2. Thời gian và đơn vị được kiểm tra", "b"),
        P("Ngày | Buổi | Đơn vị", "th"),
        P("08/12/2026 | Sáng | Trường MN Hoa Mai, Trường TH Phú Hòa 1", "tr"),
        P("08/12/2026 | Chiều | Trường MN Sơn Ca, Trường TH Nguyễn Du", "tr"),
        P("10/12/2026 | Sáng | Trường MN Tuổi Thơ, Trường TH Chánh Nghĩa", "tr"),
        P("11/12/2026 | Sáng | Các nhóm, lớp mầm non độc lập phường Hiệp Thành", "tr"),
        P("3. Thành phần đoàn kiểm tra", "b"),
        P(
            "Đại diện lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách bậc học, đại diện Trung tâm Y tế "
            "thành phố và Phòng Kinh tế."
        ),
        P(
            "Đề nghị Hiệu trưởng các đơn vị chuẩn bị đầy đủ hồ sơ, bố trí cán bộ phụ trách bán trú "
            "làm việc với đoàn. Trong quá trình thực hiện, nếu có vướng mắc, liên hệ bà Lê Thị Kim "
            "Oanh, chuyên viên Phòng GD&ĐT, số điện thoại 0274.3822.415 để được hướng dẫn./."
        ),
        Raw(
            '<figure class="wp-block-table tdm-ky-vb"><table class="has-fixed-layout"><tbody><tr>'
            '<td><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- Lãnh đạo Phòng;<br>'
            '- Lưu: VT.</td><td class="has-text-align-center" data-align="center"><strong>KT. '
            "TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG</strong><br><br><em>(đã ký)</em><br><br>"
            "<strong>Nguyễn Thị Thu Hương</strong></td></tr></tbody></table></figure>"
        ),
        Raw("{FILE:/wp-content/uploads/2026/12/512-TB-PGDDT-kiem-tra-ban-tru.pdf|512/TB-PGDĐT kiểm tra bán trú HK I}"),
    ],
    opts={
        "dt": "2026-12-03T09:40",
        "cats": ["thong-bao"],
        "tags": ["mam-non"],
        "login": "vanphong",
        "tpl": "thong-bao",
    },
)

S3 = Story(
    id=2270,
    slug="chuyen-de-day-hoc-stem-cap-thcs-tai-truong-thcs-chanh-nghia",
    title="Chuyên đề dạy học STEM cấp THCS tại Trường THCS Chánh Nghĩa",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-01T10:05:00+07:00",
    authors=["Lê Thị Mỹ Hạnh"],
    photographers=["Lê Thị Mỹ Hạnh"],
    blocks=[
        Img("/wp-content/uploads/2026/12/stem-chanh-nghia.jpg", None, None, "featured"),
        P(
            "Sáng 28/11, Phòng GD&ĐT thành phố phối hợp với Trường THCS Chánh Nghĩa tổ chức chuyên "
            "đề “Thiết kế và tổ chức bài học STEM trong môn Khoa học tự nhiên” dành cho giáo viên "
            "cấp THCS toàn thành phố."
        ),
        P(
            "Chuyên đề thu hút hơn 120 giáo viên dạy Khoa học tự nhiên, Công nghệ và Tin học của 14 "
            "trường THCS tham dự. Các tiết dạy minh họa được tổ chức tại phòng học bộ môn vừa được "
            "đầu tư mới của nhà trường."
        ),
        Img("/wp-content/uploads/2026/12/stem-tiet-day-1024x768.jpg", None, None, "mt"),
        P(
            "Ở tiết dạy minh họa lớp 8A3, cô Trịnh Thị Bích Ngọc hướng dẫn học sinh thiết kế hệ "
            "thống tưới cây tự động từ cảm biến độ ẩm và bo mạch lập trình. Học sinh làm việc theo "
            "nhóm, tự đo đạc, lắp ráp và trình bày sản phẩm trước lớp.",
            "mt",
        ),
        P(
            "Sau tiết dạy, các giáo viên trao đổi về cách lựa chọn chủ đề gần gũi với đời sống, cách "
            "đánh giá năng lực học sinh qua sản phẩm và qua quá trình làm việc nhóm, thay vì chỉ chấm "
            "điểm kết quả cuối cùng."
        ),
        Img(
            "/wp-content/uploads/2026/12/stem-san-pham-1024x683.jpg",
            "Học sinh lớp 8A3 giới thiệu mô hình tưới cây tự động",
            "Học sinh lớp 8A3 giới thiệu mô hình tưới cây tự động",
            "fig-em",
        ),
        P(
            "Bà Nguyễn Thị Thu Hương, Phó Trưởng phòng GD&ĐT thành phố, ghi nhận sự chuẩn bị công phu "
            "của Trường THCS Chánh Nghĩa và đề nghị mỗi trường THCS xây dựng ít nhất hai chủ đề STEM "
            "trong mỗi học kỳ, chú trọng các chủ đề liên môn."
        ),
        Raw("{EMBED:2186}"),
        _byline("Tin, ảnh: Lê Thị Mỹ Hạnh (Trường THCS Chánh Nghĩa)", "em"),
    ],
    opts={
        "dt": "2026-12-01T10:05",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["stem"],
        "login": "bientap-pgd",
    },
)

S4 = Story(
    id=2262,
    slug="hoi-thi-giao-vien-day-gioi-cap-thanh-pho-bac-mam-non",
    title="Hội thi Giáo viên dạy giỏi cấp thành phố bậc Mầm non năm học 2026 – 2027",
    cat="tin-tuc",
    published_at="2026-11-28T08:15:00+07:00",
    summary=(
        "Từ ngày 17 đến 26/11, 64 giáo viên đến từ 32 trường mầm non công lập và ngoài công lập "
        "đã tham gia Hội thi Giáo viên dạy giỏi cấp thành phố với nhiều hoạt động sáng tạo, lấy "
        "trẻ làm trung tâm."
    ),
    sapo_outside=True,
    authors=["Tổ Giáo dục Mầm non"],
    blocks=[
        P(
            "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và "
            "thực hành tổ chức hoạt động giáo dục trên trẻ tại trường bạn. Ban giám khảo là các cán "
            "bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm của bậc học mầm non."
        ),
        P(
            "Năm nay, nhiều giáo viên mạnh dạn đưa đồ dùng tự làm từ vật liệu tái chế, trò chơi dân "
            "gian và ứng dụng công nghệ vào hoạt động. Ở Trường MN Hoa Mai, tiết “Bé khám phá vòng đời "
            "của cây lúa” của cô Phan Thị Yến Nhi khiến trẻ hào hứng khi được tự tay gieo hạt, quan "
            "sát mầm lúa."
        ),
        Img(
            "/wp-content/uploads/2026/11/gvdg-mn-hoa-mai-1024x683.jpg",
            "Cô Phan Thị Yến Nhi tổ chức hoạt động “Bé khám phá vòng đời của cây lúa”",
            "Cô Phan Thị Yến Nhi tổ chức hoạt động “Bé khám phá vòng đời của cây lúa”",
            "fig",
        ),
        P(
            "Kết quả, Ban tổ chức công nhận 58 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành "
            "phố, trong đó 12 giáo viên được đề nghị tham gia Hội thi cấp tỉnh. Giải Nhất thuộc về cô "
            "Phan Thị Yến Nhi (Trường MN Hoa Mai) và cô Huỳnh Ngọc Bảo Trân (Trường MN Tuổi Ngọc)."
        ),
        Img(
            "/wp-content/uploads/2026/11/gvdg-mn-trao-giai-1024x683.jpg",
            "Ban tổ chức trao giải Nhất cho các giáo viên",
            "Ban tổ chức trao giải Nhất cho các giáo viên",
            "fig",
        ),
        P(
            "Theo đánh giá của Ban giám khảo, hội thi đã tạo sân chơi bổ ích để giáo viên học hỏi, "
            "chia sẻ kinh nghiệm; đồng thời là dịp để các trường rà soát, bổ sung đồ dùng, đồ chơi, "
            "môi trường hoạt động cho trẻ."
        ),
        _byline("Tổ Giáo dục Mầm non"),
    ],
    opts={
        "dt": "2026-11-28T08:15",
        "mod": "2026-11-29T10:30",
        "cats": ["tin-tuc"],
        "tags": ["thi-giao-vien-gioi", "mam-non"],
        "login": "bientap-pgd",
        "comments": [
            (
                57,
                0,
                "Trần Thị Thanh Thúy",
                "2026-11-28T19:42",
                "Chúc mừng cô Yến Nhi và các cô giáo Trường MN Hoa Mai! Tiết dạy rất sáng tạo, các "
                "bé rất thích.",
            ),
            (
                58,
                57,
                "Trường MN Hoa Mai",
                "2026-11-29T07:05",
                "Cảm ơn chị đã quan tâm và động viên tập thể nhà trường ạ.",
            ),
        ],
    },
)

S5 = Story(
    id=2255,
    slug="tong-ket-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
    title="Tổng kết Hội thi “Giáo viên chủ nhiệm lớp giỏi” cấp Tiểu học",
    cat="tin-tuc",
    published_at="2026-11-25T16:30:00+07:00",
    authors=["Nguyễn Hoàng Yến"],
    photographers=["Nguyễn Hoàng Yến"],
    blocks=[
        P(
            "Chiều 24/11, tại Trường TH Nguyễn Du, Phòng GD&ĐT thành phố tổ chức tổng kết và trao giải "
            "Hội thi “Giáo viên chủ nhiệm lớp giỏi” cấp Tiểu học năm học 2026 – 2027."
        ),
        P(
            "Qua hơn một tháng diễn ra với hai vòng thi (trình bày biện pháp giáo dục học sinh và xử "
            "lý tình huống sư phạm), 46 giáo viên của 24 trường tiểu học đã thể hiện sự tận tâm, linh "
            "hoạt trong công tác chủ nhiệm."
        ),
        P(
            "Nhiều tình huống được Ban tổ chức xây dựng từ thực tế như học sinh bị bạn bè cô lập, phụ "
            "huynh phản ứng trên mạng xã hội hay học sinh nghiện trò chơi điện tử. Các thí sinh đã "
            "đưa ra cách xử lý thấu đáo, đặt lợi ích của học sinh lên hàng đầu."
        ),
        Img(
            "/wp-content/uploads/2026/11/gvcn-tieu-hoc-1024x576.jpg",
            "Các giáo viên đạt giải Nhất, Nhì nhận giấy khen của Phòng GD&ĐT",
            "Các giáo viên đạt giải Nhất, Nhì nhận giấy khen của Phòng GD&ĐT",
            "fig",
        ),
        P("Kết quả cụ thể như sau:"),
        P("Giải | Số lượng | Đơn vị có giáo viên đạt giải", "th"),
        P("Nhất | 3 | TH Nguyễn Du, TH Phú Hòa 1, TH Chánh Mỹ", "tr"),
        P(
            "Nhì | 6 | TH Hiệp Thành, TH Phú Lợi, TH Tương Bình Hiệp, TH Định Hòa, TH Phú Mỹ, "
            "TH Trần Phú",
            "tr",
        ),
        P("Ba | 9 | Các trường còn lại", "tr"),
        P(
            "Dịp này, Ban tổ chức cũng trao giấy khen cho 5 tập thể có thành tích tiêu biểu trong "
            "công tác tổ chức và tham gia hội thi."
        ),
        _byline("Bài, ảnh: Nguyễn Hoàng Yến", "em"),
    ],
    opts={
        "dt": "2026-11-25T16:30",
        # primary (Yoast) category first; the post-terms block prints them by name
        "cats": ["tin-tuc", "hoat-dong-chuyen-mon"],
        "tags": ["thi-giao-vien-gioi"],
        "login": "bientap-pgd",
    },
)

S6 = Story(
    id=2241,
    slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc",
    published_at="2026-11-20T16:45:00+07:00",
    summary=(
        "Sáng 18/11, Phòng GD&ĐT thành phố Thủ Dầu Một tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 – 20/11/2026), tuyên dương 86 tập thể, cá nhân có thành tích xuất sắc."
    ),
    sapo_outside=True,
    authors=["Phạm Quốc Việt"],
    photographers=["Đoàn Minh Khoa"],
    blocks=[
        Img("/wp-content/uploads/2026/11/hop-mat-20-11.jpg", None, None, "featured"),
        P(
            "Đến dự có đại diện lãnh đạo Thành ủy, HĐND, UBND thành phố; lãnh đạo Sở GD&ĐT tỉnh Bình "
            "Dương cùng đông đảo nhà giáo đã nghỉ hưu, cán bộ quản lý và giáo viên tiêu biểu của các "
            "trường."
        ),
        P(
            "Năm học 2025 – 2026, ngành Giáo dục thành phố có 96,8% học sinh tiểu học hoàn thành "
            "chương trình lớp học; tỷ lệ tốt nghiệp THCS đạt 99,7%; 215 lượt học sinh đạt giải trong "
            "các kỳ thi, hội thi cấp tỉnh và cấp quốc gia."
        ),
        P(
            "Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
            "noi theo.",
            "pull",
        ),
        P(
            "Phát biểu tại buổi họp mặt, Phó Chủ tịch UBND thành phố ghi nhận những đóng góp thầm "
            "lặng của đội ngũ nhà giáo, đặc biệt trong việc triển khai Chương trình GDPT 2018 và công "
            "tác chuyển đổi số."
        ),
        Img(
            "/wp-content/uploads/2026/11/hop-mat-20-11-tuyen-duong-1024x683.jpg",
            "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "fig",
        ),
        P(
            "Dịp này, UBND thành phố tặng giấy khen cho 24 tập thể và 62 cá nhân; Phòng GD&ĐT trao 30 "
            "suất quà cho các nhà giáo có hoàn cảnh khó khăn, mỗi suất trị giá 2 triệu đồng."
        ),
        _byline("Tin: Phạm Quốc Việt; ảnh: Đoàn Minh Khoa"),
    ],
    opts={"dt": "2026-11-20T16:45", "cats": ["tin-tuc"], "login": "vanphong"},
)

S7 = Story(
    id=2233,
    slug="boi-duong-giao-vien-tieng-anh-tieu-hoc-ve-day-phat-am",
    title="Bồi dưỡng giáo viên tiếng Anh Tiểu học về phương pháp dạy phát âm",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-17T14:00:00+07:00",
    blocks=[
        Img("/wp-content/uploads/2026/11/boi-duong-tieng-anh.jpg", None, None, "featured"),
        P(
            "Trong hai ngày 14 và 15/11, Phòng GD&ĐT thành phố tổ chức lớp bồi dưỡng chuyên môn “Dạy "
            "phát âm tiếng Anh cho học sinh tiểu học qua âm vị và trò chơi” cho 78 giáo viên tiếng Anh."
        ),
        P(
            "Báo cáo viên là thạc sĩ Nguyễn Ngọc Phương Thảo, giảng viên Trường Đại học Thủ Dầu Một. "
            "Nội dung tập trung vào các lỗi phát âm thường gặp của học sinh Việt Nam như âm cuối, âm "
            "gió, trọng âm từ và ngữ điệu câu."
        ),
        P(
            "Giáo viên được thực hành thiết kế trò chơi âm vị, sử dụng bài hát, vè (chant) và phần "
            "mềm nhận dạng giọng nói để học sinh tự luyện tập ở nhà. Nhiều thầy cô cho biết sẽ áp "
            "dụng ngay trong các tiết học tuần tới."
        ),
        Raw("{YOUTUBE:Clip: Một hoạt động luyện âm cuối tại lớp bồi dưỡng}"),
        P(
            "Kết thúc lớp học, mỗi trường tiểu học đăng ký một tiết dạy minh họa để tổ chức sinh hoạt "
            "chuyên môn theo cụm trong tháng 12."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{BASE}/kiem-tra-thu-vien-truong-hoc-dat-chuan/">'
            "Kiểm tra công nhận thư viện trường học đạt chuẩn mức độ 1, mức độ 2</a></p>"
        ),
    ],
    opts={
        "dt": "2026-11-17T14:00",
        "cats": ["hoat-dong-chuyen-mon"],
        "login": "bientap-pgd",
        "comments": [
            (
                61,
                0,
                "Nguyễn Thanh Tùng",
                "2026-11-18T20:11",
                "Lớp bồi dưỡng rất thiết thực. Mong Phòng chia sẻ lại tài liệu và các trò chơi âm vị "
                "để giáo viên các trường tham khảo.",
            ),
        ],
    },
)

S8 = Story(
    id=2219,
    slug="trao-120-suat-hoc-bong-tiep-buoc-den-truong",
    title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="tin-tuc",
    published_at="2026-11-12T11:30:00+07:00",
    summary=(
        "Ngày 11/11, Phòng GD&ĐT thành phố phối hợp với Hội Khuyến học thành phố trao 120 suất học "
        "bổng “Tiếp bước đến trường” với tổng trị giá 240 triệu đồng cho học sinh có hoàn cảnh khó "
        "khăn vươn lên trong học tập."
    ),
    sapo_outside=True,
    authors=["Hồng Nhung"],
    photographers=["Đoàn Minh Khoa"],
    blocks=[
        P(
            "Các suất học bổng do các doanh nghiệp, nhà hảo tâm và cựu học sinh đóng góp, mỗi suất "
            "gồm 2 triệu đồng tiền mặt, một bộ sách giáo khoa và đồng phục."
        ),
        P(
            "Em Lâm Gia Huy, học sinh lớp 9 Trường THCS Phú Hòa, mồ côi cha và sống cùng bà ngoại, "
            "chia sẻ: “Em sẽ dùng số tiền này mua thêm sách tham khảo để ôn thi vào lớp 10. Em cảm "
            "ơn các cô chú đã luôn quan tâm, động viên em.”"
        ),
        Img(
            "/wp-content/uploads/2026/11/hoc-bong-trao-1-1024x683.jpg",
            "Đại diện Hội Khuyến học trao học bổng cho học sinh",
            "Đại diện Hội Khuyến học trao học bổng cho học sinh",
            "gal",
        ),
        Img(
            "/wp-content/uploads/2026/11/hoc-bong-trao-2-1024x683.jpg",
            "Các em học sinh nhận học bổng chụp ảnh lưu niệm",
            "Các em học sinh nhận học bổng chụp ảnh lưu niệm",
            "gal",
        ),
        P(
            "Phát biểu tại buổi lễ, ông Lê Văn Thắng, Trưởng phòng GD&ĐT thành phố, cảm ơn các nhà "
            "tài trợ đã đồng hành cùng ngành trong nhiều năm qua và mong các em tiếp tục nỗ lực, "
            "không để hoàn cảnh trở thành rào cản trên con đường học tập."
        ),
        P(
            "Từ năm 2019 đến nay, chương trình “Tiếp bước đến trường” đã trao hơn 900 suất học bổng "
            "với tổng trị giá gần 1,7 tỷ đồng."
        ),
        _byline("Hồng Nhung"),
        _HOTLINE,
    ],
    opts={
        "dt": "2026-11-12T11:30",
        "cats": ["tin-tuc"],
        "login": "vanphong",
        "gallery_caption": "Ảnh: Đoàn Minh Khoa",
        "attachments": {
            "/wp-content/uploads/2026/11/hoc-bong-trao-1-1024x683.jpg": (2221, "hoc-bong-trao-1"),
            "/wp-content/uploads/2026/11/hoc-bong-trao-2-1024x683.jpg": (2222, "hoc-bong-trao-2"),
        },
    },
)

S9 = Story(
    id=2207,
    slug="kiem-tra-thu-vien-truong-hoc-dat-chuan",
    title="Kiểm tra công nhận thư viện trường học đạt chuẩn mức độ 1, mức độ 2",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-06T09:10:00+07:00",
    authors=["Võ Thanh Bình"],
    blocks=[
        P(
            "Thực hiện Thông tư số 16/2022/TT-BGDĐT của Bộ GD&ĐT quy định tiêu chuẩn thư viện cơ sở "
            "giáo dục mầm non và phổ thông, từ ngày 01 đến 05/11, Phòng GD&ĐT thành phố đã tiến hành "
            "kiểm tra, đánh giá thư viện tại 9 trường tiểu học và THCS."
        ),
        P(
            "Đoàn kiểm tra đánh giá cao sự đầu tư về không gian đọc của các trường. Nhiều thư viện "
            "được bố trí thân thiện với góc đọc ngoài trời, thư viện xanh, tủ sách lớp học; một số "
            "đơn vị đã số hóa tài liệu và cho học sinh mượn sách bằng mã QR."
        ),
        Img(
            "/wp-content/uploads/2026/11/thu-vien-xanh-th-phu-loi.jpg",
            "Góc thư viện xanh của Trường TH Phú Lợi",
            "Góc thư viện xanh của Trường TH Phú Lợi",
            "classic",
        ),
        P(
            "Bên cạnh đó, đoàn cũng lưu ý các trường cần bổ sung sách tham khảo phù hợp với Chương "
            "trình GDPT 2018, cập nhật hồ sơ quản lý tài sản thư viện và tăng cường các hoạt động "
            "khuyến đọc như ngày hội đọc sách, câu lạc bộ kể chuyện."
        ),
        P("Kết quả, 5 trường được đề nghị công nhận thư viện đạt chuẩn mức độ 2 và 4 trường đạt mức độ 1."),
        Raw('<p style="text-align: right;"><strong>ThS. Võ Thanh Bình &#8211; Tổ Giáo dục THCS</strong></p>'),
    ],
    opts={
        "dt": "2026-11-06T09:10",
        "mod": "2026-11-20T14:12",
        "cats": ["hoat-dong-chuyen-mon"],
        "login": "vanphong",
        "classic": True,
    },
)

S10 = Story(
    id=2198,
    slug="thong-bao-dang-ky-tham-gia-hoi-khoe-phu-dong-cap-thanh-pho",
    title="Thông báo đăng ký tham gia Hội khỏe Phù Đổng cấp thành phố lần thứ XII",
    cat="thong-bao",
    published_at="2026-11-02",
    blocks=[
        P(
            "Nhằm chuẩn bị lực lượng vận động viên tham dự Hội khỏe Phù Đổng tỉnh Bình Dương năm 2027, "
            "Phòng GD&ĐT thành phố tổ chức Hội khỏe Phù Đổng cấp thành phố lần thứ XII dành cho học "
            "sinh tiểu học và THCS."
        ),
        P("Các môn thi đấu gồm:"),
        P("Điền kinh, bơi lội, cờ vua, cờ tướng;", "li"),
        P("Bóng đá nam (THCS), bóng đá mini (tiểu học);", "li"),
        P("Cầu lông, bóng bàn, võ cổ truyền, Vovinam.", "li"),
        P(
            "Các trường gửi danh sách đăng ký (theo mẫu đính kèm) về Phòng GD&ĐT qua hệ thống quản lý "
            "văn bản trước 17 giờ ngày 20/11/2026. Lịch thi đấu sẽ được thông báo sau khi bốc thăm."
        ),
        P("Mọi chi tiết xin liên hệ:"),
        P("Thầy Đặng Văn Hùng, chuyên viên phụ trách Giáo dục thể chất – ĐT: 0918.462.137.", "br"),
        Raw("{FILE:/wp-content/uploads/2026/11/Mau-dang-ky-HKPD-2026.docx|Mẫu đăng ký HKPĐ 2026}"),
        _HOTLINE,
    ],
    opts={
        "dt": "2026-11-02T08:00",
        "cats": ["thong-bao"],
        "login": "vanphong",
        "tpl": "thong-bao",
    },
)

S11 = Story(
    id=2186,
    slug="hoc-sinh-thu-dau-mot-dat-14-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    title="Học sinh Thủ Dầu Một đạt 14 giải Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    cat="tin-tuc",
    published_at="2026-10-27T10:20:00+07:00",
    source="Sở GD&ĐT Bình Dương",
    blocks=[
        P(
            "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Bình Dương năm học "
            "2026 – 2027 vừa kết thúc, đoàn học sinh THCS thành phố Thủ Dầu Một đạt 14 giải, gồm 2 "
            "giải Nhất, 4 giải Nhì, 5 giải Ba và 3 giải Khuyến khích."
        ),
        P(
            "Theo kế hoạch của Ban tổ chức, cuộc thi năm nay có 186 dự án của 9 huyện, thị xã, thành "
            "phố tham gia ở 18 lĩnh vực. Các dự án của học sinh thành phố tập trung vào lĩnh vực kỹ "
            "thuật môi trường, hệ thống nhúng và khoa học xã hội – hành vi."
        ),
        P("Hai dự án đạt giải Nhất gồm:"),
        P(
            "“Thiết bị cảnh báo ngập nước cho hộ dân vùng trũng” của nhóm học sinh Trường THCS Chánh "
            "Nghĩa;",
            "li",
        ),
        P(
            "“Ảnh hưởng của mạng xã hội đến thói quen đọc sách của học sinh THCS” của học sinh "
            "Trường THCS Nguyễn Văn Cừ.",
            "li",
        ),
        Img(
            "/wp-content/uploads/2026/10/khkt-giai-nhat-1024x683.jpg",
            "Nhóm học sinh Trường THCS Chánh Nghĩa giới thiệu dự án với Ban giám khảo",
            "Nhóm học sinh Trường THCS Chánh Nghĩa giới thiệu dự án với Ban giám khảo",
            "fig",
        ),
        P(
            "Hai dự án đạt giải Nhất được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dự "
            "kiến tổ chức vào tháng 3/2027."
        ),
        _byline("Theo Sở GD&amp;ĐT Bình Dương", "em"),
    ],
    opts={"dt": "2026-10-27T10:20", "cats": ["tin-tuc"], "login": "bientap-pgd"},
)

S12 = Story(
    id=2171,
    slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-ngu-van-cap-thcs",
    title="Hội thảo nâng cao chất lượng dạy học môn Ngữ văn cấp THCS theo Chương trình GDPT 2018",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-20T15:00:00+07:00",
    summary=(
        "Ngày 18/10, tại Trường THCS Nguyễn Văn Cừ, Phòng GD&ĐT thành phố tổ chức hội thảo chuyên "
        "đề về đổi mới dạy đọc hiểu và đánh giá năng lực viết trong môn Ngữ văn cấp THCS."
    ),
    sapo_outside=True,
    authors=["Huỳnh Thị Diễm Phương"],
    blocks=[
        P(
            "Hội thảo có sự tham dự của 95 giáo viên Ngữ văn, tổ trưởng chuyên môn và phó hiệu trưởng "
            "phụ trách chuyên môn các trường THCS."
        ),
        P("Dạy đọc theo thể loại", "h2"),
        P(
            "Các tham luận thống nhất rằng dạy đọc hiểu cần bám sát đặc trưng thể loại, hướng dẫn học "
            "sinh cách đọc một kiểu văn bản thay vì ghi nhớ nội dung một tác phẩm cụ thể, đúng tinh "
            "thần của Chương trình GDPT 2018.",
            "call",
        ),
        P(
            "Đọc không chỉ để hiểu văn bản này, mà để biết cách đọc những văn bản khác cùng loại.",
            "quote",
        ),
        Img("/wp-content/uploads/2026/10/hoi-thao-ngu-van-1024x683.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo", "fig"),
        P("Đánh giá bài viết bằng bảng kiểm", "h2"),
        P(
            "Cô Trần Thị Ngọc Trâm, Trường THCS Nguyễn Văn Cừ, giới thiệu cách xây dựng bảng kiểm "
            "(rubric) cho bài văn nghị luận với các tiêu chí rõ ràng về ý, lập luận, dẫn chứng và "
            "diễn đạt. Bảng kiểm được công khai cho học sinh từ đầu để các em tự đánh giá và chỉnh "
            "sửa bài viết của mình.",
            "call",
        ),
        P(
            "Kết thúc hội thảo, Phòng GD&ĐT đề nghị các tổ Ngữ văn tổ chức sinh hoạt chuyên môn theo "
            "nghiên cứu bài học, mỗi học kỳ có ít nhất một chuyên đề về dạy viết."
        ),
        _byline("ThS. Huỳnh Thị Diễm Phương, chuyên viên Phòng GD&amp;ĐT"),
        P(
            "Chương trình giáo dục phổ thông môn Ngữ văn ban hành kèm Thông tư số 32/2018/TT-BGDĐT "
            "ngày 26/12/2018 của Bộ GD&ĐT.",
            "fn",
        ),
        P(
            "Tham khảo Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 về xây dựng và tổ chức thực hiện "
            "kế hoạch giáo dục của nhà trường.",
            "fn",
        ),
    ],
    opts={
        "dt": "2026-10-20T15:00",
        "mod": "2026-10-22T08:47",
        "cats": ["hoat-dong-chuyen-mon"],
        "login": "bientap-pgd",
    },
)

S13 = Story(
    id=2158,
    slug="trien-khai-mo-hinh-truong-hoc-hanh-phuc-nam-hoc-2026-2027",
    title="Triển khai mô hình “Trường học hạnh phúc” năm học 2026 – 2027",
    cat="tin-tuc",
    published_at="2026-10-12T09:30:00+07:00",
    authors=["Minh Khoa"],
    blocks=[
        Img("/wp-content/uploads/2026/10/truong-hoc-hanh-phuc.jpg", None, None, "featured"),
        P(
            "Ngày 10/10, Phòng GD&ĐT thành phố tổ chức hội nghị triển khai kế hoạch xây dựng mô hình "
            "“Trường học hạnh phúc” năm học 2026 – 2027 đến hiệu trưởng các trường mầm non, tiểu học "
            "và THCS."
        ),
        P(
            "Theo kế hoạch, năm học này có thêm 15 trường đăng ký xây dựng mô hình, nâng tổng số "
            "trường tham gia lên 41 trường. Mỗi trường tự xây dựng bộ tiêu chí phù hợp với điều kiện "
            "thực tế, lấy ý kiến của giáo viên, học sinh và cha mẹ học sinh."
        ),
        P(
            "Nhiều đơn vị đã chia sẻ cách làm hay như hộp thư “Điều em muốn nói”, giờ sinh hoạt lớp "
            "theo chủ đề cảm xúc, buổi trò chuyện đầu tuần giữa hiệu trưởng và học sinh."
        ),
        P("Các nhóm tiêu chí chính của mô hình (bấm để xem)", "dsum"),
        P("Nhóm 1: Môi trường học tập an toàn, thân thiện, không có bạo lực học đường.", "det"),
        P("Nhóm 2: Mối quan hệ tôn trọng, yêu thương giữa thầy cô, học sinh và cha mẹ học sinh.", "det"),
        P("Nhóm 3: Dạy học tích cực, đánh giá vì sự tiến bộ của học sinh.", "det"),
        P("Nhóm 4: Chăm lo đời sống tinh thần, sức khỏe của giáo viên, nhân viên.", "det"),
        P("Cô Võ Thị Thu Trang, Hiệu trưởng Trường TH Phú Hòa 1, chia sẻ:"),
        P(
            "“Trường học hạnh phúc không phải là trường không có áp lực, mà là nơi mọi người được "
            "lắng nghe. Chúng tôi mong mỗi ngày đến trường đều là một ngày vui.”",
            "br",
        ),
        P(
            "Ban biên tập chúc các thầy cô và các em học sinh một năm học thật nhiều niềm vui",
            "smile",
        ),
        _byline("Tin: Minh Khoa"),
    ],
    opts={"dt": "2026-10-12T09:30", "cats": ["tin-tuc"], "login": "vanphong"},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]


@dataclass
class _Protected:
    """The password-protected notice: listed, titled and dated like a post, with no text."""

    id: int = 2279
    slug: str = "danh-sach-de-xuat-khen-thuong-hoc-ky-i"
    title: str = "Danh sách đề xuất khen thưởng học kỳ I (nội bộ)"
    cat: str = "thong-bao"
    opts: dict = field(
        default_factory=lambda: {
            "dt": "2026-12-02T17:05",
            "cats": ["thong-bao"],
            "login": "vanphong",
            "tpl": "thong-bao",
        }
    )


PROTECTED = _Protected()


# --- how WordPress prints things ---------------------------------------------------------------

_TEXTURIZE = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_TZ = timedelta(hours=7)


def tx(value: str, *, nfd: bool = False) -> str:
    """Escaped text as ``wptexturize`` leaves it: curly quotes and dashes as numeric references."""
    out = text(value, nfd=nfd)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def iso(value: str) -> str:
    """``<time datetime>`` as WordPress prints it (``c`` format, site offset)."""
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def iso_utc(value: str) -> str:
    """Yoast's og/schema dates: the same instant in UTC."""
    return (_dt(value) - _TZ).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def dmy(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y")


def long_date(value: str) -> str:
    """The single template's post-date format ``l, d/m/Y - H:i``."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def post_path(post) -> str:
    d = _dt(post.opts["dt"])
    return f"/{d:%Y}/{d:%m}/{post.slug}/"


def display_title(post) -> str:
    return f"Được bảo vệ: {post.title}" if post is PROTECTED else post.title


def featured(post) -> Img | None:
    if post is PROTECTED:
        return None
    return next((b for b in post.images if b.style == "featured"), None)


def sized(src: str, w: int, h: int) -> str:
    """The ``-WxH`` rendition WordPress made of an upload."""
    stem, ext = src.rsplit(".", 1)
    stem = re.sub(r"-\d+x\d+$", "", stem)
    return f"{stem}-{w}x{h}.{ext}"


def _dims(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.\w+$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (1280, 853)


def _excerpt_words(post) -> list[str]:
    words: list[str] = []
    for b in post.blocks:
        if isinstance(b, P) and b.style not in ("dsum", "det", "fn"):
            words += b.text.replace(" | ", " ").split()
    return words


def excerpt(post, length: int = 55) -> tuple[str, bool]:
    """(excerpt, manual?): the manual excerpt, or WordPress's first ``length`` words + hellip."""
    if post is PROTECTED:
        return "Không có tóm tắt vì đây là bài viết được bảo vệ.", True
    if post.summary:
        return post.summary, True
    words = _excerpt_words(post)
    if len(words) <= length:
        return " ".join(words), False
    return " ".join(words[:length]) + "…", False


def _img(base: str, src: str, cls: str, alt: str = "", *, lazy: bool = True) -> str:
    """A content image; the lazy-load plugin swaps ``src`` for a placeholder and adds noscript."""
    w, h = _dims(src)
    full = base + src
    original = base + re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    small = base + sized(src, 300, round(300 * h / w))
    mid = base + sized(src, 768, round(768 * h / w))
    srcset = f"{full} {w}w, {small} 300w, {mid} 768w, {original} 1600w"
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    plain = (
        f'<img decoding="async" width="{w}" height="{h}" src="{full}" alt="{esc(alt)}" '
        f'class="{cls}" srcset="{srcset}" sizes="{sizes}" />'
    )
    if not lazy:
        return plain
    placeholder = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{placeholder}" alt="{esc(alt)}" '
        f'class="{cls}" data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" '
        f'data-lazy-src="{full}" /><noscript>{plain}</noscript>'
    )


def _file_block(base: str, path: str, label: str, block_id: str) -> str:
    href = base + path
    embed = ""
    if path.endswith(".pdf"):
        embed = (
            f'<object class="wp-block-file__embed" data="{href}" type="application/pdf" '
            f'style="width:100%;height:600px" aria-label="Nhúng {esc(label)}"></object>'
        )
    return (
        f'<div class="wp-block-file">{embed}<a id="wp-block-file--media-{block_id}" '
        f'href="{href}">{esc(label)}</a><a href="{href}" class="wp-block-file__button '
        f'wp-element-button" download aria-describedby="wp-block-file--media-{block_id}">'
        "Tải xuống</a></div>"
    )


def _embed_card(base: str, post_id: int) -> str:
    """The oEmbed card WordPress prints when an editor pastes one of the site's own links."""
    other = next(s for s in STORIES if s.id == post_id)
    url = base + post_path(other)
    secret = "Xq7TbL2mNa"
    return (
        '<figure class="wp-block-embed is-type-wp-embed is-provider-phong-gd-amp-dt-thu-dau-mot '
        'wp-block-embed-phong-gd-amp-dt-thu-dau-mot"><div class="wp-block-embed__wrapper">\n'
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{url}">'
        f"{tx(other.title)}</a></blockquote><iframe class=\"wp-embedded-content\" "
        'sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, '
        f'1px, 1px, 1px);" title="&#8220;{tx(other.title)}&#8221; &#8212; Phòng GD&amp;ĐT Thủ '
        f'Dầu Một" src="{url}embed/#?secret={secret}" data-secret="{secret}" width="600" '
        'height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>\n'
        "</div></figure>"
    )


def _youtube(caption: str) -> str:
    return (
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
        'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
        '<iframe loading="lazy" title="Luyện phát âm âm cuối - lớp bồi dưỡng GV tiếng Anh" '
        'width="640" height="360" src="https://www.youtube.com/embed/q3Vn8TdmK2E?feature=oembed" '
        'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; '
        'gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" '
        "allowfullscreen></iframe>\n</div>"
        f'<figcaption class="wp-element-caption">{tx(caption)}</figcaption></figure>'
    )


def _expand_raw(markup: str, base: str, post) -> str:
    markup = markup.replace("{BASE}", base)
    m = re.fullmatch(r"\{FILE:([^|]+)\|(.+)\}", markup)
    if m:
        return _file_block(base, m.group(1), m.group(2), f"{post.id}-a1")
    m = re.fullmatch(r"\{EMBED:(\d+)\}", markup)
    if m:
        return _embed_card(base, int(m.group(1)))
    m = re.fullmatch(r"\{YOUTUBE:(.+)\}", markup)
    if m:
        return _youtube(m.group(1))
    return markup


_SMILEY = (
    ' <img src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f642.png" alt="🙂" '
    'class="wp-smiley" style="height: 1em; max-height: 1em;" />'
)


def render_content(post, base: str, *, lazy: bool = True) -> str:
    """The inside of ``wp-block-post-content`` after ``the_content`` filters (plugins included)."""
    classic = post.opts.get("classic", False)
    nfd = classic

    def t(value: str) -> str:
        out = tx(value, nfd=nfd)
        if classic:
            out = out.replace(". ", ".&nbsp;", 1)
        return out

    def para(inner: str) -> str:
        if classic:
            return (
                '<p style="text-align: justify;"><span style="font-size: 14pt; font-family: '
                f"'times new roman', times, serif;\">{inner}</span></p>"
            )
        return f"<p>{inner}</p>"

    out: list[str] = []
    blocks = post.blocks
    img_id = post.id + 3
    fn_calls = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_expand_raw(b.html, base, post))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "featured":
                i += 1
                continue
            img_id += 1
            if b.style == "gal":
                items = []
                atts = post.opts.get("attachments", {})
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    g = blocks[i]
                    att_id, att_slug = atts[g.src]
                    link = f"{base}{post_path(post)}{att_slug}/"
                    items.append(
                        '<figure class="wp-block-image size-large">'
                        f'<a href="{link}">{_img(base, g.src, f"wp-image-{att_id}", lazy=lazy)}</a>'
                        f'<figcaption class="wp-element-caption">{tx(g.printed or "")}</figcaption>'
                        "</figure>"
                    )
                    i += 1
                gcap = post.opts.get("gallery_caption")
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped '
                    'wp-block-gallery-is-layout-flex">' + "\n".join(items)
                    + (f'<figcaption class="blocks-gallery-caption wp-element-caption">{tx(gcap)}'
                       "</figcaption>" if gcap else "")
                    + "</figure>"
                )
                continue
            if b.style == "mt":
                nxt = blocks[i + 1]
                assert isinstance(nxt, P) and nxt.style == "mt"
                out.append(
                    '<div class="wp-block-media-text is-stacked-on-mobile" style="grid-template-columns:'
                    '42% auto"><figure class="wp-block-media-text__media">'
                    f'{_img(base, b.src, f"wp-image-{img_id} size-full", lazy=lazy)}</figure>'
                    f'<div class="wp-block-media-text__content"><p>{t(nxt.text)}</p></div></div>'
                )
                i += 2
                continue
            if b.style == "classic":
                w, _ = _dims(b.src)
                out.append(
                    f'<figure id="attachment_{img_id}" aria-describedby="caption-attachment-{img_id}" '
                    f'style="width: {w}px" class="wp-caption aligncenter">'
                    f'{_img(base, b.src, f"size-full wp-image-{img_id}", lazy=lazy)}'
                    f'<figcaption id="caption-attachment-{img_id}" class="wp-caption-text">'
                    f"{t(b.printed or '')}</figcaption></figure>"
                )
                i += 1
                continue
            cap = ""
            if b.style == "fig" and b.printed:
                cap = f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>'
            out.append(
                '<figure class="wp-block-image aligncenter size-large">'
                f'{_img(base, b.src, f"wp-image-{img_id}", lazy=lazy)}{cap}</figure>'
            )
            if b.style == "fig-em" and b.printed:
                out.append(
                    f'<p class="has-text-align-center has-small-font-size"><em>{tx(b.printed)}</em></p>'
                )
            i += 1
            continue
        # a paragraph of text
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.append("<tr>" + "".join(f"<th>{t(c)}</th>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table>'
                + (f"<thead>{''.join(head)}</thead>" if head else "")
                + f"<tbody>{''.join(rows)}</tbody></table></figure>"
            )
            continue
        if style == "dsum":
            inner = [f"<summary>{t(b.text)}</summary>"]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "det":
                inner.append(f"<p>{t(blocks[i].text)}</p>")
                i += 1
            out.append('<details class="wp-block-details tdm-mo-rong">' + "".join(inner) + "</details>")
            continue
        if style == "fn":
            notes = []
            n = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "fn":
                n += 1
                uid = f"{post.id:x}c{n}e-fn"
                notes.append(
                    f'<li id="{uid}">{t(blocks[i].text)} <a href="#{uid}-link" '
                    f'aria-label="Chuyển tới chú thích {n}">↩︎</a></li>'
                )
                i += 1
            out.append('<ol class="wp-block-footnotes">' + "".join(notes) + "</ol>")
            continue
        if style in ("h2", "h3"):
            out.append(f'<{style} class="wp-block-heading">{t(b.text)}</{style}>')
            i += 1
            continue
        if style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{t(b.text)}</p></blockquote>')
            i += 1
            continue
        if style == "pull":
            out.append(
                '<figure class="wp-block-pullquote has-border-color" style="border-color:#0b4f9c">'
                f"<blockquote><p>{t(b.text)}</p></blockquote></figure>"
            )
            i += 1
            continue
        inner = t(b.text)
        if style == "b":
            inner = f"<strong>{inner}</strong>"
        elif style == "call":
            fn_calls += 1
            uid = f"{post.id:x}c{fn_calls}e-fn"
            sup = f'<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{fn_calls}</a></sup>'
            assert inner.endswith(".")
            inner = inner[:-1] + sup + "."
        elif style == "smile":
            inner += _SMILEY
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            inner += "<br>" + t(blocks[i].text)
            i += 1
        out.append(para(inner))
    return "\n\n".join(out)


def post_views_box(post) -> str:
    return (
        f'<div class="post-views content-post post-{post.id} entry-meta load-static">'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
        '<span class="post-views-label">Lượt xem:</span> '
        f'<span class="post-views-count">{post.views():,}</span></div>'.replace(",", ".")
    )


def addtoany(base: str, post) -> str:
    url = base + post_path(post)
    enc_url = quote(url, safe="")
    enc_title = quote(post.title, safe="")
    buttons = "".join(
        f'<a class="a2a_button_{svc}" href="https://www.addtoany.com/add_to/{svc}?linkurl={enc_url}'
        f'&amp;linkname={enc_title}" title="{label}" rel="nofollow noopener" target="_blank"></a>'
        for svc, label in (("facebook", "Facebook"), ("zalo", "Zalo"), ("email", "Email"), ("print", "Print"))
    )
    return (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        '<div class="addtoany_header">Chia sẻ bài viết:</div>'
        f'<div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" '
        f'data-a2a-title="{esc(post.title)}">{buttons}<a class="a2a_dd addtoany_share_save '
        'addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
    )


# --- listings' order --------------------------------------------------------------------------

ALL_POSTS: list = sorted([*STORIES, PROTECTED], key=lambda p: p.opts["dt"], reverse=True)


def in_cat(slug: str) -> list:
    return [p for p in ALL_POSTS if slug in p.opts["cats"]]


def in_tag(slug: str) -> list:
    return [p for p in ALL_POSTS if slug in p.opts.get("tags", [])]


def by_author(login: str) -> list:
    return [p for p in ALL_POSTS if p.opts["login"] == login]


#: the home page's "Tin tức – Sự kiện" loop (query id 3): news and professional activities
HOME_LOOP = [p for p in ALL_POSTS if {"tin-tuc", "hoat-dong-chuyen-mon"} & set(p.opts["cats"])]
HOME_PER_PAGE = 5
HOME_MAX_PAGES = 2  # the block's "pages" setting: page 3 exists but is never linked
ARCHIVE_PER_PAGE = 4  # Settings › Reading "Blog pages show at most"
NOTICE_PER_PAGE = 2  # the "Thông báo" page's loop (query id 5)

# --- chrome -----------------------------------------------------------------------------------

_NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    (
        "Tin tức",
        "/chuyen-muc/tin-tuc/",
        [("Tin tức – Sự kiện", "/chuyen-muc/tin-tuc/"), ("Hoạt động chuyên môn", "/chuyen-muc/hoat-dong-chuyen-mon/")],
    ),
    ("Thông báo", "/thong-bao/", []),
    ("Văn bản chỉ đạo", "/van-ban-chi-dao/", []),
    ("Liên hệ", "/lien-he/", []),
    ("CSDL ngành", "https://csdl.moet.gov.vn/", []),
]


def _nav(base: str) -> str:
    items = []
    for label, href, sub in _NAV:
        url = href if href.startswith("http") else base + href
        link = f'<a class="wp-block-navigation-item__content" href="{url}"><span class="wp-block-navigation-item__label">{tx(label)}</span></a>'
        if not sub:
            items.append(f'<li class="wp-block-navigation-item wp-block-navigation-link">{link}</li>')
            continue
        subs = "".join(
            f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
            f'href="{base}{h}"><span class="wp-block-navigation-item__label">{tx(lab)}</span></a></li>'
            for lab, h in sub
        )
        items.append(
            '<li data-wp-context=\'{ "submenuOpenedBy": { "click": false, "hover": false, "focus": false }, "type": "submenu" }\' '
            'data-wp-interactive="core/navigation" data-wp-on--focusout="actions.handleMenuFocusout" '
            'class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu">'
            f'<a class="wp-block-navigation-item__content" href="{url}">{tx(label)}</a>'
            f'<button aria-label="Menu con {esc(label)}" class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" '
            'data-wp-on--click="actions.toggleMenuOnClick" aria-expanded="false"><svg xmlns="http://www.w3.org/2000/svg" '
            'width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" '
            'stroke-width="1.5"></path></svg></button>'
            f'<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{subs}</ul></li>'
        )
    return (
        '<nav class="has-background is-responsive items-justified-left tdm-menu-ngang wp-block-navigation '
        'is-horizontal is-content-justification-left is-layout-flex wp-container-core-navigation-is-layout-1 '
        'wp-block-navigation-is-layout-flex" aria-label="Menu chính" style="background-color:#0b4f9c" '
        'data-wp-interactive="core/navigation" data-wp-context=\'{"overlayOpenedBy":{"click":false,"hover":false,"focus":false},"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}\'>'
        '<button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open" '
        'data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" '
        'viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" />'
        '<rect x="4" y="15" width="16" height="1.5" /></svg></button>'
        '<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close">'
        '<div class="wp-block-navigation__responsive-dialog"><div class="wp-block-navigation__responsive-container-content" '
        'id="modal-1-content"><ul class="wp-block-navigation__container has-white-color is-horizontal wp-block-navigation">'
        + "".join(items)
        + "</ul></div></div></div></div></nav>"
    )


def _search_form(base: str, value: str = "") -> str:
    return (
        f'<form role="search" method="get" action="{base}/" class="wp-block-search__button-inside '
        'wp-block-search__icon-button tdm-tim-kiem wp-block-search"><label class="wp-block-search__label '
        'screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-block-search__inside-wrapper">'
        '<input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Nhập từ khóa cần tìm..." '
        f'value="{esc(value)}" type="search" name="s" required /><button aria-label="Tìm kiếm" '
        'class="wp-block-search__button has-icon wp-element-button" type="submit"><svg class="search-icon" '
        'viewBox="0 0 24 24" width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 '
        '3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5z"></path></svg></button></div></form>'
    )


def _mini_loop(base: str, posts: list, cls: str, heading: str | None, *, dates: bool) -> str:
    lis = []
    for p in posts:
        date = (
            f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(p.opts["dt"])}">'
            f"{dmy(p.opts['dt'])}</time></div>"
            if dates
            else ""
        )
        lis.append(
            f'<li class="wp-block-post post-{p.id} post type-post status-publish format-standard hentry">'
            f'<h3 class="wp-block-post-title has-small-font-size"><a href="{base}{post_path(p)}" target="_self">'
            f"{tx(display_title(p))}</a></h3>{date}</li>"
        )
    head = f'<h2 class="wp-block-heading has-medium-font-size tdm-khoi-tieude">{tx(heading)}</h2>' if heading else ""
    return (
        f'<div class="wp-block-query {cls} is-layout-flow wp-block-query-is-layout-flow">{head}'
        '<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">'
        + "".join(lis)
        + "</ul></div>"
    )


def header(base: str, search_value: str = "") -> str:
    ticker = _mini_loop(base, ALL_POSTS[:5], "tdm-tin-chay", None, dates=False)
    return (
        '<header class="wp-block-template-part">\n'
        '<div class="wp-block-group tdm-dai-tren has-white-color has-text-color has-background is-layout-constrained" '
        'style="background-color:#083b75;padding-top:4px;padding-bottom:4px">'
        '<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex '
        'wp-block-group-is-layout-flex">'
        f'<p class="has-small-font-size tdm-ngay-thang">{TODAY_LINE}</p>'
        '<p class="has-small-font-size">Đường dây nóng: 0274.3822.416 | '
        '<a href="mailto:pgddt@thudaumot.binhduong.gov.vn">pgddt@thudaumot.binhduong.gov.vn</a></p></div></div>\n'
        '<div class="wp-block-group alignwide tdm-bang-ten is-content-justification-space-between is-layout-flex '
        'wp-block-group-is-layout-flex" style="padding-top:14px;padding-bottom:14px">'
        '<div class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex">'
        f'<div class="wp-block-site-logo"><a href="{base}/" class="custom-logo-link" rel="home">'
        f'<img width="90" height="90" src="{base}/wp-content/uploads/2026/01/logo-pgd-tdm.png" class="custom-logo" '
        'alt="Phòng GD&amp;ĐT Thủ Dầu Một" decoding="async" /></a></div>'
        '<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">'
        '<p class="has-small-font-size tdm-cq-chu-quan">UBND THÀNH PHỐ THỦ DẦU MỘT</p>'
        f'<p class="wp-block-site-title has-large-font-size" style="text-transform:uppercase"><a href="{base}/" '
        f'target="_self" rel="home">{esc(SITE_LONG)}</a></p>'
        '<p class="wp-block-site-tagline has-small-font-size">Dạy tốt &#8211; Học tốt &#8211; Quản lý tốt</p>'
        "</div></div>"
        + _search_form(base, search_value)
        + "</div>\n"
        + _nav(base)
        + '\n<div class="wp-block-group alignwide tdm-hang-tin is-nowrap is-layout-flex wp-block-group-is-layout-flex">'
        '<p class="has-small-font-size"><strong>Tin mới:</strong></p>'
        + ticker
        + "</div>\n</header>"
    )


def sidebar(base: str) -> str:
    recent = _mini_loop(base, HOME_LOOP[:5], "tdm-bai-moi", "Bài viết mới", dates=True)
    docs = (
        ("KH-1530-PGDĐT về tổ chức Ngày hội đọc sách năm 2026", "/wp-content/uploads/2026/11/KH-1530-PGDDT-ngay-hoi-doc-sach.pdf"),
        ("CV-1422-PGDĐT hướng dẫn thu, chi đầu năm học", "/wp-content/uploads/2026/10/CV-1422-PGDDT-thu-chi-dau-nam.pdf"),
    )
    doc_items = "".join(f'<li><a href="{base}{href}">{tx(label)}</a></li>' for label, href in docs)
    return (
        '<aside class="wp-block-group tdm-cot-phu is-layout-flow wp-block-group-is-layout-flow">\n'
        + recent
        + '\n<div class="wp-block-group tdm-khoi is-layout-flow"><h2 class="wp-block-heading has-medium-font-size '
        f'tdm-khoi-tieude">Văn bản mới</h2><ul class="tdm-ds-vanban">{doc_items}</ul></div>\n'
        '<div class="wp-block-group tdm-khoi is-layout-flow"><h2 class="wp-block-heading has-medium-font-size '
        'tdm-khoi-tieude">Liên kết website</h2>'
        '<figure class="wp-block-image size-full"><a href="https://sgddt.binhduong.gov.vn/">'
        f'<img decoding="async" loading="lazy" width="300" height="90" src="{base}/wp-content/uploads/2026/01/banner-so-gddt.jpg" '
        'alt="Sở Giáo dục và Đào tạo Bình Dương" class="wp-image-31" /></a></figure>'
        '<figure class="wp-block-image size-full"><a href="https://dichvucong.gov.vn/">'
        f'<img decoding="async" loading="lazy" width="300" height="90" src="{base}/wp-content/uploads/2026/01/banner-dvc.jpg" '
        'alt="Cổng dịch vụ công quốc gia" class="wp-image-32" /></a></figure>'
        '<select class="tdm-lien-ket" onchange="if(this.value){window.open(this.value)}" aria-label="Liên kết">'
        '<option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://thudaumot.binhduong.gov.vn/">Cổng TTĐT thành phố Thủ Dầu Một</option>'
        '<option value="https://sgddt.binhduong.gov.vn/">Sở GD&amp;ĐT Bình Dương</option></select></div>\n'
        '<div class="wp-block-group tdm-khoi tdm-thong-ke is-layout-flow"><h2 class="wp-block-heading has-medium-font-size '
        'tdm-khoi-tieude">Thống kê truy cập</h2><ul class="wps-useronline"><li>Đang online: <strong>27</strong></li>'
        "<li>Hôm nay: <strong>1.318</strong></li><li>Hôm qua: <strong>2.047</strong></li>"
        "<li>Tổng truy cập: <strong>3.284.615</strong></li></ul></div>\n</aside>"
    )


def footer(base: str) -> str:
    return (
        '<footer class="wp-block-template-part">\n<div class="wp-block-group tdm-chan-trang has-white-color has-text-color '
        'has-background is-layout-constrained" style="background-color:#083b75;padding-top:28px;padding-bottom:28px">'
        '<div class="wp-block-columns alignwide is-layout-flex wp-block-columns-is-layout-flex">'
        '<div class="wp-block-column is-layout-flow"><p class="has-medium-font-size"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO '
        "THÀNH PHỐ THỦ DẦU MỘT</strong></p>"
        "<p>Địa chỉ: Số 9 đường Quang Trung, phường Phú Cường, TP. Thủ Dầu Một, tỉnh Bình Dương<br>"
        "Điện thoại: (0274) 3822 415 &#8211; Fax: (0274) 3822 416<br>"
        'Email: <a href="mailto:pgddt@thudaumot.binhduong.gov.vn">pgddt@thudaumot.binhduong.gov.vn</a></p></div>'
        '<div class="wp-block-column is-layout-flow"><p>Chịu trách nhiệm chính: Ông Lê Văn Thắng &#8211; Trưởng phòng</p>'
        "<p>Giấy phép số 27/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Dương cấp.</p>"
        f'<p><a href="{base}/lien-he/">Liên hệ</a> | <a href="{base}/feed/">RSS</a></p></div></div>'
        '<p class="has-text-align-center has-small-font-size">© 2026 Phòng GD&amp;ĐT Thủ Dầu Một. '
        'Ghi rõ nguồn khi phát hành lại thông tin từ website này. Vận hành trên nền <a href="https://wordpress.org" '
        'rel="nofollow">WordPress</a>.</p></div>\n</footer>'
    )


def breadcrumbs(base: str, trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<span><a href="{base}/">Trang chủ</a></span>']
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{base}{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{tx(label)}</span>')
    return '<nav class="yoast-breadcrumbs tdm-duong-dan"><span>' + " » ".join(parts) + "</span></nav>"


def document(
    base: str,
    *,
    title: str,
    body_class: str,
    main: str,
    canonical: str | None,
    head_extra: str = "",
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
    search_value: str = "",
) -> str:
    canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<meta name='robots' content='{robots}' />\n"
        "<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f"<title>{title}</title>\n{canon}"
        '<meta property="og:locale" content="vi_VN" />\n'
        '<meta property="og:site_name" content="Phòng GD&amp;ĐT Thủ Dầu Một" />\n'
        f"{head_extra}"
        "<!-- / Yoast SEO plugin. -->\n"
        f'<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Thủ Dầu Một &raquo; Dòng thông tin" href="{base}/feed/" />\n'
        "<style id='wp-block-navigation-inline-css'>.wp-block-navigation{position:relative}</style>\n"
        f"<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' media='all' />\n"
        f"<link rel='stylesheet' id='tdm-edu-style-css' href='{base}/wp-content/themes/tdm-edu/style.css?ver=1.2.0' media='all' />\n"
        f"<link rel='stylesheet' id='addtoany-css' href='{base}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />\n"
        f'<link rel="https://api.w.org/" href="{base}/wp-json/" />\n'
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />\n'
        '<meta name="generator" content="WordPress 6.5.5" />\n'
        f'<link rel="icon" href="{base}/wp-content/uploads/2026/01/cropped-logo-pgd-tdm-32x32.png" sizes="32x32" />\n'
        "</head>\n"
        f'<body class="{body_class} wp-custom-logo wp-embed-responsive">\n'
        '<div class="wp-site-blocks">\n'
        + header(base, search_value)
        + "\n"
        + main
        + "\n"
        + footer(base)
        + "\n</div>\n"
        f"<script src='{base}/wp-content/plugins/add-to-any/addtoany.min.js?ver=1.1' id='addtoany-core-js'></script>\n"
        "<script>window.lazyLoadOptions={elements_selector:\"img[data-lazy-src],.rocket-lazyload\",data_src:\"lazy-src\","
        "data_srcset:\"lazy-srcset\",data_sizes:\"lazy-sizes\",class_loading:\"lazyloading\",class_loaded:\"lazyloaded\","
        "threshold:300};</script>\n"
        f"<script data-no-minify=\"1\" async src=\"{base}/wp-content/plugins/rocket-lazy-load/assets/js/16.1/lazyload.min.js\"></script>\n"
        "</body>\n</html>\n"
    )


def with_sidebar(base: str, crumbs: list, left: str) -> str:
    return (
        '<main class="wp-block-group tdm-noi-dung is-layout-constrained wp-block-group-is-layout-constrained" '
        'id="wp--skip-link--target" style="margin-top:var(--wp--preset--spacing--30)">\n'
        '<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow">'
        + (breadcrumbs(base, crumbs) if crumbs is not None else "")
        + '\n<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 '
        'wp-block-columns-is-layout-flex">\n<div class="wp-block-column tdm-cot-chinh is-layout-flow '
        'wp-block-column-is-layout-flow" style="flex-basis:68%">\n'
        + left
        + '\n</div>\n<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:32%">\n'
        + sidebar(base)
        + "\n</div>\n</div></div>\n</main>"
    )


# --- templates --------------------------------------------------------------------------------


def _post_classes(p) -> str:
    cats = " ".join(f"category-{c}" for c in sorted(p.opts["cats"]))
    tags = " ".join(f"tag-{t}" for t in p.opts.get("tags", []))
    thumb = " has-post-thumbnail" if featured(p) else ""
    prot = " post-password-required" if p is PROTECTED else ""
    return f"post-{p.id} post type-post status-publish format-standard{thumb} hentry {cats} {tags}{prot}".strip()


def _terms_block(base: str, p) -> str:
    names = sorted((CATS[c][0], c) for c in p.opts["cats"])
    links = '<span class="wp-block-post-terms__separator">, </span>'.join(
        f'<a href="{base}/chuyen-muc/{slug}/" rel="tag">{esc(name)}</a>' for name, slug in names
    )
    return f'<div class="taxonomy-category wp-block-post-terms has-small-font-size">{links}</div>'


def listing_items(base: str, posts: list, *, excerpt_len: int = 30, heading: str = "h2") -> str:
    lis = []
    for p in posts:
        img = featured(p)
        thumb = ""
        if img:
            thumb = (
                '<figure style="aspect-ratio:4/3;" class="wp-block-post-featured-image">'
                f'<a href="{base}{post_path(p)}" target="_self"><img width="300" height="200" '
                f'src="{base}{sized(img.src, 300, 200)}" class="attachment-medium size-medium wp-post-image" '
                f'alt="{esc(p.title)}" style="width:100%;height:100%;object-fit:cover;" decoding="async" loading="lazy" /></a></figure>'
            )
        text_ex, _ = excerpt(p, excerpt_len)
        lis.append(
            f'<li class="wp-block-post {_post_classes(p)}">'
            '<div class="wp-block-columns tdm-tin-muc is-layout-flex wp-block-columns-is-layout-flex">'
            f'<div class="wp-block-column is-layout-flow" style="flex-basis:33.33%">{thumb}</div>'
            '<div class="wp-block-column is-layout-flow">'
            f'<{heading} class="wp-block-post-title has-medium-font-size"><a href="{base}{post_path(p)}" target="_self">'
            f"{tx(display_title(p))}</a></{heading}>"
            f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(p.opts["dt"])}">'
            f"{dmy(p.opts['dt'])}</time></div>"
            f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{tx(text_ex)} </p>'
            f'<p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" '
            f'href="{base}{post_path(p)}">Xem tiếp »</a></p></div></div></div></li>'
        )
    return (
        '<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">'
        + "\n".join(lis)
        + "</ul>"
    )


def _no_results() -> str:
    return '<p class="wp-block-query-no-results">Không tìm thấy bài viết nào.</p>'


def query_pagination(page: int, last: int, key: str) -> str:
    """A non-inherited query block's pagination: query-string links relative to the page."""
    if last <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="{_rel_here(key, page - 1)}" class="wp-block-query-pagination-previous">« Trang trước</a>')
    nums = []
    for n in range(1, last + 1):
        if n == page:
            nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            href = "/" if (n == 1 and key == "query-3-page") else f"?{key}={n}"
            nums.append(f'<a class="page-numbers" href="{href}">{n}</a>')
    parts.append('<div class="wp-block-query-pagination-numbers">' + "\n".join(nums) + "</div>")
    if page < last:
        parts.append(f'<a href="{_rel_here(key, page + 1)}" class="wp-block-query-pagination-next">Trang sau »</a>')
    return (
        '<nav class="wp-block-query-pagination is-content-justification-center is-layout-flex '
        'wp-container-core-query-pagination-is-layout-1 wp-block-query-pagination-is-layout-flex" '
        'aria-label="Phân trang">' + "\n".join(parts) + "</nav>"
    )


_HERE: dict[str, str] = {"query-3-page": "/", "query-5-page": "/thong-bao/"}


def _rel_here(key: str, n: int) -> str:
    """``add_query_arg`` on REQUEST_URI: root-relative, without the host."""
    return f"{_HERE[key]}?{key}={n}"


def archive_pagination(base: str, root: str, page: int, last: int) -> str:
    """An inherited query's pagination: pretty ``/page/N/`` links, absolute like every WP link."""
    if last <= 1:
        return ""

    def link(n: int) -> str:
        return f"{base}{root}" if n == 1 else f"{base}{root}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a href="{link(page - 1)}" class="wp-block-query-pagination-previous">« Trang trước</a>')
    nums = [
        f'<span aria-current="page" class="page-numbers current">{n}</span>'
        if n == page
        else f'<a class="page-numbers" href="{link(n)}">{n}</a>'
        for n in range(1, last + 1)
    ]
    parts.append('<div class="wp-block-query-pagination-numbers">' + "\n".join(nums) + "</div>")
    if page < last:
        parts.append(f'<a href="{link(page + 1)}" class="wp-block-query-pagination-next">Trang sau »</a>')
    return (
        '<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex '
        'wp-block-query-pagination-is-layout-flex" aria-label="Phân trang">' + "\n".join(parts) + "</nav>"
    )


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def _yoast_article(base: str, p, cat_name: str) -> str:
    url = base + post_path(p)
    author = AUTHORS[p.opts["login"]][0]
    img = featured(p)
    tags = [
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{esc(p.title)} - Phòng GD&amp;ĐT Thủ Dầu Một" />',
    ]
    if p is not PROTECTED and p.summary:
        tags.append(f'<meta property="og:description" content="{esc(p.summary)}" />')
    tags += [
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="article:published_time" content="{iso_utc(p.opts["dt"])}" />',
    ]
    if p.opts.get("mod"):
        tags.append(f'<meta property="article:modified_time" content="{iso_utc(p.opts["mod"])}" />')
    if img:
        tags.append(f'<meta property="og:image" content="{base}{img.src}" />')
    tags += [
        f'<meta name="author" content="{esc(author)}" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:label1" content="Được viết bởi" />',
        f'<meta name="twitter:data1" content="{esc(author)}" />',
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />',
        '<meta name="twitter:data2" content="3 phút" />',
    ]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": author, "@id": f"{base}/#/schema/person/{p.opts['login']}"},
                "headline": p.title,
                "datePublished": iso_utc(p.opts["dt"]),
                "dateModified": iso_utc(p.opts.get("mod") or p.opts["dt"]),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": sorted(CATS[c][0] for c in p.opts["cats"]),
                "inLanguage": "vi",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{p.title} - Phòng GD&ĐT Thủ Dầu Một",
                "datePublished": iso_utc(p.opts["dt"]),
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": cat_name, "item": f"{base}/chuyen-muc/{p.opts['cats'][0]}/"},
                    {"@type": "ListItem", "position": 3, "name": p.title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một",
                "url": f"{base}/",
            },
        ],
    }
    ld = json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")
    return (
        "\n".join(tags)
        + f'\n<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n'
        + f'<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Thủ Dầu Một &raquo; '
        f'{esc(p.title)} Dòng phản hồi" href="{url}feed/" />\n'
        + f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{p.id}" />\n'
        + f"<link rel='shortlink' href='{base}/?p={p.id}' />\n"
    )


def _comments(base: str, p, open_form: bool = True) -> str:
    url = base + post_path(p)
    comments = p.opts.get("comments", [])

    def one(c) -> str:
        cid, _parent, author, when, body = c
        kids = [k for k in comments if k[1] == cid]
        children = f'<ol class="children">{"".join(one(k) for k in kids)}</ol>' if kids else ""
        return (
            f'<li id="comment-{cid}" class="comment even thread-even depth-1">'
            '<div class="wp-block-group tdm-binh-luan is-layout-flow">'
            f'<div class="wp-block-comment-author-name has-small-font-size">{tx(author)}</div>'
            f'<div class="wp-block-comment-date has-small-font-size"><a href="{url}#comment-{cid}">'
            f'<time datetime="{iso(when)}">{dmy(when)} lúc {_dt(when):%H:%M}</time></a></div>'
            f'<div class="wp-block-comment-content"><p>{tx(body)}</p></div>'
            f'<div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" '
            f'href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{p.id}" '
            f'data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(author)}" '
            f'aria-label="Trả lời {esc(author)}">Trả lời</a></div></div>{children}</li>'
        )

    thread = ""
    if comments:
        roots = [c for c in comments if c[1] == 0]
        thread = (
            f'<h2 class="wp-block-comments-title has-medium-font-size">{len(comments)} phản hồi tới '
            f"&#8220;{tx(p.title)}&#8221;</h2>"
            f'<ol class="wp-block-comment-template">{"".join(one(c) for c in roots)}</ol>'
        )
    form = ""
    if open_form:
        form = (
            '<div id="respond" class="comment-respond wp-block-post-comments-form">'
            '<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" '
            f'id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Hủy</a></small></h3>'
            f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
            '<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
            '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> '
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
            '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
            '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
            '<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
            '<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" '
            'class="wp-block-button__link wp-element-button" value="Gửi bình luận" /> '
            f"<input type='hidden' name='comment_post_ID' value='{p.id}' id='comment_post_ID' />"
            "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"
        )
    return f'<div class="wp-block-comments">{thread}{form}</div>'


def single(base: str, p, *, robots: str | None = None) -> str:
    """A post as the child theme's single template (or its "Thông báo" template) prints it."""
    url = base + post_path(p)
    tpl = p.opts.get("tpl", "default")
    primary = p.opts["cats"][0]
    cat_name = CATS[primary][0]
    title_html = tx(display_title(p))
    parts = []
    if p.opts.get("mod") and tpl == "default":
        parts.append(
            '<div class="wp-block-group tdm-cap-nhat is-nowrap is-layout-flex wp-block-group-is-layout-flex">'
            '<p class="has-small-font-size">Cập nhật lần cuối:</p>'
            '<div class="wp-block-post-date__modified-date wp-block-post-date has-small-font-size">'
            f'<time datetime="{iso(p.opts["mod"])}">{dmy(p.opts["mod"])} {_dt(p.opts["mod"]):%H:%M}</time></div></div>'
        )
    parts.append(f'<h1 class="wp-block-post-title has-x-large-font-size">{title_html}</h1>')
    login = p.opts["login"]
    if tpl == "default":
        parts.append(
            '<div class="wp-block-group tdm-thong-tin-bai is-content-justification-left is-layout-flex '
            'wp-block-group-is-layout-flex" style="gap:0.3em">'
            f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(p.opts["dt"])}">'
            f"{long_date(p.opts['dt'])}</time></div>"
            '<p class="has-contrast-3-color has-text-color has-small-font-size">—</p>'
            '<p class="has-small-font-size">Đăng bởi</p>'
            f'<div class="wp-block-post-author-name has-small-font-size"><a href="{base}/author/{login}/" target="_self" '
            f'class="wp-block-post-author-name__link">{esc(AUTHORS[login][0])}</a></div>'
            '<p class="has-small-font-size">trong</p>'
            + _terms_block(base, p)
            + "</div>"
        )
        ex, _manual = excerpt(p)
        parts.append(
            '<div class="wp-block-post-excerpt tdm-tom-tat has-medium-font-size" style="font-weight:600">'
            f'<p class="wp-block-post-excerpt__excerpt">{tx(ex)} </p></div>'
        )
        img = featured(p)
        if img:
            parts.append(
                '<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image">'
                f'<img width="1280" height="853" src="{base}{img.src}" class="attachment-post-thumbnail '
                'size-post-thumbnail wp-post-image" alt="" style="width:100%;height:100%;object-fit:cover;" '
                f'decoding="async" fetchpriority="high" srcset="{base}{img.src} 1280w, {base}{sized(img.src, 300, 200)} 300w, '
                f'{base}{sized(img.src, 768, 512)} 768w" sizes="(max-width: 1280px) 100vw, 1280px" /></figure>'
            )
    else:
        parts.append(
            '<div class="wp-block-group tdm-ngay-dang-tb is-nowrap is-layout-flex wp-block-group-is-layout-flex">'
            '<p class="has-small-font-size">Ngày đăng:</p>'
            f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(p.opts["dt"])}">'
            f"{dmy(p.opts['dt'])}</time></div>"
            '<p class="has-small-font-size">| Chuyên mục:</p>' + _terms_block(base, p) + "</div>"
        )
    if p is PROTECTED:
        content = (
            f'<form action="{base}/wp-login.php?action=postpass" class="post-password-form" method="post">'
            "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem, vui lòng nhập mật khẩu vào bên dưới:</p>"
            f'<p><label for="pwbox-{p.id}">Mật khẩu: <input name="post_password" id="pwbox-{p.id}" type="password" '
            'spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="Gửi" /></p></form>'
        )
    else:
        content = post_views_box(p) + "\n" + render_content(p, base) + "\n" + addtoany(base, p)
    parts.append(
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained '
        f'wp-block-post-content-is-layout-constrained">\n{content}\n</div>'
    )
    tags = p.opts.get("tags", []) if p is not PROTECTED else []
    if tags:
        links = '<span class="wp-block-post-terms__separator">, </span>'.join(
            f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t][0])}</a>' for t in tags
        )
        parts.append(
            '<div class="taxonomy-post_tag wp-block-post-terms tdm-tu-khoa has-small-font-size">'
            f'<span class="wp-block-post-terms__prefix">Từ khóa: </span>{links}</div>'
        )
    if tpl == "default":
        parts.append(_comments(base, p))
    crumbs = [(cat_name, f"/chuyen-muc/{primary}/"), (display_title(p), None)]
    body_class = (
        f"post-template-default single single-post postid-{p.id} single-format-standard"
        if tpl == "default"
        else f"post-template post-template-single-thong-bao single single-post postid-{p.id} single-format-standard"
    )
    head = _yoast_article(base, p, cat_name)
    return document(
        base,
        title=f"{title_html} &#8211; Phòng GD&amp;ĐT Thủ Dầu Một",
        body_class=body_class,
        main=with_sidebar(base, crumbs, "\n".join(parts)),
        canonical=url,
        head_extra=head,
        **({"robots": robots} if robots else {}),
    )


def attachment_page(base: str, parent: Story, src: str, att_id: int, att_slug: str, caption: str) -> str:
    """WordPress's attachment page (still on for sites installed before 6.4): looks like a post."""
    url = f"{base}{post_path(parent)}{att_slug}/"
    when = _dt(parent.opts["dt"]) - timedelta(minutes=32)
    when_s = when.strftime("%Y-%m-%dT%H:%M")
    original = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    left = (
        f'<h1 class="wp-block-post-title has-x-large-font-size">{esc(att_slug)}</h1>'
        '<div class="wp-block-group tdm-thong-tin-bai is-content-justification-left is-layout-flex">'
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(when_s)}">{long_date(when_s)}</time></div>'
        '<p class="has-small-font-size">—</p><p class="has-small-font-size">Đăng bởi</p>'
        f'<div class="wp-block-post-author-name has-small-font-size"><a href="{base}/author/vanphong/" '
        'class="wp-block-post-author-name__link">Văn phòng</a></div></div>'
        '<div class="wp-block-post-excerpt tdm-tom-tat has-medium-font-size" style="font-weight:600">'
        f'<p class="wp-block-post-excerpt__excerpt">{tx(caption)} </p></div>'
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">'
        f"<p class=\"attachment\"><a href='{base}{original}'><img width=\"300\" height=\"200\" "
        f'src="{base}{sized(src, 300, 200)}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>'
        f"\n{addtoany(base, parent).replace(post_path(parent), post_path(parent) + att_slug + '/')}</div>"
        + _comments(base, parent, open_form=False).replace('<div class="wp-block-comments"></div>', "")
    )
    crumbs = [(parent.title, post_path(parent)), (att_slug, None)]
    head = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(att_slug)} - Phòng GD&amp;ĐT Thủ Dầu Một" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:image" content="{base}{original}" />\n'
        f"<link rel='shortlink' href='{base}/?p={att_id}' />\n"
    )
    return document(
        base,
        title=f"{esc(att_slug)} &#8211; Phòng GD&amp;ĐT Thủ Dầu Một",
        body_class=f"attachment attachment-template-default single single-attachment postid-{att_id} attachmentid-{att_id} attachment-jpeg",
        main=with_sidebar(base, crumbs, left),
        canonical=url,
        head_extra=head,
    )


def embed_view(base: str, p: Story) -> str:
    """``/<post>/embed/``: the card another site (or this one) frames; noindex, canonical to the post."""
    url = base + post_path(p)
    ex, _ = excerpt(p, 35)
    img = featured(p)
    pic = ""
    if img:
        pic = (
            f'<div class="wp-embed-featured-image rectangular"><a href="{url}" target="_top">'
            f'<img width="600" height="400" src="{base}{sized(img.src, 600, 400)}" class="attachment-600x338 size-600x338" '
            'alt="" decoding="async" /></a></div>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="vi" class="no-js">\n<head>\n'
        f"<title>{tx(p.title)} &#8211; Phòng GD&amp;ĐT Thủ Dầu Một</title>\n"
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        "<meta name='robots' content='noindex, follow' />\n"
        "<style>body{font-family:sans-serif}.wp-embed{padding:25px;border:1px solid #dcdcde}</style>\n"
        f'<link rel="canonical" href="{url}" />\n</head>\n'
        f'<body class="post-template-default single single-post postid-{p.id} single-format-standard wp-embed-responsive">\n'
        f'<div class="wp-embed {_post_classes(p)}">\n'
        f'<p class="wp-embed-heading"><a href="{url}" target="_top">{tx(p.title)}</a></p>\n'
        f"{pic}\n"
        f'<div class="wp-embed-excerpt"><p>{tx(ex)} <a href="{url}" class="wp-embed-more" target="_top">'
        f'Đọc tiếp <span class="screen-reader-text">&#8220;{tx(p.title)}&#8221;</span></a></p></div>\n'
        '<div class="wp-embed-footer"><div class="wp-embed-site-title">'
        f'<a href="{base}/" target="_top"><img src="{base}/wp-content/uploads/2026/01/cropped-logo-pgd-tdm-32x32.png" '
        'width="32" height="32" alt="" class="wp-embed-site-icon" /><span>Phòng GD&amp;ĐT Thủ Dầu Một</span></a></div>'
        '<div class="wp-embed-meta"><div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" '
        'aria-label="Mở hộp thoại chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div></div>\n'
        "</div>\n</body>\n</html>\n"
    )


def home(base: str, page: int) -> str:
    last = _pages(len(HOME_LOOP), HOME_PER_PAGE)
    chunk = HOME_LOOP[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
    notices = in_cat("thong-bao")[:3]
    cover = (
        '<div class="wp-block-cover alignfull is-light tdm-bia" style="min-height:220px"><span aria-hidden="true" '
        'class="wp-block-cover__background has-background-dim-40 has-background-dim"></span>'
        f'<img class="wp-block-cover__image-background wp-image-40" alt="" src="{base}/wp-content/uploads/2026/09/banner-nam-hoc-moi.jpg" '
        'data-object-fit="cover" /><div class="wp-block-cover__inner-container is-layout-constrained">'
        '<p class="has-text-align-center has-x-large-font-size"><strong>CHÀO MỪNG NĂM HỌC 2026 &#8211; 2027</strong></p>'
        '<p class="has-text-align-center">Đổi mới &#8211; Sáng tạo &#8211; Chất lượng &#8211; Hiệu quả</p></div></div>'
    )
    news = (
        '<div class="wp-block-query tdm-tin-trang-chu is-layout-flow wp-block-query-is-layout-flow">'
        '<h2 class="wp-block-heading has-medium-font-size tdm-khoi-tieude"><span>TIN TỨC &#8211; SỰ KIỆN</span></h2>'
        + (listing_items(base, chunk, heading="h3") if chunk else _no_results())
        + query_pagination(page, min(last, HOME_MAX_PAGES), "query-3-page")
        + "</div>"
    )
    tb = (
        '<div class="wp-block-query tdm-thong-bao-trang-chu is-layout-flow wp-block-query-is-layout-flow">'
        '<h2 class="wp-block-heading has-medium-font-size tdm-khoi-tieude"><span>THÔNG BÁO</span></h2>'
        '<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">'
        + "".join(
            f'<li class="wp-block-post {_post_classes(p)}"><h3 class="wp-block-post-title has-small-font-size">'
            f'<a href="{base}{post_path(p)}" target="_self">{tx(display_title(p))}</a></h3>'
            f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(p.opts["dt"])}">'
            f"{dmy(p.opts['dt'])}</time></div></li>"
            for p in notices
        )
        + f'</ul><p class="has-text-align-right"><a href="{base}/thong-bao/">Xem tất cả thông báo »</a></p></div>'
    )
    main = cover + "\n" + with_sidebar(base, None, news + "\n" + tb)
    head = (
        '<meta property="og:type" content="website" />\n'
        '<meta property="og:title" content="Trang chủ - Phòng GD&amp;ĐT Thủ Dầu Một" />\n'
        f'<meta property="og:url" content="{base}/" />\n'
        f"<link rel='shortlink' href='{base}/' />\n"
    )
    return document(
        base,
        title="Phòng GD&amp;ĐT Thủ Dầu Một &#8211; Cổng thông tin điện tử",
        body_class="home page-template-default page page-id-9",
        main=main,
        canonical=f"{base}/",
        head_extra=head,
    )


def archive(base: str, kind: str, slug: str, page: int) -> str | None:
    if kind == "chuyen-muc":
        posts, name = in_cat(slug), CATS[slug][0]
        heading, crumbs = f"Chuyên mục: {name}", [(name, None)]
        body_class = f"archive category category-{slug} category-{CATS[slug][1]}"
        desc = {
            "tin-tuc": "Tin hoạt động của ngành Giáo dục thành phố Thủ Dầu Một.",
            "hoat-dong-chuyen-mon": "Chuyên đề, hội thảo, bồi dưỡng chuyên môn các bậc học.",
            "thong-bao": "Thông báo của Phòng Giáo dục và Đào tạo.",
        }[slug]
    elif kind == "tag":
        posts, name = in_tag(slug), TAGS[slug][0]
        heading, crumbs = f"Thẻ: {name}", [(f"Lưu trữ thẻ {name}", None)]
        body_class, desc = f"archive tag tag-{slug} tag-{TAGS[slug][1]}", ""
    else:
        posts, name = by_author(slug), AUTHORS[slug][0]
        heading, crumbs = f"Tác giả: {name}", [(f"Lưu trữ cho {name}", None)]
        body_class, desc = f"archive author author-{slug} author-{AUTHORS[slug][1]}", ""
    last = _pages(len(posts), ARCHIVE_PER_PAGE)
    if page > last:
        return None
    chunk = posts[(page - 1) * ARCHIVE_PER_PAGE : page * ARCHIVE_PER_PAGE]
    root = f"/{kind}/{slug}/"
    left = (
        f'<h1 class="wp-block-query-title has-large-font-size">{tx(heading)}</h1>'
        + (f'<div class="wp-block-term-description"><p>{tx(desc)}</p></div>' if desc else "")
        + '<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow">'
        + listing_items(base, chunk)
        + archive_pagination(base, root, page, last)
        + "</div>"
    )
    canonical = base + root + (f"page/{page}/" if page > 1 else "")
    feed = ""
    if kind == "chuyen-muc":
        feed = (
            f'<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Thủ Dầu Một &raquo; '
            f'Dòng thông tin chuyên mục {esc(name)}" href="{base}{root}feed/" />\n'
        )
    title = f"{esc(name)} &#8211; Lưu trữ &#8211; Phòng GD&amp;ĐT Thủ Dầu Một"
    if page > 1:
        title = f"{esc(name)} &#8211; Lưu trữ &#8211; Trang {page} trên {last} &#8211; Phòng GD&amp;ĐT Thủ Dầu Một"
    return document(
        base,
        title=title,
        body_class=body_class + (f" paged paged-{page}" if page > 1 else ""),
        main=with_sidebar(base, crumbs, left),
        canonical=canonical,
        head_extra='<meta property="og:type" content="article" />\n' + feed,
    )


def notices_page(base: str, page: int) -> str:
    posts = in_cat("thong-bao")
    last = _pages(len(posts), NOTICE_PER_PAGE)
    chunk = posts[(page - 1) * NOTICE_PER_PAGE : page * NOTICE_PER_PAGE]
    left = (
        '<h1 class="wp-block-post-title has-x-large-font-size">Thông báo</h1>'
        '<div class="entry-content wp-block-post-content is-layout-constrained">'
        '<p>Các thông báo, lịch công tác của Phòng Giáo dục và Đào tạo gửi các đơn vị trường học.</p>'
        '<div class="wp-block-query tdm-ds-thong-bao is-layout-flow wp-block-query-is-layout-flow">'
        + (listing_items(base, chunk) if chunk else _no_results())
        + query_pagination(page, last, "query-5-page")
        + "</div></div>"
    )
    return document(
        base,
        title="Thông báo &#8211; Phòng GD&amp;ĐT Thủ Dầu Một",
        body_class="page-template-default page page-id-20",
        main=with_sidebar(base, [("Thông báo", None)], left),
        canonical=f"{base}/thong-bao/",
        head_extra=f"<link rel='shortlink' href='{base}/?page_id=20' />\n",
    )


def search_page(base: str, term: str) -> str:
    needle = term.strip().lower()
    hits = [p for p in ALL_POSTS if needle and needle in display_title(p).lower()][:ARCHIVE_PER_PAGE * 2]
    left = (
        f'<h1 class="wp-block-query-title has-large-font-size">Kết quả tìm kiếm cho: &#8220;{esc(term)}&#8221;</h1>'
        '<div class="wp-block-query is-layout-flow">'
        + (listing_items(base, hits) if hits else _no_results())
        + "</div>"
    )
    return document(
        base,
        title=f"Bạn đã tìm kiếm {esc(term)} &#8211; Phòng GD&amp;ĐT Thủ Dầu Một",
        body_class="search search-results" if hits else "search search-no-results",
        main=with_sidebar(base, [(f"Bạn đã tìm kiếm {term}", None)], left),
        canonical=None,
        robots="noindex, follow",
        search_value=term,
    )


# --- pages (not articles) ---------------------------------------------------------------------

_PAGES: dict[str, tuple[int, str, list[tuple[str, str | None]], str]] = {
    "/gioi-thieu/": (
        12,
        "Giới thiệu chung",
        [("Giới thiệu chung", None)],
        "<p>Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "thành phố, có chức năng tham mưu, giúp UBND thành phố thực hiện quản lý nhà nước về giáo dục "
        "mầm non, giáo dục tiểu học, giáo dục trung học cơ sở và giáo dục thường xuyên trên địa bàn.</p>\n"
        '<h2 class="wp-block-heading">Quy mô mạng lưới trường lớp</h2>\n'
        "<p>Năm học 2026 &#8211; 2027, thành phố có 58 trường công lập trực thuộc (26 trường mầm non, "
        "18 trường tiểu học, 14 trường THCS), 61 trường và nhóm lớp ngoài công lập với hơn 78.000 học sinh "
        "và 4.100 cán bộ, giáo viên, nhân viên.</p>\n"
        '<h2 class="wp-block-heading">Thành tích</h2>\n'
        "<ul><li>Huân chương Lao động hạng Nhì (2015);</li><li>Cờ thi đua của UBND tỉnh Bình Dương nhiều "
        "năm liền;</li><li>100% xã, phường đạt chuẩn phổ cập giáo dục mức độ 3.</li></ul>\n"
        '<p>Xem thêm: <a href="{BASE}/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức của Phòng</a></p>',
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        14,
        "Cơ cấu tổ chức",
        [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)],
        '<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Lĩnh vực phụ trách</th>'
        "</tr></thead><tbody><tr><td>Lê Văn Thắng</td><td>Trưởng phòng</td><td>Phụ trách chung, tổ chức cán bộ, tài chính</td></tr>"
        "<tr><td>Nguyễn Thị Thu Hương</td><td>Phó Trưởng phòng</td><td>Giáo dục mầm non, tiểu học</td></tr>"
        "<tr><td>Trần Hữu Phước</td><td>Phó Trưởng phòng</td><td>Giáo dục THCS, khảo thí, chuyển đổi số</td></tr>"
        "</tbody></table></figure>\n"
        "<p>Các bộ phận chuyên môn: Tổ Giáo dục Mầm non; Tổ Giáo dục Tiểu học; Tổ Giáo dục THCS; Tổ Tổ chức "
        "&#8211; Kế hoạch tài chính; Văn phòng.</p>",
    ),
    "/lien-he/": (
        16,
        "Liên hệ",
        [("Liên hệ", None)],
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ THỦ DẦU MỘT</strong></p>\n"
        "<p>Địa chỉ: Số 9 đường Quang Trung, phường Phú Cường, TP. Thủ Dầu Một, tỉnh Bình Dương<br>"
        "Điện thoại: (0274) 3822 415 &#8211; Đường dây nóng: 0274.3822.416<br>"
        "Email: pgddt@thudaumot.binhduong.gov.vn</p>\n"
        "<p>Thời gian tiếp công dân: sáng thứ Ba và thứ Năm hằng tuần (từ 7 giờ 30 đến 11 giờ 00).</p>\n"
        '<figure class="wp-block-embed"><iframe loading="lazy" src="https://www.google.com/maps/embed?pb=!1m18!1m12'
        '!1m3!1d3917.2!2d106.65!3d10.98" width="100%" height="320" style="border:0;" allowfullscreen></iframe></figure>',
    ),
    "/van-ban-chi-dao/": (
        18,
        "Văn bản chỉ đạo",
        [("Văn bản chỉ đạo", None)],
        '<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>"
        "<tr><td>1530/KH-PGDĐT</td><td>10/11/2026</td><td>Kế hoạch tổ chức Ngày hội đọc sách năm 2026</td>"
        '<td><a href="{BASE}/wp-content/uploads/2026/11/KH-1530-PGDDT-ngay-hoi-doc-sach.pdf">Tải về</a></td></tr>'
        "<tr><td>1468/KH-PGDĐT</td><td>15/09/2026</td><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 &#8211; 2027</td>"
        '<td><a href="{BASE}/wp-content/uploads/2026/09/KH-1468-PGDDT-nhiem-vu-nam-hoc.pdf">Tải về</a></td></tr>'
        "<tr><td>1422/PGDĐT-KHTC</td><td>05/09/2026</td><td>Hướng dẫn thu, chi đầu năm học</td>"
        '<td><a href="{BASE}/wp-content/uploads/2026/10/CV-1422-PGDDT-thu-chi-dau-nam.pdf">Tải về</a></td></tr>'
        "</tbody></table></figure>",
    ),
}


def wp_page(base: str, path: str) -> str:
    pid, title, crumbs, content = _PAGES[path]
    left = (
        f'<h1 class="wp-block-post-title has-x-large-font-size">{tx(title)}</h1>'
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained '
        f'wp-block-post-content-is-layout-constrained">\n{content.replace("{BASE}", base)}\n</div>'
    )
    return document(
        base,
        title=f"{tx(title)} &#8211; Phòng GD&amp;ĐT Thủ Dầu Một",
        body_class=f"page-template-default page page-id-{pid}",
        main=with_sidebar(base, crumbs, left),
        canonical=base + path,
        head_extra=f"<link rel='shortlink' href='{base}/?page_id={pid}' />\n",
    )


# --- feeds, REST, forms -----------------------------------------------------------------------


def _rfc822(value: str) -> str:
    return (_dt(value) - _TZ).strftime("%a, %d %b %Y %H:%M:%S +0000")


def feed(base: str, posts: list, title: str, link: str) -> Response:
    items = []
    for p in posts[:10]:
        url = base + post_path(p)
        ex, _ = excerpt(p)
        body = "" if p is PROTECTED else render_content(p, base, lazy=False)
        cats = "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in p.opts["cats"])
        items.append(
            f"<item><title>{tx(display_title(p))}</title><link>{url}</link>"
            f"<comments>{url}#respond</comments><dc:creator><![CDATA[{AUTHORS[p.opts['login']][0]}]]></dc:creator>"
            f"<pubDate>{_rfc822(p.opts['dt'])}</pubDate>{cats}"
            f'<guid isPermaLink="false">{base}/?p={p.id}</guid>'
            f"<description><![CDATA[{ex}]]></description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{title}</title><link>{link}</link><description>Dạy tốt &#8211; Học tốt &#8211; Quản lý tốt</description>"
        f"<lastBuildDate>{_rfc822(ALL_POSTS[0].opts.get('mod') or ALL_POSTS[0].opts['dt'])}</lastBuildDate>"
        "<language>vi</language><generator>https://wordpress.org/?v=6.5.5</generator>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def comments_feed(base: str, p: Story) -> Response:
    url = base + post_path(p)
    items = "".join(
        f"<item><title>Bởi: {tx(a)}</title><link>{url}#comment-{cid}</link>"
        f"<dc:creator><![CDATA[{a}]]></dc:creator><pubDate>{_rfc822(when)}</pubDate>"
        f"<description><![CDATA[{body}]]></description></item>"
        for cid, _parent, a, when, body in p.opts.get("comments", [])
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Bình luận về: {tx(p.title)}</title><link>{url}</link>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def rest_post(base: str, p: Story) -> Response:
    data = {
        "id": p.id,
        "date": p.opts["dt"] + ":00",
        "date_gmt": iso_utc(p.opts["dt"])[:-6],
        "modified": (p.opts.get("mod") or p.opts["dt"]) + ":00",
        "slug": p.slug,
        "status": "publish",
        "type": "post",
        "link": base + post_path(p),
        "title": {"rendered": tx(p.title)},
        "content": {"rendered": render_content(p, base, lazy=False), "protected": False},
        "excerpt": {"rendered": f"<p>{tx(excerpt(p)[0])}</p>\n", "protected": False},
        "author": AUTHORS[p.opts["login"]][1],
        "categories": [CATS[c][1] for c in p.opts["cats"]],
        "tags": [TAGS[t][1] for t in p.opts.get("tags", [])],
    }
    return Response(
        200,
        json.dumps(data, ensure_ascii=False),
        {"Content-Type": "application/json; charset=UTF-8", "Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'},
    )


def _error_page(message: str) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="robots" content="noindex,follow">'
        f'<title>Lỗi WordPress</title></head><body id="error-page"><div class="wp-die-message"><p>{message}</p>'
        '</div><p><a href="javascript:history.back()">&laquo; Quay lại</a></p></body></html>'
    )


# --- the site ---------------------------------------------------------------------------------

_BY_ID = {p.id: p for p in ALL_POSTS}
_BY_SLUG = {p.slug: p for p in ALL_POSTS}
_PAGE_BY_ID = {pid: path for path, (pid, *_rest) in _PAGES.items()} | {20: "/thong-bao/", 9: "/"}
_ATTACHMENTS = {
    att_id: (story, src, att_slug, img.caption or "")
    for story in STORIES
    for src, (att_id, att_slug) in story.opts.get("attachments", {}).items()
    for img in story.images
    if img.src == src
}
_DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64


def _int(value: str | None, default: int = 1) -> int | None:
    if value is None or value == "":
        return default
    return int(value) if value.isdigit() and int(value) > 0 else None


class WpTt4Site:
    """Routes like WordPress with pretty permalinks ``/%year%/%monthnum%/%postname%/``."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path, params = request.path, request.params
        if request.method == "POST":
            if path == "/wp-comments-post.php":
                return html_response(
                    _error_page("<strong>Lỗi</strong>: Vui lòng điền các thông tin bắt buộc (tên, email)."),
                    status=200,
                )
            if path == "/wp-login.php":
                back = request.headers.get("Referer") or f"{base}/"
                return redirect(back, 302)
            return None
        if path.startswith(("/wp-content/", "/wp-includes/")):
            low = path.lower()
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if low.endswith(".docx"):
                return Response(
                    200,
                    _DOCX,
                    {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                )
            return static_file(path)
        if path == "/":
            return self._root(base, params)
        if path == "/feed/":
            return feed(base, ALL_POSTS, "Phòng GD&amp;ĐT Thủ Dầu Một", f"{base}/")
        m = re.fullmatch(r"/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/|(feed)/)?", path)
        if m:
            kind, slug, pg, is_feed = m.groups()
            known = {"chuyen-muc": CATS, "tag": TAGS, "author": AUTHORS}[kind]
            if slug not in known:
                return None
            if is_feed:
                if kind != "chuyen-muc":
                    return None
                return feed(base, in_cat(slug), f"Phòng GD&amp;ĐT Thủ Dầu Một &#8211; {esc(CATS[slug][0])}", f"{base}/chuyen-muc/{slug}/")
            page = int(pg) if pg else 1
            if pg and page <= 1:
                return redirect(f"{base}/{kind}/{slug}/", 301)
            body = archive(base, kind, slug, page)
            return html_response(body) if body else None
        m = re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path)
        if m:
            p = _BY_ID.get(int(m.group(1)))
            return rest_post(base, p) if isinstance(p, Story) else None
        m = re.fullmatch(r"/(\d{4})/(\d{2})/([a-z0-9-]+)(/.*)?", path)
        if m:
            return self._post(base, request, *m.groups())
        if path == "/thong-bao/":
            page = _int(params.get("query-5-page"))
            if page is None:
                return None
            return html_response(notices_page(base, page))
        if path in _PAGES:
            return html_response(wp_page(base, path))
        m = re.fullmatch(r"/([a-z0-9-]+)/?", path)
        if m and m.group(1) in _BY_SLUG:
            # redirect_guess_404_permalink: links from before the permalink change
            return redirect(base + post_path(_BY_SLUG[m.group(1)]), 301)
        if not path.endswith("/") and (path + "/") in {*_PAGES, "/thong-bao/"}:
            return redirect(base + path + "/", 301)
        return None

    def _root(self, base: str, params: dict[str, str]) -> Response | None:
        if "p" in params:
            pid = _int(params["p"], 0) or 0
            if pid in _BY_ID:
                return redirect(base + post_path(_BY_ID[pid]), 301)
            if pid in _ATTACHMENTS:
                story, _src, att_slug, _cap = _ATTACHMENTS[pid]
                return redirect(f"{base}{post_path(story)}{att_slug}/", 301)
            return None
        if "page_id" in params:
            pid = _int(params["page_id"], 0) or 0
            return redirect(base + _PAGE_BY_ID[pid], 301) if pid in _PAGE_BY_ID else None
        if "s" in params:
            return html_response(search_page(base, params["s"]))
        page = _int(params.get("query-3-page"))
        if page is None:
            return None
        return html_response(home(base, page))

    def _post(self, base: str, request: Request, year: str, month: str, slug: str, rest: str | None):
        p = _BY_SLUG.get(slug)
        if p is None or post_path(p) != f"/{year}/{month}/{slug}/":
            return None
        if rest is None:
            return redirect(base + post_path(p), 301)
        if rest == "/":
            replying = "replytocom" in request.params
            return html_response(single(base, p, robots="noindex, follow" if replying else None))
        if p is PROTECTED:
            return None
        if rest == "/embed/":
            return html_response(embed_view(base, p))
        if rest == "/feed/":
            return comments_feed(base, p)
        for att_id, (story, src, att_slug, cap) in _ATTACHMENTS.items():
            if story is p and rest == f"/{att_slug}/":
                return html_response(attachment_page(base, p, src, att_id, att_slug, cap))
        return None


def build_site() -> WpTt4Site:
    return WpTt4Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(p: Story) -> list[str]:
    alts = [f"{post_path(p)}?replytocom={c[0]}" for c in p.opts.get("comments", [])]
    if any(s.id != p.id and Raw(f"{{EMBED:{p.id}}}") in s.blocks for s in STORIES):
        alts.append(post_path(p) + "embed/")
    return alts


GOLD = [
    gold_record(p, post_path(p), CATS[p.opts["cats"][0]][0], alt_paths=_alt_paths(p)) for p in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/van-ban-chi-dao/",
    post_path(PROTECTED),
    f"{post_path(S8)}hoc-bong-trao-1/",
    f"{post_path(S8)}hoc-bong-trao-2/",
]
